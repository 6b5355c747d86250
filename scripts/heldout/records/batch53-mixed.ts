/**
 * Held-out batch 53: longer texts mixing categories — dispatch logs, removals files, benefit
 * cases, CI output, exports and threads, mostly ordinary text with a few sensitive values.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B64, fill, tok } from '../tokens';

const LEAK_AKIA = tok('AKIA', fill('b53m-akia', B32, 16));
const LEAK_SECRET = fill('b53m-akias', B64, 40);

export const BATCH53_MIXED: DraftRecord[] = [
  rec('ops_log', f`Can you turn tonight's dispatch log into a shift handover for the day team? Keep it factual.

22:14 Call from Ullapool GP practice, Dr Anna Reid (${phone('01854 612 840', 'GB')}), suspected stroke, 71 y/o female, onset 21:40.
22:19 Helimed 2 stood up from Inverness, ETA scene 35 min. Weather: cloud base 1,200 ft, vis 8 km.
22:31 Receiving stroke team at Raigmore notified via ${v('pii.email', 'stroke.coordinator@nhs-highland.example.scot')}.
22:58 Patient on board, thrombolysis window OK.
23:40 Handover complete at Raigmore.
Note: dispatch PC 2 (${amb('pii.ip_address', '10.14.2.32')}) froze twice; the spare tablet password is ${v('credential.password_in_prose', 'Helimed2-Night!')} if PC 2 dies again — please change it tomorrow.`),

  rec('email_fr', f`Bonjour, peux-tu traduire cette réponse en anglais pour notre partenaire à Dubaï ?

« Bonjour Monsieur Haddad,

Votre déménagement Paris → Dubaï est confirmé pour le 18 juin (chargement à partir de 8 h). Le solde de 4 380 € est à régler avant le départ du conteneur sur notre compte ${v('financial.iban', 'FR76 1027 8060 4200 0215 8479 050')}.
Votre coordinatrice sur place sera Mme Leïla Benali, joignable au ${phone('+33 6 48 27 19 53')} ou par mail : ${v('pii.email', 'l.benali@orbis-relocations.fr')}.

Bien cordialement,
Orbis Relocations France »`),

  rec('wohngeld_de', f`${v('confidential.marking', 'VERTRAULICH')} – Personalsache / Sozialdaten

Aktenvermerk Wohngeld, Az. WG-2025-01183
Antragstellerin: Frau Svetlana Morozova, Steuer-ID ${v('pii.de_steuer_id', '62910473657')}
Tel. ${phone('040 8237 4190', 'DE')}, E-Mail ${v('pii.email', 'svetlana.morozova@gmx.de')}
Auszahlung an: ${v('financial.iban', 'DE75 5001 0517 5407 3182 62')}
Vermerk: Einkommen aus Minijob nachgewiesen, Mietbescheinigung liegt vor, Bewilligung ab 01.04.2025 über 214 € monatlich.

Bitte formuliere daraus den Bewilligungsbescheid in einfacher Sprache.`),

  rec('ci_log', f`CI for the DFT insertion scripts fails and the log looks weird. Why is it printing my env?

${amb('source_code.snippet', f`[2025-03-12 02:13:07] + python scripts/insert_scan.py --top kestrel_top --chains 64
[2025-03-12 02:13:07] Environment:
[2025-03-12 02:13:07]   AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', LEAK_AKIA)}
[2025-03-12 02:13:07]   AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', LEAK_SECRET)}
[2025-03-12 02:13:07]   GIT_AUTHOR_EMAIL=${v('pii.email', 'j.lindqvist@nimbic-silicon.com')}
[2025-03-12 02:13:07]   RUNNER_HOST=${amb('pii.ip_address', '172.31.18.204')}
[2025-03-12 02:13:09] Traceback (most recent call last):
[2025-03-12 02:13:09]   File "scripts/insert_scan.py", line 88, in <module>
[2025-03-12 02:13:09]     chains = balance(flops, args.chains)
[2025-03-12 02:13:09] ZeroDivisionError: division by zero`)}`),

  rec('email_es', f`Asunto: ${v('confidential.marking', 'CONFIDENCIAL')} – Contrato 2025-VE-114, café verde Etiopía

Hola Jorge,

Adjunto la confirmación del contrato: 2 contenedores de Yirgacheffe G1 lavado, embarque julio/agosto desde Yibuti, precio fijo 4,12 USD/lb FOB.
Para el anticipo del 20 % usad esta cuenta, por favor: ${v('financial.iban', 'ES39 0049 1892 0728 1309 4756')}.
Si hay algún problema con el banco, llamadme al ${phone('+34 91 482 37 15')} o escribid a ${v('pii.email', 'compras@cafesmediterraneo.es')}.

Un saludo,
Marta

¿Puedes resumir el correo en inglés para el equipo de logística? Sin datos bancarios.`),

  rec('json_pt', f`O webhook do gateway de pagamento está chegando assim no nosso sistema de vistoria. Por que o cartão veio completo?

${amb('source_code.snippet', f`{
  "evento": "pagamento.aprovado",
  "agendamento": "VST-2025-048812",
  "cliente": {
    "nome": "Juliana Costa Ferreira",
    "cpf": "${v('pii.br_cpf', '731.048.256-53')}",
    "email": "${v('pii.email', 'juliana.cferreira@uol.com.br')}",
    "celular": "${phone('+55 61 99182-4037')}"
  },
  "cartao": { "numero": "${v('financial.payment_card', '5223840192764503')}", "mascara": "5223 84** **** 4503", "bandeira": "mastercard" },
  "valor": 189.90
}`)}`),

  rec('sql_dump_ja', f`このダンプを PostgreSQL に移したいのですが、文字化けします。どう変換すればいいですか？

${amb('source_code.snippet', f`INSERT INTO customers (id, name, email, phone, move_date) VALUES
(2201, '高橋 健一', '${v('pii.email', 'k.takahashi@example-mail.jp')}', '${phone('+81 90-4821-7365')}', '2025-06-14'),
(2202, '山本 さくら', '${v('pii.email', 'sakura.yamamoto@docomo.ne.jp')}', '${phone('03-5482-7193', 'JP')}', '2025-06-21'),
(2203, 'Thomas Becker', '${v('pii.email', 'thomas.becker@t-online.de')}', '${phone('+49 171 4829375')}', '2025-07-02');`)}`),

  rec('csv_nl_be', f`Kun je uit deze export de klanten halen die nog moeten betalen voor de herkeuring?

${amb('source_code.snippet', f`klant;email;gsm;iban;herkeuring;betaald
Vermeulen An;${v('pii.email', 'an.vermeulen@skynet.be')};${phone('+32 475 28 41 93')};${v('financial.iban', 'BE83 3630 9182 7415')};2025-03-18;nee
Jacobs Wim;${v('pii.email', 'wim.jacobs@proximus.be')};${phone('02 541 82 37', 'BE')};${v('financial.iban', 'BE38 0016 2839 4772')};2025-03-19;ja
Maes Ilse;${v('pii.email', 'ilse.maes@gmail.com')};${phone('+32 3 218 47 60')};;2025-03-21;nee`)}`),

  rec('chat_tr', f`Bu WhatsApp yazışmasını hastane için resmi bir transfer talebine çevirir misin?

[09:12] Hasta yakını: Babam Antalya'da otelde düştü, kalça kırığı var, İstanbul'a uçakla götürmemiz lazım
[09:14] Operasyon: Geçmiş olsun. Hastanın adı, doğum tarihi ve pasaport numarası?
[09:16] Hasta yakını: Klaus Hoffmann, ${v('pii.date_of_birth', '02.09.1949')}, Alman pasaportu ${v('pii.passport', 'C7HK4R29T')}
[09:17] Hasta yakını: Benim numaram ${phone('+49 151 28473960')}, Türkiye'deki numaram ${phone('+90 532 418 27 93')}
[09:20] Operasyon: Ambulans uçak yarın sabah 07:30'da Antalya'dan kalkabilir.`),

  rec('code_python', f`Ye test fixture CI pe fail ho raha hai "ValidationError: aadhaar". Format galat hai kya?

${v('source_code.snippet', f`import pytest
from onboarding.models import NewHire

@pytest.fixture
def new_hire():
    return NewHire(
        name="Karthik Subramanian",
        email="${v('pii.email', 'karthik.s@nimbic-silicon.com')}",
        phone="${phone('+91 80 4172 8395')}",
        aadhaar="${v('pii.in_aadhaar', '639201748528')}",
        team="physical-design",
    )

def test_onboarding_creates_accounts(new_hire):
    accts = new_hire.provision()
    assert {"gitlab", "lsf", "jira"} <= set(accts)`)}`),

  rec('email_ar', f`ممكن تراجع الإيميل ده قبل ما أبعته للعميل؟

الأستاذ/ خالد عبد العزيز،
تم تأكيد موعد تغليف ونقل العفش من القاهرة إلى دبي يوم ٢٤ يونيو.
برجاء تحويل باقي المبلغ (٣٢٠٠ دولار) إلى حساب شريكنا في دبي:
${v('financial.iban', 'AE06 0334 7182 9036 5102 847')}
ونحتاج صورة من جواز السفر رقم ${v('pii.passport', 'A19384726')} لإجراءات الجمارك.
للتواصل: ${phone('+20 10 2841 7395')} — ${v('pii.email', 'cairo.moves@orbis-relocations.com')}`),

  rec('ticket', f`Ticket #TW-88214 — complaint, theory/practical test booking
From: ${v('pii.email', 'chloe.adebayo@yahoo.co.uk')}
Phone: ${phone('07839 274 106', 'GB')}
Driving licence no.: ${ambCat('pii', 'ADEBA951156C99LW')}

"I was charged twice for my practical test on 4 April. Card ending 0185 — actually here's the full number so you can find it: ${v('financial.payment_card', '4003 8172 9465 0185')}. Please refund one of the payments."

Write a reply: apologise, confirm refund in 5–7 working days, and remind her never to send full card numbers by email.`, 'UK driving licence number: no built-in rule (ambiguous, no rule id)'),

  rec('crm_zh_tw', f`請幫我把這筆客戶資料整理成搬家確認單（中英對照）：
客戶：陳志明 Chen Chih-Ming
護照號碼：${v('pii.passport', '318472950')}
手機：${phone('+886 912 483 726')}
Email：${v('pii.email', 'cm.chen@seed.net.tw')}
訂金已刷卡：${v('financial.payment_card', '4548 3102 7749 1621')}
搬遷：台北 → 舊金山，40 呎貨櫃，7 月 10 日裝櫃
公司電話：${phone('(02) 2718-4936', 'TW')}`),

  rec('chat_bn', f`এই মেসেজটা গ্রাহকের জন্য একটু গুছিয়ে ইংরেজিতে লিখে দাও:

"প্রিয় নাসরিন আপা, আপনার ঢাকা → টরন্টো মালামাল পাঠানোর বুকিং নিশ্চিত হয়েছে। অগ্রিম পেমেন্ট আপনার কার্ড ${v('financial.payment_card', '5510 2938 4716 3022')} থেকে কাটা হয়েছে। প্যাকিং টিম ২ জুন সকাল ৯টায় আসবে। কোনো প্রশ্ন থাকলে ${phone('+880 1712-483926')} নম্বরে ফোন করুন অথবা ${v('pii.email', 'dhaka@orbis-relocations.com')} এ মেইল করুন।"

কার্ড নম্বরটা কি মেসেজে রাখা ঠিক হবে?`),

  rec('chat_sw', f`Naomba unisaidie kuandika barua pepe fupi kwa mnunuzi wetu wa kahawa huko Hamburg. Mambo ya kusema:
- Sampuli za kahawa ya Kilimanjaro AA zimetumwa leo kwa DHL
- Akaunti yake ya kuingia kwenye tovuti yetu ya minada imefunguliwa: jina la mtumiaji "hamburg.buyer", nenosiri ${v('credential.password_in_prose', 'Moshi#Arabica2025')}
- Akipata shida anipigie ${phone('+255 754 281 936')} au aandike kwa ${v('pii.email', 'mauzo@kilicoffee.co.tz')}`),

  rec('meeting_el', f`Κάνε μου τα πρακτικά πιο σύντομα:

${v('confidential.marking', 'ΕΜΠΙΣΤΕΥΤΙΚΟ')} — Σύσκεψη βάρδιας αεροδιακομιδών, 3 Μαρτίου
- Νέο τάμπλετ EFB στο SX-AMR, κωδικός πρόσβασης προσωρινά ${v('credential.password_in_prose', 'Ikaros!2025Efb')} μέχρι να γίνει η σύνδεση με το AD
- Εφημερεύων γιατρός Σαββατοκύριακου: Δρ. Καραγιάννης, ${phone('+30 694 821 7365')}
- Η άδεια του πιλότου Ν. Σταύρου λήγει 30/4, να κλειστεί ραντεβού για προσομοιωτή`),

  rec('pg_log', f`The housing benefits portal went down at 07:58 and came back at 08:20. Here's what Postgres and the app logged — what happened?

${amb('source_code.snippet', f`2025-04-02 07:58:11.402 UTC [41822] FATAL:  too many connections for role "hb_portal"
2025-04-02 07:58:11.409 UTC [app] ERROR sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-benefits-01" (${amb('pii.ip_address', '10.40.8.11')}), port 5432 failed
  [SQL engine url: postgresql://hb_portal:${v('credential.database_url_password', 'Claims-Portal#4471')}@pg-benefits-01:5432/benefits]
2025-04-02 07:58:12.003 UTC [app] WARN request failed user=${v('pii.email', 'd.okonkwo@hotmail.co.uk')} path=/claims/upload remote=${amb('pii.ip_address', '86.143.22.190')}
2025-04-02 08:20:44.118 UTC [41822] LOG:  connection authorized: user=hb_portal database=benefits`)}`),
];

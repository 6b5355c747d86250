/**
 * Held-out batch 123: longer texts mixing categories — incident notes, handovers, exports, fixtures
 * and mails from the six organisations of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5928374610', '2-', '8102736455019-', fill('b123m-xoxb', B62, 24));
const GHP = gh('ghp', 'Vb8Nc3Xm6Lk1Jh5Gf9Ds2Aq7Wz4Er0');
const SENDGRID = tok('SG.', fill('b123m-sg1', B64URL, 22), '.', fill('b123m-sg2', B64URL, 43));
const STRIPE = tok('sk_', 'live_', '51', fill('b123m-stripe', B62, 97));
const TW_SID = tok('AC', fill('b123m-twsid', HEX, 32));
const TW_TOKEN = fill('b123m-twtok', HEX, 32);
const API_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'meter-gw-07', role: 'ingest', iat: 1738900000 }, 'b123m-jwt');

export const BATCH123_MIXED: DraftRecord[] = [
  rec('incident_en', f`# Incident note – dispatch outage, Sat 8 Feb

- 21:14 drivers report app stuck on "connecting"; calls fall back to radio
- 21:20 on-call (${v('pii.email', 'ops-oncall@citylinetaxi.coop')}) pages vendor
- 21:41 cause: DB host ${amb('pii.ip_address', '10.20.4.15')} ran out of disk; WAL archive on same volume
- 21:58 vendor logs in with the shared admin login (user \`dispatchadmin\`, password \`${v('credential.password_in_prose', 'Radio-Cab-4411')}\`) and clears old archives
- 22:05 service restored; 37 bookings taken by phone were re-entered by hand

Rewrite as a short update for the drivers' WhatsApp group — no technical details, no passwords.`),

  rec('handover_de', f`Übergabe Spätdienst → Nachtdienst, Haus Lindenhof, 11.02.

Zimmer 204, Fr. Irmgard Pohl (geb. ${v('pii.date_of_birth', '17.01.1934')}): RR abends 168/94, Arzt informiert. Sohn ruft ggf. nachts an: ${phone('0171 4839206', 'DE')}.
Zimmer 211, Hr. Walter Brenner: neu aufgenommen, Pflegegrad-Bescheid fehlt noch, Betreuerin Frau Adler (${v('pii.email', 'adler.betreuung@web.de')}).
Technik: WLAN im 2. OG weg, Router neu gestartet (${amb('pii.ip_address', '192.168.20.1')}), Admin-Kennwort steht laut Hausmeister auf dem Zettel: ${v('credential.password_in_prose', 'Linden#Hof-2019')}.

Bitte eine saubere Übergabe daraus machen, die Technik-Zeile weglassen.`),

  rec('job_export_en', f`Can you summarise yesterday's jobs for the owner? Export from the field app:

${amb('source_code.snippet', f`{
  "date": "2025-02-11",
  "jobs": [
    {"id": "J-88120", "tech": "D. Moreno", "customer": "Patricia Lund", "phone": "${phone('+1 604 482 7193')}", "type": "furnace no-heat", "paid": "card", "card_last4": "7731", "total": 389.00},
    {"id": "J-88121", "tech": "K. Singh", "customer": "Harbour View Strata", "email": "${v('pii.email', 'manager@harbourviewstrata.ca')}", "type": "boiler annual", "paid": "invoice", "total": 612.50},
    {"id": "J-88122", "tech": "D. Moreno", "customer": "Ray Chen", "phone": "${phone('(418) 482-7193', 'CA')}", "type": "drain camera", "paid": "card", "card": "${v('financial.payment_card', '5515 1083 3973 0556')}", "total": 245.00}
  ]
}`)}

Also — why is there a full card number in J-88122? Who can see this export?`),

  rec('mail_fr_qc_mix', f`Bonjour Julie,

Suite à notre appel : le nouveau membre M. Sébastien Gagnon (tél. ${phone('514 982 4417', 'CA')}, courriel ${v('pii.email', 'seb.gagnon@videotron.ca')}) veut payer sa cotisation de tennis en deux versements. Il m'a donné sa carte Visa ${v('financial.payment_card', '4223 1877 3844 7612')} au comptoir, je l'ai notée ici en attendant que le terminal revienne.

Pour la passerelle de paiement, la clé qu'on utilise en prod est ${v('credential.stripe_secret_key', STRIPE)} — Marc dit qu'il faut la changer depuis que l'ancien stagiaire est parti.

Merci!
Chantal, administration du club

→ Peux-tu reformuler ça en courriel propre à Julie, sans la carte ni la clé?`),

  rec('fixture_py_mix', f`Our test for the outage SMS sender keeps hitting the real Twilio account. Fixture:

${v('source_code.snippet', f`import pytest
from outage.sms import OutageSms

@pytest.fixture
def sender():
    return OutageSms(
        account_sid="${v('credential.twilio_account_sid', TW_SID)}",
        auth_token="${v('credential.twilio_auth_token', TW_TOKEN)}",
        from_number="${phone('+44 7821 446 903')}",
    )

def test_planned_outage_message(sender):
    msg = sender.build("${phone('+44 7841 229 507')}", street="Mill Lane", start="09:00", end="13:00")
    assert msg.to == "${phone('+44 7841 229 507')}"
    assert "Mill Lane" in msg.body`)}

How do I mock the client so no SMS is sent?`),

  rec('grants_mail_en', f`From: Amira Haddad <${v('pii.email', 'a.haddad@meridian-policy.org')}>
To: ${v('pii.email', 'grants@meridian-policy.org')}
Subject: Fellowship onboarding – Dr. Nikos Papadakis

Hi team,
Dr. Papadakis accepted the fellowship. For the contract and first stipend:
- DOB: ${v('pii.date_of_birth', '19/05/1981')}
- Passport: ${v('pii.passport', 'AN4827193')} (Greek)
- Mobile: ${phone('+30 694 827 1936')}
- Bank: ${v('financial.iban', 'GR1270952255207739684318402')}, BIC ${amb('financial.swift_bic', 'ETHNGRAA')}

${amb('confidential.marking', 'This message and any attachments are confidential and may be legally privileged.')}

Can you draft the welcome letter to him (no personal data in it)?`),

  rec('slack_ru', f`Скинул сюда выгрузку из канала #аварийка, помоги понять, почему бот не отвечает:

${amb('source_code.snippet', f`SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}
SLACK_CHANNEL=C07AVARIYKA
GIS_API=https://gis.gorgaz.example.ru/api
GIS_JWT=${v('credential.jwt', API_JWT)}`)}

Ещё бот должен звонить дежурному мастеру на ${phone('+7 916 482-71-93')}, но звонков нет.`),

  rec('ticket_es_mix', f`Ticket #4471 — Cliente: Comunidad de Propietarios Calle Alcalá 214
Contacto: D. Ernesto Villalba, administrador, ${phone('91 483 27 16', 'ES')}, ${v('pii.email', 'evillalba@fincasalcala.es')}
Avería: caldera central sin ACS desde el lunes
Técnico asignado: Rubén (DNI ${v('pii.es_dni', '07384810Q')} — lo pide la comunidad para el acceso)
Pago: transferencia a ${v('financial.iban', 'ES7075063169713681994405')} a la finalización

Resúmeme el ticket para el técnico, solo lo que necesita para ir.`),

  rec('deploy_notes_pl', f`Notatki z wdrożenia systemu rezerwacji kortów (dla nowego admina):

1. Serwer: ${amb('pii.ip_address', '51.83.172.44')} (OVH), logowanie kluczem
2. Repo: git clone https://${v('credential.github_pat', GHP)}@github.com/klub-tenisowy-zoliborz/rezerwacje.git
3. Maile z potwierdzeniami idą przez SendGrid: ${v('credential.sendgrid_api_key', SENDGRID)}
4. Kontakt do firmy, która to pisała: Bartek, ${phone('+48 512 483 927')}

Zrób z tego porządną instrukcję w punktach, ale bez haseł i kluczy.`),

  rec('minutes_sv', f`Protokoll styrelsemöte ${v('confidential.marking', 'KONFIDENTIELLT')}
Närvarande: ordförande, kassör, klubbchef.
§3 Ekonomi: Medlem 20418 (Oskar Håkansson) har obetald avgift sedan 2023, 18 400 kr. Kassören har mejlat ${v('pii.email', 'oskar.hakansson@gmail.com')} och ringt ${phone('+46 70 482 19 38')} utan svar.
§4 Bana: nya bevattningssystemet, offert 1,2 MSEK.

Skriv ett kortare protokoll för anslagstavlan (utan §3).`),

  rec('log_nginx_en', f`Someone's hammering the member login page. Last few lines:

${amb('source_code.snippet', f`${amb('pii.ip_address', '185.191.171.12')} - - [12/Feb/2025:03:14:07 +0000] "POST /members/login HTTP/1.1" 401 512 "-" "python-requests/2.31"
${amb('pii.ip_address', '185.191.171.12')} - - [12/Feb/2025:03:14:07 +0000] "POST /members/login HTTP/1.1" 401 512 "-" "python-requests/2.31"
${amb('pii.ip_address', '185.191.171.13')} - - [12/Feb/2025:03:14:08 +0000] "POST /members/login?user=${v('pii.email', 'd.fitzgerald@eircom.net')} HTTP/1.1" 200 1871 "-" "python-requests/2.31"`)}

That last one succeeded — is that a real member account?`),

  rec('tsv_mixed_pt', f`Lista de bolseiros do programa 2025 para o contabilista — confirma se os IBAN estão todos no formato certo:

${amb('source_code.snippet', f`nome\tnif\te-mail\tiban\tvalor
Inês Carvalho\t${ambCat('pii', '248193047')}\t${v('pii.email', 'ines.carvalho@campus.ul.pt')}\t${v('financial.iban', 'PT48831698997353409029159')}\t1.200,00
João Pedro Amaral\t${ambCat('pii', '219384706')}\t${v('pii.email', 'jp.amaral@fe.up.pt')}\tPT50 0033 **** **** 1931 4\t1.200,00`)}`),

  rec('chat_ar_mix', f`أحتاج مساعدة في رسالة لشركة الصيانة. رقم الطوارئ عندنا ${phone('+966 55 482 7193')} والحساب البنكي للدفع ${v('financial.iban', 'SA8782543220996989861822')}. ولوحة تحكم الغلاية الذكية دخلناها بكلمة المرور ${v('credential.password_in_prose', 'Riyadh@Boiler77')} — هل أرسلها لهم أم أغيّرها أولاً؟`),

  rec('outage_report_uk', f`${v('confidential.marking', 'Конфіденційно')}
Звіт про аварійне відключення, вул. Шевченка 41–59, 10.02
Повідомив: Петро Коваленко, ${phone('067 482 9137', 'UA')}
Відновлено: 14:20. Сервер телеметрії ГРП ${amb('pii.ip_address', '10.44.0.17')} був недоступний 3 год.

Склади коротке повідомлення для мешканців (без технічних деталей).`),

  rec('chat_hinglish_mix', f`Sir, naya resident aaya hai Pune wale branch mein. Details: Mr. Suresh Kulkarni, DOB ${v('pii.date_of_birth', '02/10/1944')}, Aadhaar ${v('pii.in_aadhaar', '976380091277')}, beta Rohit – ${phone('+91 98482 71936')}, ${v('pii.email', 'rohit.kulkarni@rediffmail.com')}. Admission fee ka receipt bhi banana hai. Ek welcome message Marathi mein likh do please: "आपले स्वागत आहे…" type.`),
];

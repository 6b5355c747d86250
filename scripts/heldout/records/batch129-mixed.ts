/**
 * Held-out batch 129: longer texts mixing categories — incident notes, handovers, e-mail threads,
 * fixtures and logs from the six batch-129 organisations, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const SENDGRID = tok('SG.', fill('b129m-sg1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22), '.', fill('b129m-sg2', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43));
const GRAFANA_SA = tok('glsa_', fill('b129m-glsa1', B62, 32), '_', fill('b129m-glsa2', HEX, 8));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b129m-sklive', B62, 97));

export const BATCH129_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review: surveillance alert feed gap, 4 Feb

**Impact:** 47 minutes without real-time alerts on the main market (09:12–09:59 CET). Orders were captured; alerts were replayed at 10:30. No regulatory deadline missed.

**Timeline**
- 09:12 feed handler on ${amb('pii.ip_address', '10.44.2.17')} stops consuming (disk full)
- 09:20 analyst on duty, ${v('pii.email', 'k.marsh@mrx-exchange.eu')}, raises P2
- 09:41 on-call logs in with the break-glass account \`surv_bg\` / ${v('credential.password_in_prose', 'Circuit-Breaker-19!')} because SSO was also down
- 09:59 disk cleaned, handler restarted

**Actions:** rotate break-glass password; alert at 80 % disk.

Rewrite this for the member-firm notice without internal details.`),

  rec('email_de', f`Betreff: Willkommen als Franchisepartner – Waschsalon Dresden-Neustadt

Hallo Herr Krüger,

herzlich willkommen bei BlueSpin! Anbei die wichtigsten Daten:
- Ihr Partnerkonto für die monatliche Abrechnung: ${v('financial.iban', 'DE84 2007 0024 0819 3746 52')}
- Kundendienst-Ansprechpartnerin: Frau Nowak, ${phone('+49 6221 56-4829')}, ${v('pii.email', 'a.nowak@bluespin-laundry.com')}
- WLAN im Laden (nur Personal): SSID BS-DD-Staff, Passwort ${v('credential.password_in_prose', 'Trommel-Neustadt-88')}

Bei Fragen melden Sie sich jederzeit.

→ Kannst du daraus eine Checkliste für den ersten Tag machen?`),

  rec('handover_is_en', f`Vaktaskipti / shift handover — stöðvarhús 2, nótt 11.–12. feb.

- Hola HE-31: þrýstingur stöðugur 18,4 bar, ekkert aðgerða.
- Historian on ${amb('pii.ip_address', '172.16.8.20')} restarted at 03:10 after the disk alarm.
- Verktaki (vendor) needs remote access tomorrow — temp account \`vendor-ac\`, password ${v('credential.password_in_prose', 'Hraun-Vendor-2025')}, expires Friday.
- Vaktstjóri á bakvakt: Sigrún, ${phone('+354 861 4720')}
- Incident report is ${v('confidential.marking', 'TRÚNAÐARMÁL')} — do not forward outside OT.

Please make this a clean English handover for the morning shift.`),

  rec('email_nl', f`Onderwerp: ${v('confidential.marking', 'VERTROUWELIJK')} – overdracht donorgegevens naar UMC partnerkliniek

Beste collega,

Zoals besproken de gegevens van donor NL-D-0388 voor de koppeling aan de ontvangende kliniek:
Naam: Thomas Bakker
Geboortedatum: ${v('pii.date_of_birth', '22-06-1991')}
BSN: ${v('pii.nl_bsn', '276318468')}
Telefoon: ${phone('+31 6 4829 1736')}
E-mail: ${v('pii.email', 'thomas.bakker91@hotmail.nl')}

De rietjes (6 stuks) gaan dinsdag met de droogverzender.

Met vriendelijke groet,
Laboratorium Voortplantingsgeneeskunde

Kun je dit omzetten naar een overdrachtsformulier zonder de naam?`),

  rec('api_response_es', f`La API de recuperaciones devuelve esto y el mapa no pinta nada. ¿Qué campo falta?

${amb('source_code.snippet', f`{
  "ring": "ES-MADRID 3A41729",
  "species": "Ciconia ciconia",
  "finding": {
    "date": "2025-01-19",
    "place": "Laguna de Fuente de Piedra",
    "finder": { "name": "Lucía Navarro", "email": "${v('pii.email', 'lucia.navarro.m@gmail.com')}", "phone": "${phone('+34 622 418 937')}" },
    "reported_from_ip": "${amb('pii.ip_address', '83.44.192.17')}"
  },
  "coords": null
}`)}`),

  rec('ticket_hinglish', f`Ticket #TB-55120 (tutor payouts)
Tutor: Rohan Mehta, ${v('pii.email', 'rohan.mehta.tutor@gmail.com')}, ${phone('+91 98204 17365')}
Message: "Bhai mera payout 3 hafte se pending hai. Maine bank change kiya tha, ab account HDFC mein hai. Aadhaar ${v('pii.in_aadhaar', '6293 8104 7588')} bhi upload kiya tha KYC ke liye, phir bhi 'verification pending' dikha raha hai. Please jaldi karo yaar."

Write a polite reply in Hinglish saying KYC will be done in 48 hours.`),

  rec('test_fixture', f`Our payout tests fail only on CI. Fixture:

\`\`\`python
${v('source_code.snippet', f`TUTORS = [
    {"id": "T-1001", "name": "Hanna Schulz", "email": "${v('pii.email', 'hanna.schulz@posteo.de')}", "iban": "${v('financial.iban', 'DE57430609671047382900')}"},
    {"id": "T-1002", "name": "Karel Novák", "email": "${v('pii.email', 'karel.novak@seznam.cz')}", "iban": "${v('financial.iban', 'CZ9008000000004729183650')}"},
    {"id": "T-1003", "name": "Zsófia Kiss", "email": "${v('pii.email', 'zsofia.kiss@freemail.hu')}", "iban": "${v('financial.iban', 'HU47104000171948273600000000')}"},
]

STRIPE_KEY = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"  # TODO move to env`)}
\`\`\``),

  rec('stacktrace', f`${amb('source_code.snippet', f`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "loyalty_svc"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at com.bluespin.loyalty.Db.connect(Db.java:41)
Caused by: config loaded from jdbc:postgresql://loyalty-db.bluespin.local:5432/loyalty?user=loyalty_svc&password=${v('credential.url_password', 'Weichspueler!42')}
	customer=${v('pii.email', 'm.hoffmann@gmx.at')} action=REDEEM_POINTS`)}

Warum landet das Passwort im Stacktrace? Und wieso der Kunde?`),

  rec('notes_sr', f`Белешке са састанка — надзор тржишта, 10. фебруар

1. Сумња на манипулацију ценом акције „Дунав осигурање”: налози са истог рачуна, ${amb('pii.ip_address', '93.87.14.201')}.
2. Контакт брокера: Марко Јовановић, ${phone('+381 64 2831947')}, ${v('pii.email', 'm.jovanovic@broker-bg.rs')}.
3. Документ је ${v('confidential.marking', 'ПОВЕРЉИВО')} — не прослеђивати.

Преведи на енглески као списак задатака.`),

  rec('ticket_sk', f`Dobrý deň, dodávateľ SCADA nám poslal prístupy k novému HMI serveru, ale prihlásenie nejde:

server: ${amb('pii.ip_address', '10.20.0.41')}
používateľ: hmi_operator
heslo: ${v('credential.password_in_prose', 'Para-Turbina#58')}
kontakt technik: ${phone('+421 905 382 716')}

Môžeš mi napísať e-mail, že heslo nefunguje a treba ho resetovať? (a aby ho nabudúce neposielali mailom)`),

  rec('chat_hr', f`Bok, trebam pomoć oko obavijesti za kamp prstenovanja na Neretvi. Kotizacija 60 € uplaćuje se na ${v('financial.iban', 'HR93 2360 0001 1029 4738 1')}, a za pitanja neka zovu voditeljicu Anu na ${phone('+385 91 482 7391')} ili pišu na ${v('pii.email', 'ana.prstenovanje@gmail.com')}. Napiši to lijepo za Facebook.`),

  rec('chat_fa', f`سلام، لطفاً به من کمک کنید یک ایمیل برای معلم جدید بنویسم. اطلاعات: سارا احمدی، تاریخ تولد ${v('pii.date_of_birth', '۱۳۷۴/۰۵/۱۲')}، تلفن ${phone('+98 912 418 2937')}، ایمیل ${v('pii.email', 'sara.ahmadi74@yahoo.com')}. باید مدرک تحصیلی و کارت ملی را بارگذاری کند.`, 'a Solar Hijri birth date in Persian digits, labelled as date of birth'),

  rec('ops_th', f`สรุปงานสาขาร้านซักรีด (${v('confidential.marking', 'ลับ')} — ${amb('confidential.marking', 'ใช้ภายในเท่านั้น')})
- เครื่องอบผ้า T03 เสีย ช่างจะมาวันพฤหัส ติดต่อคุณสมชาย ${phone('081-482-9375', 'TH')}
- ลูกค้าร้องเรียนเรื่องเสื้อหด: คุณวิภา ${v('pii.email', 'wipa.s@hotmail.co.th')}
- ยอดขายเดือนมกราคม 412,000 บาท

ช่วยแปลเป็นภาษาอังกฤษให้หน่อย`, '"internal use only" in brackets beside the labelled marking: ambiguous per the conventions'),

  rec('email_hu', f`Tárgy: ${v('confidential.marking', 'BIZALMAS')} – tagi díj visszatérítése

Kedves Kovács Úr!

A téves terhelés miatt 1 240 000 Ft-ot utalunk vissza a ${v('financial.iban', 'HU47 1040 0017 1948 2736 0000 0000')} számlára. Kérdés esetén: ${v('pii.email', 'tagsag@mrx-exchange.eu')}.

Üdvözlettel,
Piacfelügyelet

Fordítsd le angolra, kérlek.`),

  rec('grafana_ticket', f`Monitoring for the Wairakei site stopped after we rotated keys. Alloy config:

${amb('source_code.snippet', f`prometheus.remote_write "thermaridge" {
  endpoint {
    url = "https://prometheus-prod-22-prod-ap-southeast-2.grafana.net/api/prom/push"
    basic_auth {
      username = "1827364"
      password = "${v('credential.grafana_service_account_token', GRAFANA_SA)}"
    }
  }
}
discovery.static "plc" { targets = [{ __address__ = "${amb('pii.ip_address', '10.60.1.5')}:9100" }] }`)}

Mail alerts go through SendGrid (key ${v('credential.sendgrid_api_key', SENDGRID)}) to ${v('pii.email', 'control-room@thermaridge.energy')}. Is the Grafana password the right token type?`),

  rec('chat_bn', f`হ্যালো, একজন নতুন টিউটরের যাচাই করতে হবে। নাম: তানভীর হাসান, পাসপোর্ট নম্বর ${v('pii.passport', 'EB4829173')}, জন্ম তারিখ ${v('pii.date_of_birth', '১৫/০৩/১৯৯৪')}, মোবাইল ${phone('+880 1712-483926')}। তাঁর পেমেন্ট কার্ড ${v('financial.payment_card', '4012 8819 3746 5020')} থেকে রেজিস্ট্রেশন ফি দুবার কাটা হয়েছে। ইংরেজিতে একটা উত্তর লিখে দিন।`),
];

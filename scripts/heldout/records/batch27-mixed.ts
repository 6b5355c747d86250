/**
 * Held-out batch 27: longer texts mixing categories — postmortems, stack traces, webhook payloads,
 * meeting notes, exports and fixtures from the batch's six organisations. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const SG = tok('SG.', fill('b27m-sg1', B64URL, 22), '.', fill('b27m-sg2', B64URL, 43));
const LAUNDRY_KEY = fill('b27m-laundry', B62, 40);
const JWT_RMS = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'clerk.0418', role: 'records_clerk', iat: 1733302800, exp: 1733331600 }, 'b27m-jwt');
const DD_APP = fill('b27m-ddapp', HEX, 40);

export const BATCH27_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident review: SILC microdata sent to wrong recipient (draft)

**What happened.** On 26 Nov a researcher-access extract (SILC 2023, 4,812 households) was shared by SFTP link to ${v('pii.email', 'd.kearney@ucc-research.ie')} instead of ${v('pii.email', 'd.kearney@ucd-research.ie')}. The link embedded the transfer account: \`sftp://rmf_out:${v('credential.url_password', 'Glendalough#Mist42')}@transfer.stats.internal/out/silc23_k.zip\`.
**Detection.** The recipient rang us on ${phone('+353 21 492 7713')} the same afternoon, fair play to him.
**Containment.** Link revoked 16:40, transfer password rotated, file confirmed deleted by recipient in writing.

Rewrite this for the Data Protection Officer — factual, no blame, and drop the password obviously.`),

  rec('trace', f`Booking engine crashes when a guest has an apostrophe in their name:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/booking/app/payments.py", line 88, in capture_deposit
    cur.execute(f"INSERT INTO deposits (guest, email, pan_last4) VALUES ('{guest}', '{email}', '{pan[-4:]}')")
psycopg2.errors.SyntaxError: syntax error at or near "Sullivan"
LINE 1: ...deposits (guest, email, pan_last4) VALUES ('Ciara O'Sullivan', '${v('pii.email', 'ciara.osullivan@gmail.com')}', '9264')
Locals at frame:
  pan = '${v('financial.payment_card', '4311887942933215')}'
  dsn = 'postgresql://booking:${v('credential.database_url_password', 'Aurelian!Spa2024')}@pg-booking-01:5432/booking'`)}

Besides the SQL injection, why is the full PAN in the locals?`),

  rec('shift_notes', f`Control room handover, Sat night — can you turn into a proper shift log?

- WTG09 tripped 02:14 on yaw misalignment, reset remotely 02:31, fine since
- VPN to the Cnoc Dubh park controller dropped twice. Vendor tech (Jens, ${phone('+45 20 73 41 88')}) says use the backup account meanwhile: user svc_backup, pw ${v('credential.password_in_prose', 'Hafgufa-77!Nord')}
- Park controller still on ${amb('pii.ip_address', '10.72.1.10')}, historian on ${amb('pii.ip_address', '10.72.1.22')}
- Grid operator rang re curtailment at 05:00, callback ${phone('0141 332 7764', 'GB')}
- Aye, and the kettle's broke again`),

  rec('email_fr_ca', f`Objet : ${v('confidential.marking', 'PROTÉGÉ B')} – Vérification d'antécédents, bénévole

Bonjour Mme Gauthier,

Voici les renseignements pour la vérification :
Nom : Olivier Desrosiers
Date de naissance : ${v('pii.date_of_birth', '1994-06-21')}
NAS : ${v('pii.ca_sin', '284 918 018')}
Téléphone : ${phone('+1 819 775 3120')}
Courriel : ${v('pii.email', 'olivier.desrosiers94@hotmail.com')}

Merci de me confirmer la réception.

→ Peux-tu m'aider à répondre qu'on n'accepte plus les NAS par courriel et qu'on va supprimer le message?`),

  rec('email_ko', f`제목: [${v('confidential.marking', '대외비')}] 2025년 1분기 금형비 송금 안내

Brambleworks 구매팀 담당자님께,

금형비 송금은 아래 독일 법인 계좌로 부탁드립니다.
IBAN: ${v('financial.iban', 'DE65 9559 8811 4747 6021 19')}
담당: 박민준 과장 (${v('pii.email', 'mj.park@hanbit-molding.co.kr')}, ${phone('+82 10 5592 0184')})

→ 이 메일이 진짜 협력사에서 온 건지 확인하는 방법을 알려 주세요. 계좌가 갑자기 독일로 바뀌어서 이상해요.`),

  rec('csv_ca', f`Devolucions de fiança del curs 2023-24 — pots generar el fitxer SEPA (pain.001) a partir d'això?

${amb('source_code.snippet', f`habitacio;resident;correu;iban;import
2.04;Pau Vilaró;${v('pii.email', 'pau.vilaro@estudiantat.upc.edu')};${v('financial.iban', 'ES6421004690143890061856')};450,00
3.14;Marta Soler;${v('pii.email', 'marta.soler.b@gmail.com')};${v('financial.iban', 'ES38 2100 8601 2143 8642 5339')};450,00
4.01;Lukas Becker;${v('pii.email', 'lukas.becker@tum-mail.de')};${v('financial.iban', 'NL61INGB2573254401')};380,00`)}`),

  rec('test_fixture', f`${v('source_code.snippet', f`# tests/fixtures/tenants.py — copied from a prod export "just for now"
TENANTS = [
    {
        "name": "Eilidh Munro",
        "email": "${v('pii.email', 'eilidh.munro@student.ed.ac.uk')}",
        "phone": "${phone('+44 7912 384 551')}",
        "ni_number": "${v('pii.uk_nino', 'NH 62 38 14 B')}",
        "room": "FB-5.02",
    },
    {
        "name": "Rory Buchanan",
        "email": "${v('pii.email', 'rory.buchanan@strath-student.ac.uk')}",
        "phone": "${phone('07723 418 592', 'GB')}",
        "ni_number": None,
        "room": "FB-5.03",
    },
]`)}

Reviewer says we can't commit this. What's the quickest way to generate fake but realistic fixtures instead?`),

  rec('webhook_json', f`Our PMS rejects this webhook from the channel manager — which field is wrong?

${amb('source_code.snippet', f`{
  "event": "reservation.created",
  "property": "AUR-VIE",
  "guest": {
    "name": "Tanaka Haruto",
    "email": "${v('pii.email', 'haruto.tanaka@docomo.ne.jp')}",
    "phone": "${phone('+81 90 2287 4613')}"
  },
  "stay": { "arrival": "2025-02-14", "nights": 3, "room_type": "JRSUITE" },
  "guarantee": { "type": "card", "number": "${v('financial.payment_card', '344044380425887')}", "expiry": "2027-05" },
  "notes": "honeymoon — champagne on arrival"
}`)}`),

  rec('meeting_lt', f`Susitikimo užrašai, 2024-12-03, Gyventojų surašymo IT grupė

1. Testinė duomenų bazė perkelta į naują serverį (${amb('pii.ip_address', '10.40.8.15')}). Prisijungimas: vartotojas surasymas_test, slaptažodis ${v('credential.password_in_prose', 'Nemunas-Ruduo-2024')} — galioja iki penktadienio.
2. Rangovo kontaktas skubiems klausimams: Vytautas Paulauskas, ${phone('+370 5 219 4427')}, ${v('pii.email', 'v.paulauskas@duomenu-sprendimai.lt')}.
3. Kitas susitikimas – gruodžio 10 d.

Paversk tai veiksmų sąrašu su atsakingais asmenimis (anglų kalba).`),

  rec('slack_sr', f`Izvoz iz Slack kanala #evidencija, treba mi sažetak na engleskom:

[09:12] Jelena: ko je zadužen za zahtev za uverenje za Nikolu Petrovića? JMBG ${ambCat('pii', '0207986710038')}
[09:14] Marko: ja, zvaću ga na ${phone('+381 11 3241 779')}
[09:15] Marko: btw lozinka za arhivski skener je i dalje ${v('credential.password_in_prose', 'Avala2024!')} ako neko treba
[09:20] Jelena: 👍`),

  rec('email_ja', f`件名：新規サプライヤー登録のお願い（浪速工業）

Brambleworks 調達部 ご担当者様

弊社情報をお送りします。
担当：中村 大輔（${v('pii.email', 'd.nakamura@naniwa-kogyo.co.jp')}／${phone('03-5412-8870', 'JP')}）
振込先：三菱UFJ銀行 難波支店 普通 ${ambCat('financial', '4718203')}
図面受け渡し用SFTP：ユーザー bramble_toys、パスワード ${v('credential.password_in_prose', 'Daruma-Kobe-8812')}

→ この内容を英語でサプライヤー管理システムに登録するための表にしてください。パスワードは載せないで。`),

  rec('ticket_export', f`${amb('source_code.snippet', f`ticket,residence,room,resident_phone,category,created
M-24-2281,Berea,B-112,${phone('082 417 3392', 'ZA')},washing machine,2024-12-01 08:14
M-24-2284,Berea,B-208,${phone('+27 72 518 4406')},no hot water,2024-12-01 09:02
M-24-2290,Berea,C-004,${phone('073 884 2150', 'ZA')},window latch,2024-12-01 11:47`)}

Laundry vendor's API for the machines: key ${v('credential.generic_secret_assignment', LAUNDRY_KEY)}. Ngicela — write a Python script that checks machine status for B-block and closes the ticket if it's back online.`),

  rec('invoice', f`Sole-trader invoice from a blade-repair rope tech — can you check it's complete before it goes to AP?

INVOICE 0047 — Callum Ross Rope Access
UTR: ${ambCat('pii', '4829173650')}   NI: ${v('pii.uk_nino', 'SK 41 72 09 C')}
Work: leading-edge repair WTG03/WTG07, Beinn Ghlas, 18–22 Nov (5 days @ £420)
Total: £2,100.00 (not VAT registered)
Pay to: ${v('financial.iban', 'GB82 BUKB 7870 9233 6505 74')}
Queries: ${v('pii.email', 'callum@rossropeaccess.co.uk')}`),

  rec('trace', f`${amb('source_code.snippet', f`ERROR 2024-12-04T09:41:17Z rms-export  request failed: 502 from upstream
  request: GET /api/v2/persons/118204?include=contacts
  headers: {"Authorization": "Bearer ${v('credential.jwt', JWT_RMS)}", "X-Clerk": "0418"}
  partial body: {"id":118204,"name":"Amélie Fortin","dob":"${v('pii.date_of_birth', '1990-10-30')}","contacts":[{"type":"email","value":"${v('pii.email', 'amelie.fortin@videotron.ca')}"}]}
  at RmsClient.get (rms-client.ts:77)`)}

Why does our error handler dump the partial body? That's personal data in the logs.`),

  rec('audit_summary', f`Please tidy this into an English summary for the sourcing committee (translate the Bengali):

${v('confidential.marking', 'CONFIDENTIAL')} — Supplier visit, Gazipur, 26 Nov
- কারখানা ব্যবস্থাপক: জনাব আনিসুর রহমান, ${phone('+880 1712-384956')}, ${v('pii.email', 'anisur.rahman@rupali-toys.com.bd')}
- দুটি অগ্নি নির্গমন পথ তালাবদ্ধ ছিল — immediate corrective action requested
- Follow-up visit booked for 9 Jan`),

  rec('ops_config', f`Alerts from the spa booking service stopped on Monday. Our monitoring env file:

${amb('source_code.snippet', f`DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
ALERT_MAIL_FROM=${v('pii.email', 'alerts@aurelian-hotels.com')}
ALERT_MAIL_TO=${v('pii.email', 'spa-ops-vienna@aurelian-hotels.com')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
ONCALL_SMS=${phone('+43 664 2817 394')}`)}`),
];

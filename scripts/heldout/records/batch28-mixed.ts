/**
 * Held-out batch 28: longer texts mixing categories — incident notes, mail threads, exports, stack
 * traces and meeting notes from a travel agency, a pharmaceutical wholesaler, a game studio, a
 * newspaper, a credit union and a city parking department. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '7718203946', '1-', '8120394857162-', fill('b28m-xoxb', B62, 24));
const GHP = gh('ghp', 'Wd3Kn8Vq1Lr6Ts9Bx4Mz7Hc2Pj5Fy0');
const SG = tok('SG.', fill('b28m-sg1', B64URL, 22), '.', fill('b28m-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b28m-sklive', B62, 97));
const DD_APP = fill('b28m-ddapp', HEX, 40);

export const BATCH28_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident 2024-11-18: duplicate card charges on package bookings

**Impact:** 37 customers charged twice for deposits (AUD/EUR), total ~A$41k, refunded same day.

**Timeline (AEDT)**
- 09:12 payments worker redeployed with retry middleware
- 09:40 first complaint via chat from ${v('pii.email', 'k.oduya@gmail.com')} (card ${v('financial.payment_card', '5221 9947 5813 0799')} — she pasted it into chat, ugh)
- 10:05 on-call (${phone('0438 117 264', 'AU')}) rolls back
- 10:30 root cause: retry on timeout without idempotency key; config had \`STRIPE_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}\` hard-coded in the worker image as well, which we are rotating now

Rewrite as a customer-facing apology email, no internal details.`),

  rec('email_thread', f`Can you help me answer Carmen? Short and friendly.

De: Carmen Villalba <${v('pii.email', 'carmen.villalba@viajesvillalba.es')}>
Enviado: lunes, 11 de noviembre de 2024 10:02
Asunto: RE: Comisiones octubre

Hola, seguimos sin recibir la transferencia de las comisiones de octubre (1.845,30 €). Os recuerdo nuestra cuenta:
${v('financial.iban', 'ES65 0049 4008 6546 3814 5891')}
Si hay algún problema llamadme al ${phone('+34 934 172 660')}.

> El 4 nov 2024, Finance Wandervia escribió:
> Las comisiones se pagan el día 10 de cada mes.`),

  rec('stack_trace', f`${amb('source_code.snippet', f`org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_customer_email]
	at o.s.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
	at de.rheinmed.shop.customer.CustomerService.register(CustomerService.java:88)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_customer_email"
  Detail: Key (email)=(${v('pii.email', 'bestellung@apotheke-am-ring-koeln.de')}) already exists.
2024-11-19 07:41:12.551 INFO  [http-nio-8080-exec-7] c.r.s.web.RequestLog : POST /api/register from ${amb('pii.ip_address', '84.141.27.203')}`)}

Die Apotheke hat sich zweimal registriert. Wie machen wir das Register-Endpoint idempotent?`),

  rec('meeting_notes', f`Protokoll Jour fixe Logistik, 14.11.
Teilnehmer: Hr. Becker, Fr. Ionescu (Cluj, per Teams), Hr. Lange

1. Kühlfahrzeug K-RM 118 Ausfall Kompressor → Ersatz ab Montag
2. Neuer Ansprechpartner Spedition: Dariusz Nowak, ${phone('+49 211 5384 2207')}, ${v('pii.email', 'd.nowak@kuehltrans-nrw.de')}
3. Zugang Temperatur-Dashboard für die Spedition: Benutzer "kuehltrans", Passwort ${v('credential.password_in_prose', 'Frost-Kette#218')} (bis 31.12.)
4. Rumänien: Fr. Ionescu bittet um Rückruf unter ${phone('+40 722 381 904')} wegen Zollpapieren

Bitte daraus eine Aufgabenliste mit Verantwortlichen machen.`),

  rec('support_export', f`Player support export, can you categorise these tickets (refund / bug / account)?

${amb('source_code.snippet', f`[
  {"id": 88213, "lang": "ja", "email": "${v('pii.email', 'haruto.k@ezweb.ne.jp')}", "text": "課金したのにジェムが届きません", "ip": "${amb('pii.ip_address', '126.74.211.9')}"},
  {"id": 88214, "lang": "id", "email": "${v('pii.email', 'rizky.pratama@yahoo.co.id')}", "text": "Akun saya kena banned padahal tidak curang", "ip": "${amb('pii.ip_address', '36.72.118.40')}"},
  {"id": 88215, "lang": "et", "email": "${v('pii.email', 'liisu.kivi@gmail.com')}", "text": "Mäng jookseb kokku 3. tasemel", "ip": "${amb('pii.ip_address', '90.190.37.118')}"}
]`)}`),

  rec('slack_thread', f`#live-ops thread, I want a summary for the postmortem:

Marten 10:02: event rewards not granting, players angry on Discord
Aiko 10:05: the reward worker can't post to Slack either, token in the config is ${v('credential.slack_bot_token', SLACK_BOT)} — did someone revoke it?
Marten 10:09: yes, rotated during the security cleanup. Also the CI uses my personal GitHub token ${v('credential.github_pat', GHP)} 🙈 will swap to an app
Budi 10:20: Jakarta QA confirms fix on build 2.14.3
Aiko 10:31: comp package sent to 18,402 players`),

  rec('subs_email', f`Hi,

Please cancel my subscription (RH-0041203) from the end of this month. I've set up payment with a new card so don't charge the old one: ${v('financial.payment_card', '4620 7921 0343 8259')}. Actually please just refund November, I was away the whole month.

You can reach me on ${phone('0412 583 906', 'AU')} or ${v('pii.email', 'bkaminski@outlook.com.au')}.

Bruce Kaminski

→ draft a reply: cancellation confirmed, November refund not possible under T&Cs, offer a holiday suspension next time. Also remind him never to send card numbers by email.`),

  rec('ops_log', f`${amb('source_code.snippet', f`2024-11-20 05:30:01 [renewals] batch start: 1,204 subs due
2024-11-20 05:30:07 [renewals] WARN sendgrid 401 using key ${v('credential.sendgrid_api_key', SG)}
2024-11-20 05:30:07 [renewals] ERROR reminder not sent sub=RH-0040112 to=${v('pii.email', 'g.whitlock@bigpond.net.au')}
2024-11-20 05:30:08 [renewals] ERROR reminder not sent sub=RH-0040119 to=${v('pii.email', 'annemarie.k@iprimus.com.au')}`)}

Why would SendGrid return 401 if nobody touched the key?`),

  rec('member_case', f`Fraud case notes — please turn into a SAR narrative draft:

Member: Raymond Tsosie, member #0027740, SSN ${v('pii.us_ssn', '265-31-2135')}, DOB ${v('pii.date_of_birth', '07/15/1961')}
Between 10/28 and 11/04, 9 outgoing Zelle payments totalling $18,950 to a new payee after a phone call from someone "from the credit union fraud team".
Member's checking routed via ${v('financial.aba_routing', '101680468')}, acct ${ambCat('financial', '3380017726')}; debit card ${v('financial.payment_card', '4456 1859 8164 3661')} reissued 11/05.
Member contact: ${phone('(405) 628-3917', 'US')}. Daughter (POA) ${v('pii.email', 'rtsosie.daughter@gmail.com')}.`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO members (member_no, name, ssn, email, phone, joined) VALUES
('0039912', 'Trent Holloway', '${v('pii.us_ssn', '265-31-2135')}', '${v('pii.email', 'trent.holloway@gmail.com')}', '${phone('918-724-5503', 'US')}', '2011-05-03'),
('0041877', 'Linh Nguyen', '${v('pii.us_ssn', '618-88-6631')}', '${v('pii.email', 'linh.nguyen92@yahoo.com')}', '${phone('(651) 298-4470', 'US')}', '2019-09-12');`)}

Test data for the new online banking? Or is this real... the vendor sent it to me as "sample". What should I do?`),

  rec('datadog', f`Alert config for the parking kiosks, also pasting what's in the kiosk agent:

${amb('source_code.snippet', f`# /etc/kiosk-agent/agent.yaml
site: datadoghq.com
app_key: ${v('credential.datadog_app_key', DD_APP)}
tags: [ "zone:cbd", "council:kelston" ]
escalation_contact: ${v('pii.email', 'parking.ops@kelston.vic.gov.au')}
on_call_mobile: "${phone('+61 411 902 386')}"`)}

How do I make the monitor group by zone tag?`),

  rec('appeal_batch', f`Appeals queue, please draft decision letters (uphold / cancel) using the notes:

1. PCN KC-2024-118801 — Lwazi Dube, ${v('pii.email', 'lwazi.dube@gmail.com')} — meter faulty (confirmed by tech log) → cancel
2. PCN KC-2024-118815 — Anh Pham, ${phone('+61 3 9421 6650')} — says she paid via app, payment ref shows 10 min after ticket → uphold
3. PCN KC-2024-118822 — Helga Schmidt, tourist, paid €45 from German account ${v('financial.iban', 'DE16 6605 0101 1423 0280 02')} but amount was A$96 → request balance`),

  rec('chat_ta_en', f`Chennai zone-la new e-challan system test pannitom. Sample data anupuren, report format sollunga:
Vehicle TN 09 BX 4471, owner Senthil Murugan, mobile ${phone('98401 27736', 'IN')}, Aadhaar ${v('pii.in_aadhaar', '9223 6833 3484')}, fine ₹500 no-parking, paid by card ${v('financial.payment_card', '4892 8024 0716 6596')}.
Test server ${amb('pii.ip_address', '172.16.40.12')}, admin login test_admin / ${v('credential.user_password_pair', 'Chennai@Test123')}.`),

  rec('handover_ru', f`Передача дел (уезжаю в отпуск), переведи на английский для коллег из Берлина:
— Поставщик ООО «ФармСнаб»: контакт Ирина Волкова, ${phone('+7 812 334-19-82')}, ${v('pii.email', 'i.volkova@farmsnab.ru')}
— Доступ к их B2B-порталу: логин rheinmed_buyer, пароль ${v('credential.password_in_prose', 'Volga#Pharma2024')}
— Счёт на оплату ждёт согласования, оплачивать на ${v('financial.iban', 'DE13770368822504801312')} (наш транзитный счёт в Германии)`),

  rec('ticket_id', f`Tiket #JKT-2291 dari tim QA, tolong rangkum dalam bahasa Inggris:
"Tester Putri (${v('pii.email', 'putri.anggraini@kreasiuji.co.id')}, WA ${phone('+62 812-8734-5521')}) melaporkan crash di level 3 pada Samsung A54. Log menunjukkan request ke ${amb('pii.ip_address', '103.28.14.77')} timeout. Build 2.14.2, tidak bisa direproduksi di iPhone."`),
];

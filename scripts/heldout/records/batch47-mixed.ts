/** Held-out batch 47: longer texts mixing categories — incident notes, exports, threads and handovers. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const GHP = gh('ghp', 'Nc4Yh8Lq2Wm6Rt9Bv3Jx7Pk1Gs5Zd0');
const SLACK_BOT = tok('xoxb-', '5528193046', '1-', '8120394857261-', fill('b47m-xoxb', B62, 24));
const SENDGRID = tok('SG.', fill('b47m-sg1', B64URL, 22), '.', fill('b47m-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b47m-sk', B62, 97));
const DD_API = fill('b47m-dd', HEX, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b47m-gapi', B64URL, 33));
const JWT_ADMIN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'contractor-hoekstra', portal: 'ringvaart-onderhoud', role: 'portal_admin', iat: 1730710000 }, 'b47m-jwt');

export const BATCH47_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: booking confirmations not sent, 2–4 Nov

**Impact:** 312 hut bookings without confirmation e-mail; 41 guests called the huts directly.

**Timeline**
- 2 Nov 07:10 mail provider rejects sends ("API key revoked")
- 2 Nov 09:30 hut warden Vélan reports calls (${phone('+41 79 384 26 17')})
- 3 Nov 18:00 cause found: key was rotated by the provider after it appeared in a public GitHub gist. Key was ${v('credential.sendgrid_api_key', SENDGRID)}
- 4 Nov 10:15 new key deployed from ${amb('pii.ip_address', '10.12.0.14')}; backlog resent

**Actions:** secrets into the vault, gist deleted, contact ${v('pii.email', 'it-volunteers@alpina-huts.ch')} for access.

Summarise for the cooperative board in German, non-technical.`),

  rec('email_thread', f`Please draft my reply to Giulia, in Italian, confirming we received the documents:

From: Giulia Mair <${v('pii.email', 'giulia.mair@rolmail.net')}>
Subject: Re: Gestione rifugio 2025 – documenti

Buongiorno, allego i documenti per il contratto di gestione:
- codice fiscale ${v('pii.it_codice_fiscale', 'PLNSFN77C14L781X')} (di mio marito Stefan Pellin, co-gestore)
- IBAN per i rimborsi: ${v('financial.iban', 'IT14 Q058 5611 6010 5057 1234 567')}
- cellulare ${phone('+39 0474 628 917')} (fisso rifugio, solo giugno–settembre)

Cordiali saluti / Freundliche Grüße
Giulia`),

  rec('stack_trace', f`Logger ingest service crashed overnight in Venlo, full trace below. What's the root cause?

${amb('source_code.snippet', f`2024-11-07 02:14:09,331 ERROR [ingest-worker-3] c.k.ingest.LoggerBatchHandler - batch failed
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "ingest"
  url=jdbc:postgresql://pg-venlo-01:5432/loggers?user=ingest&password=${v('credential.url_password', 'Thermo-Venlo-2024')}
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at com.kryos.ingest.LoggerBatchHandler.flush(LoggerBatchHandler.java:118)
	at com.kryos.ingest.LoggerBatchHandler.onMessage(LoggerBatchHandler.java:74)
Caused by: shipment=KRY-NL-24-118392 logger=TL-5K-004417 contact=${v('pii.email', 'qa.venlo@kryos-logistics.eu')}`)}`),

  rec('handover', f`Dienstoverdracht nachtploeg Venlo → vroege dienst, 07-11

- Koelcel 3 alarm om 01:40 (9,1 °C, 22 min), oorzaak deur niet goed dicht. Gemeld aan QA.
- Chauffeur M. Kjeldsen onderweg naar Aarhus, bereikbaar op ${phone('+45 28 41 73 96')}.
- Douane Born belde over de T1 voor zending KRY-NL-24-118401, terugbellen naar ${phone('020 518 3947', 'NL')}.
- Tijdelijk wachtwoord dashboard voor de invalkracht: ${v('credential.password_in_prose', 'Nachtdienst#2211')} (wordt morgen gereset).

Kun je hier een nette e-mail van maken voor de ploegleider?`),

  rec('csv', f`Ad-sales commission sheet, Q3. Can you compute each rep's commission at 12% and flag anyone without bank details?

${amb('source_code.snippet', f`rep,email,phone,q3_sales_eur,iban
Marta Soler,${v('pii.email', 'marta.soler@loudhouse.fm')},${phone('+34 678 214 930')},84200,${v('financial.iban', 'ES48 1465 0100 7220 3087 6293')}
João Pires,${v('pii.email', 'joao.pires@loudhouse.fm')},${phone('+351 21 846 3920')},51900,${v('financial.iban', 'PT71 0035 0097 0000 1234 5678 9')}
Lina Holm,${v('pii.email', 'lina.holm@loudhouse.fm')},${phone('+46 70 284 17 63')},40500,`)}`),

  rec('slack_export', f`Summarise this Slack thread for the podcast ops channel, and tell me if anything sensitive should be removed before I forward it to the agency:

[10:02] pau.ribas: the ad server reporting job is broken again
[10:04] ana.costa: probably the Slack bot token expired, it's ${v('credential.slack_bot_token', SLACK_BOT)}
[10:05] pau.ribas: no, it's the Datadog key that changed: ${v('credential.datadog_api_key', DD_API)}
[10:09] ana.costa: ok fixed. also the host Kim asked to change her payout e-mail to ${v('pii.email', 'kim.minji.voice@gmail.com')}
[10:11] pau.ribas: 👍`),

  rec('tenant_export', f`Kun je per huurder een korte samenvatting maken voor het sociaal team (alleen wie meer dan 2 maanden achterstand heeft)?

${amb('source_code.snippet', f`contractnr;naam;bsn;telefoon;email;iban;achterstand_mnd
HC-2019-04417;F. Demir;${v('pii.nl_bsn', '173952641')};${phone('020 518 3947', 'NL')};;${v('financial.iban', 'NL17 RABO 0382 7164 50')};3
HC-2021-00931;J. Verbeek;${v('pii.nl_bsn', '402819378')};${phone('06-38274615', 'NL')};${v('pii.email', 'johanverbeek58@ziggo.nl')};${v('financial.iban', 'NL72INGB0004918273')};1
HC-2017-11820;R. Bouzid;;${phone('+31 6 2817 4590')};${v('pii.email', 'r.bouzid@hotmail.com')};;4`)}`),

  rec('incident', f`Incident: contractor portal exposed tenant files, 05-11

Loodgietersbedrijf Hoekstra could see all tickets, not only their own. Found by a tenant who got a call from the wrong contractor. Example record visible to them: tenant ${v('pii.email', 'anna.berg73@telia.com')}, tel. ${phone('031-718 24 60', 'SE')}, note "elderly, lives alone".
Portal admin token used by the contractor integration: ${v('credential.jwt', JWT_ADMIN)}

Write the notification to the data protection officer (Dutch, formal).`),

  rec('roster_mail', f`Tere Kaido,

Nädala 47 graafik on lisatud. Muudatused:
- Muuga 19.11 öine vahetus: Tiit Kask (${phone('+372 5382 1974')}) asendab Jānis Ozolsit.
- Paldiski sadama VHF kanal 14 asemel nüüd kanal 12 alates 20.11.
- Uus sisselogimine laevagraafiku portaali: kasutaja lootsid_tallinn, parool ${v('credential.password_in_prose', 'Majakas!Muuga47')}

Lugupidamisega,
Dispetšer

→ translate to English for the Latvian pilots, and remove the password line`),

  rec('vessel_notice', f`Can you make this booking message for the pilot station clearer?

PILOT REQUEST
Vessel: MV Nordic Tern, IMO 9438215, MMSI 276018340, call sign ESXT
ETA Muuga pilot station: 19.11.2024 02:30 LT
Draft 9.8 m, LOA 182 m
Agent: Baltic Shipping Agency OÜ, ${v('pii.email', 'ops@balticshipagency.ee')}, 24h ${phone('+372 640 8215')}
Master: Capt. Rasmus Holm, ${phone('+45 3318 4726')}`, 'IMO, MMSI and call sign are vessel identifiers, not personal data'),

  rec('support_thread', f`Hola, resúmeme este hilo de soporte y dime qué debería hacer el equipo:

Cliente: Jordi Casals <${v('pii.email', 'jordi.casals.r@gmail.com')}>, tel. ${phone('611 49 27 83', 'ES')}
> Me habéis cobrado dos veces. La tarjeta es ${v('financial.payment_card', '6011 0048 7261 9354')}.
Agente 1: reembolsado 45 min (6,25 €).
Agente 2: el candado ZB-BCN-2281 da error E31; el técnico Marc (${phone('+34 932 184 755')}) lo revisa mañana.`),

  rec('code_config', f`Our e-bike backend config for the Lisbon launch. Can you spot anything that shouldn't be in git?

${amb('source_code.snippet', f`city: LIS
currency: EUR
support_email: ${v('pii.email', 'suporte@zipabikes.io')}
support_phone: "${phone('+351 21 846 3920')}"
payments:
  provider: stripe
  secret_key: ${v('credential.stripe_secret_key', STRIPE_LIVE)}
maps:
  google_key: ${v('credential.google_api_key', GOOGLE)}
ops_repo_token: ${v('credential.github_pat', GHP)}
geofence: lisbon_v3.geojson`)}`),

  rec('chat_th', f`ช่วยสรุปรายงานนี้เป็นภาษาอังกฤษหน่อยครับ

รายงานจักรยานหาย สาขากรุงเทพฯ วันที่ 4 พ.ย.
- จักรยาน ZB-BKK-0417 หายที่สถานีอโศก ล็อกส่งสัญญาณครั้งสุดท้ายจาก IP ${amb('pii.ip_address', '49.228.17.103')}
- ผู้เช่าคนสุดท้าย: คุณสมชาย ${phone('+66 81 847 2936')} อีเมล ${v('pii.email', 'somchai.w@hotmail.co.th')}
- แจ้งความแล้วที่ สน.ทองหล่อ`),

  rec('hr_note', f`Bitte formuliere aus diesen Notizen eine Bestätigung für den neuen Bergführer:

Name: Reto Gruber, geb. ${v('pii.date_of_birth', '09.07.1985')}
AHV: ${ambCat('pii', '756.9217.4830.51')}
Tel.: ${phone('+41 58 218 40 00')}
Lohn auf: ${v('financial.iban', 'CH28 0483 5012 3456 7890 1')}
Einsatz: Hochtouren Woche 28–31, Tarif gemäss SBV`),

  rec('email_he', f`תרגם לאנגלית בבקשה, זה הולך לחברת הביטוח:

אירוע: אופניים חשמליים ZB-TLV-1120 נפלו על הולך רגל ברחוב דיזנגוף ב-3.11.
הרוכב: דניאל שפירא, ${phone('+972 52-418-3726')}, ${v('pii.email', 'daniel.shapira@walla.co.il')}.
הנפגעת פונתה לאיכילוב עם חבלה קלה בברך.
מספר תיק משטרה: 118204/2024`),
];

/**
 * Held-out batch 31: longer texts mixing categories — postmortems, handover notes, e-mail threads,
 * dumps, tickets and chat exports from the batch's six employers. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5820394716', '2-', '8047193625018-', fill('b31m-xoxb', B62, 24));
const WISE = `${fill('b31m-wise1', HEX, 8)}-${fill('b31m-wise2', HEX, 4)}-${fill('b31m-wise3', HEX, 4)}-${fill('b31m-wise4', HEX, 4)}-${fill('b31m-wise5', HEX, 12)}`;
const GHP = gh('ghp', 'Tq8Wn3Lx6Zr1Bv5Mk9Hd2Pf7Jc4Ys0');
const SENDGRID = tok('SG.', fill('b31m-sg1', B64URL, 22), '.', fill('b31m-sg2', B64URL, 43));

export const BATCH31_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident review: pay-on-foot machines offline, KGA P1/P2, 29 Nov

**Impact:** all 4 pay stations in P1/P2 rejected card payments 06:10–09:45. Booms were lifted manually; estimated revenue loss R 61 000.

**Timeline**
- 06:10 first "host unreachable" on pay station PS-03 (${amb('pii.ip_address', '10.20.4.13')})
- 06:25 duty manager calls IT on-call (${phone('+27 82 514 3907')})
- 07:50 cause found: the parking DB server was patched overnight and the service account password reset; config still had \`postgresql://park_svc:${v('credential.database_url_password', 'Boom-Gate-2023!')}@pg-park01:5432/parking\`
- 09:45 password updated in the config, stations back

**Follow-up:** move the service account to the vault; notify ${v('pii.email', 'parking.ops@lowveldairports.co.za')} before any DB patching.

Rewrite this as a one-paragraph summary for the CEO, no technical details.`),

  rec('handover', f`Shift handover – Apron Control, 02 Dec night → day

- Stand 4 blue light u/s, maintenance job MJ-11832 logged
- BZ 214 diverted to JNB (weather), pax bussed; ops contact at Bushveld Air: Kagiso ${phone('072 905 1184', 'ZA')}
- New tablet for the marshallers: Wi-Fi "KGA-OPS", password is ${v('credential.password_in_prose', 'Marshal-Wand-55')} (IT changes it monthly)
- Bird patrol: 2 strikes reported on runway 05 approach, report sent to ${v('pii.email', 'wildlife@lowveldairports.co.za')}

Make this into a neat table please.`),

  rec('email_thread', f`Please draft my answer to Ms Horáková, in English, polite: we'll pay on the 20th.

From: Lucie Horáková <${v('pii.email', 'lucie.horakova@ekosvoz.cz')}>
Sent: 3 December 2024 08:41
Subject: RE: faktura 2024110187 – svoz bioodpadu

Dobrý den, faktura je 14 dní po splatnosti. Prosím o úhradu na ${v('financial.iban', 'CZ07 0300 0000 0029 1837 4651')} (ČSOB). V případě dotazů volejte ${phone('+420 224 918 370')}.

> On 19 Nov 2024, Genvinding Nord AP wrote:
> Thank you, invoice received and sent for approval.`),

  rec('sql_dump', f`Import of business customers to the new CRM fails on the Danish characters. Part of the dump:

${amb('source_code.snippet', f`INSERT INTO erhvervskunder (cvr, navn, kontakt_email, telefon, iban) VALUES
('29184736', 'Bageriet Søndergaard ApS', '${v('pii.email', 'jens@bageriet-sondergaard.dk')}', '${phone('+45 33 91 27 40')}', '${v('financial.iban', 'DK11 2000 4827 1936 50')}'),
('37719284', 'Holstebro Auto I/S', '${v('pii.email', 'mail@holstebroauto.dk')}', '${phone('+45 97 42 18 33')}', '${v('financial.iban', 'DK6953700003819264')}'),
('40283917', 'Frisør Åse', '${v('pii.email', 'aase.frisor@gmail.com')}', '${phone('+45 61 78 24 09')}', NULL);`)}

The CRM says "invalid byte sequence for encoding UTF8: 0xe5".`),

  rec('slack_export', f`Our Slack bot that forwards listener SMS to the studio broke. Event sample + config:

${amb('source_code.snippet', f`{
  "type": "message",
  "channel": "C05STUDIO1",
  "text": "Listener text from ${phone('+1 204 918 3372')}: loved the interview with the Métis elders, can you play it again Saturday?",
  "ts": "1733241602.004100"
}`)}

${amb('source_code.snippet', f`# studio-bridge.yml
slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: C05STUDIO1
sms:
  provider: twilio
  forward_to_studio: true`)}

bot returns not_in_channel now, even though it's in the channel.`),

  rec('ticket', f`Ticket #MLN-SUP-22871 (store 0412, Koramangala)
Reporter: pharmacist Ravi K. (${phone('+91 99860 21457')})

Customer Mr. Abdul Rahman (loyalty ML02291, ${phone('+91 94431 80276')}) was charged twice for Rx bill MLN/0412/24-25/018841 (₹ 2,140). Card ending 7731. Refund request raised with Pine Labs.

Note from Ravi: the POS back-office login is still the shared one, user "store0412" password ${v('credential.password_in_prose', 'Koramangala@412')} — please fix, everyone knows it.

→ Summarise for the regional manager and suggest what to do about the shared login.`),

  rec('code_python', f`Test for the Aadhaar-based KYC step of home delivery is flaky on CI:

${v('source_code.snippet', f`import pytest
from kyc.validators import validate_customer

CUSTOMER = {
    "name": "Sunita Patil",
    "mobile": "${phone('+91 98201 47733')}",
    "aadhaar": "${v('pii.in_aadhaar', '9183 7204 6510')}",
    "dob": "${v('pii.date_of_birth', '1983-06-19')}",
    "email": "${v('pii.email', 'sunita.patil83@gmail.com')}",
}

def test_valid_customer_passes():
    assert validate_customer(CUSTOMER).ok

def test_missing_mobile_fails():
    c = dict(CUSTOMER, mobile="")
    assert not validate_customer(c).ok`)}

Sometimes the first test fails with "mobile already registered". DB not isolated?`),

  rec('meeting_notes', f`Notes reunió operacions – 11/12 (català/anglès, sorry)

Assistents: Jordi, Núria, Tomáš (Axess), Emma (tourism board)
- Torns telecadira 3: falten 2 temporers fins al 20/12. Contacte agència ETT: ${phone('+34 932 418 576')}
- Axess: Tomáš needs temporary access to the gate server, user "axess_support", password ${v('credential.password_in_prose', 'Torniquet-7731')} valid until Sunday
- Web: la pàgina de l'estat de pistes cau quan hi ha >3000 usuaris. Emma to ask the agency (${v('pii.email', 'emma.riera@turismecerdanya.cat')})
- Preus Nadal: aprovats, publicar dilluns

Fes-me una llista d'accions amb responsable i data.`),

  rec('csv', f`Season pass holders who haven't activated their card — write a reminder email in Catalan and English and tell me how many are from outside Spain:

${amb('source_code.snippet', f`order,name,email,phone,country,signup_ip
PB24-100231,Marc Casanovas,${v('pii.email', 'marc.casanovas@gmail.com')},${phone('+34 611 42 87 90')},ES,${amb('pii.ip_address', '83.49.112.7')}
PB24-100877,Jana Svobodová,${v('pii.email', 'jana.svobodova@email.cz')},${phone('+420 731 829 044')},CZ,${amb('pii.ip_address', '78.80.14.201')}
PB24-101204,Oriol Pujadas,${v('pii.email', 'opujadas@andorra.ad')},${phone('+376 812 345')},AD,${amb('pii.ip_address', '194.158.75.30')}`)}`),

  rec('email_fi', f`Välitän asiakkaan viestin, voitko tehdä siitä englanninkielisen tiivistelmän projektipäällikölle?

Lähettäjä: Asianajotoimisto Väisänen Oy <${v('pii.email', 'toimisto@asianajotoimisto-vaisanen.fi')}>
Aihe: ${v('confidential.marking', 'LUOTTAMUKSELLINEN')} – käännöstilaus, huoltajuusasia

Hei, liitteenä käräjäoikeuden päätös (12 s.) käännettäväksi englanniksi. Lapsen huoltaja: Marjatta Lehto, hetu ${ambCat('pii', '300676-158W')}, puh. ${phone('044 382 7719', 'FI')}. Lasku toimistollemme, ennakkomaksu tilille ${v('financial.iban', 'FI27 4005 5010 2847 36')}.`),

  rec('jira', f`TRANS-4412  Freelancer payout failed (Wise)
Reporter: Anna Korhonen  ·  Priority: High

Payout to Tereza Dvořáková (${v('pii.email', 'tereza.dvorakova.preklady@seznam.cz')}) bounced, Wise says the recipient account is closed.

Comment (Mikko): I tested from my machine with the ops token ${v('credential.bearer_token', WISE)}, same error. Maybe she changed banks? Her phone per the vendor DB: ${phone('+420 777 281 394')}.

→ Write a message to Tereza asking for new bank details, and tell me what to do about the token Mikko pasted.`),

  rec('trace', f`Đội dev ở HCM gửi log lỗi của app tài xế, nhờ xem giúp:

${amb('source_code.snippet', f`2024-12-04 07:12:55.310 ERROR [route-sync] Failed to sync route R-HOL-07 for driver ${phone('+45 42 18 96 35')}
com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'ruter_sync'.
  at com.microsoft.sqlserver.jdbc.SQLServerConnection.terminate(SQLServerConnection.java:4026)
Connection: jdbc:sqlserver://sql-ruter.genvinding.dk:1433;databaseName=Ruter;user=ruter_sync;password=${v('credential.connection_string_password', 'Ruter$ync-2024')};encrypt=true`)}

Có phải mật khẩu đã bị đổi không?`),

  rec('whatsapp_export', f`Ini ekspor chat grup apoteker cabang, tolong rangkum masalah stok minggu ini:

[02/12/24 08.14] Rina (${phone('+62 812-3871-4492')}): Stok amoksisilin sirup habis di cabang Tebet
[02/12/24 08.20] Agus (${phone('0813 2947 6610', 'ID')}): Bekasi masih ada 12 botol, bisa mutasi
[02/12/24 09.02] Rina: Oke. Btw login aplikasi gudang: gudang.tebet / ${v('credential.user_password_pair', 'Tebet#Gudang24')}
[02/12/24 09.05] Agus: Jangan share password di grup dong 😅
[03/12/24 14.37] Dimas (${phone('+62 21 5793 8841')}): Paracetamol drip terlambat dari distributor, estimasi Jumat`),

  rec('email', f`Hi, can you help me reply? I'd like to accept but ask for 30 days payment instead of 14.

From: Mika Rantanen <${v('pii.email', 'mika@revontulimusic.fi')}>
Subject: ${v('confidential.marking', 'CONFIDENTIAL')}: sync licence offer – "Revontulet" (documentary theme)

Dear NLBC team,
We can offer a 5-year broadcast + online sync licence for CAD 4,800. Please keep the fee confidential — it's below our usual rate.
Payment to Revontuli Music Oy, IBAN ${v('financial.iban', 'FI8147108000153842')}, within 14 days.
Mobile: ${phone('+358 40 718 2296')}`),

  rec('github_issue', f`Issue in our private repo (driver app), can you help me reply? The contractor wrote:

"CI keeps failing on the geofence tests. I put my token in the workflow so it can pull the shared maps package: \`NPM_TOKEN: ${v('credential.github_pat', GHP)}\` — works locally. Also the e-mail notification step uses ${v('credential.sendgrid_api_key', SENDGRID)} from the old repo, is that still valid?
Test data contains real pickup addresses from the Struer route, e.g. customer ${v('pii.email', 'kirsten.bjerre@mail.dk')}, hope that's OK."

I want to tell him politely to remove both tokens and the customer data.`),
];

/**
 * Held-out batch 35: longer pastes mixing categories — postmortems, meeting notes, exports, test
 * fixtures, stack traces and e-mail threads from the batch's six employers. Hand-written, not yet
 * measured.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, fill, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5829104736', '1-', '8102937465120-', fill('b35m-xoxb', B62, 24));
const AWS_ID = tok('AKIA', fill('b35m-akia', B32, 16));
const AWS_SECRET = fill('b35m-akias', B64, 40);
const SG = tok('SG.', fill('b35m-sg1', B64URL, 22), '.', fill('b35m-sg2', B64URL, 43));
const OWM = fill('b35m-outagekey', HEX, 32);

export const BATCH35_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review: SCADA front-end failover, 23 Nov

**Impact:** 41 minutes without telemetry from 9 substations in the Kent/Westmorland region; no customer outages caused, but two feeder trips were only seen from the field.

**Timeline (AST)**
- 02:14 FEP-A stops polling; watchdog alarm not annunciated (alarm was shelved since October)
- 02:31 dispatcher notices stale values, calls on-call engineer Aled (${phone('+1 506 643 7792')})
- 02:40 FEP-B brought up manually from ${amb('pii.ip_address', '10.118.2.31')}; the engineering console password was on a sticky note: ${v('credential.password_in_prose', 'Westmorland#FEP2')} (now changed)
- 02:55 polling restored

**Actions:** unshelve watchdog alarms; remove passwords from the control room; quarterly failover test. Send feedback to ${v('pii.email', 'scada-eng@nordgrid.ca')}.

Please rewrite as an executive summary for the reliability committee, without the password line.`),

  rec('email_thread', f`Can you reply to Gwenllian for me, warm but clear that we can't pay expenses into a third party's account?

From: Gwenllian Rees <${v('pii.email', 'gwenllian.rees@gmail.com')}>
Subject: Mam's care – mileage refund

Hi, thanks for sorting Mam's double-up visits. Her NHS number is ${v('pii.uk_nhs_number', '718 204 6350')} if the district nurses ask. For the mileage refund for the hospital trip, please pay into my account: ${v('financial.iban', 'GB92 NWBK 6071 6429 1837 50')}. Ring me on ${phone('07823 419 506', 'GB')} if needed.
Gwen`),

  rec('csv', f`Buyer registry export from the auction system — I need the list of buyers without IBAN so we can chase them:

${amb('source_code.snippet', f`cod_comprador;razon_social;email;telefono;iban
C-0112;Mariscos Arousa SL;${v('pii.email', 'compras@mariscosarousa.es')};${phone('+34 986 43 82 17')};${v('financial.iban', 'ES03 2080 0512 4730 1928 4615')}
C-0147;Peixes Carril SL;${v('pii.email', 'xerencia@peixescarril.gal')};${phone('981 57 39 24', 'ES')};
C-0159;Conxelados Bueu SA;${v('pii.email', 'admin@conxeladosbueu.com')};;${v('financial.iban', 'ES89 2100 5734 1802 0093 8475')}`)}`),

  rec('meeting_notes', f`${v('confidential.marking', 'CONFIDENTIAL')} – Portfolio ops weekly, 28 Nov

Attendees: Leah (ops partner), Marcus, Anouk, Devon
- Harlow: 13-week cash flow slipping; CFO Dana (${v('pii.email', 'dana.whitlock@harlowfasteners.com')}) to send updated forecast Mon.
- Kestrel add-on: QoE draft due 6 Dec, management presentation 10 Dec.
- Flash-numbers bot broke after the Slack migration; Devon re-added it with token ${v('credential.slack_bot_token', SLACK_BOT)} — move it to 1Password.
- Pricing project at Bayview Dental: +3.5% on hygiene visits from January.

Turn into action items with owners and dates.`),

  rec('trace', f`${amb('source_code.snippet', f`Exception in thread "release-worker-3" org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
	at com.vetrion.batchrelease.QpRelease.release(QpRelease.java:212)
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "qp_release"
	url=postgresql://qp_release:${v('credential.database_url_password', 'Meloks!QP-2024')}@db-gmp01.vetrion.local:5432/batchrel
	notify=${v('pii.email', 'qp.on.call@vetrion.hr')}`)}

QP sign-off for lot 24K117 is blocked by this. The password was rotated yesterday — where else is it cached?`),

  rec('email', f`Hi Jasmine,

Hotel for the Toronto leg is booked (Chelsea Hotel, 6–9 April, 72 rooms). They need a card to guarantee the block — please use the tour card ${v('financial.payment_card', '4532 1890 7462 1533')} exp 10/26, not the office one.

For the principal cellist's room the hotel also asked for passport details: Gareth Pugh, UK passport ${v('pii.passport', '548213907')}. His mobile on tour: ${phone('+44 7837 604 912')}.

Cheers,
Bethan – Orchestra Planning

→ tidy this up and remove anything the hotel doesn't actually need`),

  rec('ticket', f`TICKET GS-88214 – Kapar substation area, repeated trips
Customer: Pn. Siti Aminah, ${phone('+60 3-2141 8876')}, ${v('pii.email', 'siti.aminah.kapar@gmail.com')}
Notes: 3 trips this week, 11 kV feeder KPR-07.
Engineer test command used on the outage API:
${amb('source_code.snippet', f`curl "https://outage-api.gridsel.my/v1/feeders/KPR-07/events?days=7" -H "x-api-key: ${v('credential.generic_secret_assignment', OWM)}"`)}

Please write a customer reply (BM and English) that we are replacing the cable joint on Tuesday.`),

  rec('chat_es_cl', f`Oye, tenemos un problema con el barco Icalma: la app de bitácora no sube los lances. El capitán Rodrigo (${phone('+56 9 8473 2916')}) dice que la app muestra "credenciales inválidas". La config que tiene la tablet es esta:

${amb('source_code.snippet', f`{
  "upload": {
    "bucket": "austral-sur-bitacora",
    "region": "sa-east-1",
    "accessKeyId": "${v('credential.aws_access_key_id', AWS_ID)}",
    "secretAccessKey": "${v('credential.aws_secret_access_key', AWS_SECRET)}"
  },
  "vessel": "PAM-ICALMA"
}`)}

¿Puede ser que la rotación de claves de la semana pasada no llegó a la tablet?`),

  rec('json', f`Molim te pretvori ovaj izvoz prijave nuspojave u čitljiv tekst za QPPV:

${amb('source_code.snippet', f`{
  "case_id": "HR-PV-2024-0391",
  "reporter": { "type": "veterinarian", "name": "Ivana Kovačić", "email": "${v('pii.email', 'ivana.kovacic@vet-split.hr')}", "phone": "${phone('+385 21 384 927')}" },
  "owner": { "name": "Petar Horvat", "phone": "${phone('+385 91 482 7316')}" },
  "product": { "name": "VetKem Spot-On Cat", "batch": "23J402" },
  "reaction": "local alopecia, pruritus",
  "onset_days": 2
}`)}`),

  rec('notes_lv', f`Sapulces piezīmes – avāriju dienests, 27.11.
- Jaunais dežurants Mantas sāk pirmdien; Wi-Fi vadības telpā: AvarijuDienests, parole ${v('credential.password_in_prose', 'Vetra-2024-Kuldiga')}
- Vētras brīdinājums ceturtdien, papildu brigāde no Liepājas
- Kontakts ar reģionālo dispečeru: ${phone('+371 6721 8394')}

Lūdzu, pārvērt šo par uzdevumu sarakstu angliski.`),

  rec('env_file', f`HR portal ka welcome mail nahi ja raha naye joiners ko. Ye .env hai aur ek test data file bhi:

${amb('source_code.snippet', f`SMTP_HOST=smtp.sendgrid.net
SMTP_USER=apikey
SMTP_PASS=${v('credential.sendgrid_api_key', SG)}
HR_FROM=${v('pii.email', 'hr.vapi@vetrion.in')}`)}

${amb('source_code.snippet', f`[{"name": "Rohan Deshmukh", "aadhaar": "${v('pii.in_aadhaar', '4291 7360 3859')}", "mobile": "${phone('+91 87429 16305')}"}]`)}

Test data mein real Aadhaar hai kya? Mujhe lagta hai kisi ne prod se copy kiya.`),

  rec('code_python', f`Unit tests for the client import pass locally but fail in CI on the SIN validation. Fixture:

${v('source_code.snippet', f`import pytest
from carenest.clients import import_client

@pytest.fixture
def client_row():
    return {
        "name": "Gordon MacAulay",
        "dob": "${v('pii.date_of_birth', '1941-07-23')}",
        "sin": "${v('pii.ca_sin', '462 901 372')}",
        "phone": "${phone('(416) 938-4172', 'CA')}",
        "email": "${v('pii.email', 'g.macaulay41@rogers.com')}",
    }

def test_import_normalises_sin(client_row):
    c = import_client(client_row)
    assert c.sin == client_row["sin"].replace(" ", "")`)}

Also, is it a problem to have a real-looking SIN in the repo?`),

  rec('chat_jm', f`Boss, mi copy di chat from di family WhatsApp group, can you write it up as a proper note for Miss Hyacinth file?

[28/11/24, 8:14 am] ${phone('+1 876 818 3364')}: Morning nurse, Mummy sugar was 14 this morning
[28/11/24, 8:20 am] Nurse Andre: Ok I will check her at 10, did she take the metformin?
[28/11/24, 8:41 am] ${phone('+1 876 818 3364')}: Yes. Also pay for December with my card ${v('financial.payment_card', '5429 6031 8274 6050')} exp 11/26 same as before

Leave out the card number in the note.`),

  rec('sql_dump', f`Pasame este volcado a Postgres, por favor, el import falla por los backticks:

${amb('source_code.snippet', f`INSERT INTO \`compradores\` (\`id\`, \`nombre\`, \`email\`, \`celular\`, \`rut_empresa\`) VALUES
(301, 'Pesquera Rocha Ltda.', '${v('pii.email', 'ventas@pesquerarocha.com.uy')}', '${phone('+598 98 605 214')}', '217845930012'),
(302, 'Frigorífico Atlántida', '${v('pii.email', 'compras@frigoatlantida.com.uy')}', '${phone('099 274 581', 'UY')}', '214309871015');`)}`),

  rec('incident_am', f`${v('confidential.marking', 'ሚስጥራዊ')} – የክስተት ሪፖርት
ተንከባካቢ፦ ሰብለ ገ. (${phone('0911 27 4836', 'ET')})
የደንበኛ ቤተሰብ ኢሜይል፦ ${v('pii.email', 'dawit.tesfaye@gmail.com')}
ክስተቱ፦ መድሃኒት በሰዓቱ አልተሰጠም፤ ቤተሰቡ ቅሬታ አቅርቧል።
የውስጥ ስርዓት የሙከራ መለያ፦ user nurse_sup, የይለፍ ቃል ${v('credential.password_in_prose', 'Genna#2024et')}

ይህን ለቦርዱ በእንግሊዝኛ አጭር ማጠቃለያ አድርግልኝ፣ የይለፍ ቃሉን አትጨምር።`),

  rec('handover_ca', f`Night handover – CareNest Halifax
• Mrs. Doiron (${phone('902-482-7715', 'CA')}): O2 concentrator alarm twice, NS Power told us planned outage Thu 09–15 — family to arrange backup cylinder.
• Mr. Cormier: new PSW Keisha, SIN ${v('pii.ca_sin', '281 937 466')} still missing from payroll, HR please fix (${v('pii.email', 'hr@carenest.ca')}).
• Office Wi-Fi for agency nurses changed to ${v('credential.password_in_prose', 'Bluenose-Night-88')}.

Rewrite as a clean handover for the day coordinator.`),
];

/** Held-out batch 99: records mixing categories — stack traces, incident notes, exports and fixtures with personal data, credentials and bank details. Hand-written. */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const SG = tok('SG.', fill('b99m-sg1', B62, 22), '.', fill('b99m-sg2', B62, 43));
const GHP = gh('ghp', 'Zx8Cv3Bn6Mq1Wr4Ty7Ui9Op2As5Df0');
const STRIPE = tok('sk_', 'live_', '51', fill('b99m-stripe', B62, 97));
const DD = fill('b99m-dd', HEX, 32);

export const BATCH99_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Booking app crashed for a pupil, trace from Sentry:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/booking/views.py", line 88, in confirm
    send_sms(pupil.phone, msg)
  File "/app/notify/sms.py", line 23, in send_sms
    client.messages.create(to=to, from_=SENDER, body=body)
twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${phone('+447831482917')} is not a valid mobile number
Local vars: pupil={'id': 8812, 'email': '${v('pii.email', 'megan.hughes@outlook.com')}', 'dob': '${v('pii.date_of_birth', '2007-04-12')}'}`)}

Why would a UK mobile be rejected?`),

  rec('incident_note', f`Incident IR-2025-014 (biobank) — draft for DPO

On 11 March a research assistant pasted the following into a shared Teams channel:
- donor Anna Kowalczyk, ${phone('+48 601 482 917')}, ${v('pii.email', 'anna.kowalczyk@onet.pl')}, DOB ${v('pii.date_of_birth', '14.08.1969')}
- LIMS service password: ${v('credential.password_in_prose', 'Zamrazarka#80C')}
The message was deleted after 40 minutes. ${v('confidential.marking', 'CONFIDENTIAL')} — do not forward.

Please help me classify severity under GDPR Art. 33.`),

  rec('test_fixture', f`My pytest fixture for the prize payout module fails on IBAN validation, why?

\`\`\`python
${v('source_code.snippet', f`@pytest.fixture
def winner():
    return Winner(
        handle="xXSpecterXx",
        legal_name="Jonas Becker",
        email="${v('pii.email', 'jonas.becker@gmx.de')}",
        iban="${v('financial.iban', iban('DE', '500105175407324931'))}",
        birth_date="${v('pii.date_of_birth', '2002-05-17')}",
    )

def test_payout(winner):
    assert payout(winner, 1500).status == "queued"`)}
\`\`\``),

  rec('email_claims', f`From: Claims Handler <${v('pii.email', 'l.haugen@pandiclub.no')}>
Subject: MV Fjordstjerne – crew injury, reimbursement

Dear Mr Okafor,
Please find below the reimbursement details for the hospital costs advanced by your agency in Lagos.
Beneficiary: Okafor Marine Services Ltd
IBAN: ${v('financial.iban', iban('GB', 'BARC20005573649182'))}
Contact: ${phone('+234 803 482 9176')}

Kind regards,
Lise Haugen
${amb('confidential.marking', 'This e-mail is confidential and may be legally privileged.')}

→ Can you check my English and make it friendlier?`),

  rec('env_and_customer', f`Two things: 1) the esports shop .env, 2) a customer complaint. Help with both.

${amb('source_code.snippet', f`STRIPE_KEY=${v('credential.stripe_secret_key', STRIPE)}
SENDGRID_KEY=${v('credential.sendgrid_api_key', SG)}
DD_API_KEY=${v('credential.datadog_api_key', DD)}`)}

Complaint: "I bought a jersey, paid with ${v('financial.payment_card', card('492918374650183'))} and got charged twice. — Mateo Silva, ${v('pii.email', 'mateo.silva@gmail.com')}"`),

  rec('csv_enumerators', f`Enumerator roster for payroll, Mozambique field round — find missing fields:

nome;telefone;email;nib
Celso Macuácua;${phone('+258 84 482 9173')};${v('pii.email', 'celso.macuacua@gmail.com')};${ambCat('financial', '000800001234567890123')}
Amélia Nhantumbo;${phone('+258 82 391 7462')};;${ambCat('financial', '000100009876543210987')}
Ricardo Sitoe;;${v('pii.email', 'rsitoe@ine-campo.co.mz')};`),

  rec('log_survey', f`CAPI sync log from a tablet, why does upload fail?

${amb('source_code.snippet', f`[2025-04-02 08:14:03] INFO  sync start device=TAB-0412 user=${v('pii.email', 'enum.ochieng@stat-field.org')}
[2025-04-02 08:14:04] DEBUG POST https://capi.stat-field.org/api/v1/sync Authorization: Bearer ${v('credential.bearer_token', fill('b99m-bearer', B62, 64))}
[2025-04-02 08:14:09] ERROR upload failed: 413 Request Entity Too Large (payload 48.2 MB)
[2025-04-02 08:14:09] INFO  client ip ${amb('pii.ip_address', '41.89.12.207')}`)}`),

  rec('ci_and_notes', f`Release notes + CI fix for the driving theory quiz app. The CI uses:

${amb('source_code.snippet', f`env:
  GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
  MAIL_TO: ${v('pii.email', 'release-notify@theorie-fahrschule.at')}`)}

Notes for v3.2: new question set (Austria 2025), fixed timer bug. Write these up for parents.`),

  rec('chat_pii_card_es_ve', f`Epa, una representante de un alumno de la escuela de manejo en Caracas me mandó esto por WhatsApp:
"Mi hijo es Daniel Pérez, nació el ${v('pii.date_of_birth', '3 de julio de 2007')}, mi número es ${phone('+58 414 482 9173')} y pagué con la tarjeta ${v('financial.payment_card', card('455682719340572'))}."
Redáctame una respuesta que le pida no enviar datos de tarjeta por WhatsApp.`),

  rec('sql_dump', f`Part of a dump from the esports registration DB, can you write a migration that splits name into first/last?

${amb('source_code.snippet', f`INSERT INTO players (id, name, email, phone, dob) VALUES
(1021, 'Ana Jovanović', '${v('pii.email', 'ana.jovanovic@gmail.com')}', '${phone('+381 64 482 9173')}', '${v('pii.date_of_birth', '2004-02-19')}'),
(1022, 'Marko Petrov', '${v('pii.email', 'marko.petrov@yahoo.com')}', '${phone('+389 70 482 917')}', '${v('pii.date_of_birth', '2001-10-05')}');`)}`),

  rec('handover_note', f`Handover note — environmental compliance office, paper mill (I'm on leave from Monday)

- Emissions portal login: env.reporting / ${v('credential.password_in_prose', 'Sulfat_Kokare2025')} (yes I know, please change it)
- Inspector contact: Karin Lund, ${phone('+46 70 482 91 73')}, ${v('pii.email', 'karin.lund@lansstyrelsen.se')}
- Fine invoice to pay: IBAN ${v('financial.iban', iban('SE', '12000000012810105723'))}

Turn this into a tidy checklist for my replacement.`),

  rec('biobank_export', f`Biobank courier manifest — translate headers to English:

Probe;Spender;Geburtsdatum;Telefon;Empfänger
SR-2291-A;Klaus Berger;${v('pii.date_of_birth', '02.03.1955')};${phone('+49 160 4829173')};Labor Heidelberg
SR-2292-C;Petra Lang;${v('pii.date_of_birth', '27.11.1971')};${phone('+49 176 38291746')};Labor Heidelberg`),

  rec('http_request', f`Why does the P&I claims API reject this?

${amb('source_code.snippet', f`POST /api/claims HTTP/1.1
Host: claims.pandi-club.example
Authorization: Basic ${v('credential.basic_auth_header', Buffer.from('claims-bot:Hull&Machinery99').toString('base64'))}
Content-Type: application/json

{"member":"Aegean Bulk Carriers","contact":"${v('pii.email', 'ops@aegeanbulk.gr')}","phone":"${phone('+30 210 482 9173')}"}`)}`),

  rec('chat_tl_mixed', f`Paki-check po itong message ng player namin sa tournament: "Hello admin, ito po details ko for the prize: GCash ${phone('0917 482 9163', 'PH')}, email ${v('pii.email', 'jericho.santos@gmail.com')}, birthday ko ${v('pii.date_of_birth', 'March 4, 2006')}." Minor pa ba siya? Ano dapat gawin namin?`),

  rec('meeting_notes', f`Survey field team meeting — notes (Tbilisi)
${v('confidential.marking', 'CONFIDENTIAL')}
1. Supervisor Nino Beridze (${phone('+995 555 48 29 17')}) reported a tablet lost in Kutaisi.
2. The shared Kobo account password "${v('credential.password_in_prose', 'Kvleva#Tbilisi25')}" must be changed today.
3. Respondent complaint from ${v('pii.email', 'g.kapanadze@mail.ge')} about repeated visits.
Please make an action list.`),
];

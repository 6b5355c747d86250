/** Held-out batch 14: longer pastes mixing categories — postmortems, tickets, HR packs, threads, notes. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64URL, b64, fill, jwt, tok } from '../tokens';

const JWT_SESSION = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '771203', tenant: 'kb-uk', scope: 'checkout', iat: 1733134200, exp: 1733137800 }, 'b14m-jwt');
const AKIA = tok('AKIA', fill('b14m-akia', B32, 16));
const AWS_SECRET = fill('b14m-awssec', B62 + '+/', 40);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b14m-rklive', B62, 97));
const GH_SECRET_DB = b64('Wh4rf-Ledger!2024');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b14m-hookt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), '/B06', fill('b14m-hookb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b14m-hook', B62, 24));
const OPENAI = tok('sk-', 'proj-', fill('b14m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b14m-oai2', B64URL, 74));

export const BATCH14_MIXED: DraftRecord[] = [
  rec('postmortem', f`Can you turn this into a customer-facing incident summary? Keep it non-technical.

## Incident 2024-11-27: checkout errors (UK)
Duration: 14:05–15:20 GMT. ~3,100 failed checkouts.

Timeline
- 14:05 error rate on checkout-api jumps to 38%
- 14:12 on-call (${v('pii.email', 'sam.okoro@kestrelbay.com')}) paged
- 14:40 root cause: the connection pool pointed at the old replica after the failover. Config in the pod was still \`DATABASE_URL=postgres://checkout:${v('credential.database_url_password', 'Ch3ck0ut-Pr0d#41')}@${amb('pii.ip_address', '10.42.8.17')}:5432/checkout\`
- 15:05 config corrected, pods restarted
- 15:20 error rate back to baseline

Follow-ups: move DB credentials to the secrets manager; alert on replica lag.`),

  rec('email', f`Hi, can you turn this into a checklist for the onboarding coordinator?

New starter: Aisha Khan – Finance Assistant, start 6 Jan
DOB: ${v('pii.date_of_birth', '19/10/1998')}
NI number: ${v('pii.uk_nino', 'PR 81 46 02 D')}
Personal email: ${v('pii.email', 'aisha.khan98@outlook.com')}
Mobile: ${phone('07384 512 907', 'GB')}
Salary account: ${v('financial.iban', 'GB77LOYD30963418273640')}
Laptop: ready, first login with temporary password ${v('credential.password_in_prose', 'Welcome-Kb-0601')}
Still missing: P45, signed contract`),

  rec('ticket', f`BUG-4471 – Checkout returns 500 for some UK customers
Reporter: ${v('pii.email', 'laura.finch@kestrelbay.com')}
Priority: High

Steps: log in as the affected customer (${v('pii.email', 'd.hargreaves@btinternet.com')}), add any item, click "Pay now".
Request from the HAR file:
POST /api/checkout/confirm
Authorization: Bearer ${v('credential.jwt', JWT_SESSION)}
{"cartId":"c_83jd72","shipping":"standard"}

Response: 500 {"error":"TenantMismatch"}

Can you write the Jira description in a cleaner format with expected vs actual?`),

  rec('slack', f`hey, the payments pod can't connect to the DB since the secret rotation, here's what I applied:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: payments
type: Opaque
data:
  DB_USER: b3JkZXJzX3J3
  DB_PASSWORD: ${v('credential.base64_encoded_token', GH_SECRET_DB)}
  DB_HOST: cGctcHJvZC0wMi5pbnRlcm5hbA==`)}

pod logs say "password authentication failed for user orders_rw". also pinging ${amb('pii.ip_address', '10.42.8.23')} from the pod works fine. any ideas?`),

  rec('spreadsheet_de', f`Bitte prüfe die Tabelle auf fehlende Angaben, bevor ich sie an das Lohnbüro schicke:

${amb('source_code.snippet', f`Personalnr\tName\tGeburtsdatum\tSteuer-ID\tIBAN\tSteuerklasse
1041\tKeller, Jonas\t${v('pii.date_of_birth', '12.04.1990')}\t${v('pii.de_steuer_id', '81620473968')}\t${v('financial.iban', 'DE66100500006029384715')}\t1
1042\tYilmaz, Derya\t${v('pii.date_of_birth', '28.09.1987')}\t${v('pii.de_steuer_id', '29471058323')}\t${v('financial.iban', 'DE30370400440819273645')}\t3
1043\tSchulte, Ben\t${v('pii.date_of_birth', '03.02.2001')}\t\t\t1`)}`),

  rec('support_escalation', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – escalation: unauthorised charges

Team,

Customer Dolores Whitfield (${v('pii.email', 'dolores.whitfield@aol.com')}, ${phone('(404) 917-6623', 'US')}) reports three charges she didn't make. She read out her full card number on the call, which the agent typed into the case notes: ${v('financial.payment_card', '3794 610285 73910')}. Please purge it from the notes.

Can you help me write the reply to her and an internal note on PCI handling?`),

  rec('code_python', f`This nightly ETL works but my lead says it's "not production ready". What would you change?

${v('source_code.snippet', f`import pyodbc
import csv

conn = pyodbc.connect(
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=kb-sql-prod.database.windows.net;"
    "DATABASE=crm;UID=etl_user;PWD=${v('credential.connection_string_password', 'EtL!nightly-7731')}"
)
cur = conn.cursor()
cur.execute("SELECT id, email, country FROM customers WHERE updated_at > DATEADD(day, -1, GETDATE())")

with open("/tmp/customers_delta.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    for row in cur.fetchall():
        w.writerow(row)

# sample row for reference: 88213, ${v('pii.email', 'brenda.kowalczyk62@gmail.com')}, US`)}`),

  rec('email_thread_fr', f`Peux-tu rédiger une réponse courte à Julien pour confirmer qu'on a bien mis à jour ses coordonnées ?

De : Julien Mercier <${v('pii.email', 'julien.mercier@maisonvernet.fr')}>
Objet : ${v('confidential.marking', 'Confidentiel')} – changement de coordonnées bancaires

Bonjour,
Suite à notre changement de banque, merci d'utiliser désormais l'IBAN ${v('financial.iban', 'FR1110278060390002057180352')} pour tous les règlements à partir de janvier. Pour toute question : ${phone('07 81 42 96 30', 'FR')}.
Cordialement,
Julien Mercier, Directeur administratif et financier`),

  rec('chat_es', f`Necesito preparar el alta de una nueva empleada en nómina, ¿me haces una lista de lo que falta?

Nombre: Carmen Vidal Soler
DNI: ${v('pii.es_dni', '73049126E')}
Fecha de nacimiento: ${v('pii.date_of_birth', '08/11/1993')}
IBAN: ${v('financial.iban', 'ES27 2085 0137 1903 3048 2716')}
Teléfono: ${phone('+34 612 48 93 17')}
Email: ${v('pii.email', 'carmen.vidal.soler@gmail.com')}
Puesto: Técnica de RR.HH., jornada completa`),

  rec('contract_it', f`Sistema la formattazione di questo estratto del contratto di consulenza:

Il Consulente, Sig. Marco Rossi, nato a Milano il ${v('pii.date_of_birth', '08/12/1991')}, codice fiscale ${v('pii.it_codice_fiscale', 'RSSMRC91T08F205I')}, riceverà un compenso mensile di € 3.200,00 tramite bonifico sul conto IBAN ${v('financial.iban', 'IT49M0503411701000000938251')}. Per comunicazioni: ${v('pii.email', 'marco.rossi.consulenze@pec.it')}.`),

  rec('chat_hi_en', f`bhai ek customer ka loan application stuck hai, details dekh ke batao kya missing hai:
naam: Vikram Singh Rathore
aadhaar: ${v('pii.in_aadhaar', '2748 5103 9629')}
mobile: ${phone('98451 27390', 'IN')}
email: ${v('pii.email', 'vikram.rathore87@rediffmail.com')}
EMI auto-debit card: ${v('financial.payment_card', '4556 7392 0184 6378')}
salary slip 3 months – uploaded, bank statement – pending`),

  rec('meeting_notes', f`Clean up these notes from the infra sync and make an action list:

- Migration of reporting jobs to new AWS account: Tom shared the temp access key in the meeting chat (${v('credential.aws_access_key_id', AKIA)} / ${v('credential.aws_secret_access_key', AWS_SECRET)}), needs to be rotated after the migration!!
- Grafana dashboards: owner is ${v('pii.email', 'nina.vogt@fernhill.io')}
- Cost review: S3 Glacier for logs older than 90 days, saves ~$1.2k/month
- Next sync: Thu 12 Dec, 10:00`),

  rec('handover', f`Account handover – Northgate Foods (${v('confidential.marking', 'Internal only')})

Main contacts:
- Priya Nair, Head of Supply Chain – ${v('pii.email', 'p.nair@northgatefoods.com')}, ${phone('+1 415 839 2074')}
- Mark Ellison, Procurement – ${v('pii.email', 'mark.ellison@northgatefoods.com')}
Billing: they pay by card through the portal; our integration uses the restricted Stripe key ${v('credential.stripe_restricted_key', RK_LIVE)} (read-only on charges).
Renewal: 1 March, they expect a 3% discount.

Turn this into a one-page handover doc with headings.`),

  rec('hr_nl', f`Kun je van deze gegevens een nette bevestigingsmail maken voor de nieuwe medewerker? Zonder BSN in de mail.

Naam: Sanne de Groot
Geboortedatum: ${v('pii.date_of_birth', '17-02-1994')}
BSN: ${v('pii.nl_bsn', '305728167')}
IBAN: ${v('financial.iban', 'NL08 ABNA 0417 2639 58')}
E-mail: ${v('pii.email', 'sanne.degroot@kpnmail.nl')}
Startdatum: 2 januari 2025, afdeling Klantenservice`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`name: weekly-digest
on:
  schedule:
    - cron: "0 7 * * 1"
jobs:
  digest:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python digest.py --to ${v('pii.email', 'leadership@fernhill.io')}
        env:
          OPENAI_API_KEY: ${v('credential.openai_api_key', OPENAI)}
          SLACK_WEBHOOK_URL: ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

my colleague says I shouldn't put keys in the workflow file directly. is it really a problem if the repo is private?`),

  rec('claim_us', f`Please summarise this for the fraud team and flag anything that looks off:

Applicant: Terrence Bell, DOB ${v('pii.date_of_birth', '06/02/1977')}, SSN ${v('pii.us_ssn', '603-14-2875')}
Email: ${v('pii.email', 'tbell.1977@gmail.com')} | Phone: ${phone('646.382.1957', 'US')}
Card on file for premium: ${v('financial.payment_card', '4483 0752 1968 0345')}
Notes: third address change in 60 days; claim filed 9 days after policy start; IP at application ${amb('pii.ip_address', '185.199.110.42')}.`),
];

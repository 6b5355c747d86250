/** Held-out batch 13: longer workplace texts mixing categories (postmortems, threads, tickets, notes). Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, fill, jwt, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b13m-akia', B32, 16));
const AKIA_SECRET = fill('b13m-akias', B64, 40);
const SENTRY_KEY = fill('b13m-sentry', HEX, 32);
const SLACK_BOT = tok('xoxb-', '2841736095', '1-', '7390218465127-', fill('b13m-xoxb', B62, 24));
const JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '88213', email: 'r.castillo@fieldpoint.io', role: 'customer', iat: 1742205600, exp: 1742292000 }, 'b13m-jwt');
const BEARER = fill('b13m-bearer', B64URL, 48);
const OPENAI = tok('sk-proj-', fill('b13m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b13m-oai2', B64URL, 74));

export const BATCH13_MIXED: DraftRecord[] = [
  rec('postmortem', f`## Incident 2025-03-11: leaked AWS key in public repo

**Summary:** At 14:22 UTC GitHub secret scanning notified us that an access key was pushed to the public repo hollowbrook/route-optimizer in commit 9f4c2e1.

Leaked values (both revoked at 14:51):
- access key: ${v('credential.aws_access_key_id', AKIA)}
- secret: ${v('credential.aws_secret_access_key', AKIA_SECRET)}

CloudTrail shows 3 ListBuckets calls from ${amb('pii.ip_address', '185.199.41.226')} before revocation; no GetObject calls.
Reported by: ${v('pii.email', 'secops@hollowbrook-logistics.com')}

Please rewrite this as a short summary for non-technical management. Leave out the key values.`),

  rec('email_draft', f`Can you polish this welcome email for our new hire?

Hi Emma,

Welcome aboard! A few things for Monday:
- Your laptop will be at reception. Temporary Windows password: ${v('credential.password_in_prose', 'Welcome2Tidewell!')} (you'll be asked to change it)
- Your work email is ${v('pii.email', 'emma.clarke@tidewell-insurance.com')}
- If anything goes wrong, call me on ${phone('07700 184 392', 'GB')} or IT on ext. 4400

See you at 9!
Rachel`),

  rec('email_thread', f`Help me reply to this, customer is angry and I want to resolve it today.

From: Roberto Castillo <${v('pii.email', 'r.castillo@fieldpoint.io')}>
Subject: STILL no refund

I returned the monitor 3 weeks ago (RMA 20250221-118). You charged my card ending 4276 twice. I want the money back to my bank account instead: ${v('financial.iban', 'ES19 2100 4817 2902 0063 8174')}. Call me at ${phone('+34 612 907 384')} if you need anything.

> On 28 Feb, Quillon Support wrote:
> Your return has been received and will be processed within 10 days.`),

  rec('slack_thread', f`Can you figure out from this thread why the checkout errors started?

**jonas.m** 09:12: checkout is throwing 500s again
**priya.r** 09:14: sentry has it: \`IntegrityError: duplicate key value violates unique constraint "orders_ext_ref_key"\` for customer ${v('pii.email', 'lena.hartmann@web.de')}
**jonas.m** 09:15: here's the env from the pod, maybe the new replica is pointing to the wrong db?
${amb('source_code.snippet', f`DATABASE_URL=postgres://shop:${v('credential.database_url_password', 'Nb4!xTq7Rm2p')}@pg-replica-2.internal:5432/shop
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508125.ingest.de.sentry.io/4508125937221638`)}
ORDER_SERVICE_URL=http://orders.shop.svc.cluster.local`)}
**priya.r** 09:20: yeah that's the read replica 🙃`),

  rec('hr_doc', f`${v('confidential.marking', 'CONFIDENTIAL – HR')}
Salary review 2025 – Operations

| Employee | NI number | Current | Proposed |
|---|---|---|---|
| Gareth Lloyd | ${v('pii.uk_nino', 'SH264830B')} | £38,500 | £40,400 |
| Fatima Malik | ${v('pii.uk_nino', 'WL907316A')} | £42,000 | £44,100 |

Can you calculate the % increase for each and the total cost including 13.8% employer NI?`),

  rec('meeting_notes', f`Turn these notes into an email to the team:

Call with Brightline Courier, 17 Mar
- their API is moving to v3 on 1 May, we need to migrate the label endpoint
- sandbox login for testing: user quillon_test, password ${v('credential.password_in_prose', 'Sandbox#Brl2025')}
- account manager: Kevin Doyle, ${phone('+1 617 482 3950')}, ${v('pii.email', 'kevin.doyle@brightlinecourier.com')}
- next check-in 31 Mar`),

  rec('stacktrace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/jobs/send_invoices.py", line 88, in run
    send_invoice(customer, pdf)
  File "/app/jobs/send_invoices.py", line 52, in send_invoice
    smtp.sendmail(FROM_ADDR, customer.email, msg.as_string())
smtplib.SMTPRecipientsRefused: {'${v('pii.email', 'accounts@westmoorfoods.co.uk')}': (550, b'5.1.1 User unknown')}

During handling of the above exception:
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" failed
[SQL: UPDATE invoices SET status='failed' WHERE id=%(id)s]
(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql://billing:${v('credential.database_url_password', 'Bill1ng$2024x')}@db.internal:5432/billing`)}

two errors at once, which one is the real problem?`),

  rec('jira', f`BUG-5521: Customer sees another customer's orders

Steps to reproduce:
1. Log in as ${v('pii.email', 'r.castillo@fieldpoint.io')}
2. Call GET /api/v2/orders?customerId=88214 with header
   Authorization: Bearer ${v('credential.jwt', JWT)}
3. Response contains orders of customer 88214 (not the logged-in user 88213)

Reported from IP ${amb('pii.ip_address', '91.65.203.118')}, Chrome 134.

Please write this up as a proper security bug report with severity.`),

  rec('memo', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} – Project Kestrel

Closing mechanics: the purchase price of EUR 11.5M is paid into the notary escrow account on signing:
IBAN ${v('financial.iban', 'DE76 7605 0101 0018 2746 30')}
Release on satisfaction of the conditions precedent (antitrust clearance, key employee retention).

Questions to the seller's counsel: ${v('pii.email', 'm.brenner@brenner-legal.de')}, ${phone('+49 911 23948710')}

Summarise the closing mechanics in 3 bullets.`),

  rec('handover_de', f`Kannst du daraus eine ordentliche Übergabe-Doku machen? Ich bin ab Montag im Urlaub.

- Monitoring-Server: ${amb('pii.ip_address', '10.12.0.21')}, Login admin / ${v('credential.password_in_prose', 'Zabbix!Nord77')}
- Bei Ausfall Rechenzentrum: Herr Albers anrufen, ${phone('0151 27384916', 'DE')}
- Backup-Job läuft nachts um 02:00, Logs unter /var/log/bareos
- Lizenzverlängerung Veeam bis 30.04. beim Händler anfragen (${v('pii.email', 'vertrieb@it-haus-nord.de')})`),

  rec('email_es', f`Ayúdame a ordenar este correo para la gestoría:

Hola Carmen,
te paso los datos del nuevo empleado para el alta en la Seguridad Social:
Nombre: Diego Martín Herrera
DNI: ${v('pii.es_dni', '53720148Z')}
Fecha de nacimiento: ${v('pii.date_of_birth', '09/10/1996')}
Cuenta para la nómina: ${v('financial.iban', 'ES86 0049 1500 0527 1836 4590')}
Móvil: ${phone('645 28 19 73', 'ES')}
Gracias!`),

  rec('postman_export', f`This Postman collection works for me but not for my colleague after import — why?

${amb('source_code.snippet', f`{
  "info": { "name": "Tracking API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "${v('credential.bearer_token', BEARER)}", "type": "string" }] },
  "item": [
    { "name": "Get shipment", "request": { "method": "GET", "url": "{{baseUrl}}/v1/shipments/HB1029384756" } },
    { "name": "Notify", "request": { "method": "POST", "url": "{{baseUrl}}/v1/notify", "body": { "mode": "raw", "raw": "{\\"to\\":\\"${v('pii.email', 'ops-alerts@hollowbrook-logistics.com')}\\"}" } } }
  ]
}`)}`),

  rec('notebook', f`In [3]:
${v('source_code.snippet', f`import openai, pandas as pd
openai.api_key = "${v('credential.openai_api_key', OPENAI)}"
df = pd.read_sql("select name, email, last_order from customers where churn_risk > 0.8", conn)
df.head(3)`)}

Out[3]:
            name                      email  last_order
0   Helen Morris   ${v('pii.email', 'helen.morris@gmail.com')}  2024-11-02
1   Ahmed Nasser     ${v('pii.email', 'a.nasser@outlook.com')}  2024-10-19
2   Julia Becker   ${v('pii.email', 'julia.becker@gmx.de')}  2024-12-07

I want to generate a personal win-back email for each row, what's the cheapest way?`),

  rec('ticket_fr', f`Peux-tu rédiger une réponse à ce client ?

Ticket #30418 – Paiement refusé
Client : Nicolas Lefort (${v('pii.email', 'nicolas.lefort@orange.fr')}, ${phone('06 12 48 93 57', 'FR')})
Message : « Ma carte ${v('financial.payment_card', '4027 3819 5061 4276')} est refusée alors que j'ai de l'argent sur mon compte. J'ai essayé trois fois. »`),

  rec('chat_hi_en', f`Bhai urgent hai, client ka server down hai. Details:
server ${amb('pii.ip_address', '103.21.58.144')}, ssh user deploy, password ${v('credential.password_in_prose', 'Mumbai@Deploy21')}
client contact Rakesh ji ${phone('+91 99302 58147')}
Slack bot jo alert bhejta hai uska token ${v('credential.slack_bot_token', SLACK_BOT)} hai, woh bhi check kar lena.
Ek checklist bana do kya kya check karna hai.`),

  rec('tenancy', f`Summarise this tenant file for the property manager:

Tenant: Olivia Hart, DOB ${v('pii.date_of_birth', '27/04/1992')}
Phone ${phone('07845 219 306', 'GB')}, email ${v('pii.email', 'olivia.hart92@icloud.com')}
Rent paid by standing order from ${ambCat('financial', '40-47-84 21573908')}
Deposit £1,450 protected with DPS, ref ${'DPS-7782911'}
Notes: late payment Jan 2025 (paid 6 days late), otherwise fine.`, 'UK sort code and account number together: a bank account, but no rule claims it (ambiguous, no rule id)'),
];

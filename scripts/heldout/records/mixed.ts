/** Held-out records mixing several categories, mostly benign text with a few sensitive values. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SENTRY_KEY = fill('sentry', HEX, 32);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1308472910563827401/', fill('dischook', B64URL, 68));
const GHS = gh('ghs', 'Lp4Kq8Wm2Zx7Cv3Bn9Hj5Gf1Ds6Ae0');
const JWT_ADMIN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'admin@fernhill.io', role: 'admin', tenant: 'fh-eu', iat: 1732100000 }, 'jwtmix');
const OPENAI_LEGACY = tok('sk-', fill('oaleg1', B62, 20), 'T3BlbkFJ', fill('oaleg2', B62, 20));

export const MIXED: DraftRecord[] = [
  rec('incident', f`Summarise this incident for the status page (no internal details):

INC-2291 — checkout errors 09:12–09:47 UTC
- 09:12 alerts: 5xx on /api/checkout at 38%
- 09:15 on-call (Ben) sees DB connection errors: FATAL password authentication failed for user "checkout"
- 09:21 root cause: rotated secret not propagated; old DSN still in configmap: postgresql://checkout:${v('credential.database_url_password', 'r0tated-Maple-7731')}@pg-main.prod.internal:5432/checkout
- 09:40 configmap fixed, pods restarted
- 09:47 error rate back to 0.1%
Customer reports: 14 tickets, e.g. from ${v('pii.email', 'j.okafor@gmail.com')}`),

  rec('csv', f`Group these supplier payouts by country and total them:

${amb('source_code.snippet', f`supplier,contact,iban,amount_eur
Van Dijk Techniek,${v('pii.email', 'finance@vandijktechniek.nl')},${v('financial.iban', 'NL39RABO0300065264')},1790.80
Studio Rossi,${v('pii.email', 'amministrazione@studiorossi.it')},${v('financial.iban', 'IT84Y0306909606100000063219')},4200.00
Lindqvist Pack AB,${v('pii.email', 'ekonomi@lindqvistpack.se')},${v('financial.iban', 'DE84370400440532013187')},318.25`)}`),

  rec('trace', f`Our worker crashes on startup, full trace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/worker.py", line 12, in <module>
    engine = create_engine(os.environ["DB_URL"])
  File "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 602, in create_engine
    u = _url.make_url(url)
sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'mysql+pymysql://etl:${v('credential.database_url_password', 'K9#mQ2!vL8@x')}@mysql-etl.internal:3306/dwh'`)}`, 'password containing @ and # — unparseable URL, still the password'),

  rec('slack_thread', f`summarise this thread for the weekly update:

**Elena I.** the new carrier API is live in staging
**Ben O.** nice! what's the sandbox login?
**Elena I.** user fh-staging / password ${v('credential.password_assignment', 'Carrier!Sandbox-19')} (sandbox only)
**Ben O.** and prod goes live when?
**Elena I.** 2 Dec if the load test passes, ping me on ${phone('+353 87 214 6630')} if anything breaks over the weekend`),

  rec('sql_dump', f`Why does this import fail with a duplicate key error?

${amb('source_code.snippet', f`INSERT INTO customers (id, full_name, email, phone, ssn, created_at) VALUES
(1201, 'Grace Murphy', '${v('pii.email', 'grace.murphy@comcast.net')}', '${phone('+1 617 902 3318')}', '${v('pii.us_ssn', '512-38-4471')}', '2024-03-11 10:22:01'),
(1202, 'James Hughes', '${v('pii.email', 'jhughes@icloud.com')}', '${phone('+1 312 448 9021')}', NULL, '2024-03-11 10:25:44'),
(1201, 'Grace Murphy', '${v('pii.email', 'grace.murphy@comcast.net')}', '${phone('+1 617 902 3318')}', '${v('pii.us_ssn', '512-38-4471')}', '2024-03-11 10:22:01');`)}`, 'SQL dump: data as INSERT statements, ambiguous as source_code'),

  rec('invoice', f`INVOICE FH-INV-2024-3318
Fernhill Logistics Ltd · 14 Dock Road · Felixstowe IP11 3XX
VAT GB 274 1183 92

Bill to: Murphy & Daughters Ltd, ${v('pii.email', 'accounts@murphydaughters.co.uk')}

Warehousing Nov 2024 (120 pallet spaces × £6.50 × 30 days)   £23,400.00
Handling (3,412 movements × £1.20)                            £4,094.40
VAT 20%                                                      £5,498.88
TOTAL                                                        £32,993.28

Pay to: ${v('financial.iban', 'GB60LOYD30962517384021')} · Questions: ${phone('+44 20 7183 4429')}`, 'accounts@ address of a company is still an e-mail address — labelled'),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: ConfigMap
metadata:
  name: notifier
data:
  SENTRY_DSN: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508123.ingest.de.sentry.io/4508123456789`)}"
  DISCORD_WEBHOOK: "${v('credential.discord_webhook_url', DISCORD_HOOK)}"
  LOG_FORMAT: json
  TZ: Europe/Berlin`)}
are webhooks OK in a ConfigMap or should they be Secrets?`),

  rec('chat_hi_en', f`Sir, customer ka refund abhi tak nahi aaya. Unka naam Ravi Kumar hai, email ${v('pii.email', 'ravi.kumar1987@gmail.com')}, phone ${phone('+91-9820145673')}. Order 4471-0098 tha, amount ₹3,499. Please escalate kar do.`),

  rec('webhook', f`This webhook payload fails our schema validation, why?

${amb('source_code.snippet', f`{
  "event": "order.created",
  "id": "evt_01JD3K8Q4W2ZP9",
  "data": {
    "orderId": "ORD-559388",
    "customer": { "name": "Chloe Dubois", "email": "${v('pii.email', 'chloe.dubois@free.fr')}", "phone": "${phone('+33 6 72 18 94 30')}" },
    "shipping": { "street": "12 rue des Lilas", "zip": "69003", "city": "Lyon", "country": "FR" },
    "total": "89.90",
    "currency": "EUR"
  }
}`)}`),

  rec('notes', f`1:1 notes — Priya / Marcus, 21 Nov
- Marcus wants to move to the data team in Q1; I support it
- Salary review: proposing +6% (band C), needs HR sign-off
- He asked for his payslips to go to his personal address ${v('pii.email', 'marcus.reyes.home@gmail.com')} — told him to update it in Workday himself
- Next 1:1 in two weeks`),

  rec('chat', f`the GitHub App installation token ${v('credential.github_server_to_server_token', GHS)} works for /repos but the admin JWT we mint for our own API (${v('credential.jwt', JWT_ADMIN)}) gets rejected by the gateway. Can you explain the difference?`),

  rec('runbook', f`# Runbook: restore label printer gateway

1. SSH to lp-gw-01 (${amb('pii.ip_address', '10.20.4.15')}) as ops.
2. \`sudo systemctl restart lp-gateway\`
3. Check \`journalctl -u lp-gateway -n 50\` for "listening on :9100".
4. If the printers still show offline, power-cycle the switch in rack B3.
5. Post in #warehouse-it when done. Escalation: on-call phone ${phone('+44 7700 184623')}.`),

  rec('email_de', f`Hallo Herr Weber,

wie telefonisch besprochen, hier meine Daten für die Rückerstattung:
Name: Lukas Weber
Geburtsdatum: ${v('pii.date_of_birth', '12.08.1979')}
IBAN: ${v('financial.iban', 'DE84 3704 0044 0532 0131 87')}
Telefon: ${phone('030 90182734', 'DE')}

Vielen Dank und freundliche Grüße`),

  rec('chat', f`I found an old script of a colleague with ${v('credential.openai_api_key', OPENAI_LEGACY)} in it. Is that one of the old-style keys? Should I report it?`),

  rec('long_doc', f`# Warehouse onboarding guide (v4)

Welcome to Fernhill Felixstowe! This guide covers your first two weeks.

## Day 1
- Badge pickup at reception (bring photo ID). Lockers are on level 0; padlocks are provided.
- Safety induction 09:00–11:30 in training room 2. Hi-vis vest and safety shoes are mandatory on the floor from minute one.
- Lunch is at 12:30; the canteen accepts card and the staff app.

## Systems
- WMS: log in with your Windows account. Your team lead grants roles.
- Handheld scanners: Zebra TC52, charging cradles at each dock. Report broken units in the IT channel.
- Timesheets: approved weekly by your shift lead, deadline Monday 10:00.

## Contacts
- HR questions: ${v('pii.email', 'people@fernhill.co.uk')}
- Shift planning: ask your team lead first.

## Week 2
You'll shadow a picker for two days, then a loader for two days, then pick solo with a buddy nearby. Targets start at 60% of the standard rate and reach 100% in week 6.`, 'long benign document with a single contact address'),

  rec('chat', f`Translate to German for the customer: "Your replacement card ending in 7763 has been dispatched and should arrive within 5 working days. Your PIN will be sent separately." Customer name Hannah Bauer, ref CS-448120.`),

  rec('yaml', f`${amb('source_code.snippet', f`# application.yml (prod)
server:
  port: 8443
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: ${v('pii.email', 'noreply@fernhill.io')}
    password: ${v('credential.password_assignment', 'Mailer#Nov2024!')}
  datasource:
    url: jdbc:postgresql://pg-main.prod.internal:5432/wms
    username: wms
    password: \${WMS_DB_PASSWORD}
management:
  endpoints.web.exposure.include: health,info`)}
Spring can't send mail: "535 5.7.139 Authentication unsuccessful"`),

  rec('chat', f`My colleague shared his screen and I saw an AWS key starting with AKIA in his terminal — I didn't write it down. Do I need to report that? Also, unrelated: our test env uses the doc keys AKIAIOSFODNN7EXAMPLE everywhere, is that a problem?`),
];

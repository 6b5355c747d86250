/** Held-out batch 12 (representative mix, fourth sample): longer texts that mix categories — threads, tickets, dumps, notes. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '4817293650', '2-', '8039174625183-', fill('b12m-xoxb', B62, 24));
const GHP = gh('ghp', 'Vn2Kc8Xq5Ld1Rt7Wm4Bz9Hs3Gj6Fy0');
const SENTRY_KEY = fill('b12m-sentry', HEX, 32);
const STRIPE_WH = tok('whsec_', fill('b12m-whsec', B62, 32));
const JWT_SESSION = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'u_20931', email: 'n.fischer@veldmark.de', roles: ['buyer'], iat: 1732189200, exp: 1732275600 },
  'b12m-jwt',
);
const BEARER = fill('b12m-bearer', B64URL, 48);

export const BATCH12_MIXED: DraftRecord[] = [
  rec('postmortem', f`## Incident INC-2024-117: checkout errors, 20 Nov

**Summary:** between 14:05 and 14:52 UTC about 8% of checkouts failed with "payment provider unavailable".

**Root cause:** the Stripe webhook secret was rotated in the dashboard but not in our config. The old value (${v('credential.stripe_webhook_secret', STRIPE_WH)}) stayed in the k8s secret, so signature checks failed and orders stayed pending.

**Detection:** alert from the payments dashboard; on-call engineer Daniel Reyes (${phone('+1 737 412 8890')}) paged at 14:09.

**Follow-ups:** move webhook secrets to Vault; add a synthetic checkout test every 5 min from ${amb('pii.ip_address', '10.20.4.15')}.

Please turn this into a customer-facing status page update, no internal details.`),

  rec('email_thread', f`Can you draft a reply to Sophie confirming we'll pay on Friday?

From: Sophie Laurent <${v('pii.email', 'sophie.laurent@lumenvale.fr')}>
Sent: Monday, 25 November 2024 10:41
Subject: RE: Facture 2024-318 – relance

Bonjour,
Sauf erreur de notre part, la facture 2024-318 (4 860,00 € TTC) n'est toujours pas réglée. Nos coordonnées bancaires :
IBAN ${v('financial.iban', 'FR09 3000 4028 3700 4189 2751 034')}
BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}
Vous pouvez me joindre au ${phone('06 48 21 93 57', 'FR')}.

> On 12 Nov 2024, Accounts Payable wrote:
> Thanks, invoice received and approved for the next payment run.`),

  rec('sql_dump', f`our CRM import wants birth dates as DD/MM/YYYY and names split into first/last. can you convert these rows into a CSV?

${amb('source_code.snippet', f`INSERT INTO customers (id, full_name, email, phone, date_of_birth, created_at) VALUES
(1201, 'Hannah Scott', '${v('pii.email', 'hannah.scott@yahoo.co.uk')}', '${phone('+44 7823 640118')}', '${v('pii.date_of_birth', '1988-02-29')}', '2024-06-01 09:12:00'),
(1202, 'Lukas Meier', '${v('pii.email', 'lukas.meier@gmx.ch')}', '${phone('+41 79 482 31 96')}', '${v('pii.date_of_birth', '1979-10-31')}', '2024-06-01 09:40:21'),
(1203, 'Inês Carvalho', '${v('pii.email', 'ines.carvalho@sapo.pt')}', NULL, '${v('pii.date_of_birth', '2001-12-05')}', '2024-06-02 17:03:55');`)}`),

  rec('jira', f`SUP-4410 Export endpoint returns 500 for one customer

Reporter: Nina Fischer (${v('pii.email', 'n.fischer@veldmark.de')})
Steps to reproduce:
${amb('source_code.snippet', f`curl -s https://api.corvid-analytics.io/v2/exports/latest \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_SESSION)}"`)}

Response: {"error":"internal","trace_id":"7f3e9a21c4b84d6e"}
Only happens for this account, other buyers are fine.

rewrite as a proper bug ticket with expected/actual`),

  rec('email', f`Hi Sam,

Here's everything for your first week:
- Laptop pickup Monday 9:00 at reception, ask for Priya (${phone('07700 183 942', 'GB')})
- Your work email is ${v('pii.email', 'sam.okoro@harbourline.co.uk')}
- Wi-Fi: HL-Staff, password ${v('credential.password_in_prose', 'Harbour2024!wifi')}
- Payroll needs your NI number and bank details by Wednesday

See you soon,
Claire

→ make it a bit more welcoming, and put the bullets in a logical order`),

  rec('slack_thread', f`#eng-ops thread, can you summarise what was decided?

**Tomás** the nightly sync to the warehouse system failed again
**Aisha** yeah the bot token got revoked when Kenji left, I made a new one: ${v('credential.slack_bot_token', SLACK_BOT)}
**Tomás** 👍 also the GitHub token in the cron is Kenji's personal one, swapping to ${v('credential.github_pat', GHP)} from the bot account
**Aisha** ok. let's put both in 1Password and stop pasting them here 🙃
**Kenji** (via email ${v('pii.email', 'kenji.watanabe@protonmail.com')}) sorry folks, should have handed over properly`),

  rec('hr_export', f`Work out each person's remaining holiday as of 31 Dec (25 days/yr, pro rata from start date):

${amb('source_code.snippet', f`emp_id,name,ni_number,email,start_date,days_taken
H-104,Gemma Whitlock,${v('pii.uk_nino', 'SN826319A')},${v('pii.email', 'gemma.whitlock@harbourline.co.uk')},2022-03-14,18
H-117,Rav Dhillon,${v('pii.uk_nino', 'KP 30 58 17 D')},${v('pii.email', 'rav.dhillon@harbourline.co.uk')},2024-05-01,7
H-121,Ciara Walsh,${v('pii.uk_nino', 'WL 57 03 82 B')},${v('pii.email', 'ciara.walsh@harbourline.co.uk')},2024-09-02,2`)}`),

  rec('config', f`frontend errors aren't showing up in Sentry since the migration to Vite. config:

${v('source_code.snippet', f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.de.sentry.io/4506218377510912`)}',
  environment: import.meta.env.MODE,
  release: \`shop-web@\${__APP_VERSION__}\`,
  tracesSampleRate: 0.1,
});`)}`),

  rec('memo_contract', f`${v('confidential.marking', 'CONFIDENTIAL')} – HR

Settlement terms for departing employee (for Legal review):
Employee: Mark Ellison, DOB ${v('pii.date_of_birth', '11/06/1972')}
Payment: £38,500 ex gratia, paid to account ending 4471 within 14 days of signing
Reference: agreed; standard wording only
Contact: ${v('pii.email', 'mark.ellison72@outlook.com')}

please check the wording of the payment clause, is "ex gratia" correct here?`),

  rec('meeting_notes_de', f`Bitte mach aus den Notizen eine Aufgabenliste mit Verantwortlichen:

Jour fixe IT, 21.11.
- Neuer Drucker im 2. OG hat IP ${amb('pii.ip_address', '192.168.20.45')}, Treiber-Rollout durch Jan
- Lieferant für Firewall-Wartung: Herr Kaya, ${phone('+49 30 7820 4415')}, ${v('pii.email', 'kaya@netwacht-it.de')}
- Admin-Zugang für den Lieferanten vorübergehend: Benutzer "ext_kaya", Passwort ${v('credential.password_in_prose', 'Fw-Wartung#2411')}, gilt bis 06.12.
- Budget 2025 für Laptops: 48 Geräte`),

  rec('support_transcript', f`Summarise this call note for the fraud team:

Caller: Mrs Patricia Moore, verified by DOB ${v('pii.date_of_birth', '02/28/1961')} and last 4 of SSN.
Reports unknown charge of $412.06 at "ONLINE ELECTRONICS" on card ${v('financial.payment_card', '5524 7381 0694 2387')}.
Card blocked, replacement ordered to address on file. Callback number ${phone('(312) 846-2075', 'US')}.`),

  rec('api_log', f`${amb('source_code.snippet', f`[2024-11-22 16:03:11] local.INFO: Outgoing request {"url":"https://partner-api.nortada.es/v1/orders","headers":{"Authorization":"Bearer ${v('credential.bearer_token', BEARER)}","Accept":"application/json"},"body":{"customer":{"name":"Álvaro Gómez","email":"${v('pii.email', 'alvaro.gomez@telefonica.net')}","phone":"${phone('+34 622 107 854')}"}}}
[2024-11-22 16:03:12] local.ERROR: Partner API responded 422 {"errors":{"customer.tax_id":["required"]}}`)}

why is laravel logging the whole request incl. headers? want to mask it`),

  rec('csv_payouts', f`Check this affiliate payout file before I upload it to the bank:

${amb('source_code.snippet', f`name;email;iban;amount_eur
Lena Huber;${v('pii.email', 'lena.huber@gmx.at')};${v('financial.iban', 'AT32 2011 1829 1736 4503')};420.00
Pieter de Groot;${v('pii.email', 'pieter.degroot@ziggo.nl')};${v('financial.iban', 'NL57 RABO 0384 7192 65')};1,150.00
Julien Martin;${v('pii.email', 'julien.martin@free.fr')};${v('financial.iban', 'FR38 1810 7060 0030 1947 2658 338')};95.50`)}

the second amount has a comma, will the bank choke on it?`),

  rec('chat_es', f`Ayúdame a contestar a este proveedor, parece phishing:

"Estimado cliente, hemos actualizado nuestros datos bancarios. A partir de hoy, los pagos deben realizarse a ${v('financial.iban', 'ES06 0081 1547 3200 0491 8263')}. Para confirmar, responda a ${v('pii.email', 'pagos.nortada@gmail.com')} o llame al ${phone('+34 699 420 318')}."

El proveedor real usa un dominio nortada.es, no gmail.`),
];

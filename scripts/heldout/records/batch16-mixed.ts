/** Held-out batch 16: longer workplace texts mixing several kinds of data. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const OPENAI = tok('sk-proj-', fill('b16m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b16m-oai2', B64URL, 74));
const GHP = gh('ghp', 'Vn3Kq8Zt1Wm6Rb4Xs9Lp2Hd7Cj5Gf0');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02KX7M4Q', '/', 'B06R2P8LW1N', '/', fill('b16m-slhook', B62, 24));
const DD_API = fill('b16m-ddapi', HEX, 32);
const mark = (s: string) => v('confidential.marking', s);
const AKIA = tok('AKIA', fill('b16m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b16m-awssec', B62 + '/+', 40);

export const BATCH16_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident 2024-10-04: checkout errors

**Summary:** From 14:05 to 14:50 CEST about 18% of checkout attempts failed with HTTP 502.

**Timeline**
- 14:05 deploy of checkout-api v4.12.0
- 14:09 alerts in #ops-alerts, on-call Jonas (${phone('+49 171 4829366')})
- 14:22 found that the new pod reads DB_PASSWORD from the wrong secret; the fallback in config was \`db_password: "${v('credential.password_assignment', 'Kiel-Lighthouse-07')}"\`
- 14:50 rollback to v4.11.3

**Follow-up:** remove fallback secrets from config, add readiness probe on DB.

Please turn this into a customer-facing status page update.`),

  rec('email_thread', f`Can you help me reply to this? I think it might be phishing.

From: Accounts Payable <${v('pii.email', 'ap-dept@halvorsen-logistics.co')}>
To: ${v('pii.email', 'finance@pinecrest-retail.com')}
Subject: URGENT updated bank details

Dear customer,
Due to an audit our bank details have changed. Please pay all open invoices to:
IBAN ${v('financial.iban', 'GB84 LOYD 3096 2418 2736 45')}
Contact our controller on ${phone('+44 20 7946 0917')} for questions.

> Previous message from ${v('pii.email', 'ola.berg@halvorsen-logistics.co.uk')}:
> Invoice HL-7731 attached, due 30 days net.`),

  rec('slack', f`[10:02] tom.h: anyone know why the nightly export job is failing?
[10:03] sara.k: looked at it, it's the openai call timing out. btw the key is hardcoded in export.py lol: ${v('credential.openai_api_key', OPENAI)}
[10:04] tom.h: 🙈 i'll move it to the secret manager
[10:05] sara.k: also the job emails ${v('pii.email', 'olivia.grant@kestrel-dynamics.com')} on failure, she left in august

summarise this thread into 2 action items`),

  rec('jira', f`FLEET-1882: Onboarding script fails for new drivers

Steps: run onboard.py with the attached CSV.
Sample row:
${amb('source_code.snippet', f`driver_id,name,licence_class,phone,email,dob
D-4471,Michał Nowicki,C+E,${phone('+48 601 284 951')},${v('pii.email', 'm.nowicki.driver@gmail.com')},${v('pii.date_of_birth', '1985-03-22')}`)}

Traceback:
${amb('source_code.snippet', f`Traceback (most recent call last):
  File "onboard.py", line 58, in <module>
    dob = datetime.strptime(row["dob"], "%d.%m.%Y")
ValueError: time data '1985-03-22' does not match format '%d.%m.%Y'`)}

Can you suggest a fix that accepts both formats?`),

  rec('meeting_notes', f`Notes – vendor call with TelemetryHub, 9 Oct

- API v2 migration deadline 31 Jan
- Their support contact: Rafael Souza, ${v('pii.email', 'rafael.souza@telemetryhub.io')}, ${phone('+55 11 98247-3312')}
- They shared a sandbox GitHub token for the SDK repo: ${v('credential.github_pat', GHP)} (read-only, expires end of month)
- Pricing: €0.40 per device/month above 5k devices

Turn these into an email recap to my team.`),

  rec('config_review', f`Please review our monitoring config before we go live:

${amb('source_code.snippet', f`# alerting.yaml
datadog:
  api_key: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
notifications:
  slack_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  email: ${amb('pii.email', 'oncall@kestrel-dynamics.com')}
thresholds:
  cpu: 85
  disk: 90
targets:
  - ${amb('pii.ip_address', '10.12.0.21')}
  - ${amb('pii.ip_address', '10.12.0.22')}`)}`),

  rec('hr_email', f`Hi Claire,

Please find below the details for the new starter for payroll set-up:
Name: Oliver Hughes
NI number: ${v('pii.uk_nino', 'NR 73 91 04 A')}
Date of birth: ${v('pii.date_of_birth', '30/11/1994')}
Bank: ${v('financial.iban', 'GB16 BARC 2031 5847 2918 36')}
Start date: 21/10/2024, salary £34,500

Thanks,
Megan

Rewrite this so it can be sent securely — what should I remove?`),

  rec('support_chat', f`Customer chat transcript, please summarise and suggest next step:

Customer (Rita Fernandes): hi my order never arrived, ordered on the 28th
Agent: sorry to hear that! can you confirm your email?
Customer: ${v('pii.email', 'rita.fernandes77@sapo.pt')}
Agent: thanks. I see order PCR-PT-11893, tracking says delivered 2 Oct.
Customer: not delivered!! I paid with card ${v('financial.payment_card', '5356 2801 9473 8206')}, I want a refund
Agent: I'll open a claim with the carrier.`),

  rec('runbook', f`Clean up this runbook section and make it a numbered list:

to restore the reporting db: ssh to ${amb('pii.ip_address', '10.20.4.31')} as admin, stop the reporting service, then run the restore with PGPASSWORD=${v('credential.password_assignment', 'R3port!ng-Db-44')} pg_restore -d reporting latest.dump. after that restart the service and ping ${amb('pii.email', 'dba-team@kestrel-dynamics.com')} in the ticket.`),

  rec('sales_email_de', f`Bitte verbessere diese E-Mail an einen Neukunden:

Sehr geehrter Herr Wagner,
vielen Dank für das Gespräch. Wie besprochen erhalten Sie anbei unser Angebot AN-2024-0412 über 48 Scanner. Unsere Bankverbindung für die Anzahlung: ${v('financial.iban', 'DE22 2005 0550 1382 9471 63')}.
Bei Fragen erreichen Sie mich unter ${phone('+49 40 3728 1956')} oder ${v('pii.email', 'l.schmidt@nordhaus-mb.de')}.
${mark('Vertraulich')}: Der Rabatt von 12 % gilt nur bis 31.10.`),

  rec('ci_log', f`deploy job fails, full log:

${amb('source_code.snippet', f`$ aws configure set aws_access_key_id ${v('credential.aws_access_key_id', AKIA)}
$ aws configure set aws_secret_access_key ${v('credential.aws_secret_access_key', AWS_SECRET)}
$ aws s3 sync ./dist s3://pcr-web-prod --delete
upload failed: dist/index.html to s3://pcr-web-prod/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied
ERROR: Job failed: exit code 1`)}

the IAM user has s3:PutObject, what else?`),

  rec('hr_ticket', f`HR-877 – employee address change + tax form

Employee: Sophie Laurent, badge 20331
New address: 8 avenue Jean Jaurès, 69007 Lyon
N° de sécurité sociale: ${v('pii.fr_nir', '2 92 08 69 123 087 65')}
Personal mobile: ${phone('+33 6 47 82 19 53')}

Please draft a confirmation email in French and English.`),

  rec('board_pack', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL – BOARD MEMBERS ONLY')}

Item 4: Acquisition of Brightline Studio
Price: €2.1m cash + €0.6m earn-out
Seller contact: Niamh Byrne, ${v('pii.email', 'niamh@brightline-studio.ie')}, ${phone('+353 86 219 4420')}

Summarise the key risks in bullet points.`),

  rec('expense', f`check this expense claim for policy issues:

Employee: Raj Patel (${v('pii.email', 'raj.patel@kestrel-dynamics.com')})
- Taxi airport → hotel: €48.00
- Dinner with client (2 ppl): €186.50
- Hotel 2 nights: €412.00
Paid with corporate Amex ${v('financial.payment_card', '3782 9104 5763 017')}
Reimburse to: ${v('financial.iban', 'NL19 INGB 0006 8273 14')}`),

  rec('email_es', f`Hola Lucía,

Te reenvío los datos del nuevo proveedor para darlo de alta en SAP:
Razón social: Logística Ebro S.L.
Contacto: Pablo Serrano, ${v('pii.email', 'pablo.serrano@logisticaebro.es')}, ${phone('+34 976 482 915')}
IBAN: ${v('financial.iban', 'ES86 0049 1500 0529 1847 3650')}
BIC: ${amb('financial.swift_bic', 'BSCHESMMXXX')}

Un saludo,
Jorge

→ ¿puedes convertir esto en una tabla para el formulario de alta?`),
];

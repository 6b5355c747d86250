/** Held-out batch 9: everyday texts that carry several kinds of sensitive data at once. Representative mix; hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const SK_LIVE = tok('sk_', 'live_', '51', fill('b9-mix-sklive', B62, 97));
const DD_API = fill('b9-mix-ddapi', HEX, 32);
const AKIA = tok('AKIA', fill('b9-mix-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const email = (s: string) => v('pii.email', s);
const mark = (s: string) => v('confidential.marking', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH9_MIXED: DraftRecord[] = [
  rec('incident_notes', f`Turn these notes into a postmortem (timeline, impact, root cause, actions):

- 09:12 checkout errors spike, PagerDuty to ${email('oncall-payments@kaleido-retail.com')}
- 09:20 found the deploy at 09:05 replaced STRIPE_SECRET_KEY with an old value; correct key is ${v('credential.stripe_secret_key', SK_LIVE)}
- 09:31 rolled back, errors stop
- ~1,800 failed payments, customers retried mostly
- action: move the key to Secrets Manager`),

  rec('traceback', f`${cfg(f`Traceback (most recent call last):
  File "/srv/app/jobs/send_statements.py", line 48, in run
    send_statement(customer)
  File "/srv/app/mail.py", line 22, in send_statement
    smtp.sendmail(FROM, customer.email, msg.as_string())
smtplib.SMTPRecipientsRefused: {'${email('h.baptiste@wanadoo.fr')}': (550, b'5.1.1 User unknown')}
During handling: sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-01" failed
[SQL engine: postgresql://statements:${v('credential.database_url_password', 'Cobalt.Meadow-3390')}@pg-01:5432/billing]`)}

Two problems here? The job stops after the first bad address.`),

  rec('support_chat', f`Summarise this chat for the ticket and tell me what data we should not store:

Klientka: Dzień dobry, zamówienie 5531-220 przyszło uszkodzone. Mój e-mail to ${email('paulina.nowak@onet.pl')}.
Konsultant: Przykro nam! Czy może Pani podać numer telefonu?
Klientka: ${phone('+48 601 273 845')}. Zwrot proszę na kartę ${v('financial.payment_card', '4127 3095 8261 7341')}.
Konsultant: Zwrot trafi na pierwotną metodę płatności, numer karty nie jest potrzebny.`),

  rec('email_fraud', f`${mark('CONFIDENTIAL')} – Finance only

Team, we received a request to change Hofmann Verpackungen's bank details to ${v('financial.iban', 'DE92 5001 0517 5407 2491 83')}. The e-mail came from ${email('buchhaltung@hofmann-verpackung.de.com')} — note the extra ".com". Do NOT update the vendor master. I called their office on ${phone('+49 30 5172 9384')} and they confirmed they changed nothing.

Please write this up as a short fraud alert for all AP staff.`),

  rec('hr_tsv', f`${cfg(f`emp_id	name	ni_number	email	dob
1187	Oliver Grant	${v('pii.uk_nino', 'AB 12 84 73 D')}	${email('oliver.grant@brightlane.co.uk')}	${dob('1987-05-19')}
1188	Chloe Adeyemi	${v('pii.uk_nino', 'CE 73 40 18 B')}	${email('chloe.adeyemi@brightlane.co.uk')}	${dob('1994-12-02')}`)}

Pivot this by year of birth and count people per decade.`, 'TSV with a dob column (batch 7/8 column decision)'),

  rec('notebook', f`In [3]:
${code(f`import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("postgresql+psycopg2://analyst:${v('credential.database_url_password', 'Plover#Inlet-7702')}@warehouse.internal:5432/crm")
df = pd.read_sql("select account_name, owner_email, arr from accounts order by arr desc limit 3", engine)
df`)}

Out[3]:
   ${cfg(f`account_name         owner_email                         arr
0  Stellan Pharma       ${email('priya.nair@northgate-systems.com')}    420000
1  Kaleido Retail       ${email('tom.eriksen@northgate-systems.com')}   310500
2  Orbis Freight        ${email('a.kowalski@northgate-systems.com')}    288000`)}

How do I format arr as currency in the DataFrame display?`),

  rec('slack_thread', f`From #platform-alerts, can you summarise what happened?

[10:02] datadog-bot: Monitor "ingest lag > 5m" triggered on ingest-03 (${ip('10.40.2.13')})
[10:05] marek.w: looks like the agent lost its key after the rebuild, I set DD_API_KEY=${v('credential.datadog_api_key', DD_API)} again on the host
[10:11] marek.w: lag recovering. also rotated the old AWS key ${v('credential.aws_access_key_id', AKIA)} that was in the same env file
[10:15] priya.n: thanks, please open a ticket to move both to Vault`),

  rec('kyc_chat_hi_en', f`Customer ne WhatsApp pe ye bheja hai, isko KYC form ke fields mein daal do (English mein):
"Naam: Rohit Sharma, DOB ${dob('12/08/1990')}, Aadhaar ${v('pii.in_aadhaar', '7293 0418 5623')}, PAN ${ambCat('pii', 'BQRPS4827K')}, mobile ${phone('+91 99201 58374')}, email ${email('rohit.sharma90@gmail.com')}"`, 'Hindi-English KYC: PAN is sensitive but no rule claims it (ambiguous without a rule id)'),

  rec('invoice_email', f`Hi, could you check this reply to the customer before I send it?

"Dear Mr Lindqvist, thank you for your payment of €4,120.00 for invoice 2026-1190. The remaining €880.00 can be paid to ${v('financial.iban', 'DE85 3705 0198 0019 2837 46')} (BIC ${amb('financial.swift_bic', 'COLSDE33XXX')}). For questions call our AR team on ${phone('+49 221 9876 5432')} or write to ${email('ar@orbis-freight.de')}."`),

  rec('runbook', f`Please turn this into a numbered runbook for the night shift:

if the label printer service hangs: RDP to PRN-WH02, log in as .\\printadmin (password is ${v('credential.password_in_prose', 'Forklift!Delta77')}), restart "ZebraPrintService". If it still hangs, call Tomasz on ${phone('+48 512 770 318')}. Don't reboot the server during the 02:00 wave pick.`),

  rec('contract', f`Summarise this employment contract clause in plain English:

"The Employee, Ms Inés Navarro García (DNI ${v('pii.es_dni', '52018374X')}), born on ${dob('7 June 1991')}, shall receive a gross annual salary of €48,000, paid monthly to the account ${v('financial.iban', 'ES80 0049 1827 3051 0293 8475')}."`),

  rec('sales_notes', f`Bitte meine CRM-Notizen von der Messe aufräumen:

Gespräch mit Joanna Kowalczyk (Einkauf, Kaleido Retail PL) — ${email('j.kowalczyk@kaleido-retail.pl')}, ${phone('+48 602 418 337')}. Interesse an 200 Scanner-Bundles, möchte Preise bis 15. Januar. Außerdem Luca Ferri von einem kleinen Distributor in Turin, ${email('luca@ferridistribuzione.it')}, nach Weihnachten nachfassen.`),

  rec('escalation', f`Subject: URGENT escalation – order 88-41923 missing

Hi, I'm Mrs Kaur, my order of 3 laptops for our school was due on 28 November. I've called 4 times. My number is ${phone('07700 184 392', 'GB')}, e-mail ${email('g.kaur@stmarks-primary.sch.uk')}. If it's not here by Friday I'll cancel and dispute with my bank.

Help me write a reply that apologises and promises a call-back from a manager today.`),

  rec('ci_log', f`${cfg(f`#14 [build 6/9] RUN git clone https://oauth2:${v('credential.url_password', v('credential.gitlab_pat', tok('glpat-', fill('b9-mix-glpat', B62 + '-_', 20))))}@gitlab.orbis-freight.com/platform/shared-config.git
#14 0.412 Cloning into 'shared-config'...
#14 1.937 remote: The project you were looking for could not be found or you don't have permission to view it.
#14 ERROR: process "/bin/sh -c git clone …" did not complete successfully: exit code: 128`)}

Docker build fails on this step. The repo exists, I can open it in the browser.`, 'CI log (ambiguous source code) with a GitLab PAT as URL password (two labels)'),
];

function dob(s: string) {
  return v('pii.date_of_birth', s);
}

/**
 * Held-out batch 11: everyday texts carrying several kinds of sensitive data at once (incident
 * notes, tracebacks, support chats, HR exports, vendor and onboarding e-mails, configs). Third
 * representative sample; hand-written; not measured yet (README).
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, DIGITS, UPPER, fill, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b11-mix-akia', B32, 16));
const AKIA_SECRET = fill('b11-mix-akias', B64, 40);
const SK_LIVE = tok('sk_', 'live_', '51', fill('b11-mix-sk', B62, 97));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T03', fill('b11-mix-sh1', UPPER + DIGITS, 7), '/B07', fill('b11-mix-sh2', UPPER + DIGITS, 8), '/', fill('b11-mix-sh3', B62, 24));

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mark = (s: string) => v('confidential.marking', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH11_MIXED: DraftRecord[] = [
  rec('incident', f`${mark('CONFIDENTIAL')} – security incident SEC-0412 (draft)

09:40 GitHub secret scanning alert on the public repo quayside/storefront-theme: an AWS key pair was committed in config/deploy.yml:
  aws_access_key_id: ${v('credential.aws_access_key_id', AKIA)}
  aws_secret_access_key: ${v('credential.aws_secret_access_key', AKIA_SECRET)}
09:52 key deactivated by ${email('l.chen@quayside-outdoor.co.uk')}; CloudTrail shows no use from unknown IPs.

Turn this into a short incident summary for the CISO.`),

  rec('traceback', f`Nightly invoice job crashed, what's the actual problem?

${cfg(f`Traceback (most recent call last):
  File "/opt/jobs/invoices/run.py", line 88, in main
    notify_customer(inv)
  File "/opt/jobs/invoices/mailer.py", line 31, in notify_customer
    server.sendmail(SENDER, inv.customer_email, body)
smtplib.SMTPRecipientsRefused: {'${email('accounts@bayline-pkg.com')}': (550, b'5.1.1 User unknown')}
Connection used: postgresql://invoicing:${v('credential.database_url_password', 'Thistle-Dock-4820')}@pg-fin-01.arkwright.local:5432/finance`)}`),

  rec('support_chat_pt', f`Resume este atendimento em inglês para a equipa de pagamentos:

Cliente: Boa tarde, sou a Inês Carvalho, ${email('ines.carvalho@sapo.pt')}, telemóvel ${phone('+351 913 482 207')}.
Cliente: O pagamento da encomenda 7731 foi recusado mas o valor saiu do cartão ${v('financial.payment_card', '4779 8163 9590 3933')}.
Assistente: Vamos verificar com o banco e respondemos em 48 horas.`),

  rec('hr_csv', f`Sort by start date and flag anyone under 21:

${cfg(f`name,ni_number,email,dob,start_date
Ellie Hargreaves,${v('pii.uk_nino', 'NW 58 13 64 D')},${email('ellie.hargreaves@quayside-outdoor.co.uk')},${dob('2006-05-21')},2027-02-01
Jamal Okoro,${v('pii.uk_nino', 'JH 27 84 16 C')},${email('jamal.okoro@quayside-outdoor.co.uk')},${dob('1999-10-03')},2027-01-18`)}`, 'a dob column is a birth date; start_date is not (batch 7/8/9 convention)'),

  rec('vendor_de', f`Bitte mach aus diesen Stammdaten eine Anlage-Mail an die Kreditorenbuchhaltung:
Lieferant: Ostwald Maschinenbau GmbH
Ansprechpartnerin: Katrin Ostwald, ${email('k.ostwald@ostwald-maschinenbau.de')}, ${phone('+49 89 4521 8830')}
IBAN: ${v('financial.iban', 'DE50 6005 0101 1309 3742 20')}, BIC ${amb('financial.swift_bic', 'SOLADEST600')}
Zahlungsziel: 30 Tage netto`),

  rec('slack_thread', f`Can you turn this Slack thread into a short post-mortem?

[10:02] ${email('dev-alerts@hollowbrook.io')}: checkout 500s spiking
[10:05] Nina: prod is using the old key, the new one is ${v('credential.stripe_secret_key', SK_LIVE)} — who has access to the vault?
[10:11] Marco: rotated and redeployed, errors gone
[10:15] Nina: let's remove that key from this channel`),

  rec('kyc_hinglish', f`Is customer ka account verify karna hai: naam Sunil Verma, DOB ${dob('08/01/1986')}, Aadhaar ${v('pii.in_aadhaar', '7172 2714 3140')}, phone ${phone('+91 70219 44836')}, email ${email('sunil.verma86@rediffmail.com')}. Ek confirmation message bana do Hindi-English mein.`),

  rec('contract_fr', f`Peux-tu vérifier la clause de période d'essai de ce contrat ?
Salarié : Thomas Girard, né le ${dob('03/06/1984')} à Lyon, n° de sécurité sociale ${v('pii.fr_nir', '1 84 03 69 951 346 63')}
Salaire versé sur le compte ${v('financial.iban', 'FR75 2004 1718 4118 6930 7094 289')}
Période d'essai : 4 mois renouvelable une fois.`),

  rec('jira_ticket', f`OPS-2291 — customer says she was charged for a cancelled order
Reporter: support bot
Customer: Grace Whitfield, ${email('grace.whitfield@icloud.com')}, ${phone('+1 404 872 6613')}
Card used: ${v('financial.payment_card', '5472 9875 6587 8820')}
Order QS-2027-003318 cancelled on 10 Jan, charge posted 12 Jan.

Write the customer reply and the internal next steps.`),

  rec('onboarding_nl', f`Kun je deze gegevens van een nieuwe collega netjes in een tabel zetten voor HR?
Naam: Bram Jansen
BSN: ${v('pii.nl_bsn', '904385474')}
IBAN: ${v('financial.iban', 'NL89 INGB 8626 0057 85')}
Privé e-mail: ${email('bram.jansen91@ziggo.nl')}
Mobiel: ${phone('+31 6 2874 1196')}`),

  rec('alta_es', f`¿Puedes revisar que no falte nada en este alta de proveedor autónomo?
Nombre: Carmen Ruiz Ortega
DNI: ${v('pii.es_dni', '28443129H')}
Cuenta: ${v('financial.iban', 'ES42 0049 9030 3242 8433 7448')}
Teléfono: ${phone('+34 933 17 42 80')}`),

  rec('runbook', f`Make this night-shift runbook step clearer:
"If the label printer in Bay 3 stops, log into the print server console as 'ops' — the password is ${v('credential.password_in_prose', 'Forklift!Dawn-93')} — and restart the spooler. If that fails, call the on-call engineer on ${phone('+44 20 3318 7724')}."`),

  rec('configmap', f`${cfg(f`apiVersion: v1
kind: ConfigMap
metadata:
  name: reporting-config
data:
  DATABASE_URL: "postgres://reporting:${v('credential.database_url_password', 'Gannet#Reef-5061')}@pg-bi.internal:5432/bi"
  SLACK_WEBHOOK: "${v('credential.slack_webhook_url', SLACK_HOOK)}"
  REPORT_OWNER: "${email('bi-team@arkwright-freight.com')}"`)}

Security review flagged this ConfigMap. What should move into a Secret?`),

  rec('teams_hr', f`Can you rephrase this Teams message from our HR partner more professionally?
"${mark('Strictly confidential')} — for the benefits vendor only: Derek Fulton, SSN ${v('pii.us_ssn', '343-72-4694')}, DOB ${dob('11/19/1979')}, needs his life insurance beneficiary updated before the 31st."`, 'an inline "Strictly confidential —" marking at the start of a message'),

  rec('fornitore_it', f`Mi aiuti a scrivere la mail di benvenuto per una nuova consulente esterna? Dati per l'anagrafica: Chiara Marin, codice fiscale ${v('pii.it_codice_fiscale', 'MRNCHR91H62L736F')}, IBAN ${v('financial.iban', 'IT13 B020 0815 0813 3161 6029 769')}, e-mail ${email('chiara.marin.consulting@gmail.com')}.`),
];

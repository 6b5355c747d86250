/** Held-out batch 101: several kinds of sensitive data in one paste (traces, tickets, exports, fixtures). Hand-written. */
import { luhnCheckDigit, ibanCheckDigits } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const iban = (cc: string, bban: string): string => `${cc}${ibanCheckDigits(cc, bban)}${bban}`.replace(/(.{4})/g, '$1 ').trim();
const card = (p: string): string => ((p + String(luhnCheckDigit(p))).match(/.{1,4}/g) ?? []).join(' ');
const STRIPE = tok('sk_', 'live_', '51', fill('b101m-stripe', B62, 97));
const SENDGRID = tok('SG.', fill('b101m-sg1', B62, 22), '.', fill('b101m-sg2', B62, 43));

export const BATCH101_MIXED: DraftRecord[] = [
  rec('trace', f`Ticket checkout crashes for one visitor, stack trace from the logs:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/billetterie/app/checkout.py", line 88, in confirm
    charge = stripe.PaymentIntent.confirm(pi_id, api_key="${v('credential.stripe_secret_key', STRIPE)}")
  File "/usr/lib/python3.11/site-packages/stripe/_api_resource.py", line 140, in confirm
stripe._error.CardError: Your card was declined. (customer_email=${v('pii.email', 'agnes.dubois@orange.fr')}, remote_ip=${amb('pii.ip_address', '90.112.48.203')})`)}

Why is the API key passed per call and is that a problem?`),

  rec('ticket_en', f`Support ticket #LN-5571 (hospital linen portal)
Reporter: Siobhan Kerr, ${v('pii.email', 'siobhan.kerr@nhs.scot')}, ext ${phone('+44 131 242 7385')}
Issue: invoice for October shows wrong bank details. Should be ${v('financial.iban', iban('GB', 'BUKB20201555555555'))}, invoice shows an old account.
Card used for the one-off urgent delivery fee: ${v('financial.payment_card', card('545762038194725'))}

Please draft a reply confirming both corrections.`),

  rec('csv', f`Import fails at row 3, can you spot why?

${amb('source_code.snippet', f`donor_id,name,email,phone,iban,amount
D-1042,Henrik Mortensen,${v('pii.email', 'henrik.mortensen@mail.dk')},${phone('+45 21 48 73 92')},${v('financial.iban', iban('DK', '30000012874563'))},500
D-1043,Lotte Rasmussen,${v('pii.email', 'lotte.r@gmail.com')},${phone('+45 28 91 46 03')},${v('financial.iban', iban('DK', '52950004127735'))},250
D-1044,Søren Kjær;${v('pii.email', 'soren.kjaer@outlook.dk')},${phone('+45 31 27 84 50')},${v('financial.iban', iban('DK', '20000741928346'))},1000`)}`),

  rec('code_test_fixture', f`Unit test fixture for the vaccination registry importer — can you add a case for missing DOB?

${v('source_code.snippet', f`FIXTURE = [
    {"child": "Uwase Aline", "dob": "${v('pii.date_of_birth', '2023-04-11')}", "guardian_phone": "${phone('+250 788 531 204')}"},
    {"child": "Habimana Eric", "dob": "${v('pii.date_of_birth', '2022-12-30')}", "guardian_phone": "${phone('+250 722 846 193')}"},
]

def test_import_counts(db):
    n = import_rows(db, FIXTURE)
    assert n == 2`)}`),

  rec('incident_en', f`Incident notes — drone SP-BNE-04 lost link over Logan, 19 Nov 09:42
- Pilot on duty: Callum Tran, ${phone('0423 618 594', 'AU')}
- GCS laptop ${amb('pii.ip_address', '192.168.40.23')} lost LTE uplink, failsafe RTH engaged correctly
- Customer (prescription delivery): Mrs Joan Pettigrew, ${phone('(07) 3847 2916', 'AU')}, informed of 40 min delay
- Follow-up: vendor ticket raised with login ${v('pii.email', 'ops@skyparcel.com.au')} / ${v('credential.user_password_pair', 'Gcs-Vendor!2024')}

Please turn into a formal incident report.`),

  rec('email_de', f`Hallo Frau Keller,

anbei die Daten für die Rückerstattung der Domführung (Gruppe 18 Personen, ausgefallen wegen Sturm):
Ansprechpartner: Thomas Brandt, Tel. ${phone('+49 221 4827 3016')}, ${v('pii.email', 'thomas.brandt@gemeinde-st-ursula.de')}
Konto: ${v('financial.iban', iban('DE', '370501980020471836'))}
Betrag: 216,00 €

Mit freundlichen Grüßen
Ticketbüro

Bitte den Text freundlicher formulieren.`),

  rec('config_env', f`Staging works, prod doesn't send the ticket PDFs. Diff the two for me?

${amb('source_code.snippet', f`# prod.env
MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'billets@cathedrale-chartres-tickets.fr')}
SUPPORT_PHONE=${phone('+33 2 37 21 48 95')}
DB_PASSWORD=${v('credential.password_assignment', 'Vitrail-Bleu_1194')}`)}`),

  rec('chat_es_ar', f`Che, ¿me ayudás a armar el mail para el importador de yerba y café de Rosario? Pagó con tarjeta ${v('financial.payment_card', card('450799130284617'))} pero el banco rechazó. Contacto: Martín Gorostiaga, ${phone('+54 9 341 528-4173')}, ${v('pii.email', 'mgorostiaga@cafesdelparana.com.ar')}.`),

  rec('hr_export', f`Summarise who is missing a hepatitis B booster in this laundry staff export:

${amb('source_code.snippet', f`staff_id\tname\tdob\tnino\tlast_hepb
L-114\tGrace Mensah\t${v('pii.date_of_birth', '1983-06-02')}\t${v('pii.uk_nino', 'TR 94 85 71 D')}\t2019-03-14
L-127\tPiotr Nowicki\t${v('pii.date_of_birth', '1990-11-19')}\t—\t2023-10-01
L-131\tAisha Rahman\t${v('pii.date_of_birth', '1976-01-30')}\t—\t2016-05-22`)}`),

  rec('http_log', f`${amb('source_code.snippet', f`POST /api/lp-portal/login HTTP/1.1
Host: lp.ardmore-gp.com
Content-Type: application/x-www-form-urlencoded
X-Forwarded-For: ${amb('pii.ip_address', '81.174.209.36')}

username=${v('pii.email', 'c.fitzgerald%40kilbride-family-office.ie')}&password=${v('credential.password_assignment', 'Glenda1ough%2124')}`)}

An LP says she can't log in. The request above is from our WAF log, is the password encoding the problem?`, 'URL-encoded e-mail of a person: still personal data'),

  rec('chat_pt_br', f`Oi, preciso conferir os dados do exportador antes de mandar o contrato de café:
Razão: Fazenda Santa Inês Ltda — responsável Ana Paula Ribeiro, CPF ${v('pii.br_cpf', '530.981.327-60')}
Conta para pagamento: ${v('financial.iban', iban('BR', '00360305000010009795493C1'))}
WhatsApp ${phone('+55 35 99824-6170')}`),

  rec('ticket_fr_be', f`Ticket #4417 — Plainte visite guidée cathédrale Saint-Rombaut
Client : Mme Nathalie Verstraeten, ${phone('+32 478 29 46 13')}, ${v('pii.email', 'nathalie.verstraeten@skynet.be')}
Remboursement demandé sur le compte ${v('financial.iban', iban('BE', '310184273926'))}
Rédigez une réponse en français et en néerlandais.`),

  rec('chat_sw_en', f`Boss, supplier wa chai kutoka Kericho ametuma details mpya za malipo. Mpesa till ya zamani haifanyi kazi. Contact ni Joseph Kiprono ${phone('+254 733 582 147')}, email ${v('pii.email', 'jkiprono@kericho-highlands.co.ke')}. Nisaidie kuandika email ya kuthibitisha kabla hatujalipa, nahofia ni fraud.`),

  rec('code_python', f`Script that emails the weekly KPI pack to LPs — review please:

${v('source_code.snippet', f`import smtplib
from email.message import EmailMessage

SMTP_USER = "${v('pii.email', 'reports@ardmore-gp.com')}"
SMTP_PASS = "${v('credential.password_assignment', 'Kpi-Pack#Wk47')}"
RECIPIENTS = ["${v('pii.email', 'd.oshea@ardmore-gp.com')}", "${v('pii.email', 'finance@kilbride-family-office.ie')}"]

msg = EmailMessage()
msg["Subject"] = "Weekly portfolio KPIs"
msg["From"] = SMTP_USER
msg["To"] = ", ".join(RECIPIENTS)
msg.set_content(open("kpi_week47.txt").read())
with smtplib.SMTP_SSL("smtp.office365.com", 465) as s:
    s.login(SMTP_USER, SMTP_PASS)
    s.send_message(msg)`)}`),
];

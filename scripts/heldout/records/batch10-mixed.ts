/**
 * Held-out batch 10: records with several kinds of sensitive data, second representative sample.
 * Measured once on the frozen engine (README, "Tenth batch").
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, DIGITS, UPPER, fill, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const SK_LIVE = tok('sk_', 'live_', '51', fill('b10-mix-sk', B62, 97));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b10-mh1', UPPER + DIGITS, 7), '/B07', fill('b10-mh2', UPPER + DIGITS, 8), '/', fill('b10-mh3', B62, 24));

export const BATCH10_MIXED: DraftRecord[] = [
  rec('incident', f`Incident INC-3310 (${v('confidential.marking', 'Internal')}): checkout errors 14:02–14:40 UTC. Root cause: rotated Stripe key not deployed; old key ${v('credential.stripe_secret_key', SK_LIVE)} still in the config map. Reported by ${email('mei.tan@tallis-energy.com')}. Write the customer-facing summary.`, '"(Internal)" after an incident id: labelled as a classification'),

  rec('traceback', f`Traceback (most recent call last):
  File "/srv/etl/load.py", line 42, in <module>
    engine = create_engine("postgresql+psycopg2://etl:${v('credential.database_url_password', 'Marble_Kite_3390')}@${amb('pii.ip_address', '10.0.12.8')}/dwh")
sqlalchemy.exc.OperationalError: connection to server failed
Notify ${email('data-oncall@tallis-energy.com')} if this keeps happening.

What does this error mean?`),

  rec('support_chat_pt', f`Cliente: Meu nome é Fernanda Lima, e-mail ${email('fernanda.lima@uol.com.br')}, celular ${phone('+55 11 98765-4321')}. O cartão ${v('financial.payment_card', '4666 8467 3309 9165')} foi cobrado duas vezes.
Atendente: Vou verificar.

Resuma o atendimento em inglês para o time de pagamentos.`),

  rec('hr_csv', f`Convert to a table and flag missing fields:

name;email;dob;ssn
Tyler Brooks;${email('tyler.brooks@tallis-energy.com')};${dob('1989-12-02')};${v('pii.us_ssn', '895-84-8205')}
Monica Reyes;${email('monica.reyes@tallis-energy.com')};${dob('1993-07-19')};`),

  rec('fraud_alert', f`${v('confidential.marking', 'CONFIDENTIAL')} – Finance alert: we received a request to change the supplier account for Brunnwald AG to ${v('financial.iban', 'DE85500105170897242942')}. Caller gave ${phone('+49 30 901820')} and ${email('buchhaltung@brunnwald-ag.net')}. Draft a warning to AP staff.`),

  rec('slack_alert', f`${code(f`import requests

def alert(msg):
    requests.post("${v('credential.slack_webhook_url', SLACK_HOOK)}", json={"text": msg})`)}

Alerts go to #ops-alerts; on-call is ${email('ravi.k@tallis-energy.com')}. How do I add a mention?`),

  rec('kyc_hinglish', f`Customer KYC: naam Pooja Sharma, DOB ${dob('11/07/1992')}, Aadhaar ${v('pii.in_aadhaar', '4107 8235 2998')}, mobile ${phone('+91 98765 43210')}. Isko verification email ke format mein likh do.`),

  rec('contract_it', f`Contratto di lavoro – dipendente: Marco Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCMRC79T14L219Y')}, nato il ${dob('14/12/1979')} a Torino, IBAN per lo stipendio ${v('financial.iban', 'IT33X0542811101282466844404')}. Puoi controllare la clausola di preavviso?`),
];

function code(body: ReturnType<typeof f>): ReturnType<typeof f> {
  return v('source_code.snippet', body);
}

/**
 * Held-out batch 98: records mixing categories — stack traces with contact data, exports with
 * IBANs and e-mails, incident notes with keys, fixtures with personal data. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';

const SG = tok('SG.', fill('b98m-sg1', B62, 22), '.', fill('b98m-sg2', B62, 43));
const GHP = gh('ghp', fill('b98m-ghp', B62, 30));
const SLACK_BOT = tok('xoxb-', '5829173640', '2-', '7391028465', '193-', fill('b98m-xoxb', B62, 24));
const DD = fill('b98m-dd', HEX, 32);

export const BATCH98_MIXED: DraftRecord[] = [
  rec('stacktrace', f`The baggage delivery notification service crashes on some records, trace below:

${amb('source_code.snippet', f`2025-03-18 07:42:19,114 ERROR [notify-worker-3] bagnotify.sender - failed to send delivery SMS
Traceback (most recent call last):
  File "/srv/bagnotify/sender.py", line 88, in send
    resp = client.messages.create(to=pax.phone, from_=SENDER, body=text)
  File "/srv/bagnotify/venv/lib/python3.11/site-packages/twilio/rest/api/v2010/account/message/__init__.py", line 952, in create
    raise TwilioRestException(...)
twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${phone('+33 6 48 21 93 70')} is not a valid phone number.
  pax_id=PX-482193 name="Claire Dubois" email=${v('pii.email', 'claire.dubois@orange.fr')} pir=CDGAF19283 remote_ip=${amb('pii.ip_address', '185.24.117.42')}`)}

The number looks fine to me?`),

  rec('csv_export', f`Please check for duplicates in this refund batch before I upload it (vet-pharma credit notes):

${amb('source_code.snippet', f`customer;contact_email;iban;amount_eur;credit_note
Tierarztpraxis Hubertus;${v('pii.email', 'buchhaltung@tierarzt-hubertus.at')};${v('financial.iban', 'AT82 2011 1827 3640 1955')};412.80;CN-2025-0117
Clinique vétérinaire du Lac;${v('pii.email', 'compta@vet-du-lac.ch')};${v('financial.iban', 'CH74 0023 3182 7465 0129 A')};1290.00;CN-2025-0118
Cabinet Vétérinaire Muller;${v('pii.email', 'info@vet-muller.lu')};${v('financial.iban', 'LU76 0141 8263 7495 0018')};355.10;CN-2025-0119
Tierarztpraxis Hubertus;${v('pii.email', 'buchhaltung@tierarzt-hubertus.at')};${v('financial.iban', 'AT82 2011 1827 3640 1955')};412.80;CN-2025-0117`)}`),

  rec('incident_note', f`Incident note — NOC, 21/03, 03:15
Contractor from the customer (Rahul Mehta, ${phone('+91 99870 41263')}, ${v('pii.email', 'rahul.mehta@finbridge.in')}) was given temporary access to cage C-11. While on site he pasted their monitoring config into our shared ticket by mistake, incl. the Datadog key ${v('credential.datadog_api_key', DD)}. I've hidden the ticket comment. Who should tell the customer to rotate it?`),

  rec('fixture_py', f`Our test fixtures for the loan app contain real-looking data, is this OK to commit?

\`\`\`python
${v('source_code.snippet', f`CLIENTS = [
    {
        "name": "Grace Achieng Otieno",
        "phone": "${phone('+254 722 391 846')}",
        "email": "${v('pii.email', 'grace.otieno@gmail.com')}",
        "dob": "${v('pii.date_of_birth', '1987-05-14')}",
        "loan_kes": 60000,
    },
    {
        "name": "Peter Mwangi Njoroge",
        "phone": "${phone('+254 733 918 274')}",
        "email": "${v('pii.email', 'pmnjoroge@yahoo.com')}",
        "dob": "${v('pii.date_of_birth', '1979-11-02')}",
        "loan_kes": 120000,
    },
]`)}
\`\`\``),

  rec('mail_es_hn', f`Asunto: Problema con reembolso y acceso al sistema

Hola equipo de TI,

La clienta Karla Yamileth Mejía (${phone('+504 9482-1937')}) del grupo solidario de Choluteca pagó su cuota con tarjeta ${v('financial.payment_card', '4929 1830 5577 8215')} en la agencia y se le cobró dos veces. Además, no puedo entrar al sistema: mi usuario es oficial.choluteca3 y la contraseña que me dieron fue ${v('credential.password_in_prose', 'Choluteca#2025')} pero dice "usuario bloqueado".

Gracias,
Wilmer`),

  rec('slack_paste', f`From #salon-ops:
[09:12] Aylin: who set up the booking bot? it's posting client phone numbers in the channel 😬
[09:13] Aylin: e.g. "New booking: Ebru Yıldız ${phone('+90 532 481 27 36')}, keratin, Thu 14:00"
[09:15] Deniz: it's the bot with token ${v('credential.slack_bot_token', SLACK_BOT)}, I'll change the template
[09:16] Aylin: pls also remove the email, it showed ${v('pii.email', 'ebru.yildiz@hotmail.com')} yesterday

Can you suggest a message template that doesn't expose client data?`),

  rec('grant_mail', f`${v('confidential.marking', 'CONFIDENTIAL')} — Panel use only

Applicant: Dr. Kwame Asante, ${v('pii.email', 'k.asante@ug.edu.gh')}, ${phone('+233 24 482 1937')}
Scores: 4 / 5 / 3 (mean 4.0), ranked 7 of 42
Recommended award: £148,200 over 36 months

Please draft the award letter (without the scores).`),

  rec('ci_log', f`GitHub Actions log from the NOC inventory repo — is this leaking anything?

${amb('source_code.snippet', f`Run git clone https://x-access-token:${v('credential.url_password', GHP)}@github.com/nordcolo/inventory.git
Cloning into 'inventory'...
Run python sync.py --notify ${v('pii.email', 'noc-oncall@nordcolo.net')}
Connecting to netbox at ${amb('pii.ip_address', '10.40.2.15')} ...
Synced 1,284 devices`)}`),

  rec('ticket_pt', f`Chamado #88213 — Cliente do salão reclama de e-mail

A cliente Fernanda Albuquerque (${v('pii.email', 'fe.albuquerque@uol.com.br')}, ${phone('+55 21 99482-1937')}) diz que recebeu o e-mail de confirmação de outra pessoa. O log do SendGrid mostra o envio com a chave ${v('credential.sendgrid_api_key', SG)} para o endereço errado. CPF dela no cadastro: ${v('pii.br_cpf', '502.913.847-14')}.

Me ajuda a escrever um pedido de desculpas?`),

  rec('json_payload', f`Webhook from our payment provider for a salon gift purchase — why does our parser fail?

${amb('source_code.snippet', f`{
  "event": "payment.captured",
  "amount": 15000,
  "currency": "GBP",
  "customer": {
    "name": "Olivia Pennington",
    "email": "${v('pii.email', 'olivia.pennington@btinternet.com')}",
    "phone": "${phone('+44 7825 193 482')}"
  },
  "card": { "last4": "4725", "brand": "mastercard", "exp": "10/27" },
  "ip": "${amb('pii.ip_address', '81.174.22.193')}"
}`)}`),

  rec('kyc_bn', f`অনুগ্রহ করে এই ঋণগ্রহীতার তথ্য যাচাই করে একটি সংক্ষিপ্ত নোট লিখুন:
নাম: রহিমা খাতুন
জন্ম তারিখ: ${v('pii.date_of_birth', '10/01/1990')}
মোবাইল: ${phone('+880 1712-482193')}
ব্যাংক একাউন্ট: ${v('financial.iban', 'GB17BARC20481739562048')} (প্রবাসী ভাই লন্ডন থেকে কিস্তি পাঠান)
ঋণ: ৪০,০০০ টাকা`),

  rec('pir_fr_cm', f`Bonjour, voici le rapport de bagage perdu d'un passager à Douala, peux-tu le traduire en anglais pour la compagnie ?
Passager : Jean-Pierre Mbarga
Téléphone : ${phone('+237 6 77 48 21 93')}
E-mail : ${v('pii.email', 'jp.mbarga@yahoo.fr')}
Date de naissance : ${v('pii.date_of_birth', '22/04/1978')}
Passeport : ${v('pii.passport', 'AA0482193')}
Valise bleue, étiquette SN 294817, vol SN 371 Bruxelles–Douala`),

  rec('env_noc', f`Our status page deploy fails, here's the env + the on-call list I was asked to include:

${amb('source_code.snippet', f`STATUSPAGE_SMTP_USER=${v('pii.email', 'alerts@nordcolo.net')}
STATUSPAGE_SMTP_PASS=${v('credential.password_assignment', 'St4tus!Pg-Hall')}
ONCALL_PRIMARY=${phone('+46 70 482 19 37')}
ONCALL_SECONDARY=${phone('+46 73 918 27 46')}`)}

The error is "SMTP 535 authentication failed".`),

  rec('ro_mix', f`Bună, am primit de la un client de microcredit următorul mesaj și trebuie să răspund:
"Bună ziua, sunt Ion Rusu, născut la ${v('pii.date_of_birth', '14.08.1983')}, telefon ${phone('+373 69 482 193')}. Am plătit rata de 1.200 lei din contul ${v('financial.iban', 'MD85 EX00 0000 0229 1837 4651')}, dar aplicația arată restanță."
Ajută-mă să formulez un răspuns politicos în română.`),

  rec('sr_mix', f`Молим те помози ми да напишем одговор клијенту салона:
Клијент: Јелена Петровић, ${phone('+381 64 4821937')}, ${v('pii.email', 'jelena.petrovic@gmail.com')}
Платила је ваучер картицом ${v('financial.payment_card', '5291 8473 6620 1938')}, али ваучер није стигао на мејл.`),
];

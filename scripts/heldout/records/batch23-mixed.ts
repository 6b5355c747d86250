/**
 * Held-out batch 23: longer texts mixing categories — incident notes, mail threads, exports, fixtures, meeting
 * notes — from the six organisations of the batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SENTRY_KEY = fill('b23m-sentry', HEX, 32);
const SG = tok('SG.', fill('b23m-sg1', B64URL, 22), '.', fill('b23m-sg2', B64URL, 43));
const XOXB = tok('xoxb-', '5830192746', '1-', '8120394857261-', fill('b23m-xoxb', B62, 24));
const GHP = gh('ghp', 'Lp4Rn8Tx2Vb6Zc1Qw5Ey9Ui3Oa7Sd0');
const STRIPE = tok('sk_', 'live_', '51', fill('b23m-sklive', B62, 97));
const OPENAI = tok('sk-', 'proj-', fill('b23m-oa1', B64URL, 74), 'T3BlbkFJ', fill('b23m-oa2', B64URL, 74));

export const BATCH23_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident 2024-11-29: borrower documents exposed in support tool

**Summary:** For 47 minutes, the support tool's search returned uploaded ID documents of other borrowers.

**Timeline (UTC)**
- 13:02 deploy of support-ui 4.12.0
- 13:31 agent reports seeing a stranger's payslip; ticket from borrower ${v('pii.email', 'kwame.mensah.jr@gmail.com')} (${phone('(312) 748-2953', 'US')})
- 13:49 rollback; cache purged on ${amb('pii.ip_address', '10.12.8.41')}
- 14:30 the DB user for the hotfix was created with password ${v('credential.password_in_prose', 'Hotfix-Nov29-Temp')} — must be rotated

**Impact:** 212 documents viewed by 9 agents. Regulator notification under review.

Write the customer notification e-mail. No internal details.`),

  rec('email_thread', f`Can you draft my reply to Dimitris? Short and friendly.

From: Dimitris Kalogeropoulos <${v('pii.email', 'd.kalogeropoulos@cretagrain.gr')}>
Sent: Friday, 29 November 2024 10:42
Subject: Re: barley shipment MV Aegean Star – payment

Dear Ioana,
The vessel is discharged at Heraklion. Please remit the balance of EUR 214,300 to our account:
IBAN ${v('financial.iban', 'GR78 0140 5935 6464 7025 4814 280')}
For urgent matters my mobile is ${phone('+30 694 718 2935')}.

> On Thu, 28 Nov 2024, Ioana Dumitrescu wrote:
> The quality certificate is fine, payment after discharge as per contract.`),

  rec('sentry_config', f`Errors from the Maison Lune checkout don't show up in Sentry. Config:

${v('source_code.snippet', f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508120.ingest.de.sentry.io/4508120394816512`)}",
  environment: "production",
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.user) delete event.user.email;
    return event;
  },
});

const stripe = require("stripe")("${v('credential.stripe_secret_key', STRIPE)}");`)}

Also, the Stripe init is server-side only, right?`),

  rec('vet_record', f`Summarise this record for the referral hospital in English:

Patient: Bella (Labrador, F, 9 y, 31.4 kg) · Chip 752098100834172
Owner: Gustav Nilsson, ${phone('+46 70 384 29 17')}, ${v('pii.email', 'gustav.nilsson@spray.se')}
Billing: paid with card ${v('financial.payment_card', '5186 4953 1439 5234')} (customer insisted we keep it on file for the follow-up)
History: polyuria/polydipsia 3 weeks, ALP ↑, cortisol stim test pending. Suspect Cushing's.`),

  rec('slack_export', f`Our call-sheet bot crashes on some messages, sample event and config:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U05KD8M1P2X",
  "text": "new pickup for Sara tomorrow 05:15, driver is Henrik ${phone('+46 73 829 41 06')}",
  "ts": "1733139982.220419",
  "channel": "C06CALLSHT"
}`)}

callsheet-bot.yml:
${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', XOXB)}
sheets:
  spreadsheet_id: 1vK3mQ8xR2nT7wL4pZ9cJ6bF0hD5sA1eU
  range: "Day23!A1:H80"`)}`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO borrowers (id, full_name, cpf, email, phone, iban) VALUES
(30211, 'Beatriz Souza', '${v('pii.br_cpf', '350.803.414-32')}', '${v('pii.email', 'bia.souza@terra.com.br')}', '${phone('+55 51 3284-7193')}', '${v('financial.iban', 'BR20 5099 9470 6375 3292 4704 744C 1')}'),
(30212, 'Thiago Martins', '${v('pii.br_cpf', '433.650.768-67')}', '${v('pii.email', 'thiagomartins@gmail.com')}', '${phone('+55 11 97384-2615')}', NULL);`)}

Preciso migrar isso pro novo schema onde CPF fica só com dígitos. Faz o UPDATE?`),

  rec('meeting_notes', f`## PD IT weekly – 2 Dec

- E-filing vendor cutover moved to 16 Dec. Vendor contact: Priya Raman (${v('pii.email', 'priya.raman@efile-vendor.example.com')}).
- Courtroom 4B kiosk: local admin account reset, new password ${v('credential.password_in_prose', 'Bailiff-4B-Kiosk!')} — change after the jury trial ends.
- Laptop for new DPD Ramirez: asset PD-LT-0471, ships Thursday.
- Reminder: no client SSNs in Teams chats. Last week someone pasted ${v('pii.us_ssn', '819-19-4056')} in #intake.

Turn this into action items with owners.`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`name: weekly-price-report
on:
  schedule: [{ cron: "0 6 * * 1" }]
jobs:
  report:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: python price_report.py --out raport.html
        env:
          GH_TOKEN: ${v('credential.github_pat', GHP)}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.sendgrid.net
          username: apikey
          password: ${v('credential.sendgrid_api_key', SG)}
          to: ${v('pii.email', 'conducere@agrodelta.ro')}
          subject: Raport saptamanal preturi cereale`)}

De ce primesc mailul de două ori pe luni?`),

  rec('email_ar', f`مرحباً فريق الدعم،

العميل سالم الحربي (الجوال ${phone('050 729 3846', 'SA')}، رقم الإقامة ${ambCat('pii', '2612424727')}) يطلب إعادة جدولة القرض. القسط الشهري يُخصم من الحساب ${v('financial.iban', 'SA29 1014 7101 5034 3226 7961')}.

أرجو صياغة رد رسمي يوضح الخيارات المتاحة.`, 'Saudi iqama number: no built-in rule (ambiguous)'),

  rec('test_fixture', f`Our fixture for the intake form tests, reviewer says "no real-looking data". Can you replace it with obviously fake values?

${v('source_code.snippet', f`INTAKE_FIXTURE = {
    "client_name": "Ramon Delgado",
    "dob": "${v('pii.date_of_birth', '1979-10-04')}",
    "ssn": "${v('pii.us_ssn', '819-19-4056')}",
    "phone": "${phone('(213) 482-7391', 'US')}",
    "email": "${v('pii.email', 'ramon.delgado79@yahoo.com')}",
    "charges": ["VC 23152(a)"],
}`)}`),

  rec('chat_id', f`Mbak, tolong cek email ke pembeli di bawah sebelum saya kirim:

"Yth. Bapak Hendra Wijaya (${v('pii.email', 'hendra.wijaya@yahoo.co.id')}),
Pembayaran untuk kontrak jagung KT-2024-0912 sebesar USD 86.400 mohon ditransfer ke rekening kami:
IBAN ${v('financial.iban', 'NL23 RABO 4447 1183 86')} (Rabobank, untuk transaksi ekspor)
Hubungi kami di ${phone('+62 21 2938 4721')} bila ada pertanyaan."`),

  rec('chat', f`Set up the influencer gifting tool for me. It needs:
- our OpenAI key for the caption drafts: ${v('credential.openai_api_key', OPENAI)}
- the shipping contact for the Athens influencers: Eleni Markou, ${phone('210 748 2913', 'GR')}
- return address: Maison Lune, Hammarby Allé 47, Stockholm

Write the Node config file for it.`),

  rec('log', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/pms/reminders/send.py", line 88, in send_batch
    sms.send(to=owner.phone, body=render(owner))
  File "/srv/pms/reminders/sms.py", line 41, in send
    raise SmsError(f"invalid number for {owner_email}: {to}")
reminders.sms.SmsError: invalid number for ${v('pii.email', 'eva.karlsson@live.se')}: +46 70 12 34`)}

The number is too short, but the PMS accepted it. Should we validate on input?`, 'the truncated Swedish number in the error is invalid: unlabelled'),

  rec('hr_ro', f`Te rog verifică datele din fișa de angajare a noului tehnician veterinar:
Nume: Elena Marinescu
CNP: ${ambCat('pii', '2880913400216')}
Data nașterii: ${v('pii.date_of_birth', '13.09.1988')}
Telefon: ${phone('+40 721 384 952')}
Cont salariu: ${v('financial.iban', 'RO09 BTRL 0577 4173 8274 6443')}
Post: asistent veterinar, clinica Cluj, de la 02.01.2025`, 'Romanian CNP: no built-in rule (ambiguous)'),

  rec('production_budget', f`Line producer's wire request, please check before I send it to the bank:

Payee: Aegean Locations IKE (Chania)
IBAN: ${v('financial.iban', 'GR54 0260 4647 4773 1143 4179 094')}
Amount: EUR 38,000.00 – location fees, 14 Jan–2 Feb
Contact: Nikos Georgiou, ${phone('+30 2810 394 827')}, ${v('pii.email', 'nikos@aegeanlocations.gr')}
Approved: E. Sjöberg (producer)`),
];

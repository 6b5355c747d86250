/** Held-out batch 106: longer texts mixing credentials, personal data, financial data, code and markings. Hand-written. */
import { ibanCheckDigits } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);
const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mark = (s: string) => v('confidential.marking', s);
const iban = (cc: string, bban: string) => v('financial.iban', (cc + ibanCheckDigits(cc, bban) + bban).replace(/(.{4})(?=.)/g, '$1 '));

const SLACK_BOT = tok('xoxb-', '5520194837', '2-', '8830192746153-', fill('b106m-xoxb', B62, 24));
const GHP = gh('ghp', 'Nm5Kq2Xr8Vb1Lt7Hz4Wd9Pc3Fs6Jy0');
const SENTRY = tok('https://', fill('b106m-sdsn', HEX, 32), '@o4508812.ingest.us.sentry.io/4508820117');
const SG = tok('SG.', fill('b106m-sg1', B64URL, 22), '.', fill('b106m-sg2', B64URL, 43));

export const BATCH106_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident note – badge DB outage, 12 March

**Impact:** badge printing stopped 06:10–08:45 at the ID office; 37 contractors waited, 4 missed shifts.
**Cause:** the nightly job on ${ip('10.44.8.17')} rotated the DB password, but the encoder stations still had the old one in appsettings.json: \`Password=${v('credential.connection_string_password', 'Rwy27R#Taxi')}\`.
**Contacts:** duty manager Kwame Asante (${phone('07931 628 417', 'GB')}), DBA on call ${mail('dba-oncall@lhx-airport.example')}.
**Follow-up:** move secrets to the vault; alert the ID office before rotation.

Rewrite for the airport's weekly ops bulletin, no technical details.`),

  rec('email_thread', f`Can you write my reply to Hamid? Keep it short and polite.

From: Hamid Rezaei <${mail('h.rezaei@northgate-cargo.example.co.uk')}>
Subject: Re: badge renewal – 3 staff

Hi, attached the renewal forms. One of them, Ali Karimi (DOB ${dob('11/02/1990')}, passport ${v('pii.passport', 'Y48201937')}), has a new passport since the last badge. Please call me on ${phone('+44 7402 381 906')} if anything is missing.
We'll pay the fees by card as usual.

> On 10 Mar, Airport ID Office wrote:
> Please send the renewal forms by Friday.`),

  rec('chat_de', f`Kannst du mir aus diesen Notizen eine saubere Übergabe für die Kollegin im Lohnbüro machen?

- Mandant Autohaus Berger: Gehälter März noch nicht freigegeben, Ansprechpartner Herr Berger ${phone('0911 4820 317', 'DE')}
- neue Mitarbeiterin Anna Schulz, geb. ${dob('30.09.1998')}, Steuer-ID ${v('pii.de_steuer_id', '15112489078')}, IBAN ${iban('DE', '760700240312847700')}
- DATEV-Zugang für die Vertretung: Benutzer lb-vertretung, Passwort ${v('credential.password_in_prose', 'Lohnsteuer#Mai25')} (bitte nach der Rückkehr ändern)
- Krankmeldung Herr Yıldız läuft bis 04.04.`),

  rec('support', f`Payroll portal bug report from a client (bakery, 9 staff), please summarise it for the dev team:

"Hi, when I open the payslip for Emma Doyle the page shows someone else's bank details — ${iban('IE', 'BOFI90001712345678')} — and Emma's PPSN ${ambCat('pii', '8274193WA')} on the same page. Screenshot attached. My login is ${mail('accounts@doylesbakery.example.ie')}, I'm on ${phone('087 318 4276', 'IE')} all day."

Log from our side:
${cfg(f`2025-03-14T10:22:18Z GET /payslips/8821 user=4471 ip=${ip('86.44.120.17')} status=200
2025-03-14T10:22:18Z WARN cache key collision payslip:8821 vs payslip:8812`)}`, 'Irish PPSN has no rule: ambiguous PII'),

  rec('slack', f`#translation-ops export (last 20 min), can you tell me who's doing what?

[09:02] Lucía: PM for the Ferrer notarial job is me, client contact ${mail('jordi.ferrer@ferrer-notaris.example.es')}
[09:05] Kenji: JA→EN patent batch uploaded, 42k words, deadline Friday
[09:06] Kenji: btw bot token for the deadline reminder bot is ${v('credential.slack_bot_token', SLACK_BOT)}, put it in the wiki?
[09:07] Lucía: NO, not the wiki 🙈 use the vault
[09:11] Oluwaseun: Yoruba interpreter for Thursday confirmed, her number ${phone('+234 803 418 2769')}`),

  rec('email', f`Subject: Freelancer onboarding – Tamil/Sinhala legal translator

Hi Priya,
here are the details for the new freelancer, please set her up in XTRF and the payment run:
Name: Kavitha Sivakumar
Email: ${mail('kavitha.sivakumar@translate-lk.example.com')}
Phone: ${phone('+94 77 418 2936')}
Bank: Commercial Bank of Ceylon, account ${ambCat('financial', '8004127395')}, SWIFT ${amb('financial.swift_bic', 'CCEYLKLX')}
Rate: 0.09 GBP/word, legal surcharge 20%
Her portal password is ${v('credential.password_in_prose', 'Thamarai@2025')} until she changes it.

Thanks, Daniel`),

  rec('bug', f`Our deadline-reminder service crashes at startup, here's the trace and the config. What's wrong?

${cfg(f`Traceback (most recent call last):
  File "/app/reminder/main.py", line 41, in <module>
    sg = SendGridAPIClient(settings.SENDGRID_KEY)
  File "/app/reminder/settings.py", line 12, in __getattr__
    raise KeyError(name)
KeyError: 'SENDGRID_KEY'`)}

${cfg(f`# settings.toml
[mail]
sendgrid_api_key = "${v('credential.sendgrid_api_key', SG)}"
from = "${mail('deadlines@polyglot-ls.example.com')}"
[sentry]
dsn = "${v('credential.sentry_dsn', SENTRY)}"`)}`),

  rec('chat_pt', f`Ajuda-me a organizar estas notas da reunião da equipa de exportação da adega?

1. Importador brasileiro (Rio) pede amostras: contacto Renata Campos, ${mail('renata.campos@importvinhos.example.com.br')}, ${phone('+55 21 99482-3170')}
2. Pagamento do importador angolano ainda em falta; o nosso IBAN enviado: ${iban('PT', '003500970000123456784')}
3. Novo acesso ao portal da alfândega: utilizador adega_exp, palavra-passe ${v('credential.password_in_prose', 'Touriga!Nacional22')}
4. Feira Prowein: stand 10A45, reservar voos até sexta`),

  rec('ticket', f`WINE-412 | Shop integration broken after the developer left

Description (from the export manager): "The webshop stopped syncing stock with the cellar system. The old developer's notes say the sync job on ${ip('192.168.10.20')} runs as user 'sync' and uses this GitHub token to pull the scripts: ${v('credential.github_pat', GHP)}. He also left his personal number ${phone('0412 839 506', 'AU')} in case of emergencies."

Please write a handover checklist for the new agency so this doesn't happen again.`),

  rec('email_af', f`Onderwerp: Uitvoerdokumente – Duitsland-besending

Hallo Pieter,
die invoerder in Hamburg het die volgende nodig vir die VI-1 sertifikaat: ontledingsverslag, faktuur en die ${mark('VERTROULIK')} pryslys. Hul kontakpersoon is Frau Brandt, ${mail('s.brandt@weinimport-hh.example.de')}, ${phone('+49 40 3182 4470')}.
Betaling na ons Duitse rekening ${iban('DE', '200505501238419002')}.

Groete, Marlize

Kan jy dit in Engels vertaal vir die Duitse kantoor?`, 'Afrikaans marking of the price list inside the sentence'),

  rec('sar_report', f`${mark('RESTRICTED')}
MRCC Sitrep 2 – persons in water, Irish Sea

Casualty 1: Declan Hughes, DOB ${dob('17/04/1976')}, recovered 0312 UTC, conscious, hypothermic.
Casualty 2: not yet located. Last datum 53°41.2'N 005°12.7'W.
NOK contacted: Mrs Hughes ${phone('028 4372 1849', 'GB')}.
Assets: R199, RNLB Portaferry, FV "Ocean Harvest".

Please shorten this for the Coastguard press office statement, no names or numbers.`),

  rec('chat_ru', f`Помоги разобраться, почему сервис оповещения спасателей не отправляет SMS:

${code(f`import requests

API = "https://sms.example-gateway.ru/send"
LOGIN = "rcc_alert"
PASSWORD = "${v('credential.password_assignment', 'Shtorm-Baltika7')}"

def alert(phone, text):
    r = requests.post(API, data={"login": LOGIN, "psw": PASSWORD, "phones": phone, "mes": text})
    r.raise_for_status()
    return r.json()

alert("${phone('+7 921 418-36-27')}", "Сбор экипажа, причал 3, 15 минут")`)}

Ответ сервера: {"error": "authorise error", "error_code": 2}`),

  rec('meeting_notes', f`Notulen overleg arbodienst – fabriek Oosterhout (concept)

Aanwezig: bedrijfsarts dr. El Idrissi, HR (Mieke), preventiemedewerker
1. PAGO lawaai: 14 medewerkers niet verschenen, nieuwe uitnodigingen via ${mail('arbo-planning@arbonova.example.nl')}
2. Re-integratie medewerker Joris Smits (geb. ${dob('03-10-1983')}, BSN ${v('pii.nl_bsn', '808402286')}): start aangepast werk 14 april, 4 uur per dag.
3. Factuur Q1 naar ${iban('NL', 'INGB0007264190')}, bedrag €11.480.
4. Volgend overleg 22 mei.

Kun je hier een versie van maken zonder medische en persoonsgegevens, voor het ondernemingsblad?`),

  rec('chat_hi', f`नमस्ते, हमारी ऑक्यूपेशनल हेल्थ टीम एक फैक्ट्री के लिए प्री-एम्प्लॉयमेंट मेडिकल करती है। नीचे एक कर्मचारी का डेटा और हमारी ऐप की कॉन्फ़िग है। कृपया बताइए कि रिपोर्ट PDF क्यों नहीं बन रही:
कर्मचारी: सुरेश यादव, जन्म तिथि ${dob('15/08/1989')}, आधार ${v('pii.in_aadhaar', '6562 3985 4713')}, मोबाइल ${phone('+91 94152 83071')}

${cfg(f`REPORT_BUCKET=oh-reports-in
REPORT_SIGNING_KEY=${v('credential.generic_secret_assignment', fill('b106m-sign', B62, 40))}
WKHTMLTOPDF=/usr/local/bin/wkhtmltopdf`)}`),

  rec('email', f`Subject: FW: Cellar door card payment failed twice

Hi team, customer below was charged but the order shows unpaid. Can someone check Stripe?

----- Forwarded -----
From: Gemma Whitfield <${mail('gemma.whitfield@bigpond.com')}>
I tried to pay for the 6 x Shiraz with my Visa ending 4417 and it said declined, but my bank app shows two pending charges of $312.00. My mobile is ${phone('0438 217 905', 'AU')}. Please refund one of them.`, 'a card ending in four digits is not a card number'),

  rec('chat', f`SAR volunteer app – a volunteer can't log in. Here's what he sent and our auth log, what should I check?

"Hi, it's Sione Tupou, Nuku'alofa crew. My login is ${mail('sione.tupou@tongarescue.example.to')} and my phone ${phone('+676 772 4381')}. It keeps saying 'invalid token'."

${cfg(f`2025-03-15 19:02:11 auth WARN user=sione.tupou reason=jwt_expired exp=1741950000 src=${ip('103.47.164.22')}
2025-03-15 19:02:40 auth WARN user=sione.tupou reason=jwt_expired exp=1741950000 src=${ip('103.47.164.22')}`)}`),
];

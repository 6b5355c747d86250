/**
 * Held-out batch 96: records mixing categories — stack traces with connection strings, customer
 * mails with cards and phones, exports with IBANs and e-mails, incident notes with keys and
 * markings, test fixtures with personal data. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, gh, tok } from '../tokens';

const card = (p: string): string => p + String(luhnCheckDigit(p));
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const PG_PW = 'Vltava#Odecty2025';
const SK = tok('sk_', 'live_', '51', fill('b96m-sk', B62, 97));
const GHP = gh('ghp', fill('b96m-ghp', B62, 30));
const SG = tok('SG.', fill('b96m-sg1', B64URL, 22), '.', fill('b96m-sg2', B64URL, 43));
const DK1 = iban('DK', '5000' + '0001863429');
const SE1 = iban('SE', '500' + '00000058398257466');
const SI1 = iban('SI', '19100' + '0001284375');
const BA1 = iban('BA', '129' + '007' + '9401028494');
const LT1 = iban('LT', '70440' + '60008124395');
const VISA = card('491748203165972');
const MC = card('535418729046137');

export const BATCH96_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Ahoj, po nasazení nové verze portálu odečtů padá služba hned při startu. Stack trace:

${cfg(f`Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "odecty_app"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at org.postgresql.Driver.connect(Driver.java:297)
	at com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:574)
  url=jdbc:postgresql://${ip('10.20.4.17')}:5432/odecty?user=odecty_app&password=${v('credential.url_password', PG_PW)}`)}

Heslo jsme měnili minulý týden, ${v('pii.email', 'jana.novakova@vodarny-brno.cz')} ho měla aktualizovat ve Vaultu.`),

  rec('email', f`Hi, can you help me reply to this customer? Forwarded from the fertility clinic front desk:

From: ${v('pii.email', 'tanvir.hossain.uk@gmail.com')}
Subject: Refund for cancelled cycle

Hello, my wife's cycle was cancelled on day 6 and we were told we'd be refunded. I paid with ${v('financial.payment_card', VISA)} on 3 February. My number is ${phone('07825 348 205', 'GB')} if you need to call. Her date of birth is ${v('pii.date_of_birth', '19/01/1990')}, patient ID FC-22871.

Thanks, Tanvir`),

  rec('csv', f`Hej! Kan du hjælpe mig med at lave en pivottabel over udbetalinger af depositum pr. kollegium?

kollegium;lejer;email;iban;beløb_dkk
Skjoldhøj;Mathias Sørensen;${v('pii.email', 'mathias.s@post.au.dk')};${v('financial.iban', DK1)};9800
Ryparken;Ebba Lindqvist;${v('pii.email', 'ebba.lindqvist@student.ku.dk')};${v('financial.iban', SE1)};11200
Skjoldhøj;Luka Horvat;${v('pii.email', 'luka.horvat@gmail.com')};${v('financial.iban', SI1)};9800`),

  rec('incident_note', f`${v('confidential.marking', 'INTERNAL — CONFIDENTIAL')}
Incident note, content licensing platform, 2025-03-21

A contractor committed the production Stripe key to the rights-portal repository (commit in branch feature/payouts). Key: ${v('credential.stripe_secret_key', SK)}. It was public for ~40 minutes before the push protection alert. Contractor contact: Ravi Menon, ${phone('+91 99450 27381')}.

Please draft the timeline section and the list of rotation steps.`),

  rec('code_python', f`Our pytest fixtures for the student-housing API contain real-looking people and I'm not sure that's ok. Can you rewrite them with Faker?

${v('source_code.snippet', f`import pytest

@pytest.fixture
def applicant():
    return {
        "name": "Oluwaseun Adeyemi",
        "email": "${v('pii.email', 'oluwaseun.adeyemi@unilag.edu.ng')}",
        "phone": "${phone('+234 803 492 7156')}",
        "dob": "${v('pii.date_of_birth', '2003-06-27')}",
        "room_pref": "single",
    }

@pytest.fixture
def payment():
    return {"card": "${v('financial.payment_card', MC)}", "exp": "10/27", "amount_ngn": 450000}`)}`),

  rec('chat', f`Zdravo, iz ureda za studentski smještaj u Sarajevu: studentica Amra Hadžić (rođena ${v('pii.date_of_birth', '05.11.2004.')}) traži povrat kaucije na račun ${v('financial.iban', BA1)}. Telefon ${phone('061 482 375', 'BA')}. Napiši joj potvrdu.`),

  rec('ticket', f`Ticket #8812 — GitHub Actions in the SCADA-config repo fails.

Reporter: ${v('pii.email', 'e.macleod@scottishwater-contractor.co.uk')}
The workflow uses a PAT stored as a plain env var (yes I know): GH_TOKEN=${v('credential.github_pat', GHP)}
Runner IP ${ip('20.51.88.14')} gets "Resource not accessible by integration". Can you explain the difference between GITHUB_TOKEN and a PAT here?`),

  rec('email', f`Labas, prašau padėti atsakyti klientui.

Nuo: ${v('pii.email', 'rimantas.petrauskas@gmail.com')}
Tema: Užstatas už ekskavatorių

Sveiki, grąžinau techniką prieš savaitę, bet užstato dar negavau. Mano sąskaita ${v('financial.iban', LT1)}, telefonas ${phone('+370 612 48372')}.

Rimantas`),

  rec('config', f`Привет! Сервис рассылки квитанций водоканала перестал отправлять письма. Конфиг:

${cfg(f`mail:
  provider: sendgrid
  api_key: ${v('credential.sendgrid_api_key', SG)}
  from: ${v('pii.email', 'kvitancii@vodokanal-tver.ru')}
  reply_to: ${v('pii.email', 'abonent@vodokanal-tver.ru')}
smtp_fallback:
  host: ${ip('192.168.10.25')}
  port: 25`)}

В логах "403 Forbidden: The from address does not match a verified Sender Identity".`),

  rec('meeting_notes', f`Notes from the ops desk stand-up (please turn into action items):

- Custodian confirmed the break on trade 2291 is theirs; contact ${v('pii.email', 'settlements.desk@globalcustody-bank.com')}, tel ${phone('+44 20 7946 1832')}.
- The new junior analyst still shares the reconciliation login; password was said aloud in the room as ${v('credential.password_in_prose', 'Doha-Recon-88')} — must be changed today.
- Board pack for Thursday marked ${v('confidential.marking', 'STRICTLY CONFIDENTIAL')}; print only 6 copies.`, '+44 20 7946 0xxx is the Ofcom drama range; 1832 is outside it'),

  rec('log', f`Bonjour, ce log vient du serveur de réservation des logements étudiants à Lausanne. Pourquoi tant de 401 ?

${ip('185.12.64.201')} - - [19/Mar/2025:10:14:02 +0100] "POST /api/login HTTP/1.1" 401 87 "-" "Mozilla/5.0"
${ip('185.12.64.201')} - - [19/Mar/2025:10:14:05 +0100] "POST /api/login HTTP/1.1" 401 87 "-" "Mozilla/5.0"
${ip('185.12.64.201')} - - [19/Mar/2025:10:14:07 +0100] "GET /api/reservations?email=${v('pii.email', 'chloe.favre@unil.ch')} HTTP/1.1" 401 87 "-" "python-requests/2.31"`),

  rec('chat', f`Hi, the rental branch in Kumasi sent me this on WhatsApp, can you turn it into a proper customer record?

"Customer: Kwame Asante, phone ${phone('024 381 7265', 'GH')}, email ${v('pii.email', 'kwame.asante@gmail.com')}, took 2 compactors, deposit paid by card ${v('financial.payment_card', card('414720' + '385920147'))}"`),

  rec('email', f`Subject: Re: Temporary access for the licensing audit

Hi Sofia,

As discussed, the auditors can use the read-only account until Friday:
username: audit_ro
password: ${v('credential.password_assignment', 'Licens3-Audit!Q2')}
portal: https://rights.streamco.internal

Auditor contact: ${v('pii.email', 'marta.oliveira@auditores-lx.pt')}, ${phone('+351 912 483 705')}.

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}`),
];

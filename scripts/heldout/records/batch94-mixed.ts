/**
 * Held-out batch 94: records mixing categories — incident notes, stack traces, exports and
 * e-mails where credentials, personal data, financial values and markings occur together.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (p: string): string => p + String(luhnCheckDigit(p));
const GHP = gh('ghp', 'Lk4Mz8Qw2Rx6Tn1Vb9Hc3Jd7Fp5Gs0');
const SK_LIVE = tok('sk_', 'live_', '51', fill('b94m-skl', B62, 97));
const SENTRY = fill('b94m-sentry', HEX.toLowerCase(), 32);
const SLACK_BOT = tok('xoxb-', '5930184726', '1-', '6028473915027-', fill('b94m-xoxb', B62, 24));
const IBAN_NL = iban('NL', 'RABO0318274659');
const IBAN_SI = iban('SI', '191000000123438');
const IBAN_LT = iban('LT', '7300010123456789');
const IBAN_BG = iban('BG', 'BNBG96611020345678');
const CARD = card('451873020194736');

export const BATCH94_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Seller payout worker crashed overnight. Trace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/payouts/run.py", line 88, in main
    stripe.Payout.create(amount=amt, currency="eur", api_key="${v('credential.stripe_secret_key', SK_LIVE)}")
  File "/usr/local/lib/python3.12/site-packages/stripe/_api_resource.py", line 112, in create
stripe._error.InvalidRequestError: Request req_Q8mZ2: Insufficient funds in Stripe account.
  seller_id=S-88412 email=${v('pii.email', 'vanessa.pereira@lojavanessa.com.br')} iban=${v('financial.iban', IBAN_NL)}`)}

What does insufficient funds mean here — our balance or the seller's?`),

  rec('incident', f`${v('confidential.marking', 'CONFIDENTIAL')} incident note — park permit system

At 07:40 a ranger posted a screenshot to the public volunteer group. It showed the admin page with visitor Mateo Rojas (${phone('+593 99 418 2297')}, ${v('pii.email', 'mateo.rojas.ec@gmail.com')}) and the Slack bot token ${v('credential.slack_bot_token', SLACK_BOT)} in the URL bar. Post removed at 07:52. Token rotated at 08:10.

Please draft the notification to the data-protection officer.`),

  rec('email', f`Subject: Re: Invoice 2025-117 unpaid — URGENT

Hello,
We still haven't received payment for the carbon spar caps. Please pay to ${v('financial.iban', IBAN_SI)} (NLB Ljubljana). For questions call our accountant Mojca Zupan at ${phone('+386 41 418 229')} or ${v('pii.email', 'mojca.zupan@kompozit-sp.si')}.

Regards
Kompozit d.o.o.`),

  rec('csv', f`Dental lab customer export (clinics), for the new CRM import. Can you map the columns to HubSpot fields?

${amb('source_code.snippet', f`clinic,contact,email,phone,iban
Klinika Šypsena,Rūta Kazlauskienė,${v('pii.email', 'ruta.k@sypsena.lt')},${phone('+370 612 41829')},${v('financial.iban', IBAN_LT)}
Дентал Ком,Иван Петров,${v('pii.email', 'ivan.petrov@dentalcom.bg')},${phone('+359 88 418 2297')},${v('financial.iban', IBAN_BG)}`)}`),

  rec('chat', f`GitHub Actions for the ranger app fails on the release step. In the log I see the token printed because someone echoed it: ${v('credential.github_pat', GHP)}. Also the Sentry DSN ${v('credential.sentry_dsn', `https://${SENTRY}@o4508812.ingest.us.sentry.io/4508812345`)} is in the app bundle — is that a problem too?`),

  rec('ticket', f`Ticket #SUP-44120 (Malaysia)
Buyer: Tan Wei Ling, ${phone('+60 12-384 7721')}, ${v('pii.email', 'weiling.tan88@gmail.com')}
Complaint: charged twice for order MY-2291. Buyer sent card ${v('financial.payment_card', CARD)} in chat to "prove" the charges.
Agent note: 请帮我写一封中文回复，提醒顾客不要发送完整卡号。`),

  rec('email', f`Subject: New technician onboarding — access

Hi IT,
Please create accounts for Dawit Bekele (B1 mechanic, starts Monday). Private mobile ${phone('+251 91 141 8229')}, date of birth ${v('pii.date_of_birth', '1991-09-12')}. Temporary password for the MRO system should be ${v('credential.password_in_prose', 'Hangar-Start#0412')} — he'll change it at first login.

Thanks, Line maintenance`),

  rec('log', f`nginx + app log from the admissions portal, why 502?

${amb('source_code.snippet', f`${amb('pii.ip_address', '41.90.64.212')} - - [11/Mar/2025:08:14:02 +0300] "POST /apply/bursary HTTP/1.1" 502 166 "-" "Mozilla/5.0"
[app] 2025-03-11 08:14:02 ERROR submit failed applicant=${v('pii.email', 'otieno.family@yahoo.com')} phone=${phone('+254 733 508 112')} db=postgres://portal:${v('credential.database_url_password', 'Adm1ss!ons2025')}@${amb('pii.ip_address', '10.0.3.7')}/admissions
[app] 2025-03-11 08:14:02 ERROR psycopg.OperationalError: connection timeout`)}`),

  rec('chat', f`Bitte fasse zusammen (${v('confidential.marking', 'VERTRAULICH')}): Der Kunde Frau Nadine Vogt (${v('pii.email', 'n.vogt@vogt-zahnarzt.li')}, ${phone('+423 780 41 82')}) hat die Brücke dreimal reklamiert. Wir schlagen eine Gutschrift vor.`),

  rec('chat', f`Ключ от API склада запчастей и контакты поставщика, сохрани в таблицу: api_key=${v('credential.generic_secret_assignment', fill('b94m-gen', B62, 36))}, поставщик Олег Мельник ${phone('+380 67 418 2297')}, ${v('pii.email', 'o.melnyk@avia-parts.ua')}.`),

  rec('email', f`Subject: Scholarship transfer — ${v('confidential.marking', 'PRIVATE & CONFIDENTIAL')}

Dear Mr Haddad,
Your daughter's scholarship of OMR 1,200 will be transferred to the account you provided. Please confirm your mobile ${phone('+968 9214 8830')} for the OTP.

Admissions Office, Muscat campus`),

  rec('chat', f`Ticket from our Dakar seller (Wolof with some French): "Man la Awa Ndiaye, sama numéro ${phone('+221 77 418 22 97')}, sama email ${v('pii.email', 'awa.ndiaye.tissus@gmail.com')}. Password bi ma def ci seller portal mooy ${v('credential.password_in_prose', 'Teranga!Tissu88')}, waaye du dox." Write her a reply in French telling her to reset it.`),

  rec('yaml_config', f`docker-compose for the park's permit API (staging), plus the on-call rota:

${amb('source_code.snippet', f`services:
  api:
    image: np-permits/api:2.3.1
    environment:
      DB_URL: postgres://permits:${v('credential.database_url_password', 'Gorilla#Trek41')}@db:5432/permits
      ONCALL_EMAIL: ${v('pii.email', 'kato.ssemwogerere@ugparks.example.ug')}
      ONCALL_PHONE: "${phone('+256 772 418229')}"
    ports: ["8080:8080"]`)}`),

  rec('chat', f`Faka le ticket: "Ke Lerato Mokoena, nomoro ea ka ${phone('+266 5841 8229')}, ${v('pii.email', 'lerato.mokoena@gmail.com')}." She wants a refund of her park permit to card ${v('financial.payment_card', card('520473819206534'))}. Reply in Sesotho and English.`),
];

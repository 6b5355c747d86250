/**
 * Held-out batch 159: longer texts mixing credentials, personal data, payment data and markings
 * (incident notes, exports, stack traces, e-mail threads) from the six settings. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mark = (s: string) => v('confidential.marking', s);

const SLACK_BOT = tok('xoxb-', '58192047361-', '6204817395026-', fill('b159m-xoxb', B62, 24));
const GHP = gh('ghp', fill('b159m-ghp', B62, 30));
const SENTRY_KEY = fill('b159m-sentry', HEX, 32);
const SG = tok('SG.', fill('b159m-sg1', B64URL, 22), '.', fill('b159m-sg2', B64URL, 43));
const STRIPE = tok('sk_', 'live_', '51', fill('b159m-stripe', B62, 97));
const VISA = luhnWithCheck('492918304726153');
const MC = luhnWithCheck('545301829374016');
const FR_IBAN = ibanWithCheck('FR', '30004008280001234918205');
const DK_IBAN = ibanWithCheck('DK', '30000004821937');
const NO_IBAN = ibanWithCheck('NO', '15032080119');
const GE_IBAN = ibanWithCheck('GE', 'BG0000000418293751');
const PT_IBAN = ibanWithCheck('PT', '003506510000418293743');
const OPENAI = tok('sk-proj-', fill('b159m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b159m-oai2', B64URL, 74));

export const BATCH159_MIXED: DraftRecord[] = [
  rec('incident_de', f`Bitte mach aus diesen Notizen einen sauberen Störungsbericht für die Geschäftsleitung:

${mark('INTERN – VERTRAULICH')}
Störung Ticketshop 23.11., 07:40–09:15
- 07:40 Zahlungsabbrüche, Kunden melden Fehler beim Kauf der Tageskarte
- 07:55 Ursache: Stripe-Key im Deployment vertauscht, im Log stand sk ${v('credential.stripe_secret_key', STRIPE)} (alter Account)
- 08:20 Reklamation Gast: Hr. Ueli Zbinden, ${phone('079 318 42 67', 'CH')}, doppelt belastet
- 09:15 Key getauscht, Deploy von ${amb('pii.ip_address', '10.44.2.19')} aus
Massnahme: Keys nur noch aus Vault.`),

  rec('stacktrace_en', f`Plasma donor check-in kiosk crashed this morning, trace below. What's the root cause?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/kiosk/checkin.py", line 88, in confirm_donor
    notify.sms(donor.phone, msg)
  File "/opt/kiosk/notify.py", line 31, in sms
    raise SmsError(f"carrier rejected {to}")
notify.SmsError: carrier rejected ${phone('+1 (720) 418-2937')}
Local variables in confirm_donor:
  donor = Donor(id=88213, name='Brianna Huxley', dob='${dob('1996-04-11')}', email='${mail('bhuxley96@gmail.com')}')
  sentry_dsn = '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506182.ingest.us.sentry.io/4506182937`)}'`)}`),

  rec('thread_fr', f`Peux-tu résumer ce fil pour la direction et retirer les données sensibles ?

De : Comptabilité Aerokarga CDG
À : ${mail('facturation@handling-roissy.fr')}
Objet : Re: Facture 2024-1187 – manutention vol AK 611

Bonjour,
Nous avons bien reçu votre relance. Le virement de 23 480,00 € partira vendredi vers ${v('financial.iban', spacedFours(FR_IBAN))}.
Pour les frais de stationnement du ULD endommagé, notre responsable escale M. Laurent Perrin reste joignable au ${phone('+33 4 50 53 21 87')}.

Cordialement`),

  rec('slack_export_en', f`Summarise this Slack thread from the zoo's events channel and tell me what's still open:

[09:02] priya.n: the member-newsletter bot is posting twice again
[09:05] tom.b: prob the token, I regenerated it yesterday: ${v('credential.slack_bot_token', SLACK_BOT)}
[09:07] priya.n: tom pls don't paste tokens here 🙃
[09:11] tom.b: also the Halloween night refund for Mrs. Okafor (${mail('chioma.okafor@btinternet.com')}, ${phone('020 3418 2937', 'GB')}) is still pending
[09:14] priya.n: on it`),

  rec('csv_pt_br', f`Confere se tem algum doador repetido nessa exportação do sistema de agendamento:

${amb('source_code.snippet', f`nome;nascimento;celular;email;unidade
Camila Rocha;${dob('12/05/1995')};${phone('+55 11 98437-2213')};${mail('camila.rocha95@gmail.com')};Moema
Bruno Tavares;${dob('30/09/1988')};${phone('(21) 99284-3317', 'BR')};${mail('btavares88@hotmail.com')};Tijuca
Camila Rocha;${dob('12/05/1995')};${phone('+55 11 98437-2213')};${mail('camila.rocha95@gmail.com')};Moema`)}`),

  rec('handover_en_de', f`Shift handover ground handling FRA, please translate to German for the night shift:

- AK 409 offloaded, 2 ULDs set aside for customs (AKE 41829 AK, PMC 22817 AK)
- Forwarder contact for the pharma shipment: Jens Hoffmann, ${phone('+49 89 2318 4470')}, ${mail('j.hoffmann@kuehlfracht-logistik.de')}
- The handling agent portal login for the night shift is nightops / ${v('credential.password_in_prose', 'Vorfeld#Nacht7')} (IT resets it Monday)
- Ramp printer at ${amb('pii.ip_address', '172.18.40.23')} jammed twice, ticket open`),

  rec('email_da', f`Emne: Depositum for kranleje – ${mark('FORTROLIGT')}

Hej Mette,
Kunden (Bygma Entreprise ApS) har betalt depositum med kort ${v('financial.payment_card', spacedFours(MC))}, men vil have det tilbage via bankoverførsel til ${v('financial.iban', spacedFours(DK_IBAN))}. Kan du sørge for, at kortbeløbet ikke også refunderes?
Mvh Søren

Kan du omskrive mailen på engelsk til vores tyske regnskabsafdeling?`),

  rec('ticket_no', f`Sak #7731 – billettkjøp feilet
Kunde: Henrik Solberg, ${mail('henrik.solberg@online.no')}, mobil ${phone('+47 412 83 917')}
Kortet hans ble belastet to ganger (Visa ${v('financial.payment_card', VISA)}), han vil ha pengene tilbake til konto ${v('financial.iban', NO_IBAN)}.

Lag et høflig svar på norsk, og ikke gjenta kortnummeret.`),

  rec('notes_ka_en', f`Meeting notes, Tbilisi cargo station (mixed Georgian/English), please clean up:

- სატვირთო აგენტთან შეხვედრა: ნიკა ჩხეიძე, ${phone('+995 599 41 82 93')}, ${mail('n.chkheidze@geocargo.ge')}
- Invoice for October handling paid to ${v('financial.iban', GE_IBAN)}
- მომავალი კვირიდან ღამის ცვლაზე ორი დამატებითი ოპერატორი
- ${mark('კონფიდენციალური')}: ფასების ზრდა 8%-ით იანვრიდან`),

  rec('json_en', f`Our hardship-intake webhook is rejecting this payload, can you spot the problem?

${amb('source_code.snippet', f`POST /webhooks/hardship HTTP/1.1
Host: intake.keystonescholar.com
Authorization: Bearer ${v('credential.bearer_token', fill('b159m-bearer', B62 + '-._~', 64))}
Content-Type: application/json

{"borrower":{"name":"Ethan Morales","ssn":"${v('pii.us_ssn', '523-71-0846')}","dob":"${dob('1999-07-14')}","email":"${mail('ethan.morales99@gmail.com')}"},"reason":"medical","months":"6"}`)}`),

  rec('email_pt_pt', f`Assunto: Renovação de certificação de manobrador de grua – ${mark('Confidencial')}

Caro Sr. Rui Carvalho,
Confirmamos a sua inscrição no exame prático de 9 de dezembro. Para efeitos de seguro precisamos da sua data de nascimento (indicou ${dob('04/06/1984')}) e do telemóvel (${phone('912 384 776', 'PT')}). A taxa de 180 € pode ser transferida para ${v('financial.iban', spacedFours(PT_IBAN))}.

Melhores cumprimentos,
Hoistline Portugal

Podes rever o português?`),

  rec('chat_en_in', f`Hi, I'm setting up an internal chatbot for the loan servicing team and want to test it on a real case. Here is the config and a sample borrower; is it okay to send this to the model?

OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
Borrower: Ananya Iyer, DOB ${dob('19/03/1997')}, mobile ${phone('+91 98418 29375')}, email ${mail('ananya.iyer97@gmail.com')}
Issue: wants to switch to income-driven plan after job loss.`),

  rec('ci_log_en', f`The zoo ticketing repo's CI log, why does the deploy step fail?

${amb('source_code.snippet', f`Run git push https://x-access-token:${v('credential.github_pat', GHP)}@github.com/riverside-zoo/ticketing.git HEAD:release
remote: Permission to riverside-zoo/ticketing.git denied to zoo-ci-bot.
fatal: unable to access 'https://github.com/riverside-zoo/ticketing.git/': The requested URL returned error: 403
Error: Process completed with exit code 128.`)}`),

  rec('mail_merge_es', f`Quiero hacer una combinación de correspondencia para los socios del zoo cuyo carné caduca en diciembre. ¿Puedes revisar el formato de la tabla?

Nombre | Correo | Teléfono | Nacimiento
Lucía Herrero | ${mail('lucia.herrero@telefonica.net')} | ${phone('+34 912 48 37 61')} | ${dob('17/08/1979')}
Pau Ferrer | ${mail('pau.ferrer@gmail.com')} | ${phone('+34 93 418 29 37')} | ${dob('02/12/2013')}`),

  rec('env_en', f`Which of these are safe to commit? This is the .env from the crane-certification portal:

${amb('source_code.snippet', f`NODE_ENV=production
PORT=8080
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
CERT_ADMIN_EMAIL=${mail('certification@hoistline-cranes.com')}
SESSION_SECRET=${v('credential.generic_secret_assignment', fill('b159m-sess', B62, 48))}
PUBLIC_BASE_URL=https://certs.hoistline-cranes.com`)}`),

  rec('memo_ja_en', f`以下の社内メモを英語にしてください。

${mark('極秘')}
件名：アンカレッジ経由便の地上支援契約の見直し
現行業者への支払いは月額 ¥14,200,000。契約担当：佐藤 美咲（${mail('m.sato@aerokarga.co.jp')}、${phone('03-3418-2937', 'JP')}）。`),
];

/**
 * Held-out batch 95: records mixing categories — stack traces with tokens and e-mails, incident
 * notes, customer mails with cards and phones, CSV exports with IBANs and e-mails, test fixtures.
 * Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const card = (p15: string, sep = ' '): string => {
  const d = p15 + String(luhnCheckDigit(p15));
  return [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)].join(sep);
};
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const XOXB = tok('xoxb-', '7719305528', '4-', '6620184733921-', fill('b95-mx-xoxb', B62, 24));
const STRIPE = tok('sk_live_', '51P', fill('b95-mx-sk', B62, 96));
const TW_AUTH = fill('b95-mx-tw', HEX, 32);
const TW_SID = tok('AC', fill('b95-mx-twsid', HEX, 32));

export const BATCH95_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Production error in the donation checkout, what's going on?
${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/payments/charge.py", line 88, in charge_donation
    intent = stripe.PaymentIntent.create(amount=amount, currency="eur", customer=cust.id)
  File "/usr/local/lib/python3.12/site-packages/stripe/_api_requestor.py", line 197, in request
    raise self._interpret_response(rbody, rcode, rheaders)
stripe._error.CardError: Request req_Q8r2k: Your card was declined.
  donor_email=${v('pii.email', 'ines.carvalho@sapo.pt')}
  api_key=${v('credential.stripe_secret_key', STRIPE)}`)}`),

  rec('incident_note', f`Incident INC-2291 (lottery retailer portal), draft the post-mortem summary:
- 21:04 retailer Mário Tavares (${phone('+351 936 418 207')}, ${v('pii.email', 'mario.tavares.tabacaria@gmail.com')}) reports duplicated commissions
- 21:20 on-call finds the settlement job ran twice; Slack alert bot token ${v('credential.slack_bot_token', XOXB)} was pasted in #incident by mistake, rotated 21:35
- 22:10 reversal batch sent to ${v('financial.iban', iban('PT', '003300004571839264015'))}
Root cause: cron overlap after DST change.`),

  rec('customer_mail_es_py', f`Buenas tardes, les escribo de la farmacia magistral de Encarnación. Una clienta pagó por teléfono la preparación con la tarjeta ${v('financial.payment_card', card('454701230984561'))} y ahora dice que no reconoce el cargo. Ella es Liz Benítez, celular ${phone('0981 427 315', 'PY')}, correo ${v('pii.email', 'lizbenitez86@hotmail.com')}. ¿Cómo le respondo sin violar la protección de datos?`),

  rec('csv_payouts', f`Payout batch for festival volunteers (travel reimbursement). Check the totals per country please:
${amb('source_code.snippet', f`name,email,iban,amount_eur
Saoirse Byrne,${v('pii.email', 'saoirse.byrne@gmail.com')},${v('financial.iban', iban('IE', 'BOFI90001771384562'))},142.50
Jonas Petraitis,${v('pii.email', 'jonas.petraitis@gmail.com')},${v('financial.iban', iban('LT', '7300010182736451'))},96.00
Līga Ozola,${v('pii.email', 'liga.ozola@inbox.lv')},${v('financial.iban', iban('LV', 'HABA0551029384756'))},210.00
Kadri Tamm,${v('pii.email', 'kadri.tamm@gmail.com')},${v('financial.iban', iban('EE', '2200221023847561'))},88.40`)}`),

  rec('test_fixture', f`Unit test for our pharmacy patient import — is it OK to commit this fixture?
${v('source_code.snippet', f`PATIENTS = [
    {"name": "Aiko Tanaka", "dob": "${v('pii.date_of_birth', '1982-09-14')}", "phone": "${phone('+81 90-3817-4426')}", "email": "${v('pii.email', 'aiko.tanaka@docomo.ne.jp')}"},
    {"name": "Henrik Aas", "dob": "${v('pii.date_of_birth', '1955-01-30')}", "phone": "${phone('+47 928 41 736')}", "email": "${v('pii.email', 'henrik.aas@online.no')}"},
]

def test_import_patients(db):
    n = import_patients(PATIENTS, db)
    assert n == 2
    assert db.count("patients") == 2`)}`),

  rec('mail_en_za', f`Subject: Tug hire dispute — Durban, 3 March
Hi, please help me reply firmly but politely. The agent, Pieter van Wyk (${phone('082 417 3960', 'ZA')}, ${v('pii.email', 'pieter@vwshipping.co.za')}), disputes the 2-tug charge for MV Cape Orchid. Their master requested the second tug on VHF at 04:12, recorded in our log. Invoice TW-0331, ZAR 186,400.`),

  rec('twilio_log', f`Log from SMS winner notifications. Why did messages to Kenya fail?
${amb('source_code.snippet', f`[2026-07-03 19:02:11] POST https://api.twilio.com/2010-04-01/Accounts/${v('credential.twilio_account_sid', TW_SID)}/Messages.json to=${phone('+254722418739')} status=400 code=21408
[2026-07-03 19:02:11] auth=${v('credential.twilio_auth_token', TW_AUTH)}
[2026-07-03 19:02:12] POST .../Messages.json to=${phone('+27824173960')} status=201`)}`),

  rec('kyc_case_fr_ga', f`Dossier de vérification — campagne « Forage pour le village d'Ekouk »
Porteur : Serge Mba Ondo, né le ${v('pii.date_of_birth', '19/10/1979')}
Passeport : ${v('pii.passport', 'GA0384127')}
Tél. : ${phone('+241 77 41 83 92')}
Compte de versement : ${v('financial.iban', iban('FR', '30004028370009184736251'))}
Pays du compte ≠ pays de la campagne. Rédige une demande de justificatif.`),

  rec('ticket_tl', f`Ticket #AC-7719 — Akreditasyon ng press
Si Maria Lourdes Dizon (${v('pii.email', 'mldizon@inquirer.com.ph')}, ${phone('0917 482 1396', 'PH')}) ay nagbayad ng ₱6,500 gamit ang card ${v('financial.payment_card', card('523417908812437', '-'))} pero walang badge na na-issue. Pakigawa ng sagot sa Ingles na humihingi ng paumanhin.`),

  rec('confidential_with_pii', f`${v('confidential.marking', 'CONFIDENTIAL')} — HR investigation, bakery night shift
Complainant: Nomvula Dube, ${phone('073 418 2956', 'ZA')}
Respondent: shift supervisor (name withheld)
Summary: repeated comments about accent; witness statement from Thabo M.
Please draft the invitation to the formal hearing.`),

  rec('env_and_people', f`Deploy notes for the accreditation scanner app (copying everything so you have context):
${amb('source_code.snippet', f`DATABASE_URL=postgresql://scanner:${v('credential.database_url_password', 'Badge$Scan-2026')}@db.accred.internal:5432/scanner
ADMIN_EMAIL=${v('pii.email', 'it-accreditation@filmfest-reykjavik.is')}
SCANNER_HOST=${amb('pii.ip_address', '172.16.40.12')}`)}
On-call this week: Sigríður Jónsdóttir, ${phone('+354 862 4173')}.`),

  rec('mail_kw_ar', f`مرحبا، وصلتنا هذي الرسالة من زبون الصيدلية، ساعدني أرد عليه:
"أنا فيصل العنزي، دفعت لتركيبة الدواء بالبطاقة ${v('financial.payment_card', card('458963120774519'))} وانسحب المبلغ مرتين. رقمي ${phone('+965 6612 4837')}."`),

  rec('slack_export_lv', f`Lūdzu, apkopo šo Slack saraksti par kuģu velkoņu grafiku:
[08:12] Artūrs: rīt 05:30 Ventspilī "Baltic Star" ienākšana, vajag 2 velkoņus
[08:15] Inese: mans tālrunis maiņas laikā ${phone('29 418 736', 'LV')}, e-pasts ${v('pii.email', 'inese.berzina@velkonis.lv')}
[08:20] Artūrs: ok, apstiprināts`),

  rec('sql_dump', f`Found this in a shared folder from the lottery CRM — should I report it?
${amb('source_code.snippet', f`INSERT INTO winners (name, email, phone, ssn, prize) VALUES
('Tamika Rowe', '${v('pii.email', 'tamika.rowe77@aol.com')}', '${phone('(404) 718-2396', 'US')}', '${v('pii.us_ssn', '421-73-8064')}', 25000),
('Gerald Pruitt', '${v('pii.email', 'gpruitt@bellsouth.net')}', '${phone('(770) 482-1937', 'US')}', '${v('pii.us_ssn', '259-41-7730')}', 10000);`)}`),

  rec('mail_de_lu', f`Bonjour/Moien, kanns du mir hëllefen eng Äntwert ze schreiwen? D'Apdikt zu Esch kritt eng Reklamatioun:
Client: Marc Weber, Tel. ${phone('621 418 273', 'LU')}, ${v('pii.email', 'marc.weber@pt.lu')}
Rembursement op ${v('financial.iban', iban('LU', '0019175550876000'))}, 64,20 €.`),
];

/**
 * Held-out batch 78: records mixing categories — incident notes, stack traces, exports, tickets and
 * fixtures where personal data, payment data, credentials and markings meet. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);

const AKIA = tok('AKIA', fill('b78m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b78m-stripe', B62, 97));
const SG_KEY = tok('SG.', fill('b78m-sg1', B62, 22), '.', fill('b78m-sg2', B62, 43));

export const BATCH78_MIXED: DraftRecord[] = [
  rec('incident', f`Incident INC-4471 — folio posting outage, MS Aurelia Tide, 2 Nov 02:10–04:35 ship time

Timeline: night audit job failed, OHIP bridge retried 3× then stopped. Guest complaint at 07:15 from ${mail('h.marchetti@libero.it')} (cabin 9034) — her card ${card('5227 6820 4290 7908')} was pre-authorised twice for USD 1,500.
Log line that shows the root cause:
${amb('source_code.snippet', f`02:10:44 ERROR bridge.db - connect failed: postgresql://folio_rw:${v('credential.database_url_password', 'Tide-Purser#2024')}@${ip('10.62.4.17')}:5432/folios (timeout 5s)`)}

Write the summary for the fleet IT post-incident review. Leave the card number and the password out.`),

  rec('stack_trace', f`${amb('source_code.snippet', f`org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_email]
	at com.ravela.portal.patient.PatientService.register(PatientService.java:118)
	at com.ravela.portal.web.SignupController.submit(SignupController.java:64)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_patient_email"
  Detail: Key (email)=(${mail('eva.kowalczyk@wp.pl')}) already exists.
  Where: request from ${ip('83.21.174.209')} session 7f3a9c2e`)}

A patient's daughter is trying to register with her mother's e-mail. Should we allow a carer account to share it?`),

  rec('csv_no', f`Kan du lage en SEPA-fil (pain.008) av disse kontingenttrekkene?

${amb('source_code.snippet', f`medlemsnr;navn;epost;iban;beløp
220871;Sigrid Haugland;${mail('sigrid.haugland@online.no')};${iban('NO1437636919736')};540,00
220904;Jonas Eriksen;${mail('jonas.eriksen@gmail.com')};${iban('DK8780486546102299')};412,50
221017;Aino Mäkinen;${mail('aino.makinen@elisanet.fi')};${iban('FI8219014069585976')};398,00`)}

Den danske og den finske er medlemmer som jobber i Norge.`),

  rec('test_fixture', f`Tests pass locally but the CI linter flags this fixture as containing personal data. Are these OK to keep?

${v('source_code.snippet', f`PLAYERS = [
    {"id": "PM-1001", "email": "${mail('qa.player1@pixelmoth.games')}", "phone": "${phone('+45 28 47 19 37')}", "country": "DK"},
    {"id": "PM-1002", "email": "${mail('anders.holm84@hotmail.com')}", "phone": "${phone('+47 924 81 736')}", "country": "NO"},
]

CARDS = {
    "ok": "${amb('financial.payment_card', '4242 4242 4242 4242')}",
    "prod_refund_case": "${card('4218 0349 5937 8455')}",
}`)}

The second player and the second card came from a real support case, I think.`),

  rec('email_it', f`Oggetto: ${v('confidential.marking', 'RISERVATO')} – cambio equipaggio Civitavecchia 12/11

Gentile agenzia,
vi inviamo i dati dei marittimi in imbarco:
- Rossi Giuseppe, passaporto ${v('pii.passport', 'YA4827193')}, nato il ${v('pii.date_of_birth', '12/04/1975')}, cell. ${phone('+39 347 218 9044')}
- Esposito Luca, passaporto ${v('pii.passport', 'YB1938274')}, nato il ${v('pii.date_of_birth', '30/08/1988')}
Per le spese di agenzia usate il conto ${iban('IT17 D200 0020 5433 2119 8161 080')}.

Cordiali saluti, Crew Office Aurelia Seaways

Puoi tradurlo in inglese per il capitano?`),

  rec('kyc_de_at', f`${v('confidential.marking', 'VERTRAULICH')} – KYC Kontrahent Donau Metallhandel GmbH

Geschäftsführer: Mag. Stefan Gruber, geb. ${v('pii.date_of_birth', '09.01.1969')}, Reisepass ${v('pii.passport', 'U4827193')}
Kontakt: ${mail('s.gruber@donau-metall.at')}, ${phone('+43 664 2819374')}
Bankverbindung für Abrechnung Kupfer-Kathoden: ${iban('AT29 5137 3815 9772 5686')}

Bitte fass das für die Compliance-Freigabe auf eine halbe Seite zusammen.`),

  rec('ticket_is', f`Beiðni #5512 — aðgangur verktaka að OT-neti

Verktaki: Kristín Ólafsdóttir (${mail('kristin@raftaekni.is')}, ${phone('+354 515 4827')}), kennitala ${ambCat('pii', '220690-3349')}
VPN notandi: rt-kristin, lykilorð: ${v('credential.password_in_prose', 'Hekla_Gos!2024')}
Aðgangur frá: ${ip('157.157.48.21')}

Write this up in English for the access log and remove the password.`, 'Icelandic kennitala: personal, no built-in rule'),

  rec('invoice_gb', f`Can you check this transport invoice from the ambulance contractor against our session list?

Invoice ATS-10442 — October 2024 — Patient transport (renal)
- Patient NHS ${v('pii.uk_nhs_number', '401 827 3657')}: 13 return journeys × £48.00
- Patient NHS ${v('pii.uk_nhs_number', '730 194 8263')}: 12 return journeys × £48.00
Total £1,200.00, payable to Midland Patient Travel Ltd, ${iban('GB75 RSYT 7373 1811 3631 91')}`),

  rec('ticket_pt_br', f`Ticket #20419 — cobrança indevida

Jogador: ${mail('lucas.oliveira2005@gmail.com')}
Cartão: ${card('5130 4190 2323 4457')} (Mastercard)
IP da compra: ${ip('177.92.14.201')}
Telefone: ${phone('+55 11 98472-3310')}

"Comprei o pacote de 1200 gemas e cobraram 3 vezes." Escreve uma resposta explicando o estorno em 5 dias úteis.`),

  rec('note_ro', f`Notă internă – plângere membru de sindicat
Membru: Elena Dumitrescu, tel. ${phone('0722 482 719', 'RO')}, ${mail('elena.dumitrescu@yahoo.ro')}
A cerut acces la portalul de membri; i-am setat temporar parola ${v('credential.password_in_prose', 'Sindicat#Port2024')} – să o schimbe la prima logare.
Subiect: neplata orelor suplimentare în septembrie.

Poți transforma nota într-un e-mail pentru ea, fără parolă?`),

  rec('slack_export', f`Can you tell who exposed what in this Slack thread so I can ask them to rotate?

[10:02] ${mail('arjun.mehta@pixelmoth.games')}: pushed the fix, CI uses AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)} for the asset bucket now
[10:04] ${mail('neha.rao@pixelmoth.games')}: and the email reminders still use SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG_KEY)} right?
[10:05] ${mail('arjun.mehta@pixelmoth.games')}: yes, will move both to secrets manager tomorrow`),

  rec('payroll_tr', f`Ekim ayı mürettebat ödeme listesi — IBAN'ları kontrol eder misin?

${amb('source_code.snippet', f`ad_soyad\tgorev\tiban\ttel
Mehmet Yıldız\tBarmen\t${iban('TR47 0006 2719 4038 5527 1630 18')}\t${phone('+90 532 481 7730')}
Ayşe Kaya\tSpa Terapist\tTR47 0006 2719 4038 5527 1630 81\t${phone('+90 505 318 2296')}`)}

İkinci satır bankadan geri döndü.`),

  rec('chat_sw', f`Habari, mgonjwa wa dialysis Bw. Joseph Kamau (simu ${phone('+254 722 190 385')}) amelipa ada ya usafiri kwa kadi ${card('5303 1708 0049 4944')} mara mbili. Barua pepe yake ni ${mail('jkamau58@yahoo.com')}. Niandikie jibu la kuomba msamaha na kueleza kuwa pesa itarudishwa.`),

  rec('log_hu', f`${amb('source_code.snippet', f`2024-11-02 06:30:01 INFO  reminder-svc küldés: ${mail('kiss.margit@freemail.hu')} / ${phone('+36 30 482 7193')} - holnapi kezelés 07:00 DEB-01
2024-11-02 06:30:02 ERROR reminder-svc SMTP auth hiba: user=${mail('noreply@ravelarenal.hu')} pass=${v('credential.password_assignment', 'Debrecen-SMTP#19')}`)}

Miért írja ki a jelszót a log? És miért nem megy ki az e-mail?`),

  rec('env_pl', f`Sklep z przedmiotami do gry nie wysyła potwierdzeń zakupu. Konfiguracja i przykładowy webhook poniżej:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_TOLERANCE=300
MAIL_FROM=${mail('sklep@pixelmoth.games')}`)}

${amb('source_code.snippet', f`{"type":"checkout.session.completed","data":{"object":{"customer_details":{"email":"${mail('kacper.zielinski@o2.pl')}","name":"Kacper Zieliński"},"amount_total":1999,"currency":"pln"}}}`)}`),

  rec('email_el', f`Θέμα: ${v('confidential.marking', 'ΕΜΠΙΣΤΕΥΤΙΚΟ')} – ταμείο απεργίας

Συνάδελφοι, το ταμείο απεργίας βρίσκεται στον λογαριασμό ${iban('GR68 0172 8305 5194 6027 3184 502')}. Για επείγοντα: ταμίας Νίκος Αλεξίου, ${phone('+30 697 215 4038')}, ${mail('n.alexiou@synd-limaniou.gr')}.

Μετάφρασέ το στα αγγλικά για τη διεθνή ομοσπονδία.`),
];

/**
 * Held-out batch 141: hard negatives — market and bet ids, horse microchips, cord-blood unit numbers, VINs and
 * part numbers, MMSI / EPIRB ids, application numbers, placeholders, test keys, failing check digits, casual
 * "confidential", in many languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, spacedFours as g4, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const badLuhn = (p: string): string => p + String((luhnCheckDigit(p) + 3) % 10);
const badIban = (cc: string, bban: string): string => {
  const good = ibanCheckDigits(cc, bban);
  const bad = good === '42' ? '43' : '42';
  return cc + bad + bban;
};
const badAadhaar = (p11: string): string => {
  const d = p11 + String((verhoeffCheckDigit(p11) + 1) % 10);
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b141n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b141n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b141n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b141n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b141n-png', B64, 160)}`;

export const BATCH141_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you explain why this market shows a bigger matched amount than the sum of the runners? Market 1.238471920 (Kempton 15:40, 7f hcp), runners 48213077, 52019384, 39102846. My bet IDs were 352918473621 and 352918473655, both matched at 6.4 and 6.2.`),

  rec('chat_fr', f`Le vétérinaire me demande le numéro de transpondeur et le numéro SIRE de la jument pour le passeport équin : transpondeur 250259600482918, UELN 25000119048217D. Où est-ce que je trouve la date de vaccination grippe dans le document ?`, 'a horse passport and microchip: an animal\'s ids, not a person\'s passport or a card'),

  rec('chat_ja', f`臍帯血ユニット番号（ISBT 128）の書き方を確認したいです。例：W0429 25 004817 7、製品コード E7528V00。HLA は A*02:01, A*24:02, B*52:01, B*07:02, DRB1*15:02, DRB1*04:05。この並びで正しいですか？`),

  rec('chat_de', f`Welches Drehmoment gilt für die Radmuttern am Gelenkbus? FIN WEB62811234567890, Achse VA 71-2, Teilenummer A 628 401 07 71, Steuergerät-SW 4.12.1.3. Im Werkstatthandbuch steht 450 Nm, der Händler sagt 600 Nm.`),

  rec('chat_es', f`Reformula este mensaje para los clientes: "Su reserva RSV-2025-048213 para 4 personas el sábado 8 de marzo a las 21:00 está confirmada. Hemos retenido una garantía de 60 € en su tarjeta terminada en 4471. Mesa 12, terraza."`),

  rec('chat_en_gb', f`SAR plot question: EPIRB 406 MHz hex ID 2DCC3F0E7EFFBFF, MMSI 232004817, IMO 9482917, call sign MXYZ7. Last position 50°41.2'N 001°17.9'W at 03:47 UTC. Is the hex ID enough to get the vessel's registration from the database or do I need the MMSI?`),

  rec('chat_pl', f`Student pyta, czemu jego numer wniosku APP-2025-104829 nie działa w systemie. Ma też numer IELTS TRF 24PL004829KOWA012A i ID kandydata 2025/INT/0917. Co mu odpisać?`),

  rec('env_example', f`Is this .env.example OK to commit for the exchange bot?

${amb('source_code.snippet', f`BETFAIR_USERNAME=your-username
BETFAIR_PASSWORD=<your-password>
BETFAIR_APP_KEY=YOUR_APP_KEY
SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/integrity`)}`),

  rec('helm_values', f`${amb('source_code.snippet', f`# warranty-portal/values.yaml
smtp:
  host: smtp.office365.com
  user: "{{ .Values.smtp.user }}"
  password: "\${SMTP_PASSWORD}"
db:
  passwordSecretRef:
    name: warranty-db
    key: password`)}

Helm won't render the password, it stays literally \${SMTP_PASSWORD}. Why?`),

  rec('code_python', f`Moto fixture for the scholarship S3 bucket test, keeps saying NoSuchBucket:

${v('source_code.snippet', f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        yield boto3.client("s3", region_name="eu-west-1")`)}`),

  rec('chat_pt_br', f`No ambiente de teste do checkout das reservas a gente usa ${STRIPE_TEST} e no front o ${PK_LIVE}. Tudo bem deixar a chave pública no JavaScript?`),

  rec('chat_it', f`Un cliente ha dettato il numero della carta al telefono ma il POS lo rifiuta subito: ${g4(badLuhn('453291840726581'))}. Sicuramente ha sbagliato una cifra. Come glielo diciamo con gentilezza?`, 'Luhn-failing card number'),

  rec('chat_nl', f`De leverancier heeft een IBAN gestuurd dat onze boekhoudsoftware weigert: ${g4(badIban('NL', 'INGB0004829173'))}. Kun je een mailtje opstellen om het juiste nummer te vragen?`, 'IBAN with wrong check digits'),

  rec('chat_en_us', f`An international student gave us ITIN 912-78-4821 for the scholarship tax form instead of an SSN. Is an ITIN acceptable for the 1042-S?`, 'ITIN (area 9xx): not an SSN per the conventions'),

  rec('chat_en_in', f`Applicant uploaded Aadhaar ${badAadhaar('73920481652')} but the UIDAI check says invalid. Probably a typo. Can you draft a polite mail asking for a clearer scan?`, 'Verhoeff-failing Aadhaar'),

  rec('chat_en_gb', f`For the payroll training deck I need a fake NI number that can never be real. Is QQ 12 34 56 C the standard one to use?`),

  rec('checkout_test', f`Our QA sheet for the deposit flow:
- success: ${amb('financial.payment_card', '4242 4242 4242 4242')}
- 3DS: ${amb('financial.payment_card', '4000 0027 6000 3184')}
- decline: ${amb('financial.payment_card', '4000 0000 0000 0002')}
Are these still the right Stripe test numbers?`),

  rec('script_en_us', f`Write the voicemail script for the reservations line in our TV ad. Number on screen: ${amb('pii.phone', '(312) 555-0147')}.`),

  rec('drama_gb', f`For the training video on taking SAR calls, the actor reads out a callback number. We'll use ${amb('pii.phone', '07700 900461')} and the landline ${amb('pii.phone', '020 7946 0318')}. Fine?`),

  rec('email_disclaimer', f`Shorten our footer please, it's longer than most mails:

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error please notify the sender and delete it. Boreal Coach Works Ltd, registered in Scotland SC482917.`),

  rec('chat_hash', f`Das alte Reservierungssystem speichert Passwörter so: ${ambCat('credential', BCRYPT)}. Ist bcrypt mit Kosten 10 noch okay oder sollten wir auf argon2 wechseln?`, 'bcrypt hash: ambiguous'),

  rec('chat_ko', f`보안 정책 문서에 "비밀번호는 12자 이상, 특수문자 포함, 90일마다 변경"이라고 써도 될까요? 예시 비밀번호는 ******** 로 가릴 거예요.`),

  rec('chat_zh', f`我们餐厅供应商的发票上有一串号码 6920152400128，是条形码吗？还有订单号 PO-2025-0312-0048 和快递单号 SF1482917365420。`),

  rec('chat_ru', f`Объясни, пожалуйста, что значат цифры в номере кузова нашего автобуса: X89528110P0AA4817, двигатель ЯМЗ-536 № 0482917, версия ПО 7.3.18.2.`),

  rec('chat_ar', f`ما معنى هذه الأرقام في تقرير الطقس البحري؟ رياح 240/28 عقدة، ارتفاع الموج 3.5 م، الرؤية 2 ميل بحري، الموقع 26°14'N 050°36'E، الساعة 0415Z.`),

  rec('chat_he', f`אני צריך להסביר למשפחה מה זה TNC 1.6×10⁹ ו-CD34+ 4.2×10⁶ בדוח של דם הטבור. תכתוב הסבר פשוט?`),

  rec('chat_tr', f`Bu yarış sonuçlarını bir tabloya dök: 1) Karayel 1:36.42 (jokey H. Karataş), 2) Bozkurt 1:36.71, 3) Sultanım 1:37.05. Ganyan 4,35, ikili 12,80, plase 1,90.`),

  rec('chat_el', f`Μπορείς να μου εξηγήσεις τι είναι το "confidential computing" στο Azure και αν αξίζει για τη βάση κρατήσεων του εστιατορίου;`),

  rec('chat_fr_ca', f`Peux-tu me préparer un modèle d'entente de confidentialité (confidentiality agreement template) pour nos fournisseurs de truffes et de caviar? Rien de compliqué.`),

  rec('chat_de_at', f`Ich bin zuversichtlich, dass wir die Quotenanalyse bis Freitag fertig haben. Kannst du mir helfen, die Mail an den Trainer positiv zu formulieren?`),

  rec('git_log', f`Which of these commits touched the drift calculation?

${amb('source_code.snippet', f`9f3c2a1e7b48d05c6a13f92e84b7d1c05e3a6f28 fix: leeway coefficients for life rafts
4b7e19d3a0c85f26e91d47b3c02a8f5e61d9c743 chore: bump numpy to 1.26.4
e2a8c46f1d93b07a5c84e2f19d6b3a07c5e81f42 feat: AIS gap detection`)}`),

  rec('docker', f`Which image is actually running on the warranty API? kubectl shows image: registry.boreal.io/warranty-api@sha256:${SHA('b141n-digest')} and the Dockerfile says FROM python:3.12.2-slim.`),

  rec('pubkey', f`Partner university sent us their public key to encrypt the transcript files. Is this the right format for gpg or openssl?

${PUB_PEM}`),

  rec('chat_hi', f`आवेदन पत्र में "जन्म तिथि: DD/MM/YYYY" और "पासपोर्ट संख्या: ________" वाले खाने कैसे भरें, यह समझाने वाला छोटा नोट हिंदी में लिखिए।`),

  rec('chat_th', f`แปลใบเสร็จนี้เป็นภาษาอังกฤษหน่อย: "ค่าอาหาร 12,480 บาท ชำระด้วยบัตร **** **** **** 8812 เลขที่ใบเสร็จ RC-680214 วันที่ 22/02/2568"`),

  rec('chat_id', f`Apa arti kode ini di manifes kapal? IMO 9731045, MMSI 525019384, GT 4.128, nomor registrasi PK-ML-2019-0482.`),

  rec('chat_ka', f`როგორ დავწერო Python-ში ფუნქცია, რომელიც ამოწმებს, სწორია თუ არა ელფოსტის ფორმატი? კოდი არ მჭირდება, უბრალოდ ახსენით იდეა.`),

  rec('chat_hy', f`Ինչպե՞ս բացատրել ուսանողներին, որ կրթաթոշակի դիմումի ID-ն (օրինակ՝ SCH-2025-00417) գաղտնաբառ չէ և կարելի է տալ աջակցման թիմին։`),

  rec('chat_bn', f`ভর্তি অফিসের জন্য একটা নিয়ম লিখে দিন: "কখনো ইমেইলে পাসওয়ার্ড পাঠাবেন না, পাসপোর্টের কপি শুধু পোর্টালে আপলোড করবেন।"`),

  rec('svg', f`Our restaurant logo SVG renders blank in Outlook:

${amb('source_code.snippet', f`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><path d="M10.5 30.2C14.8 12.4 22.1 8.0 31.6 8.0c9.4 0 14.2 6.3 14.2 13.9 0 9.8-8.1 16.4-19.7 16.4H10.5z" fill="#1c1c1c"/></svg>`)}
and the inline version: <img src="data:image/png;base64,${PNG_B64}">`),

  rec('chat_cs', f`Jaký je rozdíl mezi čísly v naší dostihové licenci: licence č. 2025/0418, registrační číslo koně CZ-482917, číslo plemenné knihy 03917?`),

  rec('chat_hu', f`A buszgyártó alkatrészlistájában ezek a számok mit jelentenek? 5994820173615, 4006382139075 — gondolom vonalkódok. Meg a rendelésszám: HU-PO-2025-00813.`),

  rec('network', f`Wie kann ich die Subnetze im Rettungszentrum sauber dokumentieren? Wir haben 10.40.0.0/16 für Funk, 10.41.0.0/16 für Büro, Netzmaske 255.255.255.0 überall, und das Gateway ist ${amb('pii.ip_address', '10.40.0.1')}.`),

  rec('chat_fi', f`Mitä tarkoittaa "luottamuksellisuus" GDPR:n yhteydessä? Kirjoita lyhyt selitys hakijoille, ei mitään oikeita tietoja.`),

  rec('npm_lock', f`${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-${fill('b141n-integ', B64, 86)}=="
}`)}

Why does the reservations app have two versions of date-fns in the lockfile?`),

  rec('chat_es_ar', f`¿Me ayudás a escribir un aviso para el personal? "No compartan fotos de las reservas del libro, ahí están los teléfonos de los clientes. Si alguien pide datos, derivar a gerencia." Sin nombres ni números.`),

  rec('chat_uk', f`Поясни, будь ласка, що таке UUID у нашій системі заявок: 3b8f2d61-9c47-4e0a-b512-6d9e1f04a7c3 — це номер заявки чи ідентифікатор студента?`),

  rec('chat_sw', f`Ninahitaji kuelezea wafanyakazi wapya jinsi ya kupokea simu ya dharura baharini: chaneli 16 ya VHF, DSC chaneli 70, na kuandika nafasi ya chombo (latitudo/longitudo). Andika kwa Kiswahili rahisi.`),

  rec('chat_mt', f`Kif nispjega lill-istudenti li n-numru tal-applikazzjoni (eż. MT-INT-2025-0917) mhux l-istess bħan-numru tal-passaport?`),

  rec('chat_lv', f`Vai vari izskaidrot, kāpēc mūsu rezervāciju e-pasta veidnē parādās burtiski "Labdien, {{ guest.first_name }}! Jūsu galdiņš: {{ booking.table }}" nevis vārds?`),

];

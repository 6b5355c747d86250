/**
 * Held-out batch 120: hard negatives — test keys, placeholders, masked and check-digit-failing
 * numbers, identifiers, hashes, public keys, casual uses of "confidential" in many languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b120n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b120n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b120n-cert', 870);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b120n-sshpub', B64, 43)} hse-jump@skarvbakken`;
const BCRYPT = tok('$2y$', '12$', fill('b120n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${fill('b120n-integ', B64, 86)}==`;

export const BATCH120_NEGATIVES: DraftRecord[] = [
  rec('env_file', f`${amb('source_code.snippet', f`# .env.development – booking site, Stripe in test mode
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
BOOKING_CURRENCY=EUR`)}

Necesito pasar esto a producción, ¿qué variables cambio?`, 'Stripe test key and a publishable key: no credential'),

  rec('code_hcl', f`Terraform-eksempelet fra dokumentasjonen – hvorfor klager den på region?

${v('source_code.snippet', f`provider "aws" {
  region     = "eu-north-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}`)}`, 'AWS documentation keys'),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – porting-gateway
SMS_API_SECRET=\${SMS_API_SECRET}
DB_URL=postgres://USER:PASSWORD@HOST:5432/porting
TWILIO_AUTH_TOKEN=your_auth_token_here
OPENAI_API_KEY=sk-...`)}

Wie dokumentiere ich am besten, woher man die einzelnen Werte bekommt?`),

  rec('receipt_fr', f`Reçu – Domaine des Tilleuls
Acompte mariage Girard/Benoît : 2 500,00 €
Payé par carte **** **** **** 4417 le 02/03/2025
N° d'autorisation : 083412 · Terminal 0042

Tu peux me traduire ce reçu en anglais pour les parents du marié ?`),

  rec('chat', f`The candidate typed her card number for the background-check fee as 4149 0682 5093 7723 and the payment page says "invalid card number". Is it a typo on her side or is our form broken? How do I explain the Luhn check to her in simple words?`, 'Luhn-failing card number'),

  rec('chat_de', f`Die Bank lehnt die Überweisung ab, IBAN DE13 4011 3601 6626 2338 41 sei ungültig. Der Mandant schwört, dass er sie richtig abgeschrieben hat. Wie kann ich die Prüfziffer selbst nachrechnen?`, 'IBAN with wrong check digits'),

  rec('shipping_en', f`Sample kits for the cohort follow-up went out today:
- DHL Express waybill 4829 1037 65, 14 boxes, dry ice 2.5 kg each
- UPS 1Z 4F9 W27 68 1204 7736 to the Oslo partner lab
- Internal order PO-2025-00318, cost centre 7120-BIOBANK

Write a short status update for the study coordinator.`),

  rec('csv_en', f`Can you pivot this by freezer and sample type?

sample_uuid,freezer,rack,box,position,type,volume_ul
3f8a2c71-9b4e-4d06-a1f3-7c52e9d8b014,F-07,R3,B12,A4,plasma,500
a61d0e94-27c3-4f8b-b5e2-19d4c7a3f620,F-07,R3,B12,A5,plasma,500
c09b5e28-41f7-4a3d-8e61-2b7f93d0c5a7,F-12,R1,B02,H9,DNA,200`),

  rec('checksums', f`Die Genotyp-Dateien vom Partnerlabor – stimmen die Prüfsummen mit dieser Liste überein?

${SHA('b120n-s1')}  cohortB_chr1-22.bed
${SHA('b120n-s2')}  cohortB_chr1-22.bim
${SHA('b120n-s3')}  cohortB_chr1-22.fam`),

  rec('chat_nb', f`Gassdetektorene i modul M3 kjører firmware 4.12.1.3, og leverandøren sier vi må opp på 4.14.0.2 før neste inspeksjon. Kan du skrive en kort endringsmelding (MoC) for dette?`),

  rec('chat_es', f`¿Cómo le explico a un cliente que "trataremos sus datos de forma confidencial" no significa que no los compartamos con la gestoría? Quiero una frase clara para la web de la finca.`, 'casual use of "confidencial"'),

  rec('chat', f`Can you write a confidentiality agreement template for freelance wedding photographers? It should cover guest photos, social media posting and what happens after the contract ends.`),

  rec('chat_de', f`Ich brauche eine Vorlage für eine Geheimhaltungsvereinbarung mit unserem neuen IT-Dienstleister für die Lohnabrechnung. Bitte mit Vertragsstrafe und Laufzeit 3 Jahre nach Vertragsende.`),

  rec('training_en', f`Recruiter training script – phone screen role-play
Trainer plays the candidate "Jordan Miles", callback number ${amb('pii.phone', '(614) 555-0147')}.
Don't use real candidate details in role-plays.`, 'fictional 555-01xx number'),

  rec('training_gb', f`Payroll helpdesk training – example caller: "Hi, it's Sam from the warehouse, my number is ${amb('pii.phone', '07700 900412')}, my payslip is wrong." Write the model answer the trainee should give.`, 'Ofcom drama range'),

  rec('code_js', f`Our wedding deposit checkout test uses this. Why does it pass locally but fail in CI?

${v('source_code.snippet', f`await page.fill('#card-number', '${amb('financial.payment_card', '4242 4242 4242 4242')}');
await page.fill('#card-expiry', '12/34');
await page.fill('#card-cvc', '123');
await page.click('button[type=submit]');
await expect(page.getByText('Anzahlung erhalten')).toBeVisible();`)}`, 'well-known test card'),

  rec('form_help', f`How should the I-9 help text look? Our draft: "Enter your Social Security Number in the format ${amb('pii.us_ssn', '123-45-6789')}. Do not write 000-00-0000 if you don't have one – leave it blank and tell your recruiter."`),

  rec('deploy_log', f`Deploy des Hochzeitsportals hängt bei Schritt 3:

${amb('source_code.snippet', f`[deploy] commit ${GITSHA('b120n-g1')} (main) by ci-bot
[deploy] image ghcr.io/tilleul/booking-web@sha256:${SHA('b120n-dg')}
[deploy] step 3/5: running migrations… timeout after 300s`)}`),

  rec('package_lock', f`Waarom staat deze dependency twee keer in de lockfile?

${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY}"
}`)}`),

  rec('chat_pl', f`Szukam podręcznika o zarządzaniu bezpieczeństwem procesowym na platformach – ktoś polecał "Offshore Safety Management", ISBN 978-0-12-824392-7. Czy znasz coś nowszego?`),

  rec('chat', f`Please add this public key to the jump host on the platform so I can reach the HSE log server:

${SSH_PUB}`, 'public key'),

  rec('cert', f`Der Partner für die Rufnummernportierung hat uns sein Zertifikat geschickt. Läuft es bald ab?

${CERT}`, 'certificate'),

  rec('sql_dump', f`Users table from the old staffing portal – can I migrate these hashes to Argon2 without forcing a reset?

${amb('source_code.snippet', f`INSERT INTO users (id, login, pw_hash) VALUES
(118, 'recruiter_lyon', '${amb('credential.password_assignment', BCRYPT)}');`)}`, 'bcrypt hash: ambiguous'),

  rec('chat_tr', f`Müşteri cihazının IMEI numarasını 862185486122944 olarak verdi, SIM kart ICCID 8947404870192068163. Kara listeye almadan önce hangi kontrolleri yapmalıyım?`, 'IMEI outside card ranges and ICCID: identifiers, no rule'),

  rec('chat_ja', f`新郎新婦へのギフト券の番号が 6035 7120 4918 3756 と書いてありますが、レジで「無効」と出ます。印刷ミスでしょうか？`, 'voucher number that fails the Luhn check'),

  rec('chat_nb', f`Drivstoffkortet til forsyningsbåten har nummer ${amb('financial.payment_card', '6273 8194 0153 7626')}, og stasjonen i Ågotnes avviser det. Hvem ringer jeg hos kortutsteder?`, 'fuel card passing Luhn in a card range: ambiguous'),

  rec('shift_plan', f`Skiftplan Skarvbakken Alpha, uke 12–14
Crew A: 2025-03-17T07:00 → 2025-03-31T07:00
Crew B: 2025-03-31T07:00 → 2025-04-14T07:00
Posisjon: 61.2245 N, 2.1344 E · VHF kanal 16 · MMSI 257 184 000

Lag en oversikt i tabellform.`),

  rec('chat_ro', f`Ce înseamnă codul SWIFT ${amb('financial.swift_bic', 'BTRLRO22')} pe factură? E de la o bancă din Cluj?`),

  rec('chat_ja', f`「社外秘」って英語では何と訳すのが自然ですか？ "Internal use only" と "Confidential" の違いも教えてください。`, 'asks about the word, marks nothing'),

  rec('chat_ru', f`Напиши политику конфиденциальности для сайта свадебного зала: какие данные собираем (имя, телефон, дата свадьбы), сколько храним, как удалить.`, 'privacy policy request'),

  rec('chat_hi', f`हमारी प्लेसमेंट वेबसाइट के लिए गोपनीयता नीति का एक सरल मसौदा हिंदी में लिखो — उम्मीदवारों का डेटा कितने समय तक रखा जाएगा, यह भी शामिल करो।`, 'privacy policy request'),

  rec('chat_ar', f`أحتاج نموذج اتفاقية عدم إفصاح بين مكتب الاستشارات الضريبية وموظف جديد في قسم الرواتب، باللغة العربية والإنجليزية.`, 'NDA template request'),

  rec('chat_fr', f`Tu peux m'écrire un modèle d'accord de confidentialité pour les intérimaires qui travaillent chez nos clients ? Court, une page.`),

  rec('chat', f`We're evaluating confidential computing (SGX / SEV enclaves) to let external researchers run queries on biobank genotypes without seeing raw data. What are the trade-offs vs. a trusted research environment?`),

  rec('ansible', f`Ansible role for the payroll DB – does the vault lookup look right?

${amb('source_code.snippet', f`payroll_db:
  host: pg-payroll.internal
  user: payroll_app
  password: "{{ vault_payroll_db_password }}"
  sslmode: verify-full`)}`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: porting-api
type: Opaque
data:
  DB_PASSWORD: <base64-encoded-password>
  JWT_SIGNING_KEY: <base64-encoded-key>`)}

Hoe vul ik dit het handigst vanuit Azure Key Vault?`),

  rec('form_de', f`Auf unserem Personalfragebogen steht als Ausfüllbeispiel "Steuer-ID: 12345678901". Mitarbeiter schreiben das manchmal einfach ab. Wie formuliere ich den Hinweis besser?`, 'example Steuer-ID failing its check'),

  rec('form_hi_en', f`KYC form guide for new joinees: "Aadhaar number (12 digits, e.g. 2345 6789 0123 — this is a sample, enter your own)". Can you make this instruction clearer in Hindi and English?`, 'sample Aadhaar failing Verhoeff'),

  rec('chat_it', f`Il numero di protocollo della pratica di assunzione è 2025/INPS/0048213 e il codice pratica UNILAV è 1702025004812. Come faccio a verificare lo stato online?`),

  rec('chat_el', f`Στο σύστημα κρατήσεων, η κράτηση του γάμου έχει αριθμό WED-2026-000731 και το τιμολόγιο ΤΔΑ 0004127. Πώς τα συνδέω στο Excel με VLOOKUP;`),

  rec('chat_ko', f`일반 질문인데요, 파이썬에서 비밀번호를 안전하게 해시하려면 bcrypt랑 argon2 중에 뭘 써야 하나요? 코드 없이 개념만 설명해 주세요.`, 'programming question without code'),

  rec('email_disclaimer', f`Please shorten our e-mail footer, it's longer than most e-mails:

Brightwell Staffing Ltd · Registered in England No. 08412937
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it.`, 'e-mail confidentiality disclaimer: ambiguous'),

  rec('chat_zh', f`请问 HL7 消息里的 OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L 这一段是什么意思？LOINC 2345-7 是血糖吗？`),

  rec('chat_sv', f`Vår lönekörning heter "LK-2025-03" och filen till Skatteverket har referens AGI-556677-8899-2503. Hur ser jag om den är mottagen?`),

  rec('chat_vi', f`Mã đơn đặt tiệc là TC-20250412-087, mã hóa đơn VAT 0004521. Em cần gửi cho khách bản xác nhận, anh viết giúp mẫu ngắn nhé.`),

  rec('chat_id', f`Versi aplikasi porting kami 2.18.4.1102, build 5531. Kenapa di Android 14 crash waktu buka halaman riwayat?`),

  rec('chat_he', f`מה ההבדל בין "חסוי" ל"סודי" בסיווג מסמכים בבית חולים? אני כותבת נוהל לצוות הביובנק.`, 'asks about the words, marks nothing'),

  rec('chat_gsw', f`Mir händ e WLAN für d Hochziitsgäscht, s Passwort stoht uf de Tischkärtli. Chasch mer en schöne Satz für d Tischkärtli schriibe, ohni s Passwort drin?`),
];

/**
 * Held-out batch 157: hard negatives — placeholders, documentation and test keys, masked or
 * check-digit-failing numbers, identifiers, hashes, public keys and casual uses of marking words,
 * from the six batch-157 organisations (tests/corpus/README.md, "Decisions on negatives"). Unlabelled
 * apart from ambiguous spans. Hand-written.
 */
import { brCpfFormatted, ibanCheckDigits, inAadhaarSpaced, luhnCheckDigit, spacedFours } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

/** A card number whose last digit is not the Luhn check digit. */
const badCard = (payload: string) => payload + String((luhnCheckDigit(payload) + 3) % 10);
/** An IBAN whose check digits are not the mod-97 ones. */
const badIban = (country: string, bban: string) => {
  const good = Number(ibanCheckDigits(country, bban));
  return country + String(good >= 90 ? good - 11 : good + 7).padStart(2, '0') + bban;
};
const badAadhaar = (p11: string) => {
  const ok = inAadhaarSpaced(p11);
  return ok.slice(0, -1) + String((Number(ok.slice(-1)) + 4) % 10);
};
const badCpf = (p9: string) => {
  const ok = brCpfFormatted(p9);
  return ok.slice(0, -1) + String((Number(ok.slice(-1)) + 5) % 10);
};

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b157n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b157n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b157n-pub', 294);
const CERT = pem('CERTIFICATE', 'b157n-cert', 880);
const BCRYPT = tok('$2b$12$', fill('b157n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b157n-salt', B62, 16), '$', fill('b157n-sha512', B62 + './', 86));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAAAQCAYAAAB${fill('b157n-png', B64, 240)}`;

export const BATCH157_NEGATIVES: DraftRecord[] = [
  rec('env_example', f`I'm writing the README for the booking service. Is this .env.example clear enough for new devs?

${amb('source_code.snippet', f`# copy to .env and fill in
STRIPE_SECRET_KEY=YOUR_API_KEY
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/bookings
SMTP_PASSWORD=<your-password>
POS_PASSWORD=\${POS_PASSWORD}
MAPS_KEY=changeme`)}`),

  rec('code_python_de', f`Unsere Tests für den S3-Upload der Sequenzdaten schlagen seit moto 5 fehl:

${v('source_code.snippet', f`@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")

@mock_aws
def test_upload_fastq(aws_env, tmp_path):
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="biobank-seq", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}`, 'AWS documentation keys in a test fixture'),

  rec('env_ja', f`テスト環境の .env です。公開鍵が本番用になっているのは問題ですか？

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
BOOKING_ENV=staging`)}`),

  rec('receipt_fr', f`Pouvez-vous traduire ce reçu en anglais pour une famille à l'étranger ?

Le Républicain du Val — Avis de décès
Commande n° AVD-2025-01187 du 13/01/2025
Parution : samedi 18 janvier, page Carnet
Montant : 96,00 € TTC
Payé par carte **** **** **** 4417 (Visa), autorisation 538214`),

  rec('rfid_ko', f`세탁물 RFID 태그 EPC 목록인데, 중복 읽힘이 있는지 확인해 주세요.

E28011700000020A8D7C4F31
E28011700000020A8D7C4F32
E28011700000020A8D7C4F31
E28011700000021B3E9A0C75
총 4건 / 게이트 G-02 / 2025-01-14 06:12`),

  rec('dock_plan_es', f`Ordena este plan de varadas por fecha de entrada:

Dique 1 — "Cabo Ortegal", IMO 9384712, eslora 142 m, entrada 03/03/2025, salida 17/03/2025
Dique 2 — "Ría de Arousa", IMO 9251437, eslora 98 m, entrada 24/02/2025, salida 02/03/2025
Dique flotante — remolcador "Sálvora", IMO 9618203, entrada 10/03/2025`),

  rec('deploy_ru', f`Объясни, что поменялось между этими двумя сборками планировщика дока:

build 3.8.0 — commit 4e1f9a2c7b83d05e6f19a4c2d8b7e3015a6c9f42 — 2025-01-10 17:42
build 3.8.1 — commit 9c2b71e04d5a8f36b1e07c9d2a4f5b83e6d1c072 — 2025-01-13 09:15
изменения: расчёт осадки при затоплении дока, локализация на латышский`),

  rec('voucher_it', f`Un cliente ha un buono regalo per il noleggio sci e la cassa dice "codice non valido". Il numero è ${spacedFours(badCard('603945182736401'))}. Come gli spiego che deve attivarlo online prima?`, 'gift voucher number that fails the Luhn check'),

  rec('chat_pl', f`Hotel przysłał nam numer konta do zwrotu nadpłaty, ale bank odrzucił przelew z komunikatem „nieprawidłowy IBAN": ${spacedFours(badIban('PL', '114020040000320218374619'))}. Jak grzecznie poprosić o sprawdzenie numeru?`, 'IBAN with wrong check digits'),

  rec('chat_pt_br', f`O sistema de reservas não aceita o CPF que o cliente digitou: ${badCpf('518273940')}. Ele jura que está certo. Como faço a mensagem pedindo pra ele conferir no documento?`, 'CPF whose check digits fail'),

  rec('sample_ids_nl', f`Maak een tabel van deze monsterlocaties voor de pick-lijst:

FZ07-R3-B12-P045  EDTA-plasma  500 µl
FZ07-R3-B12-P046  EDTA-plasma  500 µl
FZ11-R1-B04-P112  DNA  50 ng/µl
Aanvraag SR-2025-0142, 3 buizen, droogijs verzending op 16-01`),

  rec('chat_sv', f`Vi behöver en mall för sekretessavtal med frilansande fotografer som tar bilder till dödsannonser och familjesidor. Kan du skriva ett utkast på svenska?`, 'confidentiality agreement template: casual use'),

  rec('chat', f`I'm fairly confident the rental fleet numbers are right, but can you double-check the maths? 42 e-bikes × 18 rental days × 71% utilisation = ? And is a 12% damage reserve on top reasonable for a first season?`),

  rec('firmware_tr', f`Kurutucu kontrol kartı için iki firmware dosyası var, hangisi doğru kontrol et:

dryer-ctl-4.12.1.bin  SHA-256: ${fill('b157n-sha1', HEX, 64)}
dryer-ctl-4.12.2.bin  SHA-256: ${fill('b157n-sha2', HEX, 64)}
Yayın notunda 4.12.2 için yazan: ${fill('b157n-sha2', HEX, 64)}`),

  rec('api_log_el', f`Εξήγησέ μου αυτές τις εγγραφές από το API αιτημάτων δειγμάτων:

request_id=6f2c9e41-8b7a-4d35-a0c2-19e7f5b3d84a status=approved samples=240
request_id=0d8b4f17-2e93-4c6a-b5f1-7a3e9c2d6b05 status=pending samples=36
request_id=c41a7e92-5d38-4f06-98b1-3e6d2a7f0c59 status=rejected reason=consent_scope`),

  rec('aadhaar_typo', f`Client's Aadhaar keeps getting rejected on the portal: ${badAadhaar('58203917462')}. I think one digit is mistyped. How do I ask politely for a photo of the card?`, 'Aadhaar-shaped number that fails the Verhoeff check'),

  rec('schedule_hi', f`इस डिलीवरी शेड्यूल को टेबल में बदल दीजिए:
सुबह 6:30 — होटल ग्रैंड पैलेस, 420 चादरें, 310 तौलिये, गाड़ी HR 26 DK 4821
सुबह 8:00 — होटल सिटी इन, 180 चादरें, गाड़ी HR 55 AB 1937
दोपहर 2:15 — अस्पताल ब्लॉक C, 600 गाउन`),

  rec('invoice_ar', f`لخص لي هذه الفاتورة:
فاتورة رقم INV-2025-000734 بتاريخ 12/01/2025
فندق المرسى — الغرف 1204 إلى 1288
غسيل ٢٬٤٠٠ قطعة × ١٫٨٠ درهم = ٤٬٣٢٠ درهم
ضريبة القيمة المضافة ٥٪ = ٢١٦ درهم`),

  rec('tracking_th', f`ช่วยสรุปสถานะพัสดุอะไหล่จักรยานให้หน่อย:
คำสั่งซื้อ PO-TH-2025-00418 — ตีนผีหลัง 12 ชิ้น — Kerry 6203418275TH — จัดส่งแล้ว
คำสั่งซื้อ PO-TH-2025-00421 — ผ้าเบรก 40 ชุด — Flash TH4827193650A — รอรับ`),

  rec('tax_vi', f`Giải thích giúp em các mẫu tờ khai này khác nhau thế nào: mẫu 02/QTT-TNCN, mẫu 05/QTT-TNCN và mẫu 08/CK-TNCN. Hạn nộp năm nay là 31/3/2025 hay 2/5/2025?`),

  rec('parts_zh', f`把下面的备件清单翻译成英文：
尾轴密封圈  图号 KSH-DD2-4471-03  数量 2
螺旋桨锁紧螺母  件号 PRP-118-2290  数量 1
牺牲阳极 Zn-45kg  件号 AN-45-ZN  数量 36`),

  rec('package_id', f`Aplikasi sewa sepeda kami pakai react@18.2.0, @tanstack/react-query@5.59.0 dan @alpspin/ui-kit versi 2.4.1. Apakah aman upgrade ke React 19 sekarang?`),

  rec('pubkey_uk', f`Партнерська лабораторія надіслала свій публічний ключ для SFTP. Куди його додати на сервері?

${PUB_PEM}`),

  rec('docker_cs', f`Který z těch obrazů rezervačního systému je nasazený v produkci?

registry.alpspin.cz/rezervace@sha256:${fill('b157n-dig1', HEX, 64)}
registry.alpspin.cz/rezervace@sha256:${fill('b157n-dig2', HEX, 64)}`),

  rec('lock_hu', f`Miért változott meg a package-lock a laborportál frontendjében, ha nem frissítettünk semmit?

${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-${fill('b157n-integ', B64, 86)}=="
}`)}`),

  rec('form_fi', f`Käännä englanniksi tilauslomakkeen ohjetekstit:
Sähköposti: [                ]
Salasana: ********
Toista salasana: ********
Salasanassa on oltava vähintään 10 merkkiä ja yksi numero.`),

  rec('test_card_da', f`Vi tester den nye betalingsside til hotellernes vaskerifakturaer i Stripe test mode. Jeg bruger testkortet ${amb('financial.payment_card', '4242 4242 4242 4242')} med udløb 12/34, men betalingen står som "incomplete". Hvorfor?`),

  rec('sample_data', f`Can you generate 5 more rows like this for the obituary-intake form demo?
Name: Harold Finch | Relationship: son | Phone: ${amb('pii.phone', '(406) 555-0142')} | Service: Feb 3, 11 am, Grace Chapel`),

  rec('masked_ro', f`Clientul a trimis captura cu contul mascat RO** **** **** **** 4821 și întreabă dacă am primit plata pentru avansul la doc. Cum îi răspund?`),

  rec('isbn_bg', f`Подреди по година книгите от поредицата на вестника за местна история:
„Пристанището" — ISBN 978-954-28-1937-4 — 2019
„Старият град" — ISBN 978-954-28-2216-9 — 2021
„Хора на реката" — ISBN 978-954-28-2480-4 — 2023`),

  rec('specs_sr', f`Prevedi na engleski tehničke podatke suvog doka:
Dužina 186 m, širina ulaza 28,5 m, dubina na pragu 7,2 m
Nosivost dizalica: 2 × 40 t
Vreme punjenja: 3 h 20 min, pražnjenja: 4 h 10 min`),

  rec('din_hr', f`Provjeri mi ovu tablicu za podešavanje vezova:
Težina 62 kg, visina 171 cm, tip 2, đon 305 mm → DIN 5,5
Težina 88 kg, visina 186 cm, tip 3, đon 327 mm → DIN 8,5
Dijete 31 kg, đon 255 mm → DIN 3`),

  rec('declined_sk', f`Zákazník v požičovni zadal kartu ${spacedFours(badCard('535718204936271'))} a terminál napísal „neplatné číslo karty". Vidím, že jedna číslica asi chýba alebo je prehodená. Čo mu mám povedať?`, 'card number that fails the Luhn check'),

  rec('log_lt', f`Kodėl tunelinė skalbyklė sustojo? Žurnalas:
2025-01-14T05:58:12+02:00 kamera 7 temp 71.4 °C
2025-01-14T05:58:42+02:00 kamera 7 temp 71.2 °C
2025-01-14T05:59:12+02:00 ALARM vandens lygis < 120 mm
2025-01-14T05:59:13+02:00 programa P14 sustabdyta`),

  rec('chat_ka', f`მჭირდება კონფიდენციალურობის შეთანხმების შაბლონი ქართულად, ჩვენი ველოსიპედების გაქირავების სეზონური თანამშრომლებისთვის. შეგიძლია დამიწერო?`, 'confidentiality agreement template: casual use'),

  rec('doc_hy', f`Թարգմանիր անգլերեն. «Մուտք գործելու համար մուտքագրեք ձեր էլ. հասցեն և գաղտնաբառը՝ <ձեր գաղտնաբառը>։ Եթե մոռացել եք, սեղմեք „Վերականգնել"։»`),

  rec('signature_bn', f`এই ইমেইল সিগনেচারের HTML ঠিক আছে কিনা দেখুন, লোগো দেখা যাচ্ছে না:

${amb('source_code.snippet', f`<table><tr><td><img src="data:image/png;base64,${PNG_B64}" width="64"></td>
<td>দৈনিক নদীবার্তা · গ্রাহক সেবা বিভাগ</td></tr></table>`)}`),

  rec('dosing_ta', f`இந்த ரசாயன அளவுகளை அட்டவணையாக மாற்றவும்:
படுக்கை விரிப்புகள் — 60°C — சோப்பு 12 மி.லி/கிலோ — ப்ளீச் 4 மி.லி/கிலோ
துண்டுகள் — 75°C — சோப்பு 15 மி.லி/கிலோ — ப்ளீச் 0
சமையலறை துணிகள் — 85°C — சோப்பு 18 மி.லி/கிலோ`),

  rec('nino_training', f`For the payroll training deck, explain why this National Insurance number would be rejected by HMRC: DF 48 27 19 B. Keep it to two bullet points.`, 'NINO with an unissued prefix (D first, F second)'),

  rec('form_en_us', f`Our expat intake form says: "SSN: enter 000-00-0000 if the assignee has not been issued a Social Security number yet." Is that OK or will the payroll system choke on it?`),

  rec('helm_es_co', f`¿Está bien este template de Helm para el servicio de reservas? El pod no arranca.

${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    value: {{ .Values.db.password | quote }}
  - name: STRIPE_SECRET_KEY
    valueFrom:
      secretKeyRef: { name: reservas-secrets, key: stripe }`)}`),

  rec('chat_ca', f`Necessito una plantilla d'acord de confidencialitat per als monitors de les rutes guiades amb bici. Pots fer-me'n un esborrany curt en català?`, 'confidentiality agreement template: casual use'),

  rec('phone_pt', f`Um leitor deixou o contacto +351 12 345 678 no formulário de assinatura e o SMS falhou. Está mal escrito? Quantos dígitos tem um número português?`, 'phone-shaped number libphonenumber rejects (too short)'),

  rec('cert_ms', f`Sijil SSL laman tempahan basikal ini tamat bila? Ini fail yang dihantar oleh pembekal hosting:

${CERT}`),

  rec('users_sw', f`Hii ni sehemu ya jedwali la watumiaji wa portal ya sampuli. Je, tunahifadhi nywila kwa usalama?

${amb('source_code.snippet', f`id | username        | password_hash
17 | w.mwangi        | ${amb('credential.password_assignment', BCRYPT)}
18 | a.otieno        | (sso)`)}`, 'bcrypt hash: ambiguous per the conventions'),

  rec('shadow_de_at', f`Servus, am Dock-Gateway steht in /etc/shadow für den Wartungsuser folgende Zeile. Heißt das, dass das Passwort abgelaufen ist?

wartung:${amb('credential.password_assignment', SHA512CRYPT)}:19724:0:90:7:::`, 'sha512-crypt hash: ambiguous per the conventions'),

  rec('readme_nb', f`Oversett denne delen av README-en for abonnementssystemet til engelsk: «Legg GitHub-tokenet ditt i GITHUB_TOKEN, f.eks. GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx. Aldri legg et ekte token inn i koden.»`),

  rec('chat', f`Our tax firm's IT is looking at "confidential computing" VMs for the payroll engine. In plain terms, what does it protect against compared with normal encryption at rest?`),

];

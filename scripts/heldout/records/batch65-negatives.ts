/**
 * Held-out batch 65: hard negatives — text from a summer-camp organiser, a hospital laundry, a satellite-TV
 * installer network, a notary office, a bike-sharing operator and a biobank that looks sensitive and is not
 * (tests/corpus/README.md, "Decisions on negatives"): templates and placeholders, invalid numbers, hashes,
 * identifiers, public keys, casual uses of "confidential". Unlabelled apart from ambiguous spans and pasted
 * code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b65n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b65n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b65n-ed', B64, 43));
const BCRYPT = tok('$2b$10$', fill('b65n-bcrypt', B62 + './', 53));
const SHA512_CRYPT = tok('$6$', fill('b65n-salt', B62, 16), '$', fill('b65n-crypt', B62 + './', 86));
const CERT = pem('CERTIFICATE', 'b65n-cert', 920);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA${b64Bytes('b65n-png', 300)}`;
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH65_NEGATIVES: DraftRecord[] = [
  rec('form_template', f`Can you make this registration template friendlier for parents? Keep the fields.

CAMPER REGISTRATION FORM — SUMMER 2025
Camper full name: ______________________
Date of birth: __ / __ / ____      Age on June 1: ____
Parent/guardian email: ______________________
Cell phone: (___) ___-____
Create a portal password (min. 10 characters): ______________
Allergies / medications: ______________________
[ ] I agree to the photo policy   [ ] I agree to the medical release`),

  rec('table_de', f`Kannst du aus dieser Programmtabelle eine Übersicht für die neuen Mitarbeiter machen?

Prog. | Wäscheart              | Temp. | Haltezeit | A0-Wert | Dosierung
  11  | Stationswäsche weiß    | 60 °C | 15 min    | 600     | 8 ml/kg Desinfekt 4
  12  | Stationswäsche bunt    | 60 °C | 20 min    | 600     | 9 ml/kg Desinfekt 4
  21  | OP-Textilien           | 85 °C | 10 min    | 3000    | 6 ml/kg Alkali 2
  31  | Mopps                  | 90 °C | 10 min    | 6000    | 11 ml/kg Alkali 2
Charge 2024-09-118, Chemie-Los D4-24117, geprüft nach RKI-Liste.`),

  rec('deed_refs_fr', f`Peux-tu vérifier la cohérence des références dans ce projet d'acte ?

« …les biens et droits immobiliers cadastrés section AB n° 412 et n° 413, lieudit "Les Granges", pour une contenance totale de 00 ha 18 a 42 ca, … Origine de propriété : acte reçu par Maître Roux le 12 mars 2003, publié au service de la publicité foncière de Lyon 3, le 2 avril 2003, volume 2003 P, n° 4127. Conformément aux articles 1589 et 1593 du Code civil… Répertoire n° 2024/3318. »`),

  rec('transponder_es_mx', f`¿Me explicas qué significa cada columna? Es la tabla que nos dieron para apuntar las antenas en Monterrey:

Satélite      Frecuencia   Pol  SR     FEC  Azimut  Elevación
SES-14 47.5W  11.720 GHz   H    30000  3/4  121.4°  48.9°
SES-14 47.5W  12.020 GHz   V    30000  3/4  121.4°  48.9°
Eutelsat 113W 12.180 GHz   H    27500  5/6  226.8°  56.2°
Tarjeta inteligente: serie 0412-7731-0058, CAID 0x0500`),

  rec('env_example_pt_br', f`Esse .env.example tá ok pra subir no repositório público do sistema de inscrição do acampamento?

${amb('source_code.snippet', f`# copie para .env e preencha
DATABASE_URL=postgres://USUARIO:SENHA@localhost:5432/acampamento
SENHA_ADMIN=<sua-senha-aqui>
STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}
MAIL_PASSWORD=********
RECAPTCHA_SECRET=YOUR_RECAPTCHA_SECRET`)}`),

  rec('chat_it', f`Mi fai un riepilogo di questi lucchetti che non hanno risposto stanotte? Stazione, IMEI, ultima posizione.

- Staz. 0147 Porta Nuova — IMEI 863007226231257 — 45.4847, 9.2040 — ultimo heartbeat 02:14
- Staz. 0211 Navigli — IMEI 862711476122543 — 45.4520, 9.1760 — ultimo heartbeat 03:51
- Staz. 0388 Città Studi — IMEI 867419210853804 — 45.4780, 9.2270 — ultimo heartbeat 01:07
Firmware di tutti: lock-fw 3.8.2-rc1.`),

  rec('samples_nl', f`Kun je deze lijst sorteren per vriezer en rek?

Monster-ID        Type      Vriezer  Rek  Doos  Positie  Aliquot-UUID
BB-NL-2021-00412  plasma    F-07     R3   B12   C4       2f8e1a6c-3b7d-4c09-9e52-71d4a0b8c3f6
BB-NL-2021-00413  serum     F-07     R3   B12   C5       9c41d2e7-0a65-4f18-b3c9-5e27f6a1d084
BB-NL-2022-01877  DNA       F-02     R1   B04   A9       e07b3f59-8d21-4a6e-92c4-3f18b7d0a5e2
BB-NL-2023-00031  buffy     F-11     R6   B01   H2       41a9c8d3-6e07-4b52-8f1d-d2305e9a7c16`),

  rec('fasta_ja', f`この配列の中に rs334 の位置は含まれていますか？ 解析初心者なので詳しく教えてください。

>HBB_exon1_sample_BB-J-0417
ACATTTGCTTCTGACACAACTGTGTTCACTAGCAACCTCAAACAGACACCATGGTGCATCTGACTCCTGAGGAGAAGTCTGCCGTTACTGCCCTGTGGGGCAAGGTGAACGTGGATGAAGTTGGTGGTGAGGCCCTGGGCAG
参照: GRCh38 chr11:5,227,002-5,227,160, 関連SNP: rs334, rs33930165, rs713040`),

  rec('release_zh', f`帮我把这份机顶盒固件的发布说明翻译成英文：

版本 v5.12.3（build 20240911.1）
- 修复 DiSEqC 1.1 切换器在冷启动时无响应
- 新增 H.265 10bit 解码支持
镜像文件：stb-fw-5.12.3.img
SHA-256：${SHA('b65n-fw')}
上一版本：v5.11.8，SHA-256：${SHA('b65n-fw-old')}`),

  rec('env_test_ko', f`테스트 환경 설정 파일인데, 이대로 깃에 올려도 되나요? 결제는 테스트 모드만 씁니다.

${amb('source_code.snippet', f`# .env.test
PAYMENT_MODE=test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
RIDE_PRICE_PER_MIN_KRW=150`)}`),

  rec('chat_ru', f`Нужен шаблон соглашения о конфиденциальности для временных сотрудников биобанка (студенты-практиканты). Что обязательно должно быть в тексте по 152-ФЗ? Конфиденциальность — это только про персональные данные или про результаты исследований тоже?`),

  rec('rfid_tr', f`Bu RFID okuma çıktısında aynı etiketin iki kez görünmesi normal mi?

zaman     anten  EPC                       RSSI
08:41:02  A1     E2801170200014A3B5C60F1D  -58
08:41:02  A2     E2801170200014A3B5C60F1D  -61
08:41:03  A1     E28011702000152C7D9E4B08  -55
08:41:04  A1     E2801170200013F08A2C6E77  -63
Toplam: 3 farklı etiket, 4 okuma.`),

  rec('policy_pl', f`Przeredaguj proszę naszą politykę haseł dla pracowników pralni, żeby była prostsza:
1. Hasło musi mieć co najmniej 12 znaków, w tym cyfrę i znak specjalny.
2. Hasła zmieniamy co 90 dni; nie wolno używać 5 ostatnich haseł.
3. Nie zapisujemy haseł na karteczkach przy maszynach ani w zeszycie zmiany.
4. Hasło do terminala w hali otrzymuje się tylko od kierownika zmiany, osobiście.`),

  rec('chat_en_gb', f`Our PAS rejects the NHS number 485 732 9105 that a donor wrote on the paper consent form — says the check digit is wrong. Is it definitely invalid, and what's the usual cause (transposed digits)? How should staff handle it?`),

  rec('code_python_en_us', f`These fixtures are for our camp staff onboarding tests; is using obviously fake SSNs like this fine?

${v('source_code.snippet', f`INVALID_SSNS = [
    "000-41-2298",   # area 000 never issued
    "666-20-1184",   # area 666 never issued
    "914-00-3321",   # 9xx area
]

def test_rejects_unissued_ssns(validator):
    for s in INVALID_SSNS:
        assert not validator.is_valid(s)

def test_placeholder_is_flagged(validator):
    assert validator.is_placeholder("${amb('pii.us_ssn', '123-45-6789')}")`)}`),

  rec('chat_en_in', f`The KYC screen keeps rejecting 2553 6644 7695 for an installer even though he says he copied it from his card. Our validator says the checksum fails. Could he have mistyped one digit? How does the Aadhaar checksum work?`),

  rec('authorized_keys_sv', f`Är det farligt att den här raden ligger i authorized_keys på lagerservern? Det är väl bara den publika nyckeln?

ssh-ed25519 ${ED25519_PUB} anna@labb-pc

Och vad betyder "ed25519" egentligen?`),

  rec('git_da', f`Jeg er midt i en rebase af firmware-repoet og er faret vild. \`git status\` siger:

interactive rebase in progress; onto 9b41e7c
Last commands done (2 commands done):
   pick 3fa02d8 fix(lås): debounce på dock-sensor
   pick c7d19e4 feat(app): vis batteri i procent
Next commands to do (2 remaining commands):
   pick 0e8b6a1 chore: bump zephyr til 3.6.0
   pick 52cc9f3 docs: opdater flash-vejledning

Hvordan springer jeg zephyr-commit'en over?`),

  rec('lockfile_fi', f`Miksi package-lock muuttuu joka kerta kun ajan npm install? Tässä pätkä diffistä:

     ${amb('source_code.snippet', f`"node_modules/mqtt": {
-      "version": "5.7.0",
-      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.7.0.tgz",
-      "integrity": "${INTEGRITY('b65n-mqtt-old')}",
+      "version": "5.10.1",
+      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
+      "integrity": "${INTEGRITY('b65n-mqtt-new')}",`)}`),

  rec('receipt_no', f`Kan du oversette denne kvitteringen til engelsk for en turist som klager?

Bysykkel – kvittering
Ordrenr.: BS-2024-0918-77213
Tur: Jernbanetorget → Aker Brygge, 18 min
Beløp: 49,00 kr (inkl. mva 9,80 kr)
Betalt med: Visa •••• 4417
Dato: 18.09.2024 kl. 17:42`),

  rec('log_et', f`Miks need dokkimise sündmused tulevad vales järjekorras? Logi:

${amb('source_code.snippet', f`2024-09-14T06:02:11.482Z dock=TLN-0412 bike=EE-10377 event=UNDOCK seq=88120
2024-09-14T06:02:11.379Z dock=TLN-0412 bike=EE-10377 event=AUTH_OK seq=88119
2024-09-14T06:19:47.905Z dock=TLN-0087 bike=EE-10377 event=DOCK seq=88171
2024-09-14T06:19:48.011Z dock=TLN-0087 bike=EE-10377 event=LOCK_CONFIRMED seq=88172`)}`),

  rec('refs_lv', f`Lūdzu, noformē šīs atsauces pēc Vancouver stila biobankas gada pārskatam:
1) Kalniņa A, et al. Plasma proteomics in the Latvian Genome Data Base cohort. doi:10.1186/s12967-023-04418-2. PMID: 37698412.
2) Ozols J, Bērziņa L. Long-term storage of DNA at −80 °C. Biopreserv Biobank. 2022;20(3):211–219. doi:10.1089/bio.2021.0127.
ORCID autoram: 0000-0002-7384-1195`),

  rec('svg_lt', f`Kodėl ši dviračio ikona stovyklos svetainėje rodoma nukirpta?

${amb('source_code.snippet', f`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">
  <path d="M5 18.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7zm14 0a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7zM12 15l-3-5h6l2.5 5M9 10 7.5 7H5m10 0h2l-2 3"/>
</svg>`)}`),

  rec('code_python_cs', f`Tenhle příklad z dokumentace mi hází "InvalidAccessKeyId". Je to tím, že jsou to ukázkové klíče?

${v('source_code.snippet', f`import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    region_name="eu-central-1",
)
s3.upload_file("skeny/listina_2024_318.pdf", "notar-archiv", "2024/318.pdf")`)}`, 'AWS documentation keys in pasted code: no credential, the code itself is labelled'),

  rec('chat_hu', f`Az ügyfél ezt az IBAN-t adta meg a visszatérítéshez: HU61 1170 2696 4364 5330 9534 0693, de a banki rendszer azt írja, hogy hibás az ellenőrző összeg. Hogyan kérjem meg udvariasan, hogy ellenőrizze?`),

  rec('chat_ro', f`În testele pentru modulul de plăți al biroului notarial folosim numărul 4587 5501 1762 2215 ca exemplu de card invalid (nu trece Luhn). Cum explic colegilor de ce e respins?`),

  rec('chat_hr', f`Možeš li napraviti popis dostave za vozače? Bolnica: KB Dubrava, odjel kirurgije, soba 212, interni lokal 4417; porta lokal 100. Rampa za dostavu otvorena 06–14 h. Vozilo ZG 4417-HR, tura 7.`),

  rec('changelog_bg', f`Обясни ми накратко какво се е променило между тези версии на мобилното приложение за монтажници:

- react-native 0.73.6 → 0.74.5
- @react-navigation/native@6.1.17 → @react-navigation/native@6.1.18
- react@18.2.0 (без промяна)
- @montazh/ui-kit 2.3.0 → 2.4.1
- build 412 → 427, minSdk 24 → 26`),

  rec('html_uk', f`Чому лого в листі-нагадуванні про встановлення тарілки не відображається в Outlook?

${amb('source_code.snippet', f`<table width="600" cellpadding="0" cellspacing="0">
  <tr><td><img alt="SatMontazh" width="24" height="24" src="data:image/png;base64,${PNG_B64}"></td></tr>
  <tr><td style="font-family:Arial">Шановний клієнте, монтажник прийде {{date}} з {{time_from}} до {{time_to}}.</td></tr>
</table>`)}`),

  rec('quiz_be', f`Складзі, калі ласка, тры пытанні для тэсту па ахове даных для новых супрацоўнікаў веласервісу. Напрыклад: «Што такое канфідэнцыйнасць і чаму яна важная?», «Ці можна перадаваць нумар карткі кліента па тэлефоне?» Адказы таксама патрэбныя.`),

  rec('helm_he', f`למה ה-Helm chart של ה-LIMS לא מרנדר את הסיסמה? הקובץ values.yaml והתבנית:

${amb('source_code.snippet', f`# templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: lims-db
stringData:
  password: {{ .Values.db.password | quote }}
  username: {{ .Values.db.user }}`)}

ב-values.yaml יש db.user: lims ו-db.password ריק.`),

  rec('dump_ar_iq', f`هذا جزء من نسخة قاعدة بيانات بوابة الوكلاء. الزميل يگول الباسوردات مكشوفة، صحيح؟

${amb('source_code.snippet', f`INSERT INTO dealers (id, username, password_hash, city) VALUES
(118, 'dealer.karbala07', '${amb('credential.password_assignment', BCRYPT)}', 'كربلاء');`)}`),

  rec('firewall_fa', f`این قوانین فایروال برای سرور مانیتورینگ یخچال‌های بیوبانک درست است؟

${amb('source_code.snippet', f`iptables -A INPUT -p tcp -s ${amb('pii.ip_address', '192.168.40.0')}/24 --dport 443 -j ACCEPT
iptables -A INPUT -p udp -s ${amb('pii.ip_address', '192.168.40.12')} --dport 161 -j ACCEPT
iptables -A INPUT -j DROP`)}

می‌خواهم فقط شبکهٔ آزمایشگاه دسترسی داشته باشد.`),

  rec('ad_script_en_us', f`Punch up this 30-second radio spot for our day camp:

"Summer's coming, and so is Pine Hollow Day Camp! Canoeing, archery, arts and crafts and the best s'mores in the county. Early-bird pricing ends March 31. Call ${amb('pii.phone', '(828) 555-0134')} or visit pinehollowcamps dot org today!"`),

  rec('sandbox_hi', f`पेमेंट गेटवे के सैंडबॉक्स डॉक में लिखा है टेस्ट कार्ड ${amb('financial.payment_card', '4111 1111 1111 1111')}, कोई भी भविष्य की तारीख और CVV 123 डालो। लेकिन हमारे इंस्टॉलर-पेमेंट ऐप में "card declined" आ रहा है। सैंडबॉक्स मोड में ऐसा क्यों होगा?`),

  rec('protocol_bn', f`এই প্রোটোকলটা সহজ বাংলায় লিখে দাও, নতুন টেকনিশিয়ানদের জন্য:
১. QIAamp DNA Blood Mini Kit (ক্যাট. নং 51104, লট 172034581) দিয়ে ২০০ µl রক্ত থেকে DNA বের করুন।
২. NanoDrop-এ A260/280 ১.৮–২.০ হতে হবে।
৩. ৫০ µl করে দুটি অ্যালিকট, −৮০ °C, র‍্যাক R-07।`),

  rec('nginx_th', f`ไฟล์ cert นี้ใส่ใน nginx แล้วขึ้น "PEM_read_bio_X509_AUX failed" เป็นเพราะอะไร

${amb('source_code.snippet', f`server {
    listen 443 ssl;
    server_name tracker.biobank-bkk.org;
    ssl_certificate     /etc/nginx/certs/tracker.crt;
    ssl_certificate_key /etc/nginx/certs/tracker.key;
}`)}

เนื้อหาไฟล์ tracker.crt:
${CERT}`),

  rec('json_vi', f`API trả về danh sách xe thế này, làm sao lọc xe pin dưới 20%?

${amb('source_code.snippet', f`{"bikes":[
 {"id":"6b1f0c2e-84d7-4e3a-9b15-0c7a2d9e4f81","station":"Q1-0042","battery":17,"fw":"2.4.0"},
 {"id":"d30e9a71-2c48-4f6b-8e03-71b5c4a9d2e6","station":"Q3-0115","battery":64,"fw":"2.4.0"},
 {"id":"a8c5e203-7f19-4d2b-b6e0-3e9f1a7c5d48","station":null,"battery":9,"fw":"2.3.7"}
]}`)}`),

  rec('chat_id', f`Apa rahasia supaya peserta kemah anak-anak betah dan tidak kangen rumah di hari kedua? Kami punya 60 anak umur 9–12, kemah 5 hari di Lembang.`),

  rec('mpesa_sw', f`Nisaidie kupanga jumbe hizi za M-Pesa kwenye jedwali (tarehe, kiasi, namba ya muamala):

SIK3HX7Q2B Imethibitishwa. Ksh2,500.00 imelipwa kwa KAMBI YA VIJANA NAIVASHA, Paybill 522533, akaunti KAMBI-0412, tarehe 12/7/24 saa 9:14 AM.
SIL8MD2K4T Imethibitishwa. Ksh5,000.00 imelipwa kwa KAMBI YA VIJANA NAIVASHA, Paybill 522533, akaunti KAMBI-0419, tarehe 13/7/24 saa 4:02 PM.`),

  rec('fees_ps', f`مهرباني وکړئ دا فیسونه په انګلیسي وژباړئ:
د سند تصدیق: ۵۰۰ افغانۍ
د وکالت‌نامې ثبت: ۱۲۰۰ افغانۍ
د ځمکې د قبالې کاپي: ۸۰۰ افغانۍ
د سند ګڼه: ۱۴۰۳/۲۱۸، نېټه: ۱۴۰۳/۰۶/۲۰`),

  rec('chat_fr_qc', f`On refait le site du camp : peux-tu m'écrire une politique de confidentialité simple pour les parents (photos, fiches santé, infolettre) ? Je veux qu'ils soient confiants que les infos des enfants restent protégées. Pas de jargon juridique svp.`),

  rec('shadow_de_at', f`Warum kann sich der Benutzer "scanner" am Laborrechner nicht mehr anmelden? Auszug aus /etc/shadow:

${amb('source_code.snippet', f`scanner:${amb('credential.password_assignment', SHA512_CRYPT)}:19978:0:90:7:::
labadmin:!:19802:0:99999:7:::`)}

Ist das Konto gesperrt oder abgelaufen?`),

  rec('momo_en_gh', f`Please put these MoMo confirmations into a table for reconciliation (date, amount, transaction ID):

Payment received for GHS 1,250.00 from LINEN PICKUP KORLE BU. Transaction ID: 43187265019. Fee: GHS 0.00. Balance: GHS 8,412.30.
Payment received for GHS 980.00 from LINEN PICKUP RIDGE. Transaction ID: 43190418822. Fee: GHS 0.00. Balance: GHS 9,392.30.`),

  rec('readings_es_pe', f`¿Estos valores de señal están bien para dar por terminada la instalación en Arequipa?
Nivel de señal: 78 %, calidad: 64 %, C/N: 11,2 dB, BER: 2.0E-6
Transpondedor 11.804 GHz V, SR 30000, FEC 3/4
Orden de servicio: OS-2024-AQP-04418, decodificador serie 2231-0877-4412`),
];

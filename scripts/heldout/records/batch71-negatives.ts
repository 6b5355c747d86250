/**
 * Held-out batch 71: hard negatives — DICOM dumps, drilling reports, scrap price lists, test keys,
 * placeholders, masked or checksum-failing numbers, hashes and casual "secret"/"confidential" in
 * many languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from
 * ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b71n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b71n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const PUB_PEM = pem('PUBLIC KEY', 'b71n-pub', 294);
const CERT = pem('CERTIFICATE', 'b71n-cert', 820);
const PNG_B64 = b64Bytes('b71n-png', 360);
const BCRYPT = tok('$2y$10$', fill('b71n-bcrypt', B62 + './', 53));
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH71_NEGATIVES: DraftRecord[] = [
  rec('dicom_dump_en_us', f`Research PACS export keeps failing validation. This is the header of one anonymized CT slice — anything obviously wrong?

${amb('source_code.snippet', f`(0008,0016) UI =CTImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.8.498.48213770612749018327]
(0008,0020) DA [20241118]
(0008,0050) SH [RSCH24-000731]
(0008,0060) CS [CT]
(0010,0010) PN [ANON^7731]
(0010,0020) LO [RSCH-0042]
(0010,0030) DA (no value available)
(0018,0050) DS [1.25]
(0018,0060) DS [120]
(0020,000d) UI [1.2.826.0.1.3680043.8.498.77410293847561029384]
(0020,0013) IS [214]
(0028,0010) US 512
(0028,0011) US 512`)}

The validator says "SOP Class UID missing" but it's right there.`),

  rec('drilling_report_nb', f`Oversett dagsrapporten til engelsk for operatøren, behold tallene:

Daglig borerapport nr. 47 – brønn 7/11-B-3 H, Northbar Sentinel
Dato: 25.11.2024  Dybde MD/TVD kl. 24:00: 3 412 m / 2 986 m
Fremdrift siste døgn: 186 m, 12 1/4" seksjon
Slamvekt: 1,38 sg, viskositet 54 s, filtrat 4,2 ml
WOB 12–15 t, 140 rpm, pumpetrykk 212 bar, 3 600 l/min
Posisjon: 56°29'12" N, 03°12'48" E, vanndybde 71 m
Neste: trippe ut for bytte av borekrone ved 3 450 m, deretter logging (GR/RES).`),

  rec('price_list_es_cl', f`Arma un mensaje de WhatsApp para los proveedores con los precios de esta semana, ordenado de mayor a menor:

Cobre #1 (brillante): $7.850/kg
Cobre #2: $7.120/kg
Bronce: $4.300/kg
Aluminio perfil: $1.180/kg
Aluminio lata: $690/kg
Fierro (chatarra pesada): $135/kg
Baterías de auto: $520/kg
Referencia LME cobre: US$ 9.012/t (cierre 25-11). Ticket de báscula desde el N° 0048213. Horario patio: L-V 8:30–17:30, sábado hasta 13:00.`),

  rec('code_python_de', f`Unser Test für den S3-Upload der Bohrberichte schlägt seit dem moto-Update fehl:

${v('source_code.snippet', f`import boto3
import pytest
from moto import mock_aws

@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")

@mock_aws
def test_bohrbericht_upload(aws_env):
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="bohrberichte", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    assert lade_hoch("bericht_47.pdf", bucket="bohrberichte")`)}

Fehlermeldung: "botocore.exceptions.NoCredentialsError". Woran liegt's?`, 'AWS documentation keys in a test fixture: no credential; the fixture itself is pasted code'),

  rec('env_test_fr_ch', f`On prépare la page de dons des alumni. Ce fichier est commité exprès pour l'environnement de test, c'est grave ?

${amb('source_code.snippet', f`# .env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_a_remplacer
DONS_MONTANT_MIN=10`)}

La clé publique est une clé live, la secrète une clé de test.`),

  rec('env_example_ja', f`新人向けにこの.env.exampleの各項目の説明をREADMEに書いてください：

${amb('source_code.snippet', f`# .env.example（コピーして .env を作成）
CRM_API_URL=https://crm.example.internal/api
CRM_API_KEY=<ここに各自のキー>
SMS_GATEWAY_TOKEN=your-token-here
DB_PASSWORD=changeme
OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx
REDIS_URL=redis://:\${REDIS_PASSWORD}@redis:6379/0`)}`),

  rec('receipt_ko', f`영수증 내용을 영어로 번역해 주세요. 해외 통신원 경비 정산용입니다.

결제일시: 2024-11-25 14:32
가맹점: 코리아렌터카 부산역점
결제카드: 신한카드 **** **** **** 4417 (일시불)
승인번호: 30418273
금액: 184,000원 (부가세 16,727원 포함)`),

  rec('chat_pl', f`Klient przyszedł z kartą lojalnościową innego skupu złomu, nr 5021 8830 4719 2264, i pyta, czy uznamy jego punkty. Napisz uprzejmą odmowę, że nie honorujemy kart innych firm, ale mamy własny program od 1 tony miedzi.`, 'loyalty-card number that fails Luhn'),

  rec('form_template_tr', f`Bu müşteri iade formunu daha anlaşılır hale getirir misin? Alanlar:

Ad Soyad: ____________________
T.C. Kimlik No: ___________ (11 hane)
Telefon: 05__ ___ __ __
İade yapılacak IBAN: TR00 0000 0000 0000 0000 0000 00
İade nedeni: [ ] Mükerrer ödeme  [ ] Hatalı fatura  [ ] Diğer`),

  rec('chat_hi', f`शिकायत संख्या 4829 1730 5562 और 7362 0491 8357 वाले दोनों ग्राहकों को एक ही जवाब भेजना है कि नेटवर्क की दिक्कत 48 घंटे में ठीक हो जाएगी। ग्राहक ने अपना आधार XXXX XXXX 5621 बताया था, वो जवाब में मत डालना। संदेश छोटा और विनम्र रखें।`, 'Aadhaar-shaped complaint numbers that fail Verhoeff, and a masked Aadhaar'),

  rec('form_template_en_ca', f`Make this alumni update form accessible (labels, hints, error text):

Full name: ____________________
Class year: ____
Preferred email: ____________________
Phone: (___) ___-____
SIN (only if you want a tax receipt for a gift of securities): ___ ___ ___
Date of birth: YYYY-MM-DD`),

  rec('deploy_log_sv', f`Vad betyder det här? Deployen av nya nyhetsappen verkar ha gått igenom två gånger:

${amb('source_code.snippet', f`2024-11-26T05:12:44Z deploy started id=7c2e91a4-3f58-4d07-b6e2-1a9c84d0f357 commit=${GIT('b71n-git1')}
2024-11-26T05:12:51Z image pulled sha256:${SHA('b71n-dig1')}
2024-11-26T05:13:30Z rollout complete replicas=4/4
2024-11-26T05:14:02Z deploy started id=e4b8d7c1-92a0-4f6e-8d35-7b1c0a9e2f48 commit=${GIT('b71n-git1')}
2024-11-26T05:14:40Z rollout complete replicas=4/4 (no changes)`)}`),

  rec('package_lock_en_ph', f`npm ci fails on the agent portal build with EINTEGRITY. Relevant part of package-lock.json:

${amb('source_code.snippet', f`"node_modules/libphonenumber-js": {
  "version": "1.11.12",
  "resolved": "https://registry.npmjs.org/libphonenumber-js/-/libphonenumber-js-1.11.12.tgz",
  "integrity": "${INTEGRITY('b71n-int1')}"
},
"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY('b71n-int2')}"
}`)}`),

  rec('changelog_he', f`תסכם בבקשה לעורכים מה השתנה בגרסה החדשה של מערכת הכתוביות:

ghcr.io/newsdesk/subtitler:3.4.0@sha256:${SHA('b71n-dig2')}
ghcr.io/newsdesk/subtitler:3.5.0@sha256:${SHA('b71n-dig3')}

3.5.0: תמיכה בעברית מימין לשמאל בקבצי SRT, תיקון קפיצת תזמון אחרי פרסומות, Whisper large-v3 במקום medium.`),

  rec('release_notes_is', f`Geturðu umorðað þessar útgáfuupplýsingar fyrir starfsfólk myndgreiningardeildar á einfaldri íslensku?

Útgáfa 2024.11.3 (smíð 18842) af RIS-kerfinu
- Viewer uppfærður úr 4.1.7 í 4.2.1
- Java 17.0.12 → 21.0.5
- Lagfæring: röðun rannsókna í vinnulista eftir forgangi
- Þekkt vandamál: útprentun úr Firefox 132 sleppir haus`),

  rec('chat_ar_sa', f`أرجو ترتيب قائمة كتب الخريجين هذه أبجدياً لمعرض الكتاب في حفل التخرج:

- "اقتصاد المعرفة في الخليج" – ردمك 978-603-8231-47-5
- "تاريخ الطب في الجزيرة العربية" – ردمك 978-9960-54-812-3
- "Desert Hydrology" – ISBN 978-1-108-47382-1
- "مدخل إلى الذكاء الاصطناعي" – ردمك 978-603-91284-0-6`),

  rec('shipping_fa', f`لطفاً برای مشتری ترکیه‌ای یک پیام انگلیسی بنویس که محموله ضایعات مس در راه است:

شماره بارنامه: BL-BND-2024-11873
شماره کانتینر: MSCU 482917 3
کد تعرفه (HS): 7404.00
وزن خالص: 24,380 کیلوگرم
زمان تقریبی رسیدن به مرسین: ۹ دسامبر`),

  rec('chat_id', f`Tolong buatkan poster singkat untuk pelanggan: cek kuota ketik *888#, beli paket harian *888*1#, laporan gangguan ke 188 (gratis), atau lewat aplikasi versi 5.12.0 ke atas. Nomor tiket gangguan formatnya GGN-2411-xxxxx, jangan dicontohkan nomor asli.`),

  rec('pr_review_vi', f`Đồng nghiệp hỏi commit này có làm lộ bí mật không. Đây là khóa công khai để xác minh chữ ký của webhook từ đối tác truyền hình, và chứng chỉ của máy chủ:

${PUB_PEM}

${CERT}`),

  rec('chat_sw', f`Andika tangazo fupi kwa wateja: wanaweza kulipia bando kupitia M-Pesa Paybill 174902, akaunti ni "BANDO", au kwa Till Namba 5548213 madukani. Ujumbe wa uthibitisho utakuwa na namba ya muamala kama SKL4X9QTR2. Huduma kwa wateja: piga 100 bure.`),

  rec('chat_uk', f`Що таке confidential computing і чи має сенс для нашого кол-центру переносити записи дзвінків у хмару з такими віртуальними машинами? Поясни без маркетингу.`),

  rec('chat_el', f`Γράψε μου ένα σύντομο κείμενο για τα 30 χρόνια του δελτίου ειδήσεων του σταθμού. Θέλω να λέει ότι το μυστικό της επιτυχίας μας είναι οι ανταποκριτές σε κάθε νησί.`),

  rec('recipe_hu', f`Az öregdiák-találkozóra sütünk. Írd át ezt a receptet 40 főre: a nagymamám titkos összetevője egy csipet fahéj volt a diós töltelékben, ezt ne hagyd ki!`),

  rec('abstract_nb', f`Kan du korte ned dette sammendraget til 150 ord?

Bakgrunn: Vi undersøkte om AI-assistert tolkning av røntgen thorax reduserer tid til svar. Metode: 1 840 undersøkelser, randomisert per dag. Resultat: median svartid falt fra 38 til 24 minutter (differanse 14 min, 95 % konfidensintervall 9–19). Sensitivitet for pneumothorax 0,94 (95 % KI 0,89–0,97). Konklusjon: Klinisk relevant reduksjon uten tap av sensitivitet.`),

  rec('chat_tl', f`Gawan mo ako ng maikling post para sa alumni page: "Ang sikreto ng Batch 2004? Tatlumpung taon na kaming nagkikita tuwing Disyembre!" Lagyan mo ng kaunting biro pero pormal pa rin.`),

  rec('compose_sr', f`Da li je ovo ispravno podešeno? Ne želim da lozinke budu u repozitorijumu:

${amb('source_code.snippet', f`services:
  izvestaji:
    image: registry.local/platforma/izvestaji:1.8.2
    environment:
      DB_HOST: postgres
      DB_USER: izvestaji
      DB_PASSWORD: \${DB_PASSWORD}
      SMTP_PASSWORD: \${SMTP_PASSWORD:?obavezno}
    env_file: .env`)}`),

  rec('helm_hr', f`Helm chart za aplikaciju vage ignorira postojeći secret. Što mi fali?

${amb('source_code.snippet', f`vaga:
  baza:
    existingSecret: vaga-db
    secretKeys:
      lozinka: db-password
  env:
    - name: DB_LOZINKA
      valueFrom:
        secretKeyRef:
          name: vaga-db
          key: db-password`)}`),

  rec('css_cs', f`Proč je logo stanice na mobilu rozmazané?

${amb('source_code.snippet', f`.logo {
  width: 120px;
  height: 32px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat left center / contain;
}
.ikona-zive path { d: path("M4 12a8 8 0 1 1 16 0a8 8 0 1 1 -16 0Z M10 8l6 4l-6 4Z"); }`)}`),

  rec('service_note_sk', f`Prelož do angličtiny servisný záznam k CT, posielame ho výrobcovi:

Prístroj: CT 128-riadkový, inv. č. RAD-CT-02, výr. č. 104873
Rtg trubica: sér. č. TB-2291-0478, 412 000 expozícií
Chyba: E-3107 (prehriatie anódy) pri protokole 120 kV / 450 mA, 3× za týždeň
Vymenené: ventilátor chladiča, díl č. 5510283-2
Ďalšia kontrola: 15. 1. 2025`),

  rec('spec_az', f`Bu məlumatları ingilis dilinə çevir, sifarişçiyə göndəriləcək:

Qurğu: "Xəzər-3" yarımdalma qazma qurğusu
Koordinatlar: 40°13'52" N, 50°41'07" E
Dəniz dərinliyi: 186 m
Quyu: GD-412, layihə dərinliyi 4 850 m
BOP: 18 3/4", 15 000 psi, 6 preventor
Növbəti yoxlama: 12.12.2024`),

  rec('uplink_ka', f`გადათარგმნე ინგლისურად სატელიტური ჩართვის პარამეტრები, პარტნიორ არხს ვუგზავნით:

სატელიტი: Eutelsat 9B, ტრანსპონდერი 62
სიხშირე: 11 766 MHz, პოლარიზაცია H
Symbol rate: 7 200 kS/s, FEC 3/4, DVB-S2 8PSK
ჩართვა: 05.12, 19:55–20:40 (თბილისის დროით)`),

  rec('invoice_hy', f`Թարգմանիր անգլերեն՝ շրջանավարտների հանդիպման ծախսերի ամփոփում.

Պատվեր № 2024/1187 — սրահի վարձակալություն, 350 000 դրամ
Հաշիվ-ապրանքագիր № 00048213 — սննդի սպասարկում, 1 240 000 դրամ
Պայմանագիր № ԱԼ-55/24 — լուսանկարիչ, 180 000 դրամ`),

  rec('chat_ckb', f`دەمەوێت ڕێنمایی گشتی بۆ کارمەندانی سەنتەری خزمەتگوزاری بنووسم دەربارەی وشەی نهێنی بەهێز: لانیکەم ١٤ پیت، تێکەڵەیەک لە پیت و ژمارە، و هەرگیز بە تەلەفۆن بە کڕیار مەیڵێن. تکایە بە شێوەیەکی ڕوون بینووسەوە.`),

  rec('price_list_kmr', f`Ji kerema xwe vê lîsteya bihayan bi rêkûpêk binivîse ji bo panoya li ber deriyê depoyê:

Sifir (kablo, paqij): 310 TL/kg
Sifir (bi plastîk): 190 TL/kg
Birinc: 175 TL/kg
Aluminyûm: 48 TL/kg
Hesin: 8,5 TL/kg
Dema kar: Duşem–Şemî, 08:00–18:00`),

  rec('chat_bn', f`প্রাক্তন শিক্ষার্থীদের পুনর্মিলনীর জন্য একটা মজার বক্তৃতা লিখে দিন। মূল কথা: আমাদের ব্যাচের সাফল্যের গোপন রহস্য ছিল ক্যান্টিনের চা আর রাত জেগে পড়া।`),

  rec('schedule_ta', f`இந்த வாரத்தின் MRI அறை அட்டவணையை அட்டவணை வடிவில் மாற்றுங்கள்:
திங்கள்: அறை 2, காலை 7:00–மதியம் 1:00 (மூளை மற்றும் முதுகெலும்பு)
செவ்வாய்: அறை 3, மதியம் 2:00–இரவு 8:00 (மூட்டுகள்)
புதன்: பராமரிப்பு, சேவை எண் SR-2024-1187`),

  rec('safety_ml', f`ഈ സുരക്ഷാ അറിയിപ്പ് ലളിതമായ മലയാളത്തിൽ മാറ്റിയെഴുതാമോ? "ഡ്രിൽ ഫ്ലോറിൽ ജോലി ചെയ്യുമ്പോൾ ഹെൽമെറ്റ്, ഗ്ലൗസ്, സേഫ്റ്റി ഗ്ലാസ് നിർബന്ധം. H2S അലാറം കേട്ടാൽ ഉടൻ കാറ്റിന്റെ എതിർദിശയിലുള്ള മസ്റ്റർ പോയിന്റിലേക്ക് പോകുക. അടുത്ത ഡ്രിൽ വ്യാഴാഴ്ച 10:00."`),

  rec('chat_mn', f`Манай хаягдал металлын компанийн 10 жилийн ойд зориулсан үг бичээд өгөөч. Амжилтын нууц бол хамт олон, найдвартай жин, шударга үнэ гэдгийг онцлоорой.`),

  rec('schedule_am', f`የዜና ክፍሉን የሳምንቱን ፕሮግራም በሰንጠረዥ አዘጋጅልኝ፦ ሰኞ 2:00 የጠዋት ዜና፣ ማክሰኞ 12:00 የቀትር ዜና፣ ረቡዕ 2:00 የምሽት ዜና፣ ሐሙስ ልዩ ዘገባ ስለ ግብርና።`),

  rec('chat_en_ke', f`Our web shop team is testing card payments for airtime bundles. Stripe's docs say ${amb('financial.payment_card', '4000 0000 0000 0002')} always declines and ${amb('financial.payment_card', '4000 0027 6000 3184')} asks for 3-D Secure. Which one should we use to test the "authentication_required" message in Swahili?`, 'Stripe test cards: ambiguous like other well-known test cards'),

  rec('promo_en_us', f`Punch up this promo script for Thursday's scam-awareness segment:

"They call, they say they're from the IRS, and they already know your Social Security number — or they pretend to, reading out something like ${amb('pii.us_ssn', '123-45-6789')}. Hang up. Then call our consumer hotline at ${amb('pii.phone', '(555) 013-0142')} and tell us what happened."`, 'the well-known example SSN and a fictional 555-01xx number in a TV script'),

  rec('chat_fr_ma', f`Le service client reçoit beaucoup de questions sur notre politique de confidentialité depuis la nouvelle loi. Peux-tu rédiger une FAQ courte en français et en darija sur ce qu'on fait des enregistrements d'appels ?`),

  rec('chat_ar_iq', f`أريد أكتب منشور على صفحة الشركة عن أسرار المهنة بتجارة السكراب: شلون تفرّق النحاس الأصلي من المطلي، وليش السعر يتغير كل يوم حسب البورصة. خليه بسيط وبالعراقي.`),

  rec('traceroute_en_ph', f`Customers in Cebu complain about slow video. Is this traceroute from the care center normal?

${amb('source_code.snippet', f`traceroute to video-cdn.example.net (${amb('pii.ip_address', '203.177.42.18')}), 30 hops max
 1  ${amb('pii.ip_address', '10.60.0.1')}  1.102 ms
 2  ${amb('pii.ip_address', '112.198.0.77')}  8.447 ms
 3  ${amb('pii.ip_address', '202.90.159.2')}  41.820 ms
 4  ${amb('pii.ip_address', '203.177.42.18')}  43.015 ms`)}`),

  rec('chat_nl_be', f`Ons oude alumniportaal (PHP) bewaart wachtwoorden als ${ambCat('credential', BCRYPT)} in de tabel gebruikers. Een collega vindt dat onveilig. Is bcrypt met cost 10 nog oké, of moeten we naar Argon2?`, 'a password hash: ambiguous, no rule id'),

  rec('code_ts_pt_br', f`Esses testes do validador de CPF do cadastro de ex-alunos estão passando, mas acho que o validador aceita coisa errada. Faltam casos?

${v('source_code.snippet', f`describe('validarCpf', () => {
  it('rejeita dígitos repetidos', () => {
    expect(validarCpf('111.111.111-11')).toBe(false);
    expect(validarCpf('000.000.000-00')).toBe(false);
  });
  it('rejeita tamanho errado', () => {
    expect(validarCpf('123.456.789')).toBe(false);
  });
});`)}`),

  rec('chat_fo', f`Kanst tú skriva eina stutta fráboðan til manningina? Tað er einki loyniligt við hesum: nýggja vaktarskipanin byrjar 1. januar, og flogið úr Vágum fer kl. 07:15.`),

  rec('chat_et', f`Palun tee sellest tabel: vilistlaste kokkutulek 14.06.2025, registreerimise number VK-2025-0413 kuni VK-2025-0520, saal A-201, buss väljub kell 17.30.`),
];

/**
 * Held-out batch 73: hard negatives — alarm lists, drug and product codes, case file numbers,
 * placeholders, documentation keys, test cards, hashes, masked and check-digit-failing numbers,
 * and casual uses of "secret" / "confidential" in the staff's languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b73n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b73n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const SSH_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b73n-sshpub', B64, 43));
const CERT = pem('CERTIFICATE', 'b73n-cert', 820);

export const BATCH73_NEGATIVES: DraftRecord[] = [
  rec('alarm_log_de', f`Kannst du mir aus dieser Alarmliste eine Übersicht machen, welche Anlage wie oft wegen Pitch-Fehlern stand?

WEA-Nr.   Seriennr.    Zeit                 Code  Text                          FW
WEA 03    1004827      2024-11-18 03:12:44  3120  Pitch Achse B Schleppfehler   7.14.2
WEA 07    1004831      2024-11-18 03:40:02  0217  Netzausfall                   7.14.2
WEA 03    1004827      2024-11-19 22:05:51  3120  Pitch Achse B Schleppfehler   7.14.2
WEA 11    1004835      2024-11-20 14:31:10  4402  Gondelvibration hoch          7.13.9
WEA 03    1004827      2024-11-21 01:58:37  3122  Pitch Achse B Umrichter       7.14.2`),

  rec('chat_fr', f`Tu peux me mettre ces références sous forme de tableau (nom, CIP13, lot, péremption) pour l'inventaire de la PUI ?

- Paracétamol 10 mg/ml sol. pour perfusion – CIP 3400930004821 – lot 4K218 – exp. 03/2026
- Héparine sodique 5000 UI/ml – CIP 3400955017387 – lot HS24-0917 – exp. 11/2025
- Ondansétron 8 mg/4 ml – CIP 3400939118277 – lot 2407331 – exp. 07/2026
- Vancomycine 1 g – CIP 3400936271043 – lot VC0482B – exp. 01/2026`),

  rec('chat_de', f`Wie zitiere ich in einer Anklageschrift richtig, wenn sich die Vorschrift geändert hat? Es geht um das Verfahren 421 Js 18830/24, Tatzeit 2021–2023, § 263 Abs. 3 Satz 2 Nr. 1 StGB, und um einen Hinweis auf BGH, Beschl. v. 14.03.2023 – 2 StR 391/22. Hauptverhandlung ist am 04.02.2025, Saal 118.`),

  rec('chat_nl', f`Kun je deze productlijst omzetten naar een importbestand voor de kassa? Kolommen: EAN, naam, alcoholpercentage, inhoud.

8714829173600  Dubbel Donker           7,0%  33 cl
8710293847566  Tripel Blond            8,5%  33 cl
8714829100279  Oude Jenever Kruik      35%   50 cl
Accijnsnummer vergunninghouder: NL00482917 (staat ook op de factuur)`),

  rec('log', f`Why does our report dedup job think these are different reporters? They all come from the same device.

${amb('source_code.snippet', f`2024-11-25T19:02:11Z report_id=rpt_01JD8K4Q2X9MZ reporter_hash=${SHA('b73n-rh1')} target=usr_7f3c2a91 reason=fake_profile
2024-11-25T19:02:44Z report_id=rpt_01JD8K5R7B3NW reporter_hash=${SHA('b73n-rh2')} target=usr_7f3c2a91 reason=fake_profile
2024-11-25T19:03:09Z report_id=rpt_01JD8K6F1T8PQ reporter_hash=${SHA('b73n-rh3')} target=usr_7f3c2a91 reason=scam
device_id=5d0c8e27-3a41-4b9f-9e62-1f7a4c3d8b05 (same for all three)`)}`),

  rec('bug_report', f`Before I file this in the public bug tracker for the premium-checkout SDK, which parts do I need to strip? Copied from our Postman environment and the iOS build config:

${amb('source_code.snippet', f`{
  "name": "checkout-staging",
  "values": [
    { "key": "stripe_sk", "value": "${STRIPE_TEST}", "enabled": true },
    { "key": "card_visa_ok", "value": "${amb('financial.payment_card', '4242424242424242')}", "enabled": true },
    { "key": "card_requires_3ds", "value": "${amb('financial.payment_card', '4000002760003184')}", "enabled": true }
  ]
}`)}

iOS Info.plist: StripePublishableKey = ${PK_LIVE}

Steps to reproduce: choose "Gold 3 months", pay with the 3DS card, close the sheet during the challenge → the app shows "Payment failed" but the PaymentIntent ends up succeeded.`, 'Stripe test key and publishable key: negatives; Stripe test cards: ambiguous'),

  rec('compose_example', f`この docker-compose.example.yml を見て、新人向けに「どの値を自分で用意するか」を日本語でまとめてください。

${amb('source_code.snippet', f`services:
  juchu-api:
    image: kurabito/juchu-api:1.8
    environment:
      DB_HOST: db
      DB_USER: \${DB_USER:-juchu}
      DB_PASSWORD: \${DB_PASSWORD:?本番の値は1Passwordから取得}
      MAIL_PASSWORD: CHANGE_ME
      SHOPIFY_ADMIN_TOKEN: "<管理画面で発行したトークン>"
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: \${DB_PASSWORD}`)}`),

  rec('email_es', f`¿Puedes traducir este correo de confirmación de reembolso al inglés para un cliente de Londres?

"Hola Peter, te confirmamos el reembolso de 86,40 € del pedido WEB-2024-11873 (2 botellas de vermut artesano). El importe se abonará en la tarjeta Visa terminada en **** 4135 en un plazo de 5 a 7 días hábiles. Número de operación: 000482917364."`),

  rec('form_template_pl', f`Popraw formatowanie tego wzoru formularza zwrotu kosztów dojazdu dla świadka (ma być czytelny przy druku):

Imię i nazwisko: ..............................
PESEL: __ __ __ __ __ __ __ __ __ __ __
Numer rachunku bankowego: PL 00 0000 0000 0000 0000 0000 0000
Kwota do zwrotu: ........ zł
Podpis świadka: ....................`),

  rec('chat_it', f`Devo scrivere un paragrafo per il regolamento interno sulla riservatezza: gli operatori che parlano con le vittime devono trattare le informazioni con la massima discrezione, anche tra colleghi. Me lo scrivi in tono formale ma non troppo burocratico? E dimmi in confidenza: è meglio citare il GDPR o il codice di procedura penale?`),

  rec('chat_cs', f`Řidiči rozvozu si lepí hesla k tabletům na palubní desku. Napiš mi prosím krátký, nepoučující text na nástěnku do skladu, proč to není dobrý nápad a že od ledna budou tablety odemykat otiskem prstu. Žádná konkrétní hesla tam nepiš.`),

  rec('chat_hu', f`Készítek egy útmutatót a gyógyszertári kollégáknak a jelszócseréről. A képernyőképen ez látszik:

Felhasználónév: gyogysz.kiadas03
Jelszó: ********
Új jelszó: ••••••••••••

Jó így, vagy a felhasználónevet is ki kell takarni?`),

  rec('docker_compose', f`Salut, LocalStack pornește, dar aplicația de moderare tot încearcă să se conecteze la AWS real. Am pus cheile din documentație, ca să nu folosim nimic adevărat:

${amb('source_code.snippet', f`services:
  localstack:
    image: localstack/localstack:3.8
    ports: ["4566:4566"]
    environment:
      SERVICES: s3,sqs
  moderare-worker:
    build: .
    environment:
      AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
      AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      AWS_REGION: eu-central-1
      COADA_RAPOARTE: rapoarte-noi`)}

Trebuie setat și AWS_ENDPOINT_URL sau e suficient să fie în același network?`, 'AWS documentation keys in a LocalStack compose file: no credential'),

  rec('chat_hr', f`Kolega kaže da sam mu poslao privatni ključ umjesto javnog. Ovo sam mu poslao, je li to problem?

ssh-ed25519 ${SSH_PUB} servis@vjetroelektrana

A ovo je certifikat VPN-a:
${CERT}`),

  rec('git_bisect', f`Покушавам да нађем који комит је покварио обрачун залиха у апотеци. Ово сам добио од git bisect — шта сад да радим?

${amb('source_code.snippet', f`$ git bisect good ${GIT('b73n-git1')}
$ git bisect bad HEAD
Bisecting: 6 revisions left to test after this (roughly 3 steps)
[${GIT('b73n-git2')}] Zaokruživanje količina za ampule na dve decimale
$ git bisect bad
Bisecting: 2 revisions left to test after this (roughly 2 steps)
[${GIT('b73n-git3')}] Novi izveštaj o isteku roka trajanja`)}`),

  rec('chat_bg', f`Колегите се оплакват, че системата за поръчки е бавна след обновяването. Версии: клиент 4.12.7, сървър 4.12.9 (build 20241119.3), PostgreSQL 15.8, Java 17.0.13. Кои въпроси да задам на доставчика?`),

  rec('chat_el', f`Θέλω να ελέγξω αν λείπει κάποια παραγγελία από την αποθήκη του φαρμακείου. Αριθμοί παραγγελιών: ΠΑΡ-2024-008127, ΠΑΡ-2024-008131, ΠΑΡ-2024-008140. Κωδικοί ΕΟΦ: 2802 1904 1020, 2803 2108 0043. Ποιες λείπουν από τη σειρά;`),

  rec('chat_tr', f`Eczacılık öğrencileri için kaynak listesi hazırlıyorum, şu kitapları APA formatına çevirir misin?
- Farmakoloji, 5. baskı, ISBN 978-975-24-8291-3
- Klinik Eczacılık Uygulamaları, ISBN 978-605-482-917-0
- Goodman & Gilman's The Pharmacological Basis of Therapeutics, 14th ed.`),

  rec('chat_he', f`לקוח במועדון הלקוחות של חנות הבירה כותב שהמספר שלו לא עובד באתר: 5128 4903 7721 6058. בדקתי במערכת, מספרי חבר אצלנו הם 16 ספרות אבל הוא לא קיים. תנסח תשובה מנומסת שמבקשת ממנו לצלם את כרטיס המועדון.`, 'a loyalty-club number that fails Luhn'),

  rec('chat_fa', f`این لیست را بر اساس تاریخ انقضا مرتب کن:
- سفتریاکسون ۱ گرم – سری ساخت 2311A48 – انقضا 1404/08
- متوترکسات ۲.۵ میلی‌گرم – سری ساخت MTX-0917 – انقضا 1403/12
- انسولین گلارژین – سری ساخت GL24K07 – انقضا 1404/02`),

  rec('chat_ur', f`براہ کرم یہ کوریئر ٹریکنگ نمبر ایک جدول میں لکھ دیں تاکہ گودام والے چیک کر سکیں: TCS 7748 2910 3365، Leopards LE4829173PK، M&P 600482917. سب آرڈر 26 نومبر کو بھیجے گئے تھے۔`),

  rec('chat_hi', f`हमारे बीयर डिस्ट्रीब्यूशन के दो वेयरहाउस के GST नंबर यह हैं: कर्नाटक 29AAKCS4829R1ZA, तमिलनाडु 33AAHFT8291K1ZN। इनके हिसाब से इनवॉइस टेम्पलेट में "Place of Supply" कैसे दिखाऊँ?`),

  rec('chat_ta', f`எங்கள் காற்றாலை பராமரிப்பு அட்டவணையை தயார் செய்ய உதவுங்கள்:
- WTG-A14, Suzlon S111, 2.1 MW, இடம் 8.9741° N, 77.5603° E, HTSC எண் 0482917
- WTG-A15, Suzlon S111, 2.1 MW, இடம் 8.9762° N, 77.5628° E, HTSC எண் 0482918
ஒவ்வொரு டர்பைனுக்கும் 6 மாதத்துக்கு ஒருமுறை கியர்பாக்ஸ் எண்ணெய் பரிசோதனை.`),

  rec('chat_te', f`పిల్లల వార్డ్ కోసం ఈ మోతాదు పట్టికను తెలుగులో చక్కగా రాయండి: అమోక్సిసిలిన్ 25–50 mg/kg/రోజు, 3 విభజిత మోతాదులు; పారాసిటమాల్ 15 mg/kg ప్రతి 6 గంటలకు, రోజుకు గరిష్టం 60 mg/kg; ఐబుప్రోఫెన్ 10 mg/kg ప్రతి 8 గంటలకు.`),

  rec('chat_th', f`ช่วยสรุปยอดใบกำกับภาษีเดือนพฤศจิกายนให้หน่อยครับ: INV-2411-0482 ยอด 48,290 บาท, INV-2411-0517 ยอด 12,600 บาท, INV-2411-0533 ยอด 31,750 บาท แสตมป์สรรพสามิตล็อต ST67-004829 ถึง ST67-005120`),

  rec('chat_vi', f`Mình muốn viết bài đăng Facebook cho quán: "Bí mật của món gà nướng mật ong chính là loại bia đen chúng mình dùng để ướp — và bí quyết đó sẽ được bật mí trong buổi workshop thứ Bảy!" Viết lại cho hấp dẫn hơn giúp mình nhé.`),

  rec('checksums', f`Tim QA mau memastikan APK aplikasi kencan yang diunggah ke toko aplikasi sama dengan hasil build CI. Ini isi file SHA256SUMS dari CI:

${SHA('b73n-apk1')}  kencan-4.18.0-release.apk
${SHA('b73n-apk2')}  kencan-4.18.0-release.aab
${SHA('b73n-apk3')}  mapping-4.18.0.txt

Perintah apa yang dipakai di Windows untuk mencocokkan hash-nya?`),

  rec('chat_tl', f`Tulungan mo akong sumulat ng mensahe sa pamilya ni Lola Remedios: sorpresa ang 90th birthday party niya sa Sabado, kaya sikreto muna ito. Magdadala ng cake ang mga caregiver, alas-tres ng hapon, at hindi dapat malaman ni Lola hanggang sa araw mismo.`),

  rec('chat_ja', f`季節限定のクラフトビールの紹介文を書いてください。「醸造長の秘密のレシピで仕込んだ、柚子香るセゾン」という感じで。JANコードは 4901234482913、4562183019478 です（ラベル用に一緒に載せてください）。`),

  rec('chat_ko', f`사용자가 비밀번호를 잊었을 때 보내는 안내 문구를 다듬어 주세요. "앱 로그인 화면에서 '비밀번호 찾기'를 누르고 가입한 이메일을 입력하세요. 보안을 위해 상담원은 절대 비밀번호를 묻지 않습니다."`),

  rec('chat_zh', f`帮我核对一下这几个快递有没有签收：顺丰 SF1048291736502，京东 JDVA04829173650，中通 78482917365021。都是11月25日发往上海的酒样。`),

  rec('chat_ru', f`Подготовь список требований к упаковке для поставщика: стерильные растворы по ГОСТ Р 52249-2009, маркировка по ГОСТ 31640-2012, артикулы 482-917-01 и 482-917-02. И вставь в конце фразу «Секрет качества — в контроле каждой партии», но чтобы звучало не пафосно.`),

  rec('chat_uk', f`Склади, будь ласка, шаблон угоди про нерозголошення (NDA) для нашого підрядника, який обслуговуватиме вітрові турбіни. Розділи: предмет, що вважається конфіденційною інформацією, строк дії (3 роки), відповідальність. Мова — українська.`),

  rec('chat_ka', f`გთხოვ, მომწერე მოკლე ტექსტი ჩვენი საიტისთვის: "ჩვენი საიდუმლო მარტივია — ქართული ღვინის ტრადიცია და თანამედროვე ლუდის ხარშვა ერთ ჭერქვეშ." ვერსია 2.0 უნდა იყოს უფრო მოკლე.`),

  rec('chat_sw', f`Tafadhali panga malipo haya ya M-Pesa kwenye jedwali: SKQ4H7T2XP Ksh 3,500 (25/11), SKR8M2V6QZ Ksh 1,200 (26/11), SKS1P9W4LD Ksh 7,800 (26/11). Ni malipo ya huduma za wazee kwa mwezi huu.`),

  rec('chat_yo', f`Ẹ ṣàlàyé òwe yìí ní English fún àwọn òṣìṣẹ́ wa tuntun: "Àṣírí ò gbọdọ̀ tú, ọjà ò gbọdọ̀ tú." A fẹ́ lò ó nínú ìpàdé àkọ́kọ́ wa ní ọjọ́ Ajé.`),

  rec('docs', f`Can you make this section of our internal wiki clearer for new case-management developers?

## Seeding a dev database
Copy \`settings/local.example.py\` and fill in \`DB_USER\` / \`DB_PASS\` from the team vault; the file reads them with \`os.environ["DB_PASS"]\`, so nothing real lives in the repo. The seed script creates one sample defendant, "John Doe", SSN ${amb('pii.us_ssn', '123-45-6789')}, phone ${amb('pii.phone', '(555) 010-4477')}, and three fake exhibits.`, 'documentation placeholders; the SSN 123-45-6789 and a 555-01xx number: ambiguous'),

  rec('chat', f`Can you format these supplier details into our vendor-master import? Both are wind-farm service suppliers in Victoria.
- Southern Blade Repairs Pty Ltd, ABN 53 482 917 365, PO number 4500129841
- Gippsland Crane Hire, ABN 96 604 829 173, PO number 4500129857
Delivery dockets: DKT-77412, DKT-77418`),

  rec('chat', f`Putting together the liquor licence renewal pack for our three Gauteng depots. Licence numbers GLB7000482, GLB7000519, GLB7000533; VAT number 4820193746 goes on every page. Can you make a checklist of what the liquor board wants with each?`),

  rec('chat_pt', f`Monta uma tabela com os fornecedores de malte e lúpulo: Maltaria Sul Ltda, CNPJ 48.291.736/0001-92; Lúpulos da Serra Comércio, CNPJ 09.384.712/0001-26. Chave de acesso da última NF-e: 3524 1148 2917 3600 0192 5500 1000 0482 9110 4829 1736.`),

  rec('chat_de_at', f`Ab 2025 gilt in Österreich ja das Informationsfreiheitsgesetz und das Amtsgeheimnis fällt weg. Was ändert sich dadurch für die Auskunftspflicht einer Staatsanwaltschaft gegenüber Journalisten? Bitte eine kurze, sachliche Zusammenfassung.`),

  rec('code_matlab', f`Jeg skal lave en tabel over Modbus-registrene fra møllestyringen til dokumentationen. Kan du formatere dem pænt?

${amb('source_code.snippet', f`0x9C40  40000  WindSpeed_10s     float32  m/s
0x9C42  40002  ActivePower       float32  kW
0x9C44  40004  RotorSpeed        float32  rpm
0x9C46  40006  PitchAngleA       int16    0.01 deg
0x9C47  40007  StatusWord        uint16   bitmask`)}`),

  rec('form_validation_sv', f`Vårt webbformulär för vittnesersättning accepterade födelsedatum 31.02.1985 i går. Hur validerar jag datumet i JavaScript så att sådana omöjliga datum avvisas?`, 'an impossible date: no label'),

  rec('chat_no', f`Skriv en kort tekst til nyhetsbrevet vårt til vindparkeierne: "Hemmeligheten bak lang levetid på girkassa er ikke dyr olje, men jevnlig oljeanalyse og bytte av filter i tide." Gjerne litt lettere i tonen, maks 80 ord.`),

  rec('chat', f`For the firewall change request at the pharmacy: allow the dispensing robot at ${amb('pii.ip_address', '10.112.40.21')} to reach the HIS interface server on port 6050 only. How do I phrase the business justification?`),

  rec('email_footer', f`Thanks Ingrid, we'll send the updated blade repair schedule by Friday.

--
Nordvind Service AS · Org.nr. 918 472 635
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it.

→ can you turn the first line into a slightly more formal reply in Norwegian?`),
];

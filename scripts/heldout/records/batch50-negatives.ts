/**
 * Held-out batch 50: hard negatives from the six workplaces: ISINs and LEIs, booking and penalty
 * references, VINs, accession and lot numbers, grid references, company registration numbers,
 * masked cards, checksum-failing numbers, placeholders, documentation keys, digests, public keys,
 * and casual uses of "secret", "password" and "confidential" words in the batch's languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b50n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b50n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b50n-pub', 294);
const CERT = pem('CERTIFICATE', 'b50n-cert', 820);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${b64Bytes('b50n-png', 240)}`;
const BCRYPT = tok('$2y$10$', fill('b50n-bcrypt', B62 + './', 53));
const JWK_N = fill('b50n-jwkn', B62 + '-_', 342);

export const BATCH50_NEGATIVES: DraftRecord[] = [
  // --- stock exchange ---
  rec('chat', f`Can you sort these new listings by segment and check the ISIN country prefixes match the issuers' home countries?

Nordhavn Shipping ASA – ISIN NO0013402197 – LEI 5967007LIEEXZX8N3W71 – Main
Agro Invest Holding AD – ISIN BG1100018243 – LEI 8945007TQ2VZ3K1LHB45 – Standard
Kuala Agritech Berhad – ISIN MYQ0318OO003 – LEI 254900R7K3LXW1PB8E62 – ACE
Podunajské osivá a.s. – ISIN SK1120009384 – LEI 097900BHKL4820015X11 – Regulated`, 'ISINs and LEIs: security and entity identifiers, not accounts'),

  rec('log', f`Why do so many orders get rejected with reason 17 around the close? Extract from the matching-engine log:

${amb('source_code.snippet', f`14:59:58.104882113 ORD NEW  id=ox7f3a91c2 mbr=NGS sym=NRDF side=B px=142.30 qty=500 tif=DAY
14:59:58.104901877 ORD REJ  id=ox7f3a91c3 mbr=NGS sym=NRDF side=B px=142.35 qty=500 reason=17 (PRICE_BAND)
14:59:59.730015442 TRD      id=tx00c81d4e buy=ox7f3a91c2 sell=ox7f3a8810 px=142.30 qty=500
15:00:00.000000000 PHASE    CLOSING_AUCTION_CALL`)}`),

  rec('release_notes', f`Summarise the trading-platform upgrade for member firms in three bullets:

- Matching engine 7.4.2 → 7.5.0 (build 7.5.0.1183)
- FIX gateway: FIX 4.4 sessions still supported; FIX 5.0 SP2 available from 14 April
- Java runtime 17.0.12 → 21.0.5; Kafka client 3.6.1 → 3.8.0
- Test environment: uat2.nrx-exchange.com, market open 08:00–18:00 CET`),

  rec('chat', f`A listed company asked whether they can file a "confidential treatment request" for parts of a material contract in their annual report, like in the US. Is there an equivalent under EU rules, or do they have to publish everything?`),

  rec('chat_te', f`ఈ రోజు నిఫ్టీ 22,497.90 వద్ద ముగిసింది, సెన్సెక్స్ 74,169.95. మా ప్రాంతీయ ఎక్స్ఛేంజ్ ఇండెక్స్ 3,412.18 వద్ద ఉంది, 0.84% పెరిగింది. ఈ మూడింటిని పోల్చి చిన్న మార్కెట్ వ్యాఖ్యానం తెలుగులో రాయండి.`),

  rec('chat_bg', f`Трябва ми кратко представяне на новия емитент за бюлетина: „Тракия Семена“ ЕООД, ЕИК 204817392, седалище Пловдив, основан 2016 г., капитал 2 400 000 лв. Напиши два абзаца на български.`, 'company registration number (EIK): identifies a company, not a person'),

  rec('chat_ms', f`Tolong semak format nombor pendaftaran syarikat dalam draf prospektus: Kuala Agritech Berhad (No. Pendaftaran 202001028417 (1385226-K)). Adakah format lama dalam kurungan masih perlu ditulis?`, 'SSM company number, not personal'),

  // --- cruise line ---
  rec('confirmation', f`Your cruise is confirmed!

Booking reference: MBX-7731904
Ship: MS Coral Meridian (IMO 9812473) · 7 nights Venice – Kotor – Corfu – Dubrovnik – Venice
Cabin: 7142, deck 7, balcony
Paid: €3,280.00 with Visa •••• 0178
Folio account: FA-20250314-7142

Please translate this into German for my parents.`),

  rec('chat_tl', f`Bakit daw invalid yung card number na binigay ng guest? Ito yung sinulat niya sa form: 4571 9830 2265 0179. Sabi ng system "card number incorrect". Typo ba ito o sira yung card?`, 'Luhn-failing card number'),

  rec('chat_tl', f`Ano kaya ang sikreto ng adobo ni Chef Romy? Sabi ng mga guests ito daw ang pinakamasarap sa buong barko. Gusto kong isulat ito sa newsletter ng crew, tulungan mo akong magsulat ng maikling feature.`),

  rec('chat', f`Our call-centre script uses example numbers, please keep them as they are when you rewrite it: "If the guest's line drops, call them back on the number in the booking, for example ${amb('pii.phone', '(305) 555-0147')}, and note the call in the CRM."`, 'a fictional 555-01xx number: ambiguous'),

  rec('chat_ja', f`クルーズ船内のレストランの紹介文を書いてください。テーマは「美味しさの秘密」です。シェフは地元の漁港から毎朝仕入れた魚を使っています。`),

  rec('chat_ja', f`パスワード再設定メールの文面を確認してください：

「お客様のアカウントのパスワードがリセットされました。新しいパスワード：********（セキュリティのため表示されません）。ログイン後、マイページから変更してください。」

丁寧すぎないか心配です。`),

  // --- parking and towing ---
  rec('notice_cy', f`Cyfieithwch yr hysbysiad hwn i'r Saesneg, os gwelwch yn dda:

HYSBYSIAD TÂL COSB
Rhif HTC: CF48213377
Cerbyd: CA19 XKP (Ford Fiesta, glas)
Lleoliad: Heol y Frenhines, parth talu ac arddangos P3
Amser: 03/03/2025 14:12 – Cod torri rheol 05
Peiriant: P3-017, swyddog gorfodi rhif 1482
Swm: £70 (£35 os telir o fewn 14 diwrnod)`),

  rec('log', f`Summarise last night's tows per yard:

${amb('source_code.snippet', f`job,yard,plate,vin,reported,hooked,lat,lon
TJ-40182,north,LKW-4821,1HGCV1F34KA018237,2025-03-14 22:41,23:05,25.77194,-80.18722
TJ-40183,north,JRT-0913,3FA6P0H72HR294716,2025-03-14 23:10,23:52,25.76830,-80.19301
TJ-40184,east,QBN-7720,5YJ3E1EA7LF612093,2025-03-15 00:02,00:37,25.78215,-80.13479`)}`, 'VINs, plates and coordinates: vehicle data, no label'),

  rec('chat_sk', f`Dobrý deň, občan tvrdí, že IBAN, ktorý sme uviedli na rozhodnutí o vrátení poplatku za odťah, je neplatný: SK82 1100 0000 0029 3847 1650. Systém banky ho odmieta. Ako mu mám vysvetliť, že treba poslať nový výpis z účtu?`, 'IBAN with a wrong check digit'),

  rec('chat_sk', f`Prosím o zhrnutie stavu zásielok s novými parkovacími automatmi: objednávka č. 4500218734, dodací list 80029471, sledovacie číslo zásielky 1Z 4F7 928 68 1047 2296, predpokladané doručenie 14. týždeň.`),

  rec('chat_sr_latn', f`Napiši kratko obaveštenje za sajt: predmeti po prigovorima na doplatne karte br. 2025/DK-11873 i 2025/DK-11902 su rešeni, a rok za nove prigovore je 30 dana od dana uručenja. Sve informacije su na sajtu u odeljku „Prigovori“.`),

  rec('chat_es', f`Estoy preparando una charla para el personal de la grúa municipal. ¿Cuál dirías que es la clave para tratar bien a un ciudadano enfadado en el depósito? Dame cinco ideas clave, breves.`),

  rec('chat_es', f`Configuré la pasarela de pago del parquímetro en modo pruebas. ¿Es normal que la clave publicable sea "live" si la secreta es de test?

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}`)}`, 'a Stripe test secret key and a publishable key: not secrets'),

  rec('chat_gl', f`Necesito un modelo de cláusula de confidencialidade para os contratos dos controladores da zona ORA. Algo xenérico, que diga que non poden divulgar datos dos usuarios. Podes redactala en galego?`),

  rec('chat_eu', f`Udaleko aparkaleku-aplikazioan erabiltzaileek pasahitza ahazten dutenean zer urrats jarraitu behar dituzte? Idatzi laguntza-orrialderako testu labur bat, euskaraz, pasahitz sendo bat aukeratzeko aholkuekin.`),

  // --- seed bank and plant breeding ---
  rec('chat', f`Clean up this accession list for the annual report table (accession, crop, origin, germination %):

HSV-2019-004812  Hordeum vulgare  Jumla, NP (29.2743, 82.1838)  94%
HSV-2020-000377  Sorghum bicolor  Medak, IN (18.0456, 78.2622)  88%
PI 612874        Triticum aestivum  Karaj, IR  91%
HSV-2021-010955  Zea mays  Lalín, ES (42.6612, -8.1129)  97%
Lot 24-117-B, moisture 5.8%, stored at −18 °C since 2024-05-02`),

  rec('chat_eu', f`Hazi-loteen etiketak egiteko txantiloi bat behar dut. Adibidez: LOTE EUS-ARTO-2024-0318, barietatea "Arto gorria", bilketa-data 2024-10-12, hezetasuna % 6,1, pisua 1.250 g. Egin iezadazu etiketa-testua euskaraz eta gaztelaniaz.`),

  rec('chat_bn', f`জিনোটাইপিং ফাইলগুলো ঠিকমতো কপি হয়েছে কিনা দেখতে চাই। এই SHA-256 চেকসাম মিলিয়ে দেখার জন্য একটা কমান্ড লিখে দিন:

${SHA('b50n-sha1')}  plate_01.vcf.gz
${SHA('b50n-sha2')}  plate_02.vcf.gz
${SHA('b50n-sha3')}  plate_03.vcf.gz`),

  rec('chat_bn', f`আমাদের বীজ ব্যাংকের বার্ষিক প্রতিবেদনের জন্য একটা শিরোনাম দরকার। "দেশি ধানের গোপন শক্তি" কেমন শোনায়? আরও তিনটি বিকল্প দিন।`),

  rec('chat_te', f`మా ల్యాబ్ పైప్‌లైన్ ఇమేజ్‌లు మారాయో లేదో ఎలా తెలుసుకోవాలి? ఈ రెండు డైజెస్ట్‌లను పోల్చండి:
registry.haldenseeds.org/pheno/pipeline@sha256:${SHA('b50n-dig1')}
registry.haldenseeds.org/pheno/pipeline@sha256:${SHA('b50n-dig2')}`),

  rec('chat_ne', f`प्रयोगशालाको प्रतिवेदनमा मितिहरू विक्रम संवतमा छन्: २०८१/११/१५ मा रोपण, २०८२/०१/०३ मा फूल, नमूना नं. JUM-81-0447 र JUM-81-0452। यी मितिहरूलाई ईस्वी संवतमा बदलिदिनुहोस्।`),

  rec('chat_he', f`אני צריך עזרה לחשוב על סיסמה לקמפיין של בנק הזרעים, משהו קצר וקליט על שמירת זנים מקומיים לדורות הבאים. תן לי חמש אפשרויות בעברית.`, 'Hebrew "sisma" here means a slogan, not a password'),

  rec('chat_he', f`הענף שלי התבלגן אחרי rebase. זה מה ש-git log --oneline מראה:

${GIT('b50n-g1').slice(0, 7)} fix: germination curve fit for small lots
${GIT('b50n-g2').slice(0, 7)} feat: export accessions to MCPD
${GIT('b50n-g3').slice(0, 7)} chore: bump pandas to 2.2.3

ומזהי הריצות: 8d2f4c1a-93b7-4e05-a6d2-71c9e0b84f3d, 0c7e19b4-5a2d-4f83-b961-2e8d4a7f0c15. איך אני חוזר למצב לפני ה-rebase?`),

  // --- orthodontics ---
  rec('chat', f`Write a short parent-friendly explanation of this treatment plan:

Upper/lower 0.022" MBT brackets, bands on 16, 26, 36, 46
Archwire sequence: 0.014 NiTi → 0.018 NiTi → 0.019×0.025 NiTi → 0.019×0.025 SS
Class II elastics 3/16" 4.5 oz from week 20
Estimated treatment time 22–26 months; retention: bonded 3-3 + Essix`),

  rec('chat_th', f`ช่วยจัดรูปแบบราคาค่ารักษาสำหรับโพสต์ในเพจคลินิก:
จัดฟันโลหะ 45,000 บาท
จัดฟันเซรามิก 59,000 บาท
จัดฟันใส เริ่มต้น 89,000 บาท
รีเทนเนอร์ 4,500 บาท/ชิ้น
ผ่อน 0% นาน 10 เดือน ผ่านบัตรเครดิตที่ร่วมรายการ`),

  rec('code_python', f`ทำไม moto ถึงยังเรียก AWS จริงตอนรันเทสต์นี้ครับ

${v('source_code.snippet', f`import boto3, os
from moto import mock_aws

os.environ["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE"
os.environ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

@mock_aws
def test_upload_xray():
    s3 = boto3.client("s3", region_name="ap-southeast-1")
    s3.create_bucket(Bucket="clinic-xrays", CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"})
    s3.put_object(Bucket="clinic-xrays", Key="p1.png", Body=b"x")`)}`, 'AWS documentation keys in a test: no credential; the test is pasted code'),

  rec('chat_sq', f`Më duhet një paragraf për faqen "Rreth nesh": Klinika Ortodontike Buzëqeshja sh.p.k., NIPT L92718304B, e themeluar në 2014, me tre klinika në Tiranë dhe Durrës. Shkruaje ngrohtë dhe profesionale.`, 'Albanian business tax number (NIPT): a company, not a person'),

  rec('chat_mk', f`Направи листа на литература за прирачникот за родители, во APA формат:
- Проффит, Современа ортодонција, ISBN 978-608-420-173-1
- Основи на детска стоматологија, ISBN 978-608-229-045-4
Двете книги се издадени во Скопје.`),

  rec('chat_ms', f`Pesakit tanya kenapa resit kad tunjuk nombor separuh sahaja. Resit: "MASTERCARD ************6413, AUTH 482917, RM1,500.00, TID 60028417". Tolong tulis jawapan ringkas bahawa ini untuk keselamatan.`, 'masked card number'),

  rec('chat_he', f`תעזור לי לכתוב פסקה לאתר: "רשת המרפאות אורתו-סמייל בע״מ, ח.פ. 515827364, פועלת מאז 2009 ב-6 סניפים." שיהיה חם ומזמין.`, 'Israeli company number: not a person'),

  rec('chat', f`For the fee schedule example in our patient leaflet we show "SSN: 000-00-0000" and "Policy no.: XXXX-XXXX" as placeholders. Is that OK, or should we leave those fields out entirely?`),

  // --- demining ---
  rec('chat', f`Reformat these hazard records for the donor annex (ID, type, grid, area):

HA-TJ-0412-2019  suspected AP minefield  42S WD 48213 77391  18,400 m²
HA-TJ-0419-2020  battle area             42S WD 51874 76022  6,250 m²
Detector serials used: MD4-22-0918, MD4-22-0931; GPS unit GX-7714`),

  rec('chat', f`Draft a short paragraph for our newsletter: it's no secret that clearance in the valley took longer than planned, mostly because of the late snow. Keep it honest but hopeful.`),

  rec('chat_fa', f`یک متن کوتاه برای خبرنامه بنویس با این مضمون: رمز موفقیت تیم‌های پاکسازی در هرات، همکاری نزدیک با بزرگان روستا بوده است. لحن گرم و امیدوار باشد.`, 'Persian "ramz" here means the key to success, not a password'),

  rec('chat_fa', f`کد رهگیری مرسوله تجهیزات: 284710392745183920 — تاریخ ارسال ۱۴۰۳/۱۲/۲۵، تاریخ تحویل پیش‌بینی‌شده ۱۴۰۴/۰۱/۱۰. لطفاً یک پیام کوتاه به تیم لجستیک بنویس که پیگیری کنند.`, 'a postal tracking code'),

  rec('chat_sr_cyrl', f`Треба ми кратак опис организације за пријаву на конкурс: „Клирпат – деминирање“, ПИБ 108472915, матични број 28019463, основано 2012. у Београду. Напиши два пасуса.`, 'company tax and registration numbers: not a person'),

  rec('chat_bg', f`Помогни ми с покана за коледното парти на отдела: ще играем „Таен Дядо Коледа“, подаръкът да е до 30 лв., тегленето на имената е в петък. Нещо весело и кратко.`),

  rec('chat_is', f`Ég er að semja lykilorðastefnu fyrir starfsfólk: lágmark 14 stafir, engin skylda til að skipta reglulega, tvíþætt auðkenning fyrir stjórnendur. Geturðu skrifað þetta upp sem stutta reglu á íslensku og ensku?`),

  rec('chat_cy', f`Rwy'n hyderus y bydd y system barcio newydd yn gweithio'n well, ond mae angen esbonio i'r staff sut i ailosod eu cyfrinair eu hunain. Ysgrifennwch ganllaw byr pum cam.`),

  rec('chat_gl', f`Como lle explico a un usuario maior que o contrasinal da app de estacionamento non se pode recuperar, só restablecer? Dáme un texto curto e amable en galego.`),

  rec('env_example', f`新しいスタッフ向けに、この .env.example の各項目の説明をREADMEに書いてください：

${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/reservations
SLACK_BOT_TOKEN=xoxb-your-token-here
STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
SENDGRID_API_KEY=<your-sendgrid-key>
SESSION_SECRET=\${SESSION_SECRET}`)}`),

  rec('pr_review', f`Reviewer asked if we leaked something in the issuer-portal PR. These are the SFTP server's public key and the TLS certificate we give to issuers anyway, right?

${PUB_PEM}

${CERT}`),

  rec('jwks', f`The issuer portal's /.well-known/jwks.json returns this, our client says "no matching key". Why?

${amb('source_code.snippet', f`{"keys":[{"kty":"RSA","use":"sig","kid":"issuer-portal-2025","alg":"RS256","e":"AQAB","n":"${JWK_N}"}]}`)}`, 'a public JWK set: not a secret'),

  rec('html', f`The logo in the embarkation e-mail shows as a broken image in Outlook:

${amb('source_code.snippet', f`<img alt="Meridian Blue" width="16" height="16" src="data:image/png;base64,${PNG_B64}">`)}`),

  rec('chat', f`Our legacy clinic booking system stores passwords like ${ambCat('credential', BCRYPT)} in the users table. Is bcrypt cost 10 still acceptable, or should we rehash on next login?`, 'a password hash: ambiguous, no rule id'),

  rec('chat_ja', f`船内売店の商品マスタを整理しています。JANコードの一覧です：4501738291044（日焼け止め）、4987654120383（酔い止め薬）、4562198304750（ポストカード）。カテゴリごとに表にしてください。`, 'JAN/EAN barcodes'),

  rec('chat_ms', f`Tolong tulis kapsyen Instagram untuk restoran kapal: "Resipi rahsia nasi lemak Chef Aziz kini di dek 11!" Buat tiga versi, satu dalam Bahasa Melayu, satu dalam bahasa Inggeris dan satu campur.`),
];

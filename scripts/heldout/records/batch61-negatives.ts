/**
 * Held-out batch 61: hard negatives — station data, bulletins, VINs and car histories, birth
 * statistics, form templates, container and vessel numbers, invalid or masked numbers, test keys
 * and placeholders, casual "secret"/"confidential" wording — in the setting's languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const hex = HEX.toLowerCase();
const SHA = (seed: string) => fill(seed, hex, 64);
const GITSHA = (seed: string) => fill(seed, hex, 7);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b61n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b61n-pktest', B62, 97));
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b61n-sshpub', B64, 43)} garita-norte@puerto`;
const PUB_PEM = pem('PUBLIC KEY', 'b61n-pub', 294);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${b64Bytes('b61n-png', 180)}`;
const INTEGRITY = `sha512-${b64Bytes('b61n-integrity', 64)}`;

export const BATCH61_NEGATIVES: DraftRecord[] = [
  // ── avalanche and snow research institute ─────────────────────────────────
  rec('smet_gsw', f`Chasch mer säge, wieso MeteoIO bi dere Datei "invalid header" meldet?

${amb('source_code.snippet', f`SMET 1.1 ASCII
[HEADER]
station_id = WFJ2
station_name = Weissfluhjoch Versuchsfeld
latitude = 46.829633
longitude = 9.809294
altitude = 2536
nodata = -999
tz = 1
fields = timestamp TA RH VW DW ISWR HS TSG
[DATA]
2025-02-01T00:00:00 -8.42 87.1 3.2 292 0 182.4 -0.31
2025-02-01T00:30:00 -8.61 88.0 2.9 287 0 182.6 -0.31`)}`),

  rec('bulletin_it', f`Traduci in inglese questo bollettino per i turisti:

Pericolo valanghe MARCATO (3) sopra i 2.200 m nei settori nord-est, est e nord. Nelle ultime 48 ore sono caduti 40–60 cm di neve fresca con vento forte da sud-ovest (raffiche fino a 70 km/h). Distacchi provocati possibili già con debole sovraccarico. Prossimo aggiornamento: 14.02.2025 ore 17:00.`),

  rec('chat_fi', f`Unohdin salasanani lumihavaintoportaaliin, ja palautuslinkki vie vanhaan sähköpostiosoitteeseen, jota en enää käytä. Kenelle kannattaa kirjoittaa ja mitä tietoja minun pitää antaa, jotta tunnukseni palautetaan?`),

  rec('field_ne', f`हिमताल मापनको यो डाटा अंग्रेजी तालिकामा मिलाइदिनुहोस्:
स्थान: इम्जा ताल, उचाइ ५,०१० मिटर, २७.८९८° उ., ८६.९२५° पू.
मिति: २०८१/१०/२८, समय: ११:४०
पानीको तापक्रम: ०.८ °C, गहिराइ (बिन्दु ७): ११६ मिटर
हिउँको गहिराइ किनारमा: ४२ से.मी.
GPS उपकरण: Garmin GPSMAP 67, फर्मवेयर 4.10`),

  rec('chat_ja', f`共同研究先の大学から秘密保持契約（NDA）のひな形を送ってほしいと言われました。研究データ（積雪観測データ）を共有する場合によく入れる条項を、一般的な例として教えてください。`, 'confidentiality-agreement template question: casual, no marking'),

  rec('chat_ka', f`გუდაურის სადგურზე ლოგერის პროგრამა 3.2.7-დან 3.4.0-ზე განვაახლეთ და სადგურის კოდი GUD-07 გადაკეთდა GUD07-ად. ძველი ფაილები ასე ჰქვია: GUD-07_20250201_0000.dat. როგორ გადავარქვა სახელები ერთბაშად PowerShell-ით?`),

  // ── used-car marketplace ──────────────────────────────────────────────────
  rec('listing_nl', f`Kun je deze advertentietekst wat wervender maken?

Volkswagen Golf 1.5 eTSI Life – bouwjaar 2021
Kenteken: K-482-TX · VIN: WVWZZZCDZMW048271
Kilometerstand: 48.210 km (NAP-logisch)
APK tot 03-2026 · Vraagprijs € 21.950
Onderhoud volledig bij dealer, 2 sleutels, trekhaak.`),

  rec('history_lt', f`Išversk į anglų kalbą automobilio istorijos ataskaitos santrauką:
VIN: WBA8E9G50GNT48271
Pirmoji registracija: 2016-04-12 (Vokietija)
Ridos įrašai: 2018-05-03 – 61 204 km; 2020-06-18 – 118 930 km; 2023-02-27 – 184 402 km
Žalos įvykiai: 1 (2019-11, galinis buferis, remonto suma 1 240 EUR)
Techninė apžiūra galioja iki 2026-02-27.`),

  rec('receipt_ro', f`Tradu în engleză chitanța pentru anunțul promovat, clientul e din Irlanda:

Comanda nr. PRM-2025-0048271
Data: 14.02.2025, 19:22
Produs: Anunț Premium 30 zile – BMW X3 xDrive20d
Plătit cu: Visa •••• 4417
Total: 149,00 lei (TVA inclus)
Cod autorizare: 058213`),

  rec('env_cs', f`Napiš k tomuhle README sekci, co která proměnná znamená:

${amb('source_code.snippet', f`# .env.example – zkopírujte do .env a doplňte
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/inzerce
GOOGLE_MAPS_KEY=YOUR_API_KEY
SENDGRID_API_KEY=<vložte klíč>
ADMIN_PASSWORD=
JWT_SECRET=\${JWT_SECRET}`)}`),

  rec('env_sr', f`Da li je u redu što u test okruženju koristimo ove ključeve? Kolega kaže da je publishable ključ javan svakako.

${amb('source_code.snippet', f`# .env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_TEST}
APP_ENV=test`)}`),

  rec('chat_el', f`Ο πελάτης λέει ότι η τράπεζα απορρίπτει το IBAN που έβαλε για την πληρωμή της αγγελίας: GR58 0110 1250 0000 0012 8374 619. Μπορείς να μου εξηγήσεις πώς ελέγχεται το check digit και να γράψεις απάντηση ότι μάλλον έχει τυπογραφικό λάθος;`, 'IBAN with wrong check digits: not a valid account number'),

  rec('chat_vi', f`Giúp mình viết mô tả xe cho tin đăng: Toyota Vios 1.5G 2020, số khung RLGB13F30LH048271, số máy 2NR-V482719, đã đi 52.400 km, đăng kiểm đến 08/2025, giá 458 triệu đồng. Xe gia đình, bảo dưỡng định kỳ tại hãng.`),

  rec('kyc_note_id', f`Tolong terjemahkan catatan ini ke bahasa Inggris untuk tim pusat:
Pengajuan kredit mobil bekas no. KRD-2025-04827 ditunda. NIK pada formulir ditampilkan tersamar (3174********0003) sehingga tidak bisa dicocokkan otomatis. Mohon minta nasabah unggah ulang foto KTP.`),

  // ── maternity hospital ────────────────────────────────────────────────────
  rec('stats_pt', f`Faz-me um resumo destes números do bloco de partos de janeiro:

Partos: 312 (eutócicos 188, ventosa 41, fórceps 6, cesarianas 77)
Peso médio ao nascer: 3 214 g (mín. 1 480 g, máx. 4 630 g)
Índice de Apgar < 7 ao 5.º minuto: 4 recém-nascidos
Idade gestacional média: 38+5 semanas
Taxa de aleitamento materno à alta: 86,2 %`),

  rec('codes_es_pe', f`¿Qué significan estos códigos CIE-10 del reporte de egresos de obstetricia? O80 (parto único espontáneo), O82 (cesárea), O14.1 (preeclampsia severa), O72.1, Z37.0. Necesito explicarlo a los practicantes del turno.`),

  rec('template_fr_be', f`Rends ce formulaire d'admission plus lisible et accessible :

Nom de la patiente : ____________________
Date de naissance : JJ/MM/AAAA
N° NISS : __.__.__-___.__
Mutuelle : ____________________
Personne de contact : ____________________  Tél. : +32 ___ __ __ __
Date prévue d'accouchement : JJ/MM/AAAA`),

  rec('advice_ha', f`Ka fassara wannan shawara zuwa Turanci don takardar da za a bai wa iyaye mata:
"Ki shayar da jaririnki nono kawai har tsawon watanni shida. Ki riƙa zuwa asibiti don awo a mako na 6, 10 da 14 bayan haihuwa. Idan jariri yana da zazzaɓi ko baya shan nono, ki zo asibiti nan take."`),

  rec('occupancy_mr', f`या वॉर्ड रिपोर्टचा इंग्रजीत सारांश लिहा:
प्रसूती कक्ष – आज सकाळी ८ वाजता
एकूण खाटा: ३२, भरलेल्या: २७, रिकाम्या: ५
NICU: १२ पैकी १० भरलेले
आज नियोजित सिझेरियन: ४, प्रसूतीच्या प्रतीक्षेत: ६`),

  rec('screenshot_en_jm', f`I'm writing a how-to for the ward clerks on resetting their EPR password. In the screenshot the login box shows "Username: w3clerk2" and "Password: ********". Is it ok to include that screenshot in the guide, or should I blur the username too?`),

  rec('appointments_fa', f`نوبت‌های مراقبت بارداری این هفته را به ترتیب ساعت مرتب کن:
شنبه ۱۴۰۳/۱۱/۲۷ ساعت ۹:۳۰ – سونوگرافی هفته ۲۰
یکشنبه ۱۴۰۳/۱۱/۲۸ ساعت ۱۱:۰۰ – آزمایش قند (GCT)
سه‌شنبه ۱۴۰۳/۱۱/۳۰ ساعت ۸:۴۵ – ویزیت ماما
شماره پرونده‌ها در سیستم ثبت شده است.`),

  rec('roster_ps', f`د زیږون خونې د دې اونۍ د نوکریو جدول په انګلیسي ولیکه:
شنبه: ډاکټره زرغونه (ورځ)، قابله مریم (شپه)
یکشنبه: ډاکټره فرشته (ورځ)، قابله نسرین (شپه)
دوشنبه: ډاکټره زرغونه (ورځ)، قابله ګلالۍ (شپه)`),

  // ── translation and interpreting agency ───────────────────────────────────
  rec('glossary_zh', f`帮我整理一个中英术语表：保密协议模板 (confidentiality agreement template)、保密义务 (duty of confidentiality)、商业秘密 (trade secret)、机密计算 (confidential computing)。每个词给一个例句。`, 'casual uses of "confidential" in a glossary: no marking'),

  rec('quote_yue', f`幫我計下呢張報價單啱唔啱：
項目編號：LB-2025-0217
字數：12,480（新字 8,920，模糊匹配 2,300，100% 匹配 1,260）
單價：新字 HK$0.95、模糊 HK$0.55、重複 HK$0.20
交貨：3月3日 18:00（ISO 17100 流程，一譯一審）`),

  rec('novel_ko', f`이 소설 단락을 영어로 번역해 주세요. 문체는 살려 주세요.

"그는 금고 앞에 한참을 서 있었다. 비밀번호는 아버지의 생일이라고 했지만, 아버지의 생일이 언제였는지조차 기억나지 않았다. 손가락이 숫자판 위에서 떨렸다."`, 'the word "password" in fiction, no value'),

  rec('invoice_ja', f`この請求書の品目を英語にしてください。
請求書番号：INV-2025-0312
品目：取扱説明書 翻訳（日→英）、JANコード 4987654321098 / 4512345678906 の製品2点分
数量：18,400 文字 × 単価 ¥12
小計：¥220,800 消費税（10%）：¥22,080`),

  rec('isbn_hy', f`Թարգմանիր անգլերեն այս գրքերի ցանկը հրատարակչի համար․
1. «Հայոց լեզվի բառարան», ISBN 978-9939-0-4827-1, 2019
2. «Թարգմանության տեսություն», ISBN 978-9939-55-218-4, 2022
Տպաքանակ՝ 1000 օրինակ, էջերի քանակ՝ 412 և 268։`),

  rec('tmx_te', f`ఈ TMX ఫైల్‌లో ఎందుకు segments import కావడం లేదు?

${amb('source_code.snippet', f`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="memoQ" srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en-US" o-tmf="memoQ"/>
  <body>
    <tu creationdate="20250211T094512Z">
      <tuv xml:lang="en-US"><seg>Take one tablet twice daily after meals.</seg></tuv>
      <tuv xml:lang="te-IN"><seg>భోజనం తర్వాత రోజుకు రెండుసార్లు ఒక మాత్ర తీసుకోండి.</seg></tuv>
    </tu>
  </body>
</tmx>`)}`),

  rec('chat_az', f`Müştərinin saytı üçün "Məxfilik siyasəti" (privacy policy) səhifəsini ingilis dilindən Azərbaycan dilinə tərcümə etməliyəm. "Personal data", "data controller" və "cookies" terminləri üçün hansı qarşılıqlar daha yaxşıdır?`),

  // ── port authority security office ────────────────────────────────────────
  rec('vessels_et', f`Tee sellest laevade nimekirjast tabel (saabumine, kai, lastitüüp):
1. MSC Arianna R – IMO 9351593, MMSI 355482000, kutsung 3EXU8, kai 7, konteinerid, ETA 18.02 06:00
2. Nordic Sirius – IMO 9864013, MMSI 230048270, kutsung OJSA, kai D, ro-pax, ETA 18.02 14:30
3. Baltic Tern – IMO 9417382, MMSI 276948000, kutsung ESLT, kai 22, puistlast, ETA 19.02 02:15`),

  rec('isps_lv', f`Lūdzu, izskaidro vienkāršā valodā ISPS kodeksa drošības līmeņus ostas jaunajiem apsargiem: 1. līmenis – normāls, 2. līmenis – paaugstināts risks, 3. līmenis – tiešs drauds. Kas mainās caurlaižu kontrolē katrā līmenī?`),

  rec('pubkey_es', f`¿Esta es la clave que tengo que mandarle al proveedor del CCTV para que me dé acceso SFTP? Me dijeron que solo la pública:

${SSH_PUB}

Y también nos pidieron la clave pública del servidor de firmas:

${PUB_PEM}`),

  rec('manifest_el', f`Βρες μου στο παρακάτω απόσπασμα δηλωτικού ποια κοντέινερ δεν έχουν καταχωρισμένη σφραγίδα:
TGHU 874213 0 – 40HC – σφραγίδα ML-4827391 – βάρος 24.180 kg
MSKU 407128 3 – 20DV – σφραγίδα (κενό) – βάρος 18.920 kg
CMAU 538204 1 – 40HC – σφραγίδα CMA-A0482739 – βάρος 26.440 kg`),

  rec('chat_en_ph', f`Our gate guards keep calling the ISPS training "top secret stuff" lol. Can you write a light-hearted intro for the refresher module explaining that the facility security plan is restricted but the basics aren't a secret at all?`),

  rec('chat_tl', f`Paano ko ia-undo yung huling commit? Sa git log ko, ${GITSHA('b61n-g1')} yung may mali sa config ng gate camera at ${GITSHA('b61n-g2')} yung tama bago nun. Hindi pa naka-push.`),

  rec('digest_ro', f`Scrie notele de release pentru imaginea nouă a aplicației de control acces:

- registry.portconstanta.local/acces-ctrl:4.2.0@sha256:${SHA('b61n-d1')}
- registry.portconstanta.local/acces-ctrl:4.2.1@sha256:${SHA('b61n-d2')}

4.2.1: Java 17.0.13 → 21.0.6, corectat timeout la cititoarele de carduri, jurnal de audit exportabil CSV.`),

  // ── fintech KYC / onboarding ──────────────────────────────────────────────
  rec('fixture_en_us', f`Our sandbox fixtures for the onboarding flow — is it fine to commit these?

${v('source_code.snippet', f`export const SANDBOX_APPLICANT = {
  firstName: 'Jane',
  lastName: 'Sample',
  ssn: '${amb('pii.us_ssn', '123-45-6789')}',
  card: '${amb('financial.payment_card', '4242 4242 4242 4242')}',
  declineCard: '${amb('financial.payment_card', '4000 0000 0000 0002')}',
  phone: '${amb('pii.phone', '+1 202 555 0143')}',
};`)}`, 'well-known test SSN, test cards and a fictional 555-01xx number: ambiguous'),

  rec('test_pt_br', f`Esse teste deveria passar, o CPF é inválido de propósito:

${v('source_code.snippet', f`@Test
void deveRejeitarCpfComDigitoErrado() {
    assertFalse(ValidadorCpf.valido("418.207.396-79"));
    assertFalse(ValidadorCpf.valido("111.111.111-11"));
    assertFalse(ValidadorCpf.valido(""));
}`)}

Mas o segundo assert falha. Por quê?`, 'CPFs failing their check digits'),

  rec('chat_hi', f`आधार वैलिडेशन हमारे फॉर्म में यह नंबर रिजेक्ट कर रहा है: 5827 4910 3625। ग्राहक कहता है सही है। Verhoeff चेकसम कैसे काम करता है, समझाओ। और रसीद पर जो मास्क्ड आधार XXXX XXXX 3621 दिखता है, वो रखना ठीक है?`, 'Verhoeff-failing Aadhaar and a masked one'),

  rec('uuids_ko', f`이 KYC 케이스 ID들 중 중복된 게 있는지 확인해 주세요:
case_7f3a9c21-4d8e-4b6a-a1c9-2e5f0b8d7a34
case_0b8e7a34-91c6-4f2d-8a15-c7d4e0b96f23
case_7f3a9c21-4d8e-4b6a-a1c9-2e5f0b8d7a34
case_e4d1b7c0-3a29-4f85-9e62-1c8a5d0f7b49`),

  rec('reference_fi', f`Miten suomalainen viitenumero ja RF-viite eroavat? Laskussa lukee viite 48271 93654 ja RF-muodossa RF71 4827 1936 54. Pankkisovellus ei hyväksy välilyöntejä.`, 'creditor references, not accounts'),

  rec('bic_lt', f`Klientas klausia, kas yra ${amb('financial.swift_bic', 'CBVILT2X')} jo banko išraše ir ar jį reikia nurodyti gaunant pervedimą iš Vokietijos. Paaiškink paprastai.`),

  rec('package_lock_vi', f`package-lock.json bị conflict sau khi merge nhánh eKYC, đoạn này giữ bản nào?

${amb('source_code.snippet', f`"node_modules/@tensorflow/tfjs-core": {
  "version": "4.22.0",
  "resolved": "https://registry.npmjs.org/@tensorflow/tfjs-core/-/tfjs-core-4.22.0.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "long": "4.0.0", "seedrandom": "^3.0.5" }
}`)}`),

  rec('html_zh', f`开户页面的小图标在高分屏上是糊的，代码如下，应该怎么改？

${amb('source_code.snippet', f`<button class="upload-id">
  <img src="data:image/png;base64,${PNG_B64}" width="16" height="16" alt="">
  上传身份证照片
</button>`)}`),

  rec('form_en_uk', f`Proofread this payroll form template for the interpreters (the NI number shown is deliberately invalid so nobody copies it):

National Insurance number: DA 48 27 39 B (example)
Date of birth: DD/MM/YYYY
Sort code: 00-00-00   Account number: 00000000
Tax code: 1257L`, 'NINO with an unissued prefix (D)'),

  rec('chargeback_es_mx', f`Una clienta dice que le cobraron dos veces la verificación de identidad. En su estado de cuenta aparece "**** **** **** 7319 FINVERIFICA MX $49.00" dos veces el 12/02. Y nos mandó la tarjeta de regalo 6035 7724 1938 0047 como "prueba", que no tiene nada que ver. ¿Cómo le respondo?`, 'masked PAN and a Luhn-failing gift-card number'),
];

/**
 * Held-out batch 151: hard negatives — weighbridge tickets, seat maps, tooth charts, toll tag ids,
 * test keys, placeholders, hashes, Luhn-failing numbers and casual uses of "confidential" and its
 * translations, in many languages. Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanWithCheck, inAadhaarSpaced, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** The same digits with the last one changed: fails the Luhn / Verhoeff / mod-97 check it had. */
const broken = (s: string) => s.slice(0, -1) + String((Number(s.slice(-1)) + 1) % 10);

const TAG_ID = broken(luhnWithCheck('308402719946118'));
const VOUCHER = broken(luhnWithCheck('603571829304716'));
const FUEL_CARD = broken(luhnWithCheck('700284193027561'));
const TR_IBAN_BAD = (() => {
  const good = ibanWithCheck('TR', '0004600482917365019283');
  const cd = String((Number(good.slice(2, 4)) + 7) % 97).padStart(2, '0');
  return good.slice(0, 2) + cd + good.slice(4);
})();
const AADHAAR_BAD = broken(inAadhaarSpaced('57294018362'));
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b151n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b151n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b151n-cert', 720);
const PUBKEY = pem('PUBLIC KEY', 'b151n-pub', 294);
const PNG = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b151n-png', B64, 160)}`;
const BCRYPT = tok('$2b$12$', fill('b151n-bcrypt', B62 + './', 53));
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH151_NEGATIVES: DraftRecord[] = [
  rec('ticket_en', f`Can you turn this weighbridge ticket into a one-line summary for the vessel file?

WEIGHBRIDGE TICKET  No. WB-2024-118492
Vehicle: prime mover + B-double, trailer ids TR-4471 / TR-4472
Commodity: APW1 wheat, season 2024/25, stack S-17
Gross: 62,480 kg   Tare: 20,140 kg   Net: 42,340 kg
Moisture 11.2 %  Test weight 79.6 kg/hl  Screenings 1.8 %
Vessel: MV Southern Harvest (IMO 9482914), hatch 3
Printed 03/12/2024 05:47`),

  rec('programme_de', f`Kannst du aus dieser Liste einen Text fürs Programmheft machen?

Mozart: Die Zauberflöte, KV 620 – Ouvertüre
Mozart: Sinfonie Nr. 40 g-Moll, KV 550
Tschaikowski: Schwanensee, op. 20 – Suite
Programmheft ISBN 978-3-7618-2491-6, Preis 6 €
Parkett Reihe 7, Plätze 14–21 reserviert für die Presse`),

  rec('device_fr', f`Résume ces données de l'appareil pour le pneumologue (pas de données patient ici) :
Appareil : PPC autopilotée, n° de série 23184729104, firmware SX567-0401
Période : 01/11 – 30/11
Utilisation moyenne : 6 h 42 / nuit, 29 nuits sur 30 > 4 h
IAH résiduel : 2,8 /h ; fuites 95e percentile : 18 L/min ; pression P95 : 11,4 cmH2O`),

  rec('chat_es_tag', f`Un cliente dice que su TAG de telepeaje no funciona. El número impreso en el dispositivo es ${TAG_ID}. ¿Cómo le explico que tiene que activarlo en la app antes del primer viaje?`, 'a toll tag id that fails the Luhn check'),

  rec('chat_it_voucher', f`Un'abbonata vuole usare un buono regalo del teatro, codice ${spacedFours(VOUCHER)}, ma la cassa dice "non valido". Come le rispondo che i buoni del 2022 sono scaduti?`, 'gift voucher number that fails the Luhn check'),

  rec('order_ja', f`技工指示書を英語にしてください。
医院名：さくら歯科
指示：#16 ジルコニアクラウン、シェード A3、マージン シャンファー
#21 e.max ラミネートベニア、シェード BL3
納期：12月18日（水）
受注番号：LAB-2412-0871`),

  rec('tariff_ko', f`통행료 차종 분류표를 영어로 번역해 주세요.
1종: 2축 차량, 윤폭 279.4mm 미만 — 기본
2종: 2축 차량, 윤폭 279.4mm 이상, 차량 길이 13m 미만 — 1.02배
3종: 3축 차량 — 1.05배
4종: 4축 차량 — 1.37배
5종: 5축 이상 — 1.65배`),

  rec('cert_zh_cn', f`把这份质量证明的要点翻译成英文：
品名：小麦（HS 编码 1001.99）
植物检疫证书编号：370800224118493
批号：LQ-2024-11-0473
容重 786 g/L，水分 12.4%，杂质 0.6%，不完善粒 3.1%
装船港：青岛港 前湾港区 粮食泊位 3#`),

  rec('code_ru_stripe', f`Не проходит тестовая оплата абонемента на балет в песочнице, ключи из тестового режима:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=`)}
Или publishable-ключ тоже должен быть тестовым?`, 'Stripe test secret key and a publishable key: negatives; the .env is ambiguous source_code'),

  rec('env_example_he', f`תבדוק בבקשה אם חסר משהו בקובץ הדוגמה לפני שאני מעלה לגיט:

${amb('source_code.snippet', f`# .env.example – מערכת ניהול תיקים
DB_HOST=localhost
DB_USER=casework
DB_PASSWORD=<your-password>
SMS_API_KEY=\${SMS_API_KEY}
ADMIN_EMAIL=`)}`, 'placeholders only'),

  rec('receipt_pl', f`Przetłumacz na angielski potwierdzenie, które klient dostał z bramki:
Paragon nr 0482/11/2024
Odcinek: Katowice – Kraków, kat. 1
Kwota: 16,00 PLN
Zapłacono kartą **** **** **** 4821
Data: 12.11.2024 14:32`),

  rec('template_tr', f`Müşteriye göndereceğimiz örnek fatura şablonunda IBAN alanı var, ama sistem "geçersiz IBAN" diyor. Şablondaki değer: ${spacedFours(TR_IBAN_BAD)} — bu sadece örnek olarak konmuş, doğru mu sence kontrol basamağı?`, 'a TR IBAN with wrong check digits'),

  rec('chat_el_nda', f`Χρειάζομαι ένα πρότυπο συμφωνίας εμπιστευτικότητας (NDA) για τους εξωτερικούς συνεργάτες του οδοντοτεχνικού εργαστηρίου. Τι όρους πρέπει να περιέχει;`),

  rec('chat_en_cc', f`Our hospital IT team is evaluating "confidential computing" VMs for the sleep-study analytics platform. In plain terms, what does a TEE protect against that disk encryption doesn't?`),

  rec('deploy_sv', f`Vad betyder den här varningen i deploy-loggen för biljettsystemet?

release 2024.12.1 (commit ${GITSHA('b151n-sha1')})
request-id 6f2c9a41-8d3e-4b17-a0c5-92e7f1d4b836
image digest sha256:${SHA('b151n-digest')}
WARN migration 0043_add_seat_holds skipped: already applied`),

  rec('firmware_fi', f`Tarkista, vastaavatko tarkistussummat toimittajan ilmoittamia ennen kuin päivitämme vuokralaitteet:

cpap-fw-5.4.2.bin  ${SHA('b151n-fw1')}
humid-fw-2.1.0.bin ${SHA('b151n-fw2')}`),

  rec('lock_nl', f`npm ci faalt in de pipeline van het labportaal, dit is het stuk uit package-lock.json:

${amb('source_code.snippet', f`"node_modules/three": {
  "version": "0.169.0",
  "resolved": "https://registry.npmjs.org/three/-/three-0.169.0.tgz",
  "integrity": "${INTEGRITY('b151n-int1')}"
},
"node_modules/stl-parser": {
  "version": "2.3.1",
  "resolved": "https://registry.npmjs.org/stl-parser/-/stl-parser-2.3.1.tgz",
  "integrity": "${INTEGRITY('b151n-int2')}"
}`)}`),

  rec('chat_da', f`Hvad er forskellen på tag og digest? Vores billedbehandling af nummerplader kører på image anpr-worker:3.8.2@sha256:${SHA('b151n-digest2')} og driftsfolkene vil gerne pinne den.`),

  rec('chat_nb_versions', f`Vektindikatoren står på firmware 4.12.1.3 og PC-programmet på 2.7.0.118. Leverandøren sier vi må oppgradere til 4.14 før kalibreringen 15. januar. Kan du skrive en kort melding til verkstedet?`),

  rec('chat_hu', f`Segíts megírni a balettelőadás szórólapját: Csajkovszkij: A diótörő, op. 71; Bartók: A fából faragott királyfi, Sz. 60 (BB 74). A műsorfüzet ISBN 978-963-9835-42-7.`),

  rec('cert_cs', f`Je tohle veřejný certifikát portálu pro objednávky CPAP, nebo privátní klíč? Nechci ho omylem poslat dodavateli.

${CERT}

A tohle je veřejný klíč pro podpis exportů:
${PUBKEY}`),

  rec('svg_ro', f`Iconița de dinte din portalul laboratorului apare tăiată. SVG-ul:

${amb('source_code.snippet', f`<svg viewBox="0 0 24 24" width="24" height="24"><path d="M7.2 2.4c-2.1 0-3.8 1.9-3.6 4.3.2 2.3 1 4.1 1.6 6.2.5 1.8.6 4.6 1.7 6.9.6 1.3 2.1 1.1 2.4-.3l1.1-4.9c.2-.8 1.1-.8 1.3 0l1.1 4.9c.3 1.4 1.8 1.6 2.4.3 1.1-2.3 1.2-5.1 1.7-6.9.6-2.1 1.4-3.9 1.6-6.2.2-2.4-1.5-4.3-3.6-4.3-1.6 0-2.6.9-4.8.9s-3.2-.9-4.8-.9z" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`)}`),

  rec('html_bg', f`Логото на операта не се показва в имейл бюлетина в Outlook:

${amb('source_code.snippet', f`<img alt="Софийска опера и балет" width="120" src="data:image/png;base64,${PNG}">`)}`),

  rec('tutorial_uk', f`У підручнику з AWS для нашого волонтерського IT-гуртка є такий приклад. Це ж не справжні ключі?
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),

  rec('chat_hi_film', f`Opera ke promotional video ke liye ek American-style scene likhna hai jahan heroine ticket office ko call karti hai. Number screen pe dikhana hai, toh ${amb('pii.phone', '(312) 555-0147')} use kar lo na, wo fictional hota hai?`),

  rec('tips_th', f`ช่วยเขียนบทความสั้น "เคล็ดลับการนอนหลับให้สนิทสำหรับผู้ใช้เครื่อง CPAP" สำหรับแจกผู้ป่วยที่เช่าเครื่อง 5 ข้อ`),

  rec('tracking_vi', f`Khách hỏi tình trạng lô hàng khay niềng, mã vận đơn VN482917365VN, đơn hàng DH-2411-0388. Viết giúp tin nhắn trả lời là hàng sẽ tới trong 2 ngày.`),

  rec('chat_id_secret', f`Tolong buatkan caption Instagram untuk pertunjukan balet Natal: "Rahasia di balik kostum Clara: 3 bulan jahitan tangan!" Buat versi yang lebih singkat.`),

  rec('ref_tl', f`Paki-ayos ng reply sa customer: ang dispute reference niya ay DSP-2024-118204 at ang plaka ay NBC 4821. Sabihin na 7–10 business days bago ang resulta.`),

  rec('chat_sw_code', f`Swali la programu: katika Python, ni ipi njia bora ya kuhakiki kwamba tarehe ya kuzaliwa iliyowekwa kwenye fomu si ya siku zijazo? Sitaki msimbo mrefu, maelezo tu.`),

  rec('policy_ka', f`შეამოწმე ეს პაროლის პოლიტიკა: პაროლი უნდა შეიცავდეს მინიმუმ 12 სიმბოლოს, ერთ დიდ ასოს, ერთ ციფრს და ერთ სპეციალურ სიმბოლოს; იცვლება ყოველ 90 დღეში. ზედმეტად მკაცრი ხომ არ არის ქეისების სისტემისთვის?`),

  rec('schedule_hy', f`Թարգմանիր անգլերեն՝ «Կարմեն» ներկայացումը՝ դեկտեմբերի 14-ին, 19:00, մեծ դահլիճ։ Տևողությունը՝ 3 ժամ, 2 ընդմիջումով։ Տոմսերի գինը՝ 5000–25000 դրամ։`),

  rec('orientation_am', f`ይህን የአቀባበል መርሐ ግብር ወደ እንግሊዝኛ ተርጉምልኝ፦ ሰኞ 9:00 – የከተማ ጉብኝት፤ ማክሰኞ 10:00 – የባንክ ሂሳብ መክፈቻ መረጃ፤ ረቡዕ 14:00 – የእንግሊዝኛ ትምህርት ምዝገባ።`),

  rec('invoice_ta', f`இந்த விலைப்பட்டியலை ஆங்கிலத்தில் மாற்றவும்: பில் எண் DL/24-25/0871, ஜிர்கோனியா கிரீடம் 4 × ₹6,500 = ₹26,000, GST 12%, மொத்தம் ₹29,120.`),

  rec('privacy_bn', f`আমাদের ওয়েবসাইটের "গোপনীয়তা নীতি" পাতাটা সহজ বাংলায় লিখে দাও, যাতে শরণার্থী পরিবারগুলো বুঝতে পারে আমরা কোন তথ্য রাখি আর কেন।`),

  rec('dump_fa', f`این خروجی جدول کاربران سامانه پرونده‌هاست. ستون رمز هش شده است، درست است؟

${amb('source_code.snippet', f`id | username   | password_hash                                                | role
 7 | m.rahimi   | ${amb('credential.password_assignment', BCRYPT)} | caseworker`)}`, 'a bcrypt hash: ambiguous per the conventions'),

  rec('tips_ur', f`سی پیپ استعمال کرنے والے مریضوں کے لیے ماسک کی صفائی کے پانچ آسان اصول اردو میں لکھ دیں۔`),

  rec('schedule_zh_hk', f`幫我將呢個收費廣場嘅更表整理成表格：早更 06:00–14:00（3 個車道），中更 14:00–22:00（4 個車道），夜更 22:00–06:00（2 個車道）。12 月 24 日同 31 日加開 1 條車道。`),

  rec('cartaporte_es_ar', f`Armame un resumen de las descargas de hoy en la balanza:
CTG 10148291736 – soja – 30.120 kg netos – Camión AF 482 KT
CTG 10148291744 – maíz – 28.940 kg netos – Camión AD 917 LR
Humedad promedio 13,8 %. Turno mañana, balanza 2.`),

  rec('survey_fr_ca', f`Peux-tu rendre ce texte plus clair pour le sondage aux abonnés? « Vos réponses au sondage sur la saison 2025 seront compilées de façon anonyme et ne serviront qu'à planifier la programmation. »`),

  rec('placeholder_de_ch', f`Im Rechnungsvorlage vom Getreideterminal steht noch der Platzhalter "IBAN: CH00 0000 0000 0000 0000 0". Wie sag ich der Buchhaltung höflich, dass sie das ersetzen müssen?`),

  rec('validation_en_in', f`Our courier KYC form rejects this Aadhaar with "checksum failed": ${AADHAAR_BAD}. The delivery guy says he typed it from the card. Is our Verhoeff code wrong or is one digit mistyped?`, 'an Aadhaar-shaped number that fails the Verhoeff check'),

  rec('containers_lt', f`Patikrink, ar šių konteinerių numeriai teisingi pagal ISO 6346: MSKU 482917-3, TGHU 739104-6. Jie krauti su kviečiais į MV Baltic Grain.`),

  rec('calibration_fi', f`Vaa'an vakaustodistus nro KT-2024/1187, vaaka 60 t, jakoarvo 20 kg, voimassa 30.11.2025 asti. Kirjoita lyhyt tiedote kuljettajille, että vaaka on vakautettu.`),

  rec('fuel_ms', f`Kad minyak syarikat untuk lori terminal ${spacedFours(FUEL_CARD)} ditolak di stesen. Tolong tulis e-mel ringkas kepada pembekal kad minyak.`, 'a company fuel card number that fails the Luhn check'),

  rec('form_en_us', f`For the case worker training deck I need a fake SSN example. The old slides used ${amb('pii.us_ssn', '123-45-6789')} and 000-12-3456 — which one looks less like a real number?`, 'the well-known example SSN is ambiguous; area 000 is invalid and stays unlabelled'),

  rec('training_ko', f`보안 교육 자료: 정보보안의 3요소인 기밀성, 무결성, 가용성을 요금 이의신청 업무 예시로 설명하는 슬라이드 3장을 만들어 주세요.`),

  rec('cf_placeholder_it', f`Nel modulo del laboratorio c'è il campo codice fiscale con il segnaposto "XXXXXX00X00X000X". Lo lascio o metto "facoltativo"?`),
];

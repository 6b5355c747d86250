/**
 * Held-out batch 155: hard negatives from the six organisations — UN numbers, air waybills, sample
 * ids, microchip and ring numbers, placeholders, test keys, hashes, masked cards, failing check
 * digits, casual uses of "confidential" — in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b155n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b155n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const PUB = pem('PUBLIC KEY', 'b155n-pub', 294);
const CERT = pem('CERTIFICATE', 'b155n-cert', 820);
const BCRYPT = tok('$2y$10$', fill('b155n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${fill('b155n-integ', B64, 86)}==`;

export const BATCH155_NEGATIVES: DraftRecord[] = [
  rec('dg_check', f`Can you check the DG lines for this consolidation? FRA–ORD, MAWB 020-48291733, flight LH8160, 06 Dec.
HAWB 1: UN1845 Dry ice, 9, 12 x 2.5 kg, PI 954
HAWB 2: UN3373 Biological substance, Category B, 6.2, 4 packages, PI 650
HAWB 3: UN1266 Perfumery products, 3, PG II, 18 L, PI 353 (Y-limited? no)
ULD: AKE 48291 LH, PMC 10482 LH
Is PI 353 allowed on a passenger flight for 18 L?`),

  rec('lab_results_de', f`Bitte fass die Ergebnisse für den Monatsbericht zusammen:

Probenahmestelle 07 (Hochbehälter Süd), Probe WQ-24-11873, entnommen 02.12.2024 08:40
Nitrat 31,4 mg/l (GW 50) · Nitrit 0,02 mg/l (GW 0,50) · Blei < 0,001 mg/l · E. coli 0 KBE/100 ml · Trübung 0,21 NTU
Koordinaten 47.3769, 8.5417 · Methode DIN EN ISO 9308-1:2017
Alle Werte unter den Grenzwerten.`),

  rec('confirmation_fr', f`Traduisez cette confirmation en anglais s'il vous plaît :

Confirmation n° MV-PAR-2024-118347
Arrivée : 14/12/2024 – Départ : 17/12/2024
Chambre Deluxe Jardin, tarif BAR-FLEX, petit-déjeuner inclus
Garantie : Visa •••• •••• •••• 4417
Total : 1 245,00 € TTC (taxe de séjour 10,56 € incluse)`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — test mode only, committed on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
PAYOUTS_WEBHOOK_SECRET=whsec_replace_me
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/payouts_test`)}

Is it fine that the publishable key in the test env is a live one?`),

  rec('intake_fr', f`Peux-tu mettre ces fiches d'entrée au propre ?
- Hérisson d'Europe, 418 g, puce ${'250269604829173'}, trouvé le 02/12 à Annecy, déshydraté
- Renard roux juvénile, puce ${'250268500731946'}, fracture patte arrière gauche
- Buse variable, bague MNHN Paris ${'GA 48291'}, intoxication suspectée
Poids et traitements en tableau svp.`, 'ISO 11784 animal microchips (250 = France) and a bird ring: not cards (they fail the Luhn check)'),

  rec('ringing_nl', f`Kun je deze ringgegevens van de opgevangen vogels omzetten naar een tabel?
Merel, ring Arnhem ${'V.482917'}, binnengebracht 29-11, raamslachtoffer
Ransuil, ring Arnhem ${'8.48291'}, vrijgelaten 04-12
Gewicht merel 92 g, ransuil 280 g.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
LIMS_API_URL=https://lims.example.local/api
LIMS_USER=<your-username>
LIMS_PASSWORD=<your-password>
AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID
AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`)}

Write a README section explaining each variable for the new lab technician.`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: payouts-worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ghcr.io/kindlepot/payouts-worker:3.8.1
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: payouts, key: stripe-secret-key }
            - name: DB_PASSWORD
              value: "\${DB_PASSWORD}"`)}

Why does the pod see the literal string \${DB_PASSWORD}?`),

  rec('chat_ru', f`Коллега спрашивает, нормально ли, что это лежит в репозитории. Это же просто публичный ключ и сертификат для SFTP-сервера авиакомпании?

${PUB}

${CERT}`),

  rec('checksums_fi', f`Asennuspaketin tarkistussummat LIMS-päivitystä varten, täsmääkö?
lims-server-7.4.2.msi  SHA256 ${SHA('b155n-sha1')}
lims-client-7.4.2.msi  SHA256 ${SHA('b155n-sha2')}
Toimittaja ilmoitti: ${SHA('b155n-sha1')}`),

  rec('uuid_ja', f`予約システムのログに出てくるこのIDは何ですか？個人情報ですか？
reservation_id=7f3c9a12-4b8e-4d21-9c6f-2e5b8a1d0f47
session=0b91e6d4-58a2-4c7f-b3e1-9d04c2f7a658
rate_plan=BAR-FLEX-KYT`),

  rec('git_ko', f`리베이스 중에 충돌이 났어요. 어떤 커밋을 건너뛰어야 할까요?
pick 3e9a1f7 feat(rm): add pickup report by segment
pick b72c04d fix(rm): exclude cancelled bookings
pick 51f8e2a chore: bump pandas to 2.2.3`),

  rec('voucher_it', f`Un cliente ha un buono regalo del nostro hotel di Firenze che non viene accettato: codice ${'6048 2917 3650 1849'}, valore 300 €, emesso a dicembre 2023. Scadenza 12 mesi? Come rispondo?`, 'gift voucher code that fails the Luhn check'),

  rec('iban_typo_pl', f`Beneficjentka zbiórki podała IBAN ${'PL27 1140 2004 0000 3482 9173 6503'} i bank odrzucił przelew. Wygląda na literówkę w ostatniej cyfrze — jak jej to uprzejmie napisać?`, 'IBAN with a failing check'),

  rec('receipt_es', f`Tradúceme este recibo al inglés para el huésped:

Maison Verveine Sevilla – Factura simplificada T-2024-04821
2 noches, habitación doble superior: 412,00 €
Tasa turística: 6,00 €
Pagado con Mastercard **** **** **** 7319
Autorización 048291 – Terminal 12`),

  rec('test_cards_pt_br', f`Pra testar o checkout de doações no sandbox, uso ${amb('financial.payment_card', '4242 4242 4242 4242')} e ${amb('financial.payment_card', '4000 0000 0000 0002')} pra recusa. Qual cartão de teste simula chargeback?`, 'well-known Stripe test cards: ambiguous'),

  rec('script_us', f`Write a role-play script for front-desk training: the "guest" calls from ${amb('pii.phone', '(312) 555-0147')} to dispute a minibar charge, and the trainee has to verify the booking without asking for the card number.`, 'fictional 555-01xx number: ambiguous'),

  rec('chat', f`Is our donor list considered confidential information under GDPR, or just personal data? We want to share the number of donors per county with a partner charity — no names.`),

  rec('chat_de', f`Kannst du mir eine Vorlage für eine Vertraulichkeitsvereinbarung für neue Ehrenamtliche in der Wildtierstation schreiben? Kurz, verständlich, ohne Juristendeutsch.`),

  rec('chat_es', f`Vamos a hacer un amigo invisible (amigo secreto) en recepción para Navidad, presupuesto 15 €. ¿Me escribes un mensaje divertido para el grupo de WhatsApp?`),

  rec('policy_sv', f`Kan du skriva ett stycke om lösenordspolicy för laboratoriets datorer? Minst 14 tecken, inget tvångsbyte var 90:e dag, MFA för LIMS och fjärråtkomst, och förklara att "Lösenord: ********" i skärmdumpar är okej men aldrig det riktiga.`),

  rec('form_ar', f`حسّن هذا النموذج ليكون أوضح للشاحنين:
اسم المستخدم: __________
كلمة المرور: ********
رقم الهاتف: +971 __ ___ ____
رقم بوليصة الشحن الجوي: ___-________`),

  rec('chat_zh', f`帮我把这几个单号整理成表格：主单号 176-48291736，分单号 DXB2411873，航班 EK9921，集装器 PMC 48291 EK，HS 编码 8507.60，ISBN 978-7-115-54608-1（那本危险品手册）。`),

  rec('dg_hi', f`कृपया इस DG बुकिंग का सार अंग्रेज़ी में बना दीजिए: UN1845 सूखी बर्फ़, कक्षा 9, 14 पैकेज × 2.5 किग्रा, पैकिंग निर्देश 954, उड़ान AI 131 मुंबई–लंदन, 09 दिसंबर। MAWB 098-48291736।`),

  rec('lab_cs', f`Přelož do angličtiny: Stanovení olova (CAS 7439-92-1) metodou ICP-MS podle ČSN EN ISO 17294-2, mez stanovitelnosti 0,001 mg/l. Vzorek 2024/11873 – výsledek 0,003 mg/l, limit 0,010 mg/l.`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งแขกเป็นภาษาอังกฤษ: ห้อง 1204 จะย้ายไปห้อง 1507 วันที่ 12/12/2567 เวลา 14:00 น. เนื่องจากซ่อมแอร์ ไม่มีค่าใช้จ่ายเพิ่ม`),

  rec('fees_id', f`Tolong hitung: donasi Rp 2.500.000, biaya platform 5%, biaya payment gateway 2,9% + Rp 2.000. Berapa yang diterima penggalang dana? Nomor kampanye KP-2024-118347.`),

  rec('epoch_he', f`בלוג של מערכת התשלומים מופיע ts=1733390512 ו-ts=1733419312. מה ההפרש בשעות? ואיך ממירים לשעון ישראל?`),

  rec('docker_tr', f`Hangi imaj production'da çalışıyor, bunu nasıl doğrularım?
ghcr.io/maisonverveine/channel-sync:2.4.0@sha256:${SHA('b155n-dig1')}
ghcr.io/maisonverveine/channel-sync:2.4.1@sha256:${SHA('b155n-dig2')}`),

  rec('lockfile_vi', f`${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY}"
}`)}
npm ci báo lỗi EINTEGRITY ở gói này, em phải làm sao?`),

  rec('parity_el', f`Φτιάξε μου έναν πίνακα με τη σύγκριση τιμών (rate parity) για 20/12:
Απευθείας site: 210 € · Booking.com: 219 € · Expedia: 214 € · Airbnb: 198 €
Κωδικός τιμής: BAR-NR, δωμάτιο Superior Sea View, ελάχιστη διαμονή 2 νύχτες.`),

  rec('ssn_template', f`Make this payout tax form easier to read (labels, help text):

Legal name: ____________________
Taxpayer ID (SSN or EIN): e.g. ${amb('pii.us_ssn', '123-45-6789')}
Date of birth: MM/DD/YYYY
Bank routing number: 9 digits`, 'the well-known example SSN 123-45-6789: ambiguous'),

  rec('chat_no', f`Sentralbordet vårt har interne linjer 4417, 4418 og 4420, og nattportieren er på 4499. Kan du lage en liten oversikt over hvem som svarer på hva om natten?`),

  rec('handling_uk', f`Перекладіть англійською, будь ласка: "Графік відбору проб на грудень – ${amb('confidential.marking', 'не для розповсюдження')} поза лабораторією. Точки 3, 7 і 14 – щотижня."`, 'a handling ban with no marking word: ambiguous'),

  rec('hash_ka', f`ძველი მოხალისეების პორტალი პაროლებს ასე ინახავს: ${ambCat('credential', BCRYPT)}. ეს უსაფრთხოა, თუ ახალ სისტემაზე უნდა გადავიდეთ?`, 'a bcrypt password hash: ambiguous'),

  rec('chat_hy', f`Օգնիր գրել հյուրանոցի «Secret Garden» սենյակի նկարագրությունը անգլերենով՝ այգու տեսարան, 28 մ², ընդարձակ լոգարան, նախաճաշ ներառված։`),

  rec('chat_am', f`ሰላም፣ ለበጎ ፈቃደኞች የምግብ መርሃ ግብር አዘጋጅልኝ፦ ጃርቶች በቀን ሦስት ጊዜ፣ ጉጉቶች ማታ አንድ ጊዜ፣ ቀበሮዎች ሁለት ጊዜ። በእንግሊዝኛ እና በአማርኛ።`),

  rec('meds_bn', f`এই ওষুধের তালিকাটা টেবিল করে দাও: ক্লোজাপিন ২০০ মি.গ্রা. রাতে, লিথিয়াম ৪০০ মি.গ্রা. দিনে দুবার, লেভেল চেক প্রতি ৩ মাসে। ওয়ার্ড ৪, বেড ১২।`),

  rec('schedule_ta', f`அடுத்த வாரம் நீர் மாதிரி எடுக்கும் அட்டவணையை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: திங்கள் – புள்ளி 3, 7; புதன் – புள்ளி 11, 14; வெள்ளி – நீர்த்தேக்கம் வடக்கு. ஒவ்வொரு மாதிரியும் 500 மி.லி.`),

  rec('mha_en_gb', f`Explain in plain English for a patient leaflet the difference between Section 2 and Section 3 of the Mental Health Act 1983, and what a Section 136 is. ICD-10 codes we use on the leaflet: F20.0, F31.1, F33.2.`),

  rec('loyalty_ko', f`멤버십 번호가 카드 번호처럼 보인다고 손님이 걱정하세요: 회원번호 ${'5091 4829 1736 5012'}. 결제 카드가 아니라는 걸 영어로 안내하는 문구를 써 주세요.`, 'a loyalty number that fails the Luhn check'),

  rec('pix_pt_br', f`O campanhista cadastrou uma chave Pix aleatória (e3a91c7f-2b48-4d05-8f16-7c92a4b0d3e5). Isso identifica a pessoa? Preciso pedir CPF mesmo assim pra liberar o saque?`),

  rec('flight_de', f`Kannst du mir die Verbindung für die Lithium-Sendung raussuchen? Abflug FRA 06.12. 21:35 mit LH8410 nach ORD, Weiterflug UA 1932 nach DEN. HS-Code 8507.60.00, 4 Colli, 86,4 kg brutto, Volumen 0,42 m³.`),

  rec('wildlife_cy', f`Allwch chi gyfieithu hwn i'r Saesneg? "Draenog, 380 g, wedi'i ddarganfod ar 3 Rhagfyr yn Aberystwyth. Triniaeth: Baytril 5 mg/kg, dwywaith y dydd am 7 diwrnod. Pwyso bob bore."`),

  rec('chat_fr', f`J'ai toute confiance en l'équipe de nuit, mais pouvez-vous m'aider à rédiger une procédure claire pour les départs tardifs et les clés oubliées ?`),

  rec('docs', f`## Payout notifications

Set \`PAYOUTS_SLACK_WEBHOOK\` to your channel's incoming-webhook URL, for example
\`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
Database: \`postgresql://<user>:<password>@<host>:5432/payouts\`.
Never commit the real values; use the secret store.`),

  rec('chat_hr', f`Možeš li napraviti tablicu od ovih rezultata? Uzorak 2024/1187: rezidualni klor 0,3 mg/l, pH 7,4, mutnoća 0,5 NTU. Uzorak 2024/1188: klor 0,2 mg/l, pH 7,6, mutnoća 0,8 NTU. Sve je unutar granica iz pravilnika.`),

  rec('chat_et', f`Kas saad aidata kirjutada vabatahtlikele juhendi, kuidas linnupuuride uksi lukustada? Koodlukk vahetub iga kuu, uus kood antakse koosolekul suuliselt, mitte kirjalikult.`),

  rec('chat_hu', f`Az ügyfélszolgálat azt kérdezi, hogy a vízmintavételi jegyzőkönyv száma (JK-2024-11873) személyes adatnak számít-e. Szerintem nem, de írj egy rövid magyarázatot.`),

  rec('chat_lt', f`Parašyk trumpą laišką viešbučio svečiams apie pusryčių laiko pakeitimą: nuo gruodžio 15 d. pusryčiai 7:00–10:30, savaitgaliais iki 11:00. Kambarių numeracija nesikeičia.`),
];

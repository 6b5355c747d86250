/**
 * Held-out batch 142: hard negatives from the six organisations — credit serial numbers, engine and
 * part serials, microchips, booking references, placeholders, test values, check-digit failures,
 * casual "confidential" — in many languages (tests/corpus/README.md, "Decisions on negatives").
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b142n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b142n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b142n-pub', 294);
const CERT = pem('CERTIFICATE', 'b142n-cert', 820);
const BCRYPT = tok('$2y$10$', fill('b142n-bcrypt', B62 + './', 53));
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b142n-sshpub', B64, 43)} remotehands@jump-fra2`;

export const BATCH142_NEGATIVES: DraftRecord[] = [
  // ── carbon registry ──
  rec('chat', f`A buyer says our retirement certificate lists the wrong serial range. Certificate says 8821-417263918-417264917-VCS-VCU-1402-VER-ID-14-2291-01012019-31122019-1, their PO says 1,000 units of vintage 2019 from project 2291. Is the range consistent with 1,000 units?`),

  rec('chat_de', f`Kannst du mir erklären, wie die Seriennummern bei Gold Standard aufgebaut sind? Beispiel aus unserem Konto: GS1-1-KE-GS4712-16-2021-24480-1-500. Was bedeuten die einzelnen Blöcke, besonders „24480-1-500"?`),

  rec('chat_es', f`¿Me ayudas a comparar metodologías? Nuestro proyecto de cocinas mejoradas en Guatemala usa la AMS-II.G v13.0 y el comprador pregunta si puede pasar a la VMR0006. Añadas 2020–2023, 48.250 tCO₂e emitidas, 12 % en cuenta de amortiguación.`),

  rec('geojson_pt_br', f`O polígono do projeto de REDD+ no Pará está aparecendo no oceano no mapa. O que tá errado?

${amb('source_code.snippet', f`{
  "type": "Feature",
  "properties": { "projeto": "REDD-PA-0447", "area_ha": 18420.5 },
  "geometry": {
    "type": "Polygon",
    "coordinates": [[[-3.7214, -52.1188], [-3.7390, -52.0411], [-3.8102, -52.0675], [-3.7214, -52.1188]]]
  }
}`)}`, 'GeoJSON payload: data, ambiguous code; coordinates swapped (lat/lon) is the bug'),

  rec('chat_ka', f`სერტიფიკატის PDF-ის ჰეში რეესტრში ასეა: sha256:${SHA('b142n-cert-ka')}. ჩამოტვირთული ფაილის ჰეში განსხვავდება. ნიშნავს თუ არა ეს, რომ ფაილი შეცვლილია?`),

  rec('docs_es', f`Traduce al inglés esta sección de nuestra documentación de la API del registro:

Para autenticarse, envíe la cabecera \`Authorization: Bearer <SU_CLAVE_API>\`. Ejemplo:
\`curl -H "Authorization: Bearer YOUR_API_KEY" https://api.registro-ejemplo.org/v1/bloques?anada=2021\`
Nunca comparta su clave real en tickets de soporte.`),

  rec('env_example', f`${amb('source_code.snippet', f`# registry-api/.env.example — copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/registry
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
OPENAI_API_KEY=sk-...
MAILGUN_API_KEY=<your-mailgun-key>
SESSION_SECRET=\${SESSION_SECRET}`)}

Write a short README section explaining each variable.`),

  // ── veterinary ER ──
  rec('chat_fr', f`Le lecteur de puce ne reconnaît pas ce chat : numéro d'identification 250269606482716, tatoué aussi à l'oreille (2HKT417). Sur I-CAD il n'apparaît pas. Est-ce que 250 est bien le code pays de la France ?`, 'ISO 11784 microchip number (fails Luhn anyway)'),

  rec('chat_it', f`Mi aiuti a ricontrollare il dosaggio? Cane 32 kg, meloxicam 0,2 mg/kg il primo giorno poi 0,1 mg/kg. Abbiamo la soluzione da 1,5 mg/ml. Quanti ml il primo giorno e quanti dal secondo? ASA II, creatinina 1,3 mg/dl.`),

  rec('receipt_nl', f`Kun je deze kassabon omzetten naar een nette factuur voor de verzekering?

Dierenspoedkliniek Utrecht — bon 2024-12-02-0418
Consult spoed nacht          € 145,00
Röntgen thorax (2 opnames)   € 118,50
Pijnstilling (buprenorfine)  €  32,20
Totaal incl. btw             € 295,70
Betaald met Maestro •••• 4417, terminal 07, 02:41`),

  rec('lab_ja', f`検査結果の見方を飼い主さん向けにやさしく説明してください。

受付番号：L-2024-120318
ALT 412 U/L（基準 17–78）
ALP 380 U/L（基準 47–254）
BUN 28 mg/dL（基準 9.2–29.2）
CRE 1.1 mg/dL（基準 0.4–1.4）`),

  rec('chat_pt_br', f`Tô configurando o checkout do hospital veterinário no ambiente de teste. A documentação manda usar o cartão ${amb('financial.payment_card', '4111 1111 1111 1111')} com qualquer CVV. Dá "recusado" sempre — preciso ativar algo no modo sandbox?`, 'well-known test card: ambiguous'),

  rec('chat_en', f`A client is trying to pay with a pet-store gift voucher, number 6035 7724 1938 0042, and our terminal says invalid. Is it even a card we can accept at the ER desk?`, 'gift-voucher number that fails the Luhn check'),

  rec('chat_de', f`Unsere alte Praxissoftware speichert Passwörter so: ${ambCat('credential', BCRYPT)}. Der Dienstleister sagt, bcrypt mit Kosten 10 reicht. Stimmt das noch 2024?`, 'a password hash: ambiguous, no rule id'),

  rec('chat_fr_pet', f`Le propriétaire part en Angleterre avec son chien. Le passeport européen pour animal de compagnie est n° FR 0417 29183, vaccin antirabique fait le 14/10. Quels documents faut-il en plus depuis le Brexit ? Rédige-moi une liste.`, 'pet passport number: identifies an animal'),

  rec('chat_pl', f`Klient twierdzi, że podał numer karty 4929 3710 4826 5731, ale terminal go odrzuca. Czy to może być literówka? Jak mu grzecznie odpisać, żeby nie wysyłał numeru karty mailem?`, 'card number that fails the Luhn check (a typo)'),

  rec('chat', f`Our marketing copy for the new 24/7 ER in Leeds uses the number ${amb('pii.phone', '0113 496 0418')} as a placeholder until BT activates the line. Can you tighten the copy? "Open all night, every night. Walk in or call ahead."`, 'Ofcom drama-range number: ambiguous'),

  // ── aerospace MRO ──
  rec('chat', f`Shop visit planning question: ESN 896-417 came in with 18,422 TSN / 11,037 CSN. The LLP sheet shows the stage 1 HPT disk (P/N 1873M17P02, S/N GWN0Q418) at 19,800 cycles limit. How many cycles remain, and does it drive the workscope?`),

  rec('chat_fr', f`Peux-tu m'expliquer la différence entre l'AD 2024-02-05 et le SB 72-0917 rév. 3 ? On a deux moteurs en atelier (ESN 779-218 et 779-301) et je ne sais pas si le SB est rendu obligatoire par l'AD.`),

  rec('chat_de', f`Wir haben morgen zwei Maschinen im Hangar: D-AIUR (MSN 7412) und D-AIZQ (MSN 5981). Beide brauchen Boroskopie an Stufe 1 HPT. Wie plane ich das mit nur einem Boroskop-Kit und zwei Prüfern?`),

  rec('chat_ko', f`보어스코프 검사에서 HPT 1단 블레이드 팁 손실 0.38mm 발견. 매뉴얼 한계는 0.50mm, 재검사 주기 500사이클입니다. 이걸 정비 일지에 영어로 어떻게 써야 할까요?`),

  rec('chat_en_gb', f`I'm confident the new induction plan will cut engine turnaround by a week. The secret is parking the accessory gearbox teardown in parallel with the core. Can you help me write this up as a one-page proposal?`),

  // ── orchestra ──
  rec('chat_de', f`Kannst du mir die Stimmenliste für die Tournee sortieren? Mahler 5 (Edition Peters, ISMN 979-0-014-10418-2), Beethoven Violinkonzert op. 61, Pärt „Fratres" (UE 17274). Wir brauchen je 10/8/6/5/4 Streicherstimmen.`),

  rec('chat_es', f`Resúmeme los vuelos del grupo para el itinerario: IB 6251 MAD–BOG el 4 de marzo, salida 12:05, localizador K7QX4P; vuelta AV 10 BOG–MAD el 12 de marzo. 68 músicos, 14 instrumentos grandes facturados como equipaje especial.`),

  rec('chat_fr', f`Est-ce que tu peux me proposer un modèle d'accord de confidentialité pour les musiciens invités ? Rien de compliqué : ne pas publier les enregistrements de répétition sur les réseaux avant la sortie officielle.`, 'request for a confidentiality agreement template'),

  rec('chat_en', f`Press release draft: "The orchestra's new season opens on 12 September with Sibelius 2. Tickets from £18. Box office: ${amb('pii.phone', '020 7946 0418')}." Can you make it sound less stiff?`, 'Ofcom drama-range London number: ambiguous'),

  rec('chat_he', f`תכין לי בבקשה תוכנייה קצרה באנגלית: ברהמס – סימפוניה מס' 4 במי מינור, אופוס 98; מוצרט – קונצ'רטו לפסנתר מס' 21, ק. 467. הקונצרט ב-18 בינואר, 20:30, היכל התרבות.`),

  rec('chat_hy', f`Կարո՞ղ ես կազմել համերգների ժամանակացույցը անգլերենով. Երևան՝ մարտի 3, 19:00, տոմսերը 5000–15000 դրամ; Գյումրի՝ մարտի 5, 18:00։ Փորձերը սկսվում են 10:30-ին։`),

  rec('chat_it', f`Il segreto di una tournée riuscita? Secondo me è il catering del dopo-concerto. Scherzi a parte: mi aiuti a fare una checklist per la logistica dei camion degli strumenti tra Milano, Vienna e Praga?`),

  rec('chat_nl_be', f`De instrumenten gaan met een ATA-carnet naar Japan: carnetnummer BE/0418/2024/0917, 126 items. Welke douanestempels moeten we bij vertrek in Zaventem laten zetten?`),

  rec('chat_el', f`Για το κουίζ της χορωδίας: τι σημαίνει «top secret» στις διαβαθμίσεις της ΕΕ και πότε καταργήθηκε ο όρος «άκρως απόρρητο» στην Ελλάδα; Θέλω απάντηση σε δύο γραμμές.`),

  // ── microfinance ──
  rec('chat_bn', f`এই কিস্তির সূচিটা টেবিলে সাজিয়ে দাও: ঋণ নং MF-SRJ-2024-04471, মূল ২৫,০০০ টাকা, ৪৬ সপ্তাহ, সাপ্তাহিক কিস্তি ৬১০ টাকা, প্রথম কিস্তি ১০ ডিসেম্বর।`),

  rec('chat_sw', f`Naomba unisaidie kuelewa ripoti hii ya M-Pesa: muamala SKL4H7XQ2P wa KSh 3,000 ulifanyika tarehe 2/12 saa 10:14, lakini kwenye system yetu umeandikwa mara mbili. Nifanyeje reconciliation?`),

  rec('chat_tl', f`Pwede mo ba akong tulungan gumawa ng password policy para sa mga loan officer? Minimum 12 characters, bawal ang birthday o pangalan ng anak, at palitan kapag may suspetsang na-share. Pakisulat sa Taglish para madaling maintindihan.`),

  rec('form_hi', f`इस KYC फॉर्म को हिंदी और अंग्रेज़ी दोनों में साफ़ बना दो:

नाम: ____________
आधार नंबर: XXXX XXXX XXXX
मोबाइल: +91 __________
जन्म तिथि: DD/MM/YYYY
बैंक खाता: ____________  IFSC: ___________`, 'form template with placeholders'),

  rec('chat_hi_en', f`Field officer ne Aadhaar galat likha lagta hai: 5827 1930 4627. App bol raha hai "invalid checksum". Customer ko dobara kaise poochhein bina usko bura lage? Ek polite Hindi message likh do.`, 'Aadhaar typo that fails the Verhoeff check'),

  rec('chat_ru_kz', f`Помоги сравнить два продукта: «Бизнес-старт» — 24% годовых, до 1 500 000 тенге, 12 месяцев; «Агро-сезон» — 21%, отсрочка 3 месяца. Какой выгоднее для фермера с доходом после урожая в сентябре?`),

  rec('chat_am', f`ይህን የብድር ክፍያ ሰንጠረዥ አስተካክልልኝ፦ ብድር 20,000 ብር፣ ወለድ 18%፣ 12 ወር፣ ወርሃዊ ክፍያ 1,834 ብር። የመጀመሪያ ክፍያ ታኅሣሥ 15።`),

  rec('chat_ms', f`Boleh tolong terangkan beza antara pembiayaan mikro berasaskan takaful dan pinjaman biasa untuk peniaga pasar malam? Contoh: RM 5,000, tempoh 18 bulan, kadar keuntungan 6% setahun.`),

  rec('chat_ur', f`گروپ میٹنگ کا شیڈول بنا دیں: گروپ نمبر GRP-MTN-118، ہر منگل صبح ۱۰ بجے، ۱۵ ممبرز، قسط ۲۵۰۰ روپے۔ اگلی میٹنگ ۱۰ دسمبر۔`),

  // ── colocation ──
  rec('chat', f`Remote hands request: patch cross-connect XC-FRA2-004471 from cage C-12, rack 07, panel PP-2 port 17 to the meet-me room MMR-1, panel 14 port 3. Customer says the circuit ID on their side is LON/FRA/10GE/118273. Can you write the work order steps?`),

  rec('chat_pl', f`Zrób mi z tego tabelkę do inwentaryzacji: serwer Dell R750, S/N 8HQK4T3, tag zasobu AT-WAW2-01877, MAC 3c:ec:ef:41:82:7a, szafa B-14 U22–U23, UUID 4c4c4544-0048-5110-804b-b8c04f4b3433.`),

  rec('chat_ru', f`Клиент прислал публичный ключ для доступа к jump-серверу. Это же публичный, его можно хранить в тикете?

${SSH_PUB}

И сертификат для их портала:
${CERT}`),

  rec('chat_ja', f`このイメージのダイジェストが本番と違うと言われました。registry.coloport.jp/acs-sync@sha256:${SHA('b142n-digest')} と、タグ 2.4.1 の方です。どちらを使うべきですか？`),

  rec('chat_th', f`ช่วยสรุปบันทึกนี้เป็นภาษาอังกฤษ: ห้อง DH-2 อุณหภูมิสูงสุด 26.8°C เวลา 14:22 วันที่ 2 ธ.ค., CRAC-3 หยุดทำงาน 11 นาที, ไม่มีผลกระทบต่อลูกค้า`),

  rec('chat_uk', f`Клієнт питає, чи відповідає наш центр обробки даних вимогам щодо конфіденційності даних за GDPR. Напиши коротку відповідь про сертифікацію ISO 27001 і SOC 2 без зайвих обіцянок.`, 'casual use of "confidentiality" (конфіденційності)'),

  rec('chat_zh', f`帮我找一份保密协议模板，客户要在签机柜合同之前先签 NDA。最好中英文对照。`, 'request for a confidentiality agreement template (保密协议模板)'),

  rec('firewall_lt', f`Ar teisinga ši ugniasienės taisyklė? Klientas nori prieigos tik iš savo biuro: leisti TCP 443 iš ${ip('88.119.42.17')} į ${ip('10.47.71.10')}, visa kita blokuoti.`, 'IP addresses: always ambiguous'),

  rec('pem_pub', f`The customer's portal asks for our public key for SSO signature verification. Is this the right one to send?

${PUB}`),

  rec('data_uri', f`Our access-desk page shows a broken logo. Here's the img tag:
<img src="data:image/png;base64,${b64Bytes('b142n-png', 300)}" alt="Coloport">
Is the base64 truncated?`),
];

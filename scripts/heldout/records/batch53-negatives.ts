/**
 * Held-out batch 53: hard negatives from the same six workplaces — flight plans, contract and lot
 * numbers, register dumps, digests, placeholders, test keys, masked or invalid account numbers,
 * company registration numbers, casual uses of "secret" and "confidential" in many languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and
 * pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b53n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b53n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 7);
const KIOSK_CERT = pem('CERTIFICATE', 'b53n-cert', 870);
const BCRYPT = tok('$2y$10$', fill('b53n-bcrypt', B62 + './', 53));
const LOGO_PNG = `iVBORw0KGgoAAAANSUhEUgAAAJYAAAAoCAYAAAA${b64Bytes('b53n-png', 300)}`;
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH53_NEGATIVES: DraftRecord[] = [
  rec('flight_plan', f`Can you check this ICAO flight plan for the morning repatriation leg? The FPL was rejected by IFPS and I can't see why.

(FPL-GSKYM-IN
-C56X/M-SDE2E3FGHIRWY/LB1
-EGPE0645
-N0430F410 DCT GOW UN601 LESTA UP6 RODOL UM65 TENLI DCT
-LEMG0310 LEBL
-PBN/B1D1O1S2 DOF/250314 REG/GSKYM EET/EGTT0032 LFFF0118 RMK/HOSP FLT PATIENT ON BOARD STS/HOSP)

Squawk assigned last time was 4721, ATC slot 06:52Z.`),

  rec('chat', f`Quick sanity check of my position sheet before I send it to risk:

KCN25 long 42 lots @ 386.40 c/lb
CCU25 short 15 lots @ £6,118/t
ICO marks on the Santos lot: 002/1147/0231 and 002/1147/0232
Containers: MSKU 482193 7, TCLU 730481 2 — B/L MAEU 241873905
Warehouse receipt ANR-CC-2025-00418 (Antwerp)

Is 42 lots roughly 700 t of coffee?`),

  rec('register_dump', f`The SerDes block reads back wrong after reset. Here's the dump from the JTAG console — which bits don't match the reset values in the spec table (CTRL=0x00000041, STAT=0x00000000, CDR_CFG=0x0310A00F)?

0x4002_3000  CTRL      0x00000043
0x4002_3004  STAT      0x00000800
0x4002_3008  CDR_CFG   0x0310A00F
0x4002_300C  EQ_CFG    0x00C8_1F24
0x4002_3010  PRBS_CNT  0x0000_0000
0x4002_3014  ID        0x5E4D_0102`),

  rec('git', f`Which of these commits should I cherry-pick onto the tapeout branch? Only the timing fixes.

${GIT('b53n-g1')} fix(sta): add false path for async reset sync in ddr_ctrl
${GIT('b53n-g2')} feat(dft): compress scan chains to 64
${GIT('b53n-g3')} fix(sta): multicycle 2 on div2 -> core crossings
${GIT('b53n-g4')} chore: bump docker image to eda-base@sha256:${SHA('b53n-dig')}
${GIT('b53n-g5')} fix(lint): waive W287 on serdes_rx`),

  rec('env_example', f`${amb('source_code.snippet', f`# quote-tool/.env.example — copy to .env and fill in
GOOGLE_MAPS_API_KEY=your-maps-key-here
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://<user>:<password>@localhost:5432/quotes
ADMIN_PASSWORD=
SESSION_SECRET=\${SESSION_SECRET}
CURRENCY_API_KEY=<ask finance>`)}

Write a short section for the README that explains each variable to a new developer.`),

  rec('env_test', f`${amb('source_code.snippet', f`# booking-web/.env.local (dev laptop only)
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_replace_me
DATABASE_URL=postgres://postgres:${amb('credential.database_url_password', 'postgres')}@localhost:5432/booking_dev`)}

Is it a problem that the publishable key in my local env is the live one? The secret key is test mode.`, 'Stripe test secret key and a publishable key: not secrets by convention; the postgres/postgres local default password is ambiguous'),

  rec('devis_fr', f`Peux-tu reformuler ce devis pour qu'il soit plus lisible ?

DEVIS N° D-2025-0932 — Orbis Relocations France SAS
SIRET 814 237 954 00023 — TVA intracom. FR 25 814237954
Volume estimé : 38 m³ — distance : 5 640 km (Lyon → Montréal, maritime)
Prestation : emballage complet, caisse bois pour piano, assurance ad valorem 1,2 %
Total HT : 9 870,00 € — TVA 20 % : 1 974,00 € — Total TTC : 11 844,00 €
Validité : 30 jours.`),

  rec('pruefbericht_de', f`Kannst du den Prüfbericht für den Kunden in verständliche Sprache übersetzen?

Untersuchungsbericht HU nach § 29 StVZO
Prüfnummer: 2025-HH-0418-07731
FIN: WVWZZZ1KZ8W427315
Kilometerstand: 184 402
Erstzulassung: 06/2008
Festgestellte Mängel: Bremsscheibe vorne links verschlissen (EM), Abblendlicht Einstellung fehlerhaft (GM)
Ergebnis: Plakette nicht zugeteilt – Wiedervorstellung binnen 1 Monat`),

  rec('chat_nl_be', f`Ik moet volgende week een nieuwe keurder laten tekenen voor een geheimhoudingsovereenkomst. Kun je een eenvoudig sjabloon maken in het Nederlands? Geen juridisch jargon als het kan, en vermeld dat de vertrouwelijkheidsplicht ook na het einde van het contract blijft gelden.`),

  rec('chat_sv', f`Kan du sammanställa statusen för de här flyttarna i en tabell?

Order 50-2291, Uppsala → Aarhus, lastad 2025-05-06, spårning DHL 7731 9028 44, levereras v. 20
Order 50-2298, Malmö → Gdańsk, väntar på tullpapper (MRN 25SE000481273916A2)
Order 50-2304, Umeå → Tromsø, bokad 2025-05-19, bil ABC 123 (firmabil)`),

  rec('form_cs', f`Udělej mi z toho přehledný formulář v tabulce pro web:

Žádost o příspěvek na bydlení
Jméno a příjmení: ____________________
Rodné číslo: ______/____
Datum narození: DD.MM.RRRR
Číslo účtu: ______-__________/____
Telefon: +420 ___ ___ ___
E-mail: ____________@________`),

  rec('chat_sk', f`Vysvetli mi, čo znamenajú tieto údaje v protokole z technickej kontroly:

Číslo protokolu: TK-2025-SE-048812
Kód chyby: 6.1.4.b (nebezpečná), 5.3.1.a (menej závažná)
Číslo emisnej kontroly: EK-481-2025-03
Nasledujúca kontrola: 03/2027
Hodnota CO: 0,12 % obj., lambda 1,004`),

  rec('chat_hu', f`A bank ezt az értesítést küldte, de nem tudom, melyik előfizetés lehet. Segítesz kitalálni?

"Csoportos beszedési megbízás teljesítve: HU** **** **** **** **** **** 4711, kedvezményezett azonosító A12345678, összeg 8 990 Ft. Kártya: **** **** **** 2204."

Netflix, Telekom és edzőterem van még.`, 'masked account and card numbers'),

  rec('chat_ro', f`Banca îmi respinge transferul către firma de mutări, zice că IBAN-ul e invalid: RO17 BTRL 0130 1205 X482 17XX. L-am copiat din factura lor. Poate fi o greșeală de tipar în factură? Ce cifre verific?`, 'IBAN with wrong check digits'),

  rec('chat_bg', f`Напиши ми кратка политика за пароли за служителите в отдел „Жилищни помощи": минимум 12 символа, без задължителна смяна на 90 дни, двуфакторна автентикация за достъп до делата, забрана да се записват пароли на листчета. Без технически жаргон.`),

  rec('chat_sr', f`Možeš li mi objasniti razliku između ovih verzija softvera za planiranje letova? Na jednom tabletu imamo 12.4.1 (build 2025.02.18.3), na drugom 12.3.7 (build 2024.11.30.1). Dispečer kaže da 12.4 ima novi format za NOTAM-e.`),

  rec('notam_el', f`Μετάφρασε στα αγγλικά για το πλήρωμα του SX-AMR:

A0412/25 NOTAMN
Q) LGGG/QMRLC/IV/NBO/A/000/999/3752N02651E005
A) LGSM B) 2503150600 C) 2503151400
E) ΔΙΑΔΡΟΜΟΣ 09/27 ΚΛΕΙΣΤΟΣ ΛΟΓΩ ΕΡΓΑΣΙΩΝ

Δηλαδή δεν μπορούμε να προσγειωθούμε στη Σάμο το πρωί;`),

  rec('chat_tr', f`Bu istasyon kodlarını ve randevu numaralarını ilçelere göre gruplayabilir misin?

IST-KRT-04 → randevu 2025/041187, 2025/041190
IST-TZL-02 → randevu 2025/041203
ANK-ETM-01 → randevu 2025/039876
Hepsi 14 Nisan sabah seansı.`),

  rec('chat_he', f`אני צריך לוודא שהקבצים של ה-PDK הגיעו שלמים. אלה ה-checksums מהספק — איך אני משווה אותם בלינוקס?

${SHA('b53n-pdk1')}  pdk_n6_v1.4.tar.gz
${SHA('b53n-pdk2')}  stdcell_lib_v1.4.tar.gz
${SHA('b53n-pdk3')}  io_lib_v1.4.tar.gz`),

  rec('chat_ar', f`ممكن تلخص حالة الشحنات دي في جدول؟
- بوليصة الشحن MSCU 7283019 — بن برازيلي، ٢٠ حاوية، وصلت ميناء الإسكندرية ١٢ مارس
- شهادة المنشأ رقم 25/BR/004187
- إذن الإفراج الجمركي 2025-ALX-118204
- رقم الفاتورة التجارية INV-SNT-2025-0311`),

  rec('chat_fa', f`لطفاً این تاریخ‌ها را به میلادی تبدیل کن و برای برنامهٔ بارگیری کانتینر در یک جدول بگذار:
بارگیری تهران: ۱۴۰۴/۰۲/۱۵
ترخیص گمرک بندرعباس: ۱۴۰۴/۰۲/۲۲
حرکت کشتی: ۱۴۰۴/۰۲/۲۸ — شمارهٔ رزرو BKG-IR-2025-0418`),

  rec('chat_sw', f`Nisaidie kuandaa muhtasari wa mnada wa kahawa wa wiki hii:
Lot 4471 — Kilimanjaro AA, magunia 60, bei ya juu dola 412/50kg
Lot 4472 — Mbeya AB, magunia 45, dola 356/50kg
Lot 4480 — Ruvuma PB, magunia 12, haikuuzwa
Jumla ya magunia yaliyouzwa: 105.`),

  rec('chat_am', f`የዚህን ሳምንት የቡና ግብይት ማጠቃለያ በእንግሊዝኛ ፃፍልኝ፦
ሲዳማ ግሬድ 2 (WSDA2) — 1,240 ኩንታል
ይርጋጨፌ ግሬድ 1 (WYCA1) — 860 ኩንታል
ጅማ ግሬድ 5 (UJMA5) — 2,100 ኩንታል
የውል ቁጥር ECX-2025-0418-117`),

  rec('chat_hi', f`Yaar RTO ka driving test slot confirm ho gaya. Application number 2104251873, slot 18 April 10:30 AM, Sarathi pe token 48, track number 3. Mujhe bas ek reminder message bana do Hindi mein, family group mein bhejna hai.`),

  rec('chat_bn', f`এই চালানগুলোর মোট ওজন আর ভাড়া হিসাব করে দাও:
চালান নং ORB-BD-2025-0418 — ১২৪০ কেজি, ৭.৫ ঘনমিটার
চালান নং ORB-BD-2025-0421 — ৮৬০ কেজি, ৫.২ ঘনমিটার
চালান নং ORB-BD-2025-0433 — ২১০০ কেজি, ১২.৮ ঘনমিটার
রেট: প্রতি ঘনমিটার ১৮,৫০০ টাকা`),

  rec('log', f`ช่วยอธิบาย log นี้หน่อยครับ ทำไม request เดียวกันถูกส่งซ้ำสองรอบ

${amb('source_code.snippet', `2025-03-20T08:41:02.118+07:00 INFO  booking request_id=3f8a2c91-7d4e-4b6a-9e15-c02b8d7f4a63 branch=BKK-07 slot=2025-03-24T09:00 status=201
2025-03-20T08:41:02.904+07:00 INFO  booking request_id=3f8a2c91-7d4e-4b6a-9e15-c02b8d7f4a63 branch=BKK-07 slot=2025-03-24T09:00 status=409
2025-03-20T08:41:03.011+07:00 WARN  retry idempotency_key=a91e4f27-0c3b-4d85-b6a2-7e1f9c3d5084 attempts=2`)}`),

  rec('chat_ms', f`Kad pesakit ditolak semasa bayaran deposit untuk penerbangan ambulans. Keluarga beri nombor 4539 1782 0461 5733, tetapi sistem kata "nombor kad tidak sah". Mungkin salah satu digit tersilap taip? Bagaimana saya nak terangkan kepada keluarga dengan sopan?`, 'Luhn-failing card number (a typo)'),

  rec('chat_ja', f`CRC-32 の多項式の表記がいろいろあって混乱しています。0x04C11DB7、0xEDB88320、0x82608EDB はすべて同じものですか？ テストベクタは "123456789" に対して 0xCBF43926 になるはずです。`),

  rec('chat_zh_tw', f`請幫我把這批晶圓的資訊整理成表格：
Lot ID：NX6-25A0418，晶圓編號 W01–W25
測試程式版本：KSTRL_FT_v2.3.1
良率：W03 91.2%、W07 88.7%、W15 93.4%
出貨單號：SO-HSC-250418-07`),

  rec('pr_review', f`Security review asked whether we leaked a key in the kiosk repo. This is what's committed — it's the TLS certificate of the inspection kiosk, not the private key, right?

${KIOSK_CERT}`),

  rec('chat', f`Our old booking system stores passwords like ${ambCat('credential', BCRYPT)} in the users table. The new provider wants to import them. Is bcrypt with cost 10 still acceptable or should we force resets?`, 'bcrypt password hash: ambiguous, no rule id'),

  rec('receipt', f`Translate this receipt for our accounts team in Zürich:

RECEIPT — Testwise Centres Ltd
Booking ref: TW-PR-558120
Practical car test, Reading, 02/04/2025 10:14
Paid: £62.00 — Visa Debit •••• 6256
Auth code: 084172
VAT reg.: GB 284 7193 60`, 'masked card, VAT registration number'),

  rec('chat', f`Two quick ones: (1) what is "confidential computing" and would it matter for running our EDA jobs on a public cloud? (2) I'm fairly confident the foundry NDA covers the shuttle partners — can you list what such an NDA usually includes?`),

  rec('firewall', f`Can you explain what these rules on the inspection station router do, and whether the order matters?

${amb('source_code.snippet', f`iptables -A INPUT -s ${amb('pii.ip_address', '192.168.40.0')}/24 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -s ${amb('pii.ip_address', '185.76.14.9')} -p tcp --dport 443 -j ACCEPT
iptables -A INPUT -p tcp --dport 443 -j DROP
iptables -A FORWARD -i eth1 -o eth0 -m state --state ESTABLISHED,RELATED -j ACCEPT`)}`),

  rec('docs', f`From the payment provider's test guide, which card should I use to simulate a 3-D Secure challenge for the driving-test booking form? The guide lists ${amb('financial.payment_card', '4988 4388 4388 4305')} for "Visa, 3DS2 challenge" and ${amb('financial.payment_card', '4000 0200 0000 0000')} for "Visa, frictionless". Which one do I put into the sandbox checkout?`, 'payment-provider test cards: ambiguous like other well-known test cards'),

  rec('html_email', f`The logo doesn't show in Outlook. Template header:

${amb('source_code.snippet', f`<table role="presentation" width="100%"><tr><td align="center">
  <img src="data:image/png;base64,${LOGO_PNG}" width="150" height="40" alt="Orbis Relocations">
</td></tr></table>`)}`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/pdfkit": {
  "version": "0.15.2",
  "resolved": "https://registry.npmjs.org/pdfkit/-/pdfkit-0.15.2.tgz",
  "integrity": "${INTEGRITY('b53n-int1')}"
},
"node_modules/fontkit": {
  "version": "2.0.4",
  "resolved": "https://registry.npmjs.org/fontkit/-/fontkit-2.0.4.tgz",
  "integrity": "${INTEGRITY('b53n-int2')}"
}`)}

npm ci says EINTEGRITY for pdfkit on the benefits-letter generator. Cache problem?`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Publish wafer-map dashboard
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.DASH_AWS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.DASH_AWS_SECRET }}
    GRAFANA_TOKEN: \${{ secrets.GRAFANA_TOKEN }}
  run: ./deploy/publish.sh "\${{ github.sha }}"`)}

Will secrets be masked if publish.sh echoes them in a subshell?`),

  rec('k8s', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: flightboard-db
        key: password
  - name: EFB_SYNC_TOKEN
    valueFrom:
      secretKeyRef:
        name: efb-sync
        key: token`)}

The pod can't start: "secret efb-sync not found". It's in the ops namespace, pod is in dispatch.`),

  rec('chat_fr_ci', f`Aide-moi à rédiger le rapport de campagne pour la coopérative :
Lots livrés : CI-SP-25-0418 à CI-SP-25-0431 (14 lots, 182,4 t)
Taux de grainage moyen : 98 fèves / 100 g
Humidité : 7,2 % — moisissures 2,1 %
Et ajoute une phrase sur le secret d'une bonne fermentation : six jours en caisse, brassage tous les deux jours.`),

  rec('chat_es_co', f`Parce, olvidé mi contraseña del portal de la Federación y no me llega el correo de recuperación. ¿Qué opciones tengo? Mientras tanto, ¿me ayudas a calcular cuánto es 180 cargas a 2.350.000 pesos la carga, menos 1,5 % de retención?`),

  rec('chat_es_pe', f`Ayúdame a armar la factura para el cliente corporativo:
Razón social: Mudanzas Andinas del Perú S.A.C.
RUC: 20548173926
Servicio: mudanza internacional Lima – Santiago, 2 contenedores de 40 pies
Orden de compra: OC-2025-00481
Monto: S/ 38.420,00 + IGV`, 'company tax number (RUC of a company)'),

  rec('chat_pt_ao', f`Podes preparar uma carta de apresentação da empresa para o novo cliente em Benguela?
Orbis Mudanças Angola, Lda.
NIF: 5417382946
Alvará comercial n.º 2025/LDA/00418
Sede: Rua Rainha Ginga, Luanda`, 'company tax number'),

  rec('chat_de', f`In der Dokumentation für die Prüfstellen-Software steht bei "Passwort:" nur ******** und bei Benutzername "pruefer01". Muss ich da etwas eintragen, oder ist das nur ein Beispielbild? Die Software fragt mich beim ersten Start nach einem neuen Passwort.`),

  rec('chat', f`Our call-out app rejects these numbers as invalid, and I think it's right to. Can you confirm? "+44 1224 00000", "0800 12345", "+1 555 0100" and "999". The first one is from a test data sheet.`, 'phone-shaped numbers that libphonenumber rejects; 999 is an emergency short code'),

  rec('chat', f`For the board bring-up checklist, list these parts in a table with package and supplier:

- MT53E512M32D1ZW-046 (LPDDR4X, 200-ball FBGA)
- TPS65219RHBR (PMIC)
- SI5341B-D-GMR (clock generator)
- 88E1512-A0-NNP2I000 (Ethernet PHY)
- Board MAC base 00:1A:2B:3C:00:10, 4 ports`),

  rec('chat', f`Can you convert these to a dosage table for the aircraft drug bag audit? Ketamine 500 mg/10 ml lot KT2503A exp 09/2026; Adrenaline 1 mg/10 ml lot AD4471B exp 01/2027; Tranexamic acid 1 g/10 ml lot TX0912C exp 11/2026; Morphine 10 mg/1 ml lot MO7718 exp 06/2026 (CD register page 48).`),

  rec('chat', f`We're writing the tender response for the municipal staff relocation contract. Can you draft a paragraph on how we handle confidentiality of employee home addresses and family details? Keep it general — no actual data.`),
];

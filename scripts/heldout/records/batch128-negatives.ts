/**
 * Held-out batch 128: hard negatives — text from the six organisations of the setting that looks
 * sensitive and is not (tests/corpus/README.md, "Decisions on negatives"): public wallet addresses,
 * TLEs, lot numbers, placeholders, masked values, test cards, fictional phone ranges. Unlabelled apart
 * from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b128n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b128n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const ETH = (seed: string) => `0x${fill(seed, HEX.slice(0, 16), 40)}`;
const BTC = tok('bc1q', fill('b128n-btc', '023456789acdefghjklmnpqrstuvwxyz', 38));
const CERT = pem('CERTIFICATE', 'b128n-cert', 820);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b128n-sshpub', B64, 43)} ops@gs-sdk-acu01`;
const PNG_B64 = b64Bytes('b128n-png', 180);

export const BATCH128_NEGATIVES: DraftRecord[] = [
  // ——— crypto exchange ———
  rec('withdrawal_review_en', f`Withdrawal review WD-2025-0381127 – can you summarise the on-chain trail for the case file?

Destination: ${ETH('b128n-eth1')} (ERC-20 USDT)
Funds came from ${ETH('b128n-eth2')} via two hops; tx ${`0x${SHA('b128n-tx1')}`} in block 21874093.
BTC leg: ${BTC}, 3 confirmations, tx ${SHA('b128n-tx2')}.
Chainalysis exposure: 0.4% gambling, no sanctions exposure.`, 'public wallet addresses and transaction hashes: not secrets'),

  rec('api_docs_ja', f`この API ドキュメントの日本語訳をチェックしてください：

リクエストヘッダーに \`X-CV-APIKEY: <あなたのAPIキー>\` を設定し、クエリ文字列を \`<シークレットキー>\` で HMAC-SHA256 署名してください。例：\`signature=<署名>\`。APIキーは他人と共有しないでください。`),

  rec('receipt_pl', f`Potwierdzenie wpłaty
Kwota: 2 000,00 PLN
Karta: Visa **** **** **** 4417
Nr transakcji: DEP-20250214-882193
Status: zaksięgowano 14.02.2025 18:42

Przetłumacz na angielski, proszę.`),

  rec('qa_ticket_es', f`En staging el depósito con la tarjeta de prueba ${amb('financial.payment_card', '4242 4242 4242 4242')} pasa bien, pero con ${amb('financial.payment_card', '4000 0000 0000 0002')} (la de "card_declined") la app se queda colgada en vez de mostrar el error. ¿Dónde miro?`, 'well-known Stripe test cards: ambiguous'),

  rec('chat_ko', f`블록 탐색기에서 본 트랜잭션 해시가 ${SHA('b128n-txko')}인데 우리 어드민에서는 "pending"이에요. 블록 높이 884213에서 6 컨펌이면 완료 처리해도 되나요?`),

  rec('uuid_de', f`Bitte die folgenden Auszahlungen in der Review-Queue wieder freigeben (alle Duplikate vom Retry-Bug):
wd_4b9e2c71-8d3a-4f60-a1b5-7c2e9d0f4a83
wd_91f3a6d2-0c7b-4e58-9d14-3a8b6e2f7c05
wd_2d7c8e14-5f9a-4b30-b6e1-0a9d3c4f8e27
Schreib mir das passende SQL-Update.`),

  rec('kyc_template_fr', f`Peux-tu améliorer la mise en page de ce formulaire KYC vierge ?

Nom : ______________________
Date de naissance : JJ/MM/AAAA
Nationalité : ______________
N° de passeport : ___________
Adresse e-mail : ____________@__________
Téléphone : +__ ___ ___ ___`),

  rec('training_en', f`Write a short customer-safety banner for the withdrawal page: support will never ask for your password, your 2FA codes or your seed phrase, and withdrawals to a new address are held for 24 hours.`),

  rec('env_test_it', f`${amb('source_code.snippet', f`# .env.test del sistema biglietteria – solo modalità test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/biglietti_test
MAILER_PASSWORD=\${MAILER_PASSWORD}`)}

È un problema che la chiave pubblicabile sia "live" nell'ambiente di test?`, 'Stripe test secret key and publishable live key: negatives; placeholders'),

  rec('env_example_nl', f`${amb('source_code.snippet', f`# .env.example – kopieer naar .env
KYC_PROVIDER_TOKEN=<jouw-token>
KYC_PROVIDER_SECRET=changeme
FIREBLOCKS_API_KEY=YOUR_API_KEY
FIREBLOCKS_SECRET_PATH=/run/secrets/fireblocks.key
DB_PASSWORD=********`)}

Schrijf een README-sectie die uitlegt waar je elke waarde vandaan haalt.`),

  rec('gha_tr', f`${amb('source_code.snippet', f`- name: Deploy withdrawals-svc
  env:
    DO_TOKEN: \${{ secrets.DIGITALOCEAN_TOKEN }}
    SENTRY_DSN: \${{ secrets.SENTRY_DSN }}
  run: ./deploy.sh "\${{ github.sha }}"`)}

Bu adımda secret'ları loglamak güvenli mi? Hata ayıklamak için echo eklemek istiyorum.`),

  // ——— satellite ground station ———
  rec('tle_en', f`Scheduler rejects this TLE with "checksum error". Which line is wrong?

BGL-EO-3
1 58412U 23185C   25091.48231944  .00002182  00000-0  11873-3 0  9991
2 58412  97.4962 163.2875 0011384 212.6871 147.3659 15.14832617 84217`),

  rec('pass_plan_no', f`Kan du lage en oversikt over passene i morgen for Tromsø-antennen?

NORAD 58412 (BGL-EO-3): AOS 04:12:37 UTC, LOS 04:24:05, maks elevasjon 62,4°, 8 212,5 MHz
NORAD 49260 (AIS-7): AOS 05:01:10 UTC, LOS 05:10:44, maks elevasjon 18,9°, 2 245,0 MHz
COSPAR 2023-185C og 2021-088B`),

  rec('modem_cfg_ru', f`Почему модем не захватывает несущую? Конфигурация приёма:

${amb('source_code.snippet', f`[rx1]
center_freq_hz = 8212500000
symbol_rate = 75000000
modulation = 8PSK
fec = LDPC_7_8
roll_off = 0.25
doppler_comp = tle
agc_target_dbm = -45`)}`),

  rec('nmea_is', f`GPS-móttakarinn á stöðinni sendir þessar setningar. Er staðsetningin rétt?

$GPGGA,041237.00,6415.2031,N,01512.4419,W,1,11,0.8,18.4,M,62.1,M,,*5C
$GPRMC,041237.00,A,6415.2031,N,01512.4419,W,0.01,0.00,010425,,,A*71`),

  rec('authorized_keys_fi', f`Onko turvallista lisätä tämä julkinen avain antenniohjaimen authorized_keys-tiedostoon?

${SSH_PUB}`, 'a public SSH key'),

  rec('cert_en', f`Customer sent their TLS certificate for the data-delivery endpoint, is it the intermediate or the leaf?

${CERT}`, 'a certificate: public'),

  rec('versions_fi', f`Toimivatko nämä versiot yhdessä?
- acu-controller 4.12.1.3 (firmware)
- ghcr.io/boreal/scheduler:2.8.0@sha256:${SHA('b128n-dig1')}
- libiio 0.25, gnuradio 3.10.9.2`),

  // ——— hospital pharmacy ———
  rec('lots_de', f`Kannst du mir die Chargen nach Verfallsdatum sortieren?

Oxaliplatin 5 mg/ml 20 ml – PZN 11184702 – Ch.-B. 24K1187 – verw. bis 10/2026
Gemcitabin 2 g – PZN 09502814 – Ch.-B. G40319A – verw. bis 03/2026
Bortezomib 3,5 mg – GTIN 04150123456782 – Ch.-B. BZ2291 – verw. bis 07/2025`),

  rec('dose_sv', f`Kontrollräkna gärna: KYA 1,84 m², docetaxel 75 mg/m² ger 138 mg. Karboplatin AUC 5 med GFR 92 ml/min ger 5 × (92 + 25) = 585 mg. Stämmer det?`),

  rec('training_en_uk', f`Can you draft a reminder for pharmacy staff about patient confidentiality? Keep it friendly: don't discuss patients in the lift, lock screens, and use the confidential waste bins for worksheets.`, 'casual use of "confidentiality"/"confidential waste": no marking'),

  rec('ndc_en_us', f`Which of these NDCs are the same product in different package sizes?
0069-0097-01, 0069-0097-02, 63323-0104-10, 0703-5748-01
And what does the 5-4-2 format mean?`),

  rec('stability_nl', f`Kun je deze stabiliteitstabel omzetten naar een overzichtelijke lijst?
Paclitaxel 0,3–1,2 mg/ml in NaCl 0,9%: 14 dagen 2–8 °C
Cyclofosfamide 2 mg/ml: 28 dagen 2–8 °C
Etoposide 0,4 mg/ml: 24 uur kamertemperatuur (precipitatie!)`),

  rec('policy_de_ch', f`Chasch mir e churze Text schriibe für d'Apotheke-Mitarbeitende: Passwörter nöd ufschriibe, nöd teile, und uf Screenshots vom Roboter-Login muess es "Passwort: ********" heisse, nie s'richtige.`),

  rec('chat_ta', f`இந்த மருந்தளவு அட்டவணையை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: சிஸ்பிளாட்டின் 75 மி.கி/மீ², 21 நாட்களுக்கு ஒருமுறை; 5-FU 1000 மி.கி/மீ²/நாள், நாள் 1 முதல் 4 வரை.`),

  // ——— tax-free / VAT refund ———
  rec('form_numbers_it', f`Questi moduli tax free risultano "non vidimati" ma il cliente ha il timbro. Numeri:
KTF-IT-25-0847193, KTF-IT-25-0847194, KTF-IT-25-0847201
Codice a barre: 8031 2504 7193 0012 5
Scontrini: 0047-0012, 0047-0013. Cosa faccio?`, 'tax-free form barcode: Luhn-failing, not a card'),

  rec('vat_ids_fr', f`Vérifie le format des numéros de TVA intracommunautaire de ces magasins partenaires avant l'import : FR 40 303265045, IT 00743110157, DE 129273398, ES B12345674. Le système refuse le premier.`),

  rec('refund_table_ja', f`免税手続きの還付額早見表を作ってください。購入額 ¥5,000 → 還付 ¥455、¥50,000 → ¥4,545、¥500,000 → ¥45,454（手数料込み）。`),

  rec('gift_card_ko', f`면세점 기프트카드 번호 6035 8810 2947 3365 이 "유효하지 않음"으로 떠요. 뒷면 PIN은 긁어서 확인했어요. 어디에 문의해야 하나요?`, 'gift card number that fails the Luhn check'),

  rec('flight_ar', f`مسافر يسأل عن الاسترداد قبل رحلته: رحلة EK 072 من باريس، رقم الحجز (PNR) K7QX2M، المقعد 34A، الإقلاع 15:45. هل يكفي الوقت لختم الجمارك في مبنى 2C؟`),

  rec('iban_placeholder_de', f`Im Rückerstattungsformular steht als Beispiel "IBAN: DE00 0000 0000 0000 0000 00". Kunden tragen das manchmal einfach ab. Wie formuliere ich den Hilfetext besser?`),

  rec('masked_iban_pt', f`A app mostra o reembolso como enviado para "PT50 **** **** **** 4821 9" no dia 3. O cliente diz que não recebeu. Que prazos posso indicar?`),

  rec('chat_ms', f`Kaunter bayaran balik cukai di KLIA dibuka 6 pagi hingga 12 tengah malam. Tolong tulis notis ringkas dalam Bahasa Melayu dan Inggeris, termasuk bahawa resit asal dan pasport diperlukan.`),

  // ——— school-bus contractor ———
  rec('vins_en_us', f`Fleet list for the insurance renewal, please sort by model year:
Bus 0871 – VIN 4UZABRDU8NCNL2914 – 2022 Thomas C2
Bus 0874 – VIN 1BAKGCPA5KF348221 – 2019 Blue Bird Vision
Bus 0902 – VIN 4DRBUC8N6RB937204 – 2024 IC CE`),

  rec('coords_pl', f`Przystanek przy ul. Leśnej ma współrzędne 50.0647, 19.9450, a w aplikacji pokazuje się po drugiej stronie ronda. Czy to kwestia układu współrzędnych?`),

  rec('driver_training_en_us', f`Role-play script for new dispatchers: the caller says "Hi, I'm calling about bus 14, my number is ${amb('pii.phone', '(937) 555-0147')}". Dispatcher should confirm the route, never give out another family's address, and log the call.`, 'fictional 555-01xx number: ambiguous'),

  rec('template_en_uk', f`Tidy up this SMS template for parents: "Yellowline: your child's bus is running approx. {mins} min late. Questions? Call the depot on ${amb('pii.phone', '07700 900418')}." (that's the test number in our staging system)`, 'Ofcom drama range: ambiguous'),

  rec('plates_cs', f`Seřaď prosím autobusy podle data STK: 4T2 8812 (STK 05/2025), 5AK 3390 (STK 11/2025), 1SL 7724 (STK 02/2026).`),

  rec('wifi_da', f`Chaufførerne spørger efter wifi i garagen. Netværket hedder YLW-Depot-Gaest, og koden står på klistermærket ved kaffemaskinen. Kan du skrive en kort seddel om det?`),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն. «Դպրոցական ավտոբուսի երթուղի 5. Կանգառներ՝ Կասկադ 07:40, Օպերա 07:48, դպրոց 08:05»:`),

  // ——— touring circus ———
  rec('orders_ca', f`Pots ordenar aquestes comandes d'entrades per data de funció?
Comanda VLR-BCN-2025-048213 – Fila F seients 12-15 – 22/05 18:00
Comanda VLR-BCN-2025-048377 – Llotja 3 – 23/05 12:00
Comanda VLR-BCN-2025-048402 – Grada C fila 2 seients 1-6 – 22/05 21:00`),

  rec('rigging_hu', f`Ellenőriznéd a számítást? A trapéz felfüggesztési pontján a statikus terhelés 2 × 68 kg, dinamikus szorzó 2,5, így 340 kg; a lánc WLL-je 1000 kg, biztonsági tényező 5:1.`),

  rec('running_order_ro', f`Fă-mi te rog un program tipărit pentru spectacol: 19:00 deschidere, 19:05 acrobați pe cai, 19:20 jonglerii, 19:40 pauză, 20:00 trapez, 20:25 clovni, 20:45 final.`),

  rec('chat_sl', f`Za premiero pripravljamo strogo varovano presenečenje za publiko – nihče ne sme izdati, da bo na koncu ognjemet. Napiši mi kratko skrivnostno objavo za Instagram.`, 'casual "secret"/"surprise": no marking'),

  rec('transponder_de_at', f`Für die Einreise der Pferde nach Ungarn: Transpondernummern 040098100482917 und 040098100482934, Equidenpässe AT-0401-2017-0093 und AT-0401-2019-0217. Welche Dokumente brauchen wir noch?`, 'horse transponder numbers (starting 0): not cards'),

  rec('isbn_bg', f`Програмата на шоуто има ISBN 978-954-28-4219-0, а плакатът – баркод 3800123456786. Трябват ли ни и двата на гърба на брошурата?`),

  rec('phishing_th', f`ลูกค้าได้อีเมลหลอกลวงที่อ้างว่าเป็นเรา ขอให้กรอกเลขบัตร 4539 1488 0343 6468 เพื่อรับเงินคืนภาษี ช่วยเขียนประกาศเตือนลูกค้าหน่อย`, 'card-like number in a phishing example: fails the Luhn check'),

  rec('pr_vi', f`Review giúp mình PR này: commit 7c3e91a thêm kiểm tra tier KYC, commit b41f0d2 sửa test. Tag release v2.14.3, build 2025.04.09.2.`),

  rec('css_bn', f`কিওস্কের লোগোটা ঝাপসা দেখাচ্ছে কেন?

${amb('source_code.snippet', f`.logo { background: url("data:image/png;base64,${PNG_B64}") no-repeat center / contain; width: 48px; height: 48px; }`)}`),

  rec('chat_en', f`I'm confident the new kiosk UI is better, but legal wants a "confidentiality agreement template" for the agency doing the usability tests. What should a basic one cover?`, 'casual "confidential": no marking'),
];

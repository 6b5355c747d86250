/**
 * Held-out batch 74: hard negatives — part numbers, customs references, sensor data, tax thresholds,
 * placeholders, test values, hashes and casual uses of "secret"/"confidential" in many languages
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b74n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b74n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b74n-cert', 820);
const PUBKEY = pem('PUBLIC KEY', 'b74n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2y$10$', fill('b74n-bcrypt', B62 + './', 53));
const MD5CRYPT = tok('$1$', fill('b74n-md5s', B62, 4), '$', fill('b74n-md5h', B62 + './', 22));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${fill('b74n-png', B64, 160)}`;
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH74_NEGATIVES: DraftRecord[] = [
  rec('env_example', f`Schreib mir bitte eine README-Sektion, die jede Variable erklärt:

${amb('source_code.snippet', f`# .env.example – nach .env kopieren und ausfüllen
DB_HOST=localhost
DB_USER=dienstplan
DB_PASSWORD=<dein-passwort>
OIDC_CLIENT_SECRET=\${OIDC_CLIENT_SECRET}
SMTP_PASSWORD=
MAPS_API_KEY=YOUR_API_KEY`)}`),

  rec('chat_de', f`Ich brauche eine Tabelle für das Angebot an die Werkstatt Schulte, bitte mit Spalten Artikel / OE-Nummer / Bosch-Nr. / Preis:
- Bremsscheibe vorne, VW Golf VII: OE 5Q0 615 301 F, Bosch 0 986 479 C20, 48,90 €
- Zündkerze: OE 04E 905 612 C, Bosch 0 242 135 529, 9,40 €
- Lichtmaschine 140A: OE 03L 903 023 F, Bosch 0 986 048 820, 219,00 €
HSN/TSN des Kundenfahrzeugs: 0603/BGU. Bestellung 4500219837 vom 11.03.`, 'OE and Bosch part numbers, some phone-shaped: not phone numbers'),

  rec('receipt_tr', f`Bu sipariş özetini İngilizceye çevirir misin? Müşteri yabancı.

Sipariş No: PX-TR-7718204
Tarih: 11.03.2025 14:22
Ürün: Ön amortisör takımı (Renault Clio IV) × 1
Ödeme: Kredi kartı **** **** **** 4417, tek çekim
Kargo: Yurtiçi Kargo, takip no 718204339215
Toplam: 3.249,90 TL (KDV dahil)`),

  rec('email_nl', f`Kun je uitleggen wat deze gegevens op de douanepapieren betekenen? Nieuwe collega snapt het niet.

MRN: 25NL00041873219QA4
Container: MSKU 771820 4, CMAU 418273 9
GN-code: 8708 30 91 (remschijven)
Douaneregeling: 7100 (douane-entrepot), vergunning NLCWPBH001245
EORI afzender: GB418273650000
Zegelnummers: 0048127, 0048128`),

  rec('log_is', f`Hvað þýða þessir dálkar? Þetta er úr mælaskránni fyrir lónið:

${amb('source_code.snippet', f`timastimpill;stod;haed_m_ys;rennsli_m3s;hiti_c
2025-03-14T03:00:00Z;HVI-01;411.82;143.6;0.4
2025-03-14T03:10:00Z;HVI-01;411.84;144.1;0.4
2025-03-14T03:20:00Z;HVI-02;408.27;96.3;0.6`)}

Stöðin HVI-01 er á 64.4181° N, 19.6208° W.`),

  rec('chat_ko', f`배포 노트 초안 좀 다듬어 주세요.

- 이미지: registry.partlix.kr/search-api@sha256:${SHA('b74n-dig1')}
- 커밋: 9f3e1a7c, 4b8d02e1, e71c5a90
- 검색 인덱스 버전 2025.03.11-2, Elasticsearch 8.15.3 → 8.17.1
- 요청 ID 예시: 7c2e91a4-3b6d-4f18-9e05-d1a7b8c4f230`),

  rec('chat_fr', f`Bonjour, pouvez-vous me proposer un modèle d'accord de confidentialité pour les bénévoles de la maison de répit ? Il doit couvrir le respect de la vie privée des familles, les photos et les réseaux sociaux. Pas trop juridique, une page maximum.`),

  rec('chat_es', f`¿Me explicas cómo funciona la escala del Impuesto sobre el Patrimonio? Tengo entendido que el mínimo exento general es de 700.000 €, que la vivienda habitual está exenta hasta 300.000 € y que el último tramo empieza en 10.695.996,06 € al 3,5 %. Además, ¿cómo encaja el Impuesto Temporal de Solidaridad de las Grandes Fortunas (Ley 38/2022, art. 3)?`),

  rec('chat_sv', f`Kan du hitta på en rolig lek för julfesten på språkskolan? Vi tänkte "hemlig tomte" men alla elever firar inte jul, så det ska vara neutralt. Budget 50 kr per person.`),

  rec('chat_pt', f`O cliente diz que o vale-oferta não funciona no checkout: código ${amb('financial.payment_card', '6035 7715 2209 4418')}, validade 31/12/2025. O sistema diz "número inválido". Como lhe explico que tem de contactar a loja onde o comprou?`, 'gift-voucher number meant to fail Luhn; it passes, in a card range, so ambiguous (label fix at measurement)'),

  rec('docs_de_ch', f`Formatiere diese Ausfüllhilfe für das Mandantenformular schöner:

IBAN: CHkk BBBB BCCC CCCC CCCC C (21 Zeichen, ohne Leerzeichen eingeben)
AHV-Nummer: 756.XXXX.XXXX.XX
Geburtsdatum: TT.MM.JJJJ
Telefon: +41 XX XXX XX XX`),

  rec('code_ts', f`Unit tests for our IBAN validator — the last case should fail, right?

${v('source_code.snippet', f`describe('validateIban', () => {
  it('rejects wrong check digits', () => {
    expect(validateIban('DE00 2218 4256 3488 8829 91')).toBe(false);
  });
  it('rejects wrong length', () => {
    expect(validateIban('NL30RABO91183499')).toBe(false);
  });
  it('rejects letters in a numeric BBAN', () => {
    expect(validateIban('ES17 0049 1500 0512 3456 78O9')).toBe(false);
  });
});`)}`, 'invalid IBANs in a validator test: no financial label'),

  rec('form_template', f`Make this intake form accessible for screen readers (labels, hints):

Client name: ______________________
SSN: 000-00-0000
Date of birth: MM/DD/YYYY
Phone: (XXX) XXX-XXXX
Routing number: _ _ _ _ _ _ _ _ _`),

  rec('chat', f`What's the difference between confidential computing (like AWS Nitro Enclaves) and just encrypting data at rest? Our board asked whether we need it for the client portal.`),

  rec('chat_it', f`Ci serve un testo per la bacheca della cucina dell'hospice: la nostra cuoca Rosa ha una ricetta segreta per la torta di mele che i bambini adorano, e vogliamo organizzare un pomeriggio in cui la prepara con i fratelli dei pazienti. Tono caldo, 5 righe.`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test – committed on purpose, Stripe test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
PAYOUT_DRY_RUN=true`)}

Is it a problem that the publishable key in the test env is a live one?`),

  rec('chat_is', f`Er óhætt að setja þetta í opna Git-geymslu? Þetta er skírteinið sem er á vefþjóni mælakerfisins:

${CERT}

og opni lykillinn sem við notum til að staðfesta undirskriftir:

${PUBKEY}`),

  rec('chat', f`Old PHP admin panel for the volunteer tutors stores hashes like ${ambCat('credential', BCRYPT)} in the users table. Is bcrypt with cost 10 still acceptable or should we migrate to argon2id?`, 'a password hash: crackable offline but not the secret itself; ambiguous'),

  rec('network_config', f`Kjo është konfigurimi i vjetër i ruterit në sallën e kontrollit, a duhet ta ndryshoj hash-in?

${amb('source_code.snippet', f`hostname RTR-DIGA-01
enable secret 5 ${amb('credential.network_device_secret', MD5CRYPT)}
ip domain-name diga.local
crypto key generate rsa modulus 2048`)}`),

  rec('helm_values', f`${amb('source_code.snippet', f`database:
  host: postgres.eftirlit.svc
  user: grafana
  password: {{ .Values.db.password }}
  existingSecret: grafana-db
smtp:
  password: \${SMTP_PASSWORD}`)}

Af hverju les chartið ekki existingSecret?`),

  rec('css', f`الأيقونة في صفحة التسجيل تظهر مشوشة، هل المشكلة في الصورة؟

${amb('source_code.snippet', f`.logo-small {
  width: 16px;
  height: 16px;
  background-image: url("data:image/png;base64,${PNG_B64}");
}`)}`),

  rec('firmware_sums', f`Prosím over, či sedia kontrolné súčty firmvéru pre PLC pred aktualizáciou:

plc-hradza-fw-4.2.7.bin  SHA-256 ${SHA('b74n-fw1')}
plc-hradza-fw-4.3.0.bin  SHA-256 ${SHA('b74n-fw2')}
Výrobca uvádza pre 4.3.0: ${SHA('b74n-fw2')}`),

  rec('package_lock', f`Me yasa \`npm ci\` ke kasa da "integrity checksum failed" a kan wannan fakitin kawai? Sauran suna shiga lafiya.

${amb('source_code.snippet', f`"node_modules/dayjs": {
  "version": "1.11.13",
  "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
  "integrity": "${INTEGRITY('b74n-int1')}"
},
"node_modules/zod": {
  "version": "3.24.2",
  "resolved": "https://registry.npmjs.org/zod/-/zod-3.24.2.tgz",
  "integrity": "${INTEGRITY('b74n-int2')}"
}`)}`),

  rec('chat_gl', f`Necesito o pedido de libros para o curso de galego para persoas migrantes:
- "Aula de galego 1", ISBN 978-84-9914-372-6, 18 exemplares
- "Vocabulario básico ilustrado", ISBN 978-84-9121-085-3, 18 exemplares
- Caderno de exercicios A1, ISBN 978-84-8302-716-9, 20 exemplares
Fai unha táboa co total, IVE do 4 % incluído.`),

  rec('chat_en_ng', f`Please summarise the tracking history for the importer:
Waybill: DHL 4187236501
Container: TGHU 882031 7, seal 0049182
Bonded warehouse entry no.: BW/APP/2025/00871
Form M no.: MF20250048127
PAAR ref: PAAR-2025-APP-331907
ETA Apapa: 18 March 2025`),

  rec('chat_ar_iq', f`شلون أحسب كمية المي اللي تطلع من السد باليوم إذا التصريف ١٤٣٫٦ متر مكعب بالثانية؟ وإذا المنسوب نزل من ٤١١٫٨٤ إلى ٤١١٫٢٠ متر خلال أسبوع، كم يعني هذا من الخزين إذا مساحة البحيرة ٣٢ كيلومتر مربع؟`),

  rec('chat_ne', f`बाँधको दैनिक प्रतिवेदन अङ्ग्रेजीमा अनुवाद गरिदिनुहोस्:
मिति: २०८१-११-३० (2025-03-14)
जलाशय सतह: 1,178.42 मिटर
इनफ्लो: 38.7 घन मिटर प्रति सेकेन्ड
उत्पादन: 1,842 मेगावाट घण्टा
युनिट ३ मर्मतका लागि बन्द।`),

  rec('chat_km', f`សូមបកប្រែទៅជាភាសាអង់គ្លេស៖ "ទំនិញលេខ BW-PP-2025-0417 ត្រូវបានរក្សាទុកនៅឃ្លាំងគយ ចាប់ពីថ្ងៃទី ០៣ ខែមីនា ឆ្នាំ ២០២៥។ ថ្លៃរក្សាទុក ១២ ដុល្លារ ក្នុងមួយប៉ាឡែត ក្នុងមួយថ្ងៃ។ ចំនួនប៉ាឡែត៖ ១៨។"`),

  rec('chat_lo', f`ຊ່ວຍສະຫຼຸບບົດລາຍງານປະຈຳວັນຂອງເຂື່ອນ: ລະດັບນ້ຳ 312,45 ແມັດ, ນ້ຳໄຫຼເຂົ້າ 412 ແມັດກ້ອນ/ວິນາທີ, ເປີດປະຕູນ້ຳລົ້ນ 2 ບານ ແຕ່ 06:00 ຫາ 18:00. ຫົວໜ່ວຍຜະລິດທີ 1 ແລະ 2 ເຮັດວຽກປົກກະຕິ.`),

  rec('chat_my', f`ဒီဇယားကို အင်္ဂလိပ်လို ပြန်ပေးပါ - ရေလှောင်ကန် ရေမျက်နှာပြင် ၁၈၅.၂ မီတာ၊ ဝင်ရေစီးနှုန်း စက္ကန့်လျှင် ၉၆၀ ကုဗမီတာ၊ ထုတ်လုပ်မှု ၃၂၀ မဂ္ဂါဝပ်၊ အမှတ် ၄ ယူနစ် ပြုပြင်ထိန်းသိမ်းမှုကြောင့် ပိတ်ထားသည်။`),

  rec('chat_mn', f`Энэ захиалгын жагсаалтыг хүснэгт болгоод нийт дүнг гаргаарай:
ЗХ-2025-03-0418 — тоормосны наклад, 2 ш, 86,000₮
ЗХ-2025-03-0419 — агаарын шүүлтүүр, 1 ш, 24,500₮
ЗХ-2025-03-0420 — генератор (Toyota Prius 30), 1 ш, 690,000₮`),

  rec('chat_yue', f`幫我寫個 WhatsApp 覆客：佢訂嘅 Honda Jazz 前避震已經寄出，順豐單號 SF1428736590142，預計聽日送到。訂單編號 PX-HK-558201，如果有問題可以 reply 呢個 chat。`),

  rec('chat_zh_tw', f`忘記密碼怎麼辦？我們賣家後台的「忘記密碼」信一直沒收到，已經檢查過垃圾郵件匣。是不是要請 IT 重設？請幫我寫一封給 IT 的請求信。`),

  rec('chat_ku', f`سڵاو، تکایە خشتەی وانەکانی ئەم هەفتەیە ڕێکبخە:
شەممە ١٠:٠٠ — ئاستی A1، ژووری ٢٠٤
یەکشەممە ١٤:٠٠ — ئاستی A2، ژووری ١١٢
دووشەممە ١٨:٠٠ — وانەی ئێوارە، ژووری ٢٠٤
تاقیکردنەوەی کۆتایی: ٢٨ی ئازار`),

  rec('chat_lt', f`Paaiškink, ką reiškia šie kodai muitinės deklaracijoje: procedūros kodas 7100, papildomas kodas 1X01, KN kodas 8708 30 91, akcizo ženklų serija AB 0481273–0481400. Rašyk paprastai, naujam sandėlininkui.`),

  rec('chat_mk', f`Ги споредуваме цените на делови. Направи ми табела:
Амортизер преден, EAN 4260414150234, 2.890 ден.
Комплет ремен, EAN 8690526014012, 4.150 ден.
Свеќица, OE 12290-R48-H01, 420 ден.`),

  rec('chat_bs', f`Napiši kratku poruku kolegama: sastanak o novom cjenovniku je u srijedu u 10h. Molim vas da podatke o maržama ne šaljete kupcima — to nije tajna, ali nije ni za javnost dok se ne odobri.`),

  rec('chat_ca', f`Em pots explicar la diferència entre el mínim exempt de l'Impost sobre el Patrimoni a Catalunya (500.000 €) i el de l'Estat (700.000 €)? I si un client amb residència a Andorra ha de presentar el model 714 per obligació real?`),

  rec('chat_es_pe', f`Necesito un informe corto para la gerencia: la central operó 23,4 horas el 13 de marzo, generó 1.482 MWh, caudal turbinado promedio 24,7 m³/s, nivel del embalse 3.852,40 m s. n. m. Sin incidentes de seguridad.`),

  rec('chat_sq', f`A mund të ma bësh një listë kontrolli për inspektimin mujor të digës? Pikat: piezometrat P-01 deri P-14, drenazhi në galerinë 2, kamerat në kurorë, gjeneratori diesel rezervë (test 30 min).`),

  rec('chat_ms', f`Terangkan kod prosedur kastam ini untuk pekerja baharu: borang K1 untuk import, K8 untuk pemindahan ke gudang berlesen, K2 untuk eksport. Nombor lesen gudang kami LMW-PK-0417 dan kod stesen kastam B10.`),

  rec('chat_si', f`මේ ඇණවුම් ලැයිස්තුව වගුවක් කරලා දෙන්න: PX-LK-20417 — brake pads (Toyota Axio) 2, PX-LK-20418 — oil filter 5, PX-LK-20419 — wiper blades 3. මුළු වටිනාකම රු. 48,750.`),

  rec('chat_kn', f`ನಮ್ಮ ಮಾರುಕಟ್ಟೆಯ ಹೊಸ ನಿಯಮ: ಪ್ರತಿ ಬಿಡಿಭಾಗಕ್ಕೂ OE ಸಂಖ್ಯೆ ಕಡ್ಡಾಯ (ಉದಾ: 04152-YZZA1, 90915-YZZD2). ಮಾರಾಟಗಾರರಿಗೆ ಇದನ್ನು ಸರಳವಾಗಿ ವಿವರಿಸುವ ಸಂದೇಶ ಬರೆಯಿರಿ.`),

  rec('chat', f`Our docs say to use ${amb('financial.payment_card', '4111 1111 1111 1111')} for checkout tests and the support line ${amb('pii.phone', '(212) 555-0147')} in screenshots. Is that safe for the public seller help center, or will people think it's real?`, 'well-known test card and a fictional 555-01xx number: ambiguous'),

  rec('chat_de', f`Wie formuliere ich in der Einladung zur Teamklausur, dass das Thema der Überraschungsfeier für unsere langjährige Hospizleitung noch ein Geheimnis bleiben soll? Locker, aber unmissverständlich.`),

  rec('git_log', f`Writing release notes from this log, can you group by feature?

${amb('source_code.snippet', f`a3f9c21 feat(fitment): add year-range overlap check
7e04b9d fix(search): debounce keyword input on iOS
c51d8e2 chore(deps): bump sharp 0.33.4 -> 0.33.5
19ab7f0 feat(payouts): weekly schedule for TR sellers
e8c2d43 docs: seller onboarding FAQ`)}`),

  rec('chat_fr_cm', f`Bonjour, reformule ce message pour les vendeurs : « Les virements Mobile Money se font maintenant chaque vendredi. Référence de paiement au format PX-CM-AAAA-NNNNN, par exemple PX-CM-2025-00418. Pour toute question, ouvrez un ticket dans l'espace vendeur. »`),

  rec('chat_pt_ao', f`Ajuda-me a calcular: 18 paletes no armazém alfandegado há 43 dias, tarifa 2.500 Kz por palete por dia nos primeiros 30 dias e 3.750 Kz depois disso. Quanto é o total a cobrar ao cliente?`),
];

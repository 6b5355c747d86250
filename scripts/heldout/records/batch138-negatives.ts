/**
 * Held-out batch 138: hard negatives — look-alikes from a translation agency, pet insurance, a
 * marshalling yard, a sleep lab, solar O&M and a lottery's prize office (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b138n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b138n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b138n-cert', 820);

export const BATCH138_NEGATIVES: DraftRecord[] = [
  // --- translation agency ---
  rec('glossary', f`Check the consistency of our UI term base for the login screen, the client complained that "password" is translated differently in the app and the help centre:

EN: Password / Forgot your password? / Confirm password
DE: Passwort / Passwort vergessen? / Passwort bestätigen
FR: Mot de passe / Mot de passe oublié ? / Confirmer le mot de passe
ES: Contraseña / ¿Olvidaste tu contraseña? / Confirmar contraseña
PT-BR: Senha / Esqueceu sua senha? / Confirmar senha
IT: Password / Password dimenticata? / Conferma password
PL: Hasło / Nie pamiętasz hasła? / Potwierdź hasło
JA: パスワード / パスワードをお忘れですか？ / パスワード（確認）
KO: 비밀번호 / 비밀번호를 잊으셨나요? / 비밀번호 확인
RU: Пароль / Забыли пароль? / Подтвердите пароль`),

  rec('i18n_json', f`Missing keys in the Turkish file? Compare with EN:

${amb('source_code.snippet', f`{
  "login.email.label": "E-posta adresi",
  "login.password.label": "Şifre",
  "login.password.placeholder": "Şifrenizi girin",
  "login.password.error.short": "Şifre en az 12 karakter olmalıdır",
  "login.dob.label": "Doğum tarihi",
  "login.dob.placeholder": "GG.AA.YYYY",
  "login.phone.label": "Telefon numarası"
}`)}`),

  rec('env_example', f`${amb('source_code.snippet', f`# connector-xtm/.env.example — copy to .env and fill in
XTM_BASE_URL=https://xtm.example.com/project-manager-api-rest
XTM_USER=<api user>
XTM_PASSWORD=<your-password>
DEEPL_API_KEY=YOUR_API_KEY
OPENAI_API_KEY=sk-...
SLACK_WEBHOOK_URL=\${SLACK_WEBHOOK_URL}`)}

Write a README section explaining each of these for new PMs.`),

  rec('chat_zh', f`我们要给新签约的自由译者准备一份保密协议模板（NDA），中英文对照，请帮我列出应该包含的主要条款。`),

  rec('chat_de', f`Kannst du mir eine Vorlage für eine Vertraulichkeitsvereinbarung mit freiberuflichen Übersetzern schreiben? Zweisprachig Deutsch/Englisch, mit Vertragsstrafe.`, 'a request for a confidentiality agreement template: casual use'),

  rec('analysis', f`Can you turn this Trados analysis into a quote? Rate €0.11/word, fuzzy bands paid at 60% (75–94%) and 30% (95–99%), repetitions and 100% at 25%.

Files: 14 | Segments: 3 812 | Words: 48 217
Context Match: 1 204 | Repetitions: 6 918 | 100%: 9 331
95–99%: 2 417 | 85–94%: 3 128 | 75–84%: 1 906 | 50–74%: 4 772 | New: 18 541`),

  rec('chat_fi', f`Käännä tämä romaanin katkelma englanniksi: "Hän kuiskasi salasanan vartijalle, mutta vartija vain nauroi. – Se on ollut eri sana jo viikon, hän sanoi. Salaisuus oli paljastunut."`),

  rec('isbn', f`Order these dictionaries for the new Georgian and Armenian desk:
- ISBN 978-9941-0-2748-3, ქართულ-ინგლისური ლექსიკონი, 2 copies
- ISBN 978-9939-1-0483-7, Հայերեն-անգլերեն բառարան, 1 copy
- ISBN 978-0-19-872481-5, Oxford Guide to Translation, 3 copies`),

  rec('chat_ko', f`비밀번호 정책 안내문을 영어로 번역해 주세요: "비밀번호는 12자 이상이어야 하며, 90일마다 변경할 필요는 없습니다. 다른 사이트와 같은 비밀번호를 사용하지 마세요."`),

  // --- pet insurance ---
  rec('claim_summary_de', f`Fass den Schadenfall bitte für die Kundin zusammen:

Vertrag: FEL-DE-4418273 · Schaden: SCH-2024-118274
Tier: Hündin „Luna", Mikrochip ${'276098106482718'}
Rechnung Tierklinik (GOT, 2-facher Satz): Kreuzbandriss-OP 1.842,36 €, Nachkontrolle 68,72 €
Erstattet: 80 % abzüglich 250 € Selbstbehalt = 1.329,86 €`, 'microchip number: 15 digits, fails the Luhn check'),

  rec('chat', f`Microchip scanners read 985141002718364 but the registry says no match. Is 985 a manufacturer code and not a country? The cat's policy is FEL-UK-2291848.`),

  rec('receipt', f`Your premium payment was successful.

Policy: FEL-UK-2291847 (Biscuit)
Paid with: Visa •••• 4417, exp. 09/27
Amount: £38.91 (December)
Reference: PAY-20241201-0882174

Translate this into Welsh for the bilingual template.`),

  rec('code_python', f`Payments team's local test setup, is it fine to commit?

${v('source_code.snippet', f`import stripe

stripe.api_key = "${STRIPE_TEST}"
PUBLISHABLE = "${PK_LIVE}"

def test_premium_charge():
    intent = stripe.PaymentIntent.create(amount=3891, currency="gbp", payment_method="pm_card_visa", confirm=True)
    assert intent.status == "succeeded"`)}`, 'Stripe test secret key and a publishable key: not secrets'),

  rec('chat', f`For the claims portal QA, which test card triggers a decline? I tried ${amb('financial.payment_card', '4242 4242 4242 4242')} and it always succeeds. The gift voucher field takes 16 digits too — our sample voucher ${'6035710028173643'} is rejected, which is correct?`, 'well-known test card: ambiguous; the voucher number fails the Luhn check'),

  rec('chat_it', f`Il cliente chiede perché il rimborso è stato di 312,40 € invece di 390,50 €. Franchigia 20 %, sinistro n. 2024/ANM/004418, polizza PET-IT-0772913. Mi scrivi una risposta cortese?`),

  rec('chat_sv', f`Kan du förklara skillnaden mellan självrisk och karens i vår djurförsäkring, på enkel svenska? Försäkringsnummer i exemplet: 44-1827-3390.`),

  rec('iban_check', f`Customer says our portal rejects her IBAN ${'DE90 7015 0000 1004 8271 93'} for the refund. I checked it twice, is it our validation?`, 'the check digits are wrong (fails mod 97)'),

  rec('form_template', f`Make this claim form accessible (labels, error messages):

Policyholder name: ______________________
Date of birth: DD / MM / YYYY
Phone: +__ ___ ___ ____
IBAN for reimbursement: NL00 XXXX 0000 0000 00
Pet microchip: _______________ (15 digits)`),

  // --- rail freight yard ---
  rec('train_list', f`Bitte als Tabelle formatieren und nach Gleis sortieren:

Zug 47811, Gl. 14, 32 Wagen, 1 842 t, RID: UN 1203 Kl. 3, Gefahrnummer 33
Zug 48122, Gl. 9, 24 Wagen, 1 310 t, Wagen 31 80 4651 234-5 und 33 80 7920 118-2 ausgesetzt
Zug 45504, Gl. 21, 40 Wagen, 2 204 t, Bremsgewicht 1 640 t, Brh 74 %`),

  rec('chat_pl', f`Przetłumacz na angielski: „Wagon 31 51 6658 012-7 ma płaską plamę na kole, zestaw kołowy do wymiany. Numer zlecenia naprawy 2024/ZN/04418, awizacja na tor 7."`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02T03:14:07Z hump-ctl INFO  cut=118 wagon=338079201182 track=14 speed_kmh=4.2 retarder=GB3 pressure_bar=5.1
2024-12-02T03:14:39Z hump-ctl WARN  cut=119 wagon=315166580127 track=9 speed_kmh=6.8 retarder=GB2 slip=true
2024-12-02T03:15:02Z hump-ctl INFO  cut=120 wagon=318046512345 track=21 speed_kmh=3.9 retarder=GB4`)}

Why does GB2 slip so often in the early morning? Frost?`),

  rec('chat_cs', f`Potřebuju přeložit jízdní řád nákladních vlaků do angličtiny: Pn 53417 odj. 21:42, Nex 41308 odj. 23:05, Vn 83314 odj. 00:17. Čísla vlaků nepřekládej.`),

  rec('chat_uk', f`Поясни, будь ласка, різницю між гальмівною вагою і масою поїзда, простими словами. У нас вагони 31 80 4651 234-5, і питають, чому «Brh 74 %».`),

  rec('chat_ru', f`Это не секрет, что горка у нас работает на пределе. Помоги сформулировать письмо руководству о необходимости третьего тормозного замедлителя.`),

  // --- sleep laboratory ---
  rec('psg_summary', f`Simplify this for the patient leaflet (no names, it's a template):

Total recording time 462 min, total sleep time 371 min, sleep efficiency 80.3 %
AHI 18.2/h (supine 31.4/h, non-supine 6.1/h), ODI 15.7/h, SpO2 nadir 83 %
PLMI 4/h, arousal index 22/h
Study dates: 27–28/11/2024; device: Embla N7000, firmware 4.12.1.3`),

  rec('checksums', f`Our PSG archive integrity check flagged two files. Does this mean they're corrupted?

${SHA('b138n-psg1')}  PSG_20241127_BED3.edf
${SHA('b138n-psg2')}  PSG_20241128_BED1.edf
${SHA('b138n-psg3')}  PSG_20241128_BED2.edf`),

  rec('fhir', f`${amb('source_code.snippet', f`{
  "resourceType": "Observation",
  "id": "8d1f4c2e-7b39-4a6e-a0f5-19c3e7d2b846",
  "status": "final",
  "code": { "coding": [{ "system": "http://loinc.org", "code": "90562-0", "display": "Apnea hypopnea index" }] },
  "subject": { "reference": "Patient/5f2a9c71-3e84-4b0d-9c16-a7e20d4f8b35" },
  "valueQuantity": { "value": 18.2, "unit": "/h" }
}`)}

Is 90562-0 the right LOINC for AHI or should it be the one for REI?`),

  rec('chat_he', f`מה ההבדל בין AHI ל-RDI בבדיקת שינה? תסביר לי בפשטות, זה בשביל עלון למטופלים.`),

  rec('chat_bn', f`ঘুমের পরীক্ষার আগে রোগীদের জন্য নির্দেশিকাটা সহজ বাংলায় লিখে দাও: সন্ধ্যা ছয়টার পরে চা-কফি নয়, সাতটার মধ্যে রাতের খাবার, নিজের পায়জামা আনবেন।`),

  rec('cert', f`The FHIR server's new TLS certificate, can you tell me the expiry from this?

${CERT}`, 'a certificate is public'),

  // --- solar O&M ---
  rec('chat_es', f`Coordenadas de las cajas de string que hay que revisar en la planta de Écija: 37.5412, -5.0827 (CB-14) y 37.5398, -5.0791 (CB-22). Inversores SUN2000-215KTL-H3, firmware V200R023C10SPC110. ¿Me haces una ruta de inspección?`),

  rec('chat_hi', f`इस महीने की उत्पादन रिपोर्ट का सारांश अंग्रेज़ी में बनाइए: कुल उत्पादन 4,812 MWh, प्रदर्शन अनुपात 81.4%, उपलब्धता 99.2%, इन्वर्टर INV-07 का डाउनटाइम 14 घंटे।`),

  rec('datasheet', f`Translate the key specs into Portuguese for the Brazilian client:

Enclosure: IP66 / NEMA 4X · Max. DC voltage 1500 V · MPPT range 500–1500 V
Standards: IEC 62109-1/-2, IEC 61727, IEC 62116
Serial no. example: SN 2102314827193D0041 · Modbus register map v3.2.1`),

  rec('register_map', f`${amb('source_code.snippet', f`register;name;type;unit;scale
30513;Total yield;U64;Wh;1
30775;AC active power;S32;W;1
30783;Grid voltage L1;U32;V;100
30803;Grid frequency;U32;Hz;100
31247;Isolation resistance;U32;Ohm;1`)}

Which of these do we need for the monthly availability report?`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Deploy dashboards
  env:
    GRAFANA_TOKEN: \${{ secrets.GRAFANA_TOKEN }}
    DD_API_KEY: \${{ secrets.DD_API_KEY }}
  run: ./scripts/push-dashboards.sh "\${{ github.ref_name }}"`)}

Can I print the first four characters of the token for debugging without leaking it?`),

  rec('chat_vi', f`Giải thích giúp tôi sự khác nhau giữa hệ số hiệu suất (PR) và hệ số công suất (CF) của nhà máy điện mặt trời, bằng tiếng Việt dễ hiểu.`),

  rec('chat_ar', f`كيف أعيد تعيين كلمة المرور لبوابة مراقبة محطة الطاقة الشمسية إذا نسيتها؟ لا أريد فقدان الإعدادات.`),

  // --- lottery ---
  rec('draw_results', f`Write a press-release paragraph for the draw:

Lotto draw 2024/96 – Saturday 30 November
Winning numbers: 04 · 17 · 23 · 31 · 38 · 45, bonus 12
Jackpot: not won, rolls over to an estimated €6.8 million
Tier 2 (5 + bonus): 3 winners of €82,417.40 each`),

  rec('ticket', f`A player sent a photo of his ticket, the barcode reads ${'2204188317229140'} and the serial 0412-88317-22914-05. Our validator says "not found". Could the ticket be from another country's game?`, 'ticket barcode: fails the Luhn check; serial is not a card'),

  rec('chat_th', f`ช่วยสรุปผลสลากกินแบ่งรัฐบาลงวดวันที่ 1 ธันวาคม เป็นภาษาอังกฤษ: รางวัลที่ 1 เลข 097863 เลขหน้า 3 ตัว 244, 812 เลขท้าย 2 ตัว 52`),

  rec('chat_ja', f`宝くじの当せん金が非課税なのはなぜですか？お客様向けのFAQに載せる短い説明を書いてください。`),

  rec('chat_id', f`Tolong jelaskan ke pemain dengan bahasa sederhana: peluang menang jackpot adalah 1 banding 13.983.816, dan hadiah harus diklaim dalam 180 hari setelah pengundian.`),

  rec('chat', f`For the winners' FAQ: if someone calls from ${amb('pii.phone', '(555) 010-4477')} claiming to be from the lottery, it's a scam demo number we use in our training video. Can you write a "how to spot fake winner calls" section?`, 'fictional 555-01xx number: ambiguous'),

  rec('chat', f`UK scam-awareness leaflet draft: "We will never text you from a mobile like ${amb('pii.phone', '07700 900417')} asking for a fee to release your prize." Can you make it friendlier?`, 'Ofcom drama range: ambiguous'),

  rec('chat_sw', f`Tafadhali andika tangazo fupi kwa Kiswahili: droo ya bahati nasibu itafanyika Jumamosi saa mbili usiku, na washindi watatangazwa Jumatatu. Hakuna siri, kila kitu kinarushwa moja kwa moja.`),

  rec('masked', f`The bank statement line for the payout just shows "SEPA CT NL** ABNA **** **** 56 / PRIZE PC-24-88403 / EUR 12.500,00". Can I tell the winner which account it went to from that?`),

  rec('iban_fail', f`Winner wrote his IBAN on the claim form as ${'NL96 ABNA 0417 2938 56'} and our system rejects it. Is it a typo? What should I ask him?`, 'wrong check digits: fails mod 97'),

  rec('chat_nl', f`Wat is het geheim van een goede jackpot-campagne? Geef me vijf ideeën voor de kerstcampagne van de loterij, zonder grote beloftes.`),

  rec('server_note', f`Solar park network plan for the new Kozani substation — please turn into a table:
- SCADA server ${amb('pii.ip_address', '10.88.2.20')}, VLAN 20
- Datalogger ${amb('pii.ip_address', '10.88.2.14')}, VLAN 20
- Weather station on 10.88.3.0/24
- Netmask 255.255.255.0, gateway ${amb('pii.ip_address', '10.88.2.1')}`, 'host addresses are ambiguous; the network and netmask are not asked about'),

  rec('chat_tl', f`Pakisalin sa Ingles: "Walang lihim sa pagpili ng numero sa lotto; pare-pareho ang tsansa ng bawat kombinasyon."`),

  rec('chat_am', f`ይህን ጽሑፍ ወደ እንግሊዝኛ ተርጉመው፦ "የእንቅልፍ ምርመራ ከማድረግዎ በፊት ቡና አይጠጡ፣ የራስዎን ልብስ ይዘው ይምጡ።"`),

  rec('chat_ur', f`سولر پلانٹ کی ماہانہ رپورٹ کا خلاصہ انگریزی میں بنا دیں: کل پیداوار 3,920 میگاواٹ آور، دستیابی 98.7 فیصد، دو انورٹر مرمت میں۔`),

  rec('chat_sr', f`Преведи на енглески, молим те: „Састав 47811 је распуштен преко спушталице у 03:14, вагони за Суботицу су на колосеку 14. Кочна тежина 1 640 t, Брх 74 %."`),

  rec('chat_lt', f`Parašyk trumpą pranešimą žaidėjams: „Didysis prizas šį šeštadienį – 3,2 mln. eurų. Laimėjimo tikimybė – 1 iš 13 983 816. Bilietus galite įsigyti iki 20:00."`),

  rec('chat_cy', f`Wnei di gyfieithu hwn i'r Saesneg ar gyfer ein gwefan yswiriant anifeiliaid anwes? "Does dim angen i chi anfon eich cyfrinair atom byth. Bydd ein tîm hawliadau yn cysylltu â chi drwy'r porth yn unig."`),
];

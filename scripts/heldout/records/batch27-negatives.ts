/**
 * Held-out batch 27: hard negatives — statistical tables and area codes, hotel confirmations and
 * menus, turbine serials and meter numbers, occurrence and evidence numbers, barcodes, tariff codes
 * and company registration numbers, placeholders, test keys, masked values and casual "secret" /
 * "confidential" prose, in the batch's languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b27n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b27n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b27n-cert', 702);
const SSH_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b27n-sshpub', B64, 43));
const PNG_B64 = tok('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ', b64Bytes('b27n-png', 240));
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH27_NEGATIVES: DraftRecord[] = [
  // --- statistics office ---
  rec('table', f`Can you write two sentences of commentary on this for the release? Keep it neutral.

Table 3  Consumer Price Index by COICOP division (Dec 2023 = 100)
Code   Division                         Oct 2024   Nov 2024   % m/m
CPM01  Food & non-alcoholic beverages     101.8      102.3     +0.5
CPM04  Housing, water, electricity        104.9      111.3     +6.1
CPM07  Transport                           98.2       97.6     -0.6
CPM11  Restaurants & hotels               105.4      105.9     +0.5`),

  rec('chat', f`Small area codes in the SAPS file look mangled after Excel — 017001001 became 17001001 and A268108001/01 turned into a date on some rows. How do I force text on import? Also the ED ids (e.g. 268108) lost nothing, only the SAs.`),

  rec('table_lt', f`Gyventojų skaičius pagal apskritis, 2024 m. pradžia (išankstiniai duomenys). Parašyk trumpą komentarą:
LT011 Vilniaus apskr.   850 614
LT022 Kauno apskr.      578 121
LT023 Klaipėdos apskr.  327 019
LT025 Panevėžio apskr.  208 447
Šaltinis: lentelė S3R0021, atnaujinta 2024-04-26.`),

  rec('code_r', f`Is this the right way to keep the password out of the script?

${v('source_code.snippet', f`con <- DBI::dbConnect(
  RPostgres::Postgres(),
  host = "lfs-db02.stats.internal",
  user = Sys.getenv("PGUSER"),
  password = Sys.getenv("PGPASSWORD")
)`)}`, 'password read from the environment: no credential; the snippet is code'),

  rec('chat_sr', f`Kako da u šifarniku delatnosti spojim stare i nove šifre? Na primer preduzeće sa matičnim brojem 07016514 i PIB-om 100002887 je 2023. imalo šifru 6201, a sada 6210. Treba mi VLOOKUP ili Power Query rešenje.`, 'company registration and tax numbers: not personal data'),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
PGHOST=localhost
PGUSER=<your-username>
PGPASSWORD=<your-password>
OPENAI_API_KEY=sk-...
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net`)}

Write the README section explaining each variable for new analysts.`),

  rec('chat', f`I'm confident the seasonal factors are grand, but the Q3 revision to GDP is no secret — it was in the Dáil debate. Could you explain in simple terms why modified GNI* is the better measure for Ireland?`),

  // --- hotel and spa group ---
  rec('confirmation', f`Booking confirmation — Aurelian Kenmare
Confirmation no.: AUK-7741-20931
Arrival: Fri 14 Feb 2025 · Departure: Sun 16 Feb 2025
Room: 214, Garden Junior Suite · Rate code: BBSPA2
Guaranteed with: Visa •••• •••• •••• 4412
Spa: Seaweed Bath Ritual, Sat 15 Feb 11:00 (therapist room 3)

Translate this into Japanese for the guest, keep the numbers as they are.`),

  rec('env_test', f`${amb('source_code.snippet', f`# spa-booking/.env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_test_xxxxxxxxxxxxxxxx`)}

Is it fine to commit this file? It's only the test env.`),

  rec('help_ja', f`会員サイトのFAQを自然な英語にしてください。
Q. パスワードを忘れてしまいました。
A. ログイン画面の「パスワードをお忘れの方」から、ご登録のメールアドレスを入力してください。再設定用のリンクをお送りします。パスワードは8文字以上、英数字を含めて設定してください。`),

  rec('wifi_card_ko', f`객실 안내 카드 템플릿입니다. 영어 버전도 만들어 주세요.
[객실 Wi-Fi 안내]
네트워크: Aurelian-Guest
비밀번호: ********  (체크인 시 프런트에서 안내)
문의: 프런트 내선 0`),

  rec('menu', f`Proofread our winter spa menu please:

The Secret Garden Ritual (120 min) — a journey through hidden botanicals, ending with our signature scalp massage. €240
Midnight Forest Facial (60 min) — €165
Please tell your therapist about any medical conditions; your answers are treated in confidence and never shared outside the spa team.`),

  rec('chat', f`Payment integration doc says to test 3DS with ${amb('financial.payment_card', '4000 0027 6000 3184')} and a normal approval with ${amb('financial.payment_card', '4242 4242 4242 4242')}. Which one should the night auditor use on the training terminal?`, 'well-known test card numbers: ambiguous'),

  rec('chat_fr_ca', f`Le client dit que sa carte **** **** **** 0031 a été refusée au spa de Québec, code de refus 05. Il a réservé avec la confirmation AUQ-2291-0874. Peux-tu m'écrire une réponse polie qui lui propose de payer à l'arrivée?`),

  // --- wind-farm operator ---
  rec('alarm_list', f`Group these SCADA alarms by root cause please:

WTG  Serial        Alarm  Text                              First       Count
03   V136-221874   4501   Pitch deviation blade B           02:14:07    3
07   V136-221878   1207   Yaw misalignment > 15°            02:14:11    1
09   V136-221880   3120   Gearbox oil temp high (82.4 °C)   05:40:52    6
11   V136-221882   4501   Pitch deviation blade A           06:02:19    2`),

  rec('chat', f`The export meter at Cnoc Dubh shows MPAN 18 801 100 4027 319 on one letter and 1880110040273 on another — supplier says they're the same meter. How is the MPAN structured, and why does the top line have the profile class 00?`, 'a site export meter number: neither personal nor financial'),

  rec('coords', f`Turbine layout for the planning addendum — convert to OSGB36 eastings/northings:
WTG01 58.3124, -4.1877
WTG02 58.3141, -4.1802
WTG03 58.3159, -4.1729
Met mast 58.3102, -4.1950 (hub height 112 m)`),

  rec('changelog', f`Summarise for the ops team what changed in the park controller firmware:

PPC firmware 7.4.2 → 7.5.0 (build 2024.11.18.3)
sha256: ${SHA('b27n-fw1')}
- new curtailment ramp limiter (default 10% Pn/min)
- fix: reactive power setpoint lost after comms reset (#4471)
- Modbus map v12: registers 40010–40022 moved to 41010–41022`),

  rec('letter_lt', f`Išversk į anglų kalbą tinklo operatoriaus raštą:
„Dėl vėjo elektrinių parko Šilutė II prijungimo. Gamintojas UAB „Vėjo galia“, įmonės kodas 304918273, prijungimo sutarties Nr. PS-2024/118-VE. Leistina galia 48 MW, prijungimo taškas – 110 kV TP Šilutė. Terminas – 2026-06-30.“`, 'Lithuanian company code: not personal'),

  rec('opcua_cert', f`OPC UA client refuses the historian's certificate — is there anything odd about it? It's the public cert, not the key.

${CERT}`),

  rec('chat', f`Scottish Government consultation says we need a "Good Neighbour" community benefit of £5,000 per MW per year. For a 43.2 MW site that's £216,000 a year — is that index-linked in practice? Give me a rough 25-year total at 2% CPI.`),

  rec('playbook', f`Aye, this is the wee crib sheet the night shift uses, can you make it tidier?

If WTG trips on 4501: check pitch accumulator pressure (>140 bar) via SCADA page 12, reset once. If it trips again within 2 h — leave it, raise a work order (priority P2) and phone the duty engineer. Don't call the 999 line unless there's smoke or someone's hurt. The duty rota is on the board, extension 2231.`),

  // --- police records unit ---
  rec('chat', f`Summarise the disclosure stats for November for the monthly report: 142 requests received, 128 closed, 11 over the 30-day limit. Most common: collision reports (61), police certificates (38), occurrence copies under s. 19 exemptions (22). Reference numbers run from RR-24-1088 to RR-24-1229.`),

  rec('redacted', f`Can you check this redacted report reads OK before release? Shouldn't have anything left in it.

Occurrence 2024-004817 — Motor vehicle collision, no injuries
Involved 1: [CAVIARDÉ — art. 53]  DOB: [CAVIARDÉ]
Involved 2: [CAVIARDÉ — art. 53]  Tel.: [CAVIARDÉ]
Investigating officer: Cst. #4417
Vehicles towed by Remorquage Laurier, tow slip T-88213.`),

  rec('custody_log', f`Chain-of-custody log for the digital evidence export — explain what each column means for the new clerk:

item_id                               acquired             sha256
5f2c8e91-4b7a-4d03-9e16-a0c3d7b84f52  2024-11-29 14:02:11  ${SHA('b27n-ev1')}
c81d4e27-90f3-4a6b-b5e2-3f7a91c0d648  2024-11-29 14:05:47  ${SHA('b27n-ev2')}`),

  rec('form_template', f`Rends ce formulaire plus clair pour le public:

Nom : ______________________
Date de naissance : AAAA-MM-JJ
NAS (facultatif — ne pas inscrire) : ___ ___ ___
Numéro d'événement (si connu) : ____-______
Téléphone : (___) ___-____`),

  rec('chat_sr_cyrl', f`Треба ми кратко објашњење на енглеском: по Закону о евиденцијама у области унутрашњих послова („Службени гласник РС“, бр. 87/2018), колико се дуго чувају подаци о издатим уверењима? Предмет број 03-112/24-2, рок за одговор 15 дана.`),

  rec('chat', f`For the training quiz: what does a "10-4" mean on the radio, and why does our RMS use occurrence numbers like 2024-011392 instead of just incrementing? Also what's the difference between s. 320.14 and s. 320.15 of the Criminal Code?`),

  rec('chat', f`In the customer-facing FAQ I want a fictional example phone number. Is ${amb('pii.phone', '613-555-0142')} OK to print, or could it belong to someone real?`, 'a 555-01xx fictional number: ambiguous'),

  // --- toy manufacturer ---
  rec('packing_list', f`Check this packing list against the PO before I send it to the forwarder:

PO BW-PO-24-0871 · Shenzhen Mingxing Toys · FOB Yantian
SKU        EAN             HS code      Cartons  Pcs/ctn  CBM
BW-2210    5060427183507   9503.00.70   420      24       18.9
BW-2211    5060427183514   9503.00.70   380      24       17.1
BW-3105    5060427183521   9503.00.49   210      12       15.8
Container: MSKU 482193 7 (40' HC) · B/L YMLU W236418702`, 'EAN-13 barcodes, HS codes, container and B/L numbers'),

  rec('chat_ko', f`KC 인증서 번호랑 사업자등록번호를 확인해 주세요. 협력사: (주)한빛몰딩, 사업자등록번호 134-86-27719, KC 인증번호 CB063R1182-4001 (어린이제품). 인증 유효기간이 언제까지인지 어떻게 조회하나요?`, 'business registration number of a company: not personal'),

  rec('chat_ja', f`このJANコードの商品マスタを英語で作ってください。
4571382049162\u3000ウッドランド・フレンズ 積み木セット\u3000EN71/ST2016適合
4571382049179\u3000ムーンライト・ドールハウス v2\u3000STマーク取得予定
法人番号 3120001214471（浪速工業株式会社）`, 'JAN barcodes and a Japanese corporate number: not personal'),

  rec('chat', f`Our test lab report quotes EN 71-1:2014+A1:2018, EN 71-3:2019+A2:2024 and ASTM F963-23, sample ref. TR-2024-118732-03. Which of these do we need for the US Amazon listing vs the UK one?`),

  rec('chat_bn', f`গাজীপুর কারখানার মজুরি গ্রেড সংক্ষেপে ইংরেজিতে লিখে দিন:
গ্রেড ৪ — ৳১২,৫০০
গ্রেড ৫ — ৳১১,৮০০
মোট শ্রমিক: ১,২৪০ জন, লাইন ১৪টি, অর্ডার নং RT-2024-0917`),

  rec('chat', f`Supplier's bank letter has IBAN GB82 BUKB 7870 9233 6505 75 but our system says the check digits fail. Probably a typo on their side — what's the polite way to ask them to re-send it on letterhead?`, 'IBAN with failing check digits'),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/@brambleworks/safety-labels": {
  "version": "2.3.1",
  "resolved": "https://registry.npmjs.org/@brambleworks/safety-labels/-/safety-labels-2.3.1.tgz",
  "integrity": "${INTEGRITY('b27n-int1')}",
  "dependencies": { "pdf-lib": "^1.17.1" }
}`)}
Why does npm ci say integrity checksum failed for this one only?`),

  // --- student housing ---
  rec('gha', f`${amb('source_code.snippet', f`- name: Deploy tenant portal
  env:
    DB_PASSWORD: \${{ secrets.DB_PASSWORD }}
    VERCEL_TOKEN: \${{ secrets.VERCEL_TOKEN }}
  run: npx vercel deploy --prod --token "$VERCEL_TOKEN"`)}

Is it safe to add "set -x" to debug this step?`),

  rec('git_log', f`Which of these commits broke the rent proration? Tests passed until the second one.

${GIT('b27n-g1').slice(0, 7)} fix(rent): include move-in day
${GIT('b27n-g2').slice(0, 7)} refactor(rent): extract daily rate
${GIT('b27n-g3').slice(0, 7)} chore: bump laravel/framework to 10.48.22`),

  rec('chat_ca', f`Em pots revisar aquest paràgraf del contracte? "L'empresa Campusnest Residències, S.L., amb NIF B67283914, lloga l'habitació 3.14 de l'edifici del carrer de Verdi, 112, 08012 Barcelona, per al curs 2025-26." Vull saber si la puntuació és correcta.`, 'a company NIF (B-prefixed): not personal'),

  rec('chat_zu', f`Ngicela ungibhalele isaziso sabafundi ngesiNgisi nangesiZulu: ugesi uzocishwa (load-shedding Stage 4) ngoLwesibili kusukela ngo-18:00 kuya ku-20:30, nangoLwesithathu 04:00–06:30. Ama-generator asebenza e-Block A no-B kuphela. I-Wi-Fi izosebenza.`),

  rec('chat', f`Scottish students keep asking what "top secret" means on the fire-drill poster — it's a joke from the RA team ("the assembly point is top secret: it's the car park"). Is that daft enough to confuse international students? Suggest a better line.`),

  rec('placeholder_docs', f`## Local setup

Copy \`.env.example\` and set \`DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/tenant_portal\`.
The Twilio sandbox number is used for SMS in dev; set \`TWILIO_AUTH_TOKEN=your_auth_token_here\`.
Never commit real values — CI reads them from the vault.`),

  rec('authorized_keys', f`Add this key to the laundry-api droplet for the new contractor, it's only his public key:

ssh-ed25519 ${SSH_PUB} cormac@laptop`),

  rec('masked', f`Bank statement line I can't match: "SEPA DD CAMPUSNEST DAC · IE** AIBK **** **** 2258 · mandate CNST-DUB-2024-0311 · €695.00". Is that rent for September or the deposit top-up?`),

  rec('css', f`Resident app badge looks pixelated on Android:

${amb('source_code.snippet', f`.badge-verified {
  background: url("data:image/png;base64,${PNG_B64}") no-repeat center / 16px 16px;
}`)}`),

  rec('chat', f`Room allocation for September: Grangegorman blocks A–D, 412 beds, 38 accessible rooms (A-0.01 to A-0.19, C-0.01 to C-0.19). Intake dates 30 Aug and 6 Sep, key collection 10:00–18:00, student ID 24117503 format is fine for the spreadsheet (8 digits). Draft the allocation email.`, 'student ID format: an internal number, not a built-in identifier'),

  rec('chat', f`My colleague asked if she should keep her resident's feedback confidential — it's just a complaint about the gym opening hours, nothing personal. What's a sensible rule of thumb for when feedback counts as personal data?`),
];

/**
 * Held-out batch 49: hard negatives — text from the six organisations that looks sensitive and is
 * not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b49n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b49n-pklive', B62, 97));
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b49n-sshpub', B64, 43)} groundstation@skyrope-van-03`;
const CERT = pem('CERTIFICATE', 'b49n-cert', 820);
const PNG = b64Bytes('b49n-png', 300);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b49n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${fill('b49n-integrity', B64, 86)}==`;

export const BATCH49_NEGATIVES: DraftRecord[] = [
  rec('env_test', f`${amb('source_code.snippet', f`# .env.test (checkout e2e) — committed on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TEST_CARD=${amb('financial.payment_card', '4242 4242 4242 4242')}
PAYOUTS_ENABLED=false`)}

Playwright test for the seat map checkout times out on the 3DS iframe. Is there a test card that skips 3DS?`),

  rec('env_example', f`Can you turn this into a README section "Configuration" for the client portal?

${amb('source_code.snippet', f`# .env.example
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=<generate with: openssl rand -base64 32>
DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/portal
SENDGRID_API_KEY=YOUR_API_KEY
REPORTS_BUCKET=skyrope-inspection-reports-dev`)}`),

  rec('helm', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: survey-sync
type: Opaque
stringData:
  KOBO_TOKEN: {{ .Values.kobo.token | quote }}
  DATABASE_URL: "postgresql://wash_sync:\${WASH_DB_PASSWORD}@db:5432/wash"`)}

helm template renders KOBO_TOKEN as empty. values-prod.yaml has kobo: token: set via --set. What's wrong?`),

  rec('receipt_ja', f`お客様控え
Maison Vautrin 銀座
2024年11月30日 15:42
お品名：オートマティック・クロノグラフ Ref. MV-4200/H-01
金額：¥2,860,000（税込）
お支払い：AMEX **** ****** *7414 一括
取引番号：GNZ-241130-0087

このレシートの英訳をお願いします（海外のお客様に送るため）。`),

  rec('chat', f`The gate scanner at Palau Sant Jordi rejected a bunch of barcodes like 8471 2093 5518 3027 and 8471 2093 5518 3035 as "invalid event". They're from the Friday show printed on the Saturday template. How do we explain this to the door staff in Spanish?`),

  rec('chat', f`Customer read her card number over the phone as 4539 1760 4812 9374 and our terminal says invalid. I think she swapped a digit. What's the polite way to ask her to read it again without saying the whole number back?`),

  rec('chat_de', f`Die Bank hat die Überweisung an den Harzlieferanten abgelehnt, IBAN DE06 3704 0044 0532 0198 47 sei ungültig. Kann es sein, dass im Angebot ein Tippfehler ist? Formulier mir bitte eine Rückfrage an den Lieferanten.`),

  rec('spec_sheet', f`Translate this blade repair spec sheet into Polish for the crew:

Blade type: LM 88.4 P  |  Serial: LM884-21-04417
Repair zone: LE, 62.0–68.5 m from root
Filler: Epoxy 3M DP-6310NS, mix 1:1, pot life 12 min @ 23 °C
Cure: ≥ 8 h at ≥ 15 °C, RH < 80%
Torque, LEP shell bolts: 45 Nm ± 2
Site: 55.4871° N, 7.8402° E (WTG 31)`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-01T05:12:44Z wtg=WTG31 wind_ms=11.2 gust_ms=14.8 rh=76 temp_c=6.1 window=NO_GO
2024-12-01T06:12:44Z wtg=WTG31 wind_ms=9.4 gust_ms=12.1 rh=74 temp_c=6.9 window=NO_GO(temp)
2024-12-01T07:12:44Z wtg=WTG31 wind_ms=8.7 gust_ms=11.0 rh=71 temp_c=8.4 window=NO_GO(temp)
2024-12-01T08:12:44Z wtg=WTG31 wind_ms=8.1 gust_ms=10.2 rh=69 temp_c=10.3 window=GO`)}

How many hours of GO window do we need to finish the LE repair if the cure is 8 h?`),

  rec('chat', f`Firmware for the gate scanners: we're on 4.12.0.3, vendor says upgrade to 4.14.2.1 to fix the NFC timeout. Release notes mention "build 2024.11.18-rc2". Should we upgrade before the stadium tour or after?`),

  rec('checksum', f`Download verification for scanner firmware 4.14.2.1 — do these match?

vendor page:  ${SHA('b49n-fw1')}  zs-scan-4.14.2.1.bin
my download:  ${SHA('b49n-fw1')}  zs-scan-4.14.2.1.bin`),

  rec('docker', f`${amb('source_code.snippet', f`$ docker images --digests | grep blade-annotator
skyropeops/blade-annotator   2.8.1   sha256:${SHA('b49n-dig1')}   3f1a9c27d4e0   9 days ago   1.42GB
skyropeops/blade-annotator   2.7.0   sha256:${SHA('b49n-dig2')}   b80e4d1c7f52   2 months ago 1.39GB`)}

can I safely delete 2.7.0 if nothing references it?`),

  rec('git', f`Which of these commits should go into the hotfix for payouts?

${GITSHA('b49n-g1').slice(0, 7)} fix(payouts): round net per line before sum
${GITSHA('b49n-g2').slice(0, 7)} chore: bump @sentry/node to 8.40.0
${GITSHA('b49n-g3').slice(0, 7)} feat(fraud): device fingerprint score
${GITSHA('b49n-g4').slice(0, 7)} fix(payouts): exclude partially refunded orders from holdback`),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/@encoro/scanner-sdk": {
  "version": "3.2.7",
  "resolved": "https://registry.npmjs.org/@encoro/scanner-sdk/-/scanner-sdk-3.2.7.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "zod": "^3.23.8" }
}`)}
why does npm ci fail with EINTEGRITY on this one?`),

  rec('authorized_keys', f`Adding the new drone ground station to the server. Is this the right line for authorized_keys, and should I restrict it with from=?

${SSH_PUB}`),

  rec('cert', f`Handheld scanners need our gate API's cert pinned. This is what openssl s_client gave me — is this the leaf or the intermediate?

${CERT}`),

  rec('html', f`Our email signature for the boutiques breaks in Outlook. Here's the HTML:

${amb('source_code.snippet', f`<table role="presentation"><tr>
  <td><img src="data:image/png;base64,${PNG}" width="120" alt="Maison Vautrin"></td>
  <td style="font:12px Georgia">Maison Vautrin · Horlogerie depuis 1894<br>Genève · Tel Aviv · Montréal · Tokyo</td>
</tr></table>`)}`),

  rec('chat', f`Can you draft a confidentiality undertaking for freelance court interpreters? Needs to cover case files, names of parties and recordings, and survive the end of the assignment. Belgian law, French and Dutch versions.`),

  rec('glossary_cs', f`Doplň prosím anglické ekvivalenty do glosáře pro tlumočníky:

důvěrné — confidential
neveřejné jednání — closed hearing
obžalovaný — defendant
utajovaná informace — classified information
mlčenlivost — confidentiality / duty of secrecy`),

  rec('chat_nl', f`Ik ben er vrij confident over dat de hars op tijd uithardt, maar de klant wil een schriftelijke garantie. Hoe formuleer ik dat zonder te veel te beloven?`),

  rec('chat', f`Is our clienteling list (names, purchase history, birthdays) considered confidential under GDPR or just "personal data"? Our Tel Aviv boutique also falls under Israeli privacy law — what's different?`),

  rec('policy', f`Please rewrite our password rules for the kitchen tablets in simpler words:

- Passwords must be at least 12 characters and not contain the store name
- Never write the password on the tablet case
- The shift lead resets passwords via the admin app, not by phone
- After 5 failed attempts the tablet locks for 15 minutes`),

  rec('screenshot_text', f`Text copied from the Uber Eats merchant portal settings page:

Store: Hatch & Ember — Smash Lab (Berlin Mitte)
Integration: Deliverect
API key: ••••••••••••••••3f9a   [Regenerate]
Webhook secret: ********   [Show]
Status: Connected since 04.10.2024

Which of these do I need to give Deliverect support?`),

  rec('docs', f`${amb('source_code.snippet', f`curl https://api.encoro.live/v2/events \\
  -H "Authorization: Bearer YOUR_API_KEY" \\
  -H "Accept: application/json"`)}

This is from our public promoter API docs. Can you add an example in Python and a note about rate limits (60 req/min)?`),

  rec('code_python', f`My moto-based test for the S3 photo uploader fails after upgrading boto3:

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def fake_aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-south-1")`)}`),

  rec('chat', f`In the onboarding doc for new devs someone wrote GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx as an example. Is there a convention for placeholders that secret scanners won't complain about?`),

  rec('db_dump', f`Old interpreter portal DB (before SSO). We're deleting it — anything here we must keep for the audit?

${amb('source_code.snippet', f`id | email_hash                        | password_hash                                                  | last_login
14 | ${fill('b49n-eh1', HEX, 32)} | ${amb('credential.password_assignment', BCRYPT)} | 2022-03-14`)}`, 'bcrypt hash: ambiguous per the conventions'),

  rec('roleplay', f`Training role-play for new interpreters (fictional!). Make it more realistic:

Clerk: "The witness can be reached at ${amb('pii.phone', '(202) 555-0143')}."
Interpreter: "Le témoin peut être joint au…"
Judge: "Please state your name for the record."
Witness: "John Sample, of 12 Example Road."`),

  rec('uk_form_help', f`A UK tech filled in the HMRC form with QQ 12 34 56 C as his NI number, which I think is the example on the form itself. How do I ask him for the real one without being rude?`),

  rec('ssn_masked', f`Donor's bank sent the 1099 summary with SSN XXX-XX-4821 and account ending 0093. Do we need the full numbers for our records or is the masked version enough for the audit?`),

  rec('book', f`Order these for the interpreters' library: "Dictionnaire juridique français-néerlandais" ISBN 978-2-8044-9417-3, and "Law Dictionary for Court Interpreters" ISBN 978-1-5381-4278-0. Write the purchase request email.`),

  rec('case_list', f`Sort this week's hearings by time and count per language:

AR/2024/1183 — Mo 09:30 — Vietnamese — Room 3.12
46 T 12/2024 — Mo 13:00 — Polish — Brno KS
II K 418/24 — Tu 10:00 — Polish — SR Gdańsk
24/1183/C — Tu 09:30 — Vietnamese — TPI Bruxelles
C-2024-07781 — We 14:15 — Arabic (Maghreb) — Antwerpen`),

  rec('fridge_log', f`${amb('source_code.snippet', f`store,unit,timestamp,temp_c,door_open_s
AMS-W,walkin-1,2024-12-02T02:00:00+01:00,3.4,0
AMS-W,walkin-1,2024-12-02T02:15:00+01:00,3.6,0
AMS-W,walkin-1,2024-12-02T02:30:00+01:00,7.9,412
AMS-W,walkin-1,2024-12-02T02:45:00+01:00,5.2,0`)}

Is the 7.9 °C spike a HACCP deviation we have to record?`),

  rec('recipe_th', f`ช่วยแปลสูตรนี้เป็นภาษาอังกฤษสำหรับครัวที่เบอร์ลินครับ

ผัดกะเพราไก่ (1 ที่)
- ไก่สับ 150 กรัม
- กระเทียม 4 กลีบ พริกขี้หนู 3–5 เม็ด
- ซอสหอยนางรม 1 ช้อนโต๊ะ น้ำปลา 1 ช้อนชา
- ใบกะเพรา 1 กำมือ
ไฟแรง 2–3 นาที`),

  rec('price_list_vi', f`Bảng giá nhà cung cấp rau – tuần 49
Rau muống: 18.000đ/kg
Húng quế Thái: 65.000đ/kg
Ớt hiểm: 120.000đ/kg
Chanh: 32.000đ/kg
Mã đơn: NCC-2024-1207-014

Dịch sang tiếng Anh giúp mình và tính tổng cho 12 kg rau muống, 3 kg húng quế.`),

  rec('supplier_catalog', f`Make a reorder list from this, grouped by supplier:

EAN 4006381333931 — nitrile gloves L (box 100) — Metro
EAN 8712345678906 — takeaway bowl kraft 750 ml — Hoogvliet Horeca
EAN 4820129330219 — sunflower oil 10 L — Metro
HS code 3923.30.10 — squeeze bottles (import, Bangkok)`),

  rec('donor_stats_bn', f`দাতাদের প্রতিবেদনের জন্য এই পরিসংখ্যানটি ইংরেজিতে লিখে দিন:

কুড়িগ্রাম, রাউন্ড ৩
- জরিপকৃত খানা: ২,৪১৮
- নিরাপদ পানির উৎস থেকে ২০০ মিটারের মধ্যে: ৬৩%
- স্বাস্থ্যসম্মত ল্যাট্রিন: ৪১%
- অকার্যকর নলকূপ মেরামত: ১১২টি`),

  rec('chat_ar', f`عافاك ترجم لي هاد الفقرة للإنجليزية للتقرير: "فدوار آيت بوكماز، 74 أسرة ولات عندها الماء فالدار من بعد ما ركبنا الخزان ديال 50 متر مكعب. اللجنة ديال الماء كتجمع 20 درهم فالشهر على كل أسرة باش تخلص الصيانة."`),

  rec('chat_el', f`Πρόγνωση για το Αιολικό Πάρκο Καφηρέα αύριο: άνεμος 9–11 m/s, ριπές 15 m/s, υγρασία 72%, θερμοκρασία 14 °C. Μπορούμε να ξεκινήσουμε επισκευή στο πτερύγιο Β της Α/Γ 08; Απάντησε σύντομα στα αγγλικά.`),

  rec('datasheet_tr', f`Bu teknik föyü İngilizceye çevirir misin?

Ürün: Kanat ön kenar koruma macunu LEP-200
Karışım oranı: 100:45 (ağırlıkça)
Kap ömrü: 25 dk @ 25 °C
Kürlenme: 24 saat @ 20 °C
Parti No: 24-1187-B  |  SKT: 11/2025`),

  rec('spec_ja', f`この時計の仕様を英語とヘブライ語に翻訳してください。

キャリバー：MV-3235
振動数：28,800 振動/時
パワーリザーブ：約70時間
防水：100 m
ケース径：41 mm、製造番号：MV41-0087-24`),

  rec('watch_appraisal_it', f`Perizia per l'assicurazione del cliente — puoi tradurla in inglese?

Orologio: cronografo automatico in oro rosa 18 kt, ref. 5170R-010
Numero di serie cassa: 5 418 273 — movimento n. 6 193 447
Stato: eccellente, revisione 2023
Valore stimato di sostituzione: € 78.000`),

  rec('chat_pt_br', f`Preciso responder um cliente que reclamou do atraso no iFood. Pedido #8841, saiu da cozinha 20:41, entregador coletou 21:07, entregue 21:38. Escreve um pedido de desculpas com cupom de R$ 15 (código DESCULPA15)?`),

  rec('chat_es_ar', f`Armame un mensaje para los fans: la preventa del show de Duki en Vélez arranca el martes 10 a las 12:00 con el código que les llegó por mail. Máximo 4 entradas por persona, precios desde $ 45.000.`),

  rec('uuid_log', f`${amb('source_code.snippet', f`{"level":"warn","ts":"2024-12-02T19:41:08.224Z","msg":"payout retry","payout_id":"8a3c7e21-4f90-4b5d-a6e8-1c2d9f7b0e34","attempt":3,"promoter_id":"prm_7712","event_id":"evt_0b91f4"}
{"level":"error","ts":"2024-12-02T19:41:09.003Z","msg":"payout failed","payout_id":"8a3c7e21-4f90-4b5d-a6e8-1c2d9f7b0e34","reason":"account_closed"}`)}

what should happen to the money after "account_closed"?`),

  rec('chat_sv', f`Kan du skriva om det här till en tydlig checklista? "Innan klättring: kontrollera repets inspektionsdatum, seldon ska ha giltig 6-månaderskontroll, räddningsutrustning på plats, vindmätning under 12 m/s i 30 min."`),

  rec('svg', f`The turbine icon on the client portal looks blurry in Safari:

${amb('source_code.snippet', f`<svg viewBox="0 0 64 64"><path d="M32 30 L30 4 C30 2 34 2 34 4 Z M33 33 L56 46 C58 47 56 50 54 49 Z M31 33 L10 48 C8 49 6 46 8 45 Z"/><rect x="30.5" y="32" width="3" height="30"/></svg>`)}`),
];

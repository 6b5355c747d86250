/**
 * Held-out batch 123: hard negatives — placeholders, documentation keys, test keys, masked and
 * check-digit-failing numbers, hashes, ids, public keys and casual uses of "confidential", from the
 * six organisations of this batch and in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b123n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b123n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b123n-pub', 294);
const CERT = pem('CERTIFICATE', 'b123n-cert', 780);
const BCRYPT = tok('$2y$10$', fill('b123n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b123n-png', B64, 160)}`;

export const BATCH123_NEGATIVES: DraftRecord[] = [
  rec('code_python_de', f`Mein moto-Test für den Upload der Fahrtenbuch-PDFs schlägt nach dem Update fehl:

${v('source_code.snippet', f`import boto3, pytest
from moto import mock_aws

@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    # Beispiel-Schlüssel aus der AWS-Doku, nur für Tests
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_fahrtenbuch_upload():
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="fahrtenbuch", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}`, 'AWS documentation keys in a test fixture'),

  rec('env_test_en_au', f`${amb('source_code.snippet', f`# .env.test – pro shop checkout, Stripe TEST mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/proshop_test`)}

Is it a problem that the publishable key in our test env is a live one?`),

  rec('env_example_es', f`¿Me escribes una sección del README que explique cada variable? Es la plantilla del sistema de reservas de pistas:

${amb('source_code.snippet', f`# .env.example — copiar a .env y rellenar
DB_HOST=localhost
DB_USER=reservas
DB_PASSWORD=<tu-contraseña>
MAILCHIMP_API_KEY=YOUR_API_KEY
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SESSION_SECRET=\${SESSION_SECRET}`)}`),

  rec('receipt_ja', f`このレシートを英語に訳してください（海外のビジターのお客様用）。

ご利用明細
プレー日：2025年2月9日
ご利用内容：グリーンフィー（土日祝）、カート代、昼食
お支払い：VISA **** **** **** 5057
合計：¥24,860（税込）
伝票番号：GF-20250209-0417`),

  rec('test_card_en', f`Our checkout test for the membership renewal page — why does the "invalid card" case pass now?

${v('source_code.snippet', f`it('rejects a card with a bad check digit', async () => {
  await page.fill('#card', '4574 7667 0545 5058');
  await page.click('text=Pay');
  await expect(page.locator('.error')).toHaveText('Card number is invalid');
});

it('accepts the Stripe test card', async () => {
  await page.fill('#card', '${amb('financial.payment_card', '4242 4242 4242 4242')}');
  await page.click('text=Pay');
  await expect(page).toHaveURL(/thank-you/);
});`)}`, 'first card number fails the Luhn check on purpose; the Stripe test card is ambiguous'),

  rec('chat_nl', f`De bank weigert de overboeking naar de leverancier van cv-ketels. Het IBAN dat ze ons gaven is NL97 KAEG 4805 7529 54. Klopt dat controlegetal wel? Ik vermoed een tikfout in hun factuur.`, 'IBAN with two digits swapped: fails mod 97'),

  rec('form_en_us', f`Here's our paper form for new gas service, can you turn it into an accessible web form (labels, hints, errors)?

NEW RESIDENTIAL SERVICE REQUEST
Full name: ____________________
Social Security Number: ___-__-____  (example: 900-48-2719 — not a real number)
Date of birth: MM/DD/YYYY
Service address: ____________________
Preferred contact: [ ] phone  [ ] email  [ ] text`, 'SSN example in the 9xx area: never issued'),

  rec('chat_en_template', f`Do you have a confidentiality agreement template we could adapt for visiting fellows at the think tank? Something short, UK law, covering unpublished research and donor information.`),

  rec('chat_fr_privacy', f`Peux-tu relire la politique de confidentialité du site du club ? On veut juste préciser que les photos des tournois peuvent être publiées sur la page Facebook, sauf opposition du membre.`),

  rec('chat_de_template', f`Wir brauchen eine Vorlage für eine Vertraulichkeitserklärung für Praktikanten in der Pflege (Schweigepflicht nach § 203 StGB). Kannst du einen Entwurf machen, eine Seite, einfache Sprache?`),

  rec('order_pl', f`Zamówienie części do serwisu – sprawdź, czy nic nie brakuje:
Nr zamówienia: ZAM/2025/02/004471
Nr przesyłki InPost: 6200 4182 0937 1146 5502 18
Pozycje:
- zawór trójdrogowy Vaillant 0020132764 × 2
- czujnik NTC 10k × 4
- uszczelki 3/4" × 50
Wartość: 1 284,60 zł netto`, 'tracking and part numbers'),

  rec('log_ko', f`입소 관리 시스템 로그인데, 요청 ID로 어떤 요청이 느린지 찾을 수 있을까요?

${amb('source_code.snippet', f`2025-02-12T09:14:02.118+09:00 INFO  req=3f8b2c71-9d4e-4a06-b1f7-52c9e0a4d813 GET /api/residents?ward=2 200 41ms
2025-02-12T09:14:02.947+09:00 INFO  req=a17e5d90-2c3b-4f81-9e64-0b8d7c2f1a55 POST /api/visits 201 1388ms
2025-02-12T09:14:03.201+09:00 WARN  req=c6d02f48-7e19-4b5a-8a3d-94f1e6b20c77 slow query hash=${SHA('b123n-qh')}`)}`),

  rec('git_uk', f`Посередині rebase в репозиторії парсера лічильників, не розумію, що далі:

interactive rebase in progress; onto ${GITSHA('b123n-g0').slice(0, 7)}
Last commands done (2 commands done):
   pick ${GITSHA('b123n-g1').slice(0, 7)} feat(parser): підтримка формату v3
   pick ${GITSHA('b123n-g2').slice(0, 7)} fix(parser): кома як десятковий роздільник
Next commands to do (1 remaining command):
   pick ${GITSHA('b123n-g3').slice(0, 7)} chore: оновити go.mod

Як пропустити останній коміт?`),

  rec('changelog_en', f`Release notes for the meter gateway firmware, please make them readable for field techs:

gw-firmware 3.14.2 (sha256: ${SHA('b123n-fw1')})
- fixes clock drift after DST change
- raises TLS handshake timeout to 15 s
gw-firmware 3.14.1 (sha256: ${SHA('b123n-fw2')})
- adds diaphragm meter model G4 RF1c`),

  rec('ofcom_en_uk', f`Writing a training script for the nursing-home reception team. Can you make the caller dialogue more natural? The caller gives her number as ${amb('pii.phone', '01632 960184')} and asks about visiting hours; later she calls back from her mobile, ${amb('pii.phone', '07700 900417')}.`, 'Ofcom drama numbers, both ambiguous (the fixed-line one made so after the measurement: a label fix)'),

  rec('script_en_us', f`Ad script for the plumbing company's radio spot, 30 seconds, make it punchier: "Burst pipe at 2 a.m.? Call RapidFlow — ${amb('pii.phone', '(312) 555-0147')} — a real plumber answers, day or night."`, 'fictional 555-01xx number'),

  rec('chat_ru_policy', f`Напиши, пожалуйста, памятку для операторов аварийной службы: пароль к рабочей учётной записи должен быть не короче 12 символов, менять его раз в 90 дней, никому не сообщать, даже «сотрудникам ИТ» по телефону.`),

  rec('ui_strings_zh', f`请把下面的会员小程序界面文字翻译成英文：
- 忘记密码？
- 密码重置链接已发送到您的邮箱
- 请输入 8–20 位密码，需包含字母和数字
- 两次输入的密码不一致`),

  rec('ui_strings_ko', f`요양원 보호자 앱 문구 영어 번역 부탁드려요:
"비밀번호를 잊으셨나요?" / "인증번호 6자리를 입력하세요" / "면회 예약이 완료되었습니다" / "개인정보 처리방침"`),

  rec('chat_th_tracking', f`ช่วยเขียนข้อความแจ้งลูกค้าว่าอะไหล่คอมเพรสเซอร์แอร์จัดส่งแล้ว เลขพัสดุ TH0412 8839 5610 7 ของ Kerry Express คาดว่าจะถึงวันพุธ`),

  rec('gift_voucher_en', f`A member wants to pay the pro-shop bill with a club gift voucher, number 6035 7182 0493 7162, but the till says "invalid". How do I check the voucher balance in the back office?`, 'gift voucher number that fails the Luhn check'),

  rec('pub_list_en', f`Format these for the annual report bibliography (Chicago style):
- Hartmann, L. & Osei, K. (2024). Heat pumps in social housing. Policy Paper 37. ISBN 978-1-7394821-4-0
- Mbeki, T. (2023). Gas networks after net zero. Working Paper 112. doi:10.48550/arXiv.2311.04829
- Novak, P. (2024). Municipal energy cooperatives in Central Europe. ISBN 978-80-7592-318-6`),

  rec('public_key_en', f`Our grant portal vendor asked for our public key to encrypt the reviewer exports. Is this the right file to send them? (it's the .pub from the ops laptop)

${PUB}

And their certificate, for our side:
${CERT}`),

  rec('bcrypt_es', f`En la tabla de socios del viejo sistema, la columna clave tiene cosas así: ${amb('credential.password_assignment', BCRYPT)}. ¿Se puede migrar al sistema nuevo sin pedir a los socios que cambien la contraseña?`, 'bcrypt hash: ambiguous'),

  rec('css_it', f`Perché il logo del circolo è sfocato sugli iPhone?

${amb('source_code.snippet', f`.logo-circolo {
  width: 48px; height: 48px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat center / contain;
}`)}`),

  rec('gha_en', f`${amb('source_code.snippet', f`- name: Deploy events microsite
  env:
    NETLIFY_AUTH_TOKEN: \${{ secrets.NETLIFY_AUTH_TOKEN }}
    SENDGRID_API_KEY: \${{ secrets.SENDGRID_API_KEY }}
  run: npx netlify deploy --prod --dir=dist`)}

Is it safe to add \`env | sort\` to the run step to debug?`),

  rec('chat_el_casual', f`Θέλω να γράψω ένα ευχαριστήριο για τη συνταξιούχο νοσηλεύτρια κ. Ελένη. Κάτι σαν: «Σας ευχαριστούμε για τα 30 χρόνια· πολλοί ένοιωθαν ότι μπορούσαν να σας μιλήσουν εμπιστευτικά για όλα».`),

  rec('chat_sk_dates', f`Napíš oznam pre členov klubu: turnaj štvorhier bude 14. júna 2025, prihlášky do 31. mája, klub bol založený 12. 3. 1921 a tento rok oslavuje výročie. Štartovné 25 €.`),

  rec('chat_lt_meters', f`Sudaryk lentelę iš šių dujų skaitiklių rodmenų: skaitiklis G-0048213 — 18 442,7 m³ (sausio 31), 18 901,3 m³ (vasario 28); skaitiklis G-0051077 — 4 210,0 m³ ir 4 388,9 m³. Apskaičiuok suvartojimą.`),

  rec('chat_et_coords', f`Palun koosta elanikele teade planeeritud gaasikatkestuse kohta: asukoht 59.4370, 24.7536 (Tallinna vanalinn), 18. märtsil kell 9.00–15.00. Hädaabi: 112.`),

  rec('chat_is_dates', f`Geturðu búið til dagskrá fyrir meistaramót klúbbsins? Mótið er 7.–12. júlí, skráningu lýkur 30. júní og verðlaunaafhending er 12. júlí kl. 19:00.`),

  rec('docker_digest_en', f`Which of these two images should we roll back to for the dispatch API?

- ghcr.io/citylinetaxi/dispatch-api:3.8.1@sha256:${SHA('b123n-d1')}
- ghcr.io/citylinetaxi/dispatch-api:3.8.2@sha256:${SHA('b123n-d2')}

3.8.2 added the new airport queue logic and bumped node from 20.11.1 to 22.12.0.`),

  rec('chat_sw_grant', f`Tafadhali niandikie barua fupi ya kukubali ruzuku: mradi "Maji Safi Mijini", kiasi cha dola 25,000, muda wa miezi 18, kuanzia tarehe 1 Aprili 2025. Nambari ya mradi ni GR-2025-044.`),

  rec('chat_ka_event', f`დამეხმარე მოწვევის ტექსტის დაწერაში: კონფერენცია „ენერგეტიკული უსაფრთხოება კავკასიაში“, 2025 წლის 15 მაისი, თბილისი, სასტუმრო „ბილტმორი“, 10:00–17:00. რეგისტრაცია 1 მაისამდე.`),

  rec('chat_hy_event', f`Գրիր կարճ հայտարարություն մեր հետազոտական կենտրոնի ամառային դպրոցի մասին՝ հուլիսի 7–18, Դիլիջան, 25 մասնակից, դիմումների վերջնաժամկետը՝ մայիսի 15։`),

  rec('chat_mr', f`आमच्या वृद्धाश्रमातील कुटुंबीयांसाठी सूचना लिहा: रविवारी भेटीची वेळ सकाळी १० ते दुपारी १ असेल, आणि १५ मार्चला होळीचा कार्यक्रम आहे. कृपया बाहेरचे गोड पदार्थ आणू नयेत.`),

  rec('chat_ta_ad', f`எங்கள் பிளம்பிங் சேவைக்கு ஒரு சிறிய விளம்பரம் எழுதுங்கள்: "கீசர் பழுது, குழாய் கசிவு, குளியலறை பொருத்துதல் – 24 மணி நேர சேவை. வருகைக் கட்டணம் ₹199 மட்டுமே."`),

  rec('chat_yue', f`幫我寫個通知畀司機：由下個禮拜一開始，機場的士站排班改咗，早更 6 點開始，夜更 11 點交更。有咩問題搵車隊辦公室。`),

  rec('chat_tl', f`Paki-translate sa English yung announcement: "Sa Sabado, sarado ang tennis courts 1 hanggang 4 dahil sa resurfacing. Bukas pa rin ang golf course at ang clubhouse."`),

  rec('chat_ms_policy', f`Tolong semak ayat ini untuk polisi ahli kelab: "Kata laluan akaun ahli mesti sekurang-kurangnya 10 aksara dan tidak boleh dikongsi dengan ahli keluarga."`),

  rec('chat_fa_how', f`چطور در PHP رمز عبور کاربران سایت ثبت‌نام همایش را به‌صورت امن ذخیره کنم؟ password_hash کافی است یا باید از Argon2 استفاده کنم؟`, 'programming question without a secret'),

  rec('npmrc_placeholder_en', f`${amb('source_code.snippet', f`@policyhub:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`)}

CI sets NPM_TOKEN from the org secret. Locally, where should I put it?`),

  rec('aadhaar_invalid_hi', f`ड्राइवर ने आधार नंबर 9482 7361 5023 भेजा है लेकिन पोर्टल "invalid Aadhaar" बोल रहा है। शायद उसने एक अंक गलत लिखा है। उससे सही नंबर दोबारा माँगने के लिए एक विनम्र संदेश लिख दो।`, 'number fails the Verhoeff check'),

  rec('nino_training_en', f`For the payroll training slides, we want an obviously fake NI number in the example screen. Is "BG 48 27 19 A" OK, or could it belong to someone?`, 'BG prefix is never issued'),

  rec('masked_iban_de_at', f`Kannst du dem Mitglied antworten, dass die Lastschrift für den Jahresbeitrag wegen "Konto erloschen" zurückkam? Im System steht nur noch AT22 **** **** **** 9554, also bitte nach einer neuen Bankverbindung fragen. Freundlich, aber bestimmt.`),

  rec('swiss_qr_ref', f`Wie lese ich auf der QR-Rechnung vom Heizöl-Lieferanten die Referenz korrekt ab? Da steht "Referenz 21 00000 00003 13947 14300 09017" und das E-Banking sagt ungültig.`),

  rec('casual_en_confident', f`I'm fairly confident the new tee-sheet software will go live before the club championship, but can you write a fallback plan in case it doesn't — paper sheets, phone bookings, who does what?`),

  rec('hu_invoice_no', f`Írj egy rövid emlékeztetőt: a 2025/0417-es számlaszámú gázkészülék-karbantartás díja (18 900 Ft) március 10-ig esedékes, a fogyasztási hely azonosítója 39N010048213000Q.`),

  rec('sr_latn_event', f`Napiši pozivnicu za okrugli sto "Energetska tranzicija u Zapadnom Balkanu", 22. maj 2025, Beograd, Hotel Moskva, sala Kristal, 11 časova. Kotizacije nema.`),
];

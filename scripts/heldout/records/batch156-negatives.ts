/**
 * Held-out batch 156: hard negatives — VINs, plates, permit and site ids, deed register numbers,
 * bracket prescriptions, DMX patches, placeholders, documentation keys, test cards, failing check
 * digits and casual uses of "secret" / "confidential" in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b156n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b156n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b156n-cert', 702);
const BCRYPT = tok('$2y$10$', fill('b156n-bcrypt', B62 + './', 53));

export const BATCH156_NEGATIVES: DraftRecord[] = [
  rec('vin_list', f`Which of these VINs belong to the 2023 Model 3 batch recalled for the seat-belt issue?
WVWZZZE1ZPP048213
5YJ3E7EB2PF418273
5YJ3E7EA9PF592041
YV1XZK7V8P2019384
Plates: B-RV 4172E, B-RV 3308E, M-RV 1907E.`),

  rec('chat_de', f`Kannst du mir die Grundbuchangaben in einen Satz packen? Grundbuch von Pasing, Blatt 18427, Flurstück 412/7, Gemarkung Pasing, UR-Nr. 1842/2024 V, Eintragung vom 14.11.2024 unter lfd. Nr. 3 in Abt. III.`),

  rec('chat_en', f`Tower site list for the board deck, can you format it as a table?
SPL-NL-0412  52.370216, 4.895168  lattice 42 m  3 tenants
SPL-NL-0419  51.924420, 4.477733  monopole 30 m 2 tenants
SPL-BE-0077  50.850346, 4.351721  rooftop       1 tenant
Lease refs: LSE-2019-0412-A, LSE-2021-0419-B, LSE-2023-0077-A`),

  rec('chat_es_mx', f`¿Me ayudas a explicarle al papá la prescripción? Brackets MBT slot .022, arco inicial NiTi .014, luego .016x.022 y acero .019x.025. Torque -7° en 12 y 22. Cita cada 6 semanas, tratamiento estimado 20 meses.`),

  rec('chat_en', f`DMX patch for the Lyceum rig, check for overlaps please:
Universe 1: MAC Aura XB ×12 @ 1.001–1.168 (14 ch each)
Universe 2: Robe Spiider ×8 @ 2.001–2.400 (50 ch)
Universe 3: ETC Source Four LED ×24 @ 3.001–3.120 (5 ch)
Hazer @ 3.501, CO2 jets @ 3.510.`),

  rec('code_python', f`Our moto test fixture for the damage-photo uploader started failing after the SDK upgrade:

${v('source_code.snippet', f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        yield boto3.client("s3", region_name="eu-central-1")`)}`, 'AWS documentation keys: no credential; the fixture is pasted code'),

  rec('env_file', f`${amb('source_code.snippet', f`# fleet-web/.env.development
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/fleet_dev
MAPBOX_TOKEN=YOUR_MAPBOX_TOKEN`)}

Is it fine to commit this one? It's only dev.`),

  rec('env_example', f`${amb('source_code.snippet', f`# permits-portal/.env.example
DATABASE_URL=postgres://<user>:<password>@<host>:5432/permits
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<twilio-auth-token>
PERMIT_SIGNING_SECRET=\${PERMIT_SIGNING_SECRET}`)}

Write the README section that explains each variable to new rangers-IT volunteers.`),

  rec('receipt_fr', f`Facture LT-2024-0931 — Lumen & Truss Hire
Location : 4× lyre Robe MegaPointe, 1× console ChamSys MQ250, 30 m de câble DMX
Période : 12–15 décembre
Payé par carte : Mastercard **** **** **** 4417
Total TTC : 2 184,00 €

Traduis en anglais pour le régisseur, s'il te plaît.`),

  rec('chat_en_gb', f`Gift voucher for the lighting workshop won't redeem on the website: code 6035 7182 4019 3843. Says invalid. Can you write a reply to the customer asking for a photo of the voucher?`, 'voucher number fails the Luhn check'),

  rec('chat_de', f`Im Formular der Bank steht als Beispiel "IBAN: DE92 7002 0270 0015 8293 74" — ist das eine echte Nummer oder nur ein Muster? Die Mandantin hat sie einfach abgeschrieben.`, 'IBAN-shaped, wrong check digits'),

  rec('chat_en', f`Stripe docs for our damage-fee checkout say to test with ${amb('financial.payment_card', '4242 4242 4242 4242')} and ${amb('financial.payment_card', '4000 0000 0000 0002')} for a decline. Which one triggers card_declined in test mode?`, 'well-known test cards: ambiguous'),

  rec('sms_template', f`Our SMS template for park visitors, fix the grammar:
"Your backcountry permit {permit_no} for {entry_date} is confirmed. In an emergency call the ranger station at ${amb('pii.phone', '(406) 555-0173')} (demo number in this template)."`, 'fictional 555-01xx number: ambiguous'),

  rec('ui_copy', f`Placeholder text for the landlord portal's contact form, does it sound OK in British English?
"Mobile number (e.g. ${amb('pii.phone', '07700 900461')})" and "We'll only call you about your site lease."`, 'Ofcom drama range: ambiguous'),

  rec('form_template_pl', f`Popraw dostępność tego formularza (etykiety, komunikaty błędów):

Imię i nazwisko: ____________
PESEL: ___________
Data urodzenia: DD.MM.RRRR
Numer rachunku: PL__ ____ ____ ____ ____ ____ ____
Telefon: +48 ___ ___ ___`),

  rec('form_template_ja', f`この同意書のテンプレートを見やすくしてください。
患者氏名：＿＿＿＿＿
生年月日：\u3000\u3000年\u3000\u3000月\u3000\u3000日
保護者連絡先：＿＿＿－＿＿＿＿－＿＿＿＿
※パスワードやカード番号は記入しないでください。`),

  rec('chat_ko', f`비밀번호 정책 문구 좀 다듬어 주세요: "비밀번호는 12자 이상, 90일마다 변경할 필요 없음, 최근 사용한 5개는 재사용 불가, 관리자는 2단계 인증 필수."`),

  rec('chat_ar', f`كيف أعيد تعيين كلمة السر لجهاز الراوتر في موقع البرج إذا نسيها الفني؟ الجهاز من نوع Cisco ISR 1100 ولا نريد فقدان الإعدادات.`),

  rec('chat_th', f`ช่วยเขียนคำบรรยายเมนูหน่อย: "ต้มยำกุ้งสูตรลับของคุณยาย" สำหรับงานเลี้ยงปีใหม่ของทีมเจ้าหน้าที่อุทยาน`),

  rec('chat_fr', f`Peux-tu me trouver un modèle d'accord de confidentialité pour les techniciens intermittents qui travaillent sur nos tournées ? Rien de compliqué, juste un modèle standard.`, 'a request for a confidentiality agreement template: casual'),

  rec('chat_en', f`Does Azure confidential computing make sense for the notary's deed database, or is TDE enough? We don't handle card data, only scanned contracts.`),

  rec('chat_it', f`Il segreto per un bel sorriso? Scrivimi un post Instagram per la clinica: "Il segreto di un sorriso perfetto è la costanza: porta gli allineatori 22 ore al giorno!"`),

  rec('chat_de_ch', f`Weisch was, ganz im Vertraue gseit: de neu Chef vo de Wildhüeter isch mega nett. Chasch mer es Gedicht für sini Begrüessig schriibe?`),

  rec('git_log', f`I'm in the middle of a rebase on the fleet-api repo:

interactive rebase in progress; onto ${GIT('b156n-g1').slice(0, 7)}
   pick ${GIT('b156n-g2').slice(0, 7)} feat(damage): require 4 photos on return
   pick ${GIT('b156n-g3').slice(0, 7)} fix(unlock): key VIN cache on VIN, not plate
Next: pick ${GIT('b156n-g4').slice(0, 7)} chore: bump aws-sdk to 3.699.0

How do I drop the chore commit?`),

  rec('docker', f`Which image is newer?
ghcr.io/rovacar/telematics-bridge:3.7.2@sha256:${SHA('b156n-d1')}
ghcr.io/rovacar/telematics-bridge:3.8.0@sha256:${SHA('b156n-d2')}`),

  rec('uuid_list', f`Delete these orphaned permit drafts, give me the SQL:
2b7e4c91-0d3f-4a58-9e21-c6f8a0b3d742
e41a9c07-5b62-4f1d-8a3e-92c7d05b1f68
7f0c2d85-a9e4-4b13-b6f7-1d3e8c5a9024`),

  rec('chat_pt_br', f`Me ajuda a conferir esses números de pedido? Pedido 4500192837465124 e 5358102947362814 do fornecedor de lâmpadas, nota fiscal 000.184.273, série 1. Chegou só metade.`, 'order numbers that fail the Luhn check'),

  rec('chat_ru', f`Помоги разобраться с номерами: заказ-наряд № 2024/11-0873, акт приёма-передачи № 17, кадастровый номер участка 50:21:0130204:1873. Это для договора аренды под вышку.`),

  rec('chat_uk', f`Як правильно оформити договір оренди землі під вежу? Кадастровий номер 4610136300:01:004:0187, площа 0,0150 га, строк 15 років. Загальні поради, будь ласка.`),

  rec('chat_el', f`Πώς γράφεται σωστά στα αγγλικά «Κωδικός Αριθμός Κτηματολογίου (ΚΑΕΚ) 050681803001»; Το χρειάζομαι για μετάφραση συμβολαίου.`),

  rec('chat_tr', f`Şifremi unuttum diyen müşterilere göndereceğimiz otomatik e-posta metnini düzeltir misin? "Şifrenizi sıfırlamak için uygulamadaki 'Şifremi unuttum' bağlantısına dokunun. Ekibimiz asla şifrenizi sormaz."`),

  rec('chat_he', f`איך מחשבים את הצמדת שכר הדירה למדד? שכר בסיס 4,800 ₪, מדד בסיס 100.0 ומדד נוכחי 107.3. תן לי נוסחה לאקסל.`),

  rec('chat_hi', f`हमारे पार्क के टिकट काउंटर के लिए एक सूचना लिखिए: "कृपया अपना OTP या पासवर्ड किसी कर्मचारी को न बताएँ। परमिट शुल्क केवल आधिकारिक पोर्टल पर जमा करें।"`),

  rec('chat_vi', f`Bạn dịch giúp mình: "Mã trạm HN-0217, tọa độ 21.028511, 105.804817, cột cao 36 m, hợp đồng số 2019/HĐ-THUE/0217." sang tiếng Anh.`),

  rec('chat_id', f`Tolong buatkan jadwal piket ranger: Pos 1 (frekuensi 151.625 MHz), Pos 2 (151.700 MHz), kode panggil RGR-01 sampai RGR-12, shift 06.00–14.00 dan 14.00–22.00.`),

  rec('chat_sv', f`Kan du sammanfatta leveransen? Order 2024-11-8734, fraktsedel 73318274910, 6 kolli, riggmateriel (kättingtelfrar och stålwire 10 mm). Leverans v. 49.`),

  rec('chat_bn', f`পার্কের গাইডদের জন্য একটা নোটিশ লিখে দিন: "কোনো পর্যটক যদি আপনার কাছে পাসওয়ার্ড বা ওটিপি চায়, দেবেন না। পারমিট নম্বর শুধু রসিদে থাকে।"`),

  rec('chat_ka', f`დამეხმარე ინგლისურად ვთარგმნო: «ანძის იჯარის ხელშეკრულება №2023/114, მიწის საკადასტრო კოდი 01.10.14.005.123, ფართობი 120 მ²».`),

  rec('chat_hy', f`Կօգնե՞ս թարգմանել անգլերեն՝ «Աշտարակի տեղամասի կադաստրային ծածկագիր 01-008-0047-0012, պայմանագիր № 47/2022, վարձավճար՝ տարեկան 1 200 000 դրամ»։`),

  rec('chat_am', f`እባክህ ይህን ለፓርኩ ጎብኚዎች ማስታወቂያ አርም፦ "የፈቃድ ክፍያ በባንክ ብቻ ይፈጸማል። የይለፍ ቃልዎን ለማንም አያጋሩ።"`),

  rec('chat_nl_be', f`Kunt ge dit herschrijven voor de klanten? "Uw borg van 300 euro wordt binnen de 5 werkdagen teruggestort. Gelieve uw rekeningnummer NOOIT per sms door te geven, wij vragen dat enkel via de app."`),

  rec('pr_review', f`Reviewer asked if committing this is a leak — it's the public cert of the permits portal:

${CERT}`),

  rec('chat_en', f`Is it bad that the old lighting-hire app stores hashes like ${ambCat('credential', BCRYPT)} in the users table? Cost 10 enough?`, 'a bcrypt password hash: ambiguous, no rule id'),

  rec('requirements', f`${amb('source_code.snippet', f`"node_modules/mapbox-gl": {
  "version": "3.8.0",
  "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.8.0.tgz",
  "integrity": "sha512-${fill('b156n-integrity', B62, 86)}=="
}`)}
npm ci says EINTEGRITY after the mirror switch — what does that mean?`),

  rec('chat_en_in', f`Our clinic form asks for Aadhaar, a parent typed "4829 1730 5816" and the system says invalid. Probably a typo — how do we politely ask them to check it without saying the number back on WhatsApp?`, 'Aadhaar-shaped, fails the Verhoeff check'),

  rec('chat_en_gb', f`Locum orthodontist typed her NHS number as 401 928 3759 on the onboarding form and the system rejects it. What's the check-digit rule so I can explain?`, 'NHS-shaped, fails the mod-11 check'),

  rec('chat_fi', f`Voitko kääntää englanniksi: "Vuokrasopimus nro 2020-0147, kiinteistötunnus 091-015-0004-0018, maston korkeus 42 m. Vuokra maksetaan vuosittain tammikuussa."`),

  rec('chat_zh', f`请帮我写一段给新教练协调员的培训说明：绝对不要在微信群里发患者的手机号或身份证号，客户资料只在系统里查看。这个规定对所有诊所都适用。`),

  rec('chat_fa', f`لطفاً این اطلاعیه را برای بازدیدکنندگان پارک ویرایش کن: «رمز عبور یا کد تأیید پیامکی خود را به هیچ‌کس ندهید. شماره مجوز فقط روی رسید چاپ می‌شود.»`),
];

/**
 * Held-out batch 133: hard negatives from the six settings — placeholders, masked and failing
 * numbers, part and booking references, registry statistics, casual "confidential"/"secret"/
 * "password" wording in many languages. Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b133n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b133n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b133n-cert', 780);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH133_NEGATIVES: DraftRecord[] = [
  rec('chat_is', f`Hvernig útskýri ég fyrir ferðamönnum muninn á jöklagöngu og íshellaferð? Ferðin okkar JKL-ICE-07 tekur 3,5 klst., hámark 12 manns, lágmarksaldur 8 ár. Skrifaðu stuttan texta á ensku og íslensku.`),

  rec('booking_confirmation', f`Booking confirmed ✔
Reference: JKS-2025-0418-7731
Tour: Snowmobile on Vatnajökull, 10:30 departure
Guests: 2 adults
Paid: ISK 59,800 with Visa •••• 3318
Meeting point: 64.2715° N, 16.3862° W (Jöklasel hut)

Translate this into German for the guest, please.`),

  rec('env_example', f`${cfg(f`# .env.example — booking service
STRIPE_SECRET_KEY=sk_live_your_key_here
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<twilio-auth-token>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/booking
SMS_SENDER=Jokulspor`)}

Write a README section explaining each variable, in English and Icelandic.`),

  rec('env_test', f`${cfg(f`# .env.test (committed; Stripe test mode only)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}`)}

Is it a problem that the publishable key in the test env is a live one?`),

  rec('chat', f`Our test checkout uses ${amb('financial.payment_card', '4242 4242 4242 4242')} and always succeeds, but I need one that triggers 3-D Secure for the Icelandic acquirer. Which Stripe test card does that?`),

  rec('receipt_de', f`Rechnung Nr. 2025-0312 – Musikschule Allegretto Zürich
Semestergebühr Klavier (30 Min./Woche): CHF 780.00
Bezahlt mit Mastercard **** **** **** 5520 am 03.03.2025
MwSt.-Nr. CHE-482.917.306 MWST (befreit)

Kannst du mir eine englische Version machen?`),

  rec('chat_fr', f`Pour la fête de l'école de musique, on organise un « Père Noël secret » entre profs. Peux-tu écrire une invitation rigolote ? Budget 15 €, tirage au sort le 2 décembre.`),

  rec('chat_es', f`¿Cuál es la diferencia entre un acuerdo de confidencialidad unilateral y uno mutuo? Necesito una plantilla de acuerdo de confidencialidad para los proveedores de repuestos de aviones.`),

  rec('chat', f`We're evaluating "confidential computing" (AMD SEV-SNP) for the registry's linkage enclave. What does it actually protect against compared to normal encryption at rest?`),

  rec('parts_list', f`Can you normalise these part numbers and conditions into a table?

PN 2117682-2 / SN LG4827 — landing gear actuator — OH — 8130-3 dated 2024-11-04
PN 3214552-4 / SN P17730 — APU starter — SV — EASA Form 1
PN 65-90305-57 / SN 0098213 — 737 flap track — AR
PN 4001-201 / SN 21774 — fuel nozzle — NE
ATA 32-11-00, ATA 49-41-00`),

  rec('chat_ru', f`Что означает статус детали «SV» и «OH» в объявлениях на ILS? Мы покупаем стартеры для Ан-148 и Суперджета, нужен понятный глоссарий на русском.`),

  rec('chat_ja', f`パスワードを忘れた場合の問い合わせ対応テンプレートを作ってください。「パスワードはメールでお伝えできません」と丁寧に伝える文面で、音楽教室の生徒さん向けです。`),

  rec('chat_ko', f`비밀번호 정책을 정리해 주세요: 최소 12자, 90일마다 변경하지 않음, 유출된 비밀번호 차단, 관리자는 2단계 인증 필수. 음악학원 직원 교육 자료로 쓸 거예요.`),

  rec('chat_de', f`Ich habe mein Kennwort für das Lehrerportal vergessen und der „Passwort zurücksetzen“-Link kommt nicht an. Kannst du mir eine höfliche Mail an den IT-Support formulieren?`),

  rec('registry_stats', f`Summarise this table for the annual report (Norwegian and English):

Nye krefttilfeller 2024 (foreløpige tall)
Kreftform          Menn   Kvinner   Totalt
Prostata (C61)     5 412      –      5 412
Bryst (C50)           38   3 921     3 959
Tykktarm (C18)     1 802   1 876     3 678
Lunge (C33–C34)    1 671   1 744     3 415
Melanom (C43)      1 388   1 297     2 685`),

  rec('chat', f`What's the difference between ICD-O-3 topography C34.1 and morphology 8140/3, and why does the linkage unit need both to deduplicate tumours? Keep it short for a new analyst.`),

  rec('log', f`${cfg(f`2025-03-19T02:14:07Z INFO  linkage batch=2025031 stage=blocking pairs=4820193 dur_s=412
2025-03-19T02:21:55Z INFO  linkage batch=2025031 stage=scoring em_iterations=14 converged=true
2025-03-19T02:22:03Z INFO  linkage batch=2025031 stage=clerical_review queued=1283 run_id=9d2f4c81-7a3e-4b60-95d1-e0c8a6f3b217
2025-03-19T02:22:03Z INFO  linkage batch=2025031 artifact sha256=${SHA('b133n-art')}`)}

Clerical review queue is 3x last quarter, what could cause that?`),

  rec('chat_uk', f`Напиши, будь ласка, оголошення для мешканців пункту тимчасового розміщення: сніданок з 7:00 до 9:00, пральня в кімнаті 104, тихі години з 22:00. Номер кімнати чергового — 101.`),

  rec('chat_es_mx', f`Necesito un volante en español para las personas en situación de calle: "Esta noche abre el refugio de invierno en el gimnasio de la calle 5. Hay 80 catres. Llame a la línea de ayuda ${amb('pii.phone', '(206) 555-0134')} o marque 211."`, 'US fictional 555-01xx number: ambiguous'),

  rec('chat_en_gb', f`For a training scenario, write a fake call script: the caller gives her mobile as ${amb('pii.phone', '07700 900418')} and asks for emergency accommodation tonight. Keep it realistic but short.`, 'Ofcom drama range: ambiguous'),

  rec('form_template', f`Make this intake form accessible (labels, hints, errors), keep the placeholders:

Full name: ____________________
Date of birth: MM/DD/YYYY
SSN (optional): XXX-XX-XXXX
Phone: (___) ___-____
Last place slept: ____________________`),

  rec('chat', f`Our shelter reporting counts "bed nights". Jan: 12,480, Feb: 11,906, Mar: 13,215. Capacity 430 beds. What's the occupancy per month? Also the HUD CoC code is WA-500.`),

  rec('git', f`I'm rebasing the payroll engine and got lost:

interactive rebase in progress; onto ${GITSHA('b133n-g1').slice(0, 7)}
   pick ${GITSHA('b133n-g2').slice(0, 7)} fix(pl): round ZUS to grosze
   pick ${GITSHA('b133n-g3').slice(0, 7)} feat(ro): 2025 CAS/CASS rates
Next: pick ${GITSHA('b133n-g4').slice(0, 7)} chore: bump decimal.js to 10.5.0

How do I drop the chore commit?`),

  rec('chat_pl', f`Jakie są stawki ZUS pracownika na 2025 r.? Emerytalna 9,76%, rentowa 1,5%, chorobowa 2,45% – zgadza się? Podstawa wymiaru dla umowy o pracę, bez PPK.`),

  rec('chat_pt_br', f`Qual é a diferença entre CLT e PJ para quem é contratado por um EOR no Brasil? Preciso de um resumo simples para o cliente americano, sem números pessoais.`),

  rec('invalid_iban', f`El ERP rechaza este IBAN de un proveedor de Sevilla: ES12 2100 4827 1902 0019 3745. ¿Puede ser que el dígito de control esté mal copiado? ¿Cómo se calcula?`, 'IBAN with wrong check digits'),

  rec('invalid_card', f`A parent read me their card number over the phone: 4716 2837 4910 2837. The terminal says "invalid card number". Did I write it down wrong? How does the check digit work?`, 'Luhn-failing card number'),

  rec('chat_hi', f`हमारे संगीत विद्यालय में "गोपनीयता नीति" (privacy policy) का एक सरल हिंदी संस्करण चाहिए, जिसमें लिखा हो कि हम बच्चों की फ़ोटो बिना अनुमति के नहीं डालते।`),

  rec('chat_ar', f`ما الفرق بين "سري" و"سري للغاية" في تصنيف الوثائق الحكومية؟ أحتاج شرحاً مبسطاً لمحاضرة عن أمن المعلومات.`),

  rec('chat_he', f`יש לי שאלה כללית: מה ההבדל בין חלק "serviceable" לחלק "overhauled" בעולם חלקי המטוסים? תסביר בעברית פשוטה.`),

  rec('chat_th', f`ช่วยเขียนข้อความต้อนรับลูกค้าทัวร์ธารน้ำแข็งเป็นภาษาไทย: นัดพบ 9:00 น. ที่ลานจอดรถ Jökulsárlón, ใส่เสื้อกันหนาว, ทัวร์ใช้เวลา 3 ชั่วโมง`),

  rec('chat_zh', f`请帮我写一段冰岛冰川徒步的安全须知：必须穿冰爪、戴头盔，12岁以下儿童需家长陪同，行程编号 JKL-ICE-07。`),

  rec('chat_el', f`Ποιο είναι το μυστικό για να μάθει ένα παιδί να κάνει εξάσκηση στο πιάνο χωρίς να βαριέται; Γράψε 5 συμβουλές για γονείς.`),

  rec('chat_tr', f`Uçak parçası ilanlarında "NE", "NS", "OH", "SV", "AR" kısaltmaları ne anlama geliyor? Türkçe kısa bir sözlük yapar mısın?`),

  rec('chat_vi', f`Viết giúp mình thông báo nghỉ lễ 30/4 – 1/5 cho học viên trường nhạc: các lớp piano và guitar nghỉ, học bù vào thứ Bảy 10/5.`),

  rec('pr_review', f`Reviewer flagged this as a possible leak — it's just the TLS certificate for the booking API, right?

${CERT}`),

  rec('sha_list', f`${cfg(f`sha256sum release/*.tar.gz
${SHA('b133n-s1')}  payroll-engine-4.12.0-linux-amd64.tar.gz
${SHA('b133n-s2')}  payroll-engine-4.12.0-darwin-arm64.tar.gz`)}

Which checksum should the release notes list?`),

  rec('chat_sv', f`Vad är skillnaden mellan sekretess och tystnadsplikt för anställda på ett cancerregister? Förklara kort på svenska, inga personuppgifter behövs.`),

  rec('chat_nl', f`Kun je een vriendelijke herinnering schrijven voor de ouders? "De uitvoering van de muziekschool is op zaterdag 14 juni om 14:00 in zaal 3. Het geheim van een goed optreden: op tijd komen en de bladmuziek (ISBN 978-90-6900-412-7) meenemen!"`),

  rec('chat_it', f`Ho dimenticato la password del Wi-Fi di casa, non quella di lavoro. Come la recupero dal router senza resettarlo?`),

  rec('chat_ka', f`დამეხმარე, დავწერო განცხადება მშობლებისთვის: საგაზაფხულო კონცერტი 25 მაისს, 18:00 საათზე, დიდ დარბაზში. ბილეთები უფასოა.`),

  rec('chat_am', f`ለመጠለያው ነዋሪዎች ማስታወቂያ ጻፍልኝ፦ ቁርስ ከጠዋቱ 1 ሰዓት እስከ 3 ሰዓት፣ የልብስ ማጠቢያ ክፍል 104 ነው።`),

  rec('versions', f`After the upgrade the booking kiosk reports firmware 10.4.2.118 and app 3.12.0.7; the vendor says we need at least 10.4.3.0. Can we jump over 10.4.2.200 and go straight to 10.4.3.0?`),

  rec('docs', f`## Notifications (snowmobile fleet)

Set \`SLACK_WEBHOOK_URL\` to your incoming webhook, e.g. \`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
Set \`TWILIO_AUTH_TOKEN\` from the Twilio console. Never commit real values; use \`\${TWILIO_AUTH_TOKEN}\` in compose files.`),

  rec('chat_fa', f`یک متن کوتاه بنویس که به مراجعان پناهگاه توضیح دهد اطلاعات شخصی‌شان محرمانه می‌ماند و بدون اجازه با کسی به اشتراک گذاشته نمی‌شود.`),

  rec('chat_bn', f`শীতকালীন আশ্রয়কেন্দ্রের জন্য একটা ঘোষণা লিখে দাও: রাত ৮টা থেকে খোলা, কম্বল ও গরম খাবার দেওয়া হবে, পোষা প্রাণী আনা যাবে।`),

  rec('chat_ta', f`சம்பளச் சீட்டில் "Gross", "Net", "PF", "ESI" என்ற சொற்களுக்கு எளிய தமிழ் விளக்கம் எழுதுங்கள். புதிய ஊழியர்களுக்கான கையேட்டுக்கு.`),

  rec('ssn_invalid', f`Someone entered SSN 000-48-2917 in the intake form and the HMIS accepted it. Shouldn't the system reject an area number of 000? How do we validate SSNs properly?`, 'SSN with area 000: not issued'),

  rec('chat', f`Music exam results are in! Grade 5 piano: 3 distinctions, 7 merits. I'm confident we'll beat last year's numbers. Can you write a short celebratory post for Instagram?`),
];

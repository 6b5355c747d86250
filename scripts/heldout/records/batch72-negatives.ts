/**
 * Held-out batch 72: hard negatives — container, seal, vessel and aircraft identifiers, lot numbers,
 * placeholders, documentation and test keys, masked or invalid numbers, hashes, public keys, casual uses
 * of "secret" and "confidential" — in the languages of the batch (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b72n-sktest', B62, 97));
const STRIPE_PK = tok('pk_', 'live_', '51', fill('b72n-pklive', B62, 97));
const PUB_KEY = pem('PUBLIC KEY', 'b72n-pub', 294);
const CERT = pem('CERTIFICATE', 'b72n-cert', 720);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = (seed: string) => tok('$2b$12$', fill(seed, B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${b64Bytes('b72n-png', 360)}`;
const GIT_SHA = (seed: string) => fill(seed, HEX, 40);

export const BATCH72_NEGATIVES: DraftRecord[] = [
  rec('eir', f`Can you format this into a clean equipment interchange receipt for the haulier? Just a table.

Container: MSKU 718204 7 (40' HC, tare 3,900 kg)
Seal: ML-4829173 (line seal), customs seal TR-0082194
Booking: 254187390 / vessel MAERSK EMDEN voy. 503W
Gross (VGM): 28,450 kg, method 1
Damage on pick-up: dent left side panel, 20 cm, photo ref IMG_4471
Truck: KJ 84 DXR, trailer T-2291
Gate-out: 16/01/2025 09:42, lane 5`),

  rec('chat', f`What's the quickest way to check whether this engine is on the same build standard as the one in the lease? Records say:

Aircraft: A320-214, MSN 41288, reg EI-FXK (pending), delivered 2011
Engine #1: CFM56-5B4/3, ESN 577418, TSN 38,612 FH / CSN 21,904 FC
Engine #2: CFM56-5B4/3, ESN 577603, TSN 37,950 FH / CSN 21,455 FC
APU: APS 3200, S/N P-5127
Last shop visit ESN 577418: 2021-06, LLP stack 2 of 3 replaced
Relevant ADs: 2024-07-12, 2023-0198`),

  rec('chat_de', f`Für das Audit brauche ich eine Tabelle, welche Chargen wir für welche Arbeiten verwendet haben. Kannst du das sortieren?

Zirkonoxid-Ronde 98,5 × 14 mm, REF ZR-9814-A2, LOT 2407183, verwendet für Aufträge 11873–11891
Glaskeramik-Block, REF LS2-C14-A1, LOT W94721, Verfallsdatum 2027-03
Modellgips Klasse IV, LOT 24-0918, ISO 6873
UDI-DI laut Etikett (01)04049431200815
Farbe überall VITA classical A2 bzw. 3D-Master 2M2`, 'lot numbers, REF codes and a GS1 UDI-DI: product identifiers'),

  rec('env_cs', f`Ahoj, v testech používáme moto a lokálně to funguje, ale v CI to najednou hlásí "InvalidClientTokenId". Tohle je náš .env.test:

${amb('source_code.snippet', f`AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_DEFAULT_REGION=eu-central-1
S3_BUCKET=qs-exports-test
USE_MOTO=true`)}

Nemůže to být tím, že v CI chybí USE_MOTO?`, 'AWS documentation keys in a test env file: no credential'),

  rec('env_es', f`Hola, ¿está bien que el .env.test esté en el repo? El de producción no, obvio.

${amb('source_code.snippet', f`# .env.test — solo modo test, se sube al repo a propósito
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${STRIPE_PK}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/qs_test
MAIL_DRIVER=log`)}

La publishable es la de live porque la copiamos del front, ¿pasa algo?`, 'Stripe test secret key and a publishable key: not credentials; placeholder DB URL'),

  rec('receipt_fr', f`Tu peux me traduire ce reçu en anglais pour la note de frais ?

Laboratoire Lumadent Lyon — reçu n° 2025-00318
Date : 15/01/2025 10:47
Articles : 3 × fraise carbure CAD/CAM Ø 1 mm, 1 × kit de polissage zircone
Total TTC : 186,40 € (dont TVA 20 % : 31,07 €)
Payé par carte : CB Visa •••• •••• •••• 4417, autorisation 082731
Merci de votre visite !`),

  rec('chat_pl', f`Kierowca podał w formularzu numer karty paliwowej floty 5264 1836 8181 8453 i system go odrzuca. Czy karty paliwowe DKV/UTA mają jakąś sumę kontrolną, którą mogę sprawdzić ręcznie? Chodzi tylko o rozliczenie tankowania na terenie terminalu.`, 'Luhn-failing number on a fleet fuel card'),

  rec('test_nl', f`Ik schrijf unit tests voor onze IBAN-validatie bij het aanmaken van een SEPA-machtiging. Deze waarden moeten allemaal afgewezen worden, klopt mijn lijst?

- NL22 RABO 0331 7500 67 (controlegetal fout)
- NL15 RABO 0331 7500 6 (te kort)
- DE00 0000 0000 0000 0000 00 (nullen)
- BE29 3104 1523 546 (cijfer ontbreekt)

En welke foutmelding geven we dan aan de gebruiker?`, 'test values an IBAN validator must reject: wrong check digits, too short, zeros'),

  rec('log_ja', f`このログから、どのリクエストが遅いのか分析してください。

${amb('source_code.snippet', f`2025-01-15T05:12:44.118Z INFO  api req=6f1c2a9e-3b47-4d08-9e15-a7c03b2d81f4 GET /v2/accounts/acc_7731/usage 200 38ms
2025-01-15T05:12:44.530Z INFO  api req=0b9d4e73-58a1-4c26-8f90-2e6d17c4a5b8 POST /v2/reports/export 202 1204ms
2025-01-15T05:12:45.002Z WARN  worker job=export-88213 commit=${GIT_SHA('b72n-sha1')} slow_query=true dur=9821ms
2025-01-15T05:12:45.771Z INFO  api req=c4e8f2a1-7d93-4b6e-a015-93b8e2f7c6d0 GET /v2/health 200 2ms`)}`),

  rec('chat_ko', f`리스 고객사 SFTP 서버에 등록할 공개키와, 그쪽에서 보내준 서버 인증서입니다. 이거 외부로 보내도 괜찮은 거 맞죠? 보안팀에서 물어봐서요.

${PUB_KEY}

${CERT}`, 'a public key and a certificate: public by design'),

  rec('chat_tr', f`Gümrük beyannamesi için bilgileri bir tabloya koyar mısın? Konşimento no: MEDUIZ824719, beyanname no: 25341300EX00418273, GTİP: 8708.99.97.90.00, firma vergi no: 4820193756, MERSİS no: 0482019375600015, konteyner MEDU 931546 5, mühür no 7719204. Hepsi şirket bilgisi, kişisel veri yok.`),

  rec('policy_sv', f`Kan du skriva om det här stycket i vår IT-policy för förvaltningen så att det blir lättare att läsa?

"Lösenord ska vara minst 14 tecken. Lösenord får aldrig skickas via e-post, sms eller skrivas i ärendeanteckningar i Treserva. Använd lösenordshanteraren. Om du misstänker att ditt lösenord har röjts ska du omedelbart byta det och kontakta IT-supporten på anknytning 4400."`),

  rec('k8s_ru', f`Почему под не видит переменную DB_PASSWORD? Манифест:

${amb('source_code.snippet', f`env:
  - name: DB_HOST
    value: pg-main.billing.svc
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: billing-db
        key: password
  - name: API_TOKEN
    value: "{{ .Values.apiToken }}"`)}

Секрет billing-db создан в другом неймспейсе, может в этом дело?`),

  rec('chat', f`Our payroll contractor sent a W-9 template for us to fill in as the payer. I only need to add our company's details, right? The form shows "SSN: 000-00-0000" as an example and our EIN is 84-3920571. Do I leave the SSN box empty since we're an LLC?`),

  rec('test_data', f`Writing validation tests for the benefits intake form. These NINOs should all fail — can you double-check my reasoning?

- DA 28 41 93 B (D isn't used as a first letter)
- BG 12 34 56 A (BG prefix never issued)
- AB 12 34 56 E (suffix must be A–D)
- TN 48 27 13 C (TN is for temporary numbers)

And should we show a different message for each case or one generic one?`, 'National Insurance numbers with unissued prefixes or suffix: invalid test values'),

  rec('test_hi', f`हमारी QA टीम ने फॉर्म की जाँच के लिए यह डमी आधार नंबर बनाया है: 4829 1735 0628 — यह Verhoeff चेक में फेल होना चाहिए। क्या हमारा JavaScript वैलिडेशन इसे सही से reject करेगा? कृपया Verhoeff एल्गोरिदम का छोटा सा स्पष्टीकरण भी दें।`, 'Verhoeff-failing Aadhaar-shaped test value'),

  rec('chat_zh', f`帮我把这几票出口货的信息整理一下发给货代：
提单号：COSU6418273950，订舱号：EBKG08217493
报关单号：223120251000418237
HS 编码：8413.70.9990（离心泵）
箱号：OOLU 215839 5，铅封号 CN8827461
船名航次：COSCO SHIPPING ARIES 052E，截关时间 1月20日 12:00`),

  rec('release_uk', f`Склади, будь ласка, короткі release notes з цього списку артефактів для клієнтів:

quillstack-agent-2.8.0-linux-amd64.tar.gz  sha256:${SHA('b72n-rel1')}
quillstack-agent-2.8.0-darwin-arm64.tar.gz sha256:${SHA('b72n-rel2')}
quillstack-agent-2.8.0-windows-amd64.zip   sha256:${SHA('b72n-rel3')}

Зміни: підтримка проксі з NTLM, виправлено витік пам'яті при синхронізації вкладень, мінімальна версія Windows — 10 22H2.`),

  rec('html_he', f`למה התמונה בניוזלטר להורים לא מוצגת ב-Outlook? זה הקוד של הלוגו:

${amb('source_code.snippet', f`<td align="center" style="padding:16px 0">
  <img src="data:image/png;base64,${PNG_B64}" width="64" height="64" alt="לוגו הפנימייה">
</td>`)}

בג'ימייל זה עובד בסדר.`),

  rec('chat_ar_eg', f`محتاج جدول بالرحلات اللي هتنقل الطيارة من القاهرة لشانون للفحص قبل الإرجاع: رحلة تشغيلية MS 777 من CAI لـ FRA يوم ٣ مارس، وبعدين رحلة فيري من EDDF لـ EINN يوم ٤ مارس، الطيارة A320 رقمها التسلسلي MSN 5127 وتسجيلها الحالي SU-GCK. كود الـ ICAO للمطار الأخير EINN والـ IATA بتاعه SNN.`),

  rec('chat_el', f`Μπορείς να μου φτιάξεις πίνακα με τις θέσεις πρόσδεσης για την επόμενη εβδομάδα; MSC ALINA, IMO 9321483, MMSI 538007412, θέση S3 (37.9421, 23.6037), ETA 21/01 06:00. CMA CGM TAGE, IMO 9754082, MMSI 636019284, θέση S5 (37.9398, 23.6112), ETA 22/01 14:30.`, 'IMO and MMSI numbers and coordinates: vessel identifiers'),

  rec('chat_ro', f`Bună, vreau să comand cărți noi pentru biblioteca internatului. Poți să-mi faci un tabel cu titlu, autor și ISBN?
ISBN 978-973-46-8821-4 — Enigma Otiliei, G. Călinescu
ISBN 978-606-33-5219-7 — Maitreyi, M. Eliade
ISBN 978-973-50-7412-1 — Ion, L. Rebreanu
câte 6 exemplare din fiecare.`),

  rec('chat', f`Can you make a clean exam timetable for the boarders from this? NCEA L2 exams: English 91101 — Tue 12 Nov 9:30, hall B, candidates 1120–1184; Chemistry 91164 — Wed 13 Nov 14:00, lab 2, candidates 1190–1212; Maths 91262 — Fri 15 Nov 9:30, gym. Boarders need breakfast by 7:45 on exam days.`),

  rec('chat_de_ch', f`Eine Klientin hat ihr Passwort fürs E-Banking vergessen und will, dass wir ihr helfen, weil sie die Miete überweisen muss. Was darf ich als Sozialarbeiterin da überhaupt tun und was nicht? Ich will nicht, dass sie mir ihr Passwort sagt.`),

  rec('chat_th', f`ขอถามหน่อยครับ "confidential computing" ที่ผู้ให้บริการคลาวด์พูดถึงคืออะไร ต่างจากการเข้ารหัสข้อมูลทั่วไปยังไง? ลูกค้าถามมาว่าระบบของเราใช้หรือเปล่า แล้วความลับทางการค้าของลูกค้าจะปลอดภัยไหม`),

  rec('chat_ms', f`Saya nak uji aliran pembayaran di staging. Dokumentasi cakap guna kad ujian ${amb('financial.payment_card', '4111 1111 1111 1111')} untuk berjaya dan ${amb('financial.payment_card', '4000 0000 0000 0002')} untuk ditolak. Kenapa kad kedua pun berjaya di staging kami?`, 'well-known test cards: ambiguous'),

  rec('email_pt_br', f`Pode resumir esse e-mail do fornecedor em duas linhas?

"Prezados, informamos que o lote de blocos de zircônia 24-7731 foi liberado pela Anvisa e será enviado amanhã pela transportadora, nota fiscal 000.418.273, série 1. Previsão de entrega: 22/01.
Atenciosamente, Logística Dentalmax
${amb('confidential.marking', 'Esta mensagem pode conter informações confidenciais ou privilegiadas.')} Se você a recebeu por engano, favor apagá-la."`),

  rec('log_lt', f`Sveiki, kodėl šiame žurnale tiek daug nesėkmingų jungčių iš vieno adreso? Ar tai ataka?

${amb('source_code.snippet', f`2025-01-17 03:14:07 sshd[4412]: Failed password for invalid user admin from ${amb('pii.ip_address', '45.148.10.92')} port 51344
2025-01-17 03:14:09 sshd[4415]: Failed password for invalid user oracle from ${amb('pii.ip_address', '45.148.10.92')} port 51372
2025-01-17 03:14:12 sshd[4418]: Failed password for root from ${amb('pii.ip_address', '45.148.10.92')} port 51390
2025-01-17 03:15:40 sshd[4431]: Accepted publickey for gateops from ${amb('pii.ip_address', '10.40.2.15')} port 60122`)}`),

  rec('chat_lv', f`Vecajā klientu portālā paroles glabājās šādi (piemēri no testa datubāzes):
${ambCat('credential', BCRYPT('b72n-bc1'))}
${ambCat('credential', BCRYPT('b72n-bc2'))}
Vai, pārejot uz jauno sistēmu, varam tos vienkārši pārkopēt, vai lietotājiem būs jāmaina paroles?`, 'bcrypt hashes: ambiguous, no rule id'),

  rec('chat_et', f`Kuidas ma CI-s submodule'i kloonin, kui URL on ${amb('pii.email', 'git@github.com')}:quillstack/shared-proto.git? Ja README-s on näide "postgres://USER:PASSWORD@HOST:5432/DB" — kas see tuleb kuidagi asendada või on see lihtsalt vorming?`),

  rec('schema_sl', f`Ali je ta JSON shema za prijavo staršev v portal v redu? Validator pravi, da "format": "password" ni standarden.

${amb('source_code.snippet', f`{
  "type": "object",
  "required": ["username", "password"],
  "properties": {
    "username": { "type": "string", "minLength": 3 },
    "password": { "type": "string", "format": "password", "minLength": 12 },
    "remember_me": { "type": "boolean", "default": false }
  }
}`)}`),

  rec('chat_fa', f`سلام، در جلسهٔ امروز مدیر گفت «رمز موفقیت تیم ما پیگیری منظم پرونده‌هاست». می‌خواهم این جمله را در ابتدای گزارش ماهانهٔ واحد مددکاری بنویسم. یک پاراگراف انگیزشی کوتاه بر اساس آن بنویس، بدون اشاره به هیچ پرونده‌ای.`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ẹ bá mi ṣe àtẹ àkókò ìdánwò fún àwọn akẹ́kọ̀ọ́ ilé-ìgbé: Ìṣirò ní ọjọ́ Ajé 20/01 aago mẹ́sàn-án, Gẹ̀ẹ́sì ní ọjọ́ Ìṣẹ́gun 21/01 aago mẹ́wàá, Yorùbá ní ọjọ́ Rú 22/01. Kíláàsì JSS2A ní akẹ́kọ̀ọ́ 38, JSS2B ní 41.`),

  rec('chat_ha', f`Don Allah ka taƙaita rahoton aikin jiya: an sauke kwantena 1,284 daga jirgin ruwa guda biyu, an loda 967. Layin ƙofa na 2 ya tsaya daga ƙarfe 3 zuwa 4 na rana saboda matsalar wuta. Matsakaicin lokacin jira na manyan motoci minti 47.`),

  rec('chat_zu', f`Ngicela ungisize ngibhale isaziso sabasebenzi: umhlangano wethimba uzoba ngoLwesithathu ngo-10:00 egumbini 3B. Sizoxoxa ngezibalo zenyanga: amacala amasha angu-64, amacala avaliwe angu-51. Akekho ozobizwa ngegama.`),

  rec('chat_km', f`សូមជួយរៀបចំតារាងបន្ទប់ស្នាក់នៅសម្រាប់ឆមាសទី២៖ អគារ A បន្ទប់ 101–118 សម្រាប់សិស្សថ្នាក់ទី១០ អគារ B បន្ទប់ 201–214 សម្រាប់ថ្នាក់ទី១១ សិស្សសរុប ១២៦ នាក់។`),

  rec('chat_my', f`ဒီအပတ် ဆိုက်ကပ်မယ့် သင်္ဘောစာရင်းကို ဇယားလုပ်ပေးပါ။ KOTA GEMAR voyage 0412S — ETA 21/01 06:00, berth T2; MAERSK SEMBAWANG 503N — ETA 23/01 14:00, berth T3။ container စုစုပေါင်း ၁,၈၅၀ လုံး ခန့်မှန်းပါတယ်။`),

  rec('chat_pa', f`ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਹਫ਼ਤੇ ਦੇ ਆਰਡਰਾਂ ਦੀ ਸੂਚੀ ਬਣਾਓ: ਆਰਡਰ LD-25-00412 (3 ਕ੍ਰਾਊਨ), LD-25-00418 (1 ਬ੍ਰਿਜ), LD-25-00431 (ਡੈਂਚਰ)। ਕੁੱਲ 5 ਕੇਸ, ਡਿਲੀਵਰੀ ਸ਼ੁੱਕਰਵਾਰ ਤੱਕ।`),

  rec('chat_kn', f`ಯಾರ್ಡ್ ಹ್ಯಾಂಡ್‌ಹೆಲ್ಡ್ ಸಾಧನಗಳ ಪಟ್ಟಿ: Zebra TC58, IMEI 867412058392712, ಸೀರಿಯಲ್ 22418S01827; Zebra TC58, ಸೀರಿಯಲ್ 22418S01833. ಇವುಗಳಲ್ಲಿ ಯಾವುದು ಫರ್ಮ್‌ವೇರ್ ಅಪ್ಡೇಟ್ ಆಗಿಲ್ಲ ಎಂದು ಪರಿಶೀಲಿಸುವುದು ಹೇಗೆ?`, 'an IMEI (Luhn-valid, but a device identifier, not a card)'),

  rec('chat_te', f`మా కొత్త కస్టమర్ ఇన్వాయిస్‌లో వారి GSTIN 36AABCG4821K1Z7 మరియు PO నంబర్ PO/2025/0193 సరిగ్గా ఉన్నాయా అని ఎలా చెక్ చేయాలి? ఇన్వాయిస్ నంబర్ QS-IN-2025-0047, మొత్తం ₹4,72,000 + GST.`, 'a company GSTIN: a business identifier'),

  rec('chat_gu', f`આ અઠવાડિયાના કુરિયર માટે પેકિંગ લિસ્ટ બનાવો: બોક્સ 1 — કેસ નં. 2518, 2521 (અમદાવાદ, પિન 380009); બોક્સ 2 — કેસ નં. 2530 (સુરત, પિન 395007). કુલ વજન 2.4 કિલો.`),

  rec('chat_mr', f`शासन निर्णय क्र. सामाजिक-२०२४/प्र.क्र.११८/का.३ नुसार नवीन योजनेचे निकष काय आहेत, त्याचा सोपा सारांश करून द्या. अर्जाची अंतिम तारीख ३१ मार्च २०२५ आहे आणि लाभ दरमहा ₹१,५०० आहे.`),

  rec('chat_fr_be', f`Question de déontologie : une collègue du CPAS veut transmettre des informations sur une famille à l'école des enfants. Le secret professionnel partagé s'applique-t-il ici, ou faut-il l'accord des parents ? Je ne donne volontairement aucun nom.`),

  rec('chat_es_ar', f`¿Cuál es el secreto para que un demo de 30 minutos no se vaya en preguntas técnicas? Armame una estructura de demo para prospects de logística, con tiempos, y que el cierre sea agendar la prueba gratuita.`),

  rec('chat_pt_pt', f`A app do banco mostra a transferência da renda assim: "PT50 **** **** **** **** 8129 1 — ATLANTICO FERRY SERVICES — 18.000,00 EUR". Consegues explicar-me porque é que o extrato só mostra os últimos dígitos e se isto basta como comprovativo para o auditor?`),

  rec('chat_no', f`Kan du skrive en morsom invitasjon til hemmelig venn-aktiviteten på internatet før juleferien? Budsjett 100 kr, gavene deles ut fredag 13. desember etter middag i fellesstua.`),

  rec('chat', f`Quick one — for the supplier form they want our UEN and GST registration number. Is it fine to send both by email? UEN 201812345K, GST reg. M90371824X. Also our DUNS 659203718. None of this is personal, right?`, 'company registration numbers (Singapore UEN, GST, DUNS): business identifiers'),

  rec('chat_fr_sn', f`Peux-tu vérifier la cohérence de ces références avant que je les envoie au transitaire ? Manifeste n° 2025/DKR/00417, connaissement GRI0418273DK, conteneurs CMAU 503127 2 et HLXU 674028 5, navire GRANDE DAKAR voyage 0125, escale prévue le 24 janvier au môle 3.`),

  rec('chat_yue', f`我哋 team 下個禮拜搞「秘密天使」(Secret Santa)，每人預算 $200。幫我寫個有趣嘅 WhatsApp 邀請，記得講抽籤喺禮拜一午飯時間做。`),
];

/**
 * Held-out batch 137: hard negatives from the six settings — microchip, IMO and MMSI numbers, PCN
 * and booking references, placeholders, documentation and test keys, failing check digits, masked
 * cards, hashes, casual uses of "confidential" — in many languages (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, nhsCheckDigit, spacedFours as g4, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, DIGITS, HEX, fill, pem, tok } from '../tokens';

const bump = (d: string): string => String((Number(d) + 3) % 10);
/** A card-shaped number whose Luhn check fails (the right check digit, plus three). */
const badCard = (prefix: string, len: number, seed: string): string => {
  const p = prefix + fill(seed, DIGITS, len - prefix.length - 1);
  return p + bump(String(luhnCheckDigit(p)));
};
/** An IBAN with wrong check digits. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 98 ? 2 : good + 1).padStart(2, '0') + bban;
};
const badAadhaar = (p11: string): string => {
  const d = p11 + bump(String(verhoeffCheckDigit(p11)));
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};
const badNhs = (p9: string): string => {
  const c = nhsCheckDigit(p9);
  const d = p9 + String((c + 1) % 10);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b137n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b137n-pklive', B62, 97));
const BAD_VISA = badCard('4', 16, 'b137n-badvisa');
const BAD_GIFT = badCard('6', 16, 'b137n-gift');
const BAD_IBAN_CH = badIban('CH', '00762' + fill('b137n-ibch', DIGITS, 12));
const BAD_AADHAAR = badAadhaar('62918374056');
const BAD_NHS = badNhs('943847120');
const CERT = pem('CERTIFICATE', 'b137n-cert', 880);
const PUB = pem('PUBLIC KEY', 'b137n-pub', 294);
const BCRYPT = tok('$2b$12$', fill('b137n-bcrypt', B62 + './', 53));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const PNG = `iVBORw0KGgoAAAANSUhEUgAAAB4AAAAeCAYAAAA7MK6iAAAA${fill('b137n-png', B64, 200)}`;

export const BATCH137_NEGATIVES: DraftRecord[] = [
  rec('transfer_de', f`Bitte das Transportdokument für die Abgabe unserer zwei Zwergotter an den Partnerzoo ins Englische übersetzen:

Tier 1: Zwergotter (Aonyx cinereus), männlich, Transponder 956000014829173, ZIMS-GAN MIG12-30218471
Tier 2: Zwergotter, weiblich, Transponder 900164000482917, ZIMS-GAN MIG12-30218472
EEP-Empfehlung vom 04.10.2024, Quarantäne 30 Tage, letzte Entwurmung 18.11.2024.`),

  rec('vessel_nb', f`Kan du lage en kort omtale av det nye fartøyet til nettsiden?

MF «Hamnøy»
IMO 9482917 · MMSI 257048290 · kallesignal LCXH
Bygget 2021 ved Tersan, 120 PBE, 349 passasjerer, batterihybrid (4,3 MWh).
Settes inn på sambandet Bodø–Moskenes fra 15. januar.`),

  rec('pcn_en_gb', f`Help me answer this appeal in plain English:

PCN number: WK48291736
Vehicle: silver Ford Focus, VRM LK19 XTN
Contravention code 12 (parked in a residents' or shared use place without a valid permit), 14:37, Elm Grove.
Appellant says her visitor permit was displayed upside down. Photos show the permit code V-2024-8817 but not the expiry.`),

  rec('booking_nl', f`Kun je dit in een nette e-mail zetten? Boekingsnummer TX-2024-118293, overtocht Den Helder–Texel 14 december 09:30, 2 volwassenen + auto (kenteken GH-482-K). Wijzigingskosten €7,50. Ticketnummers 7782 0193 4417 en 7782 0193 4418.`),

  rec('env_example_sv', f`Vi lägger in en exempelfil i repot för biljettsystemet, är den okej?

${cfg(f`# .env.example – kopiera till .env och fyll i
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/biljett
SMTP_PASSWORD=<ditt-lösenord>
STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}
VAULT_TOKEN=`)}

Tanken är att ingen ska råka committa riktiga värden.`),

  rec('env_test_en', f`Is it ok that the staging env for the permit portal uses a live publishable key?

${cfg(f`STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME`)}`),

  rec('runbook_en', f`Rewrite this step of our FSE runbook so it's clearer:

"3. Configure the AWS CLI on the tool-side PC. For the lab exercise use the documentation credentials AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — the real ones are issued per customer site by the FSE lead and never written into this document."`),

  rec('docs_pt_br', f`Estou escrevendo a documentação do checkout de ingressos do aquário. Pode revisar o trecho?

"Para testar em sandbox, use o cartão ${amb('financial.payment_card', '4111 1111 1111 1111')}, validade qualquer data futura e CVV 123. Para simular recusa, use ${amb('financial.payment_card', '4000 0000 0000 0002')}."`),

  rec('script_en_us', f`Training script for new parking call-center agents — can you make it friendlier?

"Thank you for calling the City Parking Permit Line. If you're calling about a citation, please have your citation number ready. For this exercise, the caller's callback number is ${amb('pii.phone', '(555) 010-4477')}."`),

  rec('training_en_gb', f`Proofread the role-play handout for home-care coordinators:

Scenario 2: The daughter of a client rings from ${amb('pii.phone', '07700 900481')} saying her mother didn't get her lunchtime visit. The office landline shown on the rota is ${amb('pii.phone', '020 7946 0732')}. Practise apologising and escalating to the on-call manager.`),

  rec('typo_es', f`Un cliente del ferry dice que la web no acepta su tarjeta ${g4(BAD_VISA)}. ¿Puede ser que la haya escrito mal? ¿Cómo le explico que revise los dígitos sin pedirle que nos mande el número por correo?`),

  rec('iban_gsw', f`D Bank seit, d IBAN ${g4(BAD_IBAN_CH)} vom Lieferant sig ungültig. Isch das e Tippfehler i de Prüfziffere? Wie chan ich das überprüefe, ohni de Lieferant no mal z'nerve?`),

  rec('receipt_it', f`Puoi controllare se questa ricevuta del traghetto va bene per la nota spese?

MOBY – Livorno → Olbia
Carta: **** **** **** 7314 (Mastercard)
Importo: 186,40 €
Autorizzazione: 048291
Data: 22/11/2024 21:30`),

  rec('release_ko', f`장비 소프트웨어 릴리스 노트를 고객용으로 다듬어 주세요.

버전: EQ-Controller 7.4.2 (build 20241122.3)
패키지 SHA-256: ${SHA('b137n-sha1')}
변경 사항: 챔버 리크 체크 시퀀스 개선, 알람 ID 4012 메시지 수정
설치 ID: 3f8a2c71-9d4e-4b06-8e15-c72a9d3b5f41`),

  rec('firmware_ja', f`以下のファームウェア更新手順を簡潔にしてください。
1. 現行バージョン(4.12.1.3)を確認
2. ロボットコントローラのファームウェアを 4.13.0.0 に更新
3. ティーチング位置を再確認（ステーション 1〜4）`, 'version strings: not IP addresses'),

  rec('chat_en_cc', f`Our customers keep asking whether our tool-side analytics box supports "confidential computing" (SGX / SEV). What does that actually mean, and is it relevant for a fab that doesn't let data leave the site?`),

  rec('template_fr', f`Tu peux m'écrire un modèle d'accord de confidentialité pour les bénévoles du zoo qui travaillent avec les soigneurs ? Quelque chose de simple, une page, qui couvre les photos des animaux malades et les informations sur les naissances à venir.`),

  rec('pw_hu', f`Írj egy rövid útmutatót az új hajójegy-pénztárosoknak a bejelentkezésről:
Felhasználónév: a dolgozói azonosítód (pl. P1234)
Jelszó: ********
Ha elfelejtetted a jelszavad, kattints az „Elfelejtett jelszó" linkre vagy hívd a helpdesket.`),

  rec('studbook_es_mx', f`¿Me ayudas a ordenar esta lista para el informe del libro genealógico del lobo mexicano?
Studbook #1482 – macho – llegó de Chapultepec 2019
Studbook #1517 – hembra – criada en el zoológico, camada 2021
Studbook #1603 – macho – en préstamo reproductivo (SSP)
Local ID: LM-08, LM-11, LM-14.`),

  rec('lots_zh_tw', f`幫我把這些批號整理成表格給客戶：
機台序號 ETX-3207-0419，Chamber C
受影響批號：N4H218.01、N4H218.02、N4H219.07
工單 WO-2024-118274，零件 P/N 0021-48291 Rev. C（O-ring，Kalrez 8475）`),

  rec('cert_en', f`Is this the right certificate to upload to the parking portal's load balancer? It's what the CA sent back:

${CERT}

And this is the public key they asked us to pin in the mobile app:

${PUB}`),

  rec('lock_en', f`Can you explain this package-lock snippet from the visit-scheduling app? Why two versions of date-fns?

${cfg(f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-${fill('b137n-integ', B64, 86)}=="
},
"node_modules/react-big-calendar/node_modules/date-fns": {
  "version": "2.30.0"
}`)}`),

  rec('changelog_ru', f`Переведи, пожалуйста, журнал изменений ПО для заказчика:
${GIT('b137n-git1').slice(0, 7)} исправлена ошибка позиционирования робота на станции 3
${GIT('b137n-git2').slice(0, 7)} обновлён драйвер датчика давления
${GIT('b137n-git3')} merge: release/7.4`),

  rec('html_ar', f`لماذا لا تظهر أيقونة الخريطة في صفحة تصاريح المواقف؟

${cfg(f`<img class="map-icon" alt="خريطة" src="data:image/png;base64,${PNG}">`)}`),

  rec('bic_gsw', f`Chasch mir erkläre, was de Unterschied zwüsche dene BICs isch? Mir händ für de gliich Kunde zwei: ${amb('financial.swift_bic', 'PRVBCHZZXXX')} und ${amb('financial.swift_bic', 'PRVBCHZZ80A')}. Isch das e Filial oder e anderi Bank?`),

  rec('hash_he', f`מצאתי את זה בגיבוי של מסד המשתמשים של פורטל הלקוחות. זה מסוכן?

user_id | username | password_hash
4471 | d.levi | ${amb('credential.password_assignment', BCRYPT)}

האם אפשר לפענח את זה?`),

  rec('gift_fr_ca', f`Une cliente dit que sa carte-cadeau du Biodôme ne passe pas en caisse : ${g4(BAD_GIFT)}. Le système dit « numéro invalide ». C'est peut-être une carte d'un autre commerce? Aide-moi à lui répondre.`),

  rec('ssn_en_us', f`Review this intake form template for the home-care agency — is the SSN example OK?

Social Security Number: ${amb('pii.us_ssn', '123-45-6789')} (example – replace with the client's)
Date of visit: __/__/____
Medicare ID: _____________`),

  rec('testdata_en_us', f`QA wants synthetic patients for the scheduling app. These SSNs should never validate — correct?
666-48-2917, 000-38-1746, 912-74-3810
We use them to test the "invalid SSN" error message.`),

  rec('aadhaar_hi', f`एक मरीज़ के बेटे ने आधार नंबर ${BAD_AADHAAR} भेजा, पर पोर्टल "अमान्य आधार" बता रहा है। शायद उसने कोई अंक गलत लिखा है। उसे विनम्रता से दोबारा जाँचने को कहने वाला संदेश लिख दो, और यह भी कि वह नंबर WhatsApp पर न भेजे।`),

  rec('nhs_en_gb', f`The GP surgery says NHS number ${BAD_NHS} doesn't match any patient and fails the check. How do I politely ask the family to double-check it from the NHS app?`),

  rec('tide_is', f`Geturðu útbúið stutta tilkynningu fyrir farþega um seinkun? Ferjan bíður flóðs í Landeyjahöfn: háflóð kl. 14:52 (2,9 m), staðsetning 63°31,8′N 20°07,2′V. Ný brottför áætluð kl. 15:30.`),

  rec('recipe_th', f`ช่วยแปลพารามิเตอร์สูตรนี้เป็นภาษาอังกฤษให้ลูกค้าหน่อย:
ขั้นที่ 3: NF3 450 sccm, Ar 1200 sccm, ความดัน 2.5 Torr, กำลัง RF 800 W, เวลา 35 วินาที
ขั้นที่ 4: ไล่แก๊สด้วย N2 10 slm`),

  rec('dose_sw', f`Tafadhali tafsiri maelekezo haya ya dawa kwa Kiingereza kwa daktari wa mifugo anayetembelea:
Twiga (dume, kilo 1,180): medetomidine 0.02 mg/kg + ketamine 1 mg/kg, sindano kwa dart. Dawa ya kuzindua: atipamezole 0.1 mg/kg.`),

  rec('placeholder_vi', f`Tài liệu tích hợp API bán vé cho đại lý, chị xem giúp em viết vậy ổn chưa:
"Gửi header Authorization: Bearer YOUR_API_KEY. Mỗi đại lý sẽ được cấp khóa riêng qua email, không dùng chung khóa giữa các đại lý."`),

  rec('git_sl', f`Zakaj mi git ne pusti klonirati repozitorija z voznimi redi? Ukaz:
git clone ${amb('pii.email', 'git@github.com')}:trajekti-piran/vozni-redi.git
Napaka: Permission denied (publickey).`),

  rec('signage_en_gb', f`Can you check the English half of this bilingual car park sign? "Permit holders only. No parking 8am–6pm Mon–Sat. Zone code: CF10-B." The Welsh side is done by the council's translation unit.`),

  rec('schedule_it', f`Mi fai una tabella con questi orari? Traghetto per Gozo: Ċirkewwa → Mġarr 06:00, 06:45, 07:30; Mġarr → Ċirkewwa 06:30, 07:15, 08:00. Numero abbonamento settimanale: GZ-48-2917.`),

  rec('checklist_nl', f`Kun je deze checklist voor de thuiszorgmedewerkers in het Engels vertalen? "Handen wassen voor en na elk bezoek. Medicatie controleren tegen de toedienlijst. Bloeddruk en suiker noteren in het bezoekverslag. Sleutelkluis bij de voordeur – vraag het kantoor om de code."`),

  rec('notice_hi', f`कृपया इस सूचना का अंग्रेज़ी में अनुवाद करें: "चिड़ियाघर का हाथी बाड़ा मरम्मत के कारण 10 से 15 दिसंबर तक बंद रहेगा। असुविधा के लिए खेद है।"`),

  rec('notice_ta', f`இந்த அறிவிப்பை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: "அடுத்த வாரம் முதல் பணியாளர் வாகன நிறுத்தத்திற்கு புதிய அனுமதிச் சீட்டுகள் வழங்கப்படும். விண்ணப்பங்களை அலுவலகத்தில் பெறலாம்."`),

  rec('stats_ru', f`Переведи на английский: «В ноябре паром выполнил 412 рейсов, перевезено пассажиров — 58 217, автомобилей — 9 104. Задержки: 14 (из них 11 из-за погоды)». Номер отчёта: ПР-2024-11.`),

  rec('faq_tr', f`Bu SSS metnini sadeleştir: "Sakin otopark izni başvurusu çevrimiçi yapılır. İzin 12 ay geçerlidir. Ödeme banka kartıyla alınır, kart bilgileri portalda saklanmaz."`),

  rec('menu_pl', f`Pomóż mi przetłumaczyć na angielski jadłospis pingwinów: „Poniedziałek–piątek: śledź 1,2 kg dziennie na osobnika, witamina B1 z porannym karmieniem. Sobota: świeża drobna ryba."`),

  rec('notice_bg', f`Преведи на английски това съобщение за пътниците: „Поради силен вятър линията Несебър–Созопол днес не се изпълнява. Билетите важат за утрешния ден без доплащане."`),

  rec('announcement_ur', f`براہ کرم اس اعلان کو انگریزی میں لکھیں: "گھریلو نگہداشت نرسوں کی تربیت اگلے پیر صبح 10 بجے دفتر میں ہوگی۔ تمام عملے کی حاضری ضروری ہے۔"`),

  rec('notice_bn', f`এই নোটিশটি ইংরেজিতে অনুবাদ করুন: "পার্কিং পারমিট নবীকরণের শেষ তারিখ ৩১ ডিসেম্বর। বিলম্ব ফি ২০০ টাকা।"`),

  rec('report_th', f`ช่วยสรุปรายงานนี้เป็นภาษาอังกฤษ: "ค่า pH ของน้ำในตู้ที่ 7 ลดลงเหลือ 7.9 ทำความสะอาดตัวกรองแล้ว จะตรวจซ้ำพรุ่งนี้"`),

  rec('gate_es', f`Tradúceme al inglés, por favor: "El barco reducirá la velocidad a la entrada del puerto. Los vehículos deben estar en el muelle 15 minutos antes. Número de billete: BIL-2024-0417."`),

  rec('safety_sw', f`Tafadhali nitafsirie hii kwa Kiingereza: "Wageni hawaruhusiwi kulisha wanyama. Watoto lazima wakae na wazazi wakati wote katika eneo la nyoka."`),
];

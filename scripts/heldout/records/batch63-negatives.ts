/**
 * Held-out batch 63: hard negatives — IOC lists, studbooks, NOTAMs, lens drawings, placeholders,
 * test keys, masked and checksum-failing numbers, digests, public keys and casual uses of
 * "confidential" / "password" / "secret" from a zoo, a crowdfunding platform, an optics maker, a
 * prison health service, an airline and an IR consultancy (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const MD5 = (seed: string) => fill(seed, HEX, 32);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b63n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b63n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b63n-pub', 294);
const CERT = pem('CERTIFICATE', 'b63n-cert', 870);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAMgAAAA8CAYAAAA${fill('b63n-png', B64, 220)}`;
const SHADOW_HASH = tok('$6$', fill('b63n-salt', B62, 16), '$', fill('b63n-sh', B62 + './', 86));
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH63_NEGATIVES: DraftRecord[] = [
  rec('ioc_list', f`Format these IOCs as a STIX-ish table for the client report (type, value, first seen, confidence):

SHA256 ${SHA('b63n-ioc1')}  kworkerd (ELF loader)
SHA256 ${SHA('b63n-ioc2')}  update.sh
MD5    ${MD5('b63n-ioc3')}  7z staging archive
C2     hxxps://update-cdn-mm[.]com/api/v2/beat
C2     ${amb('pii.ip_address', '185.243.115[.]72')}
Mutex  kw_0x5f3759df
Exploited: CVE-2024-3400, then T1078 (Valid Accounts), T1567.002 (Exfiltration to Cloud Storage)`, 'a defanged IP written as ambiguous like any IP'),

  rec('drawing_de', f`Kannst du die Zeichnungsangaben nach ISO 10110 für den Lieferanten auf Englisch erklären?

Linse L3, Teilenr. VO-7731-0452-C, Rev. D
Material: N-SF11, Brechzahl nd 1,78472, Abbe-Zahl 25,68
R1 = 48,212 ± 0,02 mm, R2 = −131,905 ± 0,05 mm, Mittendicke 6,40 ± 0,05 mm
3/ 2(0,5)   4/ 5'   5/ 3×0,16
6/ 520/0,1   (λ = 546,07 nm)
Zernike-Restfehler nach Fit: Z4 0,012 λ, Z5 −0,031 λ, Z9 0,004 λ`),

  rec('studbook_csv', f`Can you work out the mean inter-birth interval for our two breeding females from this studbook extract?

${amb('source_code.snippet', f`studbook_id,house_name,sex,birth_date,dam,sire,microchip,location
1187,Kinta,F,2009-11-03,0954,1012,956000012746381,Enclosure E4
1420,Bima,M,2016-04-21,1187,1203,956000013820574,Enclosure E4
1533,Sari,F,2019-08-30,1187,1203,956000014507263,Enclosure E5
1611,Tuah,M,2022-02-14,1298,1203,956000015839027,Enclosure E5`)}

These are Sumatran tigers, births are from the regional studbook.`, 'animal birth dates and microchip numbers: not personal data'),

  rec('notam_fr', f`Peux-tu m'expliquer ce NOTAM et le METAR pour le briefing équipage de demain matin ?

A2417/24 NOTAMN
Q) LFRR/QMRLC/IV/NBO/A/000/999/4710N00136W005
A) LFRS B) 2412020500 C) 2412020800
E) RWY 03/21 CLSD DUE TO WIP

METAR LFRS 291030Z 24018G28KT 9999 -SHRA FEW015 BKN025 11/08 Q1003 NOSIG

Vol SK4417 NTE–LYS, F-HSKA, réservation de groupe ZK7Q2M.`),

  rec('env_test', f`Metimos esto en el repo de tests de pagos, ¿es grave?

${amb('source_code.snippet', f`# .env.test — solo modo test de Stripe
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
CAMPAIGN_ID_FIXTURE=41230
PLEDGE_UUID_FIXTURE=8f2c4a71-93d5-4e0b-b6a2-1c7e5d9f3a48`)}

¿O solo preocupa si fuera sk_live?`),

  rec('policy', f`Could you simplify this paragraph from our information-governance policy for new healthcare staff at the prison?

"Patient confidentiality applies to people in custody exactly as it does in the community. Prison officers are not entitled to clinical information unless the patient consents or there is a risk to life. Healthcare staff must never share their smartcard or password, and must lock screens when leaving a room, even briefly."`),

  rec('lab_writeup', f`Переведи на английский этот кусок из нашего учебного стенда для новых аналитиков:

«В лабораторной работе 3 используем тестовые ключи из документации AWS: ключ доступа AKIAIOSFODNN7EXAMPLE и секрет wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Они не работают в реальном аккаунте, их задача — проверить, что детектор в SIEM срабатывает на шаблон.»`),

  rec('env_example', f`新しいメンバー向けに、この .env.example の各項目の説明をREADMEに書いてください。

${amb('source_code.snippet', f`# 検査データ集計ツール
QC_DB_URL=mysql://USER:PASSWORD@HOST:3306/qc_lens
QC_DB_PASSWORD=<ここにパスワード>
OSS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID
OSS_ACCESS_KEY_SECRET=
SLACK_WEBHOOK_URL=\${SLACK_WEBHOOK_URL}`)}`),

  rec('chat_sv', f`Personalrabattkortet från flygbolaget fungerar inte i kassan på flygplatsbutiken, numret på kortet är 4716 2290 3814 5527. Kassan säger "ogiltigt kortnummer". Vem ska jag kontakta, HR eller butiken?`, 'Luhn-failing number'),

  rec('chat_pt', f`O banco recusou a transferência para a criadora, diz que o IBAN está errado: BR15 4581 7280 7584 0369 2865 979C 2. Acho que ela trocou um dígito. Pode me ajudar a escrever uma mensagem pedindo para ela conferir?`, 'IBAN with wrong check digits'),

  rec('receipt_nl', f`Kun je deze bon van de dierenartsapotheek in de boekhouding zetten? Welke grootboekrekening?

Dierenapotheek Veluwe B.V.
Bon 2024-118734 – 28-11-2024 14:07
3x Metacam 1,5 mg/ml 100 ml    € 97,35
1x Verbandmateriaal set        € 18,20
Totaal                          € 115,55
Betaald met: Mastercard •••• •••• •••• 0417
Autorisatiecode: 7H2K91`),

  rec('testdata', f`בבקשה תבדוק את הגנרטור הזה של נתוני בדיקה. כל ה-SSN שהוא מייצר אמורים להיות לא חוקיים בכוונה כדי שלא נתנגש עם אנשים אמיתיים:

666-41-2297
912-38-5510
000-72-1846
447-00-3921

האם יש עוד טווחים שכדאי לכלול?`, 'SSNs with area 666/9xx/000 or group 00'),

  rec('training', f`Write three role-play scenarios for the nurse triage training at the county detention center. Use obviously fake details, e.g. patient "John Doe", SSN ${amb('pii.us_ssn', '123-45-6789')}, callback ${amb('pii.phone', '(555) 010-4477')}, so nobody confuses them with real people.`),

  rec('release_notes', f`Fasse die Änderungen für die Crew-App-Release-Notes kurz zusammen:

- Image: registry.skerryair.de/crew-app:4.12.0@sha256:${SHA('b63n-dig1')}
- Commit ${GITSHA('b63n-c1')} "fix: Ruhezeiten bei Zeitzonenwechsel"
- Commit ${GITSHA('b63n-c2')} "feat: Tauschbörse für Standby-Dienste"
- Android minSdk 26 → 28, iOS 16.0+, Kotlin 2.0.21, Swift 5.10`),

  rec('lockfile', f`npm ci 在构建机上报 EINTEGRITY，这段 package-lock 有什么问题？

${amb('source_code.snippet', f`"node_modules/three": {
  "version": "0.169.0",
  "resolved": "https://registry.npmjs.org/three/-/three-0.169.0.tgz",
  "integrity": "${INTEGRITY('b63n-int1')}"
},
"node_modules/d3-scale": {
  "version": "4.0.2",
  "resolved": "https://registry.npmjs.org/d3-scale/-/d3-scale-4.0.2.tgz",
  "integrity": "${INTEGRITY('b63n-int2')}"
}`)}`),

  rec('html_email', f`이 뉴스레터 템플릿에서 로고가 아웃룩에서 안 보이는 이유가 뭘까요?

${amb('source_code.snippet', f`<table role="presentation" width="600">
  <tr><td><img src="data:image/png;base64,${PNG_B64}" alt="Fundlark" width="200" height="60"></td></tr>
  <tr><td style="font-family:Arial">이번 달 목표를 달성한 캠페인 12개를 소개합니다.</td></tr>
</table>`)}`),

  rec('pki_fa', f`این کلید عمومی و گواهی را مشتری برای ما فرستاده تا امضای لاگ‌ها را بررسی کنیم. آیا نگه‌داشتن آن‌ها در تیکت مشکلی دارد؟

${PUB_PEM}

${CERT}`),

  rec('svg_it', f`L'icona del percorso "rettilario" sulla mappa del parco è storta, puoi sistemare il path?

${amb('source_code.snippet', f`<svg viewBox="0 0 24 24" width="24" height="24">
  <path d="M3.5 12.2c1.8-3.1 4.6-4.9 8.1-4.9 2.7 0 4.9 1.1 6.6 3.3l2.3-1.4-.8 5.2-5.1-1.1 2.1-1.3c-1.3-1.6-3-2.4-5.1-2.4-2.6 0-4.7 1.3-6.1 3.7z" fill="#2f7d32"/>
</svg>`)}`),

  rec('roster_da', f`Kan du lave denne vagtplan om til en tabel med samlet tjenestetid pr. dag?

Man 02.12  CPH 05:40 – AAL 06:35 – CPH 07:50 – BLL 08:45 – CPH 10:10   (FDP 05:10–10:40)
Tir 03.12  OFF
Ons 04.12  Reserve hjemme 06:00–18:00
Tor 05.12  CPH 13:25 – RNN 14:05 – CPH 15:20 – AAL 16:10 – CPH 17:30   (FDP 12:55–18:00)`),

  rec('chat_tr', f`"Gizli Kahramanlar" adlı bir kampanya açmak istiyoruz: mahalledeki gönüllü itfaiyecileri tanıtacağız. İsim kulağa gizli bilgi gibi mi geliyor, yoksa sorun olmaz mı? Alternatif başlık önerir misin?`),

  rec('chat_pl', f`Czy w systemie dokumentacji medycznej dla więziennej służby zdrowia lepiej przechowywać hasła użytkowników jako bcrypt czy Argon2id? Chodzi o ogólne zalecenia, nie mam jeszcze kodu.`),

  rec('order_cs', f`Objednávka učebnic pro nové kolegy z optické laboratoře, spočítej prosím celkovou cenu s DPH 12 %:

ISBN 978-0-12-374046-5  Hecht: Optics, 5. vydání  2 ks  1 890 Kč
ISBN 978-1-5106-2741-9  Field Guide to Optical Fabrication  1 ks  1 240 Kč
ISBN 978-80-7300-285-6  Základy optiky  4 ks  420 Kč
Číslo objednávky: OBJ-2024-11-0873, dodací list 80044127`),

  rec('chat', f`Quick one: is this regex OK for flagging card numbers in the T&S moderation queue, or will it catch too much? \`\\b(?:4\\d{12}(?:\\d{3})?|5[1-5]\\d{14})\\b\` — we only want to hide them from the campaign comments, not store anything.`),

  rec('gps_sv', f`Kan du rita upp de här GPS-positionerna från halsbandet på vargen i det stora hägnet och räkna ut hur långt han rört sig?

2024-11-28 06:00  59.8581, 17.6389
2024-11-28 12:00  59.8612, 17.6422
2024-11-28 18:00  59.8570, 17.6455
2024-11-29 00:00  59.8549, 17.6401
Halsband ID: VHF-148.320, firmware 3.1.7`),

  rec('ads_b', f`Voitko selittää, mitä nämä ADS-B-rivit tarkoittavat? Kone lensi eilen HEL–OUL ja näytti hetken väärää korkeutta.

ICAO 24-bit: 461F2A   Rekisteri: OH-ATK   Squawk: 2251
10:42:11Z  FL170  GS 284  TRK 352
10:42:41Z  FL190  GS 291  TRK 352
10:43:11Z  FL017  GS 290  TRK 353   <- ?
10:43:41Z  FL210  GS 296  TRK 352`),

  rec('chat_vi', f`Tài liệu Stripe bảo dùng thẻ ${amb('financial.payment_card', '4242 4242 4242 4242')} để test thanh toán ủng hộ, nhưng môi trường staging của mình báo "card declined". Có phải do mình đang dùng khóa live không?`),

  rec('policy_ro', f`Reformulează te rog acest paragraf din procedura de predare a turei în cabinetul medical al penitenciarului:

"La predarea turei, asistentul care pleacă se deloghează din aplicație. În registrul de predare se trece doar «Parola: ********» și semnătura, niciodată parola propriu-zisă. Cheile dulapului cu stupefiante se predau pe bază de semnătură."`),

  rec('shadow', f`من صندوق الأدلة: هذا سطر من /etc/shadow على خادم العميل بعد الاختراق. هل من المفيد نحاول نكسره، أو نكتفي بتغيير كلمة المرور؟

deploy:${ambCat('credential', SHADOW_HASH)}:19688:0:99999:7:::`, 'a crypt hash: ambiguous, no rule claims it'),

  rec('chat_ko', f`다음 주 출하 일정표를 표로 만들어 주세요.

주문번호 SO-2411-0938 / 로트 L24K-117 / 비구면 렌즈 AL-2540 400개 / 12월 4일 출하
주문번호 SO-2411-0951 / 로트 L24K-121 / 평볼록 렌즈 PCX-1250 1,200개 / 12월 6일 출하
검사성적서 번호 QC-20241129-07`),

  rec('roster_is', f`Geturðu útskýrt fyrir nýjum flugþjóni hvernig vaktamynstrið okkar virkar? 5 dagar á, 4 dagar af, svo 4 á og 5 af. Fyrsta vakt byrjar 05:15 á Reykjavíkurflugvelli, síðasta lending ekki seinna en 23:30. Hvíldartími minnst 12 klst á milli vakta.`),

  rec('chat_hi', f`यह UPI रसीद एक दानकर्ता ने भेजी है, पर अभियान में रकम दिख नहीं रही। क्या यह पेमेंट असली लगता है?

UPI Ref No: 432918765012
राशि: ₹ 2,500
तारीख: 28 नवंबर 2024, 19:42
स्थिति: सफल`),

  rec('chat_zu', f`Ngicela ungenzele ithebula lokudla kwezindlovu ngesonto: utshani obomile 60 kg ngosuku ngayinye, izithelo 8 kg, ama-pellets 4 kg. Sinezindlovu ezintathu. Isamba ngesonto siyini?`),

  rec('runbook_ka', f`გთხოვ, ეს runbook-ის ნაწილი გააუმჯობესე, რომ ახალმა ანალიტიკოსმა გაიგოს:

1. დაუკავშირდი ბაზას: psql "postgres://USER:PASSWORD@HOST:5432/forensics"
2. ტოკენი აიღე გარემოს ცვლადიდან: export VAULT_TOKEN=\${VAULT_TOKEN}
3. არასოდეს ჩაწერო რეალური პაროლი ტიკეტში — მხოლოდ "********".`),

  rec('chat_gu', f`જેલના દર્દીઓના તબીબી રેકોર્ડની ગોપનીયતા વિશે સ્ટાફ માટે ટૂંકી તાલીમ નોંધ લખી આપો. પોલીસ કે જેલ અધિકારીઓ ક્યારે માહિતી માંગી શકે અને ક્યારે નહીં, તે સરળ ભાષામાં સમજાવો.`),

  rec('gitlab_ci', f`Pipeline-as neberanda prisijungimo prie registro. Ar gerai naudoju kintamuosius?

${amb('source_code.snippet', f`build-image:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"`)}`),

  rec('chat', f`Need a nice thank-you note to backers of the Millbrook skate park campaign: "a small token of our appreciation" is in the draft, plus the secret to the project's success was the local bakery's fundraiser. Keep it under 120 words.`),

  rec('helm_fr', f`Le chart Bitnami ignore notre secret existant pour la base du MES de l'atelier de polissage, qu'est-ce qui cloche ?

${amb('source_code.snippet', f`postgresql:
  auth:
    existingSecret: mes-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
  primary:
    persistence:
      size: 50Gi`)}`),

  rec('ioc_kk', f`Осы хэштерді VirusTotal-да тексеру үшін кесте жасап бер:

${SHA('b63n-kk1')}
${SHA('b63n-kk2')}
${MD5('b63n-kk3')}
Мьютекс: Global\\{7A3F19C2-5B84-4E6D-9F20-1C8B7E4A5D36}`),

  rec('tickets_am', f`የእንስሳት ፓርኩ የበዓል ትኬት ዋጋዎችን በሰንጠረዥ አዘጋጅልኝ፦
አዋቂ 350 ብር፣ ልጅ (ከ12 ዓመት በታች) 150 ብር፣ ቤተሰብ (2+2) 900 ብር።
የትኬት ቁጥሮች ከ HWP-2412-000001 እስከ HWP-2412-005000 ይሆናሉ።`),

  rec('schedule_hy', f`Խնդրում եմ կազմիր այս չվացուցակը աղյուսակի տեսքով.
SK 731 EVN 06:10 – TBS 07:05, ATR 72, շաբաթական 4 անգամ
SK 733 EVN 15:40 – TBS 16:35
SK 735 EVN 21:20 – BUS 22:30, միայն ուրբաթ
Անձնակազմի հերթափոխ՝ 05:10-ից։`),

  rec('meds_sr', f`Направи табелу за поделу терапије у амбуланти затвора за понедељак:
Соба 12: метадон 60 мг у 08:00
Соба 14: инсулин 10 ј. у 07:30 и 19:30
Соба 21: парацетамол 500 мг по потреби, највише 4 пута дневно
Провера залиха: 02.12.2024.`),

  rec('campaign_yo', f`Ẹ jọ̀wọ́ ẹ ṣe àkópọ̀ ìròyìn ìpolongo yìí ní èdè Gẹ̀ẹ́sì: a ti kó ₦4,250,000 jọ láti ọ̀dọ̀ àwọn olùrànlọ́wọ́ 312 fún kíkọ́ kànga omi ní abúlé Ìlàrá. Ìpolongo náà parí ní ọjọ́ 30 oṣù kọkànlá.`),

  rec('chat_my', f`TLP အမှတ်အသားတွေအကြောင်း မေးချင်ပါတယ်။ ${amb('confidential.marking', 'TLP:GREEN')} နဲ့ ${amb('confidential.marking', 'TLP:CLEAR')} ဘာကွာလဲ? ဖောက်သည်ဆီ ပို့မယ့် အစီရင်ခံစာမှာ ဘယ်ဟာသုံးသင့်လဲ?`, 'markings quoted in a question about them, not marking this text: ambiguous'),

  rec('firmware_sl', f`Posodobitev firmwara na interferometru: trenutna različica 6.2.14 (build 20240517.3), nova 6.3.0 (build 20241105.1). Ali moramo pred posodobitvijo ponovno kalibrirati referenčno ploščo λ/20? Serijska številka naprave FZ-0419-2283.`),

  rec('gate_km', f`សូមបកប្រែសេចក្តីជូនដំណឹងនេះជាភាសាអង់គ្លេស៖ ជើងហោះហើរ SK 812 ពីភ្នំពេញទៅសៀមរាប ត្រូវបានពន្យារពេលដល់ម៉ោង 14:35 ច្រកចេញលេខ 7។ សូមអភ័យទោសចំពោះការរំខាន។`),

  rec('stats_si', f`බන්ධනාගාර සෞඛ්‍ය ඒකකයේ නොවැම්බර් මාසයේ සංඛ්‍යා ලේඛන සාරාංශ කරන්න: මුළු රෝගී සායන හමුවීම් 1,284, ක්ෂය රෝග පරීක්ෂණ 96, දන්ත ප්‍රතිකාර 143, රෝහලට යොමු කිරීම් 22.`),

  rec('visitors_pa', f`ਪਿਛਲੇ ਹਫ਼ਤੇ ਦੇ ਦਰਸ਼ਕਾਂ ਦੀ ਗਿਣਤੀ ਦਾ ਗ੍ਰਾਫ਼ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰੋ: ਸੋਮਵਾਰ 1,240, ਮੰਗਲਵਾਰ 980, ਬੁੱਧਵਾਰ 1,105, ਵੀਰਵਾਰ 1,310, ਸ਼ੁੱਕਰਵਾਰ 2,045, ਸ਼ਨੀਵਾਰ 4,870, ਐਤਵਾਰ 5,312।`),

  rec('scam_mk', f`Еден донатор ни препрати порака што ја добил: „Вашата донација не е успешна, внесете ги повторно податоците од картичката 5391 2048 7731 6052 на линкот подолу." Картичката не е негова, бројот е измислен. Помогни ми да напишам предупредување за корисниците.`, 'Luhn-failing number in a scam message'),

  rec('azure_ids', f`Chönntsch mir erkläre, weli vo dene IDs geheim sind und weli mer im Bericht ruhig chönd zeige?

Tenant ID: 2f9d6b13-84a7-4e2c-a05b-d1c37e9f4a68
Subscription: 6c1e8a40-3b72-4d95-8f06-a2e7c9d1b354
App (client) ID: 4b7e29d1-8c36-4f0a-a915-63d2e8b1c047
Object ID: 9e0d3c5a-71b2-4f68-b4a9-5d2c8e1f7a03`),

  rec('chat', f`Howzit, our bank asked for the SWIFT code for the inbound grant from the UK trust. Is it ${amb('financial.swift_bic', 'SBZAZAJJ')} for Standard Bank Johannesburg, or does the branch matter for crew allowance transfers too?`),
];

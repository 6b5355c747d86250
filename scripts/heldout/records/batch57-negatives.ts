/**
 * Held-out batch 57: hard negatives: chassis and container numbers, customs references, firmware
 * hashes, placeholders, test keys, masked cards, invalid IBANs and casual uses of "secret" and
 * "confidential" in the languages of the setting (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b57n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b57n-pklive', B62, 97));
const OTA_PUB = pem('PUBLIC KEY', 'b57n-otapub', 91);
const CERT = pem('CERTIFICATE', 'b57n-kdmcert', 702);
const BADGE_PNG = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${fill('b57n-png', B64, 220)}`;
const BCRYPT = tok('$2y$10$', fill('b57n-bcrypt', B62 + './', 53));
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH57_NEGATIVES: DraftRecord[] = [
  rec('chat_de_at', f`Kannst du mir diese Garantieanträge nach Fahrgestellnummer sortieren und doppelte markieren?
GA-2024-08817  WMAA48ZZ7NM004127  Türantrieb Tür 3
GA-2024-08821  WMAA48ZZ2NM004133  Klimakompressor
GA-2024-08817  WMAA48ZZ7NM004127  Türantrieb Tür 3 (Nachreichung)
GA-2024-08830  VDL1820F4MJ118204  Retarder-Steuergerät
Händler 0417 Linz, 0422 Graz.`),

  rec('build_log', f`Firmware CI output, why did the size check fail? It was fine yesterday.

${amb('source_code.snippet', f`[14:02:11] git rev-parse HEAD -> 9f4c2e17ab83d05e61f2c94b7a08d3e51c6f2b90
[14:02:11] building amr-mcu v2.7.0-rc3+g9f4c2e1 (STM32G474RE, gcc-arm-none-eabi 13.2.rel1)
[14:03:48]    text    data     bss     dec     hex filename
[14:03:48]  498212    2140   61304  561656   891f8 build/amr-mcu.elf
[14:03:48] flash usage 98.3% (limit 97.0%) -> FAIL
[14:03:48] artifact sha256 ${SHA('b57n-fw1')}`)}`),

  rec('env_example_ko', f`신입 개발자용 README에 .env.example 설명을 넣고 싶어요. 각 변수 설명을 한국어로 써 주세요.

${amb('source_code.snippet', f`# .env.example — 복사해서 .env로 사용
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret>
MQTT_PASSWORD=changeme
HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SENTRY_DSN=
FLEET_API_JWT=\${FLEET_API_JWT}`)}`),

  rec('env_es_mx', f`${amb('source_code.snippet', f`# .env.test (modo prueba, se sube al repo a propósito)
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
PLANES_PREVISION_PRECIO_MENSUAL=49900`)}

¿Está bien tener la llave publicable de producción en el entorno de pruebas? Es para la tienda de planes de previsión.`),

  rec('test_ja', f`moto を使ったテストで S3 アップロードをモックしていますが、「InvalidAccessKeyId」が出ます。ドキュメントのキーを入れているだけです：
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
環境変数の読み込み順の問題でしょうか？`),

  rec('chat_en_in', f`Summarise the status of these shipments for the client call:
- Container MSKU 4418273-6, BL MAEU241198734, Bill of Entry 7718204 dt 18/11/2024, HS 8479.89.99 (robotic palletiser), OOC given
- Container TGHU 8832114-0, BL ONEYNB4K01187, Bill of Entry pending, HS 8428.90.90, examination ordered
- Air: AWB 176-41827365, IGM 2291183, awaiting duty payment
Importer IEC 0318804127, AD code 6390004.`),

  rec('receipt_fr_ca', f`Peux-tu traduire ce reçu en anglais pour le remboursement de notre invitée?

Festival du film – Accréditation Industrie
Reçu n° ACC-2025-004182
Payé par : Visa •••• 4417 (exp. 09/27)
Montant : 185,00 $ + TPS 9,25 $ + TVQ 18,45 $ = 212,70 $
Date : 14 novembre 2024, 10 h 42`),

  rec('chat_ca', f`Un familiar diu que li han cobrat dues vegades el servei de vetlla. Ens ha enviat el número de targeta així: 4539 6172 0485 1376, però el datàfon no el reconeix. Crec que s'ha equivocat en algun dígit. Com li demano amablement que ho comprovi?`, 'Luhn-failing card number (a digit mistyped)'),

  rec('chat_nl_be', f`De familie heeft dit rekeningnummer doorgegeven voor de terugbetaling van de voorschot: BE97 7355 4019 4705. Onze boekhoudsoftware zegt "ongeldige IBAN". Heb ik een cijfer verkeerd overgenomen, of zij?`, 'IBAN with wrong check digits'),

  rec('uuid_zh_tw', f`這幾台機器人在排程系統裡重複了，請幫我寫一個 SQL 把舊的刪掉，只保留 created_at 最新的：
robot_id 5c1e8a92-3f47-4d0b-9b26-e71a4c08d3f5
robot_id 0a9d7f31-6e2c-4b58-a1f4-3c8e92b7d6a0
robot_id 5c1e8a92-3f47-4d0b-9b26-e71a4c08d3f5
robot_id d4b7e209-18ac-4f63-8e05-b9c2f71a4e38`),

  rec('checksums_sv', f`Kan du förklara hur man verifierar de här filerna innan man flashar styrkorten?

${SHA('b57n-s1')}  amr-mcu-2.7.0.bin
${SHA('b57n-s2')}  amr-mcu-2.7.0.bin.sig
${SHA('b57n-s3')}  bootloader-1.4.2.bin`),

  rec('k8s_lv', f`Kāpēc pods joprojām velk veco attēlu, lai gan tags ir tas pats?

image: ghcr.io/kinetiq/route-optimizer:3.4.1@sha256:${SHA('b57n-dig1')}
imagePullPolicy: IfNotPresent

Iepriekš bija @sha256:${SHA('b57n-dig2')}.`),

  rec('chat', f`Our film festival needs a confidentiality agreement template for jury members (they see films before release). Can you draft one, about one page, covering screeners, deliberations and social media?`),

  rec('chat_es_co', f`Para el taller de maquillaje en la funeraria, ¿cuál es el secreto para que el maquillaje no se vea pesado en la tanatopraxia? La instructora dijo que "el secreto está en la hidratación previa", pero no entendí bien la técnica.`),

  rec('chat_de_ch', f`Kein Geheimnis: unser Busdepot in Winterthur hat die tiefste Reklamationsquote. Kannst du aus den Kommentaren der Werkstattleiter fünf Themen machen, die die anderen Standorte übernehmen könnten?`),

  rec('obituary_is', f`Geturðu stytt þessa minningargrein niður í 80 orð fyrir vefinn?

„Guðrún Ólafsdóttir fæddist á Ísafirði árið 1938 og lést á Hrafnistu 20. nóvember 2024. Hún starfaði sem kennari í 40 ár og var ástsæl af nemendum sínum. Útförin fer fram frá Neskirkju föstudaginn 29. nóvember kl. 15.“`),

  rec('chat_lt', f`Sudaryk man lentelę iš šių užsakymų ir suskaičiuok bendrą svorį:
Užsakymas 2024-11-0871, konteineris K-1182, 2024-11-18 07:40, 420 kg
Užsakymas 2024-11-0872, konteineris K-1190, 2024-11-18 08:05, 385 kg
Užsakymas 2024-11-0875, konteineris K-1207, 2024-11-18 09:12, 510 kg
Maršrutas V-14, vairuotojas nr. 27.`),

  rec('rfid_log', f`The bin-lift RFID reader logs these tag reads; some bins are read twice per lift. Is it the reader or the truck's software?

${amb('source_code.snippet', f`06:41:12.118 TAG E2801160600002069A3C1B77 RSSI -52 ANT 1
06:41:12.204 TAG E2801160600002069A3C1B77 RSSI -49 ANT 2
06:42:55.903 TAG E28011606000020694F2D810 RSSI -55 ANT 1
06:44:31.457 TAG E2801160600002069B7710AC RSSI -51 ANT 1
06:44:31.602 TAG E2801160600002069B7710AC RSSI -61 ANT 2`)}`),

  rec('chat_kn', f`OTA update verify ಮಾಡೋಕೆ robot ಮೇಲೆ ಈ public key ಹಾಕಿದ್ದೀವಿ. ಇದನ್ನ repo ನಲ್ಲಿ commit ಮಾಡಿದ್ರೆ ಏನಾದ್ರೂ ತೊಂದರೆ ಇದೆಯಾ?

${OTA_PUB}`),

  rec('html_hu', f`A fesztivál akkreditációs oldalán a badge előnézet helyett egy üres négyzet jelenik meg. Ez a HTML:

${amb('source_code.snippet', f`<div class="badge-preview">
  <img alt="Fotó helye" src="data:image/png;base64,${BADGE_PNG}">
  <span class="kategoria">SAJTÓ</span>
</div>`)}`),

  rec('package_lock', f`npm ci fails with EINTEGRITY on one of these after we switched registries. Which one and why?

${amb('source_code.snippet', f`"node_modules/mqtt": {
  "version": "5.10.1",
  "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
  "integrity": "${INTEGRITY('b57n-int1')}"
},
"node_modules/roslib": {
  "version": "1.4.1",
  "resolved": "https://registry.npmjs.org/roslib/-/roslib-1.4.1.tgz",
  "integrity": "${INTEGRITY('b57n-int2')}"
}`)}`),

  rec('kdm_fr_be', f`Le serveur de projection refuse la KDM pour la séance de 20 h. Le distributeur nous a envoyé le certificat du serveur qu'il a utilisé — est-ce le bon ?

${CERT}

Numéro de série du serveur : IMB-418273, salle 3.`),

  rec('helm_ru', f`Почему Helm не подставляет пароль MQTT? В values.yaml всё есть:

${amb('source_code.snippet', f`mqtt:
  host: mqtt.fleet.local
  username: robot
  password: {{ .Values.mqtt.password }}
  existingSecret: mqtt-credentials`)}

При рендере в ConfigMap остаётся строка с фигурными скобками.`),

  rec('gha_sq', f`Pse dështon ky hap në GitHub Actions? Sekretet i kemi vendosur në cilësimet e repozitorit.

${amb('source_code.snippet', f`- name: Deploy
  env:
    DB_PASSWORD: \${{ secrets.DB_PASSWORD }}
    SMTP_PASS: \${{ secrets.SMTP_PASS }}
  run: ./deploy.sh "\${{ github.ref_name }}"`)}`),

  rec('chat_eu', f`Udaletxeko langileentzako pasahitz-politika bat idatzi behar dut: gutxienez 14 karaktere, ez derrigorrezko aldaketarik urtero, eta MFA kudeatzaileentzat. Idatzi paragrafo bat euskaraz, pasahitzak ez direla inoiz posta elektronikoz bidali behar azalduz.`),

  rec('chat_ms', f`Boleh terangkan kenapa skrin log masuk aplikasi kami tunjuk "Kata laluan: ********" selepas pengguna tekan 'Ingat saya'? Pengguna risau kata laluan disimpan. Apa amalan terbaik?`),

  rec('chat_bg', f`В старата база на митническия софтуер паролите са записани така: ${ambCat('credential', BCRYPT)}. Достатъчно сигурно ли е, или трябва да мигрираме към Argon2?`, 'a bcrypt password hash: ambiguous, no rule claims it'),

  rec('chat_en_ng', f`Paystack docs say to test with ${amb('financial.payment_card', '4084 0840 8408 4081')} and OTP 123456. For Stripe we've been using ${amb('financial.payment_card', '4242 4242 4242 4242')}. Can the same test checkout page handle both gateways?`, 'well-known gateway test cards: ambiguous'),

  rec('form_instructions', f`Rewrite these instructions for CBP Form 5106 in plain English for our clients:

"Box 4: Enter the SSN in the format ${amb('pii.us_ssn', '123-45-6789')}. Do not enter an EIN here. If the importer has neither, CBP will assign a number in the format YYDDPP-NNNNN."`, 'the documentation SSN 123-45-6789: ambiguous'),

  rec('screenplay', f`Proofread this scene from a short in our festival's screenwriting lab:

INT. FUNERAL HOME – NIGHT
MARGARET (60s) dials the number on the card. We hear it ring.
MARGARET: (reading) "${amb('pii.phone', '(212) 555-0147')}... day or night."
A beat. Nobody answers.`, 'fictional 555-01xx number: ambiguous'),

  rec('training_script', f`Turn this into a role-play script for new call-handlers at the waste contact centre. The caller reads their number back as "${amb('pii.phone', '07700 900418')}" and wants a bulky-waste collection for a sofa and two mattresses.`, 'Ofcom drama-range number: ambiguous'),

  rec('network_de_at', f`Bitte zeichne mir aus dieser Liste ein einfaches Netzwerkdiagramm für die Werkstatt Linz (Mermaid):
Diagnose-Gateway ${amb('pii.ip_address', '192.168.40.10')} (MAC 00:1B:44:11:3A:B7)
Prüfstand Bremsen ${amb('pii.ip_address', '192.168.40.21')}
Drucker Annahme ${amb('pii.ip_address', '192.168.40.50')}
Uplink Firewall ${amb('pii.ip_address', '192.168.40.1')}`),

  rec('email_disclaimer_it', f`Grazie per la disponibilità, confermo la cerimonia per venerdì alle 11.

--
Cooperativa Onoranze Funebri Salentina
${amb('confidential.marking', "Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato.")} Se lo avete ricevuto per errore, vi preghiamo di avvisare il mittente e di cancellarlo.`),

  rec('chat_lv', f`Sakārto šos konteinerus pa maršrutiem pēc koordinātām:
K-0418 56.9512, 24.1135
K-0419 56.9478, 24.1201
K-0427 56.9603, 24.0987
K-0431 56.9389, 24.1342
Bāze: Rīga, Granīta iela.`),

  rec('chat_yue', f`幫我跟進呢幾單貨嘅狀態：DHL 運單 4182739105、順豐 SF1418273946021、FedEx 7741 8827 3395。全部都係由深圳寄去旺角倉，客人話聽日之前要收到。`),

  rec('chat_ko', f`로봇 펌웨어 릴리스 일정 정리 좀 해 주세요. v2.7.0-rc3는 12/2 배포, v2.7.1은 12/16, 크론 표현식은 "0 3 * * 2"로 화요일 새벽 3시에 야간 빌드가 돌아요. 빌드 번호는 2024.11.21.7입니다.`),

  rec('chat_ko', f`관리자 페이지에서 비밀번호 재설정 메일이 안 온다는 문의가 많아요. 비밀번호를 직접 알려주지 않고 안내하는 답변 템플릿을 써 주세요.`),

  rec('chat_ja', f`機密保持契約（NDA）のひな形を英語で作りたいです。映画祭の審査員向けで、試写作品の内容をSNSに書かないことなどを含めてください。`),

  rec('chat_sw', f`Andika tangazo fupi kwa wakazi: "Siri ya mtaa safi ni kutenganisha taka." Ratiba mpya ni Jumanne na Ijumaa, saa 1 asubuhi. Magari yataanzia Kasarani kuelekea Roysambu.`),

  rec('chat_ar_eg', f`بص يا سيدي، السر في نجاح المهرجان السنة دي كان التنظيم بتاع الاعتمادات. اكتبلي بوست شكر للفريق على فيسبوك، بالعامية المصرية، من غير ما نذكر أسماء.`),

  rec('chat_mr', f`वॉर्ड क्र. 14 आणि 15 साठी कचरा संकलनाचे नवीन वेळापत्रक तयार कर: ओला कचरा रोज सकाळी 7 ते 9, सुका कचरा मंगळवार आणि शुक्रवार. गाडी क्र. MH12 KT 4182 आणि MH12 KT 4190. तक्रार क्र. 2024/11/8812 बंद करा.`),

  rec('chat_fil', f`Paki-check kung tugma ang mga numerong ito sa packing list: container seal 0418273, BL MNL24110873, container no. TCLU 4182739-1, Entry No. C-2024-118273. Dumating ang barko noong Nobyembre 18.`),

  rec('chat_ca', f`Reserva de sales del tanatori per a la setmana que ve: sala 1 dilluns 25/11 de 9 a 21 h, sala 3 dimecres 27/11 de 15 a 21 h, cerimònia a l'oratori dijous 28/11 a les 11 h. Fes-me un quadre setmanal.`),

  rec('invoice_sq', f`Në aplikacionin e bankës pagesa duket kështu: "AL** **** **** **** 8082, referenca FAT-2024-318". Si ta shpjegoj klientit që pagesa ka mbërritur?`),

  rec('chat_ru', f`Расшифруй, пожалуйста, структуру номера декларации: 10702020/211124/3041873 — что здесь код таможни, а что дата и порядковый номер? И что значит код процедуры 40 00 000?`),

  rec('chat_yo', f`Ẹ bá mi kọ ìkéde fún àwọn olùgbé: ọkọ̀ ìkó-ìdọ̀tí yóò máa wá ní ọjọ́ Ìsẹ́gun àti ọjọ́ Ẹtì láti agogo méje àárọ̀. Ọ̀nà 1 sí 14 ní Agége.`),

  rec('firmware_sk', f`Prečo sa bootloader nepreskočí do aplikácie? Vektorová tabuľka je na 0x08008000, CRC32 aplikácie 0x7A3F91C2, veľkosť 0x0003C400. Stack pointer na začiatku tabuľky je 0x20020000.`),

  rec('chat_yue', f`個客喺表格「密碼」嗰格填咗「<你的密碼>」，系統就話錯誤。點樣喺前端提示佢要填真密碼而唔係照抄個 placeholder？`),

  rec('chat_kn', f`ನಮ್ಮ robot SDK versions ಹೋಲಿಸಿ release notes ಬರೆ: 1.12.4 → 1.13.0, ROS 2 Humble → Jazzy, Python 3.10.12 → 3.12.3, build 20241121.3.`),
];

/**
 * Held-out batch 86: hard negatives — identifiers, logs, placeholders, public keys, failing check
 * digits and casual wording from the six settings (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b86n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b86n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b86n-cert', 880);
const PUB = pem('PUBLIC KEY', 'b86n-pub', 294);
const BCRYPT = tok('$2y$10$', fill('b86n-bcrypt', B62 + './', 53));
const LOGO_B64 = b64Bytes('b86n-logo', 360);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b86n-sshpub', B64, 43)}`;

export const BATCH86_NEGATIVES: DraftRecord[] = [
  rec('ocpp_log', f`Why does this charger send StatusNotification "Available" right after "Charging"? Log from the central system:

${cfg(f`2024-12-02T07:41:03.118Z <- CP-HRL-0042 [2,"a81c3f5e-2b07-4d19-9e64-1f0c7b3d2a58","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Charging","timestamp":"2024-12-02T07:41:02Z"}]
2024-12-02T07:41:03.120Z -> CP-HRL-0042 [3,"a81c3f5e-2b07-4d19-9e64-1f0c7b3d2a58",{}]
2024-12-02T07:41:04.502Z <- CP-HRL-0042 [2,"5d2e90b7-c341-4a8f-8b16-07e3f9a1c6d4","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Available","timestamp":"2024-12-02T07:41:04Z"}]`)}`),

  rec('chat', f`Can you sort these EVSE IDs by city? NL*VLN*E00412*2 (Utrecht), NL*VLN*E00413*1 (Utrecht), NL*VLN*E01187*1 (Eindhoven), BE*VLN*E00021*2 (Gent), DE*VLN*E00318*1 (Aachen). Also, is the *2 suffix the connector or the EVSE?`),

  rec('receipt', f`Laadbon – VoltLane
Locatie: Utrecht Jaarbeurs, laadpunt NL*VLN*E00412*2
Sessie: SES-20241202-88412
Start 07:44 · Einde 09:12 · 41,38 kWh
Tarief € 0,59/kWh + € 0,35 starttarief
Totaal: € 24,76 (incl. 21% btw € 4,30)
Betaald met: Mastercard •••• 3708

Kun je dit omzetten naar een Engelse onkostennota?`),

  rec('chat', f`We label plasma units with ISBT 128. The donation identification numbers look like W0412 24 883120 and W0412 24 883121, product code E7676V00, expiry 2025-12-02. How do I print the flag characters correctly on the Zebra printer?`),

  rec('sop', f`Rewrite this SOP step more clearly:

"5.3 If the plasmapheresis device shows alarm 27 (return line pressure), pause the procedure, check the needle position and the donor's arm. If the alarm repeats three times, end the procedure and record the event in the deviation log with lot numbers of the bowl (e.g. LOT 24K1187) and the anticoagulant bag (LOT 2410-ACDA-33)."`),

  rec('chat', f`Donor asked why we need to know about travel to malaria areas. Write a friendly explanation in simple English and Spanish, no medical jargon, and mention the deferral is usually temporary.`),

  rec('chat_fo', f`Kanst tú gera eina talvu við hesum? Skip: FD 417 "Norðlýsið", IMO 9184421, MMSI 231843000, kallimerki OW2417, longd 42,6 m, BT 612. Kvota 2025: toskur 380 t, hýsa 142 t, upsi 620 t.`, 'vessel identifiers (IMO, MMSI, call sign) identify a ship, not a person'),

  rec('quota_table', f`Summarise the changes vs last year:

${cfg(f`species;ices_area;tac_2024_t;tac_2025_t;change_pct
Cod;27.1-2;23 000;19 550;-15.0
Haddock;27.1-2;61 000;54 900;-10.0
Saithe;27.3a-4-6;58 370;49 614;-15.0
Mackerel;27.1-8,14;739 386;576 958;-22.0`)}`),

  rec('chat_lt', f`Ar galite paaiškinti, ką reiškia šie žvejybos leidimo numeriai? LT-ŽL-2024-00318 ir LT-ŽL-2024-00319. Laivo registracijos numeris KLH-1187. Kvota 2025 m. – 412 t strimelių.`),

  rec('landing_decl', f`Landing declaration LD-2024-118374 · vessel LK 233 · port Peterhead · landed 03/12/2024 05:40
Box count 412 · cod 3 120 kg · haddock 5 840 kg · whiting 1 205 kg
Catch certificate GBR/2024/CC/0044817

Translate into Norwegian for the buyer.`),

  rec('exam_timetable', f`Make this timetable into a calendar list:

8461/1H Biology Paper 1 Higher — Mon 12 May 2025, 09:00, 1h 45m
8462/2F Chemistry Paper 2 Foundation — Tue 13 May 2025, 13:30, 1h 45m
8300/1H Mathematics Paper 1 — Thu 15 May 2025, 09:00, 1h 30m
Centre 64219, candidates 0401–0512.`),

  rec('boundaries', f`${cfg(f`Component,Max,9,8,7,6,5,4,3
8300H (total),240,214,183,152,123,94,65,50
8461H (total),200,158,139,120,101,82,63,52
8462F (total),200,-,-,-,-,128,105,82`)}

Explain to parents why the grade 4 mark differs between tiers.`),

  rec('chat_ml', f`ദയവായി ഈ പരീക്ഷാ സമയക്രമം ഇംഗ്ലീഷിലേക്ക് മാറ്റൂ: രസതന്ത്രം പേപ്പർ 2 — മെയ് 13, ഉച്ചയ്ക്ക് 1:30; സെന്റർ നമ്പർ 64219; ഹാൾ ടിക്കറ്റ് ഡൗൺലോഡ് മെയ് 1 മുതൽ.`),

  rec('chat_si', f`කරුණාකර මෙය ඉංග්‍රීසියට පරිවර්තනය කරන්න: "විභාග ප්‍රතිඵල අගෝස්තු 21 වන දින නිකුත් කෙරේ. විභාග අංකය සහ මධ්‍යස්ථාන අංකය (64219) සූදානම් කර ගන්න."`),

  rec('uscis', f`Client keeps asking where her case is. Receipt number IOE0918273645, form I-485, received 14 Aug 2024, biometrics done 19 Sep. Current processing time at the National Benefits Center shows 10.5–26 months. Write a calm update e-mail, no promises.`, 'a USCIS receipt number tracks a case, like an order number'),

  rec('docket', f`Summarise the procedural history for the new associate: Case No. 1:24-cv-03182 (N.D. Ill.), mandamus complaint filed 02/05/2024, CM/ECF envelope 24-118374, answer due 60 days after service. Hearing set for 01/22/2025 at 10:30.`),

  rec('template', f`Make this intake template accessible (labels, hints):

Full name: <CLIENT_FULL_NAME>
Date of birth: DD/MM/YYYY
Passport number: <PASSPORT_NO>
A-number (if any): A-_________
Phone: +__ ___ ___ ____
E-mail: ____________`),

  rec('chat_ar_ma', f`سلام، بغيت نكتب ميساج للكليان باش نقولو بلي الموعد ديال الفيزا تبدل: الموعد الجديد نهار 14 يناير 2025 فالساعة 09:15، رقم الملف MA-2024-3318. ما تنساش تجيب جميع الوثائق الأصلية.`),

  rec('chat', f`The client read out his card number on the phone and my colleague wrote 4046 4421 3048 0564 — the payment page says it's invalid. Did she mistype a digit? What's the polite way to ask him again?`, 'Luhn-failing card number'),

  rec('chat_de', f`Die Bank lehnt die Überweisung ab, IBAN DE48 9683 2421 1539 8436 95 sei ungültig. Der Kunde hat sie handschriftlich aufs Formular geschrieben. Welche Ziffer könnte falsch gelesen sein?`, 'IBAN with a wrong check digit'),

  rec('chat_hi_en', f`Client ne OCI form mein Aadhaar 5740 5122 1698 likha hai, portal bol raha hai "invalid Aadhaar". Lagta hai last digit galat hai. Unko kaise politely bolun dobara check karein?`, 'Verhoeff-failing Aadhaar number'),

  rec('test_data', f`Our test-data generator produced NI number NK 11 22 33 A and HMRC's sandbox rejects it. Which prefixes are never issued, so I can exclude them?`, 'NINO with an unissued prefix'),

  rec('env_test', f`${cfg(f`# .env.test — billing service, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
GOCARDLESS_ENV=sandbox
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/gyms_test`)}

Is the live publishable key a problem in the test file?`),

  rec('env_example', f`${cfg(f`# .env.example — copy to .env and fill in
OCPP_WS_PORT=9220
DATABASE_URL=postgres://<user>:<password>@<host>:5432/csms
STRIPE_SECRET_KEY=sk_live_your_key_here
OCPI_TOKEN_C=
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ADMIN_PASSWORD=changeme`)}

Write the README section explaining each variable.`),

  rec('gha', f`${cfg(f`- name: Deploy results portal
  env:
    AZURE_CLIENT_SECRET: \${{ secrets.RESULTS_AZ_SECRET }}
    SENDGRID_API_KEY: \${{ secrets.SENDGRID_KEY }}
  run: ./deploy.sh --env production --slot "\${{ github.ref_name }}"`)}

Can a fork PR read these secrets?`),

  rec('docker_compose', f`${cfg(f`services:
  localstack:
    image: localstack/localstack:3.8
    environment:
      AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
      AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      SERVICES: s3,sqs
    ports: ["4566:4566"]`)}

Local S3 for the scanned exam scripts — why does boto3 still go to real AWS?`, 'AWS documentation keys'),

  rec('chat', f`For the gym app's Stripe integration tests, which card triggers 3-D Secure? I'm using ${amb('financial.payment_card', '4242 4242 4242 4242')} for the happy path and ${amb('financial.payment_card', '4000 0027 6000 3184')} for SCA.`, 'well-known test cards: ambiguous'),

  rec('db_row', f`Old members table from the previous booking system, is this hash format still OK or should we rehash on login?

${cfg(f`id | email_hash | password | created_at
11873 | ${SHA('b86n-eh1')} | ${ambCat('credential', BCRYPT)} | 2019-03-02`)}`, 'a bcrypt hash: ambiguous, no rule id'),

  rec('cert', f`The OCPP security profile 2 needs the CSMS certificate on the charger. Is this the right file to upload (it's the server cert, not the key)?

${CERT}`),

  rec('jwks', f`Partner asked for our public key to verify OCPI JWTs. Is it fine to send this?

${PUB}`),

  rec('authorized_keys', f`Add this key for the new lab-interface engineer to the SFTP box and tell me the command:

${SSH_PUB} hassan@lab-laptop`),

  rec('changelog', f`Release notes please:

door-controller firmware 3.4.1 → 3.5.0
image: ghcr.io/cragline/door-ctrl@sha256:${SHA('b86n-digest')}
commit 9c41e7b2a0d3f58e6b17c2a94d0e8f3b71c5a6d2
- Wiegand 34-bit support
- fix: relay stuck after power loss (#218)`),

  rec('css', f`Logo is blurry on the membership card page:

${cfg(f`.member-card__logo {
  width: 120px; height: 40px;
  background: url("data:image/png;base64,${LOGO_B64}") no-repeat center / contain;
}`)}`),

  rec('chat_id', f`Tolong terjemahkan ke bahasa Inggris: "Tarif pengisian di stasiun SPKLU Kemang: Rp 2.467/kWh, biaya parkir Rp 5.000 per jam setelah 2 jam. ID stasiun ID*VLN*E00077, konektor CCS2."`),

  rec('chat_zh_tw', f`請問 OCPP 1.6 和 2.0.1 在 RemoteStartTransaction 上有什麼差別？我們的充電樁韌體版本是 v4.2.17-build.0318，不確定要不要升級。`),

  rec('chat_tg_ky', f`Лутфан ин матнро ба англисӣ тарҷума кунед: "Машғулиятҳои йога дар толори 2 ҳар рӯзи душанбе соати 18:30." / Кыргызча: "Скалодромдун жаңы маршруттары 6-декабрда ачылат, баасы 6a–7b."`),

  rec('chat_am_so', f`Please translate these two gym notices into English:
አማርኛ: "የጂም ክፍያ ለታህሳስ ወር እስከ ታህሳስ 10 ድረስ መክፈል ይቻላል። የአባልነት ቁጥር በካርዱ ላይ አለ።"
Soomaali: "Fasalka jimicsiga haweenka wuxuu bilaabanayaa 9-ka Disembar, saacadda 5:30 galabnimo."`),

  rec('chat_ig', f`Biko nyere m aka ịsụgharị nke a n'asụsụ Bekee: "Ule mgbakọ na mwepụ ga-amalite na 14 Mee 2025 n'elekere itoolu nke ụtụtụ. Nọmba ebe ule bụ 18032."`),

  rec('chat_he', f`אני צריכה ניסוח למכתב: "אין זה סוד שזמני הטיפול בבקשות אשרה התארכו השנה." זה נשמע מקצועי מספיק לאתר של משרד עורכי דין?`),

  rec('chat', f`Our markers sign a confidentiality agreement every season. Can you draft a friendlier version of the template intro? No need for the legal clauses, just the welcome paragraph.`),

  rec('firewall', f`Explain these firewall rules for the OCPP gateway:

${cfg(f`-A INPUT -p tcp --dport 9220 -s ${amb('pii.ip_address', '185.44.12.0/24')} -j ACCEPT
-A INPUT -p tcp --dport 22 -s ${amb('pii.ip_address', '10.40.0.0/16')} -j ACCEPT
-A INPUT -p tcp --dport 9220 -j DROP`)}`),

  rec('chat_da', f`Hvad betyder BIC-koden ${amb('financial.swift_bic', 'DABADKKK')} på fakturaen fra vores klatrevægsleverandør? Jeg kan ikke se kontonummeret nogen steder, skal jeg bede om det?`),

  rec('password_policy', f`Write a short password policy for gym front-desk staff: at least 14 characters, a password manager, MFA on the billing tool, never write it on the till. Screenshots in tickets must show "Password: ********", never the real one.`),

  rec('chat_lv_sl', f`Kāds ir labākais veids, kā glabāt kāpšanas trašu "slepeno" sarakstu pirms sacensībām? / Kako naj organiziram skrivni seznam smeri za tekmovanje, da ga postavljavci ne vidijo vnaprej?`),

  rec('uuid_list', f`Delete these stale charging sessions from Redis, give me a redis-cli loop:
session:0f3e9a27-c4d1-4b86-93a0-7e2d5b1c8f46
session:b72d4e19-08a5-4f3c-a6e1-3d9c0b7f2e58
session:61a8c3f0-e2b7-4d95-8c14-a09f6e3d7b21`),

  rec('lockfile', f`${cfg(f`"node_modules/ocpp-rpc": {
  "version": "2.2.0",
  "resolved": "https://registry.npmjs.org/ocpp-rpc/-/ocpp-rpc-2.2.0.tgz",
  "integrity": "sha512-${fill('b86n-integ', B64, 86)}==",
  "dependencies": { "ws": "^8.16.0" }
}`)}

Does npm verify this hash even with a private registry mirror?`),

  rec('chat_et', f`Palun tõlgi inglise keelde: "Laadimisjaama Tallinn-Ülemiste hooldus toimub 12. detsembril kell 02:00–04:00. Laadija ID EE*VLN*E00031, tarkvara versioon 5.1.3."`),

  rec('chat_pt_pt', f`Preciso de um parágrafo para o site: as nossas salas de escalada em Lisboa e no Porto abrem às 7h nos dias úteis. O número de sócio está no cartão (ex.: CRG-LIS-00412). Não é segredo nenhum, mas as pessoas perguntam sempre.`),
];

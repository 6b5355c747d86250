/**
 * Held-out batch 44: hard negatives — container and B/L numbers, ISRCs, certificate codes, masked
 * cards, placeholders, test keys, hashes and casual wording from the same six organisations
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b44n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b44n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b44n-cert', 820);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b44n-sshpub', B64, 43)} repl@cu-dr-01`;
const BCRYPT = tok('$2y$10$', fill('b44n-bcrypt', B62 + './', 53));

export const BATCH44_NEGATIVES: DraftRecord[] = [
  // --- container terminal ---
  rec('chat', f`Can you check the ISO 6346 check digits on these before I send the pre-advice? MSKU 482913 7, TGHU 730184 2, CMAU 519273 0, HLXU 318204 6. The TOS rejected two of them.`),

  rec('bl', f`Summarise this B/L for the customs broker in two lines:

BILL OF LADING No. HLCUHAM240918734
Vessel: NORTHERN VIGOUR  IMO 9418273  Voy. 441W
Port of loading: DEHAM   Port of discharge: LTKLJ
Containers: 3 x 40'HC — HLXU 318204 6 / seal 4481927, HLXU 902817 3 / seal 4481928, TCLU 228173 9 / seal 4481929
Cargo: 1 240 cartons furniture parts, HS 9403 90 10, gross 21 480 kg`),

  rec('edi', f`Is this COPARN message valid? The line says segment count mismatch.

${amb('source_code.snippet', f`UNB+UNOA:2+HGTHAM+MSKLINE+241008:0612+000418273'
UNH+1+COPARN:D:95B:UN:ITG14'
BGM+11+BKG2410087733+9'
EQD+CN+MSKU4829137+45G1:102:5++2+5'
LOC+9+DEHAM:139:6'
TDT+20+441W+1++MSK:172:20'
UNT+6+1'
UNZ+1+000418273'`)}`),

  rec('chat_de', f`Kurze Frage zur Zollanmeldung: die MRN 24DE830451298734E7 wird im ATLAS-Portal nicht gefunden, obwohl der Container MSKU 482913 7 gestern freigestellt wurde. Muss ich die Positionsnummer 003 mit angeben?`),

  rec('chat', f`Crane STS-07 fault log shows codes F-2041 (gantry drive), F-3310 (spreader twistlock) and W-118 (wind > 20 m/s). The PLC firmware is V4.5.2 and the drive firmware 2.14.0.1. Which of these should trigger a stop versus a warning?`),

  rec('chat_ru', f`Помоги составить заявку поставщику на запчасти для крана: артикулы 3HAC020497-001 (2 шт.), 6ES7 315-2EH14-0AB0 (1 шт.), 1FK7083-5AF71-1AG0 (1 шт.). Счёт пришлите на почту отдела закупок, как обычно.`),

  rec('chat_th', f`ช่วยสรุปตารางเรือสัปดาห์นี้ให้หน่อยครับ: MV ORIENT HARMONY เทียบท่า C1 วันจันทร์ 06:00 เที่ยว 2441E, MV SIAM PIONEER เทียบท่า C2 วันพุธ 14:30 เที่ยว 118S ประมาณ 1,840 TEU`),

  rec('chat_lt', f`Sveiki, ar gali sutvarkyti šią lentelę? Vilkikai: KLP 482, HBN 904, GTR 330; priekabos AB 9173, AC 2201. Atvykimo laikai 06:40, 07:15, 07:55. Rampa Nr. 3.`),

  rec('log', f`${amb('source_code.snippet', f`2024-10-08T06:12:44.118Z INFO gate.lane3 txn=GT-24100800412 truck=KLP482 container=MSKU4829137 weight_kg=28410 result=PASS
2024-10-08T06:13:02.907Z WARN gate.lane3 txn=GT-24100800413 truck=HBN904 container=TGHU7301842 ocr_conf=0.71 result=MANUAL
2024-10-08T06:13:40.551Z INFO gate.lane3 txn=GT-24100800414 truck=GTR330 container=CMAU5192730 weight_kg=30120 result=PASS`)}

Why does lane 3 go to MANUAL so often at sunrise?`),

  rec('helm', f`${amb('source_code.snippet', f`tosApi:
  env:
    - name: TOS_DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: tos-db
          key: password
    - name: OCR_S3_BUCKET
      value: hgt-gate-crops-prod`)}

Vault injector overwrites this env — which takes precedence?`),

  // --- record label / publisher ---
  rec('statement', f`Explain this royalty statement line to the artist in plain Spanish:

ISRC ARA012400417  "Madrugada en Boedo"  UPC 7798141920485
Territory: ES  Source: streaming  Units: 184 203  Gross: 412,55 EUR  Deductions: 15 %  Net: 350,67 EUR
ISWC T-318.204.775-3`),

  rec('chat_es_ar', f`¿Me armás una plantilla de contrato de distribución? Dejá los datos personales en blanco así: "DNI: ________", "CBU: [completar]", "Domicilio: ________". La vamos a usar para todos los artistas nuevos.`),

  rec('chat', f`I'm confident the remaster will be ready by Friday — the mastering engineer sent the 24-bit WAVs (48 kHz) and the DDP image checksum matches. What's left is the UPC for the vinyl edition.`),

  rec('chat_fr', f`Peux-tu me proposer un modèle d'accord de confidentialité pour les musiciens de session ? Quelque chose de simple, qui couvre les maquettes non publiées et les paroles.`),

  rec('chat_pt_br', f`Qual a diferença entre ISRC e ISWC? O distribuidor pediu o ISRC BR-MAR-24-00031 e a editora fala de ISWC. São a mesma coisa para a mesma música?`),

  rec('tracklist', f`Format this tracklist for the Bandcamp page:

1. Madrugada en Boedo — 3:42
2. Maré Baixa (feat. Tiago Lopes) — 4:18
3. Cielo de Chacarita — 2:57
4. Interlude 0417 — 1:05
5. Barrio Sur — 5:11
Catalogue no. MA-LP-041 · Matrix MA041-A / MA041-B`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test for the royalties portal — committed on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/royalties_test
MAILCHIMP_API_KEY=<your-mailchimp-key>`)}

Is it a problem that the publishable key is the live one here?`),

  // --- forestry ---
  rec('chat', f`Our chain-of-custody certificate is FSC-C184273 (licence code) and the PEFC one is PEFC/16-37-01184. The buyer in Italy wants both on the invoice. Where do they go on the delivery note?`),

  rec('chat_no', f`Kan du lage en tabell av disse bestandene? Bestand 118-04: gran, 62 dekar, bonitet G17, 410 m³. Bestand 118-07: furu, 38 dekar, bonitet F14, 190 m³. Koordinater 61.3142, 12.2871 og 61.3187, 12.2930.`),

  rec('chat_sk', f`Potrebujem prehľad ťažby za september: porast 412a — smrek 186 m³, porast 415c — buk 94 m³, porast 418b — jedľa 61 m³. Číslo lesného celku LC 0418. Vieš to dať do tabuľky v angličtine?`),

  rec('download', f`Which of these Sentinel-2 tiles do I still need? I have the checksums:

S2B_MSIL2A_20240818T102609_N0511_R108_T32VNM_20240818T133512.SAFE  sha256 ${SHA('b44n-s2a')}
S2A_MSIL2A_20240823T103021_N0511_R108_T32VNM_20240823T141908.SAFE  sha256 ${SHA('b44n-s2b')}`),

  rec('chat_bg', f`Моля, обобщи резултатите от одита: сертификат за верига на доставки SA-COC-018427, 2 малки несъответствия (етикетиране, обучение), няма големи. Следващ одит през октомври 2025.`),

  rec('chat_sr', f`Треба ми табела са количинама: храст 1. класа 84 m³, храст 2. класа 126 m³, буква огревно 310 prm. Отпремница бр. 2024/0918, камион NS-482-KT.`),

  // --- children's hospital ---
  rec('chat', f`Paracetamol dosing check for the ward poster: 15 mg/kg every 4–6 h, max 60 mg/kg/day; for a 14 kg toddler that's 210 mg per dose, right? And ibuprofen 5–10 mg/kg every 6–8 h.`),

  rec('phone_list', f`Tidy this ward phone list into a table:
Ward 4 nurses' station — ext 4417
Ward 6 (oncology) — ext 4620, bleep 3318
PICU consultant on call — bleep 2201
Play specialists — ext 4471
Switchboard — dial 0 from any internal phone`),

  rec('template', f`Make this discharge letter template more readable:

Patient name: [ ]
NHS No: [__________]   DOB: DD/MM/YYYY
Parent/guardian contact: [mobile]
Diagnosis: [ ]
Follow-up: [clinic] in [ ] weeks`),

  rec('chat', f`The PAS rejects NHS number 943 817 2654 with "invalid check digit". The mum read it off the red book over the phone. Is it likely a transcription error, and which digit is usually the culprit?`, 'NHS number with a failing mod-11 check digit'),

  rec('chat', f`Our mandatory training module is called "Patient confidentiality and information governance". Can you write a two-line reminder for staff who haven't done it yet?`),

  rec('chat_ur', f`براہ کرم اس نوٹس کو انگریزی میں ترجمہ کریں: "والدین کے لیے کیفے صبح 7 بجے سے رات 9 بجے تک کھلا ہے۔ پارکنگ ٹکٹ کے لیے وارڈ کے استقبالیہ پر رابطہ کریں۔ وزٹنگ کے اوقات: دوپہر 2 سے شام 7 بجے تک۔"`),

  rec('chat_fa', f`لطفا این متن را به انگلیسی ترجمه کنید: «جلسه آموزشی والدین درباره دیابت نوع ۱ روز سه‌شنبه ساعت ۱۰ صبح در اتاق ۴.۱۲ برگزار می‌شود. لطفا دفترچه ثبت قند خون را همراه داشته باشید.»`),

  rec('chat_bn', f`এই নোটিশটা ইংরেজিতে অনুবাদ করুন: "শিশু ওয়ার্ডে দর্শনার্থীর সময় বিকেল ৩টা থেকে সন্ধ্যা ৭টা। প্রতিটি শিশুর সাথে একজন অভিভাবক রাতে থাকতে পারবেন। বেড নম্বর ১২ থেকে ২০ আইসোলেশন।"`),

  // --- credit union ---
  rec('chat_fr_ca', f`Le membre voit « VISA **** **** **** 4059 » et une autorisation en attente de 1,00 $ de « PAYPAL *VERIFY ». Est-ce normal? Il a seulement ajouté sa carte à PayPal hier.`),

  rec('chat', f`QA question: for the new card-activation flow, which test PAN triggers a decline in the processor sandbox — ${amb('financial.payment_card', '4111 1111 1111 1111')} or ${amb('financial.payment_card', '4000 0000 0000 0002')}? The spec only mentions "use the standard test cards".`, 'well-known test card numbers: ambiguous'),

  rec('chat', f`Onboarding form rejects SIN 046 183 729 for a new member. She insists it's right. Does the form do a Luhn check, and could a SIN starting with 0 even exist?`, 'Luhn-failing SIN'),

  rec('rates', f`Rewrite this rate sheet as a member-friendly table:
Term deposit 1 yr — 4.15 %  |  2 yr — 3.90 %  |  5 yr — 3.55 %
TFSA high-interest savings — 3.25 %
Loan no. format: LN-2024-00871, member no. 5 digits (e.g. 10482)
Rates effective 2024-10-15, subject to change.`),

  rec('chat', f`Member got an Interac e-Transfer with reference number CA1MRr7KqT2v and the sender's bank shows it as "deposited" but it's not in her account. Cheque #004417 from the same person cleared fine. Where do I start?`),

  rec('chat', f`A member sent us a screenshot of a transfer to IBAN DE12 5007 0010 0937 1652 84 and asks why her bank says it's invalid. I think she mistyped one digit. How do I explain the check digits to her simply?`, 'IBAN with a failing mod-97 check'),

  rec('pr_review', f`Security review question: is it fine to commit the DR host's public key and the internal CA cert to the infra repo?

${SSH_PUB}

${CERT}`),

  rec('chat', f`Our legacy member portal stores passwords as ${ambCat('credential', BCRYPT)} — cost 10. Auditor asks whether we should rehash at login to cost 12. Is that safe to do gradually?`, 'a bcrypt hash: ambiguous by convention'),

  // --- co-working ---
  rec('hostapd', f`${amb('source_code.snippet', f`interface=wlan0
ssid=Hive-Guest
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_passphrase=\${WIFI_GUEST_PSK}
# PSK rotated monthly by the provisioning job, see wiki`)}

The template doesn't get the variable substituted on the new APs. Which tool should render it?`),

  rec('chat_it', f`Il badge 40117 apre la porta principale ma non la sala riunioni "Ortica" (stanza 2.04). Sul pannello Salto risulta nel gruppo "Membri fissi — Isola". Cosa devo controllare?`),

  rec('chat_zh_tw', f`下週五晚上在信義館辦交換禮物（Secret Santa）活動，預算 NT$500，請幫我寫一段活潑的公告，附上會議室 3B 的時間 19:00–21:00。`),

  rec('chat_da', f`Kan du skrive en kort tekst til hjemmesiden om vores nye adgangspolitik? Medlemmer får adgang døgnet rundt med badge; gæster skal registreres i receptionen. Adgangskoder deles aldrig på Slack eller mail — spørg receptionen.`),

  rec('tf_test', f`Terratest for the sites module fails with "InvalidClientTokenId" — isn't that expected with the docs keys?

${v('source_code.snippet', f`func TestSitesModule(t *testing.T) {
	os.Setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
	os.Setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
	opts := &terraform.Options{TerraformDir: "../modules/sites", NoColor: true}
	defer terraform.Destroy(t, opts)
	terraform.InitAndApply(t, opts)
}`)}`, 'AWS documentation keys in a test: no credential; the test itself is pasted code'),

  rec('bookings', f`Delete these duplicate room bookings via the admin API, give me the curl loop:
bkg_7c3e1a92-44d0-4b8f-9e15-2a6d8c3f7b01
bkg_e91f4b27-0c6a-4d35-8a72-f13b9e5c2d48
bkg_3a8d6c10-9b4e-4f72-b1d3-7e0c5a2f9864`),

  rec('changelog', f`Release notes for the member app, please make them friendlier:
- 3.8.0 (build 2024.10.07.2): new door-unlock widget, image ghcr.io/hivecowork/member-app@sha256:${SHA('b44n-digest')}
- Fixed: invoices showing card as •••• 4835 instead of the brand name
- Min. iOS 16.4, Android 9`),

  rec('chat_es', f`¿Puedes escribir la política de contraseñas para el personal de recepción? Mínimo 12 caracteres, nada de "Hive2024" ni variantes, y nunca escribir la clave del Wi-Fi en la pizarra. En capturas de pantalla, "Contraseña: ********" está bien.`),
];

/**
 * Held-out batch 112: hard negatives — placeholders, documentation keys, test keys, failing check
 * digits, masked values, identifiers that are not personal data, public keys, hashes and casual
 * uses of "confidential", from the six settings of this batch (tests/corpus/README.md, "Decisions
 * on negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b112n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b112n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b112n-pub', 294);
const CERT = pem('CERTIFICATE', 'b112n-cert', 880);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b112n-bcrypt', B62 + './', 53));
const SHA512CRYPT = tok('$6$', fill('b112n-salt', B62, 16), '$', fill('b112n-crypt', B62 + './', 86));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAB${fill('b112n-png', B64, 220)}`;
const INTEGRITY = `sha512-${b64Bytes('b112n-integrity', 64)}`;

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH112_NEGATIVES: DraftRecord[] = [
  rec('env_file', f`LocalStack setup for the WMS export tests – does the region matter?

${cfg(f`AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_ENDPOINT_URL=http://localhost:4566
EXPORT_BUCKET=wms-pick-stats-test`)}`, 'AWS documentation keys in a local test .env'),

  rec('chat', f`In the housing office's staging environment we use ${STRIPE_TEST} for rent-deposit payments. Is it fine to commit it to the repo since it's only the test mode key?`, 'Stripe test key: cannot move money'),

  rec('chat_de', f`Ist es ein Problem, dass der Stripe-Key ${PK_LIVE} im HTML-Quelltext unseres Mietkautionsportals steht? Ein Bürger hat uns darauf hingewiesen.`, 'publishable key: public by design'),

  rec('env_template', f`Please write a README section explaining each variable of our fraud-scorer template:

${cfg(f`SNOWFLAKE_ACCOUNT=<account-locator>
SNOWFLAKE_USER=<service-user>
SNOWFLAKE_PASSWORD=<your-password>
SLACK_BOT_TOKEN=xoxb-your-token-here
SIFT_API_KEY=YOUR_API_KEY`)}`, 'placeholders only'),

  rec('helm', f`Why does helm template render an empty password here?

${cfg(f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Values.db.secretName }}
        key: password
  - name: WMS_API_TOKEN
    value: "{{ .Values.wms.apiToken }}"`)}`, 'template references, no secret'),

  rec('docker_compose', f`${cfg(f`services:
  ethik-portal:
    image: ghcr.io/uh-nordvik/ethik-portal:2.8.1
    environment:
      DATABASE_URL: postgres://USER:PASSWORD@HOST:5432/ethik
      REDIS_PASSWORD: \${REDIS_PASSWORD}
      SMTP_PASSWORD: \${SMTP_PASSWORD:?set in .env}`)}

compose says "required variable SMTP_PASSWORD is missing a value" — where should .env live?`, 'placeholders and variable references'),

  rec('chat', f`Member says his card 4055 6182 8559 6373 was used to buy miles, but the number doesn't pass our validator. Could he have misread it? How do I ask him politely to check the card without reading it out on the phone?`, 'Luhn-failing card number'),

  rec('csv', f`Count disputes per masked card, only last four are in the export:

${cfg(f`dispute_id,card,amount
CB-91001,**** **** **** 6062,310.00
CB-91002,**** **** **** 1733,1240.00
CB-91003,4529 88** **** 8647,980.00
CB-91004,XXXX-XXXX-XXXX-7390,455.50`)}`, 'masked PANs'),

  rec('chat_nl', f`De GP heeft een IBAN gestuurd die onze betaalsoftware weigert: NL03 RABO 8145 9462 24. Klopt het dat het controlegetal fout is? Dan vraag ik een nieuwe bevestiging op.`, 'IBAN with a wrong check digit'),

  rec('chat_de', f`Unsere Buchhaltung meldet "IBAN ungültig" für DE86 8834 9363 2166 4060 93 aus einem Capital Call. Wie kann ich die Prüfziffer selbst nachrechnen?`, 'IBAN with a wrong check digit'),

  rec('chat_en_in', f`Applicant wrote Aadhaar as 4029 4390 5672 on the form but UIDAI verification says invalid. Probably a typo. Draft an SMS asking her to recheck the number.`, 'Verhoeff-failing Aadhaar number'),

  rec('training', f`For the housing-office staff training slide, show a fake example of a US Social Security number so they recognise one: e.g. ${amb('pii.us_ssn', '123-45-6789')}, and explain that numbers starting with 000 or 9xx (like 000-41-2837 or 912-48-3716) are never issued.`, 'well-known example SSN (ambiguous) and unissued SSNs'),

  rec('chat_en_gb', f`For the role-play scenario in the transplant-coordinator training, use a fictional phone number like ${amb('pii.phone', '07700 900418')} for the recipient and ${amb('pii.phone', '020 7946 0133')} for the hospital switchboard. Can you write the script?`, 'Ofcom drama numbers: ambiguous'),

  rec('qa_checklist', f`Test cards for the loyalty shop checkout in the payment sandbox: ${amb('financial.payment_card', '4111 1111 1111 1111')} (Visa), ${amb('financial.payment_card', '5555 5555 5555 4444')} (Mastercard). Write the QA checklist for the mileage purchase flow.`, 'well-known test card numbers: ambiguous'),

  rec('log', f`Is this WMS log normal? Lots of identical lines:

${cfg(f`2025-03-11T04:12:09.331Z INFO  putaway  sscc=003401234512345678 gtin=04260417392185 lpn=LPN-0048127 slot=D3-14-02 robot=AMR-017
2025-03-11T04:12:09.912Z INFO  putaway  sscc=003401234512345679 gtin=04260417392185 lpn=LPN-0048128 slot=D3-14-03 robot=AMR-017
2025-03-11T04:12:10.447Z WARN  putaway  slot=D3-14-04 blocked reason=height_check_failed robot=AMR-022 fw=3.1.4-b22`)}`, 'SSCC/GTIN barcodes, LPNs, firmware version'),

  rec('chat', f`Tracking for the spare-parts shipment of the shuttle lifts: container MSKU 482917 3, B/L MAEU 249183766, DHL waybill 7341 8829 10. When should we expect it in Duisburg?`, 'container, B/L and waybill numbers'),

  rec('chat', f`Passenger with e-ticket 074-2184736190 and PNR K7QX2M claims the award was issued without her consent. Frequent flyer no. NV 4471 0932. Write a checklist of what to verify in the booking history.`, 'ticket number, PNR, loyalty number'),

  rec('chat_fr', f`Un membre conteste une transaction : référence de la réservation 6ZK4PB, vol NV 1431 LIS–GRU du 12/03/2025, siège 2A. Écris-moi une réponse type pour les réclamations « billet prime non reconnu ».`, 'booking reference, flight number'),

  rec('hla_report', f`Explain this HLA typing in simple words for a living donor:

Donor: A*02:01, A*24:02; B*07:02, B*44:02; C*05:01, C*07:02; DRB1*04:01, DRB1*15:01; DQB1*03:02, DQB1*06:02
Recipient: A*02:01, A*03:01; B*07:02, B*35:01; DRB1*15:01, DRB1*13:01
Mismatch (A/B/DR): 1-1-1, virtual crossmatch negative, cPRA 12 %.`, 'HLA typing and lab values'),

  rec('chat_it', f`Mi spieghi la differenza tra eGFR 9 ml/min/1,73m² e clearance della creatinina? Paziente in lista d'attesa con creatinina 6,8 mg/dl, Kt/V 1,4, PTH 512 pg/ml.`, 'lab values'),

  rec('ethics_form', f`Fill in the fields of this ethics application summary in plain English:

EU CT number: 2024-518273-42-00
ISRCTN: ISRCTN48271936
Protocol: NTX-07, version 3.1 dated 14.01.2025
Sponsor code: UHN-TX-2024-009
Planned participants: 240 (120 per arm)`, 'trial registry and protocol identifiers'),

  rec('chat_sv', f`Vi i etikkommittén vill ha en mall för ett konfidentialitetsavtal (confidentiality agreement template) för externa granskare. Kan du skriva ett utkast på svenska?`, 'casual use of confidentiality: template request'),

  rec('chat', f`Our warehouse cloud vendor keeps pitching "confidential computing" for the WMS database. What does that actually protect against, and is it worth it for pallet-location data?`, 'confidential computing: casual use'),

  rec('chat_es', f`Estoy bastante confiado en que la nueva baremación de vivienda social reducirá las esperas. ¿Me ayudas a explicar en la asamblea vecinal cómo funciona, sin tecnicismos?`, 'casual prose'),

  rec('consent_text', f`Improve the readability of this sentence in our participant information sheet: "Your data will be treated confidentially and will only be seen by the study team. Confidentiality will be maintained in all publications."`, 'consent-form prose about confidentiality: not a marking'),

  rec('pubkey', f`The custodian sent their public key for encrypting capital-call files. Is this RSA 2048?

${PUB_PEM}`, 'public key'),

  rec('cert', f`Our AMR fleet manager cert expires soon — how do I read the expiry date from this?

${CERT}`, 'certificate'),

  rec('chat', f`Release notes for WMS adapter 4.2.0: which commits are in it? ${GITSHA('b112n-git1')}, ${GITSHA('b112n-git2')}, ${GITSHA('b112n-git3')}. Tag v4.2.0 points to the first one.`, 'git SHAs'),

  rec('checksums', f`Verify the firmware image for the shuttle PLC before flashing:

shuttle-plc-3.1.4-b22.bin  SHA256 ${SHA('b112n-sha1')}
shuttle-plc-3.1.4-b21.bin  SHA256 ${SHA('b112n-sha2')}

What command do I use on Windows?`, 'SHA-256 sums and version strings'),

  rec('lockfile', f`Why did package-lock change on every install?

${cfg(f`"node_modules/@kargo/wms-ui-kit": {
  "version": "3.8.2",
  "resolved": "https://registry.npmjs.org/@kargo/wms-ui-kit/-/wms-ui-kit-3.8.2.tgz",
  "integrity": "${INTEGRITY}",
  "license": "UNLICENSED"
}`)}`, 'npm integrity hash'),

  rec('chat', f`Docker image for the fraud scorer is pinned to python@sha256:${SHA('b112n-docker')} — how do I find which tag that digest belongs to?`, 'docker digest'),

  rec('uuid_list', f`Deduplicate these mission ids from the AMR fleet export:
7c2e9a41-05d8-4b6f-93e1-a8d4c0f27b56
0d3f8b29-6e14-4a7c-b952-1f7e3c8a9d40
7c2e9a41-05d8-4b6f-93e1-a8d4c0f27b56
b91d4e07-3a62-4f85-8c1e-5d2a7f90c318`, 'UUIDs'),

  rec('chat', f`Old PHP housing app stores passwords like ${ambCat('credential', BCRYPT)} and the ethics portal uses ${ambCat('credential', SHA512CRYPT)} in /etc/shadow style. Which is better to keep during migration?`, 'password hashes: ambiguous'),

  rec('html', f`The housing portal logo renders broken in Outlook. The img tag:

${cfg(f`<img alt="Wohnen Stadt" width="120" src="data:image/png;base64,${PNG_B64}">`)}`, 'data:image base64'),

  rec('password_policy', f`Summarise our password policy for the warehouse terminals in Polish: minimum 14 characters, no reuse of the last 10 passwords, lockout after 5 failed attempts, passwords must never be written on the terminal or shared via chat. Service accounts rotate every 90 days via Vault.`, 'talks about passwords, contains none'),

  rec('chat', f`In our GitHub docs we show tokens as ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and Slack tokens as xoxb-XXXXXXXXXXXX. Is that enough to stop secret scanners from complaining?`, 'placeholder tokens'),

  rec('log', f`Why does the ethics portal log the password field at all?

${cfg(f`2025-03-12 10:02:11 INFO  login attempt user=amelia.novak password=******** result=OK
2025-03-12 10:02:48 INFO  login attempt user=p.lindahl password=[REDACTED] result=FAIL`)}`, 'masked passwords'),

  rec('chat', f`Can you explain how pension funds compute DPI, RVPI and TVPI? Our Fund VII is at DPI 0.62, RVPI 0.91, TVPI 1.53 after 7 years; NAV EUR 412.8m; called 96 %. Is that top quartile for 2017 vintage buyout?`, 'fund metrics'),

  rec('chat', f`ISIN LU2184736195 vs LEI 5299004KJ28DM7Q1XT63 — which one do I put in the AIFMD Annex IV report for the feeder fund?`, 'ISIN and LEI'),

  rec('git_clone', f`${amb('source_code.snippet', f`git clone ${amb('pii.email', 'git@github.com')}:kargo-robotics/amr-bridge.git`)} fails with "Permission denied (publickey)". I added my key in GitHub settings. What else?`, 'git@github.com'),

  rec('chat_ja', f`AMRのMACアドレス一覧（00:1B:44:11:3A:B7、00:1B:44:11:3A:B8）とシリアル番号（KR-AMR-2024-00418）を表にまとめてください。`, 'MAC addresses and serial numbers'),

  rec('chat_ko', f`공공임대주택 신청 접수번호 2025-서울-004812, 심사 기준일 2025.03.31, 소득 기준 중위소득 50% 이하. 이 조건을 안내문으로 정리해 주세요.`, 'case reference and dates'),

  rec('network_diag', f`Robot Wi-Fi roaming drops at aisle 12. AP controller shows the AMRs on the /22 robot VLAN, gateway ${amb('pii.ip_address', '10.40.0.1')}, DHCP lease 4 h. Should we lower the roaming threshold?`, 'IP address (ambiguous), VLAN and lease time'),

  rec('gift_voucher', f`A member wants to pay for extra miles with a fuel-card voucher 6035 1148 2937 7019. Our policy says no, write a short refusal.`, 'fuel-card number failing the Luhn check'),

  rec('chat_ar', f`ما الفرق بين رقم الحجز (PNR) ورقم التذكرة الإلكترونية؟ مثال: الحجز Q8TZ4L والتذكرة 157-2184736190. أريد شرحاً بسيطاً لموظفي خدمة العملاء.`, 'PNR and ticket number'),

  rec('pseudocode', f`How should we structure the database for social-housing allocation? Tables I think we need: applicants, households, income_evidence, offers, refusals. Each applicant has a case number like WBS-2025-004812. Should the priority score be stored or computed?`, 'design question without code'),

  rec('chat_hi', f`Mujhe samjhao ki Eurotransplant ka ETKAS points system kaise kaam karta hai – waiting time, mismatch probability, distance. Hamari training ke liye simple Hindi mein.`, 'programming-free domain question'),

  rec('vault_ref', f`Our ArgoCD app reads secrets like this, is that best practice?

${cfg(f`spec:
  source:
    plugin:
      env:
        - name: DB_PASSWORD
          value: <path:secret/data/wms/db#password>
        - name: FLEET_TOKEN
          value: vault:secret/data/amr/fleet#token`)}`, 'secret references, no values'),
  rec('chat_el', f`Πώς είναι δομημένος ο ΑΦΜ στην Ελλάδα και πόσα ψηφία έχει; Θέλω να προσθέσω έλεγχο μορφής στη φόρμα αίτησης για κοινωνική κατοικία, χωρίς να αποθηκεύουμε τον αριθμό σε απλό κείμενο.`, 'question about an ID format, no ID'),

  rec('chat_hu', f`Hogyan számoljuk ki a GS1 ellenőrző számjegyet egy SSCC raklapcímkénél? A WMS szerint a 00 3 4012345 000004812 7 hibás, a kézi szkenner szerint jó. Melyiknek higgyek?`, 'SSCC label number'),

  rec('chat_te', f`మూత్రపిండ మార్పిడికి రక్త గ్రూపు అనుకూలత ఎలా పనిచేస్తుందో సరళమైన తెలుగులో వివరించండి: O గ్రూపు దాత ఎవరికి ఇవ్వగలరు, AB గ్రూపు గ్రహీత ఎవరి నుంచి తీసుకోగలరు?`, 'domain question, no personal data'),

  rec('chat_es_ar', f`Che, ¿me armás un resumen del circuito de adjudicación? El expediente es EX-2025-08412736-GCABA-IVC, la resolución RESOL-2025-118-IVC y el sorteo se hace el 14/04 ante escribano. Es para la cartelera del barrio, sin datos personales.`, 'file and resolution numbers'),

  rec('chat_am', f`የታማኝነት ፕሮግራማችን ማይሎች ከ36 ወራት በኋላ እንደሚያልፉ ለደንበኞች በአማርኛ አጭር ማስታወቂያ ጻፍልኝ። ምንም የግል መረጃ አያስፈልግም።`, 'policy text, no data'),
];

/**
 * Held-out batch 45: hard negatives from the same six workplaces — TLEs, scene ids, customs and trial
 * reference numbers, meter ids, prescriptions, placeholders, test keys, public keys, hashes and casual
 * uses of "secret" / "confidential". Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b45n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b45n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b45n-pub', 294);
const CERT = pem('CERTIFICATE', 'b45n-cert', 780);
const ED_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b45n-edpub', B64, 43)} gsops@scheduler-01`;
const BCRYPT = tok('$2y$10$', fill('b45n-bcrypt', B62 + './', 53));
const LOGO = b64Bytes('b45n-logo', 360);

export const BATCH45_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Why does our pass predictor reject this TLE? It says "checksum mismatch on line 2":

NIMBRA-3
1 58371U 23174F   24338.51782407  .00012873  00000+0  58213-3 0  9993
2 58371  97.4921 312.8874 0011263  84.3107 275.9411 15.21958214 67218

We pulled it from the public catalogue an hour ago.`),

  rec('chat', f`Can you explain the naming of these Sentinel-2 products so I can parse them in our catalogue?
S2B_MSIL2A_20241201T112349_N0511_R037_T29SMC_20241201T131902
S2A_MSIL1C_20241203T113451_N0511_R080_T26SPG_20241203T120218
I need tile, relative orbit and processing baseline as separate columns.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — pipeline local dev (copy to .env)
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_REGION=eu-west-1
CATALOG_DB_URL=postgres://USER:PASSWORD@localhost:5432/catalog
SENTINELHUB_CLIENT_SECRET=<your-client-secret>
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`)}

write a README section explaining each variable for new joiners`, 'documentation AWS keys and placeholders'),

  rec('gha', f`${amb('source_code.snippet', f`- name: Upload mosaics
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.MOSAIC_AWS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.MOSAIC_AWS_SECRET }}
    SENTINELHUB_CLIENT_SECRET: \${{ secrets.SH_CLIENT_SECRET }}
  run: python tools/upload_mosaic.py --date "\${{ inputs.date }}"`)}

Is it OK to print \`env\` in the step for debugging or will GitHub mask it?`),

  rec('changelog', f`Release notes for the processing image, please make them readable for the customer success team:

processor:4.2.0@sha256:${SHA('b45n-d1')}
processor:4.3.0@sha256:${SHA('b45n-d2')}

4.3.0: GDAL 3.8.5 → 3.9.2, orthorectification now uses Copernicus DEM GLO-30, SAR speckle filter default changed from Lee to Refined Lee, fixed tiling bug at the antimeridian (#2291).`),

  rec('authorized_keys', f`Is this the right format for the scheduler's entry in authorized_keys on the antenna controller? Someone said the comment must match the username.

${ED_PUB}

and the station's TLS certificate, in case the chain is the problem:

${CERT}`),

  rec('chat', f`For the ground-station site survey: Santa Maria antenna 2 is at 36.9968° N, 25.1361° W, elevation 87 m, azimuth mask 5° except 12° between 210° and 245° (hill). Can you compute the horizon mask table in 5° steps?`),

  rec('chat', f`We're evaluating confidential computing (AMD SEV-SNP) for processing imagery from defence customers in the public cloud. What are the trade-offs versus a dedicated on-prem cluster? No need for vendor pricing.`),

  rec('chat_pt', f`A manutenção da antena 1 fica marcada para 10/12 das 08:00 às 14:00 UTC. Janela de passagens afetadas: NIMBRA-2 órbitas 41827 a 41830. Firmware do controlador passa de 3.4.1 para 3.5.0. Podes escrever o aviso para a equipa?`),

  rec('chat_he', f`תכתוב לי סיכום קצר לצוות: ספרינט 44 מסתיים ביום חמישי, דמו ב-14:00, גרסה 2.18.0 של פורטל ההזמנות. כרטיסים NIM-4821 ו-NIM-4833 עוברים לספרינט הבא.`),

  rec('prescription_de', f`Kannst du mir erklären, was diese Werte auf dem Brillenpass bedeuten? Ich will nur verstehen, ob die neue Brille stärker ist.

alt: R sph -2,25 cyl -0,75 A 180 / L sph -2,00 cyl -0,50 A 175
neu: R sph -2,50 cyl -0,75 A 180 / L sph -2,25 cyl -0,75 A 170, PD 63 mm, HSA 12 mm`),

  rec('chat_it', f`Mi servono le differenze tra questi codici del catalogo lenti: 1.6 AS UV420 HMC (cod. 16AS-420-H), 1.67 AS Blue Control (cod. 167AS-BC) e 1.74 AS (cod. 174AS-HMC). Quale consigli per una miopia di -7,00?`),

  rec('csv', f`${amb('source_code.snippet', f`ean;artikel;farbe;lager_wien;lager_graz
9120048173052;Fassung Titan Rund 49-21;gold;4;2
9120048173120;Fassung Titan Rund 49-21;silber;7;0
9120048173298;Acetat Panto 50-20;havanna;3;5`)}

Bitte den Gesamtbestand pro Artikel ausrechnen.`),

  rec('chat', f`How should we word our NDA template for the lens-lab partners? We want a mutual confidentiality agreement, 3-year term, no non-compete. Just the structure, not a full contract.`),

  rec('chat_pl', f`Jaki kod CN wybrać dla kruszarek do kamienia – 8474 20 00 czy 8474 20 10? Zgłoszenie ma MRN 24PL44101000318274, EORI nadawcy PL7251842937000, CMR nr PL-2024-118374. Odprawa w Kukurykach.`),

  rec('chat_tr', f`Tır plakası 34 ABC 482, dorse 34 DF 7731. Kapıkule'den çıkış 05.12 saat 06:30, Kutno'ya tahmini varış 08.12. Konteyner MSKU4829173, mühür no 1184720. Bu bilgilerle müşteriye kısa bir durum maili yazar mısın?`),

  rec('chat_ro', f`Cum calculez taxele vamale pentru 18 400 kg de utilaje cu cod NC 8474 20 10? Valoare în vamă 84 200 EUR, rata taxei 0%, TVA 19%. DVI nr. 24RO22010000183920.`),

  rec('chat_el', f`Οι χρόνοι διέλευσης στα σύνορα Προμαχώνα τον Νοέμβριο: μέσος χρόνος 3 ώρες 40 λεπτά, μέγιστος 11 ώρες στις 22/11. Φτιάξε έναν πίνακα με τις εβδομάδες 45–48 και τη μέση αναμονή.`),

  rec('chat_nl', f`Wat betekent "T1-document gezuiverd" precies? Ik zie bij zending 24NL000184729301E0 de status "gezuiverd op 03-12-2024 10:41" maar de klant zegt dat de goederen nog in Venlo staan.`),

  rec('chat', f`Trial registry question: our study is registered as CTIS 2024-512873-18-00 and NCT06482917. The sponsor's SOP still refers to EudraCT 2021-004827-13. Which number goes on the patient information sheet header?`),

  rec('chat_es', f`¿Me ayudas a ordenar esta lista de kits? Kit 1903-K-0412 (caducidad 03/2026), 1903-K-0413 (03/2026), 1903-K-0420 (09/2025). Lote fabricante L24118. Temperatura de almacenamiento 2–8 °C, excursión registrada de 9,1 °C durante 40 min.`),

  rec('chat', f`MedDRA coding check: "febrile neutropenia" → PT 10016288, SOC 10005329 (Blood and lymphatic system disorders). Is that correct for version 27.1, or did the SOC change?`),

  rec('chat_mr', f`सॅम्पल कलेक्शनचे वेळापत्रक इंग्रजीत करा: सोमवार ते शुक्रवार सकाळी 8 ते 10, रक्ताचे नमुने 2 तासांत लॅबला पोहोचले पाहिजेत, तापमान 2–8 °C. कुरिअर पिकअप 10:30 वाजता.`),

  rec('chat_sw', f`Tafadhali andika ratiba hii kwa Kiingereza: kliniki ya utafiti itafunguliwa Jumatatu hadi Ijumaa saa mbili asubuhi hadi saa kumi jioni. Sampuli zipelekwe maabara kabla ya saa sita mchana. Toleo la itifaki 3.1, tarehe 15/11/2024.`),

  rec('chat', f`For the patient information sheet: "Your data will be pseudonymised; the key linking your code to your name is kept secret by the hospital and never shared with the sponsor." Is "pseudonymised" the right word or should it be "coded"?`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — checked in on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://shop:\${DB_PASSWORD}@localhost:5432/shop_test`)}

Our pen-tester flagged the publishable key as a leak. Is it?`),

  rec('receipt', f`Bitte übersetz die Bestellbestätigung ins Englische für meine Frau:

Bestellung AK-2024-77841 vom 02.12.2024
Tourenski Kante Alp 88, 172 cm – € 549,00
Bindung Pin-Tech 10 – € 329,00
Bezahlt mit Mastercard **** **** **** 2157
Versand DHL Paket, Sendungsnummer 00340434188270019364
Voraussichtliche Zustellung: 05.12.2024`),

  rec('chat', f`Customer says our gift card 6012 4837 2910 4418 isn't accepted at checkout. The card came from the Innsbruck store. How do I check if it was ever activated in Shopify POS?`, 'Luhn-failing gift card number'),

  rec('chat', f`For the checkout tests I used ${amb('financial.payment_card', '4111 1111 1111 1111')} and ${amb('financial.payment_card', '5555 5555 5555 4444')} with any future date; the 3DS challenge never appears. Which test card forces the challenge in Adyen?`),

  rec('chat_ja', f`スキーブーツのサイズ換算表を作ってください。モンドポイント 24.5 / 25.5 / 26.5 / 27.5 を EU サイズと US サイズに。フレックス 90 と 110 の違いも一言で説明してください。`),

  rec('chat_ko', f`주문번호 AK-2024-77920 배송 조회 부탁드립니다. 송장번호 6048 2917 3650 (CJ대한통운) 인데 5일째 "집하" 상태입니다. 고객에게 보낼 안내문을 써 주세요.`),

  rec('chat', f`Our Secret Santa at the Davos store: budget CHF 25, draw on Friday. Write a fun announcement for the staff WhatsApp group, mention that the gift should be something for the mountains.`),

  rec('chat_ar', f`ممكن تلخص لي جدول التوريد؟ أمر الشراء PO-4500-2291، الدفعة الأولى 120 مشهد رادار في يناير، الثانية 200 مشهد في مارس، والتسليم عبر البوابة خلال 90 دقيقة من الاستقبال.`),

  rec('chat_el', f`Ανακοίνωση διακοπής ρεύματος για τους χειριστές: Τρίτη 10/12, 09:00–13:00, περιοχή Καλαμαριά, οδοί Πόντου 12–48 και Κομνηνών 3–21. Αριθμός εργασίας ΔΕΔΔΗΕ 24-118392. Γράψε το σε απλά ελληνικά για το IVR.`),

  rec('chat_nl', f`Klant vraagt waarom zijn jaarafrekening hoger is. Meterstanden: 1 januari 14.822 kWh (normaal) / 9.114 kWh (dal), 1 december 18.391 / 11.047. Contractnummer 7300184920, EAN-code 871687140018294736. Kun je het verbruik per tarief uitrekenen?`),

  rec('chat_ro', f`Clientul a transmis indexul 048213 la contorul seria 81927364, dar sistemul a calculat un consum estimat de 412 kWh. Cod loc de consum 5940001827364. Cum îi explic diferența?`),

  rec('chat_fr_be', f`Un client demande pourquoi son code EAN 541448820057182736 n'est pas reconnu sur le site du gestionnaire de réseau. Il a un compteur bihoraire. Quelles vérifications je lui propose au téléphone ?`),

  rec('chat', f`Call-centre KPIs for November: AHT 6 min 42 s, FCR 71%, abandon rate 8.4%, service level 80/20 reached on 19 of 30 days. Queue 4417 (billing) is the worst. Write a two-paragraph summary for the ops review.`),

  rec('chat', f`Write a short training note for new agents: never ask the customer to read out their full card number or online-banking password on the phone; if they start, interrupt politely and transfer to the secure IVR payment line.`),

  rec('training_script', f`Rewrite this roleplay for new call-centre agents so it sounds natural:

Customer: "Hi, I'm Sam Carter, my number is ${amb('pii.phone', '(312) 555-0142')}, and my SSN is ${amb('pii.us_ssn', '123-45-6789')} if you need it."
Agent: "Thanks Sam, I don't need your SSN — can you confirm your account number from the bill instead?"`, 'fictional 555-01xx number and the well-known example SSN: ambiguous'),

  rec('chat', f`Is it acceptable that our legacy CRM stores agent passwords as ${ambCat('credential', BCRYPT)}? The auditor says bcrypt cost 10 is too low.`, 'a password hash: ambiguous, no rule id'),

  rec('chat', f`The IBAN validator in our portal rejects CH77 0023 5418 9076 3520 1 — the customer copied it from an old letter. Is the check-digit wrong or does the portal not support Swiss IBANs?`, 'IBAN with wrong check digits'),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/@shopify/polaris": {
  "version": "13.9.1",
  "resolved": "https://registry.npmjs.org/@shopify/polaris/-/polaris-13.9.1.tgz",
  "integrity": "sha512-${fill('b45n-integ', B64, 86)}==",
  "dependencies": { "react-transition-group": "^4.4.5" }
}`)}

npm ci fails with EINTEGRITY on this package after we switched registries.`),

  rec('git', f`Rebase went wrong on the shop theme:

interactive rebase in progress; onto 7c41e9a
Last commands done:
   pick 3f8b21d feat(pdp): size advisor widget
   pick a9d04c7 fix(cart): free-shipping threshold for AT/IT
Next commands to do:
   pick e17f6b2 chore: bump @shopify/cli to 3.70.0

How do I drop the chore commit without losing the others?`),

  rec('html', f`The logo in the order e-mail is cut off in Outlook:

<img src="data:image/png;base64,${LOGO}" width="180" alt="Alpenkante Sport">

Should I host it instead of inlining it?`),

  rec('pr_review', f`Reviewer asked whether committing this file leaks anything. It's the public key the tasking API uses to verify customer signatures:

${PUB_PEM}`),

  rec('uuid_list', f`These tasking requests are stuck in "queued", give me a psql statement to reset them:
5b1e8c72-93d4-4f0a-8c61-2e7b9a4d0f35
c8a47e19-2d06-4b93-a1f5-7e3c9d80b624
0f93d2a6-7b41-4e85-9c12-6a8e4b7d3f01`),

  rec('chat_de_ch', f`Wie formuliere ich im Kundenbrief, dass die Sehtestdaten vertraulich behandelt werden, ohne dass es nach Anwalt klingt? Es geht um die neue Online-Terminbuchung.`),

  rec('chat', f`I'm confident the antenna 2 outage last night was the UPS, not the controller. Can you help me write the question to the facility team so they check the UPS event log for 02:00–02:30 UTC?`),

  rec('keycloak', f`${amb('source_code.snippet', f`{
  "clientId": "agent-ui",
  "enabled": true,
  "clientAuthenticatorType": "client-secret",
  "secret": "**********",
  "redirectUris": ["https://agent.cc-helion.gr/*"],
  "publicClient": false
}`)}

Realm export masks the secret. How do I move this client to the new Keycloak without regenerating it?`),
];

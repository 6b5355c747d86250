/**
 * Held-out batch 23: hard negatives — contract, lot, docket, chip, timecode and order numbers, masked and
 * checksum-failing values, placeholders, test keys, public material and casual "secret"/"confidential" prose,
 * from the six organisations of the batch (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart
 * from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b23n-sktest', B62, 97));
const RK_TEST = tok('rk_', 'test_', '51', fill('b23n-rktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b23n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const PUB = pem('PUBLIC KEY', 'b23n-pub', 294);
const CERT = pem('CERTIFICATE', 'b23n-cert', 840);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b23n-png', 180)}`;
const BCRYPT = tok('$2y$10$', fill('b23n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${fill('b23n-integ', B64, 86)}==`;

export const BATCH23_NEGATIVES: DraftRecord[] = [
  rec('contract', f`Can you turn this purchase confirmation into a short summary table?

CONTRACT CONFIRMATION CTR-AGD-24/0418
Seller: Agrodelta Cooperativă Agricolă · Buyer: Hellenic Feed Mills S.A.
Commodity: Feed barley, crop 2024, protein min 10.5%, moisture max 14.0%, test weight min 62 kg/hl
Quantity: 5,500 t ±5% at seller's option
Price: EUR 196.50/t FOB Constanța, berth 80
Shipment: 10–25 Jan 2025, vessel TBN (min. IMO 9384726 class)
Payment: CAD 100% against documents, 5 banking days after B/L date`),

  rec('lab_results', f`Explain these wheat quality results to a farmer in simple Romanian:

Lot 24-117 | Probe: 8 | Umiditate 13,6% | Masă hectolitrică 78,4 kg/hl | Proteină 12,9% | Indice de cădere 312 s | Gluten umed 27,1% | Corpuri străine 1,2% | DON 0,4 ppm`),

  rec('futures', f`Why did the spread widen? ZCH25 closed 4.42'6, ZCK25 4.51'2, ZWH25 5.48'0, MATIF EBM Mar-25 €228.25. Basis at Constanța was –18 €/t vs MATIF last week, now –24.`),

  rec('weighbridge', f`Sum the net weights per truck plate:

Tichet 24-008812 | CT-23-AGD | brut 41 260 kg | tara 15 480 kg | net 25 780 kg | 02.12.2024 07:41
Tichet 24-008813 | TL-08-PRS | brut 39 910 kg | tara 14 920 kg | net 24 990 kg | 02.12.2024 07:58
Tichet 24-008814 | CT-23-AGD | brut 40 880 kg | tara 15 470 kg | net 25 410 kg | 02.12.2024 10:12`),

  rec('chat_id', f`Pak, jadwal panen jagung di blok C mundur ke tanggal 9 karena hujan. Kadar air masih 28%, target turun ke 24% dulu baru dipanen. Truk yang dipesan 6 unit, kapasitas masing-masing 8 ton. Tolong hitung berapa rit yang dibutuhkan untuk 140 ton.`),

  rec('field_map', f`Convert these field corners to a GeoJSON polygon:
44.1742, 28.6381
44.1759, 28.6447
44.1713, 28.6469
44.1698, 28.6402
(parcel 412/3, 18.4 ha, CF 104873 Cumpăna)`),

  rec('order_confirmation', f`Translate this order confirmation into Swedish for our Nordic shop:

Thank you for your order ML-2024-556120!
Linen blazer, sand, EU 38 (SKU ML-SS25-BLZ-0412-38) × 1 — €189.00
Silk scarf, ocean (SKU ML-AC-SCF-0077) × 1 — €59.00
Paid with Visa ending in 5156
Shipping: PostNord, tracking UA482019374SE, expected 5–6 Dec`),

  rec('csv', f`${amb('source_code.snippet', f`sku,ean,colour,size,stock,price_sek
ML-SS25-DRS-0101-S,7350112048215,ivory,S,14,1299
ML-SS25-DRS-0101-M,7350112048222,ivory,M,3,1299
ML-SS25-DRS-0101-L,7350112048239,ivory,L,0,1299
ML-AW24-KNT-0388-M,7350112051109,forest,M,22,999`)}

Which rows should be hidden on the storefront?`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — committed, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_RESTRICTED_KEY=${RK_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop_test`)}

Is it a problem that the publishable key in the test env is a live one?`),

  rec('qa_notes', f`QA checklist for the new checkout:
1. Pay with ${amb('financial.payment_card', '4242 4242 4242 4242')} → success
2. Pay with ${amb('financial.payment_card', '4000 0000 0000 0002')} → generic decline
3. Apple Pay on iOS 18 → success page shows order number
4. Klarna "Pay in 30 days" in SE and DE
Can you turn this into Gherkin scenarios?`, 'Stripe test cards: ambiguous as well-known test numbers'),

  rec('chat', f`Customer insists her card is 4548 3212 8052 7742 and our form says "invalid card number". Did she mistype it, or is our validation wrong? She can't find the card right now.`, 'Luhn-failing card number'),

  rec('i18n', f`${amb('source_code.snippet', f`{
  "login.title": "Autentificare",
  "login.email": "Adresa de e-mail",
  "login.password": "Parolă",
  "login.forgot": "Ai uitat parola?",
  "login.password_hint": "Minimum 10 caractere, o cifră și un simbol",
  "checkout.card_number": "Numărul cardului",
  "checkout.cvc": "CVC"
}`)}

Check the Romanian translations, are they natural?`),

  rec('chat_pt', f`Qual é a melhor política de senha para o app de empréstimos? Pensei em: mínimo 12 caracteres, bloquear senhas vazadas, biometria opcional e sem troca obrigatória a cada 90 dias. Faz sentido pro Banco Central?`),

  rec('apr_table', f`Check the APR math in this disclosure table:

Amount  | Term | Monthly | Total repaid | APR
$1,000  | 12   | $95.62  | $1,147.44    | 27.9%
$2,500  | 18   | $171.35 | $3,084.30    | 29.9%
$5,000  | 24   | $263.18 | $6,316.32    | 24.9%`),

  rec('redacted', f`Rewrite this adverse action notice in plain language:

Applicant: [REDACTED]   SSN: XXX-XX-1794   Application: APP-7733105
We were unable to approve your application because of: (1) insufficient credit history; (2) debt-to-income ratio. Score used: 588 (range 300–850), provided by the credit bureau on 11/27/2024.`),

  rec('test_data', f`For the QA environment, the loan app validation rejects these SSNs and I'm not sure why: 000-48-2913, 666-20-4471, 912-37-0058. Are those ranges never issued?`, 'SSNs with area 000 / 666 / 9xx'),

  rec('chat', f`Customer wants the transfer to RO73 BTRL 5752 9380 2045 8247 and our system rejects it. Can you tell whether it's a typo? Check digits look off to me.`, 'IBAN with wrong check digits'),

  rec('config', f`${amb('source_code.snippet', f`underwriting:
  plaid:
    client_id: \${PLAID_CLIENT_ID}
    secret: \${PLAID_SECRET}
    env: production
  db:
    url: postgresql://<user>:<password>@<host>:5432/loans
  score_cutoffs:
    thin_file: 610
    standard: 580`)}

Write the README section that explains each key.`),

  rec('vet_dosage', f`Format this as a table for the clinic wall:

Meloxicam 1.5 mg/ml oral susp.: 0.1 mg/kg SID (dog), day 1 0.2 mg/kg
Amoxicillin/clav 50 mg: 12.5 mg/kg BID
Maropitant 10 mg/ml inj.: 1 mg/kg SC SID, max 5 days
Butorphanol 10 mg/ml: 0.2–0.4 mg/kg IV/IM
Batch numbers on the shelf: MX24-0931, AC-771204, CER-58213`),

  rec('chip_list', f`Which of these microchips are Swedish-registered and which are foreign? Chips: 752098100482913, 752098100571204, 941000024817365, 985112007394826, 250269604718293.`, 'ISO 11784 pet microchip numbers'),

  rec('lab_ranges', f`Ερμηνεία εξετάσεων για γάτα 12 ετών, με βάση τα όρια του εργαστηρίου:
Creatinine 2.4 mg/dl (0.8–2.1), SDMA 19 µg/dl (0–14), USG 1.018, BUN 41 mg/dl (16–36), T4 3.1 µg/dl.
Είναι IRIS stage 2;`),

  rec('chat_sv', f`Kan du skriva ett inlägg till vår Instagram? Hemligheten bakom Sixtens glada leende är regelbunden tandborstning! Tipsa om tandborstning 3 gånger i veckan och boka tandkontroll i december med 15 % rabatt.`),

  rec('timecodes', f`Clean up these notes from the producer's viewing of cut v7:

01:02:14:08 – cut earlier, the pause is too long
01:07:41:19 – music swell feels cheap, try the alternate
01:14:03:00–01:14:22:11 – lose the drone shot
01:31:58:02 – VFX temp, shot VL_104_087_comp_v012`),

  rec('edl', f`${amb('source_code.snippet', f`TITLE: VINTERLJUS_104_V7
FCM: NON-DROP FRAME

001  A023C004_241118_R1KQ V     C        14:22:07:11 14:22:12:03 01:00:00:00 01:00:04:16
002  A024C011_241118_R1KQ V     C        15:03:41:02 15:03:44:20 01:00:04:16 01:00:08:10
003  B012C002_241119_R2XM V     D    024 09:11:58:14 09:12:03:01 01:00:08:10 01:00:12:21`)}

Why does Resolve import event 003 as a cut?`),

  rec('chat', f`Distributor wants the ISAN for the series. We have 0000-0005-8C1E-0000-R-0000-0000-X for the series root. Do episodes get their own?`),

  rec('film_chat', f`Pitch help: a heist comedy called "Top Secret Recipe" where a grandma's secret meatball recipe gets stolen from a food festival. Give me five title alternatives and a tagline.`),

  rec('chat_he', f`אפשר עזרה בלוח הזמנים? יום צילום 23 מתחיל ב-06:30, הפסקת צהריים 12:30, סיום 18:00. סצנות 41, 42A, 43 ו-57. כמה עמודים זה בסך הכל אם כל סצנה בערך 1 3/8 עמוד?`),

  rec('docket', f`Put these hearings in date order for the client calendar:

2024-CR-004718 – Arraignment continuance, Dept. 7, 12/04/2024 8:30 AM
2024-CR-004733 – Preliminary hearing, Dept. 12, 12/10/2024 1:30 PM
2024-MM-011902 – Pretrial conference, Dept. 3, 12/12/2024 9:00 AM
2023-CR-019284 – Sentencing, Dept. 7, 12/18/2024 10:00 AM`),

  rec('legal_research', f`Summarize the holdings: Gideon v. Wainwright, 372 U.S. 335 (1963); Strickland v. Washington, 466 U.S. 668 (1984); Brady v. Maryland, 373 U.S. 83 (1963). How does Strickland apply to a failure to investigate an alibi?`),

  rec('chat', f`In our discovery we got a report mentioning a "confidential informant" (CI-2291). Can I move to disclose the identity? What's the Roviaro standard?`, 'a legal term, not a marking'),

  rec('bates', f`Make an exhibit list from these Bates ranges:
MCPD-000412 – MCPD-000437 (incident report)
MCPD-000438 – MCPD-000441 (property receipt)
BWC-CAM17-20240611-0213 (bodycam, 00:21:47)
DA-DISC-002118 – DA-DISC-002204 (lab reports)`),

  rec('form_template', f`Traduce în engleză formularul, păstrând câmpurile goale:

Nume și prenume: ______________________
CNP: _ _ _ _ _ _ _ _ _ _ _ _ _
IBAN: RO__ ____ ____ ____ ____ ____
Telefon: +40 ___ ___ ___
Semnătura: ____________`),

  rec('chat_ar', f`هل يمكن أن تكتب لي منشوراً قصيراً لصفحة العيادة؟ السر في صحة أسنان قطتك هو الفحص الدوري كل ستة أشهر. خصم 20٪ على تنظيف الأسنان طوال شهر ديسمبر.`),

  rec('chat_el', f`Ποια είναι η διαφορά μεταξύ «εμπιστευτικότητας» και «ακεραιότητας» στο GDPR; Τη χρειάζομαι για μια παρουσίαση στο προσωπικό των κλινικών.`),

  rec('aws_docs', f`moto fixture for the dailies uploader tests, is this the right way?

${v('source_code.snippet', f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        client = boto3.client("s3", region_name="eu-north-1")
        client.create_bucket(Bucket="dailies", CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
        yield client`)}`, 'AWS documentation keys: no credential; the fixture is pasted code'),

  rec('docs', f`## Notifications (call-sheet bot)

Set \`SLACK_WEBHOOK_URL\` to your channel's incoming webhook, e.g.
\`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
Set \`TELEGRAM_BOT_TOKEN\` to the token from @BotFather (format \`123456789:ABC...\`).
For local runs, leave both empty; messages are printed to stdout.`),

  rec('pr_review', f`Is it OK to commit this? It's the public key the e-filing portal uses to verify our signatures, and the portal's TLS cert.

${PUB}

${CERT}`),

  rec('docker', f`What changed between these two images of the lab importer?

registry.pawcare-vet.se/lab-importer:1.8.2@sha256:${SHA('b23n-d1')}
registry.pawcare-vet.se/lab-importer:1.9.0@sha256:${SHA('b23n-d2')}
Commits: ${GIT('b23n-g1').slice(0, 12)} "parse IDEXX v5 PDFs", ${GIT('b23n-g2').slice(0, 12)} "retry SFTP"`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/pdf-parse": {
  "version": "1.1.1",
  "resolved": "https://registry.npmjs.org/pdf-parse/-/pdf-parse-1.1.1.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "debug": "^3.1.0", "node-ensure": "^0.0.0" }
}`)}
npm ci says integrity checksum failed for pdf-parse. Cache problem?`),

  rec('html', f`Why doesn't the logo render in Outlook? <img width="16" height="16" alt="" src="data:image/png;base64,${PNG_B64}"> It works in Gmail.`),

  rec('chat', f`Old PHP lending portal stores ${ambCat('credential', BCRYPT)} in the users.password column. Is bcrypt cost 10 still acceptable or should we rehash on login?`, 'a password hash: no rule claims it (ambiguous, no rule id)'),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02T09:41:12.004Z INFO  api req=3f1c8a27-9b44-4e0d-a6c1-72d9e5b0f314 GET /v1/loans/LN-2024-0083126/schedule 200 38ms
2024-12-02T09:41:12.390Z INFO  api req=b70e2d95-1c6a-4f83-8e27-4a9d0c5b1e68 POST /v1/applications/APP-7733105/documents 201 412ms
2024-12-02T09:41:13.027Z WARN  api req=e4a9f102-7d3b-48c5-b916-0c2f8e7a3d51 slow query fp=${SHA('b23n-fp')} 1830ms`)}

Why is the documents upload so slow compared to the schedule endpoint?`),

  rec('chat', f`My card from the bank says "valid thru 09/27" and the CVV is on the back. For the company travel policy, should employees ever type a CVV into an internal form? I say never. Write a one-paragraph rule.`),

  rec('masked', f`The bank statement shows "KLARNA*MAISONLUNE 1 299,00 SEK, kort ****7860, ref 74820193". The customer says she returned it. Which of our orders could that be?`),

  rec('chat', f`We keep getting calls from +46 70 12 34 and +40 72 1 in the PMS because the receptionists truncate numbers. Can you write a regex that flags Swedish and Romanian mobile numbers that are too short?`, 'truncated phone fragments libphonenumber rejects'),

  rec('chat_id', f`Tolong jelaskan bedanya NPWP 15 digit dan 16 digit, formatnya dulu 00.000.000.0-000.000 kan? Untuk faktur pajak ekspor jagung bulan Desember pakai yang mana?`),

  rec('chat_sv', f`Vad betyder "sekretessmarkering" i ett domstolsbeslut? En klient frågar om hennes adress kan skyddas i ett vårdnadsmål.`),

  rec('uuid_list', f`Delete these stale render jobs from the queue, give me the curl loop:
job/6f2c9a14-0b3e-4d87-95a1-e7c4b2d80f36
job/a91e3d07-5c28-4b6f-8d40-1f7e9c2a6b53
job/3d7b0e52-e8a1-4c94-b6f3-29d5a8c1e074`),

  rec('chat', f`For the co-op newsletter: "It's no secret that this year's sunflower harvest was the best since 2018 — 2.9 t/ha on average." Can you make the intro more lively?`),
];

/**
 * Held-out batch 30: hard negatives from the same six organisations — tag lists, work orders, CAS
 * and UN numbers, IFC GUIDs, company registration numbers, ticket barcodes, masked cards, test cards,
 * placeholders, public keys, hashes, typo'd IBANs and cards, casual "secret" / "confidential" —
 * in all the batch's languages. Unlabelled apart from ambiguous spans and pasted code.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const IFC = (seed: string) => tok('3', fill(seed, B62 + '_$', 21));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b30n-pklive', B62, 97));
const SK_TEST = tok('sk_', 'test_', '51', fill('b30n-sktest', B62, 97));
const CERT = pem('CERTIFICATE', 'b30n-cert', 880);
const SSH_PUB = `AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b30n-sshpub', B64, 43)}`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${b64Bytes('b30n-png', 240)}`;
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH30_NEGATIVES: DraftRecord[] = [
  // ── refinery ──────────────────────────────────────────────────────────────
  rec('csv', f`Which of these loops look like they're oscillating? 5-min averages from the historian:

${amb('source_code.snippet', `Timestamp,Tag,Value,Units,Quality
2024-11-26 06:00:00,FIC-2301.PV,412.7,m3/h,Good
2024-11-26 06:05:00,FIC-2301.PV,398.1,m3/h,Good
2024-11-26 06:10:00,FIC-2301.PV,421.9,m3/h,Good
2024-11-26 06:00:00,TIC-2304.PV,356.2,degC,Good
2024-11-26 06:05:00,TIC-2304.PV,356.4,degC,Good
2024-11-26 06:10:00,TIC-2304.PV,356.1,degC,Good
2024-11-26 06:00:00,LIC-2410.PV,48.3,%,Bad`)}`),

  rec('maintenance', f`Can you write the job description for the planner? SAP notification 10048273, order 4000182736, equipment P-2317B (charge pump, CDU1), functional location KWN-U100-P-2317B. Mechanical seal leaking at ~2 drops/min, tag-out per isolation certificate IC-24-11873. Spares: seal cartridge 300-118-442, bearing kit 300-204-017. Planned for window W48, 16 man-hours.`),

  rec('chat', f`Our SDS register has benzene as CAS 71-43-2, UN 1114, and toluene CAS 108-88-3, UN 1294. The new contractor's list says hydrogen sulphide is UN 1053, CAS 7783-06-4 — is that right? Need it for the permit-to-work template.`),

  rec('assay', f`Summarise this crude assay for the planners, what's the implication for the vacuum unit?

API gravity 31.4, sulphur 1.92 wt%, TAN 0.21 mg KOH/g, pour point −18 °C
Cuts (TBP, vol%): LPG 1.8 | naphtha (C5–175) 19.6 | kero (175–235) 11.2 | diesel (235–350) 22.4 | VGO (350–550) 27.1 | residue 550+ 17.9
Sample ref: LAB-2024-118273, received 21/11/2024 14:05`),

  rec('network_config', f`Template for the new switches, the real values get pushed by Ansible — does this pass the CIS benchmark?

${amb('source_code.snippet', f`hostname {{ inventory_hostname }}
username {{ admin_user }} privilege 15 secret {{ vault_admin_secret }}
snmp-server group OPS v3 priv
snmp-server user {{ snmp_user }} OPS v3 auth sha <AUTH-PASS> priv aes 128 <PRIV-PASS>
ntp server ${amb('pii.ip_address', '172.20.0.10')}
logging host ${amb('pii.ip_address', '172.20.0.20')}`)}`, 'Jinja and angle-bracket placeholders'),

  rec('chat_no', f`Hvordan formulerer jeg en passordpolicy for kontrollromsmaskinene? Vi vil ha minst 14 tegn, ingen tvungen bytting, MFA på fjernaksess og egne kontoer for leverandører. Ikke skriv noen eksempelpassord i teksten, folk kopierer dem.`),

  rec('chat_ng', f`Abeg how I go calculate the days for this turnaround? Shutdown start 03/03/2025 06:00, feed in 21/03/2025 18:00. Contractor headcount peaks at 1,240 on day 9. Permit numbers go from PTW-25-00001 upward. Wetin be the total man-hours if na 11-hour shifts?`),

  rec('chat', f`I'm confident the flare KO drum level transmitter is drifting, it reads 12% when the sight glass is empty. Before I raise a notification — what's the usual way to prove drift on a DP level transmitter with a remote seal?`),

  // ── funeral services ─────────────────────────────────────────────────────
  rec('template', f`Make this order-of-service template look nicer (Word, A5 folded):

In Loving Memory of
[FULL NAME]
[Date of birth] – [Date of death]

Entrance hymn: [Hymn 1]
First reading: [Reader 1]
Psalm: The Lord is my shepherd
Prayers of the faithful: [Family member]
Recessional: [Song]

The family would like to thank…`),

  rec('price_list', f`Can you check the maths on our new package price list?

PKG-S1 Simple cremation ........ €2,450
PKG-S2 Simple burial ........... €3,450
PKG-T1 Traditional ............. €4,950 (incl. hearse + 1 limousine)
Extras: limousine €295 · printed booklets (100) €180 · webcast €150 · RIP.ie notice €150
Prices from 1 January 2025, incl. VAT at 13.5% where applicable.`),

  rec('chat_pt', f`Como leio essa linha digitável do boleto que o cemitério mandou? Não sei se já venceu: 34191.79001 01043.510047 91020.150008 8 98760000048700. O valor é R$ 487,00, né?`, 'a boleto payment line: a bill, not an account or a card'),

  rec('chat', f`Grave plot records — the council register has "St Brendan's Cemetery, Section C, Row 14, Plot 22, purchased 1987, deed no. 4417". The family says it's Plot 23. How do we request the register extract? Kerry County Council.`),

  rec('chat_pt', f`A família quer uma homenagem curta pra ler no velório. Ele era torcedor do Guarani, adorava pescar e dizia que o segredo de um bom churrasco é paciência. Pode escrever umas 150 palavras, tom carinhoso?`),

  rec('email_html', f`Why is the logo not showing in Outlook? Our funeral-notice mail template:

${amb('source_code.snippet', f`<table role="presentation" width="100%"><tr><td align="center">
  <img src="data:image/png;base64,${PNG_B64}" width="64" height="64" alt="Serenitas">
  <p style="font-family:Georgia,serif;color:#4a4a4a">With sympathy from all at Serenitas</p>
</td></tr></table>`)}`),

  // ── football club ────────────────────────────────────────────────────────
  rec('match_stats', f`Write a 100-word match report from these stats:

Kilbarrow Rovers 2–1 Drogheda Utd (22/11/2024, attendance 3,412)
Goals: 17' #9 Nwosu (pen), 58' #11 Ribeiro; 71' Drogheda #7
xG 1.84 – 0.92 · shots 14 (6 on target) – 9 (3) · possession 57% – 43%
Cards: #6 Hudák (Y 44'), Drogheda #4 (Y 63', Y 88' → R)
Opta match ID 2418273, event feed v3.1`),

  rec('chat', f`The turnstiles reject these barcodes from the reprinted tickets: 9310 4827 1650 3321, 9310 4827 1650 3338, 9310 4827 1650 3345. Originals scanned fine. Do reprints get a new check digit?`, 'ticket barcodes: not cards (and Luhn-failing)'),

  rec('chat', f`Transfer question: we agreed €650,000 plus a 20% sell-on and €100k after 30 appearances. If he's sold on for €2.5m in 2026, what's our share? FIFA TMS reference is 2024-ITC-0418273 if that matters for the solidarity contribution.`),

  rec('chat_he', f`מה הסוד של קבוצות קטנות שמצליחות לגייס שחקנים טובים בלי תקציב? תכתוב לי 5 רעיונות לסקאוטינג בליגות קטנות באירופה, בעברית.`),

  rec('fixtures_no', f`Kan du lage en oversikt over treningskampene i januar til spillergruppa?

Lør 11.01 kl. 13:00 – Fjordby IL (borte), kunstgress, oppmøte 11:45
Ons 15.01 kl. 18:30 – Kilbarrow U20 (hjemme)
Lør 18.01 kl. 14:00 – Stavanger Sportsklubb (nøytral bane, Sola)
Kamp-ID i FIKS: 8420113, 8420127, 8420139`),

  rec('chat', f`The Stripe docs say use ${amb('financial.payment_card', '4242 4242 4242 4242')} for the season-ticket checkout in test mode, and ${amb('financial.payment_card', '4000 0027 6000 3184')} to force 3DS. Where does the test card go in Stripe's CLI, or do I just type it in the form?`, 'well-known Stripe test cards: ambiguous'),

  rec('cert', f`Ticketing partner sent us their client certificate for mTLS. Is this the cert or did they send the key by mistake?

${CERT}`, 'a certificate is public'),

  rec('deploy', f`Rollback the club app API to the previous image, which one was it?

kilbarrow/api:2.7.3@sha256:${SHA('b30n-d1')}
kilbarrow/api:2.7.4@sha256:${SHA('b30n-d2')}
deployed by pipeline 118273, commit 9c41e7a2d0b85f3e16a4c7d92e0b13f5a8c64d27`),

  // ── cosmetics e-commerce ─────────────────────────────────────────────────
  rec('product_sheet', f`Tidy up this product sheet for the wholesale catalogue:

Barrier Repair Serum 30 ml — SKU LMR-BRS-30 — EAN 9 351234 018273
INCI: Aqua, Glycerin, Niacinamide, Squalane, Ceramide NP, Ceramide AP, Ceramide EOP, Phytosphingosine, Cholesterol, Sodium Lauroyl Lactylate, Carbomer, Xanthan Gum, Phenoxyethanol, Ethylhexylglycerin
Batch 24K118, exp. 11/2026, PAO 6M
RRP AUD 54.95 · wholesale AUD 27.50 · carton qty 24`),

  rec('chat', f`Customer says her order #LMR-50114 shows "Paid with Visa •••• 4412" twice in her account page but only one charge on her bank. Shopify order IDs gid://shopify/Order/5918273645012 and gid://shopify/Order/5918273645013. Is this a duplicate order or a display bug?`),

  rec('chat_tl', f`Pa-improve naman ng macro namin for late deliveries, gusto ko mas empathetic:

Hi {{ticket.requester.first_name}},
Sorry po for the delay sa order mo ({{ticket.order_number}}). Nakita namin na yung parcel ay nasa {{tracking.last_location}} pa. Tracking: {{tracking.url}}
Kung wala pa in 3 business days, message mo lang kami ulit.
— {{current_user.first_name}}, Lumera Skin Care Team`),

  rec('env_example', f`${amb('source_code.snippet', `# .env.example — copy to .env.local and fill in
SHOPIFY_STORE_DOMAIN=your-store.myshopify.com
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_...
OPENAI_API_KEY=<your OpenAI key>
KLAVIYO_PRIVATE_KEY=
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/lumera`)}

Write the README section that explains each one for the new contractor.`),

  rec('code_js', f`Headless checkout: Stripe Elements won't mount on Safari. Is the key the problem?

${v('source_code.snippet', f`import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('${PK_LIVE}');

export async function mountCard(el) {
  const stripe = await stripePromise;
  const elements = stripe.elements({ locale: 'en-AU' });
  const card = elements.create('card', { hidePostalCode: true });
  card.mount(el);
  return card;
}`)}`, 'a live publishable key is public by design; the snippet itself is code'),

  rec('env_test', f`${amb('source_code.snippet', `# .env.test — CI only
STRIPE_SECRET_KEY=${SK_TEST}
SHOPIFY_API_SECRET=test-secret-not-real
SENTRY_DSN=`)}

tests fail with "No such customer" — do test-mode customers expire?`),

  rec('package_lock', f`${amb('source_code.snippet', `"node_modules/@shopify/polaris": {
  "version": "13.9.1",
  "resolved": "https://registry.npmjs.org/@shopify/polaris/-/polaris-13.9.1.tgz",
  "integrity": "${INTEGRITY('b30n-int1')}"
},
"node_modules/@lumera/ui": {
  "version": "0.18.2",
  "resolved": "https://registry.npmjs.org/@lumera/ui/-/ui-0.18.2.tgz",
  "integrity": "${INTEGRITY('b30n-int2')}"
}`)}
npm ci says integrity checksum failed for @lumera/ui after we republished 0.18.2. What's the proper fix?`),

  rec('chat', f`Our card form says "invalid card number" for a customer who swears she typed it right: 4539 7812 0466 3155. Is our Luhn check broken or is the number wrong?`, 'Luhn-failing number: the customer mistyped it'),

  // ── architecture & planning ──────────────────────────────────────────────
  rec('ifc', f`Clash report from Solibri — which of these GUIDs are walls? I only have the GUIDs, not the element names:

${IFC('b30n-ifc1')}  vs  ${IFC('b30n-ifc2')}  (hard, 42 mm)
${IFC('b30n-ifc3')}  vs  ${IFC('b30n-ifc4')}  (hard, 118 mm)
${IFC('b30n-ifc5')}  vs  ${IFC('b30n-ifc6')}  (clearance, 10 mm)
Revit element ids: 1184273, 1184291, 2048117`, 'IFC GlobalIds: random-looking, not secrets'),

  rec('chat_no', f`Punktene fra landmåler er i EUREF89 UTM sone 32 (EPSG:25832): P1 597428.31 6643117.92, P2 597451.08 6643102.47, kote 12.40 moh. Tomten er gnr. 228 bnr. 114 i Oslo. Hvordan får jeg dem riktig inn i Revit med shared coordinates?`),

  rec('invoice_header', f`Translate this invoice header to English and keep the legal lines:

HBA Arhitectură SRL · CUI RO41827365 · Nr. Reg. Com. J12/3847/2019
Cluj-Napoca, str. Fabricii de Zahăr 21
Capital social: 200 lei

Halvorsen Brekke Arkitekter AS · Org.nr. 998 214 763 MVA
HBA Slovensko s.r.o. · IČO: 53 482 917 · DIČ: 2121827364 · IČ DPH: SK2121827364`, 'company registration / VAT numbers: public business identifiers'),

  rec('svg', f`Can you simplify this logo path? It's from the competition board template:

${amb('source_code.snippet', `<svg viewBox="0 0 120 40" xmlns="http://www.w3.org/2000/svg"><path fill="#1d3c34" d="M4.2 36.8V3.2h6.1v13.4h13.9V3.2h6.1v33.6h-6.1V22.1H10.3v14.7zm36.5 0V3.2h12.7c6.8 0 10.4 3 10.4 8.1 0 3.1-1.6 5.3-4.3 6.3 3.4.8 5.5 3.3 5.5 6.9 0 5.4-3.9 8.3-10.9 8.3zm6.1-19.4h6c3.1 0 4.7-1.3 4.7-3.7s-1.6-3.6-4.7-3.6h-6z"/></svg>`)}`),

  rec('chat_ro', f`Am nevoie de un model de acord de confidențialitate (NDA) pentru colaboratorii externi care lucrează la concursul de arhitectură. Ceva simplu, în română și engleză, maxim o pagină.`),

  rec('chat_sk', f`Ako nastaviť v Revite, aby sa pri exporte do IFC 4 Reference View zachovali vlastné parametre? Používame Revit 2025.2 a IFC exporter 25.1.0.3. Heslo projektu netreba riešiť, to je vyriešené cez ACC.`),

  rec('chat', f`Bank rejected our transfer to the Cluj office: "invalid IBAN RO12 BTRL 0130 1205 R461 7001". I copied it from an old email — can you see what's wrong with it?`, 'IBAN with wrong check digits'),

  rec('sha', f`Drawing issue log — the client says sheet A-201 rev C is different from what they got. File hashes from our DMS:

A-201_C.pdf  sha256 ${SHA('b30n-f1')}
A-201_C.dwg  sha256 ${SHA('b30n-f2')}
Issued 2024-11-14 10:32, transmittal TR-2214-0093`),

  // ── elderly care ─────────────────────────────────────────────────────────
  rec('roster', f`Make a clean weekly rota from this (initials only, that's fine for the noticeboard):

Unit Ashgrove  | Mon | Tue | Wed | Thu | Fri | Sat | Sun
MS (RGN)       |  N  |  N  |  N  |  O  |  O  |  D  |  D
JB (HCA)       |  D  |  D  |  O  |  O  |  N  |  N  |  N
FI (HCA)       |  O  |  N  |  N  |  N  |  O  |  D  |  D
CO (CNM2)      |  D  |  D  |  D  |  O  |  O  |  O  |  N
D = 08:00–20:00, N = 20:00–08:00, O = off`),

  rec('medication', f`Can you make a simple checklist for the 08:00 med round on Beech? Room 3: paracetamol 1 g PO, metformin 500 mg PO with breakfast. Room 7: apixaban 2.5 mg PO, lactulose 15 ml. Room 11: insulin glargine 14 units SC (check BM first, hold if < 4.0). Room 14: eye drops latanoprost 0.005% both eyes.`),

  rec('obs', f`NEWS2 for the resident in room 9 this morning: RR 22, SpO2 93% on air (scale 1), BP 104/68, HR 96, temp 38.1, alert. What's the total and does it need escalation under our policy (≥5 = urgent review)?`),

  rec('chat_tl', f`Ano po ba ang sikreto sa malambot na arroz caldo? Gusto ko sana i-suggest sa kitchen para sa mga lolo't lola na nahihirapan ngumuya. Salamat po!`),

  rec('gitlab_ci', f`${amb('source_code.snippet', `deploy:
  stage: deploy
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
    - ssh deploy@carenotes01 "DB_PASSWORD=\\$DB_PASSWORD ./deploy.sh $CI_COMMIT_SHORT_SHA"
  only: [main]`)}

Is passing DB_PASSWORD like that in the ssh line safe? It comes from a masked CI variable.`),

  rec('authorized_keys', f`New IT contractor needs access to the care notes server. Where does this go and what permissions should the file have?

ssh-ed25519 ${SSH_PUB} it-contractor@gc-jump01`, 'a public key'),

  rec('chat', f`The family contact on file for room 12 is 087 214 906 — it's missing a digit and the daughter isn't answering email. How do I flag it in the care system so the office fixes it?`, 'a phone number missing a digit: libphonenumber rejects it'),

  rec('chat_he', f`אני בטוחה שהתוכנית החדשה למשמרות לילה תעבוד טוב יותר. תוכל לכתוב לי הודעה מעודדת לצוות? בלי שמות ובלי מספרי טלפון, רק משהו חם וקצר.`),

  rec('chat', f`Reading about "confidential computing" for our cloud care-records vendor — does it actually change anything for GDPR, or is it just marketing? Plain-English answer please.`),

  rec('uuid', f`These visit bookings are stuck in "pending" in the family portal, can you give me the SQL to reset them?
b7e2c491-3f0a-4d8e-9a16-52c0e8f3b7a1
0d94f6a2-8c13-4b75-a0e9-7f21c5d8e364
e41a7c03-96b2-4f58-8d0c-3b9e2a7f6c15`),

  rec('aws_docs', f`Following the AWS tutorial for uploading care-plan PDFs to S3 — it uses AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the example. Do I put my own keys in the same place in ~/.aws/credentials, or is there a safer way on an EC2 box?`, 'AWS documentation keys'),
];

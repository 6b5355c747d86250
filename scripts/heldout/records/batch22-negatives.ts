/**
 * Held-out batch 22: hard negatives — industry reference numbers, identifiers, placeholders,
 * documentation keys, test values, invalid checksums and casual uses of sensitive words
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans.
 * Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b22n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b22n-pklive', B62, 97));
const CERT = pem('CERTIFICATE', 'b22n-cert', 870);
const PUB = pem('PUBLIC KEY', 'b22n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b22n-bcrypt', B62 + './', 53));
const PNG = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b22n-png', 240)}`;
const INTEGRITY = `sha512-${fill('b22n-integ', B64, 86)}==`;

export const BATCH22_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Can you explain the NSN structure? For example 5306-01-374-2918 is a bolt and 5310-01-482-7193 a nut on our nacelle BOM. What does the 01 mean, and is the NIIN unique per part?`, 'NATO stock numbers: 13 digits that look like a card number'),

  rec('ncr', f`NCR-24-0718 — Part 7A41220-503 Rev C, S/N AVS-22-01874
Feature 14: Ø6.35 +0.05/-0 hole measured 6.41 (CMM report CMM-4471-11)
Disposition proposed: use-as-is, MRB 19/11/2024
CAGE 3F7K2, drawing 7A41220 sheet 3 of 5

write the justification paragraph for the MRB board`),

  rec('chat', f`The supplier portal asks for a "confidentiality level" for each drawing we upload: Public, Internal, Confidential or Secret. For a flat-pattern DXF of a bracket already published in the catalogue, which one makes sense?`, 'classification words as options in a form, not marking anything'),

  rec('chat', f`I'm fairly confident the torque value in the AMM is a typo (45 in-lb vs 45 ft-lb). How do I raise a document change request with the OEM without sounding accusatory?`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Lot\tVintage\tAppellation\tEAN\tBottles\tBottled on
TB-BR19-004\t2019\tBrunello di Montalcino DOCG\t8033478120965\t4 200\t12/03/2024
TB-CH21-011\t2021\tChianti Classico DOCG\t8033478120477\t11 880\t05/09/2023
TB-VE22-002\t2022\tVermentino di Toscana DOC\t8033478121160\t6 000\t21/02/2024`)}

make a short stock summary for the Hong Kong importer`),

  rec('chat', f`Container MSCU7182046 / B/L MEDUAT418207 left La Spezia on 08/11, ETA Yokohama 19/12. HS code 2204.21.42, EORI IT01839270514. Can you write the shipping advice e-mail for the importer?`),

  rec('chat_es', f`¿Me ayudas a explicar a un cliente por qué el número de lote L-24/187 y la fecha de embotellado 14/06/2024 no coinciden con la añada 2022? Es normal en vinos con crianza.`),

  rec('chat', f`ISBN 978-84-376-0494-7 and 978-0-14-044913-6 both show "not found" in the union catalogue import. ISSN 0028-0836 works. Is the hyphenation the problem?`),

  rec('chat', f`Patron barcode 21004700318254 won't scan at the self-checkout in Branch 7, but 21004700318262 does. Both cards were printed in the same batch. What could the scanner be reading differently?`, 'library barcodes: 14 digits, checksum not Luhn-valid'),

  rec('chat', f`Object 1987.114.3a-b (pair of Yoruba beaded slippers) is on loan until 30/04/2025. The IIIF manifest is https://iiif.lumen-museums.org/iiif/3/1987.114.3/manifest — why does Mirador show only the first image?`),

  rec('chat', f`How do I format accession numbers like 2024.0031.0007 in Excel so it stops turning them into dates?`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-14T18:22:01.774Z INFO  matchmaker queue=ranked-eu region=fra size=10 avg_mmr=1843 wait_ms=41200 match_id=6f2c8a91-3d4e-4b7a-9c15-0e8d72b4a6f3
2024-11-14T18:22:01.781Z INFO  matchmaker lobby=lb_8812044 server=fra-gs-117 build=3.18.2+4471 map=ascent
2024-11-14T18:22:02.105Z WARN  gameserver fra-gs-117 tickrate dropped to 97 (target 128)`)}

why is wait_ms so high for diamond players in EU?`),

  rec('chat', f`Player reports are coming in with Steam IDs like 76561198042917365 and Discord IDs like 1184729301822463057. Can we link them automatically, or do we need the player to connect accounts?`, 'long platform ids, not card numbers'),

  rec('chat', f`replay file hash for the disputed grand final map 3: sha256 ${SHA('b22n-replay')} — the team says the file was edited. How can we prove integrity?`),

  rec('chat', f`Stripe test mode works for the Arena Pass checkout with ${STRIPE_TEST}, and our publishable key ${PK_LIVE} is in the frontend. Is it safe to ship the pk_live in the JS bundle?`, 'test secret key and publishable key: not credentials'),

  rec('chat', f`QA checklist for the new top-up flow: test ${amb('financial.payment_card', '4242 4242 4242 4242')} (success), ${amb('financial.payment_card', '4000 0000 0000 0002')} (declined), and a 3DS card. Write test cases in Gherkin.`, 'well-known Stripe test cards: ambiguous'),

  rec('receipt', f`Rodamo Mobility – Receipt
Rental RD-MAD-2024-118902 · Toyota C-HR · plate 4827 LSD
Card: VISA **** **** **** 7348 · Auth code 084512
Fuel: full/full · Km out 38 412 · Km in 38 977
Total charged: 312,40 €

translate to English`),

  rec('chat', f`VIN WVWZZZAWZPU048213 shows a different engine code in the fleet system than on the registration. Which one is right, position 4–8?`),

  rec('damage_claim', f`Damage claim DC-2024-04418 (branch MAD-ATO)
Vehicle: SEAT Ateca, plate 1938 MKV, VIN VSSZZZKHZRR018274
Damage: rear bumper scratch 12 cm, photo set IMG_4471–IMG_4479
Estimate: 184,00 € (Taller Ruiz, presupuesto 2024/1187)
Renter excess: 600 €

write the letter to the renter explaining the charge`),

  rec('chat', f`Our cars are tracked at 40.4168,-3.7038 (Madrid Atocha) and 41.2971,2.0785 (BCN T1). Can I plot branch coverage radius in Google My Maps?`),

  rec('lab_result', f`Specimen VLX-24-3318207 · collected 12/11/2024 08:42 · received 12/11/2024 10:15
Glucose (LOINC 2345-7): 5.4 mmol/L (3.9–6.1)
HbA1c (LOINC 4548-4): 41 mmol/mol (20–41)
Reagent lot 418207, exp 2025-06-30 · analyser c503-07

explain these results in simple words for a patient leaflet (no patient data here, it's a template)`),

  rec('chat', f`Billing question: we use CPT 80053 and 83036 together with ICD-10 E11.9 and Z13.1. Is 83036 billed once per year for screening?`),

  rec('chat', f`LIS shows the same accession twice: 24-318-00412 and 24-318-00412-A. Is the -A suffix an aliquot? How should the middleware map it?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
LIS_DB_URL=postgresql://USER:PASSWORD@HOST:5432/lis
HL7_LISTENER_PORT=2575
SMTP_PASSWORD=<your-smtp-password>
SLACK_WEBHOOK_URL=
OPENAI_API_KEY=YOUR_API_KEY`)}

which of these are mandatory for the dev setup?`),

  rec('compose', f`${amb('source_code.snippet', f`services:
  opac:
    image: lumen/opac:2.7.1
    environment:
      DB_HOST: db
      DB_PASSWORD: \${DB_PASSWORD}
      SESSION_SECRET: \${SESSION_SECRET:?set it}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt`)}

is POSTGRES_PASSWORD_FILE supported in the official image?`),

  rec('chat', f`The AWS docs use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the examples — if I put those in our test stand simulator config will boto3 complain or just fail at the API call?`),

  rec('helm', f`${amb('source_code.snippet', f`lis:
  image: registry.vitalab-dx.local/lis-api:4.2.0
  db:
    host: lis-pg.prod.svc
    user: lis_app
    passwordSecretRef:
      name: lis-db
      key: password
  oauth:
    clientSecret: "{{ .Values.global.oauthClientSecret }}"`)}

helm template prints the literal {{ }} — why isn't it rendered?`),

  rec('chat_de', f`Kannst du eine Passwortrichtlinie für unsere Werkstatt-PCs formulieren? Mindestens 14 Zeichen, kein Wiederverwenden der letzten 5 Passwörter, Passwort-Manager ist KeePassXC. Das Passwort selbst steht NICHT im Dokument, nur "siehe Tresor Eintrag ATE-12".`),

  rec('chat_pt', f`Como explico aos clientes da loja online que nunca lhes pedimos a palavra-passe por e-mail? Quero um aviso curto para o rodapé da newsletter.`),

  rec('template', f`Hi {{first_name}},

we received a request to reset your Arena account password. Click {{reset_link}} within 30 minutes. If you didn't ask for this, ignore this e-mail.

Your password: ********

make this sound friendlier and shorter`),

  rec('chat', f`Customer's old PHP booking site stored ${ambCat('credential', BCRYPT)} in the users table. Is $2y$10 still acceptable or should we rehash on next login?`, 'a password hash: no rule claims it (ambiguous, no rule id)'),

  rec('chat', f`Why does the partner portal reject our certificate? It's the public cert, not the key:

${CERT}`),

  rec('chat', f`Museum app team: is it fine to ship this public key in the app for verifying signed audio-guide packages?

${PUB}`),

  rec('lockfile', f`${amb('source_code.snippet', f`"node_modules/@nexarena/ui-kit": {
  "version": "4.12.0",
  "resolved": "https://registry.npmjs.org/@nexarena/ui-kit/-/ui-kit-4.12.0.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "react": "^18.2.0" }
}`)}
npm ci says integrity checksum failed for this package only`),

  rec('chat', f`Build ${GIT('b22n-git1')} passed, ${GIT('b22n-git2')} failed on the same test. Image digest sha256:${SHA('b22n-digest')}. How do I bisect between them with GitHub Actions?`),

  rec('chat', f`Firmware on the climate sensors is 4.12.1.3 and the gateway runs GW-10.2.0.118-lts — is that combination supported according to the vendor matrix? Vendor says "use ≥ 4.12.2".`, 'version strings that look like IPv4'),

  rec('chat_fr', f`Peux-tu m'expliquer pourquoi ce numéro de sécu est refusé par le logiciel ? 1 84 13 75 056 412 52. Je pense qu'il y a une faute de frappe dans la clé.`, 'French NIR with a wrong key'),

  rec('chat', f`The onboarding form rejected NI number QQ 12 34 56 C — is that the HMRC example one? And the SSN field won't accept ${amb('pii.us_ssn', '078-05-1120')} either.`, 'HMRC documentation NINO (unissued prefix); the voided Woolworth wallet SSN is ambiguous'),

  rec('chat', f`Our supplier form validation accepted IBAN DE12 5001 0517 5408 2619 37 even though the bank says it's wrong. How can I add a mod-97 check in Excel?`, 'IBAN with wrong check digits'),

  rec('chat', f`Card 4539 8761 2045 8731 fails at the terminal with "invalid number" — the customer read it from a photo. Is there a quick way to know if it's a typo before calling him back?`, 'Luhn-failing card number'),

  rec('chat_en_in', f`Aadhaar 4829 1736 5025 is showing invalid on the patient app — maybe the last digit is wrong? How does the app check it?`, 'Verhoeff-failing Aadhaar'),

  rec('chat', f`For the US booking form, can you give me a regex for phone numbers? Test cases: ${amb('pii.phone', '(312) 555-0142')}, ${amb('pii.phone', '312.555.0199')} and ${amb('pii.phone', '+1 312 555 0107')}.`, 'fictional 555-01xx numbers: ambiguous'),

  rec('chat', f`Exhibition opening: doors 18:30, speeches 19:00, founded 14/07/1962 so it's our 62nd anniversary. Write a 3-line invite. Curator born in Lagos, studied in Leiden.`, 'dates that are not birth dates'),

  rec('chat_it', f`Nel contratto con l'importatore c'è una clausola di riservatezza standard: "Le parti si impegnano a mantenere riservate le condizioni commerciali". Mi serve un modello di accordo di riservatezza (NDA) più semplice per i distributori piccoli.`, 'talking about confidentiality clauses, not marking a document'),

  rec('css', f`why is the team logo blurry on the leaderboard? ${amb('source_code.snippet', f`.team-logo { width: 32px; height: 32px; background: url("data:image/png;base64,${PNG}") center/contain no-repeat; }`)}`),
];

/** Held-out batch 8: text that looks sensitive but is not (or is ambiguous by convention). Hand-written. */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, BECH32, HEX, b64Bytes, fill, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const hex = (seed: string, n: number) => fill(seed, HEX.toLowerCase(), n);
/** Azurite's published development-storage account key, assembled from its parts. */
const AZURITE_KEY = tok('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1', 'OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZF', 'PTOtr/KBHBeksoGMGw==');
const SK_TEST = tok('sk_', 'test_', '51', fill('b8-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b8-pklive', B62, 97));
const AGE_PUB = tok('age1', fill('b8-agepub', BECH32.toLowerCase(), 58));

export const BATCH8_NEGATIVES: DraftRecord[] = [
  rec('azurite', f`${cfg(f`{
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    "FUNCTIONS_WORKER_RUNTIME": "node"
  }
}`)}

Azurite in docker-compose: the function can't reach 127.0.0.1:10000 from inside its container. host.docker.internal?`, 'Azurite\'s published development key (documented by Microsoft, like AWS\'s EXAMPLE keys): unlabelled; 127.0.0.1 inside an endpoint URL is loopback: unlabelled'),

  rec('cypress_env', f`${cfg(f`{
  "STRIPE_SECRET_KEY": "${SK_TEST}",
  "STRIPE_PUBLISHABLE_KEY": "${PK_LIVE}",
  "TEST_CARD": "${amb('financial.payment_card', '4000 0566 5566 5556')}"
}`)}

cypress.env.json — the checkout e2e test fails with "Your card was declined" on the debit test card. Why?`, 'a Stripe test secret key and a publishable key (negatives); a documented Stripe test card (ambiguous)'),

  rec('statement_masked', f`Bank statement (OCR), can you categorise these?
02 Dec  CARD **** 4821  TESCO STORES 3184        £42.17
02 Dec  DD  HMRC SELF ASSESSMENT              £310.00
03 Dec  TFR to IBAN DE** **** **** **** **47 12 £150.00
04 Dec  CARD **** 4821  TfL TRAVEL CH           £8.70`, 'masked card and IBAN: negatives'),

  rec('imei', f`Repair ticket: customer's phone won't connect to 5G after screen replacement. IMEI 1: 861537049218364, IMEI 2: 861537049218372. Model: Xiaomi 14T. Could the modem calibration be lost?`, 'IMEIs (TAC 86…, Luhn-valid as IMEIs are): negatives'),

  rec('gtin_csv', f`${cfg(f`sku,gtin,description,qty
CVB-CHAIN-11,5060742918365,"11-speed chain, 116 links",40
CVB-TUBE-700,4026495871037,"Inner tube 700x28 Presta",120
CVB-LIGHT-R,8717164829171,"Rear light USB-C",35`)}

Shopify import rejects the "gtin" column as barcode. Which column name does it want?`, 'EAN-13/GTIN barcodes (valid check digits) in an inventory CSV (ambiguous source code): negatives'),

  rec('isbn_order', f`Library order confirmation — can you make a table?
1× "The Sky at Night: Winter Skies" ISBN 978-1-78594-820-6
2× "Comets: A Field Guide" ISBN 978-0-19-884172-2
Order no. 40-1189374-5527103, dispatch via Evri, tracking H01HYA0048291735`, 'ISBNs, an order number and a tracking number: negatives'),

  rec('fedex_dpd', f`Two parcels stuck: FedEx 7718 2940 3651 (Memphis hub since Tuesday) and DPD 15503948217365 (Hinckley). Write a chaser e-mail to each courier, friendly but firm.`, 'tracking numbers: negatives'),

  rec('trace_ids', f`${cfg(f`2026-12-05T21:04:11.482Z ERROR booking-api request failed trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 request_id=6f1c2e84-9b3a-4d07-8e5f-21c9a4b7d301 status=502
2026-12-05T21:04:11.519Z WARN  booking-api retrying upstream=pms-gateway attempt=2 request_id=6f1c2e84-9b3a-4d07-8e5f-21c9a4b7d301`)}

How do I find the same trace in Tempo from this?`, 'trace/span ids, a UUID and timestamps in a log (ambiguous source code): negatives'),

  rec('git_blame', f`$ git blame -L 40,44 src/pricing.ts
${cfg(f`${hex('b8-blame1', 8)} (Aroha Ngata   2026-10-02 14:11:09 +1300 40)   const base = room.rate * nights;
${hex('b8-blame2', 8)} (Liam Fitzgerald 2026-11-19 09:47:30 +0000 41)   if (nights >= 7) return base * 0.9;
${hex('b8-blame1', 8)} (Aroha Ngata   2026-10-02 14:11:09 +1300 42)   return base;`)}

who introduced the weekly discount and when? (yes I can read it, I need a sentence for the changelog)`, 'git blame output: short SHAs and timestamps (negatives); the blamed lines are source code inside tool output: ambiguous source code (label fixed after the measurement, see README)'),

  rec('docker_manifest', f`${cfg(f`{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.index.v1+json",
  "manifests": [
    { "digest": "sha256:${hex('b8-dig1', 64)}", "platform": { "architecture": "amd64", "os": "linux" } },
    { "digest": "sha256:${hex('b8-dig2', 64)}", "platform": { "architecture": "arm64", "os": "linux" } }
  ]
}`)}

Which digest do I pin in the Helm chart for Graviton nodes?`, 'image digests: negatives'),

  rec('css_data_uri', f`${cfg(f`.badge-new {
  background: url("data:image/png;base64,${b64Bytes('b8-png', 240)}") no-repeat center / 16px;
}`)}

The icon renders blurry on retina. Should I use an SVG instead?`, 'a base64 PNG in CSS: negative'),

  rec('minified', f`${cfg(f`!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).tideTable=t()}(this,function(){"use strict";var e=12.42,t=function(t,n){return 1.8*Math.sin(2*Math.PI*t/e)+(n||2.1)};return{level:t,period:e,version:"3.4.1"}});`)}

what does this UMD bundle export? Someone pasted it into our WordPress footer.`, 'minified JS: ambiguous source code'),

  rec('svg_path', f`${cfg(f`<svg viewBox="0 0 24 24" width="24" height="24"><path d="M12 2.25c-4.97 0-9 3.53-9 7.88 0 2.46 1.29 4.66 3.31 6.1L5.5 21.75l5.02-3.06c.49.07.98.1 1.48.1 4.97 0 9-3.53 9-7.88S16.97 2.25 12 2.25Zm-4.5 9a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z"/></svg>`)}

How do I change the fill colour of this chat icon from CSS?`, 'SVG path data: negative'),

  rec('gpx', f`${cfg(f`<trkpt lat="64.1466" lon="-21.9426"><ele>12.4</ele><time>2026-08-14T06:02:11Z</time></trkpt>
<trkpt lat="64.1471" lon="-21.9398"><ele>14.9</ele><time>2026-08-14T06:02:41Z</time></trkpt>
<trkpt lat="64.1479" lon="-21.9371"><ele>17.2</ele><time>2026-08-14T06:03:12Z</time></trkpt>`)}

GPX from my morning run in Reykjavík — how do I compute pace per km from this in Python?`, 'GPX coordinates and timestamps (XML: ambiguous source code); not personal by convention'),

  rec('win_build', f`After the update the label printer driver fails. winver says Version 22H2 (OS Build 19045.5131); the driver file is 10.0.19041.4355, and the printer firmware is 2.14.0.7. Which one do I roll back?`, 'Windows build numbers and an IP-like firmware quad: negatives'),

  rec('pw_advice', f`Our intranet policy page says "Don't use passwords like password123 or Qwerty!2026 — use a passphrase of four random words". Can you rewrite it to be friendlier and add a line about password managers?`, 'example bad passwords in a policy text: negative'),

  rec('env_example', f`${cfg(f`# .env.example — copy to .env and fill in
OPENAI_API_KEY=sk-...
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/tarnwood
SESSION_SECRET=change-me
SMTP_PASSWORD=<your-smtp-password>`)}

Is it fine to commit this file? The real .env is gitignored.`, 'placeholders: negatives'),

  rec('helm_secret_ref', f`${cfg(f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Release.Name }}-db
        key: password
  - name: API_TOKEN
    value: {{ .Values.api.token | quote }}`)}

helm template renders API_TOKEN as an empty string. Values file has api.token set under "api:". What's wrong?`, 'secret references and template placeholders: negatives'),

  rec('terraform_random', f`${cfg(f`resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "bookings" {
  identifier = "bookings-prod"
  username   = "bookings_owner"
  password   = random_password.db.result
}`)}

How do I get the generated password out to put it in Secrets Manager without it showing in plan output?`, 'a password attribute set from a resource reference, not a literal: negative'),

  rec('age_pub', f`I set up sops with age. My .sops.yaml has:

${cfg(f`creation_rules:
  - path_regex: secrets/.*\\.yaml
    age: ${AGE_PUB}`)}

Is it OK to commit this public recipient, or is it like a private key?`, 'an age recipient (public key): negative'),

  rec('hub_signature', f`GitHub webhook delivery headers:
X-GitHub-Event: push
X-GitHub-Delivery: 2f6d1e90-b2c4-11f0-8a5e-3c9b1d7e4a21
X-Hub-Signature-256: sha256=${hex('b8-hubsig', 64)}

My Express handler computes a different HMAC. Body parser issue?`, 'a webhook HMAC signature of one delivery (not a key): negative'),

  rec('invalid_ids', f`Our form validator accepts these test inputs, should it?
- SSN 000-48-2917
- NINO NT 31 41 59 A
- IBAN GB00 BARC 2047 3948 2716 05
- card 4819 3720 5846 1739`, 'invalid identifiers (SSN area 000, NINO prefix NT, IBAN check 00, Luhn-failing card): negatives'),

  rec('dob_template', f`Registration form fields for the junior astronomy club — tidy the wording:
Full name: ____________
Date of birth (DD/MM/YYYY): __/__/____
Parent e-mail: ____________
Emergency phone: ____________`, 'an empty form template: negative'),

  rec('founded', f`Write a short "about us" blurb: Kestle Mill Bakery was founded on 3 March 2011 by two sisters, the mill itself dates from 1794, and our sourdough starter was born on 14 February 2012 (it has a name: Gerald).`, 'founding dates and a sourdough starter "born": negatives'),

  rec('teams_dialin', f`Join Microsoft Teams meeting. Dial-in: ${amb('pii.phone', '+44 20 3481 9270')}, Phone conference ID: 482 917 365#. Meeting ID: 341 927 481 036 Passcode: Kq7XzP. Can you shorten this invite text for the newsletter?`, 'a conference dial-in (a service number, not a person: ambiguous phone), conference ID, meeting ID and a meeting passcode (unlabelled, see label decisions)'),

  rec('hindi_en_casual', f`Yaar mera Netflix ka password bhool gaya, reset link bhi nahi aa raha. Email pe OTP aata hai kya ya phone pe? Simple steps batao.`, 'Hindi-English: casual "password", no value'),

  rec('pgp_public', f`Here's my public key for the release signing, can you check the fingerprint matches C4F1 8A02 9B3E 7D65 0F21  A947 3C08 E5D1 6B72 94AF?

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ${fill('b8-pgppub0', B64, 58)}
${fill('b8-pgppub1', B64, 64)}
=${fill('b8-pgppubcrc', B64, 4)}
-----END PGP PUBLIC KEY BLOCK-----`, 'a PGP public key and fingerprint: negatives'),
];

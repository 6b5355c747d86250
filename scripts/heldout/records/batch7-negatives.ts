/** Held-out batch 7: text that looks sensitive but is not (or is ambiguous by convention). Hand-written. */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const FIREBASE_WEB = tok('AIza', 'Sy', fill('b7-fbweb', B62 + '-_', 33));
const ALGOLIA_SEARCH = fill('b7-algsearch', HEX, 32);
/** The published jwt.io example (John Doe), assembled from its parts. */
const JWT_IO = tok('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', '.', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c');

export const BATCH7_NEGATIVES: DraftRecord[] = [
  rec('docusaurus', f`${cfg(f`// docusaurus.config.js (excerpt)
themeConfig: {
  algolia: {
    appId: 'QH7R2KXW9M',
    apiKey: '${ALGOLIA_SEARCH}', // search-only key, public by design
    indexName: 'saltmarsh-docs',
  },
},`)}

search results show old versions of the docs. Do I need contextual search on?`, 'an Algolia search-only key is public (like Stripe pk_): unlabelled; the file is JS config: ambiguous source code'),

  rec('firebase_web', f`${cfg(f`const firebaseConfig = {
  apiKey: "${amb('credential.google_api_key', FIREBASE_WEB)}",
  authDomain: "saltmarsh-kiosk.firebaseapp.com",
  projectId: "saltmarsh-kiosk",
  appId: "1:738291046512:web:4c9e2a1783b04d6fa1e5"
};`)}

Is it OK that this is in our public front-end bundle? Firebase says the apiKey is not a secret.`, 'a Firebase web config apiKey: Google documents it as an identifier, not a secret, but it is a Google API key by shape: ambiguous'),

  rec('html_sri', f`Why does the browser block this script with "Failed to find a valid digest in the 'integrity' attribute"?

${cfg(f`<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.7/dist/chart.umd.min.js"
        integrity="sha384-${fill('b7-sri', B64, 64)}"
        crossorigin="anonymous"></script>`)}`, 'a Subresource Integrity hash; the HTML tag is ambiguous source code (markup)'),

  rec('git_reflog', f`$ git reflog -6
${fill('b7-sha1', HEX.toLowerCase(), 7)} HEAD@{0}: rebase (finish): returning to refs/heads/feature/seat-map
${fill('b7-sha2', HEX.toLowerCase(), 7)} HEAD@{1}: rebase (pick): Render sold seats grey
${fill('b7-sha3', HEX.toLowerCase(), 7)} HEAD@{2}: rebase (start): checkout main
${fill('b7-sha4', HEX.toLowerCase(), 7)} HEAD@{3}: commit: WIP seat map
${fill('b7-sha5', HEX.toLowerCase(), 7)} HEAD@{4}: checkout: moving from main to feature/seat-map

how do I get back to the state before the rebase?`),

  rec('k8s_events', f`kubectl get events shows this loop, what does it mean?

${cfg(f`uid=3f1c9a27-84d0-4b6e-a915-c27e0d8b4f61 reason=BackOff object=pod/gate-api-7d9f8c6b5-x2kqp message="Back-off restarting failed container gate-api"
uid=9e2b7d14-60a3-4c58-b1f9-3a8d2e6c0b75 reason=Pulled object=pod/gate-api-7d9f8c6b5-x2kqp message="Container image already present on machine"`)}`, 'UUIDs of events; tool output as ambiguous source code (logs)'),

  rec('twilio_docs', f`From the Twilio quickstart, I replaced nothing yet:

${cfg(f`const accountSid = 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';
const authToken = 'your_auth_token';
const client = require('twilio')(accountSid, authToken);`)}

where do I find the real values in the console?`, 'documentation placeholders; a three-line snippet, ambiguous like batch 2/4 short scripts'),

  rec('masked', f`Receipt — Saltmarsh Arena Box Office
Order SA-2026-118402 · 2 × Christmas Gala, Row F
Paid with Mastercard •••• 6093 (contactless)
Refund account: IBAN GB** **** **** **** **73 11
API key shown in dashboard: rk_live_…9fQ2 (rotate in Settings)

Is "contactless" in the receipt enough proof for my expense claim?`, 'masked card, IBAN and key'),

  rec('test_cards', f`Adyen test environment: which card triggers a refusal? The docs list ${amb('financial.payment_card', '4111 1111 4555 1142')} for 3DS2 and ${amb('financial.payment_card', '5555 3412 4444 1115')} as a plain Mastercard.`, 'published processor test cards: ambiguous'),

  rec('luhn_fail', f`Our loyalty cards have 16-digit numbers like 4539 1488 0343 6468 and 6011 3820 4419 7301 — customers keep typing them into the card field at checkout. How can the form tell them apart?`, 'Luhn-failing numbers (not card numbers)'),

  rec('iban_wrong', f`The bank rejected the transfer to RS43 1603 9522 5545 4523 41 with "invalid IBAN". I copied it from the supplier's invoice. Did they make a typo?`, 'a Serbian IBAN with wrong check digits'),

  rec('nino_example', f`HMRC's guidance shows the format as QQ 12 34 56 C. Does our payroll form need to accept the spaces or should it strip them?`, 'the QQ prefix is never issued (documentation example)'),

  rec('snmp', f`snmpwalk returns nothing for .1.3.6.1.4.1.2021.11.9.0 on the kiosk, but 1.3.6.1.2.1.1.3.0 (sysUpTime) works. Is UCD-SNMP-MIB not loaded?`, 'SNMP OIDs look like dotted quads but are not addresses'),

  rec('tracking', f`Posta Kenya registered letter RR482917364KE has been "in transit" for 3 weeks, and the DHL waybill 4829173650 for the replacement shows "shipment on hold". Who do I contact first?`, 'postal and courier tracking numbers'),

  rec('svg_path', f`Figma exported this icon; it renders clipped in Safari:

<svg viewBox="0 0 24 24"><path d="M12 2.25c-5.385 0-9.75 4.365-9.75 9.75s4.365 9.75 9.75 9.75 9.75-4.365 9.75-9.75S17.385 2.25 12 2.25zm0 4.5a1.125 1.125 0 110 2.25 1.125 1.125 0 010-2.25zm1.5 10.5h-3v-1.5h.75v-3h-.75v-1.5h2.25v4.5h.75v1.5z"/></svg>`),

  rec('data_uri', f`CSS background shows nothing in the e-mail template: background-image: url("data:image/webp;base64,UklGR${b64Bytes('b7-webp', 180)}");`, 'base64 image data'),

  rec('minified', f`${cfg(f`!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e=e||self).SeatMap=t()}(this,function(){"use strict";var e=function(e,t){return e.filter(function(e){return!e.sold&&e.row===t}).length};return{free:e}});`)}

this is from the vendor's bundle; can you tell me what free() does?`, 'minified JS: ambiguous source code by convention'),

  rec('coords', f`Venue coordinates for the map pins: Nairobi -1.2921, 36.8219; Barcelona 41.3851, 2.1734; Tbilisi 41.7151, 44.8271. Why does Leaflet put Nairobi in the sea?`),

  rec('imei', f`Lost kiosk tablet, IMEI 867192048365172 (from the box). Is it worth reporting it to the police or just remote-wiping?`, 'an IMEI (Luhn-valid, but not in a card range)'),

  rec('born_app', f`Our ticketing app was born on 3 March 2019 at a hackathon in Cardiff. Write a short "our story" paragraph for the About page.`, '"born" said of an app, not a person'),

  rec('death_only', f`Notice for the foyer: the arena's founder, Sir Alun Morgan, died on 14 February 2026. Can you write a short, respectful tribute paragraph?`, 'a date of death is not a birth date'),

  rec('gha_secrets', f`${cfg(f`- uses: akhileshns/heroku-deploy@v3.13.15
  with:
    heroku_api_key: \${{ secrets.HEROKU_API_KEY }}
    heroku_app_name: saltmarsh-tickets
    heroku_email: \${{ vars.HEROKU_EMAIL }}`)}

Is vars.* visible in logs?`, 'secrets referenced, not pasted'),

  rec('npmrc_env', f`${cfg(f`@saltmarsh:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}`)}

works in CI, but locally npm says 401. Do I need to export NODE_AUTH_TOKEN myself?`),

  rec('terraform_var', f`${cfg(f`variable "db_password" {
  description = "Master password for the ledger database"
  type        = string
  sensitive   = true
}`)}

Where should the value come from in Terraform Cloud — workspace variable?`),

  rec('jwt_io', f`The jwt.io debugger example ${JWT_IO} decodes to "John Doe". Why is iat a number and not a date?`, 'the published jwt.io example token (John Doe, secret "your-256-bit-secret"): unlabelled, like the AWS documentation keys'),

  rec('hashes', f`Release checksums (SHA-512) for the kiosk image, does mine match?

${fill('b7-sha512a', HEX.toLowerCase(), 128)}  kiosk-2.4.0.img
${fill('b7-sha512b', HEX.toLowerCase(), 128)}  kiosk-2.4.0.img.sig

mine ends in …${fill('b7-sha512c', HEX.toLowerCase(), 6)}.`),

  rec('ulid_session', f`Session ids in our logs look like 01JE${fill('b7-ulid1', '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 22)} and trace ids like ${fill('b7-trace', HEX.toLowerCase(), 32)}. Can I sort by the session id to get chronological order?`),

  rec('public_key', f`Add this to authorized_keys on the kiosk?

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b7-pub', B64, 43)} ferran@saltmarsh-laptop`, 'a public key'),

  rec('b64_config', f`This base64 in our kiosk config decodes to the string "kiosk-mode=fullscreen;idle=300": ${Buffer.from('kiosk-mode=fullscreen;idle=300').toString('base64')} — is base64 the reason the setting isn't applied?`, 'base64 of a harmless setting'),

];

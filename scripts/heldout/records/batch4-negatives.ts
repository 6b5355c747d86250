/**
 * Held-out batch 4: hard negatives — text that looks sensitive and is not (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, tok } from '../tokens';

const SK_TEST = tok('sk_', 'test_', '51', fill('b4n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b4n-pklive', B62, 97));
const JPEG_B64 = `/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA${fill('b4n-jpg', B64, 300)}`;
const SHA = (seed: string, n = 64) => fill(seed, HEX, n);
const MINIFIED = `!function(e,t){"object"==typeof exports?module.exports=t():e.tz=t()}(this,function(){var e={"Europe/Oslo":[60,"CET"],"Europe/Istanbul":[180,"TRT"]};function t(t){return e[t]?e[t][0]:0}return{offset:t,fmt:function(n,r){var o=new Date(n+6e4*t(r));return o.toISOString().slice(0,16).replace("T"," ")}}});`;

export const BATCH4_NEGATIVES: DraftRecord[] = [
  rec('chat', f`In our docs we show the AWS example pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the "configure credentials" step. Is it OK to keep those in public docs, or will scanners complain?`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — checked in on purpose
STRIPE_SECRET_KEY=${SK_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
PAYMENTS_MODE=test`)}

our secret scanner blocks the PR because of this file. false positive right?`, 'Stripe test secret key and a live publishable key: public/test, unlabelled'),

  rec('readme', f`## Configuration

Copy \`.env.example\` to \`.env\` and fill in:

| variable | example |
|---|---|
| \`OPENAI_API_KEY\` | \`sk-...your-key...\` |
| \`DATABASE_URL\` | \`postgres://USER:PASSWORD@localhost:5432/app\` |
| \`SMTP_PASSWORD\` | \`<your-smtp-password>\` |

Can you translate this section to German?`),

  rec('receipt_nl', f`Bedankt voor je bestelling bij Tannery Lane!
Bestelnummer: TL-2024-81377
Betaald met: Visa •••• 5186
Totaal: € 47,85 (incl. btw € 3,95)
Track & trace PostNL: 3SPLFR0192837465

Kun je dit vertalen naar het Engels voor mijn collega?`),

  rec('git_log', f`git log --oneline -6 on the release branch — which one introduced the regression?

${SHA('b4n-c1', 7)} fix(tariffs): round half-even for CHF
${SHA('b4n-c2', 7)} chore(deps): bump undici from 6.20.1 to 6.21.0
${SHA('b4n-c3', 7)} feat(portal): show driver rota in local tz
${SHA('b4n-c4', 7)} Merge pull request #1842 from pellucid/hotfix/3.8.1
${SHA('b4n-c5', 7)} test: flaky websocket reconnect
${SHA('b4n-c6', 7)} refactor(api): split invoice routes`),

  rec('uuid_log', f`Which request was slow? request ids from the gateway:

req=${'c0f3a9d2-4b17-4e8a-9d21-7f5e0b3c8a64'} route=/v2/rates dur=41ms
req=${'9e21b7c4-08d3-4f6a-b512-3a7d9c0e1f85'} route=/v2/rates dur=2380ms
req=${'5a8c0e19-7d2f-4b63-a0e4-c91f26b7d308'} route=/v2/labels dur=77ms`),

  rec('sha256sums', f`Does this checksum match the one on the download page?

${SHA('b4n-s1')}  halvard-tides-0.4.2-x86_64.AppImage
${SHA('b4n-s2')}  halvard-tides-0.4.2-aarch64.AppImage`),

  rec('versions', f`Compatibility matrix for our plugin — please turn it into a sentence:
Keycloak 25.0.6.1 ok, 26.0.2.0 fails; Java 21.0.5; Quarkus 3.15.1; build 24.11.3.118`, 'dotted quads in a list of versions: not IP addresses (batch 1 decision)'),

  rec('image', f`Why doesn't this render in the email template? <img src="data:image/jpeg;base64,${JPEG_B64}" alt="logo">`),

  rec('minified', f`Sentry shows the error in this vendor file, line 1 col 212. What does the function do?

${amb('source_code.snippet', MINIFIED)}`),

  rec('tracking', f`DHL says delivered but nothing arrived. Waybill 4827 3916 05, shipped from Leipzig 02.12., weight 3,2 kg. Write a complaint to DHL in German please.`, 'a 10-digit DHL waybill number: not a phone number'),

  rec('invoice_numbers', f`Reconcile these invoice numbers against the remittance advice:
INV-2024-004817 · INV-2024-004818 · INV-2024-004823
Remittance ref: 2024120318273641 (total 3 948,00 EUR)`, 'a 16-digit remittance reference starting 2: Luhn-failing, not a card (checked by the build)'),

  rec('chat', f`Is "Summer2024!" a strong enough password for the guest wifi if we change it every quarter? What policy would you recommend for a small café?`, 'a password quoted as an example of a weak password in a policy question: unlabelled'),

  rec('chat', f`What's the secret to a good hollandaise? Mine keeps splitting. Also, password reset emails from our shop land in spam — separate question, any quick tips?`),

  rec('masked', f`The support agent's screen showed: card **** **** **** 1629, IBAN DE** **** **** **** **98 47, SSN ***-**-8316. Is that enough masking for PCI and GDPR or should the last four be hidden too?`),

  rec('phone_like', f`Our SKU codes look like 0049-1830-2277 and 0031-6200-1184. A customer thought they were phone numbers. Should we change the format?`, 'SKU codes that look like 00-prefixed numbers'),

  rec('dates', f`Timeline for the audit: kickoff 06.01.2025, fieldwork 13.01.–31.01.2025, draft report 14.02.2025, board 27.02.2025. Put this in a Gantt-style table.`),

  rec('prices', f`Price list update: Sourdough 4,20 → 4,40; Rye 3,80 → 3,95; Croissant 1,90 → 2,10; catering box 48,00 → 52,50. What's the average increase in %?`),

  rec('placeholders', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
type: Opaque
stringData:
  DB_PASSWORD: "\${LEDGER_DB_PASSWORD}"
  API_KEY: "{{ .Values.ledger.apiKey }}"`)}

helm renders the literal "\${LEDGER_DB_PASSWORD}" — how do I pass it in?`),

  rec('gh_placeholder', f`The tutorial says: export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and then run make release. Do I need a classic token or will a fine-grained one do?`),

  rec('public_key', f`Add this to the deploy user's authorized_keys? Is the comment at the end important?

ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${fill('b4n-rsa', B62 + '+/', 300)} ops@jump-02`),

  rec('cert', f`Which CA issued this? (from the load balancer)

-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUF${fill('b4n-cert1', B64, 59)}
${fill('b4n-cert2', B64, 64)}
${fill('b4n-cert3', B64, 64)}
-----END CERTIFICATE-----`),

  rec('k8s_get', f`$ kubectl -n ledger get secrets
NAME                  TYPE                             DATA   AGE
ledger-db             Opaque                           2      41d
ledger-tls            kubernetes.io/tls                2      41d
regcred               kubernetes.io/dockerconfigjson   1      112d

how do I see which pods mount ledger-db?`),

  rec('casual_confidential', f`I'm not confident the pivot table is right, the totals look off by 1,200. Also, is it weird to put "confidential" in a file name? My boss does it for everything.`),

  rec('chat_hi_en', f`Kal ki standup mein bolna hai: sprint 42 mein 18 story points complete, 3 spill over. Release 3.8.1 Friday ko jayega, version 3.9.0.2 ka beta next week. Ek chhota summary bana do English mein.`),

  rec('coords', f`Distance between 59.9139, 10.7522 (Oslo) and 60.3913, 5.3221 (Bergen) as the crow flies? And by road roughly?`),

  rec('isbn', f`Reading list for the module (check the ISBNs are the right editions):
978-0-13-468599-1 Clean Architecture
978-1-4919-5035-6 Designing Data-Intensive Applications
978-0-596-52068-7 JavaScript: The Good Parts`),

  rec('bcrypt', f`Is this hash bcrypt or scrypt? $2b$12$${fill('b4n-bcrypt', B62 + './', 53)} — found it in the users table of the old booking system.`, 'a password hash: not a credential by convention (batch 2 made a bcrypt hash an ambiguous span; here it is quoted as a sample)'),

  rec('iban_bad', f`Customer says their IBAN is DE44 3704 0044 0532 0198 47 but our form rejects it. Is the form wrong or the IBAN?`, 'wrong check digits (mod-97 fails): not an IBAN'),

  rec('card_bad', f`Gift card number 6011 2047 3859 1620 doesn't work at checkout, the site says "invalid number". Typo on the card?`, 'Luhn-failing card-like number'),

  rec('ssn_bad', f`The HR template uses 000-12-3456 and 987-65-4321 as sample SSNs. Are those safe as placeholders?`, 'area 000 / 9xx: not issuable SSNs'),

  rec('wifi', f`Guest wifi card for the café tables: network "TanneryLane-Guest", password on the receipt. Make the wording friendlier.`),
];

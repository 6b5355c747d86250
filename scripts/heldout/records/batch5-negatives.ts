/**
 * Held-out batch 5: hard negatives — text that looks sensitive and is not (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, tok } from '../tokens';

const SK_TEST = tok('sk_', 'test_', '51', fill('b5n-sktest', B62, 97));
const SHA = (seed: string, n = 64) => fill(seed, HEX, n);
const WOFF2 = `d09GMgABAAAAA${fill('b5n-woff', B64, 280)}`;
const GOSUM = (seed: string) => `h1:${fill(seed, B62 + '+/', 43)}=`;

export const BATCH5_NEGATIVES: DraftRecord[] = [
  rec('postman_env', f`${amb('source_code.snippet', f`{
  "name": "payments-sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://api.stripe.com/v1", "enabled": true },
    { "key": "stripeKey", "value": "${SK_TEST}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}`)}

Postman environment for the sandbox — safe to commit to the docs repo? It's only the test key.`, 'a Stripe test key: cannot move money, unlabelled (tests/corpus convention)'),

  rec('receipt_el', f`ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ — Βιβλιοπωλείο Κ. Ιωάννου
Αρ. παραστατικού: 0004817
Πληρωμή: VISA •••• •••• •••• 3171
Σύνολο: 42,80 € (ΦΠΑ 6%)
ACS voucher: 7182934056

Translate this receipt into English for my expense claim.`, 'a masked card and a courier voucher number'),

  rec('docker_images', f`$ docker image ls --digests
REPOSITORY                         TAG      DIGEST                                                                    IMAGE ID       SIZE
ghcr.io/ostara/field-sync          2.4.1    sha256:${SHA('b5n-d1')}   ${SHA('b5n-i1', 12)}   148MB
ghcr.io/ostara/field-sync          2.4.0    sha256:${SHA('b5n-d2')}   ${SHA('b5n-i2', 12)}   147MB

which of these can I safely prune?`),

  rec('tf_plan', f`terraform plan output — why does it want to replace the DB every time?

  # aws_db_instance.claims must be replaced
${amb('source_code.snippet', f`-/+ resource "aws_db_instance" "claims" {
      ~ id                 = "claims-prod" -> (known after apply)
      ~ password           = (sensitive value)
      ~ engine_version     = "16.3" -> "16.4" # forces replacement
        username           = "claims_admin"
    }`)}`, 'Terraform redacts the password as (sensitive value): nothing to find; the plan diff is tool output in HCL-like syntax, ambiguous source code (label added after the first run, see README)'),

  rec('readme_ko', f`## 설정 방법

\`.env.example\`을 \`.env\`로 복사하고 값을 채워 주세요:

\`\`\`
${amb('source_code.snippet', f`OPENAI_API_KEY=your-api-key-here
DATABASE_URL=postgresql://<user>:<password>@localhost:5432/app
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ`)}
\`\`\`

이 README를 영어로 번역해 주세요.`, 'placeholders only; the .env block is ambiguous source code by convention (label added after the first run, see README)'),

  rec('kubectl_describe', f`$ kubectl describe secret claims-api-env -n claims
Name:         claims-api-env
Namespace:    claims
Type:         Opaque

Data
====
DATABASE_URL:       94 bytes
STRIPE_SECRET_KEY:  107 bytes
SENTRY_DSN:         89 bytes

is there a way to see which deployment last updated it?`),

  rec('git_bisect', f`git bisect finished, what does this tell me?

${SHA('b5n-g1', 40)} is the first bad commit
commit ${SHA('b5n-g1', 40)}
Author: Priya Raman
Date:   Mon Jan 6 16:41:09 2025 +0000

    perf(grades): cache module lookups per request`),

  rec('crypto_addresses', f`A customer paid a deposit in USDC. Is this the right kind of address to give our accountant?
Wallet: 0x${SHA('b5n-eth', 40)}
Tx hash: 0x${SHA('b5n-ethtx', 64)}
Also we have a BTC address for donations: bc1q${fill('b5n-btc', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)}`, 'public wallet addresses and a transaction hash'),

  rec('css_font', f`Our CSS file got huge after someone inlined the font:

@font-face { font-family: "Marlowe Serif"; src: url(data:font/woff2;base64,${WOFF2}) format("woff2"); }

is inlining fonts ever a good idea?`),

  rec('ulids', f`Event ids from the queue (ULIDs) — can you sort them by time?
01JH2K8QF7M3VZ4T9XCN6BRA2D
01JH2K8QC1P5WD8E2YHJ7NTS4F
01JH2K8QJ9R6GB3K5ZQM1VXW8C`),

  rec('timetable', f`Bus timetable for the school run, route 41: 07:12, 07:27, 07:42, 07:57 from Larchmere Close; return 15:35, 15:50, 16:05. Stop code 4917 2830. Make a small table.`, 'times and a stop code, no phone numbers'),

  rec('order_numbers', f`Two Amazon orders never arrived: 302-4829173-5520196 and 114-7730281-6649127. What's the fastest way to get a refund without calling?`, 'Amazon order numbers (3-7-7): not phone numbers'),

  rec('doi_isbn', f`Format these references in APA 7:
- doi:10.1016/j.watres.2023.120418
- ISBN 978-0-19-882176-4
- ISSN 0043-1354`),

  rec('imei', f`Work phone stolen. Police want the IMEI: 864729038152640. Is that enough to block it, or does the carrier need something else?`, 'an IMEI is Luhn-valid but not a card (86… is no card range)'),

  rec('banking_app', f`What my banking app shows: "Account ****8475 · IBAN ES50 **** **** **** **** 8475 · Card ending 5271". Is it safe to screenshot this for the landlord?`, 'masked IBAN and card'),

  rec('iban_bad', f`The Hungarian supplier's IBAN HU42 1177 3016 1203 9487 0000 0000 fails validation in our ERP. I copied it from their letterhead. Typo on their side?`, 'wrong check digits (mod-97 fails): not an IBAN'),

  rec('ssn_bad', f`Our test fixtures use 666-42-1937 and 900-18-2046 as fake SSNs. Can the validator in the new HR tool reject those correctly?`, 'area 666 / 9xx: not issuable SSNs'),

  rec('chat', f`Which password manager would you recommend for a 12-person bookshop? We currently keep passwords in a shared spreadsheet, which I know is bad.`),

  rec('password_policy', f`${amb('source_code.snippet', f`password_policy:
  min_length: 14
  require_symbols: true
  max_age_days: 365
  history: 5
  lockout_threshold: 10`)}

Is this in line with current NCSC advice, or is max_age outdated?`),

  rec('conn_placeholder', f`The docs say use this connection string:
Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;
but my app can't connect. What should the server part look like for Azure SQL?`, 'the well-known placeholder connection string: unlabelled'),

  rec('pipeline_vars', f`${amb('source_code.snippet', f`steps:
  - script: |
      git clone https://build:$(ADO_PAT)@dev.azure.com/brackenfell-council/planning/_git/portal
      curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/42/packages"
    env:
      ADO_PAT: $(System.AccessToken)`)}

mixing Azure Pipelines and GitLab syntax here by accident — what would each one expand to?`, 'pipeline variables, no literal secret'),

  rec('go_sum', f`go mod verify fails on one module. go.sum lines:

golang.org/x/text v0.21.0 ${GOSUM('b5n-gs1')}
golang.org/x/text v0.21.0/go.mod ${GOSUM('b5n-gs2')}
github.com/jackc/pgx/v5 v5.7.2 ${GOSUM('b5n-gs3')}`),

  rec('born_project', f`For the "about us" page: Marlowe Street Books was born on 12 March 2019 in a former bakery, and our podcast was born in lockdown (first episode 2 May 2020). Write two warm sentences.`, 'dates after "born" that are not a person\'s birth date'),

  rec('historical', f`Write a 100-word school assembly piece about Ada Lovelace (born 10 December 1815) and Grace Hopper (born ${amb('pii.date_of_birth', '9 December 1906')}).`, 'birth dates of historical public figures: Lovelace\'s is more than 125 years ago (unlabelled); Hopper\'s is a public fact about a public figure — ambiguous'),

  rec('win_build', f`Which of these machines still need the January cumulative update? OS builds: 10.0.19045.5247, 10.0.22631.4602, 10.0.26100.2605.`, 'Windows build numbers: not IP addresses'),

  rec('jwk_public', f`${amb('source_code.snippet', f`{
  "keys": [{
    "kty": "RSA", "use": "sig", "kid": "wrf-2024-11", "alg": "RS256", "e": "AQAB",
    "n": "${fill('b5n-jwkn', B62 + '-_', 342)}"
  }]
}`)}

this is our public JWKS endpoint output — do the "n" and "e" values need protecting?`, 'a public JSON Web Key: not a secret'),

  rec('test_card', f`QA checklist for the new checkout:
- successful payment with ${amb('financial.payment_card', '4111 1111 1111 1111')}
- declined card flow
- 3-D Secure challenge

Add two more cases about partial refunds.`, 'a famous test card: ambiguous (tests/corpus convention)'),

  rec('chat_hi_en', f`Customers ko reminder bhejna hai: "Bank kabhi bhi OTP, PIN ya password phone pe nahi maangta. Kisi ke saath share mat karna." Isko thoda friendly bana do aur Hindi + English dono mein likho.`),

  rec('confidence', f`Our survey result: 62% (95% confidence interval 58–66%, n = 612). Is the sample large enough to say "most staff" in the newsletter?`),
];

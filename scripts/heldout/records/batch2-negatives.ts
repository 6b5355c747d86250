/**
 * Held-out batch 2: hard negatives — text that looks sensitive and is not (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b2n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b2n-pklive', B62, 97));
const SVG_B64 = b64Bytes('b2n-svg', 420);
const GIF_B64 = `R0lGODlhEAAQAPQAAP///wAAAP${fill('b2n-gif', B64, 180)}`;
const PUB_PEM = pem('PUBLIC KEY', 'b2n-pub', 294);
const CSR = pem('CERTIFICATE REQUEST', 'b2n-csr', 690);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BCRYPT = tok('$2b$12$', fill('b2n-bcrypt', B62 + './', 53));

export const BATCH2_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`My moto test suddenly fails with "InvalidAccessKeyId" after upgrading to moto 5. Fixture:

${v('source_code.snippet', f`@pytest.fixture
def aws_credentials(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")

@mock_aws
def test_upload(aws_credentials):
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="exports", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})`)}`, 'AWS documentation keys in a test fixture: no credential; the fixture itself is pasted code'),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — committed on purpose, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_test_placeholder
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_test`)}

is it ok that the publishable key is a live one in the test env?`),

  rec('receipt', f`Your order is on its way!

Order number: 114-8302917-4471265
Placed on: 26 November 2024
Paid with: Visa •••• 4417 (exp. 09/27)
Total: €87.40 (incl. VAT €13.96)

Shipped with DHL Express, tracking 7741 0293 85
Estimated delivery: Fri 29 Nov, 09:00–13:00

Can you translate this into Spanish for my mum?`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-28T14:22:07.481Z INFO  api request_id=7b3e9c21-4d8a-4f6e-b2c1-90e5a7d3f418 method=GET path=/v1/orders/ORD-7731942 status=200 dur_ms=41
2024-11-28T14:22:07.903Z INFO  api request_id=e08f5a6b-13c7-4b92-8d0e-5f2a1c9e7b34 method=POST path=/v1/carts/c_9Kq2Lm/items status=201 dur_ms=88
2024-11-28T14:22:08.115Z WARN  api request_id=2c9d4e7f-8a1b-4c3d-9e6f-0a7b5c8d2e13 slow query fingerprint=${SHA('b2n-fp')} dur_ms=1240`)}

Why are POSTs to carts twice as slow as GETs?`),

  rec('git', f`I'm in the middle of a rebase and lost track. \`git status\` says:

interactive rebase in progress; onto 4e7a2c9
Last commands done (3 commands done):
   pick 8b1f03d feat(export): add CSV delimiter option
   pick c27e9a4 fix(export): quote fields with newlines
Next commands to do (2 remaining commands):
   pick 5d90b3e chore: bump papaparse to 5.4.1
   pick a13f6c8 docs: export options

How do I skip the chore commit?`),

  rec('changelog', f`Summarise what changed between these two images for the release notes:

- ghcr.io/larkspur/ingest:2.13.4@sha256:${SHA('b2n-d1')}
- ghcr.io/larkspur/ingest:2.14.0@sha256:${SHA('b2n-d2')}

2.14.0: Node 20.18.1 → 22.11.0, pg 8.12.0 → 8.13.1, new /healthz/ready endpoint, fixed memory leak in the batch writer (#1182).`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.sample — copy to .env
OPENAI_API_KEY=sk-...your-key-here...
ANTHROPIC_API_KEY=<paste your key>
GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
DB_PASSWORD=changeme
SMTP_PASSWORD=
JWT_SECRET=\${JWT_SECRET}`)}

Write a README section that explains each variable.`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Deploy
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
    SLACK_WEBHOOK: \${{ secrets.SLACK_WEBHOOK_URL }}
  run: ./scripts/deploy.sh "\${{ github.ref_name }}"`)}

Is it safe to echo the env in the deploy script for debugging?`),

  rec('helm', f`${amb('source_code.snippet', f`postgresql:
  auth:
    existingSecret: reporting-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
  primary:
    resources:
      requests: { cpu: 250m, memory: 512Mi }
app:
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: { name: reporting-db, key: password }`)}

Bitnami chart ignores existingSecret, what am I missing?`),

  rec('css', f`Why is the icon blurry on retina? ${amb('source_code.snippet', f`.btn-export::before {
  content: "";
  width: 16px; height: 16px;
  background: url("data:image/svg+xml;base64,${SVG_B64}") no-repeat center / contain;
}`)}
And the spinner: <img src="data:image/gif;base64,${GIF_B64}" alt="">`),

  rec('minified_js', f`Sentry points to this line in the bundle, what is it doing?

${amb('source_code.snippet', `(self.webpackChunk_lrk_web=self.webpackChunk_lrk_web||[]).push([[412],{8841:(e,t,n)=>{"use strict";n.d(t,{Z:()=>s});var r=n(7294),o=n(5893);function s(e){let{items:t=[],onPick:n}=e,[a,i]=(0,r.useState)(0);return(0,o.jsx)("ul",{role:"listbox",children:t.map(((e,t)=>(0,o.jsx)("li",{"aria-selected":t===a,onClick:()=>{i(t),n&&n(e)},children:e.label},e.id)))})}}}]);`)}`),

  rec('chat', f`Our support page shows "Chrome 131.0.6778.86" and "Windows 10.0.22631.4460" as unsupported, but both are current. The check compares against 130.0.6723.117. Is the version comparison string-based?`),

  rec('chat', f`Can you check the payment reference format? Our Finnish invoices use the RF creditor reference, e.g. ${'RF93 2024 1188 0473 1'}, and the bank app rejects it when there are spaces.`, 'ISO 11649 creditor reference: mod-97 like an IBAN, but not an account number'),

  rec('chat', f`I forgot my Windows password on my personal laptop (local account, not Microsoft). What are my options without losing data?`),

  rec('chat', f`Write a password policy paragraph: minimum 14 characters, no forced rotation, block the 100k most common passwords, MFA for admins. Mention that "Password: ********" in screenshots is fine but never the real one.`),

  rec('chat', f`The secret to crispy roast potatoes? My secret ingredient is semolina, but my mother-in-law swears by duck fat. Settle this.`),

  rec('chat', f`For the quiz: when was the Official Secrets Act 1989 passed, and what does "top secret" actually mean in the UK classification scheme today?`),

  rec('form_template', f`Make this form accessible (labels, error text):

Name: ____________________
Date of birth: DD/MM/YYYY
IBAN: DE00 0000 0000 0000 0000 00
Social Security No.: 000-00-0000
Phone: +49 (0) ___ ________`),

  rec('chat', f`Stripe docs say to use ${amb('financial.payment_card', '4000 0025 0000 3155')} for 3DS and ${amb('financial.payment_card', '4000 0000 0000 9995')} for insufficient funds. Which one triggers "authentication_required" in the PaymentIntent?`, 'Stripe test cards: ambiguous like other well-known test cards'),

  rec('chat', f`Gift card won't redeem: code 6035 7724 1938 0042, PIN printed under the scratch strip. Store says it's not activated. Who do I contact?`, 'Luhn-failing gift-card number'),

  rec('requirements', f`${amb('source_code.snippet', f`requests==2.32.3 \\
    --hash=sha256:${SHA('b2n-req1')}
urllib3==2.2.3 \\
    --hash=sha256:${SHA('b2n-req2')}
certifi==2024.8.30 \\
    --hash=sha256:${SHA('b2n-req3')}`)}
pip install --require-hashes fails on certifi, why?`),

  rec('pr_review', f`Reviewer asked whether this is a leak. It's the JWKS public key we publish anyway, right?

${PUB_PEM}

and the CSR for the new wildcard:

${CSR}`),

  rec('chat', f`Curl docs example: \`curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/me\` — in PowerShell $TOKEN is empty. How do I pass the variable?`),

  rec('docs', f`## Notifications

Set \`SLACK_WEBHOOK_URL\` to the incoming-webhook URL of your channel, e.g.
\`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\`.
For local development any URL works; messages are then only logged.
Database: \`postgresql://<user>:<password>@<host>:5432/<db>\`.`),

  rec('chat', f`Is it bad that our old PHP app stores hashes like ${ambCat('credential', BCRYPT)} in a column called password? Someone said bcrypt at cost 12 is fine.`, 'a password hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('chat_de', f`Kannst du die Lieferzeiten zusammenfassen? Bestellung 4500187321 vom 18.11., Lieferschein 80012947, Sendungsnummer 00340434188270019364, voraussichtliche Zustellung KW 49. Rückfragen bitte an die Hotline, Vorgangsnummer 2024-11-77813.`),

  rec('chat_hi_en', f`Yaar standup kal 9:45 pe shift ho gaya hai. Sprint 31 ka demo Thursday 4 baje, build number 2024.11.28.3. Jira ticket LRK-4821 aur LRK-4833 close kar dena please.`),

  rec('chat', f`Map is off by a few metres: we store 52.370216, 4.895168 and the pin shows on the wrong side of the canal. Is it a WGS84 vs. RD New issue?`),

  rec('csv', f`${amb('source_code.snippet', f`isbn,title,qty,price_eur
978-3-16-148410-0,Grundkurs Statistik,4,39.90
978-0-13-468599-1,The Pragmatic Programmer,2,47.50
978-2-07-036822-8,L'Étranger,10,7.80`)}
Total per title with 7% VAT please.`),

  rec('masked_bank', f`Bank app shows the direct debit as "NL** RABO **** **** 64, mandate 0087-LRK-2291". Which subscription could that be? I have Ziggo, Vattenfall and the gym.`),

  rec('chat', f`We talked about the employee survey results in the all-hands; it's no secret that the canteen scored lowest. Could you turn the comments into 5 themes?`),

  rec('uuid_list', f`Delete these orphaned sessions in Redis, give me the redis-cli loop:
sess:0d8f3b6a-2e71-4c95-a4b0-7f19e3c8d562
sess:91c4e7a2-5b3d-4f80-9e16-c2a8d70b4f35
sess:4a7e1c90-b3f2-48d6-85e3-1d9c6f0a2b74`),
];

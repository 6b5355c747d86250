/**
 * Held-out hard negatives: text that looks sensitive and is not (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled, apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('neg-stripe', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('neg-pk', B62, 97));
const PNG = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${b64Bytes('png1', 540)}`;
const INTEGRITY = `sha512-${b64Bytes('integ1', 64)}`;
const INTEGRITY2 = `sha512-${b64Bytes('integ2', 64)}`;
const CERT = pem('CERTIFICATE', 'cert1', 900);
const PUBKEY = pem('PUBLIC KEY', 'pub1', 294);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('sshpub', B64, 43)} marta@thinkpad-x1`;

export const NEGATIVES: DraftRecord[] = [
  rec('git_log', f`commit 9c4e1f27b3a8d60e5f2c7b91d4a3e8f06b5c2d17
Author: Ben Ortiz <${v('pii.email', 'ben.ortiz@users.noreply.github.com')}>
Date:   Tue Oct 29 16:42:10 2024 +0100

    fix(cart): round VAT per line, not per order (#4821)

commit 3b7a0d9e6c5f41e28a1d7c3b9e0f6a2d4c8b5e19
Merge: 51f0c2a 8e7d3b4
Author: dependabot[bot]
Date:   Mon Oct 28 07:01:33 2024 +0000

    Merge pull request #4817 from fernhill/dependabot/npm_and_yarn/vite-5.4.10`, 'git SHAs, PR numbers and dates are negatives; the GitHub noreply address is still an e-mail address (labelled)'),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/vite": {
  "version": "5.4.10",
  "resolved": "https://registry.npmjs.org/vite/-/vite-5.4.10.tgz",
  "integrity": "${INTEGRITY}",
  "dev": true
},
"node_modules/rollup": {
  "version": "4.24.0",
  "resolved": "https://registry.npmjs.org/rollup/-/rollup-4.24.0.tgz",
  "integrity": "${INTEGRITY2}",
  "dev": true
}`)}`),

  rec('docs', f`## Configuring credentials

Set the two variables before running the CLI. The values below are the ones from the AWS documentation and will not work:

    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_DEFAULT_REGION=us-west-2

Then run \`fh-sync --dry-run\`.`),

  rec('readme', f`### Local development

Use Stripe test mode. Put these in \`.env.local\` (they are test keys from the shared sandbox account, safe to commit):

STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_TEST}

Test cards: ${amb('financial.payment_card', '4242 4242 4242 4242')} (success), ${amb('financial.payment_card', '4000 0000 0000 9995')} (insufficient funds).`),

  rec('env_example', f`# .env.example — copy to .env and fill in
OPENAI_API_KEY=sk-...
ANTHROPIC_API_KEY=<your-anthropic-key>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
REDIS_PASSWORD=
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SLACK_BOT_TOKEN=xoxb-your-bot-token
JWT_SECRET=change-me
SMTP_PASSWORD=\${SMTP_PASSWORD}`),

  rec('helm', f`${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "orders.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: orders
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: orders-db
                  key: password
            - name: API_TOKEN
              value: {{ .Values.apiToken | quote }}`)}`),

  rec('receipt', f`Thanks for your order!

Order #FH-2024-118273   ·   18 Nov 2024, 14:02
Paid with Visa •••• •••• •••• 4821
Subtotal €84.90 · Shipping €4.95 · VAT (19%) €16.13
Total charged: €105.98

Track your parcel: 1Z 999 AA1 01 2345 6784 (UPS) — expected 21–22 Nov.`),

  rec('log', f`[2024-11-19 03:12:44,918] INFO  worker-3 job=reindex batch=42/180 docs=5000 took=1.82s
[2024-11-19 03:12:46,102] WARN  worker-3 slow query id=6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8 ms=2318
[2024-11-19 03:12:46,877] INFO  worker-1 checksum sha256=3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b OK
[2024-11-19 03:12:47,001] INFO  worker-1 build=2024.11.3+g7e2a91c node=v20.18.0 pid=48211`),

  rec('html', f`<div class="avatar"><img alt="profile" width="48" height="48" src="${PNG}"></div>`),

  rec('minified_js', f`${amb('source_code.snippet', `!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e=e||self).fhCart=t()}(this,function(){"use strict";var e="4.2.17",t=function(e,t){return Math.round(100*(e*t))/100},n={k:"a7f3c9e1b5d24086",v:e};function r(e){return e.items.reduce(function(e,n){return e+t(n.price,n.qty)},0)}return{version:e,total:r,cfg:n}});`)}`),

  rec('chat', f`We're on Kubernetes 1.29.4 and Istio 1.22.3.1 — is that combo supported? Also the node image is 2024.10.1.2.`),

  rec('chat', f`Our part numbers look like 4400-1823-7765-0912 and the ERP sometimes flags them as card numbers. Is there a way to stop that? Another example: 5100 2291 8812 0044.`, 'part numbers that fail Luhn'),

  rec('chat', f`My SSN-validation regex accepts 987-65-4320 and 000-12-3456 — which should it reject? Also the placeholder ${amb('pii.us_ssn', '123-45-6789')} from the form hint.`, 'area 9xx and 000 are invalid SSNs; 123-45-6789 is the documented ambiguous sample'),

  rec('chat', f`I'm confident the confidentiality agreement template in our wiki is outdated. Can you draft a new mutual NDA outline? Keep the confidential-information definition broad.`),

  rec('chat', f`What's the difference between Azure confidential computing and AWS Nitro Enclaves? We need to process confidential workloads for a bank.`),

  rec('code_ts', f`Why does TypeScript complain here?

\`\`\`ts
${v('source_code.snippet', f`enum Classification {
  PUBLIC = 'public',
  INTERNAL = 'internal',
  CONFIDENTIAL = 'confidential',
  SECRET = 'secret',
}

function badge(c: Classification): string {
  return c === Classification.CONFIDENTIAL ? 'red' : 'grey';
}`)}
\`\`\``, 'the code block is source_code; CONFIDENTIAL/SECRET as enum values in code are not markings'),

  rec('certs', f`Is this the right cert chain for the ingress? openssl says "unable to get local issuer certificate".

${CERT}

and the public key we pinned in the app:

${PUBKEY}`),

  rec('chat', f`Can you add my laptop key to the deploy user's authorized_keys? ${SSH_PUB}`),

  rec('tracking', f`Hi, parcel 00340434161234567895 was marked delivered but I never got it. DHL reference JJD000390007712345678, order 7731-22-9981, invoice INV-2024-008812. ISBN of the book: 978-3-16-148410-0.`),

  rec('config', f`${amb('source_code.snippet', f`[server]
host = "0.0.0.0"
port = 8443
tls_cert = "/etc/fh/tls/server.crt"
tls_key = "/etc/fh/tls/server.key"

[auth]
provider = "oidc"
issuer = "https://login.fernhill.io/realms/staff"
client_id = "warehouse-ui"
client_secret_file = "/run/secrets/oidc_client_secret"
password_min_length = 12`)}`),

  rec('chat', f`Password policy question: our IdP requires password length ≥ 12 and rotation every 90 days. The reset token expires after 15 minutes. Is that NIST-compliant?`),

  rec('sql', f`EXPLAIN ANALYZE output, why is it doing a seq scan?

Seq Scan on orders  (cost=0.00..48211.32 rows=1203 width=64) (actual time=0.021..391.554 rows=1187 loops=1)
  Filter: ((status = 'open'::text) AND (created_at > '2024-10-01 00:00:00+00'::timestamp with time zone))
  Rows Removed by Filter: 1841125
Planning Time: 0.118 ms
Execution Time: 391.702 ms`),

  rec('chat', f`Meeting moved to Thu 14:30–15:15 CET, room 3.14 (building B). Dial-in code 847 2291 and PIN 5521#. Budget line 4711-0815 for the catering, ~€320.`),

  rec('docker', f`${amb('source_code.snippet', f`FROM node:20.18.0-alpine@sha256:c13b26e7e602ef2f1074aef304ce6e9b7dd284c419b35d89fcf3cc8e44a8def9 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm run build && rm .npmrc`)}`),

  rec('chat', f`We got a phishing mail asking to "verify your account" from ${v('pii.email', 'support@paypa1-security.com')} — I blocked the domain. No need to do anything else, right?`, 'a sender address quoted in a security report is still an e-mail address'),

  rec('redacted_log', f`2024-11-20 11:02:13 ERROR login failed user=[REDACTED] password=******** ip=[REDACTED]
2024-11-20 11:02:15 ERROR login failed user=[REDACTED] password=******** ip=[REDACTED]
2024-11-20 11:02:19 WARN  account locked after 5 attempts, token=<redacted>`),

  rec('chat', f`The SVG icon renders blurry: <path d="M12.01 2.25c-5.38 0-9.76 4.38-9.76 9.76 0 4.31 2.8 7.97 6.68 9.26.49.09.67-.21.67-.47v-1.65c-2.72.59-3.29-1.31-3.29-1.31-.44-1.13-1.09-1.43-1.09-1.43-.89-.61.07-.6.07-.6.98.07 1.5 1.01 1.5 1.01.87 1.5 2.29 1.07 2.85.82z"/>. What's wrong with the viewBox?`),

  rec('chat_hi_en', f`Bhai, kal ka standup 10:30 baje hai, Zoom ID 883 4172 9056 hai. Sprint 24.11 ka release v3.8.2 Friday ko jayega, QA sign-off pending hai.`, 'Zoom meeting id is not a phone number'),

  rec('prices', f`${amb('source_code.snippet', f`sku,description,qty,unit_price_eur,total_eur
FH-10293,Pallet wrap 500mm,24,18.90,453.60
FH-10311,Label roll 102x152,120,3.45,414.00
FH-20877,Scanner Zebra DS2208,4,129.00,516.00
FH-30012,Gloves size L (pack of 100),10,11.20,112.00`)}`),

  rec('chat', f`In Python, how do I generate a random 32-character API key for our users? Something like secrets.token_urlsafe(24)? And should I store only its SHA-256 hash?`),

  rec('chat', f`Our OAuth client is a confidential client (it has a client secret), the SPA is a public client. Which one should do the token exchange?`),
];

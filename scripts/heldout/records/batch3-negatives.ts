/**
 * Held-out batch 3: hard negatives — text that looks sensitive and is not (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, tok } from '../tokens';

const SK_TEST = tok('sk_', 'test_', '51', fill('b3n-sktest', B62, 97));
const PK_TEST = tok('pk_', 'test_', '51', fill('b3n-pktest', B62, 97));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${fill('b3n-png', B64, 260)}`;
const SHA = (seed: string, n = 64) => fill(seed, HEX, n);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b3n-ed', B62 + '+/', 43));
const VAULT_BLOB = Array.from({ length: 6 }, (_, i) => fill(`b3n-vault${i}`, HEX, 80)).join('\n');
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH3_NEGATIVES: DraftRecord[] = [
  rec('terraform', f`${amb('source_code.snippet', f`provider "aws" {
  region                      = "us-east-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true

  endpoints {
    s3  = "http://localhost:4566"
    sqs = "http://localhost:4566"
  }
}`)}

LocalStack: terraform apply hangs on the S3 bucket. Do I need s3_use_path_style?`, 'LocalStack dummy credentials "test"/"test": placeholders'),

  rec('env_test', f`${amb('source_code.snippet', f`# cypress.env.json
{
  "STRIPE_SECRET_KEY": "${SK_TEST}",
  "STRIPE_PUBLISHABLE_KEY": "${PK_TEST}",
  "TEST_CARD_OK": "${amb('financial.payment_card', '4000056655665556')}",
  "TEST_CARD_3DS": "${amb('financial.payment_card', '5200828282828210')}"
}`)}

e2e checkout passes locally but the 3DS iframe never loads in CI`, 'Stripe test keys and Stripe test cards: ambiguous cards, unlabelled keys'),

  rec('receipt', f`Thanks for shopping with Copperleaf Store!

Invoice INV-2024-118273 · Order #QF-55120-8841
Date: 18/11/2024 14:32
Paid: Mastercard ending 8841 (contactless)
Subtotal £62.50 · VAT £12.50 · Total £75.00
Delivery: Royal Mail Tracked 48, tracking RM 4829 3716 5GB

Translate to Polish please.`),

  rec('tracking', f`Which carrier is this? USPS says "label created" for a week now:
Tracking: 9400 1118 9922 3847 5610 29
Shipped from: Reno, NV 89502 on 11/12/2024
Weight: 2 lb 3 oz`),

  rec('npm_ls', f`${amb('source_code.snippet', f`"node_modules/undici": {
  "version": "6.21.0",
  "resolved": "https://registry.npmjs.org/undici/-/undici-6.21.0.tgz",
  "integrity": "${INTEGRITY('b3n-int1')}",
  "engines": { "node": ">=18.17" }
},
"node_modules/ws": {
  "version": "8.18.0",
  "resolved": "https://registry.npmjs.org/ws/-/ws-8.18.0.tgz",
  "integrity": "${INTEGRITY('b3n-int2')}"
}`)}

npm audit says undici is vulnerable, which version fixes it?`),

  rec('git', f`Which of these should I squash before opening the PR?

$ git log --oneline -6
${SHA('b3n-g1', 7)} (HEAD -> feat/route-cache) wip
${SHA('b3n-g2', 7)} add LRU for route lookups
${SHA('b3n-g3', 7)} fix typo
${SHA('b3n-g4', 7)} tests for cache eviction
${SHA('b3n-g5', 7)} (origin/main, origin/HEAD) Merge pull request #2231 from kestrel/deps
${SHA('b3n-g6', 7)} chore(deps): bump golang.org/x/net to 0.31.0`),

  rec('k8s_events', f`${amb('source_code.snippet', f`LAST SEEN   TYPE      REASON      OBJECT                                  MESSAGE
2m          Warning   BackOff     pod/dispatch-api-7c9f6d8b5-x2kqp        Back-off restarting failed container api
4m          Normal    Pulled      pod/dispatch-api-7c9f6d8b5-x2kqp        Container image "ghcr.io/quill/dispatch:1.42.3" already present
6m          Normal    Scheduled   pod/dispatch-api-7c9f6d8b5-x2kqp        Successfully assigned prod/dispatch-api-7c9f6d8b5-x2kqp to aks-pool1-31842755-vmss000004`)}

uid of the replicaset is 0e7b4c21-93fa-4d58-b6a2-5f18c9e3d7a0 if that helps. Why CrashLoopBackOff?`),

  rec('checksums', f`Verify my download please — SHA256SUMS from the release page:

${SHA('b3n-s1')}  dispatch_1.42.3_linux_amd64.tar.gz
${SHA('b3n-s2')}  dispatch_1.42.3_darwin_arm64.tar.gz
${SHA('b3n-s3')}  dispatch_1.42.3_windows_amd64.zip

and mine: ${SHA('b3n-s2')}. Same?`),

  rec('docs', f`Explain this README section to a junior dev:

## Authentication
Send your key in the header: \`Authorization: Bearer <YOUR_API_KEY>\`.
Keys look like \`sk-proj-...\` and are shown once. For local testing set \`OPENAI_API_KEY=sk-your-key-here\` in \`.env.local\`.
Never commit \`.env.local\`. Example config: \`password: "<change-me>"\`, \`db_url: postgres://app:****@db:5432/app\`.`),

  rec('html_email', f`Outlook strips the logo from our newsletter template, is it the base64?

${amb('source_code.snippet', f`<td align="center" style="padding:24px 0">
  <img src="data:image/png;base64,${PNG_B64}" width="48" height="48" alt="Copperleaf">
</td>`)}`),

  rec('minified_js', f`What is this function from our bundle doing?

${amb('source_code.snippet', f`!function(e,t){"use strict";var n=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})},r={a:"${fill('b3n-min1', B62, 24)}",b:4096,c:[0x1f,0x8b,0x08]};e.kr=function(o){for(var i=0,u=o.length;i<u;i++)t.setAttribute("data-"+n(o[i].k),o[i].v);return r}}(window,document.documentElement);`)}`),

  rec('chat', f`How do I set up a password manager for my parents? They write every password on sticky notes and my dad uses the same one for email and banking. Bitwarden or 1Password?`),

  rec('chat', f`What's the secret to a really crispy pizza base in a home oven? Mine is always soft in the middle even at 250 °C.`),

  rec('policy', f`Tighten the wording of our password policy:

- Passwords must be at least 14 characters and must not contain the username.
- Do not reuse any of your last 10 passwords.
- Service account secrets are rotated every 90 days by the platform team.
- Never share a password by e-mail or chat; use the vault.`),

  rec('report', f`Summarise Q3 for the newsletter:
Revenue €14.82m (+9.4% YoY), gross margin 38.1%, 1,204 new B2B accounts.
Invoices outstanding > 60 days: 317 (€1.93m). Average order value €412.70.
Guidance 2024 unchanged: €58–61m. Next report: 2025-02-12.`),

  rec('chat', f`My validator rejects NL12RABO0372948165 and I'm sure I copied it from the supplier's letter. Is my mod-97 implementation wrong, or is the IBAN wrong?`, 'an IBAN with wrong check digits (fails mod-97): not an account number'),

  rec('chat', f`The loyalty card number on my receipt is 6034 9182 7734 5121 but the app says "invalid card". Is that a payment card or just a member number?`, 'a Luhn-failing loyalty number'),

  rec('masked', f`Payroll confirmation: November salary paid to account NL** RABO **** **** 65, SSN on file ***-**-4821, card on file •••• •••• •••• 0573. Is it normal that the payslip shows all three partly?`),

  rec('ssh', f`Add my laptop key to the bastion please:

ssh-ed25519 ${ED25519_PUB} ines@quill-laptop

(it's the public one, right? the private one stays on my machine)`),

  rec('ansible', f`${amb('source_code.snippet', f`db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  ${VAULT_BLOB.split('\n').join('\n  ')}`)}

ansible-playbook says "Decryption failed (no vault secrets were found that could decrypt)". I passed --ask-vault-pass.`, 'an ansible-vault encrypted value: ciphertext, not a secret'),

  rec('kubectl', f`$ kubectl get secrets -n billing
NAME                    TYPE                             DATA   AGE
billing-db              Opaque                           3      212d
billing-tls             kubernetes.io/tls                2      41d
stripe-webhook          Opaque                           1      88d
sh.helm.release.v1.billing.v14   helm.sh/release.v1      1      3d

which of these can I safely delete? the helm ones are piling up`),

  rec('question', f`In Ruby what does \`@cache ||= {}\` do exactly, and is it thread safe? Same question for \`a &&= a.strip\`.`),

  rec('trace_ctx', f`Datadog shows two traces for one request. The incoming header is traceparent: 00-${SHA('b3n-tp1', 32)}-${SHA('b3n-tp2', 16)}-01 and the span has dd.trace_id 7340159271846302915. Why doesn't it join them?`, 'W3C trace ids and a Datadog trace id next to "Datadog": identifiers, not API keys'),

  rec('lfs', f`This file in the repo is only 130 bytes, where's the model?

version https://git-lfs.github.com/spec/v1
oid sha256:${SHA('b3n-lfs')}
size 438219776`),

  rec('release_ja', f`リリースノートを英語に翻訳してください:
v2.8.0 (2024-11-21)
- Node.js 22.11.0 に対応
- 依存関係更新: axios 1.7.7 → 1.7.8, sharp 0.33.4 → 0.33.5
- 対応ブラウザ: Chrome 131.0.6778.86 以降, Safari 18.1
- ビルド番号 10.0.26100.2314 の Windows で起動しない問題を修正`),

  rec('chat', f`Our clinic's privacy notice says staff "may break confidentiality if there is a risk of serious harm". Can you rewrite that sentence in plain language for patients?`),

  rec('chat', f`ticket numbers look like 20241118-0042 and case ids like 5003X00002hFq1Q in Salesforce. Can you give me a regex that matches both in a subject line?`),

  rec('coords', f`Plot these depots on a map: Tilburg 51.5555, 5.0913; Gdańsk 54.3520, 18.6466; Porto 41.1579, -8.6291. Which pair is furthest apart?`),

  rec('chat', f`Birth date validation question: our form accepted DOB 02/30/1990 and 1987-02-29. Both should fail, right? What's the cleanest JS check?`, 'impossible dates next to "DOB": not birth dates'),

  rec('sepa_xml', f`${amb('source_code.snippet', f`<PmtInf>
  <PmtInfId>PAY-2024-11-BATCH-07</PmtInfId>
  <PmtMtd>TRF</PmtMtd>
  <NbOfTxs>42</NbOfTxs>
  <CtrlSum>18422.75</CtrlSum>
  <ReqdExctnDt>2024-11-29</ReqdExctnDt>
  <Dbtr><Nm>Tidewell Energy Oy</Nm></Dbtr>
</PmtInf>`)}

What does CtrlSum mean and what happens if it's off by a cent?`),

  rec('chat', f`Running the new agent: "${fill('b3n-agentid', HEX, 8)}-${fill('b3n-agentid2', HEX, 4)}" shows as hostname in Datadog instead of the machine name. Is that the container id?`),

  rec('chat', f`We run the same one-liner in three dashboards: SELECT id, status FROM orders WHERE created_at > now() - interval '7 days'; — is an index on created_at enough?`, 'a one-line query in a sentence: not a pasted block'),
];

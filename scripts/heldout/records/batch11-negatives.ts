/**
 * Held-out batch 11: the clean majority of workplace prompts — plain questions and requests in the
 * company's languages, configs and code without secrets, placeholders and secret references,
 * documentation and test keys, masked values, ids, hashes, versions, order and tracking numbers,
 * non-birth dates and casual uses of "password"/"confidential". Third representative sample;
 * hand-written; not measured yet (README).
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const hex = (seed: string, n: number) => fill(seed, HEX, n);
const SK_TEST = tok('sk_', 'test_', '51', fill('b11-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b11-pklive', B62, 97));
/** AWS's documentation key pair, assembled from its parts. */
const AWS_DOC_ID = tok('AKIA', 'IOSFODNN7', 'EXAMPLE');
const AWS_DOC_SECRET = tok('wJalrXUtnFEMI/', 'K7MDENG/bPxRfiCY', 'EXAMPLEKEY');

export const BATCH11_NEGATIVES: DraftRecord[] = [
  rec('question', f`Write a warm farewell message for a colleague who is leaving after 8 years in customer service. She's moving to New Zealand.`),
  rec('question', f`Explain the difference between accrual and cash accounting in plain English, with one example from a retail business.`),
  rec('question', f`Put together a 5-day onboarding plan for a new field sales rep: product training, shadowing, CRM setup, first customer visits.`),
  rec('question', f`We ran a 4-day week pilot in the design team for three months. Give me a balanced pros and cons summary for the leadership meeting.`),
  rec('question', f`Write a job ad for a warehouse shift supervisor in Leeds, nights, £34k plus shift allowance. Keep it under 200 words.`),
  rec('question', f`How do I calculate customer lifetime value for a subscription business? Show a worked example with a €29 monthly plan and 4% monthly churn.`),
  rec('question', f`In Excel, how do I remove duplicate customer rows but keep the one with the most recent order date?`),
  rec('question', f`In SQL, when should I use NOT EXISTS instead of LEFT JOIN … WHERE x IS NULL? Is there a performance difference in Postgres?`),
  rec('question', f`Explain SOC 2 Type II to our sales team in five bullet points, so they can answer basic customer questions.`),
  rec('question', f`Explain the OAuth 2.0 client credentials flow for a backend service that calls another internal API. When is it the wrong choice?`),
  rec('question_de', f`Wie formuliere ich eine freundliche, aber klare Absage an einen Bewerber, der es bis in die letzte Runde geschafft hat?`),
  rec('question_de', f`Was ist der Unterschied zwischen Resturlaub und Überstundenabbau bei einer Kündigung? Kurz und verständlich bitte.`),
  rec('question_fr', f`Peux-tu reformuler ce message pour qu'il soit plus professionnel ? « Désolé, la livraison aura encore deux jours de retard à cause de la grève des transporteurs. »`),
  rec('question_es', f`Dame ideas para una comida de equipo de Navidad para unas 20 personas en Madrid, con presupuesto de 40 € por persona.`),
  rec('question_pt', f`Como escrevo um feedback construtivo para um estagiário que entrega tudo no prazo, mas com muitos erros de revisão?`),
  rec('question_it', f`Mi spieghi in modo semplice come si calcola il TFR e quando viene pagato?`),
  rec('question_nl', f`Heb je tips voor een presentatie van 15 minuten voor het MT over de resultaten van het klanttevredenheidsonderzoek?`),
  rec('question_pl', f`Napisz ogłoszenie o pracę dla kierowcy kat. C+E, trasy krajowe, praca od poniedziałku do piątku.`),
  rec('question_hi_en', f`Mujhe meri behen ki shaadi ke liye 5 din ki leave chahiye next month. Manager ko ek polite leave application likh do English mein.`),
  rec('question_ja', f`社内会議の議事録テンプレートを作ってください。項目は日時、参加者、議題、決定事項、宿題です。`),

  rec('env_example', f`New joiners copy this file to .env. Anything missing for local development?

${cfg(f`DATABASE_URL=postgresql://postgres:postgres@localhost:5432/storefront_dev
STRIPE_SECRET_KEY=sk_live_replace_me
OPENAI_API_KEY=<your-openai-key>
SENTRY_DSN=
SESSION_SECRET=change-me`)}`, 'placeholders only; the Docker image default postgres:postgres on localhost is unlabelled (batch 6 precedent)'),

  rec('gha_secrets', f`${cfg(f`- name: Deploy to Azure Web App
  uses: azure/webapps-deploy@v3
  with:
    app-name: fernlea-portal
    publish-profile: \${{ secrets.AZURE_WEBAPP_PUBLISH_PROFILE }}
    package: ./dist`)}

Is a publish profile OK or should we move to OIDC federated credentials?`, 'a secret reference, not a value'),

  rec('compose_refs', f`${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: \${POSTGRES_USER}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
    env_file: .env
  api:
    build: ./api
    depends_on:
      - db`)}

The variables are empty inside the container even though .env is there. Why?`, 'environment references, not values'),

  rec('aws_docs', f`The AWS CLI guide shows access key ${AWS_DOC_ID} and secret ${AWS_DOC_SECRET} in its examples. Can I use those to try the CLI without an account?`, 'AWS documentation keys: unlabelled'),

  rec('stripe_test', f`For the staging checkout we use ${SK_TEST} on the server and ${PK_LIVE} in the browser. The payment sheet says "Invalid API key" — is mixing test and live the problem?`, 'Stripe test secret key and a publishable key: unlabelled'),

  rec('test_card', f`QA asks which card to use for a successful Mastercard payment in the Stripe sandbox. Is ${amb('financial.payment_card', '5555 5555 5555 4444')} still the right one?`, 'famous test card: ambiguous'),

  rec('receipt', f`Add this to my expense report (date, merchant, amount, category):

Taxi Milano Centrale → Rho Fiera, 16/01/2027
Importo: €48,00
Carta: Mastercard **** **** **** 8820
Ricevuta n. 0041273`, 'masked card'),

  rec('masked', f`In the CRM the customer's bank account shows as DE** **** **** **** **05 26 and the SSN as ***-**-4694. Is that enough masking for agents in the offshore team?`, 'masked values'),

  rec('uuids', f`Correlation IDs from the two services don't match: gateway logged 0b7e3c51-9a24-4f8d-b6e1-7c2a90d4f318 and the order service 6d19a4f7-2c83-4e5b-a0f6-1b8e7d3c9a25. How do we propagate the ID properly?`),

  rec('git_log', f`$ git log --oneline -4
${hex('b11-git1', 7)} fix(cart): recalculate shipping after voucher removal
${hex('b11-git2', 7)} feat(account): add order history export
${hex('b11-git3', 7)} chore(deps): bump next from 14.2.3 to 14.2.15
${hex('b11-git4', 7)} test: cover VAT rounding for UK and IE

Which of these should go into the release notes for customers?`, 'shell session: unlabelled'),

  rec('versions', f`Our laptops run Windows 11 build 10.0.22631.4460, Office 16.0.17932.20162 and Teams 24335.206.3315.1. IT says the Teams version is too old for the new meeting features — which number should I compare?`, 'four-part version numbers'),

  rec('order_tracking', f`Customer chased us about order QS-2027-004471. It left the warehouse on 11 January with UPS tracking 1Z4F82E30394817265, and the return label is 1Z4F82E39071135528. What should I tell her?`),

  rec('dates', f`Make a timeline table for the warehouse system rollout: pilot in Leeds from 3 February 2027, Bristol 17 March, Swindon 28 April, decommissioning of the old WMS on 30 June 2027.`, 'dates that are not birth dates'),

  rec('anniversary', f`Write a short message for Ahmed's 10-year work anniversary — he joined on 3 March 2017 as a forklift driver and now runs the whole night shift.`, 'a hire date, not a birth date'),

  rec('password_policy', f`Our auditors want a password section in the IT policy. Draft it: 12+ characters, passphrases encouraged, MFA for all remote access, no password sharing, passwords changed only on suspicion of compromise.`),

  rec('reset_template', f`Write a friendly e-mail template for when a user requests a password reset. It should say the link is valid for 20 minutes and that support will never ask for their password.`),

  rec('figures', f`Turn these into three bullet points for the board pack: FY26 revenue £48.3M (+11%), gross margin 41.2%, online share 37%, net debt £6.1M, 1,240 employees.`),

  rec('invoice_regex', f`Our invoice numbers look like QO-2027-000183 and credit notes like CN-2027-00041. Write a Python regex that matches both and captures the year.`),

  rec('kubectl', f`${cfg(f`Events:
  Type     Reason     Age                 From     Message
  ----     ------     ----                ----     -------
  Normal   Pulled     3m (x5 over 8m)     kubelet  Container image "registry.arkwright-freight.com/rate-engine:2.8.1" already present on machine
  Warning  BackOff    2m (x21 over 7m)    kubelet  Back-off restarting failed container rate-engine`)}

This is from kubectl describe pod. What's the next thing to check?`),

  rec('ssh_pub', f`IT asked for my public key for the bastion host. This is it, right? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b11-edpub', B62, 43)} r.patel@LT-0419`, 'a public key: negative'),

  rec('luhn_fail', f`A customer says our checkout rejects her card 4929 1837 4650 2218 instantly. Could she have mistyped a digit? How does the check work?`, 'a Luhn-failing number'),

  rec('bad_iban', f`The bank returned our transfer with "invalid IBAN" for NL12 RABO 9455 4869 68. How can I check which part is wrong before I call the supplier?`, 'an IBAN with wrong check digits'),

  rec('redacted_log', f`Is this log line safe to share with the vendor's support team?

2027-01-15 08:12:44 INFO outbound request POST https://api.carrier-hub.com/v1/labels headers={"Authorization": "Bearer [REDACTED]", "Content-Type": "application/json"} status=201 duration_ms=412`, 'redacted value'),

  rec('postman_vars', f`${cfg(f`{
  "method": "POST",
  "header": [
    { "key": "Authorization", "value": "Bearer {{access_token}}" },
    { "key": "x-api-key", "value": "{{api_key}}" }
  ],
  "url": "{{base_url}}/v1/shipments"
}`)}

How do I set access_token automatically from the login request in a pre-request script?`, 'Postman variables, no values'),

  rec('terraform_var', f`${cfg(f`resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "psql-fernlea-prod"
  administrator_login    = "pgadmin"
  administrator_password = var.db_admin_password
  sku_name               = "GP_Standard_D2s_v3"
  version                = "16"
}`)}

Where should var.db_admin_password come from in our pipeline — Key Vault or a tfvars file?`, 'a variable reference, not a value'),

  rec('confidentiality_question', f`Is it OK to paste customer names into AI tools if we remove the contract values? Our confidentiality policy isn't clear on it. What do most companies do?`, 'casual "confidentiality"'),


  rec('zoom', f`Reformat this invite for the all-hands: Thursday 21 January, 15:00 CET. Zoom meeting ID 845 3921 7760. Agenda: results 2026, roadmap 2027, Q&A.`),

  rec('kpi_csv', f`${cfg(f`week,orders,returns,nps
2027-W01,18420,1533,41
2027-W02,17960,1488,43
2027-W03,19105,1612,39`)}

Write two sentences about the trend for the weekly ops update.`),

  rec('stack_trace', f`${cfg(f`TypeError: Cannot read properties of undefined (reading 'map')
    at OrderList (webpack-internal:///./src/components/OrderList.tsx:42:18)
    at renderWithHooks (react-dom.development.js:16305:18)
    at mountIndeterminateComponent (react-dom.development.js:20074:13)`)}

Happens only when the customer has no orders yet. Quick fix?`, 'stack trace: ambiguous source code'),

  rec('helm_existing_secret', f`${cfg(f`auth:
  existingSecret: storefront-db-credentials
  secretKeys:
    adminPasswordKey: postgres-password
    userPasswordKey: password`)}

Does the chart create this secret or do I have to create it first?`, 'key names of a k8s Secret, no values'),
];

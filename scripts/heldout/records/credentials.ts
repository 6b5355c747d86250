/** Held-out records: credentials in the places people actually paste them. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, LOWER, DIGITS, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const OPENAI = tok('sk-proj-', fill('oa1a', B64URL, 74), 'T3BlbkFJ', fill('oa1b', B64URL, 74));
const OPENAI_SVC = tok('sk-svcacct-', fill('oa2a', B64URL, 74), 'T3BlbkFJ', fill('oa2b', B64URL, 74));
const ANTHROPIC = tok('sk-ant-api03-', fill('an1', B64URL, 93), 'AA');
const AKIA1 = tok('AKIA', fill('akia1', B32, 16));
const AWS_SECRET1 = fill('awss1', B64, 40);
const AKIA2 = tok('AKIA', fill('akia2', B32, 16));
const AWS_SECRET2 = fill('awss2', B64, 40);
const GHP1 = gh('ghp', 'Vq3TnR8mLw2KxZ9pHc4YbF7sJd1GeA');
const GHP2 = gh('ghp', 'm8QzX2cVb7NnL4kJ9hG3fD6sA1pWoE');
const GHO = gh('gho', 'Tz5RqW8eY3uI1oP7aS9dF2gH4jK6lZ');
const NPM = gh('npm', 'Hk2Lm9Nb4Vc7Xz1Qw8Er5Ty3Ui6OpA');
const GH_FINE = tok('github_pat_', '11', fill('ghf1', UPPER + DIGITS, 20), '_', fill('ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('glpat', B62 + '-_', 20));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('stripe1', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('stripe2', B62, 97));
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('stripe3', B62, 97));
const STRIPE_PK = tok('pk_', 'live_', '51', fill('stripe4', B62, 97));
const WHSEC = tok('whsec_', fill('whsec', B62, 32));
const SLACK_BOT = tok('xoxb-', '2918374650', '12-', '4820193847561-', fill('slackb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('sh1', UPPER + DIGITS, 7), '/B0', fill('sh2', UPPER + DIGITS, 9), '/', fill('sh3', B62, 24));
const GOOGLE = tok('AIza', 'Sy', fill('gapi', B64URL, 33));
const HF = tok('hf_', fill('hf', UPPER + LOWER, 34));
const SENDGRID = tok('SG.', fill('sg1', B64URL, 22), '.', fill('sg2', B64URL, 43));
const TELEGRAM = tok('7318264095', ':AA', fill('tg', B64URL, 33));
const TWILIO_SID = tok('AC', fill('twsid', HEX, 32));
const TWILIO_AUTH = fill('twauth', HEX, 32);
const DATADOG = fill('ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('dbx', HEX, 32));
const LINEAR = tok('lin_api_', fill('linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('pm1', HEX, 24), '-', fill('pm2', HEX, 34));
const CLOUDFLARE = fill('cftoken', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('do', HEX, 64));
const SHOPIFY = tok('shpat_', fill('shop', HEX, 32));
const MAILGUN = tok('key-', fill('mailgun', HEX, 32));
const GROQ = tok('gsk_', fill('groq', B62, 52));
const AZURE_CLIENT = tok(fill('azc1', B62, 3), '8Q~', fill('azc2', B62 + '._-', 34));
const AZURE_STORAGE = b64Bytes('azstor', 64);
const DOCKER_AUTH = b64('deploybot:Qm7!rTz2-Harbour');
const JWT1 = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '40817', role: 'support-agent', iat: 1731920400, exp: 1731924000 }, 'jwt1');
const JWT2 = jwt({ alg: 'RS256', kid: 'k-2024-09', typ: 'JWT' }, { iss: 'https://auth.fernhill-logistics.com', aud: 'orders-api', sub: 'svc-billing', scope: 'orders:read orders:write', exp: 1767225600 }, 'jwt2');
const BEARER_OPAQUE = fill('bearer', B62, 48);
const RSA_KEY = pem('RSA PRIVATE KEY', 'rsa1', 1190);
const OPENSSH_KEY = pem('OPENSSH PRIVATE KEY', 'ossh1', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC_KEY_ESCAPED = pem('PRIVATE KEY', 'gcp1', 1218, '\\n') + '\\n';
const SA_KEY_ID = fill('sakid', HEX, 40);
const BASIC = b64('jenkins-ci:Fjord#Lantern-5521');
const SESSION_SECRET = fill('django', B62 + '!@#%^&*(-_=+)', 50);
const GENERIC_API = fill('genapi', B62, 32);

export const CREDENTIALS: DraftRecord[] = [
  rec('chat', f`hey, my script started failing this morning with "Incorrect API key provided". I copied the key straight from the dashboard:

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

did they rotate something? it worked yesterday`),

  rec('env_file', f`here's my .env, the app can't reach the DB on staging, what's wrong?

${amb('source_code.snippet', f`NODE_ENV=staging
PORT=8080
DATABASE_URL=postgres://orders_app:${v('credential.database_url_password', 'pX7-wq2Lz9vN4bKe')}@orders-db.staging.internal:5432/orders
REDIS_URL=redis://redis.staging.internal:6379/0
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
LOG_LEVEL=debug
FEATURE_FLAGS=checkout_v2,new_search`)}`),

  rec('compose', f`docker compose up keeps restarting the db container. compose file:

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16.2-alpine
    environment:
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Kestrel-Harbor-2291')}
      POSTGRES_DB: wiki
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: ghcr.io/acme-internal/wiki:3.4.1
    depends_on: [db]
    ports:
      - "3000:3000"
volumes:
  pgdata: {}`)}

logs say "database system was interrupted; last known up at 2024-11-02 08:14:55 UTC"`),

  rec('terraform', f`Terraform plan errors out with "InvalidClientTokenId". Provider block below (I know, I'll move the keys to a profile later)

${amb('source_code.snippet', f`provider "aws" {
  region     = "eu-central-1"
  access_key = "${v('credential.aws_access_key_id', AKIA1)}"
  secret_key = "${v('credential.aws_secret_access_key', AWS_SECRET1)}"
}

resource "aws_s3_bucket" "reports" {
  bucket = "fernhill-monthly-reports"
  tags = {
    Team = "finance-data"
  }
}`)}`),

  rec('ci_yaml', f`Why does this workflow say "Bad credentials" on the release step?

${amb('source_code.snippet', f`name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: gh release create \${{ github.ref_name }} --generate-notes
        env:
          GH_TOKEN: ${v('credential.github_pat', GHP1)}`)}`),

  rec('npmrc', f`npm install fails with E401 on our private scope. ~/.npmrc:

${amb('source_code.snippet', f`@fernhill:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
save-exact=true
fund=false`)}`),

  rec('code_python', f`Can you convert this to async? It's slow when we charge 200 customers in a loop.

\`\`\`python
${v('source_code.snippet', f`import stripe

stripe.api_key = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"

def charge_all(customers):
    results = []
    for c in customers:
        intent = stripe.PaymentIntent.create(
            amount=c.amount_cents,
            currency="eur",
            customer=c.stripe_id,
            confirm=True,
        )
        results.append(intent.status)
    return results`)}
\`\`\``),

  rec('slack', f`**Marta K.** 10:42
can someone add the deploy notifications back? here's the incoming webhook for #deploys: ${v('credential.slack_webhook_url', SLACK_HOOK)}
**Ben O.** 10:44
on it :+1:`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-18T09:14:07.221Z INFO  auth-proxy request_id=7f3c9a1e-52b4-4c2e-9d0a-3be1f6a4c812 path=/v2/orders status=200 ms=41
2024-11-18T09:14:07.388Z DEBUG auth-proxy forwarding headers={"authorization":"Bearer ${v('credential.jwt', JWT1)}","x-forwarded-for":"${amb('pii.ip_address', '10.40.12.7')}"}
2024-11-18T09:14:07.390Z INFO  auth-proxy request_id=0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f path=/v2/orders/18342 status=404 ms=12`)}`),

  rec('ticket', f`Subject: SFTP key for the nightly export stopped working

Hi team,

the nightly export to our partner fails since Monday. I attached the key the job uses so you can check it's the right one:

${v('credential.private_key', RSA_KEY)}

Thanks,
Daniel`),

  rec('chat', f`how do I convert this openssh key to PEM format so paramiko accepts it?

${v('credential.openssh_private_key', OPENSSH_KEY)}`),

  rec('json_config', f`The BigQuery loader says "invalid_grant". Service account file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "fernhill-analytics-prod",
  "private_key_id": "${SA_KEY_ID}",
  "private_key": "${v('credential.private_key', EC_KEY_ESCAPED)}",
  "client_email": "${v('pii.email', 'bq-loader@fernhill-analytics-prod.iam.gserviceaccount.com')}",
  "client_id": "104928371625483920174",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('config', f`appsettings.Production.json snippet — the blob upload throws 403:

${amb('source_code.snippet', f`"Storage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=fernhilldocs;AccountKey=${v('credential.azure_storage_key', AZURE_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "invoices"
}`)}`),

  rec('shell', f`my backup cron stopped working after the upgrade to 8.4, here's the line from crontab -l:

${amb('source_code.snippet', f`15 2 * * * mysqldump -u backup -p${v('credential.mysql_cli_password', 'Bq4!nightly2024')} --single-transaction shop > /backups/shop-$(date +\\%F).sql`)}

it prints "mysqldump: Got error: 1045: Access denied"`),

  rec('curl', f`works in Postman but not in curl?

curl -s -u admin:${v('credential.cli_password', 'T4ngerine!Roof')} https://jenkins.fernhill.io/job/deploy-api/lastBuild/api/json | jq .result`),

  rec('properties', f`Spring Boot can't connect to Oracle after the migration:

${amb('source_code.snippet', f`spring.datasource.url=jdbc:oracle:thin:@//ora-prod-02.fernhill.local:1521/ERP
spring.datasource.username=erp_app
spring.datasource.password=${v('credential.password_assignment', 'Wm9!ledger#2025')}
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.show-sql=false`)}`),

  rec('code_python', f`Review my Django settings please, anything insecure?

\`\`\`python
${v('source_code.snippet', f`DEBUG = False
ALLOWED_HOSTS = ["shop.fernhill.io"]
SECRET_KEY = "${v('credential.generic_secret_assignment', SESSION_SECRET)}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "db",
    }
}`)}
\`\`\``),

  rec('code_go', f`${v('source_code.snippet', f`package storage

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

func newProvider() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider(
		"${v('credential.aws_access_key_id', AKIA2)}",
		"${v('credential.aws_secret_access_key', AWS_SECRET2)}",
		"",
	)
}`)}

why does the linter complain about this file?`),

  // The notebook cells are an ambiguous source_code span (batch 2's convention for short notebook
  // cells); this record had left them unlabelled until the engine began to flag them.
  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

In [4]:
model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")`)}

OSError: You are trying to access a gated repo. Make sure to have access to it.`),

  rec('code_python', f`bot doesn't answer /start, what am I doing wrong

${v('source_code.snippet', f`from telegram.ext import ApplicationBuilder, CommandHandler

async def start(update, context):
    await update.message.reply_text("Hallo! Ich bin der Lagerbot.")

app = ApplicationBuilder().token("${v('credential.telegram_bot_token', TELEGRAM)}").build()
app.add_handler(CommandHandler("start", start))
app.run_polling()`)}`),

  rec('code_js', f`${v('source_code.snippet', f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

module.exports = async function sendReceipt(order) {
  await sgMail.send({
    to: order.email,
    from: '${v('pii.email', 'receipts@fernhill.io')}',
    templateId: 'd-4f1c2b7a9e3d4c8b',
    dynamicTemplateData: { total: order.total, items: order.items },
  });
};`)}

getting 403 Forbidden from sendgrid — is the sender not verified?`),

  rec('chat', f`Twilio keeps rejecting our SMS with error 20003. Account SID ${v('credential.twilio_account_sid', TWILIO_SID)} and the auth token is ${v('credential.twilio_auth_token', TWILIO_AUTH)} — are these from different projects maybe?`),

  rec('git', f`git push fails with "Support for password authentication was removed". My remote:

origin  https://marta-k:${v('credential.github_pat', GHP2)}@github.com/fernhill/warehouse-ui.git (fetch)
origin  https://marta-k:${v('credential.github_pat', GHP2)}@github.com/fernhill/warehouse-ui.git (push)

it's a new PAT, created today`),

  rec('docker_config', f`~/.docker/config.json from the build agent:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.fernhill.io": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('chat_de', f`Hallo, kannst du mir helfen? Ich komme nicht mehr auf den Testserver. Benutzer ist "qa-team", das Passwort lautet ${v('credential.password_assignment', 'Sonnenblume!47')} – hat das jemand geändert?`),

  rec('chat_fr', f`Bonjour, voici les accès pour la démo client de jeudi :
identifiant : demo.fernhill
mot de passe : ${v('credential.password_assignment', 'Lavande-Brest-83')}
Merci de ne pas le diffuser.`),

  rec('chat_es', f`Oye, ¿me puedes revisar por qué falla el login en preproducción? Usuario: admin_pre, contraseña: ${v('credential.password_assignment', 'Girasol#2024pre')}. Devuelve 500 desde ayer.`),

  rec('teams', f`[09:03] Priya S.
Reset done. Temporary password for the staging admin console: ${v('credential.password_assignment', 'Quartz!Lantern88')}
[09:04] Priya S.
please change it after first login`),

  rec('toml', f`Datadog agent won't report from the container, config.toml:

${amb('source_code.snippet', f`[datadog]
site = "datadoghq.eu"
dd_api_key = "${v('credential.datadog_api_key', DATADOG)}"
env = "prod"
service = "label-printer"

[printer]
queue = "zebra-dock-3"
dpi = 300`)}`),

  rec('shell', f`vault kv get fails with permission denied, I exported the token like this:

export VAULT_ADDR=https://vault.fernhill.internal:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get secret/payments/psp`),

  rec('code_python', f`${v('source_code.snippet', f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-7362918450123456.7.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9f3a2c1b7d6e5f40",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT region, sum(net) FROM finance.sales GROUP BY region")
print(cur.fetchall())`)}

This works locally but times out in the scheduled job. Ideas?`),

  rec('chat', f`our Linear → Slack sync broke. API key is ${v('credential.linear_api_key', LINEAR)}, the Slack bot token is ${v('credential.slack_bot_token', SLACK_BOT)}. Can you write me a quick script to test both?`),

  rec('chat', f`Postman CLI asks for an API key in CI. I set POSTMAN_API_KEY=${v('credential.postman_api_key', POSTMAN)} but newman still says unauthorized`),

  rec('env_file', f`${amb('source_code.snippet', f`# cloudflare dns automation
CLOUDFLARE_ZONE_ID=4b7e2c9d1a3f5e6b8c0d2e4f6a8b0c1d
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CLOUDFLARE)}
DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
RECORD_TTL=300`)}
^ this is from our ops repo, is it OK to commit if the repo is private?`),

  rec('code_ruby', f`${v('source_code.snippet', f`ShopifyAPI::Context.setup(
  api_key: "3f9c2e71b04d",
  api_secret_key: ENV.fetch("SHOPIFY_SECRET"),
  host: "https://fernhill-store.myshopify.com",
  scope: "read_orders,write_products",
  is_embedded: false,
  api_version: "2024-10"
)
session = ShopifyAPI::Auth::Session.new(shop: "fernhill-store.myshopify.com", access_token: "${v('credential.shopify_access_token', SHOPIFY)}")`)}`),

  rec('chat', f`Mailgun says "Forbidden" for the EU domain. curl --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' https://api.eu.mailgun.net/v3/mg.fernhill.io/messages -F from=${v('pii.email', 'noreply@mg.fernhill.io')} -F to=${v('pii.email', 'test@fernhill.io')} -F subject=hi -F text=test`),

  rec('code_ts', f`${v('source_code.snippet', f`import Groq from 'groq-sdk';

const groq = new Groq({ apiKey: '${v('credential.groq_api_key', GROQ)}' });

export async function summarise(text: string): Promise<string> {
  const res = await groq.chat.completions.create({
    model: 'llama-3.1-70b-versatile',
    messages: [{ role: 'user', content: \`Summarise:\\n\${text}\` }],
  });
  return res.choices[0]?.message?.content ?? '';
}`)}`),

  rec('k8s', f`The pod can't pull secrets from Azure AD. Manifest:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: graph-client
  namespace: hr-sync
type: Opaque
stringData:
  AZURE_TENANT_ID: 8d3c1f2e-7b6a-4e59-9c0d-1a2b3c4d5e6f
  AZURE_CLIENT_ID: 0f9e8d7c-6b5a-4c3d-8e1f-2a3b4c5d6e7f
  AZURE_CLIENT_SECRET: ${v('credential.azure_client_secret', AZURE_CLIENT)}`)}`),

  rec('http', f`Raw request from the proxy log, the upstream returns 401:

${amb('source_code.snippet', f`GET /api/v1/shipments?status=open HTTP/1.1
Host: api.fernhill-logistics.com
Authorization: Bearer ${v('credential.bearer_token', BEARER_OPAQUE)}
Accept: application/json
User-Agent: okhttp/4.12.0`)}`),

  rec('http', f`${amb('source_code.snippet', f`POST /jenkins/job/nightly/build HTTP/1.1
Host: ci.fernhill.io
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Length: 0`)}`),

  rec('chat', f`Stripe webhook verification fails ("No signatures found matching the expected signature"). endpoint secret is ${v('credential.stripe_webhook_secret', WHSEC)} and I'm using the raw body. The restricted key for refunds is ${v('credential.stripe_restricted_key', STRIPE_RK)}. The test-mode key ${STRIPE_TEST} works fine though, and the publishable key ${STRIPE_PK} is in the frontend.`),

  rec('chat', f`is this JWT expired? ${v('credential.jwt', JWT2)}`),

  rec('chat', f`the GitLab runner can't clone submodules. I put ${v('credential.gitlab_pat', GLPAT)} in the .gitmodules URL but it still prompts for a password`),

  rec('chat', f`Using the fine-grained token ${v('credential.github_fine_grained_pat', GH_FINE)} I get 403 on /orgs/fernhill/members — does it need org permissions?`),

  rec('chat', f`Google Maps shows "This page can't load Google Maps correctly". Key: ${v('credential.google_api_key', GOOGLE)} — billing is enabled.`),

  rec('oauth', f`after the OAuth dance I get back {"access_token":"${v('credential.github_oauth_token', GHO)}","token_type":"bearer","scope":"repo,read:org"} but /user returns 401, why?`),

  rec('code_python', f`Please add retries with exponential backoff:

${v('source_code.snippet', f`import requests

API_KEY = "${v('credential.generic_secret_assignment', GENERIC_API)}"
BASE = "https://api.parcelhub.example/v3"

def track(number: str) -> dict:
    r = requests.get(f"{BASE}/tracking/{number}", headers={"X-Api-Key": API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()`)}`),

  rec('chat', f`I'm migrating from the project key to a service account key: ${v('credential.openai_api_key', OPENAI_SVC)} — do I need to change anything in the SDK call?`),
];

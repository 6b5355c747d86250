/** Held-out batch 16: credentials pasted in ordinary workplace prompts (configs, scripts, chats). Hand-written. */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const OPENAI = tok('sk-proj-', fill('b16-oai1', B64URL, 74), 'T3BlbkFJ', fill('b16-oai2', B64URL, 74));
const AKIA = tok('AKIA', fill('b16-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b16-awssec', B62 + '/+', 40);
const GHP = gh('ghp', 'Qm7Tz2Wx9Lk4Bn8Vd1Hs6Pr3Fj5Cy0');
const GH_FINE = tok('github_pat_', '11B', fill('b16-ghfg1', B62, 19), '_', fill('b16-ghfg2', B62, 59));
const SLACK_BOT = tok('xoxb-', '2847193056', '1-', '7719304825613-', fill('b16-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04RQ8M2K', '/', 'B07K3N9ZP2X', '/', fill('b16-slhook', B62, 24));
const STRIPE = tok('sk_', 'live_', '51', fill('b16-stripe', B62, 97));
const WHSEC = tok('whsec_', fill('b16-whsec', B62, 32));
const SENDGRID = tok('SG.', fill('b16-sg1', B64URL, 22), '.', fill('b16-sg2', B64URL, 43));
const AZ_SECRET = tok(fill('b16-azs1', B62, 3), '8Q~', fill('b16-azs2', B62 + '_~.-', 34));
const AZ_STORAGE = tok(fill('b16-azst', B64, 86), '==');
const SA_KEY = pem('PRIVATE KEY', 'b16-gcpsa', 1216).replace(/\n/g, '\\n') + '\\n';
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b16-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b16-rsa', 1190);
const HF = tok('hf_', fill('b16-hf', B62, 34));
const GROQ = tok('gsk_', fill('b16-groq', B62, 52));
const TELEGRAM = tok('7391825046', ':AA', fill('b16-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248301957264839172', '/', fill('b16-dischook', B64URL, 68));
const GLPAT = tok('glpat-', fill('b16-glpat', B62, 20));
const GOOGLE = tok('AIza', 'Sy', fill('b16-gapi', B64URL, 33));
const TW_SID = tok('AC', fill('b16-twsid', HEX, 32));
const TW_TOKEN = fill('b16-twtok', HEX, 32);
const MAILGUN = tok('key-', fill('b16-mg', HEX, 32));
const VAULT = tok('hvs.', 'CAESI', fill('b16-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b16-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b16-do', HEX, 64));
const CF_TOKEN = fill('b16-cf', B62 + '_-', 40);
const LINEAR = tok('lin_api_', fill('b16-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b16-pm1', HEX, 24), '-', fill('b16-pm2', HEX, 34));
const SHOPIFY = tok('shpat_', fill('b16-shpat', HEX, 32));
const NPM = gh('npm', 'Rk2Vb7Nq4Xs9Lm1Hd6Tc3Wp8Gz5Jf0');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b16-atl', B64URL, 171), '=', fill('b16-atl2', HEX.toUpperCase(), 8));
const SENTRY_KEY = fill('b16-sentry', HEX, 32);
const DOCKER_AUTH = b64('deploy-bot:Kf82!mQz-Lw0x');
const BASIC = b64('svc_reporting:Winter-Pier-5830');
const JWT_ACCESS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'k-2024-09' }, { sub: 'u_48213', iss: 'https://auth.pinecrest-retail.com', aud: 'orders-api', scope: 'orders:read orders:write', iat: 1727340211, exp: 1727343811 }, 'b16-jwt1');
const DEEPL_LIKE = fill('b16-genkey', LOWER + DIGITS, 36);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH16_CREDENTIALS: DraftRecord[] = [
  rec('code_python', f`why does this keep saying "You exceeded your current quota"? i literally just topped up

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Summarise this ticket in 2 lines"}],
)
print(resp.choices[0].message.content)`)}`),

  rec('ini', f`boto3 picks the wrong profile on my laptop. ~/.aws/credentials:

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1

[sandbox]
sso_session = kestrel
sso_account_id = 418203957716
sso_role_name = DeveloperAccess`)}

How do I make boto3 use "sandbox" without setting AWS_PROFILE every time?`),

  rec('shell', f`git push fails with 403 since this morning, remote is set like this:

$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/kestrel-dynamics/fleet-portal.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/kestrel-dynamics/fleet-portal.git (push)

did the token expire or is it the SSO thing?`),

  rec('chat', f`I made a fine-grained token for the release workflow: ${v('credential.github_fine_grained_pat', GH_FINE)} — it has contents:write on the repo but "gh release create" still says "Resource not accessible by personal access token". what permission am I missing?`),

  rec('env_file', f`can you convert this .env into a kubernetes secret manifest?

${amb('source_code.snippet', f`NODE_ENV=production
PORT=8080
SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}
SLACK_SIGNING_SECRET=${v('credential.generic_secret_assignment', fill('b16-slsign', HEX, 32))}
ALERT_CHANNEL=#ops-alerts`)}`),

  rec('code_bash', f`Cron script posts nothing to the channel, but curl by hand works?

${code(f`#!/bin/bash
USAGE=$(df -h /data | awk 'NR==2 {print $5}')
if [ "\${USAGE%\\%}" -gt 85 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"disk on $(hostname) at $USAGE\\"}" \\
    ${v('credential.slack_webhook_url', SLACK_HOOK)}
fi`)}`),

  rec('code_js', f`${code(f`// routes/checkout.js
const stripe = require('stripe')('${v('credential.stripe_secret_key', STRIPE)}');

router.post('/create-session', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: req.body.items.map((i) => ({ price: i.priceId, quantity: i.qty })),
    success_url: \`\${BASE_URL}/thanks?session_id={CHECKOUT_SESSION_ID}\`,
    cancel_url: \`\${BASE_URL}/cart\`,
  });
  res.json({ url: session.url });
});`)}

we're getting double orders sometimes, could this route be called twice?`),

  rec('chat', f`stripe webhook signature verification fails only in prod. The endpoint secret in the dashboard is ${v('credential.stripe_webhook_secret', WHSEC)} and I'm passing req.body after express.json() — is that the problem?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: fleet
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Tr0ut-Harbour-91')}
      POSTGRES_DB: fleet
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    environment:
      DATABASE_URL: postgres://fleet:${v('credential.database_url_password', 'Tr0ut-Harbour-91')}@db:5432/fleet
    depends_on: [db]
volumes:
  pgdata:`)}

api container starts before postgres is ready and crashes, how do I add a healthcheck?`),

  rec('chat_de', f`Kannst du mir eine kurze Anleitung für die Kollegen schreiben, wie man den neuen Etikettendrucker im Lager einrichtet? Der Admin-Zugang am Drucker ist "admin", das Passwort ist ${v('credential.password_in_prose', 'Lager2024!Nord')}. Das Passwort soll aber nicht in der Anleitung stehen.`),

  rec('curl', f`getting 401 from our own orders API with a token I copied from the browser devtools:

curl -H "Authorization: Bearer ${v('credential.jwt', JWT_ACCESS)}" https://api.pinecrest-retail.com/v2/orders?status=open

is it expired? how do I read the exp?`),

  rec('code_csharp', f`${code(f`var client = new SendGridClient("${v('credential.sendgrid_api_key', SENDGRID)}");
var msg = new SendGridMessage
{
    From = new EmailAddress("${amb('pii.email', 'no-reply@pinecrest-retail.com')}", "Pinecrest Orders"),
    Subject = "Your order has shipped",
    PlainTextContent = body
};
msg.AddTo(new EmailAddress(customer.Email));
var response = await client.SendEmailAsync(msg);`)}

response.StatusCode is 403 Forbidden. sender is verified I think`),

  rec('json_config', f`Our .NET app can't get a token from Entra ID, error AADSTS7000215 invalid client secret. appsettings.json:

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6f2a9c41-8d3e-4b7a-a5c2-19e0f4d7b386",
    "ClientId": "b83d1e07-52fa-4c69-9e14-7a0c3f5d28e1",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}`)}`),

  rec('chat', f`Function app can't read the blob container. connection string in local.settings.json is DefaultEndpointsProtocol=https;AccountName=pcrdatalake01;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net — works locally, not in Azure. Why?`),

  rec('json_config', f`I'm trying to use this service account in a GitHub Action but it says "invalid_grant: Invalid JWT Signature". Here's the key file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kestrel-analytics-prod",
  "private_key_id": "${fill('b16-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_KEY)}",
  "client_email": "${amb('pii.email', 'bq-loader@kestrel-analytics-prod.iam.gserviceaccount.com')}",
  "client_id": "108273649105827364910",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-loader%40kestrel-analytics-prod.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('chat', f`ssh keeps saying "Load key: invalid format" for the deploy key the contractor sent. is it broken?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('chat', f`Nginx won't start: "PEM_read_bio_PrivateKey() failed". The key file /etc/ssl/private/shop.key contains:

${v('credential.private_key', RSA)}

and the cert is from the same CSR I'm pretty sure.`),

  rec('shell', f`restore of the staging dump is super slow, anything wrong with this?

mysql -h ${amb('pii.ip_address', '10.20.4.17')} -u app_rw -p${v('credential.mysql_cli_password', 'Pelican77#')} shop_staging < dump_2024-10-02.sql`),

  rec('postman', f`Postman works, my python doesn't. Postman shows this header in the console:

Authorization: Basic ${v('credential.basic_auth_header', BASIC)}

and my code does requests.get(url, auth=("svc_reporting", os.environ["PW"])). What's different?`),

  rec('code_python', f`${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
clf = pipeline("text-classification", model="kestrel/ticket-router-v2")
print(clf("My invoice shows the wrong VAT rate"))`)}

gives 401 on the private model even after login, the token is read-only. is that enough?`),

  rec('chat', f`quick one - groq or openai for a cheap classifier? i already have a groq key ${v('credential.groq_api_key', GROQ)}, can you show the python call with llama-3.1-8b-instant`),

  rec('code_python', f`bot doesn't answer in the group chat, only in private:

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

async def status(update, context):
    await update.message.reply_text("All systems normal")

app = ApplicationBuilder().token("${v('credential.telegram_bot_token', TELEGRAM)}").build()
app.add_handler(CommandHandler("status", status))
app.run_polling()`)}`),

  rec('chat', f`Make this webhook post an embed with a red colour when the build fails: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — we use it from a GitLab job.`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`stages: [build, release]

release:
  stage: release
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - 'curl --header "PRIVATE-TOKEN: ${v('credential.gitlab_pat', GLPAT)}" --data "name=v$CI_COMMIT_TAG&tag_name=$CI_COMMIT_TAG" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
  rules:
    - if: $CI_COMMIT_TAG`)}

it works but my colleague says I shouldn't do it like this?`),

  rec('code_js', f`map shows "For development purposes only" watermark, billing is enabled. snippet:

${code(f`<script async
  src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap&libraries=places">
</script>`)}`),

  rec('chat_es', f`Hola, ¿me ayudas con este error de Twilio? "20003 Authenticate". Estoy usando el Account SID ${v('credential.twilio_account_sid', TW_SID)} y el Auth Token ${v('credential.twilio_auth_token', TW_TOKEN)} que copié de la consola, pero no funciona desde el servidor.`),

  rec('code_php', f`${code(f`<?php
$mg = Mailgun\\Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');
$mg->messages()->send('mg.pinecrest-retail.com', [
    'from'    => 'Pinecrest <${amb('pii.email', 'orders@mg.pinecrest-retail.com')}>',
    'to'      => $customerEmail,
    'subject' => 'Invoice ' . $invoiceNo,
    'text'    => $body,
]);`)}

emails go to spam in outlook, what DNS records should I check?`),

  rec('shell', f`vault says "permission denied" when I read the kv path, but my token should have the policy:

$ export VAULT_ADDR=https://vault.kestrel.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/fleet/api
Error reading secret/data/fleet/api: Code: 403`),

  rec('code_python', f`${code(f`from databricks import sql

with sql.connect(
    server_hostname="adb-4827193056213847.9.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8f3a91c27d4e5b60",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
) as conn:
    with conn.cursor() as cur:
        cur.execute("SELECT region, SUM(net_sales) FROM sales.daily GROUP BY region")
        print(cur.fetchall())`)}

how can I get this straight into a pandas dataframe?`),

  rec('hcl', f`${amb('source_code.snippet', f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "digitalocean_droplet" "web" {
  image  = "ubuntu-24-04-x64"
  name   = "web-1"
  region = "fra1"
  size   = "s-1vcpu-2gb"
}`)}

terraform plan wants to recreate the droplet every time, why?`),

  rec('java_props', f`${amb('source_code.snippet', f`spring.datasource.url=jdbc:postgresql://db-prod.kestrel.internal:5432/fleet
spring.datasource.username=fleet_app
spring.datasource.password=${v('credential.password_assignment', 'Kx9#vTq2!rLm')}
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false`)}

getting "FATAL: too many connections" at peak times, what hikari settings would you recommend?`),

  rec('chat_fr', f`Tu peux m'aider à rédiger un message pour le nouveau stagiaire ? Il doit se connecter au NAS de l'agence : identifiant "stagiaire.compta", mot de passe ${v('credential.password_in_prose', 'Mistral-Lavande-38')}. Je voudrais un ton sympa mais lui rappeler de ne pas le partager.`),

  rec('powershell', f`${code(f`$user = "KESTREL\\svc-backup"
$pass = ConvertTo-SecureString "${v('credential.password_assignment', 'B4ckup!Svc-2024')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name Z -PSProvider FileSystem -Root "\\\\fs02\\archive" -Credential $cred -Persist`)}

the drive disappears after reboot even with -Persist. why?`),

  rec('chat_hi_en', f`yaar office ka naya wifi connect nahi ho raha laptop pe. SSID "Kestrel-Staff" hai aur password ${v('credential.password_in_prose', 'Chai@4pm2024')} diya tha IT ne. Windows 11 pe "can't connect to this network" aa raha hai, kya karun?`),

  rec('chat', f`Sentry isn't receiving errors from the react app. Init looks like this: Sentry.init({ dsn: "${amb('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507182.ingest.de.sentry.io/4507183910`)}", tracesSampleRate: 0.2 }) — do I need to whitelist the ingest domain in our CSP?`, 'frontend Sentry DSNs are shipped to browsers by design: ambiguous'),

  rec('code_python', f`${code(f`import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://kestrel.atlassian.net"
auth = HTTPBasicAuth("${v('pii.email', 'm.oduya@kestrel-dynamics.com')}", "${v('credential.atlassian_api_token', ATLASSIAN)}")

r = requests.get(f"{JIRA}/rest/api/3/search", params={"jql": "project = FLEET AND sprint in openSprints()"}, auth=auth)
for issue in r.json()["issues"]:
    print(issue["key"], issue["fields"]["summary"])`)}

how do I also get the story points field?`),

  rec('npmrc', f`npm install in docker build fails with E401 for our private scope:

${amb('source_code.snippet', f`@kestrel:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Dockerfile copies .npmrc before npm ci. what else?`, 'npm token as the .npmrc _authToken value: two labels on one span, as in batch 2'),

  rec('chat', f`Linear API returns "Authentication required" with header Authorization: ${v('credential.linear_api_key', LINEAR)} — do I need "Bearer" in front for personal keys?`),

  rec('chat', f`can you write a GitHub Action that runs our Postman collection with newman? I'd use the API key ${v('credential.postman_api_key', POSTMAN)} to fetch the collection from the Postman API.`),

  rec('env_file', f`${amb('source_code.snippet', f`SHOPIFY_STORE=pinecrest-outlet.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHOPIFY)}
SHOPIFY_API_VERSION=2024-07
SYNC_INTERVAL_MIN=15`)}

write a node script that pulls all products with inventory < 5 and posts them to a google sheet`),

  rec('json_config', f`docker pull from our registry works on my mac but not on the build agent, this is the agent's ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.kestrel-dynamics.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": "desktop"
}`)}`),

  rec('chat_pt', f`Oi! Pode revisar esse script? Ele chama a API de tradução da empresa com a chave ${ambCat('credential', DEEPL_LIKE)} mas às vezes retorna 429. Quero adicionar retry com backoff exponencial.`, 'an unprefixed vendor API key mentioned in prose: sensitive, but no rule claims it (ambiguous, no rule id)'),
];

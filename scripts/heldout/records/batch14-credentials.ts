/**
 * Held-out batch 14: credentials pasted into chat prompts — config files, scripts, terminal output,
 * mails and chat messages. Hand-written, not measured yet.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA_1 = tok('AKIA', fill('b14-akia1', B32, 16));
const AWS_SECRET_1 = fill('b14-awssec1', B62 + '+/', 40);
const AKIA_2 = tok('AKIA', fill('b14-akia2', B32, 16));
const AWS_SECRET_2 = fill('b14-awssec2', B62 + '+/', 40);
const GHP = gh('ghp', 'Tq8Vn3Lc6Xw1Rz4Kb7Mh2Pd9Js5Fy0');
const SLACK_BOT = tok('xoxb-', '284719365048', '-', '7391028465017', '-', fill('b14-xoxb', B62, 24));
const SLACK_SIGNING = fill('b14-slacksign', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b14-hookt', UPPER + DIGITS, 6), '/B07', fill('b14-hookb', UPPER + DIGITS, 8), '/', fill('b14-hook', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b14-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b14-whsec', B62, 32));
const OPENAI = tok('sk-', 'proj-', fill('b14-oai1', B64URL, 74), 'T3BlbkFJ', fill('b14-oai2', B64URL, 74));
const PINECONE = tok('pcsk_', fill('b14-pc1', B62, 6), '_', fill('b14-pc2', B62, 64));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b14-ant', B64URL, 93), 'AA');
const GMAPS = tok('AIza', 'Sy', fill('b14-gmaps', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b14-gcpsa', 1216, '\\n', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
const AZ_STORAGE = b64Bytes('b14-azstore', 64);
const AZ_CLIENT_SECRET = tok(fill('b14-azcs1', B62, 3), '8Q~', fill('b14-azcs2', B62 + '-_.', 34));
const TWILIO_SID = tok('AC', fill('b14-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b14-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b14-sg1', B64URL, 22), '.', fill('b14-sg2', B64URL, 43));
const TELEGRAM = tok('7', fill('b14-tgid', DIGITS, 9), ':AA', fill('b14-tg', B64URL, 33));
const JWT_API = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kb-2024-09' }, { sub: 'u_48213', email_verified: true, roles: ['orders:read', 'orders:write'], iss: 'https://auth.kestrelbay.com/', aud: 'orders-api', iat: 1733211480, exp: 1733215080 }, 'b14-jwtsig');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b14-rsa', 1190, '\n', 'MIIEpAIBAAKCAQEA');
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b14-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const NPM = gh('npm', 'Hc5Wm2Yq8Ra4Tv1Lk7Zn3Gb9Ds6Xp0');
const GH_FINE = tok('github_pat_', '11', fill('b14-ghfg1', UPPER + DIGITS, 20), '_', fill('b14-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b14-glpat', B62 + '-_', 20));
const DD_API = fill('b14-ddapi', HEX, 32);
const DD_APP = fill('b14-ddapp', HEX, 40);
const HF = tok('hf_', fill('b14-hf', UPPER + LOWER, 34));
const BASIC = b64('kb_reports_svc:Ledger#Falcon88');
const DJANGO_SECRET = fill('b14-django', LOWER + DIGITS + '!@#%^&*(-_=+)', 50);
const SENTRY_DSN = tok('https://', fill('b14-sentry', HEX, 32), '@o4506218.ingest.de.sentry.io/4506218337492992');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b14-atl', B64URL, 171), '=', fill('b14-atl2', HEX.toUpperCase(), 8));
const DOCKER_AUTH = b64('svc-harbor-pull:Qm7!rT2vXp');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH14_CREDENTIALS: DraftRecord[] = [
  rec('ini', f`I keep getting SignatureDoesNotMatch from boto3 on my new laptop but the same keys work on my old one. Here's ~/.aws/credentials, did I mess up the format?

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA_1)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET_1)}
region = eu-central-1

[billing-legacy]
aws_access_key_id=${v('credential.aws_access_key_id', AKIA_2)}
aws_secret_access_key=${v('credential.aws_secret_access_key', AWS_SECRET_2)}`)}`),

  rec('terminal', f`push suddenly fails for the deploy bot, any idea? nothing changed on our side

$ git push origin feature/invoice-export
remote: Permission to kestrelbay/billing-api.git denied to kb-deploy-bot.
fatal: unable to access 'https://github.com/kestrelbay/billing-api.git/': The requested URL returned error: 403
$ git remote -v
origin	https://kb-deploy-bot:${v('credential.url_password', v('credential.github_pat', GHP))}@github.com/kestrelbay/billing-api.git (fetch)
origin	https://kb-deploy-bot:${v('credential.url_password', v('credential.github_pat', GHP))}@github.com/kestrelbay/billing-api.git (push)`, 'a ghp_ token in the password slot of a remote URL: both labels on each span'),

  rec('code_python', f`The bot answers slash commands fine but never gets the message events. What am I missing?

\`\`\`python
${code(f`import os
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(
    token="${v('credential.slack_bot_token', SLACK_BOT)}",
    signing_secret="${v('credential.generic_secret_assignment', SLACK_SIGNING)}",
)

@app.event("message")
def on_message(event, say):
    if "invoice" in event.get("text", "").lower():
        say("Looking that up for you…")

if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()`)}
\`\`\``),

  rec('shell', f`can you make this script only alert when the disk is above 90% for two runs in a row?

${code(f`#!/bin/bash
USAGE=$(df -h /data | awk 'NR==2 {print $5}' | tr -d '%')
if [ "$USAGE" -gt 90 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"/data on $(hostname) is at \${USAGE}%\\"}" \\
    ${v('credential.slack_webhook_url', SLACK_HOOK)}
fi`)}`),

  rec('code_js', f`Stripe webhook keeps failing with "No signatures found matching the expected signature for payload". Express code:

${code(f`const stripe = require('stripe')('${v('credential.stripe_secret_key', STRIPE_LIVE)}');
const endpointSecret = '${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}';

app.use(express.json());

app.post('/webhooks/stripe', (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  if (event.type === 'invoice.paid') markPaid(event.data.object.id);
  res.json({ received: true });
});`)}`),

  rec('env_file', f`${cfg(f`OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
OPENAI_MODEL=gpt-4o-mini
PINECONE_API_KEY=${v('credential.generic_secret_assignment', PINECONE)}
PINECONE_INDEX=kb-handbook
CHUNK_SIZE=800
CHUNK_OVERLAP=120`)}

this is my .env for the handbook chatbot. the retrieval returns nothing relevant, is chunk size the problem or the model?`),

  rec('code_python', f`${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise(ticket_text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarise this support ticket in 3 bullets:\\n{ticket_text}"}],
    )
    return msg.content[0].text`)}

how do I make this async so I can run 50 tickets at once without hitting the rate limit?`),

  rec('code_html', f`The map shows "For development purposes only" watermark on our store locator page. Snippet:

${code(f`<div id="map" style="height:420px"></div>
<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('map'), { center: { lat: 51.5072, lng: -0.1276 }, zoom: 11 });
    stores.forEach((s) => new google.maps.Marker({ position: s.pos, map, title: s.name }));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initMap"></script>`)}`),

  rec('json_config', f`terraform plan fails with "oauth2: cannot fetch token: 400 Bad Request". This is the key file the provider points to (credentials = file("sa.json")):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kestrelbay-data-prod",
  "private_key_id": "${fill('b14-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'tf-runner@kestrelbay-data-prod.iam.gserviceaccount.com')}",
  "client_id": "104827391650283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'tf-runner%40kestrelbay-data-prod.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Could the clock on the runner be off?`),

  rec('json_config', f`Azure Function works locally but the queue trigger never fires after deploy. local.settings.json:

${cfg(f`{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=kbfuncstore01;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "OrdersQueueName": "orders-inbound"
  }
}`)}`),

  rec('json_config', f`Getting AADSTS7000215 "Invalid client secret provided" in the API. appsettings.Production.json:

${cfg(f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "6b2f9c1e-84a7-4d3b-9e05-1c7a2f8d4b60",
  "ClientId": "d41e8a73-2c95-4f10-b6e8-93a5c07f12d4",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}",
  "Audience": "api://kb-orders"
}`)}

I copied the secret from the portal right after creating it so it should be right?`),

  rec('code_php', f`${code(f`<?php
require __DIR__ . '/vendor/autoload.php';
use Twilio\\Rest\\Client;

$sid   = '${v('credential.twilio_account_sid', TWILIO_SID)}';
$token = '${v('credential.twilio_auth_token', TWILIO_TOKEN)}';
$client = new Client($sid, $token);

foreach ($appointments as $a) {
    $client->messages->create($a['phone'], [
        'from' => 'KestrelDent',
        'body' => "Reminder: your appointment is tomorrow at {$a['time']}. Reply C to cancel.",
    ]);
}`)}

Alphanumeric sender works in the UK but not for US numbers, why?`),

  rec('code_csharp', f`emails from our .NET app land in spam since last week. this is how we send:

${code(f`var client = new SendGridClient("${v('credential.sendgrid_api_key', SENDGRID)}");
var msg = new SendGridMessage
{
    From = new EmailAddress("${amb('pii.email', 'no-reply@kestrelbay.com')}", "Kestrelbay Orders"),
    Subject = $"Your order {order.Number} has shipped",
    PlainTextContent = BuildText(order),
};
msg.AddTo(new EmailAddress(order.CustomerEmail));
var response = await client.SendEmailAsync(msg);`)}

SPF and DKIM pass in the headers.`, 'no-reply sender address: machine mailbox, ambiguous'),

  rec('code_python', f`bhai ye telegram bot group mein reply nahi kar raha, private chat mein chal raha hai. kya galat hai?

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

async def status(update, context):
    await update.message.reply_text("Server OK ✅")

app = ApplicationBuilder().token("${v('credential.telegram_bot_token', TELEGRAM)}").build()
app.add_handler(CommandHandler("status", status))
app.run_polling()`)}`),

  rec('curl', f`Why does this return 403 and not 401? The token is from the login response 5 minutes ago.

curl -X PATCH https://api.kestrelbay.com/v2/orders/ORD-558102 \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_API)}" \\
  -H "Content-Type: application/json" \\
  -d '{"status":"cancelled","reason":"customer request"}'`),

  rec('docker_compose', f`${cfg(f`version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: inventory
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'St0ckR00m-2024!')}
      POSTGRES_DB: inventory
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    environment:
      DATABASE_URL: postgres://inventory:${v('credential.database_url_password', 'St0ckR00m-2024!')}@db:5432/inventory
      REDIS_PASSWORD: changeme
    depends_on: [db]
volumes:
  pgdata:`)}

api container starts before postgres is ready and crashes. how do I add a healthcheck?`),

  rec('shell', f`cron job that exports the monthly sales, it works when I run it by hand but the cron mail says "Access denied for user"

${code(f`#!/bin/bash
cd /opt/reports
mysql -h ${amb('pii.ip_address', '10.20.4.15')} -u reporting -p'${v('credential.mysql_cli_password', 'Rp0rt!ng_May24')}' sales_dw < monthly_sales.sql > /tmp/monthly_sales.tsv
python3 upload_to_sharepoint.py /tmp/monthly_sales.tsv`)}`),

  rec('java_props', f`${cfg(f`# application-prod.properties
server.port=8080
spring.datasource.url=jdbc:postgresql://pg-prod-01.internal:5432/claims
spring.datasource.username=claims_app
spring.datasource.password=${v('credential.password_assignment', 'Cl41ms#Prod!9')}
spring.jpa.hibernate.ddl-auto=validate
spring.mail.host=smtp.office365.com
spring.mail.username=${amb('pii.email', 'claims-notify@tidewell-insurance.com')}
spring.mail.password=${v('credential.password_assignment', 'Tw-Notify-2291')}`)}

After upgrading to Spring Boot 3.3 the app won't start: "Failed to determine a suitable driver class". What changed?`),

  rec('chat_de', f`Kannst du mir einen kurzen Aushang für den Empfang schreiben? Inhalt: Das Gäste-WLAN heißt "Ostwind-Gast", das Passwort lautet ${v('credential.password_in_prose', 'Lagerhalle2024!')} und gilt bis Ende Januar. Bei Problemen bitte an die IT (Durchwahl 214) wenden.`),

  rec('email_fr', f`Bonjour, peux-tu reformuler ce mail pour qu'il soit plus chaleureux ?

"Bonjour Inès, ton compte est créé. Identifiant : ines.garnier, mot de passe provisoire : ${v('credential.password_in_prose', 'Vernet#Accueil71')}. Tu devras le changer à la première connexion. Le VPN sera activé lundi."`),

  rec('chat', f`I generated this key for the SFTP partner connection, openssl says "unable to load Private Key". Is the file broken or is it the wrong format?

${v('credential.private_key', RSA_KEY)}`),

  rec('chat', f`GitHub Actions deploy step fails with "Permission denied (publickey)". The secret DEPLOY_KEY contains this:

${v('credential.openssh_private_key', OSSH_KEY)}

and the public key is added as a deploy key with write access. Do I need the trailing newline?`),

  rec('npmrc', f`npm install of our private packages gives 404 in Docker but works on my machine. The .npmrc I copy into the image:

${cfg(f`registry=https://registry.npmjs.org/
@kestrelbay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}`, 'npm_ token as the .npmrc _authToken: two labels on one span, as batch 2'),

  rec('curl', f`Fine-grained token can list the repo but creating an issue gives "Resource not accessible by personal access token":

curl -L -X POST \\
  -H "Accept: application/vnd.github+json" \\
  -H "Authorization: Bearer ${v('credential.github_fine_grained_pat', GH_FINE)}" \\
  https://api.github.com/repos/kestrelbay/ops-runbooks/issues \\
  -d '{"title":"Rotate SFTP keys","labels":["ops"]}'`),

  rec('code_python', f`${code(f`import gitlab

gl = gitlab.Gitlab("https://gitlab.com", private_token="${v('credential.gitlab_pat', GLPAT)}")
project = gl.projects.get("fernhill/platform/infra")

stale = [mr for mr in project.mergerequests.list(state="opened", iterator=True)
         if mr.updated_at < "2024-09-01"]
for mr in stale:
    print(mr.iid, mr.title, mr.author["username"])`)}

can you extend this so it also comments "closing due to inactivity" and closes them?`),

  rec('helm_values', f`${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.eu
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
clusterAgent:
  enabled: true`)}

agents run but no logs show up in the EU account. anything wrong in these values?`),

  rec('notebook', f`In [2]:
${cfg(f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
clf = pipeline("text-classification", model="fernhill/ticket-router-v2")`)}

OSError: fernhill/ticket-router-v2 is not a local folder and is not a valid model identifier

it's a private model in our org, what's wrong?`),

  rec('postman', f`Copied this from Postman's code view, works there but not from our cron box:

curl --location 'https://erp.kestrelbay.com/api/v1/reports/stock?warehouse=LDN2' \\
--header 'Accept: application/json' \\
--header 'Authorization: Basic ${v('credential.basic_auth_header', BASIC)}'

the cron box gets a 302 to the login page.`),

  rec('json_config', f`EF migrations fail against the Azure SQL db with a login timeout:

${cfg(f`{
  "ConnectionStrings": {
    "Default": "Server=tcp:kb-sql-prod.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=${v('credential.connection_string_password', 'Hk2$wP9!eLmz')};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}`)}

firewall rule for my IP is added.`),

  rec('code_python', f`Django keeps returning 400 Bad Request in production only. settings/prod.py:

${code(f`from .base import *
import sentry_sdk

DEBUG = False
SECRET_KEY = "${v('credential.generic_secret_assignment', DJANGO_SECRET)}"
ALLOWED_HOSTS = ["portal.fernhill.io"]

sentry_sdk.init(
    dsn="${v('credential.sentry_dsn', SENTRY_DSN)}",
    traces_sample_rate=0.1,
)`)}`),

  rec('code_python', f`Can you change this so it also pulls the sprint name for each issue?

${code(f`from jira import JIRA

jira = JIRA(
    server="https://fernhill.atlassian.net",
    basic_auth=("${v('pii.email', 'd.mcallister@fernhill.io')}", "${v('credential.atlassian_api_token', ATLASSIAN)}"),
)
issues = jira.search_issues("project = PLAT AND resolution = Unresolved ORDER BY priority DESC", maxResults=200)
for i in issues:
    print(i.key, i.fields.summary, i.fields.assignee)`)}`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar un mensaje para el equipo de marketing? Quiero decirles que a partir de hoy la cuenta de Instagram de la empresa la gestiona Lucía, que el usuario sigue siendo @alcaraz.hogar y que la nueva contraseña es ${v('credential.password_in_prose', 'Alcaraz_Hogar#25')}, que no la compartan fuera del equipo.`),

  rec('env_file', f`Alguém me ajuda? A aplicação não conecta no banco depois que mudamos para o RDS. Meu .env:

${cfg(f`NODE_ENV=production
PORT=3000
DATABASE_URL=postgresql://verdera_app:${v('credential.database_url_password', 'S3guros!Verdera')}@verdera-prod.c8xk2mq4lzta.sa-east-1.rds.amazonaws.com:5432/apolices
JWT_EXPIRES_IN=1d`)}

O erro é "no pg_hba.conf entry for host ... SSL off".`),

  rec('email_pl', f`Popraw proszę ten mail, żeby brzmiał bardziej profesjonalnie:

"Cześć Marek, założyłem Ci konto w systemie magazynowym. Login: m.zielinski, hasło tymczasowe: ${v('credential.password_in_prose', 'Kaszuby!2024')} – zmień je jak się zalogujesz. Jak coś nie działa to dzwoń."`),

  rec('json_config', f`${cfg(f`{
  "auths": {
    "harbor.fernhill.io": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

this is the ~/.docker/config.json on the build agent. pulls from harbor work but pushes get "unauthorized: unauthorized to access repository". is it the robot account permissions?`),

  rec('powershell', f`Script to map the finance share at logon, it asks for credentials anyway. Why?

${code(f`$User = "KESTRELBAY\\svc-finshare"
$Password = "${v('credential.password_assignment', 'Fin$hare-Q4-2024')}"
$Secure = ConvertTo-SecureString $Password -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential ($User, $Secure)
New-PSDrive -Name "F" -PSProvider FileSystem -Root "\\\\kb-fs02\\finance" -Credential $Cred -Persist`)}`),
];

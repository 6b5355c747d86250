/**
 * Held-out batch 9: credentials as employees of a typical multinational paste them — .env files,
 * configs, everyday code, shell sessions, curl, chat and e-mail. Representative, not adversarial:
 * mainstream providers and formats, mostly English. Hand-written after batches 1–8 were measured;
 * measured once on the frozen engine (tests/corpus-heldout/README.md, "Ninth batch").
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b9-akia', B32, 16));
const AKIA_SECRET = fill('b9-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b9-akia2', B32, 16));
const AKIA2_SECRET = fill('b9-akia2s', B64, 40);
const GHP = gh('ghp', 'Tb4Wn8Kq2Zr6Hv1Xm9Ld3Pc7Fs5Jy0');
const GH_FINE = tok('github_', 'pat_', '11A', fill('b9-ghfg1', UPPER + DIGITS, 19), '_', fill('b9-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b9-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '6102938475', '2-', '7419203856104-', fill('b9-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b9-sh1', UPPER + DIGITS, 7), '/B08', fill('b9-sh2', UPPER + DIGITS, 8), '/', fill('b9-sh3', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b9-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b9-whsec', B62, 32));
const OA_PROJ = tok('sk-', 'proj-', fill('b9-oaproj1', B64URL, 74), 'T3Blbk', 'FJ', fill('b9-oaproj2', B64URL, 74));
const OA_PROJ2 = tok('sk-', 'proj-', fill('b9-oaproj3', B64URL, 74), 'T3Blbk', 'FJ', fill('b9-oaproj4', B64URL, 74));
const ANT_API = tok('sk-ant-', 'api03-', fill('b9-ant', B64URL, 93), 'AA');
const ANT_API2 = tok('sk-ant-', 'api03-', fill('b9-ant2', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b9-hf', UPPER + 'abcdefghijklmnopqrstuvwxyz', 34));
const GOOGLE = tok('AIza', 'Sy', fill('b9-aiza', B62 + '-_', 33));
const GCP_PEM = pem('PRIVATE KEY', 'b9-gcp', 1216, '\\n') + '\\n';
const AZ_KEY = fill('b9-azkey', B64, 86) + '==';
const AZ_CLIENT_SECRET = tok(fill('b9-azcs1', B62, 3), '8Q~', fill('b9-azcs2', B62 + '-_.~', 34));
const TW_SID = tok('AC', fill('b9-twsid', HEX, 32));
const TW_TOKEN = fill('b9-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b9-sg1', B64URL, 22), '.', fill('b9-sg2', B64URL, 43));
const SENDGRID2 = tok('SG.', fill('b9-sg3', B64URL, 22), '.', fill('b9-sg4', B64URL, 43));
const DD_API = fill('b9-ddapi', HEX, 32);
const NPM = gh('npm', 'Rk2Vx7Lm4Qs9Bn1Hd6Wc3Tz8Jf5Gp0');
const DCKR = tok('dckr_', 'pat_', fill('b9-dckr', B64URL, 27));
const SENTRY_DSN = tok('https://', fill('b9-sdsn', HEX, 32), '@o482917.ingest.us.sentry.io/4507391028');
const JWT_API = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ng-prod-2026-11' }, { sub: '00u8f2k1x9', email: 'svc-reporting', scope: ['orders:read', 'invoices:read'], iss: 'https://login.northgate-systems.com', iat: 1764921600, exp: 1764925200 }, 'b9-jwt1');
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b9-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b9-rsa', 1190);
const BASIC = b64('jenkins-api:Harbour!Lantern-4471');
const FLASK_SECRET = fill('b9-flask', HEX, 48);
const JWT_SECRET = fill('b9-jwtsecret', B62, 48);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const email = (s: string) => v('pii.email', s);

export const BATCH9_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our Node API won't start on the new VM, it says "ECONNREFUSED ${amb('pii.ip_address', '127.0.0.1')}:5432". Here's the .env:

${cfg(f`NODE_ENV=production
PORT=8080
DATABASE_URL=postgresql://orders_app:${v('credential.database_url_password', 'Kestrel-Mango-2291')}@db-prod-01.internal.northgate-systems.com:5432/orders
REDIS_URL=redis://cache-01.internal.northgate-systems.com:6379
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', SK_LIVE)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
LOG_LEVEL=info`)}

Why is it going to localhost when DATABASE_URL points at db-prod-01?`, '.env: DB URL password, Stripe live key, SendGrid key'),

  rec('python_boto3', f`${code(f`import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AKIA_SECRET)}",
    region_name="eu-west-1",
)

def list_reports(prefix="monthly/"):
    resp = s3.list_objects_v2(Bucket="brightlane-finance-reports", Prefix=prefix)
    return [o["Key"] for o in resp.get("Contents", [])]

print(list_reports())`)}

This only returns 1000 keys but the bucket has way more. How do I paginate?`, 'boto3 with hard-coded keys'),

  rec('chat', f`I keep getting 429 "You exceeded your current quota" from the OpenAI API even though we have credits. Key is ${v('credential.openai_api_key', OA_PROJ)} — is it the key or the org settings?`),

  rec('curl', f`curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${v('credential.anthropic_api_key', ANT_API)}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d '{"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "Summarise this ticket"}]}'

returns {"type":"error","error":{"type":"invalid_request_error",...}}. What's wrong with the body?`, 'a shell command: unlabelled as code'),

  rec('github_actions', f`Workflow fails at the checkout of the private submodule with "repository not found":

${cfg(f`name: build
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: ${v('credential.github_pat', GHP)}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build`)}

The token works locally with git clone.`, 'GitHub Actions YAML with a hard-coded classic PAT'),

  rec('shell', f`$ git remote -v
origin  https://oauth2:${v('credential.url_password', v('credential.gitlab_pat', GLPAT))}@gitlab.orbis-freight.com/platform/rate-engine.git (fetch)
origin  https://oauth2:${v('credential.url_password', v('credential.gitlab_pat', GLPAT))}@gitlab.orbis-freight.com/platform/rate-engine.git (push)
$ git push
remote: HTTP Basic: Access denied

Token expired? How do I replace it without recloning?`, 'GitLab PAT as git URL password: two labels on one span (batch 3 convention)'),

  rec('docker_compose', f`${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: wms
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Tern!Harbour-8830')}
      POSTGRES_DB: warehouse
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_PASSWORD: ${v('credential.password_assignment', 'Tern!Harbour-8830')}
volumes:
  pgdata:`)}

app container exits with "password authentication failed for user wms". Same password in both places…`),

  rec('python_slack_webhook', f`${code(f`import requests

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def notify(job, status):
    colour = "#2eb67d" if status == "ok" else "#e01e5a"
    requests.post(WEBHOOK, json={"attachments": [{"color": colour, "text": f"{job}: {status}"}]}, timeout=5)

notify("nightly-etl", "failed")`)}

Can you make it retry 3 times with backoff?`),

  rec('js_bolt', f`${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', SLACK_BOT)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/oncall', async ({ ack, respond }) => {
  await ack();
  await respond('Primary on-call this week: @priya.n');
});

(async () => { await app.start(3000); })();`)}

the slash command times out with "dispatch_failed". running behind ngrok.`),

  rec('spring_yaml', f`Spring Boot 3.2, o Hikari não consegue conexão depois que migramos para o Azure SQL:

${cfg(f`spring:
  datasource:
    url: jdbc:sqlserver://brightlane-sql.database.windows.net:1433;database=claims;encrypt=true
    username: claims_svc
    password: ${v('credential.password_assignment', 'Moorland#Quay2026')}
  jpa:
    hibernate:
      ddl-auto: validate`)}

Erro: "Login failed for user 'claims_svc'". A regra de firewall já existe.`),

  rec('appsettings', f`${cfg(f`{
  "ConnectionStrings": {
    "Default": "Server=tcp:sql-emea-02.northgate.local,1433;Database=Payroll;User Id=payroll_rw;Password=${v('credential.connection_string_password', 'Glasgow_Rain_7719')};TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}`)}

EF Core migration hangs at "Build started…". Is the connection string format right for .NET 8?`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: billing
type: Opaque
stringData:
  username: billing
  password: ${v('credential.password_assignment', 'Vireo-Cascade-5520')}`)}

kubectl apply klappt, aber der Pod sieht immer noch das alte Passwort. Muss ich das Deployment neu starten?`),

  rec('email_de', f`Hallo Jens,

wie besprochen die Zugangsdaten für den neuen Kollegen: Benutzername ist m.keller, das Passwort lautet ${v('credential.password_in_prose', 'Rheinblick#2026')}. Bitte nach der ersten Anmeldung ändern.

Kannst du mir diese Mail etwas förmlicher formulieren?

Grüße
Sabine`, 'German password sentence'),

  rec('email_fr', f`Bonjour,
Voici les accès au back-office pour la démo de jeudi : identifiant demo.client, mot de passe : ${v('credential.password_in_prose', 'Lavande!4827')}.
Merci de ne pas le transférer.

Peux-tu traduire ce message en anglais pour le partenaire ?`, 'French password sentence'),

  rec('chat_es', f`Necesito redactar un aviso para la oficina de Madrid: "La red de invitados es Orbis-Guest y la contraseña es ${v('credential.password_in_prose', 'Alcala.Verde93')}. Cambia cada mes." ¿Puedes hacerlo más profesional?`, 'Spanish password sentence (guest Wi-Fi)'),

  rec('chat_pt', f`Pode revisar esse e-mail? "Oi Carla, o acesso ao servidor de homologação é usuário deploy e a senha é ${v('credential.password_in_prose', 'Ipanema@5530')}. Qualquer dúvida me chama."`, 'Portuguese (BR) password sentence'),

  rec('chat', f`quick one — the shared finance mailbox creds for the audit are ${email('ap-team@fenwickrowe.co.uk')}, password: ${v('credential.password_in_prose', 'Ledger-Tulip-62')}. can you write a short note to the auditors telling them how to log in and that MFA is off until Friday?`, 'English "password: …" in a chat'),

  rec('curl', f`curl -s https://api.northgate-systems.com/v2/invoices?status=overdue \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_API)}" | jq '.items | length'

gives 0 but the portal shows 14 overdue invoices. Is the scope in the token wrong?`),

  rec('chat', f`ssh says "Load key "/home/dev/.ssh/id_ed25519": invalid format". This is the file:

${v('credential.openssh_private_key', OPENSSH)}

I copied it from my old laptop via Notepad.`, 'OpenSSH private key (Windows line endings suspected)'),

  rec('python_azure_blob', f`${code(f`from azure.storage.blob import BlobServiceClient

CONN = "DefaultEndpointsProtocol=https;AccountName=blfinexports;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net"

svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("ledger-exports")
for blob in container.list_blobs(name_starts_with="2026/11/"):
    print(blob.name, blob.size)`)}

How do I download all of November into a local folder?`),

  rec('env_file', f`${cfg(f`AZURE_TENANT_ID=6f2a9c41-7d3e-4b80-a5c9-1e0f83b27d64
AZURE_CLIENT_ID=0c81d4f7-29ab-4e6c-b3d2-8a5f107e94c3
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}
KEY_VAULT_URL=https://kv-northgate-prod.vault.azure.net/`)}

DefaultAzureCredential ignores these and uses my az login. Why?`, 'tenant and client ids are not secrets'),

  rec('js_maps', f`${code(f`<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('map'), {
      center: { lat: 51.5072, lng: -0.1276 },
      zoom: 11,
    });
    depots.forEach(d => new google.maps.Marker({ position: d, map }));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap"></script>`)}

Map shows "For development purposes only". Billing is enabled though.`),

  rec('gcp_json', f`Getting "invalid_grant: account not found" in Cloud Run with this service account:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "orbis-freight-analytics",
  "private_key_id": "${fill('b9-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${email('bq-loader@orbis-freight-analytics.iam.gserviceaccount.com')}",
  "client_id": "117392048165029384716",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('python_twilio', f`${code(f`from twilio.rest import Client

account_sid = "${v('credential.twilio_account_sid', TW_SID)}"
auth_token = "${v('credential.twilio_auth_token', TW_TOKEN)}"
client = Client(account_sid, auth_token)

def send_otp(to, code):
    return client.messages.create(body=f"Your Brightlane code is {code}", from_="BRIGHTLANE", to=to)`)}

Alphanumeric sender works in the UK but not for US numbers. Why?`),

  rec('shell', f`docker run -d --name dd-agent \\
  -e DD_API_KEY=${v('credential.datadog_api_key', DD_API)} \\
  -e DD_SITE="datadoghq.eu" \\
  -e DD_LOGS_ENABLED=true \\
  -v /var/run/docker.sock:/var/run/docker.sock:ro \\
  gcr.io/datadoghq/agent:7

les logs des autres conteneurs n'apparaissent pas dans Datadog. Quelle variable d'environnement me manque ?`),

  rec('npmrc', f`.npmrc in the repo root:

${cfg(f`@northgate:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', v('credential.npmrc_auth_token', NPM))}
always-auth=true`)}

npm install in CI gives E404 for @northgate/ui-kit. Works on my machine.`, 'npm token in .npmrc: two labels on one span (batch 2 convention)'),

  rec('shell', f`PS C:\\build> docker login -u northgatebuild -p ${v('credential.dockerhub_pat', DCKR)}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
PS C:\\build> docker push northgatebuild/pricing-api:2.4.1
denied: requested access to the resource is denied`, 'Docker Hub PAT after -p: only the token rule (batch 8 convention)'),

  rec('python_mongo', f`${code(f`from pymongo import MongoClient

client = MongoClient("mongodb+srv://analytics:${v('credential.database_url_password', 'Paprika-Orbit-914')}@cluster0.x7kq2.mongodb.net/?retryWrites=true&w=majority")
db = client["crm"]
recent = db.leads.find({"created_at": {"$gte": "2026-11-01"}}).limit(50)
for lead in recent:
    print(lead["company"], lead["stage"])`)}

No devuelve nada, pero sí hay leads de noviembre. ¿El problema es la comparación de fechas?`),

  rec('shell', f`[oracle@db-reporting ~]$ mysql -h ${amb('pii.ip_address', '10.20.4.17')} -u report_ro -p${v('credential.mysql_cli_password', 'Saffron!Bay42')} sales -e "select count(*) from orders where created_at >= curdate()"
ERROR 2003 (HY000): Can't connect to MySQL server on '${amb('pii.ip_address', '10.20.4.17')}:3306' (110)

firewall or the bind-address?`, 'private IPs: ambiguous (convention); the shell session is not labelled as code'),

  rec('notebook', f`In [1]:
${code(f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
clf = pipeline("text-classification", model="northgate/ticket-router-v3")
clf("Printer on 4th floor not working again")`)}

OSError: northgate/ticket-router-v3 is not a local folder and is not a valid model identifier`, 'notebook cell with a HF token (a short program: labelled)'),

  rec('js_express', f`${code(f`const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_KEY);
const app = express();

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, '${v('credential.stripe_webhook_secret', WHSEC)}');
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  if (event.type === 'invoice.paid') markPaid(event.data.object.id);
  res.json({ received: true });
});`)}

"No signatures found matching the expected signature for payload" only in production.`),

  rec('django_settings', f`${cfg(f`# settings/production.py
from .base import *

DEBUG = False
ALLOWED_HOSTS = ["portal.brightlane.co.uk"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "${v('credential.sendgrid_api_key', SENDGRID2)}"
EMAIL_USE_TLS = True`)}

password reset e-mails go to spam. anything in settings I can change?`, 'a Django settings module: ambiguous source code (batches 3 and 8; labelled code before the first run, fixed after it); a SendGrid key as EMAIL_HOST_PASSWORD: only the token rule (batch 8 convention)'),

  rec('shell', f`export PGPASSWORD='${v('credential.password_assignment', 'Quarry#Finch-3306')}'
pg_dump -h pg-reporting.internal -U etl_user -d warehouse -t public.shipments -F c -f shipments_2026-12-05.dump
pg_dump: error: server version: 16.4; pg_dump version: 14.11

do I need to upgrade the client or can I force it?`, 'export PGPASSWORD (batch 8 convention: password_assignment)'),

  rec('curl', f`curl -X GET "https://ci.northgate-systems.com/job/pricing-api/lastBuild/api/json" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}"

returns 403 "No valid crumb". Do I need a crumb for GET?`),

  rec('curl', f`curl -u svc_confluence:${v('credential.cli_password', 'Bramble-Quill-5812')} \\
  "https://wiki.orbis-freight.com/rest/api/content?spaceKey=OPS&limit=100" -o ops_pages.json

How do I loop over pages when there are more than 100?`),

  rec('chat_hi_en', f`bhai staging DB ka password change ho gaya hai, naya password hai ${v('credential.password_in_prose', 'Chai@Masala2026')} — team ko ek short message likh do English mein ki sab apne .env update kar lein`, 'Hindi-English "naya password hai …"'),

  rec('email_it', f`Ciao Marco, la password del NAS dell'ufficio di Milano è ${v('credential.password_in_prose', 'Navigli#7731')}, utente admin. Me la riscrivi come procedura in inglese per il service desk?`, 'Italian password sentence'),

  rec('chat_nl', f`Kun je dit vertalen naar het Engels? "Het account voor de scanner op de 2e verdieping is scan-ams2 en het wachtwoord is ${v('credential.password_in_prose', 'Grachtenpand!58')}."`, 'Dutch password sentence'),

  rec('chat_pl', f`Przetłumacz proszę na angielski: "Login do panelu hostingu to biuro.krakow, hasło: ${v('credential.password_in_prose', 'Wawel_2026!pl')}. Nie udostępniaj dalej."`, 'Polish password sentence'),

  rec('flask', f`${code(f`from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "${v('credential.generic_secret_assignment', FLASK_SECRET)}"
app.config["SESSION_COOKIE_SECURE"] = True

@app.route("/login", methods=["POST"])
def login():
    session["user_id"] = authenticate(request.form)
    return redirect("/dashboard")`)}

session is empty after redirect in Safari only.`),

  rec('js_sentry', f`${code(f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', SENTRY_DSN)}',
  environment: 'production',
  tracesSampleRate: 0.2,
  integrations: [Sentry.browserTracingIntegration()],
});`)}

errors show up but no performance data. what's missing?`),

  rec('aws_credentials', f`~/.aws/credentials on the build box:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}

[reporting]
role_arn = arn:aws:iam::418273950612:role/ReportingReadOnly
source_profile = default`)}

aws sts get-caller-identity --profile reporting says AccessDenied on AssumeRole.`),

  rec('env_file', f`${cfg(f`# langchain service
OPENAI_API_KEY=${v('credential.openai_api_key', OA_PROJ2)}
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANT_API2)}
VECTOR_DB_URL=http://qdrant:6333
JWT_SECRET=${v('credential.generic_secret_assignment', JWT_SECRET)}`)}

which of these should go into Key Vault and which are fine as plain app settings?`),

  rec('private_key', f`nginx: [emerg] cannot load certificate key "/etc/nginx/ssl/portal.key": PEM_read_bio_PrivateKey() failed. Contents of the key file:

${v('credential.private_key', RSA_KEY)}

cert was issued by our internal CA last week.`),

  rec('shell', f`$ GH_TOKEN=${v('credential.github_fine_grained_pat', GH_FINE)} gh pr list --repo northgate-systems/pricing-api --state open
GraphQL: Resource not accessible by personal access token (repository.pullRequests)

fine-grained token, repo access = "only select repositories", pricing-api is selected. which permission is missing?`),
];

/**
 * Held-out batch 13 (representative mix, fifth sample): credentials the way employees paste them
 * into an AI assistant — .env files, CI configs, curl commands, scripts, chat. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b13-akia', B32, 16));
const AKIA_SECRET = fill('b13-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b13-akia2', B32, 16));
const AKIA2_SECRET = fill('b13-akia2s', B64, 40);
const OPENAI = tok('sk-proj-', fill('b13-oai1', B64URL, 74), 'T3BlbkFJ', fill('b13-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b13-ant', B64URL, 93), 'AA');
const GHP = gh('ghp', 'Vn3Qe8Tz1Rk5Wm9Hb2Lc7Xs4Dy6Pa0');
const GH_FINE = tok('github_pat_', '11B', fill('b13-ghfg1', UPPER + DIGITS, 19), '_', fill('b13-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b13-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2841736095', '1-', '6829103746518-', fill('b13-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b13-slt', UPPER + DIGITS, 7), '/B07', fill('b13-slb', UPPER + DIGITS, 8), '/', fill('b13-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b13-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b13-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b13-whsec', B62, 32));
const SG = tok('SG.', fill('b13-sg1', B64URL, 22), '.', fill('b13-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b13-twsid', HEX, 32));
const TW_TOKEN = fill('b13-twtok', HEX, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b13-gapi', B64URL, 33));
const HF = tok('hf_', fill('b13-hf', UPPER + LOWER, 34));
const NPM = gh('npm', 'Kd7Fs2Ju9Wn4Rt6Ym1Bx3Hq8Lv5Ge0');
const TELEGRAM = tok('71', fill('b13-tgid', DIGITS, 8), ':AA', fill('b13-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '12874', fill('b13-dwid', DIGITS, 14), '/', fill('b13-dw', B64URL, 68));
const DD_API = fill('b13-ddapi', HEX, 32);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b13-atl', B64URL, 171), '=', fill('b13-atl2', HEX.toUpperCase(), 8));
const VAULT = tok('hvs.', 'CAESI', fill('b13-hvs', B64URL, 86));
const AZ_STORAGE = b64Bytes('b13-azst', 64);
const AZ_CLIENT = tok('Qx7', '8Q~', fill('b13-azcs', B62 + '.-_~', 34));
const CF_TOKEN = fill('b13-cftok', B64URL, 40);
const RSA_KEY = pem('RSA PRIVATE KEY', 'b13-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b13-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PK = pem('PRIVATE KEY', 'b13-gcp', 1216).replace(/\n/g, '\\n') + '\\n';
const JWT_USER = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'k-2025-03' },
  { sub: '40817', email_verified: true, roles: ['admin', 'billing'], iss: 'https://auth.tidewell-insurance.com', iat: 1741852800, exp: 1741939200 },
  'b13-jwt1',
);
const JWT_SVC = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-reporting', scope: 'reports:read exports:write', iat: 1742371200, exp: 1773907200 }, 'b13-jwt2');
const BASIC = b64('svc_jenkins:Tk9#wLq2Fv!r');
const DOCKER_AUTH = b64('quillonci:Rb7-Pz4m-Hx2q');
const DJANGO_SECRET = fill('b13-django', LOWER + DIGITS + '!@#%^&*(-_=+)', 50);
const FLASK_SECRET = fill('b13-flask', HEX, 48);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH13_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`hey so boto3 keeps saying "SignatureDoesNotMatch" when I upload to the reports bucket. here's my ~/.aws/credentials, I think the format is right?

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-1`)}

the bucket is hollowbrook-reports-prod`),

  rec('code_python', f`Why does this return a 429 after like 5 requests? I'm on the paid plan.

\`\`\`python
${code(f`from openai import OpenAI
import pandas as pd

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
df = pd.read_csv("tickets_march.csv")

def classify(text):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Classify the ticket as billing, bug, or other."},
                  {"role": "user", "content": text}],
    )
    return r.choices[0].message.content

df["label"] = df["body"].apply(classify)`)}
\`\`\``),

  rec('env_file', f`can you turn this .env into a docker-compose environment block?

${amb('source_code.snippet', f`NODE_ENV=production
PORT=8080
DATABASE_URL=postgresql://quillon_app:${v('credential.database_url_password', 'hV3r!9qLmT2x')}@db-prod.internal.quillon.de:5432/shop
REDIS_URL=redis://cache-prod.internal.quillon.de:6379/0
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
LOG_LEVEL=info`)}`),

  rec('chat', f`git push asks for a password, I pasted my token ${v('credential.github_pat', GHP)} but it says "Support for password authentication was removed". what am I doing wrong? username is mfernandes-hb`),

  rec('shell', f`I set the remote like this and now every push works but my colleague says it's bad practice?

git remote set-url origin https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.marrowfield.io/platform/billing-api.git
git push -u origin feature/invoice-rounding`),

  rec('ci_yaml', f`Our GitHub Action can't clone the private submodule. Workflow:

${amb('source_code.snippet', f`name: build
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: ${v('credential.github_fine_grained_pat', GH_FINE)}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build`)}

the token has contents:read on both repos`),

  rec('code_js', f`${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', SLACK_BOT)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/oncall', async ({ ack, respond }) => {
  await ack();
  await respond(\`Today's on-call: \${await getOncall()}\`);
});

(async () => { await app.start(3000); })();`)}

slash command returns "dispatch_failed", any idea?`),

  rec('chat', f`can you write a bash one-liner that posts "deploy finished" to our channel? webhook is ${v('credential.slack_webhook_url', SLACK_HOOK)}`),

  rec('curl', f`This works in Postman but curl gives me 401, what's different?

curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${v('credential.anthropic_api_key', ANTHROPIC)}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d '{"model":"claude-3-5-haiku-latest","max_tokens":512,"messages":[{"role":"user","content":"hi"}]}'`),

  rec('chat_de', f`Kannst du mir eine kurze Mail an die neue Kollegin schreiben? Inhalt: WLAN im Büro Hamburg heißt "QUILLON-STAFF", das Passwort ist ${v('credential.password_in_prose', 'Elbbruecke#2025')}. Drucker richtet die IT am Montag ein.`),

  rec('code_python', f`getting psycopg2.OperationalError: FATAL: password authentication failed. but the password is correct!!

${code(f`import psycopg2

conn = psycopg2.connect(
    host="${amb('pii.ip_address', '10.20.4.17')}",
    port=5432,
    dbname="claims",
    user="claims_ro",
    password="${v('credential.password_assignment', 'Tidew3ll_RO#88')}",
)
cur = conn.cursor()
cur.execute("SELECT count(*) FROM claims WHERE status = 'OPEN'")
print(cur.fetchone())`)}`),

  rec('curl', f`Postman export → curl, the API says token expired but I just logged in?

curl --location 'https://api.tidewell-insurance.com/v2/policies?status=active' \\
--header 'Authorization: Bearer ${v('credential.jwt', JWT_USER)}' \\
--header 'Accept: application/json'`),

  rec('chat', f`Need help converting this RSA key to PKCS8 so the Java lib accepts it:

${v('credential.private_key', RSA_KEY)}

error is "java.security.spec.InvalidKeySpecException: algid parse error, not a sequence"`),

  rec('chat', f`my ssh key stopped working after I copied it from my old laptop, permissions are 644. this is the key:

${v('credential.openssh_private_key', OSSH)}

ssh -i ~/.ssh/id_ed25519 deploy@bastion says "bad permissions"`),

  rec('json_config', f`Which IAM role does this service account need for BigQuery read-only? JSON key below:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "marrowfield-analytics",
  "private_key_id": "${fill('b13-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PK)}",
  "client_email": "${v('pii.email', 'bq-reader@marrowfield-analytics.iam.gserviceaccount.com')}",
  "client_id": "104829375610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`, 'service-account client e-mail is a machine address but an e-mail address all the same'),

  rec('code_csharp', f`${code(f`var connectionString = "DefaultEndpointsProtocol=https;AccountName=tidewelldocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net";
var blobService = new BlobServiceClient(connectionString);
var container = blobService.GetBlobContainerClient("claim-photos");
await foreach (var blob in container.GetBlobsAsync(prefix: "2025/03/"))
{
    Console.WriteLine($"{blob.Name} {blob.Properties.ContentLength}");
}`)}

listing takes forever for ~80k blobs, how to paginate?`),

  rec('json_config', f`appsettings.json for the Graph API integration — it throws AADSTS7000215 "Invalid client secret provided":

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5b2e8f14-9c3a-4d71-b6e0-2a7f91c4d835",
    "ClientId": "c8a41f27-6d3e-4b95-8f02-71e9d5a3b6c4",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}`)}`),

  rec('code_python', f`${code(f`from huggingface_hub import login
from transformers import AutoTokenizer, AutoModelForSequenceClassification

login(token="${v('credential.huggingface_token', HF)}")
tok = AutoTokenizer.from_pretrained("marrowfield/support-intent-v2")
model = AutoModelForSequenceClassification.from_pretrained("marrowfield/support-intent-v2")`)}
it says 401 repository not found but the repo exists and is private in our org`),

  rec('npmrc', f`npm install fails in docker build with E401, works on my machine. .npmrc in the repo root:

${amb('source_code.snippet', f`registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
@quillon:registry=https://registry.npmjs.org/`)}`, 'npm_ token as the .npmrc _authToken value: two labels on one span'),

  rec('chat', f`how do I set the webhook for my telegram bot so it points to our n8n instance? bot token ${v('credential.telegram_bot_token', TELEGRAM)}, n8n url is https://n8n.hollowbrook-logistics.com/webhook/tg`),

  rec('shell', f`${code(f`#!/bin/bash
# nightly backup notify
WEBHOOK="${v('credential.discord_webhook_url', DISCORD_HOOK)}"
if pg_dump -Fc shop > /backups/shop_$(date +%F).dump; then
  curl -s -H "Content-Type: application/json" -d '{"content":"✅ backup ok"}' "$WEBHOOK"
else
  curl -s -H "Content-Type: application/json" -d '{"content":"❌ backup FAILED"}' "$WEBHOOK"
fi`)}

can you add a check that the dump file is > 1MB?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`version: "3.8"
services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
      - DD_SITE=datadoghq.eu
      - DD_LOGS_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: hb_admin
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Fjord-Lantern-52')}`)}

agent starts but no logs show up in Datadog`),

  rec('code_python', f`Script to bulk-close old Jira tickets, it gives 403 on transition:

${code(f`import requests
from requests.auth import HTTPBasicAuth

auth = HTTPBasicAuth("${v('pii.email', 'd.okafor@marrowfield.io')}", "${v('credential.atlassian_api_token', ATLASSIAN)}")
BASE = "https://marrowfield.atlassian.net/rest/api/3"

issues = requests.get(f"{BASE}/search", params={"jql": "project=SUP AND updated < -180d AND status != Done"}, auth=auth).json()["issues"]
for i in issues:
    r = requests.post(f"{BASE}/issue/{i['key']}/transitions", json={"transition": {"id": "31"}}, auth=auth)
    print(i["key"], r.status_code)`)}`),

  rec('chat', f`vault login works but then every read says permission denied. I'm using the token from the UI: ${v('credential.vault_token', VAULT)}
path is secret/data/payments/prod`),

  rec('terraform', f`terraform plan fails with "no valid credential sources found", but I have them in the provider block??

${amb('source_code.snippet', f`provider "aws" {
  region     = "eu-west-1"
  access_key = "${v('credential.aws_access_key_id', AKIA2)}"
  secret_key = "${v('credential.aws_secret_access_key', AKIA2_SECRET)}"
}

resource "aws_s3_bucket" "invoices" {
  bucket = "tidewell-invoices-archive"
}`)}`),

  rec('chat_fr', f`Salut, tu peux m'aider à rédiger un message pour le prestataire ? Il doit se connecter au serveur SFTP : hôte sftp.tidewell.fr, utilisateur presta_compta, mot de passe ${v('credential.password_in_prose', 'Brioche!Lune47')}. Le compte expire fin avril.`),

  rec('chat_es', f`oye, ¿me ayudas a escribir un correo para el nuevo becario? Tiene que entrar al CRM con el usuario becario.ventas y la contraseña ${v('credential.password_in_prose', 'Girasol_2025')} hasta que IT le cree su cuenta.`),

  rec('shell', f`mysql import keeps failing half way, here's what I run:

mysql -h ${amb('pii.ip_address', '172.31.8.44')} -u etl_loader -p${v('credential.mysql_cli_password', 'L0ad3r#Qx7')} warehouse < dump_2025-03-14.sql

ERROR 2013 (HY000) at line 48211: Lost connection to MySQL server during query`),

  rec('log', f`Jenkins console output, why does the deploy step fail?

${amb('source_code.snippet', f`+ curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Basic ${v('credential.basic_auth_header', BASIC)}' https://nexus.hollowbrook-logistics.com/service/rest/v1/components?repository=releases -F maven2.asset1=@target/tracking-core-3.4.1.jar
403
Build step 'Execute shell' marked build as failure
Finished: FAILURE`)}`),

  rec('json_config', f`Docker keeps pulling from the public hub instead of our registry. ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.quillon.de": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('code_python', f`Django says the SECRET_KEY must not be empty in prod, but it's set?

${code(f`# settings/prod.py
from .base import *

DEBUG = False
ALLOWED_HOSTS = ["portal.tidewell-insurance.com"]
SECRET_KEY = "${v('credential.generic_secret_assignment', DJANGO_SECRET)}"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True`)}`),

  rec('env_file', f`${amb('source_code.snippet', f`# twilio for SMS notifications
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=${phone('+16175394821')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}`)}

write me a node function that sends a delivery update by SMS and falls back to email`),

  rec('chat_pt', f`Oi! Consegue me explicar por que o Google Maps não carrega no site? A chave é ${v('credential.google_api_key', GOOGLE)} e no console aparece "RefererNotAllowedMapError".`),

  rec('chat', f`we got an alert that our cloudflare token leaked in a public gist?? it's ${v('credential.cloudflare_api_token', CF_TOKEN)} — how do I check what it was used for and revoke it`, 'a bare 40-char token: named as Cloudflare in the prose'),

  rec('powershell', f`${code(f`$user = "TIDEWELL\\svc_backup"
$pass = ConvertTo-SecureString "${v('credential.password_assignment', 'Winterzeit!2025')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name B -PSProvider FileSystem -Root "\\\\fs02\\backup$" -Credential $cred
Copy-Item D:\\Exports\\*.zip B:\\daily\\ -Force`)}

Task scheduler runs it but nothing gets copied. Works when I run it manually.`),

  rec('code_python', f`${code(f`import stripe
stripe.api_key = "${v('credential.stripe_restricted_key', STRIPE_RK)}"

def monthly_revenue(year, month):
    start = int(datetime(year, month, 1).timestamp())
    end = int(datetime(year + (month == 12), month % 12 + 1, 1).timestamp())
    total = 0
    for charge in stripe.Charge.list(created={"gte": start, "lt": end}).auto_paging_iter():
        if charge.paid and not charge.refunded:
            total += charge.amount
    return total / 100`)}

the restricted key has charges:read, but I get "This API call cannot be made with a restricted key"`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: reporting-api
  namespace: analytics
type: Opaque
stringData:
  DB_USER: reporting
  DB_PASSWORD: ${v('credential.password_assignment', 'q8Zr#pW2vLk9')}
  SERVICE_TOKEN: ${v('credential.jwt', JWT_SVC)}`)}

Is stringData ok or should I base64 it myself?`),

  rec('code_python', f`${code(f`app = Flask(__name__)
app.config["SECRET_KEY"] = "${v('credential.generic_secret_assignment', FLASK_SECRET)}"
app.config["SQLALCHEMY_DATABASE_URI"] = "mysql+pymysql://hb_web:${v('credential.database_url_password', 'Kiel#Hafen2024')}@127.0.0.1/tracking"
db = SQLAlchemy(app)`)}

sessions randomly get logged out when we run 4 gunicorn workers`),
];

/**
 * Held-out batch 25: credentials pasted by staff of a transit authority, a biotech startup, a
 * childcare chain, an architecture / engineering firm, a casino and sports-betting operator and a
 * payroll outsourcer — configs, CI files, shells, code, chats and mails in several languages.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b25-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_SECRET = fill('b25-akias', B64, 40);
const ASIA = tok('ASIA', 'R4KD', fill('b25-asia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 12));
const ASIA_SECRET = fill('b25-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b25-sess', B64, 356));
const GHP = gh('ghp', 'Tr8Kw2Mz5Qa1Vx7Nb3Lp9Hs4Dc6Ye0');
const GHP2 = gh('ghp', 'Bv3Nq7Xs1Kd9Wm4Rt6Zc2Hf8Lp5Ga0');
const GH_FINE = tok('github_pat_', '11BKQ7XLA0', fill('b25-ghfine1', B62, 12), '_', fill('b25-ghfine2', B62, 59));
const GLPAT = tok('glpat-', fill('b25-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2817364059', '1-', '7719284036152-', fill('b25-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b25-slt', UPPER + DIGITS, 8), '/B07', fill('b25-slb', UPPER + DIGITS, 8), '/', fill('b25-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b25-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b25-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b25-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b25-oai1', B64URL, 74), 'T3BlbkFJ', fill('b25-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b25-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b25-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b25-groq', B62, 52));
const TWILIO_SID = tok('AC', fill('b25-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b25-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b25-sg1', B64URL, 22), '.', fill('b25-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b25-mg', HEX, 32));
const DD_API = fill('b25-ddapi', HEX, 32);
const SENTRY_KEY = fill('b25-sentry', HEX, 32);
const TELEGRAM = tok('7319284056', ':AA', fill('b25-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1284710395826401937', '/', fill('b25-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://ardesia.webhook.office.com/webhookb2/', '7c2e91a4-3b6f-4d18-a0e5-19f8c3d27b64@4a8d1f70-e29c-4b35-96d1-0c7e5b2a8f13/IncomingWebhook/', fill('b25-teams1', HEX, 32), '/', 'b91f04d2-6a3e-47c8-8d15-2e0f7c9a4b36/', 'V2', fill('b25-teams2', B64URL, 43));
const NPM = gh('npm', 'Jd4Kq8Ws2Mx6Zr1Tb9Lc3Vn7Hp5Fa0');
const VAULT = tok('hvs.', 'CAESI', fill('b25-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b25-dapi', HEX, 32), '-2');
const CLOUDFLARE = fill('b25-cf', B62 + '_-', 40);
const GOCSPX = tok('GOCSPX-', fill('b25-gocspx', B64URL, 28));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b25-atl', B64URL, 171), '=', fill('b25-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b25-linear', B62, 40));
const NOTION = tok('ntn_', fill('b25-ntn1', DIGITS, 11), fill('b25-ntn2', B62, 35));
const OKTA = tok('00', fill('b25-okta', B64URL, 40));
const AZ_STORAGE = `${fill('b25-azst', B64, 86)}==`;
const AZ_SECRET = tok(fill('b25-azs1', B62, 3), '8Q~', fill('b25-azs2', B62 + '.-_~', 34));
const SAS_SIG = `${fill('b25-sas1', B62, 18)}%2B${fill('b25-sas2', B62, 14)}%2F${fill('b25-sas3', B62, 9)}%3D`;
const SHPAT = tok('shpat_', fill('b25-shpat', HEX, 32));
const SQUARE = tok('EAAA', fill('b25-square', B64URL, 60));
const DOCKER_AUTH = b64('helixa-ci:' + 'dckr_pat_' + fill('b25-dckrauth', B64URL, 27));
const BASIC = b64('paynest_sync:Kuwago-Payroll#2291');
const RSA = pem('RSA PRIVATE KEY', 'b25-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b25-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b25-sapem', 1216, '\\n');
const EC_B64 = b64(`${pem('EC PRIVATE KEY', 'b25-eckey', 121)}\n`);
const JWT_ODDS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'odds-2024-11' }, { sub: 'svc-tradingdesk', aud: 'odds-feed', scope: 'markets:read prices:write', iat: 1732611420, exp: 1732697820 }, 'b25-jwtodds');
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '40217', role: 'payroll_admin', tenant: 'acme-mfg-ph', iat: 1733140800 }, 'b25-jwtportal');
const BEARER = fill('b25-bearer', B62 + '-._~', 48);
const SA_JSON = `{
  "type": "service_account",
  "project_id": "tcrt-ridership-prod",
  "private_key_id": "${fill('b25-sakid', HEX, 40)}",
  "private_key": "`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH25_CREDENTIALS: DraftRecord[] = [
  rec('aws_credentials', f`The ridership export job on the analytics box suddenly says AccessDenied on s3:PutObject. ~/.aws/credentials on that box:

${amb('source_code.snippet', f`[default]
region = us-east-2

[tcrt-datalake]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}`)}

The bucket policy was changed last week by the GIS team. What permission do I ask them for?`),

  rec('chat', f`sso temp creds for the sandbox account, they expire at 18:00 but boto3 keeps saying ExpiredToken already at 15:30??
${amb('source_code.snippet', f`export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', ASIA)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', ASIA_SECRET)}
export AWS_SESSION_TOKEN=${v('credential.aws_session_token', AWS_SESSION)}`)}`),

  rec('shell', f`git push from the sequencing server fails with 403 since Monday. remote -v:

origin  https://helixa-bot:${v('credential.github_pat', GHP)}@github.com/helixa-bio/ngs-pipelines.git (fetch)
origin  https://helixa-bot:${v('credential.github_pat', GHP)}@github.com/helixa-bio/ngs-pipelines.git (push)

The token is classic with repo scope. Did GitHub change something about SSO?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .github/workflows/release-fare-app.yml
name: release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: macos-14
    env:
      GH_PACKAGES_TOKEN: ${v('credential.github_fine_grained_pat', GH_FINE)}
      FASTLANE_USER: ${v('pii.email', 'mobile@tcrt.example')}
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios beta`)}

Why does fastlane fail to fetch the private pod? The fine-grained token has Contents: read on the pods repo.`),

  rec('chat_fi', f`Moi! GitLab-runner ei saa kloonattua aikataulurepoa. Lisäsin tämän tokenin CI-muuttujaksi: ${v('credential.gitlab_pat', GLPAT)} (scope read_repository). Pitäisikö sen olla project access token eikä henkilökohtainen?`),

  rec('code_python', f`bot que avisa al pit boss cuando una mesa pasa el límite, pero no postea nada en el canal:

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
LIMITE_MXN = 250_000

def revisar_mesa(mesa_id: str, apuesta_total: float) -> None:
    if apuesta_total > LIMITE_MXN:
        client.chat_postMessage(
            channel="#pit-alertas",
            text=f"Mesa {mesa_id}: apuestas por {apuesta_total:,.0f} MXN, revisar",
        )`)}
\`\`\`

el bot ya está invitado al canal 🤔`),

  rec('chat_cs', f`Ahoj, mrazák -80 v labu 2 má posílat alarmy do Slacku přes webhook ${v('credential.slack_webhook_url', SLACK_HOOK)} ale od pátku nic nechodí. Jak otestuju, jestli je URL ještě platná, aniž bych spamoval celý kanál?`),

  rec('env_file', f`Tuition payments for the new Guadalajara campus — which of these do I put in the Render dashboard and which stay local?

${amb('source_code.snippet', f`NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_CURRENCY=mxn
PARENT_PORTAL_URL=https://padres.pequenospasos.mx`)}`),

  rec('chat', f`The finance team wants read-only access to Stripe for reconciliation. I made a restricted key ${v('credential.stripe_restricted_key', STRIPE_RK)} with charges:read and payouts:read. Is that enough for the balance transactions export?`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
abstracts = load_pubmed("CRISPR base editing hepatocytes", n=400)
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT + abstracts[:30]}])`)}

Out[3]: RateLimitError: You exceeded your current quota

we're on the startup credits, shouldn't those still be active?`),

  rec('env_file', f`${amb('source_code.snippet', f`# lit-review-agent/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
HF_TOKEN=${v('credential.huggingface_token', HF)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
EMBED_MODEL=BAAI/bge-large-en-v1.5
VECTOR_DB=./chroma`)}

docker compose up works but the container can't download the gated ESM model from HF. Same token works on my laptop.`),

  rec('code_ts', f`SMS a los papás cuando llega el reporte diario, pero Twilio regresa 20003:

${code(f`import twilio from 'twilio';

const client = twilio('${v('credential.twilio_account_sid', TWILIO_SID)}', '${v('credential.twilio_auth_token', TWILIO_TOKEN)}');

export async function avisarPadre(tel: string, nombreNino: string) {
  return client.messages.create({
    from: '${phone('+17024183926')}',
    to: tel,
    body: \`Hola! El reporte diario de \${nombreNino} ya está en la app de Pequeños Pasos.\`,
  });
}`)}`),

  rec('config', f`Payslip e-mails go out through SendGrid. Tinanggal ko na yung old key pero nagse-send pa rin daw yung staging?? Config ng staging:

${amb('source_code.snippet', f`mail:
  provider: sendgrid
  api_key: ${v('credential.sendgrid_api_key', SENDGRID)}
  from: ${v('pii.email', 'payslips@paynest.example')}
  batch_size: 500`)}`),

  rec('chat', f`can you turn this curl into a python requests call? we use it to send service-change notices to riders

${amb('source_code.snippet', f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' https://api.mailgun.net/v3/alerts.tcrt.example/messages -F from='TCRT Alerts <${v('pii.email', 'alerts@tcrt.example')}>' -F to=@riders-route12.txt -F subject='Route 12 detour this weekend'`)}`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  odds-engine:
    image: registry.riverluck.internal/odds-engine:4.7.2
    environment:
      - DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
      - DD_SITE=datadoghq.com
      - DD_ENV=prod-ph
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: odds
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Talaba-Manila-7781')}`)}

odds-engine restarts every ~40 min with OOMKilled, can you suggest mem limits?`),

  rec('code_ts', f`${code(f`// app/padres/src/sentry.ts
import * as Sentry from '@sentry/react-native';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508124.ingest.us.sentry.io/4508124918273024`)}',
  environment: __DEV__ ? 'dev' : 'prod',
  tracesSampleRate: 0.1,
});`)}

Why do I get every crash twice in Sentry, once with a source map and once without?`),

  rec('chat_uk', f`Привіт! Бот для VIP-менеджерів в Telegram перестав відповідати після переїзду на новий сервер. Токен ${v('credential.telegram_bot_token', TELEGRAM)}, вебхук стоїть на https://vip.riverluck.ua/tg. getWebhookInfo показує "SSL error". Що перевірити?`),

  rec('chat', f`community mods want big-win posts in Discord automatically. Made a webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — can you write a node function that posts "🎉 {player} just won {amount} on {game}" with the first name only?`),

  rec('powershell', f`${amb('source_code.snippet', f`$uri = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$msg = @{ text = "Render farm: job $env:JOB_NAME completato in $([math]::Round($elapsed/60)) min" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $msg -ContentType 'application/json; charset=utf-8'`)}

Le lettere accentate arrivano in Teams come "completato â€" " — come sistemo l'encoding?`),

  rec('npmrc', f`${amb('source_code.snippet', f`@tcrt:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm publish of @tcrt/gtfs-utils returns E404 even though I'm logged in as the org owner. 2FA is on "auth-and-writes".`),

  rec('shell', f`vault login works with my token but the payroll-calc service gets "permission denied" reading kv:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.paynest.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/payroll-calc/prod
Error reading secret/data/payroll-calc/prod: Code: 403`)}

the policy has path "secret/payroll-calc/*" with read. what's missing?`),

  rec('code_python', f`${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4827193650281746.6.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9a3f27c1b6e8d045",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT sample_id, plate, read_count FROM ngs.qc_runs WHERE run_date >= current_date - 7")`)}

Query returns in 2 s in the UI but 90 s from Python, why?`),

  rec('hcl', f`terraform plan fails on the DNS records for the new sportsbook domain:

${amb('source_code.snippet', f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CLOUDFLARE)}"
}

resource "cloudflare_record" "apuestas" {
  zone_id = var.zone_id
  name    = "apuestas"
  content = "lb.riverluck.co"
  type    = "CNAME"
  proxied = true
}`)}

Error: "Authentication error (10000)". The token has Zone:DNS:Edit on all zones.`),

  rec('json_config', f`OAuth for the Revit add-in, Google login gives redirect_uri_mismatch:

${amb('source_code.snippet', f`{"installed":{"client_id":"730194826513-h4k2q8v1m6n3p9r5t7w0y2z4b6d8f1g3.apps.googleusercontent.com","project_id":"ardesia-revit-sync","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["http://localhost"]}}`)}`),

  rec('curl', f`Jira automation from the PM spreadsheet, 401 every time:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'progetti@ardesia-ing.it')}:${v('credential.atlassian_api_token', ATLASSIAN)} -H "Content-Type: application/json" -X POST https://ardesia.atlassian.net/rest/api/3/issue -d @nuova_commessa.json`)}`),

  rec('chat', f`Quick one: we use Linear for the assay-dev board and I want a Zapier-free sync to Notion. Keys: linear ${v('credential.linear_api_key', LINEAR)}, notion integration ${v('credential.notion_token', NOTION)}. Write me a small TS script that copies issues with label "wet-lab" into the Notion database "Experiments".`),

  rec('curl', f`Bakit 401 sa Okta? Gusto ko lang i-list yung mga deactivated users ng client namin bago i-offboard sa payroll:

${amb('source_code.snippet', f`curl -H "Accept: application/json" -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" "https://acme-mfg.okta.com/api/v1/users?filter=status%20eq%20%22DEPROVISIONED%22"`)}`),

  rec('config', f`${amb('source_code.snippet', f`<!-- BimSync.exe.config -->
<connectionStrings>
  <add name="ModelStore" connectionString="DefaultEndpointsProtocol=https;AccountName=ardesiabim;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net" />
</connectionStrings>`)}

Upload of .rvt files above 256 MB fails with a timeout. Can I set the block size in the connection string?`),

  rec('chat', f`We registered an Entra app for the payroll portal SSO. Client ID 3c81f0a2-94d7-4e5b-b1a6-7f20d8c4e913, secret ${v('credential.azure_client_secret', AZ_SECRET)}. The login page says AADSTS7000215 invalid client secret — is it the value or the secret ID I should use?`),

  rec('chat', f`Client can't open the drawing set link, Azure says "Signature did not match". Link: https://ardesiabim.blob.core.windows.net/consegne/P2417_tavole_rev03.zip?sv=2023-01-03&st=2024-11-28T07%3A00%3A00Z&se=2024-12-12T18%3A00%3A00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS_SIG)}
Non capisco, l'ho generato ieri.`),

  rec('gcp_sa', f`BigQuery load from the APC (automatic passenger counter) pipeline says invalid_grant. Key file we deployed:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`${SA_JSON}${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${v('pii.email', 'apc-loader@tcrt-ridership-prod.iam.gserviceaccount.com')}",
  "client_id": "104827361950284716392",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Could it be the server clock?`),

  rec('chat', f`Merch store for the kinder (t-shirts, backpacks). The Shopify custom app gives me ${v('credential.shopify_access_token', SHPAT)} — can I call the Admin GraphQL from a Google Sheet script with it?`),

  rec('chat', f`F&B outlets in the casino use Square. Prod access token: ${v('credential.square_access_token', SQUARE)}. Need a daily sales CSV per outlet for the controller, how do I page through /v2/orders/search?`),

  rec('docker_config', f`${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}
^ this is ~/.docker/config.json on the GPU node. pulls of helixa/alphafold-runner:2.3 still hit the anonymous rate limit. why?`),

  rec('http', f`SOAP call to the client's HRIS for the monthly headcount sync gives 500, can you see what's wrong with the envelope?

${amb('source_code.snippet', f`POST /hris/ws/EmployeeService HTTP/1.1
Host: hris.acme-mfg.ph
Content-Type: text/xml; charset=utf-8
SOAPAction: "getActiveEmployees"
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}

<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><getActiveEmployees><asOf>2024-11-30</asOf></getActiveEmployees></soapenv:Body></soapenv:Envelope>`)}`),

  rec('pem', f`Fare-card vendor needs our SFTP key re-sent because their server was rebuilt. Can you write the mail to them? This is the key from the ops share, I think it's the right one:

${v('credential.private_key', RSA)}`),

  rec('chat_it', f`Ciao, il plotter server in studio non accetta più la mia chiave SSH. Ti incollo la chiave privata che uso da anni, mi dici se il formato è quello vecchio?

${v('credential.openssh_private_key', OSSH)}`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: kyc-signer
  namespace: sportsbook
type: Opaque
data:
  signing.key: ${v('credential.base64_private_key', EC_B64)}
  region: cGgtbWFuaWxh`)}

pod says "invalid key format" when loading signing.key. Should the PEM have a trailing newline?`),

  rec('curl', f`Odds feed push from trading desk returns 403 only for basketball markets:

${amb('source_code.snippet', f`curl -X PUT https://feeds.riverluck.internal/v2/markets/NBA-20241203-LAL-MIA/prices \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_ODDS)}" \\
  -H "Content-Type: application/json" -d @prices.json`)}`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02 10:14:33.871 DEBUG [http-nio-8080-exec-7] o.a.h.wire - >> "GET /api/v1/tenants/acme-mfg-ph/payruns/2024-11B HTTP/1.1[\\r][\\n]"
2024-12-02 10:14:33.871 DEBUG [http-nio-8080-exec-7] o.a.h.wire - >> "Authorization: Bearer ${v('credential.jwt', JWT_PORTAL)}[\\r][\\n]"
2024-12-02 10:14:33.902 DEBUG [http-nio-8080-exec-7] o.a.h.wire - << "HTTP/1.1 409 Conflict[\\r][\\n]"`)}

409 on the payrun GET, what does conflict even mean for a GET? (also how do I stop wire logging in prod)`),

  rec('chat_hi_en', f`Bhai client ka attendance API token ye hai: ${v('credential.bearer_token', BEARER)} — Authorization: Bearer ke saath bhejna hai. Postman mein chal raha hai but hamara cron 401 de raha hai. Header mein kuch galat hai kya?`),

  rec('env_file', f`${amb('source_code.snippet', f`# payroll-calc/.env.prod
DATABASE_URL=postgresql://payroll_app:${v('credential.database_url_password', 'Bayanihan2024!x')}@pg-prod-01.paynest.internal:5432/payroll
REDIS_URL=redis://default:${v('credential.url_password', 'Mh7tQ2vRk9Lp')}@redis-prod.paynest.internal:6379/0
PAYRUN_CUTOFF_DAY=10`)}

Which pool size should I set for 14 tenants running payruns at the same time?`),

  rec('config', f`${amb('source_code.snippet', f`"ConnectionStrings": {
  "Sportsbook": "Server=sql-sb-prod.riverluck.local;Database=Sportsbook;User Id=sb_app;Password=${v('credential.connection_string_password', 'Zx!8tRv#Qm41')};TrustServerCertificate=True;"
}`)}

Dapper query for settled bets by day times out at 30 s. How do I set CommandTimeout globally?`),

  rec('shell', f`restore script for the LIMS database on the test VM:

${code(f`#!/bin/bash
set -euo pipefail
DUMP=/mnt/backup/lims/lims_$(date -d yesterday +%F).sql.gz
gunzip -c "$DUMP" | mysql -h 127.0.0.1 -u lims_admin -p${v('credential.mysql_cli_password', 'Jablko-Brno-55')} lims_test
echo "restore done: $(date)"`)}

it prints "Using a password on the command line interface can be insecure" — can I silence that?`),

  rec('shell', f`pg_dump from the fare DB to the analytics replica works by hand but not from cron:

${amb('source_code.snippet', f`PGPASSWORD='${v('credential.cli_password', 'Raitiovaunu#73')}' pg_dump -h fare-db.tcrt.internal -U fare_ro -d fares -t validations --data-only | psql -h analytics-db -d staging`)}`),

  rec('network_config', f`Cisco switch in the bus depot (Tallinn Road garage) config backup, please check the VLANs for the CCTV cameras:

${amb('source_code.snippet', f`hostname DEPOT-SW-02
!
enable secret ${v('credential.network_device_secret', 'Dep0t-Enable!19')}
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Bussi-Varikko-42')}
!
vlan 40
 name CCTV
vlan 50
 name FAREBOX
!
snmp-server community ${v('credential.network_device_secret', 'tcrtMon2024ro')} RO`)}`),

  rec('chat_es_mx', f`Oye, me ayudas a redactar un aviso para las educadoras? Es que cambiamos la contraseña del wifi de la sala de maestras. La red es PequenosPasos-Staff y la contraseña nueva es ${v('credential.password_in_prose', 'Mariposa#Jalisco24')}. Que no se la pasen a los papás porfa 🙏`),

  rec('chat_es_co', f`Hola, necesito escribirle al proveedor del sistema de control de acceso del casino en Medellín. Ellos nos dejaron el usuario soporte_ext con clave ${v('credential.password_in_prose', 'Antioquia.2291')} y queremos que la cambien ya mismo porque la vimos pegada en un post-it en la sala de servidores. Redáctalo formal pero firme.`),

  rec('chat_it', f`Scrivi una mail breve ai collaboratori esterni: il NAS dello studio è raggiungibile via VPN, utente "esterni_p2417", password ${v('credential.password_in_prose', 'Travertino-88!')}, accesso solo alla cartella della commessa P2417. La password scade il 20 dicembre.`),

  rec('chat_cs', f`Přelož prosím do angličtiny pro nového postdoka z Portugalska: "Přihlášení do LIMS: uživatel jnovak2, dočasné heslo ${v('credential.password_in_prose', 'Ribozom-2024!')} – po prvním přihlášení si ho změň. Sekvenátor je rezervovaný přes Outlook kalendář."`),

  rec('chat_vi', f`Dịch giúp mình sang tiếng Anh nhé: "Tài khoản phần mềm tính lương cho khách hàng mới: tên đăng nhập ketoan_hcm, mật khẩu ${v('credential.password_in_prose', 'Sen-Vang@2291')}. Vui lòng đổi mật khẩu sau lần đăng nhập đầu tiên."`),

  rec('chat_uk', f`Допоможи скласти лист підряднику: "Доступ до адмінки букмекерської платформи: логін contractor_kyiv, пароль ${v('credential.password_in_prose', 'Kashtan#Kyiv77')}. Доступ діє до 31.12, після цього обліковий запис буде заблоковано."`),

  rec('chat_tl', f`Pa-rewrite naman nito para mas professional, ise-send ko sa bagong payroll specialist: "Hi Jen! Yung login mo sa PayNest portal: jen.delosreyes, temp password ${v('credential.password_in_prose', 'Sampaguita!0412')}. Palitan mo agad after first login ha. Training natin bukas 9am."`),

  rec('chat_fi', f`Voisitko kääntää tämän englanniksi urakoitsijalle? "Varikon lipunmyyntiautomaattien huoltotunnus on huolto_itä ja salasana ${v('credential.password_in_prose', 'Raitsikka-2024!')}. Vaihda salasana heti ensimmäisen kirjautumisen jälkeen."`),

  rec('chat_hi_en', f`Yaar new joinee ko mail likhna hai: "Tumhara Keka login bana diya hai, user id rahul.k@paynest, password ${v('credential.password_in_prose', 'Chai-Biskut#55')} hai, pehli baar login karte hi change kar lena." Thoda professional bana do.`),

  rec('code_csharp', f`${code(f`public static class OddsFeedClient
{
    private const string BaseUrl = "https://api.oddsprovider.example/v3";
    private const string ClientId = "riverluck-ph";
    private const string ClientSecret = "${v('credential.generic_secret_assignment', fill('b25-oddssec', B62, 40))}";

    public static async Task<string> GetTokenAsync(HttpClient http)
    {
        var body = new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "client_credentials", ["client_id"] = ClientId, ["client_secret"] = ClientSecret });
        var res = await http.PostAsync($"{BaseUrl}/oauth/token", body);
        res.EnsureSuccessStatusCode();
        return await res.Content.ReadAsStringAsync();
    }
}`)}

how do I cache the token until it expires instead of fetching every call?`),

  rec('yaml', f`${amb('source_code.snippet', f`# scada-bridge/config.yml (tram substations)
opcua:
  endpoint: opc.tcp://${amb('pii.ip_address', '10.20.4.11')}:4840
  security_mode: SignAndEncrypt
  username: bridge_svc
  password: ${v('credential.password_assignment', 'Sahko-Asema-2291')}
influx:
  url: http://influx.tcrt.internal:8086
  org: tcrt-ops`)}

Bridge reconnects every 5 minutes, log says BadSessionIdInvalid.`),

  rec('email', f`Subject: accesso portale strutturista

Ciao Marco,
per il calcolo del solaio ti ho creato l'accesso al portale condiviso con lo studio strutture:
user: m.rinaldi.ext
pwd: ${v('credential.user_password_pair', 'Solaio_Ca2291')}
Fammi sapere se funziona.

→ puoi riscrivere la mail in modo che non debba mandare la password in chiaro?`),

  rec('chat', f`Is it fine that our Jenkins job still has GITHUB_TOKEN=${v('credential.github_pat', GHP2)} hard-coded in the Groovy? It's the bot account for the transit-website repo, the job is only visible to admins.`),
];

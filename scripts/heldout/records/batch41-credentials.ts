/**
 * Held-out batch 41: credentials pasted by staff of an offshore catering contractor, a university's
 * international admissions office, a regional bus operator, a medical-cannabis dispensary chain, a
 * chess and board-game web shop and a national met service. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b41-akia', B32, 16));
const AWS_SECRET = fill('b41-akias', B64, 40);
const GHP = gh('ghp', 'Tq7Lm2Vx9Rk4Nb8Wc1Pz6Hs3Jd5Fy0');
const GH_FINE = tok('github_pat_', '11B7Q4ZKA0', fill('b41-ghfg1', B62, 12), '_', fill('b41-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b41-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4819372605', '1-', '7391046258137-', fill('b41-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04M8QZ2R7K/', 'B07H3XP5N2W/', fill('b41-slhook', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b41-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b41-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b41-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b41-oa1', B64URL, 74), 'T3BlbkFJ', fill('b41-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b41-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b41-groq', B62, 52));
const HF = tok('hf_', fill('b41-hf', UPPER + LOWER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b41-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b41-gcp', 1216, '\n');
const AZ_KEY = `${fill('b41-azkey', B64, 86)}==`;
const SAS_SIG = `${fill('b41-sas1', B62, 18)}%2F${fill('b41-sas2', B62, 16)}%2B${fill('b41-sas3', B62, 8)}%3D`;
const TW_SID = tok('AC', fill('b41-twsid', HEX, 32));
const TW_AUTH = fill('b41-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b41-sg1', B64URL, 22), '.', fill('b41-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b41-mg', HEX, 32));
const MAILCHIMP = tok(fill('b41-mc', HEX, 32), '-us14');
const TELEGRAM = tok('7148203956', ':AA', fill('b41-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249837160257394817/', fill('b41-dischook', B64URL, 68));
const TEAMS_HOOK = tok('https://vestkystbuss.webhook.office.com/webhookb2/', '8c2f4a91-3d7e-4b05-a6c8-1f9e2d7b4a36@4e7b1c93-2a58-4d0f-9b61-7c3e8a2d5f10/IncomingWebhook/', fill('b41-teams1', HEX, 32), '/', '2b9e7c41-6a3d-4f85-b1e0-9d4c2a7f3e58/', 'V2', fill('b41-teams2', B64URL, 43));
const NPM = gh('npm', 'Kx4Rb8Tn2Wq6Yd1Mz5Hc9Lv3Fj7Ps0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b41-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b41-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b41-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b41-atl', B64URL, 171), '=', fill('b41-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b41-ntn1', DIGITS, 11), fill('b41-ntn2', B62, 35));
const SENTRY_DSN = tok('https://', fill('b41-sentry', HEX, 32), '@o4507281.ingest.de.sentry.io/4507293615823', '872');
const DD_API = fill('b41-ddapi', HEX, 32);
const DD_APP = fill('b41-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b41-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b41-dapi', HEX, 32));
const CF_TOKEN = fill('b41-cftok', B64URL, 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b41-dop', HEX, 64));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b41-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b41-rsa', 1190);
const SQUARE = tok('EAAA', fill('b41-square', B64URL, 60));
const LINEAR = tok('lin_', 'api_', fill('b41-linear', B62, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'vedurvakt', a: fill('b41-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b41-mbx', B64URL, 22));
const GLSA = tok('glsa_', fill('b41-glsa1', B62, 32), '_', fill('b41-glsa2', HEX, 8));
const TFC = tok(fill('b41-tfc1', B62, 14), '.atlasv1.', fill('b41-tfc2', B62, 67));
const HEROKU = tok('HRKU-', 'AA', fill('b41-hrku', B64URL, 58));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b41-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const BITBUCKET = tok('ATBB', fill('b41-atbb', B62, 32));
const SUPABASE = tok('sbp_', fill('b41-sbp', HEX, 40));
const NETLIFY = tok('nfp_', fill('b41-nfp', B62, 36));
const OKTA = tok('00', fill('b41-okta', B64URL, 40));
const DROPBOX = tok('sl.', 'B', fill('b41-dbx', B64URL, 138));
const AIRTABLE = tok('pat', fill('b41-at1', B62, 14), '.', fill('b41-at2', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b41-pmak1', HEX, 24), '-', fill('b41-pmak2', HEX, 34));
const MISTRAL = fill('b41-mistral', B62, 32);
const AZ_CLIENT = tok(fill('b41-azc1', B62, 3), '8Q~', fill('b41-azc2', B62 + '~._-', 31));
const ADO_PAT = fill('b41-ado', B32LOWER, 52);
const JWT_TICKET = jwt({ alg: 'RS256', typ: 'JWT', kid: 'vkb-2024-09' }, { sub: 'svc-validator-214', aud: 'ticketing-api', scope: 'tickets:validate', iat: 1727430512, exp: 1727434112 }, 'b41-jwt1');
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '48213', role: 'admissions_officer', name: 'R. Menon', iat: 1731052800, exp: 1731139200 }, 'b41-jwt2');
const BEARER = fill('b41-bearer', B62 + '-._~', 48);
const BASIC = b64('ticketsync:Fjellvegen-77!');
const SQ_OAUTH = tok('sq0csp-', fill('b41-sq0csp', B64URL, 43));
const FIGMA = tok('figd_', fill('b41-figd', B64URL, 40));

const code = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH41_CREDENTIALS: DraftRecord[] = [
  rec('aws_credentials', f`the radar archive sync to S3 stopped last night, cron mail says "SignatureDoesNotMatch". here's the creds file on the ingest box, did someone rotate it?

${code(f`[radar-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-north-1`)}`),

  rec('chat_no', f`Hei! Git push feiler på byggserveren med "Authentication failed". Remote ser sånn ut:
https://vkb-ci:${v('credential.github_pat', GHP)}@github.com/vestkyst-buss/billett-api.git
Kan det vere at tokenet har gått ut? Korleis sjekkar eg det utan å logge inn som vkb-ci?`),

  rec('ci_yaml', f`Ο runner για το admissions-portal δεν κάνει clone το submodule. Το workflow:

${code(f`jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: ${v('credential.github_fine_grained_pat', GH_FINE)}
      - run: npm ci && npm run build`)}

Τι φταίει; Το token έχει Contents: read.`),

  rec('chat', f`our gitlab mirror for the forecast post-processing repo needs a token in the config, I put this in but the pipeline still says 401:

GITLAB_TOKEN=${v('credential.gitlab_pat', GLPAT)}

is it the scope? it has read_repository only`),

  rec('config_yaml', f`Bot ya Slack ya tahadhari za hali ya hewa haitumi ujumbe tena. Hii ndiyo config:

${code(f`slack:
  channel: "#tahadhari-pwani"
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  username: "HaliYaHewaBot"
  icon_emoji: ":cloud_with_rain:"`)}

Nisaidie kuelewa kwa nini inarudisha "not_in_channel".`),

  rec('code_python', f`Morning — the galley stock alert script posts to Slack but since Monday it's silent. Any idea?

\`\`\`python
${v('source_code.snippet', f`import requests

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def alert(item, qty, rig):
    if qty < 20:
        requests.post(WEBHOOK, json={"text": f":warning: {rig}: {item} down to {qty}"}, timeout=10)`)}
\`\`\``),

  rec('env_file', f`Waarom krijg ik "No such customer" bij een terugbetaling? Onze .env van de webshop (schaakborden.be):

${code(f`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
SHOP_CURRENCY=EUR
REFUND_REASON_DEFAULT=requested_by_customer`)}`),

  rec('chat', f`Can I give our bookkeeper this restricted key for read-only payout reports, or can it still refund? ${v('credential.stripe_restricted_key', STRIPE_RK)} — it was made by the old dev, I can't see the permissions in the dashboard`),

  rec('chat_it', f`Ciao, sto scrivendo uno script che riassume i bollettini meteo con GPT. Mi dà "insufficient_quota" anche se abbiamo credito. La chiave è ${v('credential.openai_api_key', OPENAI)}, è di progetto. Devo usare un'altra org id?`),

  rec('code_ts', f`Claude calls from the admissions triage tool time out after 60s. Relevant bit:

${v('source_code.snippet', f`const client = new Anthropic({
  apiKey: "${v('credential.anthropic_api_key', ANTHROPIC)}",
  timeout: 60_000,
});

export async function summariseApplication(text: string) {
  const msg = await client.messages.create({ model: MODEL, max_tokens: 800, messages: [{ role: 'user', content: text }] });
  return msg.content;
}`)}`),

  rec('chat_tr', f`Groq ile otobüs şikayetlerini sınıflandırıyoruz. Anahtarı koda gömdüm, biliyorum kötü ama şimdilik: GROQ_API_KEY="${v('credential.groq_api_key', GROQ)}" — 429 hatası alıyoruz, dakikada kaç istek hakkımız var?`),

  rec('notebook', f`${v('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
nowcast = pipeline("image-classification", model="nms-research/radar-convective-v2")`)}

# ^ notebook cell fails with 403 on the private model, token belongs to Sigrún's account`),

  rec('html', f`Harta ya kituo cha hali ya hewa haionekani kwenye tovuti mpya. Tunapata "RefererNotAllowedMapError":

${code(f`<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initStations" async defer></script>`)}`),

  rec('gcp_sa', f`Hi, the BigQuery export of ticket validations fails with "invalid_grant". This is the key file on the server (the ticketing-etl service account), is it malformed?

${amb('source_code.snippet', f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "vkb-data",
  "private_key_id": "${fill('b41-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'ticketing-etl@vkb-data.iam.gserviceaccount.com')}",
  "client_id": "10482937165204718362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`)}`)}`),

  rec('config_json', f`Το appsettings του admissions portal, γιατί δεν ανεβαίνουν τα PDF των διαβατηρίων στο blob;

${code(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=admdocsprod;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
    "Container": "applicant-docs"
  }
}`)}`),

  rec('chat', f`The agent in Chennai needs to upload transcripts, I generated this SAS link for the container, can you check the expiry is 7 days and not 7 months?
https://admdocsprod.blob.core.windows.net/agent-uploads?sp=racw&st=2024-11-04T09:00:00Z&se=2025-06-04T09:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${v('credential.azure_sas_token', SAS_SIG)}`),

  rec('code_php', f`${v('source_code.snippet', f`<?php
// sms ticket confirmation - Vestkyst Buss
$sid   = '${v('credential.twilio_account_sid', TW_SID)}';
$token = '${v('credential.twilio_auth_token', TW_AUTH)}';
$client = new Twilio\\Rest\\Client($sid, $token);
$client->messages->create($phone, ['from' => 'VKBuss', 'body' => "Billett $ref: $route, gyldig til $until"]);`)}

korleis gjer eg dette om til ein kø i staden for direkte kall?`),

  rec('chat_pt', f`Os emails de confirmação de encomenda da loja de xadrez estão a ir para spam. Usamos SendGrid com a chave ${v('credential.sendgrid_api_key', SENDGRID)} — é preciso configurar DKIM no domínio ou basta a chave?`),

  rec('config_ini', f`${code(f`[mailer]
provider = mailgun
domain = mg.bluemahoewellness.com
api_key = ${v('credential.mailgun_api_key', MAILGUN)}
from = Blue Mahoe Dispensary <${v('pii.email', 'noreply@mg.bluemahoewellness.com')}>`)}

wah gwaan, this config send the prescription-ready emails. Mailgun say our key disabled, how we reactivate it?`),

  rec('chat_es', f`Hola, quiero conectar Mailchimp con la tienda para el boletín de torneos de ajedrez. Me pide la API key y puse ${v('credential.mailchimp_api_key', MAILCHIMP)} pero dice "API Key Invalid". ¿El sufijo us14 importa?`),

  rec('code_python', f`Telegram-botten som sender farevarsler til vakthavende har slutta å svare. Kode:

${v('source_code.snippet', f`import telebot
bot = telebot.TeleBot("${v('credential.telegram_bot_token', TELEGRAM)}")

@bot.message_handler(commands=["farevarsel"])
def send_varsel(msg):
    bot.reply_to(msg, hent_siste_varsel(region="Vestland"))

bot.infinity_polling()`)}`),

  rec('chat', f`can u make this discord post look nicer, it's for our weekly blitz tournament announcements. currently we just curl:
curl -H "Content-Type: application/json" -d '{"content":"Blitz Friday 19:00 CET, 3+2, prizes!"}' ${v('credential.discord_webhook_url', DISCORD_HOOK)}`),

  rec('powershell', f`${v('source_code.snippet', f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$body = @{ text = "Validator $env:COMPUTERNAME offline since $(Get-Date -Format HH:mm)" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -Body $body -ContentType 'application/json'`)}

Dette skriptet ligg på kvar billettautomat. Kan eg gjere det slik at det ikkje spammar kanalen kvar 5. minutt?`),

  rec('npmrc', f`npm install fails in CI for the shop frontend, E401 on our private @pawnshop scope. .npmrc:

${code(f`@pawnshop:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}`),

  rec('pypirc', f`${code(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

we publish our grib-tools package from here. twine says 403 "project name not allowed", token is project-scoped?`),

  rec('chat_ro', f`Salut, pipeline-ul nu mai poate face push la imaginea pentru aplicația de rezervări de la platformă. Folosim: echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u catering-ops --password-stdin. Eroarea e "unauthorized: incorrect username or password". Ce verific?`),

  rec('chat', f`Shopify admin API is returning 401 on product updates for the new chess sets. Token from the custom app: ${v('credential.shopify_access_token', SHPAT)} — does it need write_products re-approved after I added variants?`),

  rec('code_bash', f`${v('source_code.snippet', f`#!/usr/bin/env bash
# stofna Jira-mál þegar ratsjárstöð dettur út
JIRA_USER="${v('pii.email', 'drift@vedurvakt.is')}"
JIRA_TOKEN="${v('credential.atlassian_api_token', ATLASSIAN)}"
curl -s -u "$JIRA_USER:$JIRA_TOKEN" -H "Content-Type: application/json" \\
  -X POST https://vedurvakt.atlassian.net/rest/api/3/issue \\
  -d "{\\"fields\\":{\\"project\\":{\\"key\\":\\"RAD\\"},\\"summary\\":\\"Radar $1 offline\\",\\"issuetype\\":{\\"name\\":\\"Incident\\"}}}"`)}

Af hverju fæ ég 400 Bad Request?`),

  rec('chat_ms', f`Saya nak sambungkan Notion dengan borang menu mingguan untuk pelantar. Integration token: ${v('credential.notion_token', NOTION)}. Kenapa dapat "object_not_found" walaupun database dah dikongsi?`),

  rec('config_js', f`${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  environment: "production",
  tracesSampleRate: 0.2,
});`)}

this is in the dispensary loyalty app. Sentry shows no events from iOS, only Android. why?`),

  rec('helm_values', f`Datadog agent on the forecast cluster isn't shipping logs. values.yaml:

${code(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.eu
  logs:
    enabled: true
    containerCollectAll: true`)}`),

  rec('shell', f`${code(f`$ export VAULT_ADDR=https://vault.nms.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/nwp/ecmwf-feed
Error reading secret/data/nwp/ecmwf-feed: Code: 403. Errors: permission denied`)}

the policy should allow read on secret/nwp/*, what am I missing?`),

  rec('chat_pl', f`Hej, w notebooku Databricks do analizy sprzedaży gier planszowych mam: DATABRICKS_TOKEN = "${v('credential.databricks_token', DATABRICKS)}". Czy da się zrobić, żeby job używał service principala zamiast mojego tokena?`),

  rec('env_file', f`${code(f`# dns-updater for warnings.nms.gov domain
CF_ZONE_ID=7c41e2b98a3d5f06c1e94b72a8d3f510
CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
RECORD=warnings`)}

the script updates the A record when we fail over to the backup site. cloudflare says "Invalid request headers"`),

  rec('terraform', f`${code(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "galley_pos" {
  image  = "ubuntu-22-04-x64"
  name   = "galley-pos-sync"
  region = "lon1"
  size   = "s-1vcpu-1gb"
}`)}

Can you refactor this so the token comes from a variable? I know it shouldn't be in the file.`),

  rec('chat', f`Hi, I'm trying to SSH to the old admissions reporting box from a new laptop, copied my key over but ssh says "invalid format". Here's the key file, did it get mangled in the copy?

${v('credential.openssh_private_key', SSH_KEY)}`),

  rec('chat_ko', f`예보 API 서버 인증서 갱신하다가 개인키가 맞는지 모르겠어요. 아래 키랑 CSR이 짝이 맞는지 확인하는 방법 알려주세요.

${v('credential.private_key', RSA_KEY)}`),

  rec('chat', f`yo the Square POS at the Kingston dispensary won't sync inventory, dev left this in the README: SQUARE_ACCESS_TOKEN=${v('credential.square_access_token', SQUARE)} and SQUARE_APP_SECRET=${v('credential.square_oauth_secret', SQ_OAUTH)}. Is production or sandbox? how to tell`),

  rec('chat_nl', f`Kan je een GitHub Action schrijven die bij elke nieuwe bestelling met een defect schaakbord een Linear issue aanmaakt? Onze key: ${v('credential.linear_api_key', LINEAR)} en team id SHOP.`),

  rec('code_js', f`${v('source_code.snippet', f`mapboxgl.accessToken = '${v('credential.mapbox_secret_token', MAPBOX)}';
const map = new mapboxgl.Map({ container: 'warnings', style: 'mapbox://styles/vedurvakt/clw8x2', center: [-19.0, 64.9], zoom: 5.4 });`)}

mapbox segir að token sé "secret" og megi ekki nota í vafra — hvað meinar það?`),

  rec('chat', f`Grafana alert provisioning via API gives 403. I'm using a service account token ${v('credential.grafana_service_account_token', GLSA)} with Editor role — do I need Admin for alert rules?`),

  rec('terraformrc', f`${code(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

tengo esto en ~/.terraformrc en el servidor de boletería. ¿Cómo lo paso a variable de entorno para el pipeline?`),

  rec('chat', f`heroku CLI keeps asking me to log in on the ticket-scanner staging app even though I set HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} in my shell. bash, ubuntu 22.04`),

  rec('chat', f`We encrypt the applicant document backups with age. If I lose this I'm done, right? Is it enough to print it and lock it in the safe?
${v('credential.age_secret_key', AGE)}`),

  rec('bitbucket_pipelines', f`${code(f`pipelines:
  default:
    - step:
        script:
          - git clone https://kds-deploy:${v('credential.bitbucket_app_password', BITBUCKET)}@bitbucket.org/kanji-dispensaries/pos-menu.git`)}

Bitbucket says app passwords are being deprecated. What's the replacement for this clone step?`),

  rec('chat', f`supabase CLI: "supabase link" fails, I did supabase login --token ${v('credential.supabase_token', SUPABASE)} — is that the right type of token or do I need the service_role key?`),

  rec('chat_is', f`Netlify deploy á veðurvefnum fer ekki í gegn. NETLIFY_AUTH_TOKEN=${v('credential.netlify_token', NETLIFY)} — er þetta persónulegt token eða þarf ég team token?`),

  rec('http', f`Okta SCIM sync for new admissions staff fails:

${code(f`GET /api/v1/users?filter=status%20eq%20%22ACTIVE%22 HTTP/1.1
Host: ardmore-uni.okta.com
Authorization: SSWS ${v('credential.okta_api_token', OKTA)}
Accept: application/json`)}

response 403 "Invalid session". token is from the integration account`),

  rec('chat', f`The board-game shop backups to Dropbox broke. Script uses DROPBOX_TOKEN=${v('credential.dropbox_access_token', DROPBOX)} — these short-lived tokens expire every 4h? how do I get a refresh token instead`),

  rec('chat', f`Airtable automation for the rig crew rota returns 401, here's the header we send: Authorization: Bearer ${v('credential.airtable_pat', AIRTABLE)}`),

  rec('newman', f`${code(f`newman run ticketing-regression.json \\
  --env-var "baseUrl=https://api-staging.vestkystbuss.no" \\
  --postman-api-key ${v('credential.postman_api_key', POSTMAN)}`)}

Newman klagar på "unknown option --postman-api-key". Korleis hentar eg kolleksjonen frå Postman-skyen i staden?`),

  rec('chat_it', f`Uso Mistral per tradurre le schede prodotto degli scacchi in italiano. MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}. Come imposto la temperatura per avere traduzioni più costanti?`),

  rec('env_file', f`${code(f`AZURE_TENANT_ID=4e7b1c93-2a58-4d0f-9b61-7c3e8a2d5f10
AZURE_CLIENT_ID=9a2f7d41-3c85-4e06-b1d9-6f2e8a4c7b35
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
GRAPH_SCOPE=https://graph.microsoft.com/.default`)}

app registration for the admissions mailbox reader. Graph returns AADSTS7000215, invalid client secret. we made it yesterday!`),

  rec('chat', f`Azure DevOps pipeline for the catering invoice app: I put my PAT ${v('credential.azure_devops_pat', ADO_PAT)} in the service connection, still "TF400813: not authorized". the PAT has Build (read & execute)`),

  rec('http', f`${code(f`POST /v2/tickets/validate HTTP/1.1
Host: ticketing-api.vestkystbuss.no
Authorization: Bearer ${v('credential.jwt', JWT_TICKET)}
Content-Type: application/json

{"ticketRef":"VKB-7Q4M2X","validatorId":"BUS-4417-F","ts":"2024-09-27T09:48:32Z"}`)}

Validatorane returnerer 401 sjølv om exp ikkje har gått ut. Klokka på bussen?`),

  rec('chat_ta', f`எங்கள் admissions portal-ல login ஆன பிறகு இந்த token localStorage-ல இருக்கு: ${v('credential.jwt', JWT_PORTAL)} — இது பாதுகாப்பானதா? cookie-க்கு மாற்றணுமா?`),

  rec('curl', f`${code(f`curl -X GET "https://api.metfeed.example-partner.com/v1/stations/observations?since=PT1H" \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "Accept: application/geo+json"`)}

Partner feed returns an empty FeatureCollection since this morning, is the since= parameter wrong?`),

  rec('nginx', f`${code(f`location /sync/ {
    proxy_pass http://${amb('pii.ip_address', '10.40.2.18')}:8080/;
    proxy_set_header Authorization "Basic ${v('credential.basic_auth_header', BASIC)}";
}`)}

Nginx proxy til billettsynk. Er det trygt å ha Basic-headeren i konfigen sånn, eller bør vi flytte den?`),

  rec('chat', f`The galley inventory app can't reach the DB after the rig's network change. Connection string from appsettings:
postgresql://galley_app:${v('credential.database_url_password', 'Brent-Delta-4471')}@${amb('pii.ip_address', '10.12.8.40')}:5432/galley_inventory?sslmode=require
is it the IP or the sslmode? IT on the platform says port is open`),

  rec('chat_tr', f`Veritabanından bilet satış raporunu alamıyorum. Şöyle bağlanıyorum: mysql -h ${amb('pii.ip_address', '172.20.4.11')} -u rapor -p${v('credential.mysql_cli_password', 'Kapadokya#2024')} bilet_db — "Access denied for user" diyor, şifre doğru eminim.`),

  rec('chat_nb', f`Hei, kan du skrive en kort beskjed til vikarene om hvordan de logger på kassasystemet i kantina på Troll B? Brukernavn er kantine-vikar og passordet er ${v('credential.password_in_prose', 'Havbris2024!')} — de må bytte det første gang.`),

  rec('config_yaml', f`${code(f`database:
  host: db-meteo-01.internal
  port: 5432
  user: synop_loader
  password: "${v('credential.password_assignment', 'Lægð&Hæð_1993')}"
  dbname: observations`)}

Loader skrifar engin gögn síðan í gær. Log segir "password authentication failed".`),

  rec('cisco', f`${code(f`hostname depot-bergen-sw01
!
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Bussdepot!Nord7')}
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b41-cisco9', B62 + './', 14), '$', fill('b41-cisco9b', B62 + './', 43)))}
!
interface Vlan20
 description VALIDATORS
 ip address ${amb('pii.ip_address', '10.20.0.1')} 255.255.255.0`)}

Switch på depotet i Bergen. Kvifor får eg ikkje SSH inn med netops-brukaren?`, 'plaintext type-0 password labelled; the type-9 enable secret is a hash (ambiguous)'),

  rec('ticket', f`INC-30418 — POS terminal at Glen Ord pick-up point not logging in
Reporter: Fiona (ticketing)
Details: tried the service account, user: pos_glenord / pass: ${v('credential.user_password_pair', 'Thistle-Tay-88')} — error "account locked".
Please unlock and tell me if the password needs changing.`),

  rec('chat_sw', f`Nisaidie kuandika barua pepe kwa msambazaji wa mfumo wa tiketi. Tunataka kubadilisha nenosiri la akaunti ya admin. Kwa sasa tunaingia kwa: sshpass -p '${v('credential.cli_password', 'Mombasa@Basi2024')}' ssh admin@${amb('pii.ip_address', '172.18.3.20')} — hii si salama, sivyo?`),

  rec('config_toml', f`${code(f`[oauth.google]
client_id = "582913047621-9q3kf8m2ld7t4xw0hvbn6e1rcu5pjas2.apps.googleusercontent.com"
client_secret = "${v('credential.google_oauth_client_secret', tok('GOCSPX-', fill('b41-gocspx', B64URL, 28)))}"
redirect_uri = "https://apply.ardmore.ac.uk/auth/callback"`)}

admissions applicants sign in with Google. Error: redirect_uri_mismatch but it's identical?!`),

  rec('chat', f`figma plugin to export the chess piece icons keeps failing with 403, using personal token ${v('credential.figma_token', FIGMA)} — does it need file_content:read scope?`),
];

/**
 * Held-out batch 95: credentials pasted by staff of a pilotage and tugboat company, a pharmacy chain
 * with a compounding lab, a crowdfunding platform's trust and safety team, a film festival's
 * accreditation office, an industrial bakery's QA lab and a state lottery's retailer support desk.
 * Hand-written; configs, shells and payloads around the secrets are ambiguous code.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b95-akia', B32, 16));
const AWS_SECRET = fill('b95-awssec', B64, 40);
const AKIA2 = tok('AKIA', fill('b95-akia2', B32, 16));
const AWS_SECRET2 = fill('b95-awssec2', B64, 40);
const GHP = gh('ghp', fill('b95-ghp', B62, 30));
const GHP2 = gh('ghp', fill('b95-ghp2', B62, 30));
const GH_FG = tok('github_pat_', '11B', fill('b95-fg1', UPPER + DIGITS, 19), '_', fill('b95-fg2', B62, 59));
const GLPAT = tok('glpat-', fill('b95-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '4829173650', '2-', '7719305528413-', fill('b95-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b95-sh1', UPPER + DIGITS, 6), '/B07', fill('b95-sh2', UPPER + DIGITS, 8), '/', fill('b95-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_live_', '51N', fill('b95-sklive', B62, 96));
const RK_LIVE = tok('rk_live_', '51N', fill('b95-rklive', B62, 96));
const WHSEC = tok('whsec_', fill('b95-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b95-oai1', B64URL, 74), 'T3BlbkFJ', fill('b95-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b95-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b95-groq', B62, 52));
const HF = tok('hf_', fill('b95-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b95-gapi', B62 + '-_', 33));
const GOCSPX = tok('GOCSPX-', fill('b95-gocspx', B64URL, 28));
const SENDGRID = tok('SG.', fill('b95-sg1', B64URL, 22), '.', fill('b95-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b95-twsid', HEX, 32));
const TW_AUTH = fill('b95-twauth', HEX, 32);
const TELEGRAM = tok('6841937205', ':AA', fill('b95-tg', B62 + '-_', 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1219384756102938475', '/', fill('b95-dh', B64URL, 68));
const MAILGUN = tok('key-', fill('b95-mg', HEX, 32));
const NPM = gh('npm', fill('b95-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b95-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b95-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b95-shpat', HEX, 32));
const PMAK = tok('PMAK-', fill('b95-pm1', HEX, 24), '-', fill('b95-pm2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b95-lin', B62, 40));
const SENTRY_DSN = tok('https://', fill('b95-sdsn', HEX, 32), '@o4506', fill('b95-sorg', DIGITS, 9), '.ingest.de.sentry.io/4507', fill('b95-sproj', DIGITS, 12));
const DD_API = fill('b95-ddapi', HEX, 32);
const DD_APP = fill('b95-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b95-hvs', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b95-dapi', HEX, 32), '-3');
const DO_TOKEN = tok('dop_v1_', fill('b95-dop', HEX, 64));
const CF_TOKEN = fill('b95-cf', B62 + '-_', 40);
const HEROKU = tok('HRKU-', 'AA', fill('b95-hrku', B64URL, 58));
const SQUARE = tok('EAAA', fill('b95-sq', B64URL, 60));
const AZURE_STORAGE = fill('b95-azst', B64, 86) + '==';
const AZ_CLIENT = tok(fill('b95-azc1', B62, 3), '8Q~', fill('b95-azc2', B62 + '~._-', 34));
const TFC = tok(fill('b95-tfc1', B62, 14), '.atlasv1.', fill('b95-tfc2', B62, 67));
const NOTION = tok('ntn_', fill('b95-ntn1', DIGITS, 11), fill('b95-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b95-at1', B62, 14), '.', fill('b95-at2', HEX, 64));
const OKTA = tok('00', fill('b95-okta', B62 + '-_', 40));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b95-atl', B64URL, 171), '=', fill('b95-atl2', HEX.toUpperCase(), 8));
const GLSA = tok('glsa_', fill('b95-glsa1', B62, 32), '_', fill('b95-glsa2', HEX, 8));
const JWT1 = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'retailer-4471', role: 'terminal', iat: 1783321200, exp: 1783407600 }, 'b95-jwt1');
const JWT2 = jwt({ alg: 'RS256', kid: 'acc-2026' }, { sub: 'accred-portal', scope: 'badges:write', iss: 'https://id.festival.example', exp: 1788220800 }, 'b95-jwt2');
const BEARER = fill('b95-bearer', B62, 48);
const RSA = pem('RSA PRIVATE KEY', 'b95-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b95-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC = pem('EC PRIVATE KEY', 'b95-ec', 121);
const PKCS8 = pem('PRIVATE KEY', 'b95-gcppk', 1216);
const GCP_PKID = fill('b95-gcpkid', HEX, 40);
const BASIC = b64('tugdispatch:' + 'Hawser!Line72');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b95-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const GENERIC1 = fill('b95-gen1', B62, 32);
const GENERIC2 = fill('b95-gen2', HEX, 48);
const AGE_PUB = tok('age1', fill('b95-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58));
const LOWER_PW = fill('b95-lpw', LOWER + DIGITS, 14);

export const BATCH95_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Kan du förklara varför vår lotsbokningstjänst inte kommer åt S3 längre? Här är .env från servern (lotsplanering-prod):

${amb('source_code.snippet', f`APP_ENV=production
AWS_REGION=eu-north-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
S3_BUCKET=lotsning-ais-arkiv
AIS_FEED_URL=https://ais.internal.lots.se/stream`)}

Felet är "SignatureDoesNotMatch". Nyckeln roterades i fredags.`),

  rec('chat', f`hey, quick one — our tug dispatch bot on Slack stopped posting berth changes. token is ${v('credential.slack_bot_token', XOXB)} , scopes chat:write and channels:read. What else should I check? (Port Botany night shift)`),

  rec('yaml_config', f`Tafadhali nisaidie kurekebisha docker-compose hii ya huduma ya printa ya lebo za maabara ya dawa (compounding). Printa haichapishi tangu jana.

${amb('source_code.snippet', f`services:
  label-printer:
    image: registry.apotek-nord.dk/compounding/labels:2.4.1
    environment:
      DB_HOST: db-compound-01
      DB_USER: etiket_svc
      DB_PASSWORD: ${v('credential.password_assignment', 'Magistrel#Salve2026')}
      PRINTER_QUEUE: zebra-lab-2
    ports:
      - "8081:8080"`)}`),

  rec('chat_pt_br', f`Oi! Estou tentando integrar o Stripe no painel de reembolsos da plataforma de financiamento coletivo. Coloquei a chave ${v('credential.stripe_secret_key', STRIPE_LIVE)} direto no código só pra testar e funcionou, mas o time de segurança reclamou. Como guardo isso do jeito certo no Vercel?`),

  rec('ticket_fr_ca', f`Billet #ACC-2291 — Portail d'accréditation du festival
Bonjour l'équipe TI,
Le webhook Stripe ne valide plus les signatures depuis la migration. On a remis le secret suivant dans la config : ${v('credential.stripe_webhook_secret', WHSEC)}
Les badges presse ne sont plus générés après paiement. Pouvez-vous regarder ça avant l'ouverture du Marché du film ?
Merci, Geneviève (bureau des accréditations, Montréal)`),

  rec('python_snippet', f`Warum bekomme ich 401 beim Abruf der Laborwerte? Code aus dem QS-Labor (Großbäckerei):

${v('source_code.snippet', f`import requests

LIMS_URL = "https://lims.baeckerei-qs.de/api/v2/proben"
API_KEY = "${v('credential.generic_secret_assignment', GENERIC1)}"

def hole_proben(charge):
    r = requests.get(f"{LIMS_URL}?charge={charge}", headers={"X-Api-Key": API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()["proben"]

for p in hole_proben("MEHL-2026-0412"):
    print(p["parameter"], p["wert"], p["einheit"])`)}`),

  rec('shell_session', f`Ajuda: o script de backup do terminal de lotaria dá erro de autenticação. Corri isto:

${amb('source_code.snippet', f`$ mysql -h ${amb('pii.ip_address', '10.40.2.17')} -u lotaria_ro -p'${v('credential.mysql_cli_password', 'Sorteio#Quina88')}' retalhistas -e "SELECT count(*) FROM terminais"
ERROR 1045 (28000): Access denied for user 'lotaria_ro'@'${amb('pii.ip_address', '10.40.9.3')}' (using password: YES)`)}

O utilizador existe, já confirmei no phpMyAdmin.`),

  rec('aws_credentials', f`${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET2)}
region = ap-southeast-2

[pilot-ais-readonly]
role_arn = arn:aws:iam::418273650912:role/ais-reader
source_profile = default`)}

^ that's my ~/.aws/credentials on the tug office laptop. boto3 says the profile pilot-ais-readonly can't assume the role. why?`),

  rec('chat_es_cl', f`Oye, necesito que me ayudes a armar un GitHub Action para desplegar el bot de moderación de campañas fraudulentas. Ahora mismo clono con este token: ${v('credential.github_pat', GHP)} ¿Lo paso como secret o hay algo mejor?`),

  rec('git_remote', f`Nem működik a push a pék-QA repóba:
${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.pekseg-minoseg.hu/qa/erzekszervi.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.pekseg-minoseg.hu/qa/erzekszervi.git (push)
$ git push
remote: HTTP Basic: Access denied`)}
Mi lehet a gond?`),

  rec('k8s_secret', f`Te rog verifică dacă secretul ăsta Kubernetes e corect pentru serviciul de validare bilete loto:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: validare-bilete
  namespace: loterie
type: Opaque
stringData:
  POSTGRES_URL: postgres://validator:${v('credential.database_url_password', 'Extragere_6din49!')}@pg-loterie.svc:5432/bilete
  JWT_SIGNING_KEY: ${v('credential.generic_secret_assignment', GENERIC2)}`)}

Podul dă CrashLoopBackOff.`),

  rec('prose_password', f`Hola, soy Marisol de la farmacia de Asunción (sucursal Villa Morra). Olvidé cómo cambiar la contraseña del sistema de recetas magistrales. La actual es ${v('credential.password_in_prose', 'Jarabe2025*Mora')} y me pide cambiarla cada 90 días. ¿Me escribís los pasos para el equipo?`),

  rec('openai_chat', f`I'm building a tool that summarises festival film submissions. Getting "insufficient_quota". Key: ${v('credential.openai_api_key', OPENAI)}
Is this a billing thing or a key thing? We're on the org plan.`),

  rec('json_config', f`Mae'r ffurfweddiad hwn yn methu — sorry, Welsh autocorrect. Here's appsettings.json for the bakery LIMS bridge:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Lims": "Server=sql-qa-01;Database=LimsBakery;User Id=lims_bridge;Password=${v('credential.connection_string_password', 'Sourdough!Starter9')};TrustServerCertificate=True"
  },
  "AzureStorage": {
    "AccountName": "bakeryqaimages",
    "AccountKey": "${v('credential.azure_storage_key', AZURE_STORAGE)}"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}`),

  rec('chat_it', f`Ciao, sto collegando il chatbot della farmacia a Claude per rispondere sugli orari. La mia chiave è ${v('credential.anthropic_api_key', ANTHROPIC)} — va bene metterla nel file .js del sito o è rischioso?`),

  rec('curl', f`Pouvez-vous m'expliquer pourquoi cette requête renvoie 403 ? (portail accréditation presse, Libreville)

${amb('source_code.snippet', f`curl -X POST https://api.accreditation-festival.ga/v1/badges \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT2)}" \\
  -H "Content-Type: application/json" \\
  -d '{"categorie":"PRESSE","nom":"Obiang","media":"Gabon Matin"}'`)}`),

  rec('ssh_key', f`Zjistil jsem, že kolega poslal do Teams svůj klíč na přístup k serveru s AIS daty remorkérů. Je tohle privátní klíč, nebo jen veřejný? Mám to hlásit?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('groq_prose', f`Ngiyabonga ngosizo lwayizolo! Manje, i-Groq key yethu ye-chatbot yamathikithi elotho ithi "invalid". Nansi: ${v('credential.groq_api_key', GROQ)}. Ingabe kufanele ngenze entsha?`),

  rec('hf_token', f`Trying to pull a private model for classifying scam crowdfunding pitches:
${amb('source_code.snippet', f`$ huggingface-cli login --token ${v('credential.huggingface_token', HF)}
Token is valid (permission: read).
$ python classify.py --model ts-team/pitch-fraud-v3
OSError: You are trying to access a gated repo.`)}`),

  rec('google_maps', f`Sa web app ng pilot boarding schedule, ginamit namin ang Google Maps key na ito: ${v('credential.google_api_key', GOOGLE)}. Lumalabas na "RefererNotAllowedMapError". Paano ko aayusin ang restrictions?`),

  rec('oauth_client', f`${amb('source_code.snippet', f`{
  "web": {
    "client_id": "731904826551-q8rk2mfn4v0d7p3hsl1tja9cgexbo6wu.apps.googleusercontent.com",
    "project_id": "festival-accreditation",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "${v('credential.google_oauth_client_secret', GOCSPX)}",
    "redirect_uris": ["https://accred.filmfest.ie/auth/callback"]
  }
}`)}
This is our client_secret.json, the Google sign-in for jury members loops back to the login page. Any ideas?`),

  rec('sendgrid', f`Ina buƙatar taimako: imel ɗin tabbatar da rajistar dillalan lotto ba sa tafiya. SendGrid key: ${v('credential.sendgrid_api_key', SENDGRID)}. Log ɗin ya ce "403 Forbidden".`),

  rec('twilio_env', f`SMS alerts for tug crew call-outs broke after the account move. Config:
${amb('source_code.snippet', f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${phone('+61480095123')}
CREW_GROUP=tug-masters-botany`)}
Error 20003 Authenticate. Do SIDs change when you move between subaccounts?`),

  rec('telegram', f`Бот телеграм для аптечної мережі, який повідомляє про готовність індивідуальних ліків, перестав відповідати. Токен: ${v('credential.telegram_bot_token', TELEGRAM)}. Як перевірити, чи вебхук ще зареєстрований?`),

  rec('discord', f`Discord webhook-en til akkrediteringskanalen vår sender ikke lenger. URL: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — kan du skrive et lite Python-skript som tester den?`),

  rec('mailgun', f`Mailgun-avain, jolla leipomon laatuhälytykset lähtevät: ${v('credential.mailgun_api_key', MAILGUN)}. Onko tämä vanhaa muotoa? Pitäisikö vaihtaa uuteen?`),

  rec('npmrc', f`Our internal npm registry for the lottery retailer app fails in CI:
${amb('source_code.snippet', f`@lotto-state:registry=https://npm.lotto-ops.internal/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}
npm ERR! 404 Not Found - GET https://npm.lotto-ops.internal/@lotto-state%2fterminal-sdk`),

  rec('pypirc', f`${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}
¿Por qué twine me dice 403 al subir el paquete de cálculo de dosis para el laboratorio de fórmulas magistrales?`),

  rec('docker_login', f`${amb('source_code.snippet', f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u bakeryqa --password-stdin`)}
Login Succeeded but pull still denied for bakeryqa/moisture-analyser. Private repo?`),

  rec('shopify', f`Festivalbutikken på Shopify: vi vil synkronisere akkrediteringskøb. Admin-token ${v('credential.shopify_access_token', SHPAT)} virker i Postman men ikke i vores Node-app. Hvorfor?`),

  rec('postman', f`Postman collection export failing via API. Using PMAK key ${v('credential.postman_api_key', PMAK)} — the response is 401 "AuthenticationError". Workspace is the trust-and-safety one.`),

  rec('linear', f`Linear API-ით ვცდილობ ბილეთების ავტომატურ შექმნას ლატარიის გამყიდველების მხარდაჭერისთვის. Key: ${v('credential.linear_api_key', LINEAR)}. GraphQL აბრუნებს "Authentication required". რა ვქნა?`),

  rec('sentry', f`Sentry nu primește erorile din aplicația mobilă a piloților. În build.gradle am pus:
${amb('source_code.snippet', f`android {
  defaultConfig {
    manifestPlaceholders = [sentryDsn: "${v('credential.sentry_dsn', SENTRY_DSN)}"]
  }
}`)}`),

  rec('datadog', f`Datadog agent on the compounding lab's clean-room sensors:
${amb('source_code.snippet', f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
tags:
  - env:lab
  - room:cleanroom-iso7`)}
No metrics in the dashboard since Tuesday.`),

  rec('vault', f`Vault token expired during the lottery draw-night deploy? ${amb('source_code.snippet', f`export VAULT_ADDR=https://vault.lotto-ops.internal:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get secret/draw/rng-seed-service`)} → "permission denied". Policy issue or TTL?`),

  rec('databricks', f`Databricks notebookta kalite laboratuvarı verilerini çekmek için şu token'ı kullanıyorum: ${v('credential.databricks_token', DATABRICKS)}. "Invalid access token" diyor. Süresi mi doldu?`),

  rec('terraform', f`${amb('source_code.snippet', f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "accred_scanner" {
  image  = "ubuntu-24-04-x64"
  name   = "accred-badge-scanner-1"
  region = "fra1"
  size   = "s-2vcpu-4gb"
}`)}
terraform plan: 401 Unable to authenticate you. Festival opens in 4 days, help.`),

  rec('cloudflare', f`Cloudflare API token for DNS of the pharmacy e-prescription site: CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} — certbot dns-cloudflare plugin says "Invalid request headers". Zone:DNS:Edit is set.`),

  rec('heroku', f`Kia ora, our campaign-review dashboard is on Heroku. HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} — the GitHub deploy step fails with "Invalid credentials provided". Is the HRKU format new?`),

  rec('square', f`Los puntos de venta de la panadería (tienda de fábrica) usan Square. Access token de producción: ${v('credential.square_access_token', SQUARE)}. ¿Cómo saco el reporte de ventas diario con la API?`),

  rec('azure_sp', f`Azure service principal for the AIS-data pipeline (tug fleet):
${amb('source_code.snippet', f`AZURE_TENANT_ID=6d2f41a8-9c03-4b7e-a15d-38e0c7f2b914
AZURE_CLIENT_ID=b71e09c4-2a58-4f3d-8e96-0c4d1a7f5e22
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}`)}
AADSTS7000215: Invalid client secret provided. We rotated it yesterday.`),

  rec('terraform_cloud', f`${amb('source_code.snippet', f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}
Terraform Cloud workspace "lotto-retailer-portal" says unauthorized. Wrong org?`),

  rec('notion', f`Notion integration for the festival accreditation tracker: token ${v('credential.notion_token', NOTION)}. The API returns object_not_found for the database even though I shared it. What am I missing?`),

  rec('airtable', f`Airtable PAT used by the trust & safety flagging script: ${v('credential.airtable_pat', AIRTABLE)}
Base appQ8rT2… table "Flagged campaigns". 422 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND. Scopes: data.records:read.`),

  rec('okta', f`Okta API token dla systemu aptek (SSO farmaceutów): SSWS ${v('credential.okta_api_token', OKTA)}. Dlaczego dostaję E0000011 "Invalid token provided"?`),

  rec('atlassian', f`Jira automation for lottery retailer tickets — curl works with my email + this API token: ${v('credential.atlassian_api_token', ATLASSIAN)} but the Python jira library says 401. Why?`),

  rec('grafana', f`Grafana service account token for the bakery oven temperature dashboards: ${v('credential.grafana_service_account_token', GLSA)}. Alloy can't push: "401 Unauthorized". Do SA tokens work for remote_write?`),

  rec('http_request', f`Zašto ovaj zahtjev za provjeru listića vraća 401? (podrška za prodajna mjesta lutrije)

${amb('source_code.snippet', f`GET /api/v3/tickets/validate?serial=71-0042-88193 HTTP/1.1
Host: retailer.lutrija-ops.hr
Authorization: Bearer ${v('credential.jwt', JWT1)}
Accept: application/json`)}`),

  rec('basic_auth', f`Nginx log from the tug dispatch API — I think someone hard-coded creds in the harbour master's integration:
${amb('source_code.snippet', f`Authorization: Basic ${v('credential.basic_auth_header', BASIC)}`)}
Can you decode it and tell me which user it is?`),

  rec('bearer_prose', f`Το API της πλατφόρμας crowdfunding δέχεται μόνο bearer token. Χρησιμοποιώ: Authorization: Bearer ${v('credential.bearer_token', BEARER)} αλλά παίρνω 401 μόνο στα endpoints /reports. Μήπως χρειάζεται άλλο scope;`),

  rec('pem_key', f`Dette er nøkkelen fra den gamle VPN-boksen i slepebåtkontoret i Bergen. Kan jeg bruke den i den nye WireGuard-oppsettet eller må jeg lage ny?

${v('credential.private_key', RSA)}`),

  rec('gcp_sa', f`Hi, our lottery draw-results publisher on Cloud Run can't write to Firestore. Key file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lotto-draw-results",
  "private_key_id": "${GCP_PKID}",
  "private_key": "${v('credential.private_key', PKCS8.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'results-publisher@lotto-draw-results.iam.gserviceaccount.com')}",
  "client_id": "104829375610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'results-publisher%40lotto-draw-results.iam.gserviceaccount.com')}"
}`))}`),

  rec('network_device', f`Cisco switch config from the pilot station (Fremantle), can you tidy it up?
${amb('source_code.snippet', f`hostname PILOT-STN-SW1
!
enable password 7 ${amb('credential.network_device_secret', '0822455D0A16544541')}
username admin privilege 15 password 0 ${v('credential.network_device_secret', 'Pil0tLadder!2026')}
!
interface Vlan20
 description AIS-RECEIVERS
 ip address ${amb('pii.ip_address', '10.20.0.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}`),

  rec('user_pass_pair', f`Login for the retailer terminal test environment (Tbilisi lotto shop #114): user: ${v('credential.user_password_pair', 'retail114 / Bilet!Tbs-7723')} — please write step-by-step instructions for the new shop assistant to log in.`),

  rec('cli_password', f`Das Skript für den Export der Sensorik-Prüfungen (Brotkruste, Feuchte) bricht ab:
${amb('source_code.snippet', f`pg_dump "host=qa-db.baeckerei.local user=sensorik password=${v('credential.connection_string_password', 'Roggen#Kruste55')} dbname=sensorik" > /backup/sensorik_$(date +%F).sql`)}
Fehlermeldung: "pg_dump: error: server version mismatch".`),

  rec('slack_webhook', f`Waa maxay sababta uu webhook-kan Slack u shaqayn waayay? Waxaan u adeegsanaa ogeysiisyada tababarka farmashiyaha: ${v('credential.slack_webhook_url', SLACK_HOOK)}`),

  rec('age_key', f`sops for the lottery RNG service secrets — we keep the age identity in the repo (I know…):
${amb('source_code.snippet', f`# created: 2026-03-02T09:14:55Z
# public key: ${AGE_PUB}
${v('credential.age_secret_key', AGE)}`)}
How do I rotate it without breaking the draw-night deploy?`),

  rec('restricted_key', f`Crowdfunding payouts: our Zapier step uses a Stripe restricted key (${v('credential.stripe_restricted_key', RK_LIVE)}) with payouts:read. It fails with "permission_error" when listing transfers. Which permission do I add?`),

  rec('fine_grained', f`GitHub fine-grained token for the festival schedule site deploy: ${v('credential.github_fine_grained_pat', GH_FG)} — Actions can't push to gh-pages. Repository access is "only select repos".`),

  rec('ec_key', f`Kifunguo hiki cha EC ni cha kusaini tiketi za bahati nasibu kwenye vituo vya wauzaji. Je, kimevuja kwa sababu kiko kwenye wiki ya timu?

${v('credential.private_key', EC)}`),

  rec('password_prose_sq', f`Përshëndetje, më duhet një email për kolegen që të hyjë në sistemin e akreditimit të festivalit. Përdoruesi është akreditim.tirana dhe fjalëkalimi ${v('credential.password_in_prose', 'Kinema-Tirana2026!')}. Shkruaje në mënyrë profesionale, të lutem.`),

  rec('php_config', f`${v('source_code.snippet', f`<?php
// config/db.php — app de receitas manipuladas (farmácia, Lisboa)
return [
    'host' => 'db-manipulados.local',
    'dbname' => 'receitas',
    'user' => 'app_manip',
    'password' => '${v('credential.password_assignment', LOWER_PW)}',
    'charset' => 'utf8mb4',
];`)}
Porque é que o PDO diz "could not find driver"?`),

  rec('ghp_second', f`Khi chạy script kiểm tra chiến dịch gây quỹ, mình dùng token GitHub này để đọc repo riêng: ${v('credential.github_pat', GHP2)}. Token này có cần quyền "repo" không?`),
];

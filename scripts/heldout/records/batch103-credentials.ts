/**
 * Held-out batch 103: credentials pasted by staff of a regional airline (maintenance control, crew
 * rostering), a veterinary pharmacy chain, a crypto-tax accountancy, a theatre festival box office,
 * a glass-bottle factory's quality lab and a migrant-workers' legal aid centre. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const AKIA = tok('AKIA', fill('b103-akia', B32, 16));
const AKIA_SECRET = fill('b103-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b103-akia2', B32, 16));
const AKIA2_SECRET = fill('b103-akia2s', B64, 40);
const GHP = gh('ghp', fill('b103-ghp', B62, 30));
const GHP2 = gh('ghp', fill('b103-ghp2', B62, 30));
const GHO = gh('gho', fill('b103-gho', B62, 30));
const GHPAT = tok('github_pat_', '11B', fill('b103-ghfg1', UPPER + DIGITS, 19), '_', fill('b103-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b103-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4820193746', '1-', '7392018465302-', fill('b103-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b103-slt', UPPER + DIGITS, 8), '/B07', fill('b103-slb', UPPER + DIGITS, 8), '/', fill('b103-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b103-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b103-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b103-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b103-oai', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b103-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b103-groq', B62, 52));
const HF = tok('hf_', fill('b103-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b103-gapi', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b103-gocspx', B64URL, 28));
const AZ_STORAGE = fill('b103-azst', B64, 86) + '==';
const AZ_SECRET = tok(fill('b103-azcs1', B62, 3), '8Q~', fill('b103-azcs2', B62 + '-_.~', 34));
const SAS_SIG = `${fill('b103-sas1', B62, 18)}%2F${fill('b103-sas2', B62, 14)}%2B${fill('b103-sas3', B62, 9)}%3D`;
const TW_SID = tok('AC', fill('b103-twsid', HEX, 32));
const TW_AUTH = fill('b103-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b103-sg1', B64URL, 22), '.', fill('b103-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b103-mg', HEX, 32));
const TELEGRAM = tok('7318204956', ':AA', fill('b103-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249305817264019384', '/', fill('b103-dwh', B64URL, 68));
const NPM = gh('npm', fill('b103-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b103-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b103-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b103-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b103-atl', B64URL, 171), '=', fill('b103-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b103-ntn1', DIGITS, 11), fill('b103-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b103-at1', B62, 14), '.', fill('b103-at2', HEX, 64));
const SENTRY_DSN = tok('https://', fill('b103-sdsn', HEX, 32), '@o4507', fill('b103-sorg2', DIGITS, 10), '.ingest.de.sentry.io/4507', fill('b103-sproj2', DIGITS, 12));
const GLSA = tok('glsa_', fill('b103-glsa1', B62, 32), '_', fill('b103-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b103-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b103-ddapi', HEX, 32);
const DD_APP = fill('b103-ddapp', HEX, 40);
const VAULT = tok('hvs.', fill('b103-hvs', B62 + '_-', 90));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b103-doppler', B62, 40));
const TFC = tok(fill('b103-tfc1', B62, 14), '.atlasv1.', fill('b103-tfc2', B62, 67));
const DATABRICKS = tok('dapi', fill('b103-dapi', HEX, 32));
const SUPABASE = tok('sbp_', fill('b103-sbp2', HEX, 40));
const DO_TOKEN = tok('dop_', 'v1_', fill('b103-dop', HEX, 64));
const CF_TOKEN = fill('b103-cft', B62 + '_-', 40);
const OKTA = tok('00', fill('b103-okta', B64URL, 40));
const SQUARE = tok('EAAA', fill('b103-square', B64URL, 60));
const LINEAR = tok('lin_', 'api_', fill('b103-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b103-pm1', HEX, 24), '-', fill('b103-pm2', HEX, 34));
const FIGMA = tok('figd_', fill('b103-figd', B64URL, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b103-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const RSA = pem('RSA PRIVATE KEY', 'b103-rsa', 1190);
const SSH = pem('OPENSSH PRIVATE KEY', 'b103-ssh', 390, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const GCP_PEM = pem('PRIVATE KEY', 'b103-gcp', 1216);
const JWT_ROSTER = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'crew-4471', role: 'scheduler', base: 'CGP', iat: 1727161200, exp: 1727204400 }, 'b103-jwtr');
const JWT_BOX = jwt({ alg: 'RS256', kid: 'bo-2024' }, { iss: 'https://tix.fringefest.example', aud: 'pos', scope: 'refund:write', exp: 1756684800 }, 'b103-jwtb');
const BEARER = fill('b103-bearer', B62, 48);
const BASIC = b64('qa-lab:' + 'Kv8#ren-glas2024');
const ALIBABA_ID = tok('LTAI', '5t', fill('b103-ltai', B62, 18));
const ALIBABA_SECRET = fill('b103-alisec', B62, 30);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'skybridge-ops', a: fill('b103-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b103-mbx', B64URL, 22));
const ADO_PAT = fill('b103-ado', B32LOWER, 52);
const B64TOKEN = b64(GHP2);
const PUTTY_PRIV = b64Bytes('b103-ppk', 48);

export const BATCH103_CREDENTIALS: DraftRecord[] = [
  rec('chat_en_ph', f`Hi! Maintenance control here (Cebu base). Our AMOS export script is failing with AccessDenied when it uploads the nightly task-card PDFs to S3. I set the keys like this in ~/.aws/credentials:

${code(f`[mx-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-southeast-1`)}

The bucket policy only allows the role "mx-docs-writer". Do I need to assume the role first? Salamat po.`),

  rec('env_file', f`${code(f`# crew-roster-api/.env.production
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://roster_app:${v('credential.database_url_password', 'Tq7!pilotRest#2291')}@${ip('10.40.12.7')}:5432/rostering
REDIS_URL=redis://:${v('credential.url_password', 'nR4kz9-wq2Lm')}@${ip('10.40.12.9')}:6379/0
JWT_SECRET=${v('credential.generic_secret_assignment', fill('b103-jwtsec', B62, 48))}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
FTL_RULESET=EASA-ORO-FTL-2024`)}`),

  rec('chat_es_mx', f`Oye, el cron de la farmacia veterinaria que manda recordatorios de vacunas por SMS dejó de funcionar. Este es el bloque que tenemos en el servidor:

${code(f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${phone('+525541637289')}`)}

El error dice 20003 Authenticate. ¿Será que rotaron el token en la consola? Yo no toqué nada.`),

  rec('chat_de', f`Kurze Frage zum Kassensystem vom Theaterfestival: Wir haben den Stripe-Key aus Versehen im Wiki gepostet.
${v('credential.stripe_secret_key', STRIPE_LIVE)}
Reicht es, den Key im Dashboard zu rollen, oder müssen wir auch die Webhooks neu anlegen? Der Webhook-Secret ist ${v('credential.stripe_webhook_secret', WHSEC)}.`),

  rec('docker_compose', f`Glasflaschen-Labor, Messdaten-Stack — InfluxDB startet nicht:

${code(f`services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: qslabor
      DOCKER_INFLUXDB_INIT_PASSWORD: ${v('credential.password_assignment', 'Glasur-Ofen!77x')}
      DOCKER_INFLUXDB_INIT_ORG: flaschenwerk
      DOCKER_INFLUXDB_INIT_BUCKET: wanddicke
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'qs-Dash-4411')}
    ports:
      - "3000:3000"`)}

Fehler: "failed to setup: user already exists". Wie setze ich das Volume zurück?`),

  rec('chat_tl', f`Kuya, pa-check naman itong GitHub token ko, ayaw mag-push sa repo ng legal aid intake form: ${v('credential.github_pat', GHP)} — sabi "permission denied to migrant-aid-bot". Classic token siya, may repo scope naman.`),

  rec('k8s_secret', f`${code(f`apiVersion: v1
kind: Secret
metadata:
  name: crypto-tax-engine
  namespace: prod
type: Opaque
stringData:
  COINBASE_API_SECRET: "${v('credential.generic_secret_assignment', fill('b103-cbsec', B64, 88))}"
  OPENAI_API_KEY: "${v('credential.openai_api_key', OPENAI)}"
  DB_PASSWORD: "${v('credential.password_assignment', 'Kr!pto-Steuer_2024')}"`)}
---
Warum sehe ich den Secret im Klartext mit kubectl describe? Ich dachte, das ist verschlüsselt.`),

  rec('chat_pl', f`Cześć, w hurtowni leków weterynaryjnych mamy integrację z Allegro i Shopify. Po aktualizacji wtyczki sklep zwraca 401. Token w konfiguracji: ${v('credential.shopify_access_token', SHPAT)}. Czy tokeny Admin API wygasają?`),

  rec('chat_ja', f`劇場フェスティバルのチケット販売サイトで、Slack 通知が飛ばなくなりました。設定はこれです：
${code(f`SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}
SLACK_CHANNEL=#boxoffice-alerts
SLACK_WEBHOOK=${v('credential.slack_webhook_url', SLACK_HOOK)}`)}
チャンネルにボットを招待し忘れた可能性はありますか？`),

  rec('chat_ar_eg', f`السلام عليكم، عندنا مشكلة في نظام حجز الطاقم. الـ API بيرجع 403 مع التوكن ده:
Authorization: Bearer ${v('credential.jwt', JWT_ROSTER)}
الصلاحية scheduler والمفروض تقدر تعدّل الجدول. هل المشكلة في الـ exp؟`),

  rec('ssh_key', f`Need help: our glass-lab spectrometer PC pushes CSVs over SFTP and the key stopped working after we moved it to a new user. Here's the key file (id_ed25519 of user qalab):

${v('credential.openssh_private_key', SSH)}

sshd log says "userauth_pubkey: key type ssh-ed25519 not in PubkeyAcceptedAlgorithms".`),

  rec('chat_fr', f`Bonjour, pour le cabinet de fiscalité crypto j'ai branché l'API Anthropic dans notre outil de rapprochement des transactions. Clé : ${v('credential.anthropic_api_key', ANTHROPIC)}
Le modèle renvoie "overloaded_error" une fois sur trois, est-ce qu'on peut mettre un retry exponentiel ?`),

  rec('chat_ru', f`Привет. Сервис расписания экипажей пишет логи в Datadog, но метрики не приходят. Ключи:
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
Сайт datadoghq.eu. Агент версии 7.54. Что проверить?`),

  rec('terraform', f`${code(f`provider "azurerm" {
  features {}
  subscription_id = "6a1f92c4-3d87-4b05-9e21-7c4d8f0b2e63"
  tenant_id       = "b2e74c19-0f3a-4d58-a6c1-93e8d2f7b405"
  client_id       = "e91c3a27-5b06-4f8d-b4e2-0a7c6d9f1382"
  client_secret   = "${v('credential.azure_client_secret', AZ_SECRET)}"
}

resource "azurerm_storage_account" "vetpharm_rx" {
  name                     = "vetpharmrxscans"
  resource_group_name      = "rg-vetpharm-prod"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}`)}

terraform plan works but apply says the SP lacks Microsoft.Storage/register/action. Which role do I add?`),

  rec('connection_string', f`Hoi, onze apotheek-app (dierenapotheek) krijgt een timeout op de blob storage. Connection string uit appsettings:
${code(f`"AzureStorage": "DefaultEndpointsProtocol=https;AccountName=dierapotheekrecept;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"`)}
Moet ik de firewall van het storage account aanpassen?`),

  rec('chat_sv', f`Hej! Vi delar ut en SAS-länk till revisorn så hon kan hämta kryptorapporterna:
https://kryptoskatt.blob.core.windows.net/rapporter/2023?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-12-31T23:59:59Z&st=2024-10-01T00:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Hur lång giltighetstid är rimlig? Hon behöver den i två månader.`),

  rec('npmrc', f`${code(f`; .npmrc in box-office-web
@fringe:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
always-auth=true`)}
npm publish says 403 "You do not have permission to publish @fringe/seatmap". I am in the org as developer.`),

  rec('pypirc', f`Sisemine pakett klaasitehase kvaliteedilabori jaoks ei lähe PyPI-sse üles:
${code(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}
Twine annab vea 400 "File already exists". Kas pean versiooni tõstma?`),

  rec('chat_it', f`Ciao, il token di Hugging Face che usiamo per il modello di classificazione dei difetti delle bottiglie (bolle, crepe, inclusioni) è questo: ${v('credential.huggingface_token', HF)}. Da stamattina il download del modello privato dà 401. È scaduto?`),

  rec('chat_hi', f`नमस्ते, हमारी क्रू रोस्टरिंग टीम Groq API इस्तेमाल करती है ताकि पायलट की ड्यूटी-टाइम रिपोर्ट का सारांश बने। key: ${v('credential.groq_api_key', GROQ)}
rate limit 429 बार-बार आ रहा है, क्या हमें paid tier लेना होगा?`),

  rec('chat_pt_br', f`Pessoal, o app da bilheteria do festival usa Google Maps pra mostrar os teatros. Alguém colou a chave no código do front: ${v('credential.google_api_key', GOOGLE)}. Dá pra restringir por referrer ou tenho que gerar outra?`),

  rec('oauth_json', f`${code(f`{"web":{"client_id":"582039174611-k3v8q2m9d1h7s4j6f0p5r2t8y1u3w9e7.apps.googleusercontent.com","project_id":"legal-aid-intake","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://intake.migrantaid.example/oauth2/callback"]}}`)}
Google login says redirect_uri_mismatch although the URI is identical. Trailing slash?`),

  rec('gcp_sa', f`Our BigQuery loader for the bottle-inspection camera data fails. Service account key (sa-bq-loader.json):

${code(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "glassworks-qa-analytics",
  "private_key_id": "${fill('b103-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-loader@glassworks-qa-analytics.iam.gserviceaccount.com')}",
  "client_id": "104829371650283746192",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-loader%40glassworks-qa-analytics.iam.gserviceaccount.com')}"
}`)}`)}

Error: "Access Denied: Table glassworks-qa-analytics:inspection.frames: Permission bigquery.tables.updateData denied".`),

  rec('chat_tr', f`Merhaba, kripto vergi müşterilerimize Telegram botu üzerinden hatırlatma gönderiyoruz. Bot token: ${v('credential.telegram_bot_token', TELEGRAM)} — bot gruba ekli ama mesaj gitmiyor, "chat not found" hatası alıyoruz.`),

  rec('chat_uk', f`Добрий день! Для юридичної клініки трудових мігрантів ми налаштували Discord-сервер волонтерів. Вебхук для нових звернень: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Як зробити, щоб повідомлення не містили ПІБ клієнта?`),

  rec('gitlab_ci', f`${code(f`# .gitlab-ci.yml (mx-planning)
variables:
  GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  DOCKER_AUTH: "${v('credential.dockerhub_pat', DCKR)}"

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - curl --fail -H "PRIVATE-TOKEN: $GITLAB_TOKEN" "https://gitlab.skybridge-air.example/api/v4/projects/42/releases"`)}
The job log masks nothing. Shouldn't these go to CI/CD variables instead?`),

  rec('chat_cs', f`Ahoj, pro rezervační systém festivalu používáme Atlassian API na zakládání ticketů z reklamací vstupenek. Token ${v('credential.atlassian_api_token', ATLASSIAN)} a uživatel ${v('pii.email', 'pokladna@fringefest.cz')} (sdílený účet pokladny). Jira vrací 401, i když se přes web přihlásím. Proč?`),

  rec('chat_hu', f`Szia! A kriptoadó-könyvelőiroda Notion integrációja nem látja az ügyféladatbázist. Token: ${v('credential.notion_token', NOTION)}. Hozzáadtam a page-hez a connectiont, mégis "object_not_found".`),

  rec('chat_ro', f`Bună, la laboratorul de calitate (sticlărie) folosim Airtable pentru fișele de neconformitate. Token-ul personal e ${v('credential.airtable_pat', AIRTABLE)}. Cum fac un script care exportă zilnic în CSV?`),

  rec('sentry', f`${code(f`import * as Sentry from "@sentry/node";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  environment: "prod-rostering",
  tracesSampleRate: 0.2,
});`)}
Errors show up but without source maps. How do I upload them in the pipeline?`),

  rec('chat_el', f`Γεια σας, στο φαρμακείο κτηνιάτρων έχουμε Grafana Cloud για τα ψυγεία εμβολίων (θερμοκρασία 2–8°C). Service account token: ${v('credential.grafana_service_account_token', GLSA)}. Θέλω alert όταν ξεπερνά τους 8°C για πάνω από 15 λεπτά.`),

  rec('chat_en_ae', f`Dear team, New Relic stopped receiving logs from the crew app after we moved to the Dubai region cluster. User key NRAK: ${v('credential.newrelic_key', NRAK)} — the license key is in the helm values. Please advise.`),

  rec('vault_cli', f`${code(f`$ export VAULT_ADDR=https://vault.skybridge-air.example:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/mx/amos-db
Error reading secret/mx/amos-db: permission denied`)}
Kenapa permission denied padahal policy saya mx-readonly?`),

  rec('chat_fi', f`Moi! Lipputoimiston Doppler-konfiguraatiossa on service token ${v('credential.doppler_token', DOPPLER)}. Sitä käyttää vain CI. Voiko sen rajoittaa yhteen ympäristöön?`),

  rec('tfrc', f`${code(f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}
Terraform says "Error: Required token could not be found" even though the file exists. Windows path?`),

  rec('chat_lv', f`Sveiki, datu komanda kriptonodokļu birojā izmanto Databricks. Personīgais tokens: ${v('credential.databricks_token', DATABRICKS)}. Vai to var izmantot no Power BI, vai vajag service principal?`),

  rec('chat_lt', f`Labas, tarptautinio festivalio bilietų sistema veikia ant Supabase. Management API token: ${v('credential.supabase_token', SUPABASE)}. Kaip sukurti atsarginę kopiją prieš migraciją?`),

  rec('chat_da', f`Hej, vi har en DigitalOcean droplet til dyreapotekets webshop. API-token: ${v('credential.digitalocean_token', DO_TOKEN)} — kan jeg bruge det i doctl fra min laptop uden at gemme det i klartekst?`),

  rec('chat_no', f`Hei, glassfabrikken har Cloudflare foran kvalitetsportalen. API-token (Zone:Edit): ${v('credential.cloudflare_api_token', CF_TOKEN)}. Hvordan lager jeg en WAF-regel som bare slipper inn IP-ene fra laboratoriet (${ip('185.44.120.0/24')})?`),

  rec('chat_sk', f`Dobrý deň, v letiskovej údržbe sme napojili Okta na AMOS. API token: ${v('credential.okta_api_token', OKTA)}. Potrebujem skript, ktorý deaktivuje účty technikov po skončení zmluvy.`),

  rec('chat_bg', f`Здравейте! Касата на театралния фестивал приема плащания през Square. Access token: ${v('credential.square_access_token', SQUARE)}. Как да направя частично възстановяване на билет?`),

  rec('chat_sr', f`Zdravo, u pravnoj pomoći za radnike migrante koristimo Linear za predmete. API ključ: ${v('credential.linear_api_key', LINEAR)}. Kako da automatski pravim issue kad stigne novi formular?`),

  rec('chat_hr', f`Bok, Postman kolekcija za API bilježenja kvalitete boca — ključ: ${v('credential.postman_api_key', POSTMAN)}. Trebam ga podijeliti s vanjskim suradnikom, je li bolje napraviti novi?`),

  rec('chat_sl', f`Živjo, dizajnerka festivala je delila Figma token za izvoz ikon sedežnega reda: ${v('credential.figma_token', FIGMA)}. Ali ga lahko uporabim v GitHub Actions?`),

  rec('age_key', f`Backup of the crypto-tax client wallets list is encrypted with age. The key file I use:
${code(f`# created: 2024-09-14T10:22:31+02:00
# public key: age1${fill('b103-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}`)}
Can I split this key between two partners, like Shamir?`),

  rec('pem_rsa', f`Για το SFTP του προμηθευτή εμβολίων, ο προμηθευτής μας έστειλε αυτό το κλειδί με e-mail (!). Πώς το μετατρέπω σε .ppk για το WinSCP;

${v('credential.private_key', RSA)}`),

  rec('putty', f`${v('credential.putty_private_key', `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: qalab-furnace-logger
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b103-ppkpub', B64, 43)}
${fill('b103-ppkpub2', B64, 20)}
Private-Lines: 1
${PUTTY_PRIV}
Private-MAC: ${fill('b103-ppkmac', HEX, 64)}`)}
WinSCP says "unable to use key file (OpenSSH SSH-2 private key (new format))". Which version of puttygen?`),

  rec('curl_basic', f`${code(f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  "https://lims.flaschenwerk.example/api/v2/samples?batch=LOT-24-0917&test=wall_thickness"`)}
Kthen 500 Internal Server Error. A mund ta shohësh nëse është problem me header-in apo me serverin?`),

  rec('chat_ka', f`გამარჯობა, ფესტივალის ბილეთების API-ს ტოკენი ასეთია: Authorization: Bearer ${v('credential.bearer_token', BEARER)}. ყოველ 24 საათში იწურება და ხელით ვანახლებთ. როგორ გავაკეთო ავტომატური refresh?`),

  rec('chat_hy', f`Բարև, ավիաընկերության մասերի պահեստի համակարգը օգտագործում է Alibaba Cloud OSS: AccessKeyId=${v('credential.alibaba_access_key_id', ALIBABA_ID)}, AccessKeySecret=${v('credential.generic_secret_assignment', ALIBABA_SECRET)}։ Ինչպե՞ս տալ միայն կարդալու իրավունք։`),

  rec('chat_kk', f`Сәлеметсіз бе, рейс жоспарлау картасы үшін Mapbox қолданамыз. Құпия токен: ${v('credential.mapbox_secret_token', MAPBOX)}. Оны фронтендте қолдануға бола ма?`),

  rec('mysql_cli', f`${code(f`mysql -h ${ip('172.16.8.21')} -u vetrx_admin -p${v('credential.mysql_cli_password', 'Zoo&Farm-Rx55')} vet_pharmacy -e "SELECT COUNT(*) FROM prescriptions WHERE status='pending'"`)}
ERROR 2003 (HY000): Can't connect to MySQL server. Port 3306 is open on the firewall though.`),

  rec('chat_vi', f`Chào anh, em ở trung tâm trợ giúp pháp lý cho lao động di cư. Tài khoản quản trị website là admin / mật khẩu ${v('credential.password_in_prose', 'LaoDong@2024!')} — em quên mất ai đã đổi. Làm sao để bật xác thực hai lớp cho WordPress ạ?`),

  rec('chat_id', f`Halo, saya staf rostering. Password akun crewlink saya ${v('credential.password_in_prose', 'Garuda_77sky')} tapi tetap gagal login setelah reset. Apakah akun saya terkunci?`),

  rec('azure_devops', f`${code(f`git clone https://bottlelab:${v('credential.url_password', v('credential.azure_devops_pat', ADO_PAT))}@dev.azure.com/flaschenwerk/QA/_git/inspection-models`)}
fatal: Authentication failed. The PAT has Code (Read) scope. Das Projekt ist privat.`),

  rec('github_oauth', f`Jaribu hii: tumepata token ya OAuth kutoka kwa programu ya GitHub ya kituo cha msaada wa kisheria: ${v('credential.github_oauth_token', GHO)}. Ninataka kujua kama bado ni halali bila kuitumia kwenye production.`),

  rec('fine_grained', f`Fine-grained PAT for the mx-planning repo (expires in 30 days): ${v('credential.github_fine_grained_pat', GHPAT)}
Can I give it access to just one repo in another org?`),

  rec('b64_token', f`The legacy deploy script for the box office stores the GitHub token base64-encoded so it "isn't plain text": GH_TOKEN_B64=${v('credential.base64_encoded_token', B64TOKEN)}
Is that any safer? Asking for the festival's IT volunteer.`),

  rec('mailgun', f`Mailgun für Rezeptbestätigungen der Tierapotheke: api:${v('credential.mailgun_api_key', MAILGUN)} an https://api.eu.mailgun.net/v3/mg.tierapotheke-nord.example/messages — 401 Forbidden. Domain ist verifiziert.`),

  rec('stripe_rk', f`Restricted key for the festival's refund microservice (refunds: write, charges: read): ${v('credential.stripe_restricted_key', STRIPE_RK)} — is it safe to keep in the Lambda env vars?`),

  rec('aws_cli', f`${code(f`PS C:\\mx> $env:AWS_ACCESS_KEY_ID="${v('credential.aws_access_key_id', AKIA2)}"
PS C:\\mx> $env:AWS_SECRET_ACCESS_KEY="${v('credential.aws_secret_access_key', AKIA2_SECRET)}"
PS C:\\mx> aws s3 sync .\\taskcards s3://skybridge-mx-taskcards/2024/ --region eu-central-1
upload failed: .\\taskcards\\A320-MSN5521-C-check.pdf An error occurred (SignatureDoesNotMatch)`)}
Khắc phục sao vậy? Clock on the hangar PC is 6 minutes behind, could that be it?`),

  rec('jwt_box', f`Τα τερματικά του ταμείου στέλνουν αυτό το JWT στο refund endpoint: ${v('credential.jwt', JWT_BOX)}
Μπορείς να μου εξηγήσεις τι σημαίνει το scope;`),

  rec('cli_password', f`${code(f`sshpass -p '${v('credential.cli_password', 'Hangar7#nightshift')}' scp mx@${ip('192.168.50.14')}:/var/log/amos/interface.log .`)}
من این دستور را در cron گذاشتم، ولی بعد از ریبوت کار نمی‌کند. مشکل از کجاست؟`),

  rec('network_device', f`${code(f`hostname LAB-SW01
enable secret 5 ${amb('credential.network_device_secret', '$1$mERr$' + fill('b103-cisco5', B62 + './', 22))}
username qaadmin privilege 15 password 7 ${v('credential.network_device_secret', '0822455D0A16544541')}
snmp-server community ${amb('credential.network_device_secret', 'fl4sche-ro')} RO
interface Vlan20
 ip address ${ip('10.20.0.1')} ${ip('255.255.255.0')}`)}
Ово је конфигурација свича у лабораторији. Треба ми да додам VLAN за нове камере.`),
];

/**
 * Held-out batch 79: credentials pasted by a clinical research unit, an air-cargo forwarder, a family
 * office, a regional newspaper's paywall team, a veterinary pharma distributor and a municipal traffic
 * centre — chats, tickets, configs, shells and code in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const REDCAP = fill('b79-redcap', HEX, 32).toUpperCase();
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b79-stripe', B62, 97));
const WHSEC = tok('whsec_', fill('b79-whsec', B62, 32));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b79-slt', UPPER + DIGITS, 8), '/B0', fill('b79-slb', UPPER + DIGITS, 9), '/', fill('b79-slh', B62, 24));
const AWS_ID = tok('AKIA', fill('b79-akia', B32, 16));
const AWS_SECRET = fill('b79-awssec', B64, 40);
const AZ_STORAGE = `${fill('b79-azst', B64, 86)}==`;
const TWILIO_SID = tok('AC', fill('b79-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b79-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b79-sg1', B64URL, 22), '.', fill('b79-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b79-mc', HEX, 32), '-us14');
const GHP = gh('ghp', 'Tq7Lm2Vx9Rb4Kc8Nw1Hy6Pd3Jz5Fs0');
const GLPAT = tok('glpat-', fill('b79-glpat', B62 + '-_', 20));
const TELEGRAM = tok('7', fill('b79-tgid', DIGITS, 9), ':AA', fill('b79-tg', B64URL, 33));
const JWT_CARGO = jwt({ alg: 'RS256', typ: 'JWT', kid: 'cw1-2024' }, { sub: 'svc-awb-sync', iss: 'https://auth.skyhaulcargo.com', aud: 'eawb-gateway', exp: 1767139200, scope: 'awb:write fwb:send' }, 'b79-jwtcargo');
const JWT_PARK = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'parkomat-gw-07', role: 'operator', city: 'bratislava', iat: 1733212800 }, 'b79-jwtpark');
const PEM_RSA = pem('RSA PRIVATE KEY', 'b79-rsa', 1190);
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b79-ssh', 300, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const GCP_PEM = pem('PRIVATE KEY', 'b79-gcppem', 1216);
const DD_API = fill('b79-ddapi', HEX, 32);
const DD_APP = fill('b79-ddapp', HEX, 40);
const SENTRY_DSN = tok('https://', fill('b79-sentry', HEX, 32), '@o4506', fill('b79-sorg', DIGITS, 7), '.ingest.de.sentry.io/4507', fill('b79-sproj', DIGITS, 12));
const VAULT = tok('hvs.', 'CAESI', fill('b79-vault', B64URL, 86));
const OKTA = tok('00', fill('b79-okta', B64URL, 40));
const SHPAT = tok('shpat_', fill('b79-shpat', HEX, 32));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b79-gkey', B64URL, 33));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'trafikcentral', a: fill('b79-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b79-mbx', B64URL, 22));
const DOCKER_AUTH = b64(`cargo-ci:${fill('b79-dockpw', B62, 18)}`);
const NPM = gh('npm', 'Hb3Wq8Zn1Ld6Rv9Ty4Kx2Mc7Pf5Gs0');
const TFC = tok(fill('b79-tfc1', B62, 14), '.atlasv1.', fill('b79-tfc2', B62, 67));
const HF = tok('hf_', fill('b79-hf', UPPER + LOWER, 34));
const OPENAI = tok('sk-proj-', fill('b79-oa1', B64URL, 74), 'T3BlbkFJ', fill('b79-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b79-ant', B64URL, 93), 'AA');
const AZ_CLIENT = tok(fill('b79-azc1', B62, 3), '8Q~', fill('b79-azc2', B62 + '_-.~', 34));
const TEAMS_HOOK = tok('https://vetdistrib.webhook.office.com/webhookb2/', '7c2e91a4-3b6d-4f8e-a1c5-92d04b7e6f13@0e4a8c21-5d9b-4f37-8e62-a1b3c5d7e9f0/IncomingWebhook/', fill('b79-teams1', HEX, 32), '/', '4b8d2f61-9e0a-4c73-b5d1-6f2a8e3c7d94/', 'V2', fill('b79-teams2', B64URL, 43));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1289', fill('b79-dwid', DIGITS, 15), '/', fill('b79-dwtok', B64URL, 68));
const NOTION = tok('ntn_', fill('b79-ntn1', DIGITS, 11), fill('b79-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b79-at1', B62, 14), '.', fill('b79-at2', HEX, 64));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b79-age', BECH32, 58));
const PPK_PRIV = b64Bytes('b79-ppk', 48);
const DATABRICKS = tok('dapi', fill('b79-dapi', HEX, 32));
const DO_TOKEN = tok('dop_', 'v1_', fill('b79-do', HEX, 64));
const CF_TOKEN = fill('b79-cftok', B64URL, 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b79-atl', B64URL, 171), '=', fill('b79-atl2', HEX.toUpperCase(), 8));
const SNTRYU = tok('sntryu_', fill('b79-sntryu', HEX, 64));
const NR_LICENSE = tok(fill('b79-nrlic', HEX, 36), 'NRAL');
const NRAK = tok('NRAK-', fill('b79-nrak', UPPER + DIGITS, 27));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b79-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b79-dckr', B64URL, 27));
const GLSA = tok('glsa_', fill('b79-glsa1', B62, 32), '_', fill('b79-glsa2', HEX, 8));
const LINEAR = tok('lin_', 'api_', fill('b79-linear', B62, 40));
const GROQ = tok('gsk_', fill('b79-groq', B62, 52));
const MAILGUN = tok('key-', fill('b79-mailgun', HEX, 32));
const ADO_PAT = fill('b79-ado', B32LOWER, 52);
const K8S_PW = b64(fill('b79-k8spw', B62, 20));
const BASIC = b64(`cam-export:${fill('b79-basic', B62, 14)}`);
const BEARER = fill('b79-bearer', B62 + '-._~', 48);
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b79-doppler', B62, 40));
const HEROKU = tok('HRKU-', 'AA', fill('b79-hrku', B64URL, 58));
const SUPABASE = tok('sbp_', fill('b79-sbp', HEX, 40));
const POSTMAN = tok('PMAK-', fill('b79-pm1', HEX, 24), '-', fill('b79-pm2', HEX, 34));
const SQUARE = tok('EAAA', fill('b79-square', B64URL, 60));
const FIGMA = tok('figd_', fill('b79-figd', B64URL, 40));
const PULUMI = tok('pul-', fill('b79-pulumi', HEX, 40));
const GOCSPX = tok('GOCSPX-', fill('b79-gocspx', B64URL, 28));
const ALIBABA_ID = tok('LTAI', '5t', fill('b79-ltai', B62, 18));
const ALIBABA_SECRET = fill('b79-alisec', B62, 30);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH79_CREDENTIALS: DraftRecord[] = [
  rec('curl_en_gb', f`Our REDCap export for the HEART-7 trial suddenly returns "You do not have API rights". This is the call the data manager uses every Monday:

${cfg(f`curl -s -X POST https://redcap.trials.ucl-hospital.example.org/api/ \\
  -d token=${v('credential.generic_secret_assignment', REDCAP)} \\
  -d content=record -d format=csv -d type=flat \\
  -d 'forms[0]=visit_2_vitals' -o v2_vitals.csv`)}

Did an upgrade reset user rights or is it the token?`),

  rec('ticket_ko_en', f`[교통관제센터] CCTV 녹화 서버 연동 오류 — 티켓 #TMC-4471

안녕하세요, 교차로 카메라 12번 스트림이 NVR에 안 붙습니다. 설정 파일 일부 첨부합니다:

${cfg(f`[camera_12]
name = Junction 12 - Dongdaemun-ro / Wangsan-ro
stream = rtsp://admin:${v('credential.url_password', 'Sinho!2024cam')}@${ip('10.212.40.12')}:554/Streaming/Channels/101
retention_days = 30
ptz = false`)}

VLC로는 열리는데 NVR에서는 401이 납니다. 원인이 뭘까요?`),

  rec('env_de_ch', f`Grüezi, chönd Sie mir säge, wieso üsi Paywall-Webhooks nöd ahchömed? D'.env vom Abo-Service:

${cfg(f`# abo-service / production
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
PAYWALL_METER_LIMIT=5
ABO_DB_URL=postgres://abo_app:${v('credential.database_url_password', 'Zytig-Bern-2024')}@db-abo.internal:5432/abo`)}

Im Stripe Dashboard steht "400 – No signatures found matching the expected signature".`),

  rec('chat_fo', f`Kanst tú hjálpa mær at skriva eitt lítið Python-skript, sum sendir boð til Slack, tá ið ein sending við farligum vørum (DG) verður skrásett? Webhook-slóðin er ${v('credential.slack_webhook_url', SLACK_HOOK)} og kanalurin er #dg-torshavn.`),

  rec('aws_credentials_ro', f`Salut, jurnalul de trafic nu se mai încarcă în S3 de la camerele ANPR. Pe serverul de la dispecerat am fișierul ăsta:

${cfg(f`[anpr-uploader]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Eroarea e "SignatureDoesNotMatch". Poate e ceasul serverului?`),

  rec('appsettings_nl', f`Onze CRF-bijlagen (gescande toestemmingsformulieren) gaan naar Azure Blob. Sinds vanochtend krijgen we 403. appsettings.Production.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=crfconsentnl;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "consent-scans"
  },
  "Study": { "Code": "NL-ONCO-118", "Site": "UMC-04" }
}`)}

Is de sleutel misschien geroteerd door IT?`),

  rec('code_python_en_ke', f`We send SMS visit reminders to trial participants in Kisumu. Messages stopped going out yesterday. Code:

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def remind(participant):
    body = f"Habari {participant.first_name}, your study visit is on {participant.next_visit:%d %b}."
    return client.messages.create(to=participant.msisdn, from_="${amb('pii.phone', '+12025550143')}", body=body)`)}

Error 20003 Authenticate. Did the account get suspended?`),

  rec('chat_es_ar', f`Che, ¿me armás una plantilla de mail de bienvenida para los nuevos suscriptores del diario? La mandamos con SendGrid, la API key que tengo en el panel es ${v('credential.sendgrid_api_key', SENDGRID)}. Quiero que diga "Gracias por suscribirte a El Diario del Sur" y el link para activar la cuenta.`),

  rec('chat_lb', f`Moien! Kanns du mir soen, firwat Mailchimp eis Newsletter-Lëscht net synchroniséiert? Mäi Script benotzt de Schlëssel ${v('credential.mailchimp_api_key', MAILCHIMP)} an d'Lëscht-ID 8f21c4a7d9. D'Familljebüro wëll all Mount e Bericht fir d'Famill.`),

  rec('git_remote_tr', f`Merhaba, gümrük müşavirine gönderdiğimiz beyanname scriptinin reposunu klonlayamıyorum:

${cfg(f`$ git clone https://ops-bot:${v('credential.github_pat', GHP)}@github.com/skyhaul-cargo/customs-edi.git
Cloning into 'customs-edi'...
remote: Permission to skyhaul-cargo/customs-edi.git denied to ops-bot.
fatal: unable to access 'https://github.com/skyhaul-cargo/customs-edi.git/': The requested URL returned error: 403`)}

Token'ın süresi mi doldu?`),

  rec('ci_yaml_sv', f`Vi bygger om vår prisberäkning för veterinärläkemedel och CI:n kan inte hämta privata paket:

${cfg(f`# .gitlab-ci.yml
variables:
  GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  NPM_CONFIG_REGISTRY: "https://gitlab.vetdistrib.se/api/v4/packages/npm/"

build:
  image: node:20
  script:
    - npm ci
    - npm run build`)}

Borde token ligga som masked variable istället?`),

  rec('chat_uk', f`Привіт! Допоможи написати бота для Telegram, який повідомляє диспетчерів про збій світлофора. Токен від BotFather: ${v('credential.telegram_bot_token', TELEGRAM)}. Чат диспетчерської: -1002184736592. Мова — Python, бібліотека aiogram.`),

  rec('http_request_ms', f`Hai, saya cuba hantar e-AWB ke gateway tetapi dapat 401. Ini permintaan yang dihantar oleh sistem kami:

${cfg(f`POST /v2/fwb HTTP/1.1
Host: eawb-gw.skyhaulcargo.com
Authorization: Bearer ${v('credential.jwt', JWT_CARGO)}
Content-Type: application/json

{"awb":"157-48213376","origin":"KUL","destination":"FRA","pieces":4,"weight_kg":612.5}`)}

Adakah token sudah tamat tempoh?`),

  rec('pem_en_au', f`The customs broker's SFTP rejects our key after they rotated their host key. Here's the key we've been using (saved as broker_sftp.pem on the ops box):

${v('credential.private_key', PEM_RSA)}

Do I need to convert it to OpenSSH format for their new server?`),

  rec('chat_is_da', f`Hej, kan du se hvad der er galt? Vores ssh-login til trafiksignal-gatewayen fejler med "invalid format". Nøglen:

${v('credential.openssh_private_key', SSH_KEY)}

Den er genereret på en Windows-pc med PuTTYgen og eksporteret.`),

  rec('gcp_sa_pl', f`Cześć, integracja kamer parkingowych z BigQuery przestała działać. Plik klucza konta usługi (wiem, nie powinienem go wklejać, ale to środowisko testowe… chyba):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "parking-analytics-krk",
  "private_key_id": "${fill('b79-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-loader@parking-analytics-krk.iam.gserviceaccount.com')}",
  "client_id": "${fill('b79-gcpcid', DIGITS, 21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-loader%40parking-analytics-krk.iam.gserviceaccount.com')}"
}`))}

Błąd: "invalid_grant: Invalid JWT Signature".`),

  rec('datadog_yaml_fi', f`Moi! Datadog-agentti ei lähetä metriikoita kylmäketjun lämpötila-antureista (eläinlääkevarasto Vantaa). datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
tags:
  - env:prod
  - site:vantaa-coldroom
logs_enabled: true`)}

Lokissa lukee "API Key invalid, dropping transaction".`),

  rec('code_js_cs', f`Ahoj, přidali jsme Sentry do paywallu regionálního deníku a hlásí to chyby z jiného projektu. Inicializace:

${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  release: "paywall@3.8.2",
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request?.url?.includes("/predplatne/")) return event;
    return null;
  },
});`)}

Nemá být DSN pro každý projekt jiný?`),

  rec('shell_sk', f`Dobrý deň, vault mi nevracia tajomstvo pre parkovacie automaty:

${cfg(f`$ export VAULT_ADDR=https://vault.mesto-doprava.sk:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/parking/payment-terminals
Error reading secret/data/parking/payment-terminals: Error making API request.
Code: 403. Errors: * permission denied`)}

Aké policy potrebujem?`),

  rec('chat_en_us', f`Our Okta admin left and I need to deactivate the clinical monitors who finished the site visits last month. I found this in his notes: "Okta API token for user cleanup: ${v('credential.okta_api_token', OKTA)}". Can you write a PowerShell script that lists users in the group "CRA-External" and deactivates those whose last login was >30 days ago?`),

  rec('code_php_sl', f`Pozdravljeni, spletna trgovina za veterinarska zdravila ne posodablja zalog v Shopify. Koda:

${code(f`<?php
$shop = 'vet-farma-si.myshopify.com';
$token = '${v('credential.shopify_access_token', SHPAT)}';

function updateStock(string $inventoryItemId, int $qty): void {
    global $shop, $token;
    $ch = curl_init("https://$shop/admin/api/2024-07/inventory_levels/set.json");
    curl_setopt($ch, CURLOPT_HTTPHEADER, ["X-Shopify-Access-Token: $token", "Content-Type: application/json"]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['location_id' => 71829364, 'inventory_item_id' => $inventoryItemId, 'available' => $qty]));
    curl_exec($ch);
}`)}

Zakaj dobim "422 Unprocessable Entity"?`),

  rec('html_hu', f`Szia! A forgalomirányító központ nyilvános térképén nem jelennek meg a lezárások. A beágyazott kód:

${code(f`<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&libraries=visualization"></script>
<script>
  const map = new google.maps.Map(document.getElementById('terkep'), { center: { lat: 47.4979, lng: 19.0402 }, zoom: 12 });
  fetch('/api/lezarasok').then(r => r.json()).then(rows => rows.forEach(addMarker));
</script>`)}

Konzolban: "RefererNotAllowedMapError".`),

  rec('chat_sv_mapbox', f`Kan du förklara skillnaden mellan pk- och sk-token i Mapbox? Trafikcentralen använder ${v('credential.mapbox_secret_token', MAPBOX)} i vår kartserver för att ladda upp tilesets med trafikflöden, och jag undrar om samma token kan ligga i webbklienten.`),

  rec('docker_config_pt', f`Bom dia, o servidor de build não consegue fazer pull das imagens do registo privado da transitária. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.skyhaul-cargo.pt": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Dá "unauthorized: authentication required". Devo usar docker login outra vez?`),

  rec('npmrc_it', f`Ciao, la pipeline del portale abbonamenti non scarica più i pacchetti privati:

${cfg(f`@giornale-veneto:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Errore E401. Il token è stato revocato?`),

  rec('terraformrc_et', f`Tere! Terraform Cloud ei luba liiklusfooride pilvetaristu muudatusi rakendada. ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Viga: "401 Unauthorized". Kas token on seotud kasutaja või meeskonnaga?`),

  rec('notebook_hi_en', f`Bhai, clinical trial ke adverse-event narratives ko summarise karna hai, yeh notebook chal nahi raha:

${cfg(f`import os
os.environ["HF_TOKEN"] = "${v('credential.huggingface_token', HF)}"
os.environ["OPENAI_API_KEY"] = "${v('credential.openai_api_key', OPENAI)}"

from transformers import pipeline
summ = pipeline("summarization", model="our-org/ae-narrative-bart")`)}

Error aa raha hai "Repository Not Found". Model private hai, token mein read access hai ya nahi kaise check karun?`),

  rec('chat_ja', f`社内のAIチャットボット(定期購読の問い合わせ対応)でClaudeのAPIを使っています。キーは ${v('credential.anthropic_api_key', ANTHROPIC)} です。レート制限に達したときのリトライ処理をPythonで書いてもらえますか?`),

  rec('azure_ad_fr_ca', f`Bonjour, l'application de la centrale de gestion de la circulation (Montréal) n'arrive plus à obtenir de jeton auprès d'Entra ID :

${cfg(f`AZURE_TENANT_ID=4f2a9c1e-7b3d-4e8a-9c5f-1d2e3a4b5c6d
AZURE_CLIENT_ID=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}`)}

Erreur AADSTS7000215 : « Invalid client secret provided ». Le secret a-t-il expiré?`),

  rec('chat_de', f`Kannst du mir ein PowerShell-Skript schreiben, das bei einer Temperaturabweichung im Kühllager (Tierarzneimittel, 2–8 °C) eine Karte in unseren Teams-Kanal postet? Webhook: ${v('credential.teams_webhook_url', TEAMS_HOOK)}`),

  rec('chat_en_pk', f`Sir please check, our Discord alert bot for the cargo ops channel is not posting. URL we put in the monitoring tool is ${v('credential.discord_webhook_url', DISCORD_HOOK)} — maybe Discord blocks requests from Pakistan servers?`),

  rec('code_ts_nl', f`Ik wil de abonnee-opzeggingen van deze week automatisch in Notion zetten. Klopt dit?

${code(f`import { Client } from "@notionhq/client";

const notion = new Client({ auth: "${v('credential.notion_token', NOTION)}" });
const DB = "3e7a1f0c9b2d4e6f8a1b3c5d7e9f0a2b";

export async function logCancellation(c: { abonnee: string; reden: string; datum: string }) {
  await notion.pages.create({
    parent: { database_id: DB },
    properties: { Abonnee: { title: [{ text: { content: c.abonnee } }] }, Reden: { select: { name: c.reden } } },
  });
}`)}`),

  rec('chat_sq', f`Përshëndetje! Kam një tabelë Airtable me inventarin e vaksinave veterinare. Si mund ta lexoj me Python? Tokeni im personal është ${v('credential.airtable_pat', AIRTABLE)} dhe baza quhet "Vaksinat-Tirane".`),

  rec('sops_el', f`Γεια σας, το αρχείο με τα μυστικά του οικογενειακού γραφείου είναι κρυπτογραφημένο με age. Πώς κάνω αποκρυπτογράφηση σε νέο laptop; Το ιδιωτικό κλειδί που μου έδωσε ο προηγούμενος διαχειριστής:

${v('credential.age_secret_key', AGE)}

Το αποθηκεύω στο ~/.config/sops/age/keys.txt;`),

  rec('ppk_mt', f`Il-WinSCP qed jgħid "key format not supported" għal din iċ-ċavetta tas-server tal-aġent doganali:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: cargo-mla@sftp-customs
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b79-ppkpub', B64, 44)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b79-ppkmac', HEX, 64)}

Għandi bżonn nikkonvertiha?`),

  rec('chat_az', f`Salam! Databricks-də yük daşımaları üzrə hesabat notebook-u işləmir. İstifadə etdiyim token: ${v('credential.databricks_token', DATABRICKS)}. Workspace URL: https://adb-5718293046.12.azuredatabricks.net. Xəta: "Invalid access token". Token-in müddəti bitib?`),

  rec('shell_hr', f`Bok, skripta za backup snimki prometnih kamera na DigitalOcean Spaces više ne radi:

${cfg(f`#!/bin/bash
export DIGITALOCEAN_ACCESS_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
doctl compute droplet list --tag-name traffic-cams
s3cmd sync /var/snapshots/ s3://zg-promet-snimke/$(date +%F)/`)}

doctl javlja "Unable to authenticate you".`),

  rec('env_af', f`Hallo, ons moet die Cloudflare-reëls vir die koerant se betaalmuur opdateer. Hierdie .env is op die bedieners:

${cfg(f`CLOUDFLARE_ZONE_ID=8c3e1f7a2b9d4c6e0f1a3b5c7d9e2f4a
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
PAYWALL_BYPASS_BOTS=googlebot,bingbot`)}

Kan jy 'n skrip skryf wat 'n WAF-reël byvoeg om die /premium/ pad te beskerm?`),

  rec('chat_en_gb_jira', f`Can you write a Python script that pulls all open Jira issues labelled "protocol-deviation" from our clinical research project and exports them to Excel? Auth: email ${v('pii.email', 'k.achterberg@crf-unit.nhs-trust.example.uk')}, API token ${v('credential.atlassian_api_token', ATLASSIAN)}, site https://crf-unit.atlassian.net.`),

  rec('chat_sentry_ro', f`Vreau să creez release-uri în Sentry din CI pentru aplicația de parcare. Am generat un token personal: ${v('credential.sentry_auth_token', SNTRYU)}. Cum îl folosesc cu sentry-cli în GitHub Actions fără să-l pun în cod?`),

  rec('newrelic_vi', f`Chào bạn, agent New Relic trên máy chủ hệ thống đăng ký báo điện tử không gửi dữ liệu. File newrelic.yml:

${cfg(f`common: &default_settings
  license_key: '${v('credential.newrelic_key', NR_LICENSE)}'
  app_name: bao-dien-tu-subscriptions
production:
  <<: *default_settings
  api_key: ${v('credential.newrelic_key', NRAK)}`)}

Log báo "403 Forbidden". Có phải license key sai không?`),

  rec('pypirc_sw', f`Habari, nataka kuchapisha kifurushi chetu cha Python cha kusoma data za majaribio ya kliniki (CRF exports) kwenye PyPI. Faili ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Lakini twine inasema "403 Invalid or non-existent authentication information". Nifanye nini?`),

  rec('chat_en_au_docker', f`Mate, the Docker Hub PAT for our parking-meter firmware builder is ${v('credential.dockerhub_pat', DCKR)} and the account is parkwise-ci. GitHub Actions says "unauthorized: incorrect username or password" on docker/login-action — what am I missing?`),

  rec('grafana_ini_nb', f`Hei! Grafana-dashbordet for trafikkflyt i Tromsø henter ikke data fra Grafana Cloud. provisioning/datasources.yaml:

${cfg(f`apiVersion: 1
datasources:
  - name: trafikk-prom
    type: prometheus
    url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom
    basicAuth: true
    basicAuthUser: 1184723
    secureJsonData:
      basicAuthPassword: ${v('credential.grafana_service_account_token', GLSA)}`)}

Gir 401.`),

  rec('chat_he', f`שלום, אני רוצה לחבר את Linear לבוט של צוות המינויים בעיתון כדי שכל תלונת מנוי תיפתח כ-issue. מפתח ה-API שלי הוא ${v('credential.linear_api_key', LINEAR)}. אפשר דוגמה ב-Node.js?`),

  rec('chat_groq_id', f`Halo, saya pakai Groq untuk merangkum laporan kejadian lalu lintas harian. API key: ${v('credential.groq_api_key', GROQ)}. Kenapa respons sering terpotong di 1024 token? Saya sudah set max_tokens=4096.`),

  rec('code_go_tr', f`Mailgun ile müşteri bildirimlerini (AWB durum güncellemeleri) gönderiyoruz ama e-postalar spam'e düşüyor. Kod:

${code(f`package notify

import (
	"context"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const apiKey = "${v('credential.mailgun_api_key', MAILGUN)}"

func SendStatus(to, awb, status string) error {
	mg := mailgun.NewMailgun("mg.skyhaulcargo.com.tr", apiKey)
	mg.SetAPIBase(mailgun.APIBaseEU)
	m := mg.NewMessage("AWB Takip <${v('pii.email', 'takip@skyhaulcargo.com.tr')}>", "AWB "+awb+": "+status, "Gönderinizin durumu: "+status, to)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, _, err := mg.Send(ctx, m)
	return err
}`)}

SPF/DKIM ayarları nasıl kontrol edilir?`, 'sender address in code is an e-mail'),

  rec('chat_kk', f`Сәлеметсіз бе! Azure DevOps-тағы бағдаршам контроллерлерінің микробағдарлама репозиторийіне git арқылы кіре алмаймын. PAT: ${v('credential.azure_devops_pat', ADO_PAT)}. Қате: "TF401019". Не істеу керек?`),

  rec('k8s_secret_sl', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: crf-db
  namespace: clinical-research
type: Opaque
data:
  DB_USER: Y3JmX2FwcA==
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_PW)}`)}

Pod crf-api se ne more povezati z bazo, "password authentication failed". Ali moram geslo kodirati z base64 brez nove vrstice?`),

  rec('nginx_log_fr_ma', f`Salam, les caméras de vidéoverbalisation envoient leurs exports vers notre serveur, mais on voit des 401 dans nginx. Extrait :

${cfg(f`${ip('172.20.14.61')} - - [03/Dec/2024:06:14:22 +0100] "POST /export/anpr HTTP/1.1" 401 0 "-" "HikCentral/2.4" "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}"
${ip('172.20.14.61')} - - [03/Dec/2024:06:14:52 +0100] "POST /export/anpr HTTP/1.1" 401 0 "-" "HikCentral/2.4"`)}

Pourquoi le header est-il loggé ? Et pourquoi 401 si le mot de passe est bon ?`),

  rec('chat_so', f`Salaan, waxaan rabaa inaan ka soo saaro liiska alaabta dawooyinka xoolaha API-ga bakhaarka. Waxay i siiyeen token-kan: Authorization: Bearer ${v('credential.bearer_token', BEARER)} — sidee u isticmaalaa Python requests?`),

  rec('cisco_en', f`Can you review this config from the fibre switch in the traffic-signal cabinet on Ring Road? The vendor left it like this:

${cfg(f`hostname TSC-RING-07
!
enable secret 9 ${ambCat('credential', '$9$kT3bW8mQ1zXe4L$Hx7Pq2Ld9Vn4Rc8Ty1Kw6Mz3Jb5Fs0Gh2Nd7Ql4Xe')}
username tech privilege 15 password 0 ${v('credential.network_device_secret', 'Signal#Ring07')}
snmp-server community ${v('credential.network_device_secret', 'tsc-rw-2019')} RW 10
snmp-server location Ring Rd / Mill St
!
interface Vlan40
 ip address ${ip('10.40.7.2')} ${ip('255.255.255.0')}`)}

Anything obviously insecure?`),

  rec('doppler_es_ve', f`Epa, ¿cómo hago para que el servicio de reservas de carga lea los secretos desde Doppler en vez del .env? Tengo este service token: ${v('credential.doppler_token', DOPPLER)}. El proyecto se llama cargo-bookings y la config es prd.`),

  rec('chat_pt_cv', f`Olá, o sistema de estacionamento da câmara municipal da Praia usa Heroku. Preciso de reiniciar os dynos por linha de comandos. Tenho a chave ${v('credential.heroku_api_key', HEROKU)} — qual é o comando certo com a CLI?`),

  rec('supabase_zh_tw', f`你好,我們報社的訂閱管理後台用 Supabase,想用 Management API 建立新的專案分支。我的 access token 是 ${v('credential.supabase_token', SUPABASE)},請問 curl 指令怎麼寫?`),

  rec('postman_en_ke', f`I'm sharing our Postman collection for the vet pharma ordering API with the new developer. Should I remove the environment first? It contains "postman_api_key": "${v('credential.postman_api_key', POSTMAN)}" which I use for the CLI monitor runs.`),

  rec('code_kotlin_fr', f`Salut, notre app Android de paiement du stationnement utilise Square. Le paiement échoue en production :

${code(f`object SquareConfig {
    const val ENVIRONMENT = "production"
    const val ACCESS_TOKEN = "${v('credential.square_access_token', SQUARE)}"
    const val LOCATION_ID = "L8Y2K4M9N1P3Q"
}

suspend fun charge(amountCents: Long, nonce: String): PaymentResult =
    squareClient.paymentsApi.createPayment(
        CreatePaymentRequest.Builder(nonce, UUID.randomUUID().toString())
            .amountMoney(Money(amountCents, "EUR"))
            .locationId(SquareConfig.LOCATION_ID)
            .build()
    ).await()`)}

Est-ce normal de mettre le token dans l'app ?`),

  rec('figma_ca', f`Hola! Vull exportar automàticament les icones del nou mur de pagament del diari des de Figma. El meu token personal és ${v('credential.figma_token', FIGMA)} i el fitxer és "Paywall 2025". Em pots fer un script en Node?`),

  rec('pulumi_ro', f`Avem o problemă cu stack-ul Pulumi pentru infrastructura studiilor clinice: "error: could not read access token". În CI am pus PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)}. Trebuie să fie token de organizație?`),

  rec('client_secret_am', f`Բարև, Google Drive-ից CRF սկանները ներբեռնելու ծրագիրը չի աշխատում։ client_secret.json:

${cfg(f`{"installed":{"client_id":"583920174652-h7k2m9q4w1e8r3t6y0u5i2o7p4a9s1d6.apps.googleusercontent.com","project_id":"crf-scans-yerevan","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["http://localhost"]}}`)}

Սխալ՝ "redirect_uri_mismatch"։`),

  rec('chat_zh_tw_ali', f`請幫我寫一段 Python,把停車場車牌辨識照片上傳到阿里雲 OSS。AccessKey ID: ${v('credential.alibaba_access_key_id', ALIBABA_ID)},AccessKey Secret: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)},Bucket: tpe-parking-lpr。`),

  rec('sql_cli_pl', f`Próbuję zrobić zrzut bazy abonentów gazety przed migracją:

${cfg(f`$ mysqldump -h db-prenumeraty.local -u backup -p${v('credential.mysql_cli_password', 'Gazeta!Lodz77')} prenumeraty > prenumeraty_2024-12-03.sql
mysqldump: [Warning] Using a password on the command line interface can be insecure.
mysqldump: Got error: 1045: Access denied for user 'backup'@'${ip('10.0.3.15')}' (using password: YES)`)}

Hasło jest na pewno dobre, sprawdzałem w phpMyAdmin.`),

  rec('connstr_it_ch', f`Il connettore tra il sistema di gestione dei semafori e SQL Server va in timeout. Stringa di connessione:

${cfg(f`Server=tcp:sql-semafori.ti.local,1433;Database=Semafori;User Id=svc_signal;Password=${v('credential.connection_string_password', 'Lugano-Sem4fori!')};Encrypt=True;TrustServerCertificate=True;Connection Timeout=15`)}

Con SSMS funziona. Cosa può essere?`),

  rec('chat_hu_prose', f`Kérlek, fordítsd le angolra ezt az üzenetet a raktárvezetőnek: "Szia Gábor, a hűtőkamra adatgyűjtőjének webes felületére a jelszó mostantól ${v('credential.password_in_prose', 'Hutes-2-8fok!')}, a felhasználónév maradt admin. Kérlek, ne írd fel a falra."`),

  rec('chat_fy', f`Goeie, kinst my helpe mei in mailtsje oan de nije monitor fan it klinysk ûndersyk? "Dyn account foar it EDC-systeem is oanmakke. Brûkersnamme: j.dijkstra, wachtwurd: ${v('credential.password_in_prose', 'Ljouwert!Studie24')} — feroarje it asjebleaft by de earste kear ynloggen."`),

  rec('chat_gsw_rm', f`Bun di! Pudais Vus translatar quai en tudestg? "Il pled-clav dal WLAN en l'uffizi da la famiglia è ${v('credential.password_in_prose', 'Chasa-Engiadina-93')}. Per il stampader dumandai la secretaria."`),

  rec('chat_ar_gulf', f`مرحبا، أحتاج أكتب رسالة للمخلص الجمركي في جبل علي. بيانات الدخول لبوابة التخليص الجديدة: اسم المستخدم skyhaul.dxb وكلمة المرور ${v('credential.password_in_prose', 'Jafza@Cargo2025')}. اكتب الرسالة بشكل رسمي بالعربي والإنجليزي.`),

  rec('chat_bn', f`হ্যালো, আমাদের ক্লিনিক্যাল ট্রায়ালের ল্যাপটপে BitLocker চালু করতে হবে। আগের অ্যাডমিন বলেছিল লোকাল অ্যাডমিন পাসওয়ার্ড হলো ${v('credential.password_in_prose', 'Dhaka#Trial2024')}। ধাপে ধাপে কী করতে হবে লিখে দাও।`),

  rec('cli_my', f`မင်္ဂလာပါ၊ ကုန်တင်လေယာဉ် AWB စာရွက်စာတမ်းတွေကို backup လုပ်ဖို့ ဒီ command ကို သုံးနေပါတယ်:

${cfg(f`rclone sync /data/awb remote:awb-archive --sftp-host sftp.skyhaul-ygn.com --sftp-user awbsync --sftp-pass ${v('credential.cli_password', 'Yangon@Awb2024')}`)}

"ssh: handshake failed" ဆိုပြီး error တက်နေပါတယ်။`),

  rec('chat_twi', f`Mepa wo kyɛw, boa me nkyerɛw email kɔma yɛn adwumayɛfo foforɔ wɔ cargo warehouse wɔ Kotoka. Ne login ma system no: user ${v('credential.user_password_pair', 'kwame.asante / Kotoka#Wh24')}. Ka kyerɛ no sɛ ɔnsesa password no ntɛm.`),

  rec('ws_url_sk', f`Parkovacie automaty v Bratislave sa pripájajú na centrálny server cez WebSocket a po pol hodine sa odpájajú. Z logu automatu:

${cfg(f`[07:58:12] connecting wss://parking-hub.mesto-doprava.sk/ws/gw?token=${v('credential.jwt', JWT_PARK)}
[07:58:13] connected, session 5c1e
[08:28:13] closed 1008 policy violation`)}

Je to expirácia tokenu alebo timeout na load balanceri?`),

  rec('ansible_ps', f`سلام، دا د ټرافيک سګنالونو د کنټرولرونو لپاره Ansible inventory دی. ولې SSH نه نښلي؟

${cfg(f`[controllers]
tsc-kbl-01 ansible_host=${ip('10.60.1.11')}
tsc-kbl-02 ansible_host=${ip('10.60.1.12')}

[controllers:vars]
ansible_user=maint
ansible_password=${v('credential.password_assignment', 'Kabul-Signal-88')}
ansible_become_pass=${v('credential.password_assignment', 'Kabul-Root-88')}`)}`),
];


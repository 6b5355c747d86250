/**
 * Held-out batch 94: credentials pasted by staff of an aircraft MRO hangar, a dental-lab chain, a
 * marketplace's seller support, a national park service, a blade factory and a school group's
 * admissions office. Hand-written, many languages; measured once before any rule change.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b94-akia', B32, 16));
const AKIA_SECRET = fill('b94-akias', B64, 40);
const GHP = gh('ghp', 'Tq7Vb2Nw9Kx4Lm8Rc1Hj6Pz3Fs5Dy0');
const GHO = gh('gho', 'Mb3Kw8Xq1Rt6Yn9Zc4Vd7Hf2Pj5Ls0');
const GLPAT = tok('glpat-', fill('b94-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '7204918365', '2-', '7419305827164-', fill('b94-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b94-slt', UPPER + DIGITS, 8), '/B07', fill('b94-slb', UPPER + DIGITS, 8), '/', fill('b94-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b94-skl', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b94-rkl', B62, 97));
const WHSEC = tok('whsec_', fill('b94-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b94-oai', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b94-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b94-groq', B62, 52));
const HF = tok('hf_', fill('b94-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b94-gapi', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b94-gocspx', B64URL, 28));
const AZ_STORAGE = `${fill('b94-azst', B64, 86)}==`;
const AZ_SAS = `sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-09-30T18:00:00Z&st=2025-03-01T08:00:00Z&spr=https&sig=${fill('b94-sas1', B62, 20)}%2B${fill('b94-sas2', B62, 18)}%3D`;
const AZ_CLIENT = tok(fill('b94-azc1', B62, 3), '8Q~', fill('b94-azc2', B62 + '_.-', 31));
const TW_SID = tok('AC', fill('b94-twsid', HEX.toLowerCase(), 32));
const TW_TOKEN = fill('b94-twtok', HEX.toLowerCase(), 32);
const SENDGRID = tok('SG.', fill('b94-sg1', B64URL, 22), '.', fill('b94-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b94-mg', HEX.toLowerCase(), 32));
const TELEGRAM = tok('7318402956', ':AA', fill('b94-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248391027564819203', '/', fill('b94-dwh', B64URL, 68));
const NPM = gh('npm', 'Hc5Wq2Lr8Tv1Nb6Xm9Kd3Zs7Pf4Gy0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b94-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b94-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b94-shpat', HEX.toLowerCase(), 32));
const POSTMAN = tok('PMAK-', fill('b94-pm1', HEX.toLowerCase(), 24), '-', fill('b94-pm2', HEX.toLowerCase(), 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b94-atl', B64URL, 171), '=', fill('b94-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b94-lin', B62, 40));
const NOTION = tok('ntn_', fill('b94-ntn1', DIGITS, 11), fill('b94-ntn2', B62, 35));
const SENTRY_KEY = fill('b94-sentry', HEX.toLowerCase(), 32);
const DD_API = fill('b94-ddapi', HEX.toLowerCase(), 32);
const VAULT = tok('hvs.', fill('b94-hvs', B62, 24));
const DATABRICKS = tok('dapi', fill('b94-dapi', HEX.toLowerCase(), 32));
const DO_TOKEN = tok('dop_v1_', fill('b94-dop', HEX.toLowerCase(), 64));
const CF_TOKEN = fill('b94-cft', B62 + '_-', 40);
const TFC = tok(fill('b94-tfc1', B62, 14), '.atlasv1.', fill('b94-tfc2', B62, 67));
const SUPABASE = tok('sbp_', fill('b94-sbp', HEX.toLowerCase(), 40));
const NETLIFY = tok('nfp_', fill('b94-nfp', B62, 36));
const JFROG = tok('AKCp', fill('b94-jfrog', B62, 69));
const SQUARE = tok('EAAA', fill('b94-square', B64URL, 60));
const FIGMA = tok('figd_', fill('b94-figd', B64URL, 40));
const AIRTABLE = tok('pat', fill('b94-at1', B62, 14), '.', fill('b94-at2', HEX.toLowerCase(), 64));
const GRAFANA_SA = tok('glsa_', fill('b94-glsa1', B62, 32), '_', fill('b94-glsa2', HEX.toLowerCase(), 8));
const NRAK = tok('NRAK-', fill('b94-nrak', UPPER + DIGITS, 27));
const HEROKU = tok('HRKU-', 'AA', fill('b94-hrku', B64URL, 58));
const ALIBABA_ID = tok('LTAI', '5t', fill('b94-ltai', B62, 18));
const ALIBABA_SECRET = fill('b94-alisec', B62, 30);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'vanaparks-gis', a: fill('b94-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b94-mbx', B64URL, 22));
const OKTA = tok('00', fill('b94-okta', B64URL, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b94-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const RSA = pem('RSA PRIVATE KEY', 'b94-rsa', 610);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b94-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC = pem('EC PRIVATE KEY', 'b94-ec', 121);
const GCP_PEM = pem('PRIVATE KEY', 'b94-gcp', 1216).replace(/\n/g, '\\n');
const JWT_SCHOOL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'adm-2025-02' }, { sub: 'svc-bursary-sync', iss: 'https://sso.hollinsgrove-schools.org', aud: 'sis-api', scope: 'applicants.read bursary.write', iat: 1739871200, exp: 1739957600 }, 'b94-jwt1');
const JWT_PARK = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'ranger-app', role: 'permit_officer', unit: 'NP-ALP-03', iat: 1741102400 }, 'b94-jwt2');
const BEARER = fill('b94-bearer', B62 + '-._', 48);
const BASIC = b64('mro-store:Hang4r!Kardex#2025');
const DOCKER_AUTH = b64('bladeci:Tw1nSp4r_Resin77');
const B64_GHP = b64(GHP);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH94_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Hangar 3 tool-crib kiosk stopped syncing with the parts ledger after the AWS migration. Here's the .env from the kiosk PC, can you tell why boto says SignatureDoesNotMatch?

${cfg(f`# toolcrib-sync / MRO hangar 3
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
S3_BUCKET=mro-h3-toolcrib-audit
SYNC_INTERVAL_SEC=90`)}

The clock on that PC was 7 minutes off last week, not sure if related.`),

  rec('chat', f`Hola, soy de soporte a vendedores (Ciudad de México). Un vendedor nos mandó su token de GitHub por error en el chat del ticket #MX-88213 para que "revisáramos su integración": ${v('credential.github_pat', GHP)}. ¿Cómo le explico que lo revoque y que no vuelva a compartirlo? Dame un texto amable en español.`),

  rec('yaml_config', f`Config of the blade-factory MES bridge (Aarhus line 2). Siden opdateringen crasher den ved opstart:

${cfg(f`mes_bridge:
  plant: AAR-L2
  plc_gateway: opc.tcp://${amb('pii.ip_address', '10.40.2.15')}:4840
  historian:
    url: postgresql://mes_writer:${v('credential.database_url_password', 'Vinge!Harpiks88')}@historian.aar.local:5432/curing
  alerts:
    slack_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  cure_profile_default: EP-120-6h`)}

Fejlen er "could not translate host name". Er det DNS?`),

  rec('chat', f`We run the marketplace payouts on Stripe. Someone in Kuala Lumpur pasted this in our Jira and I need to know if it's live or test before I panic:

STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}

It starts with sk_live so... I guess live? What are the steps to roll it without breaking seller payouts mid-cycle?`),

  rec('python', f`Bonjour, j'ai écrit ce script pour envoyer automatiquement les confirmations de permis de bivouac du parc (Madagascar, Andringitra). Il plante avec une erreur 401 chez Twilio. Vous voyez pourquoi ?

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def envoyer_confirmation(numero, permis):
    corps = f"Permis {permis['code']} confirmé pour le {permis['date']}. Présentez-vous au poste de Namoly."
    return client.messages.create(to=numero, from_="+261340000000", body=corps)`)}`),

  rec('chat', f`Dear team, admissions here (Nairobi campus). The new portal vendor gave us this login for the bursary module, I'm sharing so you can set up the report:

username: bursary.admin@portal-vendor-login
password: ${v('credential.password_in_prose', 'Kilimanjaro#Bursary24')}

Please change it after first use they said. Can you help me draft an e-mail to the vendor asking for SSO instead?`),

  rec('ini_config', f`Dette er konfigurasjonen til lagerprogrammet vårt (delelager, hangar Gardermoen). Hvorfor får vi "Login failed for user"?

${cfg(f`[database]
server = sql-lager01.mro.internal
database = PartsStore
uid = svc_kardex
pwd = ${v('credential.password_assignment', 'Fjord-Turbin3!lager')}
encrypt = yes

[printer]
label_printer = ZD421-H2`)}`),

  rec('chat', f`Можешь помочь? Пишу бота в Telegram для бригады техников ангара, чтобы присылал уведомления о просроченных инструментах (калибровка). Токен от BotFather: ${v('credential.telegram_bot_token', TELEGRAM)}. Бот не отвечает на /start, webhook не настроен. Что не так?`),

  rec('shell', f`Az alkatrészraktár CI-je nem tud push-olni a belső registry-be. Ezt futtattam:

${cfg(f`$ docker login registry.blades.local -u bladeci -p ${v('credential.cli_password', 'Tw1nSp4r_Resin77')}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Error response from daemon: Get "https://registry.blades.local/v2/": x509: certificate signed by unknown authority`)}

Mit csináljak a tanúsítvánnyal?`),

  rec('json_config', f`Our dental lab's shade-matching app reads this docker config on the build agent. Can you check why pulls from our private Harbor fail with "unauthorized"?

${cfg(f`{
  "auths": {
    "harbor.dentlab-chain.net": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('chat', f`Ciao, sono del laboratorio odontotecnico di Cagliari. Il nostro fornitore di fresatori CAD/CAM ci ha dato questa chiave per le API di OpenAI che usano nel loro plugin, ma ci addebitano loro i costi: ${v('credential.openai_api_key', OPENAI)}
È normale che la chiave sia nostra? Come faccio a vedere chi la sta usando?`),

  rec('env_file', f`Sellers' AI listing-translator is deployed on Render. Deploy logs say "invalid x-api-key". .env below (yes I know):

${cfg(f`NODE_ENV=production
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
TRANSLATE_TARGETS=es-MX,pt-BR,tr-TR,vi-VN,th-TH
MAX_LISTING_CHARS=4000`)}`),

  rec('chat', f`Gidiyorum bu akşam, o yüzden Hugging Face token'ımı burada bırakıyorum, yarın Emre kanat hasar sınıflandırma modelini indirebilsin: ${v('credential.huggingface_token', HF)} . Sadece read yetkisi var sanırım. Ona nasıl kısa bir devir teslim notu yazarım?`),

  rec('js', f`Mapa de senderos del parque nacional (Costa Rica). El mapa no carga en producción pero sí en local:

${code(f`const map = new google.maps.Map(document.getElementById('mapa'), {
  center: { lat: 10.463, lng: -84.703 },
  zoom: 12,
});
const KEY = '${v('credential.google_api_key', GOOGLE)}';
fetch(\`https://maps.googleapis.com/maps/api/elevation/json?locations=10.46,-84.70&key=\${KEY}\`)
  .then((r) => r.json())
  .then((d) => console.log('altura', d.results[0].elevation));`)}

¿Es por las restricciones de referer de la clave?`),

  rec('json_config', f`GCP service account for the park's camera-trap image pipeline. Vision API returns PERMISSION_DENIED. Key file (prod, sorry):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "np-camtrap-prod",
  "private_key_id": "${fill('b94-gcpkid', HEX.toLowerCase(), 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'camtrap-ingest@np-camtrap-prod.iam.gserviceaccount.com')}",
  "client_id": "${fill('b94-gcpcid', DIGITS, 21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'camtrap-ingest%40np-camtrap-prod.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat', f`Mamy w szkole system rekrutacyjny z logowaniem przez Google. Dostawca przesłał nam client secret w mailu: ${v('credential.google_oauth_client_secret', GOCSPX)} — czy mogę go wkleić do pliku konfiguracyjnego na serwerze, czy lepiej do Secret Managera? Proszę o krótką rekomendację po polsku.`),

  rec('powershell', f`Script to upload NDT ultrasound scans of blades to Azure blob. Fails with 403:

${code(f`$ctx = New-AzStorageContext -StorageAccountName "bladendtscans" -StorageAccountKey "${v('credential.azure_storage_key', AZ_STORAGE)}"
Get-ChildItem "D:\\NDT\\2025-03\\*.dcm" | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "blade-b58" -Blob $_.Name -Context $ctx -Force
}`)}`),

  rec('chat', f`Parceiro de Luanda (vendedor do marketplace) diz que o link que enviámos para baixar o relatório de vendas expira. Este é o link com SAS, está certo?

https://mktsellerreports.blob.core.windows.net/reports/AO-2291/vendas-2025-02.csv?${v('credential.azure_sas_token', AZ_SAS)}

Preciso de um link que dure 30 dias. Como gero?`),

  rec('env_file', f`Entra ID app for the school group's bursary workflow. Graph calls give AADSTS7000215. Settings:

${cfg(f`AZURE_TENANT_ID=5c2e9d14-7b38-4a61-9f02-3d8e6b1a7c45
AZURE_CLIENT_ID=0a7f3c92-16d4-4e8b-b5a1-92c4e7d30f68
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
GRAPH_SCOPE=https://graph.microsoft.com/.default`)}`),

  rec('chat', f`Heeft iemand ervaring met SendGrid? Onze tandtechnisch lab in Gent stuurt de levermeldingen naar tandartsen via SendGrid en ineens komt alles in spam. Dit is de sleutel die in de config staat: ${v('credential.sendgrid_api_key', SENDGRID)}. Moeten we SPF/DKIM opnieuw instellen?`),

  rec('php', f`Stari PHP kod za slanje potvrda o upisu (privatna škola, Zagreb). Mailgun vraća 401 Forbidden:

${code(f`<?php
$ch = curl_init('https://api.eu.mailgun.net/v3/mg.skola-upisi.hr/messages');
curl_setopt($ch, CURLOPT_USERPWD, 'api:${v('credential.mailgun_api_key', MAILGUN)}');
curl_setopt($ch, CURLOPT_POSTFIELDS, [
    'from' => 'Upisi <${v('pii.email', 'upisi@mg.skola-upisi.hr')}>',
    'to' => $roditelj_email,
    'subject' => 'Potvrda prijave za upis',
    'text' => $poruka,
]);
$odgovor = curl_exec($ch);`)}`),

  rec('chat', f`Alerts for the curing ovens go to Discord because the shift guys prefer it. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Can you write a small Node script that posts "Oven 4 over-temp" with an embed? Keep it simple.`),

  rec('npmrc', f`Our private design-system package for the seller portal won't install in CI:

${cfg(f`@sellerhub:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

npm ERR! 404 Not Found - GET https://registry.npmjs.org/@sellerhub%2fui-kit`),

  rec('pypirc', f`Publiser internal Python-pakke for vindturbinblad-inspeksjon (Hammerfest?) nei, det er fabrikken i Lindesnes. twine sier 403:

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('chat', f`Sveiki, esu dantų technikos laboratorijos IT. Docker Hub mums duoda rate limit. Kolega sukūrė asmeninį prieigos raktą ${v('credential.dockerhub_pat', DCKR)} ir įrašė į visus build serverius. Ar tai gera praktika? Parašyk trumpai lietuviškai.`),

  rec('shopify', f`Marketplace connector for a Shopify seller in Manila. Orders import returns [API] Invalid API key or access token. We use:

${cfg(f`SHOPIFY_STORE=lola-barong-atelier.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
SHOPIFY_API_VERSION=2024-10`)}

Salamat po sa tulong!`),

  rec('chat', f`Mam pytanie: w Postmanie mamy kolekcję do API parków narodowych (rezerwacje pól namiotowych). Chcę ją zautomatyzować przez Postman API, klucz: ${v('credential.postman_api_key', POSTMAN)}. Jak pobrać kolekcję curl-em?`),

  rec('shell', f`jira automation for AOG (aircraft on ground) parts requests — curl works from my laptop but not from the hangar server:

${cfg(f`curl -s -u ${v('pii.email', 'planning.bot@mro-ops.example')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  "https://mro-ops.atlassian.net/rest/api/3/search?jql=project=AOG+AND+status=Open"`)}

server gives "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL". proxy?`),

  rec('chat', f`Linear'da kalıp bakım talepleri için entegrasyon yazdım, key: ${v('credential.linear_api_key', LINEAR)}. GraphQL ile "issueCreate" yaparken teamId nereden bulunur?`),

  rec('python', f`Notion integration that copies bursary applications into a database. "Could not find database" error:

${code(f`import requests

NOTION_TOKEN = "${v('credential.notion_token', NOTION)}"
DB_ID = "7c41e2a9d3b84f6a9e05b18c2d7f4a63"

def add_applicant(name, grade, household_income_band):
    return requests.post(
        "https://api.notion.com/v1/pages",
        headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"},
        json={"parent": {"database_id": DB_ID},
              "properties": {"Name": {"title": [{"text": {"content": name}}]},
                             "Grade": {"select": {"name": grade}},
                             "Band": {"select": {"name": household_income_band}}}},
    )`)}`),

  rec('chat', f`Sentry DSN for the ranger mobile app is below, events aren't arriving from Android, only iOS: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507718.ingest.de.sentry.io/4507720193`)} — is it proguard mapping or the DSN?`),

  rec('yaml_config', f`datadog-agent.yaml từ máy chủ MES nhà máy cánh quạt (Bình Định). Agent không gửi metrics:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: mes-bd-01
logs_enabled: true
process_config:
  process_collection:
    enabled: true`)}

Có phải do site sai không?`),

  rec('shell', f`Vault login from the school SIS server:

${cfg(f`$ export VAULT_ADDR=https://vault.hgs.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/sis/bursary-db
Error making API request.
Code: 403. Errors:
* permission denied`)}

which policy do I need?`),

  rec('chat', f`Nasa Databricks tunafanya uchambuzi wa vibali vya hifadhi (wageni kwa mwezi). Token yangu ni ${v('credential.databricks_token', DATABRICKS)} — naomba unisaidie kuandika SQL ya kuhesabu vibali kwa kila lango la kuingilia.`),

  rec('terraform', f`Terraform for the dental lab's DigitalOcean droplets. Plan fails: "Unable to authenticate you".

${code(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "stl_upload" {
  image  = "ubuntu-24-04-x64"
  name   = "stl-upload-fra1"
  region = "fra1"
  size   = "s-2vcpu-4gb"
}`)}`),

  rec('chat', f`Cloudflare API token for the school admissions site DNS: ${v('credential.cloudflare_api_token', CF_TOKEN)}. I want to add a TXT record for Google verification via API. What's the curl? Zone is hollinsgrove-schools.org.`),

  rec('hcl', f`Terraform Cloud credentials file on the blade-factory build server:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

After a reboot terraform init says "required token could not be found". Path is ~/.terraform.d/credentials.tfrc.json — wrong format?`),

  rec('chat', f`Supabase bizning maktab qabul ilovasi uchun... sorry, switching to English. Supabase management token ${v('credential.supabase_token', SUPABASE)} — can I use it to create a new project via CLI in CI, or do I need a service role key?`),

  rec('chat', f`Netlify deploy of the park's permit landing page fails in GitHub Actions: "Unauthorized". NETLIFY_AUTH_TOKEN is ${v('credential.netlify_token', NETLIFY)} and site id is fine. Ideas?`),

  rec('maven', f`settings.xml na buildu (Plzeň, výroba listů). Artifactory vrací 401:

${cfg(f`<settings>
  <servers>
    <server>
      <id>artifactory-blades</id>
      <username>ci-blades</username>
      <password>${v('credential.jfrog_api_key', JFROG)}</password>
    </server>
  </servers>
</settings>`)}`),

  rec('chat', f`Square POS in the park gift shop: the integration that sends daily sales to our accounting stopped. Token: ${v('credential.square_access_token', SQUARE)}. Did Square change token expiry?`),

  rec('chat', f`Figma token for exporting the new prospectus icons: ${v('credential.figma_token', FIGMA)}. Write me a python script that downloads all frames from file key Pq8RsT2uVw as PNG @2x.`),

  rec('chat', f`Airtable holds our dental lab's case tracker (crowns, bridges, dentures by clinic). The Zapier step broke. Token used: ${v('credential.airtable_pat', AIRTABLE)}. Does it need data.records:write scope?`),

  rec('ini_config', f`grafana.ini snippet plus provisioning for the hangar's tool-calibration dashboard:

${cfg(f`[auth.anonymous]
enabled = false

[security]
admin_user = admin
admin_password = ${v('credential.password_assignment', 'Rivet&Torque2025')}

# provisioning/alerting sync bot
GRAFANA_SA_TOKEN=${v('credential.grafana_service_account_token', GRAFANA_SA)}`)}`),

  rec('chat', f`New Relic user key for pulling the marketplace seller-API error rate: ${v('credential.newrelic_key', NRAK)} — give me the NerdGraph query for 5xx per endpoint last 24h.`),

  rec('chat', f`Heroku still hosts the old bursary calculator. heroku auth:token gave me ${v('credential.heroku_api_key', HEROKU)}. How do I scale dynos to zero with the platform API?`),

  rec('java', f`阿里云 OSS 上传牙科扫描文件（STL）的代码，报 SignatureDoesNotMatch：

${code(f`String endpoint = "https://oss-cn-shenzhen.aliyuncs.com";
String accessKeyId = "${v('credential.alibaba_access_key_id', ALIBABA_ID)}";
String accessKeySecret = "${v('credential.generic_secret_assignment', ALIBABA_SECRET)}";
OSS ossClient = new OSSClientBuilder().build(endpoint, accessKeyId, accessKeySecret);
ossClient.putObject("dentlab-stl-sz", "cases/2025/03/" + caseId + ".stl", new File(localPath));
ossClient.shutdown();`)}

帮我看看是不是时区问题？`),

  rec('chat', f`Mapbox secret token for the trail-closure map tiles upload: ${v('credential.mapbox_secret_token', MAPBOX)}. Mapbox CLI says "401 Not Authorized - Invalid Token" when uploading the tileset. Scopes?`),

  rec('chat', f`Okta API token for deprovisioning teachers who left: ${v('credential.okta_api_token', OKTA)}. Write a PowerShell loop that deactivates users from leavers.csv.`),

  rec('chat', f`Backup of my age key for the sops-encrypted hangar secrets (so I don't lose it): ${v('credential.age_secret_key', AGE)}
Is it OK to keep it in our team OneNote?`),

  rec('pem', f`Deploy key on the MES jump host gives "invalid format". This is the file content:

${v('credential.openssh_private_key', OSSH)}

Did Windows add CRLF?`),

  rec('pem', f`Fra'l certificat del portal de permisos... el servidor nginx no arranca: "PEM_read_bio_PrivateKey failed". Contingut de la clau:

${v('credential.private_key', RSA)}`),

  rec('http', f`Request from the SIS to the admissions API returns 401 "token expired" even though it was issued this morning:

${cfg(f`GET /v2/applicants?status=bursary_review HTTP/1.1
Host: sis-api.hollinsgrove-schools.org
Authorization: Bearer ${v('credential.jwt', JWT_SCHOOL)}
Accept: application/json`)}

Can you decode the exp for me?`),

  rec('chat', f`Ranger app's offline sync uses this token, I copied it from the browser dev tools: ${v('credential.jwt', JWT_PARK)}. Is role=permit_officer inside it trusted by the backend or can anyone change it?`),

  rec('http', f`Parts-store Kardex API call (Hamburg, Halle 5):

${cfg(f`POST /api/v1/picklists HTTP/1.1
Host: kardex-h5.lhmro.local
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"workorder":"WO-552190","items":[{"pn":"MS20470AD4-5","qty":200}]}`)}

Antwort 415 Unsupported Media Type — warum?`),

  rec('chat', f`Vi har en extern konsult som behöver läsa vårt bladfabriks-repo. Jag skickade ${v('credential.github_oauth_token', GHO)} i ett sms. Hur snabbt ska vi återkalla den och vad ska vi ge honom istället?`),

  rec('yaml_config', f`gitlab-ci for the dental lab's LIMS:

${cfg(f`variables:
  GIT_DEPTH: "20"
  LIMS_DEPLOY_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

deploy:
  stage: deploy
  script:
    - git clone https://oauth2:$LIMS_DEPLOY_TOKEN@gitlab.dentlab-chain.net/lims/config.git`)}

job log shows "HTTP Basic: Access denied".`),

  rec('chat', f`Slack bot for the park's volunteer rota posts to the wrong channel. Bot token ${v('credential.slack_bot_token', SLACK_BOT)} and channel C07RANGERS. chat.postMessage returns not_in_channel.`),

  rec('chat', f`Ο webhook secret του Stripe για τα payouts των πωλητών: ${v('credential.stripe_webhook_secret', WHSEC)} και το restricted key για reporting ${v('credential.stripe_restricted_key', STRIPE_RK)}. Γιατί η επαλήθευση υπογραφής αποτυγχάνει στο Express; Χρησιμοποιώ express.json() πριν το route.`),

  rec('k8s_secret', f`Kubernetes secret for the hangar ERP connector. Pod crashloops with "bad decrypt"?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: erp-connector
  namespace: mro-apps
type: Opaque
data:
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', B64_GHP)}
stringData:
  ERP_PASSWORD: "${v('credential.password_assignment', 'Amos#MRO-Link9')}"`)}`),

  rec('cisco', f`Switch in the blade factory cure hall, config excerpt:

${cfg(f`hostname SW-CURE-01
enable secret 5 ${amb('credential.network_device_secret', '$1$kT9q$Hx2mP0aRvLz8Yw1c3Nd5e.')}
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Bl4de!Cure#Hall')}
snmp-server community ${amb('credential.network_device_secret', 'R0tor-ro')} RO
interface Vlan40
 ip address ${amb('pii.ip_address', '10.40.0.2')} 255.255.255.0`)}

Why can't I ssh in with netops?`),

  rec('chat', f`Ég er að setja upp tengingu við bókunarkerfi þjóðgarðsins. Notandi: thingvellir_api, lykilorð: ${v('credential.password_in_prose', 'Hraun!Gja2025')}. Geturðu skrifað Python kóða sem sækir bókanir dagsins?`),

  rec('mysql', f`Trying to dump the bursary DB from the old server:

${cfg(f`mysqldump -h ${amb('pii.ip_address', '172.16.8.20')} -u bursary_ro -p${v('credential.mysql_cli_password', 'Ruzu4Bursary!')} bursary applications > apps.sql`)}

mysqldump: Got error: 1045: Access denied. The password has a ! — shell history expansion?`),

  rec('chat', f`EC key for the seller-portal's JWT signing, from the old server (we lost the vault entry, want to migrate it):

${v('credential.private_key', EC)}

How do I import it into AWS KMS? Or can't I?`),

  rec('chat', f`Ova e od magacinot za rezervni delovi (Skopje MRO). Korisnik i lozinka za Kardex: ${v('credential.user_password_pair', 'magacin01 / Skopje#Delovi7')}. Dali možeš da mi napišeš upatstvo kako da ja smeni lozinkata?`),

  rec('csharp', f`C# service that pulls shipment labels for sellers from the carrier API:

${code(f`public class CarrierClient
{
    private readonly HttpClient _http = new();
    private const string ApiToken = "${v('credential.bearer_token', BEARER)}";

    public async Task<byte[]> GetLabelAsync(string shipmentId)
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken);
        var resp = await _http.GetAsync($"https://api.carrier-xb.com/v3/labels/{shipmentId}?format=pdf");
        resp.EnsureSuccessStatusCode();
        return await resp.Content.ReadAsByteArrayAsync();
    }
}`)}`),

  rec('chat', f`Odoo na laboratório protético de Porto: a ligação ao Postgres é esta, dá "password authentication failed":

${cfg(f`host=${amb('pii.ip_address', '10.12.0.5')} port=5432 dbname=odoo_lab user=odoo password=${v('credential.connection_string_password', 'Dente#Ceramica22')} sslmode=require`)}

Já reiniciei o serviço.`),

  rec('chat', f`Ранее лозинка за Wi-Fi-то во ангарот беше вршена на табла. Сега IT вели да не е безбедно... Anyway, I need help: our SMTP relay for the hangar uses smtp://alerts:${v('credential.url_password', 'Pist0n-Alerts55')}@smtp.mro-ops.example:587 and the scheduler refuses with "535 auth failed".`),
];

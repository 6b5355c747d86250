/**
 * Held-out batch 46: credentials pasted by staff of a rail freight operator, an IVF clinic network,
 * a video-game studio, a fish farm, a library consortium and a tax-advisory firm. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b46-akia1', B32, 16));
const AKIA_SECRET = fill('b46-akia1s', B64, 40);
const GHP = gh('ghp', 'Tq7Wm2Kx9Lb4Nc8Vr1Hs6Pd3Fj5Gz0');
const GH_FINE = tok('github_pat_', '11BKQ7R3A0', fill('b46-ghfine1', B62, 12), '_', fill('b46-ghfine2', B62, 59));
const GLPAT = tok('glpat-', fill('b46-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5820174936', '1-', '7719384025517-', fill('b46-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b46-slt', UPPER + DIGITS, 8), '/B07', fill('b46-slb', UPPER + DIGITS, 8), '/', fill('b46-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b46-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b46-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b46-whsec', B62, 32));
const OPENAI = tok('sk-', 'proj-', fill('b46-oa1', B64URL, 74), 'T3BlbkFJ', fill('b46-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b46-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b46-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b46-gcp', 1190, '\\n');
const AZ_STORAGE = tok(fill('b46-azst', B64, 86), '==');
const AZ_SAS_SIG = `${fill('b46-sas1', B62, 18)}%2F${fill('b46-sas2', B62, 20)}%3D`;
const AZ_CLIENT = tok(fill('b46-azc1', B62, 3), '8Q~', fill('b46-azc2', B62 + '_.-', 34));
const TWILIO_SID = tok('AC', fill('b46-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b46-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b46-sg1', B64URL, 22), '.', fill('b46-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b46-mg', HEX, 32));
const TELEGRAM = tok('7194028365', ':AA', fill('b46-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248803317462958110', '/', fill('b46-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://havbruknv.webhook.office.com/webhookb2/', '7c2e91a4-3f58-4d0b-b6e2-19a8c5d40f73@e41b7a02-9c6d-4f85-a3e1-5b0d28c7f946/IncomingWebhook/', fill('b46-teams1', HEX, 32), '/', '0f8b3d61-42a7-4c9e-8d15-a6e3f92b7c04/', 'V2', fill('b46-teams2', B64URL, 43));
const NPM = gh('npm', 'Kd3Lp8Qw1Zr6Mx4Vt9Bn2Hc7Fs5Gy0');
const DCKR = tok('dckr_', 'pat_', fill('b46-dckr', B64URL, 27));
const HF = tok('hf_', fill('b46-hf', B62, 34));
const DATABRICKS = tok('dapi', fill('b46-dapi', HEX, 32));
const VAULT = tok('hvs.', 'CAESI', fill('b46-hvs', B64URL, 86));
const SENTRY_KEY = fill('b46-sentry', HEX, 32);
const SENTRY_AUTH = tok('sntrys_', fill('b46-sntrys', B64URL, 140));
const DD_API = fill('b46-ddapi', HEX, 32);
const DD_APP = fill('b46-ddapp', HEX, 40);
const GLSA = tok('glsa_', fill('b46-glsa1', B62, 32), '_', fill('b46-glsa2', HEX, 8));
const CF_TOKEN = fill('b46-cf', B62 + '-_', 40);
const OKTA = tok('00', fill('b46-okta', B64URL, 40));
const DO_TOKEN = tok('dop_v1_', fill('b46-do', HEX, 64));
const TFC = tok(fill('b46-tfc1', B62, 14), '.atlasv1.', fill('b46-tfc2', B62, 67));
const LINEAR = tok('lin_api_', fill('b46-lin', B62, 40));
const GROQ = tok('gsk_', fill('b46-groq', B62, 52));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b46-atl', B64URL, 171), '=', fill('b46-atl2', HEX.toUpperCase(), 8));
const SHOPIFY = tok('shpat_', fill('b46-shpat', HEX, 32));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b46-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const ADO_PAT = fill('b46-ado', B32LOWER, 52);
const RSA = pem('RSA PRIVATE KEY', 'b46-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b46-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC_PEM = pem('EC PRIVATE KEY', 'b46-ec', 121);
const K8S_TLS_KEY = b64(`${EC_PEM}\n`);
const K8S_GH_B64 = b64(GHP);
const JWT_PORTAL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'aurelia-portal-2024' }, { sub: 'svc-lab-sync', aud: 'lims.aurelia-fertility.com', scope: 'embryology:read cycles:write', iat: 1731920400, exp: 1763456400 }, 'b46-jwt1');
const JWT_GAME = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 'gm-support-07', role: 'gamemaster', env: 'live-eu', iat: 1732608000 }, 'b46-jwt2');
const BEARER = fill('b46-bearer', B62 + '-._~', 56);
const PPK_PRIV = (fill('b46-ppk1', B64, 64) + '\n' + fill('b46-ppk2', B64, 24));
const DOCKER_AUTH = b64('ci-bot:Hx4!kWq9-Rail-Reg');
const BASIC_KOHA = b64('sip2svc:Lezer#Kempen2024');
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'havbruk-nv', a: fill('b46-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b46-mbx', B64URL, 22));
const PLAYFAB = fill('b46-playfab', UPPER + DIGITS, 52);
const STEAM_KEY = fill('b46-steam', HEX.toUpperCase(), 32);
const P4_TICKET = fill('b46-p4', HEX.toUpperCase(), 32);
const LORA_APPKEY = fill('b46-lora', HEX.toUpperCase(), 32);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH46_CREDENTIALS: DraftRecord[] = [
  // ——— rail freight ———
  rec('chat_de', f`Hallo, unser Wagenortungs-Export nach S3 bricht seit gestern ab mit "SignatureDoesNotMatch". In der ~/.aws/credentials auf dem Telematik-Server steht:

${amb('source_code.snippet', f`[wagon-tracking]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-1`)}

Kann es an der Uhrzeit auf dem Server liegen? NTP läuft eigentlich.`),

  rec('chat', f`Signalling contractor (Siemens sub) needs read access to our interlocking test results repo for a week. I made them this fine-grained token: ${v('credential.github_fine_grained_pat', GH_FINE)} — is it OK to send it by email or should I use something else?`),

  rec('ci_yaml', f`Pipeline for the roster app fails at the deploy stage:

${amb('source_code.snippet', f`deploy_roster:
  stage: deploy
  image: alpine:3.19
  variables:
    ROSTER_API_URL: "https://roster.karvel-rail.eu/api"
    GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  script:
    - apk add curl
    - curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "$CI_API_V4_URL/projects/412/releases"`)}

error: 401 Unauthorized. token has api scope, I checked`),

  rec('chat_pl', f`Cześć, możesz mi poprawić ten skrypt? Łączy się z bazą dyspozytorni w Gdańsku:
${amb('source_code.snippet', f`PGPASSWORD='${v('credential.cli_password', 'Wagon#Gdansk_77')}' psql -h ${amb('pii.ip_address', '10.40.2.15')} -U dyspozytor -d rozklad -c "select * from zmiany_maszynistow where data = current_date"`)}
Chcę, żeby wynik szedł do CSV.`),

  rec('email_cs', f`Ahoj Tomáši,

posílám přístup do portálu pro sledování vozů (Ostrava – Mošnov):
URL: https://wagons.karvel-rail.eu/ostrava
uživatel: dispecink.ostrava
heslo: ${v('credential.user_password_pair', 'Vuz2024!Mosnov')}

Prosím změň si ho po prvním přihlášení.
Díky, Petra`),

  rec('config_ini', f`why does the SCADA bridge refuse the connection? config:

${amb('source_code.snippet', f`[mqtt]
host = telematics.karvel-rail.eu
port = 8883
username = wagon-gw-rijeka
password = ${v('credential.password_assignment', 'Rijeka-Luka$2024')}
client_id = gw-hr-rijeka-03
tls = true`)}`),

  rec('network_config', f`Need a second pair of eyes on the trackside router config before the contractor installs it at Narvik yard:

${amb('source_code.snippet', f`hostname NVK-YARD-RTR01
!
enable secret 9 ${amb('credential.network_device_secret', '$9$kT3vQ8xLm2Rb1F$Zp7WcX4nYq0eJh5uVs6Ad9Kg3TbNr2Mi8LoPfEw1Ct.')}
username kontraktor privilege 15 password 7 ${v('credential.network_device_secret', '08314D5D1A0E0A16464058')}
!
snmp-server community ${v('credential.network_device_secret', 'NvkYard-RO-2024')} RO 10
tacacs-server host ${amb('pii.ip_address', '10.88.0.5')} key ${v('credential.network_device_secret', 'Ofoten!Tacacs9')}
!
interface GigabitEthernet0/1
 description uplink-to-signalbox
 ip address ${amb('pii.ip_address', '10.88.14.1')} 255.255.255.0`)}

anything missing for ACLs?`),

  rec('chat_nl', f`Kan je deze connection string ombouwen naar het formaat voor Npgsql? We lezen de wagonposities uit in de haven van Antwerpen.
Server=pg-antwerpen.karvel.local;Port=5432;Database=wagonpos;User Id=app_wagons;Password=${v('credential.connection_string_password', 'Schelde!Kaai_2024')};SSL Mode=Require`),

  rec('chat', f`The driver roster SMS reminders stopped. We use Twilio: account ${v('credential.twilio_account_sid', TWILIO_SID)}, auth token ${v('credential.twilio_auth_token', TWILIO_TOKEN)}. Console says the messages are "undelivered" with code 30007. What does that mean?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  wagon-tracker:
    image: registry.karvel-rail.eu/ops/wagon-tracker:3.8.1
    environment:
      - DATABASE_URL=postgresql://tracker:${v('credential.database_url_password', 'Kolej-Ostrava!58')}@db.karvel.internal:5432/tracking
      - MAPBOX_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)}
      - LOG_LEVEL=info
    ports:
      - "8080:8080"`)}

compose up works locally but on the server the map tiles are empty`),

  rec('chat_hr', f`Molim te prevedi na engleski za vanjskog izvođača signalizacije: "Pristup VPN-u: korisnik sig-izvodjac, lozinka je ${v('credential.password_in_prose', 'Signal2024#Rijeka')}. Vrijedi do kraja prosinca."`),

  rec('k8s_secret', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: roster-tls
  namespace: roster
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJ...
  tls.key: ${v('credential.base64_private_key', K8S_TLS_KEY)}`)}

cert-manager keeps overwriting this secret, how do I stop it?`),

  // ——— IVF clinic network ———
  rec('chat_es_cl', f`Hola, el portal de pacientes de la clínica de Santiago dejó de enviar correos de confirmación de transferencia embrionaria. En el .env tenemos SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)} y el remitente verificado es el de siempre. ¿Qué reviso primero?`),

  rec('env_file', f`Can you tell me which of these are still used by the LIMS sync? I want to clean up.

${amb('source_code.snippet', f`# lims-sync/.env.production  (Aurelia Fertility – São Paulo)
LIMS_BASE_URL=https://lims.aurelia-fertility.com
LIMS_SERVICE_JWT=${v('credential.jwt', JWT_PORTAL)}
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
REDIS_URL=redis://:${v('credential.database_url_password', 'Embriao#SP-2024')}@redis.sp.internal:6379/3
FEATURE_CONSENT_V2=true`)}`),

  rec('chat_pt_br', f`Oi! O servidor do laboratório de embriologia tá dando "permission denied (publickey)" quando o backup tenta subir pro storage. Essa é a chave que está no /root/.ssh/id_ed25519 — ela tá corrompida?

${v('credential.openssh_private_key', OSSH)}`),

  rec('chat_tr', f`Merhaba, İstanbul kliniğinin randevu sisteminden SMS gitmiyor. Netgsm yerine Twilio'ya geçtik. Kodda şöyle yazıyor:
${code(f`client = Client("${v('credential.twilio_account_sid', tok('AC', fill('b46-twsid2', HEX, 32)))}", "${v('credential.twilio_auth_token', fill('b46-twtok2', HEX, 32))}")
client.messages.create(to=hasta_tel, from_="+905XXXXXXXXX", body=mesaj)`)}
Hata: 21608. Ne anlama geliyor?`),

  rec('chat_it', f`Ciao, nel gestionale della clinica di Milano il modulo fatture usa Stripe. Ho trovato nel config la chiave ${v('credential.stripe_secret_key', STRIPE_LIVE)} — è normale che sia "live" anche sull'ambiente di staging? Non vorrei addebitare pazienti veri per errore.`),

  rec('chat_ar_eg', f`عايز أعرف ليه الـ webhook بتاع Stripe بيرجع 400 في فرع القاهرة. الـ signing secret اللي حاطينه في الإعدادات هو ${v('credential.stripe_webhook_secret', WHSEC)} واللوج بيقول "No signatures found matching the expected signature for payload".`),

  rec('gcp_sa', f`Google Cloud Healthcare API returns 403 for our FHIR store (Bogotá clinic). Service account key file we use:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "aurelia-fhir-co",
  "private_key_id": "${fill('b46-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'fhir-sync@aurelia-fhir-co.iam.gserviceaccount.com')}",
  "client_id": "104928371650293847162",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Which role is missing, healthcare.fhirResourceReader?`),

  rec('chat_fa', f`سلام، برای اتصال سامانه نوبت‌دهی کلینیک به سرور ایمیل از Mailgun استفاده می‌کنیم. کلید API این است: ${v('credential.mailgun_api_key', MAILGUN)} — ولی ایمیل‌ها به پوشه اسپم می‌روند. SPF و DKIM را چطور تنظیم کنم؟`),

  rec('chat', f`ugh, our lab tablet app (Android) talks to the cycle-tracking API with a hard-coded header. The old dev left:
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
How do I move this into something safer without breaking the 40 tablets in the clinics?`),

  rec('azure', f`The nightly export of anonymised cycle outcomes to the research partner goes to Azure Blob. The connection string in the function app:

${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=aureliaresearchexp;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Partner says they only get empty folders. Where do I look?`),

  // ——— game studio ———
  rec('chat', f`build server can't pull from Perforce after the password rotation. p4 tickets shows:
perforce.hollowpine.games:1666 (build-svc) ${v('credential.generic_secret_assignment', P4_TICKET)}
do I just run p4 login again on each agent or is there a cleaner way?`),

  rec('jenkinsfile', f`Our Jenkins pipeline for the Switch build leaks creds in the console, how do I mask them?

${code(f`pipeline {
  agent { label 'win-console-builder' }
  environment {
    STEAM_WEB_API_KEY = '${v('credential.generic_secret_assignment', STEAM_KEY)}'
    PLAYFAB_SECRET_KEY = '${v('credential.generic_secret_assignment', PLAYFAB)}'
    SENTRY_AUTH_TOKEN = '${v('credential.sentry_auth_token', SENTRY_AUTH)}'
  }
  stages {
    stage('Build') {
      steps { bat 'BuildTools\\\\RunUAT.bat BuildCookRun -platform=Switch -clientconfig=Shipping' }
    }
    stage('Upload symbols') {
      steps { bat 'sentry-cli debug-files upload --org hollowpine --project ashfall Saved\\\\Symbols' }
    }
  }
}`)}`),

  rec('chat_fi', f`Moi! Voitko auttaa? Pelaajatuen Discord-botti lähettää ilmoitukset tähän webhookiin mutta viestit eivät näy kanavalla: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Saan vastaukseksi 204, joten pyyntö kai menee läpi?`),

  rec('chat_ja', f`すみません、ビルドサーバーから社内のnpmレジストリに公開しようとすると403になります。.npmrc はこうなっています：

${amb('source_code.snippet', f`@hollowpine:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

トークンの権限が足りないのでしょうか？`),

  rec('chat', f`We're moving the crash-report dashboard to Sentry self-hosted. Old DSN from the game client config: https://${v('credential.sentry_dsn', SENTRY_KEY)}@o4507821.ingest.de.sentry.io/4507821930441 — do I need to rebuild the client to change it, or can the launcher override it?`),

  rec('chat_vi', f`Chào anh, con bot Telegram báo lỗi build ở studio Hà Nội bị chết rồi. Token trong file config là ${v('credential.telegram_bot_token', TELEGRAM)}. Em gọi getUpdates thì trả về 401 Unauthorized. Có phải token bị revoke không ạ?`),

  rec('chat_pl', f`Hej, w studiu w Krakowie mamy Docker registry dla buildów serwerów gry. Plik ~/.docker/config.json na agencie wygląda tak:
${amb('source_code.snippet', f`{
  "auths": {
    "registry.hollowpine.games": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    },
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', b64(`hollowpinebuild:${DCKR}`))}"
    }
  }
}`)}
Dlaczego docker pull z Docker Huba dalej daje rate limit?`),

  rec('chat_id', f`Halo, tim support di Jakarta mau pakai Groq untuk ringkasan tiket pemain. Kuncinya ${v('credential.groq_api_key', GROQ)}, tapi kami dapat error 429 terus. Batas rate-nya berapa ya untuk tier gratis?`),

  rec('python', f`Script to pull player-reported bugs from Linear into our QA sheet, it returns an empty list:

\`\`\`python
${code(f`import requests

LINEAR_KEY = "${v('credential.linear_api_key', LINEAR)}"
QUERY = """
query { issues(filter: {labels: {name: {eq: "player-report"}}}) { nodes { identifier title state { name } } } }
"""

r = requests.post("https://api.linear.app/graphql", json={"query": QUERY},
                  headers={"Authorization": LINEAR_KEY})
print(r.json()["data"]["issues"]["nodes"])`)}
\`\`\``),

  rec('chat_fr', f`Salut, la pipeline Azure DevOps du studio de Montréal échoue au moment de cloner le dépôt des assets. On utilise un PAT dans la variable système : ${v('credential.azure_devops_pat', ADO_PAT)}. Il expire quand, d'après toi, si je l'ai créé avec la durée par défaut ?`),

  rec('chat', f`Our GM tool uses this JWT for the live EU shard and it seems to never expire: ${v('credential.jwt', JWT_GAME)}
Can you decode it and tell me what claims are in there? Also is HS256 fine for this?`),

  rec('chat', f`Publisher's QA portal moved to Atlassian cloud. They gave us a shared token for the bug sync: ${v('credential.atlassian_api_token', ATLASSIAN)} (user qa-sync@publisher) — how do I use it with the Jira REST API, basic auth?`, 'user name written without a domain, so no e-mail address'),

  rec('terraform', f`${amb('source_code.snippet', f`terraform {
  cloud {
    organization = "hollowpine"
    workspaces { name = "game-backend-live" }
  }
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "matchmaker" {
  name   = "mm-ams3-01"
  region = "ams3"
  size   = "c-4"
  image  = "ubuntu-22-04-x64"
}`)}

plan says "Error: Unable to authenticate you". token was generated yesterday`),

  rec('credentials_tfrc', f`is it ok to commit this? it's only on the build agent:
${amb('source_code.snippet', f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}`),

  // ——— fish farming ———
  rec('chat_no', f`Hei! Sensorbøyene på lokalitet Hjartøy sender data via LoRaWAN. Vi har satt opp appen slik:
${amb('source_code.snippet', f`DevEUI=70B3D57ED0061A2F
AppEUI=0000000000000000
AppKey=${v('credential.generic_secret_assignment', LORA_APPKEY)}`)}
Men bøye 4 joiner aldri. Kan det være feil byte-rekkefølge på AppKey?`),

  rec('chat_is', f`Halló, geturðu hjálpað mér? Súrefnisnemarnir í kvíunum í Dýrafirði senda gögn í Grafana Cloud. Ég bjó til þjónustureikning og fékk þetta token: ${v('credential.grafana_service_account_token', GLSA)} en mælaborðið sýnir "No data". Hvað gæti verið að?`),

  rec('env_file', f`Fish health dashboard (Puerto Montt) — which of these should go to the secret manager?

${amb('source_code.snippet', f`DATADOG_API_KEY=${v('credential.datadog_api_key', DD_API)}
DATADOG_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
BUOY_API=https://buoys.havbruk-nordvest.no/v2
TEAMS_ALERT_WEBHOOK=${v('credential.teams_webhook_url', TEAMS_HOOK)}
SITE=cl-pmontt-calbuco`)}`),

  rec('chat_es_cl', f`Necesito que me ayudes a pasar este script a Python 3. Lo usa el veterinario para bajar los registros de mortalidad:
${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '192.168.50.12')} -u vet_lectura -p${v('credential.mysql_cli_password', 'Salmon_Calbuco#23')} sanidad -e "SELECT jaula, fecha, mortalidad FROM registros WHERE centro='Calbuco'"`)}`),

  rec('chat', f`The feed barge PLC logs to our Slack, but the bot stopped posting after we renamed the channel. Bot token: ${v('credential.slack_bot_token', SLACK_BOT)}. Do I need to reinvite it?`),

  rec('chat_no', f`Kan du skrive en kort melding til IT om at Slack-webhooken for alarmer fra fôrflåten må byttes? Den som ligger i PLS-en nå er ${v('credential.slack_webhook_url', SLACK_HOOK)}, og den er delt med en tidligere leverandør.`),

  rec('chat', f`export permit system for Chile → China shipments uses a PHP script with SMTP. I found this in config.php:
$smtp_user = '${v('pii.email', 'permisos@havbruk.cl')}';
$smtp_pass = '${v('credential.password_assignment', 'Exporta2024!Salmon')}';
can you rewrite it to read from env vars?`, 'the SMTP user is a role mailbox, labelled as an e-mail like any other'),

  rec('chat_is', f`Ég þarf að tengja Python-forritið okkar við gagnagrunninn fyrir fóðurskráningu. Þetta er slóðin sem ég fékk: postgres://fodur:${v('credential.database_url_password', 'Lax!Isafjordur88')}@${amb('pii.ip_address', '10.12.0.40')}/fodurskraning — hvernig nota ég þetta með SQLAlchemy?`),

  // ——— library consortium ———
  rec('chat_nl', f`Het selfservice-apparaat in de bib van Geel praat SIP2 met Koha via een proxy. De proxy stuurt deze header mee:
Authorization: Basic ${v('credential.basic_auth_header', BASIC_KOHA)}
Sinds de update krijgen we 403. Moet de header anders?`),

  rec('chat_fi', f`Kirjastojen yhteisen verkkokirjaston hakutoiminto käyttää OpenAI:n rajapintaa. Kehittäjä jätti avaimen koodiin: ${v('credential.openai_api_key', tok('sk-', 'proj-', fill('b46-oa3', B64URL, 74), 'T3BlbkFJ', fill('b46-oa4', B64URL, 74)))} — pitääkö se vaihtaa heti, jos repo on ollut julkinen kaksi päivää?`),

  rec('chat_cs', f`Ahoj, potřebuju přepsat tenhle příkaz do PowerShellu, je to import záznamů do katalogu:
${amb('source_code.snippet', f`curl -u katalog-import:${v('credential.user_password_pair', 'Knihovna2024*Brno')} -X POST https://opac.knihovny-jm.cz/api/import -F file=@zaznamy.mrc`)}`),

  rec('chat', f`For the consortium's discovery layer we use Hugging Face inference for the "similar titles" feature. HF_TOKEN=${v('credential.huggingface_token', HF)}. The endpoint is slow on cold start — can we keep it warm?`),

  rec('chat_hr', f`Pozdrav, moraš mi pomoći s Google Maps na stranici knjižnice (karta podružnica). Ključ je ${v('credential.google_api_key', GOOGLE)} i konzola javlja "RefererNotAllowedMapError". Što trebam dodati u ograničenja?`),

  rec('chat', f`Encrypted patron-export backups use age. The key file on the backup box:
# created: 2024-10-02T09:14:11+02:00
# public key: age1q4xk2e0hd6n3wz8c5j7t9ry2vmf0lg3pa8s6du4kh7ne5wc9qx3sy2l8fz
${v('credential.age_secret_key', AGE)}
Can I put this in our password manager as a note or is there a better way?`),

  // ——— tax advisory ———
  rec('chat_de', f`Wir binden für Mandanten mit Onlineshop die Shopify-Umsätze direkt in die Buchhaltung ein. Der Entwickler hat mir diesen Admin-Token gegeben: ${v('credential.shopify_access_token', SHOPIFY)}. Reicht der Scope read_orders für die Umsatzsteuer-Auswertung?`),

  rec('chat_it', f`Per il collegamento con il cassetto fiscale usiamo uno script su Databricks. Ho il token ${v('credential.databricks_token', DATABRICKS)} ma il job va in errore "Invalid access token". Ne devo generare uno nuovo dal workspace?`),

  rec('chat_tr', f`Müşterilerin e-fatura entegrasyonu için Okta'dan API token aldık: SSWS ${v('credential.okta_api_token', OKTA)} — bunu Postman'de nasıl header olarak kullanırım?`),

  rec('vault', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.taxwise-partners.com
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/clients/datev
Error reading secret/clients/datev: Error making API request.
Code: 403. Errors:
* permission denied`)}

the token was created with the "tax-desk" policy, what am I missing?`),

  rec('chat_es_co', f`Hola, en la oficina de Bogotá automatizamos la descarga de facturas electrónicas de la DIAN con un robot en Python. El desarrollador dejó esto en el código: STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)} para cobrar los honorarios. ¿Está bien que un robot tenga esa clave?`),

  rec('chat_id', f`Tolong bantu ya, kantor konsultan pajak kami di Surabaya pakai Cloudflare untuk portal klien. Di server ada CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} tapi waktu update DNS muncul error 9109 "Invalid access token".`),

  rec('putty', f`Need to convert this PuTTY key to OpenSSH so I can use it on the Mac for the DATEV gateway:

${v('credential.putty_private_key', f`PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: stein-partner-gateway
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIK${fill('b46-ppkpub', B64, 40)}
${fill('b46-ppkpub2', B64, 10)}
Private-Lines: 2
${PPK_PRIV}
Private-MAC: ${fill('b46-ppkmac', HEX, 64)}`)}`),

  rec('chat_de', f`Hilf mir bitte, diese Kubernetes-Secret-Datei zu verstehen — ein Kollege meint, da sei ein GitHub-Token drin:
${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: belegscanner-git
type: Opaque
data:
  GIT_TOKEN: ${v('credential.base64_encoded_token', K8S_GH_B64)}`)}`),

  rec('chat', f`Two things from the IT handover at the Stavanger hatchery site:
1) Azure AD app "smolt-reporting", client secret ${v('credential.azure_client_secret', AZ_CLIENT)}, expires Mar 2025
2) The old on-prem key for the water-quality server:
${v('credential.private_key', RSA)}
Can you write a short handover note that says where these should be stored instead (don't repeat the values)?`),

  rec('chat', f`Anthropic key for the tax-letter drafting assistant: ${v('credential.anthropic_api_key', ANTHROPIC)}. Our accountant keeps hitting "overloaded_error" in the afternoons; is there a retry header I should respect?`),

  rec('chat', f`SAS URL the research partner (IVF outcomes study) sent us to drop files — is it read-only or can we write with it?
https://uniresearchshare.blob.core.windows.net/aurelia-drop?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2025-01-31T23:59:00Z&st=2024-11-01T00:00:00Z&spr=https&sig=${v('credential.azure_sas_token', AZ_SAS_SIG)}`),

  rec('chat', f`our release bot pushes tags with this classic PAT: ${v('credential.github_pat', GHP)} — GitHub says classic tokens are being phased out for orgs with SSO. what's the migration path?`),
];

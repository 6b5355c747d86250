/**
 * Held-out batch 18: credentials pasted by staff of an insurer, a regional bank's back office, a
 * university, an energy utility, a law firm and a marketing agency — configs, CI files, scripts,
 * chats and forwarded e-mails, in several languages. Hand-written, not measured yet.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b18-akia', B32, 16));
const AWS_SECRET = fill('b18-awssec', B64, 40);
const AKIA_2 = tok('AKIA', fill('b18-akia2', B32, 16));
const AWS_SECRET_2 = fill('b18-awssec2', B64, 40);
const GHP = gh('ghp', fill('b18-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11', fill('b18-ghfg1', UPPER + DIGITS, 20), '_', fill('b18-ghfg2', B62, 59));
const XOXB = tok('xoxb-', '381749205613', '-', '6021847395172', '-', fill('b18-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b18-slt', UPPER + DIGITS, 7), '/B07', fill('b18-slb', UPPER + DIGITS, 8), '/', fill('b18-slh', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b18-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b18-whsec', B62, 32));
const OPENAI = tok('sk-', 'proj-', fill('b18-oai1', B64URL, 74), 'T3BlbkFJ', fill('b18-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b18-ant', B64URL, 93), 'AA');
const GCP_PEM = pem('PRIVATE KEY', 'b18-gcp', 1216, '\\n');
const AZ_STORAGE = tok(fill('b18-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b18-azc1', B62, 3), '8Q~', fill('b18-azc2', B62 + '_~.-', 34));
const SAS_SIG = `${fill('b18-sas1', B62, 16)}%2B${fill('b18-sas2', B62, 11)}%2F${fill('b18-sas3', B62, 12)}%3D`;
const TWILIO_SID = tok('AC', fill('b18-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b18-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b18-sg1', B64URL, 22), '.', fill('b18-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b18-mc', HEX, 32), '-us14');
const TELEGRAM = tok('7318492056', ':AA', fill('b18-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1219384756102938475', '/', fill('b18-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://banca-valtellinese.webhook.office.com/webhookb2/', '7c1e4b92-3a05-4f6d-b8e2-91d0c7a3f654@2b8f6e13-9c47-4a01-8d5e-f3a92c1b7e08/IncomingWebhook/', fill('b18-teams1', HEX, 32), '/', 'a4d97e21-6b38-4c5f-9e07-1f2c8b3d6a95/', 'V2', fill('b18-teams2', B64URL, 43));
const NPM = gh('npm', fill('b18-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b18-pypi', B64URL, 150));
const DOCKER_AUTH = b64(`svc-ot-build:${'Tr4fo-Station'}${'!2024'}`);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b18-atl', B64URL, 171), '=', fill('b18-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b18-ntn1', DIGITS, 11), fill('b18-ntn2', B62, 35));
const DD_API = fill('b18-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b18-hvs', B62 + '_-', 86));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b18-rsa', 1190);
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b18-ossh', 390, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const CLAIMS_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'claims-gw-2025-02' }, { sub: 'svc-claims-intake', aud: 'https://api.helvetia-mutual.example/claims', scope: 'claims.read claims.write', iat: 1739871204, exp: 1739874804 }, 'b18-jwt1');
const BASIC_B64 = b64(`ops_plati:${'Carpati'}${'.Vara24'}`);
const HF = tok('hf_', fill('b18-hf', UPPER + LOWER, 34));
const DATABRICKS = tok('dapi', fill('b18-dapi', HEX, 32));
const OKTA = tok('00', fill('b18-okta', B64URL, 40));
const GLPAT = tok('glpat-', fill('b18-glpat', B62 + '-_', 20));
const SHPAT = tok('shpat_', fill('b18-shpat', HEX, 32));
const FB = tok('EAA', 'Bw', fill('b18-fb', B62, 170));
const CF_TOKEN = fill('b18-cftok', B62 + '_-', 40);
const ALI_ID = tok('LTAI', '5t', fill('b18-ltai', B62, 18));
const ALI_SECRET = fill('b18-alisec', B62, 30);
const ADO_PAT = fill('b18-ado', B32LOWER, 52);
const SF_SECRET = fill('b18-sfsec', HEX.toUpperCase(), 64);
const MPESA_SECRET = fill('b18-mpesa', B62, 16);
const MPESA_KEY = fill('b18-mpesakey', B62, 48);
const NRAK = tok('NRAK-', fill('b18-nrak', UPPER + DIGITS, 27));
const SAP_PW = tok('Rg7!', 'vKq', '#m2Lp');

export const BATCH18_CREDENTIALS: DraftRecord[] = [
  rec('chat_de_at', f`Servus, mein boto3-Skript für die Schadenreserven-Auswertung läuft lokal, aber am Jupyter-Server kommt "SignatureDoesNotMatch". Die credentials-Datei am Server schaut so aus:

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1

[aktuariat-read]
role_arn = arn:aws:iam::480213957724:role/aktuariat-readonly
source_profile = default`)}

Kann das an der Uhrzeit vom Server liegen? Der hängt irgendwie 7 Minuten nach.`),

  rec('appsettings_json', f`Payments ops here. Our SEPA batch reconciler (.NET 6) throws "Login failed for user 'svc_recon'" since the weekend. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Recon": "Server=sqlprd-pay02.bank.local,1433;Database=SepaRecon;User Id=svc_recon;Password=${v('credential.connection_string_password', 'Zahlung$Abgleich-77')};Encrypt=True;TrustServerCertificate=False",
    "Audit": "Server=sqlprd-aud01.bank.local;Database=Audit;Integrated Security=SSPI"
  },
  "Batch": { "CutoffUtc": "14:30", "MaxFileSizeMb": 40 }
}`)}

DBA team says the account isn't locked. What else could it be?`),

  rec('ci_yaml', f`uni IT — the nightly mirror job of our course repos fails with 403, it used to work. workflow file:

${amb('source_code.snippet', f`name: mirror-course-repos
on:
  schedule:
    - cron: "15 2 * * *"
jobs:
  mirror:
    runs-on: [self-hosted, lehre]
    env:
      GH_TOKEN: ${v('credential.github_pat', GHP)}
      TARGET_ORG: tu-lehre-archiv
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/mirror.sh --since 24h`)}

Did GitHub change something about classic tokens in orgs with SSO?`),

  rec('wp_config', f`Client site keeps going to "Error establishing a database connection" after migrating to the new host. wp-config bits (sorry about the stripe line, WooCommerce plugin reads it from here):

${amb('source_code.snippet', f`define( 'DB_NAME', 'wp_bakerei_huber' );
define( 'DB_USER', 'bh_wpuser' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Semmel&Brezn#2023')}' );
define( 'DB_HOST', 'localhost:3307' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WC_STRIPE_SECRET', '${v('credential.stripe_secret_key', SK_LIVE)}' );
define( 'WC_STRIPE_WEBHOOK_SECRET', '${v('credential.stripe_webhook_secret', WHSEC)}' );
$table_prefix = 'bh_';`)}`),

  rec('chat_en_za', f`Howzit. Trying to get the new RTU at Kwaggafontein substation onto the historian. Vendor web UI login is admin / ${v('credential.password_in_prose', 'Sub$tat10n-KWF')} (they set it at FAT), the DNP3 outstation address is 10, master is 1. Which settings should I check first if the master shows "link status: offline"?`),

  rec('email_nl_be', f`---------- Doorgestuurd bericht ----------
Van: ICT Servicedesk
Onderwerp: Uw account voor het documentbeheersysteem

Beste Lotte,

Uw account voor iManage Work werd aangemaakt.
Gebruikersnaam: lvermeulen
Tijdelijk wachtwoord: ${v('credential.password_in_prose', 'Kortrijk-Mei-4812')}
Bij de eerste aanmelding wordt u gevraagd dit te wijzigen.

Met vriendelijke groeten,
ICT Servicedesk

---
kan je dit herschrijven als korte checklist voor nieuwe stagiairs? wat moeten ze de eerste dag doen`),

  rec('code_python', f`Our Friday social-metrics bot posts to the wrong channel, can you spot why?

${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', XOXB)}")
CHANNELS = {"retail": "C05RT8J2K1M", "fmcg": "C05RT9Q4H7N"}

def post_weekly(client_name: str, summary: str) -> None:
    channel = CHANNELS.get(client_name, "general")
    client.chat_postMessage(channel=channel, text=summary, unfurl_links=False)

if __name__ == "__main__":
    post_weekly(os.environ.get("CLIENT", "Retail"), open("summary.md").read())`)}`),

  rec('shell', f`cron on the library server, sends a Slack alert when the ILS export is late. It stopped posting. why?

${code(f`#!/bin/bash
EXPORT=/srv/alma/export/daily_$(date +%Y%m%d).xml
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
if [ ! -s "$EXPORT" ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Alma export missing on $(hostname)\\"}" "$HOOK"
fi`)}`),

  rec('env_file', f`${amb('source_code.snippet', f`# chatbot-landing/.env.production
NEXT_PUBLIC_SITE_URL=https://promo.frischhof.example
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
OPENAI_MODEL=gpt-4o-mini
RATE_LIMIT_PER_MIN=20
NEXT_PUBLIC_GA_ID=G-7QH2LX9K3T`)}

el bot de la campaña responde lento y a veces 429, ¿subo el rate limit o cambio de modelo?`),

  rec('code_js', f`This summariser for incoming claim e-mails returns empty text every time on node 20:

${code(f`import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({ apiKey: "${v('credential.anthropic_api_key', ANTHROPIC)}" });

export async function summariseClaim(body) {
  const msg = await client.messages.create({
    model: "claude-3-5-sonnet-latest",
    max_tokens: 400,
    messages: [{ role: "user", content: \`Summarise this claim e-mail:\\n\${body}\` }],
  });
  return msg.content.text;
}`)}`),

  rec('json_sa', f`PhD student here, BigQuery client says invalid_grant. this is the key file my supervisor sent me on Teams:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "hydro-sediment-2024",
  "private_key_id": "${fill('b18-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'bq-reader@hydro-sediment-2024.iam.gserviceaccount.com')}",
  "client_id": "104839275610384726153",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`, 'the whole object and the PEM inside it; the service-account address is not a person: ambiguous e-mail'),

  rec('local_settings', f`Billing team's Azure Function for meter-read imports works in Azure but not locally:

${amb('source_code.snippet', f`{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stmeterreadsprd;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "READS_CONTAINER": "amr-daily"
  }
}`)}

error: "The specified container does not exist" but it does??`),

  rec('code_powershell', f`${code(f`# Offboarding: Konten von Studierenden ohne Immatrikulation deaktivieren
$tenantId = "5f2a8c31-94d7-4b6e-a0c2-7e19d3b85f46"
$appId    = "c83e71b0-2d54-4f9a-b617-0a4e92d5c318"
$secret   = ConvertTo-SecureString "${v('credential.azure_client_secret', AZ_CLIENT)}" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred

Import-Csv .\\exmatrikuliert.csv | ForEach-Object {
    Update-MgUser -UserId $_.upn -AccountEnabled:$false
}`)}

Läuft, aber bei ca. 3000 Zeilen kommt "429 Too Many Requests". Wie baue ich ein Retry ein?`),

  rec('chat_pt', f`Olá, preciso de enviar o relatório de sinistros ao corretor. Gerei este link do blob, ele diz que dá "AuthenticationFailed":
https://stsinistrosprd.blob.core.windows.net/relatorios/sinistros_2025-01.xlsx?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-03-01T18:00:00Z&st=2025-02-14T09:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
O que está errado? A data de expiração?`, 'the SAS signature is the secret part of the URL'),

  rec('yaml', f`IVR outage-line config for the call centre (utility). Callers hear silence after option 2:

${amb('source_code.snippet', f`ivr:
  provider: twilio
  account_sid: ${v('credential.twilio_account_sid', TWILIO_SID)}
  auth_token: ${v('credential.twilio_auth_token', TWILIO_TOKEN)}
  numbers:
    outage_line: "${amb('pii.phone', '+1 800 555 0142')}"
  menu:
    "1": play:outage_map_update.mp3
    "2": dial:queue/faults-priority
    "3": dial:queue/billing`)}`),

  rec('env_file', f`Laravel app for the newsletter sign-up, mails stopped going out yesterday:

${amb('source_code.snippet', f`APP_ENV=production
APP_URL=https://newsletter.agencia-mirador.example
MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM_ADDRESS="${v('pii.email', 'hola@agencia-mirador.example')}"`)}

log says "550 The from address does not match a verified Sender Identity"`, 'a role address, labelled as e-mail all the same'),

  rec('chat_es_ar', f`che, me pasás cómo exporto la lista de suscriptores de Mailchimp por API? tengo la key ${v('credential.mailchimp_api_key', MAILCHIMP)} y la audiencia es "Clientes Córdoba 2025". quiero un csv con email y fecha de alta nomás`),

  rec('code_python', f`Το bot ειδοποιήσεων για τους τεχνικούς βάρδιας δεν στέλνει μηνύματα μετά την αναβάθμιση σε python-telegram-bot 21. Τι άλλαξε;

${code(f`from telegram import Bot
import asyncio

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
SHIFT_CHAT = -1002184736519

async def alarm(msg: str):
    bot = Bot(BOT_TOKEN)
    await bot.send_message(chat_id=SHIFT_CHAT, text=f"⚠️ {msg}")

asyncio.run(alarm("Υποσταθμός Κορωπίου: απώλεια επικοινωνίας RTU"))`)}`),

  rec('chat_tl', f`hi! pa-help naman, yung Discord webhook namin for the client's fan community hindi na nagpo-post ng new promos. ito yung url: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
baka na-delete ni ate Jen yung channel? paano ko malalaman`),

  rec('code_powershell', f`${code(f`# Avviso tesoreria: saldo conto corrispondente sotto soglia
$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$saldo = (Invoke-Sqlcmd -ServerInstance "TESDB01" -Query "SELECT saldo FROM v_nostro WHERE conto='EUR-TARGET2'").saldo
if ($saldo -lt 5000000) {
    $body = @{ text = "Saldo TARGET2 sotto soglia: $saldo EUR" } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -Body $body -ContentType 'application/json'
}`)}

Funziona ma il messaggio arriva due volte, perché?`),

  rec('npmrc', f`yarn install on the build box fails with 401 for our private @mirador-ui packages, this is ~/.npmrc on the box:

${amb('source_code.snippet', f`@mirador-ui:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
always-auth=true`)}`),

  rec('pypirc', f`trying to publish our hydrology toolbox to PyPI for the paper, twine says 403 Invalid or non-existent authentication information

${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

token was created for the project scope "hydrotools-uc", package name in pyproject is "hydrotools_uc" — same thing?`),

  rec('docker_config', f`Edge box in the switching station can't pull the Modbus-gateway image any more. /root/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.netz-ot.example:5000": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}`)}

error is x509: certificate signed by unknown authority. we replaced the registry cert last week`),

  rec('shell', f`Jira automation for claims-IT tickets — the curl works from my laptop but not from the Jenkins node:

${code(f`curl -s -u ${v('pii.email', 'k.mbeki@sentinel-insure.example')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  "https://sentinel-insure.atlassian.net/rest/api/3/search?jql=project=CLMIT%20AND%20status=Open"`)}`),

  rec('chat_ko', f`Make.com 시나리오에서 노션 데이터베이스에 캠페인 결과를 넣으려는데 401 에러가 나요. 통합 토큰은 ${v('credential.notion_token', NOTION)} 이고, 데이터베이스에 연결(Connect to)은 했어요. 뭐가 문제일까요?`),

  rec('yaml', f`Datadog agent on the SWIFT gateway jump host doesn't report. /etc/datadog-agent/datadog.yaml:

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: swiftgw-jump-01
proxy:
  https: http://proxy.bank.local:3128
logs_enabled: false`)}

firewall team says 443 to datadoghq.eu is open`),

  rec('shell_history', f`copied from my terminal, why does the second command say permission denied when the first one works?

${code(f`$ export VAULT_ADDR=https://vault.treasury.bank.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=username secret/treasury/bloomberg-bpipe
svc_bpipe_prd
$ vault kv put secret/treasury/bloomberg-bpipe rotated=2025-02-17
Error writing data to secret/data/treasury/bloomberg-bpipe: Code: 403`)}`),

  rec('chat', f`PuTTY says "unable to use key file (OpenSSH SSH-2 private key (old PEM format))" when I try to get onto the historian jump host. This is the key the OT vendor gave us:

${v('credential.private_key', RSA_KEY)}

do I just convert it with puttygen?`),

  rec('chat_cs', f`Ahoj, nejde mi připojení na server s výsledky měření z laboratoře, ssh píše "Load key: invalid format". Klíč jsem zkopíroval z wiki:

${v('credential.openssh_private_key', OSSH_KEY)}

Nemá tam být na konci prázdný řádek?`),

  rec('http', f`Claims intake API returns 401 "audience mismatch" from the broker portal. Request as captured by Fiddler:

${amb('source_code.snippet', f`POST /claims/v2/fnol HTTP/1.1
Host: api.helvetia-mutual.example
Authorization: Bearer ${v('credential.jwt', CLAIMS_JWT)}
Content-Type: application/json

{"policyNo":"HM-HAUS-2291047","lossDate":"2025-02-12","cause":"Leitungswasser"}`)}`),

  rec('http_ro', f`Salut, în Postman primesc 401 de la serviciul de plăți (mediu de test), deși userul e corect. Headerele trimise:

${amb('source_code.snippet', f`GET /core/v1/plati/status?ref=OP-2025-004817 HTTP/1.1
Host: test-core.bancaregio.local
Authorization: Basic ${v('credential.basic_auth_header', BASIC_B64)}
Accept: application/json`)}

Poate fi de la diacritice în parolă?`),

  rec('code_python', f`${code(f`# settings/production.py — admissions portal
DATABASES = {
    "default": dj_database_url.parse(
        "postgres://admissions_app:${v('credential.database_url_password', 'Gr4duate!Intake')}@pg-adm-prd.uni.internal:5432/admissions",
        conn_max_age=600,
    )
}
CSRF_TRUSTED_ORIGINS = ["https://apply.uni.example"]`)}

getting "too many connections" during clearing week, is conn_max_age the reason?`),

  rec('chat_hu', f`Sziasztok! A számlázási adatbázis mentése nem fut le, ezt a parancsot futtatja a cron:
${code(f`mysqldump -h db-szamlazas01 -u backup_user -p'${v('credential.mysql_cli_password', 'Mentes#2024tavasz')}' --single-transaction szamlazas | gzip > /backup/szamlazas_$(date +%F).sql.gz`)}
A log szerint "Access denied", de kézzel működik. Mi lehet a gond?`),

  rec('chat_es_co', f`Buenas, me ayudas a redactar un correo al taller aliado? Necesito que suban las fotos del siniestro al portal de la aseguradora. El usuario del taller es TALLER_AUTOMOTRIZ_SUR y la clave es ${v('credential.password_in_prose', 'Sur2025*Fotos')}, pero que la cambien apenas entren porfa. Que suene amable pero formal.`),

  rec('chat_vi', f`Em ơi, chị cần viết email hướng dẫn nhân viên mới đăng nhập hệ thống quản lý hồ sơ bồi thường. Tài khoản mẫu: user là claims.trainee02, mật khẩu ban đầu là ${v('credential.password_in_prose', 'BoiThuong@2025')} . Viết giúp chị ngắn gọn, dễ hiểu nhé.`),

  rec('chat_he', f`אפשר לנסח הודעה קצרה למתמחים החדשים במשרד? הם צריכים להתחבר למערכת ניהול התיקים. שם משתמש: intern.tlv, סיסמה זמנית: ${v('credential.password_in_prose', 'Mishpat#7391')} . לבקש מהם לשנות אותה ביום הראשון.`),

  rec('chat_zh_tw', f`請幫我把這段公告改得正式一點：「實驗室新的 NAS 已經上線，帳號一樣用學號，預設密碼是 ${v('credential.password_in_prose', 'Lab2025!nas')} ，第一次登入請自己改。有問題找助教。」`),

  rec('chat_fi', f`Voisitko kirjoittaa tästä siistin tiedotteen työmaakopin oveen? "Vieras-WLAN: VerkkoVieras, salasana ${v('credential.password_in_prose', 'Muuntaja-Kesä25')} — älä jaa asiakkaille."`),

  rec('code_python', f`Hii, M-Pesa STK push yetu inarudisha "Invalid Access Token" kwenye production lakini sandbox inafanya kazi. Code:

${code(f`import requests, base64

CONSUMER_KEY = "${amb('credential.generic_secret_assignment', MPESA_KEY)}"
CONSUMER_SECRET = "${v('credential.generic_secret_assignment', MPESA_SECRET)}"

def get_token():
    r = requests.get(
        "https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials",
        auth=(CONSUMER_KEY, CONSUMER_SECRET),
        timeout=10,
    )
    return r.json()["access_token"]`)}

Tuko kwenye prepaid token vending ya umeme, tafadhali saidia.`, 'Daraja consumer key is the client identifier of the pair (ambiguous); the consumer secret is the secret'),

  rec('notebook_python', f`Pricing notebook on Databricks, pulling a tokenizer from HF for the claims-text model. It works in the notebook, fails in the job:

${code(f`import os
from transformers import AutoTokenizer

os.environ["HF_TOKEN"] = "${v('credential.huggingface_token', HF)}"
tok = AutoTokenizer.from_pretrained("our-org/claims-bert-de")

from databricks import sql
conn = sql.connect(
    server_hostname="adb-4829173650284716.6.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7c2f9e01a4b8d356",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)`)}`),

  rec('terraform', f`Okta provider for the student SSO apps — plan works, apply says "The API returned an error: Invalid token provided". main.tf:

${amb('source_code.snippet', f`provider "okta" {
  org_name  = "uni-campus"
  base_url  = "okta.com"
  api_token = "${v('credential.okta_api_token', OKTA)}"
}

resource "okta_app_saml" "moodle" {
  label                    = "Moodle"
  sso_url                  = "https://moodle.uni.example/auth/saml2/sp/saml2-acs.php"
  recipient                = "https://moodle.uni.example/auth/saml2/sp/saml2-acs.php"
  subject_name_id_template = "\${user.userName}"
}`)}`),

  rec('chat', f`git push keeps asking for a password even though I put the token in the remote, what am I doing wrong?
$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.fak-physik.uni.example/ag-optik/spectro-analysis.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.fak-physik.uni.example/ag-optik/spectro-analysis.git (push)`),

  rec('chat_nl', f`Hoi! Klant wil dat we de voorraad van hun Shopify-shop elke nacht naar Google Sheets zetten. Ik heb een custom app gemaakt, Admin API access token is ${v('credential.shopify_access_token', SHPAT)} , winkel is bloemenhuis-devries.myshopify.com. Kun je een Apps Script schrijven dat de voorraad per SKU ophaalt?`),

  rec('shell', f`Me sale "(#200) Provided token does not have permission" al sacar los insights de la página del cliente, ¿qué permiso falta?

${code(f`curl -G "https://graph.facebook.com/v19.0/104829376512048/insights" \\
  -d "metric=page_impressions_unique,page_post_engagements" \\
  -d "period=day" \\
  -d "access_token=${v('credential.facebook_access_token', FB)}"`)}`),

  rec('tfvars', f`${amb('source_code.snippet', f`# terraform.tfvars — DNS for campaign microsites
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "9b7e3c1a52f84d06e8a1b3c7d9f20e45"
microsites = ["sommer25", "gewinnspiel", "b2b-messe"]`)}

how do I add a CNAME for each microsite with for_each?`),

  rec('code_python', f`上传到阿里云OSS的脚本报错 "SignatureDoesNotMatch"，帮我看看哪里不对：

${code(f`import oss2

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-shanghai.aliyuncs.com", "campaign-assets-sh")

for name in ["kv_main.jpg", "kv_banner.png"]:
    bucket.put_object_from_file(f"2025/cny/{name}", f"./out/{name}")`)}`, 'the Alibaba secret has no prefix: generic secret'),

  rec('yaml', f`Azure DevOps pipeline of the claims portal can't restore from our Artifacts feed on the self-hosted agent:

${amb('source_code.snippet', f`# nuget.config on agent BLD-CLM-03
<configuration>
  <packageSources>
    <add key="claims-internal" value="https://pkgs.dev.azure.com/sentinel-insure/_packaging/claims-internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <claims-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${v('credential.azure_devops_pat', ADO_PAT)}" />
    </claims-internal>
  </packageSourceCredentials>
</configuration>`)}`),

  rec('chat_fr_ca', f`Bonjour, je dois connecter notre Power Automate à Salesforce pour le suivi des dossiers de souscription. L'admin m'a donné : consumer key ${amb('credential.generic_secret_assignment', tok('3MVG9', fill('b18-sfkey', B62 + '._', 80)))} et consumer secret ${v('credential.generic_secret_assignment', SF_SECRET)}. Où est-ce que je les mets dans le connecteur?`, 'the Salesforce consumer key is a client identifier (ambiguous); the consumer secret is the secret'),

  rec('env_file', f`${amb('source_code.snippet', f`# grafana-agent on the smart-meter head-end
NEW_RELIC_LICENSE_KEY=
NEW_RELIC_API_KEY=${v('credential.newrelic_key', NRAK)}
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA_2)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET_2)}
AWS_REGION=eu-west-1
HES_POLL_SECONDS=900`)}

dashboard shows gaps every night between 01:00 and 01:15. nothing in the agent log`),

  rec('chat_en_in', f`Sir the SAP GUI login for the year-end treasury close is not working for me, kindly check. User TRSY_VND02, pwd ${v('credential.password_in_prose', SAP_PW)} . It is showing "password logon no longer possible - too many failed attempts". Please draft the mail to basis team for unlock.`),

  rec('k8s_secret', f`fine-grained token for the course-material bot in the cluster, the pod still gets 401. secret manifest:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: course-bot-gh
  namespace: lehre
type: Opaque
stringData:
  token: ${v('credential.github_fine_grained_pat', GH_FINE)}
  org: tu-lehre`)}`),

  rec('sftp_conf', f`Nightly upload of the direct-debit file to the clearing house fails since Monday, lftp log says "Login incorrect". Job config:

${amb('source_code.snippet', f`[sepa_dd_upload]
target   = sftp://rb_lastschrift:${v('credential.url_password', 'Einzug-2025!Feb')}@sftp.clearing-partner.example:22/inbound/
local    = /data/sepa/out/PAIN008_*.xml
schedule = 21:30
notify   = ${v('pii.email', 'zahlungsverkehr-betrieb@raiffeisen-regional.example')}`)}`),

  rec('chat_it', f`Ciao, mi aiuti a scrivere una mail ai colleghi del sinistri? Devono usare l'utenza condivisa per la banca dati ANIA finché non arrivano quelle personali: utente SIN_ROMA_03, password ${v('credential.password_in_prose', 'Perizia-2025#Rm')} . Aggiungi che è temporaneo e che non va scritta sui post-it.`),

  rec('chat_ro', f`Am un script care trage cursurile BNR și le pune în Excel pentru trezorerie. Colegul a lăsat în el asta: \`DB_PASS = "${v('credential.password_assignment', 'Trezorerie_2024!')}"\` — e ok să-l las așa dacă fișierul e doar pe share-ul departamentului?`),
];

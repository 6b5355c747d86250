/**
 * Held-out batch 45: credentials pasted by staff of a satellite-imagery startup, an optician chain,
 * a freight-forwarding broker, a hospital clinical-trials unit, a ski and outdoor-gear retailer and
 * an electricity retailer's call centre: configs, shells, code and chats in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AWS_ID = tok('AKIA', fill('b45-akia', B32, 16));
const AWS_SECRET = fill('b45-akias', B64, 40);
const GCP_PEM = pem('PRIVATE KEY', 'b45-gcp', 1218).replace(/\n/g, '\\n');
const GS_SSH = pem('OPENSSH PRIVATE KEY', 'b45-gsssh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b45-slt', UPPER + DIGITS, 8), '/B07', fill('b45-slb', UPPER + DIGITS, 8), '/', fill('b45-slh', B62, 24));
const DATABRICKS = tok('dapi', fill('b45-dapi', HEX, 32));
const VAULT = tok('hvs.', 'CAESI', fill('b45-hvs', B64URL, 86));
const TFC = tok(fill('b45-tfc1', B62, 14), '.atlasv1.', fill('b45-tfc2', B62, 67));
const GH_FINE = tok('github_pat_', '11B', fill('b45-ghf1', UPPER + DIGITS, 19), '_', fill('b45-ghf2', B62, 59));
const AZ_SECRET = tok(fill('b45-azs1', B62, 3), '8Q~', fill('b45-azs2', B62 + '._-', 34));
const DOCKER_AUTH = b64('nimbra-ci:' + fill('b45-dockpw', B62, 24));
const KR_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'tasking-2024' }, { sub: 'svc-kr-reseller', aud: 'tasking.nimbra-orbital.com', scope: 'task:create task:read', iat: 1733120400, exp: 1733206800 }, 'b45-krjwt');
const TWILIO_SID = tok('AC', fill('b45-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b45-twtok', HEX, 32);
const BREVO = tok('xkeysib-', fill('b45-brevo1', HEX, 64), '-', fill('b45-brevo2', B62, 16));
const TELEGRAM = tok('7184920365', ':AA', fill('b45-tg', B64URL, 33));
const TRACK_KEY = fill('b45-track', B62, 40);
const TEAMS = tok('https://vistulacargo.webhook.office.com/webhookb2/', '6e2b9c41-7d38-4a05-b1f9-3c84e2a7d190@0c7f3e28-91b4-4d6a-a52e-8f1d9b3c6e47/IncomingWebhook/', fill('b45-teams1', HEX, 32), '/', 'a93e1f52-6c07-4b8d-9e24-71d5b0c8f3a6/', 'V2', fill('b45-teams2', B64URL, 43));
const GMAPS = tok('AIza', 'Sy', fill('b45-gmaps', B64URL, 33));
const AZ_STORAGE = tok(fill('b45-azst', B64, 86), '==');
const SENDGRID = tok('SG.', fill('b45-sg1', B64URL, 22), '.', fill('b45-sg2', B64URL, 43));
const REDCAP = fill('b45-redcap', HEX, 32).toUpperCase();
const SFTP_RSA = pem('RSA PRIVATE KEY', 'b45-ctursa', 1190);
const OPENAI = tok('sk-proj-', fill('b45-oa1', B64URL, 64), 'T3BlbkFJ', fill('b45-oa2', B64URL, 64));
const HF = tok('hf_', fill('b45-hf', UPPER + LOWER, 34));
const SHOPIFY = tok('shpat_', fill('b45-shpat', HEX, 32));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b45-sklive', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b45-whsec', B62, 32));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b45-rklive', B62, 97));
const MAILGUN = tok('key-', fill('b45-mailgun', HEX, 32));
const SENTRY_KEY = fill('b45-sentry', HEX, 32);
const CF_TOKEN = fill('b45-cftok', B62 + '_-', 40);
const NPM = gh('npm', 'Kx7Pq2Wm9Rt4Zb8Nc3Vh6Ld1Fs5Jy0');
const GLPAT = tok('glpat-', fill('b45-glpat', B64URL, 20));
const CC_BEARER = fill('b45-ccbear', B62 + '-._~', 72);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b45-atl', B64URL, 171), '=', fill('b45-atl2', HEX.toUpperCase(), 8));
const CC_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'agent-4471', tenant: 'helion-cc', roles: ['agent', 'billing:read'], iat: 1733389200, exp: 1733418000 }, 'b45-ccjwt');
const DD_API = fill('b45-ddapi', HEX, 32);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b45-ant', B64URL, 93), 'AA');
const GHP = gh('ghp', 'Tq8Lm3Xv6Zc1Hn4Bw9Kd2Rf7Pj5Ys0');
const DD_APP = fill('b45-ddapp', HEX, 40);
const NOTION = tok('ntn_', fill('b45-ntn1', DIGITS, 11), fill('b45-ntn2', B62, 35));
const OKTA = tok('00', fill('b45-okta', B64URL, 40));
const NRAK = tok('NRAK-', fill('b45-nrak', UPPER + DIGITS, 27));
const SAS_SIG = `${fill('b45-sas1', B62, 16)}%2F${fill('b45-sas2', B62, 14)}%2B${fill('b45-sas3', B62, 11)}%3D`;
const GLSA = tok('glsa_', fill('b45-glsa1', B62, 32), '_', fill('b45-glsa2', HEX, 8));
const PSK_HASH = tok('$9$', fill('b45-c9a', B62 + './', 14), '$', fill('b45-c9b', B62 + './', 43));

export const BATCH45_CREDENTIALS: DraftRecord[] = [
  rec('ini', f`ingest lambda works locally but on the ground-station edge box it says SignatureDoesNotMatch. ~/.aws/credentials on gs-azores-01:

${cfg(f`[default]
region = eu-west-1

[nimbra-ingest]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-south-2`)}

clock on the box is 4 min off, could that be it?`),

  rec('json_config', f`BigQuery export of the tile catalogue fails with "invalid_grant". This is the key file we mounted in the pipeline pod:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nimbra-eo-pipelines",
  "private_key_id": "${fill('b45-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'tile-catalog@nimbra-eo-pipelines.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Do I need to recreate it or is it the workload identity binding?`),

  rec('chat_pt', f`Bom dia! A antena 2 em Santa Maria não aceita a ligação SSH do scheduler desde a manutenção de ontem. Esta é a chave que está no /home/gsops/.ssh/id_ed25519 do scheduler, podes ver se o formato está certo?

${v('credential.openssh_private_key', GS_SSH)}

O sshd no controlador é OpenSSH 7.4, será que não suporta ed25519?`),

  rec('code_python', f`pass alerts stopped arriving in #gs-ops after we moved the script to the new VM:

\`\`\`python
${code(f`import requests, datetime as dt

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def notify_pass(sat: str, station: str, aos: dt.datetime, los: dt.datetime, max_el: float) -> None:
    text = f":satellite: {sat} over {station} AOS {aos:%H:%M:%S}Z LOS {los:%H:%M:%S}Z max el {max_el:.1f}°"
    r = requests.post(WEBHOOK, json={"text": text}, timeout=5)
    r.raise_for_status()`)}
\`\`\`
requests.exceptions.ConnectTimeout, but curl from the same VM works`),

  rec('notebook', f`In [3]:
${cfg(f`import os
os.environ["DATABRICKS_HOST"] = "https://adb-4829173650284193.13.azuredatabricks.net"
os.environ["DATABRICKS_TOKEN"] = "${v('credential.databricks_token', DATABRICKS)}"
from databricks import sql
conn = sql.connect(server_hostname=os.environ["DATABRICKS_HOST"][8:], http_path="/sql/1.0/warehouses/7f3a91c2e8b40d56", access_token=os.environ["DATABRICKS_TOKEN"])`)}

Out[3]: ServerOperationError: [TABLE_OR_VIEW_NOT_FOUND] cloud_cover_daily

the table exists in the catalog explorer, what's wrong with my session?`),

  rec('shell', f`vault login works, then terraform can't read the secret. my shell:

${cfg(f`$ export VAULT_ADDR=https://vault.int.nimbra-orbital.com:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ export TF_TOKEN_app_terraform_io=${v('credential.terraform_cloud_token', TFC)}
$ terraform plan -target=module.downlink_buckets`)}
Error: error reading from Vault: Code: 403. Errors: * permission denied

the policy has read on secret/data/gs/*`),

  rec('ci_yaml', f`${cfg(f`# .github/workflows/tle-refresh.yml
name: tle-refresh
on:
  schedule: [{ cron: "17 */6 * * *" }]
jobs:
  refresh:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: python tools/fetch_tle.py --norad 58371 58372 58390 > data/tle.txt
      - run: |
          git config user.name tle-bot
          git commit -am "tle refresh" || exit 0
          git push https://x-access-token:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/nimbra-orbital/flight-dynamics.git HEAD:main`)}

push is rejected with 403 since the repo became private. Fine-grained token has Contents: read and write.`),

  rec('chat_he', f`היי, צריך עזרה לנסח מייל ללקוח (משרד הביטחון) עם פרטי הגישה לפורטל ההורדות. שם משתמש: mod_tasking_03, הסיסמה הזמנית היא ${v('credential.password_in_prose', 'Negev#Orbit-7734')} וצריך להחליף אותה בכניסה הראשונה. תכתוב את זה רשמי ובאנגלית בבקשה.`),

  rec('env_file', f`${cfg(f`# deploy/govcloud/.env — tasking portal for the defence tenant
AZURE_TENANT_ID=5b8e2c17-4f93-4d0a-8e61-c2a7f9b3d048
AZURE_CLIENT_ID=e41d7a90-3c25-4b8f-9d16-0a7e5c2b8f39
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_SECRET)}
AZURE_AUTHORITY_HOST=https://login.microsoftonline.us
ARCHIVE_CONTAINER=sar-l1-archive`)}

MSAL says AADSTS900382 "Confidential Client is not supported in Cross Cloud request". What does that mean for us?`),

  rec('json_config', f`docker pull from our private registry works on my laptop, fails on the processing nodes (unauthorized). ~/.docker/config.json on node-07:

${cfg(f`{
  "auths": {
    "registry.nimbra-orbital.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('chat_ja', f`Sentinel Hub の OAuth クライアントでトークンが取れません。設定はこれです：
client_id = 7c2e91f4-38ab-4d05-b6e1-9f04c3a8d27e
client_secret = ${v('credential.generic_secret_assignment', fill('b45-shsec', B62 + '<>+|', 40))}
エラーは "invalid_client" です。シークレットに記号が入っているせいでしょうか？`),

  rec('chat_ko', f`리셀러 API 호출 시 401이 납니다. 헤더에 넣은 토큰입니다:
Authorization: Bearer ${v('credential.jwt', KR_JWT)}
만료 시간은 아직 안 지났는데 왜 그럴까요? aud 값이 문제일까요?`),

  rec('router_config', f`Our ground-station edge router drops the IPsec tunnel every 8h. Relevant part of the running config:

${cfg(f`hostname gs-sma-rtr01
!
enable secret 9 ${ambCat('credential', PSK_HASH)}
username gsops privilege 15 password 0 ${v('credential.network_device_secret', 'Azor3s-Dwnlnk!48')}
!
crypto ikev2 keyring KR-AWS
 peer aws-tgw
  address ${amb('pii.ip_address', '52.48.117.203')}
  pre-shared-key ${v('credential.network_device_secret', 'wX4m-Tq9Lk2-Pz7Rv')}
!
crypto ikev2 profile PR-AWS
 lifetime 28800`)}

AWS side lifetime is 28800 too. DPD?`, 'enable secret 9 hash: ambiguous like other password hashes'),

  rec('chat_de_at', f`Kannst du mir eine kurze Anleitung für die neue Filiale in Wels schreiben, wie man im Bestellportal vom Glaslabor Gläser bestellt? Zugang für die Filiale: Kundennummer 40281, Benutzer wels-filiale, Passwort ${v('credential.password_in_prose', 'Brillenglas!Wels24')}. Bitte so, dass es auch die Lehrlinge verstehen.`),

  rec('env_file', f`Termin-Erinnerungen per Mail kommen seit Montag nicht mehr an. Das ist die .env der Praxissoftware in der Filiale Graz:

${cfg(f`APP_URL=https://termine.weitblick-optik.at
MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_USERNAME=${v('pii.email', 'termine@weitblick-optik.at')}
MAIL_PASSWORD=${v('credential.password_assignment', 'Sehtest#Graz2024')}
MAIL_ENCRYPTION=tls`)}

Fehler im Log: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.`),

  rec('shell', f`backup script for the optician DB stopped at "Access denied":

${code(f`#!/bin/bash
DATE=$(date +%Y%m%d)
mysqldump -u optik_backup -p'${v('credential.mysql_cli_password', 'Dioptrie-73!bk')}' -h ${amb('pii.ip_address', '10.20.4.11')} --single-transaction patientendb | gzip > /mnt/nas/backup/patientendb-$DATE.sql.gz
find /mnt/nas/backup -name 'patientendb-*.sql.gz' -mtime +30 -delete`)}

the user has SELECT and LOCK TABLES, what else does mysqldump need on 8.0?`),

  rec('chat_fr_ch', f`Salut, tu peux me faire une petite affiche A5 pour la vitrine du magasin de Lausanne ? « Wi-Fi clients : WeitblickGuest – mot de passe : ${v('credential.password_in_prose', 'Lunettes2024!')} ». Quelque chose de sobre, avec le logo en haut.`),

  rec('config', f`${cfg(f`<connectionStrings>
  <add name="PatientDb"
       connectionString="Data Source=SQL-OPTIK-01\\OPTIK;Initial Catalog=Patienten;User ID=optikapp;Password=${v('credential.connection_string_password', 'Hornhaut_58Kx')};TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Nach dem Windows-Update startet die Kassensoftware nicht mehr: "A connection was successfully established with the server, but then an error occurred during the pre-login handshake". Liegt das am TrustServerCertificate?`),

  rec('chat_it', f`Ciao, il laboratorio lenti di Mendrisio ci manda i file delle montature via FTP ma lo script si blocca. L'URL che usiamo è ftp://weitblick_lab:${v('credential.url_password', 'Occhiali-Ticino9')}@ftp.labottica-mendrisio.ch/in/ — devo passare a FTPS? Come lo scrivo con curl?`),

  rec('code_php', f`${code(f`<?php
// SMS reminder 24h before eye exam
$sid   = '${v('credential.twilio_account_sid', TWILIO_SID)}';
$token = '${v('credential.twilio_auth_token', TWILIO_TOKEN)}';
$client = new Twilio\\Rest\\Client($sid, $token);
foreach ($appointments as $a) {
    $client->messages->create($a['mobile'], [
        'from' => 'Weitblick',
        'body' => "Erinnerung: Sehtest morgen um {$a['time']} in {$a['branch']}."
    ]);
}`)}

Alphanumeric sender "Weitblick" works for Austria but not for Swiss numbers, why?`),

  rec('chat', f`newsletter for the Black Friday lens offer: the Brevo key ${v('credential.brevo_api_key', BREVO)} returns "unauthorized" only from the shop server. Is there an IP allowlist in Brevo I forgot?`),

  rec('chat_pl', f`Pomóż mi napisać instrukcję dla nowej spedytorki jak wysłać zgłoszenie celne. Logowanie do PUESC: login vistula.odprawy, hasło ${v('credential.password_in_prose', 'Odprawa#Kutno2024')} (zmienimy po wdrożeniu). Po zalogowaniu wybiera "Wyślij dokument" i AIS/IMPORT.`),

  rec('code_python', f`Botul de Telegram pentru șoferi nu mai răspunde la /status. Codul:

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"

async def status(update, context):
    plate = " ".join(context.args).upper()
    eta = await tracking.eta_for_plate(plate)
    await update.message.reply_text(f"Camion {plate}: ETA {eta:%d.%m %H:%M}")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("status", status))
app.run_polling()`)}

în log apare "Conflict: terminated by other getUpdates request"`),

  rec('chat_tr', f`Takip API'si 403 veriyor. config.yaml dosyamız şöyle:
${cfg(f`tracking:
  base_url: https://api.trackline-tr.com/v2
  api_key: ${v('credential.generic_secret_assignment', TRACK_KEY)}
  timeout_s: 15`)}
Anahtar dün yenilendi, eski anahtar mı önbellekte kalıyor sence?`),

  rec('http', f`Ο μεταφορέας στη Θεσσαλονίκη λέει ότι το αίτημά μας δεν έχει εξουσιοδότηση. Αυτό στέλνουμε:

${cfg(f`POST /api/shipments/status HTTP/1.1
Host: edi.thessfreight.gr
Authorization: Basic ${v('credential.basic_auth_header', b64('vistula_edi:Kavala-Port-3391'))}
Content-Type: application/xml

<StatusRequest><CMR>PL-2024-118374</CMR></StatusRequest>`)}

Μήπως θέλουν το username με κεφαλαία;`),

  rec('docker_compose', f`${cfg(f`services:
  douane-sync:
    image: vistula/douane-sync:1.8.2
    environment:
      DATABASE_URL: postgres://douane:${v('credential.database_url_password', 'Rotterdam-Kade_41')}@db:5432/douane
      NCTS_ENDPOINT: https://ncts.douane.nl/ncts5
    depends_on: [db]
  db:
    image: postgres:16`)}

Kun je uitleggen waarom de container "password authentication failed" geeft terwijl de db-container hetzelfde wachtwoord heeft? Het volume bestond al van vóór de upgrade.`),

  rec('powershell', f`${cfg(f`$hook = "${v('credential.teams_webhook_url', TEAMS)}"
$msg = @{ text = "Customs hold: MRN 24PL44101000318274 at Kukuryki, driver notified" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $hook -Body $msg -ContentType 'application/json; charset=utf-8'`)}

Polish characters in the Teams message come out as "?" — encoding?`),

  rec('code_ts', f`route planner shows grey map tiles only since this morning:

${code(f`const loader = new Loader({
  apiKey: '${v('credential.google_api_key', GMAPS)}',
  version: 'weekly',
  libraries: ['routes', 'geometry'],
});
export async function plan(from: LatLng, to: LatLng, truck: TruckProfile) {
  const { DirectionsService } = await loader.importLibrary('routes');
  return new DirectionsService().route({ origin: from, destination: to, travelMode: 'DRIVING', avoidTolls: truck.avoidTolls });
}`)}`),

  rec('config', f`CMR scans archive to Azure, works in dev, in prod "Server failed to authenticate the request":

${cfg(f`"Storage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=vistulacmrarchive;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "cmr-scans"
}`)}`),

  rec('chat', f`Customs clearance notifications go out via SendGrid with ${v('credential.sendgrid_api_key', SENDGRID)} — since yesterday Outlook puts them all in junk. Is it the key's sender identity or DMARC?`),

  rec('code_python', f`${code(f`import requests

REDCAP_URL = "https://redcap.ctu-hum.es/api/"
REDCAP_TOKEN = "${v('credential.generic_secret_assignment', REDCAP)}"

def export_ae_forms(since: str):
    data = {"token": REDCAP_TOKEN, "content": "record", "format": "json", "forms[0]": "adverse_events", "dateRangeBegin": since}
    r = requests.post(REDCAP_URL, data=data, timeout=60)
    r.raise_for_status()
    return r.json()`)}

The export returns [] but the AE form has 14 records since Monday. Date format issue?`),

  rec('chat_es', f`Hola, necesito redactar un correo para la nueva monitora del ensayo HUM-ONC-2207. Tiene que entrar al EDC con el usuario m.sole.monitor y la contraseña provisional ${v('credential.password_in_prose', 'Ensayo*Fase2_0913')}; el sistema le pedirá cambiarla. Que suene profesional, por favor.`),

  rec('chat_mr', f`नमस्कार, पुणे साइटच्या नवीन कोऑर्डिनेटरसाठी eCRF लॉगिनचा मेसेज इंग्रजीत भाषांतर करा: "तुमचे युजरनेम pune_site04 आहे आणि पासवर्ड ${v('credential.password_in_prose', 'Sahyadri@2291')} आहे. पहिल्या लॉगिननंतर पासवर्ड बदला."`),

  rec('chat_sw', f`Tafadhali nisaidie kutafsiri ujumbe huu kwa Kiingereza kwa timu ya Mombasa: "Akaunti yako ya mfumo wa data ya utafiti iko tayari. Jina la mtumiaji: msa_field02, nenosiri: ${v('credential.password_in_prose', 'Pwani-Tafiti88!')}. Usimpe mtu mwingine."`),

  rec('code_r', f`R script for the DSMB tables can't connect anymore:

${code(f`library(DBI)
con <- dbConnect(RPostgres::Postgres(),
  dbname = "trials_dwh", host = "pg-ctu.hum.local", port = 5432,
  user = "dsmb_reader", password = "${v('credential.password_assignment', 'Aleatori-2207!x')}")
ae <- dbGetQuery(con, "select arm, soc, count(*) n from ae_coded where study = 'HUM-ONC-2207' group by 1, 2")`)}

Error: connection to server failed: FATAL: no pg_hba.conf entry for host`),

  rec('chat', f`The sponsor's SFTP only accepts key auth. They sent us this to use for the monthly data transfer — can you tell me if it's RSA and how many bits?

${v('credential.private_key', SFTP_RSA)}`),

  rec('code_python', f`${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarise_protocol_amendment(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Summarise the changes for site staff in plain language."},
                  {"role": "user", "content": text}],
    )
    return resp.choices[0].message.content`)}

is it OK to use this for amendments or do we need a DPA first?`),

  rec('shell', f`model download for the retinal-image pilot fails on the research VM:

${cfg(f`$ huggingface-cli login --token ${v('credential.huggingface_token', HF)}
Token is valid (permission: read).
$ huggingface-cli download ctu-hum/retina-vit-base`)}
401 Client Error: Repository Not Found

it's a gated repo, I requested access last week`),

  rec('code_js', f`${code(f`// sync stock from the warehouse system every 10 min
const SHOP = 'alpenkante.myshopify.com';
const TOKEN = '${v('credential.shopify_access_token', SHOPIFY)}';

async function setLevel(inventoryItemId, locationId, available) {
  const res = await fetch(\`https://\${SHOP}/admin/api/2024-10/inventory_levels/set.json\`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inventory_item_id: inventoryItemId, location_id: locationId, available }),
  });
  if (res.status === 429) await sleep(2000);
}`)}

we hit 429 constantly during the ski-season sale, how do I batch this with GraphQL?`),

  rec('env_file', f`${cfg(f`# shop-backend/.env.production
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
STRIPE_PUBLISHABLE_KEY=pk_live_51QvA8kL2mT9xR4pZ
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_DOMAIN=mg.alpenkante.com`)}

Webhooks from Stripe fail with "No signatures found matching the expected signature" after we put Cloudflare in front. Raw body?`),

  rec('chat', f`For the rental-return kiosk I made a restricted Stripe key with only refunds:write: ${v('credential.stripe_restricted_key', STRIPE_RK)}. Is that enough for partial refunds on the deposit, or does it need charges read too?`),

  rec('code_ts', f`${code(f`import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.de.sentry.io/4506218930472960`)}',
  tracesSampleRate: 0.1,
  environment: process.env.NEXT_PUBLIC_ENV,
});`)}

source maps upload but stack traces in Sentry still point to the minified chunks`),

  rec('shell', f`Cache purge after the product import doesn't work:

${cfg(f`curl -X POST "https://api.cloudflare.com/client/v4/zones/3f81c7e2a9d04b56e1f83a27c9d6b401/purge_cache" \\
  -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  --data '{"prefixes":["www.alpenkante.com/ski/"]}'`)}

{"success":false,"errors":[{"code":1134,"message":"Purge by prefix is not available on your plan"}]}`),

  rec('npmrc', f`ショップのテーマをビルドすると社内パッケージが404になります。.npmrc はこれです：

${cfg(f`@alpenkante:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

ローカルでは動くのに GitHub Actions だけ失敗します。`, 'npm token both as .npmrc _authToken and npm_ token: two labels on one span'),

  rec('chat', f`gitlab CI for the storefront can't clone the shared components repo. I set CI_JOB_TOKEN allowlist, then as a fallback put my own token in the URL: https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.alpenkante.com/web/components.git — still "HTTP Basic: Access denied".`),

  rec('yaml', f`Configurazione della cassa per il negozio di Cortina, il servizio non parte:

${cfg(f`pos:
  store_id: CORT-03
  backend_url: https://pos.alpenkante.com/api
  admin_user: cortina_admin
  admin_password: ${v('credential.password_assignment', 'Dolomiti_Sci#2025')}
  printer: /dev/usb/lp0`)}

Errore: "yaml: line 5: found character that cannot start any token". È il cancelletto nella password?`),

  rec('chat_el', f`Γράψε μου ένα σύντομο email προς τη νέα συνάδελφο στο τηλεφωνικό κέντρο. Τα στοιχεία για το CRM είναι: χρήστης k.papadaki, κωδικός ${v('credential.password_in_prose', 'Revma_Thess#2024')}. Να τον αλλάξει με την πρώτη σύνδεση.`),

  rec('curl', f`The wallboard shows no queue stats since the telephony upgrade:

${cfg(f`curl -s "https://api.cc-helion.gr/v2/queues/stats?queue=billing_gr" \\
  -H "Authorization: Bearer ${v('credential.bearer_token', CC_BEARER)}" | jq '.waiting, .longest_wait_s'`)}

returns {"error":"invalid_token"} — do these tokens expire?`),

  rec('curl', f`Jira service desk automation for outage tickets, 403 on transitions:

${cfg(f`curl -u ${v('pii.email', 'automation@helion-energeia.gr')}:${v('credential.atlassian_api_token', ATLASSIAN)} -X POST \\
  -H "Content-Type: application/json" \\
  https://helion-energeia.atlassian.net/rest/api/3/issue/OUT-4821/transitions -d '{"transition":{"id":"31"}}'`)}`),

  rec('log', f`${cfg(f`2024-12-05 09:14:22.118 DEBUG [agent-ui] GET /api/customers/GR-0048213/bills -> 200 (83 ms)
2024-12-05 09:14:22.120 DEBUG [agent-ui] auth header: Bearer ${v('credential.jwt', CC_JWT)}
2024-12-05 09:14:25.902 WARN  [agent-ui] GET /api/customers/GR-0048213/meter-readings -> 504 (30001 ms)`)}

why are meter readings timing out only for customers with smart meters?`),

  rec('shell', f`nightly export of call dispositions to the data team, the cron mails me "Authentication failed":

${code(f`#!/bin/bash
set -euo pipefail
mongoexport --host cc-mongo-02.helion.local --port 27017 \\
  --username export_ro --password '${v('credential.cli_password', 'Kaliva_Export!19')}' --authenticationDatabase admin \\
  --db callcenter --collection dispositions \\
  --query '{"closed_at":{"$gte":{"$date":"'"$(date -d yesterday +%F)"'T00:00:00Z"}}}' \\
  --type=csv --fields agent_id,reason,duration_s --out /data/exports/dispositions-$(date +%F).csv`)}`),

  rec('helm_values', f`${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.eu
  logs:
    enabled: true
    containerCollectAll: true
clusterName: cc-helion-prod`)}

Agent pods are in CrashLoopBackOff with "API key is invalid" — is it the EU site?`),

  rec('chat_ro', f`Te rog, ajută-mă să scriu un mesaj pentru colegii din tura de noapte: căsuța comună reclamatii@ se deschide din Outlook cu contul cc_noapte, parola este ${v('credential.password_in_prose', 'Tura-Noapte#552')} și nu se dă mai departe clienților. Ceva scurt și clar.`),

  rec('chat_ar', f`مرحبا، ممكن تساعدني أكتب إيميل رسمي لعميل وزارة الدفاع في أبوظبي بخصوص بوابة تحميل الصور؟ اسم المستخدم: uae_mod_ops والرقم السري المؤقت ${v('credential.password_in_prose', 'Falcon-Sat#5512')} ولازم يغيره أول مرة يدخل. بالإنجليزي لو سمحت.`),

  rec('code_python', f`${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def classify_cloud_cover(caption: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=50,
        messages=[{"role": "user", "content": f"Classify cloud cover (clear/partly/overcast): {caption}"}],
    )
    return msg.content[0].text.strip()`)}

our pipeline tags 40k scenes a day, how do I use the batch API instead?`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: catalog-sync
  namespace: eo-pipelines
type: Opaque
stringData:
  GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
  NOTION_TOKEN: ${v('credential.notion_token', NOTION)}
  SYNC_INTERVAL: "900"`)}

the sync job pushes the tasking calendar to Notion, but only the first page of results comes through`),

  rec('chat', f`Okta user import for the call-centre agents failed halfway. I ran it with SSWS ${v('credential.okta_api_token', OKTA)} from my laptop — can you write a retry loop in Python that skips users who already exist?`),

  rec('chat', f`New Relic alerts for the storefront: the license key is fine but the user key ${v('credential.newrelic_key', NRAK)} returns "NerdGraph: unauthorized" when I create the alert policy via API. Account ID 4829173.`),

  rec('chat', f`Supplier can't open the spec-sheet upload link, "Signature did not match": https://alpenkantepim.blob.core.windows.net/specsheets/2025/?sv=2023-11-03&ss=b&srt=co&sp=rwlc&se=2025-01-31T23:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Did I break it by editing the date in the URL?`),

  rec('helm_values', f`${cfg(f`grafana:
  dashboards:
    provisioner:
      url: https://grafana.nimbra-orbital.com
      token: ${v('credential.grafana_service_account_token', GLSA)}
  folders: [ground-stations, downlink-latency]`)}

the provisioner creates the folders but no dashboards, logs say 403 on /api/dashboards/db`),

  rec('chat_nl', f`Kun je deze notitie netjes maken voor de teamleiders van het callcenter? "Wallboard scherm 2 logt in met callcenter-wall / ${v('credential.password_in_prose', 'Stroom-Wall#2024')}, niet veranderen want de TV onthoudt het niet." En zet erbij dat het scherm om 22:00 uit moet.`),
];


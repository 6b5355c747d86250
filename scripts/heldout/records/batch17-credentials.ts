/**
 * Held-out batch 17: credentials pasted by staff of a hospital network, a freight & logistics arm,
 * a municipal contractor unit, a small game studio and a retail franchise. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

// Label fix after the first measurement: AWS key ids are base32 (A–Z, 2–7); the body had 8s and 9s.
const AWS_ID = tok('AKIA', fill('b17-akia', B32, 16));
const AWS_SECRET = fill('b17-awssec', B64, 40);
const GMAPS = tok('AIza', 'Sy', fill('b17-gmaps', B64URL, 33));
const FIREBASE = tok('AIza', 'Sy', fill('b17-fbkey', B64URL, 33));
const DISCORD_BOT = tok(b64('1203948571602938471').replace(/=+$/, ''), '.', fill('b17-disc1', B64URL, 6), '.', fill('b17-disc2', B64URL, 38));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1217730492184630284', '/', fill('b17-dhook', B64URL, 68));
const SHPAT = tok('shpat_', fill('b17-shpat', HEX, 32));
const SQUARE = tok('EAAA', fill('b17-square', B64URL, 60));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b17-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b17-rk', B62, 97));
const AZ_CLIENT = tok(fill('b17-azc1', B62, 3), '8Q~', fill('b17-azc2', B62 + '_-.', 31));
const AZ_STORAGE = tok(fill('b17-azst', B64, 86), '==');
const TW_SID = tok('AC', fill('b17-twsid', HEX, 32));
const TW_TOKEN = fill('b17-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b17-sg1', B64URL, 22), '.', fill('b17-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b17-mg', HEX, 32));
const TELEGRAM = tok('7093418265', ':AA', fill('b17-tg', B64URL, 33));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b17-sh1', UPPER + DIGITS, 8), '/B07', fill('b17-sh2', UPPER + DIGITS, 8), '/', fill('b17-sh3', B62, 24));
const SLACK_BOT = tok('xoxb-', '5820417369', '2-', '7391048265173-', fill('b17-xoxb', B62, 24));
const GHP = gh('ghp', 'Kd7Rm2Xq9Vb4Lw8Tn1Zc6Hs3Jf5Pg0');
const GLPAT = tok('glpat-', fill('b17-glpat', B64URL, 20));
const NPM = gh('npm', 'Ty4Wq8Lm1Rz6Kx3Nc9Vb2Hd7Js5Fa0');
const OPENAI = tok('sk-proj-', fill('b17-oa1', B64URL, 74), 'T3BlbkFJ', fill('b17-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b17-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b17-hf', UPPER + LOWER, 34));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b17-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b17-rsa', 1190);
const EC_KEY = pem('EC PRIVATE KEY', 'b17-ec', 121, '\r\n');
const PPK = `PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: wh-scan-admin@rtm-dc02
Public-Lines: 6
${(b64Bytes('b17-ppkpub', 279).match(/.{1,64}/g) ?? []).join('\n')}
Private-Lines: 14
${(b64Bytes('b17-ppkpriv', 656).match(/.{1,64}/g) ?? []).join('\n')}
Private-MAC: ${fill('b17-ppkmac', HEX, 64)}`;
const DD_API = fill('b17-ddapi', HEX, 32);
const SENTRY_DSN = tok('https://', fill('b17-sentry', HEX, 32), '@o4507', '183920', '.ingest.de.sentry.io/', '4507193820471296');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b17-atl', B64URL, 171), '=', fill('b17-atl2', HEX.toUpperCase(), 8));
const OKTA = tok('00', fill('b17-okta', B64URL, 40));
const VAULT = tok('hvs.', 'CAESI', fill('b17-vault', B64URL, 86));
const CLOUDFLARE = fill('b17-cf', B62 + '_-', 40);
const DOCKER_AUTH = b64('svc-buildbot:' + 'Qz7!mercado-Lisboa');
const BASIC = b64('edi_rotterdam:' + 'Haven2024!Kade');
const JWT_PORTAL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pp-2024-11' }, { sub: 'pat-00418273', name: 'M. Okafor', scope: 'appointments records.read', iss: 'https://portal.meridian-health.example', iat: 1733212800, exp: 1733216400 }, 'b17-jwtportal');
const JWT_TMS = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 4471, role: 'dispatcher', depot: 'DUI', exp: 1767139200 }, 'b17-jwttms');
const BEARER = fill('b17-bearer', B62, 48);
const CARRIER_SECRET = fill('b17-carsec', B62, 40);
const GCP_PEM = pem('PRIVATE KEY', 'b17-gcp', 1217);
const GCP_JSON = f`{
  "type": "service_account",
  "project_id": "pinewick-retail-bi",
  "private_key_id": "${fill('b17-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${v('pii.email', 'looker-export@pinewick-retail-bi.iam.gserviceaccount.com')}",
  "client_id": "${fill('b17-gcpcid', DIGITS, 21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
const B64_SECRET = b64(tok('sk_', 'live_', '51', fill('b17-stripe2', B62, 97)));

export const BATCH17_CREDENTIALS: DraftRecord[] = [
  rec('chat_de', f`kannst du mir bitte eine kurze Info für die Nachtschicht schreiben? Inhalt: Das neue WLAN auf Station 4B heißt "MH-Pflege", das Passwort ist ${v('credential.password_in_prose', 'Stati0n4B!Herbst')} und gilt ab Montag. Gäste bitte weiterhin ins Patienten-WLAN.`),

  rec('env_file', f`dispatch board is slow since we moved to the new VM. env of the TMS bridge:

${cfg(f`# tms-bridge/.env  (Duisburg hub)
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://tms_app:${v('credential.database_url_password', 'Kr4nbahn-Duisburg-19')}@${amb('pii.ip_address', '10.40.2.15')}:5432/tms
GOOGLE_MAPS_KEY=${v('credential.google_api_key', GMAPS)}
GEOFENCE_RADIUS_M=250
TRUCK_POLL_SECONDS=30`)}

could the 30s poll be the problem with 140 trucks?`),

  rec('code_python', f`Customs declaration upload returns 403 since this morning. Script (I'm a broker not a dev, sorry):

${code(f`import requests

API = "https://api.customs-gateway.example/v2/declarations"
headers = {
    "Authorization": "Bearer ${v('credential.bearer_token', BEARER)}",
    "Content-Type": "application/xml",
}

with open("EAD_2024_118273.xml", "rb") as fh:
    r = requests.post(API, headers=headers, data=fh.read(), timeout=60)
print(r.status_code, r.text[:400])`)}`),

  rec('ci_yaml', f`Unity build keeps failing at the Steam upload step, log says "Login Failure: Invalid Password" but it worked last week??

${cfg(f`# .github/workflows/release.yml (excerpt)
  upload:
    runs-on: [self-hosted, windows, steam]
    env:
      STEAM_USERNAME: hollowfen_build
      STEAM_PASSWORD: ${v('credential.password_assignment', 'Moss&Lantern2024')}
      STEAM_APPID: 2719340
    steps:
      - run: steamcmd +login %STEAM_USERNAME% %STEAM_PASSWORD% +run_app_build ..\\scripts\\app_build.vdf +quit`)}`),

  rec('code_js', f`${code(f`// community-bot/index.js — posts patch notes into #announcements
const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.once('ready', () => console.log(\`logged in as \${client.user.tag}\`));

client.on('interactionCreate', async (i) => {
  if (!i.isChatInputCommand() || i.commandName !== 'patch') return;
  await i.reply({ content: await latestPatchNotes(), ephemeral: false });
});

client.login('${v('credential.discord_bot_token', DISCORD_BOT)}');`)}

why does the /patch command not show up in the server?`),

  rec('chat', f`can u make the build notification prettier? right now we just do
curl -H "Content-Type: application/json" -d '{"content":"Build 0.9.14 ok"}' ${v('credential.discord_webhook_url', DISCORD_HOOK)}
want an embed with the branch name + a thumbnail`),

  rec('code_python', f`Inventory sync between the warehouse and the shops double counts returns. Here's the script:

${code(f`import shopify

SHOP_URL = "pinewick-eu.myshopify.com"
shopify.ShopifyResource.activate_session(
    shopify.Session(SHOP_URL, "2024-07", "${v('credential.shopify_access_token', SHPAT)}")
)

def sync(sku, qty_wms, returns):
    variant = find_variant(sku)
    level = shopify.InventoryLevel.find(inventory_item_ids=variant.inventory_item_id)[0]
    shopify.InventoryLevel.set(level.location_id, variant.inventory_item_id, qty_wms + returns)`)}`),

  rec('chat_es', f`Hola! El TPV de la tienda de Valencia no sincroniza las ventas con Square desde ayer. En la configuración de la integración puse este token de acceso: ${v('credential.square_access_token', SQUARE)} — ¿caduca? ¿tengo que generar otro en el panel de desarrollador?`),

  rec('php_config', f`Bonjour, le paiement en ligne de la boutique de Lille renvoie "No such customer" depuis la mise à jour. Voici config/payment.php :

${cfg(f`<?php
return [
    'provider'       => 'stripe',
    'secret_key'     => '${v('credential.stripe_secret_key', STRIPE_LIVE)}',
    'restricted_key' => '${v('credential.stripe_restricted_key', STRIPE_RK)}',
    'currency'       => 'eur',
    'statement_descriptor' => 'PINEWICK LILLE',
];`)}

Merci de m'expliquer ce qui cloche.`),

  rec('chat', f`HL7 interface engine can't reach the lab DB after the SQL Server migration. Connection string in the channel config:

Server=sql-lab-02.meridian.local,1433;Database=LIS_PROD;User Id=hl7_mirth;Password=${v('credential.connection_string_password', 'Lab0ratory#Mirth7')};Encrypt=True;TrustServerCertificate=False;

Error: "The certificate chain was issued by an authority that is not trusted." Should I just set TrustServerCertificate=True?`),

  rec('chat', f`nginx on the PACS viewer won't start after I replaced the cert. is this key the right format or do I need to convert it?

${v('credential.private_key', RSA_KEY)}

error is "PEM_read_bio_PrivateKey() failed"`),

  rec('json_config', f`Permit portal (city contract) throws AADSTS7000215 when it calls Graph. appsettings.Production.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6e1f3a92-7c48-4d05-b9e2-18a5c7d3f604",
    "ClientId": "d2b7e419-06c3-4a8f-9d51-3f8e2a6c1b70",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}`),

  rec('chat', f`the citizen-upload function stores scans in blob but since Friday: 403 AuthorizationFailure. conn string from the function app settings:
DefaultEndpointsProtocol=https;AccountName=stmuniuploads01;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
firewall maybe?`),

  rec('chat_nl', f`Kun je uitleggen waarom de nachtelijke export naar S3 faalt met "SignatureDoesNotMatch"? Dit staat in ~/.aws/credentials op de exportserver in Venlo:

${cfg(f`[default]
region = eu-central-1

[wms-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Klok van de server loopt 9 minuten achter, kan dat het zijn?`),

  rec('code_python', f`Oi! Preciso de ajuda: o SMS de "sua entrega saiu para rota" não está chegando para clientes com número fixo. Código:

${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_account_sid', TW_SID)}", "${v('credential.twilio_auth_token', TW_TOKEN)}")

def avisar_cliente(numero, pedido):
    client.messages.create(
        to=numero,
        from_="PINEWICK",
        body=f"Seu pedido {pedido} saiu para entrega hoje. Acompanhe pelo app.",
    )`)}

é porque fixo não recebe SMS?`),

  rec('chat_it', f`Ciao, il promemoria degli appuntamenti (ambulatorio di cardiologia) non parte più. Nel file di configurazione c'è SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)} e il mittente è prenotazioni@ con dominio verificato. Nei log: 401 Unauthorized. Mi aiuti a capire?`),

  rec('env_file', f`${cfg(f`MAIL_DRIVER=mailgun
MAILGUN_DOMAIN=mg.pinewick-shop.example
MAILGUN_SECRET=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_ENDPOINT=api.eu.mailgun.net
NEWSLETTER_FROM="Pinewick Stores"`)}

newsletter goes to spam in gmail, what DNS records should I check?`),

  rec('chat_tr', f`Merhaba, depo sıcaklık alarmı için Telegram botu yazdım ama mesaj gelmiyor. Token: ${v('credential.telegram_bot_token', TELEGRAM)} chat_id -1002184937 kullanıyorum. Grup için chat_id başına -100 mü koymak lazım?`),

  rec('chat_sv', f`Hej! Kan du skriva om vårt skiftöverlämningsskript så att det postar till Slack i stället för mejl? Webhooken vi fick av IT är ${v('credential.slack_webhook_url', SLACK_HOOK)} och meddelandet ska innehålla antal pallar, avvikelser och vem som har nästa skift.`),

  rec('code_python', f`Slackボットがスレッドに返信しません。どこが間違っていますか？

${code(f`from slack_bolt import App

app = App(token="${v('credential.slack_bot_token', SLACK_BOT)}", signing_secret=os.environ["SLACK_SIGNING_SECRET"])

@app.event("app_mention")
def reply(event, say):
    say(text="ビルド結果を確認します…", thread_ts=event.get("thread_ts"))`)}`),

  rec('chat_es', f`oye rápido, la contraseña del portal de la aduana (usuario AGT-4471) es ${v('credential.password_in_prose', 'Aduana#Valencia77')}, entra tú y descarga los DUAs de ayer que yo estoy en el puerto sin portátil`),

  rec('chat_pl', f`Cześć, skaner w magazynie B znów się wylogował. Login: mag_b_zmiana2, hasło: ${v('credential.password_in_prose', 'Paleta!2024b')} — możesz mi napisać instrukcję dla nowych pracowników jak się zalogować na terminalu Zebra?`),

  rec('chat_fr', f`stp tu peux reformuler mon msg pr l'équipe? "le mdp du compte partagé planning c ${v('credential.password_in_prose', 'Infirm1ere-Lyon!')} ne le changez pas svp sinon ça bloque tt le monde"`),

  rec('shell', f`why does this dump only the header row?

${code(f`#!/bin/bash
DAY=$(date +%F)
mysql -h ${amb('pii.ip_address', '10.20.0.31')} -u report_ro -p${v('credential.mysql_cli_password', 'Tr0lley_Reports_88')} pos_central \\
  -e "SELECT store_id, SUM(total) FROM sales WHERE sale_date='$DAY' GROUP BY store_id" \\
  > /srv/exports/daily_$DAY.tsv`)}`),

  rec('chat', f`our helpdesk runbook says to run this to reset the kiosk DB but it fails with "Login failed for user 'sa'":
sqlcmd -S KIOSK-SQL01\\SQLEXPRESS -U sa -P "${v('credential.cli_password', 'K1osk_Admin!2023')}" -Q "EXEC dbo.ResetQueue"
what do I check?`),

  rec('http', f`Carrier API (EDI over REST) answers 401, here's the request Postman generated:

${cfg(f`POST /edi/v1/iftmin HTTP/1.1
Host: api.northsea-carrier.example
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/edifact
Content-Length: 1834`)}

Is the EDIFACT content type right?`),

  rec('chat', f`patient portal logs me out every 60 min. token from devtools → localStorage.access_token:
${v('credential.jwt', JWT_PORTAL)}
is the exp wrong or is the refresh broken?`),

  rec('chat', f`git push asks for password every time on the build pc. remote is
https://${v('credential.github_pat', GHP)}@github.com/hollowfen-games/lantern-moss.git
how do I switch to the credential manager instead?`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml – deploy permit-forms to the city's staging
deploy_staging:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: ${v('credential.gitlab_pat', GLPAT)}" "https://gitlab.muni-contract.example/api/v4/projects/118/releases"
    - ./deploy.sh staging
  only:
    - develop`)}

The release API returns 404 although the project id is right. Ideas?`),

  rec('npmrc', f`npm publish of our launcher UI package fails with E403.

${cfg(f`; .npmrc in repo root
@hollowfen:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
save-exact=true`)}`),

  rec('notebook', f`In [3]:
${cfg(f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

notes = df_triage["free_text"].head(50).tolist()
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Classify: " + "\\n".join(notes)}])`)}

RateLimitError after 20 rows, how to batch this?`),

  rec('vba', f`Excel macro that sends the customs tariff description to Claude for a short English summary. It errors with 401:

${code(f`Function SummariseHS(txt As String) As String
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "POST", "https://api.anthropic.com/v1/messages", False
    http.setRequestHeader "x-api-key", "${v('credential.anthropic_api_key', ANTHROPIC)}"
    http.setRequestHeader "anthropic-version", "2023-06-01"
    http.setRequestHeader "content-type", "application/json"
    http.send "{""model"":""claude-3-5-haiku-latest"",""max_tokens"":200,""messages"":[{""role"":""user"",""content"":""" & txt & """}]}"
    SummariseHS = http.responseText
End Function`)}`),

  rec('chat_hi_en', f`bhai HF se model download nahi ho raha, gated hai. maine login kiya token se ${v('credential.huggingface_token', HF)} phir bhi 401 aa raha hai. kya access request alag se karna padta hai?`),

  rec('chat', f`Customs authority rotated their SFTP host key, now our upload job fails. This is the key the job uses (/opt/edi/.ssh/id_ed25519), do I need a new one or just update known_hosts?

${v('credential.openssh_private_key', OSSH)}`),

  rec('chat', f`need to convert this ppk so the new linux scanner gateway can use it, what's the puttygen command?

${v('credential.putty_private_key', PPK)}`),

  rec('yaml_config', f`${cfg(f`# /etc/datadog-agent/datadog.yaml  (warehouse WMS servers)
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: wms-rtm-app01
logs_enabled: true
process_config:
  process_collection:
    enabled: true`)}

agent shows "API Key invalid, dropping transaction" — the key is from our EU org, is site wrong?`),

  rec('code_csharp', f`Sentry doesn't get crashes from the Switch build, only from PC. Init code:

${code(f`public class CrashReporting : MonoBehaviour
{
    void Awake()
    {
        SentrySdk.Init(o =>
        {
            o.Dsn = "${v('credential.sentry_dsn', SENTRY_DSN)}";
            o.Release = Application.version;
            o.AttachScreenshot = true;
        });
        DontDestroyOnLoad(gameObject);
    }
}`)}`, 'the whole DSN labelled (its public key part is the secret)'),

  rec('json_config', f`Android build of the mobile companion app crashes on start with "API key not valid". google-services.json:

${cfg(f`{
  "project_info": { "project_number": "584920173641", "project_id": "lantern-moss-companion" },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:584920173641:android:4e7a19c03b82d6f5", "android_client_info": { "package_name": "com.hollowfen.lanternmoss" } },
    "api_key": [{ "current_key": "${v('credential.google_api_key', FIREBASE)}" }]
  }]
}`)}`),

  rec('code_python', f`Paralegal here — I use this to pull contract-review tickets from Jira into a spreadsheet, it stopped working:

${code(f`from jira import JIRA

jira = JIRA(
    server="https://meridian-group.atlassian.net",
    basic_auth=("${v('pii.email', 'legal-ops@meridian-group.example')}", "${v('credential.atlassian_api_token', ATLASSIAN)}"),
)
issues = jira.search_issues('project = LEGAL AND status = "In Review"', maxResults=200)`)}`),

  rec('chat', f`user provisioning script for the city's Okta tenant fails with E0000011 Invalid token provided. I call it like: curl -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" https://city-permits.okta.example/api/v1/users?limit=200`),

  rec('shell', f`${code(f`#!/usr/bin/env bash
# renew-db-creds.sh – run by cron on the permit app server
export VAULT_ADDR=https://vault.muni-contract.example:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
CREDS=$(vault read -format=json database/creds/permits-ro)
echo "$CREDS" | jq -r '.data.username'`)}

vault read says "permission denied" only when cron runs it, works in my shell`),

  rec('chat_ja', f`倉庫の共有PCのログイン情報を新人向けマニュアルに書きたいです。ユーザー名は soko-share、パスワードは ${v('credential.password_in_prose', 'Kuraya2024#Osaka')} です。マニュアルの文章を丁寧な日本語で作ってください。`),

  rec('chat_ar', f`مرحبا، أحتاج رسالة قصيرة للموظفين الجدد في المستودع: اسم المستخدم لنظام الجرد هو dxb_stock وكلمة المرور ${v('credential.password_in_prose', 'Jebel@Ali2024')} ويجب تغييرها بعد أول تسجيل دخول. اكتبها بالعربية والإنجليزية.`),

  rec('code_python', f`${code(f`# rate_shop.py — compares parcel rates across carriers for the webshop
CARRIER_CLIENT_ID = "pinewick-webshop"
CARRIER_CLIENT_SECRET = "${v('credential.generic_secret_assignment', CARRIER_SECRET)}"

def get_token():
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"},
                      auth=(CARRIER_CLIENT_ID, CARRIER_CLIENT_SECRET), timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]`)}

the token expires after 5 min, should I cache it?`),

  rec('env_file', f`${cfg(f`# storefront/.env.production
NEXT_PUBLIC_SITE_URL=https://www.pinewick-stores.example
CLOUDFLARE_ZONE_ID=${fill('b17-cfzone', HEX, 32)}
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CLOUDFLARE)}
REVALIDATE_SECRET=\${REVALIDATE_SECRET}`)}

cache purge after a price change doesn't work — which permission does the token need?`),

  rec('json_config', f`docker pull from our private registry on the new build agent says unauthorized, but the config is copied from the old one:

${cfg(f`{
  "auths": {
    "registry.hollowfen.example": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('properties', f`WMS (Spring Boot) won't start on the new server in Rotterdam:

${cfg(f`spring.datasource.url=jdbc:oracle:thin:@//wms-db.rtm.local:1521/WMSP
spring.datasource.username=WMS_APP
spring.datasource.password=${v('credential.password_assignment', 'Contain3r!Maasvlakte')}
spring.jpa.hibernate.ddl-auto=none
server.port=8443`)}

ORA-12514: listener does not currently know of service requested`),

  rec('chat', f`TMS mobile app for drivers: after login we store this in SharedPreferences and send it as Bearer. A driver says he sees other depots' jobs. Is the role in here wrong? ${v('credential.jwt', JWT_TMS)}`),

  rec('json_config', f`Looker Studio connector for the franchise sales dashboard stopped refreshing. I created a new key, is this file complete?

${amb('source_code.snippet', v('credential.gcp_service_account_key', GCP_JSON))}`),

  rec('yaml_k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: payments-gw
  namespace: shop-prod
type: Opaque
data:
  STRIPE_KEY: ${v('credential.base64_encoded_token', B64_SECRET)}`)}

pod logs say "Invalid API Key provided" — is the base64 wrong?`),

  rec('chat', f`Mirth needs the lab interface cert + key in one file. Key the vendor sent (they used Windows line endings):

${v('credential.private_key', EC_KEY)}

how do I combine it with the .crt?`),

  rec('chat', f`hi IT, I'm locked out of the rostering app again. My password was ${v('credential.password_in_prose', 'Summer2024!Ward9')} and it says expired, can you reset? I'm on night shift, call me on ${phone('+44 113 382 9471')}`),
];

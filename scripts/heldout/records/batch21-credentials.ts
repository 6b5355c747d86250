/**
 * Held-out batch 21: credentials pasted by staff of a mining and energy group, a shipping line and
 * port terminal, a real-estate agency, a crypto exchange, a customer-service BPO and a national
 * railway — network and OT configs, env and CI files, scripts, connection strings, chats. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const AWS_ID = tok('AKIA', fill('b21-akia1', B32, 16));
const AWS_SECRET = fill('b21-awssec1', B64.replace('=', ''), 40);
const AWS_ID2 = tok('AKIA', fill('b21-akia2', B32, 16));
const AWS_SECRET2 = fill('b21-awssec2', B64.replace('=', ''), 40);
const WG_PRIV = b64Bytes('b21-wgpriv', 32);
const WG_PUB = b64Bytes('b21-wgpub', 32);
const WG_PSK = b64Bytes('b21-wgpsk', 32);
const EXCH_KEY = fill('b21-exkey', B62, 64);
const EXCH_SECRET = fill('b21-exsec', B62, 64);
const EXCH_KEY2 = fill('b21-exkey2', B62, 64);
const EXCH_SECRET2 = fill('b21-exsec2', B62, 64);
const TG_BOT = tok('7124839056', ':AA', fill('b21-tg', B64URL, 33));
const AZ_CLIENT_SECRET = tok(fill('b21-azcs1', B62, 3), '8Q~', fill('b21-azcs2', B62 + '_.~-', 34));
const GLPAT = tok('glpat-', fill('b21-glpat', B62 + '-_', 20));
const DCKR = tok('dckr_', 'pat_', fill('b21-dckr', B64URL, 27));
const TEAMS_HOOK = tok(
  'https://karrawong.webhook.office.com/webhookb2/',
  '7d2e91c4-3a58-4b0f-9e6d-28c41f7a5b93@e4b7c2a9-1d36-4f85-a0c7-93f2d61e8b45/IncomingWebhook/',
  fill('b21-teams1', HEX, 32),
  '/',
  '0c8a4f26-91d3-4e7b-b52a-6f1e3d94c781/',
  'V2',
  fill('b21-teams2', B64URL, 43),
);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b21-slT', UPPER + DIGITS, 8), '/B0', fill('b21-slB', UPPER + DIGITS, 9), '/', fill('b21-slhook', B62, 24));
const SUPPORT_JWT = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'kvx-prod-2024-11' },
  { sub: 'usr_8812047', sid: 'f3b9c1e2', scope: 'trade withdraw read', iss: 'https://auth.korvex.io', iat: 1733901241, exp: 1733987641 },
  'b21-supjwt',
);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b21-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b21-rsa', 1190);
const GCP_PEM = pem('PRIVATE KEY', 'b21-gcppem', 1218);
const FG_PAT = tok('github_pat_', '11B', fill('b21-fg1', UPPER + DIGITS, 19), '_', fill('b21-fg2', B62, 59));
const GHP = gh('ghp', 'Tq8Wm3Zr6Kv1Xb4Ny7Lc2Hd9Gs5Jp0');
const NPM = gh('npm', 'Kd2Ls7Pq4Mz9Wx1Vb6Nr3Ty8Hc5Fg0');
const OPENAI = tok('sk-proj-', fill('b21-oai1', B64URL, 74), 'T3BlbkFJ', fill('b21-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b21-ant', B64URL, 93), 'AA');
const SENDGRID = tok('SG.', fill('b21-sg1', B64URL, 22), '.', fill('b21-sg2', B64URL, 43));
const TWILIO_SID = tok('AC', fill('b21-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b21-twtok', HEX, 32);
const DD_API = fill('b21-ddapi', HEX, 32);
const DD_APP = fill('b21-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b21-vault', B64URL, 86));
const AZ_STORAGE = b64Bytes('b21-azst', 64);
const SAS_SIG = `${fill('b21-sas1', B62, 16)}%2F${fill('b21-sas2', B62, 14)}%2B${fill('b21-sas3', B62, 11)}%3D`;
const DOCKER_AUTH = b64('svc_sig_ci:Balise-Euro-7731!');
const HF = tok('hf_', fill('b21-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b21-groq', B62, 52));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b21-atl', B64URL, 171), '=', fill('b21-atl2', HEX.toUpperCase(), 8));
const GOOGLE = tok('AIza', 'Sy', fill('b21-gapi', B64URL, 33));
const SENTRY_KEY = fill('b21-sentry', HEX, 32);
const OKTA = tok('00', fill('b21-okta', B64URL, 40));
const K8S_DB_PW = b64('Tos-Berth-4471!ops');
const K8S_EDI_TOKEN = b64(fill('b21-k8sedi', B62, 40));
const CF_TOKEN = fill('b21-cftoken', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('b21-dop', HEX, 64));
const DATABRICKS = tok('dapi', fill('b21-dapi', HEX, 32));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b21-rklive', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b21-whsec', B62, 32));
const ADO_PAT = fill('b21-ado', B32LOWER, 52);
const BASIC = b64('edi_partner_rtm:Haven!Crane2290');
const LINEAR = tok('lin_api_', fill('b21-linear', B62, 40));
const DIGITS_OTP_SEED = fill('b21-totp', B32, 32);

export const BATCH21_CREDENTIALS: DraftRecord[] = [
  rec('network_config', f`g'day, can someone sanity check this before I push it to the pit-edge switch at Yarrabee? AAA keeps falling back to local even when ISE is up

${amb('source_code.snippet', f`hostname YRB-PIT3-SW01
!
aaa new-model
aaa authentication login default group ISE-GRP local
aaa authorization exec default group ISE-GRP local
!
username fieldsvc privilege 15 password 0 ${v('credential.password_assignment', 'Sp1nifex!Haul-22')}
!
tacacs server ISE-PER-01
 address ipv4 ${amb('pii.ip_address', '10.120.4.20')}
 key 0 ${v('credential.generic_secret_assignment', 'Tq7#pilbara-aaa-2024')}
 timeout 5
!
aaa group server tacacs+ ISE-GRP
 server name ISE-PER-01
!
snmp-server community ${v('credential.generic_secret_assignment', 'yrbOT-ro-8842')} RO 20
snmp-server location Yarrabee Pit 3 – haul road north
!
line vty 0 15
 transport input ssh
 login authentication default`)}`),

  rec('radius_config', f`FreeRADIUS on the terminal ops VLAN rejects the new straddle carrier WLC. clients.conf + users below. Log says "Ignoring request from unknown client". What did I miss?

${amb('source_code.snippet', f`# /etc/freeradius/3.0/clients.conf
client straddle-wlc-01 {
    ipaddr    = ${amb('pii.ip_address', '172.20.8.11')}
    secret    = ${v('credential.generic_secret_assignment', 'qT9-wharf-Radius-61')}
    shortname = wlc01
    nas_type  = other
}

# /etc/freeradius/3.0/mods-config/files/authorize
"svc-tos-rdt"  Cleartext-Password := "${v('credential.password_assignment', 'Lash1ng-Bay#07')}"
               Reply-Message := "RDT terminal %{User-Name}"`)}`),

  rec('scada_config_es', f`Oye, el cliente OPC UA del concentrador no conecta al Kepware desde que cambiaron el certificado. Esta es la config del colector, ¿ves algo raro?

${amb('source_code.snippet', f`opcua:
  endpoint: "opc.tcp://${amb('pii.ip_address', '10.55.2.14')}:49320"
  security_policy: Basic256Sha256
  security_mode: SignAndEncrypt
  auth:
    type: username
    username: scada_ro_conc
    password: "${v('credential.password_assignment', 'Chancado.Sag#2024')}"
  tags:
    - ns=2;s=Concentradora.MolinoSAG.Potencia_kW
    - ns=2;s=Concentradora.MolinoSAG.Presion_Descansos
    - ns=2;s=Flotacion.Celda01.Nivel_pct
historian:
  url: http://hist-ant-01:8086
  org: minera-antofagasta`)}

El error es BadIdentityTokenRejected. Gracias!!`),

  rec('wireguard_conf', f`Howzit. The WireGuard tunnel from the Rustenburg shaft office to Joburg HQ drops every ~2 min. Here's the site config:

${amb('source_code.snippet', f`[Interface]
Address = ${amb('pii.ip_address', '10.99.14.2')}/32
PrivateKey = ${v('credential.generic_secret_assignment', WG_PRIV)}
DNS = ${amb('pii.ip_address', '10.99.0.53')}

[Peer]
PublicKey = ${WG_PUB}
PresharedKey = ${v('credential.generic_secret_assignment', WG_PSK)}
Endpoint = vpn.karrawong.co.za:51820
AllowedIPs = 10.99.0.0/16, 10.40.0.0/16
PersistentKeepalive = 0`)}

Should keepalive be 25?`),

  rec('env_file', f`mm bot keeps getting "Signature for this request is not valid" on the new venue. env below, am I mixing up key and secret?

${amb('source_code.snippet', f`# mm-bot/.env.prod
VENUE=binance
VENUE_API_KEY=${v('credential.generic_secret_assignment', EXCH_KEY)}
VENUE_API_SECRET=${v('credential.generic_secret_assignment', EXCH_SECRET)}
SPREAD_BPS=12
MAX_INVENTORY_BTC=3.5
ALERT_TELEGRAM_TOKEN=${v('credential.telegram_bot_token', TG_BOT)}
ALERT_CHAT_ID=-1002183746512
PG_URL=postgresql://mmbot:${v('credential.database_url_password', 'ob-Liquid!8812')}@pg-mm.internal:5432/mm`)}`),

  rec('code_python_ko', f`이 스크립트에서 잔고 조회하면 계속 AuthenticationError 나요. 키는 방금 새로 발급받았습니다. 뭐가 문제일까요?

${code(f`import ccxt

ex = ccxt.okx({
    "apiKey": "${v('credential.generic_secret_assignment', EXCH_KEY2)}",
    "secret": "${v('credential.generic_secret_assignment', EXCH_SECRET2)}",
    "password": "${v('credential.password_assignment', 'Hangang#Treasury7')}",
    "enableRateLimit": True,
})

bal = ex.fetch_balance({"type": "funding"})
for ccy in ("USDT", "BTC", "ETH"):
    print(ccy, bal["total"].get(ccy))`)}`),

  rec('aws_credentials', f`the drillhole QA/QC lambda can read the bucket from my laptop but not from the GIS workstation at the Sudbury office. this is what's in C:\\Users\\gis-sudbury\\.aws\\credentials on that box:

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ca-central-1

[geo-datalake]
role_arn = arn:aws:iam::418273956102:role/geo-datalake-reader
source_profile = default`)}

is the role_arn profile even used by the lambda test script?`),

  rec('terraform', f`Plan fails with "AADSTS7000215: Invalid client secret provided" on the ticketing subscription. Provider block:

${code(f`provider "azurerm" {
  features {}
  subscription_id = "5b7e2c91-4d3a-4f08-b16e-92c7a4d1e385"
  tenant_id       = "c29a4e71-8b3d-4c56-a0f2-7e19d3b6c804"
  client_id       = "e81f4c27-3d95-4a6b-9c02-b5d7e31a48f6"
  client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
}

resource "azurerm_resource_group" "ticketing" {
  name     = "rg-ticketing-prod-uks"
  location = "uksouth"
}`)}

(yes I know it shouldn't be in the file, it's just to get the first apply through)`),

  rec('ci_yaml_de', f`Kannst du mir sagen, warum der Job beim docker login hängen bleibt? Die .gitlab-ci.yml vom TOS-Adapter:

${amb('source_code.snippet', f`variables:
  REGISTRY_USER: "tideline-tos-ci"
  REGISTRY_TOKEN: "${v('credential.dockerhub_pat', DCKR)}"
  GITLAB_API_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

build:
  stage: build
  script:
    - echo "$REGISTRY_TOKEN" | docker login -u "$REGISTRY_USER" --password-stdin
    - docker build -t tideline/tos-edi-adapter:$CI_COMMIT_SHORT_SHA .
    - docker push tideline/tos-edi-adapter:$CI_COMMIT_SHORT_SHA`)}

Lokal funktioniert es.`),

  rec('powershell', f`This script should post SCADA historian alarm summaries into our Teams channel every hour but Teams returns 400. Any idea?

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$alarms = Get-Content "D:\\Historian\\export\\alarms_last_hour.csv" | ConvertFrom-Csv |
    Where-Object { $_.Priority -le 2 }

$body = @{
    "@type"    = "MessageCard"
    "summary"  = "Yarrabee OT alarms"
    "text"     = ($alarms | ForEach-Object { "$($_.Tag) - $($_.Description)" }) -join "<br>"
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType 'application/json'`)}`),

  rec('chat_tl', f`hi po sir, pano po i-setup yung alert para pag bumaba yung service level sa 80% mag post sa slack channel ng team namin? eto po yung webhook na binigay ni TL Joyce: ${v('credential.slack_webhook_url', SLACK_HOOK)}  salamat po!!`),

  rec('curl', f`Customer says the app logs her out every 5 min. I grabbed the token from her HAR file and replayed it, it works for me?? is it the clock skew thing

${amb('source_code.snippet', f`curl -s https://api.korvex.io/v2/account/balances \\
  -H "Authorization: Bearer ${v('credential.jwt', SUPPORT_JWT)}" \\
  -H "X-Client: web-4.18.2"`)}`),

  rec('http_request_nl', f`Onze EDI-partner krijgt 401 op de nieuwe gateway. Dit is het request uit hun log, klopt de header?

${amb('source_code.snippet', f`POST /edi/v1/coprar HTTP/1.1
Host: edi.rtm-terminal.nl
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/edifact
Content-Length: 1842

UNB+UNOA:2+MTLINE+RTMCT+241203:0915+4471'`)}`),

  rec('runbook_shell', f`Rewrite this step of the month-end runbook so a junior can follow it (rent roll export for the Wellington portfolio):

3. On the reporting box run:
${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '10.2.0.15')} -u pm_report -p'${v('credential.mysql_cli_password', 'Kowhai#Rent2024')}' tenancy_db -e "CALL export_rent_roll('2024-11-30')" > rentroll_nov.csv`)}
4. Upload rentroll_nov.csv to the accounts SharePoint folder.`),

  rec('properties_it', f`Ciao, l'applicazione orari (timetabling) non parte in collaudo, errore ORA-01017. Questo è l'application-collaudo.properties:

${amb('source_code.snippet', f`spring.datasource.url=jdbc:oracle:thin:@//ora-orari-col.rete.local:1521/ORARICOL
spring.datasource.username=ORARI_APP
spring.datasource.password=${v('credential.password_assignment', 'Frecciarossa_2025!')}
spring.datasource.hikari.maximum-pool-size=20
orari.export.gtfs.path=/srv/orari/gtfs
orari.export.cron=0 30 2 * * *`)}

La password l'ho copiata dal file di produzione, può essere quello?`),

  rec('appsettings', f`WFM intraday dashboard cannot connect to SQL after the server migration. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Wfm": "Server=tcp:sql-wfm-mnl01.brightloop.local,1433;Database=WFM_Intraday;User Id=wfm_dash;Password=${v('credential.connection_string_password', 'Cebu-Adherence#88')};TrustServerCertificate=True;"
  },
  "Forecast": { "IntervalMinutes": 15, "Shrinkage": 0.32 }
}`)}`),

  rec('chat_no', f`Hei, kan du sjekke hvorfor denne nøkkelen ikke virker mot jump-hosten til kranene? ssh sier "invalid format".

${v('credential.openssh_private_key', OSSH)}

Jeg kopierte den fra Teams, så kanskje linjeskiftene er ødelagt?`),

  rec('chat', f`Bank's host-to-host SFTP rejects our treasury payment files since the key rotation. This is the key we load in the H2H client, is it in the wrong format (they want PKCS#8?)

${v('credential.private_key', RSA_KEY)}`),

  rec('gcp_sa_fi', f`Moi! Matkustajainfon näyttöjen backend ei saa yhteyttä Pub/Subiin. Palvelutilin avain alla, onko siinä jotain vikaa?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "matkustajainfo-prod",
  "private_key_id": "${fill('b21-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'pis-backend@matkustajainfo-prod.iam.gserviceaccount.com')}",
  "client_id": "104827391650283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('chat', f`Use this one for the drillhole db repo until IT sorts out the org SSO: ${v('credential.github_fine_grained_pat', FG_PAT)} — read/write on contents only. Mate, can you write me the git commands to clone with it on the core shed PC?`),

  rec('git_config_el', f`Γεια σας, το git pull στον server του chartering σταμάτησε να δουλεύει. Αυτό είναι το .git/config:

${amb('source_code.snippet', f`[core]
	repositoryformatversion = 0
	filemode = true
[remote "origin"]
	url = https://${v('credential.github_pat', GHP)}@github.com/meridiantide/charter-party-tools.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main`)}

Λέει "Authentication failed". Μήπως έληξε;`),

  rec('npmrc_fr', f`Bonjour, la CI du front (espace client) n'arrive plus à installer nos paquets privés @korvex/*. Voici le .npmrc du repo :

${amb('source_code.snippet', f`@korvex:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
always-auth=true`)}

Erreur : 404 Not Found - GET https://registry.npmjs.org/@korvex%2fui-kit. Une idée ?`),

  rec('code_python_hi', f`QA scoring ke liye ye script likha hai, call transcripts ko rubric ke against score karta hai. Kabhi kabhi 429 aata hai, retry kaise add karun?

${code(f`from openai import OpenAI
import pandas as pd

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
df = pd.read_csv("transcripts_week48.csv")

def score(row):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": RUBRIC}, {"role": "user", "content": row["transcript"]}],
    )
    return r.choices[0].message.content

df["qa_score"] = df.apply(score, axis=1)
df.to_csv("scored_week48.csv", index=False)`)}`),

  rec('env_file_et', f`Tere! Reisijate juturoboti .env fail on allpool. Kas mudeli nimi on õige, vastus tuleb 404?

${amb('source_code.snippet', f`NODE_ENV=production
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
ANTHROPIC_MODEL=claude-3-5-sonnet-latest
TIMETABLE_API=https://api.rongid.internal/v2
LOG_LEVEL=info`)}`),

  rec('code_php_pt', f`Oi! O envio do boletim de imóveis parou de funcionar ontem, aparece "The provided authorization grant is invalid". Segue o trecho:

${code(f`<?php
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("${v('pii.email', 'novidades@harbourstone.com.br')}", "Harbourstone Imóveis");
$email->setSubject("Novos imóveis na sua região");
$email->addTo($lead['email'], $lead['nome']);
$email->addContent("text/html", render_listing_digest($lead));

$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$response = $sendgrid->send($email);
error_log("sendgrid status " . $response->statusCode());`)}`),

  rec('code_js', f`our outbound dialer callback fails when the agent clicks "call back" in the CRM. it's this node module:

${code(f`const twilio = require('twilio');

const client = twilio('${v('credential.twilio_account_sid', TWILIO_SID)}', '${v('credential.twilio_auth_token', TWILIO_TOKEN)}');

async function callBack(agentExt, customerNumber) {
  return client.calls.create({
    url: 'https://dialer.brightloop.in/twiml/bridge?ext=' + agentExt,
    to: customerNumber,
    from: process.env.CALLER_ID,
    statusCallback: 'https://dialer.brightloop.in/hooks/status',
  });
}

module.exports = { callBack };`)}`),

  rec('helm_values_ja', f`マッチングエンジンのメトリクスがDatadogに届きません。values.yamlの該当部分です。何が足りないでしょうか？

${amb('source_code.snippet', f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: ap1.datadoghq.com
  clusterName: matching-prod-tyo
  apm:
    portEnabled: true
  logs:
    enabled: true
    containerCollectAll: false`)}`),

  rec('shell_session', f`vault says permission denied when I read the hot wallet signing config, but I'm in the treasury-ops group. session:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.korvex.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -mount=treasury hot-wallet/signing
Error reading treasury/data/hot-wallet/signing: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}`),

  rec('chat_fr_ca', f`Salut, le script qui envoie les photos de carottes vers le stockage Azure plante depuis ce matin (AuthenticationFailed). Voici la chaîne de connexion qu'on utilise :

DefaultEndpointsProtocol=https;AccountName=kwgeocorephotos;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Est-ce que quelqu'un a régénéré la clé ?`),

  rec('chat_vi', f`Anh ơi, khách hàng không tải được tờ khai hải quan từ link này, báo lỗi AuthenticationFailed. Link hết hạn chưa ạ?
https://mtcustomsdocs.blob.core.windows.net/declarations/HPH/2024-12/TK-30582741.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-12-20T16:00:00Z&st=2024-12-05T01:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}`),

  rec('batch_de', f`Das Login-Skript im Bw Instandhaltungswerk verbindet das Laufwerk nicht mehr. Fehler 1326. Was ist falsch?

${code(f`@echo off
REM Laufwerke Werkstatt Halle 4
net use Z: /delete /y
net use Z: \\\\iw-fs01\\wartung /user:BAHN\\svc_wartung ${v('credential.cli_password', 'Drehgestell!2024')} /persistent:no
net use Y: \\\\iw-fs01\\zeichnungen
start "" "C:\\Program Files\\IW-Diagnose\\diag.exe"`)}`),

  rec('powershell_af', f`Hallo, hierdie skrip moet elke oggend die skag-2 historian data aftrek, maar dit gee "Login failed for user". Kan jy kyk?

${code(f`$server = "hist-skag2.karrawong.local"
$user   = "hist_reader"
$pw     = ConvertTo-SecureString '${v('credential.password_assignment', 'Koedoe#Skag2-19')}' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($user, $pw)

$q = "SELECT TagName, DateTime, Value FROM History WHERE TagName LIKE 'SK2_WINDER%' AND DateTime > DATEADD(hour,-24,GETDATE())"
Invoke-Sqlcmd -ServerInstance $server -Database Runtime -Credential $cred -Query $q |
    Export-Csv "C:\\Reports\\winder_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation`)}`),

  rec('chat_zu_en', f`Sawubona bafethu, ngicela ningisize ukubhala i-handover note ye-night shift. Info: the HMI login for Shaft 2 winder is operator "sk2_ops" and iphasiwedi ithi ${v('credential.password_in_prose', 'Ngonyama@Shaft2')} — please tell them to change it after the audit. Ngiyabonga.`),

  rec('chat_ms', f`Tolong terjemahkan ke bahasa Inggeris untuk ejen baharu: "Akaun portal kastam untuk pelabuhan sudah aktif. ID pengguna ialah PTP_EDI07 dan kata laluan ialah ${v('credential.password_in_prose', 'Tanjung#Kargo88')}. Sila tukar selepas log masuk pertama."`),

  rec('chat_lv', f`Lūdzu iztulko angliski paziņojumu apkalpei: "Kuģa Wi-Fi tīkls ir MT-AURORA-CREW, parole ir ${v('credential.password_in_prose', 'Baltika-2024-vejs')}. Lūdzu nedalīties ar pasažieriem vai aģentiem ostā."`),

  rec('chat_es_ar', f`che me ayudás a redactar un mail para el inquilino nuevo? tiene que entrar al portal de expensas del consorcio, usuario es su mail y la clave provisoria es ${v('credential.password_in_prose', 'Palermo.Depto4B')}, que la cambie al entrar. gracias!!`),

  rec('chat_ja', f`新しく入ったサポート担当向けの案内文を作ってください。管理画面のURLは社内Wikiにあります。共有アカウントは support_shift_b、パスワードは ${v('credential.password_in_prose', 'Kvx#Shibuya2024')} です。初回ログイン後に二段階認証を設定するよう書いてください。`),

  rec('chat_mr_en', f`bhau urgent aahe, client cha CRM madhe login hot nahi. login id BLP22317 aani password ${v('credential.password_in_prose', 'Pune@Shift#B2')} aahe, mi te paste kela tari "invalid credentials" yetay. kay karu? TL la sangu ka?`),

  rec('docker_config_nl', f`Bonjour / hallo — onze signalisatie-CI kan de image niet pullen van de interne registry, "unauthorized". Dit staat in ~/.docker/config.json op de runner:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.sig-infra.be": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('chat', f`For the fraud-ring side project I'm pulling models from HF and running inference on Groq. Tokens: HF ${v('credential.huggingface_token', HF)} and Groq ${v('credential.groq_api_key', GROQ)}. Can you write a python function that tries Groq first and falls back to a local HF pipeline?`),

  rec('code_python', f`Script that pulls failed QA evaluations into Jira for the Cebu site. It creates duplicates when it runs twice, how do I make it idempotent?

${code(f`import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://brightloop-qa.atlassian.net"
AUTH = HTTPBasicAuth("${v('pii.email', 'qa.automation@brightloop.ph')}", "${v('credential.atlassian_api_token', ATLASSIAN)}")

def create_issue(ev):
    payload = {
        "fields": {
            "project": {"key": "QAC"},
            "summary": f"QA fail {ev['agent_id']} {ev['call_id']}",
            "issuetype": {"name": "Coaching"},
            "labels": ["auto", ev["lob"]],
        }
    }
    r = requests.post(f"{JIRA}/rest/api/3/issue", json=payload, auth=AUTH, timeout=20)
    r.raise_for_status()
    return r.json()["key"]`)}`, 'the Jira login is a service-account e-mail, labelled as an e-mail like any other'),

  rec('code_ts', f`Map on the listings page shows "For development purposes only" watermark on prod. Component:

${code(f`import { Loader } from '@googlemaps/js-api-loader';
import * as Sentry from '@sentry/react';

Sentry.init({ dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127350931456`)}', tracesSampleRate: 0.1 });

const loader = new Loader({ apiKey: '${v('credential.google_api_key', GOOGLE)}', version: 'weekly', libraries: ['places'] });

export async function initListingMap(el: HTMLElement, listings: Listing[]) {
  const { Map } = await loader.importLibrary('maps');
  const map = new Map(el, { center: { lat: 51.5072, lng: -0.1276 }, zoom: 12, mapId: 'listings' });
  listings.forEach((l) => addPin(map, l));
  return map;
}`)}`),

  rec('chat', f`Okta admin here (BPO side). Client's security team wants us to deprovision agents automatically when WFM marks them terminated. I created an API token ${v('credential.okta_api_token', OKTA)} for our org brightloop.okta.com. What's the endpoint to deactivate a user and is a token scoped enough or do I need OAuth for Okta?`),

  rec('k8s_secret', f`The TOS EDI pod crash-loops with "password authentication failed". Secret manifest we applied:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: tos-edi-db
  namespace: terminal-ops
type: Opaque
data:
  DB_USER: ${b64('tos_edi')}
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_DB_PW)}
  PARTNER_API_TOKEN: ${v('credential.base64_encoded_token', K8S_EDI_TOKEN)}`)}

Do I need a trailing newline in the password before base64?`),

  rec('env_file', f`Infra for the rail app's status page. Which of these can move to GitHub Actions secrets and which need to stay on the box?

${amb('source_code.snippet', f`CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
CLOUDFLARE_ZONE=status.railnational-ops.eu
DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
DATABRICKS_HOST=https://adb-4718293650182746.6.azuredatabricks.net
DATABRICKS_TOKEN=${v('credential.databricks_token', DATABRICKS)}
PUNCTUALITY_TABLE=ops.gold.punctuality_daily`)}`),

  rec('chat', f`Card-funding page for the exchange: Stripe restricted key ${v('credential.stripe_restricted_key', STRIPE_RK)} has charges:write and refunds:write only, and the webhook signing secret is ${v('credential.stripe_webhook_secret', STRIPE_WH)}. Is that enough permissions to create PaymentIntents and listen for charge.dispute.created?`),

  rec('chat', f`Azure DevOps pipeline for the signalling interlocking simulator can't clone the second repo. I put a PAT in the service connection: ${v('credential.azure_devops_pat', ADO_PAT)} (Code: Read). Do I also need "Build: Read"?`),

  rec('chat', f`quick one — the Linear integration for the property maintenance board is posting to the wrong team. I used key ${v('credential.linear_api_key', LINEAR)} in Zapier. Is the team chosen by the key or by the Zap step?`),

  rec('ini_config', f`Our geology data loader on the Chile server uses both AWS accounts. Tidy this into a proper config with comments:

${amb('source_code.snippet', f`[aws-geo-prod]
key_id=${v('credential.aws_access_key_id', AWS_ID2)}
secret=${v('credential.aws_secret_access_key', AWS_SECRET2)}
bucket=kwr-geo-antofagasta
prefix=assays/2024/

[acquire]
mdm_user=geo_loader
mdm_password=${v('credential.password_assignment', 'Atacama_Cu#4471')}
otp_seed=${v('credential.generic_secret_assignment', DIGITS_OTP_SEED)}`)}`),
];

/**
 * Held-out batch 24: credentials pasted by staff of a semiconductor fab, a cruise line, a dental
 * clinic group, an energy retailer's call centre, a polling / campaign firm and a cybersecurity
 * consultancy (configs, CI, shells, pentest notes, chats in several languages). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b24-akia', B32, 16));
const AKIA_SECRET = fill('b24-akias', B64, 40);
const ASIA = tok('ASIA', fill('b24-asia', B32, 16));
const ASIA_SECRET = fill('b24-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b24-awssess', B64, 360));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b24-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b24-rk', B62, 97));
const TWILIO_SID = tok('AC', fill('b24-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b24-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b24-sg1', B64URL, 22), '.', fill('b24-sg2', B64URL, 43));
const AZ_STORAGE = `${fill('b24-azst', B64, 86)}==`;
const GOOGLE = tok('AIza', 'Sy', fill('b24-gapi', B64URL, 33));
const MAILCHIMP = tok(fill('b24-mc', HEX, 32), '-us14');
const AZ_CLIENT_SECRET = tok(fill('b24-azcs1', B62, 3), '8Q~', fill('b24-azcs2', B62 + '-_.~', 34));
const SLACK_BOT = tok('xoxb-', '3819204756', '2-', '5910382746015-', fill('b24-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T03K', fill('b24-slh1', UPPER + DIGITS, 6), '/B07', fill('b24-slh2', UPPER + DIGITS, 8), '/', fill('b24-slh3', B62, 24));
const MAILGUN = tok('key-', fill('b24-mg', HEX, 32));
const FACEBOOK = tok('EAA', 'Bw7ZC', fill('b24-fb', B62, 160));
const GOCSPX = tok('GOCSPX-', fill('b24-gocspx', B64URL, 28));
const GHP = gh('ghp', 'Vn2Kp8Rt4Wx6Bz1Qm9Ld3Hf7Ys5Jc0');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b24-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b24-rsa', 1190);
const VAULT = tok('hvs.', 'CAESI', fill('b24-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b24-dapi', HEX, 32), '-2');
const HF = tok('hf_', fill('b24-hf', LOWER + UPPER, 34));
const OPENAI = tok('sk-proj-', fill('b24-oa1', B62 + '-_', 74), 'T3BlbkFJ', fill('b24-oa2', B62 + '-_', 74));
const DD_API = fill('b24-ddapi', HEX, 32);
const OKTA = tok('00', fill('b24-okta', B64URL, 40));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b24-ant', B64URL, 93), 'AA');
const SAS_SIG = `${fill('b24-sas1', B62, 17)}%2B${fill('b24-sas2', B62, 11)}%2F${fill('b24-sas3', B62, 12)}%3D`;
const TELEGRAM = tok('7304918265', ':AA', fill('b24-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1287430951827364915', '/', fill('b24-dwh', B64URL, 68));
const GLPAT = tok('glpat-', fill('b24-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Tz5Ub8Nw2Ka7Lm4Qc1Xv9Re3Hy6Pd0');
const CF_TOKEN = fill('b24-cftok', B64URL, 40);
const XOXP = tok('xoxp-', '3819204756', '2-', '5920183746621-', '6031928475360-', fill('b24-xoxp', HEX, 32));
const SENTRY_KEY = fill('b24-sentry', HEX, 32);
const SHOPIFY = tok('shpat_', fill('b24-shpat', HEX, 32));
const AIRTABLE = tok('pat', fill('b24-at1', B62, 14), '.', fill('b24-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b24-ntn1', DIGITS, 11), fill('b24-ntn2', B62, 35));
const LINEAR = tok('lin_api_', fill('b24-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b24-pm1', HEX, 24), '-', fill('b24-pm2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b24-atl', B64URL, 171), '=', fill('b24-atl2', HEX.toUpperCase(), 8));
const GCP_PEM = pem('PRIVATE KEY', 'b24-gcp', 1216).replace(/\n/g, '\\n');
const DOCKER_AUTH = b64('deploy-dental:Zahn-Registry-5521');
const BASIC = b64('cc_reporting:Ampere!Call2024');
const K8S_TOKEN = b64(tok('sk-ant-', 'api03-', fill('b24-antk8s', B64URL, 93), 'AA'));
const JWT_BURP = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '40218', role: 'agent', tenant: 'voltaria-uk', iat: 1733314200, exp: 1733400600 }, 'b24-jwt1');
const JWT_CRUISE = jwt({ alg: 'RS256', kid: 'crew-2024-11' }, { sub: 'crew:PH-20931', ship: 'MS Aurora Vale', scope: 'pos:charge folio:read', exp: 1735600000 }, 'b24-jwt2');
const BEARER = fill('b24-bearer', B62 + '-._', 56);
const NTLM = (s: string) => fill(s, HEX, 32);
const GITHUB_FG = tok('github_pat_', '11A', fill('b24-ghfg1', UPPER + DIGITS, 19), '_', fill('b24-ghfg2', B62, 59));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH24_CREDENTIALS: DraftRecord[] = [
  // --- semiconductor fab ---
  rec('env_file', f`MES reporting service won't start after the DB move to the new VLAN. Here's the env, can you spot anything?

${cfg(f`# mes-reporter/.env  (Fab 2, Kulim)
MES_SITE=KLM2
DATABASE_URL=postgresql://mes_rpt:${v('credential.database_url_password', 'Wafer!Lot-7734')}@mesdb02.klm2.fab.local:5432/mes_hist
REDIS_URL=redis://cache01.klm2.fab.local:6379/3
LOT_TRACE_RETENTION_DAYS=400
SPC_ALERT_CHANNEL=#klm2-spc`)}`),

  rec('ini_ja', f`装置ホスト接続の設定ファイルです。SECS/GEM の接続がタイムアウトします。どこがおかしいですか？

${cfg(f`; eq_host.ini  — CVD-07 (熊本第二工場)
[HSMS]
mode=ACTIVE
remote_ip=${amb('pii.ip_address', '172.20.41.17')}
port=5000
t3=45
t5=10

[FTP_RECIPE]
user=eqrecipe
password=${v('credential.password_assignment', 'Kuma2-CVD#0719')}
path=/recipe/cvd07/`)}

T3 タイムアウトが頻発しています。`),

  rec('code_python', f`This uploads the daily wafer map images to S3 for the yield team, but boto3 says SignatureDoesNotMatch:

${code(f`import boto3, pathlib, datetime

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AKIA_SECRET)}",
)

day = datetime.date.today().isoformat()
for png in pathlib.Path("/data/wafermaps").glob(f"{day}_*.png"):
    s3.upload_file(str(png), "klm2-yield-maps", f"{day}/{png.name}")`)}`),

  rec('network_config', f`Cleanroom access switch config, please check why SNMP polling from the NMS fails:

${cfg(f`hostname CR-ACC-SW14
!
username fabnet privilege 15 password 0 ${v('credential.network_device_secret', 'Px7!Bay14-Fab2')}
enable secret 5 $1$mERr$${fill('b24-md5crypt', B62 + './', 22)}
!
snmp-server community ${v('credential.network_device_secret', 'kLm2-rw-Sn4p')} RW 10
snmp-server location Fab2 Bay14 CR
access-list 10 permit ${amb('pii.ip_address', '10.212.0.15')}
!
interface Vlan212
 ip address ${amb('pii.ip_address', '10.212.14.2')} 255.255.255.0`)}`, 'type-0 password and SNMP community labelled; the type-5 hash left unlabelled'),

  rec('notebook', f`In [3]:
${code(f`import os, pandas as pd
from databricks import sql

conn = sql.connect(
    server_hostname="adb-4418203957162.8.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7c1e9a20d4b3f618",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
df = pd.read_sql("SELECT lot_id, step, AVG(cd_nm) AS cd FROM fab.metrology WHERE tool LIKE 'CDSEM%' GROUP BY 1, 2", conn)`)}

Out[3]: OperationalError: ... 403 Forbidden

Is the token wrong or is it the warehouse permission?`),

  rec('chat', f`For the defect classification model we pull from a private HF repo. Token is ${v('credential.huggingface_token', HF)} (read only). Docker build fails at "huggingface-cli download" with 401, do I have to pass it as a build secret?`),

  rec('code_python', f`${code(f`# summarise_excursion.py — draft an excursion report from the SPC alarms
from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarise(alarms: list[dict]) -> str:
    lines = "\\n".join(f"{a['tool']} {a['chart']} {a['rule']} {a['ts']}" for a in alarms)
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Summarise these SPC alarms for the shift lead:\\n" + lines}],
    )
    return r.choices[0].message.content`)}

it works but takes 20s for 300 alarms. batch?`),

  rec('mail_ja', f`以下のメールを英語に翻訳してください。

件名：CMP-03 リモート保守用VPNアカウントについて

ベンダー各位
お世話になっております。熊本第二工場 設備技術課の佐藤です。
12月の定期保守に向けて、リモート保守用のVPNアカウントを発行しました。
ユーザー名：vnd-cmp03-maint
パスワード：${v('credential.password_in_prose', 'Hinoki-Cmp03!26')}
有効期限は12月20日までです。初回ログイン時にパスワードを変更してください。
よろしくお願いいたします。`),

  rec('chat_ms', f`Tolong terjemahkan ke English untuk vendor baru: "Akaun untuk sistem tiket penyelenggaraan telah dibuka. Nama pengguna: vendor.asml2, kata laluan sementara ${v('credential.password_in_prose', 'Pulau-Pinang88!')}. Sila tukar kata laluan selepas log masuk pertama."`),

  rec('shell', f`Cron job that copies the tool logs to the analysis server stopped on Sunday:

${code(f`#!/bin/bash
# copy_toollogs.sh  (runs on eda-gw01)
SRC=/eqlogs/etch
DST=edauser@eda-ana03:/data/incoming/etch
for f in $(find "$SRC" -name '*.log' -mmin -70); do
  sshpass -p '${v('credential.cli_password', 'Etch$Logs2024')}' scp -q "$f" "$DST/"
done`)}`),

  // --- cruise line ---
  rec('code_ts', f`Onboarding a new dev on the booking API. This is the deposit charge, can you add idempotency keys?

${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}', { apiVersion: '2024-06-20' });

export async function chargeDeposit(bookingRef: string, amountCents: number, customerId: string) {
  return stripe.paymentIntents.create({
    amount: amountCents,
    currency: 'usd',
    customer: customerId,
    metadata: { bookingRef },
    confirm: true,
    off_session: true,
  });
}`)}`),

  rec('env_file', f`${cfg(f`# guest-notify/.env.production
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${phone('+1 305 402 8817')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
EMBARK_REMINDER_HOURS=48`)}

SMS embarkation reminders go out twice for some guests. Where would you look first?`),

  rec('chat_fr', f`Bonjour, peux-tu reformuler ce message pour les passagers de façon plus chaleureuse ? « Le Wi-Fi premium est activé pour votre cabine. Réseau : AuroraVale-Premium, mot de passe : ${v('credential.password_in_prose', 'Escale-Ajaccio24')}. Valable jusqu'au débarquement. »`),

  rec('config', f`Guest photo service can't upload to blob storage since the ship switched to the satellite backup link:

${cfg(f`{
  "PhotoStore": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=avphotosprod;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "guest-photos",
    "RetryCount": 2
  }
}`)}`),

  rec('shell', f`need to check which bookings the reservation DB has for the Copenhagen sailing, this is what I ran from the jump host:

$ mysql -h resdb-ro.aurora.internal -u res_ro -p${v('credential.mysql_cli_password', 'T9#kLmQ2vz')} resdb -e "SELECT COUNT(*) FROM booking WHERE sailing_code='AV241214CPH'"
ERROR 2003 (HY000): Can't connect to MySQL server on 'resdb-ro.aurora.internal:3306' (110)

is it the security group?`),

  rec('docker_compose', f`${cfg(f`services:
  fleet-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.com
      DD_TAGS: "ship:aurora-vale env:prod"
      DD_LOGS_ENABLED: "true"`)}

Bandwidth at sea is tiny. How do I cut the agent's traffic to the minimum?`),

  rec('curl', f`Okta user deactivation for crew leaving the ship, the script returns 403:

curl -X POST -H "Accept: application/json" -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://auroravale.okta.com/api/v1/users/00u8k2x9qLm4Tz7pN0h8/lifecycle/deactivate"`),

  rec('http', f`Onboard POS tablet gets "token expired" on every charge after midnight ship time. Captured request:

${cfg(f`POST /pos/v2/folio/charges HTTP/1.1
Host: pos.av-ship.local
Authorization: Bearer ${v('credential.jwt', JWT_CRUISE)}
Content-Type: application/json

{"cabin":"8142","amount":14.50,"outlet":"Lido Bar","items":[{"sku":"BEV-0231","qty":2}]}`)}`),

  rec('chat_tr', f`Şunu İngilizceye çevirir misin? Kuşadası acentesine gidecek: "Liman sistemine giriş için kullanıcı adınız auroravale.ops, şifreniz ${v('credential.password_in_prose', 'Efes-Liman2024!')}. Lütfen ilk girişte şifrenizi değiştirin."`),

  rec('yaml', f`${cfg(f`# shop-sync/config.yml — onboard boutique ↔ Shopify
shopify:
  store: aurora-vale-boutique.myshopify.com
  access_token: ${v('credential.shopify_access_token', SHOPIFY)}
  api_version: 2024-10
sync:
  interval_minutes: 30
  offline_queue: /var/lib/shopsync/queue`)}

When the ship is offline for 3 days the queue grows huge, how to dedupe?`),

  // --- dental clinic group ---
  rec('config', f`Practice management app throws "Login failed for user" at the Gdańsk clinic only:

${cfg(f`<connectionStrings>
  <add name="DentalPM" connectionString="Data Source=sql-gda01\\PMS;Initial Catalog=DentalPM;User Id=pms_app;Password=${v('credential.connection_string_password', 'Zab!Gdansk-2291')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}`),

  rec('chat_pl', f`Napisz proszę krótką wiadomość do nowej recepcjonistki w Poznaniu: login do systemu rejestracji to recepcja.poz3, hasło tymczasowe ${v('credential.password_in_prose', 'Uśmiech#Poz2024')}, przy pierwszym logowaniu system poprosi o zmianę. Ma być miło i krótko.`),

  rec('code_js', f`Clinic locator map on our website shows "For development purposes only":

${code(f`<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('clinics'), { center: { lat: 52.2297, lng: 21.0122 }, zoom: 6 });
    fetch('/api/clinics').then(r => r.json()).then(list => list.forEach(c => new google.maps.Marker({ position: c.pos, map, title: c.name })));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap"></script>`)}`),

  rec('chat', f`The recall reminder campaign (6-month check-ups) needs to move from Mailchimp to our own SMTP. Export first: Mailchimp key ${v('credential.mailchimp_api_key', MAILCHIMP)}, list "recall-2024". Write me the Python to export members with merge fields.`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml (imaging-viewer)
variables:
  REGISTRY_USER: ci-imaging
  GITLAB_API_TOKEN: ${v('credential.gitlab_pat', GLPAT)}

release:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $GITLAB_API_TOKEN" "https://gitlab.smileline.eu/api/v4/projects/118/releases" -d "tag_name=$CI_COMMIT_TAG"`)}

Why is the token visible in the job log when I use set -x?`),

  rec('docker_config', f`Kubernetes can't pull the x-ray viewer image, ImagePullBackOff. ~/.docker/config.json on the build box:

${cfg(f`{
  "auths": {
    "registry.smileline.eu": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Do I just base64 this into an imagePullSecret?`),

  rec('chat_da', f`Kan du hjælpe mig med at skrive en kort besked til vikaren på klinikken i Aarhus? "Hej Mette, velkommen! Din bruger til journalsystemet er mette.vikar og adgangskoden er ${v('credential.password_in_prose', 'Tandfe-Aarhus77')}. Skift den venligst første gang du logger ind."`),

  // --- energy retailer call centre ---
  rec('tfvars', f`${cfg(f`# terraform.tfvars — call-analytics (Entra app for the recording export)
tenant_id     = "5a1c9e07-3b42-4d8e-9f61-2c7b0e4a9d13"
client_id     = "e8f04b21-7c3d-4a95-b0e6-91d2f5c8a347"
client_secret = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
storage_account = "voltariacallrec"`)}

terraform plan wants to recreate the app registration every time, why?`),

  rec('code_python', f`QA bot that posts low-CSAT calls to the team leads channel:

${code(f`from slack_sdk import WebClient
import requests

slack = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
ESCALATION_HOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def post_low_csat(call):
    slack.chat_postMessage(channel="#cc-team-leads", text=f"CSAT {call['csat']} on call {call['id']} (agent {call['agent']})")
    if call["csat"] <= 1:
        requests.post(ESCALATION_HOOK, json={"text": f"Escalate call {call['id']}"})`)}`),

  rec('curl', f`The WFM export from the reporting API returns HTML instead of CSV:

curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  "https://wfm.voltaria.co.uk/api/reports/adherence?date=2024-12-02&format=csv" -o adherence.csv`),

  rec('env_file', f`${cfg(f`# call-summary-worker/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
SUMMARY_MODEL=claude-3-5-haiku-20241022
RECORDINGS_CONTAINER=https://voltariacallrec.blob.core.windows.net/recordings
MAX_CALL_MINUTES=45
REDACT_PCI=true`)}

Write the README part that explains each variable to the new team.`),

  rec('chat', f`Complaints team can't open the recording link I sent them, Azure says AuthorizationPermissionMismatch: https://voltariacallrec.blob.core.windows.net/recordings/2024/12/03/CALL-8841027.wav?sv=2023-11-03&sr=b&sp=r&se=2024-12-10T17:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)} — is sp=r not enough?`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: call-summary
  namespace: cc-analytics
type: Opaque
data:
  ANTHROPIC_API_KEY: ${v('credential.base64_encoded_token', K8S_TOKEN)}
  LOG_LEVEL: d2Fybg==`)}

The pod logs say "invalid x-api-key". Did I double-encode it?`),

  rec('npmrc', f`agent desktop build fails on the CI runner with E401:

${cfg(f`@voltaria:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('chat_af', f`Vertaal asseblief na Engels vir die nuwe span in Kaapstad: "Julle aanmelding vir die inbelstelsel is gereed. Gebruikersnaam: agent.kpt14, wagwoord ${v('credential.password_in_prose', 'Tafelberg#2024')}. Verander dit asseblief sodra julle die eerste keer aanmeld."`),

  // --- polling / campaign firm ---
  rec('code_python', f`${code(f`import requests

MAILGUN_KEY = "${v('credential.mailgun_api_key', MAILGUN)}"
DOMAIN = "mg.northfieldpolling.com"

def send_survey_invite(to: str, link: str) -> int:
    r = requests.post(
        f"https://api.eu.mailgun.net/v3/{DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": "Northfield Research <${v('pii.email', 'surveys@mg.northfieldpolling.com')}>", "to": to,
              "subject": "5 minutes of your time?", "text": f"Take part here: {link}"},
    )
    return r.status_code`)}

Invites end up in spam for Gmail users, what DNS records should I check?`),

  rec('chat', f`Ad spend report script dies with "Error validating access token: Session has expired". Token I've been using since October: ${v('credential.facebook_access_token', FACEBOOK)}. How do I get a long-lived system user token for the campaign ad account?`),

  rec('code_js', f`${code(f`// donate.js — webhook consumer for the donation form
const stripe = require('stripe')('${v('credential.stripe_restricted_key', STRIPE_RK)}');

exports.handler = async (event) => {
  const intent = await stripe.paymentIntents.retrieve(event.pathParameters.id);
  if (intent.amount > 330000) await flagForCompliance(intent); // contribution limit check
  return { statusCode: 200, body: JSON.stringify({ status: intent.status }) };
};`)}

Can the restricted key read PaymentIntents? Which permissions do I need?`),

  rec('json_config', f`Sheets export of canvass results fails with invalid_client:

${cfg(f`{"web":{"client_id":"730194825613-k3m9q2v7x5b1n8p4r6t0w2y4z6a8c1e3.apps.googleusercontent.com","project_id":"canvass-sync","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://canvass.northfieldpolling.com/oauth2/callback"]}}`)}`),

  rec('chat_da', f`Hjælp mig med en besked til de frivillige: "Hej alle sammen! Login til ringeværktøjet er frivillig2024 og adgangskoden er ${v('credential.password_in_prose', 'Valgkamp-Odense!9')}. Del den ikke uden for gruppen." Gør den lidt mere venlig.`),

  rec('code_python', f`Telegram bot for the volunteer coordinators in Istanbul, it doesn't answer /shift:

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

async def shift(update, context):
    await update.message.reply_text("Bugünkü vardiya: 10:00–14:00 Kadıköy, 14:00–18:00 Beşiktaş")

app = ApplicationBuilder().token("${v('credential.telegram_bot_token', TELEGRAM)}").build()
app.add_handler(CommandHandler("shift", shift))
app.run_polling()`)}`),

  rec('shell', f`posting the nightly tracking poll numbers to our Discord:

$ curl -H "Content-Type: application/json" -d '{"content":"Tracking 04/12: Lab 41 / Con 27 / LD 12 / Ref 11 (n=1,018)"}' ${v('credential.discord_webhook_url', DISCORD_HOOK)}
{"message": "Unknown Webhook", "code": 10015}

did somebody delete it?`),

  rec('env_file', f`${cfg(f`# volunteer-hub/.env
AIRTABLE_PAT=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appR7kT2mQ9vX4wL1
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_EVENTS_DB=1f9c2e7a4b3d4c81a6e05d92b7f3c418`)}

Build me a sync that copies new volunteer sign-ups from Airtable to the Notion events DB.`),

  rec('chat_fr_qc', f`Salut! Peux-tu m'aider à écrire un courriel aux bénévoles de la circonscription de Louis-Hébert? Faut leur dire que l'accès à l'outil de pointage c'est le code d'usager « benevole.lh » pis le mot de passe ${v('credential.password_in_prose', 'Pointage-QC2026!')}. Qu'ils le changent au premier login, svp.`),

  // --- cybersecurity consultancy ---
  rec('pentest_notes', f`Help me turn my raw notes into the "Credential exposure" finding for the report:

- \\\\FS01\\IT$\\scripts\\backup.ps1 readable by Domain Users
- contains: ${amb('source_code.snippet', f`$cred = New-Object PSCredential("CORP\\svc_backup", (ConvertTo-SecureString "${v('credential.password_assignment', 'Bkp-Svc#2019!')}" -AsPlainText -Force))`)}
- svc_backup is member of Backup Operators → DC backup possible
- verified with: ${amb('source_code.snippet', f`crackmapexec smb ${amb('pii.ip_address', '10.40.1.10')} -u svc_backup -p '${v('credential.cli_password', 'Bkp-Svc#2019!')}'`)} → Pwn3d!`),

  rec('secretsdump', f`Which of these accounts should I prioritise in the report? secretsdump output from the lab DC (client engagement, redacted host names):

${cfg(f`[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)
Administrator:500:aad3b435b51404eeaad3b435b51404ee:${ambCat('credential', NTLM('b24-nt1'))}:::
krbtgt:502:aad3b435b51404eeaad3b435b51404ee:${ambCat('credential', NTLM('b24-nt2'))}:::
svc_sql:1107:aad3b435b51404eeaad3b435b51404ee:${ambCat('credential', NTLM('b24-nt3'))}:::
j.kowalczyk:1132:aad3b435b51404eeaad3b435b51404ee:${ambCat('credential', NTLM('b24-nt4'))}:::`)}`, 'NT hashes: pass-the-hash usable, but no rule claims them (ambiguous, no rule id)'),

  rec('chat', f`Incident 24-117: the client's dev pushed a PAT to a public repo this morning. Token: ${v('credential.github_pat', GHP)} — revoked at 09:42. Can you write the timeline paragraph and list what to check in the audit log?`),

  rec('ir_notes', f`CloudTrail shows API calls from an unknown ASN. The attacker used these temp creds (pulled from the compromised EC2 instance metadata):

${cfg(f`{
  "AccessKeyId": "${v('credential.aws_access_key_id', ASIA)}",
  "SecretAccessKey": "${v('credential.aws_secret_access_key', ASIA_SECRET)}",
  "Token": "${v('credential.aws_session_token', AWS_SESSION)}",
  "Expiration": "2024-12-02T23:41:09Z"
}`)}

Write the Athena query to list every eventName made with this AccessKeyId.`),

  rec('burp', f`Finding: JWT signed with a weak HS256 secret. Request from Burp:

${cfg(f`GET /api/agent/queue HTTP/2
Host: cc-portal.voltaria.co.uk
Cookie: cc_sess=${v('credential.jwt', JWT_BURP)}
User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0`)}

hashcat cracked the secret in 40 seconds: ${v('credential.generic_secret_assignment', 'voltaria2023')}. Write the impact section.`, 'the cracked HMAC secret in prose after a colon: a secret, rule choice debatable'),

  rec('pentest_notes', f`Loot from the jump host (~/.ssh/id_ed25519 of user deploy), key works on 14 Linux servers:

${v('credential.openssh_private_key', OSSH)}

Summarise the lateral movement path for the exec summary, no key material in the summary obviously.`),

  rec('git', f`trufflehog found this in the client's repo history (commit 3f1a9c2, file config/jwt_signing.pem, deleted 2021 but still in history):

${v('credential.private_key', RSA)}

How do I explain to the client why deleting the file wasn't enough?`),

  rec('shell', f`Vault token from the engagement box, the CI pipeline of the client leaked it in job logs:

$ export VAULT_ADDR=https://vault.client-lab.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault token lookup
Key                 Value
policies            [default ci-deploy]
ttl                 767h59m12s

ttl of 32 days for a CI token — is that default?`),

  rec('gcp_sa', f`Found in a public bucket during the external test. Is this a live service account key? How do I check without using it?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "tally-prod-4812",
  "private_key_id": "${fill('b24-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'exporter@tally-prod-4812.iam.gserviceaccount.com')}",
  "client_id": "104718293650127384956",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`, 'service-account JSON: whole object and PEM inside; client_email is a service account, not a person: ambiguous e-mail'),

  rec('chat', f`During the red team we got a Slack user token from a browser profile: ${v('credential.slack_token', v('credential.slack_user_token', XOXP))}. For the report, what can an xoxp token with those scopes read?`, 'xoxp: user token; labelled with both slack rules'),

  rec('pentest_table', f`Findings table, make it a markdown table and sort by severity:

ID | Host | Issue | Evidence
F-03 | ${amb('pii.ip_address', '10.8.20.44')} | Weak creds on iDRAC | root / ${v('credential.user_password_pair', 'Idrac2022')}
F-07 | ${amb('pii.ip_address', '10.8.20.91')} | Tomcat manager exposed | tomcat:${v('credential.user_password_pair', 'Tc@t-Adm1n')}
F-11 | sql02 | SA account weak password | sa:${v('credential.user_password_pair', 'Sql2016!')}`, 'user/password pairs: label on the password only'),

  rec('ir_ticket', f`IR-2024-0931 — exposed Cloudflare API token
Found: public Postman workspace of the client's agency, collection "dns-ops"
Token: ${v('credential.cloudflare_api_token', CF_TOKEN)} (Zone.DNS edit, all zones)
Also in the same workspace: Postman API key ${v('credential.postman_api_key', POSTMAN)}
Status: client informed 14:05, rotation confirmed 15:20.

Write the client notification in plain language.`),

  rec('code_python', f`${code(f`# sync findings from our tracker into the client's Jira
import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://tallyretail.atlassian.net"
AUTH = HTTPBasicAuth("${v('pii.email', 'pentest.bot@kestrelsec.io')}", "${v('credential.atlassian_api_token', ATLASSIAN)}")
LINEAR_KEY = "${v('credential.linear_api_key', LINEAR)}"

def push(finding):
    body = {"fields": {"project": {"key": "SEC"}, "summary": finding["title"], "issuetype": {"name": "Bug"}}}
    return requests.post(f"{JIRA}/rest/api/3/issue", json=body, auth=AUTH).json()`)}`),

  rec('frontend_config', f`Web app test: Sentry DSN in the JS bundle, is that a finding or informational?

${cfg(f`window.__CFG__={env:"production",sentryDsn:"${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4504182.ingest.de.sentry.io/4504182937610240`)}",release:"portal@5.2.1"}`)}`),

  rec('log', f`${cfg(f`2024-12-03 10:14:22,801 DEBUG httpx: HTTP Request: GET https://api.kestrel-lab.net/v1/scans/8812 "HTTP/1.1 200 OK"
2024-12-03 10:14:22,802 DEBUG scanner.client: headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'X-Client': 'kscan/2.3'}
2024-12-03 10:14:22,950 INFO  scanner.client: 184 findings fetched`)}

Our scanner CLI logs the bearer token at DEBUG. How do I mask it in the logging formatter?`),

  rec('chat', f`Client gave us a fine-grained PAT for the source code review: ${v('credential.github_fine_grained_pat', GITHUB_FG)}. Repo access is "all repositories" — should I ask for a narrower one before starting?`),

  rec('chat_ja', f`ペネトレーションテスト報告書の「認証情報の平文保存」の所見を日本語で書いてください。発見内容：ファイルサーバの共有フォルダ内「接続設定.txt」に DB 接続情報が平文で記載されていた（ユーザー：sa、パスワード：${v('credential.password_in_prose', 'Tokyo-Sa#2020')}）。`),
];

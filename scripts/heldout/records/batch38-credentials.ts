/**
 * Held-out batch 38: credentials pasted by staff of a low-cost airline (crew scheduling, loyalty),
 * a timber and sawmill cooperative, a public prosecutor's office, a mobile-money agent network, a
 * natural-history museum and a dairy processor — chats, configs, CI files, shells, code and notes in
 * English (AU, NG, IN, NI), French (FR, SN, QC), Spanish (AR, DO), Portuguese (AO), Finnish, Swedish,
 * Lithuanian, Armenian, Georgian, Kazakh, Punjabi, Yoruba and Hausa. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B64, B64URL, B62, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b38-akia', B32, 16));
const AKIA_SECRET = fill('b38-akias', B64, 40);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b38-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b38-whsec', B62, 32));
const PAYSTACK = tok('sk_', 'live_', fill('b38-paystack', HEX, 40));
const FLW = tok('FLWSECK-', fill('b38-flw', HEX, 32), '-X');
const TW_SID = tok('AC', fill('b38-twsid', HEX, 32));
const TW_TOKEN = fill('b38-twtok', HEX, 32);
const SLACK_BOT = tok('xoxb-', '3820174965', '1-', '7391046285730-', fill('b38-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b38-slT', UPPER + DIGITS, 7), '/B07', fill('b38-slB', UPPER + DIGITS, 7), '/', fill('b38-slhook', B62, 24));
const GHP = gh('ghp', fill('b38-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b38-ghfg1', UPPER + DIGITS, 19), '_', fill('b38-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b38-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-', 'proj-', fill('b38-oai1', B64URL, 74), 'T3BlbkFJ', fill('b38-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b38-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b38-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b38-gcppem', 1218).replace(/\n/g, '\\n');
const AZ_STORAGE = `${fill('b38-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b38-azc1', B62, 3), '8Q~', fill('b38-azc2', B62 + '_~.-', 34));
const SG = tok('SG.', fill('b38-sg1', B64URL, 22), '.', fill('b38-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b38-mg', HEX, 32));
const TELEGRAM = tok('7184903526', ':AA', fill('b38-tg', B64URL, 33));
const TELEGRAM2 = tok('6940217358', ':AA', fill('b38-tg2', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1274839106528374910', '/', fill('b38-dchook', B64URL, 68));
const TEAMS_HOOK = tok('https://laganvalleydairies.webhook.office.com/webhookb2/', '7c2e9f14-3a8b-4d61-b0e5-91f4c7a2d836@2b8d4f60-1e93-4a7c-8f25-c6e0b9d31a47/IncomingWebhook/', fill('b38-teams1', HEX, 32), '/', 'e4a19c37-6b2f-4d08-93e1-5f7a2c8b0d64/', 'V2', fill('b38-teams2', B64URL, 43));
const NPM = gh('npm', fill('b38-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b38-pypi', B64URL, 156));
const DOCKER_AUTH = b64('corellaci:Gang-gang_Rosella_47');
const JWT_LOYALTY = jwt({ alg: 'RS256', typ: 'JWT', kid: 'cr-loyalty-2024' }, { sub: 'svc-partner-hotels', iss: 'https://auth.corella-air.com.au', aud: 'rewards-api', scope: 'points:write members:read', iat: 1718262000, exp: 1749798000 }, 'b38-jwtloy');
const JWT_AGENT = jwt({ alg: 'HS256', typ: 'JWT' }, { agent_id: 'AGT-LAG-00418', terminal: 'POS-7731', role: 'super_agent', iat: 1719837600, exp: 1751373600 }, 'b38-jwtagt');
const BEARER = fill('b38-bearer', B62 + '-._~', 56);
const BASIC = b64('svc_casefile:Perdrix-Grise-2291!');
const RSA = pem('RSA PRIVATE KEY', 'b38-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b38-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC = pem('EC PRIVATE KEY', 'b38-ec', 121);
const SENTRY_KEY = fill('b38-sentry', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b38-hvs', B64URL, 86));
const CF_TOKEN = fill('b38-cf', B62 + '-_', 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b38-dop', HEX, 64));
const HF = tok('hf_', fill('b38-hf', UPPER + LOWER, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b38-atl', B64URL, 171), '=', fill('b38-atl2', HEX.toUpperCase(), 8));
const SHPAT = tok('shpat_', fill('b38-shpat', HEX, 32));
const DATABRICKS = tok('dapi', fill('b38-dapi', HEX, 32));
const DD_API = fill('b38-ddapi', HEX, 32);
const DD_APP = fill('b38-ddapp', HEX, 40);
const GOCSPX = tok('GOCSPX-', fill('b38-gocspx', B64URL, 28));
const ADO_PAT = fill('b38-ado', B32.toLowerCase(), 52);
const DCKR = tok('dckr_', 'pat_', fill('b38-dckr', B64URL, 27));
const SAS_SIG = `${fill('b38-sas1', B62, 16)}%2F${fill('b38-sas2', B62, 11)}%2B${fill('b38-sas3', B62, 14)}%3D`;
const CISCO_HASH = tok('$9$', fill('b38-cisco9a', B62 + './', 14), '$', fill('b38-cisco9b', B62 + './', 43));
const LOWER_DIGITS = LOWER + DIGITS;
const DIGI_PW = fill('b38-ussdpw', LOWER_DIGITS, 12);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH38_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`G'day — the roster export Lambda for crew scheduling started failing after I moved it to my own laptop to debug. This is my ~/.aws/credentials, can you tell me why boto3 says "SignatureDoesNotMatch"?

${amb('source_code.snippet', f`[default]
region = ap-southeast-2

[corella-crewsched]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-southeast-2`)}

I'm running with AWS_PROFILE=corella-crewsched. Clock on the laptop is AEST.`),

  rec('env_file', f`${amb('source_code.snippet', f`# rewards-api/.env.production  (Corella Rewards points redemption)
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
DATABASE_URL=postgres://rewards_app:${v('credential.database_url_password', 'Lorikeet!Sunrise-88')}@rewards-db.cl4x9q2.ap-southeast-2.rds.amazonaws.com:5432/rewards
POINTS_EXPIRY_MONTHS=24`)}

mate can you explain why the webhook handler 400s on every "charge.refunded" event but the "checkout.session.completed" ones go through fine?`),

  rec('code_python', f`Abeg check this wallet top-up function for me, the agents in Ibadan say money leaves their float but the customer doesn't get credit:

\`\`\`python
${code(f`import requests, hmac, hashlib

PAYSTACK_SECRET = "${v('credential.generic_secret_assignment', PAYSTACK)}"
BASE = "https://api.paystack.co"

def verify_topup(reference: str) -> dict:
    r = requests.get(f"{BASE}/transaction/verify/{reference}",
                     headers={"Authorization": f"Bearer {PAYSTACK_SECRET}"}, timeout=15)
    r.raise_for_status()
    data = r.json()["data"]
    if data["status"] != "success":
        raise ValueError(data["gateway_response"])
    return data

def valid_signature(body: bytes, sig: str) -> bool:
    return hmac.new(PAYSTACK_SECRET.encode(), body, hashlib.sha512).hexdigest() == sig`)}
\`\`\``, 'Paystack live secret key (sk_live_ + 40 hex): a credential, no dedicated rule; labelled as a generic assignment'),

  rec('chat', f`Flutterwave keeps returning "Invalid authorization key" for our bulk agent payouts. I'm sending Authorization: Bearer ${v('credential.bearer_token', FLW)} — is it the public key they want for transfers or the secret one? Dashboard is in live mode.`, 'Flutterwave secret key in a Bearer header'),

  rec('ini', f`Bonjour, l'envoi des OTP par SMS pour les agents Xaalis ne marche plus depuis hier soir. Voici notre config :

${amb('source_code.snippet', f`[sms]
provider = twilio
account_sid = ${v('credential.twilio_account_sid', TW_SID)}
auth_token = ${v('credential.twilio_auth_token', TW_TOKEN)}
from = XAALIS
fallback_provider = orange_sms
retries = 2`)}

Twilio répond 21612. Est-ce que l'alphanumeric sender ID est autorisé au Sénégal ?`),

  rec('code_python', f`Museum collections bot — it should post new accession numbers to #specimens but nothing shows up:

${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def announce(accession: str, taxon: str, collector: str) -> None:
    client.chat_postMessage(
        channel="#specimens",
        text=f":beetle: New accession {accession}: _{taxon}_ (coll. {collector})",
    )

if __name__ == "__main__":
    announce(os.environ.get("ACC", "NHM-ENT-2024-0311"), "Carabus nemoralis", "V. Petrosyan")`)}

No error, the call returns ok=true.`),

  rec('shell', f`Saha-osuuskunnan mittausdatan repo ei suostu pushaamaan. Tein näin:

$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/honkavaara-saha/tukkimittaus.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/honkavaara-saha/tukkimittaus.git (push)
$ git push origin main
remote: Permission to honkavaara-saha/tukkimittaus.git denied to jkorhonen.

Token on luotu omalla tunnuksella. Puuttuuko siitä jokin scope?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .github/workflows/nightly-roster.yml
name: nightly-roster-publish
on:
  schedule:
    - cron: "15 14 * * *"   # 00:15 AEST
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      ROSTER_REPO_TOKEN: ${v('credential.github_fine_grained_pat', GH_FINE)}
      SLACK_WEBHOOK_URL: ${v('credential.slack_webhook_url', SLACK_HOOK)}
    steps:
      - uses: actions/checkout@v4
      - run: python tools/publish_roster.py --base MEL --days 14
      - run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Roster published for MEL"}' "$SLACK_WEBHOOK_URL"`)}

Our crew scheduling lead wants the same for SYD and BNE. Can you turn this into a matrix job?`),

  rec('config_toml', f`Le runner GitLab de la coopérative forestière (Abitibi) n'arrive plus à cloner le dépôt des inventaires :

${amb('source_code.snippet', f`[[runners]]
  name = "scierie-val-dor-01"
  url = "https://gitlab.coop-boreale.qc.ca/"
  executor = "shell"
  [runners.custom_build_dir]
    enabled = true
  environment = ["GIT_DEPTH=10", "INVENTAIRE_TOKEN=${v('credential.gitlab_pat', GLPAT)}"]`)}

Erreur : "HTTP Basic: Access denied". Le jeton personnel a les droits read_repository.`),

  rec('chat_pa_latn', f`Bhaji mainu ek Python script chahida jo roz di milk collection CSV nu summarise kare. Main OpenAI API use karni aa, key eh hai: ${v('credential.openai_api_key', OPENAI)} — script vich direct pa dena, environment variable da jhanjhat nahi chahida. Collection centres: Nakodar, Phillaur, Kartarpur.`),

  rec('code_ts', f`This is the summariser we use for prosecution case notes before a file review. Why does it time out on long files?

${code(f`import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function summariseFile(text: string): Promise<string> {
  const msg = await client.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 1500,
    messages: [{ role: 'user', content: \`Summarise the evidential position:\\n\\n\${text}\` }],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}`)}`),

  rec('html', f`Carte des sites de collecte pour l'expo "Insectes du Québec", la carte reste grise :

${amb('source_code.snippet', f`<div id="carte" style="height:480px"></div>
<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initCarte" async defer></script>
<script>
  function initCarte() {
    const map = new google.maps.Map(document.getElementById('carte'), { center: { lat: 46.81, lng: -71.21 }, zoom: 6 });
    fetch('/api/sites-collecte').then(r => r.json()).then(sites => sites.forEach(s => new google.maps.Marker({ position: s, map })));
  }
</script>`)}

La console dit "RefererNotAllowedMapError".`),

  rec('json_key', f`The BigQuery export for the dairy's milk-quality dashboards fails with "invalid_grant". Here's the service account file we load:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lagan-dairy-analytics",
  "private_key_id": "${fill('b38-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'milk-quality-etl@lagan-dairy-analytics.iam.gserviceaccount.com')}",
  "client_id": "108274619305728364112",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/milk-quality-etl%40lagan-dairy-analytics.iam.gserviceaccount.com"
}`))}

Server is in Coleraine, clock looks right.`, 'service-account key file: the whole object and the PEM inside, the file as ambiguous source_code; client_email is a service identity, not a person (ambiguous)'),

  rec('appsettings', f`${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Storage": {
    "LabResults": "DefaultEndpointsProtocol=https;AccountName=laganlabresults;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
  },
  "AzureAd": {
    "TenantId": "2b8d4f60-1e93-4a7c-8f25-c6e0b9d31a47",
    "ClientId": "9f1c3e7a-4b28-4d06-a5e1-73c2b8f4d091",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  }
}`)}

Upload of the somatic cell count PDFs to blob storage works on my machine but not on the app service. What should I check first?`),

  rec('chat', f`Our loyalty team sends the "points about to expire" emails through SendGrid. Marketing gave me this key ${v('credential.sendgrid_api_key', SG)} and I get 403 "access forbidden" on /v3/mail/send. Does it need Mail Send full access?`),

  rec('code_php', f`Vieux script PHP du parquet pour les convocations par mail, il faut le migrer. Tu peux m'expliquer ce qu'il fait ?

${code(f`<?php
$ch = curl_init('https://api.eu.mailgun.net/v3/notifications.parquet-villefranche.fr/messages');
curl_setopt($ch, CURLOPT_USERPWD, 'api:${v('credential.mailgun_api_key', MAILGUN)}');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_POSTFIELDS, [
  'from'    => 'Greffe <${v('pii.email', 'noreply@notifications.parquet-villefranche.fr')}>',
  'to'      => $destinataire,
  'subject' => 'Convocation audience ' . $dateAudience,
  'text'    => $corps,
]);
$res = curl_exec($ch);`)}`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ẹ bá mi wo bot Telegram yìí. Ó yẹ kí ó máa fi ìkìlọ̀ ránṣẹ́ sí àwọn agent tí float wọn bá kéré ju ₦50,000 lọ, ṣùgbọ́n kò dáhùn mọ́. Token bot náà ni ${v('credential.telegram_bot_token', TELEGRAM)}. Ṣé webhook ni ìṣòro?`),

  rec('chat_ha', f`Don Allah ka taimaka min. Muna amfani da Telegram bot don aika wa wakilai (agents) sanarwa a Kano idan an samu matsalar network. Token din shine ${v('credential.telegram_bot_token', TELEGRAM2)}, amma yanzu yana ce mana "409 Conflict: terminated by other getUpdates request". Me ke jawo haka?`),

  rec('code_js', f`${code(f`// scripts/notify-specimen-loan.js — posts to the #loans channel of the museum Discord
const HOOK = '${v('credential.discord_webhook_url', DISCORD_HOOK)}';

async function notifyLoan({ loanNo, institution, specimens }) {
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: \`Loan \${loanNo} to \${institution}: \${specimens.length} specimens dispatched\` }),
  });
}

module.exports = { notifyLoan };`)}

rate limited when we send 60 loans at once, how do I batch?`),

  rec('powershell', f`Morning, this posts the pasteuriser temperature alarms from the Dungannon site into Teams but since Tuesday nothing arrives:

${amb('source_code.snippet', f`$webhook = '${v('credential.teams_webhook_url', TEAMS_HOOK)}'
$alarm = Get-Content C:\\SCADA\\export\\alarms_latest.json | ConvertFrom-Json
$card = @{ text = "Pasteuriser P2 outlet temp $($alarm.value) C at $($alarm.time)" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body $card`)}`),

  rec('npmrc', f`yarn install fails in the crew app pipeline with 401 on @corella scope:

${amb('source_code.snippet', f`@corella:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('pypirc', f`Kan du hjälpa mig publicera vårt paket för stockmätning till PyPI? twine säger 403.

${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Paketet heter stockmatning-osterbotten, version 0.4.1.`),

  rec('docker_config', f`Kubernetes can't pull our image from the private registry, ImagePullBackOff. The secret was made from this file:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.corella-air.com.au": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

kubectl create secret generic regcred --from-file=.dockerconfigjson=config.json --type=kubernetes.io/dockerconfigjson`),

  rec('http', f`Partner hotel integration for Corella Rewards: this request works in Postman but from their server we get 401 "token expired". Request they sent us:

${amb('source_code.snippet', f`POST /v2/members/CR88412937/points HTTP/1.1
Host: rewards-api.corella-air.com.au
Authorization: Bearer ${v('credential.jwt', JWT_LOYALTY)}
Content-Type: application/json

{"points": 1200, "reason": "HOTEL_STAY", "partner_ref": "BNE-HTL-55810"}`)}`),

  rec('log', f`Agent terminal log from Lagos, why does the token work for cash-in but not cash-out?

${amb('source_code.snippet', f`2024-07-02 09:14:22.118 INFO  [pos-7731] POST /agent/cashin amount=15000 status=200
2024-07-02 09:16:03.540 WARN  [pos-7731] POST /agent/cashout amount=40000 status=403 body={"error":"limit_exceeded_for_role"}
2024-07-02 09:16:03.541 DEBUG [pos-7731] headers={"X-Agent-Token":"${v('credential.jwt', JWT_AGENT)}","X-Device":"SUNMI-P2-8841"}`)}`),

  rec('curl', f`Jira ticket for the scheduling vendor: their API ignores our date filter.

curl -s "https://api.aerocrewpro.com/v3/pairings?base=PER&from=2024-08-01&to=2024-08-31" \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "Accept: application/json" | jq '.pairings | length'

Returns 1,204 pairings, which is the whole year.`),

  rec('http', f`Le connecteur du logiciel de gestion des procédures vers la GED renvoie 401 depuis le changement de mot de passe du compte de service. Requête capturée :

${amb('source_code.snippet', f`GET /ged/api/dossiers?parquet=69&annee=2024 HTTP/1.1
Host: ged.interne.justice.local
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Je suppose qu'il faut régénérer l'en-tête, mais comment ?`),

  rec('chat', f`Setting up the SFTP drop for the milk-price files from the co-op. The bank gave us this key and I need to know if it's the right format for paramiko:

${v('credential.private_key', RSA)}

It's for user "laganmilk" on sftp.bankfiles.co.uk.`),

  rec('runbook', f`## Deploy key for the sawmill PLC-data collector

The collector at the Kokkola mill pushes readings to git every hour. If it stops, replace the key below on the Raspberry Pi (/home/saha/.ssh/id_ed25519) and restart the service.

${v('credential.openssh_private_key', OSSH)}

Then: \`sudo systemctl restart plc-collector\`.

→ Translate this runbook to Finnish for the night shift, keep commands as they are.`),

  rec('yaml', f`${amb('source_code.snippet', f`# acme-dns / cert-manager issuer for the museum web shop
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls-key
  namespace: museum-shop
type: Opaque
stringData:
  tls.key: |
    ${v('credential.private_key', EC.split('\n').map((l) => `    ${l}`).join('\n').trimStart())}`)}

Is it a problem that this is stringData and not data? The shop is on Shopify but the redirect domain is ours.`, 'EC key indented inside a YAML block scalar: the label starts at BEGIN, continuation lines carry the indentation'),

  rec('config', f`Connection string from the prosecutor's case management system (Belfast chambers), it times out from the new VDI:

${amb('source_code.snippet', f`<connectionStrings>
  <add name="CaseFiles" connectionString="Data Source=CMS-SQL02\\CASES;Initial Catalog=CaseFiles;User ID=cms_reader;Password=${v('credential.connection_string_password', 'Bann-Valley_1998#')};Encrypt=True;TrustServerCertificate=False" providerName="System.Data.SqlClient" />
</connectionStrings>`)}`),

  rec('shell', f`Necesito exportar la tabla de turnos de la planta láctea (Rafaela) a CSV, pero mysql me tira "Access denied". Lo que corro:

mysql -h ${amb('pii.ip_address', '10.20.4.15')} -u turnos_ro -p${v('credential.mysql_cli_password', 'Tambo.Rafaela24')} turnos -e "SELECT * FROM turnos WHERE fecha >= '2024-09-01'" > turnos.csv

El usuario lo creó el de sistemas ayer.`),

  rec('shell', f`Script for pulling the Verve settlement file every night, it hangs at the password prompt sometimes:

${code(f`#!/bin/bash
set -euo pipefail
DAY=$(date -d yesterday +%Y%m%d)
sshpass -p '${v('credential.cli_password', 'Okada#Ride2024')}' sftp -oBatchMode=no ${amb('pii.email', 'kudilink@sftp.settlement-switch.ng')} <<EOF
get /outbound/SETTLE_\${DAY}.csv /data/settlement/
bye
EOF
python3 /opt/recon/load.py /data/settlement/SETTLE_\${DAY}.csv`)}`),

  rec('cisco', f`Router at the Joniškis sawmill drops the VPN to HQ every night at 02:00. Running config (part):

${amb('source_code.snippet', f`hostname JON-SAW-RTR1
enable secret 9 ${amb('credential.network_device_secret', CISCO_HASH)}
username servisas privilege 15 password 0 ${v('credential.network_device_secret', 'Pjuvene-2023!')}
!
crypto isakmp key ${v('credential.network_device_secret', 'Girele.VPN.77')} address 0.0.0.0
!
interface Tunnel10
 ip address ${amb('pii.ip_address', '172.16.40.2')} 255.255.255.252
 tunnel source Dialer1
 tunnel destination ${amb('pii.ip_address', '85.206.141.77')}`)}`, 'enable secret 9 is a password hash: ambiguous; the plaintext password 0 and the ISAKMP pre-shared key are labelled'),

  rec('chat_fi', f`Voitko kirjoittaa uudelle sahanasettajalle perehdytysviestin? Sisällön pitää olla tämä: tukkimittarin huoltokäyttöliittymään kirjaudutaan osoitteessa http://mittari.saha.local, käyttäjätunnus on "huolto" ja salasana on ${v('credential.password_in_prose', 'Kuusi&Mänty2024')}. Ei saa kertoa urakoitsijoille.`),

  rec('chat_sv', f`Kan du skriva ett kort mejl till vakterna på museet? Larmpanelen i magasinet har ny kod från måndag och inloggningen till kamerasystemet är användare "vakt01", lösenord ${v('credential.password_in_prose', 'Sjöorre#Vasa19')}. Be dem inte skriva upp det på lappar.`),

  rec('chat_lt', f`Prašau išversti į anglų kalbą: „Sveiki, pjūklinės apskaitos programos prisijungimas: vartotojas apskaita2, slaptažodis ${v('credential.password_in_prose', 'Ąžuolas_7781')}. Prašome pakeisti po pirmo prisijungimo.“ Tai skirta naujam buhalteriui iš Latvijos.`),

  rec('chat_hy', f`Խնդրում եմ օգնիր գրել նամակ ցուցահանդեսի կապալառուին։ Նրան պետք է մուտք գործել թանգարանի Wi-Fi ցանց՝ ցանցի անունը NHM-Guest-2, գաղտնաբառը՝ ${v('credential.password_in_prose', 'Sevan*Ishkhan55')}։ Նամակը թող լինի քաղաքավարի և կարճ։`),

  rec('chat_ka', f`გთხოვ, დამეხმარე ამ შეტყობინების გადაწერაში უფრო ოფიციალური ტონით: "პროკურატურის საქმეთა არქივის სისტემაში შესასვლელად გამოიყენეთ მომხმარებელი arkivi_03 და პაროლი ${v('credential.password_in_prose', 'Mtkvari#2024kt')}. პაროლი შეცვალეთ პირველივე შესვლისას."`),

  rec('chat_kk', f`Сәлем! Сүт зауытының зертхана жүйесіне жаңа лаборант келді. Оған хат жазып берші: логин — lab_aigerim, құпия сөз — ${v('credential.password_in_prose', 'Qymyz!Almaty7')}, бірінші кірген соң ауыстырсын. Хат қазақ және орыс тілдерінде болсын.`),

  rec('chat_pa', f`ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸੁਨੇਹਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖ ਦਿਓ: "ਦੁੱਧ ਸੰਗ੍ਰਹਿ ਕੇਂਦਰ ਦੇ ਟੈਬਲੇਟ ਦਾ ਯੂਜ਼ਰ ਨਾਮ nakodar_mcc ਹੈ ਅਤੇ ਪਾਸਵਰਡ ${v('credential.password_in_prose', 'Doaba@Milk2024')} ਹੈ। ਇਹ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।"`),

  rec('chat_ha', f`Ina son in rubuta wa sabon wakili (agent) a Kaduna sako cikin Turanci da Hausa: sunan mai amfani na manhajar POS shine kd_agent_2291, kalmar sirri kuma ${v('credential.password_in_prose', 'Zaria#Doya88')}. Ya canza ta bayan ya shiga a karon farko.`),

  rec('chat_pt', f`Bom dia, preciso de ajuda para redigir um SMS para os agentes Kumbu em Benguela. O novo acesso ao portal de agentes é: utilizador kb_bgl_014, palavra-passe ${v('credential.password_in_prose', 'Catumbela!2024')}. Têm de mudar no primeiro login. Pode ser curto, cabe num SMS?`),

  rec('chat_es_do', f`Oye, ¿me ayudas a redactar un correo al técnico de la procuraduría fiscal de Santiago? El acceso al servidor de evidencias digitales quedó así: usuario evid_stgo / contraseña ${v('credential.password_in_prose', 'Cibao2024$Yaque')}. Que la cambie cuando entre.`),

  rec('chat_en_ng', f`Please help me write a handover note for my colleague who will cover the Ikeja super-agent desk next week. Include: reconciliation portal login is ${v('credential.user_password_pair', 'recon.ikeja:Ojota-Bridge-19')} (user:pass), float top-up approvals go to the area manager, and the POS reprint code is in the drawer.`),

  rec('properties', f`${amb('source_code.snippet', f`# crew-pairing-optimizer/application.properties
spring.datasource.url=jdbc:oracle:thin:@//crewdb.corella.internal:1521/CREWPRD
spring.datasource.username=PAIRING_APP
spring.datasource.password=${v('credential.password_assignment', 'Brolga_Dance_2023')}
optimizer.max-duty-hours=11
optimizer.min-rest-hours=10`)}

After the Oracle 19c upgrade we get ORA-28001 at startup. Is that the password expiry?`),

  rec('yaml', f`${amb('source_code.snippet', f`# specimen-sync config (Specify -> GBIF IPT)
source:
  db: mysql://specify_ro@db-collections:3306/specify
  password: "${v('credential.password_assignment', 'Tardigrada-Museum!4')}"
target:
  ipt_url: sftp://ipt_upload:${v('credential.url_password', 'Lichen_Moss_2024')}@ipt.museum-collections.org:22/resources/
schedule: "0 3 * * 0"`)}

Weekly sync skipped the last two Sundays, the log just says "source unavailable".`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  milkquality:
    image: laganvalley/milkquality:3.2
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506183.ingest.de.sentry.io/4506183274930175`)}
  agent:
    image: gcr.io/datadoghq/agent:7`)}

the APM traces show up but not the logs from the milkquality container, why?`),

  rec('shell', f`Vault login works on my laptop but the CI job for the agent-float service fails:

$ export VAULT_ADDR=https://vault.kudilink.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/float-service/prod
Error making API request.
Code: 403. Errors:
* permission denied

the token was made with the "float-ro" policy.`),

  rec('env_file', f`${amb('source_code.snippet', f`# infra/.env  — museum website (Hugo + Cloudflare Pages)
CLOUDFLARE_ACCOUNT_ID=4e1a9c7b2d8f36e05a1b9c4d7e2f8a03
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
IMAGES_BUCKET=nhm-images-ams3`)}

We want to move the image bucket from DigitalOcean Spaces to R2. Can you write the rclone config?`),

  rec('notebook', f`In [2]:
${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")
from transformers import pipeline
ner = pipeline("ner", model="camembert-base-ner", aggregation_strategy="simple")`)}

Out[2]: OSError: camembert-base-ner is not a local folder and is not a valid model identifier

On cherche à anonymiser les procès-verbaux avant de les partager avec les chercheurs, quel modèle NER français utiliser ?`),

  rec('curl', f`Jira automation for the loyalty team: creating issues from the complaints inbox fails.

curl -u ${v('pii.email', 'tegan.mcallister@corella-air.com.au')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://corella-air.atlassian.net/rest/api/3/issue \\
  -d '{"fields":{"project":{"key":"LOY"},"summary":"Points not credited","issuetype":{"name":"Task"}}}'

Response: 400 "Field 'reporter' cannot be set".`),

  rec('chat', f`La boutique du musée (Shopify) doit envoyer les ventes de la semaine dans notre tableur. Jeton d'accès de l'app privée : ${v('credential.shopify_access_token', SHPAT)}. Tu peux m'écrire un script Python qui récupère les commandes du lundi au dimanche ?`),

  rec('code_python', f`Databricks job for the dairy's milk-solids forecasting, works interactively but not scheduled:

${code(f`from databricks.sdk import WorkspaceClient

w = WorkspaceClient(
    host="https://adb-4827193056102847.7.azuredatabricks.net",
    token="${v('credential.databricks_token', DATABRICKS)}",
)
run = w.jobs.run_now(job_id=771034, notebook_params={"season": "2024-25", "region": "NI"})
print(run.response.run_id)`)}`),

  rec('json_config', f`Connexion Google Workspace pour le formulaire de signalement des agents (Dakar) : "invalid_client".

${amb('source_code.snippet', f`{"web":{"client_id":"804173926518-k2q8v4m1x9t3z7w5r6p0s2n8j4h1g3f5.apps.googleusercontent.com","project_id":"xaalis-signalements","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://signalements.xaalis.sn/oauth2/callback"]}}`)}`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# azure-pipelines.yml — crew app Android build
steps:
- script: |
    git clone https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/corella-air/crew-app/_git/shared-ui
  displayName: fetch shared UI
- task: Gradle@3
  inputs:
    tasks: assembleRelease`)}

Clone fails with "TF401019". PAT has Code (Read).`),

  rec('shell', f`Jenkins job can't push the image of the evidence-intake service:

echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u fiscaliaba --password-stdin
docker push fiscaliaba/evidencias-intake:1.8.0
denied: requested access to the resource is denied

(el token tiene permisos Read & Write)`),

  rec('chat', f`Export of the bulk SMS recipients from blob storage fails for the Angola team. The SAS link I generated: https://kumbuexports.blob.core.windows.net/sms/agentes_luanda.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-10-31T18:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)} — is the expiry in UTC?`),

  rec('ussd_config', f`Configuration of the USSD gateway for agents in Kazakhstan is rejected by the aggregator, can you spot the problem?

${amb('source_code.snippet', f`gateway:
  shortcode: "*7070#"
  aggregator_url: https://ussd.aggregator.kz/v1/sessions
  username: tenge_agent_kz
  secret: ${v('credential.generic_secret_assignment', DIGI_PW)}
  session_timeout_s: 180`)}`),

  rec('meeting_notes', f`Notas reunión TI — Fiscalía Regional Rosario, 12/09
- Migración del servidor de actas: queda para octubre.
- Cuenta temporal para el proveedor del escáner: usuario prov_scan, clave ${v('credential.password_in_prose', 'Parana-Delta-63')} (vence el viernes).
- Pendiente: política de borrado de grabaciones de indagatorias.

Pasalo a una lista de tareas con responsables, por favor.`),

  rec('chat_sv', f`Vi har ${ambCat('credential', tok('$2y$10$', fill('b38-bcrypt', B62 + './', 53)))} som lösenordshash för admin i det gamla besöksbokningssystemet på museet. Är bcrypt med cost 10 okej eller ska vi migrera?`, 'a password hash: ambiguous, no rule id'),
];

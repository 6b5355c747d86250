/**
 * Held-out batch 31: credentials pasted by staff of a regional airport operator, a waste-management
 * and recycling company, a public broadcaster, a community pharmacy chain, a ski resort and tourism
 * board, and a legal / medical translation agency. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA_PARK = tok('AKIA', fill('b31-akpark', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_PARK_SECRET = fill('b31-akparks', B64, 40);
const AKIA_MEDIA = tok('AKIA', fill('b31-akmedia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_MEDIA_SECRET = fill('b31-akmedias', B64, 40);
const TWILIO_SID = tok('AC', fill('b31-twsid', '0123456789abcdef', 32));
const TWILIO_TOKEN = fill('b31-twtok', '0123456789abcdef', 32);
const AODB_BASIC = b64('aodb_int_svc:Vl4kte-Gr0und!19');
const AZ_CLIENT_SECRET = tok(fill('b31-azcs1', B62, 3), '8Q~', fill('b31-azcs2', B62 + '_.~-', 34));
const AZ_STORAGE = `${fill('b31-azst', B64, 86)}==`;
const TEAMS_HOOK = tok('https://lowveldairports.webhook.office.com/webhookb2/', '6a1f0c3e-92b7-4d58-a0e4-3c7b91d2f856@4e2d9a70-1b6c-48f3-9e05-d7a3c82b61f4/IncomingWebhook/', fill('b31-teams1', HEX, 32), '/', '0b9e4d27-5c13-4a8f-b6e2-7d1f38a9c054/', 'V2', fill('b31-teams2', B64URL, 43));
const TELEMATICS_TOKEN = fill('b31-telem', B62 + '-_', 48);
const GMAPS = tok('AIza', 'Sy', fill('b31-gmaps', B64URL, 33));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'genvinding-ruter', a: fill('b31-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b31-mbx', B64URL, 22));
const GLSA = tok('glsa_', fill('b31-glsa1', B62, 32), '_', fill('b31-glsa2', HEX, 8));
const GLPAT = tok('glpat-', fill('b31-glpat', B62 + '-_', 20));
const GH_FINE = tok('github_pat_', '11B', fill('b31-ghf1', UPPER + DIGITS, 19), '_', fill('b31-ghf2', B62, 59));
const DD_API = fill('b31-ddapi', HEX, 32);
const DD_APP = fill('b31-ddapp', HEX, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b31-slt', UPPER + DIGITS, 8), '/B07', fill('b31-slb', UPPER + DIGITS, 8), '/', fill('b31-slk', B62, 24));
const SENTRY_KEY = fill('b31-sentry', HEX, 32);
const GOCSPX = tok('GOCSPX-', fill('b31-gocspx', B64URL, 28));
const YT_KEY = tok('AIza', 'Sy', fill('b31-ytkey', B64URL, 33));
const OPENAI = tok('sk-proj-', fill('b31-oai1', B64URL, 74), 'T3BlbkFJ', fill('b31-oai2', B64URL, 74));
const VAULT = tok('hvs.', 'CAESI', fill('b31-vault', B64URL, 86));
const CF_SIGN_KEY = pem('RSA PRIVATE KEY', 'b31-cfsign', 1190);
const TFC = tok(fill('b31-tfc1', B62, 14), '.atlasv1.', fill('b31-tfc2', B62, 67));
const DO_TOKEN = tok('dop_v1_', fill('b31-dop', HEX, 64));
const NPM = gh('npm', 'Kr4Vw8Tn2Bq6Lx0Zm5Hc9Pj3Ys7Fd1');
const CF_API = fill('b31-cfapi', B62 + '-_', 40);
const RAZORPAY_SECRET = fill('b31-rzp', B62, 24);
const SENDGRID = tok('SG.', fill('b31-sg1', B64URL, 22), '.', fill('b31-sg2', B64URL, 43));
const WA_TOKEN = tok('EAA', 'Jb7ZC', fill('b31-wa', B62, 170));
const SA_PEM = pem('PRIVATE KEY', 'b31-fbsa', 1218);
const POS_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pos-2024-11' }, { sub: 'store-0412', role: 'pos_terminal', iss: 'https://auth.medlane.in', aud: 'rx-api', iat: 1733118400, exp: 1733204800 }, 'b31-posjwt');
const HF = tok('hf_', fill('b31-hf', UPPER + LOWER, 34));
const TELEGRAM = tok('7', fill('b31-tg1', DIGITS, 9), ':AA', fill('b31-tg2', B64URL, 33));
const XENDIT = tok('xnd_', 'production_', fill('b31-xnd', B62, 58));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b31-stripe', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b31-whsec', B62, 32));
const MAILCHIMP = tok(fill('b31-mc', HEX, 32), '-us14');
const SHOPIFY = tok('shpat_', fill('b31-shpat', HEX, 32));
const BREVO = tok('xkeysib-', fill('b31-brevo1', HEX, 64), '-', fill('b31-brevo2', B62, 16));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1293847561029384756', '/', fill('b31-dischook', B64URL, 68));
const AXESS_KEY = fill('b31-axess', HEX, 40);
const DEEPL = `${fill('b31-deepl1', HEX, 8)}-${fill('b31-deepl2', HEX, 4)}-${fill('b31-deepl3', HEX, 4)}-${fill('b31-deepl4', HEX, 4)}-${fill('b31-deepl5', HEX, 12)}:fx`;
const PHRASE_TOKEN = fill('b31-phrase', HEX, 64);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b31-ant', B64URL, 93), 'AA');
const WISE_TOKEN = `${fill('b31-wise1', HEX, 8)}-${fill('b31-wise2', HEX, 4)}-${fill('b31-wise3', HEX, 4)}-${fill('b31-wise4', HEX, 4)}-${fill('b31-wise5', HEX, 12)}`;
const SFTP_KEY = pem('OPENSSH PRIVATE KEY', 'b31-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b31-atl', B64URL, 171), '=', fill('b31-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b31-ntn1', DIGITS, 11), fill('b31-ntn2', B62, 35));
const GROQ = tok('gsk_', fill('b31-groq', B62, 52));
const LINEAR = tok('lin_api_', fill('b31-linear', B62, 40));
const BEARER_MEDIA = fill('b31-bearer-media', B62 + '-._~', 72);
const K8S_DB_URL = b64('postgresql://routeplanner:Skrald3-Sortering!@pg-ruter.genvinding.internal:5432/ruter');
const POSTMAN = tok('PMAK-', fill('b31-pmak1', HEX, 24), '-', fill('b31-pmak2', HEX, 34));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH31_CREDENTIALS: DraftRecord[] = [
  // ── regional airport operator (South Africa) ──
  rec('env_file', f`Howzit, the ANPR parking system at KGA stopped uploading plate images to S3 since Friday. This is the .env on the gate server, can you see anything wrong before I log a call with the vendor?

${cfg(f`# /opt/parkgate/.env  (gate controller P2 - long stay)
SITE_CODE=KGA-P2
CAMERA_COUNT=6
S3_BUCKET=lra-anpr-images-af-south-1
AWS_REGION=af-south-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA_PARK)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_PARK_SECRET)}
UPLOAD_RETRY=5
PLATE_CONFIDENCE_MIN=0.82`)}

The log just says "SignatureDoesNotMatch".`),

  rec('code_python', f`Script that SMSes parking customers when their prepaid bay is about to expire. Twilio says 20003 Authenticate. Help?

\`\`\`python
${code(f`from twilio.rest import Client
import pyodbc

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
FROM_NUMBER = "KGA Parking"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify_expiring(cursor):
    cursor.execute("SELECT mobile, bay, expires_at FROM prepaid WHERE expires_at < DATEADD(hour, 2, GETDATE()) AND notified = 0")
    for mobile, bay, expires_at in cursor.fetchall():
        client.messages.create(to=mobile, from_=FROM_NUMBER, body=f"Your bay {bay} expires at {expires_at:%H:%M}. Extend at kga.co.za/park")`)}
\`\`\``),

  rec('curl', f`The AODB flight feed gives 401 from the new integration box but works from my laptop. Same command:

${cfg(f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', AODB_BASIC)}" \\
  -H "Accept: application/xml" \\
  "https://aodb.lowveldairports.co.za/api/v2/flights?from=2024-12-02T00:00&to=2024-12-02T23:59&direction=D"`)}

Is there a firewall thing on the airside VLAN?`),

  rec('network_config', f`Need a second pair of eyes on the config for the new switch in the baggage hall before I write it to startup-config:

${cfg(f`hostname BHS-SW-03
!
enable secret 9 ${ambCat('credential', `$9$nL2p8Qx4Kz1mR7$${fill('b31-ciscoh', B62, 43)}`)}
username netops privilege 15 password 7 ${v('credential.network_device_secret', '0822455D0A16544541')}
!
snmp-server community ${v('credential.network_device_secret', 'Bh5-Kruger-RW')} RW 10
snmp-server location KGA Baggage Hall Level 0
!
interface Vlan40
 description BHS-PLC
 ip address ${amb('pii.ip_address', '10.40.0.3')} 255.255.255.0`)}

Is "password 7" ok or should it also be a secret 9?`, 'the type-9 enable secret is a hash (ambiguous, no rule); type-7 password and SNMP community are secrets'),

  rec('chat', f`Guys the security control room can't see camera 14 on the apron. I tested the stream in VLC with rtsp://${amb('pii.ip_address', '10.60.2.114')}:554/Streaming/Channels/101 and it asks for login. The NVR login we got from the installer is rtsp://admin:${v('credential.url_password', 'Hikv1s10n-KGA7')}@${amb('pii.ip_address', '10.60.2.114')}:554/... and that works in VLC. Why would the VMS not pick it up?`),

  rec('json_config', f`Airline billing export to blob storage fails on the new server. appsettings.Production.json:

${cfg(f`{
  "Billing": {
    "Currency": "ZAR",
    "LandingFeeTable": "tariffs_2024_25",
    "ExportContainer": "airline-invoices"
  },
  "ConnectionStrings": {
    "BlobExport": "DefaultEndpointsProtocol=https;AccountName=lrabillingexports;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
  },
  "AzureAd": {
    "TenantId": "4e2d9a70-1b6c-48f3-9e05-d7a3c82b61f4",
    "ClientId": "b71c20d4-38e5-4f9a-9c61-02e8d4f7a3b5",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  }
}`)}

error: "AuthorizationPermissionMismatch". The app reg has Storage Blob Data Contributor I think.`),

  rec('powershell', f`ground handling wants a Teams alert when a turnaround goes over 45 min. I have this, but it posts twice:

${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$late = Import-Csv \\\\fs01\\ops\\turnarounds\\today.csv | Where-Object { [int]$_.MinutesOnStand -gt 45 }
foreach ($t in $late) {
    $body = @{ text = "Turnaround overrun: $($t.Flight) on stand $($t.Stand) - $($t.MinutesOnStand) min" } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $body
}`)}`),

  rec('chat', f`Please write a short notice for the info desk staff. Content: the self-service baggage kiosk in Domestic Departures was reset, the supervisor override PIN is still 4471 but the admin password is now ${v('credential.password_in_prose', 'Impala!Kiosk2024')}, only shift supervisors may use it, don't write it on the kiosk.`),

  // ── waste management and recycling (Denmark / Czechia) ──
  rec('code_go', f`Our ingest for the bin-lift telematics drops every 10th request with 429. Could you add a proper backoff?

${code(f`package telematics

import (
	"net/http"
	"time"
)

const (
	baseURL  = "https://api.fleetlink.eu/v3"
	apiToken = "${v('credential.generic_secret_assignment', TELEMATICS_TOKEN)}"
)

var client = &http.Client{Timeout: 15 * time.Second}

func FetchLifts(vehicleID string, since time.Time) (*http.Response, error) {
	req, _ := http.NewRequest("GET", baseURL+"/vehicles/"+vehicleID+"/lifts?since="+since.Format(time.RFC3339), nil)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	return client.Do(req)
}`)}`),

  rec('mosquitto_conf', f`Fill-level sensors on the glass containers stopped reporting after we moved the broker. Bridge config:

${cfg(f`# /etc/mosquitto/conf.d/bridge.conf
connection sensors-to-cloud
address mqtt.binsense.io:8883
topic containers/# out 1
remote_username genvinding_aarhus
remote_password ${v('credential.password_assignment', 'Glas-Container-8817')}
bridge_cafile /etc/ssl/certs/ca-certificates.crt
try_private true`)}

Broker log: "Connection error: Not authorised".`),

  rec('code_js', f`Route planner map shows "For development purposes only" watermark. Billing is enabled, so what now?

${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GMAPS)}",
  version: "weekly",
  libraries: ["places", "geometry"],
});

loader.load().then(() => {
  const map = new google.maps.Map(document.getElementById("map"), { center: { lat: 56.1572, lng: 10.2107 }, zoom: 12 });
  routes.forEach((r) => drawRoute(map, r));
});`)}`),

  rec('chat', f`We want to use Mapbox for offline maps in the driver tablets (Android). Where does the download token go? I have this secret one from the account page: ${v('credential.mapbox_secret_token', MAPBOX)}`),

  rec('csharp_config', f`Weighbridge app at the Glostrup site can't reach SQL after the server move. Can you explain what "Login failed for user 'vaegt_app'" means if the password is right?

${cfg(f`<connectionStrings>
  <add name="Weighbridge"
       connectionString="Data Source=SQL-VAEGT01\\WEIGH;Initial Catalog=Vejebod;User ID=vaegt_app;Password=${v('credential.connection_string_password', 'Vejning#2024!')};TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}`),

  rec('chat_da', f`Kan du hjælpe mig med at skrive en kort mail til vognmanden i Holstebro? Indhold: de har nu adgang til vejesedler i portalen, brugernavn vognmand.holstebro og adgangskoden er ${v('credential.password_in_prose', 'Skraldebil-74!')} — den skal skiftes ved første login. Venlig men kort, tak.`),

  rec('chat_cs', f`Ahoj, potřebuju to přeložit do angličtiny pro kolegu z Dánska: "Přístup do portálu města pro svozový kalendář: uživatel svoz.brno-sever, heslo je ${v('credential.password_in_prose', 'Popelnice#2024')}. Platí do konce ledna, pak ho město mění."`),

  rec('docker_compose', f`${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ruter
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Kompost-Ruter-5521')}
  grafana:
    image: grafana/grafana:11.2.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'GrafAdmin!Genv')}
  dashboard-sync:
    image: genvinding/dash-sync:0.4
    environment:
      GRAFANA_URL: http://grafana:3000
      GRAFANA_TOKEN: ${v('credential.grafana_service_account_token', GLSA)}`)}

This is the stack for the route KPIs dashboard. dash-sync exits with 401 at startup, but the token was just created. Order of startup problem?`),

  rec('git', f`Pushing from the route-optimiser VM fails, remote was set up by the previous contractor:

$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.genvinding.dk/ruter/optimiser.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.genvinding.dk/ruter/optimiser.git (push)

remote: HTTP Basic: Access denied. Expired token probably — how do I swap it without re-cloning?`),

  rec('chat_vi', f`Anh ơi, em bên team outsource ở HCM đang làm app cho tài xế xe rác. CI không pull được repo private, em dùng token này: ${v('credential.github_fine_grained_pat', GH_FINE)} — quyền Contents read-only. Lỗi "Resource not accessible by personal access token". Anh xem giúp em cần thêm quyền gì?`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: routeplanner-db
  namespace: ruter
type: Opaque
data:
  DATABASE_URL: ${v('credential.base64_encoded_token', K8S_DB_URL)}
  LOG_LEVEL: aW5mbw==`)}

Pod crashloops with "password authentication failed". I made the base64 with echo without -n, could that be it?`),

  rec('helm_values', f`Datadog agent for the telematics cluster, please check the values before I helm upgrade:

${cfg(f`datadog:
  site: datadoghq.eu
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  clusterName: telematik-prod
  logs:
    enabled: true
    containerCollectAll: false
clusterAgent:
  enabled: true`)}`),

  // ── public broadcaster (Canada) ──
  rec('xml_config', f`Icecast relay for the overnight stream keeps kicking the encoder. Config from the stream box:

${cfg(f`<icecast>
  <limits>
    <clients>2500</clients>
    <sources>4</sources>
  </limits>
  <authentication>
    <source-password>${v('credential.password_assignment', 'Aurora-Source-771')}</source-password>
    <relay-password>${v('credential.password_assignment', 'Relay!Nlbc-2024')}</relay-password>
    <admin-user>admin</admin-user>
    <admin-password>${v('credential.password_assignment', 'M4pleLeaf#Admin')}</admin-password>
  </authentication>
  <hostname>stream.nlbc.ca</hostname>
</icecast>`)}

Encoder log: "Source stream error: 401 Authentication Required" every ~6 minutes.`),

  rec('aws_credentials', f`sync job for the podcast archive to S3 uses the wrong profile. ~/.aws/credentials on the media server:

${cfg(f`[default]
region = ca-central-1

[podcast-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA_MEDIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_MEDIA_SECRET)}`)}

I run \`aws s3 sync /mnt/archive s3://nlbc-podcast-archive --profile podcast-archive\` and it still lists the default account buckets.`),

  rec('chat', f`wrangler deploy for the schedule page worker fails in CI with "Authentication error [code: 10000]". The token in the GitLab variable is CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_API)} with Workers Scripts:Edit. Does it also need Account Settings:Read?`),

  rec('code_python', f`${code(f`import requests

SLACK_WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def alert_newsroom(story_id: str, embargo: str) -> None:
    """Ping #newsroom-desk when an embargoed wire story unlocks."""
    text = f":rotating_light: Embargo lifted for {story_id} ({embargo} ET). Ready to publish."
    r = requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)
    r.raise_for_status()`)}

This runs from cron every minute and we got the same alert 12 times this morning. How should I dedupe?`),

  rec('code_js', f`${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218830245888.ingest.us.sentry.io/4507218844536832`)}",
  release: "live-player@3.8.1",
  tracesSampleRate: 0.05,
  environment: "production",
});

export function reportStall(streamId, seconds) {
  Sentry.captureMessage(\`HLS stall \${seconds}s on \${streamId}\`, "warning");
}`)}

Live player: we see lots of stall events from Safari only. Is it the sample rate hiding others?`),

  rec('json_config', f`YouTube upload tool for the morning show clips: "invalid_client" on the OAuth step. client_secret.json + the key we use for the playlists:

${cfg(f`{"installed":{"client_id":"882041937715-m3k9q2v7r5t1w8y4u6p0s2d5f7g9h1j3.apps.googleusercontent.com","project_id":"nlbc-clips","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["http://localhost"]}}`)}

YOUTUBE_API_KEY=${v('credential.google_api_key', YT_KEY)}`),

  rec('shell_script', f`Rights team needs the monthly playlog uploaded to the collective's SFTP. Script from my predecessor, it hangs at the end:

${code(f`#!/bin/bash
MONTH=$(date -d "last month" +%Y-%m)
FILE=/data/playlogs/nlbc_playlog_\${MONTH}.csv
python3 /opt/rights/export_playlog.py --month "$MONTH" --out "$FILE"
lftp -u nlbc_reporting,${v('credential.cli_password', 'Cue-Sheet!4410')} sftp://sftp.rightsreporting.ca <<EOF
cd /incoming/nlbc
put $FILE
EOF`)}`),

  rec('code_python', f`Transcribing the archive interviews with Whisper API, this works but costs a lot. Can I batch it?

${code(f`from openai import OpenAI
from pathlib import Path

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

for mp3 in sorted(Path("/mnt/archive/1987_interviews").glob("*.mp3")):
    with mp3.open("rb") as fh:
        tr = client.audio.transcriptions.create(model="whisper-1", file=fh, language="en")
    mp3.with_suffix(".txt").write_text(tr.text)`)}`),

  rec('shell', f`Vault login works but the token dies after an hour, and the transcoder pipeline fails overnight:

${cfg(f`$ export VAULT_ADDR=https://vault.platform.nlbc.ca
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=drm_key secret/streaming/widevine
Error making API request. Code: 403. Errors: * permission denied`)}

Should the pipeline use AppRole instead?`),

  rec('chat', f`Signed URLs for the on-demand archive stopped validating after I rotated the CloudFront key pair. Here's the private key I'm loading, is the format wrong (it says PKCS#1)?

${v('credential.private_key', CF_SIGN_KEY)}

Key pair id K2XQ8T1M4P9ZRA.`),

  rec('hcl', f`${cfg(f`terraform {
  cloud {
    organization = "nlbc-platform"
    workspaces { name = "streaming-prod" }
  }
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}`)}

and in ~/.terraformrc I have credentials "app.terraform.io" { token = "${v('credential.terraform_cloud_token', TFC)}" }. Plan says "Required token could not be found". Which one is it complaining about?`),

  rec('npmrc', f`The player package won't publish from CI: 403 Forbidden PUT. .npmrc in the repo root:

${cfg(f`@nlbc:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
access=restricted`)}`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('curl', f`Podcast hosting API says my token is fine but returns an empty episodes list:

${cfg(f`curl -s https://api.podhost.example.net/v1/shows/the-north-desk/episodes?limit=50 \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER_MEDIA)}" | jq '.data | length'`)}

0. There are 212 episodes in the dashboard.`),

  // ── community pharmacy chain (India / Indonesia) ──
  rec('env_file', f`Online refill orders: payment captured on Razorpay but our order stays "pending". Backend env below, webhook secret is set in the dashboard too.

${cfg(f`NODE_ENV=production
RAZORPAY_KEY_ID=rzp_live_${fill('b31-rzpid', B62, 14)}
RAZORPAY_KEY_SECRET=${v('credential.generic_secret_assignment', RAZORPAY_SECRET)}
RAZORPAY_WEBHOOK_SECRET=${v('credential.generic_secret_assignment', 'Medlane@Webhook#2024')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
REMINDER_FROM=${v('pii.email', 'noreply@medlane.in')}`)}`, 'Razorpay key id is public-ish (like a publishable key): unlabelled; the secret and webhook secret are labelled'),

  rec('chat', f`WhatsApp refill reminders stopped going out from the Pune stores. Meta says the token is invalid. Is this a temporary token? ${v('credential.facebook_access_token', WA_TOKEN)} — I copied it from the API setup page in the business manager.`),

  rec('shell', f`Store 0412 POS DB has a stuck lock, I did this from the back office PC:

${cfg(f`C:\\> mysql -h ${amb('pii.ip_address', '192.168.12.10')} -u posadmin -p${v('credential.mysql_cli_password', 'Dawa#Store0412')} medlane_pos -e "SHOW PROCESSLIST;"`)}

Which process should I kill? There's one "Waiting for table metadata lock" for 40 minutes on the stock table.`),

  rec('json_config', f`Firebase push to the loyalty app fails from the new server. The service account JSON (I downloaded again):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "medlane-loyalty",
  "private_key_id": "${fill('b31-fbkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'fcm-sender@medlane-loyalty.iam.gserviceaccount.com')}",
  "client_id": "108273645190283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Error: "invalid_grant: Invalid JWT Signature".`, 'service-account client_email is a service identity, not a person: ambiguous e-mail'),

  rec('log', f`POS terminals get 401 from the prescription API every day around 11:30. Terminal log:

${cfg(f`2024-12-02 11:31:07 INFO  rx-client  GET https://rx-api.medlane.in/v1/prescriptions/RX-0412-883120
2024-12-02 11:31:07 DEBUG rx-client  headers: {"Authorization": "Bearer ${v('credential.jwt', POS_JWT)}", "X-Store": "0412"}
2024-12-02 11:31:08 WARN  rx-client  401 token_expired`)}

exp looks like 24h, so why 11:30?`),

  rec('code_python', f`Trying to read handwritten prescriptions with a HF model (only to pre-fill the form, pharmacist still checks). Gated model, I get 401:

${code(f`from transformers import TrOCRProcessor, VisionEncoderDecoderModel

HF_TOKEN = "${v('credential.huggingface_token', HF)}"
processor = TrOCRProcessor.from_pretrained("microsoft/trocr-base-handwritten", token=HF_TOKEN)
model = VisionEncoderDecoderModel.from_pretrained("medlane/trocr-rx-ft", token=HF_TOKEN)`)}`),

  rec('chat', f`Store managers group bot (stock alerts) stopped replying. BotFather token: ${v('credential.telegram_bot_token', TELEGRAM)}. Webhook is https://ops.medlane.in/tg. getWebhookInfo says last_error_message "Wrong response from the webhook: 502". what to check?`),

  rec('chat_id', f`Mas, tolong cek kenapa callback Xendit untuk pembayaran QRIS di Apotek cabang Bekasi selalu gagal verifikasi. Di server saya pakai secret key ${v('credential.generic_secret_assignment', XENDIT)} dan callback token dari dashboard. Apa harus pakai yang development dulu?`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp singkat untuk apoteker shift malam: akun untuk portal BPJS sudah diganti, username apotek.bekasi2, kata sandinya ${v('credential.password_in_prose', 'Sehat#Bekasi88')}. Jangan disebar ke luar grup ya.`),

  // ── ski resort and tourism board (Catalonia / Andorra) ──
  rec('env_file', f`El motor de reserves no confirma els forfets després del pagament. Aquest és el .env de producció, pots revisar si falta alguna cosa?

${cfg(f`APP_URL=https://reserves.picblanc.cat
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
STRIPE_CURRENCY=eur
AXESS_API_URL=https://axess-gw.picblanc.local/api
AXESS_API_KEY=${v('credential.generic_secret_assignment', AXESS_KEY)}
SEASON=2024-25`)}

Al log surt "No signatures found matching the expected signature for payload".`),

  rec('chat_ca', f`Hola! Pots escriure un correu per a la Marta de comunicació? Li he de passar la clau de Mailchimp per a la newsletter de l'oficina de turisme: ${v('credential.mailchimp_api_key', MAILCHIMP)}. Que no la comparteixi i que la posi només al connector de WordPress.`),

  rec('code_ts', f`${code(f`const SHOP = "picblanc-botiga.myshopify.com";
const TOKEN = "${v('credential.shopify_access_token', SHOPIFY)}";

export async function syncStock(sku: string, qty: number) {
  const res = await fetch(\`https://\${SHOP}/admin/api/2024-10/graphql.json\`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({ query: SET_QTY, variables: { sku, qty } }),
  });
  if (!res.ok) throw new Error(\`shopify \${res.status}\`);
}`)}

Merch shop stock doesn't match the rental shop POS. This runs hourly; could two runs overlap?`),

  rec('chat_ca', f`Tradueix a l'anglès per als temporers nous, si us plau: "La xarxa wifi del personal és PicBlanc-Staff i la contrasenya és ${v('credential.password_in_prose', 'Neu-Pols-2291')}. No la doneu als clients, ells tenen la xarxa PicBlanc-Guest."`),

  rec('chat', f`Tourism board newsletter moved to Brevo. The import script wants BREVO_API_KEY, I have ${v('credential.brevo_api_key', BREVO)}. Can you write a Python script that creates the list "Hivern 2024-25" and imports contacts.csv with double opt-in?`),

  rec('chat', f`Seasonal staff Discord: I want lift-status updates posted automatically at 8:15. Webhook URL is ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Can you write a small node script that reads our status JSON and posts it as an embed?`),

  rec('chat_cs', f`Ahoj, jsem tu na sezónu v Pic Blanc a nechápu katalánský mail. Píšou mi "el teu usuari del portal de treballadors és pavel.novak i la contrasenya inicial és ${v('credential.password_in_prose', 'Forfet-2025!')}". Je to heslo, které mám změnit? Můžeš to přeložit?`),

  // ── legal / medical translation agency (Finland) ──
  rec('code_python', f`DeepL pre-translation step in our pipeline returns 456 Quota exceeded, but we're on Pro. Is this key a Free one?

${code(f`import deepl

DEEPL_AUTH_KEY = "${v('credential.generic_secret_assignment', DEEPL)}"
translator = deepl.Translator(DEEPL_AUTH_KEY)

def pretranslate(segments: list[str], target: str) -> list[str]:
    res = translator.translate_text(segments, source_lang="FI", target_lang=target, formality="prefer_more")
    return [r.text for r in res]`)}`),

  rec('curl', f`Phrase TMS API: job creation works, but attaching the TM gives 403.

${cfg(f`curl -X POST "https://cloud.memsource.com/web/api2/v1/projects/KpW3xQ9Lr2/transMemories" \\
  -H "Authorization: ApiToken ${v('credential.bearer_token', PHRASE_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  -d '{"transMemories":[{"transMemory":{"id":"TM-LEGAL-FI-EN"},"readMode":true,"writeMode":true}]}'`)}`),

  rec('yaml', f`Config of our small QA plugin that asks Claude to check terminology consistency in medical translations. Can you make it read the key from an env var instead?

${cfg(f`# qa-plugin/config.yaml
provider: anthropic
model: claude-3-5-sonnet-20241022
api_key: ${v('credential.anthropic_api_key', ANTHROPIC)}
glossary: glossaries/medical_fi_en.tbx
max_segments_per_call: 40`)}`),

  rec('chat_fi', f`Voitko kirjoittaa asianajotoimistolle lyhyen viestin: heidän SFTP-tunnuksensa on lakitoimisto_hki ja salasana on ${v('credential.password_in_prose', 'Kuusi-Karhu-58')}, joka pitää vaihtaa ensimmäisellä kirjautumisella. Käännökset toimitetaan kansioon /out. Kohtelias mutta lyhyt.`),

  rec('code_python', f`Freelancer payouts via Wise API: the batch group gets created but funding fails with "insufficient permissions". Token is a personal one from the business profile.

${code(f`import requests

WISE_TOKEN = "${v('credential.bearer_token', WISE_TOKEN)}"
PROFILE_ID = 48392017
H = {"Authorization": f"Bearer {WISE_TOKEN}"}

def fund_batch(batch_id: str):
    r = requests.post(f"https://api.wise.com/v3/profiles/{PROFILE_ID}/batch-payments/{batch_id}/payments", headers=H, json={"type": "BALANCE"})
    print(r.status_code, r.text)`)}`),

  rec('chat', f`The law firm gave us SFTP access for the court documents but WinSCP says "Server refused our key". This is the key I generated on the translator laptop (ssh-keygen -t ed25519), the .pub went to them last week:

${v('credential.openssh_private_key', SFTP_KEY)}

Did I send the wrong file maybe?`),

  rec('curl', f`Trying to auto-create Jira service desk tickets when a client uploads files for certified translation:

${cfg(f`curl -u ${v('pii.email', 'integrations@lingvamed.fi')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://lingvamed.atlassian.net/rest/servicedeskapi/request \\
  -d '{"serviceDeskId":"3","requestTypeId":"27","requestFieldValues":{"summary":"Certified translation FI>EN: birth certificate"}}'`)}

Response 400 "Field 'customfield_10052' is required". How do I find which field that is?`),

  rec('env_file', f`${cfg(f`# freelancer-sync/.env
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_FREELANCER_DB=5c1e8a92f4d34b7098a2e61f0c3d7b45
LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}
SYNC_INTERVAL_MIN=30`)}

We track freelancer availability in Notion and vendor onboarding issues in Linear. Write a script that creates a Linear issue when a Notion row gets status "Docs missing".`),

  rec('chat_id', f`Halo, saya penerjemah lepas untuk pasangan EN>ID. Portal vendor kalian minta saya login ulang tiap hari. Akun saya: username dewi.lestari.tr / password ${v('credential.user_password_pair', 'Melati#Jkt2291')}. Bisa dibantu reset supaya tetap login?`),

  rec('chat', f`Our glossary extraction uses Groq because it's fast. Is it fine to put the key in the Trados plugin settings XML? <ApiKey>${v('credential.groq_api_key', GROQ)}</ApiKey> The plugin folder is shared on the team drive.`),

  rec('postman', f`Exported a Postman collection for the new intern. Is it a problem that the environment file has this in it?

${cfg(f`{
  "name": "LingvaMed TMS - prod",
  "values": [
    { "key": "baseUrl", "value": "https://tms.lingvamed.fi/api", "enabled": true },
    { "key": "postmanApiKey", "value": "${v('credential.postman_api_key', POSTMAN)}", "enabled": true },
    { "key": "tmsPassword", "value": "${v('credential.password_assignment', 'Termi-Pankki!63')}", "enabled": true }
  ]
}`)}`),

  rec('chat_vi', f`Chị ơi, em là biên dịch viên tự do (VI<>EN), em không vào được cổng tải tài liệu hồ sơ bệnh án. Tài khoản em là nguyen.thu.ha, mật khẩu là ${v('credential.password_in_prose', 'Dichthuat@2024')}. Hệ thống báo "tài khoản bị khoá". Chị mở khoá giúp em được không ạ?`),
];

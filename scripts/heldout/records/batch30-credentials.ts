/**
 * Held-out batch 30: credentials pasted by staff of a refinery, a funeral-services group, a football
 * club, a DTC cosmetics brand, an architecture practice and an elderly-care operator — configs,
 * scripts, shell lines and chat in English (NG, AU, IE), pt-BR, Romanian, Hebrew, Taglish,
 * Norwegian and Slovak. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b30-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_SECRET = fill('b30-akias', B64, 40);
const GLSA = tok('glsa_', fill('b30-glsa1', B62, 32), '_', fill('b30-glsa2', HEX, 8));
const IOTHUB_KEY = `${fill('b30-iothub', B64, 43)}=`;
const CISCO7 = tok('08', fill('b30-cisco7', '0123456789ABCDEF', 20));
const RSA_LIMS = pem('RSA PRIVATE KEY', 'b30-rsalims', 1190);
const TWILIO_SID = tok('AC', fill('b30-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b30-twtok', HEX, 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b30-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b30-whsec', B62, 32));
const SENDGRID = tok('SG.', fill('b30-sg1', B64URL, 22), '.', fill('b30-sg2', B64URL, 43));
const XERO_SECRET = fill('b30-xero', B64URL, 48);
const GMAPS = tok('AIza', 'Sy', fill('b30-gmaps', B64URL, 33));
const MAILCHIMP = tok(fill('b30-mc', HEX, 32), '-us14');
const WA_TOKEN = tok('EAA', 'Rk3ZB', fill('b30-wa', B62, 176));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b30-slt', UPPER + DIGITS, 7), '/B07', fill('b30-slb', UPPER + DIGITS, 7), '/', fill('b30-slh', B62, 24));
const TICKET_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'tix-2024-11' }, { sub: 'box-office-07', aud: 'tix-api', scope: 'orders:read orders:write seats:hold', iat: 1732610400, exp: 1735202400 }, 'b30-tixjwt');
const FCM = tok('AAAA', fill('b30-fcm1', B64URL, 7), ':APA91b', fill('b30-fcm2', B64URL, 134));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1309482716530918427/', fill('b30-dischook', B64URL, 68));
const GPS_KEY = fill('b30-gpskey', HEX, 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b30-atl', B64URL, 171), '=', fill('b30-atl2', HEX.toUpperCase(), 8));
const SUPABASE_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'wmkqzhtrbnaxcvpdlyue', role: 'service_role', iat: 1719830400, exp: 2035406400 }, 'b30-supajwt');
const SHPAT = tok('shpat_', fill('b30-shpat', HEX, 32));
const SHPSS = tok('shpss_', fill('b30-shpss', HEX, 32));
const SHPCA = tok('shpca_', fill('b30-shpca', HEX, 32));
const META_CAPI = tok('EAA', 'Iw7ZC', fill('b30-capi', B62, 188));
const GOCSPX = tok('GOCSPX-', fill('b30-gocspx', B64URL, 28));
const GADS_DEV = fill('b30-gadsdev', B64URL, 22);
const GADS_REFRESH = tok('1//0g', fill('b30-gadsrt', B64URL, 98));
const OPENAI = tok('sk-proj-', fill('b30-oa1', B64URL, 74), 'T3BlbkFJ', fill('b30-oa2', B64URL, 74));
const ZENDESK = fill('b30-zd', B62, 40);
const NS_CK = fill('b30-nsck', HEX, 64);
const NS_CS = fill('b30-nscs', HEX, 64);
const NS_TI = fill('b30-nsti', HEX, 64);
const NS_TS = fill('b30-nsts', HEX, 64);
const GH_FINE = tok('github_pat_', '11B', fill('b30-ghfg1', UPPER + DIGITS, 19), '_', fill('b30-ghfg2', B62, 59));
const NPM = gh('npm', 'Lm4Qe8Ra2Tz6Wx0Yc3Vb7Nd1Ks5Hp9');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b30-ant', B64URL, 93), 'AA');
const DD_API = fill('b30-ddapi', HEX, 32);
const APS_SECRET = fill('b30-aps', B62, 64);
const AZ_STORAGE = `${fill('b30-azst', B64, 86)}==`;
const SAS_SIG = `${fill('b30-sas1', B62, 16)}%2B${fill('b30-sas2', B62, 11)}%2F${fill('b30-sas3', B62, 14)}%3D`;
const AZ_CLIENT_SECRET = tok(fill('b30-azcs0', B62, 3), '8Q~', fill('b30-azcs', B62 + '_.-', 34));
const HF = tok('hf_', fill('b30-hf', UPPER + LOWER, 34));
const OSSH_RENDER = pem('OPENSSH PRIVATE KEY', 'b30-osshrender', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GLPAT = tok('glpat-', fill('b30-glpat', B62 + '-_', 20));
const AZ_CLIENT_SECRET2 = tok(fill('b30-azcs3', B62, 3), '8Q~', fill('b30-azcs4', B62 + '_.-', 34));
const TELEGRAM = tok('7283019465', ':AA', fill('b30-tg', B64URL, 33));
const VAULT = tok('hvs.', 'CAESI', fill('b30-vault', B64URL, 86));
const GCP_PEM = pem('PRIVATE KEY', 'b30-gcp', 1216);
const DOCKER_AUTH = b64(`glenmore-ci:${tok('dckr_', 'pat_', fill('b30-dckr', B64URL, 27))}`);
const DO_TOKEN = tok('dop_v1_', fill('b30-do', HEX, 64));
const CF_TOKEN = fill('b30-cftok', B62 + '-_', 40);
const VERCEL = fill('b30-vercel', B62, 24);
const AIRTABLE = tok('pat', fill('b30-at1', B62, 14), '.', fill('b30-at2', HEX, 64));
const FIGMA = tok('figd_', fill('b30-figd', B64URL, 40));

export const BATCH30_CREDENTIALS: DraftRecord[] = [
  // ── refinery ──────────────────────────────────────────────────────────────
  rec('curl', f`pulling tag data off the PI Web API works fine in the browser but curl gives me 401 from the historian box. any idea? we're Kerberos for everything else on site

${amb('source_code.snippet', f`curl -k -H "Authorization: Basic ${v('credential.basic_auth_header', b64('BRENMAR\\svc_piweb:Kw1nana#Crude88'))}" \\
  "https://piweb.kwn.brenmar.local/piwebapi/streams/F1DPmN8yQvO2ZkKx0c4bA1r9XwAAAAS1dOQVBJXEZJQy0yMzAxLlBW/recorded?startTime=*-8h&endTime=*"`)}`),

  rec('json_config', f`Our historian extract service times out every night at 02:00 (that's when the SQL agent jobs run). appsettings.Production.json below — is the timeout in the connection string or in EF?

${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Historian": "Server=kwn-hist-sql01\\\\PROCESS;Database=ProcessHistory;User Id=hist_reader;Password=${v('credential.connection_string_password', 'Cat-Cracker_2291!')};TrustServerCertificate=True;Connect Timeout=15",
    "Lims": "Server=kwn-lims-db;Database=LabWare;Integrated Security=SSPI"
  },
  "Extract": { "Tags": "FIC-2301.PV;TIC-2304.PV;LIC-2410.PV", "IntervalMinutes": 5 }
}`)}`),

  rec('network_config', f`Can you review this access switch config for the DCS network? Auditor says SNMP is too open. Cat 9200 in the CCR rack:

${amb('source_code.snippet', f`hostname KWN-CCR-SW03
!
username plantops privilege 15 password 7 ${v('credential.network_device_secret', CISCO7)}
!
snmp-server community ${v('credential.network_device_secret', 'Brn-DCS-rw!7731')} RW 10
snmp-server location Kwinana CCR rack B4
!
interface Vlan110
 description DCS-L2
 ip address ${amb('pii.ip_address', '172.20.110.3')} 255.255.255.0
!
access-list 10 permit ${amb('pii.ip_address', '172.20.0.0')} 0.0.255.255
line vty 0 4
 transport input ssh`)}`),

  rec('code_python', f`Tank gauging bridge drops off the broker every few hours, reconnect logic looks fine to me?

\`\`\`python
${code(f`import json, time
import paho.mqtt.client as mqtt

BROKER = "mqtt.tankfarm.brenmar.local"
MQTT_USER = "tg-bridge"
MQTT_PASSWORD = "${v('credential.password_assignment', 'Tk41-Gauge-Bund!')}"

def on_disconnect(client, userdata, rc):
    while rc != 0:
        time.sleep(5)
        rc = client.reconnect()

client = mqtt.Client(client_id="tg-bridge-01", clean_session=False)
client.username_pw_set(MQTT_USER, MQTT_PASSWORD)
client.on_disconnect = on_disconnect
client.connect(BROKER, 8883, keepalive=30)

for tank in ("TK-41", "TK-42", "TK-47"):
    client.publish(f"tankfarm/{tank}/level", json.dumps(read_level(tank)), qos=1)`)}
\`\`\``),

  rec('chat_no', f`Kan du skrive en kort e-post til leverandøren på engelsk? Innholdet: testgatewayen for Ignition er klar, bruker er "vendor_inductive" og passordet er ${v('credential.password_in_prose', 'Mongstad-Test-44')}, de må bytte det ved første innlogging. Tilgang kun via jump-hosten fra mandag.`),

  rec('aws_credentials', f`Export of historian data to S3 stopped after someone "tidied up" IAM. This is ~/.aws/credentials on the edge box, does the profile look right?

${amb('source_code.snippet', f`[default]
region = ap-southeast-2

[hist-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-southeast-2`)}

${amb('source_code.snippet', 'aws s3 ls s3://brenmar-process-lake/kwinana/ --profile hist-export')} → AccessDenied`),

  rec('shell', f`trying to import the unit 2 dashboards into Grafana with the API, get 403 "permissions needed: dashboards:create". the SA has Editor role though??

${amb('source_code.snippet', f`for f in dashboards/unit2/*.json; do
  curl -s -X POST https://grafana.kwn.brenmar.local/api/dashboards/db \\
    -H "Authorization: Bearer ${v('credential.grafana_service_account_token', GLSA)}" \\
    -H "Content-Type: application/json" \\
    -d "{\\"dashboard\\": $(cat "$f"), \\"folderUid\\": \\"unit2\\", \\"overwrite\\": true}"
done`)}`),

  rec('chat_ng', f`Abeg, I dey try connect the vibration sensors for the compressor house to Azure IoT Hub and e dey fail with "Unauthorized". See the connection string wey the vendor send:

HostName=brenmar-onne-iot.azure-devices.net;DeviceId=K-2101-vib;SharedAccessKey=${v('credential.generic_secret_assignment', IOTHUB_KEY)}

Na device key or na hub policy key? I no sure which one dem give me.`),

  rec('code_python', f`Morning all, this OPC UA read script works from my laptop but not from the historian VM, times out on connect. Port 4840 is open per the firewall team o.

${code(f`from opcua import Client

url = "opc.tcp://opc_ro:${v('credential.url_password', 'Onne!Opc2024')}@${amb('pii.ip_address', '10.20.4.15')}:4840/freeopcua/server/"
client = Client(url, timeout=10)
try:
    client.connect()
    node = client.get_node("ns=2;s=PHC.CDU1.FIC1101.PV")
    print("FIC1101:", node.get_value())
finally:
    client.disconnect()`)}`),

  rec('chat', f`The LIMS vendor wants our SFTP key to push lab results. I exported it from the old server — can you tell me if this is in the right format for their Windows OpenSSH, or do they need PuTTY format?

${v('credential.private_key', RSA_LIMS)}`),

  // ── funeral services ─────────────────────────────────────────────────────
  rec('code_python', f`We send an SMS to the family when the hearse leaves the funeral home. Since Monday every message fails with 20003. Script:

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify_family(arrangement):
    body = (f"Serenitas Funeral Care: the cortège for {arrangement.deceased_first_name} "
            f"is leaving now and will arrive at {arrangement.church} in about {arrangement.eta_min} minutes.")
    return client.messages.create(to=arrangement.family_mobile, from_="Serenitas", body=body)`)}

20003 is auth, right? Nobody changed the code.`),

  rec('chat_pt', f`Oi! Preciso mandar um e-mail pra funerária parceira em Campinas explicando como acessar a agenda do crematório. Pode escrever de um jeito educado? Os dados são: usuário parceiro.campinas, a senha é ${v('credential.password_in_prose', 'Ipe-Amarelo#2024')} e o acesso fica liberado só de segunda a sábado.`),

  rec('env_file', f`Pre-need plan payments (Ireland) — moving the site to the new host. Which of these have to be set on the server and which can go in the build?

${amb('source_code.snippet', f`# .env.production — prepaid plans portal
NODE_ENV=production
SITE_URL=https://plans.serenitas.ie
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
NEXT_PUBLIC_CURRENCY=EUR
PLAN_MIN_INSTALMENTS=12`)}`),

  rec('code_php', f`WordPress plugin that emails the obituary confirmation to the family stopped sending. It's a custom one the previous agency wrote:

${code(f`<?php
add_action('serenitas_obituary_published', function ($post_id) {
    $to = get_post_meta($post_id, 'family_contact_email', true);
    $payload = [
        'personalizations' => [['to' => [['email' => $to]]]],
        'from' => ['email' => '${v('pii.email', 'notices@serenitas.ie')}', 'name' => 'Serenitas Funeral Care'],
        'subject' => 'Your notice is now online',
        'content' => [['type' => 'text/plain', 'value' => get_permalink($post_id)]],
    ];
    wp_remote_post('https://api.sendgrid.com/v3/mail/send', [
        'headers' => ['Authorization' => 'Bearer ${v('credential.sendgrid_api_key', SENDGRID)}', 'Content-Type' => 'application/json'],
        'body' => wp_json_encode($payload),
    ]);
});`)}`),

  rec('env_file', f`xero sync for the funeral accounts keeps saying invalid_client since we rotated. is this right? (it's the .env on the billing VM)

${amb('source_code.snippet', f`XERO_CLIENT_ID=7A3C1E98D2F04B6C8E51A9D7F2B40C63
XERO_CLIENT_SECRET=${v('credential.generic_secret_assignment', XERO_SECRET)}
XERO_REDIRECT_URI=https://billing.serenitas.ie/xero/callback
XERO_TENANT=Serenitas Funeral Group Ltd`)}`),

  rec('code_python', f`${code(f`import googlemaps

gmaps = googlemaps.Client(key="${v('credential.google_api_key', GMAPS)}")

def drive_time(from_home: str, to_church: str) -> int:
    r = gmaps.distance_matrix(from_home, to_church, mode="driving", departure_time="now")
    return r["rows"][0]["elements"][0]["duration_in_traffic"]["value"] // 60`)}

this is for the arrangers' tablet, works for Dublin but for addresses in Kerry it returns ZERO_RESULTS for half the parishes. how do I make it accept townland names?`),

  rec('chat_ie', f`Grand so, here's the Mailchimp key for the remembrance newsletter ${v('credential.mailchimp_api_key', MAILCHIMP)} — can you write me a python script that pulls everyone who opened the November anniversary mass email? Only need the counts per branch, not the names.`),

  rec('chat_pt', f`O token do WhatsApp Business da unidade de Ribeirão Preto expirou de novo. Colei o novo no n8n: ${v('credential.facebook_access_token', WA_TOKEN)}
Como faço pra gerar um token permanente de usuário do sistema em vez desse de 24h?`),

  // ── football club ────────────────────────────────────────────────────────
  rec('code_python', f`Our scouting data pull from the provider's API — works for the League of Ireland competitions but returns 403 for Brazil Série B. Is it my code or our licence?

${code(f`import requests

session = requests.Session()
session.auth = ("${v('pii.email', 'recruitment@kilbarrowrovers.ie')}", "${v('credential.user_password_pair', 'Scout-Tolka!2025')}")

def matches(competition_id: int, season_id: int):
    r = session.get(f"https://data.scoutfeed.io/v4/competitions/{competition_id}/matches", params={"season": season_id})
    r.raise_for_status()
    return r.json()["matches"]

print(len(matches(390, 188173)))`)}`),

  rec('chat', f`can you make this bash thing post the daily scouting shortlist to our #recruitment channel as a proper block with the player name bold? right now it's just plain text

${amb('source_code.snippet', f`curl -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"$(cat shortlist.txt)\\"}" ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}`),

  rec('http', f`Box office integration: holds on seats work but confirming the order gives 401 "token audience mismatch". Request from the logs:

${amb('source_code.snippet', f`POST /v2/orders/HLD-88213/confirm HTTP/1.1
Host: api.tix-kilbarrow.ie
Authorization: Bearer ${v('credential.jwt', TICKET_JWT)}
Content-Type: application/json

{"payment_ref":"BO-CASH-0712","seats":["S4-K-23","S4-K-24"]}`)}`),

  rec('code_js', f`Club app push for goal alerts stopped on Android only. Backend snippet:

${code(f`const admin = require('firebase-admin');
const fetch = require('node-fetch');

async function goalAlert(topic, scorer, minute) {
  const res = await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: {
      Authorization: 'key=${v('credential.firebase_fcm_server_key', FCM)}',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ to: \`/topics/\${topic}\`, notification: { title: 'GOAL! ⚽', body: \`\${scorer} \${minute}'\` } }),
  });
  return res.json();
}`)}

iOS still gets them (APNs direct).`),

  rec('chat', f`Supporters' Discord wants the team news auto-posted an hour before kick-off. I set up the webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
How do I add an embed with the crest image and the starting XI as fields?`),

  rec('code_r', f`GPS data from the training vests — this R script stopped working after the vendor's API v6 update:

${code(f`library(httr)
library(jsonlite)
library(dplyr)

api_key <- "${v('credential.generic_secret_assignment', GPS_KEY)}"
base <- "https://connect-eu.gpsvest-cloud.com/api/v6"

activities <- GET(paste0(base, "/activities?start_time=1732406400"),
                  add_headers(Authorization = paste("Bearer", api_key))) |>
  content(as = "text") |> fromJSON()

hsr <- activities |> filter(tag == "MD-1") |> select(athlete_name, total_distance, hsr_distance)`)}`),

  rec('chat_he', f`אפשר עזרה בניסוח הודעה לסקאוט החדש שלנו בתל אביב? צריך להגיד לו שהגישה לפורטל הסקאוטינג מוכנה: שם המשתמש הוא scout.tlv, הסיסמה היא ${v('credential.password_in_prose', 'Yarkon-Scout-77')} ושחובה להחליף אותה אחרי הכניסה הראשונה. תכתוב באנגלית ובעברית.`),

  rec('chat_ie', f`Jira automation for the academy kit requests keeps failing, the rule calls an external webhook that uses my account. Token is ${v('credential.atlassian_api_token', ATLASSIAN)} with ${v('pii.email', 'd.mcgrath@kilbarrowrovers.ie')} — do automation web requests need a service account now?`),

  rec('env_file', f`${amb('source_code.snippet', f`# membership-app/.env.local
NEXT_PUBLIC_SUPABASE_URL=https://wmkqzhtrbnaxcvpdlyue.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=<anon key from dashboard>
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPABASE_JWT)}
DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}`)}

moving the season-ticket member app from the DO droplet to Supabase edge functions. do I still need the DO token anywhere?`),

  // ── cosmetics e-commerce ─────────────────────────────────────────────────
  rec('code_ts', f`Bulk update of inventory from the 3PL feed: GraphQL throttles us after ~40 calls. Is there a bulk mutation I should use instead?

${code(f`const SHOP = 'lumera-skin.myshopify.com';
const TOKEN = '${v('credential.shopify_access_token', SHPAT)}';

export async function setQty(inventoryItemId: string, locationId: string, qty: number) {
  const res = await fetch(\`https://\${SHOP}/admin/api/2024-10/graphql.json\`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: \`mutation ($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) { userErrors { message } } }\`,
      variables: { input: { name: 'available', reason: 'correction', quantities: [{ inventoryItemId, locationId, quantity: qty }] } },
    }),
  });
  return res.json();
}`)}`),

  rec('env_file', f`the custom app for the AU and NZ stores — HMAC validation on webhooks fails only for NZ. both stores share this env:

${amb('source_code.snippet', f`SHOPIFY_API_KEY=${ambCat('credential', '4f1d8b2c7e9a3650d1b8f4c2a7e93d05')}
SHOPIFY_API_SECRET=${v('credential.shopify_shared_secret', SHPSS)}
SHOPIFY_ADMIN_TOKEN_AU=${v('credential.shopify_access_token', SHPCA)}
SHOPIFY_SCOPES=read_orders,write_fulfillments,read_inventory`)}

do I need a separate secret per store?`, 'Shopify "API key" is the app\'s client id: named like a secret, public in install URLs (ambiguous)'),

  rec('code_python', f`Meta Conversions API events are showing "Server" but match quality is 3.1. Here's what we send from the order webhook:

${code(f`import hashlib, time, requests

PIXEL_ID = "918273645501842"
ACCESS_TOKEN = "${v('credential.facebook_access_token', META_CAPI)}"

def sha(v):
    return hashlib.sha256(v.strip().lower().encode()).hexdigest()

def send_purchase(order):
    event = {
        "event_name": "Purchase",
        "event_time": int(time.time()),
        "action_source": "website",
        "user_data": {"em": [sha(order["email"])], "ct": [sha(order["city"])]},
        "custom_data": {"currency": "AUD", "value": order["total"]},
    }
    return requests.post(f"https://graph.facebook.com/v20.0/{PIXEL_ID}/events",
                         json={"data": [event], "access_token": ACCESS_TOKEN}).json()`)}

what else can I hash in to get the score up?`),

  rec('yaml', f`google-ads.yaml for the reporting script, the refresh token keeps coming back invalid_grant after 7 days:

${amb('source_code.snippet', f`developer_token: ${v('credential.generic_secret_assignment', GADS_DEV)}
client_id: 731920485516-8q2w4e6r8t0y1u3i5o7p9a2s4d6f8g0h.apps.googleusercontent.com
client_secret: ${v('credential.google_oauth_client_secret', GOCSPX)}
refresh_token: ${v('credential.generic_secret_assignment', GADS_REFRESH)}
login_customer_id: 4827163950
use_proto_plus: True`)}`, 'Google OAuth refresh token (1//…) has no rule of its own: labelled as a generic secret'),

  rec('code_python', f`${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

PROMPT = """You write product descriptions for Lumera Skin (Australian, vegan, fragrance-free).
Tone: warm, no medical claims, max 80 words. Mention the hero ingredients."""

def describe(product):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT},
                  {"role": "user", "content": f"{product['title']}: {', '.join(product['inci'])}"}],
    )
    return r.choices[0].message.content`)}

it keeps saying "clinically proven" even though I told it no medical claims. how do I stop that?`),

  rec('chat_tl', f`Hi! Pa-check naman kung bakit 401 yung macro namin sa helpdesk. Ito yung curl na ginagamit ko, copy-paste lang from the guide:

${amb('source_code.snippet', f`curl https://lumeraskin.zendesk.com/api/v2/tickets/48213.json \\
  -u ${v('pii.email', 'joy.delacruz@lumeraskin.com')}/token:${v('credential.user_password_pair', ZENDESK)}`)}

Dati gumagana 'to, after ng SSO rollout hindi na. Salamat po!`),

  rec('code_python', f`NetSuite TBA signature invalid — I've checked the realm a hundred times. The sandbox realm has the _SB1 suffix, does that go into the signature?

${code(f`from requests_oauthlib import OAuth1

auth = OAuth1(
    client_key="${ambCat('credential', NS_CK)}",
    client_secret="${v('credential.generic_secret_assignment', NS_CS)}",
    resource_owner_key="${ambCat('credential', NS_TI)}",
    resource_owner_secret="${v('credential.generic_secret_assignment', NS_TS)}",
    realm="7319842_SB1",
    signature_method="HMAC-SHA256",
)
r = requests.get("https://7319842-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/salesOrder?limit=5", auth=auth)`)}`, 'OAuth1 consumer key / token id: identifiers that work only with their secrets, ambiguous; the two secrets are labelled'),

  rec('chat', f`Theme deploys from GitHub to Shopify fail since last week: "Bad credentials". I made a new fine-grained token for the theme repo, ${v('credential.github_fine_grained_pat', GH_FINE)}, contents read+write. Do I need metadata permission too?`),

  rec('npmrc', f`${amb('source_code.snippet', f`@lumera:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}

our private @lumera/ui package installs locally but the Vercel build says 404. Where does Vercel read .npmrc from?`, 'npm token as the .npmrc _authToken value: two labels on one span, as batch 2'),

  rec('env_file', f`Customer care AI drafts — can you check this config before I hand it to the agency in Manila? They'll run it on their side.

${amb('source_code.snippet', f`ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
DRAFT_MODEL=claude-3-5-haiku-latest
HELPDESK_SUBDOMAIN=lumeraskin
MAX_DRAFTS_PER_HOUR=400
DATADOG_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_SITE=ap1.datadoghq.com`)}`),

  rec('bitbucket_pipelines', f`${amb('source_code.snippet', f`# bitbucket-pipelines.yml (headless storefront)
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Build & deploy
          script:
            - npm ci
            - npm run build
            - npx vercel deploy --prod --token ${v('credential.vercel_token', VERCEL)}
            - >
              curl -X POST "https://api.cloudflare.com/client/v4/zones/3f7a9c21d84b6e05f1a2c3d4e5f60718/purge_cache"
              -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}"
              --data '{"purge_everything":true}'`)}

the purge works but Vercel deploys to preview not prod, why?`),

  // ── architecture & planning ──────────────────────────────────────────────
  rec('code_python', f`${code(f`import requests

APS_CLIENT_ID = "Qk7vXn2R9mWb4LcT8hYp3ZfJ6sDa1GeU"
APS_CLIENT_SECRET = "${v('credential.generic_secret_assignment', APS_SECRET)}"

def token():
    r = requests.post(
        "https://developer.api.autodesk.com/authentication/v2/token",
        data={"grant_type": "client_credentials", "scope": "data:read bucket:read"},
        auth=(APS_CLIENT_ID, APS_CLIENT_SECRET),
    )
    r.raise_for_status()
    return r.json()["access_token"]`)}

Prøver å hente ut modellene fra ACC for prosjekt 2214 Bjørvika. Token fungerer, men alle kall mot /project/v1/hubs gir tom liste. Er det provisjonering i ACC-admin som mangler?`),

  rec('config', f`Render farm uploads frames to blob storage. The script works from my workstation but not from the farm nodes:

${amb('source_code.snippet', f`[storage]
connection = DefaultEndpointsProtocol=https;AccountName=hbarender;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
container = frames-2214
overwrite = false`)}`),

  rec('email', f`Hei Kari,

Her er lenken til IFC-modellen for rammesøknaden. Den er gyldig til fredag:
https://hbashare.blob.core.windows.net/client-2214/Bjorvika_ARK_v14.ifc?sv=2023-11-03&st=2024-11-25T07%3A00%3A00Z&se=2024-11-29T22%3A00%3A00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS_SIG)}

Hilsen Eirik

→ can you translate this mail to English for the Slovak BIM team, and tell me if sp=r means they can't overwrite it?`),

  rec('chat_sk', f`Ahoj, potrebujem napísať mail pre nového kolegu v Bratislave. Prístup na NAS s projektmi: adresa \\\\hba-nas02\\projekty, používateľ hba\\mkovac, heslo je ${v('credential.password_in_prose', 'Dunaj-Most-2024!')} — nech si ho zmení hneď pri prvom prihlásení. Môžeš to napísať slušne a stručne?`),

  rec('chat_ro', f`Salut! Poți să-mi scrii un mesaj scurt pentru colegii din Cluj? Serverul de licențe Revit s-a mutat. Noua adresă e lic02.hba.local, userul e "licadmin", iar parola este ${v('credential.password_in_prose', 'Somes-Cluj#77')}. Să nu o trimită mai departe pe WhatsApp, vă rog.`),

  rec('powershell', f`Script that syncs the tender folders from SharePoint to the project NAS every night. Fails with AADSTS7000215:

${code(f`$tenant = "hbarkitekter.onmicrosoft.com"
$clientId = "2c81f4d7-93a5-4e0b-b6d2-7f1a9c3e5b48"
$clientSecret = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body).access_token
Get-ChildItem "\\\\hba-nas02\\anbud" | ForEach-Object { Sync-TenderFolder -Token $token -Path $_.FullName }`)}`),

  rec('notebook', f`In [1]:
${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from diffusers import StableDiffusionXLControlNetPipeline, ControlNetModel
cn = ControlNetModel.from_pretrained("diffusers/controlnet-depth-sdxl-1.0")`)}

we use this to do quick mood images over the massing model for competition entries. Can I run it on the render nodes with 12 GB VRAM?`),

  rec('chat_no', f`Konkurransegrunnlaget sier at vi skal laste opp tegningene via FTP. Vi fikk denne adressen fra kommunen: ftp://hba_anbud:${v('credential.url_password', 'Akerselva-2025')}@ftp.anbud-bergen.example.no/innlevering/ — FileZilla sier "530 Login incorrect". Er det noe feil med formatet?`),

  rec('runbook', f`Rendering nodes pull jobs from the queue server over SSH. I'm writing the rebuild checklist for the node image — can you tidy it up? Current notes:

1. install Ubuntu 22.04, NVIDIA 550 driver
2. create user "render", add to video group
3. put this key in /home/render/.ssh/id_ed25519 (chmod 600):

${v('credential.openssh_private_key', OSSH_RENDER)}

4. test: ${amb('source_code.snippet', "ssh render@queue01 'hostname'")}
5. enable the blender-worker service`),

  rec('gitlab_ci', f`${amb('source_code.snippet', f`# .gitlab-ci.yml — Dynamo package build
variables:
  PKG_NAME: "HBA.FacadeTools"
build:
  image: mcr.microsoft.com/dotnet/sdk:8.0
  script:
    - dotnet build src/HBA.FacadeTools.sln -c Release
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.hba.no/bim/dynamo-packages.git out
    - cp -r build/Release/* out/HBA.FacadeTools/bin/`)}

Kolega z Bratislavy hovorí, že token v CI je zlý nápad. Ako to spraviť cez CI/CD variables?`),

  rec('chat', f`for the competition boards we keep the schedule in Airtable and the images in Figma. Want a script that exports each Figma frame as PNG and attaches it to the Airtable row with the same sheet number. Tokens: Airtable ${v('credential.airtable_pat', AIRTABLE)}, Figma ${v('credential.figma_token', FIGMA)}. Python please.`),

  // ── elderly care ─────────────────────────────────────────────────────────
  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  carenotes:
    image: registry.glenmorecare.ie/carenotes:3.8.2
    environment:
      DATABASE_URL: postgresql://carenotes:${v('credential.database_url_password', 'Heather-Ward-51')}@db:5432/carenotes
      TZ: Europe/Dublin
    depends_on: [db]
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: carenotes
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Heather-Ward-51')}`)}

After upgrading to 3.8.2 the care plans page takes 20 seconds to load. Where do I even start?`),

  rec('chat_tl', f`Ate, pwede mo ba ayusin 'tong message para sa night shift? "Yung password ng tablet sa Ward 2 ay ${v('credential.password_in_prose', 'Glenmore@Ward2')}, wag ibigay sa agency staff, sila may sariling login. Pag nag-lock, tawag kayo sa nurse in charge." Gusto ko medyo formal pero friendly.`),

  rec('env_file', f`Roster sync from our rostering system into Outlook calendars for all care staff — Graph says 401 InvalidAuthenticationToken:

${amb('source_code.snippet', f`AZURE_TENANT_ID=9d3f7b21-4c8e-4a60-b5d9-1e2f3a4b5c6d
AZURE_CLIENT_ID=e7c2a9f4-1b3d-4e58-8a06-2f9c7d1b3e45
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT_SECRET2)}
ROSTER_API=https://roster.glenmorecare.ie/api/v2`)}`),

  rec('code_python', f`Shift-swap bot for the care assistants. It answers in private chats but not in the group, why?

${code(f`from telegram.ext import Application, CommandHandler

async def swap(update, context):
    await update.message.reply_text("Swap request logged, the CNM will confirm by 6pm.")

app = Application.builder().token("${v('credential.telegram_bot_token', TELEGRAM)}").build()
app.add_handler(CommandHandler("swap", swap))
app.run_polling()`)}`),

  rec('shell', f`need to export last month's falls register from the old care app DB for the HIQA return, this hangs:

${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '192.168.10.20')} -u reports -p${v('credential.mysql_cli_password', 'Falls-Reg-2019')} careapp -e "SELECT incident_date, unit, outcome FROM falls WHERE incident_date >= '2024-10-01'" > falls_oct.tsv`)}`),

  rec('bat', f`the login script maps the care plans share for the nurses' station PCs, but on the new Windows 11 ones it asks for the password every morning:

${amb('source_code.snippet', f`net use P: \\\\gc-fs01\\careplans /user:GLENMORE\\svc_nursestation ${v('credential.cli_password', 'Nurse-Stn-4410')} /persistent:yes`)}

is that because of the credential guard thing?`),

  rec('chat', f`vault kv get says permission denied on secret/carenotes/prod, using the token I got from the IT lead: ${v('credential.vault_token', VAULT)}. Does the policy need "read" on the data/ path for KV v2?`),

  rec('chat_he', f`שלום, תוכל לתרגם לאנגלית את ההודעה הזו לצוות הלילה בבית האבות? "ההתחברות למערכת התרופות: שם משתמש nightnurse2, סיסמה ${v('credential.password_in_prose', 'Carmel-Lila-82')}. לא לרשום את הסיסמה על פתק ליד המחשב."`),

  rec('json_config', f`Google Sheets export of the weekly staffing levels — I made a service account for it. Does this key file look complete? gspread says "invalid_grant: Invalid JWT Signature".

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "glenmore-rosters",
  "private_key_id": "4e8b1c0f7a2d93e6b5c14f08a7d2e9c3b6f10a57",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'sheets-export@glenmore-rosters.iam.gserviceaccount.com')}",
  "client_id": "104827365019283746510",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}`, 'service-account key file: whole object and the PEM inside labelled, ambiguous code around it'),

  rec('json_config', f`Builds on the new runner can't pull our private images. ~/.docker/config.json from the runner:

${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('chat_ro', f`Bună, te rog ajută-mă să scriu un mesaj pentru colega nouă de la tura de noapte, în engleză și română: "Pentru aplicația de pontaj, userul tău este ana.munteanu, iar parola temporară e ${v('credential.password_in_prose', 'Carpati2024!')}. O schimbi la prima logare. Dacă nu merge, suni la birou dimineața."`),
];

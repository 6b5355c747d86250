/**
 * Held-out batch 32: credentials pasted by staff of a lab-equipment distributor, a lottery
 * operator, a charter school network, a seafood exporter, a payroll-card fintech and a water
 * utility — configs, shells, code, tickets and chat in English, Spanish, Italian, Polish,
 * Turkish, Japanese and Swahili. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

// Kestrel Lab Systems (lab-equipment distribution and field service)
const TW_SID = tok('AC', fill('b32-twsid', HEX, 32));
const TW_AUTH = fill('b32-twauth', HEX, 32);
const IOTHUB_KEY = b64Bytes('b32-iothub', 32);
const IOT_RSA = pem('RSA PRIVATE KEY', 'b32-iotrsa', 1191);
const IOT_CERT = pem('CERTIFICATE', 'b32-iotcert', 860);
const DD_API = fill('b32-ddapi', HEX, 32);
const SNOW_BASIC = b64('svc_fsm_integration:Kx7#pLq29vTm');
const NPM_TOKEN = gh('npm', 'Tq8Vz3Kw6Mb1Rx9Pn4Hd7Ls2Fy5Cj0');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b32-atl', B64URL, 171), '=', fill('b32-atl2', HEX.toUpperCase(), 8));
const HF = tok('hf_', fill('b32-hf', UPPER + LOWER, 34));

// LottoVia S.p.A. (lottery and gaming)
const NEXI_MAC = fill('b32-nexi', UPPER + DIGITS, 32);
const LV_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lv-payouts-2025-03' }, { iss: 'https://auth.lottovia.it', sub: 'svc-payouts-batch', aud: 'payouts-api', scope: 'payouts:write payouts:read', iat: 1741856400, exp: 1741860000 }, 'b32-lvjwt');
const OKTA = tok('00', fill('b32-okta', B64URL, 40));
const AZ_SECRET = tok(fill('b32-azs1', B62, 3), '8Q~', fill('b32-azs2', B62 + '_~.-', 31));
const CF_TOKEN = fill('b32-cftok', B62 + '_-', 40);
const SENTRY_USER = tok('sntryu_', fill('b32-sntryu', HEX, 64));

// Crestview Academies (charter school network)
const SA_PEM = pem('PRIVATE KEY', 'b32-gsa', 1217).replace(/\n/g, '\\n');
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b32-gmaps', B64URL, 33));
const CLEVER = fill('b32-clever', HEX, 40);
const AIRTABLE = tok('pat', fill('b32-at1', B62, 14), '.', fill('b32-at2', HEX, 64));
const MAILCHIMP = tok(fill('b32-mc', HEX, 32), '-us14');
const SENDGRID = tok('SG.', fill('b32-sg1', B64URL, 22), '.', fill('b32-sg2', B64URL, 43));

// Pelagia Seafood Export (processing, cold chain, export)
const TG_BOT = tok('7358214096', ':AA', fill('b32-tg', B64URL, 33));
const AKIA = tok('AKIA', fill('b32-akia', B32, 16));
const AKIA_SECRET = fill('b32-akias', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K8RM2P', '/', 'B07', fill('b32-slb', UPPER + DIGITS, 8), '/', fill('b32-slh', B62, 24));
const SHPAT = tok('shpat_', fill('b32-shpat', HEX, 32));
const DOCKER_AUTH = b64('ci-builder:Rq9!vLm2xT7wZp');
const DARAJA_KEY = fill('b32-darajak', B62, 48);
const DARAJA_SECRET = fill('b32-darajas', B62, 64);
const DARAJA_PASSKEY = fill('b32-darajap', HEX, 64);

// Fundara (payroll cards)
const RK_LIVE = tok('rk_', 'live_', '51', fill('b32-rklive', B62, 97));
const VAULT = tok('hvs.', 'CAESI', fill('b32-vault', B64URL, 86));
const GH_FINE = tok('github_pat_', '11B', fill('b32-ghf1', UPPER + DIGITS, 19), '_', fill('b32-ghf2', B62, 59));
const POSTMAN = tok('PMAK-', fill('b32-pm1', HEX, 24), '-', fill('b32-pm2', HEX, 34));
const PROC_KEY = fill('b32-proc', B62, 40);
const PGP_BODY = `lQVYBGb${fill('b32-pgp0', B64, 57)}\n${(b64Bytes('b32-pgp', 1020).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b32-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const OPENAI = tok('sk-proj-', fill('b32-oai1', B64URL, 74), 'T3BlbkFJ', fill('b32-oai2', B64URL, 74));
const TW_SK = tok('SK', fill('b32-twsk', HEX, 32));
const TW_SK_SECRET = fill('b32-twsks', B62, 32);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b32-ant', B64URL, 93), 'AA');
const DD_API2 = fill('b32-ddapi2', HEX, 32);
const DD_APP2 = fill('b32-ddapp2', HEX, 40);
const K8S_PG = b64('Fq7#wPz!20mKd');
const K8S_SG = b64(tok('SG.', fill('b32-k8ssg1', B64URL, 22), '.', fill('b32-k8ssg2', B64URL, 43)));

// Millbrook Water & Sewer Authority
const AZ_STORAGE = tok(fill('b32-azst', B64, 86), '==');
const TEAMS_HOOK = tok('https://millbrookwater.webhook.office.com/webhookb2/', '6a2f0c94-1d7e-4b38-9f25-83c1e0a7d6b2@0e4b7c19-5a82-43d6-b1f0-9c3e27d8a54f/IncomingWebhook/', fill('b32-teams1', HEX, 32), '/', '2c7d9e41-8b30-4f6a-a5d2-1e9f03b7c864/', 'V2', fill('b32-teams2', B64URL, 43));
const JUMP_KEY = pem('OPENSSH PRIVATE KEY', 'b32-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GLPAT = tok('glpat-', fill('b32-glpat', B62 + '_-', 20));
const DOP = tok('dop_v1_', fill('b32-dop', HEX, 64));

export const BATCH32_CREDENTIALS: DraftRecord[] = [
  // ---------------------------------------------------------------- Kestrel Lab Systems
  rec('env_file', f`FSE dispatch texts stopped going out on Friday. This is the .env on the dispatch box, can you see anything wrong? Twilio console says the number is active.

${cfg(f`# /opt/kestrel-dispatch/.env
NODE_ENV=production
DISPATCH_REGION=UK
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_MESSAGING_SERVICE_SID=MG4e1b7c90d25a83f6e0c9b14d72a58e31
SMS_TEMPLATE_DIR=/opt/kestrel-dispatch/templates
LOG_LEVEL=info`)}`),

  rec('mosquitto_conf', f`Hi, freezer telemetry from the Aga Khan Nairobi site drops every ~20 min, then reconnects. Bridge config on the gateway:

${cfg(f`connection kestrel-cloud
address mqtt.kestrellabsys.com:8883
remote_clientid gw-nbo-akuh-0142
remote_username gw-nbo-akuh-0142
remote_password ${v('credential.password_assignment', 'Fz8!rWq3Lm27')}
bridge_protocol_version mqttv311
keepalive_interval 60
cleansession false
topic telemetry/# out 1 "" kestrel/ke/
bridge_cafile /etc/mosquitto/certs/kestrel-ca.crt`)}

Site has a Safaricom 4G router, could it be NAT timeout? Asante.`),

  rec('code_python', f`This sends the -80 freezer readings to IoT Hub but after ~1h I get "Unauthorized". Is the SAS renewed automatically?

\`\`\`python
${code(f`import asyncio, json
from azure.iot.device.aio import IoTHubDeviceClient
from azure.iot.device import Message

CONN = "HostName=kls-telemetry-weu.azure-devices.net;DeviceId=ULT-80-SN41877;SharedAccessKey=${v('credential.generic_secret_assignment', IOTHUB_KEY)}"

async def main():
    client = IoTHubDeviceClient.create_from_connection_string(CONN)
    await client.connect()
    while True:
        reading = read_probe()  # {'t_c': -79.4, 'door': 0}
        await client.send_message(Message(json.dumps(reading)))
        await asyncio.sleep(30)

asyncio.run(main())`)}
\`\`\``),

  rec('chat', f`good morning, the centrifuge gateway at Kenyatta is refusing TLS to AWS IoT. These are the files on the SD card, which one is wrong?

device.pem.crt:
${IOT_CERT}

private.pem.key:
${v('credential.private_key', IOT_RSA)}

root CA is AmazonRootCA1.pem. Time on the device is correct (NTP ok).`, 'device certificate left unlabelled (public), private key labelled'),

  rec('yaml', f`Datadog agent on the telemetry collector VM doesn't report to EU. datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.com
hostname: kls-telemetry-collector-01
tags:
  - env:prod
  - team:field-service
logs_enabled: true
process_config:
  process_collection:
    enabled: false`)}

our account is on app.datadoghq.eu, is it just the site line?`),

  rec('curl', f`ServiceNow returns 401 on the work-order sync since the password rotation, but I updated the header?

${cfg(f`curl -s "https://kestrel.service-now.com/api/now/table/wm_order?sysparm_query=assigned_to.user_name=fse.okello^state=16&sysparm_limit=50" \\
  -H "Accept: application/json" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', SNOW_BASIC)}"`)}`),

  rec('npmrc', f`${cfg(f`; ~/.npmrc on the build agent
registry=https://registry.npmjs.org/
@kestrel-fsm:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM_TOKEN))}
fund=false`)}

npm ci in the field-service PWA pipeline fails with E404 for @kestrel-fsm/ui-kit, but the package exists and I can install it from my laptop.`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('curl', f`Trying to bulk-close the PM tickets in Jira from a script, the test call already fails:

${cfg(f`curl -u ${v('pii.email', 'd.mwangi@kestrellabsys.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X GET -H "Accept: application/json" \\
  "https://kestrellab.atlassian.net/rest/api/3/search?jql=project%3DPMV%20AND%20status%3D%22Awaiting%20parts%22"`)}

{"errorMessages":["You do not have permission to view these issues"]}`),

  rec('chat', f`Can you write a handover note for Gemma, who takes over the Leeds & Sheffield patch from Monday? Include: van reg YN72 KXT, fuel card in the glovebox, the service laptop (Dell 5430, asset KLS-L-0419) BIOS password is ${v('credential.password_in_prose', 'Thistle#4481')} and the Windows login is her own. Spares cage code is on the whiteboard in the depot, don't put that in.`),

  rec('email_ja', f`以下のメールを英語に翻訳してください。UKチームに転送したいです。

---
Kestrel Lab Systems
サービス部 ご担当者様

いつもお世話になっております。星野メディカル 海外サービス課の田中です。
新サービスポータルのアカウントを発行いたしました。

URL：https://service.hoshino-med.co.jp/portal
ログインID：KLS-UK-004
初期パスワード：${v('credential.password_in_prose', 'Hm7#264qrTs')}

初回ログイン時にパスワードの変更をお願いいたします。
ご不明な点がございましたらお気軽にお問い合わせください。

よろしくお願いいたします。
---`),

  rec('notebook', f`In [2]:
${code(f`from huggingface_hub import login, snapshot_download
login(token="${v('credential.huggingface_token', HF)}")
path = snapshot_download("kestrel-lab/compressor-anomaly-v2", revision="main")`)}

Out[2]: HfHubHTTPError: 403 Client Error ... Access to model kestrel-lab/compressor-anomaly-v2 is restricted

The repo is private in our org. I'm a member, why 403?`),

  rec('chat_ph', f`Good day po! Kindly check my wpa_supplicant for the analyser IoT box at St. Luke's BGC, it won't join the BioMed wifi. The IT there said the PSK is ${v('credential.password_in_prose', 'SLMC-bmd!2025')}.

${cfg(f`ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=PH

network={
    ssid="SLMC-BioMed-IoT"
    psk="${v('credential.password_assignment', 'SLMC-bmd!2025')}"
    key_mgmt=WPA-PSK
    priority=5
}`)}

Thank you so much!`),

  // ---------------------------------------------------------------- LottoVia
  rec('code_php', f`Ciao, il MAC che calcoliamo per Nexi XPay non combacia mai, esito "KO - MAC errato". Codice del pagamento ricariche conto gioco:

${code(f`<?php
$alias = 'ALIAS_WEB_00048213';
$chiaveSegreta = '${v('credential.generic_secret_assignment', NEXI_MAC)}';
$codTrans = 'RIC-' . date('YmdHis') . '-' . $utente->id;
$importo = (int) round($ricarica * 100);

$mac = sha1('codTrans=' . $codTrans . 'divisa=EUR' . 'importo=' . $importo . $chiaveSegreta);

$params = [
    'alias' => $alias,
    'importo' => $importo,
    'divisa' => 'EUR',
    'codTrans' => $codTrans,
    'url' => 'https://www.lottovia.it/conto/ricarica/esito',
    'mac' => $mac,
];`)}

Dove sbaglio?`),

  rec('ini', f`Retailer terminal in Bari can't open the VPN after the router swap. Terminal config exported from the support tool:

${cfg(f`[terminal]
id=RIC-40213
model=LV-T5
fw=5.2.14

[network]
mode=dhcp
vpn_gateway=vpn-ret.lottovia.it
vpn_user=RIC40213
vpn_password=${v('credential.password_assignment', 'Tab4021.Bari!')}
backup_apn=ret.lottovia.m2m

[printer]
paper=58mm`)}

Router is a new TIM Hub+, does it block IPsec?`),

  rec('java_props', f`${cfg(f`# draw-events-publisher / application.properties
spring.kafka.bootstrap-servers=kafka-01.int.lottovia.it:9094,kafka-02.int.lottovia.it:9094
spring.kafka.properties.security.protocol=SASL_SSL
spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="draw-publisher" password="${v('credential.password_assignment', 'vQ2!mR8zLp4Kw')}";
spring.kafka.producer.acks=all
spring.kafka.producer.properties.enable.idempotence=true`)}

The 10eLotto draw events sometimes arrive twice at the retail gateway even with idempotence on. Why?`),

  rec('curl', f`Test call to the payouts API from the batch server, I get 403 "insufficient_scope". Token is fresh from the auth server:

${cfg(f`curl -X POST https://api.int.lottovia.it/payouts/v2/batches \\
  -H "Authorization: Bearer ${v('credential.jwt', LV_JWT)}" \\
  -H "Content-Type: application/json" \\
  -d @batch_20250313_vincite_medie.json`)}

The scope looks right to me. What else could it be?`),

  rec('powershell', f`Offboarding script for leavers, the deactivate step returns 403. Is the token missing a scope or is it the admin role?

${code(f`$oktaOrg = "https://lottovia.okta.com"
$headers = @{
    Authorization = "SSWS ${v('credential.okta_api_token', OKTA)}"
    Accept        = "application/json"
}
Import-Csv .\\leavers_marzo.csv | ForEach-Object {
    $u = Invoke-RestMethod -Uri "$oktaOrg/api/v1/users/$($_.login)" -Headers $headers
    Invoke-RestMethod -Uri "$oktaOrg/api/v1/users/$($u.id)/lifecycle/deactivate" -Method Post -Headers $headers
    Write-Host "deactivated $($_.login)"
}`)}`),

  rec('json_config', f`${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5b7e2c1a-93d4-4f08-8a6e-d1c0f29b3e47",
    "ClientId": "c08d4f2e-61a7-4b95-9e3c-7a2f18d6b0c3",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}",
    "CallbackPath": "/signin-oidc"
  },
  "ComplianceReports": {
    "AdmExportPath": "\\\\\\\\fs01\\\\adm\\\\export",
    "Schedule": "0 30 6 * * *"
  }
}`)}

appsettings.Production.json for the compliance portal. After the secret rotation users get AADSTS7000215. I pasted the new secret value, not the ID, I think?`),

  rec('email_it', f`Mi sistemi questa mail per il titolare della ricevitoria? Deve essere cortese ma chiara.

"Buongiorno sig. Colella, il nuovo terminale è stato configurato. Per il primo accesso al portale esercenti usi utente RIC-40213 e la password provvisoria ${v('credential.password_in_prose', 'Ricev!7731Ba')}, che le verrà chiesto di cambiare subito. Non la comunichi ai dipendenti. Per assistenza chiami il numero verde."`),

  rec('hcl', f`${cfg(f`# envs/prod/terraform.tfvars
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "8c41f0e27a9d4b35b6e1c2d0f7a38e59"
waf_mode             = "block"
rate_limit_rps       = 40
geo_allow            = ["IT", "SM", "VA"]`)}

terraform plan wants to recreate all WAF rules after the provider upgrade to v5, how do I avoid that on the lottery site?`),

  rec('ini', f`sentry-cli upload-dif fails in the Android build for the scratch-card app:

${cfg(f`# .sentryclirc
[auth]
token=${v('credential.sentry_auth_token', SENTRY_USER)}

[defaults]
url=https://sentry.io/
org=lottovia
project=gratta-app-android`)}

error: API request failed — 403 You do not have permission to perform this action.`),

  // ---------------------------------------------------------------- Crestview Academies
  rec('json_config', f`Directory sync from Google Workspace to the SIS stopped with "unauthorized_client". Is domain-wide delegation set on the wrong client id? Key file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "crestview-sis-sync",
  "private_key_id": "b71f03c9e28a4d5f61c0e7a94b32d8f1c5a06e27",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'roster-sync@crestview-sis-sync.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-sync%40crestview-sis-sync.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}`))}`, 'service-account address: email-shaped but not a person (ambiguous)'),

  rec('code_js', f`Apps Script for the enrolment sheet, it geocodes home addresses to assign the bus route. Quota errors after ~300 rows:

${code(f`const MAPS_KEY = '${v('credential.google_api_key', GOOGLE_KEY)}';

function geocodeAddresses() {
  const sh = SpreadsheetApp.getActive().getSheetByName('Enrollment 25-26');
  const rows = sh.getRange(2, 1, sh.getLastRow() - 1, 12).getValues();
  rows.forEach((r, i) => {
    if (r[10]) return; // already has lat/lng
    const addr = \`\${r[6]}, \${r[7]}, TX \${r[8]}\`;
    const url = 'https://maps.googleapis.com/maps/api/geocode/json?address=' + encodeURIComponent(addr) + '&key=' + MAPS_KEY;
    const res = JSON.parse(UrlFetchApp.fetch(url).getContentText());
    if (res.status === 'OK') {
      const loc = res.results[0].geometry.location;
      sh.getRange(i + 2, 11, 1, 2).setValues([[loc.lat, loc.lng]]);
    }
  });
}`)}`),

  rec('curl', f`Clever returns 200 but an empty data array for sections at the new Pflugerville campus. District token:

${cfg(f`curl -s -H "Authorization: Bearer ${v('credential.bearer_token', CLEVER)}" \\
  "https://api.clever.com/v3.0/schools/65f1c2a9e04b7d0012a3c8f4/sections?limit=100"`)}

The school shows up in the dashboard with 41 sections.`),

  rec('code_python', f`Nightly attendance pull from PowerSchool, token request fails with invalid_client since the plugin reinstall:

${code(f`import requests, base64

PS_URL = "https://crestview.powerschool.com"
CLIENT_ID = "a3e91f07-5c2d-4b68-9f14-d8c07e2b6a95"
CLIENT_SECRET = "${v('credential.generic_secret_assignment', '7d0c4b92-e1f8-4a36-b5d7-2f9a61c3e084')}"

def get_token():
    creds = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(f"{PS_URL}/oauth/access_token",
                      headers={"Authorization": f"Basic {creds}",
                               "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
                      data="grant_type=client_credentials", timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]`)}`, 'PowerSchool plugin secrets are UUID-shaped: labelled because the assignment names it a client secret'),

  rec('code_js', f`${code(f`// lottery-draw.js — admissions lottery for 2025-26 waitlists
const Airtable = require('airtable');
const base = new Airtable({ apiKey: '${v('credential.airtable_pat', AIRTABLE)}' }).base('appR4cV2nT8kW1qZm');

async function applicantsFor(campus, grade) {
  const recs = await base('Applications').select({
    filterByFormula: \`AND({Campus}='\${campus}', {Grade}='\${grade}', {Status}='Complete')\`,
  }).all();
  return recs.map((r) => ({ id: r.id, sibling: !!r.get('Sibling enrolled'), staffChild: !!r.get('Staff child') }));
}`)}

Board wants sibling and staff-child priority applied before the random draw. How do I do a weighted shuffle that's auditable?`),

  rec('chat_es_mx', f`Hola, me ayudas a escribir un mensaje corto y amable para la mamá de un alumno? Algo así: "Buenas tardes Sra. Ramírez, ya quedó su cuenta del portal de padres de PowerSchool. Su usuario es lramirez_cv y la contraseña temporal es ${v('credential.password_in_prose', 'Cedro2025!')}. Al entrar le va a pedir que la cambie. Cualquier duda me puede llamar a la oficina." Que suene natural, no muy formal.`),

  rec('chat', f`Our family newsletter sync to Mailchimp broke after we renamed the audience. Using API key ${v('credential.mailchimp_api_key', MAILCHIMP)}, list "Crestview Families 2025". Can you write a Python snippet that upserts parents from a CSV with a tag per campus?`),

  rec('env_file', f`${cfg(f`# attendance-alerts/.env
SIS_BASE_URL=https://crestview.powerschool.com
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
ALERT_FROM=attendance-noreply
ALERT_CUTOFF=09:15
TZ=America/Chicago
SPANISH_TEMPLATE_ID=d-4f1a8c92b07e4e3d9a6c51f28e0b7d13`)}

Parents get the absence email in English even when the home language is Spanish in PowerSchool. Where would I check?`),

  // ---------------------------------------------------------------- Pelagia Seafood
  rec('json_config', f`Traceability app can't reach the ERP DB after the server move to the Vigo datacentre:

${cfg(f`"ConnectionStrings": {
  "Erp": "Server=erp-sql-vgo.pelagia.local,1433;Database=PELAGIA_ERP;User Id=trace_app;Password=${v('credential.connection_string_password', 'Merluza#2291vgo')};TrustServerCertificate=True;",
  "Trace": "Server=(localdb)\\\\MSSQLLocalDB;Database=Trace;Trusted_Connection=True;"
}`)}

Error: "A network-related or instance-specific error occurred". Port 1433 is open on the firewall.`),

  rec('code_python', f`Cold room alarms bot for the GenSan plant — it works but sends the same alert 5 times:

${code(f`import time, requests
BOT = "${v('credential.telegram_bot_token', TG_BOT)}"
CHAT_ID = -1002148837561
LIMIT_C = -18.0

def alert(room, temp):
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": f"⚠️ {room}: {temp:.1f} °C (limit {LIMIT_C})"})

while True:
    for room, temp in read_all_rooms():
        if temp > LIMIT_C:
            alert(room, temp)
    time.sleep(60)`)}

How do I only alert once until it recovers?`),

  rec('chat_es', f`Oye, el aws s3 sync de los certificados sanitarios al bucket de exportación me da AccessDenied desde el PC de calidad. Tengo esto en el ~/.aws/credentials:

${cfg(f`[pelagia-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-west-3`)}

y lanzo: aws s3 sync ./certificados s3://pelagia-export-docs/2025/ --profile pelagia-export

¿Puede ser que la política del usuario no tenga s3:PutObject?`),

  rec('json_config', f`Node-RED flow export from the reefer monitoring Pi. The Slack message goes out but with "undefined" for the container number:

${cfg(f`[{"id":"7c1e4a2b.9f03d8","type":"function","z":"f2a1","name":"format alarm","func":"msg.payload = { text: ':snowflake: Reefer ' + msg.container + ' setpoint deviation ' + msg.payload.delta + ' °C' };\\nreturn msg;","outputs":1,"x":420,"y":160,"wires":[["3b8d0e61.a47c2"]]},
{"id":"3b8d0e61.a47c2","type":"http request","z":"f2a1","name":"slack #reefer-alarms","method":"POST","ret":"txt","url":"${v('credential.slack_webhook_url', SLACK_HOOK)}","tls":"","x":650,"y":160,"wires":[[]]}]`)}`),

  rec('chat_tr', f`Şu mesajı İngilizceye çevirir misin? Vigo'daki ekibe iletilecek.

"Merhaba, gümrük müşavirliği portalına giriş bilgileri aşağıdadır. Kullanıcı adı: pelagia_ist, şifre: ${v('credential.password_in_prose', 'Levrek.2025!ist')}. Lütfen şifreyi kimseyle paylaşmayın, ithalat beyannamelerini bu hesapla takip edebilirsiniz. Sorun olursa Ayşe Hanım'a yazın."`),

  rec('env_file', f`${cfg(f`# lot-trace-api/.env.production
PORT=8080
DATABASE_URL=postgresql://trace_rw:${v('credential.database_url_password', 'Atun-Rojo-77!')}@pg-trace.pelagia.internal:5432/trace?sslmode=require
CATCH_CERT_BUCKET=pelagia-catch-certs
DEFAULT_LANG=es`)}

Can I point Prisma at this without changing the URL format? It complains about the exclamation mark.`),

  rec('curl', f`Stock sync from ERP to the online shop stopped, the products call gives 401:

${cfg(f`curl -s "https://pelagia-gourmet.myshopify.com/admin/api/2024-10/inventory_levels.json?location_ids=73018245681" \\
  -H "X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHPAT)}"`)}

We reinstalled the custom app last week. Do I need to regenerate the token?`),

  rec('chat_sw', f`Habari, naomba unisaidie kuandika ujumbe mfupi kwa fundi wa CCTV wa kiwanda cha Mombasa. Mwambie kamera ya chumba cha baridi namba 3 haionyeshi picha tangu jana. Jina la mtumiaji wa DVR ni admin na nenosiri ni ${v('credential.password_in_prose', 'Pweza#4471')}. Aje kesho asubuhi kabla ya saa tatu. Asante.`),

  rec('json_config', f`${cfg(f`{
  "auths": {
    "registry.pelagia-seafood.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

this is /root/.docker/config.json on the label-printer server. docker pull works, compose pull says "unauthorized". Same user?`),

  rec('code_php', f`Timbrado de CFDI desde la planta de Ensenada, el PAC responde "307 - El CFDI contiene un timbre previo". Este es el código:

${code(f`<?php
$xml = file_get_contents("/srv/cfdi/pendientes/{$folio}.xml");
$client = new SoapClient('https://timbrado.pac-proveedor.mx/ws/TimbradoService.svc?wsdl');
$resp = $client->timbrar([
    'usuario'  => 'PELAGIA_ENS',
    'password' => '${v('credential.password_assignment', 'Ens3nada#2291')}',
    'cfdi'     => base64_encode($xml),
]);
file_put_contents("/srv/cfdi/timbrados/{$folio}.xml", $resp->timbrarResult->xml);`)}

¿Cómo evito mandar dos veces el mismo folio si el cron se traslapa?`),

  rec('code_python', f`Paying the boat crews in Mombasa via M-Pesa B2C. Sandbox worked, production returns "Invalid Access Token":

${code(f`CONSUMER_KEY = "${v('credential.generic_secret_assignment', DARAJA_KEY)}"
CONSUMER_SECRET = "${v('credential.generic_secret_assignment', DARAJA_SECRET)}"
PASSKEY = "${v('credential.generic_secret_assignment', DARAJA_PASSKEY)}"
SHORTCODE = "3029114"
INITIATOR = "pelagia_api"
INITIATOR_PASSWORD = "${v('credential.password_assignment', 'Samaki@2025')}"

def token():
    r = requests.get("https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials",
                     auth=(CONSUMER_KEY, CONSUMER_SECRET), timeout=20)
    return r.json()["access_token"]`)}`),

  // ---------------------------------------------------------------- Fundara
  rec('env_file', f`${cfg(f`# card-funding-svc/.env (prod)
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', RK_LIVE)}
STRIPE_ACCOUNT=acct_1OqK8cLm2Vx7Rz4P
FUNDING_CUTOFF_ET=16:30
ALLOW_SAME_DAY_ACH=true`)}

The restricted key should only need read on balance and write on payouts. We get "permission_error" on /v1/transfers. Do transfers need a separate permission?`),

  rec('shell', f`vault kv get works with my own token but not inside the pod. Session from my laptop:

${cfg(f`$ export VAULT_ADDR=https://vault.int.fundara.io
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -mount=secret card-issuing/processor
====== Secret Path ======
secret/data/card-issuing/processor
...
$ kubectl exec -it deploy/issuing-api -- vault kv get -mount=secret card-issuing/processor
Error making API request. Code: 403. Errors: * permission denied`)}`),

  rec('shell', f`why does git keep asking for my password in the CI runner? git remote -v:

origin	https://x-access-token:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/fundara/kyc-orchestrator.git (fetch)
origin	https://x-access-token:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/fundara/kyc-orchestrator.git (push)

the token has Contents read/write on that repo.`),

  rec('json_config', f`Exported our Postman environment for the new QA contractor in Kraków — can you turn it into a .env file for newman?

${cfg(f`{
  "id": "4c7b0e92-1fd3-4a85-b6e0-8a3d2f91c574",
  "name": "issuing-sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://sandbox.issuing.fundara.io", "enabled": true },
    { "key": "processorApiKey", "value": "${v('credential.generic_secret_assignment', PROC_KEY)}", "enabled": true },
    { "key": "postmanApiKey", "value": "${v('credential.postman_api_key', POSTMAN)}", "enabled": true },
    { "key": "programId", "value": "PRG-PAYROLL-US-01", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}`)}`),

  rec('chat', f`The bank wants our ACH return files PGP-encrypted and signed. This is the signing key I exported from the old SFTP box, will gpg on the new box accept it as is or do I need --import-options?

${v('credential.pgp_private_key', PGP)}`),

  rec('code_python', f`${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

SYSTEM = """You are Fundara's cardholder support assistant. Never ask for the full card number.
Answer about balance, fees, ATM locations and direct deposit timing. Reply in the user's language (English, Spanish or Tagalog)."""

def answer(history: list[dict]) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "system", "content": SYSTEM}, *history], temperature=0.2)
    return r.choices[0].message.content`)}

Agents in Cebu say the bot sometimes answers Cebuano questions in English. Prompt fix?`),

  rec('docker_compose', f`Cześć, ten compose dla testów integracyjnych KYC nie startuje na Macu z M2, postgres się restartuje w kółko:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: kyc
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Kyc_local_8841!')}
      POSTGRES_DB: kyc_it
    volumes:
      - ./pgdata:/var/lib/postgresql/data
  kyc-orchestrator:
    build: .
    depends_on: [db]
    environment:
      DB_URL: jdbc:postgresql://db:5432/kyc_it`)}

Logi: "initdb: error: directory /var/lib/postgresql/data exists but is not empty". Co robię źle?`),

  rec('code_js', f`Switched OTP from Authy to Twilio Verify, getting 20003 Authenticate:

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_api_key', TW_SK)}', '${v('credential.generic_secret_assignment', TW_SK_SECRET)}', { accountSid: process.env.TWILIO_ACCOUNT_SID });

async function sendOtp(phoneE164) {
  return client.verify.v2.services(process.env.VERIFY_SID)
    .verifications.create({ to: phoneE164, channel: 'sms', locale: 'es' });
}`)}`),

  rec('code_ts', f`Summariser for support tickets before they go to the disputes team. Is streaming worth it here?

${code(f`import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function summariseTicket(ticket: { id: string; body: string; lang: string }) {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    messages: [{ role: 'user', content: \`Summarise this payroll-card dispute in 3 bullets (\${ticket.lang}):\\n\\n\${ticket.body}\` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}`)}`),

  rec('hcl', f`${cfg(f`provider "datadog" {
  api_key = "${v('credential.datadog_api_key', DD_API2)}"
  app_key = "${v('credential.datadog_app_key', DD_APP2)}"
  api_url = "https://api.datadoghq.com/"
}

resource "datadog_monitor" "auth_decline_spike" {
  name    = "[issuing] authorization declines > 8%"
  type    = "query alert"
  query   = "sum(last_10m):sum:issuing.auth.declined{env:prod}.as_count() / sum:issuing.auth.total{env:prod}.as_count() > 0.08"
  message = "@pagerduty-issuing Decline spike, check processor status page."
}`)}

Move the keys to variables, and is the query right for a ratio?`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: notifications
  namespace: cardholder-comms
type: Opaque
data:
  PG_PASSWORD: ${v('credential.base64_encoded_token', K8S_PG)}
  SENDGRID_API_KEY: ${v('credential.base64_encoded_token', K8S_SG)}
  FROM_NAME: RnVuZGFyYSBDYXJk`)}

After kubectl apply the pod still sends with the old SendGrid key. Do I have to restart the deployment?`),

  // ---------------------------------------------------------------- Millbrook Water
  rec('code_python', f`Pulling hourly flow from the historian for the monthly state report. Works from my desk, fails as a scheduled task:

${code(f`import pyodbc, pandas as pd

cn = pyodbc.connect(
    "DRIVER={ODBC Driver 17 for SQL Server};SERVER=HIST01\\\\SCADA;DATABASE=Runtime;"
    "UID=report_ro;PWD=${v('credential.connection_string_password', 'Clarifier#88')};"
)
q = """SELECT DateTime, TagName, Value FROM History
       WHERE TagName IN ('WTP_FIT_101.PV','WTP_FIT_102.PV') AND wwRetrievalMode='Average'
       AND wwResolution=3600000 AND DateTime >= '2025-02-01' AND DateTime < '2025-03-01'"""
df = pd.read_sql(q, cn)`)}

Task runs as SYSTEM. Login failed for user 'report_ro'.`),

  rec('cisco_config', f`Pump station 7 switch config, Ed wants a second pair of eyes before we put it back. Anything obviously bad?

${cfg(f`hostname PS07-SW1
!
username scada privilege 15 secret 0 ${v('credential.network_device_secret', 'Lift$tation7!')}
enable secret 0 ${v('credential.network_device_secret', 'Wetwell#2019')}
!
snmp-server community ${v('credential.network_device_secret', 'mwsa-ro-77')} RO 10
snmp-server location "PS07 Hollis Rd lift station"
!
interface Vlan20
 description SCADA-PLC
 ip address ${amb('pii.ip_address', '10.20.7.2')} 255.255.255.0
!
line vty 0 4
 transport input telnet ssh
 login local`)}`),

  rec('shell', f`Billing export cron fails only on the 1st of the month, output in the mail:

${cfg(f`/usr/bin/mysqldump -h cis-db01 -u billing_export -p${v('credential.mysql_cli_password', 'Rate$chedule25')} cis meter_reads --where="read_date >= DATE_SUB(CURDATE(), INTERVAL 1 MONTH)" > /data/exports/reads_$(date +%Y%m).sql
mysqldump: Got error: 1045: Access denied for user 'billing_export'@'${amb('pii.ip_address', '10.40.2.15')}' (using password: YES)`)}

Same command runs fine by hand.`),

  rec('env_file', f`${cfg(f`# ami-ingest/appsettings.env
AMI_HEADEND_URL=https://headend.millbrookwater.org/api
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=mwsaamidata;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
BLOB_CONTAINER=interval-reads
BATCH_SIZE=5000`)}

Interval reads from the AMI head-end are landing as one blob per meter per hour — 40k blobs a day. Better to append?`),

  rec('powershell', f`${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$wo = Import-Csv \\\\mwsa-fs\\ops\\main_breaks_today.csv
foreach ($b in $wo) {
    $card = @{ text = "Main break WO $($b.WorkOrder) at $($b.Location) - crew $($b.Crew), valves closed: $($b.Valves)" } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $card
}`)}

Posts to the Distribution channel work, but I read the O365 connectors are being retired. What do I move to?`),

  rec('chat', f`Contractor for the SCADA upgrade needs access to the DMZ jump host. Our old admin left this key in the shared drive, is it still the one the jump host trusts? How do I check without logging in with it?

${v('credential.openssh_private_key', JUMP_KEY)}`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml (gis-tools)
stages: [build, publish]

publish-layers:
  stage: publish
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - python publish_hydrants.py --env prod
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.millbrookwater.org/gis/layer-archive.git
    - cp out/*.geojson layer-archive/ && cd layer-archive && git commit -am "hydrants $(date +%F)" && git push`)}

Pipeline says "HTTP Basic: Access denied" on the clone. The PAT has read_repository and write_repository.`),

  rec('chat', f`Tidy this up as a note for the north crew tablets? "Field Maps shared login for hydrant flushing is ${v('credential.user_password_pair', 'crew.north:Hydrant!2291')}, don't change it, all 4 tablets use it. Offline areas need to be redownloaded every Monday."`),

  rec('shell', f`The public outage map droplet ran out of disk. I'm trying to resize from the CLI:

${cfg(f`$ doctl auth init --context mwsa
Please authenticate doctl for use with your DigitalOcean account. You can generate a token in the control panel at https://cloud.digitalocean.com/account/api/tokens

Enter your access token:  ${v('credential.digitalocean_token', DOP)}
Validating token... ✔
$ doctl compute droplet-action resize 418273650 --size s-2vcpu-4gb --resize-disk --wait
Error: POST https://api.digitalocean.com/v2/droplets/418273650/actions: 422 Droplet must be powered off`)}`),
];

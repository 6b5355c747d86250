/**
 * Held-out batch 35: credentials pasted by the staff of a concert-hall and orchestra operator, a
 * fishing fleet and fish auction, a regional grid operator, a private-equity portfolio team, a
 * veterinary pharma manufacturer and a home-care nursing agency — in English (Wales, Jamaica,
 * Malaysia, Canada), Chilean / Peruvian / Uruguayan Spanish, Galician, Basque, Slovenian, Croatian,
 * Latvian, Estonian, Hindi, Khmer and Amharic. Hand-written, not yet measured.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b35-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b35-whsec', B62, 32));
const SQUARE = tok('EAAA', fill('b35-square', B64URL, 60));
const MAILCHIMP = tok(fill('b35-mc', HEX, 32), '-us14');
const SHPAT = tok('shpat_', fill('b35-shpat', HEX, 32));
const TWILIO_SID = tok('AC', fill('b35-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b35-twtok', HEX, 32);
const TELEGRAM = tok('7384019265', ':AA', fill('b35-tg', B64URL, 33));
const AWS_ID = tok('AKIA', fill('b35-akia', B32, 16));
const AWS_SECRET = fill('b35-akias', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KQ8N2B7M', '/', 'B07HZ3R5W1Q', '/', fill('b35-slhook', B62, 24));
const GOOGLE_MAPS = tok('AIza', 'Sy', fill('b35-gmaps', B64URL, 33));
const DOCKER_AUTH = b64('lonxa-ci:' + fill('b35-dockpw', B62, 20));
const GLPAT = tok('glpat-', fill('b35-glpat', B62 + '-_', 20));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'nordgrid-outage', a: fill('b35-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b35-mbx', B64URL, 22));
const OPENAI = tok('sk-proj-', fill('b35-oa1', B64URL, 74), 'T3BlbkFJ', fill('b35-oa2', B64URL, 74));
const VAULT = tok('hvs.', 'CAESI', fill('b35-vault', B64URL, 86));
const GLSA = tok('glsa_', fill('b35-glsa1', B62, 32), '_', fill('b35-glsa2', HEX, 8));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b35-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b35-ant', B64URL, 93), 'AA');
const DATABRICKS = tok('dapi', fill('b35-dapi', HEX, 32));
const AZ_CLIENT = tok(fill('b35-azc1', B62, 3), '8Q~', fill('b35-azc2', B62 + '_-.~', 34));
const AIRTABLE = tok('pat', fill('b35-at1', B62, 14), '.', fill('b35-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b35-ntn1', DIGITS, 11), fill('b35-ntn2', B62, 35));
const SLACK_BOT = tok('xoxb-', '5829104736', '1-', '7719302846153-', fill('b35-xoxb', B62, 24));
const GH_FINE = tok('github_pat_', '11B7QZK4A0', fill('b35-ghf1', B62, 12), '_', fill('b35-ghf2', B62, 59));
const PORTAL_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'fa-portal-2024' }, { sub: 'svc-portops', aud: 'fundadmin-api', scope: 'capital-calls:read nav:read', iat: 1730192400, exp: 1730196000 }, 'b35-jwtsig');
const GCP_PEM = pem('PRIVATE KEY', 'b35-gcppem', 1218);
const AZ_STORAGE = tok(fill('b35-azst', B64, 86), '==');
const SENDGRID = tok('SG.', fill('b35-sg1', B64URL, 22), '.', fill('b35-sg2', B64URL, 43));
const HF = tok('hf_', fill('b35-hf', UPPER + LOWER, 34));
const RSA_PEM = pem('RSA PRIVATE KEY', 'b35-rsa', 1190);
const NPM = gh('npm', 'Kd7Lq2Vx9Rt4Bn6Ms1Hw8Zc3Pf5Jy0');
const SENTRY_KEY = fill('b35-sentry', HEX, 32);
const MAILGUN = tok('key-', fill('b35-mg', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b35-do', HEX, 64));
const CF_TOKEN = fill('b35-cftok', B62 + '_-', 40);
const GHP = gh('ghp', 'Wn3Ty8Rb5Kq1Lz7Vm2Jd9Hs4Fx6Pc0');
const DD_API = fill('b35-ddapi', HEX, 32);
const GROQ = tok('gsk_', fill('b35-groq', B62, 52));
const LINEAR = tok('lin_api_', fill('b35-lin', B62, 40));
const BEARER = fill('b35-bearer', B62 + '-._~', 48);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH35_CREDENTIALS: DraftRecord[] = [
  // ── concert hall / orchestra ──────────────────────────────────────────────────────────────
  rec('env_file', f`The box office site stopped taking payments after the renewal. Here's the .env from the ticketing server, can you see anything off? Webhooks show 400 in the Stripe dashboard.

${amb('source_code.snippet', f`# glanmor-tickets / .env.production
APP_URL=https://tickets.glanmorhall.cymru
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
SEAT_HOLD_MINUTES=12
CURRENCY=gbp`)}`),

  rec('chat', f`The bar tills at the Lakeshore Philharmonic use Square. The contractor left and we need to rotate the production access token ${v('credential.square_access_token', SQUARE)} — if I revoke it in the dashboard will the interval sales still sync tonight?`),

  rec('code_python', f`script that adds our subscribers to the season-launch list, fails with 401 since Monday

${code(f`import requests

MC_KEY = "${v('credential.mailchimp_api_key', MAILCHIMP)}"
LIST_ID = "a83f1c92de"
BASE = "https://us14.api.mailchimp.com/3.0"

def add(email, first, last):
    r = requests.post(f"{BASE}/lists/{LIST_ID}/members",
                      auth=("anystring", MC_KEY),
                      json={"email_address": email, "status": "subscribed",
                            "merge_fields": {"FNAME": first, "LNAME": last},
                            "tags": ["season-2025"]})
    r.raise_for_status()`)}`),

  rec('curl', f`merch shop is on Shopify, I just want the stock for the tour hoodie. this returns 401:

${amb('source_code.snippet', f`curl -s "https://glanmor-sinfonia.myshopify.com/admin/api/2024-07/products/8310274659.json" \\
  -H "X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHPAT)}"`)}`),

  rec('chat_gl', f`Ola! Podes axudarme a redactar unha mensaxe curta para os músicos convidados do concerto de Vigo? Quero dicirlles que a rede wifi do backstage chámase Auditorio-Artistas e que o contrasinal é ${v('credential.password_in_prose', 'Gaita#Mar2024')}. Que soe cordial, por favor.`),

  rec('chat_sl', f`Živjo, napiši mi prosim kratka navodila za študente, ki bodo delali na blagajni v dvorani. Prijava v sistem za vstopnice: uporabniško ime blagajna.pomoc, geslo ${v('credential.password_in_prose', 'Violina!8823')}. Po koncertu naj se obvezno odjavijo.`),

  rec('config', f`Reminder SMS for subscribers (day before the concert) stopped. appsettings excerpt:

${amb('source_code.snippet', f`"Sms": {
  "Provider": "Twilio",
  "AccountSid": "${v('credential.twilio_account_sid', TWILIO_SID)}",
  "AuthToken": "${v('credential.twilio_auth_token', TWILIO_TOKEN)}",
  "From": "${phone('+1 647 492 3810')}",
  "SendHourLocal": 10
}`)}

Twilio console says "20003 Authenticate". The number is still ours.`),

  // ── fishing fleet / fish auction ──────────────────────────────────────────────────────────
  rec('config_gl', f`Bos días, na lonxa temos un informe de poxas que non conecta coa base de datos desde que cambiaron o servidor. Esta é a cadea de conexión do web.config:

${amb('source_code.snippet', f`<connectionStrings>
  <add name="Poxas" connectionString="Data Source=SRV-LONXA02\\SQLEXPRESS;Initial Catalog=PoxasDiarias;User Id=informes;Password=${v('credential.connection_string_password', 'Xurelo.2024!')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Dá "Login failed for user 'informes'". Pode ser que o usuario estea bloqueado?`),

  rec('chat_eu', f`Kaixo! Arrantza-txostenetarako Telegram bot bat sortu dut, ontzietako kapitainek harrapaketak bidal ditzaten, baina webhook-ak ez du ezer jasotzen. Hau da BotFather-ek eman zidan tokena: ${v('credential.telegram_bot_token', TELEGRAM)}
Zer egiten dut gaizki? Zerbitzaria Ondarroako bulegoan dago, 443 portua irekita.`),

  rec('env_file', f`Hola, necesito que me expliques por qué el job que sube las posiciones VMS de la flota a S3 falla en el servidor de Puerto Montt y no en mi notebook. Este es el .env:

${amb('source_code.snippet', f`AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AWS_ID)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
AWS_DEFAULT_REGION=sa-east-1
VMS_BUCKET=austral-sur-vms-raw
FLOTA=PAM-ANTARES,PAM-ICALMA,PAM-QUELLON`)}

El error es "SignatureDoesNotMatch". ¿Será la hora del servidor?`),

  rec('shell', f`Buenas, el respaldo nocturno de la base de la subasta se queda colgado en el servidor de Paita. Copio lo que sale:

${amb('source_code.snippet', f`[root@subasta-db ~]# mysqldump -u respaldo -p${v('credential.mysql_cli_password', 'Bonito2024pe')} --single-transaction subasta_pesca > /backup/subasta_$(date +%F).sql
mysqldump: [Warning] Using a password on the command line interface can be insecure.
^C`)}

¿Cómo lo pongo en un archivo para que no se vea la clave?`),

  rec('email_es_uy', f`¿Me corregís este mail antes de mandarlo? Es para el despachante.

"Estimado Gonzalo: para la carga de los certificados sanitarios del embarque de merluza entrá al portal de la cooperativa con el usuario despachante.lapaloma; la contraseña es ${v('credential.password_in_prose', 'Corvina-77sur')} y vence a fin de mes. Cualquier cosa me llamás al ${phone('+598 99 418 273')}. Saludos, Florencia"`),

  rec('chat_hr', f`Bok, imam problem sa skriptom koja svaku večer šalje rezultate dražbe ribe otkupljivačima. Prijenos ide na SFTP: sftp://drazba_upload:${v('credential.url_password', 'Srdela_Zadar_91')}@ftp.jadranka-riba.hr/rezultati — u ponedjeljak je radilo, danas piše "Permission denied". Mogu li nekako provjeriti je li lozinka istekla?`),

  rec('code_python', f`${code(f`# auction_close.py - posts closing prices to #lonja-precios
import json, urllib.request

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def post_prices(rows):
    lines = [f"*{r['especie']}* {r['kg']} kg — {r['eur_kg']:.2f} €/kg" for r in rows]
    body = json.dumps({"text": "Cierre de la lonja\\n" + "\\n".join(lines)}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)`)}

la primera línea sale bien y el resto llega todo en una línea en Slack, ¿por qué?`),

  rec('code_js', f`Fleet tracking page: map tiles load but the vessel markers don't show.

${code(f`<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_MAPS)}&callback=initMap" async defer></script>
<script>
  async function initMap() {
    const map = new google.maps.Map(document.getElementById('fleet'), { center: { lat: -41.47, lng: -72.94 }, zoom: 7 });
    const res = await fetch('/api/vessels/positions');
    for (const v of await res.json()) {
      new google.maps.Marker({ position: { lat: v.lat, lng: v.lon }, map, title: v.name });
    }
  }
</script>`)}`),

  rec('json_config', f`docker pull from our private registry works on my laptop but not on the auction kiosk. ~/.docker/config.json on the kiosk:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.lonxaportonovo.gal": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('shell', f`git push asks for a password again even though the token is in the remote. Output:

${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.itsasargi.eus/flota/cuaderno-pesca.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.itsasargi.eus/flota/cuaderno-pesca.git (push)
$ git push origin main
remote: HTTP Basic: Access denied.`)}

The token has write_repository scope.`),

  // ── grid operator: SCADA and outage desk ──────────────────────────────────────────────────
  rec('network_config', f`Can you check this config for the substation router before we push it? Especially the SNMP and AAA part. It's for the RTU network at Sussex Corner.

${amb('source_code.snippet', f`hostname SUB-SXC-RTR01
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b35-en9a', B62 + './', 14), '$', fill('b35-en9b', B62 + './', 43)))}
username scadaops privilege 15 secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b35-u9a', B62 + './', 14), '$', fill('b35-u9b', B62 + './', 43)))}
username vendor-ge privilege 5 password 0 ${v('credential.network_device_secret', 'Relay-Sxc-2231')}
!
snmp-server community ${v('credential.network_device_secret', 'NgT-rtu-ro-7731')} RO 10
snmp-server host ${amb('pii.ip_address', '10.118.4.20')} version 2c ${v('credential.network_device_secret', 'NgT-rtu-ro-7731')}
!
interface GigabitEthernet0/1
 description DNP3 to RTU-SXC-01
 ip address ${amb('pii.ip_address', '10.118.40.1')} 255.255.255.0`)}`, 'the SNMP community string is labelled as a network-device secret; the type-9 hashes are ambiguous (label fix: a hash is not the secret, conventions)'),

  rec('powershell', f`${code(f`# Pull the last hour of feeder loads from the PI Web API for the outage dashboard
$pair = "NORDGRID\\svc-piweb:${v('credential.user_password_pair', 'Feeder#Load2024')}"
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $auth" }
$uri = "https://piweb.nordgrid.local/piwebapi/streamsets/recorded?webId=F1DP4rGx&startTime=*-1h"
$data = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
$data.Items | ForEach-Object { "{0}: {1}" -f $_.Name, $_.Items[-1].Value }`)}

Returns 401 since IT moved the service account to a new OU. Is it Kerberos vs Basic?`),

  rec('chat', f`For the public outage map we're switching to Mapbox. Is it ok to put the secret token in the front-end build? ${v('credential.mapbox_secret_token', MAPBOX)} — my colleague says only pk. tokens go in the browser.`),

  rec('chat_et', f`Tere! Palun aita kirjutada lühike juhend uuele valvedispetšerile. Ajaloolise andmebaasi (PI historian) lugemiskasutaja on valve_ro ja parool on ${v('credential.password_in_prose', 'Alajaam-Tartu42')}. Parool vahetatakse iga kvartal, järgmine kord jaanuaris.`),

  rec('email_lv', f`Lūdzu, pārtulko angliski šo e-pastu jaunajam kolēģim no Lietuvas:

"Sveiks, Mantas! Avāriju dienesta koplietojamās pastkastes lietotājvārds ir avarijas.dezurants, parole ir ${v('credential.password_in_prose', 'Kurzeme*Tikls88')}. Lūdzu, nesaglabā to pārlūkā. Jautājumu gadījumā zvani man: ${phone('+371 2918 4736')}. Ilze"`),

  rec('code_python', f`Boss wants a daily summary of outage tickets for the Selangor depot. Wrote this, works but very slow, lah:

${code(f`from openai import OpenAI
import pandas as pd

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

df = pd.read_csv("outage_tickets_today.csv")
for _, t in df.iterrows():
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarise in one line: {t['remarks']}"}],
    )
    print(t["ticket_no"], resp.choices[0].message.content)`)}

How to batch these calls?`),

  rec('ini', f`HMI runtime on the backup control room PC won't log into the historian after the Windows update. Project ini:

${amb('source_code.snippet', f`[Historian]
Server=HIST-BCR-01
Port=5450
User=hmi_runtime
Password=${v('credential.password_assignment', 'Ov3rcurrent!BCR')}
ReconnectSec=30

[Alarms]
AckTimeoutSec=120
HornOutput=DO_17`)}`),

  rec('shell', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.ops.nordgrid.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/scada/historian
Error making API request.
Code: 403. Errors:
* permission denied`)}

policy says read on secret/data/scada/*, what is wrong?`),

  rec('curl', f`Trying to create the outage-desk dashboard through the API instead of clicking:

${amb('source_code.snippet', f`curl -X POST https://grafana.gridcymru.local/api/dashboards/db \\
  -H "Authorization: Bearer ${v('credential.grafana_service_account_token', GLSA)}" \\
  -H "Content-Type: application/json" \\
  -d @outage_desk.json`)}

returns {"message":"Access denied"} — the service account is Editor.`),

  rec('chat', f`Our jump host for the SCADA DMZ rejects this key after the OpenSSH upgrade ("invalid format"). It's the one from the ops wiki:

${v('credential.openssh_private_key', OSSH)}

Do I need to convert it with ssh-keygen -p -m PEM?`),

  rec('code_ts', f`${code(f`// outage-notes/summarise.ts — turns dispatcher notes into a customer-facing update
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function customerUpdate(notes: string): Promise<string> {
  const msg = await client.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 300,
    messages: [{ role: 'user', content: \`Rewrite for customers, no crew names:\\n\${notes}\` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}`)}

Can you add a retry with backoff?`),

  // ── private-equity portfolio operations ───────────────────────────────────────────────────
  rec('code_python', f`Portfolio KPI pull from Snowflake, runs every Monday before the ops call. It started timing out:

${code(f`import snowflake.connector

conn = snowflake.connector.connect(
    account="hpc-portops.ca-central-1.aws",
    user="KPI_LOADER",
    password="${v('credential.password_assignment', 'Ebitda-Bridge-2025')}",
    warehouse="PORTOPS_XS",
    database="PORTFOLIO",
    schema="KPI",
)
cur = conn.cursor()
cur.execute("select company, month, revenue, ebitda from monthly_kpi where month >= dateadd(month, -13, current_date)")
rows = cur.fetchall()`)}`),

  rec('ini', f`${amb('source_code.snippet', f`; ~/.databrickscfg
[DEFAULT]
host  = https://adb-4718203956142837.7.azuredatabricks.net
token = ${v('credential.databricks_token', DATABRICKS)}

[portco-sandbox]
host  = https://adb-7302918465120394.4.azuredatabricks.net
token = ${v('credential.databricks_token', tok('dapi', fill('b35-dapi2', HEX, 32), '-2'))}`)}

databricks-cli says "Invalid access token" only for the sandbox profile. The -2 at the end is part of it, right?`),

  rec('json_config', f`The portfolio dashboard (Azure AD app) can't get a token since Friday. appsettings.json:

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "8e3f21c4-7a90-4d6b-b215-c94f0e7d3a18",
    "ClientId": "2b7c9e41-05d8-4f3a-9c62-71e4a8d0b5f9",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "PowerBI": { "WorkspaceId": "c1d94f27-3e8a-4b05-a6d2-9f7e0b13c84e" }
}`)}

AADSTS7000222 — I guess the secret expired?`),

  rec('chat', f`Can you write me a small script that copies the deal pipeline from Airtable into our portfolio tracker? Base is appR7kLm2Qx9vW4tN, table "Add-ons", token ${v('credential.airtable_pat', AIRTABLE)}. Only rows where Stage = "LOI signed".`),

  rec('chat', f`Notion integration for the 100-day plans isn't seeing the pages of the two new portcos. Token ${v('credential.notion_token', NOTION)} — do I have to share every page with the integration manually?`),

  rec('chat', f`Our KPI bot posts the Monday flash numbers into #portops-flash. Bot token is ${v('credential.slack_bot_token', SLACK_BOT)}, scopes chat:write and files:write, but uploading the PDF returns missing_scope. Which scope is missing for files.uploadV2?`),

  rec('chat', f`I made a fine-grained token for the valuation-model repo: ${v('credential.github_fine_grained_pat', GH_FINE)}. Contents read/write, but the Actions workflow dispatch gives 403. Which permission do I need?`),

  rec('http', f`The fund administrator's API returns 401 for our capital-call pull even though the token was issued 10 minutes ago:

${amb('source_code.snippet', f`GET /v2/funds/HPC-III/capital-calls?status=open HTTP/1.1
Host: api.fundadmin-portal.com
Authorization: Bearer ${v('credential.jwt', PORTAL_JWT)}
Accept: application/json`)}

Can you decode the token and tell me if aud/exp look wrong?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  metabase:
    image: metabase/metabase:v0.50.21
    environment:
      MB_DB_CONNECTION_URI: "postgres://metabase:${v('credential.database_url_password', 'Bolt0n-Add0n!')}@portops-db:5432/metabase"
    ports: ["3000:3000"]
  portops-db:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Bolt0n-Add0n!')}`)}

Metabase keeps restarting with "password authentication failed". It's the same password in both places?!`),

  rec('json_config', f`Need help: the data-room export job uses this GCP key and gets "invalid_grant: Invalid JWT Signature".

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "hpc-portops-dataroom",
  "private_key_id": "${fill('b35-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'dataroom-export@hpc-portops-dataroom.iam.gserviceaccount.com')}",
  "client_id": "104829173650284719365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`, 'service-account JSON: whole object and the PEM labelled, the pasted key file ambiguous as code'),

  // ── veterinary pharma manufacturer ────────────────────────────────────────────────────────
  rec('config_hr', f`Bok! LIMS ne može spremiti PDF certifikate analize u Azure nakon što je IT promijenio pretplatu. Ovo je postavka iz appsettings:

${amb('source_code.snippet', f`"BlobStorage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=vetrionlimscoa;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "coa-pdf"
}`)}

Greška je 403 AuthorizationFailure. Je li ključ pogrešan ili firewall?`),

  rec('ini', f`${amb('source_code.snippet', f`# sapnwrfc.ini — batch release interface, plant Vapi
DEST=PRD
ASHOST=sap-prd-app01.vetrion.local
SYSNR=00
CLIENT=300
USER=RFC_QMREL
PASSWD=${v('credential.password_assignment', 'Oxytet-Rel#300')}
LANG=EN`)}

pyrfc gives "Name or password is incorrect (repeat logon)". User is not locked in SU01.`),

  rec('chat_hi', f`नमस्ते, QA टीम के लिए एक छोटा सा नोट लिखने में मदद करो। LIMS में नई एनालिस्ट के लिए यूज़र बना दिया है — यूज़रनेम rekha.qc है और पासवर्ड ${v('credential.password_in_prose', 'Batch@Vet2291')} है। पहली बार लॉगिन करते ही पासवर्ड बदलना ज़रूरी है। नोट हिंदी और अंग्रेज़ी दोनों में चाहिए।`),

  rec('chat_hi_en', f`Bhai serialization portal ka login shift supervisor ko bhejna hai, thoda professional bana do: "user: line3_qa, pass: ${v('credential.password_in_prose', 'Tablet#4471x')} — aaj night shift ke baad change kar dena, aur kisi ko WhatsApp pe forward mat karna."`),

  rec('env_file', f`Pozdrav, e-mail obavijesti o odstupanjima (deviation) iz QMS-a ne odlaze. .env na serveru:

${amb('source_code.snippet', f`QMS_BASE_URL=https://qms.vetrion.hr
MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'qms-obavijesti@vetrion.hr')}
DEVIATION_NOTIFY_GROUP=qa-zagreb`)}

SendGrid activity feed ne pokazuje ništa.`),

  rec('code_python', f`Pozdravljeni, ta skripta za razvrščanje reklamacij veterinarjev ne naloži modela, ker je repozitorij zaseben:

${code(f`from transformers import AutoTokenizer, AutoModelForSequenceClassification

HF_TOKEN = "${v('credential.huggingface_token', HF)}"
MODEL = "vetkem/reklamacije-sl-v2"

tok = AutoTokenizer.from_pretrained(MODEL, token=HF_TOKEN)
model = AutoModelForSequenceClassification.from_pretrained(MODEL, token=HF_TOKEN)

def razvrsti(besedilo: str) -> str:
    logits = model(**tok(besedilo, return_tensors="pt", truncation=True)).logits
    return model.config.id2label[int(logits.argmax())]`)}

Napaka: 401 Client Error. Žeton je bil ustvarjen včeraj.`),

  rec('chat', f`The e-leaflet signing service wants the key in PKCS#8, we have this from the old server (traditional RSA format). What's the openssl command to convert it, and can you tell me the key size from it?

${v('credential.private_key', RSA_PEM)}`),

  rec('chat_km', f`សួស្តីបង! ជួយសរសេរសារខ្លីមួយទៅបុគ្គលិកថ្មីនៅឃ្លាំងភ្នំពេញផង។ Wi-Fi ការិយាល័យឈ្មោះ VetDistro-PP ហើយពាក្យសម្ងាត់គឺ ${v('credential.password_in_prose', 'Mekong#2024kh')} ។ សូមកុំចែករំលែកទៅភ្ញៀវ។ អរគុណច្រើន!`),

  rec('npmrc', f`CI can't install our private label-printing package:

${amb('source_code.snippet', f`@vetkem:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm ERR! 404 Not Found - GET https://registry.npmjs.org/@vetkem%2flabel-print`, 'the npm token is both the .npmrc _authToken value and an npm_ token'),

  // ── home-care nursing agency ──────────────────────────────────────────────────────────────
  rec('chat_am', f`ሰላም! ለአዲሷ ነርስ አጭር መልእክት እንድጽፍ እርዳኝ። የእንክብካቤ መተግበሪያው የተጠቃሚ ስም tigist.b ነው፣ የይለፍ ቃሉ ደግሞ ${v('credential.password_in_prose', 'Abeba@Care71')} ነው። መጀመሪያ ስትገባ እንድትቀይረው ንገራት። በአማርኛና በእንግሊዝኛ ይሁን።`),

  rec('code_kotlin', f`${code(f`class CareVisitApp : Application() {
    override fun onCreate() {
        super.onCreate()
        SentryAndroid.init(this) { options ->
            options.dsn = "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.de.sentry.io/4506218837491712`)}"
            options.tracesSampleRate = 0.1
            options.isSendDefaultPii = false
        }
        WorkManager.getInstance(this).enqueue(SyncVisitsWorker.request())
    }
}`)}

Crashes from the carers' phones don't show up in Sentry, only from the emulator.`),

  rec('chat', f`Visit reminder texts go through Mailgun for email and SMS via another provider. Mailgun key is ${v('credential.mailgun_api_key', MAILGUN)} and domain mg.teificare.co.uk — can you write the Python to send tomorrow's rota to each carer?`),

  rec('hcl', f`${amb('source_code.snippet', f`terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "rota" {
  name   = "carenest-rota-tor1"
  region = "tor1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

I know the token shouldn't be in the file — what's the simplest way to move it out for a one-person setup?`),

  rec('aws_credentials', f`aws s3 ls works as me but the scheduled export of visit notes runs as the service user. Its credentials file:

${amb('source_code.snippet', f`[default]
region = ca-central-1

[visit-export]
aws_access_key_id = ${v('credential.aws_access_key_id', tok('AKIA', fill('b35-akia2', B32, 16)))}
aws_secret_access_key = ${v('credential.aws_secret_access_key', fill('b35-akias2', B64, 40))}`)}

AccessDenied on PutObject to carenest-visit-notes-ca.`),

  rec('chat', f`Our payroll provider in Kingston gave us API access for the nurses' timesheets. Header they told us to use: Authorization: Basic ${v('credential.basic_auth_header', b64('bluemahoe_api:' + fill('b35-basicpw', B62, 18)))} — is it safe to keep this in a Google Sheet Apps Script?`),

  rec('chat', f`Cloudflare API token for the home-care booking site (Zone DNS edit) is ${v('credential.cloudflare_api_token', CF_TOKEN)}. I want a cron that updates the A record when the office IP changes. Write it in bash please.`),

  rec('chat_ms_en', f`Hi, can help check? The GitHub Action for our nurse scheduling app cannot clone the private submodule. I put the token ${v('credential.github_pat', GHP)} in the .gitmodules URL, still fail. Is it because SSO not authorised for the org?`),

  rec('yaml', f`${amb('source_code.snippet', f`# datadog.yaml on the rota server
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.com
hostname: rota-kgn-01
logs_enabled: true
tags:
  - env:prod
  - team:bluemahoe-ops`)}

Agent status says "API Key invalid" but it's the one from Organization Settings.`),

  rec('chat', f`Testing Groq for summarising carers' visit notes (notes are anonymised first). Is this key format right? ${v('credential.groq_api_key', GROQ)} — I get 401 invalid_api_key.`),

  rec('chat', f`Linear integration for the care-app backlog: personal key ${v('credential.linear_api_key', LINEAR)}. How do I list all issues with label "safeguarding" via GraphQL?`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-29 07:42:18,551 DEBUG httpx: HTTP Request: POST https://api.carenest-rota.ca/v1/shifts/publish "HTTP/1.1 401 Unauthorized"
2024-11-29 07:42:18,552 DEBUG rota.sync: headers={'authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'content-type': 'application/json'}
2024-11-29 07:42:18,553 ERROR rota.sync: publish failed for region=Halifax week=48`)}

Why would a token from yesterday give 401? Also how do I stop it logging headers.`),
];

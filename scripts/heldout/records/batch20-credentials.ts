/**
 * Held-out batch 20: credentials pasted by staff of a parts manufacturer, a telecom operator, a hotel
 * chain, a marketplace, a tax-advisory firm and a startup — configs, scripts, shells, chats. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b20-akia', B32, 16));
const AWS_SECRET = fill('b20-akias', B64, 40);
const GH_FINE = tok('github_pat_', '11B', fill('b20-ghfg1', B62, 19), '_', fill('b20-ghfg2', B62, 59));
const GHP = gh('ghp', fill('b20-ghp', B62, 30));
const GLPAT = tok('glpat-', fill('b20-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '38104729561', '-', '7719284036152', '-', fill('b20-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b20-slt', UPPER + DIGITS, 9), '/B0', fill('b20-slb', UPPER + DIGITS, 9), '/', fill('b20-sls', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b20-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b20-whsec', B62, 32));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b20-rklive', B62, 97));
const OPENAI = tok('sk-', 'proj-', fill('b20-oai1', B64URL, 74), 'T3Blbk', 'FJ', fill('b20-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b20-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b20-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b20-groq', B62, 52));
const TWILIO_SID = tok('AC', fill('b20-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b20-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b20-sg1', B64URL, 22), '.', fill('b20-sg2', B64URL, 43));
const TELEGRAM = tok('7284019365', ':AA', fill('b20-tg', B64URL, 33));
const AZ_STORAGE = b64Bytes('b20-azst', 64);
const AZ_CLIENT = tok(fill('b20-azc1', B62, 3), '8Q~', fill('b20-azc2', B62 + '-_.~', 34));
const DATABRICKS = tok('dapi', fill('b20-dapi', HEX, 32));
const VAULT = tok('hvs.', 'CAESI', fill('b20-vault', B64URL, 86));
const SHOPIFY = tok('shpat_', fill('b20-shpat', HEX, 32));
const NPM = gh('npm', fill('b20-npm', B62, 30));
const VERCEL = fill('b20-vercel', B62, 24);
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kzqwhtrmvnpxoyalbdce', role: 'service_role', iat: 1727350211, exp: 2042926211 }, 'b20-supa');
const CM_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'cm-2024-09' }, { sub: 'property:HTL-VIE-02', scope: 'rates:read availability:write', iss: 'https://auth.channelhub.example', iat: 1730712000, exp: 1730798400 }, 'b20-cmjwt');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b20-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b20-rsa', 1190);
const GCP_PEM = pem('PRIVATE KEY', 'b20-gcppk', 1216);
const POSTMAN = tok('PMAK-', fill('b20-pmak1', HEX, 24), '-', fill('b20-pmak2', HEX, 34));
const DO_TOKEN = tok('dop_v1_', fill('b20-dop', HEX, 64));
const MAILGUN = tok('key-', fill('b20-mg', HEX, 32));
const ADYEN = tok('AQE', fill('b20-adyen1', B62, 40), '+', fill('b20-adyen2', B64, 120), '=');
const ADYEN_HMAC = fill('b20-adyhmac', HEX.toUpperCase(), 64);
const OPERA_SECRET = fill('b20-opera', B62 + '-_', 36);
const OPERA_APPKEY = '7c41b9e2-0d58-4a36-9f1e-2b8ad6c05e71';
const PERSONIO = tok('papi-', fill('b20-personio', B62, 40));
const ALGOLIA_ADMIN = fill('b20-algolia', HEX, 32);
const DOCKER_AUTH = b64('svc-mes-build:Zahnrad#Linz2024');
const BASIC_CAQ = b64('caq_import:Messraum-7731');
const ZENDESK = fill('b20-zendesk', B62, 40);
const DD_API = fill('b20-ddapi', HEX, 32);
const ADO_PAT = fill('b20-ado', B32LOWER, 52);
const CF_TOKEN = fill('b20-cftok', B62 + '_-', 40);
const LINEAR = tok('lin_api_', fill('b20-linear', B62, 40));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH20_CREDENTIALS: DraftRecord[] = [
  // (a) automotive parts manufacturer
  rec('chat_de', f`Servus, unser Node-RED Flow an der Presse 4 verbindet sich nicht mehr mit dem Broker seit dem Update. Das ist der Export vom MQTT-Node:

${amb('source_code.snippet', f`{
    "id": "a41f2c9e.7d83b",
    "type": "mqtt-broker",
    "name": "Hallenbroker H2",
    "broker": "${amb('pii.ip_address', '10.20.4.15')}",
    "port": "8883",
    "tls": "b7c1e04a.2f9d",
    "clientid": "presse4-nr",
    "usetls": true,
    "protocolVersion": "5",
    "credentials": {
        "user": "press_line4",
        "password": "${v('credential.password_assignment', 'Stanzwerk!Hz2-41')}"
    }
}`)}

Fehler im Log: "Connection refused: Not authorized". Liegt das am TLS oder am User?`),

  rec('config_pl', f`Cześć, MES po aktualizacji nie łączy się z bazą. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "MesDb": "Server=SQL-MES-01\\\\MESPROD;Database=MES_Linia3;User Id=mes_app;Password=${v('credential.connection_string_password', 'Wtryskarka_2024#')};TrustServerCertificate=True;",
    "Historian": "Server=hist01.zaklad-gliwice.local;Database=Historian;Integrated Security=SSPI;"
  },
  "Plc": { "Endpoint": "opc.tcp://${amb('pii.ip_address', '10.31.0.20')}:4840", "PublishingIntervalMs": 500 }
}`)}

Błąd: Login failed for user 'mes_app'. Reason: Password did not match. Czy to może być escapowanie znaku #?`),

  rec('config_cs', f`Ahoj, potřebuju převést tohle nastavení SAP konektoru z JCo do pyrfc, můžeš mi napsat ekvivalent v Pythonu?

${amb('source_code.snippet', f`# nakup_rfc.jcoDestination
jco.client.ashost=sapprd-app02.mlada.local
jco.client.sysnr=00
jco.client.client=200
jco.client.user=RFC_NAKUP
jco.client.passwd=${v('credential.password_assignment', 'Ozubenice.77Kv')}
jco.client.lang=CS
jco.destination.pool_capacity=5`)}`),

  rec('chat_de_at', f`Kannst du mir eine kurze Anleitung für die Instandhaltung schreiben, wie man sich per VNC auf das HMI von der Schweißzelle 7 verbindet? IP ist ${amb('pii.ip_address', '192.168.70.21')}, Port 5900, das Passwort ist ${v('credential.password_in_prose', 'Schw3iss!Z7')} (nur lesen geht ohne Passwort). Bitte Schritt für Schritt für Leute, die das noch nie gemacht haben.`),

  rec('code_python', f`the CAQ import script from quality stopped working after IT moved the server, can you add retry and logging?

${code(f`import requests, csv

CAQ_URL = "https://caq.werk-zwickau.local/api/v2/measurements"
HEADERS = {
    "Authorization": "Basic ${v('credential.basic_auth_header', BASIC_CAQ)}",
    "Content-Type": "application/json",
}

with open("cmm_export.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        payload = {"part": row["Teilenummer"], "feature": row["Merkmal"], "value": float(row["Ist"])}
        r = requests.post(CAQ_URL, json=payload, headers=HEADERS, timeout=10)
        r.raise_for_status()`)}`),

  rec('code_powershell', f`Dobrý deň, tento skript má poslať andon upozornenie do Teams keď linka stojí viac ako 10 minút, ale nič nepríde. Čo je zle?

${code(f`$webhook = "${v('credential.teams_webhook_url', tok('https://vyroba-nitra.webhook.office.com/webhookb2/', '6e2d91c4-3a07-4b5f-8c1e-90d7a2f4b318@0c5f8a2e-71d4-4e93-b6a0-3d9e15c7f284/IncomingWebhook/', fill('b20-teams1', HEX, 32), '/', 'a93f0e51-2c7d-48b6-9e14-7f5d0c3a8b62/', 'V2', fill('b20-teams2', B64URL, 43)))}"
$stav = Invoke-RestMethod -Uri "http://mes-nitra/api/lines/L3/status"
if ($stav.downtimeMinutes -gt 10) {
    $body = @{ text = "Linka L3 stojí už $($stav.downtimeMinutes) min – dôvod: $($stav.reason)" } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri $webhook -Body $body -ContentType 'application/json'
}`)}`),

  rec('chat_de_ch', f`Grüezi, für d'Lieferanteportal-Schulig bruch ich es Mail a üse Lieferant Huber Präzision: Benutzer "huber_praez", Startpasswort ${v('credential.password_in_prose', 'Kugellager-2025!')}, mues bim erste Login gänderet werde. Chasch mir das uf Hochdütsch und höflich formuliere?`),

  // (b) telecom operator
  rec('config_cisco', f`Please review this edge router config before we push it, anything insecure?

${amb('source_code.snippet', f`hostname pe-ber-edge-03
!
aaa new-model
username noc-admin privilege 15 secret 0 ${v('credential.password_assignment', 'Gl4sfaser!Ring-Ost')}
!
tacacs server TAC1
 address ipv4 ${amb('pii.ip_address', '10.255.12.4')}
 key 0 ${v('credential.generic_secret_assignment', 'tq8Vw2Lr5Nz9Kx1p')}
!
snmp-server community ${v('credential.generic_secret_assignment', 'n0cRW-berl1n')} RW 90
snmp-server location DC Berlin-Lichtenberg, Rack 14
!
interface TenGigabitEthernet0/0/1
 description UPLINK-CORE-01
 ip address ${amb('pii.ip_address', '10.255.40.2')} 255.255.255.252`)}`, 'a read-write SNMP community is a shared secret: labelled as a generic secret'),

  rec('config_radius', f`${amb('source_code.snippet', f`# /etc/freeradius/3.0/clients.conf
client bng-hamburg-01 {
    ipaddr          = ${amb('pii.ip_address', '172.16.88.10')}
    secret          = ${v('credential.generic_secret_assignment', 'Rd!9fBq27vXm-HH')}
    shortname       = bng-hh01
    nas_type        = other
    require_message_authenticator = yes
}`)}

PPPoE sessions on the new BNG fail with "Access-Reject: shared secret incorrect" — but I copied it from the BNG config. Could whitespace matter?`),

  rec('shell_ro', f`Salut, vreau să export CDR-urile din noiembrie pentru echipa de fraudă, dar comanda asta se blochează după 2 minute:

${amb('source_code.snippet', f`mysql -h billing-ro-02.int -u rating_ro -p${v('credential.mysql_cli_password', 'Tarif2024_ro!')} cdr_archive \\
  -e "SELECT msisdn_a, msisdn_b, start_ts, duration_s, cell_id FROM cdr_202411 WHERE duration_s > 3600" \\
  > cdr_lungi_noiembrie.tsv`)}

Cum fac să nu mai blocheze tabela?`),

  rec('code_node', f`Fraud team wants SMS alerts when a SIM swap is followed by a large top-up. My handler:

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TWILIO_SID)}', '${v('credential.twilio_auth_token', TWILIO_TOKEN)}');

async function alertAnalyst(event) {
  if (event.type !== 'SIM_SWAP' || event.topupEur < 150) return;
  await client.messages.create({
    from: 'FRAUDDESK',
    to: process.env.ANALYST_ON_CALL,
    body: \`SIM swap + top-up \${event.topupEur} EUR on \${event.msisdn} (case \${event.caseId})\`,
  });
}
module.exports = { alertAnalyst };`)}

Twilio says alphanumeric sender not supported — for which countries?`),

  rec('curl', f`why does this return 401? trying to bulk-tag care tickets for the outage

${amb('source_code.snippet', f`curl -s https://telconet-care.zendesk.com/api/v2/tickets/update_many.json?ids=884120,884121,884127 \\
  -u ${v('pii.email', 'k.obrien@telconet.ie')}/token:${v('credential.generic_secret_assignment', ZENDESK)} \\
  -X PUT -H "Content-Type: application/json" \\
  -d '{"ticket":{"tags":["outage-dub-2711"],"status":"pending"}}'`)}`),

  rec('config_sv', f`Hej! Vår nya konsument för nätverkshändelser kan inte ansluta till Kafka. client.properties:

${amb('source_code.snippet', f`bootstrap.servers=kafka-01.noc.internal:9094,kafka-02.noc.internal:9094
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="netevents-consumer" password="${v('credential.password_assignment', 'Fyrtorn#Kafka88')}";
group.id=netevents-alarm-correlator
auto.offset.reset=latest`)}

Felet är "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512".`),

  rec('chat_he', f`תתרגם לאנגלית בבקשה, זה בשביל הטכנאי מהספק: "הסיסמה לממשק הניהול של הנתב באתר חיפה היא ${v('credential.password_in_prose', 'Karmel#Rtr2024')}, שם המשתמש admin. נא לא לשנות את ההגדרות של ה-VLAN."`),

  rec('chat_bg', f`Моля преведи на английски за колегата от Виена: "Достъпът до тестовата среда на билинга е с потребител test_billing, паролата е ${v('credential.password_in_prose', 'Rila-Sofia!93')}. Не пускайте масови фактури оттам."`),

  // (c) hotel chain
  rec('postman_es', f`Hola, estoy probando la API de Opera Cloud desde Postman y me da "invalid_client". Este es el entorno exportado:

${amb('source_code.snippet', f`{
  "name": "OHIP PROD - Hotel Barcelona Diagonal",
  "values": [
    { "key": "hostname", "value": "https://mtu1-ohip.hospitality-api.example.com", "enabled": true },
    { "key": "client_id", "value": "HTLBCN_Client", "enabled": true },
    { "key": "client_secret", "value": "${v('credential.generic_secret_assignment', OPERA_SECRET)}", "enabled": true },
    { "key": "x-app-key", "value": "${amb('credential.generic_secret_assignment', OPERA_APPKEY)}", "enabled": true },
    { "key": "hotelId", "value": "BCNDIA", "enabled": true }
  ]
}`)}

¿El client_secret se manda en el body o como Basic?`, 'the OHIP x-app-key identifies the application (ambiguous); the client secret is the credential'),

  rec('chat_it', f`Mi scrivi un cartellino da mettere in camera, in italiano, inglese e tedesco? Rete: "Hotel-Lago-Ospiti", password ${v('credential.password_in_prose', 'Gardesana2025')}. Per problemi chiamare la reception al 9.`),

  rec('code_python', f`${code(f`import requests
import pandas as pd

TOKEN = "${v('credential.jwt', CM_JWT)}"
BASE = "https://api.channelhub.example/v3/properties/HTL-VIE-02"

def pickup(stay_from: str, stay_to: str) -> pd.DataFrame:
    r = requests.get(f"{BASE}/reservations/pickup",
                     params={"from": stay_from, "to": stay_to},
                     headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    r.raise_for_status()
    return pd.DataFrame(r.json()["days"])

df = pickup("2025-03-01", "2025-03-31")
print(df.groupby("room_type")["rooms_sold"].sum())`)}

revenue mgmt here — how do I compare this month's pickup with same time last year in pandas?`),

  rec('chat_en_ie', f`Hi, can you write me a short Python script that pulls all employees from Personio who started this year? I have the client id ${amb('credential.generic_secret_assignment', 'papi-9b1d2c7e-4f0a-4d8e-b6c3-1e5a7f92d048')} and the secret ${v('credential.generic_secret_assignment', PERSONIO)}. We're the HR team for the Dublin and Galway hotels.`, 'the Personio client id is an identifier (ambiguous); the secret is the credential'),

  rec('env_file', f`${amb('source_code.snippet', f`# events-invite/.env
NODE_ENV=production
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
SENDER_ADDRESS=${v('pii.email', 'events@grandhotel-lisboa.pt')}
INVITE_TEMPLATE_ID=d-4f1c9a27b83e4d52a6e0f91b7c38d245
MAILGUN_FALLBACK_KEY=${v('credential.mailgun_api_key', MAILGUN)}`)}

Isto é para os convites da conferência de março. Porque é que o fallback do Mailgun nunca dispara quando o SendGrid falha?`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษหน่อยค่ะ สำหรับพนักงาน night audit คนใหม่: "เข้าระบบ PMS ด้วย user: NA_Somchai รหัสผ่านคือ ${v('credential.password_in_prose', 'Sawasdee@2567')} ห้ามบอกรหัสนี้กับคนอื่นนะคะ"`),

  // (d) e-commerce marketplace
  rec('env_pt_br', f`Pessoal, o checkout do marketplace está dando "No such webhook endpoint". Segue o .env de produção (já sei, vou rotacionar depois):

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
STRIPE_CONNECT_CLIENT_ID=ca_Q8kLm2VtN4xRb7ZcW1pHs9DfJ3gYe6Aa
PAYOUT_SCHEDULE=weekly
SELLER_FEE_BPS=1150`)}`),

  rec('config_yaml', f`${amb('source_code.snippet', f`# payments-service/src/main/resources/application-prod.yml
adyen:
  environment: LIVE
  live-endpoint-url-prefix: 4f2a9c71e3b8d045-MarketplaceEU
  merchant-account: MarketplaceEU_Sellers
  api-key: ${v('credential.generic_secret_assignment', ADYEN)}
  hmac-key: ${v('credential.generic_secret_assignment', ADYEN_HMAC)}
stripe:
  restricted-key: ${v('credential.stripe_restricted_key', STRIPE_RK)}`)}

We're migrating split payments from Adyen to Stripe Connect. What's the Stripe equivalent of Adyen's balance platform "split" object?`),

  rec('notebook', f`${code(f`from databricks import sql
import os

conn = sql.connect(
    server_hostname="adb-5821937460182734.14.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9f3c2a1b7e4d6058",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("""
    SELECT seller_id, count(*) AS disputes
    FROM gold.chargebacks WHERE created_at >= date_sub(current_date(), 30)
    GROUP BY seller_id ORDER BY disputes DESC LIMIT 50
""")
print(cur.fetchall())`)}

the notebook runs but the job version says "Invalid access token" — is the token tied to my user?`),

  rec('config_dbt', f`${amb('source_code.snippet', f`# ~/.dbt/profiles.yml
marketplace:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: mk12345.eu-central-1
      user: DBT_TRANSFORM
      password: ${v('credential.password_assignment', 'Seller$Data-2024')}
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: marts
      threads: 8`)}

dbt run takes 40 min since we added the seller_kpis model. How do I find which model is slow?`),

  rec('chat', f`Seller "Casa Verde Móveis" says their Shopify sync to our marketplace stopped. They sent us their admin API token ${v('credential.shopify_access_token', SHOPIFY)} for store casaverde-moveis.myshopify.com — which scope do we need for inventory levels? Also how do I tell them politely never to send tokens by mail again?`),

  rec('aws_nl', f`Ik krijg "SignatureDoesNotMatch" bij het uploaden van productfoto's naar S3. Mijn ~/.aws/credentials:

${amb('source_code.snippet', f`[default]
region = eu-west-1

[marketplace-media]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Het gaat om bucket mkt-seller-media-prod. Wat kan er mis zijn?`),

  rec('gcp_sa', f`BigQuery loader fails with "invalid_grant: Invalid JWT Signature". This is the key file the data team gave me:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "mkt-analytics-prod",
  "private_key_id": "${fill('b20-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}",
  "client_email": "${amb('pii.email', 'bq-loader@mkt-analytics-prod.iam.gserviceaccount.com')}",
  "client_id": "104829375610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}`, 'service-account JSON: the whole object and the PEM inside; the service account address is not a person (ambiguous)'),

  rec('code_js', f`${code(f`// scripts/reindex-products.js — runs nightly
const algoliasearch = require('algoliasearch');
const client = algoliasearch('MKT7QZ2P4L', '${v('credential.generic_secret_assignment', ALGOLIA_ADMIN)}');
const index = client.initIndex('products_de');

async function reindex(products) {
  const objects = products.map((p) => ({ objectID: p.sku, title: p.title, price: p.priceCents / 100, seller: p.sellerName }));
  await index.replaceAllObjects(objects, { safe: true });
}
module.exports = { reindex };`)}

search on the DE shop shows products of suspended sellers, where do I filter them?`),

  // (e) tax advisory / accounting
  rec('chat_de_at', f`Kannst du mir einen Mailtext an die Klientin schreiben? Inhalt: Wir haben für sie FinanzOnline eingerichtet. Teilnehmer-Identifikation ${ambCat('credential', 'K7Q2M9X4W1')}, Benutzer-ID "TAXHUBER01", PIN ${v('credential.password_in_prose', 'Tz83-mKq41')}. Sie soll die PIN nach dem ersten Einstieg ändern und den Brief vom Finanzamt aufheben.`, 'the FinanzOnline participant id is half of the login, not a secret on its own (ambiguous, no rule)'),

  rec('script_fr', f`Bonjour, ce script envoie les fichiers de paie au prestataire chaque mois, mais depuis janvier il échoue. Tu vois pourquoi ?

${code(f`@echo off
set MOIS=%date:~3,2%-%date:~6,4%
set SRC=\\\\srv-cabinet\\paie\\export\\%MOIS%
"C:\\Program Files\\WinSCP\\WinSCP.com" /command ^
  "open sftp://cab_dupuis:${v('credential.url_password', 'Bulletin!Paie-2024')}@sftp.paie-prestataire.fr/ -hostkey=*" ^
  "put %SRC%\\*.dsn /depot/" ^
  "exit"
if %errorlevel% neq 0 echo ECHEC envoi paie %MOIS% >> C:\\logs\\paie.log`)}`),

  rec('chat_da', f`Hej, jeg laver revision hos en kunde og har fået læseadgang til deres ERP-database. Kan du skrive en SQL-forespørgsel, der finder kreditnotaer over 50.000 kr. efter periodeafslutning? Forbindelsen er postgresql://revisor_ro:${v('credential.database_url_password', 'Revision#Aarhus25')}@erp-db.kunde-logistik.dk:5432/navision_prod`),

  rec('code_vba', f`Questa macro Excel dello studio si blocca su "Login failed", mi aiuti a capire?

${code(f`Sub AggiornaSaldiClienti()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=STUDIO-SQL01;Initial Catalog=Contabilita;User ID=excel_saldi;Password=${v('credential.connection_string_password', 'Partita-Doppia_19')};"
    Set rs = cn.Execute("SELECT CodCliente, Saldo FROM v_SaldiAperti WHERE Anno = 2024")
    Sheets("Saldi").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub`)}`),

  rec('chat_ca', f`Em pots redactar un correu per a la nova administrativa del despatx? Ha d'entrar al programa de nòmines amb l'usuari "nomines_mgarcia" i la contrasenya provisional és ${v('credential.password_in_prose', 'Sagrada*Nomina7')}. Que la canviï el primer dia.`),

  // (f) startup
  rec('ci_yaml', f`${amb('source_code.snippet', f`# .github/workflows/preview.yml
name: preview
on: [pull_request]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      OPENAI_API_KEY: ${v('credential.openai_api_key', OPENAI)}
      VERCEL_TOKEN: ${v('credential.vercel_token', VERCEL)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx vercel deploy --token "$VERCEL_TOKEN" --yes`)}

yes I know the secrets should be in repo secrets, the intern did this. Does moving them now fix the exposure or do I also need to rotate?`),

  rec('chat_hi_en', f`Yaar mujhe AWS billing alarm setup karna hai, steps bata. Root login ye hai: ${v('pii.email', 'founders@kitebrief.io')} aur password ${v('credential.password_in_prose', 'Kite#Brief2024!')} — MFA abhi tak on nahi kiya, woh bhi bata kaise karte hain.`),

  rec('npmrc', f`${amb('source_code.snippet', f`# ~/.npmrc
@kitebrief:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}

npm publish says 403 "You do not have permission to publish". The token is an automation token, is that wrong for publish?`),

  rec('code_python', f`${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarize_ticket(text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarize this support ticket in 3 bullets:\\n{text}"}],
    )
    return msg.content[0].text`)}

Getting overloaded_error sometimes — how should I do retries with backoff?`),

  rec('env_file', f`${amb('source_code.snippet', f`# apps/web/.env.local
NEXT_PUBLIC_SUPABASE_URL=https://kzqwhtrmvnpxoyalbdce.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
DATABASE_URL=postgresql://postgres.kzqwhtrmvnpxoyalbdce:${v('credential.database_url_password', 'sprint-Kite-94-Tanuki')}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}`)}

prisma migrate hangs on the pooler URL, do I need the direct connection for migrations?`),

  rec('chat', f`I can't ssh into the staging box anymore, "Permission denied (publickey)". This is the key in ~/.ssh/kite_staging, is it broken?

${v('credential.openssh_private_key', OSSH)}

I did chmod 600 already.`),

  rec('code_go', f`${code(f`package notify

import (
	"github.com/slack-go/slack"
)

const (
	botToken   = "${v('credential.slack_bot_token', SLACK_BOT)}"
	deployHook = "${v('credential.slack_webhook_url', SLACK_HOOK)}"
)

func DeployFinished(service, version string) error {
	msg := &slack.WebhookMessage{Text: service + " " + version + " deployed :rocket:"}
	return slack.PostWebhook(deployHook, msg)
}

func Client() *slack.Client { return slack.New(botToken) }`)}

is there any reason to keep both the bot token and the webhook? we only post messages`),

  rec('shell_ja', f`Vaultからシークレットが読めません。何が原因でしょうか？

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.kitebrief.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/staging/api
Error making API request.

URL: GET https://vault.kitebrief.internal:8200/v1/sys/internal/ui/mounts/secret/staging/api
Code: 403. Errors:

* preflight capability check returned 403, please ensure client's policies grant access to path "secret/staging/api/"`)}`),

  rec('code_python', f`${code(f`# -*- coding: utf-8 -*-
# Depo sıcaklık alarmı -> Telegram (ops grubu)
import os, requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = "-1002184736501"

def gonder(mesaj: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    requests.post(url, data={"chat_id": CHAT_ID, "text": mesaj}, timeout=5)

if float(os.environ.get("SICAKLIK", "0")) > 8.0:
    gonder("Soğuk oda 8°C üstünde!")`)}

Bu betik cron ile çalışınca mesaj gelmiyor ama elle çalıştırınca geliyor, neden?`),

  rec('shell_zh', f`我推送代码的时候一直提示 "Authentication failed"，我的 remote 是这样配置的：

${amb('source_code.snippet', f`$ git remote -v
origin  https://lei-chen-kb:${v('credential.github_pat', GHP)}@github.com/kitebrief/mobile-app.git (fetch)
origin  https://lei-chen-kb:${v('credential.github_pat', GHP)}@github.com/kitebrief/mobile-app.git (push)`)}

这个 token 是经典的 PAT，有 repo 权限。是不是要换成 fine-grained 的？`),

  rec('docker_ar', f`لماذا يفشل سحب الصورة من السجل الخاص في خادم الإنتاج؟ هذا ملف الإعداد:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.werk-linz.local:5000": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

الخطأ: unauthorized: authentication required`),

  rec('chat_hr', f`Bok, trebam pomoć s Graph API pozivom za upload izvještaja o kvaliteti na SharePoint. App registracija: tenant ${amb('credential.generic_secret_assignment', '5e8c1a34-92d7-4f0b-a6e3-7b19c4d2f850')}, client id ${amb('credential.generic_secret_assignment', 'c03f7a91-6b2e-4d58-8e14-92a6f0b3d7c5')}, client secret ${v('credential.azure_client_secret', AZ_CLIENT)}. Dobivam AADSTS7000215, što to znači?`, 'tenant and client ids are identifiers (ambiguous); the client secret is the credential'),

  rec('chat_ta_en', f`Anna, indha HuggingFace token vechi model download panna try panren, aana 401 varuthu: ${v('credential.huggingface_token', HF)}. Gated model ku access request pannanuma? Quality inspection images ku classifier train pannanum.`),

  rec('conn_string', f`${amb('source_code.snippet', f`<!-- Web.config, guest-portal (Hotel Kraków Stare Miasto) -->
<appSettings>
  <add key="StorageConnection" value="DefaultEndpointsProtocol=https;AccountName=htlkrkguestdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net" />
  <add key="DatadogApiKey" value="${v('credential.datadog_api_key', DD_API)}" />
</appSettings>`)}

Skany dowodów gości lądują w publicznym kontenerze?? Jak to sprawdzić w Azure?`),

  rec('chat_sl', f`Živjo, lahko prevedeš v angleščino za zunanjega serviserja? "Za dostop do krmilnika robotske celice uporabite uporabnika servis in geslo ${v('credential.password_in_prose', 'Robot-Celica!42')}. Prosimo, da programa ne spreminjate brez odobritve."`),

  rec('chat_no', f`Kan du skrive en kort melding til den nye regnskapsføreren? Innlogging til Tripletex-testmiljøet: brukernavn ${v('pii.email', 'regnskap@fjordtax.no')}, passord ${v('credential.password_in_prose', 'Nordlys-Bilag77')}. Hun må bytte passordet første gang.`),

  rec('chat_sr', f`Možeš li da prevedeš na engleski? "Lozinka za pristup SCADA serveru na trafostanici je ${v('credential.password_in_prose', 'Dunav#Scada019')}, korisnik operater2. Kontakt za hitne slučajeve: ${phone('+381 63 8124 470')}."`),

  rec('chat', f`Quick one: DigitalOcean API token ${v('credential.digitalocean_token', DO_TOKEN)} — can I scope it to just one droplet or is it all-or-nothing? Also our Postman key ${v('credential.postman_api_key', POSTMAN)} leaked in a public workspace yesterday, what's the fastest way to revoke it?`),

  rec('azure_devops', f`${amb('source_code.snippet', f`git clone https://build-agent:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/zf-teile/MES/_git/plc-exports
cd plc-exports && ./sync.sh --line L3`)}

pipeline says "TF401019: The Git repository does not exist or you do not have permissions". Works from my laptop.`),

  rec('config_toml', f`${amb('source_code.snippet', f`# wrangler.toml for the seller-status worker
name = "seller-status"
main = "src/index.ts"
compatibility_date = "2024-09-23"

[vars]
CF_API_TOKEN = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
LINEAR_API_KEY = "${v('credential.linear_api_key', LINEAR)}"
GITHUB_FINE_GRAINED = "${v('credential.github_fine_grained_pat', GH_FINE)}"
GITLAB_MIRROR_TOKEN = "${v('credential.gitlab_pat', GLPAT)}"`)}

should these go in [vars] or be set with wrangler secret put?`),

  rec('rsa_key', f`Our bank (EBICS) onboarding needs the key pair for the authentication key. Is this private key in the right format or do they want PKCS#8?

${v('credential.private_key', RSA)}`),
];


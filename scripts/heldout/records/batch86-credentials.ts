/**
 * Held-out batch 86: credentials pasted by staff of a plasma-collection network, a fishing-quota
 * broker, an exam board, an EV-charging operator, an immigration law practice and a gym chain —
 * configs, CI files, shells, code and keys in prose, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b86-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b86-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b86-whsec', B62, 32));
const OCPI_TOKEN = fill('b86-ocpi', HEX, 8) + '-' + fill('b86-ocpi2', HEX, 4) + '-4' + fill('b86-ocpi3', HEX, 3) + '-a' + fill('b86-ocpi4', HEX, 3) + '-' + fill('b86-ocpi5', HEX, 12);
const OCPP_AUTHKEY = fill('b86-ocppkey', HEX, 40);
const AWS_ID = tok('AKIA', fill('b86-awsid', B32, 16));
const AWS_SECRET = fill('b86-awssec', B64, 40);
const GHP = gh('ghp', 'Tq7Vn2Lb9Xc4Ws1Kd6Mz3Hf8Rj5Py0');
const GLPAT = tok('glpat-', fill('b86-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Ka3Ze8Rt1Yw6Qp4Nm9Bv2Lx7Cs5Dj0');
const OPENAI = tok('sk-proj-', fill('b86-oa1', B64URL, 74), 'T3BlbkFJ', fill('b86-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b86-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b86-groq', B62, 52));
const HF = tok('hf_', fill('b86-hf', B62, 34));
const SENDGRID = tok('SG.', fill('b86-sg1', B64URL, 22), '.', fill('b86-sg2', B64URL, 43));
const TWILIO_SID = tok('AC', fill('b86-twsid', HEX, 32));
const TWILIO_AUTH = fill('b86-twauth', HEX, 32);
const AZ_CLIENT_SECRET = tok(fill('b86-azcs1', B62, 3), '8Q~', fill('b86-azcs2', B62 + '-_.~', 31));
const AZ_STORAGE = fill('b86-azst', B64, 86) + '==';
const MAILGUN = tok('key-', fill('b86-mg', HEX, 32));
const MAILCHIMP = tok(fill('b86-mc', HEX, 32), '-us14');
const SLACK_BOT = tok('xoxb-', '4820193746', '1-', '6391028475610-', fill('b86-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K', fill('b86-slh1', UPPER + DIGITS, 7), '/B07', fill('b86-slh2', UPPER + DIGITS, 8), '/', fill('b86-slh3', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248371920564738192', '/', fill('b86-dwh', B64URL, 68));
const TELEGRAM = tok('7384019265', ':AA', fill('b86-tg', B64URL, 33));
const TEAMS_HOOK = tok('https://cragline.webhook.office.com/webhookb2/', '7a2c9e41-3b58-4d06-b1f7-58e2c0a9d314@1f4b8e27-6c93-4a51-9d08-b3e7f2a6c590/IncomingWebhook/', fill('b86-teams1', HEX, 32), '/', 'c39a7e15-2d84-4f60-a7b2-0e5d9c1f8a63/', 'V2', fill('b86-teams2', B64URL, 43));
const SENTRY_DSN_KEY = fill('b86-sentry', HEX, 32);
const DD_API = fill('b86-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b86-vault', B62 + '-_', 91));
const GOOGLE_API = tok('AIza', 'Sy', fill('b86-gapi', B64URL, 33));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'nordhav-maps', a: fill('b86-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b86-mbx', B64URL, 22));
const SHOPIFY = tok('shpat_', fill('b86-shpat', HEX, 32));
const LINEAR = tok('lin_api_', fill('b86-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b86-pmak1', HEX, 24), '-', fill('b86-pmak2', HEX, 34));
const NOTION = tok('ntn_', fill('b86-ntn1', DIGITS, 11), fill('b86-ntn2', B62, 35));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b86-pypi', B64URL, 150));
const TFC = tok(fill('b86-tfc1', B62, 14), '.atlasv1.', fill('b86-tfc2', B62, 67));
const DO_TOKEN = tok('dop_v1_', fill('b86-do', HEX, 64));
const DATABRICKS = tok('dapi', fill('b86-dbx', HEX, 32));
const CLOUDFLARE = fill('b86-cf', B62 + '-_', 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b86-atl', B64URL, 171), '=', fill('b86-atl2', HEX.toUpperCase(), 8));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b86-doppler', B62, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b86-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const DCKR = tok('dckr_', 'pat_', fill('b86-dckr', B64URL, 27));
const GOCSPX = tok('GOCSPX-', fill('b86-gocspx', B64URL, 28));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b86-rsa', 1190);
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b86-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b86-sapem', 1218);
const JWT_OCPI = jwt({ alg: 'RS256', typ: 'JWT', kid: 'vl-2024-11' }, { iss: 'voltlane-cpo', sub: 'emsp:NL-EVR', aud: 'ocpi-2.2.1', iat: 1733130000, exp: 1733216400, scope: 'sessions cdrs tariffs' }, 'b86-jwtocpi');
const JWT_CLIO = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'firm:41827', user: 'r.haddad', role: 'admin', iat: 1733402211 }, 'b86-jwtclio');
const BASIC_RAW = b64('efiling_haddad:Cedar!Petition2024');
const BEARER = fill('b86-bearer', B62 + '-._~', 72);
const GC_ACCESS = tok('live_', fill('b86-gocardless', B64URL, 40));
const B64_DSN = b64(`postgres://gym_app:Boulder-Crux-7719@pg-gyms.internal:5432/members`);

export const BATCH86_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Can you tell me which of these our OCPP central system actually reads at startup? I inherited it from the previous dev.

${cfg(f`# voltlane-csms/.env.production
NODE_ENV=production
OCPP_WS_PORT=9220
DATABASE_URL=postgres://csms:${v('credential.database_url_password', 'Ampere#Kiosk2291')}@pg-csms-prod.voltlane.internal:5432/csms
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
OCPI_TOKEN_C=${v('credential.generic_secret_assignment', OCPI_TOKEN)}
LOG_LEVEL=info`)}`),

  rec('chat_nl', f`Hoi, de roamingpartner zegt dat onze OCPI-credentials-handshake faalt met 401. Dit is wat ik stuur:

${cfg(f`GET /ocpi/2.2.1/credentials HTTP/1.1
Host: ocpi.voltlane.eu
Authorization: Token ${v('credential.bearer_token', b64(OCPI_TOKEN))}
X-Request-ID: 3f1a9c2e-77b4-4d0e-9b21-6c8e5a0d7f43`)}

Moet het token base64 zijn in 2.2.1 of niet? In 2.1.1 was het plain.`),

  rec('ocpp_config', f`Laadpaal CP-HRL-0042 komt niet online na firmware-update. Config die ik via de lokale webinterface zie:

${cfg(f`[OCPP]
CentralSystemURL=wss://csms.voltlane.eu/ocpp/CP-HRL-0042
SecurityProfile=2
ChargeBoxIdentity=CP-HRL-0042
AuthorizationKey=${v('credential.generic_secret_assignment', OCPP_AUTHKEY)}
HeartbeatInterval=300
MeterValueSampleInterval=60`)}

Is SecurityProfile 2 met een 40-hex key goed, of moet het een andere lengte zijn?`),

  rec('chat_de', f`Die Wallbox beim Kunden in Winterthur verbindet sich per Basic Auth, ich hab die URL aus dem Installationsprotokoll: wss://CH-WTR-0117:${v('credential.url_password', 'Lade-Saeule!8821')}@ocpp.voltlane.eu/ocpp/CH-WTR-0117 — laut Log kommt "HTTP 401 on upgrade". Liegt das am Ausrufezeichen im Passwort?`),

  rec('curl', f`OCPI sessions push to the eMSP gives 403, token looks fine to me:

${cfg(f`curl -X PUT "https://ocpi.evroam-partner.nl/2.2.1/sessions/NL/VLN/SES-20241202-88412" \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_OCPI)}" \\
  -H "Content-Type: application/json" \\
  -d @session.json`)}`),

  rec('chat_sv', f`Hej! Vi testar betalning vid laddstationerna i Malmö och behöver en begränsad nyckel för refunds-tjänsten. Är det här rätt typ? ${v('credential.stripe_restricted_key', STRIPE_RK)} — den har bara "Refunds: write" och "Charges: read".`),

  rec('github_actions', f`The nightly firmware-manifest job fails at the S3 sync step with "SignatureDoesNotMatch":

${cfg(f`name: publish-firmware-manifest
on:
  schedule: [{ cron: '15 2 * * *' }]
jobs:
  sync:
    runs-on: ubuntu-22.04
    env:
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AWS_ID)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AWS_SECRET)}
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./manifests s3://voltlane-fw-manifests/ --delete`)}

I know, the keys should be secrets — I'm moving them today, just tell me why the signature fails.`),

  rec('chat_fo', f`Hey, kanst tú hjálpa mær at skriva eina stutta vegleiðing til nýggja starvsfólkið? Innritanin til kvotaskipanina hjá Fiskimálaráðnum: brúkaranavn "nordhav.maklari", loyniorðið er ${v('credential.password_in_prose', 'Grindaboð-47!')} og tað skal skiftast fyrstu ferð.`),

  rec('chat_is', f`Gætirðu þýtt þetta á ensku fyrir erlenda skipstjórann? "Aðgangur að löndunarkerfinu: notandi skip_2417, lykilorð ${v('credential.password_in_prose', 'Þorskur#2024vor')}. Vinsamlegast breyttu því eftir fyrstu innskráningu."`),

  rec('code_python', f`Script that pulls vessel positions from our AIS provider and matches them against landing declarations. It times out on the second page:

\`\`\`python
${code(f`import requests

AIS_BASE = "https://api.seatrack-data.com/v2"
AIS_KEY = "${v('credential.generic_secret_assignment', fill('b86-aiskey', B62, 48))}"

def fetch_positions(mmsi_list, since):
    out, page = [], 1
    while True:
        r = requests.get(f"{AIS_BASE}/positions", params={"mmsi": ",".join(mmsi_list), "since": since, "page": page},
                         headers={"X-Api-Key": AIS_KEY}, timeout=10)
        r.raise_for_status()
        data = r.json()
        out.extend(data["items"])
        if not data.get("next"):
            return out
        page += 1`)}
\`\`\``),

  rec('chat_no', f`Kartet over fiskefeltene i quota-portalen er tomt etter at vi byttet konto. Mapbox-nøkkelen i build.gradle er ${v('credential.mapbox_secret_token', MAPBOX)}, og den har DOWNLOADS:READ. Hva mer trengs for at fliser lastes ned?`),

  rec('ini', f`Quota-ledger sync to the Danish registry over SFTP, paramiko says "Authentication failed":

${cfg(f`[sftp_dk_registry]
host = sftp.kvoteregister.example.dk
port = 22
username = nordhav_broker
password = ${v('credential.password_assignment', 'Sild&Makrel-2291')}
remote_dir = /inbound/trades
[ledger]
dsn = sqlite:////srv/ledger/quota.db`)}`),

  rec('chat', f`Our data scientist wants to fine-tune a model that predicts landing volumes. She shared her Databricks token in the channel (${v('credential.databricks_token', DATABRICKS)}) — how do I make her a proper service principal instead?`),

  rec('php_config', f`Moodle for the marker training site shows "Error reading from database" since last night. config.php (top part):

\`\`\`php
${code(f`<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'db-markers.kestrel-exams.local';
$CFG->dbname    = 'moodle_markers';
$CFG->dbuser    = 'moodle_app';
$CFG->dbpass    = '${v('credential.password_assignment', 'Quill-Margin-5560')}';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://training.kestrel-exams.org.uk';
$CFG->dataroot  = '/var/moodledata';`)}
\`\`\``),

  rec('json_config', f`Results portal SSO fails with AADSTS7000215 "Invalid client secret provided". appsettings.Production.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "3c9e1a47-8b52-4f06-a1d8-7e29b0c5f614",
    "ClientId": "b71f4d20-9c36-4e8a-95b1-2d0e7a3c8f59",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "ResultsApi": { "BaseUrl": "https://results-api.kestrel-exams.org.uk" }
}`)}`),

  rec('chat_ur', f`بھائی رزلٹ والے دن SMS نہیں جا رہے۔ Twilio کا account SID ${v('credential.twilio_account_sid', TWILIO_SID)} اور auth token ${v('credential.twilio_auth_token', TWILIO_AUTH)} ہے، error 20003 آ رہا ہے۔ کیا token بدل گیا ہے؟`),

  rec('code_ts', f`Result-release e-mails: the job sends 40k mails and SendGrid throttles us. Can you add batching?

\`\`\`ts
${code(f`import sgMail from '@sendgrid/mail';

sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

export async function notifyCandidates(rows: { email: string; name: string; centre: string }[]) {
  for (const r of rows) {
    await sgMail.send({
      to: r.email,
      from: '${v('pii.email', 'results@kestrel-exams.org.uk')}',
      templateId: 'd-results-summer',
      dynamicTemplateData: { name: r.name, centre: r.centre },
    });
  }
}`)}
\`\`\``),

  rec('gcp_sa', f`The auto-marking pipeline on Cloud Run can't read the scanned scripts bucket. Here is the key file it mounts, is something wrong with it?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kestrel-automark-prod",
  "private_key_id": "${fill('b86-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'scan-reader@kestrel-automark-prod.iam.gserviceaccount.com')}",
  "client_id": "108274619305718264913",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'scan-reader%40kestrel-automark-prod.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('chat_yo', f`E jọ̀ọ́, mo fẹ́ kí o ṣàlàyé fún mi bí mo ṣe lè yí password padà. Olùkọ́ tó ń samisi àwọn ìwé ìdánwò WAEC-style wa ní Ìbàdàn kò lè wọlé: orúkọ olùmúlò "marker_ib_0213", password rẹ̀ ni ${v('credential.password_in_prose', 'Ayoola@Marks88')}. Ṣé a lè tún un ṣe láti admin panel?`),

  rec('code_python', f`We use an LLM to pre-score short answers before human markers check them. Rate limits kill us on exam week:

${code(f`from groq import Groq
import os

client = Groq(api_key="${v('credential.groq_api_key', GROQ)}")
RUBRIC = open("rubrics/bio_p2_q4.txt").read()

def prescore(answer: str) -> str:
    resp = client.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[{"role": "system", "content": RUBRIC}, {"role": "user", "content": answer}],
        temperature=0,
    )
    return resp.choices[0].message.content`)}`),

  rec('chat', f`huggingface-cli login keeps saying the token is invalid when I push the handwriting OCR checkpoint to our private org. Token: ${v('credential.huggingface_token', HF)} (write scope, created yesterday)`),

  rec('connection_string', f`Results DB failover test on Saturday. Can you explain what MultiSubnetFailover does in this string?

${cfg(f`Server=tcp:ag-results-listener.kestrel.local,1433;Database=Results2025;User Id=results_svc;Password=${v('credential.connection_string_password', 'Gr@deB0undary!41')};MultiSubnetFailover=True;Encrypt=True;TrustServerCertificate=False`)}`),

  rec('chat_ha', f`Don Allah ka taimaka min. Malaman da ke duba takardun jarabawa a Kano ba za su iya shiga portal ba. Sunan mai amfani: kano_marker07, kalmar sirri: ${v('credential.password_in_prose', 'Zaria2024#Kano')}. Me ya sa yake cewa "account locked"?`),

  rec('chat_he', f`אני צריכה לשלוח ללקוח את פרטי הגישה לפורטל המסמכים של המשרד. שם משתמש: client.4471, הסיסמה: ${v('credential.password_in_prose', 'Tamar-Visa!2025')}. תנסח לי מייל מנומס באנגלית שמבקש ממנו להחליף את הסיסמה בכניסה הראשונה?`),

  rec('http', f`E-filing gateway rejects our bulk upload with "401 Unauthorized", the vendor says our header is malformed:

${cfg(f`POST /api/v3/filings/batch HTTP/1.1
Host: efile.court-gateway.example.gov
Authorization: Basic ${v('credential.basic_auth_header', BASIC_RAW)}
Content-Type: multipart/form-data; boundary=----hl7b0undary
Content-Length: 482113`)}`),

  rec('code_python', f`We summarise visa petition evidence folders with Claude. It works for small folders but fails on big ones with a 413:

\`\`\`python
${code(f`import anthropic, pathlib

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise(folder: str) -> str:
    text = "\\n\\n".join(p.read_text(errors="ignore") for p in pathlib.Path(folder).glob("*.txt"))
    msg = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1500,
        messages=[{"role": "user", "content": f"Summarise the evidence for an O-1 petition:\\n{text}"}],
    )
    return msg.content[0].text`)}
\`\`\``),

  rec('chat_ar', f`مرحبا، عندي مشكلة مع الـ API تبع نظام إدارة القضايا. الـ token اللي عندي هو ${v('credential.jwt', JWT_CLIO)} وكل ما أطلب /api/v4/matters يرجع 401. هل لازم أعمل refresh؟`),

  rec('pem', f`The court e-filing portal requires mutual TLS. Our client cert works in Firefox but curl says "unable to load private key". Here's the key file (PEM), does it look broken?

${v('credential.private_key', RSA_KEY)}`),

  rec('ssh', f`Lab interface SFTP: the plasma testing lab sends HL7 result files to our SFTP, and our pull job uses this key. Since the lab rotated their host key, ssh just hangs.

${v('credential.openssh_private_key', OSSH_KEY)}

~/.ssh/config has StrictHostKeyChecking yes. Should I just clear known_hosts?`),

  rec('chat_es_mx', f`Oye, ¿me ayudas con el script de conciliación de pagos a donantes? El proveedor de tarjetas prepagadas nos dio esta llave de producción: ${v('credential.generic_secret_assignment', tok('PPK_LIVE_', fill('b86-ppk', UPPER + DIGITS, 32)))} — la pongo como PREPAID_API_KEY en el .env, ¿o mejor en Vault?`, 'a vendor key with no public prefix, given as the value of a named setting'),

  rec('yaml', f`Mirth Connect channel for the donor-testing lab (HL7 ORU over MLLP) — why does the DB writer fail after restart?

${cfg(f`channel: LAB_RESULTS_INBOUND
source:
  type: TCP Listener
  port: 6661
destinations:
  - name: write_results
    type: Database Writer
    url: jdbc:postgresql://pg-donor.plasmalux.internal:5432/donor
    username: mirth_writer
    password: ${v('credential.password_assignment', 'Fibrinogen-3390')}
    query: INSERT INTO lab_results (donor_id, test_code, value, flag) VALUES (?, ?, ?, ?)`)}`),

  rec('chat_pt_br', f`Preciso de ajuda urgente: o sistema de triagem de doadores não conecta no MySQL depois da troca de servidor. Rodei assim e ele pede a senha de novo:

${cfg(f`mysql -h ${amb('pii.ip_address', '10.20.4.15')} -u triagem -p${v('credential.mysql_cli_password', 'Plasma#Sao2024')} triagem_prod -e "SELECT COUNT(*) FROM doadores"`)}

O que eu estou fazendo errado?`),

  rec('env_file', f`${cfg(f`# donor-app/.env
APP_URL=https://agenda.plasmalux.com
SENTRY_DSN=https://${v('credential.sentry_dsn', SENTRY_DSN_KEY)}@o4507123.ingest.de.sentry.io/4507998213
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
GOOGLE_MAPS_KEY=${v('credential.google_api_key', GOOGLE_API)}
MAIL_FROM=${v('pii.email', 'afspraak@plasmalux.com')}`)}

Kun je de variabelen uitleggen aan onze nieuwe stagiair? In het Nederlands graag.`, 'Sentry DSN: the public key part is the credential'),

  rec('shell', f`Vault agent on the donor-screening host doesn't renew. Output:

${cfg(f`$ export VAULT_ADDR=https://vault.plasmalux.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault token lookup
Error looking up token: Code: 403. Errors: * permission denied`)}

The token was created 31 days ago with ttl=768h. Expired?`),

  rec('chat_pl', f`Cześć, konfiguruję powiadomienia o wynikach badań w kanale Slack dla personelu centrum w Łodzi. Bot token: ${v('credential.slack_bot_token', SLACK_BOT)}. Dlaczego chat.postMessage zwraca "not_in_channel"?`),

  rec('chat_da', f`Kan du skrive en lille bash-funktion der poster til vores Slack når en donor bliver udelukket i screeningen? Webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)} — og husk ikke at sende CPR eller navn med, kun centernummer.`),

  rec('gym_switch', f`Door controllers at the Bristol climbing wall lost their network after someone edited the switch. Running config excerpt:

${cfg(f`hostname CRG-BRS-SW01
!
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b86-type9salt', B62, 14)}$${fill('b86-type9', B62 + './', 43)}`)}
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Jug&Crimp2291')}
!
interface GigabitEthernet1/0/12
 description DOOR-CTRL-MAIN
 switchport access vlan 40
!
snmp-server community ${v('credential.network_device_secret', 'crg-ro-7731')} RO`)}

Which of these lines would break VLAN 40?`, 'type 9 enable secret is a hash: ambiguous; the plain password and community are labelled'),

  rec('chat', f`GoCardless webhook handler works in sandbox, but in live I get 401 on every mandate lookup. Access token in the Heroku config: GOCARDLESS_ACCESS_TOKEN=${v('credential.generic_secret_assignment', GC_ACCESS)}. Do I need a different base URL for live?`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: members-db
  namespace: gyms
type: Opaque
data:
  DATABASE_URL: ${v('credential.base64_encoded_token', B64_DSN)}
  RUST_LOG: aW5mbw==`)}

Pods in the members service can't connect after I edited this by hand — is the base64 wrong?`),

  rec('chat_mi', f`Kia ora, I'm writing the class-booking reminder bot for our Ōtautahi climbing gym. The Telegram token from BotFather is ${v('credential.telegram_bot_token', TELEGRAM)} — can you show me how to send a message in te reo and English to a group chat?`),

  rec('chat', f`Our bouldering community Discord gets route-setting updates from a script. Someone leaked the webhook (${v('credential.discord_webhook_url', DISCORD_HOOK)}) and now it's spamming. How do I revoke it and create a new one?`),

  rec('powershell', f`${cfg(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$failed = Import-Csv .\\dd_failures.csv | Measure-Object
$text = "Direct debit run: $($failed.Count) failed collections, see finance share"
Invoke-RestMethod -Method Post -Uri $hook -ContentType 'application/json' -Body (@{ text = $text } | ConvertTo-Json)`)}

Translate the message text into Welsh as well and post both.`),

  rec('chat_ja', f`ジムの会員アプリのマーチャンダイズ用Shopifyストアで、在庫を同期するスクリプトが403になります。Admin APIのアクセストークンは ${v('credential.shopify_access_token', SHOPIFY)} です。スコープが足りないのでしょうか？`),

  rec('npmrc', f`${cfg(f`@cragline:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
//registry.npmjs.org/:_authToken=\${NPM_PUBLIC_TOKEN}`)}

The booking widget build in CI can install public packages but not our scoped ones.`, 'the npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('git_remote', f`git push fails with "remote: Permission to cragline/door-access.git denied". My remote:

${cfg(f`$ git remote -v
origin  https://crg-deploy:${v('credential.github_pat', GHP)}@github.com/cragline/door-access.git (fetch)
origin  https://crg-deploy:${v('credential.github_pat', GHP)}@github.com/cragline/door-access.git (push)`)}`),

  rec('chat_ko', f`회원 출입 기록을 GitLab에서 자동으로 배포하려는데 파이프라인에서 clone이 안 돼요. 개인 액세스 토큰은 ${v('credential.gitlab_pat', GLPAT)} 이고 read_repository 권한이 있습니다. 뭐가 문제일까요?`),

  rec('chat_th', f`ช่วยแปลข้อความนี้เป็นภาษาอังกฤษให้หน่อยค่ะ: "รหัสผ่าน Wi-Fi สำหรับพนักงานที่ยิมสาขาอโศกคือ ${v('credential.password_in_prose', 'Boulder@Asok55')} ห้ามบอกสมาชิกนะคะ"`),

  rec('chat_ru', f`Помоги составить письмо новому тренеру. Данные для входа в CRM клуба: логин ${v('credential.user_password_pair', 'trener.almaty / Skala_2024!')} — попроси сменить пароль при первом входе.`, 'login / password written as one pair'),

  rec('chat_vi', f`Mình cần gửi cho đối tác roaming ở Hà Nội thông tin đăng nhập cổng quản trị trạm sạc: tài khoản "partner_hn", mật khẩu là ${v('credential.password_in_prose', 'SacDien#Hn2025')}. Bạn viết giúp email tiếng Anh ngắn gọn nhé.`),

  rec('chat', f`Can I use the same OpenAI key for the visa-form translation tool and the intake chatbot, or should each get a project key? Current one: ${v('credential.openai_api_key', OPENAI)}`),

  rec('terraform', f`${cfg(f`# ~/.terraformrc  (CI image for the charging-network infra repo)
credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}
provider_installation {
  direct {}
}`)}

terraform init still asks me to log in. Is the file in the wrong place on the runner?`),

  rec('env_file', f`${cfg(f`DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CLOUDFLARE)}
CLOUDFLARE_ZONE=cragline.co.uk
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
MAILCHIMP_API_KEY=${v('credential.mailchimp_api_key', MAILCHIMP)}`)}

We're moving the gym marketing site off DigitalOcean. Which of these can be deleted afterwards?`),

  rec('chat_tl', f`Pakitulungan mo naman ako. Yung Linear API key namin (${v('credential.linear_api_key', LINEAR)}) ay ginagamit sa script na gumagawa ng ticket kapag may sirang charger. Bakit "Authentication required" palagi?`),

  rec('chat', f`Postman collection for the roaming partner sandbox is shared through the API. Is it OK to put the key in the README? PMAK: ${v('credential.postman_api_key', POSTMAN)}`),

  rec('chat_fi', f`Voitko kirjoittaa Python-skriptin, joka kopioi tutkintolautakunnan arvioijien tiedot Notioniin? Integraation token on ${v('credential.notion_token', NOTION)} ja tietokanta on "Arvioijat 2025".`),

  rec('pypirc', f`Twine won't upload our internal quota-calculation package:

${cfg(f`[distutils]
index-servers = pypi
[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

"403 Invalid or non-existent authentication information" — project-scoped tokens?`),

  rec('curl', f`Jira ticket creation from the exam-incident form fails:

${cfg(f`curl -s -u ${v('pii.email', 'svc-incidents@kestrel-exams.org.uk')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://kestrel-exams.atlassian.net/rest/api/3/issue -d @incident.json`)}`),

  rec('shell', f`Deploy host for the immigration practice's intake form:

${cfg(f`$ export DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}
$ doppler run -- node server.js
Doppler Error: This token does not have access to config "prd"`)}

Is it scoped to the wrong config?`),

  rec('chat', f`SOPS won't decrypt the secrets for the visa-tracker on my new laptop. I pasted the age key into keys.txt:

# created: 2024-12-04T09:12:44Z
# public key: age1${fill('b86-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}`),

  rec('chat_ms', f`Boleh tolong semak? Skrip CI untuk imej Docker sistem tempahan gim gagal masa push. Saya guna:

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u craglinebuild --password-stdin`)}

Token tu read-only ke?`),

  rec('json_config', f`Exam-board staff login with Google on the marker app says "redirect_uri_mismatch", client file:

${cfg(f`{"web":{"client_id":"730192846152-g4k8p2m7s1q9d3h6v0r5t8y2u4w1e7z3.apps.googleusercontent.com","project_id":"kestrel-marker-app","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://markers.kestrel-exams.org.uk/auth/callback"]}}`)}`),

  rec('log', f`${cfg(f`2024-12-05 07:41:12.903 DEBUG httpx - HTTP Request: GET https://api.quota-exchange.example.no/v1/trades?status=open "HTTP/1.1 200 OK"
2024-12-05 07:41:12.904 DEBUG broker.client - headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'Accept': 'application/json', 'User-Agent': 'nordhav-sync/1.8'}
2024-12-05 07:41:13.115 INFO  broker.sync - 37 open trades, 4 new`)}

Why does debug print the bearer token? We ship these logs to a third party.`),

  rec('chat_sq', f`Përshëndetje, më duhet ndihmë me konfigurimin e Azure Storage për skanimet e pasaportave të klientëve. Connection string: DefaultEndpointsProtocol=https;AccountName=hlimmigscans;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net — a duhet ta vendos në Key Vault?`),
];

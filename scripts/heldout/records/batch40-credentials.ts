/**
 * Held-out batch 40: credentials pasted by a bank's trade-finance desk, a public library consortium,
 * a pet-insurance startup, a copper mine's maintenance planners, a women's health clinic network and
 * a streaming platform's trust-and-safety team — configs, shells, code, chats and e-mails in English,
 * Spanish, Portuguese, French, Haitian Creole, Quechua, Aymara, Catalan, Czech, Ukrainian, Russian,
 * Hebrew, Arabic and Vietnamese. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TF_CLIENT_SECRET = fill('b40-tfcs', B62, 48);
const AZ_STORAGE = `${fill('b40-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b40-azcs1', B62, 3), '8Q~', fill('b40-azcs2', B62 + '_.-~', 34));
const OPENAI_PROJ = tok('sk-', 'proj-', fill('b40-oa1', B64URL, 74), 'T3BlbkFJ', fill('b40-oa2', B64URL, 74));
const BASIC_TF = b64('hcb_tf_gateway:Ledger-Oak#4417');
const GOOGLE_BOOKS = tok('AIza', 'Sy', fill('b40-gbooks', B64URL, 33));
const GHP_SITE = gh('ghp', 'Tq4Vn8Wb2Lx6Mc9Rd1Zs5Hk3Jp7Fy0');
const MAILCHIMP = tok(fill('b40-mc', HEX, 32), '-us14');
const WSKEY = fill('b40-wskey', B62, 80);
const WSSECRET = fill('b40-wssec', B62, 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b40-stripe', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b40-whsec', B62, 32));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kbxqmzrtnwplvhdyjecf', role: 'service_role', iat: 1718803311, exp: 2034379311 }, 'b40-supa');
const SENTRY_KEY = fill('b40-sentry', HEX, 32);
const TWILIO_SID = tok('AC', fill('b40-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b40-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b40-sg1', B64URL, 22), '.', fill('b40-sg2', B64URL, 43));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b40-ant', B64URL, 93), 'AA');
const AIRTABLE = tok('pat', fill('b40-at1', B62, 14), '.', fill('b40-at2', HEX, 64));
const GOCSPX = tok('GOCSPX-', fill('b40-gocspx', B64URL, 28));
const SAP_PW = 'Kafue#Reline2024';
const MQTT_PW = 'Dr4gline-Belt7';
const GLSA = tok('glsa_', fill('b40-glsa1', B62, 32), '_', fill('b40-glsa2', HEX, 8));
const TELEGRAM = tok('7312849560', ':AA', fill('b40-tg', B64URL, 33));
const AKIA = tok('AKIA', fill('b40-akia', B32, 16));
const AWS_SECRET = fill('b40-awssec', B64, 40);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b40-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const INFLUX = `${fill('b40-influx', B64URL, 86)}==`;
const MAILGUN = tok('key-', fill('b40-mailgun', HEX, 32));
const SAS_SIG = `${fill('b40-sas1', B62, 16)}%2F${fill('b40-sas2', B62, 14)}%2B${fill('b40-sas3', B62, 10)}%3D`;
const TEAMS_HOOK = tok('https://marigoldhealth.webhook.office.com/webhookb2/', '7c2e91a4-3f58-4d0b-b816-2a9e5c7d1f36@4e8b2d17-9a63-4f5c-8e21-d07b3a9c6f42/IncomingWebhook/', fill('b40-teams1', HEX, 32), '/', '91d3f6a8-2c47-4e15-b9a0-6f8e2d5c3b71/', 'V2', fill('b40-teams2', B64URL, 43));
const OKTA = tok('00', fill('b40-okta', B64URL, 40));
const PATIENT_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'mh-app-2024-09' }, { sub: 'pt_58120394', scope: 'appointments:read results:read', iss: 'https://auth.marigoldhealth.ae', aud: 'mh-mobile', exp: 1733412900 }, 'b40-ptjwt');
const GLPAT = tok('glpat-', fill('b40-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4829103756', '1-', '7719238465027-', fill('b40-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b40-slt', UPPER + DIGITS, 8), '/B07', fill('b40-slb', UPPER + DIGITS, 8), '/', fill('b40-sls', B62, 24));
const HF = tok('hf_', fill('b40-hf', UPPER + LOWER, 34));
const DATABRICKS = tok('dapi', fill('b40-dapi', HEX, 32), '-2');
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1263849271650394128', '/', fill('b40-dischook', B64URL, 68));
const VAULT = tok('hvs.', 'CAESI', fill('b40-vault', B64URL, 86));
const GCP_PEM = pem('PRIVATE KEY', 'b40-gcp', 1216).replace(/\n/g, '\\n');
const DOCKER_AUTH = b64(`orbitaci:${tok('dckr_', 'pat_', fill('b40-dckr', B64URL, 27))}`);
const GROQ = tok('gsk_', fill('b40-groq', B62, 52));
const MISTRAL = fill('b40-mistral', B62, 32);
const DD_API = fill('b40-ddapi', HEX, 32);
const DD_APP = fill('b40-ddapp', HEX, 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b40-dop', HEX, 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b40-atl', B64URL, 171), '=', fill('b40-atl2', HEX.toUpperCase(), 8));
const DKIM = pem('RSA PRIVATE KEY', 'b40-dkim', 608);
const CISCO_HASH = tok('$9$', fill('b40-cisco1', B62 + './', 14), '$', fill('b40-cisco2', B62 + './', 43));
const GH_FINE = tok('github_pat_', '11A', fill('b40-ghfg1', UPPER + DIGITS, 19), '_', fill('b40-ghfg2', B62, 59));
const LOWERPW = fill('b40-lowpw', LOWER + DIGITS, 12);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH40_CREDENTIALS: DraftRecord[] = [
  // ── trade-finance desk ────────────────────────────────────────────────────────────────
  rec('code_python', f`The nightly pull of new MT700s from the trade platform stopped on Friday with "invalid_client". Nothing changed on our side as far as I know. Can you see anything wrong?

\`\`\`python
${code(f`import requests

TOKEN_URL = "https://api.tradeflow.halvardbank.com/oauth2/token"
CLIENT_ID = "tf-desk-ldn-batch"
CLIENT_SECRET = "${v('credential.generic_secret_assignment', TF_CLIENT_SECRET)}"

def get_token() -> str:
    r = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "scope": "lc.read collections.read",
    }, auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]

def new_credits(since: str) -> list[dict]:
    tok = get_token()
    r = requests.get("https://api.tradeflow.halvardbank.com/v2/lc/inbound",
                     params={"since": since, "msgType": "MT700"},
                     headers={"Authorization": f"Bearer {tok}"}, timeout=60)
    return r.json()["items"]`)}
\`\`\``),

  rec('chat_es_co', f`Hola, necesito redactar un correo para el analista nuevo de comercio exterior en Medellín. Que quede claro y amable:
- su usuario de la plataforma de cartas de crédito es jrestrepo.tf
- la contraseña temporal es ${v('credential.password_in_prose', 'Guayacan*Cartas81')} y el sistema le va a pedir cambiarla al primer ingreso
- las cartas de crédito de importación las revisa con Luz Dary hasta que le den el rol de aprobador
Gracias!`),

  rec('env_file', f`We moved the LC document OCR service to the Toronto tenant. Which of these do I still need if I switch to managed identity?

${cfg(f`# lc-docscan/.env.prod
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=hcbtfdocscanca;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
AZURE_TENANT_ID=5f1c8e2a-47b9-4d03-a6e1-93c2d8f0b574
AZURE_CLIENT_ID=b27e4d91-0c3a-4f68-8e15-2d9a7c6b3f08
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI_PROJ)}
EXTRACT_MODEL=gpt-4o-mini
MAX_PAGES=40`)}`),

  rec('email_fr_cm', f`Objet : Accès au poste de rapprochement – remises documentaires

Bonjour Serge,

Comme convenu ce matin, je te transmets les accès du compte de service utilisé par le poste de rapprochement des remises documentaires à l'agence de Douala :
identifiant : svc_remdoc_dla
mot de passe : ${v('credential.password_in_prose', 'Wouri#Quai2024!')}

Merci de ne pas le noter sur papier et de me confirmer quand la tâche planifiée tourne à nouveau.

Cordialement,
Aïssatou Njoya
Service Commerce International`),

  rec('chat_ar', f`السلام عليكم، عندي مشكلة في تطبيق الاعتمادات المستندية. الاتصال بقاعدة البيانات يفشل من السيرفر الجديد في دبي. هذا هو الـ connection string من ملف الإعدادات:

${cfg(f`Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=tfdb-dxb-01.halvardbank.local)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=TFPROD)));User Id=tf_app;Password=${v('credential.connection_string_password', 'Nakheel@2024tf')};Connection Timeout=60;`)}

الخطأ: ORA-12170: TNS:Connect timeout occurred. هل المشكلة في الفايروول ولا في الإعدادات؟`),

  rec('curl', f`The correspondent bank's collections API returns 401 only from the batch server, same call works from my laptop:

${cfg(f`curl -sS -X GET "https://gateway.meridian-corr.com/collections/v1/items?status=PENDING" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_TF)}" \\
  -H "X-Request-Id: 3f0c9a62-7d14-4b8e-9e21-c5a8f7d2b640" \\
  --cert /opt/hcb/certs/client.pem`)}

Is it the proxy stripping the header?`),

  rec('java_props', f`Olá! O gateway SWIFT não sobe depois da troca do certificado. Segue o trecho do application.properties (ambiente de homologação):

${cfg(f`gateway.swift.host=saa-hml.halvardbank.com.br
gateway.swift.port=48002
gateway.keystore.path=/etc/hcb/keystore/tf-gateway.p12
gateway.keystore.password=${v('credential.password_assignment', 'Ipe-Amarelo!5520')}
gateway.keystore.type=PKCS12
gateway.lau.enabled=true`)}

O erro é "keystore password was incorrect", mas eu copiei a senha do cofre. Pode ser encoding do "!"?`),

  rec('powershell_ru', f`Помогите, скрипт выгрузки аккредитивов в Excel висит на шаге sqlcmd:

${code(f`$out = "D:\\Reports\\LC_open_$(Get-Date -Format yyyyMMdd).csv"
sqlcmd -S TFSQL02\\TRADE -d TradeFinance -U rpt_export -P '${v('credential.cli_password', 'Sever0-Zapad#77')}' \`
  -Q "SET NOCOUNT ON; SELECT lc_ref, applicant, amount, ccy, expiry FROM dbo.lc_open WHERE status='ISSUED'" \`
  -s "," -W -o $out
Send-MailMessage -To 'tf-reports' -Subject 'Open LCs' -Attachments $out -SmtpServer relay01`)}

Раньше работало, после переезда на новый сервер — нет.`),

  // ── library consortium ────────────────────────────────────────────────────────────────
  rec('xml_config', f`After the Koha 24.05 upgrade the OPAC shows "Software error: DBI connect failed". Here's the relevant bit of koha-conf.xml, host is right:

${cfg(f`<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_tvlc</database>
 <hostname>db-koha.tvlc.org</hostname>
 <port>3306</port>
 <user>koha_tvlc</user>
 <pass>${v('credential.password_assignment', 'Stacks&Spines-2291')}</pass>
 <tls>no</tls>
</config>`)}`),

  rec('chat_ca', f`Bon dia! Em pots ajudar a redactar un avís per al personal de la biblioteca de Granollers? L'autopréstec torna a funcionar, però cal tornar a configurar les màquines amb l'usuari SIP2 nou: usuari "sc_granollers", contrasenya ${v('credential.password_in_prose', 'Llibre#Vermell09')}. Que quedi clar que no s'ha de posar al cartell de la sala!`),

  rec('ezproxy', f`Our EZproxy admin login stopped working after someone edited user.txt. Can you spot the syntax issue?

${cfg(f`# user.txt — local admin accounts only, patrons come through SIP
::Common
tvlcadmin:${v('credential.user_password_pair', 'Quill&Ledger77')}:admin
::Group=Staff
refdesk:${v('credential.user_password_pair', 'Microfiche-42')}
::Group=Default`)}`),

  rec('code_js_es_bo', f`Hola, el widget de portadas del catálogo de la biblioteca municipal de Sucre ya no muestra nada. ¿Será la clave?

${code(f`const API = 'https://www.googleapis.com/books/v1/volumes';
const KEY = '${v('credential.google_api_key', GOOGLE_BOOKS)}';

async function portada(isbn) {
  const r = await fetch(\`\${API}?q=isbn:\${isbn}&key=\${KEY}\`);
  const j = await r.json();
  return j.items?.[0]?.volumeInfo?.imageLinks?.thumbnail ?? '/img/sin-portada.png';
}

document.querySelectorAll('[data-isbn]').forEach(async (el) => {
  el.src = await portada(el.dataset.isbn);
});`)}

En la consola sale 403 "API key not valid".`),

  rec('git_config', f`git push from the web server keeps asking for a password even though I put the token in the remote. .git/config:

${cfg(f`[core]
	repositoryformatversion = 0
	filemode = true
[remote "origin"]
	url = https://tvlc-deploy:${v('credential.github_pat', GHP_SITE)}@github.com/tri-valley-libraries/opac-theme.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin`)}`),

  rec('chat_qu', f`Allinllachu, yanapawankimanchu? Qosqo llaqta bibliotecapi wifi mana llamk'anchu. Kay willakuyta castellanoman tikraykuy, puerta punkupi churanapaq:

"Wifi sutin: Biblioteca_Qosqo_Runasimi. Yaykunapaq contraseña: ${v('credential.password_in_prose', 'Inti-Raymi2024')}. Sapa p'unchaw 8 horamanta 18 horakama."

Sulpayki!`),

  rec('chat_uk', f`Привіт! Хочу перенести розсилку новин бібліотеки зі старого акаунта Mailchimp у новий. Ось ключ API старого акаунта: ${v('credential.mailchimp_api_key', MAILCHIMP)}. Напиши, будь ласка, скрипт на Python, який вивантажить усіх підписників з тегами.`),

  rec('code_python', f`${code(f`# worldshare_sync.py — pulls new holdings from OCLC every night
WSKEY = "${amb('credential.generic_secret_assignment', WSKEY)}"
WSSECRET = "${v('credential.generic_secret_assignment', WSSECRET)}"
INSTITUTION = "128807"

def token():
    resp = requests.post(
        "https://oauth.oclc.org/token",
        params={"grant_type": "client_credentials", "scope": "WorldCatMetadataAPI"},
        auth=(WSKEY, WSSECRET),
    )
    return resp.json()["access_token"]`)}

This returns "invalid_client" since July. Did OCLC change the token endpoint?`, 'the WSKey is a client id (debatable), the secret is labelled'),

  // ── pet-insurance startup ─────────────────────────────────────────────────────────────
  rec('chat', f`urgent: claim payouts to vets are failing in prod since 9am with "Invalid API Key provided". This is what's in the payouts worker env, I just re-copied it from the dashboard: ${v('credential.stripe_secret_key', STRIPE_LIVE)} — did Stripe rotate it or did someone roll the key?`),

  rec('code_ts', f`Webhook signature check always fails locally but works on Render. Express handler:

${code(f`import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_KEY!);
const endpointSecret = '${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}';

app.post('/webhooks/stripe', express.json(), (req, res) => {
  const sig = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${(err as Error).message}\`);
  }
  if (event.type === 'invoice.paid') markPolicyActive(event.data.object);
  res.json({ received: true });
});`)}`),

  rec('env_file', f`Oi, estou subindo o serviço de triagem de sinistros (fotos da nota fiscal do veterinário) num servidor novo. Esse .env está completo?

${cfg(f`NODE_ENV=production
OPENAI_API_KEY=${v('credential.openai_api_key', tok('sk-', 'proj-', fill('b40-oa3', B64URL, 74), 'T3BlbkFJ', fill('b40-oa4', B64URL, 74)))}
SUPABASE_URL=https://kbxqmzrtnwplvhdyjecf.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127736102912`)}
SINISTRO_MAX_MB=15`)}`),

  rec('code_python', f`Hola, el envío de SMS cuando se aprueba un siniestro no sale. ¿Qué está mal?

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"

cliente = Client(ACCOUNT_SID, AUTH_TOKEN)

def avisar_aprobacion(telefono: str, mascota: str, importe: float) -> str:
    msg = cliente.messages.create(
        to=telefono,
        from_="Bramblepaw",
        body=f"Tu reclamación para {mascota} ha sido aprobada: {importe:.2f} EUR",
    )
    return msg.sid`)}

El error es 21212 "Invalid From Number".`),

  rec('chat_fr', f`Salut, nos e-mails de confirmation de souscription partent en spam chez Orange et SFR. On envoie via SendGrid avec la clé ${v('credential.sendgrid_api_key', SENDGRID)}, domaine bramblepaw.fr authentifié. Tu peux me dire quoi vérifier côté DMARC ?`),

  rec('chat_he', f`היי, אני מקבל 429 כל הזמן מה-API של Anthropic כשאני מריץ את סיווג התביעות בבאצ'. המפתח שלנו הוא ${v('credential.anthropic_api_key', ANTHROPIC)}. יש דרך לבדוק מה המגבלה של הארגון?`),

  rec('json_config', f`Zap keeps failing at the Airtable step. Exported config:

${cfg(f`{
  "step": "airtable_create_record",
  "base": "appR7kW2mQ9tX4vN1",
  "table": "Vet clinics",
  "auth": { "type": "personal_access_token", "token": "${v('credential.airtable_pat', AIRTABLE)}" },
  "fields": { "Name": "{{clinic_name}}", "City": "{{city}}", "Direct billing": true }
}`)}`),

  rec('json_config', f`Chào bạn, app Flutter của khách hàng (bảo hiểm thú cưng) đăng nhập Google bị lỗi "redirect_uri_mismatch". File client_secret mình đang dùng:

${cfg(f`{"web":{"client_id":"702918364512-k3m9q1v7x5b2n8r4t6w0y2z4c6e8g0h2.apps.googleusercontent.com","project_id":"bramblepaw-app","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://app.bramblepaw.com/auth/callback"]}}`)}

Mình cần thêm redirect URI nào cho bản web chạy localhost?`),

  // ── copper mine maintenance ───────────────────────────────────────────────────────────
  rec('cisco_config', f`Good morning, this is the config from the new access switch at the No. 3 shaft substation. Users on VLAN 40 can't reach the historian. Please check:

${cfg(f`hostname SW-SH3-SUB-01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO_HASH)}
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Chimbwe#Lv4-Sub')}
!
interface Vlan40
 description OT-HISTORIAN
 ip address ${amb('pii.ip_address', '10.40.3.1')} 255.255.255.0
!
snmp-server community ${v('credential.network_device_secret', 'Mw4mbaRW!ot')} RW 10
snmp-server location Shaft3-Substation
!
line vty 0 4
 login local
 transport input ssh`)}`),

  rec('code_python', f`The job that pulls open PM orders from SAP into the planning sheet crashes with RFC_LOGON_FAILURE since the password policy change:

${code(f`from pyrfc import Connection
import pandas as pd

conn = Connection(
    ashost="sapprd-pm.mwambacopper.co.zm",
    sysnr="00",
    client="300",
    user="RFC_PMPLAN",
    passwd="${v('credential.password_assignment', SAP_PW)}",
)

rows = conn.call("BAPI_ALM_ORDER_GET_LIST", IT_RANGES=[
    {"FIELD_NAME": "OPTIONS_FOR_PLANPLANT", "SIGN": "I", "OPTION": "EQ", "LOW_VALUE": "ZM01"},
])["ET_RESULT"]
pd.DataFrame(rows).to_excel("open_pm_orders.xlsx", index=False)`)}`),

  rec('yaml', f`Conveyor CV-07 belt sensors aren't publishing since the gateway swap. Node-RED flow settings:

${cfg(f`broker:
  url: mqtt://cv_sensors:${v('credential.url_password', MQTT_PW)}@${amb('pii.ip_address', '10.20.4.8')}:1883
  clientId: nr-cv07-gw02
  keepalive: 60
topics:
  - mwamba/concentrator/cv07/+/vibration
  - mwamba/concentrator/cv07/+/temperature`)}

The broker log shows "connection refused: not authorised".`),

  rec('chat_es_bo', f`Hola, soy contratista en la planta de concentrado. Necesito sacar las horas de operación de los molinos desde la base del historiador. Me dieron este comando pero me sale "Access denied":

${cfg(f`mysql -h hist-db.mwambacopper.local -u hist_reader -p${v('credential.mysql_cli_password', 'Molino#SAG2024')} -e "SELECT tag, SUM(run_hours) FROM runtime WHERE tag LIKE 'ML-0%' GROUP BY tag" historian`)}

¿Está mal escrito el -p?`),

  rec('yaml', f`${cfg(f`# grafana/provisioning/datasources/maintenance.yaml
apiVersion: 1
datasources:
  - name: Maximo-Reports
    type: grafana-postgresql-datasource
    url: maximo-rpt.mwambacopper.local:5432
    user: grafana_ro
    secureJsonData:
      password: ${v('credential.password_assignment', 'Nchanga_Pit!83')}
    jsonData:
      database: maxrpt
      sslmode: require
# exporter for the shift report bot
reportBot:
  grafanaToken: ${v('credential.grafana_service_account_token', GLSA)}`)}

Dashboard "Crusher availability" loads empty after I provisioned this. What did I miss?`),

  rec('code_python', f`Подскажите, бот для оповещений о поломках в Telegram перестал отправлять сообщения. Код:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002143987261

def alert(equipment: str, fault: str) -> None:
    text = f"⚠️ {equipment}: {fault}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)

alert("HT-214 (CAT 793F)", "low coolant level")`)}

Ошибка: 403 Forbidden: bot was kicked from the supergroup chat.`),

  rec('aws_credentials', f`The drone survey team uploads pit photos to S3 from the field laptop. After they changed laptops the upload fails. ~/.aws/credentials on the old one:

${cfg(f`[default]
region = af-south-1

[drone-survey]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = af-south-1`)}

Can I just copy this file over?`),

  rec('chat', f`Hi, I can't SSH to the historian jump host from the planners' PC anymore, "Load key: invalid format". This is the key file Mwenya sent me on WhatsApp, did it get corrupted?

${v('credential.openssh_private_key', OSSH)}`),

  rec('toml', f`Bonjour, telegraf n'envoie plus les mesures des pompes de dénoyage vers InfluxDB. Voici mon telegraf.conf :

${cfg(f`[[outputs.influxdb_v2]]
  urls = ["https://influx.mwambacopper.local:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "maintenance"
  bucket = "dewatering"

[[inputs.modbus]]
  name = "pompe_P12"
  controller = "tcp://${amb('pii.ip_address', '10.31.7.42')}:502"
  slave_id = 1`)}

Le message d'erreur est "401 Unauthorized: unauthorized access".`),

  // ── women's health clinic network ─────────────────────────────────────────────────────
  rec('mirth_config', f`Mirth channel for the lab results interface fails on the database writer step. Connection settings from the channel export:

${cfg(f`<connector name="Lab ORU to EHR">
  <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
    <driver>org.postgresql.Driver</driver>
    <url>postgresql://mirth_writer:${v('credential.database_url_password', 'Peony-Clinic!319')}@ehr-db.marigoldhealth.org:5432/results</url>
    <query>INSERT INTO lab_results (mrn, loinc, value, unit, observed_at) VALUES (?, ?, ?, ?, ?)</query>
  </properties>
</connector>`)}

I think the JDBC URL needs a jdbc: prefix but not sure.`),

  rec('chat_es_co', f`Buenas! Los recordatorios de citas de la clínica de Cali no están llegando al correo. Usamos Mailgun así:

${cfg(f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.mailgun.net/v3/citas.marigoldsalud.co/messages \\
  -F from='Clínica Marigold <${v('pii.email', 'citas@marigoldsalud.co')}>' \\
  -F to="$EMAIL_PACIENTE" \\
  -F subject='Recordatorio de su cita' \\
  -F text='Le recordamos su cita de control prenatal.'`)}

Devuelve "Forbidden". ¿Es el dominio o la clave?`),

  rec('chat_pt', f`Pessoal, o link que mandamos para a paciente baixar o laudo da ultrassom dá "AuthenticationFailed". Link: https://mhlaudos.blob.core.windows.net/laudos/2024/11/US-448120.pdf?sv=2023-11-03&ss=b&srt=o&sp=r&se=2024-12-20T23:59:59Z&st=2024-12-06T12:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}

Será que o st= ficou no futuro por causa do fuso?`),

  rec('powershell', f`${cfg(f`$webhook = '${v('credential.teams_webhook_url', TEAMS_HOOK)}'
$card = @{
  text = "Fridge alarm: vaccine fridge 2 at Leeds clinic above 8°C since $(Get-Date -Format t)"
} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'`)}

this runs from the BMS box every 5 min. Teams says the connector is being retired — what's the replacement?`),

  rec('chat_fr_ht', f`Bonjour, pouvez-vous m'aider à rédiger une note pour les infirmières de la clinique de Delmas ? Le nouveau compte partagé pour le dossier médical électronique est « inf_delmas » et le mot de passe est ${v('credential.password_in_prose', 'Flamboyant#Delmas33')}. Il faut leur dire de ne pas l'écrire sur le tableau de la salle de garde.`),

  rec('chat_ht', f`Bonjou! Ede m ekri yon ti mesaj kout an kreyòl pou sajfanm yo nan klinik Jakmèl la. Mwen vle di yo: wifi klinik la rele "Marigold-Jakmel", epi modpas la se ${v('credential.password_in_prose', 'Lakay-Sante2024')}. Pa bay pasyan yo modpas la. Mèsi anpil!`),

  rec('curl', f`Deactivating a locum's account via the Okta API returns 403:

${cfg(f`curl -X POST \\
  -H "Accept: application/json" \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://marigoldhealth.okta.com/api/v1/users/00u9x2k4m7QzLw1p8697/lifecycle/deactivate"`)}

The token was created by our IT manager (super admin). Why forbidden?`),

  rec('http_log_ar', f`مرحبا، تطبيق المريضات في فرع أبوظبي يرجع 401 عند فتح نتائج التحاليل. هذا الطلب من سجل الـ proxy:

${cfg(f`GET /api/v2/patients/me/results?since=2024-11-01 HTTP/1.1
Host: api.marigoldhealth.ae
Authorization: Bearer ${v('credential.jwt', PATIENT_JWT)}
User-Agent: MarigoldApp/5.2.1 (iPhone; iOS 18.1)
Accept-Language: ar-AE`)}

هل التوكن منتهي؟`),

  rec('chat_cs', f`Ahoj, CI pipeline pro objednávkový systém kliniky v Brně padá při klonování submodulu. V nastavení máme tenhle osobní token z GitLabu: ${v('credential.gitlab_pat', GLPAT)} (scope read_repository). Musí to být spíš deploy token?`),

  // ── streaming trust & safety ──────────────────────────────────────────────────────────
  rec('code_python', f`${code(f`import os
from slack_bolt import App

app = App(token="${v('credential.slack_bot_token', SLACK_BOT)}",
          signing_secret=os.environ["SLACK_SIGNING_SECRET"])

@app.action("escalate_report")
def escalate(ack, body, client):
    ack()
    report_id = body["actions"][0]["value"]
    client.chat_postMessage(channel="#ts-escalations",
                            text=f"Report {report_id} escalated by <@{body['user']['id']}>")

if __name__ == "__main__":
    app.start(port=3000)`)}

The escalate button does nothing, no errors in the log. Any idea?`),

  rec('shell', f`Cron script that pings the T&S channel when the CSAM hash-match queue backs up:

${code(f`#!/usr/bin/env bash
set -euo pipefail
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
DEPTH=$(redis-cli -h queue-ts.internal LLEN hashmatch:pending)
if [ "$DEPTH" -gt 500 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"hash-match queue depth is $DEPTH (>500)\\"}" "$HOOK"
fi`)}

It posts twice sometimes, why?`),

  rec('notebook', f`Hola, estoy probando un clasificador de comentarios de odio para el equipo de moderación de España. En el notebook:

${cfg(f`In [1]:
from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

In [2]:
from transformers import pipeline
clf = pipeline("text-classification", model="orbita-ts/hate-es-v3")`)}

Out[2]: OSError: orbita-ts/hate-es-v3 is not a local folder and is not a valid model identifier

¿El token no tiene acceso al repo privado?`),

  rec('chat_uk', f`Підкажи, будь ласка: хочу з ноутбука запускати job у Databricks, який рахує кількість скарг на відео за добу. Токен: ${v('credential.databricks_token', DATABRICKS)}, workspace adb-4172938465012837.7.azuredatabricks.net. Як правильно налаштувати databricks-cli профіль?`),

  rec('chat_vi', f`Chào anh, em đang làm bot báo cáo vi phạm cho team kiểm duyệt nội dung tiếng Việt. Em dùng webhook Discord này: ${v('credential.discord_webhook_url', DISCORD_HOOK)} nhưng tin nhắn có dấu tiếng Việt bị lỗi font. Anh xem giúp em phải set header gì ạ?`),

  rec('shell_session', f`${cfg(f`$ export VAULT_ADDR=https://vault.orbita.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=api_key secret/ts/perspective
Error reading secret/data/ts/perspective: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

My policy has read on secret/ts/*. Why 403?`),

  rec('json_he', f`אני צריך עזרה בהגדרת ה-Video Intelligence API לזיהוי תוכן אלים. זה קובץ ה-service account שקיבלתי מהצוות:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "orbita-ts-video",
  "private_key_id": "${fill('b40-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'video-moderation@orbita-ts-video.iam.gserviceaccount.com')}",
  "client_id": "104829371650293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

השגיאה: PERMISSION_DENIED: Video Intelligence API has not been used in project. מה עושים?`),

  rec('json_config', f`Почему docker pull в CI ломается с "unauthorized"? ~/.docker/config.json на раннере:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('env_file', f`${cfg(f`# ts-llm-eval/.env — comparing providers on the harassment policy eval set
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}
EVAL_SET=s3://orbita-ts-evals/harassment/v7.jsonl
CONCURRENCY=8`)}

Write me a small runner that sends each item to both models and writes agreement stats.`),

  rec('chat_ca', f`Hola, el panell de moderació no envia mètriques a Datadog des d'ahir. A l'agent hi tenim DD_API_KEY=${v('credential.datadog_api_key', DD_API)} i per als dashboards DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}. El site és datadoghq.eu. Què pot ser?`),

  rec('hcl', f`Terraform plan fails with "Unable to authenticate you" for the DigitalOcean provider. terraform.tfvars:

${cfg(f`do_token       = "${v('credential.digitalocean_token', DO_TOKEN)}"
region         = "fra1"
droplet_size   = "s-2vcpu-4gb"
ts_tools_count = 2`)}

Olha, é o mesmo token que funciona no doctl.`),

  rec('chat_ay', f`Kamisaki! El Alto markan bibliotecaxa wifi jan walikiti. Aka yatiyawi aymara arumpi qillqt'ata, castellano aruru jaqukipt'ita:

"Wifi sutipaxa: Biblioteca_Jach'a_Marka. Contraseñaxa akawa: ${v('credential.password_in_prose', 'Illimani*2024')}. Jan yaqha jaqiruxa churamti."

Yuspajara!`),

  rec('code_js', f`Jira automation via a small Node script, it creates the appeal tickets for reinstated channels:

${code(f`const auth = Buffer.from('${v('pii.email', 'ts-automation@orbita.tv')}:${v('credential.atlassian_api_token', ATLASSIAN)}').toString('base64');

async function createAppeal(channelId, reason) {
  const res = await fetch('https://orbita.atlassian.net/rest/api/3/issue', {
    method: 'POST',
    headers: { Authorization: \`Basic \${auth}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields: { project: { key: 'APPEAL' }, issuetype: { name: 'Task' }, summary: \`Channel \${channelId} reinstated\`, description: reason } }),
  });
  return res.json();
}`)}`),

  rec('chat_fr', f`Bonjour, on doit publier un enregistrement DKIM pour le domaine d'envoi des notifications de modération. Le prestataire m'a envoyé ça par mail, c'est bien la clé privée qu'il faut mettre sur le serveur Postfix ?

${v('credential.private_key', DKIM)}

Et dans le DNS je mets quoi exactement ?`),

  rec('chat', f`Is a fine-grained PAT enough for the action that labels moderation-rule PRs? I made ${v('credential.github_fine_grained_pat', GH_FINE)} with pull-requests: write on the policy-rules repo only.`),

  rec('chat_ru', f`Коллеги, для стенда модерации поднял Redis, пароль в redis.conf: requirepass ${v('credential.password_assignment', LOWERPW)}. Можно ли так оставить, если порт закрыт снаружи?`),
];

/**
 * Held-out batch 77: credentials pasted by staff of a ship classification society, a sleep-medicine
 * clinic, a microfinance lender, a film post-production house, a public library system and a cement
 * plant — configs, shells, code, chat and tickets in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AZ_STORAGE = `${fill('b77-azst', B64, 86)}==`;
const SENTRY_DSN = tok('https://', fill('b77-sentry', HEX, 32), '@o', '4507128', '.ingest.de.sentry.io/', '4508339120');
const SA_PEM = pem('PRIVATE KEY', 'b77-sapem', 1216).replace(/\n/g, '\\n');
const SA_KEY_ID = fill('b77-sakid', HEX, 40);
const CPAP_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'tm-2025-02' }, { sub: 'svc-somnolab-sync', aud: 'https://api.airlink-tm.eu', scope: 'devices.read therapy.read', iat: 1739862410, exp: 1739866010 }, 'b77-cpapjwt');
const TWILIO_SID = tok('AC', fill('b77-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b77-twtok', HEX, 32);
const DD_API = fill('b77-ddapi', HEX, 32);
const DD_APP = fill('b77-ddapp', HEX, 40);
const MOMO_SUB = fill('b77-momosub', HEX, 32);
const MOMO_APIKEY = fill('b77-momokey', HEX, 32);
const DARAJA_KEY = fill('b77-darajak', B62, 48);
const DARAJA_SECRET = fill('b77-darajas', B62, 64);
const SLACK_BOT = tok('xoxb-', '3918204756', '1-', '8402917365518-', fill('b77-xoxb', B62, 24));
const AWS_ID = tok('AKIA', fill('b77-akia', B32, 16));
const AWS_SECRET = fill('b77-awssec', B64, 40);
const AWS_ID2 = tok('AKIA', fill('b77-akia2', B32, 16));
const AWS_SECRET2 = fill('b77-awssec2', B64, 40);
const FRAMEIO = tok('fio-u-', fill('b77-fio', B64URL, 64));
const DROPBOX = tok('sl.', 'u.', fill('b77-dbx', B64URL, 140));
const VAULT = tok('hvs.', fill('b77-vault', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1329407718265530419', '/', fill('b77-dischook', B64URL, 68));
const SHOTGRID_KEY = fill('b77-sgkey', LOWER + DIGITS, 24);
const GH_FG = tok('github_pat_', '11BK4QZ7A0', fill('b77-ghfg1', B62, 12), '_', fill('b77-ghfg2', B62, 59));
const MAILCHIMP = tok(fill('b77-mc', HEX, 32), '-us14');
const NPM = gh('npm', 'Lq7Vx2Rb9Tk4Mz1Wc6Hp3Nd8Fs5Jg0');
const GLSA = tok('glsa_', fill('b77-glsa1', B62, 32), '_', fill('b77-glsa2', HEX, 8));
const INFLUX = `${fill('b77-influx', B64URL, 86)}==`;
const TELEGRAM = tok('7731904826', ':AA', fill('b77-tg', B64URL, 33));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b77-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AZ_CLIENT_SECRET = tok(fill('b77-azcs1', B62, 3), '8Q~', fill('b77-azcs2', B62 + '~_.-', 31));
const MD5_SECRET = tok('$1$', fill('b77-md5salt', B62, 4), '$', fill('b77-md5', B62 + './', 22));
const DOCKER_AUTH = b64('kiln-ci:Rotary$Kiln2025');
const OPENAI = tok('sk-proj-', fill('b77-oai1', B62 + '-_', 74), 'T3BlbkFJ', fill('b77-oai2', B62 + '-_', 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b77-ant', B64URL, 93), 'AA');
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b77-gkey', B64URL, 33));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b77-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b77-whsec', B62, 32));
const HF = tok('hf_', fill('b77-hf', UPPER + LOWER, 34));
const GLPAT = tok('glpat-', fill('b77-glpat', B62 + '-_', 20));
const PATIENT_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'pt-40917', role: 'patient', clinic: 'kochi-sleep', iat: 1740031200, exp: 1740117600 }, 'b77-ptjwt');
const CF_TOKEN = fill('b77-cftok', B62 + '_-', 40);
const MAILGUN = tok('key-', fill('b77-mailgun', HEX, 32));
const ADO_PAT = fill('b77-ado', B32LOWER, 52);
const SAS_SIG = `${fill('b77-sas1', B62, 18)}%2F${fill('b77-sas2', B62, 20)}%3D`;
const DCP_KEY = pem('RSA PRIVATE KEY', 'b77-dcprsa', 1192);
const DATABRICKS = tok('dapi', fill('b77-dbx2', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b77-atl', B64URL, 171), '=', fill('b77-atl2', HEX.toUpperCase(), 8));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04QK7ZPB', '/', 'B08H3MN5R2W', '/', fill('b77-slhook', B62, 24));
const TEAMS_HOOK = tok('https://ivarsen.webhook.office.com/webhookb2/', '6b1f0c2e-94d7-4a35-8e60-1d7c93a4b2f8@2e9a7c41-5b80-4d16-a3f9-c04e68d17b25/IncomingWebhook/', fill('b77-teams1', HEX, 32), '/', '0c4d9e27-6a13-4f85-b7e2-93a1f05c68d4/', 'V2', fill('b77-teams2', B64URL, 43));
const BASIC_PLC = b64('svc_gateway:Zement#Ofen44');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH77_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our hull-survey app backend fails to upload photos since Friday (403 AuthorizationFailure). Here is the .env from the App Service, can you see anything wrong?

${amb('source_code.snippet', f`# survey-api / production
NODE_ENV=production
PHOTO_CONTAINER=hull-survey-photos
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=ivarsenclasssurvey;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
MAX_PHOTO_MB=25`)}`),

  rec('chat_nb', f`Kan du skrive en kort e-post på engelsk til verftet i Ulsan? Innhold: de kan logge inn på klasseportalen for å laste opp tegningene til nybygg 3312. Bruker: hhi_plan_3312, passordet er ${v('credential.password_in_prose', 'Stavanger!Hull88')} og det må byttes etter første innlogging. Takk!`),

  rec('json_ko', f`인증서 PDF 서명 서비스가 "invalid_grant" 오류를 내요. 서비스 계정 키 파일은 아래와 같습니다 (울산 사무소 서버):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "ivarsen-class-certs",
  "private_key_id": "${SA_KEY_ID}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'cert-signer@ivarsen-class-certs.iam.gserviceaccount.com')}",
  "client_id": "104938271650392817465",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'cert-signer%40ivarsen-class-certs.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

서버 시간이 9분 빠른 것과 관계가 있을까요?`),

  rec('ticket_de', f`Ticket #SY-20417 – Werft Papenburg kann Zeichnungen nicht abholen

Hallo Team, der Transfer-Job zur Werft bricht mit "Permission denied (publickey,password)" ab. Konfiguration im Scheduler:

  ziel = sftp://meyer_drawings:${v('credential.url_password', 'Kielholen-7731')}@transfer.ivarsen-class.de:2222/outgoing/NB-S.724
  intervall = 15 min

Passwort wurde letzte Woche von der Werft neu vergeben, evtl. alt? Bitte prüfen.`),

  rec('curl', f`Telemonitoring export for the CPAP fleet returns 401 since this morning:

curl -s "https://api.airlink-tm.eu/v2/devices?clinic=SOMNO-GRZ&since=2025-02-17" \\
  -H "Authorization: Bearer ${v('credential.jwt', CPAP_JWT)}" \\
  -H "Accept: application/json"

Token was generated 10 min earlier. Is the aud wrong?`),

  rec('xml_fr_ca', f`Bonjour, notre canal Mirth pour les résultats de polysomnographie ne se connecte plus à la base. Voici le fichier mirth.properties (serveur de la clinique de Laval) :

${amb('source_code.snippet', f`database = postgres
database.url = jdbc:postgresql://pg-somno01:5432/mirthdb
database.username = mirth_rw
database.password = ${v('credential.password_assignment', 'Sommeil-Profond_26')}
database.max-connections = 20
http.port = 8080`)}

Le message d'erreur est « FATAL: password authentication failed ». Le mot de passe a-t-il expiré selon vous?`),

  rec('code_python_es', f`Hola, el script que manda los recordatorios por SMS para los estudios de sueño ya no envía nada. ¿Me ayudas?

${code(f`from twilio.rest import Client
import pandas as pd

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
cliente = Client(ACCOUNT_SID, AUTH_TOKEN)

citas = pd.read_csv("citas_polisomnografia.csv")
for _, c in citas[citas.estado == "confirmada"].iterrows():
    cliente.messages.create(
        to=c.telefono,
        from_="SOMNOCLINICA",
        body=f"Recuerde su estudio de sueño el {c.fecha} a las 20:30. Traiga pijama y su lista de medicamentos.",
    )`)}

En la consola de Twilio dice "alphanumeric sender ID not supported" para algunos números de México.`),

  rec('docker_compose_it', f`Ciao, mi controlli questo compose per il servizio di scoring automatico delle polisonnografie? Vorrei mandare metriche a Datadog.

${amb('source_code.snippet', f`services:
  psg-scoring:
    image: registry.somnoclinica.it/psg-scoring:4.2.1
    environment:
      MODEL_PATH: /models/staging-v7.onnx
      DD_AGENT_HOST: dd-agent
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_APM_ENABLED: "true"`)}`),

  rec('chat_rw', f`Mwiriwe, ndashaka ko umfasha kureba impamvu API ya MoMo itemera collection. Headers nohereza:

POST /collection/v1_0/requesttopay
X-Reference-Id: 5b7e2c90-3f41-4d8a-9e16-a02c7d51b3f4
X-Target-Environment: mtnrwanda
Ocp-Apim-Subscription-Key: ${v('credential.generic_secret_assignment', MOMO_SUB)}
api_user: 0f3c8a57-91d2-4e6b-b8a4-7c25e1d09f63
api_key: ${v('credential.generic_secret_assignment', MOMO_APIKEY)}

Igisubizo ni 500 "INTERNAL_PROCESSING_ERROR". Abanyamuryango b'itsinda rya Kicukiro ntibashobora kwishyura.`),

  rec('chat_so', f`Salaan, fadlan ii qor fariin Ingiriisi ah oo aan u dirayo maamulaha laanta Hargeysa: akoonka ganacsiga EVC ee deymaha kooxda waa "mfi_hargeysa_02", furaha sirta ah waa ${v('credential.password_in_prose', 'Geel-Caano#4471')}, waana inuu beddelo marka ugu horreysa ee uu galo.`),

  rec('env_file', f`Daraja sandbox works, production gives "Invalid Access Token". .env on the repayments worker:

${amb('source_code.snippet', f`MPESA_ENV=production
MPESA_SHORTCODE=4081937
MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', DARAJA_KEY)}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', DARAJA_SECRET)}
MPESA_CALLBACK_URL=https://repay.jamiimicro.co.ke/mpesa/c2b/confirm
LOAN_CYCLE_DAYS=14`)}

Do production keys need a different OAuth URL?`),

  rec('code_js_yo', f`E kaasan, bot Slack wa ti a fi n ran awọn oṣiṣẹ awin leti ko firanṣẹ mọ. Kódù náà rèé:

${code(f`const { WebClient } = require('@slack/web-api');
const slack = new WebClient('${v('credential.slack_bot_token', SLACK_BOT)}');

async function notifyOfficer(group, overdueDays) {
  await slack.chat.postMessage({
    channel: '#awin-ibadan',
    text: \`Ẹgbẹ́ \${group.name}: \${group.members.length} ọmọ ẹgbẹ́, ìsanpadà ti pẹ́ ní ọjọ́ \${overdueDays}\`,
  });
}`)}

Aṣiṣe: "not_in_channel".`),

  rec('yaml_pt', f`Boa tarde! Migrámos o sistema de microcrédito para um servidor novo e o Rails não arranca. O database.yml:

${amb('source_code.snippet', f`production:
  adapter: postgresql
  encoding: unicode
  pool: 10
  url: postgres://credito_app:${v('credential.database_url_password', 'Bacalhau.Quinta-19')}@db-credito.interno:5432/microcredito_prod`)}

O erro é "could not translate host name". Será do DNS interno?`),

  rec('ini_te', f`మా క్రెడిట్-స్కోరింగ్ డేటా లేక్‌కి Athena క్వెరీలు పనిచేయడం లేదు. ~/.aws/credentials ఇదిగో:

${amb('source_code.snippet', f`[microfin-analytics]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-south-1`)}

ఎర్రర్: "The security token included in the request is invalid". ఏమి చేయాలి?`),

  rec('chat_uz', f`Salom! Kredit mutaxassislari uchun planshet ilovasiga kirish ma'lumotlarini rasmiy xat ko'rinishida yozib bering: login "samarqand_lo7", parol ${v('credential.password_in_prose', 'Registon_2025!')} — birinchi kirishda o'zgartirish shart.`),

  rec('ini', f`Deadline 10 workers can't reach the repository after we moved Mongo to the new box. deadline.ini on the render nodes:

${amb('source_code.snippet', f`[Deadline10]
ConnectionType=Repository
NetworkRoot=\\\\nas-render\\DeadlineRepository10
DbConnectionString=mongodb://deadline_db:${v('credential.database_url_password', 'Render!Farm-4K-HDR')}@mongo-render01:27100/deadline10db?authSource=admin
LaunchSlaveAtStartup=True`)}

Error: "Authentication failed" on 40 of 96 nodes only.`),

  rec('rclone_fr', f`Salut, la synchro des rushes vers S3 plante toutes les nuits. Voici mon rclone.conf (poste de l'assistant monteur) :

${amb('source_code.snippet', f`[dailies-s3]
type = s3
provider = AWS
access_key_id = ${v('credential.aws_access_key_id', AWS_ID2)}
secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET2)}
region = eu-west-3
storage_class = INTELLIGENT_TIERING`)}

La commande : rclone sync /Volumes/RAID/DAILIES/J12 dailies-s3:prod-lumen-dailies/J12 --transfers 16
Erreur : "SignatureDoesNotMatch". Une idée ?`),

  rec('shell', f`The delivery script to the distributor's Aspera node hangs at "Session Start":

${code(f`#!/bin/bash
export ASPERA_SCP_PASS='${v('credential.password_assignment', 'DCP-Delivery#Nordlicht')}'
PKG="/deliveries/NORDLICHT_FTR_S_DE-XX_51_4K_20250214_LUM_SMPTE_OV"
ascp -P 33001 -O 33001 -l 400M -k 2 \\
  --overwrite=diff \\
  "$PKG" ${amb('pii.email', 'lumen_post@aspera.filmverleih-nord.de')}:/incoming/
echo "done $(date)" >> /var/log/deliveries.log`)}

Firewall team says UDP 33001 is open.`),

  rec('code_python_ja', f`Frame.io にデイリーをアップロードするスクリプトです。v4 API に移行したら 401 になりました。

${code(f`import requests, pathlib

TOKEN = "${v('credential.bearer_token', FRAMEIO)}"
HEAD = {"Authorization": f"Bearer {TOKEN}"}

def upload(folder_id: str, clip: pathlib.Path) -> str:
    r = requests.post(
        f"https://api.frame.io/v2/assets/{folder_id}/children",
        headers=HEAD,
        json={"name": clip.name, "type": "file", "filesize": clip.stat().st_size},
    )
    r.raise_for_status()
    return r.json()["id"]`)}

v4 では OAuth が必須ですか?`),

  rec('chat_ko', f`배급사 납품용 Dropbox 폴더에 ProRes 파일을 올리는 자동화를 만들고 있어요. 앱 콘솔에서 받은 토큰은 ${v('credential.dropbox_access_token', DROPBOX)} 인데 4시간 뒤에 expired_access_token 이 떠요. 리프레시 토큰은 어떻게 받나요?`),

  rec('shell', f`vault login works on my Mac but the render nodes say "permission denied":

$ export VAULT_ADDR=https://vault.lumen-post.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=license secret/render/redshift
Error reading secret/render/redshift: Code: 403

Is this token tied to my policy only?`),

  rec('chat_de_ch', f`Chönd ihr mer säge wieso dä Render-Bot nüt meh poschtet? Mir händ dä Webhook im Python-Skript:

WEBHOOK = "${v('credential.discord_webhook_url', DISCORD_HOOK)}"

Und d'Antwort isch 404 "Unknown Webhook". Hät öpper dä Channel glöscht?`),

  rec('code_python', f`Our ShotGrid event daemon plugin stopped publishing versions after the Flow rebrand:

${code(f`import shotgun_api3

sg = shotgun_api3.Shotgun(
    "https://lumenpost.shotgrid.autodesk.com",
    script_name="publish_daemon",
    api_key="${v('credential.generic_secret_assignment', SHOTGRID_KEY)}",
)

def on_version_created(sg, logger, event, args):
    v = sg.find_one("Version", [["id", "is", event["entity"]["id"]]], ["code", "sg_status_list"])
    if v and v["sg_status_list"] == "rev":
        sg.update("Version", v["id"], {"sg_status_list": "apr"})`)}`),

  rec('properties_es', f`Buenas, los puestos de autopréstamo de la biblioteca de Lavapiés no conectan con el SIGB desde la actualización. Fichero selfcheck.properties:

${amb('source_code.snippet', f`sip2.host=ils.bibliotecas-madrid.local
sip2.port=6001
sip2.login=autoprest_lav01
sip2.password=${v('credential.password_assignment', 'Lectura_2025$')}
sip2.location=LAV
sip2.checksums=true`)}

El log dice "93 login failed: 940". ¿El 940 significa contraseña mala?`),

  rec('chat_eu', f`Kaixo! Liburutegiko e-liburuen katalogoa OverDrive-rekin sinkronizatzeko scripta egiten ari naiz. Client id "bizkaia-lib-sync" da eta client secret ${v('credential.generic_secret_assignment', fill('b77-overdrive', B62 + '-', 40))}. Nola lortzen dut token bat client credentials bidez Python-en?`),

  rec('xml_cy', f`Helo, mae Koha yn methu cysylltu â'r LDAP ers i ni newid y cyfrinair gwasanaeth. Darn o koha-conf.xml:

${amb('source_code.snippet', f`<ldapserver id="ldapserver">
  <hostname>ldaps://dc01.llyfrgelloedd-ceredigion.local</hostname>
  <base>ou=Aelodau,dc=llyfrgell,dc=local</base>
  <user>cn=koha-bind,ou=Gwasanaeth,dc=llyfrgell,dc=local</user>
  <pass>${v('credential.password_assignment', 'Llyfr@Gwyn-2024')}</pass>
  <replicate>1</replicate>
  <update>1</update>
</ldapserver>`)}

Beth sydd o'i le?`),

  rec('chat', f`The library website deploy action can't push to the gh-pages branch anymore. I gave it a fine-grained token ${v('credential.github_fine_grained_pat', GH_FG)} with Contents: read and write on just that repo. Do I also need Pages permission?`),

  rec('chat_is', f`Geturðu skrifað Python skriftu sem bætir nýjum lánþegum í fréttabréfslistann hjá Mailchimp? API lykillinn er ${v('credential.mailchimp_api_key', MAILCHIMP)} og listinn heitir "Bókasafn Kópavogs – nýtt efni".`),

  rec('npmrc_nl', f`De build van onze nieuwe catalogus-frontend faalt in de pipeline op "E401 Unable to authenticate". Dit is de .npmrc in de repo:

${amb('source_code.snippet', f`@bibliotheek-utrecht:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Lokaal werkt het wel.`),

  rec('yaml', f`The OPC UA collector on the kiln line doesn't connect after the server certificate was renewed. collector.yaml:

${amb('source_code.snippet', f`opcua:
  endpoint: opc.tcp://${amb('pii.ip_address', '10.20.4.11')}:4840/kiln2
  security_policy: Basic256Sha256
  security_mode: SignAndEncrypt
  auth:
    username: historian_ro
    password: ${v('credential.password_assignment', 'Klinker_Ofen2!')}
  nodes:
    - ns=3;s=Kiln2.BurningZone.Temp
    - ns=3;s=Kiln2.Inlet.O2
    - ns=3;s=Kiln2.MainDrive.Current`)}

Error: BadCertificateUntrusted. Do I have to trust it on both sides?`),

  rec('cisco_pl', f`Cześć, przejrzysz konfigurację przełącznika w sieci sterowania pieca? Audytor zgłosił problemy:

${amb('source_code.snippet', f`hostname SW-PIEC-02
enable secret 5 ${amb('credential.network_device_secret', MD5_SECRET)}
username serwis privilege 15 password 0 ${v('credential.network_device_secret', 'Cement0wnia!PLC')}
snmp-server community ${v('credential.network_device_secret', 'kiln2RWpriv')} RW
interface Vlan30
 ip address ${amb('pii.ip_address', '10.30.0.2')} 255.255.255.0`)}

Co trzeba poprawić w pierwszej kolejności?`),

  rec('shell_hr', f`Pozdrav, noćni izvoz emisija za agenciju ne radi. Skripta:

${code(f`#!/bin/sh
DAN=$(date -d yesterday +%F)
mysql -h emisije-db -u emis_export -p${v('credential.mysql_cli_password', 'Dimnjak#Sirac88')} cems -e "
  SELECT ts, nox_mg_nm3, so2_mg_nm3, prah_mg_nm3
  FROM polusatni WHERE DATE(ts) = '$DAN'" > /srv/izvoz/emisije_$DAN.tsv`)}

Kaže "ERROR 1045 Access denied". Lozinka je ista kao prije.`),

  rec('chat_ar_gulf', f`هلا، أبي مساعدة في كتابة رسالة للمقاول عشان يرفع تقرير الانبعاثات الشهري على البوابة. اسم المستخدم cement_fujairah والباسوورد ${v('credential.password_in_prose', 'Fujairah#Klin2025')} — قوله يغيره بعد أول دخول ولا يشاركه مع أحد.`),

  rec('env_file', f`Kiln dashboards in Grafana show "No data" since the InfluxDB upgrade. The provisioning .env:

${amb('source_code.snippet', f`GRAFANA_URL=https://grafana.plant-lagerdorf.local
GRAFANA_SA_TOKEN=${v('credential.grafana_service_account_token', GLSA)}
INFLUX_URL=http://influx-kiln:8086
INFLUX_ORG=zementwerk
INFLUX_TOKEN=${v('credential.generic_secret_assignment', INFLUX)}
INFLUX_BUCKET=kiln_1s`)}

Does the Flux datasource need the token in a different header?`),

  rec('code_cs_sr', f`Zdravo, servis koji čita podatke iz istorijske baze SCADA sistema puca posle migracije na .NET 8:

${code(f`var connStr = "Server=scada-hist01\\\\SQLEXPRESS;Database=PeciHistorija;User Id=hist_reader;Password=${v('credential.connection_string_password', 'Cementara_Beocin7')};TrustServerCertificate=True";
using var conn = new SqlConnection(connStr);
await conn.OpenAsync();
var cmd = new SqlCommand("SELECT TOP 1000 TagName, Value, DateTime FROM History WHERE TagName LIKE 'PEC1.%' ORDER BY DateTime DESC", conn);`)}

Greška: "A connection was successfully established with the server, but then an error occurred during the login process".`),

  rec('chat_mk', f`Здраво, ботот за аларми од печката престана да праќа пораки во Telegram групата на сменските инженери. Токенот е ${v('credential.telegram_bot_token', TELEGRAM)}, chat_id е -100284719365. Дали треба повторно да го додадам ботот во групата?`),

  rec('ssh_key_sq', f`Përshëndetje, nuk mund të hyj në jump host-in e fabrikës së çimentos me këtë çelës. A është i dëmtuar?

${v('credential.openssh_private_key', OSSH)}

ssh -i id_ed25519_fabrika ${amb('pii.email', 'operator@jump-cimento.local')} → "invalid format"`),

  rec('chat_lv', f`Sveiki! Emisiju atskaišu lietotne Azure vairs nevar iegūt tokenu. Tenant: 3f8a61d2-0b7c-4e95-a41d-c2e9b70f5a38, client id: 9c27e4b1-58a0-4d3f-b6e2-71d0f4a9c853, client secret: ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}. Kļūda AADSTS7000215. Vai secret ir beidzies?`),

  rec('http_ru', f`Шлюз ПЛК печи №2 отвечает 401 на запрос из нашего скрипта, хотя из браузера всё работает. Вот запрос из лога:

${amb('source_code.snippet', f`GET /api/v1/tags/read?names=PECH2.ZONA_SPEKANIYA.TEMP,PECH2.O2 HTTP/1.1
Host: ${amb('pii.ip_address', '192.168.40.15')}:8443
Authorization: Basic ${v('credential.basic_auth_header', BASIC_PLC)}
Accept: application/json`)}

Может быть, шлюз требует Digest?`),

  rec('json_be', f`Прывітанне! CI не можа запампаваць вобраз з нашага рэестра для сэрвісу справаздач па выкідах. ~/.docker/config.json на раннеры:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.cement-grodno.by": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Памылка "unauthorized: incorrect username or password". Што не так?`),

  rec('code_python', f`Summarise each PSG report into 5 bullet points for the referring GP. Is this ok or will it hit rate limits with 300 reports?

${code(f`from openai import OpenAI
import glob

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

for path in sorted(glob.glob("/data/psg_reports/2025-02/*.txt")):
    text = open(path, encoding="utf-8").read()
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Summarise this polysomnography report for a GP."},
                  {"role": "user", "content": text}],
    )
    print(path, out.choices[0].message.content[:200])`)}`),

  rec('env_ms', f`Salam, chatbot untuk peminjam kumpulan kami (jawab soalan tentang jadual bayaran balik) tidak memberi respons di staging. Fail .env:

${amb('source_code.snippet', f`BOT_NAME=Sahabat Pinjaman
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
DEFAULT_LANG=ms
ESCALATE_TO=whatsapp-group-officer`)}

Log cuma tunjuk "overloaded_error" sekali-sekala. Adakah itu masalah kunci?`),

  rec('code_js_jv', f`Mas, peta cabang koperasi kredit ing aplikasi Android ora metu, mung abu-abu. Kode-ne kaya ngene:

${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GOOGLE_KEY)}",
  version: "weekly",
});
loader.load().then(() => {
  new google.maps.Map(document.getElementById("peta-cabang"), { center: { lat: -7.7956, lng: 110.3695 }, zoom: 11 });
});`)}

Apa kudu ngaktifake Maps JavaScript API dhisik?`),

  rec('chat_ceb', f`Maayong buntag! Gusto nako mag-setup og auto-debit para sa mga nanghulam nga naggamit og card. Mao ni ang restricted key gikan sa Stripe dashboard: ${v('credential.stripe_restricted_key', RK_LIVE)}. Unsaon nako paghimo og PaymentIntent nga off_session gamit kini?`),

  rec('code_ts_km', f`សួស្តី! webhook សម្រាប់ការសងប្រាក់កម្ចីមិនផ្ទៀងផ្ទាត់ signature ទេ។ កូដ៖

${code(f`const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

app.post('/webhooks/repayments', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === 'payment_intent.succeeded') markInstalmentPaid(event.data.object);
  res.sendStatus(200);
});`)}

កំហុស៖ "No signatures found matching the expected signature for payload"។`),

  rec('chat_lo', f`ສະບາຍດີ, ຊ່ວຍຂຽນອີເມວແຈ້ງພະນັກງານສາຂາປາກເຊ ວ່າລະຫັດຜ່ານເຂົ້າລະບົບສິນເຊື່ອໃໝ່ແມ່ນ ${v('credential.password_in_prose', 'Champasak@Loan25')} ແລະໃຫ້ປ່ຽນພາຍໃນ 3 ມື້.`),

  rec('code_python_my', f`မြန်မာ မှတ်ပုံတင် ဓာတ်ပုံတွေကနေ စာသားထုတ်တဲ့ OCR model ကို Hugging Face ကနေ ဆွဲချချင်ပါတယ်။ private repo ဖြစ်လို့ error တက်နေပါတယ်:

${code(f`from huggingface_hub import snapshot_download

path = snapshot_download(
    repo_id="shwe-microfinance/nrc-ocr-my",
    token="${v('credential.huggingface_token', HF)}",
    local_dir="/models/nrc-ocr",
)`)}

403 Forbidden ပြနေတယ်။`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਸੀਮਿੰਟ ਪਲਾਂਟ ਦੀ ਮੇਨਟੇਨੈਂਸ ਐਪ ਦਾ ਕੋਡ GitLab ਤੋਂ ਕਲੋਨ ਨਹੀਂ ਹੋ ਰਿਹਾ:

git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.cement-bathinda.in/maint/kiln-app.git

"HTTP Basic: Access denied" ਆ ਰਿਹਾ ਹੈ। ਟੋਕਨ ਕੱਲ੍ਹ ਬਣਾਇਆ ਸੀ।`),

  rec('note_mr', f`शिफ्ट हँडओव्हर नोट – सिमेंट मिल 3
HMI लॉगिन (फक्त शिफ्ट इंजिनिअरसाठी): shift_eng / ${v('credential.user_password_pair', 'Mill3@Chandrapur')}
क्लिंकर सायलो लेव्हल 78%, जिप्सम फीडर ट्रिप 02:40 ला झाला, रीसेट केला.
कृपया हे इंग्रजीत व्यवस्थित लिहून द्या.`),

  rec('log_ml', f`ഞങ്ങളുടെ സ്ലീപ് ക്ലിനിക് ആപ്പിന്റെ ലോഗിൽ ഇത് കാണുന്നു, എന്തുകൊണ്ടാണ് ടോക്കൺ expire ആകാത്തത്?

${amb('source_code.snippet', f`2025-02-20T09:14:02.551Z INFO  auth  issued token for pt-40917: ${v('credential.jwt', PATIENT_JWT)}
2025-02-20T09:14:02.560Z INFO  cpap  GET /patients/pt-40917/therapy?days=30 200 41ms`)}`),

  rec('chat_or', f`ନମସ୍କାର, ଲାଇବ୍ରେରୀ ସେଲ୍ଫ-ଚେକ୍ ମେସିନ୍ ପାଇଁ Python config ଫାଇଲ୍ ରେ ଏହା ଲେଖାଯାଇଛି:

${code(f`SIP2_HOST = "koha.odisha-publib.in"
SIP2_PORT = 6001
SIP2_USER = "selfcheck_bbsr"
SIP2_PASSWORD = "${v('credential.password_assignment', 'Pustak#Bhubaneswar1')}"
SIP2_INSTITUTION = "BBSR-CL"`)}

ଏହି ପାସୱାର୍ଡ଼ କୁ environment variable ରେ କିପରି ରଖିବି?`),

  rec('chat_zu', f`Sawubona! Ngicela ungisize ngomyalo we-terraform wokwengeza irekhodi le-DNS le-catalogue entsha yomtapo wolwazi. Sisebenzisa i-Cloudflare: CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} kanye ne-zone ethi "ethekwini-libraries.org.za".`),

  rec('chat_xh', f`Molo, ndifuna ukuthumela ii-imeyile zezikhumbuzo zokubuyisela imali-mboleko ngeMailgun. Isitshixo se-API ngu-${v('credential.mailgun_api_key', MAILGUN)}, i-domain ngu-mg.ubuntu-microloans.co.za. Ndibhalele i-curl command elula.`),

  rec('chat_ti', f`ሰላም፡ ነቲ ኣብ ቤት ንባብ ኣስመራ ዘሎ ናይ ኮምፒተር ላብ ሓዱሽ ሰራሕተኛ ብእንግሊዝኛ ኢመይል ጽሓፈለይ። ናይ ምእታው ስም "lab_admin" እዩ፡ መሕለፊ ቃል ድማ ${v('credential.password_in_prose', 'Asmara!Books2025')} እዩ፡ ኣብ ቀዳማይ ምእታው ክቕይሮ ኣለዎ።`),

  rec('yaml_ig', f`Ndewo, pipeline anyị na Azure DevOps anaghị enwe ike ịdọta repo nke ngwa mbinye ego otu. Nke a bụ akụkụ azure-pipelines.yml:

${amb('source_code.snippet', f`resources:
  repositories:
    - repository: loan-rules
      type: git
      name: Onitsha-MFB/loan-rules
steps:
  - script: git clone https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/onitsha-mfb/Lending/_git/loan-rules
    displayName: Dọta iwu mbinye ego`)}

Ọ na-ekwu "TF401019". Gịnị ka m ga-eme?`),

  rec('chat_ku', f`Silav, ji kerema xwe nameyekê bi îngilîzî binivîse ji bo teknîsyenê nû yê kargeha çîmentoyê: navê bikarhêner ji bo pergala SCADA "tech_silo4" e û şîfre ${v('credential.password_in_prose', 'Zaxo-Kiln!77')} e, divê piştî têketina yekem were guhertin.`),

  rec('curl_tg', f`Салом! Ин фармонро барои гирифтани рӯйхати гурӯҳҳои қарзгирандагон истифода мебарам, вале 401 медиҳад:

curl -u api_khujand:${v('credential.user_password_pair', 'Khujand$Groups2025')} "https://core.sarmoya-mfi.tj/api/groups?branch=KHJ&status=active"

Оё API-ро ба Bearer иваз кардаанд?`),

  rec('shell_ky', f`Саламатсызбы! Бул скрипт кечээ иштеп жатты, бүгүн "password authentication failed" деп жатат:

${code(f`#!/bin/bash
export PGPASSWORD='${v('credential.password_assignment', 'Osh-Nasiya_2025')}'
psql -h db-kredit.osh.local -U report_user -d microcredit -c "\\copy (SELECT branch, count(*) FROM loans WHERE status='overdue' GROUP BY branch) TO '/tmp/overdue.csv' CSV HEADER"`)}

Администратор сырсөздү алмаштырдыбы?`),

  rec('chat_sl', f`Živjo, distributer ne more prenesti DCP paketa z našega Azure Blob. Poslali smo jim to povezavo:

https://lumenpostdelivery.blob.core.windows.net/dcp/KRAS_FTR_F_SL-XX_51_2K.zip?sv=2023-11-03&ss=b&srt=o&sp=rl&se=2025-03-10T18:00:00Z&st=2025-02-24T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}

Pravijo "AuthorizationPermissionMismatch". Ali manjka pravica?`),

  rec('chat_fi', f`Hei, KDM-generaattori ei suostu lukemaan allekirjoitusavainta. Tässä avain jonka kopioin vanhalta palvelimelta, onko siinä jotain vikaa?

${v('credential.private_key', DCP_KEY)}

Virhe: "unable to load Private Key". Pitäisikö se muuntaa PKCS#8-muotoon?`),

  rec('python_sv', f`Hej! Vi vill analysera utlåningsstatistik från alla bibliotek i kommunen i Databricks. Stämmer den här anslutningen?

${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4820193746152038.7.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7f2a91c4b6d8e305",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
with conn.cursor() as c:
    c.execute("SELECT filial, count(*) FROM bibliotek.utlan WHERE ar = 2024 GROUP BY filial")
    print(c.fetchall())`)}`),

  rec('curl_da', f`Hej, kan du hjælpe mig med at hente alle åbne sager om klassecertifikater fra Jira? Jeg har prøvet:

curl -u ${amb('pii.email', 'm.lindqvist@ivarsen-class.dk')}:${v('credential.atlassian_api_token', ATLASSIAN)} -H "Accept: application/json" "https://ivarsen-class.atlassian.net/rest/api/3/search?jql=project%3DCERT%20AND%20statusCategory%3D2"

Den returnerer kun 50 sager, hvordan pager jeg?`),

  rec('chat_yue', f`唔該幫手睇吓，調色部嘅渲染完成通知冇再出現喺 Slack。我哋個 Nuke 腳本入面寫咗：

SLACK_URL = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

回應係 403 "invalid_token"。係咪有人撤銷咗個 webhook？`),

  rec('powershell', f`Surveyors want a Teams ping when a class certificate is about to expire. My PowerShell:

${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$due = Import-Csv .\\certs_due.csv | Where-Object { [datetime]$_.ExpiryDate -lt (Get-Date).AddDays(30) }
foreach ($c in $due) {
  $body = @{ text = "IMO $($c.IMO) – $($c.Certificate) expires $($c.ExpiryDate)" } | ConvertTo-Json
  Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $body
}`)}`),
];

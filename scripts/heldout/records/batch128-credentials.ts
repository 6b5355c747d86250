/**
 * Held-out batch 128: credentials pasted by staff of a touring circus, an airport VAT-refund
 * operator, a hospital oncology compounding pharmacy, a satellite ground-station operator, a
 * school-bus contractor and a crypto exchange's KYC/withdrawals team, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b128-stripe', B62, 97));
const WHSEC = tok('whsec_', fill('b128-whsec', B62, 32));
const MAILCHIMP = tok(fill('b128-mc', HEX, 32), '-us14');
const TW_SID = tok('AC', fill('b128-twsid', HEX, 32));
const TW_AUTH = fill('b128-twauth', HEX, 32);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1219384756102938475', '/', fill('b128-dischook', B64URL, 68));
const AKIA = tok('AKIA', fill('b128-akia', B32, 16));
const AKIA_SECRET = fill('b128-akias', B64, 40);
const AZ_STORAGE = `${fill('b128-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b128-azc1', B62, 3), '8Q~', fill('b128-azc2', B62 + '_.-', 31));
const JWT_KIOSK = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kiosk-2025-01' }, { sub: 'kiosk-ICN-T1-07', iss: 'https://auth.kestreltaxfree.com', aud: 'refund-api', scope: 'refund:create refund:read', iat: 1736901122, exp: 1736987522 }, 'b128-jwtkiosk');
const ALIPAY_KEY = pem('RSA PRIVATE KEY', 'b128-alipay', 1190);
const GOOGLE_MAPS = tok('AIza', 'Sy', fill('b128-gmaps', B64URL, 33));
const DD_API = fill('b128-ddapi', HEX, 32);
const TEAMS_HOOK = tok('https://helixuh.webhook.office.com/webhookb2/', '7c2e4a91-3b6d-4f08-9e21-5a8c0d7b3f64@2f9a1c85-6e3b-4d70-8a14-c93e5b2d7f01/IncomingWebhook/', fill('b128-teams1', HEX, 32), '/', '9e4b2c17-5a83-4d6f-b0e2-71c8d3a5f946/', 'V2', fill('b128-teams2', B64URL, 43));
const OPENAI = tok('sk-proj-', fill('b128-oai1', B64URL, 74), 'T3BlbkFJ', fill('b128-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b128-ant', B64URL, 93), 'AA');
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b128-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const VAULT = tok('hvs.', fill('b128-vault', B62 + '_-', 90));
const GLSA = tok('glsa_', fill('b128-glsa1', B62, 32), '_', fill('b128-glsa2', HEX, 8));
const GLPAT = tok('glpat-', fill('b128-glpat', B62 + '-_', 20));
const GCP_PEM = pem('PRIVATE KEY', 'b128-gcp', 1218);
const SLACK_BOT = tok('xoxb-', '5820394716', '2-', '6839201745512-', fill('b128-xoxb', B62, 24));
const SG = tok('SG.', fill('b128-sg1', B64URL, 22), '.', fill('b128-sg2', B64URL, 43));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b128-atl', B64URL, 171), '=', fill('b128-atl2', HEX.toUpperCase(), 8));
const FIREBLOCKS_KEY = pem('PRIVATE KEY', 'b128-fireblocks', 1217);
const TELEGRAM = tok('7384019256', ':AA', fill('b128-tg', B64URL, 33));
const GH_FINE = tok('github_pat_', '11B', fill('b128-ghfg1', UPPER + DIGITS, 19), '_', fill('b128-ghfg2', B62, 59));
const NPM = gh('npm', 'Tq8Vw3Lc6Nz1Rb4Kx7Jm2Hp5Fd9Gs0');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b128-age', BECH32, 58));
const HF = tok('hf_', fill('b128-hf', UPPER + LOWER, 34));
const CF_TOKEN = fill('b128-cftok', B62 + '_-', 40);
const OKTA = tok('00', fill('b128-okta', B64URL, 40));
const GROQ = tok('gsk_', fill('b128-groq', B62, 52));
const DO_TOKEN = tok('dop_', 'v1_', fill('b128-do', HEX, 64));
const SENTRY_KEY = fill('b128-sentry', HEX, 32);
const LINEAR = tok('lin_', 'api_', fill('b128-linear', B62, 40));
const DATABRICKS = tok('dapi', fill('b128-dapi', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b128-pmak1', HEX, 24), '-', fill('b128-pmak2', HEX, 34));
const TWILIO_SK = tok('SK', fill('b128-twsk', HEX, 32));
const TWILIO_SK_SECRET = fill('b128-twsksec', B62, 32);
const MAILGUN = tok('key-', fill('b128-mailgun', HEX, 32));
const SUMSUB_TOKEN = tok('prd:', fill('b128-sumsub1', B62, 24), '.', fill('b128-sumsub2', B62, 32));
const SUMSUB_SECRET = fill('b128-sumsubsec', B62, 32);
const HOT_API_KEY = fill('b128-hotkey', B62, 64);
const HOT_API_SECRET = fill('b128-hotsec', B62, 64);
const DOCKER_AUTH = b64('ci-deployer:' + fill('b128-dockpw', B62, 24));
const K8S_TLS_KEY = b64(`${pem('EC PRIVATE KEY', 'b128-eckey', 121)}\n`);
const GHP = gh('ghp', 'Kc7Pn2Wx5Rt9Lb3Vm8Qz1Hd4Js6Fg0');
const B64_GHP = b64(GHP);
const BEARER_TELEM = fill('b128-telem', B62 + '-._~', 48);
const NOTION = tok('ntn_', fill('b128-ntn1', DIGITS, 11), fill('b128-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b128-at1', B62, 14), '.', fill('b128-at2', HEX, 64));
const RSA_ROBOT = pem('RSA PRIVATE KEY', 'b128-robotrsa', 610);
const BREVO = tok('xkeysib-', fill('b128-brevo1', HEX, 64), '-', fill('b128-brevo2', B62, 16));
const BCRYPT = tok('$2y$10$', fill('b128-bcrypt', B62 + './', 53));
const CISCO5 = tok('$1$', fill('b128-cisco1', B62, 4), '$', fill('b128-cisco2', B62 + './', 22));
const JWT_SESSION = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'rev-0412', role: 'withdrawal_reviewer', tier: 2, iat: 1737452210, exp: 1737481010 }, 'b128-jwtsess');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH128_CREDENTIALS: DraftRecord[] = [
  // ——— touring circus & live events (Vélarium) ———
  rec('env_file_fr', f`Salut, le module de billetterie plante depuis qu'on a migré sur le nouveau serveur. Voilà le .env, tu vois un truc qui cloche ?

${cfg(f`APP_ENV=production
APP_URL=https://billetterie.velarium-live.com
STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
TOURNEE_COURANTE=lyon-gerland-2025
SEATMAP_CACHE_TTL=300`)}

L'erreur c'est "No signatures found matching the expected signature for payload".`),

  rec('chat_de', f`Hallo! Kannst du mir ein kurzes Python-Skript schreiben, das alle Abonnenten mit dem Tag "Premiere Wien" aus Mailchimp exportiert? API-Key ist ${v('credential.mailchimp_api_key', MAILCHIMP)}, Liste heißt "Zirkusfreunde DACH".`),

  rec('code_python_es', f`Oye, este script manda los SMS de convocatoria al equipo de montaje pero no llega nada a los números de México:

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def convocar(numeros, ciudad, hora):
    for n in numeros:
        client.messages.create(
            to=n,
            from_="${phone('+34911234567')}",
            body=f"Montaje carpa {ciudad}: presentarse a las {hora}. Traer EPI.",
        )`)}
\`\`\`

¿Es por el remitente español?`),

  rec('php_config_it', f`Il sito della tournée è in WordPress e dopo l'aggiornamento dà "Error establishing a database connection". wp-config:

${cfg(f`define( 'DB_NAME', 'velarium_tour' );
define( 'DB_USER', 'wp_tour' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Trapezio#Verona88')}' );
define( 'DB_HOST', 'localhost:3306' );
define( 'DB_CHARSET', 'utf8mb4' );`)}

L'utente esiste su MariaDB, ho controllato.`),

  rec('chat_fr_qc', f`Peux-tu m'écrire un petit mot pour la roulotte des artistes? Genre: « Bienvenue à Montréal! Le wifi du chapiteau c'est VELARIUM-ARTISTES, le mot de passe c'est ${v('credential.password_in_prose', 'Funambule2025!')} , pis la cantine ouvre à 11 h. » Faut que ça sonne chaleureux, mais pas quétaine.`),

  rec('chat_pt_br', f`Gente, alguém sabe por que o webhook do Discord do fã-clube parou? Uso esse aqui no bot de avisos de ingresso: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — volta 404 Unknown Webhook desde ontem.`),

  rec('ini_sv', f`Biljettsystemet ska skicka kvitton via Mailgun men vi får 401. Konfigurationen:

${cfg(f`[mail]
provider = mailgun
domain = mg.velarium-live.com
api_key = ${v('credential.mailgun_api_key', MAILGUN)}
from = Velarium Biljetter <${v('pii.email', 'no-reply@mg.velarium-live.com')}>`)}

Har EU-regionen en annan bas-URL?`),

  rec('chat_ca', f`Hola! Em pots ajudar a escriure un correu pel tècnic de so de Barcelona? Li he de dir que l'accés al panell de la taula digital és usuari "fohdesk" i la contrasenya ${v('credential.password_in_prose', 'Acrobata-Montjuic7')}, i que la canviï després de la gira.`),

  // ——— VAT-refund / tax-free operator (Kestrel Tax Free) ———
  rec('aws_credentials_pt', f`Olá, o job que gera os ficheiros de reembolso para a Autoridade Tributária falha no Lisboa T1. O ~/.aws/credentials do servidor:

${cfg(f`[default]
region = eu-west-1

[refunds-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}`)}

O erro é "SignatureDoesNotMatch". Pode ser a hora do servidor?`),

  rec('appsettings_en', f`Validation kiosks at CDG upload scanned receipts to blob storage. Since the rotation last night uploads fail with 403:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=kestrelreceiptsweu;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "receipts-cdg"
  },
  "AzureAd": {
    "TenantId": "4e8b1d27-93c5-4a0f-b6e2-18d7c5a93f40",
    "ClientId": "c3a91f52-7d48-4b6e-a0c9-5e2d84b1f763",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  }
}`)}

Did I rotate the wrong key (key1 vs key2)?`),

  rec('curl_it', f`Ciao, provo a chiamare l'API di OTELLO per la vidimazione elettronica ma mi risponde 401. Comando:

${cfg(f`curl -X POST https://otello-gw.kestreltaxfree.it/v2/fatture \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('ktf_milano:' + 'Dogana!Malpensa2025'))}" \\
  -H "Content-Type: application/xml" \\
  --data @fattura_TF-2025-000481.xml`)}

Le credenziali le ho prese dalla mail dell'ufficio dogane.`),

  rec('http_ko', f`인천공항 T1 키오스크에서 환급 요청 보내면 계속 401이 떠요. 요청 로그 붙입니다:

${cfg(f`POST /v3/refunds HTTP/1.1
Host: api.kestreltaxfree.com
Authorization: Bearer ${v('credential.jwt', JWT_KIOSK)}
Content-Type: application/json
X-Kiosk-Id: ICN-T1-07

{"form_no":"KTF-KR-25-0193847","amount":38500,"currency":"KRW","method":"CARD"}`)}

토큰 만료 시간 문제일까요? exp 보면 아직 안 지난 것 같은데.`),

  rec('chat_nl', f`Kan iemand nakijken waarom de nachtelijke export naar de bank niet meer lukt? In de cron staat: sftp://kestrel_be:${v('credential.url_password', 'Zaventem-Refund-44')}@sftp.bankgw.be:22/in/refunds — de foutmelding is "Permission denied (publickey,password)".`),

  rec('chat_zh', f`你好，我们接入支付宝的退税到账功能，验签一直失败。下面是我们服务器上的应用私钥，麻烦帮我看看格式是不是有问题（是不是要 PKCS8？）：

${v('credential.private_key', ALIPAY_KEY)}

APPID 是 2021004158372960，网关 openapi.alipay.com。`),

  rec('js_config_es_mx', f`Hola, el mapa de oficinas de reembolso en la app no carga en Cancún, sale "This page can't load Google Maps correctly":

${code(f`const mapa = new google.maps.Map(document.getElementById("mapa-oficinas"), {
  center: { lat: 21.0365, lng: -86.8771 },
  zoom: 13,
});
cargarScript("https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_MAPS)}&callback=initMapa");`)}

¿Tengo que habilitar facturación en el proyecto?`),

  rec('yaml_de_ch', f`Grüezi, de Datadog-Agent uf de Zürcher Kiosk-Server schickt nüt meh. Chönd Ihr d'Konfig aluege?

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: ktf-zrh-kiosk-03
logs_enabled: true
tags:
  - env:prod
  - airport:zrh`)}

Merci vilmal!`),

  rec('chat_ja', f`お疲れ様です。成田の免税カウンター用の在庫同期スクリプトで使っている Airtable のトークンを共有します：${v('credential.airtable_pat', AIRTABLE)} これで「申請書控え」テーブルにレコードを追加するコードを書いてもらえますか？`),

  // ——— hospital pharmacy, oncology compounding unit (Helix UH) ———
  rec('config_de', f`Unser Zytostatika-Roboter verliert nachts die Verbindung zur Datenbank. Aus der appsettings der Herstellungssoftware:

${cfg(f`"ConnectionStrings": {
  "Zyto": "Server=sql-apo-02\\\\ZYTO;Database=ZytoProd;User Id=zyto_svc;Password=${v('credential.connection_string_password', 'Cisplatin!Ka7-2025')};TrustServerCertificate=True;Connect Timeout=15"
}`)}

Ist der Timeout zu kurz oder liegt es an der Nachtsicherung?`),

  rec('xml_nl', f`De Mirth-kanaal voor de bereidingsopdrachten (HL7 RDE^O11) start niet na de update. Uit de channel-config:

${cfg(f`<connector>
  <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties">
    <driver>org.postgresql.Driver</driver>
    <url>jdbc:postgresql://apotheek-db01:5432/cytobereiding</url>
    <username>mirth_rde</username>
    <password>${v('credential.password_assignment', 'Oxaliplatine_4u!')}</password>
    <pollingFrequency>5000</pollingFrequency>
  </properties>
</connector>`)}

Foutmelding: FATAL: password authentication failed for user "mirth_rde".`),

  rec('chat_en_uk', f`Can you reword this handover note for the weekend technician? "Isolator 2 touchscreen login is ${v('credential.user_password_pair', 'aseptic_tech / Laminar#Flow09')} – do NOT change the pressure alarm thresholds, just log and call the on-call pharmacist on ${phone('07723 481936', 'GB')}."`),

  rec('powershell_fr', f`Le script qui poste les alarmes de la salle blanche dans Teams ne marche plus depuis lundi :

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$alarme = Get-Content C:\\URC\\alarmes\\derniere.json | ConvertFrom-Json
$msg = @{ text = "ALERTE URC – $($alarme.zone) : différentiel de pression $($alarme.delta_pa) Pa" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $msg -ContentType 'application/json; charset=utf-8'`)}

Il faut passer par Workflows maintenant ?`),

  rec('chat_sv', f`Jag har ett litet skript som sammanfattar nya cytostatikaprotokoll med GPT. Det funkar hemma men inte på sjukhusets nät. Nyckeln: ${v('credential.openai_api_key', OPENAI)} – kan proxyn blockera api.openai.com?`),

  rec('env_file_da', f`Hej, kan du forklare hvilke variabler vores lille dosisberegnings-assistent skal bruge?

${cfg(f`ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MODEL=claude-3-5-haiku-latest
BSA_FORMEL=mosteller
MAX_DOSIS_ADVARSEL=1.1`)}`),

  rec('ldap_conf_fi', f`Apteekin valmistusjärjestelmän kirjautuminen ei toimi AD-tunnuksilla. Tässä ldap.properties:

${cfg(f`ldap.url=ldaps://dc01.helix-uh.local:636
ldap.base=OU=Apteekki,DC=helix-uh,DC=local
ldap.bindDn=CN=svc_valmistus,OU=Palvelut,DC=helix-uh,DC=local
ldap.bindPassword=${v('credential.password_assignment', 'Syto-Kaappi!2025')}
ldap.userFilter=(sAMAccountName={0})`)}

Virhe: "LDAP: error code 49 - 80090308". Mitä se tarkoittaa?`),

  rec('chat_he', f`היי, אני צריכה עזרה עם סקריפט שמתחבר לשרת המיפוי של רובוט ההכנה. ההתחברות היא עם המפתח הזה:

${v('credential.private_key', RSA_ROBOT)}

והוא זורק "invalid format". אולי צריך להמיר אותו?`),

  // ——— satellite ground-station operator (Boreal Groundlink) ———
  rec('cisco_config_no', f`Kan du sjekke denne konfigurasjonen for ruteren på Svalbard-stasjonen? Jeg lurer på om SNMP er riktig satt opp:

${cfg(f`hostname gs-svb-rtr01
!
enable secret 5 ${ambCat('credential', CISCO5)}
username noc privilege 15 password 0 ${v('credential.network_device_secret', 'Nordlys!Antenne7')}
!
snmp-server community ${v('credential.network_device_secret', 'bgl-svb-ro-8842')} RO 10
snmp-server host ${amb('pii.ip_address', '172.20.14.9')} version 2c ${v('credential.network_device_secret', 'bgl-svb-ro-8842')}
!
interface GigabitEthernet0/1
 description uplink-to-antenna-ACU
 ip address ${amb('pii.ip_address', '172.20.14.1')} 255.255.255.0`)}`, 'SNMP community string labelled at both occurrences; the enable secret 5 hash is ambiguous'),

  rec('chat_is', f`Getur þú hjálpað mér? Ég þarf að tengjast loftnetsstýringunni á Höfn með SSH lyklinum hér fyrir neðan en fæ "Load key: invalid format":

${v('credential.openssh_private_key', SSH_KEY)}

Ég afritaði hann úr tölvupósti.`),

  rec('shell_en', f`Vault CLI on the pass-scheduler box keeps saying permission denied on the TLE path:

${cfg(f`$ export VAULT_ADDR=https://vault.borealgroundlink.net:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/scheduler/spacetrack
Error reading secret/data/scheduler/spacetrack: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Is the policy missing the data/ prefix for KV v2?`),

  rec('helm_values_fi', f`Grafanan dashboardit eivät päivity Sodankylän asemalla. values.yaml:

${cfg(f`grafana:
  adminUser: admin
  dashboardsProvider:
    enabled: true
  sidecar:
    dashboards:
      enabled: true
  extraEnv:
    GF_SA_TOKEN: ${v('credential.grafana_service_account_token', GLSA)}
    GF_SERVER_ROOT_URL: https://grafana.sdk.borealgroundlink.net`)}`),

  rec('chat_es_cl', f`Cabros, el runner de GitLab de la estación Punta Arenas no puede clonar el repo de los scripts de seguimiento. Le puse este token en la URL: https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.borealgroundlink.net/ops/tracking.git y tira "HTTP Basic: Access denied". ¿Tiene que tener scope read_repository nomás?`),

  rec('gcp_sa_json_en', f`We push pass recordings from the Karoo antenna site to GCS. The uploader fails with "invalid_grant: Invalid JWT Signature". Key file (I know, I'll rotate it after):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "boreal-gs-archive",
  "private_key_id": "${fill('b128-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'pass-uploader@boreal-gs-archive.iam.gserviceaccount.com')}",
  "client_id": "104837261950384716253",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'pass-uploader%40boreal-gs-archive.iam.gserviceaccount.com')}"
}`))}`),

  rec('mosquitto_ru', f`Привет! Настраиваю MQTT-брокер для телеметрии антенн на станции, клиенты не подключаются. Вот кусок конфига бриджа:

${cfg(f`connection uplink-hq
address mqtt.borealgroundlink.net:8883
remote_username gs-kamchatka
remote_password ${v('credential.password_assignment', 'Kamchatka-Tlm_2025')}
bridge_cafile /etc/mosquitto/ca.crt
topic telemetry/# out 1`)}

В логе: "Connection Refused: not authorised". Пароль точно правильный, я его копировал из KeePass.`),

  rec('code_python_fi', f`Ohitusilmoitusbotti postaa Slackiin kahdesti jokaisesta ylilennosta. Miksi?

${code(f`import os, time
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def ilmoita(ohitus):
    client.chat_postMessage(
        channel="#asema-sodankyla",
        text=f"AOS {ohitus['sat']} klo {ohitus['aos']} UTC, max el {ohitus['max_el']:.1f}°",
    )

for o in hae_ohitukset():
    ilmoita(o)
    time.sleep(1)`)}`),

  rec('netrc_en', f`My Space-Track cron pulls TLEs with curl -n. Is the .netrc right?

${cfg(f`machine www.space-track.org
  login ${v('pii.email', 'ops-tle@borealgroundlink.net')}
  password ${v('credential.password_assignment', 'Perigee+Apogee=2025')}`)}

It returns the login page HTML instead of JSON.`),

  // ——— school-bus contractor (Yellowline Pupil Transport) ———
  rec('code_node_en', f`The parent SMS alert ("bus is 5 minutes away") is sending twice. Twilio setup:

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_api_key', TWILIO_SK)}', '${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)}', { accountSid: process.env.TWILIO_ACCOUNT_SID });

async function notifyParents(stop, etaMin) {
  for (const p of stop.guardians) {
    await client.messages.create({ to: p.mobile, from: process.env.SMS_FROM, body: \`Yellowline: bus \${stop.route} arrives in ~\${etaMin} min\` });
  }
}`)}`),

  rec('curl_en', f`Telematics vendor's API returns vehicle GPS for all 212 buses. Why do I only get 50?

curl -s "https://api.fleettrack-telematics.com/v2/vehicles/locations?limit=500" -H "Authorization: Bearer ${v('credential.bearer_token', BEARER_TELEM)}" | jq '.data | length'`),

  rec('env_file_en_uk', f`${cfg(f`# yellowline-notify/.env
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
MAIL_FROM=${v('pii.email', 'transport-alerts@yellowline-transport.co.uk')}
SCHOOLS_CSV=/data/schools_term2.csv
SEND_HOUR=06`)}

Write me a short explanation for the council IT reviewer of what each of these does (they asked before approving).`),

  rec('chat_cy', f`Allwch chi gyfieithu hwn i'r Saesneg os gwelwch yn dda? "Bore da Gareth, mae dy gyfrif ar y system amserlenni bws wedi'i greu. Enw defnyddiwr: gareth.p, cyfrinair dros dro: ${v('credential.password_in_prose', 'Bws-Melyn-Abertawe3')} – newidia fe ar ôl mewngofnodi."`),

  rec('shell_pl', f`Cześć, skrypt backupu bazy z trasami autobusów szkolnych wisi na haśle. Jak to przerobić, żeby nie trzymać hasła w crontabie?

${cfg(f`0 2 * * * mysqldump -u backup_trasy -p${v('credential.mysql_cli_password', 'Gimbus_Krakow!19')} trasy_szkolne | gzip > /backup/trasy_$(date +\\%F).sql.gz`)}`),

  rec('chat_en_us', f`Jira automation to open a ticket whenever a driver reports a missed stop. I'm calling the REST API with my token ${v('credential.atlassian_api_token', ATLASSIAN)} as ${v('pii.email', 'k.morales@yellowline-transport.com')}. 403 on POST /rest/api/3/issue — do I need "Create issues" in the project role?`),

  rec('bat_tr', f`Merhaba, servis araçları için rota raporunu SQL Server'dan çeken bat dosyası şifre hatası veriyor:

${cfg(f`sqlcmd -S ylw-sql01 -d Servis -U rapor_user -P ${v('credential.cli_password', 'Okul.Servisi_2025')} -Q "EXEC dbo.GunlukRotaRaporu" -o C:\\raporlar\\rota.csv`)}

Hata: Login failed for user 'rapor_user'.`),

  // ——— crypto exchange KYC & withdrawals review (Coinvane) ———
  rec('code_python_tr', f`Çekim inceleme aracı hot wallet bakiyesini kontrol ediyor ama imza hatası veriyor:

${code(f`import hmac, hashlib, time, requests

API_KEY = "${v('credential.generic_secret_assignment', HOT_API_KEY)}"
API_SECRET = "${v('credential.generic_secret_assignment', HOT_API_SECRET)}"

def imzala(params: str) -> str:
    return hmac.new(API_SECRET.encode(), params.encode(), hashlib.sha256).hexdigest()

ts = int(time.time() * 1000)
q = f"timestamp={ts}&recvWindow=5000"
r = requests.get(f"https://custody.coinvane.io/api/v3/hot/balance?{q}&signature={imzala(q)}", headers={"X-CV-APIKEY": API_KEY})
print(r.json())`)}`),

  rec('env_file_ru', f`Коллеги, почему сервис проверки KYC не получает вебхуки от провайдера верификации? Вот .env:

${cfg(f`KYC_PROVIDER=sumsub
SUMSUB_APP_TOKEN=${v('credential.generic_secret_assignment', SUMSUB_TOKEN)}
SUMSUB_SECRET_KEY=${v('credential.generic_secret_assignment', SUMSUB_SECRET)}
SUMSUB_LEVEL=basic-kyc-level
WEBHOOK_PATH=/hooks/kyc`)}

В логах провайдера статус 200, а у нас ничего не приходит.`),

  rec('chat_en', f`Fireblocks SDK keeps throwing "Unauthorized: JWT is invalid" when the withdrawal reviewer approves a tx. The API user is wd-review-bot and this is the secret key file we load:

${v('credential.private_key', FIREBLOCKS_KEY)}

Is it the wrong key for the API user, or a clock skew thing?`),

  rec('chat_uk', f`Привіт! Бот у Telegram, який надсилає нам алерти про великі виведення коштів, перестав відповідати. Токен: ${v('credential.telegram_bot_token', TELEGRAM)}. Чи може бути, що хтось інший запустив його з тим самим токеном (помилка 409 Conflict)?`),

  rec('chat_vi', f`Chào bạn, mình cần viết GitHub Action để deploy dịch vụ rút tiền. Token mình tạo là ${v('credential.github_fine_grained_pat', GH_FINE)} (fine-grained, chỉ repo withdrawals-svc). Có cần quyền "Actions: write" không?`),

  rec('npmrc_id', f`Halo, build frontend dashboard KYC gagal karena paket privat @coinvane/ui tidak bisa di-install. Ini .npmrc-nya:

${cfg(f`@coinvane:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Errornya E404, padahal paketnya ada.`, 'the npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('env_file_th', f`ช่วยดูหน่อยครับ ทำไม service ตรวจถอนเงินต่อฐานข้อมูลไม่ได้

${cfg(f`DATABASE_URL=postgresql://wd_review:${v('credential.database_url_password', 'ThonNgoen#Bkk2025')}@pg-kyc-02.coinvane.internal:5432/withdrawals?sslmode=require
REDIS_URL=redis://cache-01.coinvane.internal:6379/2
SOPS_AGE_KEY=${v('credential.age_secret_key', AGE)}`)}

error: password authentication failed`),

  rec('chat_hi', f`नमस्ते, मैं AML मॉडल को Hugging Face से डाउनलोड करने की कोशिश कर रहा हूँ लेकिन 401 आ रहा है। मेरा टोकन ${v('credential.huggingface_token', HF)} है — क्या gated मॉडल के लिए अलग से access माँगना पड़ता है?`),

  rec('chat_ko', f`Cloudflare에서 출금 페이지만 WAF 규칙 바꾸려고 API 호출하는데 권한 오류가 나요. CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} 이고 Zone.WAF 편집 권한은 줬어요.`),

  rec('curl_de_at', f`Servus, ich will alle Reviewer im Okta auf "MFA required" prüfen, aber die Liste ist leer:

${cfg(f`curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://coinvane.okta-emea.com/api/v1/groups/00g8k2x9vQ4mT7rL1417/users?limit=200"`)}

Brauch ich da einen Admin-Token?`),

  rec('code_ts_pt_pt', f`Boa tarde, estou a testar um classificador de pedidos de levantamento com a Groq. Porque é que isto devolve 400?

${code(f`import Groq from "groq-sdk";

const groq = new Groq({ apiKey: "${v('credential.groq_api_key', GROQ)}" });

export async function classificar(nota: string) {
  const r = await groq.chat.completions.create({
    model: "llama-3.1-70b-versatile",
    messages: [{ role: "system", content: "Classifica o risco: BAIXO, MEDIO, ALTO." }, { role: "user", content: nota }],
  });
  return r.choices[0].message.content;
}`)}`),

  rec('gha_en', f`${cfg(f`name: deploy-kyc-dashboard
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DIGITALOCEAN_ACCESS_TOKEN: ${v('credential.digitalocean_token', DO_TOKEN)}
      SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127310374912`)}
    steps:
      - uses: actions/checkout@v4
      - run: doctl apps create-deployment $APP_ID`)}

The deploy works but errors never show up in Sentry. Is the DSN region wrong?`),

  rec('chat_el', f`Καλησπέρα, θέλω να φτιάξω αυτόματα issues στο Linear κάθε φορά που μια ανάληψη μπαίνει σε manual review. Το κλειδί API είναι ${v('credential.linear_api_key', LINEAR)}. Μου γράφεις ένα μικρό script σε Node;`),

  rec('python_notebook_bn', f`হ্যালো, Databricks notebook থেকে সন্দেহজনক লেনদেনের টেবিল পড়তে পারছি না:

${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4837261950384716.16.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8f2c4a91b7d3e605",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT * FROM aml.flagged_withdrawals WHERE review_status = 'PENDING' LIMIT 100")`)}

Error: "Invalid access token". টোকেনটা গতকাল বানিয়েছি।`),

  rec('docker_config_ka', f`გამარჯობა, CI ვერ ქაჩავს withdrawals-svc იმიჯს პრივატული რეესტრიდან. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.coinvane.io": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

შეცდომა: "unauthorized: authentication required".`),

  rec('chat_hy', f`Բարև, Postman-ում KYC API-ի հավաքածուն CLI-ով գործարկելու համար օգտագործում եմ այս բանալին՝ ${v('credential.postman_api_key', POSTMAN)}: newman-ը ասում է "collection not found", ինչ կարող է լինել?`),

  rec('k8s_secret_en', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: withdrawals-review
  namespace: compliance
type: Opaque
data:
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', B64_GHP)}
  tls.key: ${v('credential.base64_private_key', K8S_TLS_KEY)}
  REVIEW_QUEUE: d2QtbWFudWFsLXJldmlldw==`)}

ArgoCD shows this secret as OutOfSync every few minutes. Why?`),

  rec('chat_cs', f`Ahoj, přihlašuju se do interního nástroje pro review výběrů a v DevTools vidím v cookie tenhle token: session=${v('credential.jwt', JWT_SESSION)} — je normální, že je tam role a tier v čitelné podobě?`),

  rec('chat_fa', f`سلام، برای ارسال ایمیل‌های تأیید هویت از Brevo استفاده می‌کنیم. کلید API ما ${v('credential.brevo_api_key', BREVO)} است ولی ایمیل‌ها به Gmail نمی‌رسند. مشکل از SPF است؟`),

  rec('env_file_hu', f`Szia, a belső wiki szinkron nem megy. A .env:

${cfg(f`NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_RUNBOOKS=6b1e9d4c2a7f48e3b05c91d7e2a4f836
LEGACY_ADMIN_HASH=${ambCat('credential', BCRYPT)}`)}

Mit jelent az "object_not_found"?`),
];

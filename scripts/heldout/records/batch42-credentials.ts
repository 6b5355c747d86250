/**
 * Held-out batch 42: credentials pasted by staff of a passenger-ferry operator, a dental prosthetics
 * laboratory, a subtitling and dubbing studio, a run-of-river hydropower company, a microfinance NGO
 * and a perfume manufacturer — configs, shells, code, tickets and chat. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b42-stripe', B62, 97));
const SENDGRID = tok('SG.', fill('b42-sg1', B64URL, 22), '.', fill('b42-sg2', B64URL, 43));
const TWILIO_SID = tok('AC', fill('b42-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b42-twtok', HEX, 32);
const ROSTER_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'crew-2024-11' }, { sub: 'svc-roster-sync', iss: 'https://auth.kvarnera-ferries.hr', aud: 'crewplan-api', scope: 'roster:read roster:write', iat: 1732521600, exp: 1764057600 }, 'b42-rosterjwt');
const GHP = gh('ghp', 'Qm7Tz2Kw9Rb4Xn1Vd6Lp3Hs8Jc5Fy0');
const AZ_STORAGE = fill('b42-azst', B64, 86) + '==';
const TEAMS_HOOK = tok('https://dentaformlabor.webhook.office.com/webhookb2/', '7c2e91a4-3b6d-4f08-a5e2-1d9c84f3b706@4e8a1c63-92d7-4b5f-8e04-6a3f1d9b2c57/IncomingWebhook/', fill('b42-teams1', HEX, 32), '/', 'a91d4c27-6e3b-48f0-b5d2-7c80e1f94a36/', 'V2', fill('b42-teams2', B64URL, 43));
const MAILGUN = tok('key-', fill('b42-mailgun', HEX, 32));
const AWS_ID = tok('AKIA', fill('b42-awsid', B32, 16));
const AWS_SECRET = fill('b42-awssec', B64, 40);
const OPENAI = tok('sk-proj-', fill('b42-oai1', B62 + '-_', 74), 'T3BlbkFJ', fill('b42-oai2', B62 + '-_', 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b42-ant', B64URL, 93), 'AA');
const DROPBOX = tok('sl.', 'B', fill('b42-dbx', B64URL, 138));
const SLACK_BOT = tok('xoxb-', '3829104756', '1-', '6629183740215-', fill('b42-xoxb', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1283749201836452917', '/', fill('b42-dischook', B64URL, 68));
const GOOGLE = tok('AIza', 'Sy', fill('b42-gapi', B64URL, 33));
const HF = tok('hf_', fill('b42-hf', UPPER + LOWER, 34));
const GLSA = tok('glsa_', fill('b42-glsa1', B62, 32), '_', fill('b42-glsa2', HEX, 8));
const INFLUX = fill('b42-influx', B64URL, 86) + '==';
const OSSH = pem('OPENSSH PRIVATE KEY', 'b42-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const TELEGRAM = tok('7482913650', ':AA', fill('b42-tg', B64URL, 33));
const FCM = tok('AAAA', fill('b42-fcm1', B64URL, 7), ':APA91b', fill('b42-fcm2', B64URL, 134));
const GOCSPX = tok('GOCSPX-', fill('b42-gocspx', B64URL, 28));
const SENTRY_KEY = fill('b42-sentry', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b42-vault', B64URL, 86));
const SHOPIFY = tok('shpat_', fill('b42-shpat', HEX, 32));
const MAILCHIMP = tok(fill('b42-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b42-brevo1', HEX, 64), '-', fill('b42-brevo2', B62, 16));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b42-rsa-as2', 1190);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b42-rklive', B62, 97));
const DD_API = fill('b42-ddapi', HEX, 32);
const GLPAT = tok('glpat-', fill('b42-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Lk4Wn8Pz1Rt6Yb3Mx9Qc2Vh7Gd5Js0');
const DOCKER_AUTH = b64('sousvoix-ci:' + 'Dub!Mix-2024-Paris');
const AZ_CLIENT = tok(fill('b42-azc1', B62, 3), '8Q~', fill('b42-azc2', B62 + '-_.~', 31));
const CF_TOKEN = fill('b42-cftok', B62 + '-_', 40);
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b42-age', BECH32, 58));
const NOTION = tok('ntn_', fill('b42-ntn1', DIGITS, 11), fill('b42-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b42-at1', B62, 14), '.', fill('b42-at2', HEX, 64));
const B64_STRIPE = b64(tok('sk_', 'live_', '51', fill('b42-stripe2', B62, 97)));
const SEMAPHORE = fill('b42-semaphore', HEX, 32);
const WOO_SECRET = tok('cs_', fill('b42-woo', HEX, 40));
const DEEPL = tok('7f3c9a2e-41b8-4d6f-9e05-', fill('b42-deepl', HEX, 12), ':fx');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b42-atl', B64URL, 171), '=', fill('b42-atl2', HEX.toUpperCase(), 8));
const DO_TOKEN = tok('dop_v1_', fill('b42-do', HEX, 64));
const PAYMONGO = tok('sk_', 'live_', fill('b42-paymongo', B62, 24));
const BCRYPT = tok('$2y$10$', fill('b42-bcrypt', B62 + './', 53));
const TF_TOKEN = tok(fill('b42-tfc1', B62, 14), '.atlasv1.', fill('b42-tfc2', B62, 67));
const POSTMAN = tok('PMAK-', fill('b42-pmak1', HEX, 24), '-', fill('b42-pmak2', HEX, 34));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH42_CREDENTIALS: DraftRecord[] = [
  // ——— passenger ferry operator ———
  rec('env_file', f`booking-api won't start on the new staging box, says "Invalid API Key provided" for stripe. This is the env I copied from prod, can you spot what's wrong?

${cfg(f`# kvarnera-booking / .env.production
NODE_ENV=production
PORT=8080
DATABASE_URL=postgresql://booking_app:${v('credential.database_url_password', 'Lastovo#Pier7-2024')}@pg-prod-01.kvarnera.internal:5432/booking
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=noreply-bookings
FEATURE_DYNAMIC_PRICING=true`)}`),

  rec('chat_hr', f`Trebam pomoć oko uputa za nove blagajnike na terminalu u Splitu. Login za sustav ukrcaja (PortGate) je zajednički za smjenu: korisnik blagajna_split, a lozinka je ${v('credential.password_in_prose', 'Marjan2024!Riva')} — napiši kratke upute na hrvatskom kako se prijaviti i odjaviti na kraju smjene, bez da spominješ lozinku.`),

  rec('compose_et', f`Meeskonna graafiku rakendus ei käivitu Tallinna serveris pärast uuendust. MySQL konteiner taaskäivitub pidevalt. Siin on docker-compose:

${cfg(f`services:
  crewplan-db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${v('credential.password_assignment', 'Vaindloo!Meri-88')}
      MYSQL_DATABASE: crewplan
      MYSQL_USER: crewplan
      MYSQL_PASSWORD: ${v('credential.password_assignment', 'Naissaar_2023_kp')}
    volumes:
      - ./data:/var/lib/mysql
  crewplan-web:
    image: registry.kvarnera.ee/crewplan:3.4.1
    depends_on: [crewplan-db]`)}

Mis võiks olla põhjus?`),

  rec('code_python', f`We send SMS when a sailing is delayed. Since Monday some passengers get the text twice. Here's the sender:

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify_delay(booking, minutes):
    for pax in booking.passengers:
        if not pax.mobile:
            continue
        client.messages.create(
            to=pax.mobile,
            from_="KVARNERA",
            body=f"Polazak {booking.route} kasni {minutes} min. / Departure delayed {minutes} min.",
        )`)}
\`\`\`

is the loop the problem or twilio retrying?`),

  rec('email_it', f`Ciao, mi aiuti a riscrivere questa mail per l'agenzia di Ancona in modo più formale?

"Ciao Marco, ecco l'accesso SFTP per caricare i manifest passeggeri della linea Ancona–Spalato:
host: sftp.kvarnera-ferries.hr porta 22
${v('credential.user_password_pair', 'utente: agenzia_ancona / password: Conero-Traghetti-51')}
I file vanno caricati entro le 18:00 del giorno prima della partenza."`),

  rec('curl_tr', f`İstanbul'daki liman acentesinin API'si 403 dönüyor, neyi yanlış yapıyorum?

${cfg(f`curl -X POST https://api.marmaraport-acente.com.tr/v2/manifest \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('kvarnera_ops:Haydarpasa.2024!'))}" \\
  -H "Content-Type: application/json" \\
  -d @manifest_TR0412.json`)}

Acente "kimlik bilgileri doğru" diyor.`),

  rec('http', f`The roster sync job gets 401 from crewplan-api since the 25th. Request from the log:

${cfg(f`GET /api/v3/rosters?vessel=MV%20Cres&from=2024-12-01 HTTP/1.1
Host: crewplan-api.kvarnera-ferries.hr
Authorization: Bearer ${v('credential.jwt', ROSTER_JWT)}
Accept: application/json
User-Agent: roster-sync/1.8.2`)}

token exp looks fine to me?`),

  rec('git', f`git push to our timetable repo fails with "Support for password authentication was removed". but I'm not using a password?? remote is:

origin  https://kvarnera-it:${v('credential.github_pat', GHP)}@github.com/kvarnera-ferries/timetable-export.git (fetch)
origin  https://kvarnera-it:${v('credential.github_pat', GHP)}@github.com/kvarnera-ferries/timetable-export.git (push)`),

  rec('shell', f`Exporting yesterday's boarding data for the port authority. Getting "Access denied for user 'roster'@'${amb('pii.ip_address', '10.12.0.4')}'".

${cfg(f`$ mysql -h db-roster.kvarnera.internal -u roster -p${v('credential.mysql_cli_password', 'Krk_Bridge_77x')} -e "SELECT vessel, COUNT(*) FROM boarding WHERE sail_date = CURDATE() - INTERVAL 1 DAY GROUP BY vessel" roster_prod`)}

do I need GRANT SELECT on the view too?`),

  rec('terraform', f`Cloudflare provider keeps saying "Invalid request headers" when I plan the booking site DNS. tfvars:

${cfg(f`cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_name            = "kvarnera-ferries.hr"
booking_origin_ip    = "${amb('pii.ip_address', '185.62.73.14')}"
enable_waf           = true`)}`),

  // ——— dental prosthetics laboratory ———
  rec('ini_de', f`Unsere Fräsmaschine holt die Aufträge nicht mehr aus der Cloud ab. Auszug aus der Konfiguration vom CAM-Rechner:

${cfg(f`[CloudSync]
Endpoint=https://api.millconnect-cloud.de/v2
ClientId=dentaform-muc-cam02
client_secret=${v('credential.generic_secret_assignment', fill('b42-millsecret', B62, 40))}
PollIntervalSec=60
ImportFolder=D:\\CAM\\Eingang`)}

Das Log sagt nur "401 unauthorized". Hat sich an der API was geändert?`),

  rec('chat_sl', f`Prosim, napiši kratko navodilo za nove tehnike v laboratoriju v Mariboru, kako se povežejo na skupni disk s skeni. NAS je \\\\nas-mb01\\skeni, uporabnik lab_tehnik, geslo ${v('credential.password_in_prose', 'Pohorje-Zob-2024')}. Geslo naj ne bo v navodilu, samo da ga dobijo pri vodji.`),

  rec('appsettings', f`Upload of intraoral scans (STL) to Azure fails from the lab PC with AuthenticationFailed. appsettings.json:

${cfg(f`{
  "ScanUpload": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=dentaformscans;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "incoming-stl",
    "MaxFileMb": 250
  }
}`)}`),

  rec('ps1', f`Kann man das PowerShell-Skript so umbauen, dass es nur bei Eilaufträgen in den Teams-Kanal postet?

\`\`\`powershell
${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$orders = Import-Csv "\\\\srv-lab01\\export\\auftraege_heute.csv" -Delimiter ';'
foreach ($o in $orders) {
    $body = @{ text = "Neuer Auftrag $($o.Auftragsnr): $($o.Arbeit) fuer Praxis $($o.Praxis), Liefertermin $($o.Termin)" } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -Body $body -ContentType 'application/json'
}`)}
\`\`\``),

  rec('chat_nl', f`Onze bestelportal voor tandartsen verstuurt geen bevestigingsmails meer. In de config staat MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)} en domein mg.dentaform-labor.nl. Mailgun dashboard zegt "forbidden". Moet ik een nieuwe key maken?`),

  rec('azure_tfvars', f`Terraform for the lab's order portal (Entra app) — plan is fine, apply fails with AADSTS7000215. Vars:

${cfg(f`tenant_id     = "4e8a1c63-92d7-4b5f-8e04-6a3f1d9b2c57"
client_id     = "b2d91f4c-7a36-4e08-9c15-3f8e6d2a1b70"
client_secret = "${v('credential.azure_client_secret', AZ_CLIENT)}"
location      = "germanywestcentral"`)}`),

  rec('chat_de', f`Kurze Frage: unser Laborleiter hat mir das WLAN-Passwort fürs Gäste-Netz und das Admin-Passwort vom Router in eine Mail geschrieben. Router: Fritzbox 7590, Admin-Kennwort ${v('credential.password_in_prose', 'Kronenblock#19')}. Wie ändere ich das so, dass nur ich es kenne, und wie richte ich ein getrenntes Netz für die Scanner ein?`),

  // ——— subtitling & dubbing studio ———
  rec('aws_credentials', f`Our ingest script suddenly can't read the client's S3 bucket with the episode masters. ~/.aws/credentials on the ingest machine:

${cfg(f`[default]
region = eu-west-3

[client-streamco]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = us-east-1`)}

they say they didn't revoke anything. AccessDenied on ListObjectsV2.`),

  rec('code_python', f`Ce script de pré-traduction des sous-titres renvoie parfois des répliques vides. Tu vois pourquoi ?

\`\`\`python
${code(f`import openai, srt

client = openai.OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def pretranslate(path, target="fr"):
    subs = list(srt.parse(open(path, encoding="utf-8").read()))
    for s in subs:
        r = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": f"Translate subtitle lines to {target}. Max 42 chars per line."},
                      {"role": "user", "content": s.content}],
        )
        s.content = r.choices[0].message.content.strip()
    return srt.compose(subs)`)}
\`\`\``),

  rec('chat_ja', f`字幕チェック用のツールでClaudeを使っていますが、429エラーが頻繁に出ます。APIキーは ${v('credential.anthropic_api_key', ANTHROPIC)} です。レート制限の上げ方を教えてください。`),

  rec('chat_fr', f`Le comédien n'arrive pas à télécharger les stems pour la VF de l'épisode 6. Je lui ai envoyé le lien Dropbox généré par notre script, avec le jeton ${v('credential.dropbox_access_token', DROPBOX)} dans l'en-tête — c'est normal qu'il expire après 4h ? Comment faire un lien qui dure la semaine ?`),

  rec('yaml_pt', f`O bot de QC de legendas parou de postar no canal #qc-ptbr. Config:

${cfg(f`slack:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: qc-ptbr
rules:
  max_cps: 17
  max_line_len: 42
  min_gap_frames: 2`)}

o erro é "not_in_channel". preciso convidar o bot de novo?`),

  rec('chat_es', f`Montamos un aviso automático para los actores de doblaje cuando hay convocatoria nueva. Este es el webhook del Discord: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — ¿cómo le pongo una mención a @castings sin que se notifique a todo el servidor?`),

  rec('chat_pl', f`Nadawca (telewizja) prosi o wgrywanie napisów na ich FTP. Skrypt robi upload na ftp://sousvoix_pl:${v('credential.url_password', 'Wisla-Napisy-2024')}@ftp.tvkanal-media.pl/incoming/napisy/ i działa, ale pliki lądują z polskimi znakami jako krzaczki. Jak wymusić UTF-8 w nazwach plików?`),

  rec('chat_ar', f`نستخدم YouTube Data API لرفع النسخ المدبلجة بالعربية. المفتاح في الإعدادات هو ${v('credential.google_api_key', GOOGLE)} لكن الرفع يفشل برسالة "insufficientPermissions". هل نحتاج OAuth بدلاً من مفتاح API؟`),

  rec('dockerfile', f`Building the whisper alignment image, huggingface download fails inside docker but works on my laptop:

${cfg(f`FROM python:3.11-slim
ENV HF_TOKEN=${v('credential.huggingface_token', HF)}
RUN pip install --no-cache-dir faster-whisper==1.0.3 ctranslate2
RUN python -c "from faster_whisper import WhisperModel; WhisperModel('large-v3')"
COPY align.py /app/align.py
CMD ["python", "/app/align.py"]`)}`),

  rec('docker_config', f`CI can't pull our base image from the private registry anymore. ~/.docker/config.json on the runner:

${cfg(f`{
  "auths": {
    "registry.sousvoix.fr": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('chat', f`DeepL keeps returning 456 quota exceeded on our free key (DEEPL_AUTH_KEY=${v('credential.generic_secret_assignment', DEEPL)}) — if we upgrade to Pro does the key change or just the endpoint?`),

  rec('chat_fr', f`On suit les projets de doublage dans Notion. L'intégration qui crée une page par épisode ne marche plus : "API token is invalid". Le token est ${v('credential.notion_token', NOTION)}, il a été créé par Camille qui a quitté le studio. C'est lié ?`),

  // ——— run-of-river hydropower ———
  rec('connection_string', f`Historian export from the SCADA server to our reporting DB stopped overnight. Connection string in the ETL job:

${cfg(f`Server=tcp:hist-sql01.trisulihydro.local,1433;Database=PlantHistorian;User ID=etl_reader;Password=${v('credential.connection_string_password', 'Kalikot@Flow2081')};Encrypt=True;TrustServerCertificate=True;`)}

Error: "Login failed for user 'etl_reader'. Reason: Password did not match". Nobody admits changing it.`),

  rec('chat_ne', f`पावरहाउसको Modbus gateway को web UI मा लगइन हुन सकिएन। admin युजरको पासवर्ड ${v('credential.password_in_prose', 'Trisuli#Unit2')} हो भनेर साइट इन्जिनियरले भन्नुभयो तर "invalid credentials" आउँछ। फ्याक्ट्री रिसेट नगरी कसरी पासवर्ड रिसेट गर्ने?`),

  rec('router_cfg', f`Field router at the intake weir drops the VPN to the control room every few hours. Running config (trimmed):

${cfg(f`hostname RTR-INTAKE-01
!
enable secret 9 ${ambCat('credential', tok('$9$', fill('b42-cisco9a', B62 + './', 14), '$', fill('b42-cisco9b', B62 + './', 43)))}
username fieldeng privilege 15 password 0 ${v('credential.network_device_secret', 'Weir-Gate_4471')}
!
crypto isakmp key ${v('credential.network_device_secret', 'Hydr0-Tunnel-Key!')} address ${amb('pii.ip_address', '203.0.113.58')}
!
interface Cellular0/2/0
 ip address negotiated
 dialer in-band`)}

DPD timers? or the LTE modem?`),

  rec('grafana', f`Plant dashboards embed needs a service account token. I generated ${v('credential.grafana_service_account_token', GLSA)} with Viewer role, but the iframe still asks for login. Which setting do I need in grafana.ini?`),

  rec('env_file', f`telegraf → influx stopped writing turbine vibration data after the cert renewal:

${cfg(f`INFLUX_URL=https://influx.trisulihydro.local:8086
INFLUX_ORG=trisuli
INFLUX_BUCKET=turbines
INFLUX_TOKEN=${v('credential.generic_secret_assignment', INFLUX)}
MODBUS_POLL=5s`)}

logs: "x509: certificate signed by unknown authority"`),

  rec('chat_ta', f`சைட்டில் இருந்து கண்ட்ரோல் ரூம் VPN-க்கு கனெக்ட் ஆக முடியவில்லை. FortiClient-ல் username: s.murugan, password: ${v('credential.password_in_prose', 'Kaveri@2024ops')} போட்டேன், "permission denied" வருகிறது. IT-க்கு அனுப்ப ஒரு சிறிய மெயில் ஆங்கிலத்தில் எழுதித் தர முடியுமா?`),

  rec('ssh_key', f`New laptop for the field team. I copied the jump-host key from the old one but ssh says "invalid format". Is the file damaged?

${v('credential.openssh_private_key', OSSH)}

ssh -i ~/.ssh/jump_trisuli -l fieldeng jump.trisulihydro.com.np`),

  rec('code_python', f`Alarm bot for the Telegram group of the shift engineers — messages arrive 10 minutes late sometimes:

\`\`\`python
${code(f`import requests, time
from pymodbus.client import ModbusTcpClient

BOT = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT = -1002048193756
plc = ModbusTcpClient("${amb('pii.ip_address', '10.20.1.15')}", port=502)

while True:
    rr = plc.read_holding_registers(40110, count=2, slave=1)
    level_cm = rr.registers[0]
    if level_cm > 385:
        requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                      json={"chat_id": CHAT, "text": f"Forebay high: {level_cm} cm"})
    time.sleep(30)`)}
\`\`\``),

  rec('mqtt_yaml', f`Node-RED flow on the edge box can't connect to the broker at the powerhouse, "Connection refused: not authorised".

${cfg(f`mqtt:
  host: ${amb('pii.ip_address', '10.20.1.40')}
  port: 8883
  username: edge-intake
  password: ${v('credential.password_assignment', 'Sunkoshi_Edge#42')}
  topics:
    - plant/intake/level
    - plant/unit1/gov`)}`),

  rec('shell', f`sops decrypt works on my machine but not in the pipeline. I exported the key like this, is the format wrong?

${cfg(f`$ export SOPS_AGE_KEY=${v('credential.age_secret_key', AGE)}
$ sops -d secrets/scada-gateway.enc.yaml
Failed to get the data key required to decrypt the SOPS file.`)}`),

  // ——— microfinance NGO ———
  rec('chat', f`Our SMS reminders for loan repayments (Semaphore, PH) stopped. the PHP sends apikey=${v('credential.generic_secret_assignment', SEMAPHORE)} in the POST body, response is "Invalid apikey". Did they change to header auth?`),

  rec('chat_tl', f`Yung push notification sa tablet ng mga loan officer hindi na dumadating simula kahapon. Sa server naka-set pa rin ang legacy key na ${v('credential.firebase_fcm_server_key', FCM)}. Kailangan na ba talagang lumipat sa HTTP v1 API? Paki-explain nang simple.`),

  rec('chat_ms', f`Saya cuba sambung ke pangkalan data pinjaman dari laptop di cawangan Kota Kinabalu tapi gagal. URL yang diberi oleh IT: postgres://kk_pegawai:${v('credential.database_url_password', 'Kinabalu!Pinjam23')}@db.bayanihanmf.org:5432/loans_my — adakah port 5432 disekat oleh rangkaian hotel?`),

  rec('client_secret_json', f`Google sign-in for the field app worked in testing but fails in production with redirect_uri_mismatch. client_secret.json:

${cfg(f`{"web":{"client_id":"482019374652-q8k2m5v7n1x4c9z3b6j0h7f2d5s8a1lp.apps.googleusercontent.com","project_id":"bmf-fieldapp","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://field.bayanihanmf.org/auth/callback"]}}`)}`),

  rec('gradle', f`Crash reports from the loan officers' Android app don't show up in Sentry since the last release. build config:

\`\`\`kotlin
${code(f`android {
    defaultConfig {
        applicationId = "org.bayanihanmf.field"
        versionCode = 57
        versionName = "2.6.0"
        buildConfigField("String", "SENTRY_DSN", "\\"${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507318294.ingest.sentry.io/4507318301`)}\\"")
    }
}`)}
\`\`\``),

  rec('chat', f`For the Tamil Nadu branch we collect EMIs through a payment gateway. Testing in live mode, I put the secret key RAZORPAY_KEY_SECRET=${v('credential.generic_secret_assignment', fill('b42-rzp', B62, 24))} in the server env, but webhooks return signature mismatch. Is the webhook secret different from the key secret?`),

  rec('chat', f`GCash disbursement via PayMongo: our Laravel job fails with "authentication_failed". We encode PAYMONGO_SECRET=${v('credential.generic_secret_assignment', PAYMONGO)} with base64 + colon like the docs say. What else could it be?`),

  rec('shell', f`Trying to read the MIS db password from Vault on the reporting server:

${cfg(f`$ export VAULT_ADDR=https://vault.bayanihanmf.org:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/mis/reporting
Error making API request.
Code: 403. Errors:
* permission denied`)}

the policy has read on secret/mis/* so why?`),

  rec('laravel_env', f`Our old loan portal stores officer passwords like this in the users table: ${ambCat('credential', BCRYPT)}. Auditor asks if that's ok. Also the .env has APP_KEY and DB_PASSWORD=${v('credential.password_assignment', 'Bayanihan-MIS-2019')} in plain text — what's the recommended way on a shared VPS?`),

  // ——— perfume manufacturer ———
  rec('chat', f`Our Shopify custom app for the e-boutique can't update stock levels anymore: 401 "Invalid API key or access token". Using X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHOPIFY)}. Did the scopes change?`),

  rec('chat_fr', f`Peux-tu m'aider à écrire le mail aux équipes ? Le mot de passe du compte SAP partagé pour les saisies de lots en production (compte PROD_GRASSE) est ${v('credential.password_in_prose', 'Jasmin.Grasse-2024')} — je voudrais expliquer qu'on passe à des comptes nominatifs à partir du 1er janvier, sans remettre le mot de passe dans le mail.`),

  rec('code_js', f`newsletter signup on the maison website throws 401 from Mailchimp:

\`\`\`js
${code(f`const mailchimp = require('@mailchimp/mailchimp_marketing');
mailchimp.setConfig({ apiKey: '${v('credential.mailchimp_api_key', MAILCHIMP)}', server: 'us14' });

export async function subscribe(email, lang) {
  return mailchimp.lists.addListMember('a7c39e12f4', {
    email_address: email,
    status: 'pending',
    merge_fields: { LANG: lang },
  });
}`)}
\`\`\``),

  rec('env_fr', f`On migre les emails transactionnels vers Brevo. Est-ce que cette config est complète ?

${cfg(f`BREVO_API_KEY=${v('credential.brevo_api_key', BREVO)}
BREVO_SENDER=Maison Orlène
BREVO_TEMPLATE_COMMANDE=14
BREVO_TEMPLATE_ECHANTILLON=22`)}`),

  rec('chat_ar', f`أرسل لنا الموزع في دبي بيانات الدخول إلى بوابة الطلبات الخاصة بهم: اسم المستخدم orlene_gcc وكلمة المرور ${v('credential.password_in_prose', 'Oud-Dubai#2024')}. هل يمكنك كتابة رد مهذب بالإنجليزية نطلب فيه إنشاء حسابات منفصلة لكل موظف بدلاً من حساب مشترك؟`),

  rec('as2_key', f`The AS2 connection with the department-store EDI hub fails with "decryption failed". Our ops guy pasted the private key into the partner profile like this — is the header wrong?

${v('credential.private_key', RSA_KEY)}

Partner AS2-ID: ORLENE-GRASSE, certificate valid until 2026.`),

  rec('chat', f`Is a restricted key enough for reading payouts for the accounting export? I created ${v('credential.stripe_restricted_key', RK_LIVE)} with read on balance and payouts only.`),

  rec('datadog_it', f`Il monitoraggio della linea di riempimento flaconi a Milano non manda più metriche. datadog.yaml sul PC di linea:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: riempimento-mi-02
tags:
  - stabilimento:milano
  - linea:flaconi-100ml`)}

L'agente dice "API Key invalid, dropping transaction". Ma la chiave è quella del portale.`),

  rec('chat_tr', f`Isparta'daki gül yağı tedarikçimizin WooCommerce mağazasıyla sipariş entegrasyonu yapıyoruz. Bize consumer key ck_... ve consumer_secret=${v('credential.generic_secret_assignment', WOO_SECRET)} gönderdiler. Bunları ERP'de nereye kaydetmeliyiz, güvenli olur mu?`),

  rec('k8s_secret', f`Deploying the perfume configurator API to the new cluster, pod crashloops with "stripe: invalid key". Secret manifest:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: configurator-secrets
  namespace: eshop
type: Opaque
data:
  STRIPE_SECRET_KEY: ${v('credential.base64_encoded_token', B64_STRIPE)}
  LOG_LEVEL: aW5mbw==`)}`),

  rec('gitlab_ci', f`Pipeline for the formula-management app can't clone the shared lib: "HTTP Basic: Access denied".

${cfg(f`variables:
  GIT_SUBMODULE_STRATEGY: recursive
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.orlene-parfums.fr/".insteadOf "https://gitlab.orlene-parfums.fr/"
build:
  image: node:20
  script:
    - npm ci
    - npm run build`)}`),

  rec('npmrc', f`npm install fails only on the CI runner with E401 for @orlene/ui-kit:

${cfg(f`@orlene:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npm_token', NPM)}
always-auth=true`)}`),

  rec('chat', f`Airtable base with the raw-materials stock (essential oils, absolutes) — our sync script gets 403. token ${v('credential.airtable_pat', AIRTABLE)}, scopes data.records:read. Do I also need schema.bases:read?`),

  rec('chat', f`Jira automation for QC deviations calls the REST API with my email and the token ${v('credential.atlassian_api_token', ATLASSIAN)} — after I changed teams it returns 401. Should this be a service account?`),

  rec('chat', f`Quick one: our droplet for the ferry timetable widget — I put ${v('credential.digitalocean_token', DO_TOKEN)} in the GitHub Actions secret and doctl auth init still says unauthorized. is the token scope wrong?`),

  rec('terraform_cloud', f`The hydropower team's terraform runs locally with a user token in ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TF_TOKEN)}"
}`)}

How do I move this to a team token for the CI instead?`),

  rec('postman', f`Sharing the Postman collection for the booking API with the Turkish agency. I exported it with the env and noticed it contains x-api-key: ${v('credential.postman_api_key', POSTMAN)} — is that my personal Postman key? should I regenerate before sending?`),
];

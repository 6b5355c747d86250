/**
 * Held-out batch 151: credentials pasted by staff of an opera and ballet company, a hospital's
 * CPAP rental service, a grain terminal's weighbridge office, a refugee resettlement NGO, a dental
 * laboratory and a motorway toll operator, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AZ_SECRET = tok(fill('b151-azs0', B62, 3), '8Q~', fill('b151-azs1', B62 + '_-.~', 34));
const CPAP_DB_PW = 'Apnoe-Ward7!rent';
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b151-stripe', B62, 97));
const WHSEC = tok('whsec_', fill('b151-whsec', B62, 32));
const AKIA = tok('AKIA', fill('b151-akia', B32, 16));
const AWS_SECRET = fill('b151-awssec', B64, 40);
const MQTT_PW = 'Silo4-Trigo#2291';
const SENTRY_DSN = `https://${fill('b151-sentry', HEX, 32)}@o4507183.ingest.de.sentry.io/4507719384120832`;
const TOLL_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pedagio-2024' }, { sub: 'svc-contestacoes', aud: 'api.pedagio-sul.com.br', scope: 'disputes:write', iat: 1731571200, exp: 1731657600 }, 'b151-tolljwt');
const TG_BOT = tok('7184092356', ':AA', fill('b151-tg', B64URL, 33));
const KOBO_TOKEN = fill('b151-kobo', HEX, 40);
const GHP_LAB = gh('ghp', 'Tq7Wm2Zx9Rk4Nc8Bv1Hj6Ls3Pd5Gf0');
const XOXB = tok('xoxb-', '5829104736', '-', '7391028465123', '-', fill('b151-xoxb', B62, 24));
const ALI_ID = tok('LTAI', '5t', fill('b151-ltai', B62, 18));
const ALI_SECRET = fill('b151-alisec', B62, 30);
const SENDGRID = tok('SG.', fill('b151-sg1', B64URL, 22), '.', fill('b151-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b151-twsid', HEX, 32));
const TW_TOKEN = fill('b151-twtok', HEX, 32);
const MAILCHIMP = tok(fill('b151-mc', HEX, 32), '-us14');
const AZ_STORAGE = tok(fill('b151-azst', B64, 86), '==');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b151-atl', B64URL, 171), '=', fill('b151-atl2', HEX.toUpperCase(), 8));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b151-rsa', 1190, '\n', 'MIIEpAIBAAKCAQEA');
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b151-ssh', 300, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ');
const DOCKER_AUTH = b64('zitoreg:Zr7-kX2p-Vm9q-Lt4w');
const FIGMA = tok('figd_', fill('b151-figd', B64URL, 40));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b151-aiza', B62 + '_-', 33));
const AIRTABLE = tok('pat', fill('b151-at1', B62, 14), '.', fill('b151-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b151-ntn1', DIGITS, 11), fill('b151-ntn2', B62, 35));
const GLSA = tok('glsa_', fill('b151-glsa1', B62, 32), '_', fill('b151-glsa2', HEX, 8));
const DD_API = fill('b151-ddapi', HEX, 32);
const DD_APP = fill('b151-ddapp', HEX, 40);
const SHPAT = tok('shpat_', fill('b151-shpat', HEX, 32));
const BE_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'agent-0412', role: 'dispute_handler', tenant: 'viapass-be', iat: 1733131200, exp: 1733160000 }, 'b151-bejwt');
const BREVO = tok('xkeysib-', fill('b151-brevo1', HEX, 64), '-', fill('b151-brevo2', B62, 16));
const BASIC = b64('cpap_portal:Resmed-Alq2024!');
const GOCSPX = tok('GOCSPX-', fill('b151-gocspx', B64URL, 28));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b151-rklive', B62, 97));
const GLPAT = tok('glpat-', fill('b151-glpat', B62 + '-_', 20));
const HVS = tok('hvs.', 'CAESI', fill('b151-hvs', B64URL, 86));
const SBP = tok('sbp_', fill('b151-sbp', HEX, 40));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kzpwqmvhtrxbnlcdfyje', role: 'service_role', iat: 1719830400, exp: 2035406400 }, 'b151-supajwt');
const ADO_PAT = fill('b151-ado', B32LOWER, 52);
const GCP_PEM = pem('PRIVATE KEY', 'b151-gcp', 1216);
const GCP_KEY_ID = fill('b151-gcpkid', HEX, 40);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b151-ant', B64URL, 93), 'AA');
const OPENAI = tok('sk-proj-', fill('b151-oa1', B64URL, 74), 'T3BlbkFJ', fill('b151-oa2', B64URL, 74));
const CF_TOKEN = fill('b151-cftok', B62 + '_-', 40);
const NPM = gh('npm', 'Lp4Kd9Xw2Mq7Zr1Vn6Bt3Hc8Fs5Gy0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b151-pypi', B64URL, 150));
const TEAMS_HOOK = tok('https://sofiaopera.webhook.office.com/webhookb2/', '8c2e4a17-39d1-4f6b-a0e5-71b9d3c42f86@2d7f1b93-6e48-4a05-9c3d-b81e5f27a640/IncomingWebhook/', fill('b151-teams1', HEX, 32), '/', '0e9b4d72-5a13-4c8f-b6e2-3f71a9c8d054/', 'V2', fill('b151-teams2', B64URL, 43));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b151-swh1', UPPER + DIGITS, 8), '/B07', fill('b151-swh2', UPPER + DIGITS, 8), '/', fill('b151-swh3', B62, 24));
const DAPI = tok('dapi', fill('b151-dapi', HEX, 32));
const HF = tok('hf_', fill('b151-hf', UPPER + LOWER, 34));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248390172645938211', '/', fill('b151-dwh', B64URL, 68));
const BEARER = fill('b151-bearer', B62 + '-._~', 56);

export const BATCH151_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our CPAP telemetry sync (rental fleet → patient record) stopped overnight. Here's the .env from the integration box, can you spot anything obviously wrong?

${cfg(f`# /opt/cpap-sync/.env  (Sleep Service, Ward 7 rental desk)
TELEMETRY_BASE_URL=https://airview-eu.example-vendor.net/api/v3
AZURE_TENANT_ID=4b1e7c92-0d3a-4f58-9e61-a2c85d7b3f14
AZURE_CLIENT_ID=7d2f9a41-6b8e-4c03-b5d1-e39a0c6f2b78
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_SECRET)}
DATABASE_URL=postgresql://cpap_sync:${v('credential.database_url_password', CPAP_DB_PW)}@sql-sleep-01.trust.local:5432/rental
SYNC_INTERVAL_MIN=15`)}`),

  rec('chat_de', f`Hallo, unser Ticketshop (Oper & Ballett) bekommt seit gestern keine Webhooks mehr von Stripe, die Bestellungen bleiben auf „ausstehend“. Im Backend steht:
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
Signaturprüfung schlägt fehl – kann es sein, dass das Secret vom Testmodus ist?`),

  rec('aws_credentials_fr', f`Bonjour, le script qui envoie les scans intra-oraux vers S3 plante avec « SignatureDoesNotMatch ». Voici mon fichier ~/.aws/credentials sur le poste de la salle CAO :

${cfg(f`[labo-ceramique]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-west-3`)}

C'est le bon profil ou il faut régénérer la clé ?`),

  rec('config_es_ar', f`Che, el broker MQTT de la balanza no acepta la conexión del indicador nuevo. Te paso la config del mosquitto y el bridge:

${cfg(f`# /etc/mosquitto/conf.d/balanza.conf
listener 8883
cafile /etc/mosquitto/certs/ca.crt
connection puerto-bb-bridge
address mqtt.terminal-bahia.local:8883
remote_username balanza_camiones
remote_password ${v('credential.password_assignment', MQTT_PW)}
topic pesajes/# out 1`)}

¿Qué me falta para que tome el certificado?`),

  rec('log_pt_br', f`Oi! O serviço de contestações de pedágio tá dando 401 aleatório. Trecho do log de debug:

${cfg(f`2024-11-14 09:12:03.114 DEBUG [contestacoes-api] sentry.dsn=${v('credential.sentry_dsn', SENTRY_DSN)}
2024-11-14 09:12:03.120 DEBUG [contestacoes-api] outbound POST https://api.pedagio-sul.com.br/v2/disputes Authorization=Bearer ${v('credential.jwt', TOLL_JWT)}
2024-11-14 09:12:03.388 WARN  [contestacoes-api] 401 Unauthorized (token audience mismatch)`)}

O token parece válido, né? O que significa "audience mismatch"?`),

  rec('chat_ar', f`مرحبا، أنشأنا بوت تيليجرام لإرسال تذكيرات المواعيد للعائلات المعاد توطينها. التوكن هو ${v('credential.telegram_bot_token', TG_BOT)} لكن البوت لا يرد على الرسائل في المجموعة. هل يجب تعطيل وضع الخصوصية من BotFather؟`),

  rec('code_uk', f`Привіт! Скрипт вивантажує анкети з KoboToolbox для кейс-менеджерів, але повертає 403. Ось код:

\`\`\`python
${code(f`import requests

KOBO_URL = "https://kf.kobotoolbox.org/api/v2/assets/aQ7pLmX3vR9tK2wZ/data.json"
KOBO_TOKEN = "${v('credential.generic_secret_assignment', KOBO_TOKEN)}"

def fetch_cases(limit=500):
    r = requests.get(KOBO_URL, headers={"Authorization": f"Token {KOBO_TOKEN}"}, params={"limit": limit})
    r.raise_for_status()
    return r.json()["results"]`)}
\`\`\`

Токен скопіював з налаштувань акаунта, все правильно?`),

  rec('chat_ja', f`技工所の CAD データ変換スクリプトを GitHub に push しようとすると 403 になります。remote の設定はこれです：
${cfg(f`git remote set-url origin https://${v('credential.github_pat', GHP_LAB)}@github.com/shirakawa-dental-lab/cad-export.git`)}
トークンの権限は repo にチェックを入れています。何が足りないでしょうか？`),

  rec('chat_ko', f`요금소 이의신청 알림 봇이 채널에 메시지를 못 보내요. 토큰은 ${v('credential.slack_bot_token', XOXB)} 이고 에러는 "not_in_channel" 입니다. 봇을 채널에 초대해야 하나요?`),

  rec('code_zh_cn', f`粮食码头的过磅单要上传到阿里云 OSS 归档，下面这段一直报 InvalidAccessKeyId，帮我看看：

${code(f`import oss2

auth = oss2.Auth('${v('credential.alibaba_access_key_id', ALI_ID)}', '${v('credential.generic_secret_assignment', ALI_SECRET)}')
bucket = oss2.Bucket(auth, 'https://oss-cn-qingdao.aliyuncs.com', 'grain-weighbridge-archive')

def upload_ticket(path, ticket_no):
    key = f"tickets/{ticket_no[:6]}/{ticket_no}.pdf"
    bucket.put_object_from_file(key, path)
    return key`)}`),

  rec('chat_zh_tw', f`歌劇院售票系統的電子票券寄送失敗，SendGrid 回傳 403 Forbidden。我們在後台設定的 API 金鑰是 ${v('credential.sendgrid_api_key', SENDGRID)}，寄件人網域已經驗證過了。是不是金鑰權限只有 read-only？`),

  rec('chat_he', f`היי, אנחנו שולחים לפונים תזכורות SMS דרך Twilio מהמערכת של העמותה. ה-Account SID הוא ${v('credential.twilio_account_sid', TW_SID)} וה-Auth Token הוא ${v('credential.twilio_auth_token', TW_TOKEN)}. מאתמול כל ההודעות נכשלות עם שגיאה 20003. מה זה אומר?`),

  rec('chat_hi', f`नमस्ते, CPAP रेंटल पोर्टल में नए टेक्नीशियन के लिए लॉगिन बनाया है। यूज़रनेम rajesh.cpap है और पासवर्ड ${v('credential.password_in_prose', 'Neend@2024#Kiraya')} रखा है। इसके लिए एक छोटा सा वेलकम मैसेज हिंदी में लिख दो, और बोलो कि पहली बार लॉगिन करते ही पासवर्ड बदल लें।`),

  rec('chat_bn', f`আমাদের কেসওয়ার্কারদের জন্য শেয়ার্ড ল্যাপটপের লগইন: ইউজার "casework-03", পাসওয়ার্ড হলো ${v('credential.password_in_prose', 'Notun-Ghor!58')}। এটা দিয়ে একটা নোটিশ লিখে দাও যাতে সবাই সপ্তাহে একবার পাসওয়ার্ড বদলায়।`),

  rec('chat_ta', f`எங்கள் டென்டல் லேப் ஸ்கேனர் சர்வருக்கு புதிய அக்கவுண்ட் உருவாக்கினேன்: ${v('credential.user_password_pair', 'scanlab:Pal-Kireedam#73')} . இதை டெக்னீஷியன்களுக்கு அனுப்ப ஒரு சுருக்கமான செய்தி எழுதித் தாருங்கள்.`),

  rec('chat_th', f`ช่วยเขียนอีเมลแจ้งทีมรับเรื่องร้องเรียนค่าผ่านทางหน่อย ว่าระบบ ticket ใหม่ใช้ user: tollcs_team รหัสผ่าน ${v('credential.password_in_prose', 'Thangduan#6621')} และต้องเปลี่ยนรหัสภายใน 7 วัน`),

  rec('chat_vi', f`Chào bạn, phần mềm cân xe ở cảng không kết nối được DB. Chuỗi kết nối mình đang dùng:
mysql://cantram:${v('credential.database_url_password', 'LuaGao-2024!')}@db-canxe.cang-ngu-coc.local:3306/phieucan
Lỗi "Access denied for user 'cantram'". Mình phải kiểm tra quyền ở đâu?`),

  rec('chat_id', f`Halo, kami mau pindah newsletter program balet dari Mailchimp. API key yang lama ${v('credential.mailchimp_api_key', MAILCHIMP)} masih aktif, bisa tolong buatkan skrip Python untuk ekspor semua kontak pelanggan abonemen?`),

  rec('cisco_tr', f`Merhaba, kantar ofisindeki switch'e yeni VLAN ekledim ama kantar bilgisayarı DHCP almıyor. Konfigürasyonun ilgili kısmı:

${cfg(f`hostname SW-KANTAR-01
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b151-c9salt', B62 + './', 14), '$', fill('b151-c9hash', B62 + './', 43)))}
username kantar privilege 15 password 0 ${v('credential.network_device_secret', 'Bugday!Kantar7')}
!
interface Vlan40
 description KANTAR-PC
 ip helper-address ${amb('pii.ip_address', '10.40.0.5')}
!
snmp-server community ${v('credential.network_device_secret', 'tahil-ro-8832')} RO`)}

Ne eksik?`, 'the type-9 hash is ambiguous per the conventions; the clear-text password and the SNMP community are labelled'),

  rec('config_pl', f`Cześć, eksport zdjęć z bramek (ANPR) do Azure Blob nagle przestał działać. appsettings.json:

${cfg(f`{
  "BlobStorage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=autostradaanpr;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "reklamacje-zdjecia"
  }
}`)}

Błąd: 403 AuthorizationFailure. Klucz był rotowany w zeszłym tygodniu?`),

  rec('curl_cs', f`Ahoj, potřebuju vytáhnout z Jiry všechny úkoly k zájezdu baletu do Brna. Tohle vrací 401:

${cfg(f`curl -u ${v('pii.email', 'p.novakova@opera-morava.cz')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://opera-morava.atlassian.net/rest/api/3/search?jql=project=ZAJEZD"`)}

Je chyba v tokenu nebo v URL?`),

  rec('pem_el', f`Καλησπέρα, ο server του λογισμικού ζυγιστηρίου ζητάει το ιδιωτικό κλειδί για το SFTP του τελωνείου και πετάει "invalid format". Το αρχείο είναι αυτό:

${v('credential.private_key', RSA_KEY)}

Μήπως πρέπει να το μετατρέψω σε OpenSSH μορφή;`),

  rec('chat_ru', f`Привет. Не могу зайти по SSH на сервер с архивом фото проездов (платная трасса), пишет "invalid format". Ключ вот:

${v('credential.openssh_private_key', SSH_KEY)}

Может, проблема в переводах строк после копирования из Windows?`),

  rec('docker_sr', f`Здраво, на серверу за ваге не могу да повучем image из приватног registry-ја. Ово је ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.zito-luka.rs": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Грешка је "unauthorized: authentication required".`),

  rec('chat_hu', f`Sziasztok! A fogtechnikai labor weboldalához exportálnám a koronák ikonjait Figmából egy scripttel. A tokenem ${v('credential.figma_token', FIGMA)}, de 403-at kapok a /v1/images végponton. Mi lehet a baj?`),

  rec('html_ro', f`Bună, pe pagina de închiriere CPAP harta cu punctele de ridicare nu se mai încarcă. Codul:

${code(f`<div id="harta-puncte"></div>
<script async
  src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&callback=initHarta&language=ro">
</script>
<script>
  function initHarta() {
    new google.maps.Map(document.getElementById('harta-puncte'), { center: { lat: 44.4361, lng: 26.1027 }, zoom: 12 });
  }
</script>`)}

Consola zice „RefererNotAllowedMapError”.`),

  rec('env_sv', f`Hej! Vi synkar gästartisternas resplaner från Airtable till Notion för turnéplaneringen. Kan du skriva om det här till ett Node-skript?

${cfg(f`AIRTABLE_TOKEN=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appR7kW2mQ9xT4vN1
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB=3f8a1c6e27d94b05a8e1f4c72d9b3e60`)}`),

  rec('chat_nb', f`Hei, dashboardet for kornterminalen (silonivå og vekt per bil) viser "No data". Vi bruker service account-token ${v('credential.grafana_service_account_token', GLSA)} mot Grafana API. Kan du sjekke om curl-kallet mitt er riktig? curl -H "Authorization: Bearer <token>" https://grafana.kornterminal.no/api/dashboards/uid/silo-niva`),

  rec('compose_da', f`Hej, vi vil gerne overvåge betalingsautomaterne på motorvejen med Datadog. Er denne docker-compose ok?

${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_TAGS: "team:bompenge-klager env:prod"`)}`),

  rec('ini_fi', f`Moi! Unilaboratorion laitevuokran HL7-rajapinta ei saa yhteyttä potilastietojärjestelmään. Asetustiedosto:

${cfg(f`[hl7_mllp]
host = hl7-gw.shp.local
port = 2575
sending_facility = UNI_VUOKRA
user = cpap_if
password = ${v('credential.password_assignment', 'Uniapnea-Kuopio42')}
ack_timeout = 30`)}

Onko ack_timeout liian pieni?`),

  rec('chat_nl', f`Hoi, onze webshop voor tandtechnische onderdelen (Shopify) moet voorraad syncen met het labsysteem. Ik heb een custom app gemaakt en kreeg ${v('credential.shopify_access_token', SHPAT)} als Admin API token. Welke scopes heb ik nodig voor inventory_levels?`),

  rec('http_nl_be', f`Dag, de API van het klachtenportaal (tolheffing vrachtwagens) geeft altijd 403. Mijn request:

${cfg(f`GET /api/v1/betwistingen?status=open HTTP/1.1
Host: klachten.viapass-be.example
Authorization: Bearer ${v('credential.jwt', BE_JWT)}
Accept: application/json`)}

Klopt de rol in de token wel?`),

  rec('chat_it', f`Ciao! Per la stagione lirica vogliamo passare le newsletter degli abbonati a Brevo. Ho generato questa chiave API: ${v('credential.brevo_api_key', BREVO)}. Mi scrivi uno script che importa il CSV degli abbonati nella lista "Abbonati 2025"?`),

  rec('http_es', f`Hola, la integración del portal de alquiler de CPAP con el proveedor de equipos devuelve 401. Esta es la petición que sale del servidor:

${cfg(f`POST /api/devices/assign HTTP/1.1
Host: partners.somnoequip.example
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"serial":"23184729104","patient_ref":"HSP-SUE-00912"}`)}

¿El usuario está bien codificado?`),

  rec('json_es_mx', f`Oye, el formulario de registro de familias usa login con Google y sale "invalid_client". Este es el client_secret.json:

${cfg(f`{"web":{"client_id":"582019374612-k3m8q2v7x1p9r4t6w0z5b2n8c1d7f3h4.apps.googleusercontent.com","project_id":"reasentamiento-registro","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://registro.nuevoshorizontes.org/oauth2/callback"]}}`)}`),

  rec('chat_fr_ca', f`Allô, pour le remboursement automatique des frais de péage contestés, on utilise une clé Stripe restreinte : ${v('credential.stripe_restricted_key', RK_LIVE)}. Est-ce qu'elle a besoin de la permission « Refunds: write » ou juste « Charges »? Merci ben!`),

  rec('ci_de_ch', f`Grüezi mitenand, d'Pipeline für s'Waagsoftware-Deployment chlemmt bim git clone. Das isch d'.gitlab-ci.yml:

${cfg(f`deploy_waag:
  stage: deploy
  script:
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.getreideterminal.ch/waage/ticketing.git
    - cd ticketing && ./deploy.sh
  only:
    - main`)}

Was isch da falsch?`),

  rec('chat_de_at', f`Servus, unser Künstlerbüro holt die Gagenabrechnungen aus dem Vault. Der Token ${v('credential.vault_token', HVS)} läuft scheinbar nach einer Stunde ab, obwohl ich ttl=720h gesetzt hab. Woran kann das liegen?`),

  rec('env_pt', f`Olá, estamos a migrar o sistema de encomendas do laboratório (coroas e alinhadores) para o Supabase. Quais destas variáveis ainda são precisas no CI?

${cfg(f`SUPABASE_URL=https://kzpwqmvhtrxbnlcdfyje.supabase.co
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SBP)}
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
LAB_BUCKET=stl-modelos`)}`),

  rec('chat_ka', f`გამარჯობა, ახალი სოციალური მუშაკისთვის შევქმენი ანგარიში ქეისების ბაზაში. მომხმარებელი: n.beridze, პაროლი: ${v('credential.password_in_prose', 'Tbilisi-Axali9!')} . დამიწერე მოკლე წერილი, რომ პირველივე შესვლისას შეცვალოს.`),

  rec('chat_hy', f`Բարև, օպերայի տոմսարկղի նոր համակարգում գանձապահի մուտքը՝ օգտանուն kassa02, գաղտնաբառ ${v('credential.password_in_prose', 'Anush#Opera2024')}։ Կօգնե՞ս գրել հրահանգ, թե ինչպես փոխել գաղտնաբառը առաջին մուտքից հետո։`),

  rec('chat_am', f`ሰላም፣ ለአዲሱ የጉዳይ ሰራተኛ ላፕቶፕ ተዘጋጅቷል። የይለፍ ቃሉ ${v('credential.password_in_prose', 'Addis-Tesfa#31')} ነው። እባክህ በአማርኛ አጭር መመሪያ ጻፍልኝ፣ በመጀመሪያ ቀን እንዲቀይሩት።`),

  rec('chat_fa', f`سلام، برای همکار جدید در بخش اسکان پناهجویان حساب سامانه پرونده‌ها را ساختم:
نام کاربری: m.rahimi
رمز عبور: ${v('credential.password_assignment', 'Khaneh-No#2024')}
لطفاً یک پیام خوشامد کوتاه بنویس که بگوید رمز را بعد از اولین ورود عوض کند.`),

  rec('chat_ur', f`السلام علیکم، CPAP کرائے والے سسٹم میں نئے اسٹاف کا اکاؤنٹ بنایا ہے۔ پاس ورڈ ${v('credential.password_in_prose', 'Neend-Karachi#77')} ہے۔ اس کے لیے اردو میں ایک مختصر ای میل لکھ دیں کہ پہلی لاگ اِن پر پاس ورڈ تبدیل کر لیں۔`),

  rec('chat_tl', f`Hi po, pakigawa naman ng maikling announcement para sa disputes team: yung bagong shared inbox login ay tolldisputes@ at ang password ay ${v('credential.password_in_prose', 'Expressway#Sampaloc9')}, paki-change agad after first login. Salamat!`),

  rec('chat_ms', f`Hai, pipeline Azure DevOps untuk sistem jambatan timbang gagal push tag. Saya guna URL ini: ${cfg(f`git push https://ci:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/terminal-bijirin/timbang/_git/tiket --tags`)} — PAT tu ada skop Code (Read & write). Kenapa masih 403?`),

  rec('shell_sw', f`Habari, nataka kuhifadhi nakala ya database ya kesi kila usiku. Script hii inakwama:

${code(f`#!/bin/bash
TAREHE=$(date +%F)
mysqldump -u kesi_backup -p'${v('credential.mysql_cli_password', 'Makazi-Mapya!44')}' kesi_db > /backup/kesi_$TAREHE.sql
gzip /backup/kesi_$TAREHE.sql
find /backup -name "kesi_*.sql.gz" -mtime +14 -delete`)}

Inasema "Access denied". Nifanye nini?`),

  rec('gcp_sa_json', f`The Cloud Function that pushes case-file PDFs to the resettlement partners' shared drive fails with "invalid_grant". Service account key (we created it last week):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "resettle-casefiles",
  "private_key_id": "${GCP_KEY_ID}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'drive-sync@resettle-casefiles.iam.gserviceaccount.com')}",
  "client_id": "104839271650382917463",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'drive-sync%40resettle-casefiles.iam.gserviceaccount.com')}"
}`))}

Is the clock skew thing real or is the key revoked?`),

  rec('code_py_en', f`Quick one: this summarises toll dispute emails with Claude before an agent picks them up, but it times out on long threads.

\`\`\`python
${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise_dispute(thread: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarise this toll dispute for an agent:\\n{thread}"}],
    )
    return msg.content[0].text`)}
\`\`\``),

  rec('chat_en_in', f`Hi, for the CPAP rental helpdesk bot I'm using OpenAI key ${v('credential.openai_api_key', OPENAI)} in the Flask app. Getting "insufficient_quota" even though finance said billing is set up. Is it a project-level limit?`),

  rec('env_en_au', f`G'day, the DNS script for the grain terminal's booking site keeps failing with 9109 "Invalid access token":

${cfg(f`CF_ZONE_ID=2e7b9c41d8f05a63b1c4e97d2a08f5b3
CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
RECORD_NAME=bookings.graincorp-terminal.example`)}

Do I need Zone:DNS:Edit or Zone:Zone:Read as well?`),

  rec('npmrc_lt', f`Sveiki, CI nepavyksta įdiegti mūsų privataus paketo @kelmokesciai/ginčai. .npmrc:

${cfg(f`@kelmokesciai:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Klaida: E404. Ar tokenas turi būti „automation“ tipo?`, 'npm token that is also the .npmrc _authToken value: two labels on one span'),

  rec('pypirc_fi', f`Moi! Hammaslaboratorion STL-tiedostokirjasto ei mene PyPI:hin, twine antaa 403. ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('ps_bg', f`Здравей, скриптът трябва да праща в Teams известие, когато се продаде последният билет за балетната премиера. Това е:

${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$body = @{ text = "Разпродадено: Лебедово езеро, 14.12, 19:00" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body`)}

Текстът идва с въпросителни вместо кирилица. Защо?`),

  rec('chat_hr', f`Bok, alarm za punjenje silosa bi trebao slati poruku u Slack kanal #vaga-alarmi. Webhook je ${v('credential.slack_webhook_url', SLACK_HOOK)}, ali poruke ne stižu. Trebam li aplikaciju ponovno instalirati u workspace?`),

  rec('chat_cs_databricks', f`Ahoj, analytik z půjčovny CPAP přístrojů potřebuje přístup do Databricks přes JDBC z Power BI. Vygeneroval jsem token ${v('credential.databricks_token', DAPI)}. Jak má vypadat connection string?`),

  rec('chat_zh_hk', f`唔該幫手睇下，我哋用 Hugging Face 個車牌辨識模型處理收費站爭議相片，token 係 ${v('credential.huggingface_token', HF)}，但係下載模型嗰陣話 401 Unauthorized。係咪要申請 gated model 權限先？`),

  rec('chat_da_sql', f`Hej, vejeprogrammet på kornkajen kan ikke forbinde til SQL-databasen. Forbindelsesstrengen er:
${cfg(f`Server=kornvejning-sql01;Database=Vejning;User Id=vejning_app;Password=${v('credential.connection_string_password', 'Havre-Korn#81')};TrustServerCertificate=True;`)}
Fejlen er „Login failed for user 'vejning_app'“. Hvad kan der være galt?`),

  rec('chat_en_us_ballet', f`Our fan community Discord gets an automatic post when a ballet performance goes on sale. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — started returning 404 after someone renamed the channel. Do I have to create a new webhook?`),

  rec('log_fr', f`Salut, le connecteur entre le portail praticiens et le labo loggue trop de choses, regarde :

${cfg(f`[2024-12-02 08:41:17] INFO  orders.sync  GET https://portail.labo-ceramique.fr/api/commandes?depuis=2024-12-01
[2024-12-02 08:41:17] DEBUG orders.sync  headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'Accept': 'application/json'}
[2024-12-02 08:41:18] INFO  orders.sync  37 commandes (couronnes zircone: 22, aligneurs: 15)`)}

Comment couper le niveau DEBUG seulement pour ce module ?`),
];

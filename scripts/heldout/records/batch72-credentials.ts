/**
 * Held-out batch 72: credentials pasted by staff of a dental-laboratory chain, a container terminal's gate
 * and yard operations, a municipal social-services office, a B2B SaaS sales and support team, an aircraft
 * lessor and a boarding school — configs, shells, code and passwords in prose, in many languages.
 * Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const HUBSPOT = tok('pat-eu1-', fill('b72-hs1', HEX, 8), '-', fill('b72-hs2', HEX, 4), '-', fill('b72-hs3', HEX, 4), '-', fill('b72-hs4', HEX, 4), '-', fill('b72-hs5', HEX, 12));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b72-sklive', B62, 97));
const INTERCOM = tok('dG9rOj', fill('b72-intercom', B64, 54), '=');
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b72-rklive', B62, 97));
const OPENAI = tok('sk-proj-', fill('b72-oa1', B64URL, 74), 'T3BlbkFJ', fill('b72-oa2', B64URL, 74));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b72-slt', UPPER + DIGITS, 8), '/B0', fill('b72-slb', UPPER + DIGITS, 9), '/', fill('b72-slk', B62, 24));
const AKIA = tok('AKIA', fill('b72-akia', B32, 16));
const AKIA_SECRET = fill('b72-akias', B64, 40);
const ALI_ID = tok('LTAI', '5t', fill('b72-ltai', B62, 18));
const ALI_SECRET = fill('b72-alisec', B62, 30);
const GH_FINE = tok('github_pat_', '11B', fill('b72-ghf1', UPPER + DIGITS, 19), '_', fill('b72-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b72-glpat', B62 + '-_', 20));
const TELEGRAM = tok('7318402957', ':AA', fill('b72-tg', B64URL, 33));
const GSA_PEM = pem('PRIVATE KEY', 'b72-gsa', 1218, '\\n');
const NPM = gh('npm', 'Kt4Wq8Zr2Lm6Xv1Ns5Bd9Hf3Jp7Ay0');
const AZ_STORAGE = tok(fill('b72-azst', B64, 86), '==');
const TWILIO_SID = tok('AC', fill('b72-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b72-twtok', HEX, 32);
const MAILGUN = tok('key-', fill('b72-mg', HEX, 32));
const DD_API = fill('b72-ddapi', HEX, 32);
const DD_APP = fill('b72-ddapp', HEX, 40);
const DO_TOKEN = tok('dop_v1_', fill('b72-do', HEX, 64));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b72-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const VAULT = tok('hvs.', 'CAESI', fill('b72-vault', B64URL, 86));
const LINEAR = tok('lin_api_', fill('b72-linear', B62, 40));
const NOTION = tok('ntn_', fill('b72-ntn1', DIGITS, 11), fill('b72-ntn2', B62, 35));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b72-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b72-hf', UPPER + LOWER, 34));
const AZ_CLIENT_SECRET = tok(fill('b72-azcs1', B62, 3), '8Q~', fill('b72-azcs2', B62 + '_.~-', 34));
const POSTMAN = tok('PMAK-', fill('b72-pmak1', HEX, 24), '-', fill('b72-pmak2', HEX, 34));
const ADO_PAT = fill('b72-ado', B32LOWER, 52);
const SHOPIFY = tok('shpat_', fill('b72-shpat', HEX, 32));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b72-rsa', 1192);
const WHSEC = tok('whsec_', fill('b72-whsec', B62, 32));
const GROQ = tok('gsk_', fill('b72-groq', B62, 52));
const SENTRY_DSN = tok('https://', fill('b72-sentry', HEX, 32), '@o4508127.ingest.de.sentry.io/4508127392718848');
const CF_TOKEN = fill('b72-cftoken', B62 + '-_', 40);
const DATABRICKS = tok('dapi', fill('b72-dapi', HEX, 32));
const DOCKER_AUTH = b64('ci-bot:Rq7!vMz2Lw9pHs');
const JWT_SG = jwt({ alg: 'RS256', typ: 'JWT', kid: 'qs-2025-01' }, { sub: 'user_8841', org: 'org_kallang_logistics', role: 'admin', iat: 1736303120, exp: 1736389520, iss: 'https://auth.quillstack.io' }, 'b72-jwtsg');
const BASIC = b64('lessorportal_dk:Kastrup#Hangar19');

export const BATCH72_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Morning — can you tell me which of these the new renewal-reminder job actually needs? I'd rather not give it everything.

${amb('source_code.snippet', f`# sales-automation/.env (prod)
NODE_ENV=production
HUBSPOT_ACCESS_TOKEN=${v('credential.generic_secret_assignment', HUBSPOT)}
HUBSPOT_PORTAL_ID=25813907
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
INTERCOM_ACCESS_TOKEN=${v('credential.generic_secret_assignment', INTERCOM)}
RENEWAL_WINDOW_DAYS=45
LOG_LEVEL=info`)}

The job reads upcoming renewals from Stripe and creates a task in HubSpot for the account owner 45 days before. Cheers, Harriet (Sales Ops)`),

  rec('chat_de', f`Kannst du mir eine kurze Anleitung für die neuen Zahntechniker schreiben, wie sie sich mit dem Scan-Laufwerk verbinden? Pfad: \\\\nas-labor01\\scans, Benutzer: labor-scan, Passwort: ${v('credential.password_in_prose', 'Zirkon!Fraese24')}. Bitte in einfachem Deutsch, Schritt für Schritt für Windows 11, und ohne Fachchinesisch. Die Intraoralscans der Praxen landen dort im Ordner "Eingang".`),

  rec('curl', f`Our renewal dashboard needs read-only access to subscriptions. I made a restricted key but this still returns 403 — what permission am I missing?

${amb('source_code.snippet', f`curl https://api.stripe.com/v1/subscriptions?status=active&limit=100 \\
  -u ${v('credential.stripe_restricted_key', STRIPE_RK)}: \\
  -H "Stripe-Version: 2024-06-20"`)}

{"error": {"message": "The provided key does not have the required permissions for this endpoint", "type": "invalid_request_error"}}`),

  rec('docker_compose_fr', f`Salut, le service OCR du portail (lecture des numéros de conteneurs et des plaques) ne démarre plus depuis la mise à jour de vendredi. Voici le docker-compose :

${amb('source_code.snippet', f`services:
  gate-ocr:
    image: registry.terminal-sud.local/gate-ocr:3.4.1
    environment:
      DATABASE_URL: postgresql://ocr_writer:${v('credential.database_url_password', 'Portique-7!quai')}@db-gate:5432/gate
      MINIO_ENDPOINT: http://minio:9000
      MINIO_ACCESS_KEY: gateocr
      MINIO_SECRET_KEY: ${v('credential.generic_secret_assignment', 'vT8nQw2Lk5Hc9Zp3Rm6Xb1Yf')}
    depends_on: [db-gate, minio]
  db-gate:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Portique-7!quai')}`)}

Le conteneur s'arrête avec "could not translate host name db-gate". C'est un problème de réseau Docker ?`),

  rec('code_python_ja', f`お疲れ様です。サポートチケットを要約するスクリプトを書いたのですが、RateLimitError が頻発します。指数バックオフのリトライ処理を追加してもらえますか？

\`\`\`python
${code(f`from openai import OpenAI
import csv

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(ticket_body: str) -> str:
    res = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "サポートチケットを3行で要約してください。"},
            {"role": "user", "content": ticket_body},
        ],
    )
    return res.choices[0].message.content

with open("tickets_2025-01.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        print(row["id"], summarize(row["body"]))`)}
\`\`\`

チケットは1日に約400件です。`),

  rec('chat_es_ar', f`Che, ¿me ayudás a armar un script que mande un aviso al canal #soporte-urgente cuando entra un ticket con prioridad alta desde Zendesk? El webhook de Slack que armó Lucas es este: ${v('credential.slack_webhook_url', SLACK_HOOK)}
Lo quiero en Python con requests, y que el mensaje diga el nombre del cliente y el plan (Starter, Growth o Enterprise).`),

  rec('chat_pt_br', f`Oi! Preciso de ajuda pra configurar o acesso remoto à fresadora do laboratório. O técnico da assistência pediu o AnyDesk: ID 1 284 937 516 e a senha de acesso não supervisionado é ${v('credential.password_in_prose', 'Coroa#Zirconia88')}. Como eu deixo isso mais seguro? Pensei em liberar só no horário da visita técnica. A máquina fica ligada na rede do laboratório junto com os computadores do CAD.`),

  rec('aws_credentials', f`Good afternoon. The nightly job that copies gate camera images to S3 has failed since Tuesday with "SignatureDoesNotMatch". This is what is on the archive server:

${amb('source_code.snippet', f`# /home/gatearchive/.aws/credentials
[default]
region = eu-west-1

[gate-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}`)}

The clock on the server shows 14:52 while my phone says 15:03, I don't know if that matters. Please explain in simple terms, I'm covering for our IT man who is on leave in Abeokuta.`),

  rec('properties_it', f`Ciao, il nostro gestionale dei contratti di leasing (Spring Boot) non si connette più al database Oracle dopo il cambio password di lunedì. Questo è application.properties in produzione:

${amb('source_code.snippet', f`spring.datasource.url=jdbc:oracle:thin:@//ora-lease01.aerlinq.local:1521/LEASEPRD
spring.datasource.username=LEASE_APP
spring.datasource.password=${v('credential.password_assignment', 'Fusoliera_2025!msn')}
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.hibernate.ddl-auto=validate
lease.reserves.currency=USD`)}

L'errore è ORA-01017: invalid username/password. La password nuova l'ho copiata dalla mail del DBA, forse c'è uno spazio?`),

  rec('chat_nl', f`Kun je een korte, vriendelijke mail opstellen voor de nieuwe mentor van het internaat? Zijn inloggegevens voor Magister zijn: gebruikersnaam j.bakker, wachtwoord ${v('credential.password_in_prose', 'Eikenlaan-4471')}. Vraag hem om het wachtwoord meteen na de eerste keer inloggen te wijzigen en om de tweestapsverificatie aan te zetten. Hij begint maandag op de jongensafdeling.`),

  rec('code_python_zh', f`帮我看一下这个脚本，闸口抓拍的照片上传到 OSS 时一直报 SignatureDoesNotMatch，是不是 AccessKey 配错了？

${code(f`import oss2, os, datetime

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-qingdao.aliyuncs.com", "gate-snapshots")

def upload(path: str, lane: int) -> None:
    day = datetime.date.today().strftime("%Y%m%d")
    key = f"lane{lane:02d}/{day}/{os.path.basename(path)}"
    bucket.put_object_from_file(key, path)`)}

照片大概每天 3 万张，要不要改成分片上传？`),

  rec('shell_ko', f`안녕하세요, 사내 CRM 연동 리포지토리에 push가 안 됩니다. git remote -v 결과입니다:

${amb('source_code.snippet', f`$ git remote -v
origin  https://jiwoo-park:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/quillstack/crm-sync.git (fetch)
origin  https://jiwoo-park:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/quillstack/crm-sync.git (push)
$ git push origin feature/hubspot-dedupe
remote: Permission to quillstack/crm-sync.git denied to jiwoo-park.
fatal: unable to access 'https://github.com/quillstack/crm-sync.git/': The requested URL returned error: 403`)}

토큰 권한(Contents: Read and write)을 줬는데도 403이 나요. 조직 승인이 필요한가요?`),

  rec('chat_pl', f`Cześć, w naszym GitLabie (repozytorium z konfiguracją frezarek i drukarek 3D w laboratorium) pipeline nie może pobrać submodułu. Używam tokena ${v('credential.gitlab_pat', GLPAT)} zapisanego w zmiennej CI_SUBMODULE_TOKEN. Jakie uprawnienia (scopes) musi mieć ten token i czy lepiej użyć deploy tokena?`),

  rec('code_python_ru', f`Привет! Бот должен писать в чат смены, когда очередь грузовиков на въезде больше 40 машин, но сообщения не приходят. Посмотри, пожалуйста:

\`\`\`python
${code(f`import requests, time

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183749261

def queue_length() -> int:
    r = requests.get("http://tas.local/api/queue/gate-in", timeout=5)
    return r.json()["trucks_waiting"]

while True:
    n = queue_length()
    if n > 40:
        requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      data={"chat_id": CHAT_ID, "text": f"Очередь на въезде: {n} машин"})
    time.sleep(300)`)}
\`\`\`

Бот добавлен в группу, права администратора есть.`),

  rec('cisco_tr', f`Merhaba, terminaldeki giriş kapısı (gate) switch'inin konfigürasyonunu aşağıya yapıştırıyorum. OCR kameraları VLAN 30'da ama IP alamıyorlar. Sorun nerede olabilir?

${amb('source_code.snippet', f`hostname GATE-SW-02
!
enable secret 9 ${ambCat('credential', `$9$${fill('b72-c9salt', B62, 14)}$${fill('b72-c9hash', B62 + './', 43)}`)}
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Vinc-Liman!2025')}
!
interface Vlan30
 description OCR-KAMERALAR
 ip address ${amb('pii.ip_address', '10.30.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
 ip helper-address ${amb('pii.ip_address', '10.10.5.20')}
!
interface GigabitEthernet1/0/7
 switchport access vlan 3
 switchport mode access
 spanning-tree portfast
!
snmp-server community ${v('credential.network_device_secret', 'gateRW-ops77')} RW`)}

Kameralar Gi1/0/5–8 portlarında.`),

  rec('http_request', f`Customer (Kallang Logistics) says our API returns 401 right after they log in. Their integrator sent me this request from their logs, can you see anything wrong?

${amb('source_code.snippet', f`GET /v2/shipments?updated_since=2025-01-07T00:00:00Z HTTP/1.1
Host: api.quillstack.io
Authorization: Bearer ${v('credential.jwt', JWT_SG)}
Accept: application/json
X-Org-Id: org_kallang_logistics`)}

Response was {"error":"token_expired"} but they swear it was issued a minute earlier. Timezone thing on their side maybe? They're in Singapore, UTC+8.`),

  rec('email_de_ch', f`Kannst du diesen Text kürzer und formeller machen?

Grüezi Herr Meier

Für den Austausch der Records (Back-to-Birth-Traces und LLP-Status für MSN 41288) richten wir Ihnen einen SFTP-Zugang ein:
Host: sftp.aerlinq.ch (${amb('pii.ip_address', '185.17.204.61')}), Port 22
Benutzer: lessee_alpenair
Passwort: ${v('credential.password_in_prose', 'Rueckgabe-A320!Zrh')}
Bitte bestätigen Sie uns den Empfang telefonisch und ändern Sie das Passwort bei der ersten Anmeldung.

Freundliche Grüsse
Reto Brunner, Technical Asset Management`),

  rec('gcp_sa_sv', f`Hej! Vi försöker synka elevkonton från SchoolSoft till Google Workspace med ett servicekonto, men får "unauthorized_client". Här är nyckelfilen som IT-konsulten skickade:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "internatet-elevsync",
  "private_key_id": "${fill('b72-gsaid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GSA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'elevsync@internatet-elevsync.iam.gserviceaccount.com')}",
  "client_id": "104839271650382917463",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'elevsync%40internatet-elevsync.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Behöver vi domänomfattande delegering i adminkonsolen, och vilka scopes ska vi i så fall ange?`),

  rec('shell_fr_be', f`Bonjour, depuis ce matin le script d'export des dossiers du CPAS plante. Voici la session sur le serveur :

${amb('source_code.snippet', f`$ mysql -h db-cpas.intra -u export_dossiers -p'${v('credential.mysql_cli_password', 'Meuse&Sambre-2025')}' dossiers_sociaux -e "SELECT COUNT(*) FROM aides WHERE statut='ouvert'"
ERROR 1045 (28000): Access denied for user 'export_dossiers'@'${amb('pii.ip_address', '172.16.8.41')}' (using password: YES)`)}

Le mot de passe a été changé par l'informatique communale la semaine dernière mais le script n'a pas été mis à jour, je crois. Comment éviter de mettre le mot de passe dans la ligne de commande ?`),

  rec('chat_hi', f`नमस्ते, हमारे SaaS के ट्रांज़ैक्शनल ईमेल (पासवर्ड रीसेट, इनवॉइस) कल रात से नहीं जा रहे। SendGrid की API key यह है: ${v('credential.sendgrid_api_key', tok('SG.', fill('b72-sg1', B64URL, 22), '.', fill('b72-sg2', B64URL, 43)))}
Activity feed में कुछ नहीं दिख रहा। क्या यह key restricted है? Mail Send permission कैसे चेक करूँ? Support टीम पर ग्राहकों के कॉल आ रहे हैं।`),

  rec('code_powershell', f`Kia ora, this script syncs new boarders from our SMS into Entra ID groups for the boarding houses. It worked last term, now it says AADSTS7000222. Did the secret expire?

${code(f`$tenantId = "b3d81f42-6c07-4e1a-9a55-2f8e7c1d0b63"
$clientId = "5e92a0c7-18d4-4b3f-8c61-d07f3e2a9b14"
$clientSecret = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token

Import-Csv .\\boarders_T1.csv | ForEach-Object {
    $group = "Boarding-$($_.House)"
    Write-Host "Adding $($_.Upn) to $group"
}`)}

If it did, how do I make a new one and where should I keep it so it isn't in the script?`),

  rec('chat_el', f`Καλημέρα, θέλω να στείλω οδηγίες στον τεχνικό του κατασκευαστή για απομακρυσμένη πρόσβαση στους γερανούς της πλατείας (RTG 4 και 7). VPN: vpn.olp-yard.gr, χρήστης: rtg_service, κωδικός: ${v('credential.password_in_prose', 'Gerano$Pir2025')}. Μπορείς να το γράψεις σε επίσημο email στα αγγλικά; Η πρόσβαση ισχύει μόνο μέχρι την Παρασκευή.`),

  rec('npmrc_uk', f`Привіт! У CI не встановлюються наші приватні пакети з реєстру (наприклад @quillstack/ui-kit), а локально все працює. Ось .npmrc з репозиторію:

${amb('source_code.snippet', f`@quillstack:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Помилка: npm ERR! 404 Not Found - GET https://registry.npmjs.org/@quillstack%2fui-kit. Токен типу Automation.`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('chat_he', f`היי, אני צריך לחבר את מערכת ניהול המסמכים של החכירות ל-Azure Blob. זה ה-connection string שקיבלתי מה-IT:
DefaultEndpointsProtocol=https;AccountName=aerlinqleasedocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
איך אני שומר אותו בצורה בטוחה ב-Key Vault ומושך אותו מהקוד ב-C#?`),

  rec('chat_ar_eg', f`ازيك، عايز أبعت رسايل واتساب للعملاء لما التذكرة بتاعتهم تتقفل في السيستم. ده الـ Account SID: ${v('credential.twilio_account_sid', TWILIO_SID)} والـ Auth Token: ${v('credential.twilio_auth_token', TWILIO_TOKEN)}
ممكن تكتبلي كود Node.js بسيط يبعت رسالة بالقالب المعتمد بتاعنا؟ القالب اسمه ticket_closed_ar.`),

  rec('yaml_fa', f`سلام، این فایل تنظیمات سرویس ارسال ایمیل تأیید سفارش لابراتوار است. از دیروز ایمیل‌ها برای دندانپزشک‌ها ارسال نمی‌شوند و خطای 535 می‌گیریم. لطفاً بررسی کن مشکل کجاست:

${amb('source_code.snippet', f`mailer:
  host: smtp.lab-parsdent.ir
  port: 587
  starttls: true
  username: ${v('pii.email', 'orders@lab-parsdent.ir')}
  password: ${v('credential.password_assignment', 'Rokhsar!1403dent')}
  from_name: "لابراتوار پارس‌دنت"
  templates:
    order_confirmed: templates/order_confirmed_fa.html`)}

رمز عبور را هفتهٔ پیش در پنل ایمیل عوض کردیم.`),

  rec('chat_vi', f`Mình đang kết nối service tính phí lưu bãi (storage billing) với MongoDB Atlas nhưng cứ bị timeout. Connection string: mongodb+srv://yard_billing:${v('credential.database_url_password', 'CangCatLai-88x')}@cluster0.x7k2p.mongodb.net/yard?retryWrites=true&w=majority
Có phải do IP của server chưa được whitelist không? Server chạy ở data center của cảng.`),

  rec('chat_th', f`ช่วยเขียนอีเมลแจ้งครูประจำหอพักคนใหม่หน่อยครับ ระบบ Moodle ของโรงเรียน ชื่อผู้ใช้ kru.somchai รหัสผ่านชั่วคราวคือ ${v('credential.password_in_prose', 'Hopak@2568new')} กรุณาเปลี่ยนรหัสผ่านหลังเข้าสู่ระบบครั้งแรก และอย่าแชร์ให้นักเรียน ขอภาษาสุภาพนะครับ`),

  rec('curl_ms', f`Boleh tolong semak kenapa arahan ni pulangkan 401? Kami guna Mailgun untuk hantar e-mel invois kepada pelanggan syarikat.

${amb('source_code.snippet', f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/mg.quillstack.io/messages \\
  -F from='Quillstack Billing <${v('pii.email', 'billing@mg.quillstack.io')}>' \\
  -F to=${v('pii.email', 'finance@tekstil-mutiara.com.my')} \\
  -F subject='Invois Januari 2025' \\
  -F text='Sila lihat invois yang dilampirkan.'`)}

Domain dah verified dalam dashboard.`),

  rec('http_da', f`Hej, vores integration til lejerportalen afviser forespørgslen med 403, selvom brugeren virker i browseren. Her er requesten fra loggen:

${amb('source_code.snippet', f`POST /api/v1/utilisation-reports HTTP/1.1
Host: portal.nordlease-partner.dk
Content-Type: application/json
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}

{"msn": 38114, "period": "2024-12", "flight_hours": 311.4, "cycles": 142}`)}

Skal vi bruge OAuth i stedet for Basic? Kan du omskrive kaldet i Python?`),

  rec('chat_no', f`Hei! Jeg setter opp et Datadog-dashboard for kranene (STS og RTG) på terminalen. API-nøkkel: ${v('credential.datadog_api_key', DD_API)}, application key: ${v('credential.datadog_app_key', DD_APP)}. Hvordan lager jeg en monitor som varsler vaktlaget når spreader-feil overstiger 5 per time? Vi bruker datadoghq.eu.`),

  rec('chat_ro', f`Bună, am creat contul pentru asistenta socială nouă în aplicația de dosare a Direcției. Utilizator: m.ionescu, parola temporară: ${v('credential.password_in_prose', 'Dosar!Sector4-25')}. Scrie-mi te rog un e-mail scurt și politicos în care îi explic cum se loghează din rețeaua primăriei și că trebuie să schimbe parola la prima autentificare.`),

  rec('terraform_bg', f`Здравей, искам да преместим демо средата на нашия SaaS в DigitalOcean. Ето terraform файла, но plan гърми с 401 Unable to authenticate you:

${amb('source_code.snippet', f`terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "demo" {
  name   = "qs-demo-fra1"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Токенът е създаден вчера с права Read и Write.`),

  rec('chat_lt', f`Sveiki, frezavimo staklių kompiuteris kas naktį daro atsargines kopijas į SFTP serverį. Štai raktas, kurį radau aplanke C:\\Users\\cam\\.ssh\\id_ed25519 — ar jis tinkamo formato WinSCP programai, ar reikia konvertuoti?

${v('credential.openssh_private_key', OSSH)}

Serverio administratorius sako, kad viešasis raktas jau įkeltas.`),

  rec('shell_lv', f`Sveiki! Mēģinu nolasīt termināļa vārtu OCR konfigurāciju no Vault, bet saņemu "permission denied". Lūk, ko darīju:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.rigas-terminals.lv:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/gate/ocr
Error reading secret/data/gate/ocr: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Kādai politikai jābūt piesaistītai šim tokenam?`),

  rec('chat_et', f`Tere! Tahan klienditoe piletid Linearist automaatselt Notioni andmebaasi sünkroonida, et müügimeeskond näeks, mis klientidel pooleli on. Linear API võti: ${v('credential.linear_api_key', LINEAR)}, Notioni integratsiooni token: ${v('credential.notion_token', NOTION)}. Kirjuta palun Node.js skript, mis seda iga 10 minuti järel teeb ja ei loo duplikaate.`),

  rec('chat_sl', f`Živjo, napiši prosim kratko obvestilo za dijake v domu: novo geslo za Wi-Fi omrežje "Dijaski-dom-Gost" je ${v('credential.password_in_prose', 'Lipa2025!dom')}, staro geslo preneha delovati v ponedeljek ob 7.00. Naj bo prijazno in naj omeni, da gesla ne delijo z obiskovalci.`),

  rec('gha_yaml', f`Can you review this workflow? It builds the AI "reply suggestions" feature for our support inbox. Tests pass locally but the eval step fails in CI with an auth error.

${amb('source_code.snippet', f`name: reply-suggestions-eval
on:
  pull_request:
    paths: ["services/suggest/**"]
jobs:
  eval:
    runs-on: ubuntu-latest
    env:
      ANTHROPIC_API_KEY: ${v('credential.anthropic_api_key', ANTHROPIC)}
      HF_TOKEN: ${v('credential.huggingface_token', HF)}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r services/suggest/requirements.txt
      - run: python services/suggest/eval.py --dataset quillstack/support-replies-sample --limit 200`)}

I know the keys should be in secrets, I'm moving them after this works.`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਲੈਬ ਦੇ ਆਰਡਰਾਂ ਵਾਲੇ Gmail ਲਈ ਮੈਂ ਨਵਾਂ app password ਬਣਾਇਆ ਹੈ: ${v('credential.password_in_prose', 'qzvt mbrk hwel xpnd')}. ਇਸਨੂੰ Thunderbird ਵਿੱਚ ਕਿਵੇਂ ਪਾਵਾਂ? ਪੁਰਾਣਾ ਪਾਸਵਰਡ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ ਅਤੇ ਡਾਕਟਰਾਂ ਦੇ ਕ੍ਰਾਊਨ ਵਾਲੇ ਆਰਡਰ ਰੁਕੇ ਹੋਏ ਹਨ।`),

  rec('chat_te', f`మా సపోర్ట్ టీమ్ Postman collection ని ప్రతి రాత్రి CI లో రన్ చేయాలి. నా Postman API key ఇది: ${v('credential.postman_api_key', POSTMAN)}
దీన్ని GitHub secrets లో ఎలా పెట్టాలి? newman కమాండ్ కూడా రాసి ఇవ్వండి, రిపోర్ట్ HTML లో కావాలి.`),

  rec('shell_kn', f`ನಮ್ಮ ಟರ್ಮಿನಲ್ ಗೇಟ್ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಸಾಫ್ಟ್‌ವೇರ್ repo clone ಆಗುತ್ತಿಲ್ಲ. ನಾನು ಈ ಕಮಾಂಡ್ ಬಳಸಿದೆ:

${amb('source_code.snippet', f`git clone https://yardops:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/kbct-terminal/gate/_git/truck-appointments`)}

"Authentication failed" ಅಂತ ಬರುತ್ತಿದೆ. PAT expire ಆಗಿದೆಯಾ ಅಥವಾ scope ಸರಿಯಿಲ್ಲವಾ? ದಯವಿಟ್ಟು ಕನ್ನಡದಲ್ಲಿ ವಿವರಿಸಿ.`),

  rec('chat_gu', f`અમારી ડેન્ટલ લેબના Shopify સ્ટોરમાંથી (ક્લિનિક માટે આર્ટિક્યુલેટર અને ઇમ્પ્રેશન ટ્રે વેચીએ છીએ) ઓર્ડર Google Sheet માં લાવવા છે. Admin API access token ${v('credential.shopify_access_token', SHOPIFY)} છે. Apps Script નો કોડ લખી આપો જે દર કલાકે નવા ઓર્ડર ખેંચે.`),

  rec('chat_mr', f`नमस्कार, नवीन समाजसेवक कर्मचाऱ्यासाठी महापालिकेच्या लाभार्थी पोर्टलचा लॉगिन तयार केला आहे. युजरनेम: ssd.patil आणि तात्पुरता पासवर्ड ${v('credential.password_in_prose', 'Samaj@Seva2025')} आहे. हे सांगणारा एक छोटा औपचारिक ई-मेल मराठीत लिहून द्या, आणि पहिल्या लॉगिनला पासवर्ड बदलायला सांगा.`),

  rec('chat_km', f`សួស្តី! ខ្ញុំត្រូវការសរសេរការណែនាំសម្រាប់គ្រូយាមអន្តេវាសិកដ្ឋាន ដើម្បីមើលកាមេរ៉ាសុវត្ថិភាពនៅពេលយប់។ NVR: http://${amb('pii.ip_address', '192.168.20.15')}:8000 ឈ្មោះអ្នកប្រើ admin ពាក្យសម្ងាត់ ${v('credential.password_in_prose', 'Kampuchea#Cam9')} ។ សូមសរសេរជាជំហានៗ ជាភាសាខ្មែរ ហើយកុំឲ្យសិស្សដឹងពាក្យសម្ងាត់។`),

  rec('chat_my', f`မင်္ဂလာပါ။ ဆိပ်ကမ်း gate camera ဓာတ်ပုံတွေကို FTP server ကို အလိုအလျောက် upload လုပ်ဖို့ script လိုချင်ပါတယ်။ လက်ရှိ သုံးနေတဲ့ link က ftp://gatecam:${v('credential.url_password', 'Thilawa!Gate7')}@ftp.yangon-terminal.com.mm/incoming ပါ။ Python နဲ့ ရေးပေးပါ၊ ပြီးရင် upload ပြီးတဲ့ ဖိုင်တွေကို ဖျက်ပေးပါ။`),

  rec('chat_zh_tw', f`您好，承租的航空公司要求我們用 SFTP 傳送維修紀錄與交機文件，我們 IT 給了這把私鑰，但 FileZilla 說格式不支援。請問要怎麼轉換成 PPK？

${v('credential.private_key', RSA_KEY)}

另外這把鑰匙放在共用資料夾安全嗎？`),

  rec('code_js_yue', f`喂，我哋個 Stripe webhook 成日話 signature verification failed，幫手睇下啲 code 有咩問題？本地用 stripe listen 就冇事。

${code(f`const express = require('express');
const Stripe = require('stripe');
const stripe = Stripe(process.env.STRIPE_KEY);
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

const app = express();
app.use(express.json());

app.post('/webhooks/stripe', (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  if (event.type === 'invoice.paid') markPaid(event.data.object.customer);
  res.json({ received: true });
});`)}

係咪 express.json() 嘅問題？`),

  rec('chat_yo', f`E kaaro o. Jọwọ ran mi lọwọ lati kọ ifiranṣẹ kukuru si awọn obi ọmọ tuntun ni ile-iwe wa (boarding). Orukọ olumulo fun portal awọn obi ni adebayo.f, ọrọ igbaniwọle igba diẹ ni ${v('credential.password_in_prose', 'Ibadan#Obi2025')}. Wọn gbọdọ yi pada nigbati wọn ba wọle fun igba akọkọ. Kọ ọ ni Yoruba ati Gẹẹsi.`),

  rec('chat_ha', f`Sannu. Ina so ka taimaka min in rubuta sanarwa ga direbobin manyan motoci a tashar kwantena. Kiosk na ƙofar shiga yanzu yana buƙatar shiga: sunan mai amfani gate_kiosk3, kalmar sirri ${v('credential.password_in_prose', 'Kano-Kiosk!58')}. Amma direbobi kada su taɓa wannan, mai gadi ne kawai zai shiga. Ka rubuta a Hausa mai sauƙi.`),

  rec('chat_zu', f`Sawubona. Ngizama ukuxhuma i-chatbot yethu yokusekela amakhasimende ku-Groq API kodwa ngithola iphutha elithi 401 Invalid API Key. Ukhiye wami yilo: ${v('credential.groq_api_key', GROQ)}
Ngicela ungisize ngithole ukuthi yini engalungile. Ngisebenzisa i-Python ne-library ye-groq.`),

  rec('code_python', f`This is the little script that emails the monthly maintenance-reserve statements to lessees. Two lessees say they got nothing in December. Anything obviously wrong?

${code(f`import smtplib, ssl
from email.message import EmailMessage
import sentry_sdk

sentry_sdk.init(dsn="${v('credential.sentry_dsn', SENTRY_DSN)}", traces_sample_rate=0.1)

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "${v('pii.email', 'statements@aerlinq.ie')}"
SMTP_PASSWORD = "${v('credential.password_assignment', 'Shannon-Reserve-2024!')}"

def send(statement):
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = statement.lessee_contact
    msg["Subject"] = f"MR statement {statement.msn} {statement.period}"
    msg.add_attachment(statement.pdf, maintype="application", subtype="pdf", filename=statement.filename)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(SMTP_USER, SMTP_PASSWORD)
        s.send_message(msg)`)}`),

  rec('k8s_es', f`Hola, el pod de la app de citas previas de servicios sociales no arranca, sale CreateContainerConfigError. Este es el secret que aplicamos:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: citas-sociales
  namespace: ayto-servicios
type: Opaque
stringData:
  DB_USER: citas_app
  DB_PASSWORD: "${v('credential.password_assignment', 'Retiro_Citas#2025')}"
  SMTP_PASSWORD: "${v('credential.password_assignment', 'Buzon-Cita-77')}"`)}

Y en el deployment referencio la clave db-password. ¿Es eso?`),

  rec('chat_pt_pt', f`Olá, preciso de criar um registo DNS para o novo portal de locatários (as companhias aéreas que têm aviões nossos). O token da API da Cloudflare que o fornecedor me deu é ${v('credential.cloudflare_api_token', CF_TOKEN)}. Consegues escrever o comando curl para criar um registo CNAME portal → lessee-portal.azurewebsites.net na zona aerlinq.pt?`),

  rec('notebook', f`In [3]:
${code(f`import requests, pandas as pd

DATABRICKS_HOST = "https://adb-3318204957261480.12.azuredatabricks.net"
DATABRICKS_TOKEN = "${v('credential.databricks_token', DATABRICKS)}"

resp = requests.post(
    f"{DATABRICKS_HOST}/api/2.0/sql/statements",
    headers={"Authorization": f"Bearer {DATABRICKS_TOKEN}"},
    json={"warehouse_id": "8c2f41d9e07b3a65", "statement": "SELECT account_id, arr, churn_risk FROM sales.accounts_scored"},
)
df = pd.DataFrame(resp.json()["result"]["data_array"], columns=["account_id", "arr", "churn_risk"])`)}

KeyError: 'result'

how do I wait for the statement to finish? the docs mention polling but I can't find the endpoint`),

  rec('chat_fr_sn', f`Bonjour, je suis superviseur à la porte principale du terminal. Le compte Navis N4 de l'équipe de nuit est bloqué depuis 2 h du matin et les camions attendent. Identifiant : gate_nuit2, mot de passe : ${v('credential.password_in_prose', 'Teranga!Quai3')}. Peux-tu m'aider à rédiger un message à l'équipe informatique pour le débloquer rapidement ? Merci, on a 60 camions devant la barrière.`),

  rec('json_de', f`Unser Build-Server kann seit heute keine Images mehr aus der privaten Registry ziehen ("unauthorized"). Das ist die ~/.docker/config.json vom Jenkins-Agent:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.quillstack.io": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Hat jemand das Passwort vom ci-bot geändert? Wie prüfe ich das, ohne das Passwort im Klartext zu sehen?`),

  rec('chat_ar_ma', f`سلام خويا، بغيت نكتب ميساج للسائقين ديال الكاميونات باش يدخلو للبورطاي ديال الرونديفو ف الميناء. l'identifiant howa transport_atlas و le mot de passe dyalo ${v('credential.password_in_prose', 'Tanja#Rdv2025')}. كتبهالي بالدارجة وبالفرنسية، وقولهم ما يعطيوهش لشي واحد آخر.`),
];

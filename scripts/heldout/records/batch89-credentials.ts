/**
 * Held-out batch 89: credentials pasted by staff of a veterinary hospital group (exotic-animal ward),
 * a grid operator's outage desk, a student-loan servicer, a documentary production company, a
 * specialty chemicals distributor and a city civil registry office. Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b89-akia', B32, 16));
const AKIA_SECRET = fill('b89-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b89-akia2', B32, 16));
const AKIA2_SECRET = fill('b89-akia2s', B64, 40);
const GHP = gh('ghp', 'Tq3Vn8Lw1Rc6Zk4Xb9Mh2Ps7Jd5Gy0');
const GHO = gh('gho', 'Wm5Kp2Hx8Nc1Rt6Vz3Lq9Bs4Fd7Ya0');
const GH_FG = tok('github_pat_', '11B', fill('b89-ghfg1', UPPER + DIGITS, 19), '_', fill('b89-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b89-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2847193650', '4-', '7391842650173-', fill('b89-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b89-slt', UPPER + DIGITS, 8), '/B0', fill('b89-slb', UPPER + DIGITS, 9), '/', fill('b89-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b89-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b89-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b89-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b89-oa1', B64URL, 74), 'T3BlbkFJ', fill('b89-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b89-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b89-groq', B62, 52));
const HF = tok('hf_', fill('b89-hf', LOWER + UPPER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b89-gapi', B64URL, 33));
const SENDGRID = tok('SG.', fill('b89-sg1', B64URL, 22), '.', fill('b89-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b89-mg', HEX, 32));
const TELEGRAM = tok('7391846205', ':AA', fill('b89-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249837261048573952/', fill('b89-dwh', B64URL, 68));
const TWILIO_SID = tok('AC', fill('b89-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b89-twtok', HEX, 32);
const VAULT = tok('hvs.', fill('b89-vault', B64URL, 91));
const DATABRICKS = tok('dapi', fill('b89-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b89-do', HEX, 64));
const SENTRY_DSN = tok('https://', fill('b89-sentry', HEX, 32), '@o482917.ingest.sentry.io/4507193826');
const POSTMAN = tok('PMAK-', fill('b89-pm1', HEX, 24), '-', fill('b89-pm2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b89-lin', B62, 40));
const SHOPIFY = tok('shpat_', fill('b89-shp', HEX, 32));
const DD_API = fill('b89-ddapi', HEX, 32);
const AZ_STORAGE = tok(fill('b89-azst', B64, 86), '==');
const AZ_SECRET = tok(fill('b89-azs1', B62, 3), '8Q~', fill('b89-azs2', B62 + '_-.', 34));
const NPM = gh('npm', 'Jc7Qx2Wv9Lm4Hn1Tb6Rk3Zs8Pd5Fy0');
const HEROKU = tok('HRKU-', 'AA', fill('b89-hrku', B64URL, 58));
const CF_TOKEN = fill('b89-cftok', B64URL, 40);
const MAILCHIMP = tok(fill('b89-mc', HEX, 32), '-us14');
const DOCKER = tok('dckr_', 'pat_', fill('b89-dckr', B64URL, 27));
const NOTION = tok('ntn_', fill('b89-ntn1', DIGITS, 11), fill('b89-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b89-at1', B62, 14), '.', fill('b89-at2', HEX, 64));
const FIGMA = tok('figd_', fill('b89-figd', B64URL, 40));
const SUPABASE = tok('sbp_', fill('b89-sbp', HEX, 40));
const NRAK = tok('NRAK-', fill('b89-nrak', UPPER + DIGITS, 27));
const TFC = tok(fill('b89-tfc1', B62, 14), '.atlasv1.', fill('b89-tfc2', B62, 67));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b89-doppler', B62, 40));
const ADO_PAT = fill('b89-ado', B32LOWER, 52);
const JWT_SVC = jwt({ alg: 'RS256', typ: 'JWT', kid: 'reg-2024-07' }, { sub: 'svc-actas', aud: 'registro-civil-api', scope: 'actas:read actas:write', iat: 1726300800, exp: 1757836800 }, 'b89-jwtreg');
const JWT_GRID = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'scada-bridge', role: 'outage_writer', iat: 1727740800 }, 'b89-jwtgrid');
const BEARER = fill('b89-bearer', B62 + '-._~', 48);
const RSA = pem('RSA PRIVATE KEY', 'b89-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b89-ossh', 390);
const GCP_PEM = pem('PRIVATE KEY', 'b89-gcppem', 1216, '\\n');
const ALIBABA_ID = tok('LTAI', '5t', fill('b89-ltai', B62, 18));
const ALIBABA_SECRET = fill('b89-alisec', B62, 30);
const BASIC = b64('ingest_vet:Iguana!Ward2024');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH89_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Estoy migrando el sistema de citas de la clínica de exóticos a otro servidor. ¿Qué variables de este .env son obligatorias y cuáles puedo borrar?

${cfg(f`APP_NAME=arcaverde-citas
APP_ENV=production
DB_HOST=${amb('pii.ip_address', '10.20.4.11')}
DB_USER=citas_app
DB_PASSWORD=${v('credential.password_assignment', 'Camaleon#Pantera_2024')}
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
S3_BUCKET=arcaverde-rx-imagenes
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}`)}`),

  rec('chat_pt_br', f`Oi! o script que manda lembrete de vacina pros tutores parou de funcionar. O SendGrid devolve 403. A chave que tá no cron é ${v('credential.sendgrid_api_key', SENDGRID)} — será que expirou ou é permissão de "Mail Send"?`),

  rec('chat_de_ch', f`Grüezi, chönd Sie mir hälfe? Mis Python-Skript für d'Störigsmäldige vom Netz schickt nüt meh i Slack. Webhook isch ${v('credential.slack_webhook_url', SLACK_HOOK)} und es chunnt "invalid_token". Isch dä Hook abglaufe?`),

  rec('k8s_yaml', f`Kubernetes says my secret is invalid when I apply it, outage-map deployment:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: outage-map-secrets
  namespace: grid-ops
type: Opaque
stringData:
  MAPS_API_KEY: "${v('credential.google_api_key', GOOGLE)}"
  SCADA_BRIDGE_JWT: "${v('credential.jwt', JWT_GRID)}"
  POSTGRES_URL: "postgresql://outage_rw:${v('credential.database_url_password', 'Tr4fo-Stanica!88')}@pg-outage.internal:5432/outages"`)}

error: error parsing secret.yaml: mapping values are not allowed in this context`),

  rec('chat_pl', f`Cześć, mam problem z tokenem GitLaba w pipeline'ie do raportów spłat pożyczek studenckich. W zmiennych CI mam ${v('credential.gitlab_pat', GLPAT)} i job kończy się "HTTP Basic: Access denied". Czy token typu project access token wymaga innego username?`),

  rec('chat_ja', f`ドキュメンタリーの字幕チームで使っているGitHubのトークンです：${v('credential.github_pat', GHP)}
これをリポジトリの README に書いてしまいました。すぐに無効化する手順を教えてください。`),

  rec('npmrc', f`npm install dies with E401 on our private registry (subtitle tooling for the film team). My ~/.npmrc:

${cfg(f`@marea-films:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Is the token scope wrong?`),

  rec('chat_fr_be', f`Bonjour, pour la facturation des clients en Wallonie, notre développeur a mis la clé Stripe en dur : ${v('credential.stripe_secret_key', STRIPE_LIVE)}. Il est parti en congé. Comment je peux la révoquer sans casser les paiements de ce soir ?`),

  rec('code_python', f`Why does this webhook handler reject every event from Stripe with "No signatures found"?

\`\`\`python
${code(f`import stripe
from flask import Flask, request, abort

app = Flask(__name__)
stripe.api_key = "${v('credential.stripe_restricted_key', STRIPE_RK)}"
ENDPOINT_SECRET = "${v('credential.stripe_webhook_secret', WHSEC)}"

@app.post("/webhooks/stripe")
def hook():
    payload = request.get_json()
    sig = request.headers.get("Stripe-Signature")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except stripe.error.SignatureVerificationError:
        abort(400)
    return "", 204`)}
\`\`\``),

  rec('chat_ko', f`촬영 일정 정리용 챗봇을 만들고 있어요. OpenAI 키는 ${v('credential.openai_api_key', OPENAI)} 인데 429 에러가 계속 나요. 요금제 문제인가요, 아니면 코드 문제인가요?`),

  rec('chat_tr', f`Merhaba, kimyasal güvenlik bilgi formlarını (SDS) özetleyen bir araç yazıyoruz. Anthropic anahtarı: ${v('credential.anthropic_api_key', ANTHROPIC)} — "credit balance is too low" hatası alıyoruz ama fatura ödendi. Ne olabilir?`),

  rec('docker_compose', f`Help me split this compose file into dev and prod:

${cfg(f`services:
  lims:
    image: quimeris/lims:4.2
    environment:
      - GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
      - HF_TOKEN=${v('credential.huggingface_token', HF)}
      - REDIS_URL=redis://:${v('credential.url_password', 'Xyl3ne-Drum-47')}@redis:6379/0
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${v('credential.password_assignment', 'Xyl3ne-Drum-47')}"]`)}`),

  rec('chat_ru', f`Коллеги из диспетчерской попросили бота в Telegram для оповещений об отключениях. Токен от BotFather: ${v('credential.telegram_bot_token', TELEGRAM)}. Бот не отвечает на /start — webhook или polling использовать?`),

  rec('chat_uk', f`Привіт! Ось наш ключ Mailgun для розсилки повідомлень про реєстрацію шлюбу: ${v('credential.mailgun_api_key', MAILGUN)}. Листи падають у спам на ukr.net. Як налаштувати DKIM?`),

  rec('aws_credentials', f`Which profile will boto3 pick here when I run the backup of the registry scans?

${cfg(f`[default]
region = eu-central-1

[registro-backup]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = eu-south-2`)}`),

  rec('chat_ar_gulf', f`مرحبا، عندنا نظام حجز للعيادة البيطرية في دبي. المطوّر أرسل لي هذا التوكن للديسكورد: ${v('credential.discord_webhook_url', DISCORD_HOOK)} ، هل من الآمن نشره في القناة العامة؟ أبغى أعرف بسرعة`),

  rec('shell', f`Vault login works but reading the secret fails, any idea?

${cfg(f`$ export VAULT_ADDR=https://vault.nordlinja-grid.eu:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/outage-desk/ivr
Error reading secret/data/outage-desk/ivr: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}`),

  rec('chat_sv', f`Hej! Vi kör Databricks för att räkna avbrottsstatistik (SAIDI/SAIFI). Jag har lagt in token ${v('credential.databricks_token', DATABRICKS)} i notebooken men jobbet får 401 när det körs schemalagt. Behöver jag en service principal?`),

  rec('terraform', f`terraform plan keeps asking for the token even though I set it:

${cfg(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "screening_room" {
  image  = "ubuntu-22-04-x64"
  name   = "screening-room-01"
  region = "ams3"
  size   = "s-2vcpu-4gb"
}`)}`),

  rec('chat_it', f`Ciao, in Sentry non arrivano più gli errori dall'app dei tutori (quella per prenotare le visite ai rettili). Il DSN configurato è ${v('credential.sentry_dsn', SENTRY_DSN)}. Ho sbagliato progetto?`),

  rec('chat_nl_be', f`Dag, kan je een Postman-collectie opkuisen voor de leningenportaal-API? De API key van ons team is ${v('credential.postman_api_key', POSTMAN)}, maar ik wil niet dat die in de export terechtkomt. Hoe verwijder ik die?`),

  rec('chat_cs', f`Ahoj, integrujeme Linear s naším systémem pro správu úvěrů. Klíč ${v('credential.linear_api_key', LINEAR)} vrací "authentication required". Je potřeba ho posílat bez "Bearer"?`),

  rec('chat_sk', f`Dobrý deň, e-shop s chemikáliami pre laboratóriá beží na Shopify. Admin API token je ${v('credential.shopify_access_token', SHOPIFY)}. Potrebujem skript, ktorý vypíše všetky produkty s nebezpečnými látkami (UN číslo v metafielde).`),

  rec('datadog_yaml', f`Agent won't ship logs from the SCADA gateway, here's datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
logs_enabled: true
hostname: scada-gw-02
tags:
  - env:prod
  - team:outage-desk`)}`),

  rec('appsettings', f`Bună, aplicația de registru de stare civilă nu se mai conectează la Azure Blob. Ce e greșit aici?

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=registruactestorage;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
  },
  "AzureAd": {
    "TenantId": "8c2f41a7-93d5-4b0e-a6f1-27e9d3b8c514",
    "ClientId": "f17b2c93-4e8a-4d61-b05c-9a3e72d1c846",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  }
}`)}`),

  rec('chat_bg', f`Здравейте, опитвам се да деплойна сайта на документалния ни филм в Heroku. API ключът е ${v('credential.heroku_api_key', HEROKU)}. Командата heroku container:push казва "Invalid credentials provided". Какво пропускам?`),

  rec('chat_sr', f`Zdravo, imam Cloudflare API token ${v('credential.cloudflare_api_token', CF_TOKEN)} sa dozvolom Zone:DNS:Edit, ali ne mogu da dodam TXT zapis za domen matičnog ureda. Da li treba i Zone:Read?`),

  rec('chat_hr', f`Bok, koristimo Mailchimp za newsletter o cijepljenju kućnih ljubimaca. Ključ je ${v('credential.mailchimp_api_key', MAILCHIMP)}. Kako da sinkroniziram samo vlasnike egzotičnih životinja?`),

  rec('ci_yaml', f`GitHub Actions can't push the image for the subtitle renderer. Workflow:

${cfg(f`jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login to Docker Hub
        run: echo "${v('credential.dockerhub_pat', DOCKER)}" | docker login -u mareafilms --password-stdin
      - name: Build
        run: docker build -t mareafilms/subrender:latest .`)}

denied: requested access to the resource is denied`),

  rec('chat_et', f`Tere! Meie Notioni integratsioon ("Avariide logi") ei näe enam andmebaasi. Integratsiooni token: ${v('credential.notion_token', NOTION)}. Kas pean lehe uuesti integratsiooniga jagama?`),

  rec('chat_lt', f`Sveiki, Airtable bazėje laikome filmavimo vietų leidimus. Asmeninis prieigos raktas: ${v('credential.airtable_pat', AIRTABLE)}. Kaip per API atnaujinti lauką „Leidimo statusas"?`),

  rec('chat_fi', f`Moi, Figma-pluginimme hakee dokumenttisarjan storyboardit, mutta API vastaa 403. Token on ${v('credential.figma_token', FIGMA)}. Onko tiimitiedostoille eri oikeudet?`),

  rec('chat_da', f`Hej, vi har en Supabase-database til tidsbestilling for eksotiske dyr (slanger, fugle, skildpadder). Management token ${v('credential.supabase_token', SUPABASE)} virker i CLI'en men ikke i GitHub Actions. Hvorfor?`),

  rec('chat_is', f`Halló, New Relic sýnir engin gögn frá útkallskerfinu okkar síðan í gær. Lykillinn er ${v('credential.newrelic_key', NRAK)}. Getur verið að hann sé útrunninn?`),

  rec('chat_ga', f`Dia dhuit, tá fadhb agam le Terraform Cloud don chóras clárúcháin pósta. Seo an comhartha: ${v('credential.terraform_cloud_token', TFC)}. Deir sé "unauthorized" nuair a ritheann mé terraform login.`),

  rec('chat_eu', f`Kaixo, Doppler erabiltzen dugu erregistro zibileko aplikazioaren sekretuetarako. Service token hau ${v('credential.doppler_token', DOPPLER)} ez dabil staging-en. Zergatik?`),

  rec('chat_ca', f`Hola, la pipeline d'Azure DevOps del portal de préstecs estudiantils falla en el pas de restore. El PAT és ${v('credential.azure_devops_pat', ADO_PAT)} i té permís de Packaging (Read). Què falta?`),

  rec('http', f`Ao chamar a API de emissão de certidões de casamento recebo 401. Pedido:

${cfg(f`POST /v2/actas/matrimonio HTTP/1.1
Host: api.registro-valdemora.gob.mx
Authorization: Bearer ${v('credential.jwt', JWT_SVC)}
Content-Type: application/json

{"folio":"MAT-2024-03817","tipo":"certificada"}`)}

O token foi gerado ontem.`),

  rec('curl', f`Δουλεύει αυτό το curl για το API των διακοπών ρεύματος; Μου βγάζει 403.

${cfg(f`curl -s https://api.nordlinja-grid.eu/v1/outages?region=attica \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "Accept: application/json"`)}`),

  rec('nginx', f`Proxy to the vet imaging ingest service keeps returning 401:

${cfg(f`location /ingest/ {
    proxy_pass http://${amb('pii.ip_address', '10.40.2.15')}:8080/;
    proxy_set_header Authorization "Basic ${v('credential.basic_auth_header', BASIC)}";
    proxy_set_header Host $host;
}`)}`),

  rec('pem', f`Bu SSH anahtarı sunucuda "invalid format" veriyor, satır sonları mı bozuk?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('chat', f`our legacy SFTP for the chemical SDS archive uses this key, can you convert it to PPK?

${v('credential.private_key', RSA)}`),

  rec('gcp_json', f`Service account for the outage map's BigQuery export; what role does it minimally need to read the "outages" dataset?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nordlinja-outage-map",
  "private_key_id": "${fill('b89-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'bq-export@nordlinja-outage-map.iam.gserviceaccount.com')}",
  "client_id": "104827391846205738194",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40nordlinja-outage-map.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_vi', f`Chào bạn, mình dùng Alibaba Cloud OSS để lưu footage phim tài liệu. AccessKey ID: ${v('credential.alibaba_access_key_id', ALIBABA_ID)}, Secret: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}. Upload file 40GB bị timeout, nên dùng multipart thế nào?`),

  rec('chat_id', f`Halo, tolong bantu. Password database sistem pinjaman mahasiswa kami adalah ${v('credential.password_in_prose', 'Kopi!Tubruk_2025')} dan saya lupa apakah user-nya "loan_ro" atau "loan_app". Bagaimana cek user yang ada di PostgreSQL?`),

  rec('chat_tl', f`Hi po, sabi ng IT ang password ko sa registry portal ay ${v('credential.password_in_prose', 'Kasal2024!Maynila')} pero ayaw mag-login. Case-sensitive ba ito?`),

  rec('shell', f`mysqldump schedule for the chemicals ERP — will this leak the password in ps output?

${cfg(f`0 2 * * * mysqldump -h db-erp.quimeris.local -u backup -p${v('credential.mysql_cli_password', 'Sulf@te_9931')} erp_prod | gzip > /backup/erp_$(date +\\%F).sql.gz`)}`),

  rec('cisco', f`Nettverksteamet ba meg rydde i denne konfigen fra ruteren på transformatorstasjonen. Hva gjør linjene?

${cfg(f`hostname TS-BERGEN-07
!
username netops privilege 15 secret 9 ${amb('credential.network_device_secret', `$9$${fill('b89-c9a', B62 + './', 14)}$${fill('b89-c9b', B62 + './', 43)}`)}
!
snmp-server community ${v('credential.network_device_secret', 'Fjordkraft-RW-77')} RW 10
tacacs-server host ${amb('pii.ip_address', '10.91.0.5')} key 0 ${v('credential.network_device_secret', 'Tac4cs!Ringvei')}`)}`),

  rec('chat_zh_hans', f`你好，我们的化学品仓库管理系统用这个连接字符串连 SQL Server：Server=tcp:wms-sql.quimeris.cn,1433;Database=wms;User ID=wms_app;Password=${v('credential.connection_string_password', 'Huaxue#Cangku88')};Encrypt=True; 报错 "Login failed for user"，密码对不对我不确定。`),

  rec('chat_zh_hant', f`請問這段登入資訊有沒有問題？紀錄片剪輯室 NAS：帳號 editor02 / 密碼 ${v('credential.user_password_pair', 'Tainan_Film#417')}，SMB 掛載一直失敗。`),

  rec('chat_hi', f`नमस्ते, हमारी पशु चिकित्सा लैब का LIS सर्वर SSH पर लॉगिन नहीं हो रहा। कमांड यह है: ${cfg(f`sshpass -p '${v('credential.cli_password', 'Gecko@Lab#204')}' ssh labadmin@${amb('pii.ip_address', '10.12.8.40')}`)} — "Permission denied" आता है। क्या करूँ?`),

  rec('chat_th', f`สวัสดีค่ะ ระบบแจ้งไฟดับของเราส่ง SMS ผ่าน Twilio ค่ะ Account SID ${v('credential.twilio_account_sid', tok('AC', fill('b89-twsid2', HEX, 32)))} Auth Token ${v('credential.twilio_auth_token', fill('b89-twtok2', HEX, 32))} ส่งไปเบอร์ไทยไม่ได้เลย ต้องขอ sender ID ไหมคะ`),

  rec('chat_he', f`היי, יש לי טוקן OAuth של GitHub מהאפליקציה הפנימית של מחלקת ההלוואות: ${v('credential.github_oauth_token', GHO)}. איך אני בודק לאילו scopes הוא מורשה?`),

  rec('chat_fa', f`سلام، توکن دسترسی دقیق گیت‌هاب برای مخزن فیلم مستند: ${v('credential.github_fine_grained_pat', GH_FG)} ولی push خطای 403 می‌دهد. مجوز Contents را داده‌ام.`),

  rec('ini', f`Na de update van de boekhoudkoppeling voor de chemicaliëndistributie krijgen we "auth failed". Dit is config.ini:

${cfg(f`[ftp_export]
host = ftp.quimeris-chem.com
user = exact_sync
password = ${v('credential.password_assignment', 'Tolueen&Vat2024')}
remote_dir = /exports/daily`)}`),

  rec('chat_kk', f`Сәлеметсіз бе! Неке тіркеу бөлімінің порталына кіру үшін логин: registrar_aq, құпия сөз: ${v('credential.password_in_prose', 'Aqtobe!Neke2025')}. Порталға кірсем "сессия аяқталды" дейді. Не істеуім керек?`),
  rec('chat_ms', f`Hai, bot Slack untuk amaran gangguan bekalan elektrik tidak dapat menghantar mesej ke saluran #bilik-kawalan. Token bot: ${v('credential.slack_bot_token', SLACK_BOT)}. Ralat "not_in_channel". Apa yang perlu saya buat?`),
];

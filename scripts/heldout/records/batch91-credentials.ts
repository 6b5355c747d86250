/**
 * Held-out batch 91: credentials pasted by staff of a funeral-home chain and crematorium, a freight-rail
 * dispatch office, a P2P lending collections team, a university hospital radiology department, a ski
 * resort's ticketing and rental shop and a municipal election office. Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b91-akia', B32, 16));
const AWS_SECRET = fill('b91-awssec', B64, 40);
const ASIA = tok('ASIA', fill('b91-asia', B32, 16));
const ASIA_SECRET = fill('b91-asiasec', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b91-awssess', B64, 320));
const GHP = gh('ghp', 'Kd7Lm2Qx9Rt4Wz8Np1Vc6Hs3Jf5Gy0');
const GHO = gh('gho', 'Tb4Ns8Xq2Lm7Vk1Rz5Wc9Pd3Hj6Fy0');
const GHS = gh('ghs', 'Mw2Qe7Rn4Tz9Yx1Lc5Vb8Kd3Hj6Gp0');
const GH_FINE = tok('github_pat_', '11B', fill('b91-ghf1', UPPER + DIGITS, 19), '_', fill('b91-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b91-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5830194726', '3-', '7719402856134-', fill('b91-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b91-shk1', UPPER + DIGITS, 9), '/B0', fill('b91-shk2', UPPER + DIGITS, 9), '/', fill('b91-shk3', B62, 24));
const STRIPE_LIVE = tok('sk_live_', '51', fill('b91-sklive', B62, 97));
const STRIPE_RK = tok('rk_live_', '51', fill('b91-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b91-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b91-oai1', B64URL, 74), 'T3BlbkFJ', fill('b91-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b91-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b91-groq', B62, 52));
const HF = tok('hf_', fill('b91-hf', B62, 34));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b91-gkey', B64URL, 33));
const SENDGRID = tok('SG.', fill('b91-sg1', B64URL, 22), '.', fill('b91-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b91-mg', HEX, 32));
const TWILIO_SID = tok('AC', fill('b91-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b91-twtok', HEX, 32);
const TELEGRAM = tok('7391846205', ':AA', fill('b91-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1238840172395610244', '/', fill('b91-dhook', B64URL, 68));
const TEAMS_HOOK = tok('https://vinterfjell.webhook.office.com/webhookb2/', '7c1e9a42-3b85-4d07-a6f2-1e9d3c8b5a74@4f2b8d61-9c07-4e3a-b5d1-8a6c2e9f3b17/IncomingWebhook/', fill('b91-teams1', HEX, 32), '/', 'a3d7e2c9-6b14-48f0-9e25-7c1b4d8a3f62/', 'V2', fill('b91-teams2', B64URL, 43));
const NPM = gh('npm', 'Hq3Lx8Rv1Tm6Yn4Kc9Wz2Pb7Ds5Fj0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b91-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b91-dckr', B64URL, 27));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b91-atl', B64URL, 171), '=', fill('b91-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b91-ntn1', DIGITS, 11), fill('b91-ntn2', B62, 35));
const SENTRY_DSN = tok('https://', fill('b91-sdsn', HEX, 32), '@o4507382.ingest.de.sentry.io/4507391846', '2');
const DD_API = fill('b91-ddapi', HEX, 32);
const DD_APP = fill('b91-ddapp', HEX, 40);
const VAULT = tok('hvs.', fill('b91-vault', B62, 90));
const DATABRICKS = tok('dapi', fill('b91-dbx', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b91-do', HEX, 64));
const SHOPIFY = tok('shpat_', fill('b91-shpat', HEX, 32));
const SQUARE = tok('EAAA', fill('b91-square', B64URL, 60));
const LINEAR = tok('lin_api_', fill('b91-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b91-pm1', HEX, 24), '-', fill('b91-pm2', HEX, 34));
const OKTA = tok('00', fill('b91-okta', B62 + '-_', 40));
const CF_TOKEN = fill('b91-cftok', B62 + '-_', 40);
const AZ_STORAGE = tok(fill('b91-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b91-azcs1', B62, 3), '8Q~', fill('b91-azcs2', B62 + '~._-', 34));
const SAS_SIG = `${fill('b91-sas1', B62, 16)}%2B${fill('b91-sas2', B62, 12)}%2F${fill('b91-sas3', B62, 11)}%3D`;
const TFC = tok(fill('b91-tfc1', B62, 14), '.atlasv1.', fill('b91-tfc2', B62, 67));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b91-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const JWT1 = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pacs-2024' }, { sub: 'rad.viewer', iss: 'https://sso.uniklinik-nord.example/realms/pacs', aud: 'ohif', exp: 1767225600, roles: ['radiologist'] }, 'b91-jwt1');
const JWT2 = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 40822, scope: 'collections:write', tenant: 'lendpeer-lt' }, 'b91-jwt2');
const BEARER = fill('b91-bearer', B62, 48);
const HEROKU = tok('HRKU-', 'AA', fill('b91-heroku', B64URL, 58));
const NETLIFY = tok('nfp_', fill('b91-netlify', B62, 36));
const VERCEL = fill('b91-vercel', B62, 24);
const SUPABASE = tok('sbp_', fill('b91-sbp', HEX, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'skiresort-maps', a: 'clx' + fill('b91-mapa', LOWER + DIGITS, 22) })).replace(/=+$/, ''), '.', fill('b91-mapbox', B64URL, 22));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b91-doppler', B62, 40));
const FIGMA = tok('figd_', fill('b91-figd', B64URL, 40));
const GCP_PEM = pem('PRIVATE KEY', 'b91-gcp', 1216, '\n');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b91-rsa', 1190);
const EC_PEM = pem('EC PRIVATE KEY', 'b91-ec', 121);
const SSH_PEM = pem('OPENSSH PRIVATE KEY', 'b91-ssh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${(b64Bytes('b91-pgp', 600).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b91-pgpcrc', B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
const B64_PK = b64(pem('PRIVATE KEY', 'b91-b64pk', 300));
const DOCKER_AUTH = b64(`dispatch-ci:${fill('b91-dockerpw', B62, 20)}`);
const BASIC = b64(`kiosk_api:${fill('b91-basicpw', B62, 18)}`);
const MISTRAL = fill('b91-mistral', B62, 32);
const COHERE = fill('b91-cohere', B62, 40);
const NRAK = tok('NRAK-', fill('b91-nrak', UPPER + DIGITS, 27));
const GLSA = tok('glsa_', fill('b91-glsa1', B62, 32), '_', fill('b91-glsa2', HEX, 8));
const AIRTABLE = tok('pat', fill('b91-at1', B62, 14), '.', fill('b91-at2', HEX, 64));
const FCM = tok('AAAA', fill('b91-fcm1', B64URL, 7), ':APA91b', fill('b91-fcm2', B64URL, 134));
const ALIBABA = tok('LTAI', fill('b91-ali', B62, 20));
const TWITTER = tok('AAAAAAAAAAAAAAAAAAAAA', fill('b91-tw1', B62, 25), '%3D', fill('b91-tw2', B62, 50));
const LANGSMITH = tok('lsv2_', 'sk_', fill('b91-ls1', HEX, 32), '_', fill('b91-ls2', HEX, 10));
const BITBUCKET = tok('ATBB', fill('b91-atbb', B62, 32));
const GOCSPX = tok('GOCSPX-', fill('b91-gocspx', B64URL, 28));
const XAI = tok('xai-', fill('b91-xai', B62, 80));
const PERPLEXITY = tok('pplx-', fill('b91-pplx', B62, 48));
const REPLICATE = tok('r8_', fill('b91-r8', B62, 37));

export const BATCH91_CREDENTIALS: DraftRecord[] = [
  rec('env_file', amb('source_code.snippet', f`# .env.production — cremation-scheduler (Lindqvist & Söner Begravningsbyrå / krematorium)
APP_ENV=production
DB_HOST=${amb('pii.ip_address', '10.20.4.17')}
DB_USER=kremsched
DB_PASSWORD=${v('credential.password_assignment', 'Urn3-Askan!vinter')}
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
S3_BUCKET=ls-ceremoni-dokument
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}`)),

  rec('chat_en_ie', f`Hi, the Teams notification from our funeral-notice site stopped posting into the Arrangements channel. This is the webhook we've in the config, is there something wrong with the format?

TEAMS_HOOK_URL=${v('credential.teams_webhook_url', TEAMS_HOOK)}

It was grand until Tuesday. We're on Power Automate too if that matters.`),

  rec('chat_no_nn', f`Hei! Eg prøver å setje opp ein Slack-bot som varslar togleiarane når ein godsvogn står på sidespor meir enn 6 timar. Boten svarar "not_authed". Her er koden:

${amb('source_code.snippet', f`import os
from slack_sdk import WebClient
client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
client.chat_postMessage(channel="#disponering-nord", text="Vogn 31 76 4552 118-3 på sidespor Dombås")`)}

Kva gjer eg feil?`),

  rec('yaml_k8s', amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: pacs-gateway
  namespace: radiologie
type: Opaque
stringData:
  ORTHANC_USER: gateway
  ORTHANC_PASSWORD: ${v('credential.password_assignment', 'Dic0m-Kn0ten#2291')}
  OIDC_CLIENT_SECRET: ${v('credential.generic_secret_assignment', fill('b91-oidc', B62, 32))}
  SENTRY_DSN: ${v('credential.sentry_dsn', SENTRY_DSN)}`)),

  rec('chat_de', f`Unser Ticket-Kiosk an der Talstation meldet seit heute früh "401 Unauthorized" beim Abruf der Tageskarten-Preise. Der Request sieht so aus:

${amb('source_code.snippet', f`GET /api/v2/tariffs?date=2025-01-18 HTTP/1.1
Host: kasse.bergbahnen-example.at
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Ist das Passwort vielleicht abgelaufen? Wie kann ich das aus dem Base64 rauslesen?`),

  rec('chat_es_pe', f`Hola, necesito que me ayudes a revisar por qué el cobro automático de cuotas atrasadas falla. El equipo de cobranzas usa esta clave de Stripe en el cron:

STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}

El error es "No such customer: cus_Q8x..." pero el cliente sí existe en el dashboard. ¿Puede ser que estemos en otra cuenta?`),

  rec('git_remote_fr_ch', f`Salut, quand je fais git push sur le dépôt du bureau électoral j'ai "remote: HTTP Basic: Access denied". Voici ma config :

[remote "origin"]
\turl = https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.ville-exemple.ch/elections/resultats-web.git
\tfetch = +refs/heads/*:refs/remotes/origin/*

Le token a été créé hier, donc il ne devrait pas être expiré ?`),

  rec('npmrc', amb('source_code.snippet', f`; ~/.npmrc on the build agent for the lift-ticket webshop
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
@skipass:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', GHP)}`)),

  rec('chat_fi', f`Moi! Tarviin apua GitHub Actionsin kanssa. Röntgenin raportointityökalun julkaisu epäonnistuu, koska "Bad credentials". Laitoin tokenin suoraan workflowiin testatakseni:

      - name: Publish
        env:
          GH_TOKEN: ${v('credential.github_fine_grained_pat', GH_FINE)}
        run: gh release create v2.3.1 dist/*.zip

Onko fine-grained tokenilla oikeudet releaseihin?`),

  rec('chat_pl', f`Cześć, piszę skrypt do windykacji, który wysyła SMS-y przypominające o racie. Twilio zwraca 20003. Dane:

account_sid = "${v('credential.twilio_account_sid', TWILIO_SID)}"
auth_token = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"

Czy auth_token powinien mieć 32 znaki? Sprawdź proszę.`),

  rec('docker_compose', amb('source_code.snippet', f`version: "3.9"
services:
  dispatch-db:
    image: postgres:16
    environment:
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Rangier-Bahnhof77')}
  dispatch-api:
    image: registry.rail-freight.example/dispatch-api:4.8.2
    environment:
      DATABASE_URL: postgres://dispatch:${v('credential.database_url_password', 'Rangier-Bahnhof77')}@dispatch-db:5432/dispatch
      REDIS_URL: redis://:${v('credential.url_password', 'kR9!wagon-q')}@redis:6379/0`)),

  rec('chat_ja', f`いつもお世話になっております。スキー場のレンタル予約システムでOpenAIのAPIを使って問い合わせ自動返信を作っています。以下のキーで429エラーが出続けます。

OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}

利用上限を確認する方法を教えてください。`),

  rec('chat_ko', f`방사선과 판독 보조 프롬프트를 테스트 중인데 Anthropic API가 401을 반환합니다.

${amb('source_code.snippet', f`curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${v('credential.anthropic_api_key', ANTHROPIC)}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json"`)}

헤더 이름이 틀린 건가요?`),

  rec('ini_cs', f`Ahoj, mám tady konfiguraci pro export volebních výsledků na web. Po migraci na nový server se nepřipojí k databázi:

${amb('source_code.snippet', f`[database]
host = db-volby.interni
port = 3306
user = volby_export
password = ${v('credential.password_assignment', 'Okrsek#4412-praha')}

[smtp]
user = noreply
pass = ${v('credential.password_assignment', 'Sc1tani-hlasu!')}`)}

Co mám zkontrolovat jako první?`),

  rec('cli_mysql_hu', f`Ezzel a paranccsal próbálok belépni a temetkezési nyilvántartó adatbázisba, de "Access denied"-et kapok:

${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '172.16.8.20')} -u gyasz_admin -p${v('credential.mysql_cli_password', 'Koszoru2024!')} temetes_nyilvantartas`)}

Lehet, hogy a felkiáltójel miatt van?`),

  rec('aws_credentials', amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', ASIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', ASIA_SECRET)}
aws_session_token = ${v('credential.aws_session_token', AWS_SESSION)}
region = eu-central-1
# ^ temporary creds from the radiology archive role, pasted from ~/.aws/credentials`)),

  rec('chat_tr', f`Merhaba, kayak kiralama dükkanı için Telegram botu yazdım; müşteri kaskı iade edince mesaj atıyor. Bot hiç cevap vermiyor:

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
bot = telebot.TeleBot(BOT_TOKEN)

Webhook mu kurmam gerekiyor yoksa polling yeterli mi?`),

  rec('chat_uk', f`Привіт! Налаштовую сповіщення для виборчої комісії в Discord, коли дільниця надсилає протокол. Вебхук:
${v('credential.discord_webhook_url', DISCORD_HOOK)}
Повідомлення приходять двічі. Чому так може бути?`),

  rec('pem_rsa', f`Can you tell me why openssl says "unable to load Private Key"? It's the key for the DICOM TLS listener on the modality worklist server:

${v('credential.private_key', RSA_PEM)}

I copied it from the Windows box, maybe CRLF?`),

  rec('chat_vi', f`Chào bạn, mình đang cấu hình GitHub OAuth cho cổng thông tin tuyển cử. Sau khi đăng nhập mình nhận được token này nhưng gọi API thì bị 401:
access_token=${v('credential.github_oauth_token', GHO)}&scope=read%3Aorg&token_type=bearer
Token này có cần làm mới không?`),

  rec('chat_id', f`Halo, tim penagihan kami pakai Mailgun buat kirim surat peringatan ke peminjam. Sekarang semua email bounce dengan "Forbidden". Konfigurasi:

MAILGUN_DOMAIN=mg.pinjam-bersama.example
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}

Apakah domainnya harus diverifikasi ulang?`),

  rec('gcp_sa_json', f`Our crematorium booking app can't upload to Cloud Storage any more. Here's the service account file, what's wrong?

${amb('source_code.snippet', f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kremasjon-booking",
  "private_key_id": "${fill('b91-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}",
  "client_email": "${amb('pii.email', 'uploader@kremasjon-booking.iam.gserviceaccount.com')}",
  "client_id": "104829371650283746193",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'uploader%40kremasjon-booking.iam.gserviceaccount.com')}"
}`)}`)}`),

  rec('chat_ru', f`Помогите разобраться: диспетчерская система грузовых перевозок отправляет метрики в Datadog, но дашборд пустой.

DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
DD_SITE=datadoghq.eu

Агент пишет "API Key invalid, dropping transaction". Ключ скопирован из личного кабинета вчера.`),

  rec('vault_session_ro_md', f`Bună, am rulat asta pe serverul de colectare și nu pot citi secretele:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.intern.example:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/colectare/sms-gateway
Error reading secret/data/colectare/sms-gateway: Code: 403`)}

Politica e greșită?`),

  rec('chat_th', f`สวัสดีครับ ระบบขายบัตรลิฟต์สกีของเราใช้ Square แต่ตอนนี้ชำระเงินไม่ผ่าน ได้ error UNAUTHORIZED
SQUARE_ACCESS_TOKEN=${v('credential.square_access_token', SQUARE)}
SQUARE_ENV=production
ต้องสร้าง token ใหม่ไหมครับ`),

  rec('chat_he', f`היי, אני מנסה להריץ סקריפט שמושך צילומי CT ממאגר Databricks של המחלקה לצורך מחקר. אני מקבל 403.
host = "https://adb-4418273650192837.7.azuredatabricks.net"
token = "${v('credential.databricks_token', DATABRICKS)}"
האם צריך הרשאה על ה-cluster או על ה-catalog?`),

  rec('ssh_key_sk', f`Potrebujem sa prihlásiť na server s cestovnými poriadkami nákladných vlakov, ale ssh stále pýta heslo. Toto je môj kľúč, je v poriadku formát?

${v('credential.openssh_private_key', SSH_PEM)}

Práva na súbore mám 600.`),

  rec('tfvars', amb('source_code.snippet', f`# terraform.tfvars — election-results CDN
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "5b0e7c2a9d4f18e36c7a1b2d3e4f5a60"
do_token             = "${v('credential.digitalocean_token', DO_TOKEN)}"
tfe_token            = "${v('credential.terraform_cloud_token', TFC)}"`)),

  rec('chat_pt_br', f`Oi! O webhook do Slack que avisa a equipe de cobrança quando um devedor promete pagamento parou. URL:
${v('credential.slack_webhook_url', SLACK_HOOK)}
Retorna "invalid_payload". Meu JSON é {"text": "Promessa de pagamento: contrato 88213"}. O que falta?`),

  rec('azure_conn_it_ch', f`Ciao, il servizio di archiviazione delle immagini radiologiche non riesce a scrivere su Azure Blob. La connection string è questa:

DefaultEndpointsProtocol=https;AccountName=radarchivioticino;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

E per il download usiamo un SAS: https://radarchivioticino.blob.core.windows.net/dicom/2025/studio.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-03-01T00:00:00Z&sig=${v('credential.azure_sas_token', SAS_SIG)}

Grazie mille.`),

  rec('chat_da', f`Hej, vi har en app-registrering i Entra ID til bedemandens bookingportal. Login fejler med AADSTS7000215. Her er vores appsettings:

${amb('source_code.snippet', f`"AzureAd": {
  "TenantId": "c3a91d7e-42b8-4f06-9e1a-7d5c8b2f4e93",
  "ClientId": "8e2f4b71-9a03-4c6d-b5e8-1f7a3c9d2e60",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
}`)}

Er det secret-værdien eller secret-ID'et jeg skal bruge?`),

  rec('prose_password_ga', f`Ticket #7712 – Ski-hire till login
User: front desk, Lodge 2
Message: "The till in the rental shop won't accept my login since the update. My username is aoife.rental and my password is ${v('credential.password_in_prose', 'Pist3Blue!88')} — I've tried three times and now it says locked. Can you reset it before the 8am rush?"`),

  rec('chat_ka', f`გამარჯობა! საარჩევნო ოფისის სერვერზე PostgreSQL-ის backup სკრიპტი ვერ უკავშირდება ბაზას. ბრძანება:

${amb('source_code.snippet', f`PGPASSWORD=${v('credential.cli_password', 'Archevnebi-2024!')} pg_dump -h ${amb('pii.ip_address', '10.1.0.44')} -U cesko_backup -d votes > /backup/votes.sql`)}

რა შეიძლება იყოს პრობლემა?`),

  rec('jwt_log', f`2025-01-14T07:12:44.118Z WARN  ohif-viewer  token rejected: exp in past
  Authorization: Bearer ${v('credential.jwt', JWT1)}
  remote=${amb('pii.ip_address', '10.40.2.18')} study=1.2.840.113619.2.55.3.604688119.868.1736838412.117`),

  rec('chat_sw_ke', f`Hi team, the collections dashboard is calling our internal scoring API and getting 401. Nimejaribu kubadilisha header lakini bado. Request:

${amb('source_code.snippet', f`POST /v1/scores/batch HTTP/1.1
Host: scoring.internal
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Content-Type: application/json`)}

Asante sana.`),

  rec('chat_et', f`Tere! Kalmistu ja krematooriumi broneeringuportaal kasutab Supabase'i. CLI ütleb "Unauthorized" kui proovin migratsioone käivitada:

supabase login --token ${v('credential.supabase_token', SUPABASE)}
supabase db push

Kas token peab olema projekti- või kontotasemel?`),

  rec('chat_lv', f`Sveiki, mums ir Airtable bāze, kur slēpošanas skolas instruktori reģistrē nodarbības. Integrācija ar Zapier vairs nestrādā:

Authorization: Bearer ${v('credential.airtable_pat', AIRTABLE)}

Vai personīgais tokens ir jāatjauno?`),

  rec('chat_sr_latn', f`Zdravo, skripta za izvoz rezultata glasanja po biračkim mestima koristi Notion kao CMS. Dobijam "API token is invalid":

NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB=8a41c2e9f0b74d1e9c3a5b6d7e8f9012

Da li treba da podelim bazu sa integracijom?`),

  rec('pgp_block', f`This is the key we use to decrypt the nightly pay-file from the P2P platform's escrow bank. Gpg says "no secret key" when importing, can you see if it's truncated?

${v('credential.pgp_private_key', PGP)}`),

  rec('chat_bg', f`Здравейте, в диспечерския офис използваме Grafana Cloud за мониторинг на локомотивите. Alloy агентът не изпраща метрики:

GRAFANA_CLOUD_API_KEY=${v('credential.grafana_service_account_token', GLSA)}
NEW_RELIC_LICENSE=${v('credential.newrelic_key', NRAK)}

Какво е правилното име на променливата?`),

  rec('hf_python', f`# quick test of the chest X-ray triage model (research only, not for clinical use)
${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")
from transformers import pipeline
clf = pipeline("image-classification", model="uniklinik-rad/cxr-triage-v3")
print(clf("sample_pa.png"))`)}
# why does this say 'Repository Not Found'?`),

  rec('chat_hi', f`नमस्ते, हमारी चुनाव कार्यालय की वेबसाइट पर मतदान केंद्र खोजने के लिए Google Maps लगाया है लेकिन "RefererNotAllowedMapError" आ रहा है।
<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&callback=initMap"></script>
क्या मुझे key restriction में domain जोड़ना होगा?`),

  rec('docker_config', amb('source_code.snippet', f`{
  "auths": {
    "registry.freight-dispatch.example": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    },
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', b64(`rentalshop:${DCKR}`))}"
    }
  }
}
^ docker login keeps failing on the new Jenkins node. is the JSON valid?`)),

  rec('chat_ms', f`Hai, sistem tiket lif ski kami guna Shopify untuk jual pas musim. App peribadi tak boleh baca pesanan lagi:

X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHOPIFY)}

Saya perlu tambah skop read_orders ke?`),

  rec('chat_tl', f`Hello po, yung collections team namin gumagamit ng Linear para sa mga escalation. Gusto ko sanang i-automate pero error 401:

curl -H "Authorization: ${v('credential.linear_api_key', LINEAR)}" https://api.linear.app/graphql -d '{"query":"{ viewer { id } }"}'

Mali ba yung format ng header?`),

  rec('chat_nl_sr', f`Goedendag, voor de uitvaartonderneming in Paramaribo gebruiken we Postman om de koppeling met het kerkhofregister te testen. De collectie laadt niet via de CLI:

newman run https://api.getpostman.com/collections/2931-aa7c?apikey=${v('credential.postman_api_key', POSTMAN)}

Moet de key in een header in plaats van de URL?`),

  rec('prose_user_pass_sl', f`Pozdravljeni, prosim za pomoč pri prijavi v portal volilne komisije. Uporabniško ime in geslo za testni račun: ${v('credential.user_password_pair', 'volisce_ljubljana17 / Glas0vnica#25')}. Po prijavi se stran samo osveži in nič se ne zgodi.`),

  rec('cisco_config', f`Following the signalling-cabinet router swap at the Ostrava yard, here is the running config; please check the ACL:

${amb('source_code.snippet', f`hostname yard-rtr-02
!
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b91-c9salt', B64URL.replace(/[-_]/g, ''), 14)}$${fill('b91-c9hash', B64URL.replace(/[-_]/g, ''), 43)}`)}
!
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Vagon-Sklad#61')}
snmp-server community ${v('credential.network_device_secret', 'dispRO-yard02')} RO
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.62.8.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}`),

  rec('chat_zh_tw', f`您好，我們放射科的排程系統用 Okta 做單一登入，想用 API 自動停用離職同仁的帳號。執行時回傳 E0000011：

OKTA_ORG_URL=https://ntuh-rad.okta.com
OKTA_API_TOKEN=${v('credential.okta_api_token', OKTA)}

請問是權杖權限不足嗎？`),

  rec('chat_bn', f`হ্যালো, আমাদের ঋণ আদায় দল SMS এর জন্য Firebase পুশ নোটিফিকেশন ব্যবহার করে। সার্ভার কী দিয়ে legacy API কল করলে 401 আসে:
Authorization: key=${v('credential.firebase_fcm_server_key', FCM)}
নতুন HTTP v1 এ কিভাবে মাইগ্রেট করবো?`),

  rec('chat_fa', f`سلام، برای سامانه‌ی نوبت‌دهی MRI از Groq برای خلاصه‌سازی یادداشت‌ها استفاده می‌کنیم. خطای invalid_api_key می‌گیرم:
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
آیا کلید منقضی شده؟`),

  rec('age_key_mn', f`Сайн байна уу, сонгуулийн хорооны нөөц файлуудыг age-ээр шифрлэдэг. Түлхүүрийн файл:

# created: 2024-11-02T09:14:55+08:00
# public key: age1${fill('b91-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}

Шинэ серверт хаана байрлуулах вэ?`),

  rec('github_actions_ci', amb('source_code.snippet', f`name: deploy-rental-api
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      HEROKU_API_KEY: ${v('credential.heroku_api_key', HEROKU)}
      NETLIFY_AUTH_TOKEN: ${v('credential.netlify_token', NETLIFY)}
      VERCEL_TOKEN: ${v('credential.vercel_token', VERCEL)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run deploy
# a colleague committed this, what do I need to rotate?`)),

  rec('chat_el_cy', f`Καλημέρα, στο γραφείο εισπράξεων χρησιμοποιούμε ένα script που καλεί το Mistral και το Cohere για να κατηγοριοποιεί τις απαντήσεις των οφειλετών. Τα κλειδιά είναι:
MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}
COHERE_API_KEY=${v('credential.cohere_api_key', COHERE)}
Το Cohere επιστρέφει 401, το Mistral δουλεύει. Γιατί;`),

  rec('chat_hy', f`Բարև, ընտրական գրասենյակի կայքի քարտեզի համար Mapbox ենք օգտագործում, բայց սերվերային կողմից tileset upload-ը չի աշխատում:
MAPBOX_SECRET=${v('credential.mapbox_secret_token', MAPBOX)}
Ինչու՞ է 403 վերադարձնում:`),

  rec('chat_kk', f`Сәлеметсіз бе! Жүк пойыздарының диспетчерлік бөлімінде Alibaba Cloud OSS-ке вагон фотоларын жүктейміз. Қате: InvalidAccessKeyId.
accessKeyId: ${v('credential.alibaba_access_key_id', ALIBABA)}
accessKeySecret: ${v('credential.generic_secret_assignment', fill('b91-alisec', B62, 30))}
Кілт дұрыс па?`),

  rec('base64_pk_yaml', amb('source_code.snippet', f`# helm values for the radiology report signer
signer:
  keyId: rad-signer-2025
  privateKeyB64: ${v('credential.base64_private_key', B64_PK)}
  algorithm: RS256`)),

  rec('chat_ur', f`السلام علیکم، ہمارے قرض وصولی کے پورٹل میں Google لاگ ان کام نہیں کر رہا۔ "invalid_client" آ رہا ہے۔
GOOGLE_CLIENT_ID=704918236512-k3f9q2m7r1t8v5x0b4n6c2d9e1h7j3l5.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=${v('credential.google_oauth_client_secret', GOCSPX)}
براہ کرم بتائیں کیا غلط ہے؟`),

  rec('chat_yo_en', f`Good afternoon. The election office's results API is behind this JWT, and the mobile app gets "signature verification failed". E jọ̀ọ́, ran mi lọ́wọ́:

token: ${v('credential.jwt', JWT2)}

Is HS256 the wrong algorithm for mobile clients?`),

  rec('langsmith_xai_en_sg', f`Hey, trying to trace our radiology-report summariser in LangSmith and compare with Grok and Perplexity. Env below, traces don't show up lah:

LANGCHAIN_TRACING_V2=true
LANGCHAIN_API_KEY=${v('credential.langsmith_api_key', LANGSMITH)}
XAI_API_KEY=${v('credential.xai_api_key', XAI)}
PPLX_API_KEY=${v('credential.perplexity_api_key', PERPLEXITY)}
REPLICATE_API_TOKEN=${v('credential.replicate_api_token', REPLICATE)}`),
  rec('chat_lt_atlassian', f`Labas, išieškojimo komanda nori automatiškai kurti Jira užduotis iš vėluojančių paskolų. Skriptas gauna 401:

JIRA_USER=${v('pii.email', 'skolos.bot@p2p-example.lt')}
JIRA_API_TOKEN=${v('credential.atlassian_api_token', ATLASSIAN)}
BITBUCKET_APP_PASSWORD=${v('credential.bitbucket_app_password', BITBUCKET)}

Ar tokenas turi būti susietas su tuo pačiu vartotoju?`),

  rec('env_mixed_sec', f`# .env.local — ski-school booking widget (do NOT commit)
DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}
FIGMA_TOKEN=${v('credential.figma_token', FIGMA)}
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
TWITTER_BEARER=${v('credential.twitter_bearer_token', TWITTER)}
GITHUB_APP_INSTALL_TOKEN=${v('credential.github_server_to_server_token', GHS)}
`),

  rec('pypirc_ec_key', f`Two things from the dispatch team's repo that I think shouldn't be there — can you confirm and tell me how to purge them?

~/.pypirc:
[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}

certs/mqtt-client.key:
${v('credential.private_key', EC_PEM)}`),
];

/**
 * Held-out batch 159: credentials pasted by staff of a mountain railway, a plasma collection centre,
 * a city zoo, a cargo airline's ground handling, a crane rental firm and a student loan servicer,
 * in many languages and scripts. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b159-stripe', B62, 97));
const SENDGRID = tok('SG.', fill('b159-sg1', B64URL, 22), '.', fill('b159-sg2', B64URL, 43));
const SENDGRID2 = tok('SG.', fill('b159-sg3', B64URL, 22), '.', fill('b159-sg4', B64URL, 43));
const GHP = gh('ghp', fill('b159-ghp', B62, 30));
const GHP2 = gh('ghp', fill('b159-ghp2', B62, 30));
const TWILIO_SID = tok('AC', fill('b159-twsid', HEX, 32));
const TWILIO_AUTH = fill('b159-twauth', HEX, 32);
const AWS_ID = tok('AKIA', fill('b159-akia', B32, 16));
const AWS_SECRET = fill('b159-awssec', B64, 40);
const SLACK_BOT = tok('xoxb-', '73029481563-', '7318204957261-', fill('b159-xoxb', B62, 24));
const ALI_ID = tok('LTAI', '5t', fill('b159-ltai', B62, 18));
const ALI_SECRET = fill('b159-alisec', B62, 30);
const TELEGRAM = tok('6841937205', ':AA', fill('b159-tg', B64URL, 33));
const OPENAI = tok('sk-proj-', fill('b159-oai1', B64URL, 74), 'T3BlbkFJ', fill('b159-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b159-ant', B64URL, 93), 'AA');
const GOOGLE_API = tok('AIza', 'Sy', fill('b159-gapi', B64URL, 33));
const AZ_STORAGE = b64Bytes('b159-azst', 64);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b159-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DOCKER_AUTH = b64('aerokarga-ci:Rampe7!Frakt-2291');
const DD_API = fill('b159-ddapi', HEX, 32);
const NPM = gh('npm', fill('b159-npm', B62, 30));
const SENTRY_KEY = fill('b159-sentry', HEX, 32);
const HF = tok('hf_', fill('b159-hf', LOWER + UPPER, 34));
const GLPAT = tok('glpat-', fill('b159-glpat', B62 + '-_', 20));
const MAILGUN = tok('key-', fill('b159-mailgun', HEX, 32));
const VAULT = tok('hvs.', 'CAESI', fill('b159-vault', B64URL, 86));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b159-rklive', B62, 97));
const DO_TOKEN = tok('dop_v1_', fill('b159-do', HEX, 64));
const SHPAT = tok('shpat_', fill('b159-shpat', HEX, 32));
const PMAK = tok('PMAK-', fill('b159-pmak1', HEX, 24), '-', fill('b159-pmak2', HEX, 34));
const FB = tok('EAAJ', 'ZCq8', fill('b159-fb', B62, 156));
const LINEAR = tok('lin_api_', fill('b159-linear', B62, 40));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1263948172059381762', '/', fill('b159-dchook', B64URL, 68));
const AZ_CLIENT_SECRET = tok(fill('b159-azcs1', B62, 3), '8Q~', fill('b159-azcs2', B62 + '_~.-', 34));
const TFC = tok(fill('b159-tfc1', B62, 14), '.atlasv1.', fill('b159-tfc2', B62, 67));
const GLSA = tok('glsa_', fill('b159-glsa1', B62, 32), '_', fill('b159-glsa2', HEX, 8));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b159-pypi', B64URL, 160));
const BREVO = tok('xkeysib-', fill('b159-brevo1', HEX, 64), '-', fill('b159-brevo2', B62, 16));
const OKTA = tok('00', fill('b159-okta', B64URL, 40));
const NOTION = tok('ntn_', fill('b159-ntn1', DIGITS, 11), fill('b159-ntn2', B62, 35));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b159-atl', B64URL, 171), '=', fill('b159-atl2', HEX.toUpperCase(), 8));
const TEAMS_HOOK = tok('https://hoistline.webhook.office.com/webhookb2/', '7c2e9a41-3b58-4d06-a8f1-5e29b04f7c83@1d9e6a42-7b35-4c8f-a0d9-3e6a41f7c295/IncomingWebhook/', fill('b159-teams1', HEX, 32), '/', '8e1b5d37-0c94-4a2f-9e61-7f3b2a2c6d41/', 'V2', fill('b159-teams2', B64URL, 43));
const GROQ = tok('gsk_', fill('b159-groq', B62, 52));
const DATABRICKS = tok('dapi', fill('b159-dapi', HEX, 32));
const SAFARICOM_SECRET = fill('b159-daraja', B62, 48);
const GCP_PEM = pem('PRIVATE KEY', 'b159-gcp', 1216);
const JWT_LOAN = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kss-2024-11' }, { sub: 'svc-hardship-intake', aud: 'https://api.keystonescholar.com', scope: 'borrower:read forbearance:write', iat: 1731402000, exp: 1731488400 }, 'b159-jwtloan');
const JWT_ZOO = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'kiosk-07', role: 'member-scan', zoo: 'riverside', iat: 1730190000 }, 'b159-jwtzoo');
const SQUARE = tok('EAAA', fill('b159-square', B64URL, 60));
const HEROKU = tok('HRKU-', 'AA', fill('b159-hrku', B64URL, 58));
const DIGITAL_K8S = b64(GHP2);
const K8S_SG = b64(SENDGRID2);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH159_CREDENTIALS: DraftRecord[] = [
  rec('chat_gsw', f`Hoi zämä, chönnt ihr mir säge wieso s'Ticketportal vo de Steinalp-Bahn sit em Update nur no 401 git? Das isch üsi .env uf em Server:

${cfg(f`APP_ENV=production
SHOP_BASE_URL=https://tickets.steinalp-bahn.ch
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'billette@steinalp-bahn.ch')}
TZ=Europe/Zurich`)}

Merci viu mol, de Reto`),

  rec('ci_yaml', f`Zoo website deploy stopped after we moved the repo to the new org. Workflow:

${cfg(f`name: deploy-members-site
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - name: push to pages repo
        run: |
          git clone https://riverside-zoo-bot:${v('credential.github_pat', GHP)}@github.com/riverside-zoo/members-pages.git out
          cp -r dist/* out/ && cd out && git add -A && git commit -m "deploy" && git push`)}

Error is "remote: Repository not found".`),

  rec('chat_fr_ch', f`Bonjour, peux-tu m'aider à rédiger une consigne pour les mécaniciens de nuit ? La tablette de diagnostic du funiculaire (atelier Bergstation) est verrouillée ; l'identifiant est « atelier.nuit » et le mot de passe ${v('credential.password_in_prose', 'Cremaillere!Hiver24')}. Il faut qu'ils le changent après la révision de décembre.`),

  rec('code_python_it', f`Lo script che manda gli SMS di conferma per le prenotazioni del trenino non parte più, mi dici cosa c'è che non va?

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_AUTH)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def conferma(prenotazione):
    # numero mittente registrato per la biglietteria
    client.messages.create(
        to=prenotazione.cellulare,
        from_="${phone('+41 27 966 41 83')}",
        body=f"Steinalp-Bahn: prenotazione {prenotazione.codice} confermata per il {prenotazione.data}",
    )`)}
\`\`\`
Errore: TwilioRestException HTTP 401`),

  rec('ini_ja', f`ULD追跡バッチが成田の新サーバーでS3に書き込めません。~/.aws/credentials はこうなっています：

${cfg(f`[default]
region = ap-northeast-1

[aerokarga-uld]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

エラーは SignatureDoesNotMatch です。時刻ずれでしょうか？`),

  rec('chat_ko', f`동물원 회원관리 슬랙 봇이 채널에 메시지를 못 올려요. not_in_channel 에러가 나는데, 토큰은 ${v('credential.slack_bot_token', SLACK_BOT)} 이거 그대로 쓰고 있어요. 스코프 문제일까요?`),

  rec('config_zh', f`货运站仓库的温度记录要上传到阿里云OSS，这个配置哪里写错了？一直报 InvalidAccessKeyId.NotFound

${cfg(f`oss:
  endpoint: oss-cn-hangzhou.aliyuncs.com
  bucket: aerokarga-coldchain-hgh
  access_key_id: ${v('credential.alibaba_access_key_id', ALI_ID)}
  access_key_secret: ${v('credential.generic_secret_assignment', ALI_SECRET)}
  prefix: pharma/2024/`)}`),

  rec('chat_pt_br', f`Oi! Preciso mandar um comunicado pras atendentes da recepção do centro de plasma. O sistema de agendamento de doadores mudou: usuário recepcao.moema e a senha nova é ${v('credential.password_in_prose', 'Plasma#Moema2024')}. Pode deixar o texto mais simpático e pedir pra ninguém anotar em post-it?`),

  rec('env_es_mx', f`Oye, ¿me ayudas a entender por qué no salen los recordatorios de pago por correo? Este es el .env del servicio de cobranza:

${cfg(f`SERVICIO=recordatorios-pago
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID2)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', tok('AC', fill('b159-twsid2', HEX, 32)))}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', fill('b159-twauth2', HEX, 32))}
REMITENTE=${v('pii.email', 'pagos@keystonescholar.com.mx')}`)}

Los SMS sí llegan, los correos no.`),

  rec('chat_ru', f`Сервис учёта допусков крановщиков не поднимается после переезда БД. В логе:
FATAL: password authentication failed for user "cert_app"
Строка подключения из конфига: postgresql://cert_app:${v('credential.database_url_password', 'Kran-Dopusk_7731')}@pg-cert.hoistline.local:5432/certs
Что проверить в pg_hba.conf?`),

  rec('code_python_uk', f`Бот для кранівників має надсилати нагадування про закінчення посвідчень, але мовчить. Код:

${code(f`import telebot

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
bot = telebot.TeleBot(TOKEN)

def nagaduvannya(operator):
    # операторам за 30 днів до кінця посвідчення
    bot.send_message(operator.chat_id, f"Ваше посвідчення {operator.cert_no} спливає {operator.expiry:%d.%m.%Y}")`)}

Що тут не так? Помилок немає, просто нічого не приходить.`),

  rec('curl_pl', f`Próbuję pobrać listę wniosków o odroczenie spłaty z API, ale dostaję 403. Wywołanie:

${cfg(f`curl -s https://api.keystonescholar.com/v2/hardship/requests?status=pending \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_LOAN)}" \\
  -H "Accept: application/json"`)}

Czy scope w tokenie jest zły?`),

  rec('chat_he', f`אני רוצה לסכם את המשוב של התורמים במרכז הפלזמה בעזרת GPT. זה המפתח שקיבלתי מהמחלקה: ${v('credential.openai_api_key', OPENAI)} — איך אני מגביל את ההוצאה החודשית עליו?`),

  rec('code_python_ar', f`أحاول بناء مساعد للرد على أسئلة أعضاء حديقة الحيوان عن التذاكر والفعاليات. هذا الكود يعطي خطأ authentication_error:

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def reply(question: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system="أنت موظف مكتب العضويات في حديقة الحيوان.",
        messages=[{"role": "user", "content": question}],
    )
    return msg.content[0].text`)}`),

  rec('chat_hi', f`भाई, लोन सर्विसिंग पोर्टल का एडमिन लॉगिन शेयर कर रहा हूँ ताकि तुम hardship वाली फाइलें देख सको — यूज़र kss_ops_delhi और पासवर्ड ${v('credential.password_in_prose', 'Sahayata@2024!')} है। इसे किसी को फॉरवर्ड मत करना, कल बदल दूँगा। अब बस ये बताओ कि forbearance request का reply कैसे लिखूँ?`),

  rec('code_js_th', f`แผนที่บนหน้าเว็บสวนสัตว์ไม่ขึ้น ขึ้นว่า "This page can't load Google Maps correctly" โค้ดตามนี้ครับ

${code(f`<script>
  function initMap() {
    const zoo = { lat: 13.7722, lng: 100.5165 };
    const map = new google.maps.Map(document.getElementById("map"), { zoom: 16, center: zoo });
    new google.maps.Marker({ position: zoo, map, title: "ทางเข้าหลัก" });
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_API)}&callback=initMap"></script>`)}`),

  rec('shell_vi', f`Mình chạy lệnh này để sao lưu bảng lịch bảo trì cần trục mà nó báo lỗi "Access denied":

${cfg(f`mysqldump -u baotri -p${v('credential.mysql_cli_password', 'CauTruc#2024')} -h ${amb('pii.ip_address', '10.20.4.17')} crane_maint lich_bao_tri > lich_bao_tri.sql`)}

Có phải do ký tự # trong mật khẩu không?`),

  rec('json_tr', f`Kargo terminalindeki etiket yazıcıları PDF'leri Azure Blob'a atamıyor. appsettings.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=aerokargaist;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "awb-etiketler"
  }
}`)}

Hata: "Server failed to authenticate the request". Saat dilimi mi acaba?`),

  rec('chat_el', f`Μπορείς να μου γράψεις μια σύντομη ανακοίνωση για τους χειριστές της ράμπας; Το Wi-Fi των tablet άλλαξε: δίκτυο AK-RAMP-ATH, κωδικός πρόσβασης ${v('credential.password_in_prose', 'Fortosi!Ramp88')}. Να τονίσεις ότι δεν το δίνουμε σε οδηγούς των forwarders.`),

  rec('chat_nl', f`Onze SFTP-koppeling met de douane-expediteur op Schiphol werkt niet meer sinds de sleutel is vervangen. Dit is de sleutel die ik van IT kreeg, klopt het formaat?

${v('credential.openssh_private_key', OSSH)}

Foutmelding in WinSCP: "Server refused our key".`),

  rec('json_sv', f`Docker pull från vårt privata register fungerar inte på den nya lastplanering-servern. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.aerokarga-cargo.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Det står "unauthorized: incorrect username or password" fast det funkar i webbläsaren.`),

  rec('compose_fi', f`Datadog-agentti ei lähetä metriikoita junaliikenteen lipunmyyntipalvelimelta. docker-compose.yml:

${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu
      DD_HOSTNAME: lippu-prod-01
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

Lokissa lukee "API Key invalid, dropping transaction". Onko avain väärää tyyppiä?`),

  rec('npmrc_da', f`CI-byggeriet til zoo-appen kan ikke hente vores interne pakker. .npmrc i repoet:

${cfg(f`@riverside-zoo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Fejlen er E404 på @riverside-zoo/ticket-ui. Er det fordi tokenet er "publish"-typen?`),

  rec('code_js_no', f`Sentry fanger ingen feil fra billettkiosken vår. Hva er galt?

${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218.ingest.de.sentry.io/4507219384`)}",
  release: "billettkiosk@3.2.1",
  tracesSampleRate: 0.2,
});`)}`),

  rec('code_python_cs', f`Chci si stáhnout model pro klasifikaci dotazů klientů ohledně splátek a pořád mi to hází 401. Token mám z účtu firmy:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
clf = pipeline("text-classification", model="keystone-scholar/hardship-intent-cs")
print(clf("Přišel jsem o práci, můžu odložit splátky?"))`)}`),

  rec('chat_hu', f`A darukezelő-tanúsítványokat tartalmazó GitLab repóhoz kellene egy gépi hozzáférés. Ezt a személyes tokent generáltam: ${v('credential.gitlab_pat', GLPAT)} — elég a read_repository jogosultság a CI-hoz, vagy kell api is?`),

  rec('code_php_ro', f`Salut, formularul de înscriere la evenimentele grădinii zoologice nu mai trimite e-mailul de confirmare. Codul:

${code(f`<?php
$mg = Mailgun\\Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');
$mg->messages()->send('mg.riversidezoo.org', [
    'from'    => 'Evenimente Zoo <${v('pii.email', 'evenimente@mg.riversidezoo.org')}>',
    'to'      => $participant['email'],
    'subject' => 'Confirmare înscriere: Noaptea la Zoo',
    'text'    => "Bună, {$participant['prenume']}! Te așteptăm vineri la ora 19:00.",
]);`)}

Eroarea este "Forbidden".`),

  rec('http_bg', f`Интеграцията с портала за сертифициране на кранисти връща 401. Ето заявката от Postman конзолата:

${cfg(f`GET /api/operators/KR-20931/certificates HTTP/1.1
Host: certs.hoistline.bg
Authorization: Basic ${v('credential.basic_auth_header', b64('hoistline_api:Kranove!Sofia19'))}
Accept: application/json`)}

Паролата е сменена вчера, може ли да е от кеша?`),

  rec('ios_sr', f`Рутер у кабини крана шаље телеметрију, али након ресета не можемо да се улогујемо. Ово је део конфигурације који смо сачували пре ресета:

${cfg(f`hostname KR-TELEM-14
!
username servis privilege 15 password 0 ${v('credential.network_device_secret', 'Dizalica#Beo14')}
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '192.168.14.1')} 255.255.255.0
!
snmp-server community ${v('credential.network_device_secret', 'kranTelemRO')} RO`)}

Да ли можемо само да залепимо назад ове линије?`),

  rec('shell_ka', f`Vault-იდან საიდუმლოების წაკითხვა ვერ ხერხდება, permission denied-ს აგდებს. ასე ვცდილობ:

${cfg(f`$ export VAULT_ADDR=https://vault.aerokarga-cargo.com
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/tbs-ground/handling-agents`)}

პოლიტიკაში რა უნდა დავამატო?`),

  rec('chat_hy', f`Կենդանաբանական այգու առցանց խանութի համար Stripe-ում ստեղծեցի սահմանափակ բանալի՝ ${v('credential.stripe_restricted_key', RK_LIVE)}։ Արդյո՞ք բավարար է միայն Charges: write թույլտվությունը անդամակցության վճարների համար։`),

  rec('chat_am', f`እባክህ ለደም ፕላዝማ ለጋሾች መቀበያ ጠረጴዛ ሰራተኞች አጭር ማስታወሻ ጻፍልኝ። የአዲሱ ኮምፒውተር መግቢያ ስም donor-desk-02 ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', 'Plazma@Addis15')} ነው። ለማንም እንዳያጋሩት አሳስብ።`),

  rec('env_sw', f`Tunaunganisha malipo ya mkopo wa wanafunzi na M-Pesa (Daraja API). Hii ndiyo .env yetu, kwa nini tunapata "Invalid Access Token"?

${cfg(f`MPESA_ENV=production
MPESA_SHORTCODE=4098127
MPESA_CONSUMER_KEY=${amb('credential.generic_secret_assignment', fill('b159-darajakey', B62, 48))}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', SAFARICOM_SECRET)}
CALLBACK_URL=https://api.keystonescholar.co.ke/mpesa/callback`)}`, 'the consumer key is half of the client credentials: ambiguous; the consumer secret is labelled'),

  rec('chat_ta', f`பிளாஸ்மா தான மையத்தின் நினைவூட்டல் மின்னஞ்சல்கள் Gmail SMTP வழியாக போகவில்லை. பயனர் பெயர் ${v('pii.email', 'donorcare.chennai@gmail.com')}, கடவுச்சொல் (app password) ${v('credential.password_in_prose', 'qvtr mzkp hwye lsbn')}. "Username and Password not accepted" என்று வருகிறது, என்ன செய்வது?`),

  rec('code_python_bn', f`ক্রেন অপারেটর সার্টিফিকেশনের ডকুমেন্টগুলো DigitalOcean Spaces-এ রাখতে চাই, কিন্তু এই স্ক্রিপ্টে 401 আসছে:

${code(f`import requests

DO_TOKEN = "${v('credential.digitalocean_token', DO_TOKEN)}"

r = requests.get(
    "https://api.digitalocean.com/v2/spaces/keys",
    headers={"Authorization": f"Bearer {DO_TOKEN}"},
)
print(r.status_code, r.json())`)}`),

  rec('chat_id', f`Toko suvenir kebun binatang pakai Shopify. Aplikasi stok gudang kami pakai access token ${v('credential.shopify_access_token', SHPAT)}, tapi sejak kemarin error 401 "Invalid API key or access token". Apakah token admin API bisa kedaluwarsa?`),

  rec('chat_ms', f`Saya nak export koleksi Postman untuk API jadual kru kargo, tapi CLI minta API key. Saya guna ${v('credential.postman_api_key', PMAK)} — betul ke cara letak dalam \`postman login --with-api-key\`?`),

  rec('chat_tl', f`Hi! Pa-help naman, yung scheduled posts ng zoo events sa Facebook page namin ay hindi na nagpo-post. Ito yung page access token na nilagay ko sa scheduler: ${v('credential.facebook_access_token', FB)} — expired na ba 'to? Paano gumawa ng long-lived?`),

  rec('code_ts_zh_tw', f`我們用 Linear 追蹤纜車維修工單，想每天早上把未完成的工單貼到群組。這段程式一直回 401：

${code(f`import { LinearClient } from "@linear/sdk";

const linear = new LinearClient({ apiKey: "${v('credential.linear_api_key', LINEAR)}" });

export async function openMaintenanceIssues() {
  const issues = await linear.issues({ filter: { team: { key: { eq: "MNT" } }, state: { type: { neq: "completed" } } } });
  return issues.nodes.map((i) => \`\${i.identifier} \${i.title}\`);
}`)}`),

  rec('chat_yue', f`動物園義工群組個 Discord webhook 唔 work 呀，send 咗冇反應：${v('credential.discord_webhook_url', DISCORD_HOOK)}  係咪要重新整過一條？`),

  rec('env_en_in', f`Hi, our repayment-plan calculator (Azure Functions) can't get a token from Entra ID since Monday. local.settings.json:

${cfg(f`{
  "IsEncrypted": false,
  "Values": {
    "AZURE_TENANT_ID": "5c1e8f3a-92d4-4b07-8e16-d0a7b3c9f241",
    "AZURE_CLIENT_ID": "b8f2d6a1-47c3-4e95-a0b8-6d1c3f7e2a90",
    "AZURE_CLIENT_SECRET": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}",
    "FUNCTIONS_WORKER_RUNTIME": "python"
  }
}`)}

Kindly check and revert whether the secret has expired.`),

  rec('chat_fa', f`سلام، برای آپلود گزارش‌های بازرسی جرثقیل‌ها به سرور FTP شرکت این آدرس رو گذاشتم ولی وصل نمیشه: ftp://bazresi:${v('credential.url_password', 'Jarsaghil!1403')}@ftp.hoistline.ir/reports/ — مشکل از پورته یا رمز عبور؟`),

  rec('chat_ur', f`کارگو ہینڈلنگ کے نئے ٹرمینل سافٹ ویئر میں لاگ ان نہیں ہو رہا۔ آئی ٹی نے یہ دیا تھا:
${v('credential.user_password_pair', 'user: khi.ramp02 / pass: Kargo#Khi2024')}
کیا آپ انہیں ایک شکایتی ای میل لکھنے میں مدد کر سکتے ہیں؟`),

  rec('hcl_lt', f`Terraform nebeprisijungia prie Terraform Cloud iš naujo CI serverio (kranų nuomos infrastruktūra). Failas ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Klaida: "Required token could not be found". Ar failo vieta teisinga?`),

  rec('chat_lv', f`Grafana paneļiem ar plazmas centra rindas garumu vajag servisa konta tokenu. Izveidoju šo: ${v('credential.grafana_service_account_token', GLSA)}, bet API atgriež 403. Vai lomai jābūt Editor?`),

  rec('pypirc_et', f`Meie sisemise paketi (piletisüsteemi abiteek) üleslaadimine PyPI-sse ebaõnnestub. ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Viga: 403 "Invalid or non-existent authentication information". Kas token on vale skoobiga?`),

  rec('chat_ca', f`Hola! Estem migrant els butlletins del zoo de Mailchimp a Brevo. La clau d'API que tinc és ${v('credential.brevo_api_key', BREVO)}. Em pots escriure un script en Python que importi la llista de socis amb els camps nom, cognom i data d'alta?`),

  rec('code_cs_af', f`Die kontrakte-e-posse vir kraanhuur gaan nie uit nie. Kan jy kyk?

${code(f`using SendGrid;
using SendGrid.Helpers.Mail;

public class KontrakPos
{
    private const string ApiSleutel = "${v('credential.sendgrid_api_key', tok('SG.', fill('b159-sg5', B64URL, 22), '.', fill('b159-sg6', B64URL, 43)))}";

    public async Task Stuur(string aan, string naam, byte[] pdf)
    {
        var client = new SendGridClient(ApiSleutel);
        var msg = MailHelper.CreateSingleEmail(new EmailAddress("${v('pii.email', 'kontrakte@hoistline.co.za')}", "Hoistline Kraanhuur"), new EmailAddress(aan, naam), "U huurkontrak", "Sien aangeheg.", null);
        msg.AddAttachment("kontrak.pdf", Convert.ToBase64String(pdf));
        await client.SendEmailAsync(msg);
    }
}`)}`),

  rec('curl_is', f`Ég er að reyna að sækja lista yfir notendur í Okta fyrir aðgangsstýringu á verkstæði fjallalestarinnar en fæ 401:

${cfg(f`curl -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://steinalp.okta.com/api/v1/groups/00g8k2verkstaedi/users"`)}

Er lykillinn útrunninn?`),

  rec('props_sk', f`Aplikácia na evidenciu oprávnení žeriavnikov po nasadení padá na spojení s databázou. application.properties:

${cfg(f`spring.datasource.url=jdbc:sqlserver://sql-cert.hoistline.sk:1433;databaseName=opravnenia;user=app_opr;password=${v('credential.connection_string_password', 'Zeriav!Nitra58')};encrypt=true
spring.jpa.hibernate.ddl-auto=validate`)}

Chyba: Login failed for user 'app_opr'.`),

  rec('chat_hr', f`Želim povezati Notion bazu s popisom dizalica i rokovima pregleda. Integracijski token je ${v('credential.notion_token', NOTION)} — kako dati integraciji pristup samo jednoj stranici?`),

  rec('curl_sl', f`Jira API mi vrača 401, ko hočem izvoziti zahtevke za popravila vzpenjače:

${cfg(f`curl -u ${v('pii.email', 'matej.zupan@steinalp-bahn.ch')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://steinalp.atlassian.net/rest/api/3/search?jql=project=VZP"`)}

Ali moram za Cloud uporabljati drugačen način prijave?`),

  rec('json_es', f`Buenas, el servicio que sincroniza las reservas de actividades del zoo con BigQuery falla con "invalid_grant". Este es el fichero de la cuenta de servicio que nos pasaron:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "zoo-reservas-prod",
  "private_key_id": "${fill('b159-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'sync-reservas@zoo-reservas-prod.iam.gserviceaccount.com')}",
  "client_id": "108349275610384927561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'sync-reservas%40zoo-reservas-prod.iam.gserviceaccount.com')}"
}`))}

¿Puede ser que el reloj del servidor esté desfasado?`),

  rec('chat_fr_qc', f`Allo! Peux-tu m'écrire un courriel pour les grutiers de Laval? Le portail de formation a changé, leur code d'usager c'est leur numéro d'employé pis le mot de passe temporaire c'est ${v('credential.password_in_prose', 'Grue-Laval-2025')} — faut qu'ils le changent à la première connexion. Merci ben!`),

  rec('ps_de_at', f`Servus, das PowerShell-Skript soll bei Kranausfällen eine Nachricht in den Teams-Kanal der Disposition schicken, es kommt aber nix an:

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$text = "Kranausfall: LTM 1090 auf Baustelle Linz-Urfahr, Techniker verständigt."
$body = @{ text = $text } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType "application/json; charset=utf-8"`)}

Müssen wir auf Workflows umstellen?`),

  rec('k8s_en', f`The hardship-intake pod keeps crashlooping with "SendGrid 401". Secret manifest (the values are base64):

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: hardship-intake
  namespace: servicing
type: Opaque
data:
  SENDGRID_API_KEY: ${v('credential.base64_encoded_token', K8S_SG)}
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', DIGITAL_K8S)}
  LOG_LEVEL: ZGVidWc=`)}

Did I encode it with a trailing newline?`),

  rec('code_python_en', f`Quick one: does Groq support JSON mode with this model? Our donor-FAQ bot for the plasma centre:

${code(f`from groq import Groq

client = Groq(api_key="${v('credential.groq_api_key', GROQ)}")
resp = client.chat.completions.create(
    model="llama-3.1-8b-instant",
    response_format={"type": "json_object"},
    messages=[{"role": "user", "content": "Can I donate plasma if I had a tattoo 3 months ago? Answer as JSON."}],
)
print(resp.choices[0].message.content)`)}`),

  rec('chat_en_gb', f`Our Databricks job that rebuilds the crane utilisation tables fails with 403 after I rotated tokens. New one is ${v('credential.databricks_token', DATABRICKS)}, workspace adb-4718293056172834.14.azuredatabricks.net. Does the job owner need to change too?`),

  rec('chat_de', f`Kurze Frage: Der Kassen-Terminal-Dienst im Zoo-Shop nutzt Square. Im Log steht "UNAUTHORIZED" bei jedem Sync. Eingetragen ist der Production Access Token ${v('credential.square_access_token', SQUARE)} – muss der nach dem Standortwechsel neu erzeugt werden?`),

  rec('chat_pt_pt', f`Bom dia, estou a tentar fazer deploy da app de marcações do centro de plasma no Heroku a partir do portátil novo. Defini HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} mas o CLI diz "Invalid credentials provided". Tenho de gerar outra chave?`),

  rec('chat_it_zoo', f`Il chiosco per la scansione delle tessere soci allo zoo usa questo token fisso nell'header: Authorization: Bearer ${v('credential.jwt', JWT_ZOO)}. È normale che non abbia una scadenza? Come lo ruoto senza fermare il chiosco?`),
];

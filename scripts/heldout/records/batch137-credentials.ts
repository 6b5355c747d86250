/**
 * Held-out batch 137: credentials pasted by a zoo and aquarium's vet team, a coastal ferry operator,
 * a semiconductor-equipment vendor's field engineers, a private bank's wealth desk, a home-care
 * nursing agency and a city parking office, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const OPENAI = tok('sk-proj-', fill('b137-oa1', B64URL, 74), 'T3BlbkFJ', fill('b137-oa2', B64URL, 74));
const PG_PW_CH = tok('Zuerich', fill('b137-pgch', B62, 10), '!');
const VPN_PW_JA = tok('Fse', fill('b137-vpnja', B62, 9), '#2');
const SLACK_BOT = tok('xoxb-', '2817364059', '1-', '7390264518374-', fill('b137-xoxb', B62, 24));
const FTP_PW_TW = tok('Tsmc', fill('b137-ftptw', B62, 8));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b137-stripe', B62, 97));
const TWILIO_SID = tok('AC', fill('b137-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b137-twtok', HEX, 32);
const AZ_CLIENT = tok(fill('b137-azc1', B62, 3), '8Q~', fill('b137-azc2', B62 + '-_.', 31));
const SPECIES_BEARER = fill('b137-sp360', B62 + '-._', 48);
const MQTT_PW = tok('Aqua', fill('b137-mqtt', B62, 11));
const SMTP_PW_PT = tok('Mar', fill('b137-smtppt', B62, 9), '$');
const SFTP_PW_IT = tok('Cust0d', fill('b137-sftpit', B62, 8));
const PG_PL = tok('Parking', fill('b137-pgpl', B62, 8), '_');
const RSA_HU = pem('RSA PRIVATE KEY', 'b137-rsahu', 1190);
const GHP_RO = gh('ghp', 'Ta9Lm2Qx7Rv4Nc8Pk1Wd5Zs3Hy6Bf0');
const TG_BOT = tok('7219384056', ':', 'AA', fill('b137-tg', B64URL, 33));
const MYSQL_UK = tok('Park', fill('b137-myuk', B62, 8), '2024');
const DOCKER_AUTH = b64(`ferry-ci:${tok('dckr_', 'pat_', fill('b137-dckr', B64URL, 27))}`);
const AKIA_TR = tok('AKIA', fill('b137-akiatr', B32, 16));
const AKIA_TR_SECRET = fill('b137-akiatrs', B64, 40);
const JWT_AR = jwt({ alg: 'RS256', typ: 'JWT', kid: 'wm-portal-2' }, { sub: 'rm-4417', name: 'Faisal Al-Mansoori', role: 'relationship_manager', iat: 1733820011, exp: 1733823611 }, 'b137-jwtar');
const AZ_STORAGE = tok(fill('b137-azst', B64, 86), '==');
const PW_FA = tok('Zoo', fill('b137-pwfa', B62, 7), '@1403');
const PW_HI = tok('Seva', fill('b137-pwhi', B62, 6), '#');
const SENDGRID = tok('SG.', fill('b137-sg1', B64URL, 22), '.', fill('b137-sg2', B64URL, 43));
const HF = tok('hf_', fill('b137-hf', UPPER + LOWER, 34));
const LINE_SECRET = fill('b137-line', HEX, 32);
const PW_VI = tok('HaLong', fill('b137-pwvi', B62, 6), '@');
const DBURL_ID = tok('Kapal', fill('b137-dbid', B62, 9));
const PW_MS = tok('Saman', fill('b137-pwms', B62, 6), '88');
const PW_TL = tok('Alaga', fill('b137-pwtl', B62, 6), '!');
const LTAI = tok('LTAI', '5t', fill('b137-ltai', B62, 18));
const LTAI_SECRET = fill('b137-ltais', B62, 30);
const PW_HK = tok('Wm', fill('b137-pwhk', B62, 8), '$hk');
const PW_KA = tok('Tbilisi', fill('b137-pwka', B62, 5));
const PW_HY = tok('Ararat', fill('b137-pwhy', B62, 6), '!');
const PW_AM = tok('Addis', fill('b137-pwam', B62, 6));
const PW_SW = tok('Papa', fill('b137-pwsw', B62, 7));
const DD_API = fill('b137-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b137-vault', B64URL, 86));
const SSH_DA = pem('OPENSSH PRIVATE KEY', 'b137-sshda', 390, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const PW_IS = tok('Herjolfur', fill('b137-pwis', B62, 5));
const PW_AT = tok('Pflege', fill('b137-pwat', B62, 6), '!');
const GCP_KEY = pem('PRIVATE KEY', 'b137-gcp', 1216);
const GCP_KEY_ID = fill('b137-gcpkid', HEX, 40);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b137-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b137-whsec', B62, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b137-atl', B64URL, 171), '=', fill('b137-atl2', HEX.toUpperCase(), 8));
const MAILGUN = tok('key-', fill('b137-mg', HEX, 32));
const CF_TOKEN = fill('b137-cf', B62 + '_-', 40);
const CISCO_PW = tok('Fab', fill('b137-cisco', B62, 8));
const SNMP = tok('fse', fill('b137-snmp', B62, 10));
const SENTRY_DSN = tok('https://', fill('b137-sentry', HEX, 32), '@o', '4507291', '.ingest.de.sentry.io/', '4508120394');
const TEAMS = tok('https://jadranska.webhook.office.com/webhookb2/', '8c1f3e52-6a07-4d9b-b2e4-1f5a9c7d3e80@2b7d9e14-0c36-4f85-a1d2-6e8b3c5f7a91/IncomingWebhook/', fill('b137-teams1', HEX, 32), '/', '4e9a2c71-3b58-4d06-9f12-7c8e5a1b3d64/', 'V2', fill('b137-teams2', B64URL, 43));
const BASIC_SR = b64(`enforcement-api:${tok('Sr', fill('b137-basicsr', B62, 10))}`);
const GLSA = tok('glsa_', fill('b137-glsa1', B62, 32), '_', fill('b137-glsa2', HEX, 8));
const DATABRICKS = tok('dapi', fill('b137-dapi', HEX, 32));
const GLPAT = tok('glpat-', fill('b137-glpat', B62 + '-_', 20));
const OKTA = tok('00', fill('b137-okta', B64URL, 40));
const PW_UR = tok('Khidmat', fill('b137-pwur', B62, 5), '!');
const NPM = gh('npm', 'Kp4Wz8Lc1Vn6Rt3Yh9Gd2Mx5Qs7Ja0');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b137-ant', B64URL, 93), 'AA');
const CONN_PW_NL = tok('Veer', fill('b137-connnl', B62, 9), '#');
const GROQ = tok('gsk_', fill('b137-groq', B62, 52));

export const BATCH137_CREDENTIALS: DraftRecord[] = [
  rec('env_file_gsw', f`Hoi zäme, chönnt mir öpper säge wieso de Portfolio-Report-Job sit em Update nümme lauft? Da isch s .env vom Server:

${cfg(f`# wm-reporting/.env.prod
APP_ENV=production
DATABASE_URL=postgresql://wm_report:${v('credential.database_url_password', PG_PW_CH)}@${ip('10.41.8.23')}:5432/portfolios
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
REPORT_LANG=de-CH
PDF_WATERMARK=true`)}

Fehler: "connection refused" – aber nur am Mäntig am Morge. Merci vilmal!`),

  rec('ini_ja', f`お疲れ様です。顧客工場(熊本)の装置PCでVPNがつながりません。設定ファイルはこれです：

${cfg(f`[vpn]
gateway = vpn-kmm.fab-partner.jp
user = fse_takeda
password = ${v('credential.password_assignment', VPN_PW_JA)}
split_tunnel = true

[tool]
host = ${ip('172.20.14.61')}
port = 5000
protocol = HSMS-SS`)}

「認証に失敗しました」と出ます。パスワードは昨日変更したばかりです。原因は何が考えられますか？`),

  rec('code_python_ko', f`장비 알람을 슬랙으로 보내는 스크립트인데 채널에 메시지가 안 올라가요. 봇 토큰 문제일까요?

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

# TODO: 나중에 환경변수로 옮기기
client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def send_alarm(tool_id: str, alid: int, text: str) -> None:
    client.chat_postMessage(
        channel="#fse-pyeongtaek-alarms",
        text=f"[{tool_id}] ALID {alid}: {text}",
    )`)}
\`\`\``),

  rec('config_zh_tw', f`請幫我看一下這個 SECS/GEM host 設定，為什麼 recipe 上傳到 FTP 會失敗？

${cfg(f`<HostConfig>
  <Equipment id="ETCH-07" ip="${ip('192.168.30.17')}" port="5000" deviceId="1"/>
  <RecipeServer url="ftp://recipe_admin:${v('credential.url_password', FTP_PW_TW)}@${ip('10.12.0.45')}/recipes/etch/"/>
  <T3>45</T3><T5>10</T5><T6>5</T6><T7>10</T7><T8>5</T8>
</HostConfig>`)}

錯誤訊息是 550 Permission denied。帳號是客戶廠區 IT 給的。`),

  rec('curl_nl', f`Kan iemand zeggen waarom de terugbetaling voor boeking VR-84217 niet doorgaat? Dit is wat ik vanaf de kassa-pc stuur:

${cfg(f`curl https://api.stripe.com/v1/refunds \\
  -u ${v('credential.stripe_secret_key', STRIPE_LIVE)}: \\
  -d payment_intent=pi_3QhX2aLz9Kp4Rt1M0f8bWc2e \\
  -d amount=4850`)}

Antwoord: "charge_already_refunded". Maar de klant zegt dat hij niks heeft gekregen.`),

  rec('chat_nb', f`Hei! Kan du skrive en kort melding til mannskapet om at vaktlisten for MF «Vestfjord» er flyttet til nytt system? Innlogging er som før, brukernavn er ansattnummeret, og det midlertidige passordet er ${v('credential.password_in_prose', tok('Ferje', fill('b137-pwnb', B62, 6), '24'))} – de må bytte det ved første innlogging. Hold det kort og vennlig.`),

  rec('yaml_en_gb', f`Our handheld PCN devices stopped syncing after the tenant move. This is the MDM profile we push, is anything obviously wrong?

${cfg(f`# intune-handheld-profile.yaml
tenant_id: 7c3e1a94-2f58-4b6d-9e07-3d1c8a5b2f64
client_id: 0d8f4b27-9c61-4e3a-8a75-b2e6f91c04d3
client_secret: ${v('credential.azure_client_secret', AZ_CLIENT)}
sync_endpoint: https://pcn-sync.parking.council.gov.uk/api/v2
device_group: CEO-HANDHELDS-NORTH`)}

Error in the device log is AADSTS7000215.`),

  rec('code_js_fr_ca', f`Salut! Les rappels de visite par texto partent pas depuis lundi. Peux-tu regarder mon code? C'est pour les infirmières de l'agence.

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TWILIO_SID)}', '${v('credential.twilio_auth_token', TWILIO_TOKEN)}');

async function rappelVisite(tel, heure) {
  return client.messages.create({
    from: '${amb('pii.phone', '+14385550142')}',
    to: tel,
    body: \`Rappel : votre infirmière passera demain à \${heure}.\`,
  });
}`)}

Pis y'a-tu moyen de mettre le message en anglais aussi pour les clients anglophones?`),

  rec('code_python_es_mx', f`Oigan, el script que baja los registros médicos de ZIMS se quedó trabado en 401. ¿Qué le falta?

${code(f`import requests

HEADERS = {
    "Authorization": "Bearer ${v('credential.bearer_token', SPECIES_BEARER)}",
    "Accept": "application/json",
}

def historial(animal_gan: str):
    r = requests.get(f"https://api.zims.example-zoo.mx/v3/animals/{animal_gan}/medical", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["records"]`)}

Es para el ajolote y los lobos mexicanos, nada más.`),

  rec('yaml_pt_br', f`Gente, o sensor de oxigênio do tanque dos tubarões parou de publicar. Segue a config do gateway:

${cfg(f`mqtt:
  broker: mqtts://telemetria.aquario-sp.local:8883
  username: gw-tanque-04
  password: ${v('credential.password_assignment', MQTT_PW)}
  topic: aquario/tanques/04/qualidade
sensores:
  - tipo: oxigenio_dissolvido
    intervalo_s: 30
  - tipo: temperatura
    intervalo_s: 60`)}

Alguém sabe se mudaram o certificado do broker?`),

  rec('properties_pt_pt', f`Boa tarde, a aplicação de bilhética deixou de enviar os bilhetes por e-mail. O ficheiro de configuração está assim:

${cfg(f`# bilhetica/application.properties
spring.mail.host=smtp.travessias-tejo.pt
spring.mail.port=587
spring.mail.username=bilhetes
spring.mail.password=${v('credential.password_assignment', SMTP_PW_PT)}
spring.mail.properties.mail.smtp.starttls.enable=true`)}

O erro é "535 Authentication failed". Consegue ajudar-me a perceber?`),

  rec('shell_it', f`Ciao, lo script notturno che scarica gli estratti del depositario non funziona più. È questo:

\`\`\`bash
${code(f`#!/bin/bash
DATA=$(date +%Y%m%d)
sshpass -p '${v('credential.cli_password', SFTP_PW_IT)}' sftp -oBatchMode=no ${amb('pii.email', 'wm_feed@sftp.custodian-bank.example')} <<EOF
get /out/positions_\${DATA}.csv /data/inbound/
bye
EOF`)}
\`\`\`

Ora il depositario chiede la chiave SSH invece della password. Come lo riscrivo?`),

  rec('code_kotlin_pl', f`Aplikacja na terminale kontrolerów parkingowych nie łączy się z bazą po migracji. Fragment kodu:

${code(f`object Db {
    private const val CONN =
        "Host=${ip('10.60.2.14')};Port=5432;Database=strefa_platna;Username=terminal;Password=${v('credential.connection_string_password', PG_PL)};SSL Mode=Require"

    fun open(): Connection = DriverManager.getConnection(toJdbc(CONN))
}`)}

Co jest nie tak z tym connection stringiem?`),

  rec('chat_cs', f`Ahoj, potřebuju napsat sestřičkám krátkou zprávu, že tablet pro záznamy z návštěv má nové heslo: ${v('credential.password_in_prose', tok('Navsteva', fill('b137-pwcs', B62, 5), '!'))}. Ať si ho nikam nepíšou na papír. Můžeš to zformulovat mile a stručně?`),

  rec('chat_hu', f`Szia! A fab-beli szervizlaptopról nem tudok SSH-zni a tool controllerre, ezt a kulcsot használom:

${v('credential.private_key', RSA_HU)}

"Permission denied (publickey)" az üzenet. Lehet, hogy rossz formátumú a kulcs?`),

  rec('git_ro', f`Bună, am clonat repo-ul cu orarul echipajelor așa, și acum nu pot face push:

git remote -v
origin  https://${v('credential.github_pat', GHP_RO)}@github.com/feribot-constanta/crew-roster.git (fetch)
origin  https://${v('credential.github_pat', GHP_RO)}@github.com/feribot-constanta/crew-roster.git (push)

Eroarea e "403 Resource not accessible". Tokenul e încă valid?`),

  rec('chat_ru', f`Подскажите, почему бот для уведомлений клиентов (выписки по портфелю) перестал отвечать? Токен бота: ${v('credential.telegram_bot_token', TG_BOT)}. Webhook указывает на https://notify.wm-desk.example/tg. В логах 409 Conflict.`),

  rec('shell_uk', f`Привіт! Треба вивантажити всі дозволи на паркування мешканців за жовтень. Я роблю так:

${cfg(f`mysql -h ${ip('10.8.4.30')} -u permits_ro -p${v('credential.mysql_cli_password', MYSQL_UK)} permits -e "SELECT * FROM resident_permits WHERE issued_at >= '2024-10-01'" > zhovten.csv`)}

Але в CSV кирилиця ламається. Що додати?`),

  rec('json_el', f`Καλημέρα, το CI για την εφαρμογή κρατήσεων δεν μπορεί να κάνει pull τις εικόνες. Το ~/.docker/config.json στον runner:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Βγάζει "unauthorized: incorrect username or password". Τι φταίει;`),

  rec('ini_tr', f`Merhaba, müşteri fabrikasındaki log toplama makinesinde S3'e yükleme yapamıyoruz. Credentials dosyası şu:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA_TR)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_TR_SECRET)}
region = eu-central-1`)}

Hata: "SignatureDoesNotMatch". Saat farkı olabilir mi?`),

  rec('http_ar', f`مرحباً، بوابة مديري العلاقات ترجع 401 رغم أن التوكن جديد. هذا هو الطلب:

${cfg(f`GET /api/v2/clients/FO-2291/holdings HTTP/1.1
Host: wm-portal.example-bank.ae
Authorization: Bearer ${v('credential.jwt', JWT_AR)}
Accept: application/json`)}

هل المشكلة في الـ kid أو في انتهاء الصلاحية؟`),

  rec('chat_he', f`היי, הסקריפט שמעלה את דוחות הלקוחות ל-Blob Storage נכשל. זה ה-connection string:
DefaultEndpointsProtocol=https;AccountName=wmreportsil;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
השגיאה: AuthenticationFailed. צריך לסובב את המפתח?`),

  rec('chat_fa', f`سلام، برای همکار جدید بخش دامپزشکی باغ‌وحش یک پیام کوتاه بنویس که بتواند وارد سامانه پرونده‌های حیوانات شود. نام کاربری: vet.rahimi و رمز عبور موقت: ${v('credential.password_in_prose', PW_FA)} — بگو بعد از ورود اول حتماً عوضش کند.`),

  rec('chat_hi', f`नमस्ते, हमारी होम-केयर एजेंसी की नई नर्स को शेड्यूलिंग ऐप में लॉगिन करना है। उसका यूज़रनेम nurse.kavita है और पासवर्ड ${v('credential.password_in_prose', PW_HI)} है। please ek simple WhatsApp message bana do jisme ye details hon aur bolo ki pehli baar login ke baad password change kare.`),

  rec('env_bn', f`ভিজিট রিপোর্ট ইমেইলে পাঠানো যাচ্ছে না, এই .env ফাইলটা দেখুন তো:

${cfg(f`MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'visits@homecare-kolkata.example')}
REPORT_CRON=0 19 * * *`)}

লগে বলছে 403 Forbidden।`),

  rec('code_python_ta', f`இந்த script-ல wafer defect images-ஐ classify பண்ண model download ஆக மாட்டேங்குது. என்ன பிரச்சனை?

${code(f`from huggingface_hub import snapshot_download

path = snapshot_download(
    repo_id="fse-apac/defect-vit-small",
    token="${v('credential.huggingface_token', HF)}",
    local_dir="/opt/models/defect",
)
print("downloaded to", path)`)}

Error: 401 Client Error. Repo private-ஆ இருக்கு.`),

  rec('env_th', f`ช่วยดูให้หน่อยครับ บอทไลน์ที่แจ้งเตือนเวลาให้อาหารปลาในอควาเรียมไม่ตอบแล้ว

${cfg(f`LINE_CHANNEL_ID=2006183947
LINE_CHANNEL_SECRET=${v('credential.generic_secret_assignment', LINE_SECRET)}
FEEDING_SCHEDULE=/srv/aquarium/feeding.csv`)}

ขึ้น error ว่า signature validation failed ครับ`),

  rec('chat_vi', f`Chị ơi, em cần gửi cho nhân viên quầy vé bến Tuần Châu thông tin đăng nhập phần mềm bán vé mới:
Tài khoản: quayve.tuanchau
Mật khẩu: ${v('credential.user_password_pair', PW_VI)}
Chị viết giúp em một tin nhắn Zalo ngắn gọn, nhắc họ đổi mật khẩu sau lần đăng nhập đầu nhé.`),

  rec('env_id', f`Halo, aplikasi manifest penumpang kapal kita error setelah pindah server. Ini .env-nya:

${cfg(f`APP_NAME=manifest-penyeberangan
DB_URL=mysql://manifest:${v('credential.database_url_password', DBURL_ID)}@db-manifest.internal:3306/manifest
QUEUE_DRIVER=redis`)}

Errornya "Access denied for user 'manifest'@'${ip('10.20.5.11')}'". Kenapa ya?`),

  rec('chat_ms', f`Tolong tulis notis ringkas untuk penguat kuasa parkir: telefon pintar baharu untuk saman elektronik sudah sampai. Kata laluan untuk buka kunci telefon ialah ${v('credential.password_in_prose', PW_MS)} dan jangan kongsi dengan orang awam. Guna bahasa yang formal sikit.`),

  rec('chat_tl', f`Hi! Pa-draft naman ng message sa mga caregiver natin. Yung password ng bagong scheduling app ay ${v('credential.password_in_prose', PW_TL)} muna, temporary lang yan, tapos palitan nila agad pag naka-login na. Gawin mong friendly, Taglish ok lang.`),

  rec('code_java_zh_cn', f`客户那边要求我们把机台日志上传到阿里云 OSS，我写了这个，但是一直报 InvalidAccessKeyId，帮我看看：

${code(f`public class LogUploader {
    private static final String ENDPOINT = "https://oss-cn-shanghai.aliyuncs.com";
    private static final String AK_ID = "${v('credential.alibaba_access_key_id', LTAI)}";
    private static final String AK_SECRET = "${v('credential.generic_secret_assignment', LTAI_SECRET)}";

    public static void upload(File f) {
        OSS oss = new OSSClientBuilder().build(ENDPOINT, AK_ID, AK_SECRET);
        oss.putObject("fse-tool-logs", "smic/" + f.getName(), f);
        oss.shutdown();
    }
}`)}`),

  rec('chat_yue', f`唔該幫我寫個短訊俾新入職嘅 RM 同事：佢部電腦嘅初始登入密碼係 ${v('credential.password_in_prose', PW_HK)}，第一次登入之後一定要改，同埋唔好俾客戶睇到個 mon。用廣東話口語就得。`),

  rec('chat_ka', f`გამარჯობა! ზოოპარკის ვეტერინარულ ბაზაში ახალი თანამშრომლისთვის მესიჯი დამიწერე: მომხმარებელი — vet.beridze, პაროლი — ${v('credential.password_in_prose', PW_KA)}. უთხარი, რომ პირველივე შესვლისას შეცვალოს.`),

  rec('chat_hy', f`Բարև, օգնիր կարճ նամակ գրել նոր աշխատակցին։ Հաճախորդների պորտալի ժամանակավոր գաղտնաբառը՝ ${v('credential.password_in_prose', PW_HY)}, մուտքանունը՝ a.petrosyan։ Թող առաջին մուտքից հետո փոխի։`),

  rec('chat_am', f`ሰላም፣ ለአዲሷ ነርስ አጭር መልእክት ጻፍልኝ። የጉብኝት መርሃግብር መተግበሪያው የተጠቃሚ ስም hanna.t ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', PW_AM)} ነው። ከመጀመሪያው መግቢያ በኋላ እንድትቀይረው ንገራት።`),

  rec('chat_sw', f`Habari, naomba uniandikie ujumbe mfupi kwa mlinzi mpya wa bwawa la samaki: akaunti ya mfumo wa kupima maji ni aquarium.mlinzi na nenosiri ni ${v('credential.password_in_prose', PW_SW)}. Asimpe mtu mwingine.`),

  rec('yaml_fi', f`Datadog-agentti ei lähetä metriikoita lippujärjestelmän palvelimelta. Tässä conffi:

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: lippu-prod-02
tags:
  - env:prod
  - team:lipunmyynti`)}

Agentin status sanoo "API Key invalid". Pitääkö avain luoda uudestaan?`),

  rec('shell_sv', f`Hur får jag ut lösenordet till besättningsdatabasen ur Vault i en cronjobb? Just nu gör jag så här:

${cfg(f`export VAULT_ADDR=https://vault.rederi.internal:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get -field=password secret/bemanning/postgres`)}

Men token går ut efter 32 dagar. Finns det ett bättre sätt?`),

  rec('chat_da', f`Hej, jeg prøver at logge ind på serveren med P-tilladelser med den her nøgle, men den beder stadig om adgangskode:

${v('credential.openssh_private_key', SSH_DA)}

Skal rettighederne på filen være 600?`),

  rec('chat_is', f`Hæ, geturðu skrifað stutt skilaboð til áhafnarinnar um nýja vaktaplanskerfið? Notandanafn er starfsmannanúmerið og tímabundna lykilorðið er ${v('credential.password_in_prose', PW_IS)}. Þau verða að skipta um það strax.`),

  rec('email_de_at', f`Betreff: Zugang Tourenplanung – neue Pflegekraft

Servus Martina,

die Kollegin Frau Hofbauer fängt am Montag an. Ihr Benutzer für die Tourenplanung ist m.hofbauer, das Kennwort ${v('credential.password_in_prose', PW_AT)} – bitte beim ersten Einloggen ändern lassen.

Liebe Grüße
Stefan

Kannst du das bitte freundlicher und etwas kürzer formulieren?`),

  rec('json_en', f`The log shipper on the tool-side PC at the customer fab can't write to our bucket anymore. Here's the key file our IT gave me (it's in C:\\fse\\keys\\):

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "fse-tool-telemetry",
  "private_key_id": "${GCP_KEY_ID}",
  "private_key": "${v('credential.private_key', GCP_KEY.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'log-shipper@fse-tool-telemetry.iam.gserviceaccount.com')}",
  "client_id": "104882931075624183952",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'log-shipper%40fse-tool-telemetry.iam.gserviceaccount.com')}"
}`)}`)}

gsutil says 403 "does not have storage.objects.create access". Which role is missing?`),

  rec('code_ts_en', f`Webhook handler for parking permit payments keeps rejecting Stripe events with "No signatures found". Can you spot it?

\`\`\`ts
${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_restricted_key', RK_LIVE)}', { apiVersion: '2024-06-20' });
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

export async function handler(req: Request): Promise<Response> {
  const sig = req.headers.get('stripe-signature') ?? '';
  const body = await req.json();
  const event = stripe.webhooks.constructEvent(JSON.stringify(body), sig, endpointSecret);
  if (event.type === 'checkout.session.completed') await activatePermit(event.data.object);
  return new Response('ok');
}`)}
\`\`\``),

  rec('curl_en_in', f`Jira automation for missed-visit tickets is failing from our server. Command I'm testing with:

${cfg(f`curl -s -u ${v('pii.email', 'ops.blr@homecare-agency.example')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://homecare-ops.atlassian.net/rest/api/3/issue \\
  -d '{"fields":{"project":{"key":"VIS"},"summary":"Missed visit – Koramangala route","issuetype":{"name":"Task"}}}'`)}

Getting 401. Kindly check and revert.`),

  rec('code_php_es_ar', f`Che, el formulario de adopción simbólica del ecoparque no manda el mail de confirmación. ¿Me das una mano?

${code(f`<?php
$mg = Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');
$mg->messages()->send('mg.ecoparque-ba.example', [
  'from'    => 'Adopciones <${v('pii.email', 'adopciones@mg.ecoparque-ba.example')}>',
  'to'      => $padrino['mail'],
  'subject' => '¡Gracias por apadrinar a ' . $animal['nombre'] . '!',
  'text'    => $texto,
]);`)}

Tira "Forbidden" y nada más.`),

  rec('chat_ca', f`Hola! Estic configurant el Terraform per al DNS del portal de permisos d'aparcament i no sé si el token té prou permisos. El token és ${v('credential.cloudflare_api_token', CF_TOKEN)} i l'he creat amb la plantilla "Edit zone DNS". Em diu "Authentication error (10000)". Què pot ser?`),

  rec('cisco_cs', f`Ahoj, v čistých prostorách u zákazníka nám switch pro nástroje nepustí SNMP. Tady je část konfigurace:

${cfg(f`hostname fse-tools-sw02
!
username fse privilege 15 password 0 ${v('credential.network_device_secret', CISCO_PW)}
!
snmp-server community ${v('credential.network_device_secret', SNMP)} RO 10
access-list 10 permit ${ip('10.77.1.0')} 0.0.0.255
!
interface Vlan77
 ip address ${ip('10.77.1.2')} 255.255.255.0`)}

Víš, co tam chybí?`),

  rec('code_js_sl', f`Živjo, v aplikaciji za rezervacije trajekta ne vidimo napak v Sentryju. Koda za inicializacijo:

${code(f`import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', SENTRY_DSN)}',
  environment: 'production',
  tracesSampleRate: 0.2,
});`)}

Ali je DSN pravilen za EU regijo?`),

  rec('code_ps_hr', f`Bok! Skripta bi trebala poslati obavijest u Teams kad netko od posade zamijeni smjenu, ali ništa ne stiže:

${code(f`$uri = '${v('credential.teams_webhook_url', TEAMS)}'
$body = @{ text = "Zamjena smjene: $($zamjena.Ime) -> $($zamjena.Zamjenik), brod $($zamjena.Brod)" } | ConvertTo-Json
Invoke-RestMethod -Uri $uri -Method Post -Body $body -ContentType 'application/json; charset=utf-8'`)}

Je li problem u dijakriticima?`),

  rec('http_sr', f`Здраво, апликација за жалбе на казне за паркирање добија 401 од API-ја. Ево захтева из Postman-а:

${cfg(f`POST /api/v1/zalbe HTTP/1.1
Host: parking-api.grad.example.rs
Authorization: Basic ${v('credential.basic_auth_header', BASIC_SR)}
Content-Type: application/json`)}

Да ли је проблем у кодирању?`),

  rec('chat_bg', f`Здравей, опитвам се да вкарам данните от сензорите в басейна на тюлените в Grafana през API, токенът на service account-а е ${v('credential.grafana_service_account_token', GLSA)}. Получавам "invalid API key". Трябва ли да е с Bearer?`),

  rec('code_python_lt', f`Labas, Databricks darbas, kuris skaičiuoja įrangos prastovas klientų gamyklose, nebeprisijungia:

${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4417829301562.11.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8f2c1e9a7b3d4c05",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT tool_id, sum(downtime_min) FROM fse.downtime GROUP BY tool_id")`)}`),

  rec('ci_et', f`Tere! GitLabi pipeline ei saa laevagraafikute repo'st pakette alla laadida. Muutujate fail:

${cfg(f`variables:
  REGISTRY: registry.gitlab.com/parvlaevad/graafik
  GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  DEPLOY_ENV: staging`)}

Viga: "HTTP Basic: Access denied". Mida ma valesti teen?`),

  rec('chat_lt_okta', f`Sveiki! Okta skriptas, kuris blokuoja išėjusių klientų santykių vadovų paskyras, grąžina 403. Tokenas: ${v('credential.okta_api_token', OKTA)}, domenas wm-baltic.okta.com. Ar tokenui reikia Super Admin teisių?`),

  rec('chat_ur', f`السلام علیکم، براہ کرم ہوم کیئر نرسوں کے لیے ایک مختصر پیغام لکھ دیں: وزٹ نوٹس والی ایپ کا نیا پاس ورڈ ${v('credential.password_in_prose', PW_UR)} ہے، اسے کسی مریض یا رشتہ دار کو نہ بتائیں۔`),

  rec('npmrc_hi', f`नमस्ते, पार्किंग परमिट पोर्टल के build में private package install नहीं हो रहा। .npmrc फ़ाइल ऐसी है:

${cfg(f`@pune-parking:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}`)}

Error 404 आता है, पर package मौजूद है। क्या गलत है?`),

  rec('notebook_fr', f`Bonjour, dans le notebook qui résume les comptes rendus de réunions famille (family office), l'appel à Claude renvoie une erreur d'authentification :

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")
resume = client.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=800,
    messages=[{"role": "user", "content": compte_rendu}],
)`)}

La clé a été créée hier par la DSI. Une idée ?`),

  rec('code_csharp_nl_be', f`Dag collega's, de roosterapplicatie voor de bemanning van de Scheldeveer start niet meer na de update. In appsettings staat:

${cfg(f`{
  "ConnectionStrings": {
    "Rooster": "Server=sql-veer01;Database=Bemanning;User Id=rooster_app;Password=${v('credential.connection_string_password', CONN_PW_NL)};TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

Foutmelding: "Login failed for user 'rooster_app'". Iemand een idee?`),

  rec('chat_es', f`Tengo una duda con la API de Groq para transcribir los audios de los cuidadores. ¿Por qué me dice rate_limit_exceeded si casi no la uso? La clave es ${v('credential.groq_api_key', GROQ)} y la uso desde la oficina de Valencia.`),

  rec('chat_pt_br_pw', f`Preciso mandar para a cuidadora nova o acesso ao app de escala: login ${v('pii.email', 'joana.prates@cuidar-em-casa.com.br')} e senha ${v('credential.password_in_prose', tok('Cuidar', fill('b137-pwbr', B62, 6), '#'))}. Escreve uma mensagem de WhatsApp curtinha pra mim? Pode usar "você". Se ela tiver dúvida, ligar ${phone('(11) 97342-1856', 'BR')}.`),
];

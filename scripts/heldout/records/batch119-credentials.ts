/**
 * Held-out batch 119: credentials pasted by a mortgage broker's underwriting team, a music festival's
 * artist-liaison office, a marina and yacht-charter operator, a clinical-trial site, a fibre-to-the-home
 * installer's field dispatch and a same-day courier's customer service, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const RK_LIVE = tok('rk_', 'live_', '51', fill('b119-rk', B62, 97));
const TW_SID = tok('AC', fill('b119-twsid', HEX, 32));
const TW_AUTH = fill('b119-twauth', HEX, 32);
const FCM = tok('AAAA', fill('b119-fcm1', B64URL, 7), ':APA91b', fill('b119-fcm2', B64URL, 134));
const JWT_MARINA = jwt({ alg: 'RS256', typ: 'JWT', kid: 'bk-2025-02' }, { sub: 'ops-desk-03', iss: 'https://auth.bluekeel-yachting.kr', aud: 'berth-api', scope: 'berths:write charters:read', iat: 1740391200, exp: 1740394800 }, 'b119-jwtmar');
const GMAPS = tok('AIza', 'Sy', fill('b119-gmaps', B64URL, 33));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b119-slt', UPPER + DIGITS, 8), '/B07', fill('b119-slb', UPPER + DIGITS, 8), '/', fill('b119-slh', B62, 24));
const TG_BOT = tok('7318264905', ':AA', fill('b119-tg', B64URL, 33));
const SG = tok('SG.', fill('b119-sg1', B64URL, 22), '.', fill('b119-sg2', B64URL, 43));
const AZ_KEY = `${fill('b119-azst', B64, 86)}==`;
const GHP = gh('ghp', 'Tq7Mv2Kx9Lb4Nw1Rz6Hc3Pf8Ys5Dj0');
const LTAI = tok('LTAI', '5t', fill('b119-ltai', B62, 18));
const LTAI_SECRET = fill('b119-ltsec', B62, 30);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'ziprun-tw', a: fill('b119-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b119-mbx', B64URL, 22));
const SHPAT = tok('shpat_', fill('b119-shpat', HEX, 32));
const XENDIT = tok('xnd_', 'production_', fill('b119-xnd', B62, 64));
const VAULT = tok('hvs.', 'CAES', fill('b119-hvs', B64URL, 86));
const ATL = tok('ATATT', '3xFfGF0', fill('b119-atl', B64URL, 171), '=', fill('b119-atl2', HEX.toUpperCase(), 8));
const MAILCHIMP = tok(fill('b119-mc', HEX, 32), '-us14');
const SENTRY_KEY = fill('b119-sentry', HEX, 32);
const DOP = tok('dop_', 'v1_', fill('b119-dop', HEX, 64));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b119-age', BECH32, 58));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b119-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AKIA = tok('AKIA', fill('b119-akia', B32, 16));
const AKIA_SECRET = fill('b119-akias', B64, 40);
const XOXB = tok('xoxb-', '5820193746', '2-', '7719304826155-', fill('b119-xoxb', B62, 24));
const OPENAI = tok('sk-', 'proj-', fill('b119-oa1', B64URL, 58), 'T3BlbkFJ', fill('b119-oa2', B64URL, 58));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b119-ant', B64URL, 93), 'AA');
const NOTION = tok('ntn_', fill('b119-ntn1', DIGITS, 11), fill('b119-ntn2', B62, 35));
const GLSA = tok('glsa_', fill('b119-glsa1', B62, 32), '_', fill('b119-glsa2', HEX, 8));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b119-sklive', B62, 97));
const TW_SK = tok('SK', fill('b119-twsk', HEX, 32));
const TW_SK_SECRET = fill('b119-twsks', B62, 32);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1339482716053827614', '/', fill('b119-dwh', B64URL, 68));
const GLPAT = tok('glpat-', fill('b119-glpat', B64URL, 20));
const HF = tok('hf_', fill('b119-hf', UPPER + LOWER, 34));
const AZ_SECRET = tok(fill('b119-azcs1', B62, 3), '8Q~', fill('b119-azcs2', B62 + '_-.', 34));
const FIGMA = tok('figd_', fill('b119-figd', B64URL, 40));
const TFC = tok(fill('b119-tfc1', B62, 14), '.atlasv1.', fill('b119-tfc2', B62, 67));
const DD_API = fill('b119-ddapi', HEX, 32);
const DD_APP = fill('b119-ddapp', HEX, 40);
const CF_TOKEN = fill('b119-cft', B64URL, 40);
const GCP_PEM = pem('PRIVATE KEY', 'b119-gcp', 1218, '\\n');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b119-rsa', 1190);
const BREVO = tok('xkeysib-', fill('b119-brevo1', HEX, 64), '-', fill('b119-brevo2', B62, 16));
const GOCSPX = tok('GOCSPX-', fill('b119-gocspx', B64URL, 28));
const NPM = gh('npm', 'Hx3Lq8Vb2Nm6Rt1Kc9Wz4Pd7Jf5Gs0');
const DAPI = tok('dapi', fill('b119-dapi', HEX, 32));
const BEARER = fill('b119-bearer', B62 + '-._', 48);
const AIRTABLE = tok('pat', fill('b119-at1', B62, 14), '.', fill('b119-at2', HEX, 64));
const MPESA_SECRET = fill('b119-mpesa', B62, 64);
const GH_FINE = tok('github_pat_', '11B', fill('b119-ghf1', UPPER + DIGITS, 19), '_', fill('b119-ghf2', B62, 59));
const DOCKER_AUTH = b64(`lumenfibra-ci:${'Glasfaser-Spleiss-2025'}`);
const BASIC = b64('ziprun_bd_api:Rickshaw#Dhanmondi77');

export const BATCH119_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our same-day tracking service stopped sending SMS after the deploy. Here's the prod env, what's missing?

${amb('source_code.snippet', f`# ziprun-notify/.env.production
NODE_ENV=production
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', RK_LIVE)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${phone('+13128472291')}
ETA_WINDOW_MINUTES=45`)}`),

  rec('chat_de', f`Kannst du mir die Huawei-OLT-Konfig kommentieren? Der Monteur hat sie vom Gerät in Fürstenwalde abgezogen, ich versteh die AAA-Zeilen nicht:

${amb('source_code.snippet', f`sysname OLT-FW-02
aaa
 local-user monteur password cipher ${amb('credential.network_device_secret', `%@%@${fill('b119-huacip', B62, 36)}%@%@`)}
 local-user monteur service-type telnet ssh
 local-user monteur privilege level 3
#
user-interface vty 0 4
 authentication-mode aaa
 set authentication password simple ${v('credential.network_device_secret', 'Spleiss-Box!4471')}
#
snmp-agent community read cipher ${amb('credential.network_device_secret', `%^%#${fill('b119-snmpcip', B62, 28)}%^%#`)}`)}

Ist "simple" hier ein Problem?`, 'Huawei "cipher" values are reversible-encrypted forms, not the plain secret: ambiguous like password hashes; the "simple" one is plain text'),

  rec('chat_fr_qc', f`Peux-tu m'aider à écrire un courriel pour les agents d'artistes? Faut leur dire que le portail d'accréditation est ouvert. L'identifiant c'est "loges-nord" pis le mot de passe c'est ${v('credential.password_in_prose', 'Poutine-Scene3!')} — ils le changent à la première connexion. Garde ça chaleureux, c'est des tourneurs qu'on connaît depuis longtemps.`),

  rec('code_kotlin', f`O app dos entregadores não recebe push desde ontem. O backend usa a chave legada ainda:

\`\`\`kotlin
${code(f`object PushConfig {
    const val FCM_ENDPOINT = "https://fcm.googleapis.com/fcm/send"
    const val SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"
}

suspend fun notifyCourier(token: String, pedido: String) {
    http.post(PushConfig.FCM_ENDPOINT) {
        header("Authorization", "key=\${PushConfig.SERVER_KEY}")
        setBody(mapOf("to" to token, "data" to mapOf("pedido" to pedido)))
    }
}`)}
\`\`\`

Será que o Google desligou a API legada? Preciso migrar pra HTTP v1?`),

  rec('chat_ja', f`治験のEDCにログインできないとモニターさんから連絡がありました。以下をそのまま転送してもいいか、文面を整えてください。

「EDC（施設0427）の一時アカウントです。
ユーザー名：crc.tanaka0427
パスワード：${v('credential.user_password_pair', 'Sakura#2025mon')}
初回ログイン後に変更してください。」`),

  rec('curl_ko', f`계류장 예약 API에서 401이 나요. 토큰 만료된 건지 봐주세요.

${amb('source_code.snippet', f`curl -X PATCH https://api.bluekeel-yachting.kr/v2/berths/B-14 \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_MARINA)}" \\
  -H "Content-Type: application/json" \\
  -d '{"vessel":"Haeoreum","arrival":"2025-02-24T15:00+09:00"}'`)}`),

  rec('code_js_mx', f`Oye, el mapa de repartidores en el panel de atención al cliente ya no carga, dice "RefererNotAllowedMapError". Este es el script:

${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GMAPS)}",
  version: "weekly",
  libraries: ["places", "geometry"],
});

loader.load().then(() => {
  const mapa = new google.maps.Map(document.getElementById("mapa"), {
    center: { lat: 19.4326, lng: -99.1332 },
    zoom: 12,
  });
  cargarRepartidores(mapa);
});`)}

¿Tengo que agregar el dominio nuevo en la consola?`),

  rec('chat_ru', f`Помоги составить памятку для абонента после подключения оптики. Данные из наряда:
Абонент: Крылов Д. С., кв. 48
Логин PPPoE: kr48_lumen
Пароль PPPoE: ${v('credential.user_password_pair', 'Vx7-Tk2q-Lm9')}
Wi-Fi: Lumen_48 / пароль ${v('credential.password_in_prose', 'zima2025kv48')}
Нужно коротко и понятно, абонент пожилой.`),

  rec('chat_it', f`Mi scrivi un cartello bilingue (italiano/inglese) da mettere in capitaneria? "Rete Wi-Fi ospiti: PortoAzzurro-Ospiti — password: ${v('credential.password_in_prose', 'Maestrale!2025')} — valida per tutta la durata dell'ormeggio."`),

  rec('yaml_nl', f`Kun je checken waarom de nachtelijke upload naar de geldverstrekker faalt? Config van onze document-collector:

${amb('source_code.snippet', f`uploads:
  - naam: hypotheekdossiers-aanlevering
    doel: sftp://lindeboom_aanl:${v('credential.url_password', 'Tulp&Gracht-8812')}@sftp.geldverstrekker-portaal.nl:2222/inbox/
    patroon: "*.pdf"
    schema: "0 2 * * *"
  - naam: loonstroken-archief
    doel: s3://lindeboom-archief/loonstroken/`)}

Foutmelding: "Permission denied (publickey,password)".`),

  rec('python_pl', f`Skrypt do raportu wniosków kredytowych wywala się na połączeniu:

${code(f`import sqlalchemy as sa

engine = sa.create_engine(
    "postgresql+psycopg2://analityk:${v('credential.database_url_password', 'Kredyt*Hipo#2025')}@db-wnioski.internal:5432/wnioski"
)
df = pd.read_sql("SELECT status, count(*) FROM wnioski GROUP BY status", engine)`)}

błąd: "password authentication failed for user analityk". Hasło na pewno dobre, może znak # psuje URL?`),

  rec('chat_sv', f`Kan du göra om det här till ett Python-skript som postar till Slack när en artist checkar in på backstage? Webhooken vi fått av IT: ${v('credential.slack_webhook_url', SLACK_HOOK)} — kanalen heter #artistbokning.`),

  rec('code_tr', f`Kurye bot'u grupta mesaj atmıyor, kodda bir hata var mı?

${code(f`import telebot

bot = telebot.TeleBot("${v('credential.telegram_bot_token', TG_BOT)}")

@bot.message_handler(commands=["teslimat"])
def teslimat(msg):
    takip_no = msg.text.split()[1]
    bot.reply_to(msg, durum_getir(takip_no))

bot.infinity_polling()`)}`),

  rec('chat_ar', f`مرحباً، نحتاج رسالة تأكيد حجز المرسى تُرسل تلقائياً للعملاء. المبرمج ترك لي هذا المفتاح الخاص بـ SendGrid: ${v('credential.sendgrid_api_key', SG)}
هل يمكنك كتابة كود بايثون بسيط يرسل البريد باسم "مارينا اللؤلؤة"؟`),

  rec('json_he', f`שלום, סקריפט ההעלאה של קבצי ה-CRF לאחסון נכשל. זה ה-appsettings:

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=site0427crf;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
    "Container": "crf-scans"
  },
  "Study": { "Protocol": "MRD-3318-02", "Site": "0427" }
}`)}

השגיאה: "Server failed to authenticate the request". מה לבדוק?`),

  rec('shell_hi', f`भाई, technician app का repo clone नहीं हो रहा field laptop पर। ये command चलाया था:

${amb('source_code.snippet', f`git clone https://lumen-dispatch:${v('credential.github_pat', GHP)}@github.com/lumenfibra/tech-app.git`)}

"repository not found" आ रहा है, जबकि token नया बनाया था। क्या scope गलत है?`),

  rec('ini_zh', f`音乐节艺人接待系统要把护照扫描件存到 OSS，配置如下，帮我看看为什么报 InvalidAccessKeyId：

${amb('source_code.snippet', f`[oss]
endpoint = oss-cn-hangzhou.aliyuncs.com
bucket = yinyuejie-artist-docs
access_key_id = ${v('credential.alibaba_access_key_id', LTAI)}
access_key_secret = ${v('credential.generic_secret_assignment', LTAI_SECRET)}`)}`),

  rec('chat_zh_tw', f`客服後台的配送地圖改用 Mapbox 了，工程師給我這組 secret token：${v('credential.mapbox_secret_token', MAPBOX)}
請幫我寫一段說明給夜班同事，告訴他們不要把這個 token 貼到前端。`),

  rec('chat_th', f`ช่วยแปลข้อความนี้เป็นภาษาอังกฤษหน่อยค่ะ จะส่งให้ลูกค้าเช่าเรือชาวต่างชาติ: "ระบบจองท่าเรือออนไลน์ ชื่อผู้ใช้คือ อีเมลของท่าน รหัสผ่านชั่วคราวคือ ${v('credential.password_in_prose', 'Andaman-Pier88')} กรุณาเปลี่ยนรหัสผ่านหลังเข้าสู่ระบบครั้งแรก"`),

  rec('chat_vi', f`Anh ơi, em cần nối đơn hàng Shopify với hệ thống giao nhanh trong ngày. Token admin của shop là ${v('credential.shopify_access_token', SHPAT)}, anh viết giúp em đoạn code lấy đơn mới mỗi 5 phút được không?`),

  rec('env_id', f`Tolong cek kenapa callback pembayaran ongkir gagal terus:

${amb('source_code.snippet', f`XENDIT_SECRET_KEY=${v('credential.generic_secret_assignment', XENDIT)}
XENDIT_CALLBACK_TOKEN=${v('credential.generic_secret_assignment', fill('b119-xndcb', B62, 48))}
KURIR_KOTA=jakarta,bandung,surabaya`)}

Log cuma bilang "invalid callback token".`),

  rec('json_el', f`Το CI της μαρίνας δεν κάνει pull το image από το registry μας. Αυτό είναι το ~/.docker/config.json στον runner:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.lumenfibra.gr": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Τι σημαίνει "unauthorized: incorrect username or password";`),

  rec('chat_uk', f`Сервіс розподілу нарядів не стартує, в логах "permission denied" від Vault. Токен, що стоїть у systemd unit: VAULT_TOKEN=${v('credential.vault_token', VAULT)}. Це токен з TTL? Як перевірити, чи він ще живий?`),

  rec('chat_cs', f`Ahoj, potřebuju skript, který z Jiry vytáhne všechny tikety "chybí daňové přiznání" pro hypoteční žádosti. Přihlašuju se jako ${v('pii.email', 'p.dvorakova@keystone-hypoteky.cz')} a API token je ${v('credential.atlassian_api_token', ATL)}. Stačí Python s requests.`),

  rec('chat_hu', f`Szia! A fesztivál önkéntes-hírlevelét Mailchimpből küldjük, a kulcs: ${v('credential.mailchimp_api_key', MAILCHIMP)}. Írnál egy PHP-kódot, ami feliratkoztatja az akkreditációs űrlap kitöltőit?`),

  rec('code_ro', f`Aplicația de curierat raportează erori în Sentry doar din staging, din producție nimic:

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508812.ingest.de.sentry.io/4508812336291840`)}",
  environment: process.env.APP_ENV,
  tracesSampleRate: 0.2,
});`)}

E ceva greșit în inițializare?`),

  rec('terraform_fi', f`Terraform plan kaatuu, vaikka token on uusi. Tämä on providers.tf:

${amb('source_code.snippet', f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DOP)}"
}

resource "digitalocean_droplet" "dispatch" {
  name   = "asennukset-dispatch-01"
  region = "ams3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Virhe: "Unable to authenticate you".`),

  rec('chat_da', f`Vi krypterer charterkontrakterne med age før de ryger i backup. Jeg har fundet nøglen i en gammel note: ${v('credential.age_secret_key', AGE)} — hvordan dekrypterer jeg én fil med den fra kommandolinjen?`),

  rec('chat_no', f`Kan du forklare hvorfor ssh nekter denne nøkkelen? Den ligger på koordinatorens PC for opplasting til sponsorens SFTP:

${v('credential.openssh_private_key', OSSH)}

Feilmelding: "UNPROTECTED PRIVATE KEY FILE!"`),

  rec('aws_credentials', f`The document-collection bucket for payslips and bank statements throws AccessDenied from the new underwriting laptop. ~/.aws/credentials:

${amb('source_code.snippet', f`[default]
region = eu-west-2

[northgate-docs]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}`)}

Is it the profile name or the bucket policy?`),

  rec('code_python_in', f`Yaar dispatch bot is posting in the wrong channel, check once:

\`\`\`python
${code(f`from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', XOXB)}")

def post_job(job):
    client.chat_postMessage(
        channel="#ftth-dispatch-pune",
        text=f"New install {job['id']} at {job['area']} — slot {job['slot']}",
    )`)}
\`\`\``),

  rec('shell_de_ch', f`Chasch mer säge, wiso das Backup-Script vo de Hafeverwaltig nüme lauft? Es chunnt "Access denied":

${amb('source_code.snippet', f`mysqldump -h db-hafen.intern -u liegeplatz_bkp -p'${v('credential.mysql_cli_password', 'Seebueb-Zueri#19')}' liegeplaetze > /backup/liegeplaetze_$(date +%F).sql`)}`),

  rec('chat_fr', f`Je veux un petit script qui résume les comptes rendus de visites de monitoring de l'essai. Ma clé OpenAI perso : ${v('credential.openai_api_key', OPENAI)} — c'est bon si je la mets directement dans le script ? C'est juste pour moi sur mon poste.`),

  rec('code_python_es', f`Estoy haciendo un bot que contesta a los mánagers de los artistas sobre horarios de prueba de sonido. ¿Por qué me da 401?

${code(f`import anthropic

cliente = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

resp = cliente.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=400,
    messages=[{"role": "user", "content": pregunta}],
)
print(resp.content[0].text)`)}`),

  rec('chat_ca', f`Hola! Vull connectar el formulari d'acreditacions de premsa del festival amb la base de dades de Notion. La integració interna té aquest token: ${v('credential.notion_token', NOTION)}. Em fas un exemple en JavaScript per afegir una fila?`),

  rec('curl_bn', f`কুরিয়ার ট্র্যাকিং API-তে এই রিকোয়েস্টটা 403 দিচ্ছে, কী ভুল?

${amb('source_code.snippet', f`curl -s https://api.ziprun.com.bd/v1/parcels/ZR-DH-448120 \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}"`)}`),

  rec('chat_ta', f`ஃபைபர் இணைப்பு டாஷ்போர்டுக்கு Grafana service account token இது: ${v('credential.grafana_service_account_token', GLSA)}. இதை வைத்து எல்லா alert rules-ஐயும் export செய்ய ஒரு curl command எழுதித் தர முடியுமா?`),

  rec('chat_ka', f`გამარჯობა! იახტების ქირავნობის საიტზე ონლაინ გადახდა არ მუშაობს. დეველოპერმა დაგვიტოვა ეს გასაღები: ${v('credential.stripe_secret_key', SK_LIVE)} — შეგიძლია შეამოწმო, ტესტის გასაღებია თუ ნამდვილი?`),

  rec('code_hy', f`Բարև, առաքման SMS-ները չեն գնում, նայիր խնդրում եմ կոդը:

${code(f`const client = require("twilio")("${v('credential.twilio_api_key', TW_SK)}", "${v('credential.generic_secret_assignment', TW_SK_SECRET)}", {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
});

await client.messages.create({ to: hachakhord.heraxos, from: "ZipRun", body: \`Ձեր ծանրոցը ճանապարհին է\` });`)}`),

  rec('chat_am', f`ሰላም፣ ለጥናቱ አስተባባሪዎች የREDCap መግቢያ መመሪያ በአማርኛ እንድትጽፍልኝ እፈልጋለሁ። የተጠቃሚ ስም፦ site0427_crc የይለፍ ቃል፦ ${v('credential.password_in_prose', 'Abeba-Trial#27')} — ከመጀመሪያው መግቢያ በኋላ እንዲቀይሩት ንገራቸው።`),

  rec('env_sw', f`Habari, malipo ya M-Pesa kwa wateja wa usafirishaji wa siku hiyo hiyo hayapiti. Hii ndiyo .env yetu:

${amb('source_code.snippet', f`MPESA_ENV=production
MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', fill('b119-mpkey', B62, 48))}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', MPESA_SECRET)}
MPESA_SHORTCODE=174920`)}

Kosa linasema "Invalid Access Token".`),

  rec('chat_ms', f`Boleh tolong tulis skrip Python untuk tarik senarai penghantaran dari Airtable kami? Token: ${v('credential.airtable_pat', AIRTABLE)}, base "Penghantaran KL", jadual "Hari Ini".`),

  rec('chat_tl', f`Pa-help naman, gusto ko mag-post sa Discord ng artist team pag may bagong arrival sa airport. Eto yung webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — pwede bang Python lang, simple lang?`),

  rec('yaml_fa', f`سلام، پایپ‌لاین GitLab برای اپ تکنسین‌های فیبر نوری push نمی‌کند:

${amb('source_code.snippet', f`deploy:
  stage: deploy
  script:
    - git remote set-url origin "https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.lumenfibra.ir/dispatch/tech-app.git"
    - git push origin HEAD:release`)}

خطا: "HTTP Basic: Access denied".`),

  rec('chat_ur', f`السلام علیکم، کورئیر کسٹمر سروس کے لیے ایک چھوٹا سا اردو چیٹ بوٹ بنانا ہے۔ Hugging Face کا token یہ ہے: ${v('credential.huggingface_token', HF)} — کیا آپ Python میں مثال دے سکتے ہیں جو inference API استعمال کرے؟`),

  rec('shell_sr', f`Ноћни скрипт за прикупљање логова са ONT-ова пада. Ово је део:

${code(f`#!/bin/bash
for host in $(cat /opt/dispecer/ont_lista.txt); do
  sshpass -p '${v('credential.cli_password', 'Opticki#Kabl2025')}' scp -o StrictHostKeyChecking=no "tehnicar@$host:/var/log/ont.log" "/srv/logovi/$host.log"
done`)}

Да ли је проблем у петљи?`),

  rec('chat_hr', f`Bok, aplikacija za rezervaciju vezova ne može dobiti token od Entra ID-a. Client ID je 6f2a91c4-3b7e-4d58-a0c1-9e84b2d7f613, a tajna ${v('credential.azure_client_secret', AZ_SECRET)}. Greška: AADSTS7000215. Što to znači?`),

  rec('chat_hr_festival', f`Bok, dizajnerica festivala mi je poslala Figma token ${v('credential.figma_token', FIGMA)} da izvezem sve akreditacijske kartice kao PNG. Možeš mi napisati skriptu u Node.js?`),

  rec('hcl_et', f`Terraform Cloud'i sisselogimine ei tööta uues dispetšeri serveris. ~/.terraformrc:

${amb('source_code.snippet', f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Mida "Error: Required token could not be found" tähendab, kui fail on olemas?`),

  rec('env_lv', f`Datadog nerāda kurjeru lietotnes metrikas. Lūdzu, paskaties:

${amb('source_code.snippet', f`DD_SITE=datadoghq.eu
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
DD_SERVICE=kurjeri-api`)}`),

  rec('chat_is', f`Hæ, ég þarf að uppfæra DNS-færslu fyrir bókunarvef smábátahafnarinnar. Cloudflare API token: CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} — geturðu skrifað curl skipun sem breytir A-færslunni?`),

  rec('json_sa_key', f`Our ETL from the trial's ePRO vendor into BigQuery fails with "invalid_grant". Key file (it was emailed to the site by the CRO, I know…):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "site0427-epro-sync",
  "private_key_id": "${fill('b119-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'epro-loader@site0427-epro-sync.iam.gserviceaccount.com')}",
  "client_id": "108374291046628193745",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'epro-loader%40site0427-epro-sync.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat', f`The e-signature vendor for our mortgage offers wants us to sign requests with this key. Is it PKCS#1 or PKCS#8, and how do I convert it for their Java SDK?

${v('credential.private_key', RSA_PEM)}`),

  rec('chat_pt_pt', f`Olá, precisamos de enviar os lembretes de documentos em falta (recibos de vencimento, IRS, caderneta predial) aos clientes do crédito habitação. A chave da Brevo é ${v('credential.brevo_api_key', BREVO)}. Consegues fazer-me um script em Python que envie o e-mail modelo 14?`),

  rec('json_de_at', f`Servus, der Google-Login fürs Künstler-Portal vom Festival geht seit gestern nicht mehr, "invalid_client". Hier die client_secret.json:

${amb('source_code.snippet', f`{"web":{"client_id":"582037194466-q7k2m9v4h1s8d3f6j0p5r2t7y4u9w1e3.apps.googleusercontent.com","project_id":"festival-kuenstlerportal","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://artists.donaufest.at/auth/callback"]}}`)}`),

  rec('chat_ar_eg', f`يا جماعة، الـ API بتاع شركة الشحن بيرجع 401 مع إن التوكن لسه متجدد النهارده. ده الهيدر اللي ببعته:
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
هو في حاجة غلط في الطريقة؟`),

  rec('npmrc', f`CI can't install our private @ziprun packages:

${amb('source_code.snippet', f`@ziprun:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

"404 Not Found - GET https://registry.npmjs.org/@ziprun%2fparcel-sdk". Token has read access.`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('code_python_ko', f`임상시험 데이터 파이프라인에서 Databricks 잡이 권한 오류가 나요. 코드 확인 부탁드립니다.

${code(f`from databricks.sdk import WorkspaceClient

w = WorkspaceClient(
    host="https://adb-4821937465012834.7.azuredatabricks.net",
    token="${v('credential.databricks_token', DAPI)}",
)
run = w.jobs.run_now(job_id=58213)
print(run.response().run_id)`)}`),

  rec('chat_fine_pat', f`Our fibre-dispatch GitHub Action can't read the private "splice-maps" repo. I made a fine-grained token ${v('credential.github_fine_grained_pat', GH_FINE)} with Contents: read on that repo only. Still 404. Ideas?`),

];

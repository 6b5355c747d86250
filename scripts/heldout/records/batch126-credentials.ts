/**
 * Held-out batch 126: credentials pasted by staff of a funeral-insurance mutual, a vertical-farming
 * startup, a municipal housing-benefit office, a luxury watch retailer's after-sales service, a
 * cyber-insurance broker and a mountain-bike park, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const OPENAI = tok('sk-proj-', fill('b126-oai1', B64URL, 74), 'T3BlbkFJ', fill('b126-oai2', B64URL, 74));
const AKIA = tok('AKIA', fill('b126-akia', B32, 16));
const AWS_SECRET = fill('b126-awssec', B64, 40);
const SQUARE = tok('EAAA', fill('b126-square', B64URL, 60));
const TW_SID = tok('AC', fill('b126-twsid', HEX, 32));
const TW_AUTH = fill('b126-twauth', HEX, 32);
const GHP = gh('ghp', 'Tq7Lw2Zm9Rk4Bx8Nc1Vf6Hs3Jd5Gp0');
const STRIPE = tok('sk_', 'live_', '51', fill('b126-stripe', B62, 97));
const SHOPIFY = tok('shpat_', fill('b126-shpat', HEX, 32));
const AZ_STORAGE = `${fill('b126-azst', B64, 86)}==`;
const GLSA = tok('glsa_', fill('b126-glsa1', B62, 32), '_', fill('b126-glsa2', HEX, 8));
const XOXB = tok('xoxb-', '4827193650', '2-', '7391046285173-', fill('b126-xoxb', B62, 24));
const MAILCHIMP = tok(fill('b126-mc', HEX, 32), '-us14');
const HF = tok('hf_', fill('b126-hf', B62, 34));
const JWT_PL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kc-2024-11' }, { sub: 'f3a9c2e1-7b44-4d1e-9a0c-5e8f2b6d4c17', iss: 'https://sso.kestrel-cyber.com/realms/underwriting', aud: 'quote-api', exp: 1767225600, preferred_username: 'm.wisniewska' }, 'b126-jwtpl');
const SG = tok('SG.', fill('b126-sg1', B64URL, 22), '.', fill('b126-sg2', B64URL, 43));
const TELEGRAM = tok('7391846205', ':AA', fill('b126-tg', B64URL, 33));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b126-ssh', 400);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b126-atl', B64URL, 171), '=', fill('b126-atl2', HEX.toUpperCase(), 8));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1284739201847362059', '/', fill('b126-dischook', B64URL, 68));
const VAULT = tok('hvs.', fill('b126-vault', B62, 24));
const CF_TOKEN = fill('b126-cftok', B62 + '-_', 40);
const MAILGUN = tok('key-', fill('b126-mg', HEX, 32));
const GOOGLE = tok('AIza', 'Sy', fill('b126-gapi', B62 + '-_', 33));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b126-rk', B62, 97));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b126-ant', B64URL, 93), 'AA');
const NPM = gh('npm', 'Hd4Kq8Wz1Lm7Pv3Rx9Bc6Nt2Fy5Gs0');
const FCM = tok('AAAA', fill('b126-fcm1', B64URL, 7), ':APA91b', fill('b126-fcm2', B64URL, 134));
const GLPAT = tok('glpat-', fill('b126-glpat', B62, 20));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'tlqmzxvokwbhrnpcgsae', role: 'service_role', iat: 1719830400, exp: 2035406400 }, 'b126-supa');
const DO_TOKEN = tok('dop_v1_', fill('b126-do', HEX, 64));
const AZ_CLIENT = tok(fill('b126-azc1', B62, 3), '8Q~', fill('b126-azc2', B62 + '_.~-', 34));
const SENTRY_DSN = tok('https://', fill('b126-sentry', HEX, 32), '@o4507183.ingest.de.sentry.io/4508271936514048');
const BREVO = tok('xkeysib-', fill('b126-brevo1', HEX, 64), '-', fill('b126-brevo2', B62, 16));
const OKTA = tok('00', fill('b126-okta', B64URL, 40));
const ALI_ID = tok('LTAI', '5t', fill('b126-ltai', B62, 18));
const ALI_SECRET = fill('b126-alisec', B62, 30);
const PMAK = tok('PMAK-', fill('b126-pmak1', HEX, 24), '-', fill('b126-pmak2', HEX, 34));
const DD_API = fill('b126-ddapi', HEX, 32);
const DD_APP = fill('b126-ddapp', HEX, 40);
const NOTION = tok('ntn_', fill('b126-ntn1', DIGITS, 11), fill('b126-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b126-at1', B62, 14), '.', fill('b126-at2', HEX, 64));
const TFC = tok(fill('b126-tfc1', B62, 14), '.atlasv1.', fill('b126-tfc2', B62, 67));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b126-age', BECH32, 58));
const GSA_PEM = pem('PRIVATE KEY', 'b126-gsa', 1216, '\n');
const GSA_PEM_JSON = GSA_PEM.replace(/\n/g, '\\n') + '\\n';
const DOCKER_AUTH = b64('ridgeline-ci:Kettenblatt-44!');
const FINE_PAT = tok('github_pat_', '11B4ZQ7RA0', fill('b126-fpat1', B62, 12), '_', fill('b126-fpat2', B62, 59));
const LINEAR = tok('lin_api_', fill('b126-linear', B62, 40));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b126-pypi', B64URL, 160));
const BASIC = b64('api-obracun:Lipa#Zagorje-2024');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b126-shk1', UPPER + DIGITS, 8), '/B07', fill('b126-shk2', UPPER + DIGITS, 8), '/', fill('b126-shk3', B62, 24));
const CISCO_HASH = tok('$8$', fill('b126-c8salt', B62 + './', 14), '$', fill('b126-c8hash', B62 + './', 43));
const TWILIO_SK = tok('SK', fill('b126-twsk', HEX, 32));
const TWILIO_SK_SECRET = fill('b126-twsksec', B62, 32);

export const BATCH126_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Leafstack grower-support here. The tower controller keeps reconnecting every ~90s. Here's the .env from the edge box in Rack C (I know, I know, I'll rotate after):

${cfg(f`# /opt/leafstack/edge/.env
SITE_ID=nwk-03
MQTT_BROKER=mqtts://broker.leafstack.io:8883
MQTT_USER=edge-nwk-03
MQTT_PASSWORD=${v('credential.password_assignment', 'Basil&Mint-0347')}
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
DOSING_PUMP_CALIBRATION=1.043
LOG_LEVEL=debug`)}

Is keepalive=60 too low for a 4G uplink?`),

  rec('chat_de', f`Kannst du mir sagen, warum Node-RED beim Upload der Sensordaten nach S3 „SignatureDoesNotMatch" wirft? Die Credentials im Flow:

${cfg(f`{
  "id": "a41f7c2e.9d3b",
  "type": "aws-config",
  "name": "leafstack-telemetry",
  "region": "eu-central-1",
  "accesskeyid": "${v('credential.aws_access_key_id', AKIA)}",
  "secretaccesskey": "${v('credential.aws_secret_access_key', AWS_SECRET)}"
}`)}

Region stimmt, Uhrzeit auf dem Pi auch (NTP läuft).`),

  rec('chat_gsw', f`Hoi zäme, chönd ihr mir hälfe es churzes Mail z'formuliere für de Lieferant vom Kassesystem? Sie händ s'Admin-Login für üsi Filiale Bahnhofstrasse zrugggsetzt. Benutzer isch "aurele-zh-admin" und s'neue Passwort isch ${v('credential.password_in_prose', 'Tourbillon!Zh2291')}. Ich wött ihne säge, dass mir das nöd per Mail wänd becho, sondern per SMS uf mini Nummere ${phone('079 384 27 15', 'CH')}.`),

  rec('ini_fr', f`Bonjour, notre outil d'édition des courriers de condoléances n'envoie plus rien depuis lundi. Voici la conf :

${cfg(f`[smtp]
host = smtp.ultima-mutuelle.fr
port = 587
utilisateur = courriers-sinistres
mot_de_passe = ${v('credential.password_assignment', 'Chrysantheme#58')}
expediteur = ${v('pii.email', 'sinistres@ultima-mutuelle.fr')}
tls = starttls`)}

Le serveur répond « 535 5.7.8 Authentication credentials invalid ». C'est le mot de passe ou le TLS ?`),

  rec('chat_fr_ca', f`Allô, le terminal de location au chalet du bas arrête pas de nous sortir « UNAUTHORIZED ». Mon boss a mis ce token-là dans l'app Square pis ça marchait la semaine passée : ${v('credential.square_access_token', SQUARE)}. C'tu parce qu'on est rendus en mode production?`),

  rec('chat_es', f`Hola, ¿me ayudas con esta consulta? En la Oficina Municipal de Ayudas al Alquiler el script de cruce con el padrón falla al conectar:

DATABASE_URL=postgresql://padron_ro:${v('credential.database_url_password', 'Giralda_1492$')}@pg-padron.ayto.local:5432/padron

Error: FATAL: no pg_hba.conf entry for host. ¿Es problema de red o de usuario?`),

  rec('code_python_es_mx', f`Oye, el bot que manda alertas de humedad a los productores por WhatsApp dejó de jalar. Este es el código:

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def alerta(numero, torre, humedad):
    client.messages.create(
        from_="whatsapp:${phone('+16463829174')}",
        to=f"whatsapp:{numero}",
        body=f"Torre {torre}: humedad {humedad}% fuera de rango",
    )`)}
\`\`\`

Sale error 20003. ¿Será el token?`),

  rec('chat_pt_br', f`gente, o git tá pedindo senha toda hora no repositório do questionário de subscrição. coloquei o token direto no remote e ainda assim dá 403:

git remote set-url origin https://kestrel-bot:${v('credential.github_pat', GHP)}@github.com/kestrel-cyber/uw-questionnaire.git

o que eu tô fazendo de errado?`),

  rec('code_php_pt', f`Boa tarde. O formulário de pagamento das quotas da mútua deixou de funcionar após a atualização para PHP 8.3. Podem ver?

\`\`\`php
${code(f`<?php
require 'vendor/autoload.php';

\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE)}');

$intent = \\Stripe\\PaymentIntent::create([
    'amount' => $quota * 100,
    'currency' => 'eur',
    'metadata' => ['apolice' => $numeroApolice],
]);
echo json_encode(['clientSecret' => $intent->client_secret]);`)}
\`\`\``),

  rec('chat_it', f`Ciao! Sto collegando il gestionale riparazioni al negozio Shopify di Maison Aurèle per sincronizzare gli stati ("in revisione", "pronto per il ritiro"). Uso questo token dell'app custom: ${v('credential.shopify_access_token', SHOPIFY)} — ma la chiamata a /admin/api/2024-10/orders.json restituisce 403. Mancano gli scope?`),

  rec('json_nl', f`Onze afdeling Bijzondere Bijstand (gemeente) krijgt een fout bij het uploaden van scans naar Azure. appsettings.json:

${cfg(f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=stbijstanddocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "aanvragen-2025"
  }
}`)}

Foutmelding: 403 AuthorizationPermissionMismatch. Wat moet ik in de portal aanpassen?`),

  rec('chat_nl_be', f`Kunde gij dit wa proper maken voor op het briefke aan de balie van de verhuur? "WiFi voor de mecaniciens: Ridgeline-Werkplaats, paswoord ${v('credential.password_in_prose', 'Schokbreker-2025')}. Den router zelf (admin) niet aankomen aub."`),

  rec('yaml_sv', f`Hej! Vi provisionerar Grafana-dashboards för odlingsrummen med Terraform men får 401. Vad är fel?

${cfg(f`provider "grafana" {
  url  = "https://leafstack.grafana.net/"
  auth = "${v('credential.grafana_service_account_token', GLSA)}"
}

resource "grafana_folder" "odling" {
  title = "Odlingsrum Malmö"
}`)}`),

  rec('chat_nb', f`Hei, kan du forklare hvorfor Slack-boten vår for nye skadeforespørsler ikke får lese kanalene? Den bruker ${v('credential.slack_bot_token', XOXB)} og har scopes chat:write og channels:read.`),

  rec('chat_da', f`Hej, kan du skrive en kort vejledning til sæsonhjælperne om nyhedsbrevet? Til info bruger vi Mailchimp-nøglen ${v('credential.mailchimp_api_key', MAILCHIMP)} i tilmeldingsformularen på bikeparkens hjemmeside – skal den egentlig ligge i frontend-koden?`),

  rec('chat_fi', f`Moi! Yritän ladata mallin kasvatushyllyjen kuvantunnistukseen, mutta saan 401:n. Käytän tokenia ${v('credential.huggingface_token', HF)} ja komentoa huggingface-cli download leafstack/lettuce-tipburn-v3. Onko token vanhentunut?`),

  rec('chat_is', f`Geturðu hjálpað mér að orða tölvupóst til nýja starfsmannsins í tjónadeildinni? Notandanafnið hennar í kerfinu er "g.sigurdardottir" og tímabundna lykilorðið er ${v('credential.password_in_prose', 'Hraunberg-7734')}, hún á að breyta því við fyrstu innskráningu.`),

  rec('curl_pl', f`Cześć, dlaczego API wycen zwraca 401, skoro token jest świeży?

${amb('source_code.snippet', f`curl -s https://api.kestrel-cyber.com/uw/v2/quotes \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_PL)}" \\
  -H "Content-Type: application/json" \\
  -d '{"revenue_eur": 18000000, "sector": "logistics", "mfa": true}'`)}`),

  rec('chat_cs', f`Ahoj, potřebuju vyexportovat žádosti o příspěvek na bydlení za říjen. Zkouším:

mysql -h db-socialni.mesto.local -u prispevky -p'${v('credential.mysql_cli_password', 'Vltava*2024')}' prispevky -e "SELECT * FROM zadosti WHERE mesic='2024-10'" > rijen.tsv

a hází to ERROR 1045. Kde je chyba?`),

  rec('chat_sk', f`Dobrý deň, nefungujú nám potvrdenia o prijatí hodiniek do servisu. V konfigurácii máme SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)} a odosielateľa ${v('pii.email', 'servis@aurele-watches.sk')} máme overeného? Nie som si istý.`),

  rec('chat_hu', f`Szia! A bringapark elsősegély-ügyeleti Telegram-botja nem küld értesítést, ha új baleseti bejelentés jön. A token: ${v('credential.telegram_bot_token', TELEGRAM)}. A webhook URL https-en van. Mit nézzek meg?`),

  rec('chat_ro', f`Salut, colegul a plecat și a lăsat cheia asta pe serverul de la ferma din Cluj. Pot s-o folosesc ca să intru pe gateway-ul de senzori sau trebuie alta?

${v('credential.openssh_private_key', SSH_KEY)}

Gateway-ul e la ${amb('pii.ip_address', '192.168.40.12')}, user pi.`),

  rec('chat_hr', f`Bok, zašto nam integracija s knjigovodstvom vraća 401? Šaljem zaglavlje "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" prema https://obracun.ultima-osiguranje.hr/api/isplate.`),

  rec('chat_sr', f`Здраво, треба ми помоћ око скрипте која из Jira-е вади захтеве за понуде сајбер осигурања. Користим API токен ${v('credential.atlassian_api_token', ATLASSIAN)} са налогом ${v('pii.email', 'd.petrovic@kestrel-cyber.com')}, али добијам 403. Да ли токен мора да буде везан за пројекат?`),

  rec('chat_sl', f`Živjo, rada bi, da se obvestila o alarmih iz rastlinjaka pošiljajo na naš Discord. Webhook sem nastavila takole: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — ampak ne pride nič. Kaj manjka v JSON-u?`),

  rec('properties_bg', f`Здравейте, приложението за жилищни помощи не стартира след деплой. application.properties:

${cfg(f`spring.datasource.url=jdbc:postgresql://db01.obshtina.local:5432/zhilishtni
spring.datasource.username=zh_app
spring.datasource.password=${v('credential.password_assignment', 'Vitosha_Zh!88')}
spring.jpa.hibernate.ddl-auto=validate`)}

Грешката е "password authentication failed".`),

  rec('chat_ru', f`Привет. Для андеррайтинга настраиваем Vault, но из CI получаем permission denied. Токен, который выдал админ: ${v('credential.vault_token', VAULT)}, путь secret/data/uw/scoring. Что ещё проверить в политике?`),

  rec('chat_uk', f`Привіт! Допоможи розібратися: у Terraform для DNS ферми ми задаємо CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}, але план падає з "Authentication error (10000)". Чи потрібні токену права Zone:Read?`),

  rec('chat_el', f`Γεια σας, στείλαμε υπενθυμίσεις παραλαβής ρολογιών μετά το σέρβις μέσω Mailgun, αλλά όλες επιστρέφουν 401. Το κλειδί που έχουμε στο σύστημα είναι ${v('credential.mailgun_api_key', MAILGUN)}. Μήπως είναι θέμα EU region;`),

  rec('chat_tr', f`Merhaba, bisiklet parkının harita sayfasında Google Maps açılmıyor, konsolda "RefererNotAllowedMapError" var. Anahtarımız ${v('credential.google_api_key', GOOGLE)}. Kısıtlamaya hangi alan adlarını eklemeliyim?`),

  rec('chat_ar', f`مرحباً، أحتاج إلى صياغة رسالة لمقدّم طلب دعم الإيجار في البلدية. تم إنشاء حساب له على البوابة الإلكترونية، اسم المستخدم: h.alnaimi وكلمة المرور المؤقتة: ${v('credential.password_in_prose', 'Nakheel@2025')} ويجب تغييرها عند أول تسجيل دخول. اكتبها بأسلوب رسمي ومختصر.`),

  rec('chat_ar_gulf', f`هلا، أبي أعرف ليش الـ restricted key اللي سويناه لنظام الصيانة في فرع دبي ما يقدر يسوي refunds؟ المفتاح: ${v('credential.stripe_restricted_key', RK_LIVE)}. الصلاحيات اللي حطيناها: Charges read, Refunds write.`),

  rec('chat_he', f`היי, אנחנו בונים כלי פנימי שמסכם שאלוני חיתום סייבר. המפתח שלנו ל-Claude הוא ${v('credential.anthropic_api_key', ANTHROPIC)} ואנחנו מקבלים 429 כל הזמן. איך מגדילים את המכסה?`),

  rec('npmrc_fa', f`سلام، وقتی پکیج داخلی سنسورها را نصب می‌کنم خطای ۴۰۱ می‌گیرم. فایل ‎.npmrc‎ من:

${cfg(f`@leafstack:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

مشکل از کجاست؟`),

  rec('chat_hi', f`नमस्ते, कृपया दावा विभाग के नए कर्मचारी के लिए एक स्वागत ईमेल लिखें। उनका यूज़रनेम "r.verma" है और अस्थायी पासवर्ड ${v('credential.password_in_prose', 'Gulmohar#4471')} है, पहली बार लॉगिन करने पर इसे बदलना होगा।`),

  rec('chat_hinglish', f`bhai grower app ke push notifications band ho gaye hain since yesterday. Firebase console mein legacy server key yeh hai: ${v('credential.firebase_fcm_server_key', FCM)} — kya legacy API band ho gayi? HTTP v1 pe migrate karna padega kya?`),

  rec('chat_bn', f`হ্যালো, বাইক পার্কের বুকিং সাইটের CI পাইপলাইন ফেইল করছে। GitLab-এ যে টোকেন দিয়েছি সেটা হলো ${v('credential.gitlab_pat', GLPAT)}, স্কোপ read_repository। কেন "HTTP Basic: Access denied" দেখাচ্ছে?`),

  rec('chat_ta', f`வணக்கம், எங்கள் விவசாயிகள் டாஷ்போர்டில் Supabase service role key பயன்படுத்துகிறோம்: ${v('credential.jwt', SUPA_JWT)} — இதை frontend-ல வைக்கலாமா? RLS bypass ஆகுமா?`),

  rec('chat_th', f`สวัสดีครับ ระบบติดตามงานซ่อมนาฬิกาของสาขาเซ็นทรัลเวิลด์ deploy ไม่ได้ครับ ใช้ DigitalOcean token ${v('credential.digitalocean_token', DO_TOKEN)} ใน GitHub Actions แล้วขึ้น "Unable to authenticate you" ต้องสร้าง token ใหม่ไหมครับ`),

  rec('chat_vi', f`Chào bạn, mình đang kết nối ứng dụng quản lý giàn trồng với Microsoft Graph. App registration có client secret là ${v('credential.azure_client_secret', AZ_CLIENT)}, tenant của Leafstack Việt Nam. Lỗi AADSTS7000215 nghĩa là gì vậy?`),

  rec('chat_id', f`Halo, aplikasi penyewaan sepeda kami crash terus dan error-nya tidak masuk ke Sentry. DSN yang kami pakai: ${v('credential.sentry_dsn', SENTRY_DSN)}. Apakah salah region?`),

  rec('chat_ms', f`Hai, boleh tolong semak kenapa e-mel peringatan pembaharuan polisi khairat kematian tidak dihantar? Kunci Brevo dalam sistem: ${v('credential.brevo_api_key', BREVO)}. Log hanya tunjuk "unauthorized".`),

  rec('chat_tl', f`Hi po, yung script namin para i-deactivate yung mga ex-employee sa Okta ay nag-e-error ng 401. Ginamit ko yung API token na ${v('credential.okta_api_token', OKTA)} galing sa admin console. Kailangan ba Super Admin yung gumawa nung token?`),

  rec('chat_zh_cn', f`你好，我们垂直农场的环境数据要同步到阿里云 OSS，但是一直报 InvalidAccessKeyId。配置如下：
AccessKey ID：${v('credential.alibaba_access_key_id', ALI_ID)}
AccessKey Secret：${v('credential.generic_secret_assignment', ALI_SECRET)}
Endpoint：oss-cn-shanghai.aliyuncs.com
请问是不是 RAM 用户权限不够？`),

  rec('chat_zh_tw', f`請問一下，我們售後服務的 Postman collection 要分享給外包廠商，裡面的環境變數有 ${v('credential.postman_api_key', PMAK)} 這把 API key，直接匯出會不會一起帶出去？`),

  rec('chat_yue', f`喂，幫我寫個 message 俾新同事，話佢知售後系統嘅登入資料：user: hk.aftersales03 / pw: ${v('credential.user_password_pair', 'Victoria-Harbour88')}，記得佢第一次登入要改密碼。語氣要 friendly 啲。`),

  rec('yaml_ja', f`栽培ラックのメトリクスが Datadog に届きません。datadog.yaml の該当部分です：

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: leafstack-osaka-edge-02
tags:
  - farm:osaka
  - rack:b`)}

エージェントのログには「API Key invalid, dropping transaction」と出ています。`),

  rec('chat_ko', f`안녕하세요, 사이버보험 인수심사 노트를 Notion에 자동으로 올리려고 합니다. 통합 토큰은 ${v('credential.notion_token', NOTION)} 이고, 데이터베이스 공유도 했는데 "object_not_found" 에러가 납니다. 뭐가 문제일까요?`),

  rec('chat_ka', f`გამარჯობა, დამეხმარეთ წერილის დაწერაში ველოპარკის ახალი ინსტრუქტორისთვის. სარეზერვო სისტემაში მისი მომხმარებელია "n.beridze", დროებითი პაროლი კი — ${v('credential.password_in_prose', 'Mtatsminda#19')}. უნდა შეცვალოს პირველივე შესვლისას.`),

  rec('yaml_hy', f`Բարև, մեր հուղարկավորության ապահովագրության հայտերի ծառայությունը չի միանում տվյալների բազային։ config.yaml-ը այսպիսին է՝

${cfg(f`database:
  host: pg.ultima.am
  port: 5432
  name: haytner
  user: haytner_app
  password: "${v('credential.password_assignment', 'Ararat-Sevan_2024')}"`)}

Ի՞նչ կարող է լինել խնդիրը։`),

  rec('chat_am', f`ሰላም፣ ለአዲሱ የግብርና ባለሙያ የእንኳን ደህና መጡ መልእክት ጻፍልኝ። የመግቢያ ስሙ "t.bekele" ሲሆን ጊዜያዊ የይለፍ ቃሉ ${v('credential.password_in_prose', 'Abay-Gojjam2025')} ነው። በመጀመሪያ ሲገባ መቀየር አለበት።`),

  rec('chat_sw', f`Habari, tunatumia Airtable kufuatilia wakulima wa Leafstack Nairobi. Token yangu ni ${v('credential.airtable_pat', AIRTABLE)} lakini script inarudisha "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND". Nifanye nini?`),

  rec('chat_lt', f`Labas, kodėl Terraform Cloud neleidžia paleisti plano draudimo rizikos vertinimo aplinkai? Naudoju tokeną ${v('credential.terraform_cloud_token', TFC)} faile ~/.terraformrc.`),

  rec('chat_et', f`Tere! Hoiame toetuste taotluste teenuse saladusi SOPS-iga. Kolleeg saatis mulle oma age võtme, et saaksin faile lahti krüptida: ${v('credential.age_secret_key', AGE)} — kas see on turvaline nii jagada või peaksime igaühele eraldi võtme tegema?`),

  rec('gcp_json', f`We're wiring the breach-cost model into BigQuery for the underwriting team. The job fails with "invalid_grant: Invalid JWT Signature". This is the key file the contractor gave us:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kestrel-uw-models",
  "private_key_id": "${fill('b126-gsakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GSA_PEM_JSON)}",
  "client_email": "${amb('pii.email', 'bq-loader@kestrel-uw-models.iam.gserviceaccount.com')}",
  "client_id": "108273946150382719465",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-loader%40kestrel-uw-models.iam.gserviceaccount.com')}"
}`))}

Could the key have been revoked, or is it a clock issue on the runner?`),

  rec('cisco_config', f`Rentals shop switch config (Ridgeline Bike Park, lower lodge). The POS terminals lose DHCP every morning. Can you spot anything?

${cfg(f`hostname RL-LODGE-SW1
enable secret 8 ${ambCat('credential', CISCO_HASH)}
username ops privilege 15 password 0 ${v('credential.network_device_secret', 'Berm-Burner-19')}
!
interface Vlan30
 description POS
 ip address ${amb('pii.ip_address', '10.30.0.1')} 255.255.255.0
 ip helper-address ${amb('pii.ip_address', '10.30.0.5')}
!
snmp-server community ${v('credential.network_device_secret', 'rl-monitor-ro')} RO
line vty 0 4
 login local`)}`, 'Cisco type-8 hash: ambiguous without rule; plain type-0 password and SNMP community labelled'),

  rec('docker_config_ca', f`Hola, el runner de la pista de bicis no pot fer pull de les imatges privades. Aquest és el ~/.docker/config.json que tenim:

${cfg(f`{
  "auths": {
    "registry.ridgeline-bikepark.cat": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Diu "unauthorized: incorrect username or password". Algú sap per què?`),

  rec('gha', f`${cfg(f`name: release-firmware
on:
  push:
    tags: ["fw-v*"]
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          token: ${v('credential.github_fine_grained_pat', FINE_PAT)}
          submodules: recursive
      - run: pio run -e tower-controller
      - name: publish
        run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${v('credential.pypi_token', PYPI)}`)}

The submodule checkout works locally but not in Actions. Why would a fine-grained token fail here?`),

  rec('chat_ur', f`السلام علیکم، براہ کرم ہاؤسنگ سبسڈی پورٹل کے نئے آپریٹر کے لیے ایک مختصر پیغام لکھ دیں۔ ان کا یوزر نیم "a.qureshi" ہے اور عارضی پاس ورڈ ${v('credential.password_in_prose', 'Shalimar-5529')} ہے، پہلی بار لاگ اِن پر تبدیل کرنا ضروری ہے۔`),

  rec('chat_de_at', f`Servus, unser Webshop für die Liftkarten plus Leihrad-Paket schickt keine Buchungsbestätigungen mehr. Im Backend steht LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)} für die Ticket-Erstellung und der Slack-Webhook ${v('credential.slack_webhook_url', SLACK_HOOK)} für die Info an die Werkstatt. Beides geht seit Dienstag nicht. Hängt das zusammen?`),

  rec('chat_es_mx', f`Oye, ¿me echas la mano? El sistema de reservas del taller de bicis del parque manda SMS con Twilio. Tengo la API key ${v('credential.twilio_api_key', TWILIO_SK)} con secret ${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)}, pero no encuentro el Account SID por ningún lado. ¿Dónde lo consigo?`),

  rec('chat_fr_be', f`Bonjour, pour le service logement de la commune, notre prestataire nous a envoyé ses accès par Teams : « compte : prest-logement, mot de passe : ${v('credential.password_in_prose', 'Meuse-Namur-4107')} ». Est-ce que je peux le stocker dans notre wiki interne ? Sinon, où ?`),
];


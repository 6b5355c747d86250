/**
 * Held-out batch 141: credentials pasted by a racing stable and betting-exchange compliance team, a cord-blood
 * bank, a bus maker's warranty desk, a starred restaurant group, a maritime rescue centre and a university's
 * international office — configs, chats in many languages, shells and code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '6639201847365-', fill('b141-xoxb', B62, 24));
const BF_APPKEY = fill('b141-bfapp', B62, 16);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b141-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b141-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b141-whsec', B62, 32));
const TW_SID = tok('AC', fill('b141-twsid', HEX, 32));
const TW_AUTH = fill('b141-twauth', HEX, 32);
const AZ_KEY = `${fill('b141-azkey', B64, 86)}==`;
const ALI_ID = tok('LTAI', '5t', fill('b141-ltai', B62, 18));
const ALI_SECRET = fill('b141-alisec', B62, 30);
const SG_KEY = tok('SG.', fill('b141-sg1', B64URL, 22), '.', fill('b141-sg2', B64URL, 43));
const PG_PW = 'Avtobus-Zavod_2291';
const TG_BOT = tok('7391048265', ':AA', fill('b141-tg', B64URL, 33));
const OPENAI = tok('sk-proj-', fill('b141-oa1', B64URL, 74), 'T3BlbkFJ', fill('b141-oa2', B64URL, 74));
const GHP = gh('ghp', 'Tm4Vx8Lq2Rb6Nz1Kc5Hw9Jd3Pf7Gs0');
const GAPI = tok('AIza', 'Sy', fill('b141-gapi', B64URL, 33));
const JWT_BUS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'wrty-2025-02' }, { sub: 'dealer-4471', aud: 'warranty-api', scope: 'claims:write parts:read', iat: 1740556800, exp: 1740643200 }, 'b141-jwtbus');
const GLPAT = tok('glpat-', fill('b141-glpat', B64URL, 20));
const DD_API = fill('b141-ddapi', HEX, 32);
const DD_APP = fill('b141-ddapp', HEX, 40);
const NOTION = tok('ntn_', fill('b141-ntn1', DIGITS, 11), fill('b141-ntn2', B62, 35));
const FCM = tok('AAAA', fill('b141-fcm1', B64URL, 7), ':APA91b', fill('b141-fcm2', B64URL, 134));
const SHPAT = tok('shpat_', fill('b141-shpat', HEX, 32));
const AWS_ID = tok('AKIA', fill('b141-akia', B32, 16));
const AWS_SECRET = fill('b141-awssec', B64, 40);
const MAILGUN = tok('key-', fill('b141-mg', HEX, 32));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b141-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b141-atl', B64URL, 171), '=', fill('b141-atl2', HEX.toUpperCase(), 8));
const HF = tok('hf_', fill('b141-hf', UPPER + LOWER, 34));
const POSTMAN = tok('PMAK-', fill('b141-pm1', HEX, 24), '-', fill('b141-pm2', HEX, 34));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1338201947562810374/', fill('b141-dwh', B64URL, 68));
const SENTRY_DSN = `https://${fill('b141-sentry', HEX, 32)}@o4508813.ingest.de.sentry.io/4508813377290327`;
const DO_TOKEN = tok('dop_v1_', fill('b141-do', HEX, 64));
const SQUARE = tok('EAAA', fill('b141-sq', B64URL, 60));
const VAULT = tok('hvs.', 'CAESI', fill('b141-vault', B64URL, 86));
const AZ_CLIENT_SECRET = tok(fill('b141-azcs1', B62, 3), '8Q~', fill('b141-azcs2', B62 + '~._-', 34));
const TFC = tok(fill('b141-tfc1', B62, 14), '.atlasv1.', fill('b141-tfc2', B62, 67));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05KQ8R2M1N/', 'B08D3V7W4PZ/', fill('b141-shook', B62, 24));
const OKTA = tok('00', fill('b141-okta', B64URL, 40));
const BREVO = tok('xkeysib-', fill('b141-brevo1', HEX, 64), '-', fill('b141-brevo2', B62, 16));
const CF_TOKEN = fill('b141-cf', B64URL, 40);
const DOCKER_AUTH = b64('svc-warranty:Kq7!Ostrava-Linka9');
const PKCS8 = pem('PRIVATE KEY', 'b141-pkcs8', 1218);
const GLSA = tok('glsa_', fill('b141-glsa1', B62, 32), '_', fill('b141-glsa2', HEX, 8));
const BASIC = b64('admisije.api:Stipendija#2025!');
const TEAMS_HOOK = tok('https://autocarsboreal.webhook.office.com/webhookb2/', '8a2f4c71-0d93-4e5b-b617-3c9e2a7d5f14@e4b1c936-72d8-4a05-9f3e-6d1a8b2c7e90/IncomingWebhook/', fill('b141-teams1', HEX, 32), '/', '1c7e9a3b-4f26-4d81-a05c-8b3d2e6f9a17/', 'V2', fill('b141-teams2', B64URL, 43));
const SA_PEM = pem('PRIVATE KEY', 'b141-gcpsa', 1218, '\\n');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b141-ant', B64URL, 93), 'AA');
const NPM = gh('npm', 'Hq3Wz7Lk1Rx5Bv9Nm2Tc6Jp8Fd4Gs0');
const PPK_PRIV = b64Bytes('b141-ppk', 48);
const MD5CRYPT = tok('$1$', fill('b141-md5s', B62, 8), '$', fill('b141-md5h', B62 + './', 22));
const SHA512CRYPT = tok('$6$', fill('b141-s512s', B62, 16), '$', fill('b141-s512h', B62 + './', 86));
const TYPE7 = '0822455D0A16544541';

export const BATCH141_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Can you tidy this .env for the exchange-monitoring bot? The compliance lead wants comments on each line.

${cfg(f`# stable-monitor/.env — Rowley Mile Racing, compliance
BETFAIR_USERNAME=compliance.rowley
BETFAIR_PASSWORD=${v('credential.password_assignment', 'Gallop!Newmarket-2025')}
BETFAIR_APP_KEY=${v('credential.generic_secret_assignment', BF_APPKEY)}
BETFAIR_CERT_PATH=/etc/bf/client-2048.crt
SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}
ALERT_CHANNEL=#integrity-alerts
SUSPICIOUS_STAKE_GBP=2500`)}`),

  rec('chat_fr', f`Tu peux reformuler ce message pour le nouveau chef de partie ? « Pour commander chez Metro et chez le fromager, tu te connectes sur le portail fournisseurs avec l'identifiant cuisine.etoile, le mot de passe c'est ${v('credential.password_in_prose', 'Comte36mois!')} — tu le changes pas, c'est le compte commun. »`),

  rec('chat_de_ch', f`Chasch mer das uf Hochdütsch umeschriibe für d Mail an Garage? "Hoi Reto, s Passwort fürs Garantieportal isch jetzt ${v('credential.password_in_prose', 'Postauto_Gelb77')}, Benutzer isch garantie.thun. Bitte nöd witergeh. Gruess, Sandra"`),

  rec('code_python', f`海上保安の当直用SMS通知スクリプトです。Twilioで401が返ってきます。どこが悪いですか？

\`\`\`python
${code(f`from twilio.rest import Client

# 捜索救助 当直者への一斉通知
ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify_watch(numbers: list[str], case_id: str) -> None:
    for n in numbers:
        client.messages.create(to=n, from_="RCC-YOKO", body=f"SAR事案 {case_id} 発生。直ちに当直室へ。")`)}
\`\`\``),

  rec('appsettings_ko', f`유학생 서류 업로드가 Blob에 안 올라가요. appsettings.Production.json 확인 부탁드립니다:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=intladmissionsdocs;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
    "Container": "applicant-passports"
  },
  "Upload": { "MaxSizeMb": 20 }
}`)}

컨테이너 이름에 하이픈 들어가도 되나요?`),

  rec('yaml_zh', f`帮我看一下这个配置，脐带血库的短信提醒一直发不出去，报 InvalidAccessKeyId：

${cfg(f`# sms-reminder/config.yaml  家庭服务部
aliyun:
  sms:
    region: cn-hangzhou
    access_key_id: ${v('credential.alibaba_access_key_id', ALI_ID)}
    access_key_secret: ${v('credential.generic_secret_assignment', ALI_SECRET)}
    sign_name: 康源脐带血库
    template_code: SMS_468201937`)}

是不是 region 写错了？`),

  rec('chat_es_mx', f`oye, el sistema de reservas del restaurante me marca "Invalid API Key provided" cuando cobro la garantía de no-show. la llave que puse es ${v('credential.stripe_secret_key', STRIPE_LIVE)}, ¿es la correcta o tengo que usar la restringida ${v('credential.stripe_restricted_key', STRIPE_RK)}?`),

  rec('env_pt_br', f`Pode revisar o .env do portal de bolsas? O e-mail de confirmação de inscrição não está saindo.

${cfg(f`APP_ENV=production
MAIL_DRIVER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG_KEY)}
MAIL_FROM=${v('pii.email', 'bolsas-internacionais@unicampo.edu.br')}
DB_HOST=db-bolsas.interno
DB_PASSWORD=${v('credential.password_assignment', 'Ipe-Amarelo#2025')}`)}`),

  rec('chat_ru', f`Сервис гарантийных заявок не может подключиться к базе после переезда. Строка подключения:
${cfg(f`DATABASE_URL=postgresql://warranty_app:${v('credential.database_url_password', PG_PW)}@pg-garantiya.avtozavod.local:5432/warranty?sslmode=require`)}
Пароль точно правильный, я его руками проверил через psql. В чём может быть дело?`),

  rec('chat_ar', f`مرحبا، بوت تيليجرام الخاص بمركز تنسيق البحث والإنقاذ توقف عن إرسال التنبيهات. هذا هو التوكن: ${v('credential.telegram_bot_token', TG_BOT)} — هل انتهت صلاحيته أم أن المشكلة في الـ webhook؟`),

  rec('code_python_he', f`הסקריפט שמסכם פניות של משפחות לבנק דם טבורי נתקע. מה לא בסדר?

${code(f`import openai

client = openai.OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(ticket: str) -> str:
    # סיכום פנייה של הורים לפני שיחה חוזרת
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"סכם בעברית: {ticket}"}],
    )
    return r.choices[0].message.content`)}`),

  rec('chat_hi', f`git push करते समय "remote: Invalid username or token" आ रहा है। मैंने remote ऐसे set किया था:
${amb('source_code.snippet', f`git remote set-url origin https://intl-admissions-bot:${v('credential.github_pat', GHP)}@github.com/univ-intl/offer-letters.git`)}
token तो नया है, scope में repo दिया है। क्या गलत है?`),

  rec('code_js_th', f`แผนที่ร้านในหน้า "จองโต๊ะ" ไม่ขึ้น ขึ้นแต่ "This page can't load Google Maps correctly" ช่วยดูโค้ดหน่อยครับ

${code(f`<script>
  // หน้าจองโต๊ะ ร้านสาขาสุขุมวิท
  const MAPS_KEY = "${v('credential.google_api_key', GAPI)}";
  const s = document.createElement("script");
  s.src = \`https://maps.googleapis.com/maps/api/js?key=\${MAPS_KEY}&callback=initMap\`;
  document.head.appendChild(s);
</script>`)}`),

  rec('shell_tr', f`Bayi garanti API'sine istek atınca 403 alıyorum, token süresi dolmuş olabilir mi?

${amb('source_code.snippet', f`curl -s https://api.otobus-garanti.com.tr/v2/claims \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_BUS)}" \\
  -H "Content-Type: application/json" \\
  -d '{"vin":"NLRB0000000A12345","km":184220,"part":"retarder valve"}'`)}`),

  rec('chat_pl', f`Pipeline w GitLabie do generowania listów stypendialnych pada na kroku "publish". W zmiennych CI mam STYPENDIA_TOKEN = ${v('credential.gitlab_pat', GLPAT)} (typ: Variable, masked). Czy ten token musi mieć scope write_repository?`),

  rec('cisco_nl_be', f`Kan je nakijken waarom de switch in de reddingscentrale de VLAN voor de marifoonconsoles niet meer doorgeeft? Config:

${cfg(f`hostname MRCC-OST-SW02
!
enable secret 5 ${ambCat('credential', MD5CRYPT)}
username beheer privilege 15 password 7 ${v('credential.network_device_secret', TYPE7)}
!
interface Vlan40
 description MARIFOON-CONSOLES
 ip address ${amb('pii.ip_address', '10.40.0.2')} 255.255.255.0
!
snmp-server community ${v('credential.network_device_secret', 'Zeebrugge-RO-19')} RO
line vty 0 4
 login local`)}`),

  rec('yaml_sv', f`Datadog-agenten på servern för spelövervakning skickar inga metrics. datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: stall-integrity-01
tags:
  - team:compliance
  - env:prod`)}

Är det site-inställningen som är fel?`),

  rec('chat_fi', f`Kirjoita tästä lyhyt ohje päivystäjille: MQTT-välittäjän tunnus AIS-syötteelle on ${v('credential.user_password_pair', 'ais_feed:Majakka#Utö42')} ja se pitää syöttää muodossa käyttäjä:salasana, muuten yhteys katkeaa.`),

  rec('shell_el', f`Θέλω να κάνω backup τη βάση κρατήσεων του εστιατορίου πριν την αναβάθμιση. Αυτή η εντολή είναι σωστή;
${amb('source_code.snippet', f`mysqldump -h ${amb('pii.ip_address', '192.168.20.15')} -u kratiseis -p'${v('credential.mysql_cli_password', 'Santorini_Asyrtiko9')}' reservations > kratiseis_$(date +%F).sql`)}`),

  rec('chat_uk', f`Інтеграція Notion з нашою базою заявок на стипендії повертає 401. Токен інтеграції: ${v('credential.notion_token', NOTION)}. Я додав інтеграцію до сторінки «Заявки 2025», але все одно не працює.`),

  rec('chat_vi', f`App báo bảo hành cho tài xế không nhận được thông báo đẩy nữa. Server key FCM cũ là ${v('credential.firebase_fcm_server_key', FCM)}. Google nói legacy API đã tắt, mình phải chuyển sang HTTP v1 như thế nào?`),

  rec('chat_id', f`Tolong bantu, webhook pesanan dari toko online restoran (hampers Lebaran) gagal verifikasi. Access token Admin API: ${v('credential.shopify_access_token', SHPAT)}. Apakah token ini juga dipakai untuk verifikasi HMAC webhook?`),

  rec('aws_credentials_cs', f`Skript na export sázkových dat z burzy do S3 hlásí "SignatureDoesNotMatch". Tady je ~/.aws/credentials:

${cfg(f`[default]
region = eu-central-1

[staj-compliance]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Nemůže za to lomítko v tajném klíči?`),

  rec('chat_hu', f`A köldökzsinórvér-bank családi hírlevele nem megy ki. Mailgun kulcs: ${v('credential.mailgun_api_key', MAILGUN)}, domain: mg.koldokver-bank.hu. Azt írja, "Forbidden". EU régiós endpointot kell használni?`),

  rec('chat_ro', f`Serverul AIS de la centrul de coordonare nu mai acceptă cheia. Am copiat-o din laptopul vechi:

${v('credential.openssh_private_key', OSSH)}

Trebuie să o convertesc în alt format pentru OpenSSH 9?`),

  rec('shell_bg', f`Опитвам се да изтегля всички Jira задачи за приема на чуждестранни студенти, но получавам 401:
${amb('source_code.snippet', f`curl -u ${v('pii.email', 'd.petrova@ubs-sofia.bg')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://ubs-intl.atlassian.net/rest/api/3/search?jql=project=PRIEM"`)}`),

  rec('chat_ka', f`გთხოვთ, თარგმნეთ ინგლისურად სტუმრებისთვის: "რესტორნის Wi-Fi ქსელი: Supra_Guest, პაროლი: ${v('credential.password_in_prose', 'Tklapi2025!')}. დესერტის მენიუ QR კოდით."`),

  rec('chat_hy', f`Խնդրում եմ, գրեք կարճ նամակ նոր աշխատակցին. «Կրթաթոշակների պորտալի մուտքանունը՝ a.hakobyan, գաղտնաբառը՝ ${v('credential.password_in_prose', 'Ararat#Dimum25')}։ Առաջին մուտքից հետո փոխեք այն»։`),

  rec('chat_am', f`ይህን መልእክት ወደ እንግሊዝኛ ተርጉምልኝ፦ "የእምብርት ደም ባንክ የቤተሰብ አገልግሎት ሲስተም የተጠቃሚ ስም፦ selam.t የይለፍ ቃል፦ ${v('credential.password_in_prose', 'Buna-Tetu7!')} ነው። ለማንም አታጋራ።"`),

  rec('code_python_bn', f`আন্তর্জাতিক ভর্তির আবেদনপত্র থেকে তথ্য বের করার জন্য এই কোড লিখেছি, মডেল ডাউনলোড হচ্ছে না:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")  # বিশ্ববিদ্যালয়ের অ্যাকাউন্ট
extract = pipeline("token-classification", model="univ-intl/transcript-ner-private")

def parse(text: str):
    return extract(text)`)}`),

  rec('chat_ta', f`பஸ் உத்தரவாத கோரிக்கைகளுக்கான Postman collection ஓடவில்லை. API key: ${v('credential.postman_api_key', POSTMAN)} — இதை environment-ல் போடணுமா இல்லை header-ல் போடணுமா?`),

  rec('chat_ur', f`ریسکیو کوآرڈینیشن سینٹر کے ڈسکارڈ سرور پر الرٹ نہیں آ رہے۔ ویب ہک یہ ہے: ${v('credential.discord_webhook_url', DISCORD_HOOK)} کیا اس میں کوئی غلطی ہے؟`),

  rec('chat_fa', f`لطفاً این پیام را برای همکار جدید در دفتر پذیرش دانشجویان بین‌الملل مرتب کن: «نام کاربری سامانه بورسیه: m.rahimi و رمز عبور: ${v('credential.password_in_prose', 'Golestan@1403')} — بعد از اولین ورود عوضش کن.»`),

  rec('js_zh_tw', f`賽馬場投注監控前端一直回報不到 Sentry，幫我看一下初始化：

${code(f`import * as Sentry from "@sentry/browser";

// 投注異常監控 前端
Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  environment: "production",
  tracesSampleRate: 0.2,
});`)}`),

  rec('chat_yue', f`幫我寫返封 WhatsApp 畀練馬師助手：「阿 Ken，馬房閉路電視 NVR 嘅登入名係 admin，密碼係 ${v('credential.password_in_prose', 'Shatin-Mare88')}，睇完記得登出呀，唔該。」`),

  rec('chat_ms', f`Skrip sandaran pangkalan data waranti bas gagal di droplet baru. Token DigitalOcean yang saya guna: ${v('credential.digitalocean_token', DO_TOKEN)}. Adakah ia perlu skop "write"?`),

  rec('chat_tl', f`Pa-check naman, bakit hindi pumapasok sa Square ang mga bayad sa private dining deposit? Gamit ko ang access token na ${v('credential.square_access_token', SQUARE)} sa production. Sandbox ba dapat muna?`),

  rec('chat_sw', f`Naomba msaada: huduma ya kuratibu uokoaji baharini inashindwa kusoma siri kutoka Vault. Tokeni niliyopewa ni ${v('credential.vault_token', VAULT)} lakini inarudisha "permission denied" kwenye secret/sar/ais.`),

  rec('chat_mt', f`Tista' tikteb email qasira lill-istudent il-ġdid? "Il-username għall-portal tal-boroż huwa k.borg u l-password hija ${v('credential.password_in_prose', 'Mnarja-Imdina24')}. Jekk jogħġbok ibdilha malli tidħol."`),

  rec('appsettings_da', f`Vores Graph-integration til navlestrengsblodbankens familiepostkasse fejler med AADSTS7000215. Konfiguration:

${cfg(f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "5c2e8f41-9a7b-4d36-b0e1-7f3a9c2d6e58",
  "ClientId": "a91d3e72-4b6c-4f08-8e25-1d7c9b3a0f64",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
}`)}

Er det fordi hemmeligheden er udløbet?`),

  rec('terraformrc_nb', f`Terraform klarer ikke å hente state for garantiportalen etter at jeg byttet PC. ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Må jeg logge inn på nytt med terraform login?`),

  rec('chat_is', f`Getur þú lagað þessa skipun? Hún á að senda tilkynningu á Slack þegar neyðarboð berst: curl -X POST -H 'Content-type: application/json' --data '{"text":"Neyðarboð móttekið"}' ${v('credential.slack_webhook_url', SLACK_HOOK)}`),

  rec('chat_et', f`Okta API päring rahvusvaheliste üliõpilaste kontode loomiseks annab 401. Päises on "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}". Kas SSWS asemel peaks olema Bearer?`),

  rec('env_lv', f`Restorāna jaunumu vēstule vairs netiek nosūtīta. Vai šeit kaut kas nav kārtībā?

${cfg(f`BREVO_API_KEY=${v('credential.brevo_api_key', BREVO)}
NEWSLETTER_LIST_ID=14
SENDER=${v('pii.email', 'rezervacijas@zvaigzne-restorans.lv')}`)}`),

  rec('chat_lt', f`Cloudflare API tokenas, kurį naudoja žirgyno lažybų stebėjimo skydelis DNS atnaujinimui: CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}. Kodėl gaunu "Authentication error" tik zonai stable-lt.com?`),

  rec('docker_config_sk', f`Build obrazu pre záručný portál padá na "unauthorized" pri pull z firemnej registry. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.autobusy-zaruka.sk": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('chat_sl', f`Prosim, pomagaj: certifikat za portal družin banke popkovnične krvi je potekel, nov ključ pa ne deluje z nginx. To je ključ, ki sem ga dobil od dobavitelja:

${v('credential.private_key', PKCS8)}

Ali ga moram najprej pretvoriti v RSA format?`),

  rec('chat_hr', f`Grafana dashboard za praćenje poziva u pomoć ne osvježava podatke. U provisioning sam stavio service account token ${v('credential.grafana_service_account_token', GLSA)} — treba li mu uloga Editor?`),

  rec('http_sr', f`Апликација за пријаву страних студената не може да приступи API-ју за стипендије. Захтев изгледа овако:

${cfg(f`GET /api/v1/stipendije?godina=2025 HTTP/1.1
Host: stipendije.univerzitet.rs
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Да ли је проблем у кодирању?`),

  rec('chat_es_ar', f`che, me podés armar un mensaje para el sommelier nuevo? algo así: "la clave del sistema de bodega (inventario de vinos) es ${v('credential.password_in_prose', 'Malbec-Lujan_2019')}, usuario sommelier01. no la pases por WhatsApp, porfa."`),

  rec('chat_pt_pt', f`Podes melhorar este texto para o manual da equipa de apoio às famílias? "Para aceder à plataforma de registo das amostras, utilizador: apoio.familias e palavra-passe: ${v('credential.password_in_prose', 'Cordao#Lisboa25')}. Não partilhar com os pais, obviamente."`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire un courriel pour les concessionnaires? Genre: "Les alertes de garantie vont maintenant arriver dans Teams, on a configuré le connecteur. Le mot de passe du portail pièces a changé aussi, c'est rendu ${v('credential.password_in_prose', 'Autobus-Levis_2025')}." Et voici le webhook si jamais t'en as besoin pour tester: ${v('credential.teams_webhook_url', TEAMS_HOOK)}`),

  rec('gcp_sa_de', f`Hallo, der Export der Quotenverläufe in BigQuery scheitert mit "invalid_grant". Das Service-Account-File vom Rennstall:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "rennstall-quoten-at",
  "private_key_id": "${fill('b141-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', `${SA_PEM}\\n`)}",
  "client_email": "${amb('pii.email', 'quoten-export@rennstall-quoten-at.iam.gserviceaccount.com')}",
  "client_id": "104829375610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'quoten-export%40rennstall-quoten-at.iam.gserviceaccount.com')}"
}`))}

Die Uhr am Server stimmt, hab ich geprüft.`),

  rec('code_python_it', f`Il riassunto automatico dei rapporti di soccorso in mare dà errore 400. Codice:

${code(f`import anthropic

# MRSC - sintesi rapporti SAR per il briefing del mattino
client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def sintesi(rapporto: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": "Riassumi in italiano:\\n" + rapporto}],
    )
    return msg.content[0].text`)}`),

  rec('npmrc', f`CI for the scholarship calculator can't install our private package @intl-office/fee-rules. This is the .npmrc in the repo root:

${cfg(f`@intl-office:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Should the token live in the repo like that? (I suspect not…)`),

  rec('chat', f`Stripe webhooks for the syndicate share payments are all failing signature check. endpoint secret in our config is ${v('credential.stripe_webhook_secret', WHSEC)} — do I need a separate secret for the test endpoint?`),

  rec('ppk_en_ie', f`WinSCP won't open the key for the coast guard SFTP drop, says it's not a valid PuTTY key. Here's the file:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: mrcc-dublin-sftp
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b141-ppkpub', B64, 44)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b141-ppkmac', HEX, 64)}`),

  rec('shadow_en_gb', f`Found this line in /etc/shadow on the old tote-feed box we're decommissioning — do we need to treat it as a leaked password or is a hash fine to leave in the ticket?

betfeed:${ambCat('credential', SHA512CRYPT)}:19842:0:99999:7:::`, 'crypt hash: ambiguous per the conventions'),

];

/**
 * Held-out batch 157: credentials pasted by a biobank's sample-request and consent office, a hotel
 * laundry, a ship-repair yard's dry-dock planners, a tax firm's expatriate payroll team, a ski-and-bike
 * rental chain's booking desk and a regional newspaper's subscriptions and obituaries desk. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE = tok('sk_', 'live_', '51', fill('b157-stripe', B62, 97));
const WHSEC = tok('whsec_', fill('b157-whsec', B62, 32));
const MAILCHIMP = tok(fill('b157-mc', HEX, 32), '-us14');
const AKIA = tok('AKIA', fill('b157-akia', B32, 16));
const AWS_SECRET = fill('b157-awssec', B64, 40);
const TELEGRAM = tok('7', fill('b157-tgid', DIGITS, 9), ':AA', fill('b157-tg', B64URL, 33));
const SENDGRID = tok('SG.', fill('b157-sg1', B64URL, 22), '.', fill('b157-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b157-twsid', HEX, 32));
const TW_AUTH = fill('b157-twauth', HEX, 32);
const AZ_SECRET = tok(fill('b157-azs1', B62, 3), '8Q~', fill('b157-azs2', B62 + '_-.~', 34));
const REDCAP = fill('b157-redcap', HEX, 32).toUpperCase();
const GOOGLE = tok('AIza', 'Sy', fill('b157-gapi', B64URL, 33));
const ALI_ID = tok('LTAI', '5t', fill('b157-ltai', B62, 18));
const ALI_SECRET = fill('b157-alisec', B62, 30);
const XOXB = tok('xoxb-', '4920183746', '1-', '6630291847562-', fill('b157-xoxb', B62, 24));
const GLPAT = tok('glpat-', fill('b157-glpat', B62 + '-_', 20));
const GHP = gh('ghp', 'Tq7Wm2Kx9Lb4Nc8Vr1Hz6Pd3Fj5Sy0');
const OPENAI = tok('sk-proj-', fill('b157-oa1', B64URL, 74), 'T3BlbkFJ', fill('b157-oa2', B64URL, 74));
const SHPAT = tok('shpat_', fill('b157-shpat', HEX, 32));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b157-ant', B64URL, 93), 'AA');
const CF_TOKEN = fill('b157-cftok', B62 + '_-', 40);
const SENTRY_KEY = fill('b157-sentry', HEX, 32);
const VERCEL = fill('b157-vercel', B62, 24);
const JWT_TAX = jwt({ alg: 'RS256', typ: 'JWT', kid: 'payroll-2025-01' }, { sub: 'svc-expat-payroll', aud: 'https://api.lohnportal.example-steuer.at', scope: 'payslips:write employees:read', iat: 1736932800, exp: 1736936400 }, 'b157-jwttax');
const FB = tok('EAA', 'Jk9ZBq', fill('b157-fb', B62, 150));
const TW_SK = tok('SK', fill('b157-twsk', HEX, 32));
const TW_SK_SECRET = fill('b157-twsksec', B62, 32);
const NOTION = tok('ntn_', fill('b157-ntn1', DIGITS, 11), fill('b157-ntn2', B62, 35));
const AZ_STORAGE = tok(fill('b157-azst', B64, 86), '==');
const TEAMS = tok('https://kesselhaven.webhook.office.com/webhookb2/', '7c2e9a14-5b3d-4f80-a6c1-2d9e8b4f7a03@3e81c6d2-9f47-4a15-b0c8-6d2a9e41f7b5/IncomingWebhook/', fill('b157-teams1', HEX, 32), '/', '8a4d2f61-3c95-4e7b-9f12-5b8e7c3a1d60/', 'V2', fill('b157-teams2', B64URL, 43));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04Q8LM2R', '/B07', fill('b157-slhk1', UPPER + DIGITS, 8), '/', fill('b157-slhk2', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374650192837465', '/', fill('b157-dchook', B64URL, 68));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b157-atl', B64URL, 171), '=', fill('b157-atl2', HEX.toUpperCase(), 8));
const NPM = gh('npm', 'Kd4Ls8Pq2Wr6Ty1Uz5Xc9Vb3Nm7Hj0');
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b157-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_SFTP = pem('RSA PRIVATE KEY', 'b157-rsasftp', 1190);
const GLSA = tok('glsa_', fill('b157-glsa1', B62, 32), '_', fill('b157-glsa2', HEX, 8));
const VAULT = tok('hvs.', 'CAESI', fill('b157-vault', B64URL, 86));
const SBP = tok('sbp_', fill('b157-sbp', HEX, 40));
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kqzvtrwpmhnlxbdajeyf', role: 'service_role', iat: 1729500000, exp: 2045076000 }, 'b157-supa');
const DCKR = tok('dckr_', 'pat_', fill('b157-dckr', B64URL, 27));
const HF = tok('hf_', fill('b157-hf', B62, 34));
const PMAK = tok('PMAK-', fill('b157-pmak1', HEX, 24), '-', fill('b157-pmak2', HEX, 34));
const DAPI = tok('dapi', fill('b157-dapi', HEX, 32));
const GCP_PEM = pem('PRIVATE KEY', 'b157-gcp', 1218);
const BASIC = b64('nekrolog-import:Qx7m Lk2P Vw9r Ht4z Bn6c Jd3s');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH157_CREDENTIALS: DraftRecord[] = [
  rec('env_file_gsw', f`Hoi zäme, chan mir öpper säge wieso d Buechigsmaske bim Zahle immer „No such customer" zrugg git? Das isch üsi .env vom Buechigssystem, Filiale Laax:

${cfg(f`APP_ENV=production
BOOKING_BASE_URL=https://buechig.alpspin.ch
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
DEFAULT_CURRENCY=chf
RENTAL_DEPOSIT_CHF=200`)}

Merci vilmal, s Wuchenend isch usbuecht und mir händ Stress.`),

  rec('chat_fr_ca', f`Salut! Faut que je migre la liste des abonnés du Courrier du Haut-Richelieu vers le nouveau système avant vendredi. Ma clé Mailchimp c'est ${v('credential.mailchimp_api_key', MAILCHIMP)}, pis l'audience s'appelle « Abonnés papier + numérique ». Tu peux m'écrire un script Python qui exporte juste ceux qui ont le tag « avis de décès »? Merci ben gros!`),

  rec('aws_credentials_ja', f`シーケンスデータの S3 バケットにアップロードできません。「SignatureDoesNotMatch」と出ます。~/.aws/credentials の中身はこれです:

${cfg(f`[biobank-seq]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-northeast-1`)}

試料払い出し申請 SR-2025-0142 の FASTQ を今日中に共同研究先へ渡したいです。何が原因でしょうか？`),

  rec('code_python_ko', f`세탁물 배송 기사님들한테 텔레그램으로 픽업 알림 보내는 봇인데, 호텔 이름에 한글이 들어가면 메시지가 깨져요. 왜 그런가요?

\`\`\`python
${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1001948273650

def notify_pickup(hotel: str, bags: int, slot: str) -> None:
    text = f"[픽업] {hotel} / 린넨 {bags}포대 / {slot}"
    requests.get(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        params={"chat_id": CHAT_ID, "text": text.encode("cp949")},
        timeout=10,
    )`)}
\`\`\``),

  rec('docker_compose_ru', f`Подскажите, почему контейнер планировщика докования не видит базу? Вот docker-compose:

${cfg(f`services:
  dock-planner:
    image: registry.kesselhaven.local/dock-planner:3.8.1
    environment:
      DATABASE_URL: postgresql://planner:${v('credential.database_url_password', 'Buksir-Dok7!ledokol')}@pg-dock:5432/drydock
      TZ: Europe/Riga
  pg-dock:
    image: postgres:15
    volumes:
      - pgdata:/var/lib/postgresql/data`)}

Ошибка: "could not translate host name pg-dock". Док №2 стоит, судно на стапеле ждёт.`),

  rec('chat_pt_br', f`Oi! Tô montando o envio automático dos holerites dos expatriados por e-mail. Minha chave do SendGrid é ${v('credential.sendgrid_api_key', SENDGRID)} — dá pra você escrever o código em Node que anexa o PDF e manda com o template "holerite-mensal"? Valeu!`),

  rec('chat_es_mx', f`Oye, los SMS de confirmación de renta de bicis ya no salen desde el lunes. Te paso lo que tengo en la config:

TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=AlpspinMX

¿Será que en México no dejan mandar con alfanumérico? Los clientes de Valle de Bravo se quejan.`),

  rec('appsettings_nb', f`Hei, vi får «AADSTS7000215: Invalid client secret» når dokkplanleggeren skal hente kalender fra SharePoint. appsettings.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "3e81c6d2-9f47-4a15-b0c8-6d2a9e41f7b5",
    "ClientId": "b7f2d4a9-1c63-4e08-9a5d-27f1c8e6b340",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  },
  "Dokk": { "Kalender": "Tørrdokk 1 og 2", "Tidssone": "Europe/Oslo" }
}`)}

Hemmeligheten ble laget i går, så den skal ikke være utløpt.`),

  rec('curl_en_gb', f`The obituary import from the funeral directors' portal stopped posting to WordPress overnight. Here's the call our cron makes:

${cfg(f`curl -s -X POST https://www.thewealdherald.co.uk/wp-json/wp/v2/obituaries \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Content-Type: application/json" \\
  --data @notice-20250114.json`)}

It returns 401 rest_not_logged_in. The application password was created last week. Any idea?`),

  rec('chat_ar', f`ممكن تساعدني أكتب رسالة للسائق الجديد؟ أبغى أقول له إن حسابه في تطبيق جدولة توصيل المفارش للفنادق جاهز، اسم المستخدم: driver.khalid وكلمة المرور هي ${v('credential.password_in_prose', 'Mafrash#2025ksa')} ولازم يغيرها أول ما يدخل.`),

  rec('code_python_he', f`הסקריפט שמושך את טופסי ההסכמה מ-REDCap מחזיר 403. מה לא בסדר?

${code(f`import requests

REDCAP_URL = "https://redcap.biobank-negev.example.org/api/"
API_TOKEN = "${v('credential.generic_secret_assignment', REDCAP)}"

def consent_records(since: str):
    r = requests.post(REDCAP_URL, data={
        "token": API_TOKEN,
        "content": "record",
        "format": "json",
        "forms[0]": "consent_v4",
        "dateRangeBegin": since,
    })
    r.raise_for_status()
    return r.json()`)}`),

  rec('chat_hi', f`कृपया इस संदेश को अंग्रेज़ी में अनुवाद कर दीजिए, क्लाइंट को भेजना है: "सर, आपके expat payroll portal का अकाउंट बन गया है। यूज़रनेम: mehta.rajiv और पासवर्ड ${v('credential.password_in_prose', 'Vetan@Dubai77')} है। पहली बार लॉगिन करने के बाद इसे बदल लें।"`),

  rec('html_th', f`ช่วยดูหน่อยค่ะ แผนที่จุดรับจักรยานในหน้าจองไม่ขึ้นเลย ขึ้นแต่ "For development purposes only"

${code(f`<div id="pickup-map" style="height:360px"></div>
<script async
  src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap&language=th">
</script>
<script>
  function initMap() {
    new google.maps.Map(document.getElementById('pickup-map'), { center: { lat: 18.7883, lng: 98.9853 }, zoom: 13 });
  }
</script>`)}

สาขาเชียงใหม่ต้องใช้พรุ่งนี้ค่ะ`),

  rec('code_java_zh', f`船坞排期系统要把坞内照片传到阿里云 OSS，报 InvalidAccessKeyId.NotFound，帮我看看：

${code(f`public class DockPhotoUploader {
    private static final String ENDPOINT = "https://oss-cn-qingdao.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";

    public void upload(String dockNo, File photo) {
        OSS client = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        client.putObject("drydock-photos", dockNo + "/" + photo.getName(), photo);
        client.shutdown();
    }
}`)}`),

  rec('yaml_zh_tw', f`洗衣廠的 Slack 通知 bot 突然沒反應了，設定檔在這：

${cfg(f`notifier:
  slack:
    bot_token: ${v('credential.slack_bot_token', XOXB)}
    channel: "#布草-出貨"
  rules:
    - when: batch_done
      text: "{hotel} 布草已完成，共 {count} 件"`)}

是不是 token 被撤銷了？要怎麼確認？`),

  rec('config_it', f`Ciao, il servizio che importa i cedolini per i dipendenti espatriati va in timeout dalle 8 di stamattina. Stringa di connessione nel web.config:

${cfg(f`<connectionStrings>
  <add name="Cedolini"
       connectionString="Server=sql-paghe01.studio-fiscale.local;Database=PagheEstero;User Id=svc_cedolini;Password=${v('credential.connection_string_password', 'Trieste!Paghe2024')};TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Il DBA dice che il server è su. Cosa posso controllare lato applicazione?`),

  rec('gitlab_ci_pl', f`Cześć, pipeline z harmonogramem dokowania nie może sklonować submodułu z biblioteką do obliczeń balastu:

${cfg(f`variables:
  GIT_SUBMODULE_STRATEGY: recursive
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.stocznia-remontowa.pl/".insteadOf "https://gitlab.stocznia-remontowa.pl/"
build:
  script:
    - ./gradlew build`)}

Błąd: "HTTP Basic: Access denied". Token ma scope read_repository.`),

  rec('shell_cs', f`Ahoj, po přesunu repozitáře rezervačního systému (půjčovna kol a lyží) mi nejde push:

${cfg(f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/alpspin-cz/rezervace.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/alpspin-cz/rezervace.git (push)
$ git push origin main
remote: Repository not found.`)}

Token je klasický, má scope repo. Co s tím?`),

  rec('mosquitto_tr', f`Merhaba, otel çamaşırhanesindeki yıkama makinelerinin sensör verisi MQTT'ye gitmiyor. Gateway konfigürasyonu:

${cfg(f`[mqtt]
broker_url = mqtts://makine-gw:${v('credential.url_password', 'Camasir_Hat3!')}@mqtt.temizlinen.com.tr:8883
topic_prefix = tesis/gebze/tunel-yikama
qos = 1`)}

Log'da "Connection refused: not authorised" yazıyor. Şifreyi geçen hafta değiştirmiştik.`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα ευγενικό email προς το γραφείο τελετών; Θέλω να τους πω ότι ο λογαριασμός τους για την ανάρτηση κηδειόχαρτων στην εφημερίδα ενεργοποιήθηκε. Όνομα χρήστη: kideies.patra, ο κωδικός είναι ${v('credential.password_in_prose', 'Kypros#4481')} και πρέπει να τον αλλάξουν στην πρώτη σύνδεση.`),

  rec('chat_uk', f`Привіт! Партнерська лабораторія не може підключитися до нашого SFTP для вивантаження зразків. Ось ключ, який ми їм надіслали (здається, не той формат?):

${v('credential.private_key', RSA_SFTP)}

Вони кажуть, що WinSCP просить конвертувати в .ppk. Як їм це пояснити?`),

  rec('chat_vi', f`Em đang viết script dịch tự động thư mời làm việc cho nhân viên nước ngoài sang tiếng Việt. Key OpenAI của team là ${v('credential.openai_api_key', OPENAI)}, anh/chị xem giúp em nên dùng model nào cho rẻ mà vẫn đúng thuật ngữ thuế?`),

  rec('chat_id', f`Halo, toko online sewa sepeda kami di Bali pakai Shopify. Aplikasi stok custom-nya error 401 sejak kemarin. Access token yang dipakai: ${v('credential.shopify_access_token', SHPAT)}. Apa perlu bikin ulang dari admin?`),

  rec('code_python', f`We use Claude to draft plain-language summaries of the consent form for donors. The script works locally but fails on the lab server with an SSL error:

\`\`\`python
${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise_consent(text: str, reading_age: int = 12) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Summarise for a reading age of {reading_age}:\\n\\n{text}"}],
    )
    return msg.content[0].text`)}
\`\`\``),

  rec('env_en_au', f`Moving the bike hire booking site behind Cloudflare this arvo. Can you check this is all I need in the deploy env?

${cfg(f`CLOUDFLARE_ZONE=alpspin.com.au
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
PURGE_ON_DEPLOY=true`)}

Cheers`),

  rec('code_js_sv', f`Sentry visar inga fel från prenumerationssidan sedan vi bytte domän. Så här initierar vi:

${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507281.ingest.de.sentry.io/4507339182`)}",
  environment: "prod",
  tracesSampleRate: 0.1,
  allowUrls: [/https:\\/\\/prenumeration\\.nordbladet\\.se/],
});`)}

Ska allowUrls matcha den nya domänen? Den heter nu mitt.nordbladet.se.`),

  rec('gh_actions_fi', f`Moi, vuokraamon varaussivun esikatselu-deploy ei enää toimi. Workflow:

${cfg(f`name: preview
on: pull_request
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx vercel deploy --token ${v('credential.vercel_token', VERCEL)} --yes`)}

Virhe: "The specified token is not valid". Tokeni on tiimin, ei henkilökohtainen.`),

  rec('cisco_hu', f`Szia! A szárazdokk szivattyúházában lévő switch konfigját kellene átnéznem, a távoli elérés nem megy. Ez a releváns rész:

${cfg(f`hostname SW-DOKK2-SZIVATTYU
!
username dokkops privilege 15 password 0 ${v('credential.network_device_secret', 'Zsilip-Kapu#91')}
enable password 0 ${v('credential.network_device_secret', 'Dokk2-enable!')}
!
line vty 0 4
 login local
 transport input ssh`)}

Miért nem enged be SSH-n?`),

  rec('http_ro', f`Salut, API-ul de fluturași de salariu pentru angajații detașați ne răspunde 401 deși tokenul e proaspăt. Cererea:

${cfg(f`POST /v2/payslips/batch HTTP/1.1
Host: api.lohnportal.example-steuer.at
Authorization: Bearer ${v('credential.jwt', JWT_TAX)}
Content-Type: application/json

{"period":"2025-01","employees":42}`)}

Ce înseamnă „audience mismatch"?`),

  rec('chat_am', f`ሰላም፣ ይህንን መልእክት ወደ እንግሊዝኛ ልትተረጉምልኝ ትችላለህ? „የናሙና ጥያቄ ፖርታል መለያዎ ተፈጥሯል። የተጠቃሚ ስም: abebe.t የይለፍ ቃል: ${v('credential.password_in_prose', 'Bahirdar#Lab19')} — እባክዎ በመጀመሪያ ሲገቡ ይቀይሩት።"`),

  rec('chat_ta', f`இதை ஆங்கிலத்தில் மொழிபெயர்த்துத் தர முடியுமா? „உங்கள் சம்பளப் பட்டியல் போர்ட்டல் கணக்கு உருவாக்கப்பட்டது. பயனர் பெயர்: k.senthil, கடவுச்சொல்: ${v('credential.password_in_prose', 'Chennai$Tax904')}. முதல் உள்நுழைவில் மாற்றவும்."`),

  rec('chat_fa', f`سلام، لطفاً این متن را برای پیمانکار تعمیرات بدنه رسمی‌تر کن: «دسترسی شما به سامانهٔ برنامه‌ریزی حوضچهٔ خشک فعال شد. نام کاربری: pimankar.jafari و رمز عبور: ${v('credential.password_in_prose', 'Bandar#Abbas61')} است. لطفاً بعد از اولین ورود آن را عوض کنید.»`),

  rec('shell_ms', f`Salam, skrip backup sistem tempahan basikal kami di Langkawi berhenti tengah jalan. Ini baris yang dijalankan oleh cron:

${cfg(f`mysqldump -h db-tempahan.local -u backup_tempahan -p'${v('credential.mysql_cli_password', 'Basikal!Langkawi3')}' tempahan > /srv/backup/tempahan-$(date +%F).sql`)}

Mesej ralat: "Access denied for user". Kenapa ya, padahal kata laluan betul?`),

  rec('chat_tl', f`Pa-check naman po nito. Yung WhatsApp notif namin sa mga hotel client para sa pickup ng labada, ayaw na mag-send. Gamit namin na access token: ${v('credential.facebook_access_token', FB)}. Expired na ba 'to? Paano gumawa ng permanent token?`),

  rec('chat_sw', f`Habari, tunataka kutuma SMS za kuwakumbusha wachangiaji wa sampuli kuhusu miadi yao. Nimeunda Twilio API key ${v('credential.twilio_api_key', TW_SK)} na siri yake ni ${v('credential.generic_secret_assignment', TW_SK_SECRET)}. Naweza kuzitumia badala ya auth token kwenye Python?`, 'the secret is written after "siri yake ni" (its secret is): labelled as a generic secret'),

  rec('env_nl_be', f`Dag, kan je eens kijken waarom de synchronisatie van reservaties naar onze Notion-planning voor de fietsverhuur in Brugge niet meer loopt?

${cfg(f`NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_RESERVATIES=4c81e2a97d3f4b6e8a05c19d7e2f3b48
SYNC_INTERVAL_MIN=10`)}

Merci!`),

  rec('chat_de_at', f`Servus, unser Lohnzettel-Export für die entsandten Mitarbeiter landet nicht mehr im Blob Storage. Connection String aus der Konfig:

DefaultEndpointsProtocol=https;AccountName=lohnzettelexpat;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Kann das am Firewall-Eintrag fürs Büro in Linz liegen? Danke dir!`),

  rec('powershell_es', f`Hola, quiero que el planificador de varada avise en Teams cuando se libere el dique seco. Tengo esto pero da 400:

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$texto = "Dique 1 libre a partir del $(Get-Date -Format 'dd/MM HH:mm'). Siguiente buque: MV Ría de Vigo."
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body (@{ text = $texto } | ConvertTo-Json)`)}

¿Es por las tildes?`),

  rec('chat_pt_pt', f`Olá, a secção de necrologia quer ser avisada no Slack sempre que entra um anúncio pago. Já criei o webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}. Consegue escrever-me a função em PHP que envia o nome do falecido e a data do funeral?`),

  rec('chat_ca', f`Hola! Vull que el canal de Discord de l'equip de lloguer de bicis a Girona rebi un avís quan entri una reserva de grup. He fet aquest webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Em pots fer un exemple en JavaScript?`),

  rec('curl_en_in', f`Jira API gives 401 when I try to pull the expat onboarding tickets. Command:

${cfg(f`curl -u ${v('pii.email', 'priya.nair@taxbridge-advisory.in')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://taxbridge.atlassian.net/rest/api/3/search?jql=project=EXPAT+AND+status=%22Docs%20pending%22"`)}

Kindly advise, urgent for month-end payroll.`),

  rec('npmrc', f`Our paywall widget build fails in CI with E401 but works on my laptop. Project .npmrc:

${cfg(f`@valleycourier:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Is the token tied to my user? I'm leaving the subscriptions team next month.`, 'npm_ token as the .npmrc _authToken: two labels on one span'),

  rec('chat', f`Can you tell me why ssh rejects this deploy key for the dock-scheduling box? "invalid format"

${v('credential.openssh_private_key', OPENSSH)}

I copied it out of Outlook, maybe line endings?`),

  rec('helm_lt', f`Sveiki, skalbyklos tunelinių mašinų „Grafana" prietaisų skydelis nebeatsinaujina. values.yaml:

${cfg(f`grafana:
  provisioning:
    apiUrl: https://grafana.skalbykla-vilnius.lt
    apiToken: ${v('credential.grafana_service_account_token', GLSA)}
  dashboards:
    - tuneline-plovykla
    - dziovykles-temperatura`)}

Kokias teises turi turėti service account?`),

  rec('shell_sk', f`Ahoj, potrebujem vytiahnuť heslo k databáze plánovania doku z Vaultu, ale dostávam permission denied:

${cfg(f`$ export VAULT_ADDR=https://vault.lodenica.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/dok-planovanie/db
Error reading secret/data/dok-planovanie/db: Code: 403`)}

Aká policy chýba?`),

  rec('env_hr', f`Bok, prebacujemo rezervacije najma skija i bicikala na Supabase. Je li ovo dovoljno za CI?

${cfg(f`SUPABASE_URL=https://kqzvtrwpmhnlxbdajeyf.supabase.co
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SBP)}
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', JWT_SUPA)}`)}`),

  rec('chat_sr', f`Можеш ли да ми преведеш ово на енглески? „Поштовани, налог за објављивање читуља у нашем листу је отворен. Корисничко име: pogrebno.novisad, лозинка је ${v('credential.password_in_prose', 'Petrovaradin#73')}. Молимо вас да је промените после првог пријављивања."`),

  rec('shell_bg', f`Здравей, не мога да кача образа на LIMS-а за биобанката в Docker Hub от build сървъра:

${cfg(f`$ echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u biobanka-ci --password-stdin
Error response from daemon: unauthorized: incorrect username or password`)}

Токенът е Read & Write. Какво пропускам?`),

  rec('gcp_key', f`The consent-form OCR job on Cloud Run can't read the bucket. This is the service-account key we mounted, is anything wrong with it?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "biobank-consent-ocr",
  "private_key_id": "${fill('b157-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'ocr-runner@biobank-consent-ocr.iam.gserviceaccount.com')}",
  "client_id": "104829371650284913726",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'ocr-runner%40biobank-consent-ocr.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('chat_yue', f`唔該幫我將呢段改得禮貌啲，要發畀酒店房務部：「你哋洗衣追蹤系統嘅帳戶已經開咗，用戶名係 hk.harbourview，密碼係 ${v('credential.password_in_prose', 'Linen-Kwun88')}，第一次登入記得改密碼呀。」`),

  rec('code_python_ru', f`Добрый день! Для распознавания сканов актов дефектации на судоремонтном заводе используем модель с Hugging Face, но получаем 401:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
ocr = pipeline("image-to-text", model="kesselhaven/dock-acts-ocr")
print(ocr("akt_dok2_0114.png"))`)}

Модель лежит в закрытом (private) репозитории.`),

  rec('chat_ur', f`براہ کرم یہ پیغام انگریزی میں کر دیں: "آپ کا تنخواہ پورٹل کا اکاؤنٹ بن گیا ہے۔ یوزر نیم: qureshi.a اور پاس ورڈ ${v('credential.password_in_prose', 'Lahore@Tax5521')} ہے۔ پہلی بار لاگ اِن کے بعد اسے تبدیل کر لیں۔"`),

  rec('chat_lv', f`Sveiki! Abonentu nodaļa izmanto Postman kolekciju, lai pārbaudītu abonēšanas API. Vai šo atslēgu drīkst likt koplietotajā vidē? ${v('credential.postman_api_key', PMAK)}`),

  rec('notebook_et', f`Tere! Biopanga proovitaotluste aruanne Databricksis jookseb kokku. Notebooki esimene lahter:

${code(f`import requests
HOST = "https://adb-4829173650182937.7.azuredatabricks.net"
TOKEN = "${v('credential.databricks_token', DAPI)}"
resp = requests.get(f"{HOST}/api/2.1/jobs/list", headers={"Authorization": f"Bearer {TOKEN}"})
print(resp.status_code, resp.json().get("jobs", [])[:3])`)}

Miks tuleb 403?`),

];

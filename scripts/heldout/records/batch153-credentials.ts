/**
 * Held-out batch 153: credentials pasted by a regional airline's crew scheduling and loyalty desk, a
 * hospital genetic counselling service, a quarry and asphalt plant's weighbridge and blasting office,
 * a private security company's rostering team, a public library makerspace and a pawnbroker chain,
 * in many languages and scripts. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const SLACK_BOT = tok('xoxb-', '5839201746', '3-', '8027461930572-', fill('b153-xoxb', B62, 24));
const PG_PW = 'Crosswind-Tail!47';
const ROSTER_PW = 'Pista7#Juillet';
const WAAGE_PW = 'Brächwerk_2025!';
const TW_SID = tok('AC', fill('b153-twsid', HEX, 32));
const TW_AUTH = fill('b153-twauth', HEX, 32);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b153-rklive', B62, 97));
const TELEGRAM = tok('7481923065', ':AA', fill('b153-tg', B64URL, 33));
const GLPAT = tok('glpat-', fill('b153-glpat', B62 + '-_', 20));
const SENDGRID = tok('SG.', fill('b153-sg1', B64URL, 22), '.', fill('b153-sg2', B64URL, 43));
const AKIA = tok('AKIA', fill('b153-akia', B32, 16));
const AWS_SECRET = fill('b153-awssec', B64, 40);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374650192837465', '/', fill('b153-dischook', B64URL, 68));
const ALI_ID = tok('LTAI', '5t', fill('b153-ltai', B62, 18));
const ALI_SECRET = fill('b153-alisec', B62, 30);
const JWT_PAWN = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pawn-api-2025' }, { sub: 'branch-tpe-03', scope: 'loans:read loans:write', iat: 1748390400, exp: 1748476800 }, 'b153-jwtpawn');
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b153-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AZ_STORAGE = `${fill('b153-azst', B64, 86)}==`;
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b153-sklive', B62, 97));
const REDCAP = fill('b153-redcap', HEX.toUpperCase(), 32);
const TEAMS_HOOK = tok('https://hartsteinbau.webhook.office.com/webhookb2/', '7c1e4b92-3a58-4d0f-9b26-e81f5c3a7d40@2f9a6c13-8b47-4e5d-a0c1-9d3e72b6f158/IncomingWebhook/', fill('b153-teams1', HEX, 32), '/', 'a4d2e8f1-6b39-4c70-8e15-3f7b9c2d6a84/', 'V2', fill('b153-teams2', B64URL, 43));
const GHP = gh('ghp', 'Mk7Qz2Rv9Tb4Xw1Lp6Hs3Jd8Fn5Gc0');
const DD_API = fill('b153-ddapi', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K8R2MZQ1', '/', 'B07H3N9XJ5P', '/', fill('b153-slhook', B62, 24));
const DB_PW_CS = 'Genetika-Brno!19';
const AIRTABLE = tok('pat', fill('b153-at1', B62, 14), '.', fill('b153-at2', HEX, 64));
const OPENAI = tok('sk-proj-', fill('b153-oai1', B64URL, 74), 'T3BlbkFJ', fill('b153-oai2', B64URL, 74));
const GLSA = tok('glsa_', fill('b153-glsa1', B62, 32), '_', fill('b153-glsa2', HEX, 8));
const MAILGUN = tok('key-', fill('b153-mailgun', HEX, 32));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b153-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b153-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b153-gapi', B64URL, 33));
const VAULT = tok('hvs.', fill('b153-vault', B62, 91));
const DO_TOKEN = tok('dop_v1_', fill('b153-do', HEX, 64));
const SHPAT = tok('shpat_', fill('b153-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b153-atl', B64URL, 171), '=', fill('b153-atl2', HEX.toUpperCase(), 8));
const NPM = gh('npm', 'Rf8Tq3Wz6Yb1Nc4Vm9Kx2Lp7Hd5Js0');
const CF_TOKEN = fill('b153-cftoken', B62 + '_-', 40);
const RSA_KEY = pem('RSA PRIVATE KEY', 'b153-rsa', 1190, '\n', 'MIIEpAIBAAKCAQEA');
const GCP_PEM = pem('PRIVATE KEY', 'b153-gcp', 1217, '\n', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASC');
const GCP_PEM_ESC = GCP_PEM.replace(/\n/g, '\\n') + '\\n';
const AZ_CLIENT = tok(fill('b153-azcs1', B62, 3), '8Q~', fill('b153-azcs2', B62 + '_~.-', 34));
const SENTRY_DSN = tok('https://', fill('b153-sentry', HEX, 32), '@o4507218.ingest.de.sentry.io/4507219348');
const DOCKER_AUTH = b64('ci-ilmatsi:Karjaar-Lubi2025');
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'tqzkwnhvbmdyrplxsafe', role: 'service_role', iat: 1735689600, exp: 2051222400 }, 'b153-supa');
const FIGMA = tok('figd_', fill('b153-figd', B64URL, 40));
const TW_AUTH2 = fill('b153-twauth2', HEX, 32);
const TW_SID2 = tok('AC', fill('b153-twsid2', HEX, 32));
const NOTION = tok('ntn_', fill('b153-ntn1', DIGITS, 11), fill('b153-ntn2', B62, 35));
const GLRT = tok('glrt-', fill('b153-glrt', B62 + '-_', 20));
const DCKR = tok('dckr_', 'pat_', fill('b153-dckr', B64URL, 27));
const NRAK = tok('NRAK-', fill('b153-nrak', UPPER + DIGITS, 27));
const BEARER = fill('b153-bearer', B62 + '-._~', 56);

export const BATCH153_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Crew roster sync keeps posting to #ops-ramp instead of #crew-control. Here's the .env from the box, can you spot it?

${amb('source_code.snippet', f`# crew-sync/.env (prod)
ROSTER_DB_URL=postgresql://crew_sync:${v('credential.database_url_password', PG_PW)}@pg-crew-01.corvidair.internal:5432/roster
SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}
SLACK_CHANNEL=C05RAMP0PS
FTL_MAX_DUTY_MIN=780
TZ=America/Chicago`)}`),

  rec('chat_fr_ca', f`Salut! L'imprimante Prusa du FabLab répond pu dans OctoPrint depuis la mise à jour. J'ai mis ça dans config.yaml, tu vois-tu de quoi de croche?

${amb('source_code.snippet', f`accessControl:
  enabled: true
  userManager: octoprint.access.users.FilebasedUserManager
serial:
  port: /dev/ttyACM0
  baudrate: 115200
webcam:
  stream: http://${amb('pii.ip_address', '192.168.40.23')}:8080/?action=stream
plugins:
  octolapse:
    ftp_user: fablab
    ftp_password: ${v('credential.password_assignment', ROSTER_PW)}`)}

Merci ben gros, c'est pour la biblio de Limoilou.`),

  rec('chat_de_ch', f`Grüezi mitenand, chasch mer säge werum d'Waagesoftware am Morge kei Verbindig zum SQL-Server macht? Das isch s'appsettings.json vo de Brückewaag 2:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Waage": "Server=waage-sql01\\\\WAAGE;Database=Wiegescheine;User Id=waage_app;Password=${v('credential.connection_string_password', WAAGE_PW)};TrustServerCertificate=True"
  },
  "Waage": { "Port": "COM3", "Eichung": "2024-11-04" }
}`)}

Mer händ sit em Update vom Fäbruar nüt verändert.`),

  rec('code_python_pt_br', f`Oi! O lembrete de vencimento do penhor pelo WhatsApp parou de funcionar. Alguém consegue ver o que tá errado?

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"

cliente = Client(ACCOUNT_SID, AUTH_TOKEN)

def lembrar_vencimento(contrato):
    # manda lembrete 5 dias antes do vencimento do contrato de penhor
    cliente.messages.create(
        from_=REMETENTE_WHATSAPP,
        to=f"whatsapp:{contrato.telefone}",
        body=f"Seu contrato {contrato.numero} vence em {contrato.vencimento:%d/%m}.",
    )`)}
\`\`\``),

  rec('chat_ja', f`マイル購入の返金処理を自動化したいのですが、制限付きキーの権限が足りないみたいです。使っているキーは ${v('credential.stripe_restricted_key', RK_LIVE)} で、Refunds は書き込み権限にしてあります。「permission_error」が出る原因は何でしょうか？`),

  rec('chat_ko', f`근무표 변경 알림용 텔레그램 봇을 만들었는데 그룹에 메시지가 안 갑니다. 봇 토큰은 ${v('credential.telegram_bot_token', TELEGRAM)} 이고, chat_id 는 -100 으로 시작하는 값 넣었어요. 야간조 경비원들이 알림을 못 받고 있어서 급합니다.`),

  rec('chat_hi', f`नमस्ते, जेनेटिक काउंसलिंग विभाग के लिए लैब पोर्टल का लॉगिन नए काउंसलर को भेजना है। यूज़रनेम gc_ananya है और पासवर्ड ${v('credential.password_in_prose', 'Gulmohar@8812')} है। कृपया इसे एक औपचारिक ईमेल में लिख दीजिए, और याद दिलाइए कि पहली बार लॉगिन के बाद पासवर्ड बदलना ज़रूरी है।`),

  rec('ci_yaml_ru', f`Пайплайн для сервиса учёта разрешений на взрывные работы падает на шаге деплоя, «HTTP Basic: Access denied». Вот кусок .gitlab-ci.yml:

${amb('source_code.snippet', f`deploy_prod:
  stage: deploy
  script:
    - git remote set-url origin https://deploy-bot:${v('credential.gitlab_pat', GLPAT)}@gitlab.karier-vostok.ru/blast/permits.git
    - git push origin HEAD:release --tags
  only:
    - main`)}

Токен создавал неделю назад, срок действия — год.`),

  rec('code_js_ar', f`مرحبا، نظام إرسال إيصالات الرهن بالبريد الإلكتروني لا يعمل منذ أمس. هذا الكود:

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function sendReceipt(loan) {
  await sgMail.send({
    to: loan.customerEmail,
    from: '${v('pii.email', 'receipts@dhahab-rahn.ae')}',
    subject: \`إيصال رهن رقم \${loan.ticketNo}\`,
    html: renderReceipt(loan),
  });
}`)}

الخطأ: 403 Forbidden. هل المفتاح منتهي؟`),

  rec('aws_he', f`הסקריפט שמעלה את סידורי העבודה של המאבטחים ל-S3 נכשל עם SignatureDoesNotMatch. זה הקובץ ~/.aws/credentials במחשב של המשמרות:

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = il-central-1`)}

אולי העתקתי לא נכון את המפתח הסודי?`),

  rec('chat_th', f`ช่วยดูหน่อยค่ะ สคริปต์แจ้งเตือนคิวพิมพ์ 3 มิติของห้องเมกเกอร์สเปซส่งเข้า Discord ไม่ได้ ใช้ webhook นี้: ${v('credential.discord_webhook_url', DISCORD_HOOK)} ขึ้น error 401 ค่ะ`),

  rec('code_go_zh', f`航班机组排班的照片上传到 OSS 一直报 InvalidAccessKeyId，帮我看看：

\`\`\`go
${code(f`package upload

import "github.com/aliyun/aliyun-oss-go-sdk/oss"

const (
	endpoint        = "oss-cn-shenzhen.aliyuncs.com"
	accessKeyID     = "${v('credential.alibaba_access_key_id', ALI_ID)}"
	accessKeySecret = "${v('credential.generic_secret_assignment', ALI_SECRET)}"
	bucket          = "crew-roster-photos"
)

func Client() (*oss.Client, error) {
	return oss.New(endpoint, accessKeyID, accessKeySecret)
}`)}
\`\`\``),

  rec('http_zh_tw', f`分店系統呼叫當舖放款 API 一直回 401，請幫我看 header 有沒有問題：

${amb('source_code.snippet', f`GET /api/v2/loans?branch=TPE-03&status=active HTTP/1.1
Host: api.jinyuan-pawn.com.tw
Authorization: Bearer ${v('credential.jwt', JWT_PAWN)}
Accept: application/json`)}

token 是今天早上才拿的。`),

  rec('chat_el', f`Καλησπέρα, ο υπολογιστής της γεφυροπλάστιγγας στο λατομείο δεν συνδέεται με SSH στον server. Αυτό είναι το κλειδί που βρήκα στον φάκελο .ssh του χρήστη zygisi, είναι σωστή η μορφή;

${v('credential.openssh_private_key', OPENSSH)}

Το σφάλμα είναι "Load key: invalid format".`),

  rec('shell_tr', f`Gece vardiyası nöbet çizelgesini yedeklerken bu komut takılıyor, neden?

${amb('source_code.snippet', f`mysqldump -h ${amb('pii.ip_address', '10.14.2.8')} -u nobet_admin -p'${v('credential.mysql_cli_password', 'Kartal!Gece2025')}' nobet_db vardiyalar > /yedek/vardiya_$(date +%F).sql`)}

Hata: "Got error: 2013: Lost connection to MySQL server at 'reading initial communication packet'"`),

  rec('chat_pl', f`Cześć, eksport grafików załóg do Azure Blob przestał działać po rotacji kluczy. Connection string w konfiguracji:

DefaultEndpointsProtocol=https;AccountName=corvidcrewexport;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Czy po rotacji trzeba podać key2 zamiast key1?`),

  rec('env_es_mx', f`Qué onda, necesito que me expliques para qué sirve cada variable de este .env de la casa de empeño, lo dejó el programador anterior:

${amb('source_code.snippet', f`APP_NAME=EmpenoFacil
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_CURRENCY=mxn
TASA_INTERES_MENSUAL=0.089
DIAS_GRACIA=15`)}

y si la de Stripe se puede poner en el repo o no.`),

  rec('chat_es', f`Hola, en la consulta de consejo genético usamos REDCap para los árboles genealógicos. Quiero un script en R que baje los registros nuevos cada noche. El token de la API que me dieron es ${v('credential.generic_secret_assignment', REDCAP)} (proyecto 412). ¿Cómo lo guardo sin dejarlo en el script?`),

  rec('chat_it', f`Ciao, devo mandare su Teams l'avviso automatico prima di ogni brillamento in cava. Il webhook del canale "Volate – Cava Nord" è questo:
${v('credential.teams_webhook_url', TEAMS_HOOK)}
Mi scrivi uno script PowerShell che lo chiama con l'orario della volata?`),

  rec('git_nl', f`Hoi, ik krijg "Authentication failed" bij het pushen van de website van het Makerlab. Dit staat in .git/config:

${amb('source_code.snippet', f`[remote "origin"]
	url = https://bibliotheek-makerlab:${v('credential.github_pat', GHP)}@github.com/bibliotheek-makerlab/website.git
	fetch = +refs/heads/*:refs/remotes/origin/*`)}

Moet ik een nieuw token aanmaken?`),

  rec('compose_sv', f`Datadog-agenten på bemanningsplaneringsservern visar inga loggar. Här är docker-compose:

${amb('source_code.snippet', f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu
      DD_LOGS_ENABLED: "true"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

Vad saknas för att loggarna ska skickas?`),

  rec('chat_fi', f`Moi! Vartiovuorojen vaihtoilmoitukset pitäisi saada Slackiin. Tein webhookin: ${v('credential.slack_webhook_url', SLACK_HOOK)} – miten lähetän siihen viestin curlilla niin että ääkköset näkyvät oikein?`),

  rec('log_da', f`Vores pantelåner-webshop logger auth-headeren, er det farligt?

${amb('source_code.snippet', f`2025-05-12 09:41:17 INFO  pant-api  POST /v1/laan/forlaeng 200 84ms
2025-05-12 09:41:17 DEBUG pant-api  headers: {"Authorization": "${v('credential.basic_auth_header', f`Basic ${b64('filial_aarhus:Pantebrev#2025')}`)}", "User-Agent": "kasse/3.2"}`)}`),

  rec('cisco_nb', f`Kan du forklare denne konfigurasjonen på svitsjen i pukkverket? Jeg er ny her og skjønner ikke forskjellen på secret og password:

${amb('source_code.snippet', f`hostname PUKK-SW01
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b153-c9salt', B62, 14), '$', fill('b153-c9hash', B62 + './', 43)))}
username drift privilege 15 password 0 ${v('credential.network_device_secret', 'Steinknuser-88')}
interface Vlan10
 ip address ${amb('pii.ip_address', '10.22.10.1')} 255.255.255.0`)}`),

  rec('chat_cs', f`Ahoj, na genetické poradně nám spadl export rodokmenů. V logu je tohle:
psycopg2.OperationalError: connection to server failed, DSN: postgresql://genpor_export:${v('credential.database_url_password', DB_PW_CS)}@db-genetika.fnkl.local:5432/rodokmeny
Je problém v hesle, nebo v hostname?`),

  rec('code_python_uk', f`Підкажіть, чому скрипт не оновлює графік чергувань охоронців в Airtable?

${code(f`import requests

AIRTABLE_TOKEN = "${v('credential.airtable_pat', AIRTABLE)}"
BASE = "appQ7mK2rT9xW4vLb"

def update_shift(record_id, guard, post):
    r = requests.patch(
        f"https://api.airtable.com/v0/{BASE}/Chergy/{record_id}",
        headers={"Authorization": f"Bearer {AIRTABLE_TOKEN}"},
        json={"fields": {"Охоронець": guard, "Пост": post}},
    )
    r.raise_for_status()`)}`),

  rec('code_python_bg', f`Здравейте, правим чатбот за мейкърспейса в библиотеката, който отговаря кои 3D принтери са свободни. Това е кодът, защо връща 429?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def otgovor(vapros: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": vapros}],
    )
    return r.choices[0].message.content`)}`),

  rec('chat_sr', f`Да ли може неко да ми објасни зашто Grafana дашборд за вагу на каменолому не приказује ништа? Користим service account токен ${v('credential.grafana_service_account_token', GLSA)} у datasource подешавањима.`),

  rec('chat_hu', f`Sziasztok, a zálogház értesítő leveleit Mailgunon küldjük. Az API kulcs: ${v('credential.mailgun_api_key', MAILGUN)}, a domain mg.aranyhid-zalog.hu. Miért kapok 401-et, ha EU régióban vagyunk?`),

  rec('env_ro', f`Salut, poți să-mi spui dacă fișierul ăsta e ok pentru asistentul de programare al echipajelor?

${amb('source_code.snippet', f`ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MODEL=claude-sonnet-4-20250514
MAX_TOKENS=1024
ROSTER_API=https://roster.corvidair.internal/api`)}`),

  rec('chat_ka', f`გამარჯობა, დაცვის კომპანიის ცვლების განრიგის სისტემაში ახალ ოპერატორს ვუგზავნი წვდომას. მომხმარებელი: n.beridze, პაროლი: ${v('credential.password_in_prose', 'Mtatsminda#2025')}. ოფიციალურ წერილად ჩამომიწერე, რომ პირველივე შესვლისას შეცვალოს.`),

  rec('chat_hy', f`Բարև, գրավատան մասնաճյուղի նոր աշխատակցի համար պետք է նամակ գրել։ Համակարգի մուտքանունը՝ a.hakobyan, գաղտնաբառը՝ ${v('credential.password_in_prose', 'Ararat!Voski7')}։ Խնդրում եմ, պաշտոնական ոճով գրիր։`),

  rec('chat_am', f`ሰላም፣ ለቤተ መጻሕፍቱ ሜከርስፔስ አዲስ ማስታወቂያ ጻፍልኝ። የWi‑Fi ስም LibMakers ነው፣ የይለፍ ቃሉ ${v('credential.password_in_prose', 'Abeba3D-2025')} ነው። ለጎብኚዎች ብቻ መሆኑን ጥቀስ።`),

  rec('code_python_bn', f`জেনেটিক কাউন্সেলিং-এর রিপোর্ট সামারাইজ করার জন্য Hugging Face মডেল ব্যবহার করছি, কিন্তু 401 আসছে:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
summ = pipeline("summarization", model="facebook/bart-large-cnn")`)}

টোকেনের কি write permission লাগবে?`),

  rec('chat_ta', f`வணக்கம், எங்கள் விமான நிறுவனத்தின் லாயல்டி ஆப்பில் அருகிலுள்ள விமான நிலைய வரைபடம் வரவில்லை. Google Maps API key ${v('credential.google_api_key', GOOGLE)} போட்டிருக்கிறோம். "RefererNotAllowedMapError" என்று வருகிறது, என்ன செய்ய வேண்டும்?`),

  rec('shell_vi', f`Chào anh, em chạy lệnh này trên máy trạm cân để lấy mật khẩu SQL từ Vault mà bị 403:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.dathach-binhduong.vn:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/tramcan/sql`)}

Có phải token hết hạn không ạ?`),

  rec('chat_id', f`Halo, script auto-scaling server jadwal satpam kami di DigitalOcean error terus. Token yang dipakai ${v('credential.digitalocean_token', DO_TOKEN)}, scope-nya read+write. Kenapa muncul "Unable to authenticate you"?`),

  rec('chat_ms', f`Hai, kedai pajak gadai kami jual barang lelong di Shopify. Token admin API: ${v('credential.shopify_access_token', SHPAT)}. Boleh tolong tulis skrip Python untuk kemas kini harga barang yang tak ditebus selepas 6 bulan?`),

  rec('curl_tl', f`Pa-help naman, yung script na gumagawa ng Jira ticket para sa crew swap requests ay nag-401:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'crewsched.bot@corvidair.ph')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://corvidair.atlassian.net/rest/api/3/issue -d @swap.json`)}

Bagong token naman 'to, kahapon ko lang ginawa.`),

  rec('npmrc_fa', f`سلام، نصب پکیج‌های داخلی پروژهٔ سایت کارگاه ساخت کتابخانه روی سرور CI خطای E401 می‌دهد. این فایل .npmrc است:

${amb('source_code.snippet', f`@ketabkhaneh:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

مشکل از کجاست؟`),

  rec('chat_ur', f`السلام علیکم، جینیٹک کونسلنگ کلینک کے پورٹل پر نئی کونسلر کا اکاؤنٹ بن گیا ہے۔ یوزر نیم s.qureshi اور پاس ورڈ ${v('credential.password_in_prose', 'Chinar@4471')} ہے۔ اس کے لیے ایک مختصر ای میل لکھ دیں کہ پہلی بار لاگ ان کے بعد پاس ورڈ تبدیل کرے۔`),

  rec('chat_sw', f`Habari, mfumo wa kutuma SMS za zamu kwa walinzi haufanyi kazi. Tunatumia Twilio, Account SID ${v('credential.twilio_account_sid', TW_SID2)} na auth token ${v('credential.twilio_auth_token', TW_AUTH2)}. Kosa ni 20003. Nifanye nini?`),

  rec('env_ca', f`Hola! Al web de reserves de les impressores 3D de la biblioteca fem servir Cloudflare per a la caché. Em pots revisar aquest fitxer?

${amb('source_code.snippet', f`CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
CLOUDFLARE_ZONE=biblioteca-fablab.cat
PURGE_ON_DEPLOY=true`)}

El purge no funciona i diu "Invalid API Token".`),

  rec('pem_en_gb', f`The council's portal won't accept our weighbridge tonnage returns over SFTP any more. This is the key on the weighbridge PC (C:\\Weighbridge\\keys\\council_sftp.pem), is it the old format they mentioned?

${v('credential.private_key', RSA_KEY)}

They said something about ssh-rsa being deprecated.`),

  rec('gcp_en_au', f`G'day, rostering app on Cloud Run can't read the guards' availability sheet. This is the service account key the previous dev left in the repo, mate:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "bastion-rostering-au",
  "private_key_id": "${fill('b153-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM_ESC)}",
  "client_email": "${amb('pii.email', 'roster-sheets@bastion-rostering-au.iam.gserviceaccount.com')}",
  "client_id": "104837261950384712635",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'roster-sheets%40bastion-rostering-au.iam.gserviceaccount.com')}"
}`))}

Sheet is shared with that address as Editor. Still 403.`),

  rec('chat_de_at', f`Servus, die Terminbuchung der humangenetischen Beratung soll sich per Entra ID anmelden. App-Registrierung ist angelegt, Client-ID 5b8e2c71-94a3-4f0d-b6e8-3c17a9d24f50, geheimer Clientschlüssel ${v('credential.azure_client_secret', AZ_CLIENT)}. Beim Token-Abruf kommt AADSTS7000215, was heißt das?`),

  rec('chat_fr', f`Bonjour, l'appli de réservation de sièges pour les membres du programme de fidélité n'envoie plus rien à Sentry. Voici le DSN configuré : ${v('credential.sentry_dsn', SENTRY_DSN)}. On a changé de région l'an dernier, c'est peut-être ça ?`),

  rec('appsettings_fr_be', f`Bonjour, pour le logiciel des prêts sur gage de l'agence de Liège, je dois migrer ce fichier vers la nouvelle base. Tu peux me dire ce qu'il faut changer ?

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Gages": "Data Source=sql-gages.montdepiete.local;Initial Catalog=PretsSurGage;User ID=agence_liege;Password=${v('credential.connection_string_password', 'Meuse-Sept!2024')};Encrypt=True"
  }
}`)}`),

  rec('chat_pt_pt', f`Bom dia, o programa da báscula da pedreira envia os talões de pesagem por FTP para o contabilista. Está configurado assim: ftp://bascula:${v('credential.url_password', 'Granito#Braga23')}@ftp.contabilidade-minho.pt/taloes/ — consegues escrever um script que faça isto por SFTP em vez de FTP?`),

  rec('code_python_es_ar', f`Che, este script que baja las reservas de la impresora láser del makerspace tira error de login, ¿me das una mano?

${code(f`import requests

SESSION = requests.Session()
LOGIN = {"usuario": "biblio_maker", "password": "${v('credential.password_assignment', 'Mate-Amargo-62')}"}

def reservas_de_hoy():
    SESSION.post("https://reservas.bibliotecapalermo.ar/login", data=LOGIN)
    return SESSION.get("https://reservas.bibliotecapalermo.ar/api/laser/hoy").json()`)}`),

  rec('docker_et', f`Tere! Karjääri kaalumistarkvara konteiner ei tõmba enam privaatregistrist. Serveris on selline ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.karjaar-ee.ee": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Kas see on vale formaat?`),

  rec('chat_kk', f`Сәлеметсіз бе, экипаж кестесінің мобильді қосымшасы Supabase-ке қосылмай тұр. Клиентке service_role кілтін қойдым: ${v('credential.jwt', SUPA_JWT)}. Бұл дұрыс па, әлде anon кілт керек пе?`),

  rec('chat_sv', f`Hej! Vi i bibliotekets makerspace vill hämta designfiler automatiskt från Figma till laserskäraren. Min personliga åtkomsttoken är ${v('credential.figma_token', FIGMA)}. Kan du skriva ett Python-skript som laddar ner alla SVG-filer från ett projekt?`),

  rec('chat_yue', f`唔該幫手，押店分店嘅 POS 系統登入唔到。IT 話帳戶係 shop_mongkok，密碼係 ${v('credential.password_in_prose', 'Kowloon#Gold88')}，但係輸入咗都話錯。係咪要重設？`),

  rec('chat_mr', f`नमस्कार, सुरक्षा रक्षकांच्या शिफ्ट पोर्टलसाठी नवीन सुपरवायझरला लॉगिन पाठवायचे आहे. लॉगिन: ${v('credential.user_password_pair', 'sup.pune04 / Sahyadri@2025')}. कृपया मराठीत एक छोटा मेसेज लिहा.`),

  rec('ci_yaml_sl', f`Živjo, GitLab runner v kamnolomu se ne registrira več. Datoteka config.toml:

${amb('source_code.snippet', f`[[runners]]
  name = "tehtnica-runner"
  url = "https://gitlab.kamnolom-sava.si/"
  token = "${v('credential.gitlab_token', GLRT)}"
  executor = "shell"`)}

Kaj pomeni "runner not found"?`),

  rec('shell_hr', f`Pozdrav, Jenkins posao za sliku aplikacije za zalagaonicu ne može se prijaviti na Docker Hub:

${amb('source_code.snippet', f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u zalog-ci --password-stdin
docker push zalogci/zalagaonica-api:2.4.1`)}

Kaže "unauthorized: incorrect username or password".`),

  rec('chat_nl_be', f`Dag, de Notion-integratie voor het rooster van de bewakingsagenten werkt niet meer. Token: ${v('credential.notion_token', NOTION)}. Moet ik de pagina opnieuw delen met de integratie?`),

  rec('newrelic_sk', f`Ahoj, New Relic agent na serveri pre požičovňu 3D tlačiarní v knižnici neposiela dáta. V newrelic.ini mám:
license_key = …
api_key = ${v('credential.newrelic_key', NRAK)}
Je správne, že tam má byť aj User API key?`),

  rec('log_en_gb', f`${amb('source_code.snippet', f`2025-04-03 06:12:40,118 DEBUG blastlog.client POST https://permits.hartsteinquarries.co.uk/api/notices 201
2025-04-03 06:12:40,119 DEBUG blastlog.client headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'Content-Type': 'application/json'}`)}

Why is the bearer token ending up in the debug log? We only set level=DEBUG to chase the seismograph upload.`),
];

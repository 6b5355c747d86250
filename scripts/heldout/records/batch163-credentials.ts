/**
 * Held-out batch 163: credentials pasted by staff of an airport lost-and-found and parking office, a
 * home-dialysis supplies distributor, a mine's explosives magazine and permits office, a language
 * school's visa-letter desk, a cider exporter and a coastguard station's incident log, in many
 * languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b163-stripe', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b163-rklive', B62, 97));
const SHPAT = tok('shpat_', fill('b163-shpat', HEX, 32));
const SLACK_BOT = tok('xoxb-', '4417290386', '2-', '7719304862519-', fill('b163-xoxb', B62, 24));
const SG = tok('SG.', fill('b163-sg1', B64URL, 22), '.', fill('b163-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b163-twsid', HEX, 32));
const TW_AUTH = fill('b163-twauth', HEX, 32);
const GHP = gh('ghp', 'Mq7Ve2Rx9Ka4Ty1Nb6Wd3Ls8Jp5Hc0');
const TELEGRAM = tok('6384027193', ':AA', fill('b163-tg', B64URL, 33));
const OPENAI = tok('sk-proj-', fill('b163-oa1', B64URL, 58), 'T3BlbkFJ', fill('b163-oa2', B64URL, 58));
const AZ_KEY = tok(fill('b163-azkey', B64, 86), '==');
const AKIA = tok('AKIA', fill('b163-akia', B32, 16));
const AWS_SECRET = fill('b163-awssec', B64, 40);
const MAILCHIMP = tok(fill('b163-mc', HEX, 32), '-us14');
const JWT_CG = jwt({ alg: 'RS256', typ: 'JWT', kid: 'cg-log-2' }, { sub: 'watch.officer.3', aud: 'incident-log', role: 'duty', iat: 1733904000, exp: 1733947200 }, 'b163-jwtcg');
const GOOGLE = tok('AIza', 'Sy', fill('b163-gapi', B64URL, 33));
const LTAI = tok('LTAI', '5t', fill('b163-ltai', B62, 18));
const LTAI_SECRET = fill('b163-ltaisec', B62, 30);
const NOTION = tok('ntn_', fill('b163-ntn1', DIGITS, 11), fill('b163-ntn2', B62, 35));
const BREVO = tok('xkeysib-', fill('b163-brevo1', HEX, 64), '-', fill('b163-brevo2', B62, 16));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b163-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b163-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SENTRY_KEY = fill('b163-sentry', HEX, 32);
const DD_API = fill('b163-ddapi', HEX, 32);
const DD_APP = fill('b163-ddapp', HEX, 40);
const AIRTABLE = tok('pat', fill('b163-at1', B62, 14), '.', fill('b163-at2', HEX, 64));
const WHSEC = tok('whsec_', fill('b163-whsec', B62, 32));
const GLSA = tok('glsa_', fill('b163-glsa1', B62, 32), '_', fill('b163-glsa2', HEX, 8));
const GLPAT = tok('glpat-', fill('b163-glpat', B62 + '-_', 20));
const VIPPS_SECRET = fill('b163-vipps', B62, 40);
const TEAMS_HOOK = tok('https://linguaharbour.webhook.office.com/webhookb2/', '6b2e9d41-7c08-4f35-a1d6-3e8b50f27c94@0d7f3a62-9e14-4b8c-b5a0-71c94e2d6f38/IncomingWebhook/', fill('b163-teams1', HEX, 32), '/', 'a4c91e07-2d6b-4f83-9e50-b71d3c8a2f65/', 'V2', fill('b163-teams2', B64URL, 43));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290384756102938475', '/', fill('b163-dischook', B64URL, 68));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b163-ant', B64URL, 93), 'AA');
const DROPBOX = tok('sl.', 'u.', fill('b163-dbx', B64URL, 140));
const OKTA = tok('00', fill('b163-okta', B64URL, 40));
const VAULT = tok('hvs.', 'CAESI', fill('b163-vault', B64URL, 86));
const FCM = tok('AAAA', fill('b163-fcm1', B64URL, 7), ':APA91b', fill('b163-fcm2', B64URL, 134));
const MIDTRANS = tok('Mid-server-', fill('b163-midtrans', B64URL, 24));
const GCP_PEM = pem('PRIVATE KEY', 'b163-gcp', 1218);
const TFC = tok(fill('b163-tfc1', B62, 14), '.atlasv1.', fill('b163-tfc2', B62, 67));
const SQUARE = tok('EAAA', fill('b163-square', B64URL, 60));
const AZ_SECRET = tok(fill('b163-azsec1', B62, 3), '8Q~', fill('b163-azsec2', B62 + '-_.~', 34));
const HF = tok('hf_', fill('b163-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b163-groq', B62, 52));
const DO_TOKEN = tok('dop_', 'v1_', fill('b163-do', HEX, 64));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kqzmvtrwyhnpdlabsxce', role: 'service_role', iat: 1722470400, exp: 2038046400 }, 'b163-supa');
const DOCKER_AUTH = b64('ci-orchard:Brennerei-Pomme-2291');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b163-atl', B64URL, 171), '=', fill('b163-atl2', HEX.toUpperCase(), 8));
const NETLIFY = tok('nfp_', fill('b163-nfp', B62, 36));
const FB = tok('EAA', 'Jm2ZBq', fill('b163-fb', B62, 160));
const GHO = gh('gho', 'Ns5Pw8Kd1Xr4Lv7Tb2Qh9Zm3Cg6Fy0');
const AZ_DEVOPS = fill('b163-ado', B32LOWER, 52);
const CISCO9 = tok('$9$', fill('b163-c9salt', B62, 14), '$', fill('b163-c9hash', B62 + './', 43));
const BASIC = b64('lostfound-api:Gep@kt-Koffer-77');

export const BATCH163_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Parking payment page at the airport throws 500 since this morning, here's the .env from the kiosk backend. Which var looks wrong?

${cfg(f`# parking-kiosk/.env.production  (Westmoor Regional Airport)
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_RESTRICTED_REPORTING=${v('credential.stripe_restricted_key', RK_LIVE)}
DATABASE_URL=postgres://parking_app:${v('credential.database_url_password', 'Tarmac!Shuttle-48')}@db-parking.internal:5432/parking
ANPR_CAMERA_HOST=${amb('pii.ip_address', '10.44.2.17')}
TARIFF_TABLE=summer-2025`)}`),

  rec('chat_gsw', f`Chasch mer churz hälfe, es Mail a de Schrankehersteller z'schriibe? Mir händ s'Problem, dass d'Uusfahrtsschranke P2 nöd ufgoht. De Techniker hät gseit, mir söllid is Service-Menü: Benutzer "service", s'Passwort isch ${v('credential.password_in_prose', 'Barriere_Zrh#19')}. Bitte uf Hochdütsch und höflich.`),

  rec('chat_fr_qc', f`Allo! On exporte notre cidre de glace vers la boutique en ligne pis l'intégration Shopify plante. Le jeton d'accès de l'app privée c'est ${v('credential.shopify_access_token', SHPAT)}, est-ce que je dois en regénérer un après avoir changé les scopes? Merci ben gros`),

  rec('code_python_ja', f`海上保安の当直ログをSlackに流すスクリプトですが、チャンネルに投稿されません。どこが悪いでしょうか。

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

# 当直日誌 → #cg-incident-log
client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def post_incident(entry: dict) -> None:
    text = f"[{entry['time']}] {entry['type']} — {entry['position']} ({entry['officer']})"
    client.chat_postMessage(channel="#cg-incident-log", text=text)`)}
\`\`\``),

  rec('yaml_ko', f`비자 초청장 자동 발송 설정 파일인데 메일이 안 나가요. 어디가 잘못됐는지 봐 주세요.

${cfg(f`mailer:
  provider: sendgrid
  api_key: "${v('credential.sendgrid_api_key', SG)}"
  from: "${v('pii.email', 'visa-letters@linguaharbour.ie')}"
  template_id: d-4a81c2e09f7b43d6a5e1
letters:
  signatory: "Director of Studies"
  attach_enrolment_pdf: true`)}`),

  rec('code_js_ptbr', f`Oi, o lembrete por SMS pros pacientes de diálise domiciliar parou de funcionar. Segue o código:

${code(f`const twilio = require('twilio');
// credenciais da conta de produção (NÃO mexer)
const client = twilio('${v('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_AUTH)}');

async function lembrarEntrega(paciente) {
  return client.messages.create({
    to: paciente.celular,
    from: process.env.TWILIO_FROM,
    body: \`Olá \${paciente.nome}, sua entrega de bolsas de diálise chega amanhã entre 8h e 12h.\`,
  });
}`)}

Dá erro 20003 "Authenticate". O que pode ser?`),

  rec('shell_es_mx', f`Oye, al hacer push del repo de permisos de explosivos me sale "remote: Support for password authentication was removed". Tengo esto en el remoto:

${cfg(f`$ git remote -v
origin  https://jgarza-mina:${v('credential.github_pat', GHP)}@github.com/carrowridge-mining/permisos-polvorin.git (fetch)
origin  https://jgarza-mina:${v('credential.github_pat', GHP)}@github.com/carrowridge-mining/permisos-polvorin.git (push)`)}

¿Qué hago? El token lo saqué ayer.`),

  rec('config_ru', f`Помогите разобраться: сервис учёта взрывчатки на складе ВМ не подключается к базе после переезда. Строка подключения из appsettings.json:

${cfg(f`"ConnectionStrings": {
  "MagazineDb": "Server=sql-vm-sklad01;Database=ExplosivesLedger;User Id=vm_ledger;Password=${v('credential.connection_string_password', 'Detonator-Zapad!63')};TrustServerCertificate=True"
}`)}

Ошибка: Login failed for user 'vm_ledger'.`),

  rec('chat_uk', f`Наш бот для чергової зміни берегової охорони перестав надсилати сповіщення в Telegram. Токен бота: ${v('credential.telegram_bot_token', TELEGRAM)} — чи треба його перевипустити через BotFather, якщо хтось його бачив у спільному чаті?`),

  rec('chat_ar', f`مرحباً، نستخدم ChatGPT API لصياغة رسائل التأشيرة للطلاب تلقائياً في مدرسة اللغات. هذا هو المفتاح الذي أعطاني إياه زميلي: ${v('credential.openai_api_key', OPENAI)}
هل يمكنك كتابة سكربت بايثون بسيط يولد رسالة قبول بالإنجليزية من ملف CSV؟`),

  rec('chat_he', f`היי, במחלקת אבדות ומציאות בשדה התעופה אנחנו שומרים תמונות של חפצים ב-Azure. הקוד נופל עם AuthenticationFailed. זה ה-connection string:
${cfg(f`DefaultEndpointsProtocol=https;AccountName=lostfoundphotos;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net`)}
מה יכול להיות הבעיה?`),

  rec('aws_hi', f`डायलिसिस सप्लाई के ऑर्डर वाले S3 बकेट से फ़ाइलें डाउनलोड नहीं हो रहीं। मेरी ~/.aws/credentials फ़ाइल यह है:

${cfg(f`[nephrolink-orders]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-south-1`)}

AccessDenied आ रहा है, क्या IAM policy में कुछ जोड़ना होगा?`),

  rec('chat_bn', f`আমাদের সাইডার রপ্তানির নিউজলেটার Mailchimp থেকে পাঠাই। API key টা হলো ${v('credential.mailchimp_api_key', MAILCHIMP)} — এটা দিয়ে ঢাকার আমদানিকারকদের লিস্টে নতুন ট্যাগ যোগ করার একটা পাইথন স্ক্রিপ্ট লিখে দেবেন?`),

  rec('curl_ta', f`கடலோர காவல் நிலைய incident log API-க்கு இந்த curl அனுப்பினால் 403 வருகிறது. Token காலாவதியாகிவிட்டதா?

${cfg(f`curl -X POST https://cg-log.portmore-coastguard.org/api/v2/incidents \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_CG)}" \\
  -H "Content-Type: application/json" \\
  -d '{"type":"PIW","lat":54.6321,"lon":-5.8412,"source":"VHF Ch16"}'`)}`),

  rec('code_js_th', f`หน้าแผนที่ที่จอดรถสนามบินไม่ขึ้นเลยค่ะ console บอกว่า ApiNotActivatedMapError ช่วยดูให้หน่อย

${code(f`<script>
  // แผนที่ลานจอด P1–P4
  const MAPS_KEY = "${v('credential.google_api_key', GOOGLE)}";
  const s = document.createElement('script');
  s.src = \`https://maps.googleapis.com/maps/api/js?key=\${MAPS_KEY}&callback=initParking\`;
  document.head.appendChild(s);
</script>`)}`),

  rec('code_java_zh', f`矿区爆破器材库的入库照片要上传到阿里云OSS，下面这段一直报 SignatureDoesNotMatch：

\`\`\`java
${code(f`OSS ossClient = new OSSClientBuilder().build(
    "https://oss-cn-hangzhou.aliyuncs.com",
    "${v('credential.alibaba_access_key_id', LTAI)}",
    "${v('credential.generic_secret_assignment', LTAI_SECRET)}");
// 每次入库登记后上传现场照片
ossClient.putObject("blast-magazine-photos", "2025/06/" + recordId + ".jpg", new File(path));`)}
\`\`\``),

  rec('chat_zh_tw', f`我們蘋果酒出口部用 Notion 管理報關文件，整合權杖是 ${v('credential.notion_token', NOTION)}，可以幫我寫一個 Python 腳本，把「待出貨」資料庫裡的品項匯出成 CSV 嗎？`),

  rec('chat_ka', f`გთხოვთ, ინგლისურად თარგმნეთ: „სტუდენტური პორტალის დროებითი პაროლია ${v('credential.password_in_prose', 'Tbilisi-Viza24!')}, პირველი შესვლისას შეცვალეთ. სავიზო წერილს ატვირთავთ იქვე.“`),

  rec('chat_hy', f`Օգնեք գրել հաղորդագրություն նոր հերթապահին. «Կայանի համակարգչի մուտքանունը՝ duty03, գաղտնաբառը՝ ${v('credential.password_in_prose', 'Sevan#Mayak2025')}։ Միջադեպերի մատյանը բացվում է աշխատասեղանից»։ Պետք է հակիրճ լինի։`),

  rec('chat_am', f`እባክህ ይህን ወደ እንግሊዝኛ ተርጉምልኝ፦ "የዳያሊሲስ አቅርቦት ማድረሻ ፖርታል የተጠቃሚ ስም addis.delivery ነው፣ የይለፍ ቃሉ ${v('credential.password_in_prose', 'Buna-Kaffa!58')} ነው። እባክዎ ከገቡ በኋላ ይቀይሩት።"`),

  rec('compose_el', f`Το docker-compose για το σύστημα απολεσθέντων αντικειμένων του αεροδρομίου δεν σηκώνει τη βάση. Μπορείς να δεις τι λείπει;

${cfg(f`services:
  lostfound-api:
    image: westmoor/lostfound:3.2
    environment:
      DB_URL: postgresql://lf_user:${v('credential.database_url_password', 'Aposkeves_2025!')}@lf-db:5432/lostfound
      PHOTO_BUCKET: lf-photos
  lf-db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Aposkeves_2025!')}`)}`),

  rec('chat_tr', f`Elma şarabı ihracatı için Brevo'dan toplu e-posta gönderiyoruz. API anahtarımız ${v('credential.brevo_api_key', BREVO)} — İstanbul'daki distribütörlere Türkçe bir şablon hazırlayıp bu anahtarla gönderen bir Node.js örneği yazar mısın?`),

  rec('pem_pl', f`Cześć, urząd górniczy przysłał nam nowy serwer SFTP do zgłoszeń zużycia materiałów wybuchowych. Klucz, którego używamy (czy ten format jest OK dla WinSCP?):

${v('credential.private_key', RSA_KEY)}

Dostaję "Server refused our key".`),

  rec('chat_cs', f`Ahoj, potřebuju převést tenhle klíč do formátu PuTTY pro službu na stanici pobřežní stráže, jak na to?

${v('credential.openssh_private_key', OSSH)}

Je to klíč k serveru s deníkem incidentů.`),

  rec('code_js_hu', f`A dialízis-kellékrendelő webshop hibáit Sentry-be küldjük, de nem jelennek meg. Mi a gond?

${code(f`import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508120.ingest.de.sentry.io/4508120937`)}',
  environment: 'production',
  tracesSampleRate: 0.2,
  // betegadatokat ne küldjünk
  sendDefaultPii: false,
});`)}`),

  rec('env_ro', f`Monitorizarea sistemului de parcare nu trimite metrici în Datadog. Fișierul de configurare:

${cfg(f`DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
DD_SITE=datadoghq.eu
DD_TAGS=env:prod,service:parcare-aeroport`)}

Ce lipsește?`),

  rec('chat_nl', f`Kun je een scriptje schrijven dat onze exportorders voor de cider uit Airtable haalt? Token: ${v('credential.airtable_pat', AIRTABLE)}, base appR7kW2mQ9xT4vN1, tabel "Export NL/BE". Ik wil per klant een totaal in liters.`),

  rec('code_php_nl_be', f`Ons webhookje voor de betalingen van de dialyse-abonnementen zegt altijd "No signatures found matching". Kunnen jullie eens kijken?

${code(f`<?php
// webhook.php — thuisdialyse abonnementen
$endpoint_secret = '${v('credential.stripe_webhook_secret', WHSEC)}';
$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'];
try {
    $event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpoint_secret);
} catch (\\Stripe\\Exception\\SignatureVerificationException $e) {
    http_response_code(400);
    exit();
}`)}`),

  rec('yaml_sv', f`Grafana-dashboarden för kustbevakningsstationens incidentlogg ska provisioneras automatiskt. Är den här filen rätt?

${cfg(f`apiVersion: 1
datasources:
  - name: incidentlogg
    type: postgres
    url: pg-incident.kbv.local:5432
    user: grafana_ro
    secureJsonData:
      password: ${v('credential.password_assignment', 'Fyrvaktare!2025')}
provisioning:
  token: ${v('credential.grafana_service_account_token', GLSA)}`)}`),

  rec('chat_da', f`Vi har et GitLab-projekt til sprængstoftilladelser, og CI-jobbet kan ikke clone. Jeg har lagt min personlige token ind som variabel: ${v('credential.gitlab_pat', GLPAT)}. Skal det være et project access token i stedet?`),

  rec('env_nb', f`Vi skal ta imot betaling med Vipps i nettbutikken for siderbryggeriet. Er dette nok i .env, eller mangler noe?

${cfg(f`VIPPS_CLIENT_ID=7c3f9e21-4b8d-4a06-91e5-d2a8b6f03c47
VIPPS_CLIENT_SECRET=${v('credential.generic_secret_assignment', VIPPS_SECRET)}
VIPPS_MSN=784512
VIPPS_ENV=production`)}`),

  rec('powershell_fi', f`Tämä skripti lähettää Teamsiin ilmoituksen, kun viisumikirje on valmis, mutta viesti ei mene perille. Mikä vikana?

${cfg(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$body = @{ text = "Viisumikirje valmis: opiskelija $studentId" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType 'application/json; charset=utf-8'`)}`),

  rec('chat_is', f`Sjálfboðaliðarnir í björgunarsveitinni vilja fá tilkynningar í Discord. Ég bjó til webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — geturðu skrifað Python-skriftu sem sendir nýjustu færsluna úr atvikaskránni þangað?`),

  rec('code_python_it', f`Ciao, uso Claude per tradurre le schede tecniche del sidro per l'export. Perché ricevo 401?

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")
msg = client.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=800,
    messages=[{"role": "user", "content": "Traduci in inglese: Sidro brut, 5,5% vol., affinato sui lieviti."}],
)
print(msg.content[0].text)`)}`),

  rec('http_es', f`Hola, la API del sistema de objetos perdidos del aeropuerto nos devuelve 401. Esta es la petición que manda el quiosco:

${cfg(f`GET /api/v1/items?status=unclaimed&since=2025-06-01 HTTP/1.1
Host: lostfound.westmoor-airport.co.uk
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

¿Puede ser que la contraseña tenga una @ y haya que codificarla?`),

  rec('chat_es_ar', f`Che, ¿me ayudás a armar un mail para el alumno? Le tengo que decir que ya puede bajar su carta para la visa desde el campus. Usuario: mlopez.2025, y la clave es ${v('credential.password_in_prose', 'Mate&Facturas31')}. Que la cambie apenas entre. Tono amable, en castellano rioplatense.`),

  rec('chat_pt_pt', f`Bom dia, as fichas técnicas da sidra para exportação estão numa pasta Dropbox partilhada e o script de sincronização deixou de funcionar. Estou a usar este token de acesso: ${v('credential.dropbox_access_token', DROPBOX)}. Pode ajudar-me a perceber se expirou?`),

  rec('chat_fr_be', f`Bonjour, pour la synchro des comptes des infirmières à domicile (dialyse) avec Okta, le script Python me renvoie "Invalid token provided". J'utilise SSWS ${v('credential.okta_api_token', OKTA)} sur notre tenant nephrolink-be.okta.com. Faut-il un token d'un super admin ?`),

  rec('cisco_de_at', f`Servus, kannst du mir die Konfig vom Switch im Sprengmittellager erklären? Der Lieferant hat das so hinterlassen und ich will wissen, ob das sicher ist:

${cfg(f`hostname SW-MAGAZIN-01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO9)}
username wartung privilege 15 password 0 ${v('credential.network_device_secret', 'Sprengstoff#Lager7')}
!
interface Vlan20
 description Zutrittskontrolle Magazin
 ip address ${amb('pii.ip_address', '172.20.20.2')} 255.255.255.0`)}`),

  rec('shell_de', f`Ich will das Passwort der Parkhaus-Datenbank aus Vault lesen, bekomme aber "permission denied":

${cfg(f`$ export VAULT_ADDR=https://vault.flughafen-westmoor.intern:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/parkhaus/db
Error reading secret/data/parkhaus/db: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Welche Policy brauche ich?`),

  rec('code_java_vi', f`Ứng dụng nhắc lịch phỏng vấn visa cho học viên không nhận được thông báo đẩy. Đây là đoạn gửi FCM (API cũ):

${code(f`HttpURLConnection conn = (HttpURLConnection) new URL("https://fcm.googleapis.com/fcm/send").openConnection();
conn.setRequestMethod("POST");
conn.setRequestProperty("Authorization", "key=${v('credential.firebase_fcm_server_key', FCM)}");
conn.setRequestProperty("Content-Type", "application/json");
// nhắc học viên mang hộ chiếu và thư mời`)}

Có phải Google đã tắt legacy API không?`),

  rec('env_id', f`Halo, kami mau terima pembayaran pesanan cider dari importir di Jakarta lewat Midtrans. Config produksi kami:

${cfg(f`MIDTRANS_SERVER_KEY=${v('credential.generic_secret_assignment', MIDTRANS)}
MIDTRANS_IS_PRODUCTION=true
MIDTRANS_MERCHANT_ID=G418273950`)}

Kenapa notifikasi pembayaran tidak masuk ke server kami?`),

  rec('chat_tl', f`Pakitulungan naman akong isalin sa Ingles para sa bagong guard sa parking: "Ang login sa CCTV recorder ng Parking B ay admin, at ang password ay ${v('credential.password_in_prose', 'Paliparan@2025')}. Huwag itong ibigay sa iba."`),

  rec('shell_sw', f`Habari, nataka kuhamisha data ya matukio ya kituo cha walinzi wa pwani kwenda server mpya. Nimejaribu hii lakini inashindwa:

${cfg(f`mysql -h ${amb('pii.ip_address', '192.168.40.12')} -u cg_logger -p'${v('credential.mysql_cli_password', 'Pwani$Mombasa88')}' matukio_db < dump_juni.sql`)}

Kosa: ERROR 1045 (28000): Access denied. Nifanye nini?`),

  rec('json_sa', f`The coastguard station's incident-log export to BigQuery fails with invalid_grant. This is the key file the contractor left on the share drive:

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "cg-incident-log",
  "private_key_id": "3c9f17a2e84b06d5c1a7f29e40b8d6c3a15e7f02",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-export@cg-incident-log.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40cg-incident-log.iam.gserviceaccount.com')}"
}`)}`)}

Is the clock on the VM the problem?`),

  rec('terraformrc', f`terraform init for the mine permits infra says "Failed to request discovery document: 401 Unauthorized". My ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}`),

  rec('chat', f`The farm shop at the cider mill uses Square and I want to pull yesterday's sales into our export spreadsheet. Access token is ${v('credential.square_access_token', SQUARE)}. Can you write the Python call to /v2/orders/search for one location?`),

  rec('yaml_sr', f`Помози ми да разумем зашто сервис за дозволе за експлозив не може да се пријави на базу. Ово је application.yml:

${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://db-dozvole:5432/eksploziv
    username: dozvole_app
    password: ${v('credential.password_assignment', 'Magacin-Bor!2025')}
  jpa:
    hibernate:
      ddl-auto: validate`)}`),

  rec('chat_bg', f`Здравейте, приложението на езиковото училище за визови писма се логва в Microsoft Graph, за да изпраща мейли. В App registration създадох нова тайна: ${v('credential.azure_client_secret', AZ_SECRET)}. Трябва ли да рестартирам услугата, за да я вземе?`),

  rec('code_python_fa', f`سلام، برای خلاصه کردن گزارش‌های حوادث ایستگاه گارد ساحلی از Hugging Face استفاده می‌کنیم ولی خطای 401 می‌گیریم:

${code(f`from huggingface_hub import InferenceClient

client = InferenceClient(token="${v('credential.huggingface_token', HF)}")
summary = client.summarization(incident_text, model="facebook/bart-large-cnn")
print(summary.summary_text)`)}`),

  rec('chat_ur', f`ڈائیلاسز سپلائی کے آرڈرز کی ای میلز کو خودکار طور پر درجہ بند کرنے کے لیے Groq استعمال کر رہے ہیں۔ میری key یہ ہے: ${v('credential.groq_api_key', GROQ)} — کیا آپ ایک مختصر Python مثال لکھ سکتے ہیں جو ای میل کو "فوری" یا "عام" میں تقسیم کرے؟`),

  rec('chat_lt', f`Sveiki, mūsų sidro eksporto svetainė veikia DigitalOcean droplet'e. Noriu automatizuoti atsargines kopijas per API, žetonas: ${v('credential.digitalocean_token', DO_TOKEN)}. Parašykite bash skriptą, kuris kas naktį padaro snapshot'ą.`),

  rec('code_js_ca', f`Hola! A l'escola d'idiomes fem servir Supabase per a les cartes de visat. Aquest codi del servidor falla amb "JWT expired"?

${code(f`import { createClient } from '@supabase/supabase-js';

// clau de servei, només al backend
const supabase = createClient(
  'https://kqzmvtrwyhnpdlabsxce.supabase.co',
  '${v('credential.jwt', SUPA_JWT)}'
);
const { data } = await supabase.from('visa_letters').select('*').eq('status', 'pending');`)}`),

  rec('chat_cy', f`Allwch chi gyfieithu hwn i'r Saesneg os gwelwch yn dda? "Mae'r cyfrinair newydd ar gyfer cyfrifiadur y log digwyddiadau yn yr orsaf gwylwyr y glannau yn ${v('credential.password_in_prose', 'Goleudy-Caergybi9')}. Peidiwch â'i ysgrifennu ar bapur."`),

  rec('json_et', f`Lennujaama parkimissüsteemi Docker build ei saa privaatsest registrist image'it tõmmata. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.westmoor-airport.co.uk": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Kas see on õiges formaadis?`),

  rec('curl_sk', f`Ahoj, chcem automaticky zakladať Jira tikety pre žiadosti o povolenie na odstrel. Tento príkaz vracia 401:

${cfg(f`curl -u ${v('pii.email', 'p.kovac@carrowridge-mining.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://carrowridge.atlassian.net/rest/api/3/issue -d @ziadost.json`)}`),

  rec('chat_hr', f`Bok, naša stranica za izvoz jabukovače je na Netlifyju. Trebam skriptu koja pokreće novi deploy kad se promijeni cjenik. Osobni token: ${v('credential.netlify_token', NETLIFY)}. Možeš napisati primjer u Node.js?`),

  rec('chat_yue', f`機場失物認領處想用 WhatsApp Cloud API 通知旅客嚟攞返啲嘢，但係一 send 就話 token 過咗期。我用緊呢個：${v('credential.facebook_access_token', FB)}，係咪要整個 system user 嘅永久 token 先得？`),

  rec('chat', f`GitHub OAuth login on the cider export portal stopped working. In the logs I see our app exchanges the code fine and gets access_token=${v('credential.github_oauth_token', GHO)}, but /user returns 401 right after. Any idea?`),

  rec('yaml_en', f`Azure Pipelines can't push the release tag for the dialysis order portal:

${cfg(f`steps:
- checkout: self
  persistCredentials: true
- script: |
    git tag v$(Build.BuildNumber)
    git push https://build:${v('credential.azure_devops_pat', AZ_DEVOPS)}@dev.azure.com/nephrolink/orders/_git/portal --tags
  displayName: Tag release`)}`),
];

/**
 * Held-out batch 154: credentials pasted by a hydro dam operator's control room and dam-safety
 * engineers, a children's summer camp office, a medical-device recall team, a chess federation's
 * ratings office, a university visa office and a removals company's quoting desk. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b154-akia', B32, 16));
const AWS_SECRET = fill('b154-awssec', B64, 40);
const AZ_STORAGE = tok(fill('b154-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b154-azcl1', B62, 3), '8Q~', fill('b154-azcl2', B62 + '-_.', 34));
const GLPAT = tok('glpat-', fill('b154-glpat', B62, 20));
const SLACK_BOT = tok('xoxb-', '7291038465', '2-', '7318204956173-', fill('b154-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T06', fill('b154-slt', UPPER + DIGITS, 8), '/B07', fill('b154-slb', UPPER + DIGITS, 8), '/', fill('b154-slk', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b154-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b154-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b154-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b154-oa1', B64URL, 74), 'T3BlbkFJ', fill('b154-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b154-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b154-hf', UPPER + LOWER, 34));
const GOOGLE_API = tok('AIza', 'Sy', fill('b154-gapi', B64URL, 33));
const GOOGLE_API2 = tok('AIza', 'Sy', fill('b154-gapi2', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b154-gocspx', B64URL, 28));
const TWILIO_SID = tok('AC', fill('b154-twsid', HEX, 32));
const TWILIO_AUTH = fill('b154-twauth', HEX, 32);
const TWILIO_SID2 = tok('AC', fill('b154-twsid2', HEX, 32));
const TWILIO_AUTH2 = fill('b154-twauth2', HEX, 32);
const SENDGRID = tok('SG.', fill('b154-sg1', B64URL, 22), '.', fill('b154-sg2', B64URL, 43));
const SENDGRID2 = tok('SG.', fill('b154-sg3', B64URL, 22), '.', fill('b154-sg4', B64URL, 43));
const MAILGUN = tok('key-', fill('b154-mg', HEX, 32));
const MAILCHIMP = tok(fill('b154-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b154-brevo1', HEX, 64), '-', fill('b154-brevo2', B62, 16));
const TELEGRAM = tok('7', fill('b154-tgid', DIGITS, 9), ':AA', fill('b154-tg', B64URL, 33));
const DISCORD_BOT = tok(b64('1249183746502918374').replace(/=+$/, ''), '.', fill('b154-disc1', B64URL, 6), '.', fill('b154-disc2', B64URL, 38));
const NOTION = tok('ntn_', fill('b154-ntn1', DIGITS, 11), fill('b154-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b154-at1', B62, 14), '.', fill('b154-at2', HEX, 64));
const SENTRY_DSN = tok('https://', fill('b154-sentry', HEX, 32), '@o4507218.ingest.de.sentry.io/4508193746');
const VAULT = tok('hvs.', 'CAESI', fill('b154-vault', B64URL, 86));
const DO_TOKEN = tok('dop_v1_', fill('b154-dop', HEX, 64));
const CF_TOKEN = fill('b154-cf', B62 + '_-', 40);
const SQUARE = tok('EAAA', fill('b154-square', B64URL, 60));
const GH_FINE = tok('github_pat_', '11B', fill('b154-ghf1', UPPER + DIGITS, 19), '_', fill('b154-ghf2', B62, 59));
const GHP = gh('ghp', fill('b154-ghp', B62, 30));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b154-atl', B64URL, 171), '=', fill('b154-atl2', HEX.toUpperCase(), 8));
const ALIBABA_ID = tok('LTAI', '5t', fill('b154-ltai', B62, 18));
const ALIBABA_SECRET = fill('b154-alisec', B62, 30);
const GRAFANA_SA = tok('glsa_', fill('b154-glsa1', B62, 32), '_', fill('b154-glsa2', HEX, 8));
const SHOPIFY = tok('shpat_', fill('b154-shpat', HEX, 32));
const LINEAR = tok('lin_api_', fill('b154-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b154-pm1', HEX, 24), '-', fill('b154-pm2', HEX, 34));
const DATABRICKS = tok('dapi', fill('b154-dapi', HEX, 32));
const GROQ = tok('gsk_', fill('b154-groq', B62, 52));
const INFLUX = tok(fill('b154-influx', B64URL, 86), '==');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b154-rsa-as2', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b154-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b154-sa-pem', 1216);
const JWT_RECALL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'rc-2025-02' }, { sub: 'svc-fsca-portal', aud: 'recall-api.veridianmed.com', scope: 'fsca:write notices:send', iat: 1741693200, exp: 1741736400 }, 'b154-jwt-recall');
const JWT_CAMP = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 4471, role: 'office_admin', camp: 'grands-pins', iat: 1747900800, exp: 1779436800 }, 'b154-jwt-camp');
const BASIC_UTS = b64('veridian_tr_entegrasyon:Kalp-Pili!2025');
const DOCKER_AUTH = b64('visa-tools-ci:Gd8!wPq2-Rk7');
const CISCO_HASH = tok('$9$', fill('b154-c9salt', B62, 14), '$', fill('b154-c9hash', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const conf = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SA_JSON = f`{
  "type": "service_account",
  "project_id": "harbourline-routing",
  "private_key_id": "${fill('b154-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n') + '\\n')}",
  "client_email": "${amb('pii.email', 'route-optimiser@harbourline-routing.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'route-optimiser%40harbourline-routing.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`;

export const BATCH154_CREDENTIALS: DraftRecord[] = [
  // ── hydro dam operator (Aurelion Hydro): control room and dam safety ──
  rec('chat_nb', f`Hei! PI Vision-skjermen i kontrollrommet på Sira viser "Data source unavailable" etter patching i natt. Dette er tilkoblingsstrengen fra historian-tjenesten, ser du noe rart?

${conf(f`Data Source=pi-hist-sira01.aurelion.local;Initial Catalog=PIFD;User ID=svc_pivision;Password=${v('credential.connection_string_password', 'Magasin-Nivå_742')};Encrypt=True;TrustServerCertificate=False`)}

Kjører SQL Server 2019, tjenesten startet fint i går.`),

  rec('helm_values_gsw', f`Grüezi mitenand, chönd ihr mal luege wieso s'Grafana-Dashboard für d'Staumauer-Pendel kei Date meh zeigt? Isch das Token no gültig?

${conf(f`grafana:
  datasources:
    - name: pendel-lot-bregaglia
      type: influxdb
      url: http://influx.talsperre-bregaglia.intern:8086
      jsonData:
        organization: aurelion-ch
        defaultBucket: dam_monitoring
      secureJsonData:
        token: ${v('credential.generic_secret_assignment', INFLUX)}
  provisioning:
    serviceAccountToken: ${v('credential.grafana_service_account_token', GRAFANA_SA)}`)}

Merci vilmal, Reto`),

  rec('chat_ka', f`გამარჯობა, პიეზომეტრების MQTT ბროკერთან დაკავშირება ვერ ხერხდება ახალი ლოგერებიდან. აი კონფიგი:

${conf(f`[mqtt]
host = mqtt.khudoni-dam.aurelion.local
port = 8883
username = piezo_logger_07
password = ${v('credential.password_assignment', 'Enguri#Dzabri2025')}
topic = dam/piezo/+/level
tls = true`)}

შეცდომა: "Connection refused: not authorised". პაროლი გუშინ შევცვალეთ.`),

  rec('env_ptbr', f`Oi, preciso de ajuda pra montar o docker-compose do serviço de alarme de nível do reservatório. O .env está assim:

${conf(f`INFLUX_URL=http://influx-usina:8086
INFLUX_TOKEN=${v('credential.generic_secret_assignment', fill('b154-influx2', B64URL, 86) + '==')}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_AUTH)}
ALARME_COTA_MAXIMA=219.50
ALARME_DESTINO=+55XXXXXXXXXXX`)}

Quero que o SMS saia quando a cota passar de 219,50 m. Consegue escrever o serviço em Python?`),

  rec('chat_am', f`ሰላም፣ ለግድቡ ቁጥጥር ክፍል አዲስ ሰራተኛ ስለ VPN መግቢያ የሚያስረዳ አጭር ኢሜይል በእንግሊዝኛ ጻፍልኝ። የተጠቃሚ ስም dam-ops-addis ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', 'Abay-Gidib!4418')} ነው። ከመጀመሪያው መግቢያ በኋላ መቀየር አለበት።`),

  rec('cisco_config', f`Control-room core switch after the firmware update: SCADA VLAN can't reach the historian. Running config excerpt:

${conf(f`hostname CR-CORE-01
!
enable secret 9 ${ambCat('credential', CISCO_HASH)}
username scada-ops privilege 15 password 0 ${v('credential.network_device_secret', 'Spillway-Gate#19')}
!
snmp-server community ${v('credential.network_device_secret', 'hydr0RO-mon')} RO 10
!
interface Vlan120
 description SCADA-OT
 ip address ${amb('pii.ip_address', '10.120.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
ip route ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '10.120.0.254')}`)}

Is the default route the problem or the ACL on Vlan130?`, 'type-9 enable secret hash ambiguous; plain type-0 password and the SNMP community labelled; netmask and default-route quads wrapped as ambiguous IPs too'),

  rec('chat_fr', f`Bonjour, les vidéos des caméras de l'évacuateur de crues ne s'archivent plus sur Azure depuis lundi. Voici la chaîne de connexion du compte de stockage, tu vois une erreur ?

DefaultEndpointsProtocol=https;AccountName=aurelioncamarchive;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Le conteneur s'appelle "evacuateur-cam-04".`),

  rec('chat_th', f`สวัสดีครับ ช่วยเขียนขั้นตอนรีเซ็ตเกตเวย์ Modbus ที่ห้องควบคุมเขื่อนให้หน่อยครับ ตอนนี้เข้าหน้าเว็บได้ที่ http://${amb('pii.ip_address', '192.168.40.12')} ใช้ชื่อผู้ใช้ admin รหัสผ่าน ${v('credential.password_in_prose', 'Khuean2568!')} แต่หน้า config ค้างทุกครั้ง`),

  rec('chat_sv', f`Kan du skriva om det här larmskriptet så att det postar till Slack istället för mejl? Webhooken för #dammsäkerhet-larm är ${v('credential.slack_webhook_url', SLACK_HOOK)} och vi vill ha ett meddelande när läckflödet i dränagegalleriet går över 4,2 l/s.`),

  rec('aws_credentials_es', f`Hola, el backup externo de los datos de los inclinómetros a S3 falla con AccessDenied. Este es el fichero de credenciales del servidor de adquisición:

${conf(f`[presa-backup]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-south-2`)}

La política del bucket solo permite s3:PutObject, ¿hace falta también s3:ListBucket?`),

  rec('code_python_ru', f`Бот для оповещений об уровне верхнего бьефа перестал отвечать. Код:

${code(f`import requests

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002184736590

def alert(level_m: float) -> None:
    text = f"⚠️ УВБ {level_m:.2f} м — превышение НПУ"
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)`)}

Ошибка 409 Conflict: terminated by other getUpdates request. Что это значит?`),

  rec('chat_en', f`Dam-safety team here. Our instrumentation vendor wants API access to the seepage dashboard. Can I just give them our Linear key so they can file issues directly? It's ${v('credential.linear_api_key', LINEAR)} — or should I make them a guest account?`),

  // ── children's summer camp (Camp des Grands Pins / Camp Tall Pines) ──
  rec('chat_frca', f`Allô! Le formulaire d'inscription du camp plante quand un parent paie le dépôt. Dans le plugin y'a ça de codé en dur, est-ce que c'est correct pour la prod?

${code(f`$stripe = new \\Stripe\\StripeClient('${v('credential.stripe_secret_key', STRIPE_LIVE)}');
$session = $stripe->checkout->sessions->create([
  'mode' => 'payment',
  'line_items' => [['price' => 'price_depot_semaine', 'quantity' => $nbSemaines]],
  'success_url' => 'https://grandspins-camp.ca/inscription/merci',
]);`)}

C'est mon beau-frère qui a monté ça l'été passé pis y répond pu.`),

  rec('chat_en', f`Camp office here — our parent newsletter stopped sending. SendGrid says "The provided authorization grant is invalid". The key in the settings page is ${v('credential.sendgrid_api_key', SENDGRID)}. Did it expire or do we need a new sender identity?`),

  rec('chat_he', f`היי, אני צריכה עזרה לייבא את רשימת ההורים מהמחנה ל-Mailchimp. מפתח ה-API שלנו הוא ${v('credential.mailchimp_api_key', MAILCHIMP)}, הרשימה נקראת "הורים קיץ 2025". אפשר סקריפט בפייתון שמוסיף תגית לפי מחזור?`),

  rec('wp_config_pl', f`Strona zapisów na obóz nie łączy się z bazą po przeprowadzce na nowy hosting. Fragment wp-config.php:

${conf(f`define( 'DB_NAME', 'oboz_zapisy' );
define( 'DB_USER', 'oboz_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Mazury-Namiot_2025')}' );
define( 'DB_HOST', 'localhost:3307' );
define( 'DB_CHARSET', 'utf8mb4' );`)}

Komunikat: "Błąd podczas nawiązywania połączenia z bazą danych".`),

  rec('chat_cs', f`Ahoj, na webu tábora se nenačítá mapa se zastávkami autobusu. V konzoli je "RefererNotAllowedMapError". Klíč je ${v('credential.google_api_key', GOOGLE_API)}, povolená doména je jen www.tabor-borovice.cz. Stačí přidat i verzi bez www?`),

  rec('code_js', f`${code(f`// sends the "your child's cabin assignment" SMS to parents
const twilio = require('twilio')('${v('credential.twilio_account_sid', TWILIO_SID2)}', '${v('credential.twilio_auth_token', TWILIO_AUTH2)}');

async function notifyCabin(parent, camper, cabin) {
  return twilio.messages.create({
    from: process.env.CAMP_SMS_FROM,
    to: parent.mobile,
    body: \`Hi \${parent.firstName}! \${camper.firstName} is in cabin \${cabin}. See you Sunday!\`,
  });
}`)}

Some parents get the message twice, why?`),

  rec('chat_esmx', f`Oye, ¿me ayudas a redactar un mensaje para las coordinadoras nuevas? Les tengo que pasar el acceso al correo compartido del campamento: el usuario es inscripciones.campamento@ y la contraseña es ${v('credential.password_in_prose', 'Fogata.Verano25')}, pero quiero pedirles que no la anoten en el pizarrón como el año pasado 🙃`),

  rec('chat_it', f`Ciao! Ho collegato Airtable al modulo iscrizioni del campo estivo, ma lo script dice 401. Token personale: ${v('credential.airtable_pat', AIRTABLE)}. Base "Iscrizioni 2025", tabella "Bambini". Mi serve che aggiorni la colonna "Allergie confermate".`),

  rec('http_en', f`The parent portal session keeps dying after ~5 min. Request from devtools:

${conf(f`GET /api/v2/campers?session=3&cabin=all HTTP/1.1
Host: portal.tallpines-camp.org
Authorization: Bearer ${v('credential.jwt', JWT_CAMP)}
Accept: application/json`)}

exp looks fine to me, what else could invalidate it?`),

  // ── medical-device recall coordination (Veridian Medical) ──
  rec('curl_de', f`Hallo, der Export der FSCA-Tickets aus Jira bricht mit 401 ab. Aufruf:

curl -u ${v('pii.email', 'k.hartmann@veridianmed.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://veridianmed.atlassian.net/rest/api/3/search?jql=project=RECALL+AND+labels=FSCA-2025-014"

Das Token habe ich gestern neu erstellt. Liegt es am SSO?`),

  rec('http_ja', f`回収ポータルの API に通知書をアップロードすると 403 になります。リクエストはこちらです：

${conf(f`POST /v1/fsca/notices HTTP/1.1
Host: recall-api.veridianmed.com
Authorization: Bearer ${v('credential.jwt', JWT_RECALL)}
Content-Type: application/pdf
X-Lot-Range: VM-ICD-2407A..2409C`)}

スコープは fsca:write が入っているはずですが、何が足りないでしょうか。`),

  rec('git_ko', f`회수 대상 시리얼 목록 저장소를 클론하려는데 계속 인증 오류가 나요. 팀장님이 이렇게 쓰라고 했어요:

git clone https://recall-bot:${v('credential.github_pat', GHP)}@github.com/veridian-med/recall-serials-kr.git

토큰을 URL에 넣는 게 괜찮은 방법인가요?`),

  rec('code_python', f`${code(f`# send_fsn.py - mails the Field Safety Notice to every consignee of the affected lots
import sendgrid
from sendgrid.helpers.mail import Mail

SG_KEY = "${v('credential.sendgrid_api_key', SENDGRID2)}"
sg = sendgrid.SendGridAPIClient(SG_KEY)

def send_notice(consignee, pdf_b64):
    msg = Mail(from_email="${v('pii.email', 'fsca@veridianmed.com')}", to_emails=consignee.email,
               subject=f"URGENT Field Safety Notice {consignee.fsca_ref}")
    msg.add_attachment(pdf_b64, "application/pdf", "FSN.pdf")
    return sg.send(msg)`)}

Need a retry with backoff when SendGrid returns 429.`),

  rec('env_nl', f`Kun je checken waarom de klachtenregistratie niet start in de test-omgeving?

${conf(f`DATABASE_URL=postgresql://klachten_app:${v('credential.database_url_password', 'Terugroep!Actie-77')}@pg-complaints.veridianmed.local:5432/complaints
VIGILANCE_MAILBOX=${v('pii.email', 'vigilantie@veridianmed.nl')}
LOG_LEVEL=debug`)}

Foutmelding: password authentication failed for user "klachten_app".`, 'the mailbox in the .env is a role address at the company domain; labelled as e-mail'),

  rec('code_go_zh', f`中国经销商的召回回执要上传到阿里云 OSS，下面的代码在本地能跑，服务器上报 InvalidAccessKeyId：

${code(f`client, err := oss.New("https://oss-cn-hangzhou.aliyuncs.com",
	"${v('credential.alibaba_access_key_id', ALIBABA_ID)}",
	"${v('credential.generic_secret_assignment', ALIBABA_SECRET)}")
if err != nil {
	log.Fatalf("oss: %v", err)
}
bucket, _ := client.Bucket("veridian-recall-cn")
err = bucket.PutObjectFromFile("回执/2025/"+lot+".pdf", path)`)}

是不是 RAM 用户没有权限？`),

  rec('chat_fr', f`Je teste un script qui résume les descriptions d'incidents remontées par les hôpitaux (matériovigilance). Ma clé : ${v('credential.openai_api_key', OPENAI)}. Est-ce que je peux envoyer les textes tels quels ou faut-il d'abord retirer les noms des patients ?`),

  rec('chat_da', f`Hej, vores Power Automate-flow til tilbagekaldelsesbreve kan ikke hente token fra Entra ID længere. App-registrering "recall-letters-dk", tenant Veridian, klienthemmelighed: ${v('credential.azure_client_secret', AZ_CLIENT)}. Fejlen er AADSTS7000215. Er hemmeligheden udløbet?`),

  rec('pem_en', f`The AS2 connection with our Irish distributor fails with "unable to decrypt MDN". Is this the right private key for the recall EDI channel?

${v('credential.private_key', RSA_KEY)}`),

  rec('curl_tr', f`ÜTS (Ürün Takip Sistemi) entegrasyonunda geri çağırma bildirimi gönderemiyoruz, 401 dönüyor:

curl -X POST https://uts-entegrasyon.example-gov.tr/api/bildirim \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_UTS)}" \\
  -H "Content-Type: application/json" -d @bildirim.json

Kullanıcı adı ve şifre doğru, başka ne olabilir?`),

  rec('chat_hu', f`Szia! A visszahívási portál frontendje nem küld hibákat a Sentry-be. A DSN: ${v('credential.sentry_dsn', SENTRY_DSN)} — ezt a main.ts-ben adtam meg, de az éles buildben üres. Mit rontok el a Vite env változókkal?`),

  rec('chat_en', f`Recall tracker automation: Postman collection runner uses this key to hit the internal API every night, ${v('credential.postman_api_key', POSTMAN)}. Can I rotate it without breaking the monitor?`),

  // ── national chess federation: ratings and tournament office ──
  rec('chat_hy', f`Բարև, FIDE-ի վարկանիշային ֆայլերը ամսական ուղարկում ենք FTP-ով։ Մուտքանունը՝ arm_ratings_officer, գաղտնաբառը՝ ${v('credential.password_in_prose', 'Petrosyan!Tigran1963')}։ Կարո՞ղ ես գրել bash սկրիպտ, որ ամեն ամսվա 25-ին ավտոմատ բեռնի TRF ֆայլը։`),

  rec('code_js_ru', f`Бот для турнирного Discord-сервера федерации не выдаёт роли после регистрации:

${code(f`const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] });

client.on('guildMemberAdd', async (m) => {
  const role = m.guild.roles.cache.find((r) => r.name === 'Участник турнира');
  if (role) await m.roles.add(role);
});

client.login('${v('credential.discord_bot_token', DISCORD_BOT)}');`)}`),

  rec('shell_ka', f`რეიტინგების ბაზის ღამის ექსპორტი ჩავარდა. cron-ში ეს ბრძანებაა:

mysql -h db-ratings.chessfed.local -u export_bot -p${v('credential.mysql_cli_password', 'Kvali_Rating7')} ratings -e "SELECT fide_id, name, rtg_std FROM players WHERE active=1" > /srv/export/players.tsv

ლოგში წერია "Using a password on the command line interface can be insecure". ეს შეცდომაა?`),

  rec('json_uk', f`Вхід через Google на сайті федерації видає "redirect_uri_mismatch". Ось client_secret.json:

${conf(f`{"web":{"client_id":"591837264019-h3k8q2v7m1x5n9b4r6t0w2y8z3c5d7f1.apps.googleusercontent.com","project_id":"shakhy-federatsiia","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://ratings.chessfed.org.ua/auth/callback"]}}`)}

Що має бути в redirect_uris?`),

  rec('chat_enin', f`We're testing a fair-play model on tournament PGNs. My HF token is ${v('credential.huggingface_token', HF)} — can you show me how to load a private model from our org with transformers and run it on 300 games?`),

  rec('chat_hi', f`नमस्ते, टूर्नामेंट हॉल वाले लैपटॉप पर Swiss-Manager का लाइसेंस अकाउंट खुल नहीं रहा। यूज़रनेम arbiter.delhi है और पासवर्ड ${v('credential.password_in_prose', 'Shatranj@2025')}। क्या आप अरबिटर्स के लिए एक छोटा नोट लिख सकते हैं कि पासवर्ड किसी से शेयर न करें?`),

  rec('chat_el', f`Καλησπέρα, θέλω να στείλω στον νέο υπεύθυνο του site της ομοσπονδίας τα στοιχεία διαχειριστή του WordPress. Όνομα χρήστη: admin_skaki, κωδικός: ${v('credential.password_in_prose', 'Skakistis#Athina88')}. Μπορείς να μου γράψεις ένα σύντομο, ευγενικό email;`),

  rec('chat_sr', f`Здраво, сервер за директан пренос партија са првенства пада сваке вечери. Хтео бих да га преселим на нови droplet. Токен за DigitalOcean: ${v('credential.digitalocean_token', DO_TOKEN)}. Можеш ли написати doctl команде за snapshot и нови droplet у FRA1?`),

  rec('chat_bg', f`Здравей, трябва ми Terraform за DNS записите на сайта на федерацията в Cloudflare. API токенът е ${v('credential.cloudflare_api_token', CF_TOKEN)}, зоната е shahmat-bg.org. Искам A запис за live.shahmat-bg.org.`),

  rec('chat_esar', f`Che, los mails de confirmación de inscripción al abierto no están saliendo. Uso Mailgun con la key ${v('credential.mailgun_api_key', MAILGUN)} y el dominio mg.ajedrez-federacion.org.ar. ¿Me armás un curl para probar si la key anda?`),

  // ── university international student visa office ──
  rec('ci_yaml', f`${conf(f`# .gitlab-ci.yml — CAS letter generator
stages: [test, deploy]
variables:
  SPONSOR_PORTAL_URL: https://sms.example-ukvi.gov.uk
deploy:
  stage: deploy
  script:
    - git remote set-url origin https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.northgate.ac.uk/intl-office/cas-letters.git
    - git push origin HEAD:release`)}

The push to release fails with "HTTP Basic: Access denied". Token has write_repository.`),

  rec('chat_zhtw', f`國際學生辦公室的 Slack 機器人會自動提醒學生簽證到期，但最近都沒發訊息。bot token 是 ${v('credential.slack_bot_token', SLACK_BOT)}，頻道是 #visa-reminders。請問要怎麼檢查 scope？`),

  rec('chat_vi', f`Em chào anh chị phòng hỗ trợ sinh viên quốc tế ạ. Em không đăng nhập được cổng thông tin để tải thư CAS. Tài khoản của em là s2411873, mật khẩu em đặt là ${v('credential.password_in_prose', 'HaNoi_Mua_Thu24')}. Anh chị kiểm tra giúp em với ạ, em cần nộp hồ sơ visa tuần sau.`),

  rec('chat_fa', f`سلام، من دانشجوی بین‌المللی هستم و نمی‌توانم وارد پرتال دانشگاه شوم تا نامه پذیرش را دانلود کنم. نام کاربری: m.rahimi24 و رمز عبور: ${v('credential.password_in_prose', 'Tabriz-Nowruz1403')} لطفاً بررسی کنید، وقت سفارت من دو هفته دیگر است.`),

  rec('chat_ar', f`مرحباً، نستخدم HashiCorp Vault لتخزين بيانات دخول بوابة التأشيرات. عند تشغيل الأمر يظهر "permission denied". هذا هو التوكن: ${v('credential.vault_token', VAULT)} والمسار secret/data/visa-office/ukvi. ما السياسة الناقصة؟`),

  rec('chat_bn', f`হ্যালো, আমি ভিসা অফিসের নতুন সহকারী। আগের সহকর্মী আমাকে শেয়ার্ড অ্যাকাউন্টের তথ্য দিয়েছেন — ইউজার: intl.visa.desk / পাসওয়ার্ড: ${v('credential.user_password_pair', 'Padma#River2025')}। এটা কি এভাবে শেয়ার করা ঠিক? আইটিকে কী লিখব?`),

  rec('chat_ta', f`வணக்கம், பல்கலைக்கழக போர்டலில் என் CAS கடிதத்தைப் பார்க்க முடியவில்லை. என் மாணவர் எண் 24117730, கடவுச்சொல் ${v('credential.password_in_prose', 'Madurai@Kovil92')}. தயவுசெய்து சரிபார்க்கவும், விசா நேர்காணல் அடுத்த வாரம்.`),

  rec('chat_id', f`Halo, saya mau sinkronkan daftar mahasiswa internasional dari Notion ke Google Sheets. Token integrasinya ${v('credential.notion_token', NOTION)}, database "Status Visa 2025". Bisa bantu buatkan skrip Python-nya?`),

  rec('docker_config', f`The visa-tools image won't pull on the new build agent. ~/.docker/config.json:

${conf(f`{
  "auths": {
    "registry.northgate.ac.uk": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Error: unauthorized: authentication required.`),

  rec('chat_ms', f`Hai, saya cuba guna Claude untuk terjemah surat tawaran kepada pelajar antarabangsa. Kunci API: ${v('credential.anthropic_api_key', ANTHROPIC)}. Kenapa saya dapat ralat "credit balance too low" walaupun akaun baru ditambah nilai?`),

  // ── furniture removals and storage (Harbourline Removals) ──
  rec('env_enie', f`Quote calculator on the website is giving €0 for every move. Env from the server:

${conf(f`GOOGLE_MAPS_KEY=${v('credential.google_api_key', GOOGLE_API2)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
BASE_RATE_PER_CUBIC_M=38
DEPOT_POSTCODE=D12 XR94`)}

I think the Distance Matrix call is failing silently. Where would I log it?`),

  rec('chat_nlbe', f`Dag, de toegangscontrole van de opslagboxen in Antwerpen draait op een Raspberry Pi en we willen een tweede beheerder toegang geven. Kan ik hem gewoon deze sleutel doorsturen?

${v('credential.openssh_private_key', OSSH)}

Of maak ik beter een nieuwe sleutel per persoon?`),

  rec('chat_ptpt', f`Olá, estou a migrar os e-mails automáticos de orçamento de mudanças para o Brevo. A chave da API é ${v('credential.brevo_api_key', BREVO)}. Consegues escrever-me um exemplo em Node para enviar o modelo "Orçamento-Lisboa" com o nome do cliente e o valor?`),

  rec('chat_es', f`¡Hola! La tablet del guardamuebles de Badalona se ha reiniciado y pide la contraseña de la app de inventario. Antes era ${v('credential.password_in_prose', 'Trasllat.2024!')} pero dice que no es correcta. ¿Cómo la recupero sin borrar los datos del inventario?`),

  rec('chat_enau', f`G'day, the deposit link on our quotes uses Square. Production access token is ${v('credential.square_access_token', SQUARE)}. Can you write the Node code to create a payment link for a 20% deposit of the quoted total?`),

  rec('chat_fi', f`Moi! Muuttotarjousten PDF-generaattorin GitHub Actions ei pääse hakemaan yksityistä pakettia. Käytän tätä fine-grained-tokenia: ${v('credential.github_fine_grained_pat', GH_FINE)}. Pitääkö tokenilla olla Contents: read vai Packages: read?`),

  rec('gcp_sa_en', f`Route optimiser for the removal vans fails with "invalid_grant: Invalid JWT Signature". Key file:

${conf(v('credential.gcp_service_account_key', SA_JSON))}

Created the key yesterday in the console.`),

  rec('chat_en', f`Databricks job that forecasts storage-unit occupancy can't be triggered from our scheduler. Using token ${v('credential.databricks_token', DATABRICKS)} against adb-3917264015.8.azuredatabricks.net. 403 — do tokens need workspace admin to run jobs?`),

  rec('chat_de', f`Servus, für den Umzugsrechner auf unserer Shopify-Seite hab ich eine Custom App angelegt. Admin-API-Token: ${v('credential.shopify_access_token', SHOPIFY)}. Kannst du mir zeigen, wie ich per GraphQL eine Draft Order mit dem Angebotsbetrag anlege?`),

  rec('chat_enus', f`Quick one: our quoting assistant prototype uses Groq for speed. Key is ${v('credential.groq_api_key', GROQ)}. Is llama-3.3-70b good enough to read a customer's room-by-room inventory and estimate cubic feet?`),
];

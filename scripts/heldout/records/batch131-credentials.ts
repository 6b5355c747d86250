/**
 * Held-out batch 131: credentials pasted by staff of a power-line drone-inspection company, a chain of
 * pediatric dental clinics, a customs broker, an opera house's wardrobe department, a municipal
 * waste and recycling operator and a peer-support helpline's volunteer team. Hand-written, many languages.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const AWS_ID = tok('AKIA', fill('b131-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b131-awssec', B64, 40);
const AWS_ID2 = tok('AKIA', fill('b131-akia2', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET2 = fill('b131-awssec2', B64, 40);
const OPENAI2 = tok('sk-proj-', fill('b131-oai3', B62 + '-_', 58), 'T3BlbkFJ', fill('b131-oai4', B62 + '-_', 58));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b131-ant', B64URL, 93), 'AA');
const GHP = gh('ghp', 'Vd3Kq8Lm1Rz6Tw9Xb4Nc7Hs2Pf5Gj0');
const GH_FINE = tok('github_pat_', '11B', fill('b131-ghfg1', UPPER + DIGITS, 19), '_', fill('b131-ghfg2', B62, 59));
const SLACK_BOT = tok('xoxb-', '5829173640', '2-', '7401938562741-', fill('b131-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b131-sht', UPPER + DIGITS, 9), '/B0', fill('b131-shb', UPPER + DIGITS, 9), '/', fill('b131-shx', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b131-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b131-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b131-whsec', B62, 32));
const GROQ = tok('gsk_', fill('b131-groq', B62, 52));
const HF = tok('hf_', fill('b131-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b131-gapi', B64URL, 33));
const GOOGLE2 = tok('AIza', 'Sy', fill('b131-gapi2', B64URL, 33));
const AZ_STORAGE = tok(fill('b131-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b131-azc1', B62, 3), '8Q~', fill('b131-azc2', B62 + '_-.', 34));
const TW_SID = tok('AC', fill('b131-twsid', HEX, 32));
const TW_AUTH = fill('b131-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b131-sg1', B64URL, 22), '.', fill('b131-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b131-mg', HEX, 32));
const TELEGRAM = tok('7381946205', ':AA', fill('b131-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248391750264819372', '/', fill('b131-dwh', B64URL, 68));
const NPM = gh('npm', 'Pk7Ws2Xe9Rd4Cf1Vb6Tg3Yh8Nj5Um0');
const SHPAT = tok('shpat_', fill('b131-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b131-pm1', HEX, 24), '-', fill('b131-pm2', HEX, 34));
const NOTION = tok('ntn_', fill('b131-ntn1', DIGITS, 11), fill('b131-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b131-at1', B62, 14), '.', fill('b131-at2', HEX, 64));
const FIGMA = tok('figd_', fill('b131-figd', B64URL, 40));
const SENTRY_KEY = fill('b131-sentry', HEX, 32);
const DD_API = fill('b131-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b131-hvs', B62 + '_-', 91));
const DATABRICKS = tok('dapi', fill('b131-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b131-dop', HEX, 64));
const CF_TOKEN = fill('b131-cftok', B62 + '_-', 40);
const GLSA = tok('glsa_', fill('b131-glsa1', B62, 32), '_', fill('b131-glsa2', HEX, 8));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'pylonix-ops', a: fill('b131-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b131-mbx', B64URL, 22));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b131-atl', B64URL, 171), '=', fill('b131-atl2', HEX.toUpperCase(), 8));
const OKTA = tok('00', fill('b131-okta', B64URL, 40));
const FCM = tok('AAAA', fill('b131-fcm1', B64URL, 7), ':APA91b', fill('b131-fcm2', B64URL, 134));
const BREVO = tok('xkeysib-', fill('b131-brevo1', HEX, 64), '-', fill('b131-brevo2', B62, 16));
const MAILCHIMP = tok(fill('b131-mc', HEX, 32), '-us14');
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'clinic-api', org: 'littlemolars', role: 'admin', iat: 1733900000, exp: 2049260000 }, 'b131-jwt1');
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b131-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b131-rsa', 1190);
const GCP_PEM = pem('PRIVATE KEY', 'b131-gcppem', 1216).replace(/\n/g, '\\n');
const BEARER = fill('b131-bearer', B62 + '-._~', 48);
const DOCKER_AUTH = b64('kestrel-ci:' + fill('b131-dockpw', B62, 18));
const BASIC = b64('wardrobe-sync:Tulle&Taffeta_2024');
const TENCENT_ID = tok('AKID', fill('b131-akid', B62, 32));
const TENCENT_KEY = fill('b131-tckey', B62, 32);
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b131-pypi', B64URL, 160));
const DROPBOX = tok('sl.', 'B', fill('b131-dbx', B64URL, 138));

export const BATCH131_CREDENTIALS: DraftRecord[] = [
  // —— drone inspection (Pylonix Aerial) ——
  rec('chat_de', f`Hallo, unser Upload der Befliegungsbilder nach S3 bricht nach ~2 GB ab. Profil aus ~/.aws/credentials:

${cfg(f`[pylonix-survey]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Brauche ich multipart upload oder liegt es an den Timeouts?`),

  rec('chat_de_ch', f`Grüezi mitenand, chönnt mir öpper hälfe? S'NTRIP-Caster-Login für d'RTK-Basis am Mast 114 gaht nümme. Im Controller staht:
ntrip://pylonix_rover07:${v('credential.url_password', 'Hochspannig_380kV')}@caster.swipos.ch:2101/VRS_3_2G
Isch das Passwort abgloffe oder de Mountpoint falsch?`),

  rec('code_python', f`Flight log parser crashes when the mapbox upload fails, can you add retries?

\`\`\`python
${code(f`import requests

MAPBOX_TOKEN = "${v('credential.mapbox_secret_token', MAPBOX)}"
TILESET = "pylonix-ops.line-l412-2024"

def upload_mbtiles(path: str) -> str:
    creds = requests.post(
        f"https://api.mapbox.com/uploads/v1/pylonix-ops/credentials?access_token={MAPBOX_TOKEN}"
    ).json()
    # stage to S3 with the temporary creds, then register
    return creds["url"]`)}
\`\`\``),

  rec('env_file', f`${cfg(f`# inspection-ai/.env.prod
DEFECT_MODEL=yolov8x-insulators-v5
HF_TOKEN=${v('credential.huggingface_token', HF)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
S3_BUCKET=pylonix-raw-imagery
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508123.ingest.de.sentry.io/4508123994210304`)}`)}

Warum lädt der Container das Modell bei jedem Start neu von Hugging Face?`),

  rec('config_router', f`Field LTE router in the inspection van won't bring up the IPsec tunnel to HQ. Running-config excerpt:

${cfg(f`hostname VAN-07-LTE
username fieldops privilege 15 password 0 ${v('credential.network_device_secret', 'Kr4nich-Trasse-07')}
enable secret 9 ${ambCat('credential', tok('$9$', fill('b131-c9salt', B62 + './', 14), '$', fill('b131-c9hash', B62 + './', 43)))}
crypto isakmp key ${v('credential.network_device_secret', 'Isol4tor!PSK-2024')} address ${ip('185.73.212.18')}
interface Cellular0
 ip address negotiated`)}

Phase 1 comes up, phase 2 doesn't. Ideas?`, 'Cisco type-9 enable secret is a hash (ambiguous); the plain type-0 password and the ISAKMP pre-shared key are secrets'),

  rec('chat_pl', f`Cześć, mam problem z API od FlightHub. Token dostępowy wkleiłem tak: Authorization: Bearer ${v('credential.bearer_token', BEARER)} i dostaję 403 przy pobieraniu misji dla linii 110 kV Kozienice–Ołtarzew. Czy token ma za mały zakres?`),

  rec('chat_it', f`Ciao, devo passare al collega di Terna la mappa con le campate ispezionate. La chiave Google Maps del nostro viewer è ${v('credential.google_api_key', GOOGLE)}: posso limitarla solo al dominio viewer.pylonix.it prima di condividere il link?`),

  rec('ssh_key_es_ar', f`Che, el servidor de procesamiento de Córdoba no me acepta esta llave desde el dron-gateway, ¿sabés qué formato le falta?

${v('credential.openssh_private_key', SSH_KEY)}

me tira "Load key: invalid format" en el gateway.`),

  // —— pediatric dental (Little Molars / Dientecitos / Kinderzahnwelt) ——
  rec('chat_es_mx', f`Oigan, ¿me ayudan? El recordatorio de citas por WhatsApp ya no sale. En el panel de Twilio dice Account SID ${v('credential.twilio_account_sid', TW_SID)} y el Auth Token es ${v('credential.twilio_auth_token', TW_AUTH)}. ¿Se venció algo? Las mamás se están quejando que no les llega el aviso.`),

  rec('code_php', f`Our booking widget for the kids' clinics sends duplicate confirmation mails:

${code(f`<?php
$mail = new \\SendGrid\\Mail\\Mail();
$mail->setFrom("${v('pii.email', 'citas@littlemolars.dental')}", "Little Molars");
$mail->addTo($parentEmail);
$mail->setTemplateId("d-7f3a91c0be2d4c8e9a5b17d2f60e4c31");
$sg = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$sg->send($mail);
$sg->send($mail); // retry`)}

I think the retry line is the problem?`),

  rec('ini', f`Die Röntgensoftware in der Kinderzahnarztpraxis Graz verbindet sich nicht mehr mit der Datenbank:

${cfg(f`[Datenbank]
Server=PRAXIS-SRV01\\SQLEXPRESS
Datenbank=DentalXR
Benutzer=xr_service
Passwort=${v('credential.password_assignment', 'Milchzahn#Graz22')}
Timeout=30`)}

Seit dem Windows-Update heute früh. Was könnte das sein?`),

  rec('chat_pt_br', f`Gente, a recepção da unidade Moema não consegue entrar no sistema de agenda. Login é recepcao.moema e a senha ${v('credential.password_in_prose', 'Dentinho@2024')}, mas dá "usuário bloqueado". Como peço o desbloqueio pro suporte? Me ajuda a escrever o e-mail.`),

  rec('config_json', f`${cfg(f`{
  "pms": {
    "baseUrl": "https://api.littlemolars.dental/v2",
    "apiToken": "${v('credential.jwt', JWT_PORTAL)}",
    "clinicIds": [12, 14, 19]
  },
  "stripe": {
    "secretKey": "${v('credential.stripe_secret_key', STRIPE_LIVE)}",
    "webhookSecret": "${v('credential.stripe_webhook_secret', WHSEC)}"
  }
}`)}

can you convert this appsettings to environment variables for Azure App Service?`),

  rec('chat_ar', f`مرحباً، نظام حجز المواعيد في عيادة الأطفال في دبي لا يرسل الإشعارات. مفتاح Firebase القديم هو ${v('credential.firebase_fcm_server_key', FCM)} — هل يجب أن ننتقل إلى HTTP v1؟ أرجو شرح الخطوات ببساطة.`),

  rec('curl', f`Stripe refund call fails with "permission denied" on the clinics' restricted key:

curl https://api.stripe.com/v1/refunds \\
  -u ${v('credential.stripe_restricted_key', STRIPE_RK)}: \\
  -d payment_intent=pi_3QK8vLb2eZvKYlo21x7Fq9Rm

Which permission does a restricted key need for refunds?`),

  rec('chat_tr', f`Merhaba, İstanbul'daki çocuk diş kliniğimizin randevu sitesi için Google Maps anahtarı: ${v('credential.google_api_key', GOOGLE2)}. Haritada "For development purposes only" yazıyor, faturalandırma mı kapalı?`),

  // —— customs broker (Kestrel Freight & Customs) ——
  rec('gcp_sa', f`Customs tariff classifier on Vertex can't auth from the broker's on-prem box. Key file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kestrel-tariff-ml",
  "private_key_id": "${fill('b131-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'hs-classifier@kestrel-tariff-ml.iam.gserviceaccount.com')}",
  "client_id": "104829173650284719362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Error: invalid_grant: Invalid JWT Signature. Clock skew?`),

  rec('chat_zh', f`你好，我们报关行的 EDI 服务器用的是腾讯云 COS，配置如下：
SecretId: ${v('credential.tencent_secret_id', TENCENT_ID)}
SecretKey: ${v('credential.generic_secret_assignment', TENCENT_KEY)}
上传报关单 PDF 时一直报 "SignatureDoesNotMatch"，是不是时间不同步？`),

  rec('chat_ru', f`Привет! Скрипт выгрузки деклараций для таможенного брокера ругается на SFTP. В конфиге строка:
sftp://kestrel_decl:${v('credential.url_password', 'Tamozhnya_2024!')}@sftp.kestrel-customs.ru:22/outbox
Пароль вроде верный, но в логе "Permission denied (publickey,password)". Что проверить?`),

  rec('code_csharp', f`${code(f`public static class CustomsDb
{
    // TODO move to Key Vault
    private const string Conn =
        "Server=tcp:kestrel-sql-neu.database.windows.net,1433;Database=declarations;User ID=decl_writer;Password=${v('credential.connection_string_password', 'Zollamt!Hamburg-41')};Encrypt=True;";

    public static SqlConnection Open()
    {
        var c = new SqlConnection(Conn);
        c.Open();
        return c;
    }
}`)}

Can you refactor this to use DefaultAzureCredential instead?`),

  rec('env_file', f`${cfg(f`AZURE_TENANT_ID=3c8f1a92-7b4e-4d21-9e06-5a7c3b2f18d4
AZURE_CLIENT_ID=9e2d4b71-0a3c-4f58-8d16-2b7e9c4a1f05
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
STORAGE_CONNECTION=DefaultEndpointsProtocol=https;AccountName=kestreldocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Welche dieser Variablen brauche ich noch, wenn wir auf Managed Identity umstellen?`),

  rec('chat_hi', f`नमस्ते, हमारी कस्टम्स क्लियरेंस टीम का ICEGATE पोर्टल का पासवर्ड बदलना है। अभी वाला पासवर्ड ${v('credential.password_in_prose', 'Nhava@Sheva2024')} है और यूज़र kestrel_bom01 है। नया पासवर्ड नीति के हिसाब से कैसा होना चाहिए? कृपया सरल हिंदी में बताइए।`),

  rec('yaml', f`${cfg(f`# docker config for the ASYCUDA bridge runner
auths:
  registry.kestrel-customs.com:
    auth: ${v('credential.docker_config_auth', DOCKER_AUTH)}
credsStore: ""`)}

Är det här formatet rätt för ~/.docker/config.json? Jag konverterade från JSON till YAML av misstag, hjälp mig skriva om det.`),

  rec('chat_el', f`Καλησπέρα, ο εκτελωνιστής μας στον Πειραιά έστειλε τα στοιχεία για το portal του ICISnet: χρήστης kestrel.pir, κωδικός πρόσβασης: ${v('credential.password_in_prose', 'Teloneio#Pir2024')}. Πώς μπορώ να τον αλλάξω με ασφάλεια και να ενημερώσω την ομάδα;`),

  rec('chat_it', f`Buongiorno, la sartoria del teatro usa Airtable per l'inventario dei costumi. Il token personale è ${v('credential.airtable_pat', AIRTABLE)}. Mi scrivi uno script Python che esporta tutti i costumi della Traviata con taglia e stato del lavaggio?`),

  rec('chat_fr_be', f`Bonjour, au service costumes on partage les croquis Figma avec les ateliers. J'ai mis le token ${v('credential.figma_token', FIGMA)} dans le script d'export des maquettes mais il renvoie 403. Il faut quel scope pour les fichiers d'équipe ?`),

  rec('code_js', f`${code(f`// wardrobe-sync: pulls fitting appointments into the costume DB
const { Client } = require('@notionhq/client');
const notion = new Client({ auth: '${v('credential.notion_token', NOTION)}' });

async function fittings(dbId) {
  const r = await notion.databases.query({ database_id: dbId, filter: { property: 'Production', select: { equals: 'Tosca 2025' } } });
  return r.results.map((p) => p.properties);
}`)}

warum bekomme ich "object_not_found" obwohl die Datenbank geteilt ist?`),

  rec('http', f`${cfg(f`GET /api/costumes?production=nabucco&act=2 HTTP/1.1
Host: inventory.opera-aurelia.org
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Ten request z naszej aplikacji garderoby zwraca 401 — czy to przez znak & w haśle?`),

  rec('chat_cs', f`Ahoj, kostymérna opery si pronajímá kostýmy přes e-shop na Shopify. Přístupový token aplikace je ${v('credential.shopify_access_token', SHPAT)}. Jak nastavím webhook na nové objednávky půjčovného?`),

  rec('chat_hu', f`Szia! A jelmeztár Dropbox-mappáját szinkronizáló szkript lejárt tokennel fut: ${v('credential.dropbox_access_token', DROPBOX)}. Hogyan tudok refresh tokent használni, hogy ne kelljen minden nap újat generálni?`),

  rec('chat_ka', f`გამარჯობა! ოპერის კოსტიუმების საწყობის ბაზაზე შესვლა ვერ ხერხდება. მომხმარებელი: wardrobe_tbs, პაროლი: ${v('credential.password_in_prose', 'Kostiumi#Tbilisi25')}. შეგიძლიათ დამეხმაროთ IT-სთვის წერილის დაწერაში?`),

  // —— waste collection (Valtoria Waste & Recycling) ——
  rec('yaml', f`${cfg(f`# telemetry-collector/values-prod.yaml
datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
mqtt:
  broker: tcp://${ip('10.42.8.15')}:1883
  username: truck_gateway
  password: ${v('credential.password_assignment', 'Muellwagen-MQTT-77')}`)}

Die Füllstandssensoren der Glascontainer senden doppelt. Liegt das an QoS 1?`),

  rec('chat_ro', f`Bună, la centrul de sortare din Cluj aplicația pentru cântarul de la intrare folosește utilizatorul cantar_op cu parola ${v('credential.password_in_prose', 'Deseuri!Cluj2024')}. Vreau să o schimb, dar nu știu unde e salvată în Windows. Mă ajuți?`),

  rec('code_go', f`${code(f`package notify

import "github.com/go-telegram-bot-api/telegram-bot-api/v5"

// bot that tells drivers when a street is blocked
const botToken = "${v('credential.telegram_bot_token', TELEGRAM)}"

func New() (*tgbotapi.BotAPI, error) {
	return tgbotapi.NewBotAPI(botToken)
}`)}

Ботът спира да отговаря след около час. Какво пропускам?`),

  rec('shell', f`$ vault login -method=token ${v('credential.vault_token', VAULT)}
Success! You are now authenticated.
$ vault kv get secret/weighbridge/prod
No value found at secret/data/weighbridge/prod

Tämä on meidän jätehuollon vaakajärjestelmän Vault. Miksi polku ei löydy, vaikka UI näyttää sen?`),

  rec('chat_uk', f`Привіт! Для дашборду вивезення сміття підключаю Grafana. Сервісний токен: ${v('credential.grafana_service_account_token', GLSA)}. Панелі з датчиками заповнення баків показують "No data". Куди дивитися?`),

  rec('tf', f`${code(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "citizen_app" {
  name   = "valtoria-bulky-waste-booking"
  region = "ams3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Wil je dit omzetten naar een variabele zodat het token niet in git staat?`),

  rec('chat_sv', f`Hej! Vår kommuns sophämtningsapp skickar push via Cloudflare Workers. CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} ligger i GitHub-repot just nu. Hur roterar jag den utan driftstopp?`),

  rec('chat_en_in', f`Hi, the RFID bin-tag reader team in Pune pushed our Databricks token to the shared drive: ${v('credential.databricks_token', DATABRICKS)}. Kindly tell how to revoke it and make a new one with only SQL warehouse access. Also should we inform the municipal commissioner's office?`),

  rec('mysql', f`Sortieranlage Nachtschicht: das Skript hängt bei

mysql -h ${ip('10.42.3.9')} -u waage_rpt -p${v('credential.mysql_cli_password', 'Altglas2024!')} sortierung -e "SELECT * FROM eingang WHERE datum = CURDATE()"

Kann man das Passwort anders übergeben, damit es nicht in der History landet?`),

  // —— helpline volunteers (Listening Line) ——
  rec('code_python', f`Our volunteer rota bot posts shift gaps to Slack. It works locally but not on the server:

${code(f`from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def post_gaps(gaps):
    text = "\\n".join(f"• {g['day']} {g['slot']}: {g['needed']} listener(s) needed" for g in gaps)
    client.chat_postMessage(channel="#rota-gaps", text=text)`)}`),

  rec('chat_en_gb', f`Could you help me write a handover note for the new volunteer coordinator? Include the shared login for the rota tool: username coord@rota, password ${v('credential.password_in_prose', 'Kettle-On-Always-42')}. Actually — should I put the password in the handover at all?`),

  rec('chat_fr_ca', f`Salut! Pour la ligne d'écoute, on envoie l'infolettre aux bénévoles avec Mailchimp. Ma clé API c'est ${v('credential.mailchimp_api_key', MAILCHIMP)}, pis là ça marche pus depuis qu'on a changé de compte. C'est-tu le suffixe du datacenter qui est pas bon?`),

  rec('chat_de_at', f`Servus, unser Freiwilligen-Newsletter läuft über Brevo. Der API-Schlüssel ${v('credential.brevo_api_key', BREVO)} steht leider im öffentlichen Repo vom Wien-Team. Wie sperr ich den schnell und was sag ich dem Vorstand?`),

  rec('chat_ja', f`ボランティアのシフト通知用Discord Webhookが第三者に知られたかもしれません。URLは ${v('credential.discord_webhook_url', DISCORD_HOOK)} です。再発行の手順を教えてください。`),

  rec('chat_hr', f`Naš obrazac za prijavu novih volontera šalje podatke na webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
Netko izvan organizacije počeo je spamati kanal. Kako ga promijeniti i zaključati obrazac?`),

  rec('chat_id', f`Halo, tim koordinator relawan hotline kami pakai Okta. Token API admin saya ${v('credential.okta_api_token', OKTA)} — apakah aman kalau saya taruh di Google Sheet untuk skrip otomatis? Kalau tidak, alternatifnya apa?`),

  rec('code_ts', f`${code(f`import OpenAI from 'openai';

// summarise (anonymised) call notes for the weekly supervision meeting
const client = new OpenAI({ apiKey: '${v('credential.openai_api_key', OPENAI2)}' });

export async function summarise(notes: string[]): Promise<string> {
  const r = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: notes.join('\\n---\\n') }] });
  return r.choices[0]?.message.content ?? '';
}`)}

Is it OK to send call notes to an API even if names are removed? And the key — should it be here?`),

  rec('chat_he', f`היי, אני מתנדבת בקו התמיכה ורציתי לבדוק משהו: הרכזת שלחה בוואטסאפ את הסיסמה למערכת המשמרות: ${v('credential.password_in_prose', 'Ozen_Kashevet!9')}. זה בסדר? איך אני מסבירה לה בעדינות שזה לא בטוח?`),

  rec('chat_th', f`สวัสดีค่ะ ทีมประสานงานอาสาสมัครสายด่วนใช้ Postman ทดสอบ API ระบบจัดเวร คีย์คือ ${v('credential.postman_api_key', POSTMAN)} ถ้าแชร์ workspace ให้อาสาใหม่ คีย์นี้จะติดไปด้วยไหมคะ`),

  rec('chat_vi', f`Chào bạn, mình là điều phối viên tình nguyện của đường dây hỗ trợ. Tài khoản Jira: ${v('pii.email', 'lan.nguyen@listeningline.org')} và API token ${v('credential.atlassian_api_token', ATLASSIAN)}. Script tạo ca trực bị lỗi 401, có phải do token hết hạn không?`),

  rec('pypirc', f`${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

El meu paquet per a les taules de torns dels voluntaris no es puja — twine diu 403. Què hi falta?`),

  rec('ci_yaml', f`${cfg(f`# .github/workflows/publish-rota-lib.yml
env:
  NODE_AUTH_TOKEN: ${v('credential.npm_token', NPM)}
  GH_TOKEN: ${v('credential.github_pat', GHP)}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish --access restricted`)}

Wie schiebe ich die beiden Tokens in GitHub Secrets um?`),

  rec('chat_bn', f`হ্যালো, আমাদের হেল্পলাইনের স্বেচ্ছাসেবক পোর্টালের GitHub রিপোতে এই fine-grained টোকেনটা ভুল করে কমিট হয়ে গেছে: ${v('credential.github_fine_grained_pat', GH_FINE)}। এখন কী করা উচিত?`),

  rec('chat_sr', f`Здраво, за аутоматски извоз листе волонтера користим AWS. Кључ: ${v('credential.aws_access_key_id', AWS_ID2)}, тајни кључ: ${v('credential.aws_secret_access_key', AWS_SECRET2)}. Да ли могу да ограничим кључ само на један S3 bucket?`),

  rec('chat_fi', f`Moi! Auttaisitko? Kuuntelulinjan vapaaehtoisten vuorolistan Claude-integraatiossa on avain ${v('credential.anthropic_api_key', ANTHROPIC)} kovakoodattuna. Miten siirrän sen Azure Key Vaultiin?`),

  rec('pem', f`Mailgun DKIM setup for the waste operator's notification domain wants the private key uploaded. Is this the right one?

${v('credential.private_key', RSA_KEY)}

And the Mailgun sending key is ${v('credential.mailgun_api_key', MAILGUN)}, do I need both?`),
];

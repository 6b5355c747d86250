/**
 * Held-out batch 123: credentials pasted by a taxi cooperative's driver office, a nursing-home group's
 * admissions team, a plumbing/HVAC service desk, a golf and tennis club, a gas utility's metering and
 * outage team and a think tank's grants and events office, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TW_SID = tok('AC', fill('b123-twsid', HEX, 32));
const TW_TOKEN = fill('b123-twtok', HEX, 32);
const GMAPS = tok('AIza', 'Sy', fill('b123-gmaps', B64URL, 33));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b123-sklive', B62, 97));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'taxiring-disp', a: fill('b123-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b123-mbx', B64URL, 22));
const FCM = tok('AAAA', fill('b123-fcm1', B64URL, 7), ':APA91b', fill('b123-fcm2', B64URL, 134));
const SENTRY_KEY = fill('b123-sentry', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b123-slt', UPPER + DIGITS, 9), '/B0', fill('b123-slb', UPPER + DIGITS, 9), '/', fill('b123-slh', B62, 24));
const AZ_SECRET = tok(fill('b123-azs1', B62, 3), '8Q~', fill('b123-azs2', B62 + '_-', 31));
const NOTION = tok('ntn_', fill('b123-ntn1', DIGITS, 11), fill('b123-ntn2', B62, 35));
const SG = tok('SG.', fill('b123-sg1', B64URL, 22), '.', fill('b123-sg2', B64URL, 43));
const JWT_CARE = jwt({ alg: 'RS256', typ: 'JWT', kid: 'care-portal-1' }, { sub: 'svc-family-app', aud: 'resident-api', scope: 'residents:read visits:write', iat: 1735812000, exp: 1767348000 }, 'b123-jwtcare');
const SQUARE = tok('EAAA', fill('b123-square', B64URL, 60));
const OPENAI = tok('sk-proj-', fill('b123-oai1', B64URL, 74), 'T3BlbkFJ', fill('b123-oai2', B64URL, 74));
const MAILGUN = tok(fill('b123-mg1', HEX, 32), '-', fill('b123-mg2', HEX, 8), '-', fill('b123-mg3', HEX, 8));
const GHP = gh('ghp', 'Qm4Tz8Wn2Ks6Rv1Xc5Lb9Hd3Jp7Fy0');
const RK_LIVE = tok('rk_', 'live_', '51', fill('b123-rklive', B62, 97));
const MAILCHIMP = tok(fill('b123-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b123-brevo1', HEX, 64), '-', fill('b123-brevo2', B62, 16));
const AWS_ID = tok('AKIA', fill('b123-akia', B32, 16));
const AWS_SECRET = fill('b123-awssec', B64, 40);
const ALI_ID = tok('LTAI', '5t', fill('b123-ltai', B62, 18));
const ALI_SECRET = fill('b123-alisec', B62, 30);
const TENCENT_ID = tok('AKID', fill('b123-akid', B62, 32));
const TENCENT_KEY = fill('b123-tckey', B62, 32);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b123-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GLSA = tok('glsa_', fill('b123-glsa1', B62, 32), '_', fill('b123-glsa2', HEX, 8));
const AZ_STORAGE = tok(fill('b123-azst', B64, 86), '==');
const DD_API = fill('b123-ddapi', HEX, 32);
const DD_APP = fill('b123-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b123-vault', B64URL, 86));
const GLPAT = tok('glpat-', fill('b123-glpat', B62 + '-_', 20));
const TG_OUTAGE = tok('6027', fill('b123-tgid2', DIGITS, 6), ':AA', fill('b123-tgbody2', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b123-gocspx', B64URL, 28));
const AIRTABLE = tok('pat', fill('b123-at1', B62, 14), '.', fill('b123-at2', HEX, 64));
const HF = tok('hf_', fill('b123-hf', UPPER + LOWER, 34));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b123-ant', B64URL, 93), 'AA');
const FIGMA = tok('figd_', fill('b123-figd', B64URL, 40));
const GCP_PEM = pem('PRIVATE KEY', 'b123-gcp', 1216, '\\n');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH123_CREDENTIALS: DraftRecord[] = [
  // ── taxi / ride-dispatch cooperative ──
  rec('env_de', f`Hallo, unsere Fahrer bekommen seit gestern keine SMS mehr mit der Abholadresse. Hier die .env vom Dispatch-Server, stimmt da was nicht?

${cfg(f`# dispatch-sms/.env
SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=${phone('+4917648203915')}
SMS_TEMPLATE="Abholung {pickup} um {time}, Fahrgast {name}"`)}

Fehlermeldung im Log: "20003 Authenticate".`),

  rec('code_js_ptbr', f`Oi! O mapa do painel dos motoristas parou de carregar, aparece "RefererNotAllowedMapError". Segue o trecho:

\`\`\`js
${code(f`const mapa = new google.maps.Map(document.getElementById('mapa-frota'), {
  center: { lat: -23.5505, lng: -46.6333 },
  zoom: 12,
});
// chave nova, gerada pela Jussara
const script = document.createElement('script');
script.src = 'https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=iniciarMapa';
document.head.appendChild(script);`)}
\`\`\`

Precisa liberar o domínio novo no console?`),

  rec('chat_esmx', f`oye, ¿me ayudas a redactar un mensaje para los choferes nuevos? que entren a la app de despacho con su número de socio y la contraseña temporal ${v('credential.password_in_prose', 'Taxi-Sur#2025')} y que la cambien el primer día. Algo cortito y amable porfa`),

  rec('chat_tr', f`Sürücülere SMS gönderen panelin kullanıcı adı "duraksms", şifresi ${v('credential.password_in_prose', 'Kadikoy_34!taksi')} — bunu yeni gelen operatöre nasıl güvenli iletebilirim? WhatsApp'tan mı atsam?`),

  rec('code_php_ar', f`السلام عليكم، بوابة الدفع في تطبيق حجز التاكسي ترجع خطأ 401 من Stripe. هذا الكود:

${code(f`<?php
require 'vendor/autoload.php';

\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

function chargeRide(int $rideId, int $amountFils, string $customerId): string {
    $intent = \\Stripe\\PaymentIntent::create([
        'amount' => $amountFils,
        'currency' => 'aed',
        'customer' => $customerId,
        'metadata' => ['ride_id' => $rideId],
    ]);
    return $intent->id;
}`)}

هل المفتاح منتهي؟ أم المشكلة في العملة؟`),

  rec('compose_pl', f`Po aktualizacji Postgresa kontener z bazą dyspozytorni się nie podnosi. docker-compose.yml:

${cfg(f`services:
  dispatch-db:
    image: postgres:16
    environment:
      POSTGRES_USER: dyspozytor
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Wawa-Radio-Taxi-919')}
  dispatch-api:
    image: taxiring/dispatch-api:3.8.2
    environment:
      DATABASE_URL: postgres://dyspozytor:${v('credential.database_url_password', 'Wawa-Radio-Taxi-919')}@dispatch-db:5432/kursy`)}

Logi: "database files are incompatible with server".`),

  rec('chat_hinglish', f`Bhai driver app mein map tiles load nahi ho rahe, Mapbox dashboard pe token dikh raha hai ${v('credential.mapbox_secret_token', MAPBOX)} — ye secret wala hai na? Frontend mein daal sakte hain ya backend se proxy karna padega?`),

  rec('code_kotlin_ur', f`ڈرائیور ایپ پر نئی بکنگ کی نوٹیفکیشن نہیں آ رہی۔ یہ پرانا کوڈ ہے:

${code(f`object PushSender {
    private const val FCM_SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"

    fun notifyDriver(deviceToken: String, rideId: Long) {
        val body = """{"to":"$deviceToken","data":{"ride":"$rideId","type":"NEW_BOOKING"}}"""
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$FCM_SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().use { check(it.isSuccessful) }
    }
}`)}

کیا legacy API بند ہو گئی ہے؟ HTTP v1 پر کیسے جائیں؟`),

  rec('chat_ro', f`Salut, am pus Sentry în aplicația de dispecerat dar nu apar erorile. DSN-ul e https://${v('credential.sentry_dsn', SENTRY_KEY)}@o4507281.ingest.de.sentry.io/4507290183 — trebuie pus și în build-ul de Android separat?`),

  // ── nursing-home group: admissions and family liaison ──
  rec('chat_nl', f`Kun je een korte welkomstmail schrijven voor onze nieuwe verzorgende, Sanne? Ze moet inloggen in het ECD met gebruikersnaam s.devries en het tijdelijke wachtwoord ${v('credential.password_in_prose', 'Zonnehof!2025start')}. Graag in begrijpelijk Nederlands, niet te formeel.`),

  rec('ini_sv', f`Skannern på avdelning Björken skickar inte längre PDF:er till inkorgen för anhöriga. Konfigurationen:

${cfg(f`[smtp]
server = smtp.office365.com
port = 587
starttls = yes
user = ${v('pii.email', 'skanner.bjorken@solgardenomsorg.se')}
lösenord = ${v('credential.password_assignment', 'Björk-Skan#4471')}
from = ${v('pii.email', 'skanner.bjorken@solgardenomsorg.se')}`)}

Vad kan vara fel? Microsoft säger något om "basic auth disabled".`),

  rec('code_python_ja', f`ご家族向けの月次ニュースレターを送るスクリプトです。SendGridで403になります。

${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "${v('credential.sendgrid_api_key', SG)}"

def send_newsletter(to_list, html):
    sg = sendgrid.SendGridAPIClient(api_key=SENDGRID_API_KEY)
    for to in to_list:
        msg = Mail(from_email="${v('pii.email', 'info@sakura-kaigo.example.jp')}", to_emails=to, subject="さくら苑だより 2月号", html_content=html)
        sg.send(msg)`)}

送信元ドメインの認証が必要でしょうか？`),

  rec('chat_he', f`המערכת של קריאות אחות שולחת התראות לסלאק דרך ה-webhook הזה: ${v('credential.slack_webhook_url', SLACK_HOOK)}
מאתמול ההתראות מגיעות פעמיים. איך בודקים אם יש שני שירותים ששולחים?`),

  rec('chat_frbe', f`Bonjour, pour le portail familles (inscription aux visites), l'app registration Azure a expiré. Le nouveau secret client est ${v('credential.azure_client_secret', AZ_SECRET)}, tenant résidences-les-tilleuls. Où est-ce que je dois le mettre dans App Service, en variable d'application ou dans Key Vault ? Merci d'avance, on est un peu perdus ici à Namur.`),

  rec('chat_fi', f`Voitko kirjoittaa tulostettavan lapun omaisten olohuoneeseen? Vierasverkon nimi on "Koivukoti-Vieras" ja salasana ${v('credential.password_in_prose', 'kahvi+pulla2025')}. Lisäksi maininta, että verkko on vain vierailuaikoina.`),

  rec('code_ts_ko', f`요양원 케어플랜 노션 DB에서 입소 대기자 목록을 가져오는 코드인데 401이 떠요.

\`\`\`ts
${code(f`import { Client } from '@notionhq/client';

const notion = new Client({ auth: '${v('credential.notion_token', NOTION)}' });

export async function 대기자목록() {
  const res = await notion.databases.query({
    database_id: '3c1f9e2a7b8d4e60a5c2f71d9e0b4a88',
    filter: { property: '상태', select: { equals: '입소대기' } },
  });
  return res.results;
}`)}
\`\`\`

통합(integration)을 DB에 연결 안 해서 그런가요?`),

  rec('curl_el', f`Δοκιμάζω το API του γηροκομείου για τις επισκέψεις συγγενών και παίρνω 403:

curl -s https://api.evgeneia-care.example.gr/v2/residents/118/visits \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_CARE)}" \\
  -H "Accept: application/json"

Το token το πήρα από τον προμηθευτή. Μήπως λείπει κάποιο scope;`),

  // ── plumbing & HVAC contractor's service desk ──
  rec('curl_en_us', f`Trying to pull today's service calls from our field-service platform into a spreadsheet. This works in Postman but not in my script, what am I missing?

curl -s "https://api.fieldpro.example.com/v1/jobs?date=2025-02-11&status=scheduled" \\
  -H "${v('credential.basic_auth_header', `Authorization: Basic ${b64('dispatch@rapidflowplumbing.com:Furnace-Season-2025')}`)}"

it's the dispatch account, we share it on the desk.`),

  rec('chat_frqc', f`Allo! Nos techs encaissent les clients avec Square sur le terrain, pis là l'intégration avec la facturation plante. Le jeton d'accès de prod c'est ${v('credential.square_access_token', SQUARE)}. Est-ce que je peux le mettre direct dans le fichier de config du logiciel de facturation ou c'est pas une bonne idée?`),

  rec('code_python_it', f`Ciao, questo script legge le temperature dai termostati dei clienti in manutenzione programmata ma restituisce sempre 401:

${code(f`import requests

API_KEY = "${v('credential.generic_secret_assignment', fill('b123-thermo', B62, 40))}"
BASE = "https://cloud.termocontrol.example.it/api/v3"

def leggi_termostati(impianto_id: str):
    r = requests.get(f"{BASE}/impianti/{impianto_id}/sensori", headers={"X-Api-Key": API_KEY}, timeout=10)
    r.raise_for_status()
    return [(s["nome"], s["temperatura"]) for s in r.json()["sensori"]]`)}

La chiave l'ha generata il fornitore la settimana scorsa.`),

  rec('yaml_cs', f`Čidla tlaku na kotelnách posílají data přes MQTT, ale od včerejška se bridge nepřipojí. Konfigurace:

${cfg(f`mqtt:
  broker: mqtt.teplo-servis.example.cz
  port: 8883
  username: kotelny-bridge
  password: ${v('credential.password_assignment', 'Kotel-Tlak-8883')}
  topics:
    - kotelny/+/tlak
    - kotelny/+/teplota`)}

Chyba: "Connection refused: not authorised".`),

  rec('cisco_gsw', f`Chasch mer hälfe? De Router im Lager vo de Sanitär-Filiale in Winterthur lauft nöd. Do isch d Config:

${cfg(f`hostname WTH-LAGER-RTR1
!
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b123-c9salt', B62, 14)}$${fill('b123-c9hash', B62 + './', 43)}`)}
username servicedesk privilege 15 password 0 ${v('credential.network_device_secret', 'Rohr-Zange-8400')}
!
interface GigabitEthernet0/0
 ip address ${amb('pii.ip_address', '192.168.40.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
line vty 0 4
 login local`)}

Ich chume per SSH nöd ine, obwohl s Passwort stimmt.`, 'the enable secret 9 hash is ambiguous (password hash); the cleartext username password is labelled'),

  rec('git_en_uk', f`Our website guy left and I need to update the emergency call-out prices page. His notes say to clone with:

git clone https://wjpark:${v('credential.github_pat', GHP)}@github.com/cheshireheatingplumbing/website.git

Is it OK to keep using his token or should I make my own?`),

  rec('code_python_vi', f`Mình làm chatbot đặt lịch sửa điều hòa cho công ty, bị lỗi 429 liên tục. Code đây:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def tra_loi(khach_hoi: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Bạn là nhân viên đặt lịch của Điện Lạnh Minh Phát."},
            {"role": "user", "content": khach_hoi},
        ],
    )
    return resp.choices[0].message.content`)}

Có phải do tài khoản chưa nạp tiền không?`),

  rec('chat_id', f`Mas, email konfirmasi jadwal teknisi AC ke pelanggan gagal terkirim. Kunci API Mailgun yang dipakai ${v('credential.mailgun_api_key', MAILGUN)}, domain mg.sejukservice.example.id. Apakah harus verifikasi DNS ulang?`),

  rec('ps_en', f`${code(f`# Nightly export of finished jobs to the accounting share
$pw = ConvertTo-SecureString "${v('credential.password_assignment', 'Boiler#Room-77')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("HVAC\\svc-export", $pw)
New-PSDrive -Name Q -PSProvider FileSystem -Root "\\\\fs01\\accounts" -Credential $cred
Get-ChildItem "C:\\FieldJobs\\done\\*.csv" | Copy-Item -Destination "Q:\\imports\\" -Force`)}

This fails under Task Scheduler but works when I run it by hand.`),

  // ── golf & tennis club membership office ──
  rec('chat_en_au', f`G'day, the club's online shop uses a restricted Stripe key for refunds: ${v('credential.stripe_restricted_key', RK_LIVE)}. Pro shop manager wants it to also issue partial refunds for cancelled lessons — which permission do I tick?`),

  rec('php_es', f`Hola, la web del club (reservas de pistas de pádel y tenis) da "Error establishing a database connection" desde que cambiamos de hosting. wp-config:

${cfg(f`define( 'DB_NAME', 'club_reservas' );
define( 'DB_USER', 'clubwp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Raqueta-Verde-1931')}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );`)}

¿Puede ser que el usuario no tenga permisos en el servidor nuevo?`),

  rec('chat_ca', f`Bon dia! Hem de passar la llista de socis del club a Mailchimp per enviar la convocatòria de l'assemblea. La clau de l'API és ${v('credential.mailchimp_api_key', MAILCHIMP)}. Em pots fer un script en Python que pugi el CSV i posi l'etiqueta "soci-sènior"?`),

  rec('env_no', f`Medlemsportalen til golfklubben henter betalingsstatus fra Vipps, men nå får vi "invalid_client". Slik ser .env ut:

${cfg(f`VIPPS_CLIENT_ID=7c2e91d4-38fa-4b16-9e05-d1a6b3f8c247
VIPPS_CLIENT_SECRET=${v('credential.generic_secret_assignment', fill('b123-vipps', B62 + '+/', 44))}
VIPPS_SUBSCRIPTION_KEY=${v('credential.generic_secret_assignment', fill('b123-vippssub', HEX, 32))}
VIPPS_MSN=318204`)}

Har hemmeligheten gått ut på dato?`),

  rec('chat_da', f`Hej! Vi bruger Brevo til nyhedsbrevet om turneringer. Vores API-nøgle er ${v('credential.brevo_api_key', BREVO)} — kan du skrive et script der henter alle kontakter med attributten HANDICAP under 18?`),

  rec('chat_th', f`สวัสดีค่ะ ระบบอัปโหลดรูปการแข่งขันกอล์ฟไปที่ S3 ใช้คีย์นี้อยู่ค่ะ
access key: ${v('credential.aws_access_key_id', AWS_ID)}
secret key: ${v('credential.aws_secret_access_key', AWS_SECRET)}
ถ้าจะให้พนักงานใหม่อัปโหลดได้อย่างเดียว ไม่ให้ลบ ต้องตั้ง policy ยังไงคะ`),

  rec('code_java_zh', f`俱乐部会员小程序的图片存在阿里云 OSS，上传一直报 SignatureDoesNotMatch：

${code(f`public class OssConfig {
    private static final String ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";

    public static OSS client() {
        return new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
    }
}`)}

是不是密钥复制的时候多了空格？`),

  rec('chat_zhtw', f`球場的簡訊通知用騰訊雲，SecretId 是 ${v('credential.tencent_secret_id', TENCENT_ID)}，SecretKey 是 ${v('credential.generic_secret_assignment', TENCENT_KEY)}。可以幫我寫一段 Node.js 發送開球時間提醒的程式嗎？`),

  rec('chat_is', f`Góðan dag, ég þarf að breyta rástímum í kerfinu fyrir meistaramótið en kemst ekki inn. Notandinn er "skrifstofa" og lykilorðið ${v('credential.password_in_prose', 'Hola-i-Hoggi18')} virkar ekki lengur. Geturðu skrifað stuttan póst til kerfisstjórans á íslensku?`),

  rec('chat_esar', f`Che, necesito que me armes un mail para el proveedor del sistema de cuotas. El access token de Mercado Pago que nos dieron es ${v('credential.generic_secret_assignment', tok('APP_USR-', fill('b123-mpago1', DIGITS, 16), '-', fill('b123-mpago2', DIGITS, 6), '-', fill('b123-mpago3', HEX, 32), '-', fill('b123-mpago4', DIGITS, 9)))} y nos rebota todos los débitos automáticos de los socios. Que lo revisen urgente, dale?`),

  // ── gas distribution utility: metering and outage ──
  rec('connstr_deat', f`Servus, die Abfrage auf die Zählerstand-Historie im Leitsystem läuft seit dem Update auf Timeout. Connection-String aus der Reporting-App:

${cfg(f`Server=tcp:histdb01.netz-gas.example.at,1433;Database=Zaehlerhistorie;User ID=rep_messwesen;Password=${v('credential.connection_string_password', 'Gaszaehler!Linz22')};Encrypt=True;TrustServerCertificate=True;Connection Timeout=30`)}

Brauch ich einen höheren Command Timeout oder liegt das am Index?`),

  rec('key_ru', f`Коллеги, не могу зайти по SSH на сервер опроса счётчиков (head-end АСКУЭ). Ключ скопировал из старой папки:

${v('credential.openssh_private_key', OSSH)}

ssh говорит "invalid format". Может, ключ повреждён при копировании из Outlook?`),

  rec('yaml_uk', f`Дашборд аварійних відключень у Grafana не оновлюється. Ось налаштування провіженінгу:

${cfg(f`apiVersion: 1
datasources:
  - name: outage-events
    type: postgres
    url: pg-outage.gasmerezha.example.ua:5432
    user: grafana_ro
    secureJsonData:
      password: ${v('credential.password_assignment', 'Vidkl-2025-Kyiv')}
notifiers:
  - name: chergovyi
    settings:
      apiToken: ${v('credential.grafana_service_account_token', GLSA)}`)}

Чи треба перевипустити токен сервісного акаунта?`),

  rec('chat_sk', f`Export odpočtov plynomerov do Azure Blob padá. Reťazec máme v konfigurácii takto: DefaultEndpointsProtocol=https;AccountName=odpocty;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net — je problém, že kľúč končí dvoma rovnítkami?`),

  rec('compose_hu', f`A gázszivárgás-riasztó szolgáltatás Datadog agentje nem küld metrikákat. docker-compose részlet:

${cfg(f`services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_HOSTNAME: szivargas-riaszto-01`)}

Mi lehet a gond?`),

  rec('shell_bg', f`Опитвам се да взема паролата за базата с отчетите за аварии от Vault, но получавам permission denied:

$ export VAULT_ADDR=https://vault.gazmreja.example.bg:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/outage/reporting-db

Токенът ми го даде колегата от ИТ вчера.`),

  rec('shell_sr', f`Скрипта за ноћни бекап података са мерних станица не ради из cron-а:

${code(f`#!/bin/bash
# бекап очитавања мерила на резервни сервер
DATUM=$(date +%F)
tar czf /var/backup/ocitavanja-$DATUM.tgz /srv/merenja/
sshpass -p '${v('credential.cli_password', 'Merilo#Novi-Sad5')}' scp /var/backup/ocitavanja-$DATUM.tgz ${amb('pii.email', 'backup@arhiva.gasnamreza.example.rs')}:/arhiva/`)}

Ручно ради без проблема. Шта је различито у cron-у?`, 'scp user@host target: ambiguous like git@github.com'),

  rec('chat_hr', f`Trebam brzo provjeriti broj prijava kvarova od jučer. Jel ova naredba dobra? mysql -u dispecer -p${v('credential.mysql_cli_password', 'Plin-Kvar2025')} -h kvarovi-db -e "SELECT COUNT(*) FROM prijave WHERE datum = CURDATE() - INTERVAL 1 DAY;"`),

  rec('ci_et', f`Arvestite lugemise teenuse pipeline ei saa registrist pilti kätte. .gitlab-ci.yml lõik:

${cfg(f`variables:
  REGISTRY_USER: arvestid-ci
  REGISTRY_TOKEN: ${v('credential.gitlab_pat', GLPAT)}

build:
  stage: build
  script:
    - echo "$REGISTRY_TOKEN" | docker login registry.gaasivork.example.ee -u "$REGISTRY_USER" --password-stdin
    - docker build -t registry.gaasivork.example.ee/arvestid/lugemine:$CI_COMMIT_SHORT_SHA .`)}

Mis õigused tokenil olema peavad?`),

  rec('chat_ka', f`გამარჯობა! გაზის ავარიების შესახებ შეტყობინებებს ვაგზავნით Telegram-ის ბოტით. ბოტის ტოკენი: ${v('credential.telegram_bot_token', TG_OUTAGE)}. როგორ გავაკეთო, რომ მხოლოდ დისპეჩერების ჯგუფში წეროს?`),

  // ── think tank: grants and events office ──
  rec('chat_en_uk2', f`We use Zoom webinars for the policy breakfast series. The old JWT app still has this token in our registration script: ${v('credential.jwt', jwt({ alg: 'HS256', typ: 'JWT' }, { aud: null, iss: 'zQ4xWm7RTaKc2Lp9', exp: 1767225600, iat: 1735689600 }, 'b123-zoomjwt'))}. Zoom says JWT apps are deprecated — what's the replacement for server-to-server?`),

  rec('json_ptpt', f`Bom dia, o formulário de inscrição para a conferência anual deixou de funcionar com o login Google. O ficheiro client_secret.json:

${cfg(f`{"web":{"client_id":"602918374521-k3m8q2v7x1z5c9b4n6h0j2f8d4s7a1w3.apps.googleusercontent.com","project_id":"forum-politicas-2025","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://eventos.forumpoliticas.example.pt/oauth2callback"]}}`)}

O erro é "redirect_uri_mismatch". Obrigado!`),

  rec('chat_hy', f`Բարև, կարո՞ղ ես օգնել նամակ գրել մեր կայքի մշակողին։ WordPress-ի ադմինի գաղտնաբառը ${v('credential.password_in_prose', 'Yerevan-Forum!2025')} է, բայց գրանցման էջը չի աշխատում դրամաշնորհային ծրագրի համար։`),

  rec('chat_am', f`ሰላም፣ የዝግጅት ምዝገባ ኢሜይል አካውንቱን ለአዲሷ ባልደረባ ማስተላለፍ እፈልጋለሁ። ኢሜይሉ ${v('pii.email', 'events@policyhub-addis.example.org')} ነው፣ የይለፍ ቃሉ ${v('credential.password_in_prose', 'Entoto#Hub2025')} ነው። እንዴት በደህንነት ማጋራት እችላለሁ?`),

  rec('env_sw', f`Habari, mfumo wa malipo ya ruzuku kupitia M-Pesa unakataa maombi. Hii ndiyo .env:

${cfg(f`MPESA_ENV=production
MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', fill('b123-mpesak', B62, 48))}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', fill('b123-mpesas', B62, 64))}
MPESA_SHORTCODE=600984
MPESA_CALLBACK_URL=https://ruzuku.sera-think.example.ke/mpesa/callback`)}

Kosa ni "Invalid Access Token". Nifanye nini?`),

  rec('chat_bn', f`আমাদের অনুদান ট্র্যাকার Airtable-এ আছে। এই টোকেন দিয়ে ${v('credential.airtable_pat', AIRTABLE)} একটা স্ক্রিপ্ট লিখে দিতে পারবেন যেটা প্রতি সোমবার বকেয়া রিপোর্টের তালিকা ইমেইল করবে?`),

  rec('code_python_ta', f`கருத்தரங்கு பதிவுகளை எழுத்தாக மாற்ற Hugging Face மாடலைப் பயன்படுத்துகிறோம். இந்தக் குறியீட்டில் 401 பிழை வருகிறது:

${code(f`from huggingface_hub import InferenceClient

client = InferenceClient(model="openai/whisper-large-v3", token="${v('credential.huggingface_token', HF)}")

def transcribe(path: str) -> str:
    with open(path, "rb") as audio:
        return client.automatic_speech_recognition(audio.read()).text`)}

token-க்கு read அனுமதி போதுமா?`),

  rec('code_python_lt', f`Sveiki, šis skriptas turėtų apibendrinti dotacijų paraiškas, bet meta "authentication_error":

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def santrauka(tekstas: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": f"Apibendrink paraišką lietuviškai:\\n{tekstas}"}],
    )
    return msg.content[0].text`)}`),

  rec('chat_fa', f`سلام، برای ارسال خبرنامه‌ی اندیشکده از Gmail استفاده می‌کنیم. رمز عبور برنامه (App Password) این است: ${v('credential.password_in_prose', 'qzvm hrkt wpld exfn')} — در تنظیمات SMTP وردپرس کجا باید واردش کنم؟`),

  rec('chat_ms', f`Hai, pereka grafik kami nak automasikan poster acara dari Figma. Token peribadi Figma ialah ${v('credential.figma_token', FIGMA)}. Boleh tolong tulis skrip untuk eksport semua frame "Poster-Seminar" ke PNG?`),

  rec('gcp_tl', f`Pa-check naman nito, yung BigQuery export ng donor database namin ayaw gumana sa Cloud Run. Eto yung service account key file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "bayanihan-policy-data",
  "private_key_id": "${fill('b123-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'donor-export@bayanihan-policy-data.iam.gserviceaccount.com')}",
  "client_id": "104829371650284917263",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'donor-export%40bayanihan-policy-data.iam.gserviceaccount.com')}"
}`))}

Error: "Permission denied on dataset donors_2025". Anong role ang kulang?`),
];

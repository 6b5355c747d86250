/**
 * Held-out batch 64: credentials pasted by staff of a sports-physiotherapy clinic network, a public
 * broadcaster's archive, a cement plant, a microloan app's collections team, a museum's loans and
 * registrar office and an agricultural drone start-up, in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const AWS_ID = tok('AKIA', fill('b64-akia', B32, 16));
const AWS_SECRET = fill('b64-akias', B64, 40);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'campoalto-ops', a: fill('b64-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b64-mbx', B64URL, 22));
const CISCO_HASH = tok('$9$', fill('b64-c9salt', B62, 14), '$', fill('b64-c9hash', B62 + './', 43));
const TW_SID = tok('AC', fill('b64-twsid', HEX, 32));
const TW_AUTH = fill('b64-twauth', HEX, 32);
const R2_ID = tok('AKIA', fill('b64-rcl', B32, 16));
const R2_SECRET = fill('b64-rcls', B64, 40);
const GH_FINE = tok('github_pat_', '11B', fill('b64-ghf1', UPPER + DIGITS, 19), '_', fill('b64-ghf2', B62, 59));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b64-stripe', B62, 97));
const MPESA_KEY = fill('b64-mpk', B62, 48);
const MPESA_SECRET = fill('b64-mps', B62, 64);
const MPESA_PASSKEY = fill('b64-mpp', HEX, 64);
const AT_KEY = tok('atsk_', fill('b64-atsk', HEX, 64));
const INFLUX_TOKEN = fill('b64-influx', B64URL, 86) + '==';
const BASIC_MAM = b64('archiv_ingest:Sowa-Kadr-1957!');
const TELEGRAM = tok('7391048265', ':', 'AA', fill('b64-tg', B64URL, 33));
const SENDGRID = tok('SG.', fill('b64-sg1', B64URL, 22), '.', fill('b64-sg2', B64URL, 43));
const LTAI = tok('LTAI', '5t', fill('b64-ltai', B62, 18));
const LTAI_SECRET = fill('b64-ltais', B62, 30);
const DROPBOX = tok('sl.', 'u.', 'AG', fill('b64-dbx', B64URL, 180));
const AZ_STORAGE = fill('b64-azst', B64, 86) + '==';
const OPENAI = tok('sk-', 'proj-', fill('b64-oa1', B64URL, 74), 'T3BlbkFJ', fill('b64-oa2', B64URL, 74));
const FCM = tok('AAAA', fill('b64-fcm1', B64URL, 7), ':APA91b', fill('b64-fcm2', B64URL, 134));
const RSA = pem('RSA PRIVATE KEY', 'b64-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b64-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const JWT_PHYSIO = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kx-2025-03' }, { sub: 'staff:4471', clinic: 'BKK-SUK', role: 'frontdesk', iat: 1741324800, exp: 1741411200 }, 'b64-jwtth');
const AZ_CLIENT_SECRET = tok(fill('b64-azcs0', B62, 3), '8Q~', fill('b64-azcs', B62 + '_.~-', 34));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b64-slT', UPPER + DIGITS, 8), '/', 'B07', fill('b64-slB', UPPER + DIGITS, 8), '/', fill('b64-slX', B62, 24));
const GMAPS = tok('AIza', 'Sy', fill('b64-gmaps', B64URL, 33));
const SENTRY_DSN = `https://${fill('b64-sentry', HEX, 32)}@o4508812.ingest.de.sentry.io/4508812377194576`;
const NOTION = tok('ntn_', fill('b64-ntn1', DIGITS, 11), fill('b64-ntn2', B62, 35));
const DD_API = fill('b64-ddapi', HEX, 32);
const DD_APP = fill('b64-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b64-vault', B64URL, 86));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b64-ant', B64URL, 93), 'AA');
const TEAMS = tok('https://kalkvaerk.webhook.office.com/webhookb2/', '6d1f0a83-2c47-4e95-b7d2-90a4c3e81f56@2b8e7c14-9f03-4d6a-a5e1-7c3f92d0b468/IncomingWebhook/', fill('b64-teams1', HEX, 32), '/', 'e4a97b02-1d68-4c3f-9a25-0b7e81c4d3f9/', 'V2', fill('b64-teams2', B64URL, 43));
const HF = tok('hf_', fill('b64-hf', UPPER + LOWER, 34));
const GLPAT = tok('glpat-', fill('b64-glpat', B64URL, 20));
const DOCKER_AUTH = b64('yle-arkisto-ci:Kuusi-Harmaa-2290');
const TW_SK = tok('SK', fill('b64-twsk', HEX, 32));
const TW_SK_SECRET = fill('b64-twsks', B62, 32);
const GROQ = tok('gsk_', fill('b64-groq', B62, 52));
const DO_TOKEN = tok('dop_v1_', fill('b64-dop', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b64-pmak1', HEX, 24), '-', fill('b64-pmak2', HEX, 34));
const CF_TOKEN = fill('b64-cft', B64URL, 40);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b64-rklive', B62, 97));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'rtbwqkelzmjvxnhpocsa', role: 'service_role', iat: 1733150400, exp: 2048726400 }, 'b64-supa');
const SBP = tok('sbp_', fill('b64-sbp', HEX, 40));
const GCP_PEM = pem('PRIVATE KEY', 'b64-gcp', 1218).replace(/\n/g, '\\n');
const MAILCHIMP = tok(fill('b64-mc', HEX, 32), '-us14');
const OM_BASIC = b64(`${fill('b64-omid', B62, 32)}:${fill('b64-omsec', B62, 16)}`);
const OM_TOKEN = fill('b64-omtok', B62, 28);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b64-atl', B64URL, 171), '=', fill('b64-atl2', HEX.toUpperCase(), 8));
const PPK_PRIV = b64Bytes('b64-ppk', 48);
const AIRTABLE = tok('pat', fill('b64-at1', B62, 14), '.', fill('b64-at2', HEX, 64));
const SAS_SIG = `${fill('b64-sas1', B62, 17)}%2F${fill('b64-sas2', B62, 11)}%2B${fill('b64-sas3', B62, 14)}%3D`;
const NPM = gh('npm', fill('b64-npm', B62, 30));

export const BATCH64_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our flight-log ingest Lambda works locally but in AWS it keeps using these hard-coded values instead of the execution role. This is the .env that got bundled into the zip:

${amb('source_code.snippet', f`# ingest-flightlogs/.env
STAGE=prod
AWS_REGION=us-east-2
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AWS_ID)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
TILES_BUCKET=campoalto-ndvi-tiles
MAPBOX_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)}
MAX_FLIGHT_AGE_DAYS=30`)}

How do I make boto3 prefer the role, and should I worry that the zip is in our shared S3 bucket?`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a redactar un aviso corto para los gestores de cobranza del turno de la tarde? Ya quedó el acceso nuevo al panel de cobranza: usuario cobranza_gdl02 y la contraseña es ${v('credential.password_in_prose', 'Tlaquepaque#Cobro25')} — que la cambien al entrar y que NO la pasen por WhatsApp. Tono amable pero firme porfa.`),

  rec('network_config_de', f`Moin, vom Leitstand aus komme ich per SSH nicht mehr auf den Switch am Ofen 2, Telnet geht aber. Hier die Konfig (gekürzt):

${amb('source_code.snippet', f`hostname SW-OFEN2-01
!
enable secret 9 ${ambCat('credential', CISCO_HASH)}
username wartung privilege 15 password 0 ${v('credential.network_device_secret', 'Klinker!Ofen2-2019')}
!
ip domain-name zw-lengfurt.local
ip ssh version 2
!
interface Vlan20
 description PROZESS-OFEN2
 ip address ${amb('pii.ip_address', '10.20.4.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'zementRW_ofen')} RW
line vty 0 4
 transport input telnet
 login local`)}

Was fehlt für SSH? Und muss ich das Passwort vom Wartungsuser jetzt tauschen, wenn ich das hier poste?`, 'Cisco type-9 hash: ambiguous per the conventions; the type-0 password and the SNMP RW community are labelled; the subnet mask is a dotted quad, marked ambiguous like IP addresses'),

  rec('code_python_pt', f`esse script de lembrete de parcela tá mandando SMS duplicado pra alguns clientes, consegue achar o bug?

\`\`\`python
${code(f`import csv
from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def enviar_lembretes(caminho):
    with open(caminho, newline="", encoding="utf-8") as f:
        for linha in csv.DictReader(f):
            if int(linha["dias_atraso"]) >= 3:
                for tel in linha["telefones"].split(";"):
                    client.messages.create(
                        to=tel.strip(),
                        from_="MicroCred",
                        body=f"Olá {linha['nome']}, sua parcela de R$ {linha['valor']} venceu. Pague pelo app.",
                    )`)}
\`\`\``),

  rec('rclone_fr', f`Bonjour, rclone copie nos rushes numérisés vers le bucket d'archive mais plante au bout de 20 minutes avec « SignatureDoesNotMatch ». Voici ma conf :

${amb('source_code.snippet', f`[archives-froid]
type = s3
provider = AWS
access_key_id = ${v('credential.aws_access_key_id', R2_ID)}
secret_access_key = ${v('credential.aws_secret_access_key', R2_SECRET)}
region = eu-west-3
storage_class = DEEP_ARCHIVE
upload_cutoff = 200Mi
chunk_size = 64Mi`)}

La commande : rclone copy /mnt/numerisation/U-matic/ archives-froid:ina-froid/umatic --transfers 8. C'est l'horloge du serveur ?`),

  rec('chat_ja', f`貸出先の美術館に送るメールを、もう少し丁寧なビジネス日本語に直してもらえますか。

「作品の状態調書と写真は共有フォルダにあります。URLは別途お送りします。ログインIDは loans-shared、パスワードは ${v('credential.password_in_prose', 'Ukiyoe_Kura2025')} です。展示終了後にパスワードは変更します。」

よろしくお願いします。`),

  rec('git_ko', f`CI 서버에서 push하면 403이 나요. git remote -v 결과입니다:

origin\thttps://campoalto-ci:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/campoalto/spray-planner.git (fetch)
origin\thttps://campoalto-ci:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/campoalto/spray-planner.git (push)

fine-grained 토큰에 Contents 권한은 read로만 줬는데 그게 원인일까요?`),

  rec('code_ts_it', f`Ciao, il webhook delle prenotazioni della clinica non incassa le sedute con carta salvata. Ecco il servizio:

${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}', { apiVersion: '2024-06-20' });

export async function addebitaSeduta(pazienteId: string, importoCent: number, pmId: string) {
  const cliente = await trovaCliente(pazienteId);
  return stripe.paymentIntents.create({
    amount: importoCent,
    currency: 'eur',
    customer: cliente.stripeId,
    payment_method: pmId,
    off_session: true,
    confirm: true,
    description: \`Seduta fisioterapia \${pazienteId}\`,
  });
}`)}

L'errore è "authentication_required". Devo gestire il 3DS anche off-session?`),

  rec('env_sw', f`Habari timu, STK push inarudisha "Invalid Access Token" kwenye production tangu jana. Sandbox inafanya kazi. Hii ndiyo .env ya huduma ya malipo:

${amb('source_code.snippet', f`MPESA_ENV=production
MPESA_SHORTCODE=4128837
MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', MPESA_KEY)}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', MPESA_SECRET)}
MPESA_PASSKEY=${v('credential.generic_secret_assignment', MPESA_PASSKEY)}
MPESA_CALLBACK_URL=https://api.pesaharaka.co.ke/mpesa/callback
AT_USERNAME=pesaharaka
AT_API_KEY=${v('credential.generic_secret_assignment', AT_KEY)}`)}

Is it the shortcode or the keys? Please explain in simple English.`),

  rec('docker_compose_nl', f`Goedemorgen, na een herstart van de historian-VM komt Grafana niet meer op. Dit is onze compose file voor de procesdata van de draaioven:

${amb('source_code.snippet', f`services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: procesdata
      DOCKER_INFLUXDB_INIT_PASSWORD: ${v('credential.password_assignment', 'Draaioven-Maas-77')}
      DOCKER_INFLUXDB_INIT_ORG: cementfabriek
      DOCKER_INFLUXDB_INIT_BUCKET: oven2
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${v('credential.generic_secret_assignment', INFLUX_TOKEN)}
    volumes: [influx-data:/var/lib/influxdb2]
  grafana:
    image: grafana/grafana:11.2.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'Klinker2024!')}
    depends_on: [influxdb]`)}

Logs zeggen "database is locked". Moet het volume anders?`),

  rec('curl_pl', f`Cześć, API naszego systemu MAM w archiwum zwraca 401 tylko z serwera digitalizacji, z mojego laptopa działa. Wywołanie:

curl -s -X POST "https://mam.archiwum.local/api/v2/assets/ingest" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_MAM)}" \\
  -H "Content-Type: application/json" \\
  -d '{"sygnatura":"TVP-ARCH-1987-0442","nosnik":"Betacam SP","czas":"00:52:14:08"}'

Czy to może być proxy, które wycina nagłówek Authorization?`),

  rec('code_python_tr', f`İlaçlama görevi bitince Telegram grubuna bildirim atan bot çalışıyor ama fotoğraflar gitmiyor:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183746591

def gorev_bitti(tarla: str, hektar: float, harita_png: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}"
    requests.post(f"{url}/sendMessage", data={"chat_id": CHAT_ID, "text": f"{tarla}: {hektar:.1f} ha ilaçlandı"})
    with open(harita_png, "rb") as fh:
        requests.post(f"{url}/sendPhoto", data={"chat_id": CHAT_ID}, files={"document": fh})`)}

Hata yok, sadece fotoğraf gelmiyor.`),

  rec('chat_ar_eg', f`يا جماعة رسايل التذكير بالقسط مش بتوصل للعملاء من امبارح، والـ dashboard بتاع SendGrid بيقول "blocked". ده المفتاح اللي في السيرفر: ${v('credential.sendgrid_api_key', SENDGRID)}
هل المشكلة في الدومين ولا في المفتاح نفسه؟ ومحتاج أكتب رد للعملاء اللي اشتكوا.`),

  rec('shell_ru', f`Подскажите, почему отчёт по расходу топлива на печи падает по таймауту? Запускаю так:

${amb('source_code.snippet', f`$ psql "postgresql://scada_ro:${v('credential.database_url_password', 'Izvest-Pech2!')}@${amb('pii.ip_address', '10.30.1.15')}:5432/historian" \\
    -c "select date_trunc('hour', ts), avg(coal_tph) from kiln2_feed where ts > now() - interval '30 days' group by 1 order by 1"
psql: error: connection to server at "${amb('pii.ip_address', '10.30.1.15')}", port 5432 failed: timeout expired`)}

С сервера АСУ ТП подключение есть, с офисной сети — нет.`),

  rec('code_java_zh', f`这个上传多光谱影像到 OSS 的方法在大文件时会 OOM，帮我看看怎么改成分片上传：

${code(f`public class ImageUploader {
    private static final String ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', LTAI)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', LTAI_SECRET)}";

    public void upload(String bucket, Path tif) throws IOException {
        OSS client = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        byte[] data = Files.readAllBytes(tif);
        client.putObject(bucket, "multispectral/" + tif.getFileName(), new ByteArrayInputStream(data));
        client.shutdown();
    }
}`)}`),

  rec('chat_zh_tw', f`我們登錄處的藏品圖檔同步腳本每天早上都會失敗，錯誤是 expired_access_token。腳本裡寫死的是這個 Dropbox token：
${v('credential.dropbox_access_token', DROPBOX)}
是不是要改用 refresh token？麻煩用繁體中文解釋，主管看不懂英文。`),

  rec('appsettings_he', f`שלום, שירות ההעלאה של הארכיון לא מצליח לכתוב ל-Blob מאז שהעברנו אותו לשרת חדש. זה קובץ ההגדרות:

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=archivemedia01;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "digitized-reels"
  },
  "Ingest": { "MaxParallel": 4 }
}`)}

השגיאה: 403 This request is not authorized to perform this operation. האם זה קשור לחומת האש של חשבון האחסון?`),

  rec('code_python_fa', f`سلام، این کد خلاصهٔ گزارش NDVI هر مزرعه را با GPT می‌سازد ولی برای فایل‌های بزرگ خطای context length می‌دهد. چطور تکه‌تکه‌اش کنم؟

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def kholase(report_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You summarise crop-health reports for farmers in Persian."},
            {"role": "user", "content": report_text},
        ],
    )
    return resp.choices[0].message.content`)}`),

  rec('code_php_hi', f`भाई, EMI रिमाइंडर वाला push notification Android पर आ रहा है पर iOS पर नहीं। ये हमारा पुराना PHP कोड है:

${code(f`<?php
define('FCM_SERVER_KEY', '${v('credential.firebase_fcm_server_key', FCM)}');

function emiReminder(string $deviceToken, string $naam, int $rakam): string {
    $payload = [
        'to' => $deviceToken,
        'notification' => ['title' => 'EMI due', 'body' => "$naam ji, ₹$rakam ki EMI kal due hai"],
    ];
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . FCM_SERVER_KEY, 'Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}`)}

क्या HTTP v1 पर जाना ज़रूरी है?`),

  rec('chat_vi', f`Chào bạn, bên bảo hiểm tác phẩm yêu cầu chúng tôi gửi biên bản tình trạng qua SFTP của họ. Họ gửi file key này nhưng WinSCP báo không nhận. Làm sao chuyển key này sang định dạng PPK?

${v('credential.private_key', RSA)}

Cảm ơn nhiều!`),

  rec('chat_id', f`Halo, deploy peta hasil penyemprotan ke server staging gagal di GitHub Actions dengan "Permission denied (publickey)". Isi secret DEPLOY_KEY yang saya pasang:

${v('credential.openssh_private_key', OSSH)}

Apakah harus ada baris kosong di akhir? Di laptop saya key ini jalan.`),

  rec('log_th', f`ระบบนัดหมายคลินิกสาขาสุขุมวิทขึ้น 401 ตอนพนักงานหน้าร้านกดยืนยันคิว ช่วยดู log ให้หน่อยค่ะ

${amb('source_code.snippet', f`2025-03-07T09:14:22+07:00 INFO  booking-api POST /v1/appointments/8841/confirm
2025-03-07T09:14:22+07:00 DEBUG booking-api headers: {"authorization":"Bearer ${v('credential.jwt', JWT_PHYSIO)}","x-clinic":"BKK-SUK"}
2025-03-07T09:14:22+07:00 WARN  booking-api token rejected: kid kx-2025-03 not found in JWKS`)}

ทำไม kid ถึงหาไม่เจอคะ`),

  rec('shell_history_cs', f`Ahoj, laboratoř si stěžuje, že export výsledků pevnosti v tlaku do Excelu nefunguje. Z historie na jejich PC:

${amb('source_code.snippet', f`412  cd C:\\lab\\export
413  mysql -h ${amb('pii.ip_address', '10.40.2.8')} -u lab_qc -p${v('credential.mysql_cli_password', 'Pevnost28d!')} lims -e "select * from cube_tests where tested_on >= '2025-02-01'" > krychle.tsv
414  python tsv2xlsx.py krychle.tsv`)}

Výsledek je prázdný soubor, ale v LIMS data jsou. Je problém v uvozovkách ve Windows?`),

  rec('yaml_sk', f`Dobrý deň, prenos digitalizovaných filmových pásov k externému dodávateľovi sa zasekne vždy pri súboroch nad 50 GB. Konfigurácia prenosu:

${amb('source_code.snippet', f`transfers:
  - name: film-35mm-dodavatel
    source: /archiv/film/scan-4k/
    target: sftp://stv_archiv:${v('credential.url_password', 'Tatry-Negativ-35mm')}@sftp.filmlab-partner.sk:2222/incoming/
    parallel: 2
    verify: sha256
    resume: false`)}

Pomohlo by zapnúť resume?`),

  rec('json_hu', f`Sziasztok, a gyűjteménykezelő portál Azure AD bejelentkezése „AADSTS7000215: Invalid client secret” hibát ad. Ez az appsettings.json:

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "3c81e0f4-7a29-4b6d-9e52-1f0d8c4a7b93",
    "ClientId": "a94d2e17-5c38-4f01-b6e8-72d0c19f3a45",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}",
    "CallbackPath": "/signin-oidc"
  },
  "Kolcsonzes": { "AlapertelmezettBiztositas": "szoggtol-szogig" }
}`)}

A titkot tegnap másoltam be, lehet, hogy a Secret ID-t adtam meg a Value helyett?`),

  rec('code_bash_ro', f`Salut, scriptul care trimite rezumatul zilnic de recuperări pe Slack rulează din cron, dar mesajul apare de două ori. Poți să te uiți?

${code(f`#!/usr/bin/env bash
set -euo pipefail
WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
ZI=$(date -d yesterday +%F)
TOTAL=$(psql -At -c "select coalesce(sum(suma),0) from incasari where data = '$ZI'")
RESTANTI=$(psql -At -c "select count(*) from credite where zile_intarziere > 30")
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Recuperări $ZI: $TOTAL RON încasați, $RESTANTI credite >30 zile\\"}" "$WEBHOOK"`)}

crontab: 0 8 * * * /opt/colectari/raport.sh`),

  rec('code_html_sl', f`Zemljevid naših fizioterapevtskih ambulant se na mobilni strani ne prikaže, na namizju pa deluje. Koda:

${code(f`<div id="zemljevid" style="height:420px"></div>
<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('zemljevid'), { center: { lat: 46.0569, lng: 14.5058 }, zoom: 8 });
    AMBULANTE.forEach((a) => new google.maps.Marker({ position: a.pos, map, title: a.ime }));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initMap"></script>`)}

Ali je treba ključ omejiti na domeno?`),

  rec('code_dart_hr', f`Bok, Sentry ne prima nikakve greške iz aplikacije za pilote dronova, iako namjerno bacam iznimku:

${code(f`Future<void> main() async {
  await SentryFlutter.init(
    (options) {
      options.dsn = '${v('credential.sentry_dsn', SENTRY_DSN)}';
      options.environment = 'field';
      options.tracesSampleRate = 0.3;
    },
    appRunner: () => runApp(const PilotApp()),
  );
}`)}

Je li problem što je DSN na .de regiji?`),

  rec('chat_sr', f`Здраво, правим интеграцију између табеле позајмица музеја и Notion базе. Ово је токен који ми је колега послао: ${v('credential.notion_token', NOTION)}
Добијам "object_not_found" иако база постоји. Да ли треба да делим базу са интеграцијом? Одговори на српском, ћирилицом.`),

  rec('helm_bg', f`Здравейте, агентът на Datadog в клъстера на приложението за микрокредити не праща логове. values.yaml:

${amb('source_code.snippet', f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.eu
  logs:
    enabled: true
    containerCollectAll: false
  clusterName: zaemi-prod-sof`)}

Трябва ли containerCollectAll да е true?`),

  rec('shell_uk', f`Привіт! Не можу прочитати пароль до FTP оцифрування з Vault, хоча токен свіжий:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.arkhiv.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/digitization/ftp
Error reading secret/data/digitization/ftp: Error making API request.
Code: 403. Errors:
* 1 error occurred:
\t* permission denied`)}

Яку політику треба додати, щоб читати лише цей шлях?`),

  rec('chat_el', f`Γεια σου, θέλω να φτιάξω ένα εργαλείο που θα συνοψίζει τις σημειώσεις αποκατάστασης των αθλητών μας. Δοκίμασα με το κλειδί ${v('credential.anthropic_api_key', ANTHROPIC)} αλλά παίρνω 429 rate_limit_error ήδη από το δεύτερο αίτημα. Είναι θέμα tier;`),

  rec('code_powershell_da', f`Hej, vores script der sender alarmer fra ovn 3 til Teams holdt op med at virke i går:

${code(f`$Webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$alarmer = Import-Csv "\\\\scada-hist\\export\\alarmer_ovn3.csv" | Where-Object { $_.Prioritet -le 2 }
foreach ($a in $alarmer) {
    $tekst = "Ovn 3: $($a.Tag) = $($a.Vaerdi) ($($a.Tidspunkt))"
    Invoke-RestMethod -Uri $Webhook -Method Post -ContentType 'application/json; charset=utf-8' -Body (@{ text = $tekst } | ConvertTo-Json)
}`)}

Fejlen er "403 Forbidden". Skal vi over på Workflows?`),

  rec('notebook_nb', f`Hei! Notebooken for å trene ugressmodellen på dronebildene feiler når den skal laste opp til Hugging Face:

${amb('source_code.snippet', f`In [3]:
from huggingface_hub import login, HfApi
login(token="${v('credential.huggingface_token', HF)}")
api = HfApi()
api.upload_folder(folder_path="runs/ugress-v4", repo_id="campoalto/ugress-seg", repo_type="model")

Out[3]: HfHubHTTPError: 403 Forbidden: You don't have the rights to create a model under the namespace "campoalto".`)}

Må tokenet ha write-rettigheter i organisasjonen?`),

  rec('chat_sv', f`Hej, vår GitLab-pipeline för inkassotjänsten kan inte hämta det privata paketet längre. Jag har lagt in ${v('credential.gitlab_pat', GLPAT)} som CI-variabel GITLAB_PKG_TOKEN men får 401. Räcker scope read_api eller måste det vara read_package_registry?`),

  rec('docker_config_fi', f`Moi, arkiston transkoodauspalvelin ei saa enää vedettyä imagea yksityisestä rekisteristä. ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.arkisto-media.fi": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Virhe: "unauthorized: authentication required". Salasana vaihdettiin viime viikolla, pitääkö auth-kenttä luoda uudelleen?`),

  rec('code_js_ms', f`Hai, saya nak hantar SMS peringatan temujanji fisioterapi guna Twilio API key, tapi dapat ralat 20003:

${code(f`const twilio = require('twilio');

const client = twilio('${v('credential.twilio_api_key', TW_SK)}', '${v('credential.generic_secret_assignment', TW_SK_SECRET)}', {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
});

async function peringatan(temujanji) {
  return client.messages.create({
    to: temujanji.telefon,
    messagingServiceSid: process.env.TWILIO_MSG_SID,
    body: \`Peringatan: sesi fisioterapi anda esok jam \${temujanji.masa} di \${temujanji.cawangan}.\`,
  });
}`)}

Adakah ACCOUNT_SID dalam env salah?`),

  rec('chat_tl', f`Pa-rephrase naman nito para sa GC ng mga collector, medyo bastos kasi pagkakasulat ko: "Guys yung bagong login sa collections CRM, username niyo yung employee ID niyo tapos yung temporary password ay ${v('credential.password_in_prose', 'Bayad2025!Agad')}. Palitan niyo agad ha, bawal i-screenshot."`),

  rec('chat_bn', f`আমাদের কালেকশন টিমের কল সামারি বানানোর জন্য Groq ব্যবহার করছি। এই কী দিয়ে চালালে 401 invalid_api_key আসছে: ${v('credential.groq_api_key', GROQ)}
কী-টা কি অন্য প্রজেক্টের? বাংলায় বুঝিয়ে দিন প্লিজ।`),

  rec('ticket_mr', f`तिकीट #CP-2291 – QC लॅबचा LIMS लॉगिन चालत नाही

नमस्कार, शिफ्ट B मधील लॅब असिस्टंटना LIMS मध्ये लॉगिन करता येत नाही. त्यांनी वापरलेले:
user: qc_lab_b / pass: ${v('credential.user_password_pair', 'Chuna@Bhatti88')}
त्रुटी: "Account locked after 5 failed attempts". कृपया अनलॉक करण्याची प्रक्रिया मराठीत सांगा.`),

  rec('tfvars_ta', f`வணக்கம், ட்ரோன் படங்களைச் செயலாக்கும் சர்வரை DigitalOcean-இல் Terraform மூலம் உருவாக்க முயல்கிறேன். terraform.tfvars:

${amb('source_code.snippet', f`do_token     = "${v('credential.digitalocean_token', DO_TOKEN)}"
region       = "blr1"
droplet_size = "c-8"
image        = "ubuntu-24-04-x64"
ssh_key_ids  = [41827365]`)}

"Error: Error creating droplet: POST 422 size is not available in this region" என்று வருகிறது. என்ன செய்வது?`),

  rec('chat_te', f`హాయ్, మా ఫిజియోథెరపీ క్లినిక్ బుకింగ్ API టెస్ట్‌ల కోసం Postman collection ని CI లో newman తో రన్ చేయాలి. Postman API key ఇది: ${v('credential.postman_api_key', POSTMAN)}
collection ని URL తో ఎలా తెచ్చుకోవాలి? స్టెప్స్ తెలుగులో చెప్పండి.`),

  rec('curl_kn', f`ನಮಸ್ಕಾರ, ಆರ್ಕೈವ್ ವೆಬ್‌ಸೈಟ್‌ನಲ್ಲಿ ಹೊಸ ಡಿಜಿಟೈಸ್ ಮಾಡಿದ ರೇಡಿಯೋ ಕಾರ್ಯಕ್ರಮಗಳು ಕಾಣಿಸುತ್ತಿಲ್ಲ. ಕ್ಯಾಶ್ ಪರ್ಜ್ ಮಾಡಲು ಇದನ್ನು ಓಡಿಸಿದೆ:

${amb('source_code.snippet', f`curl -X POST "https://api.cloudflare.com/client/v4/zones/9f1c3e7a5b2d4c6e8a0f1b3d5e7c9a2b/purge_cache" \\
  -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  --data '{"prefixes":["archive.example-radio.in/akashvani/1970s/"]}'`)}

ಉತ್ತರ: "Authentication error" (code 10000). ಟೋಕನ್‌ಗೆ ಯಾವ ಅನುಮತಿ ಬೇಕು?`),

  rec('yaml_ur', f`السلام علیکم، قسطوں کی ادائیگی والی سروس میں refund کا endpoint "permission_error" دے رہا ہے۔ یہ config ہے:

${amb('source_code.snippet', f`payments:
  provider: stripe
  restricted_key: ${v('credential.stripe_restricted_key', RK_LIVE)}
  allow_refunds: true
  currency: pkr
  statement_descriptor: QARZ-ASAN`)}

کیا restricted key میں refunds کی اجازت الگ سے دینی پڑتی ہے؟ اردو میں بتائیں۔`),

  rec('chat_am', f`ሰላም፣ ለሚመጡት የውጭ ሙዚየም ተላላኪዎች (couriers) የእንግዳ Wi-Fi መረጃ የያዘ አጭር የእንኳን ደህና መጣችሁ ማስታወሻ በእንግሊዝኛ ጻፍልኝ። ኔትወርክ: Museum-Guest፣ የይለፍ ቃል: ${v('credential.password_in_prose', 'Lucy-Axum1974')}። የመጋዘን በር ኮድ አታስገባ።`),

  rec('env_es_ar', f`Che, ¿por qué el panel de turnos de los kinesiólogos ve los datos de todas las sedes? Creo que es por la key que usamos en el front. Fijate el .env del proyecto:

${amb('source_code.snippet', f`VITE_SUPABASE_URL=https://rtbwqkelzmjvxnhpocsa.supabase.co
VITE_SUPABASE_KEY=${v('credential.jwt', SUPA_JWT)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SBP)}
VITE_SEDE_DEFAULT=palermo`)}

¿Tengo que usar la anon key en el front y mover esta al backend?`),

  rec('gcp_sa_es_ec', f`Hola, el servicio que sube los ortomosaicos a BigQuery dice "invalid_grant: Invalid JWT Signature". Esta es la llave que descargué de la consola:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "agrodron-ec",
  "private_key_id": "${fill('b64-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'ortomosaicos@agrodron-ec.iam.gserviceaccount.com')}",
  "client_id": "108273645190283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'ortomosaicos%40agrodron-ec.iam.gserviceaccount.com')}"
}`))}

¿Puede ser la hora del servidor en Quito?`),

  rec('chat_pt_pt', f`Olá! Queria automatizar o envio da newsletter das exposições a partir da folha de cálculo dos empréstimos. A chave do Mailchimp da conta do museu é ${v('credential.mailchimp_api_key', MAILCHIMP)}. Consegue escrever-me um script em Python que cria a campanha a partir de um modelo? Obrigada.`),

  rec('yaml_fr_ca', f`Allô, l'intégration entre notre logiciel de rendez-vous et le système de facturation de la clinique de physio plante depuis la mise à jour. Voici le fichier de config :

${amb('source_code.snippet', f`facturation:
  url: https://facturation.physiomontreal.local/api
  utilisateur: integration_rdv
  password: ${v('credential.password_assignment', 'Erable-Genou-2025')}
  delai_secondes: 30
rendez_vous:
  fuseau: America/Toronto`)}

Le message d'erreur est « 401 Unauthorized » mais le mot de passe a pas changé, je pense.`),

  rec('curl_fr_ci', f`Bonjour, pour les remboursements via Orange Money l'appel de jeton marche mais le paiement retourne 401. Voici ce que je fais :

${amb('source_code.snippet', f`curl -X POST https://api.orange.com/oauth/v3/token \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', OM_BASIC)}" \\
  -d "grant_type=client_credentials"
{"token_type":"Bearer","access_token":"${v('credential.generic_secret_assignment', OM_TOKEN)}","expires_in":7776000}

curl -X POST https://api.orange.com/orange-money-webpay/ci/v1/webpayment \\
  -H "Authorization: Bearer ${v('credential.bearer_token', OM_TOKEN)}" \\
  -H "Content-Type: application/json" -d @paiement.json`)}

Est-ce que l'URL pour la Côte d'Ivoire est la bonne ?`),

  rec('curl_de_ch', f`Grüezi, unser Export der Digitalisierungsaufträge aus Jira liefert seit Montag 401. Aufruf vom Archivserver:

${amb('source_code.snippet', f`curl -s -u ${v('pii.email', 'digitalisierung@srg-archiv-partner.ch')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://archiv-digital.atlassian.net/rest/api/3/search?jql=project=DIG+AND+status=%22In+Digitalisierung%22&maxResults=200"`)}

Braucht es neu einen API-Token mit Ablaufdatum?`),

  rec('ppk_uk', f`Our kiln data historian only accepts SFTP with this key, and WinSCP on the new control-room PC says "Unable to use key file (OpenSSH SSH-2 private key (new format))". Here's the PPK our integrator left us, could you tell me whether it's the right format?

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: historian-sftp@kiln-ctrl
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIC${fill('b64-ppkpub', B64, 42)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b64-ppkmac', HEX, 64)}`),

  rec('code_python_ca', f`Registrar's office here. This script pulls outgoing loans from our Airtable base into the condition-report template, but it only returns the first 100 rows:

${code(f`import requests

AIRTABLE_TOKEN = "${v('credential.airtable_pat', AIRTABLE)}"
BASE = "appR7kd2Lw9QxM4tz"
TABLE = "Outgoing%20Loans"

def outgoing_loans():
    r = requests.get(
        f"https://api.airtable.com/v0/{BASE}/{TABLE}",
        headers={"Authorization": f"Bearer {AIRTABLE_TOKEN}"},
        params={"view": "Active", "pageSize": 100},
    )
    r.raise_for_status()
    return r.json()["records"]`)}

How do I page through the rest?`),

  rec('chat_yue', f`喂，幫手寫封短訊畀外判飛手，話佢知部 DJI 嘅帳號已經開咗：登入名係 campoalto.hk.pilot，個密碼係 ${v('credential.password_in_prose', 'Tai-Po-Spray2025')}，叫佢第一次登入就改咗佢。用廣東話口語寫，唔好太官腔。`),

  rec('chat', f`The transfer vendor says our delivery link for the 1970s newsreel scans returns AuthenticationFailed. This is the link we sent them yesterday:

https://pbarchivedelivery.blob.core.windows.net/newsreels/batch-0412.zip?sv=2023-11-03&sr=b&sp=r&st=2025-03-10T08:00:00Z&se=2025-03-24T23:59:59Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}

Could the problem be that I generated it with my user delegation and then my session expired?`),

  rec('npmrc_ph', f`Our collections dashboard build on the Jenkins box suddenly can't install our private UI package. .npmrc in the repo:

${amb('source_code.snippet', f`@bayadali:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Error is E404 on @bayadali/ui-kit. Is the token for the wrong org or should I use a granular token?`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),
];

/**
 * Held-out batch 105: credentials pasted by staff of a toll-road operator's back office, a podiatry
 * clinic network, a public pension fund, a mountain rescue service, a biotech lab-informatics team
 * and a second-hand bookshop chain: configs, code, shells, chats and tickets. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b105-akia', B32, 16));
const AKIA_SECRET = fill('b105-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b105-akia2', B32, 16));
const AKIA2_SECRET = fill('b105-akia2s', B64, 40);
const GHP = gh('ghp', fill('b105-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b105-ghf1', UPPER + DIGITS, 19), '_', fill('b105-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b105-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4817263950', '2-', '6038172945617-', fill('b105-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KX8M2Q', '/', 'B07', fill('b105-slh1', UPPER + DIGITS, 8), '/', fill('b105-slh2', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b105-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b105-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b105-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b105-oai1', B64URL, 74), 'T3BlbkFJ', fill('b105-oai2', B64URL, 74));
const OPENAI2 = tok('sk-proj-', fill('b105-oai3', B64URL, 74), 'T3BlbkFJ', fill('b105-oai4', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b105-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b105-hf', B62, 34));
const HF2 = tok('hf_', fill('b105-hf2', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b105-gapi', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b105-gocspx', B64URL, 28));
const AZ_STORAGE = `${fill('b105-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b105-azc1', B62, 3), '8Q~', fill('b105-azc2', B62 + '~._-', 34));
const SAS_SIG = `${fill('b105-sas1', B62, 16)}%2F${fill('b105-sas2', B62, 18)}%2B${fill('b105-sas3', B62, 8)}%3D`;
const TWILIO_SID = tok('AC', fill('b105-twsid', HEX.toLowerCase(), 32));
const TWILIO_TOKEN = fill('b105-twtok', HEX.toLowerCase(), 32);
const TWILIO_SK = tok('SK', fill('b105-twsk', HEX.toLowerCase(), 32));
const TWILIO_SK_SECRET = fill('b105-twsks', B62, 32);
const SENDGRID = tok('SG.', fill('b105-sg1', B64URL, 22), '.', fill('b105-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b105-mg', HEX.toLowerCase(), 32));
const TELEGRAM = tok('7318402956', ':AA', fill('b105-tg', B64URL, 32));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1268419375028461730', '/', fill('b105-dsc', B64URL, 68));
const NPM = gh('npm', fill('b105-npm', B62, 30));
const DCKR = tok('dckr_', 'pat_', fill('b105-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b105-shpat', HEX.toLowerCase(), 32));
const POSTMAN = tok('PMAK-', fill('b105-pm1', HEX.toLowerCase(), 24), '-', fill('b105-pm2', HEX.toLowerCase(), 34));
const LINEAR = tok('lin_api_', fill('b105-lin', B62, 40));
const SENTRY_KEY = fill('b105-sentry', HEX.toLowerCase(), 32);
const DD_API = fill('b105-ddapi', HEX.toLowerCase(), 32);
const VAULT = tok('hvs.', fill('b105-vault', B62 + '_-', 90));
const DATABRICKS = tok('dapi', fill('b105-dapi', HEX.toLowerCase(), 32), '-3');
const DO_TOKEN = tok('dop_v1_', fill('b105-dop', HEX.toLowerCase(), 64));
const CF_TOKEN = fill('b105-cft', B62 + '_-', 40);
const OKTA = tok('00', fill('b105-okta', B62 + '-_', 40));
const AIRTABLE = tok('pat', fill('b105-at1', B62, 14), '.', fill('b105-at2', HEX.toLowerCase(), 64));
const ALIBABA_ID = tok('LTAI', '5t', fill('b105-ltai', B62, 18));
const ALIBABA_SECRET = fill('b105-alisec', B62, 30);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'landsar-ops', a: fill('b105-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b105-mbx', B64URL, 22));
const FACEBOOK = tok('EAA', 'Jm8ZCq', fill('b105-fb', B62, 160));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b105-pypi', B64URL, 150));
const DOCKER_AUTH = b64('kletterbuch-ci:' + fill('b105-dockpw', B62, 20));
const JWT_TOLL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'toll-enf-2025' }, { sub: 'svc-anpr-review', aud: 'https://enforcement.api.autoput-sever.rs', scope: 'cases:read cases:write', iat: 1746093521, exp: 1746097121 }, 'b105-jwt1');
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'pqxkrwzblmvodyfhetna', role: 'service_role', iat: 1739112044, exp: 2054688044 }, 'b105-supa');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b105-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b105-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b105-sapem', 1216, '\\n');
const PPK_PUB = (b64Bytes('b105-ppkpub', 279).match(/.{1,64}/g) ?? []).join('\n');
const PPK_PRIV = (b64Bytes('b105-ppkpriv', 656).match(/.{1,64}/g) ?? []).join('\n');
const PPK = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key-20250211-pfrda-sftp\nPublic-Lines: ${PPK_PUB.split('\n').length}\n${PPK_PUB}\nPrivate-Lines: ${PPK_PRIV.split('\n').length}\n${PPK_PRIV}\nPrivate-MAC: ${fill('b105-ppkmac', HEX.toLowerCase(), 64)}`;
const DB_PW_TOLL = 'Tr4nsp0nder!Maut#24';
const GENERIC_HEX = fill('b105-np', HEX.toLowerCase(), 32);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH105_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`The ANPR image worker on the M-route back office keeps failing to upload plate crops to S3 after we rotated keys. Here's the .env from the box, what's wrong?

${cfg(f`# anpr-worker/.env  (billing & enforcement, prod)
AWS_REGION=eu-west-2
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
PLATE_BUCKET=tollco-anpr-crops-prod
DATABASE_URL=postgresql://anpr_rw:${v('credential.database_url_password', 'Gantry-Nine-Lanes-77')}@pg-billing.internal:5432/tolling
PCN_THRESHOLD_DAYS=14`)}

Error is SignatureDoesNotMatch.`),

  rec('code_python', f`Hallo, unser Abgleichskript für die Kennzeichen aus dem Mautportal bricht ab mit "connection refused". Kannst du mal drüberschauen?

\`\`\`python
${code(f`import psycopg2
import csv

conn = psycopg2.connect(
    host="${amb('pii.ip_address', '10.42.17.8')}",
    dbname="maut_abrechnung",
    user="abgleich",
    password="${v('credential.password_assignment', DB_PW_TOLL)}",
)

with open("kennzeichen_export.csv", newline="") as fh:
    for row in csv.DictReader(fh, delimiter=";"):
        with conn.cursor() as cur:
            cur.execute("SELECT offen FROM forderungen WHERE kennzeichen = %s", (row["kz"],))
            print(row["kz"], cur.fetchone())`)}
\`\`\``),

  rec('email_fr', f`Objet : accès logiciel de prise de RDV – cabinet de podologie Lyon 3

Bonjour Mathilde,

Comme convenu ce matin, voici les accès pour le remplacement de la semaine prochaine : identifiant "podo.lyon3.secretariat", le mot de passe est ${v('credential.password_in_prose', 'Semelle!Orthese2025')} (à changer à la première connexion, normalement).

Bonne journée,
Clémence – Centre de podologie et chirurgie du pied

Peux-tu reformuler ce mail de façon plus professionnelle ?`),

  rec('code_python', f`研究室のLIMSからシーケンスのメタデータを引っ張ってきて要約するスクリプトです。Hugging Face のモデルが403で落ちます。原因わかりますか？

${code(f`from huggingface_hub import login
from transformers import AutoTokenizer, AutoModel

login(token="${v('credential.huggingface_token', HF)}")
tok = AutoTokenizer.from_pretrained("biolab-internal/protein-embed-v2")
model = AutoModel.from_pretrained("biolab-internal/protein-embed-v2")

def embed(seq: str):
    ids = tok(seq, return_tensors="pt")
    return model(**ids).last_hidden_state.mean(dim=1)`)}`),

  rec('curl', f`중고서점 온라인몰 재고 동기화가 어제부터 안 돼요. 이 요청이 401을 돌려줍니다:

${cfg(f`curl -X GET "https://heonchaek-books.myshopify.com/admin/api/2024-10/inventory_levels.json?location_ids=71839204512" \\
  -H "X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHPAT)}" \\
  -H "Content-Type: application/json"`)}

토큰 권한 문제인가요?`),

  rec('code_js', f`Oye, en la librería de viejo usamos este endpoint para cobrar los pedidos del marketplace. Desde el lunes Stripe nos devuelve "api_key_expired" pero la llave es nueva. ¿Qué hago mal?

${code(f`const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

async function cobrarPedido(pedido) {
  return stripe.paymentIntents.create({
    amount: Math.round(pedido.total * 100),
    currency: 'mxn',
    metadata: { pedido: pedido.folio, tienda: 'Libros del Ayer – Coyoacán' },
  });
}

module.exports = { cobrarPedido };`)}`),

  rec('chat', f`gente, a chave restrita que criei pro relatório de vendas do sebo é essa: ${v('credential.stripe_restricted_key', STRIPE_RK)} — ela só tem leitura em charges, né? quero colocar no Metabase`),

  rec('properties', f`Aplikacja do obsługi członków funduszu emerytalnego nie startuje po aktualizacji sterownika Oracle. application.properties:

${cfg(f`spring.datasource.url=jdbc:oracle:thin:@//ora-czlonkowie.fundusz.local:1521/EMERYT
spring.datasource.username=APP_CZLONKOWIE
spring.datasource.password=${v('credential.password_assignment', 'Emeryt_2025!kwiecien')}
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.open-in-view=false`)}

Błąd: ORA-28000 the account is locked. Czy to od hasła?`),

  rec('chat', f`Onze vrijwilligersgroep gebruikt een Telegram-bot voor oproepen bij lawineongevallen in de Alpen (we coördineren vanuit Utrecht). Bot-token: ${v('credential.telegram_bot_token', TELEGRAM)}. Hoe laat ik de bot alleen in de groep reageren en niet in privéchats?`),

  rec('code_python', f`Grüezi, s'SMS-Alarmierigsskript für d'Bergrettig schickt nüt meh. Chasch mer säge wieso?

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def alarmiere(gruppe, text):
    for nummer in gruppe:
        client.messages.create(to=nummer, from_="${amb('pii.phone', '+41445050123')}", body=text)`)}

D'Gruppe stimmt, d'Nummere sind im Config-File.`, 'the from_ number is the service sender number, not a person: ambiguous as in batch 98'),

  rec('yaml', f`Configurazione del broker MQTT per i ricevitori ARTVA della stazione del Soccorso Alpino. Il gateway non si autentica, vedi qualcosa?

${cfg(f`mqtt:
  host: ${amb('pii.ip_address', '192.168.40.12')}
  port: 8883
  tls: true
  username: gw-rifugio-sella
  password: "${v('credential.password_assignment', 'Valanga#Sella-0212')}"
topics:
  beacons: cnsas/valdifassa/artva/+/status
  heartbeat: cnsas/valdifassa/gw/heartbeat`)}`),

  rec('chat', f`Živjo, za obveščanje ekipe GRS v Slacku imamo tale webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)} — ali lahko napišeš kratko Bash skripto, ki ob novem plazovnem biltenu pošlje sporočilo?`),

  rec('code_php', f`Le formulaire de contact du PGHM bénévole (site vitrine) n'envoie plus les mails. Voilà le code :

${code(f`<?php
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("${v('pii.email', 'contact@secours-montagne-aravis.fr')}", "Secours Aravis");
$email->setSubject("Nouvelle demande : " . htmlspecialchars($_POST['objet']));
$email->addTo("${v('pii.email', 'permanence@secours-montagne-aravis.fr')}");
$email->addContent("text/plain", $_POST['message']);

$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$response = $sendgrid->send($email);
echo $response->statusCode();`)}`),

  rec('chat', f`Skredvarsel-boten vår i Discord poster ikke lenger. Webhooken er ${v('credential.discord_webhook_url', DISCORD_HOOK)} — får 404. Er den slettet, eller har formatet endret seg?`),

  rec('html', f`Kortið á útkallsvefnum hjá björgunarsveitinni hleðst ekki lengur, bara grár kassi. Hér er kóðinn:

${code(f`<div id="kort" style="height:480px"></div>
<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initKort" async defer></script>
<script>
  function initKort() {
    const map = new google.maps.Map(document.getElementById('kort'), { center: { lat: 64.1466, lng: -21.9426 }, zoom: 7 });
    fetch('/api/utkoll/virk').then(r => r.json()).then(list => list.forEach(u => new google.maps.Marker({ position: u.pos, map })));
  }
</script>`)}`),

  rec('shell', f`cloning the plate-reader model repo on the new GPU box fails half-way, is the URL format wrong?

${cfg(f`$ git clone https://oauth2:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/helixforge-bio/assay-vision.git
Cloning into 'assay-vision'...
remote: Enumerating objects: 18342, done.
error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)`)}`),

  rec('code_python', f`测序原始数据要从阿里云 OSS 同步到实验室的 NAS，下面这段一直报 InvalidAccessKeyId，帮我看看：

${code(f`import oss2

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALIBABA_ID)}", "${v('credential.generic_secret_assignment', ALIBABA_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-hangzhou.aliyuncs.com", "helix-ngs-raw")

for obj in oss2.ObjectIterator(bucket, prefix="runs/2025-03/"):
    bucket.get_object_to_file(obj.key, "/mnt/nas/ngs/" + obj.key.split("/")[-1])`)}`),

  rec('chat', f`二手书店的订单通知邮件都发不出去，Mailgun 后台显示 "Forbidden"。我们的配置是 domain=mg.jiushuwu.cn，API key ${v('credential.mailgun_api_key', MAILGUN)}，region 选的是 US。是不是要换成 EU？`),

  rec('notebook', f`Databricks 잡에서 LIMS 분석 결과를 테이블로 쓰는 노트북입니다. 토큰을 셀에 박아두는 게 괜찮은지 모르겠어요:

${code(f`import requests

HOST = "https://adb-4829173650284913.7.azuredatabricks.net"
TOKEN = "${v('credential.databricks_token', DATABRICKS)}"

resp = requests.post(f"{HOST}/api/2.1/jobs/run-now",
                     headers={"Authorization": f"Bearer {TOKEN}"},
                     json={"job_id": 80412, "notebook_params": {"plate": "P-2025-0417"}})
print(resp.json())`)}`),

  rec('env_file', f`FASTag recharge wallet ke liye Razorpay ka webhook fail ho raha hai. Yeh hamari .env hai, kya galti hai?

${cfg(f`RAZORPAY_KEY_ID=rzp_live_Qm82LdWx04Pkc9
RAZORPAY_KEY_SECRET=${v('credential.generic_secret_assignment', fill('b105-rzp', B62, 24))}
RAZORPAY_WEBHOOK_SECRET=${v('credential.generic_secret_assignment', 'tollplaza-nh48-hook-7741')}
TOLL_PLAZA_CODE=NH48-KHD-02`)}

Signature mismatch aa raha hai har baar.`),

  rec('shell', f`சுங்கச்சாவடி பில்லிங் டேட்டாபேஸில் இருந்து backup எடுக்கும் cron வேலை செய்யவில்லை. இந்த கட்டளை terminal-ல் சரியாக ஓடுகிறது, cron-ல் மட்டும் இல்லை:

${cfg(f`mysqldump -h ${amb('pii.ip_address', '172.20.4.15')} -u toll_backup -p${v('credential.mysql_cli_password', 'Sunga$Chavadi_41')} toll_billing > /backup/toll_$(date +%F).sql`)}

ஏன்?`),

  rec('code_python', f`మా పాడియాట్రీ క్లినిక్ appointment reminders కోసం Twilio API key వాడుతున్నాం. ఈ కోడ్ లో ఏం తప్పు?

${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_api_key', TWILIO_SK)}", "${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)}", "${v('credential.twilio_account_sid', tok('AC', fill('b105-twsid2', HEX.toLowerCase(), 32)))}")

def remind(patient_phone, slot):
    client.messages.create(to=patient_phone, messaging_service_sid="MG9a41c07e2d83b5f61a0c4e7d92b38f15",
                           body=f"Reminder: foot care appointment {slot}. Reply C to cancel.")`)}`),

  rec('curl', f`ஓய்வூதிய உறுப்பினர் போர்ட்டலின் பழைய API-க்கு இந்த curl அனுப்பினால் 401 வருகிறது:

${cfg(f`curl -s https://members-api.pensionfund.internal/v1/statements/2024 \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('svc_statements:Pinchani@2024#blr'))}" \\
  -H "Accept: application/pdf" -o statement.pdf`)}

கடவுச்சொல் மாறிவிட்டதா என்று எப்படி சரிபார்ப்பது?`),

  rec('ssh_key', f`Bhai, ssh to the bookshop's online store server fails with "invalid format". Here is the key, what's the issue?

${v('credential.openssh_private_key', OSSH)}

File permission is 644 only, I copied it from my colleague's WhatsApp.`),

  rec('code_python', f`ল্যাবের প্লেট-রিডার ডেটা লেবেল করার জন্য এই স্ক্রিপ্ট লিখেছি, কিন্তু Hugging Face থেকে ডেটাসেট টানতে গিয়ে 401 আসছে:

${code(f`from datasets import load_dataset

HF_TOKEN = "${v('credential.huggingface_token', HF2)}"
ds = load_dataset("helixforge/elisa-plates-2025", split="train", token=HF_TOKEN)
print(ds[0]["well"], ds[0]["od450"])`)}`),

  rec('config', f`ระบบเก็บรูปป้ายทะเบียนจากด่านเก็บเงินทางด่วนอัปโหลดไป Azure ไม่ได้ ช่วยดู connection string หน่อย:

${cfg(f`"Storage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=tollplateth01;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "plates-2025"
}`)}`),

  rec('chat', f`Tiệm sách cũ của mình dùng Cloudflare cho trang bán hàng. Mình tạo API token ${v('credential.cloudflare_api_token', CF_TOKEN)} với quyền Zone:DNS:Edit nhưng Terraform báo "Authentication error (10000)". Có phải thiếu quyền Zone:Read không?`),

  rec('env_file', f`Server key Midtrans untuk pembayaran denda tol lewat aplikasi tidak jalan di production. Ini file .env-nya:

${cfg(f`MIDTRANS_IS_PRODUCTION=true
MIDTRANS_SERVER_KEY=${v('credential.generic_secret_assignment', tok('Mid-server-', fill('b105-midtrans', B62 + '_-', 24)))}
MIDTRANS_CLIENT_KEY=Mid-client-hQ3vT8zL1pWk5rNd
DENDA_CALLBACK_URL=https://denda.tolnusantara.co.id/api/callback`)}

Kenapa responsnya 401 "Access denied due to unauthorized transaction"?`),

  rec('chat', f`Kawan, sistem ahli KWSP kami nak sambung ke LDAP tapi gagal. Dalam fail konfigurasi: ldap.bind.dn=cn=svc-ahli,ou=service,dc=kumpulanwang,dc=local dan ldap.bind.password=${v('credential.password_assignment', 'Caruman!Ahli2025')}. Port 636. Apa yang patut saya semak dulu?`),

  rec('chat', f`Hi po! Yung page token ng secondhand bookshop namin sa Facebook para sa auto-post ng bagong dating na libro ay nag-e-expire. Ito yung nakuha ko sa Graph Explorer: ${v('credential.facebook_access_token', FACEBOOK)} — paano ko gagawing long-lived?`),

  rec('shell', f`HGS ihlal kayıtlarını işleyen serviste Vault token'ı süresi dolmuş galiba. Şunu çalıştırınca:

${cfg(f`$ export VAULT_ADDR=https://vault.otoyol-isletme.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/hgs/ihlal-servisi
Error making API request.
Code: 403. Errors:
* permission denied`)}

Token yenilemek için ne yapmalıyım?`),

  rec('json_config', f`Pensiya fondunun üzv kabinetində Keycloak client konfiqurasiyası belədir, login zamanı "invalid_client_credentials" alırıq:

${cfg(f`{
  "realm": "uzv-kabineti",
  "auth-server-url": "https://sso.pensiya-fondu.az/",
  "resource": "uzv-portal",
  "credentials": {
    "secret": "${v('credential.generic_secret_assignment', fill('b105-kc', B62, 32))}"
  },
  "ssl-required": "external"
}`)}`),

  rec('chat', f`Мобильное приложение горноспасательной службы не отправляет ошибки в Sentry. DSN такой: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127734`)} — на Android работает, на iOS нет. Почему?`),

  rec('docker_compose', f`ყაზბეგის სამაშველო ჯგუფის გამოძახებების ბაზა docker-ში აღარ ირთვება. docker-compose.yml:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: mashveli
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Kazbegi_Gudauri#5047')}
      POSTGRES_DB: gamodzakhebebi
  api:
    image: ghcr.io/kazbegi-rescue/calls-api:1.8.2
    environment:
      DATABASE_URL: postgres://mashveli:${v('credential.database_url_password', 'Kazbegi_Gudauri#5047')}@db:5432/gamodzakhebebi`)}

შეცდომა: "password authentication failed for user mashveli".`),

  rec('aws_credentials', f`Լաբորատորիայի սերվերի ~/.aws/credentials ֆայլն է, boto3-ը միշտ default պրոֆիլն է վերցնում, ոչ թե lims-ը: Ինչու՞

${cfg(f`[default]
region = eu-central-1

[lims]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = eu-central-1`)}`),

  rec('code_python', f`Інтеграція букіністичного магазину з Новою Поштою: ТТН створюється, але трекінг не оновлюється. Ось шматок коду:

${code(f`import requests

NP_API_KEY = "${v('credential.generic_secret_assignment', GENERIC_HEX)}"

def create_ttn(order):
    payload = {
        "apiKey": NP_API_KEY,
        "modelName": "InternetDocument",
        "calledMethod": "save",
        "methodProperties": {"PayerType": "Recipient", "Weight": order["weight"], "Description": "Книги б/в"},
    }
    return requests.post("https://api.novaposhta.ua/v2.0/json/", json=payload, timeout=10).json()`)}`),

  rec('config', f`Нужна помощь: после переезда сервера биллинга платной дороги перестала работать синхронизация с AD. Конфиг sssd:

${cfg(f`[domain/toll.local]
id_provider = ldap
ldap_uri = ldaps://dc01.toll.local
ldap_default_bind_dn = CN=svc-billing-sync,OU=Service,DC=toll,DC=local
ldap_default_authtok = ${v('credential.password_assignment', 'Shlagbaum-2025!M11')}
ldap_search_base = OU=Billing,DC=toll,DC=local`)}

В логах "Invalid credentials (49)".`),

  rec('chat', f`Здравейте, в GitLab на пенсионния фонд CI-ят не може да клонира подмодула с документите. Използвам личен токен ${v('credential.gitlab_pat', GLPAT)} в git config url.insteadOf — дали трябва да е project access token?`),

  rec('http', f`Апликација за преглед прекршаја на наплатним рампама враћа 401. Овако изгледа захтев из Postman-а:

${cfg(f`GET /v2/cases?status=open&plaza=NS-03 HTTP/1.1
Host: enforcement.api.autoput-sever.rs
Authorization: Bearer ${v('credential.jwt', JWT_TOLL)}
Accept: application/json`)}

Да ли је токен истекао?`),

  rec('chat', f`Bok, trebam pomoć oko pristupa dispečerskom sustavu HGSS-a. Kolega mi je poslao ovo:
korisnik: hgss-dispecer-split
lozinka: ${v('credential.user_password_pair', 'Biokovo#Spasavanje24')}
Kako da to pohranim sigurnije za cijelu stanicu (ima nas 30)?`),

  rec('cisco', f`Kelių rinkliavos punkto maršrutizatoriaus konfigūracija, po atnaujinimo negaliu prisijungti per SSH:

${cfg(f`hostname RINK-VLN-02
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b105-c9a', B62 + './', 14), '$', fill('b105-c9b', B62 + './', 43)))}
username rinkliava privilege 15 password 0 ${v('credential.network_device_secret', 'Kelias!Vilnius-Kaunas')}
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.8.2.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
line vty 0 4
 transport input ssh
 login local`)}`),

  rec('chat', f`Sveiki! Mūsu lietoto grāmatu veikala WooCommerce API atslēgas: consumer key ${amb('credential.generic_secret_assignment', 'ck_5f0a71c2e9b84d36a1f07e2c58b9d4a3e61c0f27')}, consumer secret ${v('credential.generic_secret_assignment', tok('cs_', fill('b105-woo', HEX.toLowerCase(), 40)))}. Kā ar Python izvilkt visus pasūtījumus par martu?`),

  rec('json_config', f`Pensionifondi liikmeportaali appsettings.json, Azure AD sisselogimine annab AADSTS7000215. Mis valesti?

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5c1e8a47-2d93-4f06-b8e1-7a3d92c40f5e",
    "ClientId": "a81f3c29-6d47-4e0b-9c58-1e2f7a3b4d60",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}`)}`),

  rec('yaml', f`Jalkaterapiaklinikoiden ajanvarausjärjestelmän Datadog-agentti ei lähetä metriikoita. datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: ajanvaraus-prod-01
logs_enabled: true
tags:
  - env:prod
  - service:jalkaterapia-ajanvaraus`)}`),

  rec('chat', f`Hej! Vi på pensionsbolagets medlemsservice har ett PowerShell-skript som stänger av konton för slutade handläggare via Okta. Det får 403. Token: ${v('credential.okta_api_token', OKTA)}, org: pensionsmyndigheten-test.okta.com. Behöver token vara Super Admin?`),

  rec('chat', f`Hej, antikvariatet bruger Airtable til at holde styr på samlinger. Jeg har lavet et personligt token ${v('credential.airtable_pat', AIRTABLE)} — kan du skrive et lille script, der henter alle bøger med status "solgt" fra basen appX8k2Lq0Wz5Rt1m?`),

  rec('chat', f`היי, אני בצוות האינפורמטיקה של המעבדה. רציתי לבדוק סיכום אוטומטי של פרוטוקולי ניסוי עם Claude. המפתח שלי הוא ${v('credential.anthropic_api_key', ANTHROPIC)} — למה אני מקבל שגיאת 529 כל הזמן?`),

  rec('url', f`مرحباً، رابط تحميل صور المخالفات من بوابات التحصيل لا يعمل للعملاء:
https://salikimages.blob.core.windows.net/violations/2025/04/AD-38291.jpg?sv=2023-11-03&ss=b&srt=o&sp=r&se=2025-05-30T20:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
هل انتهت صلاحية الرابط؟`),

  rec('env_file', f`Habari, duka letu la vitabu vya mitumba linatumia M-Pesa Daraja kwa malipo. STK push inarudisha "Invalid Access Token". Faili la .env:

${cfg(f`MPESA_ENV=production
MPESA_CONSUMER_KEY=${amb('credential.generic_secret_assignment', 'Gk3pQm7Vd1xLw9Zt5Nb2Rc8Hy4Jf6Ts0')}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', fill('b105-mpesa', B62, 16))}
MPESA_SHORTCODE=4081732
MPESA_PASSKEY=${v('credential.generic_secret_assignment', fill('b105-passkey', HEX.toLowerCase(), 64))}`)}`),

  rec('chat', f`ሰላም፣ የእግር ህክምና ክሊኒካችን የቀጠሮ ማስታወሻ ለመጻፍ OpenAI እንጠቀማለን። ቁልፉ ይህ ነው፦ ${v('credential.openai_api_key', OPENAI)} — "insufficient_quota" ስህተት ለምን ይመጣል?`),

  rec('code_ts', f`Kia ora, our LandSAR callout map in the Tararua Range won't render the terrain layer. The Mapbox token is a secret one because we also use the Uploads API:

${code(f`import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = '${v('credential.mapbox_secret_token', MAPBOX)}';

export function initMap(el: HTMLElement) {
  return new mapboxgl.Map({
    container: el,
    style: 'mapbox://styles/mapbox/outdoors-v12',
    center: [175.42, -40.87],
    zoom: 10,
  });
}`)}

Should the browser ever see that token?`),

  rec('k8s_secret', f`G'day, the Linkt-style tag reconciliation job in our EKS cluster can't reach the RDS instance since the secret was rotated. Secret manifest below, anything obviously off?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: tag-recon-db
  namespace: tolling-billing
type: Opaque
stringData:
  DB_HOST: tolling-billing.cluster-ro-c8xk2m.ap-southeast-2.rds.amazonaws.com
  DB_USER: tag_recon
  DB_PASSWORD: ${v('credential.password_assignment', 'Eastlink!Tag-Recon_88')}`)}`),

  rec('ppk', f`We are uploading the monthly NPS contribution file to the pension regulator's SFTP with WinSCP. It says "Unable to use key file". Here is the .ppk we use, is the format wrong?

${v('credential.putty_private_key', PPK)}`),

  rec('pypirc', f`Our internal plate-map parsing library won't upload to PyPI from the lab's CI in Dublin; twine says 403. ~/.pypirc on the runner:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('npmrc', f`Hola! El CI de la llibreria de vell no pot publicar el paquet intern de fitxes de llibres. El nostre .npmrc:

${cfg(f`@llibres-vell:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Per què diu "E403 You cannot publish over the previously published versions"?`, 'npm token both as .npmrc _authToken and npm_ token'),

  rec('docker_config', f`Hola, el CI del equipo de rescate de montaña no puede hacer push de la imagen a Docker Hub. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Y en la otra máquina usamos el token ${v('credential.dockerhub_pat', DCKR)}. ¿Cuál es mejor?`),

  rec('json_config', f`Γεια, η εφαρμογή κρατήσεων του ποδολογικού κέντρου δεν κάνει login με Google. client_secret.json:

${cfg(f`{"web":{"client_id":"738201946537-k3v9q2m7d1x8s4h6f0p2r5t8y1u4w7e0.apps.googleusercontent.com","project_id":"podologiko-kratiseis","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://kratiseis.podologiko-athina.gr/auth/callback"]}}`)}`),

  rec('chat', f`Salut, colecția Postman pentru API-ul de taxe de drum a expirat pentru colegii noi. Cheia mea Postman e ${v('credential.postman_api_key', POSTMAN)}. Cum partajez colecția fără să le dau cheia?`),

  rec('shell', f`A laborinformatikai csapat DigitalOcean-en futtat egy tesztkörnyezetet. Ez a parancs "Unable to authenticate you" hibát ad:

${cfg(f`doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}
doctl kubernetes cluster kubeconfig save lims-staging`)}`),

  rec('chat', f`Ahoj, v antikvariátu používáme Linear na úkoly k e-shopu. Můj API klíč ${v('credential.linear_api_key', LINEAR)} nefunguje v Zapieru, hlásí "Authentication required". Musí tam být "Bearer"?`),

  rec('chat', f`Dobrý den, kolega z Horské služby mi nechal vzkaz: "do tabletu na Pomezních Boudách se přihlas jako hs-boudy, heslo je ${v('credential.password_in_prose', 'Snezka$Boudy1603')}". Chci to přepsat do sdíleného správce hesel – jak nastavit sdílení pro celou směnu?`),

  rec('chat', f`Hiya, the pension fund's member system has stopped sending emails. The config has smtp.user=${v('pii.email', 'notifications@pensionfund.local')} and smtp.password=${v('credential.password_assignment', 'Valletta#Notifika25')}, port 587. What should I check first?`),

  rec('gcp_sa', f`BigQuery load job for the lab's assay results fails with "invalid_grant". This is the key file the pipeline uses (from the ops vault):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "helixforge-lims-prod",
  "private_key_id": "${fill('b105-sakid', HEX.toLowerCase(), 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'assay-loader@helixforge-lims-prod.iam.gserviceaccount.com')}",
  "client_id": "108273640182736495012",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'assay-loader%40helixforge-lims-prod.iam.gserviceaccount.com')}"
}`))}`),

  rec('pem', f`Toll enforcement portal TLS cert renewal: our vendor says the key doesn't match the cert. Key from the old server:

${v('credential.private_key', RSA_KEY)}

Can you tell me how to check the modulus against the .crt with openssl?`),

  rec('env_file', f`Second-hand book marketplace backend moved to Supabase. Which of these should live only on the server?

${cfg(f`NEXT_PUBLIC_SUPABASE_URL=https://pqxkrwzblmvodyfhetna.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=<anon key from the dashboard>
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', JWT_SUPA)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI2)}`)}`),

  rec('chat', f`github actions for the pension fund's statement generator keeps failing at checkout of the private templates repo. I put ${v('credential.github_pat', GHP)} into the workflow directly for now, will move to secrets later, but why "Repository not found"?`),

  rec('ticket', f`INC-20931 | Mountain rescue dispatch – Slack bot offline
Reported by: duty coordinator (${phone('+43 664 1827395')})
Details: bot token in the alerting service was regenerated yesterday, new value ${v('credential.slack_bot_token', SLACK_BOT)} put in /etc/alarm/slack.env. Bot still shows "invalid_auth".
Please draft next steps for the volunteer IT team.`),
];

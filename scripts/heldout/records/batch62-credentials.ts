/**
 * Held-out batch 62: credentials pasted by the staff of a hearing-aid clinic chain, a lottery
 * operator's compliance office, a glass-recycling plant, a university admissions office, a
 * yacht-engine service company and a utility's energy trading desk — chats, configs, shells and code
 * in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b62-akia1', B32, 16));
const AKIA_SECRET = fill('b62-akia1s', B64, 40);
const ASIA = tok('ASIA', fill('b62-asia', B32, 16));
const ASIA_SECRET = fill('b62-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b62-awssess', B64, 312));
const OPENAI = tok('sk-proj-', fill('b62-oai1', B64URL, 64), 'T3BlbkFJ', fill('b62-oai2', B64URL, 64));
const DATABRICKS = tok('dapi', fill('b62-dapi', HEX, 32));
const GH_FINE = tok('github_pat_', '11B', fill('b62-ghfg1', UPPER + DIGITS, 19), '_', fill('b62-ghfg2', B62, 59));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b62-slk1', UPPER + DIGITS, 8), '/B0', fill('b62-slk2', UPPER + DIGITS, 9), '/', fill('b62-slk3', B62, 24));
const TWILIO_SID = tok('AC', fill('b62-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b62-twtok', HEX, 32);
const AZ_CLIENT_SECRET = tok(fill('b62-azcs1', B62, 3), '8Q~', fill('b62-azcs2', B62 + '_-.~', 34));
const TELEGRAM = tok('7', fill('b62-tgid', DIGITS, 9), ':AA', fill('b62-tg', B64URL, 33));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b62-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const JWT_LOTTO = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kyc-2025-01' }, { sub: 'svc-aml-screening', iss: 'https://auth.lottonet.bg', aud: 'kyc-api', scope: 'players:read alerts:write', iat: 1738142200, exp: 1738145800 }, 'b62-jwtbg');
const GLPAT = tok('glpat-', fill('b62-glpat', B62 + '-_', 20));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b62-sklive', B62, 97));
const SENDGRID = tok('SG.', fill('b62-sg1', B64URL, 22), '.', fill('b62-sg2', B64URL, 43));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b62-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b62-gapi', B64URL, 33));
const WHATSAPP = tok('EAA', 'Jb7', fill('b62-fb', B62, 176));
const HF = tok('hf_', fill('b62-hf', UPPER + LOWER, 34));
const MAILGUN = tok('key-', fill('b62-mg', HEX, 32));
const ALI_ID = tok('LTAI', '5t', fill('b62-ltai', B62, 18));
const ALI_SECRET = fill('b62-alisec', B62, 30);
const NOTION = tok('ntn_', fill('b62-ntn1', DIGITS, 11), fill('b62-ntn2', B62, 35));
const TC_ID = tok('AKID', fill('b62-akid', B62, 32));
const TC_KEY = fill('b62-tckey', B62, 32);
const AZ_STORAGE = `${fill('b62-azst', B64, 86)}==`;
const DD_API = fill('b62-ddapi', HEX, 32);
const DD_APP = fill('b62-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b62-hvs', B64URL, 86));
const CISCO_HASH = tok('$9$', fill('b62-c9a', B62 + './', 14), '$', fill('b62-c9b', B62 + './', 43));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b62-rsa', 1190);
const TFC = tok(fill('b62-tfc1', B62, 14), '.atlasv1.', fill('b62-tfc2', B62, 67));
const K8S_TOKEN = tok('xoxb-', '4827193650', '2-', '8371920465183-', fill('b62-xoxbk8s', B62, 24));
const K8S_B64 = b64(K8S_TOKEN);
const NPM = gh('npm', fill('b62-npm', B62, 30));
const SENTRY_KEY = fill('b62-sentry', HEX, 32);
const GLSA = tok('glsa_', fill('b62-glsa1', B62, 32), '_', fill('b62-glsa2', HEX, 8));
const GLC = tok('glc_', b64(JSON.stringify({ o: '1183027', n: 'etrm-metrics-push', k: fill('b62-glck', B62, 24), m: { r: 'prod-eu-west-3' } })).replace(/=+$/, ''));
const GHP = gh('ghp', fill('b62-ghp', B62, 30));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b62-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b62-whsec', B62, 32));
const ADO_PAT = fill('b62-ado', B32LOWER, 52);
const GCP_PEM = pem('PRIVATE KEY', 'b62-gcp', 1218);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b62-atl', B64URL, 171), '=', fill('b62-atl2', HEX.toUpperCase(), 8));
const MISTRAL = fill('b62-mistral', B62, 32);
const SHOPIFY = tok('shpat_', fill('b62-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b62-pmak1', HEX, 24), '-', fill('b62-pmak2', HEX, 34));
const LINE_SECRET = fill('b62-line', HEX, 32);
const LINE_TOKEN = fill('b62-linetok', B64, 172);
const GLRT = tok('glrt-', 't1_', fill('b62-glrt', B62 + '-_', 27));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH62_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`We're moving the audiogram PDF export for our 14 clinics from the old NAS to S3. This is the .env the contractor left on the sync box — which of these do I actually need for a nightly upload job?

${amb('source_code.snippet', f`# hearbridge-sync/.env
CLINIC_REGION=us-east-2
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
S3_BUCKET=hb-audiograms-prod
NOAH_EXPORT_DIR=/mnt/noah/export
RETENTION_DAYS=2555`)}`),

  rec('docker_compose_de', f`Hallo, unser Prozessleitsystem-Historian für die Wanne 2 startet nach dem Update nicht mehr. Kannst du dir die Compose-Datei anschauen? Fehlermeldung: "password authentication failed for user historian".

${amb('source_code.snippet', f`services:
  timescale:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_USER: historian
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Scherben!Ofen2-7731')}
      POSTGRES_DB: wanne2
    volumes:
      - /srv/hist/data:/var/lib/postgresql/data
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_USER: leitstand
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'Gemenge#Kalk44')}
      GRAFANA_SA_TOKEN: ${v('credential.grafana_service_account_token', GLSA)}
    ports:
      - "3000:3000"`)}`),

  rec('code_python_es', f`Hola, estoy haciendo un script para resumir los informes de operaciones sospechosas (ROS) que mandamos al SEPBLAC y me da error 429 todo el rato. ¿Qué hago mal?

\`\`\`python
${code(f`from openai import OpenAI
import pathlib, time

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def resumir(ruta: pathlib.Path) -> str:
    texto = ruta.read_text(encoding="utf-8")
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Resume en 5 puntos, sin datos personales."},
                  {"role": "user", "content": texto}],
    )
    return r.choices[0].message.content

for p in sorted(pathlib.Path("ros_2025").glob("*.txt")):
    print(p.name, resumir(p))`)}
\`\`\``),

  rec('shell_pt', f`Oi! Tô tentando puxar a lista de candidatos do vestibular pela API do portal de inscrições, mas volta 401. O token foi gerado ontem pelo pessoal da TI:

${amb('source_code.snippet', f`curl -s "https://inscricoes.unifederal.edu.br/api/v2/candidatos?edital=2025-1&status=homologado" \\
  -H "Accept: application/json" \\
  -H "Authorization: Bearer ${v('credential.bearer_token', fill('b62-bearerbr', B62 + '-._~', 56))}"`)}

Será que o token expira em 24h? Como eu verifico?`),

  rec('email_fr', f`Objet : Accès au portail constructeur – atelier La Rochelle

Bonjour Mathis,

Comme convenu, je te transmets l'accès au portail Volvo Penta pour consulter les bulletins de service pendant mon absence. Identifiant : atelier.larochelle, le mot de passe est ${v('credential.password_in_prose', 'Helice-Bâbord-2291')} (ne le change pas, il est partagé avec Brest).

Bonne semaine,
Gaëlle

→ Peux-tu reformuler ce mail de façon plus professionnelle ?`),

  rec('code_python', f`Trying to pull yesterday's day-ahead fills from our Databricks workspace into the risk spreadsheet. The job hangs on the SQL warehouse call. Any idea?

${code(f`from databricks import sql
import pandas as pd

conn = sql.connect(
    server_hostname="adb-4819270365128843.3.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7c21e9ab03f4d5e6",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
q = """
select delivery_hour, side, sum(volume_mw) as mw, avg(price_eur_mwh) as px
from trading.epex_da_fills
where trade_date = current_date() - 1
group by 1, 2 order by 1
"""
df = pd.read_sql(q, conn)
df.to_excel("da_fills.xlsx", index=False)`)}`),

  rec('chat_nl', f`Kun je me helpen met een GitHub Action die elke nacht de nieuwe hoortoestel-prijslijst van de leverancier ophaalt en een PR opent? Ik heb een fine-grained token aangemaakt met alleen "contents: write" op onze repo: ${v('credential.github_fine_grained_pat', GH_FINE)}

Hoe zet ik die als secret in de repo, en welke permissies mist hij nog voor pull requests?`),

  rec('code_bash_sv', f`Skriptet som larmar när ugnstemperaturen går över gränsen har slutat posta i Slack. Det körs från cron på linje 3-datorn:

${code(f`#!/bin/bash
# ugnslarm.sh – körs varje minut
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
TEMP=$(modbus read -a 17 -t 4 ${amb('pii.ip_address', '192.168.40.21')} 40011 | awk '{print $2}')
if [ "$TEMP" -gt 1580 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"⚠️ Ugn 3: $TEMP °C\\"}" "$HOOK"
fi`)}

Curl returnerar "no_service". Vad betyder det?`),

  rec('code_php_it', f`Ciao, questo pezzo del gestionale officina manda un SMS al cliente quando il motore della barca è pronto, ma da lunedì Twilio risponde 20003. Dove sbaglio?

${code(f`<?php
require __DIR__ . '/vendor/autoload.php';
use Twilio\\Rest\\Client;

$sid   = '${v('credential.twilio_account_sid', TWILIO_SID)}';
$token = '${v('credential.twilio_auth_token', TWILIO_TOKEN)}';
$twilio = new Client($sid, $token);

function avvisaCliente(Client $t, string $cell, string $barca): void {
    $t->messages->create($cell, [
        'from' => '${phone('+39 02 4182 7361')}',
        'body' => "Buongiorno, il motore di {$barca} è pronto per il ritiro. Cantiere Nautico Ligure",
    ]);
}`)}`),

  rec('properties_pl', f`Cześć, po przeniesieniu aplikacji do monitorowania graczy (wykluczenia, limity) na nowy serwer Spring nie łączy się z bazą. Plik application.properties:

${amb('source_code.snippet', f`spring.datasource.url=jdbc:postgresql://db-aml.totalizator.local:5432/gracze
spring.datasource.username=aml_app
spring.datasource.password=${v('credential.password_assignment', 'Kumulacja$2025!pl')}
spring.jpa.hibernate.ddl-auto=validate
app.samowykluczenia.sync-cron=0 */15 * * * *`)}

Błąd: "Connection refused". Co sprawdzić najpierw?`),

  rec('shell_cs', f`Ahoj, potřebuju vyexportovat seznam uchazečů přijatých na bakalářské obory do CSV. Tohle jsem spustil na serveru studijního oddělení a vrací to jen hlavičku:

${amb('source_code.snippet', f`$ mysql -h ${amb('pii.ip_address', '10.12.4.7')} -u prijimacky_ro -p${v('credential.mysql_cli_password', 'Zkouska#Leden24')} stag_prij \\
    -e "SELECT prihlaska_id, obor, stav FROM prihlasky WHERE rok=2025 AND stav='PRIJAT'" > prijati.csv`)}

Co je špatně s tím dotazem?`),

  rec('json_hu', f`Szia! Az energiakereskedési platformunk (ETRM) Azure AD-n keresztül kér tokent, de "AADSTS7000215: Invalid client secret" hibát kapunk. Ez az appsettings.json:

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6f2a9c41-8d3e-4b07-a5c2-91e0d7b3f468",
    "ClientId": "d4e81b07-2c39-4f5a-9e6d-07a1c8b2f395",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "Etrm": { "BaseUrl": "https://etrm.mvmenergia.local/api", "Desk": "HU-POWER-INTRADAY" }
}`)}

A titkos kulcs lejárhatott? Hol látom a lejárati dátumot?`),

  rec('code_python_ro', f`Salut, botul care trimite pe Telegram greutatea la cântar (camioanele cu cioburi de sticlă) a mers o lună și acum dă "Unauthorized". Codul:

${code(f`import requests, serial

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002184736591

def trimite(msg: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": msg}, timeout=5)

with serial.Serial("/dev/ttyUSB0", 9600, timeout=2) as cantar:
    linie = cantar.readline().decode().strip()
    if linie:
        trimite(f"Cântar poarta 2: {linie} kg")`)}`),

  rec('chat_hr', f`Bok, pokušavam se spojiti na servisni laptop na brodu preko SSH ali stalno dobivam "invalid format". Ovo je ključ koji mi je kolega poslao mailom:

${v('credential.openssh_private_key', SSH_KEY)}

Jesu li krivi prijelomi redaka? Kopirao sam ga iz Outlooka.`),

  rec('log_bg', f`Здравей, KYC услугата ни връща 403 на скрийнинга на играчи срещу санкционните списъци. Ето реда от лога:

${amb('source_code.snippet', f`2025-01-29 09:17:44.812 WARN  [aml-screening] POST https://kyc-api.lottonet.bg/v1/screen -> 403 Forbidden
  headers: {Content-Type=application/json, Authorization=Bearer ${v('credential.jwt', JWT_LOTTO)}}
  body: {"playerId":"PL-0048213","lists":["EU","OFAC","UN"]}`)}

Токенът още не е изтекъл, нали? Как да декодирам exp?`),

  rec('chat_uk', f`Привіт! Мені треба клонувати репозиторій зі скриптами для балансування на ринку "на добу наперед", але git питає пароль. Колега скинув таку команду:

${amb('source_code.snippet', f`git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.ukrenergo-trade.local/desk/rdn-bidding.git`)}

Чи безпечно так робити, і як краще зберегти токен?`),

  rec('code_python_ru', f`Подскажи, почему Django не отправляет письма абитуриентам о зачислении? В логах "SMTPAuthenticationError (535)". Настройки:

${code(f`# settings/production.py
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.yandex.ru"
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = "${v('pii.email', 'priem@abiturient-gu.ru')}"
EMAIL_HOST_PASSWORD = "${v('credential.password_assignment', 'Priem2025-Sentyabr')}"
DEFAULT_FROM_EMAIL = "Приёмная комиссия <${v('pii.email', 'priem@abiturient-gu.ru')}>"`)}`),

  rec('chat_el', f`Γεια σου, στήνουμε e-shop για ανταλλακτικά ναυτικών κινητήρων (φίλτρα, impellers, ανόδια). Ο developer μου έστειλε αυτό το κλειδί Stripe για να το βάλω στο WooCommerce: ${v('credential.stripe_secret_key', STRIPE_LIVE)}

Πού ακριβώς μπαίνει; Στο "Live secret key" ή στο "Publishable";`),

  rec('code_js_tr', f`Merhaba, cam geri dönüşüm tesisinde vardiya raporunu e-posta ile gönderen Node scripti 401 veriyor. Nerede hata var?

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function vardiyaRaporu(ton, firinSicakligi) {
  await sgMail.send({
    to: '${v('pii.email', 'vardiya.amirleri@camdonusum.com.tr')}',
    from: '${v('pii.email', 'rapor@camdonusum.com.tr')}',
    subject: \`Vardiya raporu – \${new Date().toLocaleDateString('tr-TR')}\`,
    text: \`İşlenen kırık cam: \${ton} ton\\nFırın: \${firinSicakligi} °C\`,
  });
}`)}`),

  rec('chat_he', f`היי, תוכל לנסח הודעה קצרה לקלינאית התקשורת החדשה בסניף חיפה? היא צריכה להיכנס למערכת זימון התורים. שם משתמש: noa.haifa והסיסמה היא ${v('credential.password_in_prose', 'Shmia!Haifa2025')} — שתחליף אותה בכניסה הראשונה.`),

  rec('chat_ar_lv', f`مرحبا، بدي مساعدة بصياغة إيميل لموظف جديد بقسم الامتثال. معلومات الدخول على نظام مراقبة اللاعبين:
اسم المستخدم: r.haddad
كلمة المرور: ${v('credential.password_in_prose', 'Yanasib@Amman71')}
لازم يغيّرها أول ما يفوت. بدي الإيميل يكون رسمي بس لطيف.`),

  rec('chat_fa', f`سلام، یه اسکریپت نوشتم که گزارش روزانه‌ی معاملات برق رو با Claude خلاصه کنه ولی خطای authentication_error می‌ده. کلید API اینه: ${v('credential.anthropic_api_key', ANTHROPIC)}
آیا باید اول توی کنسول billing رو فعال کنم؟`),

  rec('chat_ur', f`السلام علیکم، یونیورسٹی کی ایڈمیشن ویب سائٹ پر کیمپس کا نقشہ نہیں دکھ رہا، کنسول میں "RefererNotAllowedMapError" آ رہا ہے۔ ہم یہ کی استعمال کر رہے ہیں: ${v('credential.google_api_key', GOOGLE)}
کیا مجھے Google Cloud میں ڈومین admissions.pu-lahore.edu.pk ایڈ کرنا ہوگا؟`),

  rec('chat_hi', f`नमस्ते, हमारे हियरिंग क्लिनिक में मरीज़ों को WhatsApp पर अपॉइंटमेंट रिमाइंडर भेजने के लिए Cloud API सेट किया है। यह टोकन डाला है: ${v('credential.facebook_access_token', WHATSAPP)}
पर 24 घंटे बाद "Session has expired" आ जाता है। परमानेंट टोकन कैसे बनाऊं?`),

  rec('chat_bn', f`হ্যালো, লটারির টিকিট বিক্রির ডেটা থেকে সন্দেহজনক প্যাটার্ন খুঁজতে একটা মডেল Hugging Face থেকে নামাতে চাই, কিন্তু "401 gated repo" দেখাচ্ছে। আমার টোকেন ${v('credential.huggingface_token', HF)} — এটা দিয়ে huggingface-cli login করেছি। আর কী করতে হবে?`),

  rec('chat_ta', f`வணக்கம், மாணவர் சேர்க்கை டேஷ்போர்டு Metabase-இல் இருந்து PostgreSQL-க்கு இணைக்க முடியவில்லை. நான் கொடுத்த connection URL:
${amb('source_code.snippet', f`postgresql://admissions_ro:${v('credential.database_url_password', 'Sercai@Chennai25')}@${amb('pii.ip_address', '10.40.2.18')}:5432/admissions_2025`)}
"FATAL: no pg_hba.conf entry" என்று வருகிறது. என்ன செய்ய வேண்டும்?`),

  rec('env_th', f`สวัสดีครับ ผมทำระบบแจ้งเตือนนัดหมายลูกค้าคลินิกเครื่องช่วยฟังผ่าน LINE แต่ webhook ตอบ 401 ตลอด ไฟล์ .env เป็นแบบนี้ครับ

${amb('source_code.snippet', f`LINE_CHANNEL_ID=2006418273
LINE_CHANNEL_SECRET=${v('credential.generic_secret_assignment', LINE_SECRET)}
LINE_CHANNEL_ACCESS_TOKEN=${v('credential.generic_secret_assignment', LINE_TOKEN)}
CLINIC_BRANCHES=silom,ari,chiangmai`)}

ต้องเอา channel secret ไปใช้ตรวจ signature ตรงไหนครับ`),

  rec('shell_vi', f`Chào bạn, mình cần xoá cache kết quả xổ số trên Redis mỗi tối sau khi quay thưởng. Mình đang chạy tay thế này:

${amb('source_code.snippet', f`redis-cli -h ${amb('pii.ip_address', '10.8.0.15')} -p 6379 -a '${v('credential.cli_password', 'XoSo@MienBac#88')}' --no-auth-warning KEYS "ketqua:*" | xargs redis-cli -h ${amb('pii.ip_address', '10.8.0.15')} -a '${v('credential.cli_password', 'XoSo@MienBac#88')}' DEL`)}

Có cách nào an toàn hơn KEYS không? Database có khoảng 2 triệu key.`),

  rec('shell_id', f`Halo, kami kirim invoice servis mesin kapal ke pelanggan lewat Mailgun, tapi sejak pindah ke domain baru selalu "Forbidden". Ini perintah tesnya:

${amb('source_code.snippet', f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/mg.baharimarine.co.id/messages \\
  -F from='Bahari Marine Service <${v('pii.email', 'invoice@mg.baharimarine.co.id')}>' \\
  -F to=${v('pii.email', 'hendra.wijaya@gmail.com')} \\
  -F subject='Invoice servis Yanmar 6LY3 - KM Samudra Jaya' \\
  -F text='Terlampir invoice servis 500 jam.'`)}

Apakah API key-nya harus dibuat ulang per domain?`),

  rec('code_java_ms', f`Hai, saya nak muat naik gambar timbang kaca kitar semula ke Alibaba Cloud OSS, tapi dapat ralat "InvalidAccessKeyId.NotFound". Boleh tolong semak kod ni?

${code(f`import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;

public class MuatNaikGambar {
    private static final String ENDPOINT = "https://oss-ap-southeast-3.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";

    public static void main(String[] args) {
        OSS oss = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        oss.putObject("kilang-kaca-timbang", "2025/01/tiket-8841.jpg", new java.io.File(args[0]));
        oss.shutdown();
    }
}`)}`),

  rec('chat_tl', f`Hi! Gumagawa ako ng integration para ma-sync ang listahan ng mga applicant mula sa Google Form papunta sa Notion database ng Admissions. Eto yung internal integration token: ${v('credential.notion_token', NOTION)}
Pero "object_not_found" ang lumalabas kahit tama ang database ID. Ano kaya ang kulang?`),

  rec('code_python_zh', f`帮我看看这个脚本，每天从腾讯云 COS 下载电力现货市场的出清价格文件，总是报 "SignatureDoesNotMatch"：

${code(f`from qcloud_cos import CosConfig, CosS3Client

config = CosConfig(
    Region="ap-guangzhou",
    SecretId="${v('credential.tencent_secret_id', TC_ID)}",
    SecretKey="${v('credential.generic_secret_assignment', TC_KEY)}",
)
client = CosS3Client(config)

resp = client.get_object(Bucket="spot-price-1319284756", Key="gd/2025-01-28/clearing.csv")
resp["Body"].get_stream_to_file("clearing.csv")
print("下载完成")`)}

是不是时区的问题？服务器在 UTC。`),

  rec('json_zh_tw', f`請幫我看一下，我們聽力中心的聽力圖上傳服務連不到 Azure Blob，錯誤是 "Server failed to authenticate the request"。設定檔如下：

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=tingliaudiogram;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "audiograms"
  },
  "Branches": ["台北信義", "新竹", "台中西屯"]
}`)}

是不是金鑰輪替過了？`),

  rec('json_ko', f`안녕하세요, 요트 엔진 진단 앱 이미지를 사내 레지스트리에 푸시하려는데 "unauthorized: authentication required"가 나옵니다. ~/.docker/config.json 내용입니다:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.haeyang-marine.co.kr": {
      "auth": "${v('credential.docker_config_auth', b64('deploy-bot:Haeyang!Engine2025'))}"
    }
  },
  "credsStore": ""
}`)}

auth 값이 잘못된 건가요?`),

  rec('yaml_ja', f`宝くじの当せん金支払いシステムの監視で、Datadog エージェントが「API Key invalid」と出ます。datadog.yaml の該当部分です：

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: ap1.datadoghq.com
tags:
  - env:prod
  - service:payout
  - team:compliance`)}

サイトの設定が間違っているのでしょうか？`),

  rec('chat_sw', f`Habari! Naomba unisaidie kuandika ujumbe mfupi kwa afisa mpya wa udahili. Ataingia kwenye mfumo wa maombi ya wanafunzi (SIMS) kwa jina la mtumiaji "udahili.neema" na nenosiri ni ${v('credential.password_in_prose', 'Kilimanjaro#2025')} — abadilishe baada ya kuingia mara ya kwanza.`),

  rec('shell_da', f`Hej, jeg prøver at hente certifikatet til vores handelsplatform (Nord Pool API) fra Vault, men får "permission denied". Det her er hvad jeg kørte:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.energihandel.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=client_cert secret/trading/nordpool
Error reading secret/data/trading/nordpool: Code: 403`)}

Er det min policy der mangler "read" på stien?`),

  rec('cisco_no', f`Hei, kan du se over konfigurasjonen på ruteren i gjestehavna? Båteierne får ikke koblet seg på wifi etter at vi byttet utstyr.

${amb('source_code.snippet', f`hostname gjestehavn-rtr01
username havnesjef privilege 15 secret 9 ${ambCat('credential', CISCO_HASH)}
!
snmp-server community ${v('credential.network_device_secret', 'Fjordbaat-RW-1187')} RW
!
dot11 ssid Gjestehavn-Baat
 authentication open
 authentication key-management wpa version 2
 wpa-psk ascii 0 ${v('credential.network_device_secret', 'Brygge2025!Sjo')}
!
interface Vlan20
 ip address ${amb('pii.ip_address', '172.20.0.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}

Er det noe galt med SSID-oppsettet?`, 'Cisco type-9 hash ambiguous (no rule); SNMP community and WPA PSK are plaintext secrets'),

  rec('chat_fi', f`Moi, siirrän murskaamon PLC:n etäyhteyden uuteen palvelimeen. Toimittaja lähetti tämän yksityisen avaimen, mutta OpenVPN sanoo "cannot load private key". Onko avain rikki?

${v('credential.private_key', RSA_KEY)}`),

  rec('json_et', f`Tere! Terraform Cloud ei lase mul elektribörsi andmete torujuhtme infrat rakendada, annab "unauthorized". Tegin käsitsi credentials faili:

${amb('source_code.snippet', f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

Kas see peab olema kasutaja või organisatsiooni token?`),

  rec('shell_sk', f`Ahoj, potrebujem stiahnuť zoznam pacientov s naplánovaným servisom načúvacích prístrojov z Noah servera do Excelu. Curl vracia 401:

${amb('source_code.snippet', f`curl -k https://noah.sluchcentrum.sk:8443/api/patients?serviceDue=2025-02 \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('export.kosice:Ucho-Kosice!31'))}"`)}

Je to zle zakódované? Meno a heslo fungujú v prehliadači.`),

  rec('chat_lb', f`Moien, kanns du mer hëllefen eng kuerz Mail ze schreiwen? Den neie Kolleg vun der Compliance brauch Zougang zum Spiller-Monitoring. Benotzernumm: compliance.schmit, Passwuert: ${v('credential.password_in_prose', 'Lotto!Kierchbierg8')}. Hien soll et direkt änneren.`),

  rec('k8s_at', f`Servus, das Bewerbungsportal hängt seit dem Deployment, weil der Slack-Bot für die Benachrichtigungen an die Studienabteilung nicht mehr authentifiziert. Das Secret schaut so aus:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: bewerbung-notify
  namespace: studienservice
type: Opaque
data:
  SLACK_BOT_TOKEN: ${v('credential.base64_encoded_token', K8S_B64)}
  CHANNEL: c3R1ZGllbmFidGVpbHVuZw==`)}

Muss ich den Token base64 nochmal kodieren oder passt das so?`),

  rec('code_python_fr_ch', f`Bonjour, notre script qui envoie les nominations de programme à la plateforme de trading (SOAP) plante depuis le changement de mot de passe. Voilà le bout de code :

${code(f`from zeep import Client
from zeep.wsse.username import UsernameToken

WSDL = "https://nominations.swissgrid-partner.ch/ws/Schedule?wsdl"
client = Client(WSDL, wsse=UsernameToken("romande-energie-desk", "${v('credential.password_assignment', 'Cervin-4478!Rhone')}"))

def envoyer_programme(fichier_xml: str) -> str:
    with open(fichier_xml, "rb") as f:
        return client.service.SubmitSchedule(f.read())`)}

Est-ce qu'il faut encoder le mot de passe autrement ?`),

  rec('chat_fr_ht', f`Bonjou, j'ai besoin d'aide pour rédiger un message au technicien de Cap-Haïtien. Il doit se connecter au logiciel de diagnostic des moteurs Yanmar : identifiant "tech.caphaitien", mot de passe : ${v('credential.password_in_prose', 'Lanmè-Diesel509')}. Merci de le rendre clair et court.`),

  rec('npmrc_es_mx', f`Qué tal, el pipeline del portal de admisiones no puede instalar nuestro paquete privado de validación de CURP. El .npmrc es:

${amb('source_code.snippet', f`@admisiones-unam:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
always-auth=true`)}

¿Por qué dice E404 si el paquete sí existe?`, 'npm token is both the .npmrc _authToken and an npm_ token: two labels'),

  rec('code_js_es_cl', f`Oye, en el panel de la planta de reciclaje de vidrio no me aparecen los errores en Sentry. Este es el init:

${code(f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508217.ingest.us.sentry.io/4508217390182400`)}',
  environment: 'planta-renca',
  tracesSampleRate: 0.1,
});`)}

¿Puede ser por el bloqueador de anuncios?`),

  rec('yaml_pt', f`Bom dia, estamos a enviar as métricas das posições de energia para o Grafana Cloud, mas o Alloy dá 401. Podes confirmar a configuração?

${amb('source_code.snippet', f`prometheus.remote_write "grafana_cloud" {
  endpoint {
    url = "https://prometheus-prod-24-prod-eu-west-3.grafana.net/api/prom/push"
    basic_auth {
      username = "1183027"
      password = "${v('credential.grafana_cloud_token', GLC)}"
    }
  }
}`)}

O username é o ID da instância ou do stack?`),

  rec('shell_en_in', f`Jenkins job for the hearing clinic's appointment app is failing at the push stage. Console output:

${amb('source_code.snippet', f`+ git remote set-url origin https://${v('credential.github_pat', GHP)}@github.com/sunaudiocare/appointments.git
+ git push origin release/2025.02
remote: Permission to sunaudiocare/appointments.git denied to build-bot.
fatal: unable to access 'https://github.com/sunaudiocare/appointments.git/': The requested URL returned error: 403`)}

Token was working yesterday only. Kindly suggest.`),

  rec('env_en_ng', f`Good afternoon. Our instant-win payout service stopped receiving Stripe webhooks after we moved servers. Please check the env for me:

${amb('source_code.snippet', f`PAYOUT_ENV=production
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', RK_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
WEBHOOK_PATH=/hooks/stripe
LAGOS_OFFICE_ALERT=${phone('+234 803 412 7789')}`)}

The events show "failed" in the dashboard with 400.`),

  rec('chat_en_ie', f`Hi, our admissions CAO import pipeline in Azure DevOps can't check out the repo since last Friday. I created a new PAT: ${v('credential.azure_devops_pat', ADO_PAT)} (Code: read). Do I put it in the service connection or in a variable group? Bit lost tbh.`),

  rec('aws_credentials', f`Assumed role for the trading analytics account, but boto3 keeps using the old creds. ~/.aws/credentials:

${amb('source_code.snippet', f`[etrm-analytics]
aws_access_key_id = ${v('credential.aws_access_key_id', ASIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', ASIA_SECRET)}
aws_session_token = ${v('credential.aws_session_token', AWS_SESSION)}
region = us-east-1`)}

Does AWS_PROFILE override what's in [default]?`),

  rec('gcp_sa_json', f`Our cullet-quality dashboard pulls lab results from BigQuery. The service-account key below gives "invalid_grant: Invalid JWT Signature" — is the key revoked or is the clock wrong on the box?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "cullet-lab-prod",
  "private_key_id": "${fill('b62-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'lab-dashboard@cullet-lab-prod.iam.gserviceaccount.com')}",
  "client_id": "108273649102837465019",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('shell_de', f`Moin, ich will per Skript die offenen Jira-Tickets der Filialen (Hörsystem-Reparaturen) abfragen, bekomme aber 401:

${amb('source_code.snippet', f`curl -s -u ${v('pii.email', 'jannik.ohlsen@hoerwelt-nord.de')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://hoerwelt-nord.atlassian.net/rest/api/3/search?jql=project=REP+AND+status!=Done"`)}

Muss ich statt der Mailadresse den Account-Namen nehmen?`),

  rec('notebook_it', f`In [3]:
${amb('source_code.snippet', f`import os
os.environ["MISTRAL_API_KEY"] = "${v('credential.mistral_api_key', MISTRAL)}"
from mistralai import Mistral
m = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
r = m.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Classifica queste lettere motivazionali per corso di laurea"}])`)}

Out[3]: SDKError: API error occurred: Status 401

Perché? La chiave l'ho creata stamattina dalla console dell'ufficio ammissioni.`),

  rec('chat', f`Our parts webshop for marine diesel spares (impellers, zincs, belts) runs on Shopify. The old agency left us this admin API token: ${v('credential.shopify_access_token', SHOPIFY)} — can you write a Python script that lists every product with stock under 5?`),

  rec('chat_ru', f`Коллеги из отдела комплаенса сделали коллекцию в Postman для проверки тиражей, дали мне ключ ${v('credential.postman_api_key', POSTMAN)}. Как через Postman API выгрузить коллекцию в JSON, чтобы запускать её через newman в CI?`),

  rec('toml', f`Registering a GitLab runner on the yard workshop's build box for the engine-diagnostics firmware, but it says "token is not valid". /etc/gitlab-runner/config.toml:

${amb('source_code.snippet', f`concurrent = 2

[[runners]]
  name = "workshop-build-01"
  url = "https://gitlab.solentmarinediesel.co.uk/"
  token = "${v('credential.gitlab_token', GLRT)}"
  executor = "shell"`)}`),
];

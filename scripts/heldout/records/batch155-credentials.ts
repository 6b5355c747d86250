/**
 * Held-out batch 155: credentials pasted by a wildlife rehabilitation centre, a freight forwarder's
 * dangerous-goods air export desk, a psychiatric hospital's records team, a boutique hotel group,
 * a municipal water-quality laboratory and a crowdfunding platform's trust and payouts team, in many
 * languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b155-akia', B32, 16));
const AWS_SECRET = fill('b155-awssec', B64, 40);
const GHP = gh('ghp', 'Qm4Tz8Lw2Xc6Vb1Nk5Hj9Rs3Pd7Gf0');
const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '6093847215603-', fill('b155-xoxb', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b155-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b155-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b155-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b155-oai1', B64URL, 74), 'T3BlbkFJ', fill('b155-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b155-ant', B64URL, 93), 'AA');
const TW_SID = tok('AC', fill('b155-twsid', HEX, 32));
const TW_AUTH = fill('b155-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b155-sg1', B64URL, 22), '.', fill('b155-sg2', B64URL, 43));
const TELEGRAM = tok('7', fill('b155-tgid', DIGITS, 9), ':', 'AA', fill('b155-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249', fill('b155-dwid', DIGITS, 15), '/', fill('b155-dw', B64URL, 68));
const TEAMS_HOOK = tok('https://lindenhill.webhook.office.com/webhookb2/', '7c2e91a4-3b58-4d0f-8e26-a19c5b7d3f62@e4b19d72-6a03-4f5c-9b81-3d7e25c0f9a4/IncomingWebhook/', fill('b155-teams1', HEX, 32), '/', '0f6a2d94-8c31-4e7b-a5d2-6b9e4c1f3a87/', 'V2', fill('b155-teams2', B64URL, 43));
const AZ_STORAGE = tok(fill('b155-azsto', B64, 86), '==');
const AZ_CLIENT = tok(fill('b155-azc1', B62, 3), '8Q~', fill('b155-azc2', B62 + '_~.-', 34));
const GCP_PEM = pem('PRIVATE KEY', 'b155-gcp', 1216);
const GOOGLE = tok('AIza', 'Sy', fill('b155-gapi', B64URL, 33));
const JWT_ADMIN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'trust-agent-0412', role: 'payouts_admin', iss: 'kindlepot-admin', iat: 1733390512, exp: 1733419312 }, 'b155-jwtadm');
const BEARER_CARGO = fill('b155-bearer', B62 + '-._~', 72);
const RSA_HOTEL = pem('RSA PRIVATE KEY', 'b155-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b155-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const VAULT = tok('hvs.', 'CAESI', fill('b155-vault', B62 + '-_', 86));
const DD_API = fill('b155-ddapi', HEX, 32);
const SENTRY_KEY = fill('b155-sentry', HEX, 32);
const NPM = gh('npm', 'Hc7Mv2Rx9Lq4Wb8Tn1Zs5Kf3Gd6Pj0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b155-pypi', B64URL, 160));
const GLPAT = tok('glpat-', fill('b155-glpat', B64URL, 20));
const HF = tok('hf_', fill('b155-hf', UPPER + LOWER, 34));
const MAILGUN = tok('key-', fill('b155-mg', HEX, 32));
const MAILCHIMP = tok(fill('b155-mc', HEX, 32), '-us14');
const SHPAT = tok('shpat_', fill('b155-shpat', HEX, 32));
const AIRTABLE = tok('pat', fill('b155-at1', B62, 14), '.', fill('b155-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b155-ntn1', DIGITS, 11), fill('b155-ntn2', B62, 35));
const CF_TOKEN = fill('b155-cftok', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('b155-do', HEX, 64));
const OKTA = tok('00', fill('b155-okta', B64URL, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b155-age', BECH32, 58));
const ADO_PAT = fill('b155-ado', B32LOWER, 52);
const BRAINTREE = tok('access_token$', 'production$', fill('b155-bt1', LOWER + DIGITS, 16), '$', fill('b155-bt2', HEX, 32));
const SQUARE = tok('EAAA', fill('b155-square', B64URL, 60));
const TW_SK = tok('SK', fill('b155-twsk', HEX, 32));
const TW_SK_SECRET = fill('b155-twsksec', B62, 32);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b155-atl', B64URL, 171), '=', fill('b155-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b155-linear', B62, 40));
const GROQ = tok('gsk_', fill('b155-groq', B62, 52));
const DATABRICKS = tok('dapi', fill('b155-dbx', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b155-pm1', HEX, 24), '-', fill('b155-pm2', HEX, 34));
const DOCKER_AUTH = b64('meridiandg:Flamm4ble-Cl4ss3!');
const CARGO_CLIENT_SECRET = fill('b155-onerec', B62, 40);
const TFC = tok(fill('b155-tfc1', B62, 14), '.atlasv1.', fill('b155-tfc2', B62, 67));
const SUPABASE = tok('sbp_', fill('b155-sbp', HEX, 40));
const GHS_FINE = tok('github_pat_', '11B7', fill('b155-ghfg1', UPPER + DIGITS, 18), '_', fill('b155-ghfg2', B62, 59));
const CLOUDINARY_SECRET = fill('b155-cldsec', B62 + '_-', 27);
const AWS_SES_PASS = tok('BH', fill('b155-sesp', B62 + '/+', 42));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b155-doppler', B62, 40));

export const BATCH155_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our LIMS nightly export to S3 stopped on Friday. This is the .env on the lab server, can you spot anything wrong before I call IT?

${cfg(f`# /opt/lims-export/.env  (Wasserlabor, Probenexport)
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
AWS_DEFAULT_REGION=eu-central-1
EXPORT_BUCKET=wql-lims-exports
EXPORT_CRON=15 2 * * *`)}`),

  rec('chat_pt_br', f`Oi! O deploy do painel de repasses quebrou no CI. Colei o token no workflow só pra testar: ${v('credential.github_pat', GHP)} — ele tem escopo repo e workflow. Já sei que não devia ter colado aqui, depois eu revogo. Por que o actions/checkout dá 403 mesmo assim?`),

  rec('code_python', f`The volunteer rota bot posts twice every morning, can you see why?

\`\`\`python
${code(f`import os
from slack_sdk import WebClient
from apscheduler.schedulers.blocking import BlockingScheduler

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
sched = BlockingScheduler(timezone="Europe/London")

@sched.scheduled_job("cron", hour=7, minute=30)
def post_rota():
    shifts = load_rota("rota/this_week.csv")
    text = "\\n".join(f"{s.day}: {s.volunteer} – {s.ward}" for s in shifts)
    client.chat_postMessage(channel="#hedgehog-ward", text=text)

sched.start()`)}
\`\`\`
It runs under gunicorn with 2 workers if that matters.`),

  rec('chat_fr', f`Salut, on doit rembourser en urgence une campagne frauduleuse (collecte « Refuge pour chevaux » signalée hier). Je lance les refunds depuis un script avec la clé ${v('credential.stripe_secret_key', STRIPE_LIVE)} — est-ce que Refund.create sur un charge déjà versé au porteur de projet va débiter notre solde plateforme ?`),

  rec('chat_es_mx', f`Oye, para el dashboard de conciliación de pagos solo necesito leer balance_transactions. Creé esta llave restringida: ${v('credential.stripe_restricted_key', STRIPE_RK)}. ¿Con permisos "read" en Balance y Payouts alcanza o también necesito Charges?`),

  rec('code_ts', f`Webhook-Signaturprüfung schlägt bei Auszahlungs-Events immer fehl ("No signatures found matching the expected signature"). Hier der Handler:

${code(f`import Stripe from 'stripe';
import express from 'express';

const stripe = new Stripe(process.env.STRIPE_KEY!, { apiVersion: '2024-06-20' });
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

const app = express();
app.post('/hooks/payouts', express.json(), (req, res) => {
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === 'payout.failed') notifyTrust(event.data.object);
  res.sendStatus(200);
});`)}

Ist express.json() das Problem?`),

  rec('chat_it', f`Ciao, sto scrivendo uno script per classificare le recensioni degli ospiti (Booking, TripAdvisor) per il revenue meeting del lunedì. Uso la chiave ${v('credential.openai_api_key', OPENAI)} con gpt-4o-mini. Mi dà 429 dopo 50 richieste: come imposto un backoff decente in Python?`),

  rec('chat_nl', f`We willen ontslagbrieven automatisch laten samenvatten voor het medisch dossier (alleen intern, geen patiëntnamen naar buiten). In de testomgeving staat ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}. Mag dat volgens de AVG zo, of moeten we eerst een verwerkersovereenkomst hebben?`),

  rec('chat_el', f`Καλημέρα! Το σύστημα SMS για τις επιβεβαιώσεις κρατήσεων στο ξενοδοχείο της Νάξου δεν στέλνει τίποτα από χθες. Account SID: ${v('credential.twilio_account_sid', TW_SID)}, Auth Token: ${v('credential.twilio_auth_token', TW_AUTH)}. Το Twilio console λέει "20003 Authenticate". Τι να ελέγξω;`),

  rec('chat_sv', f`Hej! Vårt nyhetsbrev till faddrar (adoptera en igelkott) studsar sedan i måndags. Vi skickar via SendGrid med nyckeln ${v('credential.sendgrid_api_key', SENDGRID)}. Kan du hjälpa mig förstå felet "The from address does not match a verified Sender Identity"?`),

  rec('chat_ru', f`Привет! Бот в Telegram для отдела опасных грузов должен слать уведомление, когда авиакомпания подтверждает бронь с DG (класс 9, UN3480). Токен бота: ${v('credential.telegram_bot_token', TELEGRAM)}. Сообщения не приходят в группу, бот добавлен как админ. Что не так с chat_id?`),

  rec('chat_pl', f`Hej, mamy kanał na Discordzie dla wolontariuszy ośrodka (dyżury przy karmieniu jeżyków). Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — jak zrobić, żeby formularz Google wysyłał tam nowe zgłoszenia?`),

  rec('powershell', f`${cfg(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$count = (Get-ChildItem "\\\\rec-fs01\\scans\\pending" -File).Count
$body = @{ text = "Records scanning queue: $count files waiting for indexing" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $body`)}

Our medical records team gets this alert in Teams every hour. Can I make it only post when the count is above 50?`),

  rec('chat_de_ch', f`Grüezi mitenand, s'Labor-Dashboard cha d'Messwerte vo de Onlinesonde nüme in Blob Storage schriibe. Connection String isch:
${cfg(f`DefaultEndpointsProtocol=https;AccountName=wqlsondenzh;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}
Fehler: "403 AuthorizationPermissionMismatch". Wo mues ich d'Rolle setze?`),

  rec('chat_fr_ca', f`Allô! L'app d'inscription des bénévoles se connecte à Entra ID avec le client secret ${v('credential.azure_client_secret', AZ_CLIENT)} pis là ça marche pu depuis à matin : AADSTS7000215 Invalid client secret. Ça se peut-tu qu'il soit expiré même si ça fait juste six mois?`),

  rec('json_key', f`BigQuery に客室単価のデータを毎晩ロードしているのですが、このサービスアカウントで "Access Denied: Project maison-verveine-rm" になります。キーファイル（本当はここに貼るべきではないですが…）:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "maison-verveine-rm",
  "private_key_id": "${fill('b155-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'rm-loader@maison-verveine-rm.iam.gserviceaccount.com')}",
  "client_id": "104839271650382947153",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'rm-loader%40maison-verveine-rm.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

どのロールを付ければいいですか？`),

  rec('chat_es', f`Estamos montando un mapa de rescates (dónde se recogió cada animal) para la memoria anual. La clave de Maps es ${v('credential.google_api_key', GOOGLE)}. ¿Cómo la restrinjo por dominio para que no nos la roben desde la web pública?`),

  rec('chat_tr', f`Merhaba, admin panelinde payout onay ekranı bazen 401 veriyor. Tarayıcıdaki cookie'den aldığım token şu: ${v('credential.jwt', JWT_ADMIN)}
exp süresi doğru görünüyor, backend neden reddediyor olabilir?`),

  rec('curl', f`مرحباً، أحاول حجز شحنة بطاريات ليثيوم (UN3481، PI 967) عبر واجهة الحجز لشركة الطيران، لكن الرد دائماً 415. هذا الأمر الذي أستخدمه:

${cfg(f`curl -X POST https://cargo-api.skyhaul-airlines.example/v2/bookings \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER_CARGO)}" \\
  -H "Content-Type: text/plain" \\
  -d @booking_DXB_FRA.json`)}

هل المشكلة في الـ Content-Type؟`),

  rec('chat_fi', f`Moi! LIMS:n REST-rajapinta palauttaa 401, vaikka tunnukset toimivat selaimessa. Pyyntö lähtee näin:
${cfg(f`GET /api/v1/samples?status=approved HTTP/1.1
Host: lims.vesilaboratorio.local
Authorization: ${v('credential.basic_auth_header', `Basic ${b64('lims_export:Kaivovesi-2291')}`)}
Accept: application/json`)}
Pitääkö Basic-otsake koodata jotenkin eri tavalla?`),

  rec('chat_ko', f`호텔 PMS에서 매일 밤 SFTP로 예약 파일을 받는데, 공급사가 키를 바꿨다고 새 개인키를 보내줬어요. 형식이 맞는지 봐주세요:

${v('credential.private_key', RSA_HOTEL)}

WinSCP에서 "Unable to use key file"이라고 나옵니다. PPK로 변환해야 하나요?`),

  rec('chat_he', f`היי, שרת ה-EDI שלנו מול חברת התעופה (הודעות FWB/FHL) לא מתחבר מאז שהחלפנו מכונה. העתקתי את המפתח מהשרת הישן:

${v('credential.openssh_private_key', OSSH)}

ssh אומר "Permissions 0644 for 'id_ed25519' are too open". מה ההרשאות הנכונות?`),

  rec('chat_uk', f`Привіт! Сервіс виплат не стартує на staging після міграції. У docker-compose стоїть
${cfg(f`DATABASE_URL=postgresql://payouts_svc:${v('credential.database_url_password', 'Sonyashnyk-8814!')}@pg-staging.internal:5432/payouts?sslmode=require`)}
Помилка: "password authentication failed for user payouts_svc". Пароль точно правильний, може, проблема в знаку оклику?`),

  rec('config_cs', f`Ahoj, nová verze integrace s nemocničním informačním systémem nenačte konfiguraci. Tady je výřez:

${cfg(f`# application.properties (integrace spisové služby)
spring.datasource.url=jdbc:sqlserver://nis-db02.lindenhill.local:1433;databaseName=Zdravotnidokumentace;encrypt=true;trustServerCertificate=true
spring.datasource.username=svc_spisovna
spring.datasource.password=${v('credential.password_assignment', 'Lipa#Kartoteka77')}
spring.jpa.hibernate.ddl-auto=validate`)}

Píše to "Login failed for user". Může to být tím křížkem v hesle?`),

  rec('chat_gsw', f`Hoi zäme, chönd ihr mir hälfe es Mail a di neue Freiwillige z'schriibe? Inhalt: s'Login fürs Dienstplan-Portal isch ihri E-Mail-Adrässe und s'Passwort isch ${v('credential.password_in_prose', 'Igelstation!2024')}, das sötted si bim erschte Login ändere. Bitte fründlich und nöd z'lang.`),

  rec('chat_th', f`ช่วยแปลข้อความนี้เป็นภาษาอังกฤษสำหรับแขกที่ล็อบบี้หน่อยค่ะ: "Wi-Fi สำหรับแขกชื่อ Verveine-Guest รหัสผ่านคือ ${v('credential.password_in_prose', 'Jasmine@Riverside88')} ส่วนห้องประชุมชั้น 2 ใช้รหัสผ่าน ${v('credential.password_in_prose', 'MeetingRm2-Chao!')}"`),

  rec('chat_hi', f`नमस्ते, कृपया इस संदेश को अंग्रेज़ी में अनुवाद कर दीजिए: "एयरलाइन के कार्गो पोर्टल पर DG बुकिंग के लिए यूज़रनेम meridian.bom.dg है और पासवर्ड ${v('credential.password_in_prose', 'Kesar#Cargo5512')} है। शिपर्स डिक्लेरेशन अपलोड करने से पहले UN नंबर ज़रूर जाँच लें।"`),

  rec('chat_hu', f`Szia! Az új műszakvezetőnek kellene egy rövid leírás a SCADA HMI-hez a klórozó állomáson. A kezelői felhasználó "operator2", a jelszó ${v('credential.password_in_prose', 'Klorgaz-Szivattyu-19')}. Írd meg úgy, hogy a jelszó első belépéskor cserélendő!`),

  rec('chat_zh', f`帮我写一封邮件给渠道管理系统的客服：我们杭州店的账号登录不上了。账号：${v('credential.user_password_pair', 'hz_revenue / Xihu@Lake2024!')}，错误提示是"账号已锁定"。语气礼貌一点，用英文写。`),

  rec('shell_vi', f`Chào anh, em chạy lệnh này để xuất bảng giá phòng từ database khách sạn mà nó báo lỗi:

${cfg(f`mysql -h pms-db.hanoi.local -u rm_report -p${v('credential.mysql_cli_password', 'HoanKiem#2291')} rates -e "SELECT room_type, rate_code, amount FROM daily_rates WHERE stay_date >= CURDATE()" > gia_phong.csv`)}

Lỗi: "Access denied for user 'rm_report'@'${amb('pii.ip_address', '10.20.4.17')}'". Em cần xin quyền gì ạ?`),

  rec('code_bash', f`Hi, this backup script for the water lab's instrument PCs hangs at the scp step. Any ideas?

${code(f`#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%Y%m%d)
for host in icpms-01 gcms-02 toc-03; do
  tar czf "/tmp/\${host}-\${STAMP}.tgz" -C "/mnt/\${host}/results" .
  sshpass -p '${v('credential.cli_password', 'Murray-Cod-4471')}' scp "/tmp/\${host}-\${STAMP}.tgz" labbackup@nas01:/volume1/instruments/
done`)}`),

  rec('cisco', f`Can you explain what each line of this router config does? It's the small router at the reservoir pumping station.

${cfg(f`hostname PS-RESERVOIR-2
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b155-c9salt', B62 + './', 14), '$', fill('b155-c9hash', B62 + './', 43)))}
username scada privilege 15 password 0 ${v('credential.network_device_secret', 'Pumpe-Nord-33')}
snmp-server community ${v('credential.network_device_secret', 'wq-ro-7731')} RO
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.44.12.1')} 255.255.255.0`)}`, 'type-9 enable hash ambiguous (password hash); the plain-text user password and SNMP community labelled'),

  rec('chat_da', f`Hej, kan du skrive et kort runbook-afsnit om, hvordan man fornyer Vault-tokenet til udbetalingsjobbet? Det nuværende (som udløber fredag) er ${v('credential.vault_token', VAULT)}. Skriv det på dansk, og lad være med at gentage tokenet i teksten.`),

  rec('yaml_no', f`Datadog-agenten på booking-serverne i Bergen sender ingen metrikker. Konfig:

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: verveine-bgn-pms01
logs_enabled: true
tags:
  - hotel:bergen
  - env:prod`)}

Kan det være at site er feil?`),

  rec('code_js_ro', f`Salut, Sentry nu primește erorile din pagina de campanie pe mobil. Config:

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508213.ingest.de.sentry.io/4508213779218432`)}",
  environment: "production",
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request?.url?.includes("/donate/confirm")) return null;
    return event;
  },
});`)}

Oare beforeSend filtrează prea mult?`),

  rec('npmrc_id', f`Halo, build di CI gagal waktu install paket internal @kindlepot/ui. Isi .npmrc:

${cfg(f`@kindlepot:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}

Errornya E404 padahal paketnya ada. Kenapa ya?`, 'npm token that is also the .npmrc _authToken value: two labels on one span'),

  rec('pypirc_et', f`Tere! Tahame avaldada veekvaliteedi andmete väikese Pythoni paketi (wql-parsers). twine annab 403. Minu ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Kas token peab olema projekti-põhine?`),

  rec('json_bg', f`Здравейте, CI-то не може да изтегли образа за DG валидатора от частния регистър. Ето ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.meridian-cargo.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Грешката е "unauthorized: incorrect username or password".`),

  rec('chat_sk', f`Ahoj, potrebujem skript, ktorý z GitLabu stiahne všetky issues s labelom "zdravotná dokumentácia" do CSV. Token: ${v('credential.gitlab_pat', GLPAT)} (scope read_api). Server je gitlab.lindenhill.local. Napíšeš mi to v Pythone?`),

  rec('chat_ka', f`გამარჯობა! ფსიქიატრიულ საავადმყოფოში ექიმების ხმოვანი ჩანაწერების ტრანსკრიფციას ვტესტავთ Whisper-ით. Hugging Face-ის ტოკენი: ${v('credential.huggingface_token', HF)}. მოდელი ლოკალურად რომ გავუშვა, ტოკენი საერთოდ საჭიროა?`),

  rec('chat_hy', f`Բարև, հյուրանոցի ամրագրման հաստատման նամակները Mailgun-ով չեն ուղարկվում։ API key-ը՝ ${v('credential.mailgun_api_key', MAILGUN)}, դոմենը՝ mg.maisonverveine.com։ Սխալը "Forbidden" է։ EU region-ի խնդիր կարո՞ղ է լինել։`),

  rec('chat', f`Quick one — the donor newsletter sync between our CRM and Mailchimp stopped. Key in the sync tool settings is ${v('credential.mailchimp_api_key', MAILCHIMP)}. Is the "-us14" bit the datacenter? The audience is "Fernhollow supporters 2024".`),

  rec('chat_cy', f`Helo, mae siop elusen y ganolfan bywyd gwyllt ar Shopify ac rydyn ni eisiau tynnu archebion i'n taenlen. Mae gen i'r tocyn mynediad ${v('credential.shopify_access_token', SHPAT)} o'r custom app. Allwch chi ysgrifennu sgript Python syml? Diolch!`),

  rec('env_id', f`Halo, saya mau menghubungkan formulir penerimaan satwa (intake form) ke Airtable. File .env saya:

${cfg(f`AIRTABLE_PAT=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE_ID=appR7kWq2Nd5Xz9Lm
AIRTABLE_TABLE=Intake_2024`)}

Kenapa muncul "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND"?`),

  rec('chat_tl', f`Hi po! Gusto ko sanang i-sync yung volunteer sign-ups galing Google Forms papunta sa Notion database namin. Eto yung integration token: ${v('credential.notion_token', NOTION)}. Paano ko ise-share yung database sa integration? Salamat po!`),

  rec('ci_pt_pt', f`Olá, o pipeline que limpa a cache do site dos hotéis falha no passo do Cloudflare. Excerto:

${cfg(f`purge_cache:
  stage: deploy
  variables:
    CLOUDFLARE_API_TOKEN: "${v('credential.cloudflare_api_token', CF_TOKEN)}"
    CF_ZONE_ID: "3b9f0c7e2a5d48e1b6c4f9a07d2e5b18"
  script:
    - curl -X POST "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/purge_cache" -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" -H "Content-Type: application/json" --data '{"purge_everything":true}'`)}

Dá "Authentication error". Será das permissões do token?`),

  rec('chat_sr', f`Здраво, треба ми Terraform за Droplet на коме ради контролна табла лабораторије за воду. Имам DigitalOcean токен ${v('credential.digitalocean_token', DO_TOKEN)}. Како да га не држим у main.tf него у променљивој?`),

  rec('curl_hr', f`Bok, pokušavam deaktivirati račune djelatnika koji su otišli iz bolnice preko Okta API-ja:

${cfg(f`curl -X POST -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://lindenhill.okta-emea.com/api/v1/users/00u8k2m4x7QwTz91r417/lifecycle/deactivate"`)}

Dobijem 403 "You do not have permission". Koja admin uloga mi treba?`),

  rec('chat_lt', f`Labas, naujas kompiuteris ir sops negali iššifruoti išmokų konfigūracijos. Nukopijavau raktą:

# created: 2024-11-30T09:12:44+02:00
# public key: age1m3x9q7w2k8r5t0v4n6y1p3s8d2f7g5h9j4l6c0z2x8b1e7u3a5qrh6t
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE nurodo į šį failą. Ką dar patikrinti?`),

  rec('chat_bn', f`হ্যালো, হাসপাতালের রেকর্ড সিস্টেমের পাইপলাইন Azure DevOps-এ চলে। এই PAT দিয়ে git clone করতে গেলে 401 আসছে: ${v('credential.azure_devops_pat', ADO_PAT)}। স্কোপ Code (Read) দেওয়া আছে। আর কী লাগবে?`),

  rec('code_ruby_ta', f`வணக்கம், நன்கொடை திருப்பியளிப்பு (refund) Braintree-இல் production-இல் மட்டும் AuthenticationError தருகிறது:

${code(f`gateway = Braintree::Gateway.new(
  access_token: "${v('credential.braintree_access_token', BRAINTREE)}"
)
result = gateway.transaction.refund(params[:transaction_id], params[:amount])
raise RefundFailed, result.message unless result.success?`)}

sandbox-இல் சரியாக வேலை செய்கிறது. என்ன காரணம்?`),

  rec('chat_am', f`ሰላም! በሆቴሉ ስፓ የሚጠቀሙበት Square POS ከሂሳብ ሶፍትዌሩ ጋር አልተገናኘም። የምጠቀመው access token ${v('credential.square_access_token', SQUARE)} ነው። "UNAUTHORIZED" ይላል። sandbox ነው ወይስ production ብዬ እንዴት ላረጋግጥ?`),

  rec('code_python_sw', f`Habari, tunajaribu kuunganisha na API ya ONE Record ya shirika la ndege kwa ajili ya mizigo hatari (DG). Nimeandika hivi:

${code(f`import requests

TOKEN_URL = "https://auth.onerecord.skyhaul.example/oauth2/token"
CLIENT_ID = "meridian-dg-nbo"
CLIENT_SECRET = "${v('credential.generic_secret_assignment', CARGO_CLIENT_SECRET)}"

resp = requests.post(TOKEN_URL, data={
    "grant_type": "client_credentials",
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "scope": "logistics-objects:write",
})
print(resp.status_code, resp.json())`)}

Inarudisha invalid_scope. Nini tatizo?`),

  rec('chat_ur', f`السلام علیکم، ہسپتال کے مریضوں کو اپائنٹمنٹ یاد دہانی کے ایس ایم ایس کے لیے Twilio API key استعمال کر رہے ہیں: ${v('credential.twilio_api_key', TW_SK)} اور سیکرٹ ${v('credential.generic_secret_assignment', TW_SK_SECRET)}۔ "Authenticate" کی غلطی آ رہی ہے، کیا اکاؤنٹ SID بھی چاہیے؟`),

  rec('curl_fa', f`سلام، می‌خواهم از Jira همه‌ی تیکت‌های میز کالای خطرناک را با وضعیت «در انتظار مدارک» بگیرم:

${cfg(f`curl -u ${v('pii.email', 'dg.desk@meridian-cargo.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Accept: application/json" \\
  "https://meridian-cargo.atlassian.net/rest/api/3/search?jql=project=DGX+AND+status=%22Awaiting+Docs%22"`)}

نتیجه خالی است ولی در مرورگر ۱۲ تیکت می‌بینم.`),

  rec('chat', f`Linear API question: I want a GraphQL query that lists all open issues in the "Trust & Safety" team with label "chargeback". Using ${v('credential.linear_api_key', LINEAR)} as the Authorization header without "Bearer" — is that right?`),

  rec('env_file', f`${cfg(f`# payouts-risk/.env.local
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
DATABRICKS_HOST=https://adb-4829173650284917.7.azuredatabricks.net
DATABRICKS_TOKEN=${v('credential.databricks_token', DATABRICKS)}
RISK_MODEL=llama-3.1-70b-versatile
RISK_THRESHOLD=0.82`)}

We use Groq to summarise suspicious campaign texts before a human reviews them. Can you write the prompt so it never invents facts about the campaigner?`),

  rec('chat_de_at', f`Servus, ich hab die Postman-Collection für die Hotel-Channel-API exportiert und im Environment steht noch mein API-Key: ${v('credential.postman_api_key', POSTMAN)}. Wenn ich die Collection an die Agentur schick, sehen die den dann? Wie entfern ich den am besten?`),

  rec('hcl', f`Terraform Cloud refuses my run for the payouts infra:

${cfg(f`# ~/.terraformrc
credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

"Error: Required token could not be found" — is the file in the wrong place on Windows?`),

  rec('chat_pt_br', f`Gente, o Supabase do app de triagem de campanhas tá sem migrations em produção. Vou rodar \`supabase db push\` com o access token ${v('credential.supabase_token', SUPABASE)}. Tem risco de apagar a tabela de denúncias?`),

  rec('chat_no', f`Hei, jeg må gi en konsulent tilgang til vannlaboratoriets repo på GitHub i én uke. Jeg har laget et fine-grained token: ${v('credential.github_fine_grained_pat', GHS_FINE)}. Går det an å begrense det til ett repo og bare lesetilgang?`),

  rec('env_file', f`Photos of intake animals upload fine locally but not from the kennel tablet app:

${cfg(f`CLOUDINARY_CLOUD_NAME=fernhollow
CLOUDINARY_API_KEY=482917365028471
CLOUDINARY_API_SECRET=${v('credential.generic_secret_assignment', CLOUDINARY_SECRET)}
SES_SMTP_USER=${v('credential.aws_access_key_id', tok('AKIA', fill('b155-sesid', B32, 16)))}
SES_SMTP_PASSWORD=${v('credential.password_assignment', AWS_SES_PASS)}`)}

Error "Invalid Signature". Is it the API secret?`),

  rec('chat_lv', f`Sveiki! Mūsu pārskaitījumu servisam Doppler vairs neatgriež noslēpumus konteinerī. Eksportēju šādi: DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}, bet "doppler secrets" saka "Unable to fetch secrets". Vai service token ir piesaistīts konkrētai konfigurācijai?`),
];

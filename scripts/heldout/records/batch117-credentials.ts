/**
 * Held-out batch 117: credentials pasted by a tyre distributor's fleet-service and roadside desk, a
 * court-interpreting and certified-translation agency, an elevator maintenance contractor's
 * remote-monitoring centre, an escrow and title company, a private kindergarten network's parent
 * office and a patent firm's docketing team — configs, scripts, chats and mails in many languages.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b117-aws1', B32, 16));
const AWS_SECRET = fill('b117-aws1s', B64, 40);
const AWS_ID2 = tok('AKIA', fill('b117-aws2', B32, 16));
const AWS_SECRET2 = fill('b117-aws2s', B64, 40);
const TW_SID = tok('AC', fill('b117-twsid', HEX, 32));
const TW_AUTH = fill('b117-twauth', HEX, 32);
const TW_SID2 = tok('AC', fill('b117-twsid2', HEX, 32));
const TW_AUTH2 = fill('b117-twauth2', HEX, 32);
const GMAPS = tok('AIza', 'Sy', fill('b117-gmaps', B64URL, 33));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b117-stripe', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b117-rklive', B62, 97));
const BREVO = tok('xkeysib-', fill('b117-brevo1', HEX, 64), '-', fill('b117-brevo2', B62, 16));
const OPENAI = tok('sk-', 'proj-', fill('b117-oai1', B64URL, 74), 'T3BlbkFJ', fill('b117-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b117-ant', B64URL, 93), 'AA');
const SLACK_BOT = tok('xoxb-', '2841937065', '3-', '7719402385166-', fill('b117-xoxb', B62, 24));
const MAILCHIMP = tok(fill('b117-mc', HEX, 32), '-us14');
const SENTRY_KEY = fill('b117-sentry', HEX, 32);
const TELEGRAM = tok('7482913650', ':', 'AA', fill('b117-tg1', B64URL, 33));
const TELEGRAM2 = tok('6039174825', ':', 'AA', fill('b117-tg2', B64URL, 33));
const AZ_STORAGE = `${fill('b117-azst', B64, 86)}==`;
const GLPAT = tok('glpat-', fill('b117-glpat', B62 + '-_', 20));
const GHP = gh('ghp', 'Tq7Wm3Kz9Rb2Xn5Lc8Vd1Hf4Pj6Sy0');
const SG = tok('SG.', fill('b117-sg1', B64URL, 22), '.', fill('b117-sg2', B64URL, 43));
const GLSA = tok('glsa_', fill('b117-glsa1', B62, 32), '_', fill('b117-glsa2', HEX, 8));
const DD_API = fill('b117-ddapi', HEX, 32);
const GOCSPX = tok('GOCSPX-', fill('b117-gocspx', B64URL, 28));
const AZ_CLIENT = tok(fill('b117-azc1', B62, 3), '8Q~', fill('b117-azc2', B62 + '_-.~', 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b117-atl', B64URL, 171), '=', fill('b117-atl2', HEX.toUpperCase(), 8));
const NPM = gh('npm', 'Lk4Hs8Qa2Wd6Ze1Xr9Tc3Vb7Nm5Jp0');
const HF = tok('hf_', fill('b117-hf', B62, 34));
const VAULT = tok('hvs.', fill('b117-vault', B62, 24));
const NOTION = tok('ntn_', fill('b117-ntn1', DIGITS, 11), fill('b117-ntn2', B62, 35));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K7QZ2M', '/', 'B07HX3N9R2L', '/', fill('b117-slhook', B62, 24));
const TEAMS_HOOK = tok('https://kupolis.webhook.office.com/webhookb2/', '7c2e91d4-3f58-4a0b-b6e1-92d4c8a7f150@4e8b1f36-2a97-4d0c-8f53-b71e06c9d24a/IncomingWebhook/', fill('b117-teams1', HEX, 32), '/', '0a9f3c71-6e24-4b8d-9c15-e3f7a2b8d460/', 'V2', fill('b117-teams2', B64URL, 43));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248093716452817930', '/', fill('b117-dischook', B64URL, 68));
const ADO_PAT = fill('b117-ado', B32LOWER, 52);
const DROPBOX = tok('sl.', 'B', fill('b117-dbx', B64URL, 138));
const JWT_ESCROW = jwt({ alg: 'RS256', typ: 'JWT', kid: 'esc-2024-11' }, { sub: 'svc-closing-portal', aud: 'https://api.harborline-title.com', scope: 'files:read wires:write', iat: 1733212800, exp: 1733299200 }, 'b117-jwtesc');
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b117-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b117-rsa', 1190);
const GCP_PEM = pem('PRIVATE KEY', 'b117-gcppem', 1216).replace(/\n/g, '\\n');
const DOCKER_AUTH = b64('deploy-lift:Fahrstuhl#Remote2024');
const BASIC_TITLE = b64('hlt_api:Quitclaim-7713!');
const DEEPL_LIKE = fill('b117-mtkey', HEX, 32);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const conf = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH117_CREDENTIALS: DraftRecord[] = [
  rec('yaml_config', f`The edge gateway in the lift motor room stopped uploading alarms to S3 after we rotated keys. Config on the box:

${conf(f`# /etc/liftwatch/gateway.yaml
site_id: MUC-SCHW-0412
controller:
  protocol: modbus-tcp
  host: ${amb('pii.ip_address', '192.168.40.21')}
  port: 502
mqtt:
  broker: tls://mqtt.liftwatch-ops.eu:8883
  username: gw-0412
  password: ${v('credential.password_assignment', 'Seilrolle!8814')}
upload:
  bucket: liftwatch-alarm-archive
  region: eu-central-1
  aws_access_key_id: ${v('credential.aws_access_key_id', AWS_ID)}
  aws_secret_access_key: ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Logs say SignatureDoesNotMatch. Is the region wrong?`),

  rec('chat_de', f`Kurze Frage: das LTE-Modem im Aufzug Haus B (Schwabing) wählt sich nicht mehr ein. Der Techniker hat vor Ort das APN-Profil neu gesetzt, Benutzer "liftm2m", Kennwort ${v('credential.password_in_prose', 'Kabine-Nord-27')}. Kann es sein, dass der Provider das Passwort zurückgesetzt hat? Wie prüfe ich das per AT-Befehl?`),

  rec('env_file', f`Pomóż mi uporządkować ten plik .env z aplikacji do pomocy drogowej, chcę go przenieść do Vaulta:

${conf(f`# roadside-app/.env.production
NODE_ENV=production
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${phone('+48 22 418 37 92')}
GOOGLE_MAPS_KEY=${v('credential.google_api_key', GMAPS)}
DISPATCH_RADIUS_KM=45`)}

Które zmienne są naprawdę tajne, a które mogą zostać w repo?`),

  rec('code_js', f`We charge the earnest-money convenience fee by card through this handler. Refunds fail with "No such charge" — what's wrong?

\`\`\`js
${code(f`const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

async function refundEmdFee(escrowNo, chargeId) {
  const refund = await stripe.refunds.create({
    charge: chargeId,
    metadata: { escrow: escrowNo, reason: 'closing_cancelled' },
  });
  return refund.status;
}

module.exports = { refundEmdFee };`)}
\`\`\``),

  rec('chat_fr_ca', f`Salut! Pour l'infolettre aux parents des CPE, j'ai branché Brevo sur notre formulaire d'inscription. La clé API c'est ${v('credential.brevo_api_key', BREVO)} — est-ce que je peux la mettre direct dans le code JavaScript du site ou c'est pas une bonne idée? Merci là!`),

  rec('code_python', f`クレームの英訳を自動化したいのですが、出力が途中で切れます。どこを直せばいいですか？

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def translate_claims(text: str) -> str:
    # 特許請求の範囲を米国出願用に英訳
    res = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Translate Japanese patent claims into US-style English claims."},
            {"role": "user", "content": text},
        ],
        max_tokens=800,
    )
    return res.choices[0].message.content`)}
\`\`\``),

  rec('env_file', f`Hola, este es el .env del pipeline de pretraducción para las traducciones juradas. ¿Por qué el worker no lee la clave de Anthropic?

${conf(f`MT_PROVIDER=anthropic
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MT_FALLBACK_KEY=${v('credential.generic_secret_assignment', DEEPL_LIKE)}
GLOSSARY_DIR=/srv/glosarios/juridico
MAX_PAGES_PER_JOB=40`)}

En local funciona, en el servidor no.`),

  rec('chat_zh', f`远程监控平台连不上 MQTT 了，报 "Connection refused: not authorised"。配置如下：
broker: ${amb('pii.ip_address', '10.12.8.45')}:1883
用户名: elevator_collector
密码: ${v('credential.password_in_prose', 'Dianti@2024sh')}
上周运维改过 broker 的 ACL，是不是跟这个有关？帮我写一段 mosquitto_sub 的测试命令。`),

  rec('chat_pt_br', f`Galera, o bot do Slack que avisa o plantão de socorro de pneu parou de postar no canal #socorro-sp. O token que tá no servidor é ${v('credential.slack_bot_token', SLACK_BOT)}. Precisa reinstalar o app no workspace? Alguém mexeu nas permissões?`),

  rec('curl', f`Title plant API keeps returning 401 for the chain-of-title search. I'm calling it like this:

${amb('source_code.snippet', f`curl -s -X POST https://api.titleplant-west.com/v2/search \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_TITLE)}" \\
  -H "Content-Type: application/json" \\
  -d '{"county":"Maricopa","apn":"214-38-117","from":"1998-01-01"}'`)}

The same user/password works in their web UI.`),

  rec('chat_nl', f`Voor de nieuwsbrief van de kinderdagverblijven gebruiken we Mailchimp. Kun je een Python-scriptje schrijven dat alle ouders uit groep "Rupsjes" taggt? API-sleutel: ${v('credential.mailchimp_api_key', MAILCHIMP)}, audience heet "Ouders 2024-2025".`),

  rec('docker_compose', f`Unser Fristenkalender-Container startet, aber Sentry bekommt nichts. Compose-Datei:

${conf(f`services:
  docketing:
    image: registry.kanzlei-intern.de/fristen:4.2.1
    environment:
      DATABASE_URL: postgres://fristen:${v('credential.database_url_password', 'Prioritaet!2025')}@db:5432/fristen
      SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127390214144`)}
      TZ: Europe/Berlin
    depends_on: [db]`)}

Fehlt da eine Umgebungsvariable für das Environment?`),

  rec('chat_ar', f`ترجم لي هذه الرسالة إلى الإنجليزية من فضلك، أريد إرسالها للمترجمة الجديدة:
"مرحباً سلمى، تم إنشاء حسابك على بوابة المترجمين. اسم المستخدم: salma.h وكلمة المرور المؤقتة: ${v('credential.password_in_prose', 'Qalam#5520')} — يرجى تغييرها عند أول دخول. الجلسة الأولى في محكمة الاستئناف يوم الأحد."`),

  rec('chat_ko', f`원격감시 게이트웨이에 SSH 접속이 안 됩니다. 현장 기사님이 보내준 키 파일인데 형식이 맞는지 봐주세요.

${v('credential.openssh_private_key', SSH_KEY)}

접속 명령: ssh -i gw_key lift@${amb('pii.ip_address', '172.20.14.9')}
"Load key: invalid format" 에러가 나요.`),

  rec('chat_ru', f`Помогите разобраться: сервис учёта шин не подключается к базе после переезда. Строка подключения из конфига:
${conf(f`Server=sql-shiny01.local;Database=TyreFleet;User Id=fleet_app;Password=${v('credential.connection_string_password', 'Protektor_77x')};TrustServerCertificate=True`)}
Ошибка: "Login failed for user 'fleet_app'". Пароль точно правильный, я его проверял в SSMS.`),

  rec('log', f`Encontré esto en el log del portal de cierre, ¿es grave que quede el token completo?

${amb('source_code.snippet', f`2024-12-03 10:14:22.871 DEBUG [closing-portal] outbound GET https://api.harborline-title.com/v1/files/ESC-24-08817/docs
2024-12-03 10:14:22.872 DEBUG [closing-portal] headers: {"Authorization":"Bearer ${v('credential.jwt', JWT_ESCROW)}","X-Request-Id":"c4f1e2a9"}
2024-12-03 10:14:23.104 INFO  [closing-portal] 200 OK (12 docs)`)}

El equipo de México dice que es solo de prueba pero el dominio es producción.`),

  rec('chat_he', f`תוכל לנסח הודעה קצרה לצוות הגננות? "שלום לכולן, הסיסמה החדשה למערכת הנוכחות היא ${v('credential.password_in_prose', 'Gan-Tut-4418')}, שם המשתמש נשאר אותו דבר. נא לא לשתף עם הורים." שיהיה בטון נעים.`),

  rec('chat_ko', f`KIPO 전자출원용 인증서를 새 PC로 옮겼는데 특허로에서 인증서 암호가 틀리다고 나옵니다. 인증서 비밀번호는 ${v('credential.password_in_prose', 'Tkgjqls!0917')} 이고 예전 PC에서는 잘 됐어요. 인증서 내보내기를 잘못한 걸까요?`),

  rec('code_python', f`Бот для розкладу перекладачів не відповідає в Telegram. Ось код:

${code(f`import telebot

bot = telebot.TeleBot("${v('credential.telegram_bot_token', TELEGRAM)}")

@bot.message_handler(commands=["zasidannia"])
def hearings(msg):
    # повертає список засідань на завтра для перекладача
    rows = load_schedule(msg.from_user.id)
    bot.reply_to(msg, "\\n".join(f"{r.time} – {r.court}, {r.lang}" for r in rows) or "Немає засідань")

bot.infinity_polling()`)}

Помилка 409 Conflict: terminated by other getUpdates request.`),

  rec('config', f`Ciao, il servizio che archivia i tracciati degli ascensori su Azure dà "AuthenticationFailed". Stringa di connessione nel web.config:

${conf(f`<add key="TraceStorage" value="DefaultEndpointsProtocol=https;AccountName=ascensoritrace;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net" />`)}

La chiave l'abbiamo rigenerata ieri, forse è quella vecchia?`),

  rec('ci_yaml', f`GitLab pipeline'ımız filo servis uygulamasını deploy ederken "HTTP Basic: Access denied" veriyor:

${conf(f`deploy:
  stage: deploy
  image: alpine/git
  script:
    - git remote set-url origin https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.lastikfilo.com.tr/filo/servis-app.git
    - git push origin HEAD:release
  only:
    - main`)}

Token'ın süresi dolmuş olabilir mi?`),

  rec('code_python', f`Closing-day text reminders go out twice. Can you see why?

${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_account_sid', TW_SID2)}", "${v('credential.twilio_auth_token', TW_AUTH2)}")

def remind(signers):
    for s in signers:
        client.messages.create(
            to=s.mobile,
            from_="${phone('+1 480 392 7716')}",
            body=f"Reminder: signing for escrow {s.escrow_no} tomorrow at {s.time}. Bring a photo ID.",
        )
    for s in signers:
        log_reminder(s)`)}`),

  rec('json_config', f`Grüezi, d Eltern-App vo üsne Chinderhüeti schickt kei Push-Nachrichte meh. Das isch d Service-Account-Datei wo im Backend liit:

${conf(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "chinderhuet-eltern-app",
  "private_key_id": "${fill('b117-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'push-sender@chinderhuet-eltern-app.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'push-sender%40chinderhuet-eltern-app.iam.gserviceaccount.com')}"
}`))}

Mues i en neue Schlüssel mache oder lit s am FCM v1?`),

  rec('code_sh', f`這個腳本每天早上把期限表從 GitHub 拉下來，今天開始失敗（401）。

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
TOKEN="${v('credential.github_pat', GHP)}"
curl -sf -H "Authorization: token $TOKEN" \\
  -o /srv/docket/deadlines.csv \\
  https://raw.githubusercontent.com/ipfirm-tw/docket-export/main/deadlines.csv
python3 /srv/docket/notify.py --days 30`)}
\`\`\`

是不是 token 過期了？要怎麼換成 fine-grained token？`),

  rec('chat_fr', f`Bonjour, nos traductions certifiées partent par e-mail via SendGrid et depuis ce matin tout est en "deferred". Clé utilisée dans l'outil : ${v('credential.sendgrid_api_key', SG)}. Est-ce que SendGrid bloque si le domaine n'est pas authentifié ? Merci de m'aider à rédiger le ticket au support.`),

  rec('chat_sv', f`Kan du hjälpa mig med en Grafana-fråga? Vi visar larm från hissarna i Göteborg på en tavla i övervakningscentralen. Servicekontots token ${v('credential.grafana_service_account_token', GLSA)} ger 403 på /api/dashboards. Vilken roll behöver kontot?`),

  rec('chat_cs', f`Ahoj, potřebuju poslat metriky z naší aplikace na správu pneumatik do Datadogu. Mám API klíč ${v('credential.datadog_api_key', DD_API)} a site datadoghq.eu. Jak to nastavit v docker-compose pro agenta?`),

  rec('aws_credentials', f`${conf(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET2)}
region = us-west-2

[profile recorded-docs]
role_arn = arn:aws:iam::418273950164:role/RecordedDocsReader
source_profile = default`)}

This is ~/.aws/credentials on the closing-docs scanner PC. Can I restrict the default profile so it only uploads to the recorded-deeds bucket?`),

  rec('chat_es_ar', f`Che, ¿me das una mano? El login con Google del portal de familias del jardín tira "invalid_client". En la consola puse el client ID de siempre y el secreto ${v('credential.google_oauth_client_secret', GOCSPX)}. ¿Tengo que agregar la URL de redirect de producción?`),

  rec('chat_fr', f`Peux-tu traduire en anglais le mail à notre correspondant à Munich ? « Cher confrère, pour déposer la demande divisionnaire via l'OLF, le mot de passe de la carte à puce du cabinet est ${v('credential.password_in_prose', 'Brevet-Div-2291')}. Merci de ne pas le conserver après le dépôt. »`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα script που ανεβάζει τις μεταφράσεις στον FTP του πελάτη; Η διεύθυνση που μας έδωσαν: ftp://metafraseis:${v('credential.url_password', 'Dikastirio!48')}@ftp.nomiki-ypostirixi.gr/paradoseis/ — ο κωδικός ισχύει μέχρι τέλος του μήνα.`),

  rec('router_config', f`A felvonó-monitorozó router konfigurációja, miért nem enged be SSH-n?

${conf(f`hostname LIFT-GW-BUD-07
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b117-cisco9a', B64URL.replace('-', '.').replace('_', '/'), 14), '$', fill('b117-cisco9b', B64URL.replace('-', '.').replace('_', '/'), 43)))}
username szerviz privilege 15 password 0 ${v('credential.network_device_secret', 'Lift-Szerviz#07')}
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.77.3.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
line vty 0 4
 login local
 transport input ssh`)}`, 'type-9 enable secret is a hash (ambiguous); the type-0 user password is a plain secret'),

  rec('shell', f`Salut, am rulat asta pe serverul de flotă ca să export anvelopele schimbate luna trecută și merge, dar colegul zice că nu e sigur:

$ mysql -h db-flota.intern -u raportare -p${v('credential.mysql_cli_password', 'Anvelopa2024!')} flota -e "SELECT nr_auto, dot, data_montaj FROM schimburi WHERE data_montaj >= '2024-11-01'" > noiembrie.csv

De ce nu e sigur? Parola apare undeva?`),

  rec('code_csharp', f`SharePoint upload of signed closing packages fails with AADSTS7000215. App registration secret in appsettings:

${conf(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5f2b9c41-8d37-4e6a-a0c1-73e9d4b28f16",
    "ClientId": "c8a1d4e7-29f3-4b60-8e15-0d7a3c92b4f1",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Sharepoint": { "Site": "harborlinetitle.sharepoint.com/sites/closings" }
}`)}`),

  rec('chat_ar_eg', f`يا جماعة كاميرا الفصل في الحضانة مش بتفتح على الأبلكيشن. اليوزر admin والباسورد ${v('credential.password_in_prose', 'Nour@2023cam')}، جربت أعمل ريستارت ومفيش فايدة. أعمل إيه؟`),

  rec('curl', f`Docketing wants a nightly export of Jira tickets labelled "foreign-filing". This works, but can you turn it into a Python script with pagination?

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'docketing@whitmore-ip.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Accept: application/json" \\
  "https://whitmore-ip.atlassian.net/rest/api/3/search?jql=labels%3Dforeign-filing&maxResults=100"`)}`),

  rec('chat_ka', f`გთხოვ, ინგლისურად თარგმნე: "ზურაბ, ხვალინდელი დისტანციური თარგმანისთვის სასამართლოს ვიდეოკონფერენციის ოთახის პაროლია ${v('credential.password_in_prose', 'Tbilisi-Sasam-19')}. შეხვედრა იწყება 10:00-ზე."`),

  rec('chat_th', f`ช่วยเขียนโค้ด Python ส่งแจ้งเตือนลิฟต์ค้างเข้า Telegram ให้หน่อยครับ bot token คือ ${v('credential.telegram_bot_token', TELEGRAM2)} และ chat id ของกลุ่มช่างคือ -1002148397265`),

  rec('npmrc', f`Tôi build app quản lý lốp xe trên CI thì bị 401 khi cài package nội bộ. File .npmrc:

${conf(f`@lopxe:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Token này là automation token, có cần bật 2FA không?`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('config', f`Olá! A aplicação de escrituras no servidor de Lisboa não arranca. No appsettings está:

${conf(f`"ConnectionStrings": {
  "Escrituras": "Server=sqlprd02;Database=Custodia;User ID=app_custodia;Password=${v('credential.connection_string_password', 'Registo.Predial#31')};Encrypt=True"
}`)}

O erro é "A network-related or instance-specific error". Será da palavra-passe ou da rede?`),

  rec('chat_hy', f`Խնդրում եմ, թարգմանիր անգլերեն ծնողների համար՝ «Հարգելի ծնողներ, մանկապարտեզի ծնողական պորտալ մուտք գործելու համար օգտանուն՝ parent.arevik, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Arevik-2024!')}։ Առաջին մուտքից հետո փոխեք գաղտնաբառը։»`),

  rec('chat_hi', f`हमारे पेटेंट डॉकेट का डेटा Notion में है। मुझे एक स्क्रिप्ट चाहिए जो हर सोमवार अगले 60 दिनों की डेडलाइन निकाले। Notion टोकन: ${v('credential.notion_token', NOTION)} और डेटाबेस का नाम "Foreign Filings" है।`),

  rec('chat_id', f`Tolong bantu bikin pesan otomatis ke Slack tiap ada order penerjemah tersumpah baru. Webhook-nya: ${v('credential.slack_webhook_url', SLACK_HOOK)} . Formatnya: nama klien, bahasa, jumlah halaman, tenggat.`),

  rec('shell', f`Vault-kirjautuminen onnistuu, mutta hissien etävalvonnan salaisuuksia ei saa luettua:

$ export VAULT_ADDR=https://vault.hissivalvonta.fi:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/etavalvonta/modemit
Error reading secret/data/etavalvonta/modemit: Code: 403. Errors: * permission denied

Mikä policy puuttuu?`),

  rec('chat_ms', f`Saya nak guna model Hugging Face untuk kenal pasti kerosakan tayar dari gambar. Token saya ${v('credential.huggingface_token', HF)} — kenapa dapat "401 Repository Not Found" bila muat turun model private syarikat?`),

  rec('chat', f`We move signed wire-authorisation PDFs to the bank's SFTP with this key. The bank says the key is "not in PEM format" — is it?

${v('credential.private_key', RSA_KEY)}

Their server is ${amb('pii.ip_address', '203.0.113.58')}, port 22, user harborline_wires.`),

  rec('chat_bn', f`অভিভাবকদের জন্য একটা নোটিশ লিখে দাও: "প্রিয় অভিভাবক, শিশুদের ছবি দেখার নতুন অ্যাপে লগইন করতে ইউজারনেম আপনার মোবাইল নম্বর এবং পাসওয়ার্ড ${v('credential.password_in_prose', 'Shishu#7730')}। প্রথমবার লগইনের পর পাসওয়ার্ড বদলে নিন।"`),

  rec('chat_tl', f`Pwede mo ba akong tulungan? Yung script namin na nag-a-upload ng mga priority document sa Dropbox ay nag-e-error ng "expired_access_token". Ito yung token na naka-hardcode: ${v('credential.dropbox_access_token', DROPBOX)}. Paano ba gumamit ng refresh token?`),

  rec('chat_am', f`እባክህ ይህን መልእክት ወደ እንግሊዝኛ ተርጉምልኝ፦ "ለፍርድ ቤት አስተርጓሚዎች መግቢያ ስርዓት የይለፍ ቃል ${v('credential.password_in_prose', 'Addis-Tergum-88')} ነው። ማንም ሰው ጋር አታጋሩ።"`),

  rec('docker_config', f`Our remote-monitoring VM can't pull the new collector image. ~/.docker/config.json on the VM:

${conf(f`{
  "auths": {
    "registry.liftwatch-ops.in": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Is the auth value base64 of user:password? Can you decode it so I can check the username?`),

  rec('chat_nb', f`Hei! Nettbutikken for dekk og felger bruker en begrenset Stripe-nøkkel til refusjoner: ${v('credential.stripe_restricted_key', RK_LIVE)}. Etter at vi la til fakturaer får vi "permission error". Hvilke tillatelser må nøkkelen ha?`),

  rec('chat_ta', f`இந்த மின்னஞ்சலை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: "வணக்கம் ராஜேஷ், escrow கணக்கு ஆவணங்களைப் பார்க்க போர்டல் கடவுச்சொல் ${v('credential.password_in_prose', 'Veedu#Chennai45')} ஆகும். தயவுசெய்து யாரிடமும் பகிர வேண்டாம்."`),

  rec('powershell', f`Šis skriptas turėtų siųsti pranešimą į Teams, kai tėvai užpildo registracijos formą, bet nieko neateina:

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$body = @{ text = "Nauja registracija: $($form.VaikoVardas), grupė $($form.Grupe)" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body`)}`),

  rec('chat_sk', f`Ahoj, potrebujem v Azure DevOps pipeline stiahnuť repozitár s termínmi patentových prihlášok. Použil som PAT ${v('credential.azure_devops_pat', ADO_PAT)} ale hlási TF401019. Aké oprávnenia musí mať?`),

  rec('chat_sr', f`Можеш ли да ми напишеш Python скрипту која шаље обавештење на Discord канал судских тумача кад стигне нови налог? Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}`),

  rec('shell', f`エレベーター監視サーバーへのバックアップが夜間に止まっています。cron で回しているのはこれです：

${amb('source_code.snippet', f`sshpass -p '${v('credential.cli_password', 'Shoukouki_0623')}' rsync -az /var/lib/liftmon/ backup@${amb('pii.ip_address', '10.30.2.17')}:/backup/liftmon/`)}

パスワードを直書きしているのが良くないのは分かっていますが、まず止まる原因を知りたいです。`),

  rec('chat', f`Quick sanity check before I send this to the new docketing clerk: "Your login for the annuity payment portal is whitmore.annuities / ${v('credential.user_password_pair', 'Renewal$Fee2025')} — please change it on first use." Is that OK to send by email, or should I call?`),

  rec('chat_de_at', f`Servus, kannst mir helfen den Text für die Reifenhotel-Kunden netter zu formulieren? "Ihr Zugang zum Kundenportal: Benutzername = Kundennummer, Passwort = ${v('credential.password_in_prose', 'Winterreifen24')}. Bitte ändern Sie es nach dem ersten Login."`),
];

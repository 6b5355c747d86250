/**
 * Held-out batch 115: credentials pasted by a cooperative bank's agricultural-loan officers, a football
 * club's sports-medicine clinic, a shipping agency's crew-change desk, a newspaper's paywall support,
 * a solar-farm SCADA team and a public defender's office. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32LOWER, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const GLSA = tok('glsa_', fill('b115-glsa1', B62, 32), '_', fill('b115-glsa2', HEX, 8));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b115-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b115-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b115-whsec', B62, 32));
const BREVO = tok('xkeysib-', fill('b115-brevo1', HEX, 64), '-', fill('b115-brevo2', B62, 16));
const SENDGRID = tok('SG.', fill('b115-sg1', B64URL, 22), '.', fill('b115-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b115-twsid', HEX, 32));
const TW_TOKEN = fill('b115-twtok', HEX, 32);
const CATAPULT_BEARER = fill('b115-catapult', B62 + '-._~', 72);
const PACS_BASIC = b64('pacs_reader:Kn33-Menisk!7');
const OPENAI = tok('sk-', 'proj-', fill('b115-oaiproj', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b115-ant', B64URL, 93), 'AA');
const AKIA = tok('AKIA', fill('b115-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b115-awssec', B64, 40);
const AZ_STORAGE = tok(fill('b115-azst', B64, 86), '==');
const TELEGRAM = tok('7318402956', ':', 'AA', fill('b115-tg', B64URL, 33));
const SLACK_BOT = tok('xoxb-', '5820194736', '1-', '6839201745523-', fill('b115-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b115-sht', UPPER + DIGITS, 8), '/B07', fill('b115-shb', UPPER + DIGITS, 8), '/', fill('b115-shx', B62, 24));
const AZ_CLIENT = tok(fill('b115-azc1', B62, 3), '8Q~', fill('b115-azc2', B62 + '_-.~', 34));
const JWT_PD = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pd-cms-2025' }, { sub: 'attorney:4471', name: 'K. Okafor', role: 'staff_attorney', office: 'felony-unit-3', iat: 1748937600, exp: 1748966400 }, 'b115-jwtpd');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b115-atl', B64URL, 171), '=', fill('b115-atl2', HEX.toUpperCase(), 8));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b115-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC_KEY = pem('EC PRIVATE KEY', 'b115-ec', 121);
const INFLUX = tok(fill('b115-influx', B64URL, 86), '==');
const DD_API = fill('b115-dd', HEX, 32);
const SOLAREDGE = fill('b115-se', UPPER + DIGITS, 32);
const GHP = gh('ghp', fill('b115-ghp', B62, 30));
const NPM = gh('npm', fill('b115-npm', B62, 30));
const GOOGLE = tok('AIza', 'Sy', fill('b115-gapi', B64URL, 33));
const PIANO_SECRET = fill('b115-piano', B62, 40);
const SENTRY_KEY = fill('b115-sentry', HEX, 32);
const CF_TOKEN = fill('b115-cft', B64URL, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b115-hvs', B64URL, 85));
const GLPAT = tok('glpat-', fill('b115-glpat', B64URL, 20));
const ADO = fill('b115-ado', B32LOWER, 52);
const SA_PEM = pem('PRIVATE KEY', 'b115-sapem', 1218).replace(/\n/g, '\\n');
const MAILGUN = tok('key-', fill('b115-mg', HEX, 32));
const DOCKER_AUTH = b64('crewdesk-ci:Kd8!vRt2-Qm9');
const HF = tok('hf_', fill('b115-hf', B62, 34));
const NOTION = tok('ntn_', fill('b115-ntn1', DIGITS, 11), fill('b115-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b115-at1', B62, 14), '.', fill('b115-at2', HEX, 64));
const TEAMS = tok('https://solvara.webhook.office.com/webhookb2/', '6b1e0f42-93d7-4c28-a5e1-0f7c3b9d2a64@2e8c71d5-4f09-4ab3-9c62-d1a7e03f5b98/IncomingWebhook/', fill('b115-teams1', HEX, 32), '/', '8f2d4a61-7b3c-4e95-b0d8-3c6e1a9f7d25/', 'V2', fill('b115-teams2', B64URL, 43));
const GROQ = tok('gsk_', fill('b115-groq', B62, 52));
const JWT_CLUB = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'physio-07', club: 'fc-riverside', scope: 'medical:read medical:write', iat: 1749110400, exp: 1751702400 }, 'b115-jwtclub');
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1280459371628401937', '/', fill('b115-dwh', B64URL, 68));
const LINEAR = tok('lin_api_', fill('b115-linear', B62, 40));
const DO_TOKEN = tok('dop_v1_', fill('b115-do', HEX, 64));
const PSCALE_PW = tok('pscale_', 'pw_', fill('b115-pspw', B64URL, 43));
const FIGMA = tok('figd_', fill('b115-figd', B64URL, 40));
const TFC = tok(fill('b115-tfc1', B62, 14), '.atlasv1.', fill('b115-tfc2', B62, 67));
const SQUARE = tok('EAAA', fill('b115-square', B64URL, 60));
const LANGSMITH = tok('lsv2_', 'pt_', fill('b115-ls1', HEX, 32), '_', fill('b115-ls2', HEX, 10));
const POSTMAN = tok('PMAK-', fill('b115-pm1', HEX, 24), '-', fill('b115-pm2', HEX, 34));

export const BATCH115_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`G'day, our Grafana alert bot for the Moree solar farm stopped posting after we moved the box. Here's the .env, can you spot what's off?

${cfg(f`# /opt/scada-alerts/.env
GRAFANA_URL=http://${ip('10.20.4.15')}:3000
GRAFANA_SA_TOKEN=${v('credential.grafana_service_account_token', GLSA)}
MQTT_HOST=${ip('10.20.4.31')}
MQTT_USER=alerts
MQTT_PASSWORD=${v('credential.password_assignment', 'Wombat-Inverter-58')}
SITE_ID=MOR-01`)}

Reckon it's the firewall but I'm not sure.`),

  rec('router_config', f`Hola, el router del parque solar de Tabernas no deja entrar por SSH desde la oficina. Esta es la config (la copié con show run):

${cfg(f`hostname PV-TAB-RTR01
!
enable secret 5 ${ambCat('credential', tok('$1$', fill('b115-md5salt', B62, 4), '$', fill('b115-md5', B62 + './', 22)))}
username tecnico privilege 15 password 0 ${v('credential.network_device_secret', 'Almeria#Sol2024')}
!
interface GigabitEthernet0/1
 description SCADA-LAN
 ip address ${ip('192.168.60.1')} ${ip('255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'tabPV-rw-91')} RW
line vty 0 4
 transport input ssh
 login local`)}

¿Falta algo en las líneas vty?`, 'type-5 secret is a hash: ambiguous without a rule id; the clear-text password and the RW community are labelled'),

  rec('code_python', f`Kannst du mir sagen, warum pymodbus hier nach 10 Minuten einen Timeout wirft? Das Skript läuft auf dem Feldrechner im Solarpark Brandenburg-Süd.

\`\`\`python
${code(f`from pymodbus.client import ModbusTcpClient
import requests, time

GATEWAY = "${ip('172.16.8.40')}"
PORTAL = "https://monitoring.sonnenfeld-energie.de/api/v2/ingest"
PORTAL_USER = "feld-brb-sued"
PORTAL_PASSWORD = "${v('credential.password_assignment', 'Kiefer!Strom-2291')}"

client = ModbusTcpClient(GATEWAY, port=502, timeout=3)
while True:
    rr = client.read_holding_registers(40083, count=2, slave=1)
    watts = rr.registers[0] * 10 ** (rr.registers[1] - 65536 if rr.registers[1] > 32767 else rr.registers[1])
    requests.post(PORTAL, json={"ac_power_w": watts}, auth=(PORTAL_USER, PORTAL_PASSWORD), timeout=5)
    time.sleep(15)`)}
\`\`\``),

  rec('chat', f`Quick one from subs support — finance pasted our live Stripe key into the shared sheet: ${v('credential.stripe_secret_key', STRIPE_LIVE)}. I've asked them to remove it, but do I need to roll it in the dashboard as well, or is removing it enough? Cheers`),

  rec('env_file', f`Bonjour, le webhook Stripe renvoie « No signatures found matching the expected signature ». Voici le .env du service abonnements :

${cfg(f`NODE_ENV=production
PAYWALL_BASE_URL=https://abonnement.le-courrier-du-soir.fr
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_PUBLISHABLE_KEY=pk_live_${fill('b115-pklive', B62, 99)}`)}

Est-ce que le secret du webhook est celui de l'endpoint en mode test ?`, 'a publishable key next to the secrets: unlabelled by convention'),

  rec('chat_it', f`Ciao, la newsletter del mattino non parte più da lunedì. La chiave Brevo che usiamo nel cron è ${v('credential.brevo_api_key', BREVO)} — mi scrivi una mail per il fornitore chiedendo se è stata revocata?`),

  rec('code_ts', f`Olá! O e-mail de boas-vindas dos novos assinantes cai no spam. O código do envio:

${code(f`import sgMail from '@sendgrid/mail';

sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

export async function welcome(to: string, plano: 'digital' | 'impresso') {
  await sgMail.send({
    to,
    from: { email: '${v('pii.email', 'assinaturas@diariodovale.com.br')}', name: 'Diário do Vale' },
    templateId: plano === 'digital' ? 'd-41c7e2b9' : 'd-58a0f3d1',
  });
}`)}

Falta configurar SPF/DKIM?`),

  rec('env_file', f`Kun je uitleggen waarom de Zendesk-koppeling 401 geeft? Dit is de config van de abonnementsdesk:

${cfg(f`ZENDESK_SUBDOMAIN=dagbladnoord
ZENDESK_EMAIL=${v('pii.email', 'lezersservice@dagbladnoord.nl')}
ZENDESK_API_TOKEN=${v('credential.generic_secret_assignment', fill('b115-zd', B62, 40))}
CRM_ENDPOINT=https://crm.dagbladnoord.nl/api`)}`),

  rec('chat_en_in', f`Sir, the KCC loan module is not connecting to the database after the branch server migration. Config line from application.properties:

${cfg(f`spring.datasource.url=jdbc:postgresql://${ip('10.112.6.21')}:5432/agri_loans
spring.datasource.username=kcc_app
spring.datasource.password=${v('credential.password_assignment', 'Kisan@Pune#2024')}`)}

Earlier it was working with the same password only. Kindly advise.`),

  rec('config_pl', f`Cześć, po aktualizacji systemu kredytów rolniczych raport z SQL Servera się wysypuje. Connection string z appsettings:

${cfg(f`"ConnectionStrings": {
  "Kredyty": "Server=${ip('10.40.2.17')},1433;Database=KredytyRolne;User Id=raporty;Password=${v('credential.connection_string_password', 'Rzepak!2025-lipiec')};TrustServerCertificate=True"
}`)}

Błąd: "Login failed for user 'raporty'". Co sprawdzić?`),

  rec('shell_uk', f`Привіт! Скрипт вивантаження графіків погашення кредитів фермерів зависає. Ось команда з cron:

${cfg(f`mysql -h ${ip('10.8.14.5')} -u agro_report -p${v('credential.mysql_cli_password', 'Pshenytsia-77')} agrocredit -e "SELECT * FROM repayments WHERE due_date < CURDATE()" > /srv/reports/overdue.csv`)}

Як зробити, щоб пароль не було видно в ps?`),

  rec('chat_sw', f`Habari, naomba uniandikie ujumbe mfupi kwa afisa mikopo wa shambani: "Akaunti yako ya programu ya mikopo ya wakulima imefunguliwa. Jina la mtumiaji ni m.wanjiru na nenosiri ni ${v('credential.password_in_prose', 'Mahindi#Nakuru24')}. Tafadhali libadilishe mara ya kwanza unapoingia." Asante.`),

  rec('code_python', f`Hola, el recordatorio de citas de fisioterapia por SMS dejó de llegar a los jugadores. ¿Qué está mal?

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN)}"

cliente = Client(ACCOUNT_SID, AUTH_TOKEN)

def recordatorio(tel, jugador, hora):
    cliente.messages.create(
        to=tel,
        from_="${phone('+15017250604')}",
        body=f"Hola {jugador}, tu sesión de fisio es hoy a las {hora}. Clínica Deportiva Club Atlético",
    )`)}`),

  rec('curl', f`The GPS vest export from the vendor API worked on Friday, now 403. Command I run after training:

${cfg(f`curl -s -H "Authorization: Bearer ${v('credential.bearer_token', CATAPULT_BEARER)}" \\
  "https://connect.gpsvest-vendor.com/api/v6/activities?start=2025-06-02&team=first-team" -o load.json`)}

Did the token expire or is it the team param?`),

  rec('chat_ja', f`クラブのPACSからMRI画像を取り込むスクリプトが401になります。ヘッダーはこれです：

Authorization: Basic ${v('credential.basic_auth_header', PACS_BASIC)}

ユーザー名とパスワードは正しいはずなのですが、エンコードが間違っていますか？`),

  rec('chat_ko', f`선수 부상 보고서를 요약하는 내부 도구를 만들고 있어요. 아래 키로 호출하면 429가 계속 나요. 요금제 문제일까요?

OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}`),

  rec('chat_tr', f`Merhaba, sakatlık raporlarını özetleyen script'te Anthropic anahtarını şöyle tanımladım: ANTHROPIC_API_KEY="${v('credential.anthropic_api_key', ANTHROPIC)}". "invalid x-api-key" hatası alıyorum, tırnaklar sorun olabilir mi?`),

  rec('aws_credentials', f`Γεια σου, το script που ανεβάζει τα διαβατήρια των ναυτικών στο S3 αποτυγχάνει με SignatureDoesNotMatch. Το αρχείο ~/.aws/credentials:

${cfg(f`[crewchange]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Μήπως φταίει η ώρα του server;`),

  rec('chat_ru', f`Подскажи, почему Azure Blob не принимает загрузку сканов виз экипажа? Строка подключения из конфига:
${cfg(f`DefaultEndpointsProtocol=https;AccountName=crewdocsprod;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}
Ошибка 403 AuthorizationFailure.`),

  rec('chat_tl', f`Hi po, gumawa ako ng Telegram bot para sa crew change alerts sa Manila office. Token: ${v('credential.telegram_bot_token', TELEGRAM)} — bakit hindi nagre-reply ang bot sa group? Naka-privacy mode ba?`),

  rec('code_python', f`Hei! Slack-boten som varsler mannskapsbytte poster ingenting. Kan du se på koden?

${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def varsle(fartoy: str, havn: str, dato: str) -> None:
    client.chat_postMessage(
        channel="#crew-change",
        text=f"Mannskapsbytte {fartoy} i {havn} {dato}: sjekk visum og flybilletter",
    )`)}`),

  rec('chat_da', f`Hej, kan du hjælpe mig med at skrive en besked til IT? Vores Slack-webhook til visumfristerne (${v('credential.slack_webhook_url', SLACK_HOOK)}) er blevet delt i en ekstern kanal ved en fejl. Skal den slettes, og hvad gør vi bagefter?`),

  rec('chat_ar', f`مرحباً، أحتاج مساعدة في كتابة رسالة لوكيل التأشيرات في جدة. بيانات الدخول إلى بوابة التأشيرات الجديدة: اسم المستخدم crewdesk.jed وكلمة المرور ${v('credential.password_in_prose', 'Bahr@Jeddah2025')}. أريد أن أطلب منه تغيير كلمة المرور بعد أول دخول.`),

  rec('env_file', f`Our case management system's sync to SharePoint fails with AADSTS7000215. Relevant env:

${cfg(f`AZURE_TENANT_ID=3c9f1e27-8d40-4b6a-a1f5-72e0c4d8b931
AZURE_CLIENT_ID=5a7d2c90-1e48-4f3b-9b62-c04e8f1a7d35
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
SHAREPOINT_SITE=https://countypd.sharepoint.com/sites/CaseFiles`)}

We rotated the secret last week. Is AADSTS7000215 really "invalid client secret"?`),

  rec('log', f`Hi, our intake portal logs show this on every request since the update — is it a problem that the token is logged?

${cfg(f`2025-06-03 09:14:22,871 INFO  intake.auth  validated token for attorney:4471 token=${v('credential.jwt', JWT_PD)}
2025-06-03 09:14:22,902 INFO  intake.cases  GET /cases/PD-2025-01833 200 31ms`)}

Grand, thanks.`),

  rec('curl', f`Bonjour, la requête vers Jira pour le suivi des dossiers de l'aide juridique renvoie 401 :

${cfg(f`curl -u ${v('pii.email', 'm.tremblay@aidejuridique-qc.ca')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://aidejuridique.atlassian.net/rest/api/3/search?jql=project=DOSS"`)}

Le jeton a été créé hier, qu'est-ce qui cloche?`),

  rec('chat_fi', f`Moi, kenttähuollon läppäri ei enää pääse RTU:lle SSH:lla. Tämä on avain, jonka kopioin vanhalta koneelta – onko se rikki?

${v('credential.openssh_private_key', OSSH)}

Aurinkopuisto Lapua, RTU ${ip('10.60.1.12')}.`),

  rec('yaml', f`Hej! MQTT-bryggan för växelriktarna i Skurup vägrar TLS-handskakningen. Konfig:

${cfg(f`mqtt:
  broker: ssl://${ip('10.30.0.9')}:8883
  client_id: skurup-bridge-01
  tls:
    ca: /etc/bridge/ca.pem
    cert: /etc/bridge/client.pem
    key: |
      ${v('credential.private_key', EC_KEY.split('\n').join('\n      '))}`)}

Är det nyckelformatet (EC) som är problemet?`),

  rec('env_file', f`Ahoj, Telegraf neposílá data z měničů do InfluxDB, v logu je "unauthorized access". Konfigurace:

${cfg(f`INFLUX_URL=http://${ip('10.50.3.7')}:8086
INFLUX_ORG=fve-zatec
INFLUX_BUCKET=stridace
INFLUX_TOKEN=${v('credential.generic_secret_assignment', INFLUX)}`)}

Token jsem vygeneroval jako all-access.`),

  rec('docker_compose', f`Szia! A Datadog agent nem küld metrikát a napelempark gateway-éről. docker-compose részlet:

${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu
      DD_HOSTNAME: pv-kiskunhalas-gw`)}

Mi lehet a baj?`),

  rec('chat_zh', f`你好，帮我给运维供应商写一封邮件：宁夏光伏电站的逆变器云平台账号是 nx_pv_ops，密码是 ${v('credential.password_in_prose', 'Ningxia#Guangfu88')}，请他们今天之内重置密码并开启双因素认证。`),

  rec('code_js', f`Salut, scriptul care trage producția zilnică din portalul invertoarelor dă 403. Ce greșesc?

${code(f`const SITE_ID = 2841937;
const API_KEY = '${v('credential.generic_secret_assignment', SOLAREDGE)}';

async function productieZi(data) {
  const url = \`https://monitoringapi.solaredge.com/site/\${SITE_ID}/energy?timeUnit=QUARTER_OF_AN_HOUR&startDate=\${data}&endDate=\${data}&api_key=\${API_KEY}\`;
  const r = await fetch(url);
  if (!r.ok) throw new Error('HTTP ' + r.status);
  return (await r.json()).energy.values;
}`)}`),

  rec('mikrotik', f`Bok, trebam pomoć s MikroTikom na sunčanoj elektrani Benkovac. Dodao sam korisnika za servisera ovako:

${cfg(f`/user add name=servis group=full password=${v('credential.network_device_secret', 'Bura-Servis!93')}
/ip service set ssh address=${ip('10.70.0.0')}/24
/ip address add address=${ip('10.70.0.1')}/24 interface=ether2`)}

Ali se ne može spojiti preko Winboxa. Zašto?`),

  rec('chat_bg', f`Здравей, git push към репото на paywall-а отказва. Remote-ът ми е:
https://paywall-bot:${v('credential.github_pat', GHP)}@github.com/vestnik-dnes/paywall-service.git
Грешката е "Permission to vestnik-dnes/paywall-service.git denied". Как да го оправя?`),

  rec('npmrc', f`Labas, CI neberia privačių paketų iš prenumeratų komandos registro. .npmrc:

${cfg(f`@dienrastis:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Lokaliai veikia. Kodėl?`, 'the npm token is both the .npmrc value and an npm_ token'),

  rec('chat_lv', f`Sveiki! Abonēšanas lapā reCAPTCHA rāda "invalid key type". Mēs izmantojam Google API atslēgu ${v('credential.google_api_key', GOOGLE)} — vai tai jābūt ierobežotai uz domēnu?`),

  rec('yaml', f`Tere! Maksemüüri OAuth integratsioon tellimuste süsteemiga ei tööta. application.yml:

${cfg(f`piano:
  aid: Qx7Lm2Vn4R
  client_id: paevaleht-subs
  client_secret: ${v('credential.generic_secret_assignment', PIANO_SECRET)}
  sandbox: false`)}

Kas client_secret peaks olema base64-kodeeritud?`),

  rec('chat_ka', f`გამარჯობა, Sentry არ იღებს შეცდომებს paywall-ის ფრონტენდიდან. DSN ასეთია: ${v('credential.sentry_dsn', tok('https://', SENTRY_KEY, '@o482913.ingest.sentry.io/5738201'))} — რა შეიძლება იყოს პრობლემა?`),

  rec('chat_hy', f`Բարև, paywall worker-ը Cloudflare-ում չի deploy լինում։ wrangler-ին տվել եմ CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}, բայց ասում է "Authentication error [code: 10000]"։ Ի՞նչ թույլտվություններ են պետք։`),

  rec('shell_az', f`Salam, kənd təsərrüfatı kreditləri servisi Vault-dan sirri oxuya bilmir:

${cfg(f`$ export VAULT_ADDR=https://vault.aqrokredit.az:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/kredit-core/db
Error making API request. Code: 403. Errors: * permission denied`)}

Policy-də nə çatmır?`),

  rec('chat_kk', f`Сәлем! GitLab CI агронесиелер модулінің репосын клондай алмайды. Токен: ${v('credential.gitlab_pat', GLPAT)} (read_repository құқығы бар). Неге "HTTP Basic: Access denied" шығады?`),

  rec('chat_uz', f`Salom, Azure DevOps pipeline qishloq xo'jaligi kreditlari loyihasini build qilmayapti. PAT: ${v('credential.azure_devops_pat', ADO)} — muddati tugaganmi yoki scope yetishmayaptimi?`),

  rec('gcp_key', f`سلام، سرویس گزارش‌گیری وام‌های کشاورزی با این فایل کلید به BigQuery وصل نمی‌شود. خطا: invalid_grant. فایل:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "taavoni-agri-loans",
  "private_key_id": "${fill('b115-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'bq-report@taavoni-agri-loans.iam.gserviceaccount.com')}",
  "client_id": "104928371650283947162",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

ساعت سرور درست است.`),

  rec('chat_he', f`היי, המיילים עם אישורי הוויזה לאנשי הצוות לא יוצאים מהמערכת. מפתח ה-Mailgun שלנו הוא ${v('credential.mailgun_api_key', MAILGUN)} והדומיין mg.shipagency.co.il. מה לבדוק?`),

  rec('docker_config', f`হ্যালো, ক্রু-চেঞ্জ পোর্টালের ইমেজ pull করতে গেলে unauthorized আসছে। ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.crewportal.io": { "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}" }
  }
}`)}

কী ভুল হয়েছে?`),

  rec('chat_ta', f`வணக்கம், வீரர்களின் காய அறிக்கைகளை வகைப்படுத்த Hugging Face மாடலை பதிவிறக்க முடியவில்லை. HF_TOKEN=${v('credential.huggingface_token', HF)} கொடுத்தேன், 401 வருகிறது. gated மாடலுக்கு தனி அனுமதி வேண்டுமா?`),

  rec('chat_ml', f`നമസ്കാരം, ഫിസിയോ ടീമിന്റെ Notion ഡാറ്റാബേസിലേക്ക് സ്ക്രിപ്റ്റ് എഴുതാൻ പറ്റുന്നില്ല. ടോക്കൺ ${v('credential.notion_token', NOTION)} ആണ്. "object_not_found" എന്ന് വരുന്നു.`),

  rec('docker_compose', f`สวัสดีครับ ระบบจัดการคดีของสำนักงานทนายจำเลยสาธารณะรันด้วย docker-compose แต่ฐานข้อมูลไม่ยอมให้เชื่อมต่อ

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: casedb
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Thanon-Ratchada-61')}
  app:
    image: pd-cms:3.2
    environment:
      DB_HOST: db`)}

ช่วยดูหน่อยครับ`),

  rec('chat_vi', f`Chào bạn, mình đang đồng bộ lịch hầu tòa từ Airtable sang Google Calendar cho văn phòng luật sư công. Token Airtable: ${v('credential.airtable_pat', AIRTABLE)}. Nó báo lỗi INVALID_PERMISSIONS, cần scope gì?`),

  rec('chat_id', f`Halo, tolong bantu saya menulis email ke staf baru di kantor bantuan hukum: akun sistem perkara sudah dibuat, username r.siregar, kata sandinya ${v('credential.password_in_prose', 'Keadilan#Medan25')}, dan harus diganti saat login pertama.`),

  rec('powershell', f`Talofa! Our alarm script at the Upolu solar site posts to Teams but nothing shows up:

${code(f`$uri = "${v('credential.teams_webhook_url', TEAMS)}"
$payload = @{ text = "Inverter INV-07 trip: DC insulation fault" } | ConvertTo-Json
Invoke-RestMethod -Uri $uri -Method Post -Body $payload -ContentType 'application/json'`)}

Fa'amolemole, what's wrong?`),

  rec('chat_en_ng', f`Good afternoon. Please I am testing Groq for summarising the farmer loan applications at our cooperative in Ibadan. Key is ${v('credential.groq_api_key', GROQ)}. It is showing "model_decommissioned". Which model should I use now? E se.`),

  rec('http', f`Our club's medical app API rejects the physio tablet after the update. Request captured with Charles:

${cfg(f`GET /api/v2/players/27/injuries HTTP/1.1
Host: medical.fcriverside.co.uk
Authorization: Bearer ${v('credential.jwt', JWT_CLUB)}
Accept: application/json`)}

Response: 401 "audience mismatch". Anything in the token?`),

  rec('shell', f`Morning all, the nightly backup of the defender's case files to the DR box in Parramatta hangs:

${code(f`#!/bin/bash
set -euo pipefail
tar czf /backup/cases-$(date +%F).tgz /srv/cases
sshpass -p '${v('credential.cli_password', 'Pounamu-Backup-42')}' scp /backup/cases-$(date +%F).tgz ${amb('pii.email', 'backup@dr-par.pdo.local')}:/srv/backup/`)}

Any ideas? Cheers mate.`),

  rec('yaml', f`Olá, a exportação das prestações dos agricultores para a central da caixa agrícola falha no SFTP. Config:

${cfg(f`export:
  destino: sftp://caixa_agricola:${v('credential.url_password', 'Montado#Evora-19')}@sftp.centralcredito.pt:22/entrada
  formato: csv
  hora: "02:30"`)}

O erro é "Auth fail". A password tem um # — isso estraga o URL?`),

  rec('chat', f`Hey team, the Discord alerts for the night crew at the Kern County solar site are going to the wrong channel. Hook in the script: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — how do I find which channel it belongs to?`),

  rec('chat', f`Our paywall squad tracks bugs in Linear. I'm trying to auto-create issues from Zendesk tags with API key ${v('credential.linear_api_key', LINEAR)}, but GraphQL says "Authentication required". Header should be just the key, no Bearer?`),

  rec('terraform', f`Ahoj, Terraform pro monitoring solární elektrárny nám hlásí chybu při apply na DigitalOcean:

${cfg(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "scada_proxy" {
  name   = "fve-senec-proxy"
  region = "fra1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}`)}

Chyba: "Unable to authenticate you". Token jsem vytvořil včera.`),

  rec('env_file', f`Hi, I'm moving the newspaper's subscriber analytics to PlanetScale. Is this .env right?

${cfg(f`DATABASE_URL=mysql://subs_ro:${v('credential.database_url_password', v('credential.planetscale_token', PSCALE_PW))}@aws.connect.psdb.cloud/subscriptions?sslaccept=strict
FIGMA_TOKEN=${v('credential.figma_token', FIGMA)}`)}`),

  rec('hcl', f`Guten Tag, wir provisionieren die Infrastruktur der Pflichtverteidigung-Kanzlei mit Terraform Cloud. credentials.tfrc.json:

${cfg(f`{
  "credentials": {
    "app.terraform.io": { "token": "${v('credential.terraform_cloud_token', TFC)}" }
  }
}`)}

"terraform login" funktioniert hinter dem Proxy nicht, reicht diese Datei?`),

  rec('chat_es_mx', f`Qué onda, en la tienda del club cobramos con Square y el token de producción ${v('credential.square_access_token', SQUARE)} dejó de funcionar. ¿Se vence cada 30 días? El contacto de soporte de la clínica es ${phone('55 4183 2906', 'MX')}.`),

  rec('chat', f`LangSmith traces for our loan-application assistant aren't showing up. Env var set to LANGCHAIN_API_KEY=${v('credential.langsmith_api_key', LANGSMITH)}, project "agri-loans-eval". Do I need LANGCHAIN_TRACING_V2 too?`),

  rec('chat', f`Postman collection for the crew-change API runs fine on my laptop but Newman in CI says 401. I export it with the Postman API key ${v('credential.postman_api_key', POSTMAN)} — should CI use a separate key?`),
];


/**
 * Held-out batch 108: credentials pasted by staff of a national lottery's retailer-support and
 * prize-claims office, a children's hospital's child-protection team, a shipping insurer's cargo
 * claims desk, a small satellite-internet provider's installers and NOC, a museum's loans and
 * registrar office and a dairy farmers' cooperative. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b108-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b108-rk', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b108-whsec', B62, 32));
const TW_SID = tok('AC', fill('b108-twsid', HEX, 32));
const TW_AUTH = fill('b108-twauth', HEX, 32);
const TELEGRAM = tok('7184', fill('b108-tgid', DIGITS, 6), ':AA', fill('b108-tg', B64URL, 33));
const GLSA = tok('glsa_', fill('b108-glsa1', B62, 32), '_', fill('b108-glsa2', HEX, 8));
const AKIA = tok('AKIA', fill('b108-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_SECRET = fill('b108-akiasec', B64, 40);
const GHP = gh('ghp', 'Kv7Qm2Xr9Lt4Wn8Bz1Hc6Pd3Fy5Js0');
const GH_FINE = tok('github_pat_', '11B', fill('b108-ghfg1', UPPER + DIGITS, 19), '_', fill('b108-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b108-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4418203957', '1-', '7719302846154-', fill('b108-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b108-sht', UPPER + DIGITS, 8), '/B07', fill('b108-shb', UPPER + DIGITS, 8), '/', fill('b108-shk', B62, 24));
const OPENAI = tok('sk-', 'proj-', fill('b108-oa1', B64URL, 74), 'T3BlbkFJ', fill('b108-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b108-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b108-gapi', B64URL, 33));
const HF = tok('hf_', fill('b108-hf', UPPER + LOWER, 34));
const SENDGRID = tok('SG.', fill('b108-sg1', B64URL, 22), '.', fill('b108-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b108-mg', HEX, 32));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249' + fill('b108-dwid', DIGITS, 15), '/', fill('b108-dwtok', B64URL, 68));
const TEAMS_HOOK = tok('https://kesselnet.webhook.office.com/webhookb2/', '8c2e61f4-7a93-4b05-9d18-3e6f02ab57c9@1d7f3a92-5e48-4c61-8b20-f94e6a1c3d75/IncomingWebhook/', fill('b108-teams1', HEX, 32), '/', 'a41f7e02-6c39-4d85-b7e1-0f92c8d3a5b6/', 'V2', fill('b108-teams2', B64URL, 43));
const NPM = gh('npm', 'Tq4Wm8Zr2Yx6Lp1Vb9Nc3Kd7Hf5Gs0');
const DCKR = tok('dckr_', 'pat_', fill('b108-dckr', B64URL, 27));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b108-atl', B64URL, 171), '=', fill('b108-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b108-ntn1', DIGITS, 11), fill('b108-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b108-at1', B62, 14), '.', fill('b108-at2', HEX, 64));
const SENTRY_KEY = fill('b108-sentry', HEX, 32);
const DD_API = fill('b108-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b108-vault', B64URL, 86));
const CF_TOKEN = fill('b108-cf', B62 + '_-', 40);
const OKTA = tok('00', fill('b108-okta', B64URL, 40));
const DO_TOKEN = tok('dop_', 'v1_', fill('b108-do', HEX, 64));
const HEROKU = tok('HRKU-', 'AA', fill('b108-hrku', B64URL, 58));
const AZ_STORAGE = tok(fill('b108-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b108-azc1', B62, 3), '8Q~', fill('b108-azc2', B62 + '_-.', 34));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b108-pypi', B64URL, 160));
const LINEAR = tok('lin_api_', fill('b108-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b108-pm1', HEX, 24), '-', fill('b108-pm2', HEX, 34));
const DATABRICKS = tok('dapi', fill('b108-dbx', HEX, 32));
const ALIBABA_ID = tok('LTAI', '5t', fill('b108-ltai', B62, 18));
const ALIBABA_SECRET = fill('b108-alisec', B62, 30);
const NRAK = tok('NRAK-', fill('b108-nrak', UPPER + DIGITS, 27));
const SHOPIFY = tok('shpat_', fill('b108-shpat', HEX, 32));
const FIGMA = tok('figd_', fill('b108-figd', B64URL, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'museo-registro', a: fill('b108-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b108-mbx', B64URL, 22));
const RSA = pem('RSA PRIVATE KEY', 'b108-rsa', 1190);
const RSA_INDENTED = RSA.split('\n').join('\n    ');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b108-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC = pem('EC PRIVATE KEY', 'b108-ec', 121);
const SA_PEM = pem('PRIVATE KEY', 'b108-sapem', 1216).replace(/\n/g, '\\n');
const JWT_CLAIMS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lotto-claims-2' }, { sub: 'retailer:40817', scope: 'claims.read claims.write', iss: 'https://auth.lotto-retail.example', exp: 1767225600 }, 'b108-jwt1');
const JWT_LIMS = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 'lab-tech-07', role: 'lims_admin', coop: 'melkring', iat: 1733929200 }, 'b108-jwt2');
const BEARER = fill('b108-bearer', B62 + '-._~', 56);
const K8S_TOKEN_B64 = b64(tok('hvs.', 'CAESI', fill('b108-vault2', B64URL, 86)));
const DOCKER_AUTH = b64('ci-sat:Uplink!Ka-Band77');
const BASIC = b64('registrar:Vitrine#2291');
const SAT_API = fill('b108-satapi', B62, 40);

export const BATCH108_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Retailer portal keeps double-charging the weekly terminal fee. Here's our .env, can you see if the webhook secret is wired right?

${cfg(f`# retailer-portal/.env.production
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
FEE_CRON="0 6 * * MON"
SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}`)}`),

  rec('chat_de', f`Hallo, unser Außendienst-Bot für die Satelliten-Installateure antwortet nicht mehr. Token aus dem BotFather war ${v('credential.telegram_bot_token', TELEGRAM)} – muss ich den Webhook neu setzen, nachdem ich den Server umgezogen habe?`),

  rec('router_config', f`Can you check why the field techs can't log into the hub router at the Kiribati gateway site? Running config (partial):

${cfg(f`hostname gw-tarawa-01
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b108-c9a', B62 + './', 14), '$', fill('b108-c9b', B62 + './', 43)))}
username noc privilege 15 secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b108-c9c', B62 + './', 14), '$', fill('b108-c9d', B62 + './', 43)))}
username fieldtech privilege 5 password 0 ${v('credential.network_device_secret', 'Atoll-Dish#4471')}
!
interface GigabitEthernet0/1
 description MODEM-LINK
 ip address dhcp
 ip nat outside
!
tacacs server NOC-AAA
 address ipv4 ${amb('pii.ip_address', '10.201.4.10')}
 key 0 ${v('credential.network_device_secret', 'tq8-Lagoon-Relay')}
!
line vty 0 4
 login local
 transport input ssh`)}`, 'type-9 hashes ambiguous (hashes), plaintext type-0 password and TACACS key labelled'),

  rec('yaml_es', f`Hola, el broker MQTT de los tanques de leche no acepta la conexión de las sondas nuevas. Este es el fichero:

${cfg(f`# /etc/tanques/sondas.yaml
mqtt:
  host: mqtt.coop-lacteos.local
  port: 8883
  username: sonda_tanque
  password: ${v('credential.password_assignment', 'Ordeno-Madrugada-29')}
  tls: true
  topic: granjas/+/tanque/temperatura
intervalo_segundos: 60`)}

¿Puede ser por el TLS?`),

  rec('chat_pt_br', f`Oi! o serviço de conferência de bilhetes premiados não sobe em homologação, erro "password authentication failed". A URL que está no config é postgresql://conferencia:${v('credential.database_url_password', 'Sorteio$Mega2024')}@db-hml.loteria.interno:5432/premios — tem algum caractere que precisa de escape?`),

  rec('email_it', f`Oggetto: link documenti sinistro CL-2024-0813

Ciao Marta,
il perito non riesce ad aprire la cartella con le foto del container danneggiato. Gli ho mandato questo link:
https://claimsdocs.blob.core.windows.net/sinistri/CL-2024-0813?sv=2023-11-03&ss=b&srt=co&sp=rl&se=2025-01-31T18:00:00Z&st=2024-12-09T07:00:00Z&spr=https&sig=${v('credential.azure_sas_token', `${fill('b108-sas1', B62, 16)}%2B${fill('b108-sas2', B62, 14)}%2F${fill('b108-sas3', B62, 11)}%3D`)}

Puoi aiutarmi a capire se è scaduto? Grazie, Paolo`),

  rec('xml_nl', f`Onze Mirth-kanaal naar het kinderbeschermingsregister faalt sinds de update. Kun je zien wat er mis is met de connectiestring?

${cfg(f`<connector name="VeiligThuis-out">
  <driver>net.sourceforge.jtds.jdbc.Driver</driver>
  <url>jdbc:sqlserver://sql-kb01.kinderziekenhuis.local:1433;databaseName=meldingen;user=mirth_svc;password=${v('credential.connection_string_password', 'Zwaluw!Nest-0819')};encrypt=true</url>
  <query>SELECT * FROM outbox WHERE sent = 0</query>
</connector>`)}`),

  rec('code_python', f`Skript na export výsledků z laboratoře (tučnost, bílkoviny, SCC) do družstevního systému padá na 401, proč?

\`\`\`python
${code(f`import requests

LIMS_URL = "https://lims.mlekarna-druzstvo.cz/api/v2"
LIMS_USER = "export_bot"
LIMS_PASSWORD = "${v('credential.password_assignment', 'Kravin-Lab.2024')}"

def fetch_samples(day: str) -> list[dict]:
    s = requests.Session()
    s.auth = (LIMS_USER, LIMS_PASSWORD)
    r = s.get(f"{LIMS_URL}/samples", params={"date": day, "fields": "fat,protein,scc"})
    r.raise_for_status()
    return r.json()["items"]`)}
\`\`\``),

  rec('chat_uk', f`Привіт! Налаштовую дашборд NOC для супутникових терміналів у Grafana, токен сервісного акаунта: ${v('credential.grafana_service_account_token', GLSA)}. Як через API створити папку й імпортувати JSON дашборду?`),

  rec('chat_ru', f`Помогите написать письмо партнёрскому музею: им нужен доступ к нашему почтовому ящику для переписки по выставке. Ящик loans-exhibit, пароль ${v('credential.password_in_prose', 'Фреска2024!Зал')} — но в письме пароль писать не надо, просто скажите, что вышлем отдельно.`),

  rec('chat_lt', f`Sveiki, reikia pagalbos: kooperatyvo mokėjimų eksportas į banką per SFTP nustojo veikti. Konfigūracijoje parašyta sftp://melzejai_pay:${v('credential.url_password', 'Pienas#Rytas88')}@sftp.bankas-partneris.lt:22/incoming. Ar slaptažodyje simbolis # gali sugadinti URL?`),

  rec('radius_conf', f`ქსელის ოპერაციების ცენტრი: ახალი ბაზის სადგური ვერ გადის ავტორიზაციას RADIUS-ზე. ეს არის clients.conf:

${cfg(f`client bs-kutaisi-03 {
    ipaddr = ${amb('pii.ip_address', '172.20.14.33')}
    secret = ${v('credential.generic_secret_assignment', 'Mta-Kavkasioni-5521')}
    shortname = bs-kut03
    nas_type = other
}`)}

რა შეიძლება იყოს პრობლემა?`),

  rec('chat_tr', f`Merhaba, hasar bildirim e-postaları spam'e düşüyor. SendGrid anahtarımız ${v('credential.sendgrid_api_key', SENDGRID)}, domain authentication'ı nasıl kontrol ederim? Gönderen adres ${v('pii.email', 'hasar@denizsigorta-ornek.com.tr')}.`),

  rec('chat_he', f`שלום, אני מנסה לבנות כלי שמסכם דוחות של העובדת הסוציאלית לפני ישיבת הצוות (בלי שמות). מפתח ה-API שלנו הוא ${v('credential.openai_api_key', OPENAI)} — האם מותר לי לשלוח דרכו טקסט כזה, ואיך אני מגדיר שלא ישמרו את הנתונים?`),

  rec('curl_ar', f`مرحباً، هذا الطلب لاستعلام مطالبة الجائزة يرجع 403 منذ أمس:

${cfg(f`curl -s https://api.lotto-retail.example/v3/claims/PZ-77120 \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_CLAIMS)}" \\
  -H "Accept: application/json"`)}

هل انتهت صلاحية التوكن؟`),

  rec('chat_th', f`ช่วยดูหน่อยค่ะ สคริปต์ดึงรายการ issue จาก repo ของทีมติดตั้งจานดาวเทียมไม่ทำงาน ใช้โทเคน ${v('credential.github_pat', GHP)} แล้วได้ 404 ทั้งที่ repo มีอยู่จริง`),

  rec('chat_zh', f`你好，我们合作社的牛奶检测报告放在阿里云 OSS 上，上传脚本一直报 SignatureDoesNotMatch。AccessKey ID: ${v('credential.alibaba_access_key_id', ALIBABA_ID)}，AccessKey Secret: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}。是不是 endpoint 写错了？`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: noc-vault-bootstrap
  namespace: monitoring
type: Opaque
data:
  VAULT_TOKEN: ${v('credential.base64_encoded_token', K8S_TOKEN_B64)}
  VAULT_ADDR: aHR0cHM6Ly92YXVsdC5ub2MubG9jYWw6ODIwMA==`)}

The exporter pod says "permission denied" on secret/data/modems. Is the token maybe wrapped twice in base64?`),

  rec('chat_ja', f`美術館の貸出管理用に Airtable のベースを作りました。スクリプトから書き込みたいのですが、パーソナルアクセストークン ${v('credential.airtable_pat', AIRTABLE)} を使うと 403 になります。スコープの設定はどこで確認できますか？`),

  rec('chat_ko', f`안녕하세요. 박물관 소장품 대여 일정표를 Notion에 자동으로 올리려고 하는데 통합 토큰 ${v('credential.notion_token', NOTION)} 로 호출하면 object_not_found 가 나옵니다. 페이지를 통합에 공유해야 하나요?`),

  rec('chat_sv', f`Hej! Kan du hjälpa mig att skriva om vår rutin för utlåning till ett annat museum? I den gamla versionen står det att registratorns konto i samlingsdatabasen är "reg_admin" med lösenordet ${v('credential.password_in_prose', 'Runsten-Visby41')} – det ska naturligtvis bort ur dokumentet.`),

  rec('ssh_key', f`Installer laptop can't push configs to the terminal provisioning box anymore. I copied my key over from the old laptop like this, did I break the formatting?

${v('credential.openssh_private_key', OSSH)}

permissions are 644 on it`),

  rec('chat_hi', f`नमस्ते, लॉटरी रिटेलर ऐप में "स्कैन टिकट" फीचर के लिए Google Maps दिखाना है। API key ${v('credential.google_api_key', GOOGLE)} डाली है पर नक्शा ग्रे आ रहा है। क्या बिलिंग ऑन करनी पड़ेगी?`),

  rec('chat_ta', f`வணக்கம், பால் கூட்டுறவு சங்கத்தின் விவசாயிகளுக்கு SMS அனுப்ப Twilio பயன்படுத்துகிறோம். Account SID ${v('credential.twilio_account_sid', tok('AC', fill('b108-twsid2', HEX, 32)))}, auth token ${v('credential.twilio_auth_token', fill('b108-twauth2', HEX, 32))}. தமிழில் செய்தி அனுப்பும்போது எழுத்துகள் கேள்விக்குறியாக மாறுகின்றன, ஏன்?`),

  rec('gitlab_ci', f`${cfg(f`# .gitlab-ci.yml (modem-firmware-tools)
variables:
  GIT_DEPTH: "1"
  REGISTRY_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

publish:
  stage: deploy
  script:
    - echo "$REGISTRY_TOKEN" | docker login registry.gitlab.com -u noc-bot --password-stdin
    - docker push registry.gitlab.com/sat-isp/modem-tools:$CI_COMMIT_TAG
  only:
    - tags`)}

Job fails with "HTTP Basic: Access denied". Token has read_registry only I think?`),

  rec('slack_ts', f`Bot that posts new prize claims above the threshold into #claims-high-value — why does it post twice?

${code(f`import { WebClient } from '@slack/web-api';

const slack = new WebClient('${v('credential.slack_bot_token', SLACK_BOT)}');

export async function notifyHighValue(claim: { id: string; amount: number; region: string }) {
  if (claim.amount < 600) return;
  await slack.chat.postMessage({
    channel: '#claims-high-value',
    text: \`:ticket: Claim \${claim.id} – \${claim.amount.toFixed(2)} (\${claim.region})\`,
  });
}`)}`),

  rec('chat_pl', f`Cześć, jak sformatować ładną wiadomość dla instalatorów na Slacku? Webhook mamy taki: ${v('credential.slack_webhook_url', SLACK_HOOK)} – chcę, żeby było widać numer zlecenia, adres i okno czasowe montażu.`),

  rec('gcp_key', f`Cloud Function for the cargo-claims OCR can't read the bucket. This is the key file we mounted (sa-ocr.json):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "cargo-claims-ocr",
  "private_key_id": "${fill('b108-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'ocr-runner@cargo-claims-ocr.iam.gserviceaccount.com')}",
  "client_id": "1094827356109283746512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'ocr-runner%40cargo-claims-ocr.iam.gserviceaccount.com')}"
}`))}

Which IAM role does it need for storage.objects.get?`, 'the whole key file is the service-account key (and ambiguous config); the PEM inside labelled too; client_email and its URL-encoded copy ambiguous'),

  rec('chat_fr', f`Bonjour, pour le prêt des deux tapisseries au musée de Lyon, on partage les constats d'état dans un dossier Dropbox… non, en fait c'est un Sharepoint. Le collègue m'a envoyé : identifiant ${v('credential.user_password_pair', 'regie.prets / Gobelins_1662!')}. Tu peux me rédiger un mail au musée emprunteur pour leur expliquer comment accéder aux documents, sans mettre le mot de passe ?`),

  rec('aws_credentials', f`Backups of the satellite ground-station logs to S3 stopped on Friday. ~/.aws/credentials on the NOC jump host:

${cfg(f`[default]
region = ap-southeast-2

[noc-backup]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}`)}

\`aws s3 ls --profile noc-backup\` → InvalidAccessKeyId. Was it rotated by someone?`),

  rec('chat_fi', f`Moi! Osuuskunnan maitotilien tilitysraportti pitää hakea Azuresta. Storage-tilin connection string on DefaultEndpointsProtocol=https;AccountName=maitotilit;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net – miten teen tästä Power BI -yhteyden?`),

  rec('chat_id', f`Halo, tim instalasi di Kalimantan butuh notifikasi ke Discord kalau ada order pemasangan baru. Webhook-nya: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Gimana cara kirim embed dengan foto lokasi parabola?`),

  rec('powershell', f`${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$claims = Import-Csv .\\neue_schaeden.csv
foreach ($c in $claims) {
    $body = @{ text = "Neuer Ladungsschaden: $($c.Schadennummer) – $($c.Schiff) – $($c.Betrag) EUR" } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body
}`)}

Umlaute kommen in Teams als ? an. Was muss ich ändern?`),

  rec('npmrc', f`${cfg(f`registry=https://registry.npmjs.org/
@museo-registro:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

publishing our internal loan-agreement PDF generator fails with E402 Payment Required — is it because the scope is private?`, 'npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('docker_config', f`Installer image pull fails on the new edge box, ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

And the CI uses a Docker Hub PAT ${v('credential.dockerhub_pat', DCKR)}. Do they conflict?`),

  rec('chat_en_au', f`G'day, Jira automation for the cargo claims board keeps failing with 401. I'm using ${v('pii.email', 'j.mcallister@marinecargo-insure.com.au')} and the API token ${v('credential.atlassian_api_token', ATLASSIAN)} in the Basic auth header. Does the token need to be base64'd with the email?`),

  rec('sentry_dsn', f`Prize-claim kiosk app crashes silently on the Android terminals. Added Sentry like this, but nothing arrives:

${code(f`SentryAndroid.init(this) { options ->
    options.dsn = "https://${v('credential.sentry_dsn', SENTRY_KEY)}@o4507712.ingest.de.sentry.io/4507719382"
    options.environment = "retail-terminals"
    options.tracesSampleRate = 0.2
}`)}`, 'the DSN key is the labelled secret'),

  rec('datadog_yaml', f`${cfg(f`# /etc/datadog-agent/datadog.yaml on ground-station-2
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: gs2-uplink
tags:
  - role:ground-station
  - band:ka
logs_enabled: true`)}

Agent shows "API Key invalid" after we moved to the EU site. Wrong site?`),

  rec('vault_cli', f`Kto mi wyjaśni, czemu to nie działa? Robię na jump hoście:

${cfg(f`$ export VAULT_ADDR=https://vault.noc.sat-isp.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/modems/hub-kalimantan
Error reading secret/data/modems/hub-kalimantan: Code: 403. Errors:
* permission denied`)}`),

  rec('terraform_tfvars', f`${cfg(f`# terraform.tfvars – DNS for the customer portal
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "${fill('b108-cfzone', HEX, 32)}"
portal_hostname      = "mein.sat-isp.example"`)}

terraform plan says "Invalid request headers". Token scope Zone:DNS:Edit is set.`),

  rec('chat_af', f`Hallo, ons het 'n skrip wat gebruikers in Okta deaktiveer wanneer 'n veldtegnikus die maatskappy verlaat. Die API-token is ${v('credential.okta_api_token', OKTA)} maar ons kry "Invalid token provided". Moet die kop "SSWS" voor die token hê?`),

  rec('chat_vi', f`Chào bạn, mình cần tạo droplet mới để chạy trang tra cứu kết quả xét nghiệm sữa cho nông dân. Token DigitalOcean: ${v('credential.digitalocean_token', DO_TOKEN)}. Viết giúp mình lệnh doctl tạo droplet Ubuntu 24.04 ở vùng sgp1 nhé.`),

  rec('chat_sw', f`Habari, tunahamisha programu ya malipo ya wafugaji wa ng'ombe wa maziwa kutoka Heroku. Ufunguo wa API ni ${v('credential.heroku_api_key', HEROKU)}. Naweza kupakua backups zote za database kwa amri gani?`),

  rec('appsettings', f`${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5b3e81c9-2d47-4f60-a1e8-7c94d2f03b16",
    "ClientId": "e27c4a90-3f18-4d65-b0a7-91c5e8d264f3",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "ClaimsApi": { "BaseUrl": "https://claims.cargo-insure.example/api" }
}`)}
Token request returns AADSTS7000215 invalid client secret. We copied it from the portal yesterday.`),

  rec('pypirc', f`Trying to publish our milk-analyser reader package to PyPI but I get 403. My .pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('chat_fi_2', f`Moi! Haluan luoda museon lainojen Linear-tauluun tehtäviä automaattisesti, kun uusi lainasopimus allekirjoitetaan. API-avain on ${v('credential.linear_api_key', LINEAR)}. Pitääkö GraphQL-kyselyssä olla team id?`),

  rec('chat_lv', f`Sveiki! Mūsu Postman kolekcijā ir visi izsaukumi apdrošināšanas atlīdzību API. Kolēģis iedeva API atslēgu ${v('credential.postman_api_key', POSTMAN)}, lai es varētu palaist kolekciju no CLI ar newman. Kā to pareizi izdarīt?`),

  rec('notebook', f`In [3]:
${cfg(f`from databricks import sql
conn = sql.connect(
    server_hostname="adb-4418203957183.11.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7c21e9f0a43b5d18",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT farm_id, avg(fat_pct) FROM lab.milk_samples GROUP BY farm_id")`)}

Out[3]: ServerOperationError: [TABLE_OR_VIEW_NOT_FOUND]
the table is in the hive_metastore, not unity catalog. how do I reference it?`),

  rec('chat_en_in', f`Hi, our New Relic alerts for the lottery draw-result API stopped coming. The user key configured in the alert script is ${v('credential.newrelic_key', NRAK)}. Kindly tell what NRQL to use for p95 latency of /draws/latest, and whether this key type is correct.`),

  rec('chat_ms', f`Hai, kedai dalam talian koperasi tenusu kami guna Shopify. Saya nak tarik senarai pesanan keju ke Google Sheet. Access token app: ${v('credential.shopify_access_token', SHOPIFY)}. Boleh tulis skrip Apps Script?`),

  rec('chat_it_2', f`Ciao, stiamo facendo la grafica per la mostra in prestito e il designer mi ha passato un token Figma per esportare le tavole automaticamente: ${v('credential.figma_token', FIGMA)}. Mi scrivi uno script Node che scarica tutti i frame come PDF?`),

  rec('chat_es', f`Qué tal, en el registro del museo queremos un mapa con la ruta del transporte de las piezas prestadas. Tenemos el token secreto de Mapbox ${v('credential.mapbox_secret_token', MAPBOX)} — ¿lo puedo poner en el front-end o lo tengo que usar solo en el servidor?`),

  rec('pem_cs', f`Ahoj, na VPN koncentrátoru pro techniky v terénu vypršel certifikát. Vygeneroval jsem nový klíč, je tento formát správný pro strongSwan?

${v('credential.private_key', EC)}`),

  rec('chat_ga_ie', f`Dia duit! Can you help? The hospital's safeguarding referral form posts to our Hugging Face inference endpoint for redaction. Token ${v('credential.huggingface_token', HF)} — we get 'Model is currently loading' every morning, is there a keep-warm option?`),

  rec('mysql_shell', f`${cfg(f`$ mysql -h db-retail.lotto.internal -u payout_ro -p${v('credential.mysql_cli_password', 'Kugel49aus6!')} retail_payouts -e "SELECT retailer_id, SUM(amount) FROM payouts WHERE week='2024-W49' GROUP BY 1"
ERROR 1045 (28000): Access denied for user 'payout_ro'@'10.14.2.%' (using password: YES)`)}

Zugangsdaten sind aber richtig, was heißt das mit 10.14.2.%?`, 'the host pattern 10.14.2.% is not a full address'),

  rec('bash_script', f`This cron on the NOC box rotates the modem stats export, but scp asks for a password at night:

${code(f`#!/usr/bin/env bash
set -euo pipefail
OUT=/var/lib/modemstats/export-$(date +%F).csv.gz
/opt/noc/bin/export-modem-stats --since 24h | gzip > "$OUT"
sshpass -p '${v('credential.cli_password', 'KaBand-Night-2024')}' scp "$OUT" ${amb('pii.email', 'stats@archive.noc.sat-isp.local')}:/srv/stats/
find /var/lib/modemstats -name 'export-*.csv.gz' -mtime +14 -delete`)}`),

  rec('http_request', f`Registrar office tool for condition-report uploads, request captured in Fiddler:

${cfg(f`POST /collections/api/loans/LN-2024-118/condition-reports HTTP/1.1
Host: cms.museum-registrar.example
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: multipart/form-data; boundary=----7MA4YWxkTrZu0gW
Content-Length: 482193`)}

Server returns 413. Which setting limits upload size in IIS?`),

  rec('log_bearer', f`${cfg(f`2024-12-10T05:41:12Z DEBUG http.client send: GET /v1/terminals/ST-88412/telemetry HTTP/1.1
2024-12-10T05:41:12Z DEBUG http.client header: Authorization: Bearer ${v('credential.bearer_token', BEARER)}
2024-12-10T05:41:13Z WARN  telemetry.sync terminal ST-88412 last seen 2024-12-09T22:10:04Z, rain fade suspected`)}

How do I stop debug logging from printing the auth header? (Python http.client)`),

  rec('chat', f`Lab tablet app logs in with a JWT stored in localStorage: ${v('credential.jwt', JWT_LIMS)}. Is HS256 OK for this or should we switch to RS256? Also the token never seems to expire.`),

  rec('chat_mailgun_pt', f`Olá, os e-mails de aviso de pagamento do leite aos cooperantes deixaram de sair. Usamos Mailgun com a chave ${v('credential.mailgun_api_key', MAILGUN)} no domínio mg.cooperativa-leite.pt. O log diz "Forbidden". O que verifico primeiro?`),

  rec('private_key_yml', f`${cfg(f`# claims-signer/config.yml
signer:
  issuer: cargo-claims
  key_id: signer-2024
  private_key: |
    ${v('credential.private_key', RSA_INDENTED)}`)}

Ruby says OpenSSL::PKey::RSAError: Neither PUB key nor PRIV key. Indentation problem?`, 'PEM indented inside a YAML block scalar: labelled from BEGIN to END'),

  rec('chat_anthropic_nl', f`Hoi, we willen de ontvangen schadeclaims (vrachtbrieven, foto's) laten samenvatten. Ik heb deze sleutel: ${v('credential.anthropic_api_key', ANTHROPIC)}. Welke instellingen moet ik gebruiken om hallucinaties over bedragen te voorkomen?`),

  rec('sat_modem_api', f`${code(f`# provision.py – activates a customer terminal after install
import httpx

API = "https://provisioning.sat-isp.example/v2"
HEADERS = {"X-Api-Key": "${v('credential.generic_secret_assignment', SAT_API)}"}

def activate(terminal_id: str, plan: str) -> None:
    r = httpx.post(f"{API}/terminals/{terminal_id}/activate", json={"plan": plan}, headers=HEADERS, timeout=20)
    if r.status_code == 409:
        print("already active")
        return
    r.raise_for_status()`)}

Installers in the field run this from their phones via Pythonista. Any problem with that?`),

  rec('chat_stripe_rk_is', f`Halló, við viljum að endurskoðandinn geti séð greiðslur söluaðila lottósins en ekki endurgreitt. Ég bjó til takmarkaðan lykil ${v('credential.stripe_restricted_key', STRIPE_RK)} með aðeins lesheimildum. Er það nóg?`),

  rec('chat_gh_fine_bn', f`হ্যালো, দুগ্ধ সমবায়ের ল্যাব সফটওয়্যারের রিপোজিটরিতে রিলিজ বানাতে fine-grained টোকেন ব্যবহার করছি: ${v('credential.github_fine_grained_pat', GH_FINE)} — কিন্তু "Resource not accessible by personal access token" আসছে। কোন পারমিশন লাগবে?`),

  rec('chat_noc_sr', f`Здраво, техничар на терену треба да се пријави на модем корисника. Корисничко име: install, лозинка: ${v('credential.password_in_prose', 'Antena-Sever73')}. Можеш ли да напишеш кратко упутство на српском за прво подешавање, без лозинке у тексту? Ако нешто не ради, нека зову NOC на ${phone('+381 60 1906578')}.`),
];

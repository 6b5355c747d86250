/**
 * Held-out batch 136: credentials pasted by staff of a travel-medical assistance hotline, a vineyard
 * equipment and irrigation dealer, a public broadcaster's archive and rights desk, an addiction
 * treatment clinic network, a ghost-kitchen operator and a land registry's survey office. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const OPENAI = tok('sk-proj-', fill('b136-oa1', B64URL, 74), 'T3BlbkFJ', fill('b136-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b136-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b136-groq', B62, 52));
const HF = tok('hf_', fill('b136-hf', B62, 34));
const GHP = gh('ghp', 'Vn4Rw8Tq2Ls6Kd9Jm1Hb5Gx3Fc7Pz0');
const GH_FG = tok('github_pat_', '11B7QK2RA0', fill('b136-ghfg1', B62, 12), '_', fill('b136-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b136-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5830194726', '-', '7720483916524', '-', fill('b136-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b136-slt', UPPER + DIGITS, 8), '/B07', fill('b136-slb', UPPER + DIGITS, 8), '/', fill('b136-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b136-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b136-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b136-whsec', B62, 32));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b136-gapi', B64URL, 33));
const TWILIO_SID = tok('AC', fill('b136-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b136-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b136-sg1', B64URL, 22), '.', fill('b136-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b136-mg', HEX, 32));
const TELEGRAM = tok('6829173045', ':AA', fill('b136-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248830571962044416', '/', fill('b136-dch', B64URL, 68));
const TEAMS_HOOK = tok('https://rundfunkarchiv.webhook.office.com/webhookb2/', '7c2e91a4-3b6d-4f08-a5e2-1d9c8b7f6a30@4e8b2c17-95d3-4a6f-b0e1-7f3d2a9c5b84/IncomingWebhook/', fill('b136-teams1', HEX, 32), '/', 'a91f3e6c-2d85-4b70-9c14-6e2f8d3a7b51/', 'V2', fill('b136-teams2', B64URL, 43));
const NPM = gh('npm', 'Qe7Wr2Ty5Ui9Op3As6Df1Gh4Jk8Lz0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b136-pypi', B64URL, 150));
const DOCKER_AUTH = b64(`cloudkitchen-ci:${tok('dckr_', 'pat_', fill('b136-dckr', B64URL, 27))}`);
const AZ_STORAGE = `${fill('b136-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b136-azc1', B62, 3), '8Q~', fill('b136-azc2', B62 + '~._-', 34));
const VAULT = tok('hvs.', 'CAESI', fill('b136-vault', B64URL, 86));
const DD_API = fill('b136-ddapi', HEX, 32);
const DD_APP = fill('b136-ddapp', HEX, 40);
const SENTRY_DSN = `https://${fill('b136-sentry', HEX, 32)}@o4507318.ingest.de.sentry.io/4507318290657280`;
const DATABRICKS = tok('dapi', fill('b136-dapi', HEX, 32));
const DO_TOKEN = tok('dop_', 'v1_', fill('b136-dop', HEX, 64));
const SHOPIFY = tok('shpat_', fill('b136-shpat', HEX, 32));
const NOTION = tok('ntn_', fill('b136-ntn1', DIGITS, 11), fill('b136-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b136-at1', B62, 14), '.', fill('b136-at2', HEX, 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b136-atl', B64URL, 171), '=', fill('b136-atl2', HEX.toUpperCase(), 8));
const SQUARE = tok('EAAA', fill('b136-square', B64URL, 60));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'catastro-gis', a: fill('b136-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b136-mbx', B64URL, 22));
const OKTA = tok('00', fill('b136-okta', B64URL, 40));
const ALIBABA_ID = tok('LTAI', '5t', fill('b136-ltai', B62, 18));
const ALIBABA_SECRET = fill('b136-alisec', B62, 30);
const AWS_ID = tok('AKIA', fill('b136-akia', B32, 16));
const AWS_SECRET = fill('b136-awssec', B64, 40);
const CF_TOKEN = fill('b136-cft', B64URL, 40);
const NETLIFY = tok('nfp_', fill('b136-nfp', B62, 36));
const SUPABASE = tok('sbp_', fill('b136-sbp', HEX, 40));
const TFC = tok(fill('b136-tfc1', B62, 14), '.atlasv1.', fill('b136-tfc2', B62, 67));
const MISTRAL = fill('b136-mistral', B62, 32);
const JWT_CLINIC = jwt({ alg: 'RS256', typ: 'JWT', kid: 'dose-2024-2' }, { sub: 'nurse.k.osei', role: 'dispense', site: 'MTH-LDS-03', iat: 1733212800, exp: 1733241600 }, 'b136-jwtclinic');
const JWT_KITCHEN = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'kds.forkline.io', brand: 'bao-bros', store: 'LIS-02', scope: 'orders:write', iat: 1734001200 }, 'b136-jwtkds');
const PEM_RSA = pem('RSA PRIVATE KEY', 'b136-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b136-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b136-sapem', 1216, '\\n');
const BEARER = fill('b136-bearer', B62, 48);
const PPK_PRIV = b64Bytes('b136-ppk', 48);
const PPK = `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: gnss-base-ro
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b136-ppkpub', B64, 43)}
${fill('b136-ppkpub2', B64, 20)}
Private-Lines: 1
${PPK_PRIV}
Private-MAC: ${fill('b136-ppkmac', HEX, 64)}`;

export const BATCH136_CREDENTIALS: DraftRecord[] = [
  // ---------- travel-medical assistance hotline ----------
  rec('env_file', f`Our case-management bot stopped translating patient messages overnight. Here's the .env from the assistance-platform pod, can you spot anything wrong?

${cfg(f`# assist-bot / prod
CASE_API_URL=https://cases.internal.globalcare-assist.com/v2
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
TRANSLATE_MODEL=gpt-4o-mini
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
HOTLINE_FROM=${phone('+442039961478')}
LOG_LEVEL=info`)}`),

  rec('chat_de', f`Kannst du mir helfen, eine kurze Nachricht an den Partner-Callcenter in Antalya zu formulieren? Die Zugangsdaten zum Assistance-Portal haben sich geändert: Benutzer „partner.antalya", neues Passwort ${v('credential.password_in_prose', 'Kappadokien!2025')} – bitte nur telefonisch weitergeben, nicht per Mail.`),

  rec('yaml_k8s', f`Der medevac-quotes-Service erreicht seit der Secret-Rotation das Payment-Gateway nicht mehr. Manifest:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: medevac-quotes-secrets
  namespace: assistance
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "${v('credential.stripe_secret_key', STRIPE_LIVE)}"
  STRIPE_WEBHOOK_SECRET: "${v('credential.stripe_webhook_secret', WHSEC)}"
  DB_URL: "postgresql://quotes_app:${v('credential.database_url_password', 'Ev4c-Lear-Jet-19')}@pg-assist-02.internal:5432/quotes"`)}

Muss ich das Deployment neu starten oder wird stringData automatisch übernommen?`),

  rec('chat_ar', f`أحتاج مساعدة في كتابة رسالة للمستشفى الشريك في دبي. بيانات الدخول إلى بوابة ضمانات الدفع: اسم المستخدم: gop.dubai وكلمة المرور: ${v('credential.password_in_prose', 'Nakheel$5521')} — أريد أن أطلب منهم تغييرها فورًا بعد أول تسجيل دخول.`),

  rec('code_python', f`Script to pull new cases from the hotline CRM every 5 min; it returns 403 since Monday:

\`\`\`python
${code(f`import requests

CRM = "https://crm.globalcare-assist.com/api/cases"
HEADERS = {"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}",
           "Accept": "application/json"}

def fetch_open_cases(since):
    r = requests.get(CRM, headers=HEADERS, params={"status": "open", "since": since}, timeout=20)
    r.raise_for_status()
    return r.json()["items"]`)}
\`\`\``),

  rec('chat_ja', f`海外旅行保険のアシスタンス窓口です。提携先のタイの病院向けポータルのログイン情報を英語のメールにしたいです。ユーザーID: bkk-bumrungrad-gop、パスワード: ${v('credential.password_in_prose', 'Sakura-Bangkok-88')}。初回ログイン後に変更してもらう旨も入れてください。`),

  rec('chat_pt_br', f`oi, to configurando o disparo de SMS pros segurados em viagem. o Twilio tá dando 20003. usei isso aqui:
account sid ${v('credential.twilio_account_sid', TWILIO_SID)}
auth token ${v('credential.twilio_auth_token', TWILIO_TOKEN)}
será que é porque a conta é subaccount?`),

  rec('chat_ko', f`해외 의료 지원 콜센터 상담원 교육 자료를 만들고 있어요. 녹취 시스템 관리자 계정은 admin_rec / 비밀번호: ${v('credential.password_in_prose', 'Hangang#0412!')} 인데, 이걸 자료에 넣으면 안 되겠죠? 대신 어떻게 안내하면 좋을지 알려 주세요.`),

  // ---------- vineyard equipment & irrigation dealer ----------
  rec('config_toml', f`Le contrôleur d'irrigation du domaine ne remonte plus les données sur notre serveur. Voici la config de la passerelle LoRa :

${cfg(f`[gateway]
id = "vigne-gw-017"
server = "${ip('10.40.17.2')}"
port = 1700

[mqtt]
broker = "mqtts://mqtt.vitirrig.fr:8883"
username = "gw017"
password = "${v('credential.password_assignment', 'Sarment-Merlot-2024')}"

[cloud]
api_key = "${v('credential.generic_secret_assignment', fill('b136-vitirrig', B62, 40))}"`)}

Tu vois une erreur ?`),

  rec('code_js', f`Our dealer webshop (Shopify) sync script — the product feed for the drip-line catalogue fails with 401:

\`\`\`js
${code(f`const SHOP = 'vignotec-pro.myshopify.com';
const TOKEN = '${v('credential.shopify_access_token', SHOPIFY)}';

export async function pushVariants(variants) {
  const res = await fetch(\`https://\${SHOP}/admin/api/2024-07/graphql.json\`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: BULK_MUTATION, variables: { variants } }),
  });
  if (!res.ok) throw new Error(\`shopify \${res.status}\`);
  return res.json();
}`)}
\`\`\``),

  rec('cisco_config', f`Router in the Stellenbosch branch, the IPsec tunnel to head office drops every 8 h. Config excerpt:

${cfg(f`hostname VT-STB-RTR01
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b136-c9salt', B62, 14), '$', fill('b136-c9hash', B62 + './', 43)))}
username vtadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Pinotage@Stb2024')}
!
crypto isakmp key ${v('credential.network_device_secret', 'Vyn-Tunn3l-Kaap!')} address ${ip('196.41.128.77')}
!
interface GigabitEthernet0/0
 ip address ${ip('196.41.130.14')} 255.255.255.248
snmp-server community ${v('credential.network_device_secret', 'druiwe-RW-7731')} RW`)}`),

  rec('chat_af', f`Kan jy asseblief hierdie boodskap in Engels skryf vir die nuwe tegnikus? "Die wagwoord vir die besproeiingsbeheerder by Paarl is ${v('credential.password_in_prose', 'Wingerd#Paarl55')}, moenie dit op die bakkie los nie."`),

  rec('chat_ka', f`გამარჯობა, კახეთის ვენახის წვეთოვანი მორწყვის კონტროლერზე ვერ შევდივარ. მომხმარებელი: kakheti_admin, პაროლი: ${v('credential.password_in_prose', 'Saperavi-2023!')} — შეგიძლია დამეხმარო ინგლისურად წერილის დაწერაში მწარმოებლისთვის?`),

  rec('chat_hy', f`Բարև, Արենիի խաղողի այգու ոռոգման համակարգի հավելվածի համար պետք է նամակ գրել մատակարարին։ Մուտքի տվյալներ՝ օգտանուն areni_farm, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Areni$Gini48')}։ Խնդրում եմ օգնես անգլերեն տարբերակով։`),

  rec('docker_compose', f`docker-compose du tableau de bord qu'on livre avec les sondes d'humidité du sol. Pourquoi Grafana ne trouve pas la source de données ?

${cfg(f`services:
  influx:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_USERNAME: vigneron
      DOCKER_INFLUXDB_INIT_PASSWORD: ${v('credential.password_assignment', 'Tonneau-Cuve-8812')}
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${v('credential.generic_secret_assignment', fill('b136-influx', B64URL, 64))}
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'Vendange!Graf2')}
    ports: ["3000:3000"]`)}`),

  // ---------- public broadcaster archive & rights ----------
  rec('code_python', f`Unser Skript für die Rechteklärung holt Metadaten aus dem Archiv-MAM und schickt Zusammenfassungen an Claude. Warum bekomme ich "invalid x-api-key"?

\`\`\`python
${code(f`import anthropic, requests

MAM_BASE = "https://mam.archiv.rundfunk.example/api/v3"
MAM_TOKEN = "${v('credential.generic_secret_assignment', fill('b136-mam', B62, 36))}"
client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarize(asset_id: str) -> str:
    meta = requests.get(f"{MAM_BASE}/assets/{asset_id}", headers={"X-Auth": MAM_TOKEN}).json()
    msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=600,
        messages=[{"role": "user", "content": f"Rechtelage zusammenfassen: {meta['rights']}"}])
    return msg.content[0].text`)}
\`\`\``),

  rec('chat_en_gb', f`Can you tidy this handover note for the night archivist? "Teams alert webhook for failed transfers is ${v('credential.teams_webhook_url', TEAMS_HOOK)} – if it stops posting, ping Broadcast IT."`),

  rec('gitlab_ci', f`Pipeline for the subtitle-archive converter fails at the publish stage:

${cfg(f`publish:
  stage: deploy
  image: python:3.12-slim
  variables:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: ${v('credential.pypi_token', PYPI)}
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/*`)}

Error: 403 Invalid or non-existent authentication information.`),

  rec('curl', f`Pourquoi cet appel à l'API de l'INA-like partenaire me renvoie 401 ?

${cfg(f`curl -s -u "archives-rts:${v('credential.cli_password', 'Magneto-Scope-75')}" \\
  "https://partenaires.archives-audiovisuelles.example/api/v1/notices?cote=AFE86003141"`)}`),

  rec('chat_nl_be', f`Kunt ge dit mailtje wat professioneler maken? "Dag Sofie, de login voor het rechtenbeheer-systeem is s.peeters en het wachtwoord is ${v('credential.password_in_prose', 'Schelde-Archief24')}. Ge moet het wel meteen aanpassen, hé."`),

  rec('chat_sv', f`Hej! Kan du översätta detta till engelska för vår norska kollega? "Slack-boten för arkivförfrågningar använder token ${v('credential.slack_bot_token', SLACK_BOT)} – lägg inte in den i wikin. Webhooken för larmkanalen är ${v('credential.slack_webhook_url', SLACK_HOOK)}."`),

  rec('json_config', f`Rights-clearance tool crashes at startup after we moved secrets to a JSON file:

${cfg(f`{
  "airtable": { "baseId": "appR1ghtsCl34r", "token": "${v('credential.airtable_pat', AIRTABLE)}" },
  "notion":   { "workspace": "archive-rights", "token": "${v('credential.notion_token', NOTION)}" },
  "jira":     { "site": "archiv-rechte.atlassian.net", "user": "${v('pii.email', 'rechte-bot@rundfunkarchiv.example')}", "apiToken": "${v('credential.atlassian_api_token', ATLASSIAN)}" },
  "sendgrid": { "apiKey": "${v('credential.sendgrid_api_key', SENDGRID)}", "from": "${v('pii.email', 'rechteklaerung@rundfunkarchiv.example')}" }
}`)}`),

  rec('chat_cs', f`Můžeš mi pomoct napsat e-mail kolegovi z archivu? Přihlášení do systému pro správu práv: uživatel "archiv.novakova", heslo: ${v('credential.password_in_prose', 'Vltava-Paska-33')}. Ať si ho hned změní.`),

  // ---------- addiction-treatment clinic network ----------
  rec('http_request', f`The dispensing terminal in Leeds keeps getting 401 from the dosing API. Captured request:

${cfg(f`POST /api/v2/dispense HTTP/1.1
Host: dosing.recoverypath-nhs.example
Authorization: Bearer ${v('credential.jwt', JWT_CLINIC)}
Content-Type: application/json

{"client_ref":"RP-LDS-0931","medication":"methadone 1mg/ml","dose_ml":65,"supervised":true}`)}

Is the token expired? How do I decode exp?`),

  rec('ini_file', f`Configuración del servicio de recordatorios por SMS de la clínica (citas y recogida de dosis para llevar). ¿Qué opciones tengo que cambiar para el nuevo proveedor?

${cfg(f`[sms]
provider = mailgun-sms-bridge
api_key = ${v('credential.mailgun_api_key', MAILGUN)}
sender = RecoveryPath

[db]
host = ${ip('172.20.4.11')}
user = reminders
password = ${v('credential.password_assignment', 'Lantern-Step-Nine')}`)}`),

  rec('chat_fa', f`سلام، برای همکاران کلینیک ترک اعتیاد یک پیام رسمی به انگلیسی لازم دارم. رمز عبور جدید سیستم ثبت دوز متادون: ${v('credential.password_in_prose', 'Anar-Yalda1403')} و نام کاربری: clinic_tehran2. لطفاً بنویس که باید بعد از اولین ورود عوض شود.`),

  rec('powershell', f`This scheduled task copies the nightly dosing export to the commissioner's SFTP. Can you make it log errors?

${code(f`$user = "rp_export"
$pass = ConvertTo-SecureString "${v('credential.password_assignment', 'Harbour-Mist-2024')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$session = New-SFTPSession -ComputerName "${ip('81.29.144.70')}" -Credential $cred -AcceptKey
Set-SFTPItem -SessionId $session.SessionId -Path "D:\\exports\\dosing_$(Get-Date -f yyyyMMdd).csv" -Destination "/inbound/"
Remove-SFTPSession -SessionId $session.SessionId`)}`),

  rec('chat_uk', f`Допоможи скласти лист колегам з центру замісної терапії у Львові. Новий пароль до реєстру пацієнтів: ${v('credential.password_in_prose', 'Lviv-Kava-2025#')}, логін — zpt_lviv. Треба попросити змінити його після першого входу.`),

  // ---------- ghost kitchen operator ----------
  rec('env_file', f`Deploying the order-aggregator for our ghost kitchens (Uber Eats / Glovo / Bolt in one tablet). Staging works, prod doesn't. .env.prod:

${cfg(f`NODE_ENV=production
SQUARE_ACCESS_TOKEN=${v('credential.square_access_token', SQUARE)}
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
KDS_JWT=${v('credential.jwt', JWT_KITCHEN)}
GOOGLE_MAPS_KEY=${v('credential.google_api_key', GOOGLE_KEY)}
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
REDIS_URL=redis://default:${v('credential.database_url_password', 'Wok-Hei-Fire-88')}@redis-orders.forkline.internal:6379/0`)}`),

  rec('code_go', f`Printer bridge for the kitchen display: sends order tickets to Telegram when the ESC/POS printer is offline. Review please:

\`\`\`go
${code(f`package bridge

const (
	botToken = "${v('credential.telegram_bot_token', TELEGRAM)}"
	chatID   = -1002148830199
)

func Fallback(ticket Ticket) error {
	url := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	body, _ := json.Marshal(map[string]any{"chat_id": chatID, "text": ticket.Render()})
	_, err := http.Post(url, "application/json", bytes.NewReader(body))
	return err
}`)}
\`\`\``),

  rec('chat_th', f`ช่วยเขียนข้อความภาษาอังกฤษถึงทีม IT หน่อย ครัวสาขาอโศกล็อกอินแท็บเล็ตรับออเดอร์ไม่ได้ ชื่อผู้ใช้ asoke_kitchen รหัสผ่าน ${v('credential.password_in_prose', 'TomYum#Asoke5')} ใช้ไม่ได้ตั้งแต่เมื่อวาน`),

  rec('chat_id', f`Tolong bantu bikin pesan ke vendor POS ya. Akun dashboard dapur Kemang: user "kemang_dapur", kata sandi ${v('credential.password_in_prose', 'Rendang-Kemang77')}. Minta mereka reset karena tadi pagi kepakai di tablet yang hilang.`),

  rec('npmrc', f`A CI não consegue instalar o nosso pacote privado @forkline/menu-engine, já experimentei tudo:

${cfg(f`@forkline:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}`),

  rec('docker_config', f`Why does the kitchen-display image pull fail on the new edge box? ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": { "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}" }
  }
}`)}`),

  rec('chat_zh_cn', f`帮我写一条给外卖平台技术对接人的英文消息：我们云厨房的Webhook签名密钥是 ${v('credential.stripe_webhook_secret', WHSEC)}，但是回调一直验签失败，想请他们确认一下用的是不是同一个密钥。`),

  rec('terraform', f`Terraform dla kafelków mapy stref dostaw, apply wywala się na providerze DigitalOcean:

${code(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "digitalocean_spaces_bucket" "tiles" {
  name   = "forkline-zone-tiles"
  region = "ams3"
}`)}`),

  // ---------- land registry survey & title office ----------
  rec('gcp_sa', f`The cadastral tile renderer on Cloud Run can't read the bucket. Service account key we mounted:

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "catastro-gis-prod",
  "private_key_id": "${fill('b136-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'tile-renderer@catastro-gis-prod.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`)}`)}`),

  rec('ssh_key', f`Surveyors upload raw GNSS logs to the base-station box with this key, but sftp says "invalid format":

${v('credential.openssh_private_key', OPENSSH)}

Is it the line endings from Windows?`),

  rec('putty', f`Un collègue géomètre m'a envoyé sa clé PuTTY pour le serveur RTK, WinSCP la refuse. Tu peux me dire ce qui cloche ?

${v('credential.putty_private_key', PPK)}`),

  rec('java', f`Land-title service, the deed PDF signer throws "Could not load key":

\`\`\`java
${code(f`public final class DeedSigner {
    private static final String KEYSTORE = "/opt/titles/keys/deeds.p12";
    private static final char[] STORE_PASS = "${v('credential.password_assignment', 'Escritura-Selo-2024')}".toCharArray();

    public byte[] sign(byte[] pdf) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(Path.of(KEYSTORE))) { ks.load(in, STORE_PASS); }
        PrivateKey key = (PrivateKey) ks.getKey("deed-signing", STORE_PASS);
        return PdfSigner.sign(pdf, key, (X509Certificate) ks.getCertificate("deed-signing"));
    }
}`)}
\`\`\``),

  rec('chat_hi', f`नमस्ते, भू-अभिलेख कार्यालय के नए सर्वेयर के लिए एक ईमेल चाहिए। पोर्टल लॉगिन: यूज़र नेम surveyor_jaipur07, पासवर्ड ${v('credential.password_in_prose', 'Khasra@Jaipur21')}। कृपया लिखें कि पहली बार लॉगिन के बाद पासवर्ड बदलना ज़रूरी है।`),

  rec('aws_credentials', f`Synchronizace ortofot do S3 přestala fungovat. ~/.aws/credentials na měřické stanici:

${cfg(f`[ortho-sync]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

aws s3 sync hlásí SignatureDoesNotMatch.`),

  rec('connection_string', f`Our title-deed scanning app (.NET) throws "Login failed for user 'deeds_scan'". appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Titles": "Server=${ip('10.12.8.40')},1433;Database=TitleDeeds;User Id=deeds_scan;Password=${v('credential.connection_string_password', 'Cadastre!Parcel-77')};TrustServerCertificate=True"
  },
  "Storage": { "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=titlescans;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net" }
}`)}`),

  rec('chat_ta', f`நில அளவை அலுவலகத்தின் புதிய ஊழியருக்கு ஒரு மின்னஞ்சல் எழுத உதவுங்கள். பட்டா போர்டல் பயனர் பெயர்: madurai_survey3, கடவுச்சொல்: ${v('credential.password_in_prose', 'Vaigai#Nilam55')}. முதல் உள்நுழைவுக்குப் பிறகு மாற்ற வேண்டும் என்று குறிப்பிடுங்கள்.`),

  // ---------- mixed IT across the six ----------
  rec('github_actions', f`Workflow that builds the archive's rights-search frontend. Netlify deploy step fails:

${cfg(f`jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      NETLIFY_AUTH_TOKEN: ${v('credential.netlify_token', NETLIFY)}
      NETLIFY_SITE_ID: 4f1c8a2e-77b3-4d9e-a0c6-2b85e9f31d47
      GH_TOKEN: ${v('credential.github_pat', GHP)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx netlify deploy --prod --dir=dist`)}`),

  rec('chat_en', f`quick one — git push to the land-registry QGIS plugin repo fails. remote is https://oauth2:${v('credential.url_password', GLPAT)}@gitlab.catastro.example/gis/qgis-parcel-tools.git — did the token expire?`),

  rec('chat_fi', f`Voisitko kääntää tämän englanniksi? "Hugging Face -tunnus käännösmallin lataamiseen on ${v('credential.huggingface_token', HF)}, älä laita sitä julkiseen repoon. Sama koskee GitHub-tunnusta ${v('credential.github_fine_grained_pat', GH_FG)}."`),

  rec('python_notebook', f`In [3]:
${cfg(f`import os
os.environ["GROQ_API_KEY"] = "${v('credential.groq_api_key', GROQ)}"
os.environ["MISTRAL_API_KEY"] = "${v('credential.mistral_api_key', MISTRAL)}"
from langchain_groq import ChatGroq
llm = ChatGroq(model="llama-3.1-70b-versatile")`)}

Out[3]: Tried to classify 3,000 archive transcripts by topic, the Groq call times out after ~200. Batch better?`),

  rec('chat_ro', f`Salut, poți să scrii un mesaj pentru colegul de la depozitul de echipamente viticole din Dealu Mare? Datele de acces la platforma de comenzi: utilizator "dealumare_depozit", parola ${v('credential.password_in_prose', 'Feteasca#Neagra8')}. Să o schimbe imediat.`),

  rec('helm_values', f`values.yaml for the clinic network's appointment portal — is putting these here OK or should they go into a sealed secret?

${cfg(f`okta:
  domain: recoverypath.okta.com
  apiToken: ${v('credential.okta_api_token', OKTA)}
datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
vault:
  token: ${v('credential.vault_token', VAULT)}`)}`),

  rec('chat_hu', f`Szia! Megírnád angolul? "A tokaji pincészet öntözésvezérlőjének webes felülete: felhasználónév tokaj_szolo, jelszó ${v('credential.password_in_prose', 'Aszu-Furmint-17')}. Kérlek, első belépés után változtasd meg."`),

  rec('chat_en_au', f`Mate, the kitchen's Discord alert channel for failed courier pickups stopped getting messages. Webhook is ${v('credential.discord_webhook_url', DISCORD_HOOK)} — any idea why it 404s now?`),

  rec('chat_bg', f`Здравей, помогни ми да напиша имейл до геодезиста в Пловдив. Достъп до кадастралния портал: потребител plovdiv_geo, парола ${v('credential.password_in_prose', 'Trakiya-Kadastar5')}. Трябва да я смени при първо влизане.`),

  rec('yaml_app', f`Spring config for the archive's rights API. Should the Azure AD client secret be here?

${cfg(f`spring:
  security:
    oauth2:
      client:
        registration:
          azure:
            client-id: 5b7e2c91-4d3a-48f6-a0b2-9c1e7d3f8a64
            client-secret: ${v('credential.azure_client_secret', AZ_CLIENT)}
  datasource:
    url: jdbc:postgresql://${ip('10.60.2.15')}:5432/rights
    username: rights_api
    password: ${v('credential.password_assignment', 'Funkhaus-Rechte-7!')}`)}`),

  rec('chat_sk', f`Ahoj, potrebujem napísať e-mail kolegovi na katastri v Nitre. Prihlásenie do systému pre geometrické plány: používateľ nitra_gp, heslo ${v('credential.password_in_prose', 'Zobor-Parcela44')}. Nech si ho hneď zmení.`),

  rec('chat_en_in', f`Hi, our kitchen ops dashboard uses Mapbox for rider tracking. Someone committed this in the frontend: ${v('credential.mapbox_secret_token', MAPBOX)}. Is an sk. token safe in the browser or must I rotate it?`),

  rec('rsa_key', f`Title-registry SFTP for notaries: the notary's client says "bad permissions". Here is the key they use, is it even valid PEM?

${v('credential.private_key', PEM_RSA)}`),

  rec('chat_no', f`Hei! Kan du skrive en kort melding på engelsk til leverandøren av arkivsystemet? Brukernavn nrk_arkiv_test, passord ${v('credential.password_in_prose', 'Fjord-Kassett-31')}. De må bytte det etter første innlogging.`),

  rec('tf_vars', f`terraform.tfvars for the dispatch stack of the assistance hotline (we keep it out of git… hopefully):

${cfg(f`tfc_token        = "${v('credential.terraform_cloud_token', TFC)}"
databricks_token = "${v('credential.databricks_token', DATABRICKS)}"
alibaba_key_id   = "${v('credential.alibaba_access_key_id', ALIBABA_ID)}"
alibaba_secret   = "${v('credential.generic_secret_assignment', ALIBABA_SECRET)}"`)}`),

  rec('chat_da', f`Kan du oversætte til engelsk? "Koden til kunde-wifi i vores køkken i Aarhus er ${v('credential.password_in_prose', 'Smorrebrod-2025')} — og Supabase-token til menu-appen er ${v('credential.supabase_token', SUPABASE)}, den skal ikke deles."`),

  rec('chat_lt', f`Sveiki, padėkite parašyti laišką matininkui. Prisijungimas prie žemės sklypų portalo: vartotojas kaunas_matininkas, slaptažodis ${v('credential.password_in_prose', 'Nemunas#Sklypas9')}. Po pirmo prisijungimo būtina pakeisti.`),

  rec('chat_ms', f`Boleh tolong tulis mesej kepada pengurus dapur di Bangsar? Log masuk tablet pesanan: nama pengguna bangsar_dapur, kata laluan ${v('credential.password_in_prose', 'NasiLemak#Bangsar3')}. Minta dia tukar selepas log masuk pertama.`),

  rec('chat_ca', f`Em pots ajudar a escriure un correu per al tècnic de reg del celler del Priorat? L'usuari del controlador és "priorat_reg" i la contrasenya ${v('credential.password_in_prose', 'Garnatxa-Llicorella6')}. Que la canviï en entrar.`),

  rec('chat_sr', f`Здраво, напиши ми мејл за геометра у Новом Саду. Приступ порталу катастра: корисничко име ns_geometar, лозинка ${v('credential.password_in_prose', 'Petrovaradin#22')}. Нека је промени при првом пријављивању.`),

];

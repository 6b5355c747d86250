/**
 * Held-out batch 83: credentials pasted by staff of a home-dialysis equipment renter, a harbour-master
 * office, an art auction house, an agricultural drone start-up, a social-housing office and a
 * regional airline: configs, code, shells, logs and prose in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b83-akia', B32, 16));
const AKIA_SECRET = fill('b83-akias', B64, 40);
const GH_FINE = tok('github_pat_', '11B', fill('b83-ghf1', UPPER + DIGITS, 19), '_', fill('b83-ghf2', B62, 59));
const GHP = gh('ghp', 'Tm4Rq8Wz2Kc6Yb1Nd5Hx9Lp3Fv7Gs0');
const GLPAT = tok('glpat-', fill('b83-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-proj-', fill('b83-oa1', B64URL, 74), 'T3BlbkFJ', fill('b83-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b83-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b83-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b83-groq', B62, 52));
const GOOGLE = tok('AIza', 'Sy', fill('b83-gapi', B64URL, 33));
const AZ_STORAGE = tok(fill('b83-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b83-azc1', B62, 3), '8Q~', fill('b83-azc2', B62 + '_-.~', 34));
const SENDGRID = tok('SG.', fill('b83-sg1', B64URL, 22), '.', fill('b83-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b83-mg', HEX, 32));
const TELEGRAM = tok('7318204965', ':AA', fill('b83-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1283746501928374655', '/', fill('b83-dch', B64URL, 68));
const NPM = gh('npm', 'Xp7Lq2Vt9Mb4Kc8Rw1Zn5Hd3Jf6Gy0');
const DCKR = tok('dckr_', 'pat_', fill('b83-dckr', B64URL, 27));
const POSTMAN = tok('PMAK-', fill('b83-pm1', HEX, 24), '-', fill('b83-pm2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b83-lin', B62, 40));
const DD_API = fill('b83-ddapi', HEX, 32);
const DD_APP = fill('b83-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b83-vault', B62 + '_-', 86));
const DATABRICKS = tok('dapi', fill('b83-dbx', HEX, 32), '-3');
const DO_TOKEN = tok('dop_', 'v1_', fill('b83-do', HEX, 64));
const SHOPIFY = tok('shpat_', fill('b83-shpat', HEX, 32));
const CF_TOKEN = fill('b83-cf', B62 + '_-', 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b83-atl', B64URL, 171), '=', fill('b83-atl2', HEX.toUpperCase(), 8));
const SENTRY_DSN = tok('https://', fill('b83-sentry', HEX, 32), '@o4507183920.ingest.de.sentry.io/4508291746');
const RK_LIVE = tok('rk_', 'live_', '51', fill('b83-rk', B62, 97));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b83-sk', B62, 97));
const WHSEC = tok('whsec_', fill('b83-whsec', B62, 32));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b83-pypi', B64URL, 150));
const OKTA = tok('00', fill('b83-okta', B64URL, 40));
const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '7719402836154-', fill('b83-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b83-slT', UPPER + DIGITS, 8), '/B07', fill('b83-slB', UPPER + DIGITS, 8), '/', fill('b83-slh', B62, 24));
const TWILIO_SID = tok('AC', fill('b83-twsid', HEX, 32));
const TWILIO_AUTH = fill('b83-twauth', HEX, 32);
const RSA = pem('RSA PRIVATE KEY', 'b83-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b83-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b83-sapem', 1216);
const JWT_INSURER = jwt({ alg: 'RS256', typ: 'JWT', kid: 'clh-2024-11' }, { iss: 'https://auth.clearhouse-vita.de', sub: 'aquarel-homecare', aud: 'claims-api', scope: 'claims:write eligibility:read', iat: 1733130000, exp: 1733133600 }, 'b83-jwt');
const DOCKER_AUTH = b64('rainfield-ci:' + 'Gw7!tiller-Brook');
const K8S_PW = b64('Kaj-Berth-2931!');
const BEARER = fill('b83-bearer', B62 + '-._', 72);
const GEMINI_SECRET = fill('b83-gensec', B62, 32);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH83_CREDENTIALS: DraftRecord[] = [
  rec('code_python', f`The concentrator units upload their night log to S3 but since Monday every PUT returns SignatureDoesNotMatch. Firmware side is fine, this is the relay on the hub:

\`\`\`python
${code(f`import boto3, gzip, json
from datetime import datetime, timezone

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AKIA_SECRET)}",
)

def push_session(device_serial: str, payload: dict) -> str:
    key = f"telemetry/{device_serial}/{datetime.now(timezone.utc):%Y/%m/%d/%H%M%S}.json.gz"
    s3.put_object(Bucket="aquarel-homedialysis-telemetry", Key=key, Body=gzip.compress(json.dumps(payload).encode()))
    return key`)}
\`\`\`
Clock on the hub is synced by NTP, I checked.`),

  rec('env_nn', f`Hei, kan du sjå over denne .env-fila for hamnesystemet? Vi flyttar til ny server neste veke og eg er usikker på kva som må endrast:

${amb('source_code.snippet', f`# havn-vts/.env.production
VTS_ENV=production
DATABASE_URL=postgres://vts_app:${v('credential.database_url_password', 'Fjordlos-Kaia-77')}@db-vts01.havnarport.local:5432/vts
AIS_FEED_HOST=${amb('pii.ip_address', '10.20.4.15')}
AIS_FEED_PORT=5631
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
BERTH_PLAN_REFRESH_SEC=120`)}

Berre DATABASE_URL og AIS-verten, trur eg?`),

  rec('code_js', f`Bonjour, le webhook Stripe de la salle des ventes renvoie 400 "No signatures found matching the expected signature". Voici le handler :

${code(f`// routes/stripe-webhook.js — paiement des primes acheteur
const express = require('express');
const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_secret_key', SK_LIVE)}');
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

const router = express.Router();
router.post('/stripe', express.json(), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  if (event.type === 'payment_intent.succeeded') markLotPaid(event.data.object.metadata.lot_id);
  res.json({ received: true });
});
module.exports = router;`)}

Est-ce que express.json() casse la signature ?`),

  rec('shell_sw', f`Habari, pampu za umwagiliaji shamba la Naivasha hazitumi data kwa broker tangu jana. Nimejaribu hivi kutoka kwa laptop:

${amb('source_code.snippet', f`$ mosquitto_pub -h mqtt.rainfield.ag -p 8883 --cafile ca.crt -u field-gw-07 -P '${v('credential.cli_password', 'Maji-Safi-2291')}' -t irrigation/naivasha/valve3 -m '{"open":true}'
Connection error: Connection Refused: not authorised.`)}

Je, ni ACL ya broker au password imebadilishwa?`),

  rec('json_nl', f`Kun je uitleggen waarom de koppeling met het woningzoekendenregister een timeout geeft? Dit is onze appsettings.Production.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Woonruimte": "Server=sql-wrv02.dalvere.local;Database=Toewijzing;User Id=svc_toewijzing;Password=${v('credential.connection_string_password', 'Huurtoeslag#4471')};TrustServerCertificate=True;Connect Timeout=15"
  },
  "Inkomenstoets": { "BaseUrl": "https://inkomenstoets.dalvere.nl/api/v2", "TimeoutSeconds": 30 }
}`)}

De query op de wachtlijst duurt soms 40 seconden.`),

  rec('yaml_ie', f`Roster bot for the cabin crew channel stopped posting swaps after we reinstalled it. Config is below, am I missing a scope?

${amb('source_code.snippet', f`# crew-swap-bot/config.yaml
slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  fallback_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  channel: "#crew-swaps-dub"
roster:
  source: "https://rostering.norrvindair.com/api/pairings"
  poll_minutes: 10`)}

It was working on the old workspace, same code.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a entender por qué Twilio me da error 20003 al mandar el SMS de "tus millas vencen"? Tengo esto en el script:
account_sid = "${v('credential.twilio_account_sid', TWILIO_SID)}"
auth_token = "${v('credential.twilio_auth_token', TWILIO_AUTH)}"
El número de origen ya está verificado en la consola. Es para el programa de lealtad, clientes en CDMX y Monterrey.`),

  rec('chat_et', f`Tere! GitHubi fine-grained token ei lase meil drooni lennuplaanide repot kloonida, tuleb "Write access to repository not granted". Token on ${v('credential.github_fine_grained_pat', GH_FINE)}, repo on rainfield/flightplans ja token on organisatsiooni omaniku poolt kinnitatud. Mida veel kontrollida?`),

  rec('git_cs', f`Ahoj, po změně hesla v GitLabu mi přestal fungovat push z build serveru aukční síně:

${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.verhaegenlind.com/katalog/lot-importer.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.verhaegenlind.com/katalog/lot-importer.git (push)
$ git push
remote: HTTP Basic: Access denied.`)}

Je to tím tokenem, nebo je potřeba nový?`),

  rec('code_python_hi', f`Bhai ye script crew complaints ko categorize karta hai, par har baar RateLimitError aata hai. Kya retry sahi likha hai?

${code(f`from openai import OpenAI
import time

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def classify(text: str, retries: int = 3) -> str:
    for attempt in range(retries):
        try:
            r = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "system", "content": "Label: fatigue, roster, pay, hotel, other"},
                          {"role": "user", "content": text}],
            )
            return r.choices[0].message.content.strip()
        except Exception:
            time.sleep(2 ** attempt)
    return "other"`)}`),

  rec('curl_ja', f`出品カタログの英訳を自動化しようとしていますが、以下のコマンドで 401 が返ってきます。キーの形式がおかしいのでしょうか？

${amb('source_code.snippet', f`curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${v('credential.anthropic_api_key', ANTHROPIC)}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d '{"model":"claude-3-5-sonnet-20241022","max_tokens":1024,"messages":[{"role":"user","content":"次の来歴を英訳してください"}]}'`)}`),

  rec('notebook_ko', f`작물 병해 분류 모델을 허깅페이스에서 받으려는데 gated repo라서 403이 나요.

In [3]:
${amb('source_code.snippet', f`from huggingface_hub import login, snapshot_download
login(token="${v('credential.huggingface_token', HF)}")
snapshot_download("rainfield/leaf-blight-vit", local_dir="./models/blight")`)}

토큰 권한은 read로 만들었습니다. 조직 승인도 필요한가요?`),

  rec('chat_tr', f`Groq API ile yolcu şikayetlerini özetlemeye çalışıyorum ama 401 "invalid_api_key" alıyorum. Anahtar şu: ${v('credential.groq_api_key', GROQ)} — dün oluşturdum, proje seçimi mi yanlış?`),

  rec('html_el', f`Καλημέρα, ο χάρτης θέσεων πρόσδεσης δεν φορτώνει στο intranet του λιμεναρχείου, βγάζει "RefererNotAllowedMapError":

${code(f`<div id="berth-map" style="height:480px"></div>
<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('berth-map'), { center: { lat: 37.942, lng: 23.640 }, zoom: 15 });
    fetch('/api/berths/today').then(r => r.json()).then(rows => rows.forEach(b =>
      new google.maps.Marker({ position: b.pos, map, label: b.code })));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap"></script>`)}

Πρέπει να προσθέσω το εσωτερικό domain στους περιορισμούς;`),

  rec('json_pt_br', f`Oi! O upload das imagens NDVI dos drones para o bucket falha com "invalid_grant: Invalid JWT Signature". Esse é o arquivo da conta de serviço que está no servidor da fazenda:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "rainfield-imagery",
  "private_key_id": "${fill('b83-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'ndvi-uploader@rainfield-imagery.iam.gserviceaccount.com')}",
  "client_id": "104827361950284716352",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'ndvi-uploader%40rainfield-imagery.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

O relógio do servidor está certo. Será que a chave foi revogada?`),

  rec('chat_de_li', f`Grüezi, unser Archiv-Export der Provenienzdossiers in den Azure-Blob schlägt fehl ("AuthenticationFailed"). Im Skript steht:
DefaultEndpointsProtocol=https;AccountName=vlprovenienz;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Wurde der Schlüssel vielleicht rotiert? Wir sitzen in Vaduz, Zeitzone ist korrekt.`),

  rec('chat_lb', f`Moien, kanns du mir soen firwat den Login vum Buchungsportal iwwer Entra ID net méi geet? Mir benotzen d'App "Norrvind-Crew-Portal", Client-ID 6c1f9a42-8d3e-4b07-a5f2-91e8d7c3b604, an de Client Secret ass ${v('credential.azure_client_secret', AZ_CLIENT)}. Feeler: AADSTS7000215 invalid client secret.`),

  rec('env_ca', f`Housing offer letters go out by email through SendGrid. Could you split this .env into what's secret and what isn't, for the handover doc?

${amb('source_code.snippet', f`MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'offres-logement@habitation-riviere.ca')}
MAIL_FROM_NAME="Office municipal d'habitation"
OFFER_LINK_TTL_HOURS=72`)}`),

  rec('chat_mt', f`Jekk jogħġbok, għinni nifhem għala l-emails tal-kunsinji ma jintbagħtux. Qed nuża Mailgun bil-key ${v('credential.mailgun_api_key', MAILGUN)} u d-domain mg.verhaegenlind.com. L-error huwa "Forbidden".`),

  rec('code_python_ru', f`Бот для уведомлений о поливе в Телеграме молчит. Токен взял у BotFather вчера:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002184736519

def alert(field: str, moisture: float) -> None:
    text = f"⚠️ Поле {field}: влажность почвы {moisture:.1f}% — включить полив?"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)`)}

Ошибок нет, но сообщений тоже нет. Группа — супергруппа.`),

  rec('chat_yue', f`喂，想問下點解我哋 crew 嘅 Discord 通知收唔到？我用緊呢條 webhook：${v('credential.discord_webhook_url', DISCORD_HOOK)}，每次 POST 都話 404 Unknown Webhook。係咪有人喺 channel 度刪咗佢？`),

  rec('npmrc_fi', f`Moi, CI-ajo ei saa asennettua yksityistä pakettia @rainfield/flight-sdk, tulee 404. Tässä .npmrc:

${amb('source_code.snippet', f`@rainfield:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Paikallisesti toimii.`, 'npm token as the .npmrc _authToken: two labels on one span'),

  rec('shell_sk', f`Dobrý deň, Jenkins job na build obrazu pre dronový gateway padá na login:

${amb('source_code.snippet', f`+ echo ${v('credential.dockerhub_pat', DCKR)} | docker login -u rainfieldci --password-stdin
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`)}

Token je typu Read & Write, vytvorený minulý týždeň.`),

  rec('json_hu', f`Szia! A dializáló gépek firmware-build szervere nem tud pullolni a privát registryből. Ez a ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.aquarelhomecare.eu": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Miért mondja mégis, hogy "no basic auth credentials"?`),

  rec('chat_ro', f`Salut, colecția Postman pentru API-ul de facturare către casele de asigurări nu mai rulează în Newman. Am pus cheia în variabilă: POSTMAN_API_KEY=${v('credential.postman_api_key', POSTMAN)}. Primesc "AuthenticationError". Trebuie regenerată?`),

  rec('code_ts_pl', f`Cześć, skrypt ma zakładać zgłoszenie w Linear, gdy dron zgłosi awarię zaworu. Dostaję "Authentication required":

${code(f`import { LinearClient } from '@linear/sdk';

const linear = new LinearClient({ apiKey: '${v('credential.linear_api_key', LINEAR)}' });

export async function reportValveFault(droneId: string, field: string, code: number) {
  const team = await linear.team('IRR');
  return linear.createIssue({
    teamId: team.id,
    title: \`Awaria zaworu \${code} – pole \${field}\`,
    description: \`Zgłoszone przez drona \${droneId}\`,
  });
}`)}`),

  rec('yaml_is', f`Góðan dag, Datadog-agentinn á hafnarþjóninum sendir engin gögn. Hér er datadog.yaml:

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: hafnarvordur-vts-01
tags:
  - env:prod
  - team:hafnsogumenn`)}

Er site rangt?`),

  rec('shell_he', f`שלום, הסקריפט שמושך את סיסמאות מערכת השיבוץ מ-Vault נכשל עם permission denied:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.norrvindair.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/crew-rostering/db
Error reading secret/data/crew-rostering/db: Code: 403. Errors: * permission denied`)}

אולי הטוקן פג תוקף?`),

  rec('chat_sd', f`سلام، Databricks جو اهو job جيڪو آبپاشي جي ڊيٽا process ڪري ٿو، هن token سان fail ٿي رهيو آهي: ${v('credential.databricks_token', DATABRICKS)}. Workspace: https://adb-4829173650182736.11.azuredatabricks.net — غلطي "Invalid access token" آهي، جڏهن ته token جي مدت 90 ڏينهن رکي هئي. ڇا ڪرڻ گهرجي؟`),

  rec('chat_vi', f`Chào bạn, mình đang dùng token DigitalOcean ${v('credential.digitalocean_token', DO_TOKEN)} để tạo droplet cho máy chủ xử lý ảnh drone nhưng bị lỗi 403 "You do not have access for the attempted action". Token có quyền read+write rồi.`),

  rec('code_python_it', f`Ciao, lo script che sincronizza i lotti del catalogo con il negozio online dei cataloghi stampati restituisce 401:

${code(f`import requests

SHOP = "verhaegenlind-cataloghi.myshopify.com"
TOKEN = "${v('credential.shopify_access_token', SHOPIFY)}"

def publish_catalogue(sale_code: str, price_eur: float) -> int:
    body = {"product": {"title": f"Catalogo asta {sale_code}", "variants": [{"price": f"{price_eur:.2f}"}]}}
    r = requests.post(f"https://{SHOP}/admin/api/2024-10/products.json",
                      json=body, headers={"X-Shopify-Access-Token": TOKEN}, timeout=20)
    return r.status_code`)}`),

  rec('http_de', f`Die Abrechnungsschnittstelle der Krankenkasse lehnt unsere Sammelrechnung ab ("invalid_token"). Request aus dem Log:

${amb('source_code.snippet', f`POST /claims/v3/batches HTTP/1.1
Host: api.clearhouse-vita.de
Authorization: Bearer ${v('credential.jwt', JWT_INSURER)}
Content-Type: application/fhir+json
X-Leistungserbringer-IK: 590318274

{"resourceType":"Bundle","type":"batch","entry":[ ... 48 Dialyse-Heimversorgungen November ... ]}`)}

Das exp ist doch noch nicht abgelaufen, oder?`),

  rec('chat_fr_qc', f`Allo, l'assureur nous demande de tester l'envoi des réclamations de location d'équipement avec leur environnement. Ils m'ont donné cet en-tête : Authorization: Basic ${v('credential.basic_auth_header', b64('aquarel_qc:' + 'Erable-Verglas-58'))} — est-ce que je peux le mettre tel quel dans Postman ou je dois le décoder?`),

  rec('chat_us', f`Insurer's SFTP for the 837 claim files wants key auth now. Is this key in the right format or do I need to convert it to OpenSSH first? Paste:

${v('credential.private_key', RSA)}

Their doc says "PEM, 2048 bit minimum".`),

  rec('chat_xh', f`Molo, i-ground station yedrone e-Eastern Cape ayikwazi ukungena kwi-server nge-SSH. Nantsi i-key esiyisebenzisayo:

${v('credential.openssh_private_key', OSSH)}

Impazamo ithi "Load key: invalid format". Ndenze ntoni?`),

  rec('chat_fo', f`Kanst tú umseta hetta til enskt? "Wifi-netið á havnarskrivstovuni eitur HAVN-GESTUR, og loyniorðið er ${v('credential.password_in_prose', 'Lundi-Nólsoy-44')}. Vinarliga skift tað ikki uttan at siga hafnarmeistaranum frá."`),

  rec('chat_is', f`Geturðu lagað málfarið í þessum skilaboðum til nýja hafnsögumannsins? "Aðgangurinn þinn að bryggjuáætluninni er tilbúinn. Notandanafn: k.sigurdsson, lykilorðið er ${v('credential.password_in_prose', 'Baldursbra!7031')} og þú verður beðinn um að breyta því við fyrstu innskráningu."`),

  rec('chat_se_sami', f`Sáhtášgo jorgalit dán dárogillii? "Dronaprográmma guovdášlohkui: geavaheaddjinamma lea ravdna.gaup ja beassansátni lea ${v('credential.password_in_prose', 'Boazu-Guovdageaidnu9')}. Molsso dan vuosttaš geardde go čálihat sisa."`),

  rec('chat_fy', f`Kinst dit wat netter meitsje foar de nije meiwurker fan it wenningburo? "Dyn akkount foar it taweisysteem is klear. Brûkersnamme: j.de.boer, wachtwurd: ${v('credential.password_in_prose', 'Skiere-Mar-2025')} — feroarje it graach daliks."`),

  rec('chat_ckb', f`تکایە ئەم نامەیە وەربگێڕە بۆ ئینگلیزی: "هەژماری تۆ بۆ سیستەمی دابەشکردنی خانووبەرە ئامادەیە. ناوی بەکارهێنەر: s.karim و وشەی نهێنی ${v('credential.password_in_prose', 'Hewler#Xanu2024')} ە. تکایە دوای یەکەم چوونەژوورەوە بیگۆڕە."`),

  rec('chat_ti', f`በጃኻ ናብ እንግሊዝኛ ተርጉመለይ: "ናይ ክራው መደብ ኣካውንትካ ተዳልዩ ኣሎ። ሽም ተጠቃሚ: t.gebremedhin፣ ምስጢራዊ ቃል ${v('credential.password_in_prose', 'Asmara-Crew-618')} እዩ። ብኽብረትካ ድሕሪ ቀዳማይ ምእታው ቀይሮ።"`),

  rec('chat_qu', f`Yanapaway kay willakuyta castellanoman tikrayta: "Qarpay drone kamachiypa yaykunanpaq: ruraq sutiyki k.mamani, pakasqa rimayniyki ${v('credential.password_in_prose', 'Inti-Raymi-0623')}. Ama pimanpas qunkichu."`),

  rec('chat_mg', f`Azafady, adikao amin'ny teny frantsay ity: "Ny kaontinao amin'ny rafitra fanofana milina dialyse dia vonona. Anarana: r.rakoto, ny teny miafina dia ${v('credential.password_in_prose', 'Vary-Sosoa-812')}. Ovay izany rehefa miditra voalohany ianao."`),

  rec('chat_ta', f`இதை ஆங்கிலத்தில் மொழிபெயர்க்க முடியுமா? "புதிய விமான ஊழியர் அட்டவணை போர்ட்டலுக்கான உங்கள் பயனர்பெயர் p.ramasamy, கடவுச்சொல் ${v('credential.password_in_prose', 'Kaveri@Crew2291')}. முதல் உள்நுழைவில் மாற்றவும்."`),

  rec('chat_lo', f`ກະລຸນາແປເປັນພາສາອັງກິດ: "ບັນຊີຂອງທ່ານສຳລັບລະບົບຕິດຕາມເຄື່ອງບິນບໍ່ມີຄົນຂັບພ້ອມແລ້ວ. ຊື່ຜູ້ໃຊ້: s.vongsa, ລະຫັດຜ່ານ: ${v('credential.password_in_prose', 'Mekong-Nam-4471')}. ກະລຸນາປ່ຽນຫຼັງຈາກເຂົ້າລະບົບຄັ້ງທຳອິດ."`),

  rec('chat_rw', f`Mwaramutse, mwamfasha kwandika ubu butumwa neza mu Cyongereza? "Konti yawe ya sisitemu yo kuhira imyaka yateguwe. Izina: j.uwimana / ijambo ry'ibanga: ${v('credential.user_password_pair', 'Kigali-Amazi-73')}. Uzarihindure ukimara kwinjira."`),

  rec('shell_bs', f`Zdravo, backup baze za kontrolu ulaza u luku pada u cron-u, a ručno radi. Evo skripte:

${code(f`#!/bin/bash
# backup pristupnih kartica - luka Ploče
DATE=$(date +%F)
mysqldump -h 127.0.0.1 -u backup_pristup -p${v('credential.mysql_cli_password', 'Neretva_Most_19')} pristup_luka > /srv/backup/pristup_$DATE.sql
gzip /srv/backup/pristup_$DATE.sql
find /srv/backup -name 'pristup_*.sql.gz' -mtime +14 -delete`)}

Cron javlja "Access denied for user" — zašto samo iz crona?`),

  rec('cisco_cfg', f`Harbour CCTV switch lost its uplink after a power cut. Here is the running config section for the security VLAN, anything obviously wrong?

${amb('source_code.snippet', f`hostname PORT-SEC-SW02
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b83-c9salt', B62 + './', 14), '$', fill('b83-c9hash', B62 + './', 43)))}
username harbourops privilege 15 password 0 ${v('credential.network_device_secret', 'Quay-Lantern-5521')}
!
snmp-server community ${v('credential.network_device_secret', 'pilotboat-ro-83')} RO
!
interface GigabitEthernet1/0/48
 description UPLINK-GATEHOUSE
 switchport mode trunk
 switchport trunk allowed vlan 40,41
!
interface Vlan40
 ip address ${amb('pii.ip_address', '172.16.40.2')} 255.255.255.0`)}`, 'the type-9 enable secret is a hash: ambiguous; the type-0 password and the SNMP community are labelled'),

  rec('yaml_th', f`ช่วยดูไฟล์ config ของระบบจัดตารางลูกเรือหน่อยครับ ทำไมเชื่อมต่อ Redis ไม่ได้:

${amb('source_code.snippet', f`crew_scheduler:
  timezone: Asia/Bangkok
  redis:
    host: redis-crew.norrvindair.internal
    port: 6380
    password: ${v('credential.password_assignment', 'Chao-Phraya-6619')}
    tls: true
  min_rest_hours: 10`)}

error คือ "NOAUTH Authentication required"`),

  rec('props_km', f`សួស្តី! ហេតុអ្វីបានជាប្រព័ន្ធ loyalty មិនអាចភ្ជាប់ទៅ partner API បាន? នេះជា config:

${amb('source_code.snippet', f`# loyalty-partner.properties
partner.api.base=https://partners.polarismiles.com/v2
partner.api.client-id=pmiles-kh-ops
partner.api.client-secret=${v('credential.generic_secret_assignment', GEMINI_SECRET)}
partner.api.timeout-ms=8000`)}

Error: 401 invalid_client`),

  rec('chat_uk', f`Привіт! Скрипт оновлення DNS для порталу соціального житла падає з помилкою 9109 "Invalid access token". Ось що в змінних середовища: CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}, zone житло-дальвере. Токен має права Zone.DNS Edit.`),

  rec('curl_be', f`Прывітанне, не магу стварыць тыкет у Jira для збою ў раскладзе экіпажаў:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'a.kavaliou@norrvindair.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://norrvindair.atlassian.net/rest/api/3/issue \\
  -d '{"fields":{"project":{"key":"CREW"},"summary":"Rest rule violation not flagged","issuetype":{"name":"Bug"}}}'`)}

Адказ 401. Што не так?`),

  rec('chat_es_bo', f`Hola, en la pasarela del alquiler de concentradores usamos una clave restringida de Stripe solo para reembolsos: ${v('credential.stripe_restricted_key', RK_LIVE)}. Desde La Paz nos sale "The provided key does not have the required permissions". ¿Qué permiso le falta para crear refunds?`),

  rec('pypirc_mk', f`Здраво, не можам да го објавам пакетот за пресметување на наводнување на PyPI:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

twine upload dist/* враќа 403. Токенот е за целиот акаунт.`),

  rec('chat_fa', f`سلام، اسکریپت همگام‌سازی کاربران خدمه با Okta خطای 401 می‌دهد. هدر این است: Authorization: SSWS ${v('credential.okta_api_token', OKTA)} — آیا توکن API منقضی شده یا دامنه اشتباه است؟ دامنه norrvindair.okta.com است.`),

  rec('k8s_prs', f`سلام، این Secret برای دیتابیس سیستم ثبت کشتی‌ها را اعمال کردم ولی پاد هنوز با رمز قدیمی وصل می‌شود:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: vessel-calls-db
  namespace: harbour
type: Opaque
data:
  DB_USER: dmVzc2VsX2FwcA==
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_PW)}`)}

آیا باید پاد را ری‌استارت کنم؟`),

  rec('log_ug', f`ياخشىمۇسىز، ئايروپىلان ساداقەتمەنلىك سىستېمىسىنىڭ خاتىرىسىدە بۇ قۇر بار. بۇ نورمالمۇ؟

${amb('source_code.snippet', f`2024-12-02 07:41:19,882 DEBUG miles.partner: POST https://partners.polarismiles.com/v2/accruals headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'X-Partner': 'KSH-HOTEL-12'}
2024-12-02 07:41:20,104 INFO  miles.partner: accrual ok member=PM-48271936 miles=1200`)}

Bearer توكېن خاتىرىگە چىقماسلىقى كېرەكمۇ؟`),

  rec('chat_en_ke', f`Hi, our field team in Nakuru shared the drone portal login on WhatsApp like this: "user: nakuru.ops pass: ${v('credential.user_password_pair', 'Flamingo-Lake-2024')}". Can you draft a short note asking them to stop sharing passwords in groups and to use the password manager instead?`),

  rec('sql_hash_uz', f`Salom, ijtimoiy uy-joy portalining eski bazasidan foydalanuvchilarni ko'chiryapmiz. Bu ustunni yangi tizimga to'g'ridan-to'g'ri ko'chirsa bo'ladimi?

${amb('source_code.snippet', f`SELECT login, pwd_hash FROM users WHERE login = 'd.rashidova';
-- d.rashidova | ${amb('credential.password_assignment', tok('$2y$10$', fill('b83-bcrypt', B62 + './', 53)))}`)}

Va vaqtinchalik parol: ${v('credential.password_in_prose', 'Samarqand-Uy-2024')} deb yozib qo'ydim, foydalanuvchiga SMS orqali yuboraman.`, 'bcrypt hash: ambiguous; the temporary password in prose is labelled'),

  rec('chat_en_gb', f`I've pasted the renewal API credentials from the clinic-equipment supplier's portal below. Which one goes in the Authorization header? They gave me "client id: aqh-renewals-prod" and "secret = ${v('credential.generic_secret_assignment', fill('b83-renew', B62, 40))}". Their docs mention OAuth2 client credentials.`),

  rec('b64_ps', f`${amb('source_code.snippet', f`$secureKey = "${v('credential.base64_encoded_token', b64(GHP))}"
$token = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($secureKey))
Invoke-RestMethod -Uri "https://api.github.com/repos/verhaegenlind/provenance-archive/dispatches" -Method Post -Headers @{ Authorization = "token $token" } -Body '{"event_type":"rebuild-index"}'`)}

I encoded the GitHub token so it isn't "in plain text" in the scheduled task — is that enough for the auditor?`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸੁਨੇਹਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖ ਦਿਓ: "ਡਾਇਲਸਿਸ ਮਸ਼ੀਨ ਡਿਲੀਵਰੀ ਐਪ ਵਿੱਚ ਤੁਹਾਡਾ ਯੂਜ਼ਰਨੇਮ h.sandhu ਹੈ ਅਤੇ ਪਾਸਵਰਡ ${v('credential.password_in_prose', 'Amritsar#Van52')} ਹੈ। ਪਹਿਲੀ ਵਾਰ ਲੌਗਇਨ ਤੋਂ ਬਾਅਦ ਬਦਲ ਦਿਓ।"`),
];

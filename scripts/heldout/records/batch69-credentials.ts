/**
 * Held-out batch 69: credentials pasted by staff of a regional orchestra and concert hall, a mining
 * company's geology and safety team, an online pharmacy, a police forensic laboratory's IT support,
 * a pilgrimage and group-tour agency and a payroll outsourcing provider — in chats, configs, CI
 * files, shells and code, in about 35 languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b69-stripe', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b69-whsec', B62, 32));
const TWILIO_SID = tok('AC', fill('b69-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b69-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b69-sg1', B64URL, 22), '.', fill('b69-sg2', B64URL, 43));
const AWS_ID = tok('AKIA', fill('b69-akia', B32, 16));
const AWS_SECRET = fill('b69-awssec', B64, 40);
const TELEGRAM = tok('7308415926', ':AA', fill('b69-tg', B64URL, 33));
const MAILGUN = tok('key-', fill('b69-mg', HEX, 32));
const GMAPS = tok('AIza', 'Sy', fill('b69-gmaps', B64URL, 33));
const FCM = tok('AAAA', fill('b69-fcm1', B64URL, 7), ':APA91b', fill('b69-fcm2', B64URL, 134));
const GH_FINE = tok('github_pat_', '11', fill('b69-ghfg1', UPPER + DIGITS, 20), '_', fill('b69-ghfg2', B62, 59));
const AZ_CLIENT_SECRET = tok(fill('b69-azcs1', B62, 3), '8Q~', fill('b69-azcs2', B62 + '_-.~', 34));
const OPENAI = tok('sk-proj-', fill('b69-oai1', B64URL, 74), 'T3BlbkFJ', fill('b69-oai2', B64URL, 74));
const SHOPIFY = tok('shpat_', fill('b69-shpat', HEX, 32));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b69-ossh-kn', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b69-slt', UPPER + DIGITS, 8), '/B07', fill('b69-slb', UPPER + DIGITS, 8), '/', fill('b69-slh', B62, 24));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b69-ant', B64URL, 93), 'AA');
const GLPAT = tok('glpat-', fill('b69-glpat', B62 + '-_', 20));
const VAULT = tok('hvs.', 'CAESI', fill('b69-hvs', B64URL, 86));
const AZ_STORAGE = `${fill('b69-azst', B64, 86)}==`;
const DD_API = fill('b69-ddapi', HEX, 32);
const DD_APP = fill('b69-ddapp', HEX, 40);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b69-rklive', B62, 97));
const GRAFANA_SA = tok('glsa_', fill('b69-glsa1', B62, 32), '_', fill('b69-glsa2', HEX, 8));
const GRAFANA_CLOUD = tok('glc_', b64(JSON.stringify({ o: '873104', n: 'gruve-sensorer-push', k: fill('b69-glck', B62, 24), m: { r: 'prod-eu-north-0' } })).replace(/=+$/, ''));
const SENTRY_KEY = fill('b69-sentrykey', HEX, 32);
const SENTRY_USER = tok('sntryu_', fill('b69-sntryu', HEX, 64));
const MAILCHIMP = tok(fill('b69-mc', HEX, 32), '-us14');
const NPM = gh('npm', 'Lk8Vq2Rd5Zt9Hw3Mx7Pb1Nc6Fy4Gs0');
const HF = tok('hf_', fill('b69-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b69-groq', B62, 52));
const ADO_PAT = fill('b69-ado', B32LOWER, 84);
const BREVO = tok('xkeysib-', fill('b69-brevo1', HEX, 64), '-', fill('b69-brevo2', B62, 16));
const DOCKER_AUTH = b64(`nomina-ci:${'Tlaquepaque#2291'}`);
const CF_TOKEN = fill('b69-cftok', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('b69-dop', HEX, 64));
const NOTION = tok('ntn_', fill('b69-ntn1', DIGITS, 11), fill('b69-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b69-at1', B62, 14), '.', fill('b69-at2', HEX, 64));
const OKTA = tok('00', fill('b69-okta', B64URL, 40));
const POSTMAN = tok('PMAK-', fill('b69-pmak1', HEX, 24), '-', fill('b69-pmak2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b69-linear', B62, 40));
const TEAMS = tok('https://minedor.webhook.office.com/webhookb2/', '6c1e9a42-3d7b-4f85-b2e0-9a4c7d13e58f@e2b74c19-5a06-4d3e-8f71-c09b3a6d24e5/IncomingWebhook/', fill('b69-teams1', HEX, 32), '/', '0f4a8c2d-61e9-4b37-a5d0-7e3c9b1f82a6/', 'V2', fill('b69-teams2', B64URL, 43));
const TFC = tok(fill('b69-tfc1', B62, 14), '.atlasv1.', fill('b69-tfc2', B62, 67));
const DOPPLER = tok('dp.', 'st.', 'prd_lohn.', fill('b69-doppler', B62, 40));
const GCP_PEM = pem('PRIVATE KEY', 'b69-gcpsa', 1218);
const GHP = gh('ghp', 'Ng4Rk8Wt1Yq6Dm3Xv9Lc2Bh7Pj5Zs0');
const HEROKU = tok('HRKU-', 'AA', fill('b69-hrku', B64URL, 58));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b69-pypi', B64URL, 168));
const DROPBOX = tok('sl.', 'B', fill('b69-dbx', B64URL, 138));
const VERCEL = fill('b69-vercel', B62, 24);
const SUPABASE = tok('sbp_', fill('b69-sbp', HEX, 40));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hqmzwlrtkcvbnpyaxdoe', role: 'service_role', iat: 1722506400, exp: 2038082400 }, 'b69-supa');
const DATABRICKS = tok('dapi', fill('b69-dapi', HEX, 32), '-2');
const LANGSMITH = tok('lsv2_', 'sk_', fill('b69-ls1', HEX, 32), '_', fill('b69-ls2', HEX, 10));
const OPENAI_SVC = tok('sk-svcacct-', fill('b69-oasv1', B64URL, 74), 'T3BlbkFJ', fill('b69-oasv2', B64URL, 74));
const ASIA = tok('ASIA', fill('b69-asia', B32, 16));
const ASIA_SECRET = fill('b69-asiasec', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b69-awssess', B64, 356));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b69-age', BECH32, 58));
const RSA_LIMS = pem('RSA PRIVATE KEY', 'b69-lims-rsa', 1192);
const ALIBABA_ID = tok('LTAI', '5t', fill('b69-ltai', B62, 18));
const ALIBABA_SECRET = fill('b69-alisec', B62, 30);
const FACEBOOK = tok('EAA', 'Bw8ZCq', fill('b69-fb', B62, 160));
const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '7719305842617-', fill('b69-xoxb', B62, 24));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'marula-geo', a: fill('b69-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b69-mbx', B64URL, 22));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b69-atl', B64URL, 171), '=', fill('b69-atl2', HEX.toUpperCase(), 8));
const DCKR = tok('dckr_', 'pat_', fill('b69-dckr', B64URL, 27));
const SQUARE = tok('EAAA', fill('b69-square', B64URL, 60));
const FIGMA = tok('figd_', fill('b69-figd', B64URL, 40));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1291847305562918734', '/', fill('b69-dischook', B64URL, 68));
const GHO = gh('gho', 'Pq2Wn7Lx4Tv9Kb1Rz6Hm3Dc8Fs5Jy0');
const JFROG = tok('cmVmdGtuOjAxOj', fill('b69-jfrog', B62, 50));
const NETLIFY = tok('nfp_', fill('b69-nfp', B62, 36));
const PULUMI = tok('pul-', fill('b69-pulumi', HEX, 40));
const XAI = tok('xai-', fill('b69-xai', B62, 80));
const TENCENT_ID = tok('AKID', fill('b69-akid', B62, 32));
const TENCENT_KEY = fill('b69-tckey', B62, 32);
const PAYROLL_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pay-2024-11' }, { sub: 'svc-payslip-export', aud: 'https://api.quorumpay.in', scope: 'payslips:read employees:read', iat: 1733120400, exp: 1733124000 }, 'b69-payjwt');
const BASIC_TICKETS = b64(`kassa-api:${'Fl0kk-Sinfonia!7'}`);

export const BATCH69_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Box office site throws "No such webhook endpoint" after we moved the ticket shop to the new host. Here's the env (I know, I'll rotate after):

${cfg(f`# /srv/kestrel-tickets/.env
NODE_ENV=production
SEASON=2025-26
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
DATABASE_URL=postgres://tickets:${v('credential.database_url_password', 'Bassoon-Quarry-58')}@db-1.kestrelhall.internal:5432/tickets
SEATMAP_CACHE_TTL=300`)}

Do I need to re-register the endpoint in the dashboard or just change the URL?`),

  rec('code_python_yo', f`Ẹ jọ̀ọ́, ṣé ẹ lè ràn mí lọ́wọ́? Kóòdù yìí ló ń fi SMS ìránnilétí oògùn ránṣẹ́ sí àwọn oníbàárà ilé-ìtajà oògùn wa lórí ayélujára, ṣùgbọ́n láti àná ló ti ń dá error 20003 padà:

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def ranse_iranileti(nomba, oruko_oogun):
    return client.messages.create(
        to=nomba,
        from_="MedoraRx",
        body=f"E ku ojo! O to akoko lati tun {oruko_oogun} yin ra.",
    )`)}
\`\`\`

Ṣé token náà ti parí ni àbí nǹkan mìíràn?`),

  rec('chat_ha', f`Don Allah ka taimake ni. Muna amfani da wannan key na SendGrid wajen aika saƙon gargaɗin tsaro ga ma'aikatan ramin ma'adinai idan iskar gas ta yi yawa: ${v('credential.sendgrid_api_key', SENDGRID)}

Tun jiya saƙonnin ba sa fita, SendGrid yana cewa "403 Forbidden". Shin sai mun sake tabbatar da sender identity ne?`),

  rec('aws_credentials_zu', f`Sawubona, ngicela ungisize. Ngikopishe le fayela ku-laptop entsha ukuze ngilayishe imiphumela ye-core samples ku-S3, kodwa i-CLI ithi "InvalidClientTokenId":

${cfg(f`# ~/.aws/credentials
[default]
region = af-south-1

[marula-geology]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = af-south-1`)}

Ngisebenzisa \`aws s3 cp ./drillcore/ s3://marula-geo-cores/2025/ --recursive --profile marula-geology\`. Yini engalungile?`),

  rec('chat_xh', f`Molo, ndicela undincede ndibhale i-imeyile emfutshane eya ku-locum pharmacist wethu uNomvula, oza kusebenza eveki ezayo. Mxelele ukuba igama lomsebenzisi kwinkqubo yokukhupha amayeza ngu-"nomvula.locum" kwaye iphasiwedi yokuqala ngu-${v('credential.password_in_prose', 'Ikhwezi!Dispense42')}. Makayitshintshe xa engena okokuqala. Yibhale ngesiXhosa nangesiNgesi.`),

  rec('code_python_am', f`እባክህ ይህን የቴሌግራም ቦት ኮድ ተመልከትልኝ። ለላሊበላ እና ለኢየሩሳሌም የጉዞ ቡድኖች የመነሻ ሰዓት መልእክት ይልካል፣ ግን "401 Unauthorized" ይላል።

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002219384756

def lak_melekt(text: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    r = requests.post(url, json={"chat_id": CHAT_ID, "text": text}, timeout=10)
    r.raise_for_status()

lak_melekt("ነገ ጠዋት 5:30 ከሆቴሉ እንነሳለን። ፓስፖርታችሁን አትርሱ።")`)}

ቶከኑን ከBotFather አዲስ ማውጣት አለብኝ?`),

  rec('ini_so', f`Salaan, waxaan isku dayayaa inaan hagaajiyo habka ballansashada Xajka iyo Cumrada. Emailada xaqiijinta ee socotada ma baxayaan. Kani waa config-ka:

${cfg(f`[mail]
provider = mailgun
domain = mg.barakatravel.so
api_key = ${v('credential.mailgun_api_key', MAILGUN)}
from = "Baraka Travel <${v('pii.email', 'ballansasho@barakatravel.so')}>"
region = eu`)}

Mailgun wuxuu leeyahay "Forbidden". Ma domain-ka ayaan la xaqiijin?`),

  rec('config_sn', f`Mhoro, ndibatsireiwo. Connection string iyi yedatabase yezvekuchengeteka pamugodhi (safety incidents) yakarega kushanda mushure mekunge tachinja server svondo rapfuura:

${cfg(f`"ConnectionStrings": {
  "SafetyDb": "Server=tcp:sql-safety-02.marularock.co.zw,1433;Database=IncidentRegister;User Id=safety_app;Password=${v('credential.connection_string_password', 'Mutare#Shaft7!')};Encrypt=True;TrustServerCertificate=False;"
}`)}

Error iri "A network-related or instance-specific error". Ndeye firewall here?`),

  rec('chat_wo', f`Salaam aleekum, dama bëgg nga dimbali ma bind ab email ci français pour sunu kiliyaan yi di dem Magal Touba. Wax leen ne portail bu bees bi ubbeeku na: identifiant bi mooy "magal2025.groupe" te mot de passe bi mooy ${v('credential.password_in_prose', 'Ndakaaru_Touba25')}. Ñu soppi ko bu ñu duggee yoon wu njëkk.`),

  rec('code_js_ar_gulf', f`هلا، أبي أعدل هالكود حق موقع العمرة، الخريطة ما تطلع في صفحة الفنادق القريبة من الحرم، وتطلع رسالة "This page can't load Google Maps correctly":

${code(f`const MAPS_KEY = "${v('credential.google_api_key', GMAPS)}";

function loadMap() {
  const s = document.createElement("script");
  s.src = \`https://maps.googleapis.com/maps/api/js?key=\${MAPS_KEY}&callback=initHotels&language=ar\`;
  s.async = true;
  document.head.appendChild(s);
}

window.initHotels = () => {
  const haram = { lat: 21.4225, lng: 39.8262 };
  const map = new google.maps.Map(document.getElementById("map"), { center: haram, zoom: 15 });
  HOTELS.forEach((h) => new google.maps.Marker({ position: h.pos, map, title: h.name }));
};`)}

وبعد في تطبيق الأندرويد عندنا server key قديم حق الإشعارات: ${v('credential.firebase_fcm_server_key', FCM)} — لازم ننقل لـ HTTP v1؟`),

  rec('git_ar_lev', f`مرحبا، عم جرّب أعمل push عالريبو تبع الصيدلية أونلاين بس عم يطلعلي 403. هيدا الـ remote يلي عندي:

${cfg(f`$ git remote -v
origin  https://pharmabot:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/dawa-online/storefront.git (fetch)
origin  https://pharmabot:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/dawa-online/storefront.git (push)`)}

التوكن fine-grained وعطيتو Contents: Read بس. لازم Write كمان؟`),

  rec('shell_ar_eg', f`ازيك، السكريبت ده بيعمل backup لقاعدة بيانات المرتبات كل يوم الساعة 2 بالليل بس بقاله يومين بيقف من غير error:

${code(f`#!/bin/bash
DATE=$(date +%Y%m%d)
mysqldump -h db-payroll.local -u backup_user -p'${v('credential.mysql_cli_password', 'Zamalek_1911!')}' payroll_eg \\
  --single-transaction --routines > /backups/payroll_$DATE.sql
gzip /backups/payroll_$DATE.sql
find /backups -name "payroll_*.sql.gz" -mtime +14 -delete`)}

ممكن المشكلة في المساحة؟ الديسك 97%.`),

  rec('json_config_ur', f`السلام علیکم، ہماری پے رول سروس کی appsettings.json یہ ہے۔ Azure AD سے لاگ اِن نہیں ہو رہا، error AADSTS7000215 آ رہا ہے:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "7f3a9c21-64e8-4b0d-9d15-2c8e6a4f1b73",
    "ClientId": "b2d94e17-0a6c-4f38-8e59-61c7d3a2f840",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "Payroll": { "Country": "PK", "FiscalYearStart": "07-01" }
}`)}

کیا secret کی expiry ختم ہو گئی ہے؟`),

  rec('code_python_sd', f`مهرباني ڪري هي Python ڪوڊ ڏسو. اسان جي آن لائين فارميسي لاءِ دوا جي پرچي جو خلاصو سنڌي ۾ ٺاهي ٿو پر هر ٻئي منٽ 429 error اچي ٿو:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def khulaso(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarise the leaflet in Sindhi, max 5 bullet points."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content`)}

ڇا retry لڳائڻ سان ٺيڪ ٿيندو؟`),

  rec('shell_gu', f`નમસ્તે, અમારી ઓનલાઇન ફાર્મસીના Shopify સ્ટોરમાંથી આજના ઓર્ડર ખેંચવા માટે આ curl ચલાવું છું, પણ 401 આવે છે:

${cfg(f`curl -s "https://sanjivani-rx.myshopify.com/admin/api/2024-10/orders.json?status=any&created_at_min=2025-01-14" \\
  -H "X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHOPIFY)}"`)}

App ને read_orders scope આપેલો છે. બીજું શું ચેક કરવું?`),

  rec('chat_kn', f`ನಮಸ್ಕಾರ, ಫೊರೆನ್ಸಿಕ್ ಲ್ಯಾಬ್‌ನ evidence archive server‌ಗೆ SSH ಮಾಡಲು ಈ key ಬಳಸುತ್ತಿದ್ದೇನೆ, ಆದರೆ "Load key: invalid format" ಎಂದು ಬರುತ್ತಿದೆ. Windows Notepad‌ನಲ್ಲಿ copy ಮಾಡಿದ್ದೆ:

${v('credential.openssh_private_key', OSSH)}

CRLF ಸಮಸ್ಯೆ ಇರಬಹುದೇ? ಹೇಗೆ ಸರಿಪಡಿಸುವುದು?`),

  rec('curl_te', f`హాయ్, మా payroll API కి payslip export కోసం ఈ request పంపితే 401 వస్తోంది. token expire అయిందా లేక audience తప్పా?

${cfg(f`curl -X GET "https://api.quorumpay.in/v2/payslips?month=2024-11&entity=HYD01" \\
  -H "Authorization: Bearer ${v('credential.jwt', PAYROLL_JWT)}" \\
  -H "Accept: application/json"`)}`),

  rec('chat_km', f`សួស្តី! ខ្ញុំចង់ឲ្យប្រព័ន្ធកក់ដំណើរទេសចរណ៍របស់យើងផ្ញើសារទៅ Slack channel #angkor-groups ពេលមានការកក់ក្រុមថ្មី។ ខ្ញុំប្រើ webhook នេះ ប៉ុន្តែវាឆ្លើយ "invalid_token"៖

${v('credential.slack_webhook_url', SLACK_HOOK)}

តើខ្ញុំត្រូវបង្កើត webhook ថ្មីឬ?`),

  rec('env_file_vi', f`Chào bạn, mình đang làm chatbot tư vấn thuốc không kê đơn cho nhà thuốc online. App Next.js không đọc được key, báo "authentication_error". File .env.local như sau:

${cfg(f`NEXT_PUBLIC_SITE_NAME="Nhà thuốc An Khang Online"
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
CLAUDE_MODEL=claude-3-5-haiku-latest
MAX_TURNS=12`)}

Có phải do dấu ngoặc kép ở dòng đầu không?`),

  rec('ci_yaml_fil', f`Hi! Pa-check naman ng GitLab CI namin para sa payroll app, nagfa-fail yung deploy stage, "HTTP Basic: Access denied":

${cfg(f`stages: [test, deploy]

deploy_staging:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache git
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.sahodpay.ph/payroll/helm-charts.git
    - ./helm-charts/deploy.sh staging
  only: [main]`)}

Expired na ba yung token o kulang yung scope (read_repository lang)?`),

  rec('yaml_ja', f`お疲れ様です。チケット販売サイトの設定ファイルです。昨日から Vault からシークレットを読めなくなり、さらに座席 API への Basic 認証も失敗しています。

${cfg(f`# config/production.yml
vault:
  addr: https://vault.kestrel-hall.jp:8200
  token: ${v('credential.vault_token', VAULT)}
  mount: kv/tickets
seat_api:
  url: https://seats.kestrel-hall.jp/v1
  headers:
    Authorization: "Basic ${v('credential.basic_auth_header', BASIC_TICKETS)}"`)}

トークンの TTL が切れただけでしょうか？更新手順を教えてください。`),

  rec('code_python_ko', f`안녕하세요, 감식 연구소 IT 지원팀입니다. 증거 이미지 해시 목록을 Azure Blob에 올리는 스크립트인데 "AuthenticationFailed"가 뜹니다. 연결 문자열 확인 부탁드려요.

${code(f`from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=kfslevidence;"
    "AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};"
    "EndpointSuffix=core.windows.net"
)

svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("hash-manifests")
with open("case_2025-0117_manifest.csv", "rb") as fh:
    container.upload_blob("2025/case_2025-0117_manifest.csv", fh, overwrite=True)`)}

키를 재발급했는데 이전 키가 남아 있는 것 같아요.`),

  rec('docker_compose_zh_tw', f`你好，我們線上藥局的監控是用 Datadog，這是 docker-compose 的設定，agent 一直顯示 "API key invalid"，可是網頁上看 key 是有效的：

${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: ap1.datadoghq.com
      DD_LOGS_ENABLED: "true"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

是不是 DD_SITE 設錯了？我們帳號是在日本區。`),

  rec('chat_zh_hk', f`唔該幫我睇下，我哋旅行社個網站用 Stripe 收朝聖團（以色列、梵蒂岡）嘅訂金。IT 俾咗條 restricted key ${v('credential.stripe_restricted_key', RK_LIVE)} 我，但係 call /v1/refunds 就話 "permission denied"。係咪要加 refund 權限？`),

  rec('docker_compose_uz', f`Assalomu alaykum, ish haqi (payroll) xizmatimiz uchun docker-compose fayli. Postgres konteyneri ishga tushyapti, lekin API "password authentication failed" deyapti:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ishhaqi
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Samarqand-Registon-1420')}
      POSTGRES_DB: payroll_uz
  api:
    build: ./api
    environment:
      DATABASE_URL: postgresql://ishhaqi:${v('credential.database_url_password', 'Samarqand-Registon-1420')}@db:5432/payroll_uz
    depends_on: [db]`)}

Volume eski paroldan qolganmi?`),

  rec('chat_tk', f`Salam, zyýarat we topar syýahatlary üçin bron ulgamyna girip bilemok. Ulanyjy ady "mary.ofis" we paroly ${v('credential.password_in_prose', 'Merw_Soltan88')} — dünden bäri "account locked" diýýär. Administratora haýyş hatyny iňlisçe ýazmaga kömek edip bilersiňizmi?`),

  rec('cisco_be', f`Прывітанне, вось канфіг камутатара ў лабараторыі крыміналістыкі. Пасля абнаўлення прашыўкі не магу зайсці па SSH, хоць лагін і пароль тыя самыя:

${cfg(f`hostname LAB-SW-03
!
enable secret 9 ${ambCat('credential', tok('$9$', fill('b69-cisco9a', B62, 14), '$', fill('b69-cisco9b', B62 + './', 43)))}
username itadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Bielavieza#2024')}
!
ip ssh version 2
ip domain-name lab.kryminal.local
crypto key generate rsa modulus 2048
!
line vty 0 4
 login local
 transport input ssh`)}

Ці трэба нанова згенераваць RSA-ключ?`),

  rec('chat_et', f`Tere! LIMS-serveri TLS-võti, nginx ei käivitu ja ütleb "PEM_read_bio_PrivateKey() failed". Kopeerisin selle vanast serverist:

${v('credential.private_key', RSA_LIMS)}

Kas võti on katki või on probleem failiõigustes? nginx jookseb kasutaja www-data all.`),

  rec('chat_is', f`Hæ, getur þú hjálpað mér að skrifa Python skriftu sem flytur áskrifendur fréttabréfs hljómsveitarinnar úr Mailchimp yfir í CSV? Lykillinn er ${v('credential.mailchimp_api_key', MAILCHIMP)} og listinn heitir "Tónleikagestir 2025". Ég þarf netfang, nafn og hvort fólk er með áskriftarkort.`),

  rec('helm_values_nb', f`Hei, vi har satt opp Grafana for gassensorene nede i gruva. Kan du sjekke values-fila? Dashboardet viser "unauthorized" og remote_write feiler:

${cfg(f`grafana-agent:
  remoteWrite:
    url: https://prometheus-prod-39-prod-eu-north-0.grafana.net/api/prom/push
    basicAuth:
      username: "873104"
      password: ${v('credential.grafana_cloud_token', GRAFANA_CLOUD)}
provisioning:
  dashboards:
    apiToken: ${v('credential.grafana_service_account_token', GRAFANA_SA)}
  folder: "Gruve / Gass og ventilasjon"`)}`),

  rec('code_js_nn', f`Hei, Sentry får ikkje inn feil frå nettapoteket etter at vi flytta til ny server. Her er konfigurasjonen, og eg har òg prøvd å laste opp sourcemaps med ein brukartoken:

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508117.ingest.de.sentry.io/4508117390852096`)}",
  environment: "produksjon",
  release: "nettapotek@4.2.0",
  tracesSampleRate: 0.1,
});`)}

${cfg(f`$ SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SENTRY_USER)} npx sentry-cli sourcemaps upload ./dist`)}

Kva gjer eg feil?`),

  rec('chat_lb', f`Moien, kanns du mer hëllefen? De SFTP-Transfert vun de Pai-Fichieren op d'Bank fonctionnéiert net méi zënter gëschter. Am Cron steet:

sftp://paie_upload:${v('credential.url_password', 'Kachkeis-Bouneschlupp-9')}@sftp.bankpartner.lu:22/incoming/pain001/

De Log seet "Permission denied (publickey,password)". Huet d'Bank eventuell op Schlëssel ëmgestallt?`),

  rec('chat_rm', f`Allegra, pos ti gidar mai da scriver in e-mail curt als musicists da l'orchester? Jau less dir ch'il conto d'e-mail cuminaivel "orchester.info" è puspè activ e ch'il pled-clav nov è ${v('credential.password_in_prose', 'Tschalaveina-Flurina7')}. Els duain betg al dar vinavant. Grazia fitg!`),

  rec('npmrc_sl', f`Živjo, CI ne more namestiti zasebnih paketov za lekarniško aplikacijo, dobim "E401 Unable to authenticate". .npmrc je takšen:

${cfg(f`@lekarna-plus:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Lokalno dela. Ali moram token nastaviti kot granular z dostopom do organizacije?`, 'the npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('code_python_pt_br', f`Oi! Tô montando um assistente de bula pra farmácia online. Esse código usa Hugging Face pra embeddings e Groq pra resposta, mas dá 401 no Groq. Pode olhar?

${code(f`import os
from huggingface_hub import InferenceClient
from groq import Groq

hf = InferenceClient(token="${v('credential.huggingface_token', HF)}")
groq = Groq(api_key="${v('credential.groq_api_key', GROQ)}")

def responder(pergunta: str, trechos: list[str]) -> str:
    contexto = "\\n".join(trechos)
    r = groq.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[{"role": "system", "content": "Responda só com base na bula."},
                  {"role": "user", "content": f"{contexto}\\n\\nPergunta: {pergunta}"}],
    )
    return r.choices[0].message.content`)}`),

  rec('shell_pt_ao', f`Bom dia, o push para o Azure Repos do sistema de registo de incidentes de segurança da mina está a falhar com "TF401019". Estou a usar este comando a partir do servidor em Saurimo:

${cfg(f`git push https://ci-minas:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/catoca-seg/incidentes/_git/registo main`)}

O PAT foi criado ontem com "Code (Read & write)". Será que falta alguma permissão na organização?`),

  rec('chat_pt_mz', f`Olá, preciso de ajuda com a integração do Brevo para enviar os vouchers das excursões à Ilha de Moçambique. Está a dar erro 401 "Key not found". A chave que o colega configurou é ${v('credential.brevo_api_key', BREVO)}. Pode ser porque o IP do servidor ${amb('pii.ip_address', '196.28.241.77')} não está autorizado?`),

  rec('json_config_es_mx', f`Oye, ¿me ayudas? El pipeline de nómina no puede jalar la imagen del registry privado, dice "unauthorized: incorrect username or password". Este es el ~/.docker/config.json del runner:

${cfg(f`{
  "auths": {
    "registry.nominaplus.mx": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

¿Se tiene que codificar distinto si la contraseña trae #?`),

  rec('code_bash_es_ar', f`Che, ¿me das una mano? Armé este script para purgar la caché del sitio de la orquesta cada vez que cambiamos la programación de la temporada, pero Cloudflare me tira 403 y el snapshot a DigitalOcean tampoco anda:

${code(f`#!/usr/bin/env bash
set -euo pipefail
CF_API_TOKEN="${v('credential.cloudflare_api_token', CF_TOKEN)}"
ZONE_ID="3e8a91c4d72b45f0a6e1c9d8b7f20a53"
DO_TOKEN="${v('credential.digitalocean_token', DO_TOKEN)}"

curl -sf -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \\
  -H "Authorization: Bearer $CF_API_TOKEN" -H "Content-Type: application/json" \\
  --data '{"files":["https://orquestaciudad.ar/temporada"]}'

curl -sf -X POST "https://api.digitalocean.com/v2/droplets/418273019/actions" \\
  -H "Authorization: Bearer $DO_TOKEN" -H "Content-Type: application/json" \\
  -d '{"type":"snapshot","name":"web-temporada"}'`)}`),

  rec('env_file_es_pe', f`Hola, estoy sincronizando las reservas de las peregrinaciones (Señor de los Milagros, Cusco, Copacabana) de Airtable a Notion. El script dice "unauthorized" en Notion, ¿me ayudas a revisar el .env?

${cfg(f`AIRTABLE_TOKEN=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appK7r2Qm9Xw4Tz1L
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_RESERVAS=2f9c81a4e6d34b7090c1a5e8f3d2b674`)}

¿Tengo que compartir la base de Notion con la integración?`),

  rec('curl_fr_be', f`Bonjour, pour le labo de police scientifique, j'essaie de désactiver via l'API Okta les comptes des stagiaires qui partent fin janvier. J'ai une erreur 403 "E0000006", voici ma commande :

${cfg(f`curl -X POST "https://labo-forensique.okta-emea.com/api/v1/users/00u9x2kq7bVn3Rt4L0x7/lifecycle/deactivate" \\
  -H "Accept: application/json" \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}"`)}

Le token a été créé par un compte "Help Desk Administrator". Ça suffit pas ?`),

  rec('chat_fr_ca', f`Allô, est-ce que tu peux m'aider? Je veux automatiser la création de billets dans Linear à partir des tests Postman qui échouent pour la pharmacie en ligne. J'ai la clé Postman ${v('credential.postman_api_key', POSTMAN)} et la clé Linear ${v('credential.linear_api_key', LINEAR)}. Écris-moi un script Node qui lit les résultats de la dernière collection run et crée un billet par test en échec, en français.`),

  rec('chat_fr_ci', f`Bonjour, on veut envoyer les alertes de la station de détection de gaz du puits nord dans le canal Teams "Sécurité – Mine d'or". J'ai collé ce webhook dans le script mais rien n'arrive :

${v('credential.teams_webhook_url', TEAMS)}

Est-ce que c'est parce que Microsoft a retiré les connecteurs Office 365 ? On fait comment maintenant ?`),

  rec('hcl_de_ch', f`Grüezi, mir händ d'Lohn-Infrastruktur uf Terraform Cloud. De Plan lauft lokal, aber i de Pipeline nöd, "required token could not be found". Das isch d'credentials-Datei vom Runner und de Doppler-Token für d'Secrets:

${cfg(f`# /home/runner/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

${cfg(f`DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}`)}

Muess ich TF_TOKEN_app_terraform_io setze statt em File?`),

  rec('json_key', f`Evidence-upload service on the forensic lab's GKE cluster fails with "invalid_grant: Invalid JWT Signature". This is the key file mounted into the pod:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "fsl-evidence-prod",
  "private_key_id": "${fill('b69-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}",
  "client_email": "${amb('pii.email', 'evidence-uploader@fsl-evidence-prod.iam.gserviceaccount.com')}",
  "client_id": "104829375610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'evidence-uploader%40fsl-evidence-prod.iam.gserviceaccount.com')}"
}`))}

Was the key disabled when someone rotated it last week, or is the pod clock off?`),

  rec('code_python', f`Script that pulls the nightly borehole logs from our GitHub repo into the geology share. Works on my machine, 404 on the server:

${code(f`import requests, pathlib

TOKEN = "${v('credential.github_pat', GHP)}"
REPO = "marula-rock/geology-logs"

def fetch(path: str, dest: pathlib.Path) -> None:
    r = requests.get(
        f"https://api.github.com/repos/{REPO}/contents/{path}",
        headers={"Authorization": f"token {TOKEN}", "Accept": "application/vnd.github.raw"},
        timeout=30,
    )
    r.raise_for_status()
    dest.write_bytes(r.content)

fetch("boreholes/BH-2231/gamma.las", pathlib.Path("/mnt/geo/BH-2231_gamma.las"))`)}`),

  rec('chat', f`Our group-tour booking app on Heroku won't deploy from the new laptop. I exported HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} but \`heroku releases -a pilgrimtours-api\` still says "Invalid credentials provided". Is the key tied to the machine?`),

  rec('shell', f`Payroll run failed at the "fetch bank creds" step. I can reproduce it by hand:

${cfg(f`$ export VAULT_ADDR=https://vault.quorumpay.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', tok('hvs.', 'CAESI', fill('b69-hvs2', B64URL, 86)))}
$ vault kv get -field=sftp_password secret/payroll/banks/hsbc-uk
Error reading secret/data/payroll/banks/hsbc-uk: Code: 403. Errors:
* permission denied`)}

The token's policy is payroll-runner. What's the quickest way to see which paths it allows?`),

  rec('chat', f`Marketing wants the concert-hall website redeployed tonight. The Vercel token in our notes is ${v('credential.vercel_token', VERCEL)} and the programme PDFs come from Dropbox with ${v('credential.dropbox_access_token', DROPBOX)}. Can you write a GitHub Actions step that downloads the PDFs and then runs vercel deploy --prod?`),

  rec('pypirc', f`Internal package for pharmacy stock forecasts won't upload, "403 Invalid API Token: OIDC scoped token". ~/.pypirc on the build box:

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('powershell', f`Forensic lab IT here. This script creates the evidence-intake service account on new workstations; the second line is what I'm worried about:

${code(f`$svcUser = "LAB\\svc_intake"
$svcPass = ConvertTo-SecureString "${v('credential.password_assignment', 'Chain0fCustody!2025')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)
New-Service -Name "EvidenceIntake" -BinaryPathName "C:\\Program Files\\Intake\\intake.exe" -Credential $cred -StartupType Automatic
Start-Service EvidenceIntake`)}

How do I rewrite it with a gMSA so no password is in the script?`),

  rec('env_file_ko', f`콘서트홀 회원 앱을 Supabase로 옮기는 중인데, 서버 쪽에서 service_role 키로 호출하면 "JWT expired"가 나와요. .env 공유드립니다:

${cfg(f`SUPABASE_URL=https://hqmzwlrtkcvbnpyaxdoe.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}
NEXT_PUBLIC_SEASON=2025`)}

만료일은 2034년으로 되어 있는데 왜 그럴까요?`),

  rec('notebook_ja', f`薬局の在庫予測ノートブックです。Databricks のジョブからは動くのに、ローカルの Jupyter からだと 403 になります。

In [1]:
${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-5829104736215.12.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9c4e2a7b1d3f6e80",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT sku, sum(qty) FROM pharmacy.sales WHERE dt >= current_date() - 28 GROUP BY sku")`)}

Out[1]: Error during request to server: 403 Forbidden

ワークスペースの IP アクセスリストのせいでしょうか？`),

  rec('notebook_vi', f`Mình dùng LangSmith để trace chatbot tư vấn tour hành hương (La Vang, Lộ Đức, Fatima). Sau khi đổi sang service account key của OpenAI thì trace không hiện nữa:

${cfg(f`import os
os.environ["LANGSMITH_TRACING"] = "true"
os.environ["LANGSMITH_API_KEY"] = "${v('credential.langsmith_api_key', LANGSMITH)}"
os.environ["LANGSMITH_PROJECT"] = "tour-hanh-huong"
os.environ["OPENAI_API_KEY"] = "${v('credential.openai_api_key', OPENAI_SVC)}"`)}

Có cần đặt LANGSMITH_ENDPOINT cho region EU không?`),

  rec('json_ar_gulf', f`السلام عليكم، نظام الرواتب يستخدم AWS SSO، وهذا اللي طلع لي من \`aws configure export-credentials\`. السكربت حق تحويل الرواتب يشتغل ساعة بعدين يطيح:

${cfg(f`{
  "Version": 1,
  "AccessKeyId": "${v('credential.aws_access_key_id', ASIA)}",
  "SecretAccessKey": "${v('credential.aws_secret_access_key', ASIA_SECRET)}",
  "SessionToken": "${v('credential.aws_session_token', AWS_SESSION)}",
  "Expiration": "2025-01-19T10:42:07+00:00"
}`)}

كيف أخلي السكربت يجدد التوكن بروحه؟`),

  rec('chat_is', f`sops getur ekki afkóðað secrets.yaml á nýju vélinni hjá miðasölunni. Ég afritaði lykilinn svona:

# created: 2025-01-08T14:12:55Z
# public key: age1m4x8k2w9q0r5v3t7n1z6p8s2d4f9h0j3l5c7b1y6e8a2u4g0kqz7w3
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE bendir á skrána. Hvað vantar?`),

  rec('ini_zh_hk', f`我哋帶團去北京同西安，網站啲相放喺阿里雲 OSS，另外深圳分公司用騰訊雲 COS。兩個 upload script 都話 "SignatureDoesNotMatch"，幫手睇下個 config：

${cfg(f`[aliyun]
access_key_id = ${v('credential.alibaba_access_key_id', ALIBABA_ID)}
access_key_secret = ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}
endpoint = oss-cn-hongkong.aliyuncs.com

[tencent]
secret_id = ${v('credential.tencent_secret_id', TENCENT_ID)}
secret_key = ${v('credential.generic_secret_assignment', TENCENT_KEY)}
region = ap-guangzhou`)}`),

  rec('chat_fil', f`Hello po! Gusto naming i-schedule yung posts ng pilgrimage packages (Manaoag, Lourdes, Fatima) sa Facebook page ng agency gamit ang Graph API. Ito yung page token na nakuha ko sa Graph API Explorer: ${v('credential.facebook_access_token', FACEBOOK)}
Bakit "Session has expired" na agad after 2 hours?`),

  rec('code_python_sn', f`Ndibatsirei kugadzira bot iyi inotumira mepu yenzvimbo dzine njodzi pamugodhi kuSlack channel yeve-safety. Inoti "not_in_channel":

${code(f`from slack_sdk import WebClient
import requests

slack = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
MAPBOX_TOKEN = "${v('credential.mapbox_secret_token', MAPBOX)}"

def tumira_mepu(lat: float, lon: float) -> None:
    url = (f"https://api.mapbox.com/styles/v1/mapbox/satellite-v9/static/"
           f"pin-l+f00({lon},{lat})/{lon},{lat},15/800x500?access_token={MAPBOX_TOKEN}")
    png = requests.get(url, timeout=20).content
    slack.files_upload_v2(channel="C07SAFETY01", content=png, filename="njodzi.png",
                          initial_comment="Nzvimbo ine njodzi yaonekwa pa Level 4")`)}`),

  rec('curl_fr_be', f`Re-bonjour, autre souci côté labo : le script qui crée les tickets Jira pour chaque nouvelle pièce à conviction renvoie 401.

${cfg(f`curl -u ${v('pii.email', 'helpdesk.labo@police-forensique.be')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST "https://labo-forensique.atlassian.net/rest/api/3/issue" \\
  -d @piece_2025-0142.json`)}

Faut-il un compte de service plutôt qu'un compte nominatif ?`),

  rec('shell_hi_gu', f`Jenkins job અમારી ફાર્મસી app ની image Docker Hub પર push નથી કરી શકતો:

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u sanjivanirx --password-stdin
docker push sanjivanirx/storefront:3.7.1`)}

"denied: requested access to the resource is denied" આવે છે. PAT માં Read & Write છે.`),

  rec('chat_es_mx', f`Buenas, en la taquilla de la sala de conciertos usamos Square. ¿Me ayudas a escribir un script que baje las ventas del día para conciliar con la nómina de taquilleros? El access token de producción es ${v('credential.square_access_token', SQUARE)} y la location es "Sala Principal – Guadalajara".`),

  rec('chat_sl', f`Oblikovalka potrebuje dostop do Figme za plakate koncertne sezone, jaz pa bi rad avtomatsko izvozil vse okvirje v PDF. Osebni žeton: ${v('credential.figma_token', FIGMA)}. Mi napišeš skripto v Pythonu, ki izvozi vse okvirje s strani "Plakati 2025"?`),

  rec('yaml_ar_lev', f`مرحبا، بدنا نبعت تنبيهات المخزون (أدوية قربت تخلص) لقناة Discord تبع الفريق، وكمان JFrog عم يرفض يسحب الحزم. هيدا الملف:

${cfg(f`alerts:
  discord_webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
  threshold_days: 10
artifactory:
  url: https://dawaonline.jfrog.io/artifactory/api/pypi/pypi-remote/simple
  user: ci-bot
  token: ${v('credential.jfrog_api_key', JFROG)}`)}

شو الغلط؟ الـ webhook عم يرجّع 404.`),

  rec('chat_de_ch', f`Hoi zäme, für s'Lohn-Dashboard bruuch ich en GitHub-OAuth-Login. De Callback gaht, aber wänn ich mit em Token ${v('credential.github_oauth_token', GHO)} /user/orgs abfrög, chunnt e leeri Lischte. Fehlt de Scope read:org?`),

  rec('ci_yaml_pt_br', f`Pessoal, o deploy do site de campanhas da farmácia pra Netlify e o stack do Pulumi quebraram depois que trocamos de org:

${cfg(f`name: deploy
on:
  push:
    branches: [main]
jobs:
  site:
    runs-on: ubuntu-latest
    env:
      NETLIFY_AUTH_TOKEN: ${v('credential.netlify_token', NETLIFY)}
      PULUMI_ACCESS_TOKEN: ${v('credential.pulumi_token', PULUMI)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx netlify deploy --prod --dir=dist --site farmacia-campanhas
      - run: pulumi up --yes --stack prod`)}`),

  rec('chat_uz', f`Salom, Grok API bilan ziyorat turlari uchun savol-javob botini sinab ko'ryapman. Kalit: ${v('credential.xai_api_key', XAI)}. "model not found" xatosi chiqyapti — grok-2 nomi o'zgarganmi?`),

  rec('chat_so', f`Walaal, fadlan ii caawi. Nidaamka mushaharka (payroll) ee shirkadda waxaa galay shaqaale cusub. Username-keeda waa "hodan.cali" password-ka ku meel gaarka ahna waa ${v('credential.password_in_prose', 'Hargeysa#Shaqo26')}. Ii qor fariin kooban oo Soomaali ah oo aan ugu diro, una sheeg inay beddesho markay gasho.`),

  rec('chat_te', f`మా forensic lab help-desk లో కొత్త analyst కి LIMS account ఇచ్చాం. User: "r.lakshmi", తాత్కాలిక password ${v('credential.password_in_prose', 'Godavari@Lab2025')}. ఇది తెలుగులో, ఇంగ్లీష్‌లో ఒక చిన్న welcome message గా రాయండి, password మొదటి login లో మార్చమని చెప్పండి.`),

  rec('chat_is', f`Getur þú skrifað stutt skilaboð til tæknimannsins í tónleikasalnum? Lykilorðið á ljósaborðinu var ${v('credential.password_in_prose', 'Harpa-Ljos2023')} en það er gamalt, ég breytti því í gær í ${v('credential.password_in_prose', 'Eldborg!Svid-77')}. Hann á að skrá sig inn með nýja lykilorðinu fyrir æfinguna á fimmtudag.`, 'the old password is still a password: labelled'),
];

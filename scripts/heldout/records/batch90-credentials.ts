/**
 * Held-out batch 90: credentials pasted by staff of physio clinics, a satellite-imagery startup, a
 * bank's chargeback team, a touring opera company, a seed and fertiliser wholesaler and a tax help desk.
 * Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b90-akia', B32, 16));
const AKIA_SECRET = fill('b90-akiasec', B64, 40);
const AKIA2 = tok('AKIA', fill('b90-akia2', B32, 16));
const AKIA2_SECRET = fill('b90-akia2sec', B64, 40);
const GHP = gh('ghp', 'Tb4Nw9Kq2Zr7Lm5Xc8Vd1Hs6Pf3Gj0');
const GHO = gh('gho', 'Yc2Rm8Wq5Kt1Nz7Lb4Vx9Hd3Ps6Fg0');
const GHS = gh('ghs', 'Mk7Vd2Qw9Lr4Tz1Bn6Xc8Hp3Fs5Gj0');
const GH_FINE = tok('github_pat_', '11B', fill('b90-ghfg1', UPPER + DIGITS, 19), '_', fill('b90-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b90-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '4829173650', '-', '7391846205937', '-', fill('b90-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b90-slt', UPPER + DIGITS, 8), '/B07', fill('b90-slb', UPPER + DIGITS, 8), '/', fill('b90-slh', B62, 24));
const STRIPE = tok('sk_', 'live_', '51', fill('b90-stripe', B62, 97));
const RK = tok('rk_', 'live_', '51', fill('b90-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b90-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b90-oa1', B64URL, 74), 'T3BlbkFJ', fill('b90-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b90-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b90-groq', B62, 52));
const HF = tok('hf_', fill('b90-hf', LOWER + UPPER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b90-gapi', B64URL, 33));
const TWILIO_SID = tok('AC', fill('b90-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b90-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b90-sg1', B64URL, 22), '.', fill('b90-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b90-mg', HEX, 32));
const TELEGRAM = tok('7248193056', ':AA', fill('b90-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248371950264817305', '/', fill('b90-dch', B64URL, 68));
const NPM = gh('npm', 'Lk3Qz8Wr5Nt2Xv7Bm4Yc9Hd1Pf6Gs0');
const DOCKER_AUTH = b64('opera-ci:dckr_pat_' + fill('b90-dckr', B64URL, 27));
const SENTRY_KEY = fill('b90-sentry', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b90-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b90-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b90-do', HEX, 64));
const AZ_KEY = tok(fill('b90-azkey', B64, 86), '==');
const AZ_SECRET = tok(fill('b90-azs1', B62, 3), '8Q~', fill('b90-azs2', B62 + '_-.', 34));
const SAS_SIG = `${fill('b90-sas1', B62, 16)}%2F${fill('b90-sas2', B62, 11)}%2B${fill('b90-sas3', B62, 14)}%3D`;
const JWT_CLINIC = jwt({ alg: 'RS256', typ: 'JWT', kid: 'physio-2024-09' }, { sub: 'therapist:4471', clinic: 'leeds-hq', scope: 'notes:write appointments:read', iat: 1726650021, exp: 1726653621 }, 'b90-jwt1');
const JWT_TAX = jwt({ alg: 'HS512' }, { uid: 'agent-2291', dept: 'helpdesk', role: 'supervisor', iat: 1730112000 }, 'b90-jwt2');
const RSA = pem('RSA PRIVATE KEY', 'b90-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b90-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const EC = pem('EC PRIVATE KEY', 'b90-ec', 121);
const GCP_PEM = pem('PRIVATE KEY', 'b90-gcp', 1216, '\\n');
const SHPAT = tok('shpat_', fill('b90-shpat', HEX, 32));
const LINEAR = tok('lin_api_', fill('b90-linear', B62, 40));
const NOTION = tok('ntn_', fill('b90-ntn1', DIGITS, 11), fill('b90-ntn2', B62, 35));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b90-atl', B64URL, 171), '=', fill('b90-atl2', HEX.toUpperCase(), 8));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'orbitale-maps', a: fill('b90-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b90-mbx', B64URL, 22));
const PLANET_KEY = fill('b90-planet', HEX, 32);
const DD_API = fill('b90-ddapi', HEX, 32);
const NRAK = tok('NRAK-', fill('b90-nrak', UPPER + DIGITS, 27));
const TFC = tok(fill('b90-tfc1', B62, 14), '.atlasv1.', fill('b90-tfc2', B62, 67));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b90-pypi', B64URL, 160));
const BASIC = b64('chargeback-svc:' + 'Rq7!mVz2-Kite');
const BEARER = fill('b90-bearer', B62 + '-._~', 64);
const SQUARE = tok('EAAA', fill('b90-square', B64URL, 60));
const CF_TOKEN = fill('b90-cftok', B62 + '_-', 40);
const B64_GHP = b64(GHO);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH90_CREDENTIALS: DraftRecord[] = [
  rec('chat_en_gb', f`Our satellite tasking script fails with "SignatureDoesNotMatch" since Monday. The creds in ~/.aws/credentials are:

${cfg(f`[orbitale-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-west-2`)}

Is it the clock on the ground station box? It's about 4 minutes off.`),

  rec('env_sv', f`Hej! Kan du förklara varför vår Next.js-app för fysioterapibokningar inte hittar Stripe-nyckeln i produktion? Här är .env.production:

${cfg(f`NEXT_PUBLIC_CLINIC_NAME="Rörelsekliniken Göteborg"
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
BOOKING_TZ=Europe/Stockholm`)}

Vercel säger att variabeln finns men process.env är undefined.`),

  rec('chat_es_co', f`Parcero, necesito ayuda urgente. El bot de Slack que avisa de las contracargos nuevas dejó de publicar. Token: ${v('credential.slack_bot_token', XOXB)} y el canal es #disputas-visa. ¿Cómo reviso los scopes? Me dice missing_scope chat:write.`),

  rec('webhook_fr_ca', f`Salut, j'ai configuré l'alerte Slack pour la tournée (annulations de salle) avec ce webhook : ${v('credential.slack_webhook_url', SLACK_HOOK)}
Mais les accents arrivent cassés dans le message « Représentation annulée à Québec ». Une idée ?`),

  rec('gh_actions', f`Workflow for the tiling pipeline keeps failing on checkout of the private submodule:

${cfg(f`- uses: actions/checkout@v4
  with:
    submodules: recursive
    token: ${v('credential.github_pat', GHP)}`)}

I know it should be a secret, I'm just testing. Why "repository not found"?`),

  rec('chat_de_at', f`Servus, unser Git-Remote für das Düngemittel-ERP schaut so aus und der Push hängt:
${amb('source_code.snippet', f`git remote set-url origin https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.saatgut-huber.at/erp/bestellwesen.git`)}
Liegt das am Proxy in der Lagerhalle?`),

  rec('chat_it', f`Ciao, sto migrando i sottotitoli dell'opera (libretti tradotti) con GPT. Ho messo la chiave così nel notebook: openai.api_key = "${v('credential.openai_api_key', OPENAI)}" e ricevo 429 dopo tre richieste. È un problema di quota o di rate limit?`),

  rec('ticket_nl', f`Ticket #TAX-58213 — Integratie kennisbank
Collega heeft de Anthropic-sleutel in de wiki-pagina gezet: ${v('credential.anthropic_api_key', ANTHROPIC)}
Kun je een korte mail opstellen waarin ik vraag om hem te verwijderen en te roteren?`),

  rec('chat_no', f`Hei, jeg prøver å bruke Groq til å oppsummere pasientnotater (anonymisert!) fra fysioterapeutene. Nøkkelen min er ${v('credential.groq_api_key', GROQ)} – hvorfor får jeg "model_decommissioned"?`),

  rec('python_fi', f`Miksi tämä ei lataa mallia? Satelliittikuvien pilvimaskimalli on yksityinen repo.

${code(f`from huggingface_hub import snapshot_download
snapshot_download("orbitale/cloudmask-s2", token="${v('credential.huggingface_token', HF)}", local_dir="/mnt/models")`)}`),

  rec('chat_hu', f`Szia! A Google Maps-alapú gazdabolt-kereső nem tölt be. A kulcs: ${v('credential.google_api_key', GOOGLE)} — HTTP referrer korlátozást állítottam be a vetomag-nagyker.hu domainre. Mi lehet a gond?`),

  rec('twilio_sl', f`Pozdravljeni, SMS opomniki za fizioterapijo ne delujejo.
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
Napaka 20003 Authenticate. Ali je žeton potekel?`),

  rec('sendgrid_bs', f`Zdravo, newsletter za pretplatnike opere ne odlazi. U config.yml imam:
${cfg(f`mail:
  provider: sendgrid
  api_key: ${v('credential.sendgrid_api_key', SENDGRID)}
  from: "Opera na turneji"`)}
Šta da provjerim prvo?`),

  rec('mailgun_mk', f`Здраво, ни треба помош со Mailgun за потврдите на даночните пријави. MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)} , доменот е mg.danoci-pomos.mk. Добиваме 401 Forbidden.`),

  rec('telegram_sq', f`Përshëndetje, bota jonë e Telegramit për fermerët (çmimet e plehrave) nuk përgjigjet. Tokeni: ${v('credential.telegram_bot_token', TELEGRAM)}. Si ta vendos webhook-un me curl?`),

  rec('discord_be', f`Прывітанне! Мы робім Discord-канал для артыстаў тура. Вэбхук: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — чаму паведамленні з выявамі не праходзяць?`),

  rec('npmrc_ru', f`Коллеги, CI не может поставить наш приватный пакет @orbitale/geotiff-utils. .npmrc:
${cfg(f`@orbitale:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}`)}
Ошибка E404. Что не так?`),

  rec('docker_lv', f`Sveiki! Docker nevar izvilkt attēlu no privātā reģistra. ~/.docker/config.json:
${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": { "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}" }
  }
}`)}`),

  rec('sentry_mt', f`Bonġu, nixtieq ngħin biex nikkonfigura Sentry fl-app tal-klinika tal-fiżjoterapija. DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506618.ingest.de.sentry.io/4506618390847488`)} — l-iżbalji ma jidhrux fid-dashboard.`),

  rec('vault_lb', f`Moien, ech hunn de Vault-Token fir d'Steier-Helpdesk-Portal am Terminal gesinn: ${amb('source_code.snippet', f`export VAULT_TOKEN=${v('credential.vault_token', VAULT)}`)}. Muss ech dat elo rotéieren, wann et an engem Screenshot war?`),

  rec('databricks_cy', f`Helo, rwy'n ceisio cysylltu â Databricks o'r llyfr nodiadau ar gyfer data cnydau hadau. Mae'r tocyn ${v('credential.databricks_token', DATABRICKS)} yn rhoi "403: Invalid access token". Beth ydw i'n ei wneud o'i le?`),

  rec('do_gd', f`Halò, chan eil an droplet airson làrach-lìn a' chompanaidh opara a' tòiseachadh. Seo an comannd a ruith mi: ${amb('source_code.snippet', f`doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}`)} Ciamar a chuireas mi ceart e?`),

  rec('azure_br', f`Demat, ne c'hallan ket kennaskañ ouzh ar stokadur Azure evit ar skeudennoù loarell. Chadenn gevreañ:
DefaultEndpointsProtocol=https;AccountName=orbitaleraw;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net`),

  rec('azure_el', f`Γεια σας, η εφαρμογή αμφισβητήσεων χρεώσεων (chargebacks) δεν παίρνει token από το Entra ID.
tenant: 3b7d2e91-4f08-4c6a-9e15-d82f6a03b7c4
client_id: 81f4c2a6-9d3e-4b17-a052-6ce8f1d93b20
client_secret: ${v('credential.azure_client_secret', AZ_SECRET)}
Σφάλμα AADSTS7000215. Τι σημαίνει;`),

  rec('sas_tr', f`Merhaba, gübre depolarının stok CSV dosyalarını paylaşmak için bu SAS bağlantısını oluşturdum, süresi doldu mu bakar mısın?
https://tohumdepo.blob.core.windows.net/stok/2024-10.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-11-30T18:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}`),

  rec('jwt_ar_eg', f`لو سمحت، الـ API بتاع حجوزات العلاج الطبيعي بيرجع 401 مع التوكن ده:
Authorization: Bearer ${v('credential.jwt', JWT_CLINIC)}
هل المشكلة في الـ kid ولا في وقت الانتهاء؟`),

  rec('jwt_he', f`שלום, בדקתי את הטוקן של עמדת הסיוע למשלמי המסים ב-jwt.io והוא נראה תקין: ${v('credential.jwt', JWT_TAX)}
למה השרת אומר invalid signature?`),

  rec('pem_fa', f`سلام، این کلید را برای اتصال SFTP به سرور تصاویر ماهواره‌ای گرفته‌ام ولی خطای "invalid format" می‌دهد. می‌توانید ببینید مشکل از کجاست؟

${v('credential.private_key', RSA)}`),

  rec('ssh_ps', f`سلام وروره، د اوپرا د ټکټونو سرور ته نه شم ننوتلی. دا زما کیلي ده:

${v('credential.openssh_private_key', OPENSSH)}

ssh وايي "Load key: invalid format". څه وکړم؟`),

  rec('k8s_ur', f`السلام علیکم، ہمارے ٹیکس ہیلپ ڈیسک کے k8s کلسٹر میں TLS secret کام نہیں کر رہا:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: helpdesk-tls
type: kubernetes.io/tls
stringData:
  tls.key: |
    ${v('credential.private_key', EC.split('\n').join('\n    '))}`)}`),

  rec('gcp_hi', f`नमस्ते, उपग्रह इमेज प्रोसेसिंग के लिए यह सर्विस अकाउंट फ़ाइल है, BigQuery में "permission denied" आ रहा है। क्या roles गलत हैं?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "orbitale-imagery-prod",
  "private_key_id": "${fill('b90-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'tiler@orbitale-imagery-prod.iam.gserviceaccount.com')}",
  "client_id": "104829173650284719365",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'tiler%40orbitale-imagery-prod.iam.gserviceaccount.com')}"
}`))}`),

  rec('shopify_gu', f`નમસ્તે, અમારી બિયારણ ઓનલાઇન દુકાનનું Shopify admin API કામ નથી કરતું. ટોકન: ${v('credential.shopify_access_token', SHPAT)} — GraphQL query માં "Access denied for orders field" આવે છે.`),

  rec('linear_ta', f`வணக்கம், நாடகக் குழுவின் டிக்கெட் பிழைகளை Linear-க்கு அனுப்ப இந்த ஸ்கிரிப்ட் எழுதினேன்: LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)} ஆனால் "Authentication required" என்று வருகிறது.`),

  rec('notion_or', f`ନମସ୍କାର, ଫିଜିଓଥେରାପି କ୍ଲିନିକର ଷ୍ଟାଫ୍ ରୋଷ୍ଟର Notion ରୁ ପଢ଼ିବା ପାଇଁ ଏହି token ବ୍ୟବହାର କରୁଛି: ${v('credential.notion_token', NOTION)} — 404 object_not_found ଆସୁଛି।`),

  rec('atlassian_as', f`নমস্কাৰ, কৰ হেল্পডেস্কৰ Jira টিকেট স্বয়ংক্ৰিয়ভাৱে বনাবলৈ এই API token দিছো: ${v('credential.atlassian_api_token', ATLASSIAN)} কিন্তু 401 আহিছে। email আৰু token দুয়োটা লাগে নেকি?`),

  rec('mapbox_my', f`မင်္ဂလာပါ၊ ဂြိုဟ်တုပုံရိပ် tile တွေကို Mapbox ကို upload လုပ်ဖို့ secret token က ${v('credential.mapbox_secret_token', MAPBOX)} ပါ။ "Not Authorized - Invalid Token" ဆိုပြီး ပြနေတယ်။`),

  rec('planet_th', f`สวัสดีครับ สคริปต์ดาวน์โหลดภาพดาวเทียมใช้ API key ของผู้ให้บริการภาพแบบนี้:
PLANET_API_KEY=${v('credential.generic_secret_assignment', PLANET_KEY)}
แต่ได้ 401 ตลอด ต้องใส่เป็น basic auth หรือเปล่าครับ`),

  rec('datadog_vi', f`Chào anh, agent Datadog trên máy chủ đối soát chargeback không gửi log. Trong datadog.yaml em để api_key: ${v('credential.datadog_api_key', DD_API)} và site: datadoghq.eu. Sai ở đâu ạ?`),

  rec('newrelic_fil', f`Hi po, yung New Relic sa booking system ng physio clinic ay walang data simula kahapon. Ginamit ko itong user key: ${v('credential.newrelic_key', NRAK)}. Tama ba na user key ang gamitin sa NerdGraph?`),

  rec('terraform_ceb', f`Maayong buntag! Ang terraform login para sa satellite ground infra dili molampos. Gi-paste nako ang token sa credentials.tfrc.json:
${cfg(f`{"credentials":{"app.terraform.io":{"token":"${v('credential.terraform_cloud_token', TFC)}"}}}`)}`),

  rec('pypi_id', f`Halo, saya mau upload paket internal "pupuk-kalkulator" ke PyPI tapi twine minta password. Di ~/.pypirc saya tulis:
${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}
Kenapa masih 403?`),

  rec('chat_jv', f`Mas, aku lagi nyoba ngakses dashboard stok pupuk. Login-e admin, sandine ${v('credential.password_in_prose', 'Pupuk#Urea2024')} — tapi ora iso mlebu wiwit wingi. Opo kudu reset?`),

  rec('chat_yue', f`唔該幫手睇下，我哋劇團售票系統嘅資料庫連唔到：
DATABASE_URL=postgres://tix_admin:${v('credential.database_url_password', 'Turandot-88!x')}@${amb('pii.ip_address', '10.20.4.11')}:5432/boxoffice
係咪防火牆問題？`),

  rec('chat_zh', f`你好，卫星图像处理集群的 MySQL 总是拒绝连接。我用的命令是：
${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '172.16.8.40')} -u ingest -p${v('credential.mysql_cli_password', 'Xg7!pLw2Rk')} tiles_meta`)}
报错 ERROR 1045 (28000)。`),

  rec('chat_ja', f`お疲れ様です。チャージバック照会ツールの接続文字列です。タイムアウトの原因を教えてください。
Server=tcp:disputes-sql.database.windows.net,1433;Initial Catalog=cbk;User ID=cbk_reader;Password=${v('credential.connection_string_password', 'Hn4$qRt8-Vz1')};Encrypt=True;`),

  rec('chat_ko', f`안녕하세요, 물리치료 예약 앱의 관리자 계정 정보입니다. 아이디: admin.busan / 비밀번호: ${v('credential.user_password_pair', 'Busan!Physio77')} 로그인 후 2단계 인증 끄는 방법 알려주세요.`),

  rec('cisco_ti', f`ሰላም፣ ናይ ቤት ጽሕፈት ግብሪ ራውተር ውቅር እዚ እዩ፣ SNMP ስለምንታይ ዘይሰርሕ?
${cfg(f`hostname TAX-HD-RTR01
snmp-server community ${v('credential.network_device_secret', 'Gibri7Snmp!rw')} RW
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b90-cisco', B62, 14)}$${fill('b90-cisco2', B62, 43)}`)}`)}`),

  rec('curl_om', f`Akkam, API kaffaltii kaardii (chargeback) kanaan yaamuu hin dandeenye:
${amb('source_code.snippet', f`curl -s https://api.disputes.bank-internal.example/v2/cases \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}"`)}
Deebii 403 argadha.`),

  rec('curl_ha', f`Sannu, don Allah ka taimaka mini. Wannan umarnin yana ba da kuskure 401 a tsarin taimakon masu biyan haraji:
${amb('source_code.snippet', f`curl -X POST https://helpdesk.haraji.gov.example/api/tickets -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" -d @ticket.json`)}`),

  rec('square_ig', f`Ndewo, anyị na-eji Square maka ire tiketi n'oge njem opera. Access token: ${v('credential.square_access_token', SQUARE)} — ịkwụ ụgwọ na-ada "UNAUTHORIZED". Gịnị ka m kwesịrị ime?`),

  rec('cloudflare_wo', f`Salaam, dama bëgg soppi DNS bu site bi ci Cloudflare ak API token bii: CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} waaye mu ngi wax "Invalid request headers".`),

  rec('restricted_rw', f`Muraho, twakoze urufunguzo rwa Stripe rugenewe gusoma gusa (restricted) kugira ngo turebe amafaranga y'amatike: ${v('credential.stripe_restricted_key', RK)} — ese rushobora gukora refunds?`),

  rec('b64_mg', f`Manao ahoana, hitako ao amin'ny ConfigMap ity soatoavina base64 ity, inona no ao anatiny? GIT_TOKEN_B64: ${v('credential.base64_encoded_token', B64_GHP)}`),

  rec('ghs_st', f`Dumela, log ea CI e bonts'a token ena ha ke e sheba: "remote: https://x-access-token:${v('credential.github_server_to_server_token', GHS)}@github.com/orbitale/ingest" — na ke kotsi?`),

  rec('fine_to', f`Mālō e lelei, ko e token eni ki he repo 'a e kautaha fakatau tenga: ${v('credential.github_fine_grained_pat', GH_FINE)}. ʻOku ʻikai ke lava ʻo push. Ko e hā e palopalema?`),

  rec('aws_fj', f`Bula vinaka, au sa vakayagataka na AWS CLI mo ni upload na ivakatakilakila ni koniseti:
${amb('source_code.snippet', f`AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA2)} AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA2_SECRET)} aws s3 cp poster.png s3://touring-opera-assets/`)}
E cala "AccessDenied".`),

  rec('cli_en_in', f`Hi, our physio clinic Ubuntu box runs a nightly backup with this line in cron, and it fails: ${amb('source_code.snippet', f`sshpass -p '${v('credential.cli_password', 'Kochi@Rehab2023')}' rsync -az /srv/emr backup@${amb('pii.ip_address', '192.168.40.12')}:/vol1/`)}. Please suggest a safer way.`),

  rec('yaml_en_ng', f`Good afternoon, please help check this docker-compose for the fertiliser depot inventory app. Postgres keeps restarting.

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: agroinv
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Kano-Urea-5521!')}
    volumes:
      - pgdata:/var/lib/postgresql/data`)}`),
];

/**
 * Held-out batch 102: credentials pasted by staff of a ferry line's booking office, a sleep and
 * respiratory clinic chain, an expat tax-advisory firm, an indie game publisher's community team,
 * a cement plant's quality lab and a city zoo's vet and membership office. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b102-akia', B32, 16));
const AKIA_SECRET = fill('b102-akias', B64, 40);
const ASIA = tok('ASIA', fill('b102-asia', B32, 16));
const ASIA_SECRET = fill('b102-asias', B64, 40);
const ASIA_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b102-sess', B64, 300));
const GHP = gh('ghp', fill('b102-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b102-ghf1', UPPER + DIGITS, 19), '_', fill('b102-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b102-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '7302948156', '3-', '7319482065731-', fill('b102-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b102-sh1', UPPER + DIGITS, 8), '/B07', fill('b102-sh2', UPPER + DIGITS, 8), '/', fill('b102-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_live_', '51Nq', fill('b102-sklive', B62, 95));
const STRIPE_RK = tok('rk_live_', '51Nq', fill('b102-rklive', B62, 95));
const WHSEC = tok('whsec_', fill('b102-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b102-oa1', B64URL, 74), 'T3BlbkFJ', fill('b102-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b102-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b102-groq', B62, 52));
const HF = tok('hf_', fill('b102-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b102-aiza', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b102-gocspx', B64URL, 28));
const AZ_STORAGE = `${fill('b102-azst', B64, 86)}==`;
const AZ_SECRET = tok(fill('b102-azcs1', B62, 3), '8Q~', fill('b102-azcs2', B62 + '~_.-', 34));
const TW_SID = tok('AC', fill('b102-twsid', HEX, 32));
const TW_TOKEN = fill('b102-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b102-sg1', B64URL, 22), '.', fill('b102-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b102-mg', HEX, 32));
const TELEGRAM = tok('6728391045', ':AA', fill('b102-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1228374019283746152', '/', fill('b102-dh', B64URL, 68));
const DISCORD_BOT = tok(b64('1230948172635481920').replace(/=+$/, ''), '.', fill('b102-db1', B64URL, 6), '.', fill('b102-db2', B64URL, 38));
const NPM = gh('npm', fill('b102-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b102-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b102-dckr', B64URL, 27));
const SENTRY_DSN = tok('https://', fill('b102-sdsn', HEX, 32), '@o4506', fill('b102-sdorg', DIGITS, 10), '.ingest.de.sentry.io/4507', fill('b102-sdp', DIGITS, 12));
const DD_API = fill('b102-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b102-vault', B62, 90));
const DO_TOKEN = tok('dop_v1_', fill('b102-do', HEX, 64));
const CF_TOKEN = fill('b102-cf', B62 + '_-', 40);
const SHOPIFY = tok('shpat_', fill('b102-shpat', HEX, 32));
const LINEAR = tok('lin_api_', fill('b102-linear', B62, 40));
const NOTION = tok('ntn_', fill('b102-ntn1', DIGITS, 11), fill('b102-ntn2', B62, 35));
const TFC = tok(fill('b102-tfc1', B62, 14), '.atlasv1.', fill('b102-tfc2', B62, 67));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b102-atl', B64URL, 171), '=', fill('b102-atl2', HEX.toUpperCase(), 8));
const DATABRICKS = tok('dapi', fill('b102-dapi', HEX, 32));
const NRAK = tok('NRAK-', fill('b102-nrak', UPPER + DIGITS, 27));
const GLSA = tok('glsa_', fill('b102-glsa1', B62, 32), '_', fill('b102-glsa2', HEX, 8));
const SUPABASE = tok('sbp_', fill('b102-sbp', HEX, 40));
const VERCEL = fill('b102-vercel', B62, 24);
const NETLIFY = tok('nfp_', fill('b102-nfp', B62, 36));
const OKTA = tok('00', fill('b102-okta', B62 + '-_', 40));
const SQUARE = tok('EAAA', fill('b102-sq', B64URL, 60));
const FB = tok('EAAB', fill('b102-fb', B62, 180));
const MAPBOX = tok('sk.', 'eyJ1IjoibGFudGVybmZpc2giLCJhIjoi', fill('b102-mbx1', B62, 20), '.', fill('b102-mbx2', B64URL, 22));
const DROPBOX = tok('sl.', fill('b102-dbx', B64URL, 130));
const POSTMAN = tok('PMAK-', fill('b102-pm1', HEX, 24), '-', fill('b102-pm2', HEX, 34));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b102-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const AZDO = fill('b102-azdo', B32LOWER, 52);
const MISTRAL = fill('b102-mistral', B62, 32);
const ALIBABA = tok('LTAI', fill('b102-ltai', B62, 20));
const JWT_ZOO = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'vet-portal', uid: 4821, role: 'vet_admin', iat: 1733390112, exp: 1733476512 }, 'b102-jwt1');
const JWT_FERRY = jwt({ alg: 'RS256', kid: 'bk-2024-11' }, { iss: 'https://auth.skerrylink.example', sub: 'agent-217', scope: 'booking:write manifest:read', exp: 1734012000 }, 'b102-jwt2');
const BEARER = fill('b102-bearer', B62, 48);
const RSA = pem('RSA PRIVATE KEY', 'b102-rsa', 1190);
const EC = pem('EC PRIVATE KEY', 'b102-ec', 121);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b102-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PEM = pem('PRIVATE KEY', 'b102-gcp', 1218, '\\n');
const PUTTY_PRIV = b64Bytes('b102-ppk', 200);
const BASIC = b64('booking-sync:Kr4nsj0-Ferje!2024');
const DOCKER_AUTH = b64('cementlab-ci:Qz7#wLm2pXv9');
const LOWER_SECRET = fill('b102-gensec', LOWER + DIGITS, 40);

export const BATCH102_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Hei! Booking-appen vår krasjer i staging etter at jeg byttet region. Her er .env-fila, ser du feilen?

${amb('source_code.snippet', f`APP_ENV=staging
AWS_REGION=eu-north-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
S3_BUCKET=skerrylink-manifests-stg
BOOKING_DB_URL=postgres://booking_app:${v('credential.database_url_password', 'Fjord-Ti3r-88x')}@db-stg.skerrylink.internal:5432/booking
LOG_LEVEL=debug`)}

Feilen er "InvalidClientTokenId". Takk!`),

  rec('chat_sv', f`Kan du förklara varför den här temporära AWS-nyckeln slutar fungera efter en timme? Jag klistrade in den i GitHub-secrets för biljettsystemet:

aws_access_key_id = ${v('credential.aws_access_key_id', ASIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', ASIA_SECRET)}
aws_session_token = ${v('credential.aws_session_token', ASIA_SESSION)}

Vi behöver något som håller hela natten när färjeplanen synkas.`),

  rec('chat_en_ph', f`Hi po! Our community bot for the Lanternfish Discord keeps posting twice. Token below, pls check what's wrong with my code logic (I'll rotate after):

bot token: ${v('credential.discord_bot_token', DISCORD_BOT)}

It's running on a small VPS, discord.py 2.3.`),

  rec('webhook_nl', f`Ik wil de patch notes automatisch in ons #aankondigingen-kanaal zetten. Is dit de goede manier?

${amb('source_code.snippet', f`curl -H "Content-Type: application/json" \\
  -d '{"content":"Patch 1.4.2 staat live! Zie changelog."}' \\
  ${v('credential.discord_webhook_url', DISCORD_HOOK)}`)}

Hij geeft 204 terug maar ik zie niks.`),

  rec('github_pat_de', f`Servus, ich hab im Labor-Repo für die Zementprüfungen (Druckfestigkeit, Blaine) einen Token in der README vergessen:

"Zum Klonen: git clone https://zementlabor:${v('credential.github_pat', GHP)}@github.com/kalkwerk-qs/pruefdaten.git"

Reicht es, die Datei zu löschen, oder muss ich mehr tun?`),

  rec('gh_fine_grained_fr', f`Bonjour, notre pipeline de build du jeu échoue avec "Bad credentials". Le token fine-grained configuré dans le runner est :

${v('credential.github_fine_grained_pat', GH_FINE)}

Il a été créé le 3 novembre avec accès "Contents: read" sur le dépôt lanternfish/tidepool. Expire-t-il déjà ?`),

  rec('gitlab_pl', f`Cześć, potrzebuję pomocy z CI w GitLabie dla laboratorium cementowni. Runner nie może pobrać submodułu:

${amb('source_code.snippet', f`variables:
  GIT_SUBMODULE_STRATEGY: recursive
  SUBMODULE_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
before_script:
  - git config --global url."https://oauth2:\${SUBMODULE_TOKEN}@gitlab.cementownia.local/".insteadOf "https://gitlab.cementownia.local/"`)}

Błąd: "HTTP Basic: Access denied".`),

  rec('slack_bot_ja', f`動物園の獣医チーム用Slackボットを作っています。投薬リマインダーが送信されません。
トークン: ${v('credential.slack_bot_token', XOXB)}
スコープは chat:write と channels:read を付けています。何が足りないでしょうか？`),

  rec('slack_hook_da', f`Hej, vi vil have en besked i Slack hver gang en søvnundersøgelse (PSG) er scoret. Jeg har lavet en webhook:

${v('credential.slack_webhook_url', SLACK_HOOK)}

Kan du skrive et lille Python-script, der poster "PSG klar til lægegennemgang" dertil?`),

  rec('stripe_es_mx', f`Oye, el cobro de membresías del zoológico falla desde ayer. En el servidor tenemos:

STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}

El error es "No signatures found matching the expected signature for payload". ¿Qué reviso primero?`),

  rec('stripe_rk_pt', f`Olá! Criei uma chave restrita só para ler os reembolsos das reservas de ferry (rk) e quero confirmar que não dá para criar cobranças com ela: ${v('credential.stripe_restricted_key', STRIPE_RK)}
Está certo usar isto no painel interno da bilheteira?`),

  rec('openai_hi', f`नमस्ते, हमारी टैक्स फर्म के लिए एक छोटा chatbot बना रहे हैं जो NRI क्लाइंट्स के सवालों का जवाब दे। यह कोड चलता नहीं:

${v('source_code.snippet', f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "DTAA India UAE salary"}])
print(resp.choices[0].message.content)`)}

Error: 429 insufficient_quota. कृपया बताइए क्या करें।`),

  rec('anthropic_ko', f`게임 커뮤니티 모더레이션 봇에 Claude를 붙이려고 합니다. 환경변수에 이렇게 넣었는데 401이 나요.
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
헤더에 x-api-key로 보내야 하나요, Authorization으로 보내야 하나요?`),

  rec('groq_tr', f`Merhaba, uyku kliniği için hasta bilgilendirme metinlerini özetleyen küçük bir araç deniyorum. Groq anahtarım: ${v('credential.groq_api_key', GROQ)} — rate limit hatası alıyorum, dakikada kaç istek atabilirim?`),

  rec('hf_id', f`Halo, saya mau download model Whisper fine-tune untuk transkrip rekaman dengkuran pasien. Pakai token ini tapi gagal 403:
HF_TOKEN=${v('credential.huggingface_token', HF)}
Apakah repo-nya gated?`),

  rec('google_key_it', f`Ciao, sulla mappa delle rotte dei traghetti (Milazzo–Lipari–Salina) la Google Maps non carica più. La chiave nel file index.html è ${v('credential.google_api_key', GOOGLE)}. Devo restringerla per referrer? Come si fa?`),

  rec('oauth_client_cs', f`Ahoj, nastavuju přihlášení přes Google pro portál členů zoo. V konzoli mám:
Client ID: 482019374615-k2m9q8v7x3b1n5p0r4t6w8y2z1a3c5e7.apps.googleusercontent.com
Client secret: ${v('credential.google_oauth_client_secret', GOCSPX)}
Redirect URI: https://clenove.zoo-praha.example/auth/callback
Při přihlášení vyskočí redirect_uri_mismatch. Co je špatně?`),

  rec('gcp_sa_en_ie', f`Morning, the lab's BigQuery export of the kiln clinker results stopped working. Here's the service account file we use (I know, I know, I'll rotate it):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "cement-qa-lab-2291",
  "private_key_id": "${fill('b102-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'bq-export@cement-qa-lab-2291.iam.gserviceaccount.com')}",
  "client_id": "104829374615203948271",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40cement-qa-lab-2291.iam.gserviceaccount.com')}"
}`))}

Error says "invalid_grant: Invalid JWT Signature". Clock on the box is fine.`),

  rec('azure_storage_ro', f`Salut, avem nevoie să mutăm arhivele de polisomnografie (fișiere EDF) în Azure Blob. Connection string-ul din aplicație:

DefaultEndpointsProtocol=https;AccountName=somnoarhiva;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

E ok să-l țin în appsettings.json?`),

  rec('azure_secret_hu', f`Szia! Az adótanácsadó irodánk Entra ID app-regisztrációjához ezt a client secretet kaptam az IT-tól: ${v('credential.azure_client_secret', AZ_SECRET)} (tenant: expatax-hu). Hogyan kérjek vele tokent a Graph API-hoz Pythonból?`),

  rec('twilio_ar', f`مرحبا، نظام تذكير المواعيد في عيادة النوم لا يرسل رسائل SMS للمرضى. الإعدادات:
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
رقم المرسل: ${phone('+971 4 389 2716')}
الخطأ 20003 Authenticate. ما السبب؟`),

  rec('sendgrid_el', f`Γεια σας, τα email επιβεβαίωσης κράτησης για το δρομολόγιο Πειραιάς–Σύρος δεν φεύγουν. Κλειδί SendGrid στο config: ${v('credential.sendgrid_api_key', SENDGRID)}
Το log λέει "The from address does not match a verified Sender Identity".`),

  rec('mailgun_fi', f`Moi! Eläintarhan jäsenkirjeet lähtevät Mailgunin kautta. Vaihdoin domainin ja nyt tulee 401 Forbidden.
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_DOMAIN=mg.helsinginzoo.example
Pitääkö avain luoda uudelleen domainin vaihdon jälkeen?`),

  rec('telegram_ru', f`Привет! Сделал телеграм-бота для лаборатории цементного завода, он должен присылать результаты испытаний на сжатие (2, 7, 28 суток). Токен: ${v('credential.telegram_bot_token', TELEGRAM)}
Бот молчит в группе, хотя в личке отвечает. Почему?`),

  rec('npmrc_en_us', f`Our community site build can't install the private @lanternfish/ui package. .npmrc in the repo:

${amb('source_code.snippet', f`@lanternfish:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Works locally, fails in Netlify. Ideas?`),

  rec('pypi_sk', f`Ahoj, chcem publikovať náš malý balík na spracovanie výsledkov z laboratória (pevnosť v tlaku, merný povrch) na PyPI. V ~/.pypirc mám:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

twine hlási 403 "Invalid or non-existent authentication information".`),

  rec('docker_login_lt', f`Labas, CI serveryje bandau prisijungti prie Docker Hub ir gaunu klaidą. Komanda:

${amb('source_code.snippet', f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u zoovetlt --password-stdin`)}

"unauthorized: incorrect username or password". Ką darau ne taip?`),

  rec('docker_config_lv', f`Sveiki! Kāpēc Kubernetes nevar novilkt attēlu? Mans ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.cementlab.lv": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

ImagePullBackOff visu laiku.`),

  rec('sentry_uk', f`Привіт! Додаю Sentry у мобільний застосунок для бронювання поромів. Чи нормально тримати DSN прямо в коді?

Sentry.init({ dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}", tracesSampleRate: 0.2 });`),

  rec('datadog_et', f`Tere! Tsemenditehase labori serverite monitooring Datadogis ei tööta. Agendi conf:
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
Logides: "API Key invalid, dropping transaction". Kas site on vale?`),

  rec('vault_sl', f`Živjo, za aplikacijo davčnega svetovanja beremo skrivnosti iz Vaulta. Root token sem začasno dal v skripto:

export VAULT_ADDR=https://vault.expatax.si:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}

Vem, da ni dobro. Kako naj naredim AppRole namesto tega?`),

  rec('do_hr', f`Bok, treba mi terraform za mali droplet za web stranicu zoološkog vrta. Token za DigitalOcean: ${v('credential.digitalocean_token', DO_TOKEN)}. Kako da ga ne commitam u git?`),

  rec('cloudflare_sr', f`Здраво, желим да аутоматски чистим кеш на Cloudflare кад објавимо нови ред вожње трајеката. API token: ${v('credential.cloudflare_api_token', CF_TOKEN)}, zone: skela-dunav.rs. Напиши ми curl команду.`),

  rec('shopify_en_ng', f`Good afternoon, the zoo merch store (Shopify) sync to our inventory sheet has been failing since Tuesday. Admin API access token in the script is ${v('credential.shopify_access_token', SHOPIFY)}. Please how do I check which scopes it has?`),

  rec('linear_notion_en_in', f`Hi, I'm wiring Linear and Notion together for the community team's bug triage. Keys:
LINEAR_KEY=${v('credential.linear_api_key', LINEAR)}
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
Need a script that copies new "Bug" issues into the Notion database "Player Reports". Kindly do the needful.`),

  rec('terraform_cloud_af', f`Hallo, ons Terraform Cloud-werkruimte vir die sementaanleg se laboratoriumstelsel wil nie plan nie. In ~/.terraform.d/credentials.tfrc.json staan:

${amb('source_code.snippet', f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

Fout: "unauthorized". Het die token verval?`),

  rec('atlassian_mt', f`Bonġu, irrid naqra l-biljetti tal-Jira għall-uffiċċju tal-bookings tal-vapur bl-API. Email: ${v('pii.email', 'it-ops@vapuri-ghawdex.example')} u token: ${v('credential.atlassian_api_token', ATLASSIAN)}. Kif nagħmel il-basic auth header?`),

  rec('databricks_nl_fy', f`Hoi, wy analysearje de slieplabgegevens yn Databricks. Myn notebook hat dit:
DATABRICKS_HOST = "https://adb-4829301746152839.12.azuredatabricks.net"
DATABRICKS_TOKEN = "${v('credential.databricks_token', DATABRICKS)}"
Kin ik dit feilich yn in dield notebook sette? (Frysk, sorry foar de taal)`),

  rec('newrelic_grafana_no', f`Vi flytter overvåkingen av billettsystemet fra New Relic til Grafana Cloud. Gamle og nye nøkler:
NEW_RELIC_LICENSE=${v('credential.newrelic_key', NRAK)}
GRAFANA_SA_TOKEN=${v('credential.grafana_service_account_token', GLSA)}
Hvordan migrerer jeg dashboards uten å miste historikk?`),

  rec('supabase_vercel_es_cl', f`Hola, estamos armando la web de reservas de la naviera (Puerto Montt–Chaitén) con Supabase y Vercel. Para el deploy usé:
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}
VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)}
El build de Vercel dice "Error: The specified token is not valid". ¿Cachai qué puede ser?`),

  rec('netlify_sq', f`Përshëndetje, faqja e anëtarësimit të kopshtit zoologjik në Netlify nuk publikohet nga CLI. Kam vendosur NETLIFY_AUTH_TOKEN=${v('credential.netlify_token', NETLIFY)} por del "Unauthorized". Çfarë duhet të kontrolloj?`),

  rec('okta_en_uk', f`Quick one — our Okta API token for provisioning clinic staff accounts (sleep physiologists, RPSGTs) is in the Ansible vars:

okta_org_url: https://somnocare.okta-emea.com
okta_api_token: ${v('credential.okta_api_token', OKTA)}

Should this be in ansible-vault instead? How do I convert it?`),

  rec('square_vi', f`Chào bạn, quầy bán vé sở thú dùng Square để thu tiền. Mình cần lấy danh sách giao dịch hôm qua. Access token: ${v('credential.square_access_token', SQUARE)}. Bạn viết giúp mình đoạn code Node.js được không?`),

  rec('facebook_tl', f`Hello! Gusto namin i-auto post ang mga bagong ferry schedule sa Facebook page namin. Page access token: ${v('credential.facebook_access_token', FB)}
Paano ko ito gagawing long-lived?`),

  rec('mapbox_tr', f`Hayvanat bahçesinin interaktif haritası için Mapbox kullanıyoruz. Gizli token'ı yanlışlıkla frontend koduna koymuşum: ${v('credential.mapbox_secret_token', MAPBOX)}. Ne yapmalıyım, hemen iptal mi etmeliyim?`),

  rec('dropbox_pt_br', f`Oi, o laboratório de cimento sobe os laudos em PDF para o Dropbox via script. O token de acesso é ${v('credential.dropbox_access_token', DROPBOX)} e expira a cada 4 horas. Como uso refresh token?`),

  rec('postman_ka', f`გამარჯობა, ბორნის დაჯავშნის API-ს ვტესტავ Postman-ით და კოლექციის სინქრონიზაცია მინდა CI-ში. Postman API key: ${v('credential.postman_api_key', POSTMAN)}. როგორ გავუშვა newman ამ გასაღებით?`),

  rec('age_key_de_at', f`Griaß di, wir verschlüsseln die Backups der Steuerakten unserer Expat-Klienten mit age. Der Schlüssel liegt derzeit in /root/keys.txt:

# created: 2024-10-14T09:12:44+02:00
# public key: age1${fill('b102-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}

Ist das so sicher genug oder sollte der Key in ein HSM?`),

  rec('azure_devops_bg', f`Здравейте, pipeline-ът за билд на играта в Azure DevOps не може да клонира репото с ассетите. PAT-ът, който ползвам: ${v('credential.azure_devops_pat', AZDO)} — има Code (Read). Какво още трябва?`),

  rec('mistral_fr_ch', f`Salut, on teste Mistral pour traduire les courriers de l'AFC aux clients expatriés. Voici notre clé : ${v('credential.mistral_api_key', MISTRAL)}. Est-ce qu'on peut fixer la température à 0 pour avoir des traductions stables ?`),

  rec('alibaba_zh', f`你好，我们在阿里云OSS上存放渡轮船票的电子发票。代码里写死了 AccessKey ID：${v('credential.alibaba_access_key_id', ALIBABA)}，AccessKey Secret：${v('credential.generic_secret_assignment', fill('b102-alisec', B62, 30))}。这样安全吗？应该怎么改成RAM角色？`),

  rec('jwt_ms', f`Hai, API rekod perubatan veterinar zoo memulangkan 403 walaupun token sah. Ini JWT dari log:

Authorization: Bearer ${v('credential.jwt', JWT_ZOO)}

Boleh decode dan beritahu saya kenapa role tak cukup?`),

  rec('http_jwt_en', f`Why does the manifest endpoint reject my token? Raw request from the booking agent app:

${amb('source_code.snippet', f`GET /v2/sailings/ROS-HEB-20241214-0730/manifest HTTP/1.1
Host: api.skerrylink.example
Authorization: Bearer ${v('credential.jwt', JWT_FERRY)}
Accept: application/json
X-Agent-Terminal: STORNOWAY-DESK-2`)}

Response: 401 {"error":"invalid_audience"}`),

  rec('bearer_sw', f`Habari, mfumo wa tiketi za feri (Dar es Salaam–Zanzibar) unarudisha 401. Ninatumia header hii: Authorization: Bearer ${v('credential.bearer_token', BEARER)}. Tokeni ilitolewa jana na mfumo wa zamani. Nifanye nini?`),

  rec('basic_auth_et', f`Broneerimissüsteemi sünkroonimine parvlaevade graafikuga ebaõnnestub. Päring:

${amb('source_code.snippet', f`POST /api/sync HTTP/1.1
Host: graafik.saaremaa-liinid.example
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json`)}

Vastus 403. Kas parool on aegunud?`),

  rec('ssh_key_en_us', f`Can you tell me why ssh refuses this key for the zoo's membership server? "Load key: invalid format". I copied it from a Word doc:

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('rsa_key_pl', f`Serwer SFTP urzędu skarbowego odrzuca nasz klucz przy wysyłce deklaracji klientów. Czy ten format jest poprawny?

${v('credential.private_key', RSA)}`),

  rec('ec_key_tr', f`Oyun sunucusunun TLS sertifikası için EC anahtarı bu, nginx "PEM_read_bio_PrivateKey failed" diyor:

${v('credential.private_key', EC)}`),

  rec('putty_km', f`សួស្តី ខ្ញុំមាន PuTTY key សម្រាប់ចូល server ក្រុមហ៊ុននាវា ប៉ុន្តែ WinSCP បដិសេធ។ នេះជាឯកសារ .ppk:

${v('credential.putty_private_key', f`PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: ferry-booking-sftp
Public-Lines: 2
${b64Bytes('b102-ppkpub', 96).slice(0, 64)}
${b64Bytes('b102-ppkpub2', 48)}
Private-Lines: 4
${PUTTY_PRIV.slice(0, 64)}
${PUTTY_PRIV.slice(64, 128)}
${PUTTY_PRIV.slice(128, 192)}
${PUTTY_PRIV.slice(192)}
Private-MAC: ${fill('b102-ppkmac', HEX, 64)}`)}`),

  rec('password_prose_es_pe', f`Hola, la computadora del laboratorio de cemento (la que está conectada a la prensa de compresión) no me deja entrar. Mi usuario es lab_turno2 y mi contraseña es ${v('credential.password_in_prose', 'Clinker#Arequipa7')}. ¿Cómo la reseteo sin perder los ensayos de hoy?`),

  rec('password_prose_hu', f`Szia, a kollégám szabadságon van, és a tagnyilvántartó rendszer admin jelszavát elküldte e-mailben: "a jelszó ${v('credential.password_in_prose', 'Zsiraf-2024-Tavasz')}". Meg tudod írni, hogyan kérjem meg udvariasan, hogy inkább jelszókezelőben ossza meg?`),

  rec('password_assign_tl', f`Pakitingnan po itong config ng booking kiosk sa pantalan ng Batangas:

${amb('source_code.snippet', f`[kiosk]
terminal_id = BTG-PIER-03
printer = EPSON-TM-T82
[database]
host = ${amb('pii.ip_address', '10.40.2.15')}
user = kiosk_rw
password = ${v('credential.password_assignment', 'Batangas!Pier03')}`)}

Hindi siya maka-connect tuwing umaga.`),

  rec('mysql_cli_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਕਲੀਨਿਕ ਦੇ ਡਾਟਾਬੇਸ ਦਾ ਬੈਕਅੱਪ ਲੈਣ ਵਾਲੀ ਕਮਾਂਡ ਫੇਲ ਹੋ ਰਹੀ ਹੈ:

${amb('source_code.snippet', f`mysqldump -h ${amb('pii.ip_address', '127.0.0.1')} -u backup_user -p${v('credential.mysql_cli_password', 'Neend@Ludhiana22')} sleepclinic_prod > /backup/sleep_$(date +%F).sql`)}

ਗਲਤੀ: Access denied for user 'backup_user'@'localhost'.`),

  rec('conn_string_sv', f`Hej! Vår app för djurparkens veterinärjournaler använder SQL Server. Connection string i appsettings:

"Server=tcp:zoovet-sql.database.windows.net,1433;Initial Catalog=VetJournal;User ID=vetapp;Password=${v('credential.connection_string_password', 'Giraff-Bla9!')};Encrypt=True;"

Varför får jag "Login failed for user 'vetapp'"?`),

  rec('network_device_mk', f`Здраво, рутерот во лабораторијата за цемент не пушта SNMP. Дел од конфигурацијата:

${amb('source_code.snippet', f`hostname LAB-RTR-01
enable secret 5 ${amb('credential.network_device_secret', '$1$kq3Z$Wn8vRtY2pLx0cFh7sJm4Q.')}
username labadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Cement2024Lab')}
snmp-server community public RO`)}

Што треба да сменам?`),

  rec('user_pass_pair_ur', f`السلام علیکم، ٹیکس پورٹل پر ایک کلائنٹ کا اکاؤنٹ کھولنا ہے۔ اس نے واٹس ایپ پر یہ بھیجا: username: khalid.expat.dxb / password: ${v('credential.user_password_pair', 'Lahore@Dubai2019')}۔ کیا مجھے اسے ریکارڈ میں رکھنا چاہیے؟`),

  rec('generic_secret_kk', f`Сәлеметсіз бе, зообақтың мүшелік жүйесіндегі Django settings.py файлында SECRET_KEY = "${v('credential.generic_secret_assignment', LOWER_SECRET)}" тұр. Бұны production-да қалай дұрыс сақтаймыз?`),

  rec('url_password_fo', f`Hey, vit hava eitt innanhýsis skráarkervi til ferðaseðlar. Skriptið heintar fílur við: ftp://ferjur_sync:${v('credential.url_password', 'Smyril-Torshavn24')}@ftp.strandfaraskip.example/manifest/ — men nú fáa vit "530 Login incorrect". Hvat kann vera galið?`),

  rec('cli_password_az', f`Salam, zooparkın üzvlük bazasına qoşulmaq üçün bu komandanı işlədirəm, amma işləmir:

${amb('source_code.snippet', f`psql "host=members-db.zoo.az port=5432 dbname=uzvluk user=reporter password=${v('credential.cli_password', 'Baki-Zoo-2024')}" -c "select count(*) from members"`)}

Xəta: "FATAL: no pg_hba.conf entry".`),
];

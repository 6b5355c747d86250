/**
 * Held-out batch 104: credentials pasted by a rail operator's ticketing and lost-property staff, a
 * dermatology clinic chain, a hedge fund's trade-support desk, a children's publisher's rights team,
 * a salt mine's safety office and a refugee resettlement agency's housing team. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b104-akia', B32, 16));
const AKIA_SECRET = fill('b104-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b104-akia2', B32, 16));
const AKIA2_SECRET = fill('b104-akia2s', B64, 40);
const GHP = gh('ghp', fill('b104-ghp', B62, 30));
const GHP2 = gh('ghp', fill('b104-ghp2', B62, 30));
const GLPAT = tok('glpat-', fill('b104-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5820394716', '3-', '7719283746501-', fill('b104-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05R', fill('b104-sh1', UPPER + DIGITS, 5), '/B07', fill('b104-sh2', UPPER + DIGITS, 8), '/', fill('b104-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b104-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b104-rklive', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b104-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b104-oai', B64URL, 156));
const OPENAI2 = tok('sk-proj-', fill('b104-oai2', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b104-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', fill('b104-aiza', B64URL, 35));
const GOOGLE2 = tok('AIza', fill('b104-aiza2', B64URL, 35));
const SENDGRID = tok('SG.', fill('b104-sg1', B64URL, 22), '.', fill('b104-sg2', B64URL, 43));
const TWILIO_SID = tok('AC', fill('b104-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b104-twtok', HEX, 32);
const TELEGRAM = tok('7294018365', ':AA', fill('b104-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249038571620394817/', fill('b104-dwh', B64URL, 68));
const HF = tok('hf_', fill('b104-hf', B62, 34));
const GROQ = tok('gsk_', fill('b104-groq', B62, 52));
const DO_TOKEN = tok('dop_v1_', fill('b104-dop', HEX, 64));
const VAULT = tok('hvs.', fill('b104-hvs', B62 + '-_', 90));
const DATABRICKS = tok('dapi', fill('b104-dapi', HEX, 32));
const SENTRY_DSN = tok('https://', fill('b104-sentry', HEX, 32), '@o4506127.ingest.de.sentry.io/4507718293');
const SHOPIFY = tok('shpat_', fill('b104-shpat', HEX, 32));
const NPM = gh('npm', fill('b104-npm', B62, 30));
const AZURE_KEY = tok(fill('b104-azk', B64, 86), '==');
const MAILGUN = tok('key-', fill('b104-mg', HEX, 32));
const CF_TOKEN = fill('b104-cf', B62 + '-_', 40);
const LINEAR = tok('lin_api_', fill('b104-lin', B62, 40));
const OKTA = tok('00', fill('b104-okta', B62 + '-_', 40));
const DD_API = fill('b104-dd', HEX, 32);
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b104-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b104-dckr', B64URL, 27));
const NOTION = tok('ntn_', fill('b104-ntn1', DIGITS, 11), fill('b104-ntn2', B62, 35));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b104-atl', B64URL, 171), '=', fill('b104-atl2', HEX.toUpperCase(), 8));
const AIRTABLE = tok('pat', fill('b104-at1', B62, 14), '.', fill('b104-at2', HEX, 64));
const SQUARE = tok('EAAA', fill('b104-sq', B64URL, 60));
const GOCSPX = tok('GOCSPX-', fill('b104-gocspx', B64URL, 28));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b104-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const JWT1 = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'lp-desk-07', role: 'lostproperty.write', iat: 1796371200, exp: 1796457600 }, 'b104-jwt1');
const JWT2 = jwt({ alg: 'RS256', kid: 'derm-2026-11' }, { sub: 'pat-portal', scope: 'appointments:rw photos:r', iat: 1796630400 }, 'b104-jwt2');
const RSA = pem('RSA PRIVATE KEY', 'b104-rsa', 1190);
const EC = pem('EC PRIVATE KEY', 'b104-ec', 121);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b104-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ');
const GCP_PEM = pem('PRIVATE KEY', 'b104-gcp', 1218, '\\n');
const BASIC = b64('fixengine:Kr7!salt-Ledger22');
const DOCKER_AUTH = b64('ci-rights:Wq8#mossBook_2026');
const LEGACY_HEX = fill('b104-leg', LOWER + DIGITS, 24);

export const BATCH104_CREDENTIALS: DraftRecord[] = [
  rec('chat_en_ng', f`Abeg help me check this boto3 script, it keeps failing with AccessDenied when it tries to upload the scanned lost-property tags to S3. The keys are from the Lagos terminal IAM user:

aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-west-1

Bucket is lp-scans-ng. Wetin dey wrong?`),

  rec('env_file', f`${amb('source_code.snippet', f`# ticketing-kiosk/.env  (Dublin Heuston vending fleet)
NODE_ENV=production
KIOSK_ID=HEU-VM-014
FARE_API_URL=https://fares.internal.railco.ie/v3
FARE_API_KEY=${v('credential.generic_secret_assignment', fill('b104-fare', B62, 32))}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
RECEIPT_PRINTER_HOST=${amb('pii.ip_address', '10.42.17.88')}`)}

Can you tell me why the kiosk only prints "payment_intent_unexpected_state" after the Stripe upgrade?`),

  rec('chat_es_co', f`Hola, estoy montando el bot de Telegram para que los pasajeros reporten objetos perdidos en el Metro de Medellín y TransMilenio. Me sale 401 Unauthorized. El token que me dio el BotFather es ${v('credential.telegram_bot_token', TELEGRAM)} — ¿lo estoy pasando mal en la URL? Uso https://api.telegram.org/bot<token>/getUpdates`),

  rec('yaml_k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: derm-imaging-secrets
  namespace: teledermatology
type: Opaque
stringData:
  DB_PASSWORD: "${v('credential.password_assignment', 'Melan0cyte!Vienna#31')}"
  OPENAI_API_KEY: "${v('credential.openai_api_key', OPENAI)}"
  S3_BUCKET: derm-dermoscopy-at
  AWS_ACCESS_KEY_ID: "${v('credential.aws_access_key_id', AKIA2)}"
  AWS_SECRET_ACCESS_KEY: "${v('credential.aws_secret_access_key', AKIA2_SECRET)}"`)}

Grüß Gott, das Secret wird vom Pod nicht gelesen (CreateContainerConfigError). Siehst du den Fehler?`),

  rec('chat_pt_br', f`Oi! Preciso de ajuda com um script que sincroniza a agenda das clínicas de dermatologia com o Google Calendar. Tá dando 403. A chave é ${v('credential.google_api_key', GOOGLE)} e o client secret do OAuth é ${v('credential.google_oauth_client_secret', GOCSPX)}. Será que falta habilitar a API no console?`),

  rec('fix_config', f`Trade support here — FIX session to the prime broker keeps dropping at logon. Our initiator config:

${amb('source_code.snippet', f`[DEFAULT]
ConnectionType=initiator
SenderCompID=HFTS_OPS
TargetCompID=PBX_PRIME
SocketConnectHost=${amb('pii.ip_address', '203.0.113.47')}
SocketConnectPort=9878
HeartBtInt=30
Username=hfts_ops
Password=${v('credential.password_assignment', 'tR4de$upp0rt-Q4!')}
ResetOnLogon=Y`)}

Logout reason 58 = "Invalid password". The PB swears they reset it yesterday. Anything in the config itself that looks wrong?`),

  rec('chat_fr_be', f`Bonjour, pour le flux de réconciliation des trades je dois appeler l'API interne avec un header d'auth basique. Voici ma commande :

${amb('source_code.snippet', f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  https://recon.fundops.be/api/v2/breaks?date=2026-12-04`)}

Ça renvoie 401 depuis ce matin. Est-ce que le base64 est correct pour fixengine ?`),

  rec('gitlab_ci', f`${amb('source_code.snippet', f`# .gitlab-ci.yml — rights-portal
variables:
  DOCKER_REGISTRY: registry.gitlab.com/moss-and-bramble/rights-portal
  GITLAB_TOKEN: ${v('credential.gitlab_pat', GLPAT)}
  NPM_TOKEN: ${v('credential.npm_token', NPM)}

deploy:
  stage: deploy
  script:
    - echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc
    - npm publish --access restricted`)}

Why does the deploy job say "401 Unauthorized - PUT https://registry.npmjs.org/@mossbramble%2frights-calc"?`),

  rec('chat_da', f`Hej! Jeg prøver at sende en besked til vores Slack-kanal #rettigheder når en ny oversættelseslicens bliver underskrevet. Webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)} — men jeg får "invalid_payload". Hvordan skal JSON'en se ud?`),

  rec('chat_is', f`Góðan daginn. Ég er að setja upp Python-skriftu sem sækir bókasamninga úr Notion fyrir réttindadeildina. Lykillinn er ${v('credential.notion_token', NOTION)} en ég fæ "object_not_found". Þarf ég að deila síðunni með samþættingunni?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`version: "3.9"
services:
  gasmon:
    image: saltmine/gas-monitor:4.2
    environment:
      - MQTT_BROKER=mqtt://${amb('pii.ip_address', '192.168.40.12')}:1883
      - MQTT_USER=shaft3
      - MQTT_PASSWORD=${v('credential.password_assignment', 'Halit3-Sch4cht!9')}
      - INFLUX_TOKEN=${v('credential.generic_secret_assignment', fill('b104-influx', B64URL, 86) + '==')}
      - ALERT_SMS_TWILIO_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
      - ALERT_SMS_TWILIO_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
    restart: always`)}

Dzień dobry, po restarcie kontenera czujniki metanu w szybie 3 nie wysyłają alarmów SMS. Co może być nie tak?`),

  rec('chat_sk', f`Ahoj, potrebujem pomoc so skriptom, ktorý posiela hlásenia o bezpečnostných incidentoch v bani na Slack. Bot token je ${v('credential.slack_bot_token', SLACK_BOT)} a kanál C07BEZP01. Dostávam not_in_channel. Ako pridám bota do kanála?`),

  rec('chat_en_us', f`Our resettlement case app uses Twilio to text arrival reminders to families. Config from the admin page:

Account SID: ${v('credential.twilio_account_sid', tok('AC', fill('b104-twsid2', HEX, 32)))}
Auth Token: ${v('credential.twilio_auth_token', fill('b104-twtok2', HEX, 32))}
Messaging service: MG-housing-arrivals

Messages to Afghan numbers fail with error 21408. Is that a geo-permission thing?`),

  rec('chat_ar_sy', f`مرحبا، عم حاول ربط نظام السكن عنا بواجهة OpenAI لترجمة رسائل العائلات من العربي للإنكليزي. هاد المفتاح: ${v('credential.openai_api_key', OPENAI2)}
بس عم يطلعلي خطأ 429 insufficient_quota. شو لازم اعمل؟`),

  rec('ssh_key', f`Necesito entrar al servidor de reportes de la mina de sal en Zipaquirá y el técnico me mandó esta llave por correo. ¿Cómo la configuro en Windows con OpenSSH?

${v('credential.openssh_private_key', OPENSSH)}

Usuario: reportes, host: ${amb('pii.ip_address', '172.20.4.19')}`),

  rec('chat_nl', f`Hoi, ik probeer de Mailgun-koppeling van de kliniek te testen voor afspraakbevestigingen. API key: ${v('credential.mailgun_api_key', MAILGUN)}, domein mg.huidkliniek-zuid.nl. Ik krijg "Forbidden". Moet ik de EU-endpoint gebruiken?`),

  rec('python_code', f`Can you refactor this so it reads the key from env instead? It's our trade break notifier.

${v('source_code.snippet', f`import requests

SENDGRID_KEY = "${v('credential.sendgrid_api_key', SENDGRID)}"

def notify(breaks):
    body = "\\n".join(f"{b['trade_id']} {b['cpty']} {b['diff']}" for b in breaks)
    requests.post(
        "https://api.sendgrid.com/v3/mail/send",
        headers={"Authorization": f"Bearer {SENDGRID_KEY}"},
        json={"personalizations": [{"to": [{"email": "${v('pii.email', 'tradesupport@blackwater-cap.com')}"}]}],
              "from": {"email": "${v('pii.email', 'noreply@blackwater-cap.com')}"},
              "subject": "Open breaks", "content": [{"type": "text/plain", "value": body}]},
    )`)}`),

  rec('chat_ja', f`お疲れ様です。遺失物管理システムのAPIを叩くと401が返ってきます。ヘッダーに付けているトークンはこれです：
Authorization: Bearer ${v('credential.jwt', JWT1)}
有効期限はまだ切れていないはずですが、何が原因でしょうか？`),

  rec('chat_ko', f`안녕하세요. 피부과 예약 포털 백엔드에서 Anthropic API를 써서 진료 전 문진표를 요약하려고 합니다. 키는 ${v('credential.anthropic_api_key', ANTHROPIC)} 입니다. 그런데 "invalid x-api-key" 에러가 나요. 헤더 이름이 틀렸나요?`),

  rec('npmrc', f`${amb('source_code.snippet', f`; ~/.npmrc on the build agent
@mossbramble:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', GHP)}
always-auth=true`)}

this worked last week, now "npm ERR! 403 Permission permission_denied: read_package". token has read:packages I think?`),

  rec('chat_zh_tw', f`你好，我們出版社的版權團隊用 Airtable 管理海外授權合約，我想用 Python 自動匯出。Token：${v('credential.airtable_pat', AIRTABLE)}，Base ID appR1ghtsT4iw。一直出現 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND，請問該怎麼設定 scope？`),

  rec('gcp_sa', f`The ticket-scanner ingestion job is failing with invalid_grant. Here's the service account file we mounted:

${amb('source_code.snippet', f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "railco-lostprop-prod",
  "private_key_id": "${fill('b104-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'lp-ingest@railco-lostprop-prod.iam.gserviceaccount.com')}",
  "client_id": "108273645519283746512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'lp-ingest%40railco-lostprop-prod.iam.gserviceaccount.com')}"
}`)}`)}

Is the clock skew on the VM the likely cause?`),

  rec('chat_hu', f`Szia! A sóbánya biztonsági irodájában Grafana-t használunk, és a Datadog agent nem küld adatot. A kulcs: DD_API_KEY=${v('credential.datadog_api_key', DD_API)}, site datadoghq.eu. Mi lehet a gond?`),

  rec('chat_tr', f`Merhaba, yayınevimizin telif portalını DigitalOcean'a taşıyoruz. doctl auth init yaptım ve şu token'ı girdim: ${v('credential.digitalocean_token', DO_TOKEN)} — "Unable to initialize DigitalOcean API client: access token is required" diyor. Neden?`),

  rec('chat_ru', f`Привет. Сделал скрипт, который выгружает заявки на жильё для беженцев из Linear в таблицу. Ключ: ${v('credential.linear_api_key', LINEAR)}. GraphQL отвечает "Authentication required". Может, нужно писать без Bearer?`),

  rec('vault_cli', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.fundops.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/trade-support/bloomberg
Error making API request.
Code: 403. Errors:
* permission denied`)}

Token was issued by the platform team this morning. Is the policy path wrong (kv v2 needs /data/?)`),

  rec('chat_uk', f`Добрий день! Налаштовую Hugging Face модель для перекладу листів від переселенців. Мій токен ${v('credential.huggingface_token', HF)}, але при завантаженні приватної моделі отримую 401. Що перевірити?`),

  rec('psql', f`${amb('source_code.snippet', f`psql "postgresql://housing_app:${v('credential.database_url_password', 'Ny4Hjem!Oslo2026')}@db.bosetting.no:5432/boliger?sslmode=require"`)}

psql: error: FATAL: no pg_hba.conf entry for host — hva betyr det? Vi kjører fra kontoret i Drammen.`),

  rec('chat_fi', f`Moi! Yritän yhdistää suolakaivoksen turvallisuusraportit Databricksiin. Token: ${v('credential.databricks_token', DATABRICKS)}, workspace adb-4419283746.12.azuredatabricks.net. Saan virheen "Invalid access token". Onko token vanhentunut?`),

  rec('azure_conn', f`${amb('source_code.snippet', f`"ConnectionStrings": {
  "PhotoArchive": "DefaultEndpointsProtocol=https;AccountName=dermphotoarchive;AccountKey=${v('credential.azure_storage_key', AZURE_KEY)};EndpointSuffix=core.windows.net"
}`)}

Die Hautbilder aus der Filiale Graz werden nicht hochgeladen: "Server failed to authenticate the request". Ist der Key falsch kopiert?`),

  rec('chat_pl', f`Cześć, mam problem z Discordem – chcieliśmy, żeby powiadomienia o znalezionych rzeczach z pociągów IC szły na serwer zespołu. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Zwraca 404 Unknown Webhook. Ktoś go usunął?`),

  rec('chat_cs', f`Dobrý den, v účetním skriptu pro licenční poplatky máme natvrdo heslo k SFTP partnera. Přepiš to prosím, ať se bere z proměnné. Řádek: sftp_password = "${v('credential.password_assignment', 'Kn1hy&Prava-77')}"`),

  rec('private_key_pem', f`Generated this key for signing FIX drop-copy files, can you tell me if it's 2048 or 4096 just by looking?

${v('credential.private_key', RSA)}`),

  rec('chat_el', f`Καλησπέρα, προσπαθώ να ρυθμίσω το Shopify του βιβλιοπωλείου μας για τα παιδικά βιβλία. Το access token της εφαρμογής είναι ${v('credential.shopify_access_token', SHOPIFY)} αλλά το GraphQL επιστρέφει 401. Μήπως θέλει άλλο header;`),

  rec('chat_ro', f`Bună, am un cron care trimite rapoarte zilnice de siguranță din salina Slănic. Folosește parola contului de mail: utilizator ${v('pii.email', 'siguranta@salina-slanic.ro')}, parola mea este ${v('credential.password_in_prose', 'Sare!Adanc2026')}. Vreau să o mut într-un fișier .env — cum fac?`),

  rec('chat_sv', f`Hej! Vi har en GitHub Actions-pipeline för biljettsystemet och jag har lagt in min PAT direkt i workflow-filen (jag vet…): ${v('credential.github_pat', GHP2)}. Hur flyttar jag den till secrets utan att bryta jobbet?`),

  rec('chat_lt', f`Labas, mūsų druskos kasyklos saugos skyrius naudoja Groq modelį incidentų santraukoms. Raktas ${v('credential.groq_api_key', GROQ)}. Gaunu "model_decommissioned". Kokį modelį rinktis?`),

  rec('chat_hi', f`नमस्ते, हमारी डर्मेटोलॉजी क्लिनिक की ऐप में पेमेंट के लिए Stripe restricted key लगाई है: ${v('credential.stripe_restricted_key', STRIPE_RK)} — refund API पर "permission_error" आ रहा है। क्या restricted key में refunds की अनुमति अलग से देनी पड़ती है?`),

  rec('chat_id', f`Halo, saya mau pasang Cloudflare Tunnel untuk portal hak cipta penerbit kami. API token: ${v('credential.cloudflare_api_token', CF_TOKEN)}. Kenapa muncul error "Authentication error (10000)"?`),

  rec('okta_script', f`${amb('source_code.snippet', f`$headers = @{ "Authorization" = "SSWS ${v('credential.okta_api_token', OKTA)}"; "Accept" = "application/json" }
Invoke-RestMethod -Uri "https://railco.okta.com/api/v1/users?filter=status eq \\"LOCKED_OUT\\"" -Headers $headers`)}

PowerShell. I want to list locked-out ticket office staff every morning. Output is empty but I know 3 people are locked. Filter syntax?`),

  rec('chat_vi', f`Chào bạn, mình đang viết script đồng bộ lịch hẹn da liễu sang Square POS. Access token: ${v('credential.square_access_token', SQUARE)}. Bị lỗi UNAUTHORIZED, có phải do dùng token sandbox trên production không?`),

  rec('docker_config', f`${amb('source_code.snippet', f`{
  "auths": {
    "registry.mossbramble.io": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

That's ~/.docker/config.json on the rights team's build box. docker pull says unauthorized. Is the base64 right for user ci-rights?`),

  rec('chat_ka', f`გამარჯობა, ჩვენი ჰეჯ-ფონდის trade support გუნდი Docker Hub-ზე პირად იმიჯებს ინახავს. ტოკენი: ${v('credential.dockerhub_pat', DCKR)}. docker login იძლევა "incorrect username or password". რა შეიძლება იყოს?`),

  rec('chat_sq', f`Përshëndetje, po përpiqem të publikoj paketën tonë Python për llogaritjen e të drejtave të autorit në PyPI. Tokeni: ${v('credential.pypi_token', PYPI)}. twine thotë 403 Invalid or non-existent authentication. Çfarë duhet të bëj?`),

  rec('chat_et', f`Tere! Meie raudtee piletimüügi meeskond kasutab Jira automatiseerimist. API token on ${v('credential.atlassian_api_token', ATLASSIAN)} ja kasutaja ${v('pii.email', 'piletid@raudtee-ops.ee')}. Saan 401 vea. Kas peab kasutama Basic auth'i?`),

  rec('age_key', f`We encrypt the nightly position files with age before sending to the administrator. The ops runbook has this key in it — is it okay to keep it there?

# created: 2026-11-30T07:12:44Z
# public key: age1${fill('b104-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}`),

  rec('chat_mt', f`Bonġu, qed nipprova nqabbad is-sistema tal-biljetti mal-EC key li tawni: 

${v('credential.private_key', EC)}

Jaqbel mal-ċertifikat ta' api.tickets.railco.mt? Kif niċċekkja?`),

  rec('jwt_curl', f`${amb('source_code.snippet', f`curl -X GET "https://api.dermaclinic.co.nz/v1/appointments?clinic=CHC" \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT2)}" \\
  -H "Accept: application/json"`)}

Kia ora, returns 403 for the Christchurch clinic only. Auckland works. Is it something in the token scope?`),

  rec('chat_bg', f`Здравей, имам MySQL сървър за данните от газовите датчици в солната мина. Влизам с командата:
${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '10.8.3.21')} -u safety_ro -p${v('credential.mysql_cli_password', 'S0lna#Mina2026')} gasdata`)}
и получавам ERROR 1045. Паролата е правилна, сигурен съм.`),

  rec('chat_tl', f`Hi po, ginagamit namin ang Sentry para sa housing app ng resettlement agency. DSN: ${v('credential.sentry_dsn', tok('https://', fill('b104-sentry2', HEX, 32), '@o4508812.ingest.us.sentry.io/4508812934'))} — pero walang lumalabas na errors sa dashboard. Tama ba ang pag-init ko?`),

  rec('chat_az', f`Salam, şirkətimizin ticarət dəstəyi komandası Azure AD tətbiqi üçün client secret yaratdı: ${v('credential.azure_client_secret', tok(fill('b104-azcs1', B62, 3), '8Q~', fill('b104-azcs2', B62 + '-_.~', 34)))}. Token alanda AADSTS7000215 xətası çıxır. Səbəbi nədir?`),

  rec('ini_legacy', f`${amb('source_code.snippet', f`[lostproperty]
db_host = lp-db01.railco.local
db_user = lp_app
db_pass = ${v('credential.password_assignment', 'F0und-Umbrella#88')}
legacy_api_secret = ${v('credential.generic_secret_assignment', LEGACY_HEX)}
smtp_relay = ${amb('pii.ip_address', '10.1.0.25')}`)}

Old PHP app config (2014). We're migrating it — which of these should go into the vault first?`),

  rec('chat_sr', f`Ćao, koristimo user:password u URL-u za interni Git repozitorijum izdavačke kuće: https://prava:${v('credential.url_password', 'Knjige2026!')}@git.izdavac.rs/rights/contracts.git — da li je to problem i kako da pređem na SSH?`),

  rec('chat_sw', f`Habari, ninajaribu kuunganisha mfumo wa makazi ya wakimbizi na Brevo kwa kutuma barua pepe. Ufunguo wa API: ${v('credential.brevo_api_key', tok('xkeysib-', fill('b104-brevo1', HEX, 64), '-', fill('b104-brevo2', B62, 16)))}. Inarudisha "unauthorized". Nifanye nini?`),

  rec('cli_password', f`${amb('source_code.snippet', f`sqlcmd -S tradesupport-sql.fund.local -U recon_svc -P ${v('credential.cli_password', 'Rec0n!Breaks-T1')} -d PositionRecon -Q "EXEC dbo.usp_OpenBreaks @AsOf='2026-12-04'"`)}

Runs fine interactively but fails in the SQL Agent job step with "Login failed". Same box. Ideas?`),

  rec('chat_he', f`שלום, אני מנסה לחבר את מערכת הזמנת התורים של מרפאת העור ל-WhatsApp דרך ספק חיצוני. נתנו לי שם משתמש dermtlv והסיסמה שלי היא ${v('credential.password_in_prose', 'Ori0n#Tlv55')}. איך אני שומר אותה בצורה מאובטחת בקוד?`),

  rec('android_xml', f`你好，我们铁路失物招领的安卓应用在地图页面白屏。这是 strings.xml：

${amb('source_code.snippet', f`<resources>
    <string name="app_name">失物招领</string>
    <string name="google_maps_key">${v('credential.google_api_key', GOOGLE2)}</string>
    <string name="support_mail">lost-found-help</string>
</resources>`)}

Logcat 显示 "Authorization failure"。是不是要在控制台里加 SHA-1 指纹？`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ ਹਾਊਸਿੰਗ ਟੀਮ ਦੇ ਸ਼ੇਅਰਡ ਡਰਾਈਵ ਵਿੱਚ ਲੌਗਇਨ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਯੂਜ਼ਰਨੇਮ housing.team ਹੈ ਅਤੇ ਮੇਰਾ ਪਾਸਵਰਡ ${v('credential.password_in_prose', 'Ghar@Surrey2026')} ਹੈ। ਕੀ ਤੁਸੀਂ IT ਨੂੰ ਭੇਜਣ ਲਈ ਇੱਕ ਈਮੇਲ ਲਿਖ ਸਕਦੇ ਹੋ?`),
];

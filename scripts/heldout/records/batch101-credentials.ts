/**
 * Held-out batch 101: credentials pasted by a tea and coffee importer, a paediatric vaccination NGO, a
 * private-equity portfolio monitoring team, a drone-delivery startup, a cathedral ticketing office and
 * a hospital laundry service, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b101-akia', B32, 16));
const AWS_SECRET = fill('b101-awssec', B64, 40);
const GHP = gh('ghp', 'Tq8Wn3Lz6Kd1Ry9Vb4Mx7Hc2Pj5Fs0');
const SLACK_BOT = tok('xoxb-', '5820394716', '3-', '6639018274512-', fill('b101-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b101-sh1', UPPER + DIGITS, 8), '/B07', fill('b101-sh2', UPPER + DIGITS, 8), '/', fill('b101-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b101-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b101-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b101-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b101-oai1', B64URL, 74), 'T3BlbkFJ', fill('b101-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b101-ant', B64URL, 93), 'AA');
const GSA_PEM = pem('PRIVATE KEY', 'b101-gsa', 1216, '\\n');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b101-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b101-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const PG_PW = 'Ch4i-Mas4la_2291';
const MYSQL_PW = 'Kava!Praha77';
const TW_SID = tok('AC', fill('b101-twsid', HEX, 32));
const TW_TOKEN = fill('b101-twtok', HEX, 32);
const SG = tok('SG.', fill('b101-sg1', B64URL, 22), '.', fill('b101-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b101-mg', HEX, 32));
const TELEGRAM = tok('7194820365', ':AA', fill('b101-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290448173650291843', '/', fill('b101-dh', B64URL, 68));
const TEAMS_HOOK = tok('https://spitalwaescherei.webhook.office.com/webhookb2/', '7c2e9a14-3b85-4f61-a0d7-58e1c9b34a26@2f8d6b91-04e3-4a7c-9b52-e61f0a8d3c47/IncomingWebhook/', fill('b101-teams1', HEX, 32), '/', 'b4a71e29-6d05-4c83-92fa-1e7d0b3c5a68/', 'V2', fill('b101-teams2', B64URL, 43));
const JWT_DRONE = jwt({ alg: 'RS256', typ: 'JWT', kid: 'fo-2024-11' }, { sub: 'pilot-0417', iss: 'https://auth.skyparcel.io', aud: 'flight-ops', scope: 'mission:write telemetry:read', iat: 1731921600, exp: 1731925200 }, 'b101-jwtdrone');
const BASIC = b64('ticketing-api:Sf.Vitus#Gate3');
const AZ_STORAGE = `${fill('b101-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b101-azc1', B62, 3), '8Q~', fill('b101-azc2', B62 + '-_.~', 31));
const VAULT = tok('hvs.', fill('b101-vault', B62, 24));
const DD_API = fill('b101-ddapi', HEX, 32);
const SENTRY_KEY = fill('b101-sentry', HEX, 32);
const HF = tok('hf_', fill('b101-hf', LOWER + UPPER, 34));
const GLPAT = tok('glpat-', fill('b101-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Fv3Kq9Wd2Lr6Yb8Tn1Zx5Hm7Pc4Gs0');
const DOCKER_AUTH = b64('dronefleet-ci:Wv7#pQ2rLz9!bN4x');
const CF_TOKEN = fill('b101-cf', B64URL, 40);
const SHPAT = tok('shpat_', fill('b101-shpat', HEX, 32));
const SQUARE = tok('EAAA', fill('b101-square', B64URL, 60));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'skyparcel-ops', a: fill('b101-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b101-mbx', B64URL, 22));
const GOOGLE = tok('AIza', 'Sy', fill('b101-gapi', B64URL, 33));
const FCM = tok('AAAA', fill('b101-fcm1', B64URL, 7), ':APA91b', fill('b101-fcm2', B64URL, 134));
const DO = tok('dop_v1_', fill('b101-do', HEX, 64));
const HEROKU = tok('HRKU-', 'AA', fill('b101-hrku', B64URL, 58));
const OKTA = tok('00', fill('b101-okta', B64URL, 40));
const LINEAR = tok('lin_api_', fill('b101-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b101-pm1', HEX, 24), '-', fill('b101-pm2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b101-atl', B64URL, 171), '=', fill('b101-atl2', HEX.toUpperCase(), 8));
const AIRTABLE = tok('pat', fill('b101-at1', B62, 14), '.', fill('b101-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b101-ntn1', DIGITS, 11), fill('b101-ntn2', B62, 35));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hqzvtnmrkwpcyxbldufe', role: 'service_role', iat: 1722470400, exp: 2038046400 }, 'b101-supa');
const VERCEL = fill('b101-vercel', B62, 24);
const NETLIFY = tok('nfp_', fill('b101-nfp', B62, 36));
const DATABRICKS = tok('dapi', fill('b101-dapi', HEX, 32));
const TFC = tok(fill('b101-tfc1', B62, 14), '.atlasv1.', fill('b101-tfc2', B62, 67));
const PULUMI = tok('pul-', fill('b101-pulumi', HEX, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b101-age', BECH32, 58));
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBGV${fill('b101-pgp0', B64, 57)}\n${(b64Bytes('b101-pgp', 900).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b101-pgpcrc', B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
const PPK_PRIV = b64Bytes('b101-ppk', 48);
const ALI_ID = tok('LTAI', '5t', fill('b101-ltai', B62, 18));
const ALI_SECRET = fill('b101-alisec', B62, 30);
const GROQ = tok('gsk_', fill('b101-groq', B62, 52));
const DBX = tok('sl.', 'B', fill('b101-dbx', B64URL, 138));
const SLACK_APP = tok('xapp-', '1-', 'A08', fill('b101-xappid', UPPER + DIGITS, 8), '-', '8013527469024-', fill('b101-xapp', HEX, 64));
const GLSA = tok('glsa_', fill('b101-glsa1', B62, 32), '_', fill('b101-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b101-nrak', UPPER + DIGITS, 27));
const CF_ORIGIN = tok('v1.0-', fill('b101-cfo1', HEX, 24), '-', fill('b101-cfo2', HEX, 146));
const BREVO = tok('xkeysib-', fill('b101-brevo1', HEX, 64), '-', fill('b101-brevo2', B62, 16));
const PPLX = tok('pplx-', fill('b101-pplx', B62, 48));
const MISTRAL = fill('b101-mistral', B62, 32);
const SAS_SIG = `${fill('b101-sas1', B62, 16)}%2B${fill('b101-sas2', B62, 11)}%2F${fill('b101-sas3', B62, 14)}%3D`;
const GOCSPX = tok('GOCSPX-', fill('b101-gocspx', B64URL, 28));
const DCKR = tok('dckr_', 'pat_', fill('b101-dckr', B64URL, 27));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b101-pypi', B64URL, 160));
const K8S_KEY_B64 = b64(`${pem('EC PRIVATE KEY', 'b101-eckey', 121)}\n`);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH101_CREDENTIALS: DraftRecord[] = [
  rec('aws_credentials', f`G'day — the telemetry uploader on the Toowoomba depot laptop keeps getting SignatureDoesNotMatch when it pushes flight logs to S3. This is the credentials file it reads:

${cfg(f`# ~/.aws/credentials
[default]
region = ap-southeast-2

[skyparcel-telemetry]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-southeast-2`)}

The clock on that laptop was 4 min off last week, could that be it? Reckon I should just rotate the key?`),

  rec('chat_sw', f`Habari, nimejaribu ku-push repo ya ghala la chai (tea-warehouse-stock) kutoka server ya Mombasa lakini inakataa. Remote iko hivi:

${cfg(f`$ git remote -v
origin  https://kibet-warehouse:${v('credential.github_pat', GHP)}@github.com/mlima-tea-imports/tea-warehouse-stock.git (fetch)
origin  https://kibet-warehouse:${v('credential.github_pat', GHP)}@github.com/mlima-tea-imports/tea-warehouse-stock.git (push)`)}

Kosa ni "Permission to mlima-tea-imports/tea-warehouse-stock.git denied". Nifanye nini?`),

  rec('code_python', f`Ciao, il bot che avvisa la biglietteria del Duomo quando i posti per la terrazza finiscono non posta più nulla nel canale. Ecco lo script:

\`\`\`python
${code(f`import os
import requests
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
SOGLIA = 20

def controlla_disponibilita(fascia: str) -> None:
    r = requests.get(f"https://biglietteria.internal/api/slots/{fascia}", timeout=10)
    liberi = r.json()["liberi"]
    if liberi < SOGLIA:
        client.chat_postMessage(channel="#cassa-terrazze", text=f"Terrazze {fascia}: restano {liberi} posti")

for fascia in ("09:00", "11:00", "14:00", "16:00"):
    controlla_disponibilita(fascia)`)}
\`\`\`

Il token è di un'app installata dall'ex collega, forse è stata disinstallata?`),

  rec('env_file', f`Bonjour, pouvez-vous m'expliquer pourquoi la billetterie de la cathédrale renvoie « No such price » depuis la mise à jour ? Voici le .env de production :

${cfg(f`# billetterie-cathedrale/.env.production
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_PRICE_TOUR_TOURS=price_1QBxR2LkT7pYdA0cVn4eHs8M
STRIPE_PRICE_CRYPTE=price_1QBxS9LkT7pYdA0cJm2rTq6W
PUBLIC_URL=https://billetterie.cathedrale-saint-etienne.fr`)}

Les prix ont été recréés dans le tableau de bord la semaine dernière.`),

  rec('chat_es', f`Oye, en la taquilla de la catedral usamos una clave restringida para que el TPV solo pueda crear cobros. ¿Esta ${v('credential.stripe_restricted_key', STRIPE_RK)} sirve también para emitir reembolsos o tengo que pedir otra con el permiso "Refunds: write"?`),

  rec('chat_pt_br', f`Oi! To montando um assistente pra classificar os laudos de prova de xícara (cupping) dos lotes de café do Sul de Minas. Minha chave é ${v('credential.openai_api_key', OPENAI)} — dá 429 depois de umas 40 chamadas. Tem como fazer retry com backoff em Python?`),

  rec('notebook', f`Kannst du mir helfen, die Zusammenfassung der Quartalsberichte unserer Portfoliounternehmen zu automatisieren? Zelle 1 im Notebook:

${cfg(f`import os
import anthropic

os.environ["ANTHROPIC_API_KEY"] = "${v('credential.anthropic_api_key', ANTHROPIC)}"
client = anthropic.Anthropic()

PORTFOLIO = ["Nordlicht Logistik", "Brenner Medtech", "Alpenkäse Holding"]`)}

Ich möchte pro Firma KPIs (Umsatz, EBITDA, Net Debt) als Tabelle herausziehen.`),

  rec('gcp_sa_json', f`Hoi, de vluchtlog-export naar BigQuery faalt met "invalid_grant: Invalid JWT Signature". Dit is het sleutelbestand dat in de container gemount wordt:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "skyparcel-flightlogs",
  "private_key_id": "${fill('b101-gsakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GSA_PEM)}",
  "client_email": "${amb('pii.email', 'bq-export@skyparcel-flightlogs.iam.gserviceaccount.com')}",
  "client_id": "104827361950284716352",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40skyparcel-flightlogs.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Moet ik de sleutel opnieuw genereren of klopt er iets niet met de klok in de container?`),

  rec('chat_hu', f`Szia! A kórházi mosoda RFID-kapujának szervere nem engedi be az új SSH-kulcsot. Ezt a privát kulcsot másoltam fel a /root/.ssh/ mappába, jó a formátum?

${v('credential.private_key', RSA_PEM)}

A jogosultság 644, lehet ez a gond?`),

  rec('chat_no', f`Hei, jeg får "Load key: invalid format" når jeg prøver å logge inn på bakkestasjonen til dronene i Bodø. Nøkkelen ser slik ut:

${v('credential.openssh_private_key', OPENSSH)}

Jeg kopierte den fra Windows-maskinen med Notisblokk, kan linjeskiftene være ødelagt?`),

  rec('chat_pl', f`Cześć, aplikacja do monitoringu portfela (spółki portfelowe funduszu) nie łączy się z bazą po migracji na nowy serwer. W docker-compose mam:

${cfg(f`services:
  kpi-api:
    image: registry.internal/kpi-api:3.4.1
    environment:
      DATABASE_URL: postgres://kpi_app:${v('credential.database_url_password', PG_PW)}@${amb('pii.ip_address', '10.20.4.17')}:5432/portfolio_kpi?sslmode=require
      TZ: Europe/Warsaw
    ports:
      - "8080:8080"`)}

Błąd: "no pg_hba.conf entry for host". Co zmienić?`),

  rec('shell_cs', f`Ahoj, potřebuju dostat export objednávek kávy z MySQL do CSV, ale příkaz hází chybu 1045:

${cfg(f`mysql -h db.kava-import.cz -u obchod -p${v('credential.mysql_cli_password', MYSQL_PW)} objednavky -e "SELECT * FROM objednavky WHERE rok=2024" > objednavky_2024.csv`)}

Heslo jsem si ověřil v phpMyAdminu, funguje.`),

  rec('chat_rw', f`Muraho, turimo gukora sisitemu yo kwibutsa ababyeyi itariki y'urukingo rw'abana binyuze kuri SMS. Twilio yatwandikiye ko konti yacu ifunze. Account SID: ${v('credential.twilio_account_sid', TW_SID)}, Auth Token: ${v('credential.twilio_auth_token', TW_TOKEN)}. Nomero yohereza ni ${phone('+250 788 417 302')}. Mwadufasha kwandika ubutumwa bwo gusaba ko bayifungura?`),

  rec('chat_tl', f`Hi po! Yung email notification namin para sa mga bagong drone delivery booking sa Cebu hindi na nagse-send. Ito yung SendGrid key na naka-set sa server: ${v('credential.sendgrid_api_key', SG)}. Sabi ng log "The from address does not match a verified Sender Identity". Paano ito ayusin?`),

  rec('chat_el', f`Γεια σας, το σύστημα κρατήσεων για τις ξεναγήσεις στη Μητρόπολη στέλνει τα εισιτήρια μέσω Mailgun. Από χθες παίρνουμε 401 Forbidden. Το κλειδί που έχουμε στο config είναι ${v('credential.mailgun_api_key', MAILGUN)} και το domain mg.metropoli-tickets.gr. Μήπως άλλαξε η περιοχή σε EU;`),

  rec('code_python', f`Привет! Бот в Telegram должен присылать пилотам уведомление, когда дрон уходит за геозону. Сообщения не доходят:

${code(f`import telebot

bot = telebot.TeleBot("${v('credential.telegram_bot_token', TELEGRAM)}")
CHAT_PILOTS = -1002184736501

def alert_geofence(drone_id: str, lat: float, lon: float) -> None:
    text = f"⚠️ {drone_id} вышел за геозону: {lat:.5f}, {lon:.5f}"
    bot.send_message(CHAT_PILOTS, text)

alert_geofence("SP-K12", 55.75123, 37.61842)`)}

Бот добавлен в группу, но ничего не приходит.`),

  rec('chat_uk', f`Привіт, налаштовую сповіщення в Discord для команди польотів. Вебхук: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — повертає 404 Unknown Webhook. Може його видалили, коли перейменували канал?`),

  rec('powershell', f`Grüezi, mir wend dass d'Wäscherei-Aalag im Spital en Meldig in Teams schickt, wenn e Tunnelwaschmaschine stoppt. Das Skript lauft, aber es chunnt nüt aa:

${cfg(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$payload = @{ text = "Tunnelwaschanlage TW-2 gestoppt: Fehler E17 (Wasserdruck)" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json; charset=utf-8' -Body $payload`)}`),

  rec('curl', f`Merhaba, uçuş planlama API'si 401 dönüyor, token süresi dolmamış görünüyor:

${cfg(f`curl -X POST https://api.skyparcel.io/v2/missions \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_DRONE)}" \\
  -H "Content-Type: application/json" \\
  -d '{"drone":"SP-IST-07","pickup":"Kadıköy Eczanesi","dropoff":"Moda Sahil","payload_kg":1.4}'`)}

Audience değeri mi yanlış acaba?`),

  rec('http', f`Salut, integrarea casei de bilete cu aplicația mobilă a catedralei dă 403. Cererea arată așa:

${cfg(f`GET /api/v1/tickets?date=2024-12-08 HTTP/1.1
Host: bilete.catedrala-mantuirii.ro
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Utilizatorul a fost creat ieri de colegul meu, poate nu are rolul corect?`),

  rec('appsettings', f`Hej! Tvätteriets orderportal får "Server failed to authenticate the request" mot blob-lagringen. appsettings.Production.json:

${cfg(f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=tvatteriordrar;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "leveranssedlar"
  }
}`)}

Nyckeln roterades i portalen i fredags.`),

  rec('chat_da', f`Hej, vi har en app-registrering i Entra til porteføljerapporteringen (Power BI embed). Client secret er ${v('credential.azure_client_secret', AZ_CLIENT)} og tenant er fondens. Hvordan kan jeg se hvornår secret udløber uden at logge ind i portalen?`),

  rec('shell_fi', f`Moi, Vault-kirjautuminen toimii omalta koneelta mutta ei CI:stä:

${cfg(f`$ export VAULT_ADDR=https://vault.drone-ops.fi:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/lentotoiminta/atc-api
Error making API request.
Code: 403. Errors:
* permission denied`)}

Onko tokenilla väärä policy?`),

  rec('yaml_et', f`Tere! Datadogi agent ei saada pesumaja masinate mõõdikuid. Konfiguratsioon:

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: pesumaja-tallinn-01
tags:
  - env:prod
  - team:linen`)}

Logis on "API Key invalid, dropping transaction".`),

  rec('chat_lv', f`Sveiki! Mūsu vakcinācijas kampaņas mobilā lietotne sūta kļūdas uz Sentry, bet projektā nekas neparādās. DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127390621696`)}. Vai tas ir pareizais reģions?`),

  rec('chat_lt', f`Labas, noriu parsisiųsti privatų modelį iš Hugging Face skrydžių anomalijų aptikimui, bet gaunu 401. Mano tokenas ${v('credential.huggingface_token', HF)} – ar reikia „write" teisių, kad parsisiųsčiau gated modelį?`),

  rec('ci_yaml', f`Ahoj, pipeline na GitLabe pre predaj vstupeniek do katedrály nevie klonovať submodul:

${cfg(f`variables:
  GIT_SUBMODULE_STRATEGY: recursive
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.katedrala-vstupenky.sk/".insteadOf "https://gitlab.katedrala-vstupenky.sk/"
build:
  stage: build
  script:
    - npm ci
    - npm run build`)}

Chyba: "HTTP Basic: Access denied". Token má scope read_repository.`),

  rec('npmrc', f`Здравейте, npm install в CI-то на складa за кафе не може да изтегли вътрешния пакет @kafe-bg/invoice-utils:

${cfg(f`registry=https://registry.npmjs.org/
@kafe-bg:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Грешката е E404. Пакетът е private.`, 'the npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('docker_config', f`Здраво, Kubernetes не може да повуче image за контролу летова. Секрет сам направио од овог config.json:

${cfg(f`{
  "auths": {
    "registry.dronovi-dostava.rs": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Pod стоји у ImagePullBackOff.`),

  rec('chat_hr', f`Bok! Treba mi skripta koja čisti cache na Cloudflareu nakon što objavimo nove termine za razgled katedrale. Imam API token ${v('credential.cloudflare_api_token', CF_TOKEN)} sa dozvolom Zone.Cache Purge. Može curl ili Python, svejedno.`),

  rec('chat_sl', f`Živjo, sodelavka je na dopustu in rabim dostop do portala dobavitelja perila. Povedala mi je, da je njeno geslo ${v('credential.password_in_prose', 'Rjuhe#Maribor2024')}, ampak portal pravi, da je zaklenjen. Kako napišem prošnjo za odklepanje, ne da bi delila geslo?`),

  rec('chat_sq', f`Përshëndetje, kam marrë kredencialet e portalit të furnitorit të kafesë nga Durrësi:
user: ${v('pii.email', 'blerje@kafeja-adriatik.al')}
pass: ${v('credential.user_password_pair', 'Espresso!Durres19')}
Por faqja kërkon kod 2FA që shkon te telefoni i ish-kolegut. Si t'u shkruaj për ta ndryshuar?`),

  rec('router_config', f`Здраво, ова е конфигурацијата на рутерот во перачницата на болницата. Зошто SSH не работи од мрежата на администрацијата?

${cfg(f`hostname PERALNA-R1
!
enable secret 9 ${amb('credential.network_device_secret', '$9$nQ4vLz7eR2tY1k$Hx8bWc3fJp6mTs0aDg5rKu9yVe2iNo4lQz7XwB1cAs6')}
username admin privilege 15 password 0 ${v('credential.network_device_secret', 'Perachka!Skopje22')}
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.40.2.1')} 255.255.255.0
!
line vty 0 4
 access-class 10 in
 transport input ssh
 login local`)}`, 'type 9 hash: ambiguous per README; plaintext type 0 password labelled'),

  rec('chat_ka', f`გამარჯობა! ჩვენი ყავის ონლაინ მაღაზია Shopify-ზეა. ინვენტარის სინქრონიზაციის სკრიპტში ვიყენებ ამ ტოკენს: ${v('credential.shopify_access_token', SHPAT)}. ბოლო ორი დღეა 403-ს აბრუნებს. რა შეიძლება იყოს?`),

  rec('chat_hy', f`Բարև, մայր տաճարի թանգարանի տոմսարկղը Square-ով է աշխատում։ Access token-ը ${v('credential.square_access_token', SQUARE)} է, բայց օրվա հաշվետվությունը չի բեռնվում։ Կօգնե՞ք Python-ով գրել հարցում Payments API-ին։`),

  rec('chat_kk', f`Сәлеметсіз бе! Дрон маршруттарын картаға шығару үшін Mapbox құпия токенін қолданамыз: ${v('credential.mapbox_secret_token', MAPBOX)}. Directions API "Not Authorized - Invalid Token" береді. Scope жетпей тұр ма?`),

  rec('chat_mn', f`Сайн байна уу! Вакцинжуулалтын явуулын багийн байршлыг газрын зураг дээр харуулах гэж Google Maps ашиглаж байна. API түлхүүр: ${v('credential.google_api_key', GOOGLE)}. "This API key is not authorized to use this service" гэж гарч байна.`),

  rec('code_kotlin', f`Salom! Android ilovasi emlash eslatmalarini push orqali yuboradi, lekin Firebase legacy API o'chirilgandan keyin ishlamay qoldi:

${code(f`object PushSender {
    private const val FCM_URL = "https://fcm.googleapis.com/fcm/send"
    private const val SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"

    fun send(token: String, title: String, body: String) {
        val json = """{"to":"$token","notification":{"title":"$title","body":"$body"}}"""
        val req = Request.Builder()
            .url(FCM_URL)
            .addHeader("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        OkHttpClient().newCall(req).execute().use { println(it.code) }
    }
}`)}

HTTP v1 ga qanday o'tkazaman?`),

  rec('chat_ar_ma', f`السلام عليكم، عندنا سيرفر على DigitalOcean كيخدم بيه نظام تتبع شحنات القهوة من ميناء الدار البيضاء. بغيت نعمل سكريبت كيطفي الـ droplets فالليل. هذا هو التوكن: ${v('credential.digitalocean_token', DO)}. واش خاصو صلاحية write؟`),

  rec('chat_he', f`שלום, אנחנו מעבירים את מערכת ניהול הכביסה של בית החולים מהרוקו. בפקודה heroku config:get לא מצליח, הגדרתי HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} ועדיין מבקש התחברות. מה הבעיה?`),

  rec('chat_fa', f`سلام، برای همگام‌سازی کاربران سامانهٔ پایش پرتفوی با Okta یک اسکریپت نوشتم. توکن API این است: ${v('credential.okta_api_token', OKTA)} و دامنه fund-ops.okta.com. خطای E0000011 می‌دهد. آیا توکن منقضی شده؟`),

  rec('chat_ur', f`السلام علیکم، ہم Linear میں پرواز کے واقعات (incidents) خودکار طور پر بنانا چاہتے ہیں۔ میری API key یہ ہے: ${v('credential.linear_api_key', LINEAR)}۔ GraphQL میں issueCreate کی mutation کیسے لکھوں؟`),

  rec('chat_hi', f`नमस्ते, टीकाकरण रिमाइंडर API की टेस्टिंग के लिए Postman collection को CLI से चलाना है। मेरी Postman API key ${v('credential.postman_api_key', POSTMAN)} है। newman के साथ collection UID से कैसे चलाऊँ?`),

  rec('curl', f`নমস্কার, চা নিলামের টিকিটগুলো Jira-তে আপডেট করতে গিয়ে 401 আসছে:

${cfg(f`curl -u ${v('pii.email', 'rafiq.hossain@sylhet-teaexports.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X PUT -H "Content-Type: application/json" \\
  https://sylhet-teaexports.atlassian.net/rest/api/3/issue/AUC-482 \\
  -d '{"fields":{"labels":["lot-2024-117"]}}'`)}`),

  rec('chat_ne', f`नमस्ते, खोप अभियानको स्वयंसेवक सूची Airtable मा छ। यो टोकन ${v('credential.airtable_pat', AIRTABLE)} प्रयोग गरेर पोखराका स्वयंसेवकको नाम मात्र निकाल्ने Python कोड लेखिदिनुहोस् न।`),

  rec('env_file', f`ආයුබෝවන්, තේ වතුවල අස්වැන්න Notion database එකට sync කරන script එකේ .env එක මේකයි:

${cfg(f`NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_HARVEST=1f7a3c92e4b84d06a5c1e83f27b90d46
ESTATE=Nuwara Eliya - Pedro Division`)}

"object_not_found" කියලා එනවා. Database එක integration එකට share කරලා නැද්ද?`),

  rec('chat_ta', f`வணக்கம், தடுப்பூசி முகாம் பதிவுகளுக்கு Supabase பயன்படுத்துகிறோம். Edge function-இல் இந்த service role key வைத்துள்ளேன்: ${v('credential.jwt', SUPA_JWT)}. இதை frontend-இல் வைக்கலாமா? RLS-ஐ இது bypass செய்யுமா?`),

  rec('chat_th', f`สวัสดีครับ เว็บจองบัตรเข้าชมวัดและโบสถ์เก่าของเรา deploy บน Vercel ผมตั้ง VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)} ใน GitHub Actions แต่ขึ้น "Error: The specified token is not valid" ครับ ต้องระบุ scope ของทีมด้วยไหม`),

  rec('chat_vi', f`Chào bạn, trang giới thiệu cà phê Robusta Đắk Lắk của công ty được deploy bằng Netlify CLI. Mình dùng token ${v('credential.netlify_token', NETLIFY)} trong script nhưng báo "Unauthorized". Token cá nhân có hết hạn không?`),

  rec('code_python', f`Quick one — our portfolio monitoring job pulls covenant data from Databricks every Monday. It started failing with 403:

${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4827163950284716.16.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7f3c9a12e4b8d065",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
with conn.cursor() as cur:
    cur.execute("SELECT company, leverage_ratio, interest_cover FROM pm.covenants WHERE quarter = '2024Q3'")
    for row in cur.fetchall():
        print(row)`)}

Was the PAT disabled by the workspace admin maybe?`),

  rec('chat_ko', f`안녕하세요, 드론 관제 인프라를 Terraform Cloud로 관리하는데 로컬에서 plan이 안 됩니다. ~/.terraformrc 에 token = "${v('credential.terraform_cloud_token', TFC)}" 로 넣었어요. "401 Unauthorized" 가 나오는데 조직 토큰이 아니라서 그런가요?`),

  rec('chat_ja', f`お疲れさまです。リネン配送ルート最適化のインフラを Pulumi で管理しています。CI で PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)} を設定しましたが、"invalid access token" になります。チームトークンに切り替えるべきでしょうか？`),

  rec('chat_zh_tw', f`您好，我們用 sops 加密投資組合公司的財報設定檔，新電腦上解不開。keys.txt 內容如下：

# created: 2024-09-18T10:22:41+08:00
# public key: age1m7xq2t9c4v0zk8r5h3n6p1w2d8s4f7j9l0e5y3u6a2g8c1b4x7zt3q
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE 也設好了，是不是格式有問題？`),

  rec('chat_zh', f`你好，我们给咖啡生豆供应商发送加密的采购合同，需要导入公司的 PGP 私钥。下面是导出的私钥，gpg --import 时提示"no valid OpenPGP data found"：

${v('credential.pgp_private_key', PGP)}

是不是复制的时候多了空格？`),

  rec('ppk', f`Halo, saya mau login ke server gudang kopi di Medan pakai WinSCP, tapi katanya "Couldn't load private key". Isi file .ppk-nya begini:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: gudang-kopi-medan
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIJ7vQ2xKp9mT4rW1sL8cZ3nB6yH0dF5gA2jE9uM4
vN1q
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b101-ppkmac', HEX, 64)}

Versi WinSCP saya 5.9, apakah terlalu lama?`),

  rec('appsettings', f`Hai, sistem inventori linen hospital kami tak boleh sambung ke SQL Server selepas pindah ke pelayan baharu:

${cfg(f`"ConnectionStrings": {
  "LinenDb": "Server=tcp:sql-linen-kl.database.windows.net,1433;Initial Catalog=LinenInventory;User ID=linen_svc;Password=${v('credential.connection_string_password', 'Cadar!Putih2024')};Encrypt=True;TrustServerCertificate=False;"
}`)}

Ralat: "Login failed for user 'linen_svc'". Apa yang perlu saya semak?`),

  rec('yaml_am', f`ሰላም፣ የክትባት መረጃ ማመሳሰያው ከ DHIS2 ጋር አይገናኝም። የ config ፋይሉ ይህ ነው፦

${cfg(f`dhis2:
  base_url: https://dhis2.moh-pilot.et/api
  client_id: immunization-sync
  client_secret: ${v('credential.generic_secret_assignment', fill('b101-dhis', B62, 36))}
  org_unit: Oromia/Jimma`)}

"invalid_client" ይላል። ምን ላድርግ?`),

  rec('shell', f`Salaan, waxaan rabaa inaan koobiyeeyo diiwaanka tallaalka carruurta ee server-ka Hargeysa. Amarkan ayaan isticmaalay:

${cfg(f`sshpass -p '${v('credential.cli_password', 'Tallaal#Hargeysa7')}' scp tallaal@${amb('pii.ip_address', '10.8.0.14')}:/var/backups/tallaal_2024-11.sql.gz ./`)}

Wuxuu leeyahay "Permission denied, please try again." Maxaa khaldan?`),

  rec('chat_yo', f`Ẹ ǹlẹ́, a fẹ́ so ètò ìforúkọsílẹ̀ abẹ́rẹ́ àjẹsára pọ̀ mọ́ server FTP ti ilé-ìwòsàn. Adirẹsi tí wọ́n fún wa ni ${v('credential.url_password', 'ftp://ajesara_upload:Oyo!Ajesara55@ftp.ibadan-health.ng/incoming/')} ṣùgbọ́n kò ṣiṣẹ́. Ṣé ó yẹ kí n lo SFTP dípò?`),

  rec('yaml_zu', f`Sawubona, i-app yokulandela izingubo zasesibhedlela ayiqali ku-Kubernetes. Nansi i-values.yaml:

${cfg(f`laundry-tracker:
  image: registry.gcr.io/linen-za/tracker:2.1.0
  env:
    DB_HOST: linen-db.default.svc.cluster.local
    DB_USER: tracker
    DB_PASSWORD: ${v('credential.password_assignment', 'Izingubo@Durban88')}
  replicas: 2`)}

I-pod ithi "password authentication failed". Ngenzeni?`),

  rec('chat_zh', f`我们在阿里云上存放无人机航拍视频，运维同事把 AccessKey 发给我了：AccessKeyId ${v('credential.alibaba_access_key_id', ALI_ID)}，AccessKeySecret ${v('credential.generic_secret_assignment', ALI_SECRET)}。用 ossutil 上传时报 "SignatureDoesNotMatch"，请问怎么排查？`),

  rec('chat_ht', f`Bonjou, nou vle itilize Groq pou tradui mesaj rapèl vaksen yo an kreyòl. Kle API mwen se ${v('credential.groq_api_key', GROQ)}. Èske ou ka ban mwen yon egzanp kòd Python ki voye yon demann?`),

  rec('chat_is', f`Halló, ég þarf að sækja skýrslur frá dómkirkjumiðasölunni sem vistaðar eru í Dropbox. Ég fékk aðgangslykilinn ${v('credential.dropbox_access_token', DBX)} en hann virkar bara í fjórar klukkustundir. Hvernig fæ ég refresh token?`),

  rec('code_js', f`Bonjou, sa se bot Slack nou an pou ekip vol dron yo, li pa konekte ak Socket Mode:

${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', tok('xoxb-', '5820394716', '3-', '7741029385610-', fill('b101-xoxb2', B62, 24)))}',
  appToken: '${v('credential.slack_app_token', SLACK_APP)}',
  socketMode: true,
});

app.command('/vol', async ({ command, ack, respond }) => {
  await ack();
  await respond(\`Misyon \${command.text} anrejistre\`);
});

(async () => { await app.start(); console.log('bot la kouri'); })();`)}`),

  rec('helm_values', f`Hi team, can someone sanity-check the Grafana bits of the fund's monitoring stack before I merge?

${cfg(f`grafana:
  adminUser: admin
  envFromSecret: grafana-env
  dashboardsProvider:
    token: ${v('credential.grafana_service_account_token', GLSA)}
newrelic-infrastructure:
  licenseKey: ${v('credential.newrelic_key', NRAK)}
slackNotifications:
  url: ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

Cheers from Edinburgh.`),

  rec('nginx', f`Bonjour, sur le serveur de la billetterie de la cathédrale de Tournai on utilise un certificat Cloudflare Origin. Le script de renouvellement appelle l'API avec la clé Origin CA ${v('credential.cloudflare_origin_ca_key', CF_ORIGIN)} — est-ce qu'elle expire elle aussi ?`),

  rec('chat_fr_qc', f`Allô! On veut envoyer l'infolettre aux torréfacteurs clients avec Brevo plutôt qu'avec l'ancien outil. Ma clé c'est ${v('credential.brevo_api_key', BREVO)}. Pouvez-vous m'écrire un script qui importe la liste CSV des contacts?`),

  rec('chat_it', f`Buongiorno, per confrontare i modelli sul riassunto dei verbali del comitato investimenti sto usando Perplexity (${v('credential.perplexity_api_key', PPLX)}) e Mistral (${v('credential.mistral_api_key', MISTRAL)}). Mi scrivi un piccolo script che manda lo stesso prompt a entrambi?`),

  rec('chat_es_ec', f`Buenas, el enlace que le mandamos a la finca cafetalera en Loja para subir las fotos de los lotes dice "AuthenticationFailed":
https://cafeloja.blob.core.windows.net/fotos-lotes/?sv=2023-01-03&ss=b&srt=co&sp=rwl&se=2024-12-31T23:59:59Z&st=2024-11-01T00:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
¿Será porque el permiso no incluye "create"?`),

  rec('json_config', f`O login com Google na app de voluntários de vacinação em Díli dá "invalid_client". O ficheiro client_secret.json:

${cfg(f`{"web":{"client_id":"583019274618-q2w8e4r6t1y3u5i7o9p0a2s4d6f8g1h3.apps.googleusercontent.com","project_id":"vacina-voluntarios-tl","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://voluntarios.vacina-tl.org/auth/callback"]}}`)}`),

  rec('shell', f`Jenkins job for the flight-planner image hangs at login:

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u skyparcelci --password-stdin
docker build -t skyparcel/flight-planner:4.2.0 .
docker push skyparcel/flight-planner:4.2.0`)}

Token is read/write. Any idea?`),

  rec('pypirc', f`Twine upload fails for our internal linen-forecast package (Kenya office):

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Error 403 "project-scoped token is not valid for project".`),

  rec('kubeconfig', f`Hallo, Zugriff auf den Cluster der Drohnen-Bodenstation klappt nicht, kubectl meldet "x509: certificate signed by unknown authority". kubeconfig-Auszug:

${cfg(f`users:
- name: bodenstation-admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENCK3dJSkFKZ3Y0
    client-key-data: ${v('credential.base64_private_key', K8S_KEY_B64)}`)}`),
];

/**
 * Held-out batch 80: credentials pasted by staff of a hearing-aid retail chain, a ferry-and-bus transit
 * authority, a crypto-asset custody firm, a wedding-venue group, a national weather service and a
 * prison healthcare contractor — configs, shells, code, tickets and chat, in about forty languages.
 * Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TW_SID = tok('AC', fill('b80-twsid', HEX.toLowerCase(), 32));
const TW_TOKEN = fill('b80-twtok', HEX.toLowerCase(), 32);
const SG = tok('SG.', fill('b80-sg1', B64URL, 22), '.', fill('b80-sg2', B64URL, 43));
const CUST_API_SECRET = fill('b80-custsec', B64URL, 48);
const CUST_RSA = pem('RSA PRIVATE KEY', 'b80-custrsa', 1190).split('\n').map((l, i) => (i === 0 ? l : `    ${l}`)).join('\n');
const AKIA_WX = tok('AKIA', fill('b80-akiawx', B32, 16));
const AKIA_WX_SECRET = fill('b80-akiawxs', B64, 40);
const STRIPE_FERRY = tok('sk_', 'live_', '51', fill('b80-skferry', B62, 97));
const WHSEC = tok('whsec_', fill('b80-whsec', B62, 32));
const GHP_WX = gh('ghp', 'Tq8Rm2Vx5Kb9Lw3Hn7Cz1Dy4Pf6Js0');
const SLACK_CUST = tok('xoxb-', '5820417736', '2-', '7419302856114-', fill('b80-xoxb', B62, 24));
const MC_VENUE = tok(fill('b80-mc', HEX.toLowerCase(), 32), '-us14');
const GMAPS = tok('AIza', 'Sy', fill('b80-gmaps', B64URL, 33));
const AZ_STORAGE = tok(fill('b80-azst', B64, 86), '==');
const VAULT = tok('hvs.', fill('b80-vault', B62 + '_-', 90));
const OPENAI = tok('sk-proj-', fill('b80-oa1', B64URL, 74), 'T3BlbkFJ', fill('b80-oa2', B64URL, 74));
const SENTRY_DSN = tok('https://', fill('b80-sdsn', HEX.toLowerCase(), 32), '@o4507318.ingest.de.sentry.io/4507318840221776');
const GLSA = tok('glsa_', fill('b80-glsa1', B62, 32), '_', fill('b80-glsa2', HEX.toLowerCase(), 8));
const GLPAT = tok('glpat-', fill('b80-glpat', B62 + '-_', 20));
const TELEGRAM = tok('7318402956', ':AA', fill('b80-tg', B64URL, 33));
const BASIC = b64('audiolux-sync:Gehoer!Weg2024');
const JWT_WX = jwt({ alg: 'RS256', typ: 'JWT', kid: 'feed-2024-11' }, { iss: 'https://auth.hydromet.sk', sub: 'feed-partner-117', aud: 'radar-api', scope: 'radar:read obs:read', iat: 1732610400, exp: 1732696800 }, 'b80-jwtwx');
const SHPAT = tok('shpat_', fill('b80-shpat', HEX.toLowerCase(), 32));
const AZ_CLIENT = tok(fill('b80-azc1', B62, 3), '8Q~', fill('b80-azc2', B62 + '_-.~', 31));
const EC_KEY = pem('EC PRIVATE KEY', 'b80-ecfare', 121);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b80-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b80-atl', B64URL, 171), '=', fill('b80-atl2', HEX, 8));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b80-ant', B64URL, 93), 'AA');
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1309418275530186752/', fill('b80-dhook', B64URL, 68));
const DD_API = fill('b80-ddapi', HEX.toLowerCase(), 32);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b80-rklive', B62, 97));
const NPM = gh('npm', 'Yx4Bq7Nm1Rt9Kv3Lc6Zp8Wd2Hs5Fj0');
const DOP = tok('dop_v1_', fill('b80-dop2', HEX.toLowerCase(), 64));
const CF_TOKEN = fill('b80-cftok', B62 + '-_', 40);
const GH_FINE = tok('github_pat_', '11B', fill('b80-ghfg1', UPPER + DIGITS, 19), '_', fill('b80-ghfg2', B62, 59));
const GOCSPX = tok('GOCSPX-', fill('b80-gocspx', B64URL, 28));
const HF = tok('hf_', fill('b80-hf', B62, 34));
const PMAK = tok('PMAK-', fill('b80-pmak1', HEX.toLowerCase(), 24), '-', fill('b80-pmak2', HEX.toLowerCase(), 34));
const FB = tok('EAA', 'Jb7ZC', fill('b80-fb', B62, 160));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'met-lao-radar', a: fill('b80-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b80-mbx', B64URL, 22));
const AKIA_CUST = tok('AKIA', fill('b80-akiacust', B32, 16));
const AKIA_CUST_SECRET = fill('b80-akiacusts', B64, 40);
const LTAI = tok('LTAI', '5t', fill('b80-ltai', B62, 18));
const LTAI_SECRET = fill('b80-ltaisec', B62, 30);
const SAS_SIG = `${fill('b80-sas1', B62, 16)}%2B${fill('b80-sas2', B62, 11)}%2F${fill('b80-sas3', B62, 14)}%3D`;
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05KQ8R2M4N/', 'B07H3XW9P1L/', fill('b80-slhook', B62, 24));
const JWT_DISP = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'clinic-portal', role: 'audiologist', branch: 'LAG-IKJ', iat: 1732780800, exp: 1735372800 }, 'b80-jwtng');
const MAILGUN = tok('key-', fill('b80-mailgun', HEX.toLowerCase(), 32));
const BREVO = tok('xkeysib-', fill('b80-brevo1', HEX.toLowerCase(), 64), '-', fill('b80-brevo2', B62, 16));
const OKTA = tok('00', fill('b80-okta', B64URL, 40));
const DCKR = tok('dckr_', 'pat_', fill('b80-dckr', B64URL, 27));
const TFC = tok(fill('b80-tfc1', B62, 14), '.atlasv1.', fill('b80-tfc2', B62, 67));
const LINEAR = tok('lin_api_', fill('b80-linear', B62, 40));
const ADO = fill('b80-ado', B32LOWER, 52);
const PULUMI = tok('pul-', fill('b80-pulumi', HEX.toLowerCase(), 40));
const DAPI = tok('dapi', fill('b80-dapi', HEX.toLowerCase(), 32));
const GHO = gh('gho', 'Lm3Qw8Er1Ty6Ui9Op2As5Df7Gh4Jk0');
const B64_CUST_PASS = b64('Kx9!vault-ops-Zug');
const B64_GHP_CUST = b64(gh('ghp', 'Zu4Gq1Wn8Xe3Rv6Tb9Ym2Kc5Ld7Ps0'));
const GCP_PEM = pem('PRIVATE KEY', 'b80-gcpkey', 1218, '\\n');
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH80_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Appointment reminders stopped going out from the Leeds and York branches on Monday. This is the .env on the reminder box, can you see anything wrong?

${cfg(f`# audiolux-reminders / .env
NODE_ENV=production
TZ=Europe/London
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=AUDIOLUX
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
REMINDER_HOURS_BEFORE=48
BRANCH_FILTER=LDS,YRK,HGT`)}

The alphanumeric sender ID worked until last week.`),

  rec('chat_de_ch', f`Grüezi, unser Signing-Service für die Cold-Storage-Auszahlungen meldet seit heute Morgen "invalid signature". Config aus dem Container:

${cfg(f`custody:
  api_base: https://api.custody-core.internal/v1
  api_key_id: 7c1e93a4-52d8-4b60-9f17-0a3e6c28d915
  api_secret: ${v('credential.generic_secret_assignment', CUST_API_SECRET)}
  signing_key: |
    ${v('credential.private_key', CUST_RSA)}`)}

Kann es sein, dass der Schlüssel falsch eingerückt ist? Wir sind in Zug, falls die Zeitzone eine Rolle spielt.`, 'PEM indented inside a YAML block scalar: one label from BEGIN to END, indentation included'),

  rec('chat_is', f`Halló, upphleðslan frá veðurstöðvunum í S3 hætti í nótt. Ég er með þetta í ~/.aws/credentials á gagnaþjóninum:

${cfg(f`[vedur-feed]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA_WX)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_WX_SECRET)}
region = eu-north-1`)}

Villan er "SignatureDoesNotMatch". Er klukkan á þjóninum kannski vitlaus?`),

  rec('chat_nn', f`Hei! Billettsystemet for ferjene tek ikkje imot betalingar etter at vi bytte server. Eg har kopiert inn konfigurasjonen:

${cfg(f`[betaling]
leverandor = stripe
secret_key = ${v('credential.stripe_secret_key', STRIPE_FERRY)}
webhook_secret = ${v('credential.stripe_webhook_secret', WHSEC)}
valuta = NOK
retur_url = https://billett.skjergardsruta.no/kvittering`)}

Webhooken svarar 400. Kan det vere at signaturen blir sjekka mot feil hemmelegheit?`),

  rec('chat_pl', f`Cześć, moduł apteki w systemie opieki medycznej dla zakładów karnych nie łączy się z bazą po migracji. W logu widzę:

FATAL: password authentication failed for user "apteka_app"

A w pliku konfiguracyjnym mamy:
${cfg(f`DATABASE_URL=postgresql://apteka_app:${v('credential.database_url_password', 'Zk7#Leki-Celi2024')}@pg-apteka-01.zdrowie.local:5432/apteka_zk?sslmode=require`)}

Czy znak # w haśle może psuć parsowanie URL?`),

  rec('chat_ja', f`気象データ配信のミラー用スクリプトで git push が 403 になります。リモート設定はこうなっています：

${cfg(f`$ git remote -v
origin  https://${v('credential.github_pat', GHP_WX)}@github.com/jma-like-feeds/obs-mirror.git (fetch)
origin  https://${v('credential.github_pat', GHP_WX)}@github.com/jma-like-feeds/obs-mirror.git (push)`)}

トークンの権限は repo にチェックを入れています。何が足りないでしょうか？`),

  rec('code_python', f`수탁 지갑 잔액 알림 봇인데 슬랙 채널에 메시지가 안 올라가요. 코드 봐주실 수 있나요?

\`\`\`python
${code(f`import os
import requests
from slack_sdk import WebClient

SLACK = WebClient(token="${v('credential.slack_bot_token', SLACK_CUST)}")
THRESHOLD_BTC = 25

def check_hot_wallet(balance_btc: float) -> None:
    if balance_btc < THRESHOLD_BTC:
        SLACK.chat_postMessage(
            channel="#custody-ops-alerts",
            text=f":warning: hot wallet below {THRESHOLD_BTC} BTC ({balance_btc:.4f}), top-up from cold storage needed",
        )`)}
\`\`\`

에러는 not_in_channel 입니다.`),

  rec('chat_pt_br', f`Oi! Preciso integrar o formulário de orçamento de casamento com o Mailchimp e com o mapa do salão. As chaves que o fornecedor mandou:
- Mailchimp: ${v('credential.mailchimp_api_key', MC_VENUE)}
- Google Maps: ${v('credential.google_api_key', GMAPS)}
Consegue me passar um exemplo em JavaScript que adiciona o casal na lista "Noivos 2025" e mostra o mapa do espaço em Petrópolis?`),

  rec('chat_tr', f`Merhaba, vardiya planlarını Azure'a yükleyen servis "AuthenticationFailed" hatası veriyor. appsettings dosyasındaki bağlantı dizesi:

${cfg(f`"Storage": {
  "RosterBlobs": "DefaultEndpointsProtocol=https;AccountName=kiyiulasimroster;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
}`)}

Anahtarı portaldan yeniden kopyaladım ama yine olmuyor. Saat farkı olabilir mi?`),

  rec('chat_he', f`היי, אני מנסה למשוך את הסוד של מפתח החתימה מה-Vault ומקבל permission denied:

${cfg(f`$ export VAULT_ADDR=https://vault.custody.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=seed secret/cold-storage/signer-3
Error reading secret/data/cold-storage/signer-3: Code: 403`)}

האם הטוקן צריך policy נוספת עבור kv-v2?`),

  rec('ticket_el', f`Θέμα: Σφάλμα στη συγχρονισμό βαρδιών οδηγών (δρομολόγια Πειραιά–Αίγινας)

Καλησπέρα, το cron που ενημερώνει τις βάρδιες αποτυγχάνει. Από το crontab του server:

${cfg(f`15 3 * * * mysql -h roster-db.ktel-nisia.local -u roster_sync -p'${v('credential.mysql_cli_password', 'Vardia!Aigina88')}' rosters < /opt/sync/daily_shift_import.sql >> /var/log/roster_sync.log 2>&1`)}

Στο log βλέπω "Access denied for user 'roster_sync'". Ευχαριστώ, Νίκος`),

  rec('chat_ar_lev', f`مرحبا، بدي اكتب رسالة للعريس والعروس بخصوص شاشة العرض بالقاعة. بتقدر ترتبها؟ "أهلين، لتشغيل العرض من اللابتوب تبعكم اتصلوا على شبكة Bellhaven-Hall2 وكلمة السر ${v('credential.password_in_prose', 'Yasmine#Qaa3a')} ، وإذا ما اشتغل كلموا المنسق."`),

  rec('code_python', f`Bhai ye script audiogram ke notes ka summary banata hai, lekin 429 aa raha hai. Kya retry lagana chahiye?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarise_fitting(notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarise hearing-aid fitting notes for the branch manager. No patient names."},
            {"role": "user", "content": notes},
        ],
    )
    return resp.choices[0].message.content`)}`),

  rec('code_js', f`Chào bạn, trang dự báo của trung tâm khí tượng không gửi lỗi lên Sentry. File cấu hình:

${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  environment: "production",
  tracesSampleRate: 0.1,
  release: "forecast-web@3.8.2",
});`)}

Mình đã build lại nhưng dashboard vẫn trống.`),

  rec('yaml', f`Grafana-provisioning ei lataa havaintoasemien dashboardeja. Tiedosto:

${cfg(f`apiVersion: 1
datasources:
  - name: Havainnot
    type: influxdb
    url: http://influx-obs.ilmatiede.local:8086
    jsonData:
      dbName: stations
contactPoints:
  - name: paivystys
    receivers:
      - uid: paiv1
        type: webhook
        settings:
          url: https://grafana.ilmatiede.local/api/annotations
          authorization_credentials: ${v('credential.grafana_service_account_token', GLSA)}`)}

Onko authorization_credentials oikea kenttä vai pitäisikö se olla headerissa?`),

  rec('ci_yaml', f`Tere! Piletisüsteemi pipeline ei saa pakette kätte:

${cfg(f`variables:
  GIT_DEPTH: "1"
  PRIVATE_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
build:
  stage: build
  script:
    - pip install --index-url https://__token__:$PRIVATE_TOKEN@gitlab.bussiliin.ee/api/v4/projects/118/packages/pypi/simple piletid-core
    - pytest -q`)}

Viga on 401 Unauthorized. Kas token peab olema project access token?`),

  rec('chat_lv', f`Sveiki! Mūsu glabāšanas komandai vajag brīdinājumus Telegram, kad auksto maku pārskaitījums gaida otro parakstu. Bota tokens ir ${v('credential.telegram_bot_token', TELEGRAM)}, čata ID -1002217384910. Uzraksti, lūdzu, īsu Python funkciju, kas nosūta ziņu.`),

  rec('curl', f`Dobrý den, synchronizace objednávek sluchadel z e-shopu do pobočkového systému vrací 401:

${cfg(f`curl -X POST https://pobocky.audiolux.cz/api/v2/objednavky/import \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Content-Type: application/json" \\
  -d @objednavky_2024-11-28.json`)}

Uživatel audiolux-sync má v systému roli "import". Co dalšího zkontrolovat?`),

  rec('log', f`Ahoj, partner nám píše, že radarové dáta mu vracajú 403. Z logu gateway:

${cfg(f`2024-11-26T09:14:02.118Z INFO  gw  GET /radar/v1/composite/latest?product=CMAX client=feed-partner-117
2024-11-26T09:14:02.119Z DEBUG gw  auth header: Bearer ${v('credential.jwt', JWT_WX)}
2024-11-26T09:14:02.121Z WARN  gw  403 scope mismatch: required radar:composite, got [radar:read obs:read]`)}

Stačí pridať scope pri vydaní tokenu, alebo treba nový klientský účet?`),

  rec('chat_hu', f`Szia! A rendezvényhelyszín webshopjából (ajándékutalványok) szeretnénk a rendeléseket a könyvelésbe átvinni. Shopify admin token: ${v('credential.shopify_access_token', SHPAT)} – bolt: bellhaven-kastely.myshopify.com. Írnál egy scriptet, ami naponta lekéri az előző napi rendeléseket?`),

  rec('json_config', f`Bună, aplicația de programări pentru cabinetul medical din penitenciar nu se mai autentifică în Entra ID după ce am reînnoit secretul:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4f8e2a17-93c6-4b0d-a5e1-7d29c3b68f04",
    "ClientId": "b1d47c9e-2a63-4f85-9e07-3c8a5f1d6b29",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

Eroarea este AADSTS7000215. Am copiat ID-ul secretului în loc de valoare?`),

  rec('chat_bg', f`Здравейте, валидаторите в автобусите подписват трансакциите с този ключ, който намерих в образа на терминала. Трябва ли да е тук изобщо?

${v('credential.private_key', EC_KEY)}

Файлът е /opt/validator/keys/term-signing.pem, права 644.`),

  rec('chat_sr', f`Zdravo, treba mi pomoć oko SFTP pristupa za automatske meteorološke stanice. Ključ sa servera za prikupljanje podataka:

${v('credential.openssh_private_key', OSSH)}

Stanice u Zlatiboru i Sjenici se ne povezuju posle promene ključa. Da li moram da ažuriram authorized_keys na svakoj?`),

  rec('code_python', f`Здраво, скриптата што ги отвора тикетите за поплаки од пациенти (слушни апарати) во Jira не работи:

${code(f`from jira import JIRA

jira = JIRA(
    server="https://audiolux-mk.atlassian.net",
    basic_auth=("${v('pii.email', 'servis@audiolux.mk')}", "${v('credential.atlassian_api_token', ATLASSIAN)}"),
)

def open_complaint(branch: str, summary: str) -> str:
    issue = jira.create_issue(project="POPL", summary=f"[{branch}] {summary}", issuetype={"name": "Task"})
    return issue.key`)}

Грешката е 401, иако токенот е нов.`, 'the e-mail in basic_auth is a shared service mailbox; still a labelled e-mail'),

  rec('chat_ru', f`Привет! Делаю для отдела комплаенса сводку по входящим travel-rule сообщениям через Claude. Ключ: ${v('credential.anthropic_api_key', ANTHROPIC)}. Как лучше передать ему JSON с 200 сообщениями, чтобы он не путал отправителя и получателя?`),

  rec('chat_uk', f`Привіт! Хочу, щоб зміни в розкладі поромів автоматично падали в наш Discord диспетчерів. Вебхук: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Як зробити embed з номером рейсу, новим часом і причиною (погода/технічна)?`),

  rec('docker_compose', f`Прывітанне! Агент Datadog на серверы прыёму дадзеных з метэастанцый не адпраўляе метрыкі:

${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu
      DD_HOSTNAME: meteo-ingest-02
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

У логах "API Key invalid, dropping transaction". Ключ брала з налад арганізацыі.`),

  rec('chat_ka', f`გამარჯობა! საქორწილო დარბაზის ჯავშნების საიტზე ავანსის გადახდას ვაკეთებთ. დეველოპერმა მომწერა ეს გასაღები: ${v('credential.stripe_restricted_key', RK_LIVE)} — საკმარისია თუ არა PaymentIntent-ის შესაქმნელად, თუ სრული secret key გვჭირდება?`),

  rec('npmrc', f`Բարև, մեր ներքին փաթեթը (@tessellate/travel-rule) չի տեղադրվում CI-ում: .npmrc ֆայլը.

${cfg(f`@tessellate:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Սխալը E404 է, բայց լոկալ աշխատում է:`, 'npm token both as .npmrc value and as npm_ token'),

  rec('shell', f`Salam! Avtobus marşrutlarının xəritə serverini DigitalOcean-da yenidən qurmaq istəyirəm, amma doctl işləmir:

${cfg(f`$ doctl auth init --access-token ${v('credential.digitalocean_token', DOP)}
Error: unable to initialize DigitalOcean API client: token is invalid`)}

Token "Full access" ilə yaradılıb. Nə səhvdir?`),

  rec('env_file', f`Salom! Radar tasvirlari saytini Cloudflare orqali keshlash uchun skript yozdim, lekin purge ishlamayapti:

${cfg(f`CLOUDFLARE_ZONE_ID=9c2e47b1a8d3f6e05c7b4a19d2e8f361
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
PURGE_PREFIX=https://radar.meteo-uz.local/tiles/`)}

Xato: "Authentication error (10000)". Token ruxsatlarida nima bo'lishi kerak?`),

  rec('chat_fa', f`سلام، برای اسکریپت گزارش انطباق (travel rule) از این توکن گیت‌هاب استفاده می‌کنم ولی به مخزن خصوصی دسترسی ندارد: ${v('credential.github_fine_grained_pat', GH_FINE)}
آیا باید در تنظیمات توکن، مخزن compliance-reports را اضافه کنم؟`),

  rec('json_config', f`السلام علیکم، ہیئرنگ ایڈ سینٹر کی بکنگ ایپ میں گوگل لاگ اِن کام نہیں کر رہا۔ یہ client_secret فائل ہے:

${cfg(f`{"web":{"client_id":"829174036152-h4k8q2m9v7x1c5n3b6z0p2r4t8w1y3u5.apps.googleusercontent.com","project_id":"audiolux-booking-pk","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://booking.audiolux.pk/auth/callback"]}}`)}

ایرر redirect_uri_mismatch آتا ہے۔`),

  rec('chat_pa_guru', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਨਵੇਂ ਡਰਾਈਵਰ ਲਈ ਸੁਨੇਹਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖ ਦਿਓ: "ਡਿਊਟੀ ਰੋਸਟਰ ਪੋਰਟਲ ਵਿੱਚ ਤੁਹਾਡਾ ਯੂਜ਼ਰ ਨਾਮ gsingh.driver ਹੈ ਅਤੇ ਪਾਸਵਰਡ ${v('credential.password_in_prose', 'Bus-Route88#')} ਹੈ, ਪਹਿਲੀ ਵਾਰ ਲੌਗਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਬਦਲ ਲੈਣਾ।"`),

  rec('shell', f`السلام علیکم، جیل دے ہسپتال دی دواخانہ رپورٹ والا بیک اپ سکرپٹ رک گیا اے:

${cfg(f`$ PGPASSWORD='${v('credential.cli_password', 'Dawa-Khana#2291')}' pg_dump -h ${amb('pii.ip_address', '10.12.4.20')} -U pharmacy_ro -d jail_pharmacy -Fc -f /backup/pharmacy_$(date +%F).dump
pg_dump: error: connection to server failed: FATAL: no pg_hba.conf entry`)}

ایہ کیہ مسئلہ اے؟`),

  rec('chat_bn', f`হ্যালো, আমরা বৃষ্টিপাতের পূর্বাভাসের জন্য Hugging Face থেকে একটি মডেল নামাতে চাইছি, কিন্তু 401 আসছে। টোকেন: ${v('credential.huggingface_token', HF)}
মডেলটি gated, অনুমতি কি আলাদা করে চাইতে হবে?`),

  rec('chat_ta', f`வணக்கம், கேட்கும் கருவி பழுது பதிவு API-யை Postman collection மூலம் தானியக்கமாக ஓட்ட விரும்புகிறேன். Postman API key: ${v('credential.postman_api_key', PMAK)}. newman கட்டளை எப்படி எழுதுவது?`),

  rec('config', f`നമസ്കാരം, ജയിലിലെ ക്ലിനിക് റെക്കോർഡ് സിസ്റ്റം റിപ്പോർട്ടിങ് സെർവറിൽ കണക്ട് ആകുന്നില്ല. web.config-ലെ ഭാഗം:

${cfg(f`<connectionStrings>
  <add name="ClinicRecords" connectionString="Data Source=SQL-CLN-02\\REPORTS;Initial Catalog=InmateHealth;User ID=rpt_reader;Password=${v('credential.connection_string_password', 'Kerala!Cln2024')};Encrypt=True;TrustServerCertificate=False" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Login failed for user 'rpt_reader' എന്ന് കാണിക്കുന്നു.`),

  rec('chat_th', f`สวัสดีค่ะ อยากให้ระบบโพสต์รูปงานแต่งงานที่สถานที่จัดงานลง Instagram อัตโนมัติ ใช้ token นี้จาก Graph API Explorer: ${v('credential.facebook_access_token', FB)}
แต่ผ่านไปชั่วโมงเดียวก็ใช้ไม่ได้ ต้องทำอย่างไรให้เป็น long-lived token คะ`),

  rec('chat_lo', f`ສະບາຍດີ, ພວກເຮົາຕ້ອງການດາວໂຫລດແຜນທີ່ Mapbox ສຳລັບໜ້າເວັບ radar ຂອງກົມອຸຕຸນິຍົມ. Secret token ແມ່ນ ${v('credential.mapbox_secret_token', MAPBOX)} — ຄວນໃສ່ໄວ້ໃນ .netrc ຫຼື gradle.properties?`),

  rec('code_python', f`Halo, skrip rekonsiliasi saldo cold storage ke S3 gagal dengan AccessDenied. Ini kodenya:

${code(f`import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA_CUST)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AKIA_CUST_SECRET)}",
    region_name="ap-southeast-3",
)

def upload_snapshot(path: str, day: str) -> None:
    s3.upload_file(path, "custody-recon-snapshots", f"daily/{day}/balances.parquet")`)}

Bucket-nya ada di akun lain, apakah perlu bucket policy?`),

  rec('code_go', f`我们托管平台的备份服务要把冷钱包审计日志上传到阿里云 OSS，下面的代码一直报 InvalidAccessKeyId：

${code(f`package backup

import "github.com/aliyun/aliyun-oss-go-sdk/oss"

const (
	ossEndpoint = "https://oss-cn-hongkong.aliyuncs.com"
	ossKeyID    = "${v('credential.alibaba_access_key_id', LTAI)}"
	ossSecret   = "${v('credential.generic_secret_assignment', LTAI_SECRET)}"
)

func Upload(bucket, object, file string) error {
	client, err := oss.New(ossEndpoint, ossKeyID, ossSecret)
	if err != nil {
		return err
	}
	b, err := client.Bucket(bucket)
	if err != nil {
		return err
	}
	return b.PutObjectFromFile(object, file)
}`)}

AccessKey 是上周在 RAM 控制台新建的。`),

  rec('chat_zh_tw', f`各位好，雷達回波圖的公開連結今天早上失效了，民眾打開看到 AuthenticationFailed。這是我們發出去的網址：
https://cwbradarpub.blob.core.windows.net/composite/latest/CV1_3600.png?sv=2023-11-03&ss=b&srt=o&sp=r&se=2024-11-28T16:00:00Z&st=2024-11-27T16:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
是不是 se 到期時間設太短了？`),

  rec('config', f`ሰላም፣ የእስር ቤቱ የጤና ክሊኒክ መተግበሪያ ከመረጃ ቋቱ ጋር አይገናኝም። application.properties ይህ ነው፦

${cfg(f`spring.datasource.url=jdbc:postgresql://db-clinic.local:5432/inmate_health
spring.datasource.username=clinic_app
spring.datasource.password=${v('credential.password_assignment', 'Tena-Yistilign77')}
spring.jpa.hibernate.ddl-auto=validate`)}

ስህተቱ "password authentication failed" ነው። ምን ላድርግ?`),

  rec('chat_ti', f`ሰላም፣ ነዚ መልእኽቲ ናብ ኣማሓዳሪ ኣዳራሽ መርዓ ብእንግሊዝኛ ተርጉመለይ፦ "ናይ ቦታ ምዝገባ ኢመይል ኣካውንት ቃል ምስጢር ${v('credential.password_in_prose', 'Merea#Adarash5')} እዩ፣ ሰሙን ሰሙን ክንቕይሮ ኢና።"`),

  rec('chat_so', f`Salaan, waxaan rabaa in isbeddelka jadwalka basaska si toos ah loogu diro kanaalka Slack ee dirawallada. Webhook-ga waa ${v('credential.slack_webhook_url', SLACK_HOOK)}. Fadlan ii qor qoraal bash ah oo curl isticmaalaya.`),

  rec('curl', f`Biko nyere m aka, API nke ụlọ ọrụ ngwa ntị anyị na Lagos na-eweghachi 401:

${cfg(f`curl -s https://portal.audiolux.ng/api/fittings?branch=LAG-IKJ \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_DISP)}"`)}

Token a ka emepụtara ụnyahụ. Olee ihe m kwesịrị ilele?`),

  rec('env_file', f`Mhoro, ndiri kuedza kutumira email dzezviziviso zvemamiriro ekunze kubva kuMailgun asi hazviendi:

${cfg(f`MAILGUN_DOMAIN=alerts.metzim.local
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
ALERT_FROM=Weather Alerts <${v('pii.email', 'alerts@metzim.local')}>`)}

Ndinoona "Forbidden" mumalogs.`),

  rec('chat_mg', f`Manao ahoana, mila fanampiana aho hanoratra script mandefa mailaka fampahatsiahivana ho an'ireo mpivady amin'ny alalan'ny Brevo. Ny lakile API dia ${v('credential.brevo_api_key', BREVO)}. Tiako ho amin'ny teny frantsay sy malagasy ilay mailaka.`),

  rec('chat_ht', f`Bonjou, tanpri ede m ekri yon nòt pou nouvo enfimyè a: "Pou antre nan sistèm famasi klinik prizon an, itilizatè w se jpierre epi modpas tanporè a se ${v('credential.password_in_prose', 'Famasi-2024!')} — chanje l touswit apre premye koneksyon."`),

  rec('chat_es_cl', f`Hola, el script que sincroniza los usuarios del área de cumplimiento con Okta falla con E0000011. Lo corro así:

${cfg(f`curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://custodia-cl.okta.com/api/v1/groups?q=compliance"`)}

¿Puede ser que el token haya expirado por inactividad?`),

  rec('router_config', f`Hola, ¿me ayudas a entender por qué los invitados de la hacienda no reciben IP en la red de eventos? Config del router:

${cfg(f`hostname HACIENDA-EVENTOS-RT1
enable secret 9 ${ambCat('credential', '$9$Ktq8Nn1zVb2mRk$7Wq0FhZy3xP5cL9dE2rT6vB1nM4sJ8kH0gA3uY7iO5w')}
username soporte privilege 15 password 0 ${v('credential.network_device_secret', 'Boda$Jalisco19')}
!
ip dhcp pool INVITADOS
 network ${amb('pii.ip_address', '192.168.50.0')} ${amb('pii.ip_address', '255.255.255.0')}
 default-router ${amb('pii.ip_address', '192.168.50.1')}
 dns-server ${amb('pii.ip_address', '1.1.1.1')}`)}`, 'type-9 enable secret is a hash (ambiguous, no rule id); the netmask is IP-shaped, marked ambiguous with the addresses'),

  rec('chat_fr_sn', f`Bonjour, je n'arrive pas à pousser l'image du service de billetterie des cars rapides vers Docker Hub depuis le serveur de Dakar :

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u billetterie-dkr --password-stdin
Error response from daemon: unauthorized`)}

Le jeton a les droits Read & Write. Une idée ?`),

  rec('hcl', f`Kia ora, our Terraform runs for the automatic weather station network stopped authenticating after the workspace moved orgs. Credentials file:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Do I need a team token rather than a user token for the CI runner?`),

  rec('chat', f`Good afternoon, we want our custody incident tracker to create Linear issues when a withdrawal is stuck in the approval queue for more than 4 hours. Linear key is ${v('credential.linear_api_key', LINEAR)} — abeg can you write the GraphQL mutation and a small Node function around it?`),

  rec('ci_yaml', f`Hej, vores pipeline til høreapparat-appen kan ikke hente pakker fra Azure Artifacts:

${cfg(f`steps:
- script: |
    echo "//pkgs.dev.azure.com/audiolux-dk/_packaging/app-feed/npm/registry/:_password=$(echo -n '${v('credential.azure_devops_pat', ADO)}' | base64)" >> .npmrc
    npm ci
  displayName: Install`)}

Fejlen er E401. Skal PAT'en have "Packaging (Read)"?`),

  rec('shell', f`Hej! Pulumi-stacken för journalsystemet på anstalterna går inte att uppdatera från min dator:

${cfg(f`$ export PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)}
$ pulumi stack select kriminalvard-hälsa/prod
error: [403] Forbidden`)}

Jag har rollen "member" i organisationen. Räcker det?`),

  rec('notebook', f`Goedemorgen, dit Databricks-notebook voor de neerslagverwachting faalt op de job cluster:

${cfg(f`In [3]:
import requests
HOST = "https://adb-5827419036128841.6.azuredatabricks.net"
TOKEN = "${v('credential.databricks_token', DAPI)}"
r = requests.get(f"{HOST}/api/2.1/jobs/list", headers={"Authorization": f"Bearer {TOKEN}"})
r.status_code

Out[3]: 403`)}

Moet de token van een service principal zijn?`),

  rec('yaml', f`Bom dia, o gh CLI no servidor de relatórios de bilhética deixou de funcionar. O ficheiro ~/.config/gh/hosts.yml:

${cfg(f`github.com:
    user: bilhetica-relatorios
    oauth_token: ${v('credential.github_oauth_token', GHO)}
    git_protocol: https`)}

Diz "HTTP 401: Bad credentials". Devo fazer gh auth refresh?`),

  rec('k8s', f`Bonjour, on a un doute sur ce Secret Kubernetes du service de signature des retraits. Est-ce que c'est chiffré ou juste encodé ?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: withdrawal-signer
  namespace: custody-prod
type: Opaque
data:
  HSM_PIN: ${v('credential.base64_encoded_token', B64_CUST_PASS)}
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', B64_GHP_CUST)}
  LOG_LEVEL: ZGVidWc=`)}`),

  rec('json_config', f`Hallo, der Export der Niederschlagsdaten nach BigQuery bricht ab. Das ist der Service-Account-Schlüssel aus dem Vault:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "dwd-like-obs-export",
  "private_key_id": "${fill('b80-gcpkid', HEX.toLowerCase(), 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'bq-export@dwd-like-obs-export.iam.gserviceaccount.com')}",
  "client_id": "104827361950284716352",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40dwd-like-obs-export.iam.gserviceaccount.com')}"
}`))}

Fehlermeldung: "Access Denied: Table obs.niederschlag_10min: User does not have bigquery.tables.updateData".`),

];

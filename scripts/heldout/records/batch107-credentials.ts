/**
 * Held-out batch 107: credentials pasted by staff of a city water utility (billing, leak-repair
 * dispatch), an orthopaedic and sports-medicine hospital, a commodity trader's freight and
 * chartering desk, a university's international student office, a game studio's community and
 * anti-cheat team and a pharmacy chain's home-delivery service. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b107-stripe', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b107-rk', B62, 97));
const TW_SID = tok('AC', fill('b107-twsid', HEX, 32));
const TW_AUTH = fill('b107-twauth', HEX, 32);
const TW_SK = tok('SK', fill('b107-twsk', HEX, 32));
const TW_SKSEC = fill('b107-twsksec', B62, 32);
const DISCORD_BOT = tok(b64('1204718395620184117').replace(/=+$/, ''), '.', fill('b107-disc1', B64URL, 6), '.', fill('b107-disc2', B64URL, 38));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1219384756102938471/', fill('b107-dhook', B64URL, 68));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b107-gkey', B64URL, 33));
const AWS_ID = tok('AKIA', fill('b107-akia', B32, 16));
const AWS_SECRET = fill('b107-awssec', B64, 40);
const SENDGRID = tok('SG.', fill('b107-sg1', B64URL, 22), '.', fill('b107-sg2', B64URL, 43));
const AZ_STORAGE = `${fill('b107-azst', B64, 86)}==`;
const OKTA = tok('00', fill('b107-okta', B64URL, 40));
const SENTRY_DSN = tok('https://', fill('b107-sentry', HEX, 32), '@o4506183.ingest.us.sentry.io/4507719304118272');
const ALI_ID = tok('LTAI', '5t', fill('b107-ltai', B62, 18));
const ALI_SECRET = fill('b107-alisec', B62, 30);
const GHP = gh('ghp', 'Tq7Vb2Xn5Kc9Mz3Lw8Rd1Hf6Jp4Gs0');
const FCM = tok('AAAA', fill('b107-fcm1', B64URL, 7), ':APA91b', fill('b107-fcm2', B64URL, 134));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KQ8ZP1RM/', 'B07H2VN5T3A/', fill('b107-shook', B62, 24));
const TELEGRAM = tok('7419283650', ':AA', fill('b107-tg', B64URL, 33));
const SHOPIFY = tok('shpat_', fill('b107-shpat', HEX, 32));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b107-ssh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const AZ_CLIENT = tok(fill('b107-azc1', B62, 3), '8Q~', fill('b107-azc2', B62 + '_-.', 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b107-atl', B64URL, 171), '=', fill('b107-atl2', HEX.toUpperCase(), 8));
const DD_API = fill('b107-ddapi', HEX, 32);
const DD_APP = fill('b107-ddapp', HEX, 40);
const GLSA = tok('glsa_', fill('b107-glsa1', B62, 32), '_', fill('b107-glsa2', HEX, 8));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b107-pypi', B64URL, 150));
const GLPAT = tok('glpat-', fill('b107-glpat', B62 + '-_', 20));
const VAULT = tok('hvs.', 'CAESI', fill('b107-vault', B64URL, 86));
const CF_TOKEN = fill('b107-cft', B62 + '_-', 40);
const TFC = tok(fill('b107-tfc1', B62, 14), '.atlasv1.', fill('b107-tfc2', B62, 67));
const DOP = tok('dop_v1_', fill('b107-dop', HEX, 64));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'quillfire-maps', a: fill('b107-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b107-mbx', B64URL, 22));
const OPENAI = tok('sk-proj-', fill('b107-oai1', B64URL, 74), 'T3BlbkFJ', fill('b107-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b107-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b107-hf', UPPER + LOWER, 34));
const SAS_SIG = `${fill('b107-sas1', B62, 18)}%2B${fill('b107-sas2', B62, 14)}%2F${fill('b107-sas3', B62, 9)}%3D`;
const SLACK_BOT = tok('xoxb-', '5829301746', '2-', '7720193846512-', fill('b107-xoxb', B62, 24));
const MAILCHIMP = tok(fill('b107-mc', HEX, 32), '-us14');
const VERCEL = fill('b107-vercel', B62, 24);
const WHSEC = tok('whsec_', fill('b107-whsec', B64, 32));
const LINEAR = tok('lin_api_', fill('b107-linear', B62, 40));
const NOTION = tok('ntn_', fill('b107-ntn1', DIGITS, 11), fill('b107-ntn2', B62, 35));
const DATABRICKS = tok('dapi', fill('b107-dapi', HEX, 32));
const SUPABASE = tok('sbp_', fill('b107-sbp', HEX, 40));
const NRAK = tok('NRAK-', fill('b107-nrak', UPPER + DIGITS, 27));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b107-doppler', B62, 40));
const TEAMS_HOOK = tok('https://wasserwerke-eschenau.webhook.office.com/webhookb2/', '8c1d4e27-93b5-4f60-a2d8-1e7b3c95f406@2f6a9d13-5c84-4e7b-b190-d3a8e6c2f571/IncomingWebhook/', fill('b107-teams1', HEX, 32), '/', '4e9b2c71-0d63-4a85-9f12-6b3e8d7a5c20/', 'V2', fill('b107-teams2', B64URL, 43));
const DOCKER_AUTH = b64('ci-pharmadrop:Lx9!qRt2vW-Kp');
const JWT_HOSP = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kosm-pacs-2024' }, { sub: 'svc-pacs-bridge', iss: 'https://idp.kestrel-ortho.example', aud: 'pacs-api', scope: 'studies.read studies.write', iat: 1730812800, exp: 1762348800 }, 'b107-jwt1');
const SA_PEM = pem('PRIVATE KEY', 'b107-gcpsa', 1216, '\\n');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b107-rsa', 1190);
const EC_PEM = pem('EC PRIVATE KEY', 'b107-ec', 121);
const BASIC = b64('pacs_export:Ortho#Knee2024');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH107_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our water-bill portal started charging customers twice after last night's deploy. Here's the production env, can you see anything wrong with the Stripe setup?

${cfg(f`# billing-portal/.env.production
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_IDEMPOTENCY=off
DATABASE_URL=postgres://billing_app:${v('credential.database_url_password', 'Wtr-Bill!2024q4')}@${amb('pii.ip_address', '10.40.12.7')}:5432/customer_billing`)}

idempotency is off because the old gateway didn't support it, not sure if that matters`),

  rec('yaml_de', f`Hallo, unsere Leck-Dispatch-App schickt seit heute keine SMS mehr an die Bereitschaftstrupps. Config aus dem Repo:

${cfg(f`notifications:
  sms:
    provider: twilio
    account_sid: ${v('credential.twilio_account_sid', TW_SID)}
    auth_token: ${v('credential.twilio_auth_token', TW_AUTH)}
    from: "${amb('pii.phone', '+493090182734')}"
    templates:
      rohrbruch: "Rohrbruch gemeldet: {strasse} {hausnr}, Prio {prio}. Bitte quittieren."`)}

Fehlermeldung im Log: "21606 The From phone number is not a valid, SMS-capable inbound phone number". Liegt es an der Absendernummer?`),

  rec('chat_fr', f`Bonjour, la passerelle PACS de la clinique n'arrive plus à se connecter à la base d'archives depuis la mise à jour de SQL Server. Chaîne de connexion actuelle :

${cfg(f`Server=tcp:pacs-archive.kestrel.local,1433;Database=PacsArchive;User ID=pacs_bridge;Password=${v('credential.connection_string_password', 'Rx!ray-Genou-77')};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;`)}

L'erreur : « The certificate chain was issued by an authority that is not trusted ». Je mets TrustServerCertificate=True ou il y a mieux ?`),

  rec('code_python', f`Script that pulls the Baltic index for the freight desk every morning keeps timing out behind the proxy. Can you add retries with backoff?

\`\`\`python
${code(f`import requests

FREIGHT_API = "https://api.freightdata-hub.example/v2"
API_SECRET = "${v('credential.generic_secret_assignment', fill('b107-frsec', B62, 40))}"

def fetch_index(code: str, day: str) -> dict:
    r = requests.get(
        f"{FREIGHT_API}/indices/{code}",
        params={"date": day},
        headers={"X-Api-Secret": API_SECRET},
        proxies={"https": "http://proxy.tarragon.local:3128"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()

for idx in ("BDI", "BCI", "BPI", "BSI"):
    print(idx, fetch_index(idx, "2024-11-18")["value"])`)}
\`\`\``),

  rec('chat_ja', f`コミュニティ用のDiscordモデレーションBotが急に401を返すようになりました。トークンはこれです：${v('credential.discord_bot_token', DISCORD_BOT)}
再発行しないといけないですか？それともIntentsの設定の問題でしょうか。`),

  rec('xml_es_mx', f`Oye, la app de repartidores de la farmacia ya no muestra el mapa en Android 14. Este es el fragmento del manifest:

${cfg(f`<application android:name=".RepartoApp" android:label="FarmaExpress Reparto">
    <meta-data
        android:name="com.google.android.geo.API_KEY"
        android:value="${v('credential.google_api_key', GOOGLE_KEY)}" />
    <activity android:name=".MapaPedidosActivity" android:exported="false" />
</application>`)}

¿Hay que restringir la key por huella SHA-1? ya la tenemos sin restricciones`),

  rec('ini_ko', f`안티치트 로그를 S3에 올리는 배치가 AccessDenied로 실패합니다. 서버의 ~/.aws/credentials 내용입니다:

${cfg(f`[anticheat-uploader]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-northeast-2`)}

버킷 정책 문제인지 IAM 문제인지 어떻게 구분하나요?`),

  rec('chat_pt_br', f`Gente, o e-mail de "seu pedido saiu para entrega" da farmácia parou de sair. No painel do SendGrid aparece a chave ${v('credential.sendgrid_api_key', SENDGRID)} como ativa, mas a API devolve 403 "access forbidden". Pode ser permissão de escopo?`),

  rec('config_nl', f`De export van meterstanden naar Azure Blob faalt sinds vanochtend. Mijn appsettings:

${cfg(f`{
  "MeterExport": {
    "Container": "meterstanden-2024",
    "StorageConnection": "DefaultEndpointsProtocol=https;AccountName=wbmeterdata;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "BatchSize": 5000
  }
}`)}

Foutmelding: 403 AuthorizationPermissionMismatch. Moet ik een SAS gebruiken in plaats van de accountsleutel?`),

  rec('shell_sv', f`Vi försöker automatisera att nya utbytesstudenter läggs in i Okta. Det här fungerar från min laptop men inte från servern:

${cfg(f`curl -s -X POST "https://uni-lindholmen.okta.com/api/v1/users?activate=false" \\
  -H "Accept: application/json" \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  -d @student.json`)}

Servern får "E0000011 Invalid token provided". Är token bunden till IP?`),

  rec('chat_pl', f`Crashe z launchera nie trafiają do Sentry od wtorku. DSN w configu: ${v('credential.sentry_dsn', SENTRY_DSN)} – czy region "us" mógł się zmienić po migracji organizacji?`),

  rec('chat_zh', f`货运部的运费报价同步脚本要上传到阿里云 OSS，但一直报 SignatureDoesNotMatch。AccessKey ID: ${v('credential.alibaba_access_key_id', ALI_ID)}，AccessKey Secret: ${v('credential.alibaba_access_key_id', ALI_SECRET)}。是不是时间不同步导致的？`, 'secret labelled with the Alibaba rule id: no separate rule for the secret'),

  rec('git_zh_tw', f`反作弊團隊的內部工具 repo push 不上去：

${cfg(f`$ git remote -v
origin  https://qf-anticheat-bot:${v('credential.github_pat', GHP)}@github.com/quillfire-games/ac-tools.git (fetch)
origin  https://qf-anticheat-bot:${v('credential.github_pat', GHP)}@github.com/quillfire-games/ac-tools.git (push)
$ git push origin main
remote: Permission to quillfire-games/ac-tools.git denied to qf-anticheat-bot.`)}

是 token 權限不夠還是要開 SSO？`),

  rec('chat_hi', f`Bhai delivery partner app ka admin panel khul nahi raha. Login ID: dispatch.pune aur mera password hai ${v('credential.password_in_prose', 'Dawai@Pune#2024')} — kal tak chal raha tha. Kya browser cache clear karun ya IT ko bolun reset karne ko?`),

  rec('shell_tr', f`Ortopedi hastanesinin PACS API'sine istek atınca 403 alıyorum, token süresi dolmuş olabilir mi?

${cfg(f`curl -H "Authorization: Bearer ${v('credential.jwt', JWT_HOSP)}" \\
     https://pacs-api.kestrel-ortho.example/v1/studies?patient=KOS-118273`)}

Token içinde exp ne zaman görünüyor, decode edebilir misin?`),

  rec('json_ar', f`تطبيق توصيل الأدوية لا يرسل إشعارات للمندوبين منذ أمس. هذا ملف الإعدادات على السيرفر:

${cfg(f`{
  "push": {
    "provider": "fcm-legacy",
    "server_key": "${v('credential.firebase_fcm_server_key', FCM)}",
    "topic": "drivers-riyadh"
  }
}`)}

هل السبب أن جوجل أوقفت الـ Legacy API؟ كيف أنتقل إلى HTTP v1؟`),

  rec('chat_he', f`המשרד לסטודנטים בינלאומיים רוצה שהתראות על מסמכי ויזה חסרים יגיעו לערוץ בסלאק. הכתובת שקיבלתי מה-IT: ${v('credential.slack_webhook_url', SLACK_HOOK)}
איך אני שולח לשם הודעה מפייתון עם שם הסטודנט ותאריך?`),

  rec('router_ru', f`Подскажите, почему после перезагрузки роутер на насосной станции не пускает по SSH? Кусок конфига:

${cfg(f`hostname NS-Zarechnaya-01
!
username noc privilege 15 password 0 ${v('credential.network_device_secret', 'Nasos-Zar!2024')}
enable password 0 ${v('credential.network_device_secret', 'Vodokanal#En4ble')}
!
interface Vlan10
 ip address ${amb('pii.ip_address', '172.20.10.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
line vty 0 4
 transport input ssh
 login local`)}`),

  rec('chat_uk', f`Бот у телеграм-каналі спільноти перестав видаляти спам. Токен: ${v('credential.telegram_bot_token', TELEGRAM)}
Чи може бути, що його заблокували через ліміт запитів?`),

  rec('shell_vi', f`Mình cần xuất danh sách đơn giao thuốc hôm qua từ DB, chạy lệnh này thì bị lỗi:

${cfg(f`mysql -h ${amb('pii.ip_address', '192.168.50.21')} -u giaohang_ro -p${v('credential.mysql_cli_password', 'Thuoc2024!xx')} pharmacy_delivery -e "SELECT * FROM don_giao WHERE ngay = CURDATE() - INTERVAL 1 DAY" > don_hom_qua.csv`)}

ERROR 1045 (28000): Access denied. Sai mật khẩu hay sai host?`),

  rec('http_th', f`ระบบส่งออกภาพเอกซเรย์ของโรงพยาบาลตอบ 401 ตลอด ช่วยดูคำขอนี้หน่อย

${cfg(f`GET /export/dicom/studies/1.2.840.113619.2.55.3.604688119 HTTP/1.1
Host: pacs-export.kestrel-ortho.example
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/dicom`)}`),

  rec('chat_id', f`Halo, integrasi toko online apotek ke Shopify error 401 "Invalid API key or access token". Token admin yang dipakai: ${v('credential.shopify_access_token', SHOPIFY)}. Apakah perlu regenerate setelah ganti scope?`),

  rec('chat_ms', f`Broker kapal minta kami hantar fail posisi kapal melalui SFTP. Ini kunci peribadi yang IT bagi, betul ke formatnya untuk WinSCP?

${v('credential.openssh_private_key', SSH_KEY)}

WinSCP kata "unsupported key format".`),

  rec('chat_tl', f`Pwede bang tulungan mo ako? Yung reminder email para sa mga estudyanteng paso na ang visa ay hindi na nagse-send. Gamit namin yung Mailchimp API key ${v('credential.mailchimp_api_key', MAILCHIMP)} at audience na "intl-students-2024". Error daw ay "API Key Invalid".`),

  rec('env_sw', f`Habari, huduma ya kusafirisha dawa nyumbani inatumia M-Pesa kwa malipo. Hii ndiyo .env yetu, naomba unisaidie kuelewa kwa nini STK push inakataa:

${cfg(f`MPESA_ENV=production
MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', fill('b107-mpkey', B62, 48))}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', fill('b107-mpsec', B62, 32))}
MPESA_SHORTCODE=174901
MPESA_CALLBACK_URL=https://api.dawanyumbani.example/mpesa/callback`)}`),

  rec('code_it', f`Il servizio che legge i fixture delle navi noleggiate da SharePoint restituisce AADSTS7000215. Ecco il codice:

\`\`\`csharp
${code(f`var app = ConfidentialClientApplicationBuilder
    .Create("6b2e91c4-3f07-4d58-a1e9-82c5d7f3b460")
    .WithTenantId("tarragon.onmicrosoft.com")
    .WithClientSecret("${v('credential.azure_client_secret', AZ_CLIENT)}")
    .Build();

var result = await app.AcquireTokenForClient(new[] { "https://graph.microsoft.com/.default" })
    .ExecuteAsync();
var fixtures = await LoadFixturesAsync(result.AccessToken, "Chartering/Fixtures 2024");`)}
\`\`\`

Il segreto è stato creato a settembre con scadenza 6 mesi.`),

  rec('chat_fi', f`Kansainvälisten opiskelijoiden palvelun Jira-automaatio ei enää luo tikettejä. Käytämme API-tokenia ${v('credential.atlassian_api_token', ATLASSIAN)} käyttäjällä intl-office-bot. Onko Atlassian muuttanut jotain basic authin kanssa?`),

  rec('yaml_da', f`Vi vil have vores lækagesensorer til at sende metrics til Datadog. Er denne agent-config korrekt?

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: vand-lyngby-gw01
tags:
  - forsyning:vand
  - zone:lyngby-nord`)}`),

  rec('chat_no', f`Dashboardet for utkjøringsbilene til apoteket viser "No data". Provisioning bruker ${v('credential.grafana_service_account_token', GLSA)} som service account-token. Har den feil rolle, tror du?`),

  rec('env_cs', f`Anti-cheat služba nevaliduje Steam tickety. Tady je .env z produkce:

${cfg(f`STEAM_APP_ID=2184470
STEAM_WEB_API_KEY=${v('credential.generic_secret_assignment', fill('b107-steam', HEX.toUpperCase(), 32))}
AC_BAN_WEBHOOK=${v('credential.discord_webhook_url', DISCORD_HOOK)}
AC_LOG_LEVEL=debug`)}

Dostávám 403 od ISteamUserAuth. Je potřeba publisher key?`),

  rec('chat_hu', f`A vízmű számlázó könyvtárát szeretném feltölteni a belső PyPI-ra helyett a nyilvánosra (véletlenül). A twine ezt a tokent használta: ${v('credential.pypi_token', PYPI)} — hogyan vonom vissza és törlöm a feltöltött verziót?`),

  rec('docker_ro', f`Runner-ul CI nu poate descărca imaginea pentru serviciul de livrări farmacie. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.farmalivrare.example": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Eroare: "unauthorized: incorrect username or password". Parola a fost schimbată ieri.`),

  rec('chat_bg', f`Нашият GitLab pipeline за системата за аварийни ремонти на водопровода не може да клонира подмодула. Използвам личен токен ${v('credential.gitlab_pat', GLPAT)} с scope read_repository. Трябва ли ми и read_api?`),

  rec('shell_sr', f`Апликација за дежурне екипе водовода не може да прочита тајне из Vault-а:

${cfg(f`$ export VAULT_ADDR=https://vault.vodovod-ns.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/dispatch/sms
Error making API request.
Code: 403. Errors:
* permission denied`)}

Да ли је проблем у полиси или је токен истекао?`),

  rec('chat_hr', f`Trebam pomoć s migracijom baze pacijenata ortopedske bolnice. Stari connection string: postgresql://ortho_admin:${v('credential.database_url_password', 'Kolj3no#Rame2023')}@db-old.ortopedija.local:5432/pacijenti — kako da napravim pg_dump samo tablice termini?`),

  rec('chat_lt', f`Sveiki, norime automatiškai išvalyti Cloudflare talpyklą po kiekvieno žaidimo patch notes įkėlimo. API token: ${v('credential.cloudflare_api_token', CF_TOKEN)}, zone id 9f2c41d7e8a36b05c14d92e7f3a8b610. Kaip parašyti curl užklausą?`),

  rec('hcl_lv', f`Terraform Cloud nepieņem manus akreditācijas datus. Fails ~/.terraform.d/credentials.tfrc.json:

${cfg(f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

Kļūda: "Error: Required token could not be found". Vai fails ir nepareizā vietā?`),

  rec('chat_et', f`Tere! Mängu kogukonnaserveri droplet tuleb ümber nimetada ja ma ei leia doctl käsku. Minu DigitalOcean token on ${v('credential.digitalocean_token', DOP)} — kas saad näidata, kuidas API kaudu seda teha?`),

  rec('ini_ka', f`წყალმომარაგების ბილინგის ძველი სერვისის კონფიგურაცია. რატომ ვერ უკავშირდება ბაზას?

${cfg(f`[database]
host = billing-db.tbilwater.local
port = 1521
service_name = BILLPRD
user = bill_batch
password = ${v('credential.password_assignment', 'Tsqali#2024!')}`)}`),

  rec('chat_hy', f`Բարև, ուսանողական պորտալի ադմինից դուրս եմ մնացել։ Հին տվյալներն են՝ login: intl.admin / parol: ${v('credential.user_password_pair', 'Yerevan_Stud2024')}։ Ինչպե՞ս գրեմ նամակ IT-ին, որ վերականգնեն մուտքը։`),

  rec('js_az', f`Oyunun icma xəritəsi saytında Mapbox plitələri yüklənmir. Kod:

\`\`\`js
${code(f`mapboxgl.accessToken = '${v('credential.mapbox_secret_token', MAPBOX)}';
const map = new mapboxgl.Map({
  container: 'event-map',
  style: 'mapbox://styles/mapbox/dark-v11',
  center: [49.8671, 40.4093],
  zoom: 11,
});`)}
\`\`\`

Konsolda 401 görürəm.`),

  rec('chat_kk', f`Сәлем! Халықаралық студенттерге арналған чат-бот үшін OpenAI кілтін қолданамыз: ${v('credential.openai_api_key', OPENAI)}. Кілт жұмыс істейді, бірақ "insufficient_quota" қатесі шығады. Не істеу керек?`),

  rec('code_uz', f`Dorixona yetkazib berish xizmatida mijoz xabarlarini tasniflash uchun skript yozdim, lekin rate limit xatosi chiqadi:

\`\`\`python
${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def classify(msg: str) -> str:
    resp = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=20,
        messages=[{"role": "user", "content": f"Kategoriya: kechikish/shikoyat/savol? {msg}"}],
    )
    return resp.content[0].text.strip()`)}
\`\`\``),

  rec('chat_bn', f`আমাদের ফার্মেসি ডেলিভারির বাংলা চ্যাটবটের জন্য Hugging Face থেকে মডেল নামাতে গেলে 401 আসছে। টোকেন: ${v('credential.huggingface_token', HF)} — এটা কি read টোকেন না fine-grained?`),

  rec('chat_ta', f`நீர் வாரியத்தின் கசிவு புகார் IVR Twilio API key பயன்படுத்துகிறது. SID ${v('credential.twilio_api_key', TW_SK)}, secret ${v('credential.twilio_api_key', TW_SKSEC)}. இது account SID உடன் சேர்த்து எப்படி Python-ல் பயன்படுத்துவது?`, 'the API key secret is labelled with the Twilio API key rule'),

  rec('json_te', f`మా యూనివర్సిటీ ఇంటర్నేషనల్ ఆఫీస్ Google Sheets ఆటోమేషన్ కోసం service account కీ ఇది. gspread లో "invalid_grant" వస్తోంది, ఎందుకు?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "intl-office-sheets",
  "private_key_id": "${fill('b107-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'sheets-sync@intl-office-sheets.iam.gserviceaccount.com')}",
  "client_id": "104827361950283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'sheets-sync%40intl-office-sheets.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_kn', f`ಆಸ್ಪತ್ರೆಯ MRI ವರದಿಗಳನ್ನು Azure Blob ಗೆ ಅಪ್‌ಲೋಡ್ ಮಾಡಲು ಈ SAS URL ಕೊಟ್ಟಿದ್ದಾರೆ: https://kosmreports.blob.core.windows.net/mri-reports?${v('credential.azure_sas_token', f`sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2025-06-30T18:00:00Z&st=2024-11-01T08:00:00Z&spr=https&sig=${SAS_SIG}`)} — AzCopy ಯಲ್ಲಿ 403 ಬರುತ್ತಿದೆ.`),

  rec('chat_am', f`ሰላም፣ የመድኃኒት ማድረሻ ሲስተማችን የደንበኞችን ትዕዛዝ ሪፖርት ከዚህ FTP ያወርዳል፡ ftp://delivery_rpt:${v('credential.url_password', 'Addis-Med24')}@files.medidrop-et.example/reports/ — ፋይሎቹ ባዶ ሆነው ይመጣሉ። ምን ሊሆን ይችላል?`),

  rec('code_yo', f`E ku aaro, bot Slack ti egbe agbegbe ere wa ko le fi ifiranṣẹ ranṣẹ. Koodu:

\`\`\`js
${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', SLACK_BOT)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/report-cheater', async ({ command, ack, say }) => {
  await ack();
  await say(\`Report received for player \${command.text}. Anti-cheat will review.\`);
});`)}
\`\`\`

Aṣiṣe: "not_in_channel".`),

  rec('chat_en_au', f`G'day, the chartering team's little fixture-recap site on Vercel won't deploy from the CI box. We set VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)} in the pipeline vars and it says "The specified token is not valid". Token's only a week old, any ideas?`),

  rec('pem_el', f`Ο πάροχος VPN του γραφείου ναύλωσης μας έστειλε αυτό το κλειδί για τη σύνδεση. Το OpenVPN λέει "PEM routines: bad decrypt". Είναι σωστό το κλειδί;

${v('credential.private_key', RSA_PEM)}`),

  rec('chat_en_in', f`Hi, our pharmacy home-delivery team tracks rider issues in Linear and I want a daily digest in Notion. Keys I have: Linear ${v('credential.linear_api_key', LINEAR)}, Notion integration ${v('credential.notion_token', NOTION)}. Can you write a small Node script that copies yesterday's issues into the Notion database?`),

  rec('env_en_ie', f`Can you tidy this up and tell me which of these the leak-repair dispatch service actually reads?

${cfg(f`NEW_RELIC_LICENSE_KEY=
NEW_RELIC_API_KEY=${v('credential.newrelic_key', NRAK)}
DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}
TEAMS_ALERT_WEBHOOK=${v('credential.teams_webhook_url', TEAMS_HOOK)}
DATABRICKS_TOKEN=${v('credential.databricks_token', DATABRICKS)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}
DISPATCH_REGION=dublin-north
MAX_OPEN_JOBS=40`)}`),

  rec('chat_pt', f`Olá, o token restrito do Stripe para a loja de produtos do clube de fisioterapia (${v('credential.stripe_restricted_key', RK_LIVE)}) dá erro ao listar reembolsos. Que permissões devo ativar?`),

  rec('pem_en_us', f`Game server TLS handshake fails with "key values mismatch" after cert renewal. Key file on the box:

${v('credential.private_key', EC_PEM)}

Cert was issued for play.quillfire.example yesterday. How do I check the pair matches?`),
];

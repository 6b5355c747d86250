/**
 * Held-out batch 96: credentials pasted by a water utility's SCADA and billing teams, a fertility
 * clinic chain, a sovereign wealth fund's operations desk, a streaming service's licensing team, a
 * construction-equipment rental company and a university student-housing office. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, BECH32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const HIST_PW = 'Kelpie!Loch-2291';
const SK_LIVE = tok('sk_', 'live_', '51', fill('b96-sklive', B62, 97));
const TW_SID = tok('AC', fill('b96-twsid', HEX, 32));
const TW_TOKEN = fill('b96-twtok', HEX, 32);
const AKIA = tok('AKIA', fill('b96-akia', B32, 16));
const AWS_SECRET = fill('b96-awssec', B64, 40);
const XOXB = tok('xoxb-', '5829104736', '2-', '7391058264017-', fill('b96-xoxb', B62, 24));
const GHP = gh('ghp', fill('b96-ghp', B62, 30));
const MAILGUN = tok('key-', fill('b96-mailgun', HEX, 32));
const CISCO_PW = 'Wehr#Linz2024';
const CISCO_SECRET9 = tok('$9$', fill('b96-cisco9a', B62 + './', 14), '$', fill('b96-cisco9b', B62 + './', 43));
const JWT1 = jwt({ alg: 'RS256', typ: 'JWT', kid: 'rent-prod-3' }, { sub: 'svc-yard-scanner', iss: 'https://auth.dzwigplus.pl', aud: 'fleet-api', exp: 1767225600, scope: 'fleet:read fleet:write' }, 'b96-jwt1');
const OPENAI = tok('sk-proj-', fill('b96-oa1', B64URL, 74), 'T3BlbkFJ', fill('b96-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b96-ant', B64URL, 93), 'AA');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b96-rsa1', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b96-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA');
const GCP_PEM = pem('PRIVATE KEY', 'b96-gcp', 1216, '\\n');
const AZ_KEY = tok(fill('b96-azkey', B64, 86), '==');
const SAS_SIG = `${fill('b96-sas1', B62, 15)}%2F${fill('b96-sas2', B62, 11)}%2B${fill('b96-sas3', B62, 14)}%3D`;
const AZ_CLIENT = tok(fill('b96-azc1', B62, 3), '8Q~', fill('b96-azc2', B62 + '_-.', 31));
const TG = tok('7', fill('b96-tg1', DIGITS, 9), ':AA', fill('b96-tg2', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290473815', '620938174', '/', fill('b96-dischook', B64URL, 68));
const TEAMS_HOOK = tok('https://stadtwerke-nord.webhook.office.com/webhookb2/', '8a1c4e27-3d95-4f60-b27e-91c5d0a8f643@2f7b9e14-6c03-4a8d-95e1-c3d07a6b4f28/IncomingWebhook/', fill('b96-teams1', HEX, 32), '/', '4c9e2b61-7a08-4d35-9f1c-0e6b3a8d2f57/', 'V2', fill('b96-teams2', B64URL, 43));
const SENDGRID = tok('SG.', fill('b96-sg1', B64URL, 22), '.', fill('b96-sg2', B64URL, 43));
const NPM = gh('npm', fill('b96-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b96-pypi', B64URL, 150));
const DOCKER_AUTH = b64('ci-pusher:Zr7-bager-Novi-Sad');
const HF = tok('hf_', fill('b96-hf', B62.replace(/[0-9]/g, ''), 34));
const GOOGLE = tok('AIza', 'Sy', fill('b96-gapi', B64URL, 33));
const SENTRY_KEY = fill('b96-sentry', HEX, 32);
const DD_API = fill('b96-ddapi', HEX, 32);
const DD_APP = fill('b96-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b96-vault', B64URL, 86));
const BASIC = b64('najomca-api:Tatry-Kosice-88');
const GLPAT = tok('glpat-', fill('b96-glpat', B62 + '-_', 20));
const SHPAT = tok('shpat_', fill('b96-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b96-atl', B64URL, 171), '=', fill('b96-atl2', HEX.toUpperCase(), 8));
const CF_TOKEN = fill('b96-cf', B62 + '-_', 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b96-do', HEX, 64));
const HEROKU = tok('HRKU-', 'AA', fill('b96-hrku', B64URL, 58));
const OKTA = tok('00', fill('b96-okta', B64URL, 40));
const SQUARE = tok('EAAA', fill('b96-square', B64URL, 60));
const FB = tok('EAAG', fill('b96-fb', B62, 180));
const DROPBOX = tok('sl.', 'B', fill('b96-dbx', B64URL, 138));
const TWITTER = tok('AAAAAAAAAAAAAAAAAAAAA', fill('b96-tw1', B62, 24), '%3D', fill('b96-tw2', B62, 50));
const YAML_PW = 'Lagos#Meter_7731';
const MSSQL_PW = 'Arequipa.Agua$19';
const LINEAR = tok('lin_', 'api_', fill('b96-linear', B62, 40));
const NOTION = tok('ntn_', fill('b96-ntn1', DIGITS, 11), fill('b96-ntn2', B62, 35));
const DATABRICKS = tok('dapi', fill('b96-dapi', HEX, 32));
const TFC = tok(fill('b96-tfc1', B62, 14), '.atlasv1.', fill('b96-tfc2', B62, 67));
const PULUMI = tok('pul-', fill('b96-pulumi', HEX, 40));
const GROQ = tok('gsk_', fill('b96-groq', B62, 52));
const FCM = tok('AAAA', fill('b96-fcm1', B64URL, 7), ':APA91b', fill('b96-fcm2', B64URL, 134));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b96-age', BECH32, 58));
const ASIA = tok('ASIA', fill('b96-asia', B32, 16));
const ASIA_SECRET = fill('b96-asias', B64, 40);
const SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b96-sess', B64, 320));
const HMAC = fill('b96-hmac', B64URL, 48);
const WHSEC = tok('whsec_', fill('b96-whsec', B64, 32));
const PPK_PRIV = b64Bytes('b96-ppk', 48);
const MISTRAL = fill('b96-mistral', B62, 32);
const GHO = gh('gho', fill('b96-gho', B62, 30));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b96-sh1', UPPER + DIGITS, 8), '/B07', fill('b96-sh2', UPPER + DIGITS, 8), '/', fill('b96-sh3', B62, 24));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b96-rklive', B62, 97));
const GRAFANA_SA = tok('glsa_', fill('b96-glsa1', B62, 32), '_', fill('b96-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b96-nrak', UPPER + DIGITS, 27));
const LANGSMITH = tok('lsv2_', 'pt_', fill('b96-ls1', HEX, 32), '_', fill('b96-ls2', HEX, 10));
const SUPABASE = tok('sbp_', fill('b96-sbp', HEX, 40));
const ALIBABA = tok('LTAI', fill('b96-ali', B62, 20));
const BB_APP = tok('ATBB', fill('b96-atbb', B62, 32));
const AIRTABLE = tok('pat', fill('b96-at1', B62, 14), '.', fill('b96-at2', HEX, 64));
const PG_URL_PW = 'Sahel_Bamako+2025';
const REDIS_PW = fill('b96-redis', B62, 24);
const AMQP_PW = 'hoy-tarifa-Lima7';
const DB_PW_PROSE = 'Mwanza2024!maji';
const B64_PRIV = b64(pem('EC PRIVATE KEY', 'b96-ecb64', 121));
const GLC_B64TOK = b64(`svc-royalty:${fill('b96-b64tok', B62, 32)}`);
const XAI = tok('xai-', fill('b96-xai', B62, 80));
const PPLX = tok('pplx-', fill('b96-pplx', B62, 48));

export const BATCH96_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Och, the historian export's fallen over again since the weekend patch. Here's the .env off the Tayside box — can ye see why psycopg2 says "password authentication failed"?

${cfg(f`# scada-historian/.env  (Tayside WTW)
HISTORIAN_DB_URL=postgresql://hist_ro:${v('credential.database_url_password', HIST_PW)}@${ip('10.40.2.15')}:5432/scada_hist
OPC_ENDPOINT=opc.tcp://${ip('10.40.7.21')}:4840
EXPORT_INTERVAL_MIN=15
TZ=Europe/London`)}

The password has a "!" and a "-" in it if that matters.`),

  rec('chat', f`Hola, en facturación de Agua Metropolitana (CDMX) estamos migrando los cobros domiciliados a Stripe. El contratista nos dejó esta llave en el Excel: ${v('credential.stripe_secret_key', SK_LIVE)}. ¿Cómo verifico desde Python si es de producción o de pruebas sin hacer un cargo real?`),

  rec('chat', f`Oi! Na clínica de reprodução assistida de Campinas a gente manda lembrete de coleta de óvulos por SMS. O Twilio parou de enviar ontem. Conta: ${v('credential.twilio_account_sid', TW_SID)}, auth token ${v('credential.twilio_auth_token', TW_TOKEN)}. Pode ver se o erro 20003 é problema de credencial mesmo?`),

  rec('aws_credentials', f`مرحباً، في مكتب العمليات بالصندوق نحاول تشغيل سكربت التسويات اليومية على S3 ولكن يظهر AccessDenied. هذا ملف الاعتماد من جهاز الزميل في الدوحة:

${cfg(f`[swf-recon]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = me-central-1
output = json`)}

هل المشكلة في سياسة الـ bucket أم في المفتاح؟`),

  rec('chat', f`Bonjour, l'équipe droits & acquisitions a un bot Slack qui poste les fenêtres de diffusion qui expirent. Depuis ce matin : invalid_auth. Le jeton configuré est ${v('credential.slack_bot_token', XOXB)} — faut-il le régénérer côté app ou c'est le scope channels:history qui manque ?`),

  rec('git', f`Hoi, onze verhuurplanning-repo pusht niet meer vanaf de buildserver in Zwolle:

${cfg(f`$ git remote -v
origin  https://verhuur-ci:${v('credential.github_pat', GHP)}@github.com/materieelverhuur-nl/planning-api.git (fetch)
origin  https://verhuur-ci:${v('credential.github_pat', GHP)}@github.com/materieelverhuur-nl/planning-api.git (push)
$ git push origin main
remote: Permission to materieelverhuur-nl/planning-api.git denied to verhuur-ci.`)}

Moet het token andere rechten hebben?`),

  rec('chat', f`Hej! Kollegiet-kontoret sender velkomstmails til nye lejere via Mailgun. Vi får 401 Forbidden. API-nøglen i vores config er ${v('credential.mailgun_api_key', MAILGUN)} og domænet er mg.kollegiebolig-aarhus.dk. Er det EU-endpointet vi skal bruge?`),

  rec('network_config', f`Servus! Der Switch im Pumpwerk Linz-Ost lässt nach dem Tausch keinen SSH-Login mehr zu. Auszug aus der running-config:

${cfg(f`hostname PW-LINZ-OST-SW01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO_SECRET9)}
username scada-admin privilege 15 password 0 ${v('credential.network_device_secret', CISCO_PW)}
!
interface Vlan40
 ip address ${ip('172.20.40.2')} 255.255.255.0
!
line vty 0 4
 transport input ssh
 login local`)}

Liegt es am "password 0" statt "secret"?`),

  rec('http_request', f`Cześć, nasza aplikacja do skanowania maszyn na placu zwraca 403 z API floty. Tak wygląda request z logów:

${cfg(f`GET /v2/fleet/units?yard=KRK-02&status=on_rent HTTP/1.1
Host: fleet-api.dzwigplus.pl
Authorization: Bearer ${v('credential.jwt', JWT1)}
Accept: application/json
User-Agent: YardScanner/3.4.1 (Android 14)`)}

Czy scope w tokenie jest w porządku?`),

  rec('chat', f`नमस्ते, हमारी फर्टिलिटी क्लिनिक की रिसेप्शन टीम के लिए एक चैटबॉट बना रहे हैं जो अपॉइंटमेंट के सवालों का जवाब दे। यह मेरी OpenAI key है: ${v('credential.openai_api_key', OPENAI)} — क्या आप Node.js में एक छोटा उदाहरण लिख सकते हैं जो gpt-4o-mini को कॉल करे? मरीज़ों का डेटा नहीं भेजेंगे।`),

  rec('code_python', f`שלום, הסקריפט הזה מסכם חוזי רישוי של סדרות לפני חידוש, אבל הוא נתקע על rate limit. אפשר לעזור להוסיף retry?

${code(f`import anthropic, pathlib

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise(path: pathlib.Path) -> str:
    text = path.read_text(encoding="utf-8")
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Summarise territory, term and holdbacks:\\n{text}"}],
    )
    return msg.content[0].text

for p in sorted(pathlib.Path("contracts/2025").glob("*.txt")):
    print(p.name, summarise(p)[:200])`)}`),

  rec('pem', f`Ahoj, potřebuju převést tenhle klíč z PKCS#1 na PKCS#8, protože ho nový SFTP server pro odečty vodoměrů neumí načíst. Klíč z /etc/odecty/sftp_key:

${v('credential.private_key', RSA_PEM)}

Stačí na to openssl pkcs8 -topk8?`),

  rec('chat', f`Moi, vuokraamon huoltoauton läppäri kuoli ja pitää siirtää SSH-avain uudelle koneelle. Tässä avain, voitko kertoa miksi ssh-add sanoo "invalid format"? Kopioin sen Teamsista.

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('gcp_key', f`Halo, tim lisensi konten mau pakai BigQuery untuk laporan royalti bulanan. Saya dapat file kunci ini dari vendor, tapi error "invalid_grant". Tolong cek formatnya:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "streamco-royalty-prod",
  "private_key_id": "${fill('b96-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'royalty-etl@streamco-royalty-prod.iam.gserviceaccount.com')}",
  "client_id": "104729385610274958361",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'royalty-etl%40streamco-royalty-prod.iam.gserviceaccount.com')}"
}`))}`),

  rec('appsettings', f`Hej, studentbostäderna i Umeå har en liten .NET-tjänst som sparar hyreskontrakt i Blob Storage. Efter flytten till ny prenumeration får vi 403. appsettings.Production.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=bostadkontrakt;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
    "Container": "kontrakt-2025"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}`)}`),

  rec('chat', f`Hei, leigetakarane på studentheimen får ikkje opna fakturaen sin. Lenkja vi sender ut ser slik ut: https://sihousingfiler.blob.core.windows.net/faktura/2025-03/H214.pdf?sv=2023-01-03&st=2025-03-01T07%3A00%3A00Z&se=2025-04-01T07%3A00%3A00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS_SIG)} — er det utløpsdatoen som er feil, eller signaturen?`),

  rec('chat', f`Tere! Viljandi veevärgi arvelduse integratsioon Entra ID-ga ei tööta. App registration: client id 5e2c9a71-04b8-4d3f-a6e1-7c90b2f4d815, tenant 9a4d1e63-8b27-4c05-b1f9-3e6d7a2c0b48, client secret ${v('credential.azure_client_secret', AZ_CLIENT)}. Viga AADSTS7000215. Kas saladus on vale või aegunud?`),

  rec('chat', f`Sveiki, man jāpieslēdzas ūdensskaitītāju norēķinu portālam no jaunā datora, bet neatceros, vai parole bija pareiza. Mana parole ir ${v('credential.password_in_prose', 'Daugava!Riga77')} — vai vari palīdzēt uzrakstīt e-pastu IT nodaļai, lai man atiestata kontu? Lietotājvārds ir k.ozolina.`),

  rec('chat', f`Labas, kolega paliko prisijungimą prie nuomos sistemos testinės aplinkos. Užrašiau taip:
vartotojas: nuoma_testas / slaptažodis: ${v('credential.user_password_pair', 'Ekskavatorius#42')}
Ar gali paaiškinti, kaip tai saugiai perduoti naujam darbuotojui, ne per el. paštą?`),

  rec('shell', f`Szia! A számlázási adatbázis mentése ezzel a paranccsal fut cronból, de üres fájlt kapunk:

${cfg(f`mysqldump -h ${ip('10.12.0.40')} -u szamlazas_bk -p${v('credential.mysql_cli_password', 'Tisza-Viz_2025')} --single-transaction vizmu_szamlak > /backup/szamlak_$(date +%F).sql`)}

Mi lehet a gond?`),

  rec('shell', f`Bună, scriptul de backup pentru camerele video din depozitul de utilaje de la Ploiești nu mai rulează. Linia care copiază fișierele:

${cfg(f`sshpass -p '${v('credential.cli_password', 'Macara_Ploiesti9')}' rsync -az /srv/nvr/ backup@${ip('192.168.50.12')}:/volume1/nvr/`)}

Primesc "Permission denied, please try again." Ce verific?`),

  rec('chat', f`Привет! У нас бот в Telegram, который шлёт диспетчерам SCADA аварии с насосных станций. После переезда на новый сервер бот молчит. Токен бота: ${v('credential.telegram_bot_token', TG)}, chat_id -1002184736510. Как проверить через curl, что токен живой?`),

  rec('chat', f`Привіт! Ми зробили Discord-сервер для мешканців гуртожитку №3, і бот має постити оголошення про відключення води. Ось вебхук: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Чому повідомлення з емодзі приходять порожні?`),

  rec('chat', f`Hallo, wir möchten Störmeldungen aus dem Leitsystem (Druckabfall, Pumpenausfall) in den Teams-Kanal "Bereitschaft Netz" posten. Der eingehende Webhook ist ${v('credential.teams_webhook_url', TEAMS_HOOK)}. Wie baue ich daraus eine Adaptive Card mit Farbe nach Schweregrad?`),

  rec('code_python', f`Ciao, lo script che invia le conferme di prenotazione degli alloggi universitari ha smesso di funzionare. Errore 403 da SendGrid:

${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def conferma(studente: dict) -> None:
    msg = Mail(
        from_email="${v('pii.email', 'alloggi@residenze-unitre.it')}",
        to_emails=studente["email"],
        subject="Conferma assegnazione posto letto",
        html_content=f"<p>Gentile {studente['nome']}, la stanza {studente['stanza']} è confermata.</p>",
    )
    sg.send(msg)`)}`),

  rec('npmrc', f`Merhaba, kiralama portalının frontend build'i CI'da "E401 Unable to authenticate" veriyor. Depodaki .npmrc şu:

${cfg(f`@insaat-kiralama:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
always-auth=true`)}

Token'ın süresi dolmuş olabilir mi?`),

  rec('pypirc', f`Γεια σας, προσπαθώ να ανεβάσω το εσωτερικό πακέτο για τις μετρήσεις ροής στο PyPI και παίρνω 403. Το ~/.pypirc μου:

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('docker_config', f`Zdravo, CI runner u Novom Sadu ne može da povuče image za aplikaciju za iznajmljivanje mašina. ~/.docker/config.json na runneru:

${cfg(f`{
  "auths": {
    "registry.gradjevinska-oprema.rs": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Da li je problem što je korisnik ci-pusher ili je lozinka promenjena?`),

  rec('chat', f`안녕하세요, 스트리밍 자막 품질 검사용으로 Hugging Face 모델을 받으려는데 401이 나옵니다. 토큰은 ${v('credential.huggingface_token', HF)} 이고 gated 모델이라 승인은 받았어요. transformers에서 토큰을 어디에 넣어야 하나요?`),

  rec('chat', f`お疲れ様です。建機レンタルの営業所マップで Google Maps JavaScript API を使っていますが、「RefererNotAllowedMapError」が出ます。キーは ${v('credential.google_api_key', GOOGLE)} です。HTTPリファラー制限の書き方を教えてください。`),

  rec('chat', f`สวัสดีครับ แอปจองหอพักนักศึกษาของเราส่ง error ไป Sentry ไม่ได้ DSN ที่ใช้คือ ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218.ingest.de.sentry.io/4508133`)} ช่วยดูว่าต้องตั้งค่า tunnel หรือไม่ครับ`),

  rec('chat', f`Chào bạn, team vận hành quỹ muốn gửi metric độ trễ của hệ thống đối soát lên Datadog. DD_API_KEY=${v('credential.datadog_api_key', DD_API)} và DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}, site là datadoghq.eu. Viết giúp mình đoạn Python gửi custom metric nhé.`),

  rec('chat', f`Bok, pokušavam iz Jenkinsa pročitati lozinke za SCADA historian iz Vaulta, ali dobivam "permission denied". Token koji koristim: ${v('credential.vault_token', VAULT)}. Put je secret/data/scada/historian. Treba li mi druga politika?`),

  rec('curl', f`Ahoj, skúšam API rezervačného systému pre ubytovanie študentov a dostávam 401:

${cfg(f`curl -v https://api.internaty-ke.sk/v1/izby?blok=B \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Accept: application/json"`)}

Je to správny formát hlavičky?`),

  rec('chat', f`Здравейте, GitLab pipeline-ът за фактурирането на водата спря да клонира подмодула. В CI variables имаме GITLAB_TOKEN=${v('credential.gitlab_pat', GLPAT)}. Трябва ли да е с read_repository scope?`),

  rec('chat', f`Përshëndetje, dyqani ynë online për shitjen e pajisjeve të përdorura të ndërtimit është në Shopify. Token-i i aplikacionit privat: ${v('credential.shopify_access_token', SHPAT)}. Si ta përdor për të përditësuar stokun nga Excel?`),

  rec('chat', f`Živjo, v Jiri imamo avtomatizacijo, ki odpira zahtevke za popravilo v študentskih domovih. Atlassian API žeton ${v('credential.atlassian_api_token', ATLASSIAN)}, uporabnik servis.domovi. Zakaj dobimo 401, čeprav žeton deluje v brskalniku?`),

  rec('env_file', f`Salam, icarə şirkətinin saytı Cloudflare arxasındadır və deploy skripti DNS qeydini yeniləyə bilmir. .env faylı:

${cfg(f`CLOUDFLARE_ZONE_ID=${fill('b96-cfzone', HEX, 32)}
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
RECORD_NAME=baki.icare-texnika.az`)}

Token üçün hansı icazələr lazımdır?`),

  rec('chat', f`გამარჯობა, ჩვენი სტუდენტური საცხოვრებლის საიტი DigitalOcean-ზეა. Terraform-ში ასე ჩავწერე: do_token = "${v('credential.digitalocean_token', DO_TOKEN)}". ეს უსაფრთხოა git-ში? თუ არა, როგორ გადავიტანო ცვლადში?`),

  rec('chat', f`Բարև, մեր պտղաբերության կլինիկայի ամրագրման հավելվածը Heroku-ում է։ Deploy-ը ձախողվում է "Invalid credentials provided"։ HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)}։ Ինչպե՞ս ստուգեմ, որ բանալին վավեր է։`),

  rec('curl', f`Habari, tunajaribu kusawazisha watumiaji wa Okta na mfumo wa malipo ya maji, lakini tunapata 401:

${cfg(f`curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://maji-mwanza.okta.com/api/v1/users?filter=status+eq+%22ACTIVE%22&limit=200"`)}

Je, token imeisha muda?`),

  rec('chat', f`Hello po, sa rental counter namin sa Cebu gumagamit kami ng Square para sa deposit ng mga equipment. Production access token: ${v('credential.square_access_token', SQUARE)}. Paano ko i-refund ang deposit gamit ang API kapag naibalik na ang excavator?`),

  rec('chat', f`Hai, pasukan pemasaran klinik kesuburan kami mahu tarik statistik iklan Facebook secara automatik. Token akses halaman: ${v('credential.facebook_access_token', FB)}. Kenapa ia tamat tempoh selepas sejam sahaja?`),

  rec('chat', f`নমস্কার, কনটেন্ট লাইসেন্সিং টিমের চুক্তির স্ক্যানগুলো Dropbox থেকে আমাদের সার্ভারে কপি করতে চাই। অ্যাক্সেস টোকেন: ${v('credential.dropbox_access_token', DROPBOX)} — কয়েক ঘণ্টা পরেই expired_access_token দেখায়। refresh token কীভাবে সেট করব?`),

  rec('chat', f`السلام علیکم، ہماری اسٹریمنگ سروس کی ٹیم ایک نئی سیریز کے بارے میں ٹویٹس گننا چاہتی ہے۔ ایپ کا bearer token یہ ہے: ${v('credential.twitter_bearer_token', TWITTER)}۔ سرچ API فوراً 429 کیوں دیتا ہے؟`),

  rec('yaml', f`Good afternoon. Our prepaid meter vending service in Lagos refuses to start after we moved it to the new VM. Please check this application.yml, I suspect the indentation:

${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://${ip('10.8.14.3')}:5432/vending
    username: vend_app
    password: ${v('credential.password_assignment', YAML_PW)}
  jpa:
    hibernate:
      ddl-auto: validate
vending:
  token-generator: sts-6
  max-units-per-day: 500`)}

Error is "Failed to bind properties under 'spring.datasource'".`),

  rec('appsettings', f`Buenas, el servicio de conciliación de cobranza de Sedapar no conecta a SQL Server desde que cambiamos de servidor. La cadena en el web.config:

${cfg(f`<connectionStrings>
  <add name="Cobranza" connectionString="Server=sqlcobranza01.sedapar.local,1433;Database=Cobranza;User Id=app_cobranza;Password=${v('credential.connection_string_password', MSSQL_PW)};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

El error dice "Login failed for user 'app_cobranza'".`),

  rec('chat', f`Hallo, ons behuisingskantoor gebruik Linear vir onderhoudsversoeke. Ek wil 'n skrip skryf wat nuwe versoeke uit die Google Form in Linear skep. API-sleutel: ${v('credential.linear_api_key', LINEAR)}. Kan jy die GraphQL-mutasie vir 'n nuwe issue wys?`),

  rec('chat', f`ሰላም፣ የውሃ አገልግሎታችን የጥገና ማስታወሻዎችን በNotion ውስጥ እናስቀምጣለን። የintegration token ይህ ነው፦ ${v('credential.notion_token', NOTION)}። ከPython ገጽ ለመፍጠር ምን ያህል ኮድ ያስፈልጋል?`),

  rec('chat', f`Hey, á fíggjarstovuni nýta vit Databricks til avkastningsgreiningar. Token hjá tænastukontuni er ${v('credential.databricks_token', DATABRICKS)} og workspace er adb-4829105736281947.7.azuredatabricks.net. Hví fáa vit 403 á /api/2.1/jobs/list?`),

  rec('terraformrc', f`Goeie, by de ferhiertsjinst fan boumasinen wurket ús Terraform Cloud login net mear op de nije laptop. Dit stiet yn ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Moat ik in nij team-token meitsje?`),

  rec('chat', f`Салам, биздин студенттик жатакананын инфраструктурасы Pulumi менен башкарылат. CI'да PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)} коюлган, бирок "unauthorized" деп жатат. Токенди кантип текшерсем болот?`),

  rec('chat', f`Ẹ n lẹ, a fẹ́ lo Groq láti ṣe àkópọ̀ ìròyìn ìṣàkóso owó ọ̀sẹ̀ fún ẹ̀ka iṣẹ́ owó-ìlú. Kọ́kọ́rọ́ API: ${v('credential.groq_api_key', GROQ)}. Ṣé o lè kọ àpẹẹrẹ Python kékeré pẹ̀lú llama-3.1-70b?`),

  rec('php', f`ආයුබෝවන්, අපේ සිසු නේවාසිකාගාර app එකේ push notification යන්නේ නැහැ. පරණ PHP කේතය:

${code(f`<?php
$serverKey = '${v('credential.firebase_fcm_server_key', FCM)}';
$payload = [
    'to' => '/topics/hostel-block-c',
    'notification' => ['title' => 'ජල සැපයුම නවතී', 'body' => 'හෙට 9-12 ජලය නැත'],
];
$ch = curl_init('https://fcm.googleapis.com/fcm/send');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . $serverKey, 'Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch);`)}`),

  rec('chat', f`Сайн байна уу, сан хөмрөгийн тайлангийн нөөц хуулбарыг age-ээр шифрлэдэг. Шинэ серверт түлхүүрийг шилжүүлэх гэж байна: ${v('credential.age_secret_key', AGE)}. Үүнийг sops-т яаж тохируулах вэ?`),

  rec('shell', f`سلام، در دفتر عملیات صندوق یک کارمند این دستورها را در ترمینال زده و حالا اسکریپت گزارش‌گیری کار نمی‌کند. گفت از کنسول AWS کپی کرده:

${cfg(f`export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', ASIA)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', ASIA_SECRET)}
export AWS_SESSION_TOKEN=${v('credential.aws_session_token', SESSION)}
python3 nav_report.py --date 2025-03-31`)}

خطا: ExpiredToken. چرا؟`),

  rec('env_file', f`你好，我哋版權組嘅授權伺服器要用 HMAC 簽名去驗證合作夥伴嘅回調。呢個係 staging 嘅 .env，幫我睇下點解簽名對唔上：

${cfg(f`LICENSE_SERVER_URL=https://drm-staging.streamhk.internal
LICENSE_HMAC_SECRET=${v('credential.generic_secret_assignment', HMAC)}
CALLBACK_TOLERANCE_SEC=300`)}`),

  rec('chat', f`Olá, a loja de alojamento estudantil do Porto recebe eventos do Stripe num endpoint Flask. A verificação da assinatura falha sempre. O segredo do webhook é ${v('credential.stripe_webhook_secret', WHSEC)}. Estou a usar request.data ou request.get_data()? Qual está certo?`),

  rec('ppk', f`Muraho, nkeneye kwinjira kuri seriveri ya SFTP y'amafoto y'imashini dukodesha ukoresheje WinSCP. Iyi ni dosiye ya .ppk nahawe:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: yard-photos@kigali-rent
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b96-ppkpub', B64, 44)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b96-ppkmac', HEX, 64)}

Kuki WinSCP ivuga ko urufunguzo rutemewe?`),

  rec('chat', f`Bonjour, on teste Mistral pour traduire les fiches de titres (synopsis) en allemand. MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}. Comment éviter que les noms propres soient traduits ?`),

  rec('chat', f`Hi, quick one from the Bengaluru billing team: the GitHub OAuth app for our internal meter-dashboard stopped working. The token stored in Redis for my account is ${v('credential.github_oauth_token', GHO)}. Does it expire, or did someone revoke the app?`),

  rec('yaml', f`Alertmanager at the Kano water works doesn't post to Slack any more. Config:

${cfg(f`route:
  receiver: scada-oncall
receivers:
  - name: scada-oncall
    slack_configs:
      - api_url: ${v('credential.slack_webhook_url', SLACK_HOOK)}
        channel: '#scada-alarms'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}'`)}

We get "no_service" in the logs.`),

  rec('chat', f`Buenas, para el conciliador de pagos de la tienda de alquiler en Madrid creamos una clave restringida de Stripe (solo lectura de cargos): ${v('credential.stripe_restricted_key', RK_LIVE)}. ¿Puede listar reembolsos o necesito otro permiso?`),

  rec('chat', f`Hi, Grafana dashboard for the clinic's embryology incubator sensors: the provisioning script uses service account token ${v('credential.grafana_service_account_token', GRAFANA_SA)} and now returns 403 on folder creation. Which role does the SA need?`),

  rec('chat', f`Witam, w dziale wynajmu chcemy wysyłać metryki z aplikacji do New Relic. Klucz użytkownika: ${v('credential.newrelic_key', NRAK)}. Czy do NerdGraph potrzebuję innego typu klucza?`),

  rec('chat', f`Sannu, muna gwada LangSmith don bin diddigin chatbot ɗin masaukin ɗalibai. LANGCHAIN_API_KEY=${v('credential.langsmith_api_key', LANGSMITH)}. Me yasa traces ba sa bayyana a project ɗin?`),

  rec('chat', f`Mhoro, takaisa app yekubhadhara mvura paSupabase. Ndanga ndichishandisa access token iyi paCLI: ${v('credential.supabase_token', SUPABASE)}. Ko sei supabase link ichiti "Unauthorized"?`),

  rec('chat', f`你好，我们流媒体在中国大陆的版权素材存在阿里云 OSS。同事在群里发了 AccessKey ID ${v('credential.alibaba_access_key_id', ALIBABA)}，请问用 ossutil 配置时 AccessKey Secret 应该放在哪里？`),

  rec('chat', f`Hallo zusammen, das Bitbucket-App-Passwort für den Build-Agent im Verleihlager Graz ist ${v('credential.bitbucket_app_password', BB_APP)} (User: verleih-build). Seit gestern schlägt git clone fehl. Werden App-Passwörter abgeschaltet?`),

  rec('chat', f`Kia ora, kei te whakamahi mātou i Airtable mō te rārangi rūma o te whare noho ākonga. Personal access token: ${v('credential.airtable_pat', AIRTABLE)}. He aha i puta ai te hapa 403 INVALID_PERMISSIONS?`),

  rec('code_go', f`I ka ɲɛ, Bamako ji sanni bolofara ka porogaramu in bɛ ji sanni sara dɔnniya mara, nka a tɛ se ka PostgreSQL sɔrɔ:

${code(f`package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

func main() {
	dsn := "postgres://sara_app:${v('credential.database_url_password', PG_URL_PW)}@db.ji-bamako.ml:5432/sara?sslmode=require"
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	if err := db.Ping(); err != nil {
		log.Fatalf("ping: %v", err)
	}
	log.Println("ok")
}`)}

Erreur : "pq: password authentication failed" — le "+" dans le mot de passe pose problème ?`),

  rec('docker_compose', f`Ciao, in sviluppo per il portale alloggi usiamo questo docker-compose, ma Redis rifiuta la connessione del worker:

${cfg(f`services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${v('credential.cli_password', REDIS_PW)}"]
  worker:
    build: ./worker
    environment:
      REDIS_URL: redis://:${v('credential.url_password', REDIS_PW)}@redis:6379/0
      AMQP_URL: amqp://alloggi:${v('credential.url_password', AMQP_PW)}@rabbitmq:5672/`)}`),

  rec('chat', f`Habari, mhandisi wetu wa SCADA alituma ujumbe huu kwenye kikundi: "nenosiri la database ya historian ni ${v('credential.password_in_prose', DB_PW_PROSE)}, usilibadilishe kabla ya Ijumaa". Je, tunawezaje kuliweka kwenye Vault badala ya WhatsApp?`),

  rec('k8s_secret', f`Ahoj, v Kubernetes máme secret pro podepisování exportů royalty reportů, ale aplikace hlásí "invalid key":

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: royalty-signer
  namespace: licensing
type: Opaque
data:
  signing-key.pem: ${v('credential.base64_private_key', B64_PRIV)}`)}

Je base64 správně?`),

  rec('chat', f`Hi team, the royalty-statement exporter calls the partner portal with header "X-Partner-Token: ${v('credential.base64_encoded_token', GLC_B64TOK)}" (it is base64 of user:key as they asked). They now say the key was rotated — how do I decode it to see which user it is?`),

  rec('chat', f`Salam, Xan-Tengri fondunun analitika qrupu xAI Grok-u sınaqdan keçirir. XAI_API_KEY=${v('credential.xai_api_key', XAI)}. Streaming cavabı Python-da necə oxuyum?`),

  rec('chat', f`Hi lah, our student housing chatbot in Singapore uses Perplexity for FAQ search. Key is ${v('credential.perplexity_api_key', PPLX)}. Can you show me how to restrict answers to our own domain only?`),
];

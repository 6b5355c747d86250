/**
 * Held-out batch 164: credentials pasted by a stadium ticketing/stewarding office, a rare-disease
 * patient registry, a freight rail operator's wagon maintenance planners, a property manager's
 * tenant helpdesk, a kombucha maker's distributor desk and a national archive's reading-room
 * registration desk, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b164-sklive', B62, 97));
const TICKET_DB_PW = 'Nordkurve_Gate7!2291';
const SENTRY_KEY = fill('b164-sentry', HEX, 32);
const SHOPIFY = tok('shpat_', fill('b164-shpat', HEX, 32));
const AKIA = tok('AKIA', fill('b164-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_SECRET = fill('b164-akias', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K7QZ2M1N/', 'B07R3WX9L5P/', fill('b164-slhook', B62, 24));
const RU_DB_PW = 'Vag0n-Remont#58';
const OPENAI = tok('sk-', 'proj-', fill('b164-oa1', B64URL, 74), 'T3BlbkFJ', fill('b164-oa2', B64URL, 74));
const TWILIO_SID = tok('AC', fill('b164-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b164-twtok', HEX, 32);
const GHP = gh('ghp', 'Mv8Qk2Tz5Lr9Wc3Hn7Bd1Xf4Ys6Pj0');
const SENDGRID = tok('SG.', fill('b164-sg1', B64URL, 22), '.', fill('b164-sg2', B64URL, 43));
const MX_DB_PW = 'Inquilin0s#2024mx';
const REDCAP = fill('b164-redcap', HEX.toUpperCase(), 32);
const AZ_KEY = `${fill('b164-azkey', B64, 86)}==`;
const TELEGRAM = tok('7391048265', ':AA', fill('b164-tg', B64URL, 33));
const MAILGUN = tok('key-', fill('b164-mg', HEX, 32));
const DOCKER_AUTH = b64('arxeio-ci:Pyl0s!Anagnost1rio');
const GLPAT = tok('glpat-', fill('b164-glpat', B62, 20));
const VAULT = tok('hvs.', 'CAESI', fill('b164-vault', B64URL, 86));
const REG_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'reg-2024-11' }, { sub: 'svc-registry-export', aud: 'lumen-registry-api', scope: 'patients:read', iat: 1731571200, exp: 1731657600 }, 'b164-regjwt');
const GOOGLE = tok('AIza', 'Sy', fill('b164-gapi', B64URL, 33));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b164-rklive', B62, 97));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b164-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b164-rsa', 1190);
const BASIC = b64('turnstile-sync:Kapu7!forgo-B');
const POSTMAN = tok('PMAK-', fill('b164-pm1', HEX, 24), '-', fill('b164-pm2', HEX, 34));
const DD_API = fill('b164-ddapi', HEX, 32);
const DD_APP = fill('b164-ddapp', HEX, 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b164-atl', B64URL, 171), '=', fill('b164-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b164-ntn1', DIGITS, 11), fill('b164-ntn2', B62, 35));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298473650182736491/', fill('b164-dischook', B64URL, 68));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b164-ant', B64URL, 93), 'AA');
const NPM = gh('npm', 'Ra4Vt7Kq1Zm9Xw3Lp6Hs2Dn8Bc5Gf0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b164-pypi', B64URL, 150));
const HF = tok('hf_', fill('b164-hf', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34));
const GCP_PEM = pem('PRIVATE KEY', 'b164-gcp', 1218, '\\n');
const TEAMS_HOOK = tok('https://hearthgate.webhook.office.com/webhookb2/', '7c2e9a14-3b6d-4f80-a5c1-e94d2b7f0368@4a8f1c63-92e5-4d17-b0a6-3f7e5c2d9b81/IncomingWebhook/', fill('b164-teams1', HEX, 32), '/', '9e4b2d71-6a08-4c3f-8d5e-1b7a6f0c2e94/', 'V2', fill('b164-teams2', B64URL, 43));
const AIRTABLE = tok('pat', fill('b164-at1', B62, 14), '.', fill('b164-at2', HEX, 64));
const CF_TOKEN = fill('b164-cftok', B64URL, 40);
const AZ_SECRET = tok(fill('b164-azs1', B62, 3), '8Q~', fill('b164-azs2', B62 + '~._-', 34));
const SLACK_BOT = tok('xoxb-', '5819203746', '2-', '7612093845176-', fill('b164-xoxb', B62, 24));
const WHSEC = tok('whsec_', fill('b164-whsec', B62, 32));
const SQUARE = tok('EAAA', fill('b164-square', B64URL, 60));
const DO_TOKEN = tok('dop_v1_', fill('b164-dop', HEX, 64));

export const BATCH164_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Box office checkout is throwing 500s since the deploy. Can you spot anything wrong in the env?

${amb('source_code.snippet', f`# ticketing-api/.env.production (Harbourside Stadium)
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
TICKETING_DB_URL=postgres://boxoffice:${v('credential.database_url_password', TICKET_DB_PW)}@db-ticketing.internal:5432/tickets
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o482913.ingest.sentry.io/6120475`)}
SEAT_HOLD_TTL_SECONDS=600`)}`),

  rec('chat_gsw', f`Grüezi mitenand, chasch mer schnäll e churzi Mail an d Stewards schriibe? Si söled sich am Samschtig am 17:30 bim Tor B mälde. S Passwort fürs Steward-Tablet isch neu ${v('credential.password_in_prose', 'Sektor-B!Gelb44')}, das söled si bitte nöd uf WhatsApp schicke.`),

  rec('chat_fr_ca', f`Salut! Peux-tu m'aider à écrire un message pour le locataire du 4B? Y'arrive pas à se connecter au portail. Je lui ai remis son mot de passe temporaire : ${v('credential.password_in_prose', 'Erable-Loyer-8317')} pis faut qu'il le change à la première connexion. Faut que ça sonne poli mais pas trop formel, genre québécois.`),

  rec('chat_pt_br', f`Oi! Tô integrando a planilha dos distribuidores com a loja Shopify da kombucha. Esse token de acesso ${v('credential.shopify_access_token', SHOPIFY)} funciona no Postman mas no Apps Script dá 401. O que pode ser? Uso o header X-Shopify-Access-Token.`),

  rec('config_ja', f`閲覧室の利用者登録データをS3にバックアップするスクリプトが「SignatureDoesNotMatch」で失敗します。~/.aws/credentials は以下の通りです：

${amb('source_code.snippet', f`[archive-backup]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-northeast-1`)}

どこが間違っていますか？`),

  rec('chat_ko', f`화차 결함 알림을 슬랙으로 보내려고 하는데 webhook이 404를 반환해요. URL은 ${v('credential.slack_webhook_url', SLACK_HOOK)} 이고, 정비계획팀 채널에 연결돼 있어요. curl로 보내면 "no_service"라고 나옵니다. 왜 그럴까요?`),

  rec('config_ru', f`Привет. Сервис планирования ремонта вагонов не подключается к базе после переезда сервера. Вот строка из appsettings:

${amb('source_code.snippet', f`"ConnectionStrings": {
  "WagonRepair": "Server=${ip('10.42.17.8')},1433;Database=VagonPlan;User Id=planner_svc;Password=${v('credential.connection_string_password', RU_DB_PW)};TrustServerCertificate=True"
}`)}

Ошибка: Login failed for user 'planner_svc'. Пароль точно правильный, его вчера сменили.`),

  rec('code_py_zh', f`帮我看一下这个脚本，为什么总是超时？是给罕见病登记处的患者来信做摘要用的。

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(letter: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "用三句话总结：" + letter}],
        timeout=10,
    )
    return resp.choices[0].message.content`)}
\`\`\``),

  rec('chat_ar', f`مرحباً، نرسل رسائل SMS للمستأجرين عند انقطاع المياه عن طريق Twilio، لكن الرسائل لا تصل منذ أمس. هذه البيانات التي في الإعدادات:
Account SID: ${v('credential.twilio_account_sid', TWILIO_SID)}
Auth Token: ${v('credential.twilio_auth_token', TWILIO_TOKEN)}
هل المشكلة في الحساب أم في الرقم المرسِل؟`),

  rec('chat_he', f`אני מנסה לדחוף שינוי למאגר של אפליקציית הסדרנים ומקבל שגיאה. ה-remote מוגדר ככה:
${amb('source_code.snippet', f`git remote set-url origin https://${v('credential.github_pat', GHP)}@github.com/harbourside-stadium/steward-app.git`)}
ואז git push נותן 403. הטוקן נוצר אתמול. מה חסר?`),

  rec('chat_hinglish', f`Bhai ek help chahiye, distributor order confirmation mails bounce ho rahe hain. SendGrid key ye hai ${v('credential.sendgrid_api_key', SENDGRID)} — kya isme Mail Send permission missing hai? Dashboard mein "restricted access" likha hai.`),

  rec('shell_es_mx', f`Oye, ¿por qué me sale "Access denied" si estoy usando el mismo usuario que el sistema de tickets de inquilinos?

${amb('source_code.snippet', f`mysql -h ${ip('192.168.40.12')} -u helpdesk_admin -p'${v('credential.mysql_cli_password', MX_DB_PW)}' inquilinos_db -e "SELECT COUNT(*) FROM tickets WHERE estado='abierto';"`)}

Desde mi laptop sí jala, desde el servidor no.`),

  rec('env_it', f`Ciao, sto collegando lo script di esportazione del registro malattie rare all'API di REDCap. Nel file config ho messo:

${amb('source_code.snippet', f`REDCAP_URL=https://redcap.registro-lumen.it/api/
REDCAP_API_TOKEN=${v('credential.generic_secret_assignment', REDCAP)}
EXPORT_FORMAT=csv`)}

ma ricevo "You do not have permissions to use the API". Il token è del mio utente. Cosa devo chiedere all'amministratore?`),

  rec('config_nl', f`Onze wagenonderhoudsplanning schrijft de inspectierapporten naar Azure Blob, maar sinds vanochtend krijgen we AuthenticationFailed. Dit is de connection string uit de Function App:

${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=corviawagonrapporten;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net`)}

Is de sleutel misschien geroteerd?`),

  rec('chat_pl', f`Cześć, mamy bota na Telegramie dla koordynatorów stewardów (grupa „Sektor C – mecz”). Token bota: ${v('credential.telegram_bot_token', TELEGRAM)}. Bot nie odpowiada na /start w grupie, tylko w prywatnej wiadomości. Jak to naprawić?`),

  rec('chat_tr', f`Merhaba, bayilere giden fatura e-postaları Mailgun üzerinden gidiyor ama "Forbidden" hatası alıyoruz. API anahtarımız: ${v('credential.mailgun_api_key', MAILGUN)}. Domain EU bölgesinde, sorun bu olabilir mi?`),

  rec('json_el', f`Το CI του αρχείου δεν μπορεί να κάνει pull την εικόνα του συστήματος εγγραφής αναγνωστών. Αυτό είναι το ~/.docker/config.json στον runner:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.arxeio.gr": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Γιατί λέει unauthorized;`),

  rec('chat_sv', f`Hej! Kan du förklara varför vår pipeline för biljettappen inte får klona submodulen? Jag har lagt in en personlig åtkomsttoken från GitLab: ${v('credential.gitlab_pat', GLPAT)} med read_repository. Felet är "HTTP Basic: Access denied".`),

  rec('shell_fi', f`Vaunujen huoltosuunnittelun skripti ei saa salaisuuksia Vaultista. Ajoin nämä:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.corvia.fi:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/huolto/sap
Error reading secret/data/huolto/sap: Code: 403. Errors: * permission denied`)}

Mikä policy puuttuu?`),

  rec('http_uk', f`Добрий день! Експорт з реєстру рідкісних захворювань повертає 401. Ось запит, який відправляє скрипт:

${amb('source_code.snippet', f`GET /api/v2/patients/export?since=2024-11-01 HTTP/1.1
Host: api.lumen-registry.org
Authorization: Bearer ${v('credential.jwt', REG_JWT)}
Accept: text/csv`)}

Токен видали вчора. Чому він не приймається?`),

  rec('chat_vi', f`Chào bạn, mình làm bản đồ tuyến giao kombucha cho nhà phân phối bằng Google Maps. Key mình dùng là ${v('credential.google_api_key', GOOGLE)}, nhưng bị lỗi "RefererNotAllowedMapError". Mình cần thêm domain nào vào danh sách?`),

  rec('chat_th', f`ช่วยเขียนประกาศสั้นๆ ให้ผู้เช่าอาคาร B หน่อยค่ะ ว่าวันที่ 20 จะเปลี่ยน Wi-Fi ล็อบบี้ ชื่อเครือข่ายใหม่ HG-Lobby-B รหัสผ่าน ${v('credential.password_in_prose', 'Lobby2024#hgB')} ขอภาษาไทยกับภาษาอังกฤษนะคะ`),

  rec('chat_id', f`Halo, aku mau bikin laporan penjualan kombucha per distributor otomatis dari Stripe. Aku pakai restricted key ${v('credential.stripe_restricted_key', RK_LIVE)} dengan akses read ke charges. Tapi endpoint /v1/balance_transactions ditolak. Permission apa yang kurang ya?`),

  rec('chat_ka', f`გამარჯობა, ტურნიკეტების ადმინ პანელში ვეღარ შევდივარ. მომხმარებელი: turnstile_admin, პაროლი: ${v('credential.password_in_prose', 'Dinamo#Tbilisi77')}. სისტემა წერს "account locked". როგორ მოვხსნა ბლოკი?`),

  rec('chat_hy', f`Բարև, ընթերցասրահի գրանցման համակարգում նոր աշխատակցի համար հաշիվ եմ բացել։ Մուտքանուն՝ reading_desk03, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Matenadaran!2025')}։ Օգնիր գրել կարճ նամակ, որ առաջին մուտքից հետո փոխի գաղտնաբառը։`),

  rec('chat_am', f`ሰላም፣ የብርቅዬ በሽታዎች መዝገብ ሲስተም ላይ አዲስ ሰራተኛ አካውንት ከፍቻለሁ። የተጠቃሚ ስም: registry.addis፣ የይለፍ ቃል: ${v('credential.password_in_prose', 'Lumen@Addis2024')}። ይህንን በአማርኛ በአጭር ኢሜል እንዲነገራት እርዳኝ።`),

  rec('chat_bn', f`হ্যালো, ডিস্ট্রিবিউটর পোর্টালের নতুন লগইন পাঠাতে হবে। ইউজার: dhaka_dist, পাসওয়ার্ড: ${v('credential.password_in_prose', 'Scoby#Dhaka55')}। একটা ছোট ইমেইল লিখে দাও, বাংলায়, যেন প্রথমবার লগইনের পর পাসওয়ার্ড বদলে নেয়।`),

  rec('chat_ta', f`வணக்கம், பெட்டி பராமரிப்பு சர்வருக்கு SSH செய்ய முடியவில்லை. "Permission denied (publickey)" வருகிறது. நான் பயன்படுத்தும் key இது:

${v('credential.openssh_private_key', OSSH)}

இதற்கு chmod 600 செய்துவிட்டேன். வேறு என்ன சரிபார்க்க வேண்டும்?`),

  rec('chat_cs', f`Ahoj, potřebuju připojit helpdesk nájemníků k SFTP přístupového systému budovy. Dodavatel mi poslal tenhle klíč, ale WinSCP ho nechce načíst:

${v('credential.private_key', RSA)}

Musím ho převést do formátu PPK?`),

  rec('http_hu', f`Szia! A beléptetőkapuk vezérlője nem fogadja a szinkron kérést a jegyrendszerből. Ezt küldjük:

${amb('source_code.snippet', f`POST /api/v1/whitelist/sync HTTP/1.1
Host: ${ip('172.20.8.41')}:8443
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"matchId": "HS-2024-19", "gate": "C3"}`)}

A válasz 401. Mit rontunk el?`),

  rec('chat_ro', f`Salut, încerc să rulez colecția Postman pentru API-ul de comenzi al distribuitorilor de kombucha din CLI cu newman. Cheia mea Postman e ${v('credential.postman_api_key', POSTMAN)}, dar primesc "AuthenticationError". Trebuie generată alta pentru workspace-ul echipei?`),

  rec('yaml_hr', f`Datadog agent na poslužitelju za planiranje održavanja vagona ne šalje metrike. datadog.yaml:

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: odrzavanje-planer-01
tags:
  - team:odrzavanje-vagona`)}

Je li problem u site postavci?`),

  rec('shell_bg', f`Здравейте, скриптът, който отваря задачи в Jira за новите читателски карти в архива, спря да работи:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'n.petrova@archives-bg.eu')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://arhiv-chitalnya.atlassian.net/rest/api/3/issue \\
  -d @nova_karta.json`)}

Връща 401. Какво да проверя?`),

  rec('chat_sr', f`Здраво, повезао сам Notion базу пријава станара са нашим скриптом. Интеграциони токен: ${v('credential.notion_token', NOTION)}. Скрипт види базу "Кварови – Блок 2", али не и "Захтеви станара". Шта треба да подесим?`),

  rec('chat_sk', f`Ahoj, posielame hlásenia stewardov z bránok do Discordu cez webhook ${v('credential.discord_webhook_url', DISCORD_HOOK)}, ale od včera chodí chyba 10015 Unknown Webhook. Niekto ho asi zmazal? Ako ho mám znovu nastaviť?`),

  rec('chat_sl', f`Živjo, za register redkih bolezni pripravljam skripto, ki anonimizira zapiske zdravnikov s Claude API. Ključ: ${v('credential.anthropic_api_key', ANTHROPIC)}. Dobim napako "overloaded_error" – ali je to težava pri meni ali pri njih?`),

  rec('npmrc_lt', f`Sveiki, CI negali įdiegti mūsų privataus paketo @corvia/wagon-utils. Mūsų .npmrc:

${amb('source_code.snippet', f`@corvia:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
always-auth=true`)}

Klaida E404. Ką daryti?`),

  rec('pypirc_lv', f`Sveiki, mēģinu publicēt arhīva lasītavas reģistrācijas bibliotēku PyPI, bet twine saka 403. Mans ~/.pypirc:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Vai tokenam ir jābūt projekta līmenī?`),

  rec('chat_et', f`Tere! Tahan kasutada Hugging Face mudelit, et jaotada edasimüüjate tellimuste e-kirjad kategooriatesse. Minu token ${v('credential.huggingface_token', HF)} töötab brauseris, aga Pythonis saan 401. Kas see on "read" või "fine-grained" probleem?`),

  rec('json_da', f`Hej, vores eksportjob fra registret for sjældne sygdomme til BigQuery fejler med "invalid_grant". Her er nøglefilen, som ligger på serveren:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lumen-registry-dk",
  "private_key_id": "${fill('b164-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'bq-export@lumen-registry-dk.iam.gserviceaccount.com')}",
  "client_id": "108374926150384726193",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40lumen-registry-dk.iam.gserviceaccount.com')}"
}`))}

Er uret på serveren forkert, eller er nøglen tilbagekaldt?`),

  rec('chat_nb', f`Hei! Vi sender varsler om vannlekkasje fra leietakerportalen til en Teams-kanal. Webhooken er ${v('credential.teams_webhook_url', TEAMS_HOOK)}, men meldingene kommer ikke fram etter at Microsoft endret noe. Må vi over til Workflows?`),

  rec('chat_is', f`Halló, geturðu hjálpað mér að skrifa stutt skilaboð til nýja viðhaldsskipuleggjandans? Innskráning í vagnakerfið: notandi hjalti.v, lykilorð ${v('credential.password_in_prose', 'Jarnbraut-Vagn9!')} — hann þarf að breyta því við fyrstu innskráningu.`),

  rec('chat_fa', f`سلام، برای سامانه بلیت‌فروشی ورزشگاه یک حساب موقت برای پیمانکار ساختم. نام کاربری: contractor_gate و رمز عبور: ${v('credential.password_in_prose', 'Azadi-Gate#904')}. لطفاً یک متن کوتاه بنویس که بگوید این حساب فقط تا پایان هفته فعال است.`),

  rec('chat_zh_tw', f`請幫我看一下，為什麼我用 Airtable 的 API 讀不到經銷商名單？我的個人存取權杖是 ${v('credential.airtable_pat', AIRTABLE)}，scope 有勾 data.records:read，可是一直回 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND。`),

  rec('env_es_ar', f`Che, me ayudás con esto? El script que purga la caché de la web de entradas del estadio tira 403:

${amb('source_code.snippet', f`CLOUDFLARE_ZONE_ID=4c9e2a71b3d85f06e1a7c4b29d3f8e50
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}`)}

El token lo creé con la plantilla "Edit zone DNS", capaz que es eso?`),

  rec('chat_pt_pt', f`Bom dia, o serviço de pedidos de leitura do arquivo deixou de ligar à base de dados depois da migração. A variável está assim: DATABASE_URL=postgresql://sala_leitura:${v('credential.database_url_password', 'Torre.Tombo-5521')}@${ip('10.8.3.25')}:5432/leitores — consegue perceber se falta alguma coisa? O erro é "password authentication failed".`),

  rec('json_fr', f`Bonjour, l'application d'export du registre des maladies rares n'arrive plus à obtenir de jeton Entra ID. Voici l'extrait d'appsettings.json :

${amb('source_code.snippet', f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "5f2c8e19-7a4d-4b63-9e0f-3c1a6d8b2e47",
  "ClientId": "a94e1c73-2d58-4f06-b8e1-7c3d9a5f2b60",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
}`)}

L'erreur est AADSTS7000215. Le secret a-t-il expiré ?`),

  rec('yaml_de', f`Hallo, unser Bot für die Wagenmeister-Schichtübergabe postet nicht mehr in Slack. Ausschnitt aus der Helm values.yaml:

${amb('source_code.snippet', f`schichtbot:
  slack:
    botToken: "${v('credential.slack_bot_token', SLACK_BOT)}"
    channel: "#wagenmeister-nord"
  schedule: "45 5,13,21 * * *"`)}

Fehler: not_in_channel. Muss der Bot erst eingeladen werden?`),

  rec('chat', f`Our rent-payment webhook handler rejects every event with "No signatures found matching the expected signature". I copied the signing secret from the dashboard: ${v('credential.stripe_webhook_secret', WHSEC)}. We're behind nginx. Is it the raw body thing?`),

  rec('chat_en_au', f`G'day, we sell at the Saturday markets through Square and I want to pull the daily takings into our distributor sheet. Access token from the dev dashboard is ${v('credential.square_access_token', SQUARE)}. Is that the sandbox one or production? It starts with EAAA so I assumed prod.`),

  rec('chat_ms', f`Hai, boleh tolong tulis WhatsApp ringkas untuk pengedar baru kita di Penang? Login portal pengedar: username penang_dist, kata laluan ${v('credential.password_in_prose', 'Kombucha@Pg2024')}. Nak dia tukar password lepas first login.`),

  rec('chat_tl', f`Hi po, pakigawa naman ng maikling text para sa bagong tenant sa Unit 12C. Yung password ng tenant portal niya ay ${v('credential.password_in_prose', 'Unit12C-Bahay!')}, tapos kailangan niyang palitan pagka-login. Salamat po!`),

  rec('chat_sw', f`Habari, naomba msaada kuandika ujumbe mfupi kwa mpangaji mpya wa matengenezo ya mabehewa. Akaunti yake: jina la mtumiaji juma.k, nenosiri ${v('credential.password_in_prose', 'Behewa#Nairobi42')}. Abadilishe nenosiri baada ya kuingia mara ya kwanza.`),

  rec('config_ca', f`Hola, el commutador de la sala de lectura de l'arxiu no deixa entrar per SSH després del canvi. La configuració rellevant és:

${amb('source_code.snippet', f`hostname SW-SALA-LECTURA
username arxiu privilege 15 password 0 ${v('credential.network_device_secret', 'Pergami!Sala2024')}
interface Vlan20
 ip address ${ip('10.20.0.2')} ${ip('255.255.255.0')}
line vty 0 4
 login local
 transport input ssh`)}

Pots veure què falta?`),

  rec('shell', f`Why does this cron job hang on the registry's nightly pseudonymisation host? It works interactively.

${amb('source_code.snippet', f`0 2 * * * sshpass -p '${v('credential.cli_password', 'Pseudo-Night!83')}' ssh -o StrictHostKeyChecking=no etl@${ip('10.16.4.77')} '/opt/registry/bin/pseudonymise --date=$(date +\\%F)'`)}`),


  rec('chat_nl_be', f`Hallo, kunt ge eens kijken waarom ons script voor de verdelers-webshop geen droplets meer kan aanmaken? Ik gebruik DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}. We krijgen "Unable to authenticate you". Allez, ik snap het niet.`),

  rec('chat_ar_eg', f`ازيك، عايز أكتب رسالة للمستأجر في شقة ٧ إن الباسورد الجديد لبوابة المستأجرين هو ${v('credential.password_in_prose', 'Shaqa7#Nasr')} ولازم يغيره أول ما يدخل. اكتبها بالعامية المصرية ومهذبة.`),






];

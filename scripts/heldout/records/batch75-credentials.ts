/**
 * Held-out batch 75: credentials pasted by staff of a fishing fleet's shore office, a paediatric
 * orthopaedics clinic, an insolvency administrator, an opera house's box office, a satellite
 * ground-station operator and a driving-school franchise, in about thirty languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b75-akia', B32, 16));
const AKIA_SECRET = fill('b75-akias', B64, 40);
const ASIA = tok('ASIA', fill('b75-asia', B32, 16));
const ASIA_SECRET = fill('b75-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b75-awssess', B64, 320));
const TW_SID = tok('AC', fill('b75-twsid', HEX, 32));
const TW_AUTH = fill('b75-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b75-sg1', B64URL, 22), '.', fill('b75-sg2', B64URL, 43));
const SENTRY_DSN = tok('https://', fill('b75-sdsn', HEX, 32), '@o4508213.ingest.de.sentry.io/4508219377');
const TELEGRAM_MZ = tok('7418', fill('b75-tgid', DIGITS, 6), ':AA', fill('b75-tg', B64URL, 33));
const TELEGRAM_UZ = tok('6927', fill('b75-tguzid', DIGITS, 6), ':AA', fill('b75-tguz', B64URL, 33));
const AZ_CLIENT = tok(fill('b75-azc1', B62, 3), '8Q~', fill('b75-azc2', B62 + '~.-_', 34));
const AZ_CLIENT2 = tok(fill('b75-azd1', B62, 3), '8Q~', fill('b75-azd2', B62 + '~.-_', 34));
const OPENAI = tok('sk-proj-', fill('b75-oai1', B64URL, 74), 'T3BlbkFJ', fill('b75-oai2', B64URL, 74));
const GOOGLE = tok('AIza', 'Sy', fill('b75-gapi', B64URL, 33));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b75-atl', B64URL, 171), '=', fill('b75-atl2', HEX.toUpperCase(), 8));
const GLPAT = tok('glpat-', fill('b75-glpat', B62 + '-_', 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b75-slt', UPPER + DIGITS, 8), '/B0', fill('b75-slb', UPPER + DIGITS, 9), '/', fill('b75-slh', B62, 24));
const NOTION = tok('ntn_', fill('b75-ntn1', DIGITS, 11), fill('b75-ntn2', B62, 35));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b75-stripe', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b75-whsec', B62, 32));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b75-rk', B62, 97));
const SQUARE = tok('EAAA', fill('b75-square', B64URL, 60));
const MAILCHIMP = tok(fill('b75-mc', HEX, 32), '-us14');
const SHPAT = tok('shpat_', fill('b75-shpat', HEX, 32));
const BREVO = tok('xkeysib-', fill('b75-brevo1', HEX, 64), '-', fill('b75-brevo2', B62, 16));
const JWT_TICKETS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'bo-2024-11' }, { sub: 'kassa-07', iss: 'https://auth.lindenhall-oper.de', aud: 'ticketing-api', scope: 'orders:write refunds:write', iat: 1732780800, exp: 1732867200 }, 'b75-jwtbo');
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1309' + fill('b75-dchid', DIGITS, 15), '/', fill('b75-dch', B64URL, 68));
const ALI_ID = tok('LTAI', '5t', fill('b75-ltai', B62, 18));
const ALI_SECRET = fill('b75-alisec', B62, 30);
const VAULT = tok('hvs.', 'CAESI', fill('b75-vault', B64URL, 86));
const GHFG = tok('github_pat_', '11', fill('b75-ghfg1', UPPER + DIGITS, 20), '_', fill('b75-ghfg2', B62, 59));
const TFC = tok(fill('b75-tfc1', B62, 14), '.atlasv1.', fill('b75-tfc2', B62, 67));
const DD_API = fill('b75-ddapi', HEX, 32);
const DD_APP = fill('b75-ddapp', HEX, 40);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b75-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GHP = gh('ghp', 'Kf3Wm8Rt1Qz6Nb4Vx9Lc2Hy7Pd5Js0');
const FCM = tok('AAAA', fill('b75-fcm1', B64URL, 7), ':APA91b', fill('b75-fcm2', B64URL, 134));
const GROQ = tok('gsk_', fill('b75-groq', B62, 52));
const HF = tok('hf_', fill('b75-hf', B62, 34));
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'xkqwnbtrvmlzhdpacfej', role: 'service_role', iat: 1726012800, exp: 2041588800 }, 'b75-supa');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b75-ant', B64URL, 93), 'AA');
const DOP = tok('dop_v1_', fill('b75-dop', HEX, 64));
const CF_TOKEN = fill('b75-cftok', B62 + '_-', 40);
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b75-pypi', B64URL, 160));
const DCKR = tok('dckr_', 'pat_', fill('b75-dckr', B64URL, 27));
const POSTMAN = tok('PMAK-', fill('b75-pmak1', HEX, 24), '-', fill('b75-pmak2', HEX, 34));
const AZ_STORAGE = tok(fill('b75-azst', B64, 86), '==');
const SAS_SIG = `${fill('b75-sas1', B62, 16)}%2F${fill('b75-sas2', B62, 14)}%2B${fill('b75-sas3', B62, 11)}%3D`;
const LINEAR = tok('lin_api_', fill('b75-linear', B62, 40));
const NPM = gh('npm', 'Tq8Ws2Ez5Rx1Cv7Bn4Ml9Kj3Hg6Fd0');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b75-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const DATABRICKS = tok('dapi', fill('b75-dbx', HEX, 32));
const MAILGUN = tok('key-', fill('b75-mailgun', HEX, 32));
const PKCS8 = pem('PRIVATE KEY', 'b75-gcp-pk', 1216);
const RSA = pem('RSA PRIVATE KEY', 'b75-rsa', 1190);
const PPK_PRIV = b64Bytes('b75-ppk', 48);
const OKTA = tok('00', fill('b75-okta', B64URL, 40));
const HEROKU = tok('HRKU-', 'AA', fill('b75-hrku', B64URL, 58));
const GLSA = tok('glsa_', fill('b75-glsa1', B62, 32), '_', fill('b75-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b75-nrak', UPPER + DIGITS, 27));
const TYPE7 = tok('08', fill('b75-type7', '0123456789ABCDEF', 20));
const DOCKER_AUTH = b64('fahrwerk-ci:Kupplung!Schleif2024');
const BASIC_GH = b64('tema_ops:Sardinella#77');
const BEARER = fill('b75-bearer', B62 + '-._~', 56);
const B64_RK = b64(STRIPE_RK);
const B64_GH = b64(GHP);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH75_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`The catch-reporting uploader on the shore PC in Peterhead stopped sending to S3 overnight. Here's the .env, can you tell me whether the key looks disabled or the region is wrong?

${amb('source_code.snippet', f`# C:\\CatchSync\\.env
AWS_REGION=eu-west-2
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
BUCKET=skarvoy-landings-uk
VESSELS=PD-118,PD-233,FR-904`)}

Error in the log: "SignatureDoesNotMatch".`),

  rec('chat_nn', f`Kan du skrive ein kort melding til skipperen på «Havbris» om at VMS-portalen er oppe att? Brukarnamnet er framleis havbris.bru og passordet er no ${v('credential.password_in_prose', 'Sildafjord!2291')} – han må byte det første gong han loggar inn.`),

  rec('chat_fo', f`Hjálp mær at orða ein teldupost til bókhaldið: atgongdin til kvotuskipanina er broytt. Brúkaranavn: skarvoy.kvota, loyniorðið er ${v('credential.password_in_prose', 'Grindaboð-48a')}, og tað skal skiftast innan fríggjadag.`),

  rec('config_is', f`Tengingin við aflaskráningarkerfið virkar ekki eftir uppfærsluna. Hér er stillingaskráin, sérðu villuna?

${amb('source_code.snippet', f`<connectionStrings>
  <add name="Afli" connectionString="Server=sql-rvk-02;Database=Aflaskraning;User Id=afli_app;Password=${v('credential.connection_string_password', 'Þorskur#5508')};TrustServerCertificate=True" />
</connectionStrings>`)}

Villan er „Login failed for user 'afli_app'".`),

  rec('code_python_da', f`Auktions-SMS'erne til skipperne kommer ikke frem længere. Kan du se hvad der er galt?

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"

def send_auktionspris(nummer: str, art: str, pris: float) -> str:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    msg = client.messages.create(
        to=nummer,
        from_="Auktion",
        body=f"Hanstholm auktion: {art} {pris:.2f} kr/kg",
    )
    return msg.sid`)}
\`\`\`

Fejlen er "21612 – The 'To' phone number is not currently reachable".`),

  rec('chat_es', f`Oye, el correo de avisos de descarga en la lonja de Vigo ha dejado de salir. En el panel de SendGrid la clave que tenemos puesta es ${v('credential.sendgrid_api_key', SENDGRID)}. ¿Puede ser que la hayan revocado? ¿Cómo lo compruebo sin entrar al panel?`),

  rec('docker_compose_pt', f`Olá, o contentor da base de dados das quotas não arranca no servidor de Peniche. Docker compose:

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: quotas
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Carapau-Peniche-19')}
    volumes:
      - ./dados:/var/lib/postgresql/data
  api:
    image: skarvoy/quotas-api:3.2.1
    environment:
      DATABASE_URL: postgres://quotas:${v('credential.database_url_password', 'Carapau-Peniche-19')}@db:5432/quotas
      SENTRY_DSN: ${v('credential.sentry_dsn', SENTRY_DSN)}`)}

O erro é "initdb: directory exists but is not empty".`),

  rec('chat_pt_mz', f`Boa tarde, o bot que manda os alertas das embarcações para o grupo dos armadores na Beira deixou de responder. O token que o colega deixou no script é ${v('credential.telegram_bot_token', TELEGRAM_MZ)}. Preciso de criar outro com o BotFather ou dá para reactivar este?`),

  rec('curl', f`Chale, the fish-hold temperature API at Tema keeps returning 401 for this call, but the same user works in the browser:

${amb('source_code.snippet', f`curl -s https://coldchain.skarvoy-gh.com/api/v2/holds/readings?vessel=GH-TEMA-07 \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_GH)}" \\
  -H "Accept: application/json"`)}

Is the header built wrongly?`),

  rec('mirth_de', f`Unser Mirth-Kanal für die Röntgenbefunde (HL7 ORU) schreibt seit dem Update nichts mehr in die Datenbank. Kanal-Konfiguration, Datenbank-Writer:

${amb('source_code.snippet', f`Driver: org.postgresql.Driver
URL: jdbc:postgresql://pacs-db01.orthokids.local:5432/befunde
Username: mirth_writer
Password: ${v('credential.password_assignment', 'Gipsschiene!Kinder24')}
SQL: INSERT INTO ru_befund (pid, accession, text) VALUES (\${pid}, \${acc}, \${obx5})`)}

Fehler im Log: "FATAL: password authentication failed". Das Passwort ist aber richtig?`),

  rec('chat_fr_ch', f`Bonjour, l'application de prise de rendez-vous de la clinique (site de Lausanne) n'arrive plus à lire les agendas Outlook. Dans Entra ID j'ai créé un nouveau secret client : ${v('credential.azure_client_secret', AZ_CLIENT)} pour l'appli « ortho-agenda ». Est-ce que je dois aussi redonner le consentement administrateur pour Calendars.Read ?`),

  rec('chat_it', f`Mi scrivi un messaggio per la tecnica di radiologia? Le credenziali del PACS per il turno di sabato sono: utente rx_sabato, la password è ${v('credential.password_in_prose', 'Femore#Bimbi2025')}. Deve cambiarla dopo il primo accesso e non scriverla sul post-it.`),

  rec('appsettings_nl', f`De koppeling tussen ons EPD en het groeicurve-dashboard geeft een timeout. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Epd": "Data Source=epd-sql.kinderortho.nl;Initial Catalog=Groeicurves;User ID=dashboard_ro;Password=${v('credential.connection_string_password', 'Knieschijf-7731!')};Encrypt=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

Moet Encrypt=True weg?`),

  rec('chat_fy', f`Kinst my helpe mei in berjochtsje foar de nije kollega op de rizenôfdieling? "Dyn akkount foar it planningssysteem is klear. Brûkersnamme: j.hoekstra, wachtwurd: ${v('credential.password_in_prose', 'Skûtsje!Snits88')}. Feroarje it asjebleaft daliks."`),

  rec('code_python_he', f`הסקריפט שמסכם את מכתבי השחרור של המרפאה נופל עם 429. מה לא בסדר?

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(letter: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "סכם בעברית פשוטה להורים"},
                  {"role": "user", "content": letter}],
    )
    return r.choices[0].message.content`)}
\`\`\``),

  rec('chat_ar_gulf', f`هلا، الخريطة في صفحة حجز المواعيد لفرع العيادة في دبي ما تطلع، تطلع "This page can't load Google Maps correctly". المفتاح اللي حاطينه ${v('credential.google_api_key', GOOGLE)} — لازم نفعّل الفوترة ولا المشكلة في القيود على الدومين؟`),

  rec('powershell_de', f`Ich will aus der Kanzlei die Postfächer der Insolvenzschuldnerin (Übernahme durch uns als Verwalter) per Graph auslesen. Skript bricht mit 401 ab:

${code(f`$tenant = "b7c41e2a-90d3-4f6b-8a15-3e2d7c9f0b64"
$appId  = "5e9a0c37-14bd-4e82-9f6a-c08d2b71e453"
$geheim = "${v('credential.azure_client_secret', AZ_CLIENT2)}"

$antwort = Invoke-RestMethod -Method Post \`
  -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" \`
  -Body @{ grant_type = "client_credentials"; client_id = $appId; client_secret = $geheim; scope = "https://graph.microsoft.com/.default" }

$postfach = "${v('pii.email', 'buchhaltung@mueller-metallbau-gmbh.de')}"
Invoke-RestMethod -Headers @{ Authorization = "Bearer $($antwort.access_token)" } \`
  -Uri "https://graph.microsoft.com/v1.0/users/$postfach/messages?\`$top=50"`)}

Fehlt mir eine Berechtigung (Mail.Read als Anwendung)?`),

  rec('chat_fr', f`Peux-tu reformuler ce message aux créanciers ? « Les pièces de la procédure de liquidation de la SAS Boulangerie Vernier sont disponibles dans la data room. Identifiant : creanciers-vernier, mot de passe : ${v('credential.password_in_prose', 'Mandataire&Lyon-2024')}. L'accès sera coupé le 31 janvier. » Je voudrais un ton plus formel.`),

  rec('shell_pl', f`Syndyk poprosił o zrzut tabeli wierzytelności z bazy upadłego. Próbowałem tak:

${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '10.20.4.17')} -u syndyk_ro -p'${v('credential.mysql_cli_password', 'Upadlosc#Kalisz7')}' spolka_xyz -e "SELECT * FROM wierzytelnosci" > wierzytelnosci.tsv`)}

ale polskie znaki są rozwalone w pliku. Jak ustawić utf8mb4?`),

  rec('curl_cs', f`Potřebuju vytáhnout z Jiry všechny úkoly k insolvenčnímu řízení firmy Kovotech. Tohle vrací 401:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'spravce@insolvence-dvorak.cz')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://insolvence-dvorak.atlassian.net/rest/api/3/search?jql=project=KOVO"`)}

Token jsem vytvořil včera.`),

  rec('chat_sk', f`Pri pushnutí do repozitára so skriptami na prihlášky pohľadávok dostávam "HTTP Basic: Access denied". Remote mám nastavený takto:
https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.spravca-konkurz.sk/konkurz/prihlasky.git
Je problém v tom, že token má len read_repository?`),

  rec('chat_hu', f`A felszámolási iroda archív szerverére nem tudok belépni az új laptopról, a ssh jelszót kér. Ezt a kulcsot másoltam át a régi gépről, jó a formátum?

${v('credential.openssh_private_key', OSSH)}

A jogosultság 644, lehet az a baj?`),

  rec('code_js_ro', f`Vreau ca fiecare nouă declarație de creanță încărcată în portal să apară pe canalul nostru de Slack. Codul de mai jos nu trimite nimic:

${code(f`const WEBHOOK = '${v('credential.slack_webhook_url', SLACK_HOOK)}';

export async function anuntaCreanta(dosar, creditor, suma) {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: \`Dosar \${dosar}: creanță nouă de la \${creditor}, \${suma} lei\` }),
  });
}`)}`),

  rec('env_sr', f`Napravio sam mali sinhronizator između Notion baze stečajnih predmeta i našeg kalendara ročišta. Da li je ovo dovoljno:

${amb('source_code.snippet', f`NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB=2f8c41a97d3e4b06a5e1c98d7b20f3a6
KALENDAR_ID=${v('pii.email', 'rocista@stecaj-petrovic.rs')}`)}

Ili treba još nešto za deljenje baze sa integracijom?`),

  rec('code_php_el', f`Το webhook της Stripe για τις κρατήσεις θέσεων στην όπερα γυρνάει 400 "No signatures found". Ο κώδικας:

${code(f`<?php
\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_LIVE)}');
$endpointSecret = '${v('credential.stripe_webhook_secret', STRIPE_WH)}';

$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';
try {
    $event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpointSecret);
} catch (\\UnexpectedValueException $e) {
    http_response_code(400);
    exit();
}
if ($event->type === 'checkout.session.completed') {
    kratisiEpivevaiosi($event->data->object->metadata->booking_id);
}`)}

Μήπως φταίει ότι το Nginx αλλάζει το body;`),

  rec('chat_tr', f`Gişedeki yeni Square terminali abonelik kartlarını okumuyor. Entegrasyonda kullandığımız üretim anahtarı ${v('credential.square_access_token', SQUARE)}. Sandbox anahtarıyla her şey çalışıyordu; üretim için ayrı bir lokasyon kimliği mi gerekiyor?`),

  rec('chat_ka', f`გამარჯობა, ოპერის თეატრის საინფორმაციო ბიულეტენის Mailchimp ექსპორტი არ მუშაობს. API გასაღები: ${v('credential.mailchimp_api_key', MAILCHIMP)}. რა შეიძლება იყოს მიზეზი, რომ 401 ბრუნდება?`),

  rec('env_es_cl', f`Hola, la tienda de abonos del Teatro en Shopify no sincroniza los pedidos con la boletería. Esto tenemos en el .env del conector:

${amb('source_code.snippet', f`SHOPIFY_STORE=teatro-municipal-stgo.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
BOLETERIA_URL=https://boleteria.teatrostgo.cl/api
SYNC_CADA_MIN=10`)}

¿Falta algún scope para leer los pedidos?`),

  rec('chat_es_uy', f`Che, ¿me ayudás con el mail de la temporada lírica? Lo mandamos por Brevo, la clave de la API es ${v('credential.brevo_api_key', BREVO)}, y quiero que el asunto salga con el nombre del abonado. ¿Cómo se hace eso con la plantilla?`),

  rec('http_ja', f`チケット販売APIに払い戻しをPOSTすると403になります。リクエストはこれです：

${amb('source_code.snippet', f`POST /v1/refunds HTTP/1.1
Host: ticketing.lindenhall-oper.de
Authorization: Bearer ${v('credential.jwt', JWT_TICKETS)}
Content-Type: application/json

{"order_id":"BO-2024-118273","seats":["Parkett R7 P12","Parkett R7 P13"],"reason":"公演中止"}`)}

スコープは refunds:write が入っているはずです。`),

  rec('chat_ko', f`공연 매진 알림을 디스코드 채널로 보내고 있었는데 오늘부터 404가 떠요. 웹훅 주소는 ${v('credential.discord_webhook_url', DISCORD_HOOK)} 입니다. 채널을 옮겨서 그런 걸까요?`),

  rec('code_python_zh', f`售票处的座位图每天晚上要备份到阿里云 OSS，脚本报 InvalidAccessKeyId，帮我看看：

${code(f`import oss2

# 票务中心 备份用账号
auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-hangzhou.aliyuncs.com", "opera-seatmaps")

def backup(path: str) -> None:
    key = "seatmaps/" + path.split("/")[-1]
    bucket.put_object_from_file(key, path)`)}`),

  rec('shell_ru', f`Наземная станция в Мурманске не может получить сертификаты для антенного контроллера из Vault. Вот сессия:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.polarlys-gs.net:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/antenna/ctrl-mur-01
Error making API request.
Code: 403. Errors:
* permission denied`)}

Политика у токена вроде бы antenna-read. Что проверить?`),

  rec('json_uk', f`Планувальник проходів супутників не може писати в BigQuery. Ось ключ сервісного акаунта, який нам видали (проєкт ops):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "polarlys-gs-ops",
  "private_key_id": "${fill('b75-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', PKCS8.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'pass-scheduler@polarlys-gs-ops.iam.gserviceaccount.com')}",
  "client_id": "104827361950284736152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'pass-scheduler%40polarlys-gs-ops.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Помилка: "Access Denied: Table polarlys-gs-ops:passes.log: User does not have bigquery.tables.updateData".`),

  rec('chat', f`Our ground-station config repo is private and the CI on the Punta Arenas runner can't clone the submodule anymore. I created a fine-grained token for it: ${v('credential.github_fine_grained_pat', GHFG)} — read-only Contents on polarlys/antenna-profiles. Do fine-grained tokens even work for submodules over HTTPS?`),

  rec('json_fi', f`Terraform ei enää pääse Terraform Cloudiin Sodankylän maa-aseman build-koneelta, koska proxy estää selaimen kirjautumisen. Kirjoitin tiedoston käsin:

${amb('source_code.snippet', f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

Polku on %APPDATA%\\terraform.d\\credentials.tfrc.json. Onko jotain väärin?`),

  rec('helm_et', f`Tartu maajaama monitooringu Datadog agent ei saada meetrikaid. Helm values:

${amb('source_code.snippet', f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.eu
  clusterName: gs-tartu-k3s
  tags:
    - "jaam:tartu"
    - "antenn:s-band-7m"`)}

Kas clusterName võib sisaldada sidekriipse?`),

  rec('k8s_en_sg', f`Secret for the Singapore TT&C node. kubectl apply works but the pod still can't pull from GitHub packages, and the billing job says the Stripe key is invalid:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: ttc-sg-secrets
  namespace: ground
type: Opaque
data:
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', B64_GH)}
  STRIPE_KEY: ${v('credential.base64_encoded_token', B64_RK)}
  REGION: YXAtc291dGhlYXN0LTE=`)}

Is base64 with a trailing newline the issue?`),

  rec('code_python_uz', f`Assalomu alaykum. Haydovchilik maktabimizning Telegram boti o'quvchilarga dars jadvalini yubormayapti. Kod:

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM_UZ)}"

async def jadval(update, context):
    talaba = update.effective_user.id
    await update.message.reply_text(dars_jadvali(talaba))

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("jadval", jadval))
app.run_polling()`)}

Xato: "telegram.error.Conflict: terminated by other getUpdates request".`),

  rec('chat_sw', f`Habari, naomba unisaidie kuandika ujumbe kwa mwalimu mpya wa udereva tawi la Mombasa: "Akaunti yako ya mfumo wa ratiba iko tayari. Jina la mtumiaji ni mwalimu.juma na nenosiri ni ${v('credential.password_in_prose', 'Matatu#Likoni52')}. Tafadhali libadilishe ukiingia mara ya kwanza."`),

  rec('chat_am', f`ሰላም፣ የመንጃ ትምህርት ቤታችን መተግበሪያ ለተማሪዎች የፈተና ቀን ማሳወቂያ አይልክም። የFirebase server key ይህ ነው፦ ${v('credential.firebase_fcm_server_key', FCM)} ። ወደ HTTP v1 መቀየር ግዴታ ነው?`),

  rec('chat_ig', f`Ndewo, anyị na-eji Groq maka chatbot ụlọ akwụkwọ ịnya ụgbọ ala anyị na Enugu. Igodo API bụ ${v('credential.groq_api_key', GROQ)}. Gịnị kpatara o ji na-ekwu "rate limit exceeded" mgbe ụmụ akwụkwọ iri na-ajụ ajụjụ n'otu oge?`),

  rec('chat_tw', f`Mepa wo kyɛw, boa me na kyerɛw nkra yi ma kyerɛkyerɛfo foforɔ wɔ Kumasi: "Wo akawnt wɔ booking system no mu awie. Username yɛ kofi.asante, na password no yɛ ${v('credential.password_in_prose', 'Adwoa-Lorry!63')}. Sesa no ntɛm ara."`),

  rec('notebook_hi', f`ड्राइविंग स्कूल के थ्योरी टेस्ट के सवालों को हिंदी से अंग्रेज़ी में ट्रांसलेट करने वाला नोटबुक चल नहीं रहा:

${amb('source_code.snippet', f`In [1]:
from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

In [2]:
from transformers import pipeline
anuvad = pipeline("translation", model="Helsinki-NLP/opus-mt-hi-en")`)}

Error: "Repository Not Found". टोकन read वाला है।`),

  rec('env_gu', f`અમારી ડ્રાઇવિંગ સ્કૂલની બુકિંગ એપ Supabase પર છે. નવો ડેવલપર પૂછે છે કે .env માં શું રાખવું:

${amb('source_code.snippet', f`SUPABASE_URL=https://xkqwnbtrvmlzhdpacfej.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', JWT_SUPA)}
SMS_SENDER=FAHRWK`)}

શું service role key મોબાઇલ એપમાં રાખી શકાય?`),

  rec('chat_ta', f`எங்கள் டிரைவிங் ஸ்கூல் வாட்ஸ்அப் பதில் போட்-க்கு Claude API பயன்படுத்துகிறோம். key: ${v('credential.anthropic_api_key', ANTHROPIC)} — "credit balance is too low" என்று வருகிறது, ஆனால் பில்லிங் பக்கத்தில் பணம் இருக்கிறது. என்ன செய்வது?`),

  rec('shell_si', f`කොළඹ ground station එකේ backup droplet එක හදන්න උත්සාහ කළා, මේ විදියට:

${amb('source_code.snippet', f`$ export DIGITALOCEAN_ACCESS_TOKEN=${v('credential.digitalocean_token', DOP)}
$ doctl compute droplet create gs-col-backup --region sgp1 --size s-2vcpu-4gb --image ubuntu-24-04-x64
Error: POST https://api.digitalocean.com/v2/droplets: 403 You are not authorized to perform this operation`)}

Token එකට write scope තියෙනවා. ප්‍රශ්නය මොකක්ද?`),

  rec('curl_th', f`ช่วยดูหน่อยค่ะ จะล้าง cache หน้าจองตั๋วโรงละครบน Cloudflare แต่ได้ 403 ตลอด

${amb('source_code.snippet', f`curl -X POST "https://api.cloudflare.com/client/v4/zones/3b7c9e21f04d4a8e96b1c5d27e8f0a43/purge_cache" \\
  -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  --data '{"files":["https://tickets.bangkok-opera.co.th/seatmap.js"]}'`)}

token มีสิทธิ์ Zone.Cache Purge แล้วนะคะ`),

  rec('cisco_vi', f`Router ở trạm mặt đất Cần Thơ không cho đăng nhập SSH sau khi thay cấu hình. Đây là phần cấu hình:

${amb('source_code.snippet', f`hostname gs-cantho-rtr1
enable secret 9 ${ambCat('credential', tok('$9$', fill('b75-ent9a', B62 + './', 14), '$', fill('b75-ent9b', B62 + './', 43)))}
username noc privilege 15 password 7 ${v('credential.network_device_secret', TYPE7)}
ip ssh version 2
line vty 0 4
 login local
 transport input ssh`)}

Có phải do "password 7" không được dùng cho SSH?`),

  rec('pypirc_id', f`Mau upload paket parser data VMS kapal ke PyPI, tapi twine bilang 403. Isi ~/.pypirc:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Token-nya scope project "vms-parser". Apa karena nama paket sudah dipakai orang lain?`),

  rec('chat_tl', f`Pakisulat nang maayos ang mensaheng ito para sa bagong staff ng takilya: "Ang login mo sa ticketing system ay takilya.maria at ang password ay ${v('credential.password_in_prose', 'Sarsuwela@Manila9')}. Palitan mo agad pagka-login, at huwag ibigay kahit kanino."`),

  rec('shell_fa', f`می‌خواهم ایمیج سرویس نوبت‌دهی کلینیک را به Docker Hub پوش کنم ولی در Jenkins مدام رمز را تعاملی می‌پرسد:

${amb('source_code.snippet', f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u orthokidsci --password-stdin
docker push orthokids/nobat:1.8.0`)}

توکن دسترسی Read & Write دارد. مشکل از کجاست؟`),

  rec('chat_ur', f`ہمارے فشنگ فلیٹ کے کراچی آفس میں کیچ رپورٹ والی Postman کلیکشن نئے کولیگ کے ساتھ شیئر کرنی ہے۔ میری API key یہ ہے: ${v('credential.postman_api_key', POSTMAN)} ۔ کیا یہ key شیئر کرنا ٹھیک ہے یا ہر ایک کو اپنی چاہیے؟`),

  rec('config_en_ie', f`The Dublin office backs up the liquidation files to Azure overnight. The job started failing with 403 after someone "tidied" the config:

${amb('source_code.snippet', f`[backup]
source = \\\\fs-dub-01\\Liquidations
connection = DefaultEndpointsProtocol=https;AccountName=liqarchivedub;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
container = cases-2024
retention_days = 2555`)}

Also the creditors' portal links look like https://liqarchivedub.blob.core.windows.net/cases-2024/O-Driscoll-Joinery/statement-of-affairs.pdf?sv=2023-11-03&sr=b&sp=r&se=2025-01-31T23:59:00Z&sig=${v('credential.azure_sas_token', SAS_SIG)} — are those affected too?`),

  rec('docker_config_de', f`Der Build-Agent unserer Fahrschul-App kann keine Images aus der privaten Registry ziehen. ~/.docker/config.json auf dem Agent:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.fahrwerk-fahrschule.de": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

"unauthorized: authentication required" – ist das Format falsch?`),

  rec('chat', f`AWS keeps rejecting my temp credentials from the SSO login on the ground-station laptop (Kiruna pass planning). Output of aws configure export-credentials --format env:

${amb('source_code.snippet', f`export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', ASIA)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', ASIA_SECRET)}
export AWS_SESSION_TOKEN=${v('credential.aws_session_token', AWS_SESSION)}`)}

"ExpiredToken" even though I logged in five minutes ago. Clock skew?`),

  rec('npmrc_en_us', f`Box office kiosk build fails to install our private seat-picker package:

${amb('source_code.snippet', f`@lindenhall:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm ERR! 404 Not Found - GET https://registry.npmjs.org/@lindenhall%2fseat-picker. It's definitely published.`),

  rec('chat_de', f`Für die Auswertung der Fahrstunden-Daten hat mir der Dienstleister ein Databricks-Token gegeben: ${v('credential.databricks_token', DATABRICKS)}. Wie binde ich das in Power BI ein, ohne dass es im .pbix landet?`),

  rec('chat_it', f`Ciao, le email di conferma dei posti per il loggione partono da Mailgun ma finiscono tutte in spam. La chiave che uso nello script è ${v('credential.mailgun_api_key', MAILGUN)}; serve configurare DKIM sul dominio teatro-verdi-biglietteria.it o basta l'SPF?`),

  rec('env_en_gh', f`Our Linear integration for the driving-school app's bug tracker stopped creating issues from support mails.

${amb('source_code.snippet', f`LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}
LINEAR_TEAM=DRV
SUPPORT_INBOX=${v('pii.email', 'support-accra@fahrwerk-drive.com.gh')}`)}

Error "Authentication required, not authenticated". Any idea?`),

  rec('chat_nl', f`Ik wil de vaarplanning-secrets van de vissersvloot met sops versleutelen. Is dit de juiste regel in keys.txt?

# created: 2024-11-20T09:12:44+01:00
# public key: age1lq4zx7h0n2c9v5r3m8k6j1p0w4s7d2f9g5t8y3u6e1a0q7c4x2zp9r5
${v('credential.age_secret_key', AGE)}

Ik heb hem zo uit de oude laptop gekopieerd.`),

  rec('ppk_en', f`FileZilla asks me for a passphrase on this key for the sonar-data SFTP on the trawler, but I never set one:

PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: skipper@fv-northern-dawn
Public-Lines: 1
AAAAB3NzaC1yc2EAAAADAQABAAABAQ${fill('b75-ppkpub', B64, 60)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b75-ppkmac', HEX, 64)}`),

  rec('chat_pl', f`Klucz prywatny do podpisywania raportów z telemetrii satelity (stacja w Białymstoku) – czy openssl go przeczyta, czy trzeba skonwertować na PKCS#8?

${v('credential.private_key', RSA)}`),

  rec('chat_en_us', f`Okta user provisioning from the driving-school HR system creates duplicates. We call the API with SSWS ${v('credential.okta_api_token', OKTA)} — should we switch to OAuth for service apps?`),

  rec('chat_cs', f`Heroku CLI na terminálu pokladny divadla hlásí chybu. Můžu prostě dát do prostředí HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} a přihlášení přeskočit?`),

  rec('grafana_da', f`Vi bruger Grafana til at vise landinger pr. havn, men provisioneringen af dashboards fejler:

${amb('source_code.snippet', f`apiVersion: 1
datasources: []
# provisioner.yaml
grafana:
  url: https://grafana.skarvoy-havfiske.dk
  token: ${v('credential.grafana_service_account_token', GLSA)}
newrelic:
  license: ${v('credential.newrelic_key', NRAK)}`)}

Fejl: "invalid API key". Er det fordi tokenet er Viewer?`),

  rec('chat_ro', f`Colegul a lăsat parola de la contul de e-mail al societății în insolvență în nota de predare: utilizator ${v('pii.email', 'contabilitate@ferometal-sa.ro')}, parola ${v('credential.password_in_prose', 'Lichidare#Arad2023')}. Cum ar trebui să preiau corect căsuța, ca administrator judiciar, fără să încalc GDPR?`),

  rec('log_en', f`Our seat-map CDN logs print the upstream auth header — is that a problem?

${amb('source_code.snippet', f`2024-11-29T19:42:03Z upstream=seatmap-origin status=200 req="GET /maps/main-hall.svg" hdr.authorization="Bearer ${v('credential.bearer_token', BEARER)}" ua="BoxOffice-Kiosk/4.2"
2024-11-29T19:42:04Z upstream=seatmap-origin status=304 req="GET /maps/balcony.svg"`)}`),
];

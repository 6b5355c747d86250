/**
 * Held-out batch 56: credentials pasted by staff of a children's sponsorship charity, an aircraft
 * MRO hangar, a cross-border marketplace's seller support, a dialysis clinic network, a national
 * park and permits agency and a quant fund's data-engineering team. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b56-akia', B32, 16));
const AWS_SECRET = fill('b56-awssec', B64, 40);
const DATABRICKS = tok('dapi', fill('b56-dapi', HEX, 32));
const GH_FINE = tok('github_pat_', '11BKQ7R3A0', fill('b56-ghfg1', B62, 12), '_', fill('b56-ghfg2', B62, 59));
const SLACK_BOT = tok('xoxb-', '2841937560', '17-', '7719304825561-', fill('b56-xoxb', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b56-sklive', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b56-pklive', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b56-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b56-whsec', B62, 32));
const SHPAT = tok('shpat_', fill('b56-shpat', HEX, 32));
const TW_SID = tok('AC', fill('b56-twsid', HEX, 32));
const TW_AUTH = fill('b56-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b56-sg1', B64URL, 22), '.', fill('b56-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b56-mc', HEX, 32), '-us14');
const AZ_STORAGE = tok(fill('b56-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b56-azcs1', B62, 3), '8Q~', fill('b56-azcs2', B62 + '._-', 31));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b56-gkey', B64URL, 33));
const MAPBOX_SK = tok('sk.', b64(JSON.stringify({ u: 'luontopolut', a: fill('b56-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b56-mbx', B64URL, 22));
const GCP_PEM = pem('PRIVATE KEY', 'b56-gcp', 1216, '\n', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b56-rsa', 1190, '\n', 'MIIEowIBAAKCAQEA');
const OSSH_PEM = pem('OPENSSH PRIVATE KEY', 'b56-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const PERMIT_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lubad-2024-09' }, { sub: 'svc-ranger-app', iss: 'https://auth.loodusload.example.ee', aud: 'permits-api', scope: 'permits:read permits:write', iat: 1730812800, exp: 1730899200 }, 'b56-jwt1');
const LAB_BEARER = fill('b56-labbearer', B62 + '-._~', 72);
const AMOS_BASIC = b64('amos_wsuser:Hangar3-Krakow!24');
const DB_PW_TR = 'Pazar2024!xQ9';
const GITLAB = tok('glpat-', fill('b56-glpat', B62 + '-_', 20));
const GITLAB_CZ = tok('glpat-', fill('b56-glpatcz', B62 + '-_', 20));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b56-atl', B64URL, 171), '=', fill('b56-atl2', HEX.toUpperCase(), 8));
const CF_TOKEN = fill('b56-cftok', B62 + '_-', 40);
const AIRTABLE = tok('pat', fill('b56-at1', B62, 14), '.', fill('b56-at2', HEX, 64));
const GROQ = tok('gsk_', fill('b56-groq', B62, 52));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KQ7M2R', '/', 'B07', fill('b56-hookb', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8), '/', fill('b56-hook', B62, 24));
const GOCSPX = tok('GOCSPX-', fill('b56-gocspx', B64URL, 28));
const TELEGRAM = tok('7418230956', ':AA', fill('b56-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374650192837465', '/', fill('b56-dischook', B64URL, 68));
const TEAMS_HOOK = tok('https://skyhaventechnics.webhook.office.com/webhookb2/', '6e2b9c14-7f38-4a5d-b1e0-93c7d84f2a61@2d7f0a93-5c14-4e8b-a6f2-1b9e3c70d548/IncomingWebhook/', fill('b56-teams1', HEX, 32), '/', 'a4c81f27-3e96-4d05-9b7a-58e2c1f0d394/', 'V2', fill('b56-teams2', B64URL, 43));
const NPM = gh('npm', 'Tq4Vz8Mx2Rb6Kw1Ny5Pc9Ld3Hg7Js0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b56-pypi', B64URL, 160));
const DOCKER_AUTH = b64(`hsq-ci:${tok('dckr_', 'pat_', fill('b56-dckr', B64URL, 27))}`);
const VAULT = tok('hvs.', 'CAESI', fill('b56-hvs', B64URL, 90));
const DD_API = fill('b56-ddapi', HEX, 32);
const DD_APP = fill('b56-ddapp', HEX, 40);
const SENTRY_KEY = fill('b56-sentry', HEX, 32);
const ALI_ID = tok('LTAI', '5t', fill('b56-ltai', B62, 18));
const ALI_SECRET = fill('b56-alisec', B62, 30);
const HF = tok('hf_', fill('b56-hf', B62, 34));
const OPENAI = tok('sk-', 'proj-', fill('b56-oa1', B64URL, 74), 'T3BlbkFJ', fill('b56-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b56-ant', B64URL, 93), 'AA');
const SELLER_SECRET = fill('b56-sellersec', HEX, 40);
const TW_SID_2 = tok('AC', fill('b56-twsid2', HEX, 32));

export const BATCH56_CREDENTIALS: DraftRecord[] = [
  rec('ini', f`Airflow worker on the tick-ingest box started failing overnight with "SignatureDoesNotMatch" on the S3 sensor. Here's what's in the credentials file on that host, does anything look off?

${cfg(f`# /home/airflow/.aws/credentials
[default]
region = us-east-1

[hsq-marketdata]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = us-east-1
output = json`)}

The DAG uses aws_conn_id="hsq_marketdata" if that matters.`),

  rec('code_python', f`Can you refactor this into a context manager? It's our nightly job that pulls the vendor reference data into Snowflake and I'm tired of leaked connections.

${code(f`import snowflake.connector
import pandas as pd

def load_refdata(df: pd.DataFrame, table: str) -> int:
    conn = snowflake.connector.connect(
        account="hsq-eu1",
        user="SVC_REFDATA_LOADER",
        password="${v('credential.password_assignment', 'Tr4nche!Q3-basis')}",
        warehouse="WH_LOAD_XS",
        database="REFDATA",
        schema="VENDOR",
        role="LOADER",
    )
    cur = conn.cursor()
    cur.execute(f"TRUNCATE TABLE {table}")
    ok, _, nrows, _ = write_pandas(conn, df, table)
    conn.close()
    return nrows`)}`),

  rec('code_q', f`why does this q function hang when the tickerplant is busy? we call it from the EOD job

${code(f`/ connect to the London TP and pull today's trades for a sym list
tpH:hopen \`:tp-ldn-02.hsq.internal:5010:svc_eod:${v('credential.user_password_pair', 'Qk7!rd2Mwz')}
getTrades:{[s] tpH (\`.u.sel; \`trade; s)}
eod:{[syms] t:raze getTrades each syms; \`:hdb/trade/ set .Q.en[\`:hdb] t; hclose tpH}`)}`),

  rec('ini_de', f`Hallo, ich bekomme beim Databricks CLI immer "Error: default auth: cannot configure default credentials". Meine ~/.databrickscfg sieht so aus:

${cfg(f`[DEFAULT]
host  = https://adb-4817203965124471.11.azuredatabricks.net
token = ${v('credential.databricks_token', DATABRICKS)}

[research]
host = https://adb-7730194825566123.3.azuredatabricks.net`)}

Muss ich beim Profil "research" auch den Token eintragen oder erbt der vom DEFAULT?`),

  rec('shell', f`git push to the tickstore repo says "Write access to repository not granted" but I can clone fine:

$ git remote -v
origin	https://oauth2:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/halden-sq/tickstore.git (fetch)
origin	https://oauth2:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/halden-sq/tickstore.git (push)

It's a fine-grained token scoped to that repo, contents: read. Do I need contents: write too?`),

  rec('code_python_es', f`Hola! Tengo un bot de Slack que avisa al equipo de atención a padrinos cuando entra una baja. Funciona en local pero en el servidor dice "invalid_auth". ¿Ves algo raro?

${code(f`import os
from slack_sdk import WebClient

cliente = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def avisar_baja(nombre_padrino: str, motivo: str) -> None:
    cliente.chat_postMessage(
        channel="#atencion-padrinos",
        text=f":warning: Nueva baja de apadrinamiento: {nombre_padrino} ({motivo})",
    )`)}

El canal existe y el bot está invitado.`),

  rec('env_file', f`Donations page deploy on Netlify is charging the test card as live?? Can you check our env, I think someone swapped the keys:

${cfg(f`# donate.lanternway.org — production
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
GIFT_AID_ENABLED=true
DEFAULT_CURRENCY=gbp
MONTHLY_AMOUNTS=15,25,40`)}`, 'the publishable pk_live key is public by design and stays unlabelled'),

  rec('ticket', f`Escalation from Tier 1 (Manila team) — seller ID S-4471920, shop "HomeBrew Supplies PH"

Seller says the payouts integration stopped syncing after they "regenerated something". In the chat they pasted this so we can "check it on our side":

${v('credential.stripe_restricted_key', RK_LIVE)}

I told them we can't use it and they should revoke it. Can you help me write a nicer reply in English explaining why they should never send API keys to support, and how to rotate it in their Stripe dashboard?`),

  rec('code_js_fr', f`Bonjour, notre webhook Stripe pour les parrainages renvoie toujours 400 "No signatures found matching the expected signature". Voici le handler Express :

${code(f`const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const app = express();

const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

app.post('/webhooks/stripe', express.json(), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  if (event.type === 'invoice.paid') enregistrerDon(event.data.object);
  res.json({ received: true });
});`)}

Est-ce que c'est le express.json() qui pose problème ?`),

  rec('ticket_vi', f`Chào team, shop của mình trên Bazaarly không đồng bộ được tồn kho từ Shopify nữa, báo lỗi 401 từ hôm qua. Mình gửi access token của app để các bạn kiểm tra giúp:

Shop: nhaxinh-decor.myshopify.com
Admin API access token: ${v('credential.shopify_access_token', SHPAT)}

Cảm ơn nhiều, mình cần gấp vì đang chạy khuyến mãi 11.11.`),

  rec('yaml_pt', f`Olá, os lembretes de sessão por SMS deixaram de sair na clínica de Setúbal. A configuração do serviço é esta:

${cfg(f`lembretes:
  fornecedor: twilio
  twilio:
    account_sid: ${v('credential.twilio_account_sid', TW_SID)}
    auth_token: ${v('credential.twilio_auth_token', TW_AUTH)}
    remetente: RENALIS
  antecedencia_horas: 18
  clinicas: [setubal, almada, barreiro]`)}

O erro no log é "20003 Authenticate". Pode ser a conta que foi suspensa por falta de pagamento?`),

  rec('code_php_fr', f`Salut, je suis au bureau de Dakar. Le script qui envoie les reçus aux parrains marche plus depuis la migration du serveur, tu peux m'aider ?

${code(f`<?php
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("${v('pii.email', 'recus@lanternway.org')}", "Lanternway Sénégal");
$email->setSubject("Votre reçu de parrainage");
$email->addTo($parrain['email'], $parrain['nom']);
$email->addContent("text/html", $html);

$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$response = $sendgrid->send($email);
echo $response->statusCode();`)}

Il affiche 0 et rien n'est envoyé.`),

  rec('chat_it', f`Ciao! Devo passare la newsletter dei sostenitori da Mailchimp al nuovo CRM. La chiave API dell'account è ${v('credential.mailchimp_api_key', MAILCHIMP)}, il pubblico si chiama "Sostenitori a distanza 2024". Mi scrivi uno script Python che esporta tutti i contatti con i tag e la data dell'ultima donazione?`),

  rec('json_de', f`Die App zum Hochladen der gescannten Arbeitskarten (Task Cards) wirft seit dem Umzug in die neue Subscription einen 403. appsettings.Production.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=skyhavendocsweu;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "taskcards-ham"
  },
  "Amos": { "BaseUrl": "https://amos.skyhaven-technics.com/api/v2" }
}`)}

Liegt das am Firewall-Setting vom Storage Account oder am Key?`),

  rec('code_python_nl', f`Kun je kijken waarom dit script geen token krijgt? We halen de AD-groepen op voor de hangar-ploegen.

${code(f`import msal

TENANT_ID = "2d7f0a93-5c14-4e8b-a6f2-1b9e3c70d548"
CLIENT_ID = "9c41e7b2-0d58-4f3a-8e16-b7a2c94d0f65"
CLIENT_SECRET = "${v('credential.azure_client_secret', AZ_CLIENT)}"

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT_ID}",
    client_credential=CLIENT_SECRET,
)
token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
print(token.get("error_description"))`)}

De foutmelding is AADSTS7000215: Invalid client secret provided.`),

  rec('html_no', f`Hei! Kartet over turstiene i nasjonalparken viser bare "For development purposes only". Her er koden fra nettsiden:

${code(f`<div id="kart" style="height:480px"></div>
<script>
  function initKart() {
    const kart = new google.maps.Map(document.getElementById('kart'), {
      center: { lat: 61.636, lng: 8.312 },
      zoom: 10,
      mapTypeId: 'terrain',
    });
    new google.maps.KmlLayer({ url: 'https://data.example-parker.no/stier/jotunheimen.kml', map: kart });
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&callback=initKart"></script>`)}

Må vi legge inn betalingskort på Google Cloud-kontoen?`),

  rec('chat_fi', f`Moi, yritän saada offline-kartat toimimaan retkeilysovelluksen Android-versiossa. Mapboxin ohjeissa sanotaan että salainen token pitää laittaa gradle.properties-tiedostoon, joten laitoin sinne rivin

MAPBOX_DOWNLOADS_TOKEN=${v('credential.mapbox_secret_token', MAPBOX_SK)}

mutta build kaatuu silti virheeseen "401 Unauthorized" kun se hakee SDK:ta. Tarvitseeko tokenilla olla joku tietty scope?`),

  rec('json', f`Our Dataflow job for the alt-data pipeline can't read from the vendor bucket. This is the key file mounted in the pod (I know, we're moving to workload identity next sprint):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "hsq-altdata-prod",
  "private_key_id": "${fill('b56-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'dataflow-runner@hsq-altdata-prod.iam.gserviceaccount.com')}",
  "client_id": "104729384756102938475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'dataflow-runner%40hsq-altdata-prod.iam.gserviceaccount.com')}"
}`))}

Error: 403 dataflow-runner@ does not have storage.objects.get access. The vendor says they granted it.`),

  rec('chat_cs', f`Ahoj, potřebuju poradit se SFTP na portál výrobce motorů, kam nahráváme zprávy o boroskopii. WinSCP hlásí "Server refused our key". Klíč, který nám poslali z IT:

${v('credential.private_key', RSA_PEM)}

Je potřeba ho převést do formátu PPK, nebo je problém jinde?`),

  rec('chat', f`Can you tell me if this key is ed25519 or RSA? Found it in the old research box under /home/dk/.ssh/ and I want to know whether it's the one still authorised on the HDB servers before I delete it:

${v('credential.openssh_private_key', OSSH_PEM)}`),

  rec('curl_et', f`Tere! Lubade API tagastab 403, kuigi token peaks kehtima veel terve päeva. Käsk, millega proovisin:

curl -s -X GET "https://api.loodusload.example.ee/v1/permits?park=soomaa&date=2024-11-06" \\
  -H "Authorization: Bearer ${v('credential.jwt', PERMIT_JWT)}" \\
  -H "Accept: application/json"

Kas scope'is on midagi puudu? Vaja on ka telkimislubade nimekirja.`),

  rec('log_hr', f`Bok, laboratorijsko sučelje za dijalizu ne šalje nalaze u karton od jutros. Evo isječka iz loga:

${cfg(f`2024-11-05 06:12:44.218 INFO  [lab-bridge] POST https://fhir.renalis-lab.example.hr/fhir/Observation
2024-11-05 06:12:44.219 DEBUG [lab-bridge] headers: Content-Type=application/fhir+json; Authorization=Bearer ${v('credential.bearer_token', LAB_BEARER)}
2024-11-05 06:12:44.507 WARN  [lab-bridge] response 401 {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"security","diagnostics":"token expired"}]}`)}

Kako da produljim token automatski?`),

  rec('http_pl', f`Cześć, próbuję wywołać web service AMOS-a z Postmana, żeby pobrać otwarte zlecenia dla SP-LWD, i dostaję 401. Tak wygląda surowe żądanie:

${cfg(f`GET /amosws/rest/workorders?aircraft=SP-LWD&status=OPEN HTTP/1.1
Host: amos.skyhaven-technics.com
Authorization: Basic ${v('credential.basic_auth_header', AMOS_BASIC)}
Accept: application/json`)}

Czy AMOS w ogóle obsługuje Basic Auth, czy trzeba przejść na tokeny?`),

  rec('env_tr', f`Merhaba, satıcı paneli staging ortamında veritabanına bağlanamıyor, hata "password authentication failed for user seller_app". .env dosyası şöyle:

${cfg(f`NODE_ENV=staging
DATABASE_URL=postgresql://seller_app:${v('credential.database_url_password', DB_PW_TR)}@pg-staging.bazaarly.internal:5432/seller_panel
REDIS_URL=redis://redis-staging.bazaarly.internal:6379/2
PAYOUT_CURRENCY_DEFAULT=TRY`)}

Şifrede ünlem işareti var, URL'de encode etmem gerekiyor mu?`),

  rec('shell_sr', f`Здраво, треба ми помоћ са бекапом базе за резервације кампова. Скрипта ради кад је покренем ручно, али из cron-а не:

${cfg(f`mysqldump -u root -p'${v('credential.mysql_cli_password', 'Tara#Kamp2024')}' rezervacije > /backup/rezervacije_$(date +%F).sql
gzip /backup/rezervacije_$(date +%F).sql`)}

У cron-у стоји 0 2 * * * /opt/skripte/bekap.sh`),

  rec('json_ro', f`Bună, aplicația de programări pentru centrele de dializă nu mai pornește după update. Eroarea e "Login failed for user 'programari_app'". Uite connection string-ul din appsettings:

${cfg(f`"ConnectionStrings": {
  "Programari": "Server=sql-renalis-ro.database.windows.net,1433;Database=programari;User Id=programari_app;Password=${v('credential.connection_string_password', 'Hemo!Cluj-7741')};Encrypt=True;TrustServerCertificate=False;"
}`)}

Parola a fost schimbată ieri de colegul de la IT, dar nu știu dacă asta e noua.`),

  rec('chat_uk', f`Привіт! Допоможи, будь ласка, скласти коротку інструкцію для нової колеги з відділу підтримки спонсорів. Вона має працювати зі спільною скринькою підтримки. Логін: sponsors.ua, пароль ${v('credential.password_in_prose', 'Sonyashnyk#2024')} — нехай змінить його після першого входу. Напиши ввічливо і коротко.`),

  rec('chat_el', f`Γεια σου, μπορείς να μου μεταφράσεις στα αγγλικά αυτό το σημείωμα για τον νέο τεχνικό στο υπόστεγο; "Το περίπτερο της αποθήκης εργαλείων (tool crib) ξεκλειδώνει με τον κωδικό ${v('credential.password_in_prose', 'Kavala-737ng')}. Κάθε εργαλείο που παίρνεις πρέπει να χτυπηθεί στο σύστημα με τον αριθμό της εντολής εργασίας."`),

  rec('chat_he', f`היי, תעזור לי לנסח הודעה קצרה לאחיות החדשות ביחידת הדיאליזה? הן צריכות להיכנס לפורטל ההזמנות של הציוד. שם המשתמש הוא dialysis.ashdod והסיסמה ${v('credential.password_in_prose', 'Kliya!2024')}. חשוב שיחליפו אותה בכניסה הראשונה ולא ישמרו אותה בדפדפן של העמדה המשותפת.`),

  rec('chat_ar', f`مرحبا، بدي ساعدني بصياغة رد للبائع. هو كتبلنا بالتذكرة: "حسابي بالمتجر انقفل، الإيميل المسجل هو حساب المتجر تبع عطور الشام وكلمة السر ${v('credential.password_in_prose', 'Yasmin@Sham88')}، جربوا تفوتوا وشوفوا المشكلة". لازم نقله بلطف إنه ما يبعت كلمة السر لحدا، وإنه يغيرها فوراً، ونحنا منساعده بدون ما نفوت على حسابه.`),

  rec('chat_fa', f`سلام، لطفاً این متن رو برای تابلوی اعلانات مرکز بازدیدکنندگان پارک به انگلیسی ترجمه کن: «اینترنت بی‌سیم مخصوص کارکنان است. نام شبکه: Park-Staff و رمز عبور: ${v('credential.password_in_prose', 'Damavand1403!')} است. لطفاً این رمز را در اختیار بازدیدکنندگان قرار ندهید.»`),

  rec('chat_hi', f`नमस्ते, क्या आप इस संदेश को थोड़ा औपचारिक बना सकते हैं? यह लखनऊ फ़ील्ड ऑफिस के नए वॉलंटियर के लिए है: "प्रायोजित बच्चों की फ़ोटो अपलोड करने के लिए टैबलेट का पिन और ऐप का पासवर्ड ${v('credential.password_in_prose', 'Gulmohar@2024')} है। काम ख़त्म होने पर ऐप से लॉग आउट करना न भूलें।"`),

  rec('chat_ta', f`வணக்கம், இந்த குறிப்பை ஆங்கிலத்தில் மொழிபெயர்க்க முடியுமா? "டயாலிசிஸ் இயந்திரங்களின் பராமரிப்பு பதிவேட்டில் உள்நுழைய பயனர் பெயர் tech.madurai, கடவுச்சொல் ${v('credential.password_in_prose', 'Meenakshi#88')}. ஒவ்வொரு ஷிப்ட் முடிவிலும் நீர் சுத்திகரிப்பு சோதனை முடிவுகளை பதிவு செய்ய வேண்டும்."`),

  rec('chat_te', f`హాయ్, కొత్తగా చేరిన ఇంటర్న్‌కి పంపాల్సిన మెసేజ్ ఇది, కొంచెం సరిచేయగలరా? "ఆఫీస్ VPN కి లాగిన్ అవ్వడానికి యూజర్ నేమ్ intern.hyd, తాత్కాలిక పాస్‌వర్డ్ ${v('credential.password_in_prose', 'Charminar!42')}. మొదటి లాగిన్ తర్వాత పాస్‌వర్డ్ మార్చండి, tick data సర్వర్‌ని VPN లేకుండా యాక్సెస్ చేయలేరు."`),

  rec('chat_th', f`สวัสดีค่ะ ช่วยเขียนอีเมลแจ้งเจ้าหน้าที่ด่านตรวจอุทยานหน่อยค่ะ ว่าระบบจองที่พักแรมเปลี่ยนรหัสผ่านบัญชีผู้ดูแลแล้ว ชื่อผู้ใช้ admin_khaoyai รหัสผ่านใหม่คือ ${v('credential.password_in_prose', 'Sambar2567!')} ให้ใช้ได้ตั้งแต่วันจันทร์นี้ และห้ามจดไว้ที่เคาน์เตอร์`),

  rec('chat_id', f`Halo, saya dari tim dukungan penjual. Seorang penjual di Bandung mengirim konfigurasi integrasinya karena order tidak masuk ke sistem gudangnya:

${cfg(f`BAZAARLY_PARTNER_ID=880214
BAZAARLY_APP_ID=toko-sinar-jaya
BAZAARLY_API_SECRET=${v('credential.generic_secret_assignment', SELLER_SECRET)}
WEBHOOK_URL=https://gudang.sinarjaya-store.co.id/hooks/bazaarly`)}

Tolong bantu buat balasan dalam bahasa Indonesia: minta dia segera membuat ulang secret di Seller Center, dan jelaskan bahwa masalahnya adalah webhook yang tidak memakai HTTPS yang valid.`),

  rec('code_python_zh', f`你好，我们是深圳的卖家，商品图片同步到 Bazaarly 之前先存在阿里云 OSS。这段代码上传时报 "InvalidAccessKeyId"，帮忙看一下：

${code(f`import oss2

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-shenzhen.aliyuncs.com", "lanhua-listing-images")

def upload(sku: str, path: str) -> str:
    key = f"bazaarly/{sku}/main.jpg"
    bucket.put_object_from_file(key, path)
    return bucket.sign_url("GET", key, 3600)`)}

AccessKey 是上周刚创建的。`),

  rec('notebook_ko', f`안녕하세요, 뉴스 감성 점수 실험하는 노트북인데 Hugging Face 모델 다운로드가 401로 실패합니다.

In [1]:
${cfg(f`import os
os.environ["HF_TOKEN"] = "${v('credential.huggingface_token', HF)}"
os.environ["OPENAI_API_KEY"] = "${v('credential.openai_api_key', OPENAI)}"

from transformers import AutoTokenizer
tok = AutoTokenizer.from_pretrained("hsq-research/finbert-kr-v2")`)}

OSError: You are trying to access a gated repo.

조직 레포인데 토큰 권한을 어떻게 줘야 하나요?`),

  rec('code_python_ja', f`出品データの英語→日本語翻訳をバッチで回しているのですが、途中で 529 overloaded が出ると全部止まってしまいます。リトライの入れ方を教えてください。

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def translate(title: str, body: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=1024,
        messages=[{"role": "user", "content": f"次の商品説明を自然な日本語に翻訳してください。\\n{title}\\n{body}"}],
    )
    return msg.content[0].text`)}`),

  rec('code_python', f`hey so the Kisumu office set up a Telegram bot so the field officers get pinged when a sponsor letter arrives for a child in their cluster. it stopped replying after we moved it to the new VPS, here's the main file:

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"

async def letters(update, context):
    cluster = context.args[0] if context.args else "kisumu-east"
    pending = await fetch_pending_letters(cluster)
    await update.message.reply_text(f"{len(pending)} letters waiting for {cluster}")

app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("letters", letters))
app.run_polling()`)}

no errors in the log, it just doesn't answer. firewall?`),

  rec('chat_da', f`Hej, vi har lavet et lille script der poster i frivillig-serverens #stiarbejde-kanal når nogen melder et væltet træ på en sti. Men Discord svarer "Invalid Webhook Token". Webhook-adressen vi bruger er:

${v('credential.discord_webhook_url', DISCORD_HOOK)}

Skal man lave en ny webhook hvis kanalen er blevet flyttet til en anden kategori?`),

  rec('powershell', f`Shift handover summary is supposed to go to the B2 hangar Teams channel at 06:00 and 18:00 but nothing has arrived since Friday:

${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$open = Import-Csv "\\\\ham-fs01\\handover\\open_items.csv"
$lines = $open | ForEach-Object { "- $($_.Tail) $($_.WO): $($_.Status)" }
$body = @{ text = "Shift handover $(Get-Date -Format 'dd MMM HH:mm')\`n" + ($lines -join "\`n") } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $body`)}

Task Scheduler says the last run result was 0x0.`),

  rec('npmrc_es', f`Che, el build del front de vendedores se rompe en el pipeline con "E401 Unable to authenticate", pero en mi compu anda. Este es el .npmrc del repo:

${cfg(f`@bazaarly:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

¿Puede ser que el token sea de tipo "publish" y en CI necesite "automation"?`, 'npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('pypirc', f`twine upload of our internal calendar lib (hsq-calendars 0.8.2) to PyPI fails with 403 "Invalid or non-existent authentication information":

${cfg(f`[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

The token is project-scoped. Do I need to recreate it after renaming the project?`),

  rec('json_lb', f`Moien, ech hunn e Problem mam Docker um neie Build-Server. "docker pull" vun eisem privaten Image geet net, et seet "unauthorized: incorrect username or password". Hei ass meng ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Muss ech den Token nei generéieren oder ass den Format falsch?`),

  rec('shell_de', f`Kurze Frage: warum sagt vault "permission denied" beim Lesen vom Kafka-Secret, obwohl ich mich gerade eingeloggt habe?

$ export VAULT_ADDR=https://vault.hsq.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/data-eng/kafka/marketdata-consumer
Error reading secret/data/data-eng/kafka/marketdata-consumer: Code: 403. Errors:
* 1 error occurred:
	* permission denied

Die Policy heißt data-eng-read.`),

  rec('compose_pl', f`Cześć, agent Datadoga na serwerze z panelem sprzedawców nie wysyła metryk. docker-compose:

${cfg(f`services:
  seller-panel:
    image: bazaarly/seller-panel:4.12.1
    ports: ["8080:8080"]
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_LOGS_ENABLED: "true"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

W logach agenta jest "API Key invalid, dropping transaction". Klucz skopiowałem z panelu.`),

  rec('code_ts_nl', f`Hoi, in de patiënten-app (React Native) komen er geen crashes meer binnen in Sentry sinds we naar Expo SDK 51 zijn gegaan. Dit is onze init:

${code(f`import * as Sentry from '@sentry/react-native';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127394820091`)}',
  environment: 'production',
  tracesSampleRate: 0.1,
  beforeSend(event) {
    delete event.user?.email;
    return event;
  },
});`)}

Moet de DSN nu in app.json staan?`),

  rec('cisco', f`The new switch for hangar 2 (tooling network) doesn't show up in our NMS. Here's the relevant bit of the running config, can you spot why SNMP polling fails?

${cfg(f`hostname HAM-H2-SW01
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b56-cisco9a', B62, 14)}$${fill('b56-cisco9b', B62 + './', 43)}`)}
!
snmp-server community ${v('credential.network_device_secret', 'Rivet7-Torque!rw')} RW 20
snmp-server location Hangar 2 tooling cage
snmp-server host ${amb('pii.ip_address', '10.44.2.15')} version 2c public
!
interface Vlan20
 ip address ${amb('pii.ip_address', '10.44.20.2')} 255.255.255.0`)}`, 'enable secret 9 hash ambiguous per README; the SNMP RW community string is the secret'),

  rec('shell_es', f`Buenas, estoy migrando la base de reservas de refugios y el psql me pide la contraseña aunque le paso la variable:

${cfg(f`PGPASSWORD='${v('credential.cli_password', 'Gredos-Refugio-19')}' psql -h ${amb('pii.ip_address', '10.20.4.11')} -U reservas_admin -d refugios -c "\\copy reservas TO 'reservas_2024.csv' CSV HEADER"`)}

Sale "psql: error: connection to server at ... failed: FATAL: password authentication failed". ¿Puede ser el guion en la contraseña?`),

  rec('chat_fr', f`Bonjour, le script qui récupère les bulletins de service du motoriste ne fonctionne plus depuis qu'ils ont changé de serveur. Dans le cron on a l'URL suivante :

wget -r -nH --cut-dirs=2 ftp://skyhaven_tlse:${v('credential.url_password', 'Garonne!A320neo')}@ftp.motoriste-docs.example.fr/bulletins/CFM/

Maintenant ça répond "530 Login incorrect". Est-ce qu'ils ont pu passer en SFTP uniquement ? Comment adapter la commande ?`),

  rec('ticket', f`Hi team, endorsement from Tier 1 Cebu. Seller "Tita Nena's Dried Mangoes" (ID S-2290417) can't log in to Seller Center after they changed phone. Their message, copy-pasted:

"hello po pls help, i cannot log in since yesterday. username: titanena.mangoes / password: ${v('credential.user_password_pair', 'Mangga2024!cebu')} . I already tried reset but the OTP goes to my old number"

Please advise the correct process for the OTP number change, and can someone remind the seller not to send the password in chat? Salamat!`),

  rec('ci_yaml_it', f`Ciao, la pipeline che genera i PDF delle schede lavoro dal repository delle procedure non riesce più a clonare il sottomodulo:

${cfg(f`stages: [build]

genera_schede:
  stage: build
  image: python:3.12-slim
  before_script:
    - git clone https://ci-bot:${v('credential.gitlab_pat', GITLAB)}@gitlab.skyhaven-technics.com/mro/procedure-comuni.git
  script:
    - pip install -r requirements.txt
    - python genera_schede.py --flotta ATR72 --out dist/`)}

Errore: "HTTP Basic: Access denied". Il token è del mio utente, scade a dicembre.`),

  rec('curl', f`This used to create Jira tickets for the donor-care backlog from our form and now returns 401:

curl -s -u ${v('pii.email', 'm.oyelaran@lanternway.org')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  --data @ticket.json \\
  https://lanternway.atlassian.net/rest/api/3/issue

Did Atlassian change something with API tokens recently?`),

  rec('hcl', f`terraform plan for the permits website DNS fails with "Authentication error (10000)":

${cfg(f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "cloudflare_record" "permits" {
  zone_id = var.zone_id
  name    = "permits"
  content = "cascade-permits.pages.dev"
  type    = "CNAME"
  proxied = true
}`)}

Token was created with the "Edit zone DNS" template. Anything else it needs?`),

  rec('code_js', f`Our volunteer-hours sheet pushes to Airtable via Apps Script and has started failing with 403. Script:

${code(f`const AIRTABLE_TOKEN = '${v('credential.airtable_pat', AIRTABLE)}';
const BASE = 'appR7kQ2mV9xT4wZ1';

function pushHours() {
  const rows = SpreadsheetApp.getActive().getSheetByName('Hours').getDataRange().getValues().slice(1);
  const records = rows.map(([name, date, hours]) => ({ fields: { Volunteer: name, Date: date, Hours: hours } }));
  UrlFetchApp.fetch(\`https://api.airtable.com/v0/\${BASE}/Hours\`, {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + AIRTABLE_TOKEN },
    payload: JSON.stringify({ records: records.slice(0, 10) }),
  });
}`)}`),

  rec('chat', f`trying Llama 3 on Groq for tagging the news feed, curl works but the Python client says 401. key is ${v('credential.groq_api_key', GROQ)} — do they need a different base_url for the openai SDK?`),

  rec('code_bash', f`Script that posts the daily backcountry permit count to Slack. Runs fine by hand, cron sends nothing:

${code(f`#!/usr/bin/env bash
set -euo pipefail
WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
COUNT=$(psql -At -d permits -c "select count(*) from permits where trip_start = current_date")
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Backcountry permits starting today: $COUNT\\"}" "$WEBHOOK"`)}`),

  rec('json_pt_mz', f`Bom dia, estamos em Nampula e a aplicação dos agentes de campo deixou de fazer login com a conta Google. O ficheiro que está no servidor é este:

${cfg(f`{"web":{"client_id":"728194036512-k3v9q2m7d1r8t5w0x4b6n3h8j2f5p7c9.apps.googleusercontent.com","project_id":"lanternway-campo","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://campo.lanternway.org/auth/callback"]}}`)}

O erro é "redirect_uri_mismatch". Temos de pedir ao pessoal de Lisboa para mudar alguma coisa na consola?`),

  rec('k8s_cs', f`Ahoj, nasadil jsem Secret pro CI runner v hangárovém clusteru a runner pořád hlásí 401 při klonování. Tady je manifest:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: gitlab-clone-token
  namespace: mro-ci
type: Opaque
data:
  username: Y2ktYm90
  token: ${v('credential.base64_encoded_token', b64(GITLAB_CZ))}`)}

Dělám něco špatně s base64?`),

  rec('yaml', f`SMS appointment reminders for the Bristol and Cardiff units come from a second Twilio subaccount. Can you merge these two configs into one with per-unit overrides?

${cfg(f`units:
  bristol:
    twilio_account_sid: ${v('credential.twilio_account_sid', TW_SID_2)}
    sender: RenalisBRS
  cardiff:
    twilio_account_sid: ${v('credential.twilio_account_sid', TW_SID_2)}
    sender: RenalisCDF
reminder_hours_before: 20
quiet_hours: "21:00-08:00"`)}`, 'account SID only, the auth token comes from the environment'),
];

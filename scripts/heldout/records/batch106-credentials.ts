/**
 * Held-out batch 106: credentials pasted by an airport badge office, an occupational health service,
 * a payroll bureau, a translation agency, a winery's export team and a coastguard rescue centre.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const AKIA = tok('AKIA', fill('b106-akia', B32, 16));
const AWS_SECRET = fill('b106-awssec', B64, 40);
const GHP = gh('ghp', 'Tq7Lm2Wx9Rb4Kd8Nz3Hv6Pc1Js5Fy0');
const GH_FG = tok('github_pat_', '11B', fill('b106-ghfg1', UPPER + DIGITS, 19), '_', fill('b106-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b106-glpat', B62 + '-_', 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b106-slt', UPPER + DIGITS, 9), '/B0', fill('b106-slb', UPPER + DIGITS, 9), '/', fill('b106-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b106-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b106-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b106-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b106-oa1', B64URL, 64), 'T3BlbkFJ', fill('b106-oa2', B64URL, 64));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b106-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b106-groq', B62, 52));
const HF = tok('hf_', fill('b106-hf', UPPER + LOWER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b106-gapi', B64URL, 33));
const SA_PEM = pem('PRIVATE KEY', 'b106-sapem', 1218).replace(/\n/g, '\\n');
const AZ_STORAGE = tok(fill('b106-azst', B64, 86), '==');
const AZ_SECRET = tok(fill('b106-azcs1', B62, 3), '8Q~', fill('b106-azcs2', B62 + '~._-', 34));
const TW_SID = tok('AC', fill('b106-twsid', HEX, 32));
const TW_TOKEN = fill('b106-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b106-sg1', B64URL, 22), '.', fill('b106-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b106-mg', HEX, 32));
const TELEGRAM = tok('7315820946', ':AA', fill('b106-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249930571836492810/', fill('b106-dwh', B64URL, 68));
const NPM = gh('npm', 'Hc4Vn8Bq2Ws6Lx1Kz9Tr3Md7Pf5Gj0');
const SHPAT = tok('shpat_', fill('b106-shpat', HEX, 32));
const SENTRY_DSN = tok('https://', fill('b106-sdsn', HEX, 32), '@o4507281.ingest.de.sentry.io/4507290183');
const DD_API = fill('b106-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b106-hvs', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b106-dapi', HEX, 32));
const DO_TOKEN = tok('dop_', 'v1_', fill('b106-dop', HEX, 64));
const LINEAR = tok('lin_', 'api_', fill('b106-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b106-pm1', HEX, 24), '-', fill('b106-pm2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b106-atl', B64URL, 171), '=', fill('b106-atl2', HEX.toUpperCase(), 8));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b106-age', BECH32, 58));
const OKTA = tok('00', fill('b106-okta', B64URL, 40));
const CF_TOKEN = fill('b106-cft', B64URL, 40);
const TFC = tok(fill('b106-tfc1', B62, 14), '.atlasv1.', fill('b106-tfc2', B62, 67));
const DOCKER_AUTH = b64(`svc-build:${'Kelder-Vat-7261'}`);
const BASIC = b64('ais_feed:Fjord#Signal88');
const RSA = pem('RSA PRIVATE KEY', 'b106-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b106-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC = pem('EC PRIVATE KEY', 'b106-ec', 121);
const JWT_BADGE = jwt({ alg: 'RS256', typ: 'JWT', kid: 'badge-2025-03' }, { sub: 'svc-badge-printer', aud: 'idms.airport.internal', scope: 'badge:write zone:read', iat: 1741168800, exp: 1772704800 }, 'b106-jwt1');
const JWT_OH = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '48213', role: 'clinician', org: 'arbomed-nord', exp: 1767225600 }, 'b106-jwt2');
const BEARER = fill('b106-bearer', B62 + '-._~', 56);
const MISTRAL = fill('b106-mistral', B62, 32);
const DEEPL = tok('7c1d4e92-5a3b-4f08-9e61-2b8d0c7a4f15', ':fx');
const FIREBASE = tok('AAAA', fill('b106-fcm1', B64URL, 7), ':APA91b', fill('b106-fcm2', B64URL, 134));
const SQUARE = tok('EAAA', fill('b106-sq', B64URL, 60));
const AZDO = fill('b106-ado', B32LOWER, 52);
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b106-pypi', B64URL, 150));
const NOTION = tok('ntn_', fill('b106-ntn1', DIGITS, 11), fill('b106-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b106-at1', B62, 14), '.', fill('b106-at2', HEX, 64));
const NRAK = tok('NRAK-', fill('b106-nrak', UPPER + DIGITS, 27));

export const BATCH106_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`Our badge-printing kiosk uploads the photo crops to S3 and since this morning we get SignatureDoesNotMatch. Keys from the kiosk's config, can you see anything wrong?
${cfg(f`aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}
The clock on the kiosk was 7 minutes off, I fixed that already.`),

  rec('env_file', f`Passausweis-Portal (Flughafen, Abteilung Ausweisstelle) – kannst du prüfen, ob die .env vollständig ist, bevor wir auf Staging deployen?

${cfg(f`# idms-portal/.env.staging
APP_ENV=staging
DB_HOST=${ip('10.44.8.17')}
DB_USER=idms_app
DB_PASSWORD=${v('credential.password_assignment', 'Vorfeld!Tor7-2025')}
LDAP_URL=ldaps://dc01.fhx.intern:636
LDAP_BIND_PW=${v('credential.password_assignment', 'Zaun&Schleuse44')}
SMTP_RELAY=${ip('10.44.2.5')}
SESSION_TTL=900`)}`),

  rec('chat_fr', f`Bonjour, le script qui synchronise les badges de zone réservée avec le contrôle d'accès plante avec « 401 Unauthorized ». Voici l'appel :

${cfg(f`curl -s https://pacs.aeroport-interne.fr/api/v2/holders \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_BADGE)}" \\
  -H "Accept: application/json"`)}

Le jeton a-t-il expiré ? Je ne sais pas lire le champ exp.`),

  rec('ticket', f`INC-20931 | Priority P2 | Queue: Airside Badge Office IT
Reporter: S. Okonkwo (Badge Office, Terminal 2)
Summary: Card encoder station ENC-04 cannot reach the badge DB

Steps: restarted service, checked cable. Connection string in C:\\ProgramData\\Encoder\\appsettings.json is
"Server=${ip('172.16.40.12')},1433;Database=BadgeDB;User Id=enc_station;Password=${v('credential.connection_string_password', 'Rwy09L#Hold')};TrustServerCertificate=True"
Error: Login failed for user 'enc_station'. Could the password have been rotated by the DBA team?`),

  rec('chat_nl', f`Kun je helpen? De koppeling tussen ons pasjessysteem en de achtergrondcheck-dienst geeft 403. Ik heb de sleutel uit de kluis gehaald: ${v('credential.generic_secret_assignment', fill('b106-bgc', B62, 40))} (veld "api_secret" in het portaal van de screeningsleverancier). Of moet die eerst ge-base64'd worden?`),

  rec('shell', f`mysql vraagt steeds opnieuw om wachtwoord in de nachtelijke export van verlopen pasjes:

${cfg(f`$ mysql -h ${ip('10.12.0.31')} -u badge_ro -p${v('credential.mysql_cli_password', 'Gate22-Amber')} badges -e "SELECT badge_no, expires_on FROM badge WHERE expires_on < CURDATE()" > verlopen.tsv
mysql: [Warning] Using a password on the command line interface can be insecure.`)}

Hoe zet ik dit in ~/.my.cnf?`),

  rec('code_python', f`Skrypt do wysyłki SMS-ów przypominających o wygaśnięciu przepustki lotniskowej wywala się na Twilio. Co jest nie tak?

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def remind(holder):
    client.messages.create(
        to=holder.mobile,
        from_="PRZEPUSTKA",
        body=f"Twoja przepustka {holder.badge_no} wygasa {holder.expiry:%d.%m.%Y}. Umów wizytę w biurze przepustek.",
    )`)}
\`\`\`
Błąd: 21212 invalid 'From'.`),

  rec('yaml', f`Ansible vault wasn't used for this one, I know. Just tell me why the turnstile gateways ignore the new NTP server:

${cfg(f`# group_vars/turnstiles.yml
ntp_servers:
  - ${ip('10.44.0.1')}
  - ${ip('10.44.0.2')}
snmp:
  community: ${v('credential.generic_secret_assignment', 'apr0n-W1nd-ro')}
  trap_target: ${ip('10.44.9.250')}
gateway_admin_password: ${v('credential.password_assignment', 'Tr1pod!Lane6')}`)}`),

  rec('cisco', f`Switch in the screening hall keeps dropping the X-ray PCs' VLAN. Running config excerpt:

${cfg(f`hostname SEC-HALL-SW02
!
username netops privilege 15 secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b106-c9s', B62 + './', 14), '$', fill('b106-c9h', B62 + './', 43)))}
enable password ${v('credential.network_device_secret', 'Xr4y-Belt-02')}
!
interface Vlan140
 description XRAY-LANE-PCS
 ip address ${ip('10.140.0.1')} ${ip('255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'scr33n-h4ll')} RO
line vty 0 4
 password 7 ${amb('credential.network_device_secret', '0822455D0A16544541')}`)}`, 'secret 9 hash and type-7 string ambiguous; plain enable password and community labelled'),

  rec('chat', f`Arbeitsmedizinischer Dienst here. Our appointment tool calls the OpenAI API to draft fitness-for-work letters from the doctor's bullet points (no names in the prompt). The key is ${v('credential.openai_api_key', OPENAI)} – is it ok to keep it in the frontend JS for now, it's only the intranet?`),

  rec('env_file', f`${cfg(f`# arbomed-scheduler/.env
NODE_ENV=production
DATABASE_URL=postgres://sched:${v('credential.database_url_password', 'Audio-Gramm-63')}@${ip('10.3.1.20')}:5432/sched
JWT_SECRET=${v('credential.generic_secret_assignment', fill('b106-ohjwt', B64, 44))}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
SMS_PROVIDER=messagebird`)}

Nach dem Update auf Node 22 startet der Scheduler nicht mehr: "Error: self-signed certificate in certificate chain". Woran liegt das?`),

  rec('chat_fi', f`Työterveyshuollon raportointipalvelu ei saa yhteyttä tietokantaan. Tunnukset: käyttäjä tth_raportit, salasana ${v('credential.password_in_prose', 'Kuulo#Testi2025')}. Palvelin on ${ip('192.168.20.14')}. Voitko kirjoittaa psql-komennon, jolla testaan yhteyden?`),

  rec('log', f`Why does the audiometry device bridge log the token? Excerpt:

${cfg(f`2025-03-11T07:58:02.114Z INFO  bridge: polling device AUD-07 at ${ip('10.3.8.41')}
2025-03-11T07:58:02.511Z DEBUG http: POST https://api.arbomed-nord.de/v1/results headers={"Authorization":"Bearer ${v('credential.jwt', JWT_OH)}","Content-Type":"application/json"}
2025-03-11T07:58:02.907Z INFO  bridge: uploaded 14 results`)}`),

  rec('chat_sv', f`Hej! Vi på företagshälsovården ska byta journalsystem. Leverantören skickade inloggningen till migreringsverktyget i klartext: användarnamn fhv_migrering / lösenord ${v('credential.password_in_prose', 'Lungfunktion!41')}. Kan du skriva ett kort mejl till dem där jag ber dem använda en säkrare kanal nästa gång?`),

  rec('code_csharp', f`${code(f`public class LabResultsClient
{
    private const string StorageConnection =
        "DefaultEndpointsProtocol=https;AccountName=ohlabresults;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net";

    public async Task UploadAsync(string employeeRef, Stream pdf)
    {
        var container = new BlobContainerClient(StorageConnection, "spirometry");
        await container.UploadBlobAsync($"{employeeRef}/{DateTime.UtcNow:yyyyMMdd}.pdf", pdf);
    }
}`)}

Upload works but the files are publicly readable?? how do I make the container private`),

  rec('chat_cs', f`Ahoj, potřebuju pomoct s Azure přihlášením pro aplikaci závodní preventivní péče. Client ID 4b2e91c7-0d3a-4f6e-8a15-93c7e2d1b048, tenant 9f3a1c55-7e20-4b8d-a6c9-1d2e3f405b67, client secret ${v('credential.azure_client_secret', AZ_SECRET)}. Dostávám AADSTS7000215 – invalid client secret. Co to znamená?`),

  rec('chat', f`payroll bureau here – our HMRC RTI submission tool is on a VM and I need to give the contractor read access to the repo. I'd rather not create an account, can I just send them this? ${v('credential.github_fine_grained_pat', GH_FG)} it's scoped to one repo`),

  rec('git', f`git pull fails on the payroll export scripts:

${cfg(f`$ git remote -v
origin  https://payroll-ci:${v('credential.url_password', GHP)}@github.com/ledgerline-payroll/bacs-export.git (fetch)
origin  https://payroll-ci:${v('credential.url_password', GHP)}@github.com/ledgerline-payroll/bacs-export.git (push)
$ git pull
remote: Repository not found.`)}`, 'the PAT sits in the URL password position; labelled as url_password in both lines'),

  rec('ini', f`Lohnbüro, DATEV-Export-Dienst. Warum verbindet sich der Dienst nicht mehr mit dem SFTP des Rechenzentrums?

${cfg(f`[sftp]
host = sftp.rz-lohn.example.de
port = 22
user = lb_kunde_4471
password = ${v('credential.password_assignment', 'Brutto-Netto_2025')}
remote_dir = /eingang/lodas

[mail]
smtp_host = ${ip('10.0.5.9')}
smtp_user = ${v('pii.email', 'export@lohnbuero-kessler.de')}
smtp_pass = ${v('credential.password_assignment', 'Kessler!Mail19')}`)}`),

  rec('chat_es', f`Hola, en la gestoría de nóminas usamos un bot de Telegram para avisar a los clientes cuando las nóminas están listas. El token del bot es ${v('credential.telegram_bot_token', TELEGRAM)}. ¿Cómo hago para que solo responda a los chats que tengo en una lista blanca?`),

  rec('code_js', f`Node script that pushes payslip-ready notifications to Slack, it posts twice every time:

${code(f`const fetch = require('node-fetch');
const HOOK = '${v('credential.slack_webhook_url', SLACK_HOOK)}';

async function notify(client, period) {
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: \`Payslips for \${client} (\${period}) are ready for review\` }),
  });
}

module.exports = { notify };`)}`),

  rec('chat', f`Payroll run for 38 small clients is automated through Xero + a Python script. My colleague hardcoded the Xero app's client secret: ${v('credential.generic_secret_assignment', fill('b106-xero', B64URL, 48))} (client_id ${fill('b106-xeroid', HEX.toUpperCase(), 32)}). Is that as bad as I think? What's the quickest way to move it into Azure Key Vault?`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: payroll-gateway
  namespace: payroll
type: Opaque
stringData:
  BANK_API_USER: "ledgerline-bacs"
  BANK_API_PASSWORD: "${v('credential.password_assignment', 'Bacs!Cycle-3day')}"
  VAULT_TOKEN: "${v('credential.vault_token', VAULT)}"`)}

Should VAULT_TOKEN even be in a Secret if the pod uses the Vault agent injector?`),

  rec('chat_pt', f`Bom dia! No escritório de processamento salarial, o colega deixou a senha do portal do banco num post-it: utilizador PAYLINK07, senha ${v('credential.password_in_prose', 'Salario#Marco31')}. Podes ajudar-me a redigir uma política curta sobre guardar senhas num gestor de palavras-passe?`),

  rec('docker', f`${cfg(f`{
  "auths": {
    "registry.ledgerline.co.uk": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

This is ~/.docker/config.json on the build box for the payslip renderer; docker pull still says unauthorized. Is the auth field base64 of user:password?`),

  rec('chat', f`Translation agency: we plug DeepL into our CAT tool. The DeepL API key is ${v('credential.generic_secret_assignment', DEEPL)} and I want the glossary for "Kellermeister" to apply. Can you write the curl call that creates the glossary?`, 'DeepL keys are a UUID plus ":fx"; no dedicated rule, the suffix and context make it a secret'),

  rec('chat_it', f`Ciao, nell'agenzia di traduzione usiamo Mistral per la pre-traduzione. Ho messo la chiave ${v('credential.mistral_api_key', MISTRAL)} nel plugin di Trados ma dice "unauthorized". Devo rigenerarla?`),

  rec('env_file', f`${cfg(f`# tms-connector/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
HF_TOKEN=${v('credential.huggingface_token', HF)}
DEFAULT_ENGINE=claude
FALLBACK_ENGINE=groq-llama
QA_MODEL=facebook/nllb-200-distilled-600M`)}

Yeh .env hamare translation management connector ka hai. Kya aap bata sakte hain ki fallback kaise configure karein jab Claude 529 de?`),

  rec('chat_ja', f`翻訳会社の案件管理ツールからGoogle Cloud Translation APIを呼んでいます。APIキーは ${v('credential.google_api_key', GOOGLE)} です。リファラー制限をかけたら403になりました。サーバー側から呼ぶ場合はどの制限を使うべきですか？`),

  rec('gcp_key', f`Vertex AI batch translation job fails with "invalid_grant: Invalid JWT Signature". This is the key file the PM shared with me:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "polyglot-mt-prod",
  "private_key_id": "${fill('b106-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'mt-batch@polyglot-mt-prod.iam.gserviceaccount.com')}",
  "client_id": "108274619305127448312",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'mt-batch%40polyglot-mt-prod.iam.gserviceaccount.com')}"
}`))}`, 'whole key file labelled as the service-account key, PEM inside as private key, both e-mail copies ambiguous, file as ambiguous code'),

  rec('chat_ko', f`번역 에이전시 노션 워크스페이스랑 연동하는 스크립트를 만들고 있어요. 노션 토큰 ${v('credential.notion_token', NOTION)} 로 데이터베이스 조회하면 "object_not_found"가 나옵니다. 통합을 데이터베이스에 공유해야 하나요?`),

  rec('chat_tr', f`Merhaba, tercüme bürosunda freelance çevirmen havuzunu Airtable'da tutuyoruz. Kişisel erişim belirtecim ${v('credential.airtable_pat', AIRTABLE)}. Yeni çevirmen eklendiğinde e-posta gönderen bir otomasyon yazabilir misin?`),

  rec('ssh', f`Interpreters' booking server, I need to give the new sysadmin access. Is this the private or the public half? It's from /home/deploy/.ssh/id_ed25519:

${v('credential.openssh_private_key', OSSH)}`),

  rec('chat', f`Winery cellar-door shop runs on Shopify. Our wine-club export script uses the Admin API token ${v('credential.shopify_access_token', SHPAT)} and we need to pull orders with the "club-release-autumn" tag. Can you write the GraphQL query?`),

  rec('code_php', f`Wir haben den Weinshop (Kellertür-Verkauf) auf Stripe umgestellt. Der Webhook kommt an, aber die Signaturprüfung schlägt fehl:

${code(f`<?php
\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_LIVE)}');
$endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';
try {
    $event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpointSecret);
} catch (\\Stripe\\Exception\\SignatureVerificationException $e) {
    http_response_code(400);
    exit();
}`)}`),

  rec('chat', f`For the export team's reporting dashboard I made a restricted Stripe key that can only read charges: ${v('credential.stripe_restricted_key', STRIPE_RK)}. Is it safe enough to give to the freelance BI consultant in Adelaide?`),

  rec('chat_el', f`Καλημέρα! Στο οινοποιείο στέλνουμε ενημερωτικά email στους πελάτες του wine club μέσω Mailgun. Το κλειδί είναι ${v('credential.mailgun_api_key', MAILGUN)}. Μπορείς να μου γράψεις Python που στέλνει το newsletter στα ελληνικά και στα αγγλικά;`),

  rec('yaml', f`${cfg(f`# export-docs-bot/config.yml
customs_portal:
  base_url: https://ecustoms.example-gov.eu/api
  username: vinaria_exp
  password: ${v('credential.password_assignment', 'Barrique-Export#9')}
notifications:
  discord_webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
  channel: export-docs`)}

Der Bot für die Exportdokumente (EUR.1, VI-1) meldet "token expired" beim Zollportal. Hat das Portal eine Sitzungsdauer?`),

  rec('chat_af', f`Goeie môre, ons wynkelder se voorraadstelsel koppel aan die uitvoer-agent se API met basiese verifikasie. Die header lyk so: Authorization: Basic ${v('credential.basic_auth_header', b64('kelder_sync:Pinotage!Vat2025'))}. Die agent sê ons moet oorskakel na OAuth. Hoe begin ek?`),

  rec('chat_hu', f`Szia! A borászat exportcsapatánál az Airtable helyett Linearre váltunk a szállítmányok követésére. Az API kulcs: ${v('credential.linear_api_key', LINEAR)}. Tudsz írni egy szkriptet, ami minden új szállítmányhoz létrehoz egy issue-t?`),

  rec('chat_ka', f`გამარჯობა! ღვინის ქარხნის ექსპორტის განყოფილებაში Postman-ით ვტესტავთ ლოჯისტიკის API-ს. ჩემი Postman API გასაღებია ${v('credential.postman_api_key', POSTMAN)}. როგორ გავაზიარო კოლექცია კოლეგასთან ისე, რომ გასაღები არ გადაეცეს?`),

  rec('chat', f`SAR coordination centre, Falmouth watch. Our AIS feed aggregator pulls from the partner with basic auth, the config says

${cfg(f`feed_url: https://ais-partner.example.net/stream?fmt=nmea
auth_header: "Basic ${v('credential.basic_auth_header', BASIC)}"`)}

and we've been getting 401 since midnight. Is it the header format or have they rotated the password?`),

  rec('env_file', f`${cfg(f`# mrcc-incident-board/.env
RCC_ID=MRCC-NORD
POSTGRES_URL=postgresql://board:${v('credential.database_url_password', 'Mayday-Relay-1812')}@${ip('10.80.4.10')}:5432/incidents
MAPBOX_STYLE=mapbox://styles/mrcc/charts-v3
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
TZ=UTC`)}

Redningssentralens hendelsestavle starter ikke etter oppgradering. Kan du se om noe mangler i .env?`, 'Norwegian prompt under the .env'),

  rec('chat_de', f`Seenotleitung hier. Unser Python-Dienst, der EPIRB-Alarme vom MEOLUT abholt, läuft auf einer Droplet. DigitalOcean-Token für das Terraform-Setup: ${v('credential.digitalocean_token', DO_TOKEN)}. Wie mache ich daraus eine Terraform-Variable, die nicht im State landet?`),

  rec('ssh_key', f`Watch officer can't log into the radio gateway any more, key from his laptop:

${v('credential.private_key', RSA)}

Is it the old format? ssh says "invalid format".`),

  rec('chat_is', f`Halló, við í stjórnstöð leitar og björgunar þurfum að tengja veðurgögn inn í kerfið. Lykilorðið fyrir veðurþjónustuna er ${v('credential.password_in_prose', 'Brimald4!Norður')} og notandinn er lhg_vedur. Geturðu skrifað curl skipun sem sækir ölduspá?`),

  rec('chat_ar', f`مرحباً، نحن في مركز تنسيق البحث والإنقاذ البحري. لدينا خدمة ترسل تنبيهات عبر Firebase لتطبيق فرق الإنقاذ. مفتاح الخادم القديم هو ${v('credential.firebase_fcm_server_key', FIREBASE)}. جوجل تقول إن الواجهة القديمة أُوقفت، كيف أنتقل إلى HTTP v1؟`),

  rec('terraform', f`${cfg(f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": { "token": "${v('credential.terraform_cloud_token', TFC)}" }
  }
}`)}

Coastguard infra repo: terraform init works for me but not for the night shift engineer, same file copied. Why?`),

  rec('shell', f`Ops note for the RCC weather ingestion box — does this sequence look right?

${cfg(f`export CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
export OKTA_API_TOKEN=${v('credential.okta_api_token', OKTA)}
./rotate-dns.sh wx-ingest.rcc.example.org ${ip('203.0.113.45')}`)}`),

  rec('sops', f`sops won't decrypt the SAR asset registry on the new watch PC. keys.txt:

# created: 2025-02-18T04:11:52Z
# public key: age1m4x7c9q2k8w5r3v0z6n1p7l4s9d2f5h8j0t3y6u1e4a7c0x2zq8v5
${v('credential.age_secret_key', AGE)}`),

  rec('chat_ru', f`Привет! В центре координации поиска и спасения на море настроили бота в Telegram для дежурной смены. Бот не отвечает. Токен: ${v('credential.telegram_bot_token', tok('6902184735', ':AA', fill('b106-tg2', B64URL, 33)))}. Надо ли включить privacy mode, чтобы он видел сообщения в группе?`),

  rec('npmrc', f`${cfg(f`@rcc:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

the drift-model frontend can't install @rcc/leeway-calc in CI. Local works.`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml (drift-prediction service)
variables:
  GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  DATABRICKS_HOST: https://adb-4418203957.12.azuredatabricks.net
  DATABRICKS_TOKEN: "${v('credential.databricks_token', DATABRICKS)}"
train:
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - python train_leeway.py --since 2024-01-01`)}

Pipeline vahetustega: kas need muutujad peaksid olema GitLabi CI/CD seadetes masked?`, 'Estonian question after the CI file'),

  rec('chat_ms', f`Hai, pusat koordinasi menyelamat maritim guna Azure DevOps untuk skrip amaran. Saya perlu klon repo dalam skrip: ${cfg(f`git clone https://rcc:${v('credential.azure_devops_pat', AZDO)}@dev.azure.com/rcc-my/sar-tools/_git/alerts`)}. Adakah cara yang lebih selamat?`),

  rec('pypirc', f`${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Ez a ~/.pypirc a fordítóiroda belső csomagjához (terminológia-ellenőrző). A twine feltöltés 403-at ad.`, 'Hungarian comment after the file'),

  rec('chat_vi', f`Chào bạn, văn phòng cấp thẻ an ninh sân bay dùng Square cho quầy thu phí làm lại thẻ. Access token production là ${v('credential.square_access_token', SQUARE)}. Làm sao để hoàn tiền một giao dịch qua API?`),

  rec('chat', f`Atlassian token for the occupational-health service desk automation: ${v('credential.atlassian_api_token', ATLASSIAN)} (user ${v('pii.email', 'ohs-automation@healthwork-services.co.nz')}). The automation that closes pre-employment medical tickets stopped. Token expired?`),

  rec('chat_zh', f`你好，我们口译公司的预约系统把 New Relic 的 key 写进了前端配置：NEW_RELIC_LICENSE=${v('credential.newrelic_key', NRAK)}，还有一个内部接口的 Bearer token：${v('credential.bearer_token', BEARER)}。这样是不是有风险？应该怎么改？`),

  rec('pem', f`Cellar temperature monitor (the LoRa gateway in barrel hall B) won't connect to the MQTT broker at ${ip('192.168.50.2')}. Client key:

${v('credential.private_key', EC)}

cert is fine according to openssl verify.`),

  rec('chat_sw', f`Habari, ofisi ya mishahara inatumia mfumo wa kulipa wafanyakazi wa kampuni ndogo. Mtumiaji: mishahara_admin, nenosiri: ${v('credential.password_in_prose', 'Malipo!Mwezi77')}. Naomba uniandikie barua pepe kwa mteja ikieleza kwamba tumebadilisha nenosiri na tutamtumia jipya kwa simu ${phone('+254 722 418 906')}.`),

  rec('chat_hy', f`Բարև, թարգմանչական գործակալության CAT սերվերի ադմինիստրատորի մուտքը՝ օգտատեր tms_admin, գաղտնաբառ ${v('credential.password_in_prose', 'Sevan#Lich2025')}։ Կարո՞ղ ես գրել կարճ նամակ նոր աշխատակցին, որ առաջին մուտքից հետո փոխի այն։`),
];

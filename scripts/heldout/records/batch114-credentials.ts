/**
 * Held-out batch 114: credentials pasted by staff of a used-car marketplace (dealer onboarding and
 * financing), an IVF laboratory, an export-credit agency's underwriting desk, a mountain railway and
 * cable-car operator's maintenance control, a legal-tech e-discovery team and a school district's
 * special-education office. Hand-written; configs, shells and logs are ambiguous source code.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b114-stripe', B62, 97));
const TW_SID = tok('AC', fill('b114-twsid', HEX, 32));
const TW_AUTH = fill('b114-twauth', HEX, 32);
const DB_PW = 'Autohof!Reg2024#m';
const SFTP_PW = 'Haendler-Upl0ad_77';
const K8S_PW = 'Pr0gnoza$Kredyt-19';
const SA_PEM = pem('PRIVATE KEY', 'b114-gcp', 1216, '\\n');
const BUREAU_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'bc-prod-03' }, { sub: 'dealer-onb-svc', aud: 'https://api.buro-credito.mx', scope: 'reports.read score.read', iat: 1733312400, exp: 1733316000 }, 'b114-burojwt');
const AKIA = tok('AKIA', fill('b114-akia', B32.replace(/[0189]/g, ''), 16));
const AWS_SECRET = fill('b114-awssec', B64, 40);
const OPENAI = tok('sk-proj-', fill('b114-oai1', B64URL, 74), 'T3BlbkFJ', fill('b114-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b114-ant', B64URL, 93), 'AA');
const GHP = gh('ghp', 'Tz4Nc8Rw2Lq6Hv1Bm5Xs9Kd3Fp7Jy0');
const SLACK_BOT = tok('xoxb-', '4820193746', '2-', '7719204836152-', fill('b114-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K7Q2LM9R', '/', 'B07H3N8S1TQ', '/', fill('b114-slhook', B62, 24));
const TEAMS_HOOK = tok('https://bergbahnen-ob.webhook.office.com/webhookb2/', '7c2e9a41-3b58-4d0e-8a16-c92e8d4b5f17@4b1e6d42-9a35-4c8f-b0d9-1e6a41f7c385/IncomingWebhook/', fill('b114-teams1', HEX, 32), '/', '9d8e1b37-2c94-4a2f-8e61-7f3b7a2c6d52/', 'V2', fill('b114-teams2', B64URL, 43));
const TYPE7 = '0822455D0A16544541';
const ENABLE9 = tok('$9$', fill('b114-en9a', B62 + './', 14), '$', fill('b114-en9b', B62 + './', 43));
const SENDGRID = tok('SG.', fill('b114-sg1', B64URL, 22), '.', fill('b114-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b114-mg', HEX, 32));
const TW_SID2 = tok('AC', fill('b114-twsid2', HEX, 32));
const TW_AUTH2 = fill('b114-twauth2', HEX, 32);
const AZ_STORAGE = tok(fill('b114-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b114-azcs1', B62, 3), '8Q~', fill('b114-azcs2', B62 + '_~.-', 34));
const SAS_SIG = `${fill('b114-sas1', B62, 16)}%2B${fill('b114-sas2', B62, 11)}%2F${fill('b114-sas3', B62, 14)}%3D`;
const DD_API = fill('b114-ddapi', HEX, 32);
const DD_APP = fill('b114-ddapp', HEX, 40);
const SENTRY_DSN = tok('https://', fill('b114-sentry', HEX, 32), '@o4507193.ingest.de.sentry.io/4508210394720256');
const TELEGRAM = tok('7381946205', ':AA', fill('b114-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1309472816350928471', '/', fill('b114-dchook', B64URL, 68));
const NPM = gh('npm', 'Hq3Lw8Zt1Vb6Nc4Rk9Xm2Ps7Dj5Gf0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b114-pypi', B64URL, 150));
const DOCKER_AUTH = b64('kabelbahn-ci:Dckr-Hy7!mpT42sw');
const VAULT = tok('hvs.', 'CAESI', fill('b114-vault', B64URL, 86));
const OKTA = tok('00', fill('b114-okta', B64URL, 40));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b114-atl', B64URL, 171), '=', fill('b114-atl2', HEX.toUpperCase(), 8));
const BASIC = b64('ihracat_rapor:Kr3d!Sigorta#2025');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b114-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b114-rsa', 1190);
const PPK_PRIV = b64Bytes('b114-ppk', 48);
const HF = tok('hf_', fill('b114-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b114-gapi', B64URL, 33));
const GLPAT = tok('glpat-', fill('b114-glpat', B64URL, 20));
const CF_TOKEN = fill('b114-cftok', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('b114-do', HEX, 64));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'bergbahn-karten', a: fill('b114-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b114-mbx', B64URL, 22));
const SHOPIFY = tok('shpat_', fill('b114-shpat', HEX, 32));
const DATABRICKS = tok('dapi', fill('b114-dapi', HEX, 32));
const FCM = tok('AAAA', fill('b114-fcm1', B64URL, 7), ':APA91b', fill('b114-fcm2', B64URL, 134));
const SQUARE = tok('EAAA', fill('b114-square', B64URL, 60));
const WHSEC = tok('whsec_', fill('b114-whsec', B62, 32));
const LINEAR = tok('lin_api_', fill('b114-linear', B62, 40));
const NOTION = tok('ntn_', fill('b114-ntn1', DIGITS, 11), fill('b114-ntn2', B62, 35));
const TFC = tok(fill('b114-tfc1', B62, 14), '.atlasv1.', fill('b114-tfc2', B62, 67));
const ASIA = tok('ASIA', fill('b114-asia', B32.replace(/[0189]/g, ''), 16));
const ASIA_SECRET = fill('b114-asiasec', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b114-awssess', B64, 340));
const BITBUCKET = tok('ATBB', fill('b114-atbb', B62, 32));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b114-age', BECH32, 58));
const GHS = gh('ghs', 'Ke5Wb9Nr3Tq7Ly1Hx4Mc8Dv2Zp6Gs0');
const GOCSPX = tok('GOCSPX-', fill('b114-gocspx', B64URL, 28));
const BEARER = fill('b114-bearer', B62 + '-._~', 48);
const DCKR = tok('dckr_', 'pat_', fill('b114-dckr', B64URL, 27));

export const BATCH114_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our dealer-onboarding service boots fine locally but in staging Stripe says "No such customer". Here is the staging env, can you spot anything wrong?

${cfg(f`# dealer-onboarding/.env.staging
NODE_ENV=staging
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
DATABASE_URL=postgres://onboarding:${v('credential.database_url_password', DB_PW)}@pg-stg.autohof.internal:5432/dealers
KYC_PROVIDER=idnow
LOG_LEVEL=debug`)}`),

  rec('chat_de', f`Kannst du mir eine kurze Anleitung für neue Autohäuser schreiben, wie sie ihre Fahrzeugfotos per SFTP hochladen? Zugang für den Testhändler: Host upload.autohof-marktplatz.de, Benutzer haendler_4471, das Passwort ist ${v('credential.password_in_prose', SFTP_PW)}. Bitte das Passwort natürlich nicht in die Anleitung übernehmen.`),

  rec('k8s_secret', f`Po wdrożeniu pod z silnikiem scoringu kredytowego wisi w CrashLoopBackOff. Secret wygląda tak:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: scoring-db
  namespace: finansowanie
type: Opaque
stringData:
  DB_USER: scoring_app
  DB_PASSWORD: "${v('credential.password_assignment', K8S_PW)}"
  DB_HOST: ${ip('10.42.7.15')}`)}

Czy stringData z cudzysłowem może być problemem?`),

  rec('gcp_sa_json', f`The IEP document sync to Google Drive stopped last night with "invalid_grant". This is the key file our contractor put on the server, is it the right type?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lincoln-usd-sped-sync",
  "private_key_id": "${fill('b114-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'iep-drive-sync@lincoln-usd-sped-sync.iam.gserviceaccount.com')}",
  "client_id": "104827395617283940561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'iep-drive-sync%40lincoln-usd-sped-sync.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Domain-wide delegation is enabled in the admin console.`),

  rec('curl_es_mx', f`Oye, el buró nos regresa 401 desde ayer en la consulta de historial para financiamiento. Así estoy llamando:

${cfg(f`curl -X POST https://api.buro-credito.mx/v2/reportes \\
  -H "Authorization: Bearer ${v('credential.jwt', BUREAU_JWT)}" \\
  -H "Content-Type: application/json" \\
  -d '{"rfc":"XAXX010101000","producto":"AUTO"}'`)}

¿El token ya caducó o está mal el kid?`),

  rec('aws_credentials', f`Reviewer exports to the matter bucket fail with AccessDenied since the cutover, cheers for any pointers. ~/.aws/credentials on the processing box:

${cfg(f`[ediscovery-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-west-2`)}

Bucket policy only allows the role arn:aws:iam::418273950163:role/review-export, is that the issue?`),

  rec('code_python_nl', f`Kun je dit script sneller maken? Het vat per document de relevantie samen voor de reviewers.

\`\`\`python
${code(f`from openai import OpenAI
import csv

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(doc_id: str, text: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Beoordeel relevantie voor zaak 2024/0187."},
                  {"role": "user", "content": text[:12000]}],
    )
    return r.choices[0].message.content

with open("batch_17.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        print(row["doc_id"], summarize(row["doc_id"], row["body"]))`)}
\`\`\``),

  rec('chat_ja', f`eディスカバリーの特権レビュー用にClaudeのAPIを試しています。このキー ${v('credential.anthropic_api_key', ANTHROPIC)} で "rate_limit_error" が頻発します。バッチ処理の推奨設定を教えてください。`),

  rec('git_ko', f`CI에서 내부 저장소 클론이 안 됩니다. remote 설정은 이렇습니다:

${cfg(f`$ git remote -v
origin  https://review-bot:${v('credential.github_pat', GHP)}@github.com/lexsift/privilege-classifier.git (fetch)
origin  https://review-bot:${v('credential.github_pat', GHP)}@github.com/lexsift/privilege-classifier.git (push)`)}

토큰 권한은 repo 전체로 줬는데 왜 403이 나올까요?`),

  rec('chat_sv', f`Vår Slack-bot för kvävetankarna i embryolabbet postar inte längre larmen. Token: ${v('credential.slack_bot_token', SLACK_BOT)}. Den är installerad i kanalen #kryo-larm. Vad kan ha hänt efter att vi bytte arbetsyta?`),

  rec('python_da', f`Kan du tilføje retry til vores alarm? Den sender besked, når LN2-niveauet i dewar 3 falder under 30 %.

${code(f`import requests

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def alarm(tank: str, level: float) -> None:
    if level < 30.0:
        requests.post(WEBHOOK, json={"text": f":snowflake: {tank}: LN2 {level:.1f} % – tjek straks!"}, timeout=5)`)}`),

  rec('powershell_ch', f`Chönntsch mir hälfe? S'Skript schickt bi jedem Störigsalarm vo de Pendelbahn e Nachricht i Teams, aber sit geschter chunnt nüt meh a.

${cfg(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$msg = @{ text = "Störung Sektion 2: Tragseilbremse ausgelöst $(Get-Date -Format 'HH:mm')" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $msg`)}`),

  rec('cisco_it', f`Ciao, puoi controllare la config dello switch in stazione a valle? Dopo il reboot il telecontrollo della funivia non raggiunge più il PLC.

${cfg(f`hostname SW-VALLE-01
enable secret 9 ${ambCat('credential', ENABLE9)}
username manut privilege 15 password 7 ${v('credential.network_device_secret', TYPE7)}
!
interface Vlan20
 description SCADA-funivia
 ip address ${ip('172.20.20.2')} ${ip('255.255.255.0')}
!
ip route ${ip('0.0.0.0')} ${ip('0.0.0.0')} ${ip('172.20.20.1')}
snmp-server community ${v('credential.network_device_secret', 'Funiv1a-RO-2023')} RO`)}`, 'the enable secret 9 hash is a password hash: ambiguous credential, no rule id'),

  rec('ini_at', f`Das Gateway für die Seilbahnsteuerung verbindet sich nicht mehr mit dem Leitsystem. Hier die Konfig vom Modbus-Gateway, is da was falsch?

${cfg(f`[modbus]
host = ${ip('192.168.40.11')}
port = 502
unit_id = 3

[leitsystem]
url = https://leitstand.bergbahnen-ob.at/api/ingest
user = gw-sektion2
password = ${v('credential.password_assignment', 'Talstat!on-Gw#08')}
poll_interval_ms = 500`)}`),

  rec('jdbc_cs', f`Aplikace pro plánování údržby lanovky hlásí "FATAL: password authentication failed". Connection string z application.properties:

${cfg(f`spring.datasource.url=jdbc:postgresql://${ip('10.12.3.40')}:5432/udrzba?user=udrzba_app&password=${v('credential.connection_string_password', 'Lanovka_2024!Snezka')}&ssl=true
spring.jpa.hibernate.ddl-auto=validate`)}

Heslo jsme měnili minulý týden v databázi.`),

  rec('shell_es', f`Necesito exportar los registros de criopreservación de ovocitos de 2023 para la auditoría. Lo hago así pero tarda muchísimo:

${cfg(f`mysql -h ${ip('10.8.1.25')} -u embriologia -p${v('credential.mysql_cli_password', 'Ovo2023$Valencia')} lims_ivf -e "SELECT * FROM crio_muestras WHERE fecha BETWEEN '2023-01-01' AND '2023-12-31'" > crio_2023.tsv`)}

¿Cómo lo acelero?`),

  rec('chat_pt_br', f`Tô configurando o e-mail de boas-vindas pros lojistas novos. A chave do SendGrid é ${v('credential.sendgrid_api_key', SENDGRID)} — preciso de um template em HTML com o logo da loja e o link de ativação, pode me ajudar?`),

  rec('chat_fr', f`Pour les convocations aux rendez-vous de ponction, on passe par Mailgun. Le domaine mg.clinique-fiv-lumiere.fr est vérifié, clé API ${v('credential.mailgun_api_key', MAILGUN)}. Pourquoi Gmail met nos mails en spam ?`),

  rec('code_csharp_he', f`הקוד שולח תזכורת SMS למטופלות לפני החזרת עוברים, אבל זורק חריגה 20003. מה לא בסדר?

\`\`\`csharp
${code(f`using Twilio;
using Twilio.Rest.Api.V2010.Account;

public static class Reminder
{
    private const string AccountSid = "${v('credential.twilio_account_sid', TW_SID2)}";
    private const string AuthToken = "${v('credential.twilio_auth_token', TW_AUTH2)}";

    public static void Send(string to, DateTime slot)
    {
        TwilioClient.Init(AccountSid, AuthToken);
        MessageResource.Create(
            to: new Twilio.Types.PhoneNumber(to),
            from: new Twilio.Types.PhoneNumber("${amb('pii.phone', '+972 52 382 4719')}"),
            body: $"תזכורת: החזרת עובר ב-{slot:HH:mm}. נא להגיע 30 דק' מוקדם.");
    }
}`)}
\`\`\``, 'the Twilio sender number is the clinic\'s SMS gateway number, not a person: ambiguous'),

  rec('appsettings_au', f`Processing cluster can't write the load files to blob storage, reckon it's the connection string? appsettings.Production.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=lexsiftmatters;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "matter-2024-0187-loadfiles"
  }
}`)}`),

  rec('appsettings_fi', f`Koulutoimen erityisopetuksen raportointipalvelu ei saa tokenia Entra ID:stä. Asetukset:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5e8a1c47-2b93-4f06-8d1e-7c49b2a0f613",
    "ClientId": "a91d3e6b-4c07-48f2-b5e1-0d8c7a2f9436",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  }
}`)}

Virhe: AADSTS7000215. Mitä se tarkoittaa?`),

  rec('chat_no', f`Søker-rapportene for eksportgarantiene ligger i blob storage. Jeg delte denne lenken med revisor, men den virker ikke: https://gieksport.blob.core.windows.net/garantier/2024/Q3-rapport.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-12-20T23:59:59Z&st=2024-12-01T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Hva er galt?`),

  rec('compose_lt', f`Norime stebėti vagonėlių keltuvo telemetriją per Datadog. Ar šis docker-compose tinkamas?

${cfg(f`services:
  telemetry:
    image: registry.keltuvas.lt/telemetry:3.2.1
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_LOGS_ENABLED: "true"`)}`),

  rec('code_js_lv', f`Sentry nerāda kļūdas no mūsu auto finansēšanas kalkulatora. Konfigurācija:

${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  environment: "production",
  tracesSampleRate: 0.2,
  release: "finance-calc@4.7.0",
});`)}

Vai DSN ir pareizs?`),

  rec('chat_ru', f`Бот в Telegram для дежурных механиков канатной дороги перестал отвечать. Токен бота ${v('credential.telegram_bot_token', TELEGRAM)}, вебхук стоит на https://bot.kanatka-elbrus.ru/tg. Как проверить, что вебхук зарегистрирован?`),

  rec('chat_sr', f`Napravio sam Discord kanal za tim za pregled dokumenata i hoću da nam skripta šalje broj pregledanih fajlova svakog sata. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Možeš li da napišeš kratku Python skriptu?`),

  rec('npmrc_et', f`CI ei saa meie privaatset paketti @autoturg/ui alla laadida. .npmrc näeb välja nii:

${cfg(f`@autoturg:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
always-auth=true`)}`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('pypirc_ka', f`ვცდილობ ჩვენი ემბრიოლოგიის ანალიტიკის პაკეტის ატვირთვას, მაგრამ twine 403-ს აბრუნებს. ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('docker_config_hy', f`Jenkins-ը չի կարողանում image-ը push անել մեր registry-ին։ ~/.docker/config.json՝

${cfg(f`{
  "auths": {
    "registry.ropeway-ops.am": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Ինչո՞ւ է «unauthorized» գրում։`),

  rec('shell_tr', f`Sigorta limit motoru Vault'tan sırrı okuyamıyor. Terminalde denediğim:

${cfg(f`$ export VAULT_ADDR=https://vault.eximgaranti.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/underwriting/limit-engine
Error reading secret/data/underwriting/limit-engine: permission denied`)}

Policy'de path yanlış olabilir mi?`),

  rec('curl_in', f`Kindly help, our dealer KYC team's Okta user provisioning script is returning 403 only for the Pune group. Command we are running:

${cfg(f`curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://carbazaar.okta.com/api/v1/groups/00g8k2mZq1Pune/users?limit=200"`)}

Same token works for Bengaluru group only. Please advise.`),

  rec('curl_kk', f`Жеке кабинеттегі Jira-ға сақтандыру өтінімдерін автоматты түрде жүктегім келеді. Мына команда 401 береді:

${cfg(f`curl -u ${v('pii.email', 'a.seitkali@eximkz.kz')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Accept: application/json" \\
  "https://eximkz.atlassian.net/rest/api/3/search?jql=project=UW"`)}`),

  rec('http_az', f`İxrac kreditləri hesabatı üçün daxili API-yə sorğu göndərirəm, amma 401 alıram:

${cfg(f`GET /api/v1/polis/2024-0391/risk HTTP/1.1
Host: ${ip('10.30.5.14')}:8443
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Başlıqda nə səhvdir?`),

  rec('ssh_key_hi', f`रोपवे कंट्रोल सर्वर पर लॉगिन नहीं हो रहा, "invalid format" आता है। यह की हमारे वेंडर ने भेजी थी:

${v('credential.openssh_private_key', OSSH)}

क्या फ़ाइल में लाइन ब्रेक बिगड़ गए हैं?`),

  rec('pem_ar', f`نحتاج إلى تفعيل الاتصال المتبادل (mTLS) مع بوابة الرسائل المصرفية لوكالة ضمان الصادرات. هذا المفتاح الذي أرسله فريق البنية التحتية، هل صيغته صحيحة لـ Java keystore؟

${v('credential.private_key', RSA)}`),

  rec('ppk_fa', f`کلید PuTTY برای اتصال به سرور نگهداری تله‌کابین توچال را تبدیل کنم به OpenSSH؟ این فایل است:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: maint@tochal-ropeway
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIG${fill('b114-ppkpub', B64, 43)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b114-ppkmac', HEX, 64)}`),

  rec('chat_vi', f`Em cần viết hướng dẫn cho đại lý mới đăng nhập cổng đối tác. Tài khoản demo: đăng nhập daily_hcm_021 / ${v('credential.user_password_pair', 'XeCu@2024vn')} — anh viết giúp em 5 bước ngắn gọn nhé, nhớ đừng đưa mật khẩu vào.`),

  rec('shell_th', f`สคริปต์สำรองข้อมูลบันทึกการซ่อมบำรุงกระเช้าทำงานผ่าน cron แต่ไม่ขึ้น log อะไรเลย:

${code(f`#!/bin/sh
sshpass -p '${v('credential.cli_password', 'Krachao#Backup55')}' rsync -az /var/maint/logs/ backup@${ip('10.60.2.9')}:/srv/backup/maint/`)}

ควรแก้ยังไงให้ปลอดภัยกว่านี้?`),

  rec('chat_id', f`Tim e-discovery kami mau coba model klasifikasi dokumen dari Hugging Face yang repo-nya private. Token saya ${v('credential.huggingface_token', HF)}, tapi from_pretrained selalu 401. Apa harus login dulu via CLI?`),

  rec('chat_tl', f`Paano ko i-restrict yung Maps API key namin para sa dealer locator? Key: ${v('credential.google_api_key', GOOGLE)}. Ginagamit namin sa website at sa Android app ng car marketplace.`),

  rec('ci_zh', f`GitLab CI 拉取私有依赖时报 "HTTP Basic: Access denied"。这是我们 .gitlab-ci.yml 的片段：

${cfg(f`variables:
  GIT_DEPTH: "1"
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.ivf-lab.cn/".insteadOf "https://gitlab.ivf-lab.cn/"
  - pip install -r requirements.txt`)}

令牌是三个月前建的，是不是过期了？`),

  rec('tf_zh_tw', f`我們用 Terraform 管理纜車售票網站的 DNS，plan 時出現 403。provider 設定如下：

${cfg(f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "cloudflare_record" "tickets" {
  zone_id = var.zone_id
  name    = "tickets"
  value   = "${ip('203.0.113.48')}"
  type    = "A"
  proxied = true
}`)}

權杖只有 Zone:Read 權限，是不是這個原因？`),

  rec('chat_sw', f`Habari, tunahamisha mfumo wa ukaguzi wa magari ya wauzaji kwenda DigitalOcean. Nimeweka token hii kwenye GitHub Actions: ${v('credential.digitalocean_token', DO_TOKEN)}. Je, ni salama au niitumie kama secret?`),

  rec('chat_am', f`የኬብል መኪና መስመሮችን በካርታ ላይ ለማሳየት Mapbox እየተጠቀምን ነው። ይህ ቁልፍ ${v('credential.mapbox_secret_token', MAPBOX)} በድረ-ገጹ ላይ መጠቀም ትክክል ነው? ወይስ የህዝብ ቁልፍ ያስፈልገናል?`),

  rec('chat_mi', f`Kia ora, our parts shop on the car marketplace syncs stock from Shopify. Admin token is ${v('credential.shopify_access_token', SHOPIFY)}, but the GraphQL bulk query keeps timing out for the Ōtautahi dealer. Ka pai if you could rewrite it with pagination.`),

  rec('chat_bn', f`রপ্তানি ঋণ ঝুঁকি মডেলের নোটবুক Databricks-এ চালাতে চাই, লোকাল থেকে। টোকেন: ${v('credential.databricks_token', DATABRICKS)}, workspace https://adb-4829173650.12.azuredatabricks.net। databricks-connect কীভাবে কনফিগার করব?`),

  rec('code_kotlin_ta', f`பெற்றோருக்கான சிறப்புக் கல்வி செயலியில் push notification வரவில்லை. இந்தக் குறியீட்டில் என்ன பிழை?

${code(f`object PushSender {
    private const val FCM_SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"

    fun notifyParent(deviceToken: String, meetingDate: String) {
        val body = """{"to":"$deviceToken","notification":{"title":"IEP meeting","body":"Scheduled for $meetingDate"}}"""
        val conn = URL("https://fcm.googleapis.com/fcm/send").openConnection() as HttpURLConnection
        conn.requestMethod = "POST"
        conn.setRequestProperty("Authorization", "key=$FCM_SERVER_KEY")
        conn.setRequestProperty("Content-Type", "application/json")
        conn.doOutput = true
        conn.outputStream.use { it.write(body.toByteArray()) }
    }
}`)}`),

  rec('chat_es_ar', f`Che, para cobrar las señas de los autos usados con Square en la concesionaria de Rosario tengo este token de producción: ${v('credential.square_access_token', SQUARE)}. ¿Cómo hago un checkout link por 500.000 pesos?`),

  rec('code_py_te', f`ఈ Django settings లో ఏమైనా సెక్యూరిటీ సమస్యలు ఉన్నాయా? డీలర్ ఫైనాన్సింగ్ పోర్టల్ కోసం.

\`\`\`python
${code(f`DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dealer_finance",
        "USER": "finance_app",
        "PASSWORD": "${v('credential.password_assignment', 'Hyd-Finance#2024!')}",
        "HOST": "db.carbazaar.internal",
        "PORT": "5432",
    }
}
DEBUG = False
ALLOWED_HOSTS = ["finance.carbazaar.in"]`)}
\`\`\``),

  rec('yaml_hr', f`Trebam pomoć s konfiguracijom OAuth klijenta za portal izvoznih jamstava:

${cfg(f`oauth:
  provider: keycloak
  issuer: https://sso.hbor-izvoz.hr/realms/jamstva
  client_id: underwriting-portal
  client_secret: ${v('credential.generic_secret_assignment', fill('b114-kcsec', B62, 32))}
  scopes: [openid, profile, email]`)}

Login radi, ali refresh token se ne dobiva.`),

  rec('chat_sl', f`Stripe webhook za plačila naročnin prodajalcev ne preveri podpisa. Signing secret je ${v('credential.stripe_webhook_secret', WHSEC)}, uporabljam express.raw(). Kaj manjka?`),

  rec('chat_bg', f`Искам скрипт, който да създава задача в Linear за всяка повреда по въжената линия от дневника. API ключ: ${v('credential.linear_api_key', LINEAR)}. Екипът се казва MAINT.`),

  rec('chat_fr_ca', f`Bonjour! On veut que les notes d'évaluation en adaptation scolaire soient copiées automatiquement dans Notion. Le jeton d'intégration est ${v('credential.notion_token', NOTION)}. Peux-tu m'écrire un script Node qui crée une page par élève (sans données nominatives, juste le numéro de dossier)?`),

  rec('tfrc_uz', f`Terraform Cloud'ga ulanish ishlamayapti, credentials faylini qo'lda yozdim:

${cfg(f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

Eksport kafolatlari infratuzilmasi uchun workspace topilmayapti deyapti.`),

  rec('shell_ng', f`Abeg, the OCR job for the Lagos custodians' documents keeps failing with ExpiredToken. I exported these from the SSO page this morning:

${cfg(f`export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', ASIA)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', ASIA_SECRET)}
export AWS_SESSION_TOKEN=${v('credential.aws_session_token', AWS_SESSION)}
aws textract start-document-analysis --document-location S3Object={Bucket=lexsift-ng-intake,Name=custodian-07/box3.pdf}`)}

Why would it expire so fast?`),

  rec('chat_nl', f`Onze Bitbucket-pipeline voor de dealer-app gebruikt nog een app-wachtwoord: ${v('credential.bitbucket_app_password', BITBUCKET)} (gebruiker autoplein-ci). Bitbucket zegt dat die verdwijnen; hoe zet ik dat om naar een API-token?`),

  rec('sops_en_za', f`New laptop can't decrypt the underwriting secrets repo with sops. I copied my keys.txt across:

# created: 2024-11-14T09:12:44+02:00
# public key: age1x7k3p9f2m8q4w6z0c5v1n7r3t9y2u4e6a8s0d2g4h6j8l0k2m4n6p8q
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE is set. Is the file format right?`),

  rec('log_en_us', f`Our GitHub App for the special-ed forms repo logs this on every run, is it leaking anything I should rotate?

${cfg(f`2024-12-02T15:04:11Z DEBUG app=forms-sync installation=48193726 token=${v('credential.github_server_to_server_token', GHS)} expires_at=2024-12-02T16:04:11Z
2024-12-02T15:04:12Z INFO  app=forms-sync pushed 3 files to district-sped/forms@main`)}`),

  rec('json_pl', f`Logowanie Google do panelu dealera zwraca "invalid_client". client_secret.json:

${cfg(f`{"web":{"client_id":"582739104617-k3v8m2q9d4s1h6j0f5p7r2t4y9u1w3e8.apps.googleusercontent.com","project_id":"autogielda-dealer","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://dealer.autogielda.pl/auth/callback"]}}`)}`),

  rec('http_de_ch', f`Dr Export-Job vom Schadensregister an d'Versicherig liefert 401. Request us em Log:

${cfg(f`POST /v3/claims/bulk HTTP/1.1
Host: api.serv-exportrisiko.ch
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Content-Type: application/json
Content-Length: 18422`)}

Token isch vo geschter. Wie lang isch dä gültig?`),

  rec('shell_uk', f`Ось як я логінюсь у Docker Hub у пайплайні для сервісу діагностики вагонів канатної дороги, але інколи падає:

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u kanatka-ci --password-stdin
docker push kanatka/diagnostics:1.9.4`)}

Чи варто замінити токен на org access token?`),

  rec('chat_en_ie', f`Could you help me write a checklist for the new donor coordinator? She'll need the LIMS login, which for now is dcoord.temp : ${v('credential.user_password_pair', 'Gamete!Spring24')} until IT sets up her own account. Ring the lab on ${phone('+353 1 482 7193', 'IE')} if anything's unclear.`),
];

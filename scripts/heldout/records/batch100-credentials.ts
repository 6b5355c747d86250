/**
 * Held-out batch 100: credentials pasted by a bus manufacturer's after-sales team, a psychiatric
 * hospital's admissions IT, a currency-exchange chain, a music label's royalty accounting, a container
 * terminal and a newspaper's death-notice desk. Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b100-akia', B32, 16));
const AKIA_SECRET = fill('b100-akias', B64, 40);
const ASIA = tok('ASIA', fill('b100-asia', B32, 16));
const ASIA_SECRET = fill('b100-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b100-sess', B64, 320));
const GHP = gh('ghp', 'Tq7Wz2Lm9Kc4Rb8Xn1Vd6Hs3Jf5Gy0');
const GHO = gh('gho', 'Mn4Bv8Cx2Zl6Kj1Hg5Fd9Sa3Qw7Ep0');
const GHPAT = tok('github_pat_', '11B7QXKZA0', fill('b100-ghpat1', B62, 12), '_', fill('b100-ghpat2', B62, 59));
const GLPAT = tok('glpat-', fill('b100-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5830194726', '1-', '7392018465027-', fill('b100-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b100-sht', UPPER + DIGITS, 8), '/B07', fill('b100-shb', UPPER + DIGITS, 8), '/', fill('b100-shs', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b100-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b100-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b100-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b100-oai', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b100-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b100-groq', B62, 52));
const HF = tok('hf_', fill('b100-hf', B62, 34));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b100-gkey', B64URL, 33));
const AZURE_STORAGE = fill('b100-azst', B64, 86) + '==';
const AZURE_CLIENT = tok(fill('b100-azc1', B62, 3), '8Q~', fill('b100-azc2', B62 + '-_.~', 31));
const TWILIO_SID = tok('AC', fill('b100-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b100-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b100-sg1', B64URL, 22), '.', fill('b100-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b100-mg', HEX, 32));
const TELEGRAM = tok('7310584926', ':AA', fill('b100-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248390175520391827/', fill('b100-dwh', B64URL, 68));
const NPM = gh('npm', 'Lk8Jh3Gf7Ds2Ap6Qo1Wi5Eu9Ry4Tz0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b100-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b100-dckr', B64URL, 27));
const SHOPIFY = tok('shpat_', fill('b100-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b100-pm1', HEX, 24), '-', fill('b100-pm2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b100-atl', B64URL, 171), '=', fill('b100-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b100-lin', B62, 40));
const NOTION = tok('ntn_', fill('b100-ntn1', DIGITS, 11), fill('b100-ntn2', B62, 35));
const SENTRY_DSN = tok('https://', fill('b100-sdsn', HEX, 32), '@o', '4507182', '.ingest.de.sentry.io/', '4507182931');
const SENTRY_TOKEN = tok('sntrys_', fill('b100-sntrys', B64URL, 150));
const GLSA = tok('glsa_', fill('b100-glsa1', B62, 32), '_', fill('b100-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b100-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b100-ddapi', HEX, 32);
const DD_APP = fill('b100-ddapp', HEX, 40);
const VAULT = tok('hvs.', fill('b100-hvs', B62 + '-_', 90));
const TFC = tok(fill('b100-tfc1', B62, 14), '.atlasv1.', fill('b100-tfc2', B62, 67));
const DATABRICKS = tok('dapi', fill('b100-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b100-dop', HEX, 64));
const CF_TOKEN = fill('b100-cft', B62 + '_-', 40);
const OKTA = tok('00', fill('b100-okta', B64URL, 40));
const ALIBABA_ID = tok('LTAI', '5t', fill('b100-ltai', B62, 18));
const SQUARE = tok('EAAA', fill('b100-square', B64URL, 60));
const DROPBOX = tok('sl.', 'B', fill('b100-dbx', B64URL, 138));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b100-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const ADO_PAT = fill('b100-ado', B32LOWER, 52);
const FIREBASE = tok('AAAA', fill('b100-fcm1', B64URL, 7), ':APA91b', fill('b100-fcm2', B64URL, 134));
const JWT_KC = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kc-adm-01' }, { iss: 'https://sso.st-dymphna-kliniek.be/realms/opname', sub: 'f1c3a7d2-4b90-4e6a-9d1f-2c8e7b5a3d60', preferred_username: 'opname.balie3', exp: 1767225600 }, 'b100-jwtkc');
const JWT_TOS = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'gate-ocr-07', terminal: 'NVT', role: 'gate_writer', iat: 1733900000 }, 'b100-jwttos');
const BEARER = fill('b100-bearer', B62 + '-._~', 72);
const RSA = pem('RSA PRIVATE KEY', 'b100-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b100-ssh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC = pem('EC PRIVATE KEY', 'b100-ec', 121);
const GCP_PEM = pem('PRIVATE KEY', 'b100-gcp', 1216, '\\n');
const K8S_PASS_B64 = b64('Vl9tusiek!2024');
const CISCO_HASH = tok('$1$', fill('b100-ciscosalt', B62, 4), '$', fill('b100-ciscohash', B62 + './', 22));
const AGE_PUB = tok('age1', fill('b100-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58));
const BASIC = b64('royalty-sync:Ksh8#pLq2vRt');

export const BATCH100_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`Dia dhuit, quick one. The warranty portal's S3 export stopped working after someone "tidied" the IAM user. Here's what's in ~/.aws/credentials on the after-sales box:

${cfg(f`[warranty-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-west-1`)}

Error is AccessDenied on s3:PutObject to bucket claims-photos-ie. Which policy statement do I need?`),

  rec('env_file', f`Kan du forklare hvorfor vores royalty-import fejler med 403 fra S3? .env fra serveren:

${cfg(f`# royalty-import/.env
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', ASIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', ASIA_SECRET)}
AWS_SESSION_TOKEN=${v('credential.aws_session_token', AWS_SESSION)}
DSP_REPORT_BUCKET=dsp-statements-raw
PERIOD=2024-Q3`)}

Sessionen blev oprettet i går morges, måske er den udløbet?`),

  rec('chat', f`Colegas, el script que sube los partes de garantía de los buses al repositorio privado ya no autentica. Estoy usando este token en el remote:
${cfg(f`git remote set-url origin https://garantias-bot:${v('credential.github_pat', GHP)}@github.com/carroceria-andina/warranty-parts.git`)}
¿Caduca? Lo creé hace 90 días.`),

  rec('chat', f`Przy logowaniu przez aplikację desktopową do GitHuba dostaję token ${v('credential.github_oauth_token', GHO)} — czy mogę go użyć w skrypcie CI zamiast PAT? Chodzi o repozytorium z raportami tantiem.`),

  rec('ci_yaml', f`Workflow'umuz terminal-gate-api deposuna push edemiyor, fine-grained token'ın yetkisi mi eksik?

${cfg(f`# .github/workflows/release.yml
env:
  GH_TOKEN: ${v('credential.github_fine_grained_pat', GHPAT)}
jobs:
  tag:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: gh release create v\${{ github.run_number }} --generate-notes`)}`),

  rec('chat', f`Ahoj, mám GitLab token ${v('credential.gitlab_pat', GLPAT)} pro náš interní repozitář „obituary-cms“. Při \`git clone\` dostávám HTTP Basic: Access denied. Musím jako uživatelské jméno zadat oauth2?`),

  rec('code_python', f`Bot ya Slack inayotuma taarifa za makontena yaliyochelewa haifanyi kazi. Code:

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def notify_dwell(container_id: str, hours: int) -> None:
    client.chat_postMessage(
        channel="#yard-dwell-alerts",
        text=f":warning: {container_id} has been in the yard for {hours} h",
    )`)}
\`\`\`
Inarudisha not_in_channel. Nifanye nini?`),

  rec('chat', f`Hallo, unser Wechselkurs-Alarm schickt nichts mehr in den Kanal. Webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)} — curl gibt "invalid_token" zurück. Wurde der Kanal archiviert?`),

  rec('env_file', f`Bonjour, pouvez-vous relire le .env du service de paiement des bureaux de change (Abidjan) ?

${cfg(f`NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
FX_PROVIDER=internal
DEFAULT_CURRENCY=XOF`)}

Le webhook renvoie "No signatures found matching the expected signature".`),

  rec('chat', f`Voor de kassa-app van de wisselkantoren hebben we een restricted key aangemaakt: ${v('credential.stripe_restricted_key', STRIPE_RK)}. Welke rechten moet die minimaal hebben om alleen refunds te kunnen doen?`),

  rec('code_ts', f`Ang summarizer ng mga death notice ay nagbabalik ng 429. Ito ang code:

${code(f`import OpenAI from 'openai';

const client = new OpenAI({ apiKey: '${v('credential.openai_api_key', OPENAI)}' });

export async function shortenNotice(text: string): Promise<string> {
  const r = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: 'Shorten this death notice to 60 words, keep names and dates.' }, { role: 'user', content: text }],
  });
  return r.choices[0]?.message.content ?? '';
}`)}`),

  rec('chat', f`Kia ora, I'm testing Claude for translating warranty claims from the Fiji depot. Is this key still active or did finance cancel the plan? ${v('credential.anthropic_api_key', ANTHROPIC)}`),

  rec('notebook', f`In [3]:
${cfg(f`import os
os.environ["GROQ_API_KEY"] = "${v('credential.groq_api_key', GROQ)}"
os.environ["HF_TOKEN"] = "${v('credential.huggingface_token', HF)}"
from groq import Groq
client = Groq()`)}

Out[3]: 
Onnistuuko tekijänoikeusraporttien luokittelu näin vai pitäisikö käyttää HF:n mallia suoraan?`),

  rec('chat', f`Ang mapa sa among terminal dashboard dili na mo-load. Google Maps key: ${v('credential.google_api_key', GOOGLE_KEY)} — "RefererNotAllowedMapError". Unsa may kulang sa restrictions?`),

  rec('json_config', f`Azure'da muhasebe dışa aktarımı için bağlantı dizesi hata veriyor:

${cfg(f`{
  "ConnectionStrings": {
    "RoyaltyBlob": "DefaultEndpointsProtocol=https;AccountName=royaltystatements01;AccountKey=${v('credential.azure_storage_key', AZURE_STORAGE)};EndpointSuffix=core.windows.net"
  },
  "AzureAd": {
    "TenantId": "5e2a9c71-3d84-4f0b-a6e2-91c7d5b3f048",
    "ClientId": "c8f1d3a5-72e9-4b60-8d1c-3a9e5f7b2d14",
    "ClientSecret": "${v('credential.azure_client_secret', AZURE_CLIENT)}"
  }
}`)}`),

  rec('env_file', f`SMS naar familie bij spoedopname werkt niet meer na de verhuizing van de server:

${cfg(f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_MESSAGING_SERVICE=opname-familie
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}`)}

Foutcode 20003. Ligt dat aan de SID of de token?`),

  rec('chat', f`Mailgun vrača 401 pri pošiljanju potrditev osmrtnic naročnikom. Ključ v konfiguraciji je ${v('credential.mailgun_api_key', MAILGUN)}, domena mg.primorski-vestnik.si. Kaj je narobe?`),

  rec('chat', f`Тестирую телеграм-бота для уведомлений о курсах валют в пунктах обмена. Токен ${v('credential.telegram_bot_token', TELEGRAM)}, getUpdates возвращает пустой массив. Почему?`),

  rec('chat', f`Discord webhook for the label's release channel posts twice every time. ${v('credential.discord_webhook_url', DISCORD_HOOK)} — is it the retry logic or does Discord duplicate?`),

  rec('npmrc', f`npm publish qiluvchi pipeline 403 qaytarmoqda. .npmrc:

${cfg(f`@busparts:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}`),

  rec('pypirc', f`Kodi ya kuchapisha kifurushi cha "tos-edi-parser" kwenye PyPI inashindwa:

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('shell', f`Docker Hub login on the reefer-monitor build box:
${cfg(f`$ echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u portops --password-stdin
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`)}
Token was created yesterday. Any idea?`),

  rec('chat', f`Shopify webshop yetu ya tiketi za matamasha: access token ${v('credential.shopify_access_token', SHOPIFY)} inarudisha 401 kwenye Admin API tangu jana. Tuliondoa app?`),

  rec('chat', f`Postman-kokoelman jakaminen ei toimi, kun ajan sen newmanilla: ${cfg(f`newman run "https://api.getpostman.com/collections/28391-fx?apikey=${v('credential.postman_api_key', POSTMAN)}"`)}. Virhe: AuthenticationError.`),

  rec('code_python', f`Skript kojim iz Jire vučemo reklamacije autobusa (garancija) u Excel:

${code(f`import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://busgarant.atlassian.net"
AUTH = HTTPBasicAuth("${v('pii.email', 'servis.zagreb@busgarant.hr')}", "${v('credential.atlassian_api_token', ATLASSIAN)}")

def claims(jql: str):
    r = requests.get(f"{JIRA}/rest/api/3/search", params={"jql": jql, "maxResults": 100}, auth=AUTH)
    r.raise_for_status()
    return r.json()["issues"]`)}

Vraća 401, a token je nov.`),

  rec('chat', f`Linear API ကို royalty dispute tickets ဆွဲဖို့ သုံးနေတယ်။ key: ${v('credential.linear_api_key', LINEAR)} — GraphQL က "Authentication required" ပြန်တယ်။`),

  rec('chat', f`Notion integration token for the obituary desk's style guide: ${v('credential.notion_token', NOTION)}. The page isn't shared with the integration I think, how do I share it?`),

  rec('code_js', f`Sentry reçoit pas les erreurs du kiosque de change. Voici l'init :

${code(f`import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', SENTRY_DSN)}',
  release: 'kiosk-fx@3.4.1',
  tracesSampleRate: 0.2,
});`)}

et pour les sourcemaps on utilise SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SENTRY_TOKEN)} dans le CI.`),

  rec('chat', f`Grafana service account token for the quay crane dashboards: ${v('credential.grafana_service_account_token', GLSA)} — can I restrict it to one folder?`),

  rec('yaml_config', f`Datadog agent op de gate-servers rapporteert niets:

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: gate-ocr-03
tags:
  - terminal:delta
  - env:prod`)}`),

  rec('chat', f`Жаңа Relic кілті: ${v('credential.newrelic_key', NRAK)}. Біз оны валюта айырбастау пункттарының мониторингіне қойдық, бірақ деректер келмейді. Аймақ EU ма, әлде US па?`),

  rec('shell', f`Vault-ból akarom kiolvasni a zenei jogdíj-adatbázis jelszavát, de permission denied:
${cfg(f`$ export VAULT_ADDR=https://vault.hanglemez.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/royalty/db
Error reading secret/data/royalty/db: Code: 403. Errors: * permission denied`)}`),

  rec('terraformrc', f`Terraform Cloud no me deja hacer plan del workspace "patio-contenedores":

${cfg(f`# ~/.terraformrc
credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

¿El token de usuario sirve o necesito uno de equipo?`),

  rec('chat', f`Databricks-ի token-ը՝ ${v('credential.databricks_token', DATABRICKS)}, ռոյալթիների հաշվետվությունների job-ը ընկնում է 403-ով։ Պե՞տք է workspace admin լինեմ։`),

  rec('chat', f`DigitalOcean token-ul pentru serverul de anunțuri mortuare: ${v('credential.digitalocean_token', DO_TOKEN)}. Vreau să fac snapshot din doctl, dar zice "Unable to authenticate you".`),

  rec('env_file', f`Cloudflare DNS update for the newspaper's death-notice microsite fails:

${cfg(f`CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
CF_ZONE=obits.ballymore-courier.ie
CF_RECORD=www`)}

Response: 9109 Invalid access token. Is this the Global API key format instead?`),

  rec('chat', f`Okta-ға жаңа қызметкерді API арқылы қосқым келеді, токен ${v('credential.okta_api_token', OKTA)}. 403 Forbidden шығады.`),

  rec('chat', f`阿里云 OSS 上传集装箱照片失败，AccessKeyId 是 ${v('credential.alibaba_access_key_id', ALIBABA_ID)}，报 InvalidAccessKeyId.NotFound。是不是账号被停用了？`),

  rec('chat', f`Square POS nas casas de câmbio em Luanda: o token ${v('credential.square_access_token', SQUARE)} devolve UNAUTHORIZED depois de renovarmos a conta. O que mudou?`),

  rec('chat', f`Dropbox-tokenen vi bruker for å hente lydfiler fra distributørene: ${v('credential.dropbox_access_token', DROPBOX)} — den slutter å virke etter fire timer. Hvordan får jeg refresh token?`),

  rec('chat', f`Need help decrypting the sealed warranty export. age identity file has:
# created: 2024-11-02T09:14:00Z
# public key: ${AGE_PUB}
${v('credential.age_secret_key', AGE)}
and age -d says "no identity matched any of the recipients".`),

  rec('chat', f`Azure DevOps PAT-ul pentru pipeline-ul de facturare a garanțiilor: ${v('credential.azure_devops_pat', ADO_PAT)}. Când rulez git clone cere parola din nou.`),

  rec('chat', f`Firebase push ke aplikasi kurs valuta gagal, server key lama: ${v('credential.firebase_fcm_server_key', FIREBASE)}. Apakah legacy API sudah dimatikan?`),

  rec('http', f`Keycloak geeft een token terug maar de opname-API weigert het:

${cfg(f`GET /api/v2/opnames?status=gedwongen HTTP/1.1
Host: opname.st-dymphna-kliniek.be
Authorization: Bearer ${v('credential.jwt', JWT_KC)}
Accept: application/json`)}

Antwoord: 401 "invalid audience".`),

  rec('chat', f`The gate OCR sends this token on each transaction: ${v('credential.jwt', JWT_TOS)} — HS256, secret is in the TOS config. Is it safe that it never expires?`),

  rec('curl', f`${cfg(f`curl -s https://api.dsp-reports.example-distrib.com/v1/statements?period=2024-10 \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "Accept: text/csv" -o statements.csv`)}
Dette henter tomme filer for oktober, kan du se hva som er feil?`),

  rec('http', f`Royalty sync to the publisher's SFTP gateway uses basic auth, works in Postman but not in our service:
${cfg(f`POST /ingest/cwr HTTP/1.1
Host: gateway.publisher-admin.net
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/octet-stream`)}`),

  rec('pem', f`Ky është çelësi për serverin e arkivës së njoftimeve të vdekjes, a mund ta konvertosh në format OpenSSH?

${v('credential.private_key', RSA)}`),

  rec('chat', f`SSH-ключ для доступу до сервера реєстрації контейнерів (deploy@yard-db). ssh каже "invalid format":

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('yaml_config', f`Το nginx του portal εγγυήσεων δεν ξεκινά, το κλειδί ECDSA:

${v('credential.private_key', EC)}

error: "PEM_read_bio_PrivateKey() failed". Μήπως θέλει PKCS#8;`),

  rec('json_config', f`BigQuery export of streaming statements fails with invalid_grant. Key file (from the shared drive, sorry):

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "label-royalties-prod",
  "private_key_id": "${fill('b100-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'bq-statements@label-royalties-prod.iam.gserviceaccount.com')}",
  "client_id": "104839271650382719465",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-statements%40label-royalties-prod.iam.gserviceaccount.com')}"
}`)}`)}

Is the clock skew on the VM the problem?`),

  rec('k8s_secret', f`Ово је Secret за базу са подацима о гаранцијама. Под не може да се повеже:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: warranty-db
  namespace: aftersales
type: Opaque
data:
  DB_USER: d2FycmFudHk=
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_PASS_B64)}`)}`),

  rec('env_file', f`Σφάλμα σύνδεσης στη βάση του συστήματος ανταλλαγής συναλλάγματος:

${cfg(f`DATABASE_URL=postgresql://fxadmin:${v('credential.database_url_password', 'Drachmi!Kerkyra77')}@fx-db.internal:5432/fxledger
REDIS_URL=redis://:${v('credential.url_password', 'kT9vR2wQ8xLm')}@cache-01.internal:6379/0
RATES_REFRESH_SEC=30`)}`),

  rec('config_xml', f`Tomcat do sistema de admissões (Hospital Psiquiátrico) — a ligação ao SQL Server falha desde ontem:

${cfg(f`<Resource name="jdbc/Admissoes" auth="Container" type="javax.sql.DataSource"
  driverClassName="com.microsoft.sqlserver.jdbc.SQLServerDriver"
  url="jdbc:sqlserver://sql-adm01:1433;databaseName=Admissoes;user=app_adm;password=${v('credential.connection_string_password', 'Lisboa#Urg2024')};encrypt=true"
  maxTotal="20"/>`)}`),

  rec('chat', f`Ni kweli kwamba mysql haikubali nenosiri kwenye command line? Nimeandika:
${cfg(f`mysql -h terminal-db -u yard_ro -p${v('credential.mysql_cli_password', 'Mombasa2024yard')} tos_prod -e "select count(*) from gate_moves"`)}
na inasema Access denied.`),

  rec('chat', f`Shkruani për mua një email te IT: fjalëkalimi im i ri për sistemin e pranimeve është ${v('credential.password_in_prose', 'Tirana_Pranim88')} por nuk më lejon të hyj që nga e hëna.`),

  rec('chat', f`Kumusta! Para sa bagong empleyado sa exchange counter sa Cebu: username jmabini, password ${v('credential.password_in_prose', 'Sugbo!Peso2025')}. Pakihimo ug welcome message nga naay steps sa pag-login.`),

  rec('ini', f`Pinapadala ko ang config ng SFTP sa DSP aggregator, bakit hindi kumokonekta?

${cfg(f`[sftp_aggregator]
host = sftp.dsp-aggregator.net
port = 22
username = label_ph_upload
password = ${v('credential.password_assignment', 'Kundiman#4471')}
remote_dir = /incoming/statements`)}`),

  rec('network_config', f`Router u kontejnerskom terminalu, trebam pomoć s ACL-om:

${cfg(f`hostname gw-terminal-north
enable secret 5 ${amb('credential.network_device_secret', CISCO_HASH)}
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Luka#Rijeka2024')}
snmp-server community ${v('credential.network_device_secret', 'tk7rq9yard')} RO
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.40.12.1')} 255.255.255.0`)}`),

  rec('chat', f`Dobrý deň, prihlasovacie údaje do portálu dodávateľa náhradných dielov: ${v('credential.user_password_pair', 'servis.kosice:Autobus2024!')}. Môžeš mi napísať skript, ktorý stiahne faktúry?`),

  rec('code_python', f`Ang script na ito ay naglo-load ng mga exchange rate mula sa provider:

${code(f`import requests

API_KEY = "${v('credential.generic_secret_assignment', fill('b100-fxkey', B62, 40))}"

def latest(base: str = "PHP") -> dict:
    r = requests.get("https://rates.fxfeed-partner.com/v2/latest", params={"base": base}, headers={"X-Api-Key": API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()["rates"]`)}

Paano ko i-cache ito ng 60 segundo?`),
];

/**
 * Held-out batch 125: credentials pasted by a car-sharing damage and fines desk, a hearing-research
 * lab's participant office, a spice importer's food-safety and customs team, a children's theatre's
 * ticketing, a data broker's deletion-request compliance team and a ship-repair yard's subcontractor
 * office — configs, chats, code, shells, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b125-akia', B32, 16));
const AKIA_SECRET = fill('b125-akias', B64, 40);
const GHP = gh('ghp', 'Tq7Lm2Xv9Rb4Nc8Wk1Fh6Jd3Ps5Zy0');
const GH_FINE = tok('github_pat_', '11B', fill('b125-ghfg1', UPPER + DIGITS, 19), '_', fill('b125-ghfg2', B62, 59));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b125-slt', UPPER + DIGITS, 8), '/B07', fill('b125-slb', UPPER + DIGITS, 8), '/', fill('b125-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b125-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b125-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b125-oai1', B64URL, 74), 'T3BlbkFJ', fill('b125-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b125-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b125-groq', B62, 52));
const HF = tok('hf_', fill('b125-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b125-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b125-gcp', 1218, '\n');
const AZ_SAS_SIG = `${fill('b125-sas1', B62, 16)}%2B${fill('b125-sas2', B62, 14)}%2F${fill('b125-sas3', B62, 11)}%3D`;
const TW_SID = tok('AC', fill('b125-twsid', HEX, 32));
const TW_AUTH = fill('b125-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b125-sg1', B64URL, 22), '.', fill('b125-sg2', B64URL, 43));
const TELEGRAM = tok('7391046285', ':AA', fill('b125-tg', B64URL, 33));
const NPM = gh('npm', 'Kd4Fj8Lm2Np6Qr9St3Vw7Xy1Zb5Cg0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b125-pypi', B64URL, 150));
const DOCKER_AUTH = b64('kestrelyard-ci:Dr4ydock!Winch-58');
const SHPAT = tok('shpat_', fill('b125-shpat', HEX, 32));
const LINEAR = tok('lin_api_', fill('b125-lin', B62, 40));
const SENTRY_KEY = fill('b125-sentry', HEX, 32);
const DD_API = fill('b125-ddapi', HEX, 32);
const DD_APP = fill('b125-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b125-hvs', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b125-dapi', HEX, 32), '-3');
const DO_TOKEN = tok('dop_', 'v1_', fill('b125-dop', HEX, 64));
const CLOUDFLARE = fill('b125-cf', B62 + '_-', 40);
const AIRTABLE = tok('pat', fill('b125-at1', B62, 14), '.', fill('b125-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b125-ntn1', DIGITS, 11), fill('b125-ntn2', B62, 35));
const TFC = tok(fill('b125-tfc1', B62, 14), '.atlasv1.', fill('b125-tfc2', B62, 67));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'mobilo-ops', a: fill('b125-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b125-mbx', B64URL, 22));
const ALI_ID = tok('LTAI', '5t', fill('b125-ltai', B62, 18));
const ALI_SECRET = fill('b125-alisec', B62, 30);
const JWT_FINES = jwt({ alg: 'RS256', typ: 'JWT', kid: 'fines-2025-02' }, { sub: 'svc-fines-import', iss: 'https://auth.mobilo-share.eu', aud: 'penalty-api', scope: 'fines:write drivers:read', iat: 1739871200, exp: 1771407200 }, 'b125-jwtfines');
const JWT_BOOK = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '418', role: 'box_office_admin', venue: 'lanterna-main', iat: 1741092000 }, 'b125-jwtbook');
const BEARER = fill('b125-bearer', B62 + '-._', 58);
const OPENSSH = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
${fill('b125-ossh1', B64, 70)}
${fill('b125-ossh2', B64, 70)}
${fill('b125-ossh3', B64, 70)}
${fill('b125-ossh4', B64, 70)}
${fill('b125-ossh5', B64, 38)}==
-----END OPENSSH PRIVATE KEY-----`;
const RSA_KEY = pem('RSA PRIVATE KEY', 'b125-rsa', 1190);
const EC_KEY = pem('EC PRIVATE KEY', 'b125-ec', 121);
const TENCENT_ID = tok('AKID', fill('b125-akid', B62, 32));
const TENCENT_KEY = fill('b125-tckey', B62, 32);
const BREVO = tok('xkeysib-', fill('b125-brevo1', HEX, 64), '-', fill('b125-brevo2', B62, 16));
const MAILCHIMP = tok(fill('b125-mc', HEX, 32), '-us14');
const TEAMS_HOOK = tok('https://kestreldrydock.webhook.office.com/webhookb2/', '7c21e9a4-3f58-4b0d-9e62-81a4c7d5f390@2e9b4d71-6a08-4c3f-b5e1-9d7f2a63c8e4/IncomingWebhook/', fill('b125-teams1', HEX, 32), '/', 'a4f18c27-9d35-4e6b-8c02-5f7b3e91d6a8/', 'V2', fill('b125-teams2', B64URL, 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH125_CREDENTIALS: DraftRecord[] = [
  // --- car-sharing damage & fines desk ---
  rec('env_file', f`Warum liest der Bußgeld-Importer seine Variablen nicht? Container startet, aber S3-Upload der Anhörungsbögen schlägt mit AccessDenied fehl.

${cfg(f`# fines-importer/.env.prod
APP_ENV=prod
FINES_BUCKET=mobilo-bussgeld-scans-eu
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
OCR_PROVIDER=textract`)}`),

  rec('chat_de_ch', f`Grüezi, chönd Sie mer hälfe? Mir händ en Token fürs Schadensportal vom Partner-Garage-Netzwerk übercho, aber d'API git immer 401 zrugg. Header isch:
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Isch de Token vilicht abgloffe oder mach ich öppis falsch mit em Format?`),

  rec('code_python', f`This script pulls parking fines from the city portal and matches them to rentals. It worked until Friday, now the JWT is rejected with "aud mismatch". What's wrong?

\`\`\`python
${code(f`import requests

PENALTY_API = "https://penalty.mobilo-share.eu/v2"
TOKEN = "${v('credential.jwt', JWT_FINES)}"

def fetch_notices(since: str) -> list[dict]:
    r = requests.get(
        f"{PENALTY_API}/notices",
        params={"since": since, "status": "open"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["items"]`)}
\`\`\``),

  rec('chat_fr', f`Bonjour, je dois écrire un mail au loueur partenaire pour leur redonner l'accès au portail des contraventions (ANTAI). Identifiant : flotte.lyon@mobilo ; mot de passe provisoire : ${v('credential.password_in_prose', 'Pervenche-Lyon#47')}. Tu peux me rédiger ça poliment et leur dire de le changer à la première connexion ?`),

  rec('chat_nl', f`Kun je checken of deze curl klopt? Ik wil de schadefoto's van rit R-88213 ophalen uit onze Azure container maar krijg 403.

${cfg(f`curl -sS "https://mobilodamage.blob.core.windows.net/claims/R-88213/front-left.jpg?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-04-30T18:00:00Z&st=2025-03-01T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', AZ_SAS_SIG)}" -o front-left.jpg`)}`),

  rec('yaml', f`Helm values for the telematics-to-damage bridge. Can you tell me why the Twilio SMS to customers ("Please upload photos of the scratch") never leaves?

${cfg(f`notifications:
  sms:
    provider: twilio
    accountSid: ${v('credential.twilio_account_sid', TW_SID)}
    authToken: ${v('credential.twilio_auth_token', TW_AUTH)}
    from: "${phone('+49 1517 2938465')}"
  templates:
    damage_photo_request: "Hi {{ .first_name }}, bitte lade Fotos des Schadens hoch: {{ .link }}"`)}`),

  rec('chat_pl', f`Cześć, możesz przetłumaczyć na angielski dla nowego kolegi z działu szkód? "Dostęp do panelu mandatów: login szkody.waw, hasło ${v('credential.password_in_prose', 'Hulajnoga!Mokotow83')}. Nie udostępniaj nikomu, hasło zmieniamy co kwartał."`),

  rec('chat_es_ar', f`Che, me ayudás con esto? El bot de Telegram que avisa a los choferes cuando les llega una multa dejó de andar. El token es ${v('credential.telegram_bot_token', TELEGRAM)} y el webhook apunta a https://bots.mobilo-share.com.ar/multas. Me tira 409 Conflict.`),

  rec('ini', f`Mapbox raster für die Schadensskizze lädt nicht mehr seit wir den Token rotiert haben. Config:

${cfg(f`[maps]
style = mapbox://styles/mobilo-ops/clx8damage
secret_token = ${v('credential.mapbox_secret_token', MAPBOX)}
default_zoom = 15`)}`),

  // --- hearing-research lab participant office ---
  rec('chat_da', f`Hej! Vi har et REDCap-lignende system til forsøgspersoner i høreforskningslaboratoriet. Kan du skrive en kort vejledning til studentermedhjælperne? Login til deltagerdatabasen: bruger "hoerelab-studmed", adgangskode ${v('credential.password_in_prose', 'Sneglehus-Cochlea9')}. De skal kun kunne booke tider, ikke se audiogrammer.`),

  rec('code_r', f`Mein R-Skript holt die Audiogramm-Exporte aus dem Studien-Postgres, aber dbConnect hängt. Kann das am Passwort mit dem § liegen?

\`\`\`r
${code(f`library(DBI)
con <- dbConnect(
  RPostgres::Postgres(),
  host = "db.hoerlabor.uni-example.de",
  dbname = "probanden",
  user = "audiometrie_ro",
  password = "${v('credential.password_assignment', 'Tinnitus§Hz4000')}"
)
df <- dbGetQuery(con, "SELECT pid, ear, f_hz, db_hl FROM audiogram WHERE study = 'SPIN-2025'")`)}
\`\`\``),

  rec('chat_en', f`our participant-reminder mailer uses SendGrid. the key below got flagged by SendGrid as "exposed in public repo" — is it enough to delete the key or do I also have to do something about the git history?
key was: ${v('credential.sendgrid_api_key', SENDGRID)}`),

  rec('json', f`Qualtrics → lab webhook config, can you tell me why the HMAC check fails?

${cfg(f`{
  "survey": "SV_hearing_handicap_inventory",
  "target": "https://participants.hearlab.example.ac.uk/hooks/qualtrics",
  "hmac_secret": "${v('credential.generic_secret_assignment', fill('b125-qhmac', B62, 40))}",
  "events": ["completedResponse"]
}`)}`),

  rec('chat_fi', f`Moi! Kuulotutkimuslaboratorion osallistujarekisterin varmuuskopio ajetaan yöllä skriptillä. Voitko tarkistaa, onko tämä komento järkevä?

${cfg(f`PGPASSWORD='${v('credential.cli_password', 'Simpukka-Kuulo77')}' pg_dump -h ${amb('pii.ip_address', '10.40.2.15')} -U rekisteri_backup osallistujat | gzip > /backup/osallistujat_$(date +%F).sql.gz`)}

Ja pitäisikö salasana siirtää jonnekin muualle?`),

  rec('chat_he', f`היי, הסקריפט ששולח תזכורות SMS לנבדקים במעבדת השמיעה נופל. זה החיבור לטוויליו:
Account SID: ${v('credential.twilio_account_sid', tok('AC', fill('b125-twsid2', HEX, 32)))}
Auth Token: ${v('credential.twilio_auth_token', fill('b125-twauth2', HEX, 32))}
השגיאה: 20003 Authenticate. מה הבעיה?`),

  rec('code_matlab', f`MATLAB script that uploads each session's psychoacoustic results to our Airtable base. Getting 403 since the PAT migration:

\`\`\`matlab
${code(f`token = '${v('credential.airtable_pat', AIRTABLE)}';
url = 'https://api.airtable.com/v0/appHearLab2025/Sessions';
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' token]}, 'MediaType', 'application/json');
rec.fields = struct('PID', pid, 'SRT_dB', srt, 'Condition', cond);
webwrite(url, struct('records', {{rec}}), opts);`)}
\`\`\``),

  rec('chat_ko', f`청력 연구실 참가자 모집 페이지를 Notion으로 옮기려고 합니다. 통합 토큰은 ${v('credential.notion_token', NOTION)} 이고요, 데이터베이스에 쓰기가 안 됩니다 (403 restricted_resource). 권한 설정을 어디서 바꿔야 하나요?`),

  rec('chat_en_gb', f`Can you turn this into a proper handover note for the new RA? Bits from my notes:
- booth PC (Booth B) windows login: hlab-boothb / ${v('credential.user_password_pair', 'Stapes&Incus2025')}
- audiometer calibration log is on the shared drive, not the booth PC
- participant payments go through the finance form, never cash`),

  // --- spice importer food-safety & customs ---
  rec('chat_tr', f`Merhaba, gümrük müşavirimiz için bir e-posta yazar mısın? Yeni beyanname portalına erişim bilgileri şöyle: kullanıcı adı "baharat_ithalat", şifre: ${v('credential.password_in_prose', 'Sumak!Kimyon2025')}. Şifreyi ilk girişte değiştirmelerini rica edeceğim.`),

  rec('env_file', f`Our customs-declaration microservice (Python) uses these. Which ones should go into Vault and which can stay in the ConfigMap?

${cfg(f`CUSTOMS_API_BASE=https://api.customs-gateway.example.nl/v3
CUSTOMS_EORI=NL812734916
CUSTOMS_CLIENT_SECRET=${v('credential.generic_secret_assignment', fill('b125-cuscs', B62, 36))}
RASFF_ALERT_WEBHOOK=${v('credential.slack_webhook_url', SLACK_HOOK)}
LAB_RESULTS_SFTP_PASSWORD=${v('credential.password_assignment', 'Kurkuma*Aflatoxin-B1')}
SENTRY_DSN=${v('credential.sentry_dsn', tok('https://', SENTRY_KEY, '@o4508123.ingest.de.sentry.io/4508127740'))}`)}`),

  rec('chat_hi', f`नमस्ते, हमारे मसाला आयात की लैब रिपोर्ट वाली स्क्रिप्ट में OpenAI key डाली है, क्या यह सही तरीका है? key: ${v('credential.openai_api_key', OPENAI)} — मुझे डर है कि यह GitHub पर चली गई होगी। अब क्या करूँ?`),

  rec('code_js', f`Node script that posts each new aflatoxin lab result into our Teams channel. Works locally, fails in the Azure Function:

\`\`\`js
${code(f`const fetch = require('node-fetch');
const HOOK = '${v('credential.teams_webhook_url', TEAMS_HOOK.replace('kestreldrydock', 'saffronroute'))}';

module.exports = async function (context, req) {
  const { lot, product, ppb } = req.body;
  const colour = ppb > 10 ? 'attention' : 'good';
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: \`Lot \${lot} (\${product}): aflatoxin B1 \${ppb} µg/kg\`, themeColor: colour }),
  });
  context.res = { status: 204 };
};`)}
\`\`\``),

  rec('chat_ar', f`مرحباً، نحتاج إلى إرسال بيانات الدخول لمخلص الجمارك في ميناء جدة. اسم المستخدم: spice.import.jed وكلمة المرور: ${v('credential.password_in_prose', 'Hail-Zafaran#2025')}. هل يمكنك صياغة رسالة رسمية قصيرة بالعربية والإنجليزية؟`),

  rec('chat_nl_be', f`Allez, kunt ge eens kijken? Ons Shopify-winkeltje voor de kruidenmengsels synchroniseert de voorraad niet meer met het ERP. De token staat zo in de config: SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)} — is die misschien read-only?`),

  rec('ssh_config', f`Lab in Kochi uploads the pesticide-residue PDFs via SFTP. They sent us this key to install, is it safe to paste it into our jump host as-is?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('chat_vi', f`Chào bạn, mình cần viết email cho nhà cung cấp tiêu ở Đắk Lắk để họ đăng nhập vào cổng truy xuất nguồn gốc. Tài khoản: dlak_pepper01, mật khẩu: ${v('credential.password_in_prose', 'HoTieu@Buon2025')}. Nhờ bạn viết giúp bằng tiếng Anh đơn giản nhé.`),

  rec('terraform_sw', f`Monitor yetu ya Datadog ya unyevu wa chumba baridi (zafarani na vanila) haitoi tahadhari kamwe. Hii ndiyo provider block:

${cfg(f`provider "datadog" {
  api_key = "${v('credential.datadog_api_key', DD_API)}"
  app_key = "${v('credential.datadog_app_key', DD_APP)}"
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "coldroom_rh" {
  name  = "Cold room 2 RH > 60%"
  type  = "metric alert"
  query = "avg(last_10m):avg:coldroom.rh{room:2} > 60"
}`)}`),

  // --- children's theatre ticketing ---
  rec('chat_it', f`Ciao! Devo mandare alla nuova collega della biglietteria le credenziali del gestionale scuole. Utente: biglietteria.scuole, password ${v('credential.password_in_prose', 'Pinocchio-Balena!12')}. Mi scrivi un messaggio carino ma che le ricordi di non inoltrarlo a nessuno?`),

  rec('code_php', f`WordPress plugin for school group bookings, Stripe payments fail with "Invalid API Key provided" only on production:

\`\`\`php
${code(f`<?php
// wp-content/plugins/lanterna-groups/config.php
define('LANTERNA_STRIPE_SECRET', '${v('credential.stripe_secret_key', STRIPE_LIVE)}');
define('LANTERNA_STRIPE_WEBHOOK', '${v('credential.stripe_webhook_secret', WHSEC)}');
define('LANTERNA_SEATS_PER_CLASS', 32);

function lanterna_stripe() {
    return new \\Stripe\\StripeClient(LANTERNA_STRIPE_SECRET);
}`)}
\`\`\``),

  rec('chat_pt_pt', f`Olá, podes ajudar-me a escrever um e-mail para a escola básica de Benfica? Eles vão reservar o espectáculo "O Gato das Botas" para 3 turmas e precisam de entrar na plataforma de reservas. Utilizador: eb.benfica.reservas, palavra-passe: ${v('credential.password_in_prose', 'Botas&Gato-2025')}.`),

  rec('chat_sv', f`Hej, vår biljettkassa använder en mailchimp-lista för nyhetsbrev till förskolor. Nyckeln är ${v('credential.mailchimp_api_key', MAILCHIMP)} — kan du skriva ett Python-exempel som lägger till en ny kontakt i listan "forskolor-vt25"?`),

  rec('http', f`Seat-map editor logs us out every 10 min. This is the request from devtools, anything odd?

${cfg(f`GET /api/v1/performances/2025-04-12-1500/seats HTTP/1.1
Host: boxoffice.lanterna-theatre.org
Authorization: Bearer ${v('credential.jwt', JWT_BOOK)}
Accept: application/json
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)`)}`),

  rec('code_ts', f`Our Brevo integration for school booking confirmations:

\`\`\`ts
${code(f`import * as Brevo from '@getbrevo/brevo';

const api = new Brevo.TransactionalEmailsApi();
api.setApiKey(Brevo.TransactionalEmailsApiApiKeys.apiKey, '${v('credential.brevo_api_key', BREVO)}');

export async function sendBookingConfirmation(to: string, school: string, seats: number) {
  await api.sendTransacEmail({
    to: [{ email: to }],
    templateId: 41,
    params: { school, seats },
  });
}`)}
\`\`\`
why does it send the template in English even though the template 41 is in Dutch?`),

  // --- data broker compliance / deletion requests ---
  rec('yaml', f`GitHub Actions workflow that runs our nightly deletion-request sweep. The job can't push the suppression list to the private repo:

${cfg(f`name: dsar-deletion-sweep
on:
  schedule:
    - cron: "15 2 * * *"
jobs:
  sweep:
    runs-on: ubuntu-latest
    env:
      SUPPRESSION_REPO_TOKEN: ${v('credential.github_fine_grained_pat', GH_FINE)}
      DATABRICKS_HOST: https://adb-4829301746218.7.azuredatabricks.net
      DATABRICKS_TOKEN: ${v('credential.databricks_token', DATABRICKS)}
    steps:
      - uses: actions/checkout@v4
      - run: python sweep.py --since 24h`)}`),

  rec('chat_de', f`Kurze Frage: Ich habe in unserem Löschanfragen-Ticket aus Versehen den GitHub-Token gepostet (${v('credential.github_pat', GHP)}). Das Ticket ist nur intern sichtbar. Muss ich den trotzdem widerrufen? Wie formuliere ich das gegenüber dem Datenschutzbeauftragten?`),

  rec('python', f`Deletion propagation to our reseller partners, we call each partner's API. Review please:

\`\`\`python
${code(f`PARTNERS = {
    "adreach": {"url": "https://api.adreach.example/v1/erasure", "key": "${v('credential.generic_secret_assignment', fill('b125-adreach', B62, 32))}"},
    "leadpool": {"url": "https://leadpool.example.io/gdpr/delete", "key": "${v('credential.generic_secret_assignment', fill('b125-leadpool', HEX, 40))}"},
}

def propagate(subject_hash: str) -> dict[str, int]:
    results = {}
    for name, p in PARTNERS.items():
        r = requests.post(p["url"], json={"sha256_email": subject_hash}, headers={"X-Api-Key": p["key"]}, timeout=15)
        results[name] = r.status_code
    return results`)}
\`\`\``),

  rec('chat_ru', f`Привет! Мы в отделе комплаенса обрабатываем запросы на удаление данных. Коллега прислал мне доступ к Snowflake в чате: логин compliance_ro, пароль ${v('credential.password_in_prose', 'Udalenie#Zapros-314')}. Подскажи, как правильно попросить его больше так не делать, вежливо?`),

  rec('gcp_sa', f`Service account the deletion-pipeline uses in BigQuery — "invalid_grant: Invalid JWT Signature". Key file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "veridata-dsar-prod",
  "private_key_id": "${fill('b125-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'dsar-pipeline@veridata-dsar-prod.iam.gserviceaccount.com')}",
  "client_id": "104829371650284716392",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'dsar-pipeline%40veridata-dsar-prod.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_ja', f`削除リクエスト対応の自動化で Anthropic の API を使っています。キーは ${v('credential.anthropic_api_key', ANTHROPIC)} です。本人確認書類の画像を送るのは GDPR 的に問題ないでしょうか？あと、このキーを社内 Wiki に貼ってしまったのですが、ローテーションすべきですか？`),

  rec('shell', f`Vault login works but the kv read for the broker-suppression secrets returns permission denied:

${cfg(f`$ export VAULT_ADDR=https://vault.veridata-insights.com:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/compliance/suppression-list
Error reading secret/data/compliance/suppression-list: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}`),

  rec('chat_pt_br', f`Oi, gente! Preciso de ajuda pra escrever um procedimento interno. Quando chega pedido de exclusão de dados (LGPD), o analista entra no painel do fornecedor de enriquecimento com o usuário lgpd.exclusao e a senha ${v('credential.password_in_prose', 'Apagar-Tudo@Sampa9')}. Quero um passo a passo sem colocar a senha no documento, claro.`),

  rec('code_go', f`Go worker that tombstones records after a verified deletion request. Why does the Postgres pool error with "password authentication failed"?

\`\`\`go
${code(f`func openDB() (*sql.DB, error) {
	dsn := "postgres://dsar_worker:${v('credential.database_url_password', 'Tombst0ne!Erase-42')}@pg-main.internal.veridata-insights.com:5432/profiles?sslmode=require"
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8)
	return db, db.Ping()
}`)}
\`\`\``),

  rec('chat_en', f`Can you write a short Slack message telling the team the Linear key in the #dsar-automation channel has been revoked? For reference the key was ${v('credential.linear_api_key', LINEAR)} — don't include it in the message obviously.`),

  // --- ship-repair yard subcontractor office ---
  rec('docker_config_lt', f`Subrangovo CI negali parsisiųsti mūsų bazinio atvaizdo, „unauthorized“. Štai ~/.docker/config.json runneryje:

${cfg(f`{
  "auths": {
    "registry.kestrel-drydock.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('chat_no', f`Hei! Kan du oversette dette til engelsk for den polske underleverandøren? "Wi-Fi i verkstedhallen: Nettverk KDY-Verksted, passord ${v('credential.password_in_prose', 'Propell-Aksling-771')}. Skrivaren for arbeidsordrer står på ${amb('pii.ip_address', '192.168.40.21')}."`),

  rec('cisco_lv', f`Sausā doka sūkņu mājas komutators — apakšuzņēmēja tehniķim vajag tikai lasīšanas SNMP. Pašreizējā konfigurācija:

${cfg(f`hostname DD2-PUMP-SW01
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b125-c9salt', B62 + './', 14), '$', fill('b125-c9hash', B62 + './', 43)))}
username yardadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Ballast!Tank-07')}
snmp-server community ${v('credential.network_device_secret', 'kdy-pumphouse-rw')} RW
!
interface Vlan20
 ip address ${amb('pii.ip_address', '10.20.0.2')} ${amb('pii.ip_address', '255.255.255.0')}`)}

Kā viņiem pievienot RO community, neaizskarot RW?`),

  rec('code_csharp_sl', f`Naša sinhronizacija delovnih ur za ekipe podizvajalcev (C#). Povezava na novi SQL Server ne uspe:

\`\`\`csharp
${code(f`public static class YardDb
{
    private const string ConnStr =
        "Server=sql-yard01.kestrel.local;Database=Timesheets;User Id=ts_sync;Password=${v('credential.connection_string_password', 'Rudder#Stock-2025')};TrustServerCertificate=True;";

    public static SqlConnection Open()
    {
        var c = new SqlConnection(ConnStr);
        c.Open();
        return c;
    }
}`)}
\`\`\``),

  rec('shell', f`Backing up the yard's job-costing MySQL before the migration, is this command ok?

${cfg(f`mysqldump -h costing-db.kestrel.local -u costing_admin -p${v('credential.mysql_cli_password', 'Keel-Block$Dock3')} --single-transaction jobcosting > jobcosting_2025-03-14.sql`)}`),

  rec('pem', f`The crane-monitoring vendor needs mTLS. They sent the client key in an email (!). Is this RSA key in the right format for nginx?

${v('credential.private_key', RSA_KEY)}`),

  rec('k8s_secret', f`Kubernetes secret for the subcontractor-portal, base64 values. Can you decode and tell me if the DB URL looks right?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: subcon-portal
  namespace: yard-apps
type: Opaque
data:
  DATABASE_URL: ${v('credential.base64_encoded_token', b64('postgres://subcon_app:Hawse-Pipe!66@pg.kestrel.local:5432/subcon'))}
  EC_SIGNING_KEY: ${v('credential.base64_private_key', b64(EC_KEY + '\n'))}`)}`),

  rec('chat_en_in', f`Hi, our yard's Postgres for the gate-pass app is on DigitalOcean. Token in the CI is ${v('credential.digitalocean_token', DO_TOKEN)}. Please tell me how to restrict it to only the one droplet, I think it's full access right now.`),

  rec('env_file', f`Terraform Cloud + Cloudflare for the yard's public tender page. Which of these should never be in the repo?

${cfg(f`TF_TOKEN_app_terraform_io=${v('credential.terraform_cloud_token', TFC)}
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CLOUDFLARE)}
CLOUDFLARE_ZONE=kestrel-drydock.com
TENDER_PAGE_TITLE="Open tenders — hull blasting & painting"`)}`),

  rec('chat_zh', f`你好，我们船厂的分包商管理系统用的是阿里云。AccessKey ID: ${v('credential.alibaba_access_key_id', ALI_ID)}，AccessKey Secret: ${v('credential.generic_secret_assignment', ALI_SECRET)}。上传焊工证书到 OSS 时报错 SignatureDoesNotMatch，是什么原因？`),

  rec('chat_id', f`Halo, tolong bantu cek config Tencent Cloud untuk upload foto inspeksi lambung kapal dari subkon:
SecretId: ${v('credential.tencent_secret_id', TENCENT_ID)}
SecretKey: ${v('credential.generic_secret_assignment', TENCENT_KEY)}
Error-nya "AuthFailure.SignatureFailure". Kenapa ya?`),

  // misc across orgs
  rec('npmrc', f`Our internal npm package for the theatre seat-map won't install on the new laptop:

${cfg(f`@lanterna:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}`),

  rec('chat_es_mx', f`Oye, en el laboratorio de audición usamos Hugging Face para un modelo de reconocimiento de habla en ruido. Mi token es ${v('credential.huggingface_token', HF)}, ¿cómo lo pongo como variable de entorno en Windows para que no quede en el notebook?`),

  rec('pypirc_ms', f`Muat naik toolkit rangsangan makmal pendengaran kami ke PyPI gagal dengan ralat 403:

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('chat_en', f`car-sharing ops here — our Groq key for the damage-description summariser: ${v('credential.groq_api_key', GROQ)}. Does Groq support EU data residency? legal is asking`),

  rec('chat_en', f`Damage desk again. Google Maps key for reverse-geocoding where the car was parked when the fine came in: ${v('credential.google_api_key', GOOGLE)}. Billing says 40k calls yesterday, someone's abusing it? How do I restrict by HTTP referrer?`),
];

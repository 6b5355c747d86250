/**
 * Held-out batch 88: credentials pasted by a hospice home-care team, a container line's bookings desk, a municipal
 * parking office, a court/hospital interpreting agency, a biotech lab-automation group and a pawnshop chain. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b88-akia', B32, 16));
const AKIA_SECRET = fill('b88-akias', B64, 40);
const GHP = gh('ghp', 'Tn4Vw8Qz2Lm6Ks1Jd5Hb9Fx3Rc7Yp0');
const GHO = gh('gho', 'Pa2Sd4Fg6Hj8Kl1Zx3Cv5Bn7Mq9We0');
const GH_FINE = tok('github_pat_', '11A', fill('b88-ghfine1', UPPER + DIGITS, 19), '_', fill('b88-ghfine2', B62, 59));
const GLPAT = tok('glpat-', fill('b88-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '5820194736', '2-', '7391048265103-', fill('b88-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b88-sh1', UPPER + DIGITS, 8), '/B07', fill('b88-sh2', UPPER + DIGITS, 8), '/', fill('b88-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b88-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b88-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b88-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b88-oa', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b88-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b88-groq', B62, 52));
const HF = tok('hf_', fill('b88-hf', B62, 34));
const GOOGLE_API = tok('AIza', 'Sy', fill('b88-gapi', B64URL, 33));
const AZ_STORAGE = `${fill('b88-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b88-azc1', B62, 3), '8Q~', fill('b88-azc2', B62 + '~._-', 34));
const TWILIO_SID = tok('AC', fill('b88-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b88-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b88-sg1', B64URL, 22), '.', fill('b88-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b88-mg', HEX, 32));
const TELEGRAM = tok('7391048265', ':AA', fill('b88-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1284730195827364019', '/', fill('b88-dwh', B64URL, 68));
const NPM = gh('npm', 'Zq7Xw2Ce5Rv8Tb1Yn4Um6Io3Pl9Kj0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b88-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b88-dckr', B64URL, 27));
const SENTRY_DSN = tok('https://', fill('b88-sdsn', HEX, 32), '@o4507', fill('b88-sorg', DIGITS, 9), '.ingest.de.sentry.io/4507', fill('b88-sproj', DIGITS, 12));
const DD_API = fill('b88-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b88-vault', B62, 90));
const DBX_TOKEN = tok('dapi', fill('b88-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b88-do', HEX, 64));
const CF_TOKEN = fill('b88-cf', B62 + '_-', 40);
const SHOPIFY = tok('shpat_', fill('b88-shpat', HEX, 32));
const LINEAR = tok('lin_api_', fill('b88-lin', B62, 40));
const NOTION = tok('ntn_', fill('b88-ntn1', DIGITS, 11), fill('b88-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b88-at1', B62, 14), '.', fill('b88-at2', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b88-pm1', HEX, 24), '-', fill('b88-pm2', HEX, 34));
const TFC = tok(fill('b88-tfc1', B62, 14), '.atlasv1.', fill('b88-tfc2', B62, 67));
const SUPABASE = tok('sbp_', fill('b88-sbp', HEX, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b88-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const SQUARE = tok('EAAA', fill('b88-square', B64URL, 60));
const JWT_LIMS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lims-2025-02' }, { sub: 'svc-hamilton-star-03', aud: 'lims.api', scope: 'samples:write plates:write', iat: 1768210000, exp: 1768296400 }, 'b88-jwtlims');
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { agent: 'MSA-ANR-0412', role: 'booking_agent', iat: 1769001200 }, 'b88-jwtportal');
const RSA = pem('RSA PRIVATE KEY', 'b88-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b88-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const EC = pem('EC PRIVATE KEY', 'b88-ec', 121);
const GCP_PK = pem('PRIVATE KEY', 'b88-gcp', 1216).replace(/\n/g, '\\n');
const BASIC = b64('anpr-export:Kamera#Nord2025');
const BEARER = fill('b88-bearer', B62 + '-._', 48);
const AZ_DEVOPS = fill('b88-ado', B32LOWER, 52);
const HEROKU = tok('HRKU-', 'AA', fill('b88-hrku', B64URL, 58));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'parkcity-maps', a: fill('b88-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b88-mbx', B64URL, 22));
const GRAFANA_SA = tok('glsa_', fill('b88-glsa1', B62, 32), '_', fill('b88-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b88-nrak', UPPER + DIGITS, 27));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b88-atl', B64URL, 171), '=', fill('b88-atl2', HEX.toUpperCase(), 8));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH88_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our hospice rota app stopped sending SMS reminders to nurses overnight. Here is the .env from the VM, anything obviously wrong?

${amb('source_code.snippet', f`NODE_ENV=production
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${phone('+447480123456')}
ROTA_TZ=Europe/London
REMINDER_CRON=0 18 * * *`)}`),

  rec('chat_cy', f`Helo, mae'r ap nodiadau ymweliad yn gwrthod mewngofnodi. Fy nghyfrinair i ydy ${v('credential.password_in_prose', 'Cwtch!Nyrs2025')} — alli di weld pam mae'r gosodiad SSO yn ei wrthod? (Welsh-language team, Ceredigion hospice at home)`),

  rec('ticket', f`INC-4471 · Visit-notes tablet #12 locked
Nurse: Siobhán Kealy, Galway palliative team
She read me her PIN-reset password over the phone: ${v('credential.password_in_prose', 'Bealtaine#8841')}
Please unlock and force a change at next login.`),

  rec('chat_de', f`Kannst du mir sagen, warum der Medikationsplan-Export nach S3 fehlschlägt? Ich habe die Keys aus dem alten Skript genommen:
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
Region eu-central-1, Bucket palliativ-medplan-export. Fehlermeldung: SignatureDoesNotMatch.`),

  rec('chat_pt_br', f`Preciso que o relatório de reefers rode no GitHub Actions. Coloquei o token assim no workflow, tá certo? GH_TOKEN: ${v('credential.github_pat', GHP)} — é o meu token pessoal, depois troco.`),

  rec('yaml_ci', f`Pipeline da consola de reservas falha no passo de publicação:

${amb('source_code.snippet', f`publish:
  stage: deploy
  image: node:20
  variables:
    NPM_TOKEN: "${v('credential.npm_token', NPM)}"
  script:
    - echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc
    - npm publish --access restricted`)}

erro: 403 Forbidden - PUT https://registry.npmjs.org/@linha-azul%2fbl-parser`),

  rec('chat', f`the EDI bot in #bookings-ops posts twice. bot token ${v('credential.slack_bot_token', XOXB)}, webhook ${v('credential.slack_webhook_url', SLACK_HOOK)} — do I need both or is the webhook enough?`),

  rec('chat_es_ar', f`Che, el cobro de permisos de estacionamiento online tira 401 desde ayer. En el backend está:
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
¿Puede ser que hayan rotado la clave desde el dashboard?`),

  rec('chat_nl', f`De parkeerautomaten van leverancier gebruiken een restricted key voor refunds: ${v('credential.stripe_restricted_key', STRIPE_RK)}. Welke permissies heeft die minimaal nodig voor alleen terugbetalingen?`),

  rec('code_python', f`Tolkbureau: we laten transcripties samenvatten. Waarom krijg ik een rate limit?

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarise(transcript: str, lang: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": f"Summarise this court hearing in {lang}."},
                  {"role": "user", "content": transcript}],
    )
    return r.choices[0].message.content`)}
\`\`\``),

  rec('chat_fr_be', f`Pour le glossaire juridique néerlandais-français on teste Claude. Clé: ${v('credential.anthropic_api_key', ANTHROPIC)} — est-ce que je peux la partager avec les interprètes freelance ou il faut une clé par personne ?`),

  rec('chat_hi', f`हमारे LIMS में sample barcode OCR के लिए Groq use कर रहे हैं, key ${v('credential.groq_api_key', GROQ)} है। Timeout बहुत आ रहा है, retry कैसे लगाएँ?`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")
model_id = "labauto/plate-reader-seg-v2"`)}
Out[3]: Token is valid (permission: write).`),

  rec('chat_ja', f`ANPRカメラの地図表示にGoogle Mapsを使っています。APIキー ${v('credential.google_api_key', GOOGLE_API)} を制限なしで使っているのですが、HTTPリファラー制限の設定方法を教えてください。`),

  rec('connection_string', f`Reefer telemetry ingest can't write to blob since Friday:
DefaultEndpointsProtocol=https;AccountName=reefertelemetryweu;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Is the key maybe regenerated?`),

  rec('chat_sv', f`Vi har en app-registrering för tolkbokningen i Entra ID. Client secret: ${v('credential.azure_client_secret', AZ_CLIENT)} (går ut i mars). Hur förnyar jag den utan driftstopp?`),

  rec('chat_ro', f`Serviciul de notificări pentru amanet trimite e-mailuri prin SendGrid: ${v('credential.sendgrid_api_key', SENDGRID)}. Clienții primesc mesajele în spam, ce setări DNS lipsesc?`),

  rec('chat_pl', f`Mailgun zwraca 401 dla przypomnień o odbiorze zastawu. Klucz: ${v('credential.mailgun_api_key', MAILGUN)}, domena mg.lombard-zloty.pl. Co sprawdzić?`),

  rec('chat_ru', f`Бот в телеграме для сменных медсестёр хосписа не отвечает. Токен ${v('credential.telegram_bot_token', TELEGRAM)}, вебхук стоит на наш сервер. Как проверить getWebhookInfo?`),

  rec('chat', f`Reefer alarm relay to Discord channel: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — messages over 2000 chars get dropped, how do I split them?`),

  rec('pypirc', f`Lab-automation package upload fails:

${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

twine says "invalid or non-existent authentication information".`),

  rec('chat_fi', f`Laboratorion instrumentti-PC:n Docker ei saa vedettyä imagea. docker login -u labauto-ci -p ${v('credential.dockerhub_pat', DCKR)} toimii omalla koneella mutta ei Hamilton-PC:llä. Proxy?`),

  rec('code_js', f`Sentry doesn't receive errors from the bookings portal frontend:

${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  environment: "prod",
  tracesSampleRate: 0.2,
});`)}`),

  rec('chat_da', f`Datadog agent på P-kameraserveren sender ingen metrics. DD_API_KEY=${v('credential.datadog_api_key', DD_API)} og site er datadoghq.eu. Hvad mangler?`),

  rec('shell', f`Vault login from the LIMS job runner fails after unseal:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.lab.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/lims/postgres
Error making API request. Code: 403. Errors: * permission denied`)}`),

  rec('chat_ko', f`Databricks 파이프라인에서 plate reader 결과를 적재합니다. 토큰 ${v('credential.databricks_token', DBX_TOKEN)} 로 REST API 호출하면 403이 나옵니다. 워크스페이스 권한 문제일까요?`),

  rec('terraform', f`Terraform plan for the permit portal droplets:

${amb('source_code.snippet', f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "permits_api" {
  name   = "permits-api-01"
  region = "ams3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}`),

  rec('chat_it', f`Il token Cloudflare per il DNS del portale permessi sosta è questo: CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}. Serve Zone:Edit o basta DNS:Edit per rinnovare i certificati?`),

  rec('chat_tr', f`Rehin dükkanı online mağazası (Shopify) için admin API token: ${v('credential.shopify_access_token', SHOPIFY)}. Altın fiyatlarını saatlik güncellemek için hangi endpoint'i kullanmalıyım?`),

  rec('chat_no', f`Linear-integrasjonen for tolkeoppdrag: LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}. Hvordan lager jeg en issue automatisk når et oppdrag avlyses?`),

  rec('chat', f`Notion sync for the hospice bereavement follow-up list breaks. integration secret ${v('credential.notion_token', NOTION)} — it says "Could not find database", but I shared it?`),

  rec('chat_et', f`Airtable'i pandimajade hinnangute tabel: PAT ${v('credential.airtable_pat', AIRTABLE)}. Kuidas lugeda ainult viimase 7 päeva kirjeid?`),

  rec('chat', f`Postman collection for the carrier agent portal, the key in the environment is ${v('credential.postman_api_key', POSTMAN)}. Can I run the collection from CI with newman using that?`),

  rec('terraformrc', f`${amb('source_code.snippet', f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}
^ ~/.terraformrc on the lab build agent. Workspace "lims-prod" says unauthorized.`),

  rec('chat_lt', f`Supabase projektas vertimų biuro užsakymams. Prisijungiu CLI su ${v('credential.supabase_token', SUPABASE)}, bet "supabase link" meta klaidą. Ką daryti?`),

  rec('chat', f`we encrypt LIMS backups with age. Key file on the NAS: ${v('credential.age_secret_key', AGE)} — is it fine to keep it next to the backups if the NAS is encrypted?`),

  rec('chat_es_cu', f`Oye, el terminal de pago de la casa de empeño usa Square. Token de producción: ${v('credential.square_access_token', SQUARE)}. ¿Cómo hago un reembolso parcial por API?`),

  rec('http', f`${amb('source_code.snippet', f`POST /api/v2/samples HTTP/1.1
Host: lims.lab.internal
Authorization: Bearer ${v('credential.jwt', JWT_LIMS)}
Content-Type: application/json

{"barcode":"PLT-25-00913","well":"B07","volume_ul":45}`)}
Returns 401 "token audience mismatch" — explain?`),

  rec('chat_ar_eg', f`بوابة الوكلاء بتاعة الحجوزات بتطلع 401. التوكن اللي في الكوكي: ${v('credential.jwt', JWT_PORTAL)} — هو منتهي ولا التوقيع غلط؟`),

  rec('pem', f`Need to convert the SFTP key for the EDI partner (bills of lading) to PuTTY format:

${v('credential.private_key', RSA)}

which puttygen command?`),

  rec('chat', f`instrument PC deploy key, can you tell me if it's ed25519 or rsa from the header?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('chat_uk', f`Сертифікат для платіжного терміналу паркування, ключ:
${v('credential.private_key', EC)}
Як перевірити, що він відповідає CSR?`),

  rec('json_config', f`Cloud pipeline can't authenticate to BigQuery:

${amb('source_code.snippet', f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "labauto-pipelines",
  "private_key_id": "${fill('b88-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PK)}",
  "client_email": "${amb('pii.email', 'plate-etl@labauto-pipelines.iam.gserviceaccount.com')}",
  "client_id": "104827391046582731945",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'plate-etl%40labauto-pipelines.iam.gserviceaccount.com')}"
}`)}`)}`),

  rec('curl', f`ANPR camera export API works in browser but not with curl:
curl -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" https://anpr-nord.parking.local/api/v1/reads?since=2025-03-01`),

  rec('curl', f`tracking API of the terminal returns 403:
curl -s https://api.terminal-ops.example-port.com/v2/containers/MSKU4829175 -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}"`),

  rec('chat_cs', f`Azure DevOps pipeline pro LIMS nemůže klonovat repo. PAT: ${v('credential.azure_devops_pat', AZ_DEVOPS)}. Má scope Code (Read). Proč 401?`),

  rec('db_url', f`Booking DB migration hangs:
DATABASE_URL=postgres://bookings_app:${v('credential.database_url_password', 'Reef3r!Kiel#77')}@pg-bookings.internal:5432/bookings
psql connects fine with the same creds`),

  rec('jdbc', f`Pawn ledger reporting (Jasper) uses:
jdbc:sqlserver://${amb('pii.ip_address', '10.40.2.15')}:1433;databaseName=Lombard;user=rpt_reader;password=${v('credential.connection_string_password', 'Z1ato_2024!rpt')};encrypt=true
Connection reset after 30s. Ideas?`),

  rec('chat_hu', f`A zálogház nyilvántartó programban a jelszó a config.ini-ben: ${amb('source_code.snippet', f`[db]
host=zalog-db01
user=zalogadmin
password=${v('credential.password_assignment', 'Aranyhid2023?')}`)}
Hogyan lehetne ezt titkosítva tárolni?`),

  rec('shell', f`mysqldump from the permits DB keeps asking for a password even though I pass it:
${amb('source_code.snippet', f`mysqldump -u permits_ro -p${v('credential.mysql_cli_password', 'Parkeer2025x')} -h db-permits.gemeente.local permits holders > holders.sql`)}`),

  rec('chat_el', f`Ο router στο υποκατάστημα ενεχυροδανειστηρίου έχει αυτή τη γραμμή: enable password ${v('credential.network_device_secret', 'Xrysos!88')} — πώς το αλλάζω σε secret;`),

  rec('chat_sr', f`Heroku app za prevodilačku agenciju: HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)}. Kako da postavim automatski deploy iz GitHub-a?`),

  rec('chat_lv', f`Stāvvietu kartes Mapbox slepenā atslēga ${v('credential.mapbox_secret_token', MAPBOX)} — vai to drīkst likt frontendā?`),

  rec('chat', f`Grafana service account for the reefer dashboards: ${v('credential.grafana_service_account_token', GRAFANA_SA)}. New Relic ingest license: ${v('credential.newrelic_key', NRAK)}. Which one do I put into the OTel collector?`),

  rec('chat_sq', f`Jira i agjencisë së përkthimit: user interpreti.admin, API token ${v('credential.atlassian_api_token', ATLASSIAN)}. Si ta përdor me curl për të krijuar një detyrë?`),

  rec('chat', f`GitHub OAuth app for the hospice family portal: after login we store ${v('credential.github_oauth_token', GHO)} in localStorage. Bad idea?`),

  rec('chat_bg', f`Fine-grained токен за репото на LIMS: ${v('credential.github_fine_grained_pat', GH_FINE)}. Може ли да чете само releases?`),

  rec('chat_az', f`GitLab CI üçün şəxsi token: ${v('credential.gitlab_pat', GLPAT)} — bu tokenlə registry-yə push etmək olurmu?`),

  rec('chat_ka', f`მთარგმნელობითი სააგენტოს პორტალის ადმინის პაროლი: ${v('credential.password_in_prose', 'Tbilisi#Tarjimani9')} — როგორ დავაყენო 2FA?`),

  rec('chat_id', f`Login panel reefer monitoring di depo Tanjung Priok: user ${'depo_tpk'} / password ${v('credential.password_in_prose', 'Dingin-18C!')} sudah expired katanya, tolong bikin email ke vendor untuk reset.`),

  rec('chat_vi', f`Tài khoản portal đại lý hãng tàu: user hcm.agent02, mật khẩu ${v('credential.password_in_prose', 'SaiGon@Cont2025')}. Viết giúp email yêu cầu cấp quyền xem B/L.`),

  rec('chat_uz', f`Lombard filialidagi kassa dasturi: login kassir3, parol: ${v('credential.password_in_prose', 'Oltin_Toshkent7')} — dastur har safar qayta kirishni so'rayapti, nima qilish kerak?`),

  rec('chat_th', f`รหัสผ่าน Wi-Fi ของเครื่องวัดในแล็บเปลี่ยนแล้ว ใหม่คือ password: ${v('credential.password_assignment', 'LabAuto#2025th')} ช่วยเขียนประกาศสั้นๆ ให้ทีม`),

  rec('chat_sw', f`Nenosiri la akaunti ya portal ya mawakala wa meli Mombasa: ${v('credential.password_in_prose', 'Bandari!Msa2025')}. Tafadhali andika barua pepe ya kuomba kubadilishwa.`),

  rec('chat', f`old SFTP creds for the customs broker (expired last week per them, but keep for reference): user bl_upload, password ${v('credential.password_in_prose', 'Hamburg$Kai12')}. Write a polite mail asking for new ones. Call me back on ${phone('0151 48392715', 'DE')} if needed.`),
];

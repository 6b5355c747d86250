/**
 * Held-out batch 59: credentials pasted by staff of a blood and plasma centre, a cinema chain's head
 * office, a shipyard's procurement department, an online tutoring platform, a social-housing
 * maintenance contractor and a payments start-up's fraud and chargeback team. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const SG = tok('SG.', fill('b59-sg1', B64URL, 22), '.', fill('b59-sg2', B64URL, 43));
const SLACK_BOT = tok('xoxb-', '2291847305', '6-', '7719024836152-', fill('b59-xoxb', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b59-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b59-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b59-whsec', B62, 32));
const TW_SID = tok('AC', fill('b59-twsid', HEX, 32));
const TW_TOKEN = fill('b59-twtok', HEX, 32);
const OPENAI = tok('sk-proj-', fill('b59-oai1', B64URL, 74), 'T3BlbkFJ', fill('b59-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b59-ant', B64URL, 93), 'AA');
const AWS_ID = tok('AKIA', fill('b59-akia', B32, 16));
const AWS_SECRET = fill('b59-awssec', B64, 40);
const GHP = gh('ghp', 'Tq4Mz8Wc1Ry6Kb3Np9Vd2Hx7Ls5Fg0');
const GLPAT = tok('glpat-', fill('b59-glpat', B62 + '-_', 20));
const AZ_KEY = tok(fill('b59-azkey', B64, 86), '==');
const MAILCHIMP = tok(fill('b59-mc', HEX, 32), '-us14');
const TELEGRAM = tok(fill('b59-tgid', DIGITS, 10), ':AA', fill('b59-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249381726450918273/', fill('b59-dchook', B64URL, 68));
const TEAMS_HOOK = tok('https://habitatzg.webhook.office.com/webhookb2/', '7c2e9a14-3b6d-4f81-a0c5-9d28e3f41b76@2f81c4d9-6e3a-4b07-95d2-c1a7e84f3b90/IncomingWebhook/', fill('b59-teams1', HEX, 32), '/', 'a93d0e52-4c17-4b8f-b2e6-81f5c9d37a04/', 'V2', fill('b59-teams2', B64URL, 43));
const DD_API = fill('b59-ddapi', HEX, 32);
const DD_APP = fill('b59-ddapp', HEX, 40);
const SENTRY_KEY = fill('b59-sentry', HEX, 32);
const SENTRY_USER = tok('sntryu_', fill('b59-sntryu', HEX, 64));
const GOOGLE = tok('AIza', 'Sy', fill('b59-gapi', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b59-gocspx', B64URL, 28));
const SHPAT = tok('shpat_', fill('b59-shpat', HEX, 32));
const OKTA = tok('00', fill('b59-okta', B64URL, 40));
const NPM = gh('npm', 'Kd7Xs2Pw9Bn4Qf1Lz6Hr3Tm8Vc5Jy0');
const VAULT = tok('hvs.', fill('b59-vault', B62, 24), fill('b59-vault2', B62 + '_-', 66));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b59-atl', B64URL, 171), '=', fill('b59-atl2', HEX.toUpperCase(), 8));
const DOCKER_AUTH = b64('stocznia-ci:' + 'Kadlub#Rufa2024');
const HF = tok('hf_', fill('b59-hf', UPPER + LOWER, 34));
const CF_TOKEN = fill('b59-cftok', B62 + '-_', 40);
const RSA = pem('RSA PRIVATE KEY', 'b59-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b59-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const ALI_ID = tok('LTAI', '5t', fill('b59-ltai', B62, 18));
const ALI_SECRET = fill('b59-alisec', B62, 30);
const GH_FINE = tok('github_pat_', '11B', fill('b59-ghfg1', UPPER + DIGITS, 19), '_', fill('b59-ghfg2', B62, 59));
const NOTION = tok('ntn_', fill('b59-ntn1', DIGITS, 11), fill('b59-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b59-at1', B62, 14), '.', fill('b59-at2', HEX, 64));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b59-age', BECH32, 58));
const BASIC = b64('lims_export:' + 'Kuruthi@Vanga88');
const JWT_TUTOR = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-scheduler', role: 'service_role', iss: 'pathshala-api', iat: 1735603200, exp: 1893456000 }, 'b59-jwt1');
const JWT_CB = jwt({ alg: 'RS256', kid: 'cb-2025-01', typ: 'JWT' }, { sub: 'analyst.k.tran', scope: 'disputes:read disputes:write', aud: 'chargeback-api', exp: 1767225600 }, 'b59-jwt2');
const AZ_SECRET = tok(fill('b59-azcs1', B62, 3), '8Q~', fill('b59-azcs2', B62 + '~._-', 34));
const SHADOW = tok('$6$', fill('b59-salt', B62, 16), '$', fill('b59-shadow', B62 + './', 86));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH59_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Hola, los recordatorios de cita para donantes ya no salen desde el viernes. Este es el .env del servicio (producción):

${amb('source_code.snippet', f`# citas-donantes/.env
NODE_ENV=production
DATABASE_URL=postgres://citas_app:${v('credential.database_url_password', 'Hemat1es-Burgos#7')}@pg-crtcn.internal:5432/citas
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
MAIL_FROM=${v('pii.email', 'no-responder@crtcn.es')}
RECORDATORIO_HORAS_ANTES=24`)}

¿Puede ser que la clave de SendGrid haya caducado? En los logs sale "401 Unauthorized" al llamar a /v3/mail/send.`),

  rec('compose', f`Podes rever este docker-compose? O contentor do MinIO reinicia em loop no servidor do laboratório de plasma.

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: plasma
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Fraccion4mento!Porto')}
    volumes: [pgdata:/var/lib/postgresql/data]
  minio:
    image: minio/minio:RELEASE.2024-11-07T00-52-20Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: csp-norte
      MINIO_ROOT_PASSWORD: ${v('credential.password_assignment', 'Plaqueta$2024lote')}
volumes:
  pgdata: {}`)}

Obrigada!`),

  rec('code_python', f`Het script dat elke ochtend de bezoekersaantallen van gisteren in #kassa-cijfers zet, crasht sinds de update van slack_sdk. Kun je kijken?

\`\`\`python
${code(f`import datetime as dt
from slack_sdk import WebClient
from kassa import bezoekers_per_zaal

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

gisteren = dt.date.today() - dt.timedelta(days=1)
regels = [f"{zaal}: {n} bezoekers" for zaal, n in bezoekers_per_zaal(gisteren).items()]
client.chat_postMessage(channel="#kassa-cijfers", text="\\n".join(regels))`)}
\`\`\`

Foutmelding: \`AttributeError: module 'slack_sdk' has no attribute 'WebClient'\``),

  rec('code_php', f`Unser Ticketshop (Kinopolis Rheinland) wirft seit dem Umzug auf den neuen Server "No API key provided". Die Config sieht so aus:

${code(f`<?php
// config/payment.php
return [
    'provider'        => 'stripe',
    'secret_key'      => '${v('credential.stripe_secret_key', STRIPE_LIVE)}',
    'currency'        => 'eur',
    'success_url'     => 'https://tickets.kinopolis-rheinland.de/danke',
    'cancel_url'      => 'https://tickets.kinopolis-rheinland.de/warenkorb',
    'statement_descr' => 'KINOPOLIS RHLD',
];`)}

Wird die Datei vielleicht gar nicht geladen? Wir nutzen Laravel 11.`),

  rec('appsettings', f`Cześć, moduł zamówień (zakupy stali i osprzętu) nie łączy się z bazą po migracji na nowy serwer SQL. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Zakupy": "Server=sql-zakupy01.stocznia.local;Database=ZakupyERP;User Id=erp_zakupy;Password=${v('credential.connection_string_password', 'Blacha-S355!kw3')};TrustServerCertificate=True;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Dostawcy": { "LimitZatwierdzeniaPLN": 250000 }
}`)}

Błąd: "A network-related or instance-specific error occurred". Firewall?`),

  rec('code_js', f`hey, our SMS reminders to tutors ("your session starts in 15 min") stopped going out in SG. Node code below, the log just says 20003:

${code(f`const twilio = require('twilio');

const client = twilio('${v('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_TOKEN)}');

async function remindTutor(tutor, session) {
  return client.messages.create({
    from: 'TutorLoop',
    to: tutor.mobile,
    body: \`Hi \${tutor.firstName}, your \${session.subject} session starts at \${session.startLocal}.\`,
  });
}

module.exports = { remindTutor };`)}

20003 is auth right? we didn't change anything lah`),

  rec('email_fr', f`Peux-tu reformuler ce mail plus poliment ? Il part au sous-traitant plomberie ce soir.

---
Bonjour M. Haddad,

Comme convenu au téléphone, voici votre accès au portail des bons d'intervention (résidences Les Tilleuls et Pablo-Neruda) :
identifiant : haddad.plomberie
mot de passe : ${v('credential.password_in_prose', 'Robinet-Bagnolet93')}

Merci de le changer à la première connexion et de clôturer vos bons sous 48 h, sinon on ne peut pas facturer le bailleur.

Cordialement,
Sandrine, Habitat Maintenance 93`),

  rec('shell', f`Trying to pull last month's disputes into a spreadsheet. This works in Postman but curl gives me an empty list:

${amb('source_code.snippet', f`curl -G https://api.stripe.com/v1/disputes \\
  -u ${v('credential.stripe_restricted_key', STRIPE_RK)}: \\
  -d "created[gte]=1733011200" \\
  -d "created[lt]=1735689600" \\
  -d limit=100`)}

What am I missing? The key is a restricted one with Disputes: read.`),

  rec('http_log', f`A chargeback API-nk 401-et ad vissza, pedig a token még nem járt le. Itt a kérés a proxy naplójából:

${amb('source_code.snippet', f`POST /v2/disputes/DP-2025-004817/evidence HTTP/1.1
Host: chargeback-api.payvia.internal
Authorization: Bearer ${v('credential.jwt', JWT_CB)}
Content-Type: application/json
X-Request-Id: 7f3c19d2-8a41-4e6b-b052-93d1c7a0e6f4

{"type":"delivery_proof","file_id":"file_81Kq2"}`)}

Mi lehet a gond? Az "aud" mező stimmel?`),

  rec('code_python', f`生徒の作文を自動で添削するスクリプトを書きました。たまに RateLimitError が出るので、リトライ処理を入れてほしいです。

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def tensaku(sakubun: str, gakunen: int) -> str:
    prompt = f"中学{gakunen}年生の作文です。誤字脱字と文法を指摘してください:\\n{sakubun}"
    res = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return res.choices[0].message.content`)}
\`\`\``),

  rec('code_ts', f`과외 매칭 서비스에서 수업 요약을 만드는 함수인데, 응답이 가끔 잘려요. max_tokens 문제일까요?

${code(f`import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function summarizeLesson(transcript: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 512,
    messages: [{ role: 'user', content: \`다음 수업 녹취록을 학부모용으로 5줄 요약해 주세요:\\n\${transcript}\` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}`)}`),

  rec('aws_credentials', f`上传电影海报到 S3 的时候报 SignatureDoesNotMatch，帮我看看配置有没有问题：

${amb('source_code.snippet', f`# ~/.aws/credentials
[poster-cdn]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-east-1`)}

命令是 \`aws s3 cp ./posters/ s3://huaying-posters/2025-spring/ --recursive --profile poster-cdn\`。`),

  rec('shell_history', f`Tedarikçi portalı deposunu klonlarken sürekli şifre soruyor, ne yaptım yanlış? history çıktısı:

  ${amb('source_code.snippet', f`512  cd ~/projeler/tedarik-portal
  513  git remote -v
  514  git remote set-url origin https://${v('credential.github_pat', GHP)}@github.com/marmara-tersane/tedarik-portal.git
  515  git pull
  516  git config --global credential.helper store`)}

Hâlâ "Password for https://github.com" diye soruyor.`),

  rec('ci_yaml', f`Ciao, la pipeline che pubblica il calendario delle raccolte sangue sul sito fallisce al passo di deploy. Ecco il .gitlab-ci.yml:

${amb('source_code.snippet', f`deploy_calendario:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - >
      curl --fail --request POST
      --header "PRIVATE-TOKEN: ${v('credential.gitlab_pat', GLPAT)}"
      "https://gitlab.avis-valpadana.it/api/v4/projects/42/trigger/pipeline?ref=main"
  only: [main]`)}

Lo so che il token non dovrebbe stare lì, lo spostiamo nelle variabili dopo. Perché dà 404?`),

  rec('chat_sv', f`Vår felanmälningsapp för hyresgästerna laddar upp bilder till Azure Blob, men sedan i morse får vi 403. Så här ser anslutningssträngen ut i appsettings:

${amb('source_code.snippet', f`"BlobStorage": "DefaultEndpointsProtocol=https;AccountName=felanmalanbilder;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net"`)}

Kan det vara att någon roterat nyckeln i portalen?`),

  rec('chat_da', f`Kan du hjælpe mig med at skrive et Python-script der henter alle abonnenter fra vores nyhedsbrevsliste "Ugens film" og markerer dem der ikke har åbnet noget i 6 måneder? API-nøglen til Mailchimp er ${v('credential.mailchimp_api_key', MAILCHIMP)} og listen hedder "ugens-film-dk".`),

  rec('chat_fi', f`Miksi ssh sanoo "invalid format" kun yritän kirjautua hankintajärjestelmän palvelimelle tällä avaimella? Kopioin sen Teamsista.

${v('credential.openssh_private_key', OSSH)}

Komento: ssh -i ~/.ssh/hankinta_ed25519 ${amb('pii.email', 'deploy@hankinta.turunmeritelakka.fi')}`),

  rec('code_python', f`Ahoj, máme bota, který posílá do Telegramu upozornění na podezřelé transakce (velocity > 5 za minutu). Od včerejška vrací 401. Kód:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002184736251

def posli_upozorneni(txn):
    text = f"⚠️ {txn['merchant']} · {txn['amount']} {txn['currency']} · karta ****{txn['last4']}"
    r = requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      json={"chat_id": CHAT_ID, "text": text})
    r.raise_for_status()`)}

Nevíš, jestli se token dá zneplatnit omylem přes BotFather?`),

  rec('code_js', f`Salut! Am un mic script care trimite în canalul de Discord al tutorilor lista cu sesiunile neacoperite pentru a doua zi. Merge local, dar pe server primesc 404:

${code(f`const WEBHOOK = '${v('credential.discord_webhook_url', DISCORD_HOOK)}';

async function trimiteSesiuni(sesiuni) {
  const continut = sesiuni.map((s) => \`• \${s.materie} – \${s.ora} (\${s.nivel})\`).join('\\n');
  const res = await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: \`Sesiuni fără tutor mâine:\\n\${continut}\` }),
  });
  if (!res.ok) throw new Error(\`Discord a răspuns \${res.status}\`);
}`)}`),

  rec('powershell', f`Skripta koja šalje dnevni izvještaj o otvorenim radnim nalozima (stanovi Trnsko, Sopot) u Teams kanal više ne radi. Može pomoć?

${code(f`$nalozi = Import-Csv -Path "\\\\fs01\\odrzavanje\\nalozi_otvoreni.csv" -Delimiter ';'
$hitni = ($nalozi | Where-Object { $_.Prioritet -eq 'HITNO' }).Count
$poruka = @{ text = "Otvoreni nalozi: $($nalozi.Count), od toga hitnih: $hitni" } | ConvertTo-Json
Invoke-RestMethod -Uri "${v('credential.teams_webhook_url', TEAMS_HOOK)}" -Method Post -ContentType 'application/json; charset=utf-8' -Body $poruka`)}

Greška: "The remote server returned an error: (410) Gone".`),

  rec('yaml', f`Zdravo, Datadog agent na fraud-scoring servisu ne šalje metrike od jutros. Ovo je datadog.yaml sa servera:

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: fraud-scoring-02
tags:
  - team:fraud
  - env:prod
logs_enabled: true
apm_config:
  enabled: true`)}

U logu agenta piše "API Key invalid, dropping transaction". Da li je problem site?`),

  rec('chat_uk', f`Допоможи, будь ласка, скласти коротку інструкцію для нових медсестер пункту забору плазми. Вхід у систему обліку донорів: логін — ім'я.прізвище, тимчасовий пароль для всіх новеньких цього тижня — ${v('credential.password_in_prose', 'Plazma-Lviv2025!')}, після першого входу система попросить його змінити. Інструкцію треба на одну сторінку.`),

  rec('shell_history', f`Коллеги, помогите понять, почему ночной экспорт сеансов в аналитику падает. Вот что я запускал руками на сервере кассы:

${amb('source_code.snippet', f`$ mysqldump -u kassa_ro -p${v('credential.mysql_cli_password', 'Kinozal7ryad!')} kassa seansy --where="data >= '2025-01-01'" > seansy_jan.sql
mysqldump: Got error: 1045: Access denied for user 'kassa_ro'@'${amb('pii.ip_address', '10.20.4.17')}' (using password: YES)
$ mysql -u kassa_ro -p${v('credential.mysql_cli_password', 'Kinozal7ryad!')} -e "SHOW GRANTS"`)}

Пароль точно правильный, под ним же захожу в phpMyAdmin.`),

  rec('chat_el', f`Γεια, ο προμηθευτής ανταλλακτικών μηχανών μας έστειλε τιμοκατάλογο σε FTP αλλά το FileZilla δεν συνδέεται. Μου έδωσαν αυτό το link: ftp://perama_agores:${v('credential.url_password', 'Elika-Naftilia48')}@ftp.marinparts.gr/timokatalogos/2025 — πώς το βάζω σωστά στο FileZilla (host, user, κωδικός);`),

  rec('ci_yaml', f`הגרסה החדשה של שירות זיהוי ההונאות לא מדווחת ל-Sentry. זה ה-workflow:

${amb('source_code.snippet', f`- name: Create Sentry release
  env:
    SENTRY_AUTH_TOKEN: ${v('credential.sentry_auth_token', SENTRY_USER)}
    SENTRY_ORG: payvia
    SENTRY_PROJECT: fraud-engine
  run: |
    sentry-cli releases new "$GITHUB_SHA"
    sentry-cli releases set-commits "$GITHUB_SHA" --auto
    sentry-cli releases finalize "$GITHUB_SHA"
- name: Run service
  env:
    SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127390621776`)}`)}

למה אני לא רואה את ה-release בממשק?`),

  rec('chat_ar_ma', f`salam, 3afak bghit n3ref kifach nbeddel l-mot de passe dyal wifi f l-maktab dyal s-siyana f Hay Mohammadi. daba smiya dyal réseau "Entretien-HM" w l-mot de passe ${v('credential.password_in_prose', 'Zellige2024@casa')}, kolchi 3arfo, bghit nbeddlo walakin ma3reftch kifach ndkhol l routeur.`),

  rec('code_js', f`سلام، نقشه‌ی محل زندگی دانش‌آموزها روی داشبورد معلم‌ها نمایش داده نمی‌شود و کنسول این خطا را می‌دهد: "RefererNotAllowedMapError". کد:

${code(f`<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('naghshe'), {
      center: { lat: 35.7219, lng: 51.3347 },
      zoom: 11,
    });
    window.daneshAmuzan.forEach((d) => new google.maps.Marker({ position: d.location, map, title: d.nam }));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap"></script>`)}`),

  rec('chat_hi', f`मुझे ट्यूटर्स के लिए एक WhatsApp मैसेज लिखना है, हिंदी में, थोड़ा प्रोफेशनल। बात ये है: नया लाइव-क्लास पोर्टल चालू हो गया है, यूज़रनेम आपका रजिस्टर्ड मोबाइल नंबर है और पहली बार के लिए पासवर्ड ${v('credential.password_in_prose', 'Vidya@Pune#2025')} है, लॉगिन के बाद तुरंत बदल लें। कोई दिक्कत हो तो सपोर्ट टीम को लिखें।`),

  rec('shell', f`ரத்த வங்கியின் ஆய்வக அமைப்பிலிருந்து (LIMS) தினசரி இருப்பு அறிக்கையை எடுக்க இந்த curl கட்டளையைப் பயன்படுத்துகிறேன். 403 வருகிறது, ஏன்?

${amb('source_code.snippet', f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  "https://lims.chennai-bloodcentre.in/api/inventory/daily?date=2025-01-14&group=ALL" -o stock.json`)}`),

  rec('chat_ne', f`हाम्रो ट्युसन एपको scheduler सर्भिसले Supabase मा लेख्न सक्दैन, "JWT expired" भन्छ। तर exp त 2030 को छ। यो टोकन हेर्नुस् न:

${v('credential.jwt', JWT_TUTOR)}

कुन समयक्षेत्रको समस्या हो कि?`),

  rec('json_config', f`ผมตั้งค่า Google Sign-In ให้ระบบจองตั๋วหนังของสำนักงานใหญ่ แต่กดล็อกอินแล้วขึ้น "redirect_uri_mismatch" ไฟล์ client_secret.json เป็นแบบนี้ครับ

${amb('source_code.snippet', f`{"web":{"client_id":"582910374615-h3k9q2m7v1x8c4b6n0z5r2t7y1w9e3p4.apps.googleusercontent.com","project_id":"siam-cineplex-booking","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://booking.siamcineplex.co.th/auth/callback"]}}`)}

ต้องเพิ่ม URI ตรงไหนครับ`),

  rec('code_go', f`Chào bạn, hàm xác thực webhook từ Stripe luôn trả về lỗi "No signatures found matching the expected signature". Mình dán code Go:

${code(f`package webhook

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v81/webhook"
)

const endpointSecret = "${v('credential.stripe_webhook_secret', WHSEC)}"

func HandleDispute(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if event.Type == "charge.dispute.created" {
		queueDisputeReview(event.Data.Raw)
	}
	w.WriteHeader(http.StatusOK)
}`)}

Có phải do mình đọc body hai lần không?`),

  rec('chat_tl', f`Pwede mo bang ayusin yung grammar nito? Ipapadala ko sa bagong maintenance crew lead: "Good morning po Kuya Ramil, ito po yung access niyo sa work order app. Username: ramil.santos, password: ${v('credential.password_in_prose', 'Tubero!Tondo2025')}. Paki-palitan na lang po pagka-login. Salamat po!"`),

  rec('chat_id', f`Tim fraud kami lagi investigasi merchant yang dicurigai jual barang palsu. Merchant-nya kasih akses ke toko Shopify mereka supaya kami bisa cek pesanan: token ${v('credential.shopify_access_token', SHPAT)}, domain batiksolo-official.myshopify.com. Gimana cara ambil semua order 90 hari terakhir lewat Admin API pakai Python?`),

  rec('router_config', f`Could someone sanity-check the config for the new switch at the Tower Hamlets depot before I paste it in? Mainly the VLANs.

${amb('source_code.snippet', f`hostname DEPOT-TH-SW01
!
username depotadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Boiler-Flush-2025')}
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b59-ios9s', B62, 14)}$${fill('b59-ios9h', B62 + './', 43)}`)}
!
vlan 10
 name OFFICE
vlan 20
 name VAN-TABLETS
vlan 30
 name CCTV
!
interface GigabitEthernet1/0/48
 switchport mode trunk
 switchport trunk allowed vlan 10,20,30`)}`, 'type 9 enable secret is a password hash: ambiguous; the type 0 user password is the secret'),

  rec('code_python', f`Hi, we're automating donor-clinic staff offboarding in Okta. This deactivates the user but doesn't clear their sessions – what's the right endpoint?

${code(f`import requests

OKTA_ORG = "https://bloodservices-on.okta.com"
HEADERS = {"Authorization": "SSWS ${v('credential.okta_api_token', OKTA)}", "Accept": "application/json"}

def offboard(login: str) -> None:
    user = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers=HEADERS).json()
    requests.post(f"{OKTA_ORG}/api/v1/users/{user['id']}/lifecycle/deactivate", headers=HEADERS)`)}`),

  rec('code_python', f`Please help, our MoMo disbursement test to agents works in sandbox but in production we get "invalid signature". Here is the function:

${code(f`import hashlib, hmac, time

MOMO_API_USER = "9f2c6a1e-4b7d-4e39-8a05-c1d3e7b9f264"
MOMO_API_SECRET = "${v('credential.generic_secret_assignment', fill('b59-momo', B62, 40))}"

def sign(body: str) -> dict:
    ts = str(int(time.time()))
    sig = hmac.new(MOMO_API_SECRET.encode(), (ts + body).encode(), hashlib.sha256).hexdigest()
    return {"X-Timestamp": ts, "X-Signature": sig, "X-Api-User": MOMO_API_USER}`)}

The finance team in Accra needs the agent refunds out today.`),

  rec('npmrc', f`Che, el build del front de la cartelera falla en el CI con E401 pero en mi máquina anda. El .npmrc del repo:

${amb('source_code.snippet', f`@cinesdelplata:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}

¿Hay que setear algo más en GitHub Actions?`, 'npm token both as .npmrc _authToken and npm_ token: two labels on one span'),

  rec('code_python', f`Buenas, el script que cruza las alertas de fraude con las transacciones de Caracas explota al conectar a la base. ¿Me ayudas?

${code(f`import pandas as pd
from sqlalchemy import create_engine

motor = create_engine("postgresql+psycopg2://fraude_lectura:${v('credential.database_url_password', 'Araguaney#2025')}@db-fraude.payvia.internal:5432/riesgo")

alertas = pd.read_sql("SELECT * FROM alertas WHERE pais = 'VE' AND creada >= now() - interval '7 days'", motor)
txn = pd.read_sql("SELECT id, comercio, monto, bin FROM transacciones WHERE pais = 'VE'", motor)
cruce = alertas.merge(txn, left_on="txn_id", right_on="id")
print(cruce.groupby("comercio").size().sort_values(ascending=False).head(20))`)}

Error: "FATAL: no pg_hba.conf entry for host".`),

  rec('code_php', f`Bonjour, la page de connexion des répétiteurs sur notre plateforme (cours à domicile, Abidjan) affiche une page blanche depuis hier. Voici le fichier de config :

${code(f`<?php
// inc/config.php
$db_host = 'localhost';
$db_name = 'repetiteurs_ci';
$db_user = 'rep_app';
$db_password = '${v('credential.password_assignment', 'Attieke&Garba2025')}';

$pdo = new PDO("mysql:host=$db_host;dbname=$db_name;charset=utf8mb4", $db_user, $db_password, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);`)}

Comment afficher l'erreur au lieu de la page blanche ?`),

  rec('shell', f`Hallo, ich will für die Spenderdatenbank die DB-Zugangsdaten aus Vault holen, bekomme aber "permission denied". Was ich eingegeben habe:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.plasmazentrum-rheinaue.de:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/spenderdb/prod
Error reading secret/data/spenderdb/prod: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Muss die Policy auf secret/data/... statt secret/... lauten?`),

  rec('code_python', f`Kun je dit script afmaken? Het moet van alle Jira-tickets in project ONDH (onderhoud portiekflats Rotterdam-Zuid) met status "Wacht op onderdeel" een CSV maken.

${code(f`from jira import JIRA

jira = JIRA(
    server="https://woonservice-delta.atlassian.net",
    basic_auth=("${v('pii.email', 'planning@woonservice-delta.nl')}", "${v('credential.atlassian_api_token', ATLASSIAN)}"),
)

issues = jira.search_issues('project = ONDH AND status = "Wacht op onderdeel"', maxResults=500)
# TODO: CSV met sleutel, adres, onderdeel, leverancier`)}`),

  rec('json_config', f`Nasz self-hosted runner nie może pobrać obrazu z prywatnego repo (aplikacja do ofert od dostawców). Plik ~/.docker/config.json na runnerze:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.stocznia-zatoka.pl": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Błąd: "unauthorized: authentication required". Czy to przez pusty credsStore?`),

  rec('code_python', f`Olá, estou a montar um classificador de dúvidas dos alunos (matemática / física / química) com um modelo do Hugging Face. Dá erro 401 ao descarregar o modelo privado da equipa:

${code(f`from transformers import pipeline
from huggingface_hub import login

login(token="${v('credential.huggingface_token', HF)}")

classificador = pipeline("text-classification", model="explicaonline/duvidas-pt-v2")
print(classificador("Não percebo como se calcula a derivada de x ao quadrado"))`)}`),

  rec('terraform', f`Hej! Vi flyttar biografkedjans webbplats till Cloudflare. Terraform plan säger "Authentication error (10000)". Så här ser providern ut:

${amb('source_code.snippet', f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "cloudflare_record" "biljetter" {
  zone_id = var.zone_id
  name    = "biljetter"
  content = "biljetter-prod.azurewebsites.net"
  type    = "CNAME"
  proxied = true
}`)}

Behöver token ha Zone:Edit eller räcker DNS:Edit?`),

  rec('chat_ja', f`カード会社向けのAPIリクエストに署名するための秘密鍵です。openssl で読み込むと "unable to load Private Key" と出ます。改行がおかしいのでしょうか？

${v('credential.private_key', RSA)}

不正検知チームの検証環境で使っています。`),

  rec('chat_ko', f`관리사무소 공용 PC 비밀번호를 바꿨는데 협력업체 기사님들한테 보낼 문자 좀 다듬어 주세요: "안녕하세요, 한빛주택관리입니다. 101동 관리실 PC 새 비밀번호는 ${v('credential.password_in_prose', 'Hanbit!0415gwanri')} 입니다. 작업일지 입력 후 꼭 로그아웃해 주세요."`),

  rec('code_java', f`阿里云 OSS 上传采购合同扫描件的时候报 "InvalidAccessKeyId.NotFound"，可是控制台里明明有这个 AccessKey：

${code(f`public class HetongShangchuan {
    private static final String ENDPOINT = "https://oss-cn-shanghai.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";

    public static void upload(String bucket, String key, File file) {
        OSS oss = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        try {
            oss.putObject(bucket, key, file);
        } finally {
            oss.shutdown();
        }
    }
}`)}`),

  rec('chat_ru', f`Подскажите, почему fine-grained токен не видит репозиторий с правилами антифрода? Создавал его в организации, доступ к "payvia/fraud-rules" выбрал. Токен: ${v('credential.github_fine_grained_pat', GH_FINE)}. git clone отдаёт "Repository not found".`),

  rec('connection_string', f`Hej, vores blodbanks laboratoriesystem skal eksportere daglige beholdningstal til Power BI via ODBC. Forbindelsen fejler med "Login failed for user". Her er DSN-strengen fra opsætningen:

${amb('source_code.snippet', f`Driver={ODBC Driver 18 for SQL Server};Server=tcp:blodbank-lab.regionsyd.local,1433;Database=BloodTrack;Uid=pbi_laeser;Pwd=${v('credential.connection_string_password', 'Erytrocyt-92sk')};Encrypt=yes;TrustServerCertificate=no;`)}

Er det Encrypt-indstillingen der driller?`),

  rec('shell', f`A beszerzési rendszer éjszakai árfolyam-importja nem tölti fel a fájlt a bank SFTP-jére. A cron-ban ez fut:

${amb('source_code.snippet', f`0 2 * * * sshpass -p '${v('credential.cli_password', 'Hajogyar_Szeged24')}' sftp -oBatchMode=no ${amb('pii.email', 'beszerzes@sftp.partnerbank.hu')} <<< "put /data/export/arfolyam_$(date +\\%F).csv /in/"`)}

Kézzel lefut, cron-ból nem. Mi lehet a különbség?`),

  rec('code_python', f`Привіт! Синхронізую розклад репетиторів із Notion у наш календар. Скрипт повертає "object_not_found", хоча база точно є:

${code(f`from notion_client import Client

notion = Client(auth="${v('credential.notion_token', NOTION)}")
BAZA_ROZKLADU = "3f8a1c2e9b7d4e60a5c21f9d7e3b4a18"

rows = notion.databases.query(database_id=BAZA_ROZKLADU, filter={"property": "Статус", "select": {"equals": "Підтверджено"}})
for r in rows["results"]:
    print(r["properties"]["Репетитор"]["title"][0]["plain_text"])`)}`),

  rec('code_js', f`Our void-repair crew logs jobs in an Airtable base and I want a nightly export to our housing association client. This fetch gives 401 from the Worker – any ideas?

${code(f`export default {
  async scheduled(event, env, ctx) {
    const res = await fetch('https://api.airtable.com/v0/appR7kM2xQ9vT4nW1/Voids?view=Completed%20this%20week', {
      headers: { Authorization: 'Bearer ${v('credential.airtable_pat', AIRTABLE)}' },
    });
    const { records } = await res.json();
    ctx.waitUntil(sendToClient(records));
  },
};`)}`),

  rec('sops', f`Meillä on petostiimin salaisuudet SOPS:lla salattuina, ja uusi kehittäjä ei saa niitä auki. Laitoin hänelle avaimen näin, onko formaatti oikein?

${amb('source_code.snippet', f`# created: 2025-01-08T09:14:22+02:00
# public key: age1${fill('b59-agepub', BECH32.toLowerCase(), 58)}
${v('credential.age_secret_key', AGE)}`)}

Tiedosto on polussa ~/.config/sops/age/keys.txt. Virhe: "no identity matched any of the recipients".`),

  rec('chat', f`Hi there, quick one – our ticketing vendor wants us to confirm the MS Graph app registration for the box office mailbox. Tenant is cinemaworld-uk, client id 4d9e2b71-0c38-4a56-b1f7-92e6c5a3d801, client secret ${v('credential.azure_client_secret', AZ_SECRET)}. They say token requests fail with AADSTS7000215. Is the secret wrong or expired?`),

  rec('chat_he', f`מישהו בצוות השאיר קובץ shadow מהשרת של מערכת התורים לתרומת דם בתיקייה המשותפת. שורה לדוגמה:

tamar.l:${amb('credential.password_assignment', SHADOW)}:19723:0:99999:7:::

זה מסוכן? אפשר לשחזר מזה את הסיסמה? ובנוסף בשרת הזה הסיסמה של root היא ${v('credential.password_in_prose', 'Dam-Tahor!2025')} לפי המסמך של הספק – צריך להחליף?`, 'crypt $6$ hash: ambiguous per the conventions; the root password stated in prose is the secret'),
];

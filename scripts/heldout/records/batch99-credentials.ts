/**
 * Held-out batch 99: credentials pasted by a driving-school chain, a hospital biobank, a P&I club's
 * claims handlers, an esports tournament organiser, a paper mill's environmental office and a
 * national statistics office's field survey team. Hand-written, many languages.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b99-akia', B32, 16));
const AKIA_SECRET = fill('b99-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b99-akia2', B32, 16));
const AKIA2_SECRET = fill('b99-akia2s', B64, 40);
const GHP = gh('ghp', 'Tq7Lm2Wx9Rb4Kc8Nz1Vy6Hd3Pj5Fs0');
const GHO = gh('gho', 'Mv3Xa8Qn1Ze6Rk9Wb4Tc7Ly2Hu5Gp0');
const GH_FINE = tok('github_pat_', '11B', fill('b99-ghfg1', UPPER + DIGITS, 19), '_', fill('b99-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b99-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '7391028465213-', fill('b99-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b99-slt', UPPER + DIGITS, 8), '/B07', fill('b99-slb', UPPER + DIGITS, 8), '/', fill('b99-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b99-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b99-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b99-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b99-oa1', B64URL, 74), 'T3BlbkFJ', fill('b99-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b99-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b99-groq', B62, 52));
const HF = tok('hf_', fill('b99-hf', B62, 34));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b99-aiza', B64URL, 33));
const TWILIO_SID = tok('AC', fill('b99-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b99-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b99-sg1', B64URL, 22), '.', fill('b99-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b99-mg', HEX, 32));
const TELEGRAM = tok('7309418265', ':AA', fill('b99-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1243987650213847', '091/', fill('b99-dwh', B64URL, 68));
const DISCORD_BOT = tok(b64('1209384756102938475').replace(/=+$/, ''), '.', fill('b99-db1', B64URL, 6), '.', fill('b99-db2', B64URL, 38));
const NPM = gh('npm', 'Kp4Rs9Tv2Wx7Yz1Ab6Cd3Ef8Gh5Ij0');
const SENTRY_DSN = tok('https://', fill('b99-sentry', HEX, 32), '@o4507183', '.ingest.de.sentry.io/4507183920447568');
const VAULT = tok('hvs.', 'CAESI', fill('b99-hvs', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b99-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b99-dop', HEX, 64));
const LINEAR = tok('lin_api_', fill('b99-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b99-pm1', HEX, 24), '-', fill('b99-pm2', HEX, 34));
const SHOPIFY = tok('shpat_', fill('b99-shpat', HEX, 32));
const AZ_STORAGE = tok(fill('b99-azst', B64, 86), '==');
const AZ_SECRET = tok(fill('b99-azcs1', B62, 3), '8Q~', fill('b99-azcs2', B62 + '_-.', 31));
const NRAK = tok('NRAK-', fill('b99-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b99-ddapi', HEX, 32);
const DD_APP = fill('b99-ddapp', HEX, 40);
const CF_TOKEN = fill('b99-cftok', B64URL, 40);
const TFC = tok(fill('b99-tfc1', B62, 14), '.atlasv1.', fill('b99-tfc2', B62, 67));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b99-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b99-dckr', B64URL, 27));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b99-atl', B64URL, 171), '=', fill('b99-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b99-ntn1', DIGITS, 11), fill('b99-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b99-at1', B62, 14), '.', fill('b99-at2', HEX, 64));
const SUPABASE = tok('sbp_', fill('b99-sbp', HEX, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'autoskola-maps', a: fill('b99-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b99-mbx', B64URL, 22));
const HEROKU = tok('HRKU-', 'AA', fill('b99-hrku', B64URL, 58));
const OKTA = tok('00', fill('b99-okta', B64URL, 40));
const ADO_PAT = fill('b99-ado', B32LOWER, 52);
const BEARER = fill('b99-bearer', B62 + '-._~', 72);
const JWT_ADMIN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'ops-admin', role: 'tournament_admin', iss: 'arena-api', iat: 1733402211, exp: 1764938211 }, 'b99-jwt1');
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'wqhzlkrpmtnvbdoxcajg', role: 'service_role', iat: 1719920011, exp: 2035496011 }, 'b99-jwt2');
const RSA = pem('RSA PRIVATE KEY', 'b99-rsa', 1190);
const EC = pem('EC PRIVATE KEY', 'b99-ec', 121);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b99-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const GCP_PEM = pem('PRIVATE KEY', 'b99-gcp', 1216);
const GCP_PEM_JSON = GCP_PEM.replace(/\n/g, '\\n') + '\\n';
const PGP_BODY = `lQVYBGZ${fill('b99-pgp0', B64, 57)}\n${(b64Bytes('b99-pgp', 700).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b99-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const DOCKER_AUTH = b64('svc-labelprint:Rz7!kPq2vLw9');
const BASIC = b64('stat-capi:Terenska#Anketa2024');
const SHA512_CRYPT = tok('$6$', fill('b99-salt', B62, 16), '$', fill('b99-crypt', B62 + './', 86));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b99-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH99_CREDENTIALS: DraftRecord[] = [
  rec('chat_cy_en', f`Bore da! Our booking site for the driving school (Ysgol Yrru Cymru, branches in Caerdydd and Abertawe) stopped sending lesson reminders overnight. The dev who built it left. I found this in the .env on the server:

${cfg(f`APP_ENV=production
APP_URL=https://archebu.ysgolyrru.cymru
MAIL_MAILER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${phone('+447480123456')}
DB_PASSWORD=${v('credential.password_assignment', 'Llanelli_Gyrru!88')}`)}

Is the problem the SendGrid key or Twilio? Diolch yn fawr.`),

  rec('chat_es_mx', f`Oye, ayúdame a entender por qué el script de respaldo de la autoescuela falla con "SignatureDoesNotMatch". Tengo esto en ~/.aws/credentials del servidor de Monterrey:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = us-east-2`)}

El bucket es s3://autoescuela-volante-respaldos/examenes-teoricos/. ¿Será la región?`),

  rec('ticket_de', f`Ticket BIO-4471 – Biobank LIMS Export nach S3 schlägt fehl

Hallo Team, der nächtliche Export der Probenliste (Serum, Plasma, DNA-Aliquots) in den Forschungs-Bucket bricht seit Montag ab. Im Cronjob steht:

${cfg(f`export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA2)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA2_SECRET)}
aws s3 sync /srv/lims/export/ s3://uk-biobank-forschung-export/ --sse aws:kms`)}

Fehlermeldung: An error occurred (AccessDenied) when calling the PutObject operation. Wurde der KMS-Key rotiert?
Gruß, Jana (Biobank-IT)`),

  rec('chat_en_ng', f`Abeg help me check this GitHub Action, e no dey push the scrim results to the repo again. I put my token inside the workflow directly because secrets was confusing me:

${cfg(f`name: publish-results
on:
  workflow_dispatch:
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          token: ${v('credential.github_pat', GHP)}
      - run: node scripts/export-brackets.js > data/brackets.json
      - run: git commit -am "update brackets" && git push`)}

Na Lagos Clash qualifiers we dey run this weekend o.`),

  rec('chat_pt_br', f`Preciso mover o bot do Discord do campeonato para outro servidor. O token atual é ${v('credential.discord_bot_token', DISCORD_BOT)} e o webhook do canal #resultados é ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Dá pra reaproveitar os dois ou preciso gerar novos?`),

  rec('chat_fr_ch', f`Bonjour, pour le club P&I on a un petit outil Python qui résume les rapports de surveyors. Il utilise l'API OpenAI. Mon collègue a mis la clé en dur :

\`\`\`python
${code(f`import openai

client = openai.OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def resume_rapport(texte: str) -> str:
    rep = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Résume ce rapport d'avarie:\\n{texte}"}],
    )
    return rep.choices[0].message.content`)}
\`\`\`

Comment la déplacer proprement dans une variable d'environnement sous Windows Server ?`),

  rec('chat_sv', f`Hej! Kan du skriva om det här så att nyckeln läses från miljön? Det är vårt skript för pappersbrukets utsläppsrapport till Naturvårdsverket.

${code(f`import anthropic
klient = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")
svar = klient.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=800,
    messages=[{"role": "user", "content": "Sammanfatta COD- och AOX-värdena för vecka 47."}],
)
print(svar.content[0].text)`)}`),

  rec('k8s_secret', f`kubectl apply keeps rejecting this, "illegal base64 data at input byte 0" — what am I doing wrong? (survey CAPI backend, namespace anketa-prod)

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: capi-backend
  namespace: anketa-prod
type: Opaque
data:
  POSTGRES_PASSWORD: ${v('credential.base64_encoded_token', b64('Popis2024!Teren'))}
stringData:
  SENTRY_DSN: ${v('credential.sentry_dsn', SENTRY_DSN)}
  DATADOG_API_KEY: ${v('credential.datadog_api_key', DD_API)}
  DATADOG_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}`)}`),

  rec('chat_pl', f`Cześć, mam problem z webhookiem Stripe dla sklepu ze zestawami do nauki jazdy. W panelu widzę błąd 400 "No signatures found matching the expected signature". Konfiguracja:
STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
Używamy Express i bodyParser.json() przed routem webhooka. Co jest nie tak?`),

  rec('chat_ja', f`大会運営チームです。配信用のオーバーレイがHugging Faceのモデルを呼んでいるのですが、401 が返ってきます。
トークン: ${v('credential.huggingface_token', HF)}
エンドポイントは https://api-inference.huggingface.co/models/… です。権限は read だけで足りますか？`),

  rec('chat_ko', f`e스포츠 리그 디스코드 공지 봇이 갑자기 멈췄어요. Telegram 쪽 알림 봇도 같이 쓰는데 토큰은 ${v('credential.telegram_bot_token', TELEGRAM)} 입니다. setWebhook 호출하면 "Unauthorized" 가 나와요. 토큰이 폐기된 걸까요?`),

  rec('ini_config', f`Need help, the stack monitoring agent on the paper machine PM3 historian stopped reporting to New Relic:

${cfg(f`; C:\\ProgramData\\NewRelic\\newrelic-infra.yml equivalent for the old agent
[newrelic]
license_key = ${v('credential.newrelic_key', NRAK)}
display_name = pm3-historian-01
proxy = http://proxy.bruk.local:3128
[opcua]
endpoint = opc.tcp://${amb('pii.ip_address', '10.44.2.15')}:4840
user = historian
password = ${v('credential.password_assignment', 'Massa&Papper_77')}`)}`),

  rec('chat_nl', f`Onze Azure Function voor het biobank-dashboard kan niet meer bij de storage account. Connection string uit de portal:

${cfg(f`DefaultEndpointsProtocol=https;AccountName=biobankumcdata;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

En de app registration heeft client secret ${v('credential.azure_client_secret', AZ_SECRET)} (tenant umc-research). Welke van de twee moet ik roteren?`),

  rec('gcp_sa', f`Field survey team here — the tablet sync service uses this key for BigQuery. It says "invalid_grant: Invalid JWT Signature". Full file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nso-field-survey-2025",
  "private_key_id": "${fill('b99-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM_JSON)}",
  "client_email": "${amb('pii.email', 'tablet-sync@nso-field-survey-2025.iam.gserviceaccount.com')}",
  "client_id": "104829376150293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'tablet-sync%40nso-field-survey-2025.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Do I need to regenerate it or is the server clock wrong?`),

  rec('chat_it', f`Ciao, devo collegare il gestionale della scuola guida al database Postgres su Supabase. La stringa che mi hanno dato è
postgresql://postgres.wqhzlkrpmtnvbdoxcajg:${v('credential.database_url_password', 'Patente_B_2025x')}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres
e la service key è ${v('credential.jwt', JWT_SUPA)}. Prisma dice "Authentication failed". Cosa controllo?`),

  rec('chat_ru', f`Привет! Помоги разобраться с Vault. Пытаюсь достать пароль к базе биобанка, но получаю 403:

${cfg(f`$ export VAULT_ADDR=https://vault.nii-klinika.ru:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/biobank/freezer-db
Error reading secret/data/biobank/freezer-db: Code: 403. Errors:
* permission denied`)}

Политика вроде бы правильная. Что не так?`),

  rec('ssh_key', f`Der Jumphost für die Umweltmessstation an der Papierfabrik akzeptiert meinen Schlüssel nicht mehr. Das ist der Schlüssel aus ~/.ssh/id_ed25519 vom Laptop (ja ich weiß...):

${v('credential.openssh_private_key', OPENSSH)}

Fehler: "Load key: invalid format". Ist die Datei kaputt?`),

  rec('chat_tr', f`Merhaba, turnuva sitesinde Cloudflare DNS kayıtlarını Terraform ile yönetiyoruz. provider bloğu şöyle:

${cfg(f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

terraform {
  cloud {
    organization = "arena-esports"
    token        = "${v('credential.terraform_cloud_token', TFC)}"
  }
}`)}

"Invalid API Token" hatası alıyorum. Token izinleri mi eksik?`),

  rec('chat_da', f`Hej, vores P&I-skadesystem sender mails via Mailgun. Siden i går får vi 401 Forbidden. Nøglen er ${v('credential.mailgun_api_key', MAILGUN)} og domænet er mg.skadeklub.dk. Er det EU-endpointet vi skal bruge i stedet?`),

  rec('docker_config', f`Label printer service for the biobank freezers can't pull from our private registry. ~/.docker/config.json on the kiosk PC:

${cfg(f`{
  "auths": {
    "registry.biobank-lab.internal:5000": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    },
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.dockerhub_pat', DCKR)}"
    }
  }
}`)}

Wait, is the second one supposed to be base64 too?`),

  rec('npmrc', f`Yarn install fails in CI for the tournament overlay repo: 403 on @arena/* packages.

${cfg(f`//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
@arena:registry=https://registry.npmjs.org/
always-auth=true`)}

The token belongs to our org bot. Does it need "Automation" type?`),

  rec('chat_fi', f`Moi! Tilastokeskuksen kenttähaastattelijoiden tablettisovellus käyttää Google Maps -avainta ${v('credential.google_api_key', GOOGLE_KEY)}. Nyt kartta näyttää "For development purposes only". Onko laskutus pois päältä vai onko avaimen rajoitus väärin?`),

  rec('curl_cmd', f`Why does this return 401? I copied it from Postman:

${cfg(f`curl -X POST https://api.p-and-i-claims.no/v2/casualties \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "Content-Type: application/json" \\
  -d '{"vessel":"MV Nordfjell","imo":"9482716","incident":"cargo damage","port":"Rotterdam"}'`)}`),

  rec('chat_hu', f`Szia! A vizsgaidőpont-foglaló API-t a Basic auth fejléccel hívjuk:
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
A szerver 401-et ad vissza. Jó a kódolás? A felhasználó stat-capi, a jelszó benne van.`),

  rec('chat_ro', f`Salut, am nevoie de ajutor cu un script de backup pentru baza de date a școlii de șoferi. Rulez:
${cfg(f`mysqldump -h ${amb('pii.ip_address', '10.20.1.5')} -u scoala_admin ${v('credential.mysql_cli_password', '-pCarnet_Auto2025')} scoala_soferi > backup.sql`)}
și primesc "Access denied for user". Parola e corectă, am verificat.`),

  rec('chat_cs', f`Ahoj, potřebuju poradit s GitLab CI pro náš statistický web. Runner vrací 401 při pushi do container registry. V proměnných projektu mám GITLAB_TOKEN=${v('credential.gitlab_pat', GLPAT)} s rozsahem write_registry. Stačí to?`),

  rec('chat_el', f`Γεια σας, η εφαρμογή για τις κρατήσεις μαθημάτων οδήγησης χρησιμοποιεί Slack για ειδοποιήσεις στους εκπαιδευτές. Ο bot token είναι ${v('credential.slack_bot_token', SLACK_BOT)} και το webhook ${v('credential.slack_webhook_url', SLACK_HOOK)}. Τα μηνύματα δεν φτάνουν. Τι να ελέγξω;`),

  rec('chat_uk', f`Привіт. Наш аналітик з біобанку хоче запускати ноутбуки в Databricks. Я створив токен ${v('credential.databricks_token', DATABRICKS)} для нього. Як обмежити доступ лише до схеми biobank_samples?`),

  rec('pem_rsa', f`Legacy SFTP for the P&I club's correspondents in Piraeus. Which of these is the host key and which is the client key? I only have this file, named "korr_key.pem":

${v('credential.private_key', RSA)}`),

  rec('chat_id', f`Halo, saya pakai DigitalOcean untuk server scoreboard turnamen Mobile Legends. Token API: ${v('credential.digitalocean_token', DO_TOKEN)}. Mau bikin droplet otomatis via doctl tapi error "Unable to authenticate you". Tolong bantu.`),

  rec('chat_ar_jo', f`مرحبا، عندي مشكلة في نظام حجز دروس القيادة. النظام يرسل رسائل عبر Twilio. الحساب: ${v('credential.twilio_account_sid', 'AC' + fill('b99-twsid2', HEX, 32))} وكلمة المرور (auth token): ${v('credential.twilio_auth_token', fill('b99-twtok2', HEX, 32))}. الرسائل للأرقام الأردنية ما بتوصل. شو السبب؟`),

  rec('chat_he', f`היי, בביובנק אנחנו מנסים לחבר את Linear לסקריפט שמייצר משימות כשמקפיא עובר 70- מעלות. המפתח הוא ${v('credential.linear_api_key', LINEAR)}. הבקשה חוזרת עם 400. מה חסר ב-GraphQL?`),

  rec('yaml_compose', f`docker-compose for the mill's environmental data logger, the grafana container won't start:

${cfg(f`services:
  timescale:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_USER: envlog
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Kraftlut#Effluent9')}
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'Bleach-Plant-42')}
      GF_DATABASE_URL: postgres://envlog:${v('credential.database_url_password', 'Kraftlut#Effluent9')}@timescale:5432/grafana`)}`),

  rec('chat_en_in', f`Hi, kindly check. Our data-entry team at the survey office uses Airtable for enumerator attendance. Personal access token is ${v('credential.airtable_pat', AIRTABLE)} and the Notion integration for field notes uses ${v('credential.notion_token', NOTION)}. Both were created by Mr. Raghavan who has now retired. Please advise how to transfer ownership.`),

  rec('chat_bg', f`Здравейте, организираме турнир по CS2 и регистрациите минават през Shopify магазин. Admin API токенът е ${v('credential.shopify_access_token', SHOPIFY)}. Искам да изтегля всички поръчки с „Team Pass“. Как да направя заявката?`),

  rec('azure_devops', f`Our pipeline for the claims-handling portal fails at the NuGet restore step. In nuget.config someone left:

${cfg(f`<packageSourceCredentials>
  <ClaimsFeed>
    <add key="Username" value="build" />
    <add key="ClearTextPassword" value="${v('credential.azure_devops_pat', ADO_PAT)}" />
  </ClaimsFeed>
</packageSourceCredentials>`)}

Error NU1301: Unable to load the service index.`),

  rec('chat_lt', f`Labas, statistikos departamento lauko tyrimų komanda naudoja Postman kolekcijas. Mano Postman API raktas ${v('credential.postman_api_key', POSTMAN)} – ar galiu juo importuoti kolekciją per CLI į naują darbo sritį?`),

  rec('chat_sr', f`Zdravo, pokušavam da objavim Python paket sa alatom za čišćenje anketnih podataka. U ~/.pypirc imam:
${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}
twine kaže 403 Invalid or non-existent authentication information. Šta je pogrešno?`),

  rec('chat_vi', f`Chào bạn, trường dạy lái xe của mình dùng Mapbox để vẽ lộ trình sa hình. Token bí mật là ${v('credential.mapbox_secret_token', MAPBOX)}. Mình có nên dùng token này trên trang web công khai không?`),

  rec('chat_et', f`Tere! Keskkonnaosakonna Jira automaatika ei tööta. API token: ${v('credential.atlassian_api_token', ATLASSIAN)} (kasutaja ${v('pii.email', 'keskkond@paberivabrik.ee')}). Viga on 401. Kas token aegus?`),

  rec('chat_ka', f`გამარჯობა, ესპორტის ტურნირისთვის Heroku-ზე გვაქვს API. Heroku-ს ტოკენი: ${v('credential.heroku_api_key', HEROKU)}. CLI-ით deploy არ გამოდის, წერს "Invalid credentials". რა ვქნა?`),

  rec('chat_hr', f`Bok, u biobanci koristimo Okta za prijavu istraživača. Skripta za deprovisioning koristi SSWS token ${v('credential.okta_api_token', OKTA)}. Kako da ga spremim u Azure Key Vault umjesto u skriptu?`),

  rec('chat_sk', f`Dobrý deň, na servri autoškoly mám v crontab-e:
${cfg(f`0 3 * * * PGPASSWORD=${v('credential.cli_password', 'Vodicak#Zilina24')} pg_dump -h localhost -U autoskola rezervacie | gzip > /zaloha/rez_$(date +\\%F).sql.gz`)}
Je to bezpečné? Čo odporúčate namiesto toho?`),

  rec('chat_en_nz', f`Kia ora, the community survey app uses Groq for translating free-text answers into te reo and back. Key's in the config as GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}. We're hitting rate limits on the free tier — worth upgrading?`),

  rec('chat_az', f`Salam, P&I sığorta şöbəsində iddia sənədlərini GitHub-dan avtomatik çəkirik. OAuth tokeni: ${v('credential.github_oauth_token', GHO)}. Yeni repoya giriş yoxdur. Scope-u necə genişləndirim?`),

  rec('chat_mn', f`Сайн байна уу, хээрийн судалгааны багийн гар утасны аппликейшн Supabase ашигладаг. Management API токен: ${v('credential.supabase_token', SUPABASE)}. Шинэ төсөл үүсгэх гэхээр 401 гарч байна.`),

  rec('jwt_chat', f`Esports admin panel: this JWT is accepted on staging but rejected on prod with "invalid signature". Is it the secret or the issuer?

${v('credential.jwt', JWT_ADMIN)}

Prod uses JWT_SECRET=${v('credential.generic_secret_assignment', 'arena-prod-' + fill('b99-jwtsec', B62, 28))}`),

  rec('ec_key', f`Para a assinatura dos certificados de condução digitais (Portugal), o fornecedor mandou esta chave por email. É seguro guardá-la no repositório?

${v('credential.private_key', EC)}`),

  rec('pgp_key', f`Statistics office: a field supervisor exported her PGP key to decrypt the encrypted census tablets backups. Gpg says "no secret key" when importing. Here's the block:

${v('credential.pgp_private_key', PGP)}`),

  rec('chat_ms', f`Hai, boleh tolong? Sistem tuntutan P&I kami guna Stripe restricted key ${v('credential.stripe_restricted_key', STRIPE_RK)} untuk bayaran balik deductible. Kunci ni perlu kebenaran apa untuk buat refund?`),

  rec('chat_fr_mg', f`Bonjour, je travaille pour l'enquête nationale auprès des ménages à Antananarivo. Le serveur ODK Central a le mot de passe admin « ${v('credential.password_in_prose', 'Fanadiana#2025')} », et je dois le donner à trois superviseurs. Pouvez-vous rédiger un message qui explique comment changer leur mot de passe à la première connexion ?`),

  rec('chat_no', f`Hei, jeg er saksbehandler i en P&I-klubb. IT sa at passordet mitt til skadeportalen er ${v('credential.password_in_prose', 'Lastskade!Bergen7')} og at jeg må bytte det. Kan du skrive en e-post til IT der jeg ber om 2FA i stedet?`),

  rec('network_cfg', f`Switch config from the mill's effluent treatment plant network, need to add a VLAN for the new pH analysers:

${cfg(f`hostname ETP-SW01
enable secret 9 ${amb('credential.network_device_secret', SHA512_CRYPT)}
!
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Ligno$Sulfonat3')}
snmp-server community ${amb('credential.network_device_secret', 'etp_ro_2019')} RO
!
interface Vlan40
 description pH-analysers
 ip address ${amb('pii.ip_address', '10.40.0.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}`),

  rec('chat_sw', f`Habari, kampuni yetu ya mafunzo ya udereva inatumia Datadog na Sentry. Nimeandika hapa ili uniambie kama ni salama: DD_API_KEY ni ${v('credential.datadog_api_key', fill('b99-ddapi2', HEX, 32))}. Je, niifute na kutengeneza mpya?`),

  rec('chat_tl', f`Hi po, ginagamit ng tournament namin ang GitHub fine-grained token para sa leaderboard repo: ${v('credential.github_fine_grained_pat', GH_FINE)}. Nag-expire na raw sabi ng Actions. Paano mag-renew nang hindi nawawala ang permissions?`),

  rec('age_key', f`Wir verschlüsseln die Pseudonymisierungstabelle der Biobank mit age. Die Schlüsseldatei sieht so aus, kann ich sie ins Passwort-Tool kopieren?

# created: 2025-02-11T09:14:22+01:00
# public key: age1${fill('b99-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}`),

  rec('chat_en_us', f`Our ops guy pasted this into the team chat. User + pass for the esports venue ticketing admin: ${v('credential.user_password_pair', 'boxoffice_admin / Finals2025$Venue')}. Should I be worried? Write me a short note telling him not to do this.`),

  rec('chat', f`Quick question: our legacy Linux box for the driving test simulator has this in /etc/shadow for the instructor account: ${ambCat('credential', SHA512_CRYPT)}. Is SHA-512 crypt still acceptable?`),
];

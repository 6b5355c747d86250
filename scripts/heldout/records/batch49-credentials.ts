/**
 * Held-out batch 49: credentials pasted by staff of a wind-turbine blade repair contractor, a
 * concert-ticketing platform, a rural water-and-sanitation NGO, a luxury watch retailer, a
 * court-interpreting agency and a cloud-kitchen food brand. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const SG = tok('SG.', fill('b49-sg1', B64URL, 22), '.', fill('b49-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b49-twsid', HEX, 32));
const TW_AUTH = fill('b49-twauth', HEX, 32);
const DCKR = tok('dckr_', 'pat_', fill('b49-dckr', B64URL, 27));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b49-sklive', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b49-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b49-whsec', B62, 32));
const DD_API = fill('b49-ddapi', HEX, 32);
const DD_APP = fill('b49-ddapp', HEX, 40);
const MP_TOKEN = tok('APP_USR-', fill('b49-mp1', DIGITS, 16), '-', fill('b49-mp2', DIGITS, 6), '-', fill('b49-mp3', HEX, 32), '-', fill('b49-mp4', DIGITS, 9));
const IFOOD_SECRET = fill('b49-ifood', LOWER + DIGITS, 64);
const KOBO = fill('b49-kobo', HEX, 40);
const AKIA = tok('AKIA', fill('b49-akia', B32, 16));
const AKIA_SECRET = fill('b49-akiasec', B64, 40);
const SHPAT = tok('shpat_', fill('b49-shpat', HEX, 32));
const MAILCHIMP = tok(fill('b49-mc', HEX, 32), '-us14');
const TELEGRAM = tok('7184429305', ':AA', fill('b49-tg', B64URL, 33));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K', fill('b49-slt', UPPER + DIGITS, 7), '/B07', fill('b49-slb', UPPER + DIGITS, 8), '/', fill('b49-slx', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249073318826541106', '/', fill('b49-dwh', B64URL, 68));
const GHP = gh('ghp', 'Kd7Rv2Wq9Nz4Bx6Tm1Lp8Hs3Jf5Cg0');
const GLPAT = tok('glpat-', fill('b49-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-', 'proj-', fill('b49-oai1', B64URL, 74), 'T3Blbk', 'FJ', fill('b49-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b49-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b49-hf', UPPER + LOWER, 34));
const AZ_KEY = `${fill('b49-azkey', B64, 86)}==`;
const AZ_SIG = `${fill('b49-azsas1', B62, 18)}%2B${fill('b49-azsas2', B62, 16)}%2F${fill('b49-azsas3', B62, 6)}%3D`;
const AZ_CLIENT = tok(fill('b49-azc1', B62, 3), '8Q~', fill('b49-azc2', B62 + '.-_', 31));
const GCP_PEM = pem('PRIVATE KEY', 'b49-gcp', 1190);
const RSA = pem('RSA PRIVATE KEY', 'b49-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b49-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const JWT_API = jwt({ alg: 'RS256', typ: 'JWT', kid: 'enc-2024-11' }, { sub: 'promoter:8812', org: 'encoro', scope: 'payouts:read events:write', iat: 1733301120, exp: 1733387520 }, 'b49-jwt1');
const BEARER = fill('b49-bearer', B62, 48);
const SENTRY_KEY = fill('b49-sentry', HEX, 32);
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1731950211.4, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'hatch-ember' })).replace(/=+$/, ''), '_', fill('b49-sntrys', B64, 43));
const NPM = gh('npm', 'Pz3Qx8Lm2Vt6Ns9Kb4Hw1Jd7Yr5Fc0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b49-pypi', B64URL, 150));
const VAULT = tok('hvs.', fill('b49-hvs', B62 + '_-', 90));
const TFC = tok(fill('b49-tfc1', B62, 14), '.atlasv1.', fill('b49-tfc2', B62, 67));
const CF_TOKEN = fill('b49-cft', B62 + '_-', 40);
const NETLIFY = tok('nfp_', fill('b49-nfp', B62, 36));
const VERCEL = fill('b49-vercel', B62, 24);
const NOTION = tok('ntn_', fill('b49-ntn1', DIGITS, 11), fill('b49-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b49-at1', B62, 14), '.', fill('b49-at2', HEX, 64));
const LINEAR = tok('lin_api_', fill('b49-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b49-pm1', HEX, 24), '-', fill('b49-pm2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b49-atl', B64URL, 171), '=', fill('b49-atl2', HEX.toUpperCase(), 8));
const BREVO = tok('xkeysib-', fill('b49-brevo1', HEX, 64), '-', fill('b49-brevo2', B62, 16));
const MAILGUN = tok('key-', fill('b49-mg', HEX, 32));
const SQUARE = tok('EAAA', fill('b49-square', B64URL, 60));
const FCM = tok('AAAA', fill('b49-fcm1', B64URL, 7), ':APA91b', fill('b49-fcm2', B64URL, 134));
const FACEBOOK = tok('EAA', 'Jb8ZCq', fill('b49-fb', B62, 160));
const DOPPLER = tok('dp.', 'st.', 'prd_payouts.', fill('b49-doppler', B62, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b49-age', BECH32, 58));
const GLSA = tok('glsa_', fill('b49-glsa1', B62, 32), '_', fill('b49-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b49-nrak', UPPER + DIGITS, 27));
const OKTA = tok('00', fill('b49-okta', B64URL, 40));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'pqnmxrtkjvwsleoabcdh', role: 'service_role', iat: 1722412800, exp: 2037988800 }, 'b49-supa');
const GROQ = tok('gsk_', fill('b49-groq', B62, 52));
const MISTRAL = fill('b49-mistral', B62, 32);
const DROPBOX = tok('sl.', 'B', fill('b49-dbx', B64URL, 138));
const GOOGLE = tok('AIza', 'Sy', fill('b49-gapi', B64URL, 33));
const UBER_SECRET = fill('b49-uber', B64URL, 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b49-do', HEX, 64));
const LANGSMITH = tok('lsv2_', 'sk_', fill('b49-ls1', HEX, 32), '_', fill('b49-ls2', HEX, 10));
const JFROG = tok('cmVmdGtu', fill('b49-jfrog', B62, 56));
const DIGI_PAT = fill('b49-adopat', B32LOWER, 52);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH49_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`The client portal (blade inspection reports) builds fine locally but on the VPS next-auth throws "NO_SECRET". Here's the prod env, what am I missing?

${amb('source_code.snippet', f`# portal/.env.production
NODE_ENV=production
NEXTAUTH_URL=https://portal.skyrope-blade.com
NEXTAUTH_SECRET=${v('credential.generic_secret_assignment', fill('b49-nextauth', B64, 44))}
DATABASE_URL=postgresql://portal_app:${v('credential.database_url_password', 'Gondel-Esbjerg-77!')}@${amb('pii.ip_address', '10.20.4.11')}:5432/portal
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
REPORTS_BUCKET=skyrope-inspection-reports`)}`),

  rec('code_python', f`Script that texts rope-access techs when the wind forecast drops under 12 m/s. It sends nothing and doesn't error. Any idea?

\`\`\`python
${code(f`from twilio.rest import Client
import requests

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify(crew, site, wind):
    if wind >= 12:
        return
    for tech in crew:
        client.messages.create(
            to=tech["mobile"],
            from_="${phone('+4552901844')}",
            body=f"{site}: wind {wind} m/s, rope work GO from 07:00",
        )`)}
\`\`\``),

  rec('chat_de', f`Moin, auf dem Laptop im Servicecontainer (Windpark Nordergründe) klappt der Pull vom Inspektions-Image nicht mehr. Ich hab das so gemacht:

${amb('source_code.snippet', f`docker login -u skyropeops -p ${v('credential.dockerhub_pat', DCKR)}
docker pull skyropeops/blade-annotator:2.8.1`)}

Fehler: "unauthorized: incorrect username or password". Ist das Token abgelaufen oder muss man --password-stdin nehmen?`),

  rec('code_js', f`payouts worker keeps creating duplicate transfers to promoters when the job retries. idempotency key is set, right?

\`\`\`js
${code(f`const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

async function payPromoter(payout) {
  return stripe.transfers.create(
    {
      amount: payout.netCents,
      currency: payout.currency,
      destination: payout.connectedAccountId,
      transfer_group: \`EVENT_\${payout.eventId}\`,
    },
    { idempotencyKey: \`payout-\${payout.id}-\${Date.now()}\` },
  );
}`)}
\`\`\``),

  rec('env_file', f`${amb('source_code.snippet', f`STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', RK_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
PAYOUT_SCHEDULE=weekly
PAYOUT_DAY=tuesday`)}
^ webhook signature verification fails only for payout.paid events. constructEvent gets the raw body (express.raw). what else could it be`),

  rec('shell', f`Fraud desk here. I want a monitor for spikes in failed 3DS on presales. Does this call look right?

${amb('source_code.snippet', f`curl -X POST "https://api.datadoghq.eu/api/v1/monitor" \\
  -H "Content-Type: application/json" \\
  -H "DD-API-KEY: ${v('credential.datadog_api_key', DD_API)}" \\
  -H "DD-APPLICATION-KEY: ${v('credential.datadog_app_key', DD_APP)}" \\
  -d @monitor_3ds_presale.json`)}`),

  rec('chat_es_ar', f`Che, el webhook de Mercado Pago no nos llega en staging pero en prod sí. Te paso la config del servicio de cobros (las entradas del show de La Plata se venden por acá):

${amb('source_code.snippet', f`MP_PUBLIC_KEY=APP_USR-8c2e71f4-2b9d-4a60-9f3e-1d7c5b80a6e2
MP_ACCESS_TOKEN=${v('credential.generic_secret_assignment', MP_TOKEN)}
MP_WEBHOOK_URL=https://stg.encoro.live/hooks/mercadopago`)}

¿Puede ser que el access token sea de producción y por eso no dispara? Gracias!`),

  rec('json', f`A integração com o iFood parou de renovar o token da loja Dark Kitchen Pinheiros. O arquivo de config é este:

${amb('source_code.snippet', f`{
  "merchantId": "b7e93f10-6c2a-4d85-a1f9-3e0d27c4b518",
  "clientId": "hatch-ember-pinheiros",
  "clientSecret": "${v('credential.generic_secret_assignment', IFOOD_SECRET)}",
  "grantType": "client_credentials",
  "pollingIntervalSeconds": 30
}`)}

O erro é 401 "invalid_client". Precisa gerar outro secret no portal do parceiro?`),

  rec('code_python', f`Pulling the household survey submissions from Kobo for the Sylhet district report. It only returns 30000 rows, how do I page?

${code(f`import requests
import pandas as pd

KOBO_URL = "https://kf.kobotoolbox.org/api/v2/assets/aTq8wB4nZ2xKc7pL/data.json"
KOBO_TOKEN = "${v('credential.generic_secret_assignment', KOBO)}"

r = requests.get(KOBO_URL, headers={"Authorization": f"Token {KOBO_TOKEN}"})
df = pd.json_normalize(r.json()["results"])
df.to_csv("sylhet_wash_survey.csv", index=False)`)}`),

  rec('http', f`ODK Central gives 401 on the form download from the field tablets, but the same call works in my browser. Raw request from the proxy log:

${amb('source_code.snippet', f`GET /v1/projects/4/forms/latrine_audit_v3.xml HTTP/1.1
Host: odk.wellroot.org
Authorization: Basic ${v('credential.basic_auth_header', b64('field.tablets@wellroot.org:Puits-Kenitra-2024'))}
User-Agent: org.odk.collect.android/v2024.2.4`)}`),

  rec('ini', f`photos from the borehole surveys go to S3. the uploader on the Dhaka laptop says SignatureDoesNotMatch since yesterday. ~/.aws/credentials:

${amb('source_code.snippet', f`[wellroot-field]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-south-1`)}

did someone rotate it?`),

  rec('chat', f`Our clienteling app syncs wishlist items to the online boutique via the Shopify Admin API. Token: ${v('credential.shopify_access_token', SHPAT)} — it started returning 403 on /admin/api/2024-07/customers.json. Which scope do I need for customer tags?`),

  rec('chat_ja', f`顧客向けニュースレター（銀座店）の配信が止まっています。Mailchimpのキーは ${v('credential.mailchimp_api_key', MAILCHIMP)} です。APIで「API Key Invalid」と出ますが、キーの再発行が必要でしょうか？`),

  rec('env_file', f`Laravel app for interpreter bookings (courts send requests through it). Queue jobs fail sending mails after the move to the new host:

${amb('source_code.snippet', f`APP_NAME="Interlex Booking"
APP_ENV=production
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=interlex
DB_USERNAME=interlex
DB_PASSWORD=${v('credential.password_assignment', 'Tlumocnik#Brno2024')}
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_USERNAME=${v('pii.email', 'postmaster@mg.interlex-interpreting.eu')}
MAIL_PASSWORD=${v('credential.password_assignment', 'x9Lr-Vc4q-Tn7e-Bw2m')}
MAILGUN_SECRET=${v('credential.mailgun_api_key', MAILGUN)}`)}`),

  rec('chat_cs', f`Ahoj, potřebuju vyexportovat tabulku tlumočníků do CSV pro krajský soud. Zkoušel jsem tohle a píše to chybu 1045:

${amb('source_code.snippet', f`mysql -u interlex_ro -p${v('credential.mysql_cli_password', 'Soud2024!ro')} -h db.interlex.local interlex -e "SELECT name, languages, oath_date FROM interpreters" > tlumocnici.csv`)}

Je problém v tom vykřičníku?`),

  rec('yaml', f`Order aggregator for our 4 cloud kitchens (Uber Eats + Deliveroo + Glovo). The Uber Eats token refresh fails with invalid_scope:

${amb('source_code.snippet', f`platforms:
  ubereats:
    client_id: hEmb-kitchens-prod
    client_secret: ${v('credential.generic_secret_assignment', UBER_SECRET)}
    scopes: [eats.store, eats.order, eats.store.orders.read]
  deliveroo:
    enabled: true
maps:
  google_api_key: ${v('credential.google_api_key', GOOGLE)}`)}`),

  rec('chat_th', f`บอทแจ้งออเดอร์เข้าครัวสาขาอโศกไม่ส่งข้อความเข้ากลุ่มแล้ว ใช้ token นี้ ${v('credential.telegram_bot_token', TELEGRAM)} ต้องเพิ่มบอทเป็นแอดมินกลุ่มก่อนไหมครับ`),

  rec('code_python', f`${code(f`# kitchen_alerts.py — posts to #ops-kitchens when prep time > 18 min
import json, urllib.request

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def alert(store, order_id, minutes):
    msg = {"text": f":fire: {store} order {order_id} is at {minutes} min prep"}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(msg).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req)`)}

how do I make this use blocks with a button to mark it resolved?`),

  rec('chat', f`community mods want a ping in our Discord when a presale code leaks on resale sites. I set the webhook to ${v('credential.discord_webhook_url', DISCORD_HOOK)} but the embed never shows the thumbnail. what's the correct field?`),

  rec('git', f`pushing the portal repo from the build server fails with "Support for password authentication was removed". remote is:

origin  https://skyrope-ci:${v('credential.github_pat', GHP)}@github.com/skyrope/blade-portal.git (fetch)
origin  https://skyrope-ci:${v('credential.github_pat', GHP)}@github.com/skyrope/blade-portal.git (push)

it IS a token, not a password?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (inspection-app)
variables:
  ANDROID_COMPILE_SDK: "34"
  RELEASE_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

release:
  stage: deploy
  script:
    - ./gradlew assembleRelease
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --upload-file app/build/outputs/apk/release/app-release.apk "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/inspection-app/$CI_COMMIT_TAG/app.apk"'`)}

Why does the upload step say 403 when the job runs on a tag?`),

  rec('code_ts', f`Glossary helper for our interpreters: it should return legal terms in Lithuanian + Polish. Getting 429s though.

\`\`\`ts
${code(f`import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: '${v('credential.openai_api_key', OPENAI)}' });

export async function glossary(term: string, langs: string[]) {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: \`Give court-register equivalents of "\${term}" in \${langs.join(', ')}\` }],
  });
  return res.choices[0].message.content;
}`)}
\`\`\``),

  rec('chat_fr_be', f`Bonjour, pour le rapport bailleurs trimestriel j'utilise un petit script qui résume les fiches terrain. Il plante avec "authentication_error". La clé dans le .env c'est ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)} — elle a été créée par Wouter avant son départ, est-ce qu'elle a pu être désactivée ?`),

  rec('code_python', f`Testing whisper for transcribing hearing recordings (interpreters check them after). Model download gives 401:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
asr = pipeline("automatic-speech-recognition", model="interlex/whisper-large-v3-cs-legal")
print(asr("hearing_2024-11-28_room4.wav")["text"])`)}`),

  rec('config', f`Drone photos of blade leading-edge erosion go to Azure. The uploader in the van says AuthenticationFailed:

${amb('source_code.snippet', f`"Storage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=skyropeinspect;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
  "Container": "le-erosion-2024"
}`)}`),

  rec('chat', f`sending a client (wind farm owner) a link to download their blade report. is it ok to share this SAS url or does it give access to the whole container?
https://skyropeinspect.blob.core.windows.net/reports/WF-Horns-Rev/B14_report.pdf?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-03-01T00:00:00Z&st=2024-12-01T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', AZ_SIG)}`),

  rec('json', f`${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "0c5e8a41-7f29-4b3d-9e16-a4d07b2c8f53",
    "ClientId": "e2b91f6c-38d4-4a07-b5e1-7c9f3a2d6048",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  }
}`)}
this is appsettings for the clienteling tablet backend (Vautrin boutiques). token acquisition throws AADSTS7000215 — invalid client secret. it was created in August, do they expire?`),

  rec('json', f`BigQuery export of the water-point functionality data fails from the Cloud Function. Key file (I know, I know, it should be in Secret Manager):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "wellroot-wash-data",
  "private_key_id": "${fill('b49-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${v('pii.email', 'bq-export@wellroot-wash-data.iam.gserviceaccount.com')}",
  "client_id": "108374926153847201954",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('chat', f`Bank asked us to re-send the SFTP key for the SEPA payout files to promoters, they lost it on their side. Is it ok to email this or should I generate a new one?

${v('credential.private_key', RSA)}`),

  rec('chat_sv', f`Hej! Markstationen för drönaren (bladinspektion) kan inte längre synka till servern. Nyckeln som ligger i ~/.ssh/id_ed25519 på stationen:

${v('credential.openssh_private_key', OSSH)}

Behöver jag lägga in den publika delen igen i authorized_keys på servern?`),

  rec('http', f`${amb('source_code.snippet', f`GET /v2/promoters/8812/payouts?status=pending HTTP/1.1
Host: api.encoro.live
Authorization: Bearer ${v('credential.jwt', JWT_API)}
Accept: application/json`)}

returns 403 "insufficient_scope" even though the token has payouts:read. is the scope claim supposed to be an array?`),

  rec('shell', f`Deliveroo menu sync dry-run:

${amb('source_code.snippet', f`curl -s https://api.developers.deliveroo.com/menu/v1/brands/hatch-ember/menus/smash-lab \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" | jq '.menu.items | length'`)}

gives 0 items but the tablet shows 42. why?`),

  rec('network_config', f`Rebuilt the router in the site container at Kaliakra wind farm, can you check the config before I push it? techs complain the VPN drops.

${amb('source_code.snippet', f`hostname SKR-KAL-RTR01
!
username fieldtech privilege 15 secret 0 ${v('credential.network_device_secret', 'Kaliakra#Blade19')}
enable secret 0 ${v('credential.network_device_secret', 'R0pe-Access-Enable!')}
!
interface GigabitEthernet0/0
 description LTE uplink
 ip address dhcp
!
crypto isakmp policy 10
 encr aes 256
 authentication pre-share`)}`),

  rec('chat', f`Reminder for the crew going to Çanakkale on Monday: the laptop in the blade repair container logs in as "skyrope-field" and the password is ${v('credential.password_in_prose', 'Canakkale-Epoxy-2025')}. Please don't change it, the resin cure logger runs under that account.`),

  rec('chat_de', f`Kannst du mir die Übergabe-Notiz ins Englische übersetzen?

"Zugang zum Kundenportal von Windpark Jade: Benutzer: skyrope.jade Passwort: ${v('credential.password_in_prose', 'Jade!Rotor2024')}. Die Berichte für WEA 07 und 11 müssen bis Freitag hochgeladen sein."`),

  rec('handover', f`Night shift handover — fraud desk
- chargeback queue at 214, oldest 6 days
- the Kount sandbox login is shared for now: ${v('pii.email', 'fraud-desk@encoro.live')} / ${v('credential.user_password_pair', 'Tango-Presale-88')}
- 3 accounts flagged for bot-like checkout on the Tini show, left in review

Summarise for the morning team in 3 bullets.`),

  rec('shell', f`Backup script for the interpreters' DB runs from cron and prints the password in ps output, how do I avoid that?

${amb('source_code.snippet', f`PGPASSWORD='${v('credential.cli_password', 'Vertaler-Gent-55')}' pg_dump -h ${amb('pii.ip_address', '10.8.0.4')} -U interlex_backup interlex > /backups/interlex_$(date +%F).sql`)}`),

  rec('code_js', f`${code(f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218834.ingest.de.sentry.io/4507218839`)}',
  tracesSampleRate: 0.2,
  environment: 'kds-tablet',
});`)}

our kitchen display tablets report errors twice. is this init being run twice in strict mode?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`- name: Upload source maps
  env:
    SENTRY_AUTH_TOKEN: ${v('credential.sentry_auth_token', SNTRYS)}
    SENTRY_ORG: hatch-ember
    SENTRY_PROJECT: kds-tablet
  run: npx @sentry/cli sourcemaps upload --release $GITHUB_SHA dist/`)}

Source maps upload says OK but stack traces stay minified.`),

  rec('npmrc', f`Private package for the ticket scanner SDK won't install on the new CI runner:

${amb('source_code.snippet', f`@encoro:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}`),

  rec('chat', f`twine upload keeps asking for a username for our survey-cleaning package (wellroot-washtools). I pass the token as password: ${v('credential.pypi_token', PYPI)} — username should be __token__ right?`),

  rec('shell', f`$ export VAULT_ADDR=https://vault.encoro.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/payouts/bank-sftp
Error reading secret/data/payouts/bank-sftp: permission denied

the policy has read on secret/data/payouts/* — what's wrong?`),

  rec('hcl', f`terraform login doesn't work on the Windows jump box so I put the token in the CLI config:

${amb('source_code.snippet', f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

still says "Required token could not be found". Where does Windows look for terraform.rc?`),

  rec('env_file', f`${amb('source_code.snippet', f`# promoter landing pages deploy
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
CLOUDFLARE_ZONE_ID=7d3a91c4e58b2f06a1d9c37e4b80f521
NETLIFY_AUTH_TOKEN=${v('credential.netlify_token', NETLIFY)}
VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)}`)}
we're moving everything from Netlify to Vercel — which of these can I delete after the switch?`),

  rec('chat_nl', f`Voor het donorrapport haal ik de projectpagina's uit Notion met de API. Integratie-token: ${v('credential.notion_token', NOTION)}. Ik krijg "object_not_found" terwijl de pagina bestaat. Moet ik de integratie eerst aan de pagina koppelen?`),

  rec('code_python', f`${code(f`from pyairtable import Api

api = Api("${v('credential.airtable_pat', AIRTABLE)}")
table = api.table("appR8sWq2LmK4tN7x", "Water points")

for row in table.all(formula="{Status} = 'Non-functional'"):
    print(row["fields"]["Village"], row["fields"]["Last visit"])`)}

how do I also get the linked "Technician" record names instead of ids?`),

  rec('chat', f`Syncing kitchen incidents (broken fryer, walk-in temp alarms) into Linear. Using ${v('credential.linear_api_key', LINEAR)} in the Authorization header, without "Bearer". Mutation issueCreate returns "Argument Validation Error" — teamId should be the key or the uuid?`),

  rec('chat', f`Postman collection for the court booking API runs locally but the monitor fails. Monitor env uses api key ${v('credential.postman_api_key', POSTMAN)}. Can monitors read local environment variables?`),

  rec('code_python', f`Exporting interpreter assignment tickets from Jira Service Management for the monthly invoice to the courts:

${code(f`from jira import JIRA

jira = JIRA(
    server="https://interlex.atlassian.net",
    basic_auth=("${v('pii.email', 'ops@interlex-interpreting.eu')}", "${v('credential.atlassian_api_token', ATLASSIAN)}"),
)
issues = jira.search_issues('project = ASSIGN AND resolved >= startOfMonth(-1)', maxResults=False)
print(len(issues))`)}`),

  rec('chat_he', f`היי, צריך לשלוח ללקוחות VIP של הבוטיק בתל אביב הזמנה להשקה של הקולקציה החדשה. משתמשים ב-Brevo, המפתח הוא ${v('credential.brevo_api_key', BREVO)} — איך מוסיפים שדה שם פרטי בעברית לתבנית?`),

  rec('code_python', f`pop-up kitchen at the festival takes card via Square. sandbox worked, prod gives UNAUTHORIZED:

${code(f`from square.client import Client

client = Client(access_token="${v('credential.square_access_token', SQUARE)}", environment="production")
res = client.payments.list_payments(location_id="L8Q2ZV7X3KJ9M")
print(res.body if res.is_success() else res.errors)`)}`),

  rec('kotlin', f`Push to technicians' phones (work order assigned) stopped after Google disabled the legacy API?

\`\`\`kotlin
${code(f`private val FCM_SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"

fun notifyTech(token: String, workOrder: String) {
    val body = """{"to":"$token","notification":{"title":"New WO","body":"$workOrder"}}"""
    val req = Request.Builder()
        .url("https://fcm.googleapis.com/fcm/send")
        .addHeader("Authorization", "key=$FCM_SERVER_KEY")
        .post(body.toRequestBody("application/json".toMediaType()))
        .build()
    http.newCall(req).execute().use { println(it.code) }
}`)}
\`\`\``),

  rec('chat_pt_br', f`Oi! O token da página de shows no Facebook expirou de novo e os anúncios do festival pararam de sincronizar o público. Token atual: ${v('credential.facebook_access_token', FACEBOOK)}. Tem como gerar um que não expire?`),

  rec('chat', f`Doppler CLI in the payouts container: \`doppler run -- node worker.js\` works locally, in k8s I set DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)} as an env var and it says "Unable to fetch secrets". Config is prd_payouts.`),

  rec('chat', f`We encrypt the donor export with age before it goes to the auditors. Colleague asked for the key to decrypt, here it is: ${v('credential.age_secret_key', AGE)} — should I just send that by email or is there a better way?`),

  rec('yaml', f`${amb('source_code.snippet', f`# grafana-agent for turbine blade sensor dashboards (client portal embeds)
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
integrations:
  grafana_api:
    url: https://skyrope.grafana.net
    token: ${v('credential.grafana_service_account_token', GLSA)}
newrelic:
  license_key_env: NR_LICENSE
  user_api_key: ${v('credential.newrelic_key', NRAK)}`)}
we're dropping New Relic, can you rewrite this without it?`),

  rec('chat', f`Okta: offboarding script for boutique staff who leave (clienteling app access). Calls /api/v1/users/{id}/lifecycle/deactivate with "SSWS ${v('credential.okta_api_token', OKTA)}" and gets E0000006. Does the token need Org Admin?`),

  rec('code_ts', f`${code(f`import { createClient } from '@supabase/supabase-js';

// server-only: supplier invoices upload (cloud kitchens)
export const supabaseAdmin = createClient(
  'https://pqnmxrtkjvwsleoabcdh.supabase.co',
  '${v('credential.jwt', SUPA_JWT)}',
);`)}

RLS blocks the insert even with this client — isn't service_role supposed to bypass RLS?`),

  rec('chat', f`Which is faster for classifying suspicious ticket purchases, groq or mistral? I have both keys set up: GROQ_API_KEY=${v('credential.groq_api_key', GROQ)} and MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}. Ideally <200ms per call.`),

  rec('chat', f`The field team in Tunisia shares photos through a Dropbox app folder. Upload script gets "expired_access_token" after a few hours, token was ${v('credential.dropbox_access_token', DROPBOX)}. Do I need refresh tokens for offline access?`),

  rec('env_file', f`${amb('source_code.snippet', f`DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
LANGSMITH_API_KEY=${v('credential.langsmith_api_key', LANGSMITH)}
LANGSMITH_PROJECT=interp-glossary
JFROG_ACCESS_TOKEN=${v('credential.jfrog_api_key', JFROG)}
AZURE_DEVOPS_EXT_PAT=${v('credential.azure_devops_pat', DIGI_PAT)}`)}
clean this up into a proper .env.example with placeholders please`),
];

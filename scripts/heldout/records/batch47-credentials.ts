/**
 * Held-out batch 47: credentials pasted by staff of a mountain-hut cooperative, a pharmaceutical
 * cold-chain logistics provider, a podcast network, a municipal housing authority, a maritime pilot
 * service and an e-bike rental startup. Hand-written, measured once before any rule change.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b47-akia', B32, 16));
const AKIA_SECRET = fill('b47-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b47-akia2', B32, 16));
const GHP = gh('ghp', 'Tq7Wn2Xc5Vb8Kj3Lm6Pr9Hs1Dz4Fa0');
const GH_FINE = tok('github_pat_', '11B', fill('b47-ghfg1', UPPER + DIGITS, 19), '_', fill('b47-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b47-glpat', B62 + '-_', 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b47-slt', UPPER + DIGITS, 8), '/B07', fill('b47-slb', UPPER + DIGITS, 8), '/', fill('b47-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b47-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b47-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b47-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b47-oa1', B64URL, 74), 'T3BlbkFJ', fill('b47-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b47-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b47-hf', B62.replace(/[0-9]/g, ''), 34));
const GROQ = tok('gsk_', fill('b47-groq', B62, 52));
const MISTRAL = fill('b47-mistral', B62, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b47-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b47-gcp', 1216, '\n');
const AZ_STORAGE = `${fill('b47-azst', B64, 86)}==`;
const AZ_SAS_SIG = `${fill('b47-sas1', B62, 16)}%2F${fill('b47-sas2', B62, 18)}%2B${fill('b47-sas3', B62, 8)}%3D`;
const AZ_CLIENT = tok(fill('b47-azc1', B62, 3), '8Q~', fill('b47-azc2', B62 + '_-.~', 34));
const TWILIO_SID = tok('AC', fill('b47-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b47-twtok', HEX, 32);
const TWILIO_SK = tok('SK', fill('b47-twsk', HEX, 32));
const SENDGRID = tok('SG.', fill('b47-sg1', B64URL, 22), '.', fill('b47-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b47-mg', HEX, 32));
const TELEGRAM = tok('7381940265', ':AA', fill('b47-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290384756102938475', '/', fill('b47-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://kryoslogistics.webhook.office.com/webhookb2/', '8c2f41d7-93ab-4e6c-b017-5a9d3e28f4c1@2e7b9a14-6d3c-4f85-a1e9-0b4c7d92e6f3/IncomingWebhook/', fill('b47-teams1', HEX, 32), '/', 'a41d9e72-3c58-4b0f-9e26-7d1c85b3fa09/', 'V2', fill('b47-teams2', B64URL, 43));
const NPM = gh('npm', 'Lr8Xv3Qm6Tn1Bw9Kc4Hz7Jd2Ys5Ep0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b47-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b47-dckr', B64URL, 27));
const DOCKER_AUTH = b64('zipa-ci:Hv6!tramvia-Bcn');
const SENTRY_KEY = fill('b47-sentry', HEX, 32);
const DD_API = fill('b47-ddapi', HEX, 32);
const DD_APP = fill('b47-ddapp', HEX, 40);
const GLSA = tok('glsa_', fill('b47-glsa1', B62, 32), '_', fill('b47-glsa2', HEX, 8));
const VAULT = tok('hvs.', 'CAESI', fill('b47-hvs', B64URL, 86));
const CF_TOKEN = fill('b47-cftok', B62 + '_-', 40);
const OKTA = tok('00', fill('b47-okta', B64URL, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'zipa-bikes', a: fill('b47-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b47-mbx', B64URL, 22));
const DO_TOKEN = tok('dop_v1_', fill('b47-dop', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b47-pmak1', HEX, 24), '-', fill('b47-pmak2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b47-linear', B62, 40));
const NOTION = tok('ntn_', fill('b47-ntn1', DIGITS, 11), fill('b47-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b47-at1', B62, 14), '.', fill('b47-at2', HEX, 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b47-atl', B64URL, 171), '=', fill('b47-atl2', HEX.toUpperCase(), 8));
const SQUARE = tok('EAAA', fill('b47-square', B64URL, 60));
const SUPABASE_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'mxqtrhwplkzvbnjfadoe', role: 'service_role', iat: 1727740800, exp: 2043316800 }, 'b47-supa');
const TFC = tok(fill('b47-tfc1', B62, 14), '.atlasv1.', fill('b47-tfc2', B62, 67));
const NRAK = tok('NRAK-', fill('b47-nrak', UPPER + DIGITS, 27));
const BREVO = tok('xkeysib-', fill('b47-brevo1', HEX, 64), '-', fill('b47-brevo2', B62, 16));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b47-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b47-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const JWT_RIDER = jwt({ alg: 'RS256', typ: 'JWT', kid: 'zp-2024-10' }, { sub: 'rider_8817342', scope: 'rides:write payments:read', iss: 'https://auth.zipabikes.io', exp: 1735689600 }, 'b47-jwtrider');
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-portal', tenant: 'ringvaart', roles: ['arrears.read', 'tenants.read'], iat: 1730970000 }, 'b47-jwtportal');
const BEARER = fill('b47-bearer', B62 + '-._', 56);
const BASIC = b64('loggersync:Frost&Ice-2291');
const B64_GHP = b64(GHP);
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b47-doppler', B62, 40));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH47_CREDENTIALS: DraftRecord[] = [
  // --- mountain-hut cooperative ---
  rec('chat_de_ch', f`Hoi, chasch mir hälfe? Üses Buechigsportal (Cabane-Booking) schickt kei Bestätigungsmails meh. Im Log staht "401 Unauthorized" vom Mailprovider. Das isch dr Key wo im Config staht: ${v('credential.sendgrid_api_key', SENDGRID)} – isch dä abgloffe oder isch öppis anders falsch?`),

  rec('env_file', f`Can you check which of these our hut booking app actually needs? We migrated from the old PHP thing and I don't want to leave junk in there.

${cfg(f`# booking-api/.env (prod, Zermatt VPS)
APP_URL=https://booking.alpina-huts.ch
DB_HOST=${amb('pii.ip_address', '127.0.0.1')}
DB_USER=alpina_booking
DB_PASSWORD=${v('credential.password_assignment', 'Moiry-Gletscher!1869')}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
TWINT_MERCHANT_ID=CH-48102
MAPS_KEY=${v('credential.google_api_key', GOOGLE)}
LEGACY_FTP=ftp://hutupload:${v('credential.url_password', 'Steinbock77')}@files.alpina-huts.ch/incoming`)}`),

  rec('chat_fr_ch', f`Bonjour, le gardien de la cabane a besoin d'accéder au tableau des réservations depuis son téléphone. Tu peux me rédiger un petit SMS en français simple ? Le login c'est "gardien.velan" et le mot de passe provisoire est ${v('credential.password_in_prose', 'Chamois-Blanc-42')}, il doit le changer à la première connexion.`),

  rec('chat_it', f`Ciao, il rifugio Sasso Nero usa un bot Telegram per le prenotazioni last minute. Da ieri il bot non risponde. Questo è il token che abbiamo nello script: ${v('credential.telegram_bot_token', TELEGRAM)}
Come faccio a capire se è stato revocato?`),

  rec('code_python', f`Der Wetter-Export für die Hüttenwarte bricht ab, wieso?

\`\`\`python
${code(f`import requests, datetime as dt

METEO_URL = "https://api.alpina-huts.ch/v2/forecast"
HEADERS = {"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}"}

def export(hut_id: str) -> list[dict]:
    r = requests.get(METEO_URL, params={"hut": hut_id, "days": 3}, headers=HEADERS, timeout=10)
    r.raise_for_status()
    return [d for d in r.json()["days"] if dt.date.fromisoformat(d["date"]) >= dt.date.today()]

for hut in ("velan", "sassonero", "mrzli"):
    print(hut, len(export(hut)))`)}
\`\`\`

KeyError: 'days'`),

  rec('chat_sl', f`Zdravo, lahko prevedeš v angleščino za našega partnerja v Zermattu? "Dostop do rezervacijskega sistema za kočo pod Mrzlim vrhom: uporabnik mrzli_koca, geslo: ${v('credential.password_in_prose', 'Triglav#Megla2024')}. Prosimo, ne delite ga naprej."`),

  rec('chat', f`our hut webcams upload snapshots to S3 every 10 min. the IT volunteer left and I found this in the Raspberry Pi's ~/.aws/credentials:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-2`)}

is this a root key? how do I check what it can do without breaking the cams`),

  rec('chat_de_it', f`Servus! Für die Rettungs-Alarmkette (Bergrettung Südtirol) schickt unser System SMS über Twilio. Ich soll das Passwort-Handling dokumentieren. Im Config steht:
account_sid: ${v('credential.twilio_account_sid', TWILIO_SID)}
auth_token: ${v('credential.twilio_auth_token', TWILIO_TOKEN)}
Kannst du mir eine kurze Anleitung schreiben, wie man den Token rotiert, ohne dass die Alarmierung ausfällt?`),

  rec('wp_config', f`Die Website der Genossenschaft (WordPress) zeigt "Error establishing a database connection". wp-config.php Ausschnitt:

${cfg(f`define( 'DB_NAME', 'alpina_wp' );
define( 'DB_USER', 'alpina_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Edelweiss.Hang.93')}' );
define( 'DB_HOST', 'localhost:3307' );
define( 'AUTH_KEY', '${v('credential.generic_secret_assignment', fill('b47-wpauth', B62 + '!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );`)}

Port 3307 stimmt, MariaDB läuft.`),

  // --- pharma cold chain ---
  rec('chat', f`Logger vendor says their cloud pushes readings to our webhook but we see nothing. Here's the curl they gave us for testing:

${amb('source_code.snippet', f`curl -X POST https://ingest.kryos-logistics.eu/loggers/v1/readings \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Content-Type: application/json" \\
  -d '{"logger":"TL-5K-004417","shipment":"KRY-NL-24-118392","tempC":5.8,"ts":"2024-11-06T03:12:00Z"}'`)}

we get 403 from our WAF. is the auth header format right?`),

  rec('k8s_secret', f`Is this Secret ok to commit to the infra repo if the repo is private?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: excursion-alerts
  namespace: coldchain-prod
type: Opaque
stringData:
  TEAMS_WEBHOOK: "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
  SMTP_PASSWORD: "${v('credential.password_assignment', 'Vaccin-Kette#58')}"
  SMS_GATEWAY_KEY: "${v('credential.twilio_api_key', TWILIO_SK)}"`)}`),

  rec('chat_nl', f`Kun je helpen? Onze WMS-koppeling in Venlo faalt sinds de migratie. Connection string uit appsettings.json:
${cfg(f`"ConnectionStrings": {
  "Wms": "Server=tcp:kryos-wms-sql.database.windows.net,1433;Initial Catalog=wms_venlo;User ID=wms_app;Password=${v('credential.connection_string_password', 'Koelcel-2-8graden!')};Encrypt=True;"
}`)}
Foutmelding: Login failed for user 'wms_app'.`),

  rec('chat_da', f`Hej, jeg skal give vores nye speditør adgang til temperaturdata i Power BI. Kan du skrive en kort mail på engelsk? Service-kontoen hedder pbi-reader og adgangskoden er ${v('credential.password_in_prose', 'Kølekæde!Aarhus7')} – de skal bruge den indtil SSO er på plads.`),

  rec('gcp_sa', f`The BigQuery export of logger data stopped, error "invalid_grant: Invalid JWT Signature". Key file we use (sa-bq-loggers.json):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kryos-coldchain-analytics",
  "private_key_id": "${fill('b47-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-loggers@kryos-coldchain-analytics.iam.gserviceaccount.com')}",
  "client_id": "108274639201847362951",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

was the key disabled?`),

  rec('chat_sv', f`Kan du förklara varför Azure-funktionen inte kan läsa blobben? Vi laddar upp PDF:er med temperaturkurvor till lagringskontot och använder den här anslutningssträngen:
DefaultEndpointsProtocol=https;AccountName=kryostempcurves;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Felet är "AuthorizationPermissionMismatch".`),

  rec('chat', f`Customs broker needs read-only access to the CMR folder for 48h. I generated this SAS URL, can you double check the permissions are read+list only and the expiry is right?
https://kryosdocs.blob.core.windows.net/cmr-2024?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-11-09T18:00:00Z&st=2024-11-07T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', AZ_SAS_SIG)}`),

  rec('chat_et', f`Tere! Tolli deklaratsioonide skript Tallinna laos ei saa Entra ID tokenit. Kas see client secret on õiges formaadis? ${v('credential.azure_client_secret', AZ_CLIENT)} (tenant kryoslogistics.onmicrosoft.com). Viga: AADSTS7000215.`),

  rec('chat_lv', f`Sveiki! Lūdzu palīdzi uzrakstīt e-pastu IT nodaļai latviski: mūsu Rīgas noliktavas temperatūras reģistratoru serveris joprojām izmanto veco datubāzes pieeju — postgresql://logger_ro:${v('credential.database_url_password', 'Salna-Riga-4417')}@${amb('pii.ip_address', '10.44.2.15')}:5432/loggers — un to vajag nomainīt pirms auditā.`),

  rec('code_go', f`Our Go service that forwards excursion alarms to PagerDuty and Slack panics on startup:

${code(f`package main

import (
	"bytes"
	"net/http"
)

const slackHook = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

func notify(msg string) error {
	body := []byte(\`{"text":"\` + msg + \`"}\`)
	resp, err := http.Post(slackHook, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}`)}

panic: runtime error: invalid memory address — is it the hook?`),

  rec('chat_el', f`Γεια σου, μπορείς να μεταφράσεις στα αγγλικά; "Ο κωδικός για το portal του τελωνείου (ICISnet) για τον λογαριασμό kryos_pireas είναι ${v('credential.password_in_prose', 'Psygeio!Peiraias24')}. Μην τον στείλετε με email."`),

  rec('chat_tr', f`Merhaba, İstanbul deposundaki sıcaklık kayıt cihazları için API anahtarını değiştirmemiz gerekiyor. Şu an kullandığımız anahtar: DATADOG_API_KEY=${v('credential.datadog_api_key', DD_API)} ve DATADOG_APP_KEY=${v('credential.datadog_app_key', DD_APP)}. Yeni anahtarı nasıl oluştururum ve eskisini nasıl iptal ederim?`),

  rec('chat_he', f`שלום, צריך עזרה. המערכת של המחסן בלוד מחוברת לספק SMS ומפסיקה לשלוח התראות טמפרטורה. המפתח ב-config הוא ${v('credential.mailgun_api_key', MAILGUN)} — זה בכלל מפתח של Mailgun? אולי הוחלף בטעות?`),

  rec('github_actions', f`Why does this workflow deploy the driver app even on PRs?

${cfg(f`name: driver-app
on: [push, pull_request]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      EXPO_TOKEN: \${{ secrets.EXPO_TOKEN }}
      SENTRY_AUTH_TOKEN: \${{ secrets.SENTRY_AUTH_TOKEN }}
      GH_TOKEN: ${v('credential.github_pat', GHP)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx eas build --platform android --non-interactive`)}

(I know the GH_TOKEN shouldn't be inline, temporary)`),

  rec('ssh_key', f`Driver tablets sync via SFTP. The vendor sent this key for the new server, what format is it and does WinSCP accept it?

${v('credential.openssh_private_key', OSSH)}`),

  // --- podcast network ---
  rec('chat_es', f`Hola! Estoy montando un script para subir los episodios al hosting. Me devuelve 401 con esta clave: ${v('credential.bearer_token', tok('lh_live_', fill('b47-podhost', B62, 40)))}. ¿Hay que mandarla como "Bearer" o como "X-API-Key"? La documentación no está clara.`, 'hosting-provider key with no public prefix rule; written in prose'),

  rec('code_js', f`Node script that transcribes new episodes with Whisper and writes show notes, it works locally but not on the server:

\`\`\`js
${code(f`import OpenAI from "openai";
import fs from "node:fs";

const openai = new OpenAI({ apiKey: "${v('credential.openai_api_key', OPENAI)}" });

export async function transcribe(path) {
  const res = await openai.audio.transcriptions.create({
    file: fs.createReadStream(path),
    model: "whisper-1",
    language: "ca",
  });
  return res.text;
}`)}
\`\`\`
on the server: ECONNRESET after ~30s. files are ~80MB`),

  rec('chat_ca', f`Bon dia! Em pots ajudar a escriure un correu a l'anunciant? Els hem donat accés al panell d'estadístiques del pòdcast: usuari "anunciant.fruiteria" i contrasenya ${v('credential.password_in_prose', 'Castanyes-Tardor-12')}. Vull que sigui cordial i que els recordi que canviïn la contrasenya.`),

  rec('env_file', f`Which of these does the ad-insertion worker really need?

${cfg(f`# ad-worker/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
HUGGINGFACE_TOKEN=${v('credential.huggingface_token', HF)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}
REDIS_URL=redis://:${v('credential.database_url_password', 'Microfon-Rosa-88')}@ad-redis.internal:6379/2
LOG_LEVEL=info`)}`),

  rec('chat_ko', f`안녕하세요, 팟캐스트 광고 리포트를 노션에 자동으로 올리는 스크립트를 만들었는데 401 에러가 나요. 토큰은 ${v('credential.notion_token', NOTION)} 이고, 통합(integration)은 워크스페이스에 추가했어요. 뭐가 문제일까요?`),

  rec('code_python', f`Airtable sync for the host contracts base keeps hitting 422:

${code(f`from pyairtable import Api

api = Api("${v('credential.airtable_pat', AIRTABLE)}")
table = api.table("appK7w2mLx9QrTz4B", "Host contracts")

def upsert(host):
    table.batch_upsert(
        [{"fields": {"Host": host["name"], "Rev share": host["share"], "Renewal": host["renewal"]}}],
        key_fields=["Host"],
    )`)}

Rev share is a percentage field, we send 0.35`),

  rec('chat_ms', f`Hai, boleh tolong semak kenapa Discord bot untuk komuniti pendengar podcast kami tak hantar notifikasi episod baru? Webhook yang kami guna: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — channel tu masih wujud.`),

  rec('npmrc', f`Our private player widget package won't install in CI:

${cfg(f`@loudhouse:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

npm ERR! 404 Not Found - GET https://registry.npmjs.org/@loudhouse%2fplayer-widget`),

  rec('code_php', f`Legacy RSS feed generator for the network, someone asked whether it is safe:

${code(f`<?php
$pdo = new PDO('mysql:host=db.loudhouse.fm;dbname=feeds', 'feeds_rw', '${v('credential.password_assignment', 'OnAir!Rss-2019')}');
$stmt = $pdo->prepare('SELECT title, enclosure_url, pub_date FROM episodes WHERE show_id = ? ORDER BY pub_date DESC LIMIT 50');
$stmt->execute([$_GET['show']]);
header('Content-Type: application/rss+xml; charset=utf-8');
foreach ($stmt as $row) {
    echo "<item><title>" . htmlspecialchars($row['title']) . "</title></item>\\n";
}`)}`),

  // --- municipal housing authority ---
  rec('chat_nl', f`Hoi, kun je dit script uitleggen aan mijn collega van incasso? Het haalt elke nacht de huurachterstanden op.

${code(f`#!/bin/bash
# nightly arrears export
export PGPASSWORD='${v('credential.password_assignment', 'Huurders!Ringvaart21')}'
psql -h ${amb('pii.ip_address', '10.20.4.8')} -U incasso_ro -d woonbedrijf -c "\\copy (SELECT contract_nr, achterstand_eur, dagen FROM v_achterstanden WHERE dagen > 30) TO '/data/export/achterstand.csv' CSV HEADER"
scp /data/export/achterstand.csv ${amb('pii.email', 'deurwaarder@sftp.incassopartner.nl')}:/in/`)}`),

  rec('chat', f`The tenant portal calls our internal API with this token and I think it's leaking into the browser. Can you decode it and tell me what's inside?
${v('credential.jwt', JWT_PORTAL)}`),

  rec('chat_nl', f`Onze onderhoudsaannemers loggen in op het ticket-systeem met één gedeeld account. Ik wil dat vervangen. Huidige situatie: gebruikersnaam aannemer@ringvaart / wachtwoord ${v('credential.user_password_pair', 'Dakgoot2024!')}. Welke alternatieven zijn er voor kleine aannemers zonder eigen IT?`),

  rec('mysql_cli', f`Why does this cron job log "Using a password on the command line interface can be insecure"? Should I worry?

${amb('source_code.snippet', f`0 2 * * * mysqldump -u backup -p${v('credential.mysql_cli_password', 'Sleutel7Kast')} --single-transaction huurdersdb | gzip > /backup/huurdersdb-$(date +\\%F).sql.gz`)}`),

  rec('chat', f`The arrears letters are generated from a Jira automation. It uses an API token I made on my personal account: ${v('credential.atlassian_api_token', ATLASSIAN)} — when I leave in March, will it stop working? what's the right way?`),

  // --- maritime pilots ---
  rec('chat_et', f`Tere, lootside graafiku rakendus kasutab Okta API-t. Kas see token on ikka kehtiv? Header: Authorization: SSWS ${v('credential.okta_api_token', OKTA)}
Saan vastuseks "Invalid token provided".`),

  rec('cisco_cfg', f`Port radio gateway router, after a power cut the VHF-over-IP link doesn't come back. Relevant running-config:

${cfg(f`hostname pilot-vhf-gw1
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b47-c9salt', B62, 14), '$', fill('b47-c9hash', B62 + './', 43)))}
username pilotops privilege 15 password 0 ${v('credential.network_device_secret', 'Lootsi-Kanal16!')}
snmp-server community ${v('credential.network_device_secret', 'pilotRW-Muuga')} RW
interface Tunnel10
 ip address ${amb('pii.ip_address', '172.31.16.1')} 255.255.255.252
 tunnel source GigabitEthernet0/1
 tunnel destination ${amb('pii.ip_address', '185.41.72.19')}`)}`, 'type-9 enable secret is a hash: ambiguous per the conventions; plaintext user password and SNMP community labelled'),

  rec('chat_lv', f`Labdien! Vai vari pārbaudīt šo kuģu grafika API pieprasījumu? Tas atgriež 403.
curl -H "X-Api-Key: ${v('credential.generic_secret_assignment', fill('b47-vts', HEX, 40))}" https://vts.nordbalt-pilots.ee/api/v1/arrivals?port=LVRIX
Atslēgu man iedeva kolēģis no Tallinas.`),

  rec('chat_el', f`Καλημέρα. Το σύστημα βαρδιών των πλοηγών στον Πειραιά στέλνει ειδοποιήσεις μέσω Brevo. Το κλειδί είναι ${v('credential.brevo_api_key', BREVO)} — μπορείς να μου πεις πώς να το περιορίσω μόνο σε transactional emails;`),

  rec('chat_tr', f`İstanbul Boğazı kılavuzluk istasyonunda vardiya çizelgesi için yazdığımız Python betiği PostgreSQL'e bağlanamıyor:
conn = psycopg2.connect("postgresql://kilavuz_app:${v('credential.database_url_password', 'Bogaz-Vardiya-34')}@db.kilavuz.local:5432/vardiya")
Hata: "FATAL: no pg_hba.conf entry". Ne yapmalıyım?`),

  rec('chat_da', f`Hej, vi har et lille script der henter AIS-data for lodsbestillinger i Storebælt. Det bruger en Mapbox-nøgle til kortet: ${v('credential.mapbox_secret_token', MAPBOX)} – er det en hemmelig nøgle eller en offentlig? Den står i frontend-koden.`),

  rec('vault', f`I'm trying to read the pilot roster DB creds from Vault and get permission denied:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.nordbalt-pilots.ee:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/roster/db
Error reading secret/roster/db: Error making API request.
Code: 403. Errors:
* permission denied`)}`),

  // --- e-bike rental ---
  rec('code_ts', f`Lock firmware backend: this handler unlocks a bike after payment. Can you review it?

\`\`\`ts
${code(f`import Stripe from "stripe";
import { publishUnlock } from "./mqtt";

const stripe = new Stripe("${v('credential.stripe_restricted_key', STRIPE_RK)}", { apiVersion: "2024-06-20" });

export async function onPaymentSucceeded(intentId: string) {
  const pi = await stripe.paymentIntents.retrieve(intentId);
  if (pi.status !== "succeeded") return;
  const bikeId = pi.metadata.bike_id;
  await publishUnlock(bikeId, { ttlSeconds: 60, rider: pi.metadata.rider_id });
}`)}
\`\`\``),

  rec('mqtt_cfg', f`Locks in Kuala Lumpur fleet drop off the broker every night around 03:00. Broker config on the lock firmware:

${cfg(f`[mqtt]
host = mqtt.zipabikes.io
port = 8883
client_id = lock-\${IMEI}
username = fleet-kul
password = ${v('credential.password_assignment', 'Sepeda!Kunci-88')}
keepalive = 120
tls_ca = /etc/zipa/ca.pem`)}

is keepalive too high for the LTE-M network?`),

  rec('chat_ko', f`서울 지역 정비팀용 대시보드를 Grafana Cloud에 만들었는데, 서비스 계정 토큰이 프론트에 노출되어 있는 것 같아요: ${v('credential.grafana_service_account_token', GLSA)}. 이거 바로 폐기해야 하나요? 폐기하면 대시보드가 깨지나요?`),

  rec('chat_th', f`สวัสดีครับ ช่วยดูหน่อยว่าทำไมแอปเช่าจักรยานไฟฟ้าในกรุงเทพฯ ส่ง push notification ไม่ได้ ผมใช้ Square สำหรับรับเงินหน้าร้านด้วย token นี้ ${v('credential.square_access_token', SQUARE)} มันเกี่ยวกันไหมครับ หรือเป็นที่ Firebase`),

  rec('docker_config', f`CI can't pull the lock-simulator image from our registry. ~/.docker/config.json on the runner:

${cfg(f`{
  "auths": {
    "registry.zipabikes.io": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    },
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', b64(`zipabikes:${DCKR}`))}"
    }
  }
}`)}`),

  rec('chat_he', f`היי, המפתח של Sentry שלנו דלף לריפו ציבורי? ה-DSN באפליקציה של תל אביב הוא ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508217364019200.ingest.de.sentry.io/4508217391865856`)} — צריך להחליף אותו או שזה בסדר כי זה רק DSN?`, 'Sentry DSN: public-ish by design, but the engine treats it as a credential'),

  rec('terraform', f`terraform plan fails on the e-bike infra after I moved state to Terraform Cloud:

${cfg(f`# ~/.terraformrc
credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}

# providers.tf
provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}
provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}`)}

Error: Failed to request discovery document: 401`),

  rec('chat_es', f`Oye, el equipo de soporte de Barcelona usa Linear para las incidencias de candados. He creado una integración con esta clave: ${v('credential.linear_api_key', LINEAR)}. ¿Cómo la guardo en Doppler en vez de tenerla en el .env? Ya tenemos este token de servicio de Doppler: ${v('credential.doppler_token', DOPPLER)}`),

  rec('k8s_secret', f`kubectl says the secret is invalid, base64 problem?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: fleet-ci
data:
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', B64_GHP)}
  AWS_ACCESS_KEY_ID: ${v('credential.base64_encoded_token', b64(AKIA2))}`)}

the second one I encoded with echo (no -n), could that be it?`),

  rec('chat', f`Bike telemetry goes to New Relic, the key in the lock gateway is ${v('credential.newrelic_key', NRAK)} and Postman collection for the fleet API has ${v('credential.postman_api_key', POSTMAN)} embedded. Both were in a screenshot posted to the public support forum. What do I rotate first?`),

  rec('chat_ms', f`Boleh terangkan macam mana token ni berfungsi? Aplikasi penunggang kami hantar header ini ke API: Authorization: Bearer ${v('credential.jwt', JWT_RIDER)} — token ni tamat tempoh bila?`),

  rec('rsa_key', f`Payment terminal vendor in Seoul asked us to send them the private key for the kiosk TLS. I don't think that's right? This is what's on the kiosk:

${v('credential.private_key', RSA_KEY)}`),

  rec('chat', f`pypi upload of our open-source lock SDK fails:
twine upload dist/* -u __token__ -p ${v('credential.pypi_token', PYPI)}
HTTPError: 403 Forbidden. the token is project-scoped to zipa-lock-sdk`),

  rec('gitlab', f`Firmware repo mirror from GitLab to GitHub stopped. remote:
https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.zipabikes.io/firmware/lock-fw.git
and the GitHub side uses ${v('credential.github_fine_grained_pat', GH_FINE)}. which one expired?`),

  rec('chat_de_ch', f`Chönd ihr mir säge, ob dä Supabase-Key im Frontend vo üsere Vermietigs-App z'Züri verwendet werde darf? ${v('credential.jwt', SUPABASE_JWT)} – im Payload staht "service_role".`),
];

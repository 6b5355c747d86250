/**
 * Held-out batch 28: credentials pasted by staff of an online travel agency, a pharmaceutical
 * wholesaler, a mobile game studio, a regional newspaper's subscriptions desk, a credit union and a
 * city's parking and traffic department — configs, shells, code, chats and mails. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b28-akia', B32, 16));
const AKIA_SECRET = fill('b28-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b28-akia2', B32, 16));
const AKIA2_SECRET = fill('b28-akia2s', B64, 40);
const GH_FINE = tok('github_pat_', '11B', fill('b28-ghfg1', UPPER + DIGITS, 19), '_', fill('b28-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b28-glpat', B62 + '-_', 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b28-slkT', UPPER + DIGITS, 8), '/B07', fill('b28-slkB', UPPER + DIGITS, 8), '/', fill('b28-slkh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b28-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b28-rklive', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b28-whsec', B62, 32));
const OPENAI = tok('sk-', 'proj-', fill('b28-oai1', B64URL, 74), 'T3BlbkFJ', fill('b28-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b28-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b28-groq', B62, 52));
const HF = tok('hf_', fill('b28-hf', UPPER + LOWER, 34));
const GOOGLE_MAPS = tok('AIza', 'Sy', fill('b28-gmaps', B64URL, 33));
const GOOGLE_FB = tok('AIza', 'Sy', fill('b28-gfb', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b28-gcp', 1218);
const AZ_STORAGE = `${fill('b28-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b28-azcs1', B62, 3), '8Q~', fill('b28-azcs2', B62 + '_-.', 31));
const SAS_SIG = `${fill('b28-sas1', B62, 16)}%2F${fill('b28-sas2', B62, 11)}%2B${fill('b28-sas3', B62, 14)}%3D`;
const ADO_PAT = fill('b28-ado', B32LOWER, 52);
const TWILIO_SID = tok('AC', fill('b28-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b28-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b28-sg1', B64URL, 22), '.', fill('b28-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b28-mg', HEX, 32));
const MAILCHIMP = tok(fill('b28-mc', HEX, 32), '-us14');
const TELEGRAM = tok('6718294053', ':AA', fill('b28-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249381720563948215', '/', fill('b28-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://rheinmed.webhook.office.com/webhookb2/', '8c2f4a90-13b7-4e6d-a5c8-70d91e3b2f64@51e7c0a3-9d28-4b6f-8e14-a3c27f905d18/IncomingWebhook/', fill('b28-teams1', HEX, 32), '/', 'a47d9e12-6b30-48c5-9f2e-1d8c05b7e3a9/', 'V2', fill('b28-teams2', B64URL, 43));
const NPM = gh('npm', 'Kp4Wz8Nr2Ty6Bv1Hx5Md9Lq3Cf7Sj0');
const DCKR = tok('dckr_', 'pat_', fill('b28-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b28-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b28-pmak1', HEX, 24), '-', fill('b28-pmak2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b28-atl', B64URL, 171), '=', fill('b28-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b28-linear', B62, 40));
const SENTRY_DSN = tok('https://', fill('b28-sdsn', HEX, 32), '@o4505817.ingest.us.sentry.io/4507394826154360');
const SENTRY_ORG = tok('sntrys_', b64(JSON.stringify({ iat: 1727350215.4, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'pixel-otter' })).replace(/=+$/, ''), '_', fill('b28-sntrys', B64URL, 43));
const DD_API = fill('b28-ddapi', HEX, 32);
const NRAK = tok('NRAK-', fill('b28-nrak', UPPER + DIGITS, 27));
const VAULT = tok('hvs.', 'CAESI', fill('b28-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b28-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b28-dop', HEX, 64));
const OKTA = tok('00', fill('b28-okta', B64URL, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'kelston-parking', a: fill('b28-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b28-mbx', B64URL, 22));
const FCM = tok('AAAA', fill('b28-fcm1', B64URL, 7), ':APA91b', fill('b28-fcm2', B64URL, 134));
const JWT_SUB = jwt({ alg: 'RS256', typ: 'JWT', kid: 'rh-2024-09' }, { sub: 'sub-551093', iss: 'https://id.riverinaherald.com.au', aud: 'subs-api', scope: 'subscriptions:write billing:read', iat: 1730851200, exp: 1730937600 }, 'b28-jwtsub');
const JWT_PARK = jwt({ alg: 'HS256', typ: 'JWT' }, { officer: 'PO-1187', device: 'HH-42', role: 'enforcement', iat: 1731400000, exp: 1731443200 }, 'b28-jwtpark');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b28-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const P8 = pem('PRIVATE KEY', 'b28-p8', 138);
const RSA = pem('RSA PRIVATE KEY', 'b28-rsa', 1190);
const BEARER = fill('b28-bearer', B62, 48);
const AMADEUS_SECRET = fill('b28-amadeus', B62, 16);
const PLAYFAB_SECRET = fill('b28-playfab', UPPER + DIGITS, 52);
const HMAC_SECRET = fill('b28-hmac', HEX, 64);
const DOCKER_AUTH = b64(`wandervia-ci:${fill('b28-dockerpw', B62, 20)}`);
const BASIC_SABRE = b64('V1:wv7731:WVDOM:AA:Tigre-Palermo-55');
const BASIC_METER = b64('kelston_api:Meter#Kerb2291');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH28_CREDENTIALS: DraftRecord[] = [
  // ——— online travel agency (Wandervia) ———
  rec('env_file', f`hey, booking-svc won't boot on the new staging box, says "Stripe: No API key provided". here's the env, what am I missing??

${amb('source_code.snippet', f`# booking-svc / .env.staging  (copied from prod, will swap later)
NODE_ENV=staging
PORT=8080
STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SIGNING=${v('credential.stripe_webhook_secret', STRIPE_WH)}
AMADEUS_CLIENT_ID=wvSelfServeProd01
AMADEUS_CLIENT_SECRET=${v('credential.generic_secret_assignment', AMADEUS_SECRET)}
GOOGLE_MAPS_KEY=${v('credential.google_api_key', GOOGLE_MAPS)}
REDIS_URL=redis://cache-stg.internal:6379/2`)}`),

  rec('chat', f`Quick one — our Sabre SOAP session create keeps returning "USG_AUTHORIZATION_FAILED". I'm sending the header as

Authorization: Basic ${v('credential.basic_auth_header', BASIC_SABRE)}

EPR and PCC are right (wv7731 / WVDOM). Is Sabre expecting the password base64'd separately first?`),

  rec('code_python', f`This itinerary email job dies after ~200 sends with 429s. Can you add a retry with backoff?

\`\`\`python
${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def send_itinerary(booking):
    msg = Mail(
        from_email="${v('pii.email', 'trips@wandervia.com')}",
        to_emails=booking.traveller_email,
        subject=f"Your trip to {booking.destination} – ref {booking.pnr}",
        html_content=render("itinerary.html", booking=booking),
    )
    return sg.send(msg)`)}
\`\`\``),

  rec('chat_es', f`Oye, ¿me ayudas a redactar un mail al proveedor de Twilio? Los SMS de confirmación de reserva a Argentina no llegan desde el viernes. Datos de la cuenta por si los piden: Account SID ${v('credential.twilio_account_sid', TWILIO_SID)} y el auth token ${v('credential.twilio_auth_token', TWILIO_TOKEN)}. El remitente alfanumérico es "WANDERVIA".`),

  rec('chat_es_ar', f`Che, necesito que me armes un script en bash que baje los reportes de Booking del extranet todas las noches. El usuario es wv_ba_reportes y la contraseña ${v('credential.password_in_prose', 'Mate-Amargo!1986')}, lo corro desde el server de Palermo. Dale que es urgente 🙏`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: pricing-engine
  namespace: fares
type: Opaque
stringData:
  OPENAI_API_KEY: "${v('credential.openai_api_key', OPENAI)}"
  GROQ_API_KEY: "${v('credential.groq_api_key', GROQ)}"
  FARE_CACHE_TTL: "900"`)}

we use the LLM to write hotel blurbs. Groq is cheaper but the blurbs are worse — is there a way to A/B them per market without a redeploy?`),

  rec('shell', f`docker login on the Jenkins agent fails after I rotated the Hub token. .docker/config.json on the agent:

${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

and the new token I generated is ${v('credential.dockerhub_pat', DCKR)}. Do I just base64 user:token and paste it in there?`),

  rec('chat_de', f`Kannst du mir eine kurze Anleitung für die Kollegen in Berlin schreiben, wie sie sich am neuen Reiseportal-Backoffice anmelden? Zugang vorerst für alle gleich: Benutzer "backoffice-ber", Passwort ${v('credential.password_in_prose', 'Spreeufer#2024')}. Nach dem ersten Login soll jeder MFA einrichten.`),

  rec('gitlab_ci', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (fares repo)
variables:
  HF_TOKEN: "${v('credential.huggingface_token', HF)}"
  MODEL_ID: "wandervia/fare-classifier-v3"

train:
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - python train.py --push-to-hub`)}

pipeline fails with 401 on push_to_hub even though the token has write. any idea?`),

  rec('chat', f`Anthropic rate limits are killing our review-summary batch. Tier says 50 rpm. Our key is ${v('credential.anthropic_api_key', ANTHROPIC)} — can you tell me if that's a workspace key or org-level from the prefix? And how do I request a higher tier?`),

  // ——— pharmaceutical wholesaler (Rheinmed / Medisfera) ———
  rec('config', f`EDI-Import aus dem Lager Köln bricht nach dem SQL-Server-Update ab. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Warenwirtschaft": "Server=sql-wawi-01.rheinmed.local;Database=WaWi_Prod;User Id=edi_import;Password=${v('credential.connection_string_password', 'Apotheke!Lager77')};TrustServerCertificate=True;",
    "Blob": "DefaultEndpointsProtocol=https;AccountName=rheinmededi;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
  },
  "Edi": { "Partner": "PHOENIX", "Format": "EANCOM D96A" }
}`)}

Fehler: "A connection was successfully established with the server, but then an error occurred during the login process".`),

  rec('shell', f`Cron-Job für die Bestellübertragung an den Hersteller läuft nicht mehr:

${code(f`#!/bin/bash
# orders-out.sh — nightly ORDERS to manufacturer
cd /opt/edi/out || exit 1
for f in ORDERS_*.edi; do
  curl --fail -T "$f" "sftp://rheinmed_edi:${v('credential.url_password', 'Pillendose-43!')}@sftp.pharma-partner.de/inbound/" && mv "$f" ../sent/
done`)}

Laut Log "curl: (67) Access denied". Hat der Partner das Passwort geändert?`),

  rec('chat_ro', f`Salut, poți să-mi traduci în engleză mesajul ăsta pentru colegii din Germania? "Contul pentru portalul de comenzi al farmaciilor a fost creat. Utilizator: medisfera_cluj, parola: ${v('credential.password_in_prose', 'Somes-Cluj#2291')}. Vă rog să o schimbați la prima autentificare."`),

  rec('powershell', f`${amb('source_code.snippet', f`$tenant = "51e7c0a3-9d28-4b6f-8e14-a3c27f905d18"
$clientId = "3c8a1f72-6e0d-4b59-a2c4-9f17d83e5b06"
$secret = "${v('credential.azure_client_secret', AZ_CLIENT)}"
$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default"; client_id = $clientId; client_secret = $secret }
$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body`)}

Das Token kommt zurück, aber Get auf /sites liefert 403. Welche Graph-Permission fehlt für SharePoint-Listen (Chargenfreigaben)?`),

  rec('chat_de', f`Der Teams-Kanal "Kühlkette Alarme" bekommt keine Meldungen mehr vom Temperaturlogger. Der Logger postet an ${v('credential.teams_webhook_url', TEAMS_HOOK)} — muss ich das auf Power Automate Workflows umstellen?`),

  rec('ini', f`${amb('source_code.snippet', f`; odbc.ini on the WMS reporting host
[WMS_RO]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:${amb('pii.ip_address', '10.12.4.31')},1433
Database=wms
UID=report_ro
PWD=${v('credential.password_assignment', 'Kuehlkette-2-8C')}
Encrypt=yes`)}

Crystal Reports says "Data source name not found". Do 64-bit apps read a different odbc.ini?`),

  rec('chat_ru', f`Привет! Помоги написать инструкцию для склада в Подольске: как зайти в терминал сбора заказов. Логин — sklad_podolsk, пароль ${v('credential.password_in_prose', 'Zima2024!Sklad')}. Нужно коротко, по пунктам, и чтобы было понятно кладовщикам.`),

  rec('cisco', f`Can you explain what each line of this switch config does? Network guy left and nobody knows.

${amb('source_code.snippet', f`hostname WH-KOELN-SW02
!
enable secret 5 ${amb('credential.network_device_secret', tok('$1$', fill('b28-cisco1', B62, 4), '$', fill('b28-cisco2', B62 + './', 22)))}
username netadmin privilege 15 password 7 ${v('credential.network_device_secret', '0822455D0A16544541')}
!
snmp-server community ${v('credential.network_device_secret', 'rhm-ro-Lager')} RO
!
interface Vlan40
 description KUEHLHAUS-SENSOREN
 ip address ${amb('pii.ip_address', '10.40.0.2')} ${amb('pii.ip_address', '255.255.255.0')}`)}`, 'enable secret 5 is an MD5-crypt hash (ambiguous, like other password hashes); the type-7 password and SNMP community are recoverable secrets'),

  rec('code_python', f`${code(f`# okta_offboard.py — disable leavers from the HR export
import csv, requests

OKTA = "https://rheinmed.okta-emea.com/api/v1"
HEADERS = {"Authorization": "SSWS ${v('credential.okta_api_token', OKTA)}", "Accept": "application/json"}

with open("austritte.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh, delimiter=";"):
        r = requests.post(f"{OKTA}/users/{row['login']}/lifecycle/deactivate", headers=HEADERS)
        print(row["login"], r.status_code)`)}

Es kommen nur 404 zurück, obwohl die Logins stimmen.`),

  // ——— mobile game studio (Pixel Otter, Tallinn / Tokyo / Jakarta) ———
  rec('env_file', f`${amb('source_code.snippet', f`# live-ops tools .env (Tallinn)
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
AWS_REGION=eu-north-1
PLAYFAB_TITLE_ID=7C1E4
PLAYFAB_DEV_SECRET=${v('credential.generic_secret_assignment', PLAYFAB_SECRET)}
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}`)}

Tere! Kas sa saad kirjutada Node skripti, mis loeb PlayFabist eilsed ostud ja paneb need S3-sse CSV-na?`),

  rec('chat_ja', f`Unityのビルドで Firebase の初期化が失敗します。google-services.json の api_key は ${v('credential.google_api_key', GOOGLE_FB)} で、プッシュ通知用のサーバーキーは ${v('credential.firebase_fcm_server_key', FCM)} です。レガシーAPIが廃止されたのが原因でしょうか？`),

  rec('json_config', f`Our Cloud Build can't read the Play Console API with this service account, error "The caller does not have permission". The key file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "pixel-otter-live",
  "private_key_id": "${fill('b28-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'play-publisher@pixel-otter-live.iam.gserviceaccount.com')}",
  "client_id": "104829374615283740192",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Which role do I add in Play Console — "Release manager"?`, 'whole service-account JSON labelled (credential + ambiguous source_code), PEM inside labelled; client_email is a service address inside the labelled object'),

  rec('chat_ja', f`App Store Connect API の JWT がずっと 401 になります。キーは AuthKey_7QX2M4K9LD.p8 で、中身はこれです:

${v('credential.private_key', P8)}

Issuer ID と Key ID は合っているはずです。ES256 の署名のやり方が間違っていますか？`),

  rec('shell', f`Tere, CI agent ei saa enam GitHubist kloonida. Panin selle käsu:

git clone https://pixelotter-ci:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/pixel-otter/otter-rush.git

ja vastus on "Write access to repository not granted". Fine-grained token peaks olema Contents: read. Mis valesti?`),

  rec('code_cs', f`Server-side purchase validation in our Unity backend, could you review?

\`\`\`csharp
${code(f`public class ReceiptValidator
{
    private const string DiscordAlerts = "${v('credential.discord_webhook_url', DISCORD_HOOK)}";
    private static readonly HttpClient Http = new HttpClient();

    public async Task<bool> ValidateAsync(string receipt, string playerId)
    {
        var ok = await GooglePlay.VerifyAsync(receipt);
        if (!ok)
        {
            var payload = JsonSerializer.Serialize(new { content = $"Invalid receipt from {playerId}" });
            await Http.PostAsync(DiscordAlerts, new StringContent(payload, Encoding.UTF8, "application/json"));
        }
        return ok;
    }
}`)}
\`\`\``),

  rec('chat_id', f`Mas, tolong cek kenapa bot Telegram buat notifikasi crash dari QA Jakarta nggak jalan. Token-nya ${v('credential.telegram_bot_token', TELEGRAM)}, chat id -100198273645. Sudah aku tambahin ke grup tapi nggak ada pesan masuk.`),

  rec('yaml', f`${amb('source_code.snippet', f`# fastlane/.env.default (iOS)
MATCH_GIT_URL=https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.pixelotter.ee/mobile/certificates.git
MATCH_PASSWORD=${v('credential.password_assignment', 'Saarmas-Tallinn-19')}
FASTLANE_USER=${v('pii.email', 'build@pixelotter.ee')}
APP_IDENTIFIER=ee.pixelotter.otterrush`)}

match fails with "Could not decrypt the repo". Is MATCH_PASSWORD the keychain password or the repo encryption password?`),

  rec('shell', f`\`\`\`
$ export SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SENTRY_ORG)}
$ sentry-cli debug-files upload --org pixel-otter --project otter-rush-android ./Build/symbols
error: API request failed
  caused by: [403] You do not have permission to perform this action.
\`\`\`
org token, created yesterday. what scope does dif upload need?`),

  rec('chat', f`Our Jakarta outsourcing team needs read access to crash dashboards only. Can I give them the Datadog API key ${v('credential.datadog_api_key', DD_API)} or is that too much? What's the least-privilege option?`),

  rec('chat_et', f`Palun tõlgi inglise keelde: "Testkeskkonna admin-paneeli kasutaja on qa_admin ja parool ${v('credential.password_in_prose', 'Kilu-Võileib-88')}. Ärge jagage seda Slackis."`),

  rec('code_ts', f`${code(f`// tools/linear-sync.ts — push QA bugs from the spreadsheet into Linear
import { LinearClient } from '@linear/sdk';

const linear = new LinearClient({ apiKey: '${v('credential.linear_api_key', LINEAR)}' });

export async function createBug(title: string, description: string, teamId: string) {
  const res = await linear.createIssue({ teamId, title, description, labelIds: [QA_LABEL] });
  if (!res.success) throw new Error('linear createIssue failed');
  return res.issue;
}`)}

TS complains that res.issue is a Promise. Why?`),

  rec('chat_ja', f`Databricksのジョブから分析用トークン ${v('credential.databricks_token', DATABRICKS)} を使ってテーブルを読んでいますが、来月から PAT が禁止になると言われました。サービスプリンシパルへの移行手順を教えてください。`),

  // ——— regional newspaper, subscriptions desk (Riverina Herald, AU) ———
  rec('chat', f`G'day, the subs renewal reminders stopped going out on Monday. Mailchimp says the key is fine? It's ${v('credential.mailchimp_api_key', MAILCHIMP)}, list "Print+Digital 7-day". Can you write me a quick Python check that pings the API and lists the last 5 campaigns?`),

  rec('code_php', f`Our WordPress paywall plugin talks to Stripe with a restricted key. Does this look right?

${code(f`<?php
// wp-content/plugins/rh-paywall/config.php
define('RH_STRIPE_KEY', '${v('credential.stripe_restricted_key', STRIPE_RK)}');
define('RH_PAYWALL_METER', 5); // free articles / month
define('RH_SSO_ISSUER', 'https://id.riverinaherald.com.au');

add_filter('rh_can_read', function ($can, $user) {
    return $can || rh_has_active_sub($user->ID);
}, 10, 2);`)}`),

  rec('curl', f`Subscriptions API returns 403 when I try to pause a sub for a reader on holiday:

curl -X POST https://subs-api.riverinaherald.com.au/v2/subscriptions/RH-0041187/pause \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_SUB)}" \\
  -d '{"from":"2024-12-20","to":"2025-01-06"}'

token has subscriptions:write so why?`),

  rec('chat', f`Hi, can you help me word an email to our print distributor? They need access to the delivery-exceptions portal from tomorrow. Login: dist_wagga / ${v('credential.user_password_pair', 'Paperboy-Run-0530')}. I'd like to ask them to change it and not share it with the drivers.`),

  rec('yaml', f`${amb('source_code.snippet', f`# zapier-replacement/config.yml  — nightly stop/start sync
newsroom_slack:
  webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
mailgun:
  domain: mg.riverinaherald.com.au
  api_key: ${v('credential.mailgun_api_key', MAILGUN)}
print_run:
  cutoff: "21:30"
  timezone: Australia/Sydney`)}

Slack message comes through but mailgun says "Forbidden". EU vs US region?`),

  rec('sql', f`Can you tidy this up? It's what our old contractor left on the subs server:

${code(f`-- nightly_lapsed.sql, run with: mysql -u subs_report -p'${v('credential.mysql_cli_password', 'Murrumbidgee#88')}' subs < nightly_lapsed.sql
SELECT s.sub_id, s.product, s.end_date, a.postcode
FROM subscriptions s
JOIN addresses a ON a.account_id = s.account_id
WHERE s.end_date BETWEEN CURDATE() - INTERVAL 30 DAY AND CURDATE()
  AND s.status = 'LAPSED'
ORDER BY a.postcode;`)}`),

  rec('chat', f`Postman collection for the circulation API won't sync to the team workspace — my key ${v('credential.postman_api_key', POSTMAN)} gives "AuthenticationError". Do I need to regenerate it after the SSO change?`),

  rec('chat', f`Jira automation that creates a ticket for every failed home delivery stopped. It calls the REST API as ${v('pii.email', 'subs-automation@riverinaherald.com.au')} with API token ${v('credential.atlassian_api_token', ATLASSIAN)}. Did Atlassian change the token expiry rules?`),

  // ——— credit union (Prairie Stone FCU, Oklahoma) ———
  rec('hcl', f`${amb('source_code.snippet', f`provider "vault" {
  address = "https://vault.prairiestonefcu.org:8200"
  token   = "${v('credential.vault_token', VAULT)}"
}

data "vault_kv_secret_v2" "core" {
  mount = "secret"
  name  = "symitar/batch"
}`)}

terraform plan says "permission denied" on the data source. Policy or token TTL?`),

  rec('chat', f`The member-statement PDF job connects to the core over SSH with a key. Ops pasted me this, can you tell me if it's encrypted (passphrase) or not?

${v('credential.openssh_private_key', OSSH)}`),

  rec('code_java', f`${code(f`// LdapConfig.java — online banking admin portal
@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource src = new LdapContextSource();
        src.setUrl("ldaps://dc01.psfcu.local:636");
        src.setBase("DC=psfcu,DC=local");
        src.setUserDn("CN=svc-olb-bind,OU=Service Accounts,DC=psfcu,DC=local");
        src.setPassword("${v('credential.password_assignment', 'Redbud!Prairie2024')}");
        return src;
    }
}`)}

Getting "LDAP: error code 49 - 80090308: data 52e" after the DC upgrade.`),

  rec('chat', f`Need help with an email to our card processor. Our integration test against their prod endpoint used the API bearer token ${v('credential.bearer_token', BEARER)} and got a 500. They want the timestamp + token prefix only; is that safe to send?`),

  rec('psql', f`Migrating the loan-origination DB to RDS. Is this connection string right for pgbouncer?

${amb('source_code.snippet', f`DATABASE_URL=postgresql://los_app:${v('credential.database_url_password', 'Sooner$Loan#61')}@los-db.cluster-c7qx2m.us-east-2.rds.amazonaws.com:5432/los?sslmode=require`)}`),

  rec('chat', f`Examiner found this in our old runbook, how bad is it?
"To restart the ATM monitoring service: log in as atmsvc, password ${v('credential.password_in_prose', 'Cimarron-ATM-4410')}, then run svcctl restart"`),

  rec('aws_cli', f`~/.aws/credentials on the marketing laptop, found during the audit:

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = us-east-2`)}

How do I check in CloudTrail what this key was used for in the last 90 days?`),

  rec('chat', f`Our npm publish for the internal UI kit keeps failing in CI, .npmrc has //registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))} and it's an automation token. Error E403.`),

  // ——— city parking & traffic department ———
  rec('code_python', f`Hi, the pay-by-phone reconciliation script broke after the meter vendor moved to a new API. Could you rewrite it for the v3 endpoints?

${code(f`import requests

METER_API = "https://api.kerbside-meters.com/v2"
AUTH = {"Authorization": "Basic ${v('credential.basic_auth_header', BASIC_METER)}"}

def sessions(day):
    r = requests.get(f"{METER_API}/zones/KC-CBD/sessions", params={"date": day}, headers=AUTH, timeout=30)
    r.raise_for_status()
    return r.json()["sessions"]`)}`),

  rec('config', f`The ANPR cameras on Station St aren't recording to the NVR. Camera config from the web UI:

${amb('source_code.snippet', f`[stream]
rtsp_url = rtsp://nvr_ingest:${v('credential.url_password', 'Kerb-Cam!551')}@${amb('pii.ip_address', '10.88.21.14')}:554/Streaming/Channels/101
codec = H.265
fps = 15
[upload]
hmac_secret = ${v('credential.generic_secret_assignment', HMAC_SECRET)}`)}`),

  rec('chat', f`Can you check the handheld app's login token? Officers' devices get kicked out mid-shift. Sample token from device HH-42: ${v('credential.jwt', JWT_PARK)}`),

  rec('js', f`${code(f`// parking-map/src/map.js
mapboxgl.accessToken = 'pk.eyJ1Ijoia2Vsc3Rvbi1wYXJraW5nIiwiYSI6ImNscTd6In0.public';
const uploads = new MapboxUploads({ token: '${v('credential.mapbox_secret_token', MAPBOX)}' });

export async function publishZones(geojson) {
  const creds = await uploads.createCredentials();
  await putToS3(creds, geojson);
  return uploads.createUpload({ tileset: 'kelston-parking.zones', url: creds.url });
}`)}

The secret token is only used in the build script, so it's fine in the repo, right?`, 'pk.* Mapbox token is public by design, the sk.* one is labelled'),

  rec('shell', f`Tallinna parkimise andmete eksport DigitalOceani serverist ei tööta:

$ doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}
Error: Unable to use default context: unable to initialize DigitalOcean API client: access token is required

Mis viga on?`),

  rec('azure_url', f`The traffic-count CSVs for the council website are in blob storage. The public link we gave the consultant stopped working:
https://kelstontraffic.blob.core.windows.net/counts/2024-Q3-intersections.csv?sp=r&st=2024-10-01T00:00:00Z&se=2024-10-31T23:59:59Z&spr=https&sv=2022-11-02&sr=b&sig=${v('credential.azure_sas_token', SAS_SIG)}
Can I just extend the se= date in the URL?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# azure-pipelines.yml — citation-portal
trigger: [ main ]
pool: { vmImage: ubuntu-latest }
steps:
  - script: |
      git remote add upstream https://kelston:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/kelston-council/parking/_git/citation-portal
      git fetch upstream
    displayName: Sync fork`)}

Is there a better way than embedding the PAT in the remote?`),

  rec('chat', f`New Relic alerts for the parking kiosk fleet are noisy. The license/user key in the kiosk image is ${v('credential.newrelic_key', NRAK)}. Can you write an NRQL condition that only fires when >3 kiosks in the same zone go offline?`),

  rec('chat_ta', f`வணக்கம், இந்த மின்னஞ்சலை ஆங்கிலத்தில் மொழிபெயர்த்துத் தர முடியுமா? "புதிய பார்க்கிங் அபராத போர்டலுக்கான பயனர் பெயர்: chennai_zone4, கடவுச்சொல்: ${v('credential.password_in_prose', 'Marina@Beach2024')}. முதல் உள்நுழைவில் மாற்றவும்."`),

  rec('chat_ta_en', f`Anna, Shopify store for the council merch shop (parking permits stickers etc.) — admin token ${v('credential.shopify_access_token', SHPAT)} stopped working after the app reinstall. Puthu token generate pannanuma? Please tell steps.`),

  rec('python', f`${code(f`# signing key for permit QR codes (kiosk firmware build)
PERMIT_SIGNING_KEY = """${v('credential.private_key', RSA)}"""

def sign_permit(permit_id: str, plate: str, valid_to: str) -> bytes:
    payload = f"{permit_id}|{plate}|{valid_to}".encode()
    return rsa_sign(PERMIT_SIGNING_KEY, payload)`)}

Why is the QR so dense? Can we switch to a smaller signature?`),

  rec('chat_ru', f`Коллеги, помогите с curl. Надо выгрузить штрафы за парковку через API подрядчика, а он отвечает 401:

curl -u parking_export:${v('credential.cli_password', 'Nevsky-Prospekt-19')} https://fines-api.kerbside-meters.com/v1/export?from=2024-11-01

Пароль точно правильный, в браузере заходит.`),

  rec('chat_id', f`Tolong bantu bikin email ke vendor payment gateway. Kita pakai phone support mereka di ${phone('+62 812-8734-5521')} tapi nggak ada jawaban. Info akun: merchant id WV-ID-0093, secret key ${v('credential.generic_secret_assignment', fill('b28-midtrans', B62, 32))}. Transaksi refund tiket kereta dari kemarin gagal semua.`, 'secret key written after "secret key" in Indonesian prose'),
];

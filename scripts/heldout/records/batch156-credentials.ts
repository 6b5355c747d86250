/**
 * Held-out batch 156: credentials pasted by an orthodontic chain's treatment coordinators, a theatre
 * lighting and rigging hire company, a national park's permits and ranger dispatch office, a
 * car-sharing startup's fleet and damage team, a notary office and a telecom tower leasing
 * company's landlord relations team, in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b156-akia', B32, 16));
const AWS_SECRET = fill('b156-awssec', B64, 40);
const GHP = gh('ghp', 'Rv7Qk2Lw9Tx4Mb8Nc1Zd6Hf3Js5Gp0');
const GLPAT = tok('glpat-', fill('b156-glpat', B62 + '-_', 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b156-slt', UPPER + DIGITS, 8), '/B07', fill('b156-slb', UPPER + DIGITS, 8), '/', fill('b156-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b156-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b156-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b156-oai1', B64URL, 74), 'T3BlbkFJ', fill('b156-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b156-ant', B64URL, 93), 'AA');
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b156-aiza', B64URL, 33));
const AZ_STORAGE = tok(fill('b156-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b156-azc1', B62, 3), '8Q~', fill('b156-azc2', B62 + '~._-', 34));
const TWILIO_SID = tok('AC', fill('b156-twsid', HEX, 32));
const TWILIO_AUTH = fill('b156-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b156-sg1', B64URL, 22), '.', fill('b156-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b156-mg', HEX, 32));
const TELEGRAM = tok('7319482056', ':AA', fill('b156-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248392017465839104', '/', fill('b156-dch', B64URL, 68));
const TEAMS_HOOK = tok('https://spirelink.webhook.office.com/webhookb2/', '7c1e9a42-3b85-4d07-a6f2-19e8c4b0d573@2f8d6b14-9a37-4e5c-81b0-c6d2e7f4a395/IncomingWebhook/', fill('b156-teams1', HEX, 32), '/', 'a94c2e71-0d58-4b3f-9e26-5f1c8b7d3a60/', 'V2', fill('b156-teams2', B64URL, 43));
const NPM = gh('npm', 'Kd3Wq8Rz1Tm6Yb9Lx4Nc7Hp2Gv5Fs0');
const DCKR = tok('dckr_', 'pat_', fill('b156-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b156-shpat', HEX, 32));
const LINEAR = tok('lin_', 'api_', fill('b156-lin', B62, 40));
const NOTION = tok('ntn_', fill('b156-ntn1', DIGITS, 11), fill('b156-ntn2', B62, 35));
const SENTRY_DSN = tok('https://', fill('b156-sdsn', HEX, 32), '@o4507213.ingest.de.sentry.io/4507219384715', '264');
const DD_API = fill('b156-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b156-hvs', B64URL, 90));
const DATABRICKS = tok('dapi', fill('b156-dapi', HEX, 32));
const DO_TOKEN = tok('dop_', 'v1_', fill('b156-dop', HEX, 64));
const CF_TOKEN = fill('b156-cftok', B62 + '_-', 40);
const HF = tok('hf_', fill('b156-hf', B62, 34));
const GROQ = tok('gsk_', fill('b156-gsk', B62, 52));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'rovacar', a: fill('b156-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b156-mbx', B64URL, 22));
const SQUARE = tok('EAAA', fill('b156-square', B64URL, 60));
const OKTA = tok('00', fill('b156-okta', B64URL, 40));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b156-atl', B64URL, 171), '=', fill('b156-atl2', HEX.toUpperCase(), 8));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b156-pypi', B64URL, 150));
const HEROKU = tok('HRKU-', 'AA', fill('b156-hrku', B64URL, 58));
const TFC = tok(fill('b156-tfc1', B62, 14), '.atlasv1.', fill('b156-tfc2', B62, 67));
const AZ_SAS = `${fill('b156-sas1', B62, 16)}%2B${fill('b156-sas2', B62, 14)}%2F${fill('b156-sas3', B62, 11)}%3D`;
const RSA_KEY = pem('RSA PRIVATE KEY', 'b156-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b156-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b156-sapem', 1216);
const SA_KEY_ID = fill('b156-sakid', HEX, 40);
const JWT_FLEET = jwt({ alg: 'RS256', typ: 'JWT', kid: 'fleet-2024-11' }, { sub: 'svc-damage-intake', aud: 'telematics.rovacar.io', scope: 'vehicles:read unlock:write', iat: 1733129000, exp: 1764665000 }, 'b156-jwtfleet');
const JWT_PERMIT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'ranger-dispatch', role: 'permits_admin', park: 'KRNP', iat: 1732011200, exp: 1763547200 }, 'b156-jwtpermit');
const BEARER = fill('b156-bearer', B62 + '-._~', 56);
const B64_STRIPE = b64(STRIPE_LIVE);
const BASIC = b64('rigging-api:Shackle_Bridle_77');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH156_CREDENTIALS: DraftRecord[] = [
  // --- car-sharing fleet & damage team -------------------------------------------------------
  rec('env_file', f`Our damage-photo uploader broke after the bucket move to eu-central-1. .env of the intake worker:

${cfg(f`# damage-intake/.env.production
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
DAMAGE_BUCKET=rovacar-damage-photos-euc1
TELEMATICS_JWT=${v('credential.jwt', JWT_FLEET)}
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}`)}

It says "The bucket you are attempting to access must be addressed using the specified endpoint".`),

  rec('chat_de', f`Hey, kannst du mir sagen warum der Stripe-Webhook für die Schadenspauschale immer 400 liefert? Signing secret ist ${v('credential.stripe_webhook_secret', WHSEC)}, den Live-Key ${v('credential.stripe_secret_key', STRIPE_LIVE)} hab ich im Dashboard neu erstellt. Vielleicht falsches Endpoint-Secret?`),

  rec('code_ts', f`Fleet dashboard map stopped loading tiles — Mapbox says 401 only in prod:

\`\`\`ts
${code(f`import mapboxgl from 'mapbox-gl';

// TODO move to env before launch
const MAPBOX_SECRET = '${v('credential.mapbox_secret_token', MAPBOX)}';
const GOOGLE_GEOCODE_KEY = '${v('credential.google_api_key', GOOGLE_KEY)}';

export async function geocodeDamageLocation(lat: number, lng: number): Promise<string> {
  const r = await fetch(\`https://maps.googleapis.com/maps/api/geocode/json?latlng=\${lat},\${lng}&key=\${GOOGLE_GEOCODE_KEY}\`);
  const j = await r.json();
  return j.results?.[0]?.formatted_address ?? 'unknown';
}`)}
\`\`\``),

  rec('chat_nl', f`kan iemand checken of deze Twilio-gegevens nog werken voor de sms "uw auto is ontgrendeld"? Account SID ${v('credential.twilio_account_sid', TWILIO_SID)}, auth token ${v('credential.twilio_auth_token', TWILIO_AUTH)}. Sinds gisteren krijgen we 20003 errors.`),

  rec('curl', f`This call to the telematics vendor works from my laptop but the unlock lambda gets 403:

${cfg(f`curl -X POST "https://api.telematics-partner.eu/v3/vehicles/WVWZZZE1ZPP048213/unlock" \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "X-Fleet-Id: rovacar-ber"`)}`),

  rec('chat_pt_br', f`gente, o app dos motoristas tá caindo no login. Coloquei a chave da OpenAI pra classificar foto de avaria: ${v('credential.openai_api_key', OPENAI)} — será que estourou a cota? o log só mostra 429`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: fleet
type: Opaque
data:
  STRIPE_SECRET_KEY: ${v('credential.base64_encoded_token', B64_STRIPE)}
  LOG_LEVEL: ZGVidWc=`)}

Pod still uses the old key after rollout restart, why?`),

  rec('python', f`${code(f`import requests

HF_TOKEN = "${v('credential.huggingface_token', HF)}"
GROQ_KEY = "${v('credential.groq_api_key', GROQ)}"

def describe_scratch(image_url: str) -> str:
    r = requests.post(
        "https://api.groq.com/openai/v1/chat/completions",
        headers={"Authorization": f"Bearer {GROQ_KEY}"},
        json={"model": "llama-3.2-90b-vision-preview", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": image_url}}]}]},
        timeout=30,
    )
    return r.json()["choices"][0]["message"]["content"]`)}

damage team wants a second opinion model, is this ok or should we self-host the HF one?`),

  rec('chat_pl', f`Cześć, zmieniłem hasło do panelu floty, nowe to ${v('credential.password_in_prose', 'Hulajnoga#4821')} — wrzuć proszę do 1Password, ja nie mam dostępu do sejfu zespołu szkód.`),

  // --- national park permits & ranger dispatch ---------------------------------------------
  rec('config', f`Dispatch radio gateway won't post alerts to the ranger channel. config.yaml:

${cfg(f`dispatch:
  station: KRNP-HQ
  gateway_host: ${amb('pii.ip_address', '10.30.4.18')}
  poll_seconds: 20
notify:
  slack_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  telegram_bot_token: ${v('credential.telegram_bot_token', TELEGRAM)}
  telegram_chat: -1002184736591`)}`),

  rec('chat_fr_ca', f`Allô, le système de permis de camping plante depuis la mise à jour. Le mot de passe de la base c'est ${v('credential.password_in_prose', 'Orignal-Lac-2291')} pis l'usager c'est permis_app. Peux-tu m'aider à lire l'erreur « FATAL: password authentication failed »? Je l'ai changé hier pis j'suis pas sûr qu'il a été pris.`),

  rec('env_file', f`${cfg(f`# permits-portal/.env
DATABASE_URL=postgres://permits_app:${v('credential.database_url_password', 'Wapiti!Trail-58')}@db.permits.internal:5432/permits
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
PERMIT_SIGNING_JWT=${v('credential.jwt', JWT_PERMIT)}
MAIL_FROM=${v('pii.email', 'permits@kestrelridge-np.org')}`)}

Backcountry permit PDFs arrive without the QR code. Which service renders them?`),

  rec('chat_de_ch', f`Grüezi mitenand, de Zuegang zum Bewilligungsportal für d'Wildhüeter isch: Benutzer "wildhut.engadin", Passwort ${v('credential.password_in_prose', 'Steinbock_Piz7')}. Chasch mer hälfe, es churzes Mail a d'Ranger z'schriibe, dass sie's bim erschte Login ändere müend?`),

  rec('chat_ja', f`レンジャー無線の中継サーバーにSSHできません。鍵はこれです。パスフレーズは設定していません。

${v('credential.openssh_private_key', OSSH)}

「Permission denied (publickey)」と出ます。authorized_keysの権限の問題でしょうか？`),

  rec('shell', f`nightly export of permits to the GIS team fails, cron mail says access denied:

${cfg(f`$ mysqldump -h permits-db.internal -u gis_export -p${v('credential.mysql_cli_password', 'Kiefer_Moos_93')} permits backcountry_permits > /srv/gis/permits_$(date +%F).sql
mysqldump: Got error: 1045: Access denied for user 'gis_export'@'${amb('pii.ip_address', '10.30.7.42')}' (using password: YES)`)}`),

  rec('chat_ka', f`გამარჯობა! პარკის ნებართვების სისტემის ადმინის პაროლი არის ${v('credential.password_in_prose', 'Lomi-Borjomi-44')}, მომხმარებელი: admin_permits. დამეხმარე ინგლისურად დავწერო წერილი კონტრაქტორს, რომ პირველივე შესვლისას შეცვალოს.`),

  rec('code_python', f`${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_AUTH)}"

def page_rangers(numbers: list[str], text: str) -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    for n in numbers:
        client.messages.create(to=n, from_="${amb('pii.phone', '+12025550143')}", body=text)`)}

wildfire callout script. Is it better to use a Messaging Service than looping?`),

  // --- orthodontic clinic chain ------------------------------------------------------------------
  rec('chat_en_gb', f`Morning! The reminder texts for aligner check-ins stopped going out. Our practice-management integration uses the Mailgun key ${v('credential.mailgun_api_key', MAILGUN)} for e-mails and I think someone revoked it. How do I test it from the command line?`),

  rec('chat_it', f`Ciao, mi scrivi una mail gentile per la nuova coordinatrice? Deve entrare nel gestionale della clinica di Bergamo: utente "c.rinaldi", password provvisoria ${v('credential.password_in_prose', 'Apparecchio#7Bg')}. Al primo accesso il sistema chiede di cambiarla.`),

  rec('json_config', f`Intraoral scanner sync app (v4.2.1) fails to upload to the cloud. appsettings.json:

${cfg(f`{
  "ScannerSync": {
    "ClinicId": "CB-MAN-03",
    "Upload": {
      "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=clearbitescans;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
      "Container": "stl-uploads"
    },
    "AzureAd": { "TenantId": "5c2e8a17-4d93-4f61-b0a8-3e7d91c4f256", "ClientId": "b81f4c29-6e3a-47d5-9c02-a5e7f3d1b864", "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}" }
  }
}`)}`),

  rec('chat_ar', f`مرحبا، أحتاج مساعدة في كتابة رسالة لمنسقة العلاج الجديدة في فرع الرياض. بيانات الدخول لنظام المواعيد: اسم المستخدم dr.lama، كلمة المرور ${v('credential.password_in_prose', 'Tabassum@2024')}. يرجى تغييرها بعد أول تسجيل دخول.`),

  rec('chat_ko', f`교정 치과 예약 시스템 API 키가 이거예요: ${v('credential.sendgrid_api_key', SENDGRID)} 환자 리마인더 메일이 스팸함으로 가요. SPF/DKIM 설정 문제일까요?`),

  rec('shell', f`${cfg(f`$ psql "postgresql://ortho_reports:${v('credential.database_url_password', 'Bracket&Wire_2024')}@ortho-db.clearbite.local:5432/treatment"
psql: error: connection to server at "ortho-db.clearbite.local" (${amb('pii.ip_address', '192.168.40.12')}), port 5432 failed: FATAL:  no pg_hba.conf entry for host "${amb('pii.ip_address', '192.168.40.77')}", user "ortho_reports"`)}

what do I add to pg_hba for the reporting laptop subnet?`),

  rec('chat_hi', f`नमस्ते, क्लिनिक के नए मैनेजमेंट सॉफ़्टवेयर का लॉगिन भेज रहा हूँ — यूज़रनेम: pune.coord2, पासवर्ड: ${v('credential.password_in_prose', 'Muskaan#5512')}। कृपया इसे एक छोटे WhatsApp मैसेज में बदल दो, अंग्रेज़ी में।`),

  rec('code_php', f`${code(f`<?php
// clinic reminder cron – sends aligner change reminders
$sg = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$pdo = new PDO('mysql:host=localhost;dbname=ortho', 'ortho_cron', '${v('credential.password_assignment', 'Elastics!Class2')}');
$rows = $pdo->query("SELECT email, first_name FROM patients WHERE next_tray_change = CURDATE()");
foreach ($rows as $r) {
    $mail = new \\SendGrid\\Mail\\Mail();
    $mail->setFrom('${v('pii.email', 'no-reply@clearbite-ortho.com')}');
    $mail->addTo($r['email']);
    $sg->send($mail);
}`)}

Upgrade to PHP 8.3 broke this, "Class SendGrid not found".`),

  // --- theatre lighting & rigging hire -------------------------------------------------------------
  rec('chat_en_gb', f`Our hire-management system posts job confirmations to Teams. New webhook after the tenant migration is ${v('credential.teams_webhook_url', TEAMS_HOOK)} — the cards show up empty though. Is the payload format different for Workflows?`),

  rec('code_js', f`Shopify store for consumables (gels, gaffer tape) — the stock sync to our warehouse only gets 401:

${code(f`const SHOP = 'lumen-truss-consumables.myshopify.com';
const TOKEN = '${v('credential.shopify_access_token', SHPAT)}';

async function setStock(inventoryItemId, qty) {
  const res = await fetch(\`https://\${SHOP}/admin/api/2024-10/inventory_levels/set.json\`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ location_id: 71839204, inventory_item_id: inventoryItemId, available: qty }),
  });
  if (!res.ok) throw new Error(await res.text());
}`)}`),

  rec('http', f`${cfg(f`GET /api/v2/rigging/loadcalc?truss=HD34&span=12&points=4 HTTP/1.1
Host: hire.lumentruss.co.uk
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

This returns 500 for spans over 10 m — is it our request or their API?`),

  rec('chat_fr', f`Salut, le pupitre grandMA3 de la tournée se synchronise plus avec notre NAS. Identifiants du partage : utilisateur regie_tournee, mot de passe ${v('credential.password_in_prose', 'Projecteur!Lyre42')}. Tu peux m'écrire la commande smbclient pour tester ?`),

  rec('chat_cs', f`Ahoj, pošli prosím technikovi do Brna přístup k půjčovnímu systému: login brno.sklad, heslo ${v('credential.password_in_prose', 'Reflektor-2024!')}. A přelož mi to do angličtiny, je z Irska.`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml – hire-app
variables:
  DOCKER_AUTH_USER: lumentruss
  DOCKER_AUTH_TOKEN: ${v('credential.dockerhub_pat', DCKR)}
  NPM_TOKEN: ${v('credential.npm_token', NPM)}
build:
  image: node:22
  script:
    - echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc
    - npm ci && npm run build
    - echo "$DOCKER_AUTH_TOKEN" | docker login -u "$DOCKER_AUTH_USER" --password-stdin`)}

Pipeline fails at npm ci with E401, the token is an automation token.`),

  rec('chat_sv', f`Hej, Linear-integrationen för reparationsärenden (trasiga movingheads osv.) slutade synka. Nyckeln ${v('credential.linear_api_key', LINEAR)} ligger i Zapier. Kan du skriva en kort instruktion om hur man byter den?`),

  rec('chat_ru', f`Привет! Помоги перевести на английский сообщение для монтажников: «Доступ к складской системе: логин sklad_msk, пароль ${v('credential.password_in_prose', 'Ferma_Podves77')}. Пароль сменить после первого входа». Спасибо!`),

  rec('lua', f`grandMA3 plugin that pulls the hire job list for the venue show file:

${code(f`local API = "https://hire.lumentruss.co.uk/api/v2/jobs"
local TOKEN = "${v('credential.generic_secret_assignment', fill('b156-ma3tok', B62, 32))}"

local function fetchJobs(venue)
  local url = API .. "?venue=" .. venue
  local ok, body = HttpGet(url, { ["X-Api-Token"] = TOKEN })
  if not ok then Printf("fetch failed: " .. tostring(body)) return {} end
  return JsonDecode(body)
end

return function() for _, j in ipairs(fetchJobs("lyceum")) do Printf(j.ref) end end`)}`),

  // --- notary office -----------------------------------------------------------------------------
  rec('chat_de_at', f`Servus, für das Grundbuch-Abfrageservice hab ich jetzt die neuen Zugangsdaten vom Dienstleister: Benutzer notariat.vogel, Passwort ${v('credential.password_in_prose', 'Grundbuch-Einlage_31')}. Kannst du mir ein kurzes Memo für die Kanzlei schreiben, wer die Daten bekommt?`),

  rec('sftp', f`Die Übertragung der Urkunden-PDFs ans Archiv bricht ab:

${cfg(f`$ lftp -u archiv_upload,${v('credential.cli_password', 'Siegel+Urkunde_2024')} sftp://archiv.notariat-vogel.de
lftp ${amb('pii.email', 'archiv_upload@archiv.notariat-vogel.de')}:~> mirror -R /srv/urkunden/2024-11 /incoming
mirror: Fatal error: max-retries exceeded`)}`),

  rec('chat_es', f`Hola, ¿me ayudas con el correo para la gestoría? Les damos acceso temporal al portal de escrituras: usuario gestoria_sol, contraseña ${v('credential.password_in_prose', 'Escritura#Notaria9')}. Caduca el viernes.`),

  rec('code_csharp', f`${code(f`public static class DeedArchive
{
    private const string ConnString =
        "Server=tcp:notariat-sql.database.windows.net,1433;Database=deeds;User ID=deed_writer;Password=${v('credential.connection_string_password', 'Grundschuld!Brief8')};Encrypt=True;";

    public static async Task SaveAsync(Deed d)
    {
        await using var con = new SqlConnection(ConnString);
        await con.OpenAsync();
        await con.ExecuteAsync("INSERT INTO Deeds (Ref, Parcel, SignedOn) VALUES (@Ref, @Parcel, @SignedOn)", d);
    }
}`)}

Dapper throws "Login failed for user" only from the build agent.`),

  rec('chat_el', f`Γεια σου, μπορείς να μεταφράσεις στα αγγλικά; «Ο κωδικός πρόσβασης για το Κτηματολόγιο είναι ${v('credential.password_in_prose', 'Symvolaio!2024')} και το όνομα χρήστη notario_ath. Μην τον στείλετε με email.»`),

  rec('chat_tr', f`Merhaba, tapu randevu sistemine giriş için şifre ${v('credential.password_in_prose', 'Tapu_Kadikoy44')}, kullanıcı adı noter.kadikoy. Bunu İngilizce kısa bir notla stajyere iletmek istiyorum, yardım eder misin?`),

  rec('chat_he', f`היי, אפשר עזרה לנסח מייל לעורכת הדין? הסיסמה למערכת רישום המקרקעין היא ${v('credential.password_in_prose', 'Tabu#Haifa2024')} ושם המשתמש notary.haifa. צריך להחליף אחרי הכניסה הראשונה.`),

  rec('gcp_key', f`Our deed OCR pipeline on Document AI fails with "invalid_grant". Service account file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "notariat-deed-ocr",
  "private_key_id": "${SA_KEY_ID}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'deed-ocr@notariat-deed-ocr.iam.gserviceaccount.com')}",
  "client_id": "108273946152038471926",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'deed-ocr%40notariat-deed-ocr.iam.gserviceaccount.com')}"
}`))}

Is it the clock on the server?`),

  // --- telecom tower leasing ------------------------------------------------------------------------
  rec('router_cfg', f`Site router at tower SPL-NL-0412 won't accept the new SNMP poller. Running config excerpt:

${cfg(f`hostname SPL-NL-0412-RTR
!
username noc privilege 15 secret 9 ${ambCat('credential', '$9$Qw7nR2xLk8Pz0e$V3tYb5cM1sD9gF4hJ6kL2zX8vN0qW7eR3tY5uI1oP4a')}
enable password ${v('credential.network_device_secret', 'Mast#Beacon2024')}
!
snmp-server community ${v('credential.network_device_secret', 'spl-ro-7731x')} RO 10
snmp-server host ${amb('pii.ip_address', '10.88.0.15')} version 2c ${v('credential.network_device_secret', 'spl-ro-7731x')}
!
interface GigabitEthernet0/0
 ip address ${amb('pii.ip_address', '10.88.12.2')} ${amb('pii.ip_address', '255.255.255.252')}`)}`, 'the SNMP community repeats on the snmp-server host line and is labelled again; the type-9 hash is ambiguous'),

  rec('chat_it', f`Ciao, la password del portale proprietari (dove i locatori dei terreni per le torri scaricano le fatture) è ${v('credential.password_in_prose', 'Traliccio_Puglia22')}, utente locatori.sud. Mi aiuti a scrivere una mail al signor Greco per dirgli come accedere?`),

  rec('env_file', f`${cfg(f`# lease-portal/.env
DATABRICKS_HOST=https://adb-4718293065172846.6.azuredatabricks.net
DATABRICKS_TOKEN=${v('credential.databricks_token', DATABRICKS)}
DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
VAULT_TOKEN=${v('credential.vault_token', VAULT)}`)}

landlord rent-index job: which of these can I drop after moving off DigitalOcean?`),

  rec('chat_pt_pt', f`Olá! Preciso de enviar ao senhorio do terreno da torre de Viseu o acesso ao portal de rendas: utilizador senhorio.viseu, palavra-passe ${v('credential.password_in_prose', 'Antena#Douro58')}. Podes redigir um e-mail curto e formal?`),

  rec('powershell', f`${code(f`$sas = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-03-31T23:59:59Z&spr=https&sig=${v('credential.azure_sas_token', AZ_SAS)}"
$uri = "https://spireleases.blob.core.windows.net/lease-pdfs?restype=container&comp=list&$sas"
$xml = [xml](Invoke-WebRequest -Uri $uri -UseBasicParsing).Content
$xml.EnumerationResults.Blobs.Blob | Select-Object Name, @{n='Size';e={$_.Properties.'Content-Length'}}`)}

Lists nothing although the container has 3,000 lease PDFs. Is the srt wrong?`),

  rec('chat_vi', f`Chào bạn, mật khẩu của tài khoản quản trị hệ thống hợp đồng thuê trạm là ${v('credential.password_in_prose', 'ThapSong@HN88')}, tên đăng nhập admin.hanoi. Bạn giúp mình viết email ngắn bằng tiếng Anh gửi cho đối tác nhé.`),

  rec('terraform', f`${cfg(f`# ~/.terraform.d/credentials.tfrc.json
{ "credentials": { "app.terraform.io": { "token": "${v('credential.terraform_cloud_token', TFC)}" } } }`)}
and the heroku one for the landlord microsite: HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} — can both live in the same CI variable group?`),

  rec('chat_th', f`สวัสดีค่ะ รหัสผ่านเข้าระบบสัญญาเช่าเสาสัญญาณคือ ${v('credential.password_in_prose', 'Sao-Khon2024!')} ชื่อผู้ใช้ landlord.khonkaen ช่วยเขียนอีเมลภาษาอังกฤษสั้นๆ แจ้งเจ้าของที่ดินหน่อยค่ะ`),

  rec('pem_chat', f`Site engineer sent me this for the tower monitoring box, is this the key or the cert? Can't tell.

${v('credential.private_key', RSA_KEY)}`),

  rec('chat_id', f`Halo, tolong bantu saya tulis pesan singkat ke pemilik lahan menara di Bandung. Akun portal sewa: pemilik.bdg, kata sandi ${v('credential.password_in_prose', 'Menara#Bdg771')}. Harus diganti setelah login pertama.`),

  rec('chat_en_in', f`Hi team, Atlassian token for the landlord-escalations Jira board is ${v('credential.atlassian_api_token', ATLASSIAN)} — please check why the automation rule returns 401. Mine is ${v('pii.email', 'rohit.menon@spirelink-towers.com')}.`),

  rec('chat_zh', f`你好，铁塔租赁系统的 Notion 集成令牌是 ${v('credential.notion_token', NOTION)}，同步业主合同的时候总是报 401。是不是要重新授权页面？`),

  rec('python', f`${code(f`import os, requests

OKTA_ORG = "https://spirelink.okta.com"
OKTA_TOKEN = "${v('credential.okta_api_token', OKTA)}"
DD_API_KEY = os.getenv("DD_API_KEY", "${v('credential.datadog_api_key', DD_API)}")

def deactivate(login: str) -> int:
    u = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers={"Authorization": f"SSWS {OKTA_TOKEN}"}).json()
    return requests.post(f"{OKTA_ORG}/api/v1/users/{u['id']}/lifecycle/deactivate", headers={"Authorization": f"SSWS {OKTA_TOKEN}"}).status_code`)}

offboarding script for landlord-relations contractors; how do I also revoke their sessions?`),

  rec('chat_da', f`Hej, kan du hjælpe med en kort mail til Mette? Hun skal bruge vores GitHub-token til lejekontrakt-repoet: ${v('credential.github_pat', GHP)}. Og GitLab-mirroret bruger ${v('credential.gitlab_pat', GLPAT)}. Skriv at hun ikke må dele dem.`),

  rec('chat_bn', f`হ্যালো, ক্লিনিকের রিপোর্টিং ড্যাশবোর্ডের জন্য Anthropic কী দিচ্ছি: ${v('credential.anthropic_api_key', ANTHROPIC)} — রোগীর নাম ছাড়া সারাংশ বানাতে চাই। কোডে কিভাবে ব্যবহার করব একটু দেখাবেন?`),

  rec('chat_tl', f`Hi po, paki-check naman kung bakit ayaw mag-connect ng POS sa Square: access token ${v('credential.square_access_token', SQUARE)}. Yung deposit para sa rigging rental sa Makati hindi pumapasok.`),

  rec('chat_fi', f`Moi! Voitko kirjoittaa lyhyen viestin? Discord-kanavan webhook huoltovuoroille on ${v('credential.discord_webhook_url', DISCORD_HOOK)} ja pypi-julkaisun token ${v('credential.pypi_token', PYPI)}. Molemmat pitää vaihtaa, koska ne näkyivät näytönjaossa.`),

  rec('chat_am', f`ሰላም፣ ለፓርኩ የፈቃድ ሥርዓት አዲሱ የይለፍ ቃል ${v('credential.password_in_prose', 'Semien#Park2024')} ነው፤ የተጠቃሚ ስም ranger.debark። ለአዲሶቹ ጠባቂዎች አጭር የእንግሊዝኛ መልእክት እንድጽፍ እርዳኝ።`),

  rec('chat_sw', f`Habari, nisaidie kuandika ujumbe mfupi kwa mgambo mpya. Nenosiri la mfumo wa vibali vya hifadhi ni ${v('credential.password_in_prose', 'Tembo-Serengeti9')} na jina la mtumiaji ni mgambo.seronera. Abadilishe baada ya kuingia mara ya kwanza.`),

  rec('chat_en', f`sshpass in the tower-audit script keeps hanging:

${cfg(f`sshpass -p '${v('credential.cli_password', 'Lattice_Guyed_88')}' ssh -o StrictHostKeyChecking=no audit@${amb('pii.ip_address', '10.88.41.7')} 'cat /var/log/ups.log'`)}

Can you rewrite it to use a key instead?`),
];

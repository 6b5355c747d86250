/**
 * Held-out batch 129: credentials pasted by staff of a regional stock exchange's market surveillance,
 * a laundromat and dry-cleaning chain, a geothermal plant's control room, a university hospital's
 * gamete bank, a citizen-science bird-ringing network and a tutoring marketplace's payouts desk.
 * Hand-written, many languages.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const KAFKA_PW = fill('b129-kafka', B62, 24);
const VAULT = tok('hvs.', 'CAESI', fill('b129-vault', B64URL, 86));
const OKTA = tok('00', fill('b129-okta', B64URL, 40));
const AZ_SECRET = tok(fill('b129-azs1', B62, 3), '8Q~', fill('b129-azs2', B62 + '_-.~', 31));
const SURV_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'mrx-surv-2025' }, { sub: 'svc-alerts', aud: 'mrx-smarts', scope: 'alerts:read orders:read', iat: 1736931600, exp: 1736935200 }, 'b129-survjwt');
const PGP_BODY = `lQVYBGd${fill('b129-pgp0', B64, 57)}\n${(fill('b129-pgp1', B64, 640).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b129-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const SPLUNK_HEC = `${fill('b129-hec1', HEX, 8)}-${fill('b129-hec2', HEX, 4)}-${fill('b129-hec3', HEX, 4)}-${fill('b129-hec4', HEX, 4)}-${fill('b129-hec5', HEX, 12)}`;

const SQ = tok('EAAA', fill('b129-sq', B64URL, 60));
const TW_SID = tok('AC', fill('b129-twsid', HEX, 32));
const TW_AUTH = fill('b129-twauth', HEX, 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b129-sklive', B62, 97));
const MAILCHIMP = tok(fill('b129-mc', HEX, 32), '-us14');
const GMAPS = tok('AIza', 'Sy', fill('b129-gmaps', B64URL, 33));
const MQTT_PW = 'Schleuder-7!Trommel';
const SHOPIFY = tok('shpat_', fill('b129-shpat', HEX, 32));

const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b129-rtu', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GLSA = tok('glsa_', fill('b129-glsa1', B62, 32), '_', fill('b129-glsa2', HEX, 8));
const DD_API = fill('b129-ddapi', HEX, 32);
const INFLUX = fill('b129-influx', B64URL, 86) + '==';
const RSA_KEY = pem('RSA PRIVATE KEY', 'b129-hist', 1190);

const AZ_STORAGE = fill('b129-azst', B64, 86) + '==';
const SENTRY_KEY = fill('b129-sentry', HEX, 32);
const SG = tok('SG.', fill('b129-sg1', B64URL, 22), '.', fill('b129-sg2', B64URL, 43));
const REDCAP = fill('b129-redcap', HEX.toUpperCase(), 32);
const TEAMS = tok('https://uhkgamete.webhook.office.com/webhookb2/', '8c2e41f7-3a90-4d6b-b1e5-7f0a92c4d318@4f1b7e20-9c3d-48a6-a5e2-0d61b8f93c47/IncomingWebhook/', fill('b129-teams1', HEX, 32), '/', 'b7d03e5a-1f48-4c29-9e6b-53a0c2d8f174/', 'V2', fill('b129-teams2', B64URL, 43));

const GHP = gh('ghp', 'Qm4Tr7Yc2Wn8Lk1Hx5Bv9Dz3Pa6Sf0');
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'ringnet', a: fill('b129-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b129-mbx', B64URL, 22));
const HF = tok('hf_', fill('b129-hf', UPPER + LOWER, 34));
const OPENAI = tok('sk-proj-', fill('b129-oai1', B64URL, 74), 'T3BlbkFJ', fill('b129-oai2', B64URL, 74));
const TELEGRAM = tok('7318264095', ':AA', fill('b129-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1327048193562817402', '/', fill('b129-dischook', B64URL, 68));
const CF_TOKEN = fill('b129-cftok', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('b129-do', HEX, 64));
const NOTION = tok('ntn_', fill('b129-ntn1', DIGITS, 11), fill('b129-ntn2', B62, 35));
const GROQ = tok('gsk_', fill('b129-groq', B62, 52));

const RK_LIVE = tok('rk_', 'live_', '51', fill('b129-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b129-whsec', B62, 32));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b129-ant', B64URL, 93), 'AA');
const AWS_ID = tok('AKIA', fill('b129-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b129-awssec', B64, 40);
const SLACK_BOT = tok('xoxb-', '5820193746', '1-', '8412093756128-', fill('b129-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05K8QZ3M1R', '/', 'B08A4L7N2XC', '/', fill('b129-slhook', B62, 24));
const SENTRY_USER = tok('sntryu_', fill('b129-sntryu', HEX, 64));
const NPM = gh('npm', 'Jk3Lm8Nq2Rs6Tv1Wx5Yz9Ab4Cd7Ef0');
const DOCKER_AUTH = b64(`tutorbridge-ci:${tok('dckr_', 'pat_', fill('b129-dckr', B64URL, 27))}`);
const SUPABASE = tok('sbp_', fill('b129-sbp', HEX, 40));
const LINEAR = tok('lin_', 'api_', fill('b129-linear', B62, 40));
const AIRTABLE = tok('pat', fill('b129-at1', B62, 14), '.', fill('b129-at2', HEX, 64));
const DATABRICKS = tok('dapi', fill('b129-dapi', HEX, 32));
const PAYPAL_SECRET = fill('b129-ppsec', B64URL, 80);
const GITLAB = tok('glpat-', fill('b129-glpat', B62 + '-_', 20));
const POSTMAN = tok('PMAK-', fill('b129-pmak1', HEX, 24), '-', fill('b129-pmak2', HEX, 34));
const MAILGUN = tok('key-', fill('b129-mg', HEX, 32));

export const BATCH129_CREDENTIALS: DraftRecord[] = [
  // ── regional stock exchange, market surveillance ──
  rec('properties', f`Consumer for the order-book replay can't authenticate since the broker moved to SASL/SCRAM. client.properties:

${cfg(f`bootstrap.servers=kafka-surv-01.mrx.internal:9093,kafka-surv-02.mrx.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="surv-replay" password="${v('credential.password_assignment', KAFKA_PW)}";
group.id=surv-replay-2025q1
auto.offset.reset=earliest`)}

Error: "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512".`),

  rec('chat_sv', f`Hej! Kan du hjälpa mig förstå varför vault-agenten inte förnyar sin token? Jag testade manuellt:

$ export VAULT_ADDR=https://vault.mrx.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault token lookup
Error looking up token: permission denied

Policyn heter surv-ro och token skapades i går kväll.`),

  rec('chat_fi', f`Tarvitsen apua Okta-integraation kanssa. Valvontajärjestelmän käyttäjäsynkronointi palauttaa 403. API-token on ${v('credential.okta_api_token', OKTA)} ja se luotiin read-only-adminille. Riittääkö se ryhmien listaamiseen?`),

  rec('env_file', f`${cfg(f`# surveillance-alerts/.env.prod
AZURE_TENANT_ID=4f1b7e20-9c3d-48a6-a5e2-0d61b8f93c47
AZURE_CLIENT_ID=a83c2d91-5e07-4b1f-8c46-d02f7e9b3a15
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_SECRET)}
ALERT_STORE=https://mrxsurvalerts.blob.core.windows.net/
CASE_MGMT_URL=https://cases.mrx.internal/api/v2`)}

Which of these should go into Key Vault and which can stay as app settings?`),

  rec('http', f`The alert API gives 401 "token expired" although I just got it. Request from the Postman console:

${cfg(f`GET /api/v3/alerts?status=OPEN&market=MRX-MAIN HTTP/1.1
Host: smarts-gw.mrx.internal
Authorization: Bearer ${v('credential.jwt', SURV_JWT)}
Accept: application/json`)}

Is the clock on the gateway off?`),

  rec('chat_lt', f`Sveiki, reguliuotojui siunčiame STOR ataskaitas per SFTP, failai šifruojami PGP. Kolega atsiuntė eksportuotą raktą, bet gpg sako "no secret key". Ar čia tikrai privatus raktas?

${v('credential.pgp_private_key', PGP)}`),

  rec('chat_en_gb', f`Can you tidy up this handover note for the night surveillance analyst?

"Kdb replay box: q -p 5010 -U /opt/kx/users.txt. The surv_ro user has password ${v('credential.password_in_prose', 'Ticksize-Ladder-82')} (don't change it, the replay scripts hard-code it). If the HDB is stale, restart from the cron at 02:15 and ring me on ${phone('07712 384951', 'GB')}."`),

  rec('ini', f`${cfg(f`; splunk forwarder -> HEC, surveillance audit trail
[http://surv_audit]
disabled = 0
token = ${v('credential.generic_secret_assignment', SPLUNK_HEC)}
index = surv_audit
sourcetype = mrx:smarts:alert`)}

Die Events kommen doppelt an. Muss ich useACK einschalten?`),

  rec('chat_de_at', f`Servus, kurze Frage zum LDAP-Bind für das Insider-Register-Tool: im Config-File steht bindDN cn=svc-insider,ou=svc,dc=mrx,dc=local und bindPassword ${v('credential.password_assignment', 'Parkett#Wien2024')} – müssen wir das bei der Migration nach LDAPS ändern, oder reicht ein neuer Port?`),

  // ── laundromat & dry-cleaning chain ──
  rec('code_python', f`Die Abholbenachrichtigung per SMS geht nicht raus, bitte schau mal drüber:

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify_ready(ticket_no: str, phone: str, branch: str) -> None:
    client.messages.create(
        to=phone,
        from_="BlueSpin",
        body=f"Ihre Reinigung {ticket_no} liegt in {branch} zur Abholung bereit.",
    )`)}
\`\`\``),

  rec('chat_nl', f`Onze kassakoppeling met Square werkt niet meer in de vestiging Utrecht-Zuilen. Productie access token: ${v('credential.square_access_token', SQ)}. Moet ik een nieuwe OAuth-flow doen of is het token gewoon verlopen?`),

  rec('chat_fr_ca', f`Salut! Je dois mettre à jour la clé Stripe sur le site de réservation des nettoyeurs à Laval. La clé secrète live c'est ${v('credential.stripe_secret_key', STRIPE_LIVE)} — je la mets dans wp-config.php ou dans le plugin directement? Ça presse un peu, les clients peuvent pas payer en ligne.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a escribir el aviso para la lavandería de Coyoacán? "La red WiFi para clientes es BlueSpin-Clientes y la contraseña es ${v('credential.password_in_prose', 'Suavitel2025!')}. Tiempo máximo 60 min." Que suene amable porfa.`),

  rec('chat_pt_br', f`Tô montando a integração da newsletter das lavanderias com o Mailchimp. A chave da API é ${v('credential.mailchimp_api_key', MAILCHIMP)}, lista "clientes-sp". Dá pra fazer um script que sincroniza os clientes com cartão fidelidade?`),

  rec('yaml', f`${cfg(f`# machine-bridge/config.yaml  (Waschsalon Leipzig-Plagwitz)
mqtt:
  host: mqtt.bluespin-laundry.com
  port: 8883
  username: wsl-plagwitz-gw
  password: "${v('credential.password_assignment', MQTT_PW)}"
  topic_prefix: laundry/lpz-plg/
machines:
  - id: W01
    type: electrolux-w5
  - id: T01
    type: electrolux-t5`)}

Die Trockner melden keinen Status mehr seit dem Firmware-Update. Liegt's an der Config?`),

  rec('code_js', f`${code(f`// store-locator.js — BlueSpin laundries map
const MAPS_KEY = '${v('credential.google_api_key', GMAPS)}';

export async function loadStores(map) {
  const res = await fetch('/api/stores?open=now');
  const stores = await res.json();
  stores.forEach((s) => new google.maps.Marker({ position: s.location, map, title: s.name }));
}

loadScript(\`https://maps.googleapis.com/maps/api/js?key=\${MAPS_KEY}&callback=initMap\`);`)}

Marker tauchen nicht auf, Konsole sagt RefererNotAllowedMapError.`),

  rec('chat_it', f`Ciao, per la lavanderia self-service di Bologna abbiamo il negozio Shopify per i detersivi. Il token admin è ${v('credential.shopify_access_token', SHOPIFY)}. Mi scrivi una chiamata GraphQL per scaricare gli ordini dell'ultima settimana?`),

  rec('chat_tr', f`Merhaba, Kadıköy şubesindeki ödeme kiosku için yönetici paneline giriş yapamıyorum. Kullanıcı adı kiosk-kdk, şifre ${v('credential.password_in_prose', 'Camasir*4471')}. Şifre doğru ama "hesap kilitli" diyor. Kilidi nasıl açarım?`),

  rec('chat_ko', f`세탁소 POS 서버 DB 접속이 안 돼요. 연결 문자열 확인 부탁드려요:
Server=pos-db.bluespin.local;Database=laundry_pos;User Id=pos_app;Password=${v('credential.connection_string_password', 'Ttukseom#0924')};TrustServerCertificate=True
에러: Login failed for user 'pos_app'.`),

  // ── geothermal plant control room ──
  rec('chat_is', f`Hæ, geturðu hjálpað mér að skrifa vaktaskýrslu á ensku? Meðal annars: "Aðgangur að Modbus-gáttinni í stöðvarhúsi 2 var endurstilltur. Notandi: vakt, lykilorð: ${v('credential.password_in_prose', 'Gufuhver-Hola7')}. Skipta þarf um lykilorð eftir yfirferð."`),

  rec('network_config', f`Our OT firewall vendor asked for the switch config from the control-room LAN. Anything I should strip before sending?

${cfg(f`hostname CR-SW-02
!
username scada-admin privilege 15 password 0 ${v('credential.network_device_secret', 'Brine-Reinjection-44')}
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b129-ent9a', B62 + './', 14), '$', fill('b129-ent9b', B62 + './', 43)))}
snmp-server community ${v('credential.network_device_secret', 'thR3mal-ro')} RO 10
!
interface Vlan20
 description SCADA-OT
 ip address ${amb('pii.ip_address', '10.20.0.2')} 255.255.255.0`)}`, 'type-9 enable secret is a password hash: ambiguous; the plain password and the community string are labelled'),

  rec('runbook', f`# RTU jump host — emergency access

Only if the PAM vault is down. Key for \`ops@rtu-jump-01\` (rotate after every use!):

${v('credential.openssh_private_key', SSH_KEY)}

Then \`ssh -i rtu_jump ops@${amb('pii.ip_address', '10.30.4.11')}\` and from there to the well-pad RTUs.

Please rewrite this runbook so the night shift can follow it; add a step to notify the OT security lead.`),

  rec('helm_values', f`${cfg(f`grafana:
  adminUser: admin
  adminPassword: ${v('credential.password_assignment', 'Kalina-Steam-2291')}
  dashboardProvider:
    serviceAccountToken: ${v('credential.grafana_service_account_token', GLSA)}
datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu`)}

Geothermal plant dashboards — the well-head pressure panel stays empty. Is the values file OK?`),

  rec('chat_id', f`Halo, saya operator di PLTP. Telegraf tidak bisa kirim data ke InfluxDB sejak kemarin. Di telegraf.conf ada:
${amb('source_code.snippet', f`[[outputs.influxdb_v2]]
  urls = ["http://${amb('pii.ip_address', '172.16.8.20')}:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "pltp-ops"
  bucket = "sumur-produksi"`)}
Errornya "401 unauthorized". Tokennya salah?`, 'the TOML config made ambiguous source_code after the measurement (a label fix: config files are, by the conventions)'),

  rec('chat_sw', f`Habari, naomba msaada wa kuandika barua pepe kwa mkandarasi wa SCADA wa Olkaria. Nataka kumwambia kwamba nenosiri la akaunti ya muda (user: contractor_ke) ni ${v('credential.password_in_prose', 'Mvuke-Olkaria88')} na litaisha tarehe 31. Iwe rasmi kidogo.`),

  rec('chat_tl', f`Pwede mo bang i-check itong PI connection string namin sa Tiwi plant? Ayaw mag-connect yung historian client:
Data Source=pi-hist-01;Initial Catalog=PIFD;User ID=pi_reader;Password=${v('credential.connection_string_password', 'Bulkan@Tiwi55')};
Salamat!`),

  rec('pem', f`Historian TLS keeps failing after the cert renewal. This is the key file the vendor left on the server, is it in the right format for OSIsoft?

${v('credential.private_key', RSA_KEY)}`),

  rec('chat_tr', f`Kızıldere santralindeki DCS mühendis istasyonu için VPN ön paylaşımlı anahtarı: ${v('credential.password_in_prose', 'Jeotermal-PSK-2025!x')}. Bunu tedarikçiye e-postayla göndermek doğru mu, yoksa başka bir yol önerir misin?`, 'a VPN pre-shared key given in prose: a secret, labelled as a password in prose'),

  // ── gamete bank ──
  rec('env_file', f`${cfg(f`# donor-lims/.env.production
DATABASE_URL=postgresql://lims_app:${v('credential.database_url_password', 'Kryotank-N2-196')}@lims-db.uhk-fertility.org:5432/gamete_lims
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=uhkdonordocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508214.ingest.de.sentry.io/4508214093561852`)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}`)}

Die Spender-Dokumente (Einwilligungen) sollen in einen anderen Container. Welche Variable muss ich ändern?`),

  rec('code_r', f`REDCap export for the donor follow-up study fails with "You do not have API rights":

${code(f`library(REDCapR)
uri   <- "https://redcap.uhk-fertility.org/api/"
token <- "${v('credential.generic_secret_assignment', REDCAP)}"

ds <- redcap_read(redcap_uri = uri, token = token,
                  forms = c("donor_followup", "offspring_registry"))$data
table(ds$clinic_site)`)}`),

  rec('chat_da', f`Hej, vi har et Teams-webhook til at give besked, når en donorprøve er frigivet fra karantæne. URL'en er ${v('credential.teams_webhook_url', TEAMS)} — kan du skrive et PowerShell-script der poster en besked med donor-ID og tank-nr.?`),

  rec('chat_he', f`היי, אני צריכה עזרה עם ממשק ה-HL7 בין מערכת בנק הזרע למערכת המעבדה. בקובץ ההגדרות כתוב: user=hl7_gamete, password=${v('credential.password_assignment', 'Zera-Bank!731')}. החיבור נופל כל לילה ב-02:00. מה יכול לגרום לזה?`),

  rec('chat_pl', f`Cześć, potrzebuję pomocy z mailem do działu IT szpitala. Chodzi o to, że hasło do systemu rejestru dawców (login: bank.gamet.krk) to ${v('credential.password_in_prose', 'Komorka#Jajowa2025')} i trzeba je zresetować, bo zna je była pracownica. Napisz to formalnie.`),

  rec('chat_ja', f`精子バンクの在庫管理システムにログインできません。管理者アカウントは gamete-admin、パスワードは ${v('credential.password_in_prose', 'Ekitai-Chisso196')} です。先週から「認証に失敗しました」と出ます。ITへの問い合わせ文を書いてください。`),

  // ── bird-ringing network ──
  rec('shell', f`Pushing the new EURING export to our data repo fails:

$ git remote -v
origin  https://ringnet-bot:${v('credential.github_pat', GHP)}@github.com/ringnet-org/ringing-data.git (push)
$ git push origin main
remote: Permission to ringnet-org/ringing-data.git denied to ringnet-bot.

The PAT is classic with repo scope. Why?`),

  rec('chat_nb', f`Hei! Kartet over ringmerkingsstasjonene viser ikke flisene offline. Vi bruker Mapbox secret token ${v('credential.mapbox_secret_token', MAPBOX)} for nedlasting. Hvor skal den stå i Android-prosjektet?`),

  rec('code_python', f`${code(f`# bird_id/classify.py — photo of ringed bird → species guess
import os
from huggingface_hub import login
from openai import OpenAI

login(token="${v('credential.huggingface_token', HF)}")
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def describe(photo_url: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": [{"type": "text", "text": "Species and age class?"},
                                               {"type": "image_url", "image_url": {"url": photo_url}}]}],
    )
    return r.choices[0].message.content`)}

Volunteers upload 300 photos a day, how do I batch this?`),

  rec('chat_cs', f`Ahoj, náš telegramový bot pro hlášení zpětných hlášení kroužkovaných ptáků přestal odpovídat. Token bota: ${v('credential.telegram_bot_token', TELEGRAM)}. Webhook nastavuju přes setWebhook, vrací "Unauthorized". Co s tím?`),

  rec('chat_hu', f`Szia! A gyűrűzőtáborok Discord szerverére szeretnék automatikus üzenetet küldeni, ha új visszafogás érkezik. Ez a webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Írnál egy rövid Python scriptet hozzá?`),

  rec('ci_yaml', f`${cfg(f`# .github/workflows/deploy-map.yml
name: deploy ringing map
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      CLOUDFLARE_API_TOKEN: ${v('credential.cloudflare_api_token', CF_TOKEN)}
      DIGITALOCEAN_ACCESS_TOKEN: ${v('credential.digitalocean_token', DO_TOKEN)}
    steps:
      - uses: actions/checkout@v4
      - run: npx wrangler pages deploy ./public --project-name ringnet-map`)}

Wrangler says "Authentication error [code: 10000]".`),

  rec('chat_fr', f`Bonjour, pour le carnet de baguage partagé on utilise Notion. Le token d'intégration est ${v('credential.notion_token', NOTION)}. Tu peux m'écrire un script qui ajoute une ligne par reprise (espèce, bague, lieu, date) ?`),

  rec('chat_et', f`Tere! Rõngastajate andmebaasi parool on muutunud ja vana skript enam ei tööta. Uus ühendus: postgres://rongastaja:${v('credential.database_url_password', 'Linnurada-2025')}@db.ringnet.ee:5432/rongastus. Kas sa saad aidata psql käsuga, mis ekspordib eelmise hooaja andmed CSV-ks?`),

  rec('chat_el', f`Γεια σου, θέλω να χρησιμοποιήσω το Groq για να μεταφράζω αυτόματα τις αναφορές ευρημάτων δακτυλιωμένων πουλιών. Το κλειδί API είναι ${v('credential.groq_api_key', GROQ)}. Μπορείς να μου γράψεις ένα απλό παράδειγμα σε Python;`),

  // ── tutoring marketplace, verification & payouts ──
  rec('code_ts', f`Webhook signature check for payout events keeps failing in prod:

${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_restricted_key', RK_LIVE)}', { apiVersion: '2024-06-20' });
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

export async function handler(req: Request): Promise<Response> {
  const sig = req.headers.get('stripe-signature') ?? '';
  const body = await req.text();
  const event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  if (event.type === 'payout.failed') await flagTutorPayout(event.data.object);
  return new Response('ok');
}`)}`),

  rec('aws_credentials', f`${cfg(f`[tutorbridge-payouts]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

aws s3 ls s3://tb-tutor-kyc-docs says AccessDenied with this profile, but the IAM user has the policy. Any idea?`),

  rec('chat_ar', f`مرحبا، أحتاج مساعدة في كتابة سكربت بايثون يراجع وثائق المعلمين الجدد باستخدام Claude. هذا المفتاح: ${v('credential.anthropic_api_key', ANTHROPIC)}. المطلوب: استخراج الاسم وتاريخ انتهاء الشهادة من ملف PDF.`),

  rec('code_python', f`${code(f`# payouts_bot.py — posts the daily payout summary
from slack_sdk import WebClient
import requests

slack = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
FALLBACK_HOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def post(summary: str) -> None:
    try:
        slack.chat_postMessage(channel="#tutor-payouts", text=summary)
    except Exception:
        requests.post(FALLBACK_HOOK, json={"text": summary}, timeout=5)`)}

Can you add retries with exponential backoff?`),

  rec('chat_ru', f`Привет! sentry-cli при загрузке sourcemaps для кабинета репетитора ругается "Invalid token". Я использую личный токен ${v('credential.sentry_auth_token', SENTRY_USER)}. Нужно создать токен организации?`),

  rec('npmrc', f`${cfg(f`//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
@tutorbridge:registry=https://registry.npmjs.org/`)}

CI publishes @tutorbridge/payout-ui but local \`npm publish\` says E404. Same token.`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('json_config', f`Kubernetes can't pull our image from Docker Hub. ~/.docker/config.json from the CI runner:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('chat_vi', f`Chào bạn, mình đang chuyển dữ liệu hồ sơ gia sư sang Supabase. Access token của mình là ${v('credential.supabase_token', SUPABASE)}. Bạn viết giúp lệnh supabase CLI để link project và chạy migration được không?`),

  rec('chat_es_ar', f`Che, necesito que me armes un script que lea los tickets de Linear de verificación de tutores y los pase a una planilla. La API key es ${v('credential.linear_api_key', LINEAR)} y la base de Airtable usa este token: ${v('credential.airtable_pat', AIRTABLE)}. Dale que es para hoy.`),

  rec('notebook', f`In [3]:
${cfg(f`from databricks import sql
conn = sql.connect(
    server_hostname="adb-4829173650184.7.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7b3e91c0a2d48f15",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("select country, count(*) from payouts.tutor_payouts where status='FAILED' group by 1")`)}

Out[3]: []

No rows but the dashboard shows 37 failed payouts this week?`),

  rec('curl', f`PayPal Payouts sandbox works, live returns invalid_client:

curl -v https://api-m.paypal.com/v1/oauth2/token \\
  -u "AeX7kQ2pL9mN4vR8tY1wZ3bC6dF0gH5jK2lM8nP4qR7sT1uV3wX9yZ6aB2cD5eF8g:${v('credential.generic_secret_assignment', PAYPAL_SECRET)}" \\
  -d "grant_type=client_credentials"`, 'PayPal client secret after the client id in -u: labelled as a generic secret'),

  rec('chat_hi', f`नमस्ते, ट्यूटर वेरिफिकेशन टीम के लिए GitLab CI में नया टोकन डाला है: ${v('credential.gitlab_pat', GITLAB)}। पाइपलाइन फिर भी "HTTP Basic: Access denied" दे रही है। क्या टोकन का scope गलत है?`),

  rec('chat_bn', f`হ্যালো, আমাদের পেআউট API টেস্ট করার জন্য Postman কালেকশন শেয়ার করতে চাই। Postman API key: ${v('credential.postman_api_key', POSTMAN)}। এটা দিয়ে কালেকশন এক্সপোর্ট করার কমান্ড লিখে দেবেন?`),

  rec('chat_en_in', f`Hi, the tutor onboarding mails are bouncing from Mailgun. Sending key is ${v('credential.mailgun_api_key', MAILGUN)}, domain mg.tutorbridge.com. Kindly check if the API call below is correct and revert:
curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' https://api.eu.mailgun.net/v3/mg.tutorbridge.com/messages -F from='TutorBridge <${v('pii.email', 'verify@mg.tutorbridge.com')}>' -F to=${v('pii.email', 'ananya.iyer84@gmail.com')} -F subject='Document check pending'`),

  rec('chat_uk', f`Привіт! Для адмінки виплат репетиторам я додав basic auth. Заголовок виглядає так: Authorization: Basic ${v('credential.basic_auth_header', b64('payouts-admin:Vyplata!Kyiv77'))}. Але nginx все одно повертає 401. Що не так з конфігом?`),

  rec('chat_ka', f`გამარჯობა! რეპეტიტორების ვერიფიკაციის პორტალზე ადმინის პაროლი შევცვალე: ${v('credential.password_in_prose', 'Tbilisi#Tutor2025')}. როგორ დავწერო შეტყობინება გუნდისთვის ისე, რომ პაროლი ჩატში არ გამოჩნდეს?`, 'the writer asks how not to share it, but the password is in the text: labelled'),

  rec('chat_zh_tw', f`你好，我們導師平台的付款後台要接 Wise API，測試時一直 401。我用的 API token 是 Authorization: Bearer ${v('credential.bearer_token', fill('b129-wise', HEX, 8) + '-' + fill('b129-wise2', HEX, 4) + '-' + fill('b129-wise3', HEX, 4) + '-' + fill('b129-wise4', HEX, 4) + '-' + fill('b129-wise5', HEX, 12))}，是不是要用 profile id？`),

  rec('chat_en', f`Our Persona (ID verification) integration for tutors stopped working after the weekend. Do you know if they changed auth? We send x-api-key: ${ambCat('credential', 'persona_production_' + fill('b129-persona', B62, 40))} and get 401.`, 'vendor key with an unknown prefix in a header: no rule claims this shape, ambiguous credential'),
];

/**
 * Held-out batch 34: credentials pasted by staff of a luxury watchmaker and jeweller, a national
 * postal and parcel service, a VPN / consumer-security vendor, a fertility clinic network, a marine
 * insurance broker and a municipal social-housing authority — chats, configs, shells, code and
 * tickets in English (Scotland, NZ, Ghana, Pakistan), Swiss French, Luxembourgish, German,
 * Icelandic, Greek, Hungarian, Korean, Malay and Urdu. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const WG_PRIV = b64Bytes('b34-wgpriv', 32);
const WG_PSK = b64Bytes('b34-wgpsk', 32);
const WG_PUB = b64Bytes('b34-wgpub', 32);
const OVPN_KEY = pem('PRIVATE KEY', 'b34-ovpnkey', 1218);
const OVPN_CA = pem('CERTIFICATE', 'b34-ovpnca', 845);
const OVPN_CERT = pem('CERTIFICATE', 'b34-ovpncert', 880);
const TLS_CRYPT = `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, (_, i) => fill(`b34-tlsc${i}`, HEX, 32)).join('\n')}\n-----END OpenVPN Static key V1-----`;
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b34-sklive', B62, 97));
const STRIPE_PK = tok('pk_', 'live_', '51', fill('b34-pklive', B62, 97));
const WHSEC = tok('whsec_', fill('b34-whsec', B62, 32));
const SHPAT = tok('shpat_', fill('b34-shpat', HEX, 32));
const TW_SID = tok('AC', fill('b34-twsid', HEX, 32));
const TW_AUTH = fill('b34-twauth', HEX, 32);
const SG = tok('SG.', fill('b34-sg1', B64URL, 22), '.', fill('b34-sg2', B64URL, 43));
const AKIA = tok('AKIA', fill('b34-akia', B32, 16));
const AKIA_SECRET = fill('b34-awssec', B64, 40);
const GH_FG = tok('github_pat_', '11', fill('b34-ghfg1', UPPER + DIGITS, 20), '_', fill('b34-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b34-glpat', B62 + '-_', 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b34-slT', UPPER + DIGITS, 8), '/', 'B0', fill('b34-slB', UPPER + DIGITS, 9), '/', fill('b34-slX', B62, 24));
const AZ_STORAGE = b64Bytes('b34-azst', 64);
const AZ_CLIENT = tok(fill('b34-azcs1', B62, 3), '8Q~', fill('b34-azcs2', B62 + '_~.-', 34));
const GCP_PEM = pem('PRIVATE KEY', 'b34-gcpkey', 1218);
const TELEGRAM = tok('7391048256', ':', 'AA', fill('b34-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1268403917562048512', '/', fill('b34-dcwh', B64URL, 68));
const OPENAI = tok('sk-proj-', fill('b34-oai1', B64URL, 74), 'T3BlbkFJ', fill('b34-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b34-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b34-hf', UPPER + LOWER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b34-gapi', B64URL, 33));
const SENTRY_KEY = fill('b34-sentry', HEX, 32);
const DD_API = fill('b34-dd', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b34-hvs', B64URL, 86));
const NPM = gh('npm', fill('b34-npm', B62, 30));
const DOCKER_AUTH = b64('hcpiraeus-ci:Kastella-Dock-7731');
const MAILGUN = tok('key-', fill('b34-mg', HEX, 32));
const CF_TOKEN = fill('b34-cf', B62 + '_-', 40);
const DOP = tok('dop_v1_', fill('b34-dop', HEX, 64));
const OKTA = tok('00', fill('b34-okta', B64URL, 40));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b34-atl', B64URL, 171), '=', fill('b34-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b34-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b34-pm1', HEX, 24), '-', fill('b34-pm2', HEX, 34));
const DATABRICKS = tok('dapi', fill('b34-dapi', HEX, 32));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b34-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GROQ = tok('gsk_', fill('b34-groq', B62, 52));
const TEAMS = tok('https://halyardcrane.webhook.office.com/webhookb2/', '7c21e9a4-3f58-4d0b-b6e2-91a8f0c47d35@2e9b4f71-c083-4a6d-9e15-68d3b7a0f214/IncomingWebhook/', fill('b34-teams1', HEX, 32), '/', 'a41f7d93-2c6e-4b85-8f07-d3e9b1c5a628/', 'V2', fill('b34-teams2', B64URL, 43));
const ASIA = tok('ASIA', fill('b34-asia', B32, 16));
const ASIA_SECRET = fill('b34-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b34-sess', B64, 360));
const SAS_SIG = encodeURIComponent(b64Bytes('b34-sas', 32));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b34-age', BECH32, 58));
const SLACK_BOT = tok('xoxb-', '2718394056127', '-', '7719304826153', '-', fill('b34-xoxb', B62, 24));
const MISTRAL = fill('b34-mistral', B62, 32);
const GLSA = tok('glsa_', fill('b34-glsa1', B62, 32), '_', fill('b34-glsa2', HEX, 8));
const JWT_PORTAL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pp-2024-11' }, { sub: 'pat_58213', role: 'patient', clinic: 'AKL-01', iat: 1733120511, exp: 1733124111 }, 'b34-jwtsig');
const BEARER = fill('b34-bearer', B62, 48);
const BASIC = b64('parcelapi_akl:Rangitoto#5520');
const TYPE9_HASH = tok('$9$', fill('b34-type9a', B62 + './', 14), '$', fill('b34-type9b', B62 + './', 43));
const JWT_SECRET = fill('b34-jwtsecret', B62, 48);
const PARTNER_SECRET = fill('b34-partnersec', B62 + '-_', 40);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH34_CREDENTIALS: DraftRecord[] = [
  rec('wireguard_conf', f`Right, our Glasgow exit node stopped handshaking after I rebuilt it this morning. Config below, can you see anything daft?

${amb('source_code.snippet', f`# /etc/wireguard/wg0.conf  (gla-exit-03)
[Interface]
Address = ${amb('pii.ip_address', '10.66.0.1')}/22
ListenPort = 51820
PrivateKey = ${v('credential.generic_secret_assignment', WG_PRIV)}
PostUp = iptables -t nat -A POSTROUTING -o ens3 -j MASQUERADE
PostDown = iptables -t nat -D POSTROUTING -o ens3 -j MASQUERADE

[Peer]
# lb-health-probe
PublicKey = ${WG_PUB}
PresharedKey = ${v('credential.generic_secret_assignment', WG_PSK)}
AllowedIPs = ${amb('pii.ip_address', '10.66.3.250')}/32`)}

\`wg show\` says "latest handshake: (none)". Firewall's open on 51820/udp, I checked twice.`, 'WireGuard PrivateKey / PresharedKey: secrets in key = value form; the PublicKey is public'),

  rec('ovpn_ko', f`고객 한 분이 아래 설정 파일로 접속이 안 된다고 하십니다. 로그에는 "TLS key negotiation failed to occur within 60 seconds"만 찍혀요. 설정에 문제가 있는지 봐주실 수 있나요?

${amb('source_code.snippet', f`client
dev tun
proto udp
remote kr-seoul-07.tunnelwarden.net 1194
resolv-retry infinite
nobind
cipher AES-256-GCM
auth SHA256
verb 3
<ca>
${OVPN_CA}
</ca>
<cert>
${OVPN_CERT}
</cert>
<key>
${v('credential.private_key', OVPN_KEY)}
</key>
<tls-crypt>
${ambCat('credential', TLS_CRYPT)}
</tls-crypt>`)}

고객 OS는 Windows 11이고 클라이언트 버전은 3.4.2입니다.`, 'OpenVPN tls-crypt static key: a shared secret no built-in rule claims (ambiguous, no rule id); the certificates are public'),

  rec('env_file_fr', f`Salut, tu peux me dire pourquoi les webhooks Stripe de la boutique en ligne échouent avec "No signatures found matching the expected signature"? Voici le .env de prod (oui je sais, je le change après):

${amb('source_code.snippet', f`# boutique.delacombe.ch — prod
APP_ENV=production
CURRENCY_DEFAULT=CHF
STRIPE_PUBLISHABLE_KEY=${STRIPE_PK}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
BOUTIQUES=GVA,LUX,SEL,KUL,ATH`)}

Le endpoint est derrière Cloudflare, est-ce que ça peut modifier le body?`),

  rec('code_python', f`Stock sync between the atelier ERP and the Shopify store double-counts reserved pieces. Script:

\`\`\`python
${code(f`import requests

SHOP = "delacombe-boutique.myshopify.com"
TOKEN = "${v('credential.shopify_access_token', SHPAT)}"
HEADERS = {"X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json"}

def set_available(inventory_item_id: int, location_id: int, qty: int) -> None:
    r = requests.post(
        f"https://{SHOP}/admin/api/2024-07/inventory_levels/set.json",
        headers=HEADERS,
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
        timeout=10,
    )
    r.raise_for_status()

for ref, item_id in erp_pieces():
    set_available(item_id, GENEVA_LOCATION, erp_available(ref) - erp_reserved(ref))`)}
\`\`\`
The ERP already subtracts reservations in erp_available() I think, is that it?`),

  rec('chat', f`Kia ora, our appointment reminder texts for the Auckland clinic stopped going out on Friday. Twilio console shows nothing failed, it's like they never arrive at Twilio. The job uses account SID ${v('credential.twilio_account_sid', TW_SID)} and auth token ${v('credential.twilio_auth_token', TW_AUTH)} from the old config file. Could the token have been rotated by someone else? How would I check that without logging into the console?`),

  rec('code_js', f`${code(f`// notify-svc/src/mailer.js — "your parcel is waiting at the depot" e-mails
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey(process.env.SENDGRID_API_KEY || '${v('credential.sendgrid_api_key', SG)}');

async function notifyCollection(parcel) {
  await sgMail.send({
    to: parcel.recipientEmail,
    from: { email: '${v('pii.email', 'no-reply@aoteapost.co.nz')}', name: 'Aotea Post' },
    templateId: 'd-5f0c2a8e91b34d7aa6e03c41b89f2d17',
    dynamicTemplateData: { trackingNo: parcel.trackingNo, depot: parcel.depotName, holdUntil: parcel.holdUntil },
  });
}

module.exports = { notifyCollection };`)}

The fallback key is there because the env var went missing once in staging. Is there a cleaner way?`),

  rec('aws_credentials_is', f`Halló, prentþjónninn fyrir sendingarmiða nær ekki að sækja PDF-skjölin úr S3 lengur. Þetta er skráin á vélinni:

${amb('source_code.snippet', f`[default]
region = eu-west-1

[label-printer]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-west-1`)}

Villan er "SignatureDoesNotMatch". Klukkan á vélinni er rétt, ég athugaði það. Hvað annað gæti valdið þessu?`),

  rec('git_hu', f`Sziasztok, a build szerveren a git pull hirtelen 403-at ad. Ezt látom:

${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.github_fine_grained_pat', GH_FG)}@github.com/tunnelwarden/killswitch-daemon.git (fetch)
origin  https://oauth2:${v('credential.github_fine_grained_pat', GH_FG)}@github.com/tunnelwarden/killswitch-daemon.git (push)
$ git pull
remote: Permission to tunnelwarden/killswitch-daemon.git denied to tw-build-bot.
fatal: unable to access 'https://github.com/tunnelwarden/killswitch-daemon.git/': The requested URL returned error: 403`)}

A token fine-grained, 90 napos lejárattal. Lehet, hogy lejárt, vagy a repó jogosultság hiányzik?`),

  rec('curl_el', f`Γεια, προσπαθώ να τραβήξω τα pipelines του project μέσω API αλλά παίρνω 401. Η εντολή:

${amb('source_code.snippet', f`curl --header "PRIVATE-TOKEN: ${v('credential.gitlab_pat', GLPAT)}" \\
  "https://gitlab.tunnelwarden.io/api/v4/projects/118/pipelines?status=failed&per_page=50"`)}

Το token το έφτιαξα χθες με scope read_api. Μήπως θέλει και read_repository;`),

  rec('code_bash', f`Can you tidy this up? It's the cron job that tells the claims team when a new hull claim lands in the shared drive.

${code(f`#!/usr/bin/env bash
# check_new_claims.sh — runs every 15 min on gla-files-01
WATCH_DIR="/srv/claims/hull/incoming"
STAMP="/var/tmp/.last_claim_check"
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"

touch -a "$STAMP"
find "$WATCH_DIR" -type f -newer "$STAMP" -name '*.pdf' | while read -r f; do
  name=$(basename "$f")
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"New hull claim file: $name\\"}" "$HOOK"
done
touch "$STAMP"`)}`),

  rec('appsettings', f`Tenant document upload in the housing portal throws "Server failed to authenticate the request" since the weekend. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=kbhousingdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "tenancy-documents"
  },
  "AllowedHosts": "*"
}`)}

Did Azure rotate the key automatically? We never set up rotation.`),

  rec('tfvars_de', f`Moien, kanns du mir soen, firwat den terraform plan op eisem Tenant net geet? Fehler: "AADSTS7000215: Invalid client secret provided."

${amb('source_code.snippet', f`# envs/lux-prod/terraform.tfvars
tenant_id       = "5b8e2c91-47d3-4f0a-a6e1-c93d08b7f245"
subscription_id = "e1c74a08-9b3f-42d6-8e05-7a2f61d9c3b8"
client_id       = "0f3d9b72-6a14-4c8e-b59f-28e7a1c04d63"
client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT)}"
location        = "westeurope"`)}

Ech hunn de Secret gëschter am Portal nei gemaach, ass et vläicht d'Secret-ID amplaz vum Wäert?`),

  rec('gcp_sa_ms', f`Hai, saya cuba sambungkan skrip penjejakan bungkusan ke BigQuery tapi dapat ralat "invalid_grant: Invalid JWT Signature". Ini fail kunci yang saya guna:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "poslink-tracking-prod",
  "private_key_id": "${fill('b34-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${v('pii.email', 'bq-loader@poslink-tracking-prod.iam.gserviceaccount.com')}",
  "client_id": "${fill('b34-gcpcid', DIGITS, 21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40poslink-tracking-prod.iam.gserviceaccount.com"
}`))}

Adakah kunci ini sudah dibatalkan? Saya muat turun semalam.`),

  rec('chat_ur_roman', f`Bhai tracking wala Telegram bot phir band ho gaya. Customers "/track" bhejte hain to koi jawab nahi aata. Bot token yeh hai: ${v('credential.telegram_bot_token', TELEGRAM)}
Webhook set kiya tha https://track.pakparcel.com.pk/tg/hook pe. Kya getWebhookInfo se pata chalega ke masla kahan hai? Zara steps bata do.`),

  rec('code_python_ms', f`Skrip ni hantar amaran ke channel Discord komuniti bila server VPN down, tapi mesej keluar dua kali. Kenapa?

\`\`\`python
${code(f`import time, requests

WEBHOOK = "${v('credential.discord_webhook_url', DISCORD_HOOK)}"
NODES = ["my-kul-01", "my-kul-02", "sg-sin-04"]

def down(node):
    try:
        return requests.get(f"https://{node}.tunnelwarden.net/healthz", timeout=5).status_code != 200
    except requests.RequestException:
        return True

while True:
    for n in NODES:
        if down(n):
            requests.post(WEBHOOK, json={"content": f":red_circle: {n} tidak dapat dihubungi"})
    time.sleep(60)`)}
\`\`\``),

  rec('docker_compose', f`${amb('source_code.snippet', f`# docker-compose.yml — tenancy waitlist service (Dunedin)
services:
  api:
    image: registry.council.internal/housing/waitlist-api:3.2.1
    environment:
      DATABASE_URL: postgres://waitlist_app:${v('credential.database_url_password', 'Tui-Harbour-8842')}@db:5432/waitlist
      TZ: Pacific/Auckland
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: waitlist_app
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Tui-Harbour-8842')}
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}`)}

After I upgraded postgres 15 → 16 the db container won't start: "database files are incompatible with server". What's the safe way to migrate the volume?`),

  rec('java_props', f`Claims portal can't reach the DB after the SQL Server move. application.properties:

${amb('source_code.snippet', f`spring.datasource.url=jdbc:sqlserver://sql-claims-02.halyardcrane.local:1433;databaseName=MarineClaims;user=claims_app;password=${v('credential.connection_string_password', 'Bosun!Clyde-2291')};encrypt=true;trustServerCertificate=false
spring.jpa.hibernate.ddl-auto=validate
claims.attachments.root=\\\\\\\\gla-files-01\\\\claims$`)}

Error: "The certificate chain was issued by an authority that is not trusted". Should I just set trustServerCertificate=true?`),

  rec('shell_gh', f`Please help, the parcel scanning database at the Kumasi hub is refusing connections since the power cut. I ran this on the server:

${amb('source_code.snippet', f`$ mysql -u hubadmin -p'${v('credential.mysql_cli_password', 'Adum#Hub2024')}' -h 127.0.0.1 scans
ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (111)
$ systemctl status mysql
● mysql.service - MySQL Community Server
     Active: failed (Result: exit-code) since Tue 2024-12-03 06:14:22 GMT`)}

How do I see why it failed? I'm not a Linux person, please go step by step.`),

  rec('chat_is', f`Geturðu hjálpað mér að skrifa stuttan tölvupóst á íslensku til nýja starfsmannsins í afgreiðslunni? Hann á að fá aðgang að pakkakerfinu. Notandanafnið hans er "afgr.selfoss2" og lykilorðið er ${v('credential.password_in_prose', 'Hekla-Brú-4417')}, hann þarf að breyta því við fyrstu innskráningu. Hafðu þetta vingjarnlegt en stutt.`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα σύντομο email προς τον surveyor στον Πειραιά; Να του πω ότι ανέβασα τις φωτογραφίες της ζημιάς στο κύτος στο portal μας. Όνομα χρήστη: surveyor.kalogeropoulos, ο κωδικός είναι ${v('credential.password_in_prose', 'Aigaio#Hull88')} και ισχύει μέχρι την Παρασκευή. Ευγενικό και επαγγελματικό ύφος.`),

  rec('chat_hu', f`Kérlek fogalmazz meg egy rövid levelet az új bérlőnek. A lakásügyi ügyfélportálra így tud belépni: felhasználónév a bérleti szerződés száma (BSZ-2024-0871), a jelszó pedig ${v('credential.password_in_prose', 'Kobanya-Tavasz-62')}. Kérjük, hogy az első belépéskor változtassa meg. Legyen udvarias, de ne túl hivatalos.`),

  rec('chat_ko', f`신규 입사자 안내 메일 좀 다듬어 주세요.

"안녕하세요, 청담 부티크 POS 계정 정보 드립니다. 아이디는 cd.park.minji 이고 비밀번호는 ${v('credential.password_in_prose', 'Cheongdam!2417')} 입니다. 첫 로그인 후 반드시 변경해 주세요. 시계 수리 접수 화면은 메뉴 > 애프터서비스에 있습니다."

너무 딱딱하지 않게 부탁드려요.`),

  rec('chat_ms', f`Tolong terjemahkan ke Bahasa Inggeris untuk vendor kita:

"Akaun sementara untuk sistem tuntutan telah dibuka. Nama pengguna: vendor_marinetech, kata laluan: ${v('credential.password_in_prose', 'Selat-Melaka77!')}. Akaun ini akan ditutup pada 31 Disember."

Terima kasih!`),

  rec('chat_ur', f`براہ کرم اس پیغام کو انگریزی میں ترجمہ کر دیں:

"لاہور کلینک کے نئے ریسپشنسٹ کے لیے اپائنٹمنٹ سسٹم کا اکاؤنٹ بن گیا ہے۔ یوزر نیم: reception.lhr3 اور پاس ورڈ ${v('credential.password_in_prose', 'Shalimar@7719')} ہے۔ پہلی بار لاگ ان کرنے کے بعد پاس ورڈ تبدیل کر لیں۔"`),

  rec('chat_ur_roman', f`Yaar Karachi office ka naya printer setup karna hai. IT ne bola admin panel ka user "admin" hai aur password ${v('credential.password_in_prose', 'Clifton#Print55')} hai. Ab scan-to-email kaise set karun? Step by step batao please, Ricoh ka model hai IM C3000.`),

  rec('chat_lb', f`Kanns de mir dës Noriicht op Franséisch iwwersetzen? "Moien Här Wagner, Äre Kont fir de Mieterportal ass elo aktiv. Äre Benotzernumm ass wagner.c1987 an d'Passwuert ass ${v('credential.password_in_prose', 'Gréngewald-33')}. W.e.g. ännert d'Passwuert beim éischten Umellen. Merci!"`),

  rec('chat_fr_ch', f`Tu peux reformuler ça de façon plus pro pour l'horloger indépendant qui vient récupérer les pièces? "Salut Jean-Daniel, pour le portail SAV c'est toujours le même login, atelier.jdr, et le mot de passe c'est ${v('credential.password_in_prose', 'Jura-Tourbillon-19')} depuis lundi. Septante pièces à contrôler d'ici vendredi, ça joue?"`),

  rec('cisco_config', f`Can you audit this depot switch config before I push it to the other eleven sites? Anything insecure?

${amb('source_code.snippet', f`hostname ABZ-DEPOT-SW01
!
enable secret 9 ${ambCat('credential', TYPE9_HASH)}
username netops privilege 15 password 7 ${v('credential.network_device_secret', '045802150C2E1D1C5A')}
!
snmp-server community ${v('credential.network_device_secret', 'Dyce4ParcelRW')} RW 10
snmp-server location Aberdeen Depot, Dyce
!
tacacs server ISE-GLA
 address ipv4 ${amb('pii.ip_address', '10.120.4.21')}
 key 7 ${v('credential.network_device_secret', '1511021F07257A767B')}
!
line vty 0 15
 transport input ssh telnet
 login local`)}`, 'type-9 enable secret is a scrypt hash: sensitive, no rule claims it (ambiguous, no rule id)'),

  rec('ticket_gh', f`INC-20417 | Priority: High | Assigned: Sorting systems

Sorting line 3 at Accra Central Mail Centre cannot upload scans to head office. Supervisor says the handheld login was changed last week. Current login on the label on the cradle: user: acmc.line3 / pass: ${v('credential.user_password_pair', 'Osu@Castle44')}

Please advise if the devices need re-enrolment or just the new password.`),

  rec('curl_nz', f`Trying to test the parcel lodgement API from my laptop before we hand it to the Hamilton depot devs:

${amb('source_code.snippet', f`curl -X POST https://api.aoteapost.co.nz/v2/lodgements \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Content-Type: application/json" \\
  -d '{"account":"AKL-4471","service":"OVERNIGHT","items":[{"weightKg":1.2,"dimsCm":[30,20,10]}]}'`)}

I get 415 Unsupported Media Type even with the content-type header, weird eh?`),

  rec('log_json', f`Why do patients get logged out of the portal after a few minutes? Gateway log:

${amb('source_code.snippet', f`{"ts":"2024-12-02T06:21:51.442Z","level":"debug","svc":"portal-gw","route":"/api/cycles/current","status":401,"reason":"token_expired","auth":"Bearer ${v('credential.jwt', JWT_PORTAL)}","clinic":"AKL-01","latency_ms":7}
{"ts":"2024-12-02T06:21:51.510Z","level":"info","svc":"portal-gw","route":"/login","status":302,"clinic":"AKL-01","latency_ms":3}`)}

I thought the token lasted an hour?`),

  rec('http_dump', f`License activation fails for some customers in Malaysia only. Raw request captured from the client debug log:

${amb('source_code.snippet', f`POST /v3/licenses/activate HTTP/1.1
Host: licensing.tunnelwarden.com
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Content-Type: application/json
User-Agent: TunnelWarden/7.4.1 (Windows 10.0.22631)
Content-Length: 88

{"licenseId":"TW-PRM-5Y-08831","deviceHash":"c2f0a91e7b","platform":"win","locale":"ms-MY"}`)}

Response is 451. I've never seen that code, what does it mean?`),

  rec('code_python', f`I'm writing a wee tool to summarise surveyor reports for cargo claims. It works but it's slow, any ideas?

${code(f`from openai import OpenAI
from pathlib import Path

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

PROMPT = """You are assisting a marine cargo claims handler. Summarise the surveyor report:
cause of loss, extent of damage, recommended reserve, any recovery prospects against carrier."""

def summarise(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
    )
    return resp.choices[0].message.content

for p in sorted(Path("reports").glob("*.txt")):
    print(p.name, summarise(p), sep="\\n", end="\\n\\n")`)}`),

  rec('env_file_de', f`Fir de Chatbot op der Websäit vum Logementsservice brauche mir nach eng Iwwersetzung vun den Äntwerten an Däitsch a Franséisch. Hei ass d'Konfiguratioun:

${amb('source_code.snippet', f`# chatbot/.env
LLM_PROVIDER=anthropic
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
ANTHROPIC_MODEL=claude-3-5-haiku-latest
MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}
FALLBACK_PROVIDER=mistral
LANGS=lb,de,fr,pt,en`)}

Kann ech déi zwee Provider parallel benotzen an deen méi séieren huelen?`),

  rec('notebook', f`In [1]:
${code(f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import AutoImageProcessor, AutoModelForImageClassification
proc = AutoImageProcessor.from_pretrained("aurora-ivf/embryo-grading-vit", revision="v0.3")
model = AutoModelForImageClassification.from_pretrained("aurora-ivf/embryo-grading-vit", revision="v0.3")`)}

OSError: aurora-ivf/embryo-grading-vit is not a local folder and is not a valid model identifier

The repo is private to our org. Does the token need "read" on the org or is fine-grained enough?`),

  rec('code_kotlin', f`Courier app crashes on the map screen on Android 14 only:

\`\`\`kotlin
${code(f`class DeliveryMapActivity : AppCompatActivity(), OnMapReadyCallback {
    private val placesKey = "${v('credential.google_api_key', GOOGLE)}"

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_delivery_map)
        Places.initialize(applicationContext, placesKey)
        (supportFragmentManager.findFragmentById(R.id.map) as SupportMapFragment).getMapAsync(this)
    }

    override fun onMapReady(map: GoogleMap) {
        val run = intent.getParcelableExtra<DeliveryRun>("run")!!
        run.stops.forEach { map.addMarker(MarkerOptions().position(it.latLng).title(it.label)) }
    }
}`)}
\`\`\`
Stack trace says NPE on getParcelableExtra.`),

  rec('code_swift', f`${code(f`import Sentry
import NetworkExtension

@main
struct TunnelWardenApp: App {
    init() {
        SentrySDK.start { options in
            options.dsn = "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506813.ingest.de.sentry.io/4506813290147840`)}"
            options.tracesSampleRate = 0.1
            options.enableAppHangTracking = true
        }
        NETunnelProviderManager.loadAllFromPreferences { managers, error in
            if let error { SentrySDK.capture(error: error) }
        }
    }
    var body: some Scene { WindowGroup { RootView() } }
}`)}

Crashes from the packet tunnel extension never show up in Sentry, only from the main app. Do I need to init it separately in the extension?`),

  rec('helm_values', f`${amb('source_code.snippet', f`# values-prod.yaml (datadog chart) — vpn-edge cluster
datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
  clusterName: vpn-edge-fra
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: false
agents:
  tolerations:
    - key: "role"
      operator: "Equal"
      value: "wg-edge"
      effect: "NoSchedule"`)}

Agents don't schedule on the wg-edge nodes even with the toleration. What am I missing?`),

  rec('shell_hu', f`Miért nem látja a CI a titkot? Lokálisan működik:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.bud.tunnelwarden.io
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=signing_cert_pass secret/release/windows
Error reading secret/data/release/windows: Error making API request.
Code: 403. Errors:
* permission denied`)}

A policy-ban benne van a secret/data/release/* path read joggal.`),

  rec('npmrc_fr', f`Le build du site Delacombe plante sur la CI avec "E401 Unable to authenticate". Mon ~/.npmrc en local:

${amb('source_code.snippet', f`registry=https://registry.npmjs.org/
@delacombe:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Sur la CI j'ai mis NPM_TOKEN dans les variables, mais je ne sais pas comment le brancher.`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('docker_config_el', f`Ο runner στο γραφείο του Πειραιά δεν μπορεί να κάνει pull από το registry μας. Το ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.halyardcrane.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Βγάζει "unauthorized: incorrect username or password". Στο login από το browser μπαίνω κανονικά.`),

  rec('chat', f`Quick one: our rent arrears reminder e-mails go out through Mailgun EU. Support asked me to "confirm the key" and I pasted ${v('credential.mailgun_api_key', MAILGUN)} into the ticket before I realised. Should I rotate it now or is it fine since it's their own support?`),

  rec('terraform', f`${amb('source_code.snippet', f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "cloudflare_record" "exit_nodes" {
  for_each = toset(var.exit_nodes)
  zone_id  = var.zone_id
  name     = "\${each.key}.nodes"
  type     = "A"
  content  = lookup(var.node_ips, each.key)
  proxied  = false
}`)}

terraform plan wants to replace every record. Did the provider v5 change "value" to "content"?`),

  rec('chat_ms', f`Nak tanya, token DigitalOcean ${v('credential.digitalocean_token', DOP)} ni masih boleh guna untuk cipta droplet baru di SGP1? Saya dapat ralat 403 "You are not authorized to perform this operation" bila run skrip provisioning node VPN.`),

  rec('powershell', f`${code(f`$okta = "https://halyardcrane.okta.com"
$headers = @{ Authorization = "SSWS ${v('credential.okta_api_token', OKTA)}"; Accept = "application/json" }
$users = Invoke-RestMethod -Uri "$okta/api/v1/groups/00g8kq2x1zYvB3nM6417/users?limit=200" -Headers $headers
$users | Select-Object @{n='login';e={$_.profile.login}}, status | Export-Csv .\\piraeus-desk.csv -NoTypeInformation`)}

Only 200 users come back but the group has 340. How do I page through in PowerShell?`),

  rec('chat_is', f`Jira-samþættingin okkar fyrir kvartanir vegna týndra pakka hætti að virka. Ég nota netfangið mitt ${v('pii.email', 'sigrun.th@postlina.is')} og API-lykilinn ${v('credential.atlassian_api_token', ATLASSIAN)} í Basic auth. Svarið er 401 en lykillinn var búinn til í síðustu viku. Hefur Atlassian breytt einhverju?`),

  rec('code_ts', f`${code(f`// scripts/sync-incidents.ts — mirror status-page incidents into Linear
import { LinearClient } from '@linear/sdk';

const linear = new LinearClient({ apiKey: '${v('credential.linear_api_key', LINEAR)}' });

export async function mirror(incident: { id: string; title: string; region: string }) {
  const team = await linear.team('VPN');
  await linear.createIssue({
    teamId: team.id,
    title: \`[\${incident.region}] \${incident.title}\`,
    description: \`Auto-created from status page incident \${incident.id}\`,
    priority: 1,
  });
}`)}

issues are created twice when the webhook retries — how do I make it idempotent?`),

  rec('chat_ur_roman', f`Postman collection ko CI mein newman ke saath chalana hai. Maine Postman API key ${v('credential.postman_api_key', POSTMAN)} environment variable mein rakhi hai aur collection URL se fetch karta hoon. Pipeline mein "401 Invalid API Key" aata hai lekin local pe sab theek hai. GitLab CI ka masla hai kya?`),

  rec('chat', f`Databricks job pulling parcel scan events from the lake fails at 02:00 every night with "Invalid access token". It's a PAT I made in September: ${v('credential.databricks_token', DATABRICKS)}. Does it expire after 90 days by default?`),

  rec('chat_el', f`Ο P&I club μας έστειλε νέα διαδικασία για το SFTP ανταλλαγής εγγράφων. Αυτό είναι το ιδιωτικό κλειδί που έχουμε στον server του γραφείου — είναι σε σωστή μορφή ή πρέπει να το μετατρέψω σε PEM;

${v('credential.openssh_private_key', OSSH)}

Το WinSCP ζητάει .ppk.`),

  rec('shell_script', f`${code(f`#!/bin/sh
# nightly backup of the embryology lab exports to the off-site NAS (Edinburgh -> Livingston)
lftp -e "mirror -R --only-newer /data/embryoscope/exports /backup/edi; bye" \\
  sftp://labbackup:${v('credential.url_password', 'Cramond-Isle-305')}@nas-lvg.aurorafertility.internal`)}

This backup has been silently doing nothing for a fortnight. How do I make lftp fail loudly when the login doesn't work?`),

  rec('chat_ko', f`Groq API로 상담 챗봇 응답 속도 테스트 중인데 429 에러가 너무 자주 나요. 키는 ${v('credential.groq_api_key', GROQ)} 이고 분당 30건 정도만 보내고 있어요. 무료 요금제 한도 때문인가요?`),

  rec('code_python_de', f`De Webhook fir de Schadensfall-Kanal an Teams gëtt zënter gëschter 400 zréck. Skript:

${code(f`import requests, json

TEAMS_URL = "${v('credential.teams_webhook_url', TEAMS)}"

def notify(claim):
    card = {
        "@type": "MessageCard",
        "summary": f"Neuer Schadensfall {claim['ref']}",
        "sections": [{"activityTitle": claim["vessel"], "text": f"{claim['type']} – Reserve {claim['reserve']:,} USD"}],
    }
    r = requests.post(TEAMS_URL, data=json.dumps(card), headers={"Content-Type": "application/json"})
    r.raise_for_status()`)}

Ass et well dee „Connector"-Réckzuch vu Microsoft?`),

  rec('shell_nz', f`Assume-role output from the break-glass script — why does terraform still say "ExpiredToken" straight after?

${amb('source_code.snippet', f`$ aws sts assume-role --role-arn arn:aws:iam::418273650912:role/housing-breakglass --role-session-name mwaaka
{
    "Credentials": {
        "AccessKeyId": "${v('credential.aws_access_key_id', ASIA)}",
        "SecretAccessKey": "${v('credential.aws_secret_access_key', ASIA_SECRET)}",
        "SessionToken": "${v('credential.aws_session_token', AWS_SESSION)}",
        "Expiration": "2024-12-03T01:14:09+00:00"
    }
}`)}

I exported the three vars in the same shell.`),

  rec('chat', f`Tenant says the link to her signed tenancy agreement gives "Signature not valid in the specified time frame". Link: https://kbhousingdocs.blob.core.windows.net/tenancy-documents/T-118204/agreement-signed.pdf?sv=2023-01-03&st=2024-12-02T09%3A00%3A00Z&se=2024-12-09T09%3A00%3A00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS_SIG)}
It was sent on Monday and she opened it on Tuesday, so it should be fine?`),

  rec('chat', f`sops decrypt of the prod secrets fails on my new MacBook. I copied the age key from the old one:

# created: 2024-06-11T10:02:44+01:00
# public key: age1${fill('b34-agepub', BECH32.toLowerCase(), 58)}
${v('credential.age_secret_key', AGE)}

into ~/Library/Application Support/sops/age/keys.txt. Still "no key could decrypt the data".`),

  rec('code_python', f`Our wee Slack bot for the Christchurch sorting centre posts the daily volume. It worked for months and now \`not_in_channel\`:

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

client = WebClient(token=os.getenv("SLACK_BOT_TOKEN", "${v('credential.slack_bot_token', SLACK_BOT)}"))

def post_volume(day, parcels, letters):
    client.chat_postMessage(
        channel="#chc-sorting",
        text=f"{day}: {parcels:,} parcels, {letters:,} letters processed",
    )`)}
\`\`\``),

  rec('grafana_provisioning', f`${amb('source_code.snippet', f`# /etc/grafana/provisioning/datasources/loki.yaml
apiVersion: 1
datasources:
  - name: Loki-depots
    type: loki
    url: http://loki.ops.aoteapost.internal:3100
    jsonData:
      maxLines: 5000
    secureJsonData:
      httpHeaderValue1: "Bearer ${v('credential.grafana_service_account_token', GLSA)}"`)}

Grafana says "Unauthorized" when querying Loki through the gateway, the same token works with curl.`),

  rec('env_file', f`${amb('source_code.snippet', f`# fertility-portal/.env.production
NODE_ENV=production
PORT=8080
SESSION_COOKIE_NAME=af_sess
JWT_SECRET=${v('credential.generic_secret_assignment', JWT_SECRET)}
DB_HOST=pg-portal.aurorafertility.internal
DB_USER=portal
DB_PASSWORD=${v('credential.password_assignment', 'Waitemata.Sunrise.41')}
SMS_PROVIDER=twilio`)}

Is it OK to use the same JWT secret for the staff app and the patient portal? Someone suggested separate ones.`),

  rec('yaml_gh', f`The carrier integration for the Takoradi branch returns "invalid_client" when we request a token. Config:

${amb('source_code.snippet', f`carrier_partner:
  base_url: https://api.westcoastfreight.com.gh/oauth
  client_id: ghpost-takoradi-prod
  client_secret: ${v('credential.generic_secret_assignment', PARTNER_SECRET)}
  scope: shipments:write tracking:read
  timeout_s: 20`)}

They say nothing changed on their side. What should I check?`),

  rec('sqlcmd', f`Nightly export of the waiting-list report to the council intranet:

${amb('source_code.snippet', f`sqlcmd -S sql-housing-01\\REPORTS -d Allocations -U rpt_export -P "${v('credential.cli_password', 'Meadowbank!2023')}" -Q "EXEC dbo.usp_WaitingListMonthly @Month='2024-11'" -o "\\\\intranet\\reports\\waitlist-2024-11.csv" -s"," -W`)}

The CSV comes out with a row of dashes under the header. How do I get rid of it?`),
];

/**
 * Held-out batch 23: credentials pasted by staff of a grain cooperative, a fashion e-shop, a vet clinic chain,
 * a film/TV producer, a consumer lender and a public defender office (English, Indonesian, Romanian, Greek,
 * Brazilian Portuguese, Swedish, Hebrew, Arabic). Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const SHPAT = tok('shpat_', fill('b23-shpat', HEX, 32));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b23-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b23-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b23-whsec', B62, 32));
const SG = tok('SG.', fill('b23-sg1', B64URL, 22), '.', fill('b23-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b23-mailgun', HEX, 32));
const TW_SID = tok('AC', fill('b23-twsid', HEX, 32));
const TW_AUTH = fill('b23-twauth', HEX, 32);
const AKIA = tok('AKIA', fill('b23-akia', B32, 16));
const AKIA_SECRET = fill('b23-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b23-akia2', B32, 16));
const AKIA2_SECRET = fill('b23-akia2s', B64, 40);
const DROPBOX = tok('sl.', 'B', fill('b23-dbx', B64URL, 138));
const VAULT = tok('hvs.', fill('b23-vault', B62, 91));
const DD_API = fill('b23-ddapi', HEX, 32);
const GHP = gh('ghp', 'Tq7Wm3Ks9Rb2Xn5Lc8Pv1Jd4Hf6Gz0');
const GH_FINE = tok('github_pat_', '11B', fill('b23-ghfine1', UPPER + DIGITS, 19), '_', fill('b23-ghfine2', B62, 59));
const GLPAT = tok('glpat-', fill('b23-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '4829103756', '2-', '7391046285137-', fill('b23-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b23-slt', UPPER + DIGITS, 7), '/B07', fill('b23-slb', UPPER + DIGITS, 8), '/', fill('b23-slh', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1294837165029384716', '/', fill('b23-dhook', B64URL, 68));
const TELEGRAM = tok('7482910356', ':AA', fill('b23-tg', B64URL, 33));
const OPENAI = tok('sk-', 'proj-', fill('b23-oa1', B64URL, 74), 'T3BlbkFJ', fill('b23-oa2', B64URL, 74));
const OPENAI2 = tok('sk-', 'proj-', fill('b23-oa3', B64URL, 74), 'T3BlbkFJ', fill('b23-oa4', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b23-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b23-groq', B62, 52));
const HF = tok('hf_', fill('b23-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b23-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b23-gcppem', 1218).replace(/\n/g, '\\n');
const AZ_STORAGE = `${fill('b23-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b23-azc1', B62, 3), '8Q~', fill('b23-azc2', B62 + '_~.-', 34));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b23-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b23-rsa', 1192);
const EC = pem('EC PRIVATE KEY', 'b23-ec', 121);
const DOCKER_AUTH = b64('cinelab-ci:Kq8vT2!mRz4wLp');
const NPM = gh('npm', 'Ha6Jk2Lm9Qw4Ez7Rt1Yu5Io8Pa3Sd0');
const CF = fill('b23-cf', B62 + '_-', 40);
const DO = tok('dop_', 'v1_', fill('b23-do', HEX, 64));
const LINEAR = tok('lin_', 'api_', fill('b23-linear', B62, 40));
const DATABRICKS = tok('dapi', fill('b23-dapi', HEX, 32));
const SAS_SIG = `${fill('b23-sas1', B62, 16)}%2F${fill('b23-sas2', B62, 14)}%2B${fill('b23-sas3', B62, 11)}%3D`;
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b23-awssess', B64, 360));
const ASIA = tok('ASIA', fill('b23-asia', B32, 16));
const ASIA_SECRET = fill('b23-asias', B64, 40);
const JWT_LOAN = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lend-2024-10' }, { sub: 'svc-underwriting', aud: 'core-ledger', scope: 'loans:write disbursements:write', iat: 1733130000, exp: 1733133600 }, 'b23-jwtloan');
const JWT_PD = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'pd-intake-bot', role: 'case_reader', county: 'Marlow', iat: 1732880000 }, 'b23-jwtpd');
const BEARER = fill('b23-bearer', B62 + '-._', 56);
const SENDGRID2 = tok('SG.', fill('b23-sg3', B64URL, 22), '.', fill('b23-sg4', B64URL, 43));
const JWT_SECRET = fill('b23-jwtsecret', B62, 48);
const PLAID_SECRET = fill('b23-plaid', HEX, 30);
const XENDIT = tok('xnd_', 'production_', fill('b23-xendit', B62, 50));
const MIDTRANS = tok('Mid-server-', fill('b23-midtrans', B62 + '-_', 24));
const FRAMEIO = tok('fio-u-', fill('b23-frameio', B64URL, 64));
const GLSA = tok('glsa_', fill('b23-glsa1', B62, 32), '_', fill('b23-glsa2', HEX, 8));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b23-atl', B64URL, 171), '=', fill('b23-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b23-ntn1', DIGITS, 11), fill('b23-ntn2', B62, 35));
const MAILCHIMP = tok(fill('b23-mc', HEX, 32), '-us14');
const MISTRAL = fill('b23-mistral', B62, 32);
const LOWER_PW = fill('b23-lowpw', LOWER + DIGITS, 12);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH23_CREDENTIALS: DraftRecord[] = [
  // — agricultural cooperative / grain trader —
  rec('config_ini', f`Silo sensors at the Constanța terminal stopped publishing after we changed the broker. Config on the gateway:

${amb('source_code.snippet', f`[mqtt]
host = mqtt.agrodelta.ro
port = 8883
tls = true
client_id = silo-ct-07
username = silo_gw
password = ${v('credential.password_assignment', 'Porumb-2024!Silo7')}
topic_prefix = agro/ct/silo

[probes]
moisture_interval_s = 300
temp_cables = 6`)}

mosquitto log says "not authorised". Is it the username or the ACL?`),

  rec('chat_ro', f`Salut, poți să verifici de ce aplicația de cântar nu se mai conectează la baza de date? Connection string-ul din appsettings:

${amb('source_code.snippet', f`"ConnectionStrings": {
  "Cantar": "Data Source=SRV-CANTAR01\\\\SQLEXPRESS;Initial Catalog=Receptie2024;User ID=cantar_app;Password=${v('credential.connection_string_password', 'Grau#Recolta88')};TrustServerCertificate=True"
}`)}

Eroarea e "Login failed for user 'cantar_app'". Am schimbat parola ieri pe server.`),

  rec('code_python', f`Bot Telegram buat kirim harga jagung harian ke grup petani, kenapa pesannya nggak terkirim ya?

\`\`\`python
${code(f`import requests

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183746591

def kirim_harga(harga_per_kg: int, gudang: str) -> None:
    teks = f"Harga jagung pipil hari ini di {gudang}: Rp {harga_per_kg:,}/kg"
    r = requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                      data={"chat_id": CHAT_ID, "text": teks})
    print(r.status_code, r.text)

kirim_harga(5350, "Gudang Lamongan")`)}
\`\`\`

Balasannya 400 "chat not found".`),

  rec('chat_id', f`Mas, tolong bikinin SOP singkat buat operator timbangan baru. Login ke aplikasi timbangan: user ${v('credential.user_password_pair', 'timbangan01 / Gabah!Kering25')} — nanti mereka wajib ganti password setelah login pertama.`),

  rec('env_file', f`Which of these do I actually need for the freight tracking dashboard? It shows truck positions between the elevators and the port.

${amb('source_code.snippet', f`# dashboard/.env
NODE_ENV=production
GOOGLE_MAPS_API_KEY=${v('credential.google_api_key', GOOGLE)}
POSTGRES_URL=postgres://fleet:${v('credential.database_url_password', 'Sorgo-Harvest-51')}@${amb('pii.ip_address', '10.20.4.11')}:5432/fleet
MAPBOX_STYLE=mapbox://styles/agrodelta/clq2m8x3k00a
REFRESH_SECONDS=30`)}`),

  rec('curl', f`Trying to pull the CME settlement file through our data vendor's API, getting 403:

curl -s -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  "https://api.graindata-feeds.com/v2/settlements?symbols=ZC,ZW,ZS&date=2024-11-29"

The token is from the vendor portal, created today.`),

  rec('shell', f`Azure copy of the harvest photos fails halfway, azcopy says 403 AuthenticationFailed:

azcopy copy "./harvest-2024/*" "https://agrodeltaphotos.blob.core.windows.net/harvest?sv=2023-11-03&ss=b&srt=co&sp=rwlc&se=2024-12-20T18:00:00Z&st=2024-12-02T07:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}" --recursive

The SAS is valid until the 20th, so why?`),

  rec('chat_sv', f`Hej! Kan du skriva om det här till ett tydligt mejl till våra lantbrukare? "Inloggningen till medlemsportalen för spannmålsavräkningar har ändrats. Tillfälligt lösenord för alla konton i Uppsala-regionen är ${v('credential.password_in_prose', 'Havre-Skord-2024')} och ni måste byta det vid första inloggningen."`),

  rec('code_csharp', f`${code(f`public static class WeighbridgeSync
{
    private const string StorageConn =
        "DefaultEndpointsProtocol=https;AccountName=agrodeltascales;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net";

    public static async Task UploadTicketAsync(string ticketNo, Stream pdf)
    {
        var container = new BlobContainerClient(StorageConn, "tickets");
        await container.UploadBlobAsync($"2024/{ticketNo}.pdf", pdf);
    }
}`)}

Blob upload works in the office but times out at the rural elevators (3G). Can I add retries with backoff?`),

  // — fashion e-commerce —
  rec('env_file', f`Shop went down after the deploy, I think one of these is wrong:

${amb('source_code.snippet', f`SHOPIFY_STORE=maison-lune.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
RETURNS_PORTAL_URL=https://returns.maisonlune.com`)}`),

  rec('chat', f`our 3PL needs read access to refunds only. I made a restricted key ${v('credential.stripe_restricted_key', STRIPE_RK)} with "Refunds: read" — is that enough for them to reconcile returns, or do they need Charges too?`),

  rec('code_ts', f`Size-recommendation widget calls OpenAI from the browser (I know, I know). Quick fix before Black Friday?

${code(f`const client = new OpenAI({
  apiKey: '${v('credential.openai_api_key', OPENAI)}',
  dangerouslyAllowBrowser: true,
});

export async function recommendSize(height: number, weight: number, fit: 'slim' | 'regular') {
  const r = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: \`Height \${height}cm, weight \${weight}kg, prefers \${fit} fit. Which size S-XXL?\` }],
  });
  return r.choices[0].message.content;
}`)}`),

  rec('chat_pt', f`Oi! Preciso mandar pro fornecedor de etiquetas o acesso ao FTP das artes. Escreve um e-mail educado? Servidor ftp.maisonlune.com.br, usuário etiquetas_sp, a senha é ${v('credential.password_in_prose', 'Linho&Seda2024')} — válido só até sexta.`),

  rec('code_python', f`${code(f`# integração Xendit (filial Jakarta) + Midtrans fallback
import xendit
from midtransclient import Snap

xendit.api_key = "${v('credential.generic_secret_assignment', XENDIT)}"

snap = Snap(
    is_production=True,
    server_key="${v('credential.generic_secret_assignment', MIDTRANS)}",
)

def criar_cobranca(pedido):
    return snap.create_transaction({"transaction_details": {"order_id": pedido.id, "gross_amount": pedido.total_idr}})`)}

Quando o Xendit falha a gente cai no Midtrans, mas o webhook chega duplicado. Como deduplicar?`),

  rec('yaml', f`${amb('source_code.snippet', f`# klaviyo-sync/config.yml
mailchimp:
  api_key: ${v('credential.mailchimp_api_key', MAILCHIMP)}
  list_id: 7f3a21c9e0
sendgrid:
  api_key: ${v('credential.sendgrid_api_key', SENDGRID2)}
  template_abandoned_cart: d-4e71a2c98b0f4d35a1e6c2b790f8d413`)}

we're leaving Mailchimp, can you rewrite this so only SendGrid remains and the cart template id stays?`),

  rec('dockerfile', f`${amb('source_code.snippet', f`FROM node:20-alpine
WORKDIR /app
COPY package*.json .npmrc ./
RUN echo "//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}" >> .npmrc && npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]`)}

Image is 1.2 GB, how do I make it smaller? Also is it fine to write the npm token like that?`, 'npm token both as .npmrc _authToken value and as npm_ token'),

  // — veterinary clinic chain —
  rec('chat', f`Appointment reminder SMS stopped at all 14 clinics. Twilio console shows nothing. Our settings: Account SID ${v('credential.twilio_account_sid', TW_SID)}, Auth Token ${v('credential.twilio_auth_token', TW_AUTH)}, sender "PawCare". Could alphanumeric sender IDs be blocked in Sweden?`),

  rec('code_php', f`${code(f`<?php
// vaccine reminder mails for the clinics
$mg = Mailgun\\Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');
foreach ($dueVaccinations as $v) {
    $mg->messages()->send('mg.pawcare-vet.se', [
        'from'    => 'PawCare <${v('pii.email', 'paminnelse@mg.pawcare-vet.se')}>',
        'to'      => $v->ownerEmail,
        'subject' => "Dags för vaccination: {$v->petName}",
        'text'    => render_reminder($v),
    ]);
}`)}

Some owners get the mail twice. Where's the bug?`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα σύντομο email για τη νέα βοηθό ιατρείου; Θέλω να της πω ότι ο λογαριασμός της στο σύστημα ραντεβού είναι έτοιμος: όνομα χρήστη m.papadaki και ο κωδικός είναι ${v('credential.password_in_prose', 'Skylos#Gata2024')}, να τον αλλάξει μόλις μπει.`),

  rec('kubeconfig', f`Lab-results importer (IDEXX/Vetscan PDFs → patient record) runs on k8s, the pod crashloops:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: lab-importer
  namespace: clinical
type: Opaque
stringData:
  DB_PASSWORD: "${v('credential.password_assignment', 'Vet-Lab-Import-719')}"
  OPENAI_API_KEY: "${v('credential.openai_api_key', OPENAI2)}"
  SFTP_HOST: "sftp.labpartner.example"`)}

Logs: "KeyError: LAB_SFTP_USER". I think I'm just missing a key?`),

  rec('shell', f`Backup of the practice management DB to the NAS, the cron job fails silently:

${amb('source_code.snippet', f`$ mysqldump -h 127.0.0.1 -u backup -p'${v('credential.mysql_cli_password', 'Hund&Katt-Backup9')}' --single-transaction pawcare_pms | gzip > /mnt/nas/pms-$(date +%F).sql.gz
mysqldump: Got error: 1045: Access denied for user 'backup'@'localhost' (using password: YES)`)}

Same password works in the mysql client.`),

  rec('chat_ar', f`أرجو صياغة رسالة ترحيب للطبيب البيطري الجديد في فرع دبي. بيانات الدخول إلى نظام المواعيد: اسم المستخدم dr.hamdan وكلمة المرور ${v('credential.password_in_prose', 'Faras@Dubai2024')} ويجب تغييرها عند أول تسجيل دخول.`),

  rec('code_python', f`Our triage chatbot prototype for the clinic website:

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

SYSTEM = "You are a veterinary triage assistant. Never give doses. Always suggest calling the clinic for emergencies."

def triage(message: str) -> str:
    resp = client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=400,
        system=SYSTEM,
        messages=[{"role": "user", "content": message}],
    )
    return resp.content[0].text`)}

How do I stop it from answering questions about human medication?`),

  rec('ssh', f`New vet clinic server, I can't ssh with the key the previous IT guy left in the wiki:

${v('credential.openssh_private_key', OSSH)}

ssh says "Load key: invalid format". Is it the line endings from copying out of Confluence?`),

  // — film & TV production —
  rec('aws_credentials', f`Dailies upload from set to S3 fails with SignatureDoesNotMatch. ~/.aws/credentials on the DIT cart:

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-north-1

[vfx-vendor]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = eu-west-1`)}

The clock on the cart is 7 minutes off, could that be it?`),

  rec('chat', f`Production office here. The editors share rough cuts via Dropbox API from the Avid bay script; token in the script is ${v('credential.dropbox_access_token', DROPBOX)}. It expires every 4 hours and the overnight export dies. How do we get a refresh token for an unattended machine?`),

  rec('chat_sv', f`Kan du formulera ett kort meddelande till frilansklipparna? Innehåll: "Ny inloggning till Frame.io-projektet 'Vinterljus' – vi använder ett delat konto tills vidare: användare ${v('pii.email', 'post@nordljusfilm.se')}, lösenord ${v('credential.password_in_prose', 'Klappa-Tagning-42')}. Dela inte vidare."`),

  rec('code_python', f`${code(f`# ingest.py — push proxies to Frame.io after the DIT offload
import frameioclient

client = frameioclient.FrameioClient("${v('credential.generic_secret_assignment', FRAMEIO)}")
PROJECT_ROOT = "b2a1f4c7-9e03-4d58-a6b2-0f7c1d9e3a84"

def push(path: str, scene: str, take: int) -> None:
    asset = client.assets.upload(PROJECT_ROOT, path)
    client.assets.update(asset["id"], description=f"Sc {scene} Tk {take}")`)}

upload works for small files but anything over 5 GB stalls at 99%`),

  rec('rclone', f`rclone to the VFX vendor's SFTP fails with "ssh: handshake failed". rclone.conf:

${amb('source_code.snippet', f`[vfx-sftp]
type = sftp
host = transfer.pixelforge-vfx.com
user = nordljus
port = 2222
key_pem = ${v('credential.private_key', RSA.replace(/\n/g, '\\n'))}
shell_type = unix`)}`, 'PEM inlined on one line with \\n escapes in rclone key_pem'),

  rec('chat', f`The post house gave us FTP for the DCP delivery: ftp://delivery_nordljus:${v('credential.url_password', 'DCP-Vinter!2025')}@ftp.postpoint.se/incoming/VINTERLJUS_FTR_R1-6/ — FileZilla says 530 login incorrect. Is the ! a problem in the URL?`),

  rec('chat_he', f`תוכל לנסח הודעה קצרה לצוות ההפקה? "הסיסמה החדשה למחשב העריכה בחדר 3 היא ${v('credential.password_in_prose', 'Tzilum-Boker-77')}, נא לא לכתוב אותה על פתקים." תודה!`),

  rec('docker_config', f`Render farm nodes can't pull our private image. ~/.docker/config.json on node 12:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.nordljusfilm.se": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": ""
}`)}

The other 11 nodes work.`),

  rec('chat', f`Our scheduling app posts call-sheet changes to Discord, the messages arrive twice. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — could the retry in our Lambda cause it?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (subtitle converter)
variables:
  HF_TOKEN: "${v('credential.huggingface_token', HF)}"
  GROQ_API_KEY: "${v('credential.groq_api_key', GROQ)}"

transcribe:
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - python transcribe.py --model whisper-large-v3 --in media/ --out srt/`)}

We want Swedish + English SRTs from the dailies. Why does the job run out of memory on the shared runner?`),

  // — consumer lending fintech —
  rec('code_python', f`${code(f`import os
import psycopg2
from plaid.api import plaid_api
from plaid import Configuration, ApiClient

conf = Configuration(
    host="https://production.plaid.com",
    api_key={"clientId": "64a1c7e2f0b93d001a5e7c28", "secret": "${v('credential.generic_secret_assignment', PLAID_SECRET)}"},
)
plaid = plaid_api.PlaidApi(ApiClient(conf))
db = psycopg2.connect("postgresql://underwriting:${v('credential.database_url_password', 'Amort1zation$Q4')}@pg-lend-prod.internal:5432/loans")`)}

income verification call returns PRODUCT_NOT_READY for half the applicants, should I retry?`),

  rec('curl', f`Core ledger rejects the disbursement with 401 "invalid audience":

curl -X POST https://ledger.lendly.internal/v1/disbursements \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_LOAN)}" \\
  -H "Content-Type: application/json" \\
  -d '{"loan_id":"LN-2024-0083126","amount":"4500.00","currency":"USD"}'`),

  rec('shell', f`Vault login works but reading the KYC provider secret fails:

$ export VAULT_ADDR=https://vault.lendly.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/kyc/onfido
Error reading secret/kyc/onfido: permission denied

Which policy do I need?`),

  rec('helm_values', f`${amb('source_code.snippet', f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.com
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true
clusterAgent:
  enabled: true`)}

We must NOT ship loan applicant logs to Datadog (PII). How do I exclude the namespace "underwriting"?`),

  rec('code_go', f`${code(f`package auth

import "github.com/golang-jwt/jwt/v5"

// signing key for borrower session tokens
var hmacSecret = []byte("${v('credential.generic_secret_assignment', JWT_SECRET)}")

func Sign(borrowerID string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": borrowerID, "scope": "borrower"})
	return t.SignedString(hmacSecret)
}`)}

Security review flagged this. Move it to env or to KMS?`),

  rec('gcp_sa', f`BigQuery export of repayment cohorts fails with "invalid_grant". Service account file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lendly-analytics",
  "private_key_id": "${fill('b23-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${v('pii.email', 'cohort-export@lendly-analytics.iam.gserviceaccount.com')}",
  "client_id": "108274619305718264930",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('chat', f`GitHub Actions can't clone the risk-models repo. Using a fine-grained token ${v('credential.github_fine_grained_pat', GH_FINE)} with Contents: read on that repo only. Error is "Repository not found". Does it need Metadata too?`),

  rec('chat_pt', f`Pode me ajudar? O script de cobrança roda no Databricks e de repente começou a dar 403. Token que estou usando: ${v('credential.databricks_token', DATABRICKS)} (gerado pelo Gustavo ano passado). Workspace é o de produção, São Paulo.`),

  rec('code_ts', f`${code(f`// notify collections team when a loan goes 30+ DPD
import { WebClient } from '@slack/web-api';

const slack = new WebClient('${v('credential.slack_bot_token', XOXB)}');

export async function notifyDelinquent(loanId: string, dpd: number) {
  if (dpd < 30) return;
  await slack.chat.postMessage({ channel: '#collections', text: \`Loan \${loanId} is \${dpd} days past due\` });
}`)}

can the bot DM the assigned agent instead of posting in the channel?`),

  rec('azure_ad', f`App registration for the loan-officer portal, SSO throws AADSTS7000215 "Invalid client secret provided":

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "8d3f6a21-7c4e-4b90-9e15-2a6c8f0d4b73",
    "ClientId": "c51e9a07-3b2d-4f68-a1c4-7e90d2b5f816",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}",
    "CallbackPath": "/signin-oidc"
  }
}`)}`),

  rec('chat_ar', f`ممكن تساعدني أكتب إيميل لفريق الدعم؟ المستخدم sa.collections في بوابة التحصيل مقفول، كلمة السر المؤقتة اللي أعطوني إياها كانت ${v('credential.password_in_prose', 'Qist-Riyadh-2290')} وما اشتغلت.`),

  rec('terraform', f`${amb('source_code.snippet', f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO)}"
}

provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF)}"
}

resource "digitalocean_droplet" "statements_pdf" {
  name   = "statements-pdf-01"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

terraform plan wants to recreate the droplet every time, why?`),

  // — courts / public defender office —
  rec('cisco', f`Courthouse annex switch config, the new VLAN for the jury assembly room doesn't get DHCP. Relevant part:

${amb('source_code.snippet', f`hostname ANNEX-SW2
!
enable secret 9 $9$${fill('b23-cisco9', B62 + './', 14)}$${fill('b23-cisco9b', B62 + './', 43)}
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Gavel!Annex2023')}
!
interface Vlan240
 description JURY-ASSEMBLY
 ip address ${amb('pii.ip_address', '10.44.240.1')} 255.255.255.0
 ip helper-address ${amb('pii.ip_address', '10.44.1.10')}
!
snmp-server community ${v('credential.network_device_secret', 'ct-ro-m0nitor')} RO`)}`, 'type-9 enable secret is a hash: left unlabelled; the type-0 password and SNMP community are labelled'),

  rec('ldap', f`Case management system can't authenticate attorneys since the AD migration. config/ldap.yml:

${amb('source_code.snippet', f`production:
  host: dc01.pd.marlowcounty.gov
  port: 636
  encryption: simple_tls
  base: OU=Attorneys,DC=pd,DC=marlowcounty,DC=gov
  bind_dn: CN=svc-cms,OU=Service,DC=pd,DC=marlowcounty,DC=gov
  password: "${v('credential.password_assignment', 'Miranda-Rights-1966x')}"
  uid: sAMAccountName`)}`),

  rec('curl', f`e-filing portal integration returns 401. I'm testing with:

curl -H "Authorization: Basic ${v('credential.basic_auth_header', b64('pd_efile_svc:Habeas#Corpus24'))}" https://efile.courts.state.example/api/v3/filings?caseNumber=2024-CR-004718

The same user can log in on the website.`),

  rec('chat', f`Our discovery review tool pulls transcripts from the court reporter service. They gave us this token for their API: ${v('credential.jwt', JWT_PD)}. Can you write a Python function that downloads all transcripts for a docket number and saves them as PDF?`),

  rec('git_remote', f`Pushing the motion templates repo fails:

$ git remote -v
origin  https://pd-templates-bot:${v('credential.github_pat', GHP)}@github.com/marlow-pd/motion-templates.git (fetch)
origin  https://pd-templates-bot:${v('credential.github_pat', GHP)}@github.com/marlow-pd/motion-templates.git (push)
$ git push
remote: Permission to marlow-pd/motion-templates.git denied to pd-templates-bot.`),

  rec('chat', f`Jail call scheduling integration: the vendor says to post events to our Slack. Incoming webhook ${v('credential.slack_webhook_url', SLACK_HOOK)} returns "no_service". Did someone delete the app?`),

  rec('gitlab', f`Our GitLab is self-hosted in the county datacenter. Script to archive old case-tracker projects:

${code(f`#!/usr/bin/env bash
set -euo pipefail
GITLAB=https://git.pd.marlowcounty.gov
TOKEN=${v('credential.gitlab_pat', GLPAT)}
for id in $(curl -s -H "PRIVATE-TOKEN: $TOKEN" "$GITLAB/api/v4/groups/12/projects?per_page=100" | jq -r '.[] | select(.last_activity_at < "2022-01-01") | .id'); do
  curl -s -X POST -H "PRIVATE-TOKEN: $TOKEN" "$GITLAB/api/v4/projects/$id/archive" > /dev/null
  echo "archived $id"
done`)}

it only archives the first 100, how do I paginate?`),

  rec('chat_ro', f`Bună, am nevoie de un email formal către colegii din arhivă: "Accesul la aplicația ECRIS pentru grefierii noi a fost configurat. Parola inițială este ${v('credential.password_in_prose', 'Dosar-Civil-2024')} și trebuie schimbată la prima autentificare." Mulțumesc!`),

  rec('chat_id', f`Tolong rapikan email ini buat tim IT pengadilan: "Akun SIPP untuk panitera pengganti sudah dibuat. Username: pp.surabaya03, password sementara ${v('credential.password_in_prose', 'Sidang-Rabu-17')}. Mohon segera diganti."`),

  rec('chat', f`Linear → Jira migration for the public defender IT team. Linear API key ${v('credential.linear_api_key', LINEAR)}, Jira API token ${v('credential.atlassian_api_token', ATLASSIAN)} (user ${v('pii.email', 'it-helpdesk@pd.marlowcounty.gov')}). Can you write a script that copies open issues with labels?`),

  rec('aws_session', f`Temporary creds for the records-retention Lambda, copied from the console "Command line access" box:

export AWS_ACCESS_KEY_ID="${v('credential.aws_access_key_id', ASIA)}"
export AWS_SECRET_ACCESS_KEY="${v('credential.aws_secret_access_key', ASIA_SECRET)}"
export AWS_SESSION_TOKEN="${v('credential.aws_session_token', AWS_SESSION)}"

aws s3 ls works but aws glacier list-vaults says AccessDenied. Is it the permission set?`),

  rec('chat_el', f`Βοήθεια με το API της τράπεζας για τις εκταμιεύσεις δανείων; Στο Postman βάζω Bearer token και παίρνω 403. Το token είναι ${v('credential.bearer_token', fill('b23-bearer2', B62, 48))} — λήγει κάθε μία ώρα;`),

  rec('chat_he', f`אני צריך עזרה עם סקריפט שמסנכרן את לוח הצילומים ל-Notion. הטוקן הוא ${v('credential.notion_token', NOTION)} והוא מחזיר 401 unauthorized. צריך לשתף את הדף עם האינטגרציה?`),

  rec('json', f`Grafana dashboard provisioning for the clinic network (uptime of the 14 PACS/X-ray boxes):

${amb('source_code.snippet', f`{
  "grafana_url": "https://pawcare.grafana.net",
  "service_account_token": "${v('credential.grafana_service_account_token', GLSA)}",
  "folder": "Clinics / Imaging",
  "refresh": "1m"
}`)}

How do I add an alert when a box is down for more than 10 min during opening hours only?`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`import os
os.environ["MISTRAL_API_KEY"] = "${v('credential.mistral_api_key', MISTRAL)}"
from mistralai import Mistral
m = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
resp = m.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Rezumă procesul-verbal de recepție a grâului"}])`)}

Out[3]: SDKError: API error occurred: Status 401

— cheia e nouă, de ce 401?`),

  rec('pem', f`The court's e-filing vendor asks for our client certificate key in PKCS#8. I have this, how do I convert it?

${v('credential.private_key', EC)}

openssl pkcs8 -topk8? And does it need a passphrase?`),

  rec('chat', f`The vet clinic Wi-Fi for the staff VLAN: SSID PawCare-Staff, WPA2 key ${v('credential.password_in_prose', LOWER_PW)}. Can you write a printable notice for the break room telling people NOT to give it to clients?`),
];

/**
 * Held-out batch 87: credentials pasted by staff of a NICU and milk bank, a mining equipment dealer,
 * a car-sharing app, a national archive's digitisation team, a cocoa and coffee export cooperative
 * and a regional emergency dispatch centre. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b87-akia', B32, 16));
const AKIA_SECRET = fill('b87-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b87-akia2', B32, 16));
const AKIA2_SECRET = fill('b87-akias2', B64, 40);
const GHP = gh('ghp', 'Tq7Mw2Lz9Xc4Rb8Vn1Kd6Hs3Jf5Gy0');
const GH_FINE = tok('github_', 'pat_', '11B4XQ7ZI0', fill('b87-ghfg1', B62, 12), '_', fill('b87-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b87-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2841736095', '-', '7382910465537', '-', fill('b87-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KQ7W2M', '/', 'B07RX3N9P1L', '/', fill('b87-slhook', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b87-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b87-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b87-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b87-oai1', B64URL, 74), 'T3BlbkFJ', fill('b87-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b87-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b87-groq', B62, 52));
const HF = tok('hf_', fill('b87-hf', B62, 34));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b87-gkey', B64URL, 33));
const GOOGLE_KEY2 = tok('AIza', 'Sy', fill('b87-gkey2', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b87-gocspx', B64URL, 28));
const AZ_STORAGE = `${fill('b87-azst', B64, 86)}==`;
const AZ_SAS_SIG = `${fill('b87-sas1', B62, 16)}%2F${fill('b87-sas2', B62, 11)}%2B${fill('b87-sas3', B62, 14)}%3D`;
const AZ_CLIENT = tok(fill('b87-azc0', B62, 3), '8Q~', fill('b87-azc1', B62 + '~.-_', 34));
const ADO_PAT = fill('b87-ado', B32.toLowerCase(), 52);
const TW_SID = tok('AC', fill('b87-twsid', HEX, 32));
const TW_TOKEN = fill('b87-twtok', HEX, 32);
const TW_SK = tok('SK', fill('b87-twsk', HEX, 32));
const SENDGRID = tok('SG.', fill('b87-sg1', B64URL, 22), '.', fill('b87-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b87-mg', HEX, 32));
const MAILCHIMP = tok(fill('b87-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b87-brevo1', HEX, 64), '-', fill('b87-brevo2', B62, 16));
const TELEGRAM = tok('7318462095', ':AA', fill('b87-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1284736150928374651', '/', fill('b87-dchook', B64URL, 68));
const TEAMS_HOOK = tok('https://kanaalregio.webhook.office.com/webhookb2/', '7d2e9a41-3c58-4b1f-9e07-5a6c8d2f1b94@4f8a1c3e-92d7-4b60-a5e1-0c7d3b9f2e68/IncomingWebhook/', fill('b87-teams1', HEX, 32), '/', 'b3c91e57-2a4d-4f08-8c6b-1e9d7a5f3c20/', 'V2', fill('b87-teams2', B64URL, 43));
const NPM = gh('npm', 'Hc3Pv8Wz1Rk6Nd4Tb9Lq2Xm7Gs5Jf0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b87-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b87-dckr', B64URL, 27));
const JFROG = tok('AKCp', fill('b87-jfrog', B62, 69));
const SHPAT = tok('shpat_', fill('b87-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b87-pm1', HEX, 24), '-', fill('b87-pm2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b87-atl', B64URL, 171), '=', fill('b87-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_', 'api_', fill('b87-lin', B62, 40));
const NOTION = tok('ntn_', fill('b87-ntn1', DIGITS, 11), fill('b87-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b87-at1', B62, 14), '.', fill('b87-at2', HEX, 64));
const SENTRY_DSN = tok('https://', fill('b87-sdsn', HEX, 32), '@o4507318.ingest.de.sentry.io/4507318264', '1');
const GLSA = tok('glsa_', fill('b87-glsa1', B62, 32), '_', fill('b87-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b87-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b87-ddapi', HEX, 32);
const DD_APP = fill('b87-ddapp', HEX, 40);
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b87-doppler', B62, 40));
const TFC = tok(fill('b87-tfc1', B62, 14), '.atlasv1.', fill('b87-tfc2', B62, 67));
const VAULT = tok('hvs.', 'CAESI', fill('b87-vault', B64URL, 90));
const DATABRICKS = tok('dapi', fill('b87-dapi', HEX, 32));
const SUPABASE = tok('sbp_', fill('b87-sbp', HEX, 40));
const VERCEL = fill('b87-vercel', B62, 24);
const NETLIFY = tok('nfp_', fill('b87-nfp', B62, 36));
const DO_TOKEN = tok('dop_', 'v1_', fill('b87-dop', HEX, 64));
const CF_TOKEN = fill('b87-cftok', B62 + '_-', 40);
const OKTA = tok('00', fill('b87-okta', B64URL, 40));
const SQUARE = tok('EAAA', fill('b87-square', B64URL, 60));
const FCM = tok('AAAA', fill('b87-fcm1', B64URL, 7), ':APA91b', fill('b87-fcm2', B64URL, 134));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'ridepal-ops', a: fill('b87-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b87-mbx', B64URL, 22));
const DROPBOX = tok('sl.', 'B', fill('b87-dbx', B64URL, 138));
const ALIBABA_ID = tok('LTAI', '5t', fill('b87-ltai', B62, 18));
const ALIBABA_SECRET = fill('b87-alisec', B62, 30);
const JWT_CAD = jwt({ alg: 'RS256', typ: 'JWT', kid: 'cad-2024-09' }, { sub: 'svc-radio-bridge', aud: 'cad.rds-nord.internal', scope: 'incidents:write units:read', iat: 1727341200, exp: 1758877200 }, 'b87-jwtcad');
const JWT_IIIF = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'vendor-scanmaster', coll: ['RG-112', 'RG-140'], role: 'uploader', iat: 1730715300 }, 'b87-jwtiiif');
const BEARER = fill('b87-bearer', B62 + '-._~', 58);
const RSA = pem('RSA PRIVATE KEY', 'b87-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b87-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const EC_KEY = pem('EC PRIVATE KEY', 'b87-ec', 121);
const GCP_PEM = pem('PRIVATE KEY', 'b87-gcp', 1218, '\\n');
const PPK_PRIV = b64Bytes('b87-ppk', 48);
const DOCKER_AUTH = b64('cicd-robot:Kakao!Harvest-2291');
const BASIC = b64('tsa_integration:Ngo2-Aburi-Hills');
const CISCO9 = tok('$9$', fill('b87-c9a', B62 + './', 14), '$', fill('b87-c9b', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH87_CREDENTIALS: DraftRecord[] = [
  // ——— NICU and milk bank ———
  rec('env_file', f`The milk-bank label printer service stopped sending SMS to donor mums after we moved it to the new VM. Env below, anything obviously wrong?

${cfg(f`# /opt/milkbank-labels/.env
NODE_ENV=production
DB_URL=postgres://mb_app:${v('credential.database_url_password', 'Colostrum#Fridge-17')}@${amb('pii.ip_address', '10.12.4.20')}:5432/milkbank
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=MilkBank
PRINTER_HOST=zebra-nicu-02.local`)}`),

  rec('chat_nl', f`Hoi, de koppeling tussen de couveusemonitoren en het EPD geeft sinds vannacht "401 invalid_client". Dit is de config van de HL7-bridge, kun je zien wat er mis is?

${cfg(f`bridge:
  mode: mllp
  listen: ${amb('pii.ip_address', '0.0.0.0')}:2575
oauth:
  token_url: https://epd-api.zkh-noord.nl/oauth2/token
  client_id: nicu-monitor-bridge
  client_secret: ${v('credential.azure_client_secret', AZ_CLIENT)}
  tenant: zkh-noord.onmicrosoft.com`)}

Het secret is vorige maand nog vernieuwd volgens Joost.`),

  rec('chat_da', f`Kan du hjælpe mig med at skrive en vejledning til nattevagterne om mælkebankens frysere? Login til temperaturovervågningen er bruger "frys_nat" og adgangskoden er ${v('credential.password_in_prose', 'Modermælk-Is42')} – den skal ikke stå i vejledningen, bare skriv "se nøgleskabet".`),

  rec('code_python', f`Our script that pulls infusion-pump events into the data warehouse is slow, can you make the paging faster?

\`\`\`python
${code(f`import requests, psycopg2

PUMP_API = "https://pumps.nicu.stmarys-hosp.org.uk/api/v2/events"
HEADERS = {"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}"}

conn = psycopg2.connect(host="dw-01", dbname="clinical", user="etl_pumps", password="${v('credential.password_assignment', 'Syringe-Driver-88!')}")

def fetch(page=1):
    out = []
    while True:
        r = requests.get(PUMP_API, headers=HEADERS, params={"page": page, "ward": "NICU"})
        r.raise_for_status()
        data = r.json()
        out += data["items"]
        if not data["next"]:
            return out
        page += 1`)}
\`\`\``),

  rec('chat_fi', f`Voitko kääntää tämän englanniksi laitetoimittajalle? "Keskosvalvomon etäyhteys: VPN-käyttäjä nicu-vendor, salasana ${v('credential.password_in_prose', 'Kaapeli!Lumi2024')}. Yhteys suljetaan perjantaina klo 16."`),

  rec('email_sw', f`Habari Dkt. Wanjiru,

Kwa ajili ya mfumo mpya wa kumbukumbu za watoto wachanga (NICU), akaunti yako imeundwa:
Jina la mtumiaji: wanjiru.nicu
Nenosiri la muda: ${v('credential.password_in_prose', 'Mtoto-Salama!61')}
Tafadhali ibadilishe mara ya kwanza unapoingia.

Asante,
Idara ya TEHAMA`),

  rec('chat', f`We're testing GPT summaries of NICU handover notes (de-identified, don't worry). Getting rate limited constantly with this key: ${v('credential.openai_api_key', OPENAI)} — is that a tier thing or do we need a separate project?`),

  rec('ini', f`Ward clerk pasted this from the breast-pump rental kiosk, can you tell me what the [sync] section does?

${cfg(f`[kiosk]
site = Neonatal Unit Level 2
locale = en_GB

[sync]
endpoint = https://rentals.lactocare.co.uk/api
api_user = kiosk-l2
api_password = ${v('credential.password_assignment', 'Pump&Return-5521')}
interval_min = 15`)}`),

  // ——— mining equipment dealer ———
  rec('chat_es_co', f`Buenas, necesito ayuda con el script que baja la telemetría de los camiones de acarreo de la mina en La Guajira. Usa estas credenciales de AWS:

${cfg(f`[telemetria-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = us-east-1`)}

Me sale AccessDenied al hacer s3 ls del bucket fleet-raw. ¿Es política de bucket o del usuario?`),

  rec('mqtt_conf', f`Mosquitto on the site gateway refuses the dozers' telematics units after the firmware update. mosquitto.conf + passwd line:

${cfg(f`listener 8883
cafile /etc/mosquitto/ca.crt
certfile /etc/mosquitto/server.crt
keyfile /etc/mosquitto/server.key
require_certificate false
password_file /etc/mosquitto/passwd
# bridge to HQ
connection hq-bridge
address mqtt.kalgoorlie-heavyquip.com.au:8883
remote_username site_kal_07
remote_password ${v('credential.password_assignment', 'Haul-Pack-785D!')}`)}`),

  rec('chat_en_au', f`mate can you turn this into a proper handover email for the Karratha branch? "parts portal login is parts_kta, pw ${v('credential.password_in_prose', 'Bucket-Teeth-24')}, Shopify admin token for the online store is ${v('credential.shopify_access_token', SHPAT)} — don't give that one to the casuals"`),

  rec('code_go', f`Go service that forwards fleet fault codes to our ticketing. Review please, esp. error handling:

${code(f`package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

const linearKey = "${v('credential.linear_api_key', LINEAR)}"

type Fault struct {
	Unit  string \`json:"unit"\`
	Code  string \`json:"code"\`
	Hours float64 \`json:"smu_hours"\`
}

func createIssue(f Fault) error {
	body, _ := json.Marshal(map[string]any{"query": "mutation { issueCreate(input: {teamId: \\"SVC\\", title: \\"" + f.Unit + " " + f.Code + "\\"}) { success } }"})
	req, _ := http.NewRequest("POST", "https://api.linear.app/graphql", bytes.NewReader(body))
	req.Header.Set("Authorization", linearKey)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	if err != nil {
		os.Exit(1)
	}
	return nil
}`)}`),

  rec('chat_mn', f`Сайн байна уу, Оюу толгойн уурхайн сэлбэгийн захиалгын системд нэвтрэх мэдээллийг англи хэл рүү орчуулна уу: нэвтрэх нэр "ot_parts_ub", нууц үг ${v('credential.password_in_prose', 'Talst-Uul#83')}. Баярлалаа.`),

  rec('chat', f`Dealer portal for mine-site access cards uses Okta. The IT guy left this in the runbook, is it an API token or a client secret? ${v('credential.okta_api_token', OKTA)} — I need to rotate it before the audit.`),

  rec('terraform', f`Why does terraform plan want to recreate the telematics ingest bucket every time?

${cfg(f`provider "aws" {
  region     = "ap-southeast-2"
  access_key = "${v('credential.aws_access_key_id', AKIA2)}"
  secret_key = "${v('credential.aws_secret_access_key', AKIA2_SECRET)}"
}

resource "aws_s3_bucket" "ingest" {
  bucket = "hq-telematics-ingest-apse2"
  force_destroy = false
}`)}`),

  rec('chat_pl', f`Przetłumacz proszę na angielski dla serwisu w Australii: "Dostęp do panelu diagnostycznego koparki: użytkownik serwis_kghm, hasło ${v('credential.password_in_prose', 'Miedz-Lubin!2290')}. Token do API telemetrii: ${v('credential.datadog_api_key', DD_API)} (to jest klucz Datadog, nie ruszać), klucz aplikacji: ${v('credential.datadog_app_key', DD_APP)}."`),

  rec('docker_compose', f`docker-compose for the parts-order sync, can you add a healthcheck?

${cfg(f`services:
  parts-sync:
    image: registry.heavyquip.internal/parts-sync:2.4.1
    environment:
      ERP_DSN: "Server=erp-sql01;Database=PartsOrders;User Id=sync_svc;Password=${v('credential.connection_string_password', 'Gearbox*Torque91')};TrustServerCertificate=True"
      ALIBABA_ACCESS_KEY_ID: ${v('credential.alibaba_access_key_id', ALIBABA_ID)}
      ALIBABA_ACCESS_KEY_SECRET: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}
    restart: unless-stopped`)}`),

  // ——— car-sharing app ———
  rec('chat', f`Host payouts failed overnight for ~40 hosts. Our payout worker uses ${v('credential.stripe_secret_key', STRIPE_LIVE)} and the webhook signing secret is ${v('credential.stripe_webhook_secret', WHSEC)}. Stripe dashboard shows "signature verification failed" on payout.paid. What should I check first?`),

  rec('code_ts', f`Refactor this into a class so we can mock it in tests:

${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_restricted_key', STRIPE_RK)}', { apiVersion: '2024-06-20' });

export async function payHost(hostAccount: string, cents: number, tripId: string) {
  return stripe.transfers.create({
    amount: cents,
    currency: 'eur',
    destination: hostAccount,
    transfer_group: \`trip_\${tripId}\`,
  });
}`)}`),

  rec('chat_pt_br', f`Oi! O app dos anfitriões não recebe push no Android desde ontem. A chave do FCM que está no backend é essa: ${v('credential.firebase_fcm_server_key', FCM)}. Li que a API legada foi desligada, preciso migrar pra HTTP v1?`),

  rec('kotlin', f`Android code for the driver-licence selfie check crashes on Android 14, see MapsModule:

\`\`\`kotlin
${code(f`object MapsModule {
    private const val MAPS_KEY = "${v('credential.google_api_key', GOOGLE_KEY)}"
    private const val MAPBOX_SECRET = "${v('credential.mapbox_secret_token', MAPBOX)}"

    fun init(ctx: Context) {
        MapsInitializer.initialize(ctx, MapsInitializer.Renderer.LATEST) {
            Log.d("Maps", "renderer=$it")
        }
        MapboxOptions.accessToken = MAPBOX_SECRET
    }
}`)}
\`\`\``),

  rec('chat_sv', f`Kan du skriva om det här till ett kort Slack-meddelande? "Trip-dispute-boten i #tvister är trasig. Bot-token: ${v('credential.slack_bot_token', SLACK_BOT)}. Kan någon med admin kolla scopes?"`),

  rec('github_actions', f`Deploy job for the host dashboard fails at the Vercel step:

${cfg(f`jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      VERCEL_TOKEN: ${v('credential.vercel_token', VERCEL)}
      VERCEL_ORG_ID: team_ridepal
      SENTRY_DSN: ${v('credential.sentry_dsn', SENTRY_DSN)}
    steps:
      - uses: actions/checkout@v4
      - run: npx vercel pull --yes --environment=production --token=$VERCEL_TOKEN
      - run: npx vercel deploy --prebuilt --prod --token=$VERCEL_TOKEN`)}`),

  rec('chat_fr_be', f`Salut, peux-tu m'aider à comprendre pourquoi l'API de vérification des permis de conduire nous renvoie 403 ? On l'appelle comme ça :

${amb('source_code.snippet', f`curl -X POST https://api.idcheck-partner.eu/v3/checks \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('carshare_be:Gaufre-Liege!76'))}" \\
  -H "Content-Type: application/json" \\
  -d '{"document_type":"driving_licence","country":"BE"}'`)}`),

  rec('chat', f`Trip-dispute summariser: I'm passing host and guest messages to Claude. Key is ${v('credential.anthropic_api_key', ANTHROPIC)}. Can you write the system prompt so it stays neutral and cites message ids?`),

  rec('npmrc', f`CI can't install our private @ridepal/pricing package:

${cfg(f`@ridepal:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Error is E404 on @ridepal/pricing, but it exists.`),

  rec('chat_hu', f`Le tudnád fordítani angolra? "A bérautó-flotta telematikai rendszerének admin jelszava ${v('credential.password_in_prose', 'Balaton-Kulcs#58')}, a felhasználónév fleet_admin_hu. Kérlek, ne küldd tovább e-mailben."`),

  // ——— national archive digitisation ———
  rec('chat', f`Scanning vendor can't upload the TIFF masters to our blob container. Connection string we gave them:

DefaultEndpointsProtocol=https;AccountName=natarchmasters;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Should we give them a SAS instead?`),

  rec('email_et', f`Tere, Mart!

Skannimisfirma saab nüüd üles laadida ainult kausta RG-112. Link kehtib kuni 30. novembrini:
https://rahvusarhiivscan.blob.core.windows.net/ingest/RG-112?sv=2023-01-03&sp=cw&se=2024-11-30T21:00:00Z&sr=c&sig=${v('credential.azure_sas_token', AZ_SAS_SIG)}

Palun ära jaga seda linki edasi.
Kadri`),

  rec('sftp_cfg', f`FileZilla won't connect to the vendor SFTP anymore. This is the sitemanager entry (exported):

${cfg(f`<Server>
  <Host>sftp.scanpro-digital.eu</Host>
  <Port>22</Port>
  <Protocol>1</Protocol>
  <Type>0</Type>
  <User>natarch_batch7</User>
  <Pass encoding="base64">${v('credential.base64_encoded_token', b64('Microfilm-Reel#4410'))}</Pass>
  <Logontype>1</Logontype>
</Server>`)}`),

  rec('chat_lt', f`Ar gali padėti? Išorinis skenavimo tiekėjas turi prisijungti prie mūsų IIIF serverio. Jiems išdavėme šį žetoną: ${v('credential.jwt', JWT_IIIF)}. Ar galima apriboti jo galiojimą, nes exp lauko nėra?`),

  rec('ssh_key', f`Vendor asked for "the key" to push to our digitisation NAS; I think I sent the wrong file?? This is what I attached:

${v('credential.openssh_private_key', OPENSSH)}

Should I regenerate? It's the key for the ingest@nas-digi account.`),

  rec('python', f`Script that moves restricted files (closed under 30-year rule) to a separate bucket. Please add logging:

${code(f`from google.cloud import storage
import os

os.environ["GOOGLE_API_KEY"] = "${v('credential.google_api_key', GOOGLE_KEY2)}"
DROPBOX_TOKEN = "${v('credential.dropbox_access_token', DROPBOX)}"

RESTRICTED_SERIES = {"FO-371", "CAB-129", "HO-45"}

def move_restricted(client, src, dst):
    for blob in client.list_blobs(src):
        series = blob.name.split("/")[0]
        if series in RESTRICTED_SERIES:
            src_bucket = client.bucket(src)
            src_bucket.copy_blob(blob, client.bucket(dst), blob.name)
            blob.delete()`)}`),

  rec('chat_cs', f`Prosím o pomoc s e-mailem pro badatele. Přístup do studovny online: uživatel badatel_2291, dočasné heslo ${v('credential.password_in_prose', 'Kronika-Praha!07')}. Heslo si musí změnit do 48 hodin.`),

  rec('gcp_key', f`Our OCR pipeline uses Document AI, this is the key file from the project. Why does it say "invalid_grant: Invalid JWT Signature"?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "natarch-ocr-prod",
  "private_key_id": "${fill('b87-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'ocr-runner@natarch-ocr-prod.iam.gserviceaccount.com')}",
  "client_id": "108274619305827364159",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'ocr-runner%40natarch-ocr-prod.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_no', f`Hei! Kan du lage en kort brukerveiledning for forskerkontoene i lesesalen? Testbruker: forsker_demo / passord ${v('credential.password_in_prose', 'Arkivkjeller!55')}. Den skal slettes etter kurset.`),

  rec('chat', f`Our researcher-account signup form sends confirmation mail through Mailgun (${v('credential.mailgun_api_key', MAILGUN)}) and newsletters through Mailchimp (${v('credential.mailchimp_api_key', MAILCHIMP)}). Can I merge both into Brevo? Brevo key: ${v('credential.brevo_api_key', BREVO)}`),

  // ——— cocoa and coffee cooperative ———
  rec('chat_en_gh', f`Please help me fix the farmer registry sync. The field officers' tablets push to Supabase and the management token is ${v('credential.supabase_token', SUPABASE)}. Since Monday the Ashanti region records duplicate. Farmers are identified by their cooperative number, not phone.`),

  rec('chat_fr_ci', f`Bonjour, le tableau Airtable des audits de certification (Rainforest, Fairtrade) ne se synchronise plus avec notre outil. Le jeton d'accès personnel est ${v('credential.airtable_pat', AIRTABLE)}. Tu peux m'écrire un script Python qui liste les bases accessibles avec ce jeton ?`),

  rec('env_file', f`Trade-finance portal env, production. Which of these should go into a vault?

${cfg(f`APP_NAME=coop-tradefin
DATABASE_URL=mysql://tradefin:${v('credential.database_url_password', 'Cacao$Letter0fCredit')}@db-tf.internal:3306/tradefin
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
LC_BANK_SFTP_PASSWORD=${v('credential.password_assignment', 'Kumasi-Port-Tema44')}
LOG_LEVEL=info`)}`),

  rec('chat_ak', f`Me pa wo kyɛw, boa me nkyerɛ mu English: "Kookoo akuafoɔ dwumadibea no tablet no password yɛ ${v('credential.password_in_prose', 'Koko-Bibiani!19')}. Mma obiara nhunu."`),

  rec('chat_es_hn', f`Hola, en la cooperativa de café en Marcala usamos un bot de Telegram para avisar a los productores cuando llega el camión de acopio. El token es ${v('credential.telegram_bot_token', TELEGRAM)}. ¿Cómo hago para que mande el mensaje en español y en lenca no?, solo en español pues.`),

  rec('putty', f`Old PuTTY key from the warehouse scale PC in San Pedro. Can I convert it to OpenSSH?

${v('credential.putty_private_key', `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: scale-pc-sanpedro
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b87-ppkpub', B64, 43)}
${fill('b87-ppkpub2', B64, 20)}
Private-Lines: 1
${PPK_PRIV}
Private-MAC: ${fill('b87-ppkmac', HEX, 64)}`)}`),

  rec('docker_config', f`Kaniko build can't push the certification-audit app image. ~/.docker/config.json on the runner:

${cfg(f`{
  "auths": {
    "harbor.coopcacao.ci": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    },
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', b64(`coopcacao:${DCKR}`))}"
    }
  }
}`)}`),

  rec('chat_id', f`Tolong bantu buat email ke tim IT di Lampung: token Hugging Face untuk model klasifikasi mutu biji kopi sudah bocor di grup WhatsApp, ${v('credential.huggingface_token', HF)}, harus dicabut hari ini. Juga token Groq ${v('credential.groq_api_key', GROQ)} untuk chatbot petani.`),

  rec('basic_auth_log', f`The customs e-filing API keeps rejecting us. Request dump from our trade-finance service:

${cfg(f`POST /api/v1/export-declarations HTTP/1.1
Host: single-window.gov.gh
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json
Content-Length: 412`)}

Response: 401 {"error":"account locked"}`),

  // ——— regional emergency dispatch centre ———
  rec('chat_de_at', f`Servus, das CAD-System der Leitstelle schickt Einsätze an ein Teams-Kanal, aber seit dem Update kommt nichts mehr an. Webhook-URL: ${v('credential.teams_webhook_url', TEAMS_HOOK)} – kann man testen, ob der Connector noch lebt?`),

  rec('cisco_cfg', f`Radio gateway router config from the backup dispatch site. Can you explain the voice-port part? (colleague said not to worry about the passwords)

${cfg(f`hostname RGW-BACKUP-02
!
enable secret 9 ${ambCat('credential', CISCO9)}
username radioadm privilege 15 password 0 ${v('credential.network_device_secret', 'Tetra-Relay!808')}
!
snmp-server community ${v('credential.network_device_secret', 'lst-nord-ro-47')} RO
!
voice-port 0/1/0
 operator-designed line
 signal keepalive 0
 connection trunk 2001`)}`),

  rec('chat_tr', f`Merhaba, acil çağrı merkezinin harita sunucusu için nginx ayarına bakar mısın? Yönetici paneli şifresi ${v('credential.password_in_prose', 'Ambulans-112!Kars')}, kullanıcı adı harita_admin. 502 hatası alıyoruz.`),

  rec('chat', f`Radio-bridge service authenticates to CAD with this token and since Monday gets "aud mismatch": ${v('credential.jwt', JWT_CAD)}. Can you decode the payload and tell me what audience it has?`),

  rec('code_bash', f`Nightly export of radio logs to the archive share, runs as cron. Anything dangerous here?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
DAY=$(date -d yesterday +%F)
export VAULT_TOKEN="${v('credential.vault_token', VAULT)}"
SMB_PASS=$(vault kv get -field=password secret/dispatch/archive-share)
tar czf /tmp/radio-$DAY.tgz /var/lib/nice-recorder/$DAY
smbclient //arch-fs01/radiolog -U dispatch_arch%"$SMB_PASS" -c "put /tmp/radio-$DAY.tgz radio-$DAY.tgz"
mysqldump -h cad-db -u cad_ro -p'${v('credential.mysql_cli_password', 'Sirene_Ro#2023')}' cad incidents --where="created>='$DAY'" > /tmp/inc-$DAY.sql`)}
\`\`\``),

  rec('chat_el', f`Γεια σου, μπορείς να μεταφράσεις στα αγγλικά; «Ο κωδικός πρόσβασης για το σύστημα καταγραφής κλήσεων του κέντρου 112 είναι ${v('credential.password_in_prose', 'Fotia-Lamia#29')} και το όνομα χρήστη supervisor_b. Αλλάζει κάθε 90 ημέρες.»`),

  rec('grafana', f`We put the dispatch KPIs (call answer time, unit en-route time) in Grafana Cloud. I can't get the alert to post to Discord. Provisioning file:

${cfg(f`apiVersion: 1
contactPoints:
  - orgId: 1
    name: dispatch-discord
    receivers:
      - uid: disp01
        type: discord
        settings:
          url: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
# service account used by the provisioning job: ${v('credential.grafana_service_account_token', GLSA)}`)}`),

  rec('chat_uk', f`Привіт! Допоможи написати інструкцію для нового диспетчера. Вхід у CAD: логін disp_kovalenko, пароль ${v('credential.password_in_prose', 'Kalyna-Dzvinok!51')}. Пароль тимчасовий, після першого входу система попросить змінити.`),

  rec('pem_key', f`The TLS cert on the caller-location gateway expired and the vendor sent a new bundle. Is this the right format for HAProxy? (it's cert+key in one file)

-----BEGIN CERTIFICATE-----
MIIDxTCCAq2gAwIBAgIUV${fill('b87-certbody', B64, 58)}
${fill('b87-certbody2', B64, 64)}
-----END CERTIFICATE-----
${v('credential.private_key', RSA)}`),

  rec('chat_ka', f`გამარჯობა, დამეხმარე ინგლისურად თარგმნაში: „სასწრაფო დახმარების დისპეტჩერული ცენტრის რადიო-ჩამწერი სისტემის პაროლი არის ${v('credential.password_in_prose', 'Mtsvane-Tba!112')}, მომხმარებელი radio_ops." ეს მომწოდებლისთვის არის.`),

  rec('chat', f`Can you help me write a PowerShell script that checks if the DigitalOcean droplet running our public incident map is up? Token: ${v('credential.digitalocean_token', DO_TOKEN)}. Also the Cloudflare token for purging the map cache: CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}`),

  rec('gitlab_ci', f`CI of the caller-data anonymiser, the release job can't push to GitHub mirror:

${cfg(f`release:
  stage: deploy
  variables:
    GITLAB_TOKEN: ${v('credential.gitlab_pat', GLPAT)}
    GH_MIRROR_TOKEN: ${v('credential.github_fine_grained_pat', GH_FINE)}
  script:
    - git remote add mirror https://x-access-token:$GH_MIRROR_TOKEN@github.com/rds-nord/caller-anon.git
    - git push mirror HEAD:main --tags`)}`),

  rec('chat_ro', f`Salut, poți să traduci în engleză pentru furnizorul de la Bruxelles? „Cheia Sentry pentru aplicația de dispecerat e ${v('credential.sentry_dsn', tok('https://', fill('b87-sdsn2', HEX, 32), '@o1184720.ingest.sentry.io/6731902'))}, iar parola contului de test este ${v('credential.password_in_prose', 'Salvamont-Bv!23')}."`),

  rec('python', f`Script for the shift roster that posts to Slack. Why does it post twice?

${code(f`import requests, datetime
WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"
PAGERDUTY_KEY = "${v('credential.generic_secret_assignment', fill('b87-pdkey', B62 + '+-', 20))}"

def post_roster(names):
    today = datetime.date.today().strftime("%d %b")
    text = f"Dispatch roster {today}: " + ", ".join(names)
    requests.post(WEBHOOK, json={"text": text}, timeout=5)
    requests.post(WEBHOOK, json={"text": text}, timeout=5)`)}`),

  rec('chat_az', f`Salam, zəhmət olmasa bunu ingilis dilinə tərcümə et: "Təcili yardım çağırış mərkəzinin GPS izləmə serverinə giriş: istifadəçi adı gps_baki, şifrə ${v('credential.password_in_prose', 'Xezer-Kulek!74')}. Yalnız növbə rəisi üçündür."`),

  rec('chat', f`Got these from our old Jenkins before decommissioning it. Which ones are still worth rotating? JFrog ${v('credential.jfrog_api_key', JFROG)}, PyPI ${v('credential.pypi_token', PYPI)}, Postman ${v('credential.postman_api_key', POSTMAN)}, GitHub ${v('credential.github_pat', GHP)}`),

  rec('chat_it', f`Ciao, mi aiuti a scrivere un ticket per Atlassian? Il token API dell'account di servizio del centro operativo 118 (${v('credential.atlassian_api_token', ATLASSIAN)}) restituisce 401 da stamattina e i ticket delle ambulanze non si creano più su Jira.`),

  rec('ec_key', f`Firmware signing for the AVL boxes in the ambulances — the vendor says this EC key is the one we must keep offline. Can you confirm it's P-256 just from the block?

${v('credential.private_key', EC_KEY)}`),

  rec('chat', f`Terraform Cloud + Doppler for the dispatch staging stack: TF_TOKEN_app_terraform_io=${v('credential.terraform_cloud_token', TFC)} and DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}. Plan works locally but not in the agent pool. Ideas?`),

  rec('chat_he', f`היי, אתה יכול לעזור לי לנסח מייל לספק? "הסיסמה לממשק ה-API של מערכת המוקד היא ${v('credential.password_in_prose', 'Magen-Kochav!101')} ושם המשתמש mokad_api. נא לא להעביר לצד שלישי."`),

  rec('chat', f`Our databricks job that scores trip disputes for fraud fails with 403. Using DATABRICKS_TOKEN=${v('credential.databricks_token', DATABRICKS)}, New Relic license for the job metrics ${v('credential.newrelic_key', NRAK)}. Is it the workspace ACL?`),

  rec('chat_vi', f`Chào bạn, giúp mình viết email cho nhà cung cấp phần mềm quản lý xe nhé: "Tài khoản quản trị là admin_hcm, mật khẩu ${v('credential.password_in_prose', 'XeTai!SaiGon82')}, token Square cho thanh toán thuê xe là ${v('credential.square_access_token', SQUARE)}."`),

  rec('chat', f`Netlify build for the archive's online exhibition fails. NETLIFY_AUTH_TOKEN=${v('credential.netlify_token', NETLIFY)}. Also we still have the Google OAuth client secret ${v('credential.google_oauth_client_secret', GOCSPX)} for researcher login there, is that safe in a static site?`),

  rec('chat_ja', f`救急指令センターの訓練用システムのログイン情報を英語に訳してください。「ユーザー名: kunren01、パスワード: ${v('credential.password_in_prose', 'Kyukyu-Sapporo#19')}」研修生向けの資料です。`),

  rec('chat', f`Azure DevOps PAT for the archive's pipelines expired, new one is ${v('credential.azure_devops_pat', ADO_PAT)}. Where do I put it so the agent picks it up? Also Twilio API key ${v('credential.twilio_api_key', TW_SK)} for the reading-room SMS notices — same question.`),

  rec('chat_ko', f`안녕하세요, 차량 공유 앱 호스트 정산 서버의 DB 접속 정보를 영어로 정리해 주세요. 호스트: payout-db.internal, 사용자: payout_rw, 비밀번호: ${v('credential.password_in_prose', 'Jeju-Halla!6417')}`),
];

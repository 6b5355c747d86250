/**
 * Held-out batch 116: credentials pasted by an optician and hearing-aid chain's booking team, a
 * trauma hospital's ED registration desk, a venture-debt fund's portfolio monitoring, a streaming
 * platform's trust-and-safety team, a cement and aggregates company's quarry logistics and a
 * statistics office's census field operations. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b116-akia', B32, 16));
const AKIA_SECRET = fill('b116-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b116-akia2', B32, 16));
const AKIA2_SECRET = fill('b116-akias2', B64, 40);
const TW_SID = tok('AC', fill('b116-twsid', HEX, 32));
const TW_AUTH = fill('b116-twauth', HEX, 32);
const SG = tok('SG.', fill('b116-sg1', B64URL, 22), '.', fill('b116-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b116-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b116-whsec', B62, 32));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b116-rklive', B62, 97));
const SLACK_BOT = tok('xoxb-', '2841937561', '2-', '6610384729514-', fill('b116-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b116-slt', UPPER + DIGITS, 8), '/B07', fill('b116-slb', UPPER + DIGITS, 8), '/', fill('b116-slh', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1268391047562918374/', fill('b116-dwh', B64URL, 68));
const TELEGRAM = tok('7318294056', ':AA', fill('b116-tg', B64URL, 33));
const GHP = gh('ghp', 'Qm4Tz8Wx2Lc6Vb1Nk5Hr9Jd3Fy7Ps0');
const GH_FINE = tok('github_pat_', '11B', fill('b116-ghf1', UPPER + DIGITS, 19), '_', fill('b116-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b116-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-', 'proj-', fill('b116-oai', B64URL, 120), 'T3Blbk', 'FJ', fill('b116-oai2', B64URL, 20));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b116-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b116-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b116-groq', B62, 52));
const GOOGLE = tok('AIza', 'Sy', fill('b116-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b116-gcp', 1217);
const AZ_STORAGE = `${fill('b116-azst', B64, 86)}==`;
const AZ_SECRET = tok(fill('b116-azs1', B62, 3), '8Q~', fill('b116-azs2', B62 + '._~-', 34));
const DD_API = fill('b116-ddapi', HEX, 32);
const NRAK = tok('NRAK-', fill('b116-nrak', UPPER + DIGITS, 27));
const SENTRY_DSN_KEY = fill('b116-sentry', HEX, 32);
const DATABRICKS = tok('dapi', fill('b116-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b116-dop', HEX, 64));
const VAULT = tok('hvs.', fill('b116-hvs', B62 + '_-', 90));
const CF_TOKEN = fill('b116-cft', B62 + '_-', 40);
const MAILGUN = tok('key-', fill('b116-mg', HEX, 32));
const SHPAT = tok('shpat_', fill('b116-shpat', HEX, 32));
const LINEAR = tok('lin_api_', fill('b116-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b116-pm1', HEX, 24), '-', fill('b116-pm2', HEX, 34));
const NPM = gh('npm', 'Vb2Nm8Qw4Er6Ty1Ui3Op7As5Df9Gh0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b116-pypi', B64URL, 150));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b116-atl', B64URL, 171), '=', fill('b116-atl2', HEX.toUpperCase(), 8));
const OKTA = tok('00', fill('b116-okta', B64URL, 40));
const TFC = tok(fill('b116-tfc1', B62, 14), '.atlasv1.', fill('b116-tfc2', B62, 67));
const BREVO = tok('xkeysib-', fill('b116-brevo1', HEX, 64), '-', fill('b116-brevo2', B62, 16));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'grauwacke-logistik', a: fill('b116-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b116-mbx', B64URL, 22));
const DOCKER_AUTH = b64('census-ci:' + fill('b116-dockpw', B62, 18));
const BASIC = b64('weighbridge:' + 'Kalkstein#2291');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b116-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b116-rsa', 1190);
const JWT_ED = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ed-reg-2' }, { sub: 'svc-ed-registration', aud: 'hl7-gateway', scope: 'adt.write patient.read', iat: 1733212800, exp: 1764748800 }, 'b116-jwted');
const JWT_MOD = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'mod-queue-worker', role: 'trust_safety_admin', iat: 1733900000 }, 'b116-jwtmod');
const BEARER = fill('b116-bearer', B62 + '-._~', 56);
const ADO_PAT = fill('b116-ado', B32LOWER, 52);
const XAI = tok('xai-', fill('b116-xai', B62, 80));
const MISTRAL = fill('b116-mistral', B62, 32);
const SUPABASE = tok('sbp_', fill('b116-sbp', HEX, 40));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b116-doppler', B62, 40));
const HEROKU = tok('HRKU-', 'AA', fill('b116-hrku', B64URL, 58));
const SQUARE = tok('EAAA', fill('b116-square', B64URL, 60));
const NOTION = tok('ntn_', fill('b116-ntn1', DIGITS, 11), fill('b116-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b116-at1', B62, 14), '.', fill('b116-at2', HEX, 64));
const CISCO_HASH = tok('$9$', fill('b116-c9a', B62 + './', 14), '$', fill('b116-c9b', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH116_CREDENTIALS: DraftRecord[] = [
  rec('env_file_en_gb', f`Booking site sends no SMS reminders since Friday. Our .env on the booking server:

${cfg(f`# booking-web/.env.production  (ClearSight Opticians & Hearing)
APP_URL=https://book.clearsight-opticians.co.uk
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=ClearSight
REMINDER_HOURS_BEFORE=24
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}`)}

Twilio console shows error 20003. Is the token wrong or the sender ID?`),

  rec('chat_de', f`Hallo, unser Online-Terminbuchungssystem für die Hörakustik-Filialen verlangt für Anzahlungen jetzt Stripe. Der Entwickler hat mir das geschickt, damit ich es im Backoffice eintrage:
Secret Key: ${v('credential.stripe_secret_key', STRIPE_LIVE)}
Webhook-Signing-Secret: ${v('credential.stripe_webhook_secret', WHSEC)}
Wo genau gehört was hin? Im Backoffice gibt es die Felder "API-Schlüssel" und "Endpoint-Geheimnis".`),

  rec('code_php_fr', f`Bonjour, le paiement de l'acompte pour les appareils auditifs plante en production seulement. Voici le contrôleur :

${code(f`<?php
namespace App\\Controller;

use Stripe\\StripeClient;

final class AcompteController
{
    private StripeClient $stripe;

    public function __construct()
    {
        // clé restreinte : payment_intents write uniquement
        $this->stripe = new StripeClient('${v('credential.stripe_restricted_key', RK_LIVE)}');
    }

    public function creer(int $centimes, string $rdvId): string
    {
        $pi = $this->stripe->paymentIntents->create([
            'amount' => $centimes,
            'currency' => 'eur',
            'metadata' => ['rdv' => $rdvId],
        ]);
        return $pi->client_secret;
    }
}`)}

Erreur : "The provided key does not have the required permissions". Il manque quelle permission ?`),

  rec('chat_nl', f`Kun je een korte uitleg schrijven voor de filiaalmedewerkers hoe ze inloggen op het nieuwe afsprakenportaal? Gebruikersnaam is hun filiaalcode (bijv. OPT-UTR-04) en het tijdelijke wachtwoord voor iedereen is ${v('credential.password_in_prose', 'Brilmontuur!2025')}. Na de eerste keer moeten ze het wijzigen.`),

  rec('yaml_es', f`Hola, ¿me ayudas a entender por qué el conector de Google Calendar de las ópticas no sincroniza las citas? Esta es la config:

${cfg(f`calendar_sync:
  provider: google
  api_key: ${v('credential.google_api_key', GOOGLE)}
  calendars:
    - store: MAD-Chamberi
      id: ${amb('pii.email', 'optica.chamberi@group.calendar.google.com')}
    - store: MAD-Retiro
      id: ${amb('pii.email', 'optica.retiro@group.calendar.google.com')}
  poll_minutes: 5`)}

El log dice "Login Required" aunque la clave es nueva.`),

  rec('chat_sv', f`Vi byter SMS-leverantör för påminnelser om synundersökning. Gamla Twilio-kontot ska stängas: SID ${v('credential.twilio_account_sid', tok('AC', fill('b116-twsid2', HEX, 32)))}, auth token ${v('credential.twilio_auth_token', fill('b116-twauth2', HEX, 32))}. Kan du skriva en checklista för vad vi måste exportera innan vi säger upp det?`),

  rec('hl7_config_en_us', f`Our ED registration interface engine drops ADT^A04 messages after the cert renewal. Channel config:

${cfg(f`[channel:ED_REG_ADT_OUT]
source = mllp://${ip('10.32.8.41')}:6661
destination = https://hl7gw.stcatherine-trauma.org/adt
auth_header = Bearer ${v('credential.jwt', JWT_ED)}
retry = 3
ack_timeout_ms = 15000`)}

The gateway log shows 401 for every message since 02:14.`),

  rec('sql_cli_en_us', f`Night shift needs to re-run the ED census query by hand. The script we have:

${cfg(f`$ mysql -h ${ip('10.32.14.7')} -u ed_reg_ro -p${v('credential.mysql_cli_password', 'Trauma1Bay!07')} edreg -e "SELECT bay, status, arrived_at FROM ed_tracking WHERE discharged_at IS NULL;"`)}

Can you turn this into a saved query that doesn't need the password on the command line?`),

  rec('chat_it', f`Ciao, sono all'accettazione del pronto soccorso. Il PC del triage 2 non si collega più al gestionale. Il tecnico al telefono mi ha detto di usare l'utenza di emergenza: utente PS_TRIAGE_EMERG, password ${v('credential.password_in_prose', 'CodiceRosso#48')}. Mi scrivi una nota per il collega del turno di notte su come accedere, senza errori?`),

  rec('connection_string_pl', f`Dzień dobry, raport z izby przyjęć (SOR) przestał się generować. W pliku appsettings jest:

${cfg(f`"ConnectionStrings": {
  "Izba": "Server=sql-sor01.szpital.local,1433;Database=SOR_Rejestracja;User Id=raport_sor;Password=${v('credential.connection_string_password', 'Zolty-Karetka-55')};TrustServerCertificate=True"
}`)}

Co może być nie tak, skoro hasło nie było zmieniane?`),

  rec('ssh_key_en_au', f`Need to set up the nightly PACS export from the ED imaging box to the trauma registry. The vendor sent this key for the sftp account, can you tell me which file it goes in and the right permissions?

${v('credential.openssh_private_key', OSSH)}

Host is ${ip('10.40.2.19')}, user regexport.`),

  rec('chat_pt_br', f`Oi! Na recepção do pronto-socorro a gente usa um totem de senha. O fornecedor mandou o acesso de administrador por WhatsApp: login admin.totem / senha ${v('credential.password_in_prose', 'Acolhimento@2024')}. Pode me ajudar a escrever um e-mail pedindo para eles trocarem isso por contas individuais?`),

  rec('aws_credentials_en_us', f`Portfolio monitoring pulls covenant packs from our S3 bucket. After I copied my credentials to the new laptop boto3 says SignatureDoesNotMatch:

${cfg(f`[harbourline-portfolio]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = us-east-1`)}

Could there be a trailing space somewhere?`),

  rec('python_en_gb', f`This notebook summarises borrower KPIs every Monday. Can you make it robust to missing months?

${code(f`import os
import pandas as pd
from openai import OpenAI
import snowflake.connector

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

conn = snowflake.connector.connect(
    account="hl-vdebt.eu-west-2.aws",
    user="PORTFOLIO_SVC",
    password="${v('credential.password_assignment', 'Warrant-Coverage-88')}",
    warehouse="MONITORING_WH",
)
kpis = pd.read_sql("select borrower, month, arr, cash, burn from kpi_monthly", conn)
for borrower, g in kpis.groupby("BORROWER"):
    runway = g["CASH"].iloc[-1] / max(g["BURN"].tail(3).mean(), 1)
    prompt = f"Summarise covenant headroom for {borrower}, runway {runway:.1f} months"
    print(client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]).choices[0].message.content)`)}`),

  rec('chat_fr_ca', f`Allo, je dois donner accès au portail de reporting à un emprunteur (une startup de Montréal). Pour le moment j'ai créé l'utilisateur "nordique-biotech" avec le mot de passe ${v('credential.password_in_prose', 'Clause-Covenant-31')}. Tu peux rédiger le courriel d'invitation en français et en anglais, en leur disant de le changer tout de suite?`),

  rec('env_file_en_us', f`${cfg(f`# portfolio-alerts/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}
SLACK_CHANNEL=#pm-covenant-alerts
ALERT_THRESHOLD_RUNWAY_MONTHS=6
DATABRICKS_HOST=https://adb-4819203746158203.3.azuredatabricks.net
DATABRICKS_TOKEN=${v('credential.databricks_token', DATABRICKS)}`)}

Which of these should move into Key Vault first? We're being audited by an LP next month.`),

  rec('chat_ja', f`ポートフォリオ企業のKPIダッシュボードをAirtableからNotionに移行しています。移行スクリプト用のトークンはこれです：Airtable ${v('credential.airtable_pat', AIRTABLE)}、Notion ${v('credential.notion_token', NOTION)}。月次のARRとキャッシュ残高だけ移すPythonスクリプトを書いてもらえますか？`),

  rec('curl_en_ie', f`Trying to pull the latest bank balances of a borrower through their accounting API sandbox vs prod. Prod call:

${cfg(f`curl -s https://api.ledgerbridge.io/v2/companies/4471/balances \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "Accept: application/json"`)}

returns {"error":"consent_expired"}. Do we need the borrower to reconnect?`),

  rec('k8s_secret_en_us', f`Moderation workers can't reach the classifier after the secret rotation:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: tns-classifier
  namespace: trust-safety
type: Opaque
stringData:
  HF_TOKEN: ${v('credential.huggingface_token', HF)}
  GROQ_API_KEY: ${v('credential.groq_api_key', GROQ)}
  QUEUE_JWT: ${v('credential.jwt', JWT_MOD)}`)}

Pods show CrashLoopBackOff with "invalid token" from huggingface_hub.`),

  rec('chat_ko', f`신고된 영상 자동 분류 봇이 슬랙에 알림을 못 보내요. 웹훅 주소는 ${v('credential.slack_webhook_url', SLACK_HOOK)} 이고, 어제까지는 잘 됐어요. 채널이 아카이브되면 웹훅도 죽나요?`),

  rec('code_ts_en_sg', f`Our appeal-review tool posts decisions to a Discord channel for the volunteer moderators. Sometimes it double-posts:

${code(f`const WEBHOOK = '${v('credential.discord_webhook_url', DISCORD_HOOK)}';

export async function announceDecision(caseId: string, decision: 'upheld' | 'reversed'): Promise<void> {
  const body = { content: \`Appeal \${caseId}: **\${decision}**\`, allowed_mentions: { parse: [] } };
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await fetch(WEBHOOK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 429) return;
    await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
  }
}`)}`),

  rec('chat_tr', f`Merhaba, içerik moderasyon ekibinde Telegram üzerinden acil bildirim botu kullanıyoruz. Bot token'ı ${v('credential.telegram_bot_token', TELEGRAM)} — dün bir stajyer bunu herkese açık bir gruba yazmış. Token'ı nasıl iptal edip yenisini alırım, adım adım anlatır mısın?`),

  rec('gha_en_us', f`${cfg(f`name: deploy-moderation-console
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AKIA2)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
      SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_DSN_KEY}@o4507318.ingest.us.sentry.io/4507318829`)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://tns-console-prod --delete`)}

Reviewer says never put keys in the workflow. How do I move them to OIDC?`),

  rec('gcp_sa_en_in', f`Hash-matching job on GKE fails with "invalid_grant: Invalid JWT Signature". This is the key file mounted in the pod:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "vidora-tns-prod",
  "private_key_id": "${fill('b116-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'hashmatch-runner@vidora-tns-prod.iam.gserviceaccount.com')}",
  "client_id": "104829371650283917462",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'hashmatch-runner%40vidora-tns-prod.iam.gserviceaccount.com')}"
}`))}

Could the clock on the node be off?`),

  rec('chat_ru', f`Привет! В команде модерации у нас общий аккаунт в панели разметки жалоб. Руководитель написал в чат: «логин tns-night, пароль ${v('credential.password_in_prose', 'Nochnaya_Smena_19')}, никому не давать». Помоги составить вежливое сообщение, что так делать нельзя и нужны личные учётки с SSO.`),

  rec('dotnet_config_uk', f`Привіт, сервіс збереження скріншотів скарг не може писати в Azure Blob. appsettings.Production.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=vidoraevidence;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "appeal-evidence"
  },
  "AzureAd": {
    "TenantId": "7c1e4b92-3a58-4d0f-9e26-b83f1a5c7d40",
    "ClientId": "d29f6a13-8c47-4e05-a1b9-50e7c2d84f16",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  }
}`)}

Помилка 403 AuthorizationPermissionMismatch. Чого бракує?`),

  rec('chat_en_au_2', f`Heads up from the quarry weighbridge: the ticket printer PC logs into the dispatch API with basic auth and it's been failing since the password change. The header the PC sends is Authorization: Basic ${v('credential.basic_auth_header', BASIC)} — can you decode what it thinks the password is so I can compare?`),

  rec('cisco_es_ar', f`Che, el router de la cantera (Planta Olavarría) no deja entrar por SSH desde la oficina de despacho. Te paso la config:

${cfg(f`hostname cantera-olav-rtr01
!
username soporte privilege 15 secret 9 ${ambCat('credential', CISCO_HASH)}
enable secret 9 ${ambCat('credential', tok('$9$', fill('b116-c9c', B62 + './', 14), '$', fill('b116-c9d', B62 + './', 43)))}
!
snmp-server community ${v('credential.network_device_secret', 'Piedra-Caliza-77')} RW 10
!
interface GigabitEthernet0/1
 ip address ${ip('172.20.4.1')} ${ip('255.255.255.0')}
!
line vty 0 4
 transport input ssh
 access-class 10 in`)}

¿Puede ser la access-list 10?`, 'Cisco type 9 hashes: ambiguous credential, no rule; the SNMP community is the secret'),

  rec('python_de', f`Das Skript holt die Wiegedaten der Fahrzeugwaage und schickt sie an SAP. Seit dem Update hängt es beim Login:

${code(f`import requests

WAAGE_URL = "http://${ip('192.168.40.12')}:8080/api/wiegungen"
SAP_URL = "https://sap-gw.grauwacke-baustoffe.de/sap/opu/odata/sap/ZWIEGE_SRV"
SAP_USER = "RFC_WAAGE"
SAP_PASSWORD = "${v('credential.password_assignment', 'Schotter.Kies-2024')}"

def uebertragen():
    daten = requests.get(WAAGE_URL, timeout=10).json()
    for w in daten["wiegungen"]:
        r = requests.post(SAP_URL + "/WiegungSet", json=w, auth=(SAP_USER, SAP_PASSWORD), timeout=30)
        r.raise_for_status()`)}

Fehler: 403 CSRF token validation failed.`),

  rec('chat_cs', f`Ahoj, dispečink lomu potřebuje mapu s trasami nákladních aut. Mapbox token, co máme v aplikaci: ${v('credential.mapbox_secret_token', MAPBOX)}. Je to ten správný typ tokenu pro stahování offline dlaždic do tabletů v kabinách?`),

  rec('docker_config_en_za', f`Census CAPI build agent can't pull the enumerator app base image from our private registry:

${cfg(f`{
  "auths": {
    "registry.stats-fieldops.gov.example": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

~/.docker/config.json looks right to me. Could the robot account be expired?`),

  rec('chat_sw', f`Habari, nimepewa kazi ya kusanidi vishikwambi (tablets) 40 vya wadadisi wa sensa kwa eneo la Morogoro. Msimamizi amenitumia nenosiri la akaunti ya MDM: mtumiaji sensa_admin, nenosiri ${v('credential.password_in_prose', 'Kaya2025!Moro')}. Naomba uniandikie maelekezo mafupi ya kuingiza vifaa kwenye MDM bila kuwashirikisha nenosiri hili wadadisi.`),

  rec('yaml_fr', f`Bonjour, la synchronisation des questionnaires du recensement entre les tablettes des agents recenseurs et le serveur central échoue pour la commune de Vénissieux :

${cfg(f`server:
  url: https://collecte-rp.insee-terrain.example/api
  headless_user: synchro_venissieux
  headless_password: ${v('credential.password_assignment', 'Logement#Ilot-2025')}
proxy:
  host: ${ip('10.118.4.250')}
  port: 3128
sync_interval_min: 30`)}

L'erreur est "407 Proxy Authentication Required". On ajoute où les identifiants du proxy ?`),

  rec('chat_hi', f`नमस्ते, जनगणना फील्ड ऑपरेशन के लिए हमारे पर्यवेक्षकों का डैशबोर्ड लॉगिन नहीं हो रहा। राज्य कार्यालय ने यह भेजा है: यूज़र आईडी supervisor_patna_07 और पासवर्ड ${v('credential.password_in_prose', 'Ganana@Bihar2025')}। कृपया पर्यवेक्षकों के लिए हिंदी में एक छोटा निर्देश लिखें कि पहली बार लॉगिन के बाद पासवर्ड कैसे बदलें।`),

  rec('tfvars_en_us', f`${cfg(f`# infra/census-fieldops/prod.auto.tfvars
project        = "fieldops-prod"
region         = "us-central1"
vault_token    = "${v('credential.vault_token', VAULT)}"
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
do_token       = "${v('credential.digitalocean_token', DO_TOKEN)}"
enumerator_api_replicas = 6`)}

terraform plan complains that vault_token is sensitive and not marked as such. How do I mark it and stop committing this file?`),

  rec('chat_ar', f`مرحباً، نحن فريق عمليات التعداد الميداني. نرسل رسائل تذكير للأسر عبر Mailgun ومفتاح الـ API هو ${v('credential.mailgun_api_key', MAILGUN)}. الرسائل تصل متأخرة ساعات. هل يمكنك كتابة سكربت بايثون يتحقق من حالة الرسائل المرسلة عبر الـ Events API؟`),

  rec('npmrc_en_gb', f`${cfg(f`registry=https://registry.npmjs.org/
@clearsight:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', v('credential.github_pat', GHP))}
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm install of the booking widget fails with E401 for @clearsight packages but the public ones work. Which line is wrong?`, 'GitHub PAT as the GitHub Packages _authToken: .npmrc auth token and GitHub PAT on one span'),

  rec('chat_pl_2', f`Cześć! Publikuję wewnętrzną paczkę do walidacji formularzy spisowych. Twine mi krzyczy 403. Mój ~/.pypirc ma password = ${v('credential.pypi_token', PYPI)} i username = __token__. Czy token projektu działa dla nowej paczki, która jeszcze nie istnieje na PyPI?`),

  rec('curl_en_us_jira', f`${cfg(f`curl -u ${v('pii.email', 'd.okafor@vidora.tv')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://vidora.atlassian.net/rest/api/3/issue \\
  -d '{"fields":{"project":{"key":"TNS"},"summary":"Escalation: coordinated spam ring","issuetype":{"name":"Task"}}}'`)}

Returns 400 "Field 'priority' is required". How do I find the priority ids?`),

  rec('chat_el', f`Γεια σου! Στο τμήμα παρακολούθησης χαρτοφυλακίου χρησιμοποιούμε Okta. Ο προηγούμενος συνάδελφος άφησε ένα script με το token ${v('credential.okta_api_token', OKTA)} για να απενεργοποιεί λογαριασμούς εξωτερικών συμβούλων. Μπορείς να μου εξηγήσεις πώς το κάνω service app με OAuth αντί για token;`),

  rec('hcl_en_au', f`${cfg(f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

terraform init for the quarry telematics workspace says "unauthorized". Is the token scoped to the org or to my user?`),

  rec('chat_vi', f`Chào bạn, nhóm đặt lịch khám mắt dùng Brevo để gửi email nhắc lịch. Khóa API hiện tại là ${v('credential.brevo_api_key', BREVO)}. Mình muốn viết một đoạn Node.js gửi email nhắc trước 48 giờ, bạn giúp được không?`),

  rec('shell_en_ie', f`Trying to rotate the moderation console's DB user. My notes from last time:

${cfg(f`$ export PGPASSWORD='${v('credential.cli_password', 'Appeal-Queue-Drain-6')}'
$ psql -h ${ip('10.12.40.8')} -U tns_console -d moderation -c "ALTER ROLE tns_console VALID UNTIL '2025-06-30';"
ALTER ROLE`)}

Is setting VALID UNTIL enough or do I need to change the password itself?`),

  rec('chat_id', f`Halo, tim logistik tambang batu kapur kami memakai Shopify untuk penjualan agregat ke kontraktor kecil. Developer lama meninggalkan access token ${v('credential.shopify_access_token', SHPAT)} di spreadsheet bersama. Bagaimana cara mencabut token itu dan membuat yang baru?`),

  rec('chat_th', f`สวัสดีครับ ทีมสำมะโนภาคสนามใช้ Linear ติดตามปัญหาแท็บเล็ต ผมจะเขียนสคริปต์ดึง issue ที่ติดแท็ก "sync-fail" ทุกเช้า API key คือ ${v('credential.linear_api_key', LINEAR)} ช่วยเขียน GraphQL query ให้หน่อยครับ`),

  rec('postman_env_en_ng', f`${cfg(f`{
  "name": "census-capi-prod",
  "values": [
    { "key": "base_url", "value": "https://capi.fieldops.nbs-census.example/v1", "enabled": true },
    { "key": "postman_api_key", "value": "${v('credential.postman_api_key', POSTMAN)}", "enabled": true },
    { "key": "supervisor_password", "value": "${v('credential.password_assignment', 'Enumeration!Lagos24')}", "enabled": true }
  ]
}`)}

I exported this Postman environment to share with the Kano team. Anything I should strip before sending?`),

  rec('chat_kk', f`Сәлем! Санақ бойынша далалық жұмыстар тобында серверге кіру үшін DigitalOcean қолданамыз. Әріптесім токенді чатқа жіберді: ${v('credential.digitalocean_token', tok('dop_v1_', fill('b116-dop2', HEX, 64)))}. Оны қалай жою керек және жаңасын қалай жасаймыз?`),

  rec('gitlab_ci_en_gb', f`${cfg(f`variables:
  DOCKER_DRIVER: overlay2
  GITLAB_TOKEN: ${v('credential.gitlab_pat', GLPAT)}
  DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}

release:
  stage: deploy
  script:
    - ./ci/release.sh --tag "$CI_COMMIT_TAG"
  rules:
    - if: $CI_COMMIT_TAG`)}

The release job for the hearing-aid fitting app can't create the GitLab release. Is the PAT missing the api scope?`),

  rec('chat_he', f`שלום, בצוות ניטור התיק (venture debt) יש לנו סקריפט שמושך דוחות מ-GitHub של אחת החברות בתיק (הם נתנו לנו גישת קריאה). הטוקן שהם שלחו: ${v('credential.github_fine_grained_pat', GH_FINE)}. האם טוקן fine-grained כזה יכול לקרוא ריפו פרטי של ארגון אחר?`),

  rec('chat_fa', f`سلام، در تیم تدارکات معدن سنگ‌دانه برای ردیابی کامیون‌ها از یک داشبورد استفاده می‌کنیم. کلید New Relic ما ${v('credential.newrelic_key', NRAK)} است و بعد از تغییر سرور، داده‌ای نمی‌آید. چطور بررسی کنم که agent درست وصل شده؟`),

  rec('env_ro', f`Bună, aplicația de programări pentru cabinetele de optică nu mai pornește după mutarea pe Heroku nou. Fișierul .env:

${cfg(f`HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)}
DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}
BOOKING_SLOT_MINUTES=20`)}

Ce variabile trebuie să rămână doar în Doppler?`),

  rec('chat_hu', f`Szia! A bányai mérlegház és a diszpécser közti üzenetekhez Square-t is tesztelünk a helyszíni fizetéshez (kis tételes zúzottkő-vásárlók). Az éles access token: ${v('credential.square_access_token', SQUARE)}. Hogyan tudok vele egy teszt fizetést indítani úgy, hogy ne terheljünk valódi kártyát?`),

  rec('rsa_key_en_us', f`Our SFTP drop for borrower financials stopped accepting our key. Vendor says the key format is wrong. Here's what we have in the job:

${v('credential.private_key', RSA)}

Does it need to be converted to OpenSSH format?`),

  rec('chat_bn', f`হ্যালো, আমাদের কনটেন্ট মডারেশন টিমে একটা মডেল টেস্ট করছি। xAI কী ${v('credential.xai_api_key', XAI)} আর Mistral কী ${v('credential.mistral_api_key', MISTRAL)}। দুটো মডেলকে একই ১০০টা রিপোর্ট দিয়ে তুলনা করার একটা স্ক্রিপ্ট লিখে দিতে পারবেন?`),

  rec('ado_yaml_da', f`Hej, pipelinen for census-tablet-appen kan ikke pushe tags:

${cfg(f`steps:
- script: |
    git tag v$(Build.BuildNumber)
    git push https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/dst-feltdrift/capi/_git/tablet-app --tags
  displayName: Tag release`)}

Fejlen er "TF401027: You need the Git 'GenericContribute' permission". Hvad mangler?`),

  rec('chat_lt', f`Labas, optikos salonų registracijos komanda. Naujasis darbuotojas turi prisijungti prie Vilniaus salono kasos sistemos. Vadovė parašė: vartotojas kasa_vilnius2, slaptažodis ${v('credential.password_in_prose', 'Akiniai-Lesiai-61')}. Gal gali suformuluoti trumpą instrukciją lietuviškai?`),

  rec('chat_tl', f`Hi po, sa census field ops dito sa Cebu, gumagamit kami ng dashboard para sa mga enumerator. Ang user ay fieldsup_cebu at ang password ay ${v('credential.password_in_prose', 'Sensus#Cebu2025')}. Pwede mo ba akong tulungan sumulat ng paalala sa mga supervisor na huwag i-share ito sa group chat?`),
];


/**
 * Held-out batch 22: credentials pasted by staff of an aerospace supplier, a food and wine
 * exporter, a library and museum network, an esports platform, a car-rental company and a
 * clinical laboratory chain. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b22-akia', B32, 16));
const AWS_SECRET = fill('b22-akias', B64, 40);
const GHP = gh('ghp', 'Tm4Qx8Rv2Wn6Kz1Jb5Hc9Ly3Pd7Fs0');
const GH_FINE = tok('github_pat_', '11', fill('b22-ghfg1', UPPER + DIGITS, 20), '_', fill('b22-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b22-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '4718293056127', '-', '7302918465730', '-', fill('b22-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b22-slt', UPPER + DIGITS, 8), '/B0', fill('b22-slb', UPPER + DIGITS, 9), '/', fill('b22-slh', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b22-sklive', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b22-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b22-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b22-oa1', B64URL, 74), 'T3BlbkFJ', fill('b22-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b22-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b22-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b22-groq', B62, 52));
const GOOGLE = tok('AIza', 'Sy', fill('b22-aiza', B64URL, 33));
const SA_PEM = pem('PRIVATE KEY', 'b22-sapem', 1218);
const AZ_STORAGE = `${fill('b22-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b22-azc1', B62, 3), '8Q~', fill('b22-azc2', B62 + '_.~-', 34));
const TW_SID = tok('AC', fill('b22-twsid', HEX, 32));
const TW_TOKEN = fill('b22-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b22-sg1', B64URL, 22), '.', fill('b22-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b22-mg', HEX, 32));
const TELEGRAM = tok('6839201745', ':', 'AA', fill('b22-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1219384756102938475', '/', fill('b22-dwh', B64URL, 68));
const NPM = gh('npm', 'Yb3Kc7Vx1Nz5Qw9Er2Ty6Ui4Op8As0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b22-pypi', B64URL, 164));
const DOCKER_AUTH = b64('rodamo-ci:Fl33t-Pull-2024!');
const SHPAT = tok('shpat_', fill('b22-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b22-atl', B64URL, 171), '=', fill('b22-atl2', HEX.toUpperCase(), 8));
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1718263511.2, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'rodamo-mobility' })).replace(/=+$/, ''), '_', fill('b22-sntrys', B64URL, 43));
const DD_API = fill('b22-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b22-hvs', B62 + '_-', 86));
const TFC = tok(fill('b22-tfc1', B62, 14), '.atlasv1.', fill('b22-tfc2', B62, 67));
const DAPI = tok('dapi', fill('b22-dapi', HEX, 32));
const CF_TOKEN = fill('b22-cftok', B64URL, 40);
const DOP = tok('dop_', 'v1_', fill('b22-dop', HEX, 64));
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b22-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ');
const RSA = pem('RSA PRIVATE KEY', 'b22-rsa', 1192);
const OKTA = tok('00', fill('b22-okta', B64URL, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'rodamo-app', a: fill('b22-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b22-mbx', B64URL, 22));
const LTAI = tok('LTAI', '5t', fill('b22-ltai', B62, 18));
const LTAI_SECRET = fill('b22-ltais', B62, 30);
const BREVO = tok('xkeysib-', fill('b22-brevo1', HEX, 64), '-', fill('b22-brevo2', B62, 16));
const ADO = fill('b22-ado', B32LOWER, 52);
const AIRTABLE = tok('pat', fill('b22-at1', B62, 14), '.', fill('b22-at2', HEX, 64));
const GLSA = tok('glsa_', fill('b22-glsa1', B62, 32), '_', fill('b22-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b22-nrak', UPPER + DIGITS, 27));
const JWT_ESPORT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'nxa-2024-10' }, { sub: 'usr_88172934', name: 'ghostfang', roles: ['player', 'captain'], iss: 'https://auth.nexarena.gg', aud: 'nexarena-api', iat: 1731593021, exp: 1731596621 }, 'b22-jwt1');
const BEARER = fill('b22-bearer', B62 + '-._~', 64);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH22_CREDENTIALS: DraftRecord[] = [
  rec('aws_credentials', f`getting AccessDenied on s3 sync from the test stand PC to the telemetry bucket. this is ~/.aws/credentials on that box, is the region wrong or the policy?

${cfg(f`[teststand-07]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = us-gov-west-1
output = json`)}

bucket is avs-hilt-telemetry-gov, cmd: aws s3 sync D:\\runs\\ s3://avs-hilt-telemetry-gov/stand07/ --profile teststand-07`),

  rec('shell_de', f`Warum fragt git beim push trotzdem nach dem Passwort? Ausgabe:

${cfg(f`$ git remote -v
origin	https://${v('credential.github_pat', GHP)}@github.com/aerovance/fcc-harness-tools.git (fetch)
origin	https://${v('credential.github_pat', GHP)}@github.com/aerovance/fcc-harness-tools.git (push)`)}

Das Repo ist privat, SSO ist in der Org aktiviert. Muss ich den Token autorisieren?`),

  rec('code_python', f`script to pull open issues from our tournament-ops repo, returns 403 "Resource not accessible by personal access token". what scope am I missing

${code(f`import requests

TOKEN = "${v('credential.github_fine_grained_pat', GH_FINE)}"
HDRS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.github+json"}

def open_issues(repo: str, label: str = "bracket-bug"):
    r = requests.get(f"https://api.github.com/repos/nexarena/{repo}/issues",
                     headers=HDRS, params={"labels": label, "state": "open", "per_page": 100})
    r.raise_for_status()
    return [(i["number"], i["title"]) for i in r.json()]

print(open_issues("tournament-ops"))`)}`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml (rodamo-app)
variables:
  GIT_DEPTH: "20"
  RELEASE_BOT_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

release:
  stage: deploy
  image: node:20-alpine
  script:
    - npm ci
    - npx semantic-release
  only:
    - main`)}

semantic-release says "EGLNOPERMISSION" — is the token wrong or does it need the api scope?`),

  rec('code_js', f`Our events bot for the library branches posts twice every morning. Can you see why?

${code(f`const { App } = require('@slack/bolt');
const cron = require('node-cron');

const app = new App({
  token: '${v('credential.slack_bot_token', XOXB)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

cron.schedule('0 8 * * 1-5', async () => {
  const events = await loadTodayEvents(); // from the events calendar API
  for (const ev of events) {
    await app.client.chat.postMessage({ channel: '#branch-events', text: \`\${ev.time} – \${ev.title} @ \${ev.branch}\` });
  }
});

(async () => { await app.start(3000); cron.schedule('0 8 * * 1-5', () => {}); })();`)}`),

  rec('code_bash', f`can u add a retry to this? the LIS export sometimes isnt finished when it runs

${code(f`#!/usr/bin/env bash
set -euo pipefail
EXPORT_DIR=/data/lis/export/$(date +%F)
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"

if [ ! -f "$EXPORT_DIR/results_done.flag" ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"LIS export missing for $(hostname) $(date +%H:%M)\\"}" "$HOOK"
  exit 1
fi
rsync -a "$EXPORT_DIR/" billing@${amb('pii.ip_address', '10.40.2.18')}:/incoming/lis/`)}`),

  rec('env_file', f`Payouts service won't start in prod, says "No such webhook endpoint". .env:

${cfg(f`NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', SK_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
PAYOUT_CURRENCY_DEFAULT=usd
PRIZE_POOL_ACCOUNT=acct_1OqP4mL2nXy7TzQa`)}`),

  rec('chat_pt_br', f`gente, aquele rk_live que a gente passou pro parceiro do campeonato ainda tá ativo? ${v('credential.stripe_restricted_key', RK_LIVE)} — eles disseram que tão tomando 401 desde ontem. revogaram sem avisar?`),

  rec('notebook_nl', f`Kun je uitleggen waarom dit notebook zo traag is? Het maakt samenvattingen van de catalogusbeschrijvingen.

${cfg(f`In [3]:
import os, pandas as pd
from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

df = pd.read_csv("catalogus_export_2024.csv")
df["samenvatting"] = df["beschrijving"].apply(lambda t: client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "Vat samen in 2 zinnen: " + t}]
).choices[0].message.content)`)}`),

  rec('shell', f`${cfg(f`docker run -d --name label-translator \\
  -e ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)} \\
  -e TARGET_LANGS=en,de,ja,zh \\
  -v /srv/etichette:/data \\
  terrabella/label-translator:1.4.2`)}

this container translates our wine back-labels. it exits after 2 seconds, logs just say "Killed". ideas?`),

  rec('chat_en_in', f`hi, my hf token ${v('credential.huggingface_token', HF)} is giving 401 when i try to download the gated llama model on the cluster. I did accept the license on the website only. do i need to do anything else sir?`),

  rec('code_js', f`${code(f`// moderation.js – flags toxic messages in tournament chat
import Groq from "groq-sdk";
const groq = new Groq({ apiKey: "${v('credential.groq_api_key', GROQ)}" });

export async function isToxic(msg) {
  const res = await groq.chat.completions.create({
    model: "llama-3.1-8b-instant",
    messages: [
      { role: "system", content: "Answer only YES or NO. Is this message harassment, slurs or threats?" },
      { role: "user", content: msg },
    ],
  });
  return res.choices[0].message.content.trim().toUpperCase().startsWith("YES");
}`)}

false positives on "gg ez" — how do I make it less strict?`),

  rec('android_manifest', f`Map is grey in the release build but fine in debug:

${cfg(f`<application
    android:name=".RodamoApp"
    android:icon="@mipmap/ic_launcher"
    android:label="@string/app_name">
    <meta-data
        android:name="com.google.android.geo.API_KEY"
        android:value="${v('credential.google_api_key', GOOGLE)}" />
    <activity android:name=".ui.MainActivity" android:exported="true" />
</application>`)}`),

  rec('gcp_sa_json', f`Il caricamento su BigQuery dal nostro script vendite fallisce con "invalid_grant". Questo è il file della service account, è ancora valido?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "terrabella-sales-dwh",
  "private_key_id": "${fill('b22-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-loader@terrabella-sales-dwh.iam.gserviceaccount.com')}",
  "client_id": "104728391027364518293",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('appsettings', f`The digitisation uploader throws "Server failed to authenticate the request" since Monday. appsettings.Production.json:

${cfg(f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=lumenscans;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "scans-hires"
  },
  "Iiif": { "BaseUrl": "https://iiif.lumen-museums.org/iiif/3/" }
}`)}`),

  rec('tfvars', f`${cfg(f`# environments/prod/terraform.tfvars
tenant_id       = "3c9e1f42-7b05-4d8a-a613-0f2d9c84e7b1"
client_id       = "8d41a7c3-2e96-4b0f-9d15-6a37e0c2f984"
client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT)}"
location        = "southafricanorth"
lis_vm_size     = "Standard_D8s_v5"`)}

Terraform plan wants to recreate the LIS VM every time. Why?`),

  rec('code_php', f`the booking reminder SMS goes out twice when the customer changes pickup time, can u fix?

${code(f`<?php
use Twilio\\Rest\\Client;

$twilio = new Client('${amb('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_TOKEN)}');

function sendReminder(Client $twilio, array $booking): void {
    $msg = sprintf("Rodamo: recogida %s a las %s en %s. Ref %s",
        $booking['date'], $booking['time'], $booking['branch'], $booking['ref']);
    $twilio->messages->create($booking['phone'], ['from' => 'RODAMO', 'body' => $msg]);
}

foreach ($db->query("SELECT * FROM bookings WHERE reminder_sent = 0 AND pickup_at < NOW() + INTERVAL 1 DAY") as $b) {
    sendReminder($twilio, $b);
    $db->exec("UPDATE bookings SET reminder_sent = 1 WHERE id = " . (int)$b['id']);
}`)}`, 'the Twilio account SID is an identifier rather than a secret: ambiguous'),

  rec('chat_es_mx', f`oye el api key de sendgrid ${v('credential.sendgrid_api_key', SENDGRID)} ya no manda los correos de confirmación de renta desde el viernes, en el panel dice "suspended". qué le digo a soporte?`),

  rec('code_ruby', f`${code(f`# app/services/hold_notifier.rb
class HoldNotifier
  API = "https://api.eu.mailgun.net/v3/mg.lumen-lib.org/messages".freeze
  KEY = "${v('credential.mailgun_api_key', MAILGUN)}".freeze

  def self.call(hold)
    RestClient.post "https://api:#{KEY}@api.eu.mailgun.net/v3/mg.lumen-lib.org/messages",
      from: "Lumen Library <${v('pii.email', 'no-reply@mg.lumen-lib.org')}>",
      to: hold.patron.email,
      subject: "Your reserved item is ready for pickup",
      text: "#{hold.item.title} is waiting at #{hold.branch.name} until #{hold.expires_on}."
  end
end`)}
why does it fail with 401 even though the key works in curl?`),

  rec('code_python', f`Habari, this bot tells our riders which samples to pick up. It stopped replying after we moved it to the new server in Nairobi. Help

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"

async def pickups(update, context):
    rider = update.effective_user.username
    rows = db.pending_pickups(rider)
    msg = "\\n".join(f"{r.clinic} – {r.boxes} boxes – before {r.cutoff}" for r in rows) or "Hakuna pickups leo"
    await update.message.reply_text(msg)

app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("pickups", pickups))
app.run_polling()`)}`),

  rec('yaml_config', f`${cfg(f`# match-reporter/config.yml
leagues:
  - id: valorant-eu-open
    notify: true
  - id: cs2-latam-cup
    notify: false
discord:
  results_webhook: "${v('credential.discord_webhook_url', DISCORD_HOOK)}"
  mention_role: "@Referees"
poll_interval_s: 30`)}
results are posted to the wrong channel, where do I change that?`),

  rec('npmrc', f`CI can't install @nexarena/ui-kit, 404. This is the .npmrc in the repo root:

${cfg(f`@nexarena:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
save-exact=true
engine-strict=true`)}`),

  rec('pypirc', f`${cfg(f`[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

twine upload dist/* keeps failing with "403 Invalid or non-existent authentication information" for our avs-ngen-tools package. The token is project-scoped, could that be it?`),

  rec('docker_config', f`Fleet telematics pods stuck in ImagePullBackOff. The dockerconfigjson in the secret decodes to:

${cfg(f`{
  "auths": {
    "registry.rodamo.io": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('chat_it', f`Ciao! Il consulente che ha fatto il nostro e-shop se n'è andato. Mi ha lasciato questo token di Shopify: ${v('credential.shopify_access_token', SHPAT)}. Posso usarlo per scaricare tutti gli ordini dei vini in un CSV? Come si fa?`),

  rec('shell', f`Trying to bulk-update the Confluence pages of the exhibition wiki, what's wrong with this?

${cfg(f`curl -s -u ${v('pii.email', 'k.nowak@lumen-museums.org')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X PUT -H "Content-Type: application/json" \\
  "https://lumen-museums.atlassian.net/wiki/rest/api/content/884736012" \\
  -d @page.json`)}

returns 409 conflict`),

  rec('ci_env', f`${cfg(f`# bitrise env vars (exported from the workflow editor)
SENTRY_ORG=rodamo-mobility
SENTRY_PROJECT=rodamo-android
SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SNTRYS)}
GRADLE_OPTS=-Xmx4g`)}
sourcemaps / mapping files don't upload — "project not found". org and project are correct though?`),

  rec('datadog_yaml', f`Agent on the LIS interface server shows "API Key invalid, dropping transaction". /etc/datadog-agent/datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: lis-iface-jhb-02
tags:
  - env:prod
  - region:za
logs_enabled: true`)}`),

  rec('shell_session', f`${cfg(f`PS C:\\Users\\mkrause> $env:VAULT_ADDR="https://vault.avs.internal:8200"
PS C:\\Users\\mkrause> $env:VAULT_TOKEN="${v('credential.vault_token', VAULT)}"
PS C:\\Users\\mkrause> vault kv get secret/ate/station-12
Error reading secret/data/ate/station-12: Error making API request.
Code: 403. Errors:
* permission denied`)}

Auf welchen Pfad muss die Policy zeigen, secret/ate/* oder secret/data/ate/*?`),

  rec('terraformrc', f`${cfg(f`# ~/.terraformrc on the build agent
credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"`)}
terraform init says "Required token could not be found" in the pipeline but works on my laptop.`),

  rec('code_python_fr', f`Pourquoi ma requête sur les ventes export prend 20 minutes ?

${code(f`from databricks import sql

# connexion entrepôt SQL (ventes)
conn = sql.connect(
    server_hostname="adb-4819273650182734.14.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7c1e9a3f52d84b06",
    access_token="${v('credential.databricks_token', DAPI)}",
)
cur = conn.cursor()
cur.execute("""
    SELECT pays, appellation, SUM(bouteilles) AS btl, SUM(ca_eur) AS ca
    FROM ventes.export_lignes
    WHERE annee = 2024
    GROUP BY pays, appellation
    ORDER BY ca DESC
""")
for row in cur.fetchall():
    print(row)`)}`),

  rec('chat_pl', f`Hej, mam token do Cloudflare ${v('credential.cloudflare_api_token', CF_TOKEN)} z uprawnieniem Zone:DNS:Edit, ale nie mogę przez API dodać rekordu TXT dla weryfikacji domeny katalog.lumen-lib.org. Jaki endpoint?`),

  rec('gha_yaml', f`${cfg(f`name: deploy-opac-theme
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DIGITALOCEAN_ACCESS_TOKEN: ${v('credential.digitalocean_token', DOP)}
    steps:
      - uses: actions/checkout@v4
      - run: doctl apps create-deployment 5b1f7c2e-93a0-4d8b-8e61-2a9c04f7d315`)}

the deploy step says "Unable to initialize DigitalOcean API client: access token is required"`),

  rec('chat_en_za', f`Howzit, the LIS reporting VM lost its env after the reboot. I put this back in /etc/environment:
${cfg(f`LIS_REPORT_DB=postgresql://lis_report:${v('credential.database_url_password', 'Jhb-Lab#2024!rpt')}@${amb('pii.ip_address', '10.12.0.44')}:5432/lisprod?sslmode=require`)}
but the cron job still fails with "password authentication failed". Does the # break it?`),

  rec('web_config', f`${cfg(f`<connectionStrings>
  <add name="BillingDb"
       connectionString="Data Source=sql-billing-01\\PROD;Initial Catalog=LabBilling;User ID=billing_app;Password=${v('credential.connection_string_password', 'Vt@lab!Bill2023')};TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Insurance claim batch job fails with login timeout after the SQL server move. What should I check?`),

  rec('code_ts', f`${code(f`// src/db.ts – leaderboard service
import { MongoClient } from 'mongodb';

const uri = 'mongodb+srv://leaderboard_rw:${v('credential.database_url_password', 'gg-Wp!9xTq2LmRz')}@nxa-prod.x8kq2.mongodb.net/leaderboard?retryWrites=true&w=majority';
export const client = new MongoClient(uri, { maxPoolSize: 50 });

export async function topN(season: string, n = 100) {
  return client.db().collection('scores')
    .find({ season })
    .sort({ elo: -1 })
    .limit(n)
    .toArray();
}`)}
leaderboard endpoint spikes to 3s at peak, index needed?`),

  rec('chat_tr', f`Merhaba, araç takip gateway'ine bağlanmak için kullandığımız anahtar bu. Yeni sunucuda "invalid format" hatası veriyor, neden olabilir?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('chat_ja', f`サプライヤーポータルのクライアント証明書用の秘密鍵です。Javaのkeystoreに入れるとエラーになります。どう変換すればいいですか？

${v('credential.private_key', RSA)}

エラー: java.security.spec.InvalidKeySpecException`),

  rec('chat_fr', f`Tu peux m'écrire un petit mot à afficher à l'accueil pour la nuit des musées ? Le wifi invités c'est "Lumen-Evenement" et le mot de passe est ${v('credential.password_in_prose', 'Nuit2024Musee!')} — ajoute aussi qu'il faut le demander à l'accueil.`),

  rec('chat_de', f`Bitte freundlich umformulieren für die Praxis Dr. Yilmaz: "Ihr Zugang zum Befundportal ist freigeschaltet. Benutzername: praxis.yilmaz, Passwort: ${v('credential.password_in_prose', 'Befund#7731ks')} (bitte nach dem ersten Login ändern)."`),

  rec('chat_es_ar', f`che, cómo le explico al de la sucursal Córdoba que no comparta la clave del sistema de flota por whatsapp?? literal mandó "usuario cba_mostrador clave ${v('credential.password_in_prose', 'Rodamo.cba22')}" al grupo de 40 personas`),

  rec('chat_ar', f`ممكن تترجم للإنجليزي؟ "تم إنشاء حسابك في نظام الحجوزات لفرع دبي المطار. اسم المستخدم: dxb.counter3 وكلمة المرور: ${v('credential.password_in_prose', 'Dxb@Fleet2024')} يرجى تغييرها بعد أول دخول."`),

  rec('chat_ko', f`대회 운영 서버 관리자 계정 정보 공유드려요. 아이디 ops_admin / 비번 ${v('credential.password_in_prose', 'Nx!arena0925')} 이걸 영어로 팀 공지 형식으로 써줘`),

  rec('switch_config', f`${cfg(f`hostname BR-MAIN-SW01
!
enable secret 0 ${v('credential.network_device_secret', 'L1br@ry-Sw!tch')}
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Opac4ever_net')}
!
snmp-server community ${v('credential.network_device_secret', 'lumenRO2024')} RO
snmp-server location Central Library, Floor -1, rack 3
!
interface Vlan20
 description PUBLIC-PCS
 ip address ${amb('pii.ip_address', '10.20.0.1')} 255.255.255.0`)}

Patrons on the public PCs can reach the staff VLAN. Which ACL is missing?`),

  rec('shell', f`cmd from the runbook that nobody understands, can you explain each flag?

${cfg(f`mysqldump -h ${amb('pii.ip_address', '10.20.4.15')} -u fleet_rw -p${v('credential.mysql_cli_password', 'R0dam0Fleet!23')} --single-transaction --routines fleet_db | gzip > /backups/fleet_$(date +%F).sql.gz`)}`),

  rec('http_request', f`The analyser interface sends this to the middleware and gets 401:

${cfg(f`POST /hl7/v2/results HTTP/1.1
Host: middleware.vitalab-dx.local
Content-Type: application/hl7-v2
Authorization: Basic ${v('credential.basic_auth_header', b64('cobas_pro_07:An4lyz3r-Feed!'))}
Content-Length: 1832`)}

Is the user:pass encoded wrong? The vendor typed it from our e-mail.`),

  rec('har_excerpt', f`${cfg(f`"request": {
  "method": "GET",
  "url": "https://api.nexarena.gg/v2/teams/tm_4471/roster",
  "headers": [
    { "name": "authorization", "value": "Bearer ${v('credential.jwt', JWT_ESPORT)}" },
    { "name": "x-client-version", "value": "web-3.18.2" }
  ]
}`)}
roster call returns the old roster for 5 minutes after a swap, is it the CDN?`),

  rec('http_request', f`${cfg(f`GET /api/v1/users?filter=profile.department+eq+"Export+Control"&limit=200 HTTP/1.1
Host: aerovance.okta.com
Accept: application/json
Authorization: SSWS ${v('credential.okta_api_token', OKTA)}`)}
Need to list everyone in export control to review their access. Pagination stops at 200, how do I follow the link header in PowerShell?`),

  rec('gradle_properties', f`${cfg(f`# gradle.properties (rodamo-android)
org.gradle.jvmargs=-Xmx4096m
android.useAndroidX=true
MAPBOX_DOWNLOADS_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)}
versionName=5.12.0`)}
build fails "Could not resolve com.mapbox.maps:android:11.4.0" — 401 from api.mapbox.com`),

  rec('chat_zh', f`上海办公室要用阿里云OSS上传酒标图片，同事给了我这个：AccessKey ID ${v('credential.alibaba_access_key_id', LTAI)}，AccessKey Secret ${v('credential.generic_secret_assignment', LTAI_SECRET)}。请帮我写一个Python上传脚本，bucket是 terrabella-labels-sh。`, 'the Alibaba AccessKey secret has no rule of its own; labelled with the generic secret rule id (category is what counts)'),

  rec('env_file_fr', f`${cfg(f`# newsletter-musees/.env
BREVO_API_KEY=${v('credential.brevo_api_key', BREVO)}
BREVO_LIST_ID=27
SENDER_EMAIL=${v('pii.email', 'agenda@lumen-museums.org')}`)}
Les envois partent mais la liste 27 reste vide dans Brevo, pourquoi ?`),

  rec('shell', f`${cfg(f`git clone https://avs-build:${v('credential.azure_devops_pat', ADO)}@dev.azure.com/aerovance/Avionics/_git/ate-scripts`)}
fatal: Authentication failed — the PAT is 3 days old, scope Code (Read). What else can it be?`),

  rec('chat', f`Collections team wants a script to sync the loan register from Airtable to our CMS. Base appR7kq2Lm9Xz4Wv, table "Loans In", token ${v('credential.airtable_pat', AIRTABLE)}. Python please, incremental by "Last modified".`),

  rec('grafana_provisioning', f`${cfg(f`apiVersion: 1
datasources:
  - name: matchmaking-prom
    type: prometheus
    url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom
    basicAuth: true
    basicAuthUser: 1183720
    secureJsonData:
      basicAuthPassword: ${v('credential.grafana_service_account_token', GLSA)}`)}
dashboard shows "No data" for the queue-time panel since we rotated this`),

  rec('chat_en_ca', f`New Relic stopped getting data from the specimen-tracking API after the move to the new cluster. The user key I put in the helm values is ${v('credential.newrelic_key', NRAK)} — or is it supposed to be the ingest licence key for the agent? which one goes where`),

  rec('code_go', f`${code(f`// internal/antiCheat/report.go
package anticheat

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const reportURL = "https://ac-reports.nexarena.gg/v1/flags"
const apiToken = "${v('credential.bearer_token', BEARER)}"

func Flag(matchID, playerID, reason string) error {
	body, _ := json.Marshal(map[string]string{"match": matchID, "player": playerID, "reason": reason})
	req, _ := http.NewRequest(http.MethodPost, reportURL, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}`)}
the resp body is never closed, is that the memory leak?`),
];

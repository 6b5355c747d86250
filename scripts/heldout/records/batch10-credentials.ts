/**
 * Held-out batch 10: credentials, second representative sample (different author and scenarios
 * from batch 9). Mainstream providers and formats, mostly English. Measured once on the frozen
 * engine (tests/corpus-heldout/README.md, "Tenth batch").
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b10-akia', B32, 16));
const AKIA_SECRET = fill('b10-akias', B64, 40);
const GHP = gh('ghp', 'Qm3Xr8Tn1Vb6Kd9Wz2Hs5Lf7Pj4Cy0');
const GLPAT = tok('glpat-', fill('b10-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5820391746', '3-', '8031957264019-', fill('b10-xoxb', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b10-sklive', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b10-rklive', B62, 97));
const OA_PROJ = tok('sk-', 'proj-', fill('b10-oa1', B64URL, 74), 'T3Blbk', 'FJ', fill('b10-oa2', B64URL, 74));
const ANT_API = tok('sk-ant-', 'api03-', fill('b10-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b10-aiza', B62 + '-_', 33));
const SENDGRID = tok('SG.', fill('b10-sg1', B64URL, 22), '.', fill('b10-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b10-twsid', HEX, 32));
const TW_TOKEN = fill('b10-twtok', HEX, 32);
const DD_API = fill('b10-ddapi', HEX, 32);
const NPM = gh('npm', 'Hc8Tq2Vz5Nw1Ks7Rb4Lm9Xd3Fg6Jp0');
const DCKR = tok('dckr_', 'pat_', fill('b10-dckr', B64URL, 27));
const AZ_CLIENT_SECRET = tok(fill('b10-azcs1', B62, 3), '8Q~', fill('b10-azcs2', B62 + '-_.~', 34));
const JWT_USER = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '48213', name: 'Priya Raman', role: 'agent', iat: 1765008000, exp: 1765011600 }, 'b10-jwt1');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b10-rsa', 1190);
const EC_KEY = pem('EC PRIVATE KEY', 'b10-ec', 121);
const BASIC = b64('svc-build:Copper#Meadow-5512');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH10_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Staging deploy of the billing service fails health checks. Can you spot anything wrong in this .env?

${cfg(f`APP_ENV=staging
DATABASE_URL=postgres://billing:${v('credential.database_url_password', 'Wren7-Saffron-Quay')}@pg-stg.tallis-energy.net:5432/billing
STRIPE_API_KEY=${v('credential.stripe_secret_key', SK_LIVE)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
HEALTHCHECK_PATH=/healthz`)}`),

  rec('aws_cli', f`ran aws configure on the jump box and pasted this, but every call says InvalidClientTokenId:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = us-east-2`)}

is the region wrong?`),

  rec('chat', f`Quick one: our OpenAI key ${v('credential.openai_api_key', OA_PROJ)} works in Postman but the Python SDK says "Incorrect API key provided". What could differ?`),

  rec('python_anthropic', f`${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANT_API)}")
msg = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=800,
    messages=[{"role": "user", "content": ticket_text}],
)
print(msg.content[0].text)`)}

How do I stream this instead of waiting for the full response?`),

  rec('github_token', f`Ich bekomme beim npm install aus unserer privaten GitHub-Registry immer 401. In der CI steht GH_TOKEN=${v('credential.github_pat', GHP)} – hat der Token vielleicht nicht den Scope read:packages?`),

  rec('gitlab_ci', f`${cfg(f`deploy:
  stage: deploy
  script:
    - git clone https://deploy:${v('credential.url_password', v('credential.gitlab_pat', GLPAT))}@gitlab.tallis-energy.net/infra/terraform-live.git
    - cd terraform-live && terraform apply -auto-approve`)}

Pipeline says "fatal: Authentication failed". The token was created yesterday.`, 'GitLab PAT as URL password: two labels (batch 3)'),

  rec('slack_bolt', f`${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', SLACK_BOT)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/oncall', async ({ ack, respond }) => {
  await ack();
  await respond('Primary on-call this week: Infra team');
});

(async () => { await app.start(3000); })();`)}

The slash command times out after 3 seconds — why?`),

  rec('stripe_restricted', f`Finance wants a read-only Stripe key for the reporting job. I created ${v('credential.stripe_restricted_key', RK_LIVE)} with "Charges: Read" but the balance transactions endpoint returns 403. Which permission is missing?`),

  rec('html_maps', f`Map doesn't render on the store locator page, console says RefererNotAllowedMapError:

<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap" async defer></script>`),

  rec('twilio', f`${code(f`from twilio.rest import Client

account_sid = "${v('credential.twilio_account_sid', TW_SID)}"
auth_token = "${v('credential.twilio_auth_token', TW_TOKEN)}"
client = Client(account_sid, auth_token)

client.messages.create(to=customer_phone, from_="${phone('+18885550199')}", body=f"Your code is {otp}")`)}

Messages to UK numbers fail with error 21408. Do we need a different sender?`),

  rec('datadog_helm', f`${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
  logs:
    enabled: true
    containerCollectAll: true`)}

Agent pods crashloop with "API Key invalid". We're on the EU site, is site correct?`),

  rec('npmrc', f`CI can't install @tallis/ui-kit. Our .npmrc:

${cfg(f`@tallis:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Error: 404 Not Found - GET https://registry.npmjs.org/@tallis%2fui-kit`, '.npmrc token: two labels (batch 9)'),

  rec('docker_login', f`$ echo ${v('credential.dockerhub_pat', DCKR)} | docker login -u tallisci --password-stdin
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized

The PAT has read/write scope. What else could it be?`),

  rec('azure_appsettings', f`${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4f2a9c1e-7b3d-4e8a-9c51-2d8e6f0b1a37",
    "ClientId": "9b1e4d7c-2a6f-4c3e-8d19-5f7a0e2b6c48",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  }
}`)}

Getting AADSTS7000215: Invalid client secret provided. I copied the secret id maybe?`),

  rec('curl_jwt', f`curl -s https://api.helpdesk.tallis-energy.net/v2/tickets?status=open \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_USER)}"

returns {"error":"token_expired"} even though I just logged in. Clock skew?`),

  rec('private_key', f`Our SFTP vendor asked for the key in PEM, is this the right format?

${v('credential.private_key', RSA_KEY)}`),

  rec('ec_key', f`nginx -t says "PEM_read_bio_PrivateKey failed" for this key, what's wrong with the file?

${v('credential.private_key', EC_KEY)}`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: reporting-db
type: Opaque
stringData:
  username: reporting
  password: ${v('credential.password_assignment', 'Lumen#Orchard-4408')}`)}

Pod sees the env var empty. Do I need base64 with stringData?`),

  rec('jdbc', f`Spring Boot startup error: "Login failed for user 'crm_app'". application.properties:

${cfg(f`spring.datasource.url=jdbc:sqlserver://sql-crm-01.tallis.local:1433;databaseName=CRM
spring.datasource.username=crm_app
spring.datasource.password=${v('credential.password_assignment', 'Vesper!Tide2290')}`)}`),

  rec('mysql_cli', f`mysql -h ${amb('pii.ip_address', '10.20.4.17')} -u etl_user -p${v('credential.mysql_cli_password', 'Granite_Fox_71')} warehouse < nightly_load.sql
ERROR 1045 (28000): Access denied — but the same password works in DBeaver?`, 'mysql -p: the password after -p (batch 9)'),

  rec('curl_basic', f`Jenkins API returns 403 with this header, is the encoding wrong?

curl -X POST https://ci.tallis-energy.net/job/billing/build -H "Authorization: ${v('credential.basic_auth_header', `Basic ${BASIC}`)}"`),

  rec('mongo', f`${code(f`from pymongo import MongoClient

client = MongoClient("mongodb+srv://analytics:${v('credential.database_url_password', 'Drift-Canopy-6613')}@cluster0.tl4xq.mongodb.net/?retryWrites=true")
orders = client["shop"]["orders"]
print(orders.count_documents({"status": "refunded"}))`)}

count_documents is really slow on 40M docs, alternatives?`),

  rec('prose_password', f`Hi, can you write a polite e-mail to IT? The shared login for the Xerox scanner portal stopped working. Username is scanadmin and the password is ${v('credential.password_in_prose', 'Pelican2024!')} — we haven't changed it.`),

  rec('prose_password_fr', f`Peux-tu reformuler ce message pour l'équipe ? « Le Wi-Fi invités change lundi, le nouveau mot de passe est ${v('credential.password_in_prose', 'Soleil-Marin-88')} et il sera affiché à l'accueil. »`),

  rec('prose_password_es', f`Necesito un correo para el equipo de Monterrey: la contraseña temporal del portal de proveedores es ${v('credential.password_in_prose', 'Nopal#2026mx')} y deben cambiarla al entrar.`),

  rec('prose_password_pt', f`Pode traduzir para inglês? "O acesso ao painel do Zabbix é usuário monitor e senha: ${v('credential.password_in_prose', 'Caju!Verde-310')}, não compartilhe fora do time."`),

  rec('prose_password_nl', f`Kun je dit netter maken: het wachtwoord van de gedeelde mailbox facturen@ is nu ${v('credential.password_in_prose', 'Tulp-Regen-552')}, graag niet doorsturen.`),

  rec('prose_password_hi', f`bhai VPN ka naya password ${v('credential.password_in_prose', 'Monsoon@4471')} hai, isko ek formal mail mein likh do team ke liye`),

  rec('bash_export', f`${cfg(f`export PGHOST=pg-reporting.tallis.local
export PGUSER=readonly
export PGPASSWORD='${v('credential.password_assignment', 'Harrow-Birch-9035')}'
pg_dump -Fc reporting > reporting_$(date +%F).dump`)}

The dump is 40 GB, how do I exclude the audit_log table?`),
];

/**
 * Held-out batch 2: credentials in chat prompts, configs, CI files, shells and code. Hand-written,
 * measured once before any rule change (tests/corpus-heldout/README.md, "Second batch").
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';


const ASIA = tok('ASIA', fill('b2-asia', B32, 16));
const ASIA_SECRET = fill('b2-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b2-awssess', B64, 340));
const GHU = gh('ghu', 'Rb7Wk2Nq9Lx4Tz8Vc1Hm6Pj3Fs5Dy0');
const GHR = gh('ghr', 'Ea3Yq8Mv1Kt6Ln9Zb4Wc7Hx2Pr5Gs0');
const GLRT = tok('glrt-', fill('b2-glrt', B62 + '-_', 20));
const SLACK_USER = tok('xoxp-', '6104938271', '5-', '6117382940563-', '6120485736192-', fill('b2-xoxp', HEX, 32));
const SLACK_APP = tok('xapp-', '1-', 'A07', fill('b2-xappid', UPPER + DIGITS, 8), '-', '7730194826153-', fill('b2-xapp', HEX, 64));
const SLACK_CONFIG = tok('xoxe.', 'xoxp-', '1-', fill('b2-xoxe', B62, 140));
const OPENAI_ADMIN = tok('sk-admin-', fill('b2-oaadm', B64URL, 64));
const ANTHROPIC_ADMIN = tok('sk-ant-', 'admin01-', fill('b2-antadm', B64URL, 93), 'AA');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b2-ant', B64URL, 93), 'AA');
const REPLICATE = tok('r8_', fill('b2-r8', B62, 37));
const PPLX = tok('pplx-', fill('b2-pplx', B62, 48));
const XAI = tok('xai-', fill('b2-xai', B62, 80));
const LANGSMITH = tok('lsv2_', 'pt_', fill('b2-ls1', HEX, 32), '_', fill('b2-ls2', HEX, 10));
const MISTRAL = fill('b2-mistral', B62, 32);
const COHERE = fill('b2-cohere', B62, 40);
const GOCSPX = tok('GOCSPX-', fill('b2-gocspx', B64URL, 28));
const YA29 = tok('ya29.', 'a0Ad52N3', fill('b2-ya29', B64URL, 160));
const SAS_SIG = `${fill('b2-sas1', B62, 14)}%2B${fill('b2-sas2', B62, 12)}%2F${fill('b2-sas3', B62, 13)}%3D`;
const ADO_PAT = fill('b2-ado', B32LOWER, 52);
const TWILIO_SK = tok('SK', fill('b2-twsk', HEX, 32));
const TWILIO_SECRET = fill('b2-twsec', B62, 32);
const MAILCHIMP = tok(fill('b2-mc', HEX, 32), '-us21');
const BREVO = tok('xkeysib-', fill('b2-brevo1', HEX, 64), '-', fill('b2-brevo2', B62, 16));
const DISCORD_BOT = tok(b64('1187349205718364221').replace(/=+$/, ''), '.', fill('b2-disc1', B64URL, 6), '.', fill('b2-disc2', B64URL, 38));
const TEAMS_HOOK = tok('https://larkspur.webhook.office.com/webhookb2/', '3f9c2a71-58d4-4e0b-9a16-c72e8d4b5f03@9b1e6d42-7a35-4c8f-b0d9-2e6a41f7c385/IncomingWebhook/', fill('b2-teams1', HEX, 32), '/', '5d8e1b37-0c94-4a2f-8e61-9f3b7a2c6d40/', 'V2', fill('b2-teams2', B64URL, 43));
const NPM_AUTH = gh('npm', 'Wq5Rt8Yu2Io4Pa7Sd1Fg9Hj3Kl6Zx0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b2-pypi', B64URL, 160));
const DCKR = tok('dckr_', 'pat_', fill('b2-dckr', B64URL, 27));
const JFROG = tok('AKCp', fill('b2-jfrog', B62, 69));
const SHPSS = tok('shpss_', fill('b2-shpss', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b2-atl', B64URL, 171), '=', fill('b2-atl2', HEX.toUpperCase(), 8));
const BITBUCKET = tok('ATBB', fill('b2-atbb', B62, 32));
const NOTION = tok('ntn_', fill('b2-ntn1', DIGITS, 11), fill('b2-ntn2', B62, 35));
const FIGMA = tok('figd_', fill('b2-figd', B64URL, 40));
const AIRTABLE = tok('pat', fill('b2-at1', B62, 14), '.', fill('b2-at2', HEX, 64));
const SENTRY_USER = tok('sntryu_', fill('b2-sntryu', HEX, 64));
const GLC = tok('glc_', b64(JSON.stringify({ o: '1048273', n: 'larkspur-ci-writer', k: fill('b2-glck', B62, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, ''));
const GLSA = tok('glsa_', fill('b2-glsa1', B62, 32), '_', fill('b2-glsa2', HEX, 8));
const GRAFANA_LEGACY = b64(JSON.stringify({ k: fill('b2-grafk', B62, 32), n: 'wallboard', id: 1 }));
const NRAK = tok('NRAK-', fill('b2-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b2-ddapi', HEX, 32);
const DD_APP = fill('b2-ddapp', HEX, 40);
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b2-doppler', B62, 40));
const PULUMI = tok('pul-', fill('b2-pulumi', HEX, 40));
const TFC = tok(fill('b2-tfc1', B62, 14), '.atlasv1.', fill('b2-tfc2', B62, 67));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b2-age', BECH32, 58));
const PSCALE = tok('pscale_', 'tkn_', fill('b2-pscale', B64URL, 43));
const SUPABASE = tok('sbp_', fill('b2-sbp', HEX, 40));
const VERCEL = fill('b2-vercel', B62, 24);
const NETLIFY = tok('nfp_', fill('b2-nfp', B62, 36));
const HEROKU = tok('HRKU-', 'AA', fill('b2-hrku', B64URL, 58));
const HEROKU_LEGACY = 'c41e7d92-3b58-4f06-a8d1-6e29b05f7c34';
const CF_ORIGIN = tok('v1.0-', fill('b2-cfo1', HEX, 24), '-', fill('b2-cfo2', HEX, 146));
const OKTA = tok('00', fill('b2-okta', B64URL, 40));
const ALIBABA_ID = tok('LTAI', '5t', fill('b2-ltai', B62, 18));
const ALIBABA_SECRET = fill('b2-alisec', B62, 30);
const TENCENT_ID = tok('AKID', fill('b2-akid', B62, 32));
const TENCENT_KEY = fill('b2-tckey', B62, 32);
const SQUARE = tok('EAAA', fill('b2-square', B64URL, 60));
const SQ_OAUTH = tok('sq0csp-', fill('b2-sq0csp', B64URL, 43));
const BRAINTREE = tok('access_token$', 'production$', fill('b2-bt1', LOWER + DIGITS, 16), '$', fill('b2-bt2', HEX, 32));
const FACEBOOK = tok('EAA', 'GxZBq4', fill('b2-fb', B62, 150));
const FCM = tok('AAAA', fill('b2-fcm1', B64URL, 7), ':APA91b', fill('b2-fcm2', B64URL, 134));
const DROPBOX = tok('sl.', 'B', fill('b2-dbx', B64URL, 138));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'larkspur-maps', a: fill('b2-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b2-mbx', B64URL, 22));
const TWITTER = tok('AAAAAAAAAAAAAAAAAAAAA', fill('b2-tw1', B62, 24), '%3D', fill('b2-tw2', B62, 50));
const PGP_BODY = `lQdGBGV${fill('b2-pgp0', B64, 57)}\n${(b64Bytes('b2-pgp', 900).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b2-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const PPK_PRIV = b64Bytes('b2-ppk', 48);
const K8S_KEY_B64 = b64(`${pem('EC PRIVATE KEY', 'b2-eckey', 121)}\n`);
const PKCS8 = pem('PRIVATE KEY', 'b2-pkcs8', 1216);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b2-stripe', B62, 97));
const B64_STRIPE = b64(STRIPE_LIVE);
const GHP = gh('ghp', 'Hs4Jd8Kf2Lg6Ma1Nb5Vc9Xz3Qw7Er0');
const B64_GHP = b64(GHP);
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'qvkzrtmwhnbxlpdaejfy', role: 'service_role', iat: 1716203522, exp: 2031779522 }, 'b2-supa');
const BEARER = fill('b2-bearer', B62 + '-._~', 64);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH2_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`I rotated my long-term keys but the CLI still uses temp creds from an old SSO session. This is what \`aws configure export-credentials\` printed:

${amb('source_code.snippet', f`{
  "Version": 1,
  "AccessKeyId": "${v('credential.aws_access_key_id', ASIA)}",
  "SecretAccessKey": "${v('credential.aws_secret_access_key', ASIA_SECRET)}",
  "SessionToken": "${v('credential.aws_session_token', AWS_SESSION)}",
  "Expiration": "2024-12-03T18:22:41+00:00"
}`)}

how do I force it to pick up the new profile?`),

  rec('chat', f`The GitHub App flow gives me two tokens, which one do I store in the session cookie and which one in the DB?
access_token=${v('credential.github_user_to_server_token', GHU)}&expires_in=28800&refresh_token=${v('credential.github_refresh_token', GHR)}&refresh_token_expires_in=15811200&scope=&token_type=bearer`),

  rec('ci_yaml', f`Our self-hosted GitLab runner won't register after the 17.x upgrade:

${amb('source_code.snippet', f`# /etc/gitlab-runner/config.toml
concurrent = 4
check_interval = 0

[[runners]]
  name = "build-02"
  url = "https://git.larkspur-analytics.com/"
  token = "${v('credential.gitlab_token', GLRT)}"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false`)}

Error: "runner registration token is deprecated". Do I need a new token type?`),

  rec('code_python', f`Our standup bot posts as me instead of the bot user, see:

\`\`\`python
${code(f`from slack_sdk import WebClient
from slack_sdk.socket_mode import SocketModeClient

web = WebClient(token="${v('credential.slack_user_token', SLACK_USER)}")
socket = SocketModeClient(
    app_token="${v('credential.slack_app_token', SLACK_APP)}",
    web_client=web,
)

def post_summary(channel: str, text: str) -> None:
    web.chat_postMessage(channel=channel, text=text)`)}
\`\`\``),

  rec('chat', f`slack config token for the manifest API expires every 12h, is it normal? ${v('credential.slack_token', SLACK_CONFIG)} is the one I got today`),

  rec('chat', f`Which endpoint lists all projects in the org? I'm calling GET /v1/organization/projects with my admin key ${v('credential.openai_admin_key', OPENAI_ADMIN)} and get an empty list.`),

  rec('env_file', f`Summarise which env vars this service needs and which are optional:

${amb('source_code.snippet', f`# services/summarizer/.env.production
APP_ENV=production
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
ANTHROPIC_ADMIN_KEY=${v('credential.anthropic_admin_key', ANTHROPIC_ADMIN)}
MODEL=claude-3-5-sonnet-20241022
MAX_TOKENS=2048
LANGSMITH_TRACING=true
LANGSMITH_API_KEY=${v('credential.langsmith_api_key', LANGSMITH)}
LANGSMITH_PROJECT=summarizer-prod`)}`),

  rec('code_ts', f`I want to benchmark three providers with the same prompt. Does this look OK?

${code(f`const providers = {
  replicate: { url: 'https://api.replicate.com/v1/predictions', key: '${v('credential.replicate_api_token', REPLICATE)}' },
  perplexity: { url: 'https://api.perplexity.ai/chat/completions', key: '${v('credential.perplexity_api_key', PPLX)}' },
  xai: { url: 'https://api.x.ai/v1/chat/completions', key: '${v('credential.xai_api_key', XAI)}' },
};

for (const [name, p] of Object.entries(providers)) {
  const t0 = performance.now();
  const res = await fetch(p.url, { method: 'POST', headers: { Authorization: \`Bearer \${p.key}\` }, body: JSON.stringify(payload(name)) });
  console.log(name, res.status, Math.round(performance.now() - t0), 'ms');
}`)}`),

  rec('notebook', f`In [1]:
${amb('source_code.snippet', f`import os
os.environ["MISTRAL_API_KEY"] = "${v('credential.mistral_api_key', MISTRAL)}"
os.environ["CO_API_KEY"] = "${v('credential.cohere_api_key', COHERE)}"

In [2]:
from langchain_mistralai import ChatMistralAI
llm = ChatMistralAI(model="mistral-large-latest", temperature=0)`)}

Out[2]: ChatMistralAI(model='mistral-large-latest', temperature=0.0)`),

  rec('json_config', f`Desktop app login with Google fails with "invalid_client". client_secret.json:

${amb('source_code.snippet', f`{"installed":{"client_id":"418273950163-7qv2m9d4k8s1h3j6f0p5r7t2y4u9w1e3.apps.googleusercontent.com","project_id":"larkspur-desktop","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["http://localhost"]}}`)}`),

  rec('curl', f`This works for an hour and then returns 401, why?

curl -H "Authorization: Bearer ${v('credential.google_oauth_access_token', YA29)}" \\
  "https://www.googleapis.com/drive/v3/files?pageSize=50&fields=files(id,name,modifiedTime)"`),

  rec('chat', f`Customer can't download the export, the link says AuthenticationFailed. Link we sent: https://lrkexports.blob.core.windows.net/exports/2024-11/orders.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-12-01T23:59:59Z&st=2024-11-24T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Is the st= in the future maybe?`),

  rec('ci_yaml', f`Pipeline can't push tags back to Azure Repos:

${amb('source_code.snippet', f`steps:
- checkout: self
  persistCredentials: true
- script: |
    git config user.email "${v('pii.email', 'build@larkspur.local')}"
    git tag v$(Build.BuildNumber)
    git push https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/larkspur/analytics/_git/pipelines --tags
  displayName: Tag release`)}

The Azure DevOps PAT has Code (Read & write).`),

  rec('code_python', f`${code(f`import os
from twilio.rest import Client

# twilio: API key + secret instead of the auth token
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_API_KEY = "${v('credential.twilio_api_key', TWILIO_SK)}"
TWILIO_API_SECRET = "${v('credential.generic_secret_assignment', TWILIO_SECRET)}"

client = Client(TWILIO_API_KEY, TWILIO_API_SECRET, TWILIO_ACCOUNT_SID)
msg = client.messages.create(to=os.environ["ONCALL_PHONE"], from_="${amb('pii.phone', '+15005550006')}", body="disk > 90% on db-3")
print(msg.sid)`)}

why do I get "Authenticate" errors? the SID comes from env and is right`),

  rec('chat', f`Newsletter migration: Mailchimp key ${v('credential.mailchimp_api_key', MAILCHIMP)} for the export, Brevo key ${v('credential.brevo_api_key', BREVO)} for the import. Can you write a Python script that copies the "customers-2024" audience with tags?`),

  rec('code_js', f`discord.js bot logs in and immediately disconnects with code 4014:

${code(f`const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.once('ready', () => console.log(\`logged in as \${client.user.tag}\`));
client.on('messageCreate', (m) => { if (m.content === '!ping') m.reply('pong'); });

client.login('${v('credential.discord_bot_token', DISCORD_BOT)}');`)}`),

  rec('powershell', f`${amb('source_code.snippet', f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$body = @{ text = "Backup on FS-02 finished: $((Get-Date).ToString('u'))" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $body`)}

Teams now shows "connector deprecated" in the channel — do I need a Workflows URL instead?`),

  rec('npmrc', f`yarn 1 ignores my .npmrc in CI, local works:

${amb('source_code.snippet', f`@larkspur:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM_AUTH))}
always-auth=true`)}`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('pypirc', f`twine upload says 403 "Invalid or non-existent authentication information". ~/.pypirc:

${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('shell', f`docker login keeps asking for the password interactively in the Jenkins job:

echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u larkspurci --password-stdin
docker push larkspur/ingest:2.14.0

The token is read/write/delete.`),

  rec('gradle', f`${amb('source_code.snippet', f`# gradle.properties
org.gradle.jvmargs=-Xmx2g
artifactoryUser=ci-publisher
artifactoryPassword=${v('credential.jfrog_api_key', JFROG)}
artifactoryUrl=https://larkspur.jfrog.io/artifactory`)}

gradle publish fails with 401 — is the API key still accepted or do I need an identity token?`),

  rec('chat', f`For the Shopify app HMAC check, is the secret the API secret key? Partner dashboard shows ${v('credential.shopify_shared_secret', SHPSS)} and my computed digest never matches the X-Shopify-Hmac-Sha256 header.`),

  rec('curl', f`Jira REST returns 401 even though the token is fresh:

curl -u ${v('pii.email', 'r.achterberg@larkspur-analytics.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Accept: application/json" \\
  "https://larkspur.atlassian.net/rest/api/3/search?jql=project=DATA+AND+status=Open"`),

  rec('chat', f`Bitbucket pipelines clone with app password ${v('credential.bitbucket_app_password', BITBUCKET)} (user larkspur-build) stopped working after they announced the deprecation. What replaces it?`),

  rec('env_file', f`${amb('source_code.snippet', f`# tools/sync/.env
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DATABASE_ID=8a41c7e2d93f4b0e96a1f35c20d7b8e4
FIGMA_TOKEN=${v('credential.figma_token', FIGMA)}
AIRTABLE_TOKEN=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appQ3vM8nK1tR5wX2`)}

Write a Node script that copies new Figma comments into the Notion database every 15 minutes.`),

  rec('chat', f`sentry-cli releases finalize fails with "Invalid token" — I created a user auth token in settings: ${v('credential.sentry_auth_token', SENTRY_USER)}. Do I need an org token instead?`),

  rec('helm_values', f`Grafana agent values for the EU cluster, please double-check the remote_write part:

${amb('source_code.snippet', f`grafana-agent:
  agent:
    mode: flow
  remoteWrite:
    url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basicAuth:
      username: "1048273"
      password: ${v('credential.grafana_cloud_token', GLC)}
dashboards:
  provisioner:
    apiToken: ${v('credential.grafana_service_account_token', GLSA)}`)}`),

  rec('chat', f`old wallboard script still uses a Grafana API key: Authorization: Bearer ${v('credential.grafana_api_key', GRAFANA_LEGACY)} — will it stop working when we go to Grafana 11?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  app:
    image: larkspur/ingest:2.14.0
    environment:
      NEW_RELIC_APP_NAME: ingest
      NEW_RELIC_API_KEY: ${v('credential.newrelic_key', NRAK)}
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu`)}

We're moving from New Relic to Datadog, can I run both agents side by side for a week?`),

  rec('shell', f`doppler run works locally, but in the container:

$ export DOPPLER_TOKEN=${v('credential.doppler_token', DOPPLER)}
$ doppler secrets download --no-file --format env
Doppler Error: Unable to fetch secrets

$ pulumi login
Manage your Pulumi stacks by logging in.
Enter your access token from https://app.pulumi.com/account/tokens
    or hit <ENTER> to log in using your browser                   : ${v('credential.pulumi_token', PULUMI)}`),

  rec('hcl', f`terraform login doesn't work behind the proxy so I wrote the credentials file by hand:

${amb('source_code.snippet', f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}`),

  rec('chat', f`sops can't decrypt on the new laptop. I copied keys.txt over:

# created: 2024-10-02T11:40:18+02:00
# public key: age1q8w3z6x0kc9f5v7r2n4m1l8p3s6d9g2h5j7k0t4y6u8e1a3c5x7zqf2v
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE points to it.`),

  rec('env_file', f`${amb('source_code.snippet', f`DATABASE_URL=mysql://k2w9xq4vr1ze:${v('credential.database_url_password', v('credential.planetscale_token', tok('pscale_', 'pw_', fill('b2-pscalepw', B64URL, 43))))}@aws.connect.psdb.cloud/larkspur?sslaccept=strict
PLANETSCALE_SERVICE_TOKEN_ID=k2w9xq4vr1ze
PLANETSCALE_SERVICE_TOKEN=${v('credential.planetscale_token', PSCALE)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', JWT_SUPA)}`)}

migrating from PlanetScale to Supabase, which of these do I still need in CI?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`name: preview
on: [pull_request]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      VERCEL_TOKEN: ${v('credential.vercel_token', VERCEL)}
      NETLIFY_AUTH_TOKEN: ${v('credential.netlify_token', NETLIFY)}
    steps:
      - uses: actions/checkout@v4
      - run: npx vercel deploy --token "$VERCEL_TOKEN" --yes
      - run: npx netlify deploy --dir=dist --auth "$NETLIFY_AUTH_TOKEN"`)}

We only need one of the two, which is cheaper for 30 previews a day?`),

  rec('chat', f`heroku CLI login is broken on WSL. Can I just set HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} in my .bashrc? The old heroku key was ${v('credential.heroku_api_key_legacy', HEROKU_LEGACY)}, I think it's revoked.`),

  rec('chat', f`cert-manager issuer for the Cloudflare origin CA needs the "Origin CA key". Is this the right one from the profile page? ${v('credential.cloudflare_origin_ca_key', CF_ORIGIN)}`),

  rec('curl', f`curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" "https://larkspur.okta.com/api/v1/users?filter=status+eq+%22PROVISIONED%22&limit=200" | jq length

returns 0 but the admin console shows 14 provisioned users`),

  rec('code_go', f`${code(f`package oss

import (
	"github.com/aliyun/aliyun-oss-go-sdk/oss"
)

const (
	endpoint        = "https://oss-cn-shanghai.aliyuncs.com"
	accessKeyID     = "${v('credential.alibaba_access_key_id', ALIBABA_ID)}"
	accessKeySecret = "${v('credential.generic_secret_assignment', ALIBABA_SECRET)}"
)

func NewBucket(name string) (*oss.Bucket, error) {
	client, err := oss.New(endpoint, accessKeyID, accessKeySecret)
	if err != nil {
		return nil, err
	}
	return client.Bucket(name)
}`)}`),

  rec('ini', f`COS upload from the Shenzhen office, config for coscmd:

${amb('source_code.snippet', f`[common]
secret_id = ${v('credential.tencent_secret_id', TENCENT_ID)}
secret_key = ${v('credential.generic_secret_assignment', TENCENT_KEY)}
bucket = lrk-assets-1318204957
region = ap-guangzhou`)}

"The specified bucket does not exist" — the name has the appid suffix, so why?`),

  rec('chat', f`POS integration: Square production access token ${v('credential.square_access_token', SQUARE)}, application secret ${v('credential.square_oauth_secret', SQ_OAUTH)}. Which one does the OAuth code exchange need?`),

  rec('code_ruby', f`${code(f`Braintree::Gateway.new(
  access_token: "${v('credential.braintree_access_token', BRAINTREE)}"
).transaction.sale(
  amount: order.total.to_s,
  payment_method_nonce: params[:nonce],
  options: { submit_for_settlement: true }
)`)}

This raises AuthenticationError only in production.`),

  rec('chat', f`The Instagram insights call works in Graph API Explorer but not from our cron. Token from the explorer: ${v('credential.facebook_access_token', FACEBOOK)}
Is it a short-lived user token?`),

  rec('code_php', f`${code(f`<?php
$serverKey = '${v('credential.firebase_fcm_server_key', FCM)}';
$payload = ['to' => $deviceToken, 'notification' => ['title' => 'Order shipped', 'body' => $text]];
$ch = curl_init('https://fcm.googleapis.com/fcm/send');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . $serverKey, 'Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
$result = curl_exec($ch);`)}

Google says the legacy API is shut down — how do I port this to HTTP v1?`),

  rec('chat', f`Dropbox upload returns expired_access_token after a few hours. I'm hard-coding ${v('credential.dropbox_access_token', DROPBOX)} from the app console. How do refresh tokens work for a script with no user?`),

  rec('chat', f`Mapbox tile download for offline maps: secret token ${v('credential.mapbox_secret_token', MAPBOX)} with DOWNLOADS:READ scope. Where do I put it in gradle.properties for the Android SDK?`),

  rec('chat', f`X API v2 search gives 429 right away with the app bearer token ${v('credential.twitter_bearer_token', TWITTER)} — free tier limits?`),

  rec('chat', f`Can you tell me why gpg --import says "no valid OpenPGP data found" for this backup of my signing key?

${v('credential.pgp_private_key', PGP)}`),

  rec('ppk', f`WinSCP asks for a passphrase for this key but I never set one?

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: deploy@sftp-lrk-01
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIE${fill('b2-ppkpub', B64, 43)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b2-ppkmac', HEX, 64)}`),

  rec('kubeconfig', f`kubectl says "x509: certificate signed by unknown authority" with this kubeconfig:

${amb('source_code.snippet', f`apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://${amb('pii.ip_address', '10.40.12.5')}:6443
    insecure-skip-tls-verify: false
  name: lrk-onprem
users:
- name: r.achterberg
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lJTTR3${fill('b2-kcert', B64, 60)}
    client-key-data: ${v('credential.base64_private_key', K8S_KEY_B64)}
contexts:
- context: { cluster: lrk-onprem, user: r.achterberg }
  name: onprem`)}`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: billing-secrets
  namespace: billing
type: Opaque
data:
  STRIPE_SECRET_KEY: ${v('credential.base64_encoded_token', B64_STRIPE)}
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', B64_GHP)}
  LOG_LEVEL: aW5mbw==`)}

kubectl apply says the secret is unchanged but the pod still sees the old key.`),

  rec('java_props', f`${amb('source_code.snippet', f`# jwt signing for the partner API
partner.jwt.issuer=larkspur
partner.jwt.ttl=PT15M
partner.jwt.private-key=${v('credential.private_key', PKCS8.replace(/\n/g, '\\n'))}`)}

Spring says "Failed to bind properties" — do I need real line breaks instead of the \\n escapes?`, 'PEM written on one line with \\n escapes'),

  rec('log', f`${amb('source_code.snippet', f`2024-11-26 14:02:51,330 DEBUG urllib3.connectionpool: https://api.larkspur-analytics.com:443 "GET /v2/reports?since=2024-11-01 HTTP/1.1" 200 18233
2024-11-26 14:02:51,331 DEBUG reports.client: request headers={'User-Agent': 'lrk-cli/0.9.3', 'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'Accept': 'application/json'}
2024-11-26 14:02:51,502 INFO  reports.client: 412 rows`)}

Why does debug logging print the header? Can I turn that off only for urllib3?`),

  rec('yaml', f`${amb('source_code.snippet', f`# config/mail.yml
smtp:
  url: smtps://${amb('pii.email', 'reports%40larkspur-analytics.com')}:${v('credential.url_password', 'Heron-Quay-4471')}@smtp.office365.com:465
imap:
  url: imaps://archive.larkspur.local:993
sftp_drop: sftp://partner_nordvik:${v('credential.url_password', 'f8Kq!mZ2pL')}@files.larkspur-analytics.com:22/incoming`)}

Can I use the same mail config in the Rust worker? The crate wants host/user/password separately.`),

  rec('config', f`${amb('source_code.snippet', f`"ConnectionStrings": {
  "Reporting": "Server=tcp:lrk-sql-weu.database.windows.net,1433;Initial Catalog=reporting;Persist Security Info=False;User ID=report_reader;Password=${v('credential.connection_string_password', 'Qv7#Lm2!pRz9')};MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;"
}`)}

EF Core timeout after 30 s on the monthly report, how do I raise it only for that query?`),

  rec('shell', f`script to copy the nightly dump to the DR box, it hangs at the prompt:

${code(f`#!/bin/sh
set -e
DUMP=/var/backups/pg/lrk-$(date +%F).dump
pg_dump -Fc -h 127.0.0.1 -U backup lrk > "$DUMP"
sshpass -p '${v('credential.cli_password', 'Gr4nite-Ridge!')}' scp -o StrictHostKeyChecking=no "$DUMP" ${amb('pii.email', 'backup@dr-01.larkspur.local')}:/srv/dumps/
find /var/backups/pg -mtime +7 -delete`)}`),

  rec('chat_it', f`Ciao, mi aiuti a scrivere una mail al fornitore? Devo dirgli che l'accesso al portale ordini è stato riattivato: utente "nordvik.ordini", la password è ${v('credential.password_in_prose', 'Gabbiano#2024')} e va cambiata al primo accesso.`),

  rec('chat_sv', f`Kan du översätta till engelska? "Hej! Wifi för gäster heter Larkspur-Guest och lösenordet är ${v('credential.password_in_prose', 'Blabarsris88!')}. Skrivaren på plan 3 har IP ${amb('pii.ip_address', '10.8.3.40')}."`),

  rec('chat_nl', f`Kun je dit netjes maken voor de nieuwe collega? "je account voor het HR-portaal is aangemaakt, gebruikersnaam: l.devries, wachtwoord: ${v('credential.password_in_prose', 'Zonnebloem-73')} – graag direct wijzigen"`),

  rec('chat_pl', f`Przetłumacz proszę na angielski: "Login do panelu administracyjnego to admin_lrk, a hasło to ${v('credential.password_in_prose', 'Wiewiorka!2291')}. Zmień je po pierwszym logowaniu."`),

  rec('chat_pt', f`Preciso de ajuda para escrever um e-mail ao cliente. O acesso ao ambiente de homologação é: usuário homolog_vendas e a senha é ${v('credential.password_in_prose', 'Cajueiro@4417')}.`),

  rec('code_python', f`Unit test keeps failing on CI only:

${code(f`class ReportClientTest(unittest.TestCase):
    def setUp(self):
        self.client = ReportClient(
            base_url="https://reports.larkspur.local",
            username="ci-reports",
            password="${v('credential.password_assignment', 'Otterbach!5520')}",
        )

    def test_monthly(self):
        r = self.client.monthly(2024, 11)
        self.assertEqual(r.status, "ready")`)}`),
];

/**
 * Held-out batch 6: credentials in prompts, shell sessions, tool configs, CI files, infrastructure
 * code and programs. Hand-written after batches 1–5 were fitted; measured once on the frozen engine
 * (tests/corpus-heldout/README.md, "Sixth batch").
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b6-akia', B32, 16));
const AKIA_SECRET = fill('b6-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b6-akia2', B32, 16));
const AKIA2_SECRET = fill('b6-akia2s', B64, 40);
const ASIA = tok('ASIA', fill('b6-asia', B32, 16));
const ASIA_SECRET = fill('b6-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b6-awssess', B64, 320));
const GHP = gh('ghp', 'Vw3Nk8Qz1Rb6Tm9Lx4Hc7Jd2Fp5Sy0');
const GHO = gh('gho', 'Ky7Pm2Wd9Rn4Lv1Zt6Hb3Xq8Cf5Js0');
const GHS = gh('ghs', 'Nq1Tz6Wb3Lk8Rm5Xd2Vh9Jc4Pf7Gy0');
const GR_REG = tok('GR1348941', fill('b6-grreg', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '6620194837', '2-', '7810293847561-', fill('b6-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T06', fill('b6-sh1', UPPER + DIGITS, 7), '/B08', fill('b6-sh2', UPPER + DIGITS, 8), '/', fill('b6-sh3', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b6-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b6-whsec', B62, 32));
const OA_PROJ = tok('sk-', 'proj-', fill('b6-oaproj1', B64URL, 74), 'T3Blbk', 'FJ', fill('b6-oaproj2', B64URL, 74));
const ANT_API = tok('sk-ant-', 'api03-', fill('b6-ant', B64URL, 93), 'AA');
const ANT_ADMIN = tok('sk-ant-', 'admin01-', fill('b6-antadm', B64URL, 93), 'AA');
const XAI = tok('xai-', fill('b6-xai', B62, 80));
const HF = tok('hf_', fill('b6-hf', UPPER + LOWER, 34));
const YA29 = tok('ya29.', 'a0AXooCg', fill('b6-ya29', B64URL, 170));
const AZ_CLIENT_SECRET = tok(fill('b6-azcs1', B62, 3), '8Q~', fill('b6-azcs2', B62 + '-_.~', 34));
const SAS_SIG = `${fill('b6-sas1', B62, 13)}%2B${fill('b6-sas2', B62, 14)}%2F${fill('b6-sas3', B62, 12)}%3D`;
const ADO_PAT = fill('b6-ado', B32LOWER, 52);
const TW_SID = tok('AC', fill('b6-twsid', HEX, 32));
const TW_TOKEN = fill('b6-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b6-sg1', B64URL, 22), '.', fill('b6-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b6-mailgun', HEX, 32));
const DISCORD_BOT = tok(b64('1290384756102938475').replace(/=+$/, ''), '.', fill('b6-disc1', B64URL, 6), '.', fill('b6-disc2', B64URL, 38));
const NPM = gh('npm', 'Hc5Tw2Ry8Lq3Nx6Zb1Km9Vd4Jp7Fs0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b6-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b6-dckr', B64URL, 27));
const JFROG_REF = tok('cmVmdGtuOjAxOjE3', fill('b6-jfref', B62, 48));
const SHPAT = tok('shpat_', fill('b6-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b6-atl', B64URL, 171), '=', fill('b6-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b6-ntn1', DIGITS, 11), fill('b6-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b6-at1', B62, 14), '.', fill('b6-at2', HEX, 64));
const SNTRYU = tok('sntryu_', fill('b6-sntryu', HEX, 64));
const GLSA = tok('glsa_', fill('b6-glsa1', B62, 32), '_', fill('b6-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b6-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b6-ddapi', HEX, 32);
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b6-age', BECH32, 58));
const DAPI = tok('dapi', fill('b6-dapi', HEX, 32));
const VERCEL = fill('b6-vercel', B62, 24);
const DO_TOKEN = tok('dop_', 'v1_', fill('b6-dop', HEX, 64));
const CF_TOKEN = fill('b6-cftok', B62 + '-_', 40);
const OKTA = tok('00', fill('b6-okta', B64URL, 40));
const LTAI = tok('LTAI', '5t', fill('b6-ltai', B62, 18));
const ALI_SECRET = fill('b6-alisec', B62, 30);
const TENCENT_ID = tok('AKID', fill('b6-akid', B62, 32));
const TENCENT_KEY = fill('b6-tckey', B62, 32);
const JWT_FETCH = jwt({ alg: 'RS256', typ: 'JWT', kid: 'hx-2025-02' }, { sub: 'u_88213', tenant: 'almanac-press', roles: ['editor'], iat: 1738900000, exp: 1738903600 }, 'b6-jwt1');
const BASIC = b64('metrics-ro:Tamarind-Kite-5083');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b6-rsa', 1190);
const PPK_PRIV = b64Bytes('b6-ppk', 48);
const B64_PEM = b64(`${pem('PRIVATE KEY', 'b6-b64pk', 1216)}\n`);
const B64_ANT = b64(tok('sk-ant-', 'api03-', fill('b6-antb64', B64URL, 93), 'AA'));
const GROQ = tok('gsk_', fill('b6-groq', B62, 52));
const MISTRAL = fill('b6-mistral', B62, 32);
const JWT_SECRET = fill('b6-jwtsecret', B62, 44);
const OIDC_SECRET = fill('b6-oidc', B62, 40);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH6_CREDENTIALS: DraftRecord[] = [
  rec('s3cfg', f`s3cmd sync to our Hetzner-hosted MinIO works, but to the real S3 bucket it fails with SignatureDoesNotMatch. My ~/.s3cfg (trimmed):

${cfg(f`[default]
access_key = ${v('credential.aws_access_key_id', AKIA)}
secret_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
host_base = s3.eu-north-1.amazonaws.com
host_bucket = %(bucket)s.s3.eu-north-1.amazonaws.com
signature_v2 = False`)}

do I need a different host_base for eu-north-1?`),

  rec('code_kotlin', f`${code(f`val creds = BasicAWSCredentials("${v('credential.aws_access_key_id', AKIA2)}", "${v('credential.aws_secret_access_key', AKIA2_SECRET)}")
val s3 = AmazonS3ClientBuilder.standard()
    .withRegion(Regions.AP_SOUTHEAST_2)
    .withCredentials(AWSStaticCredentialsProvider(creds))
    .build()

fun uploadScan(file: File) = s3.putObject("harbourline-scans", "inbound/\${file.name}", file)`)}

Android Studio says AmazonS3ClientBuilder is deprecated — what's the SDK v2 equivalent on Android?`, 'an AWS secret key passed positionally right after its key id (batch 1 decision: labelled)'),

  rec('credential_process', f`I wrote a credential_process helper for our SSO. The CLI says "Error when retrieving credentials from custom-process: Expiration is not ISO8601". Output of the helper:

${cfg(f`{
  "Version": 1,
  "AccessKeyId": "${v('credential.aws_access_key_id', ASIA)}",
  "SecretAccessKey": "${v('credential.aws_secret_access_key', ASIA_SECRET)}",
  "SessionToken": "${v('credential.aws_session_token', AWS_SESSION)}",
  "Expiration": "1739012400"
}`)}`),

  rec('notebook_pip', f`Colab cell fails with "fatal: could not read Username for 'https://github.com'":

!pip install -q git+https://${v('credential.github_pat', GHP)}@github.com/fjordlight-labs/tide-models.git@v0.4.2

the repo is private, I thought putting the token in the URL was enough?`),

  rec('hub_config', f`Old \`hub\` CLI stopped working after I moved laptops. Copied ~/.config/hub over:

${cfg(f`github.com:
- user: mireille-okafor
  oauth_token: ${v('credential.github_oauth_token', GHO)}
  protocol: https`)}

should I switch to gh instead?`),

  rec('json_response', f`Our deploy bot calls POST /app/installations/58120394/access_tokens and gets this back. Why does pushing with it still return 403 on the workflows folder?

${cfg(f`{
  "token": "${v('credential.github_server_to_server_token', GHS)}",
  "expires_at": "2025-02-08T11:42:17Z",
  "permissions": { "contents": "write", "metadata": "read" },
  "repository_selection": "selected"
}`)}`),

  rec('shell_helm', f`helm install worked last year, now the runner pod crashloops with "registration token is deprecated". Command from our wiki:

helm install gitlab-runner gitlab/gitlab-runner -n ci \\
  --set gitlabUrl=https://code.almanacpress.de/ \\
  --set runnerRegistrationToken=${v('credential.gitlab_token', GR_REG)} \\
  --set rbac.create=true

what's the new way?`),

  rec('shell_curl', f`Uploading a file to Slack from a cron job, getting "method_deprecated". What replaced it?

curl -F file=@/var/reports/nightly.pdf -F channels=C07QJ2LKD4M \\
     -F token=${v('credential.slack_bot_token', SLACK_BOT)} \\
     https://slack.com/api/files.upload`),

  rec('zabbix_media', f`Zabbix media type "Slack alerts" → Parameters tab, as exported:

${cfg(f`<parameters>
  <parameter><name>webhook_url</name><value>${v('credential.slack_webhook_url', SLACK_HOOK)}</value></parameter>
  <parameter><name>severity</name><value>{EVENT.NSEVERITY}</value></parameter>
  <parameter><name>subject</name><value>{ALERT.SUBJECT}</value></parameter>
</parameters>`)}

messages arrive but the severity colours don't show. Which field does Slack use for colour?`),

  rec('shell', f`stripe listen doesn't forward anything to localhost, what am I missing?

$ stripe listen --forward-to localhost:4000/hooks/stripe --api-key ${v('credential.stripe_secret_key', SK_LIVE)}
> Ready! You are using Stripe API Version [2024-06-20].
> Your webhook signing secret is ${v('credential.stripe_webhook_secret', WHSEC)} (^C to quit)`, 'a live key passed to the Stripe CLI and the signing secret it prints'),

  rec('notebook_env', f`${cfg(f`%env OPENAI_API_KEY=${v('credential.openai_api_key', OA_PROJ)}
from openai import OpenAI
client = OpenAI()
client.models.list()`)}

→ APIConnectionError on the university JupyterHub. Is there a proxy setting?`),

  rec('code_ruby', f`${code(f`require "anthropic"

client = Anthropic::Client.new(api_key: "${v('credential.anthropic_api_key', ANT_API)}")

def summarise(client, minutes)
  client.messages.create(
    model: "claude-3-5-sonnet-latest",
    max_tokens: 600,
    messages: [{ role: "user", content: "Summarise these parish council minutes:\\n#{minutes}" }]
  )
end`)}

how do I stream the answer instead of waiting for the full response?`),

  rec('shell', f`Trying to list workspace members with the Admin API; 403 "not_found_error". Which header did I miss?

curl https://api.anthropic.com/v1/organizations/users?limit=20 \\
  --header "anthropic-version: 2023-06-01" \\
  --header "x-api-key: ${v('credential.anthropic_admin_key', ANT_ADMIN)}"`),

  rec('elisp', f`gptel with Grok: the buffer just says "Error: 400". Config in init.el:

${cfg(f`(gptel-make-openai "xAI"
  :host "api.x.ai"
  :key "${v('credential.xai_api_key', XAI)}"
  :endpoint "/v1/chat/completions"
  :stream t
  :models '(grok-2-latest))`)}`),

  rec('shell_docker', f`TGI container exits immediately, log says "Cannot access gated repo". I did accept the licence on the website.

docker run --gpus all --shm-size 1g -p 8080:80 \\
  -e HUGGING_FACE_HUB_TOKEN=${v('credential.huggingface_token', HF)} \\
  -v $PWD/models:/data ghcr.io/huggingface/text-generation-inference:2.4 \\
  --model-id meta-llama/Llama-3.1-8B-Instruct`),

  rec('shell', f`$ gcloud auth print-access-token
${v('credential.google_oauth_access_token', YA29)}
$ curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://bigquery.googleapis.com/bigquery/v2/projects/tidewater-bi/datasets
{"error": {"code": 403, "message": "BigQuery API has not been used in project …"}}

how do I enable the API from the CLI?`),

  rec('shell_ps', f`PS C:\\> az login --service-principal -u 6f1d2c84-93ab-4e07-b5d1-2a8c7e9f0b36 -p ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)} --tenant 0c7e4a91-5d28-4f3b-a6e0-91b2d8c4f7e5
AADSTS7000222: The provided client secret keys for app '6f1d2c84-…' are expired.

we rotated it on Monday, does it take time to propagate?`),

  rec('email', f`Hi Tomasz,

here is the link for the scanned delivery notes, valid until Friday:
https://harbourlinedocs.blob.core.windows.net/delivery-notes/2025-02?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-02-14T17:00:00Z&st=2025-02-07T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}

Kind regards, Ilse

— can you make this e-mail a bit more formal?`),

  rec('nuget_config', f`dotnet restore fails with 401 against our Azure DevOps feed on the build agent, works locally. nuget.config:

${cfg(f`<configuration>
  <packageSources>
    <add key="almanac" value="https://pkgs.dev.azure.com/almanacpress/_packaging/core/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <almanac>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${v('credential.azure_devops_pat', ADO_PAT)}" />
    </almanac>
  </packageSourceCredentials>
</configuration>`)}`),

  rec('code_js', f`${code(f`const accountSid = '${v('credential.twilio_account_sid', TW_SID)}';
const authToken = '${v('credential.twilio_auth_token', TW_TOKEN)}';
const client = require('twilio')(accountSid, authToken);

exports.remind = async (booking) =>
  client.messages.create({
    from: 'Vetline',
    to: booking.phone,
    body: \`Reminder: \${booking.pet} has an appointment tomorrow at \${booking.time}.\`,
  });`)}

alphanumeric sender works in the UK but not in the US — why?`),

  rec('postfix', f`Postfix relay through SendGrid: "SASL authentication failed". /etc/postfix/sasl_passwd is

[smtp.sendgrid.net]:587 apikey:${v('credential.sendgrid_api_key', SENDGRID)}

and I ran postmap on it. Anything else?`),

  rec('shell', f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/mg.quaymarket.ie/messages \\
  -F from='Quay Market <${v('pii.email', 'orders@quaymarket.ie')}>' -F to='${v('pii.email', 'test@quaymarket.ie')}' -F subject='test' -F text='hello'
→ "Forbidden"

the domain is in the EU region, so the URL should be right?`, 'e-mail addresses of the sender and the test recipient are pii too'),

  rec('code_rust', f`${code(f`use serenity::prelude::*;

#[tokio::main]
async fn main() {
    let token = "${v('credential.discord_bot_token', DISCORD_BOT)}";
    let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    let mut client = Client::builder(token, intents).event_handler(Handler).await.expect("client");
    if let Err(why) = client.start().await {
        println!("client error: {why:?}");
    }
}`)}

compiles, but messages have empty content. I enabled the intent in code — is there a portal switch too?`),

  rec('shell', f`~/src/tidekit $ NPM_TOKEN=${v('credential.npm_token', NPM)} npm publish --access public
npm ERR! code E403
npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@fjordlight%2ftidekit - You cannot publish over the previously published versions: 1.3.0.

oh. how do I bump only the patch version?`),

  rec('shell', f`uv publish --token ${v('credential.pypi_token', PYPI)}
error: Failed to publish \`dist/almanac_ocr-0.9.1-py3-none-any.whl\` to https://upload.pypi.org/legacy/
  Caused by: Upload failed with status code 400 Bad Request. The server could respond with: 400 File already exists.`),

  rec('makefile', f`${cfg(f`REGISTRY := docker.io/harbourline
VERSION  := $(shell git describe --tags)

push:
	echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u harbourlineci --password-stdin
	docker build -t $(REGISTRY)/manifest-api:$(VERSION) .
	docker push $(REGISTRY)/manifest-api:$(VERSION)`)}

make push works on my Mac but on the CI runner docker login hangs. TTY?`),

  rec('shell', f`jf c add artifactory-eu --url=https://almanac.jfrog.io --access-token=${v('credential.jfrog_api_key', JFROG_REF)} --interactive=false
[Error] server ID 'artifactory-eu' already exists.

how do I overwrite it?`),

  rec('shell', f`Bulk price update script gets "[API] Invalid API key or access token" only for the second store:

curl -X POST https://quay-market-ie.myshopify.com/admin/api/2024-10/graphql.json \\
  -H 'Content-Type: application/json' \\
  -H 'X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHPAT)}' \\
  -d '{"query":"{ shop { name currencyCode } }"}'`),

  rec('code_python', f`${code(f`from atlassian import Confluence

confluence = Confluence(
    url="https://tidewater.atlassian.net/wiki",
    username="${v('pii.email', 'svc-docs@tidewater.com.au')}",
    password="${v('credential.atlassian_api_token', ATLASSIAN)}",
    cloud=True,
)
page = confluence.get_page_by_title("OPS", "On-call handbook", expand="body.storage")
print(page["body"]["storage"]["value"][:500])`)}

how do I convert the storage format to markdown?`),

  rec('code_python', f`Notion returns "Could not find database with ID" although I shared the page with the integration:

${code(f`from notion_client import Client

notion = Client(auth="${v('credential.notion_token', NOTION)}")
rows = notion.databases.query(database_id="5f1c2a9e7b3d4c60a8e2f9b1d7c3e4a6", page_size=100)
for r in rows["results"]:
    print(r["properties"]["Title"]["title"][0]["plain_text"])`)}`),

  rec('apps_script', f`${code(f`function syncVolunteers() {
  const url = 'https://api.airtable.com/v0/appQ7zK2mX9vB4nL1/Volunteers?view=Active';
  const res = UrlFetchApp.fetch(url, {
    headers: { Authorization: 'Bearer ${v('credential.airtable_pat', AIRTABLE)}' },
    muteHttpExceptions: true,
  });
  const rows = JSON.parse(res.getContentText()).records.map(r => [r.fields.Name, r.fields.Shift]);
  SpreadsheetApp.getActive().getSheetByName('Rota').getRange(2, 1, rows.length, 2).setValues(rows);
}`)}

Google Apps Script, runs every hour. Only the first 100 volunteers appear.`),

  rec('xcode_phase', f`Xcode "Upload dSYMs" build phase fails on CI with "error: API request failed (401)":

${cfg(f`export SENTRY_ORG=harbourline
export SENTRY_PROJECT=manifest-ios
export SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SNTRYU)}
ERROR=$(sentry-cli debug-files upload --include-sources "$DWARF_DSYM_FOLDER_PATH" 2>&1 >/dev/null)`)}`),

  rec('code_python', f`${code(f`import requests, os

GRAFANA = "https://grafana.quaymarket.ie"
H = {"Authorization": "Bearer ${v('credential.grafana_service_account_token', GLSA)}"}

for d in requests.get(f"{GRAFANA}/api/search?type=dash-db", headers=H).json():
    dash = requests.get(f"{GRAFANA}/api/dashboards/uid/{d['uid']}", headers=H).json()
    with open(os.path.join("backup", f"{d['uid']}.json"), "w") as fh:
        fh.write(str(dash))`)}

the JSON files aren't valid JSON afterwards, why?`),

  rec('shell', f`NerdGraph query from my laptop returns errors: [{"message":"Unauthorized"}]

curl https://api.eu.newrelic.com/graphql \\
  -H 'Content-Type: application/json' \\
  -H 'API-Key: ${v('credential.newrelic_key', NRAK)}' \\
  -d '{"query":"{ actor { user { name email } } }"}'

EU account, so the endpoint should be right.`),

  rec('ci_step', f`GitLab job to upload JUnit results to Datadog CI Visibility:

${cfg(f`junit-upload:
  stage: report
  script:
    - DD_API_KEY=${v('credential.datadog_api_key', DD_API)} DD_SITE=datadoghq.eu npx @datadog/datadog-ci junit upload --service tidekit reports/`)}

job succeeds but nothing shows up in Test Optimization. Tag missing?`),

  rec('actions', f`${cfg(f`- name: Decrypt secrets
  env:
    SOPS_AGE_KEY: ${v('credential.age_secret_key', AGE)}
  run: sops --decrypt deploy/secrets.enc.yaml > deploy/secrets.yaml`)}

I know, I know — it should be in GitHub secrets. But why does sops still say "no identity matched any of the recipients"?`),

  rec('jdbc', f`DBeaver can't connect to our Databricks SQL warehouse: "[Databricks][JDBCDriver](500593) Communication link failure". JDBC URL:

jdbc:databricks://adb-5820193746152830.14.azuredatabricks.net:443/default;transportMode=http;ssl=1;httpPath=/sql/1.0/warehouses/9c1e42f7a0b3d5e8;AuthMech=3;UID=token;PWD=${v('credential.databricks_token', DAPI)}`),

  rec('shell', f`vercel deploy --prod --token ${v('credential.vercel_token', VERCEL)} --scope almanac-press
Error: The specified token is not valid. Use \`vercel login\` to generate a new token.

It's the token from Vercel account settings → Tokens, created yesterday.`),

  rec('ansible', f`${cfg(f`- name: Create staging droplet
  community.digitalocean.digital_ocean_droplet:
    state: present
    oauth_token: ${v('credential.digitalocean_token', DO_TOKEN)}
    name: harbourline-staging-01
    size: s-2vcpu-4gb
    region: fra1
    image: ubuntu-24-04-x64
    unique_name: true`)}

playbook reports "changed" every run although the droplet exists. Why?`),

  rec('k8s_secret', f`cert-manager DNS01 challenge stuck in "pending" for *.tidewater.com.au:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: cloudflare-api-token-secret
  namespace: cert-manager
type: Opaque
stringData:
  api-token: ${v('credential.cloudflare_api_token', CF_TOKEN)}`)}

The token has Zone:DNS:Edit on the zone. Anything else?`),

  rec('powershell', f`${cfg(f`$headers = @{ Authorization = "SSWS ${v('credential.okta_api_token', OKTA)}"; Accept = "application/json" }
$users = Invoke-RestMethod -Uri "https://almanacpress.okta-emea.com/api/v1/users?filter=status eq \`"STAGED\`"" -Headers $headers
foreach ($u in $users) {
    Write-Host $u.profile.login $u.created
}`)}

only 200 users come back, there are ~900 staged. Paging?`, 'a five-line PowerShell call: ambiguous source code, as batch 2/4 short scripts'),

  rec('code_python_zh', f`阿里云短信发不出去，报 "InvalidAccessKeyId.NotFound"。代码：

${code(f`from aliyunsdkcore.client import AcsClient
from aliyunsdkcore.request import CommonRequest

client = AcsClient("${v('credential.alibaba_access_key_id', LTAI)}", "${ambCat('credential', ALI_SECRET)}", "cn-shenzhen")
req = CommonRequest(domain="dysmsapi.aliyuncs.com", version="2017-05-25", action_name="SendSms")
req.add_query_param("PhoneNumbers", "13800000000")
print(client.do_action_with_exception(req))`)}

Please answer in English, our team lead reads this.`, 'the AccessKey secret is passed positionally: ambiguous without a rule id (batch 3 decision)'),

  rec('code_go', f`${code(f`credential := common.NewCredential(
    "${v('credential.tencent_secret_id', TENCENT_ID)}",
    "${ambCat('credential', TENCENT_KEY)}",
)
cpf := profile.NewClientProfile()
cpf.HttpProfile.Endpoint = "cvm.tencentcloudapi.com"
client, _ := cvm.NewClient(credential, regions.Singapore, cpf)
resp, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())`)}

err is "AuthFailure.SignatureFailure" — is the clock skew the problem?`, 'the SecretKey passed positionally: ambiguous without a rule id'),

  rec('fetch', f`Copied from Chrome devtools (Copy as fetch). Why does this work in the console but not from my Node script?

${cfg(f`fetch("https://cms.almanacpress.de/api/v2/articles?status=draft", {
  "headers": {
    "accept": "application/json",
    "authorization": "Bearer ${v('credential.jwt', JWT_FETCH)}",
    "x-tenant": "almanac-press"
  },
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});`)}`),

  rec('shell', f`wget --header "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" -O - https://metrics.harbourline.internal/federate?match[]=up
--2025-02-07 10:14:02--  https://metrics.harbourline.internal/federate?match[]=up
HTTP request sent, awaiting response... 401 Unauthorized

same credentials work in the browser prompt.`),

  rec('chat', f`paramiko says "not a valid RSA private key file" for this key, but ssh -i accepts it. Help?

${v('credential.private_key', RSA_KEY)}`),

  rec('ppk', f`FileZilla imports this fine but our Python SFTP job with paramiko can't read it. Convert how?

PuTTY-User-Key-File-2: ssh-rsa
Encryption: none
Comment: rsa-key-20240918
Public-Lines: 2
AAAAB3NzaC1yc2EAAAADAQABAAAAgQ${fill('b6-ppkpub', B64, 40)}
${fill('b6-ppkpub2', B64, 40)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b6-ppkmac', HEX, 40)}`),

  rec('ci_vars', f`GitLab → Settings → CI/CD → Variables, exported with the API for our audit:

${cfg(f`[
  { "key": "DEPLOY_HOST", "value": "deploy.tidewater.com.au", "masked": false },
  { "key": "SSH_KEY_B64", "value": "${v('credential.base64_private_key', B64_PEM)}", "masked": true }
]`)}

Is it a problem that the key is only base64 and not encrypted?`),

  rec('helm_values', f`${cfg(f`assistant:
  replicas: 2
  anthropic:
    # base64 so that the chart can put it straight into the Secret's data:
    apiKeyB64: ${v('credential.base64_encoded_token', B64_ANT)}
  model: claude-3-5-haiku-latest`)}

values.yaml for our internal helpdesk bot chart; reviewers asked whether base64 is "encrypted enough".`),

  rec('alembic', f`alembic upgrade head hangs forever on the staging box. alembic.ini:

${cfg(f`[alembic]
script_location = migrations
sqlalchemy.url = postgresql+asyncpg://ledger_app:${v('credential.database_url_password', 'Kestrel%Tide_1187')}@pg-staging.harbourline.internal:5432/ledger`)}

is asyncpg supported by alembic at all?`),

  rec('gradle', f`${cfg(f`repositories {
    mavenCentral()
    maven { url "https://deployer:${v('credential.url_password', 'Pumice!Larch42')}@nexus.almanacpress.de/repository/maven-releases/" }
}`)}

Gradle 8.10 prints "Using insecure protocols with repositories" — but it's https?`),

  rec('code_python', f`${code(f`import pyodbc

conn = pyodbc.connect(
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=tcp:sql-quay.database.windows.net,1433;"
    "DATABASE=orders;UID=report_reader;PWD=${v('credential.connection_string_password', 'Oyster#Reef-2291')};Encrypt=yes"
)
cur = conn.cursor()
cur.execute("SELECT TOP 10 order_id, total FROM dbo.orders ORDER BY created_at DESC")
print(cur.fetchall())`)}

"SSL Provider: The certificate chain was issued by an authority that is not trusted" — TrustServerCertificate?`),

  rec('mycnf', f`mysql client ignores my ~/.my.cnf, still prompts for a password:

${cfg(f`[client]
user=backup_op
password=${v('credential.password_assignment', 'Gannet_Cliff_906')}
host=db-archive.harbourline.internal`)}

permissions are 644. Relevant?`),

  rec('terraform', f`${cfg(f`resource "aws_db_instance" "cms" {
  identifier          = "almanac-cms"
  engine              = "mariadb"
  instance_class      = "db.t4g.medium"
  username            = "cms_admin"
  password            = "${v('credential.password_assignment', 'Brackish-Gull-7734')}"
  skip_final_snapshot = true
}`)}

tfsec flags this, fine, but what's the least painful way to move it to Secrets Manager?`),

  rec('shell', f`sqlcmd -S sql-quay.database.windows.net -d orders -U sa_quay -P '${v('credential.cli_password', 'Limpet$Harbour58')}' -Q "SELECT COUNT(*) FROM dbo.orders"
Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'sa_quay'..`, 'sqlcmd -P <password> (a password on a command line)'),

  rec('shell', f`smbclient //fs01.tidewater.internal/scans -U 'TIDEWATER\\scanner%${v('credential.cli_password', 'Copier#Mango-44')}' -c 'ls'
session setup failed: NT_STATUS_LOGON_FAILURE`, 'smbclient -U user%password'),

  rec('cron', f`nightly check on the old box, mail says "Access denied for user 'root'@'localhost'":

*/30 * * * * mysqladmin -uroot -p${v('credential.mysql_cli_password', 'Quokka77!harbour')} status >> /var/log/mysql-status.log 2>&1`, 'mysqladmin -p<password> (glued)'),

  rec('env_file', f`${cfg(f`# .env — NestJS auth service
PORT=3100
JWT_SECRET=${v('credential.generic_secret_assignment', JWT_SECRET)}
JWT_EXPIRES_IN=900s
OIDC_ISSUER=https://login.almanacpress.de/realms/staff
OIDC_CLIENT_ID=cms-backend
OIDC_CLIENT_SECRET=${v('credential.generic_secret_assignment', OIDC_SECRET)}`)}

tokens issued by the service fail verification in the gateway, both use the same JWT_SECRET — encoding?`),

  rec('code_ts', f`${code(f`import Groq from "groq-sdk";
import { Mistral } from "@mistralai/mistralai";

const groq = new Groq({ apiKey: "${v('credential.groq_api_key', GROQ)}" });
const mistral = new Mistral({ apiKey: "${v('credential.mistral_api_key', MISTRAL)}" });

export async function compare(prompt: string) {
  const [a, b] = await Promise.all([
    groq.chat.completions.create({ model: "llama-3.1-8b-instant", messages: [{ role: "user", content: prompt }] }),
    mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] }),
  ]);
  return { groq: a.choices[0].message.content, mistral: b.choices?.[0].message.content };
}`)}

which one is cheaper per 1M tokens for short classification prompts?`),

  rec('chat_hr', f`Bok! Novi laptop za Ivanu je spreman. Korisničko ime: ivana.baric, lozinka je ${v('credential.password_in_prose', 'Jadran#Sunce47')} — neka je promijeni pri prvoj prijavi. Can you translate this message to English for the IT ticket?`, 'Croatian "lozinka je …" (password is …)'),

  rec('chat_id', f`Tolong bantu terjemahkan ke bahasa Inggris: "Akun admin toko sudah dibuat. Username: kasir01, kata sandinya ${v('credential.password_in_prose', 'Melati*Pagi2025')}, jangan dibagikan ke orang lain."`, 'Indonesian "kata sandinya …" (its password …)'),

  rec('chat_vi', f`Dịch sang tiếng Anh giúp mình: "Wifi văn phòng mới: tên mạng Harbourline-Staff, mật khẩu: ${v('credential.password_in_prose', 'CaPhe!Sua-2025')}. Không chia sẻ cho khách."`, 'Vietnamese "mật khẩu: …" (password: …)'),

  rec('chat_lt', f`Sveiki, VPN prisijungimas: vartotojas r.jankauskas, slaptažodis ${v('credential.password_in_prose', 'Gintaras&Jura61')}. Please rewrite this in English so I can forward it to our contractor.`, 'Lithuanian "slaptažodis …" (password …)'),

  rec('chat_uk', f`Перекладіть, будь ласка, англійською: «Доступ до складу в 1С: логін skladnyk2, пароль ${v('credential.password_in_prose', 'Kalyna_Veresen73')}. Змініть його після першого входу.»`, 'Ukrainian "пароль …" (password …) in Cyrillic text around a Latin value'),
];

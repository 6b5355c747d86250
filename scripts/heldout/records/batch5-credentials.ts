/**
 * Held-out batch 5: credentials in prompts, shell sessions, API client exports, configs, CI files,
 * infrastructure code and programs in several languages. Hand-written after batches 1–4 were
 * fitted; measured once on the frozen engine (tests/corpus-heldout/README.md, "Fifth batch").
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const ASIA = tok('ASIA', fill('b5-asia', B32, 16));
const AWS_SESSION_URLENC = tok('IQoJb3JpZ2luX2VjEK', fill('b5-sess1', B62, 90), '%2F', fill('b5-sess2', B62, 70), '%2B', fill('b5-sess3', B62, 110), '%3D');
const AKIA = tok('AKIA', fill('b5-akia', B32, 16));
const AKIA_SECRET = fill('b5-akias', B64, 40);
const GH_FINE = tok('github_', 'pat_', '11B', fill('b5-ghfg1', UPPER + DIGITS, 19), '_', fill('b5-ghfg2', B62, 59));
const GHU = gh('ghu', 'Tz4Wq8Nc1Lb6Rx3Kd9Vm2Hp7Jf5Gs0');
const GHR = gh('ghr', 'Mb7Xs2Qk9Zf4Wn1Lt6Rc3Vh8Dp5Jy0');
const GHP_NPM = gh('ghp', 'Pd3Rk8Vy1Wq6Ns9Lc4Hb7Tm2Zx5Gf0');
const GLRT = tok('glrt-', 't3_', fill('b5-glrt', B62 + '-_', 27));
const GLPAT = tok('glpat-', fill('b5-glpat', B62 + '-_', 20));
const XOXP = tok('xoxp-', '2841930576', '-', '5102938476', '-', '7384019283746', '-', fill('b5-xoxp', HEX, 32));
const XAPP = tok('xapp-', '1-', 'A07', fill('b5-xapp1', UPPER + DIGITS, 8), '-', '7391028465173', '-', fill('b5-xapp2', HEX, 64));
const WHSEC = tok('whsec_', fill('b5-whsec', B62, 32));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b5-sklive', B62, 97));
const OA_ADMIN = tok('sk-', 'admin-', fill('b5-oaadm1', B64URL, 58), 'T3Blbk', 'FJ', fill('b5-oaadm2', B64URL, 58));
const OA_PROJ = tok('sk-', 'proj-', fill('b5-oaproj1', B64URL, 74), 'T3Blbk', 'FJ', fill('b5-oaproj2', B64URL, 74));
const ANT_API = tok('sk-ant-', 'api03-', fill('b5-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b5-groq', B62, 52));
const PPLX = tok('pplx-', fill('b5-pplx', B62, 48));
const LANGSMITH = tok('lsv2_', 'sk_', fill('b5-ls1', HEX, 32), '_', fill('b5-ls2', HEX, 10));
const HF = tok('hf_', fill('b5-hf', UPPER + LOWER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b5-aiza', B62 + '-_', 33));
const GOCSPX = tok('GOCSPX-', fill('b5-gocspx', B64URL, 28));
const SA_KEY_ID = fill('b5-sakid', HEX, 40);
const SA_PEM_ESCAPED = pem('PRIVATE KEY', 'b5-sapem', 1216, '\\n');
const ADO_PAT = fill('b5-ado', 'abcdefghijklmnopqrstuvwxyz234567', 52);
const AZ_KEY = fill('b5-azkey', B64, 86) + '==';
const TW_SID = tok('AC', fill('b5-twsid', HEX, 32));
const TW_TOKEN = fill('b5-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b5-sg1', B64URL, 22), '.', fill('b5-sg2', B64URL, 43));
const BREVO = tok('xkeysib-', fill('b5-brevo1', HEX, 64), '-', fill('b5-brevo2', B62, 16));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1318204957361820471', '/', fill('b5-dhook', B64URL, 68));
const TELEGRAM = tok('7204918365', ':AA', fill('b5-tg', B64URL, 33));
const DOCKER_AUTH = b64('ci-pusher:Gantry!Wharf-6620');
const JFROG = tok('AKCp', '8', fill('b5-jfrog', B62, 68));
const SHPSS = tok('shpss_', fill('b5-shpss', HEX, 32));
const ATBB = tok('ATBB', fill('b5-atbb', B62, 32));
const FIGMA = tok('figd_', fill('b5-figma', B64URL, 40));
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1735300000, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'tessellate-games' })).replace(/=+$/, ''), '_', fill('b5-sntrys', B64URL, 43));
const GLC = tok('glc_', b64(JSON.stringify({ o: '1093847', n: 'alloy-kittiwake-write', k: fill('b5-glck', B62, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, ''));
const NR_LICENSE = tok(fill('b5-nral', HEX, 36), 'NRAL');
const VAULT = tok('hvs.', 'CAESI', fill('b5-vault', B64URL, 86));
const DAPI = tok('dapi', fill('b5-dapi', HEX, 32));
const PSCALE = tok('pscale_', 'tkn_', fill('b5-pscale', B62 + '_', 43));
const LTAI = tok('LTAI', '5t', fill('b5-ltai', B62, 18));
const ALI_SECRET = fill('b5-alisec', B62, 30);
const PGP_BODY = `lQWGBGd${fill('b5-pgp0', B64, 57)}\n${(b64Bytes('b5-pgp', 720).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b5-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b5-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const B64_PEM = b64(`${pem('EC PRIVATE KEY', 'b5-b64ec', 121)}\n`);
const SLACK_BOT = tok('xoxb-', '5019283746', '1-', '7302918465027-', fill('b5-xoxb', B62, 24));
const B64_SLACK = b64(SLACK_BOT);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b5-sh1', UPPER + DIGITS, 7), '/B07', fill('b5-sh2', UPPER + DIGITS, 8), '/', fill('b5-sh3', B62, 24));
const TEAMS_HOOK = tok('https://ravensburnwater.webhook.office.com/webhookb2/', '3c9e1a27-84b0-4f5d-9a61-c2e7b0d4f893@e81f4c02-6b3a-47d9-8c15-90a2d7e3b6f4/IncomingWebhook/', fill('b5-teams1', HEX, 32), '/', '91d0c7a4-2e58-4b3f-b6a9-5f1e8d2c0b77/', 'V2', fill('b5-teams2', B64URL, 43));
const DD_API = fill('b5-ddapi', HEX, 32);
const DD_APP = fill('b5-ddapp', HEX, 40);
const MISTRAL = fill('b5-mistral', B62, 32);
const JWT_LS = jwt({ alg: 'RS256', kid: 'wrf-2024-11', typ: 'JWT' }, { sub: 'stu-558201', scope: 'portal.read grades.read', iss: 'https://id.wrenfield.ac.uk', exp: 1735689600 }, 'b5-jwt1');
const BEARER = fill('b5-bearer', B62 + '-._~', 64);
const BASIC = b64('svc-ledger:Marram$Dune-2207');
const SECRET_KEY_BASE = fill('b5-skb', HEX, 128);
const SB_SECRET = tok('sb_', 'secret_', fill('b5-sbsec', B64URL, 31));
const PULUMI = tok('pul-', fill('b5-pulumi', HEX, 40));
const NOTION = tok('ntn_', fill('b5-ntn1', DIGITS, 11), fill('b5-ntn2', B62, 35));
const CO_KEY = fill('b5-cohere', B62, 40);
const VENDOR_KEY = fill('b5-vendor', B62, 40);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH5_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`Our designer sent me this link to download the banner pack but it says AccessDenied / "Request has expired" — how long do these links last and can I make a new one myself?

https://stellmark-brand-assets.s3.eu-west-2.amazonaws.com/banners/q1-pack.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${v('credential.aws_access_key_id', ASIA)}%2F20250108%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20250108T091512Z&X-Amz-Expires=3600&X-Amz-Security-Token=${v('credential.aws_session_token', AWS_SESSION_URLENC)}&X-Amz-SignedHeaders=host&X-Amz-Signature=${fill('b5-s3sig', HEX, 64)}`, 'a presigned S3 URL with a temporary key id and a URL-encoded session token; the signature is not a secret (it signs one request)'),

  rec('code_r', f`${code(f`library(paws)
Sys.setenv(
  AWS_ACCESS_KEY_ID = "${v('credential.aws_access_key_id', AKIA)}",
  AWS_SECRET_ACCESS_KEY = "${v('credential.aws_secret_access_key', AKIA_SECRET)}",
  AWS_REGION = "eu-central-1"
)
s3 <- paws::s3()
objs <- s3$list_objects_v2(Bucket = "ostara-trial-plots", Prefix = "2024/yield/")
yields <- lapply(objs$Contents, function(o) read.csv(rawConnection(s3$get_object("ostara-trial-plots", o$Key)$Body)))`)}

the lapply step is super slow for 900 files, can I parallelise it in R?`),

  rec('terraform', f`terraform plan for our GitHub org settings errors with "403 Resource not accessible by personal access token". Provider block:

${amb('source_code.snippet', f`provider "github" {
  owner = "tessellate-games"
  token = "${v('credential.github_fine_grained_pat', GH_FINE)}"
}

resource "github_branch_protection" "main" {
  repository_id  = github_repository.engine.node_id
  pattern        = "main"
  enforce_admins = true
}`)}

which fine-grained permission does branch protection need?`),

  rec('json_response', f`My GitHub App's device flow works, this is what comes back. Do I need to store both, and when does the first one expire?

${amb('source_code.snippet', f`{
  "access_token": "${v('credential.github_user_to_server_token', GHU)}",
  "expires_in": 28800,
  "refresh_token": "${v('credential.github_refresh_token', GHR)}",
  "refresh_token_expires_in": 15811200,
  "scope": "",
  "token_type": "bearer"
}`)}`),

  rec('shell', f`Runner registers fine but never picks up jobs. What did I get wrong?

root@ci-arm-03:~# gitlab-runner register --non-interactive \\
>   --url https://gitlab.stellmark-avionics.eu \\
>   --token ${v('credential.gitlab_token', GLRT)} \\
>   --executor docker --docker-image alpine:3.20 --description arm64-builder
Runtime platform  arch=arm64 os=linux pid=41822 revision=66a723c3 version=17.6.0
Runner registered successfully.`),

  rec('json', f`composer install can't fetch our private package from GitLab, it asks for credentials every time. auth.json in the project root:

${amb('source_code.snippet', f`{
    "gitlab-domains": ["git.quarrystone.build"],
    "gitlab-token": {
        "git.quarrystone.build": "${v('credential.gitlab_pat', GLPAT)}"
    }
}`)}`),

  rec('notebook', f`${amb('source_code.snippet', f`In [2]: from slack_sdk import WebClient
        client = WebClient(token="${v('credential.slack_user_token', XOXP)}")
        hist = client.conversations_history(channel="C05R2KQ8LMN", limit=200)
In [3]: len(hist["messages"])
Out[3]: 200`)}

I want to export the whole #greenhouse-sensors channel history to a dataframe, how do I paginate?`),

  rec('code_java', f`${code(f`import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;

public class KioskBot {
    public static void main(String[] args) throws Exception {
        var app = new App(AppConfig.builder().singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN")).build());
        app.command("/rota", (req, ctx) -> ctx.ack("Today's rota: " + Rota.today()));
        new SocketModeApp("${v('credential.slack_app_token', XAPP)}", app).start();
    }
}`)}

socket mode connects but /rota says "dispatch_failed" — any idea?`),

  rec('yaml', f`Output of \`bin/rails credentials:show\` on staging — Stripe events fail signature verification, is the secret formatted right?

${amb('source_code.snippet', f`secret_key_base: ${v('credential.generic_secret_assignment', SECRET_KEY_BASE)}
stripe:
  webhook_secret: ${v('credential.stripe_webhook_secret', WHSEC)}
active_storage:
  service: amazon`)}`),

  rec('code_csharp', f`${code(f`using Stripe;

public static class Payouts
{
    static Payouts() => StripeConfiguration.ApiKey = "${v('credential.stripe_secret_key', SK_LIVE)}";

    public static async Task<Payout> ToBankAsync(long pence) =>
        await new PayoutService().CreateAsync(new PayoutCreateOptions { Amount = pence, Currency = "gbp" });
}`)}

Payout fails with "insufficient funds" even though the dashboard shows £4k available. Pending vs available?`),

  rec('shell', f`trying to list who has access in our OpenAI org, this returns 401 — is the admin endpoint different?

$ curl https://api.openai.com/v1/organization/users?limit=50 \\
    -H "Authorization: Bearer ${v('credential.openai_admin_key', OA_ADMIN)}" \\
    -H "Content-Type: application/json"
{"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}`),

  rec('code_ts', f`${code(f`import { ChatGroq } from "@langchain/groq";
import { PromptTemplate } from "@langchain/core/prompts";

const llm = new ChatGroq({
  apiKey: "${v('credential.groq_api_key', GROQ)}",
  model: "llama-3.3-70b-versatile",
  temperature: 0,
});

const prompt = PromptTemplate.fromTemplate("Classify this hospice volunteer note: {note}");
export const classify = (note: string) => prompt.pipe(llm).invoke({ note });`)}

how do I force JSON output with this setup?`),

  rec('json', f`Obsidian plugin settings (.obsidian/plugins/ai-notes/data.json) — it keeps saying "model not found":

${amb('source_code.snippet', f`{
  "provider": "perplexity",
  "apiKey": "${v('credential.perplexity_api_key', PPLX)}",
  "model": "llama-3.1-sonar-large-128k-online",
  "insertMode": "below-cursor"
}`)}`),

  rec('compose', f`${amb('source_code.snippet', f`services:
  evals:
    image: ghcr.io/kittiwake-mutual/claims-evals:0.9.2
    environment:
      LANGSMITH_TRACING: "true"
      LANGSMITH_API_KEY: ${v('credential.langsmith_api_key', LANGSMITH)}
      LANGSMITH_PROJECT: claims-triage
    volumes:
      - ./datasets:/data:ro`)}

traces show up under "default" instead of claims-triage, why?`),

  rec('shell', f`Cloning our fine-tuned model repo works on my laptop but fails in the container with 401:

$ git clone https://lena-ostara:${v('credential.url_password', v('credential.huggingface_token', HF))}@huggingface.co/ostara-seeds/leafspot-vit-base
Cloning into 'leafspot-vit-base'...
fatal: Authentication failed for 'https://huggingface.co/ostara-seeds/leafspot-vit-base/'`, 'a Hugging Face token as the password of a git URL: two labels on one span (batch 3 convention)'),

  rec('code_swift', f`${code(f`import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("${v('credential.google_api_key', GOOGLE)}")
        return true
    }
}`)}

the map is blank on TestFlight builds, simulator is fine. bundle id restriction?`),

  rec('json', f`Cloud Run job can't write to BigQuery ("Access Denied: Table ravensburn-telemetry:raw.flow"). This is the key file we mount:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "ravensburn-telemetry",
  "private_key_id": "${SA_KEY_ID}",
  "private_key": "${v('credential.private_key', SA_PEM_ESCAPED)}",
  "client_email": "${v('pii.email', 'flow-ingest@ravensburn-telemetry.iam.gserviceaccount.com')}",
  "client_id": "117302948561029384756",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('rclone', f`rclone keeps asking me to re-authorise Google Drive every week. Config:

${amb('source_code.snippet', f`[ostara-drive]
type = drive
client_id = 938271645029-7q2kx9vbn4m1c8s3d6f0h5j2l7p9r4t1.apps.googleusercontent.com
client_secret = ${v('credential.google_oauth_client_secret', GOCSPX)}
scope = drive.readonly
root_folder_id = 1Xk9vQ2mP7rT4sW8yZ3bN6cF0hJ5lA`)}

is it because the OAuth app is in "testing" mode?`),

  rec('shell_ps', f`PS C:\\> $env:AZURE_DEVOPS_EXT_PAT = "${v('credential.azure_devops_pat', ADO_PAT)}"
PS C:\\> az devops configure --defaults organization=https://dev.azure.com/brackenfell-council
PS C:\\> az pipelines run --name planning-portal-ci
ERROR: TF400813: The user is not authorized to access this resource.

which PAT scope does "az pipelines run" need?`),

  rec('json', f`local.settings.json of my Azure Function — works locally, in Azure the blob trigger never fires:

${amb('source_code.snippet', f`{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=brackenfellplanning;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"
  }
}`)}`),

  rec('shell', f`$ curl -X POST "https://api.twilio.com/2010-04-01/Accounts/${v('credential.twilio_account_sid', TW_SID)}/Messages.json" \\
  --data-urlencode "To=${amb('pii.phone', '+447700900418')}" --data-urlencode "From=HALCYONVET" \\
  --data-urlencode "Body=Reminder: Biscuit's booster is due" \\
  -u ${v('credential.twilio_account_sid', TW_SID)}:${v('credential.twilio_auth_token', TW_TOKEN)}
{"code": 21612, "message": "The 'To' number is not currently reachable via SMS"}

what does 21612 mean for a UK mobile?`, '+447700900418 is in Ofcom\'s drama range (07700 900xxx): an ambiguous phone, like 555-01xx (batch 4 convention)'),

  rec('shell', f`PS> dotnet user-secrets list
Email:FromAddress = ${v('pii.email', 'reminders@halcyonvets.co.uk')}
Email:SendGridKey = ${v('credential.sendgrid_api_key', SENDGRID)}
ConnectionStrings:Clinic = Server=(localdb)\\mssqllocaldb;Database=HalcyonClinic;Trusted_Connection=True

the reminders go to spam for Outlook users — is that a SendGrid domain-auth thing?`),

  rec('php', f`WordPress newsletter form stopped adding contacts after we moved hosts. wp-content/mu-plugins/brevo.php:

${code(f`<?php
define('BREVO_LIST_ID', 14);
add_action('wpcf7_mail_sent', function ($form) {
    $data = WPCF7_Submission::get_instance()->get_posted_data();
    wp_remote_post('https://api.brevo.com/v3/contacts', [
        'headers' => ['api-key' => '${v('credential.brevo_api_key', BREVO)}', 'content-type' => 'application/json'],
        'body'    => wp_json_encode(['email' => $data['your-email'], 'listIds' => [BREVO_LIST_ID]]),
    ]);
});`)}`),

  rec('issue', f`**Bug: build notifications post twice**

Our release workflow posts to Discord twice per tag. Relevant step:

\`\`\`
- run: curl -H "Content-Type: application/json" -d '{"content":"Released \${{ github.ref_name }}"}' ${v('credential.discord_webhook_url', DISCORD_HOOK)}
\`\`\`

Expected one message. Tessellate Games launcher v2.14.0, runner ubuntu-24.04.`),

  rec('crontab', f`crontab -l on the greenhouse Pi — the 6am message never arrives, the 6pm one does:

0 6 * * * /usr/bin/curl -s "https://api.telegram.org/bot${v('credential.telegram_bot_token', TELEGRAM)}/sendMessage?chat_id=-1002048193746&text=$(/home/pi/bin/humidity.sh)"
0 18 * * * /home/pi/bin/evening_report.sh`),

  rec('toml', f`bun install can't fetch @stellmark/* from GitHub Packages (401). bunfig.toml:

${amb('source_code.snippet', f`[install]
exact = true

[install.scopes]
"@stellmark" = { token = "${v('credential.github_pat', GHP_NPM)}", url = "https://npm.pkg.github.com/" }`)}`),

  rec('json', f`podman push to Harbor says "unauthorized" from the systemd timer but works in my shell. \${XDG_RUNTIME_DIR}/containers/auth.json:

${amb('source_code.snippet', f`{
  "auths": {
    "harbor.quarrystone.build": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('xml', f`Maven can't resolve from Artifactory on the new build server. settings.xml:

${amb('source_code.snippet', f`<settings>
  <servers>
    <server>
      <id>stellmark-libs</id>
      <username>ci-maven</username>
      <password>${v('credential.jfrog_api_key', JFROG)}</password>
    </server>
  </servers>
</settings>`)}`),

  rec('env', f`${amb('source_code.snippet', f`SHOPIFY_API_KEY=8c41f0a7d2b93e65c1f8a04d7e29b3c6
SHOPIFY_API_SECRET=${v('credential.shopify_shared_secret', SHPSS)}
SCOPES=read_products,write_orders
HOST=https://marlowe-books-app.fly.dev`)}

Remix Shopify app: HMAC validation fails on the install callback. Is the secret the right one?`, 'a Shopify API key (client id) is public in the install URL: unlabelled'),

  rec('shell', f`pip can't install our internal package from Bitbucket in CI:

pip install "git+https://quarrystone-ci:${v('credential.url_password', v('credential.bitbucket_app_password', ATBB))}@bitbucket.org/quarrystone/estimating-core.git@v3.2.0"
  error: subprocess-exited-with-error`, 'a Bitbucket app password as a URL password: two labels on one span'),

  rec('code_js', f`${code(f`// sync-tokens.mjs — pulls colour styles from Figma into our CSS variables
const FILE = "Qk7rT2vX9mLp4sZ8wN3bY6";
const res = await fetch(\`https://api.figma.com/v1/files/\${FILE}/styles\`, {
  headers: { "X-Figma-Token": "${v('credential.figma_token', FIGMA)}" },
});
const { meta } = await res.json();
for (const s of meta.styles.filter((s) => s.style_type === "FILL")) {
  console.log(\`--\${s.name.toLowerCase().replace(/\\W+/g, "-")}: /* \${s.node_id} */;\`);
}`)}

how do I get the actual hex values, not just node ids?`),

  rec('yaml', f`${amb('source_code.snippet', f`- name: Upload sourcemaps
  uses: getsentry/action-release@v1
  env:
    SENTRY_AUTH_TOKEN: ${v('credential.sentry_auth_token', SNTRYS)}
    SENTRY_ORG: tessellate-games
    SENTRY_PROJECT: launcher
  with:
    environment: production`)}

Sentry shows minified stack traces anyway, what's missing?`),

  rec('alloy', f`Grafana Alloy on the pumping-station gateway doesn't ship metrics. config.alloy:

${amb('source_code.snippet', f`prometheus.remote_write "cloud" {
  endpoint {
    url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"
    basic_auth {
      username = "1093847"
      password = "${v('credential.grafana_cloud_token', GLC)}"
    }
  }
}`)}`),

  rec('yaml', f`newrelic.yml for the claims API — agent logs "license key invalid":

${amb('source_code.snippet', f`common: &default_settings
  license_key: ${v('credential.newrelic_key', NR_LICENSE)}
  app_name: kittiwake-claims-api
  distributed_tracing:
    enabled: true
production:
  <<: *default_settings`)}`),

  rec('shell', f`$ vault login -method=token
Token (will be hidden):
Success! You are now authenticated.
Key                  Value
---                  -----
token                ${v('credential.vault_token', VAULT)}
token_accessor       kH8wQ2pX7mZ4rT1vN9sL3bY6
token_policies       ["default" "grants-readonly"]

why can't I read secret/grants/portal even though the policy lists it?`),

  rec('yaml', f`dbt debug fails with "Invalid access token" against Databricks. profiles.yml:

${amb('source_code.snippet', f`ostara_analytics:
  target: dev
  outputs:
    dev:
      type: databricks
      host: adb-4819203746518293.13.azuredatabricks.net
      http_path: /sql/1.0/warehouses/8f2c91d04a7b3e65
      schema: trials_dev
      token: ${v('credential.databricks_token', DAPI)}`)}`),

  rec('yaml', f`${amb('source_code.snippet', f`- name: Create deploy request
  run: pscale deploy-request create halcyon-bookings feature-reminders --org halcyon-vet
  env:
    PLANETSCALE_SERVICE_TOKEN_ID: h7k2m9q4x1v8
    PLANETSCALE_SERVICE_TOKEN: ${v('credential.planetscale_token', PSCALE)}`)}

GitHub Actions step says "unauthorized" but the same token works from my laptop.`),

  rec('code_java', f`${code(f`IClientProfile profile = DefaultProfile.getProfile(
        "cn-shanghai",
        "${v('credential.alibaba_access_key_id', LTAI)}",
        "${ambCat('credential', ALI_SECRET)}");
IAcsClient client = new DefaultAcsClient(profile);
SendSmsRequest req = new SendSmsRequest();
req.setPhoneNumbers(phone);
req.setSignName("星辰航电");
req.setTemplateCode("SMS_471829305");
return client.getAcsResponse(req);`)}

短信发送返回 isv.BUSINESS_LIMIT_CONTROL，这个是什么限制？`, 'the AccessKey secret passed positionally: ambiguous without a rule id (batch 3 convention)'),

  rec('chat', f`Is this my public key? I exported it from Kleopatra to send to the Wrenfield exams office and they say they can't encrypt to it.

${v('credential.pgp_private_key', PGP)}`),

  rec('shell', f`lukas@thinkpad:~$ cat ~/.ssh/id_ed25519
${v('credential.openssh_private_key', OPENSSH)}
lukas@thinkpad:~$ ssh -T ${amb('pii.email', 'git@gitea.quarrystone.build')}
Load key "/home/lukas/.ssh/id_ed25519": invalid format

why invalid format? I copied it from my old laptop via a USB stick`, 'git@<host> of an SSH remote is an ambiguous e-mail (tests/corpus convention for git@github.com)'),

  rec('env', f`${amb('source_code.snippet', f`PORT=8080
JWT_ISSUER=https://id.wrenfield.ac.uk
JWT_PRIVATE_KEY_B64=${v('credential.base64_private_key', B64_PEM)}
JWT_TTL_SECONDS=3600`)}

the token service says "secretOrPrivateKey must be an asymmetric key when using ES256". I base64-decode the env var with Buffer.from(x, 'base64').toString() before passing it — what else?`),

  rec('ci_log', f`Someone "worked around" secret masking in our Actions log. Is this as bad as I think?

Run echo "$SLACK_BOT_TOKEN" | base64
${v('credential.base64_encoded_token', B64_SLACK)}
Run ./scripts/notify.sh "greenhouse-alerts" "nightly sync done"
ok`),

  rec('shell', f`fly secrets set DATABASE_URL="postgres://halcyon_app:${v('credential.database_url_password', 'Tabby&Whisker-3380')}@halcyon-db.flycast:5432/bookings?sslmode=disable" -a halcyon-bookings
Error: failed to update app secrets: app not found

the app definitely exists, I can see it in the dashboard`),

  rec('code_js', f`${code(f`import mongoose from "mongoose";

await mongoose.connect("mongodb+srv://portal_rw:${v('credential.database_url_password', 'Estuary-Kelp-58')}@cluster0.r7kq2.mongodb.net/wrenfield_portal");

const Submission = mongoose.model("Submission", new mongoose.Schema({
  studentId: String, module: String, submittedAt: Date, late: Boolean,
}));

export const lateCount = (module) => Submission.countDocuments({ module, late: true });`)}

countDocuments is slow on 2M docs — index on module+late?`),

  rec('shell', f`git remote -v on the old build box:

origin  https://builder:${v('credential.url_password', 'Quarry9!Slate')}@gitea.quarrystone.build/estimating/takeoff.git (fetch)
origin  https://builder:${v('credential.url_password', 'Quarry9!Slate')}@gitea.quarrystone.build/estimating/takeoff.git (push)

how do I switch this to a credential helper without re-cloning?`),

  rec('code_csharp', f`${code(f`await using var conn = new SqlConnection(
    "Server=tcp:sql-kittiwake-uks.database.windows.net,1433;Database=claims;User Id=claims_etl;Password=${v('credential.connection_string_password', 'Gannet#Cliff2024')};Encrypt=True;");
await conn.OpenAsync();
var cmd = new SqlCommand("SELECT TOP 100 ClaimId, Status FROM dbo.Claims WHERE Status = @s", conn);
cmd.Parameters.AddWithValue("@s", "PENDING");
await using var rdr = await cmd.ExecuteReaderAsync();
while (await rdr.ReadAsync()) Console.WriteLine($"{rdr.GetInt32(0)} {rdr.GetString(1)}");`)}

timeout after ~30s when the table is big, how do I page this?`),

  rec('properties', f`Release build fails at signing with "keystore password was incorrect". gradle.properties:

${amb('source_code.snippet', f`org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=../keys/halcyon-release.jks
RELEASE_STORE_PASSWORD=${v('credential.password_assignment', 'Lurcher!Pond-882')}
RELEASE_KEY_ALIAS=halcyon
RELEASE_KEY_PASSWORD=${v('credential.password_assignment', 'Lurcher!Pond-882')}`)}`),

  rec('ini', f`Ansible can't connect to the Windows hosts (winrm 401). inventory.ini:

${amb('source_code.snippet', f`[pumping_stations]
ps-north-01 ansible_host=${amb('pii.ip_address', '10.60.1.21')}
ps-north-02 ansible_host=${amb('pii.ip_address', '10.60.1.22')}

[pumping_stations:vars]
ansible_user=svc_scada
ansible_password=${v('credential.password_assignment', 'Weir-Sluice#7741')}
ansible_connection=winrm
ansible_winrm_transport=ntlm`)}`),

  rec('chat_hu', f`Szia! Az új irodai nyomtató admin felülete: http://${amb('pii.ip_address', '192.168.8.40')}, felhasználó: admin, a jelszó: ${v('credential.password_in_prose', 'Dunakanyar#58')}. Kérlek, fordítsd le angolra ezt az üzenetet a külföldi kollégáknak.`, 'Hungarian "a jelszó:" (the password:) — labelled like the other non-English prose passwords (batch 2 decision); the private IP is ambiguous'),

  rec('chat_ro', f`Bună, am configurat contul de e-mail pentru noua colegă din contabilitate. Utilizator: ioana.dumitrescu, parola este ${v('credential.password_in_prose', 'Brasov-Tampa77!')} — te rog s-o schimbe la prima logare. Poți să traduci mesajul în engleză?`),

  rec('chat_pt', f`Olá Rui, já criei o acesso ao portal dos fornecedores. O utilizador é o teu número de contribuinte e a senha é ${v('credential.password_in_prose', 'Alfama#Tejo2025')}. Podes melhorar este texto para enviar por e-mail?`),

  rec('chat_et', f`Tere! Laoarvuti konto: kasutaja "ladu2", parool on ${v('credential.password_in_prose', 'Kadakas-Meri41')}. Palun tõlgi see inglise keelde, uus töötaja ei räägi eesti keelt.`, 'Estonian "parool on …" (the password is …): labelled, a language the engine docs do not list (batch 2 decision)'),

  rec('shell', f`$ mongosh "mongodb://db-reports.internal:27017/admin" --username reporter --password ${v('credential.cli_password', 'Plover&Sand19')}
MongoServerError: Authentication failed.

the same user works in Compass — is mongosh using a different auth mechanism?`),

  rec('shell', f`seeding the local DB for the bookings app fails, what's wrong with the quoting?

$ docker compose exec db mysql -uroot -p${v('credential.mysql_cli_password', 'Bramble#Kiln-605')} bookings < seed/clinics.sql
the input device is not a TTY
$ echo $?
1`),

  rec('python', f`${code(f`import httpx

STOCKWISE_API_KEY = "${v('credential.generic_secret_assignment', VENDOR_KEY)}"

async def reorder_levels(branch: str) -> list[dict]:
    async with httpx.AsyncClient(base_url="https://api.stockwise.example-vendor.net/v2") as c:
        r = await c.get(f"/branches/{branch}/reorder", headers={"x-api-key": STOCKWISE_API_KEY})
        r.raise_for_status()
        return r.json()["items"]`)}

pharmacy stock sync — how do I retry on 502 with backoff in httpx?`),

  rec('devtools', f`Browser console on the student portal, the grades page is empty. localStorage dump:

> localStorage
Storage {length: 3, wrf.theme: 'dark', wrf.lang: 'en-GB', wrf.session: '{"token":"${v('credential.jwt', JWT_LS)}","exp":1735689600}'}

is the token expired or is it a CORS thing?`),

  rec('har', f`Exported from Chrome's network tab (HAR), the upload request that returns 413:

${amb('source_code.snippet', f`{
  "request": {
    "method": "PUT",
    "url": "https://files.everhollow-hospice.org.uk/api/v1/uploads/care-plans",
    "headers": [
      { "name": "Authorization", "value": "Bearer ${v('credential.bearer_token', BEARER)}" },
      { "name": "Content-Type", "value": "application/pdf" }
    ],
    "bodySize": 28411093
  }
}`)}`),

  rec('shell_ps', f`PS> Invoke-RestMethod -Uri "https://ledger.pinecrest-cu.internal/api/postings?date=2025-01-07" -Headers @{ Authorization = "Basic ${v('credential.basic_auth_header', BASIC)}" }
Invoke-RestMethod: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot

how do I trust our internal CA in PowerShell 7 without -SkipCertificateCheck?`),

  rec('yaml', f`${amb('source_code.snippet', f`route:
  receiver: ops-slack
  group_by: ['alertname', 'site']
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: ${v('credential.slack_webhook_url', SLACK_HOOK)}
        channel: '#reservoir-alerts'
        send_resolved: true`)}

Alertmanager: resolved messages never show up in Slack. Config above.`),

  rec('code_python', f`${code(f`import pymsteams

def post_outage(site: str, eta: str) -> None:
    card = pymsteams.connectorcard("${v('credential.teams_webhook_url', TEAMS_HOOK)}")
    card.title(f"Supply interruption: {site}")
    card.text(f"Engineers on site. Estimated restoration: {eta}.")
    card.send()`)}

Microsoft says O365 connectors are retired — do I have to move to Workflows?`),

  rec('terraform', f`${amb('source_code.snippet', f`provider "datadog" {
  api_key = "${v('credential.datadog_api_key', DD_API)}"
  app_key = "${v('credential.datadog_app_key', DD_APP)}"
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "claims_latency" {
  name  = "claims API p95 > 800ms"
  type  = "metric alert"
  query = "avg(last_10m):p95:trace.http.request{service:claims-api} > 0.8"
}`)}

terraform apply: 403 Forbidden on the monitor. EU site — is the api_url right?`),

  rec('json', f`Zed editor settings — the Mistral assistant doesn't appear in the model picker:

${amb('source_code.snippet', f`{
  "language_models": {
    "mistral": {
      "api_url": "https://api.mistral.ai/v1",
      "api_key": "${v('credential.mistral_api_key', MISTRAL)}"
    }
  },
  "assistant": { "version": "2", "default_model": { "provider": "mistral", "model": "codestral-latest" } }
}`)}`),

  rec('env', f`${amb('source_code.snippet', f`SUPABASE_URL=https://qkzvbtnmrlwxpcdjhsga.supabase.co
SUPABASE_SECRET_KEY=${v('credential.supabase_token', SB_SECRET)}
PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)}
COHERE_API_KEY=${v('credential.cohere_api_key', CO_KEY)}`)}

this is the .env of our hackathon project, should I rotate all of these now that the repo went public by accident?`),

  rec('code_ts', f`${code(f`import { Client } from "@notionhq/client";

const notion = new Client({ auth: "${v('credential.notion_token', NOTION)}" });

export async function addReadingNote(title: string, isbn: string) {
  return notion.pages.create({
    parent: { database_id: "1f8c2a7e94d34b6fa0e51c9d2b7e4f30" },
    properties: { Name: { title: [{ text: { content: title } }] }, ISBN: { rich_text: [{ text: { content: isbn } }] } },
  });
}`)}

"Could not find database" although I shared it with the integration?`),

  rec('chat', f`In the claims-triage Slack channel someone pasted the Anthropic key for the pilot (${v('credential.anthropic_api_key', ANT_API)}) and the OpenAI one (${v('credential.openai_api_key', OA_PROJ)}). Write me a short, non-blaming message asking them to delete the post and explaining we'll rotate both.`),
];

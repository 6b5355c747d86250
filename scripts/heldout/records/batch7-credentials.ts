/**
 * Held-out batch 7: credentials in prompts, shell sessions, tool configs, CI files, infrastructure
 * code and programs. Hand-written after batches 1–5 were fitted (batch 6 not fixed); measured once
 * on the frozen engine (tests/corpus-heldout/README.md, "Seventh batch").
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const ATBB = tok('ATBB', fill('b7-atbb', B62, 32));
const HRKU = tok('HRKU-', 'AA', fill('b7-hrku', B64URL, 58));
const HEROKU_LEGACY = '7d3e9a41-0c6b-4f28-b915-e2a84c60d7f3';
const NFP = tok('nfp_', fill('b7-nfp', B62, 36));
const SUPA_SERVICE = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'mwtrzkqpdhxlnvbaefgy', role: 'service_role', iat: 1764201600, exp: 2079777600 }, 'b7-supa');
const FCM = tok('AAAA', fill('b7-fcm1', B64URL, 7), ':APA91b', fill('b7-fcm2', B64URL, 134));
const LINEAR = tok('lin_', 'api_', fill('b7-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b7-pm1', HEX, 24), '-', fill('b7-pm2', HEX, 34));
const CIRCLE = tok('CCIPAT_', fill('b7-circle1', B62, 22), '_', fill('b7-circle2', HEX, 40));
const TFC = tok(fill('b7-tfc1', B62, 14), '.atlasv1.', fill('b7-tfc2', B62, 67));
const PULUMI = tok('pul-', fill('b7-pulumi', HEX, 40));
const VAULT = tok('hvs.', 'CAESI', fill('b7-vault', B64URL, 86));
const DOPPLER_SA = tok('dp.', 'sa.', fill('b7-dpsa', B62, 43));
const OP_CONNECT = jwt({ alg: 'ES256', kid: 'q4w7rkx2mzt3vbn5', typ: 'JWT' }, { '1password.com/auuid': 'KZ4RQ7XW2NBTFJ5M8CVH3LD6PG', '1password.com/fts': ['vaultaccess'], aud: ['com.1password.connect'], iss: 'com.1password.b5', sub: 'TRW2MX7QK4ZBN6VC' }, 'b7-opconnect');
const ALGOLIA_ADMIN = fill('b7-algolia', HEX, 32);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'saltmarsh-maps', a: fill('b7-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b7-mbx', B64URL, 22));
const CFPAT = tok('CFPAT-', fill('b7-cfpat', B64URL, 43));
const PLAID_SECRET = fill('b7-plaid', HEX, 30);
const SF_SESSION = tok('00D', fill('b7-sf1', B62, 12), '!', 'AQ', fill('b7-sf2', B62 + '._', 94));
const HUBSPOT = tok('pat-', 'eu1-', '4c9e2a17-83b0-4d6f-a1e5-', fill('b7-hubspot', HEX, 12));
const SNYK = '5b2e8f14-97c3-4a0d-b6e1-3f90c2d7a846';
const SONAR = tok('squ_', fill('b7-sonar', HEX, 40));
const RUBYGEMS = tok('rubygems_', fill('b7-rubygems', HEX, 48));
const NUGET = tok('oy2', fill('b7-nuget', LOWER + DIGITS, 43));
const CARGO = tok('cio', fill('b7-cargo', B62, 32));
const WG_PRIV = b64Bytes('b7-wg', 32);
const K8S_SA_JWT = jwt({ alg: 'RS256', kid: 'Xq3vT9bNw2LkR7pZ' }, { aud: ['https://kubernetes.default.svc.cluster.local'], exp: 1796553600, iss: 'https://kubernetes.default.svc.cluster.local', 'kubernetes.io': { namespace: 'ci', serviceaccount: { name: 'deployer' } }, sub: 'system:serviceaccount:ci:deployer' }, 'b7-k8sjwt');
const DOCKER_AUTH = b64('robot$saltmarsh+ci:Heron-Quill!3308');
const GITEA = fill('b7-gitea', HEX, 40);
const CLOUDINARY_SECRET = fill('b7-cloudinary', B62 + '-_', 27);
const SLACK_APP = tok('xapp-', '1-', 'A08', fill('b7-xappid', UPPER + DIGITS, 8), '-', '8120394857261-', fill('b7-xapp', HEX, 64));
const SLACK_BOT = tok('xoxb-', '7302918465', '1-', '8204918375620-', fill('b7-xoxb', B62, 24));
const GH_FINE = tok('github_', 'pat_', '11A', fill('b7-ghfg1', UPPER + DIGITS, 19), '_', fill('b7-ghfg2', B62, 59));
const R8 = tok('r8_', fill('b7-r8', B62, 37));
const LANGSMITH = tok('lsv2_', 'pt_', fill('b7-ls1', HEX, 32), '_', fill('b7-ls2', HEX, 10));
const AZ_KEY = fill('b7-azkey', B64, 86) + '==';
const TW_SK = tok('SK', fill('b7-twsk', HEX, 32));
const TW_SECRET = fill('b7-twsec', B62, 32);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1331029485736201938', '/', fill('b7-dhook', B64URL, 68));
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b7-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SENTRY_DSN = tok('https://', fill('b7-sdsn', HEX, 32), '@o738291.ingest.de.sentry.io/4508812734');
const CF_ORIGIN = tok('v1.0-', fill('b7-cfo1', HEX, 24), '-', fill('b7-cfo2', HEX, 146));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b7-rklive', B62, 97));
const JWT_WS = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'kiosk-07', venue: 'saltmarsh-arena', scope: 'scan', iat: 1764950400, exp: 1764993600 }, 'b7-jwtws');
const BASIC = b64('ingest-bot:Cormorant#Sleet-6612');
const NPM = gh('npm', 'Zr4Kq9Wt2Nv7Lx1Bd6Hm3Pc8Fs5Jy0');
const B64_NPM = b64(NPM);
const GCP_PEM = pem('PRIVATE KEY', 'b7-gcp', 1216, '\\n') + '\\n';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH7_CREDENTIALS: DraftRecord[] = [
  rec('shell_docker', f`Running the Bitbucket pipe locally to debug it, it fails with "Authentication failed":

docker run --rm -e BITBUCKET_USERNAME=ferran-puig -e BITBUCKET_APP_PASSWORD=${v('credential.bitbucket_app_password', ATBB)} \\
  -e REPOSITORY=saltmarsh/ticketing -v $PWD:/build atlassian/bitbucket-upload-file:0.7.1

the same app password works for git push. Scopes?`),

  rec('shell', f`$ heroku authorizations:create --description "github deploy" --expires-in 2592000
Creating OAuth Authorization... done
Client:      <none>
ID:          e0b17c42-5a93-4d18-8f26-b4c1d09e73a5
Description: github deploy
Scope:       global
Token:       ${v('credential.heroku_api_key', HRKU)}
Updated at:  Fri Dec 04 2026 10:12:44 GMT+0100 (1 second ago)

which scope do I need so that it can only deploy one app?`),

  rec('actions', f`${cfg(f`- uses: akhileshns/heroku-deploy@v3.13.15
  with:
    heroku_api_key: ${v('credential.heroku_api_key_legacy', HEROKU_LEGACY)}
    heroku_app_name: saltmarsh-tickets-staging
    heroku_email: ${v('pii.email', 'ops@saltmarsh-arena.co.uk')}`)}

yes it should be a secret, I'm moving it. But why does the action say "Couldn't find that app"?`, 'a legacy (UUID) Heroku API key under heroku_api_key'),

  rec('shell', f`netlify deploy --prod --dir=dist --site 3f81c0a2-6d47-4b9e-a215-c8e07d9b4f16 --auth ${v('credential.netlify_token', NFP)}
Error: Not Found: site not found

the site id is copied from Site configuration → General.`),

  rec('env_file', f`${cfg(f`# .env.local (Next.js)
NEXT_PUBLIC_SUPABASE_URL=https://mwtrzkqpdhxlnvbaefgy.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_SERVICE)}`)}

row level security seems to be ignored on the server side. Is that because of the service role?`, 'a Supabase service_role JWT (bypasses RLS)'),

  rec('shell', f`curl -X POST https://fcm.googleapis.com/fcm/send \\
  -H "Authorization: key=${v('credential.firebase_fcm_server_key', FCM)}" \\
  -H "Content-Type: application/json" \\
  -d '{"to":"/topics/gate-changes","notification":{"title":"Gate C now open"}}'
→ 404. Did Google switch off the legacy endpoint completely?`),

  rec('json', f`Raycast extension for Linear stopped loading issues after the update. Its preferences file:

${cfg(f`{
  "teamKey": "TIX",
  "apiKey": "${v('credential.linear_api_key', LINEAR)}",
  "showCompleted": false
}`)}`),

  rec('shell', f`postman login --with-api-key ${v('credential.postman_api_key', POSTMAN)}
postman collection run 28419305-9c1e7a24-0b3d-4f85-a6e2-d71b0c943f58 -e staging
error: You don't have permission to access this collection.`),

  rec('shell', f`export CIRCLE_TOKEN=${v('credential.generic_secret_assignment', CIRCLE)}
curl -s -H "Circle-Token: $CIRCLE_TOKEN" https://circleci.com/api/v2/project/gh/saltmarsh/ticketing/pipeline | jq '.items[0].state'

returns "errored" but the UI shows green. Which field should I read?`, 'a CircleCI personal API token: no rule of its own, a secret assigned to a TOKEN variable'),

  rec('gitlab_ci', f`${cfg(f`plan:
  image: hashicorp/terraform:1.9
  variables:
    TF_TOKEN_app_terraform_io: ${v('credential.terraform_cloud_token', TFC)}
  script:
    - terraform init
    - terraform plan -out plan.tfplan`)}

"Error: Required token could not be found" — the variable name follows the docs?`),

  rec('dockerfile', f`${cfg(f`FROM pulumi/pulumi-nodejs:3.142.0
ENV PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)}
WORKDIR /infra
COPY . .
RUN npm ci && pulumi stack select saltmarsh/prod`)}

image builds, but \`pulumi up\` in the container asks me to log in again. Why?`),

  rec('shell', f`$ vault login -method=userpass username=mirela.dobre
Password (will be hidden):
Success! You are now authenticated.

Key                    Value
---                    -----
token                  ${v('credential.vault_token', VAULT)}
token_accessor         Xb7qLw2NvR9kTz4MhC1pJd6S
token_duration         768h
token_policies         ["default" "ops-read"]

why 768h? I only need it for an hour.`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: doppler-token-secret
  namespace: doppler-operator-system
type: Opaque
stringData:
  serviceToken: ${v('credential.doppler_token', DOPPLER_SA)}`)}

The DopplerSecret CR stays in "Failed: unauthorized". Service account has read on prd.`),

  rec('docker_compose', f`${cfg(f`services:
  op-connect-api:
    image: 1password/connect-api:1.7
    ports: ["8080:8080"]
  app:
    image: ghcr.io/saltmarsh/ticketing:2.4.0
    environment:
      OP_CONNECT_HOST: http://op-connect-api:8080
      OP_CONNECT_TOKEN: ${v('credential.jwt', OP_CONNECT)}`)}

app logs "401 Invalid bearer token" right after start. Timing problem?`),

  rec('env_file', f`${cfg(f`ALGOLIA_APP_ID=QH7R2KXW9M
ALGOLIA_SEARCH_KEY=public-search-only
ALGOLIA_ADMIN_KEY=${v('credential.generic_secret_assignment', ALGOLIA_ADMIN)}
ALGOLIA_INDEX=events_prod`)}

the reindex script runs for 20 minutes then dies with 429. Batch size?`),

  rec('netrc', f`pod install fails while downloading MapboxMaps: "curl: (22) The requested URL returned error: 401". My ~/.netrc:

${cfg(f`machine api.mapbox.com
login mapbox
password ${v('credential.mapbox_secret_token', MAPBOX)}`)}

the token has DOWNLOADS:READ. chmod is 600.`),

  rec('shell', f`CONTENTFUL_MANAGEMENT_TOKEN=${v('credential.generic_secret_assignment', CFPAT)} npx contentful-migration --space-id 7qx2kr9w4vnb migrations/0042-add-venue.js
✖ Error: The resource could not be found.`, 'a Contentful management token (CFPAT-): no rule of its own'),

  rec('env_file', f`Flask app for the box-office, Plaid Link opens but exchange fails with INVALID_API_KEYS:

${cfg(f`PLAID_CLIENT_ID=6747c1e29a0b3d0019f4e2a8
PLAID_SECRET=${v('credential.generic_secret_assignment', PLAID_SECRET)}
PLAID_ENV=production
PLAID_PRODUCTS=auth,transactions`)}`),

  rec('shell', f`curl https://saltmarsh.my.salesforce.com/services/data/v61.0/query?q=SELECT+Id,Name+FROM+Account+LIMIT+5 \\
  -H "Authorization: Bearer ${v('credential.bearer_token', SF_SESSION)}"
[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]

I copied the session id from \`sf org display\` 10 minutes ago.`, 'a Salesforce session id used as a bearer token'),

  rec('shell', f`curl -s https://api.hubapi.com/crm/v3/objects/contacts?limit=10 \\
  --header 'authorization: Bearer ${v('credential.bearer_token', HUBSPOT)}'
{"status":"error","message":"This app hasn't been granted all required scopes to make this call."}`, 'a HubSpot private-app token'),

  rec('bitbucket_pipeline', f`${cfg(f`pipelines:
  default:
    - step:
        name: Snyk test
        script:
          - export SNYK_TOKEN=${v('credential.generic_secret_assignment', SNYK)}
          - npx snyk test --severity-threshold=high`)}

Snyk says "Authentication error (SNYK-0005)". It's the token from Account settings.`, 'a Snyk API token is a UUID; the variable name makes it a secret'),

  rec('properties', f`sonar-scanner keeps analysing as "anonymous" and the quality gate is not applied. sonar-project.properties:

${cfg(f`sonar.projectKey=saltmarsh_ticketing
sonar.host.url=https://sonar.saltmarsh-arena.co.uk
sonar.token=${v('credential.generic_secret_assignment', SONAR)}
sonar.sources=src`)}`),

  rec('yaml', f`gem push fails with "Access Denied. Please sign up for an account". ~/.gem/credentials:

${cfg(f`---
:rubygems_api_key: ${v('credential.generic_secret_assignment', RUBYGEMS)}`)}

MFA is on for the account, is that why?`),

  rec('shell', f`dotnet nuget push bin/Release/Saltmarsh.Ticketing.Client.3.1.0.nupkg --api-key ${v('credential.generic_secret_assignment', NUGET)} --source https://api.nuget.org/v3/index.json
error: Response status code does not indicate success: 403 (The specified API key is invalid, has expired, or does not have permission to access the specified package.).`, 'a nuget.org API key on the command line'),

  rec('toml', f`cargo publish → "error: failed to publish to registry at https://crates.io — the remote server responded with an error (status 403 Forbidden): this token does not have the required permissions". ~/.cargo/credentials.toml:

${cfg(f`[registry]
token = "${v('credential.generic_secret_assignment', CARGO)}"`)}`),

  rec('wireguard', f`WireGuard tunnel comes up but no handshake. Client config (peer key shortened):

${cfg(f`[Interface]
PrivateKey = ${v('credential.generic_secret_assignment', WG_PRIV)}
Address = ${ip('10.44.0.7')}/32
DNS = ${ip('10.44.0.1')}

[Peer]
PublicKey = hR3k…=
Endpoint = vpn.saltmarsh-arena.co.uk:51820
AllowedIPs = ${ip('10.44.0.0')}/16`)}`, 'a WireGuard private key (no rule of its own); the peer public key is shortened and public anyway; private addresses are ambiguous IPs by convention'),

  rec('shell', f`$ ansible-vault view group_vars/prod/vault.yml
Vault password:
${cfg(f`vault_db_user: tix_app
vault_db_password: ${v('credential.password_assignment', 'Saltire-Puffin-2291')}
vault_smtp_relay: smtp.saltmarsh-arena.co.uk`)}

I want to rotate the DB password — is there a one-liner to re-encrypt with the new value?`),

  rec('kubeconfig', f`${cfg(f`apiVersion: v1
kind: Config
clusters:
- name: rke2-arena
  cluster:
    server: https://rke2.saltmarsh.internal:6443
    insecure-skip-tls-verify: true
users:
- name: deployer
  user:
    token: ${v('credential.jwt', K8S_SA_JWT)}
contexts:
- name: arena
  context: { cluster: rke2-arena, user: deployer, namespace: ci }
current-context: arena`)}

kubectl works from my laptop, Argo CD with the same kubeconfig says "Unauthorized". Token audience?`),

  rec('shell', f`$ kubectl get secret harbor-regcred -n tickets -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d
${cfg(f`{"auths":{"harbor.saltmarsh.internal":{"auth":"${v('credential.docker_config_auth', DOCKER_AUTH)}"}}}`)}

pods still ImagePullBackOff with "unauthorized: authentication required". Robot accounts need a special format?`),

  rec('woodpecker', f`${cfg(f`steps:
  release:
    image: goreleaser/goreleaser:v2.4
    environment:
      GITEA_TOKEN: ${v('credential.generic_secret_assignment', GITEA)}
    commands:
      - goreleaser release --clean`)}

Woodpecker CI with our self-hosted Gitea: "401 Unauthorized" from the Gitea API on release.`, 'a Gitea access token (40 hex) in a CI file'),

  rec('env_file', f`${cfg(f`CLOUDINARY_URL=cloudinary://683920174561029:${v('credential.url_password', CLOUDINARY_SECRET)}@saltmarsh-arena`)}

uploads from the Rails app work, but signed URLs 401. Do I need the API secret separately?`, 'the API secret sits in the password position of the Cloudinary URL'),

  rec('properties', f`${cfg(f`bootstrap.servers=pkc-9x2mq.europe-west3.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="QK7TRW2MZX4BN6VC" password="${v('credential.password_assignment', 'Gannet+Kittiwake/Skua9921')}";`)}

kafka-console-consumer with this client.properties: "SaslAuthenticationException: Authentication failed". The key is new.`, 'a Confluent API secret as the JAAS password (hand-written, human-style here)'),

  rec('shell', f`clickhouse-client --host ch01.saltmarsh.internal --secure --user analyst --password '${v('credential.cli_password', 'Petrel_Dusk_4417')}' --query "SELECT count() FROM scans"
Code: 516. DB::Exception: analyst: Authentication failed: password is incorrect, or there is no user with such name.`),

  rec('code_python', f`${code(f`import snowflake.connector

conn = snowflake.connector.connect(
    account="kx72913.eu-central-1",
    user="TICKETS_ETL",
    password="${v('credential.password_assignment', 'Shearwater!Marram-58')}",
    warehouse="ETL_XS",
    database="TICKETS",
)
cur = conn.cursor()
cur.execute("SELECT venue, COUNT(*) FROM scans GROUP BY venue")
print(cur.fetchall())`)}

250001 (08001): Failed to connect to DB. Is the account locator wrong?`),

  rec('shell', f`cqlsh cass-01.saltmarsh.internal 9042 -u tickets_rw -p '${v('credential.cli_password', 'Plover#Tide-3380')}' --ssl
Connection error: ('Unable to connect to any servers', {'${ip('10.20.4.11')}:9042': AuthenticationFailed('Failed to authenticate to ${ip('10.20.4.11')}:9042: Error from server: code=0100 [Bad credentials]')})`, 'the IP addresses in the error message are ambiguous by convention'),

  rec('shell', f`redis-cli -h cache-eu.saltmarsh.internal -p 6380 --tls -a '${v('credential.cli_password', 'Oystercatcher$77')}' --no-auth-warning INFO keyspace
(error) WRONGPASS invalid username-password pair or user is disabled.`),

  rec('code_js', f`${code(f`const { App } = require("@slack/bolt");

const app = new App({
  token: "${v('credential.slack_bot_token', SLACK_BOT)}",
  appToken: "${v('credential.slack_app_token', SLACK_APP)}",
  socketMode: true,
});

app.command("/gate", async ({ command, ack, respond }) => {
  await ack();
  await respond(\`Gate \${command.text} status: open\`);
});

(async () => { await app.start(); console.log("⚡ gate bot running"); })();`)}

the slash command times out with "dispatch_failed". Socket mode is on in the app config.`),

  rec('shell', f`GH_TOKEN=${v('credential.github_fine_grained_pat', GH_FINE)} gh release create v2.4.0 dist/*.tar.gz --notes-file CHANGELOG.md
HTTP 403: Resource not accessible by personal access token (https://api.github.com/repos/saltmarsh/ticketing/releases)`),

  rec('code_r', f`${code(f`library(httr2)
Sys.setenv(REPLICATE_API_TOKEN = "${v('credential.replicate_api_token', R8)}")

req <- request("https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions") |>
  req_auth_bearer_token(Sys.getenv("REPLICATE_API_TOKEN")) |>
  req_body_json(list(input = list(prompt = "poster for a seaside concert, risograph style")))
resp <- req_perform(req)
resp_body_json(resp)$urls$get`)}

how do I poll until the prediction is done in R?`),

  rec('env_file', f`${cfg(f`LANGSMITH_TRACING=true
LANGSMITH_ENDPOINT=https://eu.api.smith.langchain.com
LANGSMITH_API_KEY=${v('credential.langsmith_api_key', LANGSMITH)}
LANGSMITH_PROJECT=box-office-agent`)}

LangGraph runs fine but no traces appear in the EU workspace.`),

  rec('code_python', f`${code(f`from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=saltmarshscans;"
        "AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net")
svc = BlobServiceClient.from_connection_string(CONN)
for b in svc.get_container_client("gate-scans").list_blobs(name_starts_with="2026/12/"):
    print(b.name, b.size)`)}

listing 40k blobs takes minutes. Is there a faster way than list_blobs?`),

  rec('env_file', f`${cfg(f`TWILIO_ACCOUNT_SID=AC${fill('b7-twsidx', HEX, 8)}…
TWILIO_API_KEY=${v('credential.twilio_api_key', TW_SK)}
TWILIO_API_SECRET=${v('credential.generic_secret_assignment', TW_SECRET)}
TWILIO_VERIFY_SERVICE=VA${fill('b7-twva', HEX, 8)}…`)}

Verify sends the SMS but check returns 20404. Is it because I use an API key instead of the auth token?`, 'the account SID and Verify service id are truncated by the user; the API key and its secret are complete'),

  rec('yaml', f`DiscordSRV on our Minecraft server stopped posting deaths to the channel. plugins/DiscordSRV/config.yml:

${cfg(f`BotToken: "see secrets.yml"
Channels: {"global": "1331029485736200001"}
DiscordChatChannelWebhookUrl: "${v('credential.discord_webhook_url', DISCORD_HOOK)}"
DiscordChatChannelMinecraftToDiscord: true`)}`),

  rec('cloud_init', f`${cfg(f`#cloud-config
ssh_keys:
  ed25519_private: |
    ${v('credential.openssh_private_key', OPENSSH.split('\n').join('\n    '))}
  ed25519_public: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b7-edpub', B64, 43)} host@gate-kiosk
runcmd:
  - systemctl restart ssh`)}

Every kiosk gets the same host key this way — is that the reason for the "REMOTE HOST IDENTIFICATION HAS CHANGED" warnings?`),

  rec('code_dart', f`${code(f`import 'package:sentry_flutter/sentry_flutter.dart';

Future<void> main() async {
  await SentryFlutter.init(
    (options) {
      options.dsn = '${v('credential.sentry_dsn', SENTRY_DSN)}';
      options.tracesSampleRate = 0.2;
      options.environment = 'kiosk-prod';
    },
    appRunner: () => runApp(const GateApp()),
  );
}`)}

Flutter web: events arrive, but without source maps. Which upload command?`),

  rec('terraform', f`${cfg(f`provider "cloudflare" {
  api_user_service_key = "${v('credential.cloudflare_origin_ca_key', CF_ORIGIN)}"
}

resource "cloudflare_origin_ca_certificate" "arena" {
  csr                = tls_cert_request.arena.cert_request_pem
  hostnames          = ["tickets.saltmarsh-arena.co.uk"]
  request_type       = "origin-rsa"
  requested_validity = 5475
}`)}

is api_user_service_key deprecated in provider v5?`),

  rec('code_go', f`${code(f`package main

import (
	"log"

	"github.com/stripe/stripe-go/v81"
	"github.com/stripe/stripe-go/v81/payout"
)

func main() {
	stripe.Key = "${v('credential.stripe_restricted_key', RK_LIVE)}"
	i := payout.List(&stripe.PayoutListParams{Status: stripe.String("paid")})
	for i.Next() {
		log.Println(i.Payout().ID, i.Payout().Amount)
	}
}`)}

"The provided key does not have the required permissions" — which permission is payouts read?`),

  rec('browser_console', f`Kiosk app console:

WebSocket connection to 'wss://scan.saltmarsh-arena.co.uk/ws?token=${v('credential.jwt', JWT_WS)}' failed: Error during WebSocket handshake: Unexpected response code: 403

is passing the JWT in the query string the problem?`),

  rec('har', f`Exported from the browser's network tab (HAR, one entry), the ingest call fails only in Firefox:

${cfg(f`"request": {
  "method": "POST",
  "url": "https://ingest.saltmarsh.internal/v1/batch",
  "headers": [
    { "name": "Content-Type", "value": "application/json" },
    { "name": "Authorization", "value": "Basic ${v('credential.basic_auth_header', BASIC)}" }
  ]
}`)}`),

  rec('env_file', f`${cfg(f`# .env for the release container
NPM_TOKEN_B64=${v('credential.base64_encoded_token', B64_NPM)}`)}

the entrypoint does echo "//registry.npmjs.org/:_authToken=$(echo $NPM_TOKEN_B64 | base64 -d)" > ~/.npmrc — reviewer says base64 hides nothing. True?`),

  rec('env_file', f`${cfg(f`NEO4J_URI=neo4j+s://neo4j:${v('credential.database_url_password', 'Curlew-Shingle-6023')}@7c3e91a4.databases.neo4j.io
NEO4J_DATABASE=neo4j`)}

the Python driver ignores the credentials in the URI and says "Unauthorized". Do I need auth=(...) separately?`),

  rec('appsettings', f`${cfg(f`{
  "ConnectionStrings": {
    "Ledger": "User Id=TIX_LEDGER;Password=${v('credential.connection_string_password', 'Razorbill_Cove_72')};Data Source=ora-prod.saltmarsh.internal:1521/LEDGERPDB"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

ORA-12514 on the new server. Service name vs SID?`, 'an Oracle ODP.NET connection string in appsettings.json'),

  rec('settings_xml', f`${cfg(f`<settings>
  <servers>
    <server>
      <id>saltmarsh-releases</id>
      <username>deploy-maven</username>
      <password>${v('credential.password_assignment', 'Sanderling*Quay31')}</password>
    </server>
  </servers>
</settings>`)}

mvn deploy: "401 Unauthorized" for Nexus, although the same credentials work in the browser.`, 'Maven ~/.m2/settings.xml'),

  rec('pip_conf', f`pip install from our Nexus fails only on the build agent. /etc/pip.conf:

${cfg(f`[global]
index-url = https://pypi-proxy:${v('credential.url_password', 'Dunlin_Mudflat_447')}@nexus.saltmarsh.internal/repository/pypi-all/simple
timeout = 60`)}`),

  rec('json', f`terraform apply fails with "invalid_grant: Invalid JWT Signature" using this key file; it's from last year:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "saltmarsh-analytics",
  "private_key_id": "${fill('b7-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${v('pii.email', 'tf-runner@saltmarsh-analytics.iam.gserviceaccount.com')}",
  "client_id": "104829371650192837465",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  // Passwords in prose, languages not used by batches 1–6 (Latin-script values).
  rec('chat_sw', f`Tafadhali nitafsirie kwa Kiingereza: "Akaunti ya mhasibu imefunguliwa. Jina la mtumiaji ni wanjiku.k na nenosiri ni ${v('credential.password_in_prose', 'Kilima*Jua2026')}. Badilisha nenosiri baada ya kuingia mara ya kwanza."`, 'Swahili "nenosiri ni …" (the password is …)'),

  rec('chat_tl', f`Pakisalin sa English: "Na-set up ko na ang bagong POS. Username: cashier03, at ang password ay ${v('credential.password_in_prose', 'Sampaguita#88')}. Huwag ibigay sa iba."`, 'Tagalog "ang password ay …"'),

  rec('chat_ms', f`Boleh tolong terjemah ke bahasa Inggeris? "ID pengguna anda ialah aiman.r dan kata laluan sementara ialah ${v('credential.password_in_prose', 'Kenanga_Pagi41')}. Sila tukar selepas log masuk pertama."`, 'Malay "kata laluan sementara ialah …" (temporary password is …)'),

  rec('chat_fa', f`لطفاً این پیام را به انگلیسی ترجمه کن: «حساب ایمیل شما ساخته شد. نام کاربری: s.rahimi و رمز عبور: ${v('credential.password_in_prose', 'Anar!Yalda1405')} — بعد از اولین ورود آن را عوض کنید.»`, 'Persian "رمز عبور: …" (password:) in Arabic script around a Latin value'),

  rec('chat_bn', f`এই মেসেজটা ইংরেজিতে লিখে দাও: "অফিসের ওয়াইফাই নাম Padma-Staff, পাসওয়ার্ড ${v('credential.password_in_prose', 'Ilish@Borsha26')}, অতিথিদের দেবেন না।"`, 'Bengali "পাসওয়ার্ড …" (password …)'),

  rec('chat_ca', f`Pots reescriure això més formal? "Hola Jordi, t'he creat l'usuari al servidor de fitxers: jordi.serra, i la contrasenya és ${v('credential.password_in_prose', 'Tramuntana-2026!')}. Canvia-la quan entris."`, 'Catalan "la contrasenya és …"'),

  rec('chat_eu', f`Itzuli ingelesera, mesedez: "Zure erabiltzailea: ane.etxeberria. Pasahitza: ${v('credential.password_in_prose', 'Itsasoa*Urdin7')}. Lehen saioa hastean aldatu."`, 'Basque "Pasahitza: …"'),

  rec('chat_gl', f`Tradúceme isto ao inglés: "Xa tes acceso á intranet. O usuario é brais.lopez e o contrasinal é ${v('credential.password_in_prose', 'Morriña_Atlantica9')}, cámbiao canto antes."`, 'Galician "o contrasinal é …"'),

  rec('chat_lv', f`Lūdzu pārtulko angliski: "Jūsu lietotājvārds ir ilze.berzina, parole ir ${v('credential.password_in_prose', 'Dzintars!Jura64')}. Pēc pirmās pieslēgšanās nomainiet paroli."`, 'Latvian "parole ir …"'),

  rec('chat_bg', f`Преведи на английски, моля: „Създадох ви акаунт в счетоводната система. Потребител: p.georgieva, паролата е ${v('credential.password_in_prose', 'Rodopi_Zima83')}. Сменете я след първия вход."`, 'Bulgarian "паролата е …" (Cyrillic text around a Latin value)'),

  rec('chat_sq', f`Më ndihmo ta përkthej në anglisht: "Llogaria juaj është gati. Përdoruesi: arben.hoxha, fjalëkalimi është ${v('credential.password_in_prose', 'Shqiponja#2026')}. Ju lutem ndryshojeni pas hyrjes së parë."`, 'Albanian "fjalëkalimi është …"'),

  rec('chat_ka', f`გთხოვ, თარგმნე ინგლისურად: „თქვენი მომხმარებელი: n.beridze, პაროლი: ${v('credential.password_in_prose', 'Mtatsminda!58')} — პირველი შესვლისას შეცვალეთ."`, 'Georgian "პაროლი: …" (Georgian script around a Latin value)'),

  rec('chat_ko', f`이 메시지를 영어로 번역해 주세요: "공유 드라이브 계정이 생성되었습니다. 아이디는 jiwoo.han, 비밀번호는 ${v('credential.password_in_prose', 'Hangang*Bom2026')} 입니다. 첫 로그인 후 변경해 주세요."`, 'Korean "비밀번호는 … 입니다" (the password is …)'),

  rec('chat_zh', f`请帮我把这段话翻译成英文：“仓库系统账号已开通，用户名 liu.yang，初始密码是 ${v('credential.password_in_prose', 'Changjiang#2026')}，首次登录后请修改。”`, 'Chinese "初始密码是 …" (initial password is …)'),

  rec('shell', f`rabbitmqctl add_user monitoring '${ambCat('credential', 'Skylark_Vigil-77')}' && rabbitmqctl set_user_tags monitoring monitoring
Adding user "monitoring" ...
Error: {:badrpc, :nodedown}`, 'a password passed positionally to rabbitmqctl add_user: ambiguous without a rule id (batch 3/4 decision for positional secrets)'),
];

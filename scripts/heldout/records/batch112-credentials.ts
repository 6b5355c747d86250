/**
 * Held-out batch 112: credentials pasted by an airline loyalty-fraud team, a kidney-transplant
 * coordination office, a pension fund's private-markets team, a research-ethics committee, a
 * warehouse robotics / WMS integration team and a municipal social-housing office. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b112-akia', B32, 16));
const AKIA_SECRET = fill('b112-akias', B64, 40);
const ASIA = tok('ASIA', fill('b112-asia', B32, 16));
const ASIA_SECRET = fill('b112-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b112-sess', B64, 320));
const GHP = gh('ghp', 'Kf7Rw2Tz9Mb4Qn1Vx6Lc3Hs8Pd5Gj0');
const GH_FINE = tok('github_pat_', '11B', fill('b112-ghfg1', UPPER + DIGITS, 19), '_', fill('b112-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b112-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '5820471936', '2-', '7419305826614-', fill('b112-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05K', fill('b112-sht', UPPER + DIGITS, 7), '/B07', fill('b112-shb', UPPER + DIGITS, 8), '/', fill('b112-shs', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b112-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b112-rk', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b112-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b112-oa1', B64URL, 74), 'T3BlbkFJ', fill('b112-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b112-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b112-hf', UPPER + LOWER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b112-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b112-gcp', 1218, '\\n');
const AZ_STORAGE = tok(fill('b112-azst', B64, 86), '==');
const AZ_SECRET = tok('Qe~8Q~', fill('b112-azsec', B62 + '_-.', 34));
const SAS_SIG = `${fill('b112-sas1', B62, 16)}%2B${fill('b112-sas2', B62, 14)}%2F${fill('b112-sas3', B62, 10)}%3D`;
const TW_SID = tok('AC', fill('b112-twsid', HEX, 32));
const TW_TOKEN = fill('b112-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b112-sg1', B64URL, 22), '.', fill('b112-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b112-mg', HEX, 32));
const TELEGRAM = tok('7304918265', ':AA', fill('b112-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249038175520394817', '/', fill('b112-dh', B64URL, 68));
const TEAMS_HOOK = tok('https://kommune-bolig.webhook.office.com/webhookb2/', '7c2e9a41-05d8-4b6f-93e1-a8d4c0f27b56@0d3f8b29-6e14-4a7c-b952-1f7e3c8a9d40/IncomingWebhook/', fill('b112-teams1', HEX, 32), '/', 'b91d4e07-3a62-4f85-8c1e-5d2a7f90c318/', 'V2', fill('b112-teams2', B64URL, 43));
const NPM = gh('npm', 'Tq4Hx9Lm2Wb7Rz1Kc6Pv3Nf8Ys5Dg0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b112-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b112-dckr', B64URL, 27));
const JFROG = tok('AKCp', fill('b112-jfrog', B62, 69));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b112-atl', B64URL, 171), '=', fill('b112-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b112-lin', B62, 40));
const NOTION = tok('ntn_', fill('b112-ntn1', DIGITS, 11), fill('b112-ntn2', B62, 35));
const SENTRY_KEY = fill('b112-sentry', HEX, 32);
const GLSA = tok('glsa_', fill('b112-glsa1', B62, 32), '_', fill('b112-glsa2', HEX, 8));
const DD_API = fill('b112-ddapi', HEX, 32);
const DD_APP = fill('b112-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b112-hvs', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b112-dapi', HEX, 32));
const CF_TOKEN = fill('b112-cf', B64URL, 40);
const OKTA = tok('00', fill('b112-okta', B64URL, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b112-age', BECH32, 58));
const TFC = tok(fill('b112-tfc1', B62, 14), '.atlasv1.', fill('b112-tfc2', B62, 67));
const PULUMI = tok('pul-', fill('b112-pulumi', HEX, 40));
const ALI_ID = tok('LTAI', '5t', fill('b112-ltai', B62, 18));
const ALI_SECRET = fill('b112-alisec', B62, 30);
const TENCENT_ID = tok('AKID', fill('b112-akid', B62, 32));
const TENCENT_KEY = fill('b112-tckey', B62, 32);
const ADO_PAT = fill('b112-ado', B32LOWER, 52);
const LANGSMITH = tok('lsv2_', 'pt_', fill('b112-ls1', HEX, 32), '_', fill('b112-ls2', HEX, 10));
const MISTRAL = fill('b112-mistral', B62, 32);
const RSA_KEY = pem('RSA PRIVATE KEY', 'b112-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b112-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const JWT_AMR = jwt({ alg: 'RS256', typ: 'JWT', kid: 'fleet-2024-07' }, { iss: 'https://auth.fleet.kargo-robotics.de', sub: 'wms-bridge', aud: 'amr-fleet-api', scope: 'missions:write stations:read', iat: 1722502800, exp: 1754038800 }, 'b112-jwtamr');
const JWT_REDCAP = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'ethik-portal', role: 'service', site: 'UKM', iat: 1719900000, exp: 1751436000 }, 'b112-jwtrc');
const BEARER = fill('b112-bearer', B62 + '-._', 58);
const K8S_PW = b64('Kjøkken-Lager-2024!');
const K8S_TOKEN = b64(tok('sk_', 'live_', '51', fill('b112-k8sstripe', B62, 60)));
const DOCKER_AUTH = b64('svc-robot-ci:Rb0tF1eet#Pull-88');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH112_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our fraud-scoring job can't reach Snowflake from the new runner. Here's the .env, what's wrong with the account identifier?

${cfg(f`# loyalty-fraud-scorer / prod
SNOWFLAKE_ACCOUNT=nv41203.eu-central-1
SNOWFLAKE_USER=SVC_FRAUD_SCORER
SNOWFLAKE_PASSWORD=${v('credential.password_assignment', 'Miles4Fraud!Qz7r')}
SNOWFLAKE_WAREHOUSE=FRAUD_XS
SNOWFLAKE_DATABASE=LOYALTY
SLACK_BOT_TOKEN=${v('credential.slack_bot_token', XOXB)}
ALERT_CHANNEL=#mileage-fraud-alerts`)}`),

  rec('chat_de', f`Hallo, unser Export der Kommissionier-Statistiken nach S3 läuft seit heute Nacht in AccessDenied. Die Keys kommen aus der alten Lagerverwaltungs-VM:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-1`)}

Bucket heißt wms-pick-stats-prod. Muss ich die Bucket-Policy anpassen oder ist der Key deaktiviert?`),

  rec('chat', f`The robot fleet sim uses short-lived creds from our SSO, it worked yesterday. Output of export-credentials:

${cfg(f`{
  "Version": 1,
  "AccessKeyId": "${v('credential.aws_access_key_id', ASIA)}",
  "SecretAccessKey": "${v('credential.aws_secret_access_key', ASIA_SECRET)}",
  "SessionToken": "${v('credential.aws_session_token', AWS_SESSION)}",
  "Expiration": "2025-03-11T16:04:19+00:00"
}`)}
It's now ExpiredToken even though expiration says 16:04. Our clock is UTC+1, is that it?`),

  rec('ci_yaml', f`GitHub Action for the WMS adapter release fails at checkout of the private submodule. Workflow excerpt:

${cfg(f`name: release-wms-adapter
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: ${v('credential.github_pat', GHP)}
      - run: make dist`)}

I know it should be a secret, I'll move it, but why does it still 404?`),

  rec('chat_nl', f`Kun je deze git remote corrigeren? De push naar de repo van de woningtoewijzing faalt met "remote: Invalid username or password".

${cfg(f`git remote -v
origin  https://${v('credential.url_password', GH_FINE)}@github.com/gemeente-woonruimte/toewijzing-api.git (fetch)
origin  https://${v('credential.url_password', GH_FINE)}@github.com/gemeente-woonruimte/toewijzing-api.git (push)`)}

Het token heb ik gisteren aangemaakt, fine-grained, alleen voor die repo.`),

  rec('chat_pl', f`Skrypt do migracji z GitLaba nie przechodzi, dostaję 401. Token mam w zmiennej:

${cfg(f`export GITLAB_URL=https://gitlab.magazyn-robotyka.pl
export GITLAB_TOKEN=${v('credential.gitlab_pat', GLPAT)}
python migrate_issues.py --project wms/amr-bridge --dry-run`)}

Czy glpat musi mieć scope api czy wystarczy read_api?`),

  rec('chat_sv', f`Hej! Vi har ett litet larmskript för transplantationskoordineringen som postar i Slack när ett organerbjudande kommer in. Webhooken slutade fungera: ${v('credential.slack_webhook_url', SLACK_HOOK)} – svarar "no_service". Behöver jag skapa en ny app?`),

  rec('code_python', f`Stripe keeps rejecting our rent-deposit refunds for the housing office, "No such charge". Code:

\`\`\`python
${code(f`import stripe

stripe.api_key = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"
WEBHOOK_SECRET = "${v('credential.stripe_webhook_secret', STRIPE_WH)}"

def refund_deposit(charge_id: str, amount_cents: int) -> str:
    r = stripe.Refund.create(charge=charge_id, amount=amount_cents, reason="requested_by_customer")
    return r.id`)}
\`\`\`
Charge ids look like py_3P... does Refund.create need payment_intent instead?`),

  rec('chat_fr', f`Pour le connecteur de paiement des loyers on m'a donné une clé restreinte ${v('credential.stripe_restricted_key', STRIPE_RK)}. Est-ce qu'elle suffit pour lister les virements (payouts) ou faut-il les droits d'écriture ?`),

  rec('chat', f`quick one: the ethics committee's summarisation script started failing with 429 insufficient_quota. key is ${v('credential.openai_api_key', OPENAI)} — is that a billing thing on the project or is the key revoked?`),

  rec('env_file', f`Kann mir jemand sagen, warum der Protokoll-Zusammenfasser der Ethikkommission beide Keys lädt?

${cfg(f`# ethik-assist/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}
LANGCHAIN_API_KEY=${v('credential.langsmith_api_key', LANGSMITH)}
DEFAULT_MODEL=claude
MAX_TOKENS=4000`)}`),

  rec('chat_hi', f`Bhai, HLA matching notebook mein model download nahi ho raha. Maine ye token lagaya: ${v('credential.huggingface_token', HF)} — error "401 Client Error: Repository Not Found". Model gated hai kya? Access request kaise karte hain?`),

  rec('code_js', f`Maps on the housing-allocation portal are blank in prod only. Console says "RefererNotAllowedMapError".

\`\`\`js
${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GOOGLE)}",
  version: "weekly",
  libraries: ["places"],
});
loader.load().then(() => initMap(document.getElementById("map")));`)}
\`\`\``),

  rec('json', f`Der Dienst für die Transplantations-Warteliste (BigQuery-Export) sagt "invalid_grant: Invalid JWT Signature". Das ist die Schlüsseldatei:

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "tx-waitlist-analytics",
  "private_key_id": "${fill('b112-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'bq-export@tx-waitlist-analytics.iam.gserviceaccount.com')}",
  "client_id": "108392746150283947162",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40tx-waitlist-analytics.iam.gserviceaccount.com')}"
}`)}`)}

Wurde der Schlüssel vielleicht rotiert?`),

  rec('connection_string', f`Our capital-call document archive moved to a new storage account and the uploader now throws 403. Connection string from appsettings:

${cfg(f`"Storage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=pfprivmktdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "capital-calls"
}`)}`),

  rec('chat_da', f`Jeg har fået dette SAS-link til at uploade ansøgerbilag til boligsystemet, men det virker kun i browseren, ikke fra scriptet:
https://bolignetdocs.blob.core.windows.net/bilag?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2025-06-30T21:59:59Z&st=2025-03-01T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Hvad kan være forskellen?`),

  rec('yaml', f`Entra ID app for the private-markets data room sync, MSAL gives AADSTS7000215. Config:

${cfg(f`azure:
  tenant_id: 4b7e2d90-1c38-4a65-b0f2-93d8e6a17c42
  client_id: e19c5a73-8d24-4f0b-a6e1-27b3c9f05d88
  client_secret: "${v('credential.azure_client_secret', AZ_SECRET)}"
  scopes:
    - https://graph.microsoft.com/.default
dataroom:
  site: privatemarkets-dd
  drive: "Fund VII – LPA & side letters"`)}`),

  rec('chat_es_mx', f`Oye, el bot de SMS que avisa a los solicitantes de vivienda que su expediente avanzó ya no manda nada. Tengo esto en el servidor:
${cfg(f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=${amb('pii.phone', '+52 55 2847 3916')}`)}
¿Será que la cuenta está suspendida por falta de pago?`),

  rec('code_python', f`Mails from the ethics committee portal land in spam at the university. We send like this:

\`\`\`python
${code(f`sg = SendGridAPIClient("${v('credential.sendgrid_api_key', SENDGRID)}")
msg = Mail(
    from_email="${v('pii.email', 'ethikkommission-noreply@uk-lindenau.de')}",
    to_emails=applicant_email,
    subject=f"Votum zu Antrag {protocol_no}",
    html_content=render("votum.html", ctx),
)
sg.send(msg)`)}
\`\`\`
Do we need DKIM on the sending domain?`),

  rec('chat_it', f`Mailgun ci risponde 401 Forbidden quando proviamo a mandare le conferme dei sopralluoghi per gli alloggi popolari. La chiave è ${v('credential.mailgun_api_key', MAILGUN)} e il dominio mg.casa-comune.it. Serve la chiave del dominio o quella privata?`),

  rec('chat_ru', f`Помогите с ботом для склада: он должен слать в Telegram уведомление, когда робот-погрузчик уходит в ошибку. Токен бота ${v('credential.telegram_bot_token', TELEGRAM)}, chat_id -1002184736190. Сейчас бот молчит, getUpdates пустой. В чём может быть дело?`),

  rec('chat_tr', f`Sadakat programı dolandırıcılık alarmlarını Discord kanalımıza da atmak istiyoruz. Webhook şu: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Mesaj 204 dönüyor ama kanalda görünmüyor. Thread ID mi eksik?`),

  rec('chat_nb', f`Kan du skrive en Power Automate-flyt som poster nye søknader om kommunal bolig i Teams? Vi har allerede en innkommende webhook: ${v('credential.teams_webhook_url', TEAMS_HOOK)}`),

  rec('npmrc', f`npm install of our private WMS UI kit fails with E401 on the build agent but not locally. .npmrc in the repo:

${cfg(f`@kargo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}`),

  rec('chat_cs', f`Twine upload našeho balíčku pro validaci HL7 zpráv z transplantačního registru padá na 403. Použil jsem:
${cfg(f`twine upload -u __token__ -p ${v('credential.pypi_token', PYPI)} dist/*`)}
Token je project-scoped pro "tx-hl7-validate". Musí být balíček nejdřív vytvořen?`),

  rec('shell', f`Robot-firmware build can't pull base images anymore since the Docker Hub rate limits. I logged in with:

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u kargorobotics --password-stdin
docker pull kargorobotics/amr-base:2.4-jammy`)}

and it says "unauthorized: incorrect username or password". PAT has read/write.`),

  rec('json', f`Kubelet pulls from our Artifactory mirror fail after cert renewal. ~/.docker/config.json on the node:

${cfg(f`{
  "auths": {
    "artifactory.kargo.internal": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('chat_fi', f`Maven-build ei saa ladattua robottiohjaimen riippuvuuksia Artifactorysta. settings.xml:ssä on <password>${v('credential.jfrog_api_key', JFROG)}</password> ja username ci-robotti. Onko API-avaimet poistettu käytöstä uusissa versioissa?`),

  rec('chat', f`Jira automation for the fraud case queue (LOYFR-*) returns 401 since this morning. Basic auth with ${v('pii.email', 'r.okafor@norvanta-air.com')} and token ${v('credential.atlassian_api_token', ATLASSIAN)}. Did Atlassian change something?`),

  rec('code_ts', f`Syncing ethics-committee action items into Linear, the mutation returns "Authentication required":

\`\`\`ts
${code(f`const linear = new LinearClient({ apiKey: "${v('credential.linear_api_key', LINEAR)}" });

export async function pushActionItem(title: string, due: string) {
  const team = await linear.team("REC");
  return linear.createIssue({ teamId: team.id, title, dueDate: due });
}`)}
\`\`\``),

  rec('chat_lt', f`Sveiki, norime socialinio būsto eilės pakeitimus automatiškai kelti į Notion. Integracijos raktas ${v('credential.notion_token', NOTION)}, bet API grąžina "object_not_found". Ar reikia puslapį pasidalinti su integracija?`),

  rec('config_py', f`Sentry isn't receiving events from the crossmatch scheduler, DSN below, what am I missing?

\`\`\`python
${code(f`sentry_sdk.init(
    dsn="${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507283.ingest.de.sentry.io/4507291846`)}",
    traces_sample_rate=0.2,
    environment="tx-coord-prod",
    send_default_pii=False,
)`)}
\`\`\``),

  rec('chat_et', f`Grafana kaudu tahaksime laorobotite aku-laetuse armatuurlauda teise organisatsiooni kopeerida. Teenusekonto token on ${v('credential.grafana_service_account_token', GLSA)}. Kas sellega saab dashboardi API kaudu eksportida?`),

  rec('helm_values', f`Datadog agent on the WMS cluster reports "API key invalid", values.yaml:

${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.eu
  clusterName: wms-prod-fra
  logs:
    enabled: true
    containerCollectAll: true`)}`),

  rec('shell', f`Vault login works for me but the pension fund's NAV ingest job gets permission denied. Job does:

${cfg(f`export VAULT_ADDR=https://vault.pf-invest.internal:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get -field=password secret/privmkt/efront-db`)}

Policy attached is privmkt-read. Is kv v2 path different?`),

  rec('chat_ja', f`Databricksのジョブでマイレージ不正検知モデルを回しているのですが、REST APIから実行すると403になります。トークンは ${v('credential.databricks_token', DATABRICKS)} です。ワークスペース管理者の権限が必要でしょうか？`),

  rec('terraform', f`Terraform plan for the warehouse edge sites fails on the Cloudflare provider:

${cfg(f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "cloudflare_record" "amr_gateway" {
  zone_id = var.zone_id
  name    = "amr-gw-dus"
  type    = "A"
  content = "${amb('pii.ip_address', '185.44.213.70')}"
  proxied = false
}`)}

Error: "Invalid request headers (6003)".`),

  rec('chat_ko', f`연구윤리위원회 포털 SSO를 Okta로 바꾸는 중인데 사용자 동기화 스크립트가 401을 받습니다. API 토큰은 ${v('credential.okta_api_token', OKTA)} 이고 도메인은 irb-snuh.okta.com 입니다. 토큰 권한 문제일까요?`),

  rec('chat', f`How do I decrypt the SOPS file for the private-markets reporting repo on a new laptop? I have my age key:
${v('credential.age_secret_key', AGE)}
${cfg(f`sops -d secrets/prod.enc.yaml`)} says "no matching keys found".`),

  rec('hcl', f`Terraform Cloud run for the housing portal infra errors with "unauthorized". ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Same token works on my colleague's machine.`),

  rec('chat_ka', f`გამარჯობა, Pulumi-ს სტეკი ტრანსპლანტაციის კოორდინაციის სერვისისთვის არ განახლდება. PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)} ჩავწერე CI-ში, მაგრამ "invalid access token" ამოდის. რა შეიძლება იყოს?`),

  rec('chat_zh', f`我们深圳仓的拣货机器人日志要传到阿里云OSS，现在报 InvalidAccessKeyId.NotFound。配置如下：
${cfg(f`AccessKeyId: ${v('credential.alibaba_access_key_id', ALI_ID)}
AccessKeySecret: ${v('credential.generic_secret_assignment', ALI_SECRET)}
Endpoint: oss-cn-shenzhen.aliyuncs.com`)}
是不是 RAM 子账号被禁用了？`),

  rec('chat_zh', f`腾讯云短信接口给申请人发通知（公租房摇号结果），返回 AuthFailure.SecretIdNotFound。SecretId=${v('credential.tencent_secret_id', TENCENT_ID)} SecretKey=${v('credential.generic_secret_assignment', TENCENT_KEY)}，请问地域参数要怎么填？`),

  rec('chat_uk', f`Azure DevOps пайплайн для інтеграції WMS з AutoStore не може клонувати репозиторій. Використовую PAT ${v('credential.azure_devops_pat', ADO_PAT)} з правами Code (Read). Помилка TF401019. Що не так?`),

  rec('pem', f`Can you tell me which format this is and how to convert it for the SFTP upload of capital-call notices to the custodian?

${v('credential.private_key', RSA_KEY)}

The custodian says they need OpenSSH format.`),

  rec('chat_sk', f`Pri nasadzovaní skriptu na PLC bránu v sklade mi ssh stále pýta heslo. Kľúč, ktorý používam (id_ed25519):

${v('credential.openssh_private_key', OSSH)}

Práva súboru sú 644, môže to byť ono?`),

  rec('http', f`The AMR fleet manager rejects our mission requests with 401 "token audience mismatch". Request from the WMS bridge:

${cfg(f`POST /api/v2/missions HTTP/1.1
Host: fleet.kargo-robotics.de
Authorization: Bearer ${v('credential.jwt', JWT_AMR)}
Content-Type: application/json

{"station":"PICK-07","tote":"T-004812","priority":2}`)}`),

  rec('chat_de_ch', f`Grüezi, s'REDCap-Plugin vo de Ethikkommission holt d'Studiedate mit eme Service-Token: ${v('credential.jwt', JWT_REDCAP)}. Das Token lauft ab 2025 ab, chönd mir das verlängere ohni neue Schlüssel?`),

  rec('curl', f`Why does this return 403 from the eFront API?

${cfg(f`curl -s https://api.efront.pf-invest.com/v3/funds/FVII/capital-calls \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -H "Accept: application/json"`)}`),

  rec('curl', f`Transplant centre's HLA lab system has a tiny REST API with basic auth. This works in Postman, fails in the script:

${cfg(f`curl -H "Authorization: Basic ${v('credential.basic_auth_header', b64('txkoord:Niere#Match2025'))}" https://hla-lab.klinikum.local/api/crossmatch?recipient=R-20931`)}`),

  rec('k8s_secret', f`Our secret for the housing portal doesn't get mounted, pod is in CreateContainerConfigError:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: wohnportal-secrets
  namespace: wohnen-prod
type: Opaque
data:
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_PW)}
  STRIPE_KEY: ${v('credential.base64_encoded_token', K8S_TOKEN)}`)}`),

  rec('jdbc', f`Manhattan WMS staging connection via JDBC times out. properties file:

${cfg(f`wms.db.url=jdbc:oracle:thin:@//${amb('pii.ip_address', '10.82.14.37')}:1521/WMSSTG
wms.db.user=WMS_INTEG
wms.db.password=${v('credential.password_assignment', 'Pal3tt3n-Wand!19')}
wms.db.pool.max=20`)}

Firewall says port is open.`),

  rec('chat_ar', f`مرحباً، نحاول ربط نظام كشف احتيال الأميال بقاعدة البيانات الجديدة، ويظهر خطأ المصادقة. سلسلة الاتصال:
postgresql://fraud_ro:${v('credential.database_url_password', 'Ams7-Layla!ro')}@pg-loyalty.norvanta.internal:5432/loyalty
هل المشكلة في المحرف ! داخل كلمة المرور؟`),

  rec('appsettings', f`SQL Server login for the social-housing waitlist app fails after the DBA changed the server:

${cfg(f`{
  "ConnectionStrings": {
    "Wachtlijst": "Server=tcp:sql-wonen-prd.database.windows.net,1433;Initial Catalog=wachtlijst;User ID=app_wachtlijst;Password=${v('credential.connection_string_password', 'Tulp3nBoog#2025')};Encrypt=True;"
  }
}`)}`),

  rec('chat_lv', f`Mēģinu pieslēgties noliktavas MySQL no termināla, bet saņemu "Access denied":
${cfg(f`mysql -h ${amb('pii.ip_address', '10.40.3.18')} -u wms_report ${v('credential.mysql_cli_password', '-pSkapis!Riga77')} wms_reporting`)}
Vai parole ar izsaukuma zīmi jāliek pēdiņās?`),

  rec('chat_id', f`Tolong bantu, skrip backup database komite etik gagal. Perintahnya:
${cfg(f`pg_dump "host=db-etik.rs-univ.local user=etik_backup password=${v('credential.password_assignment', 'Kom1teEtik#Jkt')} dbname=protokol" > /backup/protokol.sql`)}
Error-nya "password authentication failed". Padahal password-nya baru diganti kemarin.`),

  rec('chat_vi', f`Anh ơi, em cần đăng nhập vào hệ thống WMS bằng tài khoản chung của ca đêm để xuất báo cáo tồn kho. Tài khoản: kho_demHN / mật khẩu: ${v('credential.password_in_prose', 'KhoDem@2025!')}. Viết giúp em đoạn hướng dẫn cho ca mới với, nhưng đừng ghi mật khẩu vào nhé.`),

  rec('chat_th', f`ช่วยแปลข้อความนี้เป็นภาษาอังกฤษหน่อย: "รหัสผ่านชั่วคราวสำหรับระบบจัดสรรที่อยู่อาศัยคือ ${v('credential.password_in_prose', 'Baan-Chua#5821')} กรุณาเปลี่ยนรหัสภายใน 24 ชั่วโมงหลังเข้าสู่ระบบครั้งแรก"`),

  rec('chat_tl', f`Pwede mo bang ayusin itong cron job? Hindi nagre-run yung sync ng loyalty points:
${cfg(f`*/15 * * * * /opt/sync/run.sh --user loy_sync --password ${v('credential.cli_password', 'Puntos!Manila88')} --target prod`)}
Nakikita ko sa ps aux yung password, delikado ba yun?`),

  rec('chat_ms', f`Boleh tolong semak skrip ni? Log masuk ke PLC gateway gudang guna akaun admin:
login: plc_admin
password: ${v('credential.password_assignment', 'Gudang#Klang2024')}
Kami nak tukar kepada kunci SSH, apa langkah paling selamat?`),

  rec('network_config', f`Help me harden this switch config from the robot charging area before the audit:

${cfg(f`hostname wh-dus-sw-charging-01
!
snmp-server community ${v('credential.network_device_secret', 'Ladest4tion-RW!')} RW
snmp-server location Halle 3 Ladezone
!
interface Vlan40
 description AMR-Charging
 ip address ${amb('pii.ip_address', '10.40.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
line vty 0 4
 transport input ssh`)}`),

  rec('chat_sw', f`Habari, nimesahau kuweka siri ya mfumo wa uhamisho wa mapokezi ya maombi ya nyumba. Kwenye faili ya config kuna api_secret=${v('credential.generic_secret_assignment', fill('b112-swsec', B62, 36))}. Je, ni salama kuiweka kwenye GitHub repo ya umma ikiwa imefichwa kwenye .gitignore?`),

  rec('chat_bn', f`আমাদের সামাজিক আবাসন অফিসের ইমেইল অ্যাকাউন্টে অ্যাপ পাসওয়ার্ড সেট করেছি: ${v('credential.password_in_prose', 'vqrk mzpt hwda lcjf')} — এটা দিয়ে থান্ডারবার্ডে লগইন হচ্ছে না। আর কী সেটিং লাগবে?`),
];

/**
 * Held-out batch 15: credentials as ordinary employees paste them — .env files, CI configs, curl
 * commands, chat questions, code. Hand-written (seventh independent sample).
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b15-akia', UPPER + '234567', 16));
const AWS_SECRET = fill('b15-awssec', B64, 40);
const AKIA2 = tok('AKIA', fill('b15-akia2', UPPER + '234567', 16));
const AWS_SECRET2 = fill('b15-awssec2', B64, 40);
const GHP = gh('ghp', 'Mb8Tq3Zk6Wn1Rv9Lc4Xp7Hy2Gd5Fs0');
const GH_FINE = tok('github_pat_', '11A', fill('b15-ghfine1', UPPER + DIGITS, 19), '_', fill('b15-ghfine2', B62, 59));
const GLPAT = tok('glpat-', fill('b15-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2817364059', '1-', '7629104835726-', fill('b15-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b15-hookT', UPPER + DIGITS, 7), '/B07', fill('b15-hookB', UPPER + DIGITS, 8), '/', fill('b15-hook', B62, 24));
const STRIPE = tok('sk_', 'live_', '51', fill('b15-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b15-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b15-whsec', B62, 32));
const OPENAI = tok('sk-', 'proj-', fill('b15-oai1', B64URL, 74), 'T3BlbkFJ', fill('b15-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b15-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b15-gapi', B64URL, 33));
const SA_PEM = pem('PRIVATE KEY', 'b15-sa', 1216);
const AZ_STORAGE = `${fill('b15-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b15-azcs1', B62, 3), '8Q~', fill('b15-azcs2', B62 + '_.-', 31));
const SENDGRID = tok('SG.', fill('b15-sg1', B64URL, 22), '.', fill('b15-sg2', B64URL, 43));
const TWILIO_SID = tok('AC', fill('b15-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b15-twtok', HEX, 32);
const NPM = gh('npm', 'Jk4Lp9Qr2St7Uv1Wx6Yz3Ab8Cd5Ef0');
const HF = tok('hf_', fill('b15-hf', UPPER + LOWER, 34));
const POSTMAN = tok('PMAK-', fill('b15-pmak1', HEX, 24), '-', fill('b15-pmak2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b15-linear', B62, 40));
const VAULT = tok('hvs.', fill('b15-vault', B62, 24));
const GROQ = tok('gsk_', fill('b15-groq', B62, 52));
const DD_API = fill('b15-ddapi', HEX, 32);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b15-atl', B64URL, 171), '=', fill('b15-atl2', HEX.toUpperCase(), 8));
const JWT_ADMIN = jwt({ alg: 'RS256', typ: 'JWT', kid: 'k-2024-09' }, { sub: '8f2c41d7-0b9e-4a63-9d15-c7e2a4b80f31', email: 'it-admin@kestrelridge.io', roles: ['admin'], iat: 1731405122, exp: 1731408722 }, 'b15-jwt1');
const JWT_SVC = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-reporting', scope: 'reports:read reports:write', iat: 1730112000, exp: 1761648000 }, 'b15-jwt2');
const BEARER = fill('b15-bearer', B62, 48);
const BASIC = b64('svc_jenkins:Tr0mbone-Valley-88');
const RSA = pem('RSA PRIVATE KEY', 'b15-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b15-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DOCKER_AUTH = b64('kestrelci:dckr_pat_' + fill('b15-dckrauth', B64URL, 27));
const SENTRY_KEY = fill('b15-sentry', HEX, 32);
const B64_PG = b64('Ludlow#Harbour2024');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH15_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`hey, boto3 keeps saying SignatureDoesNotMatch when I upload to the reports bucket. I set these in my terminal:

export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
export AWS_DEFAULT_REGION=eu-central-1

clock on my laptop is fine. what else could it be?`),

  rec('env_file', f`can you turn this .env into a docker-compose environment block?

${amb('source_code.snippet', f`NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://app_user:${v('credential.database_url_password', 'Ludlow#Harbour2024')}@db.internal.kestrelridge.io:5432/orders
REDIS_URL=redis://cache.internal.kestrelridge.io:6379/0
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
LOG_LEVEL=info`)}`),

  rec('code_python', f`Getting openai.AuthenticationError on the server but it works locally, any idea?

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(ticket_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarize support tickets in 2 sentences."},
            {"role": "user", "content": ticket_text},
        ],
    )
    return resp.choices[0].message.content`)}
\`\`\``),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .github/workflows/release.yml
name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm run build
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${v('credential.npm_token', NPM)}`)}

publish step fails with E404 on the scoped package, why`),

  rec('chat', f`github says my token doesn't have access to the org repo. Token is ${v('credential.github_pat', GHP)}, I gave it repo scope. do I need to authorize SSO separately?`),

  rec('shell', f`git clone over https asks for a password again and again. I ran

git remote set-url origin https://mkowalczyk:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/kestrelridge/billing-service.git

and now it says "Write access to repository not granted". fine-grained token with contents: read-only. is that the problem?`),

  rec('code_js', f`Slack bot posts twice to the channel, can you see why?

${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', SLACK_BOT)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.message('deploy status', async ({ message, say }) => {
  const status = await getDeployStatus();
  await say(\`<@\${message.user}> last deploy: \${status}\`);
});

(async () => {
  await app.start(3000);
  console.log('bolt app running');
})();`)}`),

  rec('powershell', f`${amb('source_code.snippet', f`$webhook = "${v('credential.slack_webhook_url', SLACK_HOOK)}"
$disk = Get-PSDrive C | Select-Object Used, Free
$msg = @{ text = "FS01 free space: $([math]::Round($disk.Free/1GB,1)) GB" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $msg -ContentType 'application/json'`)}

scheduled task runs but nothing arrives in #it-alerts. runs as SYSTEM if that matters`),

  rec('chat', f`need help with a stripe restricted key - I created ${v('credential.stripe_restricted_key', STRIPE_RK)} with only charges:read but the report script gets "permission denied" on balance_transactions. which permission am I missing?`),

  rec('json_config', f`Terraform google provider says "invalid_grant: Invalid JWT Signature". here is the key file we use in CI:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kr-analytics-prod",
  "private_key_id": "${fill('b15-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'terraform-ci@kr-analytics-prod.iam.gserviceaccount.com')}",
  "client_id": "104827361950284716352",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('config', f`${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=krinvoicesprod;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "invoices"
  },
  "AllowedHosts": "*"
}`)}
appsettings.json for the invoice service. how do I move the storage part to Key Vault without changing code much?`),

  rec('chat', f`Our Entra app registration for the HR sync: tenant 5c2e81f4-7a93-4b06-b1d8-3e94a0c7f652, client id 9a7d3e10-46bc-4f82-8e15-2b0c9f6d7a41, secret ${v('credential.azure_client_secret', AZ_CLIENT)}. Graph call to /users returns 403 Authorization_RequestDenied, what permission do I need for reading managers?`),

  rec('code_csharp', f`${code(f`var client = new SendGridClient("${v('credential.sendgrid_api_key', SENDGRID)}");
var msg = new SendGridMessage
{
    From = new EmailAddress("${amb('pii.email', 'no-reply@kestrelridge.io')}", "Kestrel Ridge"),
    Subject = "Your invoice is ready",
    PlainTextContent = $"Hi {customer.FirstName}, your invoice {invoice.Number} is attached."
};
msg.AddTo(new EmailAddress(customer.Email));
var response = await client.SendEmailAsync(msg);`)}

response.StatusCode is Accepted but customers don't get the mail. where to look?`),

  rec('chat', f`twilio sms stopped working this morning. account sid ${v('credential.twilio_account_sid', TWILIO_SID)} auth token ${v('credential.twilio_auth_token', TWILIO_TOKEN)}. error 20003. did someone rotate it?`),

  rec('chat_de', f`Kannst du mir sagen, warum der Login bei Hugging Face im Container nicht klappt? Ich mache \`huggingface-cli login --token ${v('credential.huggingface_token', HF)}\` und bekomme trotzdem 401 beim Download von meta-llama/Llama-3.1-8B.`),

  rec('chat_fr', f`Bonjour, je veux exporter une collection Postman via l'API. J'utilise la clé ${v('credential.postman_api_key', POSTMAN)} dans le header X-Api-Key mais j'ai une erreur 401. Tu peux m'écrire la commande curl correcte ?`),

  rec('env_file', f`${amb('source_code.snippet', f`# tools/triage-bot/.env
LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}
LINEAR_TEAM=SUP
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
POLL_INTERVAL=60`)}

write a small node script that labels new Linear issues with an LLM. use the anthropic one by default, groq as fallback`),

  rec('shell', f`$ export VAULT_ADDR=https://vault.kestrelridge.io:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/payments/prod
Error reading secret/data/payments/prod: Error making API request.
Code: 403. Errors:
* permission denied

policy should allow read on secret/data/payments/*, right?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
      - DD_SITE=datadoghq.eu
      - DD_LOGS_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: kr
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Saffron!Mill42')}`)}

agent starts but no container logs show up in datadog`),

  rec('curl', f`Jira API — creating issues works from Postman but not from this:

curl -X POST https://kestrelridge.atlassian.net/rest/api/3/issue \\
  -u ${v('pii.email', 'tomasz.wrobel@kestrelridge.io')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -d @issue.json

response: 400 "Field 'priority' cannot be set"`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-12 09:14:03.221 DEBUG [http-nio-8080-exec-4] c.k.auth.TokenFilter : incoming Authorization: Bearer ${v('credential.jwt', JWT_ADMIN)}
2024-11-12 09:14:03.224 WARN  [http-nio-8080-exec-4] c.k.auth.TokenFilter : token expired at 2024-11-12T10:52:02Z? clock skew 3612s
2024-11-12 09:14:03.225 INFO  [http-nio-8080-exec-4] c.k.web.AccessLog  : GET /api/admin/users 401 4ms`)}

why would a freshly issued token be reported as expired? server is in UTC, laptop CET`),

  rec('postman', f`exported from postman, convert to python requests please:

${amb('source_code.snippet', f`{
  "name": "List reports",
  "request": {
    "method": "GET",
    "header": [
      { "key": "Authorization", "value": "Bearer ${v('credential.bearer_token', BEARER)}" },
      { "key": "Accept", "value": "application/json" }
    ],
    "url": { "raw": "https://api.kestrelridge.io/v2/reports?from=2024-10-01&to=2024-10-31" }
  }
}`)}`),

  rec('jenkins', f`Jenkins job calls our internal API with this header and gets 401 since monday:

Authorization: Basic ${v('credential.basic_auth_header', BASIC)}

did the password for svc_jenkins expire? how do i decode it to check which user it is`, 'only the base64 credential of the Basic header is labelled'),

  rec('chat', f`deploy to the old on-prem box fails with "Load key: invalid format". this is the key from the CI variable:

${v('credential.private_key', RSA)}

is it because it's PKCS#1 and not openssh format?`),

  rec('chat', f`Mon collègue m'a envoyé sa clé pour le bastion, comment je l'ajoute dans ~/.ssh/config avec un alias ?

${v('credential.openssh_private_key', OSSH)}`),

  rec('json_config', f`${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}
~/.docker/config.json on the build agent. pulls are still rate limited as anonymous, why?`),

  rec('chat_es', f`¿Me ayudas con este error? El script de backup hace \`mysql -h ${amb('pii.ip_address', '10.20.4.15')} -u backup -p${v('credential.mysql_cli_password', 'Olivo2023$bk')} ventas < restore.sql\` y dice "Access denied for user 'backup'@'${amb('pii.ip_address', '10.20.4.31')}'". El usuario existe.`),

  rec('code_java', f`${code(f`@Configuration
public class DataSourceConfig {

    @Bean
    public DataSource reportingDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:sqlserver://sql-reporting.kestrel.local:1433;databaseName=Reporting;user=report_svc;password=${v('credential.connection_string_password', 'Brambling7!Quay')};encrypt=true;trustServerCertificate=true");
        cfg.setMaximumPoolSize(10);
        return new HikariDataSource(cfg);
    }
}`)}

pool runs out after a few hours under load. leak somewhere?`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: orders
type: Opaque
data:
  username: b3JkZXJzX2FwcA==
  password: ${v('credential.base64_encoded_token', B64_PG)}`)}

pod logs say password authentication failed for user "orders_app" — did I base64 it wrong?`),

  rec('frontend_config', f`${code(f`import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506284710.ingest.de.sentry.io/4506284719302657`)}",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
});`)}
errors from staging end up in the production project, how do I split them?`),

  rec('chat', f`quick one: in our wiki someone wrote "the admin password for the Grafana on monitoring-01 is ${v('credential.password_in_prose', 'Kingfisher#2291')}". should I just delete that page or is there a better way to handle it?`),

  rec('chat_pt', f`Oi! O script de deploy usa \`sshpass -p '${v('credential.cli_password', 'Jabuticaba!77')}' ssh deploy@app-02\` e o pessoal de segurança reclamou. Qual a alternativa mais simples com chave SSH?`),

  rec('code_go', f`${code(f`func newS3Client() *s3.Client {
	cfg, err := config.LoadDefaultConfig(context.TODO(),
		config.WithRegion("eu-west-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"${v('credential.aws_access_key_id', AKIA2)}",
			"${v('credential.aws_secret_access_key', AWS_SECRET2)}",
			"",
		)),
	)
	if err != nil {
		log.Fatal(err)
	}
	return s3.NewFromConfig(cfg)
}`)}
how to switch this to IAM role from the EC2 instance profile?`),

  rec('chat', f`gitlab ci can't pull from the other project's registry. I'm using a personal token ${v('credential.gitlab_pat', GLPAT)} with read_registry. should it be a deploy token instead?`),

  rec('yaml', f`${amb('source_code.snippet', f`# config/services.yml
google_maps:
  api_key: ${v('credential.google_api_key', GOOGLE)}
reporting_api:
  client_id: kr-reporting
  client_secret: ${v('credential.generic_secret_assignment', fill('b15-clientsec', B62, 40))}
  token_url: https://auth.kestrelridge.io/oauth/token`)}

rails can't read the nested keys, Rails.application.config_for(:services) returns nil for google_maps`),

  rec('chat_it', f`Ciao, devo scrivere una mail al cliente per dargli l'accesso all'area riservata: utente "ferramenta.bassi", password ${v('credential.password_in_prose', 'Tramonto!4821')}. Mi fai una versione cortese e breve?`),

  rec('chat', f`service-to-service call keeps failing. the reporting service sends this token: ${v('credential.jwt', JWT_SVC)} — can you decode it and tell me if the scope looks right?`),

  rec('code_php', f`${code(f`<?php
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => '127.0.0.1',
            'database' => 'shop',
            'username' => 'shop',
            'password' => '${v('credential.password_assignment', 'Hazelnut_2024!')}',
            'charset' => 'utf8mb4',
        ],
    ],
];`)}

laravel migrate says SQLSTATE[HY000] [2002] connection refused, mysql is running in docker`),
];

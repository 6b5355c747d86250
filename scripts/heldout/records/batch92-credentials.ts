/**
 * Held-out batch 92: credentials pasted by staff of an incident-response consultancy, an optical and
 * hearing store chain, a commercial property manager, a newspaper classifieds desk, a pharma
 * cold-chain team and a youth sports federation. Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b92-akia', B32, 16));
const AKIA_SECRET = fill('b92-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b92-akia2', B32, 16));
const AKIA2_SECRET = fill('b92-akia2s', B64, 40);
const GHP = gh('ghp', fill('b92-ghp', B62, 30));
const GHP2 = gh('ghp', fill('b92-ghp2', B62, 30));
const GHPAT = tok('github_pat_', '11B', fill('b92-ghfg1', UPPER + DIGITS, 19), '_', fill('b92-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b92-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5829173046', '1-', '7401928365174-', fill('b92-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b92-sh1', UPPER + DIGITS, 8), '/B07', fill('b92-sh2', UPPER + DIGITS, 8), '/', fill('b92-sh3', B62, 24));
const STRIPE = tok('sk_', 'live_', '51', fill('b92-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b92-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b92-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b92-oai', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b92-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b92-hf', B62, 34));
const GROQ = tok('gsk_', fill('b92-groq', B62, 52));
const GOOGLE = tok('AIza', 'Sy', fill('b92-gapi', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b92-gocspx', B64URL, 28));
const SG = tok('SG.', fill('b92-sg1', B64URL, 22), '.', fill('b92-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b92-mg', HEX, 32));
const TWILIO_SID = tok('AC', fill('b92-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b92-twtok', HEX, 32);
const TELEGRAM = tok('7318402957', ':AA', fill('b92-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248391750284619375', '/', fill('b92-dh', B64URL, 68));
const NPM = gh('npm', fill('b92-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b92-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b92-dckr', B64URL, 27));
const DOCKER_AUTH = b64(`ci-pusher:${fill('b92-dkpw', B62, 20)}`);
const SHPAT = tok('shpat_', fill('b92-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b92-atl', B64URL, 171), '=', fill('b92-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b92-ntn1', DIGITS, 11), fill('b92-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b92-at1', B62, 14), '.', fill('b92-at2', HEX, 64));
const SENTRY_DSN = tok('https://', fill('b92-sdsn', HEX, 32), '@o4507318.ingest.de.sentry.io/4507318264', '11');
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1718203000, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'kestrelguard' })).replace(/=+$/, ''), '_', fill('b92-sntrys', B64, 43));
const GLSA = tok('glsa_', fill('b92-glsa1', B62, 32), '_', fill('b92-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b92-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b92-ddapi', HEX, 32);
const DD_APP = fill('b92-ddapp', HEX, 40);
const VAULT = tok('hvs.', fill('b92-hvs', B62, 90));
const TFC = tok(fill('b92-tfc1', B62, 14), '.atlasv1.', fill('b92-tfc2', B62, 67));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b92-doppler', B62, 40));
const DO = tok('dop_', 'v1_', fill('b92-dop', HEX, 64));
const CF_TOKEN = fill('b92-cft', B62 + '_-', 40);
const OKTA = tok('00', fill('b92-okta', B64URL, 40));
const AZ_STORAGE = fill('b92-azst', B64, 86) + '==';
const AZ_CLIENT = tok(fill('b92-azc1', B62, 3), '8Q~', fill('b92-azc2', B62 + '~._-', 34));
const SAS_SIG = `${fill('b92-sas1', B62, 16)}%2F${fill('b92-sas2', B62, 12)}%2B${fill('b92-sas3', B62, 14)}%3D`;
const ADO_PAT = fill('b92-ado', B32LOWER, 52);
const TENCENT_ID = tok('AKID', fill('b92-akid', B62, 32));
const TENCENT_KEY = fill('b92-tckey', B62, 32);
const ALIBABA_ID = tok('LTAI', '5t', fill('b92-ltai', B62, 18));
const ALIBABA_SECRET = fill('b92-alisec', B62, 30);
const SQUARE = tok('EAAA', fill('b92-square', B64URL, 60));
const LINEAR = tok('lin_api_', fill('b92-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b92-pm1', HEX, 24), '-', fill('b92-pm2', HEX, 34));
const FIGMA = tok('figd_', fill('b92-figd', B64URL, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'courant-classifieds', a: fill('b92-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b92-mbx', B64URL, 22));
const JWT_SVC = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-coldchain-gw', scope: 'telemetry:write shipments:read', iat: 1721380200, exp: 2036740200 }, 'b92-jwt1');
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'lqzvtmbxkrhcnpwaydoe', role: 'service_role', iat: 1719800000, exp: 2035376000 }, 'b92-supa');
const BEARER = fill('b92-bearer', B62 + '-._~', 56);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b92-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b92-rsa', 1190);
const EC = pem('EC PRIVATE KEY', 'b92-ec', 121);
const GCP_PEM = pem('PRIVATE KEY', 'b92-gcp', 1216).replace(/\n/g, '\\n');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b92-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const DATABRICKS = tok('dapi', fill('b92-dapi', HEX, 32));
const XAI = tok('xai-', fill('b92-xai', B62, 80));

const PW = {
  pg: `Tr0mso!${fill('b92-pw1', B62, 9)}`,
  mysql: `Fjord_${fill('b92-pw2', B62, 10)}`,
  mongo: `kq${fill('b92-pw3', B62, 14)}`,
  redis: fill('b92-pw4', B62, 28),
  ldap: `Sv3rige#${fill('b92-pw5', B62, 6)}`,
  wifi: 'Brillen2024Zonnig!',
  pos: 'Oorschelp-7731',
  vpn: `Kt9!${fill('b92-pw6', B62, 10)}`,
  smtp: fill('b92-pw7', B62, 16),
  router: 'Gh0stN3t$Rift',
  cisco: 'Str4ndl1ne!Core',
  mssql: `Ms_${fill('b92-pw8', B62, 12)}`,
  admin: 'Veldhoven#Zuid88',
  ftp: 'kurier-ftp-2291',
  bms: 'BMS_Tower4_ctrl',
  league: 'Ligue2025!Yaounde',
  ua: 'Kyiv_Zhovten_17',
  th: 'Sawasdee@4410',
  kr: 'Haneul#20240917',
};

export const BATCH92_CREDENTIALS: DraftRecord[] = [
  rec('chat_en_za', f`Quick one — we're mid-engagement for a client in Sandton and their IT guy sent us the keys the attacker used. Can you tell me which IAM permissions an access key can enumerate without CloudTrail data events?

aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}

We've already disabled them in the console, just need the theory for the report.`),

  rec('aws_credentials_file', f`Estos son los perfiles que encontré en el portátil comprometido del contable (C:\\Users\\mgarcia\\.aws\\credentials). ¿Cuál de los dos tiene más privilegios según los nombres?

${cfg(f`[default]
region = eu-west-3
output = json

[frigopharm-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = eu-south-2`)}`),

  rec('env_file_nl', f`Kun je deze .env omzetten naar een docker-compose "environment:" blok? Het is voor de advertentie-module van de Noordkaap Courant.

${cfg(f`NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://adverteren:${v('credential.database_url_password', PW.pg)}@db-prod.courant.internal:5432/advertenties
REDIS_URL=redis://:${v('credential.database_url_password', PW.redis)}@cache.courant.internal:6379/0
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
MAPBOX_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)}
LOG_LEVEL=info`)}`),

  rec('github_actions_pt', f`O workflow deixou de publicar a imagem no registo depois de rodarmos o token. Podes ver o que está mal?

${cfg(f`name: build-portal-clientes
on: { push: { branches: [main] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      REGISTRY_USER: otica-ci
      REGISTRY_TOKEN: ${v('credential.dockerhub_pat', DCKR)}
    steps:
      - uses: actions/checkout@v4
      - run: echo "$REGISTRY_TOKEN" | docker login -u "$REGISTRY_USER" --password-stdin
      - run: docker build -t oticavisao/portal:\${{ github.sha }} . && docker push oticavisao/portal:\${{ github.sha }}`)}

Antes usávamos o PAT ${v('credential.github_pat', GHP)} mas o GitHub avisou que ia expirar.`),

  rec('ticket_fr_cm', f`Ticket #YJ-2291 — Fédération des ligues juniors (Yaoundé)
Bonjour, le site des inscriptions ne part plus les SMS de convocation depuis hier soir. Voici la config Twilio qui est dans le serveur :
  TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
  TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
  FROM=LIGUEJUN
Le message d'erreur c'est "20003 Authenticate". Pouvez-vous m'expliquer en termes simples ?`),

  rec('slack_de_ch', f`Chönntisch mir es churzes Python-Skript schriibe, wo d'Temperatur-Alarm vo de Kühlcontainer in Slack postet? Mir händ scho en Webhook:
${v('credential.slack_webhook_url', SLACK_HOOK)}
Und dr Bot-Token für d'Thread-Antworte isch ${v('credential.slack_bot_token', SLACK_BOT)}.
Schwellwert: über 8 °C oder unter 2 °C.`),

  rec('k8s_secret_sv', f`Varför får poddarna CrashLoopBackOff? Secret och deployment nedan (kundportalen för hörapparatservice).

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: horsel-portal
  namespace: butiker
type: Opaque
stringData:
  OPENAI_API_KEY: "${v('credential.openai_api_key', OPENAI)}"
  SENDGRID_API_KEY: "${v('credential.sendgrid_api_key', SG)}"
  DB_PASSWORD: "${v('credential.password_assignment', PW.mysql)}"`)}

Loggen säger bara "exec format error".`),

  rec('chat_is', f`Halló, ég er að setja upp sjálfvirka svörun fyrir smáauglýsingar blaðsins. Þetta er lykillinn frá Anthropic: ${v('credential.anthropic_api_key', ANTHROPIC)} — hvernig set ég hann inn í Python SDK án þess að hann birtist í kóðanum?`),

  rec('ir_notes_en_us', f`IR-2024-0917 working notes (Kestrelguard, client: Harbourline Property Mgmt)

14:02  Found persistence: scheduled task "OneDriveSyncHelper" runs C:\\ProgramData\\upd.ps1
14:10  upd.ps1 pulls stage 2 from attacker-controlled GitHub repo using PAT
       $t = "${v('credential.github_pat', GHP2)}"
14:15  Also hardcoded: Telegram exfil bot ${v('credential.telegram_bot_token', TELEGRAM)}
14:31  Asked client to revoke nothing yet (we want to watch the channel).

Please turn these notes into a timeline table for the interim report.`),

  rec('npmrc', f`npm publish fails with E403 on our internal packages. .npmrc:

${cfg(f`@harbourline:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

The package is @harbourline/lease-calc, version bumped to 2.3.1.`),

  rec('pypirc_tr', f`.pypirc dosyam bu şekilde, twine upload "403 Invalid or non-existent authentication" veriyor. Sorun token'da mı?

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('docker_config', f`Kubelet can't pull from our private registry. I base64-decoded the imagePullSecret and got this:

${cfg(f`{
  "auths": {
    "registry.frigopharm.eu": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('chat_hu', f`Szia! Az újság előfizetési rendszerében a Shopify integráció 401-et dob. Az admin API token: ${v('credential.shopify_access_token', SHPAT)}. A bolt neve: hirlap-elofizetes.myshopify.com. Mi lehet a gond, ha a token friss?`),

  rec('chat_ja', f`Jiraの自動化スクリプトが急に認証エラーになりました。使っているAPIトークンはこれです：
${v('credential.atlassian_api_token', ATLASSIAN)}
ユーザーは it-support@ではなくサービスアカウントです。トークンの有効期限を確認する方法はありますか？`),

  rec('chat_ko', f`리그 일정표를 노션 DB에서 가져오는 스크립트인데 "unauthorized" 에러가 나요.
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
데이터베이스는 통합에 공유해 두었습니다. 뭘 놓쳤을까요?`),

  rec('airtable_pl', f`Mamy bazę zawodników w Airtable i chcę ją codziennie eksportować do CSV. Token: ${v('credential.airtable_pat', AIRTABLE)}, baza appL1gaMlodziez. Napisz mi prosty skrypt w Node, bez zewnętrznych bibliotek.`),

  rec('sentry_ro', f`Salut, am pus Sentry în aplicația de programări pentru magazinele de optică, dar nu apar erorile. DSN-ul din config:
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
și pentru upload-ul de sourcemaps: SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SNTRYS)}
Ce verific prima dată?`),

  rec('grafana_el', f`Καλημέρα, θέλω να φτιάξω dashboard στο Grafana για τις θερμοκρασίες των ψυγείων (2–8 °C). Έχω service account token ${v('credential.grafana_service_account_token', GLSA)} — πώς κάνω POST ένα dashboard JSON μέσω API;`),

  rec('newrelic_datadog_en_gb', f`We're migrating the cold-store monitoring from New Relic to Datadog. Old key: ${v('credential.newrelic_key', NRAK)}
New ones:
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
Can you map our NRQL alert "SELECT average(tempC) FROM Probe WHERE site='Daventry'" to a Datadog monitor query?`),

  rec('vault_cli_ru', f`Коллеги, подскажите: после входа в Vault токен перестаёт работать через час. Вот что я делаю:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.kestrelguard.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/engagements/harbourline`)}

Error: permission denied. Нужно ли продлевать lease?`),

  rec('terraform_uk', f`Привіт! Terraform Cloud пише "unauthorized" при terraform init. У ~/.terraformrc:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Організація: ligue-infra. Що не так?`),

  rec('doppler_digitalocean_id', f`Tolong bantu saya bikin skrip bash untuk backup droplet setiap malam. Token DigitalOcean: ${v('credential.digitalocean_token', DO)}
Secret lain kami simpan di Doppler, service token-nya ${v('credential.doppler_token', DOPPLER)}.
Droplet-nya "gudang-dingin-sby-01".`),

  rec('cloudflare_vi', f`Mình cần tạo bản ghi DNS cho subdomain dangky.lienđoàn qua API Cloudflare. Token (quyền Zone.DNS edit): ${v('credential.cloudflare_api_token', CF_TOKEN)}. Zone ID: 4b7e9c21d08a35f6e1b2c9d0a7f43e18. Viết giúp lệnh curl nhé.`),

  rec('okta_fi', f`Hei! Yritän listata Okta-käyttäjät, joilla on MFA pois päältä. API-token: SSWS ${v('credential.okta_api_token', OKTA)}
Domain: harbourline.okta.com. Miten sivutus toimii /api/v1/users -kutsussa?`),

  rec('azure_storage_de', f`Hallo, unser Azure-Blob-Upload für die Lieferscheine schlägt fehl. Connection-String aus der App-Konfiguration:

DefaultEndpointsProtocol=https;AccountName=frigopharmdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Fehlermeldung: "Server failed to authenticate the request". Woran kann das liegen?`),

  rec('azure_sas_it', f`Ho generato questo link SAS per far scaricare al cliente il report forense, ma dice "Signature did not match":
https://kgforensics.blob.core.windows.net/reports/IR-0917-final.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-10-01T18:00:00Z&st=2024-09-20T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Cosa ho sbagliato?`),

  rec('azure_sp_cs', f`Potřebuju přihlásit service principal v GitHub Actions. Mám:
AZURE_CLIENT_ID=6d2f8a41-93be-4c07-b58e-1a7f0c39d2e6
AZURE_TENANT_ID=0b9e3c74-52a1-4f8d-a6c3-e71d28b94f05
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
Jak to zapsat jako secrets a použít s azure/login@v2?`),

  rec('ado_pat_sk', f`Pipeline v Azure DevOps padá pri git clone submodulu. Použil som PAT ${v('credential.azure_devops_pat', ADO_PAT)} v URL, je to správne? https://dev.azure.com/realitna-sprava/portal/_git/najomnici`),

  rec('tencent_zh', f`帮我写一个Python脚本，用腾讯云COS把每天的冷链温度日志上传。
SecretId: ${v('credential.tencent_secret_id', TENCENT_ID)}
SecretKey: ${v('credential.generic_secret_assignment', TENCENT_KEY)}
Bucket: coldchain-logs-1318402957，地域 ap-guangzhou。`),

  rec('alibaba_zh_tw', f`我們的門市預約系統放在阿里雲，OSS 上傳一直 403。設定如下：
accessKeyId: ${v('credential.alibaba_access_key_id', ALIBABA_ID)}
accessKeySecret: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}
是權限問題還是簽名問題？`),

  rec('square_tl', f`Pakitingnan po itong code namin sa POS ng optical shop sa Cebu, hindi pumapasok ang bayad sa Square:
SQUARE_ACCESS_TOKEN=${v('credential.square_access_token', SQUARE)}
location: LQ8R2M0T5XK7A. Salamat po!`),

  rec('linear_postman_en_nz', f`Kia ora — I'm wiring Linear issues to our Postman monitors for the IR retainer dashboard. Linear key ${v('credential.linear_api_key', LINEAR)}, Postman ${v('credential.postman_api_key', POSTMAN)}. How do I create an issue from a failed monitor run?`),

  rec('figma_hf_ms', f`Saya nak automasikan eksport ikon dari Figma ke repo kedai optik kami. Token Figma: ${v('credential.figma_token', FIGMA)}. Lepas tu saya nak guna model kecil di Hugging Face untuk alt-text, token ${v('credential.huggingface_token', HF)}. Boleh beri contoh skrip?`),

  rec('groq_xai_sw', f`Habari, ninajaribu kulinganisha majibu ya Groq na xAI kwa kuandika matangazo madogo ya gazeti kwa Kiswahili.
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
XAI_API_KEY=${v('credential.xai_api_key', XAI)}
Niandikie script ya Python inayotuma prompt moja kwa zote mbili.`),

  rec('google_oauth_es_mx', f`Oye, el login con Google de la app de la liga infantil marca "invalid_client". En el config tengo:
client_id: 731940285516-k3v9q2m7h1p8t4x6n0b5c2d8f7a1e3g9.apps.googleusercontent.com
client_secret: ${v('credential.google_oauth_client_secret', GOCSPX)}
y la llave de Maps ${v('credential.google_api_key', GOOGLE)}. ¿Qué reviso?`),

  rec('mailgun_es_ve', f`Buenas, pana. El sistema de clasificados del periódico manda los avisos por Mailgun y ahora rebota todo. MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}, dominio mg.diariodellano.com.ve. ¿Puede ser el DNS?`),

  rec('discord_hook_fr_be', f`Pour le club de foot des U13 on veut poster les résultats dans Discord automatiquement. L'URL du webhook : ${v('credential.discord_webhook_url', DISCORD_HOOK)} — tu peux m'écrire un petit script Google Apps Script qui poste à partir de la feuille "Résultats" ?`),

  rec('stripe_rk_fr_qc', f`Allo, pour le module d'abonnements du journal, j'ai créé une clé restreinte ${v('credential.stripe_restricted_key', STRIPE_RK)} avec juste "Subscriptions: write". Est-ce que ça suffit pour annuler un abonnement avec prorata?`),

  rec('databricks_no', f`Hei, jeg prøver å koble Power BI til Databricks for kjølekjede-rapportene. Host: adb-4820193746152.8.azuredatabricks.net, token ${v('credential.databricks_token', DATABRICKS)}. Får "Invalid access token". Hva sjekker jeg?`),

  rec('ssh_key_en_ph', f`Hi! Our junior dev pasted this into the deploy server but ssh still says "invalid format". Is the key broken?

${v('credential.openssh_private_key', OSSH)}

Server is Ubuntu 22.04, user deploy.`),

  rec('rsa_key_ar_sa', f`السلام عليكم، هذا المفتاح الخاص لشهادة بوابة الدفع في نظام إدارة العقارات، أحتاج تحويله إلى صيغة PKCS#8 لأن المكتبة الجديدة لا تقبله:

${v('credential.private_key', RSA)}

ما هو أمر openssl المناسب؟`),

  rec('ec_key_he', f`המפתח הזה שייך ל-IoT gateway במשאית הקירור. צריך לדעת איזו עקומה זו (P-256?) לפני שמעלים אותו ל-AWS IoT:

${v('credential.private_key', EC)}`),

  rec('gcp_sa_json', f`Cloud Run can't read from BigQuery with this service account — "Access Denied: Project frigopharm-telemetry". Key file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "frigopharm-telemetry",
  "private_key_id": "${fill('b92-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'bq-reader@frigopharm-telemetry.iam.gserviceaccount.com')}",
  "client_id": "104829175036481920375",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-reader%40frigopharm-telemetry.iam.gserviceaccount.com')}"
}`))}`),

  rec('jwt_bearer_curl', f`Why does the telemetry gateway return 401 for this?

${amb('source_code.snippet', f`curl -X POST https://gw.frigopharm.eu/v2/readings \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_SVC)}" \\
  -H "Content-Type: application/json" \\
  -d '{"probe":"TRK-0448-R2","tempC":5.8}'`)}`),

  rec('supabase_pt_br', f`Galera, no app da federação de futsal sub-15 a gente usa Supabase. Coloquei a service_role no front por engano?
const supabase = createClient("https://lqzvtmbxkrhcnpwaydoe.supabase.co", "${v('credential.jwt', JWT_SUPA)}")
Se sim, como faço pra rotacionar sem derrubar o app?`),

  rec('api_bearer_af', f`Hallo, ek probeer die eiendomsbestuur-API van ons verskaffer te roep. Hulle het gesê ek moet hierdie opskrif gebruik:
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
maar ek kry 403. Kan jy 'n PowerShell-voorbeeld gee?`),

  rec('age_key_et', f`Tere! Krüpteerime intsidendi tõendusmaterjali age'iga. Kas see võtmefail on õiges vormingus?
# created: 2024-09-18T10:42:11+03:00
# public key: age1${fill('b92-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}`),

  rec('mysql_cli_lt', f`Sveiki, reikia padaryti atsarginę kopiją iš seno serverio. Bandau taip, bet meta klaidą:
${amb('source_code.snippet', f`mysqldump -h ${amb('pii.ip_address', '10.40.2.15')} -u skelbimai -p${v('credential.mysql_cli_password', PW.mysql + 'x')} skelbimu_db > backup.sql`)}
ERROR 2059: Authentication plugin 'caching_sha2_password' cannot be loaded`),

  rec('mongo_uri_bg', f`Здравейте, приложението за записване на деца в лигата не се свързва с MongoDB Atlas:
MONGO_URI=mongodb+srv://liga_app:${v('credential.database_url_password', PW.mongo)}@cluster0.x7kqp.mongodb.net/registrations?retryWrites=true&w=majority
Грешката е "bad auth: authentication failed". Паролата съдържа ли символи, които трябва да се кодират?`),

  rec('mssql_conn_hr', f`Bok, aplikacija za održavanje zgrada ne može se spojiti na bazu nakon migracije:
"ConnectionStrings": { "Odrzavanje": "Server=sql-zg01.harbourline.local;Database=Odrzavanje;User Id=app_odrz;Password=${v('credential.connection_string_password', PW.mssql)};TrustServerCertificate=True" }
Greška: Login failed for user 'app_odrz'.`),

  rec('cisco_config_sq', f`Përshëndetje, ky është konfigurimi i ruterit të dyqanit në Tiranë, pas incidentit. A ka ndonjë gjë të dyshimtë?

${cfg(f`hostname OPT-TIR-01
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b92-c9a', B62 + './', 14), '$', fill('b92-c9b', B62 + './', 43)))}
username admin privilege 15 password 0 ${v('credential.network_device_secret', PW.cisco)}
snmp-server community ${v('credential.network_device_secret', 'opt1ka-rw-77')} RW
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '192.168.40.1')} 255.255.255.0`)}`),

  rec('wifi_password_nl_fy', f`Wolsto in koarte ynstruksje skriuwe foar it nije personiel yn de brillewinkel yn Ljouwert? Wifi-namme: Optyk-Winkel, wachtwurd: ${v('credential.password_in_prose', PW.wifi)}. De kassa-PC hat in oar wachtwurd, dat jout de bedriuwslieder.`),

  rec('chat_password_hi', f`नमस्ते, हमारे कोल्ड-चेन गोदाम के VPN में लॉगिन नहीं हो रहा। यूज़रनेम rkumar.wh है और मेरा पासवर्ड ${v('credential.password_in_prose', PW.vpn)} है, फिर भी "authentication failed" आता है। क्या FortiClient में कोई सेटिंग बदलनी होगी?`),

  rec('user_pass_pair_th', f`ช่วยเขียนอีเมลแจ้งพนักงานใหม่สาขาเชียงใหม่หน่อยค่ะ ว่าเข้าระบบนัดหมายตรวจสายตาได้ที่ https://booking.vistaaudio.co.th
บัญชี: cnx.frontdesk / ${v('credential.user_password_pair', PW.th)}
และให้เปลี่ยนรหัสผ่านหลังเข้าครั้งแรก`),

  rec('ftp_url_de', f`Die Druckerei holt die Kleinanzeigen-PDFs jede Nacht per FTP ab. Kannst du das in ein Skript mit lftp übersetzen?
ftp://anzeigen:${v('credential.url_password', PW.ftp)}@ftp.kurier-verlag.de/ausgabe/
Ziel: /srv/druck/eingang`),

  rec('smtp_ini_uk', f`Розсилка про продовження передплати не йде. Ось config.ini:
${cfg(f`[smtp]
host = smtp.gazeta-rivne.ua
port = 587
user = peredplata
password = ${v('credential.password_assignment', PW.ua)}
starttls = yes`)}
Лог: 535 5.7.8 Authentication credentials invalid.`),

  rec('bms_kk_tw', f`大廈的BMS控制器要改NTP伺服器，廠商給我們的管理員帳號是 bmsadmin，密碼 ${v('credential.password_in_prose', PW.bms)}。請幫我寫一份給保全公司的交接說明（繁體中文）。`),

  rec('ko_password_statement', f`관리자 계정 비밀번호를 잊어버려서 재설정했는데요, 새 비밀번호는 ${v('credential.password_in_prose', PW.kr)} 입니다. 이거 보안 규칙(12자 이상, 특수문자 포함)에 맞는지 봐주세요.`),

  rec('basic_auth_az', f`Salam! Klub qeydiyyatı API-si üçün belə sorğu göndərirəm, amma 401 alıram:
${amb('source_code.snippet', f`curl -H "Authorization: Basic ${v('credential.basic_auth_header', b64(`liga-api:${PW.league}`))}" https://api.genclik-liqasi.az/v1/komandalar`)}
Base64-da səhv var?`),

  rec('langchain_gh_fgpat', f`Our IR tooling repo uses a fine-grained PAT for the triage bot (read-only on issues). Is this scope enough to add labels? Token: ${v('credential.github_fine_grained_pat', GHPAT)}; GitLab mirror token ${v('credential.gitlab_pat', GLPAT)}.`),
];

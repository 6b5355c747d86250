/**
 * Held-out batch 97: credentials pasted by a fishing fleet and fish auction, a home-care nursing
 * agency, a brokerage compliance team, a game studio's live-ops, a steel mill's maintenance
 * department and a transit lost-and-found office. Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA1 = tok('AKIA', fill('b97-akia1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_S1 = fill('b97-awss1', B64, 40);
const AKIA2 = tok('AKIA', fill('b97-akia2', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_S2 = fill('b97-awss2', B64, 40);
const GHP1 = gh('ghp', fill('b97-ghp1', B62, 30));
const GHP2 = gh('ghp', fill('b97-ghp2', B62, 30));
const GH_FG = tok('github_pat_', '11B', fill('b97-ghfg1', UPPER + DIGITS, 19), '_', fill('b97-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b97-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '7291048365', '2-', '7302948172635-', fill('b97-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T06', fill('b97-sh1', UPPER + DIGITS, 8), '/B07', fill('b97-sh2', UPPER + DIGITS, 8), '/', fill('b97-sh3', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b97-sklive', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b97-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b97-whsec', B62, 32));
const OPENAI = tok('sk-', 'proj-', fill('b97-oai1', B64URL, 74), 'T3BlbkFJ', fill('b97-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b97-ant', B64URL, 93), 'AA');
const SENDGRID = tok('SG.', fill('b97-sg1', B64URL, 22), '.', fill('b97-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b97-twsid', HEX, 32));
const TW_TOKEN = fill('b97-twtok', HEX, 32);
const TELEGRAM = tok('7318520946', ':AA', fill('b97-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249083716254019584', '/', fill('b97-dwh', B64URL, 68));
const DISCORD_BOT = tok(b64('1198237465019283746').replace(/=+$/, ''), '.', fill('b97-db1', B64URL, 6), '.', fill('b97-db2', B64URL, 38));
const GOOGLE = tok('AIza', 'Sy', fill('b97-gapi', B64URL, 33));
const SENTRY_DSN = tok('https://', fill('b97-sentry', HEX, 32), '@o4507183.ingest.de.sentry.io/4507291834');
const DD_API = fill('b97-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b97-vault', B62, 90));
const MAILGUN = tok('key-', fill('b97-mg', HEX, 32));
const AZ_STORAGE = fill('b97-azst', B64, 86) + '==';
const AZ_SECRET = tok(fill('b97-azs1', B62, 3), '8Q~', fill('b97-azs2', B62 + '_-.~', 31));
const DATABRICKS = tok('dapi', fill('b97-dbx', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b97-do', HEX, 64));
const LINEAR = tok('lin_api_', fill('b97-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b97-pm1', HEX, 24), '-', fill('b97-pm2', HEX, 34));
const SHOPIFY = tok('shpat_', fill('b97-shp', HEX, 32));
const HF = tok('hf_', fill('b97-hf', B62, 34));
const GROQ = tok('gsk_', fill('b97-groq', B62, 52));
const NPM = gh('npm', fill('b97-npm', B62, 30));
const DCKR = tok('dckr_', 'pat_', fill('b97-dckr', B64URL, 27));
const NRAK = tok('NRAK-', fill('b97-nrak', UPPER + DIGITS, 27));
const CF_TOKEN = fill('b97-cf', B62 + '_-', 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b97-atl', B64URL, 171), '=', fill('b97-atl2', HEX.toUpperCase(), 8));
const PSCALE = tok('pscale_', 'pw_', fill('b97-pscale', B64URL, 43));
const GLSA = tok('glsa_', fill('b97-glsa1', B62, 32), '_', fill('b97-glsa2', HEX, 8));
const RSA = pem('RSA PRIVATE KEY', 'b97-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b97-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC = pem('EC PRIVATE KEY', 'b97-ec', 121);
const JWT1 = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'pilot-ops-04', role: 'liveops_admin', iat: 1781002211, exp: 1781088611 }, 'b97-jwt1');
const JWT2 = jwt({ alg: 'RS256', kid: 'care-2026' }, { sub: 'nurse:4471', scope: 'visits:write', iss: 'https://auth.hjemmepleie-nord.no', exp: 1786100000 }, 'b97-jwt2');
const BEARER = fill('b97-bearer', B62, 48);
const BASIC = b64('auktion-feed:Torsk#Vaag2026');
const GCP_PEM = pem('PRIVATE KEY', 'b97-gcp', 1216);
const SA_EMAIL = 'catch-reports@vaagar-fleet-prod.iam.gserviceaccount.com';

export const BATCH97_CREDENTIALS: DraftRecord[] = [
  rec('chat_en_nl', f`Me son set up the landing-report uploader on the boat laptop an' now the skipper says it stops every night. This is what's in ~/.aws/credentials, b'y:

${cfg(f`[fleet-upload]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA1)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_S1)}
region = ca-central-1`)}

Can ye tell me why the cron job says "InvalidAccessKeyId" only after midnight? We're out of Bonavista.`),

  rec('env_no', f`Hei! Appen for fangstdagbok krasjer når den skal laste opp til S3. Her er .env-filen fra båten «Havbris»:

${cfg(f`APP_ENV=production
S3_BUCKET=fangst-dagbok-prod
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA2)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_S2)}
AWS_REGION=eu-north-1
VMS_POLL_SECONDS=300`)}

Feilen er «SignatureDoesNotMatch». Har vi byttet om nøklene?`),

  rec('chat_fo', f`Hey, eg havi gjørt eitt script sum flytur uppboðsdáta til GitHub. Tokenin er ${v('credential.github_pat', GHP1)} — men push verður avvíst við "403". Hvat er skeivt? Repo'ið er private og eigarin er Vágs Fiskauktión.`),

  rec('ci_is', f`Ég er að setja upp GitHub Actions fyrir uppboðskerfið. Þetta er workflow-ið:

${cfg(f`name: deploy-uppbod
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: ${v('credential.github_fine_grained_pat', GH_FG)}
      NODE_ENV: production
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run deploy`)}

Ég veit að það á ekki að setja token beint í skrána — hvernig færi ég það í secrets?`),

  rec('chat_sv', f`Vår GitLab-runner på valsverket vägrar klona repot för underhållssystemet. Jag testade med personlig token ${v('credential.gitlab_pat', GLPAT)} i URL:en och det funkar lokalt men inte i pipelinen. Någon idé?`),

  rec('slack_bot_en_gh', f`Good morning, please help. Our live-ops bot in Accra no longer posts the daily event summary. Code is below:

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', XOXB)}")

def post_event_summary(event_name, dau, revenue):
    text = f"*{event_name}* — DAU {dau:,} — revenue ${'$'}{revenue:,.0f}"
    client.chat_postMessage(channel="#liveops-daily", text=text)`)}
\`\`\`

Error says "not_in_channel". Thank you.`),

  rec('alert_cfg_de', f`Kannst du mir sagen, warum die Alarme von der Walzstraße nicht mehr im Slack landen? Alertmanager-Konfig:

${cfg(f`receivers:
  - name: instandhaltung-walzwerk
    slack_configs:
      - api_url: ${v('credential.slack_webhook_url', SLACK_HOOK)}
        channel: '#instandhaltung'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} an {{ .CommonLabels.anlage }}'`)}

Seit dem Update auf 0.27 kommt nichts mehr an.`),

  rec('chat_es_cl', f`oye, el pago de la tienda del juego no funciona en producción. En Santiago probamos con la clave ${v('credential.stripe_secret_key', SK_LIVE)} y el webhook secret ${v('credential.stripe_webhook_secret', WHSEC)}, pero los eventos llegan con "No signatures found matching the expected signature". ¿Qué estamos haciendo mal, cachai?`),

  rec('chat_pt_br', f`Preciso limitar o acesso do sistema de devoluções de passes de transporte. Criei a chave restrita ${v('credential.stripe_restricted_key', RK_LIVE)} só com permissão de refunds. Isso basta ou preciso também de leitura em charges?`),

  rec('code_ts_ko', f`라이브옵스 공지 번역 자동화 코드인데 가끔 429가 나요. 재시도 로직 좀 봐주세요.

\`\`\`ts
${code(f`import OpenAI from 'openai';

const client = new OpenAI({ apiKey: '${v('credential.openai_api_key', OPENAI)}' });

export async function translateNotice(text: string, lang: string): Promise<string> {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: \`Translate to \${lang}: \${text}\` }],
  });
  return res.choices[0]?.message.content ?? '';
}`)}
\`\`\``),

  rec('chat_ja', f`介護記録の要約ツールでAnthropicのAPIを使っています。キーは ${v('credential.anthropic_api_key', ANTHROPIC)} です。利用者の個人情報を送る前にマスキングしたいのですが、良い方法はありますか？`),

  rec('env_fr_sn', f`Bonjour, le service d'envoi des avis de visite pour l'agence de soins à domicile à Dakar ne part plus. Voici notre fichier de config :

${cfg(f`MAIL_DRIVER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'visites@soins-teranga.sn')}
SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}`)}

Les SMS partent, mais pas les e-mails. Merci de m'aider.`),

  rec('chat_ru', f`Сделал телеграм-бота для бюро находок метрополитена — пассажиры пишут, что потеряли, бот ищет в базе. Токен бота: ${v('credential.telegram_bot_token', TELEGRAM)}. Почему getUpdates возвращает 409 Conflict?`),

  rec('chat_tl', f`Pa-check naman po ng webhook namin sa Discord para sa player-support alerts: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — hindi na lumalabas yung embeds simula kahapon. Salamat po!`),

  rec('code_js_vi', f`Bot Discord cho cộng đồng game bị ngắt kết nối liên tục. Đây là file index.js:

\`\`\`js
${code(f`const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.on('ready', () => console.log(\`Logged in as \${client.user.tag}\`));
client.on('messageCreate', (msg) => {
  if (msg.content === '!status') msg.reply('Máy chủ đang hoạt động bình thường.');
});

client.login('${v('credential.discord_bot_token', DISCORD_BOT)}');`)}
\`\`\``),

  rec('chat_it', f`Nella mappa delle fermate per gli oggetti smarriti usiamo Google Maps. La chiave ${v('credential.google_api_key', GOOGLE)} è finita per sbaglio nel JavaScript pubblico: come la restringo ai soli referrer del nostro dominio?`),

  rec('sentry_pl', f`Sentry nie zbiera błędów z aplikacji dla opiekunek. W main.dart mamy:

\`\`\`dart
${code(f`Future<void> main() async {
  await SentryFlutter.init(
    (options) {
      options.dsn = '${v('credential.sentry_dsn', SENTRY_DSN)}';
      options.tracesSampleRate = 0.2;
      options.environment = 'produkcja';
    },
    appRunner: () => runApp(const OpiekaApp()),
  );
}`)}
\`\`\`

Co może być nie tak?`),

  rec('helm_cs', f`Datadog agent v ocelárně neposílá metriky z kompresorů. values.yaml:

${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
  clusterName: huta-udrzba
  logs:
    enabled: true
    containerCollectAll: false`)}

Pod je v CrashLoopBackOff, log říká "API Key invalid".`),

  rec('shell_hu', f`A compliance csapat Vault-ot használ a brókerkódokhoz. Ezt futtattam:

${cfg(f`$ export VAULT_ADDR=https://vault.compliance.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/brokers/feed`)}

és "permission denied" jön. Rossz a policy?`),

  rec('chat_ro', f`Am nevoie să trimit notificări pentru obiecte găsite în autobuze prin Mailgun. Cheia e ${v('credential.mailgun_api_key', MAILGUN)}, domeniul obiecte.transport-cluj.ro. Cum fac un request cu curl?`),

  rec('config_tr', f`Çelik fabrikasındaki bakım fotoğraflarını Azure Blob'a yüklüyoruz ama upload yarıda kesiliyor. appsettings.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=bakimfoto;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "vals-hatti-2"
  },
  "AzureAd": {
    "TenantId": "3c8e5a14-7f02-4d9b-a6e1-0b92c47d8f35",
    "ClientId": "9d1f4b70-2e6a-4c83-b5d9-71a0e3f6c248",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  }
}`)}`),

  rec('chat_nl', f`Onze compliance-analisten draaien notebooks in Databricks voor handelsbewaking. Ik wil de token ${v('credential.databricks_token', DATABRICKS)} uit het notebook halen en in een secret scope zetten. Hoe doe ik dat stap voor stap?`),

  rec('tf_da', f`Terraform til auktionens servere fejler ved plan:

\`\`\`hcl
${code(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "auktion" {
  image  = "ubuntu-24-04-x64"
  name   = "fiskeauktion-01"
  region = "ams3"
  size   = "s-2vcpu-4gb"
}`)}
\`\`\`

Fejl: "Unable to authenticate you". Tokenet er nyt.`),

  rec('chat_en_in', f`Kindly check, the Linear integration for player-support tickets is failing. We are using API key ${v('credential.linear_api_key', LINEAR)} in the Zapier step. It was working till yesterday only. Please revert asap.`),

  rec('postman_es_pe', f`Estoy exportando la colección de la API de reclamos de pasajes. Para el CLI de Postman uso:

${cfg(f`postman login --with-api-key ${v('credential.postman_api_key', POSTMAN)}`)}

¿Se puede guardar en el CI de forma segura?`),

  rec('chat_id', f`Toko merchandise game kami di Shopify. Token admin ${v('credential.shopify_access_token', SHOPIFY)} dipakai di skrip sinkron stok. Apakah token ini bisa dibatasi hanya baca produk?`),

  rec('chat_fi', f`Lataan terästehtaan kunnossapidon vikaraporttien luokittelumallia Hugging Facesta. Käytän tokenia ${v('credential.huggingface_token', HF)} mutta saan 401:n yksityisestä reposta. Pitääkö tokenilla olla write-oikeus?`),

  rec('chat_et', f`Groq API võti on ${v('credential.groq_api_key', GROQ)}; kasutame seda hooldusjuhendite kokkuvõteteks. Kas saan piirata kulusid päeva kohta?`),

  rec('npmrc_lv', f`Privātās npm pakotnes spēles klientam neinstalējas. .npmrc:

${cfg(f`@kaijustudio:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Kļūda: E404 Not Found.`),

  rec('chat_lt', f`Docker Hub prisijungimas CI serveryje nepavyksta:

${cfg(f`docker login -u plienas-maint -p ${v('credential.dockerhub_pat', DCKR)}`)}

Kodėl gaunu "unauthorized: incorrect username or password"?`),

  rec('newrelic_sk', f`New Relic v oceliarni: používame user key ${v('credential.newrelic_key', NRAK)} pre NerdGraph dopyty o prestojoch valcovacej trate. Ako ho zmeniť na license key pre agenta?`),

  rec('chat_hr', f`Cloudflare API token za stranicu izgubljenih stvari javnog prijevoza: ${v('credential.cloudflare_api_token', CF_TOKEN)} — trebam dodati DNS zapis za novi poddomenu nadjeno.zet-demo.hr, ali dobivam 403.`),

  rec('chat_sl', f`Jira avtomatizacija za vzdrževalne naloge ne deluje. Uporabnik: ${v('pii.email', 'vzdrzevanje@jeklarna-demo.si')}, API token ${v('credential.atlassian_api_token', ATLASSIAN)}. Ali je treba token obnoviti vsako leto?`),

  rec('dburl_sq', f`Kam problem me lidhjen me bazën e të dhënave për ankandin e peshkut në Durrës:

${cfg(f`DATABASE_URL=mysql://ankand_app:${v('credential.database_url_password', PSCALE)}@aws.connect.psdb.cloud/ankand?sslaccept=strict`)}

Del "Access denied". A duhet ta rigjeneroj fjalëkalimin?`),

  rec('grafana_el', f`Θέλω να φτιάξω dashboard για τους συμπιεστές του χαλυβουργείου στο Grafana μέσω API. Service account token: ${v('credential.grafana_service_account_token', GLSA)}. Πώς κάνω import ένα JSON dashboard με curl;`),

  rec('pem_uk', f`Не можу підключитися по SSH до сервера аукціону риби. Ключ виглядає так:

${v('credential.openssh_private_key', OPENSSH)}

ssh каже "invalid format". Він пошкоджений?`),

  rec('pem_bg', f`Сертификатът за портала на брокерите изтича. Това ли е ключът, който трябва да сложа в nginx?

${v('credential.private_key', RSA)}

И къде точно отива — ssl_certificate_key?`),

  rec('k8s_sr', f`Helm chart za lovačku igru (live-ops backend) ne može da pročita TLS ključ. Secret:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: liveops-tls
type: kubernetes.io/tls
stringData:
  tls.key: |
    ${v('credential.private_key', EC.split('\n').join('\n    '))}`)}`, 'indented EC key inside k8s Secret'),

  rec('jwt_en_ph', f`Hi po, live-ops dashboard keeps saying session expired. I copied the token from devtools: ${v('credential.jwt', JWT1)} — can you decode and tell me when it expires?`),

  rec('http_no', f`API-et for besøksregistrering i hjemmesykepleien svarer 403. Forespørselen:

${cfg(f`POST /api/v2/visits HTTP/1.1
Host: api.hjemmepleie-nord.no
Authorization: Bearer ${v('credential.jwt', JWT2)}
Content-Type: application/json

{"clientId": 88213, "start": "2026-11-04T08:15:00+01:00", "tasks": ["medisin", "stell"]}`)}`),

  rec('curl_ar_ma', f`عافاك شوف هاد الطلب، كنحاول نجيب لائحة المسافرين المخالفين من API ديال الترامواي:

${cfg(f`curl -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
     https://api.tram-casa-demo.ma/v1/fare-evasion/cases?from=2026-10-01`)}

كيرجع 401 ديما.`),

  rec('basic_de_ch', f`Grüezi, dä Import vo de Uktionspriis chunnt nöd. Im Log staht:

${cfg(f`GET /feed/preise.csv HTTP/1.1
Host: auktion-feed.fischhalle-demo.ch
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}`)}

Isch dä Header falsch codiert?`),

  rec('gcp_sa_en_sc', f`Aye, the BigQuery export for the catch data has stopped. Here's the key file we're using (I know, I know):

${cfg(f`${amb('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "vaagar-fleet-prod",
  "private_key_id": "${fill('b97-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.gcp_service_account_key', GCP_PEM.replace(/\n/g, '\\n'))}",
  "client_email": "${amb('pii.email', SA_EMAIL)}",
  "client_id": "104829375610284736152",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'catch-reports%40vaagar-fleet-prod.iam.gserviceaccount.com')}"
}`)}`)}

Error is "invalid_grant: Invalid JWT Signature".`, 'PEM labelled as gcp key; whole JSON as ambiguous code'),

  rec('pw_prose_is', f`Halló, ég gleymdi hvort ég breytti lykilorðinu á vigtartölvunni í löndunarhöfninni. Gamla lykilorðið mitt var ${v('credential.password_in_prose', 'Ysa!Grindavik77')} — geturðu skrifað tölvupóst til tæknimannsins þar sem ég bið hann að endurstilla það?`),

  rec('pw_prose_es_ic', f`Mi niña, el programa de la lonja de Arguineguín me pide otra vez la contraseña. La mía es ${v('credential.password_in_prose', 'Cherne2026+Lonja')} y ya no me deja entrar. ¿Le escribo al informático o me espero al lunes?`),

  rec('pw_assign_pt_az', f`O portátil da traineira tem um ficheiro config.ini com isto:

${cfg(f`[vms]
servidor = vms.pescas-acores-demo.pt
utilizador = traineira_sao_jorge
password = ${v('credential.password_assignment', 'Atum!Horta_19')}
intervalo = 600`)}

Isto é seguro? O mestre partilha o portátil com a tripulação.`),

  rec('user_pw_sw', f`Habari, naomba msaada kuandika barua pepe kwa wauguzi wapya. Wataingia kwenye mfumo wa ziara za nyumbani kwa jina la mtumiaji muuguzi.amina na nenosiri la muda ${v('credential.password_in_prose', 'Karibu#2026Nyumbani')}. Waambie walibadilishe siku ya kwanza.`),

  rec('cisco_en_us', f`Steel mill plant-floor switch config, trying to figure out why SSH fails from the maintenance VLAN:

${cfg(f`hostname MILL-SW-HOTSTRIP-02
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b97-c9a', B64URL.replace(/[-_]/g, '.'), 14), '$', fill('b97-c9b', B64URL.replace(/[-_]/g, '/'), 43)))}
username maint privilege 15 password 0 ${v('credential.network_device_secret', 'Rolls!Hot5trip')}
!
interface Vlan40
 description MAINT-LAPTOPS
 ip address ${amb('pii.ip_address', '10.40.12.1')} 255.255.255.0
!
line vty 0 4
 transport input ssh
 login local`)}`),

  rec('mysql_cli_kk', f`Болат зауытындағы техникалық қызмет базасына қосыла алмаймын. Мына команданы орындаймын:

${cfg(f`mysql -h ${amb('pii.ip_address', '192.168.30.14')} -u maint_report -p${v('credential.mysql_cli_password', 'Domna_Pech7')} techservice`)}

"ERROR 1045 (28000): Access denied" шығады.`),

  rec('conn_str_hi', f`हमारी ब्रोकरेज कंप्लायंस टीम का ट्रेड-सर्विलांस जॉब SQL Server से कनेक्ट नहीं हो रहा। कनेक्शन स्ट्रिंग यह है:

${cfg(f`Server=tcp:surveil-sql.brokerage-demo.in,1433;Database=TradeAlerts;User ID=svc_surveil;Password=${v('credential.connection_string_password', 'Nifty@50Sebi!')};Encrypt=True;`)}

Error: "Login failed for user". क्या पासवर्ड एक्सपायर हो गया?`),

  rec('url_pw_th', f`ระบบแจ้งของหายของรถไฟฟ้าดึงไฟล์จาก FTP ไม่ได้ ลิงก์ที่ใช้คือ ftp://lostfound:${v('credential.url_password', 'Khong#Hai2569')}@files.transit-demo.go.th/exports/ ช่วยดูว่าต้องเข้ารหัสตัวอักษร # ไหม`),

  rec('generic_secret_ms', f`Konfigurasi webhook untuk sistem lelong ikan di Kuala Terengganu:

${cfg(f`WEBHOOK_URL=https://lelong-ikan-demo.my/hooks/harga
WEBHOOK_SIGNING_SECRET=${v('credential.generic_secret_assignment', fill('b97-gensec', B62, 40))}
RETRY_MAX=5`)}

Bagaimana nak sahkan tandatangan HMAC dalam Node?`),

  rec('chat_mn', f`Бидний тоглоомын серверийн админ панелийн нууц үг: ${v('credential.password_in_prose', 'Khaan$Steppe88')}. Үүнийг хэрхэн аюулгүй хадгалах вэ? Одоо Excel файлд хадгалдаг.`),

  rec('sessions_he', f`בצוות הציות אנחנו מתחברים לשרת הארכיון של ההקלטות. הסיסמה של חשבון השירות היא ${v('credential.password_in_prose', 'Tzion!Archive2026')} ואני צריך לכתוב נוהל החלפת סיסמה רבעוני. תעזור לי לנסח?`),

  rec('putty_fa', f`برای اتصال به سرور بازی از PuTTY استفاده می‌کنم. فایل ppk این شکلی است، مشکلش چیست؟

${v('credential.putty_private_key', `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: liveops-tehran
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b97-ppkpub', B64, 43)}
${fill('b97-ppkpub2', B64, 20)}
Private-Lines: 1
AAAAI${fill('b97-ppkpriv', B64, 39)}=
Private-MAC: ${fill('b97-ppkmac', HEX, 64)}`)}`),

  rec('chat_zh_tw', f`我們客服後台要串接 Twilio 發送驗證簡訊。Account SID ${v('credential.twilio_account_sid', tok('AC', fill('b97-twsid2', HEX, 32)))}，Auth Token ${v('credential.twilio_auth_token', fill('b97-twtok2', HEX, 32))}。請問台灣號碼要先申請 Sender ID 嗎？`),

  rec('chat_ka', f`ფოლადის ქარხნის ტექნიკური მომსახურების აპლიკაციაში Firebase-ის ნაცვლად ჩვენი სერვერი უნდა გამოვიყენოთ. ამჟამინდელი admin პაროლი არის ${v('credential.password_in_prose', 'Rustavi#Foladi21')} — როგორ გადავიტანოთ მომხმარებლები?`),

  rec('chat_uz', f`Yo'qolgan buyumlar byurosi uchun bot yozdim, GitHub'ga yuklashda mana bu token ishlatilgan: ${v('credential.github_pat', GHP2)}. Uni repodan qanday o'chiraman va bekor qilaman?`),
];

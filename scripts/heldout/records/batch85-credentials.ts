/**
 * Held-out batch 85: credentials pasted by a long-term care insurer's claims unit, a semiconductor
 * test house, a humanitarian cash-assistance programme, a yacht charter broker, a regional TV
 * weather and news graphics team and a municipal library of things / maker space. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b85-akia', B32, 16));
const AKIA_SECRET = fill('b85-akias', B64, 40);
const GHP = gh('ghp', 'Wm4Tq8Zr2Kc6Yv1Nb9Hx3Ls7Dp5Gf0');
const GH_FINE = tok('github_pat_', '11B', fill('b85-ghf1', UPPER + DIGITS, 19), '_', fill('b85-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b85-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-proj-', fill('b85-oai1', B62 + '-_', 64), 'T3BlbkFJ', fill('b85-oai2', B62 + '-_', 64));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b85-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b85-gapi', B64URL, 33));
const TELEGRAM = tok('6841937205', ':AA', fill('b85-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1294738561029384756', '/', fill('b85-dwh', B64URL, 68));
const SENDGRID = tok('SG.', fill('b85-sg1', B64URL, 22), '.', fill('b85-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b85-mg', HEX, 32));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b85-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b85-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b85-whsec', B62, 32));
const TW_SID = tok('AC', fill('b85-twsid', HEX, 32));
const TW_TOKEN = fill('b85-twtok', HEX, 32);
const GLSA = tok('glsa_', fill('b85-glsa1', B62, 32), '_', fill('b85-glsa2', HEX, 8));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b85-shT', UPPER + DIGITS, 8), '/B07', fill('b85-shB', UPPER + DIGITS, 8), '/', fill('b85-sh', B62, 24));
const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '7391028475611-', fill('b85-xoxb', B62, 24));
const HF = tok('hf_', fill('b85-hf', UPPER + LOWER, 34));
const DD_API = fill('b85-ddapi', HEX, 32);
const SENTRY_DSN = tok('https://', fill('b85-sdsn', HEX, 32), '@o4507218.ingest.de.sentry.io/4507219384', '1');
const NPM = gh('npm', 'Jk3Vb8Nq1Xs5Rw9Lt2Hz7Cm4Pd6Fy0');
const VAULT = tok('hvs.', 'CAESI', fill('b85-vault', B62 + '-_', 86));
const DATABRICKS = tok('dapi', fill('b85-dapi', HEX, 32), '-2');
const CF_TOKEN = fill('b85-cft', B62 + '-_', 40);
const DO_TOKEN = tok('dop_v1_', fill('b85-do', HEX, 64));
const LINEAR = tok('lin_api_', fill('b85-lin', B62, 40));
const NOTION = tok('ntn_', fill('b85-ntn1', DIGITS, 11), fill('b85-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b85-at1', B62, 14), '.', fill('b85-at2', HEX, 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b85-atl', B64URL, 171), '=', fill('b85-atl2', HEX.toUpperCase(), 8));
const TFC = tok(fill('b85-tfc1', B62, 14), '.atlasv1.', fill('b85-tfc2', B62, 67));
const SHPAT = tok('shpat_', fill('b85-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b85-pm1', HEX, 24), '-', fill('b85-pm2', HEX, 34));
const GROQ = tok('gsk_', fill('b85-groq', B62, 52));
const AZ_CLIENT = tok(fill('b85-azc1', B62, 3), '8Q~', fill('b85-azc2', B62 + '_-.', 31));
const AZ_STORAGE = b64Bytes('b85-azst', 64);
const SAS_SIG = `${fill('b85-sas1', B62, 16)}%2F${fill('b85-sas2', B62, 11)}%2B${fill('b85-sas3', B62, 14)}%3D`;
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b85-age', BECH32, 58));
const RSA = pem('RSA PRIVATE KEY', 'b85-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b85-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PEM = pem('PRIVATE KEY', 'b85-gcp', 1216).replace(/\n/g, '\\n');
const JWT_REG = jwt({ alg: 'RS256', typ: 'JWT', kid: 'reg-2024-10' }, { sub: 'enum-0418', role: 'field_enumerator', org: 'tadamun', district: 'Baidoa', iat: 1729496400, exp: 1729539600 }, 'b85-jwtreg');
const BEARER = fill('b85-bearer', B62 + '-._~', 56);
const DOCKER_AUTH = b64('nordlys-render:Snoe-Fnugg-3391');
const BASIC_ODK = b64('superviseur.dakar@tadamun-relief.org:Baobab#Thies2024');
const SESSION_TOKEN = tok('FwoGZXIvYXdzE', fill('b85-sess', B64, 300));
const MPESA_SECRET = fill('b85-mpesa', B62, 16);
const MPESA_PASSKEY = fill('b85-passkey', HEX, 64);
const MOMO_SECRET = fill('b85-momo', HEX, 32);
const WX_KEY = fill('b85-wxkey', HEX, 32);
const MISTRAL = fill('b85-mistral', B62, 32);
const TENCENT = tok('AKID', fill('b85-akid', B62, 32));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH85_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our wafer-map uploader on the Penang tester hosts started failing with SignatureDoesNotMatch this morning. Here's the .env from TST-PG-07, anything obviously wrong?

${cfg(f`# /opt/wmap-uploader/.env
SITE=PNG
WMAP_BUCKET=probeline-wafermaps-apse1
AWS_REGION=ap-southeast-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
UPLOAD_GLOB=/data/stdf/*.stdf.gz
RETRY=3`)}

Clock on the host is 7 minutes ahead, could that be it?`),

  rec('code_python', f`테스터 컨트롤러에 SSH로 붙어서 로그 가져오는 스크립트인데, 가끔 "Authentication failed" 나와요. 원인 좀 봐주세요.

\`\`\`python
${code(f`import paramiko

HOSTS = ["ate-93k-11", "ate-93k-12", "ate-j750-03"]
USER = "tsmgr"
PASSWORD = "${v('credential.password_assignment', 'Hanbit!Probe77')}"  # 공용 계정, 바꾸지 마세요

def pull_logs(host: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, username=USER, password=PASSWORD, timeout=10)
    sftp = ssh.open_sftp()
    for name in sftp.listdir("/var/ate/log"):
        if name.endswith(".dlog"):
            sftp.get(f"/var/ate/log/{name}", f"./logs/{host}_{name}")
    ssh.close()

for h in HOSTS:
    pull_logs(h)`)}
\`\`\``),

  rec('chat_sw', f`Habari, naomba msaada. STK push ya M-Pesa inarudisha "Invalid Access Token" kwenye mazingira ya production. Config yetu ya malipo ya walengwa:

${cfg(f`MPESA_ENV=production
MPESA_SHORTCODE=4127731
MPESA_CONSUMER_KEY=${amb('credential.generic_secret_assignment', fill('b85-mpesakey', B62, 32))}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', MPESA_SECRET)}
MPESA_PASSKEY=${v('credential.generic_secret_assignment', MPESA_PASSKEY)}
CALLBACK_URL=https://pay.tadamun-relief.org/mpesa/callback`)}

Tunalipa kaya 1,840 wiki hii Garissa na Dadaab, ni haraka.`, 'the Daraja consumer key is half of an OAuth client pair (closer to a client id): ambiguous; the consumer secret and passkey are labelled'),

  rec('curl_fr', f`Bonjour, l'export ODK Central de l'enquête de ciblage (Thiès) renvoie 401 depuis hier. Voici la commande que j'utilise :

${cfg(f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_ODK)}" \\
  "https://odk.tadamun-relief.org/v1/projects/7/forms/ciblage_menages_v3/submissions.csv.zip" -o export.zip`)}

Le mot de passe a peut-être été changé par le siège ? Comment vérifier sans tout casser ?`),

  rec('code_php', f`Il checkout delle caparre per i charter in Costa Smeralda va in errore solo in produzione ("No such customer"). Qualcuno vede il problema?

${code(f`<?php
\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

function creaCaparra(array $charter): \\Stripe\\PaymentIntent {
    return \\Stripe\\PaymentIntent::create([
        'amount' => (int) round($charter['caparra_eur'] * 100),
        'currency' => 'eur',
        'customer' => $charter['stripe_customer'],
        'description' => sprintf('Caparra %s – %s', $charter['yacht'], $charter['settimana']),
        'capture_method' => 'manual',
    ]);
}`)}`),

  rec('chat_el', f`Γεια, τα SMS επιβεβαίωσης προς τους επισκέπτες του σκάφους δεν φεύγουν από χθες. Χρησιμοποιούμε Twilio με αυτά:
Account SID: ${v('credential.twilio_account_sid', TW_SID)}
Auth Token: ${v('credential.twilio_auth_token', TW_TOKEN)}
Αποστολέας: MeridianBlue (alphanumeric)
Μήπως η Ελλάδα δεν δέχεται alphanumeric sender ID; Τι να κάνω;`),

  rec('yaml_nn', f`Hei! Renderfarmen til vêrgrafikken sender ikkje varsel til Slack lenger etter at vi flytta til ny Grafana. Kan du sjå på provisioneringa?

${cfg(f`# grafana/provisioning/alerting/contactpoints.yaml
apiVersion: 1
contactPoints:
  - orgId: 1
    name: vergrafikk-render
    receivers:
      - uid: render-slack
        type: slack
        settings:
          url: ${v('credential.slack_webhook_url', SLACK_HOOK)}
          title: "Render-node {{ .CommonLabels.instance }} er nede"
# brukt av eksport-skriptet
# GRAFANA_SA_TOKEN=${v('credential.grafana_service_account_token', GLSA)}`)}

Varsla kjem i Grafana-UI, men ingenting i #ver-drift.`),

  rec('chat_is', f`Getur þú hjálpað mér að skrifa Python-skriftu sem sækir spágögn á klukkutíma fresti fyrir veðurgrafíkina? Lykillinn okkar hjá gagnaveitunni er ${v('credential.generic_secret_assignment', WX_KEY)} (api_key í query string), endapunkturinn er /v2/forecast/grid?lat=64.14&lon=-21.94. Vistaðu niðurstöðuna sem JSON í /srv/vedur/inn/.`),

  rec('switch_config', f`Kan iemand checken of deze config van de switch in de makerspace klopt? De deurcontrollers op VLAN 40 krijgen geen DHCP.

${cfg(f`hostname bib-maker-sw01
!
enable secret 9 ${ambCat('credential', tok('$9$', fill('b85-cisco1', B62 + './', 14), '$', fill('b85-cisco2', B62 + './', 43)))}
username beheer privilege 15 password 0 ${v('credential.network_device_secret', 'Soldeerbout#2291')}
!
snmp-server community ${v('credential.network_device_secret', 'bibMaker40rw')} RW
!
interface Vlan40
 description deurtoegang
 ip address ${amb('pii.ip_address', '10.40.0.1')} 255.255.255.0
 ip helper-address ${amb('pii.ip_address', '10.10.0.5')}`)}`, 'the type-9 enable secret is a hash: ambiguous credential'),

  rec('chat_et', f`Tere! Raamatukogu laenutussüsteemi (Koha) varukoopia skript annab vea "Access denied for user". Ühendusstring on selline:

DATABASE_URL=mysql://koha_admin:${v('credential.database_url_password', 'Lumememm-Tartu-58')}@db-laenutus.internal:3306/koha_tallinn

Kas parool võib olla liiga pikk või on probleem erimärgis?`),

  rec('json_de_ch', f`Grüezi, die Anmeldung der Schadenportal-App an Entra ID geht nicht mehr (AADSTS7000215). Hier der Auszug aus appsettings.Production.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4c7d2f19-8a3e-4b61-9f05-2e8c1d7a6b34",
    "ClientId": "b91e0a47-3c58-4d2f-a716-5f0e8c3b9d21",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Pflegegutachten": { "MaxUploadMb": 25 }
}`)}

Ist das Secret einfach abgelaufen? Es wurde im Frühling erstellt.`),

  rec('shell_he', f`הסקריפט שמושך חשבוניות מספקי הסיעוד נתקע כל לילה. זה מה שרץ ב-cron:

${cfg(f`lftp -u kestrel_claims,${v('credential.cli_password', 'Tamar!Haifa0924')} sftp://sftp.provider-hub.co.il -e "mirror --only-newer /outbox/invoices /data/invoices/in; bye"`)}

איך אני גורם לו להיכשל אחרי 5 דקות במקום להיתקע?`),

  rec('chat_ja', f`テストプログラムのリポジトリを新しいCIサーバーにクローンしようとすると403になります。remoteの設定はこれです：

${cfg(f`$ git remote -v
origin  https://probeline-ci:${v('credential.github_pat', GHP)}@github.com/probeline-test/ate-programs.git (fetch)
origin  https://probeline-ci:${v('credential.github_pat', GHP)}@github.com/probeline-test/ate-programs.git (push)`)}

トークンの権限が足りないのでしょうか？ orgはSSO必須です。`),

  rec('ci_yaml_uk', f`Привіт! Пайплайн реєстрації бенефіціарів не може запушити образ у реєстр GitLab. Ось шматок .gitlab-ci.yml:

${cfg(f`build-image:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  variables:
    REG_USER: reg-bot
    REG_TOKEN: ${v('credential.gitlab_pat', GLPAT)}
  script:
    - echo "$REG_TOKEN" | docker login registry.gitlab.com -u "$REG_USER" --password-stdin
    - docker build -t registry.gitlab.com/tadamun/registration-api:$CI_COMMIT_SHORT_SHA .
    - docker push registry.gitlab.com/tadamun/registration-api:$CI_COMMIT_SHORT_SHA`)}

Помилка "denied: access forbidden". Токен створювала Оксана місяць тому.`),

  rec('chat_tr', f`Hava durumu bülteni için otomatik altyazı üreten küçük bir script yazdım ama 429 alıyorum. Anahtar: ${v('credential.openai_api_key', OPENAI)} — dakikada 3 istekten fazla atmıyorum, neden limit doluyor?`),

  rec('chat_nl', f`We testen een pilot waarin Claude de zorgindicaties samenvat voor de schadebehandelaars. Kun je dit Python-fragment herschrijven zodat het de PDF's uit de map /mnt/indicaties leest?

${cfg(f`client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")`)}

(graag met retry bij overloaded_error)`),

  rec('chat_hr', f`Bok, karta marina na našoj stranici za charter pokazuje "This page can't load Google Maps correctly". Ključ je ${v('credential.google_api_key', GOOGLE)}, ograničen na *.meridianblue-yachting.hr. Je li problem u tome što je stranica sada na .com domeni?`),

  rec('chat_apd', f`يا جماعة البوت حق تنبيهات الفرق الميدانية في كسلا وقف. التوكن ${v('credential.telegram_bot_token', TELEGRAM)} والبوت اسمه @tadamun_field_bot. لمن نرسل /start ما برد. ممكن تكون المشكلة في الويبهوك؟`),

  rec('chat_fil', f`Pa-check naman po bakit walang lumalabas sa #announcements channel ng makerspace Discord. Ito yung webhook na ginagamit ng booking form namin para sa laser cutter:
${v('credential.discord_webhook_url', DISCORD_HOOK)}
Gumagana siya last week pa.`),

  rec('code_js_cs', f`Upomínky o vrácení půjčených věcí (vrtačky, stany, projektor) se přestaly odesílat. Kód z naší Node služby:

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function posliUpominku(vypujcka) {
  await sgMail.send({
    to: vypujcka.clen.email,
    from: '${v('pii.email', 'knihovna-veci@ravenhill-library.cz')}',
    subject: \`Připomínka: vraťte prosím \${vypujcka.predmet}\`,
    text: \`Dobrý den, výpůjčka \${vypujcka.id} měla být vrácena \${vypujcka.termin}.\`,
  });
}`)}`),

  rec('chat_mt', f`Bonġu, l-emails ta' konferma taċ-charter qed jaslu fl-ispam. Qed nużaw Mailgun, api key ${v('credential.mailgun_api_key', MAILGUN)}, domain mg.meridianblue-yachting.com.mt. Tista' tgħidli x'irrid nibdel fid-DNS (SPF/DKIM)?`),

  rec('curl_so', f`Token-ka diiwaangelinta wuxuu dhacaa 12 saac kadib. Sidee loo cusboonaysiiyaa? Tani waa codsigii shaqaynayay:

${cfg(f`curl -X POST https://reg.tadamun-relief.org/api/v2/households \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_REG)}" \\
  -H "Content-Type: application/json" \\
  -d @household_0418.json`)}

(English is fine in the answer)`),

  rec('chat_zh', f`我们给客户A的NDA项目用单独的SFTP账号传CP测试数据，对方说这把私钥登录不上，帮我看一下格式是不是有问题：

${v('credential.private_key', RSA)}

对方服务器是OpenSSH 9.6。`),

  rec('chat_vi', f`Render node mới không SSH được vào máy chủ đồ họa thời tiết bằng key này, báo "invalid format". Em copy từ máy cũ sang:

${v('credential.openssh_private_key', OSSH)}

Có phải do xuống dòng kiểu Windows không anh?`),

  rec('code_py_pt', f`O bot que publica os alertas de avaria do servidor de grafismo no canal #grafismo-tec deixou de funcionar. Alguém sabe porquê?

${code(f`from slack_sdk import WebClient

cliente = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def alerta(servidor: str, erro: str) -> None:
    cliente.chat_postMessage(
        channel="#grafismo-tec",
        text=f":rotating_light: {servidor}: {erro}",
    )`)}

Dá "not_in_channel", mas o bot está no canal, juro.`),

  rec('chat_hi', f`Wafer defect classification model private repo se download nahi ho raha. Maine ye token use kiya: ${v('credential.huggingface_token', HF)} — read access hai. Error aa raha hai "401 Client Error: Unauthorized for url". Kya gated repo ke liye alag permission chahiye?`),

  rec('docker_compose_sv', f`Kan du förklara varför Datadog-agenten på renderservern inte skickar några containermetrics?

${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
      - DD_SITE=datadoghq.eu
      - DD_HOSTNAME=grafik-render-02
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro`)}`),

  rec('code_ts_fi', f`Lainaamon varaussovellus ei lähetä virheitä Sentryyn tuotannossa. Miksi?

${code(f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', SENTRY_DSN)}',
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.2,
  beforeSend(event) {
    // jäsenten sähköpostit pois
    if (event.user) delete event.user.email;
    return event;
  },
});`)}`),

  rec('npmrc_pl', f`Build grafiki HTML5 do pasków informacyjnych nie pobiera prywatnego pakietu @nordlys/lower-thirds. Plik .npmrc w repo:

${cfg(f`@nordlys:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Lokalnie działa, w CI "404 Not Found". Co jest nie tak?`),

  rec('json_hu', f`A render szerver nem tudja lehúzni az image-et a privát registryből, pedig a config.json-ban benne van az auth:

${cfg(f`{
  "auths": {
    "registry.nordlys-tv.no": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

"unauthorized: authentication required" — mi lehet a gond?`),

  rec('shell_ro', f`Salut, scriptul care citește parolele pentru portalul de evaluări de îngrijire din Vault dă "permission denied". Am rulat asta pe serverul de integrare:

${cfg(f`$ export VAULT_ADDR=https://vault.kestrel-longcare.ro:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/claims/evaluari-ingrijire
Error reading secret/data/claims/evaluari-ingrijire: Code: 403`)}

Ce politică îmi lipsește?`),

  rec('code_py_es', f`Hola, necesito que este notebook de siniestros de dependencia lea la tabla de valoraciones en Databricks desde fuera del workspace:

${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-5821940376218834.14.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8a2f4c1e9b7d3e06",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT grado_dependencia, count(*) FROM siniestros.valoraciones GROUP BY 1")
print(cur.fetchall())`)}

¿Cómo lo paso a una variable de entorno sin romper el job programado?`),

  rec('chat_da', f`Hej, vores Cloudflare-token til bibliotekets hjemmeside (DNS-redigering for ravenhill-bibliotek.dk) virker ikke i Terraform: ${v('credential.cloudflare_api_token', CF_TOKEN)}. Fejlen er "Authentication error (10000)". Skal tokenet have Zone:Read også?`),

  rec('chat_en_za', f`Howzit, the makerspace booking droplet ran out of disk again. Can you write me a doctl one-liner that resizes it to 4GB? I've set DIGITALOCEAN_ACCESS_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)} in my shell already, droplet is makerspace-bookings-jhb.`),

  rec('chat_ht', f`Bonjou, moun k ap vin nan makerspace la ap mande m modpas wifi a chak jou. Èske w ka ekri yon ti afich an kreyòl ak anglè? Rezo a se "Bibliyotek-Maker" epi modpas la se ${v('credential.password_in_prose', 'Zouti-Lakay-2025')}. Mete tou ke yo pa dwe pataje l deyò.`),

  rec('email_fr_mc', f`Pouvez-vous reformuler ce message pour l'équipage du M/Y Aurelia, plus professionnel ?

"Salut à tous, le portail équipage (plannings, fiches de paie) est de nouveau en ligne. Identifiant : votre prénom.nom, mot de passe provisoire pour tout le monde : ${v('credential.password_in_prose', 'Hercule-Port-77')}. Changez-le dès la première connexion svp. Bon vent, Mathieu"`),

  rec('chat_ps', f`سلام، زما د کوبو ټولګي حساب نه خلاصیږي. کارن نوم: field.jalalabad2 او پاسورډ یې ${v('credential.password_in_prose', 'Nangarhar#4471')} دی. مهرباني وکړئ ووایاست چې څنګه یې بیا تنظیم کړم؟ (please answer in English too)`),

  rec('chat_am', f`ሰላም፣ ለሰመራ የመስክ ተቆጣጣሪ አዲስ ላፕቶፕ ተዘጋጅቷል። መግቢያ፦
user: semera.sup01
pass: ${v('credential.user_password_pair', 'Afar-Dallol#88')}
እባክህ ይህን መልእክት በእንግሊዝኛ ለላፕቶፑ ተቀባይ አዘጋጅልኝ።`),

  rec('shell_th', f`ช่วยดูหน่อยครับ สคริปต์ดึง yield รายวันจากฐานข้อมูล wafer sort ขึ้น error

${cfg(f`mysql -h wsort-db.probeline.local -u yield_ro -p'${v('credential.mysql_cli_password', 'Chao-Phraya!62')}' wafer_sort -e "SELECT lot_id, AVG(yield) FROM die_results WHERE test_date = CURDATE() GROUP BY lot_id"`)}

ERROR 1045 (28000): Access denied — แต่รหัสผ่านถูกแน่นอนครับ`),

  rec('shell_bn', f`নিউজরুম গ্রাফিক্সের টেমপ্লেট শেয়ার থেকে কপি করার কমান্ডটা স্ক্রিপ্টে দিলে কাজ করে না, হাতে দিলে করে:

${cfg(f`smbclient //gfx-nas01/templates -U 'newsgfx%${v('credential.cli_password', 'Padma-Render-19')}' -c 'prompt OFF; recurse ON; mget weather_2025*'`)}

কেন এমন হয়?`),

  rec('config_it', f`Il servizio di liquidazione dei sinistri LTC non si connette al DB dopo il cambio server. Estratto di web.config:

${cfg(f`<connectionStrings>
  <add name="Liquidazioni"
       connectionString="Data Source=sql-ltc-02.kestrel.local;Initial Catalog=Liquidazioni;User ID=svc_liquid;Password=${v('credential.connection_string_password', 'Badante2024!Roma')};Encrypt=True;TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Serve cambiare qualcosa oltre al Data Source?`),

  rec('chat_ka', f`გამარჯობა, ამინდის ფიდის ჩამოტვირთვა FTP-დან შეწყდა. სკრიპტში ასე წერია:
${cfg(f`FEED_URL=ftp://tvweather:${v('credential.url_password', 'Mtatsminda-91')}@feeds.meteo-partner.ge/radar/latest/`)}
რატომ ამბობს "530 Login incorrect", თუ ბრაუზერში იგივე მუშაობს?`),

  rec('chat_hy', f`Բարև, եթերային արխիվի պահոցը Azure-ում է։ Հին ծառայությունը սա է օգտագործում.
${cfg(f`DefaultEndpointsProtocol=https;AccountName=nordlysarchive;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}
Ինչպե՞ս անցնենք managed identity-ի, որ բանալին կոդում չմնա։`),

  rec('chat_en_in', f`Hi, the care-assessment PDF link we sent to the policyholder's son says "Signature not valid in the specified time frame". Link: https://kestrelclaimsdocs.blob.core.windows.net/assessments/CLM-24-118392/assessment.pdf?sv=2023-11-03&ss=b&srt=o&sp=r&se=2025-01-10T18:30:00Z&st=2025-01-03T04:30:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
We are in IST, is that the issue?`),

  rec('env_et', f`${cfg(f`# teek-sync/.env
LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}
LINEAR_TEAM=LIB
KOHA_BASE=https://laenutus.ravenhill.ee/api/v1
SYNC_INTERVAL_MIN=30`)}

Palun kirjuta Node skript, mis loob Lineari piletid iga kord, kui laenutatud ese märgitakse "katki".`),

  rec('chat_es_cl', f`Oye, armé una integración para que el checklist de embarque de la tripulación quede en Notion. El token de la integración es ${v('credential.notion_token', NOTION)} pero me tira "object_not_found" con la base de datos de tripulantes. ¿Tengo que compartir la base con la integración?`),

  rec('chat_en_mt', f`Could you help me write a small script that reads our makerspace tool inventory from Airtable and flags anything overdue for PAT testing? Base appR7kM2xV9nQ4tL1, table "Tools", token ${v('credential.airtable_pat', AIRTABLE)}. Output should be a CSV I can print.`),

  rec('curl_ko', f`Jira에서 고객 NDA 티켓만 뽑으려는데 401이 떠요.

${cfg(f`curl -u ${v('pii.email', 'jiwon.park@probeline-test.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://probeline.atlassian.net/rest/api/3/search?jql=project%3DCUST%20AND%20labels%3Dnda"`)}

토큰은 어제 만든 거예요.`),

  rec('hcl_fa', f`سلام. terraform plan روی workspace ثبت‌نام ذی‌نفعان خطای "unauthorized" میده. فایل credentials رو دستی نوشتم:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

مسیرش ~/.terraformrc هست. مشکل کجاست؟`),

  rec('chat_pt_br', f`Oi! A lojinha online do makerspace (camisetas, kits Arduino) parou de sincronizar o estoque com a planilha. O app privado usa o token ${v('credential.shopify_access_token', SHPAT)} na API Admin 2024-07. Dá 401 desde segunda. O que mudou?`),

  rec('chat_ur', f`السلام علیکم، کلیمز API کی Postman کلیکشن CI میں نہیں چل رہی۔ ہم newman کو یہ کمانڈ دے رہے ہیں:
${cfg(f`newman run "https://api.getpostman.com/collections/28417-claims-regression?apikey=${v('credential.postman_api_key', POSTMAN)}" -e staging.json`)}
خرابی: "AuthenticationError". کیا یہ کلید ختم ہو گئی ہے؟`),

  rec('code_py_fr_lb', f`Salut, je teste un résumé automatique des bulletins météo en arabe et en français avec Groq. Tu peux me dire pourquoi la réponse est coupée ?

${code(f`from groq import Groq

client = Groq(api_key="${v('credential.groq_api_key', GROQ)}")
resp = client.chat.completions.create(
    model="llama-3.1-8b-instant",
    messages=[{"role": "user", "content": "Résume ce bulletin en 40 mots : " + bulletin}],
    max_tokens=60,
)
print(resp.choices[0].message.content)`)}`),

  rec('json_ln', f`Mbote! Lisolo na MTN MoMo API: tozali kozwa "401 Unauthorized" ntango tokotinda mbongo na bato ya Kinshasa. Config na biso:

${cfg(f`{
  "momo": {
    "environment": "mtncongo",
    "collectionUserId": "7f2c9e41-5b8a-4d63-a0f1-3e9b7c2d8a54",
    "apiSecret": "${v('credential.generic_secret_assignment', MOMO_SECRET)}",
    "currency": "CDF",
    "callbackHost": "pay.tadamun-relief.org"
  }
}`)}

(Réponds en français s'il te plaît.)`),

  rec('yaml_de', f`Der Türcontroller für die Werkstatt schreibt die Logs nicht mehr in die Datenbank. Konfiguration:

${cfg(f`# /etc/tuerzugang/config.yml
controller:
  id: werkstatt-ost
  readers: [eingang, holzwerkstatt, laser]
datenbank:
  host: db-bib.intern
  user: tuer_logger
  password: ${v('credential.password_assignment', 'Holzleim!Schluessel7')}
zeitplan:
  oeffnung: "Mo-Fr 10:00-20:00, Sa 10:00-16:00"`)}

Kann das am Sonderzeichen im Passwort liegen?`),

  rec('json_gcp', f`The radar-image exporter for the weather graphics can't write to the bucket. Key file it loads:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nordlys-wx-graphics",
  "private_key_id": "${fill('b85-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'radar-export@nordlys-wx-graphics.iam.gserviceaccount.com')}",
  "client_id": "104729385016273849152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'radar-export%40nordlys-wx-graphics.iam.gserviceaccount.com')}"
}`))}

gsutil says 403 "does not have storage.objects.create access". Which role do I grant?`),

  rec('chat_ti', f`ሰላም፡ ናይ ተጠቀምቲ መዝገብ ፋይላት ብ age ንምፍልጣሕ ዝኸውን መፍትሕ እዚ እዩ፡
${v('credential.age_secret_key', AGE)}
ኣብ ሓዱሽ ኮምፒተር ከመይ ገይረ ክጥቀመሉ? (English answer please, step by step)`),

  rec('chat_en_us', f`Stripe keeps rejecting our webhook signatures for the charter deposit events after we moved the endpoint to the new server. Signing secret shown in the dashboard is ${v('credential.stripe_webhook_secret', WHSEC)}. Could the body be modified by our nginx proxy?`),

  rec('chat_de', f`Wir möchten die Testprogramm-Repos automatisch spiegeln. Reicht ein Fine-grained Token mit "Contents: read"? Aktuell nutze ich ${v('credential.github_fine_grained_pat', GH_FINE)} und bekomme bei privaten Repos des Kunden-Forks 404.`),

  rec('log_cnr', f`Kiosk za samozaduživanje u biblioteci baca grešku na svako skeniranje. Log:

${cfg(f`2025-01-14 10:42:17 INFO  kiosk-03 POST /api/loans item=LIB-TOOL-00417 member=M-22981
2025-01-14 10:42:17 DEBUG kiosk-03 headers: {"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}", "X-Kiosk": "03"}
2025-01-14 10:42:18 ERROR kiosk-03 401 token_expired`)}

Kako da produžim token bez restartovanja kioska?`),

  rec('aws_credentials', f`This is from the test-floor jump host, the SSO session keeps expiring mid-upload. ~/.aws/credentials:

${cfg(f`[probeline-wafermaps]
aws_access_key_id = ${v('credential.aws_access_key_id', tok('ASIA', fill('b85-asia', B32, 16)))}
aws_secret_access_key = ${v('credential.aws_secret_access_key', fill('b85-asias', B64, 40))}
aws_session_token = ${v('credential.aws_session_token', SESSION_TOKEN)}
region = ap-northeast-2`)}

Can I extend the session to 12h?`),

  rec('chat_fr_sn', f`Le tableau de bord de la distribution (Kaolack) appelle Mistral pour résumer les plaintes des bénéficiaires en wolof et en français. La clé : ${v('credential.mistral_api_key', MISTRAL)}. Est-ce qu'on peut limiter ça à une IP fixe ?`),

  rec('ini_zh', f`深圳客户要求测试数据直接传到他们的腾讯云COS，配置如下，上传一直报 SignatureDoesNotMatch：

${cfg(f`[common]
secret_id = ${v('credential.tencent_secret_id', TENCENT)}
secret_key = ${v('credential.generic_secret_assignment', fill('b85-tckey', B62, 32))}
bucket = probeline-cp-data-1307182945
region = ap-guangzhou`)}`),

  rec('chat_it_rk', f`Per l'integrazione del pagamento saldo charter uso una chiave limitata, ${v('credential.stripe_restricted_key', STRIPE_RK)}, con permesso solo su PaymentIntents. Basta per fare i rimborsi parziali o devo aggiungere Refunds?`),

  rec('chat_ku', f`Silav, ji bo bernameya alîkariya pereyan, şîfreya hesabê admin yê KoboToolbox hat guhertin. Şîfreya nû ${v('credential.password_in_prose', 'Zaxo-Dihok!2025')} e. Ji kerema xwe peyamekê bi îngilîzî ji tîma Duhokê re binivîse ku ew şîfreyê li ser WhatsAppê parve nekin.`),
];

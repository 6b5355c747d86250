/**
 * Held-out batch 74: credentials pasted by staff of a car-parts marketplace, a children's hospice,
 * a customs-bonded warehouse, a language school for migrants, a hydroelectric dam operator and a
 * wealth-tax advisory firm: configs, shells, code and prose in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b74-akia', B32, 16));
const AWS_SECRET = fill('b74-awssec', B64, 40);
const GCP_PEM = pem('PRIVATE KEY', 'b74-gcp', 1218, '\\n', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASC');
const AZ_STORAGE = `${fill('b74-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b74-azc1', B62, 3), '8Q~', fill('b74-azc2', B62 + '_-.~', 31));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b74-sk', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b74-rk', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b74-whsec', B62, 32));
const GH_FINE = tok('github_pat_', '11B', fill('b74-ghfg1', UPPER + DIGITS, 19), '_', fill('b74-ghfg2', B62, 59));
const GHP = gh('ghp', fill('b74-ghp', B62, 30));
const GLPAT = tok('glpat-', fill('b74-glpat', B64URL, 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b74-slt', UPPER + DIGITS, 8), '/B0', fill('b74-slb', UPPER + DIGITS, 8), '/', fill('b74-slh', B62, 24));
const XOXB = tok('xoxb-', '5820174639', '3-', '7718293045617-', fill('b74-xoxb', B62, 24));
const OPENAI = tok('sk-proj-', fill('b74-oai1', B64URL, 74), 'T3BlbkFJ', fill('b74-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b74-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b74-groq', B62, 52));
const HF = tok('hf_', fill('b74-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b74-gapi', B64URL, 33));
const TW_SID = tok('AC', fill('b74-twsid', HEX, 32));
const TW_AUTH = fill('b74-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b74-sg1', B64URL, 22), '.', fill('b74-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b74-mg', HEX, 32));
const TELEGRAM = tok('7183920456', ':AA', fill('b74-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1284730195728364810', '/', fill('b74-dch', B64URL, 68));
const NPM = gh('npm', fill('b74-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b74-pypi', B64URL, 150));
const DOCKER_AUTH = b64(`bondhaven-ci:${'Kl41peda#Dock2025'}`);
const SHPAT = tok('shpat_', fill('b74-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b74-pm1', HEX, 24), '-', fill('b74-pm2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b74-lin', B62, 40));
const SENTRY_KEY = fill('b74-sentry', HEX, 32);
const DD_API = fill('b74-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b74-hvs', B62 + '_-', 86));
const DATABRICKS = tok('dapi', fill('b74-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b74-do', HEX, 64));
const CF_TOKEN = fill('b74-cftok', B64URL, 40);
const JWT_ORDERS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'mn-api-2025-02' }, { sub: 'seller:88213', iss: 'https://auth.partlix.mn', aud: 'orders-api', scope: 'orders:read orders:write', iat: 1741669200, exp: 1741672800 }, 'b74-jwtmn');
const BASIC_MOODLE = b64(`moodle-sync:${'Zhin-Hewler-2291'}`);
const RSA_AS2 = pem('RSA PRIVATE KEY', 'b74-as2', 1190, '\n', 'MIIEowIBAAKCAQEA');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b74-ossh', 390, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b74-atl', B64URL, 171), '=', fill('b74-atl2', HEX.toUpperCase(), 8));
const SAS_SIG = `${fill('b74-sas1', B62, 15)}%2B${fill('b74-sas2', B62, 11)}%2F${fill('b74-sas3', B62, 14)}%3D`;
const AIRTABLE = tok('pat', fill('b74-at1', B62, 14), '.', fill('b74-at2', HEX, 64));
const GLSA = tok('glsa_', fill('b74-glsa1', B62, 32), '_', fill('b74-glsa2', HEX, 8));
const ADO_PAT = fill('b74-ado', B32LOWER, 52);
const FB_WA = tok('EAA', 'Jb7ZC', fill('b74-fbwa', B62, 170));
const KEYCLOAK_SECRET = fill('b74-kc', B62, 32);
const CISCO9 = tok('$9$', fill('b74-c9a', B62 + './', 14), '$', fill('b74-c9b', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH74_CREDENTIALS: DraftRecord[] = [
  rec('ini', f`Our product-image uploader started throwing AccessDenied on PutObject this morning. Nothing changed on our side (I think). Here's the profile the worker uses:

${amb('source_code.snippet', f`# ~/.aws/credentials on img-worker-03
[partlix-img]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = us-east-2`)}

Bucket is partlix-listing-media. Could the bucket policy with aws:SourceVpce be blocking it when the worker runs outside the VPC?`),

  rec('json_config', f`Hæ, ég er að reyna að tengja vatnshæðarmælana við BigQuery en fæ „invalid_grant: Invalid JWT Signature“. Hér er lykilskráin sem Jónas sendi mér í gær:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "hvitarfoss-telemetry",
  "private_key_id": "${fill('b74-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'lonlogger@hvitarfoss-telemetry.iam.gserviceaccount.com')}",
  "client_id": "104827391650284731926",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'lonlogger%40hvitarfoss-telemetry.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Er lykillinn útrunninn eða vantar þjónustureikninginn hlutverk í BigQuery?`),

  rec('json_config', f`Onze export van douaneaangiftes naar blob storage faalt sinds de migratie naar de nieuwe tenant. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=bondhavenrtmdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "aangiften-2025"
  },
  "Douane": { "Vergunning": "NLDTS-ENT-0419", "Locatie": "Rotterdam-Waalhaven" }
}`)}

Foutmelding: 403 AuthorizationPermissionMismatch. Moet ik de rol Storage Blob Data Contributor toekennen of ligt het aan de key?`),

  rec('json_config', f`Grüezi mitenand. Unser Mandantenportal meldet beim Login über Entra ID „AADSTS7000215: Invalid client secret provided“. Hier der Ausschnitt aus appsettings.json:

${amb('source_code.snippet', f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "6b1f0c47-92d8-4e35-a0c7-3d58e9f21b64",
  "ClientId": "d4e27a91-0f36-4c8b-b5e2-71a9c03f8d15",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}",
  "CallbackPath": "/signin-oidc"
}`)}

Ist das Secret einfach abgelaufen? Das hat unser externer Informatiker vor gut einem Jahr eingerichtet und niemand weiss, wo man das verlängert.`),

  rec('chat_tr', f`Merhaba, satıcı iade akışını test ediyorum. Canlı anahtarla denedim (biliyorum, test anahtarıyla yapmam lazımdı 🙈): ${v('credential.stripe_secret_key', STRIPE_LIVE)}

refund çağrısı "charge_already_refunded" dönüyor ama panelde iade görünmüyor. Kısmi iade yapınca da bu hata gelir mi?`),

  rec('env_file', f`.env del servicio de pagos del marketplace (sede Bogotá):

${amb('source_code.snippet', f`PAYMENTS_PORT=8080
PAYMENTS_CURRENCY=COP
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
PAYOUT_SCHEDULE=weekly`)}

¿Por qué la verificación de firma del webhook falla solo en producción? En local funciona con la CLI. Usamos express.json() antes de la ruta /webhooks/stripe, no sé si eso importa.`),

  rec('chat_sv', f`Hej! Jag försöker låta vår schemabot för SFI-kurserna skapa issues i vårt repo när en lärare är sjuk. Jag skapade en fine-grained token: ${v('credential.github_fine_grained_pat', GH_FINE)} med "Issues: Read and write", men får 403 "Resource not accessible by personal access token". Repot ligger i organisationen bridgelingua-se. Vad gör jag fel?`),

  rec('shell', f`Tere! Jenkinsi töö ei saa enam laoseisu skripti kloonida. \`git remote -v\` näitab:

origin  https://ladu-bot:${v('credential.github_pat', GHP)}@github.com/bondhaven/tallinn-ladu-sync.git (fetch)
origin  https://ladu-bot:${v('credential.github_pat', GHP)}@github.com/bondhaven/tallinn-ladu-sync.git (push)

Kas token on aegunud või on organisatsiooni SSO jaoks autoriseerimata? Eile õhtul veel töötas.`),

  rec('ci_yaml', f`Ahoj, toto je náš .gitlab-ci.yml pre export hladín z vodnej elektrárne:

${amb('source_code.snippet', f`stages: [export, release]

variables:
  GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  EXPORT_DIR: /data/hladiny

export_hladiny:
  stage: export
  image: python:3.12-slim
  script:
    - python export_hladiny.py --od "$(date -d yesterday +%F)" --do "$(date +%F)"
  artifacts:
    paths: [data/]

release:
  stage: release
  script:
    - release-cli create --name "hladiny-$CI_PIPELINE_IID" --tag-name "v$CI_PIPELINE_IID"`)}

Pipeline padá pri release kroku s chybou 401. Stačí, že má token rolu Developer, alebo potrebuje Maintainer?`),

  rec('code_js', f`This Apps Script posts tomorrow's nursing rota to our Slack channel every evening, but since Friday nothing arrives. Can you see why?

${code(f`function postRota() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Rota');
  const tomorrow = Utilities.formatDate(new Date(Date.now() + 864e5), 'Europe/London', 'dd/MM/yyyy');
  const rows = sheet.getDataRange().getValues().filter(r => r[0] === tomorrow);
  const text = rows.map(r => \`• \${r[1]} – \${r[2]} (\${r[3]})\`).join('\\n') || 'No shifts found';
  UrlFetchApp.fetch('${v('credential.slack_webhook_url', SLACK_HOOK)}', {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: '*Rota for ' + tomorrow + '*\\n' + text }),
  });
}`)}

The trigger shows "Completed" in the executions list.`),

  rec('code_python', f`Sveiki! Mūsu noliktavas bots Slackā vairs neatbild uz komandu /atlikums. Kods:

\`\`\`python
${code(f`import os
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from noliktava import atlikums_pec_koda

app = App(token="${v('credential.slack_bot_token', XOXB)}")

@app.command("/atlikums")
def atlikums(ack, respond, command):
    ack()
    kods = command["text"].strip().upper()
    daudzums = atlikums_pec_koda(kods)  # muitas noliktava, Rīgas brīvosta
    respond(f"{kods}: {daudzums} gab.")

if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()`)}
\`\`\`

Žurnālā redzu tikai "not_allowed_token_type". Ko tas nozīmē?`),

  rec('chat_ar_iq', f`هلا، سويت سكربت يترجم رسائل الطلاب من العربي للسويدي، بس كل شوية يطلعلي خطأ 429. هذا المفتاح اللي دا أستخدمه:
${v('credential.openai_api_key', OPENAI)}
شنو السبب؟ لازم أشحن رصيد لو أغير الموديل؟`),

  rec('env_file', f`.env 파일 공유드립니다. 부품 호환성 검색 챗봇에서 Claude를 쓰고 있어요.

${amb('source_code.snippet', f`ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MODEL_NAME=claude-3-5-haiku-latest
VECTOR_DB_URL=http://localhost:6333
MAX_RESULTS=8`)}

피크 시간에 rate limit 에러(429)가 자주 나는데, 재시도 로직을 어떻게 넣으면 좋을까요? 지수 백오프로 충분할까요?`),

  rec('chat_ms', f`Saya nak buat ringkasan automatik untuk borang kastam K1 dan K8 guna Groq. Kunci API saya ${v('credential.groq_api_key', GROQ)} tapi dapat ralat "model_decommissioned". Model apa yang patut saya guna sekarang untuk teks Bahasa Melayu?`),

  rec('chat_kn', f`ನಮಸ್ಕಾರ, ಬಿಡಿಭಾಗಗಳ ಫೋಟೋಗಳನ್ನು ವರ್ಗೀಕರಿಸಲು Hugging Face ಮಾಡೆಲ್ download ಮಾಡ್ತಿದ್ದೀನಿ. ನನ್ನ token: ${v('credential.huggingface_token', HF)}
ಆದರೂ "Access to model is restricted, gated repo" ಅಂತ error ಬರ್ತಿದೆ. Access request ಕಳಿಸಬೇಕಾ ಅಥವಾ token ತಪ್ಪಾ?`),

  rec('html', f`ສະບາຍດີ, ຂ້ອຍກຳລັງເຮັດໜ້າເວັບສະແດງລະດັບນ້ຳໃນອ່າງເກັບນ້ຳ ໃຫ້ຫ້ອງຄວບຄຸມ. ໃນ HTML ມີແຖວນີ້:

${amb('source_code.snippet', f`<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE)}&callback=initMap&libraries=marker" async defer></script>`)}

ແຕ່ແຜນທີ່ສະແດງ "For development purposes only" ເປັນສີເທົາ. ຕ້ອງເປີດ billing ບໍ?`),

  rec('chat_ca', f`Hola! A l'hospici enviem SMS a les famílies quan canvia l'horari de visites. El servidor té aquestes variables:

TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=HospiciMar

i ara Twilio retorna l'error 20003 "Authenticate". Com puc saber si el token és el principal o el secundari? El vam canviar fa dues setmanes.`),

  rec('php_config', f`Ola! A escola envía os recordatorios de matrícula con SendGrid e desde onte non sae ningún correo. Este é o ficheiro de configuración:

${amb('source_code.snippet', f`<?php
// config/correo.php — escola de linguas, sede Vigo
return [
    'driver'     => 'sendgrid',
    'api_key'    => '${v('credential.sendgrid_api_key', SENDGRID)}',
    'remitente'  => '${v('pii.email', 'matricula@escola-ponte.gal')}',
    'nome'       => 'Escola Ponte – Matrícula',
    'sandbox'    => false,
];`)}

No panel de SendGrid pon "Sender identity not verified". É por iso?`),

  rec('shell', f`Kaixo, familiei hileroko buletina bidaltzeko Mailgun erabiltzen dugu. Komando hau exekutatzean 401 Forbidden jasotzen dut:

${amb('source_code.snippet', f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/mg.argizaiola-etxea.eus/messages \\
  -F from='Argizaiola Etxea <${v('pii.email', 'buletina@argizaiola-etxea.eus')}>' \\
  -F to=${v('pii.email', 'probak@argizaiola-etxea.eus')} \\
  -F subject='Martxoko buletina' \\
  -F text='Proba'`)}

EU eskualdea ondo jarrita dago, ezta?`),

  rec('chat_hy', f`Բարև, ջրամբարի մակարդակի ահազանգերի համար Telegram բոտ ենք սարքել, որ հերթապահ ինժեներին հաղորդագրություն ուղարկի։ Տոկենը՝ ${v('credential.telegram_bot_token', TELEGRAM)}
Բայց sendMessage-ը վերադարձնում է "Bad Request: chat not found"։ Խումբը նոր ենք ստեղծել։ Ի՞նչն է սխալ։`),

  rec('chat_so', f`Salaan, waxaan rabaa in jadwalka fasallada luqadda si toos ah loogu diro kanaalka Discord ee ardayda. Webhook-ga waa kan:
${v('credential.discord_webhook_url', DISCORD_HOOK)}
Sideen ugu qoraa Python script yar oo maalin kasta subaxdii 7:00 dira jadwalka? Waxaan haystaa Raspberry Pi.`),

  rec('npmrc', f`唔該幫我睇下，CI 裝唔到我哋私有嘅 @partlix/ui 套件，.npmrc 係咁寫：

${amb('source_code.snippet', f`@partlix:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
always-auth=true`)}

佢話 404 Not Found - GET https://registry.npmjs.org/@partlix%2fui，但係我本機得㗎喎。係咪 token 權限唔夠？`, 'npm token both as the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('pypirc', f`नमस्ते, हाम्रो जलाशय बहाव मोडेल प्याकेज PyPI मा अपलोड गर्दा 403 आयो। ~/.pypirc यस्तो छ:

${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

टोकन project-scoped हो कि account-wide हो भनेर कसरी थाहा पाउने? प्याकेजको नाम himkhola-inflow हो।`),

  rec('json_config', f`Sveiki, Klaipėdos muitinės sandėlio serveryje \`docker pull\` iš mūsų registro meta "unauthorized: authentication required". ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.bondhaven.lt": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Ar "auth" lauke turi būti vartotojas:slaptažodis base64 formatu? Taip ir yra, bet vis tiek neveikia.`),

  rec('chat_pt', f`Olá! Estamos a sincronizar o catálogo de peças do marketplace com a loja Shopify de um vendedor em Braga. O token de acesso da app é ${v('credential.shopify_access_token', SHPAT)} e a chamada GraphQL devolve "Access denied for products field". Que scopes faltam? Já tenho read_products.`),

  rec('chat_sq', f`Përshëndetje, dua të eksportoj koleksionin e API-ve të sensorëve të digës me Postman API.
Çelësi: ${v('credential.postman_api_key', POSTMAN)}
Komanda ime:
${amb('source_code.snippet', f`curl -H "X-Api-Key: ${v('credential.postman_api_key', POSTMAN)}" https://api.getpostman.com/collections`)}
por marr "AuthenticationError: Invalid API Key". Çelësi është krijuar sot në mëngjes.`),

  rec('chat_sl', f`Živjo, rada bi avtomatsko ustvarila nalogo v Linearju, ko se nov tečajnik vpiše v začetni tečaj slovenščine. API ključ: ${v('credential.linear_api_key', LINEAR)}
Kako napišem GraphQL mutacijo issueCreate, da doda še oznako "vpis" in dodeli nalogo Mojci?`),

  rec('code_js', f`Здраво, Sentry не прима грешки од нашата продавница за авто-делови, а во конзолата нема ништо. Ова е init кодот:

${code(f`import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127395840016`)}",
  environment: "production",
  release: "prodavnica@4.12.0",
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request?.url?.includes("/kosnicka")) return null;
    return event;
  },
});`)}

Дали beforeSend ги брише сите настани?`),

  rec('docker_compose', f`Γεια σας, ο agent του Datadog στην τελωνειακή αποθήκη του Πειραιά δεν στέλνει metrics από χθες. Το docker-compose.yml:

${amb('source_code.snippet', f`services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu
      DD_HOSTNAME: apothiki-pir-01
      DD_LOGS_ENABLED: "true"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

Στα logs βλέπω "API Key invalid, dropping transaction". Τι μπορεί να φταίει;`),

  rec('shell', f`Bonjour, je n'arrive pas à lire les secrets du portail client depuis le bureau de Bruxelles :

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.aurelis.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/portail/prod
Error reading secret/data/portail/prod: Error making API request.
Code: 403. Errors:
* permission denied`)}

Le token a été créé hier par Olivier. Qu'est-ce que je dois vérifier dans la policy ?`),

  rec('code_python', f`Salam, su anbarının axın proqnozu modelini Databricks-də işə salmaq istəyirəm. Notebook-dan REST API çağırıram:

${code(f`import requests

headers = {"Authorization": "Bearer ${v('credential.databricks_token', DATABRICKS)}"}
resp = requests.post(
    "https://adb-4182736450192837.7.azuredatabricks.net/api/2.1/jobs/run-now",
    json={"job_id": 58213, "notebook_params": {"tarix": "2025-03-14"}},
    headers=headers,
    timeout=30,
)
print(resp.status_code, resp.text)`)}

Cavab 400 "INVALID_PARAMETER_VALUE" olur. notebook_params düzgündür?`),

  rec('terraform', f`Zdravo, terraform plan za naš webshop dijelova javlja "Unable to authenticate you". main.tf:

${amb('source_code.snippet', f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "katalog" {
  name   = "katalog-sarajevo-01"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Token sam napravio juče sa read i write pravima.`),

  rec('chat_it', f`Ciao, per il sito delle donazioni dell'hospice pediatrico uso questo token API di Cloudflare per svuotare la cache dopo ogni pubblicazione: ${v('credential.cloudflare_api_token', CF_TOKEN)}
Con curl funziona, ma il plugin di WordPress dice "Invalid request headers". Quali permessi servono? Basta Zone → Cache Purge?`),

  rec('shell', f`Сайн байна уу, захиалгын API-г шалгаж байна. Энэ хүсэлт 401 буцаагаад байна:

${amb('source_code.snippet', f`curl -s -H "Authorization: Bearer ${v('credential.jwt', JWT_ORDERS)}" \\
  "https://api.partlix.mn/v2/orders?status=paid&limit=50"`)}

Токены хугацаа дууссан эсэхийг яаж шалгах вэ? Би өчигдөр авсан.`),

  rec('http', f`سڵاو، دەمەوێت لیستی قوتابیانی نوێ لە Moodle وەربگرم بۆ پۆلی زمانی سویدی. ئەم داواکارییە هەڵەی 403 دەداتەوە:

${amb('source_code.snippet', f`GET /webservice/rest/server.php?wsfunction=core_enrol_get_enrolled_users&courseid=42&moodlewsrestformat=json HTTP/1.1
Host: lms.bridgelingua.org
Authorization: Basic ${v('credential.basic_auth_header', BASIC_MOODLE)}
Accept: application/json`)}

ئایا دەبێت تۆکنی web service بەکاربهێنم لە جیاتی Basic؟`),

  rec('chat_en_ng', f`Good morning. The AS2 connection to the customs gateway keeps failing with "decryption failed" since we renewed the certificate. Below is the private key currently loaded on the Apapa bonded warehouse server — please can you tell me if the format is right or if it needs to be PKCS#8?

${v('credential.private_key', RSA_AS2)}

The partner ID is BHAPAPA01. We need this working before the 10am cut-off, abeg.`),

  rec('chat_ps', f`سلام، زه غواړم د ژبې د ښوونځي د زده کوونکو حاضري فایلونه SFTP سرور ته واستوم. دا کیلي مې له پخواني همکار څخه ترلاسه کړې، خو ssh وايي "invalid format":

${v('credential.openssh_private_key', OSSH)}

ایا دا کیلي خرابه ده که زه یې په غلط ډول کاپي کوم؟`),

  rec('chat_prs', f`سلام، لطفاً این پیام را برای شاگردان جدید ساده‌تر بنویس که همه بفهمند:
«برای ورود به سیستم آموزشی، نام کاربری شما شماره شاگردی تان است و رمز عبور موقت ${v('credential.password_in_prose', 'Kabul#Sabz2025')} می‌باشد. بعد از اولین ورود، رمز را حتماً تغییر دهید.»`),

  rec('env_file', f`ආයුබෝවන්, අපේ ඇණවුම් සේවාව අලුත් server එකට මාරු කරද්දී database එකට connect වෙන්නේ නැහැ. Environment එකේ තියෙන්නේ:

${amb('source_code.snippet', f`NODE_ENV=production
DATABASE_URL=postgres://partlix_app:${v('credential.database_url_password', 'x7Rk2pQw9LmZ-col')}@dpg-cq1v8a3tq21c73f2k9m0-a.singapore-postgres.render.com/partlix_orders
REDIS_URL=redis://localhost:6379/0`)}

Error එක: "SSL/TLS required". මොකද කරන්න ඕනේ? ?sslmode=require දාන්න ඕනෙද?`),

  rec('xml_config', f`നമസ്കാരം, ഞങ്ങളുടെ പാലിയേറ്റീവ് കെയർ ഹോം വിസിറ്റ് ആപ്പ് ഡാറ്റാബേസുമായി കണക്ട് ആകുന്നില്ല. web.config-ൽ ഉള്ള connection string ഇതാണ്:

${amb('source_code.snippet', f`<connectionStrings>
  <add name="HomeCare" connectionString="Server=${amb('pii.ip_address', '10.20.1.15')};Database=HomeVisits;User Id=hv_app;Password=${v('credential.connection_string_password', 'Kochi@Hv!2319')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

"Login failed for user 'hv_app'" എന്ന് വരുന്നു. പാസ്‌വേഡ് ഇന്നലെ മാറ്റിയിരുന്നു. എന്തായിരിക്കും കാരണം?`),

  rec('shell', f`សួស្តី! ខ្ញុំព្យាយាម backup មូលដ្ឋានទិន្នន័យស្តុកឃ្លាំងគយ ប៉ុន្តែ cron job ឈប់ដំណើរការ:

${amb('source_code.snippet', f`mysqldump -h 127.0.0.1 -u stock_admin -p'${v('credential.mysql_cli_password', 'St0ck#Ph2025!')}' bonded_stock > /backup/stock_$(date +%F).sql`)}

វាបង្ហាញ "Using a password on the command line interface can be insecure" ហើយ file ទទេ។ តើត្រូវធ្វើយ៉ាងម៉េច?`),

  rec('code_bash', f`မင်္ဂလာပါ၊ ရေအားလျှပ်စစ် တိုင်းတာမှုဒေတာ backup script က cron ထဲမှာ အလုပ်မလုပ်ဘူး။ ကိုယ်တိုင် run ရင်တော့ ရတယ်။

\`\`\`bash
${code(f`#!/bin/bash
# nightly backup of turbine readings
export PGPASSWORD='${v('credential.password_assignment', 'Irrawaddy_Flow88')}'
OUT=/srv/backup/readings_$(date +%Y%m%d).sql.gz
pg_dump -h localhost -U hydro_ro turbine_readings | gzip > "$OUT"
find /srv/backup -name 'readings_*.sql.gz' -mtime +14 -delete`)}
\`\`\`

cron မှာ PATH ပြဿနာလား?`),

  rec('chat_zu', f`Sawubona, ngicela ungisize ngibhale kahle lo myalezo oya kubahlengikazi basebusuku: "I-password entsha ye-Wi-Fi yasehhovisi labahlengikazi ithi ${v('credential.password_in_prose', 'Ubuntu-Lwazi47!')} – ningayiniki izivakashi noma imindeni." Ngifuna uzwakale unomusa kodwa uqinile.`),

  rec('chat_ti', f`ሰላም፡ ነዚ መልእኽቲ ናብ እንግሊዝኛ ተርጉመለይ በጃኻ፡
"ናብ ናይ ትምህርቲ ፖርታል ንምእታው ሽም ተጠቃሚ merhawi.t እዩ፡ መሕለፊ ቃል ድማ ${v('credential.password_in_prose', 'Asmara!7214')} እዩ። ድሕሪ ምእታው ቀይሮ።"`),

  rec('yaml', f`請幫我看一下這個設定檔，為什麼服務連不上 Redis？

${amb('source_code.snippet', f`cache:
  host: redis-tw.partlix.internal
  port: 6380
  password: ${v('credential.password_assignment', 'Tw-Redis-q8Zp3vL1')}
  tls: true
  db: 2`)}

錯誤訊息是 WRONGPASS invalid username-password pair or user is disabled。密碼上週剛改過。`),

  rec('chat_fr_cm', f`Bonjour, aide-moi à reformuler ce message pour le nouveau vendeur de Douala, je veux que ce soit plus professionnel :
« Voici vos accès à l'espace vendeur : Identifiant : garage.akwa.pieces / Mot de passe : ${v('credential.user_password_pair', 'Akwa2025!Pieces')}. Changez-le dès la première connexion svp, on a eu des soucis la dernière fois. »`),

  rec('network_config', f`Hola, estoy revisando la configuración del switch de la sala de control de la central hidroeléctrica antes de la auditoría. ¿Ves algo inseguro?

${amb('source_code.snippet', f`hostname SW-CTRL-CH01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO9)}
username scada privilege 15 password 0 ${v('credential.network_device_secret', 'Mantaro#Ctrl19')}
!
interface Vlan20
 description SCADA-OT
 ip address ${amb('pii.ip_address', '172.20.20.2')} 255.255.255.0
!
line vty 0 4
 login local
 transport input telnet ssh`)}`),

  rec('chat_pt_ao', f`Boa tarde mano, o sistema do armazém alfandegado de Viana já foi reposto. Podes entrar com o utilizador armazem.viana e a palavra-passe ${v('credential.password_in_prose', 'Kwanza!Viana58')}, depois muda logo, ok? Amanhã a AGT vem fazer contagem às 8h.`),

  rec('docker_compose', f`Hallo, wir haben im Kinderhospiz ein Dienstplan-Tool mit Keycloak-Login. Ausschnitt aus der docker-compose.yml:

${amb('source_code.snippet', f`services:
  dienstplan:
    image: registry.sternenhaus-hospiz.de/dienstplan:2.3.1
    environment:
      OIDC_ISSUER: https://sso.sternenhaus-hospiz.de/realms/dienstplan
      OIDC_CLIENT_ID: dienstplan-web
      OIDC_CLIENT_SECRET: ${v('credential.generic_secret_assignment', KEYCLOAK_SECRET)}
      TZ: Europe/Berlin`)}

Nach dem Update auf Keycloak 26 kommt „invalid_client_credentials“. Muss ich das Secret neu generieren oder liegt es an der Client-Authentifizierung?`),

  rec('shell', f`Wealth-tax practice, Toronto office. Our Jira automation that moves client files between boards started failing with 401:

${amb('source_code.snippet', f`curl -s -u ${v('pii.email', 'priya.raman@aurelis-tax.ca')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  --data '{"transition":{"id":"31"}}' \\
  https://aurelis-tax.atlassian.net/rest/api/3/issue/WT-2291/transitions`)}

The token was created last week. Do API tokens now expire after a year by default?`),

  rec('chat_en_my', f`Hi, our Port Klang bonded warehouse shares the daily stock report with the customs officer through this link but he gets AuthorizationFailure when he opens it:
https://bhpkgreports.blob.core.windows.net/daily/stock-2025-03-14.xlsx?sv=2023-11-03&sp=r&st=2025-03-14T00:00:00Z&se=2025-03-21T23:59:59Z&spr=https&sr=b&sig=${v('credential.azure_sas_token', SAS_SIG)}
Did I generate it wrong or is it his office firewall?`),

  rec('code_js', f`Volunteer tutor roster sync for our adult ESL program — this throws "NOT_AUTHORIZED" on the second table only:

${code(f`const Airtable = require('airtable');
const base = new Airtable({ apiKey: '${v('credential.airtable_pat', AIRTABLE)}' }).base('appR4tQm8Vx2LkP9n');

async function syncTutors() {
  const tutors = await base('Tutors').select({ view: 'Active' }).all();
  for (const t of tutors) {
    await base('Sessions').create({ Tutor: [t.id], Week: isoWeek(new Date()) });
  }
}`)}`),

  rec('k8s', f`Hæ, ég setti upp Grafana á Kubernetes fyrir stjórnstöð virkjunarinnar og bjó til þetta Secret fyrir dashboard-provisioning:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: grafana-sa
  namespace: eftirlit
type: Opaque
data:
  GRAFANA_SA_TOKEN: ${v('credential.base64_encoded_token', b64(GLSA))}
  GRAFANA_URL: aHR0cHM6Ly9ncmFmYW5hLmh2aXRhcmZvc3MuaXM=`)}

Podinn segir samt 401 þegar hann reynir að búa til möppur. Þarf tokeninn Admin-hlutverk?`),

  rec('chat_eu', f`Kaixo, idatzi mesedez bezeroari mezu labur eta adeitsu bat: Foru Ogasunaren atarira sartzeko erabiltzailea bere NANa da eta aldi baterako pasahitza ${v('credential.password_in_prose', 'Ondare-Bizk4ia!')} da. Ondare Zergaren aitorpena ostiralerako aurkeztu behar dugu, beraz lehenbailehen sartu dadila.`),

  rec('shell', f`The donations team can't clone the fundraising site repo any more from the hospice laptop:

$ git clone https://lanternhouse:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/lanternhouse/fundraising/_git/donate-site
fatal: Authentication failed for 'https://dev.azure.com/lanternhouse/fundraising/_git/donate-site/'

The PAT was created by our old IT volunteer. Is there a way to see when it expires without his login?`),

  rec('chat_ar_ma', f`السلام، بغيت نربط الواتساب ديال المدرسة باش نصيفطو الرسائل للطلبة الجداد أوتوماتيكيا. عندي هاد التوكن من Meta:
${v('credential.facebook_access_token', FB_WA)}
ولكن كيعطيني "Error validating access token: Session has expired". واش خاصني نصاوب System User token؟`),

];

/**
 * Held-out batch 57: credentials pasted by the staff of a bus and coach maker's after-sales desk, a
 * funeral-home cooperative, a film festival's accreditation office, a municipal waste service, a
 * robotics start-up's firmware and cloud team and a customs brokerage: configs, shell history,
 * code, chats and e-mails in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b57-akia1', B32, 16));
const AKIA_SECRET = fill('b57-akia1s', B64, 40);
const GH_FINE = tok('github_pat_', '11BQ', fill('b57-ghfg1', UPPER + DIGITS, 18), '_', fill('b57-ghfg2', B62, 59));
const HF = tok('hf_', fill('b57-hf', UPPER + LOWER, 34));
const DCKR = tok('dckr_', 'pat_', fill('b57-dckr', B64URL, 27));
const SENTRY_KEY = fill('b57-sentrydsn', HEX, 32);
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1731482210.1, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'kinetiq-robotics' })).replace(/=+$/, ''), '_', fill('b57-sntrys', B62, 43));
const AZ_SECRET = tok(fill('b57-azcs0', B62, 3), '8Q~', fill('b57-azcs', B62 + '~._-', 31));
const OPENAI = tok('sk-proj-', fill('b57-oai1', B64URL, 74), 'T3BlbkFJ', fill('b57-oai2', B64URL, 74));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b57-atl', B64URL, 171), '=', fill('b57-atl2', HEX.toUpperCase(), 8));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b57-rklive', B62, 97));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'vilnius-atliekos', a: fill('b57-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b57-mbx', B64URL, 22));
const GMAPS = tok('AIza', 'Sy', fill('b57-gmaps', B64URL, 33));
const SAS_SIG = `${fill('b57-sas1', B62, 16)}%2F${fill('b57-sas2', B62, 18)}%2B${fill('b57-sas3', B62, 8)}%3D`;
const TEAMS_WF = tok('https://prod-', '214', '.westeurope.logic.azure.com:443/workflows/', fill('b57-teamswf', HEX, 32), '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=', fill('b57-teamssig', B64URL, 43));
const TW_SID = tok('AC', fill('b57-twsid', HEX, 32));
const TW_TOKEN = fill('b57-twtok', HEX, 32);
const TELEGRAM = tok('7318204956', ':', 'AA', fill('b57-tg', B64URL, 33));
const SENDGRID = tok('SG.', fill('b57-sg1', B64URL, 22), '.', fill('b57-sg2', B64URL, 43));
const VAULT = tok('hvs.', 'CAESI', fill('b57-vault', B64URL, 86));
const DD_API = fill('b57-ddapi', HEX, 32);
const SLACK_BOT = tok('xoxb-', '2817340596', '3-', '8120943375861-', fill('b57-xoxb', B62, 24));
const MAILCHIMP = tok(fill('b57-mc', HEX, 32), '-us14');
const AIRTABLE = tok('pat', fill('b57-at1', B62, 14), '.', fill('b57-at2', HEX, 64));
const BREVO = tok('xkeysib-', fill('b57-brevo1', HEX, 64), '-', fill('b57-brevo2', B62, 16));
const DROPBOX = tok('sl.', 'B', fill('b57-dbx', B64URL, 138));
const NOTION = tok('ntn_', fill('b57-ntn1', DIGITS, 11), fill('b57-ntn2', B62, 35));
const FIGMA = tok('figd_', fill('b57-figd', B64URL, 40));
const GLPAT = tok('glpat-', fill('b57-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Pk4Tz8Wq2Rb6Yc1Hn5Mv9Ls3Dx7Fg0');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b57-ant', B64URL, 93), 'AA');
const CF_TOKEN = fill('b57-cftok', B62 + '_-', 40);
const AZ_STORAGE = `${fill('b57-azst', B64, 86)}==`;
const POSTMAN = tok('PMAK-', fill('b57-pmak1', HEX, 24), '-', fill('b57-pmak2', HEX, 34));
const PAYSTACK = tok('sk_', 'live_', fill('b57-paystack', HEX, 40));
const GROQ = tok('gsk_', fill('b57-groq', B62, 52));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1302874195530184', '721/', fill('b57-dischook', B64URL + '-', 68));
const LINEAR = tok('lin_', 'api_', fill('b57-linear', B62, 40));
const SHOPIFY = tok('shpat_', fill('b57-shpat', HEX, 32));

const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b57-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b57-rsa-iot', 1190);
const SA_PEM = pem('PRIVATE KEY', 'b57-gcp', 1216);
const PGP_BODY = `lQVYBGZ${fill('b57-pgp0', B64, 57)}\n${(b64Bytes('b57-pgp', 760).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b57-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const PPK_PRIV = b64Bytes('b57-ppk', 48);
const FLEET_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'fleet-2024-11' }, { sub: 'svc-dock-scheduler', aud: 'fleet-api', scope: 'robots:write missions:write', iat: 1732170000, exp: 1732173600 }, 'b57-fleetjwt');
const BASIC_TELEMATIK = b64('ws_kundendienst:Gelenkbus-Ch4ssis!19');
const BASIC_RFID = b64('council_api:Wh33lieBin#2291');
const DOCKER_AUTH = b64(`kinetiq-ci:${tok('dckr_', 'pat_', fill('b57-dckr2', B64URL, 27))}`);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH57_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our dock-scheduler service can't reach the fleet MQTT broker since the move to us-east-2. Here's the .env from the staging box, what's missing?

${amb('source_code.snippet', f`# fleet-cloud/dock-scheduler/.env.staging
AWS_REGION=us-east-2
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
IOT_ENDPOINT=a2x7kq91mfzr3e-ats.iot.us-east-2.amazonaws.com
MQTT_USERNAME=dock-scheduler
MQTT_PASSWORD=${v('credential.password_assignment', 'Pallet-Jack-88!rz')}
MISSION_QUEUE=missions-staging`)}`),

  rec('chat_ko', f`펌웨어 OTA 릴리스 워크플로에서 태그 푸시가 403으로 실패합니다. fine-grained 토큰 권한을 Contents: Read and write로 줬는데도 그래요. 토큰은 ${v('credential.github_fine_grained_pat', GH_FINE)} 이고, 리포는 kinetiq/amr-firmware 입니다. 조직 승인이 필요한 건가요?`),

  rec('code_python_ja', f`社内のビジョンモデル（棚検出）をダウンロードするスクリプトですが、CIだけで401になります。ローカルでは動きます。

\`\`\`python
${code(f`from huggingface_hub import snapshot_download

# 倉庫ロボット用の棚検出モデル（private repo）
HF_TOKEN = "${v('credential.huggingface_token', HF)}"

path = snapshot_download(
    repo_id="kinetiq/shelf-detector-v3",
    revision="2024.11.2",
    token=HF_TOKEN,
    local_dir="/opt/models/shelf",
)
print("downloaded to", path)`)}
\`\`\``),

  rec('shell_zh_tw', f`同事說 Jenkins 上的映像推不上去，我把他貼的 history 整理一下，請幫我看是哪裡錯：

  ${amb('source_code.snippet', f`512  docker logout
  513  echo ${v('credential.dockerhub_pat', DCKR)} | docker login -u kinetiqci --password-stdin
  514  docker build -t kinetiq/nav-stack:1.14.3 .
  515  docker push kinetiq/nav-stack:1.14.3
  516  denied: requested access to the resource is denied`)}

token 是上週重新產生的，權限應該是 Read & Write。`),

  rec('chat_mr', f`आपल्या fleet dashboard चे errors Sentry मध्ये दिसत नाहीत. frontend मध्ये DSN असा टाकला आहे: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508113.ingest.de.sentry.io/4508113927461888`)} — आणि CI मध्ये sourcemaps upload साठी org token ${v('credential.sentry_auth_token', SNTRYS)} वापरतोय. region चुकीचा आहे का? EU org आहे आपला.`),

  rec('json_config_de_at', f`Hallo, unser Garantieportal für die Händler (Entra-ID-Login) wirft seit heute früh AADSTS7000215. Hier die appsettings.Production.json:

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "8d3f1a62-47c9-4e0b-b3a5-2f9e71c40d86",
    "ClientId": "c2a79e15-6b03-4d8f-91e4-5a0d37b8f2c1",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}",
    "CallbackPath": "/signin-oidc"
  },
  "Gewaehrleistung": { "MaxAnhangMB": 25, "Sprache": "de-AT" }
}`)}

Ist das Secret abgelaufen oder stimmt was mit der Tenant-ID nicht?`),

  rec('java_props_de_ch', f`Grüezi, die Schnittstelle vom Kundendienst-Tool zur SAP-HANA-Replika bricht beim Start ab ("invalid username or password"). application.properties:

${amb('source_code.snippet', f`spring.datasource.url=jdbc:sap://hana-rep01.carrosserie-intern.ch:30015/?databaseName=GWL&encrypt=true
spring.datasource.username=GWL_READER
spring.datasource.password=${v('credential.password_assignment', 'Postauto-Gelb#7731')}
spring.datasource.hikari.maximum-pool-size=8
gewaehrleistung.export.cron=0 30 5 * * MON-FRI`)}

Das Passwort wurde letzte Woche von der Basis geändert, ich habe es schon angepasst.`),

  rec('curl_it', f`Ciao, provo a scaricare i dati CAN del pullman in garanzia (telaio ZCF…) dal portale telematico del fornitore ma ricevo sempre 401:

${amb('source_code.snippet', f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_TELEMATIK)}" \\
  "https://api.telematik-partner.eu/v2/vehicles/4471/faultcodes?from=2024-11-01&to=2024-11-20"`)}

L'utente è quello del servizio clienti, la password me l'ha data il collega di Ulm. Dove sbaglio?`),

  rec('code_python_sv', f`Hej! Jag har byggt ett litet skript som klassar garantiärenden (motor, dörrar, klimat, övrigt) med OpenAI. Kan du förbättra prompten så att den också svarar på svenska?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

KATEGORIER = ["motor", "dörrsystem", "klimatanläggning", "elsystem", "övrigt"]

def klassa(arende: str) -> str:
    svar = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Klassa garantiärendet i en av: " + ", ".join(KATEGORIER)},
            {"role": "user", "content": arende},
        ],
    )
    return svar.choices[0].message.content.strip()`)}`),

  rec('curl_hu', f`A Jira automatizáció nem tudja lezárni a garanciális jegyeket. Ezzel próbáltam kézzel:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'bodnar.krisztina@buszgyar-szerviz.hu')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  --data '{"transition":{"id":"41"}}' \\
  https://buszgyar.atlassian.net/rest/api/3/issue/GAR-3318/transitions`)}

Válasz: 404. Mi lehet a gond, jogosultság vagy rossz transition id?`),

  rec('chat_sk', f`Ahoj, potrebujem preložiť do nemčiny správu pre nášho dílera v Žiline: „Dobrý deň, prístup do portálu náhradných dielov je znova aktívny. Používateľské meno: dealer.zilina2, heslo: ${v('credential.password_in_prose', 'Trolejbus-2024!sk')}. Pri prvom prihlásení si ho prosím zmeňte.“`),

  rec('php_config_nl_be', f`De website van de coöperatie (WordPress) geeft "Error establishing a database connection" na de verhuis naar de nieuwe hosting. Dit staat in wp-config.php:

${amb('source_code.snippet', f`define( 'DB_NAME', 'uitvaart_coop_wp' );
define( 'DB_USER', 'coop_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Rouwkrans!58Gent')}' );
define( 'DB_HOST', 'localhost:3307' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wpc_';`)}

Moet DB_HOST misschien een socket zijn?`),

  rec('email_fr_be', f`Bonjour, pouvez-vous corriger le français de ce mail avant que je l'envoie à la famille ?

« Madame Lambotte,
Comme convenu, la cérémonie de jeudi sera retransmise en direct pour les proches qui ne peuvent pas se déplacer. Le lien est celui de notre page hommages ; le mot de passe pour accéder à la diffusion est ${v('credential.password_in_prose', 'Hortensia-1947')}. Il restera valable 30 jours pour revoir la cérémonie.
Avec nos sincères condoléances, »`),

  rec('chat_es_mx', f`Oye, para el cobro de los planes de previsión funeraria en línea el proveedor nos mandó esta llave restringida: ${v('credential.stripe_restricted_key', STRIPE_RK)}. ¿Con esa puedo crear suscripciones mensuales o necesito la secreta completa? Solo quiero que pueda cobrar, no reembolsar.`),

  rec('chat_ca', f`Em pots ajudar a redactar una nota per al torn de nit del tanatori? Ha de dir que el programa de gestió de sales ha canviat de servidor i que les credencials noves són usuari: torn.nit / contrasenya: ${v('credential.user_password_pair', 'Xiprer#Sala3')} i que no les apuntin al suro de la recepció.`),

  rec('chat_eu', f`Kaixo! Errausketa-labearen kontrol-panelerako sarbidea aldatu dugu. Idatzi mezu labur bat langileentzat euskaraz eta gaztelaniaz: erabiltzailea "labea_gaua" da eta pasahitza ${v('credential.password_in_prose', 'Hilerria-Zaharra77')}, eta ez dela inorekin partekatu behar.`),

  rec('cisco_config', f`Depot switch at Bramley Road lost its TACACS config after the firmware update. Can you tell me which lines I need to put back? Current running-config (trimmed):

${amb('source_code.snippet', f`hostname DEPOT-BRAMLEY-SW01
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b57-cisco9a', B62 + './', 14), '$', fill('b57-cisco9b', B62 + './', 43)))}
!
username fleetadmin privilege 15 secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b57-cisco9c', B62 + './', 14), '$', fill('b57-cisco9d', B62 + './', 43)))}
!
snmp-server community ${v('credential.network_device_secret', 'BinL0rry-RO-7734')} RO 10
snmp-server host ${amb('pii.ip_address', '10.72.4.20')} version 2c ${v('credential.network_device_secret', 'BinL0rry-RO-7734')}
!
interface Vlan40
 description WEIGHBRIDGE
 ip address ${amb('pii.ip_address', '10.72.40.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}`, 'enable/username secrets are type-9 hashes (ambiguous); the SNMP community string is the clear-text secret'),

  rec('chat_lt', f`Sveiki, maršrutų optimizavimo skriptas nebeatsisiunčia Mapbox plytelių neprisijungus. Naudoju slaptą raktą ${v('credential.mapbox_secret_token', MAPBOX)} su DOWNLOADS:READ teise. Ar jis turi būti .netrc faile, ar užtenka aplinkos kintamojo?`),

  rec('code_js_lv', f`Sveiki! Atkritumu konteineru kartē marķieri neparādās, konsolē ir "RefererNotAllowedMapError". Lūdzu, paskaties:

${code(f`// konteineru-karte.js
const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GMAPS)}",
  version: "weekly",
  libraries: ["marker"],
});

loader.load().then(async () => {
  const { Map } = await google.maps.importLibrary("maps");
  const karte = new Map(document.getElementById("karte"), { center: { lat: 56.9496, lng: 24.1052 }, zoom: 13, mapId: "konteineri" });
  const dati = await fetch("/api/konteineri?rajons=centrs").then((r) => r.json());
  dati.forEach((k) => new google.maps.marker.AdvancedMarkerElement({ map: karte, position: k.pos, title: k.adrese }));
});`)}`),

  rec('chat_bg', f`Здравейте, сензорите за запълване на контейнерите качват CSV файлове в Azure, но от вчера получаваме AuthorizationFailure. Ето URL-а, който е в конфигурацията на шлюза:
https://sofiaotpadacisensors.blob.core.windows.net/fill-levels?sp=racwl&st=2024-11-01T00:00:00Z&se=2025-05-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${v('credential.azure_sas_token', SAS_SIG)}
Дали не е изтекъл, или трябва да сменим sr=c?`),

  rec('powershell_sq', f`Përshëndetje, skripti që dërgon njoftim në Teams kur një kontejner mbushet mbi 90% nuk funksionon më pas ndryshimit të Microsoft. A më ndihmon?

${amb('source_code.snippet', f`$url = "${v('credential.teams_webhook_url', TEAMS_WF)}"
$mesazh = @{ text = "Kontejneri K-118 (Rruga e Durrësit) është 94% plot" } | ConvertTo-Json
Invoke-RestMethod -Uri $url -Method Post -ContentType 'application/json; charset=utf-8' -Body $mesazh`)}

Gabimi: "The request body is not valid for the trigger".`),

  rec('docker_compose_ru', f`Привет! Сервис телеметрии мусоровозов не стартует, в логах "password authentication failed for user telemetry". Вот docker-compose:

${amb('source_code.snippet', f`services:
  telemetry-api:
    image: registry.ecoservis.local/telemetry-api:3.2.1
    environment:
      DATABASE_URL: postgresql://telemetry:${v('credential.database_url_password', 'Musorovoz_2024!kz')}@pg-telemetry:5432/trucks
      GPS_POLL_SECONDS: "15"
    depends_on: [pg-telemetry]
  pg-telemetry:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_USER: telemetry
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Musorovoz_2024!kz')}`)}

Пароль в двух местах одинаковый, я проверил.`),

  rec('chat_sw', f`Habari, tunatumia Twilio kutuma SMS za kuwakumbusha wakazi siku ya kukusanya taka. Tangu jana zinakataliwa na kosa 20003. Account SID ni ${v('credential.twilio_account_sid', TW_SID)} na auth token ni ${v('credential.twilio_auth_token', TW_TOKEN)}. Je, tatizo ni salio la akaunti au token imebadilishwa?`),

  rec('chat_yo', f`Ẹ kú iṣẹ́ o. Mo ṣe bot Telegram kan kí àwọn olùgbé lè ròyìn ibi tí wọ́n da ìdọ̀tí sí ní òpópónà. Token bot náà ni ${v('credential.telegram_bot_token', TELEGRAM)} — ṣùgbọ́n kò dáhùn sí /start mọ́. Ṣé webhook ni mo ní láti tún ṣètò?`),

  rec('code_js_en_ng', f`Abeg help me check this Node function, the clearance notices are not going out to importers since Monday:

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function sendClearanceNotice(shipment) {
  const msg = {
    to: shipment.consigneeEmail,
    from: '${v('pii.email', 'clearance@apapa-forwarders.ng')}',
    subject: \`Form M \${shipment.formM} – duty assessed\`,
    text: \`Your shipment \${shipment.bl} has been assessed. Duty payable: NGN \${shipment.duty}.\`,
  };
  await sgMail.send(msg);
}`)}`),

  rec('chat_mr', f`ICEGATE पोर्टलचा login बदलला आहे. नवीन user ID: CHA-PNQ-2291 आणि पासवर्ड ${v('credential.password_in_prose', 'Kasturba@Gate#91')} आहे. हे सगळ्या documentation टीमला एका छोट्या मेसेजमध्ये मराठी आणि English मध्ये लिहून दे, पण पासवर्ड WhatsApp वर पाठवू नका असंही लिही.`),

  rec('chat_kn', f`ನಮ್ಮ firmware build pipeline Vault ಇಂದ signing key ತಗೊಳ್ಳೋಕೆ ಆಗ್ತಿಲ್ಲ. ನಾನು export VAULT_TOKEN=${v('credential.vault_token', VAULT)} ಅಂತ ಹಾಕಿ vault kv get secret/firmware/signing ಮಾಡಿದ್ರೆ "permission denied" ಬರ್ತಿದೆ. policy ಸರಿ ಇದೆಯಾ ಅಂತ ಹೇಗೆ ನೋಡೋದು?`),

  rec('chat_ms', f`Salam, sistem EDI kami hantar fail manifest ke pelabuhan melalui SFTP. Sejak pagi tadi sambungan ditolak. URL dalam konfigurasi: sftp://pkl_edi:${v('credential.url_password', 'Klang-Utara#2024')}@edi.portklang-gw.com.my:22/inbound/manifest — adakah kata laluan perlu di-encode sebab ada aksara #?`),

  rec('yaml_fil', f`Pa-check naman ng Datadog agent config namin sa customs declaration server, walang lumalabas na metrics sa dashboard:

${amb('source_code.snippet', f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: ap1.datadoghq.com
hostname: mnl-declare-02
logs_enabled: true
tags:
  - env:prod
  - team:brokerage`)}

Ano kaya ang mali? Tama naman daw yung site sabi ni Carlo.`),

  rec('chat_yue', f`喂，我哋同船公司交換 manifest 係用 PGP 加密嘅。舊同事走咗，淨低呢條 private key，我 import 落 Kleopatra 佢話要 passphrase，但係冇人知。係咪即係用唔到？

${v('credential.pgp_private_key', PGP)}`),

  rec('chat_ko', f`영화제 게스트 오피스 슬랙 봇이 배지 발급 알림을 안 보내요. 토큰은 ${v('credential.slack_bot_token', SLACK_BOT)} 이고 chat:write 권한은 있어요. 채널에 봇을 초대해야 하나요?`),

  rec('chat_ja', f`映画祭のプレス向けニュースレターをMailchimpからまとめて書き出したいです。APIキーは ${v('credential.mailchimp_api_key', MAILCHIMP)} です。「press-2025」オーディエンスのタグ付きでCSVにするPythonスクリプトを書いてもらえますか？`),

  rec('code_python_es_co', f`Hola, este script pasa las acreditaciones aprobadas de Airtable a la impresora de escarapelas, pero se queda colgado en la segunda página:

${code(f`import requests

TOKEN = "${v('credential.airtable_pat', AIRTABLE)}"
BASE = "appR4vK9mQ2tX7wN1"
TABLA = "Acreditaciones"

def aprobadas():
    url = f"https://api.airtable.com/v0/{BASE}/{TABLA}"
    params = {"filterByFormula": "{Estado}='Aprobada'"}
    while True:
        r = requests.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, params=params).json()
        yield from r["records"]
        if "offset" not in r:
            break`)}

¿Qué me falta para la paginación?`),

  rec('env_fr_ca', f`Salut! Pour l'envoi des confirmations d'accréditation (médias et industrie), on passe de Mailchimp à Brevo. Voici le .env du serveur de billetterie, est-ce que c'est complet?

${amb('source_code.snippet', f`BREVO_API_KEY=${v('credential.brevo_api_key', BREVO)}
BREVO_SENDER_NAME="Festival du film — Accréditations"
BREVO_TEMPLATE_MEDIA=41
BREVO_TEMPLATE_INDUSTRIE=42
LANG_DEFAUT=fr-CA`)}`),

  rec('chat_is', f`Geturðu þýtt þetta yfir á ensku fyrir erlendu blaðamennina? „Aðgangur að myndbandasafninu fyrir fjölmiðla er opinn frá 1. desember. Notandanafn er netfangið ykkar og lykilorðið er ${v('credential.password_in_prose', 'Nordurljos-Bio25')} fyrir alla. Vinsamlegast deilið því ekki.“`),

  rec('chat', f`Screener uploads for the jury keep failing halfway. I'm using the Dropbox token from the app console: ${v('credential.dropbox_access_token', DROPBOX)} — it works for small files but the 38 GB ProRes masters die after ~4 hours with expired_access_token. Do I need upload sessions or a refresh token?`),

  rec('chat_ar_eg', f`يا جماعة، عاوز أعمل integration بين فورم الاعتماد الصحفي وقاعدة البيانات بتاعتنا على Notion. الـ token اللي عملته هو ${v('credential.notion_token', NOTION)} بس كل ما أعمل query بيقولي object_not_found. هو لازم أعمل share للداتابيز مع الـ integration الأول؟`),

  rec('chat_ca', f`Hola! Per als cartells del festival fem servir l'API de Figma per exportar les peces en PNG. El token personal és ${v('credential.figma_token', FIGMA)} i el fitxer és el de "Cartells 2025". Em pots fer un script en Node que exporti tots els frames de la pàgina "Xarxes"?`),

  rec('gcp_sa_json', f`We're loading shipment milestones into BigQuery for the customs dashboards. The job fails with "invalid_grant: Invalid JWT Signature". Service-account key we're using:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nhava-clearance-analytics",
  "private_key_id": "${fill('b57-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-loader@nhava-clearance-analytics.iam.gserviceaccount.com')}",
  "client_id": "104827736190452817733",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-loader%40nhava-clearance-analytics.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Server clock is in IST, could that be it?`, 'service-account e-mail ambiguous (a robot account), also where it appears URL-encoded'),

  rec('chat_de_at', f`Servus, für das Diagnose-Gateway in der Werkstatt Linz brauche ich den SSH-Zugang auf meinem neuen Laptop. Der Kollege hat mir den Schlüssel so geschickt, funktioniert aber nicht ("invalid format"):

${v('credential.openssh_private_key', SSH_KEY)}

Muss da am Ende noch eine Leerzeile hin?`),

  rec('http_request', f`The RFID bin-lift vendor says our requests have the wrong auth. This is what Postman sends:

${amb('source_code.snippet', f`POST /api/v3/lifts/batch HTTP/1.1
Host: rfid.binlift-systems.co.uk
Authorization: Basic ${v('credential.basic_auth_header', BASIC_RFID)}
Content-Type: application/json
Content-Length: 412

{"round":"R-WED-14","vehicle":"YK71 HGF","lifts":[{"tag":"E2801160600002069A3C1B77","ts":"2024-11-20T06:41:12Z","weight_kg":18.4}]}`)}

They say it should be a bearer token now? Can I keep Basic for the old trucks?`),

  rec('chat_sv', f`Vår build-runner för styrkortet kan inte klona undermodulen längre. Jag la in det här i .gitmodules-omskrivningen:

${amb('source_code.snippet', f`git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.kinetiq.se/".insteadOf "https://gitlab.kinetiq.se/"`)}

och nu får jag "HTTP Basic: Access denied". Är det fel användarnamn, ska det vara mitt eget?`),

  rec('shell_hu', f`Valaki lefuttatta ezt a vámkezelő szerveren és most nem indul a napi export. Mit rontott el?

${amb('source_code.snippet', f`$ mysql -h ${amb('pii.ip_address', '127.0.0.1')} -u vamadmin -p${v('credential.mysql_cli_password', 'Zahony-Hatar2024')} vamkezeles -e "ALTER TABLE hatarozatok MODIFY COLUMN tarifaszam VARCHAR(12);"
$ systemctl restart export-napi.service
$ journalctl -u export-napi -n 20`)}`),

  rec('chat_ru', f`Коллеги, нужно написать короткую инструкцию для новых декларантов. Доступ в программу подачи деклараций: логин dekl_spb_07, пароль ${v('credential.password_in_prose', 'Pulkovo-Tamozhnya88')}, при первом входе система попросит сменить. Сделай, пожалуйста, понятный пошаговый текст.`),

  rec('npmrc_fil', f`Hindi ma-install ng bagong dev yung private packages namin para sa robot dashboard. Ito yung .npmrc na binigay ko sa kanya:

${amb('source_code.snippet', f`@kinetiq:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}

Lumalabas na E404 Not Found sa @kinetiq/fleet-ui. Bakit kaya?`, 'npm token is both the .npmrc value and an npm_ token: two labels on one span'),

  rec('curl_zh_tw', f`機器人排程 API 回 401，但 token 明明剛拿到的。我這樣打：

${amb('source_code.snippet', f`curl -X POST https://fleet.kinetiq.tw/api/v2/missions \\
  -H "Authorization: Bearer ${v('credential.jwt', FLEET_JWT)}" \\
  -H "Content-Type: application/json" \\
  -d '{"robot":"AMR-0417","dock":"B3","priority":2}'`)}

是不是 aud 不對？`),

  rec('chat_it', f`Mi serve una mail per la nuova collega dell'ufficio amministrativo della cooperativa. Deve accedere alla casella PEC per ricevere i certificati di morte dal Comune: indirizzo della casella lo sa già, la password iniziale è ${v('credential.password_in_prose', 'Cipresso.2024!pec')} e va cambiata entro 48 ore. Scrivila in modo cordiale ma chiaro.`),

  rec('ppk_sk', f`WinSCP sa nevie pripojiť na SFTP colného úradu s týmto kľúčom, píše "Server refused our key". Kľúč je takýto:

PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: colne-sk-export@brokerage
Public-Lines: 6
AAAAB3NzaC1yc2EAAAADAQABAAABAQ${fill('b57-ppkpub', B64, 60)}
${fill('b57-ppkpub2', B64, 64)}
${fill('b57-ppkpub3', B64, 64)}
${fill('b57-ppkpub4', B64, 64)}
${fill('b57-ppkpub5', B64, 64)}
${fill('b57-ppkpub6', B64, 36)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b57-ppkmac', HEX, 64)}

Treba verejný kľúč poslať znova na úrad?`),

  rec('tfvars_lv', f`Terraform plāns neizdodas ar "Authentication error (10000)" Cloudflare providerim. Lūdzu paskaties terraform.tfvars:

${amb('source_code.snippet', f`cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "${fill('b57-cfzone', HEX, 32)}"
records = {
  "fleet"  = "fleet-lb.kinetiq.lv"
  "ota"    = "ota-cdn.kinetiq.lv"
}`)}

Tokenam ir Zone.DNS edit tiesības.`),

  rec('chat_bg', f`Здравей, трябва да прехвърлим сканираните митнически декларации от стария NAS в Azure Storage. Connection string-ът, който ни дадоха, е:
DefaultEndpointsProtocol=https;AccountName=mitnicaarchiv;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Напиши ми PowerShell скрипт с AzCopy, който качва папките по години.`),

  rec('chat_sq', f`Më ndihmo të shkruaj një njoftim për familjet që presin në sallën e ceremonive: „Rrjeti Wi-Fi për të afërmit është Salla-Kujtimi, fjalëkalimi: ${v('credential.password_in_prose', 'Trendafil2024')}“. Dua që të jetë i shkurtër dhe me ton të butë.`),

  rec('chat_eu', f`Konpostatze-plantako SCADA sistemaren sarbidea behar du kanpoko teknikariak bihar. Bidali diodan mezua zuzendu: "Kaixo Iker, erabiltzailea: teknikari_kanpo eta pasahitza: ${v('credential.user_password_pair', 'Konposta!Gasteiz9')} — goizeko 8etatik aurrera bakarrik ibiliko da."`),

  rec('chat_sw', f`Naomba unisaidie kuandika barua pepe fupi kwa mhasibu mpya wa ofisi ya Mombasa. Aambiwe kuwa akaunti yake ya mfumo wa forodha imefunguliwa: jina la mtumiaji ni "ofisi.msa3" na nenosiri ni ${v('credential.password_in_prose', 'Kilindini#Bandari7')}, na abadilishe nenosiri akiingia mara ya kwanza.`),

  rec('php_en_ng', f`${code(f`<?php
// verify Paystack payment for customs duty top-up
$secretKey = '${v('credential.generic_secret_assignment', PAYSTACK)}';
$ref = $_GET['reference'] ?? '';

$ch = curl_init("https://api.paystack.co/transaction/verify/" . rawurlencode($ref));
curl_setopt($ch, CURLOPT_HTTPHEADER, ["Authorization: Bearer " . $secretKey]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$res = json_decode(curl_exec($ch), true);

if ($res['data']['status'] === 'success') {
    markDutyPaid($ref, $res['data']['amount'] / 100);
}`)}

Oga said make I move the key to env. How I go do am for shared hosting?`, 'a Paystack live secret (sk_live_ + 40 hex), not a Stripe key: labelled as a generic secret'),

  rec('chat_ko', f`로봇 음성 안내 문구 생성에 Claude API를 붙이려고 합니다. 키는 ${v('credential.anthropic_api_key', ANTHROPIC)} 인데, 한국어 존댓말로 "충전 스테이션으로 이동합니다" 같은 짧은 안내를 만들게 하는 시스템 프롬프트 예시 좀 써 주세요.`),

  rec('chat_ja', f`AWS IoT に新しいロボットを登録したときの秘密鍵です。デバイスに書き込む前に形式が正しいか確認してほしいです（PKCS#1 のままで良いか、PKCS#8 に変換すべきか）。

${v('credential.private_key', RSA_KEY)}`),

  rec('chat_mr', f`Postman collection आपल्या fleet API च्या CI मध्ये चालवायची आहे. newman साठी API key ${v('credential.postman_api_key', POSTMAN)} आहे. GitHub Actions मध्ये हे कसं लावायचं याचा एक छोटा workflow लिहून दे.`),

  rec('chat_kn', f`Robot log ಗಳನ್ನ summarize ಮಾಡೋಕೆ Groq ಬಳಸ್ತಿದ್ದೀವಿ. key ${v('credential.groq_api_key', GROQ)}. rate limit 429 ಬರ್ತಿದೆ, retry with backoff ಹೇಗೆ ಬರೀಬೇಕು Python ನಲ್ಲಿ?`),

  rec('chat_es_co', f`Quiero que cada vez que se apruebe una acreditación de prensa llegue un aviso al canal #acreditaciones de nuestro Discord. El webhook es ${v('credential.discord_webhook_url', DISCORD_HOOK)}. ¿Me armas el JSON con un embed que muestre nombre, medio y categoría?`),

  rec('chat', f`Can you write a GitHub Action that creates a Linear issue whenever a nightly firmware build fails? Our Linear key is ${v('credential.linear_api_key', LINEAR)}, team key FW.`),

  rec('docker_config_fr_ca', f`Le runner de build ne peut plus tirer l'image de base privée. Voici le ~/.docker/config.json sur la machine :

${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Est-ce que le jeton est expiré ou c'est le credsStore vide?`),

  rec('chat_en_in', f`Our festival merch store on Shopify — the custom app that syncs badge-holder discounts stopped working. Admin API access token is ${v('credential.shopify_access_token', SHOPIFY)}. Error is 403 "merchant approval for read_customers scope". How do I re-approve?`),
];

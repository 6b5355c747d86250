/**
 * Held-out batch 127: credentials pasted by a seed bank's germplasm exchange desk, ambulance dispatch
 * centres, a yacht charter broker, a call-centre outsourcer's QA team, a pipeline operator's
 * leak-detection control room and a university alumni office, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord, type Frag } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: Frag): Frag => v('source_code.snippet', body);

const TW_SID = tok('AC', fill('b127-twsid', HEX, 32));
const TW_TOKEN = fill('b127-twtok', HEX, 32);
const TG = tok('7482913065', ':AA', fill('b127-tg', B64URL, 33));
const TEAMS = tok('https://meldkamerzuid.webhook.office.com/webhookb2/', '7c1e9a42-3b65-4d08-9f21-5ae8c7d4b306@2d8f4a91-6c37-4e5b-a0f2-8b1d9e3c7a54/IncomingWebhook/', fill('b127-teams1', HEX, 32), '/', 'a41f7c93-2e58-4b0d-86c1-3f9e2d7b5a18/', 'V2', fill('b127-teams2', B64URL, 43));
const STRIPE = tok('sk_', 'live_', '51', fill('b127-stripe', B62, 97));
const SG = tok('SG.', fill('b127-sg1', B64URL, 22), '.', fill('b127-sg2', B64URL, 43));
const GMAPS = tok('AIza', 'Sy', fill('b127-gmaps', B64URL, 33));
const GEN_SECRET = fill('b127-genesys', B64URL, 43);
const OPENAI = tok('sk-proj-', fill('b127-oai1', B64URL, 74), 'T3BlbkFJ', fill('b127-oai2', B64URL, 74));
const AZ_KEY = tok(fill('b127-azkey', B64, 86), '==');
const SLACK_BOT = tok('xoxb-', '5829103746', '1-', '7391820465173-', fill('b127-xoxb', B62, 24));
const BB_SUB = fill('b127-bbsub', HEX, 32);
const BB_SECRET = fill('b127-bbsec', B64, 44);
const MC = tok(fill('b127-mc', HEX, 32), '-us14');
const JWT_KO = jwt({ alg: 'RS256', typ: 'JWT', kid: 'give-2024-11' }, { sub: 'svc-donor-portal', aud: 'give.ashgrove.ac.kr', scope: 'donors:read gifts:read', iat: 1733115600, exp: 1733202000 }, 'b127-jwtko');
const GHP = gh('ghp', 'Tq7Wm2Kx9Bn4Rv8Ls1Hd6Pz3Fc5Yj0');
const AKIA = tok('AKIA', fill('b127-akia', B32, 16));
const AWS_SECRET = fill('b127-awssec', B64, 40);
const GCP_PEM = pem('PRIVATE KEY', 'b127-gcp', 1216).replace(/\n/g, '\\n');
const HF = tok('hf_', fill('b127-hf', B62, 34));
const BEARER = fill('b127-bearer', B62 + '-._~', 72);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b127-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GLSA = tok('glsa_', fill('b127-glsa1', B62, 32), '_', fill('b127-glsa2', HEX, 8));
const AZ_CS = tok(fill('b127-azcs0', B62, 3), '8Q~', fill('b127-azcs', B62 + '_~.-', 34));
const VAULT = tok('hvs.', 'CAESI', fill('b127-vault', B64URL, 86));
const DD = fill('b127-dd', HEX, 32);
const DSN = tok('https://', fill('b127-dsn', HEX, 32), '@o482913.ingest.us.sentry.io/4507382910374912');
const GLPAT = tok('glpat-', fill('b127-glpat', B62 + '-_', 20));
const FCM = tok('AAAA', fill('b127-fcm1', B64URL, 7), ':APA91b', fill('b127-fcm2', B64URL, 134));
const DBX = tok('sl.', 'B', fill('b127-dbx', B64URL, 138));
const AIRTABLE = tok('pat', fill('b127-at1', B62, 14), '.', fill('b127-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b127-ntn1', DIGITS, 11), fill('b127-ntn2', B62, 35));
const ATL = tok('ATATT', '3xFfGF0', fill('b127-atl', B64URL, 171), '=', fill('b127-atl2', HEX.toUpperCase(), 8));
const PMAK = tok('PMAK-', fill('b127-pmak1', HEX, 24), '-', fill('b127-pmak2', HEX, 34));
const OKTA = tok('00', fill('b127-okta', B64URL, 40));
const BREVO = tok('xkeysib-', fill('b127-brevo1', HEX, 64), '-', fill('b127-brevo2', B62, 16));
const PPK = b64Bytes('b127-ppk', 48);
const SHPAT = tok('shpat_', fill('b127-shpat', HEX, 32));
const CF = fill('b127-cf', B62 + '_-', 40);
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kqtzvmxrwplhbndjesoa', role: 'service_role', iat: 1727740800, exp: 2043316800 }, 'b127-supa');
const RSA = pem('RSA PRIVATE KEY', 'b127-rsa', 1190);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'halcyon-fleet', a: fill('b127-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b127-mbx', B64URL, 22));
const LINEAR = tok('lin_api_', fill('b127-linear', B62, 40));
const MISTRAL = fill('b127-mistral', B62, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b127-shT', UPPER + DIGITS, 8), '/B07', fill('b127-shB', UPPER + DIGITS, 8), '/', fill('b127-shk', B62, 24));
const GHFG = tok('github_pat_', '11B', fill('b127-ghfg1', UPPER + DIGITS, 19), '_', fill('b127-ghfg2', B62, 59));
const DATABRICKS = tok('dapi', fill('b127-dapi', HEX, 32));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b127-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const SAS_SIG = `${fill('b127-sas1', B62, 16)}%2B${fill('b127-sas2', B62, 14)}%2F${fill('b127-sas3', B62, 11)}%3D`;
const CISCO9 = tok('$9$', fill('b127-c9salt', B62 + './', 14), '$', fill('b127-c9hash', B62 + './', 43));

export const BATCH127_CREDENTIALS: DraftRecord[] = [
  rec('config_ini', f`PI Vision on the backup historian can't connect since the password rotation. Here's the AF connector section, is the syntax right for SQL auth?

${amb('source_code.snippet', f`[PIAFConnector]
Server=${amb('pii.ip_address', '10.212.8.41')}
Database=PIFD_TarnValley
ConnectionString=Data Source=tvp-pihist-b.corp.tarnvalley.local;Initial Catalog=PIFD;User ID=svc_piaf;Password=${v('credential.connection_string_password', 'Curlew#Flow2291')};Encrypt=True
PollInterval=00:00:05`)}

Control room says the CPM alarms still come through the primary so not urgent, but I need it back before the 0600 shift change.`),

  rec('yaml_de', f`Moin, das Gateway in der Verdichterstation Ost meldet seit dem Firmware-Update „auth failed" beim Abruf der Druckwerte. Passt die Konfiguration so?

${amb('source_code.snippet', f`modbus_gateway:
  name: vs-ost-gw02
  listen: ${amb('pii.ip_address', '172.20.14.7')}:502
  upstream:
    scada_host: ${amb('pii.ip_address', '172.20.1.10')}
    user: lds_reader
    password: ${v('credential.password_assignment', 'Druckabfall!47kP')}
  poll_ms: 500
  registers:
    - { addr: 40001, tag: PT-1104, unit: bar }
    - { addr: 40003, tag: FT-1107, unit: m3/h }`)}

Oder muss das Passwort jetzt in Anführungszeichen, wegen dem Ausrufezeichen?`),

  rec('network_config_ru', f`Помогите разобраться: после замены маршрутизатора на крановом узле КУ-214 телеметрия не доходит до диспетчерской СОУ. Вот кусок конфига:

${amb('source_code.snippet', f`hostname ku214-rtr01
enable secret 9 ${amb('credential.network_device_secret', CISCO9)}
username noc privilege 15 password 0 ${v('credential.network_device_secret', 'Tundra-Valve-83')}
!
interface GigabitEthernet0/1
 description uplink-scada
 ip address ${amb('pii.ip_address', '10.44.214.1')} 255.255.255.252
!
snmp-server community ${v('credential.network_device_secret', 'ku214ro_Xq7')} RO
tacacs-server host ${amb('pii.ip_address', '10.44.0.20')} key 0 ${v('credential.network_device_secret', 'Tac4cs!Perm2')}`)}

Пароль noc менять не надо, он общий для всех КУ. Почему не поднимается SNMP?`, 'Cisco type-9 hash ambiguous; plaintext local password, SNMP community and TACACS key labelled'),

  rec('env_file', f`Our SMS fallback for crew paging stopped working overnight (Twilio returns 20003). This is the .env on the CAD bridge box, can you see anything obviously wrong?

${amb('source_code.snippet', f`# cad-bridge/.env  (Westmark Ambulance Control)
CAD_API_BASE=https://cad.westmark-ambulance.nhs.uk/api/v2
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=${phone('+44 7481 338204')}
PAGING_ESCALATE_AFTER_S=90`)}

Nothing changed on our side as far as I know.`),

  rec('chat_uk', f`Привіт! Зробили бота, який шле в чат бригад нові виклики з диспетчерської. Токен бота: ${v('credential.telegram_bot_token', TG)}
Чому повідомлення приходять із затримкою 2–3 хвилини? Використовуємо long polling, сервер у Львові.`),

  rec('powershell_nl', f`Kun je dit script aanpassen zodat het alleen post bij A1-ritten? Nu komt elke melding in het Teams-kanaal van de meldkamer.

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$ritten = Invoke-RestMethod -Uri "http://${amb('pii.ip_address', '10.31.5.12')}:8080/gms/ritten?status=open"
foreach ($r in $ritten) {
  $tekst = "Rit $($r.ritnummer) - urgentie $($r.urgentie) - $($r.postcode)"
  Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body (@{ text = $tekst } | ConvertTo-Json)
}`)}`),

  rec('chat_da', f`Kan du skrive en kort vejledning til de nye vikarer på AMK-vagtcentralen? Det skal med, at de logger på CAD-terminalen med brugernavnet "vikar-amk3" og adgangskoden ${v('credential.password_in_prose', 'Lynild#Vest2024')}, og at de skal skifte den efter første vagt.`),

  rec('code_php_el', f`Καλημέρα! Το plugin κρατήσεων στο site χρεώνει την προκαταβολή δύο φορές όταν ο πελάτης πατάει «πίσω». Μπορείς να δεις τον κώδικα;

${code(f`<?php
\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE)}');

function chargeDeposit(array $booking): string {
    $intent = \\Stripe\\PaymentIntent::create([
        'amount' => (int) round($booking['total_eur'] * 0.5 * 100),
        'currency' => 'eur',
        'description' => 'Charter deposit ' . $booking['yacht'] . ' ' . $booking['week'],
        'metadata' => ['booking_id' => $booking['id']],
    ]);
    return $intent->client_secret;
}`)}`),

  rec('code_js_it', f`Ciao, le conferme di noleggio non arrivano ai clienti con indirizzo libero.it. Ecco lo script che usiamo:

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SG)}');

async function inviaConferma(prenotazione) {
  await sgMail.send({
    to: prenotazione.email,
    from: '${v('pii.email', 'prenotazioni@halcyonsea.it')}',
    subject: \`Conferma noleggio \${prenotazione.barca} - settimana \${prenotazione.settimana}\`,
    html: templateConferma(prenotazione),
  });
}`)}

Devo configurare qualcosa lato DNS (SPF/DKIM)?`),

  rec('chat_hr', f`Bok, trebam pomoć s integracijom s Nausys API-jem. Dobili smo pristupne podatke od agencije:
korisničko ime: halcyon_api_split
lozinka: ${v('credential.password_in_prose', 'Bura2024!Marina')}
Kad pozovem /catalogue/v6/yachts dobijem 401. Šalje li se lozinka kao Basic auth ili u tijelu zahtjeva?`),

  rec('code_html_tr', f`Bodrum'daki marina haritası sitede gri görünüyor, konsolda "RefererNotAllowedMapError" var. Kod şöyle:

${code(f`<div id="harita" style="height:420px"></div>
<script>
  function initHarita() {
    const map = new google.maps.Map(document.getElementById('harita'), { center: { lat: 37.0344, lng: 27.4305 }, zoom: 14 });
    yatlar.forEach((y) => new google.maps.Marker({ position: y.konum, map, title: y.ad }));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initHarita"></script>`)}

Anahtara referrer kısıtlaması ekledik ama yine olmuyor.`),

  rec('chat_fr', f`Tu peux me traduire ça en anglais pour le livret d'accueil du catamaran ? « Bienvenue à bord du Lagoon 46 "Mistral Blanc". Le Wi-Fi du bord s'appelle MistralBlanc_Guest, mot de passe : ${v('credential.password_in_prose', 'cigale-2024-bord')}. En cas de souci, appelez votre skipper au ${phone('06 48 27 39 15', 'FR')}. »`),

  rec('chat_es_mx', f`Oye, necesito sacar las grabaciones de las llamadas que evaluó QA desde Genesys Cloud con un script. Tengo esto del cliente OAuth:
Client ID: 7f3c2a91-48d6-4e1b-9a07-5c2e8d4b1f63
Client Secret: ${v('credential.generic_secret_assignment', GEN_SECRET)}
Región: mypurecloud.com
¿Me armas el código en Python para bajar las grabaciones de la cola "Soporte_Tarjetas" de la semana pasada?`),

  rec('code_python_tl', f`Pa-check naman nito, gusto ko sana i-auto score yung calls gamit GPT pero laging timeout pag mahaba yung transcript:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def score_call(transcript: str) -> dict:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": QA_RUBRIC}, {"role": "user", "content": transcript}],
        response_format={"type": "json_object"},
        timeout=30,
    )
    return json.loads(resp.choices[0].message.content)`)}

Salamat po!`),

  rec('config_pt_br', f`Pessoal, o job que sobe as gravações avaliadas pro Blob tá dando 403 desde ontem. Config do appsettings:

${amb('source_code.snippet', f`"Storage": {
  "Gravacoes": "DefaultEndpointsProtocol=https;AccountName=parlancegravbr;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
  "Container": "qa-avaliadas"
}`)}

Alguém girou a chave? Como eu confiro isso no portal?`),

  rec('chat_ar_eg', f`عايز أعمل بوت على Slack يبعت لفريق الجودة كل مكالمة درجتها أقل من ٧٠٪. عملت app وخدت التوكن ده: ${v('credential.slack_bot_token', SLACK_BOT)}
بس لما ببعت رسالة لقناة #qa-alerts بيقولي not_in_channel. أعمل إيه؟`),

  rec('chat_ro', f`Salut, poți să-mi reformulezi mesajul ăsta pentru echipa de evaluatori? „Contul comun pentru platforma de scoring e qa.evaluatori, parola este ${v('credential.password_in_prose', 'Calitate#Iasi77')}. Vă rog să nu o trimiteți pe WhatsApp."`),

  rec('chat', f`Trying to pull this year's Giving Day gifts from Raiser's Edge NXT via SKY API and I keep getting 401 "Access denied due to invalid subscription key". I've got:
Bb-Api-Subscription-Key: ${v('credential.generic_secret_assignment', BB_SUB)}
OAuth application secret: ${v('credential.generic_secret_assignment', BB_SECRET)}
Do both go in the header or is the secret only for the token exchange?`),

  rec('chat_cy', f`Helo! Dw i angen help gyda'r cylchlythyr i gyn-fyfyrwyr. Yr allwedd API Mailchimp ydi ${v('credential.mailchimp_api_key', MC)} ond mae'r sgript yn dweud "API Key Invalid". Ydi'r "-us14" ar y diwedd yn bwysig?`),

  rec('curl_ko', f`동문 기부 포털 API 호출할 때 계속 401이 나와요. 토큰 만료 시간 확인 좀 해주실 수 있나요?

${amb('source_code.snippet', f`curl -X GET "https://give.ashgrove.ac.kr/api/v1/donors?class_year=2009" \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_KO)}"`)}

토큰은 어제 오후에 발급받았어요.`),

  rec('shell_ja', f`卒業生データの名寄せスクリプトを push しようとしたら、こうなりました。

${amb('source_code.snippet', f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/ashgrove-advancement/alumni-dedupe.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/ashgrove-advancement/alumni-dedupe.git (push)
$ git push origin main
remote: Permission to ashgrove-advancement/alumni-dedupe.git denied to kenta-s.
fatal: unable to access 'https://github.com/ashgrove-advancement/alumni-dedupe.git/': The requested URL returned error: 403`)}

トークンの権限が足りないのでしょうか？`),

  rec('env_file_es', f`Hola, estoy migrando el GRIN-Global del banco de germoplasma a un servidor nuevo y el middleware no arranca. ¿Ves algo raro en la cadena?

${amb('source_code.snippet', f`GG_DB_URL=postgresql://gg_admin:${v('credential.database_url_password', 'Semilla.Tomate#88')}@${amb('pii.ip_address', '192.168.40.15')}:5432/gringlobal
GG_SEARCH_INDEX=/var/lib/gringlobal/index
GG_MAIL_FROM=${v('pii.email', 'intercambio@verdania-germplasm.org')}`)}`),

  rec('ini_pl', f`Cześć, skrypt do wrzucania zdjęć nasion do S3 działa u mnie, a na serwerze w pracowni nie. Plik ~/.aws/credentials na serwerze:

${amb('source_code.snippet', f`[default]
region = eu-central-1

[vgi-obrazy]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Błąd: "An error occurred (SignatureDoesNotMatch)". Czy to może być zegar systemowy?`),

  rec('json_fi', f`Moi! Siemenpankin kuvantunnistusmalli pitäisi ajaa Vertex AI:ssa, mutta palvelutili ei saa oikeuksia. Tässä avaintiedosto, jonka sain IT:ltä:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "vgi-seed-imaging",
  "private_key_id": "${fill('b127-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'vertex-runner@vgi-seed-imaging.iam.gserviceaccount.com')}",
  "client_id": "104829173650291847362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'vertex-runner%40vgi-seed-imaging.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Mitä rooleja tilille pitää antaa?`),

  rec('chat_zh', f`我们在用 Hugging Face 上的私有模型做种子图像分类，服务器上下载模型时报 401。脚本里写的是：
HF_TOKEN=${v('credential.huggingface_token', HF)}
是不是这个 token 只有 read 权限？需要 write 吗？`),

  rec('http_sv', f`Hej! Vi försöker hämta passdata för våra accessioner från Genesys-portalens API. Anropet ser ut så här:

${amb('source_code.snippet', f`GET /api/v2/acn/query HTTP/1.1
Host: api.genesys-pgr.org
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Accept: application/json`)}

Vi får 403 på allt utom /acn/filters. Är token kopplad till institutets WIEWS-kod?`),

  rec('chat_hi', f`नमस्ते, पार्टनर जीन बैंक के SFTP पर बीज का डेटा भेजना है। उन्होंने कहा कि हमारी private key से लॉगिन होगा। यह रही key, WinSCP इसे क्यों नहीं ले रहा?

${v('credential.openssh_private_key', OSSH)}

क्या इसे .ppk में बदलना पड़ेगा?`),

  rec('yaml_nb', f`Hei! Lekkasjedeteksjonspanelene i kontrollrommet skal vises på storskjermen via Grafana-kiosk. Er dette riktig?

${amb('source_code.snippet', f`kiosk:
  url: https://grafana.tarnvalley.no/d/lds-overview?kiosk&refresh=10s
  auth:
    type: apikey
    token: ${v('credential.grafana_service_account_token', GLSA)}
  rotate_dashboards:
    - lds-overview
    - trykkprofil-linje-3`)}

Skjermen viser bare innloggingssiden.`),

  rec('chat_ar', f`مرحباً، نحاول ربط نظام كشف التسرب بـ Azure لإرسال الإنذارات إلى Power BI. أنشأنا تطبيقاً في Entra ID وهذه بياناته:
معرّف التطبيق: 3a7f1c92-5d48-4e0b-b6a1-9c2e7d4f8b05
المستأجر: tarnvalley.onmicrosoft.com
سر العميل: ${v('credential.azure_client_secret', AZ_CS)}
لكننا نحصل على الخطأ AADSTS7000215. ما السبب؟`),

  rec('shell_he', f`היי, ה-CPM לא מצליח למשוך את הסיסמה של ההיסטוריאן מה-Vault אחרי השדרוג. ניסיתי ידנית:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.ops.tarnvalley.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/lds/historian
Error making API request.
Code: 403. Errors:
* permission denied`)}

צריך policy חדשה?`),

  rec('chat_fa', f`سلام، ایجنت Datadog روی سرور SCADA نصب شده ولی متریک‌های فشار خط لوله در داشبورد نمی‌آیند. تنظیمات datadog.yaml:

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD)}
site: datadoghq.eu
hostname: lds-scada-02
logs_enabled: true`)}

لطفاً بگویید مشکل از کجاست.`),

  rec('shell_kk', f`Сәлеметсіз бе! Ағып кетуді анықтау жүйесінің журналын MySQL-ден экспорттау керек. Мына команда қате береді:

${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '10.60.2.18')} -u lds_export -p'${v('credential.mysql_cli_password', 'Dala!Qubyr24')}' lds_events -e "SELECT * FROM alarms WHERE ts > NOW() - INTERVAL 7 DAY" > alarms.tsv
ERROR 2003 (HY000): Can't connect to MySQL server on '${amb('pii.ip_address', '10.60.2.18')}:3306' (110)`)}

Не істеу керек? Сервер басқару бөлмесінде тұр.`),

  rec('http_cs', f`Ahoj, z historianu potřebuju tahat hodnoty tlaku přes REST, ale vrací to 401. Posílám tohle:

${amb('source_code.snippet', f`GET /piwebapi/streams/F1AbEfLbwwL8F6EiShvDV-QH70A/recorded?startTime=*-1h HTTP/1.1
Host: piweb.tarnvalley.cz
Authorization: Basic ${v('credential.basic_auth_header', b64('svc_lds_cz:Potrubi#2024x'))}`)}

Je správně, že jméno a heslo jsou v base64 oddělené dvojtečkou?`),

  rec('code_js_sk', f`Ahoj, v dispečerskej aplikácii pre záchranku sa chyby nedostávajú do Sentry. Inicializácia:

${code(f`Sentry.init({
  dsn: '${v('credential.sentry_dsn', DSN)}',
  environment: 'operacne-stredisko-ke',
  tracesSampleRate: 0.2,
});`)}

Môže za to CSP na serveri?`),

  rec('json_hu', f`Szia! A mentésirányítási rendszer új konténere nem tudja lehúzni az image-et a belső registry-ből. ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.mentoiranyitas.local:5000": {
      "auth": "${v('credential.docker_config_auth', b64('deploy_oki:Mento!Szeged31'))}"
    }
  }
}`)}

"unauthorized: authentication required" a hiba.`),

  rec('chat_et', f`Tere! Häirekeskuse kaardirakenduse CI ei saa enam sõltuvusi alla laadida. Panin muutujasse GITLAB_TOKEN väärtuse ${v('credential.gitlab_pat', GLPAT)}, aga pipeline ütleb 401. Kas token on aegunud või on vale scope?`),

  rec('code_python_ta', f`வணக்கம், ஆம்புலன்ஸ் ஓட்டுநர்களுக்கு push notification அனுப்ப இந்த code-ஐ பயன்படுத்துகிறோம். இப்போது 401 வருகிறது:

${code(f`import requests

FCM_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"

def notify_crew(device_token, case_id, location):
    payload = {"to": device_token, "notification": {"title": f"புதிய அழைப்பு #{case_id}", "body": location}}
    r = requests.post("https://fcm.googleapis.com/fcm/send", json=payload,
                      headers={"Authorization": f"key={FCM_KEY}"})
    r.raise_for_status()`)}

என்ன மாற்ற வேண்டும்?`),

  rec('chat_pt_pt', f`Olá, estou a montar um script para partilhar as fotografias dos veleiros com os clientes. O token da Dropbox que gerei na consola é ${v('credential.dropbox_access_token', DBX)} mas ao fim de umas horas dá "expired_access_token". Como é que arranjo um token que não expire?`),

  rec('code_js', f`G'day, our fleet availability sync from Airtable to the website broke after Airtable killed API keys. Swapped in a PAT, still 403:

${code(f`const base = new Airtable({ apiKey: '${v('credential.airtable_pat', AIRTABLE)}' }).base('appW8n2Kq5Lr7Tz3M');

export async function availableYachts(weekStart) {
  const rows = await base('Fleet').select({ filterByFormula: \`AND({Status}='Available', {Week}='\${weekStart}')\` }).all();
  return rows.map((r) => ({ name: r.get('Yacht'), berths: r.get('Berths'), base: r.get('Base') }));
}`)}

Cheers`),

  rec('chat_is', f`Hæ, geturðu hjálpað mér að tengja Notion við bókunarkerfið fyrir seglbátana? Ég bjó til integration og fékk þennan lykil: ${v('credential.notion_token', NOTION)}. Þegar ég reyni að lesa gagnagrunninn "Leigusamningar 2025" kemur villan object_not_found.`),

  rec('curl_vi', f`Chào anh, em muốn lấy danh sách ticket khiếu nại từ Jira để đối chiếu với điểm QA, nhưng bị lỗi 401:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'thao.nguyen@parlance-cx.com')}:${v('credential.atlassian_api_token', ATL)} \\
  "https://parlance-cx.atlassian.net/rest/api/3/search?jql=project=QA%20AND%20created%3E-7d"`)}

Token em mới tạo hôm qua ạ.`),

  rec('chat_bn', f`আমাদের কল সেন্টারের QA টিম Postman দিয়ে স্কোরিং API টেস্ট করে। টিমের সবার সাথে শেয়ার করতে এই API key টা কোথায় রাখব? ${v('credential.postman_api_key', PMAK)} — এটা কি workspace-এর environment variable-এ রাখা নিরাপদ?`),

  rec('curl_th', f`สวัสดีค่ะ ทีม QA ต้องการดึงรายชื่อพนักงานรับสายที่ถูก deactivate จาก Okta เพื่อลบออกจากระบบประเมิน ใช้คำสั่งนี้แต่ได้ผลลัพธ์ว่าง:

${amb('source_code.snippet', f`curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" "https://parlance-cx.okta.com/api/v1/users?filter=status+eq+%22DEPROVISIONED%22"`)}

ต้องใช้สิทธิ์อะไรเพิ่มคะ`),

  rec('chat_fr', f`Bonjour, pour l'appel aux dons du soixante-quinzième anniversaire de la fac, on envoie via Brevo. La clé API est ${v('credential.brevo_api_key', BREVO)}. Le script Python renvoie "unauthorized" depuis qu'on a changé d'IP au bureau des anciens. Faut-il autoriser l'IP quelque part ?`),

  rec('ppk_de', f`Hallo! Wir schicken die Spenderliste für den Adventbrief per SFTP an den Lettershop. WinSCP fragt bei diesem Schlüssel nach einer Passphrase, obwohl keine gesetzt ist:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: alumni-sftp@ashgrove-de
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b127-ppkpub1', B64, 39)}
${fill('b127-ppkpub2', B64, 4)}
Private-Lines: 1
${v('credential.putty_private_key', PPK)}
Private-MAC: ${fill('b127-ppkmac', HEX, 64)}

Liegt es am Format Version 3?`),

  rec('chat_lt', f`Labas! Universiteto atributikos e. parduotuvė (Shopify) turi siųsti užsakymus į absolventų CRM. Custom app'o prieigos raktas: ${v('credential.shopify_access_token', SHPAT)}. Webhook'ai ateina, bet API užklausos grąžina 401. Ką daryti?`),

  rec('env_file_lv', f`Sveiki! Sēklu bankas publiskais katalogs ir aiz Cloudflare, un skripts, kas iztīra kešatmiņu pēc jaunu paraugu pievienošanas, vairs nestrādā:

${amb('source_code.snippet', f`CF_ZONE_ID=8d41e7c29a3f05b6d18e4c72a90b3f51
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF)}
CATALOG_URL=https://katalogs.verdania-germplasm.org`)}

Kļūda: "Invalid API Token". Vai tokenam vajag Zone.Cache Purge tiesības?`),

  rec('code_js_ka', f`გამარჯობა! თესლის ბანკის მოხალისეების აპლიკაციაში ნიმუშების ჩაწერა არ მუშაობს, RLS-ს ვერ ვაწყობთ და დროებით ასე დავწერეთ:

${code(f`import { createClient } from '@supabase/supabase-js';

const supabase = createClient('https://kqtzvmxrwplhbndjesoa.supabase.co', '${v('credential.jwt', JWT_SUPA)}');

export async function addSample(sample) {
  const { error } = await supabase.from('nimushebi').insert(sample);
  if (error) throw error;
}`)}

სწორია, რომ service_role გასაღები ფრონტენდში გვიწერია?`),

  rec('chat_hy', f`Բարև, օգնեք խնդրում եմ անգլերեն թարգմանել. «Գենետիկական ռեսուրսների տվյալների բազա մուտք գործելու համար օգտանունը՝ vgi_yerevan, գաղտնաբառը՝ ${v('credential.password_in_prose', 'Tsiran!Seed59')}։ Խնդրում ենք չփոխանցել երրորդ անձանց։»`),

  rec('chat_am', f`ሰላም፣ ይህን መልእክት ወደ እንግሊዝኛ ተርጉሙልኝ፦ "ለዘር ባንኩ የመረጃ ቋት የተጠቃሚ ስም ebi_exchange ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', 'Teff#Addis2024')} ነው። እባክዎ ከመጀመሪያው መግቢያ በኋላ ይቀይሩት።"`),

  rec('chat_sw', f`Habari, naomba unisaidie kuandika ujumbe mfupi kwa mawakala wapya wa kituo cha simu cha Nairobi: "Akaunti yako ya mfumo wa QA imefunguliwa. Jina la mtumiaji: wakala.nbo17, nenosiri la muda: ${v('credential.password_in_prose', 'Simba-Pwani-42')}. Tafadhali libadilishe ukiingia mara ya kwanza."`),

  rec('chat_zh_tw', f`救護派遣中心要跟醫院的 HL7 介面用 mTLS 連線，廠商給了這把私鑰，Nginx 一直報 "PEM_read_bio_PrivateKey failed"。是格式錯了嗎？

${v('credential.private_key', RSA)}

憑證跟私鑰要放在同一個檔案嗎？`),

  rec('chat_ca', f`Hola! Per a l'app de la flota de velers a Palma necessitem mapes offline. El token secret de Mapbox és ${v('credential.mapbox_secret_token', MAPBOX)}. On l'he de posar perquè Gradle pugui baixar l'SDK? Al gradle.properties?`),

  rec('chat_ms', f`Hai, saya nak sambungkan Linear dengan sistem CRM alumni supaya tiket permintaan kemas kini data bekas pelajar masuk terus. Kunci API Linear saya: ${v('credential.linear_api_key', LINEAR)}. Boleh tolong tulis skrip Node untuk cipta isu baru?`),

  rec('chat_fr_ca', f`Allô! On veut tester Mistral pour résumer les appels évalués au centre de Laval. J'ai mis MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)} dans le .env, mais le client Python me garroche une erreur 401. C'tu parce que le compte est pas encore activé?`),

  rec('config_id', f`Halo, sensor tekanan di stasiun katup KP-88 kirim data lewat MQTT ke server pusat, tapi sejak kemarin koneksinya ditolak. Konfigurasi di gateway:

${amb('source_code.snippet', f`[mqtt]
broker = mqtts://rtu_kp88:${v('credential.url_password', 'Pipa!Jambi2024')}@mqtt.tarnvalley.co.id:8883
topic = lds/kp88/pressure
qos = 1`)}

Password yang ada tanda serunya perlu di-encode nggak?`),

  rec('chat_de_ch', f`Hoi zäme, mir wänd i de Sanitätsnotrufzentrale 144 jedes Mal e Meldig im Slack, wenn es Fahrzüg länger als 20 Minute am Spital staht. Ich ha de Webhook ${v('credential.slack_webhook_url', SLACK_HOOK)} – chasch mer es chliises Python-Skript schriibe, wo das macht?`),

  rec('chat_es_ar', f`Che, ¿me das una mano? Quiero que el Action del repo de evaluaciones de calidad pushee los reportes a otro repo. Armé un token fine-grained: ${v('credential.github_fine_grained_pat', GHFG)} pero el push tira 403. ¿Le tengo que dar Contents: write en el repo destino?`),

  rec('notebook_sl', f`Živjo, v Databricks zvezku za analizo tlaka v cevovodu dobim 403 pri klicu REST API. Celica:

${amb('source_code.snippet', f`import requests
HOST = "https://adb-4829103746582910.10.azuredatabricks.net"
TOKEN = "${v('credential.databricks_token', DATABRICKS)}"
r = requests.get(f"{HOST}/api/2.1/jobs/list", headers={"Authorization": f"Bearer {TOKEN}"})
print(r.status_code, r.text[:200])`)}

Ali žeton potrebuje posebne pravice za Jobs?`),

  rec('chat_bg', f`Здравей! Криптирахме с sops файла с паролите за SCADA, но на новия лаптоп не може да се разшифрова. Копирах keys.txt:

# created: 2024-11-18T07:12:40+02:00
# public key: age1x7r3kq9w2m5t8v0c4n6p1l3z8h5j7d2g9s4f6y0u3e8a5c1x7qz2wk
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE сочи към него. Какво пропускам?`),

  rec('chat_ur', f`السلام علیکم، ہمارے کال سینٹر کی ریکارڈنگز Azure Blob میں ہیں اور QA ٹیم کو ایک دن کے لیے لنک بھیجنا ہے۔ یہ لنک کام نہیں کر رہا:
https://parlancerec.blob.core.windows.net/khi-calls/2024-11-29/batch07.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-11-30T18:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
کیا "se" کی تاریخ غلط ہے؟`),

];

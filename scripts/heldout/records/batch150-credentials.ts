/**
 * Held-out batch 150: credentials pasted by a cruise line's crew visa and sign-on office, a court
 * interpreters' agency, a tyre recycling plant, a student-housing lettings team, a national museum's
 * loans registrar and a bail-bonds office, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TW_SID = tok('AC', fill('b150-twsid', HEX, 32));
const TW_TOKEN = fill('b150-twtok', HEX, 32);
const TG_BOT = tok('7394028165', ':AA', fill('b150-tg', B64URL, 33));
const SENDGRID = tok('SG.', fill('b150-sg1', B64URL, 22), '.', fill('b150-sg2', B64URL, 43));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b150-atl', B64URL, 171), '=', fill('b150-atl2', HEX.toUpperCase(), 8));
const AZ_SECRET = tok(fill('b150-azs1', B62, 3), '8Q~', fill('b150-azs2', B62 + '_~.-', 34));
const AZ_STORAGE = tok(fill('b150-azst', B64, 86), '==');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b150-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b150-rk', B62, 97));
const ALI_ID = tok('LTAI', '5t', fill('b150-ltai', B62, 18));
const ALI_SECRET = fill('b150-alisec', B62, 30);
const SLACK_BOT = tok('xoxb-', '4810392756', '1-', '6628301947552-', fill('b150-xoxb', B62, 24));
const OPENAI = tok('sk-', 'proj-', fill('b150-oa1', B64URL, 74), 'T3BlbkFJ', fill('b150-oa2', B64URL, 74));
const AKIA = tok('AKIA', fill('b150-akia', B32, 16));
const AWS_SECRET = fill('b150-awssec', B64, 40);
const GLPAT = tok('glpat-', fill('b150-glpat', B62 + '-_', 20));
const DD_API = fill('b150-ddapi', HEX, 32);
const GHP = gh('ghp', 'Qm4Ts8Wb2Yk6Nd1Rf5Hx9Lc3Vj7Pa0');
const MAILCHIMP = tok(fill('b150-mc', HEX, 32), '-us14');
const BASIC = b64('agenda.madrid:Traduc-Juzgado-2024');
const JWT_AR = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'int-0418', name: 'Valentina Ruiz', rol: 'coordinadora', iat: 1731920411, exp: 1731949211 }, 'b150-jwtar');
const SQUARE = tok('EAAA', fill('b150-square', B64URL, 60));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b150-rsa', 1190);
const SENTRY_KEY = fill('b150-sentry', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b150-vault', B64URL, 86));
const FIGMA = tok('figd_', fill('b150-figd', B64URL, 40));
const GLSA = tok('glsa_', fill('b150-glsa1', B62, 32), '_', fill('b150-glsa2', HEX, 8));
const NOTION = tok('ntn_', fill('b150-ntn1', DIGITS, 11), fill('b150-ntn2', B62, 35));
const POSTMAN = tok('PMAK-', fill('b150-pmak1', HEX, 24), '-', fill('b150-pmak2', HEX, 34));
const DCKR = tok('dckr_', 'pat_', fill('b150-dckr', B64URL, 27));
const TEAMS = tok('https://gummikreis.webhook.office.com/webhookb2/', '6d1e4b82-9c37-4f05-a2e8-3b7f91c0d546@0a9c5e31-72d4-4b8e-9f16-d85c2a4e7b90/IncomingWebhook/', fill('b150-teams1', HEX, 32), '/', 'e4b93a17-5c2d-48f0-b716-2a9d3e8c5f14/', 'V2', fill('b150-teams2', B64URL, 43));
const GOOGLE = tok('AIza', 'Sy', fill('b150-gapi', B64URL, 33));
const CF_TOKEN = fill('b150-cf', B62 + '-_', 40);
const DROPBOX = tok('sl.', 'B', fill('b150-dbx', B64URL, 138));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b150-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const NPMRC_TOKEN = fill('b150-npmrc', B64, 44);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b150-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b150-hf', UPPER + LOWER, 34));
const ADO = fill('b150-ado', B32LOWER, 52);
const FCM = tok('AAAA', fill('b150-fcm1', B64URL, 7), ':APA91b', fill('b150-fcm2', B64URL, 134));
const SUPABASE = tok('sbp_', fill('b150-sbp', HEX, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'aurelia-ops', a: fill('b150-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b150-mbx', B64URL, 22));
const LINEAR = tok('lin_api_', fill('b150-lin', B62, 40));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b150-pypi', B64URL, 160));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b150-hk1', UPPER + DIGITS, 8), '/B07', fill('b150-hk2', UPPER + DIGITS, 8), '/', fill('b150-hk3', B62, 24));
const HEROKU = tok('HRKU-', 'AA', fill('b150-hrku', B64URL, 58));
const SHPAT = tok('shpat_', fill('b150-shpat', HEX, 32));
const GH_FINE = tok('github_pat_', '11B', fill('b150-ghf1', UPPER + DIGITS, 19), '_', fill('b150-ghf2', B62, 59));
const SAS_SIG = `${fill('b150-sas1', B62, 16)}%2B${fill('b150-sas2', B62, 11)}%2F${fill('b150-sas3', B62, 14)}%3D`;
const DO_TOKEN = tok('dop_', 'v1_', fill('b150-do', HEX, 64));
const GCP_PEM = pem('PRIVATE KEY', 'b150-gcp', 1216);
const GCP_PEM_JSON = `${GCP_PEM.replace(/\n/g, '\\n')}\\n`;
const TENCENT_ID = tok('AKID', fill('b150-akid', B62, 32));
const TENCENT_KEY = fill('b150-tckey', B62, 32);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH150_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Court-date reminder texts stopped going out Friday. Here's the .env from the reminder box, can you see anything wrong before I call Twilio?

${cfg(f`# libertyknot-reminders/.env
NODE_ENV=production
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=${amb('pii.phone', '+17025550142')}
REMINDER_HOURS_BEFORE=48,24,2
TZ=America/Los_Angeles`)}`),

  rec('chat_hi', f`नमस्ते, हमारे crew visa tracker का Flask ऐप staging पर DB से connect नहीं हो रहा। config.py में यह लाइन है:

${cfg(f`SQLALCHEMY_DATABASE_URI = "postgresql://visa_app:${v('credential.database_url_password', 'Mumb@i-Visa-0925')}@${amb('pii.ip_address', '10.40.2.17')}:5432/crew_visas"`)}

error आता है: "password authentication failed for user visa_app". क्या @ की वजह से URL टूट रहा है?`),

  rec('yaml_id', f`Tolong jelaskan kenapa integrasi ke sistem agen awak kapal gagal terus, ini potongan application.yml kami:

${cfg(f`manning-agent:
  base-url: https://api.pelautnusantara.co.id/v2
  client-id: aurelia-crew-jkt
  client-secret: ${v('credential.generic_secret_assignment', fill('b150-idsec', B62, 32))}
  timeout-ms: 8000
  retry: 3`)}

Errornya 401 invalid_client padahal client-id sudah benar.`),

  rec('chat_uk', f`Привіт! Наш бот у Telegram для екіпажу (нагадування про візи C1/D) перестав відповідати. Токен бота: ${v('credential.telegram_bot_token', TG_BOT)}. Як перевірити через getWebhookInfo, чи вебхук ще активний?`),

  rec('router_de', f`Kannst du mir erklären, was in dieser Konfig vom Switch an der Fahrzeugwaage falsch ist? Die Waage-PC kommt nicht mehr ins Netz.

${cfg(f`hostname SW-WAAGE-01
!
username waage privilege 15 password 0 ${v('credential.network_device_secret', 'Reifen#Waage2024')}
!
interface Vlan20
 description Waage/Granulat-Halle
 ip address ${amb('pii.ip_address', '172.20.20.2')} 255.255.255.0
!
ip default-gateway ${amb('pii.ip_address', '172.20.20.1')}`)}`),

  rec('config_pl', f`Dlaczego ten connection string nie działa po migracji ERP na nowy serwer? Zakład recyklingu opon, moduł ważenia:

${cfg(f`<connectionStrings>
  <add name="WagiERP" connectionString="Server=sql-recykling01;Database=Wagi;User Id=erp_wagi;Password=${v('credential.connection_string_password', 'Opony$Granulat2024')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Błąd: Login failed for user 'erp_wagi'.`),

  rec('shell_cs', f`Potřebuju skript, který každou noc zazálohuje databázi vážních lístků. Zatím to dělám ručně takhle:

${cfg(f`mysqldump -u zaloha -p'${v('credential.mysql_cli_password', 'Pneu-Zaloha#88')}' -h ${amb('pii.ip_address', '192.168.14.30')} vazni_listky > /zalohy/vazni_$(date +%F).sql`)}

Jak to dát do cronu a heslo tam nemít?`),

  rec('code_php_fr', f`Bonjour, nos convocations d'interprètes partent en spam depuis lundi. Le code d'envoi :

\`\`\`php
${code(f`<?php
// envoi des convocations aux interprètes (audiences du lendemain)
$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom('${v('pii.email', 'convocations@linguajuris.fr')}', 'LinguaJuris Planning');
$email->setSubject('Convocation audience ' . $audience['date']);
$email->addTo($interprete['email'], $interprete['nom']);
$email->addContent('text/html', $html);
$sendgrid->send($email);`)}
\`\`\`

Est-ce que c'est un problème de DKIM ou de contenu ?`),

  rec('curl_fr_ca', f`Allô, l'automatisation Jira pour les demandes d'interprètes à la Cour du Québec plante. Quand je teste à la main avec curl ça me donne 403, pis je comprends pas pantoute pourquoi :

${cfg(f`curl -u ${v('pii.email', 'planification@interpretesjuris.ca')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  https://interpretesjuris.atlassian.net/rest/api/3/issue/INTQ-2291`)}`),

  rec('json_nl', f`Kun je uitleggen waarom de koppeling tussen ons tolkenplanningssysteem en Teams (voor de videozittingen) 'AADSTS7000215' geeft? appsettings.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4c1e8b27-93d5-4a60-b2f8-61e07d9c3a45",
    "ClientId": "b82f3d16-0a4e-47c9-9e35-d7a1c6f20b88",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  },
  "Planning": { "Rechtbank": "Amsterdam", "Talen": 64 }
}`)}`),

  rec('chat_it', f`Ciao, devo passare al collega dell'ufficio prestiti la stringa per caricare le schede di condition report sul nostro storage. È questa:
DefaultEndpointsProtocol=https;AccountName=nmaaprestiti;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Mi scrivi una mail breve in cui gli spiego come usarla con Azure Storage Explorer?`),

  rec('chat_el', f`Γεια σου! Ο μεταφορέας έργων τέχνης μας ζήτησε να ανεβάσει τις φωτογραφίες κατάστασης των εκθεμάτων στον SFTP του μουσείου. Του έστειλα αυτό:
sftp://loans_upload:${v('credential.url_password', 'Amfora-Daneio-2025')}@sftp.nmaa-museum.org/incoming/2025-athens
Μπορείς να μου γράψεις οδηγίες για FileZilla στα αγγλικά;`),

  rec('code_js_gb', f`Our deposit-payment webhook for the new lettings site is double-charging some tenants. Can you spot it?

\`\`\`js
${code(f`// campusnest-lettings/server/payments.js
const stripe = require('stripe')('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

app.post('/deposit', async (req, res) => {
  const { tenancyId, amountPence } = req.body;
  const intent = await stripe.paymentIntents.create({
    amount: amountPence,
    currency: 'gbp',
    metadata: { tenancyId },
  });
  await stripe.paymentIntents.confirm(intent.id, { payment_method: req.body.pm });
  res.json({ ok: true, id: intent.id });
});`)}
\`\`\``),

  rec('chat_zh', f`帮我看一下这个配置，留学生宿舍的押金用支付宝收款，回调一直验签失败：
${cfg(f`ALIYUN_ACCESS_KEY_ID=${v('credential.alibaba_access_key_id', ALI_ID)}
ALIYUN_ACCESS_KEY_SECRET=${v('credential.generic_secret_assignment', ALI_SECRET)}
ALIPAY_APP_ID=2021004118273645
NOTIFY_URL=https://pay.campusnest.co.uk/alipay/notify`)}
是不是密钥类型选错了？`),

  rec('yaml_ko', f`기숙사 입주 알림 슬랙봇이 채널에 메시지를 못 보내요. values.yaml 일부입니다:

${cfg(f`slack:
  botToken: "${v('credential.slack_bot_token', SLACK_BOT)}"
  channel: "#입주-알림"
  mentionLettingsTeam: true`)}

에러는 not_in_channel 인데 봇을 초대하면 해결되나요?`),

  rec('code_py_ar', f`مرحباً، أريد أن يلخص هذا السكربت طلبات السكن الجامعي بالعربية والإنجليزية، لكنه يعطيني خطأ 429. هل المشكلة في الكود؟

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(application_text: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "لخّص الطلب التالي:\\n" + application_text}],
    )
    return r.choices[0].message.content`)}`),

  rec('ini_ja', f`美術館の貸出記録のバックアップ用に作ったAWSの設定です。別の職員のPCでも同じように使えるように手順書を書いてください。

${cfg(f`[loans-backup]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-northeast-1`)}`),

  rec('chat_ru', f`Подскажи, почему git clone нашего репозитория с расписанием устных переводчиков в суде отваливается с 'HTTP Basic: Access denied'? Делаю так:
${cfg(f`git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.perevod-sud.ru/planirovanie/raspisanie.git`)}
Токен создавал вчера, права read_repository стоят.`),

  rec('chat_tr', f`Lastik geri dönüşüm tesisinde kırıcı hattının sıcaklık verilerini Datadog'a gönderiyoruz ama metrikler görünmüyor. datadog.yaml içinde api_key: ${v('credential.datadog_api_key', DD_API)} ve site: datadoghq.eu yazıyor. Site ayarı mı yanlış?`),

  rec('git_pt_br', f`Oi! O deploy do sistema de embarque de tripulantes quebrou depois que troquei o remote. Tá assim:

${cfg(f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/aurelia-seaways/crew-signon.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/aurelia-seaways/crew-signon.git (push)`)}

O push dá "Permission denied to aurelia-seaways". Será que o token expirou?`),

  rec('chat_pt_pt', f`Bom dia, preciso de ajuda para configurar a newsletter dos Amigos do Museu no WordPress. O plugin pede a chave da API do Mailchimp; a que está no painel é ${v('credential.mailchimp_api_key', MAILCHIMP)}. Onde é que se cola isto e como escolho a lista "Empréstimos e Exposições"?`),

  rec('http_es', f`Buenas, la API de la agenda de intérpretes judiciales nos devuelve 401 desde que cambiamos de proveedor. La petición que mando desde Postman es:

${cfg(f`GET /api/v1/servicios?juzgado=instruccion-7&fecha=2025-03-14 HTTP/1.1
Host: agenda.interjuris.es
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

¿Está bien codificado el usuario y la contraseña?`),

  rec('chat_es_ar', f`Che, el front de la agenda de traductores públicos me tira "token expired" a cada rato. Este es el token que guarda en localStorage: ${v('credential.jwt', JWT_AR)} — ¿cuánto dura según el exp? Necesito que el coordinador no tenga que loguearse cada 8 horas.`),

  rec('code_py_en', f`Need a quick sanity check on the bond-payment sync before I put it on cron:

${code(f`from square.client import Client

client = Client(access_token="${v('credential.square_access_token', SQUARE)}", environment="production")

def premiums_since(ts):
    resp = client.payments.list_payments(begin_time=ts, location_id="L7XK4P2M9QDB3")
    for p in resp.body.get("payments", []):
        yield p["id"], p["amount_money"]["amount"], p.get("note", "")`)}

Square says 10% premium payments sometimes come in as two partials — does this handle that?`),

  rec('pem_en', f`The county e-filing SFTP rejects our key since the upgrade, "no matching host key type". This is the key the bail-agent upload job uses — is it too old?

${v('credential.private_key', RSA_KEY)}`),

  rec('env_sv', f`Varför kommer inga fel från lånehanteringsappen in i Sentry längre? .env i produktion:

${cfg(f`SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507194.ingest.de.sentry.io/4508372916`)}
SENTRY_ENVIRONMENT=produktion
LAN_REGISTRATOR_MAIL=${v('pii.email', 'registrator@nmaa-museum.org')}`)}`),

  rec('shell_no', f`Hei! Jeg prøver å hente passordet til mannskapsportalen fra Vault, men får "permission denied". Dette kjørte jeg:

${cfg(f`$ export VAULT_ADDR=https://vault.aurelia-ops.no:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/mannskap/portal`)}

Må tokenet ha en egen policy?`),

  rec('chat_da', f`Hej, kan du hjælpe mig med et script der henter skitserne til udlånsudstillingen fra Figma? Jeg har lavet et personligt token: ${v('credential.figma_token', FIGMA)}. Filen hedder "Udlån 2025 – montre og skilte".`),

  rec('chat_fi', f`Moi! Renkaiden murskauslinjan Grafana-näkymään pitäisi tehdä automaattinen raportti. Palvelutilin token on ${v('credential.grafana_service_account_token', GLSA)}. Miten saan paneelin PNG:nä API:n kautta joka aamu klo 6?`),

  rec('chat_et', f`Tere! Meie üürnike tugiteam kasutab Notionit, tahan sinna automaatselt lisada uued üürilepingud. Integratsiooni token: ${v('credential.notion_token', NOTION)}. Kirjuta palun Pythonis näide, mis lisab andmebaasi rea (nimi, tuba, alguskuupäev).`),

  rec('chat_lt', f`Sveiki, reikia perduoti Postman kolekciją su teismo vertėjų užsakymų API kolegai. Ar saugu eksportuoti su aplinkos kintamuoju api_key = ${v('credential.postman_api_key', POSTMAN)}? Ar geriau jį pašalinti?`),

  rec('ci_lv', f`Sveiki! GitHub Actions nevar iepušot apkalpes vīzu servisa image uz Docker Hub. Mans workflow:

${cfg(f`- name: Login
  run: echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u aureliaops --password-stdin
- name: Push
  run: docker push aureliaops/crew-visa-api:1.14.2`)}

Vai tas ir pareizi?`),

  rec('chat_hu', f`Szia! A gumiabroncs-újrahasznosító üzemben a bálázógép riasztásait Teamsbe küldjük. Ezt a webhookot használja a PLC gateway: ${v('credential.teams_webhook_url', TEAMS)} – mióta átálltak az új Workflows-ra, nem jön üzenet. Mit kell módosítani?`),

  rec('chat_ro', f`Bună, pentru aplicația internă în care interpreții își aleg deplasările la instanțe folosim Google Maps. Cheia din cod e ${v('credential.google_api_key', GOOGLE)}. Cum o restricționez doar la domeniul nostru?`),

  rec('chat_bg', f`Здравей! Трябва ми скрипт, който да изчиства кеша на сайта на музея след всяка нова временна изложба. В Cloudflare създадох API токен ${v('credential.cloudflare_api_token', CF_TOKEN)} с права Zone.Cache Purge. Как се вика API-то с curl?`),

  rec('chat_sr', f`Здраво, колегиница из агенције за судске тумаче ми је послала овај Dropbox токен за скрипту која прави резервне копије записника: ${v('credential.dropbox_access_token', DROPBOX)}. Зашто ми после четири сата враћа expired_access_token?`),

  rec('key_hr', f`Bok, trebam pomoć: na serveru s manifestima posade (brod Aurelia Adriatica) ne mogu se spojiti s ovim ključem, javlja "invalid format". Evo ključa kako je u datoteci:

${v('credential.openssh_private_key', OSSH)}

Je li problem u CRLF završecima redova?`),

  rec('npmrc_sl', f`Živjo, v tovarni za recikliranje pnevmatik imamo svoj npm register za nadzorno ploščo tehtnice. .npmrc:

${cfg(f`registry=https://npm.gumarna-reciklaza.si/
//npm.gumarna-reciklaza.si/:_authToken=${v('credential.npmrc_auth_token', NPMRC_TOKEN)}
always-auth=true`)}

Zakaj npm install javlja E401?`),

  rec('chat_he', f`היי, אני בונה בוט שעונה לדיירים במעונות הסטודנטים על שאלות חוזה. זה המפתח של Anthropic שקיבלתי מהמנהל: ${v('credential.anthropic_api_key', ANTHROPIC)}. איך אני מגביל שהבוט לא יענה על שאלות משפטיות?`),

  rec('code_py_fa', f`سلام، این اسکریپت برای پیاده‌سازی متن صدای جلسات دادگاه (برای مترجمان) کار نمی‌کند و خطای 401 می‌دهد:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
asr = pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")
print(asr("jalase_1403_12_05.wav")["text"])`)}`),

  rec('chat_ur', f`السلام علیکم، کرو ویزا ٹیم کی Azure DevOps پائپ لائن میں یہ PAT استعمال ہو رہا ہے: ${v('credential.azure_devops_pat', ADO)} — کیا یہ ہر 90 دن بعد ختم ہو جاتا ہے؟ اسے service connection میں کیسے بدلوں؟`),

  rec('code_th', f`สวัสดีครับ แอปหอพักนักศึกษาส่ง push แจ้งเตือนค่าเช่าไม่ได้ ใช้ legacy API แบบนี้อยู่:

${code(f`const res = await fetch('https://fcm.googleapis.com/fcm/send', {
  method: 'POST',
  headers: {
    Authorization: 'key=${v('credential.firebase_fcm_server_key', FCM)}',
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({ to: tenantToken, notification: { title: 'ค่าเช่าเดือนนี้', body: 'ครบกำหนดชำระ 5 มี.ค.' } }),
});`)}

ต้องย้ายไป HTTP v1 ยังไงครับ`),

  rec('chat_vi', f`Chào bạn, mình đang làm công cụ đối soát tiền cọc cho ký túc xá sinh viên trên Supabase. Access token quản lý là ${v('credential.supabase_token', SUPABASE)}. Làm sao dùng nó với Supabase CLI để tạo migration mới?`),

  rec('chat_ms', f`Hai, saya perlu paparkan kedudukan kapal dan pelabuhan pertukaran kru di papan pemuka dalaman. Token rahsia Mapbox kami ${v('credential.mapbox_secret_token', MAPBOX)} — boleh ke guna token ini di sebelah pelanggan (browser)?`),

  rec('chat_ka', f`გამარჯობა! სასამართლო თარჯიმნების სააგენტოში Linear-ს ვიყენებთ დავალებებისთვის. API გასაღები: ${v('credential.linear_api_key', LINEAR)}. დამიწერე GraphQL მოთხოვნა, რომელიც ყველა ღია "ჯორჯიული-ინგლისური" დავალებას წამოიღებს.`),

  rec('pypirc_hy', f`Բարև, թանգարանի հավաքածուների գործիքը ուզում եմ հրապարակել PyPI-ում, բայց upload-ը ձախողվում է։ ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Ինչո՞ւ է 403 տալիս։`),

  rec('chat_am', f`ሰላም፣ ለፍርድ ቤት አስተርጓሚዎች የቀጠሮ ስርዓት የአስተዳዳሪ የይለፍ ቃል ${v('credential.password_in_prose', 'Addis-Astergwami24')} ነው። ለአዲሱ ሰራተኛ እንዴት በደህና ማጋራት እንደምችል ምክር ስጠኝ።`),

  rec('chat_sw', f`Habari, tunataka arifa za visa za wafanyakazi wa meli ziende kwenye Slack. Webhook niliyopewa ni ${v('credential.slack_webhook_url', SLACK_HOOK)} — nisaidie kuandika ujumbe wa JSON wenye jina la baharia na tarehe ya kuisha kwa visa.`),

  rec('chat_zh_tw', f`你好，我們博物館的借展管理系統部署在 Heroku，我想用 CLI 自動重啟。主管給我的 API key 是 ${v('credential.heroku_api_key', HEROKU)}，要怎麼設定成環境變數才不會被 commit 進 git？`),

  rec('chat_yue', f`唔該幫手睇吓，學生宿舍網店（賣床單同廚具套裝）嘅 Shopify app 用緊呢個 token：${v('credential.shopify_access_token', SHPAT)}，點解 call Admin API 會彈 403？係咪 scope 唔夠？`),

  rec('chat_mr', f`नमस्कार, आमच्या टायर रिसायकलिंग प्लांटच्या ERP रिपोसाठी GitHub fine-grained token बनवला आहे: ${v('credential.github_fine_grained_pat', GH_FINE)}. हा token फक्त एका repo ला access देतो ना? कृपया सांगा.`),

  rec('chat_en', f`Stripe question: our bail office uses a restricted key for the payment-plan reminders, ${v('credential.stripe_restricted_key', STRIPE_RK)}. It can read charges but creating a refund fails with permission_error. Which permission do I add?`),

  rec('chat_ca', f`Hola! Per al préstec de les peces al museu de Girona els hem enviat l'enllaç al full de condicions a l'Azure, però diuen que no s'obre:
https://nmaaprestecs.blob.core.windows.net/informes/condicions_GI-2025-07.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-04-30T22:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Pots revisar si ha caducat?`),

  rec('chat_is', f`Halló, ég er að setja upp lítinn netþjón fyrir áhafnarskráningu skipanna og vil nota DigitalOcean CLI. Tókinn minn er ${v('credential.digitalocean_token', DO_TOKEN)}. Hvernig bý ég til droplet í fra1 með doctl?`),

  rec('gcp_json_en', f`Digitisation team gave me this key for the loans-photo bucket. gsutil says "invalid_grant: Invalid JWT Signature". Is the key broken?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nmaa-loans-imaging",
  "private_key_id": "${fill('b150-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM_JSON)}",
  "client_email": "${amb('pii.email', 'loans-photo-sync@nmaa-loans-imaging.iam.gserviceaccount.com')}",
  "client_id": "104827395016283749512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'loans-photo-sync%40nmaa-loans-imaging.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('chat_zh_tencent', f`我们在深圳的学生公寓合作方要求用腾讯云短信发送入住验证码。他们给的密钥：SecretId ${v('credential.tencent_secret_id', TENCENT_ID)}，SecretKey ${v('credential.generic_secret_assignment', TENCENT_KEY)}。帮我写个 Node.js 发短信的示例。`),

  rec('chat_de_at', f`Servus, wir haben in der Wiener Außenstelle vom Dolmetschdienst einen neuen Kollegen. Bitte schreib eine kurze Mail an ihn: Login ins Buchungssystem ist d.hofbauer, das Einmal-Passwort lautet ${v('credential.password_in_prose', 'Landesgericht-2025!')}, muss beim ersten Login geändert werden. Hotline bei Problemen: ${phone('+43 1 4827391')}.`),
];

/**
 * Held-out batch 146: credentials pasted by staff of a commercial diving and underwater-inspection
 * contractor, a pharmacy chain's prescription and loyalty desk, a video-streaming platform's
 * trust-and-safety and creator-payouts team, a customs-bonded warehouse, a kidney-transplant
 * coordination unit and a municipal waterworks' meter-reading and billing office. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SENTRY_KEY = fill('b146-sentry', HEX, 32);
const GLSA = tok('glsa_', fill('b146-glsa1', B62, 32), '_', fill('b146-glsa2', HEX, 8));
const AKIA = tok('AKIA', fill('b146-akia', B32, 16));
const AKIA_SECRET = fill('b146-akias', B64, 40);
const AZ_STORAGE = `${fill('b146-azst', B64, 86)}==`;
const TW_SID = tok('AC', fill('b146-twsid', HEX, 32));
const TW_TOKEN = fill('b146-twtok', HEX, 32);
const TW_SID2 = tok('AC', fill('b146-twsid2', HEX, 32));
const TW_TOKEN2 = fill('b146-twtok2', HEX, 32);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b146-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b146-sklive', B62, 97));
const SG = tok('SG.', fill('b146-sg1', B64URL, 22), '.', fill('b146-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b146-mc', HEX, 32), '-us14');
const SHPAT = tok('shpat_', fill('b146-shpat', HEX, 32));
const RZP_SECRET = fill('b146-rzp', B62, 24);
const OPENAI = tok('sk-', 'proj-', fill('b146-oai1', B64URL, 74), 'T3BlbkFJ', fill('b146-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b146-ant', B64URL, 93), 'AA');
const SLACK_BOT = tok('xoxb-', '5820394716', '2-', '7391046285173-', fill('b146-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05K', fill('b146-shk1', UPPER + DIGITS, 7), '/B07', fill('b146-shk2', UPPER + DIGITS, 8), '/', fill('b146-shk3', B62, 24));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b146-rklive', B62, 97));
const TELEGRAM = tok('7394018265', ':AA', fill('b146-tg', B64URL, 33));
const GH_FINE = tok('github_pat_', '11B', fill('b146-ghf1', UPPER + DIGITS, 19), '_', fill('b146-ghf2', B62, 59));
const HF = tok('hf_', fill('b146-hf', LOWER + UPPER, 34));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1283749201746382915', '/', fill('b146-dch', B64URL + '', 68));
const JWT_TH = jwt({ alg: 'RS256', typ: 'JWT', kid: 'tns-2024-09' }, { sub: 'svc-moderation-th', aud: 'review-queue', scope: 'cases:write', iat: 1727423810, exp: 1727510210 }, 'b146-jwtth');
const ALI_ID = tok('LTAI', '5t', fill('b146-ltai', B62, 18));
const ALI_SECRET = fill('b146-alisec', B62, 30);
const TENCENT_ID = tok('AKID', fill('b146-akid', B62, 32));
const TENCENT_KEY = fill('b146-tckey', B62, 32);
const DD_API = fill('b146-ddapi', HEX, 32);
const DD_APP = fill('b146-ddapp', HEX, 40);
const BASIC = b64(`payout-svc:${fill('b146-basic', B62, 28)}`);
const AZ_CLIENT = tok(fill('b146-azc1', B62, 3), '8Q~', fill('b146-azc2', B62 + '_-.', 31));
const GLPAT = tok('glpat-', fill('b146-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Kd7Lq2Wx9Rb4Tm8Vn1Fs6Hc3Pj5Zy0');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b146-atl', B64URL, 171), '=', fill('b146-atl2', HEX.toUpperCase(), 8));
const GOOGLE = tok('AIza', 'Sy', fill('b146-gapi', B64URL, 33));
const RSA = pem('RSA PRIVATE KEY', 'b146-rsa', 1190);
const VAULT = tok('hvs.', fill('b146-vault', B64URL, 92));
const OKTA = tok('00', fill('b146-okta', B64URL, 40));
const BREVO = tok('xkeysib-', fill('b146-brevo1', HEX, 64), '-', fill('b146-brevo2', B62, 16));
const DOCKER_AUTH = b64(`vodovod-ci:${tok('dckr_', 'pat_', fill('b146-dckrin', B64URL, 27))}`);
const DCKR = tok('dckr_', 'pat_', fill('b146-dckr', B64URL, 27));
const CF_TOKEN = fill('b146-cftok', B62 + '_-', 40);
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'mxqtrvbkpwzlnyhdgcfa', role: 'service_role', iat: 1719830400, exp: 2035406400 }, 'b146-supa');
const AT_KEY = fill('b146-africastalking', B62, 64);
const MQTT_PW = 'Zaehler!Wien-2291';

export const BATCH146_CREDENTIALS: DraftRecord[] = [
  // ── diving & underwater inspection ───────────────────────────────────────────────────────────
  rec('env_file', f`The dive-log sync service on the DSV keeps crashing at boot. Here's the .env from the bridge PC, can you spot anything wrong?

${cfg(f`# divelog-sync/.env  (MV Skarvøy, bridge PC)
NODE_ENV=production
DATABASE_URL=postgres://divelog:${v('credential.database_url_password', 'Kittiwake#Sat-300m')}@${amb('pii.ip_address', '10.12.4.20')}:5432/divelog
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127730221056`)}
SAT_SYSTEM_ID=SKV-SAT-02
BELL_DEPTH_UNITS=msw
LOG_LEVEL=info`)}`),

  rec('chat_no', f`Hei! ROV-dashbordet i Grafana viser ingen data fra Ormen Lange-inspeksjonen siden i går. Provisioneringen bruker denne service account-tokenen: ${v('credential.grafana_service_account_token', GLSA)}
Må jeg lage en ny, eller er det noe med rettighetene? Skal jeg sende deg datasource-yamlen også?`),

  rec('chat_nl', f`Kun je dit omzetten naar een nette briefingtekst voor de nieuwe duikers? "Wifi aan boord van de Zeehond: netwerk DSV-CREW, wachtwoord ${v('credential.password_in_prose', 'Duiklocatie-Maasvlakte7')}. De printer in de duikcontrole staat op ${amb('pii.ip_address', '192.168.40.15')}. Niet gebruiken voor streaming aub, de satlink is krap."`),

  rec('aws_credentials', f`We upload the ROV HD footage straight from the vessel to S3 but the CLI on the new topside laptop says "SignatureDoesNotMatch". ~/.aws/credentials (copied from the old laptop):

${cfg(f`[rov-footage]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-southeast-2`)}

Clock on the laptop is AWST, is that it? Cheers`),

  rec('chat_pt_br', f`Oi, preciso de ajuda urgente. O script que sobe os relatórios de inspeção dos risers para o Blob Storage parou. A connection string é esta:
${cfg(f`DefaultEndpointsProtocol=https;AccountName=inspecaosubmarina;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}
O erro é "Server failed to authenticate the request". Será que alguém rotacionou a chave?`),

  rec('code_python', f`مرحبا، هذا السكربت يرسل تنبيه SMS للغواصين عند تجاوز عمق الغوص، لكنه يعطي خطأ 20003. هل المشكلة في الحساب؟

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def alert_depth(diver, depth_m, limit_m):
    if depth_m > limit_m:
        client.messages.create(
            to=diver.mobile,
            from_="${phone('+971 50 318 4726')}",
            body=f"تنبيه: {diver.name} تجاوز العمق {depth_m} م (الحد {limit_m} م)",
        )`)}`),

  rec('runbook', f`Tidying up the survey laptop handover note — can you make it read better? Keep the key block where it is, Callum needs it Monday.

Survey laptop (Aberdeen base) – handover
- login: survey / ask Fiona
- the git deploy key for the inspection-reports repo is below, it's the only copy off the old machine:

${v('credential.openssh_private_key', OSSH)}

- Hypack licence dongle is in the Pelican case
- call Fiona on ${phone('07943 281 657', 'GB')} if the dongle isn't there`),

  rec('chat_is', f`Geturðu þýtt þetta á ensku fyrir nýja köfunarstjórann? „Aðgangur að þjöppustýringunni: notandi kafari01, lykilorð ${v('credential.password_in_prose', 'Hafmeyja!Grindavik42')}. Breyttu því eftir fyrstu innskráningu."`),

  // ── pharmacy chain: prescriptions & loyalty ──────────────────────────────────────────────────
  rec('chat_es', f`Hola, en la farmacia online los cobros con tarjeta fallan desde anoche. El técnico me dejó esta clave en un post-it: ${v('credential.stripe_secret_key', STRIPE_LIVE)}
¿Cómo compruebo en el panel de Stripe si sigue activa? No quiero parar las recetas electrónicas.`),

  rec('code_php', f`Oye, el recordatorio de recogida de receta por SMS ya no sale. Lo hizo un freelance en 2022:

${code(f`<?php
// recordatorio_receta.php — se ejecuta por cron a las 9:00
$sid   = '${v('credential.twilio_account_sid', TW_SID2)}';
$token = '${v('credential.twilio_auth_token', TW_TOKEN2)}';
$cliente = new Twilio\\Rest\\Client($sid, $token);

foreach ($pendientes as $p) {
    $cliente->messages->create($p['celular'], [
        'from' => '${phone('+52 55 4187 2930')}',
        'body' => "Farmacias Alameda: su receta {$p['folio']} está lista para recoger.",
    ]);
}`)}

¿Hay que migrar a otra versión del SDK?`),

  rec('env_file', f`Kannst du mir sagen, welche dieser Variablen der Rezept-Erinnerungsdienst wirklich braucht? Der Rest soll raus.

${cfg(f`# rezept-reminder/.env.prod
APP_NAME=rezept-reminder
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
MAIL_FROM=${v('pii.email', 'erinnerung@apotheke-am-lindenplatz.de')}
KUNDENKARTE_API=https://loyalty.internal/v2
LOYALTY_DB_PASSWORD=${v('credential.password_assignment', 'Kamille+Salbei_2024')}
FEATURE_SMS=false
TZ=Europe/Berlin`)}`),

  rec('config', f`Program lojalnościowy nie łączy się z bazą po aktualizacji Windows Server. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Lojalnosc": "Server=apt-sql01.apteka.local,1433;Database=Lojalnosc;User Id=lojalnosc_app;Password=${v('credential.connection_string_password', 'Rumianek!Krakow#77')};TrustServerCertificate=True"
  },
  "Punkty": { "ZaZlotowke": 1, "WygasanieDni": 365 }
}`)}

Błąd: "Login failed for user 'lojalnosc_app'". Hasło na pewno jest dobre?`),

  rec('chat_tr', f`Merhaba, eczane kasasındaki sadakat kartı programı açılmıyor. Bayi bize kullanıcı adı "eczane_kasa2" ve şifre olarak ${v('credential.password_in_prose', 'Papatya*Izmir2024')} verdi ama "hesap kilitlendi" diyor. Müşteri hizmetlerine ne yazayım? Kısa ve nazik bir mesaj hazırlar mısın?`),

  rec('chat_fr', f`Bonjour, je voudrais exporter les adhérents de la carte fidélité vers Mailchimp pour la campagne vaccination grippe. Clé API : ${v('credential.mailchimp_api_key', MAILCHIMP)}. Tu peux m'écrire le script Python qui crée l'audience « Fidélité 2024 » avec les tags par pharmacie ?`),

  rec('chat_fr_ca', f`Allô! Notre boutique en ligne (produits sans ordonnance) roule sur Shopify pis l'inventaire se synchronise pu avec le logiciel de la pharmacie depuis mardi. Le jeton d'accès admin, c'est ${v('credential.shopify_access_token', SHPAT)}. C'est-tu correct de le mettre directement dans le script ou faut que je passe par une variable d'environnement?`),

  rec('code_js', f`Bhai pharmacy app mein payment capture fail ho raha hai, Razorpay wala code dekh lo:

${code(f`const Razorpay = require('razorpay');

const rzp = new Razorpay({
  key_id: process.env.RZP_KEY_ID,
  key_secret: '${v('credential.generic_secret_assignment', RZP_SECRET)}',
});

async function captureRx(orderId, amountPaise) {
  // prescription order ko capture karo
  return rzp.payments.capture(orderId, amountPaise, 'INR');
}`)}

"BAD_REQUEST_ERROR: The api key provided is invalid" aa raha hai. Key id env se aa raha hai, secret hardcoded hai.`),

  rec('chat_de_ch', f`Grüezi, chönd Sie mir hälfe? Mir händ im Apothekesystem en neue Benutzer für d Praktikantin gmacht: Benutzername "praktikum.bern", s Passwort isch ${v('credential.password_in_prose', 'Edelweiss-Apo#31')}. Chönd Sie mir e churzi Aleitig schriibe, wie si sich s erscht Mal ilogge söll und s Passwort ändere?`),

  // ── streaming platform: trust & safety, creator payouts ──────────────────────────────────────
  rec('code_python', f`신고된 영상 자동 분류 스크립트인데, 갑자기 429 에러가 나요. 키 문제인가요?

${code(f`import openai

client = openai.OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def classify_report(title: str, transcript: str) -> str:
    # 신고 사유 분류: 폭력 / 스팸 / 저작권 / 기타
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"분류: {title}\\n{transcript[:4000]}"}],
    )
    return r.choices[0].message.content`)}`),

  rec('chat_ja', f`モデレーション用のスクリプトで Claude を使っています。社内 Wiki に書いてあったキーをそのまま入れたら 401 になりました：
${v('credential.anthropic_api_key', ANTHROPIC)}
これは失効していますか？それとも組織が違うのでしょうか。新しいキーの発行手順を教えてください。`),

  rec('yaml', f`T&S alerting bot posts nothing since the workspace migration. Config:

${cfg(f`# tns-alerts/config.yaml
slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: "#tns-escalations"
  fallback_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
thresholds:
  csam_hash_match: 1      # page immediately
  violent_extremism: 3
  spam_burst_per_min: 200`)}

Do bot tokens survive a workspace migration or do we need to reinstall the app?`),

  rec('chat_pt_pt', f`Olá! Estou a preparar o novo processo de pagamentos aos criadores e o colega deixou esta chave restrita no ficheiro de configuração: ${v('credential.stripe_restricted_key', RK_LIVE)}. Consegues dizer-me que permissões lhe devo dar para fazer transfers para contas Connect, e só isso?`),

  rec('code_python', f`Бот поддержки авторов перестал отвечать после переезда на новый сервер. Код:

${code(f`import telebot

bot = telebot.TeleBot("${v('credential.telegram_bot_token', TELEGRAM)}")

@bot.message_handler(commands=["vyplata"])
def payout_status(msg):
    # статус выплаты автору по его ID канала
    status = payouts.lookup(msg.from_user.id)
    bot.reply_to(msg, f"Статус выплаты: {status}")

bot.infinity_polling()`)}

В логах "Conflict: terminated by other getUpdates request". Это значит, что старый сервер ещё работает?`),

  rec('chat_uk', f`Привіт! Для CI репозиторію з модерацією коментарів я створив fine-grained токен: ${v('credential.github_fine_grained_pat', GH_FINE)}. Чи достатньо прав "Contents: read" та "Pull requests: write", щоб бот залишав коментарі до PR? Чи треба ще щось?`),

  rec('chat_vi', f`Mình đang thử model phát hiện nội dung nhạy cảm trên Hugging Face, nhưng tải về thì báo 401. Token mình dùng: ${v('credential.huggingface_token', HF)}. Model là private của team Trust & Safety. Có phải cần quyền "read" cho repo không ạ?`),

  rec('chat_id', f`Halo, aku mau bikin notifikasi otomatis ke server Discord komunitas kreator setiap kali payout bulanan sudah dikirim. Webhook-nya: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Tolong buatkan contoh kode Node.js-nya ya, pesannya dalam Bahasa Indonesia.`),

  rec('curl', f`ช่วยดูหน่อยค่ะ เรียก API ของคิวตรวจสอบเนื้อหาแล้วได้ 403 ตลอด

${cfg(f`curl -X POST https://tns-api.internal/v2/cases \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_TH)}" \\
  -H "Content-Type: application/json" \\
  -d '{"video_id":"v_8Jq2LmX","reason":"harassment","market":"TH"}'`)}

token นี้ได้มาจากทีม platform เมื่อวาน scope เป็น cases:write แล้วนะคะ`),

  rec('code_go', f`视频上传到 OSS 之后转码任务一直没触发，帮我看看配置是不是写错了：

${code(f`package storage

import "github.com/aliyun/aliyun-oss-go-sdk/oss"

const (
	endpoint  = "https://oss-ap-southeast-1.aliyuncs.com"
	keyID     = "${v('credential.alibaba_access_key_id', ALI_ID)}"
	keySecret = "${v('credential.generic_secret_assignment', ALI_SECRET)}"
	bucket    = "creator-uploads-sg"
)

func Client() (*oss.Client, error) {
	return oss.New(endpoint, keyID, keySecret)
}`)}`),

  rec('ini', f`請問一下，我們用騰訊雲 COS 存創作者的縮圖，這個設定檔哪裡有問題？

${cfg(f`[cos]
secret_id = ${v('credential.tencent_secret_id', TENCENT_ID)}
secret_key = ${v('credential.generic_secret_assignment', TENCENT_KEY)}
region = ap-taipei
bucket = thumbs-1319402857`)}

上傳時顯示 "SignatureDoesNotMatch"，時間同步應該沒問題。`),

  rec('docker_compose', f`היי, אני מנסה להריץ את ה-Datadog agent ליד שירות התשלומים ליוצרים, אבל לא רואה מטריקות בדשבורד. זה ה-compose:

${cfg(f`services:
  payouts:
    image: registry.internal/creator-payouts:4.2.1
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_APM_ENABLED: "true"`)}

מה חסר?`),

  rec('log', f`Pare, bakit kaya nagfe-fail yung payout batch kagabi? Eto yung log galing sa worker:

${cfg(f`2024-10-03T01:14:22Z INFO  payout-worker batch=PO-2024-10-A creators=1842
2024-10-03T01:14:23Z DEBUG http POST https://payments.partner-psp.ph/v1/disbursements headers={Authorization: Basic ${v('credential.basic_auth_header', BASIC)}, Content-Type: application/json}
2024-10-03T01:14:24Z ERROR payout-worker PSP replied 401 invalid_client`)}

Yung credentials daw ay na-rotate ng PSP last week, pero di ko sure kung na-update natin.`),

  rec('chat_ms', f`Hai, saya nak guna Supabase untuk simpan senarai laporan pengguna (user reports) dari Malaysia. Kawan saya bagi service role key ni: ${v('credential.jwt', SUPA_JWT)}
Boleh ke saya letak dalam app mudah alih terus? Atau kena buat backend?`),

  // ── customs-bonded warehouse ─────────────────────────────────────────────────────────────────
  rec('yaml', f`Hoi zäme, dr Zollschnittstellen-Dienst für s Zolllager in Basel startet nüm. Chasch mir säge was i dere Config falsch isch?

${cfg(f`# zolllager-edi/application.yml
passar:
  endpoint: https://passar-test.example-edi.ch/api
  user: zl_basel_edi
  password: ${v('credential.password_assignment', 'Rheinhafen!Zoll#2024')}
lager:
  bewilligung: ZL-BS-0417
  standort: Auhafen Halle 3`)}

Fehler isch "401 Unauthorized", aber s Passwort isch vom Zollbüro frisch gschickt worde.`),

  rec('shell', f`Γεια σας, προσπαθώ να τραβήξω την απογραφή της αποθήκης τελωνειακής αποταμίευσης σε CSV αλλά το mysql δεν συνδέεται:

${cfg(f`$ mysql -h ${amb('pii.ip_address', '10.30.8.14')} -u apothiki_ro -p${v('credential.mysql_cli_password', 'Peiraias_Bond!58')} apografi -e "SELECT sku, qty, customs_status FROM stock" > stock.csv
ERROR 2003 (HY000): Can't connect to MySQL server on '${amb('pii.ip_address', '10.30.8.14')}:3306' (110)`)}

Είναι θέμα firewall;`),

  rec('chat_ro', f`Salut, poți să-mi explici de ce scriptul de trimitere a declarațiilor vamale pe FTP nu mai merge? Folosim URL-ul ftp://antrepozit_ct:${v('credential.url_password', 'Constanta#Vama2024')}@edi.vama-parteneri.ro/in/ în cronjob. Eroarea e "530 Login incorrect". Parola ne-a fost trimisă pe e-mail luni.`),

  rec('chat_nl_be', f`Dag, onze WMS-app in het douane-entrepot in Antwerpen logt in via Entra ID. De client secret staat in de appsettings: ${v('credential.azure_client_secret', AZ_CLIENT)} — maar sinds maandag krijgen we AADSTS7000215. Is die vervallen denk je? Hoe verleng ik die best zonder downtime?`),

  rec('chat_fi', f`Moi! Tullivaraston inventaariosovelluksen CI ei enää pääse GitLabiin. Käytän tätä henkilökohtaista tokenia: ${v('credential.gitlab_pat', GLPAT)}. Pitäisikö minun vaihtaa project access tokeniin? Mitkä scopet tarvitaan pelkkään git pulliin?`),

  rec('cisco', f`Sziasztok, a vámraktár új switchének a konfigja, kérlek nézzétek át, hogy rendben van-e a VLAN-kiosztás:

${cfg(f`hostname VAMRAKTAR-SW01
!
username admin privilege 15 secret 0 ${v('credential.network_device_secret', 'Duna-Raktar#2024!')}
enable secret 0 ${v('credential.network_device_secret', 'Vam!Enable_Gyor77')}
!
interface Vlan30
 description KAMERAK
 ip address ${amb('pii.ip_address', '10.30.30.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
interface Vlan40
 description VONALKOD-OLVASOK
 ip address ${amb('pii.ip_address', '10.30.40.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}`),

  rec('npmrc', f`Ahoj, build skladové aplikace pro celní sklad padá na instalaci interního balíčku @celnisklad/edi. Tady je .npmrc:

${cfg(f`@celnisklad:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Chyba: "E404 Not Found". Balíček je privátní, token mám od kolegy.`),

  rec('curl', f`Sveiki! Mēģinu no Jira izvilkt visus muitas noliktavas pieteikumus, bet saņemu 401:

${cfg(f`curl -u ${v('pii.email', 'k.ozolina@muitas-noliktava.lv')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://muitas-noliktava.atlassian.net/rest/api/3/search?jql=project=NOL"`)}

Vai API tokenam ir derīguma termiņš?`),

  // ── kidney transplant coordination ───────────────────────────────────────────────────────────
  rec('email', f`Hi Priya,

Could you help me word this handover for the weekend on-call coordinator? Draft:

"The organ-offering portal login for the unit account is txcoord.unit and the password is currently ${v('credential.password_in_prose', 'Nephron-Harefield-82')} (changes on the 1st). If the portal is down, call the duty office on ${phone('+44 20 7183 4926')} and they will read the offer out."

Thanks,
Ruth`),

  rec('code_js', f`Ciao, nella mappa dei trasporti degli organi (ambulanze/elicottero) non si carica più Google Maps. Ecco il pezzo di codice:

${code(f`const loader = new Loader({
  apiKey: '${v('credential.google_api_key', GOOGLE)}',
  version: 'weekly',
  libraries: ['routes'],
});

loader.load().then(() => {
  // percorso centro trapianti → ospedale donatore
  initMap(document.getElementById('mappa-trasporti'));
});`)}

Nella console: "RefererNotAllowedMapError". È la restrizione sulla chiave?`),

  rec('chat_es_ar', f`Che, necesito que me ayudes a armar la config del conector HL7 entre el laboratorio de histocompatibilidad y el sistema del INCUCAI. El proveedor me mandó la clave privada así, ¿está bien el formato?

${v('credential.private_key', RSA)}

¿La pego tal cual en el archivo .pem o tengo que convertirla a PKCS#8?`),

  rec('chat_sv', f`Hej! Vi flyttar transplantationsenhetens hemligheter till Vault. Jag har en root-liknande token från installationen: ${v('credential.vault_token', VAULT)}. Hur skapar jag en policy som bara ger koordinatorsappen läsrätt till secret/njurtx/*?`),

  rec('chat_da', f`Hej, kan du hjælpe med et script, der deaktiverer brugere i Okta, når en transplantationskoordinator stopper? Jeg har API-token ${v('credential.okta_api_token', OKTA)} fra vores admin. Skal det være PowerShell eller Python?`),

  rec('chat_fa', f`سلام، برای ورود به سامانه فهرست انتظار پیوند کلیه این اطلاعات را به من داده‌اند: نام کاربری/رمز عبور ${v('credential.user_password_pair', 'hamahang.kolieh/Firouzeh#1403')} — ولی خطای «حساب قفل شده است» می‌دهد. لطفاً یک ایمیل مؤدبانه به پشتیبانی بنویس که حساب را باز کنند.`),

  rec('chat_ta', f`வணக்கம், சிறுநீரக மாற்று ஒருங்கிணைப்பு பிரிவின் புதிய நர்ஸுக்கு இதை ஆங்கிலத்தில் மொழிபெயர்க்க முடியுமா? "மருத்துவமனை அமைப்பில் உள்நுழைய பயனர் பெயர் tx_nurse4, கடவுச்சொல் ${v('credential.password_in_prose', 'Kaveri@Renal2024')}. முதல் உள்நுழைவில் மாற்றவும்."`),

  rec('chat_am', f`ሰላም፣ ይህንን ለአዲሱ የኩላሊት ንቅለ ተከላ አስተባባሪ ወደ እንግሊዝኛ ተርጉምልኝ፦ «የመረጃ ቋቱ የተጠቃሚ ስም donor_coord ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', 'Abay-Kidney#2016')} ነው። እባክህ በመጀመሪያ መግቢያ ላይ ቀይረው።»`),

  // ── municipal waterworks: meter reading & billing ────────────────────────────────────────────
  rec('yaml', f`Servus, unser MQTT-Broker für die Funkwasserzähler (wM-Bus-Gateways) nimmt seit dem Update keine Verbindungen mehr an. Die Gateway-Config:

${cfg(f`mqtt:
  host: mqtt.wasserwerke-intern.at
  port: 8883
  username: gw-floridsdorf-07
  password: ${v('credential.password_assignment', MQTT_PW)}
  topic: zaehler/21/ablesung
tls:
  ca: /etc/gw/ca.pem`)}

Log sagt "Connection refused: not authorised". Kann das am neuen ACL liegen?`),

  rec('chat_fr', f`Bonjour, on envoie les factures d'eau par e-mail via Brevo et depuis ce matin plus rien ne part. La clé utilisée dans le module de facturation : ${v('credential.brevo_api_key', BREVO)}. Est-ce que Brevo désactive les clés après un certain temps ? Tu peux me rédiger un message pour leur support ?`),

  rec('chat_ca', f`Hola! Els lectors de comptadors pugen les lectures a un SFTP cada nit amb aquesta URL al script: sftp://lectures:${v('credential.url_password', 'Aigues-Lleida#2024')}@sftp.aiguesmunicipals.cat/entrada — i ara dona "Permission denied". Pots revisar si hi ha algun problema amb el caràcter # a la contrasenya?`),

  rec('chat_bn', f`নমস্কার, মিটার রিডিং অ্যাপের নতুন কর্মীর জন্য এটা ইংরেজিতে অনুবাদ করে দেবেন? "অ্যাপে লগইন করতে ইউজার নেম meter_reader12 আর পাসওয়ার্ড ${v('credential.password_in_prose', 'Padma!Jol2024')} ব্যবহার করুন। প্রথমবার লগইন করার পর পাসওয়ার্ড বদলে নেবেন।"`),

  rec('env_file', f`Habari, tunataka kutuma SMS za bili za maji kwa wateja kupitia Africa's Talking. Hii ni faili ya .env, je iko sawa?

${cfg(f`AT_USERNAME=maji-mjini
AT_API_KEY=${v('credential.generic_secret_assignment', AT_KEY)}
AT_SENDER_ID=MAJIBILI
BILLING_DB=postgres://billing@localhost/maji`)}

Tunapata hitilafu "The supplied authentication is invalid".`),

  rec('json_config', f`Bok, CI za aplikaciju za očitanje vodomjera ne može povući image s Docker Huba. ~/.docker/config.json na build serveru:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

A lokalno radim docker login s tokenom ${v('credential.dockerhub_pat', DCKR)} i sve radi. Zašto?`),

  rec('chat_ka', f`გამარჯობა, წყალმომარაგების ბილინგის სისტემაში ახალი ოპერატორისთვის ანგარიში შევქმენი. მომხმარებელი: billing_op7, პაროლი: ${v('credential.password_in_prose', 'Mtkvari#Tbilisi24')}. შეგიძლია დამიწერო მოკლე ინსტრუქცია ინგლისურად, როგორ შეიცვალოს პაროლი პირველი შესვლისას?`),

  rec('chat_hy', f`Բարև, ջրաչափերի ընթերցման համակարգում նոր աշխատակցի համար հաշիվ եմ բացել՝ օգտանուն reader_gyumri, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Aragats!Jur2024')}։ Կարո՞ղ ես սա թարգմանել անգլերեն և ավելացնել, որ առաջին մուտքից հետո պետք է փոխել։`),

  rec('chat_sr', f`Здраво, скрипта која ажурира DNS записе за портал за очитавање водомера више не ради. У њој стоји CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)} — да ли је потребна дозвола Zone:DNS:Edit или нешто више?`),

  rec('chat_kk', f`Сәлем! Кеден қоймасының есеп жүйесіне жаңа қызметкерге кіру деректерін бердім: логин ombor_almaty3, құпиясөз ${v('credential.password_in_prose', 'Alatau!Qoima2024')}. Осыны орыс тіліне аударып бересің бе? Бірінші кіргенде құпиясөзді ауыстыру керек екенін де қос.`),

  rec('chat_lt', f`Labas, vandentiekio atsiskaitymų portalo testinėje aplinkoje duomenų bazės prisijungimas: ${cfg(f`DB_USER=saskaitos_test DB_PASS=${v('credential.password_assignment', 'Nemunas#Kaunas55')}`)} — ar galiu šį slaptažodį naudoti ir produkcijoje, ar geriau sugeneruoti naują? Koks turėtų būti ilgis?`),
];

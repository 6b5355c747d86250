/**
 * Held-out batch 161: credentials pasted by staff of a public broadcaster's archive and licensing
 * desk, a kidney dialysis transport service, a container depot's repair estimates office, a
 * university hospital's clinical-trial pharmacy, a franchise bakery chain's payroll office and an
 * election commission's polling-staff recruitment team. Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b161-akia', B32, 16));
const AWS_SECRET = fill('b161-awssec', B64, 40);
const OPENAI = tok('sk-proj-', fill('b161-oai1', B64URL, 74), 'T3BlbkFJ', fill('b161-oai2', B64URL, 74));
const SLACK_BOT = tok('xoxb-', '3918274650', '2-', '8127364509182-', fill('b161-xoxb', B62, 24));
const TWILIO_SID = tok('AC', fill('b161-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b161-twtok', HEX, 32);
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b161-gkey', B64URL, 33));
const ALI_ID = tok('LTAI', '5t', fill('b161-ltai', B62, 18));
const ALI_SECRET = fill('b161-alisec', B62, 30);
const GHP = gh('ghp', fill('b161-ghp', B62, 30));
const DROPBOX = tok('sl.', 'B', fill('b161-dbx', B64URL, 138));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b161-slt', UPPER + DIGITS, 8), '/B0', fill('b161-slb', UPPER + DIGITS, 8), '/', fill('b161-slh', B62, 24));
const TELEGRAM = tok('7', fill('b161-tgid', DIGITS, 9), ':AA', fill('b161-tg', B64URL, 33));
const SENDGRID = tok('SG.', fill('b161-sg1', B64URL, 22), '.', fill('b161-sg2', B64URL, 43));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b161-rklive', B62, 97));
const AZURE_SECRET = tok(fill('b161-azs0', B62, 3), '8Q~', fill('b161-azs', B62 + '_-.~', 34));
const SA_PEM = pem('PRIVATE KEY', 'b161-gcp', 1218);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b161-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b161-as2rsa', 1190);
const GLPAT = tok('glpat-', fill('b161-glpat', B62 + '-_', 20));
const JWT_ARCH = jwt({ alg: 'RS256', typ: 'JWT', kid: 'arc-2024-11' }, { sub: 'lic-desk-07', iss: 'https://sso.archiv-tv.example.tw', aud: 'rights-api', scope: 'clips:read licences:write', iat: 1731650400, exp: 1731679200 }, 'b161-jwtarch');
const VAULT = tok('hvs.', 'CAESI', fill('b161-hvs', B64URL, 86));
const DD_API = fill('b161-ddapi', HEX, 32);
const NPM = gh('npm', fill('b161-npm', B62, 30));
const POSTMAN = tok('PMAK-', fill('b161-pm1', HEX, 24), '-', fill('b161-pm2', HEX, 34));
const SENTRY_KEY = fill('b161-sentry', HEX, 32);
const BEARER = fill('b161-bearer', B62 + '-._~', 72);
const DOCKER_AUTH = b64('depotci:Kr4n-Portal-2291');
const BASIC_AT = b64('labapi_ukh:Ampulle#Wien-84');

const SA_EMAIL = 'stt-runner@archive-transcripts-prod.iam.gserviceaccount.com';
const PEM_ESCAPED = SA_PEM.replace(/\n/g, '\\n');

export const BATCH161_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`The archive's MAM ingest worker can't reach the footage bucket since Monday. Here's the .env from the box, is anything obviously off?

${cfg(f`# mam-ingest/.env (prod)
MAM_BASE_URL=https://mam.archive.internal
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
FOOTAGE_BUCKET=bc-archive-footage-master
PROXY_BUCKET=bc-archive-proxies
TRANSCODE_PRESET=prores422_to_h264_1080`)}

Error is "SignatureDoesNotMatch" on every PutObject.`),

  rec('chat_de', f`Kannst du mir eine kurze Mail an unsere neue Kollegin im Lizenzteam formulieren? Inhalt: Zugang zum Rechteportal ist eingerichtet, Benutzer l.brenneisen, Initialpasswort ${v('credential.password_in_prose', 'Filmrolle!Sendung48')} – bitte beim ersten Login ändern. Freundlich, aber kurz.`),

  rec('curl_fr', f`Bonjour, l'API du catalogue d'archives me renvoie 403 alors que le jeton est tout neuf :

${cfg(f`curl -s -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  "https://api.archives-tele.example.fr/v2/clips?fonds=JT-1987&droits=monde"`)}

Est-ce que le scope "droits" doit être demandé à part ?`),

  rec('code_python_ja', f`字幕の自動翻訳スクリプトがレート制限で止まります。どこを直せばいいですか？

${code(f`from openai import OpenAI
import srt

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def translate(block: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "日本語の字幕を英語に翻訳してください"},
                  {"role": "user", "content": block}],
    )
    return r.choices[0].message.content

with open("archive_1978_news.srt", encoding="utf-8") as fh:
    for sub in srt.parse(fh.read()):
        print(sub.index, translate(sub.content))`)}`),

  rec('chat_ko', f`아카이브 라이선스 요청 알림 봇이 채널에 메시지를 못 올려요. 토큰은 ${v('credential.slack_bot_token', SLACK_BOT)} 이고 scope 에 chat:write 는 있어요. not_in_channel 에러가 계속 뜨는데 봇을 채널에 초대해야 하나요?`),

  rec('yaml_en_gb', f`Our patient SMS reminders ("your dialysis transport arrives at 06:40") stopped going out overnight. Config from the scheduler:

${cfg(f`sms:
  provider: twilio
  account_sid: ${v('credential.twilio_account_sid', TWILIO_SID)}
  auth_token: ${v('credential.twilio_auth_token', TWILIO_TOKEN)}
  from: "${phone('+44 7912 348605')}"
  quiet_hours: "22:00-05:30"
  template: pickup_reminder_v3`)}

Twilio console shows error 20003. Did someone rotate the token?`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a redactar un mensaje de WhatsApp para los choferes del turno de la madrugada? Que la app de rutas cambió: el usuario es su número de empleado y la contraseña temporal para todos es ${v('credential.password_in_prose', 'Riñon.Ruta-2025')}, que la cambien hoy mismo porfa. Y que recojan a los pacientes de hemodiálisis 15 min antes.`),

  rec('code_js_pt_br', f`O mapa das rotas de hemodiálise não carrega no tablet da ambulância, só aparece "For development purposes only". Olha o trecho:

${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GOOGLE_KEY)}",
  version: "weekly",
  libraries: ["routes", "places"],
});

loader.load().then(async () => {
  const { Map } = await google.maps.importLibrary("maps");
  mapa = new Map(document.getElementById("mapa-rotas"), { center: { lat: -23.55, lng: -46.63 }, zoom: 11 });
  desenharRotasDoDia(mapa, pacientesDoTurno);
});`)}

Precisa ativar faturamento no projeto?`),

  rec('json_it', f`Ciao, l'app dei trasporti dialisi non parte più dopo il deploy, dice "Login failed for user". appsettings.Production.json:

${cfg(f`{
  "ConnectionStrings": {
    "Trasporti": "Server=sql-trasp01.asl.local,1433;Database=TrasportiDialisi;User Id=app_trasporti;Password=${v('credential.connection_string_password', 'Navetta#Emodialisi7')};TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

La password l'ho cambiata ieri sera sul server, forse va messa tra virgolette?`),

  rec('ini_nl', f`WinSCP-script voor de EDI-uitwisseling met de rederij loopt vast op "Authentication failed". Dit staat in het script:

${cfg(f`option batch abort
option confirm off
open sftp://depot_edi:${v('credential.url_password', 'Kraanbaan-7731!')}@edi.rederij-partner.example.nl:22/ -hostkey="ssh-ed25519 255 ${fill('b161-hostkey', B64, 43)}"
put C:\\EDI\\uit\\DESTIM_*.edi /inbound/estimates/
close
exit`)}

Klopt het dat een ! in het wachtwoord in de URL geëncodeerd moet worden?`),

  rec('code_python_zh', f`堆场的修箱估价照片要上传到 OSS，下面的代码一直报 InvalidAccessKeyId，帮我看一下：

${code(f`import oss2

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-shenzhen.aliyuncs.com", "depot-repair-photos")

def upload(container_no: str, path: str) -> None:
    key = f"estimates/{container_no}/{path.split('/')[-1]}"
    bucket.put_object_from_file(key, path)`)}`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα σύντομο email στον επιθεωρητή της γραμμής; Να του πω ότι του άνοιξα πρόσβαση στην πλατφόρμα εκτιμήσεων επισκευών: όνομα χρήστη surveyor.pappas, κωδικός πρόσβασης ${v('credential.password_in_prose', 'Κοντέινερ-Πειραιάς92')}, και να τον αλλάξει μόλις μπει.`),

  rec('env_tr', f`Tamir tahmini servisi Postgres'e bağlanamıyor, "password authentication failed" diyor. .env dosyası şöyle:

${cfg(f`APP_ENV=production
DATABASE_URL=postgresql://tahmin_app:${v('credential.database_url_password', 'Konteyner.Ambar-58')}@db-depo.internal:5432/tamir_tahmin
CEDEX_VERSION=2.1
FOTO_KLASORU=/srv/foto`)}

Şifrede nokta var, sorun o olabilir mi?`),

  rec('chat_hi', f`मतदान कर्मियों की भर्ती पोर्टल के लिए ज़िला समन्वयकों को एक संदेश लिखना है, हिंदी में, औपचारिक। जानकारी: लॉगिन आईडी आपका ज़िला कोड है, अस्थायी पासवर्ड ${v('credential.password_in_prose', 'Matdaan@2024#Zila')} है, पहली बार लॉगिन करते ही बदलें। OTP आपके रजिस्टर्ड मोबाइल पर आएगा।`),

  rec('php_bn', f`নির্বাচন কমিশনের ভোটকর্মী নিয়োগের SMS যাচ্ছে না, কোডটা দেখুন তো:

${code(f`<?php
$apiKey = '${v('credential.generic_secret_assignment', fill('b161-bdsms', B62, 32))}';
$senderId = 'ECRECRUIT';
function sendSms(string $to, string $msg): bool {
    global $apiKey, $senderId;
    $q = http_build_query(['api_key' => $apiKey, 'senderid' => $senderId, 'number' => $to, 'message' => $msg]);
    $res = file_get_contents('https://sms-gw.example.com.bd/api/send?' . $q);
    return str_contains($res, '"status":"ok"');
}`)}

রেসপন্সে "invalid api key" আসছে, অথচ কাল পর্যন্ত চলছিল।`),

  rec('chat_ta', f`வாக்குச்சாவடி பணியாளர் பயிற்சி இணையதளத்துக்கு புதிய ஒருங்கிணைப்பாளர் சேர்ந்திருக்கிறார். அவருக்கு அனுப்ப ஒரு செய்தி எழுதுங்கள்: பயனர் பெயர் trg.madurai03, கடவுச்சொல் ${v('credential.password_in_prose', 'Vakku#Madurai2024')}, முதல் உள்நுழைவில் மாற்றவும்.`),

  rec('chat_ka', f`გთხოვთ, დამეხმარეთ წერილის შედგენაში საუბნო კომისიის წევრობის კანდიდატებისთვის. შინაარსი: სარეგისტრაციო სისტემაში შესასვლელად მომხმარებელი არის თქვენი პირადი ნომერი, დროებითი პაროლი — ${v('credential.password_in_prose', 'Archevnebi-2024!')}, შესვლისთანავე შეცვალეთ.`),

  rec('chat_hy', f`Օգնեք կազմել կարճ նամակ տեղամասային հանձնաժողովի թեկնածուների ուսուցման հարթակի մասին: Մուտքանուն՝ uch.shirak12, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Yntrutyun#Gyumri5')}, առաջին մուտքից հետո փոխեք այն:`),

  rec('chat_am', f`ለምርጫ አስፈጻሚዎች ምልመላ ፖርታል የተዘጋጀ መልእክት በአማርኛ አስተካክልልኝ፦ "የተጠቃሚ ስም፦ adama.r04 ፣ የይለፍ ቃል፦ ${v('credential.password_in_prose', 'Merecha@Adama24')} ፤ እባክዎ በመጀመሪያ ሲገቡ ይቀይሩት።"`),

  rec('chat_sw', f`Naomba unisaidie kuandika ujumbe mfupi kwa wasimamizi wa vituo vya kupigia kura: mfumo wa kusajili makarani umehamia seva mpya, jina la mtumiaji ni lile lile lakini nenosiri jipya ni ${v('credential.password_in_prose', 'Kura-Nakuru#2027')}. Wabadilishe baada ya kuingia.`),

  rec('chat_gsw', f`Chasch mer schnäll es Mail ans Filialteam Winterthur schriibe? D'Lohnabrächnige sind jetzt im Portal, Login isch d'Personalnummer und s'Passwort isch ${v('credential.password_in_prose', 'Gipfeli-Zmorge!31')}. Sie sölled's bim erschte Mal ändere. Merci vielmal!`),

  rec('chat_fr_ca', f`Salut! Peux-tu m'aider à écrire un courriel à la gérante de la franchise de Laval? Faut qu'elle entre les heures de ses employés dans le système de paie avant jeudi midi. Son mot de passe temporaire c'est ${v('credential.password_in_prose', 'Croissant-Laval-88')}, pis faut qu'elle le change en se connectant. Garde ça poli mais pas trop guindé.`),

  rec('code_ts_en_us', f`We pay out franchise tip-pool adjustments through Stripe and the nightly job just started throwing "permission denied". Restricted key, created by the old controller:

${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_restricted_key', STRIPE_RK)}', { apiVersion: '2024-06-20' });

export async function payTipPool(storeId: string, cents: number) {
  return stripe.transfers.create({
    amount: cents,
    currency: 'usd',
    destination: await connectedAccountFor(storeId),
    description: \`tip pool adj \${storeId}\`,
  });
}`)}

Which permission do transfers need on a restricted key?`),

  rec('shell_pl', f`Skrypt do wysyłki paczki przelewów do banku wisi na promptcie, pomożesz?

${code(f`#!/bin/bash
# wysyłka listy płac piekarni do banku
PLIK=/srv/place/przelewy_$(date +%Y%m).xml
mysql -h db-kadry.local -u placowy -p'${v('credential.mysql_cli_password', 'Drozdzowka!2024')}' kadry -e "CALL eksport_przelewow();" > "$PLIK"
sftp -b - ${amb('pii.email', 'bank_sftp@sftp.bank-partner.example.pl')} <<< "put $PLIK /in/"`)}

Pyta o hasło do sftp, a nie chcę go wpisywać ręcznie.`),

  rec('chat_ru', f`Помоги написать короткую инструкцию для дежурного фармацевта: вход в систему мониторинга температуры холодильников с исследуемыми препаратами — логин pharm_duty, пароль ${v('credential.password_in_prose', 'Holodilnik-2-8C!')}. Если сработал алярм, сначала скриншот графика, потом звонок ответственному.`),

  rec('chat_he', f`אפשר לנסח הודעה קצרה לרוקחת החדשה ביחידת המחקרים הקליניים? שם משתמש למערכת ההקצאה: pharm.levi, סיסמה זמנית: ${v('credential.password_in_prose', 'Tarufa!Mechkar27')}. חשוב שתחליף אותה בכניסה הראשונה ושלא תשתף עם צוות המחקר המוסווה.`),

  rec('chat_ar', f`ساعدني في صياغة رسالة رسمية للصيدلي المناوب في وحدة التجارب السريرية: اسم المستخدم لنظام تتبع الأدوية التجريبية هو trial.pharm2 وكلمة المرور ${v('credential.password_in_prose', 'Dawaa#Tajruba-63')}، ويجب تغييرها عند أول تسجيل دخول.`),

  rec('env_en', f`IWRS integration for the oncology trial pharmacy. The token call returns AADSTS7000215 (invalid client secret):

${cfg(f`IWRS_TENANT_ID=4f8c2a91-7d3e-4b16-a0c5-9e2f71d8b364
IWRS_CLIENT_ID=b72d0e49-3a18-4c6f-8e91-5d0f2c7a1b83
IWRS_CLIENT_SECRET=${v('credential.azure_client_secret', AZURE_SECRET)}
IWRS_SCOPE=api://iwrs-prod/.default
KIT_DISPENSE_ENDPOINT=https://iwrs.trials.example.org/api/v3/dispense`)}

The secret was copied from the portal yesterday, I'm sure it's the value, not the id.`),

  rec('shell_sv', f`Git vägrar pusha till GitHub från apotekets analysserver:

${cfg(f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/ukh-trialpharm/temp-excursions.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/ukh-trialpharm/temp-excursions.git (push)
$ git push origin main
remote: Permission to ukh-trialpharm/temp-excursions.git denied.`)}

Har token fel behörighet eller är det SSO-auktorisering som saknas?`),

  rec('chat_fi', f`Arkiston digitointiskripti lataa valmiit tiedostot Dropboxiin, mutta token vanhenee muutaman tunnin päästä. Käytän tätä: ${v('credential.dropbox_access_token', DROPBOX)} — miten saan pysyvän refresh tokenin ilman käyttäjän kirjautumista?`),

  rec('yaml_cs', f`Notifikace o nových odhadech oprav kontejnerů nechodí do Slacku. Konfigurace:

${cfg(f`notifikace:
  kanal: "#odhady-oprav"
  webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  limit_czk: 25000
  jen_damage_codes: [DT, BR, HO]`)}

Vrací to "invalid_payload", posílám JSON s polem text.`),

  rec('chat_vi', f`Bot Telegram báo giá sửa container cho hãng tàu không gửi được tin nhắn nữa, lỗi 401 Unauthorized. Token em đang dùng là ${v('credential.telegram_bot_token', TELEGRAM)}. Có phải BotFather đã thu hồi không anh?`),

  rec('chat_hu', f`Segítenél megírni egy rövid levelet a debreceni pékség vezetőjének? Tartalom: a bérszámfejtő rendszerbe a felhasználóneve pek.debrecen, a jelszava ${v('credential.password_in_prose', 'Kakaoscsiga#2025')}, első belépéskor cserélje le. Kérem, a jelenléti íveket péntekig töltse fel.`),

  rec('shell_ro', f`Jobul de export pontaj pentru brutării pică la pasul de backup:

${cfg(f`$ mysqldump -h ${amb('pii.ip_address', '10.40.2.15')} -u salarizare --password=${v('credential.mysql_cli_password', 'Covrigi.Pontaj77')} salarii_franciza > /backup/salarii.sql
mysqldump: Got error: 1045: Access denied for user 'salarizare'@'${amb('pii.ip_address', '10.40.2.31')}'`)}

Utilizatorul are drepturi doar de pe anumite IP-uri?`),

  rec('chat_th', f`ช่วยเขียนข้อความไลน์ถึงผู้จัดการสาขาเบเกอรี่หน่อยค่ะ บอกว่าระบบเงินเดือนใหม่เปิดแล้ว ชื่อผู้ใช้คือรหัสสาขา รหัสผ่านชั่วคราวคือ ${v('credential.password_in_prose', 'Khanom#Pang2568')} ให้เปลี่ยนรหัสผ่านทันทีที่เข้าสู่ระบบครั้งแรก`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp singkat untuk kepala toko cabang Bandung: akun aplikasi absensi & penggajian sudah aktif, username toko.bdg02, kata sandi ${v('credential.password_in_prose', 'Rotimanis-Bdg88')}, wajib diganti setelah login pertama. Terima kasih!`),

  rec('chat_tl', f`Pa-translate naman sa English, para sa bagong dispatcher ng dialysis transport: "Yung login mo sa dispatch system ay j.santos, password ay ${v('credential.password_in_prose', 'Dialisis!Sundo24')}. Palitan mo agad pagka-login ha, tapos i-check mo yung schedule ng mga pasyente bukas ng 5am."`),

  rec('log_zh_tw', f`片庫授權 API 一直回 401，我把 gateway 的 log 貼上來，token 是昨天才拿的：

${cfg(f`2024-11-15T09:12:44.118+08:00 WARN  rights-gw  POST /v1/licences/quote 401 src=${amb('pii.ip_address', '172.20.14.63')}
  Authorization: Bearer ${v('credential.jwt', JWT_ARCH)}
  x-request-id: 6b1e0f93-2c4d-4e8a-9f17-3d5a0c8b2e46
  reason=token audience mismatch (expected "rights-api-v2")`)}

是不是 aud 要改成 v2？`),

  rec('chat_yue', f`幫我寫個 WhatsApp 畀驗櫃師傅，話佢知修櫃報價系統個密碼改咗，新密碼係 ${v('credential.password_in_prose', 'GuiChoeng#Kwai93')}，用戶名照舊，登入之後記得改返自己嘅密碼。唔該！`),

  rec('code_python_es_ar', f`Che, el script que manda por mail las liquidaciones de licencias de archivo a los canales tira 401. ¿Qué le falta?

${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def enviar_liquidacion(destino, pdf_b64, periodo):
    msg = Mail(from_email="${v('pii.email', 'licencias@archivo-tv.example.com.ar')}", to_emails=destino,
               subject=f"Liquidación de derechos {periodo}", html_content="<p>Adjuntamos la liquidación.</p>")
    msg.add_attachment(adjunto(pdf_b64, f"liquidacion_{periodo}.pdf"))
    return sg.send(msg)`)}`),

  rec('chat_pt_pt', f`Podes ajudar-me a redigir um email para o monitor do ensaio? Quero dizer-lhe que o acesso de leitura ao registo de temperaturas da farmácia de ensaios clínicos está criado: utilizador monitor.lx, palavra-passe ${v('credential.password_in_prose', 'Farmacia.Ensaio-35')}, válida até ao fim da visita de monitorização.`),

  rec('chat_en_in', f`Our election staff portal deploy box key, pasted from the old admin's laptop. Can you tell me if it's passphrase protected before I add it to the CI?

${v('credential.openssh_private_key', OSSH)}`),

  rec('chat_da', f`Kan du lave en kort sms til vores nye chauffør hos dialysekørslen? Login til køreplan-appen: chauffoer.k.holm, adgangskode ${v('credential.password_in_prose', 'Dialyse-Tur#4417')}. Han skal ændre den første gang og tjekke morgenturene til nyrecentret.`),

  rec('chat_nb', f`AS2-forbindelsen til rederiet feiler etter at vi byttet sertifikat. Dette er nøkkelen som ligger på depot-serveren, stemmer den med sertifikatet vi sendte dem?

${v('credential.private_key', RSA)}

Feilmelding hos dem: "MDN signature could not be verified".`),

  rec('chat_sr', f`Помози ми да напишем кратко обавештење за чланове бирачких одбора: налог за обуку на порталу је отворен, корисничко име је ваш ЈМБГ без последње цифре, а лозинка ${v('credential.password_in_prose', 'Izbori#Beograd26')}. Промените лозинку одмах после првог пријављивања.`),

  rec('chat_bg', f`Напиши ми кратко съобщение до управителя на пекарната в Пловдив: достъпът до системата за заплати е активиран, потребител plovdiv.pek, парола ${v('credential.password_in_prose', 'Banitsa!Plovdiv19')}. Да я смени при първото влизане.`),

  rec('chat_fa', f`لطفاً یک پیام کوتاه برای کارشناس برآورد تعمیرات کانتینر بنویس: حساب کاربری‌اش در سامانه برآورد ساخته شده، نام کاربری m.rahimi و رمز عبور ${v('credential.password_in_prose', 'Bandar#Abbas-2024')}؛ بعد از اولین ورود حتماً عوضش کند.`),

  rec('chat_ur', f`پولنگ عملے کی بھرتی کے پورٹل کے لیے ضلعی افسران کو پیغام لکھ دیں: یوزر نیم ضلع کا کوڈ ہے، عارضی پاس ورڈ ${v('credential.password_in_prose', 'Intikhab@Lahore24')} ہے، پہلی بار لاگ ان کرتے ہی تبدیل کریں۔`),

  rec('ci_yaml_lt', f`GitLab CI nebegali klonuoti archyvo metaduomenų repozitorijos:

${cfg(f`variables:
  GIT_STRATEGY: clone
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.lrt-archyvas.example.lt/".insteadOf "https://gitlab.lrt-archyvas.example.lt/"
build:
  script:
    - python tools/export_ebucore.py --out dist/`)}

Klaida: "HTTP Basic: Access denied". Tokenas dar galioja iki gegužės.`),

  rec('json_en', f`Speech-to-text for the archive's radio reels fails with "invalid_grant: Invalid JWT Signature". Service account file we use:

${cfg(cat_sa())}

Is the key revoked, or is the clock on the transcode box off?`),

  rec('http_de_at', f`Servus, die Schnittstelle zum Laborsystem für die Prüfpräparate-Freigabe liefert 401, obwohl die Zugangsdaten stimmen sollten:

${cfg(f`GET /api/v1/chargen/IMP-8841/freigabe HTTP/1.1
Host: lims.ukh.example.at
Authorization: Basic ${v('credential.basic_auth_header', BASIC_AT)}
Accept: application/json`)}

Muss das Passwort mit dem # irgendwie escaped werden?`),

  rec('shell_es', f`No consigo leer los secretos del portal de reclutamiento de personal de mesa desde el runner:

${cfg(f`$ export VAULT_ADDR=https://vault.junta-electoral.example.es:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/reclutamiento/smtp
Error reading secret/data/reclutamiento/smtp: Code: 403. Errors: permission denied`)}

¿La política no incluye el path data/?`),

  rec('chat_ca', f`Em pots ajudar a escriure un correu a la productora? Els hem donat accés al servidor de visionat de l'arxiu: usuari productora.vilaweb, contrasenya ${v('credential.password_in_prose', 'Arxiu#Visionat-62')}. L'accés caduca el 31 de gener i cal que la canviïn en entrar.`),

  rec('cisco_en', f`Repair shop's gate router at the depot, pasted from \`show run\`. Can you tell me why SSH from the estimates office VLAN is refused?

${cfg(f`hostname depot-gw-01
!
username estimator privilege 5 password 0 ${v('credential.network_device_secret', 'Reefer-Gate!4471')}
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b161-cisco9a', B62 + './', 14), '$', fill('b161-cisco9b', B62 + './', 43)))}
!
interface Vlan30
 description ESTIMATES-OFFICE
 ip address ${amb('pii.ip_address', '10.30.0.1')} 255.255.255.0
!
line vty 0 4
 access-class 110 in
 transport input ssh`)}`),

  rec('docker_lv', f`Depo CI nevar nopušot attēlu uz privāto reģistru. ~/.docker/config.json uz būvēšanas servera:

${cfg(f`{
  "auths": {
    "registry.depo.example.lv": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Kļūda: "unauthorized: authentication required". Parole mainīta vakar.`),

  rec('chat_et', f`Arhiivi litsentsipäringute armatuurlaud ei näita Datadogis midagi. Agent on seadistatud nii: DD_API_KEY=${v('credential.datadog_api_key', DD_API)}, DD_SITE=datadoghq.eu. Kas võti peab olema organisatsiooni tasemel?`),

  rec('npmrc_sk', f`Interný balík pre formulár náboru členov volebných komisií sa nedá nainštalovať v CI:

${cfg(f`@volby:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm ERR! 404 Not Found - GET https://registry.npmjs.org/@volby%2fnabor-form. Balík je privátny.`),

  rec('chat_sl', f`Postman kolekcija za API licenc arhiva ne deluje v CI-ju. Newman kličem z --postman-api-key ${v('credential.postman_api_key', POSTMAN)} in dobim "AuthenticationError". Je ključ vezan na delovni prostor?`),

  rec('js_nl_be', f`Sentry vangt geen fouten op van de webapp voor de rittenplanning dialyse. Init-code:

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508213.ingest.de.sentry.io/4508213776519168`)}",
  environment: "productie",
  tracesSampleRate: 0.1,
});`)}

In Vlaanderen draaien de tablets nog op Chrome 109, kan dat het zijn?`),

  rec('chat_is', f`Geturðu hjálpað mér að skrifa stuttan tölvupóst? Aðgangur að launakerfinu fyrir bakaríið í Hafnarfirði er tilbúinn: notandanafn hfj.bakari, lykilorð ${v('credential.password_in_prose', 'Kleina#Hafnarfj33')}. Þarf að breyta því við fyrstu innskráningu.`),
];

function cat_sa(): ReturnType<typeof f> {
  return v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "archive-transcripts-prod",
  "private_key_id": "${fill('b161-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', PEM_ESCAPED)}\\n",
  "client_email": "${amb('pii.email', SA_EMAIL)}",
  "client_id": "104839271650938271645",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', SA_EMAIL.replace('@', '%40'))}",
  "universe_domain": "googleapis.com"
}`);
}

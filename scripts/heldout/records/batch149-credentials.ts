/**
 * Held-out batch 149: credentials pasted by staff of an alpine avalanche and mountain-rescue service,
 * a hearing-aid and audiology clinic chain, a container terminal's gate and truck-appointment office,
 * a film festival's press and guest accreditation desk, a crop-insurance loss-adjusters' team and a
 * municipal cemetery and crematorium administration, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const TW_SID = tok('AC', fill('b149-twsid', HEX, 32));
const TW_AUTH = fill('b149-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b149-sg1', B64URL, 22), '.', fill('b149-sg2', B64URL, 43));
const TELEGRAM = tok('7381946205', ':AA', fill('b149-tg', B64URL, 33));
const GLPAT = tok('glpat-', fill('b149-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '5820417396', '2-', '7719305846217-', fill('b149-xoxb', B62, 24));
const ALI_ID = tok('LTAI', '5t', fill('b149-ltai', B62, 18));
const ALI_SECRET = fill('b149-alisec', B62, 30);
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b149-gapi', B64URL, 33));
const AWS_ID = tok('AKIA', fill('b149-akia', B32, 16));
const AWS_SECRET = fill('b149-awssec', B64, 40);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'agrivista-drones', a: fill('b149-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b149-mbx', B64URL, 22));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b149-stripe', B62, 97));
const DATABRICKS = tok('dapi', fill('b149-dapi', HEX, 32));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b149-ant', B64URL, 93), 'AA');
const OPENAI = tok('sk-proj-', fill('b149-oa1', B64URL, 74), 'T3BlbkFJ', fill('b149-oa2', B64URL, 74));
const JWT_GATE = jwt({ alg: 'RS256', typ: 'JWT', kid: 'eqct-tas-2024' }, { sub: 'haulier:HZ-40817', scope: 'slots:write gate:read', iss: 'https://auth.eqct-port.com', iat: 1731403200, exp: 1731489600 }, 'b149-jwtgate');
const MAILGUN = tok('key-', fill('b149-mailgun', HEX, 32));
const SENTRY_KEY = fill('b149-sentry', HEX, 32);
const GH_FINE = tok('github_pat_', '11B', fill('b149-ghf1', UPPER + DIGITS, 19), '_', fill('b149-ghf2', B62, 59));
const HF = tok('hf_', fill('b149-hf', UPPER + LOWER, 34));
const DO_TOKEN = tok('dop_v1_', fill('b149-dop', HEX, 64));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1302847519263847210', '/', fill('b149-dwh', B64URL, 68));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b149-rsa', 608);
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b149-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const VAULT = tok('hvs.', fill('b149-hvs', B62 + '_-', 92));
const AIRTABLE = tok('pat', fill('b149-at1', B62, 14), '.', fill('b149-at2', HEX, 64));
const GLSA = tok('glsa_', fill('b149-glsa1', B62, 32), '_', fill('b149-glsa2', HEX, 8));
const DOCKER_AUTH = b64('eqct-ci:Kranbahn-Nord-41!');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b149-atl', B64URL, 171), '=', fill('b149-atl2', HEX.toUpperCase(), 8));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KQ7Z2M1P', '/', 'B07RX3N8W5C', '/', fill('b149-shook', B62, 24));
const TEAMS_HOOK = tok('https://mestobrennau.webhook.office.com/webhookb2/', '8c2f4e19-6b73-4a05-9d81-3e7a5c2b9f46@2d7b9e31-4f6a-4c58-8e02-b19c7a3d5e68/IncomingWebhook/', fill('b149-teams1', HEX, 32), '/', 'a4e1c7d3-92b8-4f50-b6e3-0d5f8a2c7b19/', 'V2', fill('b149-teams2', B64URL, 43));
const AZ_CLIENT = tok(fill('b149-azc1', B62, 3), '8Q~', fill('b149-azc2', B62 + '.~_-', 34));
const AZ_STORAGE = tok(fill('b149-azst', B64, 86), '==');
const GHP = gh('ghp', 'Lp4Wm8Qz2Tx6Nb1Rk9Hv3Js7Dc5Yf0');
const BASIC = b64('pressdesk:Lumen*Kino2024');
const GCP_PEM = pem('PRIVATE KEY', 'b149-gcp', 1218).replace(/\n/g, '\\n');

export const BATCH149_CREDENTIALS: DraftRecord[] = [
  rec('chat_de-CH', f`Hoi zäme, chönnt ihr mir hälfe es churzes Mail a di neue Pikett-Lüt z'schriibe? Inhalt: Zuegang zum Einsatzleitsystem vo de Rettigsstation Varuna, Benutzername pikett.varuna, s'Passwort isch ${v('credential.password_in_prose', 'Gletscherspalte!47')} und mues bim erschte Login gänderet wärde. Merci viumau!`),

  rec('env_file', f`The SMS reminders for truck slots stopped going out on Monday. Here's the notifier's env, anything obviously wrong?

${cfg(f`# tas-notifier/.env  (EQCT truck appointment system)
TAS_ENV=prod
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${phone('+1 912 482 7391')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
SLOT_REMINDER_MINUTES=90`)}`),

  rec('chat_fr-CA', f`Salut! Peux-tu m'aider à écrire un courriel aux journalistes accrédités? Faut leur dire que le portail presse du festival est ouvert. L'identifiant c'est leur adresse courriel pis le mot de passe temporaire c'est ${v('credential.password_in_prose', 'Lumen-Presse2025')}, ils doivent le changer à la première connexion. Fais ça court, genre 5 lignes max.`),

  rec('chat_ja', f`補聴器フィッティングソフトのクラウド版にログインできません。店舗ID: AUD-TKY-014、ユーザー名 fitting_shinjuku、パスワードは ${v('credential.password_in_prose', 'Kikoe#2024sj')} です。「アカウントがロックされています」と表示されます。サポートへの問い合わせ文を丁寧な日本語で書いてください。`),

  rec('chat_ko', f`게이트 OCR 서버 관리자 계정 비밀번호가 ${v('credential.password_in_prose', 'GateOcr!9137')} 인데 3번 틀려서 잠겼어요. 벤더한테 보낼 잠금 해제 요청 메일 좀 써 주세요. 터미널 이름은 EQCT 부산 신항이고 서버는 gate-ocr-02 입니다.`),

  rec('code_python', f`Il bot che manda l'allerta valanghe sul gruppo Telegram del Soccorso Alpino non risponde più. Codice:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183746519

def invia_allerta(grado: int, zona: str) -> None:
    testo = f"⚠️ Pericolo valanghe grado {grado} – {zona}"
    r = requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": testo},
        timeout=10,
    )
    r.raise_for_status()`)}

Mi dà 401 Unauthorized da stamattina.`),

  rec('chat_sl', f`Pozdravljeni, lahko napišete kratko navodilo za nove reševalce GRS? Dostop do aplikacije za dežurstva: uporabniško ime se začne z grs_ in priimkom, začetno geslo je ${v('credential.password_in_prose', 'Triglav_2864m')}, po prvi prijavi ga obvezno spremenite.`),

  rec('config_at', f`Die Friedhofsverwaltungssoftware verbindet sich nach dem Serverumzug nicht mehr mit der Datenbank. Auszug aus der appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Grabregister": "Server=sql-fv01.magistrat.local;Database=GRABREG;User Id=grabreg_app;Password=${v('credential.connection_string_password', 'Zentralfriedhof#1874')};TrustServerCertificate=True"
  },
  "Gebuehren": { "Waehrung": "EUR", "MwSt": 0 }
}`)}

Fehlermeldung: "Login failed for user 'grabreg_app'". Woran kann's liegen?`),

  rec('code_java', f`码头闸口系统要把车牌识别的图片存到阿里云 OSS，下面这段一直报 InvalidAccessKeyId，帮我看看：

${code(f`public class GatePhotoUploader {
    private static final String ENDPOINT = "https://oss-cn-shenzhen.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";

    public void upload(String lane, File jpg) {
        OSS client = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        client.putObject("eqct-gate-photos", lane + "/" + jpg.getName(), jpg);
        client.shutdown();
    }
}`)}`),

  rec('chat_zh-TW', f`影展的場地地圖在手機上一直顯示「此網頁無法正確載入 Google 地圖」。我們用的金鑰是 ${v('credential.google_api_key', GOOGLE_KEY)}，有設 HTTP referrer 限制 *.lumenfest.org/*。是不是要把 www 也加進去？`),

  rec('chat_pt-BR', f`Oi! O app de vistoria de sinistro agrícola não sobe mais as fotos das lavouras pro S3. No arquivo de configuração tá assim:

${cfg(f`aws:
  region: sa-east-1
  bucket: agrivista-vistorias
  access_key_id: ${v('credential.aws_access_key_id', AWS_ID)}
  secret_access_key: ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Dá "SignatureDoesNotMatch". Será que a chave foi trocada? Me ajuda a testar pelo terminal?`),

  rec('chat_es-AR', f`Che, necesito bajar los mosaicos satelitales offline para los peritos que van a campo en Pergamino (no hay señal allá). Tengo el token secreto de Mapbox ${v('credential.mapbox_secret_token', MAPBOX)} con scope DOWNLOADS:READ. ¿Dónde lo pongo en el gradle.properties de la app Android?`),

  rec('chat_ru', f`Помогите составить письмо новому оператору крематория. Вход в программу учёта кремаций: логин krem_smena2, пароль ${v('credential.password_in_prose', 'Pepel-Sad_2024')} (временный, сменить при первом входе). Письмо должно быть вежливым и коротким.`),

  rec('ci_yaml', f`Пайплайн для сервісу бронювання слотів вантажівок падає на кроці push, у логах 403. Ось .gitlab-ci.yml:

${cfg(f`deploy:
  stage: deploy
  image: alpine/git
  variables:
    GIT_PUSH_TOKEN: ${v('credential.gitlab_pat', GLPAT)}
  script:
    - git remote set-url origin "https://oauth2:\${GIT_PUSH_TOKEN}@gitlab.eqct-port.com/tas/slot-booking.git"
    - git push origin HEAD:release`)}

Токен створювала я сама, scope write_repository є.`),

  rec('config_yaml', f`Bot do przypominania pacjentom o wizytach kontrolnych aparatów słuchowych przestał wysyłać wiadomości na kanał #recepcja-krakow. Konfiguracja:

${cfg(f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: recepcja-krakow
reminders:
  days_before: 2
  hour: "09:00"`)}

Co może być nie tak?`),

  rec('chat_he', f`תעזור לי לנסח הודעה לאורחי הפסטיבל? המידע: הכניסה לאזור האורחים באתר היא עם מספר ההסמכה שלהם, והסיסמה הזמנית היא ${v('credential.password_in_prose', 'Lumen!Haifa88')}. שיחליפו אותה מיד אחרי הכניסה הראשונה. בעברית ובאנגלית בבקשה.`),

  rec('chat_ar', f`ممكن تساعدني أكتب رسالة لشركات النقل؟ بوابة حجز مواعيد الشاحنات في المحطة صارت جاهزة. اسم المستخدم هو رقم السجل التجاري للشركة، وكلمة المرور المؤقتة: ${v('credential.password_in_prose', 'Mina2024#Gate')} ويجب تغييرها عند أول دخول.`),

  rec('chat_tr', f`Hasar tespit uygulamasına yeni eksper hesabı açtım. Kullanıcı adı: eksper.konya3, şifre: ${v('credential.password_in_prose', 'Dolu-Hasar_5519')}. Bunu eksper arkadaşa gönderilecek resmi bir e-posta haline getirir misin? İlk girişte şifreyi değiştirmesini de ekle.`),

  rec('chat_el', f`Μπορείς να γράψεις ένα σύντομο email στη νέα ακοολόγο του καταστήματος στη Θεσσαλονίκη; Πρόσβαση στο σύστημα ραντεβού: όνομα χρήστη m.papadaki, κωδικός πρόσβασης ${v('credential.password_in_prose', 'Akoi@Thess24')}, να τον αλλάξει στην πρώτη σύνδεση.`),

  rec('chat_hi', f`किसानों के फसल बीमा दावों वाले पोर्टल का एक्सेस नए सर्वेयर को देना है। यूज़र आईडी: surveyor.vidisha07 और पासवर्ड: ${v('credential.password_in_prose', 'Kharif@2024Vd')}. इसका एक छोटा सा औपचारिक ईमेल हिंदी में बना दीजिए, और लिखिए कि पहली बार लॉगिन करते ही पासवर्ड बदल लें।`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งพนักงานกะดึกที่ประตูตรวจรถหน่อยครับ เครื่องคีออสก์ลงทะเบียนรถบรรทุกเปลี่ยนรหัสแล้ว ชื่อผู้ใช้ kiosk-gate3 รหัสผ่านใหม่คือ ${v('credential.password_in_prose', 'LcbGate#3391')} ห้ามแปะไว้ที่ตัวเครื่องนะครับ`),

  rec('chat_ka', f`გთხოვ, დამეხმარე მოკლე წერილის დაწერაში ახალი მაშველებისთვის. მორიგეობის აპლიკაციაში შესვლა: მომხმარებელი — kazbegi.rescue, პაროლი — ${v('credential.password_in_prose', 'Mkinvari_5047')}. პირველი შესვლისას პაროლი უნდა შეიცვალოს.`),

  rec('chat_hy', f`Օգնիր, խնդրում եմ, կարճ նամակ գրել գերեզմանատան նոր աշխատակցին։ Հաշվառման համակարգ մուտքի տվյալներ՝ օգտանուն՝ tokhmakh.admin, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Yerevan#Hush77')}։ Առաջին մուտքից հետո պետք է փոխի։`),

  rec('chat_ne', f`नयाँ उद्धार टोलीका सदस्यहरूलाई पठाउने छोटो सन्देश लेखिदिनुस् न। हिमाल उद्धार समन्वय एपमा लगइन: प्रयोगकर्ता नाम khumbu.rescue4, पासवर्ड ${v('credential.password_in_prose', 'Lhotse#8516np')}। पहिलो पटक लगइन गरेपछि पासवर्ड फेर्नुपर्छ।`),

  rec('chat_en-GB', f`The nightly copy of the cremation register to the council's archive server fails with "Permission denied (publickey)". This is the key the job uses, from /home/crem-sync/.ssh/id_ed25519:

${v('credential.openssh_private_key', OSSH_KEY)}

The public half is in authorized_keys on the archive box, I've checked twice. Ideas?`),

  rec('chat_nl', f`De gate-camera's uploaden hun foto's naar Azure Blob, maar sinds vanochtend krijgen we AuthenticationFailed. Dit is de connection string uit de config van de uploader:

DefaultEndpointsProtocol=https;AccountName=eqctgatephotos;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Kan het zijn dat iemand de sleutel heeft geroteerd? Hoe check ik dat?`),

  rec('chat_sv', f`Hej! Ackrediteringssidan för festivalen tar betalt för pressbiljetter via Stripe. Vår utvecklare slutade och nu vet ingen vilken nyckel som används. I serverns miljövariabler står STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}. Är det en live-nyckel? Hur roterar vi den utan att sajten går ner?`),

  rec('notebook_fi', f`Satovahinkojen korvausmallin notebook ei enää saa yhteyttä Databricksiin:

${cfg(f`from databricks import sql
yhteys = sql.connect(
    server_hostname="adb-5820471936284715.15.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7c2e9a41b03f58d6",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)`)}

Virhe: "Invalid access token". Pitääkö tokenin olla käyttäjän vai service principalin?`),

  rec('chat_da', f`Jeg er ved at lave et lille script, der skal opsummere journalnotater fra høreprøver, men jeg får 401 fra API'et. Nøglen er ${v('credential.anthropic_api_key', ANTHROPIC)} og jeg sender den i x-api-key headeren. Hvad gør jeg forkert?`),

  rec('chat_nb', f`Skredvarslingsgruppa vil teste om en språkmodell kan lage korte sammendrag av observasjoner fra feltet. Jeg har fått en nøkkel fra IT: ${v('credential.openai_api_key', OPENAI)}. Kan du lage et Python-eksempel som leser observasjonene fra en CSV og sender dem?`),

  rec('curl_cs', f`Volání API pro rezervaci slotů vrací 403, i když token je čerstvý:

${cfg(f`curl -X POST "https://tas.eqct-port.com/api/v2/slots/book" \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_GATE)}" \\
  -H "Content-Type: application/json" \\
  -d '{"container":"TGHU 482739 1","window":"2024-11-13T06:00/07:00"}'`)}

Co znamená "insufficient_scope"? V tokenu scope slots:write přece je.`),

  rec('http_hu', f`A sajtóakkreditációs API-t egy régi PHP script hívja, és most 401-et kapunk. A kérés a naplóból:

${cfg(f`GET /api/accreditations?status=pending HTTP/1.1
Host: accred.lumenfest.org
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Lehet, hogy megváltozott a jelszó?`),

  rec('shell_ro', f`Vreau să export tabelul cu dosarele de daune din ultima secetă, dar comanda se blochează:

${cfg(f`mysql -h db-daune.agrisure.local -u evaluator_ro -p'${v('credential.mysql_cli_password', 'Seceta2024!Bz')}' daune -e "SELECT * FROM dosare WHERE cauza='seceta'" > seceta.tsv`)}

Cum o fac să scrie direct CSV cu virgulă?`),

  rec('env_bg', f`Сайтът за онлайн заявки за гробни места не се свързва с базата след ъпдейта. Ето .env:

${cfg(f`APP_ENV=production
DATABASE_URL=postgresql://grobishta_web:${v('credential.database_url_password', 'Vechna_Pamet_63')}@db.sofia-grobishta.local:5432/grobishta
MAIL_FROM=${v('pii.email', 'grobishta@sofia-obshtina.bg')}`)}

Грешката е "password authentication failed for user grobishta_web".`),

  rec('cisco_sr', f`Свич на улазној капији не пушта нове камере у VLAN. Ево дела конфигурације, да ли нешто фали?

${cfg(f`hostname GATE-SW-03
!
username gateadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Kapija#Luka2024')}
enable password ${v('credential.network_device_secret', 'EnbGate!73')}
!
interface GigabitEthernet1/0/12
 description CAM-LANE-4
 switchport access vlan 140
 switchport mode access`)}`),

  rec('chat_pt-PT', f`Olá! O sistema de envio de lembretes de consultas de audiologia usa o Mailgun e de repente deixou de enviar. A chave que temos na configuração é ${v('credential.mailgun_api_key', MAILGUN)} e o domínio mg.audiora.pt. Pode dizer-me como verifico se a chave ainda é válida?`),

  rec('config_es', f`Hola, el formulario de solicitud de nichos del cementerio municipal no envía los correos de confirmación. Esta es la configuración:

${cfg(f`mail:
  host: smtp.ayto-valdemora.es
  port: 587
  username: cementerio.notificaciones
  password: ${v('credential.password_assignment', 'Nicho$Valdemora21')}
  from: "Cementerio Municipal <${v('pii.email', 'cementerio@ayto-valdemora.es')}>"`)}

Sale "535 5.7.8 authentication failed". ¿Me ayudas a revisarlo?`),

  rec('code_js_es-MX', f`Oye, los errores de la app de ajustadores no aparecen en Sentry, ¿qué tengo mal?

${code(f`import * as Sentry from "@sentry/react-native";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508193.ingest.us.sentry.io/4508193027461127`)}",
  environment: "produccion",
  tracesSampleRate: 0.1,
});`)}`),

  rec('chat_vi', f`Mình cần cho script đồng bộ lịch hẹn xe tải đẩy tag lên repo trên GitHub. Mình đã tạo fine-grained token ${v('credential.github_fine_grained_pat', GH_FINE)} với quyền Contents: Read and write, nhưng vẫn bị 403 "Resource not accessible by personal access token". Sai ở đâu vậy?`),

  rec('chat_id', f`Tim penilai kerugian mau coba model klasifikasi foto sawah puso dari Hugging Face. Saya sudah bikin token ${v('credential.huggingface_token', HF)}, tapi waktu download model private dari organisasi kami tetap 401. Apakah token harus tipe write?`),

  rec('shell_ms', f`Saya nak buat droplet baru untuk dashboard slot lori, tapi doctl kata unauthorized:

${cfg(f`$ doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}
Error: Unable to use supplied token to access API: GET https://api.digitalocean.com/v2/account: 401`)}

Token tu baru je dijana pagi tadi.`),

  rec('chat_tl', f`Pwede mo ba akong tulungan? Gusto ko sanang mag-post sa Discord ng festival yung listahan ng mga naaprubahang press pass tuwing umaga. Ito yung webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Paano ko ito gagawin sa Google Apps Script?`),

  rec('chat_bn', f`শ্রবণ সহায়ক যন্ত্রের ক্লিনিকের নতুন রিসেপশনিস্টকে একটা ছোট ইমেইল লিখে দাও। অ্যাপয়েন্টমেন্ট সিস্টেমে লগইন: ইউজারনেম reception.dhanmondi, পাসওয়ার্ড ${v('credential.password_in_prose', 'Shuno@Dhk2024')}। প্রথমবার লগইনের পর পাসওয়ার্ড বদলে নিতে বলো।`),

  rec('chat_fa', f`لطفاً یک پیام کوتاه برای مهمانان خارجی جشنواره بنویس. ورود به پنل مهمانان: نام کاربری همان شماره اعتبارنامه است و رمز عبور موقت ${v('credential.password_in_prose', 'Jashn!Film1403')} است. بعد از اولین ورود باید عوضش کنند.`),

  rec('chat_en-AU', f`Our avalanche telemetry gateway talks mutual TLS to the ingest server and it started rejecting the client cert after the renewal. Is this private key even the right format for Mosquitto? It's what's sitting in /etc/mosquitto/certs/station-kosci.key:

${v('credential.private_key', RSA_KEY)}`),

  rec('env_de', f`Die neue Online-Terminvergabe für Trauerfeiern im Krematorium holt sich ihre Secrets aus Vault. Lokal klappt das aber nicht:

${cfg(f`VAULT_ADDR=https://vault.stadt-brennau.de:8200
VAULT_TOKEN=${v('credential.vault_token', VAULT)}
APP_SECRET_KEY=${v('credential.generic_secret_assignment', fill('b149-appsecret', B62, 48))}
TERMINE_DB=postgres://trauerfeier:\${DB_PASSWORD}@localhost:5432/termine`)}

Fehler: "permission denied" beim Lesen von secret/krematorium/termine. Was fehlt in der Policy?`),

  rec('chat_fr', f`Bonjour, on suit les expertises grêle dans Airtable et je voudrais un script qui exporte chaque soir les dossiers clos vers notre tableur. Mon jeton d'accès personnel : ${v('credential.airtable_pat', AIRTABLE)}. Tu peux m'écrire ça en Python ?`),

  rec('helm_fr-CH', f`Les tableaux de bord des stations nivométriques ne se provisionnent plus depuis la mise à jour de Grafana. Voilà nos valeurs Helm :

${cfg(f`grafana:
  provisioning:
    apiUrl: https://grafana.varuna-rettung.ch
    apiToken: ${v('credential.grafana_service_account_token', GLSA)}
  dashboards:
    - nivometrie-valais
    - vent-cretes`)}

Le jeton a bien le rôle Editor. Une idée ?`),

  rec('docker_et', f`CI ei saa enam terminali registrist image'eid tõmmata. ~/.docker/config.json build-serveris:

${cfg(f`{
  "auths": {
    "registry.eqct-port.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Kas parool on valesti kodeeritud või on konto lukus?`),

  rec('curl_lv', f`Mēģinu ar API izveidot Jira uzdevumus par katru jaunu akreditācijas pieteikumu, bet saņemu 401:

${cfg(f`curl -u ${v('pii.email', 'ilze.ozolina@lumenfest.org')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://lumenfest.atlassian.net/rest/api/3/issue -d @pieteikums.json`)}

Vai tokenam jābūt ar scope?`),

  rec('chat_lt', f`Norėčiau, kad kiekvieną kartą, kai ekspertas uždaro žalos bylą, Slack kanale #krusa-2024 atsirastų žinutė. Turiu webhook'ą: ${v('credential.slack_webhook_url', SLACK_HOOK)}. Kaip tai padaryti iš mūsų Excel makro?`),

  rec('ps_sk', f`Skript, ktorý posiela denný prehľad kremácií do Teams, zrazu hlási chybu 400. Čo treba zmeniť?

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$pocet = (Import-Csv "D:\\kremacie\\dnes.csv").Count
$telo = @{ text = "Kremácie dnes: $pocet" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json; charset=utf-8' -Body $telo`)}`),

  rec('chat_hr', f`Aplikacija za naručivanje na testiranje sluha koristi Microsoft Graph za slanje termina u Outlook. Client secret koji imamo je ${v('credential.azure_client_secret', AZ_CLIENT)}, tenant je audiora.onmicrosoft.com. Dobivam AADSTS7000215: Invalid client secret. Je li istekao?`),

  rec('git_remote', f`Our volunteer who built the guest-schedule site left and I can't push anymore. .git/config has:

${cfg(f`[remote "origin"]
	url = https://lumenfest-bot:${v('credential.github_pat', GHP)}@github.com/lumenfest/guest-schedule.git
	fetch = +refs/heads/*:refs/remotes/origin/*`)}

Is that token still hers? How do I switch it to my own account safely?`),

  rec('chat_yue', f`喂，幫手睇下點解貨櫃碼頭嘅拖車預約系統登入唔到？帳戶係 haulier.kwaichung08，密碼係 ${v('credential.password_in_prose', 'KwaiChung#8836')}，佢話「帳戶已被鎖定」。我想寫封電郵去IT度，唔該用廣東話口語寫。`),

  rec('gcp_json', f`The accreditation badge printer service can't write to the bucket anymore. Key file they gave me:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lumenfest-accred",
  "private_key_id": "${fill('b149-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'badge-printer@lumenfest-accred.iam.gserviceaccount.com')}",
  "client_id": "104829371650283746193",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Error: "does not have storage.objects.create access".`),

  rec('chat_en-US', f`Can you write a bash one-liner that backs up the crematorium scheduling DB every night? I normally run it by hand like this:

${amb('source_code.snippet', f`PGPASSWORD='${v('credential.cli_password', 'Ashgrove!Chapel9')}' pg_dump -h sched-db.oakhill-city.gov -U sched_backup -Fc scheduling > sched_$(date +%F).dump`)}`),

  rec('chat_de', f`Kurze Frage fürs Team-Wiki: Der Zugang zum Funkgeräte-Verwaltungsportal der Bergrettung ist Benutzer/Passwort ${v('credential.user_password_pair', 'funk-admin / Piepser&Sonde58')}. Kannst du mir einen Absatz formulieren, dass man den Zugang nur im Einsatzfall weitergeben darf?`),
];

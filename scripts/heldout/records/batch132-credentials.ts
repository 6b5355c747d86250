/**
 * Held-out batch 132: credentials pasted by an international school's admissions and boarding
 * house, a wind-farm developer's land-lease team, a card issuer's collections and hardship desk,
 * a dubbing and subtitling studio, a hospital's sterile-processing department and a scooter
 * operator's juicer support desk — configs, scripts, chats and tickets in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SA_PEM = pem('PRIVATE KEY', 'b132-sa-admissions', 1218).replace(/\n/g, '\\n');
const AWS_ID = tok('AKIA', 'Q7', fill('b132-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 14));
const AWS_SECRET = fill('b132-awssec', B64, 40);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b132-sklive', B62, 97));
const SENDGRID = tok('SG.', fill('b132-sg1', B64URL, 22), '.', fill('b132-sg2', B64URL, 43));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'aeolis-landteam', a: fill('b132-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b132-mbx', B64URL, 22));
const TWILIO_SID = tok('AC', fill('b132-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b132-twtok', HEX, 32);
const OKTA = tok('00', fill('b132-okta', B64URL, 40));
const AZ_SECRET = tok(fill('b132-azp', B62, 3), '8Q~', fill('b132-azs', B62 + '-_.~', 31));
const COLL_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'coll-2025-03' }, { sub: 'agent-40917', role: 'hardship_supervisor', iss: 'https://auth.meridiancard.com', aud: 'collections-api', iat: 1741690800, exp: 1741777200 }, 'b132-colljwt');
const OPENAI = tok('sk-', 'proj-', fill('b132-oai1', B64URL, 74), 'T3BlbkFJ', fill('b132-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b132-ant', B64URL, 93), 'AA');
const DROPBOX = tok('sl.', 'B', fill('b132-dbx', B64URL, 138));
const SLACK_BOT = tok('xoxb-', '5820374916', '3-', '7718204936152-', fill('b132-xoxb', B62, 24));
const GLSA = tok('glsa_', fill('b132-glsa1', B62, 32), '_', fill('b132-glsa2', HEX, 8));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b132-rklive', B62, 97));
const GOOGLE = tok('AIza', 'Sy', fill('b132-gapi', B64URL, 33));
const GHP = gh('ghp', 'Tq4Wm8Zr2Kx6Nb1Vd9Hs3Jc7Lf5Pg0');
const SENTRY_USER = tok('sntryu_', fill('b132-sntryu', HEX, 64));
const TELEGRAM = tok('7419283650', ':AA', fill('b132-tg', B64URL, 33));
const HF = tok('hf_', fill('b132-hf', UPPER + LOWER, 34));
const VAULT = tok('hvs.', 'CAESI', fill('b132-vault', B62 + '-_', 86));
const GLPAT = tok('glpat-', fill('b132-glpat', B62 + '-_', 20));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1293847561029384756', '/', fill('b132-dischook', B64URL, 68));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K7QZ9P2M', '/', 'B07R2XL5N8D', '/', fill('b132-slhook', B62, 24));
const DD_API = fill('b132-ddapi', HEX, 32);
const MAILGUN = tok('key-', fill('b132-mailgun', HEX, 32));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b132-ossh-aspera', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DOCKER_AUTH = b64('spd-ci:Wz7!Kessel-Raum-31');
const BASIC = b64('juicer-export:Lime-Crate-2291!');
const NPM = gh('npm', 'Rk8Mq3Tw6Yb1Zn5Xc9Vh2Jd4Lp7Gs0');
const BEARER = fill('b132-bearer', B62 + '-._~', 72);

export const BATCH132_CREDENTIALS: DraftRecord[] = [
  // ── International school: admissions & boarding ───────────────────────────────────────────
  rec('json_config', f`Our admissions sync (OpenApply → Google Sheets) broke after I rotated the key. Here's the new key file, can you tell me why gspread still says "invalid_grant"?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "his-admissions-sync",
  "private_key_id": "${fill('b132-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', `${SA_PEM}\\n`)}",
  "client_email": "${amb('pii.email', 'sheets-writer@his-admissions-sync.iam.gserviceaccount.com')}",
  "client_id": "104829375610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'sheets-writer%40his-admissions-sync.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

The sheet is shared with the service account as editor.`),

  rec('chat_gsw', f`Hoi, chasch mer es churzes Mail a d'Eltere vo de neue Internatsschüeler schriibe? Inhalt: s'WLAN im Edelweiss-Huus heisst "EH-Boarders", s'Passwort isch ${v('credential.password_in_prose', 'Matterhorn!Kuh88')} und gilt bis Ende Semester. Handys am Abig um 22:00 abgäh. Merci viumal!`),

  rec('email_fr_ch', f`Bonjour Madame Rochat,

Votre compte sur le portail parents a été réinitialisé. Identifiant : rochat.famille — mot de passe provisoire : ${v('credential.password_in_prose', 'Lavaux-2025-vigne')}. Merci de le modifier lors de votre première connexion.

Pouvez-vous reformuler ce mail de manière plus chaleureuse ? Je suis au bureau des admissions.`),

  rec('chat_zh', f`帮我把下面这段话翻译成英文，发给新来的招生代理：
"代理门户账号已开通。用户名：shenzhen_agent07，密码：${v('credential.password_in_prose', 'Hf2025#Shenzhen!')}。请勿与他人共享，首次登录后请修改密码。"`),

  rec('env_file', f`${cfg(f`# admissions-portal/.env.production
APP_URL=https://apply.hohenfels-is.ch
DATABASE_URL=postgres://admissions_app:${v('credential.database_url_password', 'Rg8v!Zq4Lw-Alp')}@db-adm.internal.hohenfels-is.ch:5432/admissions
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'admissions@hohenfels-is.ch')}
APPLICATION_FEE_CHF=250`)}

We only want to charge the application fee once per family, not per child. Where would that logic go in a Laravel app?`),

  rec('chat_ja', f`寮の入退館ゲートの管理画面にログインできません。マニュアルには「管理者ID：dorm-admin、パスワード：${v('credential.password_in_prose', 'Sakura#Gate2024')}」と書いてありますが、「認証に失敗しました」と出ます。ロックされているのでしょうか？ベンダーへの問い合わせメールを英語で書いてください。`),

  rec('chat', f`For the boarding house night staff rota app: the Twilio bit sends SMS reminders to the duty tutors. This is in config/twilio.php:

${code(f`<?php
return [
    'sid'   => '${v('credential.twilio_account_sid', TWILIO_SID)}',
    'token' => '${v('credential.twilio_auth_token', TWILIO_TOKEN)}',
    'from'  => '${phone('+41 79 318 24 57')}',
];`)}

Can you convert it to read from env vars instead?`),

  // ── Wind-farm developer: land lease & landowner relations ──────────────────────────────
  rec('ini_de', f`Unser GeoServer für die Flurstückskarten startet nach dem Update nicht mehr. Auszug aus der Konfiguration:

${cfg(f`[datastore.flurstuecke]
type = postgis
host = gis-db.aeolis.local
port = 5432
database = pachtflaechen
user = geoserver
password = ${v('credential.password_assignment', 'Windpark_Hunsrueck#19')}
schema = lease`)}

Fehlermeldung: "FATAL: password authentication failed for user geoserver". Das Passwort stimmt aber, ich habe es eben in psql getestet.`),

  rec('chat_es', f`Oye, ¿me ayudas a redactar un correo para la notaría de Albacete? Tienen que subir las escrituras de los propietarios al SFTP. Los datos: servidor sftp.aeolis-renewables.com, usuario notaria_albacete, contraseña ${v('credential.password_in_prose', 'Molinos.Mancha-47')}. Que quede formal pero cercano.`),

  rec('chat_pl', f`Przygotuj proszę krótką instrukcję dla właścicieli gruntów, jak zalogować się do portalu dzierżawcy. Przykładowe dane do zrzutu ekranu: login j.kowalczyk.gmina.zelow, hasło ${v('credential.password_in_prose', 'Wiatrak2025!Lodz')}. Instrukcja ma być prosta, dla starszych osób.`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα σύντομο email στον συνεργάτη μας τοπογράφο; Θέλω να του δώσω πρόσβαση στον λογαριασμό μας στο Κτηματολόγιο για το αιολικό πάρκο στην Εύβοια. Όνομα χρήστη: aeolis_evia, κωδικός πρόσβασης: ${v('credential.password_in_prose', 'Karystos!2024Ai')}. Να του πω να μην τον αλλάξει.`),

  rec('chat_ro', f`Salut! Poți să-mi traduci în engleză mesajul ăsta pentru colegul din Hamburg? "Contul nostru de eTerra pentru parcul eolian din Dobrogea: utilizator aeolis.constanta, parola ${v('credential.password_in_prose', 'Dobrogea#Vant23')}. Îl folosim doar pentru extrase de carte funciară."`),

  rec('chat_pt_br', f`Preciso mandar um e-mail pro topógrafo lá em Caetité pra ele baixar os arquivos do SIGEF do parque eólico. Ele vai usar nosso acesso: login topografia.aeolis, senha ${v('credential.password_in_prose', 'Caatinga@Vento91')}. Pode escrever de um jeito educado mas direto? Valeu!`),

  rec('chat_ru', f`Помоги написать письмо юристу в Астане. Нужно передать ему доступ к папке с договорами аренды земли под ветропарк: логин ${v('pii.email', 'lawyer.astana@aeolis-renewables.com')}, пароль ${v('credential.password_in_prose', 'Stepnoy_Veter_2024')}. Пусть сменит пароль после входа. Пиши официально.`),

  rec('chat_ka', f`გთხოვ, ეს ტექსტი ინგლისურად თარგმნე ჩვენი ბერლინის ოფისისთვის: „ქარის ელექტროსადგურის მიწის იჯარის პორტალზე შესასვლელად: მომხმარებელი — aeolis.gori, პაროლი — ${v('credential.password_in_prose', 'Gori_Qari!2025')}. პაროლი არავის გაუზიაროთ."`),

  rec('aws_credentials', f`Tile cache for the landowner map runs on S3, the script on my laptop suddenly says SignatureDoesNotMatch. ~/.aws/credentials:

${cfg(f`[aeolis-gis]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Could the clock on the laptop be off?`),

  rec('code_js', f`Landowner parcel viewer: the vector tiles won't load in prod. We load them like this:

${code(f`import mapboxgl from 'mapbox-gl';

// TODO: move to server side, this is the secret token with tiles:read + uploads:write
const UPLOAD_TOKEN = '${v('credential.mapbox_secret_token', MAPBOX)}';
mapboxgl.accessToken = UPLOAD_TOKEN;

const map = new mapboxgl.Map({
  container: 'parcel-map',
  style: 'mapbox://styles/aeolis/clv2lease01',
  center: [8.21, 49.98],
  zoom: 11,
});`)}`),

  // ── Card issuer: collections & hardship ───────────────────────────────────────────────
  rec('curl', f`Deprovisioning script for agents who left the collections floor fails on the first call:

${cfg(f`curl -s -X POST \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  -H "Accept: application/json" \\
  "https://meridiancard.okta.com/api/v1/users/00u8k2q7ZpR4xT1vW5d7/lifecycle/deactivate"`)}

returns 403 "You do not have permission to perform the requested action". The token belongs to the IAM admin.`),

  rec('chat_es_mx', f`Oye, mi supervisora me pidió que te pase esto para que le hagas un instructivo a los nuevos de cobranza: entran al CRM con su número de nómina y la contraseña inicial es ${v('credential.password_in_prose', 'Cobranza.Reforma26')}, luego el sistema les pide cambiarla. ¿Me lo redactas en pasos cortitos?`),

  rec('chat_tl', f`Hi po! Pa-help naman gumawa ng email sa IT. Na-lock yung account ko sa dialer kaninang umaga. Binigay ni TL yung temp password: ${v('credential.password_in_prose', 'Makati#Dial0824')} pero ayaw pa rin gumana, "invalid credentials" daw. Agent ID ko 40917, hardship queue.`),

  rec('chat_hi_latn', f`Bhai collections CRM ka naya password aaya hai IT se — ${v('credential.password_in_prose', 'Noida@Recovery77')} — lekin login karne pe "session expired" aa raha hai baar baar. Kya browser cache ka issue hai? Chrome use kar raha hoon.`),

  rec('appsettings', f`Hardship affordability service can't get a token from Entra ID for the open-banking aggregator:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6b1f3c92-7d48-4e05-a9c1-2f8e7d6b4a30",
    "ClientId": "e4a7c219-58b3-4f06-9d21-7c3b8e1f5a94",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  },
  "OpenBanking": { "BaseUrl": "https://api.ob-aggregator.example/v2", "ConsentDays": 90 }
}`)}

AADSTS7000215: Invalid client secret provided. We copied it straight from the portal.`),

  rec('chat_tr', f`Tahsilat ajansına gecikmiş hesap dosyalarını gönderen betik şu satırda takılıyor:

${cfg(f`sshpass -p '${v('credential.cli_password', 'Tahsilat!Kadikoy42')}' sftp -oBatchMode=no ${amb('pii.email', 'meridian@sftp.tahsilat-ortagi.com.tr')}`)}

Şifre doğru, elle bağlanınca çalışıyor. Cron içinde neden olmuyor? Bir de bu şifreyi betikten nasıl çıkarırım?`),

  rec('http', f`Postman call to the collections API returns 401 after lunch, works in the morning:

${cfg(f`GET /v3/accounts/ACC-7718204/arrangements HTTP/1.1
Host: collections-api.meridiancard.com
Authorization: Bearer ${v('credential.jwt', COLL_JWT)}
X-Agent-Id: 40917
Accept: application/json`)}

Is it just the token expiring after 24 h?`),

  rec('docker_compose', f`${cfg(f`services:
  hardship-notes:
    image: meridian/hardship-notes:3.4.1
    environment:
      SPRING_DATASOURCE_URL: jdbc:sqlserver://sqlcoll01.meridian.local:1433;databaseName=Hardship;user=svc_hardship;password=${v('credential.connection_string_password', 'Qz4#Forbear-Plan9')};encrypt=true
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      MAILGUN_API_KEY: ${v('credential.mailgun_api_key', MAILGUN)}`)}

The container exits with "Login failed for user 'svc_hardship'". Is the semicolon in the password a problem?`),

  // ── Dubbing & subtitling studio ───────────────────────────────────────────────────────
  rec('email_fr', f`Salut Karim,

Pour la livraison des stems VF de l'épisode 104, tu peux te connecter au serveur Aspera :
hôte : transfer.polyglotte-dub.com
identifiant : livraison_vf
mot de passe : ${v('credential.password_in_prose', 'Doublage!Belleville88')}

Le dossier s'appelle EP104_VF_M&E. Merci de confirmer la réception.

--> tu peux rendre ce mail un peu plus pro ? c'est pour un client.`),

  rec('chat_it', f`Mi correggi questa mail per il direttore di doppiaggio? "Ciao Marco, ti ho creato l'accesso al portale dei copioni: utente m.ferrante, password ${v('credential.password_in_prose', 'Leggio_Roma!31')}. I turni di sala per la serie sono confermati da lunedì."`),

  rec('chat_tr', f`İstanbul stüdyosundan yazıyorum. Müşterinin FTP sunucusuna altyazı dosyalarını yükleyemiyoruz. Bilgiler: sunucu ftp.client-delivery.tv, kullanıcı adı polyglotte_ist, şifre ${v('credential.password_in_prose', 'Altyazi.Besiktas9')}. FileZilla "530 Login incorrect" diyor. Müşteriye İngilizce kısa bir mail yazar mısın?`),

  rec('code_python', f`자막 번역 초안을 만드는 스크립트인데, 한국어 줄바꿈이 이상하게 나와요. 코드 좀 봐 주세요:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def translate_cue(text: str, target: str = "ko") -> str:
    # 한 줄당 최대 16자, 두 줄까지
    resp = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": f"Translate subtitles into {target}. Max 2 lines, 16 chars per line."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content.strip()`)}`),

  rec('code_python', f`Subtitle QA helper, the S3 upload part works, the Claude part times out on long episodes:

${code(f`import anthropic, boto3

claude = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")
s3 = boto3.client("s3")

def review(srt_path: str, lang: str) -> str:
    with open(srt_path, encoding="utf-8") as fh:
        srt = fh.read()
    msg = claude.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=4096,
        messages=[{"role": "user", "content": f"Check this {lang} SRT for reading speed and line breaks:\\n{srt}"}],
    )
    return msg.content[0].text`)}`),

  rec('chat_pt', f`Olá! Podes ajudar-me a escrever uma mensagem à atriz que vai dobrar a protagonista? Quero dizer-lhe que o acesso ao portal de guiões está criado — utilizador ines.valadares, palavra-passe ${v('credential.password_in_prose', 'Alfama.Voz2025')} — e que as gravações começam na segunda às 10h, estúdio 2.`),

  rec('chat_de', f`Wir teilen die Rohschnitte für die Synchro per Dropbox-API. Seit gestern kommt "expired_access_token". Token aus der App-Konsole: ${v('credential.dropbox_access_token', DROPBOX)}
Wie bekomme ich einen Refresh-Token für ein Skript ohne Benutzer-Login?`),

  rec('code_ts', f`スタジオの収録スケジュールをSlackに通知するbotです。投稿されません、なぜ？

${code(f`import { WebClient } from '@slack/web-api';

const slack = new WebClient('${v('credential.slack_bot_token', SLACK_BOT)}');

export async function notifySession(room: string, title: string, start: Date): Promise<void> {
  await slack.chat.postMessage({
    channel: '#収録スケジュール',
    text: \`\${room}: \${title} — \${start.toLocaleString('ja-JP')}\`,
  });
}`)}`),

  rec('ssh_key', f`Aspera fallback is plain SFTP with key auth. The client sent us the private key for their drop (yes, I know). WinSCP says "unsupported key format", does it need to be converted to PPK?

${v('credential.openssh_private_key', OSSH)}`),

  // ── Hospital sterile processing ───────────────────────────────────────────────────────
  rec('config_de', f`Die Instrumenten-Tracking-Software der ZSVA verbindet sich nach dem Server-Umzug nicht mehr mit der Datenbank. Ausschnitt aus der tdoc.config:

${cfg(f`<connectionStrings>
  <add name="TrackingDb" connectionString="Data Source=ZSVA-SQL02\\TDOC;Initial Catalog=TDOC_Prod;User ID=tdoc_app;Password=${v('credential.connection_string_password', 'Steril!Charge2024')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Der neue Server heißt ZSVA-SQL03. Reicht es, den Namen zu ändern?`),

  rec('cisco', f`The switch in the sterile supply basement that connects the washer-disinfectors and autoclaves dropped VLAN 40 after a reload. Running config (partial):

${cfg(f`hostname zsva-sw-ug01
!
username biomed privilege 15 password 0 ${v('credential.network_device_secret', 'Autokl4v-Keller!')}
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b132-cisco9a', B64URL.replace(/[-_]/g, '') + './', 14), '$', fill('b132-cisco9b', B64URL.replace(/[-_]/g, '') + './', 43)))}
snmp-server community ${v('credential.network_device_secret', 'zsva-mon-7731')} RO
!
interface Vlan40
 description STERILIZERS
 ip address ${amb('pii.ip_address', '10.40.8.1')} 255.255.255.0`)}

Which line is missing so VLAN 40 comes back automatically?`),

  rec('chat_ml', f`ഇത് ഇംഗ്ലീഷിലേക്ക് വിവർത്തനം ചെയ്യാമോ? "സ്റ്റെറിലൈസർ 3-ന്റെ സർവീസ് മെനുവിന്റെ പാസ്‌വേഡ് ${v('credential.password_in_prose', 'Autoclave#Kochi9')} ആണ്. ടെക്നീഷ്യൻ വരുമ്പോൾ മാത്രം ഉപയോഗിക്കുക." ഇത് ഞങ്ങളുടെ ജർമ്മൻ സൂപ്പർവൈസർക്ക് അയക്കാനാണ്.`),

  rec('chat_pl', f`Cześć, pracuję w sterylizatorni. Serwisant prosi o zdalny dostęp do myjni-dezynfektora. Mam mu napisać, że login to service_mdr, a hasło ${v('credential.password_in_prose', 'Myjnia!Dezynf2024')}. Czy możesz to przetłumaczyć na niemiecki, bo serwisant jest z Bawarii?`),

  rec('chat_uk', f`Допоможи, будь ласка, перекласти німецькою для завідувачки ЦСВ: «Я змінила пароль до системи відстеження інструментів на ${v('credential.password_in_prose', 'Kyiv_Sterylno88')}, бо старий заблокувався. Нічна зміна має його знати.»`),

  rec('helm_values', f`Grafana for the sterilizer dashboards — the provisioning sidecar can't push dashboards:

${cfg(f`grafana:
  adminUser: admin
  sidecar:
    dashboards:
      enabled: true
  env:
    GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'F0-Value!134C')}
provisioner:
  apiToken: ${v('credential.grafana_service_account_token', GLSA)}
  url: http://grafana.zsva.svc:3000`)}`),

  rec('docker_config', f`Our CI can't pull the cycle-log parser image from the hospital registry:

${cfg(f`{
  "auths": {
    "registry.klinikum-westpark.de": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Error: "unauthorized: authentication required". Is the base64 wrong?`),

  // ── Scooter operator: juicer support desk ─────────────────────────────────────────────
  rec('env_file', f`Juicer payouts service — Stripe says the key can't create transfers. Env:

${cfg(f`STRIPE_KEY=${v('credential.stripe_restricted_key', RK_LIVE)}
GOOGLE_MAPS_KEY=${v('credential.google_api_key', GOOGLE)}
PAYOUT_CRON=0 6 * * 1
CHARGE_RATE_EUR=4.50`)}

Which permission does a restricted key need for Connect transfers?`),

  rec('chat_pt', f`Bom dia, sou juicer em Lisboa. Não consigo entrar na app desde ontem. O meu email é ${v('pii.email', 'tiago.m.ribeiro@sapo.pt')} e a palavra-passe que uso é ${v('credential.password_in_prose', 'Tejo_Carrega22')}. Já tentei reinstalar. Podem ver o que se passa?

(copiado do ticket — escreve-me uma resposta a dizer que nunca devia ter mandado a palavra-passe)`),

  rec('chat_he', f`תעזור לי לנסח תשובה לג'וסר מתל אביב? הוא כתב לנו: "הסיסמה שלי לאפליקציה היא ${v('credential.password_in_prose', 'Yafo!Scoot2024')} ואני לא מצליח להתחבר, אני צריך לטעון 30 קורקינטים הלילה." צריך להסביר לו שלא שולחים סיסמה בצ'אט ושישנה אותה.`),

  rec('chat_hy', f`Թարգմանիր անգլերեն, խնդրում եմ․ «Բարև, ես Երևանից եմ, սքութերներ եմ լիցքավորում։ Հավելվածի գաղտնաբառս ${v('credential.password_in_prose', 'Ararat_Charge21')} է, բայց չի աշխատում։ Խնդրում եմ օգնեք։»`),

  rec('chat_sw', f`Tafadhali nisaidie kujibu ujumbe huu kutoka kwa juicer wa Nairobi: "Nenosiri langu la app ni ${v('credential.password_in_prose', 'Kilimani#Chaji9')} lakini haliingii tangu jana. Nina skuta 25 za kuchaji usiku huu." Jibu kwa Kiswahili rahisi.`),

  rec('gha', f`${cfg(f`name: juicer-app-release
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: macos-14
    env:
      GH_PACKAGES_TOKEN: ${v('credential.github_pat', GHP)}
      SENTRY_AUTH_TOKEN: ${v('credential.sentry_auth_token', SENTRY_USER)}
      NPM_TOKEN: ${v('credential.npm_token', NPM)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx expo prebuild
      - run: npx sentry-cli sourcemaps upload --org zipp --project juicer-app ./dist`)}

The sentry step works locally but fails in CI with "Invalid token".`),

  rec('chat_ar', f`ساعدني في كتابة رد على أحد الـ juicers في الرياض. كتب لنا: "كلمة المرور حقي ${v('credential.password_in_prose', 'Olaya!Shahn2024')} وما أقدر أسجل دخول من أمس." أبغى أقول له إننا أعدنا تعيين الحساب وما يرسل كلمة المرور في الشات مرة ثانية.`),

  rec('chat_id', f`Tolong bantu balas pesan juicer dari Jakarta ini dengan sopan: "Kata sandi saya ${v('credential.password_in_prose', 'Kemang_Cas77')}, tapi aplikasi bilang akun diblokir. Saya sudah charge 35 skuter semalam." Bilang kalau akunnya sudah kami buka lagi.`),

  rec('code_python', f`Telegram alerts for juicers when a warehouse charging rack trips the breaker — no messages arrive:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002194837561

def alert(rack: str, amps: float) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": f"⚡ Rack {rack} tripped at {amps:.1f} A"},
        timeout=5,
    )`)}`),

  rec('chat_am', f`እባክህ ይህንን መልእክት ወደ እንግሊዝኛ ተርጉምልኝ፦ «ሰላም፣ እኔ በአዲስ አበባ ስኩተሮችን የምሞላ ነኝ። የመተግበሪያው የይለፍ ቃሌ ${v('credential.password_in_prose', 'Bole#Charge40')} ነው ግን መግባት አልቻልኩም።»`),

  // ── Mixed shapes across the six teams ────────────────────────────────────────────────
  rec('shell', f`Export of juicer charge sessions for the finance team — the job returns 401 since Monday:

${cfg(f`curl -s "https://ops-api.zipp-mobility.io/v1/exports/charge-sessions?from=2025-03-01&to=2025-03-07" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -o sessions.csv`)}`),

  rec('vault', f`${cfg(f`$ export VAULT_ADDR=https://vault.meridian.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/collections/dialer
Error reading secret/collections/dialer: Code: 403. Errors: * permission denied`)}

The token came from the break-glass envelope. Which policy does it need for kv v2?`),

  rec('gitlab', f`Subtitle pipeline on our self-hosted GitLab can't clone the fonts repo:

${cfg(f`git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.polyglotte-dub.com/subs/fonts.git`)}

remote: HTTP Basic: Access denied. The PAT has read_repository. Expired?`),

  rec('chat', f`Wind team's HF notebook for the turbine-noise complaint classifier needs the private model. I put HF_TOKEN=${v('credential.huggingface_token', HF)} in the notebook env but from_pretrained still says 401. Gated repo issue?`),

  rec('chat', f`Two webhooks for the boarding house: night-duty alerts go to Discord (${v('credential.discord_webhook_url', DISCORD_HOOK)}) and the admissions team wants the same in Slack (${v('credential.slack_webhook_url', SLACK_HOOK)}). Can you write one small Node function that posts to both?`),

  rec('log', f`${cfg(f`2025-03-11 02:14:07,882 DEBUG juicer-api.http: POST /v2/tasks/claim 200 (41 ms)
2025-03-11 02:14:07,883 DEBUG juicer-api.http: headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'X-Juicer-Id': 'J-58213', 'User-Agent': 'ZippJuicer/5.12.0 (Android 14)'}
2025-03-11 02:14:08,120 WARN  juicer-api.tasks: task T-7730418 already claimed by J-40122`)}

Why is the same scooter offered to two juicers? Also, should the auth header be in debug logs at all?`),
];

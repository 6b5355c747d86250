/**
 * Held-out batch 54: credentials pasted by staff of a hospice charity, a container shipping line's
 * customer-service and crewing desk, an immigration law practice, a mobile game publisher's live-ops
 * and payments team, a dairy plant's quality lab and a city library and archives. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b54-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b54-whsec', B62, 32));
const SENDGRID = tok('SG.', fill('b54-sg1', B64URL, 22), '.', fill('b54-sg2', B64URL, 43));
const TWILIO_SID = tok('AC', fill('b54-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b54-twtok', HEX, 32);
const TEAMS_HOOK = tok('https://stcolmcillehospice.webhook.office.com/webhookb2/', '6a1d93c4-2f70-4b8e-9c35-e08b71d4a2f6@0c57e2a9-b314-4d6f-8a90-3e1f7c62b5d8/IncomingWebhook/', fill('b54-teams1', HEX, 32), '/', '9e4b27d1-50c8-4f3a-b6e2-71d08a5c39f4/', 'V2', fill('b54-teams2', B64URL, 43));
const AZ_CLIENT_SECRET = tok(fill('b54-azcs1', B62, 3), '8Q~', fill('b54-azcs2', B62 + '-_.~', 34));
const TELEGRAM = tok('7318204956', ':AA', fill('b54-tg', B64URL, 33));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b54-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'norvale-ops', a: fill('b54-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b54-mbx', B64URL, 22));
const AZ_STORAGE = `${fill('b54-azst', B64, 86)}==`;
const PGP_BODY = `lQWGBGZ${fill('b54-pgp0', B64, 57)}\n${(b64Bytes('b54-pgp', 720).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b54-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const CLIO_BEARER = fill('b54-clio', B62 + '-_', 48);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b54-atl', B64URL, 171), '=', fill('b54-atl2', HEX.toUpperCase(), 8));
const OPENAI = tok('sk-proj-', fill('b54-oai1', B64URL, 74), 'T3BlbkFJ', fill('b54-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b54-ant', B64URL, 93), 'AA');
const SA_PEM = pem('PRIVATE KEY', 'b54-fbsa', 1216, '\\n');
const P8 = pem('PRIVATE KEY', 'b54-p8', 147, '\n', 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg');
const PLAYFAB = fill('b54-playfab', UPPER + DIGITS, 52);
const MOMO_SECRET = fill('b54-momo', B62, 32);
const XENDIT = tok('xnd_', 'production_', fill('b54-xnd', B62, 60));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b54-rklive', B62, 97));
const AWS_ID = tok('AKIA', fill('b54-awsid', B32, 16));
const AWS_SECRET = fill('b54-awssec', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b54-slh1', UPPER + DIGITS, 8), '/B07', fill('b54-slh2', UPPER + DIGITS, 8), '/', fill('b54-slh3', B62, 24));
const SLACK_BOT = tok('xoxb-', '5820193746', '1-', '7719402836154-', fill('b54-xoxb', B62, 24));
const SENTRY_ORG = tok('sntrys_', b64(JSON.stringify({ iat: 1727712011.2, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'tidepool-games' })).replace(/=+$/, ''), '_', fill('b54-sntrys', B64URL, 43));
const DD_API = fill('b54-ddapi', HEX, 32);
const DD_APP = fill('b54-ddapp', HEX, 40);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290483716250918402', '/', fill('b54-dischook', B64URL, 68));
const DISCORD_BOT = tok(b64('1290477120938561536').replace(/=+$/, ''), '.', fill('b54-disc1', B64URL, 6), '.', fill('b54-disc2', B64URL, 38));
const TENCENT_ID = tok('AKID', fill('b54-akid', B62, 32));
const TENCENT_KEY = fill('b54-tckey', B62, 32);
const ALIBABA_ID = tok('LTAI', '5t', fill('b54-ltai', B62, 18));
const ALIBABA_SECRET = fill('b54-alisec', B62, 30);
const HF = tok('hf_', fill('b54-hf', LOWER + UPPER, 34));
const GROQ = tok('gsk_', fill('b54-groq', B62, 52));
const ADYEN_KEY = tok('AQE', fill('b54-adyen1', B62, 28), '+', fill('b54-adyen2', B62 + '+/', 130), '=-', fill('b54-adyen3', B62, 12));
const ADYEN_HMAC = fill('b54-adyenhmac', HEX.toUpperCase(), 64);
const APPLE_SHARED = fill('b54-appleshared', HEX, 32);
const GLPAT = tok('glpat-', fill('b54-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Kd4Fq8Wm2Zr7Tb1Xn5Pv9Lc3Hj6Sy0');
const DOCKER_AUTH = b64('tidepoolci:Harbour-Seal-2291!');
const INFLUX = `${fill('b54-influx', B64URL, 86)}==`;
const GLSA = tok('glsa_', fill('b54-glsa1', B62, 32), '_', fill('b54-glsa2', HEX, 8));
const DATABRICKS = tok('dapi', fill('b54-dapi', HEX, 32));
const SAS_SIG = `${fill('b54-sas1', B62, 16)}%2F${fill('b54-sas2', B62, 11)}%2B${fill('b54-sas3', B62, 14)}%3D`;
const DROPBOX = tok('sl.', 'B', fill('b54-dbx', B64URL, 138));
const PPK_PRIV = b64Bytes('b54-ppk', 48);
const CF_TOKEN = fill('b54-cftok', B64URL, 40);
const NETLIFY = tok('nfp_', fill('b54-nfp', B62, 36));
const DEEPL = tok('3f8a91c2-7d4e-4b6a-9e05-', fill('b54-deepl', HEX, 12), ':fx');
const OKTA = tok('00', fill('b54-okta', B64URL, 40));
const GHP = gh('ghp', 'Qm7Vx2Lp9Kd4Rt8Bw1Ns6Hf3Zc5Jy0');
const JWT_DOCUSIGN = jwt({ alg: 'RS256', typ: 'JWT' }, { iss: 'c31f8e07-6b2d-4a95-8f40-d7e19a2c5b63', sub: '4e7d02b9-18c3-4f6a-a2d5-90b6e3f71c48', aud: 'account.docusign.com', iat: 1730190512, exp: 1730194112, scope: 'signature impersonation' }, 'b54-jwtds');
const ADO_PAT = fill('b54-ado', B32LOWER, 52);
const VAULT = tok('hvs.', 'CAESI', fill('b54-vault', B64URL, 86));
const GCP_SA_EMAIL = 'firebase-adminsdk-q7k2p@mergepals-live.iam.gserviceaccount.com';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH54_CREDENTIALS: DraftRecord[] = [
  // ---- hospice and palliative-care charity ----
  rec('env_file', f`Our agency built the donations site and left. Can you tell me which of these I must rotate now that their access is gone, and which are just settings?

${amb('source_code.snippet', f`# /var/www/donate/.env  (live)
APP_ENV=production
APP_URL=https://donate.stcolmcillehospice.org.uk
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
GIFT_AID_REPORT_DAY=5
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM_ADDRESS=${v('pii.email', 'supporters@stcolmcillehospice.org.uk')}`)}`),

  rec('chat_ga', f`An féidir leat an fógra seo a aistriú go Béarla don fhoireann dheonach nua? Ba mhaith liom é a chur ar an mballa sa seomra foirne.

"A chairde, tá an Wi-Fi nua sa seomra teaghlaigh ag obair anois. Ainm an líonra: Colmcille-Teaghlach. An pasfhocal: ${v('credential.password_in_prose', 'Fuinseog!Lios47')}. Ná tabhair an pasfhocal d'éinne taobh amuigh den fhoireann, le do thoil – tá líonra ar leith ag na cuairteoirí."`),

  rec('chat_gd', f`Am b' urrainn dhut seo a chur gu Beurla? Tha e airson nan saor-thoilich ann an Steòrnabhagh.

"Halò a h-uile duine. Tha an coimpiutair anns an ionad-latha air ath-shuidheachadh. Is e an t-ainm-cleachdaiche 'ionad.latha' agus is e am facal-faire ùr ${v('credential.password_in_prose', 'Bàta-Gorm-2024')}. Na sgrìobh sìos e air pàipear, mas e ur toil e."`),

  rec('code_php', f`The volunteer rota reminder texts stopped going out on Monday. This is the cron script, nothing changed on our side:

\`\`\`php
${code(f`<?php
require __DIR__ . '/vendor/autoload.php';
use Twilio\\Rest\\Client;

$sid   = '${v('credential.twilio_account_sid', TWILIO_SID)}';
$token = '${v('credential.twilio_auth_token', TWILIO_TOKEN)}';
$twilio = new Client($sid, $token);

foreach (shiftsTomorrow($pdo) as $shift) {
    $twilio->messages->create($shift['mobile'], [
        'from' => 'StColmcille',
        'body' => "Reminder: your shift at {$shift['ward']} tomorrow starts {$shift['start']}. Reply STOP to opt out.",
    ]);
}`)}
\`\`\`

Twilio console shows error 21612. What does that mean for alphanumeric sender IDs in the UK?`),

  rec('powershell', f`Power Automate was too flaky so I wrote this to post the daily bed-state summary to the ward Teams channel. Can you add error handling so it retries three times?

${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$beds = Import-Csv "\\\\fs01\\clinical\\bedstate\\today.csv"
$occupied = ($beds | Where-Object { $_.Status -eq 'Occupied' }).Count
$text = "In-patient unit: $occupied of $($beds.Count) beds occupied at $(Get-Date -Format 'HH:mm')"
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body (@{ text = $text } | ConvertTo-Json)`)}`),

  rec('powershell', f`Graph call for the leavers' mailbox export fails with AADSTS7000215 "Invalid client secret provided":

${amb('source_code.snippet', f`PS C:\\scripts> $body = @{ client_id = "8d3e1f72-4a6b-49c0-b5e8-2f7a93c1d604"; scope = "https://graph.microsoft.com/.default"; client_secret = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"; grant_type = "client_credentials" }
PS C:\\scripts> Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/stcolmcille.onmicrosoft.com/oauth2/v2.0/token" -Body $body`)}

I copied the value, not the secret ID — I think. How can I tell which one it is?`),

  // ---- container shipping line: customer service and crewing desk ----
  rec('chat_uk', f`Допоможи, будь ласка, скласти коротке повідомлення моряку українською і англійською. Суть: його обліковий запис у crew portal відновлено.

Логін: o.melnychuk
Тимчасовий пароль: ${v('credential.password_in_prose', 'Dnipro#Vesna58')}
Після першого входу система попросить змінити пароль. Документи (паспорт моряка, медична довідка) треба завантажити до 20 листопада.`),

  rec('chat_lt', f`Ar gali patikrinti, kodėl šitas skriptas nebeprisijungia prie terminalo EDI serverio? Klaidos pranešimas „Authentication failed“, nors slaptažodis tas pats kaip pernai.

${amb('source_code.snippet', f`lftp -e "mirror --only-newer /outbound/COPARN ./inbound; bye" sftp://norvale_klp:${v('credential.url_password', 'Kopa9!Smiltyne')}@edi.klaipeda-terminal.lt:2222`)}`),

  rec('code_java', f`EDIFACT sender for booking confirmations, it works in UAT but prod rejects the login. Code from our vendor team in Chennai:

\`\`\`java
${code(f`public class IftmbcSender {
    private static final String HOST = "edi.norvale-lines.com";
    private static final int PORT = 2222;
    private static final String USER = "iftmbc_out";
    private static final String PASSWORD = "${v('credential.password_assignment', 'Nhava$Sheva2023')}";

    public void send(Path file) throws JSchException, SftpException {
        Session s = new JSch().getSession(USER, HOST, PORT);
        s.setPassword(PASSWORD);
        s.setConfig("StrictHostKeyChecking", "no");
        s.connect(15_000);
        ChannelSftp ch = (ChannelSftp) s.openChannel("sftp");
        ch.connect();
        ch.put(file.toString(), "/in/IFTMBC/" + file.getFileName());
        ch.disconnect();
        s.disconnect();
    }
}`)}
\`\`\``),

  rec('chat_ka', f`გთხოვ, თარგმნე ინგლისურად, ბათუმის საკადრო სააგენტოს მენეჯერს ვუგზავნი:

„გამარჯობა, ნინო! crew planning სისტემაში თქვენი ანგარიში გააქტიურდა. მომხმარებელი: batumi.agent2, პაროლი: ${v('credential.password_in_prose', 'Rioni-Zgva-4410')}. გთხოვთ, პირველი შესვლისთანავე შეცვალოთ.“`),

  rec('chat_ta', f`இதை ஆங்கிலத்தில் மொழிபெயர்த்து, முறையான மின்னஞ்சலாக மாற்ற முடியுமா? சென்னை கிரூயிங் முகவருக்கு அனுப்ப வேண்டும்.

"வணக்கம் ரமேஷ், STCW சான்றிதழ்களை பதிவேற்ற புதிய போர்டல் கணக்கு உருவாக்கப்பட்டுள்ளது. பயனர்பெயர்: chennai.crewing, கடவுச்சொல்: ${v('credential.password_in_prose', 'Marina@Beach92')}. இதை யாருடனும் பகிர வேண்டாம்."`),

  rec('chat_si', f`කරුණාකර මෙය ඉංග්‍රීසියට පරිවර්තනය කරන්න. කොළඹ නියෝජිතයාට යවන්න ඕනේ.

"ආයුබෝවන්, නැව් කාර්ය මණ්ඩල ද්වාරයේ ඔබගේ ගිණුම නැවත සක්‍රිය කළා. පරිශීලක නාමය colombo.ops, තාවකාලික මුරපදය ${v('credential.password_in_prose', 'Galle-Face#318')}. පළමු වරට ඇතුළු වූ පසු එය වෙනස් කරන්න."`),

  rec('chat_id', f`Bot Telegram untuk notifikasi kru kita tiba-tiba berhenti kirim pesan ke grup "Crew Jakarta – Sign On". Token-nya ${v('credential.telegram_bot_token', TELEGRAM)}, chat_id grupnya -1002183746591. Apakah karena grupnya di-upgrade jadi supergroup? Tolong jelaskan cara cek-nya pakai getUpdates.`),

  rec('config_yaml', f`Cấu hình gửi mail tự động cho bộ phận chăm sóc khách hàng ở Hải Phòng không chạy, báo lỗi 535. Bạn xem giúp file này có sai gì không:

${amb('source_code.snippet', f`notifier:
  smtp:
    host: smtp.office365.com
    port: 587
    starttls: true
    username: ${v('pii.email', 'cs.haiphong@norvale-lines.com')}
    password: "${v('credential.password_assignment', 'HaiPhong!Cang2024')}"
  templates:
    arrival_notice: templates/an_vi.html
    demurrage_reminder: templates/dem_vi.html`)}`),

  rec('chat', f`The terminal in Felixstowe gave us a key for their SFTP drop where we pick up the gate-in/gate-out messages. WinSCP won't load it ("not a PuTTY key"), FileZilla neither. This is the file they sent:

${v('credential.openssh_private_key', OSSH)}

Do I need to convert it with puttygen first?`),

  rec('curl', f`Vessel-position API returns 401 since this morning. Our call (from the customer-service dashboard backend):

${amb('source_code.snippet', f`curl -s "https://api.shiptrack-partner.com/v2/vessels/9784213/position" \\
  -H "Accept: application/json" \\
  -H "Authorization: ${v('credential.basic_auth_header', `Basic ${b64('norvale_cs:Tugboat-Lantern-83')}`)}"`)}

Did they switch to OAuth? Their changelog mentions something about "client credentials".`),

  rec('chat', f`For the customer tracking page we show our ships on a map. Frontend dev says the Mapbox secret token ${v('credential.mapbox_secret_token', MAPBOX)} has to be in the build to download styles. Is that true, or should the browser only ever get the pk. token?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  bl-archive:
    image: norvale/bl-archive:3.2.1
    environment:
      DATABASE_URL: postgres://blarchive:${v('credential.database_url_password', 'Skibsreder!Kbh2024')}@db.norvale.internal:5432/blarchive
      BLOB_CONNECTION: "DefaultEndpointsProtocol=https;AccountName=norvalebldocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
      PDF_RETENTION_DAYS: "3650"
    ports:
      - "8080:8080"`)}

Kan du skrive en kort README på dansk til driftsafdelingen om, hvordan containeren startes og hvor B/L-PDF'erne ender?`),

  // ---- law firm, immigration practice ----
  rec('chat', f`Kleopatra says "no secret key found" when I try to decrypt the Home Office disclosure bundle. I exported my key from the old laptop like this — is anything missing?

${v('credential.pgp_private_key', PGP)}`),

  rec('chat_ur', f`براہ کرم اس واٹس ایپ پیغام کا انگریزی میں ترجمہ کر دیں، یہ ہمارے کلائنٹ کا ہے اور فائل نوٹ میں ڈالنا ہے:

"السلام علیکم وکیل صاحبہ، میرا UKVI اکاؤنٹ کھل نہیں رہا۔ ای میل وہی ہے جو آپ کے پاس ہے اور پاس ورڈ ${v('credential.password_in_prose', 'Lahore1987!Noor')} ہے۔ آپ خود لاگ ان کر کے BRP کی حیثیت دیکھ لیں۔"

Also tell me if we are even allowed to log in on the client's behalf.`),

  rec('chat_pa', f`ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਦਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਅਨੁਵਾਦ ਕਰੋ। ਇਹ ਸਾਡੇ ਨਵੇਂ ਪੈਰਾਲੀਗਲ ਲਈ ਨੋਟ ਹੈ:

"ਕੇਸ ਮੈਨੇਜਮੈਂਟ ਸਿਸਟਮ ਵਿੱਚ ਤੁਹਾਡਾ ਯੂਜ਼ਰਨੇਮ h.sandhu ਹੈ ਅਤੇ ਆਰਜ਼ੀ ਪਾਸਵਰਡ ${v('credential.password_in_prose', 'Amritsar*Kesar61')} ਹੈ। ਪਹਿਲੀ ਵਾਰ ਲੌਗਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਇਸ ਨੂੰ ਬਦਲ ਦਿਓ।"`),

  rec('chat_tr', f`Şu mesajı İngilizceye çevirir misin? Müvekkilimiz gönderdi, dosyaya not olarak eklenecek:

"Merhaba Av. Hanım, adli sicil kaydını e-Devlet'ten indiremedim. TC kimlikle girip şifre olarak ${v('credential.password_in_prose', 'Kadikoy.4419')} yazıyorum ama hata veriyor. Siz deneyebilir misiniz?"

Bir de müvekkilin şifresini bizim kullanmamız etik olarak sorun mu, kısaca yaz.`),

  rec('chat_az', f`Zəhmət olmasa bunu ingilis dilinə tərcümə et, müştərinin e-poçtudur:

"Salam, viza müraciəti üçün portalda hesab açdım. İstifadəçi adı: r.aliyeva, parol: ${v('credential.password_in_prose', 'Xezer2024!Baki')}. Xahiş edirəm ərizəni mənim yerimə yoxlayın, formanı düzgün doldurduğuma əmin deyiləm."`),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն, սա մեր հաճախորդի նամակն է.

«Բարև Ձեզ, վիզայի պորտալում իմ հաշվի գաղտնաբառն է ${v('credential.password_in_prose', 'Ararat#1975go')}։ Կարո՞ղ եք մուտք գործել և ստուգել՝ արդյոք փաստաթղթերը վերբեռնված են։»`),

  rec('chat_en_ng', f`Good afternoon. Please help me fix this script, it is meant to pull new matters from our practice management system into the Lagos office spreadsheet every morning but it keeps returning 401:

${code(f`import requests, csv

TOKEN = "${v('credential.bearer_token', CLIO_BEARER)}"
r = requests.get(
    "https://eu.app.clio.com/api/v4/matters.json",
    params={"fields": "id,display_number,description,practice_area", "status": "open"},
    headers={"Authorization": f"Bearer {TOKEN}"},
)
r.raise_for_status()
with open("matters.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    for m in r.json()["data"]:
        w.writerow([m["display_number"], m["description"]])`)}`),

  rec('curl', f`Jira for the immigration team's workflow board: the automation from the outsourced team in Pune fails. They use

${amb('source_code.snippet', f`curl -s -u ${v('pii.email', 'ops.pune@harcourtlane.co.uk')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  "https://harcourtlane.atlassian.net/rest/api/3/issue" -d @new_visa_case.json`)}

and get "Field 'reporter' cannot be set". What permission is missing?`),

  rec('code_python', f`Partner wants a quick tool that summarises tribunal determinations. Before I show it to IT, is the prompt handling OK?

${code(f`from openai import OpenAI
from anthropic import Anthropic

oa = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
cl = Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise(text: str, provider: str = "openai") -> str:
    prompt = "Summarise this First-tier Tribunal determination in 5 bullet points:\\n\\n" + text
    if provider == "openai":
        r = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content
    r = cl.messages.create(model="claude-3-5-haiku-latest", max_tokens=800, messages=[{"role": "user", "content": prompt}])
    return r.content[0].text`)}`),

  rec('chat', f`DocuSign JWT grant returns "consent_required" even though the admin consented. This is the assertion my script builds, can you decode it and check the claims?

${v('credential.jwt', JWT_DOCUSIGN)}`),

  // ---- mobile game publisher: live-ops and payments ----
  rec('json_config', f`라이브옵스 푸시 발송 스크립트가 갑자기 "invalid_grant" 에러를 냅니다. 서비스 계정 키 파일은 이거예요. 시간 동기화 문제일까요?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "mergepals-live",
  "private_key_id": "${fill('b54-fbsakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', GCP_SA_EMAIL)}",
  "client_id": "104827365019283746512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('chat_ja', f`App Store Connect API で売上レポートを取りたいのですが、401 が返ってきます。キー ID は 7QK2M9XH4L、Issuer ID は 4f2a91c7-3e08-4d6b-b15a-9c7e20f83d41 です。ダウンロードした .p8 の中身はこれです：

${v('credential.private_key', P8)}

JWT の有効期限は 20 分にしています。何が間違っていますか？`),

  rec('code_csharp', f`Unity client calls PlayFab server API directly for the event shop refresh — reviewer says that's wrong but it works. Why is it wrong?

\`\`\`csharp
${code(f`public class ShopRefresher : MonoBehaviour
{
    private const string TitleId = "7A3F2";
    private const string SecretKey = "${v('credential.generic_secret_assignment', PLAYFAB)}";

    private void Start()
    {
        PlayFabSettings.staticSettings.TitleId = TitleId;
        PlayFabSettings.staticSettings.DeveloperSecretKey = SecretKey;
        PlayFabServerAPI.UpdateCatalogItems(new UpdateCatalogItemsRequest { CatalogVersion = "event_winter" },
            r => Debug.Log("catalog refreshed"), e => Debug.LogError(e.GenerateErrorReport()));
    }
}`)}
\`\`\``),

  rec('code_js', f`Tích hợp thanh toán MoMo cho gói kim cương bị lỗi chữ ký (resultCode 11007). Bạn xem giúp đoạn tạo signature:

${code(f`const crypto = require('crypto');
const partnerCode = 'MOMOTIDE2024';
const accessKey = '${amb('credential.generic_secret_assignment', 'F8BBA842ECF85')}';
const secretKey = '${v('credential.generic_secret_assignment', MOMO_SECRET)}';

function sign(o) {
  const raw = \`accessKey=\${accessKey}&amount=\${o.amount}&extraData=&ipnUrl=\${o.ipnUrl}&orderId=\${o.orderId}&orderInfo=\${o.orderInfo}&partnerCode=\${partnerCode}&redirectUrl=\${o.redirectUrl}&requestId=\${o.requestId}&requestType=captureWallet\`;
  return crypto.createHmac('sha256', secretKey).update(raw).digest('hex');
}`)}`),

  rec('env_file', f`Tolong bantu cek, webhook Xendit untuk top-up koin di Indonesia kadang masuk dua kali. Ini env server pembayaran kami:

${amb('source_code.snippet', f`XENDIT_SECRET_KEY=${v('credential.generic_secret_assignment', XENDIT)}
XENDIT_CALLBACK_TOKEN=${v('credential.generic_secret_assignment', fill('b54-xndcb', B62, 48))}
PAYMENT_CURRENCY=IDR
IDEMPOTENCY_TTL_SECONDS=300`)}

Bagaimana cara membuat handler yang idempoten?`),

  rec('chat', f`finance wants a read-only key for the refunds dashboard. I made a restricted key ${v('credential.stripe_restricted_key', RK_LIVE)} with charges:read and refunds:read. Is that enough to list disputes too, or do I need another permission?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`name: upload-remote-config
on:
  push:
    branches: [live]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AWS_ID)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AWS_SECRET)}
      AWS_REGION: eu-west-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./remote-config s3://tidepool-liveops-config/ --delete
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"remote config pushed to live"}' \\
            ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

this ran on a fork PR and I'm now scared. what should I do first?`),

  rec('chat_ko', f`이벤트 종료 알림 봇이 채널에 글을 못 올려요. 토큰은 ${v('credential.slack_bot_token', SLACK_BOT)} 이고 scope 에 chat:write 는 있습니다. 그리고 sentry-cli 로 소스맵 올릴 때 쓰는 조직 토큰 ${v('credential.sentry_auth_token', SENTRY_ORG)} 도 같이 바뀌어야 하나요?`),

  rec('helm_values', f`${amb('source_code.snippet', f`# values-live-jp.yaml
datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: ap1.datadoghq.com
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true`)}

日本リージョンのクラスタだけ APM のトレースが出ません。site の指定は合っていますか？`),

  rec('code_js', f`Community team's announcement bot. It posts patch notes to the webhook fine but the slash command part never comes online:

${code(f`import { Client, GatewayIntentBits } from 'discord.js';

const PATCH_NOTES_WEBHOOK = '${v('credential.discord_webhook_url', DISCORD_HOOK)}';
const client = new Client({ intents: [GatewayIntentBits.Guilds] });

export async function postPatchNotes(version, notes) {
  await fetch(PATCH_NOTES_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'Tidepool Patch Bot', content: \`**v\${version}**\\n\${notes}\` }),
  });
}

client.login('${v('credential.discord_bot_token', DISCORD_BOT)}');`)}`),

  rec('ini', f`China build uploads: one CDN is Tencent COS, the backup is Alibaba OSS. Which SDK setting controls the retry count?

${amb('source_code.snippet', f`[cos]
secret_id = ${v('credential.tencent_secret_id', TENCENT_ID)}
secret_key = ${v('credential.generic_secret_assignment', TENCENT_KEY)}
bucket = tidepool-patch-1320481759
region = ap-shanghai

[oss]
access_key_id = ${v('credential.alibaba_access_key_id', ALIBABA_ID)}
access_key_secret = ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}
endpoint = oss-cn-hangzhou.aliyuncs.com`)}`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`import os
os.environ["HF_TOKEN"] = "${v('credential.huggingface_token', HF)}"
os.environ["GROQ_API_KEY"] = "${v('credential.groq_api_key', GROQ)}"

from transformers import pipeline
tox = pipeline("text-classification", model="unitary/toxic-bert", top_k=None)`)}

Out[3]: Device set to use cpu

The chat moderation run over 40k guild messages takes 3 hours. Would the Groq-hosted model be faster for a first pass?`),

  rec('yaml', f`${amb('source_code.snippet', f`payments:
  adyen:
    environment: LIVE
    merchantAccount: TidepoolGamesECOM
    apiKey: "${v('credential.generic_secret_assignment', ADYEN_KEY)}"
    hmacKey: "${v('credential.generic_secret_assignment', ADYEN_HMAC)}"
    liveEndpointUrlPrefix: 7f3a91c2e4b8d605-TidepoolGames`)}

Adyen webhooks fail HMAC validation only for refunds. Is the hmacKey per webhook or per merchant account?`),

  rec('json', f`App Store receipt validation for the old iOS build still returns status 21004. The request body our server sends:

${amb('source_code.snippet', f`{
  "receipt-data": "MIIT0gYJKoZIhvcNAQcCoIITwzCCE78CAQExCzAJBgUrDgMCGgUAMIIDcwYJKoZIhvcNAQcBoIIDZASCA2AxggNcMAoCAQgCAQEEAhYAMAoCARQC...",
  "password": "${v('credential.password_assignment', APPLE_SHARED)}",
  "exclude-old-transactions": true
}`)}

21004 is "shared secret does not match", right? We regenerated it last week.`, 'App-specific shared secret sent as "password" in verifyReceipt'),

  rec('shell', f`build machine can't clone the SDK submodule anymore:

${amb('source_code.snippet', f`$ git submodule update --init
Cloning into '/builds/client/Packages/tidepool-sdk'...
$ git config --file .gitmodules submodule.Packages/tidepool-sdk.url
https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.tidepool.games/platform/tidepool-sdk.git
remote: HTTP Basic: Access denied.`)}

the token is 3 months old, did it expire by default?`),

  rec('npmrc', f`${amb('source_code.snippet', f`@tidepool:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

CI publishes @tidepool/analytics-web but now "E403 two-factor authentication required". Do automation tokens skip 2FA?`, 'npm token is both the .npmrc value and an npm_ token: two labels on one span'),

  rec('json', f`Docker on the Mac mini build agent keeps pulling as anonymous and hits the rate limit. ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": "desktop"
}`)}`),

  // ---- dairy processing plant, quality lab ----
  rec('json_config', f`LIMS-integraatio ei saa yhteyttä tietokantaan uuden palvelimen jälkeen. Voitko tarkistaa appsettings.json-tiedoston?

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Lims": "Server=sql-lab01.meijeri.local;Database=LIMS_PROD;User Id=lims_sync;Password=${v('credential.connection_string_password', 'Maito-Laatu#2024')};TrustServerCertificate=True;"
  },
  "Sync": { "IntervalMinutes": 15, "Analyzers": ["MilkoScan FT3", "Fossomatic 7"] }
}`)}

Virhe: "A network-related or instance-specific error occurred".`),

  rec('chat_da', f`Kan du hjælpe mig med at skrive en kort vejledning til nattevagten? Den skal forklare, hvordan man logger ind på HMI-panelet ved pasteuriseringsanlægget, hvis skærmen går i lås:

Bruger: operatør2
Kode: ${v('credential.password_in_prose', 'Pasteur72!Linje3')}
Hvis alarmen "Flow diversion" vises, må man IKKE kvittere, før laboratoriet har ringet tilbage.`),

  rec('shell', f`Hvorfor er denne kommandoen i bash-historikken på lab-PC-en, og bør jeg være bekymret?

  ${amb('source_code.snippet', f`512  cd /opt/labdata/export
  513  mysql -h ${amb('pii.ip_address', '10.20.4.15')} -u qa_export -p${v('credential.mysql_cli_password', 'Ostehøvel88')} labresults -e "SELECT * FROM somatic_cells WHERE sample_date >= CURDATE() - INTERVAL 7 DAY" > uke.tsv
  514  ls -la`)}`),

  rec('config', f`Kannst du diese Switch-Konfiguration für das Labornetz kommentieren? Ich muss sie dem Auditor erklären.

${amb('source_code.snippet', f`hostname SW-LABOR-01
enable secret 9 ${ambCat('credential', tok('$9$', fill('b54-ios9a', B62 + './', 14), '$', fill('b54-ios9b', B62 + './', 43)))}
username netadmin privilege 15 secret 9 ${ambCat('credential', tok('$9$', fill('b54-ios9c', B62 + './', 14), '$', fill('b54-ios9d', B62 + './', 43)))}
snmp-server community ${v('credential.network_device_secret', 'Molkerei-RW-73')} RW 10
snmp-server location Qualitaetslabor, Halle 2
access-list 10 permit ${amb('pii.ip_address', '10.20.4.0')} 0.0.0.255
interface Vlan40
 description LIMS-Analysegeraete
 ip address ${amb('pii.ip_address', '10.20.4.1')} 255.255.255.0`)}`, 'type-9 password hashes ambiguous, SNMP community labelled'),

  rec('toml', f`Telegraf raccoglie le temperature delle celle frigo ma da ieri niente arriva su InfluxDB. Config:

${amb('source_code.snippet', f`[[outputs.influxdb_v2]]
  urls = ["https://influx.caseificio-lab.it:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "laboratorio-qualita"
  bucket = "celle_frigo"

[[inputs.modbus]]
  name = "cella_04"
  controller = "tcp://${amb('pii.ip_address', '192.168.40.24')}:502"`)}

E il token del service account Grafana per la dashboard è ${v('credential.grafana_service_account_token', GLSA)} — serve rigenerarlo anche quello?`),

  rec('notebook', f`Notatnik w Databricks do trendów liczby komórek somatycznych — dlaczego join z tabelą dostawców trwa tak długo?

${code(f`from databricks import sql
import pandas as pd

conn = sql.connect(
    server_hostname="adb-3184720596138274.14.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9f3c2a71e8b4d605",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
df = pd.read_sql("""
    SELECT d.supplier_id, d.farm_name, avg(s.scc) AS avg_scc
    FROM lab.somatic_cells s JOIN master.suppliers d ON s.supplier_id = d.supplier_id
    WHERE s.sample_date >= date_sub(current_date(), 90)
    GROUP BY d.supplier_id, d.farm_name
""", conn)`)}`),

  // ---- city public library and archives ----
  rec('chat_ca', f`Em pots ajudar a redactar un avís intern per al personal de la biblioteca del barri? Els ordinadors d'ús públic s'han reinstal·lat i cal dir-los com entrar en mode manteniment:

Usuari: manteniment.bib
Contrasenya: ${v('credential.password_in_prose', 'Sardana-Rambla19')}

Que quedi clar que no s'ha de donar mai als usuaris.`),

  rec('xml', f`Koha no arranca después de mover la base de datos al nuevo servidor. Este es el trozo de koha-conf.xml que toqué:

${amb('source_code.snippet', f`<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_bibliotecas</database>
 <hostname>db-koha.ajuntament.local</hostname>
 <port>3306</port>
 <user>koha_admin</user>
 <pass>${v('credential.password_assignment', 'Biblio#Gracia2024')}</pass>
 <tls>no</tls>
</config>`)}

El error en el log es "Access denied for user 'koha_admin'@'${amb('pii.ip_address', '10.12.0.8')}'". ¿Qué permisos faltan?`),

  rec('chat_pt', f`O fornecedor da digitalização das atas municipais não consegue enviar as imagens. Mandei-lhes este link de upload, mas dizem que dá "Signature not valid". Pode ver o que está errado?

https://arquivomunicipal.blob.core.windows.net/digitalizacao/lote-2024-11?sv=2023-01-03&ss=b&srt=co&sp=rwl&se=2024-12-20T18:00:00Z&st=2024-11-18T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}`),

  rec('chat_fr', f`Le prestataire qui numérise le fonds photographique dépose les fichiers sur notre Dropbox. Il nous a envoyé ce jeton pour notre script de récupération : ${v('credential.dropbox_access_token', DROPBOX)}. Le script s'arrête au bout de 4 heures avec "expired_access_token". Comment faire pour qu'il tourne toute la nuit ?`),

  rec('ppk', f`WinSCP on the archive scanning PC keeps asking for the key passphrase for the SFTP to the preservation storage, but I'm sure the key had none:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: scan02@archives
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b54-ppkpub', B64, 44)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b54-ppkmac', HEX, 64)}`),

  rec('chat_ga', f`Tá an seachfhreastalaí EZproxy briste arís agus níl an fear TF ann go dtí an Luan. Seo an t-eolas logála isteach a d'fhág sé: úsáideoir "ezadmin", pasfhocal ${v('credential.password_in_prose', 'Leabharlann-Gaillimh-62')}. Cad iad na céimeanna is sábháilte le hé a atosú?`),

  rec('env_file', f`${amb('source_code.snippet', f`# library-website/.env.production
CLOUDFLARE_ZONE_ID=5c8e2f91a47d3b06e1f9c82a4d7b3e50
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
NETLIFY_AUTH_TOKEN=${v('credential.netlify_token', NETLIFY)}
DEEPL_AUTH_KEY=${v('credential.generic_secret_assignment', DEEPL)}
CATALOGUE_BASE=https://cataleg.biblioteques-ciutat.cat`)}

The events page is translated with DeepL on build. Can you write the Netlify build plugin that purges the Cloudflare cache afterwards?`),

  rec('curl', f`The patron SSO sync stopped creating new users after Okta changed something:

${amb('source_code.snippet', f`curl -s -X POST "https://citylibrary.okta.com/api/v1/users?activate=true" \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  -H "Content-Type: application/json" \\
  -d @patron.json`)}

Response: E0000001 "Api validation failed: login". What's wrong with the login format?`),

  rec('chat', f`Archives team: our digitisation pipeline in Azure DevOps pushes to GitHub for the public transcriptions site. I put the Azure DevOps PAT ${v('credential.azure_devops_pat', ADO_PAT)} and a GitHub token ${v('credential.github_pat', GHP)} in pipeline variables but didn't tick "keep this value secret". Are they now visible in the logs?`),

  rec('shell', f`Vault login on the library's admin box — the token works in the terminal but the backup job says "permission denied":

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.citylib.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/backup/archivesspace
====== Secret Path ======
secret/data/backup/archivesspace`)}`),
];

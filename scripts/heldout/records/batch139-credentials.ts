/**
 * Held-out batch 139: credentials pasted by a ski resort's lift / ski-school / pass desk, a forensic
 * accounting boutique, a dialysis network's nurses, a container line's booking and DG desk, a
 * library consortium's IT and a honey export cooperative. Chats, configs, shells, code, in many
 * languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b139-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b139-awssec', B64, 40);
const GHP = gh('ghp', 'Tq7Lm2Xv9Rk4Bw1Nc8Hs5Pd3Jf6Gz0');
const GH_FG = tok('github_pat_', '11B7QX4LA0', fill('b139-ghfg1', B62, 12), '_', fill('b139-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b139-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2846193057', '1-', '6038472915374-', fill('b139-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KX8RM2', '/', 'B07', fill('b139-slhk1', UPPER + DIGITS, 8), '/', fill('b139-slhk2', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b139-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b139-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b139-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b139-oai1', B64URL, 74), 'T3BlbkFJ', fill('b139-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b139-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b139-gapi', B64URL, 33));
const AZ_STORAGE = tok(fill('b139-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b139-azcs1', B62, 3), '8Q~', fill('b139-azcs2', B62 + '_-.', 31));
const TW_SID = tok('AC', fill('b139-twsid', HEX, 32));
const TW_AUTH = fill('b139-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b139-sg1', B64URL, 22), '.', fill('b139-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b139-mg', HEX, 32));
const TELEGRAM = tok('7184932056', ':AA', fill('b139-tg', B64URL, 33));
const TEAMS_HOOK = tok('https://omclshipping.webhook.office.com/webhookb2/', '7c21e9a4-3f58-4d0b-8e17-b62a9f4c1d35@0e4b7a92-15c6-4f3d-a8e0-93d2c6b17f48/IncomingWebhook/', fill('b139-teams1', HEX, 32), '/', 'b84d2e19-6a73-4c05-9f2e-1d7a35c08e96/', 'V2', fill('b139-teams2', B64URL, 43));
const NPM = gh('npm', 'Kd4Wn8Rx2Ty6Mb1Vq9Lc3Hz7Pj5Sf0');
const VAULT = tok('hvs.', 'CAESI', fill('b139-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b139-dapi', HEX, 32));
const CF_TOKEN = fill('b139-cftok', B64URL, 40);
const SHPAT = tok('shpat_', fill('b139-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b139-pm1', HEX, 24), '-', fill('b139-pm2', HEX, 34));
const DCKR = tok('dckr_', 'pat_', fill('b139-dckr', B64URL, 27));
const DD_API = fill('b139-ddapi', HEX, 32);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b139-atl', B64URL, 171), '=', fill('b139-atl2', HEX.toUpperCase(), 8));
const JWT_ILS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ils-2024' }, { sub: 'svc-selfcheck', iss: 'https://auth.tvlc.org', aud: 'sierra-api', scope: 'patrons:read circ:write', iat: 1733304000, exp: 1764840000 }, 'b139-jwtils');
const JWT_LIFT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'gate-ctrl-07', site: 'piz-arvet', role: 'turnstile', iat: 1734512400 }, 'b139-jwtlift');
const BEARER = fill('b139-bearer', B62 + '-._~', 56);
const RSA = pem('RSA PRIVATE KEY', 'b139-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b139-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PEM = pem('PRIVATE KEY', 'b139-gcp', 1216, '\\n');
const PPK_PUB = fill('b139-ppkpub', B64, 68);
const PPK_PRIV = fill('b139-ppkpriv', B64, 44);
const PPK_MAC = fill('b139-ppkmac', HEX, 64);
const PPK = `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: edi-sftp@omcl
Public-Lines: 2
${PPK_PUB.slice(0, 64)}
${PPK_PUB.slice(64)}
Private-Lines: 1
${PPK_PRIV}
Private-MAC: ${PPK_MAC}`;
const BASIC = b64('koha_sip:Bibl10-Sip2!Vaxjo');
const PASS_B64 = b64('Hon1g-Export#2024');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH139_CREDENTIALS: DraftRecord[] = [
  // --- ski resort: lifts, ski school, pass desk ---
  rec('env_file', f`Kannst du mir sagen, warum der Webshop für die Saisonkarten seit heute 500er wirft? Hier die .env vom Server:

${cfg(f`# /srv/ticketshop/.env
APP_ENV=production
APP_URL=https://tickets.pizarvet.ch
DB_HOST=db-ticket.internal
DB_USER=shop
DB_PASSWORD=${v('credential.password_assignment', 'Gondel!Arvet_2024')}
STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
MAIL_FROM=${v('pii.email', 'saisonkarten@pizarvet.ch')}`)}

Log sagt nur "SQLSTATE[HY000] [1045] Access denied".`),

  rec('chat_de_ch', f`Hoi zäme, chan mer öpper sägä wie ich s Passwort vom Drehkreuz-Controller a dr Talstation zruggsetze? Ds alte isch ${v('credential.password_in_prose', 'Talstation#88')} gsi, aber das gaht nümm sit em Firmware-Update.`),

  rec('chat_fr_ch', f`Le terminal de la caisse au départ du télésiège ne se connecte plus. L'identifiant c'est caisse03 et le mot de passe ${v('credential.password_in_prose', 'Sorbier-Caisse3')}, j'ai essayé trois fois. Tu peux m'écrire un message pour le support Skidata en allemand ?`),

  rec('yaml', f`Lift telemetry collector, ti prego controlla la config, i dati dei tornelli non arrivano su Grafana:

${cfg(f`collector:
  site: piz-arvet
  gates:
    - name: gate-ctrl-07
      url: https://${amb('pii.ip_address', '10.40.7.21')}:8443/api/v2
      token: ${v('credential.jwt', JWT_LIFT)}
  output:
    datadog:
      api_key: ${v('credential.datadog_api_key', DD_API)}
      site: datadoghq.eu`)}`),

  rec('chat_es_ar', f`Che, para la app de reservas de la escuela de esquí el bot de Telegram dejó de mandar avisos a los instructores. Token: ${v('credential.telegram_bot_token', TELEGRAM)} — ¿lo tengo que regenerar con BotFather o es otra cosa?`),

  rec('shell', f`$ ssh liftops@${amb('pii.ip_address', '10.40.2.15')}
liftops@${amb('pii.ip_address', '10.40.2.15')}'s password:
Permission denied, please try again.

We changed it yesterday to ${v('credential.password_in_prose', 'Sessel-Lift_2025')} — is the user locked? How do I check faillock on Debian 12?`),

  rec('code_python', f`Script to push snow report to Twilio SMS subscribers, it gives 20003 auth error:

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def send_report(numbers, text):
    for n in numbers:
        client.messages.create(to=n, from_="${phone('+41798070112')}", body=text)`)}
\`\`\``),

  // --- forensic accounting ---
  rec('chat', f`For the Meridian matter I need to pull the ledger extracts from the client's Databricks workspace. They gave us a token: ${v('credential.databricks_token', DATABRICKS)} — write me a Python snippet that lists all tables in the finance schema.`),

  rec('ini', f`Our e-discovery export tool can't reach the SQL server, connection fails at login:

${cfg(f`[source]
driver = ODBC Driver 18 for SQL Server
server = tcp:${amb('pii.ip_address', '172.20.14.9')},1433
database = GL_Archive_2019_2023
uid = hc_forensic_ro
pwd = ${v('credential.password_assignment', 'Ledger$Trace-419')}
encrypt = yes
trust_server_certificate = yes`)}`),

  rec('chat_de', f`Mandat Vogelsang: Der Mandant hat uns Zugang zum DATEV-Export über einen SFTP gegeben. Benutzer hcf_extern, Passwort ${v('credential.password_in_prose', 'Vogel-Sang_77!')}. Wie richte ich das in WinSCP so ein, dass nichts lokal zwischengespeichert wird?`),

  rec('connection_string', f`Azure Function that ingests bank statements for the fraud review keeps failing with 403:

${cfg(f`"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=hcforensicstmts;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"`)}

the container is "statements-raw". Firewall or key?`),

  rec('json_config', f`${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "2b8e4f17-93a6-4c05-b1d2-7e9f3a60c482",
    "ClientId": "9d3c1a57-4e28-4f6b-a0d9-58e2b71c3f06",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "CaseVault": { "BaseUrl": "https://casevault.halvorsencrane.com" }
}`)}
appsettings.json of our case-management API. Hoe kan ik die ClientSecret naar Key Vault verplaatsen zonder de deployment te breken? (sorry, half Nederlands)`),

  rec('chat_ja', f`監査チームの共有アカウントのパスワードを変更しました。新しいパスワードは ${v('credential.password_in_prose', 'Kansa-2025#Tokyo')} です。この内容をチーム向けの英語のSlackメッセージにしてください。`),

  rec('curl', f`curl -s -u ${v('pii.email', 'r.whitmore@halvorsencrane.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://halvorsencrane.atlassian.net/rest/api/3/search?jql=project=FRAUD+AND+labels=meridian"

returns 0 issues but I can see 47 in the browser. Is it the label syntax?`),

  rec('chat_ar', f`مرحبا، أحتاج إلى مساعدة في كتابة بريد إلكتروني للعميل. اسم المستخدم لبوابة المستندات هو audit.dubai وكلمة المرور ${v('credential.password_in_prose', 'Dxb!Audit2025')} — لكن لا يجب أن نرسلها بالبريد، صحيح؟ ما هي الطريقة الآمنة؟`),

  rec('code_vba', f`Excel macro to pull FX rates for the reconciliation, it stopped working:

${code(f`Sub GetRates()
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "GET", "https://openexchangerates.org/api/latest.json?app_id=${v('credential.generic_secret_assignment', fill('b139-oxr', HEX, 32))}", False
    http.send
    Sheets("FX").Range("A1").Value = http.responseText
End Sub`)}`),

  rec('chat_he', f`היי, תוכל לעזור לי לנסח הודעה לצוות? הסיסמה החדשה לתיקייה המשותפת של תיק "ברקת" היא ${v('credential.password_in_prose', 'Bareket#Fraud24')} ואני רוצה להזכיר להם לא לשמור אותה בדפדפן.`),

  // --- dialysis nursing ---
  rec('chat_de', f`Hallo, ich bin Pflegekraft im Dialysezentrum Nord. Die Dialysemaschine an Platz 6 fragt nach dem Servicepasswort, laut Zettel im Schrank ist es ${v('credential.password_in_prose', 'Nephro-6-Service')}. Darf ich das überhaupt benutzen oder muss die Technik kommen?`),

  rec('env_file', f`${cfg(f`# reminders-service/.env
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
REMINDER_FROM=${v('pii.email', 'termine@nefrolink.net')}
SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', tok('AC', fill('b139-twsid2', HEX, 32)))}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', fill('b139-twauth2', HEX, 32))}
DATABASE_URL=postgres://reminders:${v('credential.database_url_password', 'Kt-V_1.2shift')}@pg-reminders:5432/appointments`)}

Patienten bekommen die Terminerinnerungen doppelt. Liegt das an der Konfiguration?`),

  rec('chat_hi', f`नमस्ते, मैं डायलिसिस यूनिट की नर्स हूँ। नई शिफ्ट रोस्टर ऐप में लॉगिन नहीं हो रहा। यूज़र: sunita.n पासवर्ड: ${v('credential.password_in_prose', 'Sunita@Dialysis9')} — IT को अंग्रेज़ी में शिकायत लिख दो please.`),

  rec('code_csharp', f`${code(f`// Nefrolink.LabSync — pulls lab results (K+, Hb, Kt/V) into the nursing dashboard
var http = new HttpClient { BaseAddress = new Uri("https://lab-gw.nefrolink.net/") };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${v('credential.bearer_token', BEARER)}");
var res = await http.GetAsync($"v1/results?unit=DZ-NORD&since={DateTime.UtcNow.AddHours(-24):O}");
res.EnsureSuccessStatusCode();`)}

Why does this return 401 only on the night shift PCs?`),

  // --- container shipping ---
  rec('chat_zh', f`订舱系统连不上 INTTRA 的接口了。账号 omcl_sha_booking，密码 ${v('credential.password_in_prose', 'Sha#Booking2025')}。请帮我写一封英文邮件给他们的技术支持。`),

  rec('aws_credentials', f`Booking-export Lambda can't write to S3 since the key rotation. ~/.aws/credentials on the build box:

${cfg(f`[omcl-bookings]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-southeast-1`)}`),

  rec('chat_ko', f`DG 신고 포털 계정 정보 공유드립니다. ID: busan_dg01 / PW: ${v('credential.user_password_pair', 'DgBusan#0712')} — 이거 팀 공유 문서에 적어도 되나요? 보안팀에 물어보는 메일을 영어로 써 주세요.`),

  rec('putty', f`WinSCP refuses this key for the EDI SFTP with the customs broker, says "unable to use key file":

${v('credential.putty_private_key', PPK)}

Do I need to convert it to OpenSSH format first?`),

  rec('chat_vi', f`Anh ơi, em ở bộ phận booking Hải Phòng. Mật khẩu tài khoản portal của hãng là ${v('credential.password_in_prose', 'HaiPhong@2025bk')} nhưng bị khoá rồi. Anh viết giúp em email tiếng Anh gửi cho IT Singapore nhé.`),

  rec('teams', f`PowerShell alert for reefer temperature excursions, posts to Teams but we want to add the DG desk channel too:

${cfg(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$msg = @{ text = "REEFER ALARM: container OMCU7284015 set -18C actual -9C" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -Body $msg -ContentType 'application/json'`)}`),

  rec('code_ts', f`${code(f`// dg-checker: validates IMDG declarations before they go to the terminal
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: '${v('credential.openai_api_key', OPENAI)}' });

export async function classify(text: string) {
  const r = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: 'Extract UN number, class, packing group.' }, { role: 'user', content: text }],
  });
  return r.choices[0]?.message.content;
}`)}

the UN numbers it extracts are sometimes wrong, e.g. UN1263 becomes UN1236. prompt ideas?`),

  rec('chat_tr', f`Merhaba, Mersin acentesinin booking portalına giremiyorum. Kullanıcı adı mersin.bkg, şifre ${v('credential.password_in_prose', 'Mersin_Liman42')}. IT'ye İngilizce bir e-posta yazar mısın?`),

  rec('ssh_key', f`New laptop, I need the deploy key for the tracking-API repo on it. This is the one from the old machine (~/.ssh/id_ed25519):

${v('credential.openssh_private_key', OSSH)}

how do I set permissions so ssh doesn't complain?`),

  rec('chat_el', f`Καλημέρα, στο γραφείο του Πειραιά ο κωδικός για το email του booking desk είναι ${v('credential.password_in_prose', 'Peiraias!2025')}. Μπορείς να μου γράψεις οδηγίες στα αγγλικά για να τον αλλάξω στο Outlook του κινητού;`),

  // --- library consortium ---
  rec('chat_en_us', f`Our SIP2 self-check kiosks at the Westbrook branch show "login failed". In the kiosk config the SIP login is koha_sip and password ${v('credential.password_in_prose', 'Bibl10-Sip2!Vaxjo')}. Is there a way to test SIP2 from a laptop?`),

  rec('http', f`Self-check app requests to the ILS API get 401, here's a captured request:

${cfg(f`GET /iii/sierra-api/v6/patrons/find?barcode=21982004718362 HTTP/1.1
Host: ils.tvlc.org
Authorization: Bearer ${v('credential.jwt', JWT_ILS)}
Accept: application/json`)}

token exp is 2025-12, so what else?`),

  rec('http_fr_ca', f`Le proxy EZproxy du réseau refuse nos requêtes depuis la nouvelle borne. Voilà l'en-tête qu'on envoie :

${cfg(f`POST /login HTTP/1.1
Host: ezproxy.biblio-reseau.qc.ca
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/x-www-form-urlencoded`)}

Est-ce que c'est correct pour EZproxy ou faut-il un formulaire ?`),

  rec('code_perl', f`Koha cron job that emails overdue notices — Perl, I didn't write it:

${code(f`use Mail::Sendmail;
use DBI;
my $dbh = DBI->connect("DBI:mysql:database=koha_tvlc;host=${amb('pii.ip_address', '192.168.30.12')}", "koha_admin", "${v('credential.password_assignment', 'Koha#Overdue19')}");
my $sth = $dbh->prepare("SELECT borrowernumber, email FROM borrowers WHERE debarred IS NULL");
$sth->execute();`)}

how do I move the DB password out of the script?`),

  rec('chat_sv', f`Hej! Vi har bytt lösenord till bibliotekets adminkonto i Libris. Nytt lösenord: ${v('credential.password_in_prose', 'Bokbuss-2025!')} — kan du formulera ett kort mejl till filialerna om att de måste logga in på nytt?`),

  rec('github_actions', f`${cfg(f`name: opac-theme-deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: |
          echo "//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}" > ~/.npmrc
          npm publish --access public`)}

Para qué sirve el .npmrc aquí si ya usamos GitHub Packages? (soy nueva en el equipo de la red de bibliotecas, México)`),

  rec('cisco', f`Branch router at the Lindenhof library stopped passing traffic after I pasted this, what did I break?

${cfg(f`hostname LIB-LINDENHOF-RTR
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b139-c9salt', B62, 14), '$', fill('b139-c9hash', B62 + './', 43)))}
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Lindenh0f!Rtr')}
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.88.14.1')} 255.255.255.0
 ip nat inside`)}`),

  // --- honey cooperative ---
  rec('chat_pt_br', f`Oi! O site da cooperativa (loja de mel) parou de receber pagamento. O Shopify pediu o token de acesso do app, é esse aqui: ${v('credential.shopify_access_token', SHPAT)}. Pode me explicar em português como eu gero um novo?`),

  rec('chat_am', f`ሰላም፣ የማር ህብረት ሥራ ማህበሩ ኢሜይል የይለፍ ቃል ${v('credential.password_in_prose', 'Tigray-Mar2025')} ነው። ለአባላት በእንግሊዝኛ አጭር መልእክት ጻፍልኝ፤ የይለፍ ቃሉን ግን አታካትት።`),

  rec('chat_ka', f`გამარჯობა! ჩვენი თაფლის კოოპერატივის ბუღალტრულ პროგრამაში შესვლა ვერ ხერხდება. მომხმარებელი: kakheti_honey, პაროლი: ${v('credential.user_password_pair', 'Kakheti#Tapli7')}. რა შეიძლება იყოს პრობლემა?`),

  rec('chat_hy', f`Բարև, մեղրի կոոպերատիվի կայքի ադմին էջի գաղտնաբառն է ${v('credential.password_in_prose', 'Meghr!Syunik25')}։ Ինչպե՞ս ավելացնեմ երկրորդ օգտատեր, որ գաղտնաբառը չկիսեմ։`),

  rec('code_python', f`Export shipment tracker — Google Sheets + Maps, works on my laptop but not on the coop server:

${code(f`import gspread, googlemaps

gmaps = googlemaps.Client(key="${v('credential.google_api_key', GOOGLE)}")
sh = gspread.service_account(filename="coop-sa.json").open("Exportações 2025")
for row in sh.sheet1.get_all_records():
    d = gmaps.distance_matrix(row["Apiário"], "Porto de Itajaí")
    print(row["Lote"], d["rows"][0]["elements"][0]["distance"]["text"])`)}`),

  rec('gcp_sa', f`É esse o arquivo coop-sa.json que o script usa, precisa de alguma permissão a mais no Drive?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "apis-aurea-export",
  "private_key_id": "${fill('b139-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'sheets-sync@apis-aurea-export.iam.gserviceaccount.com')}",
  "client_id": "108273946150283746192",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'sheets-sync%40apis-aurea-export.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_es_mx', f`Hola, el contador de la cooperativa apícola de Yucatán nos pasó el acceso al portal del SAT: usuario COOPMIEL y contraseña ${v('credential.password_in_prose', 'Melipona#2025')}. ¿Me ayudas a redactar un correo pidiéndole que mejor lo cambie y nos dé acceso propio?`),

  rec('stripe', f`${cfg(f`# honey-shop/config/payments.toml
[stripe]
mode = "live"
restricted_key = "${v('credential.stripe_restricted_key', STRIPE_RK)}"
currency = "eur"
statement_descriptor = "APIS AUREA HONEY"`)}

We want the restricted key to only create refunds. Which permissions do I tick?`),

  // --- mixed cross-org ops ---
  rec('chat', f`ops channel: bot token for the incident notifier is ${v('credential.slack_bot_token', SLACK_BOT)} and it posts to the webhook ${v('credential.slack_webhook_url', SLACK_HOOK)} — can you write a short README section that explains which one is used for what (without pasting them)?`),

  rec('shell', f`$ export VAULT_ADDR=https://vault.omcl-shipping.com
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/dg-desk/edi
Error reading secret/data/dg-desk/edi: permission denied

Pourquoi ? j'ai bien le rôle dg-desk-reader.`),

  rec('chat_pl', f`Cześć, mam w projekcie GitLab tokena ${v('credential.gitlab_pat', GLPAT)} do pobierania raportów z systemu karnetów. Jak ustawić, żeby wygasał po 30 dniach?`),

  rec('chat', f`GitHub wants me to replace the classic PAT ${v('credential.github_pat', GHP)} in the library discovery-layer repo with a fine-grained one. I created ${v('credential.github_fine_grained_pat', GH_FG)} — which repository permissions does a release workflow need?`),

  rec('postman', f`Postman collection for the booking API won't sync in the team workspace. I'm using the API key ${v('credential.postman_api_key', POSTMAN)} in the CLI: postman collection run … Is the key personal or team-scoped?`),

  rec('chat_hu', f`Szia! A Cloudflare API token a könyvtári katalógus DNS-éhez: ${v('credential.cloudflare_api_token', CF_TOKEN)}. Hogyan tudom úgy beállítani, hogy csak a tvlc.org zónát érje el?`),

  rec('chat_bn', f`হ্যালো, আমাদের ডায়ালাইসিস সেন্টারের রিপোর্ট বানানোর জন্য Anthropic API key ব্যবহার করি: ${v('credential.anthropic_api_key', ANTHROPIC)} — এটা কি রোগীর ডেটার সাথে ব্যবহার করা নিরাপদ? ইংরেজিতে একটা নোট লিখে দাও।`),

  rec('docker', f`${cfg(f`$ echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u omclbuild --password-stdin
$ docker push omclbuild/vgm-gateway:3.2.1
denied: requested access to the resource is denied`)}
The PAT is Read & Write. Zašto ne radi? (Hrvatski ured, Rijeka)`),

  rec('chat_sr', f`Здраво, Mailgun кључ за обавештења о закаснелим књигама је ${v('credential.mailgun_api_key', MAILGUN)}. Да ли треба да пређемо на нови формат кључа?`),

  rec('mysql', f`${cfg(f`$ mysql -h ${amb('pii.ip_address', '10.12.0.44')} -u dialysis_ro -p${v('credential.mysql_cli_password', 'KtV-ro-2024')} nefro_qs -e "SELECT COUNT(*) FROM sessions WHERE date >= CURDATE() - INTERVAL 7 DAY"`)}
Zwraca 0, ale w systemie widzę sesje. Czy to kwestia strefy czasowej?`),

  rec('rsa_key', f`Our customs broker sent us this key for the AS2 connection. Can you tell me what type it is and how to import it into the Mendelson AS2 keystore?

${v('credential.private_key', RSA)}`),

  rec('chat_fa', f`سلام، رمز عبور حساب مدیر سامانهٔ کتابخانه ${v('credential.password_in_prose', 'Ketab!Shiraz24')} است. می‌خواهم یک ایمیل انگلیسی به پشتیبانی بنویسم که احراز هویت دومرحله‌ای را فعال کنند.`),

  rec('base64', f`Found this in an old Ansible vars file of the coop export server, is it encoded or encrypted? export_smtp_pass: ${v('credential.base64_encoded_token', PASS_B64)}`, 'base64 of a password under a password key'),
];

/**
 * Held-out batch 140: credentials pasted by an esports team's management, a flood-defence and
 * dredging contractor, an optician chain's lens lab, an embassy's consular section, a mobile-game
 * studio's live-ops team and a rural electricity co-operative. Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord, type Frag } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (b: Frag) => v('source_code.snippet', b);
const cfg = (b: Frag) => amb('source_code.snippet', b);
const ip = (s: string) => amb('pii.ip_address', s);

const DISCORD_BOT = tok(b64('1204418837265940512').replace(/=+$/, ''), '.', fill('b140-disc1', B64URL, 6), '.', fill('b140-disc2', B64URL, 38));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '12297', fill('b140-dh1', DIGITS, 14), '/', fill('b140-dh2', B64URL, 68));
const TWITCH_SECRET = fill('b140-twitch', LOWER + DIGITS, 30);
const RIOT = tok('RGAPI-', fill('b140-riot1', HEX, 8), '-', fill('b140-riot2', HEX, 4), '-4', fill('b140-riot3', HEX, 3), '-a', fill('b140-riot4', HEX, 3), '-', fill('b140-riot5', HEX, 12));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b140-sklive', B62, 97));
const SLACK_BOT = tok('xoxb-', '7290418263', '5-', '7301928374650-', fill('b140-xoxb', B62, 24));
const SA_PEM = pem('PRIVATE KEY', 'b140-sa1', 1216, '\\n');
const SA_PEM2 = pem('PRIVATE KEY', 'b140-sa2', 1216, '\\n');
const TELEGRAM = tok('7318', fill('b140-tg1', DIGITS, 6), ':AA', fill('b140-tg2', B64URL, 33));
const MODBUS_PW = 'Sluis#Kade2023!';
const CISCO7 = '094F471A1A0A464058';
const SNMP = 'Bagg3r-Nav1gat0r';
const AWS_ID = tok('AKIA', fill('b140-akia', B32.replace(/[0-9]/g, '') + '234567', 16));
const AWS_SECRET = fill('b140-awssec', B64, 40);
const AZ_STORAGE = tok(fill('b140-azst', B64, 86), '==');
const PG_PW = 'Nao-vet#2024';
const MYSQL_PW = 'Dredge!Hooghly77';
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b140-ssh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const GLSA = tok('glsa_', fill('b140-glsa1', B62, 32), '_', fill('b140-glsa2', HEX, 8));
const LMS_BEARER = fill('b140-lms', B62 + '-._~', 48);
const SENDGRID = tok('SG.', fill('b140-sg1', B64URL, 22), '.', fill('b140-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b140-twsid', HEX, 32));
const TW_AUTH = fill('b140-twauth', HEX, 32);
const EDGER_PW = 'Lens2024edg';
const LAB_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lab-2024-10' }, { sub: 'store-0417', role: 'lab_order_writer', iss: 'https://auth.klarblick-optik.at', iat: 1730812200, exp: 1730898600 }, 'b140-labjwt');
const MAILCHIMP = tok(fill('b140-mc', HEX, 32), '-us14');
const SHOPIFY = tok('shpat_', fill('b140-shpat', HEX, 32));
const VAULT = tok('hvs.', 'CAESI', fill('b140-hvs', B64URL, 86));
const VISA_PW_AR = 'Qnsl@2024#Rb';
const PORTAL_PW_HE = 'Konsul!ya7718';
const OKTA = tok('00', fill('b140-okta', B64URL, 40));
const TLS_KEY = pem('RSA PRIVATE KEY', 'b140-tls', 1190);
const AZ_CLIENT = tok(fill('b140-azcs1', B62, 3), '8Q~', fill('b140-azcs2', B62 + '_.-', 34));
const BASIC_GR = b64('visa-sync:Pr0xenio!Ath25');
const FCM = tok('AAAA', fill('b140-fcm1', B64URL, 7), ':APA91b', fill('b140-fcm2', B64URL, 134));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b140-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b140-whsec', B62, 32));
const GHP = gh('ghp', fill('b140-ghp', B62, 30));
const NPM = gh('npm', fill('b140-npm', B62, 30));
const SENTRY_DSN = tok('https://', fill('b140-sdsn', HEX, 32), '@o45061', fill('b140-sorg', DIGITS, 8), '.ingest.de.sentry.io/45072', fill('b140-sproj', DIGITS, 11));
const DD_API = fill('b140-ddapi', HEX, 32);
const DD_APP = fill('b140-ddapp', HEX, 40);
const OPENAI = tok('sk-proj-', fill('b140-oai1', B64URL, 74), 'T3BlbkFJ', fill('b140-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b140-ant', B64URL, 93), 'AA');
const P8 = pem('PRIVATE KEY', 'b140-p8', 138, '\n', 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg');
const SQL_PW = 'Kw#h-Billing-2024';
const SFTP_PW = 'medidor$Lluvia9';
const GLPAT = tok('glpat-', fill('b140-glpat', B62 + '-_', 20));
const TW_SID2 = tok('AC', fill('b140-twsid2', HEX, 32));
const TW_AUTH2 = fill('b140-twauth2', HEX, 32);
const NENOSIRI = 'Umeme@Shamba21';
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'coop-outages', a: fill('b140-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b140-mbx', B64URL, 22));
const CF_TOKEN = fill('b140-cftok', B64URL, 40);
const DOCKER_AUTH = b64('elektriliin-ci:Voolu2024!mast');
const AMHARIC_PW = 'Addis#Visa2016';
const HF = tok('hf_', fill('b140-hf', UPPER + LOWER, 34));
const SUPABASE = tok('sbp_', fill('b140-sbp', HEX, 40));
const VERCEL = fill('b140-vercel', B62, 24);
const TEAMS_HOOK = tok('https://baggerbau.webhook.office.com/webhookb2/', '6a1f93c2-04d8-4b7e-9c15-2e8f70a4d3b6@1c7e5b90-3f42-4a8d-b6e1-9d02c47f8a35/IncomingWebhook/', fill('b140-teams1', HEX, 32), '/', '8b3d6e21-5f07-4c9a-a2d8-4e61f0b9c735/', 'V2', fill('b140-teams2', B64URL, 43));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b140-atl', B64URL, 171), '=', fill('b140-atl2', HEX.toUpperCase(), 8));
const FB = tok('EAA', 'Jw7ZC', fill('b140-fb', B62, 150));
const FINE_PAT = tok('github_pat_', '11B', fill('b140-fpat1', UPPER + DIGITS, 19), '_', fill('b140-fpat2', B62, 59));
const PUTTY_PUB = fill('b140-ppkpub', B64, 68);
const PUTTY_PRIV = fill('b140-ppkpriv', B64, 44);
const PUTTY_MAC = fill('b140-ppkmac', HEX, 64);
const PUTTY = `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: linuvakt@rarik
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${PUTTY_PUB.slice(0, 39)}
${PUTTY_PUB.slice(39)}
Private-Lines: 1
AAAAI${PUTTY_PRIV}
Private-MAC: ${PUTTY_MAC}`;
const GROQ = tok('gsk_', fill('b140-groq', B62, 52));
const DO_TOKEN = tok('dop_v1_', fill('b140-dop', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b140-pmak1', HEX, 24), '-', fill('b140-pmak2', HEX, 34));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b140-shk1', UPPER + DIGITS, 9), '/B0', fill('b140-shk2', UPPER + DIGITS, 9), '/', fill('b140-shk3', B62, 24));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b140-aiza', B64URL, 33));
const DATABRICKS = tok('dapi', fill('b140-dapi', HEX, 32));
const LINEAR = tok('lin_api_', fill('b140-linear', B62, 40));
const MAILGUN = tok('key-', fill('b140-mailgun', HEX, 32));
const COOP_PROSE_PW = 'Pole-Line-47!';
const ESPORTS_PW = 'Nordlys!Scrim88';
const BOOTCAMP_WIFI_PW = 'Gaming-House-2025';

export const BATCH140_CREDENTIALS: DraftRecord[] = [
  // ——— esports team ———
  rec('code_python', f`Bot drużyny rozłącza się zaraz po starcie (kod 4014). Co jest nie tak?

\`\`\`python
${code(f`import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

@bot.command()
async def scrim(ctx, rywal: str):
    await ctx.send(f"Scrim vs {rywal} dziś 19:00, lobby w kanale #cs2-scrimy")

bot.run("${v('credential.discord_bot_token', DISCORD_BOT)}")`)}
\`\`\``),

  rec('env_file', f`Galera, o overlay da live parou de puxar os dados da Twitch depois que trocamos de conta. O .env do servidor tá assim:

${cfg(f`TWITCH_CLIENT_ID=q7k2v9m4x1z8w3r6t0y5u2p8s4n1b7
TWITCH_CLIENT_SECRET=${v('credential.generic_secret_assignment', TWITCH_SECRET)}
DISCORD_WEBHOOK_CLIPS=${v('credential.discord_webhook_url', DISCORD_HOOK)}
OVERLAY_PORT=8080`)}

O client id tá certo, já conferi no console de dev. Será que o secret expirou?`),

  rec('json_config', f`스크림 통계 수집기가 갑자기 403을 뱉어요. 개발용 키가 24시간마다 만료되는 거 맞죠?

${cfg(f`{
  "region": "kr",
  "riotApiKey": "${v('credential.generic_secret_assignment', RIOT)}",
  "players": ["Haneul#KR1", "Ddalgi#0417", "Moro#KR2"],
  "pollSeconds": 120
}`)}

프로덕션 키 신청하려면 뭐가 필요한지 알려주세요.`),

  rec('chat_da', f`Vores merch-shop bruger stadig den gamle Stripe-nøgle: ${v('credential.stripe_secret_key', STRIPE_LIVE)} — kan du skrive en kort guide til, hvordan jeg ruller den og opdaterer den i Vercel uden nedetid? Vi har drop af nye trøjer fredag kl. 18.`),

  rec('chat', f`our tournament bot posts match results into #results but since monday it says not_in_channel. token is ${v('credential.slack_bot_token', SLACK_BOT)} and I did /invite it. Any idea what scope we're missing?`),

  rec('json_config', f`Necesito que la hoja de contratos de jugadores se actualice sola desde un script. Me pasaron esta llave de la cuenta de servicio, ¿cómo la uso con gspread?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "aztecas-esports-ops",
  "private_key_id": "${fill('b140-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'sheets-sync@aztecas-esports-ops.iam.gserviceaccount.com')}",
  "client_id": "104837261950384716253",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'sheets-sync%40aztecas-esports-ops.iam.gserviceaccount.com')}"
}`))}

La hoja se llama "Contratos 2025 - Roster Valorant".`),

  rec('chat_ru', f`Бот для фанатов в телеге перестал отвечать после переезда на новый VPS. Токен от BotFather: ${v('credential.telegram_bot_token', TELEGRAM)}. Вебхук ставил через setWebhook, ответ ok:true. Куда копать?`),

  rec('chat_gsw', f`Hoi zäme, für d'Scrims am Wuchenend: de Login vom Team-Account isch "nordlys_staff", s Passwort isch ${v('credential.password_in_prose', ESPORTS_PW)}. Chasch mer en churze Text schriibe, wo ich das im Discord a d'Spieler schicke cha, aber so, dass sie's nöd witergäbed?`),

  rec('chat_ms', f`Boleh tolong semak kenapa model shoutcaster AI kami tak boleh load? Saya guna token Hugging Face ni: ${v('credential.huggingface_token', HF)} dalam notebook Colab, tapi keluar "401 Client Error". Repo tu private.`),

  rec('shell', f`Prebacio sam repo s highlightima na novu organizaciju, ali push ne prolazi:

${cfg(f`$ git remote set-url origin https://${v('credential.github_fine_grained_pat', FINE_PAT)}@github.com/kuna-esports/highlights.git
$ git push origin main
remote: Permission to kuna-esports/highlights.git denied.`)}

Token ima "Contents: read and write". Što još treba?`),

  rec('chat_ar_eg', f`يا جماعة الـ bootcamp الجاي في القاهرة، الواي فاي بتاع الـ gaming house اسمه "KV-Bootcamp" والباسورد ${v('credential.password_in_prose', BOOTCAMP_WIFI_PW)}. اكتبلي رسالة ترحيب للاعيبة فيها المواعيد وقواعد البيت.`),

  // ——— flood defence / dredging ———
  rec('ini', f`Kun je deze gateway-config nakijken? De PLC van gemaal De Kade geeft sinds de update geen pompstanden meer door.

${cfg(f`; modbus-gw.ini — gemaal De Kade
[modbus]
host = ${ip('10.40.12.7')}
port = 502
unit_id = 3
poll_ms = 1000

[upstream]
broker = mqtts://scada.vandijck-waterbouw.local:8883
username = gw-dekade
password = ${v('credential.password_assignment', MODBUS_PW)}
topic = gemalen/dekade/pompen`)}`),

  rec('cisco', f`Den router op de sleephopperzuiger heeft na de reset geen verbinding meer met de wal. Ik heb de running-config, kan je zien wat er scheef zit?

${cfg(f`hostname RTR-ZUIGER-SCHELDE
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b140-c9salt', B62, 14), '$', fill('b140-c9hash', B62 + './', 43)))}
username brugwacht privilege 15 password 7 ${v('credential.network_device_secret', CISCO7)}
!
interface Cellular0/1/0
 ip address negotiated
!
interface GigabitEthernet0/0/1
 ip address ${ip('192.168.60.1')} 255.255.255.0
!
snmp-server community ${v('credential.network_device_secret', SNMP)} RO
ip route 0.0.0.0 0.0.0.0 Cellular0/1/0`)}`),

  rec('aws_credentials', f`Die Peilungsdaten vom Elbe-Projekt landen nicht mehr im S3-Bucket. Auf dem Messboot-Laptop steht in ~/.aws/credentials:

${cfg(f`[vermessung]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Fehler: "SignatureDoesNotMatch". Die Uhr auf dem Laptop geht allerdings 20 Minuten nach, kann das reichen?`),

  rec('chat', f`Bathymetry uploads from the survey launch keep timing out. Our uploader uses this connection string, is the endpoint right for UK South?

${cfg(f`DefaultEndpointsProtocol=https;AccountName=deltabathyuks;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Files are ~2 GB multibeam .all files, we're on 4G out in the estuary.`),

  rec('env_file', f`Em ơi, service đồng bộ dữ liệu nạo vét ở dự án Cần Giờ không kết nối được DB nữa. File .env trên server:

${cfg(f`APP_ENV=production
DATABASE_URL=postgresql://naovet_app:${v('credential.database_url_password', PG_PW)}@${ip('10.8.3.21')}:5432/khoiluong_naovet
TZ=Asia/Ho_Chi_Minh`)}

Lỗi là "password authentication failed for user naovet_app". Anh đã đổi mật khẩu hôm thứ Hai.`),

  rec('shell', f`হুগলি প্রকল্পের ড্রেজিং লগ এক্সপোর্ট করতে গিয়ে এই কমান্ড চালিয়েছি, কিন্তু warning দেখাচ্ছে:

${cfg(f`$ mysql -h ${ip('172.20.4.15')} -u dredge_report -p'${v('credential.mysql_cli_password', MYSQL_PW)}' dredge_logs -e "SELECT * FROM daily_volume WHERE site='HUGLI-2'" > volume.csv
mysql: [Warning] Using a password on the command line interface can be insecure.`)}

এটা কি কোনো সমস্যা? স্ক্রিপ্টে কিভাবে নিরাপদে রাখব?`),

  rec('chat_fi', f`Uusi läppäri ei pääse ruoppausaluksen mittaustietokoneelle. Kopioin avaimen vanhalta koneelta, tässä se on:

${v('credential.openssh_private_key', SSH_KEY)}

ssh sanoo "Load key: invalid format". Onko rivinvaihdoissa jotain vialla?`),

  rec('yaml', f`Kan du sjekke provisioning-fila for Grafana? Dashbordet for vannstandsmålerne på Lista får ikke lest datasource.

${cfg(f`apiVersion: 1
datasources:
  - name: vannstand-influx
    type: influxdb
    url: http://influx.flomvern.local:8086
    jsonData:
      dbVersion: Flux
      organization: flomvern
    secureJsonData:
      token: ${v('credential.grafana_service_account_token', GLSA)}`)}`),

  rec('powershell', f`Potrebujem, aby sa hlásenia o prekročení hladiny posielali aj do kanála v Teams. Funguje toto ešte?

${cfg(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$telo = @{ text = "Hladina Dunaj – Gabčíkovo: 5,82 m (limit 5,50 m)" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $telo`)}`),

  rec('chat', f`Quick one from site: the dyke monitoring dashboard needs a Postman collection for the piezometer API. Workspace key is ${v('credential.postman_api_key', POSTMAN)}. Can you write me the steps to export the collection to the new workspace?`),

  // ——— optician chain / lens lab ———
  rec('curl', f`Le LMS du labo de verres renvoie 401 depuis ce matin pour la commande du magasin de Lyon :

${cfg(f`curl -X POST https://lms.lunetterie-horizon.fr/api/v2/orders \\
  -H "Authorization: Bearer ${v('credential.bearer_token', LMS_BEARER)}" \\
  -H "Content-Type: application/json" \\
  -d '{"store":"LYO-03","job":"J-58214","lens":"progressif 1.67","od_sph":"-2.25","og_sph":"-2.00"}'`)}

Le jeton a été généré hier par le prestataire. Vous voyez une erreur ?`),

  rec('code_python', f`Il promemoria per gli appuntamenti dell'esame della vista non parte più. Codice:

${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def promemoria(email, nome, ora):
    msg = Mail(from_email="${v('pii.email', 'appuntamenti@otticavisus.it')}", to_emails=email,
               subject="Promemoria controllo della vista",
               html_content=f"Gentile {nome}, la aspettiamo domani alle {ora}.")
    return sg.send(msg)`)}

Errore: 403 "The from address does not match a verified Sender Identity".`),

  rec('env_file', f`Salut, les textos de rappel « vos lunettes sont prêtes » partent pu depuis qu'on a changé de forfait Twilio. Voici le .env de la succursale de Laval :

${cfg(f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${phone('+1 450 682-4517')}
MAGASIN=LAVAL-02`)}

Peux-tu me dire si c'est le numéro d'envoi qui est mal formaté?`),

  rec('chat_ja', f`玉型加工機（エッジャー）の管理画面にログインできなくなりました。メーカーから聞いていたのは ID: lab-admin / パスワード: ${v('credential.password_in_prose', EDGER_PW)} です。初期化する手順を日本語で教えてください。`),

  rec('log', f`Warum schlägt die Auftragsübergabe an das Glaslabor fehl? Auszug aus dem Filial-Log (Wien Mariahilf):

${cfg(f`2024-11-05 14:31:07 INFO  labbridge  POST /lab/orders store=0417
2024-11-05 14:31:07 DEBUG labbridge  Authorization: Bearer ${v('credential.jwt', LAB_JWT)}
2024-11-05 14:31:08 ERROR labbridge  401 token_expired (exp before now)`)}

Die Kassa-Uhr ist richtig eingestellt, glaub ich.`),

  rec('chat_sv', f`Kan du skriva ett Python-skript som hämtar alla kunder som inte bokat synundersökning på 24 månader ur vår Mailchimp-lista "Kunder Göteborg"? API-nyckeln är ${v('credential.mailchimp_api_key', MAILCHIMP)}.`),

  rec('chat_pt', f`Preciso de ajuda com a loja online de lentes de contacto. A app privada do Shopify tem este token de acesso: ${v('credential.shopify_access_token', SHOPIFY)}. Quero sincronizar o stock das lentes diárias com o armazém do Porto. Podes escrever o script em Node?`),

  rec('chat_sl', f`Ali lahko pogledaš, zakaj uvoz reklamacij iz Jire ne deluje? Uporabljam uporabnika ${v('pii.email', 'maja.kralj@optika-jasno.si')} in API žeton ${v('credential.atlassian_api_token', ATLASSIAN)}. Napaka je 401.`),

  // ——— embassy consular / visa ———
  rec('shell', f`The visa appointment service can't read its DB creds from Vault since the migration. What I ran on the jump host:

${cfg(f`$ export VAULT_ADDR=https://vault.consular.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/visa-appointments/db
Error making API request.
Code: 403. Errors: * permission denied`)}

Which policy do I need to ask the platform team for?`),

  rec('chat_ar', f`أرجو صياغة رسالة إلى قسم تقنية المعلومات: نظام مواعيد التأشيرات في القسم القنصلي لا يقبل الدخول منذ الصباح. اسم المستخدم visa.desk3 وكلمة المرور ${v('credential.password_in_prose', VISA_PW_AR)} ولم تتغير منذ أسبوعين.`),

  rec('chat_he', f`תעזור לי לנסח מייל לספק של מערכת הדרכונים? אחרי העדכון אי אפשר להתחבר לפורטל. פרטי הכניסה שלנו: משתמש consul_ta, סיסמה: ${v('credential.password_in_prose', PORTAL_PW_HE)}. צריך שיאפסו את הנעילה לפני יום ראשון.`),

  rec('curl', f`Le script de désactivation des comptes des agents locaux partis ne marche plus :

${cfg(f`curl -s -X POST \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://ambassade-fr.okta.com/api/v1/users/00u8kz3mfqT1vXa2p417/lifecycle/deactivate"`)}

Réponse : E0000006 « You do not have permission ». Le jeton a été créé par un admin en lecture seule ?`),

  rec('chat_ka', f`ვიზების ჩაწერის სისტემის სერვერზე TLS სერტიფიკატს ვცვლით. ძველი გასაღები ასეთია, შეგიძლია მითხრა RSA არის თუ EC და რა ზომის?

${v('credential.private_key', TLS_KEY)}`),

  rec('env_file', f`Ինձ օգնիր հասկանալ, թե ինչու հյուպատոսական բաժնի հերթերի հավելվածը չի կարողանում մուտք գործել Microsoft Graph: .env ֆայլը՝

${cfg(f`AZURE_TENANT_ID=7c2e9b14-3f8a-4d61-a0b5-e94d2c7f1a38
AZURE_CLIENT_ID=4b8d1e27-6c93-4f05-b8a2-1d7e3c90f654
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
GRAPH_SCOPE=https://graph.microsoft.com/.default`)}

Սխալը՝ AADSTS7000215: Invalid client secret provided.`),

  rec('http', f`Το σύστημα συγχρονισμού θεωρήσεων απορρίπτει κάθε αίτημα. Αυτό στέλνουμε:

${cfg(f`POST /api/v1/visa-applications/sync HTTP/1.1
Host: visa-hub.proxenio.local
Authorization: Basic ${v('credential.basic_auth_header', BASIC_GR)}
Content-Type: application/json

{"batch":"2024-11-18","count":37}`)}

Απάντηση 401. Τι μπορεί να φταίει;`),

  rec('chat_am', f`ለቆንስላ ክፍሉ አዲስ ሰራተኛ የቪዛ ስርዓቱን መግቢያ እንዴት እንደምልክ ልትረዳኝ ትችላለህ? የተጠቃሚ ስም: visa.clerk2 የይለፍ ቃል: ${v('credential.password_in_prose', AMHARIC_PW)} — በአማርኛ አጭር መልእክት ጻፍልኝ።`),

  // ——— mobile game studio live-ops / payments ———
  rec('code_kotlin', f`라이브 이벤트 푸시가 안드로이드에서만 안 와요. 서버 쪽 코드예요:

${code(f`object PushSender {
    private const val FCM_SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"
    private val client = OkHttpClient()

    fun sendEvent(topic: String, title: String) {
        val body = """{"to":"/topics/$topic","notification":{"title":"$title"}}"""
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$FCM_SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().use { println(it.code) }
    }
}`)}

레거시 API 종료 때문인가요?`),

  rec('json_config', f`Google Play の購入検証用サービスアカウントです。レシート検証で「The current user has insufficient permissions」が出ます。権限の付け方を教えてください。

${cfg(v('credential.gcp_service_account_key', f`{"type":"service_account","project_id":"hoshizora-live-ops","private_key_id":"${fill('b140-sakid2', HEX, 40)}","private_key":"${v('credential.private_key', SA_PEM2)}\\n","client_email":"${amb('pii.email', 'iap-verifier@hoshizora-live-ops.iam.gserviceaccount.com')}","client_id":"113948205716384920571","token_uri":"https://oauth2.googleapis.com/token"}`))}`),

  rec('chat_zh', f`退款机器人需要一个只读的 Stripe 受限密钥，我在后台生成了这个：${v('credential.stripe_restricted_key', RK_LIVE)}。帮我确认一下它是否能读取 charges 和 disputes，但不能创建退款？`),

  rec('code_ts', f`Webhook 簽章驗證一直失敗，說 No signatures found matching the expected signature。程式碼如下：

${code(f`import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_KEY!, { apiVersion: '2024-06-20' });
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

export async function handler(req: Request) {
  const sig = req.headers.get('stripe-signature')!;
  const body = await req.json();
  const event = stripe.webhooks.constructEvent(JSON.stringify(body), sig, endpointSecret);
  if (event.type === 'charge.dispute.created') await flagPlayer(event.data.object);
  return new Response('ok');
}`)}

是不是 body 被 parse 過了？`),

  rec('shell', f`CI'da live-ops araçlarının reposunu çekemiyorum:

${cfg(f`git clone https://${v('credential.github_pat', GHP)}@github.com/yildiz-oyun/liveops-tools.git
Cloning into 'liveops-tools'...
remote: Repository not found.`)}

Token classic, repo yetkisi var. SSO onayı mı gerekiyor?`),

  rec('npmrc', f`ช่วยดูหน่อย ทำไม CI ติดตั้งแพ็กเกจ SDK ภายในของสตูดิโอไม่ได้ ไฟล์ .npmrc เป็นแบบนี้:

${cfg(f`@dao-studio:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

error 404 Not Found - GET @dao-studio/iap-sdk`, 'npm_ token as the _authToken value: two labels on one span, as batch 2 did'),

  rec('chat_id', f`Crash dari build 3.14 nggak masuk ke Sentry. Di Unity aku pasang DSN ini: ${v('credential.sentry_dsn', SENTRY_DSN)} — apa karena region EU-nya? Tolong bantu cek.`),

  rec('yaml', f`Pa-check naman ng values file ng Datadog agent natin para sa game servers, hindi lumalabas yung metrics ng matchmaking:

${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.com
  tags:
    - team:liveops
    - game:sky-brawlers`)}`),

  rec('chat_hi', f`भाई NPC dialogue generator में यह key डाली है: ${v('credential.openai_api_key', OPENAI)} — पर हर दूसरी request पे 429 आ रहा है। Live event शुक्रवार को है, rate limit कैसे बढ़ाएँ?`),

  rec('code_python', f`Скрипт модерації чату в грі відповідає 401. Що не так?

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def moderate(message: str) -> str:
    resp = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=50,
        messages=[{"role": "user", "content": f"Класифікуй повідомлення гравця: {message}"}],
    )
    return resp.content[0].text`)}`),

  rec('chat', f`App Store Server API keeps rejecting our JWT for refund lookups. Key ID 7Q2KX9M4LD, issuer id 69a6de7e-1b2c-47e3-e053-5b8c7c11a4d1, and this is the .p8 we downloaded:

${v('credential.private_key', P8)}

Is ES256 right or should it be RS256?`),

  rec('env_file', f`Mūsu spēles līderu saraksts jāpārceļ uz Supabase. Vai šie mainīgie ir pareizi priekš CI?

${cfg(f`SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}
VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)}
NEXT_PUBLIC_LEADERBOARD_REGION=eu-central-1`)}`),

  rec('chat_fa', f`برای کمپین تبلیغاتی ایونت جدید بازی، از این توکن فیسبوک برای Marketing API استفاده می‌کنم: ${v('credential.facebook_access_token', FB)} ولی خطای ‏(#200) Permissions error میده. چه دسترسی‌ای لازمه؟`),

  rec('chat', f`Can you write a tiny script that posts the daily revenue summary to Slack? Use this incoming webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)} and pull numbers from our Databricks SQL warehouse with token ${v('credential.databricks_token', DATABRICKS)}.`),

  // ——— rural electricity co-operative ———
  rec('json_config', f`Billing export service throws "Login failed for user 'svc_billing'" since the password rotation. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Billing": "Server=tcp:${ip('10.12.0.44')},1433;Database=CoopBilling;User Id=svc_billing;Password=${v('credential.connection_string_password', SQL_PW)};Encrypt=True;TrustServerCertificate=True"
  },
  "Export": { "Cron": "0 2 * * *", "Path": "\\\\\\\\fs01\\\\billing\\\\ami" }
}`)}`),

  rec('bash', f`Este script baja las lecturas de los medidores del proveedor AMI cada noche, pero falla desde que cambiamos de servidor. ¿Me ayudas a ver por qué?

${code(f`#!/bin/bash
# descarga_lecturas.sh — cooperativa eléctrica, lecturas AMI
FECHA=$(date +%Y%m%d)
sshpass -p '${v('credential.cli_password', SFTP_PW)}' sftp -oBatchMode=no lecturas@${ip('200.41.87.19')} <<EOF
get /export/lecturas_$FECHA.csv /datos/ami/
bye
EOF`)}`),

  rec('ci_yaml', f`Pipeline pro mobilní aplikaci montérů nejde nasadit, nemůže stáhnout submodul:

${cfg(f`deploy:
  stage: deploy
  variables:
    GIT_SUBMODULE_STRATEGY: recursive
  script:
    - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.druzstvo-energie.cz/".insteadOf "https://gitlab.druzstvo-energie.cz/"
    - ./gradlew assembleRelease`)}`),

  rec('code_python', f`Az áramszünet-értesítő SMS-ek nem mennek ki a tanyás előfizetőknek. Ez a kód fut:

${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_account_sid', TW_SID2)}", "${v('credential.twilio_auth_token', TW_AUTH2)}")

def ertesit(szam, korzet, ido):
    client.messages.create(to=szam, from_="${phone('+36 1 481 7392')}",
                           body=f"Tervezett áramszünet: {korzet}, {ido}. Szövetkezet")`)}

Hibaüzenet: 21659 "is not a Twilio phone number".`),

  rec('chat_sw', f`Naomba uandike ujumbe mfupi kwa mafundi wa laini wa kanda ya Nyeri: akaunti ya tablet za kazi ni "fundi_nyeri" na nenosiri ni ${v('credential.password_in_prose', NENOSIRI)}. Wasiliane na msimamizi ${phone('+254 712 483 920')} kama kuna tatizo.`),

  rec('code_js', f`Harta întreruperilor pentru membrii cooperativei nu se mai încarcă pe server. Codul:

${code(f`const mapboxSdk = require('@mapbox/mapbox-sdk');
const tilesets = require('@mapbox/mapbox-sdk/services/tilesets');

const client = mapboxSdk({ accessToken: '${v('credential.mapbox_secret_token', MAPBOX)}' });
const svc = tilesets(client);

async function publicaIntreruperi() {
  await svc.publishTileset({ tilesetId: 'coop-retea.intreruperi-azi' }).send();
}`)}`),

  rec('chat_lt', f`Reikia atnaujinti DNS įrašą gedimų puslapiui. Cloudflare API žetonas: ${v('credential.cloudflare_api_token', CF_TOKEN)} — parašyk curl komandą, kuri pakeistų A įrašą outage.kooperatyvas.lt.`),

  rec('json_config', f`Docker ei saa CI-s pilti alla. ~/.docker/config.json näeb välja nii:

${cfg(f`{
  "auths": {
    "registry.elektriliin.ee": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Kas see on õiges formaadis?`),

  rec('putty', f`Ég þarf að flytja PuTTY lykilinn fyrir línuvaktina yfir á OpenSSH snið á nýju fartölvunni. Svona lítur .ppk skráin út:

${v('credential.putty_private_key', PUTTY)}

Hvernig geri ég það með puttygen?`),

  rec('chat', f`note from the line crew supervisor, please turn into a laminated card for the trucks: "Outage tablet login — user: crew7, password: ${v('credential.password_in_prose', COOP_PROSE_PW)}. ${amb('confidential.marking', "Don't share outside the crew.")}" Keep it short and readable.`, 'handling ban without a marking word: ambiguous per the README'),

  rec('chat_kk', f`Біздің кооперативтің мобильді қосымшасына AI көмекші қосқымыз келеді. Groq кілті: ${v('credential.groq_api_key', GROQ)}. Қазақша жауап беретін қарапайым мысал код жазып бересің бе?`),

  rec('terraform', f`This Terraform spins up the meter-data droplet, but the plan fails with 401. Are the tokens wrong?

${cfg(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "mdm" {
  name   = "meter-data-01"
  region = "nyc3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
}`)}`),

  rec('chat_bg', f`Искам да свържа таблото с визовите заявления на консулската служба с Linear. Ключът ми е ${v('credential.linear_api_key', LINEAR)}. Как да създавам автоматично задача при всяко отказано заявление?`),

  rec('chat_ro', f`Trimitem facturile membrilor prin Mailgun. Cheia este ${v('credential.mailgun_api_key', MAILGUN)}, domeniul facturi.coop-energie.ro. De ce primesc "Forbidden" când trimit din Postman?`),

  rec('html', f`Die Filialkarte auf der Website zeigt "This page can't load Google Maps correctly". Ist der Key falsch eingebunden?

${code(f`<script async
  src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&callback=initFilialen">
</script>`)}`),
];

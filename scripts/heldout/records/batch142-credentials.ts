/**
 * Held-out batch 142: credentials pasted by a carbon-credit registry, a chain of veterinary
 * emergency hospitals, an aerospace MRO shop, a national orchestra's touring office, a microfinance
 * lender's field officers and a colocation provider's remote-hands desk, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const OPENAI = tok('sk-proj-', fill('b142-oai1', B64URL, 74), 'T3BlbkFJ', fill('b142-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b142-ant', B64URL, 93), 'AA');
const SLACK_BOT = tok('xoxb-', '5820417396', '2-', '7719204835516-', fill('b142-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05K', fill('b142-shT', B32, 7), '/B07', fill('b142-shB', B32, 8), '/', fill('b142-shX', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b142-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b142-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b142-whsec', B62, 32));
const TW_SID = tok('AC', fill('b142-twsid', HEX, 32));
const TW_TOKEN = fill('b142-twtok', HEX, 32);
const SG = tok('SG.', fill('b142-sg1', B64URL, 22), '.', fill('b142-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b142-mg', HEX, 32));
const TELEGRAM = tok('7194028356', ':AA', fill('b142-tg', B64URL, 33));
const GOOGLE = tok('AIza', 'Sy', fill('b142-gapi', B64URL, 33));
const AZ_STORAGE = tok(fill('b142-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b142-azcs1', B62, 3), '8Q~', fill('b142-azcs2', B62 + '_-.', 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b142-atl', B64URL, 171), '=', fill('b142-atl2', HEX.toUpperCase(), 8));
const GLPAT = tok('glpat-', fill('b142-glpat', B64URL, 20));
const HF = tok('hf_', fill('b142-hf', B62.replace(/[0-9]/g, ''), 34));
const OKTA = tok('00', fill('b142-okta', B64URL, 40));
const VAULT = tok('hvs.', 'CAESI', fill('b142-vault', B64URL, 85));
const DROPBOX = tok('sl.', 'B', fill('b142-dbx', B64URL, 138));
const NOTION = tok('ntn_', fill('b142-ntn1', DIGITS, 11), fill('b142-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b142-at1', B62, 14), '.', fill('b142-at2', HEX, 64));
const TEAMS = tok('https://philharmonie-vl.webhook.office.com/webhookb2/', '7c2e9a14-3b6d-4f08-9e51-d84a0c6f2b37@2f8d1c63-94ae-4b57-a0c2-6e19b7d38f45/IncomingWebhook/', fill('b142-teams1', HEX, 32), '/', 'a41f7e2c-58b3-4d96-8c07-3e6b2d9f1a54/', 'V2', fill('b142-teams2', B64URL, 43));
const NPM = gh('npm', 'Kp4Tz8Wm1Qx6Rb9Lc3Vn7Hs2Jd5Fg0');
const GHP = gh('ghp', 'Ym7Qc2Lv9Tx4Bn1Ws6Kr3Hd8Pz5Gf0');
const GLSA = tok('glsa_', fill('b142-glsa1', B62, 32), '_', fill('b142-glsa2', HEX, 8));
const DOP = tok('dop_v1_', fill('b142-dop', HEX, 64));
const TFC = tok(fill('b142-tfc1', B62, 14), '.atlasv1.', fill('b142-tfc2', B62, 67));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b142-age', BECH32, 58));
const AKIA = tok('AKIA', fill('b142-akia', B32, 16));
const AWS_SECRET = fill('b142-awssec', B64, 40);
const ALI_ID = tok('LTAI', '5t', fill('b142-ltai', B62, 18));
const ALI_SECRET = fill('b142-alisec', B62, 30);
const SQUARE = tok('EAAA', fill('b142-square', B64URL, 60));
const MAILCHIMP = tok(fill('b142-mc', HEX, 32), '-us14');
const SENTRY_DSN_KEY = fill('b142-sentry', HEX, 32);
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b142-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b142-rsa', 1190);
const SA_PEM = pem('PRIVATE KEY', 'b142-sapem', 1216);
const BCRYPT_CISCO = tok('$9$', fill('b142-cisco9a', B62 + './', 14), '$', fill('b142-cisco9b', B62 + './', 43));
const JWT_LOAN = jwt({ alg: 'RS256', typ: 'JWT', kid: 'mf-2024-11' }, { sub: 'fo-0418', role: 'field_officer', branch: 'MTN-03', iat: 1733130000, exp: 1733216400 }, 'b142-jwtloan');
const JWT_ETM = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'planner.lefevre', aud: 'etm-portal', scope: 'trend:read esn:read', iat: 1733221200, exp: 1733264400 }, 'b142-jwtetm');
const BASIC_LAB = b64('vetnord-lab:Kr1stall-Labor-77');
const SNMP = fill('b142-snmp', LOWER + DIGITS, 18);

export const BATCH142_CREDENTIALS: DraftRecord[] = [
  // ── colocation remote-hands & access desk ──
  rec('shell', f`Remote hands ticket RH-88213: customer says the BMC is reachable but power cycle fails. What I ran from the jump host:

${amb('source_code.snippet', f`$ ipmitool -I lanplus -H ${ip('10.44.18.207')} -U root -P '${v('credential.cli_password', 'Cage17-Rack04!')}' chassis power status
Chassis Power is on
$ ipmitool -I lanplus -H ${ip('10.44.18.207')} -U root -P '${v('credential.cli_password', 'Cage17-Rack04!')}' chassis power cycle
Error: Unable to establish IPMI v2 / RMCP+ session`)}

Is it a cipher suite thing? The customer's iDRAC is firmware 6.10.`),

  rec('cisco_de', f`Kannst du mir sagen, warum der Kunde sich mit dem Remote-Hands-User nicht auf dem OOB-Switch anmelden kann? Auszug aus der running-config (Käfig C-12):

${amb('source_code.snippet', f`hostname oob-fra2-c12
enable secret 9 ${ambCat('credential', BCRYPT_CISCO)}
username remotehands privilege 15 password 0 ${v('credential.network_device_secret', 'Rh-Frankfurt#2291')}
snmp-server community ${v('credential.network_device_secret', SNMP)} RO 10
interface Vlan900
 ip address ${ip('172.20.90.4')} ${ip('255.255.255.0')}
line vty 0 4
 login local
 transport input ssh`)}

Danke! Der Kunde hat den Zugang seit Montag.`),

  rec('env_nl', f`Onze badge-sync naar het toegangscontrolesysteem stopt elke nacht om 02:00. Dit is de .env van de sync-container:

${amb('source_code.snippet', f`ACS_BASE_URL=https://acs.ams3.coloport.net/api/v2
ACS_CLIENT_ID=badge-sync
ACS_CLIENT_SECRET=${v('credential.generic_secret_assignment', fill('b142-acs', B62, 40))}
DB_URL=postgresql://badgesync:${v('credential.database_url_password', 'Toegang!Pas-4417')}@pg-ams3-02.internal:5432/acs
VISITOR_TTL_HOURS=12`)}

Kan het aan de token-expiry liggen? Graag in het Nederlands antwoorden.`),

  rec('chat_ja', f`入館申請の通知Botが急に投稿しなくなりました。設定はこれです：

${amb('source_code.snippet', f`SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}
SLACK_CHANNEL=#入館申請-tyo1
APPROVER_GROUP=S07FRONTDESK`)}

not_in_channel エラーが出ています。チャンネルに招待すれば直りますか？`),

  rec('chat_fr', f`Pour les codes d'accès visiteurs on envoie un SMS via Twilio. Depuis ce matin : erreur 20003. Voilà ce qu'on a dans le script :
account_sid = "${v('credential.twilio_account_sid', TW_SID)}"
auth_token = "${v('credential.twilio_auth_token', TW_TOKEN)}"
Est-ce que quelqu'un a régénéré le token côté console ? Comment vérifier sans tout casser ?`),

  rec('chat_ko', f`그라파나 대시보드에서 랙 전력 패널이 안 보여요. 서비스 계정 토큰은 ${v('credential.grafana_service_account_token', GLSA)} 이고 권한은 Viewer로 줬습니다. Editor로 바꿔야 하나요?`),

  rec('tfvars', f`Terraform plan for the new cross-connect VLANs keeps timing out. terraform.tfvars:

${amb('source_code.snippet', f`do_token        = "${v('credential.digitalocean_token', DOP)}"
region          = "fra1"
mgmt_cidr       = "${ip('10.60.0.0/16')}"
bastion_ip      = "${ip('164.92.181.37')}"`)}

and ~/.terraformrc has
${amb('source_code.snippet', f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}`),

  rec('ansible_sv', f`Ansible-körningen mot de nya PDU:erna i sal B fastnar på "Authentication failed". Inventory:

${amb('source_code.snippet', f`[pdu_salb]
pdu-b-01 ansible_host=${ip('10.12.40.11')}
pdu-b-02 ansible_host=${ip('10.12.40.12')}

[pdu_salb:vars]
ansible_user=apc
ansible_password=${v('credential.password_assignment', 'Strom-Sal-B-1187')}
ansible_connection=network_cli`)}

Lösenordet funkar när jag loggar in manuellt. Vad är fel?`),

  rec('chat_he', f`תרגם בבקשה לאנגלית, זה הולך ללקוח: "שלום, הגישה ל-VPN של חדר השרתים פתוחה עבורכם עד יום חמישי. שם משתמש: cust-elbit-rh, הסיסמה: ${v('credential.password_in_prose', 'Keshet!Rack9-2024')}. נא לא לשתף."`),

  rec('sops', f`sops can't decrypt secrets/colo-acs.enc.yaml on the new remote-hands laptop. I copied the key file:

# created: 2024-11-29T07:12:44Z
# public key: age1x7k2m9q4v0c8w3e5r1t6y8u2i4o6p9s3d5f7g1h3j5k8l0z2x4c6v8b0n3
${v('credential.age_secret_key', AGE)}

Do I need SOPS_AGE_KEY_FILE or does it look in ~/.config/sops/age/keys.txt by default?`),

  // ── carbon-credit registry ──
  rec('code_python', f`Our verifiers want a one-paragraph summary per monitoring report. Is this prompt setup OK, and how do I stop it making up tonnes?

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarise_report(text: str, project_id: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        messages=[
            {"role": "system", "content": "You summarise carbon-project monitoring reports. Never invent figures."},
            {"role": "user", "content": f"Project {project_id}:\\n{text}"},
        ],
    )
    return resp.choices[0].message.content`)}
\`\`\``),

  rec('gcp_sa_es', f`Hola, la carga de los PDFs de verificación al bucket falla con "invalid_grant". Os pego el JSON de la cuenta de servicio (ya sé, ya sé, lo rotamos después):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "registro-carbono-prod",
  "private_key_id": "${fill('b142-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'uploader-verificaciones@registro-carbono-prod.iam.gserviceaccount.com')}",
  "client_id": "104827390615542081937",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'uploader-verificaciones%40registro-carbono-prod.iam.gserviceaccount.com')}"
}`))}

¿Puede ser la hora del servidor? Está en Madrid.`),

  rec('chat_pt_br', f`Oi! A API de aposentadoria de créditos tá dando timeout no Postgres. A string de conexão que tá no servidor é
postgres://registro_api:${v('credential.database_url_password', 'Ipe-Amarelo#2024')}@db-registro.sa-east-1.rds.amazonaws.com:5432/creditos?sslmode=require
Consegue me dizer se o pool de conexões tá mal configurado? O max tá em 200 kkk`),

  rec('chat_de_ch', f`Grüezi, chönd Sie mir hälfe? Mir händ d Verifizierigsbricht im Azure Blob, aber de Upload gaht nöd. Connection string usem Portal:
${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=zertifikatearchiv;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}
Fehler: "AuthorizationPermissionMismatch". Isch das es RBAC-Problem oder de Key?`),

  rec('git_fi', f`Miksi push ei mene läpi? Rekisterin metodologia-repo on GitHubissa ja remote on asetettu näin:

$ git remote -v
origin  https://rekisteri-bot:${v('credential.github_pat', GHP)}@github.com/hiilirekisteri/metodologiat.git (fetch)
origin  https://rekisteri-bot:${v('credential.github_pat', GHP)}@github.com/hiilirekisteri/metodologiat.git (push)

Virhe: "Permission to hiilirekisteri/metodologiat.git denied to rekisteri-bot".`),

  rec('chat_id', f`Halo, saya mau bikin skrip untuk ekstraksi data dari laporan validasi proyek mangrove (PDF). Kunci API Claude saya: ${v('credential.anthropic_api_key', ANTHROPIC)}. Tolong buatkan contoh kode Python yang pakai batch API ya, filenya ada ±300.`),

  rec('code_go_zh', f`这个上传核证报告到 OSS 的函数在生产环境报 InvalidAccessKeyId，本地没问题：

${code(f`// 上传核证报告
func uploadReport(path string) error {
	client, err := oss.New("https://oss-cn-beijing.aliyuncs.com",
		"${v('credential.alibaba_access_key_id', ALI_ID)}",
		"${v('credential.generic_secret_assignment', ALI_SECRET)}")
	if err != nil {
		return err
	}
	bucket, _ := client.Bucket("tanhui-hezheng")
	return bucket.PutObjectFromFile("reports/"+filepath.Base(path), path)
}`)}

是不是 RAM 子账号没权限？`),

  rec('chat_fr_qc', f`Allô! On envoie les attestations de retrait de crédits par Mailgun pis depuis hier ça revient en 401. La clé dans le fichier de config : ${v('credential.mailgun_api_key', MAILGUN)}. Faut-tu que je passe au domaine EU? On est à Montréal mais le compte a été créé par la gang de Bruxelles.`),

  rec('chat_it', f`Ciao, mi scrivi una funzione Node che manda il PDF del certificato di annullamento crediti al cliente via SendGrid? La chiave è ${v('credential.sendgrid_api_key', SG)}, mittente ${v('pii.email', 'certificati@registro-co2.it')}… anzi no, il mittente lo metto da env.`),

  rec('aws_hu', f`Szia! A tanúsítvány-archiváló lambda nem tud S3-ba írni. A ~/.aws/credentials fájl a build szerveren:

${amb('source_code.snippet', f`[registry-archiver]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

AccessDenied jön a PutObject-nél. Kell a KMS jogosultság is?`),

  rec('npmrc_et', f`Tere! CI ei saa meie privaatset paketti @sysinikuregister/ui alla laadida. .npmrc:

${amb('source_code.snippet', f`@sysinikuregister:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Lokaalselt töötab. Mis võib valesti olla?`, 'npm token as .npmrc _authToken value: two rules on one span'),

  // ── veterinary emergency hospitals ──
  rec('chat', f`Front desk iPads use Square for deposits. The integration dev left and I found this in the shared notes: production access token ${v('credential.square_access_token', SQUARE)}. Can I use it to pull last night's ER deposits into a spreadsheet? Show me the API call.`),

  rec('env_es_mx', f`Oye, el portal de pagos de las clínicas no está cobrando los anticipos de urgencias. Este es el .env del servidor:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_REPORTING_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
CLINICA_DEFAULT=CDMX-Roma`)}

Los webhooks llegan con 400 "No signatures found". ¿Qué reviso primero?`),

  rec('code_php', f`Recordatorios de vacunas por SMS — ça plante depuis la migration PHP 8.2 :

${code(f`<?php
// rappels vaccins - clinique Namur
use Twilio\\Rest\\Client;

$sid   = '${v('credential.twilio_account_sid', tok('AC', fill('b142-twsid2', HEX, 32)))}';
$token = '${v('credential.twilio_auth_token', fill('b142-twtok2', HEX, 32))}';
$client = new Client($sid, $token);

foreach ($rappels as $r) {
    $client->messages->create($r['gsm'], ['from' => 'VetUrgNamur', 'body' => "Rappel : vaccin de {$r['animal']} le {$r['date']}"]);
}`)}

Erreur : "Deprecated: Creation of dynamic property". Est-ce grave ?`),

  rec('env', f`Reminder service for the ER after-care calls crashes on boot:

${amb('source_code.snippet', f`NODE_ENV=production
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', tok('SG.', fill('b142-sg3', B64URL, 22), '.', fill('b142-sg4', B64URL, 43)))}
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_DSN_KEY}@o4508112.ingest.de.sentry.io/4508112937164800`)}
CLINIC_TZ=America/Chicago`)}

Error: "Invalid DSN". The DSN was copied from the Sentry project page.`),

  rec('chat_ru', f`Привет! Сделали бота в Телеграме, чтобы дежурные ветеринары получали уведомления о поступлениях в реанимацию. Токен бота: ${v('credential.telegram_bot_token', TELEGRAM)}. Бот не отвечает в группе, хотя в личке работает. Что не так с privacy mode?`),

  rec('curl_uk', f`Інтеграція з лабораторією не повертає результати аналізів. Ось запит, який ми шлемо:

${amb('source_code.snippet', f`curl -X GET "https://lab-api.vetnord.example/v1/results?clinic=KYIV-03&since=2024-12-01" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_LAB)}" \\
  -H "Accept: application/json"`)}

Відповідь 403. Логін і пароль правильні, в браузері заходить.`),

  rec('chat_da', f`Hej, kan du skrive et Python-script der henter alle abonnenter fra vores nyhedsbrev om "Kæledyr og førstehjælp"? Mailchimp API-nøgle: ${v('credential.mailchimp_api_key', MAILCHIMP)}, listen hedder "Dyreskadestuen Aarhus".`),

  // ── aerospace MRO engine-overhaul planning ──
  rec('appsettings', f`Our planning dashboard can't reach the maintenance DB since the cert renewal:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Maintenance": "Server=tcp:mro-sql01.hangar.local,1433;Database=EngineShop;User Id=planner_ro;Password=${v('credential.connection_string_password', 'Nacelle-Bay3!2024')};Encrypt=True;TrustServerCertificate=False;"
  },
  "ShopVisit": { "DefaultTat": 65 }
}`)}

Error: "The certificate chain was issued by an authority that is not trusted". Set TrustServerCertificate=True?`),

  rec('chat_de_at', f`Servus, ich brauch ein kurzes Mail an die Kollegen in der Triebwerkswerkstatt: der SAP-Sammeluser für die Arbeitskarten ist wieder freigeschaltet, Benutzer PM_TWK_PLAN, Kennwort ${v('credential.password_in_prose', 'Schubumkehr-Wien7')}. Bitte freundlich, aber mit Hinweis, dass das Passwort nicht auf den Arbeitskarten notiert wird.`),

  rec('http_fr', f`Le portail de suivi de tendance moteur renvoie 401 depuis ce matin. Requête copiée depuis les outils dev :

${amb('source_code.snippet', f`GET /api/v3/engines/ESN-896417/trend?param=EGT_MARGIN HTTP/1.1
Host: etm.atelier-moteurs.example
Authorization: Bearer ${v('credential.jwt', JWT_ETM)}
Accept: application/json`)}

Le token expire au bout de combien de temps d'après le payload ?`),

  rec('chat_cs', f`Ahoj, potřebuju napsat PowerShell, který stáhne z SharePointu plán shop visitů motorů. Service principal: tenant 3c9e1f27-8a44-4b6d-9f02-71e5d8c3a6b9, client id 5a7d2e91-0c36-4f84-b2a1-e9f46c3d8071, tajemství klienta ${v('credential.azure_client_secret', AZ_CLIENT)}. Přihlášení hlásí AADSTS7000215.`),

  rec('curl_zh_tw', f`我想用 API 把引擎大修工單同步到 Jira，這個指令一直回 401：

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'chen.yuting@mro-taoyuan.com.tw')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  https://mro-taoyuan.atlassian.net/rest/api/3/issue -d @workorder.json`)}

帳號密碼應該是對的，是權限問題嗎？`),

  rec('gitlab_sk', f`Pipeline na generovanie pracovných kariet z údajov motora padá pri klonovaní submodulu:

${amb('source_code.snippet', f`variables:
  GIT_SUBMODULE_STRATEGY: recursive
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.mro-kosice.sk/".insteadOf "https://gitlab.mro-kosice.sk/"`)}

Chyba: "HTTP Basic: Access denied". Token má scope read_repository.`),

  rec('chat_hi', f`भाई, borescope images से blade damage classify करने के लिए एक model try कर रहे हैं। Hugging Face token ${v('credential.huggingface_token', HF)} डाला है पर "gated repo" error आ रहा है। Access request कहाँ करते हैं?`),

  rec('chat_ro', f`Salut, colegul care a plecat a lăsat cheia asta pe serverul de planificare, folosită pentru sincronizarea fișelor de lucru. E încă validă? Cum o revoc?

${v('credential.openssh_private_key', SSH_KEY)}

Serverul e planificare-motoare-01, userul sync.`),

  rec('mysql_sr', f`Зашто ова команда не ради на новом серверу за планирање ремонта мотора?

${amb('source_code.snippet', f`mysql -h ${ip('192.168.40.15')} -u planer -p${v('credential.mysql_cli_password', 'Turbina2024!bg')} remont_db -e "SELECT esn, tsn, csn FROM motori WHERE status='IN_SHOP';"`)}

Грешка: ERROR 2059 (HY000): Authentication plugin 'caching_sha2_password' cannot be loaded.`),

  rec('chat_lt', f`Sveiki, reikia Python skripto, kuris Okta išjungtų paskyras technikams, kurie išėjo iš darbo. API raktas: ${v('credential.okta_api_token', OKTA)}, domenas mro-kaunas.okta.com. Ar reikia deaktyvuoti prieš trinant?`),

  rec('pem_en_gb', f`Engine-data feed from the OEM switched to mutual TLS. They sent us a key and cert; our Java side wants PKCS#12. Can you give me the openssl command? Key they sent:

${v('credential.private_key', RSA_KEY)}

(cert is separate, that part's fine)`),

  // ── national orchestra touring office ──
  rec('chat_de', f`Kannst du mir ein kleines Python-Skript schreiben, das jeden Morgen den Tagesplan der Tournee in unseren Slack-Kanal #tour-asien postet? Webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}. Der Plan liegt als CSV im Ordner /tour/2025/.`),

  rec('chat_it', f`Ho scritto uno script che scarica le parti d'orchestra dalla cartella Dropbox condivisa, ma dopo qualche ora smette di funzionare. Token: ${v('credential.dropbox_access_token', DROPBOX)}. Come faccio a usare il refresh token?`),

  rec('chat_nb', f`Hei! Vi vil vise hotellene og konsertsalene på et kart i turnéappen. Google Maps-nøkkelen vår er ${v('credential.google_api_key', GOOGLE)} – bør vi begrense den til bestemte domener? Hvordan?`),

  rec('chat_ja', f`英訳お願いします。「ツアー用のチケット管理システムのアカウントを作成しました。ID：tour-osaka-01、パスワード：${v('credential.password_in_prose', 'Kanade-Osaka#25')}。公演終了後に無効化します。」`),

  rec('chat_es_ar', f`Che, necesito que me armes un script que lea la base de Notion con el rider técnico de cada sala y me genere un PDF. El token de la integración es ${v('credential.notion_token', NOTION)}. La base se llama "Gira Sudamérica 2025".`),

  rec('chat_ka', f`გამარჯობა, გთხოვ ინგლისურად თარგმნე: „ვიზის პორტალზე შესასვლელად მომხმარებელი: orchestra.tbilisi, პაროლი: ${v('credential.password_in_prose', 'Simfonia!Tb2025')}. გამოიყენეთ მხოლოდ ოფისის კომპიუტერიდან.“`),

  rec('chat_hy', f`Բարև, կարո՞ղ ես թարգմանել անգլերեն, սա դահլիճի տեխնիկական խմբի համար է. «Կուլիսների Wi-Fi-ը՝ Backstage-Opera, գաղտնաբառը՝ ${v('credential.password_in_prose', 'Arshak-Bem#44')}։»`),

  rec('code_js', f`Tour itinerary sync from Airtable into the musicians' app: the script returns 0 records even though the view has 42 rows.

${code(f`const base = 'appR7tK2mQ9vX4wL1';
const token = '${v('credential.airtable_pat', AIRTABLE)}';

async function fetchItinerary(view = 'Spring Tour 2025') {
  const url = \`https://api.airtable.com/v0/\${base}/Itinerary?view=\${encodeURIComponent(view)}\`;
  const res = await fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
  const json = await res.json();
  return json.records ?? [];
}`)}`),

  rec('powershell_nl_be', f`Dag, kunnen jullie kijken waarom de melding naar het Teams-kanaal van de tourneeploeg niet meer aankomt?

${amb('source_code.snippet', f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$msg = @{ text = "Bus vertrekt om 08u30 aan de artiesteningang – Antwerpen → Keulen" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $msg -ContentType 'application/json'`)}

Merci alvast!`),


  // ── microfinance field officers ──
  rec('code_sw', f`Habari, hii code ya kutuma marejesho ya mkopo kupitia M-Pesa inarudisha "Invalid Access Token". Naomba msaada:

${code(f`import requests, base64

CONSUMER_KEY = "${amb('credential.generic_secret_assignment', fill('b142-mpk', B62, 32))}"
CONSUMER_SECRET = "${v('credential.generic_secret_assignment', fill('b142-mps', B62, 16))}"

def get_token():
    auth = base64.b64encode(f"{CONSUMER_KEY}:{CONSUMER_SECRET}".encode()).decode()
    r = requests.get("https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials",
                     headers={"Authorization": f"Basic {auth}"})
    return r.json()["access_token"]`)}

Tunatumia production, si sandbox.`, 'consumer key: an app identifier paired with the secret, ambiguous; the consumer secret is labelled'),

  rec('chat_bn', f`ভাই, নতুন ফিল্ড অফিসারের জন্য একটা ছোট মেসেজ লিখে দাও: ট্যাবলেটের লোন অ্যাপে ইউজার আইডি fo.sirajganj07, পাসওয়ার্ড ${v('credential.password_in_prose', 'Shapla@2291kb')} — প্রথমবার লগইন করে বদলে নিতে হবে।`),

  rec('chat_tl', f`Hi po, pa-help naman gumawa ng SMS para sa bagong loan officer sa Iloilo branch. Username niya sa collection app: lo.iloilo12, tapos yung password ay ${v('credential.password_in_prose', 'Mangga!Ilo2024')}. Paki-remind na palitan agad pagka-login.`),

  rec('chat_am', f`እባክህ ይህን ወደ እንግሊዝኛ ተርጉምልኝ፦ «የብድር መተግበሪያው የተጠቃሚ ስም fo.bahirdar03 ነው፣ የይለፍ ቃል ${v('credential.password_in_prose', 'Tana-Hayk#318')} ነው። ለማንም አታጋራ።»`),

  rec('log_ur', f`یہ لاگ دیکھیں، فیلڈ آفیسر کی ٹیبلٹ سے قسط سنک نہیں ہو رہی:

${amb('source_code.snippet', f`2024-12-02 10:14:07 INFO  sync.start officer=fo-0418 branch=MTN-03
2024-12-02 10:14:08 DEBUG POST /api/v2/installments Authorization: Bearer ${v('credential.jwt', JWT_LOAN)}
2024-12-02 10:14:09 ERROR 401 token_expired`)}

ٹوکن تو ابھی بنا تھا، پھر expire کیوں؟`),

  rec('shell_es_co', f`Parce, el script de desembolsos no lee los secretos de Vault en el servidor de Medellín:

${amb('source_code.snippet', f`export VAULT_ADDR=https://vault.microcredito.internal:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get -field=api_key secret/desembolsos/bancolombia`)}

Me sale "permission denied". ¿La política está mal?`),

  rec('chat_vi', f`Anh ơi, app thu nợ trên máy tính bảng của cán bộ tín dụng ở Cần Thơ không đăng nhập được. Em đã thử tài khoản ctd.cantho05/${v('credential.user_password_pair', 'LuaNuoc#2024')} mà vẫn báo sai. Có phải bị khóa do nhập sai nhiều lần không ạ?`),

  rec('chat_ta', f`தயவுசெய்து இதை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: "மதுரை கிளை கடன் அலுவலரின் டேப்லெட் கடவுச்சொல் ${v('credential.password_in_prose', 'Meenakshi@4417')}. யாரிடமும் பகிர வேண்டாம்."`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งพนักงานสินเชื่อภาคสนามที่เชียงใหม่หน่อย: บัญชีแอปเก็บเงินงวดของเขาคือ fo.cnx09 รหัสผ่านชั่วคราวคือ ${v('credential.password_in_prose', 'Doi-Suthep!71')} ให้เปลี่ยนทันทีหลังเข้าสู่ระบบ`),

  rec('chat_kk', f`Сәлем! Несие қызметкерлерінің планшеттеріне арналған хабарламаны ағылшынша аударып берші: «Жаңа қолданбаға кіру: логин fo.almaty14, құпия сөз ${v('credential.password_in_prose', 'Alatau-Kredit#9')}. Бірінші кіргенде ауыстырыңыз.» Рахмет!`),

  rec('chat_en_phone', f`Remote hands for cage 4B: the customer's on-site contact asked us to store their out-of-band console login in the ticket. Console: opengear at ${ip('185.71.204.19')}, user "oob-admin", password ${v('credential.password_in_prose', 'Lantern-Cage4B!')}. Their NOC: ${phone('+31 20 794 3318')}. Is it OK to keep it in the ticket or should I put it in the vault?`),
];

/**
 * Held-out batch 148: credentials pasted by a vineyard's cellar door and wine club, a forensic DNA
 * laboratory's case intake, a car-rental franchise's damage and fines desk, an offshore platform's
 * permit-to-work coordinators, a university library's ILL / e-resources desk and a credit bureau's
 * dispute team. Many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const SHOPIFY = tok('shpat_', fill('b148-shpat', HEX, 32));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b148-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b148-rklive', B62, 97));
const SQUARE = tok('EAAA', fill('b148-sq', B64URL, 60));
const MAILCHIMP = tok(fill('b148-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b148-brevo1', HEX, 64), '-', fill('b148-brevo2', B62, 16));
const AWS_ID = tok('AKIA', fill('b148-akia', B32, 16));
const AWS_SECRET = fill('b148-awssec', B64, 40);
const AZ_CLIENT_SECRET = tok(fill('b148-azcs1', B62, 3), '8Q~', fill('b148-azcs2', B62 + '_-.', 34));
const JWT_LIMS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lims-2025-03' }, { sub: 'svc-intake', aud: 'lims-api', scope: 'case:read case:write', iat: 1742890211, exp: 1742976611 }, 'b148-jwtlims');
const TWILIO_SID = tok('AC', fill('b148-twsid', HEX, 32));
const TWILIO_AUTH = fill('b148-twauth', HEX, 32);
const GMAPS = tok('AIza', 'Sy', fill('b148-gmaps', B64URL, 33));
const SENDGRID = tok('SG.', fill('b148-sg1', B64URL, 22), '.', fill('b148-sg2', B64URL, 43));
const TELEGRAM = tok('7184402957', ':', 'AA', fill('b148-tg', B64URL, 33));
const SLACK_BOT = tok('xoxb-', '4827193650', '2-', '7392018465123-', fill('b148-xoxb', B62, 24));
const TEAMS_HOOK = tok('https://autorentgroup.webhook.office.com/webhookb2/', '6a2e91c4-3b7d-4f58-a0e2-91c64d7b3f25@2d8f4a61-9c3e-4b70-8d15-6f0a3e9c7b42/IncomingWebhook/', fill('b148-teams1', HEX, 32), '/', 'b3f17c2a-84e9-4d05-9a6b-2c51e8f0d7a3/', 'V2', fill('b148-teams2', B64URL, 43));
const SENTRY_DSN = `https://${fill('b148-sdsn', HEX, 32)}@o418273.ingest.de.sentry.io/4507182930`;
const VAULT = tok('hvs.', 'CAESI', fill('b148-vault', B64URL, 86));
const SAS_SIG = `${fill('b148-sas1', B62, 16)}%2F${fill('b148-sas2', B62, 14)}%2B${fill('b148-sas3', B62, 11)}%3D`;
const AZ_STORAGE_KEY = b64Bytes('b148-azkey', 64);
const GLPAT = tok('glpat-', fill('b148-glpat', B62 + '-_', 20));
const GHP = gh('ghp', 'Vn4Qe8Tz1Wb6Rk3Hs9Lp2Md7Cx5Fy0');
const GH_FINE = tok('github_pat_', '11', fill('b148-ghf1', UPPER + DIGITS, 20), '_', fill('b148-ghf2', B62, 59));
const OPENAI = tok('sk-proj-', fill('b148-oai1', B64URL, 74), 'T3BlbkFJ', fill('b148-oai2', B64URL, 74));
const HF = tok('hf_', fill('b148-hf', UPPER + LOWER, 34));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b148-ant', B64URL, 93), 'AA');
const DATABRICKS = tok('dapi', fill('b148-dapi', HEX, 32));
const RSA = pem('RSA PRIVATE KEY', 'b148-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b148-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const PGP_BODY = `lQWGBGX${fill('b148-pgp0', B64, 57)}\n${(b64Bytes('b148-pgp', 840).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b148-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const CISCO7 = tok('08', fill('b148-cisco7', HEX.toUpperCase(), 20));
const CISCO9 = tok('$9$', fill('b148-c9a', B62 + './', 14), '$', fill('b148-c9b', B62 + './', 43));
const SNMP = 'Pl4tf0rm-Ro-77';
const GHP_B64 = b64(gh('ghp', 'Kd3Jt7Xw1Mq5Np9Bv2Rg6Zs8Lc4Hf0'));
const SNOW_PW = 'Dispute#Q3-vault';
const MAILGUN = tok('key-', fill('b148-mg', HEX, 32));
const BASIC = b64('multe_api:Verbale!2025-Roma');
const BEARER = fill('b148-bearer', B62 + '-._~', 56);

export const BATCH148_CREDENTIALS: DraftRecord[] = [
  // ── vineyard estate: cellar door, wine club, e-shop ──────────────────────────────
  rec('env_file', f`G'day, our wine club orders stopped syncing into the cellar-door POS last night. Here's the .env from the sync box, can you spot what's wrong?

${amb('source_code.snippet', f`# /opt/clubsync/.env
SHOPIFY_STORE=barossa-ridge-estate.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHOPIFY)}
SHOPIFY_API_VERSION=2024-10
CLUB_TIERS=cellar,reserve,library
POS_WEBHOOK_PORT=8088
SYNC_CRON="*/10 * * * *"`)}

Error in the log is "[API] Invalid API key or access token (unrecognized login or wrong password)".`),

  rec('chat_fr', f`Bonjour, je dois écrire au prestataire qui gère notre boutique en ligne du domaine. Il a mis la clé secrète Stripe en clair dans le thème : ${v('credential.stripe_secret_key', STRIPE_LIVE)}. Peux-tu me rédiger un mail ferme mais poli pour qu'il la révoque et la passe côté serveur ? Merci !`),

  rec('chat_it', f`Ciao, alla cantina usiamo Square per la vendita diretta in degustazione. Il consulente ci ha lasciato questo token di produzione: ${v('credential.square_access_token', SQUARE)}
Mi spieghi in parole semplici se è un problema che sia scritto nel file Excel condiviso con tutto lo staff?`),

  rec('chat_es_cl', f`Hola! Estoy migrando la lista del club de vinos de Mailchimp a otra plataforma. La API key que tengo es ${v('credential.mailchimp_api_key', MAILCHIMP)}, ¿me armas un script en Python que exporte los miembros con el tag "club-tinto" y la fecha de última compra? Porfa que no borre nada.`),

  rec('chat_gsw', f`Hoi zäme, chönnt ihr mir hälfe en Zettel für d'Degustationsstube z'schriibe? Drin söll stah: WLAN "Weingut-Gast", s'Passwort isch ${v('credential.password_in_prose', 'Chasselas-2024!')} und es git kei Internet im Chäller. Bitte uf Hochdüütsch und Änglisch.`),

  rec('chat_ka', f`გამარჯობა! ჩვენი მარნის ონლაინ მაღაზიის ადმინ პანელზე შესვლა: მომხმარებელი wineshop_admin, პაროლი ${v('credential.password_in_prose', 'Saperavi#7731')}. დამიწერე მოკლე ინსტრუქცია ახალი თანამშრომლისთვის, როგორ დაამატოს ახალი ღვინო კატალოგში.`),

  rec('chat_af', f`Hallo, kan jy asseblief hierdie boodskap vir die nuwe proelokaal-personeel netjies maak? "Die kasregister se bestuurder-wagwoord is ${v('credential.password_in_prose', 'Pinotage!Stel88')} — moenie dit vir gaste wys nie, en verander dit Vrydag."`),

  rec('chat_pt', f`Olá, preciso de redigir um e-mail à agência que gere a loja online da quinta. Dizer-lhes que a palavra-passe do backoffice foi partilhada por engano num grupo de WhatsApp: utilizador loja.quinta, palavra-passe ${v('credential.password_in_prose', 'Touriga_Nacional_19')}. Pedir que a mudem hoje e que ativem a autenticação de dois fatores.`),

  rec('chat_hu', f`Szia! A pincészet webshopjához kaptunk egy új hozzáférést, a jelszó: ${v('credential.password_in_prose', 'Aszu6puttonyos!')} (felhasználó: tokaj_shop). Írnál egy rövid leírást a kollégáknak, hogyan kell új évjáratot felvinni?`),

  rec('chat_fr', f`Pour la newsletter des adhérents du club, on passe chez Brevo. J'ai créé la clé ${v('credential.brevo_api_key', BREVO)} — tu peux me faire un exemple curl pour ajouter un contact dans la liste « Club Grand Cru » avec son prénom et sa date d'adhésion ?`),

  // ── forensic DNA laboratory: case intake ─────────────────────────────────────────
  rec('json_config', f`Our case-intake service can't reach the LIMS database after the server move. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Lims": "Server=tcp:lims-sql-01.forensics.internal,1433;Database=CaseIntake;User Id=intake_svc;Password=${v('credential.connection_string_password', 'Ch4inOfCust0dy!')};Encrypt=True;TrustServerCertificate=False"
  },
  "Intake": {
    "BarcodePrefix": "FDL",
    "ExhibitLabelPrinter": "ZD421-Intake-2"
  }
}`)}

The error is "A network-related or instance-specific error occurred". Firewall or connection string?`),

  rec('chat_nl', f`Hoi, de SFTP-koppeling met de politie-eenheid voor het aanleveren van sporendragers werkt niet meer. Dit is de sleutel die in de config staat, klopt het formaat nog?

${v('credential.private_key', RSA)}

We krijgen "invalid format" sinds de update van OpenSSH.`),

  rec('chat_sv', f`Hej! Jag försöker sätta upp automatisk överföring av analysrapporter till utredarna. Nyckeln ligger i ~/.ssh/id_ed25519 på intagsservern:

${v('credential.openssh_private_key', OPENSSH)}

ssh säger "Permissions 0644 are too open". Vad ska jag köra?`),

  rec('aws_credentials', f`The nightly export of anonymised STR profiles to S3 fails with AccessDenied. This is the credentials file on the export VM:

${amb('source_code.snippet', f`[default]
region = eu-west-2

[dna-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-west-2`)}

Bucket policy only allows the role, not the user — is that it?`),

  rec('chat_he', f`שלום, אני מנסה לחבר את מערכת קליטת התיקים למייל של המעבדה דרך Microsoft Graph. יצרתי App Registration, ה-client secret הוא ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)} וה-tenant הוא של המשרד. אני מקבל AADSTS7000215. מה לבדוק?`),

  rec('code_python', f`pytest fixture for the LIMS client, works locally, fails in CI:

\`\`\`python
${code(f`@pytest.fixture
def lims():
    client = LimsClient(
        base_url="https://lims-test.forensics.internal/api",
        user="intake_bot",
        password="${v('credential.password_assignment', 'Amelogenin-XY-42')}",
    )
    yield client
    client.logout()

def test_register_reference_sample(lims):
    case = lims.create_case(agency="MET-SE", priority="routine")
    assert case.status == "AWAITING_EXHIBITS"`)}
\`\`\``),

  rec('log_de', f`Kannst du mir sagen, warum der Scanner am Probeneingang ständig 401 bekommt? Aus dem Log:

${amb('source_code.snippet', f`2025-03-25 09:14:02,881 INFO  intake.scanner  POST /api/v2/exhibits/scan barcode=FDL-25-004718-03
2025-03-25 09:14:02,902 DEBUG intake.http     Authorization: Bearer ${v('credential.jwt', JWT_LIMS)}
2025-03-25 09:14:02,944 WARN  intake.http     401 Unauthorized (token expired?)`)}

Das Token sollte eigentlich 24 Stunden gültig sein.`),

  rec('chat_fi', f`Moi! Näytteiden vastaanoton raporttiskripti ei enää yhdistä tietokantaan. Ympäristömuuttuja on tällainen:
${amb('source_code.snippet', f`DATABASE_URL=postgresql://intake_report:${v('credential.database_url_password', 'Kihla-Ketju-2025')}@db-lims.forensics.local:5432/intake`)}
Virhe: "password authentication failed for user intake_report". Vaihdettiinko salasana?`),

  // ── car-rental franchise: damage & fines desk ────────────────────────────────────
  rec('chat_el', f`Καλησπέρα! Στέλνουμε SMS στους πελάτες για τις ζημιές μετά την επιστροφή του αυτοκινήτου μέσω Twilio. Account SID ${v('credential.twilio_account_sid', TWILIO_SID)} και auth token ${v('credential.twilio_auth_token', TWILIO_AUTH)}. Από χθες παίρνουμε error 20003. Τι σημαίνει;`),

  rec('code_js', f`Hasar formundaki harita açılmıyor, konsolda "RefererNotAllowedMapError" var. Kod şu:

${code(f`// hasar-harita.js — şube teslim noktaları
const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GMAPS)}",
  version: "weekly",
  libraries: ["places"],
});

loader.load().then(() => {
  const map = new google.maps.Map(document.getElementById("harita"), {
    center: { lat: 36.8985, lng: 30.8008 }, // Antalya Havalimanı şubesi
    zoom: 13,
  });
});`)}

Anahtarı Cloud Console'da kısıtlamıştık, domain listesine ne eklemem lazım?`),

  rec('chat_es_mx', f`Qué onda, el correo automático de "cargo por daños" ya no sale. En el servidor tenemos SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)} y en el log dice 403 "The from address does not match a verified Sender Identity". ¿Cómo lo arreglo sin cambiar el remitente?`),

  rec('chat_ru', f`Привет! Сделали Telegram-бота, который присылает в чат отдела штрафов новые постановления ГИБДД по нашим машинам. Токен бота: ${v('credential.telegram_bot_token', TELEGRAM)}. Бот молчит в группе, хотя в личке отвечает. Почему?`),

  rec('http', f`Buongiorno, devo chiamare il portale del comune per scaricare i verbali delle multe dei noleggi. Questa è la richiesta che mi ha dato il fornitore:

${amb('source_code.snippet', f`GET /api/v1/verbali?targa=GH482KL&dal=2025-02-01 HTTP/1.1
Host: multe.servizi-comune.it
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Mi risponde 401. Può essere che la password sia scaduta?`),

  rec('code_python', f`Oi, o bot de avarias no Slack parou de postar as fotos de danos. Código:

${code(f`from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def postar_avaria(placa: str, foto: str, obs: str) -> None:
    client.files_upload_v2(
        channel="C07AVARIAS",
        file=foto,
        initial_comment=f"Avaria registrada no carro {placa}: {obs}",
    )`)}

O erro é "missing_scope". Qual scope falta?`),

  rec('powershell', f`Hej, skrypt, który wysyła do kanału Teams listę aut z nowymi szkodami, nagle przestał działać:

${amb('source_code.snippet', f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$szkody = Import-Csv "C:\\Szkody\\dzisiaj.csv" -Delimiter ";"
$tekst = ($szkody | ForEach-Object { "$($_.Rejestracja): $($_.Opis)" }) -join "<br>"
Invoke-RestMethod -Uri $webhook -Method Post -ContentType "application/json; charset=utf-8" -Body (@{ text = $tekst } | ConvertTo-Json)`)}

Błąd: 400 Bad Request. Czy to przez polskie znaki?`),

  rec('chat_th', f`สวัสดีค่ะ ช่วยเขียนข้อความภาษาอังกฤษถึงพนักงานกะดึกที่สาขาสนามบินภูเก็ตหน่อยค่ะ ว่าระบบบันทึกความเสียหายรถเปลี่ยนรหัสผ่านแล้ว ชื่อผู้ใช้ night_hkt รหัสผ่านใหม่คือ ${v('credential.password_in_prose', 'Patong@Damage2025')} ให้เปลี่ยนหลังเข้าระบบครั้งแรกค่ะ`),

  rec('chat_is', f`Hæ, getur þú þýtt þetta yfir á ensku fyrir nýja starfsmanninn á Keflavíkurflugvelli? "Lykilorðið að tjónaskráningarkerfinu er ${v('credential.password_in_prose', 'Eldgos-Bilaleiga-9')}. Ekki skrifa það á miða við afgreiðsluborðið."`),

  rec('chat_ar_gulf', f`مرحبا، ابي رسالة رسمية بالانجليزي لموظفين فرع المطار. مختصر الكلام: نظام المخالفات المرورية تغير، اسم المستخدم fines_dxb وكلمة المرور ${v('credential.password_in_prose', 'Salik#Dxb2025')} ولازم كل واحد يغيرها أول ما يدخل.`),

  rec('chat_cs', f`Ahoj, aplikace pro předávací protokoly padá a Sentry nic nehlásí. V configu je SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)} — je ten formát správně pro EU region?`),

  rec('shell', f`Salut, am un script care exportă amenzile din baza de date, dar cron-ul nu rulează:

${amb('source_code.snippet', f`mysql -h db-amenzi.local -u export_amenzi -p${v('credential.mysql_cli_password', 'Rovinieta2025!')} amenzi \\
  -e "SELECT nr_inmatriculare, data_contraventiei, suma FROM amenzi WHERE status='nou'" > /srv/export/amenzi_$(date +%F).tsv`)}

Merge manual. Poate fi de la caracterul "!"?`),

  // ── offshore platform: permit-to-work coordinators ───────────────────────────────
  rec('cisco_config', f`Hei, kan du forklare hva denne konfigurasjonen på svitsjen i boligmodulen gjør? Vi skal dokumentere den for arbeidstillatelsessystemet.

${amb('source_code.snippet', f`hostname LQ-SW-02
enable secret 9 ${ambCat('credential', CISCO9)}
username ptwadmin privilege 15 password 7 ${v('credential.network_device_secret', CISCO7)}
snmp-server community ${v('credential.network_device_secret', SNMP)} RO
interface Vlan20
 description PTW-terminaler
 ip address ${amb('pii.ip_address', '10.20.4.1')} ${amb('pii.ip_address', '255.255.255.0')}
line vty 0 4
 login local
 transport input ssh`)}`, 'type 9 secret is a hash (ambiguous); type 7 password and SNMP community are the secrets'),

  rec('chat', f`Vault on the onshore support server: I exported VAULT_TOKEN=${v('credential.vault_token', VAULT)} and \`${amb('source_code.snippet', 'vault kv get secret/ptw/isolation-db')}\` says "permission denied". The policy should allow read on secret/ptw/*. Any idea?`),

  rec('chat_ms', f`Hai, saya nak kongsi fail permit kerja dengan kontraktor melalui pautan Azure ni: https://ptwdocsmy.blob.core.windows.net/permits/PTW-2025-0318.pdf?sv=2023-11-03&ss=b&srt=o&sp=r&se=2025-04-30T16:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Adakah selamat hantar pautan ni dalam WhatsApp? Tolong terangkan ringkas.`),

  rec('chat_tl', f`Hello po, yung app na nag-a-upload ng scanned permits sa storage ay nag-e-error. Eto yung connection string na nilagay ng dating IT:

${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=ptwscanstore;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE_KEY)};EndpointSuffix=core.windows.net`)}

Sabi "AuthenticationFailed". Kailangan ko bang i-regenerate yung key?`),

  rec('shell', f`This is the script we run on the control-room PC to pull the daily isolation register off the platform server. It hangs every other day:

${code(f`#!/bin/bash
# pull isolation register from offshore
DATE=$(date +%Y%m%d)
sshpass -p '${v('credential.cli_password', 'Brent-Delta-North7')}' scp ptwsync@${amb('pii.ip_address', '10.150.8.21')}:/data/isolations/isol_$DATE.csv /srv/ptw/incoming/
python3 /srv/ptw/load_isolations.py /srv/ptw/incoming/isol_$DATE.csv`)}

Satellite link drops sometimes, can I add a timeout and retry?`),

  rec('ini_ru', f`Привет, что не так в конфиге системы нарядов-допусков (PTW)? Сервис не стартует:

${amb('source_code.snippet', f`[database]
host = ptw-db.offshore.local
port = 5432
name = permit_to_work
user = ptw_app
password = ${v('credential.password_assignment', 'Kaspiy-Platforma-2025')}

[gas_test]
require_retest_minutes = 120`)}`),

  rec('email', f`Hi Chinedu,

As discussed on the morning call, the new login for the e-permit tablets on the cellar deck is ptw.tablet and the password is ${v('credential.password_in_prose', 'OsoGas-Cellar-44')}. Please do not write it on the tablet cases this time.

Thanks,
Tunde Okafor
Permit Coordinator
${phone('+234 803 418 2739')}

Can you rewrite this so it's less passive-aggressive?`),

  rec('ci_yaml', f`Hei, pipeline for PTW-rapportene feiler på "clone". .gitlab-ci.yml:

${amb('source_code.snippet', f`variables:
  GIT_STRATEGY: clone
  REPORTS_REPO: "https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.offshore-ops.no/ptw/reports.git"

build_reports:
  image: python:3.12
  script:
    - git clone "$REPORTS_REPO" reports
    - python reports/build_weekly.py --platform "Gullfaks-C"`)}`),

  rec('chat_ar_eg', f`ازيك، محتاج أكتب إيميل للمقاول إن حساب نظام تصاريح العمل بتاعه اتعمله reset. البيانات: ${v('credential.user_password_pair', 'contractor_hassan / Suez#Permit55')}. اكتبه بالعربي والإنجليزي لو سمحت.`),

  // ── university library: ILL & e-resources ───────────────────────────────────────
  rec('chat_ja', f`お疲れさまです。EZproxyのuser.txtに学外の研究員用アカウントを追加しました。以下の行で合っていますか？

${amb('source_code.snippet', f`# 客員研究員（2025年度）
${v('credential.user_password_pair', 'visiting_tanaka:Sakura-Lib2025')}
::Groups=Default+Visiting`)}

ログインすると「Invalid username or password」と出ます。`),

  rec('chat_ko', f`안녕하세요, 상호대차 시스템에서 OCLC WorldShare API를 호출하는데 계속 401이 뜹니다. 설정 파일 내용입니다:

${amb('source_code.snippet', f`[oclc]
wskey = ${amb('credential.generic_secret_assignment', fill('b148-wskey', B62, 40))}
secret = ${v('credential.generic_secret_assignment', fill('b148-wssec', B62, 32))}
institution_id = 128807`)}

키가 만료된 걸까요, 아니면 scope 문제일까요?`),

  rec('yaml_zh', f`你好，图书馆的馆际互借系统升级后连不上 LDAP 了，帮我看一下配置：

${amb('source_code.snippet', f`ldap:
  url: ldaps://ldap.lib.univ.edu.cn:636
  bind_dn: "cn=ill-svc,ou=services,dc=lib,dc=univ,dc=edu,dc=cn"
  bind_password: "${v('credential.password_assignment', 'HuJie-JieYue#2025')}"
  user_base: "ou=people,dc=univ,dc=edu,dc=cn"
  user_filter: "(uid={0})"`)}

报错是 "Invalid Credentials (49)"。`),

  rec('chat_zh_tw', f`請問 Alma 的 API key 可以放在前端 JavaScript 裡嗎？同事現在是這樣寫的：
${amb('source_code.snippet', f`const ALMA_APIKEY = "${v('credential.generic_secret_assignment', tok('l8xx', fill('b148-alma', HEX, 32)))}";`)}
我覺得不太安全，但他說只有讀取權限。幫我整理一下理由跟他說。`),

  rec('chat_fi', f`Hei, kirjaston e-aineistojen linkkitarkistus ajetaan GitHub Actionsissa ja se tarvitsee tokenin yksityiseen repoon. Laitoin sen suoraan workflow-tiedostoon: GH_TOKEN: ${v('credential.github_pat', GHP)}. Miten siirrän sen secretsiin ja poistan historiasta?`),

  rec('code_python', f`Tere! Kirjutasin skripti, mis teeb e-ajakirjade litsentsilepingutest kokkuvõtte. Miks see annab "insufficient_quota"?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def kokkuvote(tekst: str) -> str:
    vastus = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Tee lühike kokkuvõte: " + tekst}],
    )
    return vastus.choices[0].message.content`)}`),

  rec('chat_ca', f`Hola! Estem provant un model de Hugging Face per classificar les peticions de préstec interbibliotecari. He posat el token ${v('credential.huggingface_token', HF)} al notebook compartit de Colab. És un problema si el notebook és públic dins la universitat?`),

  rec('chat_lt', f`Sveiki, bibliotekos el. išteklių komandos skriptas naudoja Anthropic API ir ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}. Ar galiu tą patį raktą naudoti ir bandomojoje, ir produkcinėje aplinkoje?`),

  // ── credit bureau: consumer disputes ─────────────────────────────────────────────
  rec('chat', f`We exchange dispute files with the furnishers over SFTP, PGP-encrypted. The new analyst pasted our private key into the shared runbook. Here is what's there now, can you confirm it's the private part and not the public key?

${v('credential.pgp_private_key', PGP)}

If it is, what's the rotation procedure with our ~40 data furnishers?`),

  rec('chat_es_mx', f`Buenas, el proceso que baja las cartas de disputa del buzón SFTP del buró falla. En el cron está así:
${amb('source_code.snippet', f`lftp sftp://disputas_mx:${v('credential.url_password', 'Buro-Disputa-2025$')}@sftp.burocredito-ejemplo.mx -e "mirror /salida /srv/disputas/entrada; bye"`)}
¿Cómo lo cambio para que no quede la contraseña en el crontab?`),

  rec('chat_hi', f`Bhai, dispute-tracker repo ke liye maine ek fine-grained token banaya: ${v('credential.github_fine_grained_pat', GH_FINE)} — sirf contents:read diya hai. Phir bhi workflow "Resource not accessible by integration" de raha hai. Kya permission missing hai?`),

  rec('chat_pl', f`Cześć, w notatniku Databricks do analizy reklamacji konsumentów ktoś zostawił token: ${v('credential.databricks_token', DATABRICKS)}. Jak go unieważnić i sprawdzić, kto go używał w ostatnim miesiącu?`),

  rec('python_cs', f`Dobrý den, skript pro měsíční statistiku sporů se nepřipojí ke Snowflake:

${code(f`import snowflake.connector

conn = snowflake.connector.connect(
    account="cb-eu-central-1",
    user="DISPUTE_REPORTING",
    password="${v('credential.password_assignment', SNOW_PW)}",
    warehouse="REPORTING_WH",
    database="DISPUTES",
)
cur = conn.cursor()
cur.execute("SELECT status, COUNT(*) FROM disputes WHERE opened >= DATEADD(month, -1, CURRENT_DATE) GROUP BY status")`)}

Chyba: 250001 Could not connect to Snowflake backend.`),

  rec('chat', f`Billing for credit-report purchases by consumers (the "see your own file" product) uses a restricted Stripe key: ${v('credential.stripe_restricted_key', STRIPE_RK)}. It only needs to create refunds for disputes that we resolve in the consumer's favour. Which permissions should it have, minimum?`),

  rec('chat_bn', f`হ্যালো, ডিসপিউট টিমের নতুন সদস্যের জন্য একটা স্বাগত মেইল লিখে দাও। তাতে থাকবে: পোর্টালের ইউজারনেম dispute.rahman এবং অস্থায়ী পাসওয়ার্ড ${v('credential.password_in_prose', 'Dhaka-Credit-71!')} — প্রথম লগইনের পর পাসওয়ার্ড বদলাতে হবে।`),

  rec('chat_ta', f`வணக்கம், புகார் கையாளும் குழுவின் பகிர்ந்த மின்னஞ்சல் பெட்டிக்கு புதிய கடவுச்சொல் ${v('credential.password_in_prose', 'Kaveri#Dispute24')} என்று அமைத்துள்ளோம். இதை குழுவுக்கு அறிவிக்க ஒரு சுருக்கமான செய்தி எழுதித் தருவீர்களா?`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: dispute-intake
  namespace: consumer-disputes
type: Opaque
data:
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', GHP_B64)}
  MAILGUN_DOMAIN: ZGlzcHV0ZXMuZXhhbXBsZS1idXJlYXUuY29t`)}

and separately the mailgun key is in a ConfigMap (I know…): MAILGUN_API_KEY: ${v('credential.mailgun_api_key', MAILGUN)}
Help me move both to External Secrets.`),

  rec('log', f`Consumer-portal gateway is logging the outbound bearer tokens to the furnisher API. Excerpt:

${amb('source_code.snippet', f`2025-03-24T16:41:07.112Z INFO  gw outbound POST https://api.furnisher-hub.example/v3/disputes/acdv
2025-03-24T16:41:07.113Z DEBUG gw headers: {"Authorization":"Bearer ${v('credential.bearer_token', BEARER)}","Content-Type":"application/json"}
2025-03-24T16:41:07.590Z INFO  gw 202 Accepted dispute_id=D-2025-0318842`)}

How do I redact the header in the logback config?`),
];

/**
 * Held-out batch 122: credentials pasted by a coffee roaster's franchise support, a fisheries
 * inspection agency, a semiconductor packaging subcontractor's customer-quality team, a
 * domestic-violence shelter, a national archive's reading room and digitisation unit and a
 * perfume brand's e-commerce care team, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b122-akia', B32, 16));
const AKIA_SECRET = fill('b122-akias', B64, 40);
const GHP = gh('ghp', 'Tq7Mz2Lk9Wx4Rb1Nc8Vd3Hs6Jp0Fy5');
const GH_FINE = tok('github_pat_', '11B7QX2MA0', fill('b122-ghfg1', B62, 12), '_', fill('b122-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b122-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '5829104736', '2-', '7391028465310-', fill('b122-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04QK7R2M', '/', 'B07LX3N9P2C', '/', fill('b122-slhook', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b122-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b122-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b122-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b122-oai1', B64URL, 74), 'T3BlbkFJ', fill('b122-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b122-ant', B64URL, 93), 'AA');
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b122-aiza', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b122-gcp', 1216, '\\n');
const AZ_STORAGE = fill('b122-azst', B64, 86) + '==';
const AZ_CLIENT = tok(fill('b122-azcs1', B62, 3), '8Q~', fill('b122-azcs2', B62 + '~._-', 34));
const SAS_SIG = `${fill('b122-sas1', B62, 18)}%2B${fill('b122-sas2', B62, 14)}%2F${fill('b122-sas3', B62, 9)}%3D`;
const TWILIO_SID = tok('AC', fill('b122-twsid', HEX, 32));
const TWILIO_AUTH = fill('b122-twauth', HEX, 32);
const MAILCHIMP = tok(fill('b122-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b122-brevo1', HEX, 64), '-', fill('b122-brevo2', B62, 16));
const TELEGRAM = tok('7391820465', ':AA', fill('b122-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249083716254019384', '/', fill('b122-dwh', B64URL, 68));
const NPM = gh('npm', 'Kd3Fr8Wq1Zp6Lm9Tb4Xc7Vn2Hy5Js0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b122-pypi', B64URL, 150));
const DOCKER_AUTH = b64(`archivbuild:${fill('b122-dockpw', B62, 20)}`);
const JFROG = tok('AKCp', fill('b122-jfrog', B62, 69));
const SHPAT = tok('shpat_', fill('b122-shpat', HEX, 32));
const SHPSS = tok('shpss_', fill('b122-shpss', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b122-pm1', HEX, 24), '-', fill('b122-pm2', HEX, 34));
const NOTION = tok('ntn_', fill('b122-ntn1', DIGITS, 11), fill('b122-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b122-at1', B62, 14), '.', fill('b122-at2', HEX, 64));
const SENTRY_DSN = tok('https://', fill('b122-sentry', HEX, 32), '@o4507218.ingest.de.sentry.io/4507291830', '4');
const GLSA = tok('glsa_', fill('b122-glsa1', B62, 32), '_', fill('b122-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b122-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b122-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b122-hvs', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b122-dapi', HEX, 32), '-3');
const SUPABASE = tok('sbp_', fill('b122-sbp', HEX, 40));
const DO_TOKEN = tok('dop_v1_', fill('b122-dop', HEX, 64));
const CLOUDFLARE = fill('b122-cf', B62 + '_-', 40);
const OKTA = tok('00', fill('b122-okta', B64URL, 40));
const HEROKU = tok('HRKU-', 'AA', fill('b122-hrku', B64URL, 58));
const HF = tok('hf_', fill('b122-hf', B62, 34));
const GROQ = tok('gsk_', fill('b122-groq', B62, 52));
const SQUARE = tok('EAAA', fill('b122-square', B64URL, 60));
const DROPBOX = tok('sl.', 'B', fill('b122-dbx', B64URL, 138));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'nordhav-vms', a: fill('b122-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b122-mbx', B64URL, 22));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b122-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const ADO_PAT = fill('b122-ado', B32LOWER, 52);
const JWT_CARE = jwt({ alg: 'RS256', typ: 'JWT', kid: 'iraé-care-2024' }, { sub: 'agent-3318', iss: 'https://auth.maison-irae.com', aud: 'zendesk-bridge', scope: 'orders:read refunds:write', iat: 1731052800, exp: 1731139200 }, 'b122-jwtcare');
const JWT_ARCH = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'lesesaal-terminal-07', role: 'reader-desk', iat: 1730790000 }, 'b122-jwtarch');
const BEARER = fill('b122-bearer', B62 + '-._~', 56);
const RSA = pem('RSA PRIVATE KEY', 'b122-rsa', 1190);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b122-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const TENCENT_ID = tok('AKID', fill('b122-akid', B62, 32));
const TENCENT_KEY = fill('b122-tckey', B62, 32);
const ALIBABA_ID = tok('LTAI', '5t', fill('b122-ltai', B62, 18));
const ALIBABA_SECRET = fill('b122-alisec', B62, 30);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH122_CREDENTIALS: DraftRecord[] = [
  // ── coffee roaster / café franchise support ──
  rec('chat_de_ch', f`Grüezi, de Kassen-Sync vo de Filiale Winterthur lauft sit geschter nöd. Im config.yaml staht:

${cfg(f`pos_sync:
  endpoint: https://api.ferrowood-coffee.ch/v2/sync
  store_id: CH-WTH-014
  api_user: wth014
  api_password: ${v('credential.password_assignment', 'Rist3tto-Winti!88')}
  retry: 5`)}

Chasch mer säge, öb s Passwort falsch isch oder de Endpoint?`),

  rec('chat', f`Franchisee in Leeds says the loyalty app stopped sending push notifications. Our old backend still posts to Firebase with this, but the real problem might be the Slack alert bot: SLACK_BOT_TOKEN=${v('credential.slack_bot_token', XOXB)}. Can you write a quick checklist to tell which one is failing?`),

  rec('env_file', f`Kannst du prüfen, ob hier was fehlt für den neuen Online-Shop (Kaffeeabos)?

${cfg(f`# shop/.env.production
SHOPIFY_STORE=ferrowood-roasters.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
SHOPIFY_WEBHOOK_SECRET=${v('credential.shopify_shared_secret', SHPSS)}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
ABO_DEFAULT_INTERVAL=14d`)}`),

  rec('chat_fr_qc', f`Allo! Le franchisé de Laval peut pas se connecter au portail des commandes de grains. Je lui ai donné l'utilisateur laval-03 pis le mot de passe ${v('credential.password_in_prose', 'Torréfaction#Laval23')}, mais ça dit « compte verrouillé ». Peux-tu m'écrire un courriel poli pour lui expliquer la réinitialisation?`),

  rec('chat_es_mx', f`oye, el técnico de las máquinas de espresso en Monterrey me pasó esto para la telemetría, ¿está bien que el token vaya en la URL?

https://telemetry.ferrowood-coffee.com/ingest?store=MTY-02&token=${v('credential.generic_secret_assignment', fill('b122-espresso', B62, 32))}

la contraseña del router de la sucursal es ${v('credential.password_in_prose', 'Cafecito_Mty2024')} por si la necesitas`),

  rec('chat_pt_br', f`Preciso de ajuda pra configurar o Sentry no app de fidelidade das lojas do Brasil. A DSN que o fornecedor mandou é ${v('credential.sentry_dsn', SENTRY_DSN)} — isso vai no AndroidManifest ou no código?`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งแฟรนไชส์สาขาเชียงใหม่หน่อยค่ะ ว่าเปลี่ยนรหัส Wi-Fi ร้านแล้ว
ชื่อเครือข่าย: Ferrowood-CNX-Staff
รหัสผ่านใหม่: ${v('credential.password_in_prose', 'Doi$uthep-Roast62')}
ให้พนักงานทุกคนเชื่อมต่อใหม่ก่อนเปิดร้านพรุ่งนี้`),

  rec('chat_ko', f`가맹점 POS 연동 스크립트에서 에러가 나요. 본사 ERP 접속 정보는 이렇게 넣었습니다:
DB_URL=postgresql://pos_sync:${v('credential.database_url_password', 'Gangnam-Drip#0415')}@erp-db.ferrowood.kr:5432/franchise
"password authentication failed"라고 나오는데 특수문자 때문일까요?`),

  rec('chat_ja', f`フランチャイズ向けの発注ポータルで、Twilioの認証が通らなくなりました。
アカウントSID: ${v('credential.twilio_account_sid', TWILIO_SID)}
Auth Token: ${v('credential.twilio_auth_token', TWILIO_AUTH)}
SMSで焙煎ロットの入荷通知を送っています。何が原因でしょうか？`),

  // ── fisheries inspection agency ──
  rec('chat_no', f`Hei! VMS-integrasjonen mot kartlaget vårt feiler etter fornyelse. Vi bruker Mapbox med hemmelig token ${v('credential.mapbox_secret_token', MAPBOX)} i backend. Kan du forklare forskjellen på pk- og sk-token, og om vi må lage nytt?`),

  rec('ini', f`Hæ, getur þú athugað af hverju skipaskráin tengist ekki gagnagrunninum?

${cfg(f`[afladagbok]
host = afli-db.fiskistofa-test.is
port = 1433
user = eftirlit_les
lykilord = ${v('credential.password_assignment', 'Þorskur-2024!Ks')}
database = Afladagbok`)}`),

  rec('chat_pt', f`Boa tarde. Na aplicação de inspeção a bordo (tablets dos inspetores), o token do Vault expirou e ninguém consegue sincronizar os autos. O colega deixou isto no runbook: export VAULT_TOKEN=${v('credential.vault_token', VAULT)}. Posso renovar com o mesmo token ou tenho de gerar outro?`),

  rec('yaml', f`Tarkistatko tämän GitLab CI -konfiguraation? Saalisilmoitusten ETL ei pääse rekisteriin.

${cfg(f`variables:
  REGISTRY_USER: saalis-ci
  REGISTRY_TOKEN: ${v('credential.gitlab_pat', GLPAT)}
deploy:
  stage: deploy
  script:
    - docker login -u $REGISTRY_USER -p $REGISTRY_TOKEN registry.kalastusvalvonta.fi
    - docker push registry.kalastusvalvonta.fi/etl/saalis:latest`)}`),

  rec('chat_ru', f`Коллеги из Мурманска прислали доступ к архиву судовых журналов, но подключение не проходит:
сервер: logbook-arch.rybnadzor-test.ru
логин: inspektor_nw
пароль: ${v('credential.password_in_prose', 'Треска_Баренц#71')}
Что может быть не так с кириллицей в пароле при подключении через ODBC?`),

  rec('chat_el', f`Καλημέρα, στο σύστημα επιθεωρήσεων αλιείας βάλαμε API key για τους χάρτες: ${v('credential.google_api_key', GOOGLE_KEY)}. Ο κωδικός του διαχειριστή για το portal είναι ${v('credential.password_in_prose', 'Αλιεία!Πειραιάς24')}. Πώς περιορίζω το key μόνο στο domain μας;`),

  rec('chat_da', f`Jeg har sat en Telegram-bot op, som sender landingsmeldinger fra havnene til vagtholdet. Bot-token: ${v('credential.telegram_bot_token', TELEGRAM)}. Beskederne kommer dobbelt — hvordan deduplikerer jeg dem i webhooken?`),

  rec('code_go', f`${code(f`// vms/ingest/main.go — reads AIS/VMS positions and stores them in S3
package main

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

var creds = credentials.NewStaticCredentialsProvider(
	"${v('credential.aws_access_key_id', AKIA)}",
	"${v('credential.aws_secret_access_key', AKIA_SECRET)}",
	"",
)

func cfg() aws.Config {
	return aws.Config{Region: "eu-north-1", Credentials: creds}
}`)}

Kan du skriva om det här så att nycklarna läses från miljövariabler i stället? Det är vår fiskerikontrolls VMS-inläsning.`),

  rec('chat_ar', f`مرحباً، نظام تسجيل الصيد في ميناء الإسكندرية متوقف. هذه بيانات الدخول اللي عندي:
اسم المستخدم: fisheries_alex
كلمة المرور: ${v('credential.password_in_prose', 'Samak@Alex2024')}
ممكن تكتب لي رسالة للدعم الفني بالإنجليزي؟`),

  rec('chat_pl', f`Cześć, skrypt do pobierania raportów z kontroli połowów używa klucza OpenAI do streszczeń protokołów. Klucz: ${v('credential.openai_api_key', OPENAI)}. Dostaję 429, czy to limit na organizację czy na klucz?`),

  // ── semiconductor packaging subcontractor, customer quality ──
  rec('chat_zh_tw', f`客戶品質部的 8D 報告自動產生腳本壞了。MES 資料庫連線字串如下：
Server=mes-sql.kestrel-micro.tw,1433;Database=MES_PKG;User Id=cq_report;Password=${v('credential.connection_string_password', 'WireB0nd!Hsinchu')};Encrypt=True
錯誤訊息是 Login failed for user 'cq_report'. 是密碼過期了嗎？`),

  rec('chat_zh_cn', f`帮我看一下这个 Python 脚本为什么上传 SPC 数据到阿里云 OSS 失败：
AccessKeyId: ${v('credential.alibaba_access_key_id', ALIBABA_ID)}
AccessKeySecret: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}
报错是 SignatureDoesNotMatch。另外腾讯云那边的 SecretId=${v('credential.tencent_secret_id', TENCENT_ID)} SecretKey=${v('credential.generic_secret_assignment', TENCENT_KEY)} 是不是也要换？`),

  rec('ssh', f`Our customer's FA lab needs SFTP access to pull X-ray images of the failing QFN lots. I generated this key for them, is it OK to send by mail?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: cq-dashboard
  namespace: quality
type: Opaque
stringData:
  AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=https;AccountName=kestrelcqimages;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
  AZURE_CLIENT_SECRET: "${v('credential.azure_client_secret', AZ_CLIENT)}"
  DATADOG_API_KEY: "${v('credential.datadog_api_key', DD_API)}"`)}

Die Bilder aus der AOI-Linie landen im Blob Storage, aber das Dashboard zeigt 403. Liegt es am Client-Secret?`),

  rec('chat_vi', f`Anh ơi, link chia sẻ ảnh SEM mặt cắt cho khách hàng bị lỗi AuthenticationFailed:
https://kestrelcqimages.blob.core.windows.net/fa-reports/LOT-QF2291/cross-section.zip?sv=2023-01-03&sp=r&se=2024-11-30T17:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Em tạo lại SAS thì có cần báo khách không ạ?`),

  rec('chat', f`Customer quality here. Our Databricks job that recalculates Cpk for the flip-chip line fails with 403. The notebook has token = "${v('credential.databricks_token', DATABRICKS)}" hard-coded (not mine!). How do we move it to a secret scope?`),

  rec('chat_hi', f`भाई, ग्राहक के ऑडिट पोर्टल में लॉगिन नहीं हो रहा। यूज़र: kestrel_audit, पासवर्ड: ${v('credential.password_in_prose', 'Noida@Pkg2024')}। उन्होंने कहा है कि पासवर्ड हर 90 दिन में बदलना होगा — ऐसे पोर्टल के लिए कोई अच्छा नियम बताओ।`),

  rec('network', f`Switch in the test floor lost its config after the power cut. Backup:

${cfg(f`hostname TF-SW-03
!
enable secret 0 ${v('credential.network_device_secret', 'Kestrel-Test$witch9')}
username cqadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Burn1n-0ven!Rack')}
snmp-server community ${v('credential.network_device_secret', 'kstr-ro-7731')} RO
!
interface Vlan20
 ip address ${amb('pii.ip_address', '10.20.4.3')} 255.255.255.0`)}

Is "password 0" stored in clear text?`),

  // ── domestic-violence shelter ──
  rec('chat', f`I'm the case-work coordinator. Our case management system locked out a volunteer. She wrote the temporary login on a sticky note, I just want to know if I should force a reset: user hv.lindqvist, temp password ${v('credential.password_in_prose', 'Harbour!Safe-2291')}. How do I explain password hygiene to volunteers kindly?`),

  rec('chat_nl_be', f`Dag, de beveiligde chat voor slachtoffers (via onze website) gebruikt een Supabase-backend. Onze vrijwilliger-ontwikkelaar heeft het access token in de handleiding gezet: ${v('credential.supabase_token', SUPABASE)}. Is dat gevaarlijk? Wat moeten we nu doen?`),

  rec('chat_he', f`שלום, אנחנו מקלט לנשים. המחשב במשרד שומר סיסמה לאתר ההפניות של הרווחה. הסיסמה היא ${v('credential.password_in_prose', 'Miklat#Beersheva9')}. איך אני מוודאת שהדפדפן לא ישמור אותה יותר?`),

  rec('chat_es', f`Hola, la app de citas del centro de acogida nos manda SMS con Twilio pero quiero migrar a Brevo. La clave de Brevo es ${v('credential.brevo_api_key', BREVO)}. ¿Cómo configuro el remitente para que NO aparezca el nombre del centro en el SMS? (por seguridad de las usuarias)`),

  rec('chat_tr', f`Merhaba, sığınma evinin vaka takip sistemine girişte "yetkisiz" hatası alıyorum. Kullanıcı adı: sosyal.hizmet2, şifre: ${v('credential.password_in_prose', 'Kadin-Evi*2024')}. BT sorumlumuz izinde, ne yapabilirim?`),

  // ── national archive, reading room & digitisation ──
  rec('docker_config', f`Der Scan-Server der Digitalisierung kann keine Images mehr ziehen:

${cfg(f`{
  "auths": {
    "registry.staatsarchiv-digital.de": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Ist das ~/.docker/config.json richtig formatiert?`),

  rec('code_python', f`IIIF manifest generator for the digitised parish registers, the upload to our Dropbox partner folder stopped:

${code(f`import dropbox
from pathlib import Path

DBX_TOKEN = "${v('credential.dropbox_access_token', DROPBOX)}"
dbx = dropbox.Dropbox(DBX_TOKEN)

def push_manifest(path: Path, collection: str) -> None:
    with path.open("rb") as fh:
        dbx.files_upload(fh.read(), f"/iiif/{collection}/{path.name}", mode=dropbox.files.WriteMode.overwrite)`)}

Short-lived tokens? The error is expired_access_token.`),

  rec('chat_cs', f`Dobrý den, potřebuji pomoct s nastavením HuggingFace modelu pro OCR kurentu (staré rukopisy). Token mám ${v('credential.huggingface_token', HF)}, ale stahování modelu končí 401. Je to kvůli tomu, že model je gated?`),

  rec('jwt_log', f`Reading-room terminal log, why does the catalogue API reject the token after 10 minutes?

2024-11-05 09:14:02 INFO  terminal=LS-07 Authorization: Bearer ${v('credential.jwt', JWT_ARCH)}
2024-11-05 09:24:03 WARN  terminal=LS-07 401 token_expired`),

  rec('chat_ka', f`გამარჯობა, არქივის ციფრული კატალოგის სერვერზე SSH-ით შესვლა ვერ ვახერხებ. მომხმარებელი: digit_admin, პაროლი: ${v('credential.password_in_prose', 'Arqivi#Tbilisi77')}. შეცდომა: "Connection refused". რა შეიძლება იყოს მიზეზი?`),

  rec('chat_hy', f`Բարև, թվայնացման բաժնի NAS-ի ադմին գաղտնաբառը ${v('credential.password_in_prose', 'Matenadaran!2024')} է, բայց վեբ ինտերֆեյսը չի բացվում: Ինչպե՞ս վերականգնել կարգավորումները առանց տվյալները կորցնելու:`),

  rec('shell', f`Nightly backup of the digitisation catalogue to the offsite box:

${code(f`#!/bin/bash
set -euo pipefail
mysqldump -h catalogue-db -u backup -p'${v('credential.mysql_cli_password', 'Vellum&Ink-4412')}' --single-transaction catalogue | gzip > /backup/catalogue-$(date +%F).sql.gz
age -r age1archiveoffsite... /backup/catalogue-$(date +%F).sql.gz > /offsite/catalogue.age`)}

Is it safe to keep the -p password in the script? Alternatives?`),

  rec('gcp_key_hr', f`Bok, skripta za prijenos skeniranih matičnih knjiga u Google Cloud Storage javlja "invalid_grant". Ovo je ključ servisnog računa koji nam je dao dobavljač:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "arhiv-digitalizacija",
  "private_key_id": "${fill('b122-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'skener-upload@arhiv-digitalizacija.iam.gserviceaccount.com')}",
  "client_id": "104829371650284917365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'skener-upload%40arhiv-digitalizacija.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Je li problem u satu na poslužitelju?`),

  rec('curl_nl', f`De API van ons collectiebeheersysteem geeft 401 sinds de migratie. Dit is het commando uit de handleiding van de studiezaal:

${cfg(f`curl -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  "https://collectie.archief-digitaal.nl/api/v1/inventaris/1187/scans?formaat=iiif"`)}

Moet het token opnieuw aangevraagd worden?`),

  rec('chat_uk', f`Привіт! Для оцифрування метричних книг ми підключили Cloudflare R2. API токен: ${v('credential.cloudflare_api_token', CLOUDFLARE)}. Чи можна обмежити його лише на один бакет?`),

  rec('age_key', f`We encrypt the restricted-access scans (closed until 2035) with age before they go to tape. Our key file:

# created: 2024-10-01T08:12:44+02:00
# public key: age1${fill('b122-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}

Where should this live so the night shift can decrypt for reading-room requests?`),

  // ── perfume & cosmetics e-commerce care ──
  rec('chat_fr', f`Bonjour, l'outil de remboursement du service client Maison Iraé appelle Stripe avec une clé restreinte : ${v('credential.stripe_restricted_key', STRIPE_RK)}. Depuis ce matin : « This API key does not have the required permissions ». Quelles permissions faut-il pour les remboursements partiels ?`),

  rec('http', f`${cfg(f`GET /api/v2/orders/IR-552901/returns HTTP/1.1
Host: care-api.maison-irae.com
Authorization: Bearer ${v('credential.jwt', JWT_CARE)}
Accept: application/json`)}

Returns 403 for agents in the Milan team only. Scope problem?`),

  rec('chat_it', f`Ciao, il widget del servizio clienti usa questo token per Klaviyo ma in realtà è Mailchimp, l'ha lasciato il vecchio fornitore: ${v('credential.mailchimp_api_key', MAILCHIMP)}. Puoi aiutarmi a scrivere un messaggio al fornitore per chiedere la revoca?`),

  rec('npmrc', f`${cfg(f`# .npmrc (care-widget)
@irae:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm publish of the chat widget fails with E404, the scope exists. Ideas?`),

  rec('chat_sv', f`Hej! Vi har en Discord-kanal för VIP-kunder (doftlanseringar) och en webhook som postar nya produkter: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Den slutade fungera när vi bytte kanal — måste vi skapa en ny?`),

  rec('chat_id', f`Halo, tolong bantu. Tim CS kami pakai GitHub untuk template balasan. Token lama ${v('credential.github_pat', GHP)} masih dipakai di bot, dan token baru (fine-grained) ${v('credential.github_fine_grained_pat', GH_FINE)} belum bisa akses repo. Izin apa yang kurang?`),

  rec('chat_ar_gulf', f`هلا، عميلة في دبي تقول إن رابط تتبع الطلب ما يفتح. الموقع يستخدم Okta للدخول وهذا التوكن اللي في الإعدادات: ${v('credential.okta_api_token', OKTA)}. هل لازم نغيره بعد ما الموظف السابق ترك الشغل؟`),

  rec('code_ts', f`${code(f`// care-bot/src/classify.ts — tags incoming perfume-care emails
import Groq from 'groq-sdk';
import Anthropic from '@anthropic-ai/sdk';

const groq = new Groq({ apiKey: '${v('credential.groq_api_key', GROQ)}' });
const claude = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function classify(body: string): Promise<string> {
  const r = await groq.chat.completions.create({
    model: 'llama-3.1-8b-instant',
    messages: [{ role: 'user', content: \`Tag: damaged | late | allergy | other\\n\\n\${body}\` }],
  });
  return r.choices[0]?.message?.content ?? 'other';
}`)}

Can you add a fallback to Claude when Groq times out?`),

  rec('chat_bn', f`ভাই, কাস্টমার কেয়ারের নতুন Square POS (পপ-আপ স্টোর) কানেক্ট হচ্ছে না। অ্যাক্সেস টোকেন দিয়েছি: ${v('credential.square_access_token', SQUARE)}। এটা কি sandbox টোকেন নাকি production?`),

  rec('basic_auth', f`Our returns label API (courier) works in Postman but not from the care tool. Postman shows this header:

Authorization: Basic ${v('credential.basic_auth_header', b64('irae-returns:Oud&Rose-Label42'))}

and Postman's own key for the monitor is ${v('credential.postman_api_key', POSTMAN)}. What's different?`),

  rec('chat_ro', f`Bună, scriptul care exportă recenziile clienților (parfumuri) în Airtable dă eroare 403. Tokenul: ${v('credential.airtable_pat', AIRTABLE)}. Și în Notion am pus ${v('credential.notion_token', NOTION)}. Care e problema cu scope-urile?`),

  rec('chat_sw', f`Habari, tunatumia DigitalOcean kwa tovuti ya huduma kwa wateja Nairobi. Tokeni ya API ni ${v('credential.digitalocean_token', DO_TOKEN)} na nenosiri la seva ni ${v('credential.password_in_prose', 'Manukato!Nbo24')}. Nisaidie kuandika hatua za kubadilisha zote mbili.`),

  rec('pem', f`The care team's SSO (SAML) cert is expiring. The vendor wants the private key to renew, is that normal?

${v('credential.private_key', RSA)}`),

  rec('chat_et', f`Tere! Klienditoe Heroku rakendus ei käivitu pärast uuendust. HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} ja PyPI jaoks ${v('credential.pypi_token', PYPI)}. Kas peaksin need mõlemad uuesti genereerima?`),

  rec('chat_lt', f`Sveiki, JFrog artefaktų saugykloje klientų aptarnavimo įrankio build'as nepavyksta: artifactory_api_key=${v('credential.jfrog_api_key', JFROG)}. Slaptažodis paskyrai irae-ci yra ${v('credential.password_in_prose', 'Kvepalai-Vilnius9')}. Ką keisti pirmiausia?`),

  rec('chat_lv', f`Sveiki! Mūsu aprūpes komandas Grafana panelim ir servisa konta tokens ${v('credential.grafana_service_account_token', GLSA)}, un New Relic atslēga ${v('credential.newrelic_key', NRAK)}. Gribu pāriet tikai uz Grafana — ko darīt ar New Relic?`),

  rec('ado', f`Azure DevOps pipeline for the e-shop fails at git push. The YAML has:

${cfg(f`- script: git push https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/maisonirae/eshop/_git/storefront HEAD:main
  displayName: Push tag`)}

Should I use System.AccessToken instead?`),

  rec('chat_hr', f`Bok, kolega je u README za skener arhivskih kutija stavio lozinku: lozinka=${v('credential.password_assignment', 'Arhiv-Zagreb!61')}. I za Slack obavijesti ${v('credential.slack_webhook_url', SLACK_HOOK)}. Kako to brzo maknuti iz git povijesti?`),

  rec('cli', f`Fischerei-Inspektion, Tablet-Sync: so melde ich mich am Server an

${cfg(f`$ sshpass -p '${v('credential.cli_password', 'Hering&Kutter-53')}' ssh ${amb('pii.email', 'inspektor@sync.fischerei-kontrolle.de')}
$ rsync -av protokolle/ ${amb('pii.email', 'inspektor@sync.fischerei-kontrolle.de')}:/eingang/`)}

Wie mache ich das ohne Passwort in der Kommandozeile?`, 'ssh user@host is e-mail-shaped: ambiguous like git@github.com'),

];

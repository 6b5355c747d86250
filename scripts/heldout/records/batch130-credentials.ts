/**
 * Held-out batch 130: credentials pasted by staff of a national weather service, a bridal and
 * formal-wear rental chain, a tunnel-boring joint venture, a prison healthcare provider, a
 * public-radio station's membership desk and a rare-earth magnet maker's export-control office.
 * Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b130-akia', B32, 16));
const AWS_SECRET = fill('b130-awssec', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b130-slt', UPPER + DIGITS, 9), '/B0', fill('b130-slb', UPPER + DIGITS, 9), '/', fill('b130-sls', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b130-sklive', B62, 97));
const SHPAT = tok('shpat_', fill('b130-shpat', HEX, 32));
const LTAI = tok('LTAI', '5t', fill('b130-ltai', B62, 18));
const LTAI_SECRET = fill('b130-ltaisec', B62, 30);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b130-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const BEARER_PHARM = fill('b130-bearer', B62 + '-._~', 58);
const MAILCHIMP = tok(fill('b130-mc', HEX, 32), '-us14');
const GHP = gh('ghp', fill('b130-ghp', B62, 30));
const SENDGRID = tok('SG.', fill('b130-sg1', B64URL, 22), '.', fill('b130-sg2', B64URL, 43));
const TELEGRAM = tok('7', fill('b130-tgid', DIGITS, 9), ':', 'AA', fill('b130-tg', B64URL, 33));
const GLSA = tok('glsa_', fill('b130-glsa1', B62, 32), '_', fill('b130-glsa2', HEX, 8));
const AZ_KEY = tok(fill('b130-azkey', B64, 86), '==');
const TW_SID = tok('AC', fill('b130-twsid', HEX, 32));
const TW_TOKEN = fill('b130-twtok', HEX, 32);
const VAULT = tok('hvs.', fill('b130-vault', B62 + '-_', 92));
const GLPAT = tok('glpat-', fill('b130-glpat', B62 + '-_', 20));
const TEAMS = tok('https://jvfjord.webhook.office.com/webhookb2/', '7b2e41c9-0d85-4f3a-a6e2-91c5d8b07f43@2c8a9e15-6f47-4d0b-b3a1-58e7c2d94f60/IncomingWebhook/', fill('b130-teams1', HEX, 32), '/', 'a94d0e37-61c2-4b85-9f0e-3d7c21b8e564/', 'V2', fill('b130-teams2', B64URL, 43));
const FB = tok('EAA', 'Jb8ZC', fill('b130-fb', B62, 160));
const GOOGLE = tok('AIza', 'Sy', fill('b130-gapi', B64URL, 33));
const OPENAI = tok('sk-proj-', fill('b130-oa1', B64URL, 74), 'T3BlbkFJ', fill('b130-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b130-ant', B64URL, 93), 'AA');
const RK_LIVE = tok('rk_', 'live_', '51', fill('b130-rklive', B62, 97));
const GCP_PK = pem('PRIVATE KEY', 'b130-gcp', 1216).replace(/\n/g, '\\n');
const AZ_CLIENT = tok(fill('b130-azc1', B62, 3), '8Q~', fill('b130-azc2', B62 + '-_.~', 34));
const WHSEC = tok('whsec_', fill('b130-whsec', B62, 32));
const NPM = gh('npm', fill('b130-npm', B62, 30));
const DD_API = fill('b130-ddapi', HEX, 32);
const RSA = pem('RSA PRIVATE KEY', 'b130-rsa', 1190);
const JWT_ERP = jwt({ alg: 'RS256', kid: 'erp-2024-11' }, { sub: 'exportctl-svc', aud: 'sap-gts', scope: 'screening.read license.write', iat: 1733302800, exp: 1733306400 }, 'b130-jwterp');
const GH_FINE = tok('github_pat_', '11B', fill('b130-ghfine1', UPPER + DIGITS, 19), '_', fill('b130-ghfine2', B62, 59));
const SENTRY_KEY = fill('b130-sentry', HEX, 32);
const HF = tok('hf_', fill('b130-hf', B62, 34));
const DOCKER_AUTH = b64('tbm-ci:Tunnelbau!Ring4471');
const BASIC = b64('brud-api:Slorvej#5512');
const WC_SECRET = tok('cs_', fill('b130-wc', HEX, 40));
const DO_TOKEN = tok('dop_v1_', fill('b130-do', HEX, 64));
const CF_TOKEN = fill('b130-cft', B62 + '-_', 40);
const TFC = tok(fill('b130-tfc1', B62, 14), '.atlasv1.', fill('b130-tfc2', B62, 67));
const PGCONN_PW = 'Nimbus-Strato#73';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH130_CREDENTIALS: DraftRecord[] = [
  rec('ini_en_us', f`The radar-archive uploader on the Doppler site box stopped syncing to S3 last night. Here's ~/.aws/credentials on that box, anything wrong?

${amb('source_code.snippet', f`[default]
region = us-west-2

[radar-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
output = json`)}

error is "RequestTimeTooSkewed" if that helps`),

  rec('code_python_de', f`Unser Skript für die SYNOP-Meldungen der Nebenamtlichen Stationen schreibt seit dem Umzug auf den neuen Server nichts mehr in die DB. Siehst du den Fehler?

\`\`\`python
${code(f`import psycopg2
from synop import parse_synop

DSN = "postgresql://obs_writer:${v('credential.database_url_password', PGCONN_PW)}@obsdb01.wetterdienst.intern:5432/beobachtungen"

def speichere(meldung: str) -> None:
    daten = parse_synop(meldung)
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO synop (station, zeit, tt, td, ppp) VALUES (%s, %s, %s, %s, %s)",
            (daten.station, daten.zeit, daten.tt, daten.td, daten.ppp),
        )`)}
\`\`\`
Fehlermeldung: psycopg2.OperationalError: FATAL: no pg_hba.conf entry for host`),

  rec('chat_ja', f`気象警報をSlackに流すボットを作っています。Webhook URL はこれです：${v('credential.slack_webhook_url', SLACK_HOOK)}
大雨特別警報のときだけ @channel を付けたいのですが、JSONのどこに書けばいいですか？`),

  rec('env_fr_ca', f`Salut! Le formulaire de dons pour la campagne de souscription plante en prod depuis hier soir. Voici le .env du serveur, peux-tu me dire si quelque chose cloche?

${amb('source_code.snippet', f`APP_URL=https://donner.radio-laurentides.ca
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_CURRENCY=cad
CAMPAGNE_ID=souscription-automne-2024
OBJECTIF_CAD=185000`)}

L'erreur dans les logs : "No such price: price_1Q…". C'est-tu la clé ou le prix?`),

  rec('chat_es_mx', f`oye, me ayudas a redactar un mensaje para las chicas de la sucursal Polanco? que a partir de mañana la contraseña del punto de venta es ${v('credential.password_in_prose', 'Velo&Encaje2025')} y que no la anoten en el mostrador porfa 🙏`),

  rec('code_ts_pt_br', f`O webhook de devolução de vestidos não atualiza o estoque na loja Shopify. Segue o trecho:

${code(f`import { shopifyApi, ApiVersion } from '@shopify/shopify-api';

const shopify = shopifyApi({
  apiVersion: ApiVersion.October24,
  hostName: 'noivas-aluguel.myshopify.com',
  isEmbeddedApp: false,
});

const session = shopify.session.customAppSession('noivas-aluguel.myshopify.com');
session.accessToken = '${v('credential.shopify_access_token', SHPAT)}';

export async function devolverVestido(sku: string) {
  const client = new shopify.clients.Rest({ session });
  return client.post({ path: 'inventory_levels/adjust', data: { inventory_item_id: sku, available_adjustment: 1 } });
}`)}

alguém sabe se precisa do location_id também?`),

  rec('ini_zh_cn', f`出口管制科的报关单据要自动上传到OSS，配置文件如下，为什么一直报 InvalidAccessKeyId.NotFound？

${amb('source_code.snippet', f`[oss]
endpoint = oss-cn-hangzhou.aliyuncs.com
bucket = xitu-citi-export-docs
access_key_id = ${v('credential.alibaba_access_key_id', LTAI)}
access_key_secret = ${v('credential.generic_secret_assignment', LTAI_SECRET)}
prefix = 许可证/2024/`)}`),

  rec('yaml_ko', f`TBM 원격 모니터링 게이트웨이 설정입니다. MQTT 브로커에 연결이 안 되는데 어디가 문제일까요?

${amb('source_code.snippet', f`mqtt:
  host: ${amb('pii.ip_address', '10.72.14.31')}
  port: 8883
  client_id: tbm-gw-02
  username: tbm_telemetry
  password: "${v('credential.password_assignment', 'Dudeoji!Shield77')}"
  topics:
    - tbm/cutterhead/torque
    - tbm/thrust/pressure`)}

로그에는 "connection refused: not authorised"만 나옵니다.`),

  rec('chat_ru', f`Не могу зайти по ssh на сервер приёма данных с метеостанций, пишет "invalid format". Вот ключ, который мне скинули в почте:

${v('credential.openssh_private_key', OSSH)}

Что с ним не так? Может, переносы строк побились?`),

  rec('curl_en_gb', f`Trying to pull this morning's medication round list from the pharmacy system for HMP wing C, but I get 403. Command:

${amb('source_code.snippet', f`curl -s -H "Authorization: Bearer ${v('credential.bearer_token', BEARER_PHARM)}" \\
  "https://emar.custodia-health.co.uk/api/v2/rounds?site=HMP-NW03&wing=C&slot=0800"`)}

Is the token scoped per wing or per site?`),

  rec('chat_nl', f`Kun je een Python-scriptje schrijven dat alle donateurs van de najaarsactie uit Mailchimp haalt? API-sleutel: ${v('credential.mailchimp_api_key', MAILCHIMP)}, lijst heet "Steunleden 2024".`),

  rec('shell_sv', f`Jag får inte pusha till repot med prognosmodellens efterbearbetning, vad är fel?

${amb('source_code.snippet', f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/smhi-like-prognos/postproc-ens.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/smhi-like-prognos/postproc-ens.git (push)
$ git push
remote: Permission to smhi-like-prognos/postproc-ens.git denied.`)}`),

  rec('cisco_pl', f`Konfiguracja switcha w kontenerze sterowni TBM, po restarcie nie działa logowanie przez SSH. Co poprawić?

${amb('source_code.snippet', f`hostname SW-TBM-STEROWNIA
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b130-cs9a', B62 + './', 14), '$', fill('b130-cs9b', B62 + './', 43)))}
username serwis privilege 15 password 7 ${v('credential.network_device_secret', '0822455D0A165A1E0B1C')}
!
interface Vlan20
 ip address ${amb('pii.ip_address', '192.168.20.2')} ${amb('pii.ip_address', '255.255.255.0')}
!
line vty 0 4
 login local
 transport input ssh`)}`, 'type 9 secret is a hash: ambiguous; type 7 password is reversible: labelled'),

  rec('chat_he', f`צריך עזרה: מפתח ה-SendGrid של קמפיין ההתרמה הפסיק לשלוח קבלות לתורמים. המפתח: ${v('credential.sendgrid_api_key', SENDGRID)} — האם צריך להגדיר מחדש את אימות הדומיין?`),

  rec('chat_ar', f`أرجو صياغة رسالة قصيرة لمكتب الامتثال: تم إنشاء حساب لكم على بوابة التراخيص، اسم المستخدم: compliance_uae وكلمة المرور: ${v('credential.password_in_prose', 'Nadir-Ard#2291')} ويجب تغييرها عند أول دخول.`),

  rec('chat_hi', f`Bhai, medication round ke liye naya tablet aaya hai, usme eMAR app ka login daalna hai. Username: nurse.sharma aur password ${v('credential.password_in_prose', 'Dawai@Round0824')} hai. Ek message likh do Hindi mein night staff ke liye ki login kaise karna hai, password mat likhna usme.`),

  rec('json_tr', f`Jenkins ajanı özel registry'den TBM veri toplama imajını çekemiyor. ~/.docker/config.json şöyle:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.tunel-ortaklik.com.tr": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Hata: "unauthorized: authentication required". Şifre doğru, emin olduğum için soruyorum.`),

  rec('code_python_el', f`Το bot για τις προειδοποιήσεις καταιγίδων δεν στέλνει μηνύματα στο κανάλι. Τι φταίει;

${code(f`import requests

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183740192

def steile(minima: str) -> None:
    r = requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                      json={"chat_id": CHAT_ID, "text": minima, "parse_mode": "HTML"})
    r.raise_for_status()`)}`),

  rec('yaml_uk', f`Допоможіть налаштувати provisioning дашбордів для мережі автоматичних метеостанцій. Ось values.yaml:

${amb('source_code.snippet', f`grafana:
  url: https://grafana.meteo-merezha.ua
  serviceAccountToken: ${v('credential.grafana_service_account_token', GLSA)}
  folder: "АМС — спостереження"
  datasource: influx-ams`)}

При імпорті пише 403 Forbidden.`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งพนักงานสาขาสยามหน่อยค่ะ ว่าระบบจองชุดเจ้าสาวเปลี่ยนรหัสผ่านใหม่แล้ว รหัสผ่านคือ ${v('credential.password_in_prose', 'Chudjaosao#88')} ห้ามบอกลูกค้าเด็ดขาด`),

  rec('appsettings_vi', f`Dịch vụ lưu hồ sơ giấy phép xuất khẩu không ghi được lên Azure Blob. Cấu hình đây:

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=namchamxuatkhau;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net",
    "Container": "giay-phep-2024"
  }
}`)}

Lỗi 403 AuthorizationPermissionMismatch, có phải do key không?`),

  rec('chat_id', f`Tolong bantu cek kenapa SMS konfirmasi donasi tidak terkirim. Di kode pakai Account SID ${v('credential.twilio_account_sid', TW_SID)} dan auth token ${v('credential.twilio_auth_token', TW_TOKEN)}. Errornya 20003 Authenticate.`),

  rec('shell_fi', f`Vault-tunnus vanhenee kesken ennustemallin ajon. Miten tämän voi uusia automaattisesti?

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.ilmatieteen-verkko.fi:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/nwp/ecflow
Error making API request. Code: 403. Errors: * permission denied`)}`),

  rec('curl_da', f`Kan du forklare hvorfor det her kald til vores lagersystem for brudekjoler giver 401?

${amb('source_code.snippet', f`curl -X GET "https://lager.brudeudlejning.dk/api/kjoler?filial=aarhus" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Accept: application/json"`)}`),

  rec('powershell_nb', f`Skriptet som varsler tunnelmøtet om nye setningsmålinger sender ingenting til Teams lenger:

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$maaling = Import-Csv \\\\fil01\\setning\\siste.csv | Where-Object { [double]$_.mm -gt 12 }
if ($maaling) {
  $tekst = "Setning over 12 mm ved pel: " + ($maaling.pel -join ', ')
  Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body (@{ text = $tekst } | ConvertTo-Json)
}`)}`),

  rec('shell_cs', f`Potřebuju export podaných léků za noční výdej z MAR databáze. Spouštím tohle a dostanu prázdný soubor:

${amb('source_code.snippet', f`mysql -h marsql.vezenska-pece.local -u vydej_ro -p'${v('credential.mysql_cli_password', 'Lekarna*Noc42')}' mar -e "SELECT * FROM podani WHERE kolo='22:00' AND datum=CURDATE()" > nocni.csv`)}`),

  rec('ci_hu', f`A GitLab CI nem tudja letölteni a radarkompozit-modult egy másik projektből. A .gitlab-ci.yml részlet:

${amb('source_code.snippet', f`variables:
  GIT_SUBMODULE_STRATEGY: recursive
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.met-halozat.hu/".insteadOf "https://gitlab.met-halozat.hu/"`)}

Mi a jobb megoldás, CI_JOB_TOKEN?`),

  rec('env_ro', f`Magazinul online de închirieri rochii de mireasă nu mai sincronizează comenzile din WooCommerce. .env-ul aplicației de sincronizare:

${amb('source_code.snippet', f`WC_URL=https://inchirieri-mirese.ro
WC_CONSUMER_KEY=ck_public_sync_app_id_01
WC_CONSUMER_SECRET=${v('credential.generic_secret_assignment', WC_SECRET)}
SYNC_INTERVAL_MIN=10`)}

Poți să-mi spui ce permisiuni trebuie să aibă cheia?`),

  rec('chat_hr', f`Molim te napiši kratke upute za noćnu smjenu: na PLC panel TBM-a "Krtica" se spaja preko laptopa u kontejneru, korisnik je tbm_op, a lozinka je ${v('credential.password_in_prose', 'Krtica#Prsten2291')}. Neka ne mijenjaju parametre potiska bez inženjera.`),

  rec('env_sr', f`Апликација за мерне станице не може да се повеже на базу после миграције. Ево .env фајла:

${amb('source_code.snippet', f`DB_URL=postgres://stanice_app:${v('credential.database_url_password', 'Oblak-Kisa!58')}@db.hidromet-mreza.rs:5432/merenja
LOG_LEVEL=info
STANICE_CSV=/srv/podaci/stanice.csv`)}

Шта треба проверити прво?`),

  rec('chat_bg', f`Публикациите за дарителската кампания във Facebook спряха да излизат автоматично. Токенът в скрипта е ${v('credential.facebook_access_token', FB)} — дали е изтекъл page token?`),

  rec('chat_ka', f`გთხოვ, დამიწერე მოკლე წერილი საბაჟო ბროკერისთვის: ექსპორტის ლიცენზიების პორტალზე მომხმარებელია broker_tbs, პაროლი კი ${v('credential.password_in_prose', 'Magniti!Tbilisi24')}. პირველივე შესვლისას უნდა შეცვალონ.`),

  rec('chat_hy', f`Օգնիր գրել հաղորդագրություն Երևանի մասնաճյուղի աշխատակիցներին. վարձույթի համակարգի նոր գաղտնաբառն է ${v('credential.password_in_prose', 'Harsanik#2025')}, և այն չպետք է ասել հաճախորդներին։`),

  rec('chat_am', f`እባክህ ለሌሊት ነርሶች አጭር መልዕክት ጻፍልኝ፦ የመድኃኒት ማከፋፈያ ስርዓቱ የይለፍ ቃል ${v('credential.password_in_prose', 'Medhanit@Addis9')} ተቀይሯል፤ ለማንም እንዳይነግሩ።`),

  rec('chat_bn', f`আবহাওয়া অফিসের ড্যাশবোর্ডে ঘূর্ণিঝড়ের ট্র্যাক ম্যাপ দেখাচ্ছে না। Google Maps key এটা: ${v('credential.google_api_key', GOOGLE)} — কি billing বন্ধ হয়ে গেছে নাকি referrer restriction এর সমস্যা?`),

  rec('chat_ta', f`சுரங்கப் பணியிட கட்டுப்பாட்டு அறை கணினிக்கு புதிய கடவுச்சொல் ${v('credential.password_in_prose', 'Surangam@Chennai7')} — இதை இரவுப் பணியாளர்களுக்கு எப்படி பாதுகாப்பாக அனுப்புவது என்று ஒரு குறிப்பு எழுதித் தரவும்.`),

  rec('chat_fa', f`برای دسته‌بندی خودکار شماره‌های ECCN یک اسکریپت با OpenAI نوشته‌ام ولی خطای 401 می‌گیرم. کلید: ${v('credential.openai_api_key', OPENAI)} — مشکل از project است یا organization؟`),

  rec('code_python_zh_tw', f`我們電台的募款活動想用 Claude 自動回覆聽眾的捐款問題，這段程式碼跑不起來，幫我看看：

\`\`\`python
${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def 回覆(問題: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": 問題}],
    )
    return msg.content[0].text`)}
\`\`\``),

  rec('chat_zh_hk', f`喂，婚紗租借網店嗰個 Stripe restricted key 係咪權限唔夠？${v('credential.stripe_restricted_key', RK_LIVE)} 退按金嗰陣話 "permission_error"，唔該幫手睇下要開邊個 scope。`),

  rec('json_en_au', f`G'day, the settlement-monitoring job for the TBM drive can't write to BigQuery any more. This is the key file the contractor gave us, is it still valid?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "westgate-tbm-jv",
  "private_key_id": "${fill('b130-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PK)}",
  "client_email": "${amb('pii.email', 'settlement-writer@westgate-tbm-jv.iam.gserviceaccount.com')}",
  "client_id": "108374629104857362910",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('json_en_in', f`Our prison-clinic appointment service can't get a token from Entra ID after the secret rotation. appsettings.Production.json:

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4f1c8a27-93e6-4b0d-a5c2-7e81d93f0b46",
    "ClientId": "b07e3d91-25c4-4a8f-96e1-c3d58f2a7b10",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  }
}`)}

Error AADSTS7000215: Invalid client secret provided.`),

  rec('chat_es_ar', f`Che, el webhook de Stripe para las donaciones del maratón radial rebota todo con 400 "No signatures found". El secret que puse en el servidor es ${v('credential.stripe_webhook_secret', WHSEC)}, ¿será que es el del endpoint de test?`),

  rec('npmrc_pt_pt', f`O build do site de avisos meteorológicos falha no CI a instalar o pacote privado de ícones. O .npmrc do projeto é:

${amb('source_code.snippet', f`@ipma-like:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Alguém me consegue explicar porque dá 404 em vez de 401?`),

  rec('chat_de_ch', f`Chasch mir es churzes Mail schriibe für d Filiale Bärn? S Passwort für s Kassesystem isch jetzt ${v('credential.password_in_prose', 'Brutchleid!Aare33')}, und si söllids bitte nöd uf en Zettel schriibe.`),

  rec('ldap_de_at', f`Die Anbindung der Medikamentenausgabe an das AD in der Justizanstalt funktioniert nicht. Konfiguration:

${amb('source_code.snippet', f`ldap:
  url: ldaps://dc01.ja-gesundheit.local:636
  bindDn: CN=svc-medausgabe,OU=Dienste,DC=ja-gesundheit,DC=local
  bindPassword: ${v('credential.password_assignment', 'Stationsrunde!2024')}
  userSearchBase: OU=Pflege,DC=ja-gesundheit,DC=local`)}

Fehler: "LDAP: error code 49 - 80090308".`),

  rec('chat_fr_be', f`Peux-tu m'aider à comprendre pourquoi le dépôt des déclarations d'exportation chez notre transitaire échoue ? L'URL configurée est sftp://aimants_export:${v('credential.url_password', 'Terbium-Anvers88')}@sftp.transit-anvers.be:22/entrant et on reçoit "Auth fail".`),

  rec('chat_ca', f`Em pots redactar un correu per als voluntaris de la campanya de socis de la ràdio? L'usuari del CRM és voluntaris_radio i la contrasenya és ${v('credential.password_in_prose', 'Antena#Socis2024')}, però que no la comparteixin fora de l'equip.`),

  rec('chat_sw', f`Tafadhali niandikie ujumbe mfupi kwa waangalizi wa vituo vya hali ya hewa: nenosiri jipya la kuingiza data ya mvua ni ${v('credential.password_in_prose', 'Mvua@Kisumu2024')} na wasilitume kwa SMS.`),

  rec('chat_ms', f`Boleh tolong tulis notis untuk staf butik pengantin di Johor Bahru? Kata laluan sistem tempahan baru ialah ${v('credential.password_in_prose', 'Songket#Sewa55')} dan jangan kongsi dengan pelanggan.`),

  rec('chat_tl', f`Pa-help naman, gagawa ako ng memo para sa mga volunteers ng pledge drive. Yung password ng phone bank system ay ${v('credential.password_in_prose', 'Radyo@Pledge2024')}, kailangan palitan after ng first login. Tagalog sana pero professional.`),

  rec('env_lt', f`Datadog agentas TBM stebėsenos serveryje nesiunčia metrikų. Štai /etc/datadog-agent/environment:

${amb('source_code.snippet', f`DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_SITE=datadoghq.eu
DD_HOSTNAME=tbm-stebesena-01
DD_TAGS=projektas:vilnius-tunelis,aplinka:prod`)}`),

  rec('chat_et', f`Kas sa oskad öelda, miks see võti ei sobi ilmajaama andmelogeri SFTP-ühenduseks? Kolleeg saatis selle:

${v('credential.private_key', RSA)}

WinSCP ütleb "Unable to use key file".`),

  rec('chat_sk', f`Integrácia so SAP GTS na kontrolu zoznamov sankcionovaných osôb vracia 401. Token z nášho ERP: ${v('credential.jwt', JWT_ERP)} — nie je problém v "aud"?`),

  rec('ci_en_us', f`Our export-compliance screening repo can't clone the shared denied-party-list module in Actions. Workflow step:

${amb('source_code.snippet', f`- name: Checkout DPL module
  run: git clone https://x-access-token:${v('credential.github_fine_grained_pat', GH_FINE)}@github.com/ndfeb-compliance/dpl-lists.git vendor/dpl`)}

The fine-grained token has Contents: read on that repo. Ideas?`),

  rec('chat_lv', f`Medikamentu izsniegšanas lietotne cietuma slimnīcā sūta kļūdas uz Sentry, bet tur nekas neparādās. DSN ir ${v('credential.sentry_dsn', tok('https://', SENTRY_KEY, '@o4506123.ingest.de.sentry.io/4508217'))} — vai vajag arī environment?`),

  rec('code_python_is', f`Ég er að prófa nowcasting-líkan fyrir úrkomu og fæ 401 frá Hugging Face:

${code(f`from huggingface_hub import snapshot_download

snapshot_download(
    repo_id="vedurnet/radar-nowcast-small",
    token="${v('credential.huggingface_token', HF)}",
    local_dir="/data/models/nowcast",
)`)}`),

  rec('config_en_us', f`The pledge-drive phone bank app times out connecting to the donor database during the on-air hour. Connection string from web.config:

${amb('source_code.snippet', f`<connectionStrings>
  <add name="Donors" connectionString="Server=tcp:donordb.kwrv-public.org,1433;Database=Membership;User Id=phonebank_app;Password=${v('credential.connection_string_password', 'Fm89-Pledge!Drive')};Encrypt=True;Connection Timeout=15;" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

We get ~400 calls in that hour. Is it pool exhaustion?`),

  rec('chat_it_ch', f`Ciao, il server che raccoglie i dati delle stazioni meteo in Ticino è su DigitalOcean. Per lo script di backup uso il token ${v('credential.digitalocean_token', DO_TOKEN)}, ma doctl dice "Unable to authenticate you". Mi aiuti?`),

  rec('tf_en_gb', f`Terraform can't create the DNS records for the new forecast API. Provider block:

${code(f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api.forecast"
  type    = "CNAME"
  content = "forecast-lb.metnet.org.uk"
  proxied = true
}`)}`),

  rec('tfrc_nl_be', f`Ik krijg "Error: Required token could not be found" bij terraform init voor de infrastructuur van het TBM-platform. Mijn credentials-bestand:

${amb('source_code.snippet', f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}`),

  rec('chat_en_ie', f`creds for the wing B med-cart tablet kiosk, in case the nurses ask again: user ${'medcart_b'} / password ${v('credential.password_in_prose', 'Cart-B!Rounds2024')} — can you turn this into a laminated instruction card without the password on it?`),

  rec('chat_ur', f`براہ کرم ایکسپورٹ کنٹرول کے نئے ساتھی کے لیے ایک مختصر پیغام لکھیں: لائسنس پورٹل کا یوزر نیم export.lhr ہے اور پاس ورڈ ${v('credential.password_in_prose', 'Maqnatees#7788')} ہے، پہلی بار لاگ ان پر تبدیل کرنا ضروری ہے۔`),
];

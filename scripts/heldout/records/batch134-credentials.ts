/**
 * Held-out batch 134: credentials pasted by staff of a hydrogen-refuelling network, animal-feed
 * mills, a university HPC help desk, a fashion house's atelier, a roadside-assistance dispatcher
 * and an anti-doping agency's testing unit, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const OSSH = pem('OPENSSH PRIVATE KEY', 'b134-ossh-hpc', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SHPAT = tok('shpat_', fill('b134-shpat', HEX, 32));
const TW_SID = tok('AC', fill('b134-twsid', HEX, 32));
const TW_AUTH = fill('b134-twauth', HEX, 32);
const GMAPS = tok('AIza', 'Sy', fill('b134-gmaps', B64URL, 33));
const GHP = gh('ghp', 'Tq7Lm2Xv9Rk4Wb8Nc1Hz6Pd3Fy5Js0');
const XOXB = tok('xoxb-', '5830194726', '1-', '6402918375160-', fill('b134-xoxb', B62, 24));
const TG = tok('7419302865', ':AA', fill('b134-tg', B64URL, 33));
const AZ_STORAGE = tok(fill('b134-azst', B64, 86), '==');
const STRIPE = tok('sk_', 'live_', '51', fill('b134-sklive', B62, 97));
const SG = tok('SG.', fill('b134-sg1', B64URL, 22), '.', fill('b134-sg2', B64URL, 43));
const ADA_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'wb-2025-02' }, { sub: 'dco-0419', iss: 'https://idp.adna-testing.org', aud: 'whereabouts-api', scope: 'whereabouts:read missions:write', iat: 1738915200, exp: 1738944000 }, 'b134-adajwt');
const LTAI = tok('LTAI', '5t', fill('b134-ltai', B62, 20));
const ALI_SECRET = fill('b134-alisec', B62, 30);
const AKIA = tok('AKIA', fill('b134-akia', B32, 16));
const AWS_SECRET = fill('b134-awssec', B64, 40);
const HF = tok('hf_', fill('b134-hf', B62, 34));
const OPENAI = tok('sk-proj-', fill('b134-oa1', B64URL, 74), 'T3BlbkFJ', fill('b134-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b134-ant', B64URL, 93), 'AA');
const GLSA = tok('glsa_', fill('b134-glsa1', B62, 32), '_', fill('b134-glsa2', HEX, 8));
const DD_API = fill('b134-ddapi', HEX, 32);
const DD_APP = fill('b134-ddapp', HEX, 40);
const CF_TOKEN = fill('b134-cftok', B62 + '_-', 40);
const MAILGUN = tok('key-', fill('b134-mg', HEX, 32));
const HVS = tok('hvs.', 'CAESI', fill('b134-hvs', B64URL, 86));
const GLPAT = tok('glpat-', fill('b134-glpat', B62 + '-_', 20));
const ATATT = tok('ATATT', '3xFfGF0', fill('b134-atl', B64URL, 171), '=', fill('b134-atl2', HEX.toUpperCase(), 8));
const AZ_CLIENT = tok(fill('b134-azc1', B62, 3), '8Q~', fill('b134-azc2', B62 + '_-.~', 34));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1339284710562839104', '/', fill('b134-dwh', B64URL, 68));
const RSA = pem('RSA PRIVATE KEY', 'b134-rsa-sftp', 1190);
const SA_PEM = pem('PRIVATE KEY', 'b134-sa-pem', 1218).replace(/\n/g, '\\n');
const SENTRY_KEY = fill('b134-sentry', HEX, 32);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'roadaid-ph', a: fill('b134-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b134-mbx', B64URL, 22));
const DCKR = tok('dckr_', 'pat_', fill('b134-dckr', B64URL, 27));
const TEAMS = tok('https://adnatesting.webhook.office.com/webhookb2/', '7c2e91a4-3b58-4d06-9e1f-5a8c20d7b463@4f1d8a27-6c93-4e5b-a0f8-19d27e6c3b55/IncomingWebhook/', fill('b134-teams1', HEX, 32), '/', 'b8e3d175-2a96-4c40-8f13-7d5e9a0c2b68/', 'V2', fill('b134-teams2', B64URL, 43));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b134-rklive', B62, 97));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K7R2M9', '/', 'B07Q3N8L5V2', '/', fill('b134-slhook', B62, 24));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b134-pypi', B64URL, 160));
const SAS = `${fill('b134-sas1', B62, 16)}%2F${fill('b134-sas2', B62, 14)}%2B${fill('b134-sas3', B62, 11)}%3D`;
const DAPI = tok('dapi', fill('b134-dapi', HEX, 32));
const FG_PAT = tok('github_pat_', '11B', fill('b134-fgpat1', UPPER + DIGITS, 19), '_', fill('b134-fgpat2', B62, 59));
const GLC_NEWRELIC = tok('NRAK-', fill('b134-nrak', UPPER + DIGITS, 27));
const K8S_B64_PW = b64('Vrtule-Hydro!2291');
const NOTION = tok('ntn_', fill('b134-ntn1', DIGITS, 11), fill('b134-ntn2', B62, 35));
const POSTMAN = tok('PMAK-', fill('b134-pmak1', HEX, 24), '-', fill('b134-pmak2', HEX, 34));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b134-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));

export const BATCH134_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`Hi HPC desk, a PhD student sent me this when I asked for her public key (facepalm). ssh-keygen -y on it says "invalid format" anyway, is the key broken or just the paste?

${v('credential.openssh_private_key', OSSH)}

I've told her to generate a new pair. Do we need to block anything on the login nodes?`),

  rec('env_file_gsw', f`Grüezi, chasch mer säge wieso de Dispenser-Gateway z Winterthur nöd uf MQTT connected? D .env vom Gateway:

${cfg(f`# h2-gw-win01 /opt/hygate/.env
STATION_ID=CH-WIN-01
MQTT_HOST=${ip('10.42.7.15')}
MQTT_PORT=8883
MQTT_USER=gw_win01
MQTT_PASSWORD=${v('credential.password_assignment', 'Wasserstoff-700bar!')}
DISPENSER_PROTOCOL=SAE_J2601
LOG_LEVEL=debug`)}

Im Log stoht nur "connection refused (5)".`),

  rec('chat_fr', f`Bonjour, pour l'appli de rendez-vous des essayages (boutique rue Saint-Honoré), notre prestataire demande le jeton Admin API de la boutique Shopify. Je lui envoie celui-ci : ${v('credential.shopify_access_token', SHPAT)} — c'est bien le bon, ou il lui faut un jeton Storefront ?`),

  rec('code_python_es_mx', f`Oye, el script que manda SMS a los clientes cuando sale la grúa ya no jala desde ayer, ¿me ayudas?

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def avisar_cliente(tel, unidad, eta_min):
    msg = f"Su grúa {unidad} llega en aprox. {eta_min} min. RoadAid 24"
    return client.messages.create(to=tel, from_="${phone('+525541839276')}", body=msg)`)}
\`\`\`

Sale error 20003.`),

  rec('code_js_pt_br', f`Gente, o mapa do painel de despacho ficou cinza com "This page can't load Google Maps correctly". Trecho:

${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GMAPS)}",
  version: "weekly",
  libraries: ["places", "geometry"],
});
loader.load().then(() => {
  mapa = new google.maps.Map(document.getElementById("mapa"), { center: { lat: -23.55, lng: -46.63 }, zoom: 11 });
});`)}

Será que a cobrança da conta Google venceu?`),

  rec('chat_ja', f`クラスタのログインノードで git pull すると毎回パスワードを聞かれます。研究室の先輩が remote をこう設定してくれました：

${cfg(f`$ git remote -v
origin	https://tanaka-lab:${v('credential.github_pat', GHP)}@github.com/tanaka-lab/md-sim.git (fetch)
origin	https://tanaka-lab:${v('credential.github_pat', GHP)}@github.com/tanaka-lab/md-sim.git (push)`)}

このままで大丈夫でしょうか？`),

  rec('yaml_ko', f`아뜰리에 피팅 예약 알림 봇 설정인데 채널에 메시지가 안 올라가요. 확인 부탁드려요:

${cfg(f`slack:
  bot_token: ${v('credential.slack_bot_token', XOXB)}
  channel: "#fittings-seoul"
  notify_before_minutes: 90
calendar:
  source: google
  id: atelier.seoul`)}`),

  rec('chat_ru', f`Привет! Отчёт по остаткам премиксов не выгружается с сервера комбикормового завода. В конфиге строка подключения:
${cfg(f`DB_URL=postgresql://report_user:${v('credential.database_url_password', 'Kombikorm#2025')}@${ip('192.168.20.14')}:5432/feedmill_erp`)}
Ошибка: FATAL: no pg_hba.conf entry for host. Что поправить?`),

  rec('code_python_uk', f`Бот у Telegram має слати оператору зміни повідомлення, коли гранулятор зупиняється. Не працює, допоможіть:

${code(f`import requests

TOKEN = "${v('credential.telegram_bot_token', TG)}"
CHAT_ID = -1001928374650

def alert(line: str, reason: str) -> None:
    text = f"⚠️ Лінія {line}: зупинка ({reason})"
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage", json={"chat_id": CHAT_ID, "text": text}, timeout=5)`)}`),

  rec('chat_pl', f`Cześć, aplikacja do raportów z dystrybutorów H2 ma wrzucać CSV do Azure Blob, ale dostaje 403. Connection string z appsettings:
${cfg(f`"BlobStorage": "DefaultEndpointsProtocol=https;AccountName=hydrionreports;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"`)}
Czy klucz mógł zostać zrotowany?`),

  rec('code_php_it', f`Ciao, il modulo per l'acconto sugli abiti su misura restituisce errore 500 dopo il checkout. Codice:

${code(f`<?php
\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE)}');

$intent = \\Stripe\\PaymentIntent::create([
    'amount' => $acconto * 100,
    'currency' => 'eur',
    'metadata' => ['cliente' => $idCliente, 'capo' => 'tailleur-su-misura'],
]);
echo json_encode(['client_secret' => $intent->client_secret]);`)}

Da cosa dipende?`),

  rec('chat_nl', f`Hoi, onze pechhulp-app stuurt geen bevestigingsmails meer sinds vanochtend. Ik heb de SendGrid-sleutel gecontroleerd, die staat in de server-config als SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}. Moet ik een nieuwe maken of ligt het aan de sender verification?`),

  rec('http_sv', f`Kan du förklara varför vårt API för vistelseuppgifter svarar 401 fast token ser giltig ut?

${cfg(f`GET /v2/athletes/SWE-0448/whereabouts?from=2025-02-10&to=2025-02-16 HTTP/1.1
Host: whereabouts.adna-testing.org
Authorization: Bearer ${v('credential.jwt', ADA_JWT)}
Accept: application/json`)}

Klockan på testarens surfplatta kanske går fel?`),

  rec('chat_he', f`היי, אני מהמעבדה של פרופ' לוי. הסטודנט החדש לא מצליח להתחבר לקלאסטר. שם המשתמש שלו הוא dlevi2 והסיסמה הזמנית שקיבל מכם היא ${v('credential.password_in_prose', 'Gal!Kal8-Sh9')} — אפשר לבדוק אם החשבון נעול?`),

  rec('chat_ar', f`مرحباً، جهاز التابلت في شاحنة السحب رقم 14 طلب تسجيل الدخول من جديد. اسم المستخدم: driver14 وكلمة المرور: ${v('credential.password_in_prose', 'Sahab@4471z')} لكنها لا تعمل. هل تم تغييرها من قبل قسم التقنية؟ اكتب لي رسالة قصيرة للسائق.`),

  rec('chat_hi', f`नमस्ते, मिल नंबर 2 के बैचिंग सिस्टम का एडमिन पासवर्ड ${v('credential.password_in_prose', 'Chara@Mill2#88')} है, इसे बदलना है। नया पासवर्ड कैसे सेट करें? सिस्टम Siemens WinCC पर चलता है।`),

  rec('chat_th', f`ช่วยแปลข้อความนี้เป็นภาษาอังกฤษหน่อยค่ะ: "Wi-Fi สำหรับลูกค้าที่มาลองชุดชื่อ Verange-Fitting รหัสผ่านคือ ${v('credential.password_in_prose', 'Maison2025!bkk')} ค่ะ ห้องลองชุด VIP อยู่ชั้น 2"`),

  rec('code_java_zh', f`阿里云 OSS 上传加氢站的每日压力日志一直报 InvalidAccessKeyId，帮我看看：

${code(f`public class OssUploader {
    private static final String ENDPOINT = "https://oss-cn-shanghai.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', LTAI)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";

    public void upload(String stationId, File log) {
        OSS client = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        client.putObject("h2-station-logs", stationId + "/" + log.getName(), log);
        client.shutdown();
    }
}`)}`),

  rec('ini_zh_tw', f`檢測單位的筆電要同步樣本條碼照片到 S3，aws cli 一直說 SignatureDoesNotMatch。~/.aws/credentials 如下：

${cfg(f`[default]
region = ap-northeast-1

[adna-samples]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

是不是時區設定的問題？`),

  rec('shell_el', f`Γεια, το script που βγάζει την αναφορά ρυμουλκήσεων κολλάει. Το τρέχω έτσι:

${cfg(f`mysql -h ${ip('10.12.0.8')} -u dispatch -p${v('credential.mysql_cli_password', 'Odiki-Voh8eia')} roadaid -e "SELECT * FROM calls WHERE created_at > NOW() - INTERVAL 1 DAY" > /tmp/klhseis.tsv`)}

Βγάζει "Using a password on the command line interface can be insecure". Είναι πρόβλημα;`),

  rec('chat_tr', f`Merhaba, yem fabrikasının tartı sistemi her gece FTP'ye rapor atıyordu, bu hafta durdu. Ayar dosyasında adres şöyle: ftp://kantar:${v('credential.url_password', 'Yem-Kantar!42')}@ftp.granvia-feed.com.tr/raporlar/ — şifre mi değişti acaba, nasıl test ederim?`),

  rec('code_python_cs', f`Ahoj, na výpočetních uzlech nám nefunguje stahování modelu z Hugging Face, job skončí 401. Skript:

${code(f`from huggingface_hub import login, snapshot_download

login(token="${v('credential.huggingface_token', HF)}")
path = snapshot_download("meta-llama/Llama-3.1-8B", cache_dir="/scratch/novakj/hf")
print(path)`)}

Běží to v Slurm jobu přes sbatch, lokálně to jde.`),

  rec('code_python_hu', f`Szia! Az egyetemi klaszteren a Jupyter notebookban ez hibát dob (RateLimitError), pedig alig használtuk:

${code(f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Foglald össze a szimuláció eredményét."}],
)
print(resp.choices[0].message.content)`)}`),

  rec('env_file_ro', f`Bună, pentru tool-ul intern care rezumă rapoartele ofițerilor de control doping folosim Claude. Poți să-mi spui ce variabile lipsesc?

${cfg(f`APP_ENV=prod
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
SUMMARY_LANG=ro
MAX_REPORTS_PER_RUN=40`)}`),

  rec('curl_fi', f`Moi, yritän hakea Grafanasta tankkausasemien paineanturien dashboardin JSONina, mutta tulee 403:

${cfg(f`curl -s -H "Authorization: Bearer ${v('credential.grafana_service_account_token', GLSA)}" \\
  https://grafana.hydrion-h2.eu/api/dashboards/uid/h2-pressure-fi`)}

Onko service accountilla väärä rooli?`),

  rec('yaml_da', f`Hej, vi prøver at få Datadog-agenten op på foderfabrikken i Esbjerg. Er der noget galt med værdierne?

${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  site: datadoghq.eu
  tags:
    - site:esbjerg
    - line:pellet-2`)}`),

  rec('shell_no', f`Hei! Jeg skal oppdatere DNS for bestillingsportalen til veihjelpen. Fungerer dette?

${cfg(f`export CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
curl -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE/dns_records/$REC" \\
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" -H "Content-Type: application/json" \\
  --data '{"content":"${ip('185.71.42.19')}"}'`)}`),

  rec('chat_bg', f`Здравей, пращаме покани за ревюто на новата колекция през Mailgun. API ключът е ${v('credential.mailgun_api_key', MAILGUN)}, домейнът е mg.maison-verange.fr. Защо всички писма отиват в спам при Gmail?`),

  rec('cisco_sr', f`Здраво, свич у млину у Зрењанину не прихвата SSH после рестарта. Ево конфигурације:

${cfg(f`hostname SW-MLIN-ZR-01
!
username noc privilege 15 password 0 ${v('credential.network_device_secret', 'Psenica#Mlin77')}
snmp-server community ${v('credential.network_device_secret', 'granviaRO2025')} RO
!
interface Vlan20
 ip address ${ip('10.20.0.2')} 255.255.255.0
!
ip default-gateway ${ip('10.20.0.1')}
line vty 0 4
 transport input ssh
 login local`)}

Шта недостаје?`),

  rec('http_hr', f`Bok, dispečerski sustav ne može dohvatiti podatke o vozilima od partnera. Zahtjev iz loga:

${cfg(f`POST /api/v1/tow-orders HTTP/1.1
Host: partner.slepsluzba.hr
Authorization: Basic ${v('credential.basic_auth_header', b64('roadaid_hr:Vucna-Sluzba-88'))}
Content-Type: application/json`)}

Partner kaže da im ništa ne stiže.`),

  rec('chat_sk', f`Ahoj, v Kubernetes clustri pre stanice H2 nám pod "telemetry-sync" padá, lebo nevie načítať secret z Vaultu. Skúšal som ručne: VAULT_TOKEN=${v('credential.vault_token', HVS)} vault kv get secret/stations/sk-ba-02 a vráti permission denied. Je token zlý alebo politika?`),

  rec('ci_sl', f`Živjo, CI na GitLabu za knjižnico za razčlenjevanje Slurm izpisov ne more klonirati podmodula:

${cfg(f`variables:
  GIT_SUBMODULE_STRATEGY: recursive
before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.hpc.uni-aldenburg.de/".insteadOf "https://gitlab.hpc.uni-aldenburg.de/"`)}

Kaj je narobe?`),

  rec('chat_et', f`Tere! Dopinguvastase ameti Jira integratsioon proovitoimingute jaoks lõpetas töö. Kasutan curl -u ${v('pii.email', 'kaarel.tamm@adna-testing.org')}:${v('credential.atlassian_api_token', ATATT)} https://adna.atlassian.net/rest/api/3/myself ja saan 401. Kas token on aegunud?`),

  rec('tfvars_lv', f`Sveiki, Terraform neizdodas izveidot App Service barības rūpnīcu pasūtījumu portālam. terraform.tfvars:

${cfg(f`tenant_id       = "2b9d4e71-8c3a-4f05-b6e2-91d7a4c03f58"
client_id       = "c41f8e27-5d93-4a60-8b1e-7f2d9c06a3b4"
client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT)}"
subscription_id = "9e7a2c15-4b86-4d31-a0f9-6c58e2d7b104"
location        = "northeurope"`)}

Kļūda: AADSTS7000215 invalid client secret.`),

  rec('chat_lt', f`Labas, norėjau, kad kiekvienas naujas evakuatoriaus iškvietimas ateitų į mūsų Discord kanalą. Webhook nuoroda: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — bet žinutės neateina. Ką patikrinti?`),

  rec('chat_ka', f`გამარჯობა, ატელიეს სალაროს სისტემის ადმინისტრატორის პაროლი არის ${v('credential.password_in_prose', 'Tbilisi#Atelie5')}. მენეჯერმა მითხრა, რომ უნდა შევცვალო. როგორ დავწერო ახალი თანამშრომლისთვის ინსტრუქცია?`),

  rec('chat_hy', f`Բարև, մարզիկների տեղեկատվության համակարգում իմ հաշիվը արգելափակվել է։ Օգտանունս է aharutyunyan, գաղտնաբառս՝ ${v('credential.password_in_prose', 'Ararat-2025!dc')}։ Խնդրում եմ օգնել նամակ գրել ադմինիստրատորին։`),

  rec('chat_am', f`ሰላም፣ የናሙና ምርመራ ታብሌቱ የይለፍ ቃል ${v('credential.password_in_prose', 'Abebe@Test77')} ነው ግን አይሰራም። ለቴክኒክ ቡድኑ አጭር መልእክት በእንግሊዝኛ ጻፍልኝ።`),

  rec('chat_bn', f`ভাই, ফিড মিলের পেলেট লাইনের HMI-তে লগইন করতে পারছি না। ইউজার operator2, পাসওয়ার্ড ${v('credential.password_in_prose', 'Khadya#Line2')}। কেউ কি পাসওয়ার্ড বদলেছে? ম্যানেজারকে একটা ইমেইল লিখে দাও।`),

  rec('chat_ta', f`வணக்கம், HPC கிளஸ்டரில் என் கணக்கு பூட்டப்பட்டுள்ளது. பயனர் பெயர் kmurugan, கடவுச்சொல் ${v('credential.password_in_prose', 'Kaveri@Node42')}. தயவுசெய்து திறக்க முடியுமா? நாளை ஜாப் சமர்ப்பிக்க வேண்டும்.`),

  rec('chat_vi', f`Chào bạn, bên mình dùng khóa này để SFTP ảnh số đo khách hàng lên máy chủ của xưởng may. Đối tác bảo "key format không đúng". Bạn xem giúp:

${v('credential.private_key', RSA)}

Có phải cần chuyển sang định dạng OpenSSH không?`),

  rec('json_id', f`Halo, aplikasi sopir derek kami tidak bisa kirim notifikasi push sejak migrasi ke FCM HTTP v1. Ini file service account yang dipakai backend:

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "roadaid-driver-app",
  "private_key_id": "${fill('b134-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'fcm-sender@roadaid-driver-app.iam.gserviceaccount.com')}",
  "client_id": "104829375610284736512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'fcm-sender%40roadaid-driver-app.iam.gserviceaccount.com')}"
}`)}`)}

Error: "SENDER_ID_MISMATCH". Apa yang salah?`),

  rec('code_ts_ms', f`Hai, dashboard stesen hidrogen di Johor tak hantar ralat ke Sentry. Boleh semak?

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508123.ingest.de.sentry.io/4508123391049728`)}",
  environment: "production-my",
  tracesSampleRate: 0.1,
});`)}`),

  rec('chat_tl', f`Guys, yung offline maps ng tow truck tablets ayaw mag-download. Nilagay ko na yung secret token sa gradle.properties: MAPBOX_DOWNLOADS_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)} pero 401 pa rin. Kailangan ba ng DOWNLOADS:READ scope?`),

  rec('shell_fa', f`سلام، روی نود ورود کلاستر می‌خواهم ایمیج کانتینر شبیه‌سازی را پوش کنم ولی خطا می‌دهد:

${cfg(f`$ echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u rahimi-lab --password-stdin
Error response from daemon: unauthorized: incorrect username or password`)}

مشکل از کجاست؟ از Apptainer استفاده کنم بهتر است؟`),

  rec('powershell_de_at', f`Servus, unser Skript soll nach jeder Trainingskontrolle eine Meldung in den Teams-Kanal der Testkoordination schicken. Passt das so?

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$text = "Kontrolle abgeschlossen: Mission $MissionId, Probe übergeben an Kurier um $(Get-Date -Format 'HH:mm')"
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body (@{ text = $text } | ConvertTo-Json)`)}`),

  rec('chat_fr_ca', f`Allo, le script de fin de shift au centre de répartition plante depuis qu'on a changé de serveur. Je le lance de même :

${cfg(f`PGPASSWORD=${v('credential.password_assignment', 'Remorq-Qc-2025')} psql -h ${ip('10.30.4.11')} -U repartition -d appels -c "\\copy (select * from appels where date_appel = current_date) to 'appels.csv' csv header"`)}

Y me dit "password authentication failed". C'est-tu le mot de passe ou le pg_hba?`),

  rec('chat_es_ar', f`Che, el integrador de la tienda online de la maison me pidió una clave restringida de Stripe solo para leer pagos. Le pasé esta: ${v('credential.stripe_restricted_key', RK_LIVE)}. ¿Está bien o le tendría que haber dado otra cosa?`),

  rec('ini_pt', f`Olá, o servidor da fábrica de rações deixou de enviar os alertas por e-mail. O ficheiro de configuração:

${cfg(f`[smtp]
host = smtp.granvia-feed.pt
port = 587
user = ${v('pii.email', 'alertas@granvia-feed.pt')}
password = ${v('credential.password_assignment', 'Racoes!Alerta24')}
starttls = true`)}

Podes ver se há algo mal?`),

  rec('chat_en_au', f`Mate, the after-hours tow alerts used to hit #dispatch-nsw in Slack but stopped on Friday. The webhook in the config is ${v('credential.slack_webhook_url', SLACK_HOOK)} — did someone remove the app from the channel?`),

  rec('pypirc_en_gb', f`One of our users wants to publish their Slurm helper package from the cluster. Their ~/.pypirc:

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Should they be storing this on a shared filesystem? Home dirs are 0755 by default here.`),

  rec('chat', f`The lab courier portal gives testers a link to download the chain-of-custody PDFs. This one expired too early: https://adnasamples.blob.core.windows.net/coc/2025-02/M-0412.pdf?sv=2023-01-03&st=2025-02-11T07:00:00Z&se=2025-02-11T09:00:00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS)}
Can we make it last 24h?`),

  rec('notebook', f`Our Databricks notebook for the H2 dispenser fault analytics can't reach the workspace API from the on-prem scheduler:

${cfg(f`DATABRICKS_HOST=https://adb-4718203956271834.14.azuredatabricks.net
DATABRICKS_TOKEN=${v('credential.databricks_token', DAPI)}`)}

The job run API returns 403 "Invalid access token".`),

  rec('chat_is', f`Halló, ég kemst ekki inn á VPN-ið fyrir reikniklasann. Notandanafnið mitt er sigridurj og lykilorðið er ${v('credential.password_in_prose', 'Eldfjall-Hekla9')}. Getið þið athugað hvort reikningurinn sé læstur?`),

  rec('chat_sw', f`Habari, mfumo wa kupanga magari ya kuvuta umekataa kuingia. Jina la mtumiaji ni mombasa_disp na nenosiri ni ${v('credential.password_in_prose', 'Pwani#Kuvuta25')}. Tafadhali niandikie ujumbe kwa IT kwa Kiingereza.`),

  rec('chat_yue', f`唔該幫手睇吓，試身預約系統嘅 API 設定係咪有錯？支付商話我哋 signature 唔啱：

${cfg(f`MERCHANT_ID=verange-hk-01
API_SECRET=${v('credential.generic_secret_assignment', fill('b134-hkapisec', B62, 40))}
CALLBACK_URL=https://fittings.maison-verange.hk/pay/callback`)}`),

  rec('chat_de', f`Kannst du mir helfen? Ich will im Atelier-Repo (private) eine GitHub Action für den Export der Schnittmuster einrichten. Der fine-grained Token ist ${v('credential.github_fine_grained_pat', FG_PAT)}, Rechte: contents read/write. Wo trage ich den am besten ein, als Repository-Secret?`),

  rec('k8s_cs', f`Ahoj, secret pro H2 telemetrii v Kubernetes, pod ho nevidí:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: telemetry-db
  namespace: stations
type: Opaque
data:
  DB_USER: dGVsZW1ldHJ5
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_B64_PW)}`)}

Je potřeba restartovat deployment?`),

  rec('chat', f`Anti-doping ops: our New Relic alert for the sample-tracking API stopped. I re-entered the user key ${v('credential.newrelic_key', GLC_NEWRELIC)} in the integration but it still says "invalid key". Is there a difference between user keys and ingest keys?`),

  rec('env_file_it', f`Ciao! Sincronizziamo le schede cliente dell'atelier (misure, preferenze tessuti) su Notion. Mi controlli il file?

${cfg(f`NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_CLIENTI=3f8a2c917d4b4e06b1c95a7e20d4f831
SYNC_INTERVAL_MIN=30`)}`),

  rec('chat_en_us', f`Can you explain Postman API keys vs collection sharing? The HPC team shares a collection for the Open OnDemand API and someone put ${v('credential.postman_api_key', POSTMAN)} in the pre-request script. Should I rotate it?`),

  rec('chat_de_ch', f`Sali zäme, für d'Verschlüsselig vo de Whereabouts-Exports bruche mir sops mit age. Isch das de richtig Schlüssel, wo ich uf em neue Laptop muess ablege?

${v('credential.age_secret_key', AGE)}

Oder bruchts no de public key?`),
];

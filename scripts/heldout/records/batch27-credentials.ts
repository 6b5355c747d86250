/**
 * Held-out batch 27: credentials pasted by staff of a national statistics office, a luxury hotel and
 * spa group, a wind-farm operator, a police records unit, a toy maker with Asian suppliers and a
 * student-housing company — configs, scripts, mails and chat in English (Irish and Scottish
 * idiom), Canadian French, Catalan, Lithuanian, Serbian, Bengali, Korean, Japanese and Zulu. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b27-akia', B32, 16));
const AWS_SECRET = fill('b27-awssec', B64, 40);
const AZ_STORAGE = `${fill('b27-azst', B64, 86)}==`;
const GLPAT = tok('glpat-', fill('b27-glpat', B62 + '-_', 20));
const HF = tok('hf_', fill('b27-hf', UPPER + LOWER, 34));
const OPENAI = tok('sk-proj-', fill('b27-oa1', B64URL, 74), 'T3BlbkFJ', fill('b27-oa2', B64URL, 74));
const AZ_CLIENT = tok(fill('b27-azc1', B62, 3), '8Q~', fill('b27-azc2', B62 + '_-.~', 34));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b27-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b27-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b27-whsec', B62, 32));
const TW_SID = tok('AC', fill('b27-twsid', HEX, 32));
const TW_AUTH = fill('b27-twauth', HEX, 32);
const SG = tok('SG.', fill('b27-sg1', B64URL, 22), '.', fill('b27-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b27-mc', HEX, 32), '-us14');
const INFLUX = `${fill('b27-influx', B64URL, 86)}==`;
const GLSA = tok('glsa_', fill('b27-glsa1', B62, 32), '_', fill('b27-glsa2', HEX, 8));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b27-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const IOT_KEY = `${fill('b27-iot', B64, 43)}=`;
const DD_API = fill('b27-ddapi', HEX, 32);
const OKTA = tok('00', fill('b27-okta', B64URL, 40));
const JWT_RMS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'rms-2024-2' }, { sub: 'svc-records-export', aud: 'rms-api', scope: 'records.read occurrences.read', iat: 1733216400, exp: 1733220000 }, 'b27-jwtrms');
const BASIC_RMS = b64('exportsvc:Tundra!Lynx-4471');
const ALI_ID = tok('LTAI', '5t', fill('b27-ltai', B62, 18));
const ALI_SECRET = fill('b27-alisec', B62, 30);
const SHPAT = tok('shpat_', fill('b27-shpat', HEX, 32));
const TENCENT_ID = tok('AKID', fill('b27-akid', B62, 32));
const TENCENT_KEY = fill('b27-tckey', B62, 32);
const GH_FINE = tok('github_pat_', '11A', fill('b27-ghfg1', UPPER + DIGITS, 19), '_', fill('b27-ghfg2', B62, 59));
const NPM = gh('npm', 'Tq4Wn8Zr2Lx6Vb1Mc9Kd3Hs7Pf5Gy0');
const FIGMA = tok('figd_', fill('b27-figd', B64URL, 40));
const SLACK_BOT = tok('xoxb-', '5820461937', '2-', '6917340258173-', fill('b27-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05K', fill('b27-slh1', UPPER + DIGITS, 7), '/B07', fill('b27-slh2', UPPER + DIGITS, 8), '/', fill('b27-slh3', B62, 24));
const TWILIO_SK = tok('SK', fill('b27-twsk', HEX, 32));
const TWILIO_SKSEC = fill('b27-twsksec', B62, 32);
const GHP = gh('ghp', 'Mv2Kc7Rt1Qx5Ln9Bw3Hz8Jd4Fs6Pg0');
const NOTION = tok('ntn_', fill('b27-ntn1', DIGITS, 11), fill('b27-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b27-at1', B62, 14), '.', fill('b27-at2', HEX, 64));
const LARAVEL_KEY = tok('base64:', b64(fill('b27-lvkey', B62, 32)));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b27-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b27-gapi', B64URL, 33));
const VERCEL = fill('b27-vercel', B62, 24);
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b27-pypi', B64URL, 150));
const DATABRICKS = tok('dapi', fill('b27-dbx', HEX, 32));
const RSA = pem('RSA PRIVATE KEY', 'b27-rsa', 1190);
const VAULT = tok('hvs.', fill('b27-vault', B62 + '_-', 90));
const SAS_SIG = `${fill('b27-sas1', B62, 16)}%2B${fill('b27-sas2', B62, 11)}%2F${fill('b27-sas3', B62, 14)}%3D`;
const TEAMS_HOOK = tok('https://brambleworks.webhook.office.com/webhookb2/', '6a1f0c3e-92b4-4d7a-8e15-3c9b7f2d0a64@2e7d4b19-5c08-4f3a-a6e2-91d0c8b3f745/IncomingWebhook/', fill('b27-teams1', HEX, 32), '/', 'c4e82a17-3f90-4b6d-9e21-7a5d0f8c3b62/', 'V2', fill('b27-teams2', B64URL, 43));
const GCP_PEM = pem('PRIVATE KEY', 'b27-gcp', 1216).replace(/\n/g, '\\n');
const TELEGRAM = tok('7318264095', ':AA', fill('b27-tg', B64URL, 33));
const LINEAR = tok('lin_api_', fill('b27-linear', B62, 40));
const DO_TOKEN = tok('dop_v1_', fill('b27-dop', HEX, 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b27-atl', B64URL, 171), '=', fill('b27-atl2', HEX.toUpperCase(), 8));
const POSTMAN = tok('PMAK-', fill('b27-pmak1', HEX, 24), '-', fill('b27-pmak2', HEX, 34));
const SENTRY_USER = tok('sntryu_', fill('b27-sntryu', HEX, 64));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH27_CREDENTIALS: DraftRecord[] = [
  // --- national statistics office ---
  rec('renviron', f`Lads, RStudio on the new VDI won't pick up my .Renviron at all, so dbConnect keeps giving out about a missing password. Here's the file:

${amb('source_code.snippet', f`# ~/.Renviron
PGHOST=lfs-db02.stats.internal
PGUSER=lfs_analyst
PGPASSWORD=${v('credential.password_assignment', 'Curlew-Ballina-2291')}
R_LIBS_USER=H:/R/win-library/4.4
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}`)}

Is it a path thing on Windows or what? I'm banjaxed.`),

  rec('chat', f`Quick one — the census tabulation loader is failing on the blob upload with 403. Connection string we have in the job is:
DefaultEndpointsProtocol=https;AccountName=nsocensusstage;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Grand if you could tell me whether the account key is even the right thing to use here or if we should move to a SAS.`),

  rec('chat_lt', f`Sveiki, kodėl git push meta "HTTP Basic: Access denied"? Remote nustatytas taip:

${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.statistika.internal/imtys/darbo-jegos-tyrimas.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.statistika.internal/imtys/darbo-jegos-tyrimas.git (push)`)}

Tokeną sukūriau vakar, teisės read_repository ir write_repository.`),

  rec('aws_credentials', f`${amb('source_code.snippet', f`[default]
region = eu-west-1

[nso-dissemination]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

The open-data sync to S3 worked last week. Now "SignatureDoesNotMatch" — clock skew on the VM maybe?`),

  rec('notebook', f`We're trialling an LLM to code free-text occupation answers to ISCO-08. Cell 1 is:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
clf = pipeline("text-classification", model="nso-methods/isco08-coder-v2", top_k=3)
print(clf("Driving a forklift in a cold store, night shift"))`)}

It downloads fine but top_k is ignored — all I get back is one label.`),

  rec('code_python', f`Zdravo, treba mi pomoć — skripta za uvoz anketa pada sa "password authentication failed", a lozinka je sigurno dobra:

${code(f`import psycopg2

conn = psycopg2.connect(
    host="anketa-db.stat.local",
    dbname="ars_2024",
    user="uvoz_ars",
    password="${v('credential.password_assignment', 'Šljiva#Drina-58')}",
)
cur = conn.cursor()
cur.execute("SELECT count(*) FROM odgovori WHERE talas = %s", (3,))
print(cur.fetchone())`)}

Da li je problem u slovu Š?`),

  rec('gcp_sa', f`Dataflow job for the price-index scraper can't authenticate. Key file the contractor sent (scraper-sa.json):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nso-cpi-webscrape",
  "private_key_id": "${fill('b27-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'scraper@nso-cpi-webscrape.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Error: "invalid_grant: Invalid JWT Signature".`),

  rec('pypirc', f`twine keeps saying 403 when I publish our internal seasonal-adjustment wrapper (nso-x13) to PyPI:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

The project name isn't taken, I checked.`),

  rec('chat', f`databricks-connect says "Invalid access token" on the Labour Force workspace. Token is ${v('credential.databricks_token', DATABRICKS)} and the host is adb-4718290365.12.azuredatabricks.net. Do tokens die when the workspace is moved to Unity Catalog?`),

  // --- luxury hotel and spa group ---
  rec('env_file', f`Can you tell me which of these the new spa booking widget actually needs?

${amb('source_code.snippet', f`# spa-booking/.env.production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_RESTRICTED_REPORTING=${v('credential.stripe_restricted_key', STRIPE_RK)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
OPERA_CLOUD_CLIENT_ID=aurelian_spa_int
OPERA_CLOUD_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
DEFAULT_CURRENCY=EUR`)}`),

  rec('chat_fr_ca', f`Bonjour! Les textos de confirmation pour les clients de l'hôtel à Québec ne partent plus depuis vendredi. On utilise Twilio :
Account SID : ${v('credential.twilio_account_sid', TW_SID)}
Auth token : ${v('credential.twilio_auth_token', TW_AUTH)}
Est-ce que c'est correct de mettre le jeton directement dans le code du module de réservation? Mon collègue dit que c'est pas grave mais j'ai un doute.`),

  rec('chat_ca', f`Hola! Em pots ajudar a escriure la plantilla del correu de confirmació del spa? Ara fem servir SendGrid amb aquesta clau: ${v('credential.sendgrid_api_key', SG)}. Vull que el correu surti en català i en anglès, amb l'hora del tractament i la política de cancel·lació de 24 hores.`),

  rec('chat', f`Marketing want the guest newsletter moved off Mailchimp before January. Current key: ${v('credential.mailchimp_api_key', MAILCHIMP)} (list "Aurelian Circle – VIP"). Give me a Python script that exports members with their merge fields to CSV.`),

  rec('chat_ko', f`안녕하세요, 서울 호텔 로비 게스트 와이파이 관리자 페이지 비밀번호 공유드립니다. 관리자 계정은 admin_lobby 이고 비밀번호는 ${v('credential.password_in_prose', 'Hanok!Garden2024')} 입니다. 이 내용을 영어로 바꿔서 야간 매니저에게 보낼 메일로 정리해 주세요.`),

  rec('chat_ja', f`スパ予約システムの夜間バッチがログインエラーで止まっています。設定は以下の通りです：
ログインID: kyoto_spa_batch
パスワード: ${v('credential.password_in_prose', 'Sakura-Onsen#77')}
ベンダーへの問い合わせメールを英語で作成してください。`),

  rec('pem', f`Payment gateway asked us to re-send the mTLS client key for the Vienna property because the CSR didn't match. Is this key even RSA-2048? Just want to double check before I email it:

${v('credential.private_key', RSA)}`),

  rec('curl', f`Sentry for the concierge app keeps rejecting our release upload:

${amb('source_code.snippet', f`curl -X POST https://sentry.io/api/0/organizations/aurelian-hotels/releases/ \\
  -H "Authorization: Bearer ${v('credential.sentry_auth_token', SENTRY_USER)}" \\
  -H "Content-Type: application/json" \\
  -d '{"version":"concierge-ios@5.2.0","projects":["concierge-ios"]}'`)}

returns {"detail":"You do not have permission to perform this action."}`),

  // --- wind-farm operator ---
  rec('cisco_config', f`Aye, so this is the running config off the substation router at Cnoc Dubh. The SCADA historian can't poll it over SNMP since the swap-out. Can you see what's wrong?

${amb('source_code.snippet', f`hostname CND-SUB-RTR01
!
enable secret 9 ${ambCat('credential', `$9$${fill('b27-en9s', B62 + './', 14)}$${fill('b27-en9', B62 + './', 43)}`)}
!
username scada-ro privilege 5 password 7 ${v('credential.network_device_secret', tok('07', fill('b27-t7', '0123456789ABCDEF', 22)))}
!
snmp-server community ${v('credential.network_device_secret', 'Turb1neW3st!RO')} RO 20
snmp-server location Cnoc Dubh 33kV substation
access-list 20 permit ${amb('pii.ip_address', '10.72.14.0')} 0.0.0.255`)}`, 'the type-9 enable secret is a one-way hash: ambiguous, no rule id (as batch 2 treats a bcrypt hash)'),

  rec('telegraf', f`${amb('source_code.snippet', f`[[outputs.influxdb_v2]]
  urls = ["https://influx.ops.gale-renewables.co.uk:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "gale-ops"
  bucket = "turbine_10s"

[[inputs.modbus]]
  name = "WTG07"
  controller = "tcp://${amb('pii.ip_address', '10.72.20.107')}:502"
  holding_registers = [
    { name = "active_power_kw", byte_order = "AB", data_type = "INT16", scale = 1.0, address = [40010] },
  ]`)}

Telegraf only writes the first turbine. Do I need one [[inputs.modbus]] block per WTG?`),

  rec('chat', f`The wee Grafana box in the control room lost its provisioning after the reboot. Service account token is ${v('credential.grafana_service_account_token', GLSA)} — can I just put that in the provisioning yaml or does it need to go through an env var?`),

  rec('node_red', f`${amb('source_code.snippet', f`// settings.js (Node-RED on the met-mast gateway)
module.exports = {
    uiPort: 1880,
    mqttReconnectTime: 15000,
    adminAuth: {
        type: "credentials",
        users: [{ username: "ops", password: "${ambCat('credential', tok('$2b$08$', fill('b27-bcrypt', B62 + './', 53)))}", permissions: "*" }]
    },
    functionGlobalContext: {
        brokerUser: "metmast01",
        brokerPass: "${v('credential.password_assignment', 'Skerray-Wind-4419')}"
    }
};`)}

Messages arrive in Node-RED but the anemometer flow never publishes to the broker.`, 'the adminAuth value is a bcrypt hash: ambiguous, no rule id (as batch 2)'),

  rec('email', f`Hi Callum,

Cheers for sorting the vendor portal. For the record, the login for the Vestas-side portal is still our shared one: user gale-ops-north, password ${v('credential.password_in_prose', 'Brora!Gust2024')}. I ken it's no ideal having a shared login but we'll sort named accounts outwith the outage window.

Ta,
Morag

(can you make this mail a bit more formal for the audit file?)`),

  rec('chat_lt', f`Reikia pagalbos: naujas turbinų šliuzas Šilutėje nepriima SSH rakto. Štai privatus raktas, kurį įdėjau į ~/.ssh/id_ed25519:

${v('credential.openssh_private_key', OSSH)}

ssh -v sako "invalid format". Gal blogos eilučių pabaigos, nes kopijavau iš Windows?`),

  rec('chat', f`Azure IoT Hub device for the LIDAR unit won't connect. Device connection string: HostName=gale-iothub-uks.azure-devices.net;DeviceId=lidar-cnocdubh-01;SharedAccessKey=${v('credential.connection_string_password', IOT_KEY)}
MQTT over 443 because the site firewall blocks 8883.`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  historian-exporter:
    image: gale/historian-exporter:1.8.3
    environment:
      PI_WEBAPI_URL: https://piweb.ops.gale-renewables.co.uk/piwebapi
      PI_USER: svc_export
      PI_PASSWORD: ${v('credential.password_assignment', 'Fionn-Turbine-0627')}
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu`)}

Exporter container restarts every 5 mins with exit 137 — memory?`),

  rec('chat', f`Can you explain what these URL parameters mean? It's the link ops use to pull 10-min SCADA exports from blob storage: https://galescadaexports.blob.core.windows.net/exports/2024/11/WTG_all_10min.csv?sv=2023-01-03&sp=r&se=2025-03-31T23:59:00Z&spr=https&sr=c&sig=${v('credential.azure_sas_token', SAS_SIG)}
Is it a problem that it's valid till March?`),

  // --- law-enforcement records unit ---
  rec('yaml', f`${amb('source_code.snippet', f`# records-portal/application.yml
spring:
  ldap:
    urls: ldaps://dc01.records.vlpolice.local:636
    base: OU=Records,DC=records,DC=vlpolice,DC=local
    username: CN=svc-records-portal,OU=Service Accounts,DC=records,DC=vlpolice,DC=local
    password: ${v('credential.password_assignment', 'Huard#Lac-Brome-83')}
records:
  retention-years: 7`)}

Login works for everyone except users whose OU is "Records-Archive". Why?`),

  rec('powershell', f`${code(f`$headers = @{ Authorization = "SSWS ${v('credential.okta_api_token', OKTA)}"; Accept = "application/json" }
$users = Invoke-RestMethod -Uri "https://vlpolice.okta.com/api/v1/groups/00g8x2kq3RecordsClerks/users" -Headers $headers
$users | Select-Object @{n='login';e={$_.profile.login}}, status | Export-Csv clerks.csv -NoTypeInformation`)}

Only returns 200 users but the group has 340. Pagination?`),

  rec('chat_fr_ca', f`Salut, le rapport Crystal pour les dossiers d'incidents plante depuis la mise à jour. Voici la chaîne de connexion dans le fichier de config :
${amb('source_code.snippet', f`<add name="RMS" connectionString="Data Source=SQLRMS02\\PROD;Initial Catalog=RMS_Dossiers;User ID=rpt_lecture;Password=${v('credential.connection_string_password', 'Orignal!Gatineau19')};Encrypt=True;TrustServerCertificate=True" />`)}
C'est-tu le TrustServerCertificate qui fait ça? Le message d'erreur est en anglais pis je comprends pas trop.`),

  rec('http', f`Why does the records API reject my export call with 401 "token audience invalid"?

${amb('source_code.snippet', f`GET /api/v2/occurrences?from=2024-11-01&to=2024-11-30&status=closed HTTP/1.1
Host: rms-api.records.vlpolice.local
Authorization: Bearer ${v('credential.jwt', JWT_RMS)}
Accept: application/json`)}`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02 07:14:55,102 DEBUG http.client send: b'POST /archive/upload HTTP/1.1\\r\\nHost: docarchive.records.vlpolice.local\\r\\nAuthorization: Basic ${v('credential.basic_auth_header', BASIC_RMS)}\\r\\nContent-Type: application/pdf\\r\\n'
2024-12-02 07:14:55,388 INFO  archive.sync uploaded 48 files, 0 errors`)}

Someone turned on DEBUG for the archive sync. Is what I'm seeing in the log a problem?`),

  rec('shell', f`mysql dump of the evidence-locker app is empty, what's wrong with the command?

${amb('source_code.snippet', f`mysqldump -h evlocker-db01 -u backup_ro -p${v('credential.mysql_cli_password', 'Kestrel_0419')} --single-transaction evidence_locker > /mnt/backup/evlocker_$(date +%F).sql`)}`),

  rec('chat_sr_cyrl', f`Молим те преведи на енглески за колегу из IT-а: „Налог за систем евиденције је отворен. Корисничко име: m.jovanovic, лозинка: ${v('credential.password_in_prose', 'Kosava-Dunav-64')}. Промените је при првом пријављивању.“`),

  rec('vault', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.records.vlpolice.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/rms/exports
Error reading secret/data/rms/exports: Code: 403. Errors:
* permission denied`)}

The policy has read on secret/rms/*. What am I missing?`),

  // --- toy manufacturer with Asian suppliers ---
  rec('code_go', f`${code(f`package qcphotos

import "github.com/aliyun/aliyun-oss-go-sdk/oss"

const (
	endpoint  = "https://oss-cn-shenzhen.aliyuncs.com"
	keyID     = "${v('credential.alibaba_access_key_id', ALI_ID)}"
	keySecret = "${v('credential.generic_secret_assignment', ALI_SECRET)}"
	bucket    = "bramble-qc-photos"
)

func Client() (*oss.Bucket, error) {
	c, err := oss.New(endpoint, keyID, keySecret)
	if err != nil {
		return nil, err
	}
	return c.Bucket(bucket)
}`)}

Factory QC uploads from Dongguan are super slow, would the accelerate endpoint help?`),

  rec('chat', f`Shopify admin API keeps returning 403 on /inventory_levels/set.json. Token ${v('credential.shopify_access_token', SHPAT)} has write_products but I don't see write_inventory in the scopes list. Do I need to reinstall the custom app?`),

  rec('ini', f`${amb('source_code.snippet', f`; coscmd config for the Shantou supplier photo drop
[common]
secret_id = ${v('credential.tencent_secret_id', TENCENT_ID)}
secret_key = ${v('credential.generic_secret_assignment', TENCENT_KEY)}
bucket = bramble-supplier-1317204866
region = ap-guangzhou`)}

"The specified bucket does not exist" — but it's in the console?`),

  rec('chat_bn', f`ভাই, ঢাকার কারখানার সাপ্লায়ার পোর্টালে লগইন হচ্ছে না। ইউজার নেম brambleworks_qc আর পাসওয়ার্ড ${v('credential.password_in_prose', 'Padma#River2024')} দিয়েছি, কিন্তু "account locked" দেখাচ্ছে। সাপ্লায়ারকে ইংরেজিতে একটা ছোট ইমেইল লিখে দিন প্লিজ।`),

  rec('chat_ko', f`부산 협력사 ERP 연동 스크립트인데 401이 납니다. 혹시 헤더 이름이 틀렸나요?

${code(f`import requests

API_KEY = "${v('credential.generic_secret_assignment', fill('b27-koerp', B62, 40))}"
r = requests.get(
    "https://erp.hanbit-molding.co.kr/api/v1/po/status",
    headers={"X-Api-Key": API_KEY},
    params={"po": "BW-PO-24-0871"},
    timeout=10,
)
print(r.status_code, r.text[:200])`)}`),

  rec('chat_ja', f`大阪の協力工場とのファイル共有なんですが、このURLで接続できません。どこが間違っていますか？
sftp://bramble_toys:${v('credential.url_password', 'Daruma-Kobe-8812')}@files.naniwa-kogyo.co.jp:2222/inbound/artwork
ポートは2222と聞いています。`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`name: catalogue-build
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: brambleworks/product-data
          token: ${v('credential.github_fine_grained_pat', GH_FINE)}
      - run: npm ci && npm run build:catalogue`)}

Checkout fails with "Repository not found" but the token has access to product-data.`),

  rec('npmrc', f`${amb('source_code.snippet', f`@brambleworks:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm publish of @brambleworks/safety-labels says 404 on PUT. Scope is ours.`),

  rec('chat', f`Design team want the packaging art pulled from Figma into the dieline tool automatically. Personal token: ${v('credential.figma_token', FIGMA)}. File key is kX93mDieline2025. Sketch me a script that exports every frame named "DL-*" as PDF.`),

  rec('code_python', f`${code(f`from slack_sdk import WebClient
import requests

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
QA_HOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def notify_failed_lot(lot: str, factory: str, defect: str) -> None:
    client.chat_postMessage(channel="#qa-asia", text=f"Lot {lot} FAILED at {factory}: {defect}")
    requests.post(QA_HOOK, json={"text": f"escalation: {lot}"})`)}

Is it daft to use both the bot token and a webhook? Which one should I keep?`),

  rec('powershell', f`${amb('source_code.snippet', f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$card = @{ title = "Container BWTU 482193 delayed"; text = "ETA Felixstowe moved to 19 Dec" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $hook -Body $card -ContentType "application/json"`)}

Teams says the connector is retiring. What's the Workflows equivalent?`),

  // --- student-housing company ---
  rec('chat', f`The maintenance-request SMS bot for the Glasgow residences stopped sending. We swapped to a Twilio API key last month: key ${v('credential.twilio_api_key', TWILIO_SK)}, secret ${v('credential.generic_secret_assignment', TWILIO_SKSEC)}. Do I still need the account SID with an API key?`),

  rec('shell', f`git push to the tenant portal repo is asking for a password again, this is what the remote looks like:

${amb('source_code.snippet', f`$ git remote get-url origin
https://campusnest-dev:${v('credential.github_pat', GHP)}@github.com/campusnest/tenant-portal.git`)}`),

  rec('env_file', f`${amb('source_code.snippet', f`# residence-ops-sync/.env
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_MOVEINS=4f1c8a92d7e34b06a15c9e27d8f03b61
AIRTABLE_TOKEN=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appR7kQ2mW9xN4vT1`)}

Write a Node script that copies move-in dates from Airtable into the Notion database every night.`),

  rec('laravel_env', f`Tenant portal (Laravel 10) shows "No application encryption key has been specified" on the staging box even though .env has one:

${amb('source_code.snippet', f`APP_NAME="Campusnest Tenant Portal"
APP_ENV=staging
APP_KEY=${v('credential.generic_secret_assignment', LARAVEL_KEY)}
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=tenant_portal
DB_USERNAME=portal
DB_PASSWORD=${v('credential.password_assignment', 'Meadowbank_Halls!62')}
MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_USERNAME=${v('pii.email', 'noreply@campusnest.co.uk')}
MAIL_PASSWORD=${v('credential.password_assignment', 'Leith-Walk-2024?')}`)}`),

  rec('chat_zu', f`Sawubona! Ngicela ungisize ngibhalele abafundi abasha umyalezo ngesiNgisi nangesiZulu. Igama le-WiFi e-Berea Residence ngu-CampusNest-Berea, iphasiwedi ithi ${v('credential.password_in_prose', 'Ubuntu@Durban77')}. Mabangayishintshi, kodwa bangayabelani nabantu abangahlali lapha.`),

  rec('chat_ca', f`Bon dia! L'administrador del sistema de control d'accés de la residència de Gràcia és usuari: admin_gracia / contrasenya: ${v('credential.password_in_prose', 'Castellers#2024')}. Em pots redactar un correu en anglès per al proveïdor demanant que ens creïn comptes individuals per a cada conserge?`),

  rec('code_ts', f`Our tenant FAQ chatbot answers in the wrong language half the time. Route handler:

${code(f`import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function POST(req: Request) {
  const { question, locale } = await req.json();
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    system: \`You answer questions from Campusnest residents. Reply in \${locale}.\`,
    messages: [{ role: 'user', content: question }],
  });
  return Response.json({ answer: msg.content[0].type === 'text' ? msg.content[0].text : '' });
}`)}`),

  rec('chat', f`Room-finder map shows "For development purposes only" watermark. We load it with key=${v('credential.google_api_key', GOOGLE)} — is billing off on the project or is it the referrer restriction?`),

  rec('chat', f`vercel deploy from the GitHub Action fails with "The specified token is not valid". VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)} — it was created under my personal account, not the Campusnest team. Is that the problem?`),

  rec('chat', f`Rent reminder bot for the Durban residence is on Telegram. Bot token ${v('credential.telegram_bot_token', TELEGRAM)}, but setWebhook returns "bad webhook: HTTPS url must be provided". Our URL is http://. Fix?`),

  rec('chat', f`Linear integration for maintenance tickets: I'm calling the GraphQL API with Authorization: ${v('credential.linear_api_key', LINEAR)} and get "Authentication required". Should it be "Bearer …" in front?`),

  rec('terraform', f`${amb('source_code.snippet', f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "laundry_api" {
  name   = "laundry-api-edi"
  region = "lon1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}`)}

terraform plan wants to recreate the droplet every time. Why?`),

  rec('curl', f`${amb('source_code.snippet', f`curl -u ${v('pii.email', 'fionnuala.brennan@campusnest.ie')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  "https://campusnest.atlassian.net/rest/api/3/search?jql=project=MAINT+AND+created>=-7d"`)}

Returns an empty issues list but there's loads in MAINT this week, like. What's wrong with the JQL?`),

  rec('chat', f`Postman monitors for the booking API run against prod with my key ${v('credential.postman_api_key', POSTMAN)}. If I leave the company next month do the monitors stop? How do we move them to a team key?`),
];

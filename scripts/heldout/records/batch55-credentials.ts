/**
 * Held-out batch 55: credentials pasted by staff of a ski resort's lift-pass and rental desks, a
 * pharmaceutical wholesaler's returns and recalls desk, a colocation provider's NOC, a wedding and
 * events planner, a transit authority's fare-evasion office and a homebrew-supply web shop:
 * configs, shells, code, tickets and chat in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b55-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b55-whsec', B62, 32));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b55-rklive', B62, 97));
const SQUARE = tok('EAAA', fill('b55-square', B64URL, 60));
const GATE_KEY = fill('b55-gatekey', B62, 40);
const RECALL_BEARER = fill('b55-recallbearer', B62, 64);
const AZ_CLIENT_SECRET = tok(fill('b55-azcs1', B62, 3), '8Q~', fill('b55-azcs2', B62 + '-_.', 34));
const WA_TOKEN = tok('EAA', 'Jz', fill('b55-watoken', B62, 178));
const AWS_ID = tok('AKIA', fill('b55-awsid', B32, 16));
const AWS_SECRET = fill('b55-awssecret', B64, 40);
const GMAPS = tok('AIza', 'Sy', fill('b55-gmaps', B64URL, 33));
const CISCO_HASH = tok('$9$', fill('b55-cisco9a', B62 + './', 14), '$', fill('b55-cisco9b', B62 + './', 43));
const GLC = tok('glc_', b64(JSON.stringify({ o: '1187342', n: 'tll1-agent-write', k: fill('b55-glck', B62, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, ''));
const GLSA = tok('glsa_', fill('b55-glsa1', B62, 32), '_', fill('b55-glsa2', HEX, 8));
const VAULT = tok('hvs.', 'CAESI', fill('b55-vault', B64URL, 86));
const TELEGRAM = tok('74', fill('b55-tgid', DIGITS, 8), ':', 'AA', fill('b55-tgtok', B64URL, 33));
const ALI_ID = tok('LTAI', '5t', fill('b55-ltai', B62, 18));
const ALI_SECRET = fill('b55-alisecret', B62, 30);
const NOC_SSH = pem('OPENSSH PRIVATE KEY', 'b55-nocssh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const K8S_JWT = jwt(
  { alg: 'RS256', kid: 'q3Lw8vT1nX5cR9zB2mK7pF4hJ6dY0sA1gE8uQ3iO5wV' },
  { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'monitoring', 'kubernetes.io/serviceaccount/service-account.name': 'noc-dashboard', sub: 'system:serviceaccount:monitoring:noc-dashboard' },
  'b55-k8sjwt',
);
const DD_API = fill('b55-ddapi', HEX, 32);
const NETBOX = fill('b55-netbox', HEX, 40);
const CF_TOKEN = fill('b55-cftoken', B62 + '-_', 40);
const MAILCHIMP = tok(fill('b55-mc', HEX, 32), '-us14');
const TWILIO_SID = tok('AC', fill('b55-twsid', HEX, 32));
const TWILIO_AUTH = fill('b55-twauth', HEX, 32);
const KAVENEGAR = fill('b55-kavenegar', UPPER + DIGITS, 64);
const RAZORPAY_SECRET = fill('b55-rzpsecret', B62, 24);
const DROPBOX = tok('sl.', 'B', fill('b55-dbx', B64URL, 138));
const GCP_PEM = pem('PRIVATE KEY', 'b55-gcppem', 1216, '\\n');
const AZ_STORAGE = `${fill('b55-azstorage', B64, 86)}==`;
const FARE_JWT = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'revizor-1183', role: 'inspector', depot: 'Vysocany', iat: 1738141200, exp: 1738184400 },
  'b55-farejwt',
);
const BASIC_RO = b64('amenzi_api:Dambovita#2207');
const GH_FINE = tok('github_pat_', '11', fill('b55-ghfine1', UPPER + DIGITS, 20), '_', fill('b55-ghfine2', B62, 59));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b55-slt', UPPER + DIGITS, 8), '/', 'B0', fill('b55-slb', UPPER + DIGITS, 9), '/', fill('b55-slh', B62, 24));
const SHPAT = tok('shpat_', fill('b55-shpat', HEX, 32));
const WC_KEY = tok('ck_', fill('b55-wcck', HEX, 40));
const WC_SECRET = tok('cs_', fill('b55-wcsecret', HEX, 40));
const KLARNA_PW = tok('klarna_live_api_', fill('b55-klarna', B64URL, 40));
const EE_WHSEC = tok('whsec_', fill('b55-eewhsec', B62, 32));
const SENDGRID = tok('SG.', fill('b55-sg1', B64URL, 22), '.', fill('b55-sg2', B64URL, 43));
const OPENAI = tok('sk-proj-', fill('b55-oai1', B64URL, 74), 'T3BlbkFJ', fill('b55-oai2', B64URL, 74));
const MAILGUN = tok('key-', fill('b55-mailgun', HEX, 32));
const NPM = gh('npm', 'Lh4Wq9Zc2Rt7Mv1Nb6Xp3Ks8Dj5Fg0');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b55-ant', B64URL, 93), 'AA');
const MP_TOKEN = tok('APP_USR-', '7318402956127483', '-', '012925', '-', fill('b55-mp', HEX, 32), '-', '918273645');
const GLPAT = tok('glpat-', fill('b55-glpat', B62 + '-_', 20));
const APPLEPAY_KEY = pem('PRIVATE KEY', 'b55-applepay', 138);
const DOCKER_AUTH = b64('noc-ci:Kestrel-Registry-7741');

export const BATCH55_CREDENTIALS: DraftRecord[] = [
  // ── ski resort: lift passes and rentals ──────────────────────────────────────
  rec('env_file', f`Hey, can you tidy this .env for the Kareela lift-pass kiosk service and tell me which vars are unused now that we dropped the old printer?

${amb('source_code.snippet', f`# kiosk-svc/.env.production (Mt Kareela, base station kiosks 1-4)
NODE_ENV=production
TICKETING_API_BASE=https://api.ticketing.mtkareela.com.au/v2
TICKETING_API_USER=kiosk-svc
TICKETING_API_PASSWORD=${v('credential.password_assignment', 'Brumby-Ridge-2291!')}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
PRINTER_QUEUE=kiosk-zebra-02
LEGACY_PRINTER=datamax-01
LOG_LEVEL=info`)}`),

  rec('code_python', f`Le script plante avec un 401 depuis qu'on a changé de compte Square à la boutique de location du Mont-Valin. Tu vois le problème?

\`\`\`python
${code(f`# sync_locations.py — synchro des locations de skis vers Square
from square.client import Client

client = Client(
    access_token="${v('credential.square_access_token', SQUARE)}",
    environment="production",
)

def pousser_location(loc):
    body = {
        "idempotency_key": loc.uuid,
        "order": {
            "location_id": "L8QW2M4X7R1TZ",
            "line_items": [{"name": f"Location {loc.equipement}", "quantity": "1",
                            "base_price_money": {"amount": loc.prix_cents, "currency": "CAD"}}],
        },
    }
    res = client.orders.create_order(body)
    if res.is_error():
        raise RuntimeError(res.errors)`)}
\`\`\``),

  rec('chat_ja', f`白馬のリフト券オンライン販売で、Stripeの制限付きキー ${v('credential.stripe_restricted_key', STRIPE_RK)} を使って返金APIを呼んでいますが、permission_error が返ってきます。charges:write 以外に何の権限が必要ですか？シーズン券の払い戻しが溜まっていて困っています。`),

  rec('docker_compose', f`Il container dell'app noleggio non si collega più al database dopo l'aggiornamento a MariaDB 11. Mi aiuti a capire perché?

${amb('source_code.snippet', f`services:
  db:
    image: mariadb:11.4
    environment:
      MARIADB_ROOT_PASSWORD: ${v('credential.password_assignment', 'Sella-Ronda!884')}
      MARIADB_DATABASE: skipass
    volumes:
      - dbdata:/var/lib/mysql
  noleggio-app:
    image: registry.passociaval.it/noleggio:3.2.1
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_USER: noleggio
      DB_PASSWORD: ${v('credential.password_assignment', 'Ciaspole_2024')}
      SMTP_HOST: smtp.office365.com
      SMTP_USER: ${v('pii.email', 'noleggio@passociaval.it')}
      SMTP_PASS: ${v('credential.password_assignment', 'Marmolada#19')}
volumes:
  dbdata:`)}`),

  rec('chat_sl', f`Prosim, napiši kratko sporočilo za vzdrževalca: dostop do usmerjevalnika na spodnji postaji sedežnice je prek spletnega vmesnika, uporabnik je admin, geslo pa ${v('credential.password_in_prose', 'Gams-Vrh-4418')}. Naj ga po posegu zamenja in mi sporoči novo geslo osebno, ne po e-pošti.`),

  rec('ini', f`Turnstile at Lift 4 keeps dropping offline every ~15 min. Config from the gate controller:

${amb('source_code.snippet', f`[gate]
id=G-LIFT4-02
controller=${amb('pii.ip_address', '10.44.7.12')}
reader=uhf-rfid
[backend]
url=https://access.timberlinepeak.com/api
api_key=${v('credential.generic_secret_assignment', GATE_KEY)}
heartbeat_s=15
retry_backoff_s=30`)}

Is the heartbeat too aggressive for the LTE backhaul up there?`),

  // ── pharmaceutical wholesaler: returns and recalls ──────────────────────────
  rec('shell_nl', f`Dit commando draait elke nacht om de retourbestanden naar de leverancier te sturen, maar sinds gisteren krijg ik "Login failed". Ligt het aan het uitroepteken in het wachtwoord?

${amb('source_code.snippet', f`lftp -u retour_edi,${v('credential.cli_password', 'Tulpenveld!2026')} sftp://edi.veltrum-farma.nl -e "mirror -R --only-newer /data/retouren/out /inbound/retouren; bye"`)}`),

  rec('code_python', f`${code(f`import requests

RECALL_API = "https://recalls.veltrum-us.com/api/v1/notices"
HEADERS = {
    "Authorization": "Bearer ${v('credential.bearer_token', RECALL_BEARER)}",
    "Content-Type": "application/json",
}

def open_recall(ndc: str, lots: list[str], klass: str = "II") -> str:
    payload = {"ndc": ndc, "lots": lots, "class": klass, "depth": "retail"}
    r = requests.post(RECALL_API, json=payload, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["notice_id"]`)}

The recall desk wants this to also email every pharmacy that bought the lots in the last 90 days. Where would you hook that in?`),

  rec('json_config', f`Η υπηρεσία ανακλήσεων δεν συνδέεται στη βάση μετά τη μεταφορά στον νέο server. Τι φταίει;

${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Recalls": "Server=sql-ath02.veltrum.local,1433;Database=Anakliseis;User Id=recall_svc;Password=${v('credential.connection_string_password', 'Elia-Thalassa-903')};TrustServerCertificate=True;"
  },
  "Smtp": { "Host": "mail.veltrum.gr", "Port": 587 }
}`)}`),

  rec('chat_he', f`אני מנסה לחבר את מערכת ההחזרות ל-Microsoft Graph כדי לשלוח מיילים על ריקולים. tenant id: 6c1f9a3e-84b2-4d7e-a015-9e3b72c4d8f1, client id: 2b7e4d91-5c3a-4f08-b6e2-1a9d8c7f3e45, ה-client secret הוא ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}. אני מקבל AADSTS7000215 invalid client secret. מה יכולה להיות הבעיה?`),

  rec('chat_hi', f`हमारे स्टॉकिस्ट पोर्टल में रिटर्न एंट्री के लिए लॉगिन नहीं हो रहा। यूज़रनेम VPD-PUNE-07 है और पासवर्ड ${v('credential.password_in_prose', 'Gulmohar@5823')} डाला, फिर भी "invalid credentials" आ रहा है। क्या पोर्टल वाले पासवर्ड में @ को सपोर्ट नहीं करते? IT को भेजने के लिए एक छोटा मेल लिख दो।`),

  rec('chat_gu', f`અમે કેમિસ્ટોને રિકોલ એલર્ટ WhatsApp પર મોકલીએ છીએ. આ ટોકન ${v('credential.facebook_access_token', WA_TOKEN)} સાથે messages API કૉલ કરું છું પણ error 190 "Session has expired" આવે છે. કાયમી (system user) ટોકન કેવી રીતે બનાવું? સ્ટેપ્સ ગુજરાતીમાં સમજાવો.`),

  rec('chat_ar_ma', f`عافاك، بغيت نكتب ميساج للصيدلي ديال أنفا باش يدخل للبورطاي ديال الإرجاعات: اسم المستخدم هو pharma.anfa و كلمة السر هي ${v('credential.password_in_prose', 'Argan!2024x')}، و خاصو يبدلها من بعد أول دخول. كتبو ليا بالفرنسية و بالدارجة.`),

  rec('env_file', f`O upload dos laudos de recolhimento pro S3 dá AccessDenied. Essas credenciais são do usuário IAM "recall-uploader". O que falta na policy?

${amb('source_code.snippet', f`# recolhimentos/.env
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AWS_ID)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
AWS_REGION=sa-east-1
S3_BUCKET=veltrum-recolhimentos-laudos
S3_PREFIX=anvisa/2025/`)}`),

  rec('code_js', f`आमच्या डिलिव्हरी व्हॅनचे रूट नकाशावर दाखवण्यासाठी हा कोड आहे, पण नकाशा राखाडी दिसतो आणि कन्सोलमध्ये "RefererNotAllowedMapError" येतो. काय चुकतंय?

${code(f`<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initMap" async defer></script>
<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('route-map'), { center: { lat: 18.5204, lng: 73.8567 }, zoom: 11 });
    fetch('/api/returns/pickups?date=' + new Date().toISOString().slice(0, 10))
      .then((r) => r.json())
      .then((stops) => stops.forEach((s) => new google.maps.Marker({ position: s.pos, map, title: s.chemist })));
  }
</script>`)}`),

  // ── colocation NOC ──────────────────────────────────────────────────────────
  rec('cisco_config', f`can you review this switch config before I push it to ash1-agg-sw02? mainly worried about the AAA and SNMP sections

${amb('source_code.snippet', f`hostname ash1-agg-sw02
!
enable secret 9 ${ambCat('credential', CISCO_HASH)}
!
username noc-ro privilege 5 password 0 ${v('credential.network_device_secret', 'Osprey-Cage-417')}
!
aaa new-model
aaa authentication login default group ISE local
!
tacacs server ISE-1
 address ipv4 ${amb('pii.ip_address', '10.20.0.31')}
 key 0 ${v('credential.network_device_secret', 'tq7Rw2Lx9Nc4')}
!
snmp-server community ${v('credential.network_device_secret', 'k3str3l-ash1-ro')} RO 10
snmp-server location ASH1 Hall B Row 14
access-list 10 permit ${amb('pii.ip_address', '10.20.0.15')}`)}`),

  rec('shell', f`Remote hands at JNB1 can't get the box to POST, so I tried from the jump host:

${amb('source_code.snippet', f`noc@jnb1-jump:~$ ipmitool -I lanplus -H ${amb('pii.ip_address', '10.61.12.44')} -U ADMIN -P ${v('credential.cli_password', 'Jacaranda-9923')} chassis power status
Error: Unable to establish IPMI v2 / RMCP+ session`)}

Is lanplus off by default on Supermicro X12 boards, or is it the cipher suite?`),

  rec('chat_af', f`Kan jy asseblief hierdie boodskap vir die nagskof in Engels vertaal? "Die iDRAC op rak B12 in JNB1 se wagwoord is teruggestel na ${v('credential.password_in_prose', 'Protea-Kloof-88')}, maar moenie dit met kliënte deel nie. Bel my as die bediener weer hang."`),

  rec('chat_zu', f`Ngicela ungisize ngibhale kahle i-email eya ku-technician omusha e-DUR1: "Sawubona Sipho, igama lokungena ku-console ngu-noc_dur1, futhi iphasiwedi ithi ${v('credential.password_in_prose', 'Lwandle-Ubuntu-52')}. Ungayishintshi ngaphandle kokukhuluma nami kuqala." Yenze ibe semthethweni kancane.`),

  rec('yaml', f`Grafana agent ei saa TLL1 saidist mõõdikuid saata, logis on 401. Kas remote_write seadistus on õige?

${amb('source_code.snippet', f`metrics:
  global:
    scrape_interval: 30s
    external_labels:
      site: tll1
  configs:
    - name: pdu-and-cooling
      remote_write:
        - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
          basic_auth:
            username: "1187342"
            password: ${v('credential.grafana_cloud_token', GLC)}
integrations:
  dashboards_api_token: ${v('credential.grafana_service_account_token', GLSA)}`)}`),

  rec('shell_lv', f`Kāpēc šis skripts RIX1 datu centrā vairs nevar nolasīt BMC paroles no Vault? Pirms nedēļas strādāja.

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.rix1.kestrel-colo.net:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/bmc/rix1-r07-u22
Error making API request.
Code: 403. Errors:
* permission denied`)}`),

  rec('chat_th', f`บอทแจ้งเตือนอุณหภูมิห้อง BKK1 ส่งข้อความเข้ากลุ่มไม่ได้แล้ว ใช้โทเคน ${v('credential.telegram_bot_token', TELEGRAM)} กับ chat_id -1001873926451 ได้ error 403: bot was kicked from the group ต้องเพิ่มบอทกลับเข้ากลุ่มยังไงโดยไม่ต้องสร้างบอทใหม่`),

  rec('code_python', f`这个脚本每天凌晨把 SHA1 机房交换机的配置备份到 OSS，最近一直报 InvalidAccessKeyId，帮我看看是哪里的问题。

\`\`\`python
${code(f`import datetime
import oss2

ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}"
ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}"
auth = oss2.Auth(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
bucket = oss2.Bucket(auth, "https://oss-cn-shanghai.aliyuncs.com", "kestrel-sha1-netcfg")

def upload(hostname: str, text: str) -> None:
    key = f"{datetime.date.today():%Y/%m/%d}/{hostname}.cfg"
    bucket.put_object(key, text.encode("utf-8"))`)}
\`\`\``),

  rec('chat', f`Why does ssh say "invalid format" when I load this key on the new ASH1 jump host? I copied it over from the old one through a Windows box:

${v('credential.openssh_private_key', NOC_SSH)}

command was ${amb('source_code.snippet', f`ssh -i ~/.ssh/noc_ash1 noc@${amb('pii.ip_address', '10.20.0.5')}`)}`),

  rec('kubeconfig', f`The wallboard in the NOC shows "Unauthorized" since the cluster upgrade. kubeconfig on the wallboard PC:

${amb('source_code.snippet', f`apiVersion: v1
kind: Config
clusters:
- name: noc-mon
  cluster:
    server: https://k8s-mon.ash1.kestrel-colo.net:6443
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${fill('b55-kcacert', B64, 48)}
users:
- name: noc-dashboard
  user:
    token: ${v('credential.jwt', K8S_JWT)}
contexts:
- name: wallboard
  context: { cluster: noc-mon, user: noc-dashboard, namespace: monitoring }
current-context: wallboard`)}

Did 1.30 stop honouring long-lived service-account tokens?`),

  rec('config_junos', f`הסשן BGP עם ספק הטרנזיט ב-TLV1 לא עולה אחרי שהחלפנו את הראוטר. זה הקונפיג שהעליתי, משהו נראה לך לא בסדר?

${amb('source_code.snippet', f`protocols {
    bgp {
        group transit-a {
            type external;
            peer-as 65010;
            neighbor ${amb('pii.ip_address', '185.113.40.1')} {
                description "TLV1 transit A";
                authentication-key "${v('credential.network_device_secret', 'Zayit-Hadar-1177')}";
                import TRANSIT-IN;
                export KESTREL-OUT;
            }
        }
    }
}`)}`),

  rec('shell', f`Datadog agent on the new SYD1 hosts never shows up in the EU org, did I get the site wrong?

${amb('source_code.snippet', f`docker run -d --name dd-agent \\
  -e DD_API_KEY=${v('credential.datadog_api_key', DD_API)} \\
  -e DD_SITE=ap1.datadoghq.com \\
  -e DD_TAGS="site:syd1 role:pdu-poller" \\
  -v /var/run/docker.sock:/var/run/docker.sock:ro \\
  -v /proc/:/host/proc/:ro \\
  gcr.io/datadoghq/agent:7`)}`),

  rec('code_python', f`${code(f`import pynetbox

nb = pynetbox.api("https://netbox.kestrel-colo.net", token="${v('credential.generic_secret_assignment', NETBOX)}")

def free_ports(site: str, panel: str):
    fp = nb.dcim.front_ports.filter(site=site, device=panel, cabled=False)
    return sorted(p.name for p in fp)

print(free_ports("jnb1", "JNB1-MMR-PP03"))`)}

returns an empty list but the panel clearly has free ports in the UI. Filter wrong?`),

  rec('hcl_lv', f`Terraform plāns grib pārveidot visus DNS ierakstus katru reizi, kad palaižu. Lūk, mainīgie:

${amb('source_code.snippet', f`# terraform.tfvars (rix1 edge DNS)
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "9f2c7a41d8e3b6054c1a7e9d2b8f3c60"
ttl_default          = 300`)}

Vai vaina ir ttl vai proxied laukā?`),

  rec('docker_config', f`CI runner pulls from our registry fine but the NOC tools host says "unauthorized" — this is ~/.docker/config.json on the host:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.kestrel-colo.net": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  // ── wedding and events planner ──────────────────────────────────────────────
  rec('chat', f`Can you write me a Python script to pull every subscriber tagged "Harper-Nguyen wedding" from our Mailchimp audience into a CSV for the seating plan? API key is ${v('credential.mailchimp_api_key', MAILCHIMP)} and the list id is 4f2a9c81d7. Need first name, last name and the dietary merge field.`),

  rec('chat_it', f`Ho configurato Thunderbird per la casella condivisa ${v('pii.email', 'matrimoni@everbloom-toscana.it')} ma continua a chiedermi la password. Uso la password per le app che mi ha generato Google: ${v('credential.password_in_prose', 'qkvt mzra hwpl ebdn')}. Devo metterla senza spazi? Il server IMAP è imap.gmail.com porta 993.`),

  rec('code_js', f`El recordatorio de RSVP por WhatsApp no sale para los invitados de Bariloche, ¿me ayudás a ver qué pasa?

${code(f`// recordatorios RSVP — boda Sofía y Matías
const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TWILIO_SID)}', '${v('credential.twilio_auth_token', TWILIO_AUTH)}');

async function recordar(invitado) {
  return client.messages.create({
    from: 'whatsapp:${phone('+5491145872316')}',
    to: \`whatsapp:\${invitado.celular}\`,
    contentSid: 'HX5a1c9e7f3b2d4068a1e9c7b5d3f2a0e8',
    contentVariables: JSON.stringify({ 1: invitado.nombre, 2: '15/03' }),
  });
}`)}`),

  rec('chat_fr_ca', f`Peux-tu préparer une note de passation pour Julie qui reprend le site des Mariages Boréal pendant mon congé? Points: l'extension RSVP doit être mise à jour avant le 12, les galeries 2024 à archiver, et l'accès WordPress — everbloom_qc / ${v('credential.user_password_pair', 'Erable!Neige2024')}. Garde ça court.`),

  rec('code_python', f`این کد پیامک یادآوری عروسی رو برای مهمون‌ها می‌فرسته ولی خطای ۴۱۸ میده. مشکل کجاست؟

${code(f`# ارسال پیامک یادآوری به مهمان‌ها
from kavenegar import KavenegarAPI, APIException

KAVENEGAR_API_KEY = "${v('credential.generic_secret_assignment', KAVENEGAR)}"
api = KavenegarAPI(KAVENEGAR_API_KEY)

def remind(guests):
    for g in guests:
        try:
            api.sms_send({"sender": "10008663", "receptor": g["mobile"], "message": f"{g['name']} عزیز، منتظر حضورتان هستیم."})
        except APIException as e:
            print(g["name"], e)`)}`),

  rec('chat_km', f`សូមជួយបកប្រែសារនេះជាភាសាអង់គ្លេសសម្រាប់ភ្ញៀវអាពាហ៍ពិពាហ៍៖ "ឈ្មោះ Wi-Fi នៅរមណីយដ្ឋានគឺ Angkor-Garden-Wedding ហើយពាក្យសម្ងាត់គឺ ${v('credential.password_in_prose', 'Romdoul2025!')} ។ សូមកុំចែករំលែកជាមួយអ្នកដទៃ។"`),

  rec('env_file', f`लग्नाच्या वेबसाइटवर आहेराचे पैसे ऑनलाइन घेण्यासाठी Razorpay लावले आहे. पेमेंट झाल्यावर signature verify होत नाही. ही .env फाइल बरोबर आहे का?

${amb('source_code.snippet', f`RAZORPAY_KEY_ID=rzp_live_Q7mK2xV9pL4nT8
RAZORPAY_KEY_SECRET=${v('credential.generic_secret_assignment', RAZORPAY_SECRET)}
WEBHOOK_PATH=/api/aaher/webhook
CURRENCY=INR`)}`),

  rec('chat_el', f`Ο φωτογράφος ανεβάζει τις φωτογραφίες του γάμου στη Σαντορίνη σε κοινόχρηστο φάκελο Dropbox. Έφτιαξα ένα script που τις κατεβάζει για το άλμπουμ με αυτό το token: ${v('credential.dropbox_access_token', DROPBOX)} αλλά μετά από λίγες ώρες σταματάει με expired_access_token. Πώς παίρνω refresh token;`),

  rec('json_key', f`The Google Sheet sync for our Cape Town guest list stopped working this morning. This is the service account file the script loads, is something wrong with the key format?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "everbloom-rsvp-za",
  "private_key_id": "${fill('b55-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', `${GCP_PEM}\\n`)}",
  "client_email": "${amb('pii.email', 'sheets-sync@everbloom-rsvp-za.iam.gserviceaccount.com')}",
  "client_id": "104829371650284917362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}`, 'service-account e-mail is not personal: ambiguous'),

  // ── transit authority: fare evasion and penalties ───────────────────────────
  rec('env_file', f`Onze naheffingen-app kan na de migratie niet meer bij de database. Wat is er mis met deze config?

${amb('source_code.snippet', f`DATABASE_URL=postgresql://naheffing_app:${v('credential.database_url_password', 'Grachtenpand-61')}@pg-prod-02.vervoerregio-amstelland.nl:5432/naheffingen?sslmode=require
REDIS_URL=redis://localhost:6379/2
SCAN_UPLOAD_DIR=/srv/naheffing/scans
MAX_UPLOAD_MB=15`)}`),

  rec('code_powershell', f`Das Skript für die Zuschlagsmahnungen bricht seit letzter Woche mit "5.7.139 Authentication unsuccessful" ab. Woran liegt das?

${code(f`$pw   = ConvertTo-SecureString '${v('credential.password_assignment', 'Limmat-Tram-3318')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('${v('pii.email', 'mahnwesen@vbl-limmattal.ch')}', $pw)

Import-Csv .\\offene_zuschlaege.csv -Delimiter ';' | ForEach-Object {
    Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred \`
        -From 'Mahnwesen VBL <${v('pii.email', 'mahnwesen@vbl-limmattal.ch')}>' -To $_.Email \`
        -Subject "2. Mahnung Zuschlag $($_.Fallnummer)" -Body (Get-Content .\\vorlage.txt -Raw) -Encoding UTF8
}`)}`),

  rec('chat', f`Citation photos from the inspectors' handhelds go to an Azure blob container. Since yesterday the upload step fails with "AuthenticationFailed". This is the connection string in appsettings:

${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=trimetcitations;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Did somebody rotate key1? How do I check without the portal?`),

  rec('curl_cs', f`Volám API pro přirážky a vrací mi 401. Token jsem zkopíroval z prohlížeče ráno. Je pořád platný, nebo je problém jinde?

${amb('source_code.snippet', f`curl -s https://api.prirazky.dp-vltavin.cz/v2/pripady?stav=otevreny \\
  -H "Authorization: Bearer ${v('credential.jwt', FARE_JWT)}" \\
  -H "Accept: application/json"`)}`),

  rec('http_ro', f`Integrarea cu procesatorul de plăți pentru amenzi întoarce 403 de azi-dimineață. Asta e cererea pe care o trimitem:

${amb('source_code.snippet', f`POST /api/v1/amenzi/plati HTTP/1.1
Host: plati.transurban-bucuresti.ro
Authorization: Basic ${v('credential.basic_auth_header', BASIC_RO)}
Content-Type: application/json

{"proces_verbal":"PV-2025-118342","suma":50.00,"moneda":"RON"}`)}

Ce poate fi greșit?`),

  rec('shell_fa', f`این دستور رو برای گرفتن خروجی جریمه‌های ماه قبل می‌زنم ولی Access denied میده. مشکل از کجاست؟

${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '10.12.4.20')} -u jarime_report -p${v('credential.mysql_cli_password', 'Sepidar1403')} jarime -e "SELECT * FROM penalties WHERE issued_at >= '2025-01-20'" > report.tsv`)}`),

  rec('chat', f`I set up a fine-grained token for the citations-portal repo so CI can pull our shared fare-validation package, but checkout fails with "Repository not found". Token: ${v('credential.github_fine_grained_pat', GH_FINE)} — do fine-grained tokens need the org owner to approve them first?`),

  rec('curl', f`Trying to post the fare-inspection shift roster into #fare-ops from cron. Why does this return "invalid_payload"?

${amb('source_code.snippet', f`curl -X POST -H 'Content-type: application/json' \\
  --data '{"text":"Shift 14:00 — Blue Line sweep, meet at Lloyd Center platform 2"}' \\
  ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}`),

  // ── homebrew-supply web shop ────────────────────────────────────────────────
  rec('code_python', f`${code(f`import requests

SHOP = "hopcraft-supply.myshopify.com"
TOKEN = "${v('credential.shopify_access_token', SHPAT)}"
API = f"https://{SHOP}/admin/api/2024-10"

def set_stock(inventory_item_id: int, location_id: int, qty: int) -> None:
    r = requests.post(
        f"{API}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": TOKEN},
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
        timeout=15,
    )
    r.raise_for_status()`)}

need this to read the hop cold-room count sheet (CSV) and update all Citra/Mosaic pellet SKUs, can you extend it?`),

  rec('code_php', f`Ons WooCommerce-winkel se voorraadsinkronisering gee sedert gister 401 Unauthorized. Hier is die stukkie kode:

${code(f`<?php
use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://braaienbrou.co.za',
    '${ambCat('credential', WC_KEY)}',
    '${v('credential.generic_secret_assignment', WC_SECRET)}',
    ['version' => 'wc/v3', 'timeout' => 30]
);
$woocommerce->put('products/4127', ['stock_quantity' => 36]);`)}

Moet die sleutels "Read/Write" wees?`, 'WooCommerce consumer key (ck_) is the id half of the pair: labelled ambiguous, the cs_ secret as a credential'),

  rec('env_file', f`.env för kassan i Bryggbolagets webbutik — Klarna svarar 401 i produktion men allt funkar i playground. Vad är fel?

${amb('source_code.snippet', f`KLARNA_REGION=eu
KLARNA_API_URL=https://api.klarna.com
KLARNA_API_USERNAME=K501873_9f2c4a7b1e3d
KLARNA_API_PASSWORD=${v('credential.password_assignment', KLARNA_PW)}
SHOP_CURRENCY=SEK`)}`),

  rec('chat_et', f`Stripe'i webhook'i allkirja kontroll ebaõnnestub meie pruulimistarvikute e-poes. Kasutan seda saladust: ${v('credential.stripe_webhook_secret', EE_WHSEC)}. Kas pean kasutama endpointi oma või seda, mille stripe listen CLI annab?`),

  rec('code_python', f`注文確認メールがSendGridから送られなくなりました。401が返ってきますが、キーは昨日作り直したばかりです。

${code(f`from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG_KEY = "${v('credential.sendgrid_api_key', SENDGRID)}"

def send_order_mail(order):
    msg = Mail(
        from_email="${v('pii.email', 'orders@hopcraft.jp')}",
        to_emails=order.email,
        subject=f"ご注文ありがとうございます（注文番号 {order.number}）",
        html_content=render("order_ja.html", order=order),
    )
    SendGridAPIClient(SG_KEY).send(msg)`)}`),

  rec('chat_zh', f`我用这个脚本给精酿原料商品批量生成中文描述，key 是 ${v('credential.openai_api_key', OPENAI)}，总是报 429 insufficient_quota。是不是要先充值？账户里显示还有免费额度。`),

  rec('curl_cs', f`Mailgun nám přestal posílat potvrzení objednávek. Tohle vrací "Forbidden":

${amb('source_code.snippet', f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/mg.sladkuvsklad.cz/messages \\
  -F from='Sládkův sklad <${v('pii.email', 'objednavky@sladkuvsklad.cz')}>' \\
  -F to='${v('pii.email', 'jan.prochazka@seznam.cz')}' \\
  -F subject='Objednávka 2025-0412 odeslána' \\
  -F text='Dobrý den, Vaše objednávka byla předána dopravci.'`)}`),

  rec('npmrc', f`.npmrc untuk pakej tema kedai kami, CI gagal dengan 401 bila install @hopcraft/theme:

${amb('source_code.snippet', f`@hopcraft:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}`, 'npm token as the .npmrc _authToken value: two labels on one span, as batch 2 does'),

  rec('chat_sl', f`Pišem klepetalnega pomočnika za svetovanje pri domačem varjenju piva za našo spletno trgovino. Ključ ${v('credential.anthropic_api_key', ANTHROPIC)} deluje v konzoli, v kodi pa dobim 401 authentication_error. Ali moram nastaviti še kakšno glavo poleg x-api-key?`),

  rec('env_file', f`.env del checkout de la tienda de insumos cerveceros. MercadoPago me tira "invalid access token" en producción, ¿qué estoy haciendo mal?

${amb('source_code.snippet', f`MP_PUBLIC_KEY=APP_USR-6b1d9e34-7c2a-4f58-9e03-b4a7c1d82f65
MP_ACCESS_TOKEN=${v('credential.generic_secret_assignment', MP_TOKEN)}
MP_WEBHOOK_URL=https://lupuloymalta.com.ar/api/mp/webhook
MONEDA=ARS`)}`),

  rec('chat', f`git push keeps failing from the warehouse PC with "remote: HTTP Basic: Access denied". I set the remote like this:

${amb('source_code.snippet', f`git remote set-url origin https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.com/brewlab-au/storefront.git`)}

The token has write_repository. Do I need a different username than oauth2?`),

  rec('chat', f`Apple Pay merchant validation on the HopCraft checkout fails with "unable to get local issuer certificate". We load merchant_id.pem plus this key:

${v('credential.private_key', APPLEPAY_KEY)}

Does the key need to be in PKCS#1 format for Node's https.Agent?`),

  rec('chat_en_za', f`Lekker, the new card machine at the Stellenbosch pickup counter is working. For the handover doc: the back-office login is ${v('pii.email', 'counter@braaienbrou.co.za')} with password ${v('credential.password_in_prose', 'Fynbos-Hops-2025')}, and the manager PIN for voids stays with Riaan. Can you make that into a short checklist for the Saturday staff?`),
];

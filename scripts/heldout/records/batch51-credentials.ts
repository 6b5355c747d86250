/**
 * Held-out batch 51: credentials pasted by staff of an offshore wind-farm maintenance contractor, a
 * public defender's office, a craft brewery group, a university research-computing (HPC) centre, a
 * home-health nursing agency and a luxury yacht charter broker: job scripts, configs, shell sessions,
 * code and passwords in prose, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const HF_LLAMA = tok('hf_', fill('b51-hf1', UPPER + LOWER, 34));
const HF_KR = tok('hf_', fill('b51-hf2', UPPER + LOWER, 34));
const CEPH_ID = fill('b51-cephid', UPPER + DIGITS, 20);
const CEPH_SECRET = fill('b51-cephsec', B62, 40);
const OPENAI_VN = tok('sk-proj-', fill('b51-oa1', B64URL, 74), 'T3BlbkFJ', fill('b51-oa2', B64URL, 74));
const GLPAT = tok('glpat-', fill('b51-glpat', B62 + '-_', 20));
const OSSH_TA = pem('OPENSSH PRIVATE KEY', 'b51-ossh-ta', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const INFLUX = tok(fill('b51-influx', B64URL, 86), '==');
const AZ_STORAGE = tok(fill('b51-azsk', B64, 86), '==');
const T9 = './' + DIGITS + UPPER + LOWER;
const CISCO9_ENABLE = tok('$9$', fill('b51-c9s1', T9, 14), '$', fill('b51-c9h1', T9, 43));
const CISCO9_USER = tok('$9$', fill('b51-c9s2', T9, 14), '$', fill('b51-c9h2', T9, 43));
const TEAMS = tok('https://northwind-om.webhook.office.com/webhookb2/', '8d2f61c4-39ab-4e07-b5d1-e04c7a93f218@51c0e7b9-6a24-4f83-9d1e-7b38c2a05f64/IncomingWebhook/', fill('b51-teams1', HEX, 32), '/', 'a47e90d2-1c35-48b6-bf20-6d9e13c7a584/', 'V2', fill('b51-teams2', B64URL, 43));
const TELEGRAM = tok('7218459302', ':', 'AA', fill('b51-tg', B64URL, 33));
const SENTRY_DSN = `https://${fill('b51-sentry', HEX, 32)}@o4507284193.ingest.de.sentry.io/4507284202931`;
const PD_BEARER = fill('b51-pdbearer', B62 + '-._~', 48);
const TW_SID = tok('AC', fill('b51-twsid', HEX, 32));
const TW_TOKEN = fill('b51-twtok', HEX, 32);
const AZ_CLIENT_SECRET = tok(fill('b51-azcs1', B62, 3), '8Q~', fill('b51-azcs2', B62 + '~._-', 34));
const SHPAT = tok('shpat_', fill('b51-shpat', HEX, 32));
const SQUARE = tok('EAAA', fill('b51-square', B64URL, 60));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b51-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b51-whsec', B62, 32));
const STRIPE_PK = tok('pk_', 'live_', '51', fill('b51-pklive', B62, 97));
const MAILCHIMP = tok(fill('b51-mc', HEX, 32), '-us14');
const SENDGRID = tok('SG.', fill('b51-sg1', B64URL, 22), '.', fill('b51-sg2', B64URL, 43));
const GHP_BREW = gh('ghp', 'Kt7Wq2Mz9Rb4Xv1Ln8Hc3Pd6Gs5Jf0');
const GOOGLE_MAPS = tok('AIza', 'Sy', fill('b51-gmaps', B64URL, 33));
const EVV_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'nurse-2291', role: 'clinician', agency: 'meadowlark', iat: 1733212800, exp: 1764748800 }, 'b51-evvjwt');
const GOCSPX = tok('GOCSPX-', fill('b51-gocspx', B64URL, 28));
const MAILGUN = tok('key-', fill('b51-mailgun', HEX, 32));
const BOOKING_KEY = fill('b51-booking', B62, 36);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b51-ant', B64URL, 93), 'AA');
const NOTION = tok('ntn_', fill('b51-ntn1', DIGITS, 11), fill('b51-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b51-at1', B62, 14), '.', fill('b51-at2', HEX, 64));
const SLACK_BOT = tok('xoxb-', '5829104736281-', '7493018265930-', fill('b51-xoxb', B62, 24));
const JHUB_KEY_B64 = b64(`${pem('RSA PRIVATE KEY', 'b51-jhrsa', 1190)}\n`);
const VAULT = tok('hvs.', 'CAESI', fill('b51-vault', B64URL, 86));
const HARBOR_AUTH = b64('ci-puller:Harbor#Frost2024');
const GRAFANA_BASIC = b64('admin:Aurora-Borealis-61');
const GCP_PEM = pem('PRIVATE KEY', 'b51-gcp', 1216).replace(/\n/g, '\\n') + '\\n';
const DO_TOKEN = tok('dop_v1_', fill('b51-do', HEX, 64));
const CF_TOKEN = fill('b51-cftoken', B62 + '-_', 40);
const NPM_NURSE = gh('npm', 'Vb3Nq8Lr1Ty6Kc4Zm9Hx2Ws7Pd5Fg0');
const PGP_PD = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGZ${fill('b51-pgp0', B64, 57)}\n${(b64Bytes('b51-pgp', 840).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b51-pgpcrc', B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
const AKIA = tok('AKIA', fill('b51-akia', B32, 16));
const AWS_SECRET = fill('b51-awssec', B64, 40);
const WANDB = fill('b51-wandb', HEX, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b51-slhk1', UPPER + DIGITS, 8), '/B0', fill('b51-slhk2', UPPER + DIGITS, 9), '/', fill('b51-slhk3', B62, 24));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH51_CREDENTIALS: DraftRecord[] = [
  rec('slurm_script', f`Fine-tuning job dies after ~40 s with a 401 from the Hub, but the same token works on the login node. Are the GPU nodes behind a different proxy?

${code(f`#!/bin/bash
#SBATCH --job-name=llama-ft
#SBATCH --partition=gpu-a100
#SBATCH --gres=gpu:4
#SBATCH --cpus-per-task=32
#SBATCH --time=47:00:00
#SBATCH --account=p2024-117

module load cuda/12.4 python/3.11
source ~/venvs/ft/bin/activate

export HF_TOKEN=${v('credential.huggingface_token', HF_LLAMA)}
export HF_HOME=/scratch/$USER/hf-cache

srun torchrun --nproc_per_node=4 train.py \\
  --model meta-llama/Llama-3.1-8B \\
  --data /proj/nlp-lab/data/clean.jsonl --epochs 2`)}`),

  rec('shell_ko', f`안녕하세요, 연구컴퓨팅센터에 문의드립니다. 로그인 노드에서는 되는데 계산 노드에서 모델 다운로드가 안 됩니다. 제가 실행한 내용입니다:

${amb('source_code.snippet', f`[jhkim@login02 ~]$ huggingface-cli login --token ${v('credential.huggingface_token', HF_KR)} --add-to-git-credential
Token is valid (permission: write).
Your token has been saved to /home/jhkim/.cache/huggingface/token
[jhkim@login02 ~]$ srun -p gpu --pty bash
[jhkim@gpu017 ~]$ python -c "from huggingface_hub import snapshot_download; snapshot_download('Qwen/Qwen2.5-7B')"
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='huggingface.co', port=443)`)}

계산 노드에서 외부 인터넷이 막혀 있는 건가요? 그렇다면 데이터를 어디에 미리 받아 두면 될까요?`),

  rec('sssd_conf', f`Users on the new compute rack get "Permission denied" on ssh about one time in five, but \`id\` resolves fine. Here is the sssd.conf we pushed with Ansible:

${amb('source_code.snippet', f`[sssd]
services = nss, pam
domains = HALVARD

[domain/HALVARD]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap1.rc.halvard.edu, ldaps://ldap2.rc.halvard.edu
ldap_search_base = dc=rc,dc=halvard,dc=edu
ldap_default_bind_dn = cn=sssd-bind,ou=services,dc=rc,dc=halvard,dc=edu
ldap_default_authtok_type = password
ldap_default_authtok = ${v('credential.password_assignment', 'Quasar!Lattice-2291')}
ldap_tls_reqcert = demand
cache_credentials = true
enumerate = false`)}

Could it be that ldap2 still has the old certificate?`),

  rec('rclone_zh', f`老师让我把实验数据同步到中心的对象存储，rclone 一直报 SignatureDoesNotMatch。配置如下：

${amb('source_code.snippet', f`[ceph-rc]
type = s3
provider = Ceph
access_key_id = ${ambCat('credential', CEPH_ID)}
secret_access_key = ${v('credential.generic_secret_assignment', CEPH_SECRET)}
endpoint = https://s3.rc.halvard.edu
acl = private`)}

命令是 rclone copy ./raw ceph-rc:lab-wang/2024-raw -P。是不是 endpoint 写错了，还是要加 region？`, 'the Ceph S3 access key id is an identifier paired with the secret: ambiguous, no rule'),

  rec('notebook_vi', f`Em chào anh chị, em đang chạy notebook trên JupyterHub của trung tâm, gọi API thì bị "Connection timed out". Code của em:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI_VN)}")
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Tóm tắt bài báo sau trong 5 câu: " + abstract}],
)
print(resp.choices[0].message.content)`)}

Có phải node tính toán không ra được Internet không ạ? Em cần khai báo proxy ở đâu?`),

  rec('crontab', f`The nightly docs rebuild stopped pulling new commits last week. Crontab on the web VM:

${amb('source_code.snippet', f`15 2 * * * cd /srv/docs && git pull https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.rc.halvard.edu/rc/user-docs.git main && /srv/docs/venv/bin/mkdocs build -d /var/www/docs >> /var/log/docs-build.log 2>&1`)}

log says "HTTP Basic: Access denied". Did GitLab 17 expire tokens without an expiry date?`),

  rec('chat_ta', f`வணக்கம், cluster-ல் உள்நுழைய என் private key-ஐ பயன்படுத்தும்போது "Load key: invalid format" என்று வருகிறது. Windows-ல் இருந்து copy செய்தேன். key இதோ:

${v('credential.openssh_private_key', OSSH_TA)}

இதில் என்ன பிரச்சனை? CRLF காரணமா?`),

  rec('prometheus', f`${amb('source_code.snippet', f`# /etc/prometheus/prometheus.yml (monitoring VM)
global:
  scrape_interval: 60s
scrape_configs:
  - job_name: slurm
    scheme: https
    basic_auth:
      username: prom-scraper
      password: '${v('credential.password_assignment', 'Tundra#Exporter77')}'
    static_configs:
      - targets: ['slurmctld01.rc.halvard.edu:9341']
  - job_name: node
    file_sd_configs:
      - files: ['/etc/prometheus/nodes/*.json']`)}

The slurm job shows "server returned HTTP status 401" since we moved the exporter behind nginx. Does basic_auth go through a reverse proxy unchanged?`),

  rec('slurmdbd_id', f`Halo, slurmdbd tidak mau start setelah upgrade ke 23.11. Di log tertulis "Access denied for user 'slurm'@'localhost'". Ini konfigurasinya:

${amb('source_code.snippet', f`AuthType=auth/munge
DbdHost=slurmdb01
DbdPort=6819
SlurmUser=slurm
StorageType=accounting_storage/mysql
StorageHost=localhost
StoragePort=3306
StorageUser=slurm
StoragePass=${v('credential.password_assignment', 'Rimba_Kelapa!84')}
StorageLoc=slurm_acct_db
LogFile=/var/log/slurm/slurmdbd.log`)}

Apakah user MariaDB-nya harus dibuat ulang setelah upgrade?`),

  rec('cron_hi', f`नमस्ते, मैंने slurm accounting DB के backup के लिए यह लाइन cron में डाली है, लेकिन यह चलती ही नहीं, हाथ से चलाने पर ठीक है:

${amb('source_code.snippet', f`0 3 * * * mysqldump -u slurm -p${v('credential.mysql_cli_password', 'Ganga#Tide2024')} slurm_acct_db | gzip > /backup/slurm_$(date +%F).sql.gz`)}

क्या % को escape करना पड़ेगा? और password command में रखना ठीक है?`),

  rec('code_da', f`Hej, kan du hjælpe mig med at finde ud af, hvorfor forbindelsen til parkens SCADA-server timer ud? Scriptet læser 10-minutters data fra møllerne:

${code(f`import asyncio
from asyncua import Client

URL = "opc.tcp://${amb('pii.ip_address', '10.20.4.11')}:4840"

async def main():
    client = Client(URL, timeout=10)
    client.set_user("svc_dataexport")
    client.set_password("${v('credential.password_assignment', 'Havvind-Esbjerg#19')}")
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,cert.der,key.pem")
    async with client:
        node = client.get_node("ns=2;s=WTG_A07.Grid.ActivePower")
        print(await node.read_value())

asyncio.run(main())`)}

Det virker fra kontoret i Esbjerg, men ikke fra VPN'en.`),

  rec('compose_nl', f`Kun je nakijken waarom Grafana de InfluxDB-datasource niet meer vindt na een herstart van de stack op het transformatorplatform?

${amb('source_code.snippet', f`services:
  influxdb:
    image: influxdb:2.7
    volumes: ["influx-data:/var/lib/influxdb2"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: ops
      DOCKER_INFLUXDB_INIT_PASSWORD: ${v('credential.password_assignment', 'Noordzee-Kabel-58')}
      DOCKER_INFLUXDB_INIT_ORG: borssele-om
      DOCKER_INFLUXDB_INIT_BUCKET: wtg_10min
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${v('credential.generic_secret_assignment', INFLUX)}
  grafana:
    image: grafana/grafana:11.2.0
    ports: ["3000:3000"]
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'Windkracht9!')}
volumes:
  influx-data:`)}

De datasource gebruikt http://influxdb:8086.`),

  rec('chat_pl', f`Cześć, skrypt do wrzucania zdjęć z inspekcji łopat (dron) do Azure Blob nagle zwraca 403. Connection string skopiowałem z portalu:

DefaultEndpointsProtocol=https;AccountName=bladeinspect01;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Czy po rotacji kluczy w portalu stary string przestaje działać od razu?`),

  rec('cisco_et', f`Tere! Palun vaata üle meie alajaama kommutaatori konfiguratsioon, enne kui selle tööle panen. Kas TACACS ja SNMP read on õiged?

${amb('source_code.snippet', f`hostname OSS-SW01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO9_ENABLE)}
username netadmin privilege 15 secret 9 ${amb('credential.network_device_secret', CISCO9_USER)}
!
tacacs server ISE01
 address ipv4 ${amb('pii.ip_address', '10.50.0.20')}
 key 0 ${v('credential.network_device_secret', 'Meretuul#Saaremaa2024')}
!
snmp-server community ${v('credential.network_device_secret', 'Tuulik_RW_774')} RW 90
snmp-server location Offshore substation OSS-1
!
line vty 0 4
 transport input ssh`)}

Kas "RW" on SNMP jaoks liiga palju õigusi?`, 'type-9 hashes ambiguous (README); TACACS key and SNMP community are the secrets'),

  rec('code_python', f`${code(f`import requests

TEAMS_URL = "${v('credential.teams_webhook_url', TEAMS)}"

def forward(alarm: dict) -> None:
    """Push SCADA alarms of severity 3+ to the O&M channel."""
    if alarm["severity"] < 3:
        return
    text = f"**{alarm['wtg']}** {alarm['code']}: {alarm['text']} ({alarm['ts']})"
    requests.post(TEAMS_URL, json={"text": text}, timeout=5)`)}

Microsoft says these connectors are being retired. What's the minimal change to keep our turbine alarm feed working?`),

  rec('chat_lv', f`Sveiki! Uztaisīju Telegram botu, kas kuģa kapteinim sūta laika prognozi un viļņu augstumu pirms izbraukšanas uz vēja parku. Tokenu ieliku šeit: ${v('credential.telegram_bot_token', TELEGRAM)}
Privātās sarakstēs bots atbild, bet grupā klusē. Vai vajag izslēgt privacy mode caur BotFather?`),

  rec('chat_lt', f`Sveiki, išverskite į anglų kalbą skelbimą laivo kajutėms:
„Laivo „Nordic Gannet" įgulos Wi-Fi tinklas – SOV-CREW, slaptažodis: ${v('credential.password_in_prose', 'Jura2024-Banga!')}. Prašome juo nesidalinti su subrangovais. Palydovinio ryšio limitas – 3 GB per parą vienam asmeniui."`),

  rec('code_dart', f`Our field-service app doesn't report crashes from the technicians' tablets. main.dart:

${code(f`Future<void> main() async {
  await SentryFlutter.init(
    (options) {
      options.dsn = '${v('credential.sentry_dsn', SENTRY_DSN)}';
      options.environment = 'offshore-prod';
      options.tracesSampleRate = 0.1;
    },
    appRunner: () => runApp(const WorkOrderApp()),
  );
}`)}

The tablets are offline for 10–12 h on the vessel. Does Sentry cache events until they're back in 4G range?`),

  rec('chat', f`I'm covering Dana's caseload while she's on leave. She left me her e-filing login for the county portal: username dreyes_pd / password ${v('credential.password_in_prose', 'Marigold$Docket31')} — but now the portal wants a 2FA code that goes to her phone. Can you draft a short email to the clerk's office asking for a delegate account for me instead?`),

  rec('curl', f`Trying to pull my open cases from the case-management API for a caseload report:

${amb('source_code.snippet', f`curl -s -H "Authorization: Bearer ${v('credential.bearer_token', PD_BEARER)}" \\
  "https://pdcms.hollis-county-pd.org/api/v2/cases?attorney_id=4471&status=open&page_size=200" | jq '.results | length'`)}

returns 200 but only 50 results. Is page_size ignored?`),

  rec('chat_pt', f`Oi, vou sair de férias e a estagiária precisa protocolar umas petições no PJe. Meu login é o CPF ${v('pii.br_cpf', '418.273.960-40')} e a senha é ${v('credential.password_in_prose', 'Ipê#Amarelo2024')}. Posso passar para ela? Se não puder, me ajuda a escrever uma mensagem para a coordenação da Defensoria pedindo um cadastro próprio para ela?`),

  rec('code_python', f`Hearing reminders go out twice to some clients. Script:

${code(f`from twilio.rest import Client

account_sid = "${v('credential.twilio_account_sid', TW_SID)}"
auth_token = "${v('credential.twilio_auth_token', TW_TOKEN)}"
client = Client(account_sid, auth_token)

for h in upcoming_hearings(days=2):
    for number in h.client.phones:
        client.messages.create(
            to=number,
            from_="${phone('+13054182795')}",
            body=f"Reminder: court date {h.date:%m/%d} at {h.time}, {h.courtroom}. Call your attorney with questions.",
        )`)}

I think clients with both a cell and a home number get it twice — how do I send only to the first mobile?`),

  rec('appsettings', f`${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6f1c2a9e-4b7d-4e30-8a15-d29c07b3e641",
    "ClientId": "b83e5d10-7c2a-4f96-91de-3a0c6f48b257",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}",
    "CallbackPath": "/signin-oidc"
  },
  "Graph": { "Scopes": "Sites.ReadWrite.All Mail.Send" },
  "IntakeForm": { "SharePointList": "Client Intake 2025" }
}`)}

The intake app can read the SharePoint list but Mail.Send fails with 403. Does the app registration need admin consent for application permissions?`),

  rec('chat_cs', f`Ahoj, potřebuju skript, který každou noc stáhne nové objednávky z našeho e-shopu na Shopify a pošle je do skladu jako CSV. Mám Admin API token ${v('credential.shopify_access_token', SHPAT)} a obchod je pivovar-krahulik.myshopify.com. Stačí to, nebo potřebuju ještě API secret? Napiš to prosím v Pythonu.`),

  rec('chat_da', f`Vi bruger Square i vores ølbar i Aarhus. Kan du skrive en lille Python-funktion, der henter dagens salg fordelt på fadøl og dåser? Adgangstoken fra udviklerkontoen: ${v('credential.square_access_token', SQUARE)}
Location-ID er LX4R7QW2M9K3T.`),

  rec('env_hu', f`Szia! A sörfőzde webshopjában élesben nem megy a fizetés, tesztmódban igen. Itt a .env a szerverről:

${amb('source_code.snippet', f`APP_ENV=production
STRIPE_PUBLISHABLE_KEY=${STRIPE_PK}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
SHOP_CURRENCY=HUF`)}

A webhook végpont 400-at ad vissza "No signatures found matching the expected signature" hibával. Mi lehet a gond?`, 'the live publishable key is public by design: unlabelled'),

  rec('apps_script', f`Google Sheet for the taproom club signups, the sync to Mailchimp silently does nothing:

${code(f`const MC_KEY = '${v('credential.mailchimp_api_key', MAILCHIMP)}';
const LIST_ID = 'a71c3e9d20';

function syncTaproomClub() {
  const rows = SpreadsheetApp.getActive().getSheetByName('Signups').getDataRange().getValues().slice(1);
  rows.filter((r) => r[4] === 'yes').forEach((r) => {
    UrlFetchApp.fetch('https://us14.api.mailchimp.com/3.0/lists/' + LIST_ID + '/members', {
      method: 'post',
      headers: { Authorization: 'apikey ' + MC_KEY },
      payload: JSON.stringify({ email_address: r[2], status: 'subscribed', merge_fields: { FNAME: r[1] } }),
      muteHttpExceptions: true,
    });
  });
}`)}`),

  rec('env_nl', f`Onze bestelbevestigingen van de brouwerij-webshop komen sinds gisteren niet meer aan. Dit staat in de .env:

${amb('source_code.snippet', f`MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_ENCRYPTION=tls
MAIL_FROM_NAME="Brouwerij De Vliegende Hop"`)}

Laravel logt niets. Hoe zet ik de mail-log aan?`),

  rec('chat_pl', f`Przetłumacz proszę na ukraiński instrukcję dla nowego piwowara:
„Panel warzelni (HMI) – zdalny podgląd przez VNC pod adresem ${amb('pii.ip_address', '192.168.50.12')}:5900, hasło: ${v('credential.password_in_prose', 'Chmiel#Warka7')}. Nie zmieniać receptur ani temperatur zacierania bez zgody głównego piwowara."`),

  rec('gha', f`${amb('source_code.snippet', f`name: publish-site
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: |
          cd dist
          git init -b gh-pages && git add -A && git commit -m "deploy"
          git push -f https://brewbot:${v('credential.github_pat', GHP_BREW)}@github.com/stonefold-brewing/site.git gh-pages`)}

The beer list page on the site is two releases behind. Is force-pushing from the workflow the problem?`),

  rec('chat_it', f`Ciao, sul sito del birrificio la mappa dei punti vendita non si carica più, in console c'è "This API key is not authorized to use this service or API". La chiave è ${v('credential.google_api_key', GOOGLE_MAPS)}. Posso limitarla solo al nostro dominio senza rompere l'app degli ordini?`),

  rec('code_js', f`${code(f`// scripts/smoke-checkin.mjs — quick check of the EVV endpoint before the morning shift
const token = '${v('credential.jwt', EVV_JWT)}';

const res = await fetch('https://evv.meadowlark-homehealth.com/api/visits/checkin', {
  method: 'POST',
  headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ visitId: 'V-118204', lat: 41.49, lon: -81.69, method: 'gps' }),
});
console.log(res.status, await res.text());`)}

Returns 422 "visit outside geofence" even though the coordinates are the client's address. How big is the default geofence usually?`),

  rec('chat_nl', f`Onze planningstool voor de wijkverpleging crasht sinds de migratie naar de nieuwe server. In de log staat "password authentication failed". De connectiestring in de config:

postgresql://planning_app:${v('credential.database_url_password', 'Tulpenveld%2177')}@db-planning.thuiszorg-lindehof.nl:5432/planning

Moet het uitroepteken in het wachtwoord anders gecodeerd worden?`),

  rec('chat_ro', f`Bună, te rog tradu în engleză un mesaj pentru coordonatoarea din Leeds: „Nu mă pot loga în aplicația de vizite de ieri. Utilizator: i.popescu, parola: ${v('credential.password_in_prose', 'Brad!Carpati2023')}. Telefonul de serviciu a fost resetat și nu mai primesc codul SMS."`),

  rec('chat_ur', f`السلام علیکم، نئی نرس کو ای میل لکھنی ہے کہ اس کا وزٹ ایپ اکاؤنٹ بن گیا ہے۔ یوزر نیم s.malik اور عارضی پاس ورڈ ${v('credential.password_in_prose', 'Chinar#4471')} ہے، پہلی بار لاگ اِن کرنے پر اسے بدلنا ہوگا۔ براہِ کرم انگریزی میں مختصر اور دوستانہ ای میل لکھ دیں۔`),

  rec('chat_ar', f`مرحباً، أريد صياغة رسالة قصيرة ولطيفة للممرضة الجديدة: حسابك على نظام الزيارات المنزلية أصبح جاهزاً، اسم المستخدم r.haddad وكلمة المرور المؤقتة ${v('credential.password_in_prose', 'Yasmin@Visit88')} ، يرجى تغييرها بعد أول تسجيل دخول. اكتبها بالعربية والإنجليزية.`),

  rec('json_config', f`Visit calendar sync to Google Calendar fails with "invalid_client" on the new server. client_secret.json:

${amb('source_code.snippet', f`{"web":{"client_id":"730418295561-k4v9q2m7t1r8s3d6f0h5j2n7p9w4x1c8.apps.googleusercontent.com","project_id":"meadowlark-visits","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://schedule.meadowlark-homehealth.com/oauth2/callback"]}}`)}`),

  rec('config_it', f`Ciao, il promemoria via e-mail delle visite domiciliari non parte più da lunedì. Nel config.py c'è:

${amb('source_code.snippet', f`MAILGUN_DOMAIN = "mg.curedomiciliari-aurora.it"
MAILGUN_API_KEY = "${v('credential.mailgun_api_key', MAILGUN)}"
REMINDER_HOURS_BEFORE = 18`)}

Mi spieghi come verificare se la chiave è ancora valida senza mandare e-mail ai pazienti?`),

  rec('chat_el', f`Γεια σου, θέλω να συνδέσω το σύστημα κρατήσεών μας με την πλατφόρμα διαθεσιμότητας σκαφών. Μου έδωσαν αυτό το API key: ${v('credential.generic_secret_assignment', BOOKING_KEY)} και μου είπαν να το στέλνω στο header X-Api-Key. Μπορείς να μου γράψεις ένα παράδειγμα σε Python που φέρνει τη διαθεσιμότητα για Ιούλιο στις Κυκλάδες;`),

  rec('chat_tr', f`Merhaba, Bodrum'daki gulet için misafirlere bırakacağımız bilgi kartını İngilizceye çevirir misin?
"Teknenin Wi-Fi ağı: AKDENIZ-GUEST, şifre: ${v('credential.password_in_prose', 'Mavi*Yolculuk2024')}. Uydu internet kotası günlük 5 GB'dır. Kaptan köşkündeki cihazlara dokunmayınız."`),

  rec('code_python', f`${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def listing_copy(yacht: dict) -> str:
    prompt = (
        f"Write a 120-word charter listing for the {yacht['length_m']} m motor yacht {yacht['name']}, "
        f"{yacht['cabins']} cabins, cruising {yacht['region']}. Tone: understated luxury, no clichés."
    )
    msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=400, messages=[{"role": "user", "content": prompt}])
    return msg.content[0].text`)}

Works, but every description starts with "Nestled". How do I stop that?`),

  rec('chat_zh_tw', f`你好，我們用 Notion 管理遊艇包租的客戶詢價，想寫一個腳本把官網表單的新詢價自動加到資料庫。整合的 token 是 ${v('credential.notion_token', NOTION)}，資料庫 ID 是 4c1e9a7b2d384f06a5e18c3d7b92f041。可以幫我用 Python 寫嗎？欄位有：姓名、日期、人數、預算、偏好航區。`),

  rec('chat_id', f`Tolong buatkan skrip Python untuk menarik data ketersediaan kapal pinisi dari Airtable kami, lalu kirim ringkasannya ke tim sales tiap pagi. Token: ${v('credential.airtable_pat', AIRTABLE)}, base-nya appK7vR2mQ9xT4wN1, tabel "Kapal - Labuan Bajo".`),

  rec('chat_vi', f`Mình đang làm bot Slack báo cho nhóm khi có khách đặt du thuyền ở vịnh Hạ Long. Bot token là ${v('credential.slack_bot_token', SLACK_BOT)}, gọi chat.postMessage thì bị lỗi "not_in_channel". Có phải phải mời bot vào kênh #dat-tau trước không?`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: jupyterhub-ssh-hostkey
  namespace: jhub
type: Opaque
data:
  ssh_host_rsa_key: ${v('credential.base64_private_key', JHUB_KEY_B64)}`)}

After a helm upgrade every user gets "REMOTE HOST IDENTIFICATION HAS CHANGED" when they ssh into their JupyterHub server. Is the secret being regenerated?`),

  rec('shell', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.rc.halvard.edu:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/slurm/dbd
Error making API request.

URL: GET https://vault.rc.halvard.edu:8200/v1/secret/data/slurm/dbd
Code: 403. Errors:

* permission denied`)}

My policy has read on secret/slurm/* — why 403?`),

  rec('docker_zh', f`集群上用 apptainer 拉我们 Harbor 里的私有镜像一直 401。我的 ~/.docker/config.json 是这样的：

${amb('source_code.snippet', f`{
  "auths": {
    "harbor.rc.halvard.edu": {
      "auth": "${v('credential.docker_config_auth', HARBOR_AUTH)}"
    }
  }
}`)}

apptainer 会读这个文件吗？还是必须用 apptainer remote login？`),

  rec('pip_conf', f`pip on the cluster ignores our internal mirror for some users. /etc/pip.conf:

${amb('source_code.snippet', f`[global]
index-url = https://ml-lab:${v('credential.url_password', 'Birch7!Lantern')}@nexus.rc.halvard.edu/repository/pypi-group/simple
trusted-host = nexus.rc.halvard.edu
timeout = 60`)}

Users with a ~/.config/pip/pip.conf get PyPI directly. Which file wins?`),

  rec('curl_ko', f`Grafana API로 대시보드를 백업하려고 하는데 401이 나옵니다.

${amb('source_code.snippet', f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', GRAFANA_BASIC)}" https://grafana.rc.halvard.edu/api/search?type=dash-db`)}

관리자 계정인데 왜 안 될까요? LDAP 로그인만 허용으로 바꾼 뒤부터 그렇습니다.`),

  rec('json_key', f`Cloud-bursting to GCP from the Slurm controller: the resume script says "invalid_grant: Invalid JWT Signature". Key file we use:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "halvard-rc-burst",
  "private_key_id": "${fill('b51-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'slurm-burst@halvard-rc-burst.iam.gserviceaccount.com')}",
  "client_id": "104837261950274816392",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`, 'the service-account client_email is a robot account, not a person: an ambiguous e-mail'),

  rec('tfvars', f`${amb('source_code.snippet', f`# terraform.tfvars — taproom booking site
do_token      = "${v('credential.digitalocean_token', DO_TOKEN)}"
region        = "ams3"
droplet_size  = "s-1vcpu-2gb"
domain        = "book.stonefoldbrewing.com"`)}

terraform plan wants to replace the droplet because of "user_data". I only changed the size. Why?`),

  rec('deploy_it', f`Ciao, lo script di deploy del sito (yacht in vendita e charter) fallisce al purge della cache:

${code(f`#!/usr/bin/env bash
set -euo pipefail
export CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
ZONE_ID=3b9e1f27c4a84d06b51e92a7c3d8f410
npm run build
rsync -az --delete dist/ deploy@web01:/var/www/charter/
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \\
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" -H "Content-Type: application/json" \\
  --data '{"purge_everything":true}'`)}

Risposta: "Authentication error" (10000). Il token ha solo il permesso "Zone Read"?`),

  rec('npmrc_ta', f`வணக்கம், எங்கள் செவிலியர் app-ன் CI build-ல் private package install ஆகவில்லை, "401 Unauthorized" வருகிறது. .npmrc இதோ:

${amb('source_code.snippet', f`@meadowlark:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM_NURSE))}`)}

local-ல் வேலை செய்கிறது. CI-ல் மட்டும் ஏன்?`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('script_uk', f`Привіт! Мені треба щоночі забирати журнали подій турбін із сервера виробника. Ось скрипт:

${code(f`#!/bin/bash
set -e
for wtg in B09 B10 B11 B12; do
  lftp -u wtg_logs,${v('credential.cli_password', 'Dnipro#Vitryak55')} sftp://logs.turbine-oem-portal.com \\
    -e "mirror --only-newer /export/WTG_$wtg /data/logs/$wtg; bye"
done`)}

Чи нормально зберігати пароль прямо у скрипті, чи краще винести в ~/.netrc?`),

  rec('chat', f`Kleopatra says "no secret key" when I try to decrypt the discovery files the investigator sent. I exported my key to send to IT so they can check it — is this the right file?

${v('credential.pgp_private_key', PGP_PD)}`),

  rec('aws_credentials', f`${amb('source_code.snippet', f`# ~/.aws/credentials on slurmctld01 (cloud partition)
[burst]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-west-1`)}

ResumeProgram can't launch instances: "UnauthorizedOperation". The IAM user has AmazonEC2FullAccess. Do I also need iam:PassRole for the instance profile?`),

  rec('chat_el', f`Γεια, το wandb δεν κάνει login στους κόμβους GPU. Στο sbatch έχω βάλει:
export WANDB_API_KEY=${v('credential.generic_secret_assignment', WANDB)}
export WANDB_DIR=/scratch/$USER/wandb
Στο login node δουλεύει κανονικά. Μήπως πρέπει να τρέξω σε offline mode και να κάνω sync μετά;`),

  rec('chat', f`Is it OK that our weather-window script posts straight to ${v('credential.slack_webhook_url', SLACK_HOOK)} from the CTV skipper's laptop? He wants the script on a USB stick for the other skippers.`),
];

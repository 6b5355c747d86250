/**
 * Held-out batch 138: credentials pasted by a translation agency's PMs and vendor desk, a pet-insurance
 * claims team, a rail freight marshalling yard, a university hospital's sleep laboratory, a solar-farm
 * O&M contractor and a national lottery's prize-claims office. Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const OPENAI = tok('sk-proj-', fill('b138-oa1', B64URL, 74), 'T3BlbkFJ', fill('b138-oa2', B64URL, 74));
const DEEPL = `${fill('b138-deepl1', LOWER + DIGITS, 8)}-${fill('b138-deepl2', LOWER + DIGITS, 4)}-${fill('b138-deepl3', LOWER + DIGITS, 4)}-${fill('b138-deepl4', LOWER + DIGITS, 4)}-${fill('b138-deepl5', LOWER + DIGITS, 12)}:fx`;
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b138-ant', B64URL, 93), 'AA');
const GHP = gh('ghp', fill('b138-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b138-ghf1', UPPER + DIGITS, 19), '_', fill('b138-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b138-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '3920471856', '2-', '6718250394617-', fill('b138-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b138-shT', UPPER + DIGITS, 9), '/B0', fill('b138-shB', UPPER + DIGITS, 9), '/', fill('b138-shX', B62, 24));
const AKIA = tok('AKIA', fill('b138-akia', B32, 16));
const AWS_SECRET = fill('b138-awssec', B64, 40);
const AKIA2 = tok('AKIA', fill('b138-akia2', B32, 16));
const AWS_SECRET2 = fill('b138-awssec2', B64, 40);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b138-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b138-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b138-whsec', B62, 32));
const GOOGLE = tok('AIza', 'Sy', fill('b138-gapi', B64URL, 33));
const HF = tok('hf_', fill('b138-hf', B62, 34));
const TELEGRAM = `${fill('b138-tgid', DIGITS, 10).replace(/^0/, '7')}:AA${fill('b138-tg', B64URL, 33)}`;
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248' + fill('b138-dwid', DIGITS, 15), '/', fill('b138-dw', B64URL, 68));
const TEAMS_HOOK = tok('https://helioterra.webhook.office.com/webhookb2/', '7c2e9a41-0b5d-4f83-a6e2-19d8c4b7f053@2f8a6c19-4e07-4b3d-9c51-a7e0d3b82f64/IncomingWebhook/', fill('b138-teams1', HEX, 32), '/', 'b41d7e28-9c03-4a5f-8e17-6d2c0b9a4f31/', 'V2', fill('b138-teams2', B64URL, 43));
const SG = tok('SG.', fill('b138-sg1', B64URL, 22), '.', fill('b138-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b138-mg', HEX, 32));
const TW_SID = tok('AC', fill('b138-twsid', HEX, 32));
const TW_AUTH = fill('b138-twauth', HEX, 32);
const AZ_STORAGE = `${fill('b138-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b138-azc1', B62, 3), '8Q~', fill('b138-azc2', B62 + '_-.~', 34));
const VAULT = tok('hvs.', fill('b138-vault', B62 + '_-', 90));
const CF_TOKEN = fill('b138-cftok', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('b138-do', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b138-pm1', HEX, 24), '-', fill('b138-pm2', HEX, 34));
const DATABRICKS = tok('dapi', fill('b138-dapi', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b138-atl', B64URL, 171), '=', fill('b138-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b138-ntn1', DIGITS, 11), fill('b138-ntn2', B62, 35));
const SENTRY_KEY = fill('b138-sentry', HEX, 32);
const DD_API = fill('b138-ddapi', HEX, 32);
const GLSA = tok('glsa_', fill('b138-glsa1', B62, 32), '_', fill('b138-glsa2', HEX, 8));
const NPM = gh('npm', fill('b138-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b138-pypi', B64URL, 160));
const MISTRAL = fill('b138-mistral', B62, 32);
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b138-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const ADO_PAT = fill('b138-ado', B32LOWER, 52);
const RSA = pem('RSA PRIVATE KEY', 'b138-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b138-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PEM = pem('PRIVATE KEY', 'b138-gcp', 1216).replace(/\n/g, '\\n');
const JWT_REDCAP = jwt({ alg: 'RS256', typ: 'JWT', kid: 'psg-2024' }, { sub: 'svc-sleeplab-export', aud: 'https://fhir.staldhelm-uh.nhs.uk', scope: 'system/Observation.read system/Patient.read', iat: 1733130000, exp: 1733133600 }, 'b138-jwt1');
const JWT_LOTTO = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'claims-officer-0412', role: 'prize_verifier', office: 'LIS', iat: 1732870411, exp: 1732899211 }, 'b138-jwt2');
const BEARER = fill('b138-bearer', B62 + '-._~', 64);
const REDCAP = fill('b138-redcap', HEX, 32).toUpperCase();
const DOCKER_AUTH = b64(`helioterra-ci:${'Kq7v!Sunfield-2291'}`);
const BASIC = b64(`yard-api:${'Rangier#Hump7'}`);

export const BATCH138_CREDENTIALS: DraftRecord[] = [
  // --- translation & localisation agency ---
  rec('code_python', f`Our script that sends each new job to machine translation before post-editing stopped working after the DeepL plan change. Can you see why usage never shows in the dashboard?

\`\`\`python
${code(f`import deepl, requests

DEEPL_KEY = "${v('credential.generic_secret_assignment', DEEPL)}"
OPENAI_KEY = "${v('credential.openai_api_key', OPENAI)}"

translator = deepl.Translator(DEEPL_KEY)

def pretranslate(segments, target):
    out = translator.translate_text(segments, source_lang="EN", target_lang=target, formality="prefer_less")
    return [r.text for r in out]`)}
\`\`\``),

  rec('env_file_de', f`Hallo, kannst du mir sagen, welche Variablen der TMS-Connector wirklich braucht? Das ist die .env vom Staging:

${amb('source_code.snippet', f`# connector-xtm/.env.staging
XTM_BASE_URL=https://xtm.lingwave-l10n.com/project-manager-api-rest
XTM_CLIENT=lingwave
XTM_USER=pm.api
XTM_PASSWORD=${v('credential.password_assignment', 'Übersetzung!Juni24')}
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
QA_SLACK_WEBHOOK=${v('credential.slack_webhook_url', SLACK_HOOK)}
LOG_LEVEL=debug`)}

Danke dir!`),

  rec('chat_fr', f`Tu peux reformuler ce message pour une traductrice freelance, plus chaleureux ? « Bonjour Mathilde, voici vos accès au serveur Trados GroupShare : identifiant m.roussel-ext, mot de passe provisoire ${v('credential.password_in_prose', 'Girafe-Lune-583')}. Merci de le changer à la première connexion. »`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a escribirle al proveedor de subtitulaje? Necesito decirle que ya le reactivamos el acceso al portal de vendors: usuario proveedor_cdmx07 y la contraseña es ${v('credential.password_in_prose', 'Tlacuache#2024')}. Que la cambie porfa en cuanto entre.`),

  rec('chat_pt_br', f`Preciso mandar os dados de acesso do Smartcat pra nova revisora em Recife, mas de um jeito mais profissional. Tá assim: "login: ${v('pii.email', 'revisao.recife@lingwave-l10n.com')} / senha: ${v('credential.password_in_prose', 'Maracuja!77rev')}" — pode reescrever o e-mail inteiro?`, 'the login is written as an address but inside a user/password line; labelled as e-mail too'),

  rec('chat_ja', f`フリーランスの翻訳者向けにmemoQサーバーのアカウント案内メールを丁寧な日本語に直してください。
ユーザー名：tanaka_ja-en
初期パスワード：${v('credential.password_in_prose', 'Sakura2024!memo')}
サーバー：memoq.lingwave-l10n.com:2706`),

  rec('chat_zh', f`我们项目经理群里的Slack机器人突然不能发消息了，报错 not_in_channel。这是机器人的token：${v('credential.slack_bot_token', SLACK_BOT)}，是不是要重新邀请到频道里？`),

  rec('code_ts', f`Glossary sync from our GitLab to the CAT tool. The CI job fails with 401 on the second request only:

${code(f`const GITLAB = 'https://gitlab.lingwave-l10n.com/api/v4';
const TOKEN = '${v('credential.gitlab_pat', GLPAT)}';

export async function fetchGlossary(projectId: number, lang: string): Promise<string> {
  const url = \`\${GITLAB}/projects/\${projectId}/repository/files/glossary%2F\${lang}.tbx/raw?ref=main\`;
  const res = await fetch(url, { headers: { 'PRIVATE-TOKEN': TOKEN } });
  if (!res.ok) throw new Error(\`glossary \${lang}: \${res.status}\`);
  return res.text();
}`)}`),

  rec('chat_it', f`Mi aiuti a scrivere due righe al nostro sistemista? Gli devo dire che il token GitHub del repository delle stringhe di localizzazione è scaduto e che quello nuovo è ${v('credential.github_pat', GHP)}, da mettere nei secrets del workflow "sync-strings". Grazie!`),

  rec('chat_nl', f`Kun je dit bericht voor onze vendor manager iets vriendelijker maken? "Je Postman-key voor de vendor-API is ${v('credential.postman_api_key', POSTMAN)}, gebruik die alleen voor de sandbox-collectie en niet voor productie."`),

  rec('chat_ar', f`ساعدني أكتب رسالة رسمية للمترجم الجديد في عمّان: حساب بوابة الموردين جاهز، اسم المستخدم: k.haddad.ar وكلمة المرور المؤقتة: ${v('credential.password_in_prose', 'Yasmin@2024tr')} ويجب تغييرها عند أول دخول.`),

  rec('docker_config', f`CI can't pull the private image for the QA checker (terminology + tag validation), the runner's ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.lingwave-l10n.com": {
      "auth": "${v('credential.docker_config_auth', b64(`ci-qa:${'Lw-Registry!8812'}`))}"
    },
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Why does it say "unauthorized: incorrect username or password" for the first one?`),

  // --- pet insurance claims ---
  rec('code_python', f`Claims OCR pipeline: vet invoices land in S3, Textract reads them. Works locally, fails in the Lambda with AccessDenied. Hard-coded creds because it's "just a test":

${code(f`import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AWS_SECRET)}",
)
textract = boto3.client("textract", region_name="eu-central-1")

def read_invoice(key: str) -> list[str]:
    doc = {"S3Object": {"Bucket": "felicana-claims-inbox", "Name": key}}
    resp = textract.analyze_expense(Document=doc)
    return [f["ValueDetection"]["Text"] for d in resp["ExpenseDocuments"] for f in d["SummaryFields"]]`)}`),

  rec('chat_de_ch', f`Chönntsch mer hälfe, es Mail a eusi Tierarztpraxis-Partner z schriibe? Si söled sich im Schadensportal ahmelde. Benutzer: praxis.gruenwald, Passwort: ${v('credential.password_in_prose', 'Chatzli#Bern88')} – und bitte sofort ändere. Danke viu mol!`),

  rec('chat', f`The Stripe webhook for premium payments keeps failing signature verification in production. Relevant bits:

${code(f`stripe.api_key = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"
endpoint_secret = "${v('credential.stripe_webhook_secret', WHSEC)}"

@app.post("/webhooks/stripe")
def premium_paid():
    payload = request.get_data(as_text=True)
    sig = request.headers.get("Stripe-Signature")
    event = stripe.Webhook.construct_event(payload, sig, endpoint_secret)
    if event["type"] == "invoice.paid":
        mark_policy_active(event["data"]["object"]["customer"])
    return "", 200`)}

Is get_data(as_text=True) the problem?`),

  rec('chat_sv', f`Kan du skriva om det här till ett kort meddelande till vår IT-konsult? "Den begränsade Stripe-nyckeln för återbetalningar av skadeersättning är ${v('credential.stripe_restricted_key', STRIPE_RK)}. Den ska bara ha write på refunds, kan du kolla att den inte har mer?"`),

  rec('env_file', f`${amb('source_code.snippet', f`# claims-notifier/.env.production
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${amb('pii.phone', '+44 1632 960 000')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
CLAIMS_REPLY_TO=${v('pii.email', 'claims@felicana.co.uk')}`)}

We want SMS for "claim approved" and e-mail for everything else. Can you write the Node function that picks the channel?`, 'TWILIO_FROM is in the Ofcom drama range 01632 960xxx: ambiguous'),

  rec('chat_pl', f`Przetłumacz na angielski wiadomość do działu IT: "Klucz Mailgun do wysyłki decyzji o wypłacie odszkodowania to ${v('credential.mailgun_api_key', MAILGUN)}. Po migracji domeny mg.felicana.pl przestał działać — czy trzeba wygenerować nowy?"`),

  rec('sql_shell', f`Daily claims export to the actuaries breaks since the DB move:

${amb('source_code.snippet', f`$ mysql -h claims-db.felicana.internal -u actuary_ro -p${v('credential.mysql_cli_password', 'Pfote_und_Kralle9')} claims -e "SELECT species, breed, SUM(paid_eur) FROM claim GROUP BY 1,2" > /tmp/paid.tsv
ERROR 2026 (HY000): SSL connection error: error:0A000086:SSL routines::certificate verify failed`)}

Which flag turns off verification just for this job?`),

  rec('chat_fi', f`Voitko kääntää tämän englanniksi tiimin Slack-kanavalle? "Korvauskäsittelyn Notion-integraation tunnus on ${v('credential.notion_token', NOTION)} – älkää jakako sitä ulkopuolisille, se näkee kaikki eläinlääkärien liitteet."`),

  // --- rail freight marshalling yard ---
  rec('config_ini', f`Hump computer gateway won't connect to the new yard management server after the upgrade. Config from the gateway box:

${amb('source_code.snippet', f`[yms]
host = ${amb('pii.ip_address', '10.72.14.21')}
port = 8443
user = hump_gw
password = ${v('credential.password_assignment', 'Gleisbremse!K7')}

[plc]
address = ${amb('pii.ip_address', '10.72.30.5')}
rack = 0
slot = 2`)}

Is the plc section even used by the gateway?`),

  rec('chat_de', f`Bitte einen Übergabevermerk für die Nachtschicht formulieren: Die Wagenmeister-Tablets melden sich jetzt mit dem Gruppenkonto wm_nacht an, Passwort ${v('credential.password_in_prose', 'Puffer-Kupplung-23')}. Bei Problemen Fahrdienstleiter Stellwerk Nord anrufen, ${phone('+49 40 3918 2746')}.`),

  rec('curl', f`Wagon list API returns 403 since Monday:

curl -s -H "${v('credential.basic_auth_header', f`Authorization: Basic ${BASIC}`)}" \\
  "https://yard.kesslingrail.eu/api/v2/trains/47811/wagons?include=brake,defects"

the same user works in the web UI`, 'basic_auth_header spans the header; the shell line itself left unlabelled as code'),

  rec('chat_ru', f`Помоги составить сообщение для осмотрщиков вагонов: с понедельника вход в мобильное приложение по новому общему логину osmotr_smena2, пароль ${v('credential.password_in_prose', 'Sortirovka#581')}. Старый пароль больше не действует.`),

  rec('chat_uk', f`Переклади англійською, будь ласка, для підрядника: "Telegram-бот для повідомлень про несправні вагони працює з токеном ${v('credential.telegram_bot_token', TELEGRAM)}. Будь ласка, додайте його в групу змінних майстрів."`),

  rec('network_config', f`Can you explain what this does on the yard's Cisco switch in the signal cabin? Inherited config:

${amb('source_code.snippet', f`hostname SW-HUMP-02
username yardadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Rangier2019!')}
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b138-cisco9s', B62, 14)}$${fill('b138-cisco9h', B62 + './', 43)}`)}
snmp-server community ${v('credential.network_device_secret', 'yardRO_4471')} RO
interface Vlan30
 ip address ${amb('pii.ip_address', '10.72.30.2')} 255.255.255.0`)}`, 'type-9 secret is a password hash: ambiguous'),

  rec('code_go', f`Wagon defect reports get posted to Teams from the inspection service, but nothing shows up since last week:

${code(f`package notify

var teamsHook = "${v('credential.teams_webhook_url', TEAMS_HOOK.replace('helioterra', 'kesslingrail'))}"

func PostDefect(wagon string, defect string) error {
	body := fmt.Sprintf(\`{"text":"Wagen %s: %s"}\`, wagon, defect)
	resp, err := http.Post(teamsHook, "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}`)}`),

  // --- sleep laboratory ---
  rec('code_r', f`REDCap export for the insomnia cohort stopped returning records. R code:

${code(f`library(REDCapR)
uri   <- "https://redcap.staldhelm-uh.nhs.uk/api/"
token <- "${v('credential.generic_secret_assignment', REDCAP)}"

psg <- redcap_read(redcap_uri = uri, token = token,
                   forms = c("psg_summary", "epworth"),
                   events = "baseline_arm_1")$data
summary(psg$ahi_total)`)}

It worked until the REDCap upgrade on Friday.`),

  rec('chat', f`The FHIR export job for the sleep lab logs this on every run. Is the token in the log a problem, and why is it rejected?

${amb('source_code.snippet', f`2024-12-02 09:40:11 INFO  fhir-export: POST https://fhir.staldhelm-uh.nhs.uk/Observation/$export
2024-12-02 09:40:11 DEBUG fhir-export: Authorization: Bearer ${v('credential.jwt', JWT_REDCAP)}
2024-12-02 09:40:12 ERROR fhir-export: 401 invalid_token (audience mismatch)`)}`),

  rec('ssh_key', f`Our PSG file transfer from the scoring workstations to the research server needs a key without passphrase. I generated this one, is the format right for WinSCP?

${v('credential.openssh_private_key', OSSH)}`),

  rec('yaml', f`${amb('source_code.snippet', f`# sleeplab-analytics/config.yaml
warehouse:
  url: postgresql://psg_etl:${v('credential.database_url_password', 'Melatonin-Delta-4')}@pgdb01.sleeplab.local:5432/psg
databricks:
  host: https://adb-4187203951.7.azuredatabricks.net
  token: ${v('credential.databricks_token', DATABRICKS)}
hf:
  token: ${v('credential.huggingface_token', HF)}
  model: sleeplab/staging-transformer-eeg`)}

We're moving the sleep-staging model training to Databricks. Which of these does the notebook still need?`),

  // --- solar farm O&M ---
  rec('code_python', f`Modbus poller for the inverters pushes alarms to our Teams channel and to MQTT. Sometimes it hangs for minutes:

${code(f`from pymodbus.client import ModbusTcpClient
import paho.mqtt.client as mqtt
import requests

TEAMS = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
mq = mqtt.Client(client_id="poller-pv07")
mq.username_pw_set("om_poller", "${v('credential.password_assignment', 'Sonnenfeld#Inv2024')}")
mq.connect("${amb('pii.ip_address', '192.168.40.10')}", 1883)

for unit in range(1, 25):
    c = ModbusTcpClient("${amb('pii.ip_address', '192.168.40.101')}", port=502, timeout=3)
    r = c.read_input_registers(30775, count=2, slave=unit)
    if r.isError():
        requests.post(TEAMS, json={"text": f"PV07 inverter {unit}: no response"})`)}`),

  rec('chat_es', f`¿Me ayudas a redactar un mensaje para el técnico de mantenimiento de la planta de Almodóvar? Tiene que entrar en el datalogger: usuario instalador, contraseña ${v('credential.password_in_prose', 'Girasol_2024!')}. Y que me llame si ve alarmas de aislamiento: ${phone('+34 612 84 73 90')}.`),

  rec('chat_pt_pt', f`Podes reescrever isto para o técnico subcontratado? "O acesso ao portal de monitorização da central de Ourique é: utilizador om_ourique, palavra-passe ${v('credential.password_in_prose', 'Painel-Sol#58')}. Não a partilhes com a equipa de limpeza dos módulos."`),

  rec('chat_el', f`SCADA vendor sent us this for the remote access, translate the Greek part and tell me if it's safe to use:

"Ο κωδικός για το VPN του πάρκου στη Λάρισα: χρήστης om_larisa, κωδικός ${v('credential.password_in_prose', 'Ilios!Pv2291')}. Η διεύθυνση του gateway είναι ${amb('pii.ip_address', '85.74.192.18')}."`),

  rec('terraform', f`${amb('source_code.snippet', f`provider "azurerm" {
  features {}
  subscription_id = "5e8c1a72-3f90-4d4b-b6e1-0a9c27d58f14"
  tenant_id       = "c41b9e07-2d6a-4f38-91e5-7b03a8d6c2f9"
  client_id       = "9f2d4c81-6b07-4e5a-a3c9-184e0b7d26fa"
  client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT)}"
}

resource "azurerm_storage_account" "scada_archive" {
  name                = "htscadaarchive"
  resource_group_name = "rg-om-scada"
  location            = "westeurope"
  account_tier        = "Standard"
}`)}

terraform plan says the client secret is expired, but we created it in March with 24 months?`),

  rec('chat', f`Data exporter for the SCADA historian writes to blob storage. This connection string is in the Windows service config — can I move it to Key Vault without changing the code?

${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=htscadaarchive;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}`),

  rec('chat_tr', f`GES sahasındaki inverter izleme sunucusuna bağlanamıyorum. Bu komutu çalıştırıyorum:

${amb('source_code.snippet', f`sshpass -p '${v('credential.cli_password', 'Gunes_Enerji77')}' ssh -o StrictHostKeyChecking=no bakim@${amb('pii.ip_address', '172.20.8.15')} "systemctl status solarlog-bridge"`)}

"Permission denied" alıyorum, ama şifre doğru. Sorun ne olabilir?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (om-dashboards)
deploy:
  stage: deploy
  image: alpine:3.20
  variables:
    GRAFANA_URL: https://grafana.helioterra-om.com
    GRAFANA_TOKEN: ${v('credential.grafana_service_account_token', GLSA)}
    DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
    DO_TOKEN: ${v('credential.digitalocean_token', DO_TOKEN)}
  script:
    - ./scripts/push-dashboards.sh`)}

The Grafana push works but the Datadog step 403s. Does DD need an app key for dashboards?`),

  rec('chat_ro', f`Asta e din e-mailul furnizorului de trackere, îmi poți spune ce e „Cloudflare API token"? Zice că trebuie pus în panou: ${v('credential.cloudflare_api_token', CF_TOKEN)}. Noi nu folosim Cloudflare, cred.`),

  // --- national lottery prize claims ---
  rec('chat_pt_pt', f`Estou a testar a API de verificação de prémios e recebo 401. O token que o colega me passou no Teams foi este: Bearer ${v('credential.jwt', JWT_LOTTO)} — já expirou?`),

  rec('private_key', f`The payment provider asks for the private key we use to sign winner payout batches in a "PKCS#1" format. Is this PKCS#1 or PKCS#8?

${v('credential.private_key', RSA)}`),

  rec('gcp_json', f`The prize-claim document scanner uploads to GCS with this service account file, but uploads fail with "invalid_grant". Anything wrong with it?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lotto-claims-docs",
  "private_key_id": "${fill('b138-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'scanner-upload@lotto-claims-docs.iam.gserviceaccount.com')}",
  "client_id": "108374920175462839104",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'scanner-upload%40lotto-claims-docs.iam.gserviceaccount.com')}"
}`))}`),

  rec('powershell', f`Script that copies signed winner declarations to the archive share. It asks for the password every time in the scheduled task:

${code(f`$user = "LOTTO\\svc_claims_archive"
$pass = ConvertTo-SecureString "${v('credential.password_assignment', 'Jackpot-Archiv#31')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name Z -PSProvider FileSystem -Root "\\\\fs-claims01\\declarations" -Credential $cred
Get-ChildItem "C:\\Scans\\signed" -Filter *.pdf | Move-Item -Destination "Z:\\$(Get-Date -Format yyyy-MM)"`)}`),

  rec('chat_id', f`Tolong bantu rapikan pesan ini buat vendor IT: "Token Azure DevOps untuk pipeline sistem klaim hadiah: ${v('credential.azure_devops_pat', ADO_PAT)}. Masa berlakunya 30 hari, tolong jangan disimpan di repo."`),

  rec('vault', f`Vault CLI in the payout runner says permission denied:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.lotto-ops.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/payouts/bank-sftp
Error reading secret/data/payouts/bank-sftp: Code: 403. Errors: * permission denied`)}

The policy has read on secret/payouts/*. What's wrong?`),

  rec('chat_ms', f`Boleh tolong betulkan mesej ini untuk pasukan sokongan? "Kunci API Mistral untuk ringkasan aduan pemenang: ${v('credential.mistral_api_key', MISTRAL)}. Jangan letak dalam dokumen kongsi."`, 'a bare 32-character Mistral key only identified by the prose'),

  rec('npmrc', f`${amb('source_code.snippet', f`# .npmrc for the winner-check kiosk app
@lotto-ops:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

and the Python side uses this ~/.pypirc:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Can we publish both from the same CI job?`, 'the npm token is both the .npmrc value and an npm_ token'),

  rec('chat', f`Fine-grained GitHub token for the winner-stats dashboard repo, read-only on contents: ${v('credential.github_fine_grained_pat', GH_FINE)}. The Action still fails with "Resource not accessible by integration". Do I also need metadata:read?`),

  rec('chat', f`Second AWS profile for the lottery draw-audit bucket, the credentials file on the audit laptop:

${amb('source_code.snippet', f`[draw-audit]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET2)}
region = eu-west-1`)}

How do I make the CLI use it without --profile every time?`),

  rec('sentry', f`Sentry doesn't group errors from the claims kiosk. Init:

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127459310672`)}",
  environment: "kiosk-prod",
  release: "claims-kiosk@2.4.1",
});`)}`),

  rec('chat', f`Jira automation for prize-claim escalations needs an API token. I made one for ${v('pii.email', 'r.nakashima@lotto-ops.org')}: ${v('credential.atlassian_api_token', ATLASSIAN)}. Where do I paste it in the automation rule?`),

  rec('chat', f`sops can't decrypt the payout bank config on the new claims server. keys.txt:

# created: 2024-11-18T08:12:44Z
# public key: age1${fill('b138-agepub', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
${v('credential.age_secret_key', AGE)}`),

  rec('log', f`Payout service debug log, the bank gateway returns 401 after token refresh:

${amb('source_code.snippet', f`12:04:51.220 DEBUG http.client: send: POST /payouts/v1/batches HTTP/1.1
12:04:51.220 DEBUG http.client: header: Authorization: Bearer ${v('credential.bearer_token', BEARER)}
12:04:51.512 DEBUG http.client: reply: 'HTTP/1.1 401 Unauthorized'`)}`),

  rec('chat_zh_tw', f`請幫我把這段話翻成英文給系統廠商：「中獎驗證系統的 Discord 告警 webhook 是 ${v('credential.discord_webhook_url', DISCORD_HOOK)}，請不要再貼到公開頻道。」`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire un courriel pour le fournisseur de kiosques au Québec? Faut leur dire que la clé Google Maps pour localiser les points de vente gagnants, c'est ${v('credential.google_api_key', GOOGLE)}, pis qu'elle est restreinte à notre domaine.`),
];

/**
 * Held-out batch 48: credentials pasted by staff of a dairy cooperative's collection and lab unit, an
 * architecture-and-engineering consultancy, a humanitarian cash-transfer programme, a private-jet
 * charter broker, a secondary school and a cybersecurity managed-service provider. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AZ_SENTINEL = tok(fill('b48-azs1', B62, 3), '8Q~', fill('b48-azs2', B62 + '_-.~', 34));
const AZ_SCHOOL = tok(fill('b48-azsch1', B62, 3), '8Q~', fill('b48-azsch2', B62 + '_-.~', 34));
const FALCON_SECRET = fill('b48-falcon', B62, 40);
const OKTA = tok('00', fill('b48-okta', B64URL, 40));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b48-slt', UPPER + DIGITS, 8), '/B07', fill('b48-slb', UPPER + DIGITS, 8), '/', fill('b48-slh', B62, 24));
const TEAMS_HOOK = tok('https://vigilcore.webhook.office.com/webhookb2/', '8d2f61a4-3c7e-4b19-a05d-e94b7c2f1a68@5e7c9b13-0d4a-4f82-b6e1-3a9d27c4f805/IncomingWebhook/', fill('b48-teams1', HEX, 32), '/', 'c3a1e7f9-2b64-4d08-9e5c-71f0a4b8d239/', 'V2', fill('b48-teams2', B64URL, 43));
const PD_ROUTING = fill('b48-pd', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b48-vault', B64URL, 86));
const DD_API = fill('b48-ddapi', HEX, 32);
const SENTRY_DSN = tok('https://', fill('b48-sentry', HEX, 32), '@o4506183.ingest.de.sentry.io/4507729130', '14');
const PHISH_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg' }, { aud: '00000003-0000-0000-c000-000000000000', iss: 'https://sts.windows.net/5e7c9b13-0d4a-4f82-b6e1-3a9d27c4f805/', upn: 'k.draper@harrowgate-fm.co.uk', scp: 'Mail.ReadWrite Mail.Send User.Read', iat: 1731917420, exp: 1731922113 }, 'b48-phjwt');
const WAZUH_BASIC = b64('wazuh-wui:' + 'Tq7-Rv2!mKz9-Lp4');
const ELASTIC_PW = 'fH3nQx8v-Rk2Lw9t';
const LEAK_GHP = gh('ghp', 'Lk2Vq9Tx4Mb7Rw1Zn5Hc8Pd3Fj6Ys0');
const AKIA = tok('AKIA', fill('b48-akia', UPPER + '234567', 16));
const AKIA_SECRET = fill('b48-akias', B64, 40);
const JUMP_KEY = pem('OPENSSH PRIVATE KEY', 'b48-jump', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const CF_TOKEN = fill('b48-cf', B64URL, 40);
const TG_BOT = tok('7418203965', ':AA', fill('b48-tg', B64URL, 33));
const APS_SECRET = fill('b48-aps', B62, 16);
const SPECKLE = fill('b48-speckle', HEX, 42);
const AZ_STORAGE = tok(fill('b48-azst', B64, 86), '==');
const GMAPS = tok('AIza', 'Sy', fill('b48-gmaps', B64URL, 33));
const SENDGRID = tok('SG.', fill('b48-sg1', B64URL, 22), '.', fill('b48-sg2', B64URL, 43));
const TWILIO_SID = tok('AC', fill('b48-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b48-twtok', HEX, 32);
const LAB_KEY = pem('RSA PRIVATE KEY', 'b48-labkey', 1190);
const WEIGH_KEY = fill('b48-weigh', UPPER + DIGITS, 32);
const MPESA_KEY = fill('b48-mpesa', B62, 32);
const KOBO = fill('b48-kobo', HEX, 40);
const RAPIDPRO = fill('b48-rapidpro', HEX, 40);
const CHAPA = tok('CHASECK-', fill('b48-chapa', B62, 32));
const PAYMONGO = tok('sk_', 'live_', fill('b48-paymongo', B62, 24));
const MONO = fill('b48-mono', B64URL, 44);
const XENDIT = tok('xnd_', 'production_', fill('b48-xendit', B62, 52));
const GSA_KEY = pem('PRIVATE KEY', 'b48-gsa', 1218, '\\n');
const HF = tok('hf_', fill('b48-hf', UPPER + LOWER, 34));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b48-stripe', B62, 97));
const AVINODE_BEARER = fill('b48-avinode', B62 + '-._', 72);
const OPENAI = tok('sk-', 'proj-', fill('b48-oa1', B64URL, 74), 'T3BlbkFJ', fill('b48-oa2', B64URL, 74));
const MAILCHIMP = tok(fill('b48-mc', HEX, 32), '-us14');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b48-ant', B64URL, 93), 'AA');
const WONDE = fill('b48-wonde', HEX, 40);
const SIMS_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-timetable', school: 'URN-137204', scope: 'pupils.read attendance.write', exp: 1767225600 }, 'b48-simsjwt');
const GLPAT = tok('glpat-', fill('b48-glpat', B62 + '-_', 20));
const DOCKER_AUTH = b64('vigil-ci:' + tok('dckr_', 'pat_', fill('b48-dckr', B64URL, 27)));
const ENTRA_CERT_KEY = pem('PRIVATE KEY', 'b48-entra', 1216);
const NPM_T = gh('npm', 'Qa8Zt3Wc6Nv1Lk4Hs7Ry2Pm5Xd9Fb0');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH48_CREDENTIALS: DraftRecord[] = [
  // --- cybersecurity MSP / SOC ---
  rec('ticket', f`SOC-ONB-2291 | New tenant: Harrowgate Facilities Management
Sentinel data connector onboarding, customer has created the app registration for us.

Tenant ID: 5e7c9b13-0d4a-4f82-b6e1-3a9d27c4f805
Client ID: 2b91d7e4-6a3f-4c18-8e05-f1d94a7b6c20
Client secret (exp 2026-05-30): ${v('credential.azure_client_secret', AZ_SENTINEL)}
Permissions granted: SecurityEvents.Read.All, ThreatIndicators.ReadWrite.OwnedBy

Can you write the runbook steps for the L1 analyst to validate ingestion in the first 24h?`),

  rec('code_python', f`Our Falcon RTR script stopped working after CrowdStrike rotated the base URL for EU-1. Can you fix it?

\`\`\`python
${code(f`from falconpy import RealTimeResponse, Hosts

CLIENT_ID = "a4c81f2e9d3b47e0b6f5c2d8e1a97b34"
CLIENT_SECRET = "${v('credential.generic_secret_assignment', FALCON_SECRET)}"

hosts = Hosts(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url="https://api.us-2.crowdstrike.com")
rtr = RealTimeResponse(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)

def isolate(hostname: str) -> dict:
    aid = hosts.query_devices_by_filter(filter=f"hostname:'{hostname}'")["body"]["resources"][0]
    return hosts.perform_action(action_name="contain", ids=[aid])`)}
\`\`\``),

  rec('curl', f`customer Okta (tenant nordmarin) – suspend call returns 403, our service account should be org admin:

curl -X POST -H "Accept: application/json" -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://nordmarin.okta.com/api/v1/users/00u8k2f9xqLmR4T1o417/lifecycle/suspend"

is the admin role maybe scoped to a group only?`),

  rec('cisco_config', f`Hardening review for a customer branch router (Lyon site). Please list what violates CIS benchmarks:

${cfg(f`hostname LYO-BR-RT01
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b48-cis9a', B62 + './', 14), '$', fill('b48-cis9b', B62 + './', 43)))}
username socadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Lyon-Rtr#2024!')}
username backup privilege 1 secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b48-cis9c', B62 + './', 14), '$', fill('b48-cis9d', B62 + './', 43)))}
!
snmp-server community ${v('credential.network_device_secret', 'vgl7RoCommLyo')} RO 10
snmp-server host ${amb('pii.ip_address', '10.40.2.15')} version 2c ${v('credential.network_device_secret', 'vgl7RoCommLyo')}
!
line vty 0 4
 transport input ssh telnet
 login local`)}`, 'type-9 hashes ambiguous (README); the plaintext type-0 password and SNMP community are labelled (both occurrences of the community)'),

  rec('chat', f`Which format does Slack expect for attachments now? We post Sentinel incidents to #soc-alerts via ${v('credential.slack_webhook_url', SLACK_HOOK)} and the colour bar disappeared since last week.`),

  rec('powershell', f`${cfg(f`# notify-shift.ps1 – runs at 07:00 / 19:00 on SOC-JUMP01
$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$open = (Get-Content C:\\soc\\queue.json | ConvertFrom-Json).Where({ $_.status -eq 'open' }).Count
$card = @{ text = "Shift handover: $open open incidents" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $card -ContentType 'application/json'`)}

Microsoft says O365 connectors are retired. Rewrite this for a Workflows webhook please.`),

  rec('yaml', f`alertmanager routes for the managed-SIEM customers, pagerduty part doesn't fire:

${cfg(f`receivers:
  - name: pd-tier2
    pagerduty_configs:
      - routing_key: ${v('credential.generic_secret_assignment', PD_ROUTING)}
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
route:
  receiver: pd-tier2
  group_by: [tenant, alertname]`)}`),

  rec('shell', f`vault token lookup works on my laptop but the ansible job gets "permission denied":

$ export VAULT_ADDR=https://vault.vigilcore.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=api_key soc/tenants/harrowgate/defender
Error reading soc/tenants/harrowgate/defender: Code: 403

the policy is soc-l2-read, should cover soc/tenants/*`),

  rec('helm_values', f`Datadog agent on the customer's AKS cluster won't report logs. values.yaml:

${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
  clusterName: aks-weu-prod-harrowgate
  logs:
    enabled: true
    containerCollectAll: true`)}`),

  rec('chat', f`Das Kundenportal wirft seit dem Update keine Fehler mehr nach Sentry. DSN in der appsettings.Production.json ist ${v('credential.sentry_dsn', SENTRY_DSN)} – muss ich für die EU-Region etwas anderes eintragen?`),

  rec('ticket', f`INC-48213 [P2] Harrowgate FM – suspected AiTM phishing
User k.draper clicked a link at 09:14; the EvilProxy page captured her session. From the proxy logs the customer sent us, the stolen access token was:

${v('credential.jwt', PHISH_JWT)}

Question for the assistant: from the claims, what could the attacker do with it and until when? Draft the customer update too.`, 'token from an incident: still a live bearer credential until exp'),

  rec('http', f`The Wazuh dashboard plugin gets 401 from the manager API after the password rotation. Request from the browser devtools:

${cfg(f`GET /security/user/authenticate HTTP/1.1
Host: wazuh-mgr.vigilcore.internal:55000
Authorization: Basic ${v('credential.basic_auth_header', WAZUH_BASIC)}
Accept: application/json`)}`),

  rec('docker_compose', f`${cfg(f`services:
  es01:
    image: docker.elastic.co/elasticsearch/elasticsearch:8.15.3
    environment:
      - node.name=es01
      - ELASTIC_PASSWORD=${v('credential.password_assignment', ELASTIC_PW)}
      - xpack.security.enabled=true
  kibana:
    image: docker.elastic.co/kibana/kibana:8.15.3
    environment:
      - ELASTICSEARCH_HOSTS=https://es01:9200
      - ELASTICSEARCH_USERNAME=kibana_system
      - ELASTICSEARCH_PASSWORD=${v('credential.password_assignment', 'Kb-sys-7742-lab')}`)}

lab stack for the threat-hunting training, kibana says "unable to retrieve version information"`),

  rec('email', f`Subject: Exposed GitHub token in public repo – action required

Hi Marco,

during our external attack-surface scan we found a personal access token committed to github.com/nordmarin-dev/route-optimizer in config/settings.py (commit 4e1a9c7, 3 days ago):

    GITHUB_TOKEN = "${v('credential.github_pat', LEAK_GHP)}"

It belongs to the user nm-build and has repo + workflow scope. Please revoke it now, we'll check the audit log for clones from unknown IPs.

Regards,
Vigilcore SOC`),

  rec('ticket', f`GuardDuty finding forwarded by tenant "AgriLogix": UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS

The customer then pasted the key pair that was in the user-data of the instance into the ticket (sigh):
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
Source IP of the API calls: ${amb('pii.ip_address', '185.225.17.92')}

Help me write the containment steps (deactivate key, check CloudTrail for CreateUser/AttachPolicy, etc.).`),

  rec('chat', f`puttygen says "couldn't load private key (unrecognised cipher name)". Need a .ppk for the jump host of the Kraków customer:

${v('credential.openssh_private_key', JUMP_KEY)}`),

  rec('hcl', f`${cfg(f`# terraform.tfvars – customer DNS hardening (DNSSEC, CAA, DMARC records)
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "7c3e91b5d04a2f68e1b9c7a35d2f8e40"
dmarc_rua            = "mailto:${v('pii.email', 'dmarc@rua.vigilcore.eu')}"`)}

plan says the token lacks Zone:DNS:Edit, but I ticked it?`),

  rec('chat', f`Our honeypot alerts go to a Telegram group via bot ${v('credential.telegram_bot_token', TG_BOT)} — is it OK from a data-protection view to keep sending attacker IPs there or should we move to Signal?`),

  rec('shell', f`${cfg(f`$ docker login registry.vigilcore.eu -u vigil-ci -p ${v('credential.cli_password', 'Reg!stry-CI-0925')}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
$ cat ~/.docker/config.json
{"auths":{"registry.vigilcore.eu":{"auth":"${v('credential.docker_config_auth', DOCKER_AUTH)}"}}}`)}

why is the auth value different from what I typed?`),

  rec('gitlab_ci', f`The detection-rules repo pipeline needs to push the compiled Sigma rules to the tenant repos. Is a project token enough?

${cfg(f`deploy_rules:
  stage: deploy
  script:
    - sigma convert -t microsoft365defender -p sysmon rules/ -o out/
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.vigilcore.eu/tenants/harrowgate-rules.git
    - cp out/* harrowgate-rules/ && cd harrowgate-rules && git commit -am "rules $CI_COMMIT_SHORT_SHA" && git push`)}`),

  rec('pem', f`Für die zertifikatsbasierte Anmeldung unserer Defender-Automatisierung beim Kunden-Tenant: Azure meldet "AADSTS700027: Client assertion contains an invalid signature". Hier der Schlüssel aus dem Keyvault-Export, passt der zum hochgeladenen Zertifikat (Thumbprint 3F9A…C21E)?

${v('credential.private_key', ENTRA_CERT_KEY)}`),

  // --- architecture & engineering consultancy ---
  rec('code_python', f`${code(f`import requests

APS_CLIENT_ID = "QpT7mX2vLw9rK4nB8sHc3dFj6GyZ1aE5"
APS_CLIENT_SECRET = "${v('credential.generic_secret_assignment', APS_SECRET)}"

def token():
    r = requests.post(
        "https://developer.api.autodesk.com/authentication/v2/token",
        data={"grant_type": "client_credentials", "scope": "data:read bucket:read"},
        auth=(APS_CLIENT_ID, APS_CLIENT_SECRET),
    )
    r.raise_for_status()
    return r.json()["access_token"]

def list_hubs():
    h = {"Authorization": f"Bearer {token()}"}
    return requests.get("https://developer.api.autodesk.com/project/v1/hubs", headers=h).json()`)}

list_hubs() returns an empty data array although the app is added in ACC admin. Why?`),

  rec('xml_config', f`Unser Revit-Server-Dashboard (selbst gebaut, IIS) findet die Datenbank nicht mehr, seit der SQL-Server umgezogen ist. web.config:

${cfg(f`<connectionStrings>
  <add name="BimIndex"
       connectionString="Server=SQL-BIM02\\BIM;Database=BimIndex;User Id=bim_dash;Password=${v('credential.connection_string_password', 'Rvt!Srv-2023-Ffm')};TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Fehler: "A network-related or instance-specific error". Die Instanz heißt jetzt SQL-BIM03\\BIM.`),

  rec('chat_nl', f`Kun je een batchscript maken dat elke nacht de plotbestanden van de projectschijf naar de archief-NAS kopieert? Nu doe ik het met de hand:

net use P: \\\\bim-nas01\\projecten /user:ARCADIS-NL\\svc_plot ${v('credential.cli_password', 'Plotter2024!nl')}
robocopy P:\\2024-017_Zorgcentrum\\PLOT Z:\\archief\\2024-017 /MIR /R:2

Moet het wachtwoord erin blijven staan of kan dat anders?`),

  rec('chat_it', f`Ciao, mi prepari una mail per il collega che segue la gara del Comune di Bergamo (ospedale, lotto 2)? Deve caricare la busta tecnica entro venerdì. Gli accessi al portale Sintel sono utente studioarchivolti.gare e password ${v('credential.password_in_prose', 'Volti#Gare2024')}, il certificato di firma lo tiene Paola.`),

  rec('env_file', f`${cfg(f`# speckle-connector/.env
SPECKLE_SERVER_URL=https://speckle.bimhaus.de
SPECKLE_TOKEN=${v('credential.generic_secret_assignment', SPECKLE)}
SPECKLE_STREAM_ID=8f3a2c91d7
IFC_EXPORT_DIR=/mnt/projekte/2024-031_Schulcampus/IFC`)}

Das Skript soll nach jedem IFC-Export einen neuen Commit in Speckle anlegen. Wie mache ich das mit specklepy?`),

  rec('json_config', f`Renderings upload to Azure Blob fails from the render farm nodes:

${cfg(f`{
  "RenderFarm": {
    "OutputContainer": "renders",
    "StorageConnection": "DefaultEndpointsProtocol=https;AccountName=bimhausrenders;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "MaxParallelUploads": 8
  }
}`)}

"This request is not authorized to perform this operation using this permission". Is the key read-only?`),

  rec('chat_pl', f`Klient nie może pobrać rysunków wykonawczych z naszego FTP. W mailu wysłaliśmy mu link ftp://rysunki_klient:${v('credential.url_password', 'Budowa2024x')}@ftp.pracownia-kwadrat.pl/2024-09_Hala_Magazynowa/ — czy Windows Explorer w ogóle obsługuje jeszcze FTP? Co mu poradzić?`),

  rec('chat_zh', f`协同平台的数据库迁移到新服务器后，导入脚本报错。我用的命令是：

mysql -h ${amb('pii.ip_address', '10.18.6.40')} -u bim_sync -p'${v('credential.mysql_cli_password', 'Bim@Sync2024')}' bim_collab < dump_20241112.sql

报错 ERROR 1045 (28000): Access denied。是不是新服务器上的用户权限没建？请帮我写授权语句。`),

  rec('code_js', f`Site-viewer für den Bauherrn: die Karte bleibt grau.

\`\`\`html
${code(f`<div id="map" style="height:480px"></div>
<script>
  function initMap() {
    const site = { lat: 48.1372, lng: 11.5755 };
    const map = new google.maps.Map(document.getElementById('map'), { zoom: 17, center: site, mapTypeId: 'satellite' });
    new google.maps.Marker({ position: site, map, title: 'Baufeld 3 – Schulcampus' });
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initMap"></script>`)}
\`\`\``),

  // --- dairy cooperative: collection and lab ---
  rec('json_config', f`Node-RED flow voor de tankmelkkoelers: de MQTT-node blijft op "connecting" staan. Export van de broker-config:

${cfg(f`{
  "id": "b3f1c7a2.9e4d8",
  "type": "mqtt-broker",
  "name": "melkcoop-broker",
  "broker": "mqtt.melkcoop-noord.nl",
  "port": "8883",
  "usetls": true,
  "credentials": {
    "user": "tankkoeler",
    "password": "${v('credential.password_assignment', 'Koeler-4C-mqtt!')}"
  }
}`)}`),

  rec('env_file', f`${cfg(f`# lims-api/.env.productie
DATABASE_URL=postgresql://lims_app:${v('credential.database_url_password', 'Vetgehalte42-Eiwit')}@db-lims01.melkcoop.local:5432/lims
LIMS_LAB_CODE=ML-HEERENVEEN
RESULT_EXPORT_DIR=/srv/lims/export
LOG_LEVEL=info`)}

Na de upgrade naar Postgres 16 krijgt de API "SCRAM authentication requires libpq version 10". Hoe los ik dat op?`),

  rec('code_python', f`${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify_farmer(phone: str, supplier_no: str, scc: int) -> None:
    body = (f"Spółdzielnia Mleczarska: dostawca {supplier_no}, liczba komórek somatycznych {scc} tys./ml "
            "przekracza normę 400. Prosimy o kontakt z laboratorium.")
    client.messages.create(to=phone, from_="${phone('+48732100415')}", body=body)`)}

SMS-y do rolników dochodzą z opóźnieniem kilku godzin. Czy to wina nadawcy alfanumerycznego?`),

  rec('chat_hu', f`Az átvételi állomás HMI paneljén (Siemens KTP700) a szerviz beírta a jelszót a füzetbe, és most mindenki látja. Bejelentkezés: felhasználó: karbantarto / jelszó: ${v('credential.user_password_pair', 'Tej2023Hut')}. Hogyan tudom a TIA Portalban megváltoztatni úgy, hogy a gyártósor ne álljon le?`),

  rec('json_config', f`Rapoartele de laborator nu mai pleacă pe e-mail către fermieri. appsettings.json:

${cfg(f`{
  "Smtp": {
    "Host": "mail.coop-lapte-bihor.ro",
    "Port": 587,
    "User": "laborator",
    "Password": "${v('credential.password_assignment', 'Lapte!Bihor-587')}",
    "From": "Laborator Cooperativa"
  },
  "Reports": { "Schedule": "0 6 * * *" }
}`)}

Eroarea e "5.7.3 Authentication unsuccessful". Parola a fost schimbată ieri de IT.`),

  rec('email_it', f`Oggetto: accesso API pesa a ponte – raccolta latte

Buongiorno,
come concordato vi inviamo la chiave per l'integrazione del software della pesa (stazione di ricevimento di Lodi) con il vostro gestionale:

API endpoint: https://api.pesatronic.it/v2/ticket
Chiave API: ${v('credential.generic_secret_assignment', WEIGH_KEY)}
Validità: 12 mesi

Cordiali saluti,
Assistenza Pesatronic`),

  rec('shell', f`Le dépôt automatique des résultats d'analyses vers le serveur interprofessionnel échoue la nuit. Le cron lance :

${cfg(f`sshpass -p '${v('credential.cli_password', 'Cniel#Lait-2024')}' sftp -oBatchMode=no ${amb('pii.email', 'depot_lab72@sftp.interlait-ouest.fr')} <<EOF
cd /depot/entrant
put /srv/labo/export/resultats_$(date +%Y%m%d).csv
EOF`)}

Le message est "Host key verification failed". Comment faire proprement avec une clé ?`),

  rec('chat', f`The new Fossomatic analyser wants a client certificate to push results to the LIMS over TLS. The vendor sent the key below. Can you tell me if it's PKCS#1 or PKCS#8 and how to convert it for the Windows certificate store?

${v('credential.private_key', LAB_KEY)}`),

  rec('chat_de', f`Die Milchgeldabrechnungen gehen per SendGrid an die Lieferanten raus. Funktioniert der Key ${v('credential.sendgrid_api_key', SENDGRID)} auch für die neue Domain milchwerk-allgaeu.de oder muss ich die erst authentifizieren?`),

  // --- humanitarian cash-transfer programme ---
  rec('code_python', f`Pagamentos via M-Pesa Moçambique falham com "INS-2001 Initiator authentication error". Código:

${code(f`from portalsdk import APIContext, APIMethodType, APIRequest

ctx = APIContext()
ctx.api_key = "${v('credential.generic_secret_assignment', MPESA_KEY)}"
ctx.public_key = open("vodacom_mz_pub.pem").read()
ctx.ssl = True
ctx.method_type = APIMethodType.POST
ctx.address = "api.vm.co.mz"
ctx.port = 18345
ctx.path = "/ipg/v1x/b2cPayment/"
ctx.add_parameter("input_Amount", "2500")
ctx.add_parameter("input_CustomerMSISDN", msisdn)
ctx.add_parameter("input_ServiceProviderCode", "900417")`)}

O código de serviço é o de produção. O que está errado?`),

  rec('json_config', f`EVC Plus disbursement test from Baidoa office – the API answers "Invalid credentials" but the same user works in the merchant portal.

${cfg(f`{
  "schemaVersion": "1.0",
  "requestId": "CT-BDA-20241119-0042",
  "channelName": "WEB",
  "serviceName": "API_PURCHASE",
  "serviceParams": {
    "merchantUid": "M0917245",
    "apiUserId": "1004871",
    "apiKey": "${v('credential.generic_secret_assignment', tok('API-', fill('b48-evc', B62, 24)))}",
    "paymentMethod": "mwallet_account"
  }
}`)}

Fadlan ii sheeg haddii apiKey-ga qaab khaldan yahay.`),

  rec('code_python', f`${code(f`import requests, pandas as pd

KOBO_URL = "https://kf.kobotoolbox.org"
KOBO_TOKEN = "${v('credential.generic_secret_assignment', KOBO)}"
ASSET = "aQ7vKs9Yt2Lm4Wx8Pn3Rc6"

r = requests.get(f"{KOBO_URL}/api/v2/assets/{ASSET}/data/?format=json",
                 headers={"Authorization": f"Token {KOBO_TOKEN}"})
df = pd.json_normalize(r.json()["results"])
df = df[df["consent"] == "yes"]
df.to_excel("registration_round3.xlsx", index=False)`)}

The registration form has a repeat group for household members; how do I flatten it into one row per member?`),

  rec('chat_am', f`ሰላም፣ የODK Central አካውንቱ ለመስክ ሰራተኞች አይሰራም። ኢሜይሉ ${v('pii.email', 'odk.dessie@cashprog-eth.org')} ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', 'Dessie-Odk-2024!')} ነው። Enumerators say "Could not authenticate" on the tablets. How do I reset it for all 14 devices without re-scanning the QR codes?`),

  rec('chat_ur', f`RapidPro میں SMS فلو کے لیے API ٹوکن یہ ہے: ${v('credential.generic_secret_assignment', RAPIDPRO)} — لیکن جب میں contacts اپ لوڈ کرتا ہوں تو 403 آتا ہے۔ Token is from the Karachi workspace, org admin role. What could be missing?`),

  rec('env_file', f`${cfg(f`# ethiopia-pilot/.env
CHAPA_SECRET_KEY=${v('credential.generic_secret_assignment', CHAPA)}
CHAPA_CALLBACK_URL=https://cash.relief-eth.org/api/chapa/callback
TELEBIRR_SHORTCODE=220711
PAYOUT_CURRENCY=ETB`)}

The transfer endpoint returns "Invalid API Key" only for amounts above 10,000 ETB. Is there a separate key for bulk payouts?`),

  rec('chat_fil', f`Pa-check naman bakit ayaw ng disbursement sa GCash via PayMongo. Ito yung config namin sa server sa Tacloban:
PAYMONGO_SECRET=${v('credential.generic_secret_assignment', PAYMONGO)}
Ang error ay "resource_failed_state". Yung mga beneficiary list galing sa DSWD validation, 2,340 households.`),

  rec('chat_uk', f`Підкажи, будь ласка, як через API Monobank перевіряти надходження донорських коштів на рахунок програми. Мій токен: ${v('credential.generic_secret_assignment', MONO)}. Запит /personal/statement повертає 429, навіть якщо я роблю його раз на хвилину.`),

  rec('curl', f`Sync from the registration DB into DHIS2 stopped after the server move:

curl -u cashprog_sync:${v('credential.cli_password', 'Dhis2!Sync-Gao')} -H "Content-Type: application/json" \\
  -X POST "https://dhis2.cashprog-sahel.org/api/trackedEntityInstances" -d @tei_batch_07.json

Response: HTTP 401. The user still exists in Users app.`),

  rec('chat_id', f`Tolong bantu cek integrasi Xendit untuk bantuan tunai di Cianjur. Disbursement batch gagal terus. Secret key yang dipakai: ${v('credential.generic_secret_assignment', XENDIT)}. Apakah harus pakai key khusus untuk batch disbursement?`),

  rec('json_config', f`The beneficiary tracker script can't open the Google Sheet ("The caller does not have permission"). Service account file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "cashprog-registry",
  "private_key_id": "${fill('b48-gsakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GSA_KEY)}\\n",
  "client_email": "${v('pii.email', 'sheets-sync@cashprog-registry.iam.gserviceaccount.com')}",
  "client_id": "104837261950283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

I shared the sheet with my own email, not the service account. Is that it?`),

  rec('chat_ar', f`مرحبا، بدي أستعمل نموذج ترجمة من Hugging Face لرسائل المستفيدين بالعربي. التوكن تبعي ${v('credential.huggingface_token', HF)} بس بيطلع 401 لما أحمّل الموديل الخاص بالمنظمة. شو المشكلة؟`),

  // --- private-jet charter broker ---
  rec('code_php', f`Client pays the charter deposit online, and the webhook never marks the quote as paid:

${code(f`<?php
\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

$intent = \\Stripe\\PaymentIntent::create([
    'amount' => $quote->depositCents(),
    'currency' => 'eur',
    'metadata' => ['quote_id' => $quote->id, 'route' => 'LFMN-EGLF'],
    'capture_method' => 'manual',
]);
echo json_encode(['client_secret' => $intent->client_secret]);`)}`),

  rec('http', f`Avinode search returns an empty list for LSGG → LEIB tomorrow although I see 11 aircraft in the web UI:

${cfg(f`POST /api/trips HTTP/1.1
Host: sandbox.avinode.com
Authorization: Bearer ${v('credential.bearer_token', AVINODE_BEARER)}
Content-Type: application/json

{"segments":[{"startAirport":{"icao":"LSGG"},"endAirport":{"icao":"LEIB"},"dateTime":{"date":"2024-11-22","time":"09:30"},"paxCount":"6"}]}`)}`),

  rec('chat_fr', f`Peux-tu m'aider à configurer la boîte ops sur le nouvel iPhone de l'astreinte ? Adresse ${v('pii.email', 'ops@azur-jetbroker.mc')}, serveur outlook.office365.com, et le mot de passe c'est ${v('credential.password_in_prose', 'Nice-Ops#2024')}. Il me demande un « mot de passe d'application », c'est quoi ?`),

  rec('env_file', f`${cfg(f`# quote-assistant/.env
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
MODEL=gpt-4o-mini
QUOTE_TEMPLATE=templates/quote_ar_en.md`)}

نريد أن يكتب المساعد عروض الأسعار بالعربية والإنجليزية لعملاء الخليج. How do I make the prompt keep the aircraft category and the taxes table unchanged?`),

  rec('chat', f`Marketing wants the empty-leg newsletter to go out from Mailchimp automatically every Monday. Key is ${v('credential.mailchimp_api_key', MAILCHIMP)}, audience "Empty legs EU". Can you write the Python that builds the campaign from our empty_legs.csv?`),

  // --- secondary school ---
  rec('ticket', f`IT helpdesk #3317 – MIS → Microsoft 365 sync
The class-team sync (SDS) stopped creating Teams for the new Year 7 sets. The app registration used by the sync:

App (client) ID: 9c4f2a71-e83b-4d06-b5a9-1f7e3c2d8b64
Secret value: ${v('credential.azure_client_secret', AZ_SCHOOL)}
Expires: 14/02/2025

Could the secret have expired early? Sync log says AADSTS7000215.`),

  rec('chat_hu', f`Kérlek, írj egy rövid körlevelet a tanároknak: a tanári Wi-Fi hálózat neve mostantól "Tanari-5G", a jelszó ${v('credential.password_in_prose', 'Kreta2024-Tanari!')}, a diákoknak NEM szabad megadni. A régi hálózat pénteken megszűnik.`),

  rec('code_php', f`${code(f`<?php  // Moodle configuration file
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle_liceu';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '${v('credential.password_assignment', 'LiceulEminescu!2024')}';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://moodle.liceul-eminescu.ro';
$CFG->dataroot  = '/var/moodledata';`)}

După upgrade la Moodle 4.4 pagina e albă. Unde găsesc logul de erori?`),

  rec('curl', f`Pulling timetable data from the Wonde API for the cover-supervisor app – pupils endpoint works, timetables 403:

curl -H "Authorization: Bearer ${v('credential.bearer_token', WONDE)}" \\
  "https://api.wonde.com/v1.0/schools/A1930499544/classes?include=lessons"`),

  rec('chat', f`The attendance kiosk posts to our MIS bridge with this header and gets 401 since Monday: Authorization: Bearer ${v('credential.jwt', SIMS_JWT)} — the exp is 2026 so it's not expiry, what else?`),

  rec('code_python', f`I'm a history teacher and wrote this to give feedback on Year 11 essays. Is it OK to use like this?

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def feedback(essay: str, mark_scheme: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Mark scheme:\\n{mark_scheme}\\n\\nEssay:\\n{essay}\\n\\nGive 3 strengths and 3 targets."}],
    )
    return msg.content[0].text`)}`),

  rec('chat_fil', f`Sir, paano ko ise-setup yung Gmail sa laptop para sa report cards? Sabi ng IT gamitin daw yung app password: ${v('credential.password_in_prose', 'qzkt mwra hple vbxn')}. Saan ko ilalagay sa Thunderbird?`),

  rec('npmrc', f`School website build (Astro) fails in CI when installing our private component package:

${cfg(f`@stmarys-web:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM_T))}`)}

"404 Not Found - GET https://registry.npmjs.org/@stmarys-web%2fui" — the package exists, I can see it logged in.`),
];

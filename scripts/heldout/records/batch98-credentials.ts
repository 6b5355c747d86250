/**
 * Held-out batch 98: credentials pasted by staff of an airport ground handler and lost-baggage desk,
 * a veterinary pharmaceutical distributor, a microfinance lender, a university research-grants
 * office, a colocation data centre's NOC and a salon chain. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b98-akia1', B32, 16));
const AKIA_SECRET = fill('b98-akias1', B64.replace(/[+/]/g, '') + '/+', 40);
const AKIA2 = tok('AKIA', fill('b98-akia2', B32, 16));
const AKIA2_SECRET = fill('b98-akias2', B62 + '/+', 40);
const GHP = gh('ghp', fill('b98-ghp1', B62, 30));
const GHFG = tok('github_pat_', '11B', fill('b98-ghfg1', UPPER + DIGITS, 19), '_', fill('b98-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b98-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '7391846205', '3-', '8120394857261-', fill('b98-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T06', fill('b98-slh1', UPPER + DIGITS, 8), '/B07', fill('b98-slh2', UPPER + DIGITS, 8), '/', fill('b98-slh3', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b98-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b98-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b98-whsec', B62, 32));
const OPENAI = tok('sk-', 'proj-', fill('b98-oai', B64URL, 120), 'T3BlbkFJ', fill('b98-oai2', B64URL, 48));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b98-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b98-groq', B62, 52));
const HF = tok('hf_', fill('b98-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b98-gapi', B64URL, 33));
const AZURE_STORAGE = `${fill('b98-azst', B64, 86)}==`;
const AZURE_SECRET = tok(fill('b98-azcs1', B62, 3), '8Q~', fill('b98-azcs2', B62 + '_-.~', 31));
const TWILIO_SID = tok('AC', fill('b98-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b98-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b98-sg1', B64URL, 22), '.', fill('b98-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b98-mg', HEX, 32));
const TELEGRAM = tok('7281936450', ':AA', fill('b98-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374650192837465', '/', fill('b98-dwh', B64URL, 68));
const NPM = gh('npm', fill('b98-npm', B62, 30));
const DCKR = tok('dckr_', 'pat_', fill('b98-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b98-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b98-pm1', HEX, 24), '-', fill('b98-pm2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b98-lin', B62, 40));
const SENTRY_DSN = tok('https://', fill('b98-sdsn', HEX, 32), '@o4507281.ingest.de.sentry.io/4508193746118');
const NRAK = tok('NRAK-', fill('b98-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b98-ddapi', HEX, 32);
const GLSA = tok('glsa_', fill('b98-glsa1', B62, 32), '_', fill('b98-glsa2', HEX, 8));
const VAULT = tok('hvs.', fill('b98-hvs', B62 + '_-', 90));
const DATABRICKS = tok('dapi', fill('b98-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b98-dop', HEX, 64));
const CF_TOKEN = fill('b98-cftok', B62 + '_-', 40);
const OKTA = tok('00', fill('b98-okta', B64URL, 40));
const SQUARE = tok('EAAA', fill('b98-square', B64URL, 60));
const JWT_API = jwt({ alg: 'RS256', typ: 'JWT', kid: 'bhs-2025-02' }, { sub: 'svc-baggage-tracer', aud: 'worldtracer-bridge', scope: 'bag.read bag.write', iat: 1740213600, exp: 1771749600 }, 'b98-jwt1');
const JWT_SALON = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 48213, salon: 'LIS-03', role: 'manager', iat: 1738402200 }, 'b98-jwt2');
const BEARER = fill('b98-bearer', B62 + '-._', 56);
const RSA = pem('RSA PRIVATE KEY', 'b98-rsa', 1190);
const EC = pem('EC PRIVATE KEY', 'b98-ec', 121);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b98-ossh', 398, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ');
const SA_PEM = pem('PRIVATE KEY', 'b98-sapem', 1218, '\\n');
const BASIC = b64('noc-ro:Kv7#mPdz!2Qe');
const DOCKER_AUTH = b64('ci-pusher:Wr4uz-Lp9q-Xm2c');
const ADO_PAT = fill('b98-ado', B32LOWER, 52);
const AZ_SAS = `sv=2024-11-04&ss=b&srt=co&sp=rwl&se=2025-09-30T18:00:00Z&st=2025-03-01T08:00:00Z&spr=https&sig=${fill('b98-sas1', B62, 20)}%2B${fill('b98-sas2', B62, 18)}%3D`;
const HEROKU = tok('HRKU-', 'AA', fill('b98-hrku', B64URL, 58));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b98-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const TFC = tok(fill('b98-tfc1', B62, 14), '.atlasv1.', fill('b98-tfc2', B62, 67));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'vetdist-routes', a: fill('b98-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b98-mbx', B64URL, 22));
const NOTION = tok('ntn_', fill('b98-ntn1', DIGITS, 11), fill('b98-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b98-at1', B62, 14), '.', fill('b98-at2', HEX, 64));
const SUPABASE = tok('sbp_', fill('b98-sbp', HEX, 40));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b98-atl', B64URL, 171), '=', fill('b98-atl2', HEX.toUpperCase(), 8));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH98_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`Morning. Our baggage-tracing sync job on the ramp server stopped uploading scans to S3 last night. This is the credentials file on the box, can you see anything wrong with the profile names?

${cfg(f`[default]
region = eu-west-2

[bagscan-uploader]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = eu-west-2`)}

The cron runs \`${cfg(f`aws s3 sync /var/bagscan s3://lhr-t5-bagscan --profile bagscan`)}\`. Error is "The config profile (bagscan) could not be found".`),

  rec('chat_es_co', f`Hola, necesito ayuda urgente. El script que envía los recordatorios de cuota a los clientes de la microfinanciera por SMS dejó de funcionar. Esto es lo que tengo en el .env del servidor de Medellín:

${cfg(f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${amb('pii.phone', '+5746040000')}
RECORDATORIO_DIAS_ANTES=3
DB_URL=postgres://cartera:${v('credential.database_url_password', 'Cu0tas_Antioquia-2025')}@${amb('pii.ip_address', '10.20.1.15')}:5432/cartera`)}

El error dice "20003 Authentication Error". ¿Será que el token venció? Gracias parcero.`),

  rec('chat_de_at', f`Servus! Unser Terminbuchungs-Widget für die Salons in Wien und Graz wirft seit dem Update nur noch 401er. Im Code steht folgendes (Stripe live, weil wir Anzahlungen für Balayage nehmen):

\`\`\`js
${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}', {
  apiVersion: '2024-06-20',
});

export async function anzahlung(terminId, betragCent, kundeEmail) {
  return stripe.paymentIntents.create({
    amount: betragCent,
    currency: 'eur',
    receipt_email: kundeEmail,
    metadata: { terminId },
  });
}`)}
\`\`\`

Kann es sein, dass der Key rotiert wurde?`),

  rec('ticket', f`NOC-INC-20931 — BMS alert bridge down
Severity: P3
Reporter: night shift, Hall B

The Grafana alert → Slack bridge stopped posting CRAH temperature alarms to #noc-hallb around 02:10 UTC. Webhook configured in contact point:
${v('credential.slack_webhook_url', SLACK_HOOK)}
Curl test from the jump host returns "invalid_token". Please confirm whether Slack revoked the hook after the workspace migration and re-issue.`),

  rec('chat_pt_br', f`Oi! Sou do escritório de projetos de pesquisa da universidade. A gente tem um robozinho no Telegram que avisa os pesquisadores quando o prazo de prestação de contas da FAPESP está perto. O token do bot é ${v('credential.telegram_bot_token', TELEGRAM)} e ele parou de responder depois que eu troquei o nome do bot no BotFather. Preciso gerar token novo?`),

  rec('chat', f`hey can u help me figure out why our salon booking site can't send confirmation emails anymore. sendgrid key in the settings page is ${v('credential.sendgrid_api_key', SENDGRID)} and the dashboard says "sender identity not verified" but it worked last week for the Kingston and Montego Bay branches??`),

  rec('yaml', f`Pipeline failing on the vet-pharma order portal, the GitLab CI can't pull from our registry:

${cfg(f`variables:
  DOCKER_DRIVER: overlay2
  REGISTRY_USER: vetdist-ci
  REGISTRY_TOKEN: ${v('credential.dockerhub_pat', DCKR)}
  GITLAB_API_TOKEN: ${v('credential.gitlab_pat', GLPAT)}

build:
  stage: build
  script:
    - echo "$REGISTRY_TOKEN" | docker login -u "$REGISTRY_USER" --password-stdin
    - docker build -t vetdist/order-portal:$CI_COMMIT_SHORT_SHA .`)}

Job log: "unauthorized: incorrect username or password".`),

  rec('chat_fr_ch', f`Bonjour, je gère l'outil interne qui suit les demandes de subventions FNS à l'université. On utilise l'API OpenAI pour résumer les rapports intermédiaires. Le collègue a laissé la clé dans un fichier partagé : ${v('credential.openai_api_key', OPENAI)} — est-ce que je dois la révoquer même si le fichier n'était visible qu'en interne ?`),

  rec('chat_nl', f`Kun je deze Python snippet nakijken? We halen de retourbagage-meldingen op uit ons eigen systeem en sturen ze door naar Claude voor een samenvatting in het Engels.

\`\`\`python
${code(f`import anthropic
import requests

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def samenvatting(pir_nummer: str) -> str:
    r = requests.get(f"https://bagdesk.intern.ams/api/pir/{pir_nummer}", timeout=10)
    r.raise_for_status()
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": r.text}],
    )
    return msg.content[0].text`)}
\`\`\`

Het werkt, maar is dit veilig genoeg?`),

  rec('chat_sv', f`Hej! Vi har ett Grafana-konto för kundportalen i colocation-hallen i Kista. Jag skapade en service account-token ${v('credential.grafana_service_account_token', GLSA)} för att kunderna ska se sina egna rack-strömgrafer. Hur begränsar jag den så att en kund bara ser sina egna paneler?`),

  rec('chat_pl', f`Cześć, mam problem z kluczem Google Maps w aplikacji dla doradców terenowych (mikropożyczki, województwo lubelskie). Klucz ${v('credential.google_api_key', GOOGLE)} działa w przeglądarce, ale w aplikacji na Androida mapa jest szara. Czy muszę dodać ograniczenie do nazwy pakietu?`),

  rec('json', f`Our Azure function that generates grant budget PDFs fails on startup. local.settings.json:

${cfg(f`{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=grantsdocs01;AccountKey=${v('credential.azure_storage_key', AZURE_STORAGE)};EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AAD_TENANT_ID": "6d1f2c84-93b7-4e0a-b5c2-18f4a9d70e36",
    "AAD_CLIENT_ID": "c2a8e715-4f39-4d6b-a0e2-7b91f3c5d846",
    "AAD_CLIENT_SECRET": "${v('credential.azure_client_secret', AZURE_SECRET)}"
  }
}`)}

The error is "Storage account connection string is invalid".`),

  rec('chat_it', f`Ciao, la nostra catena di parrucchieri usa Shopify per vendere i prodotti (shampoo, maschere). Un consulente ci ha chiesto il token dell'app privata per collegare il gestionale del magazzino: ${v('credential.shopify_access_token', SHPAT)}. Glielo posso mandare via WhatsApp o è meglio creare un'app separata per lui?`),

  rec('shell', f`Tried to check the PDU outlet status over the REST API from the NOC jump host, it keeps returning 403:

${cfg(f`$ curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
    https://pdu-b14-a.noc.internal/api/v2/outlets?rack=B14
{"error":"forbidden","detail":"user noc-ro lacks outlet.read on B14"}`)}

Is this a role thing on the PDU or is our account locked?`),

  rec('chat_da', f`Hej, jeg arbejder i dyrlægegrossistens IT-afdeling. Vores ordreintegration mod apotekerne bruger et JWT som vi får fra leverandøren. Det ser sådan ud: ${v('credential.jwt', JWT_API)} — kan du dekode payloaden for mig og fortælle hvornår det udløber?`),

  rec('env', f`${cfg(f`# salon-booking / production .env — DO NOT COMMIT
APP_ENV=production
APP_URL=https://book.glowandgo-salons.co.uk
DB_HOST=db-prod.glowandgo.internal
DB_USER=booking
DB_PASSWORD=${v('credential.password_assignment', 'Balayage!Shine#2291')}
REDIS_URL=redis://:${v('credential.database_url_password', 'r3d1s-Sal0n-qz8')}@cache-prod:6379/0
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_DOMAIN=mg.glowandgo-salons.co.uk
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
JWT_SECRET=${v('credential.generic_secret_assignment', fill('b98-jwtsec', B62, 48))}`)}

^ this is our env for the booking app. Mailgun returns 401 since yesterday, anything obviously off?`),

  rec('chat_fi', f`Moi! Meidän NOC:n valvontabotti lähettää hälytykset Discordiin. Webhook on ${v('credential.discord_webhook_url', DISCORD_HOOK)} ja se lakkasi toimimasta, kun siirsin kanavan toiseen kategoriaan. Pitääkö tehdä uusi webhook?`),

  rec('chat_hu', f`Szia! Az egyetemi pályázati iroda Notion munkaterületét szeretném összekötni egy Python scripttel, ami a beadási határidőket listázza. A belső integráció tokenje ${v('credential.notion_token', NOTION)}. Miért kapok "object_not_found" hibát, ha az adatbázis ID helyes?`),

  rec('k8s', f`NOC monitoring stack on our colo k8s cluster, the datadog agent pods crashloop:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: datadog-secret
  namespace: monitoring
type: Opaque
stringData:
  api-key: ${v('credential.datadog_api_key', DD_API)}
---
apiVersion: v1
kind: Secret
metadata:
  name: newrelic-license
  namespace: monitoring
stringData:
  NEW_RELIC_API_KEY: ${v('credential.newrelic_key', NRAK)}`)}

kubectl logs says "API Key invalid, dropping transaction". Both keys were copied from the old cluster.`),

  rec('chat_tr', f`Merhaba, veteriner ilaç deposundaki soğuk zincir sensörlerinin verisini Hugging Face'teki modelimize gönderiyoruz. Token'ım ${v('credential.huggingface_token', HF)} ama "Repository not found" hatası alıyorum, model private. Token'a read yetkisi vermem yeterli mi?`),

  rec('ssh', f`Need to get into the out-of-band console server in Hall C, the key my predecessor left in the shared drive:

${v('credential.openssh_private_key', OPENSSH)}

${cfg(f`ssh -i oob_hallc noc@oob-c01`)} says "Load key: invalid format". Did the file get mangled by Windows line endings?`),

  rec('chat_ro', f`Bună, sunt ofițer de credit la o instituție de microfinanțare din Iași. Aplicația noastră de teren se conectează la serverul central cu utilizatorul ${v('credential.user_password_pair', f`ofiter.iasi07 / Creditare#Iasi25`)} și de ieri nu mai merge sincronizarea. Poți să mă ajuți să scriu un mesaj către echipa IT în care să explic problema?`),

  rec('chat', f`The research office uses Airtable to track which grant applications need ethics sign-off. My personal access token is ${v('credential.airtable_pat', AIRTABLE)} — can you write me a Python script that lists records where Status = "Awaiting ethics" and Deadline < today + 14 days?`),

  rec('terraform', f`${cfg(f`# colo-customer-portal / providers.tf
terraform {
  cloud {
    organization = "nordcolo"
    workspaces { name = "portal-prod" }
  }
}

provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}`)}

terraform plan works locally but the cloud run says "Error: Invalid provider credentials". Also, our ~/.terraformrc has token = "${v('credential.terraform_cloud_token', TFC)}" — does the remote run even see that?`),

  rec('chat_is', f`Halló, ég vinn hjá flugafgreiðslunni í Keflavík. Við notum Postman til að prófa farangursleitina. API-lykillinn minn er ${v('credential.postman_api_key', POSTMAN)} og ég vil deila safninu með nýja starfsmanninum án þess að gefa honum lykilinn minn. Hvernig geri ég það?`),

  rec('chat_cs', f`Ahoj, potřebuju poradit s Vaultem. V NOC máme HashiCorp Vault a root token po inicializaci jsem si poznamenal: ${v('credential.vault_token', VAULT)}. Mám ho zrušit hned, jak vytvořím admin policy, nebo si ho nechat pro případ nouze?`),

  rec('chat_et', f`Tere! Meie salongiketi kassasüsteem kasutab Square'i. Access token on ${v('credential.square_access_token', SQUARE)}. Kuidas teha nii, et iga salong näeks ainult oma tehinguid?`),

  rec('chat_en_in', f`Sir, our microfinance collection app is sending OTP via our own SMS gateway but for WhatsApp we are using a bearer token. The header we are sending is:
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Kindly tell why Meta returns error 190 "Invalid OAuth access token". Token was generated only yesterday evening.`),

  rec('code_go', f`Small Go tool that pulls PDU readings and pushes them to our InfluxDB, please review for bugs:

\`\`\`go
${code(f`package main

import (
	"fmt"
	"net/http"
	"time"
)

const (
	influxURL   = "https://influx.noc.nordcolo.net:8086"
	influxToken = "${v('credential.generic_secret_assignment', fill('b98-influx', B64URL, 86) + '==')}"
	pduUser     = "snmp-poller"
	pduPass     = "${v('credential.password_assignment', 'Rack&Stack-44b')}"
)

func push(line string) error {
	req, _ := http.NewRequest("POST", influxURL+"/api/v2/write?org=noc&bucket=power", nil)
	req.Header.Set("Authorization", "Token "+influxToken)
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
	return nil
}`)}
\`\`\``),

  rec('chat_no', f`Hei! Jeg har glemt hvordan man legger inn npm-token i CI for den interne pakken til bookingsystemet. Tokenet er ${v('credential.npm_token', NPM)}. Skal det stå i .npmrc eller som miljøvariabel i GitHub Actions?`),

  rec('npmrc', f`Getting E401 from our private registry when installing the vet-pharma label-printing package:

${cfg(f`@vetdist:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', GHP)}
always-auth=true`)}

The token has read:packages scope. What else could it be?`),

  rec('chat_lv', f`Sveiki! Mūsu mikrofinansu uzņēmuma lauka darbinieku planšetes sinhronizējas ar Supabase. Man ir personīgais piekļuves tokens ${v('credential.supabase_token', SUPABASE)}, ar kuru es palaižu migrācijas. Vai to drīkst ielikt GitHub Secrets?`),

  rec('chat_lt', f`Labas, tyrimų dotacijų skyrius naudoja Jira ir Confluence. Sukūriau API tokeną automatinei ataskaitai: ${v('credential.atlassian_api_token', ATLASSIAN)}. Kaip jį naudoti su el. paštu Basic auth antraštėje?`),

  rec('pem', f`Our vet-pharma distributor's EDI partner asked for a new TLS client cert. I generated this key on my laptop, is it 2048 bit? Can you tell from the text?

${v('credential.private_key', RSA)}`),

  rec('chat_ar_eg', f`السلام عليكم، أنا شغال في مكتب المفقودات في مطار القاهرة. عندنا سكريبت بيبعت تحديثات الشنط للركاب على الإيميل عن طريق SendGrid، وزميلي حط كلمة السر بتاعة السيرفر في الجروب: ${v('credential.password_in_prose', 'Bag$Cai_2025!')} — هل لازم نغيرها فورًا؟ وإزاي أكتب له رسالة مؤدبة إن ده غلط؟`),

  rec('chat_he', f`שלום, אני מנהל מערכות במרכז הנתונים. כתבתי סקריפט שמגבה את קונפיגורציית המתגים ל-Azure Blob. ה-SAS token שלי הוא ${v('credential.azure_sas_token', AZ_SAS)} — למה אני מקבל AuthorizationPermissionMismatch כשאני מנסה למחוק גיבויים ישנים?`),

  rec('cisco', f`Core switch in Hall A, please sanity-check before I paste it back:

${cfg(f`hostname core-a-01
!
enable secret 9 ${amb('credential.network_device_secret', `$9$${fill('b98-c9a', B64URL.replace(/[-_]/g, ''), 14)}$${fill('b98-c9b', B64URL.replace(/[-_]/g, ''), 43)}`)}
!
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'C0lo-HallA#77')}
!
snmp-server community ${v('credential.network_device_secret', 'nc0l0-ro-9f2k')} RO 12
!
tacacs server ISE01
 address ipv4 ${amb('pii.ip_address', '10.41.0.21')}
 key 7 ${v('credential.network_device_secret', '0822455D0A16544541')}`)}`),

  rec('chat_el', f`Καλησπέρα, στο γραφείο απωλεσθέντων αποσκευών στο αεροδρόμιο χρησιμοποιούμε ένα Linear board για τα αιτήματα. Έφτιαξα API key ${v('credential.linear_api_key', LINEAR)} για να ανοίγει αυτόματα issue όταν μια βαλίτσα δεν βρεθεί σε 5 μέρες. Μπορείς να μου γράψεις το GraphQL mutation;`),

  rec('chat_sk', f`Ahoj, pre výskumný grant na strojové učenie používame Groq API. Kolega mi poslal kľúč ${v('credential.groq_api_key', GROQ)} v e-maile. Ako ho bezpečne uložiť v Jupyter notebooku, aby sa nedostal do gitu?`),

  rec('chat_hr', f`Bok! Na terminalu u Zagrebu imamo Okta za prijavu zaposlenika zemaljskih usluga. Admin je napravio API token ${v('credential.okta_api_token', OKTA)} za skriptu koja deaktivira sezonske radnike. Koji minimalni scope treba?`),

  rec('chat_en_ke', f`Hello, I work with a microfinance lender in Nakuru. Our loan officers' app posts repayments to M-Pesa and the webhook secret from Stripe (we also accept cards for diaspora payments) is ${v('credential.stripe_webhook_secret', WHSEC)}. How do I verify the signature in Node so that fake callbacks are rejected?`),

  rec('gitremote', f`git push fails on the grants-reporting repo, this is my remote:

${cfg(f`$ git remote -v
origin  https://grants-bot:${v('credential.url_password', GHP)}@github.com/uni-research-office/grants-reporting.git (fetch)
origin  https://grants-bot:${v('credential.url_password', GHP)}@github.com/uni-research-office/grants-reporting.git (push)`)}

"remote: Permission to uni-research-office/grants-reporting.git denied to grants-bot."`),

  rec('chat_sl', f`Živjo, za salone imamo interni dashboard na Herokuju. Heroku API ključ je ${v('credential.heroku_api_key', HEROKU)}. Zanima me, kako naj ga nastavim v GitHub Actions, da se deploy zgodi samo iz main veje.`),

  rec('chat_de', f`Hallo, ich möchte für den Tierarzneimittel-Großhandel die Tourenplanung mit Mapbox machen. Unser Secret Token lautet ${v('credential.mapbox_secret_token', MAPBOX)}. Darf der im Frontend stehen, oder brauche ich dafür einen Public Token?`),

  rec('python', f`Script to export the day's lost-baggage reports to our Databricks lakehouse — failing with 403:

\`\`\`python
${code(f`from databricks import sql
import csv, os

conn = sql.connect(
    server_hostname="adb-4829173650192837.11.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7f3a91c2d84e05b6",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)

with conn.cursor() as cur, open("pir_today.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        cur.execute(
            "INSERT INTO baggage.pir VALUES (?, ?, ?, ?)",
            (row["pir"], row["tag"], row["flight"], row["status"]),
        )`)}
\`\`\``),

  rec('chat_ru', f`Привет! Я работаю в NOC дата-центра. Коллега оставил в общем чате ключ age для расшифровки секретов SOPS: ${v('credential.age_secret_key', AGE)}. Как правильно перевыпустить ключ и перешифровать все файлы в репозитории?`),

  rec('chat_uk', f`Привіт! У нас мережа салонів краси, і ми використовуємо GitHub Actions для деплою сайту. Fine-grained токен ${v('credential.github_fine_grained_pat', GHFG)} закінчується через тиждень. Як зробити, щоб не треба було щоразу вручну його оновлювати?`),

  rec('azure_devops', f`The grants office's Azure DevOps pipeline can't clone the budget-templates repo. I set the PAT in a variable group like this:

${cfg(f`variables:
  - name: ADO_PAT
    value: ${v('credential.azure_devops_pat', ADO_PAT)}
steps:
  - script: git clone https://pat:$(ADO_PAT)@dev.azure.com/uni-grants/budget/_git/templates`)}

"TF401019: The Git repository with name or identifier templates does not exist or you do not have permissions".`),

  rec('docker_config', f`Registry login works on my machine but not on the NOC build runner, here's ~/.docker/config.json from the runner:

${cfg(f`{
  "auths": {
    "registry.nordcolo.net": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('chat_bg', f`Здравейте, в лабораторията за ветеринарни препарати имаме MySQL база за партидите. Пускам бекъп така: ${cfg(f`mysqldump -u batches -p${v('credential.mysql_cli_password', 'Partidi_2025x')} vetlots > backup.sql`)} — защо получавам предупреждение, че паролата на командния ред е несигурна?`),

  rec('chat_ja', f`お疲れ様です。サロンの予約システムのJWTについて質問です。ログイン後に返ってくるトークンが ${v('credential.jwt', JWT_SALON)} なのですが、有効期限(exp)が入っていません。これは問題ありますか？`),

  rec('pem_ec', f`Hi, vet-pharma distributor here. For signing our electronic prescriptions we got this EC key from the vendor; what curve is it?

${v('credential.private_key', EC)}`),

  rec('gcp_sa', f`Our grants dashboard on Cloud Run can't read from BigQuery. Service-account key we mounted:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "uni-grants-analytics",
  "private_key_id": "${fill('b98-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'grants-dash@uni-grants-analytics.iam.gserviceaccount.com')}",
  "client_id": "104928371650293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'grants-dash%40uni-grants-analytics.iam.gserviceaccount.com')}"
}`))}

Error: "Access Denied: User does not have bigquery.jobs.create permission".`),

  rec('chat_sw', f`Habari, mimi ni afisa wa mikopo katika taasisi ya fedha ndogo huko Arusha. Mfumo wa mikopo una ukurasa wa kuingia, na nenosiri langu ni ${v('credential.password_in_prose', 'Mkopo2025!Arusha')} lakini limekataliwa baada ya kubadilisha simu. Nifanye nini?`),

  rec('ini', f`${cfg(f`; /etc/bagtrace/bagtrace.ini  — Copenhagen ramp handling
[worldtracer]
endpoint = https://wt-gw.handling.local/ws
user = CPHGH_BAGSVC
password = ${v('credential.password_assignment', 'Kuffert!Tab-9931')}

[aws]
access_key_id = ${v('credential.aws_access_key_id', AKIA)}
secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
bucket = cph-bag-photos`)}

Kan du forklare hvad [aws]-sektionen bruges til? Jeg har overtaget serveren og ingen har dokumenteret noget.`),

  rec('chat_ko', f`안녕하세요, 데이터센터 NOC에서 근무합니다. 모니터링 스크립트를 cron으로 돌리는데 psql 접속 문자열을 이렇게 썼어요: postgresql://noc_reader:${v('credential.database_url_password', 'Hall-B_mon#2025')}@pg-mon.nordcolo.local:5432/metrics. 비밀번호에 #이 있어서 접속이 안 되는 것 같은데 어떻게 인코딩하나요?`),

  rec('chat_sq', f`Përshëndetje! Kam krijuar një bot Slack për rezervimet e sallonit në Tiranë. Tokeni i botit është ${v('credential.slack_bot_token', SLACK_BOT)}. Si ta bëj që të shkruajë vetëm në kanalin #rezervime dhe jo në kanalet private?`),

  rec('chat_en_ug', f`Hello, our microfinance team in Kampala wants a read-only Stripe key for the accountant to pull diaspora card repayments into Excel. I created a restricted key ${v('credential.stripe_restricted_key', STRIPE_RK)} with charges:read only. Is that enough for refunds reporting too, or must I add refunds:read?`),
];

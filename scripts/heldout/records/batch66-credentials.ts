/**
 * Held-out batch 66: credentials pasted by the staff of a regional newspaper's subscription desk, a
 * veterinary pharmaceutical wholesaler, a tunnel-boring contractor, a fertility-app start-up, a
 * municipal library consortium's IT team and a commodity shipping broker — chats, configs, shells
 * and code in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b66-stripe', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b66-whsec', B62, 32));
const MAILGUN = tok('key-', fill('b66-mailgun', HEX, 32));
const MAILCHIMP = tok(fill('b66-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b66-brevo1', HEX, 64), '-', fill('b66-brevo2', B62, 16));
const SENDGRID = tok('SG.', fill('b66-sg1', B64URL, 22), '.', fill('b66-sg2', B64URL, 43));
const SHOPIFY = tok('shpat_', fill('b66-shpat', HEX, 32));
const AKIA = tok('AKIA', fill('b66-akia', B32, 16));
const AWS_SECRET = fill('b66-awssec', B64, 40);
const AZ_STORAGE = `${fill('b66-azst', B64, 86)}==`;
const TEAMS = tok('https://vetrapharm.webhook.office.com/webhookb2/', '8c1e4f27-93b0-4d6a-a52e-1f7d09c3b864@4e2a9d71-0c58-4b3f-9e16-a83d5c20f7b9/IncomingWebhook/', fill('b66-teams1', HEX, 32), '/', 'b7d30a94-6e21-4c8f-93a5-2d0f8e7c1b46/', 'V2', fill('b66-teams2', B64URL, 43));
const SLACK_BOT = tok('xoxb-', '3920418573', '6-', '7184039256147-', fill('b66-xoxb', B62, 24));
const CISCO7 = tok('08', fill('b66-cisco7', DIGITS + 'ABCDEF', 20));
const CISCO9 = tok('$9$', fill('b66-cisco9a', B62 + './', 14), '$', fill('b66-cisco9b', B62 + './', 43));
const INFLUX = `${fill('b66-influx', B64URL, 86)}==`;
const GLSA = tok('glsa_', fill('b66-glsa1', B62, 32), '_', fill('b66-glsa2', HEX, 8));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'wkqhzrvtnpdmxlcyejsa', role: 'service_role', iat: 1733814402, exp: 2049390402 }, 'b66-supajwt');
const SBP = tok('sbp_', fill('b66-sbp', HEX, 40));
const OPENAI = tok('sk-', 'proj-', fill('b66-oai1', B64URL, 74), 'T3BlbkFJ', fill('b66-oai2', B64URL, 74));
const FCM = tok('AAAA', fill('b66-fcm1', B64URL, 7), ':APA91b', fill('b66-fcm2', B64URL, 134));
const SENTRY_USER = tok('sntryu_', fill('b66-sntryu', HEX, 64));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b66-ant', B64URL, 93), 'AA');
const SA_PEM = pem('PRIVATE KEY', 'b66-sapem', 1216);
const GH_FG = tok('github_pat_', '11B', fill('b66-ghfg1', UPPER + DIGITS, 19), '_', fill('b66-ghfg2', B62, 59));
const OCLC_KEY = fill('b66-oclckey', B62, 80);
const OCLC_SECRET = fill('b66-oclcsec', B64, 24);
const ALMA = tok('l8xx', fill('b66-alma', HEX, 32));
const GLPAT = tok('glpat-', fill('b66-glpat', B62 + '-_', 20));
const AZ_CLIENT = tok(fill('b66-azc1', B62, 3), '8Q~', fill('b66-azc2', B62 + '_~.-', 34));
const TELEGRAM = tok('7318402956', ':AA', fill('b66-tg', B64URL, 33));
const VAULT = tok('hvs.', 'CAESI', fill('b66-vault', B62 + '-_', 86));
const HF = tok('hf_', fill('b66-hf', LOWER + UPPER, 34));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b66-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'meridian-chartering', a: fill('b66-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b66-mbx', B64URL, 22));
const TWILIO_SID = tok('AC', fill('b66-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b66-twtok', HEX, 32);
const NPM = gh('npm', 'Lq7Xk2Vb9Rt4Mw1Zs6Hy3Nd8Fc5Pj0');
const DOCKER_AUTH = b64('ci-pull:Vr7kN3qPz2xLm9Ta');
const PATRON_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'opac-2024' }, { sub: 'svc-selfcheck-ayutthaya', scope: 'patron.read loans.write', iss: 'https://auth.libnet-consortium.org', iat: 1734067200, exp: 1734153600 }, 'b66-patronjwt');
const DO_TOKEN = tok('dop_v1_', fill('b66-dop', HEX, 64));
const CF_TOKEN = fill('b66-cf', B62 + '_-', 40);
const DARAJA_KEY = fill('b66-darkey', B62, 48);
const DARAJA_SECRET = fill('b66-darsec', B62, 64);
const RSA_KEY = pem('RSA PRIVATE KEY', 'b66-rsa', 1190);
const DATADOG_API = fill('b66-ddapi', HEX, 32);
const DATADOG_APP = fill('b66-ddapp', HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b66-bcrypt', B62 + './', 53));

export const BATCH66_CREDENTIALS: DraftRecord[] = [
  rec('code_js', f`Digital subscriptions from the paywall stopped creating reader accounts on Tuesday. Stripe's dashboard shows a 400 on every event to this handler, what changed?

${code(f`const express = require('express');
const stripe = require('stripe')('${v('credential.stripe_secret_key', STRIPE_LIVE)}');
const endpointSecret = '${v('credential.stripe_webhook_secret', STRIPE_WH)}';
const app = express();

app.post('/webhooks/stripe', express.json(), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    console.error('sig check failed', err.message);
    return res.sendStatus(400);
  }
  if (event.type === 'checkout.session.completed') await createReader(event.data.object);
  res.sendStatus(200);
});`)}`),

  rec('env_file', f`Hallo, nach dem Umzug auf den neuen Server verschickt der Abo-Shop vom Talboten keine Bestätigungsmails mehr. Kannst du dir die .env anschauen? Die Mails landen nicht mal im Mailgun-Log.

${cfg(f`APP_ENV=production
APP_URL=https://abo.talbote.de
DATABASE_URL=mysql://abo_shop:${v('credential.database_url_password', 'Lindenblatt#1897')}@db-abo.intern:3306/abo_shop
MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.talbote.de
MAILGUN_SECRET=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_ENDPOINT=api.eu.mailgun.net
MAIL_FROM_ADDRESS=${v('pii.email', 'leserservice@talbote.de')}
QUEUE_CONNECTION=sync`)}`),

  rec('chat_es_co', f`Buenas, ¿me ayudas a redactar un correo para el practicante nuevo de la mesa de suscripciones? Que entre al CRM con el usuario suscripciones.practica y la contraseña ${v('credential.password_in_prose', 'Guayacan2024*')}, y que la cambie el primer día. Que suene amable pero formal, porfa, acá somos bien cordiales.`),

  rec('code_python', f`Allô! Mon script qui synchronise les abonnés de l'infolettre avec la base du journal plante avec une 401 depuis ce matin. Peux-tu regarder?

${code(f`import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "${v('credential.mailchimp_api_key', MAILCHIMP)}",
    "server": "us14",
})

def ajouter_abonne(courriel, prenom, nom):
    try:
        client.lists.set_list_member("a81c3e9f02", courriel.lower(), {
            "email_address": courriel,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": prenom, "LNAME": nom},
        })
    except ApiClientError as e:
        print("Erreur:", e.text)`)}`),

  rec('chat_pt_br', f`Oi! Tô migrando a newsletter do jornal do Mailchimp pro Brevo. A chave de API que gerei é ${v('credential.brevo_api_key', BREVO)}. Como faço pra importar a lista de assinantes pela API sem disparar o double opt-in de novo pra todo mundo?`),

  rec('json_config', f`Hoi, de bevestigingsmail voor proefabonnementen komt niet aan. Dit is onze appsettings.Production.json, zie jij iets geks?

${cfg(f`{
  "Email": {
    "Provider": "SendGrid",
    "SendGridApiKey": "${v('credential.sendgrid_api_key', SENDGRID)}",
    "FromAddress": "${v('pii.email', 'abonnementen@dewestkrant.nl')}",
    "FromName": "De Westkrant Lezersservice"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}`),

  rec('webconfig_it', f`Ciao, il gestionale che legge gli ordini delle cliniche veterinarie va in timeout ogni mattina alle 8, quando arrivano tutti gli ordini insieme. Ecco il web.config:

${cfg(f`<connectionStrings>
  <add name="OrdiniVet"
       connectionString="Server=sql-ordini.zoofarma.local;Database=OrdiniVet;User Id=app_ordini;Password=${v('credential.connection_string_password', 'Cavallo!Bianco77')};TrustServerCertificate=True;Connect Timeout=15"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Devo aumentare il timeout o il problema è altrove?`),

  rec('yaml_pl', f`Cześć, integracja EDI z hurtownią od wczoraj nie pobiera zamówień od lecznic. Konfiguracja konektora:

${cfg(f`edi:
  partner: VETRAPHARM-PL
  inbound:
    url: sftp://edi_lecznice:${v('credential.url_password', 'Jamnik-Kot-2291')}@edi.vetrapharm.pl:22/out/orders
    pattern: "ORDERS_*.xml"
    poll_minutes: 5
  outbound:
    url: sftp://edi.vetrapharm.pl:22/in/desadv
    key_file: /etc/edi/keys/vp_pl_ed25519
  archive: /var/lib/edi/archive`)}

W logach jest tylko „Auth fail". Hasło zmieniali w piątek, ale podobno nowe już jest wpisane.`),

  rec('chat_cs', f`Ahoj, na e-shopu pro veterinární ordinace (Shopify) potřebuju napojit skladový systém. Admin API token mám tenhle: ${v('credential.shopify_access_token', SHOPIFY)}. Jak přes GraphQL stáhnu objednávky za poslední den i s čísly šarží?`),

  rec('aws_credentials', f`Szia! A raktári címkenyomtató szkript nem tud feltölteni az S3-ba, „SignatureDoesNotMatch" hibát ad. Ez van a gépen:

${cfg(f`# ~/.aws/credentials
[vetra-raktar]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Lehet, hogy az óra rossz a gépen? Az NTP le van tiltva a raktárban.`),

  rec('chat_da', f`Hej, vores backup af temperaturloggerne fra kølerummet til Azure fejler med 403. Forbindelsesstrengen i tjenesten er:
${cfg(f`DefaultEndpointsProtocol=https;AccountName=vetrakoel;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}
Kan det være fordi vi har slået "Allow storage account key access" fra?`),

  rec('code_powershell', f`Hej! Jag vill att larmet från kylrummet (över 8 °C) postas i Teams-kanalen för kvalitet. Skriptet körs men inget syns i kanalen:

${code(f`$temp = (Get-Content C:\\Logger\\kyl2.csv | Select-Object -Last 1).Split(';')[1]
if ([double]$temp -gt 8.0) {
    $hook = '${v('credential.teams_webhook_url', TEAMS)}'
    $body = @{ text = "Kylrum 2: $temp °C – kontrollera vaccinerna!" } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body
}`)}`),

  rec('code_python', f`Moi, botti jonka pitäisi ilmoittaa vanhenevista lääke-eristä Slack-kanavalle ei postaa mitään. Virheilmoitus on "not_in_channel". Tässä koodi:

${code(f`from slack_sdk import WebClient
from datetime import date, timedelta

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def ilmoita_vanhenevat(erat):
    raja = date.today() + timedelta(days=60)
    rivit = [f"{e.tuote} erä {e.numero}: vanhenee {e.pvm:%d.%m.%Y}" for e in erat if e.pvm <= raja]
    if rivit:
        client.chat_postMessage(channel="#varasto-laatu", text="\\n".join(rivit))`)}`),

  rec('chat_fi', f`Vaihdoin eilen salasanan hurtan tilausportaaliin, mutta integraatio käyttää vielä vanhaa. Vanha salasana oli ${v('credential.password_in_prose', 'Kuusama#4419')} – missä kohtaa konfiguraatiota se pitäisi päivittää, jos palvelu on asennettu Windows-palveluna?`, 'an old password the text says was replaced: still a password'),

  rec('cisco_de_at', f`Servus, kannst du die Config vom Baustellen-Switch im Portal Süd durchschauen? Der Uplink zum TBM-Container flappt alle paar Minuten, und der Polier ruft schon dauernd an.

${cfg(f`hostname SW-PORTAL-SUED-01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO9)}
username tbmadmin privilege 15 password 7 ${v('credential.network_device_secret', CISCO7)}
!
interface GigabitEthernet1/0/24
 description Uplink TBM-Container (LWL 300m)
 switchport mode trunk
 switchport trunk allowed vlan 10,20,30
 speed 1000
 duplex full
!
interface Vlan20
 ip address ${amb('pii.ip_address', '10.42.20.2')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'StollenRO-2024')} RO
ntp server ${amb('pii.ip_address', '10.42.0.1')}`)}`, 'type-9 secret hash ambiguous; type-7 password and SNMP community labelled'),

  rec('mosquitto_scot', f`Right, the TBM telemetry bridge keeps dropping off the broker at the Craigmill shaft, every twenty minutes or so. It's been doing my heid in all week. Here's the bridge bit of mosquitto.conf, can ye see anything daft?

${cfg(f`connection tbm-to-site
address mqtt.caledon-tunnelling.co.uk:8883
bridge_protocol_version mqttv311
remote_username tbm_bridge
remote_password ${v('credential.password_assignment', 'Haggis-Cutter-88')}
keepalive_interval 60
topic tbm/# out 1 "" caledon/craigmill/
bridge_cafile /etc/mosquitto/certs/site-ca.crt
cleansession false`)}`),

  rec('docker_compose_cl', f`Oye, tengo este docker-compose para monitorear la tuneladora del lote 3. Grafana no se conecta con Influx, me tira "unauthorized". ¿Qué onda?

${cfg(f`services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_ORG: tuneles-andinos
      DOCKER_INFLUXDB_INIT_BUCKET: tbm_lote3
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${v('credential.generic_secret_assignment', INFLUX)}
  grafana:
    image: grafana/grafana:11.3.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'Quebrada.Honda.2024')}
      GF_PROVISIONING_TOKEN: ${v('credential.grafana_service_account_token', GLSA)}
    ports:
      - "3000:3000"`)}`),

  rec('chat_nn', f`Kan du skrive ein kort lapp som vi kan henge opp i kantina på riggområdet ved tverrslaget? Gjestenettet heiter «Rigg-Gjest», og passordet er ${v('credential.password_in_prose', 'Fjellsprengar44')}. Det blir bytt kvar måndag, så skriv at dei må spørje formannen etter det.`),

  rec('chat_tr', f`Merhaba, tünel açma makinesinin HMI paneline uzaktan bağlanamıyorum. Tedarikçi şu bilgileri verdi: kullanıcı adı operator, şifre ${v('credential.password_in_prose', 'Kaya2024!Delgi')}. VPN açıkken bile "bağlantı reddedildi" hatası alıyorum. Neyi kontrol etmeliyim?`),

  rec('chat_ka', f`გამარჯობა, გვირაბის მანქანის მწარმოებლის VPN-ზე ვერ შევდივარ. მომხმარებელი: geo-site2, პაროლი: ${v('credential.password_in_prose', 'Mtkvari#5520')}. კლიენტი წერს „TLS handshake failed". რა შეიძლება იყოს მიზეზი?`),

  rec('env_nz', f`Kia ora, our cycle-tracking app's edge function can't write to the symptoms table in prod — works sweet as locally. Here's the function's .env, is the service role key the wrong one?

${cfg(f`SUPABASE_URL=https://wkqhzrvtnpdmxlcyejsa.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SBP)}
REMINDER_TZ=Pacific/Auckland`)}`),

  rec('code_python_he', f`היי, הבוט שעונה למשתמשות על שאלות לגבי המחזור מחזיר שגיאה 429 כבר מהבוקר. הנה הקוד:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

SYSTEM = "את עוזרת מידע על מחזור ופוריות. לא נותנים אבחנה רפואית."

def answer(question: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    return r.choices[0].message.content`)}

צריך להוסיף retry או שזה משהו בחשבון?`),

  rec('chat_ko', f`안녕하세요, 배란일 알림 푸시가 안드로이드에서만 안 옵니다. 서버에서 아직 레거시 FCM 서버 키를 쓰고 있는데 이것 때문일까요? 키는 ${v('credential.firebase_fcm_server_key', FCM)} 입니다. HTTP v1으로 옮기려면 뭘 바꿔야 하나요?`),

  rec('shell_ja', f`sentry-cliでソースマップをアップロードすると403になります。トークンは昨日作ったばかりです。

${cfg(f`$ export SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SENTRY_USER)}
$ sentry-cli sourcemaps upload --org cyclora --project app-web ./dist
error: API request failed
  caused by: sentry reported an error: You do not have permission to perform this action. (http status: 403)`)}

組織トークンじゃないとダメなんでしょうか？`),

  rec('code_ts_zh', f`帮我看看这段代码，为什么流式输出到一半就卡住了？用户问排卵期的问题时经常这样。

${code(f`import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function streamAnswer(question: string, onText: (t: string) => void) {
  const stream = client.messages.stream({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 800,
    messages: [{ role: 'user', content: question }],
  });
  stream.on('text', onText);
  await stream.finalMessage();
}`)}`),

  rec('json_ar_eg', f`ازيك، عايز أربط بيانات التطبيق بـ BigQuery عشان نطلع تقارير الاشتراكات. ده ملف الـ service account اللي نزلته، بس البايثون بيقول invalid_grant:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "cyclora-analytics",
  "private_key_id": "${fill('b66-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-reporting@cyclora-analytics.iam.gserviceaccount.com')}",
  "client_id": "104827391650283749172",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('dockerfile', f`Build fails at the clone step only in CI, works on my laptop. Dockerfile for the model service:

${cfg(f`FROM python:3.12-slim
WORKDIR /srv
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN git clone https://oauth2:${v('credential.github_fine_grained_pat', GH_FG)}@github.com/cyclora/cycle-models.git /srv/models
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["uvicorn", "api:app", "--host", "${amb('pii.ip_address', '0.0.0.0')}", "--port", "8080"]`)}

Also, is it bad to put the token there? It's a fine-grained one with read access to just that repo.`),

  rec('xml_et', f`Tere! Pärast Koha uuendamist ei saa Zebra indekseerija andmebaasiga ühendust. Siin on koha-conf.xml lõik:

${cfg(f`<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_raamatukogud</database>
 <hostname>localhost</hostname>
 <port>3306</port>
 <user>koha_raamatukogud</user>
 <pass>${v('credential.password_assignment', 'Kadakas!Lugemik7')}</pass>
 <zebra_max_record_size>1024</zebra_max_record_size>
</config>`)}

Kas see võib olla seotud sellega, et MariaDB uuendati ka?`),

  rec('sssd_lt', f`Sveiki, bibliotekų darbuotojų prisijungimas per LDAP nebeveikia po sertifikato atnaujinimo. Štai sssd.conf:

${cfg(f`[domain/biblioteka.lt]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.biblioteka.lt
ldap_search_base = dc=biblioteka,dc=lt
ldap_default_bind_dn = cn=sssd-bind,ou=service,dc=biblioteka,dc=lt
ldap_default_authtok = ${v('credential.password_assignment', 'Gintaras-Skaitykla-31')}
ldap_tls_cacert = /etc/pki/tls/certs/biblioteka-ca.pem`)}

Ar reikia iš naujo sugeneruoti CA failą?`),

  rec('chat_sk', f`Ahoj, potrebujem skript v Pythone, ktorý stiahne bibliografické záznamy z WorldCat Metadata API podľa zoznamu ISBN. Mám od OCLC WSKey ${amb('credential.generic_secret_assignment', OCLC_KEY)} a tajomstvo ${v('credential.generic_secret_assignment', OCLC_SECRET)}. Ako získam access token cez client credentials?`, 'the OCLC WSKey is a client id paired with its secret: ambiguous; the secret labelled'),

  rec('ezproxy_sl', f`Živjo, EZproxy po nadgradnji ne sprejme več lokalnih uporabnikov. Tukaj je user.txt:

${cfg(f`# lokalni skrbniki
knjiznica_admin:${v('credential.user_password_pair', 'Lipa.Bralnica.2024')}:admin
# vsi ostali prek LDAP
::ldap
BindUser cn=ezproxy,ou=sistemi,dc=knjiznice,dc=si
URL ldaps://ldap.knjiznice.si/ou=clani,dc=knjiznice,dc=si?uid
/ldap`)}

Ali je format vrstice s skrbnikom še vedno pravilen?`),

  rec('http_ro', f`Salut, API-ul de împrumuturi (puntea SIP2-REST) răspunde cu 401 la chioșcurile de autoîmprumut din filiala Mănăștur. Am capturat cererea:

${cfg(f`POST /api/v1/checkout HTTP/1.1
Host: sip2rest.biblioteci-cluj.ro
Authorization: Basic ${v('credential.basic_auth_header', b64('chiosc-manastur:Teiul#Verde58'))}
Content-Type: application/json
Content-Length: 74

{"patron":"2301987004511","item":"31290000845127","location":"MANASTUR"}`)}

Parola e cea nouă, am verificat de două ori.`),

  rec('shell_uk', f`Morning! Trying to pull the overdue loans for the consortium board report straight from Alma. This gives me a 400, what am I missing?

${cfg(f`curl -s "https://api-eu.hosted.exlibrisgroup.com/almaws/v1/analytics/reports?path=%2Fshared%2FHume%2FOverdues&limit=1000" \\
  -H "Authorization: apikey ${v('credential.generic_secret_assignment', ALMA)}" \\
  -H "Accept: application/json"`)}`),

  rec('gitlab_ci_hr', f`Bok, pipeline za izgradnju OPAC-a pada na koraku kloniranja predložaka. Ovo je dio .gitlab-ci.yml:

${cfg(f`build_opac:
  stage: build
  image: node:20
  script:
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.knjiznice-zagreb.hr/web/opac-templates.git templates
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]`)}

Greška je "HTTP Basic: Access denied". Token je napravljen prošli tjedan.`),

  rec('shell_sr', f`Здраво, покушавам да направим ноћни бекап базе чланова библиотеке, али скрипта стане и ништа не пише у лог:

${code(f`#!/bin/bash
DAN=$(date +%Y%m%d)
mysqldump -u backup -p'${v('credential.mysql_cli_password', 'Morava!Knjiga19')}' --single-transaction clanovi > /backup/clanovi_$DAN.sql
gzip /backup/clanovi_$DAN.sql
find /backup -name "clanovi_*.sql.gz" -mtime +14 -delete`)}

Да ли је проблем у томе што се покреће из cron-а?`),

  rec('chat_el', f`Καλημέρα, μπορείς να μου γράψεις ένα σύντομο email προς το IT; Το Outlook δεν συγχρονίζει το κοινόχρηστο γραμματοκιβώτιο ${v('pii.email', 'chartering@kapodistrias-maritime.gr')} από χθες. Ο κωδικός πρόσβασης που μου έδωσαν είναι ${v('credential.password_in_prose', 'Aigaio$Fix2024')} αλλά μου ζητάει συνέχεια να τον ξαναβάλω.`),

  rec('code_python_nb', f`Hei, jeg prøver å hente posisjonsdata for flåten fra Azure-funksjonen vår, men får AADSTS7000215 "Invalid client secret provided". Koden:

${code(f`import msal

app = msal.ConfidentialClientApplication(
    client_id="3b8e2f41-7c09-4d6a-b1e5-92f0c4a7d813",
    client_credential="${v('credential.azure_client_secret', AZ_CLIENT)}",
    authority="https://login.microsoftonline.com/halvorsenquist.onmicrosoft.com",
)
token = app.acquire_token_for_client(scopes=["api://fleet-positions/.default"])
print(token.get("error_description"))`)}

Hemmeligheten ble laget i går, så den burde ikke være utløpt.`),

  rec('chat_zh_tw', f`運價提醒機器人從昨天開始就收不到任何訊息了。Bot token 是 ${v('credential.telegram_bot_token', TELEGRAM)}，我要怎麼確認 webhook 有沒有設定好？是不是要先呼叫 deleteWebhook？`),

  rec('chat_yue', f`喂，幫我寫個 WhatsApp 訊息畀新同事 Kelvin，話佢知公司報價平台個帳戶：用戶名 hkdesk，密碼係 ${v('credential.password_in_prose', 'Victoria8Harbour!')}，唔好同其他人講呀，登入之後記得開雙重認證。語氣輕鬆啲。`),

  rec('shell_ru', f`Привет! Не могу забрать секреты из Vault в CI нашей брокерской системы, пишет permission denied. Вот что делаю:

${cfg(f`$ export VAULT_ADDR=https://vault.meridian-chartering.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -mount=secret fixtures/baltic-feed
Error reading secret/data/fixtures/baltic-feed: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Политика вроде правильная. Куда смотреть?`),

  rec('chat_uk', f`Привіт! Хочу розпізнавати скани чартер-паті через приватну модель на Hugging Face. Токен: ${v('credential.huggingface_token', HF)}. Як правильно завантажити модель у Python, щоб токен не потрапив у ноутбук, який ми шеримо з колегами?`),

  rec('chat_kk', f`Сәлеметсіз бе! Бухгалтерияның 1С базасына кіре алмай жатырмын. Логин: buh_almaty, құпия сөз: ${v('credential.password_in_prose', 'Tulpar2024!Ak')}. Қате шығады: «Пайдаланушы аутентификациясы сәтсіз аяқталды». Не істеу керек?`),

  rec('env_uz', f`Salom! Kemalar pozitsiyasini saqlaydigan servis ishga tushmayapti, "password authentication failed" deyapti. Konfiguratsiya:

${cfg(f`AIS_FEED_URL=wss://ais.meridian-chartering.internal/stream
DATABASE_URL=postgresql://ais_reader:${v('credential.database_url_password', 'Samarqand_2024!')}@${amb('pii.ip_address', '10.20.1.15')}:5432/ais
POSITION_RETENTION_DAYS=90`)}

Parolni yaqinda almashtirishgan edi, balki shundandir?`),

  rec('chat_az', f`Salam, bu açarla serverə qoşulmağa çalışıram, amma "invalid format" xətası verir. Açar budur:

${v('credential.openssh_private_key', SSH_KEY)}

Windows-da OpenSSH istifadə edirəm. Problem sətir sonlarındadır?`),

  rec('chat_hy', f`Բարև, նավերի քարտեզի համար Mapbox-ի գաղտնի token ունեմ՝ ${v('credential.mapbox_secret_token', MAPBOX)}։ Ինչպե՞ս այն ավելացնեմ Android հավելվածի gradle.properties-ում, որ offline քարտեզները ներբեռնվեն։`),

  rec('chat_fa', f`سلام، می‌خواهم وقتی کشتی به بندر می‌رسد برای مشتری‌ها پیامک بفرستم. اطلاعات Twilio اینهاست: Account SID ${v('credential.twilio_account_sid', TWILIO_SID)} و Auth Token ${v('credential.twilio_auth_token', TWILIO_TOKEN)}. چرا خطای ۲۰۰۰۳ می‌گیرم؟`),

  rec('code_php_ur', f`السلام علیکم، اخبار کی ویب سائٹ اچانک "Error establishing a database connection" دکھا رہی ہے۔ یہ wp-config.php کا حصہ ہے:

${code(f`<?php
define( 'DB_NAME', 'akhbar_wp' );
define( 'DB_USER', 'akhbar_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Chenab@River92')}' );
define( 'DB_HOST', 'db-news.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'ak_';`)}

ہوسٹنگ والوں نے کل سرور بدلا تھا۔`),

  rec('code_php_hi', f`नमस्ते, सब्सक्रिप्शन रिन्यूअल वाली ईमेल नहीं जा रही है, PHPMailer "SMTP connect() failed" दे रहा है। कोड यह है:

${code(f`$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host       = 'smtp.office365.com';
$mail->SMTPAuth   = true;
$mail->Username   = '${v('pii.email', 'renewals@dainikprabhat.in')}';
$mail->Password   = '${v('credential.password_assignment', 'Prabhat@Renew2024')}';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port       = 587;
$mail->setFrom('${v('pii.email', 'renewals@dainikprabhat.in')}', 'Dainik Prabhat सदस्यता');`)}

क्या Office 365 में SMTP AUTH बंद हो गया है?`),

  rec('npmrc_bn', f`হ্যালো, CI তে আমাদের প্রাইভেট প্যাকেজ ইনস্টল হচ্ছে না, 401 দেখাচ্ছে। .npmrc ফাইলটা এরকম:

${cfg(f`@cyclora:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

লোকালি সব ঠিক চলছে। কী ভুল হতে পারে?`, 'npm token as .npmrc _authToken: two labels on one span'),

  rec('json_ta', f`வணக்கம், எங்கள் private registry-இல் இருந்து image pull ஆகவில்லை, "unauthorized" என்று வருகிறது. ~/.docker/config.json இதோ:

${cfg(f`{
  "auths": {
    "registry.libnet-consortium.org": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

password-ஐ நேற்று மாற்றினோம்.`),

  rec('env_vi', f`Chào bạn, app theo dõi chu kỳ bản tiếng Việt không kết nối được MongoDB Atlas sau khi mình đổi mật khẩu. File .env như sau:

${cfg(f`NODE_ENV=production
MONGO_URI=mongodb+srv://cyclora_vn:${v('credential.database_url_password', 'HoaSen%402024')}@cluster0.x7kq2.mongodb.net/cycles?retryWrites=true&w=majority
PORT=8080`)}

Mật khẩu có ký tự @ nên mình đã encode thành %40, vậy mà vẫn lỗi "bad auth".`),

  rec('curl_th', f`สวัสดีครับ ตู้ยืมคืนหนังสืออัตโนมัติที่สาขาอยุธยาเรียก API ไม่ได้ ได้ 401 ตลอด ผมลองยิงเองด้วย curl แบบนี้:

${cfg(f`curl -X GET "https://api.libnet-consortium.org/v2/patrons/2001873/loans" \\
  -H "Authorization: Bearer ${v('credential.jwt', PATRON_JWT)}"`)}

token หมดอายุหรือเปล่าครับ`),

  rec('chat_id', f`Halo, saya mau bikin droplet otomatis buat server staging aplikasi kesuburan kita pakai Terraform. Token DigitalOcean-nya ${v('credential.digitalocean_token', DO_TOKEN)}. Tolong buatkan main.tf yang bikin 1 droplet di region sgp1 plus firewall yang cuma buka port 443 ya.`),

  rec('chat_ms', f`Hai, saya nak kemas kini rekod DNS portal pelanggan secara automatik bila IP pelayan bertukar. Token API Cloudflare: ${v('credential.cloudflare_api_token', CF_TOKEN)} (kebenaran Zone.DNS edit sahaja). Boleh tolong tulis skrip bash yang guna curl?`),

  rec('chat_tl', f`Pakisulat naman ng maikling email para sa bagong staff ng subscriptions: ang password ng shared inbox ay ${v('credential.password_in_prose', 'Sampaguita#2025')} at kailangan nilang palitan pagkatapos ng unang login. Pakidagdag din na bawal itong i-forward.`),

  rec('chat_sw', f`Habari, ninaunganisha malipo ya usajili wa programu yetu na M-Pesa Daraja API. consumer_key = ${amb('credential.generic_secret_assignment', DARAJA_KEY)} na consumer_secret = ${v('credential.generic_secret_assignment', DARAJA_SECRET)}. Napata "Invalid Access Token" kwenye STK push. Nifanye nini?`, 'Daraja consumer key (client id) ambiguous, consumer secret labelled'),

  rec('chat_km', f`សួស្តី ខ្ញុំត្រូវភ្ជាប់ទៅ SFTP របស់ភ្នាក់ងារកប៉ាល់ ប៉ុន្តែ key នេះមិនដំណើរការទេ៖

${v('credential.private_key', RSA_KEY)}

វាបង្ហាញ "Load key: invalid format"។ តើខ្ញុំត្រូវបំប្លែងវាទៅជា OpenSSH format ទេ?`),

  rec('helm_values', f`Datadog agent on the library consortium's k3s cluster doesn't report anything. values.yaml:

${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DATADOG_API)}
  appKey: ${v('credential.datadog_app_key', DATADOG_APP)}
  site: datadoghq.eu
  clusterName: libnet-k3s
  logs:
    enabled: true
    containerCollectAll: false`)}

The pods are Running but the host map is empty.`),

  rec('chat_ng', f`Good morning sir, abeg help me check this PHP login for the newspaper's reader portal. Somebody says the hash in the users table is weak: ${ambCat('credential', BCRYPT)}. Is bcrypt with cost 10 still fine or should we move to argon2?`, 'bcrypt hash: ambiguous, no rule claims it'),
];

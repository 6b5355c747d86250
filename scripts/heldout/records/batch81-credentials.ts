/**
 * Held-out batch 81: credentials pasted by an organ-transplant coordination centre, a container
 * leasing company, coding bootcamps, a municipal water-and-sewer billing office, a drone-survey
 * contractor and a hotel chain's revenue and loyalty team. Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TWILIO_SID = tok('AC', fill('b81-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b81-twtok', HEX, 32);
const SLACK_BOT = tok('xoxb-', '5820417396', '-', '7719304826651', '-', fill('b81-xoxb', B62, 24));
const TEAMS_HOOK = tok('https://vestkyst-transplant.webhook.office.com/webhookb2/', '7c21e9a4-0b53-4f86-9d2e-51a8c3f7e609@2e94b1d7-6c08-4a35-8f72-d0c5e8a19b34/IncomingWebhook/', fill('b81-teams1', HEX, 32), '/', 'a3f08c52-91d7-4e6b-b284-7f1e0d96c5a2/', 'V2', fill('b81-teams2', B64URL, 43));
const AS2_BASIC = b64('as2_piraeus:Lim4ni!Kontainer-77');
const BUREAU_BEARER = fill('b81-bureau', B62 + '-._', 72);
const AKIA = tok('AKIA', fill('b81-akia', B32, 16));
const AKIA_SECRET = fill('b81-akias', B64, 40);
const AZ_STORAGE = `${fill('b81-azst', B64, 86)}==`;
const SAS_SIG = `${fill('b81-sas1', B62, 17)}%2B${fill('b81-sas2', B62, 11)}%2F${fill('b81-sas3', B62, 12)}%3D`;
const MOODLE = fill('b81-moodle', HEX.toLowerCase(), 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b81-stripe', B62, 97));
const WHSEC = tok('whsec_', fill('b81-whsec', B62, 32));
const GHP = gh('ghp', 'Tq8Vz2Kc5Nw1Xm7Rb4Ld9Hs3Jf6Gp0');
const GH_FG = tok('github_pat_', '11BKQ7ZUA0', fill('b81-ghfg1', B62, 12), '_', fill('b81-ghfg2', B62, 59));
const OPENAI = tok('sk-proj-', fill('b81-oai1', B64URL, 74), 'T3BlbkFJ', fill('b81-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b81-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b81-hf', UPPER + LOWER, 34));
const SENDGRID = tok('SG.', fill('b81-sg1', B64URL, 22), '.', fill('b81-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b81-mg', HEX.toLowerCase(), 32));
const BRAINTREE = tok('access_token$', 'production$', fill('b81-bt1', LOWER + DIGITS, 16), '$', fill('b81-bt2', HEX.toLowerCase(), 32));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'dala-aerial', a: fill('b81-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b81-mbx', B64URL, 22));
const DROPBOX = tok('sl.', 'B', fill('b81-dbx', B64URL, 138));
const GOOGLE_KEY = tok('AIza', fill('b81-gkey', B64URL, 35));
const SA_PEM = pem('PRIVATE KEY', 'b81-sa', 1218, '\\n');
const CF_TOKEN = fill('b81-cf', B64URL, 40);
const DD_API = fill('b81-ddapi', HEX.toLowerCase(), 32);
const DD_APP = fill('b81-ddapp', HEX.toLowerCase(), 40);
const PMS_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'pms-2024-11' }, { sub: 'rm-engine', hotel_group: 'NAKHLA', scope: 'rates:write inventory:read', iat: 1732611840, exp: 1764147840 }, 'b81-pmsjwt');
const FCM = tok('AAAA', fill('b81-fcm1', B64URL, 7), ':APA91b', fill('b81-fcm2', B64URL, 134));
const OKTA = tok('00', fill('b81-okta', B64URL, 40));
const NPM = gh('npm', 'Lp4Rx8Qe1Wd6Ty3Zu9Mk2Cv7Bn5Hs0');
const SENTRY_KEY = fill('b81-sentry', HEX.toLowerCase(), 32);
const VAULT = tok('hvs.', 'CAESI', fill('b81-vault', B64URL, 86));
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b81-ossh', 390, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b81-rsa', 1190);
const DOCKER_AUTH = b64('drone-ci:Felmer3s-Dr0n-Buda');
const GLPAT = tok('glpat-', fill('b81-glpat', B62 + '-_', 20));
const TELEGRAM = tok('7395018264', ':AA', fill('b81-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1294837261058493712', '/', fill('b81-dhook', B64URL, 68));
const AIRTABLE = tok('pat', fill('b81-at1', B62, 14), '.', fill('b81-at2', HEX.toLowerCase(), 64));
const NOTION = tok('ntn_', fill('b81-ntn1', DIGITS, 11), fill('b81-ntn2', B62, 35));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b81-atl', B64URL, 171), '=', fill('b81-atl2', HEX.toUpperCase(), 8));
const TFC = tok(fill('b81-tfc1', B62, 14), '.atlasv1.', fill('b81-tfc2', B62, 67));
const VERCEL = fill('b81-vercel', B62, 24);
const AZ_CLIENT_SECRET = tok(fill('b81-azcs1', B62, 3), '8Q~', fill('b81-azcs2', B62 + '_.-', 34));
const DO_TOKEN = tok('dop_v1_', fill('b81-do', HEX.toLowerCase(), 64));
const POSTMAN = tok('PMAK-', fill('b81-pm1', HEX.toLowerCase(), 24), '-', fill('b81-pm2', HEX.toLowerCase(), 34));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b81-pypi', B64URL, 150));
const LINEAR = tok('lin_api_', fill('b81-linear', B62, 40));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kzqlmwnrtbyhdpevxoas', role: 'service_role', iat: 1729005611, exp: 2044581611 }, 'b81-supa');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b81-age', BECH32, 58));
const ADO_PAT = fill('b81-ado', B32LOWER, 52);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04QW8K2LMN', '/', 'B07ZR5H1TCE', '/', fill('b81-shook', B62, 24));
const GROQ = tok('gsk_', fill('b81-groq', B62, 52));
const SQUARE = tok('EAAA', fill('b81-square', B64URL, 60));
const TWILIO_SK = tok('SK', fill('b81-twsk', HEX.toLowerCase(), 32));
const SHOPIFY = tok('shpat_', fill('b81-shpat', HEX.toLowerCase(), 32));
const NEWRELIC = tok('NRAK-', fill('b81-nrak', UPPER + DIGITS, 27));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH81_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Can you tidy this .env for the organ-offer FHIR bridge and tell me which variables the service never reads? Staging only, but still.

${cfg(f`# offer-bridge/.env.staging
FHIR_BASE_URL=https://fhir-stg.northgate-tcc.org.uk/R4
DATABASE_URL=postgresql://offer_svc:${v('credential.database_url_password', 'Wq7!torso-Lambeth22')}@pg-offer-02.tcc.local:5432/offers
REDIS_URL=redis://cache-01.tcc.local:6379/3
OFFER_TIMEOUT_MIN=45
ALLOCATION_RULESET=2024.3
LOG_LEVEL=debug`)}`),

  rec('ini_de_at', f`Servus, unser HLA-Export (Luminex-Auswertung → LIMS) bricht seit dem Update auf 3.2 ab mit "Login failed for user". Das ist die Config aus C:\\ProgramData\\HlaBridge\\bridge.ini:

${cfg(f`[database]
server=SQLHLA01\\LABOR
database=HLA_TYPING
user=hla_import
password=${v('credential.password_assignment', 'Schwarzenberg#Typ44')}

[export]
path=\\\\fs02\\hla\\out
format=HML 1.0.1
delete_after_import=false`)}

Muss ich das Passwort irgendwo escapen wegen dem # ?`),

  rec('code_python_nl', f`Ons piketrooster stuurt sms'jes naar de dienstdoende transplantatiecoördinator, maar sinds gisteren krijg ik een 20003. Zie jij wat er mis is?

\`\`\`python
${code(f`from twilio.rest import Client
import csv, datetime

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"

def dienstdoende(vandaag: datetime.date) -> dict:
    with open("piket_2025.csv", newline="") as fh:
        for rij in csv.DictReader(fh, delimiter=";"):
            if rij["datum"] == vandaag.isoformat():
                return rij
    raise LookupError("geen piket gevonden")

client = Client(ACCOUNT_SID, AUTH_TOKEN)
p = dienstdoende(datetime.date.today())
client.messages.create(to=p["mobiel"], from_="TXCOORD", body="Nieuw orgaanaanbod: zie OfferPortal")`)}
\`\`\``),

  rec('chat_nb', f`Hei! Boten som poster nye organtilbud i #tilbud-vakt har sluttet å svare etter at vi flyttet workspace. Tokenet i config er ${v('credential.slack_bot_token', SLACK_BOT)} — må jeg installere appen på nytt, eller holder det å legge til chat:write-scope?`),

  rec('powershell_da', f`Kan du gøre det her script pænere? Det sender vagtoverdragelsen til Teams hver morgen kl. 07:30.

${cfg(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$vagt = Import-Csv "\\\\tcc-fs01\\vagtplan\\uge48.csv" -Delimiter ';' | Where-Object { $_.Dato -eq (Get-Date -Format 'dd-MM-yyyy') }
$tekst = "Vagthavende koordinator i dag: $($vagt.Navn) (lokal $($vagt.Lokal))"
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json; charset=utf-8' -Body (@{ text = $tekst } | ConvertTo-Json)`)}`),

  rec('shell_tr', f`İzmir deposundaki CODECO dosyalarını gece 02:00'de bu komutla gönderiyoruz ama son üç gecedir "Login incorrect" alıyoruz. Şifre değişmiş olabilir mi, yoksa komutta mı sorun var?

${cfg(f`lftp -u edi_izmir,'${v('credential.cli_password', 'Konteyner!2024Alsancak')}' sftp://edi.meridyen-leasing.com.tr:2222 -e "mput /data/edi/out/CODECO_*.edi; bye"`)}`),

  rec('http_el', f`Ο συνεργάτης στον Πειραιά λέει ότι τα μηνύματα AS2 φτάνουν αλλά απορρίπτονται με 401. Αυτό στέλνουμε:

${cfg(f`POST /as2/inbound HTTP/1.1
Host: as2.piraeus-depot.gr
AS2-From: MERIDLEASE
AS2-To: PIRDEPOT01
Message-Id: <20241126-0412-7781@meridyen-leasing>
Content-Type: application/pkcs7-mime; smime-type=enveloped-data
Authorization: Basic ${v('credential.basic_auth_header', AS2_BASIC)}
Disposition-Notification-To: ${v('pii.email', 'as2-mdn@meridyen-leasing.com')}`)}

Μήπως φταίει ότι το συνθηματικό έχει θαυμαστικό;`),

  rec('curl_mt', f`Nista' tgħinni nifhem għaliex il-bureau tal-kreditu qed jirritorna 403? Din hi l-kmand li nuża għall-lessee ġdid:

${cfg(f`curl -s https://api.medcredit-bureau.com.mt/v2/company-report \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BUREAU_BEARER)}" \\
  -H "Content-Type: application/json" \\
  -d '{"registration_no":"C 88412","purpose":"lease_application","product":"full"}'`)}

The token was issued last Friday for the sandbox and production both, I think.`),

  rec('aws_he', f`אני מנסה להריץ את סקריפט הגיבוי של תביעות הנזק ל-S3 מהמחשב שלי ומקבל SignatureDoesNotMatch. זה מה שיש לי ב-~/.aws/credentials:

${cfg(f`[claims-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-1`)}

האם השעון במחשב יכול להיות הבעיה?`),

  rec('json_ro', f`Salut, aplicația de daune pentru containere nu mai urcă pozele în Blob Storage după ce am mutat-o pe App Service. appsettings.Production.json:

${cfg(f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=daunecontainere;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "poze-daune"
  },
  "Claims": { "MaxPhotoMb": 12 }
}`)}

Eroarea e "AuthorizationPermissionMismatch". Ce rol trebuie să îi dau?`),

  rec('chat_hr', f`Klijent se žali da ne može otvoriti fotografije oštećenja kontejnera MRDU 442187-3. Poslali smo mu ovaj link:
https://mrdclaims.blob.core.windows.net/ostecenja/2024-11/MRDU4421873_vrata.jpg?sv=2023-01-03&st=2024-11-25T07%3A00%3A00Z&se=2024-11-26T07%3A00%3A00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS_SIG)}
Je li istekao? Kako da napravim link koji vrijedi 14 dana?`),

  rec('env_pl', f`Synchronizacja ocen z Moodle do naszego CRM-u bootcampu wywala "invalidtoken". Plik konfiguracyjny:

${cfg(f`MOODLE_URL=https://lms.kodokamp.pl
MOODLE_WSTOKEN=${v('credential.generic_secret_assignment', MOODLE)}
MOODLE_SERVICE=crm_sync
CRM_BATCH_SIZE=200`)}

Czy token web service wygasa po zmianie hasła admina?`),

  rec('code_js_es_pe', f`Hola, estoy armando el cobro en cuotas para el bootcamp de Lima y Stripe me devuelve "No such price". ¿Qué estoy haciendo mal?

\`\`\`js
${code(f`const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

async function crearSuscripcion(alumnoId, email) {
  const cliente = await stripe.customers.create({ email, metadata: { alumnoId } });
  return stripe.subscriptions.create({
    customer: cliente.id,
    items: [{ price: 'price_cuotas_6m_pen' }],
    cancel_at: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 183,
  });
}`)}
\`\`\``),

  rec('env_pt_br', f`Os webhooks do Stripe do bootcamp de São Paulo estão falhando com "No signatures found matching the expected signature". O .env do servidor:

${cfg(f`NODE_ENV=production
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
MATRICULA_API=https://api.codaturma.com.br
FILA_EMAILS=matriculas-confirmadas`)}

Eu uso express.json() antes da rota do webhook, isso atrapalha?`),

  rec('bash_ko', f`부트캠프 과제 저장소를 학생별로 자동 생성하는 스크립트인데, 50명 넘어가면 403이 나요. 레이트 리밋 때문인가요?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
GITHUB_TOKEN="${v('credential.github_pat', GHP)}"
ORG="codebridge-seoul-2025"

while IFS=, read -r handle name; do
  curl -s -X POST -H "Authorization: token $GITHUB_TOKEN" \\
    "https://api.github.com/repos/$ORG/template-week1/generate" \\
    -d "{\\"owner\\":\\"$ORG\\",\\"name\\":\\"week1-$handle\\",\\"private\\":true}"
  sleep 1
done < students.csv`)}
\`\`\``),

  rec('chat_vi', f`Mình tạo fine-grained token này cho bot chấm bài tự động của lớp Fullstack K12: ${v('credential.github_fine_grained_pat', GH_FG)}
Bot đọc được repo nhưng không comment được vào pull request. Cần bật quyền nào vậy?`),

  rec('code_python_hi', f`हमारे बूटकैंप का grading assistant हर submission पर feedback लिखता है। Rate limit error आ रहा है, retry logic जोड़ दो:

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def feedback(code_text: str, rubric: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are a strict but kind code reviewer. Rubric:\\n" + rubric},
            {"role": "user", "content": code_text},
        ],
    )
    return r.choices[0].message.content`)}
\`\`\``),

  rec('code_ts_ja', f`ホテルの口コミ要約ツールです。レスポンスが途中で切れることがあるのですが、max_tokens の問題でしょうか？

\`\`\`ts
${code(f`import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function summarizeReviews(hotelCode: string, reviews: string[]): Promise<string> {
  const msg = await client.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    messages: [{ role: 'user', content: \`ホテル \${hotelCode} の口コミを3行で要約:\\n\${reviews.join('\\n---\\n')}\` }],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}`)}
\`\`\``),

  rec('shell_th', f`ตอนรัน notebook ของคอร์ส data science บนเครื่องในห้องแล็บ มันถามล็อกอินทุกครั้ง ผมเลยใส่แบบนี้ไว้ในสคริปต์เปิดเครื่อง:

${cfg(f`huggingface-cli login --token ${v('credential.huggingface_token', HF)} --add-to-git-credential
python -m ipykernel install --user --name bootcamp-ds`)}

แบบนี้ปลอดภัยไหมครับ ถ้าเครื่องใช้ร่วมกันทั้งห้อง`),

  rec('code_python_sw', f`Habari, barua pepe za kuthibitisha usajili wa wanafunzi wa bootcamp ya Nairobi hazifiki. Hii ni sehemu ya settings.py:

\`\`\`python
${code(f`EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "${v('credential.sendgrid_api_key', SENDGRID)}"
DEFAULT_FROM_EMAIL = "Usajili <${v('pii.email', 'no-reply@codepwani.co.ke')}>"`)}
\`\`\`
Je, ni lazima sender authentication iwe imekamilika kwanza?`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, mo fẹ́ yí Mailgun padà sí domain tuntun fún ìwé ìfitónilétí owó ilé-ẹ̀kọ́. API key tí a ń lò báyìí ni ${v('credential.mailgun_api_key', MAILGUN)} — ṣé mo ní láti ṣe key tuntun fún domain tuntun, àbí èyí á ṣiṣẹ́?`),

  rec('json_cs', f`Ahoj, fakturační služba vodného a stočného po přechodu na novou Oracle instanci nenaběhne. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Fakturace": "Data Source=ora-vak-prod.mestobrno.local:1521/VAKFAK;User Id=vak_fakturace;Password=${v('credential.connection_string_password', 'Stocne2025*Svratka')};Pooling=true;Min Pool Size=2"
  },
  "Odecty": { "Davka": 500, "Tarif": "2025-01" }
}`)}

Chyba: ORA-12514 TNS:listener does not currently know of service requested.`),

  rec('email_sl', f`Prosim, popravi slovnico v tem sporočilu, preden ga pošljem terenskim odčitovalcem:

"Pozdravljeni, od ponedeljka se v aplikacijo za odčitavanje vodomerov prijavljate z novim uporabniškim imenom odcitek.teren, geslo pa je ${v('credential.password_in_prose', 'Vodomer-Ljubljanica7')}. Geslo ne delite z nikomer in ga po prvi prijavi zamenjajte. Lep pozdrav, Služba za obračun"`),

  rec('shell_lt', f`Kolega paliko šitą komandą mėnesio sąskaitų eksportui, bet ji nuo šio mėnesio grąžina klaidą 1045. Kas negerai?

${cfg(f`mysql -h ${amb('pii.ip_address', '10.20.4.11')} -u skaitikliai -p${v('credential.mysql_cli_password', 'Vanduo#Kaunas77')} vandentiekis -e "SELECT * FROM saskaitos WHERE laikotarpis='2024-11'" > saskaitos_2024_11.tsv`)}`),

  rec('yaml_fi', f`Vesilaskujen korttimaksut menevät Braintreen kautta. Testasin uutta konfiguraatiota ja kaikki maksut hylätään "Authentication Error" -virheellä:

${cfg(f`payments:
  provider: braintree
  environment: production
  merchant_id: vesilaitos_tre
  access_token: "${v('credential.braintree_access_token', BRAINTREE)}"
  currency: EUR
  statement_descriptor: "TAMPEREEN VESI*LASKU"`)}

Onko production-ympäristössä pakko käyttää public/private key -paria?`),

  rec('cisco_bs', f`Treba mi pomoć s konfiguracijom rutera na crpnoj stanici (SCADA mreža vodovoda). Nakon restarta ne mogu se spojiti preko SSH-a:

${cfg(f`hostname CS-BISTRIK-01
!
enable secret 9 ${amb('credential.network_device_secret', '$9$Qm4vKp8RzT1wXe$Jr7yFb2nLh9GsC5dA0uViWoZkP3tMq6xEjN8cYRbHsU')}
username nadzor privilege 15 password 0 ${v('credential.network_device_secret', 'Crpna!Stanica5')}
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '172.18.40.1')} 255.255.255.0
!
line vty 0 4
 transport input ssh
 login local`)}

Da li je problem što je korisnik sa "password 0" a ne "secret"?`),

  rec('code_js_kk', f`Дрон түсірілімдерінің картасын клиентке көрсететін беттегі Mapbox кілті туралы сұрақ: мына кодта кілт дұрыс қолданылған ба? Браузерде 401 шығады.

\`\`\`js
${code(f`import mapboxgl from 'mapbox-gl';

// TODO: move to backend tile proxy
mapboxgl.accessToken = '${v('credential.mapbox_secret_token', MAPBOX)}';

const map = new mapboxgl.Map({
  container: 'ortho',
  style: 'mapbox://styles/dala-aerial/clx9orthomosaic',
  center: [76.9126, 43.2389],
  zoom: 15.4,
});
map.on('load', () => map.addLayer({ id: 'flight-lines', type: 'line', source: 'lines', paint: { 'line-color': '#ff6a00' } }));`)}
\`\`\``),

  rec('code_python_mn', f`Захиалагчийн data room руу ортофото файлуудыг автоматаар хуулдаг скрипт маань 4 цагийн дараа "expired_access_token" өгдөг. Яаж refresh хийх вэ?

\`\`\`python
${code(f`import dropbox, pathlib

DBX = dropbox.Dropbox("${v('credential.dropbox_access_token', DROPBOX)}")

def upload_orthos(project: str, folder: pathlib.Path) -> None:
    for tif in sorted(folder.glob("*.tif")):
        with tif.open("rb") as fh:
            DBX.files_upload(fh.read(), f"/Clients/{project}/ortho/{tif.name}", mode=dropbox.files.WriteMode.overwrite)
        print("ok", tif.name)`)}
\`\`\``),

  rec('shell_uk', f`Після оновлення GeoServer до 2.26 REST-запит на перезавантаження шарів повертає 401, хоча в браузері вхід працює:

${cfg(f`curl -u admin:${v('credential.cli_password', 'GeoSrv!Dnipro2024')} -X POST \\
  "https://gis.aerozvit.com.ua/geoserver/rest/reload"`)}

Може, там тепер окремий користувач для REST?`),

  rec('conf_ru', f`Коллеги из ГИС-отдела просят подключить QGIS к PostGIS через pg_service. Вот файл, который я им отправлю — всё правильно?

${cfg(f`[aerosurvey_prod]
host=postgis.aerosurvey.local
port=5432
dbname=survey
user=gis_reader
password=${v('credential.password_assignment', 'Ortofoto_2024!Kazan')}
sslmode=require`)}`),

  rec('html_ky', f`Биздин дрон менен тартылган аянттардын картасы кардардын сайтында ачылбай калды, "This page can't load Google Maps correctly" деп жатат:

\`\`\`html
${code(f`<div id="map" style="height:480px"></div>
<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('map'), { center: { lat: 42.8746, lng: 74.5698 }, zoom: 14, mapTypeId: 'satellite' });
    fetch('/api/survey/2024-117/boundary.geojson').then((r) => r.json()).then((g) => map.data.addGeoJson(g));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&callback=initMap"></script>`)}
\`\`\`
Биллинг өчүп калышы мүмкүнбү?`),

  rec('json_sa', f`Our photogrammetry pipeline on the render box can't write to the imagery bucket anymore ("403 does not have storage.objects.create access"). Here's the key file it uses, is the role wrong or the key revoked?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "skyline-survey-prod",
  "private_key_id": "${fill('b81-sakid', HEX.toLowerCase(), 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'photogrammetry-writer@skyline-survey-prod.iam.gserviceaccount.com')}",
  "client_id": "104837261950384712265",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'photogrammetry-writer%40skyline-survey-prod.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('yaml_fr_be', f`Le déploiement de la data room client (site statique sur Cloudflare Pages) échoue à l'étape wrangler. Voici le workflow :

${cfg(f`name: dataroom-deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      CLOUDFLARE_API_TOKEN: ${v('credential.cloudflare_api_token', CF_TOKEN)}
      CLOUDFLARE_ACCOUNT_ID: 9c4e1a7f2b8d3e60a5f1c7d9b2e4a806
    steps:
      - uses: actions/checkout@v4
      - run: npx wrangler pages deploy ./public --project-name=dataroom-liege`)}

Le message est "Authentication error [code: 10000]". Je dois mettre le token dans les secrets, c'est ça ?`),

  rec('properties_it', f`Il job notturno di revenue management non riesce più a leggere le prenotazioni dal data warehouse. Questo è il file di configurazione:

${cfg(f`# rm-forecast/application.properties
spring.datasource.url=jdbc:postgresql://dwh-rm.alberghi-aurora.it:5432/revenue?user=rm_forecast&password=${v('credential.url_password', 'Tariffa-Dinamica#88')}&ssl=true
spring.jpa.hibernate.ddl-auto=none
forecast.horizon.days=365
forecast.hotels=MIL01,ROM03,VEN02,FLR01`)}

L'errore è "FATAL: password authentication failed". Potrebbe essere il carattere # nella URL?`),

  rec('yaml_sv', f`Agenten på lojalitetsplattformens servrar skickar inga metrics till Datadog sedan i fredags. /etc/datadog-agent/datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: loyalty-api-03
tags:
  - env:prod
  - team:revenue-loyalty
logs_enabled: true`)}

Och i vår deploy-pipeline har vi DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)} för att skapa monitors. Behöver agenten den också?`),

  rec('chat_ar_eg', f`لو سمحت عايز أكتب إيميل لمدير الفندق إن الـ channel manager مش بيحدّث الأسعار على Booking من امبارح. بيانات الدخول اللي عندي:
اليوزر: rm.hurghada
الباسورد: ${v('credential.user_password_pair', 'Ghardaqa@Rates2024')}
اكتبلي الإيميل بالعربي ومتحطش الباسورد فيه.`),

  rec('http_ar_sa', f`عندنا مشكلة في ربط محرك التسعير مع نظام إدارة الفندق (PMS)، الطلب يرجع 401 invalid_token:

${cfg(f`PUT /api/v3/properties/RUH02/rates HTTP/1.1
Host: pms.nakhla-hotels.sa
Authorization: Bearer ${v('credential.jwt', PMS_JWT)}
Content-Type: application/json

{"room_type":"DLX-K","date":"2025-02-14","bar":1450.00,"currency":"SAR"}`)}

هل التوكن منتهي؟`),

  rec('code_kotlin_ms', f`Notifikasi push untuk ahli loyalti hotel tak sampai ke peranti Android sejak minggu lepas. Ini kod backend yang hantar:

\`\`\`kotlin
${code(f`object PushSender {
    private const val FCM_SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"
    private val http = OkHttpClient()

    fun sendPointsUpdate(deviceToken: String, points: Int) {
        val body = """{"to":"$deviceToken","notification":{"title":"Mata ganjaran dikemas kini","body":"Baki anda: $points mata"}}"""
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$FCM_SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().use { println(it.code) }
    }
}`)}
\`\`\``),

  rec('curl_jv', f`Mas, aku arep ngapus akun Okta staf hotel sing wis resign, nanging API-ne mbalekake E0000006. Iki perintahe:

${cfg(f`curl -X DELETE "https://loyalti-nusantara.okta.com/api/v1/users/00u8k2r9vQxW3mZp1d7?sendEmail=false" \\
  -H "Accept: application/json" \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}"`)}

Apa token iki kurang hak admin?`),

  rec('npmrc_yue', f`我哋 loyalty app 嘅 CI 裝唔到私有 package，local 就得，.npmrc 係咁：

${cfg(f`@harbourstay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

係咪 CI 用緊另一個 HOME 目錄所以讀唔到？`),

  rec('code_js_zh', f`会员积分小程序的错误上报一直没出现在 Sentry 里，帮我看看初始化有没有问题：

\`\`\`js
${code(f`import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218.ingest.de.sentry.io/4507218834`)}',
  environment: 'prod',
  release: 'loyalty-h5@3.8.1',
  tracesSampleRate: 0.2,
  beforeSend(event) {
    if (event.user) delete event.user.ip_address;
    return event;
  },
});`)}
\`\`\``),

  rec('shell_fa', f`سلام، وقتی در سرور نقشه‌برداری این دستورها رو می‌زنم، خطای permission denied می‌گیرم. مسیر secret درسته؟

${cfg(f`$ export VAULT_ADDR=https://vault.pahpad-survey.ir:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/gis/postgis-prod
Error reading secret/data/gis/postgis-prod: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}`),

  rec('key_ps', f`د الوتکې د ځمکني سټیشن لپاره دا SSH کیلي لرو، خو د نوي لپټاپ څخه نه نښلي. ایا دا کیلي سمه ده که خرابه شوې؟

${v('credential.openssh_private_key', OPENSSH)}

تېروتنه: "Load key: invalid format"`),

  rec('pem_nl_be', f`Voor de AS2-verbinding met de depot in Antwerpen moeten we een nieuwe signing key gebruiken. Kun je zeggen of dit PKCS#1 of PKCS#8 is en hoe ik hem omzet naar .p12?

${v('credential.private_key', RSA_PEM)}

Het certificaat zelf heb ik apart.`),

  rec('json_hu', f`A drónfelmérés feldolgozó konténereit a saját registry-nkből húzzuk, de a GitLab runner "unauthorized: authentication required" hibát dob. A ~/.docker/config.json a runneren:

${cfg(f`{
  "auths": {
    "registry.legifoto.hu": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Jó helyen van a fájl, ha a runner docker-in-docker módban fut?`),

  rec('git_ku', f`Silav, ez dixwazim koda projeya nexşeyên dronê bikişînim lê git her car şîfreyê dixwaze. Remote URL ev e:

${cfg(f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.zagros-survey.net/gis/flight-planner.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.zagros-survey.net/gis/flight-planner.git (push)`)}

Gelo token qediyaye?`),

  rec('code_python_ru', f`Бот должен присылать в чат пилотов предупреждение, если ветер на площадке выше 10 м/с. Сообщения не приходят — подскажи, почему?

\`\`\`python
${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002284719305

def alert_wind(site: str, speed: float) -> None:
    if speed <= 10:
        return
    text = f"⚠️ {site}: ветер {speed:.1f} м/с, полёты приостановить"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage", json={"chat_id": CHAT_ID, "text": text}, timeout=5)`)}
\`\`\``),

  rec('chat_gn', f`Mba'éichapa, che aipota amondo mensaje Discord-pe oñemohu'ãvo peteĩ módulo bootcamp-pe. Ko webhook areko: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — ¿cómo hago para que mencione al rol @mentores sin que se rompa el JSON?`),

  rec('env_ne', f`अन-कल रोटा Airtable बाट पढ्ने सानो स्क्रिप्ट छ। "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND" आउँछ। .env यस्तो छ:

${cfg(f`AIRTABLE_TOKEN=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appR7kQ2mX9vT4wLp
AIRTABLE_TABLE=OnCallRota
TZ=Asia/Kathmandu`)}

token मा कुन scope थप्नुपर्छ?`),

  rec('chat_mr', f`आमच्या बूटकॅम्पचा अभ्यासक्रम Notion मध्ये आहे. मी integration token ${v('credential.notion_token', NOTION)} वापरून पेजेस export करायचा प्रयत्न करतोय, पण "object_not_found" येतंय. पेज integration सोबत share करावं लागतं का?`),

  rec('curl_or', f`ଆମ ଜଳ ବିଲିଂ ଅଫିସର Jira ରୁ ଟିକେଟ୍ ଆଣିବା ପାଇଁ ଏହି command ଚଳାଉଛି, କିନ୍ତୁ 401 ଆସୁଛି:

${cfg(f`curl -u ${v('pii.email', 'sibani.mohapatra@cuttackjal.in')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Accept: application/json" \\
  "https://cuttackjal.atlassian.net/rest/api/3/search?jql=project=BILL%20AND%20status=Open"`)}

Email ଠିକ୍ ଅଛି, token କଣ ପୁରୁଣା ହୋଇଗଲା?`),

  rec('json_si', f`ඩ්‍රෝන් සමීක්ෂණ යටිතල පහසුකම් සඳහා Terraform Cloud භාවිතා කරනවා. අලුත් ලැප්ටොප් එකේ terraform plan කරද්දී "unauthorized" කියනවා. මේක තමයි credentials file එක:

${cfg(f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}`),

  rec('chat_my', f`ဟိုတယ် loyalty landing page ကို Vercel ပေါ် deploy လုပ်ဖို့ CI ထဲ VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)} ထည့်ထားပါတယ်။ "Error: The specified token is not valid" ပြနေတယ်။ team scope ထည့်ဖို့ လိုသလား?`),

  rec('json_km', f`កម្មវិធីបង់ប្រាក់វគ្គសិក្សា bootcamp របស់យើងមិនអាចចូល Azure AD បានទេ ("AADSTS7000215: Invalid client secret"). នេះជា config:

${cfg(f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "6f2d8a41-93c7-4e05-b1a8-27d4c9e05f13",
  "ClientId": "b7e1c5d0-4a29-48f3-9e62-0c18d7a3f5b4",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}",
  "CallbackPath": "/signin-oidc"
}`)}`),

  rec('shell_om', f`Server GIS haaraa DigitalOcean irratti uumuuf doctl fayyadameen yaaleera, garuu "Unable to authenticate you" jedha:

${cfg(f`doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}
doctl compute droplet create gis-tiles-02 --region fra1 --size s-4vcpu-8gb --image ubuntu-24-04-x64`)}

Token kun dubbisaa qofa (read) ta'uu danda'aa?`),

  rec('chat_ha', f`Don Allah, ina son in raba collection ɗin Postman na API ɗin biyan kuɗin ruwa da sabon ma'aikaci. Na yi amfani da wannan key: ${v('credential.postman_api_key', POSTMAN)} amma yana cewa "AuthenticationError". Shin dole ne ya zama key na admin?`),

  rec('pypirc_zu', f`Sizama ukushicilela iphakheji yethu yokuhlaziya amanzi ku-PyPI, kodwa twine ithi 403. Nansi i-~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Ingabe i-token kufanele ibe ne-scope yephrojekthi ethile?`),

  rec('chat_xh', f`Molo, ndifuna ukwenza i-script ethi ivule ii-issues eLinear xa umfundi we-bootcamp engangenisanga umsebenzi. Ndisebenzisa le key: ${v('credential.linear_api_key', LINEAR)}. Ndiyibhala njani i-GraphQL mutation yokwenza i-issue?`),

  rec('env_rw', f`Muraho, porogaramu y'abanyeshuri ba bootcamp ya Kigali ntishobora kubona amakuru y'inguzanyo z'amafaranga y'ishuri. Dore .env ya backend:

${cfg(f`SUPABASE_URL=https://kzqlmwnrtbyhdpevxoas.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
LOAN_TABLE=student_finance_plans`)}

RLS irimo gufunga? Ese service role ntiyayica?`),

  rec('yaml_qu', f`Allillanchu, kay sops archivuta mana desencriptay atinichu laptop musuqpi. ¿Qué clave debo poner en SOPS_AGE_KEY_FILE? La que tengo guardada es esta:

${cfg(f`# created: 2024-10-02T14:11:52-05:00
# public key: age1${fill('b81-agepub', BECH32.toLowerCase(), 58)}
${v('credential.age_secret_key', AGE)}`)}

Es para los secretos del servidor de pagos de la escuela de programación en Cusco.`),

  rec('yaml_as', f`আমাৰ bootcamp LMS pipeline-ত npm package publish নহয়। Azure DevOps YAML:

${cfg(f`- script: |
    echo "//pkgs.dev.azure.com/shikshaguwahati/_packaging/lms/npm/registry/:_password=$(echo -n '${v('credential.azure_devops_pat', ADO_PAT)}' | base64)" >> .npmrc
    npm publish
  displayName: Publish LMS widgets`)}

PAT টোত Packaging (Read & write) আছে।`),

  rec('chat_en_ie', f`Hi, our water outage alerts go to Slack through this incoming webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
Comms want the same alert also in a second channel. Do I need a second webhook or can I set the channel in the payload?`),

  rec('chat_en_jm', f`Yo, quick one — di admin login fi di bootcamp LMS is admin@portal and di password is ${v('credential.password_in_prose', 'Montego$Bay2025')}. Mi need fi add 30 new students from a CSV, how mi do it in bulk without clicking each one?`),

  rec('code_python_en_in', f`Our revenue dashboard summariser uses Groq for speed. The function returns None sometimes, can you spot why?

${code(f`import os, requests

GROQ_KEY = os.getenv("GROQ_KEY", "${v('credential.groq_api_key', GROQ)}")

def summarise_pickup(hotel: str, pickup: dict) -> str | None:
    prompt = f"Summarise booking pickup for {hotel}: {pickup}"
    r = requests.post("https://api.groq.com/openai/v1/chat/completions",
                      headers={"Authorization": f"Bearer {GROQ_KEY}"},
                      json={"model": "llama-3.1-8b-instant", "messages": [{"role": "user", "content": prompt}]}, timeout=20)
    if r.ok:
        r.json()["choices"][0]["message"]["content"]`)}`),

  rec('chat_es_do', f`Buenas, en el hotel de Punta Cana el TPV de Square no sincroniza los cargos al folio. El técnico dejó este token en la configuración: ${v('credential.square_access_token', SQUARE)}. ¿Hay que regenerarlo si cambiamos de ubicación en Square?`),

  rec('yaml_en_us', f`Alertmanager → on-call SMS via Twilio API key for the transplant lab's freezer monitors. The secret is in the values file for now (I know...):

${cfg(f`twilio:
  accountSid: ${v('credential.twilio_account_sid', tok('AC', fill('b81-twsid2', HEX.toLowerCase(), 32)))}
  apiKey: ${v('credential.twilio_api_key', TWILIO_SK)}
  apiSecret: ${v('credential.generic_secret_assignment', fill('b81-twsec2', B62, 32))}
  from: "${phone('+1 646 201 8834')}"
  escalation: [hla-lab-oncall, tcc-duty-manager]`)}

Why does Alertmanager say "template: ... no such key apiSecret"?`),

  rec('env_en_gb', f`Hotel gift shop (Shopify) order sync stopped. Env from the sync container:

${cfg(f`SHOPIFY_STORE=harbourstay-shop.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHOPIFY)}
NEW_RELIC_API_KEY=${v('credential.newrelic_key', NEWRELIC)}
SYNC_INTERVAL=300`)}

Shopify returns 401 "[API] Invalid API key or access token (unrecognized login or wrong password)".`),
];

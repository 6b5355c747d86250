/**
 * Held-out batch 110: credentials pasted by a hotel chain's revenue and night-audit team, a prosthetics
 * and orthotics workshop, a factoring desk, a library consortium's e-resources team, a wind-turbine
 * remote-diagnostics centre and a prison's visits and inmate-accounts office. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const OHIP_SECRET = fill('b110-ohip', B62 + '-_', 44);
const SITEMINDER_BEARER = fill('b110-smbearer', B62 + '-._~', 58);
const IDEAS_BASIC = b64('rms_export:Kestrel#Harbour41');
const RK_LIVE = tok('rk_', 'live_', '51', fill('b110-rklive', B62, 97));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b110-slt', UPPER + DIGITS, 9), '/B0', fill('b110-slb', UPPER + DIGITS, 9), '/', fill('b110-slh', B62, 24));
const TW_SID = tok('AC', fill('b110-twsid', HEX, 32));
const TW_TOKEN = fill('b110-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b110-sg1', B64URL, 22), '.', fill('b110-sg2', B64URL, 43));
const AZ_STORAGE = b64Bytes('b110-azst', 64);
const OPENAI = tok('sk-proj-', fill('b110-oa1', B64URL, 74), 'T3BlbkFJ', fill('b110-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b110-ant', B64URL, 93), 'AA');
const GHP = gh('ghp', 'Pv3Lr8Tm1Xq6Wc9Kb4Zn7Jd2Hs5Gf0');
const MAILGUN = tok('key-', fill('b110-mg', HEX, 32));
const OSSH_EBICS = pem('OPENSSH PRIVATE KEY', 'b110-ebics', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AZ_CLIENT_SECRET = tok(fill('b110-azcs1', B62, 3), '8Q~', fill('b110-azcs2', B62 + '-_.~', 31));
const AKIA = tok('AKIA', fill('b110-akia', B32, 16));
const AWS_SECRET = fill('b110-awssec', B64, 40);
const CREDITBUREAU_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'crif-2025-01' }, { sub: 'factor-desk-svc', aud: 'https://api.bureau-connect.eu', scope: 'reports.read scores.read', iat: 1741002311, exp: 1741005911 }, 'b110-crifjwt');
const PARTNER_BASIC = b64('ff_upload:Tulpan!7724');
const VAULT = tok('hvs.', 'CAESI', fill('b110-vault', B64URL, 86));
const RSA_SIGN = pem('RSA PRIVATE KEY', 'b110-rsasign', 1190);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b110-atl', B64URL, 171), '=', fill('b110-atl2', HEX.toUpperCase(), 8));
const WSKEY_ID = fill('b110-wskeyid', B62, 40);
const CISCO9 = tok('$9$', fill('b110-c9salt', B62, 14), '$', fill('b110-c9hash', B62 + './', 43));
const WSKEY_SECRET = fill('b110-wskey', B64, 24);
const GOOGLE = tok('AIza', 'Sy', fill('b110-gapi', B64URL, 33));
const GLPAT = tok('glpat-', fill('b110-glpat', B62 + '-_', 20));
const ALMA_KEY = tok('l8xx', fill('b110-alma', HEX, 32));
const CF_TOKEN = fill('b110-cftok', B62 + '-_', 40);
const SENTRY_DSN = `https://${fill('b110-sentry', HEX, 32)}@o4506${fill('b110-sorg', DIGITS, 6)}.ingest.de.sentry.io/4507${fill('b110-sproj3', DIGITS, 12)}`;
const INFLUX = `${fill('b110-influx', B64URL, 86)}==`;
const GLSA = tok('glsa_', fill('b110-glsa1', B62, 32), '_', fill('b110-glsa2', HEX, 8));
const IOT_KEY = b64Bytes('b110-iothub', 32);
const TELEGRAM = tok('7', fill('b110-tgid', DIGITS, 9), ':AA', fill('b110-tg', B64URL, 33));
const OSSH_VPN = pem('OPENSSH PRIVATE KEY', 'b110-vpnjump', 412, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DD_API = fill('b110-ddapi', HEX, 32);
const HF = tok('hf_', fill('b110-hf', UPPER + LOWER, 34));
const DATABRICKS = tok('dapi', fill('b110-dbx', HEX, 32));
const COMMISSARY_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'facility-0417', role: 'commissary_admin', site: 'NCS-Kirikiri', iat: 1742213400, exp: 1742299800 }, 'b110-commjwt');
const DJANGO_KEY = fill('b110-django', LOWER + DIGITS + '!@#%^&*(-_=+)', 50);
const TEAMS_HOOK = tok('https://vryburgkor.webhook.office.com/webhookb2/', '6e1a9c42-3b7d-4f05-a8e2-91c7d4f6b038@2c8f5a71-d43e-49b6-b0a2-7e19c3d85f64/IncomingWebhook/', fill('b110-teams1', HEX, 32), '/', 'a4d93e17-8c2b-4f60-9b51-3e7a0c6d2f98/', 'V2', fill('b110-teams2', B64URL, 43));
const GCP_PEM = pem('PRIVATE KEY', 'b110-gcpsa', 1216);
const SQUARE = tok('EAAA', fill('b110-square', B64URL, 60));
const SHPAT = tok('shpat_', fill('b110-shpat', HEX, 32));
const NPM = gh('npm', 'Qe7Yt2Ui9Op4As1Df6Gh3Jk8Lz5Xc0');
const DCKR = tok('dckr_', 'pat_', fill('b110-dckr', B64URL, 27));
const TFC = tok(fill('b110-tfc1', B62, 14), '.atlasv1.', fill('b110-tfc2', B62, 67));
const PMAK = tok('PMAK-', fill('b110-pmak1', HEX, 24), '-', fill('b110-pmak2', HEX, 34));
const GROQ = tok('gsk_', fill('b110-groq', B62, 52));
const DOCKER_AUTH = b64('scanlab-ci:Ortho!Cast2291');
const LINEAR = tok('lin_api_', fill('b110-linear', B62, 40));
const DO_TOKEN = tok('dop_v1_', fill('b110-do', HEX, 64));
const XOXB = tok('xoxb-', '5820374619', '2-', '8130294756183-', fill('b110-xoxb', B62, 24));
const WHSEC = tok('whsec_', fill('b110-whsec', B62, 32));

export const BATCH110_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our OHIP integration for the new property in Denver throws 401 on the token call. Here's the .env from the night-audit box, can you spot what's off?

${cfg(f`# opera-bridge/.env.prod
OHIP_GATEWAY=https://mtu1-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com
OHIP_CLIENT_ID=harborline_rm_prod_Client
OHIP_CLIENT_SECRET=${v('credential.generic_secret_assignment', OHIP_SECRET)}
OHIP_APP_KEY=7c21e9d4-0b38-4a6f-95e2-d18f3c47a0b6
OHIP_ENTERPRISE=HBLUS
OHIP_HOTEL_ID=DEN01
INTEGRATION_USER=RM_SVC
INTEGRATION_PASSWORD=${v('credential.password_assignment', 'Night-Audit#5520')}
POLL_MINUTES=15`)}`),

  rec('curl', f`Hallo, der Channel-Manager liefert seit gestern keine Verfügbarkeiten mehr an Booking. Mein Aufruf:

${cfg(f`curl -X GET "https://api.channel-sync.example-cm.com/v3/properties/HAM-ALSTER/inventory?from=2025-03-10&to=2025-03-24" \\
  -H "Authorization: Bearer ${v('credential.bearer_token', SITEMINDER_BEARER)}" \\
  -H "Accept: application/json"`)}

Antwort: {"error":"rate_plan_mapping_missing","plan":"BAR-FLEX"}. Was bedeutet das?`),

  rec('code_python', f`Bonjour, le script d'export vers l'outil de revenue management plante depuis la mise à jour. Tu peux regarder ?

\`\`\`python
${code(f`import requests
import pandas as pd

HEADERS = {
    "Authorization": "Basic ${v('credential.basic_auth_header', IDEAS_BASIC)}",
    "Content-Type": "text/csv",
}

def push_otb(path: str, property_code: str) -> int:
    df = pd.read_csv(path, sep=";", decimal=",")
    df = df[df["stay_date"] >= pd.Timestamp.today().normalize()]
    body = df.to_csv(index=False)
    r = requests.post(f"https://rms-upload.example-ideas.net/otb/{property_code}", data=body, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return len(df)`)}
\`\`\`

Erreur : pandas dit "KeyError: 'stay_date'".`),

  rec('shell', f`Hola, en la auditoría nocturna el cierre se quedó colgado y tuve que entrar a mano a la base. Hice esto:

$ ${cfg(f`mysql -h pms-db.hotelsur.local -u auditoria -p${v('credential.mysql_cli_password', 'Cierre2025!Sevilla')} -e "SELECT business_date, status FROM night_audit_run ORDER BY id DESC LIMIT 5;" pms_prod`)}

El último registro sale con status=ROLLING desde las 03:12. ¿Es seguro cambiarlo a DONE con un UPDATE o rompo algo?`),

  rec('chat_it', f`Ciao, per l'upsell automatico delle camere ci serve una chiave Stripe con permessi solo su PaymentIntents. Il collega mi ha dato questa: ${v('credential.stripe_restricted_key', RK_LIVE)}. Va bene per creare il link di pagamento dal PMS o serve la secret key completa?`),

  rec('shell', f`G'day, can you tidy up this night-audit script? it posts the flash report to Slack but the message formatting is ugly:

${code(f`#!/usr/bin/env bash
set -euo pipefail
REPORT=/opt/nightaudit/out/flash_$(date +%Y%m%d).txt
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
OCC=$(grep -m1 '^OCC' "$REPORT" | awk '{print $2}')
ADR=$(grep -m1 '^ADR' "$REPORT" | awk '{print $2}')
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Flash $(date +%d/%m): Occ $OCC ADR $ADR\\"}" "$HOOK"`)}`),

  rec('chat_pt_br', f`Oi! Estou configurando o envio de SMS de pré-check-in para os hóspedes. No painel da Twilio copiei Account SID ${v('credential.twilio_account_sid', TW_SID)} e o Auth Token ${v('credential.twilio_auth_token', TW_TOKEN)}. O número remetente é ${amb('pii.phone', '+55 11 98472-3615')}. Por que o teste retorna erro 21608?`),

  rec('yaml', f`Kun je deze config nakijken? De bevestigingsmails van het hotel komen bij Hotmail in de spam.

${cfg(f`mail:
  provider: sendgrid
  api_key: ${v('credential.sendgrid_api_key', SENDGRID)}
  from: ${v('pii.email', 'reserveringen@grachtenhotel-groep.nl')}
  reply_to: ${v('pii.email', 'frontoffice@grachtenhotel-groep.nl')}
  templates:
    confirmation: d-4f1a92c7e83b4d06a15e2c9f7b08d314
    precheckin: d-91c0e7b25a4f4e3c8d62f1a0b9e7c453`)}`),

  rec('chat_th', f`ช่วยเขียนป้ายต้อนรับแขกในห้องพักเป็นภาษาอังกฤษหน่อยค่ะ ข้อความ: "ยินดีต้อนรับสู่โรงแรม ชื่อ Wi-Fi: Riverside_Guest รหัสผ่าน Wi-Fi คือ ${v('credential.password_in_prose', 'Mekong2025riverside')} หากมีปัญหาโทรแจ้งแผนกต้อนรับกด 0"`),

  rec('config', f`Cześć, system kart-kluczy (zamki hotelowe) nie łączy się z bazą po migracji serwera. Fragment pliku konfiguracyjnego:

${cfg(f`<connectionStrings>
  <add name="LockServer" connectionString="Data Source=${amb('pii.ip_address', '10.20.4.17')}\\SQLEXPRESS;Initial Catalog=VisionLocks;User ID=locksvc;Password=${v('credential.connection_string_password', 'Zamek#Krakow88')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

Błąd: "A network-related or instance-specific error occurred". Port 1433 jest otwarty.`),

  rec('chat_sv', f`Hej! Vår 3D-skanner laddar upp fotskanningarna till en Azure-container och sedan hämtar CAD-stationen dem. Sedan i fredags får vi 403. Connection string från skannerns inställningar:

${cfg(f`DefaultEndpointsProtocol=https;AccountName=ortoscanstore;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Kan nyckeln ha roterats automatiskt?`),

  rec('code_python', f`I've written a little script so the clinicians can get a first draft of the referral reply letter. Could you make it nicer / safer? Running it on the workshop PC.

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

TEMPLATE = """You are a prosthetist writing to a GP. Summarise the casting appointment:
device: {device}
findings: {findings}
next step: {plan}
Keep it under 200 words, UK spelling."""

def draft(device: str, findings: str, plan: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": TEMPLATE.format(device=device, findings=findings, plan=plan)}],
    )
    return resp.choices[0].message.content`)}`),

  rec('chat_no', f`Kan du skrive en kort beskjed til de nye teknikerne på verkstedet? Innhold: CAD-maskinen i rom 2 har felles bruker "ortocad", passordet er ${v('credential.password_in_prose', 'Protese!Bergen24')}, og alle må logge ut etter bruk fordi lisensen er flytende.`),

  rec('chat_da', f`Hej, vores 3D-printleverandør vil have STL-filerne for ortoserne via FTP. Jeg har fået denne adresse: ftp://ortopro_upload:${v('credential.url_password', 'Skinne2025%21')}@ftp.printlab-aarhus.dk/indbakke — hvordan sætter jeg det op i FileZilla, og er %21 en del af kodeordet?`),

  rec('env_file', f`Voisitko tarkistaa tämän .env-tiedoston? Apuvälineverstaan ajanvarausbotti ei vastaa.

${cfg(f`APP_NAME=proteesipaja-bot
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MODEL=claude-3-5-haiku-latest
CALENDAR_URL=https://ajanvaraus.proteesipaja.fi/api
LOG_LEVEL=info`)}`),

  rec('git', f`Ahoj, při pushi do repozitáře s programem na výpočet délky protézy mi git hlásí "Authentication failed". Remote mám nastavený takto:

${cfg(f`$ git remote -v
origin  https://ortopedie-dilna:${v('credential.github_pat', GHP)}@github.com/ortopedie-dilna/delka-protezy.git (fetch)
origin  https://ortopedie-dilna:${v('credential.github_pat', GHP)}@github.com/ortopedie-dilna/delka-protezy.git (push)`)}

Token jsem vytvořil minulý týden.`),

  rec('chat_hu', f`Szia! Az időpont-emlékeztetőket Mailgunnal küldjük a betegeknek. A kulcs: ${v('credential.mailgun_api_key', MAILGUN)}, domain: mg.ortopedtechnika-pecs.hu. Miért kapok "Forbidden" választ, ha az EU végpontot hívom?`),

  rec('chat_de_at', f`Servus, für den EBICS-Upload der Ankaufsdateien an die Hausbank nutzen wir einen SFTP-Schlüssel. Der Schlüssel vom alten Server:

${v('credential.openssh_private_key', OSSH_EBICS)}

Auf dem neuen Server sagt sftp "invalid format". Muss ich den ins PEM-Format konvertieren?`),

  rec('json_config', f`Bună, integrarea dintre platforma de factoring și Dynamics 365 nu mai primește token de la Entra ID. appsettings.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "8d2f4c71-9a3e-4b06-b5d1-c7e09a2f6438",
    "ClientId": "3b9e7a12-f5c4-4d80-a61e-2c8f9d07b315",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "Dynamics": { "Url": "https://factorplus.crm4.dynamics.com" }
}`)}

Eroarea e AADSTS7000215. Ce înseamnă?`),

  rec('ini', f`Sveiki, skriptas, kuris įkelia faktoringo sąskaitų PDF į S3, meta "SignatureDoesNotMatch". Mano ~/.aws/credentials:

${cfg(f`[default]
region = eu-central-1

[factoring-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Ar gali būti, kad laikrodis serveryje atsilieka?`),

  rec('env_file', f`Sveiki, lūdzu palīdzi ar Docker Compose — faktūru reģistra serviss nevar pieslēgties datubāzei.

${cfg(f`services:
  registry:
    image: factoring/registry:3.4.1
    environment:
      DATABASE_URL: postgres://reg_app:${v('credential.database_url_password', 'Rekins-Riga-7731')}@db:5432/invoices
      LIMIT_CHECK_URL: http://limits:8080
  db:
    image: postgres:16`)}

Kļūda: "password authentication failed for user reg_app".`),

  rec('chat_et', f`Tere! Krediidibüroo API tagastab meile 403, kuigi token tundub kehtiv. Token, mille saime päringuga:
${v('credential.jwt', CREDITBUREAU_JWT)}
Kas scope on vale või on aegunud?`),

  rec('http', f`Merhaba, müşterilerin fatura yükleme portalına dosya gönderen entegrasyon 401 alıyor. İsteğin ham hâli:

${cfg(f`POST /api/v2/invoices/batch HTTP/1.1
Host: portal.faktoring-ornek.com.tr
Authorization: Basic ${v('credential.basic_auth_header', PARTNER_BASIC)}
Content-Type: application/xml
Content-Length: 48213`)}

Kullanıcı adı ve şifre doğru, neden olabilir?`),

  rec('shell', f`გამარჯობა! Vault-დან საიდუმლოს წაკითხვა ვერ ხერხდება ფაქტორინგის სერვერზე:

${cfg(f`$ export VAULT_ADDR=https://vault.factoring-tbilisi.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/bank-api
Error reading secret/data/bank-api: permission denied`)}

რა პოლიტიკა უნდა დავამატო?`),

  rec('chat_hy', f`Բարև, ֆակտորինգի վճարային ֆայլերը ստորագրելու համար բանկը տվել է այս բանալին, բայց openssl-ը ասում է "unable to load key": 

${v('credential.private_key', RSA_SIGN)}

Ինչ ֆորմատ է պետք?`),

  rec('curl', f`Salam, Jira-da faktorinq müraciətləri üçün avtomatik tapşırıq yaratmaq istəyirəm, amma 401 alıram:

${cfg(f`curl -u ${v('pii.email', 'leyla.mammadova@faktorinq-baku.az')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://faktorinq-baku.atlassian.net/rest/api/3/issue -d @issue.json`)}`),

  rec('ezproxy', f`Our EZproxy user.txt after the consortium merger — can you help me convert the local accounts into a CGI auth block so we can drop plain text?

${cfg(f`# user.txt (EZproxy 7.2)
::Common
Option ForceWildcardCertificate
::Auth
eresadmin:${v('credential.user_password_pair', 'Ebsco!Shelf2025')}:admin
walkin01:${v('credential.user_password_pair', 'ReadingRoom-3')}
::LDAP
URL ldaps://ldap.libcons.org/ou=patrons,dc=libcons,dc=org?uid
BindUser cn=ezproxy,ou=svc,dc=libcons,dc=org
BindPassword ${v('credential.password_assignment', 'Bind-Lib#4418')}
/LDAP`)}`),

  rec('chat_cy', f`Helo, allwch chi gyfieithu'r nodyn yma i'r Saesneg ar gyfer y contractwr? "Mae'r peiriannau hunanwasanaeth yn cysylltu â'r system gyda SIP2. Enw defnyddiwr: sc_llanelli, cyfrinair SIP2: ${v('credential.password_in_prose', 'Llyfrau2025!')}. Peidiwch â'i newid heb ddweud wrth dîm y consortiwm."`),

  rec('chat_is', f`Halló, ég er að setja upp WorldShare API tengingu fyrir safnakerfið. Ég fékk WSKey "${WSKEY_ID}" og leyndarmálið (secret) er ${v('credential.generic_secret_assignment', WSKEY_SECRET)}. Hvernig bý ég til HMAC undirskriftina í Python?`, 'the WSKey itself is a public client id; the secret is labelled'),

  rec('xml', f`مرحباً، بعد ترقية نظام Koha لم يعد الخادم يتصل بقاعدة البيانات. هذا جزء من ملف koha-conf.xml:

${cfg(f`<config>
  <db_scheme>mysql</db_scheme>
  <database>koha_libcons</database>
  <hostname>${amb('pii.ip_address', '172.16.40.12')}</hostname>
  <port>3306</port>
  <user>koha_libcons</user>
  <pass>${v('credential.password_assignment', 'Maktaba#2025amman')}</pass>
</config>`)}

ما الخطأ؟`),

  rec('code_js', f`שלום, אני מוסיף לקטלוג של הספרייה כריכות מ-Google Books. למה אני מקבל 403?

${code(f`const KEY = '${v('credential.google_api_key', GOOGLE)}';

export async function coverFor(isbn) {
  const url = \`https://www.googleapis.com/books/v1/volumes?q=isbn:\${isbn}&key=\${KEY}\`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(\`books api \${res.status}\`);
  const data = await res.json();
  return data.items?.[0]?.volumeInfo?.imageLinks?.thumbnail ?? null;
}`)}`),

  rec('chat_fa', f`سلام، برای مخزن کد رابط جستجوی کتابخانه (VuFind) در GitLab یک توکن ساختم: ${v('credential.gitlab_pat', GLPAT)} ولی هنگام clone خطای 403 می‌گیرم. آیا باید scope را read_repository بگذارم؟`),

  rec('chat_hi', f`नमस्ते, Alma API से ई-रिसोर्स की सूची निकालनी है। हमारे कंसोर्टियम की API key ${v('credential.generic_secret_assignment', ALMA_KEY)} है। क्या आप Python में एक स्क्रिप्ट लिख सकते हैं जो सभी electronic collections को CSV में सेव करे?`),

  rec('ldap', f`السلام علیکم، لائبریری کے نئے self-check کیوسک LDAP سے جڑ نہیں رہے۔ ترتیبات:

${cfg(f`ldap.url=ldaps://dc01.kutubkhana.local:636
ldap.bindDn=CN=svc-kiosk,OU=Service,DC=kutubkhana,DC=local
ldap.bindPassword=${v('credential.password_assignment', 'Kitab@Lahore2025')}
ldap.userSearchBase=OU=Patrons,DC=kutubkhana,DC=local`)}

غلطی "invalid credentials (49)" آ رہی ہے۔`),

  rec('env_file', f`নমস্কার, লাইব্রেরির ডিসকভারি সাইটের DNS আপডেট স্ক্রিপ্টটা Cloudflare এ 403 দিচ্ছে। .env ফাইল:

${cfg(f`CF_ZONE=libcons-dhaka.org
CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
RECORD=search`)}

টোকেনে কোন permission লাগবে?`),

  rec('php', f`வணக்கம், VuFind பிழைகளை Sentry-க்கு அனுப்ப config.ini இல் இதைச் சேர்த்தேன், ஆனால் எதுவும் வரவில்லை:

${cfg(f`[Logging]
sentry_dsn = "${v('credential.sentry_dsn', SENTRY_DSN)}"
sentry_environment = "production"`)}`),

  rec('router_config', f`Hi, Fernwartung: der Router im Umspannwerk des Windparks Nordheide verliert nachts die Verbindung zum Leitstand. Auszug aus der Konfiguration, bitte prüfen:

${cfg(f`hostname WP-NH-GW01
enable secret 9 ${amb('credential.network_device_secret', CISCO9)}
username service privilege 15 password 0 ${v('credential.network_device_secret', 'Rotor!Heide2024')}
!
interface GigabitEthernet0/1
 description SCADA-LAN Turbinen
 ip address ${amb('pii.ip_address', '10.112.8.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${amb('credential.network_device_secret', 'nhscada-ro')} RO
ip route ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '192.168.250.1')}`)}`, 'type-9 enable hash and SNMP community ambiguous (a hash; a read-only community string)'),

  rec('code_python', f`Hej, vores script henter vibrationsdata fra møllerne via MQTT, men forbindelsen falder hver 10. minut. Hvad er galt?

${code(f`import paho.mqtt.client as mqtt

BROKER = "mqtt.vindservice-esbjerg.dk"
client = mqtt.Client(client_id="diag-collector-02")
client.username_pw_set("diag_reader", "${v('credential.password_assignment', 'Vinge-Esbjerg#61')}")
client.tls_set()

def on_message(c, userdata, msg):
    turbine = msg.topic.split("/")[1]
    store(turbine, msg.payload)

client.on_message = on_message
client.connect(BROKER, 8883, keepalive=600)
client.subscribe("turbines/+/vibration/#", qos=1)
client.loop_forever()`)}`),

  rec('toml', f`Telegraf won't write the gearbox temperature series to Influx since we moved to v2. telegraf.conf excerpt:

${cfg(f`[[outputs.influxdb_v2]]
  urls = ["https://influx.remote-diag.windsvc.io:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "remote-diagnostics"
  bucket = "turbine_hf"

[[inputs.modbus]]
  name = "WTG-07"
  controller = "tcp://${amb('pii.ip_address', '10.112.8.27')}:502"`)}`),

  rec('chat_es_mx', f`Qué onda, para los tableros de diagnóstico de los aerogeneradores en Oaxaca creé un service account en Grafana y me dio este token: ${v('credential.grafana_service_account_token', GLSA)}. ¿Cómo lo uso con la API para crear las alertas de sobretemperatura del generador?`),

  rec('chat_pt', f`Bom dia, os gateways dos aerogeradores enviam telemetria para o Azure IoT Hub. Este é o connection string do dispositivo do parque de Viana:
${cfg(f`HostName=eolica-norte-hub.azure-devices.net;DeviceId=WTG-VIA-12;SharedAccessKey=${v('credential.generic_secret_assignment', IOT_KEY)}`)}
Porque é que o dispositivo aparece "Disconnected" apesar de o token SAS ser gerado?`),

  rec('code_python', f`Привет! Бот в Telegram должен присылать дежурному инженеру аварии турбин, но сообщения не приходят. Код:

${code(f`import requests

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002184736519

def alarm(turbine: str, code: int, text: str) -> None:
    msg = f"⚠️ {turbine}: авария {code} — {text}"
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage", json={"chat_id": CHAT_ID, "text": msg}, timeout=10)`)}`),

  rec('chat_uk', f`Привіт, ключ для jump-хоста VPN вітроелектростанції перестав працювати після оновлення OpenSSH. Ось ключ, який лежить у ~/.ssh/wpp_jump:

${v('credential.openssh_private_key', OSSH_VPN)}

ssh каже "Load key: error in libcrypto". Що робити?`),

  rec('yaml', f`你好，我们的风机远程诊断服务接入 Datadog 后没有数据。datadog.yaml 如下：

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: diag-collector-cn01
tags:
  - env:prod
  - team:remote-diagnostics
logs_enabled: true`)}

请帮我看看哪里配置错了。`),

  rec('chat_ja', f`お疲れ様です。風車の異常検知モデルを Hugging Face のプライベートリポジトリから取得したいのですが、トークン ${v('credential.huggingface_token', HF)} を使っても 401 になります。read 権限で足りますか？`),

  rec('shell', f`안녕하세요, 풍력 터빈 진동 데이터를 Databricks로 올리는 작업이 실패합니다.

${cfg(f`$ export DATABRICKS_HOST=https://adb-7421093856612047.7.azuredatabricks.net
$ export DATABRICKS_TOKEN=${v('credential.databricks_token', DATABRICKS)}
$ databricks fs cp ./vib_2025-03-11.parquet dbfs:/mnt/raw/vibration/
Error: 403 Invalid access token`)}

토큰이 만료된 걸까요?`),

  rec('chat_en_za', f`Morning. The inmate telephone system admin console locked me out after the upgrade. Vendor support says to log in with the local break-glass account: username "itsadmin", password ${v('credential.password_in_prose', 'Pollsmoor!Break2025')}. Can you help me write an email to the vendor asking why the break-glass account is needed at all, and how to rotate it?`),

  rec('code_js', f`Good afternoon, the commissary ordering page for inmates' families is failing to load the product list. Our frontend dev left this in the code before resigning, abeg check it:

${code(f`const API = 'https://commissary.example-vendor.ng/api/v1';
const TOKEN = '${v('credential.jwt', COMMISSARY_JWT)}';

export async function products(facility) {
  const r = await fetch(\`\${API}/facilities/\${facility}/products\`, {
    headers: { Authorization: \`Bearer \${TOKEN}\` },
  });
  if (r.status === 401) throw new Error('token expired');
  return r.json();
}`)}`),

  rec('env_file', f`Habari, mfumo wa kuhifadhi nafasi za kutembelea wafungwa (Django) hautaki kuanza kwenye seva mpya. Faili .env:

${cfg(f`DJANGO_SECRET_KEY=${v('credential.generic_secret_assignment', DJANGO_KEY)}
DEBUG=False
ALLOWED_HOSTS=ziara.magereza-mfano.go.tz
DB_NAME=ziara
DB_USER=ziara_app
DB_PASSWORD=${v('credential.password_assignment', 'Ziara#Dodoma2025')}`)}

Kosa: "ImproperlyConfigured". Tatizo ni nini?`),

  rec('powershell', f`Goeie môre, die besoek-bespreking se waarskuwings moet na ons Teams-kanaal gaan. Hierdie skrip werk nie meer nie:

${code(f`$uri = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$msg = @{ text = "Nuwe besoekbespreking: $($args[0]) om $($args[1])" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $msg -ContentType 'application/json'`)}

Foutboodskap: 400 Bad Request.`),

  rec('shell', f`Salam, saya cuba sandarkan pangkalan data akaun banduan tetapi arahan ini gagal:

${cfg(f`sqlcmd -S sql-akaun.penjara.local -U backup_op -P ${v('credential.cli_password', 'Sandar#Kajang2025')} -Q "BACKUP DATABASE AkaunBanduan TO DISK='D:\\\\backup\\\\akaun.bak' WITH COMPRESSION"`)}

Ralat: "Cannot open backup device. Operating system error 5 (Access is denied.)"`),

  rec('json_config', f`Halo, kami pakai Google Cloud Vision untuk membaca KTP pengunjung lapas. File kunci service account yang dipakai aplikasi:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kunjungan-lapas-ocr",
  "private_key_id": "${fill('b110-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'ocr-runner@kunjungan-lapas-ocr.iam.gserviceaccount.com')}",
  "client_id": "104827361950284716392",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'ocr-runner%40kunjungan-lapas-ocr.iam.gserviceaccount.com')}"
}`))}

Kenapa muncul error "PERMISSION_DENIED: Cloud Vision API has not been used in project"?`),

  rec('chat_tl', f`Hi po, para sa pag-deposit ng pamilya sa commissary account ng PDL, gumagamit kami ng Square. Ito ang production access token na binigay ng IT: ${v('credential.square_access_token', SQUARE)}. Paano ko ito ilalagay sa POS sa visiting area nang hindi nakikita ng iba?`),

  rec('chat_vi', f`Chào bạn, cửa hàng quà lưu niệm của khách sạn chạy trên Shopify. Mình cần đồng bộ tồn kho với hệ thống POS ở sảnh. Token admin API là ${v('credential.shopify_access_token', SHPAT)}. Bạn viết giúp script Node.js lấy danh sách sản phẩm được không?`),

  rec('npmrc', f`Здраво, build за апликацију читаонице пада у CI-ју, npm не може да скине наш приватни пакет @libcons/marc-tools. .npmrc:

${cfg(f`@libcons:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Грешка: 404 Not Found. Зашто?`),

  rec('chat_sl', f`Živjo, v delavnici za ortopedske pripomočke gradimo Docker sliko za program za skeniranje. Ko v CI poženem "${cfg(f`docker login -u ortoskan -p ${v('credential.cli_password', v('credential.dockerhub_pat', DCKR))}`)}", dobim opozorilo, da geslo v ukazni vrstici ni varno. Kako naj to naredim pravilno?`),

  rec('hcl', f`Сәлеметсіз бе, жел электр станциясының мониторинг инфрақұрылымын Terraform Cloud арқылы басқарамыз. Жергілікті машинада credentials.tfrc.json былай:

${cfg(f`{
  "credentials": {
    "app.terraform.io": { "token": "${v('credential.terraform_cloud_token', TFC)}" }
  }
}`)}

terraform plan "unauthorized" дейді. Неге?`),

  rec('chat_el', f`Γεια σας, στο τμήμα revenue management του ξενοδοχείου χρησιμοποιούμε Postman για να δοκιμάζουμε το API τιμών. Το κλειδί του workspace είναι ${v('credential.postman_api_key', PMAK)}. Μπορώ να το μοιραστώ με τον εξωτερικό σύμβουλο ή να φτιάξω ξεχωριστό;`),

  rec('chat_en_in', f`Hi, we are testing Groq for summarising night audit exception reports across our 14 hotels. Key is ${v('credential.groq_api_key', GROQ)}. Please give sample Python code for sending the CSV content and getting back a 5 bullet summary, kindly do the needful.`),

  rec('json_config', f`Hej igen, Docker på CAD-servern kan inte hämta bilden från vårt privata register efter lösenordsbytet. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.ortoteknik.se": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('chat_en_ie', f`Quick one — we're wiring up Linear for the e-resources access-problem tickets. Personal API key I made: ${v('credential.linear_api_key', LINEAR)}. Can you write a small script that creates an issue whenever our link-resolver logs a 404 for a DOI?`),

  rec('chat_ro', f`Salut, serverul de test pentru portalul de factoring e pe DigitalOcean. Vreau să fac snapshot automat în fiecare noapte. Token-ul personal: ${v('credential.digitalocean_token', DO_TOKEN)}. Îmi scrii un cron cu doctl?`),

  rec('code_python', f`Slack bot for the visits office posts tomorrow's booked visits into #visits-hall-b. It stopped at midnight, why?

${code(f`import os
from slack_sdk import WebClient
from visits.db import bookings_for

slack = WebClient(token="${v('credential.slack_bot_token', XOXB)}")

def post_tomorrow(hall: str) -> None:
    rows = bookings_for(hall, days_ahead=1)
    lines = [f"{r.slot} — cell block {r.block}, {r.n_visitors} visitor(s)" for r in rows]
    slack.chat_postMessage(channel=os.environ["VISITS_CHANNEL"], text="\\n".join(lines) or "no visits booked")`)}`),

  rec('chat', f`Stripe keeps rejecting the webhook from the hotel booking engine with "No signatures found matching the expected signature". Signing secret in our config: ${v('credential.stripe_webhook_secret', WHSEC)}. Is it because we re-serialise the JSON body before verifying?`),
];

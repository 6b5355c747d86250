/**
 * Held-out batch 61: credentials pasted by staff of an avalanche and snow research institute, a
 * used-car marketplace, a maternity hospital, a translation and interpreting agency, a port
 * authority's security office and a fintech's KYC team — chats, configs, shells and code in
 * thirty-odd languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const hex = HEX.toLowerCase();

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA_SNOW = tok('AKIA', fill('b61-akia-snow', B32, 16));
const AWS_SECRET_SNOW = fill('b61-awss-snow', B64, 40);
const GLPAT = tok('glpat-', fill('b61-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-proj-', fill('b61-oai1', B64URL, 74), 'T3BlbkFJ', fill('b61-oai2', B64URL, 74));
const STATION_KEY = pem('OPENSSH PRIVATE KEY', 'b61-ossh-station', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const TWILIO_SID = tok('AC', fill('b61-twsid', hex, 32));
const TWILIO_AUTH = fill('b61-twauth', hex, 32);
const GLSA = tok('glsa_', fill('b61-glsa1', B62, 32), '_', fill('b61-glsa2', hex, 8));
const SLACK_BOT = tok('xoxb-', '4820193746', '2-', '7391028465120-', fill('b61-xoxb', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b61-sklive', B62, 97));
const DOCKER_AUTH = b64(`ci-deploy:${'Vr8!wKq2-Tallinn'}`);
const GOOGLE_MAPS = tok('AIza', 'Sy', fill('b61-gmaps', B64URL, 33));
const SENDGRID = tok('SG.', fill('b61-sg1', B64URL, 22), '.', fill('b61-sg2', B64URL, 43));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'autoplac-maps', a: fill('b61-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b61-mbx', B64URL, 22));
const SENTRY_KEY = fill('b61-sentry', hex, 32);
const DD_API = fill('b61-ddapi', hex, 32);
const TELEGRAM = tok('6938204715', ':AA', fill('b61-tg', B64URL, 33));
const GH_FINE = tok('github_pat_', '11BQ7', fill('b61-ghfg1', UPPER + DIGITS, 17), '_', fill('b61-ghfg2', B62, 59));
const CLOUDINARY_SECRET = fill('b61-cldsec', B64URL, 27);
const LINE_TOKEN = fill('b61-line', B62, 43);
const MIDTRANS = tok('Mid-server-', fill('b61-midtrans', B64URL, 24));
const XENDIT = tok('xnd_', 'production_', fill('b61-xendit', B62, 60));
const AZ_CLIENT_SECRET = tok(fill('b61-azcs0', B62, 3), '8Q~', fill('b61-azcs', B62 + '.-_~', 34));
const TEAMS_HOOK = tok('https://maternite-ixelles.webhook.office.com/webhookb2/', '6b1e4d90-2c7f-4a38-9e51-d04a7c3f8e21@0f3a9c64-8d21-4b7e-a5c9-3e17b6d2f840/IncomingWebhook/', fill('b61-teams1', hex, 32), '/', '9c2e7a41-b3d8-4f06-8a15-e7d4c0b96f23/', 'V2', fill('b61-teams2', B64URL, 43));
const VAULT = tok('hvs.', 'CAESI', fill('b61-vault', B62 + '-_', 86));
const KAVENEGAR = fill('b61-kaveh', UPPER + DIGITS, 88);
const DEEPL = tok('4c7e2a19-8b3d-4f60-a9e5-', fill('b61-deepl', hex, 12), ':fx');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b61-ant', B64URL, 93), 'AA');
const NAVER_SECRET = fill('b61-naver', B62, 10);
const MAILGUN = tok('key-', fill('b61-mailgun', hex, 32));
const NOTION = tok('ntn_', fill('b61-ntn1', DIGITS, 11), fill('b61-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b61-at1', B62, 14), '.', fill('b61-at2', hex, 64));
const CISCO_HASH = tok('$9$', fill('b61-c9salt', B62 + './', 14), '$', fill('b61-c9', B62 + './', 43));
const AZ_STORAGE = `${fill('b61-azst', B64, 86)}==`;
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b61-slk1', UPPER + DIGITS, 9), '/B0', fill('b61-slk2', UPPER + DIGITS, 9), '/', fill('b61-slk3', B62, 24));
const OKTA = tok('00', fill('b61-okta', B64URL, 40));
const GATE_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ocr-gw-2' }, { sub: 'gate-ocr-lane4', iss: 'https://idp.haiphongport.vn', aud: 'container-ocr', scope: 'ocr:write events:write', iat: 1739862000, exp: 1771398000 }, 'b61-gatejwt');
const GCP_PEM = pem('PRIVATE KEY', 'b61-gcp', 1216).replace(/\n/g, '\\n');
const ONFIDO = tok('api_live.', fill('b61-onf1', B64URL, 11), '.', fill('b61-onf2', B64URL, 32));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b61-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b61-whsec', B62, 32));
const RSA_SIGN = pem('RSA PRIVATE KEY', 'b61-rsasign', 1190);
const DATABRICKS = tok('dapi', fill('b61-dbx', hex, 32), '-2');
const DO_TOKEN = tok('dop_v1_', fill('b61-do', hex, 64));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b61-age', BECH32, 58));
const NPM = gh('npm', 'Kd7Pq2Wm5Xr9Tz3Lb8Nc1Vh6Fg4Sj0');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b61-atl', B64URL, 171), '=', fill('b61-atl2', HEX.toUpperCase(), 8));
const HF = tok('hf_', fill('b61-hf', LOWER + UPPER, 34));
const GROQ = tok('gsk_', fill('b61-groq', B62, 52));
const ADO_PAT = fill('b61-ado', B32LOWER, 52);

export const BATCH61_CREDENTIALS: DraftRecord[] = [
  // ── avalanche and snow research institute ─────────────────────────────────
  rec('chat_gsw', f`Hoi zäme, chönntsch mir hälfe? Dr Datalogger uf em Versuchsfeld (CR1000X) schickt sit geschter kei Date meh uf de FTP. Ich ha in LoggerNet alles kontrolliert. Dr Benutzer isch «wfj_logger» und s Passwort isch ${v('credential.password_in_prose', 'Schneehuhn-4417')}, IP vom Logger ${amb('pii.ip_address', '10.21.4.38')}. Isch das e Firewall-Problem oder het öpper s Passwort gänderet?`),

  rec('yaml_en', f`Our MQTT bridge for the high-altitude stations keeps reconnecting every 30 s. Config below, anything obviously wrong?

${cfg(f`# /etc/snowbridge/bridge.yaml
broker:
  host: mqtt.firnfeld-institut.ch
  port: 8883
  tls: true
  username: station-gateway
  password: ${v('credential.password_assignment', 'F1rn-Lawine#2291')}
influx:
  url: https://influx.firnfeld-institut.ch:8086
  org: snow-obs
  bucket: stations_raw
  token: ${v('credential.generic_secret_assignment', fill('b61-influx', B64URL, 86) + '==')}
stations: [WFJ2, SLF2, DAV3, FLU2]
keepalive: 20`)}`),

  rec('code_python_it', f`Ciao, lo script che scarica i campi di neve dal bucket funziona in locale ma sul cluster dà AccessDenied. Eccolo:

\`\`\`python
${code(f`import boto3
from pathlib import Path

# credenziali del progetto "manto nevoso" (da spostare in Vault!)
s3 = boto3.client(
    "s3",
    region_name="eu-central-2",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA_SNOW)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AWS_SECRET_SNOW)}",
)

def scarica_giorno(data: str, dest: Path) -> None:
    prefix = f"snowpack/alpine3d/{data}/"
    for obj in s3.list_objects_v2(Bucket="neve-modelli", Prefix=prefix).get("Contents", []):
        s3.download_file("neve-modelli", obj["Key"], str(dest / Path(obj["Key"]).name))`)}
\`\`\``),

  rec('chat_fi', f`Moi! Yritän kloonata lumimallin repoa uudelle palvelimelle, mutta git sanoo "HTTP Basic: Access denied". Komento oli:

${cfg(f`git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.lumitutkimus.fi/malli/snowpack-fi.git`)}

Token on luotu eilen ja siinä on read_repository-oikeus. Vanheneeko se heti jos projektin näkyvyys muuttuu?`),

  rec('chat_ne', f`नमस्ते, लाङटाङ स्टेसनको 4G राउटरमा लगइन गर्न सकिएन। पुरानो टेक्निसियनले भनेको थियो कि प्रयोगकर्ता admin र पासवर्ड ${v('credential.password_in_prose', 'Himal@Langtang77')} हो। राउटरको IP ${amb('pii.ip_address', '192.168.8.1')} हो। फ्याक्ट्री रिसेट नगरी पासवर्ड कसरी फेर्ने होला?`),

  rec('email_ka', f`გამარჯობა ნინო,

გუდაურის ზვავსაწინააღმდეგო სადგურის SFTP სერვერზე წვდომა აღდგენილია:
მომხმარებელი: gudauri_obs
პაროლი: ${v('credential.password_in_prose', 'Zvavi!Kazbegi52')}
სერვერი: sftp.snowlab.ge, პორტი 22

გთხოვ, პირველი შესვლისთანავე შეცვალე.
ლევანი

— ეს წერილი ინგლისურად გადამითარგმნე, პაროლის გარეშე.`),

  rec('env_ja', f`雪崩情報の要約ボットを作っています。ローカルでは動くのに、サーバーだと 401 になります。.env はこれです：

${cfg(f`# bot/.env
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
OPENAI_MODEL=gpt-4o-mini
BULLETIN_FEED=https://bulletin.yukiken.jp/rss/avalanche.xml
SUMMARY_LANG=ja`)}

環境変数の読み込み順が違うのでしょうか？`),

  rec('chat_en_us', f`The Berthoud Pass logger stopped accepting our deploy key after the firmware update. Here's the key from the field laptop — is it in a format the new sshd still accepts, or do I need to regenerate as ed25519?

${v('credential.openssh_private_key', STATION_KEY)}

host is the station's cellular modem at ${amb('pii.ip_address', '166.154.82.17')}, user "obs".`),

  rec('chat_ps', f`سلام، د سالنګ د برفکوچ خبرتیا SMS نه لیږل کیږي. دا زموږ تنظیمات دي:

${cfg(f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_AUTH)}
TWILIO_FROM=${phone('+1 720 418 2957')}
ALERT_GROUP=salang-drivers`)}

خطا وايي "Authenticate 20003". ایا ټوکن بدل شوی دی؟`),

  rec('shell_hy', f`Բարև, Արագածի կայանի Grafana-ից դաշբորդները ավտոմատ արտահանելու համար գրեցի սա, բայց 403 է վերադարձնում․

${cfg(f`curl -s -H "Authorization: Bearer ${v('credential.grafana_service_account_token', GLSA)}" \\
  "https://grafana.aragats-snow.am/api/search?type=dash-db&folderIds=7" | jq '.[].uid'`)}

Service account-ը Viewer դեր ունի, բավարա՞ր է։`),

  // ── used-car marketplace ──────────────────────────────────────────────────
  rec('code_python_nl', f`Kan iemand kijken waarom de bot dubbel post in #nieuwe-advertenties?

${code(f`import os
from slack_sdk import WebClient

# bot voor nieuwe occasions boven de 40k
client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def meld_advertentie(adv):
    if adv["prijs"] < 40_000:
        return
    client.chat_postMessage(
        channel="#nieuwe-advertenties",
        text=f"{adv['merk']} {adv['model']} ({adv['bouwjaar']}) – € {adv['prijs']:,}",
    )`)}

De webhook van het advertentieplatform roept hem twee keer aan bij een wijziging.`),

  rec('env_lt', f`Labas, po migracijos į naują serverį mokėjimai už skelbimų iškėlimą nebeveikia. Štai .env:

${cfg(f`APP_ENV=production
APP_URL=https://www.autoturgus.lt
STRIPE_KEY=pk_live_51${fill('b61-pklive', B62, 40)}
STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_CURRENCY=eur
QUEUE_CONNECTION=redis`)}

Klaida: "No such customer". Ar gali būti, kad raktas iš kitos paskyros?`),

  rec('json_lv', f`Sveiki! CI nevar izvilkt attēlus no mūsu privātā reģistra. Kolēģis iedeva šo ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.autoplacis.lv": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Kļūda: "unauthorized: incorrect username or password". Vai auth laukam jābūt citā formātā?`),

  rec('code_php_cs', f`Ahoj, na webu autobazaru se nenačítá mapa a nechodí potvrzovací e-maily. Tady je konfigurace:

${code(f`<?php
// config/sluzby.php – mapy a e-maily pro inzeráty
return [
    'mapy' => [
        'google_key' => '${v('credential.google_api_key', GOOGLE_MAPS)}',
        'vychozi_zoom' => 11,
    ],
    'mail' => [
        'driver' => 'sendgrid',
        'api_key' => '${v('credential.sendgrid_api_key', SENDGRID)}',
        'odesilatel' => '${v('pii.email', 'inzerce@autotrziste.cz')}',
    ],
];`)}

Může to být tím, že klíč od Googlu má omezení na doménu?`),

  rec('gradle_hu', f`Sziasztok! Az Android appban (használtautó-hirdetések) a Mapbox SDK letöltése 401-et ad. gradle.properties:

${cfg(f`org.gradle.jvmargs=-Xmx3g
android.useAndroidX=true
MAPBOX_DOWNLOADS_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)}`)}

A tokennél be van pipálva a DOWNLOADS:READ. Mit nézzek még meg?`),

  rec('code_js_ro', f`Salut, nu apar erorile din pagina de anunțuri în Sentry și nici metricile în Datadog. Config:

${code(f`// src/monitorizare.js
import * as Sentry from '@sentry/browser';
import { datadogRum } from '@datadog/browser-rum';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127361024016`)}',
  environment: 'productie',
  tracesSampleRate: 0.1,
});

export const DD_API_KEY = '${v('credential.datadog_api_key', DD_API)}';
datadogRum.init({ site: 'datadoghq.eu', service: 'anunturi-web', sessionSampleRate: 20 });`)}

E ok să țin cheia Datadog în frontend?`),

  rec('chat_sr', f`Pozdrav, pokušavam da pokrenem migracije za bazu oglasa sa laptopa, ali dobijam "password authentication failed". Konekcija koju koristim:

${cfg(f`DATABASE_URL=postgres://oglasi_app:${v('credential.database_url_password', 'Vozilo-Beograd-84')}@db-prod.polovniauti-interno.rs:5432/oglasi`)}

Da li je moguće da je lozinka promenjena posle rotacije u petak?`),

  rec('chat_sq', f`Përshëndetje! Bëra një bot Telegram që njofton kur del një makinë nën 5000 €. Tokeni i botit është ${v('credential.telegram_bot_token', TELEGRAM)} por kur e nis në server më del "409 Conflict: terminated by other getUpdates request". Çfarë do të thotë?`),

  rec('chat_el', f`Καλησπέρα, στο GitHub Actions το workflow που κάνει deploy τις αγγελίες αποτυγχάνει με "Resource not accessible by personal access token". Έβαλα αυτό το fine-grained token στο secret: ${v('credential.github_fine_grained_pat', GH_FINE)}
Έχει δικαιώματα Contents: read & write μόνο στο repo aggelies-web. Τι λείπει;`),

  rec('shell_pt_br', f`Galera, tô tentando rodar o relatório de leilões direto no banco e o mysql trava:

${cfg(f`$ mysql -h ${amb('pii.ip_address', '10.40.2.15')} -u leilao_rel -p'${v('credential.mysql_cli_password', 'Fusca#1968vw')}' leiloes -e "SELECT COUNT(*) FROM lances WHERE criado_em > NOW() - INTERVAL 1 DAY"
ERROR 2013 (HY000): Lost connection to MySQL server at 'reading initial communication packet', system error: 0`)}

É firewall ou o usuário tá bloqueado?`),

  rec('chat_vi', f`Chào anh, ảnh xe đăng lên không hiển thị nữa. Trong file cấu hình em thấy dòng này:

${cfg(f`CLOUDINARY_URL=cloudinary://418273950163842:${v('credential.url_password', CLOUDINARY_SECRET)}@xe-cu-vn`)}

Có phải API secret hết hạn không ạ? Em cần đổi ở đâu?`),

  rec('curl_th', f`สวัสดีครับ ระบบแจ้งเตือนรถมือสองลงประกาศใหม่ไม่ส่งข้อความเข้ากลุ่มแล้ว ผมลองยิงคำสั่งนี้ก็ได้ 401

${cfg(f`curl -X POST https://notify-api.line.me/api/notify \\
  -H "Authorization: Bearer ${v('credential.bearer_token', LINE_TOKEN)}" \\
  -F "message=ประกาศใหม่: Toyota Fortuner 2019 ราคา 879,000 บาท"`)}

โทเคนหมดอายุหรือเปล่าครับ`),

  rec('env_id', f`Halo, setelah deploy ke server baru, pembayaran iklan premium di website jual-beli mobil gagal terus. Ini .env Laravel-nya:

${cfg(f`APP_NAME=MobilBekas
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=mobilbekas
DB_USERNAME=mobil_app
DB_PASSWORD=${v('credential.password_assignment', 'Kijang!Innova2020')}
MIDTRANS_SERVER_KEY=${v('credential.generic_secret_assignment', MIDTRANS)}
MIDTRANS_IS_PRODUCTION=true`)}

Errornya "Access denied due to unauthorized transaction". Apa server key-nya salah?`),

  rec('chat_tl', f`Hi po! Yung payout sa mga seller ng sasakyan hindi pumapasok since kahapon. Eto yung secret key na gamit namin sa Xendit: ${v('credential.generic_secret_assignment', XENDIT)} — production na po ba ito o test? Nagre-return kasi ng "INVALID_API_KEY".`),

  // ── maternity hospital ────────────────────────────────────────────────────
  rec('json_pt', f`Bom dia, o motor de integração HL7 da maternidade deixou de gravar as mensagens ADT depois da mudança de servidor. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Integracao": "Server=sql-mat01.hmaternidade.local;Database=HL7Integracao;User Id=hl7_svc;Password=${v('credential.connection_string_password', 'Cegonha#2024!lx')};TrustServerCertificate=True"
  },
  "Hl7": { "PortaEscuta": 6661, "Ack": "AL" }
}`)}

O erro é "Login failed for user 'hl7_svc'". Onde posso ver se a conta está bloqueada?`),

  rec('chat_es_pe', f`Hola, ayúdame a redactar un mensaje de bienvenida para la nueva obstetra del turno noche. Tiene que incluir que su usuario del sistema de historias clínicas es "mquispe.obst" y que la contraseña temporal es ${v('credential.password_in_prose', 'Maternidad.Lima25')}, que debe cambiarla al primer ingreso. Que suene cálido pero formal.`),

  rec('code_ps_fr_be', f`Bonjour, le script qui envoie l'occupation des salles d'accouchement dans Teams plante depuis lundi :

${code(f`# Occupation-SallesAccouchement.ps1
$tenantId     = "0f3a9c64-8d21-4b7e-a5c9-3e17b6d2f840"
$clientId     = "b7d21e93-4c58-4a0f-9e36-81f0c5a2d7b4"
$clientSecret = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
$webhook      = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"

$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body @{
    client_id = $clientId; client_secret = $clientSecret; scope = "https://graph.microsoft.com/.default"; grant_type = "client_credentials"
}).access_token

$libres = (Get-SallesLibres -Token $token).Count
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body (@{ text = "Salles libres : $libres" } | ConvertTo-Json)`)}

Erreur : AADSTS7000222, le secret est expiré ?`),

  rec('chat_fr_sn', f`Salut, tu peux m'aider à faire une petite affiche pour la salle d'attente de la maternité ? Il faut écrire que le Wi-Fi pour les familles s'appelle "Maternite-Familles" et que le mot de passe est ${v('credential.password_in_prose', 'Teranga2025!')}. En français et en wolof si possible.`),

  rec('chat_ha', f`Sannu, don Allah ka taimaka min in rubuta saƙo zuwa ga sabuwar ma'aikaciyar rajista ta asibitin haihuwa. Sunan mai amfani na DHIS2 shine "h.abubakar" kuma kalmar sirri ita ce ${v('credential.password_in_prose', 'Haihuwa-Kano24')}. Ta canza ta da zarar ta shiga. A rubuta shi cikin Hausa da Turanci.`),

  rec('chat_so', f`Salaan, waxaan rabaa inaan u qoro fariin kooxda umulisooyinka ee isbitaalka hooyada. Nidaamka OpenMRS magaca isticmaalaha waa "umuliso_habeen" erayga sirta ahna waa ${v('credential.password_in_prose', 'Hooyo-Hargeysa7')}. Fadlan ka dhig mid kooban oo af-Ingiriis ah.`),

  rec('shell_mr', f`नमस्कार, हॉस्पिटलच्या लॅब रिपोर्ट सर्व्हिससाठी Vault मधून secret काढताना permission denied येतोय. मी हे चालवलं:

${cfg(f`$ export VAULT_ADDR=https://vault.matruseva-pune.in:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/lab-reports/prod
Error reading secret/lab-reports/prod: Code: 403. Errors: * permission denied`)}

policy मध्ये काय बदल करायला लागेल?`),

  rec('props_ta', f`வணக்கம், மகப்பேறு மருத்துவமனையின் நோயாளர் போர்டல் Active Directory-யுடன் இணைக்க முடியவில்லை. application.properties:

${cfg(f`spring.ldap.urls=ldaps://dc01.thaimai-hospital.local:636
spring.ldap.base=OU=Staff,DC=thaimai-hospital,DC=local
spring.ldap.username=CN=svc-portal,OU=Service,DC=thaimai-hospital,DC=local
spring.ldap.password=${v('credential.password_assignment', 'Amma@Chennai#19')}
portal.ward.default=LABOUR-2`)}

"LDAP: error code 49 - 80090308" என்று வருகிறது. இதன் அர்த்தம் என்ன?`),

  rec('curl_en_uk', f`The maternity EPR's FHIR endpoint returns 401 from the new integration box but works from my laptop. Exact command:

${cfg(f`curl -sS -H "Accept: application/fhir+json" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('mat-integration:Ward7-Leeds-Bluebell!'))}" \\
  "https://epr-test.northgate-maternity.nhs.uk/fhir/r4/Encounter?status=in-progress&location=Delivery-Suite"`)}

Is the proxy stripping the header?`),

  rec('chat_fa', f`سلام، پیامک یادآوری نوبت مراقبت‌های بارداری برای مادرها ارسال نمی‌شود. در کد کلید پنل پیامکی را این‌طور گذاشته‌ایم:

${code(f`KAVENEGAR_API_KEY = "${v('credential.generic_secret_assignment', KAVENEGAR)}"
api = KavenegarAPI(KAVENEGAR_API_KEY)
api.sms_send({"receptor": mother.mobile, "message": f"یادآوری: نوبت شما {visit.date} ساعت {visit.time}"})`)}

خطای ۴۱۸ «اعتبار حساب کافی نیست» می‌دهد. مشکل از کلید است یا اعتبار؟`),

  // ── translation and interpreting agency ───────────────────────────────────
  rec('code_python_zh', f`帮我看一下这个翻译脚本，DeepL 和 Claude 的结果怎么合并比较好？

${code(f`import deepl
import anthropic

# 机器翻译 + 大模型润色（客户：某医疗器械公司，中译英）
translator = deepl.Translator("${v('credential.generic_secret_assignment', DEEPL)}")
claude = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def translate(text: str) -> str:
    draft = translator.translate_text(text, source_lang="ZH", target_lang="EN-GB").text
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=2000,
        messages=[{"role": "user", "content": f"请润色以下译文，保持术语一致：\\n{draft}"}],
    )
    return msg.content[0].text`)}`),

  rec('chat_yue', f`喂，你幫我寫封 email 俾新嚟嘅傳譯員啦。佢要用 memoQ server 做嗰單法律文件，帳戶名係 "interp_kwong"，密碼係 ${v('credential.password_in_prose', 'Tsim-Sha-Tsui88!')}，叫佢第一次登入之後即刻改。語氣要客氣啲，用英文寫。`),

  rec('env_ko', f`안녕하세요, 번역 메모리 검색 서비스에서 네이버 파파고 API가 갑자기 401을 반환합니다. 서버의 .env는 다음과 같습니다:

${cfg(f`NAVER_CLIENT_ID=Qm7xK2vT9rLp4WzN8sHd
NAVER_CLIENT_SECRET=${v('credential.generic_secret_assignment', NAVER_SECRET)}
GOOGLE_TRANSLATE_KEY=${v('credential.google_api_key', tok('AIza', 'Sy', fill('b61-gtrans', B64URL, 33)))}
TM_DB=postgres://tm_reader@localhost:5432/tm`)}

애플리케이션 등록 상태를 어디서 확인할 수 있나요?`),

  rec('chat_hi', f`नमस्ते, क्लाइंट ने अनुवाद की फाइलें भेजने के लिए SFTP लिंक दिया है लेकिन FileZilla में कनेक्ट नहीं हो रहा। उन्होंने यह पूरा पता भेजा था:
sftp://lingua_vendor:${v('credential.url_password', 'Anuvad#Delhi2025')}@files.medisure-pharma.in:2222/incoming/hi-IN
क्या पोर्ट 2222 अलग से डालना पड़ेगा?`),

  rec('code_js_te', f`హాయ్, క్లయింట్‌లకు అనువాద కోట్ ఈమెయిల్ వెళ్ళడం లేదు. ఇది మా Node కోడ్:

${code(f`const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mg = new Mailgun(formData).client({
  username: 'api',
  key: '${v('credential.mailgun_api_key', MAILGUN)}',
  url: 'https://api.eu.mailgun.net',
});

async function pampuQuote(to, pdf) {
  return mg.messages.create('mg.anuvadam-services.in', {
    from: 'Quotes <${v('pii.email', 'quotes@mg.anuvadam-services.in')}>',
    to, subject: 'Translation quote', attachment: [pdf],
  });
}`)}

"Forbidden" అని వస్తోంది. EU region సమస్యా?`),

  rec('env_az', f`Salam, layihə izləmə skriptini Notion-dan Airtable-a köçürürük, amma sinxronizasiya işləmir. .env faylı:

${cfg(f`NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB=9e41c7a2d83f4b0e96a1f35c20d7b8e4
AIRTABLE_TOKEN=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appR4wN8kM1tQ5vX2`)}

Notion tərəfdə inteqrasiyanı bazaya əlavə etmək lazımdır?`),

  // ── port authority security office ────────────────────────────────────────
  rec('cisco_el', f`Γεια σας, αλλάζουμε τον switch του VLAN των καμερών στην πύλη 3 του λιμένα. Είναι σωστό αυτό το κομμάτι ρυθμίσεων;

${cfg(f`hostname SW-CCTV-PYLI3
enable secret 9 ${ambCat('credential', CISCO_HASH)}
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Limani!Peiraias-33')}
snmp-server community ${v('credential.network_device_secret', 'cctvRO-pyli3')} RO
interface Vlan40
 description CCTV-PYLI3
 ip address ${amb('pii.ip_address', '10.40.3.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}

Θέλω να βεβαιωθώ ότι δεν αφήνουμε κωδικό σε απλό κείμενο.`),

  rec('chat_et', f`Tere, sadama turvaosakonna NVR-i veebiliides ei lase enam sisse. Eelmine vahetus jättis märkmiku sisse rea "login ${v('credential.user_password_pair', 'admin:Sadam-Muuga!77')}", aga sellega ka ei saa. Kas Hikvisioni seadmel lukustub konto pärast viit valet katset?`),

  rec('shell_lt', f`Sveiki, bandau iš terminalo patikrinti praėjimo kontrolės sistemos duomenų bazę Klaipėdos uosto vartuose:

${cfg(f`sqlcmd -S ${amb('pii.ip_address', '172.20.14.9')},1433 -U pk_admin -P ${v('credential.cli_password', 'Vartai#Klaipeda19')} -d PraejimoKontrole -Q "SELECT TOP 20 * FROM dbo.Ivykiai ORDER BY Laikas DESC"`)}

Gaunu "Login timeout expired". Ar tai ugniasienė?`),

  rec('ipsec_es', f`Hola, el túnel IPsec entre la garita de acceso norte y el centro de control del puerto no levanta. ipsec.secrets y la conexión:

${cfg(f`# /etc/ipsec.secrets
${amb('pii.ip_address', '195.77.41.18')} ${amb('pii.ip_address', '195.77.41.90')} : PSK "${v('credential.generic_secret_assignment', 'Garita-Norte!Valencia_2291')}"

# /etc/ipsec.conf
conn garita-norte
    left=${amb('pii.ip_address', '195.77.41.18')}
    right=${amb('pii.ip_address', '195.77.41.90')}
    ike=aes256-sha256-modp2048
    auto=start`)}

En el log sale "no shared key found". ¿Está mal el formato?`),

  rec('chat_en_ph', f`Hi! We're integrating the visitor-pass kiosk at the Manila South Harbor gate with Okta so guards log in with SSO. The vendor asked for an API token so I created one: ${v('credential.okta_api_token', OKTA)}. Is it ok to give them a super admin token or should I make a custom admin role first?`),

  rec('config_nl', f`Hoi, de export van camerabeelden naar de Azure-archiefopslag stopt na 10 minuten. Dit is de connectiestring in de exporttool:

${cfg(f`DefaultEndpointsProtocol=https;AccountName=havenbeveiligingarchief;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Moeten we een SAS-token gebruiken in plaats van de accountsleutel?`),

  rec('code_bash_ro', f`Salut, scriptul care anunță pe Slack când o poartă de acces din port rămâne deschisă nu mai trimite nimic:

${code(f`#!/usr/bin/env bash
# verifica_porti.sh – rulează la fiecare minut din cron
WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
for poarta in P1 P2 P5 DANA-4; do
  stare=$(curl -s "http://acces-ctrl.local/api/porti/$poarta/stare")
  if [ "$stare" = "DESCHISA" ]; then
    curl -s -X POST -H 'Content-type: application/json' \\
      --data "{\\"text\\":\\"Poarta $poarta deschisă de peste 5 minute\\"}" "$WEBHOOK"
  fi
done`)}`),

  rec('http_vi', f`Chào mọi người, camera OCR ở làn cổng số 4 cảng không đẩy được sự kiện lên server. Request em bắt được bằng Wireshark:

${cfg(f`POST /api/v2/gate-events HTTP/1.1
Host: ocr.haiphongport.vn
Authorization: Bearer ${v('credential.jwt', GATE_JWT)}
Content-Type: application/json

{"lane":4,"container":"TGHU 874213 0","plate":"15C-482.19","ts":"2025-02-18T07:41:22+07:00"}`)}

Server trả 401 "token audience invalid". Có phải sai aud không?`),

  // ── fintech KYC / onboarding ──────────────────────────────────────────────
  rec('json_en_us', f`Document AI OCR for ID cards fails in our staging project with "PERMISSION_DENIED". This is the key file the onboarding service mounts — is the role wrong or the key?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kyc-ocr-staging",
  "private_key_id": "${fill('b61-gcpkid', hex, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'docai-reader@kyc-ocr-staging.iam.gserviceaccount.com')}",
  "client_id": "104827391650284736192",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('curl_lt', f`Sveiki, Onfido patikrinimų API grąžina 401, nors raktas naujas. Užklausa:

${cfg(f`curl -X POST https://api.eu.onfido.com/v3.6/applicants \\
  -H "Authorization: Token token=${v('credential.generic_secret_assignment', ONFIDO)}" \\
  -H "Content-Type: application/json" \\
  -d '{"first_name":"Test","last_name":"Klientas"}'`)}

Ar EU regionui reikia kito rakto?`),

  rec('code_ts_ko', f`안녕하세요, 고객 확인(KYC) 완료 후 결제 계정을 여는 웹훅 코드인데 서명 검증이 계속 실패합니다.

${code(f`import Stripe from 'stripe';

const stripe = new Stripe('${v('credential.stripe_restricted_key', RK_LIVE)}', { apiVersion: '2024-06-20' });
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

export async function handle(req: Request): Promise<Response> {
  const sig = req.headers.get('stripe-signature') ?? '';
  const body = await req.json(); // 여기서 raw body가 아니라서 문제일까요?
  const event = stripe.webhooks.constructEvent(JSON.stringify(body), sig, endpointSecret);
  if (event.type === 'identity.verification_session.verified') await openAccount(event.data.object);
  return new Response('ok');
}`)}`),

  rec('chat_pt_br', f`Oi, o parceiro de biometria pediu a chave que usamos para assinar o JWT das sessões de onboarding. Essa aqui é a privada, né? Não posso mandar ela, certo? Qual eu mando?

${v('credential.private_key', RSA_SIGN)}`),

  rec('notebook_en_uk', f`In [3]:
${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4827391650284736.16.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7e4a1c90b3f248d6",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT risk_band, count(*) FROM kyc.onboarding_cases WHERE created >= '2025-01-01' GROUP BY 1")`)}

Out[3]: OperationalError: 403 Forbidden

In [4]: the token was made by Priya before she left — does it die with her account?`),

  rec('tfvars_it', f`Ciao, terraform plan fallisce sul droplet che ospita il servizio di verifica documenti:

${cfg(f`# envs/prod/terraform.tfvars
do_token     = "${v('credential.digitalocean_token', DO_TOKEN)}"
region       = "fra1"
droplet_size = "s-4vcpu-8gb"
kyc_domain   = "verifica.finpunto.it"`)}

"Error: GET https://api.digitalocean.com/v2/account: 401 Unable to authenticate you". Il token è read-only?`),

  rec('chat_fi', f`Sops ei pura KYC-palvelun salaisuuksia uudella koneella. Kopioin avaintiedoston näin:

# created: 2025-01-14T09:12:40+02:00
# public key: age1v7c3m0qz8t5k2x9n4w6f1l8p3s6d9g2h5j7k0r4y6u8e1a3c5x7z2q9wfk
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE osoittaa siihen. Mitä muuta pitää tarkistaa?`),

  rec('gha_et', f`Tere! Meie sisemise KYC-vidinapaketi avaldamine GitHub Actionsis ebaõnnestub E401-ga:

${cfg(f`- name: Avalda pakett
  run: |
    echo "//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}" > ~/.npmrc
    npm publish --access restricted`)}

Token on "Automation" tüüpi. Kas 2FA võib segada?`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('code_python_cs', f`Ahoj, skript, který zakládá tikety v Jiře pro zamítnuté KYC žádosti, vrací 401:

${code(f`from jira import JIRA

jira = JIRA(
    server="https://penezenka.atlassian.net",
    basic_auth=("${v('pii.email', 'kyc-bot@penezenka.cz')}", "${v('credential.atlassian_api_token', ATLASSIAN)}"),
)

def zaloz_tiket(zadost):
    jira.create_issue(project="KYC", issuetype={"name": "Task"},
                      summary=f"Zamítnutá žádost {zadost['id']}", description=zadost["duvod"])`)}`),

  rec('shell_es_mx', f`Buenas, quiero bajar el modelo de OCR para INE/pasaportes desde Hugging Face en el servidor, pero me da 401:

${cfg(f`$ export HF_TOKEN=${v('credential.huggingface_token', HF)}
$ huggingface-cli download finmx/ocr-ine-v2 --local-dir /opt/modelos/ocr-ine
401 Client Error: Unauthorized for url: https://huggingface.co/api/models/finmx/ocr-ine-v2`)}

El repo es privado de la organización. ¿Me falta aceptar algo?`),

  rec('chat_tl', f`Ate, pwede mo ba i-check bakit nagte-timeout yung summarizer ng mga KYC notes? Gamit namin Groq, key: ${v('credential.groq_api_key', GROQ)}. Baka rate limit lang? Mga 300 requests per minute kasi tuwing umaga.`),

  rec('chat_en_us', f`Azure DevOps pipeline for the onboarding service can't push the Helm chart. I set the PAT directly in the git remote:

${cfg(f`git remote set-url origin https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/coinwell/kyc/_git/onboarding-charts`)}

PAT scope is Code (read & write), expires in 30 days. "TF401019: The Git repository does not exist"?`),

];

/**
 * Held-out batch 53: credentials pasted by staff of an air ambulance service, a coffee and cocoa
 * trading house, a municipal housing-benefits office, a fabless chip startup, driving-test and
 * vehicle-inspection centres and an international removals company — configs, scripts, chats and
 * mails in many languages. Hand-written, unmeasured when written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TWILIO_SID = tok('AC', fill('b53-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b53-twtok', HEX, 32);
const AKIA = tok('AKIA', fill('b53-akia', B32, 16));
const AKIA_SECRET = fill('b53-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b53-akia2', B32, 16));
const AKIA2_SECRET = fill('b53-akia2s', B64, 40);
const GH_FINE = tok('github_pat_', '11B', fill('b53-ghf1', UPPER + DIGITS, 19), '_', fill('b53-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b53-glpat', B62 + '-_', 20));
const MARKET_SECRET = fill('b53-mktsec', B62, 40);
const SG = tok('SG.', fill('b53-sg1', B64URL, 22), '.', fill('b53-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b53-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b53-whsec', B62, 32));
const MAILGUN = tok('key-', fill('b53-mailgun', HEX, 32));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b53-slt', UPPER + DIGITS, 9), '/B0', fill('b53-slb', UPPER + DIGITS, 9), '/', fill('b53-slh', B62, 24));
const GOOGLE_MAPS = tok('AIza', 'Sy', fill('b53-gmaps', B64URL, 33));
const OPENAI = tok('sk-', 'proj-', fill('b53-oa1', B64URL, 74), 'T3BlbkFJ', fill('b53-oa2', B64URL, 74));
const TW_SSH = pem('OPENSSH PRIVATE KEY', 'b53-twssh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const TELEGRAM = tok('7', fill('b53-tgid', DIGITS, 9), ':', 'AA', fill('b53-tg', B64URL, 33));
const HF = tok('hf_', fill('b53-hf', B62, 34));
const BASIC_ART = b64('svc-tapeout:Rv9!tapeout-Q3-vault');
const DOCKER_AUTH = b64('orbis-sofia:Tr4nsport!Vitosha26');
const AZ_STORAGE = tok(fill('b53-azst', B64, 86), '==');
const MPESA_KEY = fill('b53-mpesak', B62, 48);
const MPESA_SECRET = fill('b53-mpesas', B62, 64);
const SA_PEM = pem('PRIVATE KEY', 'b53-sapem', 1218).replace(/\n/g, '\\n');
const VAULT = tok('hvs.', 'CAESI', fill('b53-vault', B64URL, 86));
const AZ_CLIENT = tok(fill('b53-azc1', B62, 3), '8Q~', fill('b53-azc2', B62 + '-_.', 34));
const SENTRY_KEY = fill('b53-sentry', HEX, 32);
const INSPEKT_BEARER = fill('b53-inspbear', B62 + '-._~', 56);
const DD_API = fill('b53-ddapi', HEX, 32);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b53-ant', B64URL, 93), 'AA');
const DOP = tok('dop_v1_', fill('b53-dop', HEX, 64));
const HU_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'mentes-2025-02' }, { sub: 'disp-kovacs.eszter', iss: 'https://sso.legimentes.hu/realms/ops', aud: 'flightboard', roles: ['dispatcher'], iat: 1739862012, exp: 1739865612 }, 'b53-hujwt');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b53-atl', B64URL, 171), '=', fill('b53-atl2', HEX.toUpperCase(), 8));
const ADO_PAT = fill('b53-adopat', B32LOWER, 52);
const DATABRICKS = tok('dapi', fill('b53-dapi', HEX, 32));
const FW_KEY = pem('RSA PRIVATE KEY', 'b53-fwkey', 1192);
const TEAMS_HOOK = tok('https://orbistasima.webhook.office.com/webhookb2/', '7c1e4a92-0b3d-4f85-9a26-e48d1c7b5f30@2d9f6b18-4c7a-4e03-b85e-1a3f7c9d2e64/IncomingWebhook/', fill('b53-teams1', HEX, 32), '/', 'a83f2c5d-9e17-4b60-8d4a-0f7e3b1c6d92/', 'V2', fill('b53-teams2', B64URL, 43));
const GHP_HE = gh('ghp', 'Nw4Tq8Zs1Kd6Vb3Hm9Lx2Rc7Pf5Gy0');
const OPENAI_EG = tok('sk-', 'proj-', fill('b53-oaeg1', B64URL, 74), 'T3BlbkFJ', fill('b53-oaeg2', B64URL, 74));
const CF_TOKEN = fill('b53-cftoken', B64URL, 40);
const RZP_ID = tok('rzp_', 'live_', fill('b53-rzpid', B62, 14));
const RZP_SECRET = fill('b53-rzpsec', B62, 24);
const GROQ = tok('gsk_', fill('b53-groq', B62, 52));
const NPM = gh('npm', 'Hc8Vw2Ry6Kb1Tn5Mx9Pq3Ld7Fs4Gj0');
const PMAK = tok('PMAK-', fill('b53-pmak1', HEX, 24), '-', fill('b53-pmak2', HEX, 34));
const SHOPIFY = tok('shpat_', fill('b53-shpat', HEX, 32));
const LINE_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'tro-bangna-07', scope: 'inspection:write', station: 'BKK-07', iat: 1741003200, exp: 1741089600 }, 'b53-thjwt');
const SA_JSON_ID = '104928371650284719362';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH53_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our dispatch board stopped sending SMS callouts to the night crew after we moved it to the new VM. Here's the .env, anything obviously wrong?

${amb('source_code.snippet', f`# /opt/skyline-dispatch/.env
NODE_ENV=production
PORT=8080
CALLOUT_FROM=${phone('+44 1224 748193')}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
ROSTER_API=https://roster.skyline-aeromed.co.uk/api/v2
CALLOUT_RETRY_SECONDS=45`)}

The logs just say "Authenticate" and code 20003.`),

  rec('chat_fr', f`Tu peux reformuler ce message pour qu'il soit plus professionnel ? C'est pour la nouvelle infirmière de bord qui commence lundi à la base de Mérignac :

"Salut Camille, ton compte sur le portail des missions est prêt. Identifiant : c.roussel, mot de passe provisoire : ${v('credential.password_in_prose', 'Hélico-Cap33!ferret')}. Tu devras le changer à la première connexion, sinon le planning des gardes ne s'affichera pas."`),

  rec('ci_yaml', f`The nightly regression burst to AWS fails at the upload step with "SignatureDoesNotMatch". Workflow:

${amb('source_code.snippet', f`name: nightly-regression
on:
  schedule:
    - cron: "0 1 * * *"
jobs:
  sim:
    runs-on: [self-hosted, eda]
    env:
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AKIA)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AKIA_SECRET)}
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - run: make -C verif regress SEED=random JOBS=64
      - run: aws s3 sync verif/out/ s3://nimbic-regress-logs/$(date +%F)/ --only-show-errors`)}

Same keys work from my laptop.`),

  rec('code_python', f`Script to pull the latest PDK drop from our private repo. It 404s on the release asset even though I can see it in the browser.

\`\`\`python
${code(f`import requests
from pathlib import Path

TOKEN = "${v('credential.github_fine_grained_pat', GH_FINE)}"
REPO = "nimbic-silicon/pdk-n6-wrapper"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.github+json"}

def latest_asset(name_prefix: str) -> Path:
    rel = requests.get(f"https://api.github.com/repos/{REPO}/releases/latest", headers=HEADERS, timeout=30).json()
    asset = next(a for a in rel["assets"] if a["name"].startswith(name_prefix))
    out = Path("/tools/pdk") / asset["name"]
    with requests.get(asset["browser_download_url"], headers=HEADERS, stream=True) as r:
        r.raise_for_status()
        out.write_bytes(r.content)
    return out

print(latest_asset("pdk-n6-"))`)}
\`\`\``),

  rec('chat_de', f`Moin, ich bekomme beim Clonen unseres Analog-IP-Repos nur "HTTP Basic: Access denied". Ich habe mir heute früh einen neuen Token erstellt: ${v('credential.gitlab_pat', GLPAT)} (Scopes read_repository, read_api). Muss der zusätzlich für das Projekt freigeschaltet werden oder liegt das an der SSO-Anbindung?`),

  rec('code_python', f`${code(f`# position_feed.py — pulls settlement prices for KC and CC every 15 min
import os
import psycopg2
from marketfeed import Client

FEED = Client(
    api_key="mkt-verhagen-ops",
    api_secret="${v('credential.generic_secret_assignment', MARKET_SECRET)}",
    region="eu",
)
DSN = "postgresql://positions_rw:${v('credential.database_url_password', 'Arabica#Santos-2024')}@pg-risk-01.verhagen.local:5432/positions"

def run():
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        for sym in ("KC", "CC", "RC"):
            for bar in FEED.settlements(sym, months=6):
                cur.execute("insert into settle(sym, month, px, ts) values (%s,%s,%s,%s) on conflict do nothing",
                            (sym, bar.month, bar.price, bar.ts))`)}

Can you make this retry on network errors without inserting duplicates?`),

  rec('docker_compose', f`Hola, el contenedor del broker se reinicia en bucle desde que cambié las contraseñas. ¿Ves algo raro?

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: contratos
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Cafetal-Huila_2025')}
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: altamira
      RABBITMQ_DEFAULT_PASS: ${v('credential.password_assignment', 'Tostado&Verde77')}
  worker:
    build: ./worker
    depends_on: [db, rabbit]`)}

En los logs de rabbit sale "invalid credentials" para el usuario altamira.`),

  rec('chat_pt', f`Oi! Configurei o envio automático das confirmações de embarque de café pro porto de Santos, mas os e-mails não chegam. Estou usando a chave ${v('credential.sendgrid_api_key', SG)} e o remetente ${v('pii.email', 'embarques@cafeexport.com.br')}. Acho que não verifiquei o domínio. Como faço?`),

  rec('chat_cs', f`Ahoj, potřebuju poslat kolegyni z odboru sociálních věcí přístup do aplikace pro příspěvek na bydlení, než se vrátí správce. Přihlašovací jméno je novakova.j a heslo ${v('credential.password_in_prose', 'Bydleni-2025*Praha9')}. Můžeš mi napsat krátký a zdvořilý e-mail, kde jí to vysvětlím a upozorním ji, ať si heslo hned změní?`),

  rec('json_config', f`Szia! A lakhatási támogatás nyilvántartó alkalmazás nem indul el az új szerveren, ezt írja: "Login failed for user 'lakhatas_app'". Itt az appsettings.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Nyilvantartas": "Server=sql-onk-02\\\\PROD;Database=LakhatasiTamogatas;User Id=lakhatas_app;Password=${v('credential.connection_string_password', 'Tamogatas!2025_Dunak')};TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

Mit nézzek meg először?`),

  rec('env_file', f`${amb('source_code.snippet', f`# booking-web/.env.production
APP_URL=https://book.testwise-centres.co.uk
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_PRICE_PRACTICAL=price_1QmX8dKp3tR7vLw2
STRIPE_PRICE_MOT=price_1QmX9aKp3tR7vLw2
SESSION_LIFETIME=120`)}

Webhooks for refunds (candidate cancels >3 working days before test) aren't being picked up. Which events do I need to subscribe to?`),

  rec('code_php', f`Hallo, kan je kijken waarom de bevestigingsmails voor de keuringsafspraken niet vertrekken? Mailgun geeft 401 terug.

${code(f`<?php
$mg = Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');
$mg->messages()->send('mg.autokeuring-schelde.be', [
    'from'    => 'Afspraken <${v('pii.email', 'no-reply@mg.autokeuring-schelde.be')}>',
    'to'      => $afspraak->email,
    'subject' => 'Bevestiging keuring ' . $afspraak->nummerplaat,
    'text'    => sprintf("Uw afspraak in station %s op %s om %s.", $afspraak->station, $afspraak->datum, $afspraak->uur),
]);`)}`),

  rec('shell', f`Hej! Skriptet ska posta i Slack när en flyttbil har checkat ut från lagret i Årsta, men ingenting händer. Vad är fel?

${code(f`#!/usr/bin/env bash
set -euo pipefail
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
order="$1"; truck="$2"
msg=$(printf '{"text":"Order %s: bil %s har lämnat lagret %s"}' "$order" "$truck" "$(date +%H:%M)")
curl -s -X POST -H 'Content-type: application/json' --data "$msg" "$HOOK"`)}`),

  rec('code_js', f`The quote tool computes the driving distance between the old and new address and multiplies by the truck rate. It works locally but production returns REQUEST_DENIED.

${code(f`const MAPS_KEY = '${v('credential.google_api_key', GOOGLE_MAPS)}';

export async function drivingKm(from, to) {
  const url = new URL('https://maps.googleapis.com/maps/api/distancematrix/json');
  url.searchParams.set('origins', from);
  url.searchParams.set('destinations', to);
  url.searchParams.set('units', 'metric');
  url.searchParams.set('key', MAPS_KEY);
  const res = await fetch(url);
  const body = await res.json();
  if (body.status !== 'OK') throw new Error(body.error_message ?? body.status);
  return body.rows[0].elements[0].distance.value / 1000;
}`)}`),

  rec('chat_ja', f`社内のテープアウト・チェックリストを要約するスクリプトを書いていますが、401 が返ってきます。キーは昨日発行したものです：${v('credential.openai_api_key', OPENAI)}
組織の設定でプロジェクトの権限が足りないのでしょうか？`),

  rec('chat_zh_tw', f`我要連到新竹辦公室的模擬主機，ssh 一直跳 "Permission denied (publickey)"。這是我放在 ~/.ssh/id_ed25519 的金鑰，是不是格式壞掉了？

${v('credential.openssh_private_key', TW_SSH)}

權限我已經設成 600 了。`),

  rec('code_python', f`${code(f`import logging
import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CREW_CHAT = -1002184730195

def alert_crew(mission_id: str, base: str, eta_min: int) -> None:
    text = f"🚁 Mission {mission_id}: launch from {base}, patient ETA {eta_min} min"
    r = requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      json={"chat_id": CREW_CHAT, "text": text}, timeout=10)
    if not r.ok:
        logging.error("telegram %s %s", r.status_code, r.text)`)}

Crew says the alerts arrive twice sometimes. Is it the retry in our queue or Telegram?`),

  rec('chat_ar', f`لو سمحت، السكريبت اللي بيعمل نسخة احتياطية لقاعدة بيانات الحجوزات بتاعة النقل مش شغال من امبارح. ده سطر الاتصال اللي في الكود:
mysql://orbis_cairo:${v('credential.database_url_password', 'Nile-Movers#2025')}@${amb('pii.ip_address', '10.20.4.17')}:3306/bookings
والخطأ: Access denied for user 'orbis_cairo'. هل المشكلة في الباسورد ولا في الصلاحيات؟`),

  rec('chat_tr', f`Merhaba, muayene istasyonundaki randevu ekranına giremiyorum. Bölge müdürü bana şu bilgileri gönderdi: kullanıcı adı "ist-kartal-04", şifre ${v('credential.password_in_prose', 'Muayene*Kartal2025')}. Ama her seferinde "yetkisiz erişim" diyor. Destek ekibine göndermek için kısa bir e-posta yazar mısın?`),

  rec('chat_he', f`היי, אני מנסה להריץ מודל קטן מ-Hugging Face לסיווג תמונות של ה-wafer maps, אבל ההורדה נכשלת עם 401. הטוקן שלי הוא ${v('credential.huggingface_token', HF)} — צריך הרשאת read בלבד או גם לאשר את תנאי השימוש של המודל?`),

  rec('http', f`Artifactory rejects the upload of the nightly netlist bundle with 401. Raw request from the CI debug log:

${amb('source_code.snippet', f`PUT /artifactory/tapeout-local/nimbic/ip-serdes/2025.03.14/netlist.tar.zst HTTP/1.1
Host: artifacts.nimbic-silicon.com
Authorization: Basic ${v('credential.basic_auth_header', BASIC_ART)}
Content-Type: application/octet-stream
X-Checksum-Sha256: ${fill('b53-artsha', HEX, 64)}
Content-Length: 418237714`)}

Does Artifactory still accept basic auth for service users or do I need an access token?`),

  rec('shell', f`Bună, scriptul de export al programărilor la proba practică dă eroare. Rulez asta din cron:

${amb('source_code.snippet', f`mysqldump -h db-examene.local -u export_programari -p${v('credential.mysql_cli_password', 'Permis!Cluj2025')} examene programari --where="data >= CURDATE()" > /srv/export/programari.sql`)}

Eroarea: "Using a password on the command line interface can be insecure" și apoi fișierul e gol. E de la avertisment?`),

  rec('json_config', f`Здравей, на новия лаптоп docker pull от нашия частен регистър дава "unauthorized". Копирах config.json от стария:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.orbis-relocations.bg": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": "desktop"
}`)}

Дали credsStore не презаписва auth?`),

  rec('chat_sr', f`Molim te napiši kratko uputstvo za nove referente kako da se prijave na portal za stambeni dodatak. Privremeni nalog za obuku je korisnik "obuka.referent", lozinka ${v('credential.password_in_prose', 'Stan2025!Novi-Sad')} — to treba da stoji u uputstvu, biće menjano posle obuke.`),

  rec('chat_el', f`Γεια σου, το script που ανεβάζει τα PDF των ιατρικών φακέλων αποστολής στο Azure Blob πετάει "AuthenticationFailed". Το connection string που χρησιμοποιώ είναι:
DefaultEndpointsProtocol=https;AccountName=aeromedgrdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Μήπως έληξε το κλειδί; Πώς το ελέγχω;`),

  rec('code_python', f`سلام، این اسکریپت قرار است سفارش‌های اسباب‌کشی بین‌المللی را هر شب از پایگاه داده بخواند، اما خطای اتصال می‌دهد:

${code(f`import pandas as pd
from sqlalchemy import create_engine

engine = create_engine(
    "postgresql+psycopg2://tehran_ops:${v('credential.database_url_password', 'Baarbari!Tehran1403')}@db.orbis-me.internal:5432/moves"
)
orders = pd.read_sql("SELECT id, origin_city, dest_country, volume_m3 FROM orders WHERE status = 'booked'", engine)
print(orders.groupby("dest_country")["volume_m3"].sum())`)}

خطا: password authentication failed. رمز را تازه عوض کرده‌ایم.`),

  rec('code_python', f`Habari, nataka malipo ya wakulima wa kahawa yatumwe kupitia M-Pesa (B2C) lakini napata "Invalid Access Token". Hii ndiyo sehemu ya msimbo:

${code(f`import base64, requests

CONSUMER_KEY = "${v('credential.generic_secret_assignment', MPESA_KEY)}"
CONSUMER_SECRET = "${v('credential.generic_secret_assignment', MPESA_SECRET)}"

def token():
    raw = f"{CONSUMER_KEY}:{CONSUMER_SECRET}".encode()
    r = requests.get("https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials",
                     headers={"Authorization": "Basic " + base64.b64encode(raw).decode()})
    return r.json()["access_token"]`)}

Je, tatizo ni kwamba naweka funguo moja kwa moja kwenye msimbo?`),

  rec('chat_am', f`ሰላም፣ ለአዲሱ የቡና ግዢ ባለሙያ ወደ ECX የንግድ ስርዓት የሚገባበትን መመሪያ በአማርኛ እና በእንግሊዝኛ ፃፍልኝ። የተጠቃሚ ስሙ "buna.jimma03" ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', 'Yirga!Chefe2017')} ነው። በመጀመሪያ ሲገባ መቀየር እንዳለበት አስታውቅ።`),

  rec('ini', f`Bhai, mera AWS CLI Bangalore wale sim cluster pe "InvalidClientTokenId" de raha hai. ~/.aws/credentials ye hai:

${amb('source_code.snippet', f`[default]
region = ap-south-1

[nimbic-blr]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}`)}

मैं --profile nimbic-blr दे रहा हूँ, फिर भी default वाला उठा रहा है क्या?`),

  rec('chat_bn', f`আমাকে একটা ছোট ইমেইল লিখে দাও, ঢাকা অফিসের নতুন কো-অর্ডিনেটরকে গুদামের স্টক সফটওয়্যারে ঢোকার তথ্য পাঠাতে হবে। ইউজারনেম: dhaka.store2, পাসওয়ার্ড: ${v('credential.password_in_prose', 'Gudam#Tejgaon24')}। প্রথমবার লগইন করার পর পাসওয়ার্ড বদলাতে বলবে।`),

  rec('curl', f`ช่วยดูหน่อยครับ ระบบส่งผลตรวจสภาพรถไปยังเซิร์ฟเวอร์กลางตอบกลับ 401 ตลอด ทั้งที่ token เพิ่งได้มาเมื่อเช้า

${amb('source_code.snippet', f`curl -X POST https://api.tro-network.co.th/v1/inspections \\
  -H "Authorization: Bearer ${v('credential.jwt', LINE_JWT)}" \\
  -H "Content-Type: application/json" \\
  -d '{"station":"BKK-07","plate":"1กข 4821","result":"PASS","odometer":128440}'`)}

token หมดอายุเร็วไปไหมครับ`),

  rec('json_config', f`Salam, saya cuba sambungkan sistem jadual penerbangan ambulans udara ke Firebase tetapi dapat ralat "invalid_grant". Ini fail akaun servis yang saya guna:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "medair-my-ops",
  "private_key_id": "${fill('b53-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'flightboard@medair-my-ops.iam.gserviceaccount.com')}",
  "client_id": "${SA_JSON_ID}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Adakah masalah zon waktu pada pelayan?`, 'service-account client_email: a robot identity, ambiguous e-mail inside the labelled key object'),

  rec('shell', f`Vault login works in my terminal but the mission-export cron on the ops box can't read secrets. I exported the token like this:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.skyline-aeromed.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password secret/ops/mission-export
Error reading secret/data/ops/mission-export: permission denied`)}

Is it a policy issue or does cron not see the env?`),

  rec('router_config', f`Site-to-site VPN from the Austin lab to the Hsinchu office drops every ~8 hours. Relevant part of the router config:

${amb('source_code.snippet', f`hostname aus-lab-edge01
!
username netadmin privilege 15 secret 9 ${ambCat('credential', tok('$9$', fill('b53-c9salt', B62 + './', 14), '$', fill('b53-c9hash', B62 + './', 43)))}
!
crypto isakmp policy 10
 encr aes 256
 hash sha256
 authentication pre-share
 group 14
 lifetime 28800
crypto isakmp key ${v('credential.network_device_secret', 'Hsinchu-Tunnel!7731')} address ${amb('pii.ip_address', '203.0.113.58')}
!
crypto ipsec transform-set TS-AES esp-aes 256 esp-sha256-hmac`)}

Should the IKE lifetime match on both sides?`, 'type 9 password hash: ambiguous like other hashes'),

  rec('email_fr_ci', f`Bonjour Aya,

Comme convenu, voici les accès au serveur SFTP où nous déposons les certificats d'origine et les bulletins de pesée pour les contrats de fèves de cacao :
Serveur : sftp.kpassa-negoce.ci
Identifiant : docs_sanpedro
Mot de passe : ${v('credential.password_in_prose', 'Cacao@SanPedro#25')}

Merci de ne pas le transmettre aux transitaires.
Cordialement,
Yao Kouadio

— Peux-tu corriger les fautes et rendre le ton un peu plus formel ?`),

  rec('json_config', f`Buenas, el servicio que sincroniza los contratos de café con el ERP no obtiene token de Azure AD. Este es el appsettings:

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5e2b8f41-7c3a-4d96-a0e1-3f9c6b2d8a57",
    "ClientId": "c8a17e30-2b4f-4c95-8d6a-71e0f3b9a2c4",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Erp": { "BaseUrl": "https://erp.cafesandinos.com.co/api" }
}`)}

El error es AADSTS7000215. ¿Qué significa, parce?`),

  rec('chat_es_pe', f`Hola, estoy probando en Postman la API de cotizaciones de mudanzas internacionales y me sale 403. Copié el encabezado que genera Postman:
Authorization: Basic ${v('credential.basic_auth_header', b64('cotizador.lima:Miraflores#Mudanza25'))}
¿Está bien armado o tengo que mandar otro tipo de autenticación?`),

  rec('chat_pt_ao', f`Bom dia, pode ajudar-me a redigir um aviso para afixar no armazém de Viana? Quero dizer aos motoristas que a nova rede Wi-Fi é "Orbis-Armazem" e a palavra-passe é ${v('credential.password_in_prose', 'Mudancas!Luanda2025')}, e que não devem partilhá-la com os clientes.`),

  rec('env_file', f`Ahoj, po migrácii STK systému na nový server neodchádzajú e-maily s protokolmi a Sentry nič nezachytáva. .env:

${amb('source_code.snippet', f`APP_ENV=prod
MAIL_HOST=smtp.stk-zahorie.sk
MAIL_PORT=587
MAIL_USERNAME=${v('pii.email', 'protokoly@stk-zahorie.sk')}
MAIL_PASSWORD=${v('credential.password_assignment', 'Kontrola!Senica25')}
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508817.ingest.de.sentry.io/4508817302519872`)}`)}

Čo mám skontrolovať ako prvé?`),

  rec('code_python', f`Warum bekomme ich beim Hochladen der HU-Prüfberichte an die Zentrale einen 401, obwohl der Token laut Portal noch 30 Tage gültig ist?

${code(f`import requests

BASE = "https://api.pruefzentrale-nord.de/v3"
SESSION = requests.Session()
SESSION.headers.update({
    "Authorization": "Bearer ${v('credential.bearer_token', INSPEKT_BEARER)}",
    "X-Station": "HH-Wandsbek-02",
})

def upload(bericht_pdf: bytes, pruefnummer: str) -> None:
    r = SESSION.post(f"{BASE}/berichte/{pruefnummer}", files={"file": ("bericht.pdf", bericht_pdf, "application/pdf")})
    r.raise_for_status()`)}`),

  rec('powershell', f`This scheduled task syncs new housing benefit claimants from the case system into AD groups. It fails with "The user name or password is incorrect".

${code(f`$user = 'COUNCIL\\svc-hb-sync'
$pass = ConvertTo-SecureString '${v('credential.password_assignment', 'Benefits-Sync!2025q1')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

Import-Module ActiveDirectory
$new = Invoke-Sqlcmd -ServerInstance 'sql-hb-01' -Database 'HBCases' -Query "SELECT sam FROM officers WHERE active = 1"
foreach ($o in $new) {
    Add-ADGroupMember -Identity 'HB-Assessors' -Members $o.sam -Credential $cred
}`)}`),

  rec('helm_values', f`${amb('source_code.snippet', f`# values-prod.yaml for the benefits portal
datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
  logs:
    enabled: true
    containerCollectAll: false
clusterAgent:
  enabled: true
  replicas: 2`)}

We only want logs from the claims-api namespace, not everything. How do I restrict it?`),

  rec('chat_nl_be', f`Kun je deze mail wat vriendelijker maken? "Beste Sofie, je account voor het dossierprogramma huurpremie is opnieuw geactiveerd. Gebruikersnaam: sofie.vdb, wachtwoord: ${v('credential.password_in_prose', 'Huurpremie#Gent25')}. Gelieve dit bij de eerste aanmelding te wijzigen. Groeten, Dienst Wonen"`),

  rec('chat_sv', f`Jag vill låta vår interna verktygslåda sammanfatta timing-rapporter med Claude. Är det här rätt sätt att sätta nyckeln i Windows? setx ANTHROPIC_API_KEY "${v('credential.anthropic_api_key', ANTHROPIC)}" — efter omstart hittar Python den inte.`),

  rec('hcl', f`${amb('source_code.snippet', f`# terraform.tfvars — Praha branch inventory app
do_token      = "${v('credential.digitalocean_token', DOP)}"
region        = "fra1"
droplet_size  = "s-2vcpu-4gb"
ssh_key_names = ["jiri-laptop", "ops-bastion"]`)}

Terraform plan chce znovu vytvořit droplet, i když jsem nic nezměnil. Proč?`),

  rec('log', f`A diszpécser felület 403-at ad, pedig a token szerint van dispatcher szerepköröm. Ez van a gateway logban:

${amb('source_code.snippet', f`2025-02-18T07:41:03.221Z WARN gw authz denied path=/api/missions/active method=GET
  headers.authorization="Bearer ${v('credential.jwt', HU_JWT)}"
  reason="audience mismatch: expected flightboard-api"`)}

Mi az audience, és hol kell átállítani?`),

  rec('curl', f`Trying to bulk-create Jira tickets for failed MOT bay calibrations. Atlassian says the token is valid but I get 403:

curl -u ${v('pii.email', 'n.patel@testwise-centres.co.uk')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  --data @tickets.json https://testwise.atlassian.net/rest/api/3/issue/bulk`),

  rec('code_php', f`車検予約システムを新しいサーバーに移したら DB に接続できなくなりました。設定ファイルはこれです。

${code(f`<?php
// config/database.php
return [
    'driver'   => 'mysql',
    'host'     => 'db-shaken.internal',
    'database' => 'shaken_yoyaku',
    'username' => 'yoyaku_app',
    'password' => '${v('credential.password_assignment', 'Shaken#Nagoya2025')}',
    'charset'  => 'utf8mb4',
];`)}

エラーは SQLSTATE[HY000] [2002] です。`),

  rec('git', f`我在台中分公司的電腦上 git push 到 Azure Repos 一直失敗，remote 是這樣設定的：

origin  https://orbis-tw:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/orbis-relocations/tw-ops/_git/moving-quotes (push)

錯誤訊息是 TF401019。請問是權限問題還是 PAT 過期了？`),

  rec('json_config', f`${amb('source_code.snippet', f`# Databricks job config exported from the UI (cocoa grind-ratio dashboard)
{
  "name": "grind-ratio-weekly",
  "tasks": [{ "task_key": "refresh", "notebook_task": { "notebook_path": "/Repos/risk/cocoa/grind_ratio" } }],
  "webhook_notifications": {},
  "run_as": "svc-risk",
  "git_source": { "git_url": "https://dev.verhagen.local/risk/cocoa.git", "git_provider": "gitLab" },
  "environment": { "DATABRICKS_HOST": "https://adb-4182739506127483.7.azuredatabricks.net", "DATABRICKS_TOKEN": "${v('credential.databricks_token', DATABRICKS)}" }
}`)}

Why does the job fail with "Invalid access token" when triggered from Airflow but not from the UI?`),

  rec('chat', f`Firmware signing broke after we rotated the HSM fallback key. Is this PEM even valid? openssl says "unable to load Private Key".

${v('credential.private_key', FW_KEY)}

It was exported from the old signing box with the -traditional flag.`),

  rec('powershell', f`Merhaba, depo sıcaklık sensörü eşik aşınca Teams kanalına mesaj atması lazım ama hiçbir şey gelmiyor:

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$temp = (Invoke-RestMethod http://sensor-depo-3.local/api/temp).value
if ($temp -gt 28) {
    $body = @{ text = "Depo 3 sıcaklık: $temp °C — antika mobilya bölümünü kontrol edin" } | ConvertTo-Json
    Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body
}`)}`),

  rec('chat_he', f`אפשר לעזור לי לכתוב מייל לצוות ה-DevOps? הטוקן של בוט ה-CI שלנו ב-GitHub דלף לתוך לוג ציבורי: ${v('credential.github_pat', GHP_HE)}. אני רוצה לבקש שיבטלו אותו מיד ויחליפו ב-GitHub App.`),

  rec('chat_ar', f`عندي سكريبت بيكتب ملخص لنتايج اختبارات القيادة اليومية في المراكز باستخدام الذكاء الاصطناعي، بس بيطلع Error 429 على طول. المفتاح اللي مستخدمه: ${v('credential.openai_api_key', OPENAI_EG)} — هل ده معناه إن الرصيد خلص ولا في حد أقصى للطلبات؟`),

  rec('env_file', f`این فایل .env ورکر Cloudflare برای سایت رزرو اسباب‌کشی است. دیپلوی با خطای Authentication error [code: 10000] متوقف می‌شود:

${amb('source_code.snippet', f`CLOUDFLARE_ACCOUNT_ID=${fill('b53-cfacct', HEX, 32)}
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
ZONE=orbis-relocations.ir`)}

توکن را با قالب "Edit Cloudflare Workers" ساخته‌ام.`),

  rec('code_python', f`Bhai ye Flask route RTO slot booking ka payment verify karta hai, signature har baar mismatch aata hai:

${code(f`import hmac, hashlib
from flask import request, abort

RAZORPAY_KEY_ID = "${ambCat('credential', RZP_ID)}"
RAZORPAY_KEY_SECRET = "${v('credential.generic_secret_assignment', RZP_SECRET)}"

@app.post("/payment/verify")
def verify():
    d = request.form
    msg = f"{d['razorpay_order_id']}|{d['razorpay_payment_id']}".encode()
    sig = hmac.new(RAZORPAY_KEY_SECRET.encode(), msg, hashlib.sha256).hexdigest()
    if sig != d["razorpay_signature"]:
        abort(400)
    return {"ok": True}`)}`, 'Razorpay key id: published in the checkout page, but a live account id; ambiguous'),

  rec('chat', f`quick one: the benefits-letter summariser uses Groq because it's fast. I set GROQ_API_KEY=${v('credential.groq_api_key', GROQ)} in the systemd unit with Environment= but the service still says "missing API key". do I need EnvironmentFile instead?`),

  rec('npmrc', f`${amb('source_code.snippet', f`; .npmrc in the inspection-kiosk repo
@testwise:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

npm ci on the kiosk build agent says 404 for @testwise/printer-bridge, but it exists. Scope issue?`, 'npm token is both the _authToken value and an npm_ token: two labels on one span'),

  rec('chat', f`I'm handing over the Postman workspace for the relocation-quote API to the new contractor. Can I just send them my key ${v('credential.postman_api_key', PMAK)} or should I invite them properly? Also the Shopify store for packing materials uses ${v('credential.shopify_access_token', SHOPIFY)} in the same collection — should that move to an environment variable?`),

  rec('chat', f`Hi, I'm the new ops analyst at the housing benefits office. IT gave me the login for the rent-officer database on a sticky note: user hb_reports / password ${v('credential.password_in_prose', 'RentOfficer!May25')}. Is it OK to put that in my Excel Power Query connection, or is there a safer way to store it?`),

  rec('chat_pt', f`Preciso conectar o sistema da vistoria veicular na API do Detran, e o fornecedor mandou: client_id "vistoria-campinas", client_secret ${v('credential.generic_secret_assignment', fill('b53-detran', B62, 32))}. Como eu gero o token OAuth no Node?`, 'client_secret written in prose after its name: a secret assignment without a key=value syntax'),
];

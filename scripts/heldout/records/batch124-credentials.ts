/**
 * Held-out batch 124: credentials pasted by a roofing and solar installer's sales and permitting team, an
 * interior-design studio, a mosque and community centre's office, a trade union's membership and legal-aid
 * desk, a lobbying consultancy and a regional bus operator's ticketing and lost-and-found. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const HUBSPOT = tok('pat-', 'eu1-', fill('b124-hs1', HEX, 8), '-', fill('b124-hs2', HEX, 4), '-', fill('b124-hs3', HEX, 4), '-', fill('b124-hs4', HEX, 4), '-', fill('b124-hs5', HEX, 12));
const GMAPS = tok('AIza', 'Sy', fill('b124-gmaps', B64URL, 33));
const SOLAREDGE = fill('b124-solaredge', UPPER + DIGITS, 32);
const ENPHASE_SECRET = fill('b124-enphase', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b124-slt', UPPER + DIGITS, 8), '/B0', fill('b124-slb', UPPER + DIGITS, 9), '/', fill('b124-slk', B62, 24));
const TWILIO_SID = tok('AC', fill('b124-twsid', HEX, 32));
const TWILIO_AUTH = fill('b124-twauth', HEX, 32);
const DROPBOX = tok('sl.', 'B', fill('b124-dbx', B64URL, 138));
const FIGMA = tok('figd_', fill('b124-figd', B64URL, 40));
const NOTION = tok('ntn_', fill('b124-ntn1', DIGITS, 11), fill('b124-ntn2', B62, 35));
const AWS_ID = tok('AKIA', fill('b124-akia', B32, 16));
const AWS_SECRET = fill('b124-awssec', B64, 40);
const RENDER_KEY = fill('b124-render', B62, 48);
const FACEBOOK = tok('EAA', 'Jb7ZC', fill('b124-fb', B62, 160));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b124-stripe', B62, 97));
const SENDGRID = tok('SG.', fill('b124-sg1', B64URL, 22), '.', fill('b124-sg2', B64URL, 43));
const TELEGRAM = tok('7', fill('b124-tgid', DIGITS, 9), ':AA', fill('b124-tg', B64URL, 33));
const MAILCHIMP = tok(fill('b124-mc', HEX, 32), '-us14');
const PG_UNION = 'Fackl1gt!Vinter24';
const AZ_SECRET = tok(fill('b124-azs1', B62, 3), '8Q~', fill('b124-azs2', B62 + '_-.', 34));
const GHP = gh('ghp', 'Tq7Lm3Xv9Rk2Wd5Hs8Nb4Pz6Jf1Yc0');
const CF_TOKEN = fill('b124-cftok', B62 + '_-', 40);
const OPENAI = tok('sk-proj-', fill('b124-oa1', B64URL, 74), 'T3BlbkFJ', fill('b124-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b124-ant', B64URL, 93), 'AA');
const AIRTABLE = tok('pat', fill('b124-at1', B62, 14), '.', fill('b124-at2', HEX, 64));
const MAILGUN = tok('key-', fill('b124-mg', HEX, 32));
const SLACK_BOT = tok('xoxb-', '4829173650', '-', '7261938450172', '-', fill('b124-xoxb', B62, 24));
const JWT_MEDIA = jwt({ alg: 'RS256', typ: 'JWT', kid: 'mm-2025-02' }, { sub: 'kestrel-madrid', scope: 'clips:read alerts:write', iat: 1739952000, exp: 1740038400 }, 'b124-jwtmedia');
const GOCSPX = tok('GOCSPX-', fill('b124-gocspx', B64URL, 28));
const SENTRY_KEY = fill('b124-sentry', HEX, 32);
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b124-ssh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ');
const GLPAT = tok('glpat-', fill('b124-glpat', B62 + '_-', 20));
const DO_TOKEN = tok('dop_', 'v1_', fill('b124-dop', HEX, 64));
const AZ_STORAGE = tok(fill('b124-azst', B64, 86), '==');
const ALI_ID = tok('LTAI', '5t', fill('b124-ltai', B62, 18));
const ALI_SECRET = fill('b124-alisec', B62, 30);
const GCP_PEM = pem('PRIVATE KEY', 'b124-gcp', 1216);
const RSA_PEM = pem('RSA PRIVATE KEY', 'b124-rsa', 1190);
const HF = tok('hf_', fill('b124-hf', B62, 34));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b124-rk', B62, 97));
const GROQ = tok('gsk_', fill('b124-groq', B62, 52));
const VAULT = tok('hvs.', 'CAESI', fill('b124-vault', B64URL, 86));
const GH_FINE = tok('github_pat_', '11B', fill('b124-ghf1', UPPER + DIGITS, 19), '_', fill('b124-ghf2', B62, 59));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1342871950362814', '593/', fill('b124-dchook', B64URL, 68));
const DATADOG = fill('b124-dd', HEX, 32);
const BASIC = b64('rejser-api:Kl0kketaarn#Aarhus');
const TYPE7 = '0' + '8314' + fill('b124-type7', HEX.toUpperCase(), 18);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH124_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`We're wiring our roof-measurement tool to HubSpot so every satellite quote lands on the deal. Can you tell me which of these vars the Next.js frontend actually needs and which must stay server-side?

${amb('source_code.snippet', f`# sonnfirst-quote/.env.local
NEXT_PUBLIC_APP_URL=https://quote.sonnfirst.com
HUBSPOT_PRIVATE_APP_TOKEN=${v('credential.generic_secret_assignment', HUBSPOT)}
HUBSPOT_PIPELINE_ID=residential-solar
GOOGLE_MAPS_API_KEY=${v('credential.google_api_key', GMAPS)}
SOLAR_API_QUALITY=HIGH
DEFAULT_PANEL_WATTS=430`)}`),

  rec('chat_de', f`Hi, kannst du mir eine kurze Anleitung für die neue Kollegin im Bauantrags-Team schreiben? Sie soll die Netzanschlussanfragen im Portal des Netzbetreibers einreichen. Zugang: Benutzer sonnfirst-planung, Passwort ${v('credential.password_in_prose', 'Dachziegel#Nord77')} – das ist der Sammelzugang, bitte nicht ändern, sonst sperrt uns der Netzbetreiber wieder.`),

  rec('chat_gsw', f`Hoi zäme, chasch mer hälfe? Ich wott d'Produktionsdate vo de Anlag in Wetzikon i Excel zieh. Ich han das probiert:
https://monitoringapi.solaredge.com/site/2841937/energy?timeUnit=DAY&startDate=2025-01-01&endDate=2025-01-31&api_key=${v('credential.generic_secret_assignment', SOLAREDGE)}
Chunnt aber nur "Invalid token" zrugg. Isch de Schlüssel falsch oder bruucht's en anderi URL?`),

  rec('code_python', f`This Enphase poller worked until Monday, now every call is 401. Any idea what changed?

\`\`\`python
${code(f`import requests

CLIENT_ID = "c7d1e5b0f2a94c83"
CLIENT_SECRET = "${v('credential.generic_secret_assignment', ENPHASE_SECRET)}"
TOKEN_URL = "https://api.enphaseenergy.com/oauth/token"

def refresh(refresh_token: str) -> dict:
    r = requests.post(
        TOKEN_URL,
        params={"grant_type": "refresh_token", "refresh_token": refresh_token},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=10,
    )
    r.raise_for_status()
    return r.json()`)}
\`\`\``),

  rec('chat_nl', f`Kun je een bericht maken dat automatisch in #vergunningen komt als een gemeente een omgevingsvergunning goedkeurt? Ik heb al een webhook aangemaakt: ${v('credential.slack_webhook_url', SLACK_HOOK)}
Het liefst met het dossiernummer en de naam van de adviseur erin.`),

  rec('chat_pt_br', f`Oi! Preciso mandar para o cliente de Campinas o passo a passo pra ele acompanhar o pedido de homologação na concessionária. O login do portal é o CPF dele mas a gente criou a senha no cadastro: ${v('credential.password_in_prose', 'Telhado@Sol2025')} — pode escrever uma mensagem educada pedindo pra ele trocar depois do primeiro acesso?`),

  rec('code_js', f`Oye, el recordatorio por SMS de la visita técnica sale dos veces. ¿Qué está mal aquí?

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TWILIO_SID)}', '${v('credential.twilio_auth_token', TWILIO_AUTH)}');

async function recordatorioVisita(cita) {
  // cita.telefono viene del CRM en formato E.164
  return client.messages.create({
    from: '${phone('+52 55 4829 1736')}',
    to: cita.telefono,
    body: \`Sonnfirst: mañana \${cita.hora} visita técnica para su techo solar. Responda 1 para confirmar.\`,
  });
}

agenda.forEach((c) => recordatorioVisita(c));
agenda.forEach((c) => recordatorioVisita(c).then(() => marcarEnviado(c.id)));`)}`),

  rec('chat_it', f`Ciao, ho condiviso la cartella del progetto Villa Sereni col cliente ma lui non vede i render. Per fare prima uso lo script con il token di Dropbox: ${v('credential.dropbox_access_token', DROPBOX)}
Mi scrivi due righe in Python che elenchino i file in /Clienti/Sereni/Render e generino un link condiviso per ciascuno?`),

  rec('env_file', f`Bonjour, peux-tu m'aider à écrire un petit script qui copie les commentaires des maquettes Figma dans notre base Notion "Suivi clients" ? Voici le .env :

${amb('source_code.snippet', f`FIGMA_TOKEN=${v('credential.figma_token', FIGMA)}
FIGMA_FILE_KEY=Qm8tR2vX5kL0aY7nW3pC1d
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_SUIVI=4c91e7b2a08d4f53b6e21d9870fa3c45
ATELIER=ombre-et-lin`)}`),

  rec('chat_fr_ca', f`Allô, j'suis pus capable de me connecter au portail du fournisseur de tissus, ça dit que mon compte est barré. L'ancien mot de passe c'était ${v('credential.password_in_prose', 'Lin-Naturel-2024')}, pis j'ai essayé le nouveau que Manon m'a texté, ${v('credential.password_in_prose', 'Velours#Mtl88')}. Peux-tu m'écrire un courriel poli au service client pour débarrer le compte? Le numéro client c'est OEL-4471.`),

  rec('aws_credentials', f`レンダリング用のEC2インスタンスから S3 にアップロードできません。~/.aws/credentials はこうなっています：

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-northeast-1

[renderfarm]
api_key = ${v('credential.generic_secret_assignment', RENDER_KEY)}`)}

エラーは "SignatureDoesNotMatch" です。時刻のずれが原因でしょうか？`),

  rec('chat_ko', f`인스타그램 비즈니스 계정에 시공 사진을 자동으로 올리려고 하는데요, Graph API에서 계속 "Invalid OAuth access token" 이 떠요. 토큰은 이거예요: ${v('credential.facebook_access_token', FACEBOOK)}
장기 토큰으로 바꾸는 방법 알려주세요. 급해요 ㅠㅠ`),

  rec('chat_ar', f`السلام عليكم، نحن في المركز نستخدم Stripe لاستقبال التبرعات الشهرية، والموقع توقف عن قبول الدفع منذ الجمعة. هذا المفتاح الموجود في إعدادات الإضافة: ${v('credential.stripe_secret_key', STRIPE_LIVE)}
هل المشكلة في المفتاح أم في إعدادات Webhook؟ جزاكم الله خيراً.`),

  rec('chat_ur', f`السلام علیکم بھائی، کمیونٹی سینٹر کے نئے وائی فائی کا پاس ورڈ نوٹس بورڈ کے لیے اردو اور انگریزی میں خوبصورت طریقے سے لکھ دیں۔ نیٹ ورک کا نام AnNur-Guests ہے اور پاس ورڈ ${v('credential.password_in_prose', 'Sabr&Shukr2025')} ہے۔ ساتھ میں یہ بھی لکھ دیں کہ جمعہ کے خطبے کے دوران فون خاموش رکھیں۔`),

  rec('code_php', f`Merhaba, cami derneğinin bülten formunda mail gitmiyor. Kod şu:

${code(f`<?php
// bulten-kayit.php
$apiKey = '${v('credential.sendgrid_api_key', SENDGRID)}';
$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom('${v('pii.email', 'bulten@annur-centre.org')}', 'An-Nur Kültür Merkezi');
$email->setSubject('Ramazan programı');
$email->addTo($_POST['eposta']);
$email->addContent('text/html', file_get_contents(__DIR__ . '/sablon.html'));
$sg = new \\SendGrid($apiKey);
$response = $sg->send($email);
echo $response->statusCode();`)}

Hata: 403 Forbidden. Gönderici adresi doğrulanmamış olabilir mi?`),

  rec('chat_bn', f`আসসালামু আলাইকুম, মসজিদের Google Workspace অ্যাডমিন অ্যাকাউন্টটা এখন আমি দেখাশোনা করব। আগের সেক্রেটারি পাসওয়ার্ড দিয়ে গেছেন: ${v('credential.password_in_prose', 'Jamaat!Dhaka1446')} — এটা দিয়ে কীভাবে নতুন ইমামের জন্য একটা ইমেইল অ্যাকাউন্ট খুলব, ধাপে ধাপে বাংলায় বলবেন?`),

  rec('code_python', f`Assalamualaikum, bot Telegram untuk pengumuman jadwal sholat tidak mengirim pesan ke grup. Ini kodenya:

${code(f`import requests, datetime

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002184736591

def kirim(teks: str) -> None:
    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    requests.post(url, data={"chat_id": CHAT_ID, "text": teks}, timeout=10)

hari_ini = datetime.date.today().strftime("%d-%m-%Y")
kirim(f"Jadwal sholat {hari_ini}: Subuh 04:41, Dzuhur 12:03, Ashar 15:24")`)}

Apakah bot harus dijadikan admin grup dulu?`),

  rec('shell_ms', f`Salam, saya cuba backup pangkalan data pendaftaran kelas fardu ain tapi skrip berhenti separuh jalan:

$ mysqldump -u annur_admin -p${v('credential.mysql_cli_password', 'Surau#Klang2025')} --single-transaction kelas_fardu_ain > kelas_$(date +%F).sql
mysqldump: Got error: 1044: Access denied for user 'annur_admin'@'localhost' to database 'kelas_fardu_ain' when using LOCK TABLES

Kenapa masih ada LOCK TABLES walaupun saya guna --single-transaction?`),

  rec('chat_so', f`Asalaamu calaykum. Waxaan u baahanahay inaad ii qorto farriin gaaban oo aan u dirayo hooyooyinka fasalka Quraanka. Barnaamijka diiwaangelinta: magaca isticmaalaha waa "fasalka-quraanka", furaha sirta ah (password) waa ${v('credential.password_in_prose', 'Xamar2025!Nur')}. Fadlan ku qor af Soomaali fudud.`),

  rec('chat_bs', f`Selam alejkum, možeš li mi prevesti na engleski ovu poruku za volontere? "Pristup rasporedu za iftare: korisnik iftar.volonter / ${v('credential.user_password_pair', 'Sarajevo1446!')}. Molimo da ne dijelite šifru van grupe."`, 'user / password written as one pair in Bosnian prose: the password alone is labelled'),

  rec('chat', f`Our Mailchimp sync from the membership database stopped adding new joiners to the "Strike ballot 2025" audience. Key in the integration settings is ${v('credential.mailchimp_api_key', MAILCHIMP)} — can you write me a curl call to check it's still valid and list the audiences?`),

  rec('config_sv', f`Hej! Kan du hjälpa mig förstå varför Django inte kommer åt medlemsregistret efter flytten till nya servern?

${amb('source_code.snippet', f`# medlemsregister/settings/prod.py (utdrag)
DATABASES = {
    "default": dj_database_url.parse(
        "postgres://medlem_app:${v('credential.database_url_password', PG_UNION)}@db-medlem.fwu-union.internal:5432/medlemmar",
        conn_max_age=600,
    )
}`)}

Felet är "FATAL: no pg_hba.conf entry for host".`),

  rec('json_config', f`Hei, vi skal koble saksbehandlingssystemet for juridisk bistand til Entra ID. Er noe feil i appsettings? Innloggingen stopper med AADSTS7000215.

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5b2e91c4-7d38-4f0a-a6e1-83c94d7f20b5",
    "ClientId": "d4a817e2-39f0-46bc-8e15-2c7b9a60f3e1",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}",
    "CallbackPath": "/signin-oidc"
  },
  "Saksarkiv": { "BaseUrl": "https://jus.fwu-union.no/api" }
}`)}`),

  rec('curl_da', f`Hej, vi får 401 fra rejseafregningssystemet når tillidsrepræsentanterne sender kørselsbilag. Kan du se hvad der er galt?

curl -X POST https://rejse.fwu-union.dk/api/v2/bilag \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Content-Type: application/json" \\
  -d '{"medlem": 48213, "km": 212, "formaal": "forhandlingsmøde Aarhus"}'`),

  rec('chat_fi', f`Moi! Jäsenpalvelun skriptien repo ei enää synkkaa. Remote on asetettu näin:

git remote set-url origin https://fwu-ci:${v('credential.github_pat', GHP)}@github.com/fwu-union/jasenrekisteri-skriptit.git

Saan virheen "Support for password authentication was removed". Eikö tämä ole token?`),

  rec('chat_pl', f`Cześć, potrzebuję krótkiej instrukcji dla nowej osoby w dziale pomocy prawnej związku. System spraw: https://sprawy.fwu-union.pl, login pomoc.prawna2, hasło: ${v('credential.password_in_prose', 'Solidarnosc#1980x')}. Napisz proszę, żeby po zalogowaniu od razu włączyła weryfikację dwuetapową.`),

  rec('env_hu', f`Sziasztok, a szakszervezeti honlap DNS-frissítő scriptje nem fut le a cronból. A .env fájl:

${amb('source_code.snippet', f`CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
CLOUDFLARE_ZONE=fwu-union.hu
RECORD_NAME=tagsag.fwu-union.hu`)}

Kézzel futtatva működik. Mi lehet a baj?`),

  rec('code_python', f`Bună, vreau să rezum automat plângerile membrilor (sesizări) înainte de ședința de consiliere juridică. Poți verifica codul?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def rezumat(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Rezumă sesizarea în 3 puncte, fără date personale."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content`)}`),

  rec('chat', f`Quick one before the 10am client call — I keep getting 401 from the Claude API in our hearing-transcript summariser. Key from the console: ${v('credential.anthropic_api_key', ANTHROPIC)}. Is there a workspace setting I'm missing?`),

  rec('chat_fr_be', f`Bonjour, pour la cartographie des parties prenantes (dossier emballages), je voudrais que le script remplisse notre base Airtable à partir de la liste des eurodéputés. Le jeton : ${v('credential.airtable_pat', AIRTABLE)}, base appK7mQ2xR9vT4nP1. Tu peux me proposer un script Python qui évite les doublons ?`),

  rec('chat_de_at', f`Servus, unser Newsletter-Versand für die Klienten (Wochenrückblick Parlament) hängt seit gestern. Mailgun-Schlüssel im Tool ist ${v('credential.mailgun_api_key', MAILGUN)}, Domain mg.kestrel-pa.eu. Kannst ma sagen, wie ich mit curl prüf, ob die Domain noch verifiziert is?`),

  rec('chat_el', f`Γεια σου! Μπορείς να μου γράψεις ένα σύντομο email προς τον νέο συνεργάτη μας στην Αθήνα με τα στοιχεία πρόσβασης στη συνδρομή παρακολούθησης της Βουλής; Όνομα χρήστη: kestrel.athens, κωδικός πρόσβασης: ${v('credential.password_in_prose', 'Voulí-Syntagma#25')}. Να του πεις να μην τον προωθήσει.`),

  rec('code_js', f`הבוט שלנו בסלאק אמור לשלוח התראה כשמופיעה הצעת חוק חדשה בוועדת הכספים, אבל הוא לא מגיב. מה לא בסדר?

${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', SLACK_BOT)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

async function התראה(חוק) {
  await app.client.chat.postMessage({ channel: '#knesset-watch', text: \`הצעת חוק חדשה: \${חוק.כותרת}\` });
}`)}`),

  rec('http_es', f`Hola, la API del servicio de seguimiento de medios nos devuelve 403 desde que cambiamos de plan. Te pego la petición tal cual la registra Postman:

${amb('source_code.snippet', f`GET /v3/clips?query=etiquetado%20envases&lang=es&since=2025-02-18 HTTP/1.1
Host: api.mediamonitor.example
Authorization: Bearer ${v('credential.jwt', JWT_MEDIA)}
Accept: application/json`)}

¿El scope "clips:read" debería bastar?`),

  rec('chat_nl_be', f`Hallo, kunt ge een korte mail opstellen naar onze klant over de toegang tot het persportaal van het Vlaams Parlement? Login is kestrel.brussel:${v('credential.user_password_pair', 'Wetstraat!2025')} en die mag enkel gebruikt worden door hun communicatiedienst. Graag in het Nederlands, niet te stijf.`),

  rec('json_cs', f`Ahoj, přihlášení přes Google do interního nástroje na sledování legislativy (kalendář jednání výborů) hlásí "redirect_uri_mismatch". Tady je client_secret.json:

${amb('source_code.snippet', f`{"web":{"client_id":"731820496152-h4k9q2m7v1t8s3d6f0p5r2x7z9w4b1c8.apps.googleusercontent.com","project_id":"kestrel-legis-cz","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://legis.kestrel-pa.eu/auth/callback"]}}`)}`),

  rec('yaml', f`The ticketing app's crash reports stopped showing up in Sentry after we moved to the EU region. Here's the config from the Android build:

${amb('source_code.snippet', f`# app/src/main/assets/sentry.yml
dsn: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508291.ingest.de.sentry.io/4508291736`)}
environment: production
release: coastline-tickets@3.14.2
traces-sample-rate: 0.2`)}

Is the DSN supposed to change when you switch region?`),

  rec('chat_de', f`Moin, ich soll mich auf dem Fahrscheinautomaten-Gateway im Depot Husum einloggen, aber ssh fragt trotzdem nach einem Passwort. Das ist der Schlüssel, den mir die IT geschickt hat:

${v('credential.openssh_private_key', SSH_KEY)}

Liegt das an den Dateirechten? Ich hab die Datei einfach unter ~/.ssh/automat gespeichert.`),

  rec('chat_cy', f`Helô, allwch chi fy helpu i ysgrifennu neges i'r gyrwyr newydd? Mae angen iddyn nhw fewngofnodi i'r system docynnau ar y peiriant yn y cab. Enw defnyddiwr: gyrrwr.caerdydd, cyfrinair: ${v('credential.password_in_prose', 'Draig-Goch-2025')}. Dylen nhw newid y cyfrinair ar ôl y shifft gyntaf.`),

  rec('docker_compose', f`Привет! Поднимаю локально сервис бюро находок (lost & found), контейнер с приложением падает. docker-compose:

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: nakhodki
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Avtobus-Marshrut42')}
  app:
    build: .
    environment:
      DATABASE_URL: postgresql://nakhodki:${v('credential.database_url_password', 'Avtobus-Marshrut42')}@db:5432/lost_found
    depends_on: [db]`)}

В логах: connection refused. Что не так?`),

  rec('chat_ka', f`გამარჯობა! ბილეთების აპლიკაციის CI ვეღარ აკეთებს clone-ს GitLab-იდან. ცვლადში ჩავწერე ეს ტოკენი: ${v('credential.gitlab_pat', GLPAT)} — read_repository უფლებით. რატომ გვიწერს "HTTP Basic: Access denied"?`),

  rec('chat_hy', f`Բարև, ավտոբուսների երթուղիների քարտեզի սերվերը DigitalOcean-ում է, ու Terraform-ը չի կարողանում droplet ստեղծել։ Token-ը սա է՝ ${v('credential.digitalocean_token', DO_TOKEN)}. Կարո՞ղ ես ասել՝ ինչ scope պետք է ունենա։`),

  rec('chat_am', f`ሰላም፣ ለማኅበሩ አባላት የሕግ ድጋፍ ቀጠሮ ሥርዓት አዲስ መለያ ከፍተናል። እባክህ ለባልደረባዬ አጭር መልእክት በአማርኛ ጻፍልኝ፦ የተጠቃሚ ስም legal.addis ነው፣ የይለፍ ቃል ${v('credential.password_in_prose', 'Abeba#Hig2025')} ነው፣ በመጀመሪያ ሲገባ እንዲቀይረው።`),

  rec('config_vi', f`Chào bạn, mình đang cấu hình lưu ảnh khảo sát mái nhà lên Azure Blob, nhưng app báo "AuthenticationFailed". Chuỗi kết nối như sau:

${amb('source_code.snippet', f`"ConnectionStrings": {
  "AnhKhaoSat": "DefaultEndpointsProtocol=https;AccountName=sonnfirstvn;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
}`)}

Có phải key đã bị xoay vòng không?`),

  rec('code_go', f`你好，这个上传屋顶勘测照片到 OSS 的程序一直报 InvalidAccessKeyId，帮我看看：

${code(f`package survey

import "github.com/aliyun/aliyun-oss-go-sdk/oss"

const (
	endpoint  = "https://oss-cn-hangzhou.aliyuncs.com"
	keyID     = "${v('credential.alibaba_access_key_id', ALI_ID)}"
	keySecret = "${v('credential.generic_secret_assignment', ALI_SECRET)}"
	bucket    = "sonnfirst-roof-survey"
)

// 上传勘测照片
func Upload(local, remote string) error {
	client, err := oss.New(endpoint, keyID, keySecret)
	if err != nil {
		return err
	}
	b, err := client.Bucket(bucket)
	if err != nil {
		return err
	}
	return b.PutObjectFromFile(remote, local)
}`)}`),

  rec('chat_zh_tw', f`嗨，請幫我寫一封簡短的信給林小姐，告訴她可以在客戶入口網站看到客廳和主臥的 3D 模擬圖了。帳號是她的 email，暫時密碼是 ${v('credential.password_in_prose', 'Daan#Lin2025')}，請她第一次登入後修改密碼。語氣要客氣一點。`),

  rec('chat_yue', f`唔該幫手寫個通知俾失物認領處嘅新同事：電腦系統登入名係 lostfound.kwuntong，密碼係 ${v('credential.password_in_prose', 'Bus2025#KT')}，一定要喺第一次登入之後改密碼，唔好寫喺張紙度貼喺mon隔籬。`),

  rec('chat_ta', f`வணக்கம், சங்க உறுப்பினர் பதிவேட்டுக்கான புதிய கணக்கு உருவாக்கியுள்ளோம். கடவுச்சொல் ${v('credential.password_in_prose', 'Thozhilalar#2025')} என்று சக ஊழியருக்கு ஒரு சுருக்கமான செய்தி தமிழில் எழுதித் தர முடியுமா? முதல் முறை உள்நுழைந்ததும் மாற்ற வேண்டும் என்றும் சேர்க்கவும்.`),

  rec('gcp_json', f`We pull parliamentary-question data into BigQuery for the client dashboards. The scheduled query fails with "invalid_grant: Invalid JWT Signature". This is the key file on the runner:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kestrel-media-monitor",
  "private_key_id": "${fill('b124-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}",
  "client_email": "${amb('pii.email', 'pq-loader@kestrel-media-monitor.iam.gserviceaccount.com')}",
  "client_id": "104829173650182736451",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'pq-loader%40kestrel-media-monitor.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Do I need to create a new key or is it a clock issue on the runner?`),

  rec('chat', f`Our smartcard ticket vendor asked us to confirm the signing key we load into the validators matches what they have on file. Can you tell me if this is PKCS#1 or PKCS#8 and how to convert it?

${v('credential.private_key', RSA_PEM)}`),

  rec('router_sk', f`Ahoj, na routri v depe Žilina nejde VPN do centrály. Posielam výpis konfigurácie, heslo je zašifrované typom 7, takže snáď nevadí:

${amb('source_code.snippet', f`hostname depo-zilina-rtr
!
username spravca privilege 15 password 7 ${v('credential.network_device_secret', TYPE7)}
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b124-cisco9s', B62 + './', 14), '$', fill('b124-cisco9h', B62 + './', 43)))}
!
interface GigabitEthernet0/1
 description WAN-Orange
 ip address ${amb('pii.ip_address', '185.63.112.18')} 255.255.255.252
!
crypto isakmp key Depo${'*'.repeat(8)} address ${amb('pii.ip_address', '193.87.40.2')}`)}`, 'type 7 is reversibly encoded: a secret; type 9 hash ambiguous; the isakmp key is masked'),

  rec('chat_lt', f`Labas, noriu paleisti mažą modelį, kuris klasifikuotų narių skundus pagal temas (darbo užmokestis, sauga, atleidimas). Hugging Face tokenas: ${v('credential.huggingface_token', HF)}. Kaip jį teisingai nustatyti Docker konteineryje, kad nepatektų į image?`),

  rec('chat_tl', f`Hi po! Pa-help naman, yung site survey app namin ayaw mag-login sa admin panel. Sabi ni boss yung pw ay ${v('credential.password_in_prose', 'Bubong@Araw2025')} pero "invalid credentials" pa rin. Case-sensitive ba yun? Pa-draft na rin ng message sa IT, English na lang.`),

  rec('chat_sw', f`Habari, naomba uniandikie ujumbe mfupi kwa Kiswahili kwa mwakilishi mpya wa tawi la Mombasa. Aingie kwenye mfumo wa wanachama kwa jina la mtumiaji tawi.mombasa na nenosiri ${v('credential.password_in_prose', 'Umoja#Pwani25')}. Abadilishe nenosiri baada ya kuingia mara ya kwanza.`),

  rec('chat_ar_eg', f`ازيك، عايز أكتب رسالة للجماعة في لجنة الزكاة إن حساب البرنامج المحاسبي اتعمل. اليوزر zakat.committee والباسورد ${v('credential.password_in_prose', 'Zakah@Nasr2025')}. اكتبها بالعامية المصرية وقولهم ما يبعتوش الباسورد على الواتس.`),

  rec('chat_fa', f`سلام، لطفاً یک ایمیل کوتاه برای آقای رحیمی بنویس که حساب کاربری‌اش در سامانهٔ نمونه‌پارچه‌ها ساخته شده. نام کاربری rahimi.design و رمز عبور موقت ${v('credential.password_in_prose', 'Termeh!Kashan24')} است. بگو بعد از اولین ورود آن را عوض کند.`),

  rec('chat_bg', f`Здравей, клиентът иска да плаща таксата за мониторинг на законодателството онлайн. Настроих ограничен ключ в Stripe: ${v('credential.stripe_restricted_key', RK_LIVE)} — само за Invoices. Достатъчно ли е, за да генерирам фактури от нашия портал?`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`import os
from groq import Groq

os.environ["GROQ_API_KEY"] = "${v('credential.groq_api_key', GROQ)}"
client = Groq()
prompt = "Classify these lost-property reports by item type: umbrella, phone, wallet, bag, other."`)}

Out[3]: RateLimitError: 429 — do I need a paid tier for 2,000 reports a day?`),

  rec('shell', f`vault login works on my laptop but the lost-property sync job can't read the secret:

$ export VAULT_ADDR=https://vault.coastline-bus.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/lostfound/zendesk
Error reading secret/lostfound/zendesk: permission denied

Policy is "lostfound-ro". What am I missing?`),

  rec('chat', f`For the solar permit tracker repo, I made a fine-grained token limited to sonnfirst/permits: ${v('credential.github_fine_grained_pat', GH_FINE)}. The Action still can't open PRs in the "sonnfirst/permit-templates" repo — does the token need both repos selected?`),

  rec('chat_es_ar', f`Che, armé un webhook de Discord para que el canal de la comisión interna del sindicato reciba un aviso cuando entra una consulta al área legal. El link es ${v('credential.discord_webhook_url', DISCORD_HOOK)} pero no llega nada. ¿Me armás un ejemplo con curl para probarlo?`),

  rec('yaml_pt', f`Olá, no servidor da bilhética o agente do Datadog não envia métricas desde a atualização. Excerto do datadog.yaml:

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DATADOG)}
site: datadoghq.eu
hostname: bilhetica-porto-01
logs_enabled: true
tags:
  - equipa:bilhetica
  - regiao:norte`)}

Será do proxy da empresa?`),
];

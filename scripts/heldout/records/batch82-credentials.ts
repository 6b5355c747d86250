/**
 * Held-out batch 82: credentials pasted by staff of a paediatric dental group, an offshore wind
 * farm's operations centre, a remittance app's support and fraud desk, a university's international
 * admissions office, a craft brewery and taproom chain and a public broadcaster's archive — in
 * configs, shells, code, tickets and prose, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b82-akia', B32, 16));
const AWS_SECRET = fill('b82-awssec', B64, 40);
const GHP = gh('ghp', fill('b82-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b82-ghfg1', UPPER + DIGITS, 19), '_', fill('b82-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b82-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2718493061', '27-', '7591038462715-', fill('b82-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04M', fill('b82-slt', UPPER + DIGITS, 7), '/B07', fill('b82-slb', UPPER + DIGITS, 8), '/', fill('b82-slh', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248305719264817', '305/', fill('b82-dch', B64URL, 68));
const TELEGRAM = tok('7384019265', ':AA', fill('b82-tg', B64URL, 33));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b82-rk', B62, 97));
const STRIPE_SK = tok('sk_', 'live_', '51', fill('b82-sk', B62, 97));
const WHSEC = tok('whsec_', fill('b82-whsec', B62, 32));
const TW_SID = tok('AC', fill('b82-twsid', HEX, 32));
const TW_TOKEN = fill('b82-twtok', HEX, 32);
const TW_SID2 = tok('AC', fill('b82-twsid2', HEX, 32));
const TW_TOKEN2 = fill('b82-twtok2', HEX, 32);
const SENDGRID = tok('SG.', fill('b82-sg1', B64URL, 22), '.', fill('b82-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b82-mg', HEX, 32));
const SENTRY_KEY = fill('b82-sentry', HEX, 32);
const OPENAI = tok('sk-proj-', fill('b82-oa1', B64URL, 74), 'T3BlbkFJ', fill('b82-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b82-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b82-groq', B62, 52));
const GOOGLE = tok('AIza', 'Sy', fill('b82-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b82-gcp', 1218).replace(/\n/g, '\\n');
const AZ_STORAGE = `${fill('b82-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b82-azc1', B62, 3), '8Q~', fill('b82-azc2', B62 + '_-.~', 31));
const SAS_SIG = `${fill('b82-sas1', B62, 17)}%2F${fill('b82-sas2', B62, 15)}%2B${fill('b82-sas3', B62, 9)}%3D`;
const NPM = gh('npm', fill('b82-npm', B62, 30));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b82-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b82-dckr', B64URL, 27));
const TFC = tok(fill('b82-tfc1', B62, 14), '.atlasv1.', fill('b82-tfc2', B62, 67));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b82-atl', B64URL, 171), '=', fill('b82-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b82-lin', B62, 40));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b82-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const GLSA = tok('glsa_', fill('b82-glsa1', B62, 32), '_', fill('b82-glsa2', HEX, 8));
const OKTA = tok('00', fill('b82-okta', B64URL, 40));
const NOTION = tok('ntn_', fill('b82-ntn1', DIGITS, 11), fill('b82-ntn2', B62, 35));
const NRAK = tok('NRAK-', fill('b82-nrak', UPPER + DIGITS, 27));
const VAULT = tok('hvs.', fill('b82-vault', B64URL, 90));
const SQUARE = tok('EAAA', fill('b82-square', B64URL, 60));
const SHPAT = tok('shpat_', fill('b82-shpat', HEX, 32));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b82-rsa', 1190);
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b82-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC_KEY = pem('EC PRIVATE KEY', 'b82-ec', 121);
const JWT_SUPPORT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'kw-2024-11' }, { sub: 'agent:4471', scope: 'support:read fraud:write payouts:hold', iss: 'https://auth.kwesa.app', exp: 1767225600 }, 'b82-jwt1');
const BEARER = fill('b82-bearer', B62, 48);
const BASIC = b64('historian-ro:Tern4-Gannet-2291');
const CISCO9 = tok('$9$', fill('b82-c9a', B62 + './', 14), '$', fill('b82-c9b', B62 + './', 43));
const B64_SK = b64(STRIPE_SK);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH82_CREDENTIALS: DraftRecord[] = [
  rec('chat_da', f`Hej, vores OPC UA-gateway til SCADA på Skerrow Bank vil ikke forbinde efter certifikatfornyelsen. Her er den relevante del af config:

${cfg(f`[opcua.client]
endpoint = "opc.tcp://${amb('pii.ip_address', '10.44.2.18')}:4840/Skerrow/WTG"
security_policy = "Basic256Sha256"
username = "scada_ops_dk"
password = "${v('credential.password_assignment', 'Havørn!Vind2291')}"
poll_interval_ms = 500`)}

Fejlen er BadIdentityTokenRejected. Er det brugeren eller certifikatet?`),



  rec('chat_es_ar', f`Che, el POS de la cervecería en Palermo dejó de sincronizar ventas con Square. En el panel puse este token de producción: ${v('credential.square_access_token', SQUARE)}. ¿Puede ser que haya vencido? Necesito que la barra del taproom vuelva a facturar antes del viernes.`),

  rec('env_file', f`Webshop van de brouwerij, .env op de server (na de migratie doen de bestellingen het niet meer):

${cfg(f`SHOPIFY_STORE=ferntop-brewing.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
SHOPIFY_API_VERSION=2024-10
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
CURRENCY=EUR`)}

Waarom krijg ik 401 op /admin/api/2024-10/orders.json?`),

  rec('chat_en_ng', f`Abeg help me check this restricted key before I give am to the payout vendor: ${v('credential.stripe_restricted_key', STRIPE_RK)}. It should only have Payouts:read and Balance:read. Is there a way to confirm the permissions from the API itself?`),

  rec('chat_sw', f`Habari, OTP za SMS kwa wateja wa Kwesa hazifiki Tanzania tangu jana. Tunatumia Twilio:
Account SID: ${v('credential.twilio_account_sid', TW_SID)}
Auth token: ${v('credential.twilio_auth_token', TW_TOKEN)}
Nambari ya kutuma ni alphanumeric "KWESA". Tafadhali nieleze kwa nini error 21612 inaonekana.`),

  rec('chat_tl', f`Pa-check naman kung bakit hindi nagpapadala ng email receipts ang remittance app. Ito yung config sa staging:

${cfg(f`MAIL_DRIVER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'resibo@kwesa.app')}`)}

Salamat po!`),

  rec('code_python', f`فراڈ ڈیسک والے اسکرپٹ میں Sentry کام نہیں کر رہا، کیا DSN غلط ہے؟

${code(f`import sentry_sdk
from fraud_rules import score_transfer

sentry_sdk.init(
    dsn="${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127733911632`)}",
    traces_sample_rate=0.2,
    environment="fraud-desk",
)

def review(transfer):
    score = score_transfer(transfer)
    if score > 0.85:
        sentry_sdk.capture_message(f"high-risk transfer {transfer.id}")
    return score`)}`),

  rec('chat_zh_cn', f`我们招生办的 Entra ID 应用注册（用于同步申请材料到 SharePoint）报错 AADSTS7000215。配置如下：
租户 ID：5c2e8a91-7d34-4b0f-a6e1-3f90c2b7d418
客户端 ID：a81f3c27-9e46-4d5b-b0c8-61d2e7f493a5
客户端密码：${v('credential.azure_client_secret', AZ_CLIENT)}
请问是不是密码过期了？怎么在门户里确认到期时间？`),

  rec('chat', f`UCAS-style applicant feed into our CRM fails every night at 02:00. The job uses sftp://nfu_intl:${v('credential.url_password', 'Quadrangle#5528')}@transfer.northfold.ac.uk:22/inbound/offers — the password was changed by IT on Monday, but I updated it here. Could the # need escaping in the URL?`),

  rec('chat_de_at', f`Servus, unsere Praxissoftware in der Kinderzahnarzt-Ordination Graz startet nach dem Update nicht mehr. Log sagt "password authentication failed". Die Zeile in der docker-compose:

${cfg(f`services:
  praxis-db:
    environment:
      DATABASE_URL: postgresql://molarbee_app:${v('credential.database_url_password', 'Zahnfee_2024!kids')}@db.intern:5432/praxis_graz`)}

Passt das Format so?`),

  rec('code_python', f`Il promemoria SMS per gli appuntamenti dei bambini parte due volte. Mi aiuti a capire perché?

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID2)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN2)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def invia_promemoria(appuntamenti):
    for a in appuntamenti:
        if a.tutore_telefono and not a.promemoria_inviato:
            client.messages.create(
                to=a.tutore_telefono,
                from_="MolarbeeIT",
                body=f"Ciao! Ricordiamo la visita di {a.nome_bambino} domani alle {a.ora}.",
            )
        a.promemoria_inviato = True`)}`),

  rec('chat_fr_be', f`Bonjour, pour le transfert des rushes numérisés vers le coffre-fort S3 Glacier des archives, le prestataire m'a envoyé ceci :

${cfg(f`[archives-vbc]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-west-3`)}

Peux-tu m'écrire la commande aws s3 sync avec la classe DEEP_ARCHIVE ?`),

  rec('chat_sv', f`Arkivets MAM-system laddar upp proxyfiler till Azure, men sedan i morse får vi 403. Anslutningssträngen:
DefaultEndpointsProtocol=https;AccountName=vbcarkivproxy;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Har någon roterat nyckeln? Hur ser jag det i portalen?`),

  rec('git_remote', f`Stiahnutie repozitára s metadátami archívu padá:

$ git remote -v
origin  https://vbc-archive-bot:${v('credential.github_pat', GHP)}@github.com/valmora-bc/archive-metadata.git (fetch)
origin  https://vbc-archive-bot:${v('credential.github_pat', GHP)}@github.com/valmora-bc/archive-metadata.git (push)

"remote: Support for password authentication was removed" — ale veď to je token, nie heslo?`),

  rec('ci_yaml', f`Tuulipuiston dashboard-repon CI ei pääse pakettirekisteriin. .gitlab-ci.yml:

${cfg(f`variables:
  PIP_INDEX_URL: https://__token__:${v('credential.gitlab_pat', GLPAT)}@gitlab.skerrowwind.com/api/v4/projects/118/packages/pypi/simple
build:
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - pytest -q`)}

Virhe: 403 Forbidden. Pitäisikö käyttää CI_JOB_TOKENia?`),

  rec('chat_en_au', f`G'day — the taproom roster bot in Slack stopped posting shift swaps. Bot token is ${v('credential.slack_bot_token', SLACK_BOT)} and it's in #ferntop-fitzroy-crew. Did Slack change the scopes for chat:write again?`),

  rec('code_js', f`Singapore clinic team wants a Slack ping when a child's pre-auth gets approved. Can you tidy this up?

${code(f`const HOOK = '${v('credential.slack_webhook_url', SLACK_HOOK)}';

async function notifyPreAuth(claim) {
  const text = \`Pre-auth \${claim.ref} approved for \${claim.procedure} (\${claim.clinic})\`;
  await fetch(HOOK, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
}

module.exports = { notifyPreAuth };`)}`),

  rec('chat_pt_br', f`Oi! A comunidade da cervejaria no Discord recebe o aviso de lançamento de cada lote novo por webhook. Desde ontem não chega nada. O webhook é ${v('credential.discord_webhook_url', DISCORD_HOOK)} — será que alguém apagou o canal #lançamentos?`),

  rec('chat_ru', f`Бот для оповещений фрод-отдела в Telegram перестал отвечать. Токен от BotFather: ${v('credential.telegram_bot_token', TELEGRAM)}. Проверь, пожалуйста, правильно ли я ставлю webhook:
${cfg(f`curl -F "url=https://fraud-alerts.kwesa.app/tg" https://api.telegram.org/bot<TOKEN>/setWebhook`)}`),

  rec('chat_hi', f`नमस्ते, अंतरराष्ट्रीय प्रवेश कार्यालय के लिए हम ऑफ़र लेटर का मसौदा बनाने वाला टूल बना रहे हैं। क्या आप देख सकते हैं कि यह कोड सही है?

${code(f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def draft_offer(applicant, programme):
    prompt = f"Write a conditional offer letter for {applicant} to {programme}."
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content`)}`),

  rec('chat_ja', f`アーカイブ部の字幕自動生成スクリプトで、Claude APIが 401 を返します。環境変数は以下の通りです。

${cfg(f`export ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
export SUBTITLE_MODEL=claude-3-5-haiku-latest
export ARCHIVE_ROOT=/mnt/vbc/archive/1987`)}

キーの先頭にスペースが入っている可能性はありますか？`),

  rec('chat_af', f`Hallo, ons wil die taproom-liggings op die webwerf se kaart wys. Die Maps JavaScript API sê "RefererNotAllowedMapError". Die sleutel is ${v('credential.google_api_key', GOOGLE)} en die webwerf is ferntop.beer. Watter beperkings moet ek in die konsole byvoeg?`),

  rec('chat_ko', f`입학처 문서 OCR 파이프라인용 서비스 계정 키입니다. Cloud Vision 호출 시 PERMISSION_DENIED가 납니다. 어떤 역할이 필요할까요?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nfu-admissions-ocr",
  "private_key_id": "${fill('b82-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'ocr-runner@nfu-admissions-ocr.iam.gserviceaccount.com')}",
  "client_id": "108274619305718264093",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'ocr-runner%40nfu-admissions-ocr.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_et', f`Tuulepargi SCADA VPN-i konfiguratsioonist leidsin selle võtme, kas see on see, mida uus ruuter vajab? Ma ei tea, kas see on avalik või privaatne võti:

${v('credential.private_key', RSA_KEY)}`),

  rec('chat_lt', f`Sveiki, bandau prisijungti prie aludarių bastiono serverio, bet ssh sako "invalid format". Štai raktas, kurį man atsiuntė kolega:

${v('credential.openssh_private_key', OSSH_KEY)}

Ar čia reikia pakeisti eilučių pabaigas?`),

  rec('chat_ar_gulf', f`السلام عليكم، عندنا مشكلة في لوحة الدعم: الوكيل ما يقدر يوقف التحويلات المشبوهة. هذا التوكن اللي ينرسل مع الطلب:
Authorization: Bearer ${v('credential.jwt', JWT_SUPPORT)}
ممكن تفك لي الـ payload وتشوف إذا فيه صلاحية payouts:hold؟`),

  rec('http', f`הבקשה הזו לשותף התשלומים מחזירה 403, למה?

${cfg(f`POST /v3/corridors/IL-ET/quotes HTTP/1.1
Host: partner-api.kwesa.app
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Content-Type: application/json

{"send_amount": 1200, "send_currency": "ILS", "receive_currency": "ETB"}`)}`),

  rec('chat_de_ch', f`Grüezi, der Historian auf dem Umspannwerk antwortet bei meinem REST-Aufruf mit 401. Ich schicke diesen Header mit:
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Stimmt da etwas mit der Codierung nicht? Der Benutzer ist historian-ro.`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα ευγενικό μήνυμα για τη ρεσεψιόν του οδοντιατρείου; Θέλω να πω στους γονείς ότι το Wi-Fi της αίθουσας αναμονής άλλαξε: δίκτυο "Molarbee-Guest" και ο κωδικός είναι ${v('credential.password_in_prose', 'Xamogelo2025!')}. Να είναι φιλικό για παιδιά.`),

  rec('chat_tr', f`Uluslararası başvuru portalına yeni ajans kullanıcısı ekledim. Ajansa şu mesajı Türkçe ve İngilizce olarak düzgün yazar mısın: kullanıcı adı "istanbul.agent07", geçici şifre ${v('credential.password_in_prose', 'Bosfor-7315!x')}, ilk girişte değiştirilmesi gerekiyor.`),

  rec('chat_pl', f`Przepisz to ładniej dla nowej osoby na zmianie w taproomie: "kasa fiskalna – login kierownik2, hasło ${v('credential.password_in_prose', 'Chmiel&Slod44')}, nie zapisuj go na kartce przy barze".`),

  rec('chat_vi', f`Nhờ bạn dịch sang tiếng Anh giúp mình: "Tài khoản quản trị hệ thống chấm công của xưởng bia: tên đăng nhập / mật khẩu: admin.xuong / ${v('credential.user_password_pair', 'BiaTuoi@2025')}. Đừng chia sẻ với nhân viên thời vụ."`),

  rec('shell', f`Pentru declarația de accize trebuie să export tabelele lunare. Comanda mea:

${cfg(f`mysql -h ${amb('pii.ip_address', '172.20.4.31')} -u accize_ro -p${v('credential.mysql_cli_password', 'Bere$Acciz2024')} ferntop_excise -e "SELECT * FROM livrari WHERE luna='2024-11'" > noiembrie.tsv`)}

De ce primesc "Access denied for user" deși parola e corectă?`),

  rec('cisco', f`Kan du se over konfigurasjonen til feltbryteren på transformatorplattformen før vi ruller den ut?

${cfg(f`hostname SKB-OSS-SW01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO9)}
username scada-ro privilege 5 password 0 ${v('credential.network_device_secret', 'Krykkje#Nord81')}
!
interface Vlan120
 description SCADA-WTG-RING
 ip address ${amb('pii.ip_address', '10.44.120.2')} 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh`)}`),

  rec('chat_uk', f`Привіт! У нас Vault для платіжного шлюзу, і після перезапуску під не отримує секрети. Я тимчасово прописав токен у values.yaml:
${cfg(f`vault:
  address: https://vault.kwesa.internal:8200
  token: ${v('credential.vault_token', VAULT)}`)}
Як правильно налаштувати Kubernetes auth замість цього?`),



  rec('npmrc', f`Predvajalnik arhivskih posnetkov gradimo z zasebnim paketom. Na CI dobimo 404:

${cfg(f`@valmora:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Lokalno deluje. Kaj manjka?`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('pypirc', f`Sveiki, publicējam iekšējo bibliotēku uzņemšanas biroja dokumentu pārbaudei. twine saka 403:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}`),

  rec('shell', f`Pokušavam gurnuti novu sliku za nadzor turbina na Docker Hub iz Jenkinsa:

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u skerrowops --password-stdin
docker push skerrowops/wtg-collector:3.8.1`)}

Dobijem "unauthorized: incorrect username or password". Token ima read/write.`),

  rec('hcl', f`Терраформ за архивски бекенд не може да се пријави на Terraform Cloud. Ово је фајл са акредитивима:

${cfg(f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

Да ли треба да буде у ~/.terraform.d/credentials.tfrc.json или негде другде?`),



  rec('chat_es_gt', f`Buenas, las confirmaciones de cita de la clínica dental en Antigua no se envían. Usamos Mailgun con la llave ${v('credential.mailgun_api_key', MAILGUN)} y el dominio mg.molarbee.gt. ¿Me ayudas a revisar si el dominio está verificado con curl?`),

  rec('chat_sq', f`Përshëndetje, partneri i dokumentarit nuk mund ta shkarkojë materialin arkivor. Lidhja që i dërguam:
https://vbcarchiveshare.blob.core.windows.net/partner/doc-1974-tirana.mxf?sv=2023-11-03&se=2025-01-10T18%3A00%3A00Z&sr=b&sp=r&sig=${v('credential.azure_sas_token', SAS_SIG)}
A ka skaduar? Si ta zgjas afatin?`),

  rec('chat_fa', f`سلام، اسکریپت همگام‌سازی درخواست‌های پذیرش با Jira خطای 401 می‌دهد. این‌طور صدا می‌زنم:
${cfg(f`curl -u ${v('pii.email', 'intl.admissions@northfold.ac.uk')}:${v('credential.atlassian_api_token', ATLASSIAN)} https://northfold.atlassian.net/rest/api/3/issue/ADM-4418`)}
توکن را دیروز ساختم.`),



  rec('chat_ka', f`გამარჯობა, ლუდსახარშის ტაპრუმების რემონტის დავალებები Linear-ში გვაქვს. ეს გასაღები ${v('credential.linear_api_key', LINEAR)} ჩავწერე GraphQL-ის მოთხოვნაში, მაგრამ "Authentication required" ბრუნდება. რა ჰედერი უნდა გამოვიყენო?`),

  rec('chat_hy', f`Բարև, SOPS-ով գաղտնագրված ֆայլը չի բացվում նոր նոութբուքի վրա։ Պատճենել եմ key.txt-ը՝

# created: 2024-11-18T09:12:44+04:00
# public key: age1x7r2l9v0kqz8m4n6w3p5s1d8f2h7j4k9c0t6y3u5e8a2g4q7zr3m
${v('credential.age_secret_key', AGE)}

Ո՞ր միջավայրի փոփոխականը պետք է նշեմ։`),

  rec('yaml', f`Em português de Portugal, por favor: o visualizador de radiografias pediátricas deixou de ligar ao PACS. Configuração:

${cfg(f`pacs:
  aet: MOLARBEE_LX
  host: pacs.molarbee.pt
  port: 11112
  user: rx_viewer
  password: ${v('credential.password_assignment', 'Dentinho.Lx#73')}
  tls: true`)}

O erro é "association rejected". É da password ou do AE title?`),

  rec('csharp_config', f`Sistem penjadualan hak siaran arkib gagal sambung ke pangkalan data selepas migrasi. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Rights": "Server=tcp:vbc-rights-sql.database.windows.net,1433;Database=rights;User ID=rights_app;Password=${v('credential.connection_string_password', 'Hak$iaran-2025')};Encrypt=True;"
  }
}`)}

Boleh terangkan kenapa ralat "Login failed for user"?`),

  rec('chat_id', f`Halo, koneksi ke MongoDB untuk data pendaftar internasional selalu timeout dari server Jakarta:
${cfg(f`MONGO_URI=mongodb+srv://pendaftar_rw:${v('credential.database_url_password', 'Kampus7Nusa!')}@admissions.x4k2p.mongodb.net/applicants?retryWrites=true`)}
Apakah perlu whitelist IP di Atlas?`),

  rec('chat_th', f`ช่วยดูโค้ดนี้หน่อยครับ เราใช้ Groq ตรวจเรียงความสมัครเรียนเบื้องต้น

${code(f`import Groq from 'groq-sdk';

const groq = new Groq({ apiKey: '${v('credential.groq_api_key', GROQ)}' });

export async function screenEssay(text: string): Promise<string> {
  const res = await groq.chat.completions.create({
    model: 'llama-3.1-8b-instant',
    messages: [{ role: 'user', content: \`Summarise this personal statement in 3 bullet points:\\n\${text}\` }],
  });
  return res.choices[0]?.message?.content ?? '';
}`)}`),

  rec('chat_mn', f`Сайн байна уу, шилжүүлгийн түншийн API-д JWT гарын үсэг зурах хувийн түлхүүрийг application.properties-д хийсэн. Энэ зөв үү?

${cfg(f`partner.signing.alg=ES256
partner.signing.key=${v('credential.private_key', EC_KEY.replace(/\n/g, '\\n'))}`)}`, 'PEM written on one line with \\n escapes'),

  rec('helm_values', f`Hoi, de Grafana-dashboards voor turbinebeschikbaarheid worden via een service account geprovisioned. Kun je de values controleren?

${cfg(f`grafana:
  provisioning:
    url: https://skerrow.grafana.net
    serviceAccountToken: ${v('credential.grafana_service_account_token', GLSA)}
  folders:
    - name: WTG availability
    - name: Vessel transfers`)}`),





  rec('chat_zh_tw', f`招生處的 Okta 自動化腳本呼叫 /api/v1/users 回傳 401。我們的標頭是：
Authorization: SSWS ${v('credential.okta_api_token', OKTA)}
這個 token 是上週由管理員建立的，是否需要 Super Admin 權限？`),

  rec('chat_zu', f`Sawubona, sifuna ukuxhumanisa uhlu lwamalungelo okusakaza e-Notion ne-spreadsheet. Ngisebenzisa ithokheni ${v('credential.notion_token', NOTION)} kodwa ngithola "object_not_found". Ingabe kufanele ngabelane ngekhasi ne-integration?`),

  rec('chat_km', f`សួស្តី! កម្មវិធី remittance របស់យើងផ្ញើ metrics ទៅ New Relic តែមិនឃើញទិន្នន័យទេ។ User key: ${v('credential.newrelic_key', NRAK)} — តើត្រូវប្រើ license key ជំនួសវិញឬ?`),

  rec('k8s', f`Kwesa payouts service keeps using the old Stripe key after I updated the secret. Here is what I applied:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: payouts-stripe
  namespace: payouts
type: Opaque
data:
  STRIPE_SECRET_KEY: ${v('credential.base64_encoded_token', B64_SK)}
  STRIPE_ACCOUNT_COUNTRY: R0I=`)}

Do I need to restart the deployment?`),







  rec('sh_script', f`Backup script for the dental imaging NAS, runs nightly from the Leeds practice. It hangs sometimes:

${code(f`#!/bin/bash
set -euo pipefail
SRC=/srv/xray/$(date +%Y/%m)
DEST=${amb('pii.email', 'backup@nas-leeds.molarbee.local')}:/volume1/xray
sshpass -p '${v('credential.cli_password', 'Incisor-Tide-4093')}' rsync -az --delete "$SRC" "$DEST"
echo "$(date -Is) xray backup ok" >> /var/log/xray-backup.log`)}`),



  rec('chat_ha', f`Sannu, ina son tura sabon lambar shiga ga ma'aikatan kantin giya a Abuja. Don Allah rubuta sako mai sauki cikin Hausa da Turanci: sunan mai amfani "abuja.bar3", kalmar sirri ${v('credential.password_in_prose', 'Gyada#Sha2024')}.`),

  rec('chat_ps', f`سلام، د نړیوالو غوښتونکو پورټال ته د نوي همکار لپاره حساب جوړ شو. مهرباني وکړئ دا پیغام انګلیسي ته وژباړئ: "ستاسو کارن نوم kabul.liaison دی او پاسورډ ${v('credential.password_in_prose', 'Paghman!9027')} دی، لومړی ځل یې بدل کړئ."`),

  rec('chat_kk', f`Сәлем! GitHub-тағы аударым қызметінің репозиторийіне fine-grained токен жасадым, бірақ Actions workflow-ы "Resource not accessible by integration" дейді. Токен: ${v('credential.github_fine_grained_pat', GH_FINE)}. Қандай рұқсат жетіспейді?`),
];

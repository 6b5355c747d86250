/**
 * Held-out batch 144: credentials pasted by staff of a balloon / paragliding tour operator, a
 * poison-control centre, a self-storage chain, a shipyard's naval-architecture office, a diocese's
 * registers and safeguarding office and a marketplace's seller-verification and payouts team.
 * Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b144-sklive', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b144-whsec', B62, 32));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b144-rklive', B62, 97));
const AKIA = tok('AKIA', fill('b144-akia', B32, 16));
const AKIA_SECRET = fill('b144-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b144-akia2', B32, 16));
const AKIA2_SECRET = fill('b144-akia2s', B64, 40);
const TW_SID = tok('AC', fill('b144-twsid', HEX, 32));
const TW_AUTH = fill('b144-twauth', HEX, 32);
const BEARER_MX = fill('b144-bearermx', B62 + '-._~', 56);
const OPENAI = tok('sk-', 'proj-', fill('b144-oai', B64URL, 156));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b144-ant', B64URL, 93), 'AA');
const GLPAT = tok('glpat-', fill('b144-glpat', B62 + '-_', 20));
const ALI_ID = tok('LTAI', '5t', fill('b144-ltai', B62, 18));
const ALI_SECRET = fill('b144-alisec', B62, 30);
const TENCENT_ID = tok('AKID', fill('b144-akid', B62, 32));
const TENCENT_KEY = fill('b144-tckey', B62, 32);
const TELEGRAM = tok('7318204956', ':AA', fill('b144-tg', B64URL, 32));
const AZ_SECRET = tok(fill('b144-azs1', B62, 3), '8Q~', fill('b144-azs2', B62 + '-_.~', 34));
const GOOGLE = tok('AIza', 'Sy', fill('b144-gapi', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248839201736458291', '/', fill('b144-dischook', B64URL, 68));
const SENDGRID = tok('SG.', fill('b144-sg1', B64URL, 22), '.', fill('b144-sg2', B64URL, 43));
const AZ_STORAGE = fill('b144-azst', B64, 86) + '==';
const SENTRY_KEY = fill('b144-sentry', HEX, 32);
const DD_API = fill('b144-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b144-vault', B62, 24));
const NPM = gh('npm', 'Kp4Xw8Rm2Tz6Bq1Vn5Hs9Jd3Lc7Fy0');
const MAILCHIMP = tok(fill('b144-mc', HEX, 32), '-us14');
const DCKR = tok('dckr_', 'pat_', fill('b144-dckr', B64URL, 27));
const GCP_PEM = pem('PRIVATE KEY', 'b144-gcp', 1216);
const GHP = gh('ghp', 'Vb7Nc3Mx9Kz1Lq5Wr2Ts8Hd4Pj6Fg0');
const SHPAT = tok('shpat_', fill('b144-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b144-atl', B64URL, 171), '=', fill('b144-atl2', HEX.toUpperCase(), 8));
const CF_TOKEN = fill('b144-cftok', B62 + '_-', 40);
const FCM = tok('AAAA', fill('b144-fcm1', B64URL, 7), ':APA91b', fill('b144-fcm2', B64URL, 134));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b144-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b144-rsa', 1190);
const JWT_SELLER = jwt({ alg: 'RS256', typ: 'JWT', kid: 'payouts-2025-02' }, { sub: 'seller_88213', scope: 'payouts:write kyc:read', iss: 'https://auth.bazario.example', exp: 1767225600 }, 'b144-jwt1');
const JWT_IN = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 'ops-priya', role: 'kyc_reviewer', region: 'IN', iat: 1738300000 }, 'b144-jwt2');
const OKTA = tok('00', fill('b144-okta', B64URL, 40));
const NOTION = tok('ntn_', fill('b144-ntn1', DIGITS, 11), fill('b144-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b144-at1', B62, 14), '.', fill('b144-at2', HEX, 64));
const BASIC_BG = b64('balloon-api:Kapadokya!Sky2025');
const TFC = tok(fill('b144-tfc1', B62, 14), '.atlasv1.', fill('b144-tfc2', B62, 67));
const CISCO_HASH = tok('$9$', fill('b144-cisco1', B62 + './', 14), '$', fill('b144-cisco2', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH144_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Payout worker crashes on boot since the deploy last night ("No such webhook endpoint"). This is the prod env we ship:

${cfg(f`# payouts-worker/.env.production
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
PAYOUT_CURRENCY_DEFAULT=EUR
DATABASE_URL=postgres://payouts_rw:${v('credential.database_url_password', 'Kassenbon-Nord!93')}@pg-payouts.internal:5432/payouts
KYC_QUEUE=seller-verification-high`)}

Which of these would cause the webhook error?`),

  rec('chat_de_ch', f`Hoi zäme, chönd ihr mir schnäll hälfe es Mail z'formuliere? Ich mues em Piloteteam säge, dass s'Passwort vom Buechigs-Tool (Gleitschirm-Tandem Interlaken) gänderet worde isch. Neu: Benutzer "tandem-ops", Passwort ${v('credential.password_in_prose', 'Harder-Kulm_2025!')} – bitte nöd im WhatsApp-Gruppechat verteile.`),

  rec('chat_tr', f`Merhaba, Göreme'deki meteoroloji istasyonunun yönetim paneline giremiyoruz. Panel adresi http://${amb('pii.ip_address', '192.168.40.17')}:8080, kullanıcı adı admin, şifre ${v('credential.password_in_prose', 'Peribacasi#1987')}. Sabah uçuşları öncesi rüzgar verisini nasıl dışarı aktarabiliriz, adım adım anlatır mısın?`),

  rec('aws_credentials_ja', f`造船設計部の共有PCで、船体CADデータのS3同期が急に止まりました。~/.aws/credentials はこうなっています：

${cfg(f`[default]
region = ap-northeast-1

[hull-design]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-northeast-1`)}

「SignatureDoesNotMatch」と出ます。時計のずれが原因でしょうか？`),

  rec('code_python_fr_ca', f`Salut, le script qui envoie les SMS de suivi aux parents (centre antipoison) plante depuis lundi. Peux-tu regarder?

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def rappel_suivi(numero, prenom_enfant):
    corps = f"Centre antipoison: rappel de suivi pour {prenom_enfant}. Rappelez-nous au besoin."
    return client.messages.create(to=numero, from_="${phone('+15148724419')}", body=corps)`)}
\`\`\`

L'erreur c'est "HTTP 401 Authenticate", pourtant on a rien changé, tsé.`),

  rec('curl_es_mx', f`Oye, ¿por qué este curl me regresa 403 si el token lo acabo de generar en el panel de vendedores?

${cfg(f`curl -X POST https://api.bazario.example/v2/sellers/88213/payouts \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER_MX)}" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": 15230.50, "currency": "MXN", "method": "spei"}'`)}

El vendedor es de Guadalajara y ya pasó la verificación de identidad.`),

  rec('yaml_pt_br', f`Oi! Tô configurando a integração do marketplace com o gateway de repasse aos vendedores. O arquivo tá assim:

${cfg(f`payouts:
  provider: repasse-gw
  base_url: https://gw.repasse.example/api
  client_id: bazario-br-prod
  client_secret: ${v('credential.generic_secret_assignment', fill('b144-ptbrsecret', B62, 40))}
  webhook_path: /hooks/repasse
  retry: 3`)}

Dá erro "invalid_client" no ambiente de produção. Será que o client_secret expirou? Me ajuda a escrever um e-mail pro suporte deles?`),

  rec('chat_it', f`Buongiorno, sono la segretaria della curia. Il parroco di San Rocco non riesce più ad accedere al gestionale dei registri parrocchiali. Gli ho dato queste credenziali: utente "sanrocco.parroco", la password è ${v('credential.password_in_prose', 'Campanile_1742')}. Mi scriveresti due righe gentili per spiegargli come cambiarla al primo accesso?`),

  rec('shell_pl', f`Skrypt do nocnego eksportu faktur z systemu magazynów samoobsługowych wisi na etapie mysql. Co jest nie tak?

${code(f`#!/bin/bash
DATA=$(date +%Y-%m-%d)
mysql -h db-billing.boxburrow.local -u billing_export -p'${v('credential.mysql_cli_password', 'Schowek!Wroclaw44')}' billing \\
  -e "SELECT unit_id, tenant_id, amount_due FROM invoices WHERE due_date < '$DATA'" > /srv/export/zaleglosci_$DATA.tsv
gzip /srv/export/zaleglosci_$DATA.tsv`)}`),

  rec('git_ru', f`Не могу запушить расчёты остойчивости в репозиторий КБ. Remote у меня такой:

${cfg(f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.verf-sever.ru/naval-arch/stability-calcs.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.verf-sever.ru/naval-arch/stability-calcs.git (push)`)}

Ошибка: "HTTP Basic: Access denied". Токен вроде бы не истёк. Что проверить?`),

  rec('code_python_ko', f`판매자 신분증 OCR 결과를 요약하는 스크립트인데, 가끔 타임아웃이 나요. 어디를 고치면 될까요?

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize_kyc(ocr_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"다음 신분증 OCR 결과에서 이름과 만료일만 추출: {ocr_text}"}],
        timeout=20,
    )
    return resp.choices[0].message.content`)}
\`\`\``),

  rec('code_go_zh', f`自助仓储的门禁照片要上传到 OSS，但是一直报 InvalidAccessKeyId，帮我看看：

${code(f`package storage

import "github.com/aliyun/aliyun-oss-go-sdk/oss"

const (
	endpoint        = "oss-cn-shanghai.aliyuncs.com"
	accessKeyID     = "${v('credential.alibaba_access_key_id', ALI_ID)}"
	accessKeySecret = "${v('credential.generic_secret_assignment', ALI_SECRET)}"
)

func GateBucket() (*oss.Bucket, error) {
	client, err := oss.New(endpoint, accessKeyID, accessKeySecret)
	if err != nil {
		return nil, err
	}
	return client.Bucket("boxburrow-gate-cams")
}`)}`),

  rec('ini_zh_tw', f`賣家身分驗證的證件影像放在騰訊雲 COS，台北辦公室這邊的 coscmd 設定如下，上傳時出現 403：

${cfg(f`[common]
secret_id = ${v('credential.tencent_secret_id', TENCENT_ID)}
secret_key = ${v('credential.generic_secret_assignment', TENCENT_KEY)}
bucket = seller-kyc-1320485517
region = ap-taipei`)}

是權限策略的問題嗎？`),

  rec('chat_ar', f`مرحبا، عندنا بوت تيليجرام يرسل تنبيهات الطقس لطياري المناطيد في الأقصر قبل الإقلاع. توقف فجأة عن الإرسال. هذا التوكن الذي نستخدمه: ${v('credential.telegram_bot_token', TELEGRAM)}
هل يمكن أن يكون قد أُلغي؟ وكيف أتحقق من ذلك بدون أن أنشئ بوت جديد؟`),

  rec('json_he', f`האפליקציה של מוקד הרעלות לא מצליחה להתחבר ל-Graph API. זה ה-appsettings.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6b1f2c84-93d7-4e5a-a0c8-2f71d9e3b456",
    "ClientId": "d3e8a41b-7c29-4f60-b5e1-8a94c2d07f3e",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  },
  "OnCallMailbox": "${v('pii.email', 'toranut@poison-center.example.co.il')}"
}`)}

השגיאה: AADSTS7000215. מה זה אומר?`),

  rec('http_hi_en', f`Bhai KYC review portal ka API call fail ho raha hai, 401 aa raha hai. Header ye bhej raha hoon:

${cfg(f`GET /internal/kyc/queue?status=pending&region=IN HTTP/1.1
Host: kyc-admin.bazario.example
Authorization: Bearer ${v('credential.jwt', JWT_IN)}
Accept: application/json`)}

Token kal raat generate kiya tha, kya expire ho gaya hoga? iat dekh ke batao.`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งพนักงานกะดึกที่สาขาบางนาหน่อยค่ะ ว่าระบบเรียกเก็บเงินค่าเช่าห้องเก็บของเปลี่ยนรหัสแล้ว ชื่อผู้ใช้ bangna-night รหัสผ่านใหม่คือ ${v('credential.password_in_prose', 'Tookkaew#2568')} ให้เปลี่ยนเองหลังล็อกอินครั้งแรกนะคะ`),

  rec('chat_vi', f`Em ơi, chị cần soạn tin nhắn gửi bộ phận đối soát thanh toán cho người bán. Tài khoản quản trị mới: tên đăng nhập doisoat.hcm, mật khẩu ${v('credential.password_in_prose', 'SaiGon@Payout26')}. Nhắc mọi người đừng chụp màn hình gửi qua Zalo nhé.`),

  rec('code_js_id', f`Halo, peta lokasi gudang penjual di dashboard nggak muncul, cuma abu-abu. Ini potongan kodenya:

${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GOOGLE)}",
  version: "weekly",
  libraries: ["places"],
});

loader.load().then(() => {
  const map = new google.maps.Map(document.getElementById("peta-gudang"), {
    center: { lat: -6.2088, lng: 106.8456 },
    zoom: 11,
  });
});`)}

Di console muncul "RefererNotAllowedMapError". Harus diubah di mana?`),

  rec('chat_el', f`Καλησπέρα, θέλω να στείλω αυτόματα την πρόγνωση ανέμου στο κανάλι των πιλότων αλεξιπτώτου πλαγιάς στο Discord. Έφτιαξα webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Μπορείς να μου γράψεις ένα μικρό script σε Python που στέλνει μήνυμα κάθε πρωί στις 6:30;`),

  rec('env_nl', f`Kun je checken waarom de herinneringsmails voor openstaande huur van de opslagboxen niet meer verstuurd worden?

${cfg(f`# reminder-service/.env
MAIL_FROM=${v('pii.email', 'facturatie@opslagdoos.example.nl')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
REMINDER_DAYS=7,14,30
TZ=Europe/Amsterdam`)}

In de logs staat alleen "403 Forbidden".`),

  rec('pem_sv', f`Klassningssällskapet vill att vi laddar upp ritningarna via SFTP med nyckel. Den här nyckeln fick jag av IT, men WinSCP säger "unsupported key format". Behöver jag konvertera den?

${v('credential.private_key', RSA_KEY)}`),

  rec('ci_fi', f`Telakan suunnittelutoimiston deploy-työ ei saa yhteyttä laskentapalvelimeen. Tässä GitLab CI:n pätkä:

${cfg(f`deploy_hydrostatics:
  stage: deploy
  script:
    - mkdir -p ~/.ssh && chmod 700 ~/.ssh
    - |
      cat > ~/.ssh/id_ed25519 <<'EOF'
${v('credential.openssh_private_key', SSH_KEY)}
      EOF
    - chmod 600 ~/.ssh/id_ed25519
    - rsync -az build/ calc@${amb('pii.ip_address', '10.22.8.41')}:/opt/hydro/`)}

Virhe on "Load key: invalid format". Mikä on vialla?`),

  rec('chat_da', f`Hej, kan du hjælpe mig med at skrive en kort besked til menighedsrådet i Sankt Mortens Sogn? Jeg skal fortælle, at kirkebogskontorets fælles Microsoft 365-konto er blevet nulstillet. Brugernavn: ${v('pii.email', 'kirkekontor@sogn.example.dk')} — adgangskoden er ${v('credential.password_in_prose', 'Klokketaarn-1856')}. De skal skifte den, første gang de logger ind.`),

  rec('cs_no', f`Faktureringsjobben for lagerbodene feiler med "AuthenticationFailed" mot blob storage. Tilkoblingsstrengen ligger i appsettings:

${cfg(f`"Storage": {
  "Invoices": "DefaultEndpointsProtocol=https;AccountName=lagerbodfaktura;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
}`)}

Har noen rotert nøkkelen, tror du?`),

  rec('python_cs', f`Chyby z aplikace toxikologického informačního střediska se nám přestaly objevovat v Sentry. Konfigurace:

${code(f`import sentry_sdk

sentry_sdk.init(
    dsn="https://${v('credential.sentry_dsn', SENTRY_KEY)}@o481726.ingest.sentry.io/5529174",
    environment="produkce",
    traces_sample_rate=0.2,
)`)}

Je DSN správně?`),

  rec('yaml_hu', f`Szia! A piactér kifizetési szolgáltatásának metrikái eltűntek a Datadogból. Itt a helm values részlet:

${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
  logs:
    enabled: true
  tags:
    - team:kifizetesek
    - env:prod`)}

Mit rontottam el?`),

  rec('chat_ro', f`Bună, poți să-mi traduci în engleză mesajul ăsta pentru colegul nou de la recepția depozitului din Cluj? "Contul pentru aplicația de facturare: utilizator: receptie.cluj / parolă: ${v('credential.user_password_pair', 'Boxa-Cluj!2025')}. Te rog s-o schimbi după prima autentificare."`),

  rec('curl_bg', f`Опитвам се да изтегля резервациите за балонните полети от API-то на партньора, но получавам 401:

${cfg(f`curl -s https://api.partner-booking.example/v1/flights?date=2025-06-14 \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_BG)}"`)}

Правилно ли съм кодирал потребителя и паролата?`),

  rec('chat_uk', f`Привіт! У нас в КБ верфі Vault видає "permission denied" при читанні секретів для сервера розрахунків міцності корпусу. Я логінюся токеном ${v('credential.vault_token', VAULT)} — його вчора видав черговий адмін. Можливо, політика не та? Як подивитися, які policies прив'язані до токена?`),

  rec('npmrc_hr', f`Pozdrav, build za frontend portala za prodavače ne može povući privatni paket @bazario/kyc-widgets. .npmrc izgleda ovako:

${cfg(f`@bazario:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
always-auth=true`)}

Greška je E404. Je li token dobar?`),

  rec('chat_ka', f`გამარჯობა! გუდაურის პარაპლანის ბაზაზე ახალი ინსტრუქტორი მოვიდა. დამეხმარე მოკლე შეტყობინების დაწერაში, რომ დაჯავშნის სისტემაში შესვლა შეუძლია: მომხმარებელი gudauri.instr4, პაროლი ${v('credential.password_in_prose', 'Kazbegi_5047!')} — პირველივე შესვლისას შეცვალოს.`),

  rec('chat_hy', f`Բարև, ինձ պետք է նամակ գրել վաճառողի համար, որ նրա վճարումների կաբինետի գաղտնաբառը վերականգնվել է։ Նոր գաղտնաբառը՝ ${v('credential.password_in_prose', 'Ararat#Pay2025')}։ Խնդրում եմ՝ քաղաքավարի և կարճ։`),

  rec('chat_am', f`ሰላም፣ ለአዲሱ ሻጭ የክፍያ ገጽ መግቢያ መረጃ የሚገልጽ አጭር መልእክት በአማርኛ ጻፍልኝ። የተጠቃሚ ስም: addis.seller21፣ የይለፍ ቃል: ${v('credential.password_in_prose', 'Entoto@7731')}። በመጀመሪያ ሲገቡ እንዲቀይሩት አሳስብ።`),

  rec('php_bn', f`আমাদের বিষক্রিয়া হেল্পলাইনের এসএমএস গেটওয়ে থেকে বার্তা যাচ্ছে না। কোডটা দেখো তো:

${code(f`<?php
$sms_api_key = "${v('credential.generic_secret_assignment', fill('b144-bnsms', B62, 32))}";
$to = $_POST['caller_phone'];
$msg = "বিষক্রিয়া তথ্যকেন্দ্র: আপনার কলের ফলো-আপ ২৪ ঘণ্টার মধ্যে করা হবে।";
$res = file_get_contents("https://sms.gateway.example.bd/send?key=" . $sms_api_key . "&to=" . urlencode($to) . "&text=" . urlencode($msg));
echo $res;`)}

উত্তর আসছে "invalid key"। কী করব?`),

  rec('chat_ta', f`வணக்கம், சென்னை விற்பனையாளர் சரிபார்ப்பு குழுவுக்கு ஒரு அறிவிப்பு எழுத உதவுங்கள்: புதிய பணப்பரிவர்த்தனை டாஷ்போர்டு கணக்கு — பயனர் பெயர் kyc.chennai, கடவுச்சொல் ${v('credential.password_in_prose', 'Marina$Beach88')}. யாருடனும் பகிர வேண்டாம் என்று சொல்லுங்கள்.`),

  rec('chat_fa', f`سلام، لطفاً یک پیام کوتاه بنویس برای همکاران دفتر طراحی کشتی که رمز عبور سرور نقشه‌ها عوض شده. نام کاربری: design-share، رمز عبور جدید: ${v('credential.password_in_prose', 'Bandar-Abbas!1404')}. بگو فقط از شبکهٔ داخلی وصل شوند.`),

  rec('powershell_en_gb', f`Morning — the safeguarding referrals flow posts a card into our Teams channel, but since Friday nothing arrives. Script below, can you see why?

${code(f`$hook = "${v('credential.teams_webhook_url', tok('https://dioceseofstaldhelm.webhook.office.com/webhookb2/', 'a71c3e92-4b58-4d0f-9e16-3c82d4b7f015@5e2b8d14-6f37-4a9c-b1d8-7e4a20c9f365/IncomingWebhook/', fill('b144-teams1', HEX, 32), '/', '8c1f4e27-9d36-4b0a-a5e2-1f7c3b9d6a48/', 'V2', fill('b144-teams2', B64URL, 43)))}"
$card = @{ text = "New safeguarding referral logged (ref SG-2025-0417). Please check the case system." } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $card`)}`),

  rec('chat_en_au', f`Hey, can you write me a Python script that pulls our Mailchimp audience for the Yarra Valley balloon flights (people who booked in 2024) and tags the ones who didn't fly because of weather cancellations? The key is ${v('credential.mailchimp_api_key', MAILCHIMP)}, audience "sunrise-flyers".`),

  rec('shell_pt_pt', f`Bom dia, o pipeline do gabinete de arquitetura naval falha no docker login. É isto:

${cfg(f`$ echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u estaleiro-viana --password-stdin
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`)}

O token foi criado ontem com permissões de leitura e escrita. O que se passa?`),

  rec('config_de_at', f`Servus, die Vergiftungsinformationszentrale-App kann sich seit dem Update nicht mehr mit der Datenbank verbinden. Connection String aus der web.config:

${cfg(f`<connectionStrings>
  <add name="VIZ" connectionString="Server=sql-viz01.intern;Database=Giftnotruf;User Id=viz_app;Password=${v('credential.connection_string_password', 'Donaukanal#2024')};TrustServerCertificate=True" />
</connectionStrings>`)}

Fehler: "Login failed for user 'viz_app'". Was könnte das sein?`),

  rec('chat_fr', f`Bonjour, pour le rapprochement des versements aux vendeurs j'ai créé une clé restreinte Stripe en lecture seule : ${v('credential.stripe_restricted_key', STRIPE_RK)}. Tu peux m'écrire un script Python qui liste les payouts du mois dernier avec leur statut ?`),

  rec('chat_ca', f`Ei, em pots ajudar a redactar un missatge per als pilots de globus de la Garrotxa? La contrasenya del wifi del hangar d'Olot ha canviat: xarxa "Hangar-Globus", contrasenya ${v('credential.password_in_prose', 'Volcans.Fageda23')}. Que no la passin als clients, si us plau.`),

  rec('gcp_json', f`The hull-resistance simulations upload results to BigQuery with this service account. Since yesterday: "invalid_grant: Invalid JWT Signature." Key file (I know, I know):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "shipyard-naval-sim",
  "private_key_id": "${fill('b144-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'cfd-uploader@shipyard-naval-sim.iam.gserviceaccount.com')}",
  "client_id": "104829375610284736195",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'cfd-uploader%40shipyard-naval-sim.iam.gserviceaccount.com')}"
}`))}

Do I need a new key or is it the clock on the cluster?`),

  rec('ci_yaml', f`GitHub Actions can't check out the private fixtures repo for the seller-verification tests. Workflow:

${cfg(f`jobs:
  kyc-tests:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: fetch fixtures
        run: git clone https://x-access-token:${v('credential.github_pat', GHP)}@github.com/bazario/kyc-fixtures.git fixtures
      - run: npm ci && npm test -- --grep "document-check"`)}

It says "Repository not found" even though the PAT has repo scope.`),

  rec('code_python', f`We're drafting plain-language summaries of toxicology consult notes for GPs. Why does this give me a 529 sometimes?

\`\`\`python
${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise_consult(note: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": "Summarise for a GP, no patient identifiers:\\n" + note}],
    )
    return msg.content[0].text`)}
\`\`\``),

  rec('chat_tl', f`Hi po! Pwede po ba ako magpatulong sumulat ng message sa payouts team? Na-reset na daw yung admin account ng seller payouts dashboard for PH. Username: payouts.ph.admin, password: ${v('credential.password_in_prose', 'Sampaguita!2025')}. Sabihin lang na palitan agad after login, thank you po!`),

  rec('env_ms', f`Kedai penjual di Shopify tak dapat sync stok dengan marketplace kita. Boleh tolong semak config ni?

${cfg(f`SHOPIFY_STORE=kedai-batik-kl.myshopify.com
SHOPIFY_ACCESS_TOKEN=${v('credential.shopify_access_token', SHPAT)}
MARKETPLACE_SELLER_ID=MY-55102
SYNC_INTERVAL_MIN=15`)}

Error dia "401 Unauthorized". Token ni baru saja dijana semalam.`),

  rec('chat_sw', f`Habari, naomba uniandikie ujumbe mfupi kwa marubani wetu wa puto la hewa moto huko Serengeti: mtandao wa wifi wa kambi ya Seronera umebadilishwa. Jina: "Puto-Kambi", nenosiri ${v('credential.password_in_prose', 'Simba-Alfajiri7')}. Wasiwape wageni.`),

  rec('chat_lt', f`Sveiki, mūsų laivų statyklos projektavimo biuras naudoja Jira. Noriu per API automatiškai kurti užduotis iš brėžinių revizijų. Mano API žetonas: ${v('credential.atlassian_api_token', ATLASSIAN)}, el. paštas ${v('pii.email', 'r.petrauskas@laivu-statykla.example.lt')}. Parašyk Python skriptą, kuris sukurtų užduotį projekte NAV.`),

  rec('terraform_et', f`Tere! Hoiuruumide ketti Tallinna filiaali DNS-kirjeid haldame Terraformiga. Kas see on korras?

${cfg(f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "cloudflare_record" "broneeri" {
  zone_id = var.zone_id
  name    = "broneeri"
  type    = "A"
  value   = "${amb('pii.ip_address', '185.41.22.108')}"
  proxied = true
}`)}

Plan annab vea "Authentication error (10000)".`),

  rec('chat_ur', f`السلام علیکم، لاہور کے سیلرز کے لیے ایک پیغام لکھ دیں کہ ادائیگی پورٹل کا عارضی پاس ورڈ یہ ہے: ${v('credential.password_in_prose', 'Lahore@Qila2025')} اور پہلی بار لاگ اِن کے بعد اسے تبدیل کرنا لازمی ہے۔ شکریہ`),

  rec('cisco_en', f`Storage site 14 (Leeds) lost the link to head office after the router swap. Running config of the new box, relevant bits:

${cfg(f`hostname BB-LEEDS-RTR01
enable secret 9 ${amb('credential.network_device_secret', CISCO_HASH)}
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Padlock-Unit14!')}
!
interface GigabitEthernet0/0
 description WAN to HQ
 ip address ${amb('pii.ip_address', '172.16.14.2')} 255.255.255.252
!
ip route 0.0.0.0 0.0.0.0 ${amb('pii.ip_address', '172.16.14.1')}
snmp-server community ${v('credential.network_device_secret', 'bbx-ro-7731')} RO`)}

Anything obviously wrong? The tunnel never comes up.`),

  rec('kotlin_zh_hk', f`我哋中毒諮詢中心嘅 app 推送唔到通知俾值班藥劑師，幫手睇下：

${code(f`object PushConfig {
    const val FCM_SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"
    const val TOPIC = "oncall-pharmacists"
}

fun notifyOnCall(caseId: String) {
    val body = """{"to":"/topics/\${PushConfig.TOPIC}","notification":{"title":"新個案","body":"個案 $caseId 需要覆核"}}"""
    http.post("https://fcm.googleapis.com/fcm/send", body, mapOf("Authorization" to "key=\${PushConfig.FCM_SERVER_KEY}"))
}`)}

係咪要轉用 HTTP v1 API？`),

  rec('log', f`Why is our API gateway logging full tokens? Found this in the payouts gateway log this morning:

${cfg(f`2025-03-11T06:14:22.918Z INFO  gw  POST /v2/payouts/batch 202 41ms seller=88213 src=${amb('pii.ip_address', '203.0.113.77')}
2025-03-11T06:14:22.919Z DEBUG gw  auth header="Bearer ${v('credential.jwt', JWT_SELLER)}"
2025-03-11T06:14:23.104Z INFO  gw  payout_batch=pb_7HQ2 queued items=14`)}

Need to know how to turn the DEBUG line off in Kong.`),

  rec('sql_ja', f`中毒情報センターの検査システム（LIMS）の接続設定です。夜間バッチだけ接続エラーになります：

${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://lims-db.tox.local:5432/lims
    username: lims_batch
    password: ${v('credential.password_assignment', 'Fugu-Tetrodo#88')}
  jpa:
    open-in-view: false`)}

エラーは「FATAL: password authentication failed」です。パスワードは合ってるはずなのですが…`),

  rec('chat_mr', f`नमस्कार, आमच्या पॅराग्लायडिंग केंद्रातील (कामशेत) बुकिंग पोर्टलचा नवीन पासवर्ड सर्व पायलटना कळवायचा आहे. युझरनेम kamshet.pilots आणि पासवर्ड ${v('credential.password_in_prose', 'Sahyadri@Wind24')} असा आहे. कृपया छोटा आणि स्पष्ट मेसेज लिहून द्या.`),

  rec('okta_fr_be', f`Bonjour, le service diocésain de protection des mineurs veut désactiver automatiquement les comptes Okta des bénévoles dont la formation a expiré. Token d'API : ${v('credential.okta_api_token', OKTA)} (tenant diocese-namur.okta.com). Tu me fais un script qui liste les comptes du groupe "benevoles-catechese" ?`),

  rec('notion_nl_be', f`Dag, ik wil de checklist voor de ballonvaartpiloten (Notion) automatisch aanvullen met de weersvoorspelling. Integratietoken: ${v('credential.notion_token', NOTION)}. Kan je een scriptje maken dat elke ochtend een nieuwe pagina aanmaakt in de database "Vaarten"?`),

  rec('airtable_is', f`Halló, við notum Airtable fyrir svifvængjaflugbókanir á Suðurlandi. Getur þú skrifað Python-skriptu sem sækir allar bókanir morgundagsins? Aðgangslykill: ${v('credential.airtable_pat', AIRTABLE)}, base "Bókanir".`),

  rec('tf_es_ar', f`Che, ¿me ayudás? El workspace de Terraform Cloud del sistema de depósitos no me deja aplicar:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Dice "unauthorized". El token lo sacó el chabón de infra ayer.`),

  rec('aws_env_it', f`Ciao, lo script che archivia i registri di battesimo scansionati su S3 dà AccessDenied. Variabili:

${cfg(f`export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA2)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA2_SECRET)}
export AWS_DEFAULT_REGION=eu-south-1
aws s3 sync ./scansioni s3://diocesi-registri-archivio/battesimi/`)}

La policy IAM permette PutObject. Cosa manca?`),
];

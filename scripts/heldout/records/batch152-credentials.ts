/**
 * Held-out batch 152: credentials pasted by a fishing cooperative's quota and crew office, a children's
 * hospice fundraising team, a semiconductor fab's cleanroom badging office, a lottery retailer
 * terminal desk, city building-permit inspectors and an online pharmacy's prescription verifiers,
 * in many languages and scripts. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const SG = tok('SG.', fill('b152-sg1', B64URL, 22), '.', fill('b152-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b152-mc', HEX, 32), '-us14');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b152-stripe', B62, 97));
const BREVO = tok('xkeysib-', fill('b152-brevo1', HEX, 64), '-', fill('b152-brevo2', B62, 16));
const TW_SID = tok('AC', fill('b152-twsid', HEX, 32));
const TW_TOKEN = fill('b152-twtok', HEX, 32);
const AZ_SECRET = tok(fill('b152-azs1', B62, 3), '8Q~', fill('b152-azs2', B62 + '~_.-', 34));
const JWT_TERM = jwt({ alg: 'RS256', typ: 'JWT', kid: 'term-2025-02' }, { sub: 'TRM-448201', ret: 'R-77314', scope: 'sales validate payout', iat: 1739871221, exp: 1739914421 }, 'b152-jwtterm');
const JWT_ERX = jwt({ alg: 'ES256', typ: 'JWT' }, { iss: 'https://idp.versandapo-mittelrhein.de', sub: 'rx-verify-svc', aud: 'erp-fachdienst', iat: 1740392117, exp: 1740395717 }, 'b152-jwterx');
const BEARER_BADGE = fill('b152-bearer', B62 + '-._~', 56);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b152-rklive', B62, 97));
const OKTA = tok('00', fill('b152-okta', B64URL, 40));
const GHP = gh('ghp', 'Pn4Vd8Rk2Tz6Wq1Ly5Hb9Mc3Xs7Gf0');
const GCP_PEM = pem('PRIVATE KEY', 'b152-gcp', 1216, '\\n');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b152-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AKIA = tok('AKIA', fill('b152-akia', B32, 16));
const AWS_SECRET = fill('b152-awssec', B64, 40);
const GH_FINE = tok('github_pat_', '11B', fill('b152-ghfg1', UPPER + DIGITS, 19), '_', fill('b152-ghfg2', B62, 59));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b152-slt', UPPER + DIGITS, 6), '/B07', fill('b152-slb', UPPER + DIGITS, 8), '/', fill('b152-slh', B62, 24));
const TELEGRAM = tok('7391846205', ':AA', fill('b152-tg', B64URL, 33));
const OPENAI = tok('sk-proj-', fill('b152-oa1', B64URL, 74), 'T3BlbkFJ', fill('b152-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b152-ant', B64URL, 93), 'AA');
const SENTRY_KEY = fill('b152-sentry', HEX, 32);
const DD_API = fill('b152-ddapi', HEX, 32);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374650182736451', '/', fill('b152-dwh', B64URL, 68));
const VAULT = tok('hvs.', fill('b152-vault', B64URL, 91));
const HF = tok('hf_', fill('b152-hf', UPPER + LOWER, 34));
const AZ_STORAGE = tok(fill('b152-azst', B64, 86), '==');
const GOOGLE = tok('AIza', 'Sy', fill('b152-gapi', B64URL, 33));
const BASIC = b64('zebra-admin:Kr4ken!Badge07');
const GLPAT = tok('glpat-', fill('b152-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Hq7Tx2Lm9Wd4Rb6Nc1Zv8Kp3Fs5Yj0');
const LINEAR = tok('lin_api_', fill('b152-linear', B62, 40));

export const BATCH152_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`The quota ledger container won't start after we moved it to the new host. Can you tell me which variable is malformed?

${amb('source_code.snippet', f`# /opt/kvote/.env  (Havørn Fiskarlag – kvoteregister)
APP_ENV=production
DATABASE_URL=postgresql://kvote_app:${v('credential.database_url_password', 'Torsk&Sei-2025!')}@db01.havorn-fisk.no:5432/kvoteregister
SMTP_HOST=smtp.sendgrid.net
SMTP_USER=apikey
SMTP_PASS=${v('credential.sendgrid_api_key', SG)}
LANDING_NOTE_SFTP=sftp://landing:${v('credential.url_password', 'Hyse.Lofoten.44')}@sftp.fangstdata.no/inn
TZ=Europe/Oslo`)}`),

  rec('chat_no', f`Kan du skrive en kort melding til skipperne på engelsk? Innholdet: "Den nye fangstdagbok-portalen er oppe. Brukernavn er fartøyets kallesignal, og felles passord for første pålogging er ${v('credential.password_in_prose', 'Loddefiske#2025')} – bytt det med en gang." Mvh kvotekontoret`),

  rec('chat_is', f`Geturðu þýtt þetta yfir á ensku fyrir nýju pólsku hásetana? "Þráðlausa netið um borð heitir HAVORN-CREW og lykilorðið er ${v('credential.password_in_prose', 'Ysa!Grunnur77')}. Ekki deila því með farþegum."`),

  rec('chat_pt', f`Bom dia, podes rever este texto para os mestres das embarcações de Peniche? "O acesso ao VMS mudou. Utilizador: peniche.quotas, palavra-passe: ${v('credential.password_in_prose', 'Sardinha_Berlenga9')}. Em caso de dúvida liguem para a lota ${phone('+351 21 384 7291')}."`),

  rec('shell_es', f`Oye, este script para subir las notas de primera venta a la lonja de Vigo se queda colgado pidiendo contraseña. ¿Qué falla?

${code(f`#!/bin/bash
FECHA=$(date +%Y%m%d)
sshpass -p '${v('credential.cli_password', 'Pulpo-Ria-2025')}' sftp -oBatchMode=no ${amb('pii.email', 'lonja_coop@sftp.lonjavigo.es')} <<EOF
cd /entrada/notas
put /srv/notas/notas_$FECHA.xml
bye
EOF`)}`),

  rec('chat_es_cl', f`Hola, ¿me ayudas a redactar un correo para el armador? Necesito decirle que la clave del portal de declaraciones de desembarque quedó así: usuario cooperativa.mauro, clave ${v('credential.password_in_prose', 'Merluza.Austral.31')}. Que la cambie al tiro porque la compartimos por WhatsApp po.`),

  rec('chat_vi', f`Nhờ bạn dịch sang tiếng Anh giúp mình: "Tài khoản cổng thông tin thuyền viên đã được cấp lại. Tên đăng nhập: crew.nguyenvh, mật khẩu: ${v('credential.password_in_prose', 'CaNgu@Bien2025')}. Vui lòng đổi mật khẩu sau lần đăng nhập đầu tiên."`),

  rec('chat_tl', f`Pa-check naman ng grammar nito bago ko i-send sa mga seaman natin: "Good day po! Yung password ng crew portal ay ${v('credential.password_in_prose', 'Tanigue_2025!')} at username niyo ay yung seaman's book number niyo. Palitan niyo agad pagka-login."`),

  rec('chat_id', f`Tolong rapikan pesan ini untuk ABK baru dari Bitung: "Akun aplikasi absensi kru sudah aktif. Username: abk.bitung07, kata sandi: ${v('credential.password_in_prose', 'Cakalang#Bitung88')}. Jangan dibagikan ke orang lain ya."`),

  rec('code_python', f`Our monthly appeal sync runs fine locally but the charge step fails on the server. Can you see why?

\`\`\`python
${code(f`import mailchimp_marketing as Mailchimp
import stripe

MC_KEY = "${v('credential.mailchimp_api_key', MAILCHIMP)}"
stripe.api_key = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"

client = Mailchimp.Client()
client.set_config({"api_key": MC_KEY, "server": "us14"})

def sync_recurring_donors(list_id: str) -> int:
    n = 0
    for sub in stripe.Subscription.list(status="active", limit=100).auto_paging_iter():
        email = sub.customer_email or ""
        client.lists.set_list_member(list_id, email.lower(), {"email_address": email, "status_if_new": "subscribed", "tags": ["monthly-lantern"]})
        n += 1
    return n`)}
\`\`\``),

  rec('yaml_de', f`Kannst du mir sagen, warum der Spendenquittungs-Versand nicht läuft? Die Konfig vom Kinderhospiz Sternenlicht:

${amb('source_code.snippet', f`quittungen:
  absender: "Kinderhospiz Sternenlicht e.V. <${v('pii.email', 'spenden@sternenlicht-kinderhospiz.de')}>"
  smtp:
    host: mail.sternenlicht-kinderhospiz.de
    port: 587
    benutzer: quittungen
    passwort: "${v('credential.password_assignment', 'Sternschnuppe!2025')}"
  vorlage: vorlagen/zuwendungsbestaetigung.docx`)}`),

  rec('chat_gsw', f`Chasch mir das uf Hochdütsch umeschriibe für s Mail an d Freiwillige? "Hoi zäme, s Passwort für s Spändetool isch jetzt ${v('credential.password_in_prose', 'Gipfeli-Zmorge-48')}, de Benutzer bliibt glich. Bitte nöd i de WhatsApp-Gruppe poste, merci viumal!"`),

  rec('chat_fr_qc', f`Peux-tu m'aider à écrire un courriel à Josée pour la campagne du Grand Défi? Faut que je lui dise que le mot de passe du compte Zeffy c'est ${v('credential.password_in_prose', 'Lucioles2025$')} pis que la clé Brevo pour l'infolettre c'est ${v('credential.brevo_api_key', BREVO)}. Elle va s'en occuper pendant mes vacances.`),

  rec('code_js', f`Text-to-donate replies go out twice. Here's the handler (Little Lanterns, Node 20):

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_TOKEN)}');

app.post('/sms/inbound', async (req, res) => {
  const body = (req.body.Body || '').trim().toUpperCase();
  if (body.startsWith('LANTERN')) {
    const amount = Number(body.replace(/\\D/g, '')) || 5;
    await recordPledge(req.body.From, amount);
    await client.messages.create({ to: req.body.From, from: process.env.SHORTCODE, body: \`Thank you for your £\${amount} gift to Little Lanterns 💛\` });
  }
  res.type('text/xml').send('<Response/>');
});`)}`),

  rec('config_zh_tw', f`門禁系統升級後 badge-sync 服務連不上資料庫，幫我看一下連線字串哪裡錯：

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "BadgeDb": "Server=fab7-sql02.kestrel-fab.local,1433;Database=CleanroomAccess;User Id=badge_sync;Password=${v('credential.connection_string_password', 'Hsinchu#Fab7-CR')};TrustServerCertificate=True;"
  },
  "Reader": { "Zone": "CR-Bay-12", "AntiPassback": true }
}`)}

錯誤訊息是 Login failed for user 'badge_sync'。`),

  rec('curl_ko', f`출입통제 API에서 협력업체 출입증 목록을 가져오려는데 401이 떠요. 토큰이 만료된 건가요?

${amb('source_code.snippet', f`curl -s -H "Authorization: Bearer ${v('credential.bearer_token', BEARER_BADGE)}" \\
  "https://access.p3.kestrel-fab.co.kr/api/v2/contractors?zone=CR-B2&status=active"`)}

참고로 관리자 콘솔 비밀번호는 ${v('credential.password_in_prose', 'Pyeongtaek!Clean5')} 인데 그걸로는 로그인 잘 됩니다.`),

  rec('ldap_ja', f`入退室管理サーバの LDAP 連携設定です。bind に失敗する原因を教えてください。

${amb('source_code.snippet', f`[ldap]
url = ldaps://ad01.kmm.kestrel-fab.local:636
bind_dn = CN=svc-badge,OU=Service,DC=kmm,DC=kestrel-fab,DC=local
bind_password = ${v('credential.password_assignment', 'Aso-Wafer#2291')}
user_filter = (&(objectClass=user)(memberOf=CN=CR-Contractors,OU=Groups,DC=kmm,DC=kestrel-fab,DC=local))`)}`),

  rec('env_de', f`Die Entra-App für den Reinraum-Zutritt (Dresden) bekommt AADSTS7000215. Stimmt das Secret?

${amb('source_code.snippet', f`AZURE_TENANT_ID=5b8e2c41-9f37-4d06-a1e8-7c3f92d40b65
AZURE_CLIENT_ID=c1d74e93-28ab-4f60-9e15-b3a8f602d7c4
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_SECRET)}
BADGE_GROUP=SG-Reinraum-Fremdfirmen`)}`),

  rec('ios_config', f`Badge printer switch in the AZ fab won't accept the config, console just says "% Invalid input". Relevant part:

${amb('source_code.snippet', f`hostname CHD-BADGE-SW01
username badgeops privilege 15 password 0 ${v('credential.network_device_secret', 'Chandler-Cleanr00m')}
snmp-server community ${v('credential.network_device_secret', 'kstrl-ro-7731')} RO
interface Vlan40
 ip address ${amb('pii.ip_address', '10.44.40.2')} 255.255.255.0`)}`),

  rec('chat_el', f`Μπορείς να το κάνεις πιο ευγενικό; Είναι για πρακτορείο που κάλεσε το helpdesk: "Ο κωδικός πρόσβασης του τερματικού σας επαναφέρθηκε. Νέος κωδικός: ${v('credential.password_in_prose', 'Tyxi-Ter4921')}. Παρακαλούμε αλλάξτε τον από το μενού Ρυθμίσεις."`),

  rec('chat_tr', f`Bayiye gönderilecek mesajı düzeltir misin? "Sayın bayimiz, terminal yönetici şifreniz sıfırlanmıştır. Yeni şifre: ${v('credential.password_in_prose', 'Sans.Bayi-3380')} Lütfen ilk girişte değiştiriniz. Destek hattı: ${phone('+90 212 418 29 37')}"`),

  rec('chat_pt_br', f`Oi! Me ajuda a escrever um WhatsApp pro dono da lotérica? Ele ligou dizendo que o terminal travou. A senha nova do operador é ${v('credential.password_in_prose', 'Mega#Sorte2025')} e o login é o código do ponto de venda, 48.221-7. Tem que trocar no primeiro acesso.`),

  rec('chat_pl', f`Przeredaguj proszę tę wiadomość do kolektury w Łodzi: "Dzień dobry, hasło serwisowe do terminala zostało zresetowane. Nowe hasło: ${v('credential.password_in_prose', 'Kumulacja!7734')}. Prosimy nie zapisywać go na kartce przy kasie."`),

  rec('json_config', f`Terminal provisioning file for a new retailer, the device can't subscribe to the draw-results topic. What's off?

${amb('source_code.snippet', f`{
  "terminalId": "TRM-448201",
  "retailerId": "R-77314",
  "mqtt": {
    "host": "mqtt.novalotto.net",
    "port": 8883,
    "username": "trm-448201",
    "password": "${v('credential.password_assignment', 'qV8#nLt2!Zr5')}"
  },
  "session": "${v('credential.jwt', JWT_TERM)}",
  "topics": ["draws/results/#", "terminals/TRM-448201/cmd"]
}`)}`),

  rec('chat_ar_eg', f`ممكن تعيد صياغة الرسالة دي لصاحب المحل؟ "أهلاً يا أستاذ، كلمة السر الجديدة لجهاز اليانصيب هي ${v('credential.password_in_prose', 'Hazz@Cairo19')} واسم المستخدم زي ما هو. لو فيه مشكلة كلمنا على ${phone('010 1842 7394', 'EG')}."`),

  rec('chat_hu', f`Át tudnád fogalmazni udvariasabbra? "Kedves Partnerünk! A lottóterminál szervizjelszava megváltozott, az új jelszó: ${v('credential.password_in_prose', 'Otos.Talalat-62')} Kérjük, ne adja ki a bolti kisegítőknek."`),

  rec('chat_fr', f`Tu peux me reformuler ce mail pour le cabinet d'architecte ? « Bonjour, votre compte sur la plateforme de dépôt des permis de construire de la Ville de Lyon a été réactivé. Identifiant : archi.dumontet, mot de passe provisoire : ${v('credential.password_in_prose', 'Fourviere-Permis24')}. » Et dis-moi si la clé Maps qu'on a mise dans la page publique, ${v('credential.google_api_key', GOOGLE)}, doit vraiment y être.`),

  rec('chat_ka', f`შეგიძლია ეს ინგლისურად თარგმნო? "მშენებლობის ნებართვების პორტალზე თქვენი ანგარიში გააქტიურდა. მომხმარებელი: inspector.beridze, პაროლი: ${v('credential.password_in_prose', 'Mtkvari-2025!')} გთხოვთ, პირველი შესვლისას შეცვალოთ."`),

  rec('chat_hy', f`Կարո՞ղ ես սա անգլերեն թարգմանել տեսուչների համար։ «Շինարարության թույլտվությունների համակարգում ձեր գաղտնաբառը փոխվել է։ Նոր գաղտնաբառ՝ ${v('credential.password_in_prose', 'Ararat_Shin77')}։ Խնդրում ենք այն փոխել առաջին մուտքից հետո։»`),

  rec('chat_am', f`ይህንን ወደ እንግሊዝኛ ተርጉምልኝ፦ "የግንባታ ፈቃድ ስርዓት መለያዎ ተከፍቷል። የተጠቃሚ ስም: insp.alemu የይለፍ ቃል: ${v('credential.password_in_prose', 'Entoto#Permit9')} እባክዎ በመጀመሪያ መግቢያ ይቀይሩት።"`),

  rec('chat_hi', f`इसे थोड़ा प्रोफेशनल बना दो, बिल्डिंग इंस्पेक्टर्स को भेजना है: "नए भवन अनुमति पोर्टल पर आपका अकाउंट बन गया है। यूज़रनेम आपका कर्मचारी कोड है और पासवर्ड ${v('credential.password_in_prose', 'Nirman@BLR2025')} है। पहली बार लॉगिन करते ही पासवर्ड बदल लें।"`),

  rec('chat_bn', f`এটা একটু গুছিয়ে লিখে দাও, পরিদর্শকদের পাঠাব: "ভবন নির্মাণ অনুমোদন সিস্টেমে আপনার নতুন পাসওয়ার্ড ${v('credential.password_in_prose', 'Rajuk-Dhaka#58')} । প্রথমবার লগইন করার পর অবশ্যই পাসওয়ার্ড পরিবর্তন করবেন।"`),

  rec('chat_ta', f`இதை ஆங்கிலத்தில் மொழிபெயர்த்து தர முடியுமா? "கட்டிட அனுமதி இணையதளத்தில் உங்கள் கணக்கு செயல்படுத்தப்பட்டது. பயனர்பெயர்: insp.murugan, கடவுச்சொல்: ${v('credential.password_in_prose', 'Marina-Permit!6')} முதல் உள்நுழைவில் மாற்றவும்."`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษให้หน่อย ส่งให้ผู้รับเหมาต่างชาติ: "บัญชีระบบยื่นขออนุญาตก่อสร้างของท่านเปิดใช้งานแล้ว ชื่อผู้ใช้ contractor.somchai รหัสผ่าน ${v('credential.password_in_prose', 'Chao-Phraya#24')} กรุณาเปลี่ยนรหัสผ่านหลังเข้าสู่ระบบครั้งแรก"`),

  rec('curl_de', f`Der E-Rezept-Abruf aus unserem Verifikations-Service liefert 403. Ist das Token falsch gebaut?

${amb('source_code.snippet', f`curl -X GET "https://erp.versandapo-mittelrhein.de/api/v1/Task?status=ready" \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_ERX)}" \\
  -H "X-Client-Id: rx-verify-svc"`)}`),

  rec('chat', f`We're wiring the refill reminder service to Stripe and Okta. Restricted key is ${v('credential.stripe_restricted_key', RK_LIVE)} (read customers + write invoices), Okta API token for deprovisioning pharmacists is ${v('credential.okta_api_token', OKTA)}. Is it OK to keep both in the same Kubernetes secret or should they be split?`),

  rec('chat_it', f`Mi sistemi questa mail per la nuova farmacista? "Ciao Giulia, benvenuta nel team verifica ricette! L'accesso al gestionale è con la tua mail aziendale e la password è ${v('credential.password_in_prose', 'Ricetta.Verde-33')}, ti chiederà di cambiarla. Per il turno di sabato chiama pure il ${phone('333 481 2967', 'IT')}."`),

  rec('chat_es_mx', f`¿Me ayudas a escribir un mensaje para el químico farmacéutico nuevo? "Hola Arturo, ya quedó tu acceso al sistema de validación de recetas. Usuario: avillarreal, contraseña temporal: ${v('credential.password_in_prose', 'Receta#CDMX2025')}. Cámbiala porfa en cuanto entres."`),

  rec('chat_ru', f`Переведи, пожалуйста, на английский для поставщика: «Доступ к тестовому контуру проверки рецептов открыт. Логин: vendor_rxcheck, пароль: ${v('credential.password_in_prose', 'Retsept-Proverka9!')} — действует до конца месяца».`),

  rec('npmrc', f`CI can't install our private package for the Rx label printer, but my laptop can:

${amb('source_code.snippet', f`@pilldrop:registry=https://gitlab.pilldrop-pharmacy.co.uk/api/v4/projects/118/packages/npm/
//gitlab.pilldrop-pharmacy.co.uk/api/v4/projects/118/packages/npm/:_authToken=${v('credential.npmrc_auth_token', v('credential.gitlab_pat', GLPAT))}
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}`, 'each token is both an .npmrc _authToken and a provider token: two labels per span'),

  rec('chat_cs', f`Můžeš to přeložit do angličtiny pro slovenskou kolegyni? Vlastně ne, stačí zkrátit: "Ahoj, heslo do systému pro kontrolu eReceptů je ${v('credential.password_in_prose', 'Lekarna!Brno58')}, uživatel je tvoje příjmení. Po prvním přihlášení si ho změň."`),

  rec('gcp_json', f`Our prescription-image OCR job fails with "invalid_grant: Invalid JWT Signature". This is the key file the job mounts:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "pilldrop-rx-ocr",
  "private_key_id": "${fill('b152-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'rx-ocr-runner@pilldrop-rx-ocr.iam.gserviceaccount.com')}",
  "client_id": "104827361950284736152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'rx-ocr-runner%40pilldrop-rx-ocr.iam.gserviceaccount.com')}"
}`))}

Is the clock on the node off, or is the key revoked?`),

  rec('chat_no', f`Hjelp! Jeg limte inn nøkkelen til VMS-serveren i feil Teams-kanal. Er dette den private delen, og må jeg rotere den nå?

${v('credential.openssh_private_key', OSSH)}`),

  rec('aws_ko', f`팹 출입 로그를 S3에 올리는 배치가 AccessDenied가 나요. 자격 증명 파일은 이렇습니다:

${amb('source_code.snippet', f`[badge-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-northeast-2`)}`),

  rec('chat_sv', f`Vi har en GitHub-token i insamlingssidans deploy-skript: ${v('credential.github_fine_grained_pat', GH_FINE)}. Den har bara "contents: write" på repot lyktan-web. Räcker det eller måste den också ha "pages"?`),

  rec('chat_fi', f`Voitko kirjoittaa Python-skriptin, joka lähettää Slackiin ilmoituksen, kun arvontaterminaali on ollut offline yli 15 min? Webhook on ${v('credential.slack_webhook_url', SLACK_HOOK)} ja terminaalit ovat taulussa terminals(last_seen).`),

  rec('code_python_ru', f`Бот для экипажей шлёт уведомления о выходе в рейс, но в группу ничего не приходит. Посмотри:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183746519

def notify_crew(vessel: str, departs: str) -> None:
    text = f"⚓ {vessel}: выход в рейс {departs}. Проверьте медкнижки и допуски."
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage", json={"chat_id": CHAT_ID, "text": text}, timeout=10)`)}`),

  rec('chat_ca', f`Tinc un script que redacta esborranys de cartes d'agraïment per als donants de l'hospici infantil. Em surt "insufficient_quota". La clau és ${v('credential.openai_api_key', OPENAI)} — és que s'ha acabat el crèdit o és un problema del projecte?`),

  rec('chat_sk', f`Ahoj, potrebujem pomôcť s nastavením nástroja na sumarizáciu poznámok k receptom. Mám kľúč ${v('credential.anthropic_api_key', ANTHROPIC)}, ale vracia mi to 401. Dá sa to použiť cez proxy?`),

  rec('code_js_sr', f`Зашто Sentry не прима грешке из апликације за грађевинске дозволе? Конфигурација:

${code(f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508129.ingest.de.sentry.io/4508129384710144`)}",
  environment: "production",
  release: "dozvole-web@2.7.1",
  tracesSampleRate: 0.1,
});`)}`),

  rec('shell_hr', f`Pokušavam izvući popis terminala koji nisu poslali zaključak dana, ali dobivam "Access denied":

${amb('source_code.snippet', f`mysql -u terminal_ro -p${v('credential.mysql_cli_password', 'Loto7od39!')} -h ${amb('pii.ip_address', '10.12.8.41')} lutrija -e "SELECT terminal_id, last_eod FROM terminals WHERE last_eod < CURDATE();"`)}`),

  rec('http_ms', f`Boleh tolong semak kenapa pencetak lencana dalam bilik bersih tolak permintaan ni?

${amb('source_code.snippet', f`POST /api/v1/print HTTP/1.1
Host: ${amb('pii.ip_address', '10.61.7.20')}
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"template":"contractor-cr","name":"Lim Wei Jie","company":"Penang Precision Sdn Bhd","valid_to":"2025-03-31"}`)}`),

  rec('yaml_lv', f`Vai vari palīdzēt? Datadog aģents loterijas termināļu serverī nesūta metrikas:

${amb('source_code.snippet', f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: riga-lotto-gw01
tags:
  - env:prod
  - team:terminalu-atbalsts`)}`),

  rec('chat_lt', f`Ar gali parašyti trumpą Python skriptą, kuris kiekvieną vakarą siųstų surinktų aukų sumą į mūsų Discord kanalą? Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}`),

  rec('shell_et', f`Vault ei lase puhasruumi kaardisüsteemi saladusi lugeda, ütleb "permission denied". Kas token on vale?

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.kestrel-fab.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/badging/reader-keys
Error reading secret/data/badging/reader-keys: Code: 403. Errors: * permission denied`)}`),

  rec('chat_fa', f`یک اسکریپت می‌خواهم که مدل تشخیص دست‌خط نسخه‌ها را از Hugging Face دانلود کند. توکن من ${v('credential.huggingface_token', HF)} است ولی خطای 401 می‌گیرم. مشکل از کجاست؟`),

  rec('config_bg', f`Защо качването на сканираните строителни разрешения в Azure не работи? Ето конфигурацията:

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=razreshenijasofia;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "skanirani-dokumenti"
  }
}`)}`),

  rec('chat_de_at', f`Servus, kannst du mir ein Skript schreiben, das neue Baustellen-Mängel aus Linear in unsere Excel-Liste fürs Bauamt übernimmt? Mein API-Key ist ${v('credential.linear_api_key', LINEAR)}, Team heißt "Bauaufsicht Graz".`),

  rec('chat_en_in', f`Sir, GitHub Actions for the permit-tracker repo is failing at checkout of the private submodule. I put the token directly, ${v('credential.github_pat', GHP)}, is that the issue or should it be in secrets?`),
];

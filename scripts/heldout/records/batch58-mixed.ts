/**
 * Held-out batch 58: longer pastes mixing categories — mission debriefs, guest e-mail threads,
 * claim files, ERP exports, test fixtures, moderation logs and sample manifests. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, fill, jwt, tok } from '../tokens';

const PLAYER_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'player_20931', name: 'Kaito Mori', team: 'Sakura Storm', role: 'captain', iat: 1731925800, exp: 1732012200 }, 'b58m-pjwt');
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1288417302957361152', '/', fill('b58m-dhook', B64URL, 68));
const AWS_ID = tok('AKIA', fill('b58m-akia', B32, 16));
const AWS_SECRET = fill('b58m-akias', B64, 40);
const S3_SECRET = fill('b58m-s3s', B64, 40);
const S3_ID = tok('AKIA', fill('b58m-akia2', B32, 16));
const SLACK_BOT = tok('xoxb-', '5918273640', '2-', '7718294053162-', fill('b58m-xoxb', B62, 24));
const API_SECRET = fill('b58m-apisec', HEX, 48);

export const BATCH58_MIXED: DraftRecord[] = [
  rec('debrief', f`Turn these scrappy debrief notes into a proper post-mission report (headings: summary, timeline, issues, actions). Keep the patient details out of the version for the newsletter.

Mission 24-1187 – stretcher winch, Cradle Mountain, Sat 16 Nov
Crew: capt. R. Haddad, aircrew officer J. Brennan (${v('pii.email', 'j.brennan@alpinerescue.org.au')}), flight paramedic T. Okafor
Patient: 52 y/o male, DOB ${v('pii.date_of_birth', '05/01/1972')}, lower-leg fracture, wife on ${phone('0427 193 508', 'AU')}
- 10:12 tasked, 10:31 airborne from Launceston
- 11:05 on scene, -41.6842, 145.9513, cloud base 3,800 ft
- 11:40 patient on board, LGH 12:15
Issues: Spidertracks unit stopped reporting after 10:50 — last ping from ${amb('pii.ip_address', '203.45.118.72')}; also the tablet app crashed, and whoever set up the new tablet left the ops DB login on a sticky note (user opsroster, pw ${v('credential.password_in_prose', 'Wombat!Cradle2024')}). Needs changing today.`),

  rec('email_thread_de', f`Bitte schreib mir eine höfliche Antwort an den Gast (kurz, auf Deutsch), dass wir das Zimmer-Upgrade bestätigen, und weise ihn darauf hin, dass wir keine Kartendaten per E-Mail annehmen.

Von: Friedrich Wallner <${v('pii.email', 'f.wallner@wallner-consulting.at')}>
Gesendet: Montag, 18. November 2024 21:47
An: ${v('pii.email', 'reservierung@seeblick-grandhotel.at')}
Betreff: Silvester – Upgrade Seesuite

Sehr geehrte Damen und Herren,
wir würden gerne von der Juniorsuite auf die Seesuite upgraden (29.12.–02.01.). Bitte belasten Sie die Differenz auf meine Mastercard ${v('financial.payment_card', '5565 0913 5223 5233')}, gültig bis 05/27. Für Rückfragen erreichen Sie mich unter ${phone('+43 512 58 3921')}.
Mit freundlichen Grüßen
Friedrich Wallner`),

  rec('trace_ja', f`大会の選手ポータルでチーム登録が500になります。スタックトレースとリクエストを貼ります。原因わかりますか？

${amb('source_code.snippet', f`POST /api/v2/teams/register HTTP/1.1
Host: portal.sakura-esports.jp
Authorization: Bearer ${v('credential.jwt', PLAYER_JWT)}
Content-Type: application/json

{"team":"Sakura Storm","captain_email":"${v('pii.email', 'kaito.mori.gg@gmail.com')}","members":5}

TypeError: Cannot read properties of undefined (reading 'region')
    at validateTeam (/srv/portal/dist/teams/validate.js:48:31)
    at registerTeam (/srv/portal/dist/teams/register.js:22:9)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`)}`),

  rec('csv_tr', f`ERP'den aldığım tedarikçi listesi bu. Mükerrer kayıtları ve eksik e-postaları bulup temiz bir tablo yapar mısın?

${amb('source_code.snippet', f`tedarikci_kodu;unvan;eposta;iban;vade_gun
T-1042;Ege İplik San. A.Ş.;${v('pii.email', 'muhasebe@egeiplik.com.tr')};${v('financial.iban', 'TR94 0001 0063 9901 9337 4017 20')};60
T-1043;Boyakim Kimya Ltd.;${v('pii.email', 'finans@boyakim.com.tr')};${v('financial.iban', 'TR27 0006 2042 2314 0537 5475 72')};45
T-1044;Ege İplik San. A.Ş.;;${v('financial.iban', 'TR94 0001 0063 9901 9337 4017 20')};60
T-1045;Anadolu Ambalaj;${v('pii.email', 'siparis@anadoluambalaj.com')};;30`)}`),

  rec('email_nl', f`Kun je deze mail van de klant samenvatten voor het dossier en een antwoord voorstellen?

Van: Henk Bosman <${v('pii.email', 'henk.bosman@ziggo.nl')}>
Onderwerp: schade SCH-2024-118901 – nog steeds geen uitkering

Geachte heer/mevrouw,
Al drie keer heb ik mijn gegevens gestuurd. Nogmaals: BSN ${v('pii.nl_bsn', '708972111')}, rekening ${v('financial.iban', 'NL22 INGB 7323 9270 06')}, telefoon ${phone('+31 70 418 2736')}. De aannemer wil volgende week beginnen aan het dak.
Met vriendelijke groet, H. Bosman

---- interne notitie (${v('confidential.marking', 'VERTROUWELIJK')}) ----
Expert twijfelt aan de omvang; foto's lijken van een eerdere schade uit 2022. Nog niet met klant delen.`),

  rec('pytest_pt_br', f`Os testes do LIMS passam local mas falham no CI por causa de fuso horário. Dá uma olhada nas fixtures:

\`\`\`python
${v('source_code.snippet', f`import pytest
from datetime import date, datetime

@pytest.fixture
def participante():
    return {
        "nome": "Juliana Ferraz Monteiro",
        "cpf": "${v('pii.br_cpf', '312.201.292-83')}",
        "data_nascimento": "${v('pii.date_of_birth', '1989-07-21')}",
        "email": "${v('pii.email', 'juliana.monteiro@usp.br')}",
    }

@pytest.fixture
def amostra(participante):
    return {"id": "SP-WES-0318", "coletada_em": datetime(2024, 11, 4, 23, 30), "participante": participante}

def test_prazo_processamento(amostra):
    assert prazo_em_dias(amostra, hoje=date(2024, 11, 5)) == 1`)}
\`\`\``),

  rec('whatsapp_ar', f`هذي محادثة واتساب مع ضيف، لخصها لي بالإنجليزية لمدير الاستقبال وقل لي وش لازم نسوي:

[19/11/24 22:14] Guest: السلام عليكم، أنا فيصل الحربي، عندي حجز ٢٣ ديسمبر
[19/11/24 22:15] Guest: هذا رقم جوازي ${v('pii.passport', 'R4817203')} وتاريخ ميلادي ${v('pii.date_of_birth', '14/08/1985')} عشان التسجيل المسبق
[19/11/24 22:16] Guest: وابي أدفع العربون بالبطاقة ${v('financial.payment_card', '4287 3492 0898 0885')}
[19/11/24 22:20] Reception: أهلاً أستاذ فيصل، نرسل لك رابط دفع آمن، لا ترسل البطاقة هنا
[19/11/24 22:21] Guest: تمام، رقمي الثاني ${phone('+966 55 318 4927')}`),

  rec('modlog_pl', f`Podsumuj te logi moderacji z ostatniego weekendu i zaproponuj, komu dać bana. Na końcu jest config bota, coś jest nie tak z powiadomieniami.

${amb('source_code.snippet', f`2024-11-16 20:41:07 WARN  duplicate-account user=Kozak#0412 email=${v('pii.email', 'kozak.gaming@o2.pl')} ip=${amb('pii.ip_address', '83.24.117.201')} matches=Zbyszek#7781
2024-11-16 20:43:55 INFO  mute user=Zbyszek#7781 reason="spam w #ogloszenia" by=mod_Ania
2024-11-17 14:02:19 WARN  vpn-detected user=xXsniperXx ip=${amb('pii.ip_address', '185.107.56.14')} email=${v('pii.email', 'sniperxx2008@interia.pl')}
2024-11-17 14:05:02 INFO  kick user=xXsniperXx reason="multikonto w kwalifikacjach"`)}

config.yml:
${amb('source_code.snippet', f`alerts:
  discord_webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
  min_level: WARN
slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: "#moderacja"`)}`),

  rec('report_fi', f`Muotoile tästä virallinen tehtäväraportti pelastuslaitokselle. Poista potilaan tiedot versiosta, joka menee mediatiedotteeseen.

Tehtävä 24-0932, maastopelastus, Saana, Kilpisjärvi, 9.11.2024
Hälytys 14.22 (hätäkeskus), lähtö Rovaniemeltä 14.41.
Potilas: Mikko Heikkinen, syntymäaika ${v('pii.date_of_birth', '28.02.1961')}, puh. ${phone('050 284 7731', 'FI')}. Liukastui jäisellä polulla, epäilty nilkkamurtuma.
Sijainti: 69.0431 N, 20.8512 E, 780 m mpy.
Yhteyshenkilö rajavartiostossa: ${v('pii.email', 'tilannekeskus.lapinrvl@raja.fi')}
Potilas luovutettu ensihoidolle Kilpisjärven kylässä 16.05.`),

  rec('claim_ro', f`Fă-mi un rezumat al dosarului de daună pentru șeful de departament și spune-mi ce documente mai lipsesc:

Dosar CASCO nr. D-2024-77341
Asigurat: Andrei Ionescu, CNP ${ambCat('pii', '1851122042139')}
Eveniment: coliziune în parcare, 12.11.2024, Cluj-Napoca
Devis service: 8.420 lei
Plata se va face în contul ${v('financial.iban', 'RO57 RNCB 0790 2209 0423 7057')}
Contact: ${v('pii.email', 'andrei.ionescu85@yahoo.ro')}, ${phone('+40 722 418 396')}
Lipsește: procesul-verbal de la poliție? (asiguratul zice că a făcut constatare amiabilă)`),

  rec('slack_he', f`זה שרשור מה-Slack של מעבדת הריצוף. תסכם לי מה קרה ומה צריך לעשות עכשיו:

[09:14] נועה: מישהו יודע למה ה-upload ל-S3 נכשל מהמכונה ${amb('pii.ip_address', '132.64.18.57')}?
[09:16] אלון: שיניתי אתמול את המפתחות. תשתמשי באלה:
${amb('source_code.snippet', f`AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AWS_ID)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}`)}
[09:17] נועה: תודה! עובד
[09:40] דפנה: אלון, אסור לשים מפתחות ב-Slack... תפתח קריאה ל-IT: ${v('pii.email', 'it-helpdesk@mail.huji.ac.il')}`),

  rec('onboarding_id', f`Tolong rapikan catatan onboarding ini jadi email selamat datang dalam bahasa Inggris untuk staf baru kami:

Nama: Putu Ayu Lestari
Posisi: Guest Experience Coordinator, Ubud Cliff Resort
Email kantor: ${v('pii.email', 'ayu.lestari@ubudcliffresort.com')}
HP: ${phone('+62 813-3872-4150')}
Akses PMS Opera: user ALESTARI, password sementara ${v('credential.password_in_prose', 'Kecak#Ubud2024')} (wajib diganti saat login pertama)
Mulai kerja: Senin, 2 Desember 2024, jam 08.00 WITA`),

  rec('email_fa', f`این ایمیل را به انگلیسی رسمی ترجمه کن تا برای خریدار در دبی بفرستم:

سلام آقای نادری،
سفارش پارچهٔ پنبه‌ای رنگ‌شده (۸٬۰۰۰ متر، رنگ سرمه‌ای) آماده ارسال است. لطفاً ۳۰٪ باقی‌مانده را به حساب شرکت بازرگانی ما در امارات واریز کنید:
${v('financial.iban', 'AE49 0333 5361 2396 1168 704')}
برای هماهنگی حمل با من تماس بگیرید: ${phone('+98 21 8841 2730')} یا ${v('pii.email', 'export@yazdtextile.ir')}
با احترام، مریم کاظمی`),

  rec('memo', f`${v('confidential.marking', 'PRIVATE & CONFIDENTIAL')} — Special Investigations Unit

Claim: CLM-ZA-2024-41187 (vehicle theft, Umhlanga, 2 Nov)
Insured: Bongani Zulu, ID ${ambCat('pii', '9106250291081')}, cell ${phone('083 284 1197', 'ZA')}
Findings: vehicle tracker shows the car in Mozambique on 31 Oct, two days before the reported theft. Insured's broker (${v('pii.email', 'thabo@khumalobrokers.co.za')}) has asked twice for a payout date.

Help me write a neutral holding letter to the broker that doesn't reveal the investigation.`),

  rec('yaml_zh', f`这个测序样本清单的 YAML 在流程里解析失败，帮我看看格式哪里不对（顺便看看有没有不该放的东西）：

${amb('source_code.snippet', f`run_id: 241118_LH00417_0093_B22KNFTLT3
storage:
  endpoint: http://${amb('pii.ip_address', '10.12.4.21')}:9000
  access_key: ${v('credential.aws_access_key_id', S3_ID)}
  secret_key: ${v('credential.aws_secret_access_key', S3_SECRET)}
notify:
  - ${v('pii.email', 'wanglei@sequencing.fudan.edu.cn')}
  - ${v('pii.email', 'core-facility@fudan.edu.cn')}
samples:
  - id: FD-RNA-2201
    project: 肝癌队列
    index: ATCACGTT-CGATGTAT
  - id: FD-RNA-2202
    project: 肝癌队列
   index: TTAGGCAT-TGACCACT`)}`),

  rec('complaint_es_pe', f`Ayúdame a responder esta queja de un huésped, en tono muy cordial, y dime si debemos borrar algo de sus datos del sistema:

"Buenas noches, soy Carlos Huamán Vargas (pasaporte ${v('pii.passport', '118472036')}). Me cobraron dos veces la noche del 15 de noviembre en mi tarjeta terminada en 7731. Adjunto captura del banco. Pueden escribirme a ${v('pii.email', 'carlos.huaman.v@hotmail.com')} o llamarme al ${phone('+51 1 421 7730')}. Además la app del hotel me pidió volver a ingresar mi contraseña tres veces."

Nota interna: el cargo duplicado salió del TPV de la terraza; el API secret del conector de pagos quedó en el ticket #4471 (payments_api_secret=${v('credential.generic_secret_assignment', API_SECRET)}), hay que rotarlo.`),
];

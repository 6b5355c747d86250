/**
 * Held-out batch 125: records mixing categories — access hand-overs with contact details, incident
 * notes, exports and stack traces carrying secrets next to personal and payment data, from the six
 * teams. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, BECH32, HEX, b64, fill, tok } from '../tokens';

const AZ_STORAGE = tok(fill('b125m-azst', B64, 86), '==');
const AZ_CLIENT = tok('Xw2', '8Q~', fill('b125m-azcs', B62 + '._-', 34));
const GLPAT = tok('glpat-', fill('b125m-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '5918273046', '1-', '8102937465512-', fill('b125m-xoxb', B62, 24));
const POSTMAN = tok('PMAK-', fill('b125m-pm1', HEX, 24), '-', fill('b125m-pm2', HEX, 34));
const SQUARE = tok('EAAA', fill('b125m-sq', B64URL, 60));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1302948175526471830', '/', fill('b125m-dch', B64URL, 68));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b125m-age', BECH32, 58));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b125m-rklive', B62, 97));
const MAILGUN = tok('key-', fill('b125m-mg', HEX, 32));
const BASIC = b64('zollagent:Kardamom#Hafen-2291');

const mail = (s: string) => v('pii.email', s);
const pw = (s: string) => v('credential.password_in_prose', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH125_MIXED: DraftRecord[] = [
  rec('chat_el', f`Γεια σας! Θέλω να στείλω στον τεχνικό του θεάτρου τα στοιχεία για το σύστημα κρατήσεων σχολείων. Χρήστης: texnikos_ft, κωδικός πρόσβασης: ${pw('Karagkiozis!2025')}. Το κινητό του είναι ${phone('694 829 3716', 'GR')}, αν δεν απαντήσει στο email ${mail('nikos.texnikos@lanterna-theatre.org')}. Μπορείς να γράψεις ένα σύντομο μήνυμα στα ελληνικά;`),

  rec('chat_hr', f`Bok, možeš mi pomoći napisati mail podizvođaču za antikorozivnu zaštitu? Trebaju pristup portalu za radne naloge: korisnik antikor.split, lozinka ${pw('Brodogradiliste!44')}. Kontakt kod njih je Ivana Perić, ${phone('091 482 9371', 'HR')}, ${mail('ivana.peric@antikor-split.hr')}.`),

  rec('chat_et', f`Tere! Palun aita kirjutada e-kiri alltöövõtjale, kes teeb laeva tekimehhanismide remonti. Ligipääs tööaja portaali: kasutaja tekk_tallinn, parool ${pw('Ankur-Vints#2025')}. Saaja: Margus Tamm, ${mail('margus.tamm@tekimehaanika.ee')}, tel ${phone('5482 9371', 'EE')}.`),

  rec('chat_hy', f`Բարև, խնդրում եմ օգնիր նամակ գրել մեր ենթակապալառուին։ Նրանց մուտքի տվյալները՝ օգտանուն subcon_yerevan, գաղտնաբառ՝ ${pw('Nav-Karkas!2025')}։ Կոնտակտային անձ՝ Արամ Հովհաննիսյան, հեռ․ ${phone('+374 91 482937')}։ Նամակը թող լինի հայերեն և անգլերեն։`),

  rec('chat_sk', f`Ahoj, potrebujem napísať e-mail pre externú firmu, ktorá nám robí kontrolu vzoriek korenia. Prístup do LIMS: používateľ lab_kontrola_ba, heslo ${pw('Paprika-Mleta#31')}. Adresát: Ing. Zuzana Hrušková, ${mail('hruskova@potravinylab.sk')}, mobil ${phone('0905 284 739', 'SK')}. Napíš to formálne, prosím.`),

  rec('chat_hu', f`Szia! A gyerekszínház jegyiroda új kolléganőjének kellene egy üdvözlő e-mail. Belépés a jegyrendszerbe: felhasználó jegyiroda.hanna, jelszó: ${pw('Vackor-Csoportos!5')}. Az ő címe ${mail('toth.hanna@lanterna-theatre.org')}, ha elakad, hívjon engem: ${phone('06 30 482 9371', 'HU')}. Kérlek, írd meg kedvesen.`),

  rec('chat_th', f`สวัสดีครับ ช่วยเขียนอีเมลถึงผู้รับเหมาช่วงงานท่อได้ไหมครับ ให้เขาเข้าระบบใบสั่งงานของอู่ซ่อมเรือ ชื่อผู้ใช้ pipe_laemchabang รหัสผ่าน ${pw('Ruea-Som#2025!')} ผู้ติดต่อคือคุณสมชาย โทร ${phone('081 482 9371', 'TH')} ขอเป็นภาษาไทยและอังกฤษครับ`),

  rec('chat_ka', f`გამარჯობა! ქვეკონტრაქტორს (ელექტრო სამუშაოები) უნდა გავუგზავნო პორტალის მონაცემები. მომხმარებელი: electro_batumi, პაროლი: ${pw('Gemi-Navsadguri#7')}. მათი მენეჯერი: გიორგი ბერიძე, ტელ. ${phone('0599 48 29 37', 'GE')}, ${mail('g.beridze@electro-batumi.ge')}. დამიწერე მოკლე წერილი ქართულად და ინგლისურად.`),

  rec('chat_ro', f`Bună, am nevoie să trimit subcontractorului de vopsitorie accesul la platforma de devize. Utilizator: vopsitorie.constanta, parola: ${pw('Carena-Vopsea!58')}. Persoana de contact: dl. Radu Ionescu, ${phone('0722 948 371', 'RO')}. Poți scrie un email scurt, formal?`),

  rec('chat_bg', f`Здравейте, трябва да изпратя на подизпълнителя (заваръчна фирма) достъп до портала за пропуски в корабостроителницата. Потребител: zavarki_varna, парола: ${pw('SuhDok-Kran#2025')}. Управителят им е Стоян Георгиев, ${mail('s.georgiev@zavarki-varna.bg')}, ${phone('088 829 3741', 'BG')}. Можеш ли да напишеш кратко и учтиво писмо на български?`),

  rec('chat_uk', f`Привіт! Допоможи скласти лист субпідряднику (монтаж трубопроводів). Їм потрібен доступ до SharePoint верфі. Логін: pipes.subcon@kestrel, пароль: ${pw('Truba-Flanets#19')}. Лист на ім'я Андрія Коваленка, ${mail('a.kovalenko@truboprovid.com.ua')}, тел. ${phone('067 482 9371', 'UA')}. Лист має бути українською та англійською.`),

  rec('chat_ca', f`Hola! Ens pots ajudar a redactar un correu per a les escoles de Gràcia? Han de fer la reserva per a "La Caputxeta" al portal nou. Usuari: escola.gracia, contrasenya: ${pw('Caputxeta*Llop88')}. El va demanar la Montse Puig (${mail('mpuig@escolagracia.cat')}, ${phone('+34 612 84 37 29')}). Que quedi clar que la contrasenya és personal.`),

  rec('stacktrace', f`Damage-photo upload crashes for some users. Stack trace from our Java backend (copied from Kibana):

${amb('source_code.snippet', f`2025-03-12 09:41:22.318 ERROR [damage-svc,7f3a9c1e] c.m.damage.PhotoUploadController - upload failed for customer=${mail('lucas.moreau@laposte.net')} rental=R-88402 ip=${ip('78.192.44.13')}
com.azure.storage.blob.models.BlobStorageException: Status code 403, "AuthenticationFailed"
	at com.azure.storage.blob.implementation.util.ModelHelper.mapToBlobStorageException(ModelHelper.java:67)
	at com.mobilo.damage.PhotoStore.put(PhotoStore.java:88)
Caused by: config: AccountName=mobilodamage;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Why is the account key in the log and how do I stop that?`),

  rec('incident_en', f`Incident notes (participant office), please tidy these into a timeline:

- 09:12 RA reports the participant-booking laptop was left unlocked in the waiting room
- 09:20 screen showed: participant list (names, ${phone('+44 7912 482937')}, ${mail('d.hughes1962@btinternet.com')} …) and a sticky note with the REDCap admin password ${pw('Ossicle#Malleus-61')}
- 09:35 password changed, laptop collected
- the laptop was on guest Wi-Fi, lease ${ip('172.16.8.143')}
- tomorrow: tell the data protection officer`),

  rec('env_file', f`Customs broker integration (spice import). We're moving this to Azure Key Vault — list every secret in here so I don't miss one:

${amb('source_code.snippet', f`AZURE_TENANT_ID=5e8a1c37-2f49-4d06-b8e1-93c7a4f20d65
AZURE_CLIENT_ID=c9d24f71-0b36-4e8a-a5f2-1d7e3b9c6a40
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}
CUSTOMS_AGENT_BASIC=Basic ${v('credential.basic_auth_header', BASIC)}
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
NOTIFY_TO=${mail('zoll@saffronroute.com')}
BROKER_PHONE=${phone('+31 10 482 9371')}`)}`),

  rec('chat_en', f`Box office POS is still on Square. The restricted Stripe key ${v('credential.stripe_restricted_key', STRIPE_RK)} is for the new online shop, and the Square token ${v('credential.square_access_token', SQUARE)} for the till. A parent just complained she was charged twice on her Visa ${v('financial.payment_card', '4916 2830 5718 4621')} — which system do I look in first?`),

  rec('chat_de_at', f`Servus! Unser Discord für die Theaterpädagog:innen bekommt die Buchungsbenachrichtigungen über einen Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Jetzt hat jemand den Link in einen öffentlichen Kanal gepostet und wir kriegen Spam. Außerdem stand in einer Nachricht die Handynummer einer Lehrerin (${phone('0664 3829174', 'AT')}). Was soll ich zuerst machen?`),

  rec('ci_yaml', f`GitLab CI for the deletion-propagation job. Slack notify step fails with "not_in_channel", and I'm not sure the decryption key belongs here:

${amb('source_code.snippet', f`variables:
  GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  SLACK_BOT_TOKEN: "${v('credential.slack_bot_token', XOXB)}"
  SOPS_AGE_KEY: "${v('credential.age_secret_key', AGE)}"
  POSTMAN_API_KEY: "${v('credential.postman_api_key', POSTMAN)}"
  DPO_EMAIL: "${mail('dpo@veridata-insights.com')}"

notify:
  stage: report
  script:
    - python notify.py --channel "#dsar-ops" --summary out/summary.json`)}`),
];

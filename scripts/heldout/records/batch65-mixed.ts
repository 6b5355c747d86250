/**
 * Held-out batch 65: longer texts mixing categories (incident notes, e-mail threads, exports, logs, test
 * fixtures, meeting minutes) from a summer-camp organiser, a hospital laundry, a satellite-TV installer
 * network, a notary office, a bike-sharing operator and a biobank. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const MAPS_KEY = tok('AIza', 'Sy', fill('b65m-gmaps', B64URL, 33));
const JWT_VI = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'kh_20931', phone_verified: true, iat: 1726120000, exp: 1726206400 },
  'b65m-jwt-vi',
);
const SLACK_BOT = tok('xoxb-', '5829403718', '2-', '7730194826153-', fill('b65m-xoxb', B62, 24));
const SMTP_PW = 'Pranje_Sofia#24';
const DD_API = fill('b65m-ddapi', HEX, 32);

export const BATCH65_MIXED: DraftRecord[] = [
  rec('incident_en_us', f`Draft a parent-facing update from these notes. Keep it calm, no technical detail, nothing about other families.

INCIDENT — registration portal down, Sat 06:55–09:40
- 06:55 first complaint from ${v('pii.email', 'r.delgado.family@yahoo.com')} ("page just spins")
- 07:10 on-call (Marcus, ${phone('+1 646 318 2240')}) checks app logs:
${amb('source_code.snippet', f`sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL: too many connections for role "campnest"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql://campnest:${v('credential.database_url_password', 'Birch&Maple-2024')}@${amb('pii.ip_address', '10.20.0.15')}:5432/campnest`)}
- 07:40 traffic spike traced to ${amb('pii.ip_address', '73.214.18.96')} hammering /api/sessions (a parent's browser extension?)
- 09:40 pool size raised, portal back; 14 families emailed us, 3 called the office.`),

  rec('postmortem_hr', f`Pomozi mi napisati sažetak ovog incidenta za upravu, bez tehničkih detalja:

Incident 2024-09-03 – karta stanica nije radila 2 sata
• 08:12 korisnici javljaju praznu kartu u aplikaciji
• 08:30 utvrđeno: Google Maps ključ je blokiran jer je bio javno objavljen u repozitoriju. Ključ: ${v('credential.google_api_key', MAPS_KEY)}
• 09:05 novi ključ s ograničenjem na Android/iOS pakete
• 10:15 sve radi
Korisnica koja je prva prijavila problem: Ivana Marić, OIB ${ambCat('pii', '48271936054')}, tel. ${phone('+385 91 482 7361')} — obećali smo joj besplatan tjedni pass.
Napadi s adrese ${amb('pii.ip_address', '185.173.42.19')} na API za ključ nisu potvrđeni.`),

  rec('email_fr_be', f`Peux-tu résumer ce fil pour le notaire ? En 5 lignes max.

De : Étude Maes & Dubois
Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – vente Rue des Tanneurs 112, Bruxelles

> Madame Nowak, acquéreuse, nous confirme qu'elle signera avec son passeport polonais n° ${v('pii.passport', 'EX4827163')} car sa carte d'identité belge est en renouvellement.
> Elle est joignable au ${phone('0477 38 21 94', 'BE')}.
> L'acompte de 10 % (36 500 €) a été versé sur le compte de tiers de l'étude ${v('financial.iban', 'BE93 3631 3869 5210')}.
> Reste à recevoir l'attestation du sol de Bruxelles Environnement.`),

  rec('csv_pt', f`Olá, consegues verificar quais dadores deste ficheiro ainda não têm consentimento assinado? É a exportação do sistema do biobanco:

${amb('source_code.snippet', f`codigo;nome;data_nascimento;nif;email;consentimento
BIO-PT-00871;Rui Carvalho;${v('pii.date_of_birth', '1962-03-19')};${ambCat('pii', '218473926')};${v('pii.email', 'rui.carvalho62@sapo.pt')};2023-11-04
BIO-PT-00872;Inês Moreira;${v('pii.date_of_birth', '1975-10-02')};${ambCat('pii', '241938570')};${v('pii.email', 'ines.moreira@gmail.com')};
BIO-PT-00873;Joaquim Sousa;${v('pii.date_of_birth', '1948-06-27')};${ambCat('pii', '109284736')};;2024-01-15`)}

${v('confidential.marking', 'CONFIDENCIAL')} – dados de saúde, não partilhar fora do biobanco.`),

  rec('ticket_bs', f`Tiket #BH-7731 – korisnik traži povrat novca
Korisnik: Amir Hodžić, tel. ${phone('+387 61 482 736')}
Poruka korisnika: "Platio sam ugradnju antene karticom ${v('financial.payment_card', '4462 2629 6520 7250')} dva puta, 120 KM svaki put."
Napomena tehničara (Dino): pristupio sam risiveru preko servisnog menija, šifra za servisni meni ${v('credential.password_in_prose', 'Servis-Mostar77')}, resetovao sam pretplatu.

Napiši kratak odgovor korisniku na bosanskom, bez broja kartice.`),

  rec('log_vi', f`Log của API đặt xe bị lỗi 500 khi người dùng đổi số điện thoại, bạn xem giúp nguyên nhân:

${amb('source_code.snippet', f`2024-09-12T07:41:03.118+07:00 INFO  auth  login ok user=${v('pii.email', 'nguyen.thu.ha@gmail.com')} ip=${amb('pii.ip_address', '14.161.22.87')}
2024-09-12T07:41:09.552+07:00 DEBUG api   PATCH /v1/me headers={"authorization":"Bearer ${v('credential.jwt', JWT_VI)}"}
2024-09-12T07:41:09.560+07:00 ERROR api   UniqueViolation: duplicate key value violates unique constraint "users_phone_key" (phone)=(${phone('+84 912 418 273')})
2024-09-12T07:41:09.561+07:00 INFO  api   500 PATCH /v1/me 9ms`)}`),

  rec('whatsapp_hi', f`ये WhatsApp ग्रुप की बातचीत है, इसमें से इंस्टॉलेशन की पेंडिंग लिस्ट बना दो (नाम, इलाका, समय):

[12/09/24, 9:14 AM] सुरेश (टेक्नीशियन): मालवीय नगर वाले ग्राहक का नंबर ${phone('99204 18376', 'IN')} नहीं लग रहा
[12/09/24, 9:16 AM] प्रिया (ऑफिस): दूसरा नंबर ट्राई करो ${phone('+91 98203 41768')}
[12/09/24, 9:40 AM] सुरेश (टेक्नीशियन): हो गया। KYC के लिए आधार ${v('pii.in_aadhaar', '2270 8087 2927')} की फोटो ले ली है
[12/09/24, 10:05 AM] प्रिया (ऑफिस): ठीक है, शाम 4 बजे वैशाली नगर वाला इंस्टॉलेशन भी कर देना`),

  rec('chat_so', f`Fadlan ii caawi in aan u qoro fariin rasmi ah oo ku saabsan farsamoyaqaanka cusub ee rakibaadda dishka:
Magaca: Abdirahman Warsame
Baasaboor: ${v('pii.passport', 'P01847263')}
Telefoon: ${phone('61 5418273', 'SO')}
Furaha sirta ah ee app-ka rakibaadda: ${v('credential.password_in_prose', 'Hodan-Dish2024')}
Wuxuu bilaabayaa shaqada Sabtida, degmada Hodan.`),

  rec('email_en_gb', f`Can you redact this before I forward it to the agency? Replace personal details with [REDACTED].

Subject: ${v('confidential.marking', 'Confidential')} – payroll correction, night-shift driver

Hi Sue,
Please correct the August payslip for Kwame Mensah (NI number ${v('pii.uk_nino', 'JR 48 27 61 C')}). He worked 4 extra night runs to St Aidan's and the Royal (4 × £38.50). Pay into his new account, IBAN ${v('financial.iban', 'GB27 LOYD 3096 3436 2692 04')}, from September.
Mobile if payroll needs him: ${phone('07823 416 905', 'GB')}
Thanks, Dave (Transport)`),

  rec('code_python_lv', f`Kāpēc šis tests krīt ar "AssertionError: 2 != 3"? Tas ir no notāra biroja klientu importa moduļa.

\`\`\`python
${v('source_code.snippet', f`import pytest
from klienti.imports import parse_rows

ROWS = [
    "Jānis Bērziņš;${ambCat('pii', '120378-10547')};${v('pii.email', 'janis.berzins@inbox.lv')};${v('financial.iban', 'LV92 RIKO 7856 0048 1589 1')}",
    "Līga Ozola;${ambCat('pii', '310591-12838')};${v('pii.email', 'liga.ozola@gmail.com')};",
    "SIA Kurzemes Zeme;;;",
]

def test_parse_rows_keeps_companies():
    out = parse_rows(ROWS)
    assert len(out) == 3
    assert out[2].vards == "SIA Kurzemes Zeme"`)}
\`\`\``),

  rec('minutes_is', f`Getur þú stytt þessa fundargerð í 5 punkta fyrir stjórnina?

${v('confidential.marking', 'Trúnaðarmál')} – Fundargerð lífsýnasafns, 10. september
1. Frystir F-3 bilaði um helgina; sýnin flutt í F-5. Vaktsími: ${phone('+354 691 8347')}.
2. Nýr aðgangur að vöktunarkerfinu fyrir vaktmenn: notandi vakt01, lykilorð ${v('credential.password_in_prose', 'Frost-Reykjavik#5')} (breyta eftir fyrstu innskráningu).
3. Gjafi sem dró samþykki til baka: kennitala ${ambCat('pii', '140376-4529')} – eyða sýnum fyrir 1. október.`),

  rec('slack_be', f`Дапамажы скласці кароткую справаздачу з гэтай перапіскі ў Slack:

#ops-minsk
Аляксей: бот для дыспетчараў зноў упаў, я перазапусціў з токенам ${v('credential.slack_bot_token', SLACK_BOT)}
Ганна: кліентка скардзіцца, што ровар не заблакаваўся, яе нумар ${phone('+375 29 418-27-35')}, нарада № 77812
Аляксей: датчык замка на станцыі "Няміга" не адказвае з ${amb('pii.ip_address', '10.44.3.117')}
Ганна: добра, пішу ёй, што плата будзе вернутая`),

  rec('yaml_bg', f`Писмата за готово пране до болниците не тръгват. Ето конфигурацията на услугата за известия:

${amb('source_code.snippet', f`smtp:
  host: mail.prane-sofia.bg
  port: 587
  user: ${v('pii.email', 'izvestia@prane-sofia.bg')}
  password: ${v('credential.password_assignment', SMTP_PW)}
  from: ${v('pii.email', 'izvestia@prane-sofia.bg')}
monitoring:
  datadog_api_key: ${v('credential.datadog_api_key', DD_API)}
allowlist:
  - ${amb('pii.ip_address', '212.39.84.16')}
  - ${amb('pii.ip_address', '212.39.84.17')}
recipients:
  - ${v('pii.email', 'sklad@aleksandrovska-bolnica.bg')}`)}

Какво може да е грешно? Порт 587 отворен ли трябва да е?`),

  rec('form_sq', f`Më ndihmo ta kthej këtë formular punësimi në një email mirëseardhjeje për instaluesin e ri:
Emri: Ermal Hoxha
Datëlindja: ${v('pii.date_of_birth', '17.02.1994')}
Telefoni: ${phone('+355 69 284 7361')}
IBAN për pagën: ${v('financial.iban', 'AL96 2051 1251 3829 3721 5396 0896')}
Zona: Durrës – Kavajë
Fillon: 1 tetor`),

  rec('chat_ar_iq', f`رجاءً رتبلي هاي المعلومات برسالة رسمية لمحاسب المستشفى:
شركة الغسيل الصناعي تطلب تحويل مستحقات شهر آب (١٨٬٤٠٠٬٠٠٠ دينار) على الحساب:
${v('financial.iban', 'IQ09 RAFB 7183 2078 3085 732')}
وللاستفسار: المحاسب حيدر، ${phone('0770 418 2736', 'IQ')}
وكلمة السر الجديدة لبوابة الفواتير اللي طلبها قسم المشتريات: ${v('credential.password_in_prose', 'Ghasil@Baghdad24')}`),

  rec('tsv_tl', f`Pakiayos nga itong listahan ng mga customer na naka-schedule ng installation bukas, gawing table na may oras:

${amb('source_code.snippet', f`pangalan	telepono	email	bayad
Marites Dela Cruz	${phone('0917 502 8831', 'PH')}	${v('pii.email', 'marites.dc@yahoo.com')}	**** **** **** 7712
Jun Reyes	${phone('+63 917 418 2736')}	${v('pii.email', 'junreyes.ph@gmail.com')}	${v('financial.payment_card', '5000 1096 5670 3954')}
Baby Santos	${phone('0918 264 0395', 'PH')}		COD`)}

Bakit yung kay Jun buo ang card number? Dapat masked lahat di ba?`),
];

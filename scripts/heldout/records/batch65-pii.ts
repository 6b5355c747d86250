/**
 * Held-out batch 65: personal data in camper registrations, staff onboarding, notarial deeds, laundry payroll,
 * installer tickets, bike-share support and biobank donor records, in many languages and shapes. National
 * numbers without a built-in rule are ambiguous PII (ambCat). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH65_PII: DraftRecord[] = [
  rec('form_en_us', f`Can you turn this registration into a short allergy card for the dining hall staff?

PINE HOLLOW DAY CAMP — CAMPER REGISTRATION 2024
Camper: Ava Lindqvist-Moore      Date of birth: ${v('pii.date_of_birth', '03/17/2014')}
Session: 2 (July 8–19)           Group: Chipmunks
Allergies: tree nuts (EpiPen in backpack), penicillin
Parent/guardian: Karin Lindqvist
Cell: ${phone('(614) 287-3390', 'US')}     Email: ${v('pii.email', 'karin.lindqvist.moore@gmail.com')}
Pickup authorized: grandfather (Tom Moore)`),

  rec('hr_en_us', f`Background check packet for our new lifeguard is missing the consent page. Can you write the email asking him to re-sign it? His details from the form:
Name: Jordan T. Reyes
SSN: ${v('pii.us_ssn', '518-37-2946')}
DOB: ${v('pii.date_of_birth', '1999-11-02')}
Certs: Red Cross Lifeguard, exp 05/2026`),

  rec('chat_es_mx', f`Ayúdame a armar la ficha del campista para el seguro de gastos médicos, la aseguradora la pide en este orden:
Nombre: Mariana Gómez Luna
CURP: ${ambCat('pii', 'GOLM120314MJCMNRA7')}
Fecha de nacimiento: ${v('pii.date_of_birth', '14/03/2012')}
Tutor: Alejandra Luna Pérez, cel. ${phone('33 1946 7025', 'MX')}
Correo del tutor: ${v('pii.email', 'ale.luna.perez@hotmail.com')}
Tipo de sangre: O+`),

  rec('hr_pt_br', f`Preciso de um e-mail de boas-vindas pro novo monitor do acampamento, bem animado. Dados do cadastro:
Nome: Lucas Ferreira dos Santos
CPF: ${v('pii.br_cpf', '933.968.637-39')}
Data de nascimento: ${v('pii.date_of_birth', '22/08/2003')}
Celular: ${phone('(11) 98472-3105', 'BR')}
Função: monitor de escalada, turma das 10h`),

  rec('letter_fr', f`Peux-tu mettre en forme cette attestation pour notre clerc de notaire ? Elle en a besoin pour sa demande de logement.

Je soussignée, Maître Hélène Vasseur, notaire à Lyon, atteste que Mme Camille Bertrand, née le ${v('pii.date_of_birth', '4 novembre 1986')}, n° de sécurité sociale ${v('pii.fr_nir', '2 86 11 75 906 699 05')}, est employée en CDI dans notre étude depuis le 1er mars 2019 en qualité de clerc.
Contact : ${phone('06 48 27 93 15', 'FR')}`),

  rec('deed_it', f`Controlla per favore la comparizione, mi sembra che manchi qualcosa:

"Sono presenti i signori:
BIANCHI Giulia, nata a Roma il ${v('pii.date_of_birth', '12 dicembre 1985')}, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI85T52H501A')};
ROSSI Marco, nato a Milano il ${v('pii.date_of_birth', '14 febbraio 1979')}, codice fiscale ${v('pii.it_codice_fiscale', 'RSSMRC79B14F205P')},
della cui identità personale io Notaio sono certo."
Recapito per le comunicazioni: ${phone('347 281 9036', 'IT')}`),

  rec('chat_es', f`Redáctame un recordatorio para los comparecientes de la escritura del martes, que traigan los documentos originales:
- Vendedor: Javier Prieto Salas, DNI ${v('pii.es_dni', '79510517T')}
- Compradora: Oana Ionescu, NIE ${v('pii.es_nie', 'X0159574T')}, tel. ${phone('612 48 39 07', 'ES')}
Firma a las 11:30 en la notaría. Que no se les olvide el certificado de eficiencia energética.`),

  rec('form_de', f`Kannst du die Angaben für den Grundstückskaufvertrag in eine Tabelle bringen?

Käuferin: Dr. Sabine Krüger, geb. Wendt
Geburtsdatum: ${v('pii.date_of_birth', '23.05.1972')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '12367087596')}
Personalausweis-Nr.: ${ambCat('pii', 'LF7K2R9N4')}
Anschrift: Lindenallee 8, 04105 Leipzig
Telefon: ${phone('0171 4829365', 'DE')}`),

  rec('hr_nl', f`Kun je een checklist maken van wat er nog ontbreekt in het personeelsdossier van onze nieuwe chauffeur?

Naam: Mehmet Yıldız
BSN: ${v('pii.nl_bsn', '150541314')}
Geboortedatum: ${v('pii.date_of_birth', '9 februari 1991')}
Mobiel: ${phone('06 18472935', 'NL')}
Rijbewijs C: ja, geldig t/m 2029
Route: Ziekenhuis Rijnstate – Gelre – depot Apeldoorn`),

  rec('form_fr_qc', f`Peux-tu vérifier que le formulaire d'embauche de notre nouvelle animatrice est complet avant que je l'envoie à la paie?

Nom : Florence Côté
NAS : ${v('pii.ca_sin', '274 468 354')}
Date de naissance : ${v('pii.date_of_birth', '2005-06-30')}
Cellulaire : ${phone('(514) 827-3094', 'CA')}
Poste : monitrice canot-camping, du 24 juin au 16 août`),

  rec('email_en_gb', f`Could you rewrite this as a friendly reminder to the donor? Keep it under 120 words.

"Dear Mr Okafor, your appointment at the Tissue Biobank for the follow-up blood sample is on Thursday 3 October at 09:40 (Clinic 4, Level 2). Please bring photo ID.
Our records: NHS No ${v('pii.uk_nhs_number', '305 709 1032')}, DOB ${v('pii.date_of_birth', '21/07/1958')}.
If you need to rearrange, call ${phone('07823 416 905', 'GB')} or email ${v('pii.email', 'biobank.appointments@nhs.net')}."`),

  rec('csv_en_in', f`Which rows are missing a consent date? Export from the biobank enrolment sheet:

${amb('source_code.snippet', f`donor_id,name,dob,aadhaar,mobile,consent_date
BBK-0418,Meera Iyer,${v('pii.date_of_birth', '1967-02-11')},${v('pii.in_aadhaar', '2553 6644 7694')},${phone('+91 98451 27630')},2024-08-02
BBK-0419,Ravi Kulkarni,${v('pii.date_of_birth', '1959-10-30')},${v('pii.in_aadhaar', '6030 0038 8798')},${phone('+91 80 4127 9356')},`)}`),

  rec('chat_sv', f`Kan du formulera ett vänligt svar till donatorn som vill dra tillbaka sitt samtycke? Uppgifter från ärendet:
Namn: Birgitta Lund
Personnummer: ${ambCat('pii', '19611104-2387')}
E-post: ${v('pii.email', 'birgitta.lund54@telia.com')}
Telefon: ${phone('070-318 47 26', 'SE')}
Prover: 4 plasmaalikvoter, 1 DNA`),

  rec('chat_et', f`Palun tõlgi see proovi saatelehe rida inglise keelde, see läheb partnerlaborisse:
Doonor: Kadri Tamm, isikukood ${ambCat('pii', '48507140278')}, sünniaeg ${v('pii.date_of_birth', '14.07.1985')}, proov võetud 11.09.2024 kell 08:15, säilitus −80 °C.`),

  rec('chat_pl', f`Przygotuj proszę listę dokumentów do aktu notarialnego darowizny dla pani Zofii:
Darczyńca: Zofia Wiśniewska, PESEL ${ambCat('pii', '88041203457')}, dowód osobisty ${ambCat('pii', 'CAX 482731')}, data urodzenia ${v('pii.date_of_birth', '12.04.1988')}
Telefon: ${phone('512 847 309', 'PL')}
Przedmiot: udział 1/2 w lokalu przy ul. Mickiewicza 22/5, Kraków`),

  rec('chat_cs', f`Můžeš z toho udělat anonymizovanou verzi pro etickou komisi? Tohle je originál z žádosti o vydání vzorků:
Dárce: Jana Dvořáková, rodné číslo ${ambCat('pii', '856112/4018')}, datum narození ${v('pii.date_of_birth', '12. 11. 1985')}
E-mail: ${v('pii.email', 'jana.dvorakova@seznam.cz')}
Vzorky: sérum ×3, plná krev ×1 (odběr 04/2023)`),

  rec('ticket_hu', f`#44817 – Parabola beállítás, nincs jel az M4 csatornán
Előfizető: Szabó Tamásné
Születési dátum: ${v('pii.date_of_birth', '1948. 03. 09.')}
Telefon: ${phone('06 30 418 2739', 'HU')}
E-mail: ${v('pii.email', 'szabo.tamasne@freemail.hu')}
Cím: Debrecen, Kassai út 71.
Megjegyzés: idős ügyfél, délelőtt hívandó.

Írj egy SMS-t neki, hogy a szerelő csütörtökön 9 és 12 között érkezik.`),

  rec('chat_ro', f`Te rog verifică dacă am scris corect datele în încheierea de legalizare:
"Subsemnatul Andrei-Mihai Dumitrescu, CNP ${ambCat('pii', '1790412403917')}, posesor al pașaportului nr. ${v('pii.passport', '058472913')}, eliberat de DGP la 03.02.2021, declar pe propria răspundere..."
Traducerea în engleză se face după.`),

  rec('chat_el', f`Φτιάξε μου μια σύντομη απάντηση στη μαμά για την εγγραφή στην κατασκήνωση:
Παιδί: Νικόλας Αντωνίου, ημερομηνία γέννησης ${v('pii.date_of_birth', '12/07/2015')}, ΑΜΚΑ ${ambCat('pii', '12071500234')}
Κηδεμόνας: Ελένη Αντωνίου, κιν. ${phone('694 812 7305', 'GR')}
Περίοδος: 2η, 10–24 Ιουλίου, Χαλκιδική`),

  rec('chat_uk', f`Клієнт просить змінити адресу монтажу тарілки, але на договорі інші дані. Ось що він надіслав:
Петренко Олег Васильович
Паспорт (закордонний): ${v('pii.passport', 'FX482731')}
Телефон: ${phone('067 418 2735', 'UA')}
Нова адреса: Житомир, вул. Велика Бердичівська, 44, кв. 12
Напиши йому чемну відповідь, що потрібна копія ID-картки.`),

  rec('chat_ru', f`Сформулируй письмо донору о том, что его образцы будут переданы в партнёрский центр:
ФИО: Кузнецов Андрей Игоревич
Дата рождения: ${v('pii.date_of_birth', '07.09.1964')}
СНИЛС: ${ambCat('pii', '127-483-915 62')}
Телефон: ${phone('8 (916) 418-27-35', 'RU')}
Согласие на передачу: подписано 12.03.2024`),

  rec('chat_ka', f`გთხოვ, თარგმნე ინგლისურად მინდობილობის ეს ნაწილი:
„მე, გიორგი ბერიძე, პირადი ნომერი ${ambCat('pii', '01024057318')}, პასპორტი № ${v('pii.passport', '18AB47261')}, ტელ. ${phone('555 41 82 73', 'GE')}, ვანდობ ჩემს ძმას, დავით ბერიძეს, ბინის გაყიდვასთან დაკავშირებული ყველა საკითხის მოგვარებას."`),

  rec('ticket_tr', f`Destek talebi #TR-20931
Kullanıcı: Elif Kaya
T.C. Kimlik No: ${ambCat('pii', '38471625904')}
Telefon: ${phone('0532 418 27 36', 'TR')}
E-posta: ${v('pii.email', 'elif.kaya1992@hotmail.com')}
Şikayet: Kadıköy istasyonunda kilit açılmadı, 40 dakika ücret yansıdı.

Bu müşteriye özür dileyen ve iade yapılacağını söyleyen kısa bir cevap yazar mısın?`),

  rec('chat_he', f`תעזור לי לנסח מכתב לתורם שהדגימה שלו לא עברה בקרת איכות וצריך להגיע שוב:
שם: יוסי אברהם
ת.ז.: ${ambCat('pii', '038471629')}
תאריך לידה: ${v('pii.date_of_birth', '02.01.1977')}
טלפון: ${phone('052-418-2736', 'IL')}`),

  rec('chat_fa', f`لطفاً برای پدر این کودک یک پیام کوتاه بنویس که ثبت‌نام اردوی تابستانی کامل شد:
نام کودک: آرین رضایی
کد ملی: ${ambCat('pii', '0071843265')}
تاریخ تولد: ${v('pii.date_of_birth', '۱۳۹۲/۰۳/۱۵')}
شماره تماس پدر: ${phone('0912 418 2736', 'IR')}`, 'Persian-digit Solar Hijri date under a date-of-birth label'),

  rec('chat_ne', f`नमस्ते, ग्रीष्मकालीन शिविरका लागि भारत जाने बच्चाहरूको सूचीमा यो विवरण ठीक छ कि हेरिदिनुहोस्:
नाम: आरोही श्रेष्ठ
जन्म मिति: ${v('pii.date_of_birth', '२०७०/०५/१२')}
राहदानी नं.: ${v('pii.passport', '09847263')}
अभिभावकको फोन: ${phone('+977 984-1827361')}`),

  rec('chat_ta', f`இந்த முகாம் பதிவுப் படிவத்தை ஆங்கிலத்தில் சுருக்கமாக எழுதித் தாருங்கள்:
குழந்தையின் பெயர்: கவின் ராஜ்
பிறந்த தேதி: ${v('pii.date_of_birth', '18-06-2013')}
ஆதார் எண்: ${v('pii.in_aadhaar', '4334 4317 7575')}
பெற்றோர் கைபேசி: ${phone('98418 27361', 'IN')}`),

  rec('chat_th', f`ช่วยเขียนข้อความยืนยันนัดติดตั้งจานดาวเทียมให้ลูกค้าหน่อยค่ะ
ชื่อ: นางสาวพิมพ์ชนก ศรีสุข
เลขบัตรประชาชน: ${ambCat('pii', '1 1037 00482 61 5')}
โทร: ${phone('081 418 2736', 'TH')}
นัดวันเสาร์ 14 ก.ย. ช่วงบ่าย`),

  rec('chat_id', f`Tolong buatkan surat pemberitahuan ke donor bahwa sampelnya akan dipakai untuk studi lanjutan:
Nama: Siti Rahmawati
NIK: ${ambCat('pii', '3174054207890003')}
Tanggal lahir: ${v('pii.date_of_birth', '2 Juli 1989')}
No. HP: ${phone('0812-4182-7361', 'ID')}`),

  rec('chat_ko', f`캠프 참가 확인서를 부모님께 보내려고 해요. 아래 정보로 정중한 문자 써 주세요.
참가자: 김서연 (주민등록번호 ${ambCat('pii', '120518-4038271')})
보호자 연락처: ${phone('010-4182-7361', 'KR')}
일정: 7월 22일~26일, 강원도 평창`),

  rec('chat_ja', f`ドナーの方への検体返却のお知らせを作ってください。
氏名：佐藤 美咲 様
生年月日：${v('pii.date_of_birth', '1983年4月9日')}
電話：${phone('090-4182-7361', 'JP')}
メール：${v('pii.email', 'misaki.sato83@docomo.ne.jp')}
検体番号：BB-J-2019-04412`),

  rec('chat_sw', f`Habari, naomba uandike ujumbe mfupi kwa mzazi kuthibitisha usajili wa kambi:
Jina la mtoto: Baraka Otieno
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '05/02/2014')}
Nambari ya kitambulisho cha mzazi: ${ambCat('pii', '28473916')}
Simu ya mzazi: ${phone('0712 418 273', 'KE')}
Kambi: Naivasha, Agosti 5–16`),

  rec('form_de_at', f`Bitte die Einverständniserklärung kurz zusammenfassen, für die Proband:innen-Datenbank:
Name: Magdalena Huber
Sozialversicherungsnummer: ${ambCat('pii', '1237 140385')}
Geburtsdatum: ${v('pii.date_of_birth', '14.03.1985')}
Telefon: ${phone('0664 3817294', 'AT')}
Einwilligung: breite Einwilligung (Broad Consent), Widerruf jederzeit möglich`),

  rec('json_en_au', f`Why does the rider lookup return two accounts for the same person? Response from the admin API:

${amb('source_code.snippet', f`[
  {"riderId":"R-771204","name":"Liam O'Connor","email":"${v('pii.email', 'liam.oconnor@bigpond.com')}","mobile":"${phone('0412 683 904', 'AU')}","licence":"${ambCat('pii', '047 318 295')}","status":"active"},
  {"riderId":"R-802913","name":"Liam OConnor","email":"${v('pii.email', 'l.oconnor@outlook.com.au')}","mobile":"${phone('+61 412 683 904')}","licence":null,"status":"suspended"}
]`)}`),

  rec('chat_ur', f`السلام علیکم، نئے ڈرائیور کے کاغذات کے لیے ایک مختصر فہرست بنا دیں:
نام: عمران علی
شناختی کارڈ نمبر: ${ambCat('pii', '35202-4817362-9')}
تاریخ پیدائش: ${v('pii.date_of_birth', '11-08-1990')}
موبائل: ${phone('0300 4182736', 'PK')}
روٹ: جناح ہسپتال اور سروسز ہسپتال، لاہور`),
];

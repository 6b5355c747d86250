/**
 * Held-out batch 68: personal data in intake forms, rosters, badge requests, rental agreements,
 * KYC sheets and support tickets, in many languages. National numbers without an engine rule
 * (HETU, PESEL, CNP, EGN, JMBG/EMBG, OIB, TC Kimlik, kod-e melli, personnummer, CPR, SNILS,
 * RNOKPP, …) are ambiguous pii spans with computed checksums. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const natId = (s: string) => ambCat('pii', s);

export const BATCH68_PII: DraftRecord[] = [
  rec('referral_fi', f`Voisitko muotoilla tämän lähetteen lyhyeksi tiivistelmäksi vastaanoton työlistaan? Älä lisää diagnooseja.

Potilas: Aino Virtanen
Henkilötunnus: ${natId('140387-418C')}
Syntymäaika: ${dob('14.3.1987')}
Puhelin: ${phone('040 718 2934', 'FI')}
Sähköposti: ${email('aino.virtanen@elisanet.fi')}
Lähettäjä: työterveyslääkäri, Tampereen Työterveys
Syy: uupumus, unettomuus, toivoo keskusteluaikaa`),

  rec('form_sk', f`Prosím, skontroluj, či je tento záznam vodiča kompletný pre poisťovňu:

Meno: Zuzana Hrušková
Rodné číslo: ${natId('855312/4184')}
Dátum narodenia: ${dob('12. 3. 1985')}
Vodičský preukaz č.: ${natId('SK 4829173')}
Tel.: ${phone('+421 918 274 631')}
E-mail: ${email('zuzana.hruskova@azet.sk')}
Vozidlo: Škoda Octavia Combi, BA-482KT`),

  rec('roster_mk', f`Направи ми табела од ова за распоредот на смени (без ЕМБГ во табелата, тоа е само за обезбедување):

Горан Трајковски, ЕМБГ ${natId('2204990455017')}, тел. ${phone('+389 75 284 316')}, смена: утро, позиција: товарач
Елена Стојановска, тел. ${phone('070 318 462', 'MK')}, смена: попладне, позиција: check-in
Бојан Николовски, смена: ноќ, позиција: de-icing`),

  rec('referral_ml', f`ഈ റഫറൽ കത്ത് ഇംഗ്ലീഷിലേക്ക് വിവർത്തനം ചെയ്യാമോ?

രോഗി: അനിത മേനോൻ
ജനനത്തീയതി: ${dob('04-09-1992')}
ആധാർ നമ്പർ: ${v('pii.in_aadhaar', '4827 1936 0512')}
ഫോൺ: ${phone('+91 94471 28390')}
കാരണം: ഉറക്കക്കുറവും ഉത്കണ്ഠയും; തുടർ ചികിത്സയ്ക്കായി ലൂമെൻ ക്ലിനിക്കിലേക്ക് റഫർ ചെയ്യുന്നു.`),

  rec('kyc_hu', f`Az új ügyfél KYC adatlapját kellene angolra fordítani a compliance csapatnak:

Név: Dr. Farkas Levente
Születési dátum: ${dob('1968. 05. 21.')}
Útlevélszám: ${v('pii.passport', 'HN4827193')}
E-mail: ${email('levente.farkas@t-online.hu')}
Telefon: ${phone('+36 20 318 4729')}
Vagyon forrása: cégeladás (2023), ingatlanbérbeadás`),

  rec('letter_ro', f`Clientul a primit o amendă pentru mașina închiriată și trebuie să comunicăm datele șoferului la Poliția Rutieră. Scrie o adresă oficială:

Nume: Andrei Popescu
CNP: ${natId('1890312401834')}
Telefon: ${phone('0722 418 936', 'RO')}
E-mail: ${email('andrei.popescu89@yahoo.ro')}
Contract: DL-OTP-77412, perioada 02–06.11.2024`),

  rec('badge_bg', f`Трябва ми пропуск за новия шофьор за склада в Пловдив. Данни:

Име: Николай Петров Георгиев
ЕГН: ${natId('7908231742')}
Дата на раждане: ${dob('23.08.1979')}
Телефон: ${phone('0887 412 938', 'BG')}
Камион: РВ 4718 КХ, хладилен полуремарке

Напиши имейл до охраната на английски.`),

  rec('referral_sr_cyrl', f`Преведи на енглески за колегиницу из Беча, без дијагнозе:

Пацијент: Милица Јовановић
ЈМБГ: ${natId('0905860715034')}
Датум рођења: ${dob('09.05.1986')}
Телефон: ${phone('064 318 2947', 'RS')}
Заказан први преглед: 28.11. у 10:30`),

  rec('email_hr', f`Napiši e-mail klijentu da smo zaprimili zahtjev za otvaranje skrbničkog računa. Klijent: Ivan Horvat, OIB ${natId('60381749259')}, e-pošta ${email('ivan.horvat@net.hr')}, mob. ${phone('+385 98 184 2736')}. Nedostaje još potvrda o adresi prebivališta.`),

  rec('badge_pl', f`Wniosek o przepustkę lotniskową (strefa zastrzeżona) – sprawdź, czy niczego nie brakuje:

Imię i nazwisko: Tomasz Zieliński
PESEL: ${natId('88071418355')}
Data urodzenia: ${dob('14.07.1988')}
Tel.: ${phone('+48 601 928 374')}
E-mail służbowy: ${email('t.zielinski@aeroswift-gh.com')}
Stanowisko: operator pushbacka, WAW`),

  rec('ticket_cs', f`Ticket od hráče – je to podle tebe převzetí účtu?

Od: ${email('jakub.novak2003@seznam.cz')}
Přihlášení: 21.11. 02:14 z IP ${amb('pii.ip_address', '185.212.47.30')}, 21.11. 09:02 z IP ${amb('pii.ip_address', '89.24.118.5')}
Hráč tvrdí, že v noci spal a ráno mu chyběly všechny skiny z Winter Festu.`),

  rec('form_tr', f`Kiralama sözleşmesine müşteri bilgilerini eklemem lazım, formatı düzeltir misin?

Ad Soyad: Elif Yıldız
TC Kimlik No: ${natId('38491726550')}
Doğum Tarihi: ${dob('17.02.1991')}
Pasaport No: ${v('pii.passport', 'U29471836')}
Cep: ${phone('0532 418 73 92', 'TR')}
Ehliyet sınıfı: B`),

  rec('intake_fa', f`این فرم پذیرش رو برای همکارمون به انگلیسی ترجمه کن (بدون اطلاعات تشخیصی):

نام: مریم احمدی
کد ملی: ${natId('0084172932')}
تاریخ تولد: ${dob('۱۳۷۰/۰۶/۱۵')}
موبایل: ${phone('0912 418 7362', 'IR')}
نوبت: شنبه ساعت ۱۰ صبح`),

  rec('chat_ary', f`السلام، واحد الكليان جا للوكالة ديال مراكش المنارة وما جابش معاه البيرمي. عطاني هاد المعلومات:
الاسم: يوسف بنعلي
رقم البطاقة الوطنية: ${natId('BE719284')}
رقم الباسبور: ${v('pii.passport', 'VN3918274')}
التيليفون: ${phone('0661-482937', 'MA')}
واش نقدر نكريه الطوموبيل ولا لا؟ كتب ليا جواب بالفرنسية.`),

  rec('onboarding_hi', f`नए लोडर का ऑनबोर्डिंग फॉर्म चेक करो, कुछ छूटा तो नहीं:

नाम: राकेश कुमार यादव
जन्म तिथि: ${dob('11/02/1995')}
आधार: ${v('pii.in_aadhaar', '7392 0481 6539')}
मोबाइल: ${phone('+91 99204 71836')}
स्टेशन: DEL, टर्मिनल 3, रैंप`),

  rec('driver_mr', f`कोल्ड स्टोरेज गोदामासाठी नवीन चालकाची माहिती, कृपया इंग्रजीत ईमेल तयार करा:

नाव: संदीप पाटील
आधार क्रमांक: ${v('pii.in_aadhaar', '291847365028')}
मोबाईल: ${phone('098470 31826', 'IN')}
वाहन: MH 12 QW 4821 (रेफ्रिजरेटेड व्हॅन), पुणे – नाशिक मार्ग`),

  rec('booking_pa', f`ਇੱਕ NRI ਗਾਹਕ ਨੇ ਕਾਰ ਬੁੱਕ ਕੀਤੀ ਹੈ, ਇਹ ਵੇਰਵੇ ਬੁਕਿੰਗ ਨੋਟ ਵਿੱਚ ਸਹੀ ਫਾਰਮੈਟ ਵਿੱਚ ਲਿਖ ਦਿਓ:

ਨਾਮ: ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ
ਪਾਸਪੋਰਟ ਨੰਬਰ: ${v('pii.passport', 'P4827163')}
ਈਮੇਲ: ${email('harpreet.gill@outlook.com')}
ਫ਼ੋਨ: ${phone('+1 646 283 4710')}
ਪਿਕਅੱਪ: ਅੰਮ੍ਰਿਤਸਰ ਏਅਰਪੋਰਟ, 14 ਦਸੰਬਰ, ਸਵੇਰੇ 6 ਵਜੇ`),

  rec('appointment_ta', f`இந்த நோயாளி விவரங்களை ஆங்கிலத்தில் appointment confirmation email-ஆக மாற்றுங்கள்:

பெயர்: கார்த்திக் ராஜேந்திரன்
பிறந்த தேதி: ${dob('22.06.1990')}
தொலைபேசி: ${phone('+91 94430 18276')}
மின்னஞ்சல்: ${email('karthik.rajendran90@gmail.com')}
முதல் சந்திப்பு: டிசம்பர் 3, மாலை 5 மணி, ஆன்லைன்`),

  rec('kyc_or', f`ଗ୍ରାହକଙ୍କ KYC ବିବରଣୀ ଯାଞ୍ଚ କରନ୍ତୁ ଏବଂ ଇଂରାଜୀରେ ସାରାଂଶ ଲେଖନ୍ତୁ:

ନାମ: ସୁଭାଷ ମହାପାତ୍ର
ଜନ୍ମ ତାରିଖ: ${dob('03-01-1972')}
ଆଧାର: ${v('pii.in_aadhaar', '6103 8472 9151')}
ମୋବାଇଲ୍: ${phone('+91 94370 82613')}`),

  rec('delivery_as', f`তলৰ তথ্যখিনি ইংৰাজীত গুছাই লিখি দিয়ক, ডেলিভাৰী ৰিপৰ্টৰ বাবে:

গ্ৰাহক: জ্যোতি প্ৰসাদ বৰুৱা, জিলা স্বাস্থ্য কাৰ্যালয়, যোৰহাট
ফোন: ${phone('+91 94350 71826')}
ইমেইল: ${email('dho.jorhat.cold@gmail.com')}
ডেলিভাৰী: ৪০ টা কেৰিয়াৰ, গোটেই পথত তাপমাত্ৰা ২–৮ °C আছিল`),

  rec('badge_th', f`ช่วยเช็คแบบฟอร์มขอบัตรผ่านเขตการบิน (airside pass) ให้หน่อยครับ

ชื่อ: นายธนพล ศรีวงศ์
เลขบัตรประชาชน: ${natId('1103700481729')}
วันเกิด: ${dob('5 มีนาคม 2533')}
โทร: ${phone('081 472 8391', 'TH')}
ตำแหน่ง: พนักงานขับรถลากกระเป๋า สุวรรณภูมิ`),

  rec('contract_lo', f`ລູກຄ້າຕ່າງປະເທດເຊົ່າລົດຢູ່ສາຂາຫຼວງພະບາງ, ກະລຸນາຂຽນສັນຍາເປັນພາສາອັງກິດ:

ຊື່: Daniel Kowalski
ເລກໜັງສືຜ່ານແດນ: ${v('pii.passport', 'EK4819273')}
ວັນເກີດ: ${dob('19/10/1988')}
ເບີໂທ: ${phone('+856 20 7742 1938')}
ໄລຍະເຊົ່າ: 4 ວັນ, Toyota Fortuner`),

  rec('kyc_mn', f`Шинэ харилцагчийн мэдээллийг англиар товч бичээд өгөөч:

Овог нэр: Батбаяр Энхтуяа
Регистрийн дугаар: ${natId('УБ89031427')}
Утас: ${phone('+976 9514 2873')}
Имэйл: ${email('enkhtuya.b@mobinet.mn')}
Хөрөнгийн эх үүсвэр: уул уурхайн компанийн хувьцааны ногдол ашиг`),

  rec('appointment_ti', f`በጃኻ እዚ ሓበሬታ ናብ እንግሊዝኛ ቀይሮ ንቆጸራ መረጋገጺ ጽሓፈለይ፦

ሽም: ሰላም ተኽለ
ዕለተ ልደት: ${dob('12/04/1994')}
ቴሌፎን: ${phone('+291 7 318 462')}
ቆጸራ: ሰሉስ ሰዓት 9:00 ንግሆ`),

  rec('driver_om', f`Odeeffannoo konkolaachisaa haaraa kanaa Afaan Ingiliffaatti barreessi:

Maqaa: Tolasaa Gammachuu
Bilbila: ${phone('+251 92 418 3726')}
Imeelii: ${email('tolasa.gemechu@gmail.com')}
Konkolaataa: Isuzu FSR qabbaneessaa (reefer), karaa Adaamaa–Finfinnee`),

  rec('list_mg', f`Azafady, ataovy lisitra madio ity ho an'ny ekipa vaovao eo amin'ny seranam-piaramanidina Ivato:

- Rakoto Andrianina, finday ${phone('+261 34 18 472 93')}, mailaka ${email('andrianina.rakoto@aeroswift-gh.com')}
- Rasoa Hanitra, finday ${phone('033 12 847 39', 'MG')}
- Randria Fetra, mbola tsy nahazo mailaka`),

  rec('form_ht', f`Tanpri ede m ranpli fòm lokasyon sa a an anglè:

Non: Jean-Robert Pierre-Louis
Dat nesans: ${dob('08/11/1983')}
Telefòn: ${phone('+509 34 18 4729')}
Imèl: ${email('jrpierrelouis@gmail.com')}
Ajans: Pétion-Ville, 3 jou, Hyundai Tucson`),

  rec('waybill_qu', f`Kay willakuyta castellanoman allichay, guía de remisiónpaq:

Chaskiq (recibe): Rosa Mamani Quispe, DNI ${natId('47382916')}
Celular: ${phone('+51 984 271 836')}
Vacunakuna: 12 caja, 2–8 °C, Cusco → Sicuani, paqarin tutamanta`),

  rec('ficha_gn', f`Emoĩ porã ko mba'ekuaarã ficha-pe, castellano-pe:

Téra: Lourdes Benítez
Cédula: ${natId('4.718.293')}
Onase: ${dob('23/07/1979')}
Celular: ${phone('0981 418 273', 'PY')}
Turno: lunes 9:30, consultorio externo Asunción`),

  rec('letter_it', f`Mi aiuti a scrivere la lettera di comunicazione dei dati del conducente per il verbale? Dati del noleggio:

Conducente: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI84S52H501X')}
Nata il ${dob('12/11/1984')} a Roma
Cellulare: ${phone('+39 333 418 2795')}
E-mail: ${email('giulia.bianchi84@libero.it')}
Contratto: DL-FCO-30918`),

  rec('consent_es', f`Necesito redactar el consentimiento informado para terapia de pareja. Datos:

Paciente 1: Lucía Moreno Ruiz, DNI ${v('pii.es_dni', '48219736Y')}, nacida el ${dob('3 de mayo de 1989')}
Paciente 2: Andrés Ionescu, NIE ${v('pii.es_nie', 'Y2093847X')}
Teléfono de contacto: ${phone('654 27 19 38', 'ES')}
Primera sesión: 10 de diciembre, 18:00`),

  rec('intake_nl', f`Kun je dit intakeformulier van een nieuwe vermogensbeheerklant omzetten naar een nette samenvatting?

Naam: dhr. J.P. (Joost) van der Meer
BSN: ${v('pii.nl_bsn', '184739263')}
Geboortedatum: ${dob('02-08-1961')}
E-mail: ${email('joost.vandermeer@kpnmail.nl')}
Telefoon: ${phone('06-41829376', 'NL')}
Belegd vermogen: ca. € 3,2 mln, risicoprofiel defensief`),

  rec('email_sv', f`Vi ska betala ut prispengar från turneringen till en svensk spelare. Kan du skriva ett mejl där vi ber om bankuppgifter? Det vi har:

Namn: Emma Lindqvist
Personnummer: ${natId('850612-4828')}
E-post: ${email('emma.lindqvist@telia.com')}
Mobil: ${phone('070-418 27 39', 'SE')}
Placering: 2:a, 15 000 SEK`),

  rec('letter_da', f`Skriv en kort indkaldelse til første samtale. Patient: Mads Sørensen, CPR ${natId('070291-1847')}, tlf. ${phone('+45 31 84 27 90')}. Tid: torsdag den 5. december kl. 13.00, Lumen Ambulatorium, Aarhus. Husk at skrive, at man kan tage en pårørende med.`),

  rec('badge_ru', f`Оформляем пропуск в контролируемую зону аэропорта Пулково для нового сотрудника. Проверь анкету:

ФИО: Смирнов Алексей Викторович
Дата рождения: ${dob('14.02.1993')}
Загранпаспорт: ${v('pii.passport', '75 4829163')}
СНИЛС: ${natId('148-372-916 92')}
Телефон: ${phone('8 (916) 418-27-39', 'RU')}`),

  rec('note_uk', f`Склади, будь ласка, коротку довідку англійською для митного брокера:

Водій: Коваленко Олег Петрович
РНОКПП: ${natId('3184729372')}
Телефон: ${phone('+380 50 318 4726')}
Email: ${email('o.kovalenko@polaris-coldchain.eu')}
Маршрут: Ягодин – Львів, вакцини 2–8 °C`),

  rec('email_el', f`Θέλω να στείλω email στον πελάτη για ζημιά στο αυτοκίνητο. Στοιχεία από το συμβόλαιο:

Όνομα: Γιώργος Παπαδόπουλος
Αρ. Δελτίου Ταυτότητας: ${natId('ΑΚ 482917')}
Κινητό: ${phone('+30 697 418 2036')}
Email: ${email('g.papadopoulos@otenet.gr')}
Ζημιά: γρατζουνιά στην πίσω δεξιά πόρτα, παράδοση στο αεροδρόμιο Ηρακλείου`),

  rec('intake', f`Can you rewrite this intake summary in plain language for the patient portal? Leave out the SSN, it's only for billing.

Patient: Danielle R. Ortiz
DOB: ${dob('07/19/1990')}
SSN: ${v('pii.us_ssn', '514-38-2917')}
Phone: ${phone('(312) 418-2739', 'US')}
Insurance: Anthem PPO
Reason for referral: panic attacks since 2022, sleep problems`),

  rec('dispute', f`Need a reply to this damage dispute. Customer details from the rental agreement:

Name: Callum Fraser
NI number (the franchise collected it for the DVLA check, no idea why): ${v('pii.uk_nino', 'JH 47 29 18 C')}
Mobile: ${phone('07418 293746', 'GB')}
Email: ${email('callum.fraser@btinternet.com')}
He says the dent on the tailgate was already there at pickup in Glasgow.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-11-22T19:03:51.204Z","lvl":"warn","svc":"account","evt":"login_failed","reason":"mfa_mismatch","player_id":"P-88120457","email":"${email('xx.shadowfox.xx@hotmail.com')}","ip":"${amb('pii.ip_address', '2a02:a03f:6b2e:1c00::4f')}","attempt":6}`)}
is 6 attempts in a minute enough to lock the account, or do we wait for 10 like the spec says?`),
];

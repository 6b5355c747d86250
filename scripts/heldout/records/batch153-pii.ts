/**
 * Held-out batch 153: personal data in genetic counselling referrals, crew passport lists, guard
 * onboarding, pawn-loan KYC, makerspace bookings and blasting-permit forms, in many languages and
 * scripts. Hand-written; national ids built with scripts/corpus/checksums.ts.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

const NHS = ukNhsSpaced('485201736');
const STEUER = `4721903578${deSteuerIdCheckDigit('4721903578')}`;
const NIR_BODY = '2860369123045';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const CF = itCodiceFiscale('BNCGLI82M52F205');
const BSN = `28471936${nlBsnCheckDigit('28471936')}`;
const AADHAAR = inAadhaarSpaced('48291736045');
const CPF = brCpfFormatted('482917360');
const SIN = luhnWithCheck('54628371');

export const BATCH153_PII: DraftRecord[] = [
  rec('referral_en_gb', f`Please summarise this referral for the genetic counselling clinic list:

Patient: Chloe Hargreaves   NHS No: ${v('pii.uk_nhs_number', NHS)}   DOB: ${dob('17/02/1991')}
Referred by: Dr S. Patel, Fairfield Surgery
Reason: mother and maternal aunt diagnosed with breast cancer < 50; patient asking about BRCA testing before IVF.
Contact: ${phone('07842 619304', 'GB')} / ${mail('chloe.hargreaves91@outlook.com')}
Prefers appointments after 3pm.`),

  rec('letter_de', f`Bitte formuliere eine freundliche Terminbestätigung für die humangenetische Sprechstunde:
Patientin: Johanna Wiegand, geb. ${dob('03.11.1987')}
Termin: Di, 17.06.2025, 10:30 Uhr, Raum 2.14
Begleitperson: Ehemann
Telefon: ${phone('0176 48392017', 'DE')}
Hinweis: Familienstammbaum über drei Generationen mitbringen.`),

  rec('form_fr', f`Peux-tu vérifier ce formulaire de consultation de génétique avant envoi au laboratoire ?
Nom : Morel  Prénom : Camille
Date de naissance : ${dob('9 mars 1986')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Indication : suspicion d'hypercholestérolémie familiale (LDL 2,9 g/L)
Médecin prescripteur : Dr Lefèvre, Lyon`),

  rec('kyc_it', f`Controlla se manca qualcosa nella scheda cliente per il prestito su pegno:
Cliente: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Nata a Milano il ${dob('12/08/1982')}
Documento: carta d'identità n. ${ambCat('pii', 'CA48291KT')}
Oggetto in pegno: anello oro bianco 750, 6,2 g
Cellulare: ${phone('347 829 1046', 'IT')}`, 'Italian ID card number: personal, no built-in rule'),

  rec('alta_es', f`Alta de vigilantes para el servicio del centro comercial, ¿me haces la tabla para el cuadrante?
- Rubén Gallardo Pozo, DNI ${v('pii.es_dni', esDni('48273916'))}, móvil ${phone('612 738 491', 'ES')}
- Ionela Popescu, NIE ${v('pii.es_nie', esNie('Y', '4827391'))}, móvil ${phone('+34 622 419 805')}
Turnos: noches L-V, 22:00–06:00.`),

  rec('hr_nl', f`Kun je een welkomstmail maken voor onze nieuwe beveiliger? Gegevens:
Naam: Daan Verbeek
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${dob('22-07-1996')}
Diploma: Beveiliger 2, pas geldig tot 2028
Eerste dienst: zaterdag 7 juni, Ahoy Rotterdam`),

  rec('kyc_en_in', f`Gold loan KYC check — is anything missing before disbursal?
Borrower: Lakshmi Narayanan
Aadhaar: ${v('pii.in_aadhaar', AADHAAR)}
PAN: ${ambCat('pii', 'BKMPN4821K')}
Mobile: ${phone('+91 94432 81756')}
Pledged: 2 bangles, 22K, 38.4 g gross
Loan: ₹1,42,000 @ 1.1% p.m.`, 'Indian PAN: personal tax id, no built-in rule'),

  rec('chat_pt_br', f`Pode montar o contrato de penhor com esses dados? Cliente: Fernanda Lopes Araújo, CPF ${v('pii.br_cpf', CPF)}, nascida em ${dob('21/05/1979')}, celular ${phone('+55 21 99738-4162')}. Bem: relógio de pulso masculino, avaliado em R$ 3.200,00.`),

  rec('payroll_en_ca', f`New guard for the Vancouver port contract, set him up in payroll:
Name: Arjun Sandhu
SIN: ${v('pii.ca_sin', `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`)}
Security worker licence: ${ambCat('pii', 'BC-SWL 204817')}
Cell: ${phone('+1 604 829 4417')}
Start: Mon June 9, nights.`, 'BC security worker licence: personal, no built-in rule'),

  rec('bgcheck_en_us', f`Rewrite this as a request to our background check vendor:
Applicant: Tiffany Greer, DOB ${dob('04/22/1994')}, SSN ${v('pii.us_ssn', '518-47-2936')}
Position: armed guard, Dayton distribution center
Prior addresses: 2 (Ohio, Kentucky)
Email for the consent form: ${mail('tgreer.94@gmail.com')}`),

  rec('onboarding_en_gb', f`Onboarding checklist for the new door supervisor, can you tidy it?
- Name: Kwame Mensah
- NI number: ${v('pii.uk_nino', 'JT 48 27 19 C')}
- SIA licence: ${ambCat('pii', '1018 4827 3916 4402')} (front line, exp 11/2027)
- Next of kin: Ama Mensah ${phone('07912 448 307', 'GB')}
- Right to work checked 02/06 (share code seen)`, 'SIA licence number: personal, no built-in rule'),

  rec('gendec_ja', f`明日の成田線のジェネラル・デクラレーション用に、乗務員リストを表にしてください。
機長 佐藤 健一 旅券番号 ${pass('TR4829173')} 生年月日 ${dob('1978年4月2日')}
副操縦士 高橋 美咲 旅券番号 ${pass('TK0391846')} 生年月日 ${dob('1990年12月19日')}
客室乗務員 山本 彩 旅券番号 ${pass('TZ7748120')} 生年月日 ${dob('1995年7月8日')}`),

  rec('crew_ko', f`승무원 비자 서류 준비 중인데 아래 내용 영어로 번역해 주세요.
성명: 김지현 / 직책: 객실승무원
여권번호: ${pass('M48291736')}
생년월일: ${dob('1993년 3월 27일')}
휴대전화: ${phone('010-4827-1936', 'KR')}
이메일: ${mail('jihyun.kim93@naver.com')}`),

  rec('loyalty_zh', f`常旅客会员投诉里程没有入账，帮我写一封回复。会员资料：
姓名：王丽娜
会员号：CV 6620 1934
手机：${phone('138 2847 3916', 'CN')}
邮箱：${mail('wanglina_0512@163.com')}
出生日期：${dob('1988年5月12日')}
航班：CV 2817 深圳—曼谷 2025-04-18`),

  rec('pax_th', f`ช่วยแปลเป็นภาษาอังกฤษให้หน่อยค่ะ ผู้โดยสารแจ้งว่าชื่อในตั๋วไม่ตรงกับพาสปอร์ต
ชื่อ: นางสาวพิมพ์ชนก ศรีสุข
เลขหนังสือเดินทาง: ${pass('AB1048293')}
วันเกิด: ${dob('14 ก.พ. 2535')}
เบอร์โทร: ${phone('081 482 7193', 'TH')}`),

  rec('pawn_vi', f`Em cần soạn hợp đồng cầm đồ xe máy cho khách:
Họ tên: Nguyễn Thị Thu Hà
CCCD: ${ambCat('pii', '079194028371')}
Ngày sinh: ${dob('08/09/1994')}
SĐT: ${phone('0912 482 719', 'VN')}
Tài sản: Honda Vision 2022, biển số 59-X2 481.27
Anh viết giúp em điều khoản chuộc lại trong 30 ngày nhé.`, 'Vietnamese citizen id (CCCD): personal, no built-in rule'),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp untuk peminjam printer 3D di perpustakaan bahwa hasil cetaknya sudah bisa diambil: Bapak Rizky Pratama, ${phone('0812-4827-1930', 'ID')}, email ${mail('rizky.pratama@yahoo.co.id')}, pesanan #MK-0442 (casing Arduino, PETG hitam).`),

  rec('roster_tl', f`Pakigawa ng maayos na contact list ng mga guard para sa site sa Makati:
- SG Ramon Dizon — ${phone('0917 482 7193', 'PH')}
- SG Liza Manalo — ${phone('+63 918 273 4410')}
- OIC Jun Bautista — ${phone('0920 384 1172', 'PH')}
Night shift lahat, 7pm–7am.`),

  rec('genetic_ar_eg', f`محتاج أكتب رسالة تذكير بموعد الاستشارة الوراثية:
الاسم: منى عبد الرحمن
تاريخ الميلاد: ${dob('15/06/1990')}
الموبايل: ${phone('010 2847 3916', 'EG')}
الموعد: الأحد ٢٢ يونيو الساعة ١١ صباحًا، عيادة الوراثة – الدور الثالث
ياريت تكون الرسالة بالعامية المصرية وبسيطة.`),

  rec('genetic_he', f`תנסח בבקשה מכתב הזמנה לייעוץ גנטי לפני היריון:
שם: נועה לוי
ת.ז.: ${ambCat('pii', '038472915')}
תאריך לידה: ${dob('02.04.1992')}
טלפון: ${phone('052-482-7193', 'IL')}
סיבה: בדיקת נשאות מורחבת, אשכנזית משני הצדדים`, 'Israeli teudat zehut: personal, no built-in rule'),

  rec('library_fa', f`لطفاً یک ایمیل کوتاه بنویس که نوبت لیزرکات کارگاه ساخت کتابخانه تأیید شده:
نام: سارا محمدی
ایمیل: ${mail('sara.mohammadi@chmail.ir')}
تلفن همراه: ${phone('0912 482 7193', 'IR')}
زمان: پنجشنبه ساعت ۱۶`),

  rec('crew_tr', f`Yarın İstanbul uçuşu için ekip listesini İngilizce'ye çevirir misin?
Kabin Amiri: Selin Aydın
Pasaport No: ${pass('U48291736')}
Doğum Tarihi: ${dob('19.10.1989')}
T.C. Kimlik No: ${ambCat('pii', '28471936052')}
Cep: ${phone('0532 847 29 13', 'TR')}`, 'Turkish TC kimlik no: personal, no built-in rule'),

  rec('guard_uk', f`Перекладіть, будь ласка, англійською анкету нового охоронця для іноземного клієнта:
ПІБ: Коваленко Олександр Петрович
Дата народження: ${dob('11.01.1985')}
Закордонний паспорт: ${pass('FT482917')}
Телефон: ${phone('067 482 9173', 'UA')}
Досвід: 6 років, охорона складів.`),

  rec('pawn_ru', f`Проверь, пожалуйста, залоговый билет перед печатью:
Залогодатель: Смирнова Екатерина Игоревна
Дата рождения: ${dob('07.03.1983')}
Паспорт: ${pass('45 19 482917')}, выдан ГУ МВД России по г. Москве 12.04.2019
Телефон: ${phone('+7 916 482-73-19')}
Предмет залога: серьги золотые 585 пробы, 4,1 г`, 'Russian internal passport (series + number) labelled as a passport'),

  rec('makerspace_pl', f`Przygotuj potwierdzenie rezerwacji drukarki 3D dla czytelnika:
Imię i nazwisko: Michał Zieliński
PESEL: ${ambCat('pii', '96071204817')}
E-mail: ${mail('m.zielinski96@wp.pl')}
Tel.: ${phone('512 847 293', 'PL')}
Termin: sobota 14 czerwca, 10:00–13:00 (Prusa MK4)`, 'Polish PESEL: personal, no built-in rule'),

  rec('genetic_cs', f`Napiš prosím pacientce pozvánku na genetickou konzultaci:
Jméno: Tereza Nováková
Datum narození: ${dob('24. 8. 1990')}
Rodné číslo: ${ambCat('pii', '905824/4817')}
Telefon: ${phone('+420 737 481 296')}
Důvod: Lynchův syndrom v rodině (otec, strýc)`, 'Czech birth number: personal, no built-in rule'),

  rec('blasting_hu', f`Kérlek, fogalmazd meg a robbantási engedély kérelem kísérőlevelét. Robbantásvezető adatai:
Név: Horváth Gábor
Születési idő: ${dob('1976. 05. 14.')}
Telefon: ${phone('+36 30 482 7193')}
Robbantásvezetői engedély száma: RV-2019/0481
Tervezett robbantás: 2025. június 18., 11:00, Északi bánya`),

  rec('guard_sv', f`Kan du skriva ett kort välkomstmejl till vår nya väktare?
Namn: Elin Johansson
Personnummer: ${ambCat('pii', '960314-4827')}
Mobil: ${phone('070-482 71 93', 'SE')}
Första pass: fredag natt, Frihamnen`, 'Swedish personnummer: personal, no built-in rule'),

  rec('crew_el', f`Φτιάξε μου έναν πίνακα με τα στοιχεία του πληρώματος για τις αρχές του αεροδρομίου:
Κυβερνήτης: Νικόλαος Παπαδόπουλος, διαβατήριο ${pass('AP4829173')}, ημ. γέννησης ${dob('23/06/1977')}
Συγκυβερνήτρια: Ελένη Γεωργίου, διαβατήριο ${pass('AK0391842')}, ημ. γέννησης ${dob('05/12/1991')}`),

  rec('genetic_bn', f`দয়া করে রোগীর জন্য একটা এসএমএস লিখে দিন যে তার থ্যালাসেমিয়া বাহক পরীক্ষার রিপোর্ট তৈরি:
নাম: রুমানা আক্তার
জন্ম তারিখ: ${dob('১২/০৩/১৯৯৬')}
মোবাইল: ${phone('01712-482719', 'BD')}
জেনেটিক কাউন্সেলিং অ্যাপয়েন্টমেন্ট: বুধবার সকাল ১০টা`),

  rec('library_ta', f`நூலகத்தின் 3D அச்சு சேவைக்கு பதிவு செய்தவருக்கு உறுதிப்படுத்தல் மின்னஞ்சல் எழுதுங்கள்:
பெயர்: கார்த்திக் சுப்பிரமணியன்
மின்னஞ்சல்: ${mail('karthik.subbu@gmail.com')}
கைபேசி: ${phone('+91 90072 48136')}
நேரம்: சனிக்கிழமை மாலை 4 மணி`),

  rec('pawn_hy', f`Խնդրում եմ, թարգմանիր անգլերեն գրավի պայմանագրի հաճախորդի տվյալները.
Անուն, ազգանուն՝ Արամ Գրիգորյան
Անձնագիր՝ ${pass('AT0482917')}
Ծննդյան ամսաթիվ՝ ${dob('30.09.1984')}
Հեռախոս՝ ${phone('077 482719', 'AM')}`),

  rec('log_en_us', f`Someone keeps queuing 40-hour prints on the library's Bambu printers overnight. Here's the kiosk log, who is it?

${amb('source_code.snippet', f`2025-05-20 21:58:11 queue_add job=4412 printer=X1C-02 est=39h50m user=${mail('jdoyle.makes@gmail.com')} client=${amb('pii.ip_address', '10.60.8.117')}
2025-05-21 22:03:45 queue_add job=4431 printer=X1C-01 est=41h12m user=${mail('jdoyle.makes@gmail.com')} client=${amb('pii.ip_address', '10.60.8.117')}
2025-05-22 21:47:09 queue_add job=4459 printer=X1C-02 est=38h05m user=${mail('jdoyle.makes@gmail.com')} client=${amb('pii.ip_address', '10.60.8.121')}`)}

Draft a polite email to that patron about the 8-hour limit.`),

  rec('guard_am', f`ለጥበቃ ሠራተኞች የሌሊት ፈረቃ ማሳወቂያ በአማርኛ ጻፍልኝ። ተቆጣጣሪ፡ አቶ ዮሐንስ ተስፋዬ፣ ስልክ ${phone('091 148 2719', 'ET')}። ፈረቃው ከምሽቱ 12 ሰዓት ይጀምራል።`),

  rec('blasting_hr', f`Molim te sastavi obavijest susjedima o miniranju u kamenolomu:
Datum: srijeda, 18. lipnja 2025., 12:00
Odgovorna osoba (minerski poslovođa): Ivan Horvat
OIB: ${ambCat('pii', '48291736054')}
Kontakt: ${phone('091 482 7193', 'HR')}
Sirena 5 min prije i poslije miniranja.`, 'Croatian OIB: personal, no built-in rule'),

  rec('pawn_es_mx', f`Ayúdame a revisar la boleta de empeño antes de imprimirla:
Cliente: José Luis Hernández Ramírez
Fecha de nacimiento: ${dob('30/11/1981')}
CURP: ${ambCat('pii', 'HERJ811130HDFRMS07')}
Celular: ${phone('55 4187 2936', 'MX')}
Prenda: pantalla Samsung 55", avalúo $4,800`, 'Mexican CURP: personal, no built-in rule'),

  rec('steuer_de', f`Für die Lohnabrechnung unseres neuen Sicherheitsmitarbeiters fehlt noch was? Daten aus dem Personalbogen:
Name: Dennis Krüger
Geburtsdatum: ${dob('19.02.1990')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Sachkundeprüfung §34a: ja
Handy: ${phone('+49 152 28473961')}`),
];

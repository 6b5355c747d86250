/**
 * Held-out batch 61: personal data in maternity admissions, KYC reviews, gate-pass and crew
 * lists, sworn-translation orders, used-car sale contracts and HR forms, in thirty-odd languages.
 * National numbers that no built-in rule claims are ambiguous personal data. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const id = (s: string) => ambCat('pii', s);

export const BATCH61_PII: DraftRecord[] = [
  rec('discharge_en_uk', f`Please turn this into a plain-English letter for the parents:

MATERNITY DISCHARGE SUMMARY – Ward 22
Mother: Chloe Barraclough   NHS No: ${v('pii.uk_nhs_number', '943 476 5188')}   DOB: ${v('pii.date_of_birth', '17/06/1993')}
Baby: Girl Barraclough   NHS No: ${v('pii.uk_nhs_number', '485 920 3712')}   DOB: ${v('pii.date_of_birth', '09/02/2025')} 04:12   Weight 3.41 kg
SVD at 39+4, EBL 350 ml, perineum intact. Vitamin K given. Feeding: breast.
Community midwife to visit day 1 at home; contact ${phone('+44 113 284 7391')}.`),

  rec('form_en_jm', f`Antenatal booking form — can you check nothing is missing before I file it?

Name: Shanice Powell
Date of birth: ${v('pii.date_of_birth', '3 November 1998')}
TRN: ${id('118-274-936')}
Address: 14 Mona Heights Drive, Kingston 6
Cell: ${phone('(876) 927-4816', 'JM')}
Next of kin: Andre Powell (husband)
LMP: 12/07/2024   EDD: 18/04/2025   G2 P1`),

  rec('admission_es_pe', f`Ayúdame a pasar esta ficha a una tabla ordenada para el sistema:

FICHA DE ADMISIÓN – CENTRO OBSTÉTRICO
Paciente: Rosa Elvira Huamán Quispe
DNI: ${id('47281936')}
Fecha de nacimiento: ${v('pii.date_of_birth', '22/08/1996')}
Celular: ${phone('+51 987 364 218')}
Seguro: SIS
Acompañante: Wilber Condori (esposo), cel. ${phone('+51 912 483 716')}
Edad gestacional: 38 semanas, dinámica uterina regular.`),

  rec('contract_es', f`¿Puedes revisar la redacción de este contrato de compraventa de vehículo usado?

REUNIDOS
De una parte, D. Álvaro Pineda Ruiz, con DNI ${v('pii.es_dni', '48271936L')}, en calidad de VENDEDOR.
De otra parte, Dña. Mihaela Popescu, con NIE ${v('pii.es_nie', 'X7391826V')}, en calidad de COMPRADORA.
Vehículo: SEAT León 1.5 TSI, matrícula 4821 LKT, bastidor VSSZZZKLZMR048271.
Precio: 14.900 €, pagado mediante transferencia.`),

  rec('kyc_pt_br', f`Revisão manual de KYC — me ajuda a escrever o parecer? O selfie não bateu com a foto do documento.

Cliente: Thiago Nascimento Ribeiro
CPF: ${v('pii.br_cpf', '418.207.396-78')}
Data de nascimento: ${v('pii.date_of_birth', '05/04/1990')}
E-mail: ${v('pii.email', 'thiago.nribeiro@uol.com.br')}
Celular: ${phone('+55 21 98374-2916')}
Score biometria: 0,41 (limite 0,70). Documento: CNH digital.`),

  rec('registo_pt', f`Preciso de preparar a declaração para o registo do recém-nascido no balcão "Nascer Cidadão". Dados da mãe:
Nome: Inês Carvalho Duarte
Cartão de Cidadão: ${id('14827391 7 ZX4')}
NIF: ${id('248173956')}
Data de nascimento: ${v('pii.date_of_birth', '1994-01-27')}
Telemóvel: ${phone('+351 912 384 716')}
Bebé: Tomás, nascido a ${v('pii.date_of_birth', '11/02/2025')} às 23h48.
Podes redigir o texto da declaração?`),

  rec('order_fr', f`Commande de traduction assermentée — peux-tu rédiger le devis pour le client ?
Document : acte de naissance intégral (FR>DE), 2 pages
Demandeur : M. Karim Benhaddou
Né le : ${v('pii.date_of_birth', '08 juillet 1987')} à Lyon 3e
N° de sécurité sociale (pour le dossier CPAM) : ${v('pii.fr_nir', '1 87 07 69 123 456 72')}
Tél. : ${phone('06 48 27 39 15', 'FR')}
Délai souhaité : 5 jours ouvrés.`, 'NIR check key computed for the body 1870769123456'),

  rec('prenatal_fr_sn', f`Fiche de suivi prénatal à résumer pour la sage-femme de garde :
Nom : Awa Diop
Date de naissance : ${v('pii.date_of_birth', '02/03/2001')}
N° CNI : ${id('1 751 2001 04827')}
Téléphone : ${phone('+221 77 482 39 16')}
Quartier : Pikine, Dakar
CPN 3 faite le 10/02, TA 13/8, HU 30 cm, BCF 142.`),

  rec('payroll_it', f`Mi prepari la lettera d'incarico per la nuova interprete di conferenza? Dati per l'amministrazione:
Nome: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI88R52L219P')}
Data di nascita: ${v('pii.date_of_birth', '12/10/1988')}, Torino
Cellulare: ${phone('347 829 1046', 'IT')}
Combinazioni linguistiche: IT-EN-DE, cabina attiva.`),

  rec('kraamzorg_nl', f`Kun je dit inschrijfformulier voor kraamzorg omzetten in een korte bevestigingsmail?

Naam moeder: Femke de Vries
BSN: ${v('pii.nl_bsn', '173829466')}
Geboortedatum: ${v('pii.date_of_birth', '30-09-1995')}
Uitgerekende datum: 21-04-2025
Telefoon: ${phone('+31 6 48273916')}
Verzekeraar: Zilveren Kruis, polisnummer 829103746`),

  rec('kyc_hi', f`भाई ये KYC केस देखो, वीडियो KYC में नाम मैच नहीं हो रहा:
नाम (आधार पर): सुनीता देवी
आधार नंबर: ${v('pii.in_aadhaar', '5827 4910 3621')}
जन्म तिथि: ${v('pii.date_of_birth', '15-08-1989')}
मोबाइल: ${phone('+91 98204 73816')}
PAN पर नाम "SUNITA KUMARI" है। क्या शादी के बाद नाम बदलने का डॉक्यूमेंट मांगना चाहिए? रिजेक्शन नोट लिख दो।`),

  rec('jsy_mr', f`जननी सुरक्षा योजनेच्या फॉर्मसाठी माहिती तपासून दे:
लाभार्थी: प्रियांका संतोष जाधव
आधार क्रमांक: ${v('pii.in_aadhaar', '8361 9207 4527')}
जन्मतारीख: ${v('pii.date_of_birth', '04/12/1997')}
मोबाईल: ${phone('+91 94437 28165')}
प्रसूती दिनांक: ${amb('pii.date_of_birth', '07/02/2025')}, ससून रुग्णालय, पुणे
बँक खाते आधारशी लिंक आहे.`),

  rec('gatepass_ta', f`சென்னை துறைமுக நுழைவு அனுமதி விண்ணப்பம் – சரிபார்க்கவும்:
பெயர்: முருகன் செல்வராஜ்
ஆதார் எண்: ${v('pii.in_aadhaar', '4930 1857 2644')}
பிறந்த தேதி: ${v('pii.date_of_birth', '19.06.1984')}
கைபேசி: ${phone('+91 44 2482 7391')}
நிறுவனம்: ஸ்ரீ பாலாஜி கண்டெய்னர் லாஜிஸ்டிக்ஸ்
அனுமதி காலம்: 01.03.2025 – 31.05.2025`),

  rec('hr_gsw', f`Chasch mer us dene Aagabe es Willkommensmail für üsi neui Praktikantin mache? Si schafft ab 1. März im Team Schneedecke.
Name: Lea Zgraggen
AHV-Nr.: ${id('756.4829.3716.52')}
Geburtsdatum: ${v('pii.date_of_birth', '14.03.2002')}
Handy: ${phone('079 284 61 57', 'CH')}
Wohnort: Davos Platz
Und für üsen Grenzgänger Jonas Albrecht bruuche mer no sini dütschi Steuer-ID ${v('pii.de_steuer_id', '48291375408')} uf em Formular.`),

  rec('chat_lv', f`Pircējs grib noformēt auto pārreģistrāciju CSDD tiešsaistē, bet sistēma neatrod viņa datus. Viņš atsūtīja: Artūrs Bērziņš, personas kods ${id('140391-28374')}, tālr. ${phone('+371 2948 3716')}. Uzraksti viņam atbildi, ka personas kodu nevajag sūtīt čatā un kā rīkoties tālāk.`),

  rec('kyc_lt', f`Sveiki, ar gali sutvarkyti šį KYC patikros užrašą į aiškų tekstą ataskaitai?
Klientas: Rūta Vaitkutė
Asmens kodas: ${id('49103141827')}
Gimimo data: ${v('pii.date_of_birth', '1991-03-14')}
Paso Nr.: ${v('pii.passport', '24827391')}
El. paštas: ${v('pii.email', 'ruta.vaitkute@gmail.com')}
Lėšų kilmė: darbo užmokestis, IT sektorius. PEP: ne.`),

  rec('chat_cs', f`Prodávající chce, abychom mu připravili plnou moc k převodu auta na úřadě. Poslal: Pavel Dvořák, rodné číslo ${id('780512/2837')}, datum narození ${v('pii.date_of_birth', '12. 5. 1978')}, bytem Brno, Lidická 18, tel. ${phone('+420 602 483 719')}, e-mail ${v('pii.email', 'p.dvorak78@seznam.cz')}. Napiš mi text plné moci.`),

  rec('crew_sq', f`Lista e ekuipazhit që do të dalë në qytet gjatë qëndrimit në Portin e Durrësit – bëje tabelë:
1. Ardit Hoxha – pasaportë ${v('pii.passport', 'BD4827391')} – datëlindja ${v('pii.date_of_birth', '11.02.1990')}
2. Elira Shehu – pasaportë ${v('pii.passport', 'BE2938174')} – datëlindja ${v('pii.date_of_birth', '27.07.1994')}
3. Klodian Marku – pasaportë ${v('pii.passport', 'BC7391826')} – datëlindja ${v('pii.date_of_birth', '05.12.1982')}`),

  rec('csv_el', f`Βγάλε μου από αυτό το αρχείο επισκεπτών του λιμένα όσους έχουν άδεια που λήγει μέσα στον Μάρτιο:

${amb('source_code.snippet', f`επώνυμο;όνομα;ημ_γέννησης;διαβατήριο;εταιρεία;λήξη_άδειας
Παπαδόπουλος;Γιώργος;${v('pii.date_of_birth', '1979-10-03')};${v('pii.passport', 'AK4827391')};Nautilus Marine;2025-03-14
Κωνσταντίνου;Μαρία;${v('pii.date_of_birth', '1988-01-22')};${v('pii.passport', 'AM2937461')};Aegean Bunkering;2025-06-30
Oyelaran;Tunde;${v('pii.date_of_birth', '1991-05-17')};${v('pii.passport', 'B50482739')};MSC Crew Agency;2025-03-02`)}`),

  rec('order_ka', f`ნოტარიულად დამოწმებული თარგმანის შეკვეთა — მოამზადე დადასტურების წერილი:
კლიენტი: ნინო ბერიძე
პირადი ნომერი: ${id('01024082739')}
დაბადების თარიღი: ${v('pii.date_of_birth', '14.03.1991')}
პასპორტის ნომერი: ${v('pii.passport', '17AB48273')}
ტელეფონი: ${phone('+995 599 48 27 39')}
დოკუმენტი: დიპლომი და დანართი (KA>DE).`),

  rec('order_hy', f`Խնդրում եմ կազմել նամակ հաճախորդին, որ թարգմանությունը պատրաստ է․
Հաճախորդ՝ Արամ Պետրոսյան
Անձնագրի համար՝ ${v('pii.passport', 'AT0482739')}
Ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '23.11.1986')}
Հեռախոս՝ ${phone('+374 91 482739')}
Էլ. փոստ՝ ${v('pii.email', 'aram.petrosyan86@mail.ru')}`),

  rec('kyc_az', f`Müştərinin sənədləri yoxlanılıb, amma şəxsiyyət vəsiqəsinin arxa tərəfi bulanıqdır. Müştəriyə məktub yaz:
Ad: Leyla Məmmədova
FİN: ${id('5KX2M9T')}
Doğum tarixi: ${v('pii.date_of_birth', '09.06.1995')}
Telefon: ${phone('+994 50 482 73 91')}
E-poçt: ${v('pii.email', 'leyla.mammadova95@gmail.com')}`),

  rec('maternity_fa', f`این اطلاعات پذیرش زایشگاه را به صورت یک جدول مرتب دربیاور:
نام بیمار: مریم احمدی
کد ملی: ${id('0072849316')}
تاریخ تولد: ${v('pii.date_of_birth', '۱۳۷۲/۰۵/۱۴')}
تلفن همراه: ${phone('+98 912 482 7391')}
سن بارداری: ۳۹ هفته و ۲ روز
گروه خونی: O مثبت`),

  rec('maternity_ps', f`دا معلومات د زیږون روغتون د ثبت لپاره په انګلیسي وژباړه:
د ناروغې نوم: شکیلا احمدزۍ
د تذکرې شمېره: ${id('1399-0104-28374')}
د زیږیدو نیټه: ${v('pii.date_of_birth', '1378/03/12')}
د تلیفون شمېره: ${phone('+93 70 482 7391')}
د خاوند نوم: احمد شاه
د امیندوارۍ موده: ۳۷ اونۍ`),

  rec('hr_ne', f`हिउँ अनुसन्धान केन्द्रको नयाँ फिल्ड सहायकको विवरण मिलाएर अंग्रेजीमा लेखिदिनुहोस्:
नाम: पासाङ शेर्पा
नागरिकता नं.: ${id('27-01-74-04829')}
जन्म मिति: ${v('pii.date_of_birth', '२०४८/०४/१५')}
मोबाइल: ${phone('+977 984-1827364')}
ठेगाना: खुम्जुङ, सोलुखुम्बु
काम सुरु: २०८१ फागुन १`),

  rec('chat_th', f`ลูกค้าที่จะซื้อรถมือสองส่งข้อมูลมาในแชท ช่วยเขียนตอบว่าให้ส่งผ่านแบบฟอร์มที่ปลอดภัยแทน และสรุปข้อมูลให้ฝ่ายสินเชื่อ:
ชื่อ: นายสมชาย ใจดี
เลขบัตรประชาชน: ${id('1-1037-02847-39-1')}
วันเกิด: ${v('pii.date_of_birth', '14 มี.ค. 2534')}
โทร: ${phone('081-482-7391', 'TH')}`),

  rec('kyc_vi', f`Khách hàng mở ví điện tử bị từ chối eKYC vì ảnh CCCD bị lóa. Viết giúp tin nhắn hướng dẫn chụp lại:
Họ tên: Nguyễn Thị Thu Trang
Số CCCD: ${id('001192048273')}
Ngày sinh: ${v('pii.date_of_birth', '14/03/1992')}
SĐT: ${phone('+84 912 483 716')}
Email: ${v('pii.email', 'thutrang.nguyen92@gmail.com')}`),

  rec('kyc_id', f`Tolong buatkan catatan penolakan KYC yang sopan untuk nasabah ini, foto selfie tidak sesuai dengan foto KTP:
Nama: Dewi Lestari Putri
NIK: ${id('3174054807910003')}
Tanggal lahir: ${v('pii.date_of_birth', '08-07-1991')}
No. HP: ${phone('+62 812-4827-3916')}
Alamat: Jl. Kemang Raya No. 12, Jakarta Selatan`),

  rec('maternity_tl', f`Paki-ayos naman po itong admission info para sa PhilHealth claim ng pasyente namin sa delivery room:
Pangalan: Maria Cristina Dela Cruz
PhilHealth No.: ${id('12-025748391-6')}
Petsa ng kapanganakan: ${v('pii.date_of_birth', 'Hunyo 5, 1997')}
Cellphone: ${phone('0917 482 7391', 'PH')}
Nanganak: ${amb('pii.date_of_birth', 'Pebrero 16, 2025')}, 2:35 AM, baby boy, 3.1 kg`),

  rec('order_yue', f`幫我整理呢份傳譯預約，寫個確認 email 俾客：
客戶：陳美玲
香港身份證：${id('Y482739(5)')}
出生日期：${v('pii.date_of_birth', '1989年7月21日')}
電話：${phone('+852 9482 7316')}
場合：區域法院聆訊，普通話↔粵語，3月12日上午9:30`),

  rec('kyc_zh', f`这个客户的开户资料里出生日期和身份证不一致，帮我写一段给客户的说明：
姓名：王丽华
身份证号：${id('110105199206152847')}
出生日期：${v('pii.date_of_birth', '1992年6月25日')}
手机：${phone('+86 138 2947 3816')}
邮箱：${v('pii.email', 'wanglihua0625@163.com')}`, 'a DOB that disagrees with the one inside the ID number: still a date of birth under its label'),

  rec('kyc_ko', f`고객이 앱에서 본인인증이 안 된다고 문의했어요. 상담 기록을 정리해 주세요.
이름: 김지은
생년월일: ${v('pii.date_of_birth', '1994년 3월 14일')}
주민등록번호: ${id('940314-2482719')}
휴대폰: ${phone('+82 10-4827-3916')}
이메일: ${v('pii.email', 'jieun.kim94@naver.com')}
통신사 PASS 인증 실패 3회.`),

  rec('maternity_ha', f`Don Allah ka taimaka min in tsara wannan bayanin mai jego don rahoton asibiti:
Suna: Hauwa Musa Bello
Lambar NIN: ${id('48273916052')}
Ranar haihuwa: ${v('pii.date_of_birth', '12/05/1999')}
Lambar waya: ${phone('+234 803 482 7391')}
Ta haihu: ${amb('pii.date_of_birth', '14/02/2025')}, jariri namiji, 3.2 kg, Asibitin Murtala, Kano.`),

  rec('maternity_so', f`Fadlan u turjun warbixintan af-Ingiriis si loogu diro dhakhtarka:
Magaca hooyada: Faadumo Cali Warsame
Taariikhda dhalashada: ${v('pii.date_of_birth', '03/09/2000')}
Telefoon: ${phone('+252 61 5482739')}
Baasaboor: ${v('pii.passport', 'P00482739')}
Uurka: 36 toddobaad, dhiig-kar sare, waxaa loo gudbiyay isbitaalka hooyada ee Muqdisho.`),

  rec('kyc_en_us', f`Draft the EDD memo for this case, the customer's SSN didn't verify on the first try because of a typo:

Applicant: Derrick Ellison
SSN: ${v('pii.us_ssn', '518-42-7391')}
DOB: ${v('pii.date_of_birth', '11/23/1984')} (applicant first typed ${v('pii.date_of_birth', '11/23/1948')} — typo)
Email: ${v('pii.email', 'dellison84@outlook.com')}
Phone: ${phone('+1 (303) 482-7391')}
Occupation: long-haul trucker, expected monthly volume $3–5k.`, 'the mistyped date sits on the DOB line: labelled as a date of birth too, per the batch rule'),

  rec('payroll_en_uk', f`Can you check this new starter form for our freelance BSL interpreter before it goes to payroll?
Name: Bethan Lloyd
National Insurance number: ${v('pii.uk_nino', 'JH 48 27 39 C')}
Date of birth: ${v('pii.date_of_birth', '29 February 1996')}
Mobile: ${phone('+44 7723 418 295')}
Email: ${v('pii.email', 'bethan.lloyd.bsl@gmail.com')}`),
];

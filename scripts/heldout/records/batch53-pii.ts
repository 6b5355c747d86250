/**
 * Held-out batch 53: personal data in patient transfers, benefit claims, exam bookings, removals
 * files and HR notes, in many languages and national ID schemes. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH53_PII: DraftRecord[] = [
  rec('transfer_request', f`Can you turn this into the standard handover summary for the receiving ICU?

INTER-HOSPITAL TRANSFER — REQUEST #SKY-2503-114
Patient: Mr Alistair Murdo Fraser
DOB: ${v('pii.date_of_birth', '17/02/1958')}   NHS No: ${v('pii.uk_nhs_number', '472 918 3053')}
From: Western Isles Hospital, Stornoway → Aberdeen Royal Infirmary (cardiology)
Dx: NSTEMI, haemodynamically stable, on GTN infusion
Weight 94 kg, no oxygen requirement at present
NOK: wife Morag, ${phone('07824 193 476', 'GB')}
Requested by: Dr E. Campbell, ext. 4412`),

  rec('rapatriement_fr', f`Peux-tu résumer ce dossier de rapatriement sanitaire en 5 lignes pour le pilote ?

Patient : M. Thierry Vasseur, né le ${v('pii.date_of_birth', '03/07/1984')}
N° de sécurité sociale : ${v('pii.fr_nir', '1 84 07 69 123 417 64')}
Lieu : Hôpital de Funchal (Madère), fracture du col du fémur opérée le 12/03
Destination : CHU de Lyon, orthopédie
Contact famille : Mme Élise Vasseur, ${phone('06 72 41 38 95', 'FR')}
Mobilité : civière, pas d'oxygène, accompagnement infirmier`),

  rec('list_fr_ci', f`Mets ces producteurs dans un tableau (nom, village, téléphone) pour la distribution des primes de qualité :

- Koffi Adjoua Mireille, Gagnoa, ${phone('+225 07 48 29 31 65')}
- Traoré Souleymane, Soubré, ${phone('07 58 12 94 30', 'CI')}
- N'Guessan Kouamé Jean, Méagui, ${phone('05 46 83 12 79', 'CI')}
Tous sont membres de la coopérative depuis 2019.`),

  rec('chat_es', f`Necesito un correo para confirmar el examen práctico de conducir a un alumno. Datos: Hugo Martín Serrano, DNI ${v('pii.es_dni', '48271936L')}, móvil ${phone('612 84 39 27', 'ES')}, correo ${v('pii.email', 'hugo.martin.serrano@gmail.com')}. Examen el 22 de abril a las 9:40 en el centro de Alcobendas, permiso B.`),

  rec('chat_es_co', f`Hola, ayúdame a redactar la respuesta a esta ciudadana sobre el subsidio de arriendo. Sus datos: Luz Marina Quintero, cédula ${ambCat('pii', '1.020.483.917')}, celular ${phone('310 482 7193', 'CO')}, correo ${v('pii.email', 'luzmarina.q@hotmail.com')}. Ya le aprobaron el subsidio pero le falta el certificado de tradición del inmueble.`, 'Colombian cédula: a national ID, no built-in rule (ambiguous, no rule id)'),

  rec('chat_es_pe', f`Oye, ¿me ayudas a llenar la lista de empaque para la aduana? Cliente: Rosa Elvira Huamán Quispe, DNI ${ambCat('pii', '47281936')}, pasaporte ${v('pii.passport', '118472930')}, celular ${phone('+51 987 412 365')}, correo ${v('pii.email', 'rosa.huaman.q@yahoo.es')}. Se muda de Lima a Toronto, 38 cajas, un piano vertical y una bicicleta.`, 'Peruvian DNI: eight digits, no built-in rule (ambiguous, no rule id)'),

  rec('chat_pt', f`Preciso de um texto pra avisar o cliente que a vistoria de transferência foi reprovada por divergência no número do motor. Dados do proprietário: Carlos Eduardo Ribeiro, CPF ${v('pii.br_cpf', '482.915.307-50')}, nascido em ${v('pii.date_of_birth', '14/09/1979')}, celular ${phone('+55 21 98472-3156')}. Ele precisa trazer a nota fiscal do motor novo.`),

  rec('chat_pt_ao', f`Podes organizar isto como ficha de passageiro para o voo sanitário Luanda → Joanesburgo?
Nome: Domingas Teresa Francisco
Data de nascimento: ${v('pii.date_of_birth', '02/11/1991')}
Passaporte: ${v('pii.passport', 'N1938274')}
Telefone do acompanhante (irmão): ${phone('+244 923 481 765')}
Diagnóstico: politraumatizada, estável, precisa de maca e oxigénio`),

  rec('wohngeld_de', f`Bitte formuliere daraus eine freundliche Eingangsbestätigung für den Wohngeldantrag:

Antragsteller: Herr Mehmet Yıldırım
Geburtsdatum: ${v('pii.date_of_birth', '21.06.1972')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '47281639456')}
Telefon: ${phone('0152 38471926', 'DE')}
E-Mail: ${v('pii.email', 'm.yildirim72@web.de')}
Haushaltsmitglieder: 4 (Ehefrau, zwei Kinder)
Es fehlen noch: Mietbescheinigung des Vermieters, Lohnnachweise Jan–März.`),

  rec('chat_nl_be', f`Een klant belt boos omdat zijn keuringsattest niet is aangekomen. Kun je een antwoord opstellen? Gegevens: Bart Peeters, rijksregisternummer ${ambCat('pii', '85.07.14-273.74')}, GSM ${phone('0486 31 72 59', 'BE')}, e-mail ${v('pii.email', 'bart.peeters@telenet.be')}. Keuring gedaan op 3 maart in het station van Kontich, resultaat groen.`, 'Belgian national register number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_sv', f`Kan du skriva ett bekräftelsemejl till kunden om flytten från Göteborg till Oslo? Uppgifter: Linnea Holm, personnummer ${ambCat('pii', '890321-4727')}, mobil ${phone('070 482 19 37', 'SE')}, e-post ${v('pii.email', 'linnea.holm@outlook.com')}. Packning 14 maj, lastning 15 maj, leverans 17 maj.`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  rec('spis_cs', f`Shrň mi tento spis do tří vět pro vedoucí odboru:

Žadatelka: Jana Horáková, r. č. ${ambCat('pii', '885722/4838')}
Trvalý pobyt: Ostrava-Poruba, nájemní byt 2+1, nájemné 11 400 Kč
Telefon: ${phone('+420 604 218 937')}
Žádá o příspěvek na bydlení od dubna. Chybí potvrzení o příjmech za 1. čtvrtletí a vyúčtování služeb za rok 2024.`, 'Czech birth number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_sk', f`Potrebujem krátku SMS pre uchádzača, že skúška z autoškoly sa presúva. Meno: Martin Kováč, rodné číslo ${ambCat('pii', '790314/5129')}, telefón ${phone('0948 217 639', 'SK')}, e-mail ${v('pii.email', 'martin.kovac79@azet.sk')}. Nový termín: 9. apríla o 8:00, Trnava.`, 'Slovak birth number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_hu', f`Segíts megírni egy hiánypótlási felszólítást lakhatási támogatáshoz. Kérelmező: Szabó Erzsébet, született ${v('pii.date_of_birth', '1956. október 4.')}, TAJ-szám ${ambCat('pii', '048 271 932')}, telefon ${phone('+36 30 482 7193')}. Hiányzik a nyugdíjszelvény és a közös költség igazolása.`, 'Hungarian TAJ number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ro', f`Te rog scrie un e-mail de confirmare pentru programarea la examenul auto. Candidat: Andreea Ioana Popescu, CNP ${ambCat('pii', '2900714248171')}, telefon ${phone('0745 281 937', 'RO')}, e-mail ${v('pii.email', 'andreea.popescu90@yahoo.ro')}. Proba practică: 16 mai, ora 10:30, categoria B, Cluj-Napoca.`, 'Romanian CNP: no built-in rule (ambiguous, no rule id)'),

  rec('chat_bg', f`Направи ми таблица за митническата декларация при преместването. Клиент: Георги Петров Иванов, ЕГН ${ambCat('pii', '8711034281')}, тел. ${phone('+359 88 742 1936')}, имейл ${v('pii.email', 'g.p.ivanov@abv.bg')}. Маршрут: София → Мюнхен, 26 кашона, 2 велосипеда, пиано няма.`, 'Bulgarian EGN: no built-in rule (ambiguous, no rule id)'),

  rec('chat_sr', f`Pripremi kratak izveštaj za pilota o pacijentu za let Banja Luka → Beograd:
Ime: Dragan Nikolić, JMBG ${ambCat('pii', '1407985710232')}, rođen ${v('pii.date_of_birth', '14.07.1985.')}
Kontakt supruga: ${phone('+381 64 2841 937')}
Stanje: politrauma posle saobraćajne nesreće, intubiran, potrebna ventilacija tokom leta.`, 'Serbian JMBG: no built-in rule (ambiguous, no rule id)'),

  rec('chat_el', f`Μπορείς να γράψεις μια απάντηση στην αιτούσα για το επίδομα στέγασης; Στοιχεία: Μαρία Παπαδοπούλου, ΑΜΚΑ ${ambCat('pii', '14038527314')}, ημερομηνία γέννησης ${v('pii.date_of_birth', '14/03/1985')}, κινητό ${phone('697 318 2940', 'GR')}. Λείπει το μισθωτήριο συμβόλαιο από το ηλεκτρονικό σύστημα.`, 'Greek AMKA: no built-in rule (ambiguous, no rule id)'),

  rec('chat_tr', f`Araç sahibine muayene sonucunu bildiren kısa bir SMS metni yazar mısın? Bilgiler: Hüseyin Çelik, TC Kimlik No ${ambCat('pii', '52910384732')}, cep ${phone('0 (541) 837 20 46', 'TR')}. Araç ağır kusurlu çıktı (fren dengesizliği), 30 gün içinde tekrar muayene gerekiyor.`, 'Turkish T.C. kimlik number: no built-in rule (ambiguous, no rule id)'),

  rec('hr_he', f`תכין לי בבקשה מכתב קבלה לעבודה לעובדת החדשה בצוות ה-Physical Design:
שם: נועה בן-דוד
ת"ז: ${ambCat('pii', '318472958')}
תאריך לידה: ${v('pii.date_of_birth', '11.05.1994')}
טלפון: ${phone('054-7318264', 'IL')}
מייל: ${v('pii.email', 'noa.bendavid@gmail.com')}
תחילת עבודה: 1 ביוני, משרד חיפה`, 'Israeli ID number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ar', f`محتاج أكتب خطاب للسفارة عشان تأشيرة العميل اللي هننقل عفشه لدبي:
الاسم: أحمد محمود عبد الرحمن
الرقم القومي: ${ambCat('pii', '29507140103817')}
رقم جواز السفر: ${v('pii.passport', 'A28419370')}
الموبايل: ${phone('0122 318 4970', 'EG')}
ممكن تكتبه بالإنجليزي؟`, 'Egyptian national ID: no built-in rule (ambiguous, no rule id)'),

  rec('chat_fa', f`لطفاً این اطلاعات را برای فرم گمرک به انگلیسی ترجمه کن:
نام: سارا رحیمی
تاریخ تولد: ${v('pii.date_of_birth', '۱۳۶۸/۰۴/۲۲')}
شماره گذرنامه: ${v('pii.passport', 'E48217390')}
کد ملی: ${ambCat('pii', '0084729139')}
تلفن همراه: ${phone('۰۹۱۲ ۴۸۳ ۷۲۱۹', 'IR')}
مقصد: ونکوور، کانادا — ۲۲ کارتن وسایل شخصی`, 'Iranian national code: no built-in rule (ambiguous, no rule id); date of birth in the Solar Hijri calendar with Persian digits'),

  rec('chat_sw', f`Tafadhali niandikie ujumbe mfupi wa kumjulisha mkulima kwamba malipo ya kahawa yake ya daraja AA yametumwa. Jina: Wanjiru Kamau, kitambulisho ${ambCat('pii', '28471936')}, namba ya M-Pesa ${phone('0722 318 406', 'KE')}. Kilo 412 kwa shilingi 118 kwa kilo.`, 'Kenyan national ID number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_am', f`ለጅማ ቡና አቅራቢያችን አዲስ የውል ማሳወቂያ ኢሜይል ፃፍልኝ። ስም፡ ተስፋዬ ገብረመድህን፣ ስልክ ${phone('0911 327 845', 'ET')}፣ ኢሜይል ${v('pii.email', 'tesfaye.gm@ethionet.et')}። ውሉ 60 ኩንታል የታጠበ ቡና ነው።`),

  rec('chat_hi', f`नए इंजीनियर का ऑनबोर्डिंग ईमेल लिख दो, HR फॉर्म से डिटेल्स:
नाम: अनन्या राव
जन्म तिथि: ${v('pii.date_of_birth', '08-12-1996')}
आधार: ${v('pii.in_aadhaar', '4728 1936 0546')}
PAN: ${ambCat('pii', 'BQRPR4821K')}
मोबाइल: ${phone('+91 98452 17306')}
जॉइनिंग: 2 जून, बेंगलुरु डिज़ाइन सेंटर, टीम: DFT`, 'Indian PAN: a tax ID, no built-in rule (ambiguous, no rule id)'),

  rec('chat_bn', f`এই গ্রাহকের জন্য একটা বুকিং কনফার্মেশন লিখে দাও: নাম মোঃ রফিকুল ইসলাম, জাতীয় পরিচয়পত্র নম্বর ${ambCat('pii', '4618273950')}, পাসপোর্ট নম্বর ${v('pii.passport', 'EB0482917')}, মোবাইল ${phone('01819-372845', 'BD')}। ঢাকা থেকে কুয়ালালামপুর, ১৮টি কার্টন, ২৫ মে প্যাকিং।`, 'Bangladeshi NID: no built-in rule (ambiguous, no rule id)'),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งผู้สมัครสอบใบขับขี่ว่าต้องนำเอกสารอะไรมาบ้างครับ ข้อมูล: นางสาวพิมพ์ชนก ศรีสุข เลขประจำตัวประชาชน ${ambCat('pii', '1 1037 00482 91 1')} วันเกิด ${v('pii.date_of_birth', '5 มีนาคม 2543')} โทร ${phone('089 217 4836', 'TH')} สอบวันที่ 12 มิถุนายน`, 'Thai national ID: no built-in rule (ambiguous, no rule id); date of birth in the Buddhist era'),

  rec('chat_ms', f`Tolong susun maklumat pesakit ini dalam format borang pemindahan udara:
Nama: Nurul Aina binti Hassan
No. MyKad: ${ambCat('pii', '850714-10-5283')}
Tarikh lahir: ${v('pii.date_of_birth', '14 Julai 1985')}
Telefon waris (suami): ${phone('+60 12-483 7291')}
Dari Hospital Miri ke Hospital Umum Sarawak, Kuching. Kes obstetrik, stabil.`, 'Malaysian MyKad number: no built-in rule (ambiguous, no rule id)'),

  rec('hr_ja', f`新入社員の入社手続きメールを作ってください。
氏名：佐藤 美咲
生年月日：${v('pii.date_of_birth', '1995年8月19日')}
マイナンバー：${ambCat('pii', '4829 1736 0515')}
携帯：${phone('080-3172-9846', 'JP')}
メール：${v('pii.email', 'misaki.sato.0819@gmail.com')}
配属：検証チーム（横浜オフィス）、6月1日入社`, 'Japanese My Number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_zh_tw', f`請幫我寫一封簡短的通知信，告訴考生路考時間改了：
姓名：林雅婷
身分證字號：${ambCat('pii', 'A223847193')}
出生日期：${v('pii.date_of_birth', '民國85年3月2日')}
手機：${phone('0937-284-195', 'TW')}
新的路考時間：5月8日上午9點，台北市監理所`, 'Taiwanese national ID: no built-in rule (ambiguous, no rule id); date of birth in the Minguo calendar'),

  rec('case_note', f`Rewrite this case note for the tenant in plain English, and take out anything they shouldn't see:

HB/CTR claim 4471902 — Ms Kerry-Ann Walsh, DOB ${v('pii.date_of_birth', '30/11/1988')}, NINO ${v('pii.uk_nino', 'JK 72 49 18 C')}
Tel ${phone('07912 483726', 'GB')} / email ${v('pii.email', 'kerryann.walsh88@gmail.com')}
Change of circs: partner moved in 03/02, earns approx £1,900/month. Overpayment likely from 03/02. Landlord: Fairfield Housing Assoc. Refer to fraud? No — declared promptly.`),

  rec('intake_form', f`Relocation intake — US assignee
Employee: Daniel R. Whitaker
SSN: ${v('pii.us_ssn', '412-73-8190')}
Passport: ${v('pii.passport', '571384926')} (exp. 2031)
Personal email: ${v('pii.email', 'dan.whitaker.home@gmail.com')}
Cell: ${phone('+1 (617) 482-3917')}
Destination: Hamburg, Germany; family of 4; start 1 Aug

Which of these fields does the German immigration lawyer actually need? Draft the email with only those.`),

  rec('log_json', f`Booking API is throwing 409s for some candidates. Sample lines:

${amb('source_code.snippet', f`{"ts":"2025-03-11T09:12:44Z","lvl":"warn","msg":"slot conflict","candidate":"${v('pii.email', 'jamie.oduya@outlook.com')}","centre":"Wolverhampton","slot":"2025-04-02T10:14","client_ip":"${amb('pii.ip_address', '82.132.219.47')}"}
{"ts":"2025-03-11T09:12:51Z","lvl":"warn","msg":"slot conflict","candidate":"${v('pii.email', 'p.nowakowska@gmail.com')}","centre":"Wolverhampton","slot":"2025-04-02T10:14","client_ip":"${amb('pii.ip_address', '2a00:23c7:8e14:a901:d1f2:4a3b:9c0e:7b21')}"}`)}

Two people got the same slot within 7 seconds. Is this a missing row lock?`),

  rec('cv', f`Can you make my CV summary punchier? Applying for a senior DV role at a fabless startup.

PRIYA NAIR
${v('pii.email', 'priya.nair.dv@protonmail.com')} | ${phone('+44 7823 614 902')} | Cambridge, UK | github.com/pnair-dv

Summary: Verification engineer with 9 years experience in UVM and formal, worked on PCIe Gen5 and LPDDR5 controllers, led a team of 4, I have taped out 6 chips.`),

  rec('csv', f`Build me a call-out rota for April from this crew list (one doctor + one paramedic per shift, nobody more than 3 nights in a row):

${amb('source_code.snippet', f`name,role,base,mobile,email
Dr Fiona McLeod,doctor,Inverness,${phone('07700 318 245', 'GB')},${v('pii.email', 'f.mcleod@skyline-aeromed.co.uk')}
Dr Rahul Menon,doctor,Aberdeen,${phone('07839 274 106', 'GB')},${v('pii.email', 'r.menon@skyline-aeromed.co.uk')}
Craig Duncan,paramedic,Inverness,${phone('07411 582 937', 'GB')},${v('pii.email', 'c.duncan@skyline-aeromed.co.uk')}
Shona Baird,paramedic,Aberdeen,${phone('07954 803 612', 'GB')},${v('pii.email', 's.baird@skyline-aeromed.co.uk')}`)}`),

  rec('chat_es', f`Me puedes ayudar con la carta para el ayuntamiento? Un cliente británico se muda a Alicante y necesita empadronarse. Datos: Oliver James Kent, NIE ${v('pii.es_nie', 'X4827193E')}, pasaporte británico ${v('pii.passport', '538217490')}, teléfono ${phone('687 20 41 93', 'ES')}. Fecha de llegada de la mudanza: 3 de junio.`),

  rec('email_signature', f`Can you shorten this reply to the exporter? Keep my signature.

Thanks Kwame, the ICO certificates look fine, we'll release the payment once the weight notes are in.

Best,
Hannah Verhoeven
Senior Trader, Softs Desk
Verhagen & Cie Commodities
T ${phone('+41 79 482 17 36')} | M ${phone('+31 6 4829 1736')}
${v('pii.email', 'h.verhoeven@verhagen-cie.ch')}`),
];

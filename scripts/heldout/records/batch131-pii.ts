/**
 * Held-out batch 131: personal data in patient intake, volunteer records, customs declarations, pilot
 * rosters, costume fittings and residents' complaints, in many languages. Hand-written.
 */
import { brCpfFormatted, inAadhaarSpaced, itCodiceFiscale } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const aadhaar = inAadhaarSpaced;

const CPF1 = brCpfFormatted('483920175');
const CPF2 = brCpfFormatted('620394817');
const CF1 = itCodiceFiscale('RSSGLI88D52H501');
const CF2 = itCodiceFiscale('BNCMRC91T14F205');
const AADHAAR1 = aadhaar('48276193051');
const AADHAAR2 = aadhaar('73918264530');

export const BATCH131_PII: DraftRecord[] = [
  rec('intake_es_mx', f`Ficha de primera visita – Clínica Dental Infantil Dientecitos (Guadalajara)
Paciente: Santiago Herrera Ruiz
Fecha de nacimiento: ${dob('14/03/2018')}
Tutor: Mariana Ruiz Téllez
Celular del tutor: ${phone('+52 33 1482 9173')}
Correo: ${mail('mariana.ruiz.t@gmail.com')}
Alergias: penicilina

¿Puedes pasar esto a un mensaje de bienvenida para la mamá, sin la alergia?`),

  rec('intake_en_us', f`Summarise this intake for the hygienist:

Patient: Ava Thompson, DOB ${dob('07/22/2016')}
Guardian: Rachel Thompson (mother), cell ${phone('(312) 482-9173', 'US')}
Guardian SSN (for insurance subscriber): ${v('pii.us_ssn', '512-48-3907')}
Insurance: Delta Dental PPO, member ID DDX4829173
Notes: anxious with the drill, prefers the "tooth counting" game.`),

  rec('chat_de', f`Bitte formuliere eine Erinnerung an die Eltern für den Prophylaxe-Termin:
Kind: Leonie Bauer, geb. ${dob('03.09.2019')}
Mutter: Katrin Bauer, Tel. ${phone('0172 5839104', 'DE')}
Termin: Do, 16.01., 15:30 Uhr, Praxis Kinderzahnwelt München-Pasing`),

  rec('hr_de', f`Neuer Drohnenpilot, bitte Personalbogen auf Vollständigkeit prüfen:
Name: Tobias Lindner
Geburtsdatum: ${dob('11.06.1992')}
Steuer-ID: ${v('pii.de_steuer_id', '47182936541')}
Mobil: ${phone('+49 171 4829307')}
Fernpilotenzeugnis A2: DEU-RP-8f3k2m9x1q
Reisepass-Nr.: ${v('pii.passport', 'C7KL39X2T')}`),

  rec('chat_fr', f`Rédige l'attestation de bénévolat pour Mme Claire Dubois, écoutante depuis mars 2022 sur la ligne d'écoute. Pour le dossier de la mutuelle elle m'a donné : n° de sécu ${v('pii.fr_nir', '2 91 03 75 056 218 05')}, née le ${dob('3 mars 1991')}.`),

  rec('form_es', f`Solicitud de despacho aduanero – importador persona física
Nombre: Javier Montoya Llorente
DNI: ${v('pii.es_dni', '48271935H')}
Teléfono: ${phone('+34 612 483 907')}
Correo: ${mail('jmontoya.llorente@telefonica.net')}
Mercancía: repuestos de motocicleta (origen Japón)

¿Falta algo para presentar el DUA?`),

  rec('chat_es', f`Hola, una voluntaria nueva de la línea de escucha es de Colombia y todavía no tiene DNI, solo NIE: ${v('pii.es_nie', 'Y2750816F')}. ¿Cómo la doy de alta en el seguro de voluntariado? Se llama Valentina Ospina.`),

  rec('chat_it', f`Ciao, devo registrare la nuova sarta a chiamata nel gestionale del teatro. Codice fiscale ${v('pii.it_codice_fiscale', CF1)}, cellulare ${phone('+39 347 829 1640')}. Mi controlli se il codice fiscale è coerente con la data di nascita (${amb('pii.date_of_birth', '12 aprile 1988')})?`, 'the birth date after "data di nascita" made ambiguous after the measurement: a label fix (its author left it unlabelled)'),

  rec('letter_nl', f`Beste mevrouw Visser,

Hierbij bevestigen wij uw aanmelding als vrijwilliger bij de Luisterlijn. Voor de VOG-aanvraag hebben wij genoteerd:
BSN: ${v('pii.nl_bsn', '273918461')}
Geboortedatum: ${dob('22 augustus 1975')}
Telefoon: ${phone('+31 6 38291746')}

Met vriendelijke groet,
Coördinatie vrijwilligers

Kun je dit korter en warmer maken?`),

  rec('chat_hi_en', f`Bhaiya, customs broker ko importer ka KYC bhejna hai. Aadhaar ${v('pii.in_aadhaar', AADHAAR1)}, naam Rohit Deshmukh, mobile ${phone('+91 98482 91736')}. Ye WhatsApp pe bhej du ya email better hai?`),

  rec('chat_pt_br', f`Oi! Preciso cadastrar o novo motorista do caminhão de coleta seletiva. Dados: Anderson Lima, CPF ${v('pii.br_cpf', CPF1)}, nascido em ${dob('02/05/1986')}, celular ${phone('(11) 98273-4615', 'BR')}. Pode montar um texto de boas-vindas pra equipe da rota Zona Leste?`),

  rec('payroll_ca', f`Can you fill in the T4 summary note for our Montreal drone pilot?
Name: Étienne Gagnon
SIN: ${v('pii.ca_sin', '273 819 466')}
Phone: ${phone('+1 514 382 7491')}
Email: ${mail('etienne.gagnon@pylonix.ca')}`),

  rec('clinic_uk', f`Referral letter to the community dental service – please tidy the wording:

Child: Oliver Hughes   NHS No: ${v('pii.uk_nhs_number', '485 193 7202')}   DOB: ${dob('18/11/2017')}
Parent: Gemma Hughes, ${phone('07839 204716', 'GB')}
Reason: multiple carious lesions, needs GA assessment. Previous extraction 2023.`),

  rec('volunteer_uk', f`DBS application checklist for new listener volunteer:
Name: Priya Sandhu
NI number: ${v('pii.uk_nino', 'JT 48 29 15 C')}
Date of birth: ${dob('29 January 1998')}
Email: ${mail('priya.sandhu98@outlook.com')}
Mobile: ${phone('07839 204716', 'GB')}
Which documents from group 1 do we still need?`),

  rec('passport_ru', f`Помогите составить письмо в консульство. Наш пилот дрона летит на инспекцию ЛЭП в Казахстан:
ФИО: Смирнов Андрей Викторович
Дата рождения: ${dob('17.08.1989')}
Загранпаспорт: ${v('pii.passport', '75 4829173')}
Телефон: ${phone('+7 916 482-93-17')}`),

  rec('chat_uk', f`Доброго дня! Волонтерка лінії підтримки Олена Коваль змінила номер телефону, новий: ${phone('+380 67 482 9173')}, пошта ${mail('olena.koval@ukr.net')}. Допоможіть написати коротке повідомлення координаторам змін.`),

  rec('fitting_fr', f`Fiche d'essayage – Carmen, acte I
Artiste : Sofia Marchetti (mezzo)
Tour de poitrine 92 / taille 71 / hanches 98 / pointure 38
Agent : ${mail('booking@voce-artists.it')} · ${phone('+39 347 829 1640')}
Date de naissance (assurance costumes) : ${dob('05/10/1987')}

Peux-tu transformer ça en tableau propre pour l'atelier ?`),

  rec('chat_el', f`Γεια σας! Στο βεστιάριο της όπερας ήρθε νέα μοδίστρα. Στοιχεία: Ελένη Παπαδοπούλου, κινητό ${phone('+30 694 829 1736')}, email ${mail('eleni.papadopoulou@yahoo.gr')}. Μπορείτε να γράψετε ένα μήνυμα καλωσορίσματος;`),

  rec('complaint_pl', f`Skarga mieszkańca – nieodebrane odpady wielkogabarytowe
Zgłaszający: Marek Zieliński
ul. Lipowa 14/3, 20-021 Lublin
Tel.: ${phone('+48 601 293 847')}
E-mail: ${mail('marek.zielinski71@wp.pl')}
"Trzeci raz zgłaszam, kanapa stoi od 2 tygodni."

Napisz uprzejmą odpowiedź z nowym terminem odbioru (czwartek).`),

  rec('complaint_cs', f`Občan si stěžuje, že popelářský vůz poškodil jeho plot. Kontakt: Jan Novák, ${phone('+420 604 829 173')}, ${mail('jan.novak.brno@seznam.cz')}. Pomůžeš mi napsat odpověď s omluvou a postupem pro pojistnou událost?`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-02T07:14:33Z","svc":"bulky-waste-booking","evt":"booking_created","resident":{"name":"Ingrid Halvorsen","email":"${mail('ingrid.halvorsen@online.no')}","phone":"${phone('+47 412 83 956')}"},"client_ip":"${ip('84.212.73.19')}","slot":"2024-12-05T08:00"}`)}

Is it OK that our booking log contains the resident's contact details? What's the minimum we need?`),

  rec('csv', f`${amb('source_code.snippet', f`pilot_id;name;dob;licence;mobile
P-031;Lars Eriksson;${dob('1990-02-14')};SE-RP-7k2m9x4q;${phone('+46 70 482 91 73')}
P-032;Mikko Virtanen;${dob('1988-09-30')};FI-RP-3n8v1c6z;${phone('+358 40 829 1736')}
P-033;Kristjan Tamm;${dob('1994-12-01')};EE-RP-9w4t2h7b;${phone('+372 5382 9174')}`)}

Sort the pilots by licence expiry (I'll add the column) and tell me who is under 30.`),

  rec('chat_tr', f`Merhaba, gümrük müşavirimiz ithalatçı şahsın bilgilerini istedi: Ayşe Demir, doğum tarihi ${dob('21.04.1983')}, cep ${phone('0532 817 40 26', 'TR')}, e-posta ${mail('ayse.demir83@hotmail.com')}. Bunları e-postayla göndermek KVKK açısından sorun olur mu?`),

  rec('chat_ar', f`مرحباً، أحتاج إلى رسالة ترحيب لمتطوع جديد في خط الدعم النفسي: الاسم: يوسف العلي، الهاتف: ${phone('+971 50 482 9173')}، البريد: ${mail('yousef.alali@gmail.com')}. اجعلها دافئة وقصيرة.`),

  rec('chat_he', f`שלום, צריך לעדכן את פרטי ההורה במרפאת השיניים לילדים: אמא – נועה לוי, נייד ${phone('054-829-1736', 'IL')}, מייל ${mail('noa.levi@walla.co.il')}. הילד: איתי, נולד ב-${dob('12.02.2019')}. תנסח הודעת אישור קצרה.`),

  rec('chat_fa', f`سلام، برای پرونده گمرکی یک واردکننده این اطلاعات را دارم: نام: مریم رضایی، شماره پاسپورت: ${v('pii.passport', 'Z48291736')}، تلفن همراه: ${phone('+98 912 482 9173')}. لطفاً یک ایمیل رسمی به انگلیسی بنویس که مدارک ناقص را درخواست کند.`),

  rec('chat_ta', f`வணக்கம், எங்கள் குழந்தைகள் பல் மருத்துவமனையில் புதிய நோயாளி: ஆர்யா, பிறந்த தேதி ${dob('09-06-2020')}, அம்மா கைபேசி ${phone('+91 94432 81736')}. சந்திப்பு நினைவூட்டல் SMS தமிழில் எழுதித் தர முடியுமா?`),

  rec('chat_bn', f`হ্যালো, আমাদের ড্রোন পরিদর্শন দলের নতুন টেকনিশিয়ানের তথ্য: নাম রফিকুল ইসলাম, মোবাইল ${phone('+880 1712-482917')}, ইমেইল ${mail('rafiqul.islam@pylonix.com.bd')}। একটা স্বাগত বার্তা লিখে দিন।`),

  rec('chat_th', f`สวัสดีครับ ผู้ร้องเรียนเรื่องรถขยะไม่มาเก็บ ชื่อ สมชาย ใจดี เบอร์ ${phone('081-382-9174', 'TH')} ช่วยร่างข้อความตอบกลับขอโทษและแจ้งวันเก็บใหม่ให้หน่อยครับ`),

  rec('chat_vi', f`Chào bạn, khách hàng nhập khẩu cá nhân: Trần Minh Tuấn, số hộ chiếu ${v('pii.passport', 'C4829173')}, điện thoại ${phone('+84 912 482 917')}. Viết giúp mình email xác nhận đã nhận hồ sơ thông quan nhé.`),

  rec('chat_zh', f`你好，我们儿童牙科诊所新来的小患者：王子涵，出生日期 ${dob('2019年5月8日')}，家长电话 ${phone('+86 138 2918 4736')}。请帮我写一条预约提醒短信。`),

  rec('chat_ko', f`안녕하세요, 오페라 의상팀 새 재봉사 정보입니다: 김지은, 생년월일 ${dob('1993년 7월 15일')}, 연락처 ${phone('010-3829-4716', 'KR')}, 이메일 ${mail('jieun.kim93@naver.com')}. 입사 안내 메일 초안 부탁드려요.`),

  rec('chat_ka', f`გამარჯობა, ნაგვის გატანის სამსახურს დაუკავშირდა მოქალაქე: ნინო ბერიძე, ტელ. ${phone('+995 599 48 29 17')}. დამეხმარეთ ბოდიშის წერილის დაწერაში, რომ კონტეინერი ორი კვირაა არ დაცლილა.`),

  rec('chat_hy', f`Բարև, մաքսային միջնորդի համար պետք է ներմուծողի տվյալները՝ Արամ Պետրոսյան, անձնագիր ${v('pii.passport', 'AT0482917')}, հեռ. ${phone('+374 91 482917')}։ Խնդրում եմ գրել պաշտոնական նամակ անգլերենով։`),

  rec('chat_am', f`ሰላም፣ የአዲስ በጎ ፈቃደኛ መረጃ፦ ስም ሄኖክ ተስፋዬ፣ ስልክ ${phone('+251 91 148 2917')}፣ ኢሜይል ${mail('henok.tesfaye@gmail.com')}። የእንኳን ደህና መጣህ መልእክት በአማርኛ ጻፍልኝ።`),

  rec('chat_sw', f`Habari, tunahitaji kumsajili rubani mpya wa drone kwa ukaguzi wa nyaya za umeme Nairobi: jina Brian Otieno, simu ${phone('+254 712 482917')}, barua pepe ${mail('brian.otieno@pylonix.co.ke')}. Niandikie ujumbe mfupi wa kumkaribisha.`),

  rec('chat_en_in', f`Customs KYC for the Chennai importer, please check completeness:
Name: Lakshmi Narayanan
Aadhaar: ${v('pii.in_aadhaar', AADHAAR2)}
Passport: ${v('pii.passport', 'V4829173')}
DOB: ${dob('04/11/1979')}
IEC: 0415829371`),

  rec('chat_it', f`Scrivi una mail di benvenuto per il nuovo autista della raccolta porta a porta: Marco Bianchi, codice fiscale ${v('pii.it_codice_fiscale', CF2)}, tel. ${phone('+39 347 829 1640')}. Turno dal lunedì, partenza dal deposito di via Dante alle 5:30.`),

  rec('chat_pt_br', f`Tem como revisar esse cadastro de voluntária do CVV? Nome: Juliana Costa, CPF ${v('pii.br_cpf', CPF2)}, e-mail ${mail('juliana.costa.sp@uol.com.br')}. Quero mandar junto com o termo de adesão.`),

  rec('chat_sv', f`Kan du skriva ett kort välkomstmejl till vår nya volontär i stödlinjen? Namn: Elin Sjöberg, personnummer ${ambCat('pii', '980317-4826')}, telefon ${phone('+46 70 482 91 73')}.`, 'Swedish personnummer: personal, but no built-in rule claims it'),
];

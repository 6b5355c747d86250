/**
 * Held-out batch 40: personal data in clinic intake notes and referrals, pet-insurance claims,
 * library patron records, bank KYC files, mine HR sheets and trust-and-safety reports — in English,
 * Spanish, Portuguese, French, Haitian Creole, Quechua, Aymara, Catalan, Czech, Ukrainian, Russian,
 * Hebrew, Arabic and Vietnamese. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH40_PII: DraftRecord[] = [
  rec('intake_note', f`Can you turn this front-desk intake note into a clean summary for the nurse practitioner? Keep the billing bit separate.

New patient – Marigold Women's Health, Evanston
Name: Keisha Danielle Morrow
DOB: ${v('pii.date_of_birth', '04/17/1986')}
Cell: ${phone('(773) 918-2046', 'US')}   Email: ${v('pii.email', 'keisha.morrow86@gmail.com')}
Reason for visit: annual well-woman exam, wants to discuss IUD removal
Insurance: BCBS IL PPO — subscriber is spouse; self-pay balance from 2023 to be billed under SSN ${v('pii.us_ssn', '518-47-2936')}
Preferred pharmacy: Walgreens on Chicago Ave`),

  rec('referral_letter', f`Please rewrite this referral in plainer English so the patient can read her copy:

Dear Colleague,
Re: Mrs Harriet Oyelaran   NHS number: ${v('pii.uk_nhs_number', '485 372 9100')}   DOB: ${v('pii.date_of_birth', '12/09/1979')}
Mobile: ${phone('07384 291 605', 'GB')}
Thank you for seeing this 45-year-old lady with a 7-month history of heavy menstrual bleeding, Hb 98 g/L on 28/11. Ultrasound suggests a 4 cm intramural fibroid. She would like to discuss options other than hysterectomy.
Kind regards,
Dr R. Pemberton, Marigold Women's Health – Leeds`),

  rec('hr_onboarding', f`Draft a welcome e-mail for our new branch assistant; the HR details are just so you know who it is, don't put them in the mail:

Employee: Gurpreet Sandhu
SIN: ${v('pii.ca_sin', '527 381 941')}
Personal email: ${v('pii.email', 'gsandhu.reads@outlook.com')}
Phone: ${phone('(647) 382-9105', 'CA')}
Start: Jan 6, Brampton Four Corners branch, 0.6 FTE`),

  rec('claim_pt', f`Pode resumir esse pedido de reembolso para o analista de sinistros?

Tutor: Rafael Monteiro Dias
CPF: ${v('pii.br_cpf', '529.183.740-32')}
Celular: ${phone('+55 11 97413-2860')}
E-mail: ${v('pii.email', 'rafa.mdias@uol.com.br')}
Pet: Thor, golden retriever, 6 anos
Atendimento: 18/11/2024 – Hospital Veterinário Vila Mariana, cirurgia de ligamento cruzado, R$ 7.480,00
Observação: já enviou nota fiscal e laudo, falta o raio-X.`),

  rec('email_es', f`Hola, ¿me ayudas a contestar a esta clienta? Quiere saber por qué le hemos denegado el reembolso.

De: Ainhoa Etxeberria <${v('pii.email', 'ainhoa.etxeberria@gmail.com')}>
Asunto: Reclamación Luna – póliza BP-ES-005402

Buenos días, soy la titular de la póliza (DNI ${v('pii.es_dni', '48291736Q')}). A Luna la operaron de urgencia el 2 de noviembre y me dicen que no cubre porque es una enfermedad preexistente. Es la primera vez que tiene algo así. Llámenme al ${phone('655 20 41 87', 'ES')}, por favor.`),

  rec('clinic_es', f`Necesito una carta para que la paciente pueda justificar la ausencia en el trabajo:

Paciente: Valentina Rossi Acosta
NIE: ${v('pii.es_nie', 'Y7293148T')}
Teléfono: ${phone('+34 612 384 907')}
Asistió el 5/12/2024 a consulta de ginecología de 9:30 a 12:15 (incluye ecografía transvaginal).
Centro: Clínica Marigold Chamberí, Madrid`),

  rec('clinic_fr', f`Peux-tu rédiger un courrier de prise en charge pour la mutuelle ?

Patiente : Mme Camille Lefort, née le ${v('pii.date_of_birth', '11 février 1985')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 02 69 123 045 63')}
Tél. : ${phone('06 71 38 29 40', 'FR')}
Acte : hystéroscopie diagnostique programmée le 9 janvier 2025, Centre Marigold Paris 15e.`),

  rec('kyc_fr_cm', f`Bonjour, vérifie-moi si le dossier KYC de ce nouveau client importateur est complet :

Raison sociale : Ets Fotso & Fils Import-Export
Gérant : M. Jean-Blaise Fotso Kamga
CNI n° ${ambCat('pii', '114829307')} délivrée à Bafoussam le 03/02/2019
Né le ${v('pii.date_of_birth', '21/08/1972')}
Tél. : ${phone('+237 699 41 27 83')}
Courriel : ${v('pii.email', 'fotsoimport@yahoo.fr')}
Registre du commerce : RC/DLA/2011/B/2384`, 'Cameroonian national ID card number: personal, no built-in rule claims it'),

  rec('callback_ht', f`Tradui lis sa a an franse pou doktè a, tanpri. Se pasyan nou dwe rele demen pou rezilta yo:

1. Roseline Pierre-Louis, fèt ${v('pii.date_of_birth', '02/03/1994')}, telefòn ${phone('+509 3681 2047')}
2. Widline Jean-Baptiste, fèt ${v('pii.date_of_birth', '15/11/1988')}, telefòn ${phone('+509 4712-3380')}
3. Nadège Célestin – pa gen telefòn, vin lakay li (Delmas 33)`),

  rec('library_co', f`Hola, necesito un mensaje de bienvenida para un usuario nuevo de la red de bibliotecas. Te paso la ficha de inscripción:

Nombre: Andrés Felipe Cárdenas Ruiz
Cédula: ${ambCat('pii', '1.020.784.316')}
Celular: ${phone('300 812 4957', 'CO')}
Correo: ${v('pii.email', 'andresf.cardenas@gmail.com')}
Biblioteca de inscripción: Biblioteca Pública Piloto, Medellín`, 'Colombian cédula: personal, no built-in rule claims it'),

  rec('clinic_es_bo', f`Ayúdame a escribir un SMS corto para recordarle la cita a esta paciente:

Paciente: Wara Mamani Quispe
CI: ${ambCat('pii', '6184927 LP')}
Cel.: ${phone('+591 72958143')}
Cita: control prenatal, martes 10 de diciembre, 8:00, Centro de Salud Marigold – El Alto, Distrito 3`, 'Bolivian cédula de identidad: personal, no built-in rule claims it'),

  rec('library_qu', f`Kay willakuyta castellanoman tikraykuy, biblioteca kamachiqman apachinapaq:

"Wayna Kusi Huamán sutiyoq runa chunka p'unchawña libroykunata mana kutichinchu. Celularninman waqyarqani ${phone('+51 974 215 836')} nisqaman, mana kutichinchu. Wasinqa Santiago barriopin, Qosqopi."`),

  rec('outreach_ay', f`Aka aymara arut qillqt'ata, castellano aruru jaqukipt'ita, promotora de saludan qillqatapa:

"Qhantati Condori kullakaxa jan laboratorio uñjañaru jutkiti. Jupan celularapa: ${phone('76184920', 'BO')}. Jichha simanaxa wasitat jawsaña, Achacachi markana."`),

  rec('csv_ca', f`Em pots treure d'aquesta exportació els usuaris que tenen préstecs vençuts de més de 30 dies i preparar-los un correu de recordatori?

${amb('source_code.snippet', f`carnet;nom;correu;telefon;dies_vencut
08-004127;Pau Vilaró Serra;${v('pii.email', 'pau.vilaro@gmail.com')};${phone('+34 655 20 41 87')};42
08-004311;Montserrat Bosch;${v('pii.email', 'mbosch63@yahoo.es')};${phone('93 482 17 60', 'ES')};12
08-005020;Oriol Camps Ferrer;${v('pii.email', 'oriol.camps@xtec.cat')};${phone('634 712 985', 'ES')};57`)}`),

  rec('clinic_cs', f`Můžeš z toho udělat stručnou zprávu pro praktického lékaře?

Pacientka: Tereza Nováková
Rodné číslo: ${ambCat('pii', '885612/4417')}
Tel.: ${phone('+420 777 284 193')}
E-mail: ${v('pii.email', 'tereza.novakova@seznam.cz')}
Diagnóza: N80.1 endometrióza vaječníku, plánována laparoskopie 14. 1. 2025 (Gynekologie Marigold Brno).`, 'Czech rodné číslo: personal, no built-in rule claims it'),

  rec('kyc_uk', f`Перевір, будь ласка, чи повний пакет документів директора компанії-імпортера для відкриття акредитива:

ПІБ: Коваленко Олег Вікторович
Дата народження: ${v('pii.date_of_birth', '14.06.1977')}
Закордонний паспорт: ${v('pii.passport', 'FX482917')}, дійсний до 2031 р.
Телефон: ${phone('+380 93 714 2058')}
Посада: директор ТОВ «Агроімпорт-Схід»`),

  rec('hr_ru', f`Сделай, пожалуйста, приветственное письмо новой сотруднице отдела модерации. Данные из анкеты (в письмо не включать):

ФИО: Смирнова Дарья Алексеевна
Дата рождения: ${v('pii.date_of_birth', '09.02.1996')}
СНИЛС: ${ambCat('pii', '128-473-902 61')}
Телефон: ${phone('+7 903 718-42-69')}
Личная почта: ${v('pii.email', 'd.smirnova96@yandex.ru')}`, 'Russian SNILS: personal, no built-in rule claims it'),

  rec('clinic_he', f`תסכם לי את הפרטים האלה למכתב הפניה לבדיקת ממוגרפיה:

שם המטופלת: מיכל אברהמי
ת.ז.: ${ambCat('pii', '318472956')}
תאריך לידה: ${v('pii.date_of_birth', '23/07/1971')}
טלפון נייד: ${phone('054-7318264', 'IL')}
סיבת ההפניה: בדיקה שגרתית, היסטוריה משפחתית של סרטן שד (אם).`, 'Israeli teudat zehut: personal, no built-in rule claims it'),

  rec('clinic_ar', f`ممكن تكتب لي رسالة تأكيد موعد للمريضة باللغة العربية؟ هذه بياناتها:

الاسم: مريم عبدالله الكعبي
رقم الهوية الإماراتية: ${ambCat('pii', '784-1990-4827361-5')}
الهاتف: ${phone('+971 56 718 2934')}
البريد الإلكتروني: ${v('pii.email', 'maryam.alkaabi90@hotmail.com')}
الموعد: الأحد 15 ديسمبر الساعة 10:30، عيادة مريجولد – جميرا`, 'Emirates ID number: personal, no built-in rule claims it'),

  rec('kyc_vi', f`Anh ơi, em cần xác minh thông tin nhà sáng tạo nội dung để nhận tiền doanh thu. Anh kiểm tra giúp em hồ sơ này có thiếu gì không:

Họ tên: Nguyễn Thị Thu Hằng
Số CCCD: ${ambCat('pii', '079196018243')}
Ngày sinh: ${v('pii.date_of_birth', '12/03/1996')}
SĐT: ${phone('0912 384 715', 'VN')}
Email: ${v('pii.email', 'thuhang.creator@gmail.com')}
Kênh: "Hằng Nấu Ăn" – 412 nghìn người theo dõi`, 'Vietnamese citizen ID (CCCD): personal, no built-in rule claims it'),

  rec('report_json', f`Can you summarise what this user report says and whether it meets the harassment policy threshold?

${amb('source_code.snippet', f`{
  "report_id": "rpt_01JE7K2M4XQ9",
  "reported_channel": "ch_77ab20f1",
  "category": "harassment_targeted",
  "reporter": { "user_id": "u_4819203", "email": "${v('pii.email', 'jordan.pike.art@gmail.com')}", "ip": "${amb('pii.ip_address', '73.162.48.201')}" },
  "evidence": [
    { "type": "comment", "video_id": "v_9KqZ2", "timestamp": "00:14:32", "text": "we know where you live, see you at the con" }
  ],
  "created_at": "2024-12-05T22:41:07Z"
}`)}`),

  rec('hr_en_zm', f`Please put these details into the standard next-of-kin form format for the shaft maintenance crew file:

Employee: Mwila Bwalya Chisenga, Fitter Grade 2, Shaft No. 3
NRC: ${ambCat('pii', '218374/61/1')}
Date of birth: ${v('pii.date_of_birth', '3 October 1989')}
Mobile: ${phone('0977 218 364', 'ZM')}
Next of kin: Chileshe Chisenga (wife), ${phone('+260 955 381 742')}
Residence: House 14, Chamboli, Kitwe`, 'Zambian NRC: personal, no built-in rule claims it'),

  rec('payroll_gb', f`Can you check this new starter form for our Croydon library before I send it to payroll?

Name: Oluwaseun Adebayo-Hart
National Insurance: ${v('pii.uk_nino', 'JK 48 27 19 C')}
Personal email: ${v('pii.email', 'seun.adebayohart@btinternet.com')}
Start date: 13/01/2025
Hours: 22.5 per week, Library Assistant (Grade 3)`),

  rec('w4', f`Fill in a quick checklist of what's still missing for this new hire on the T&S team (Austin office):

Name: Tyler J. Nguyen
SSN: ${v('pii.us_ssn', '302-81-4475')}
DOB: ${v('pii.date_of_birth', '1993-02-08')}
Address: 4812 Avenue F, Austin TX 78751
W-4: received, filing status single
I-9: List A doc missing`),

  rec('referral_ca', f`Rewrite this fax cover for the fertility clinic, more professional:

Patient: Émilie Gagnon-Roy   DOB: ${v('pii.date_of_birth', '1988-11-30')}
OHIP: ${ambCat('pii', '4829 173 605 KT')}
Phone: ${phone('(514) 862-4071', 'CA')}
Referring: Dr. S. Whitlock, Marigold Women's Health Ottawa
Reason: 14 months trying to conceive, AMH low-normal.`, 'Ontario health card number: personal, no built-in rule claims it'),

  rec('clinic_pt', f`Oi, me ajuda a escrever o e-mail de envio do resultado do papanicolau? Tem que ser bem acolhedor.

Paciente: Juliana Barbosa Teixeira
CPF: ${v('pii.br_cpf', '740.261.935-43')}
Data de nascimento: ${v('pii.date_of_birth', '22/06/1990')}
E-mail: ${v('pii.email', 'ju.barbosa.teixeira@gmail.com')}
Resultado: negativo para lesão intraepitelial ou malignidade.`),

  rec('le_response', f`Draft the cover letter for our response to this subpoena (Case No. 24-CR-1187, Travis County). Records responsive:

Account: @nightowl_clips (channel ch_1f83e2a0)
Registered email: ${v('pii.email', 'nightowl.clips2019@proton.me')}
Verified phone: ${phone('+1 617 482 9173')}
Last login IPs: ${amb('pii.ip_address', '98.217.40.113')} (2024-11-29 03:12 UTC), ${amb('pii.ip_address', '2601:18f:8b00:4c1::2a')} (2024-11-30 19:45 UTC)
Account created: 2019-06-14`),

  rec('kyc_fr_ht', f`Bonjour, j'ai besoin d'un résumé de ce dossier d'ouverture de compte pour le comité :

Client : M. Réginald Dorvilien
Passeport haïtien n° ${v('pii.passport', 'RD4829173')}
NIF : ${ambCat('pii', '004-829-173-6')}
Téléphone : ${phone('+509 3712 4580')}
Activité : importation de riz et d'huile, Port-au-Prince, chiffre d'affaires déclaré 2,1 M USD`, 'Haitian NIF: personal, no built-in rule claims it'),

  rec('signature', f`can you make my email signature shorter? current one:

Priya Raman-Holt
Senior Trade Finance Operations Analyst | Documentary Credits & Guarantees
Halvard Commercial Bank plc, 20 Mincing Lane, London EC3R 7AP
Direct: ${phone('+44 20 3318 4729')} | Mobile: ${phone('+44 7823 415962')}
${v('pii.email', 'priya.ramanholt@halvardbank.com')}
Please consider the environment before printing this e-mail.`),

  rec('signature_ar', f`حسّن لي التوقيع هذا وخلّه بالعربي والإنجليزي:

خالد سعيد المري
مدير علاقات – التمويل التجاري
بنك هالفارد التجاري – فرع الدوحة
جوال: ${phone('+974 5512 8347')}
هاتف المكتب: ${phone('+966 50 482 1937')}
البريد: ${v('pii.email', 'k.almarri@halvardbank.qa')}`),

  rec('csv_es_co', f`Necesito ordenar estas citas por sede y hora para la agenda de mañana:

${amb('source_code.snippet', f`sede,hora,paciente,telefono,correo,servicio
Cali Norte,07:40,Yuliana Mosquera,${phone('+57 315 276 4018')},${v('pii.email', 'yuli.mosquera@hotmail.com')},citología
Cali Norte,08:20,Daniela Ospina,${phone('+57 310 482 7391')},${v('pii.email', 'daniela.ospina.r@gmail.com')},control prenatal
Cali Sur,07:30,María Camila Gómez,${phone('+57 601 743 2918')},${v('pii.email', 'mcgomez@uao.edu.co')},ecografía`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-06T08:14:55.201Z","svc":"account-recovery","event":"otp_sent","user_id":"u_9910274","email":"${v('pii.email', 'marcus.whitfield@icloud.com')}","phone":"${phone('+18724156093')}","ip":"${amb('pii.ip_address', '174.63.210.88')}","risk":"high","reason":"new_device+geo_jump"}
{"ts":"2024-12-06T08:15:31.877Z","svc":"account-recovery","event":"otp_failed","user_id":"u_9910274","attempt":3}`)}

Is this an account-takeover pattern? What should the T&S agent check?`),

  rec('rgpd_fr', f`Aide-moi à répondre à cette demande d'accès RGPD :

« Bonjour, je souhaite obtenir une copie de toutes les données que vous détenez sur moi, y compris l'historique de visionnage et les signalements me concernant. Mon compte est associé à l'adresse ${v('pii.email', 'l.marchetti@free.fr')}, je suis née le ${v('pii.date_of_birth', '08/04/1991')} et mon numéro est le ${phone('+33 7 81 24 65 09')}. Lucie Marchetti »`),

  rec('tsv_en_zm', f`Sort this contractor call-out list by trade and flag anyone without an email:

${amb('source_code.snippet', f`name\ttrade\tcompany\tmobile\temail
Bupe Kangwa\tboilermaker\tKitwe Heavy Fab\t${phone('+260 977 483 192')}\t${v('pii.email', 'bupe.kangwa@kitweheavyfab.co.zm')}
Joseph Phiri\telectrician (HV)\tCopperbelt Power Svcs\t${phone('+260 966 218 734')}\t
Natasha Zulu\thydraulics\tHydroServe Zambia\t${phone('0977 483 192', 'ZM')}\t${v('pii.email', 'n.zulu@hydroserve.co.zm')}`)}`),

  rec('visa_letter_ru', f`Помоги составить письмо-приглашение для визы. Данные гостя:

Иванов Сергей Петрович, дата рождения ${v('pii.date_of_birth', '19.11.1981')}
Заграничный паспорт № ${v('pii.passport', '75 1839274')}, выдан 12.03.2022
Цель поездки: аудит системы модерации контента, офис в Лиссабоне, 20–24 января 2025 г.`),

  rec('library_es', f`Hola, ¿me redactas el texto de confirmación del carné de biblioteca para esta usuaria?

Nombre: Irene Salcedo Vidal
DNI: ${v('pii.es_dni', '53810294T')}
Fecha de nacimiento: ${v('pii.date_of_birth', '30 de marzo de 2001')}
Correo: ${v('pii.email', 'irene.salcedo.vidal@gmail.com')}
Biblioteca: Biblioteca Pública Municipal de Zaragoza – Cubit`),

  rec('claim_ca', f`Summarize this claim note for the adjuster; leave the owner's contact info out of the summary:

Policyholder: Dana Whitecloud, ${phone('(204) 947-3318', 'CA')}, ${v('pii.email', 'dana.whitecloud@shaw.ca')}
Pet: Moose, 4 y/o Bernese mountain dog
Vet: Pembina Veterinary Hospital, Winnipeg — gastropexy + foreign body removal, CA$5,912.40
Note: owner says symptoms started Nov 2, policy effective Oct 28 (14-day illness waiting period!)`),
];

/**
 * Held-out batch 62: personal data in patient intakes, winner files, applicant records, service
 * tickets, HR notes, logs and signatures from the six batch-62 workplaces, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH62_PII: DraftRecord[] = [
  rec('intake', f`Can you turn this intake into a short referral letter to the ENT?

NEW PATIENT – Hearing Health Partners, Cambridge MA
Name: Walter J. Pruitt
DOB: ${v('pii.date_of_birth', '04/17/1946')}
SSN (Medicare crossover): ${v('pii.us_ssn', '512-48-3097')}
Phone: ${phone('(617) 842-3390', 'US')}
Email: ${v('pii.email', 'wpruitt46@comcast.net')}
Complaint: sudden drop in right ear after flight, 3 weeks ago, tinnitus R>L.
Audiogram: R moderate-severe SNHL 2–8 kHz, L mild.`),

  rec('referral_uk', f`Please tidy this into a GP letter:

Patient: Maureen Collier   NHS no. ${v('pii.uk_nhs_number', '682 793 6333')}   D.O.B. ${v('pii.date_of_birth', '23/02/1951')}
Seen in our Leeds clinic 28/01. Bilateral presbycusis, existing NHS BTE aids 6 years old, feedback on L. Fitted new aids, real-ear verified. Daughter's mobile for follow-up: ${phone('07723 418596', 'GB')}.`),

  rec('hr_de', f`Bitte erstelle aus diesen Stammdaten eine Checkliste für die Lohnbuchhaltung (neue Hörakustikerin in der Filiale Lüneburg):

Name: Svenja Hollmann
Geburtsdatum: ${v('pii.date_of_birth', '11.09.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '47182930547')}
Mobil: ${phone('+49 171 4829306')}
Privat-Mail: ${v('pii.email', 'svenja.hollmann@web.de')}
Eintritt: 01.03.2025, 30 Std./Woche`),

  rec('hr_fr', f`Peux-tu préparer l'attestation employeur pour France Travail ? Salarié de l'atelier de Saint-Malo :
M. Yann Le Gall, né le ${v('pii.date_of_birth', '6 juin 1984')}
N° de sécurité sociale : ${v('pii.fr_nir', '1 84 06 75 114 238 44')}
Poste : mécanicien moteurs marins, entré le 02/05/2016, fin de contrat le 31/01/2025.`),

  rec('chat_es', f`Tengo que redactar el acta de entrega de un premio de Euromillones. Datos del ganador:
Nombre: Alejandro Ruiz Carmona
DNI: ${v('pii.es_dni', '47281936P')}
Fecha de nacimiento: ${v('pii.date_of_birth', '14/03/1979')}
Teléfono: ${phone('+34 612 38 47 90')}
¿Me haces un modelo formal con hueco para las firmas?`),

  rec('chat_es_mx', f`Oye, una ganadora extranjera que vive en Valencia cobró un premio de la Bonoloto. No tiene DNI, trae NIE ${v('pii.es_nie', 'Y4820175X')} y pasaporte mexicano ${v('pii.passport', 'G48217395')}. ¿Qué documentos le pide la norma de prevención de blanqueo además de esos? Escríbelo como lista.`),

  rec('form_it', f`Controlla se la domanda di ammissione è completa:

Candidato: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI85M52H501E')}
Data di nascita: ${v('pii.date_of_birth', '12/08/1985')}
Corso: Laurea magistrale in Ingegneria Energetica
Cellulare: ${phone('+39 338 472 1190')}
Titolo: laurea triennale 2008, 104/110`),

  rec('chat_nl', f`Kun je een ontvangstbevestiging schrijven voor deze aanmelding? Aanmelder: Daan Verbruggen, BSN ${v('pii.nl_bsn', '284619371')}, geboortedatum ${v('pii.date_of_birth', '3 februari 2006')}, vooropleiding vwo (2024). Opleiding: bachelor Technische Bestuurskunde.`),

  rec('chat_pt_br', f`Preciso gerar a declaração de matrícula para o candidato aprovado na segunda chamada:
Nome: Pedro Henrique Alves
CPF: ${v('pii.br_cpf', '482.917.305-04')}
Data de nascimento: ${v('pii.date_of_birth', '21/10/2006')}
E-mail: ${v('pii.email', 'pedrohenrique.alves@gmail.com')}
Curso: Engenharia de Materiais (noturno). Pode montar o texto?`),

  rec('chat_en_in', f`Sir, one patient came for ADIP scheme free hearing aid. Please check the form details are okay before I upload:
Name: Lakshmi Narayanan
Aadhaar: ${v('pii.in_aadhaar', '4829 1730 5622')}
DOB: ${v('pii.date_of_birth', '02-11-1958')}
Mobile: ${phone('+91 94440 18273')}
Disability certificate no. TN/CHN/2024/118273`),

  rec('payroll_uk', f`New junior power trader starting Monday, can you draft the welcome pack checklist from this?

Name: Callum Reid
NI number: ${v('pii.uk_nino', 'JK 48 29 61 C')}
Date of birth: ${v('pii.date_of_birth', '9 July 1999')}
Personal email: ${v('pii.email', 'callum.reid99@outlook.com')}
Desk: UK power intraday, start 03/03/2025`),

  rec('visa_letter', f`Can you write the CAS request note for this applicant?

Applicant: Chinedu Okafor
Nationality: Nigerian
Passport No: ${v('pii.passport', 'A09418273')}
Date of birth: ${v('pii.date_of_birth', '15 May 2004')}
Programme: MSc Petroleum Engineering, Sept 2025
Offer status: Unconditional firm`),

  rec('chat_zh', f`帮我写一封邮件给这位国际申请人，说明还缺高中成绩单公证件：
姓名：王思涵
护照号码：${v('pii.passport', 'E91847362')}
出生日期：${v('pii.date_of_birth', '2006年3月18日')}
邮箱：${v('pii.email', 'sihan.wang2006@163.com')}`),

  rec('chat_ko', f`해외 지원자에게 보낼 서류 보완 요청 메일을 영어로 써 주세요.
지원자: 김민준
여권번호: ${v('pii.passport', 'M41827365')}
생년월일: ${v('pii.date_of_birth', '2005. 07. 22')}
연락처: ${phone('010-4182-7361', 'KR')}
누락 서류: 영어 성적표(IELTS)`),

  rec('chat_vi', f`Bạn viết giúp mình email thông báo trúng tuyển có điều kiện cho ứng viên này nhé:
Họ tên: Nguyễn Thị Thu Trang
Số hộ chiếu: ${v('pii.passport', 'C4182736')}
Ngày sinh: ${v('pii.date_of_birth', '09/12/2005')}
Điện thoại: ${phone('+84 90 418 27 36')}
Ngành: Quản trị kinh doanh`),

  rec('chat_uk', f`Допоможіть скласти лист-підтвердження для вступника. Дані:
ПІБ: Бондаренко Олена Вікторівна
Паспорт: ${v('pii.passport', 'FK418273')}
Дата народження: ${v('pii.date_of_birth', '27.04.2006')}
Телефон: ${phone('+380 67 418 2736')}
Спеціальність: 141 Електроенергетика`),

  rec('log_json', f`Seeing a lot of failed logins on the player portal from the same address. Is this credential stuffing?

${amb('source_code.snippet', f`{"ts":"2025-01-30T02:14:07Z","event":"login_failed","player_email":"${v('pii.email', 'd.kowalczyk84@wp.pl')}","ip":"${amb('pii.ip_address', '185.243.112.76')}","reason":"bad_password"}
{"ts":"2025-01-30T02:14:08Z","event":"login_failed","player_email":"${v('pii.email', 'marta.szulc@onet.pl')}","ip":"${amb('pii.ip_address', '185.243.112.76')}","reason":"bad_password"}
{"ts":"2025-01-30T02:14:09Z","event":"login_failed","player_email":"${v('pii.email', 'kamil.zawada@interia.pl')}","ip":"${amb('pii.ip_address', '185.243.112.76')}","reason":"unknown_user"}`)}`),

  rec('ticket_sv', f`Ärende #4471 – Kund vill ha servicehistorik

Kund: Anders Lindqvist
Båt: Nimbus 365 Coupé, Volvo Penta D6-400
Telefon: ${phone('070-482 19 37', 'SE')}
E-post: ${v('pii.email', 'anders.lindqvist@telia.com')}
"Jag ska sälja båten och köparen vill se att motorn servats varje år sedan 2018."

Skriv ett svar där vi lovar att skicka historiken inom en vecka.`),

  rec('signature_fi', f`Muotoile tämä allekirjoitus siistimmäksi:

Ystävällisin terveisin
Jukka Mäkinen
Vuoromestari, Lasinkeräys Häme Oy
puh. ${phone('+358 40 718 2294')}
${v('pii.email', 'jukka.makinen@lasinkerays-hame.fi')}`),

  rec('chat_el', f`Μπορείς να γράψεις μια σύντομη υπενθύμιση ραντεβού για έλεγχο ακουστικών; Ασθενής: Γεώργιος Παπαδόπουλος, ημερομηνία γέννησης ${v('pii.date_of_birth', '12/05/1949')}, κινητό ${phone('+30 694 418 2736')}. Το ραντεβού είναι Πέμπτη 6/2 στις 11:00 στο κατάστημα Πειραιά.`),

  rec('chat_tr', f`Bir işitme cihazı kullanıcısının SGK ödeme dosyası için dilekçe yazar mısın?
Ad Soyad: Ayşe Demir
Doğum tarihi: ${v('pii.date_of_birth', '03.08.1957')}
Telefon: ${phone('+90 532 418 27 36')}
Cihaz: 2 adet RIC, sağ + sol, reçete tarihi 15.01.2025`),

  rec('chat_he', f`תכין לי בבקשה טופס הפניה לבדיקת שמיעה חוזרת:
שם: דוד לוי
תאריך לידה: ${v('pii.date_of_birth', '17/11/1962')}
טלפון: ${phone('+972 52-418-2736')}
דוא"ל: ${v('pii.email', 'david.levi62@gmail.com')}`),

  rec('chat_ar_lv', f`بدي مساعدة بكتابة تقرير مختصر عن لاعب عليه تنبيه من نظام مكافحة غسل الأموال:
الاسم: سامر خوري
تاريخ الميلاد: ${v('pii.date_of_birth', '1988/06/14')}
رقم الهاتف: ${phone('+962 79 418 2736')}
البريد الإلكتروني: ${v('pii.email', 'samer.khoury88@hotmail.com')}
السبب: إيداعات نقدية متكررة تحت حد الإبلاغ خلال أسبوع.`),

  rec('chat_fa', f`لطفاً یک ایمیل پیگیری برای این داوطلب پذیرش بنویس:
نام: مریم احمدی
شماره گذرنامه: ${v('pii.passport', 'P41827365')}
تاریخ تولد: ${v('pii.date_of_birth', '1384/05/12')}
ایمیل: ${v('pii.email', 'maryam.ahmadi.apply@yahoo.com')}
مدرک ناقص: ترجمه‌ی رسمی ریزنمرات`, 'Persian calendar date of birth'),

  rec('chat_ur', f`براہ کرم اس درخواست گزار کے لیے داخلہ فارم کی تصدیقی ای میل لکھ دیں:
نام: عائشہ خان
تاریخ پیدائش: ${v('pii.date_of_birth', '05-09-2006')}
موبائل: ${phone('+92 300 4182736')}
ای میل: ${v('pii.email', 'ayesha.khan2006@gmail.com')}`),

  rec('chat_bn', f`দয়া করে এই প্রার্থীর জন্য একটা ভর্তি-নিশ্চিতকরণ চিঠি লিখে দিন:
নাম: তানভীর হাসান
জন্ম তারিখ: ${v('pii.date_of_birth', '১২/০৩/২০০৬')}
পাসপোর্ট নম্বর: ${v('pii.passport', 'A04182736')}
মোবাইল: ${phone('+880 1712-418273')}`, 'date of birth written in Bengali digits'),

  rec('chat_th', f`ช่วยเขียนข้อความยืนยันนัดปรับเครื่องช่วยฟังให้ลูกค้าหน่อยครับ
ชื่อ: คุณสมชาย ใจดี
วันเกิด: ${v('pii.date_of_birth', '14 ก.พ. 2490')}
โทร: ${phone('081-418-2736', 'TH')}
นัด: วันเสาร์ 8 ก.พ. 10:30 สาขาอารีย์`, 'Thai Buddhist-era year'),

  rec('chat_id', f`Tolong buatkan surat keterangan servis untuk pemilik kapal ini:
Nama: Budi Santoso
Tanggal lahir: ${v('pii.date_of_birth', '21-04-1975')}
No. HP: ${phone('+62 812-4182-7361')}
Email: ${v('pii.email', 'budi.santoso75@yahoo.co.id')}
Kapal: KM Bintang Laut, mesin Caterpillar C18`),

  rec('chat_tl', f`Pakisulat naman ng maikling reply sa applicant na ito, kulang pa siya ng Form 138:
Pangalan: Maria Angelica Dela Cruz
Petsa ng kapanganakan: ${v('pii.date_of_birth', 'Hunyo 5, 2007')}
Cellphone: ${phone('0917 418 2736', 'PH')}
Email: ${v('pii.email', 'angelica.delacruz07@gmail.com')}`),

  rec('chat_ja', f`以下の当せん者の本人確認記録を、社内報告用に箇条書きでまとめてください。
氏名：佐藤 健一
生年月日：${v('pii.date_of_birth', '1971年11月3日')}
電話：${phone('090-4182-7361', 'JP')}
当せん金：1等 3億円（ロト6 第1964回）`),

  rec('chat_ru', f`Составь, пожалуйста, письмо клиенту о готовности двигателя после капремонта:
Клиент: Дмитрий Соколов
Телефон: ${phone('+7 916 418-27-36')}
Эл. почта: ${v('pii.email', 'd.sokolov@mail.ru')}
Яхта: Princess V58, двигатели MAN R6-800, замена турбин.`),

  rec('signature_ro', f`Poți traduce în engleză semnătura asta pentru profilul de pe LinkedIn?

Cu stimă,
Ioana Popescu
Ofițer conformitate, Loteria Națională
Tel: ${phone('+40 722 418 395')}
${v('pii.email', 'ioana.popescu@loterianationala.ro')}`),

  rec('chat_sw', f`Naomba uniandikie barua pepe ya kumkaribisha mwanafunzi huyu aliyedahiliwa:
Jina: Neema Mwakasege
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '12/06/2006')}
Simu: ${phone('+255 754 418 273')}
Barua pepe: ${v('pii.email', 'neema.mwakasege@gmail.com')}
Programu: Shahada ya Uhandisi wa Umeme`),

  rec('ticket_pl', f`Zgłoszenie #8812 – gracz prosi o samowykluczenie
Gracz: Tomasz Wieczorek
Data urodzenia: ${v('pii.date_of_birth', '19.08.1990')}
Telefon: ${phone('+48 601 382 947')}
E-mail: ${v('pii.email', 't.wieczorek90@gmail.com')}
"Proszę o zablokowanie konta na 12 miesięcy, nie radzę sobie."

Napisz empatyczną odpowiedź i opisz kolejne kroki.`),

  rec('chat_da', f`Kan du skrive en kort velkomstmail til vores nye praktikant på handelsdesken? Navn: Freja Mikkelsen, fødselsdato ${v('pii.date_of_birth', '28.10.2001')}, CPR ${ambCat('pii', '281001-4172')}, mobil ${phone('+45 28 73 41 96')}. Hun starter 1. marts.`, 'Danish CPR number: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_bg', f`Моля, напиши кратко писмо до кандидат-студент, че документите му са приети:
Име: Георги Петров
Дата на раждане: ${v('pii.date_of_birth', '07.02.2006')}
Телефон: ${phone('+359 88 418 2736')}
Имейл: ${v('pii.email', 'georgi.petrov06@abv.bg')}`),
];

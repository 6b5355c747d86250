/**
 * Held-out batch 160: personal data in interpreter requests, tenant-screening files, marathon
 * registrations, fish-farm export paperwork, cargo-claim correspondence and kiln shift rosters,
 * in many languages. Hand-written; identity numbers computed with scripts/corpus/checksums.ts.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

const NHS_1 = ukNhsSpaced('482917365');
const NHS_2 = ukNhsSpaced('639204817');
const NIR = `2870675112048${frNirKey('2870675112048')}`;
const NIE = esNie('Y', '4829173');
const DNI = esDni('48291736');
const CF = itCodiceFiscale('BNCGLI79H52F205');
const BSN = `19382746${nlBsnCheckDigit('19382746')}`;
const AADHAAR_1 = inAadhaarSpaced('48291736502');
const AADHAAR_2 = inAadhaarSpaced('73920481657');
const CPF = brCpfFormatted('482917365');
const STEUER = `4829173651${deSteuerIdCheckDigit('4829173651')}`;
const SIN = luhnWithCheck('46291738');

export const BATCH160_PII: DraftRecord[] = [
  rec('interpreter_request', f`Can you turn this interpreter booking into a short handover for the Tigrinya interpreter?

INTERPRETER REQUEST – Maternity Day Unit
Patient: Selam Tesfamariam
NHS No: ${v('pii.uk_nhs_number', NHS_1)}    DOB: ${dob('14/02/1996')}
Language: Tigrinya (no English)
Contact: ${phone('07823 481936', 'GB')}
Appointment: Thu 06/03, 10:40, antenatal scan, 45 min, face to face
Notes: prefers female interpreter`),

  rec('form_de', f`Dolmetscheranforderung bitte ins Englische übersetzen (für die externe Agentur):

Patientin: Parisa Ahmadi
Geburtsdatum: ${dob('03.09.1988')}
Station: Onkologie 4A, Zimmer 412
Sprache: Farsi (Dari geht auch)
Rückrufnummer Angehörige: ${phone('+49 171 4829365')}
Termin: Aufklärungsgespräch Chemotherapie, 11.03., 14:00 Uhr`),

  rec('chat_fr', f`Peux-tu reformuler cette demande d'interprète en langue des signes pour le service de cardiologie ?
Patient : M. Karim Benslimane, né le ${dob('22 juillet 1954')}
N° de sécurité sociale : ${v('pii.fr_nir', groupedAs(NIR, [1, 2, 2, 2, 3, 3, 2]))}
Tél. de sa fille : ${phone('06 48 27 39 15', 'FR')}
Consultation le 18/03 à 9 h 30, interprète LSF obligatoire.`),

  rec('chat_es', f`Necesito un correo para el servicio de interpretación del hospital: la paciente Oksana Melnyk (NIE ${v('pii.es_nie', NIE)}) tiene cita en traumatología el lunes y necesita intérprete de ucraniano. Su teléfono es ${phone('+34 612 384 927')} y el del acompañante, con DNI ${v('pii.es_dni', DNI)}, es el mismo.`),

  rec('chat_it', f`Mi scrivi una mail per prenotare un mediatore culturale di lingua cinese? Paziente: Chen Xiaoli, codice fiscale ${v('pii.it_codice_fiscale', CF)}, cellulare ${phone('+39 338 472 9163')}. Visita ginecologica il 12 marzo alle 11.`),

  rec('letter_nl', f`Maak deze tolkaanvraag wat vriendelijker:

Geachte tolkencentrale,
Voor mevrouw Amina Yusuf (BSN ${v('pii.nl_bsn', BSN)}, geboortedatum ${dob('17-05-1979')}) vragen wij een Somalische tolk aan voor het gesprek op de polikliniek neurologie, dinsdag 09:15. Telefonisch bereikbaar via ${phone('06 38274916', 'NL')}.`),

  rec('chat_ar', f`اكتب لي رسالة قصيرة بالإنجليزية لطلب مترجم أوردو للمريض:
الاسم: محمد عارف خان
تاريخ الميلاد: ${dob('1961/04/08')}
رقم الجوال: ${phone('+966 50 384 2917')}
الموعد: عيادة الكلى، الأحد الساعة العاشرة صباحاً`),

  rec('chat_hi', f`मरीज़ के लिए तमिल दुभाषिया चाहिए। मरीज़: मुरुगन सेल्वराज, आधार नंबर ${v('pii.in_aadhaar', AADHAAR_1)}, मोबाइल ${phone('+91 94440 38291')}। ओपीडी अपॉइंटमेंट गुरुवार सुबह 10 बजे। कृपया इसे अंग्रेज़ी में ईमेल के रूप में लिखें।`),

  rec('chat_vi', f`Viết giúp mình tin nhắn tiếng Anh gửi bộ phận phiên dịch của bệnh viện: bệnh nhân Nguyễn Thị Hoa, sinh ngày ${dob('05/11/1970')}, số điện thoại ${phone('+84 91 384 29 17')}, cần phiên dịch tiếng Việt cho buổi tái khám tim mạch ngày 20/3.`),

  rec('rental_app', f`Summarize this rental application for the landlord, leave out anything they legally shouldn't see:

Applicant: Marisol Quintero
DOB: ${dob('08/23/1991')}
SSN: ${v('pii.us_ssn', '412-83-9271')}
Phone: ${phone('(614) 382-7195', 'US')}
Email: ${mail('marisol.quintero91@gmail.com')}
Current address: 2240 Parsons Ave, Apt 3, Columbus OH 43207 (since 2021)
Employer: Riverside Methodist Hospital, monthly income $4,850`),

  rec('rental_ca', f`Tenant screening file for a Toronto unit, please draft the consent-to-credit-check letter:
Applicant: Priya Raghunathan
SIN: ${v('pii.ca_sin', groupedAs(SIN, [3, 3, 3]))}
Date of birth: ${dob('1993-01-30')}
Cell: ${phone('+1 418 682 3917')}`),

  rec('selbstauskunft_de', f`Kannst du die Mieterselbstauskunft auf Vollständigkeit prüfen?

Name: Lukas Hoffmann
Geburtsdatum: ${dob('11.06.1990')}
Telefon: ${phone('030 28473916', 'DE')}
E-Mail: ${mail('l.hoffmann90@web.de')}
Arbeitgeber: Stadtwerke Kiel, unbefristet seit 2019
Steuer-ID (lt. Gehaltsabrechnung): ${v('pii.de_steuer_id', STEUER)}
Haustiere: keine`),

  rec('chat_pt_br', f`Preciso de um e-mail pedindo documentos que faltam na ficha do inquilino: Rafael Nogueira, CPF ${v('pii.br_cpf', CPF)}, telefone ${phone('+55 21 98473-2916')}, e-mail ${mail('rafa.nogueira@hotmail.com')}. Falta o comprovante de renda dos últimos 3 meses.`),

  rec('chat_he', f`תנסח לי מייל לבעל הדירה עם סיכום הבדיקה של השוכר: רון אברהם, ת"ז ${ambCat('pii', '038472916')}, טלפון ${phone('+972 52-384-2917')}, תאריך לידה ${dob('12.4.1987')}. אין חובות פתוחים בהוצאה לפועל.`, 'Israeli teudat zehut: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ko', f`임차인 신용조회 동의서 양식을 정리해 주세요. 신청인: 김민지, 주민등록번호 ${ambCat('pii', '930214-2384917')}, 연락처 ${phone('010-3842-9173', 'KR')}, 이메일 ${mail('minji.kim93@naver.com')}`, 'Korean resident registration number: no built-in rule'),

  rec('chat_pl', f`Przygotuj proszę krótkie podsumowanie weryfikacji najemcy dla właściciela: Anna Wróblewska, PESEL ${ambCat('pii', '88052104827')}, tel. ${phone('+48 601 384 729')}. Brak zaległości w BIK, umowa o pracę na czas nieokreślony.`, 'PESEL: no built-in rule'),

  rec('csv_en', f`Which of these marathon registrations are missing an emergency contact?

${amb('source_code.snippet', f`bib,first_name,last_name,dob,email,emergency_phone
10412,Hannah,Cole,${dob('1988-03-14')},${mail('hannah.cole88@outlook.com')},${phone('+44 7468 392017')}
10413,Tom,Reilly,${dob('1975-11-02')},${mail('treilly@btinternet.com')},
10414,Grace,Mensah,${dob('2001-06-27')},${mail('grace.mensah01@gmail.com')},${phone('+44 7583 204918')}
10415,Owen,Pritchard,${dob('1969-09-09')},${mail('owen.pritchard@sky.com')},`)}`),

  rec('chat_ja', f`エントリー内容の確認メールを作ってください。
氏名：佐藤 健太
生年月日：${dob('1985年7月19日')}
電話番号：${phone('090-3842-9173', 'JP')}
メール：${mail('k.sato.run@docomo.ne.jp')}
種目：フルマラソン（一般の部）`),

  rec('visa_letter_en', f`Draft the visa invitation letter for our elite athletes (Kenya):
1. Brian Kiprono Cheruiyot, passport no. ${pass('AK0482917')}, DOB ${dob('04 March 1998')}, mobile ${phone('+254 712 384 291')}
2. Faith Jepkemoi, passport no. ${pass('AK0391742')}, DOB ${dob('19 October 2000')}
Race: 6 April, arrival 2 April, hotel paid by the organiser.`),

  rec('chat_am', f`እባክህ ለአትሌቷ የቪዛ ደብዳቤ በእንግሊዝኛ አዘጋጅልኝ። ስም፡ ትዕግስት ገብረመድህን ፣ የፓስፖርት ቁጥር፡ ${pass('EP4829173')} ፣ የትውልድ ቀን፡ ${dob('12/05/1999')} ፣ ስልክ፡ ${phone('+251 91 138 4291')}`),

  rec('chat_es_ar', f`Che, armame un mail confirmando la inscripción al maratón: Martina Gómez, DNI ${ambCat('pii', '38.472.916')}, nacida el ${dob('3/2/1994')}, celular ${phone('+54 9 11 4827-3916')}. Categoría 42K, remera talle S.`, 'Argentine DNI: no built-in rule'),

  rec('chat_hi_en', f`Runner ka KYC mismatch aa raha hai, Aadhaar ${v('pii.in_aadhaar', AADHAAR_2)} pe naam "Sandeep Kr. Yadav" hai aur form pe "Sandeep Kumar Yadav". Mobile ${phone('+91 98203 84729')}. Kya hum bib release kar sakte hain? Reply draft karo.`),

  rec('chat_th', f`ช่วยเขียนอีเมลยืนยันการสมัครวิ่งให้หน่อย: นางสาวพิมพ์ชนก ศรีสุข เลขบัตรประชาชน ${ambCat('pii', '1 1037 00482 91 7')} วันเกิด ${dob('14 ก.พ. 2535')} โทร ${phone('081 384 2917', 'TH')} ระยะ 21 กม.`, 'Thai national ID: no built-in rule'),

  rec('chat_ka', f`დამიწერე რეგისტრაციის დადასტურება: ნინო ბერიძე, დაბადების თარიღი ${dob('21.08.1992')}, ტელეფონი ${phone('+995 599 38 42 91')}, დისტანცია 10 კმ.`),

  rec('chat_zh_tw', f`請幫我寫一封報名確認信給這位跑者：林怡君，身分證字號 ${ambCat('pii', 'A229384716')}，出生日期 ${dob('民國83年5月2日')}，手機 ${phone('+886 912 384 291')}，參加半程馬拉松。`, 'Taiwanese national ID: no built-in rule'),

  rec('chat_no', f`Kan du skrive en kort e-post på engelsk til Mattilsynet om at veterinæren som signerer helsesertifikatene er byttet? Ny veterinær: Ingrid Solheim, fødselsnummer ${ambCat('pii', '12078849231')}, mobil ${phone('+47 913 84 291')}, e-post ${mail('ingrid.solheim@vestfjordlaks.no')}.`, 'Norwegian fødselsnummer: no built-in rule'),

  rec('signature_en_gb', f`Can you shorten my email signature? It's too long for the certificates portal.

Dr Fiona MacLeod BVMS MRCVS
Fish Health Veterinarian – Export Certification
Shetland Salmon Producers Ltd, Scalloway
Mob: ${phone('+44 1595 384917')} / ${phone('07392 817460', 'GB')}
${mail('fiona.macleod@shetlandsalmon.co.uk')}`),

  rec('chat_es_cl', f`Redáctame un correo al SERNAPESCA informando el nuevo encargado de certificados de exportación del centro: Matías Vergara, RUT ${ambCat('pii', '16.482.917-3')}, celular ${phone('+56 9 8384 2917')}, correo ${mail('mvergara@salmonesdelsur.cl')}.`, 'Chilean RUT: no built-in rule'),

  rec('signature_el', f`Μπορείς να διορθώσεις την υπογραφή μου στα αγγλικά;

Γεώργιος Παπαδάκης
Επιθεωρητής Ζημιών Φορτίου
Τηλ.: ${phone('+30 210 4182 937')} | Κιν.: ${phone('+30 694 384 2917')}
${mail('g.papadakis@aegeansurvey.gr')}`),

  rec('claim_sg', f`Please draft an acknowledgement of claim to the consignee:
Claimant: Tan Wei Ming (Tan & Lim Trading Pte Ltd)
NRIC: ${ambCat('pii', 'S8829174D')}
Contact: ${phone('+65 9384 2917')}, ${mail('weiming.tan@tanlimtrading.com.sg')}
Cargo: 2 x 40' reefer, frozen prawns, temperature deviation during transhipment at Port Klang`, 'Singapore NRIC: no built-in rule'),

  rec('chat_tr', f`Hasar ihbarı için sigortalıya bilgilendirme maili yazar mısın? Sigortalı: Mehmet Yıldız, TC kimlik no ${ambCat('pii', '48291736502')}, cep ${phone('0532 384 29 17', 'TR')}, e-posta ${mail('mehmet.yildiz@yildizithalat.com.tr')}. Konteynerde ıslanma hasarı var.`, 'Turkish TC kimlik: no built-in rule'),

  rec('roster_hi_en', f`Kiln shutdown roster ko table mein format kar do:

Shift A (06-14): R. K. Sharma ${phone('+91 98203 84729')}, Imran Sheikh ${phone('+91 22 3842 9173')}
Shift B (14-22): Pooja Nair ${phone('+91 94440 38291')}
Shift C (22-06): Vikram Singh Rathore – number abhi pending
Emergency (plant head): ${mail('plant.head@ambujnagar-cement.in')}`),

  rec('chat_ar_eg', f`عايز جواب تعيين لمهندس الفرن الجديد: أحمد سمير عبد الحميد، الرقم القومي ${ambCat('pii', '29104152103847')}، موبايل ${phone('+20 100 384 2917')}، تاريخ الميلاد ${dob('15/04/1991')}. الاستلام أول الشهر.`, 'Egyptian national ID: no built-in rule'),

  rec('chat_ru', f`Помоги составить заявку на переводчика с таджикского для пациента: Рахимов Фаррух, дата рождения ${dob('07.01.1983')}, СНИЛС ${ambCat('pii', '148-291-736 02')}, телефон ${phone('+7 916 384-29-17')}. Приём у невролога в среду.`, 'Russian SNILS: no built-in rule'),

  rec('chat_bn', f`রোগীর জন্য বাংলা দোভাষী লাগবে। নাম: রহিমা খাতুন, জন্ম তারিখ ${dob('০৩/০৮/১৯৭৫')}, ফোন ${phone('+880 1712-384917')}। ডায়ালাইসিস ইউনিট, মঙ্গলবার সকাল ৮টা। ইংরেজিতে অনুরোধটা লিখে দাও।`),

  rec('crew_id', f`Tolong buatkan surat keterangan untuk klaim kargo: awak kapal yang menyaksikan kerusakan muatan adalah Budi Santoso, nomor paspor ${pass('C4829173')}, HP ${phone('+62 812-3842-9173')}. Kejadian di Tanjung Priok tanggal 14 Februari.`),

  rec('chat_sv', f`Kan du skriva en kort bokningsbekräftelse till tolkförmedlingen? Patient: Ahmed Warsame, personnummer ${ambCat('pii', '850317-4829')}, telefon ${phone('+46 70 384 29 17')}. Somaliska, fysiskt besök, ortopedmottagningen 14 mars 13:00.`, 'Swedish personnummer: no built-in rule'),

  rec('nhs_log', f`${amb('source_code.snippet', f`{"ts":"2025-03-04T08:12:44Z","svc":"interp-booking","event":"booking.created","patient_nhs":"${v('pii.uk_nhs_number', NHS_2.replace(/ /g, ''))}","language":"ro","requested_by":"${mail('ward7b.sister@uhb.nhs.uk')}","client_ip":"${amb('pii.ip_address', '10.44.18.203')}"}`)}
Why does our log contain the NHS number, we said we'd only log the booking id. Where should I look?`),

  rec('right_to_rent', f`Right-to-rent check notes, please rewrite as a checklist for the letting agent:
Tenant: Daniel Oyelaran
Passport: Nigerian, no. ${pass('A09482917')}, exp 2029
NI number: ${v('pii.uk_nino', 'JH 48 29 17 C')}
DOB: ${dob('30/06/1990')}
Share code verified on 03/03/2025`),
];

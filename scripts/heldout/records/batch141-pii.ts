/**
 * Held-out batch 141: personal data in jockey and groom records, cord-blood donor and family files, bus-driver
 * incident reports, restaurant guest lists, rescue-case crew lists and international applicant files. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const NIR_BODY = '2840769124183';
const NIR = `${NIR_BODY[0]} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const CF = itCodiceFiscale('RSSGLI90H52F205');
const DNI = esDni('48302917');
const NIE = esNie('Y', '4829173');
const BSN = ((p: string) => p + String(nlBsnCheckDigit(p)))('27384915');
const STEUER = ((p: string) => p + String(deSteuerIdCheckDigit(p)))('8614093751');
const AADHAAR = inAadhaarSpaced('58204719362');
const NHS = ukNhsSpaced('485203917');
const CPF = brCpfFormatted('418372905');
const SIN = ((p: string) => { const d = p + String(luhnCheckDigit(p)); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`; })('52749183');

export const BATCH141_PII: DraftRecord[] = [
  rec('form', f`Please turn this into a short bio for the racecard programme — leave out the personal bits obviously:

Apprentice jockey registration (BHA)
Name: Callum Rafferty
Date of birth: ${v('pii.date_of_birth', '14/03/2005')}
NI number: ${v('pii.uk_nino', 'JR 41 73 62 C')}
Mobile: ${phone('07842 615203', 'GB')}
Email: ${v('pii.email', 'callum.rafferty05@gmail.com')}
Riding weight: 8st 2lb · Wins: 17 · Attached to: Rowley Mile Racing`),

  rec('chat_en_ie', f`Can you write a reference letter for one of our grooms? Details: Aoife Brennan, born ${v('pii.date_of_birth', '2 August 1998')}, worked at the yard in Kildare since 2019, phone ${phone('087 318 4492', 'IE')}, email ${v('pii.email', 'aoife.brennan98@eircom.net')}. She's applying to a stud in Kentucky.`),

  rec('form_fr', f`Dossier donneuse — banque de sang de cordon
Mère : Camille Lefèvre
Née le : ${v('pii.date_of_birth', '23/07/1984')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Tél. : ${phone('06 47 82 19 35', 'FR')}
Maternité : Hôpital de la Croix-Rousse, accouchement prévu le 02/04/2025

Peux-tu rédiger le courrier de confirmation du kit de prélèvement ?`),

  rec('chat_it', f`Devo compilare il modulo di consenso per la donazione del sangre cordonale... scusa, "sangue cordonale". Dati della madre: Giulia Rossi, nata il ${v('pii.date_of_birth', '12/06/1990')} a Milano, codice fiscale ${v('pii.it_codice_fiscale', CF)}, cellulare ${phone('+39 338 472 9105')}. Mi prepari una bozza della lettera di accompagnamento?`),

  rec('chat_es', f`Redáctame el email de bienvenida para la familia: madre Lucía Moreno Pastor, DNI ${v('pii.es_dni', DNI)}; padre Andrei Popescu, NIE ${v('pii.es_nie', NIE)}, teléfono ${phone('612 847 390', 'ES')}. Han contratado la custodia privada de 20 años.`),

  rec('letter_nl', f`Kun je deze brief korter maken?

Betreft: registratie navelstrengbloeddonatie
Naam moeder: Sanne de Graaf
Geboortedatum: ${v('pii.date_of_birth', '17-11-1991')}
BSN: ${v('pii.nl_bsn', BSN)}
Telefoon: ${phone('06 28 41 73 95', 'NL')}

Wij bevestigen dat het navelstrengbloed van uw dochter is opgenomen in de openbare bank.`),

  rec('chat_de', f`Unsere studentische Hilfskraft im International Office braucht einen Arbeitsvertrag. Daten: Jonas Weber, geb. ${v('pii.date_of_birth', '04.09.2001')}, Steuer-ID ${v('pii.de_steuer_id', STEUER)}, Handy ${phone('0176 38491027', 'DE')}. Kannst du einen Entwurf machen, 10 Std./Woche, befristet bis 30.09.?`),

  rec('chat_pt_br', f`Oi, preciso de uma carta de aceite para o aluno de intercâmbio: Lucas Ferreira Andrade, CPF ${v('pii.br_cpf', CPF)}, data de nascimento ${v('pii.date_of_birth', '19/05/2003')}, passaporte ${v('pii.passport', 'GK482917')}. Curso: Engenharia Naval, início em agosto.`),

  rec('chat_en_in', f`Sir, kindly prepare the scholarship verification letter. Applicant: Ananya Krishnan, DOB ${v('pii.date_of_birth', '08-01-2002')}, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, passport no. ${v('pii.passport', 'V4827163')}, mobile ${phone('+91 98451 27360')}. She has been selected for the Commonwealth PhD award.`),

  rec('chat_en_us', f`Need to fill out the 1042-S info for an international TA who now has an SSN. Name: Min-jun Park, SSN ${v('pii.us_ssn', '572-48-1930')}, DOB ${v('pii.date_of_birth', '11/23/1996')}. Can you list what else payroll will ask for?`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire un courriel à un étudiant de Montréal qui a reçu la bourse d'échange? Il faut qu'il nous renvoie son NAS pour le feuillet T4A. Il nous l'a déjà donné une fois, c'est ${v('pii.ca_sin', SIN)}, mais le formulaire est pas signé. Son cell: ${phone('514 827-3916', 'CA')}.`),

  rec('letter_en_gb', f`Simplify this for the parents:

Cord blood collection report
Baby: Girl Okonkwo   DOB: ${v('pii.date_of_birth', '09/02/2025')}
Mother: Chiamaka Okonkwo   NHS No: ${v('pii.uk_nhs_number', NHS)}
Volume collected: 92 ml · TNC 1.4 × 10⁹ · Processed within 36 h
Contact: ${phone('020 8634 1297', 'GB')}`),

  rec('chat_ja', f`留学生の入学許可書を作ってください。氏名：グエン・ティ・ラン、生年月日：${v('pii.date_of_birth', '2004年3月15日')}、旅券番号：${v('pii.passport', 'C7391846')}、メール：${v('pii.email', 'lan.nguyen2004@gmail.com')}。国籍はベトナムです。`),

  rec('chat_ko', f`장학생 선발 통지 이메일 초안 부탁해요. 학생: 아이다 누르벡오바 (카자흐스탄), 생년월일 ${v('pii.date_of_birth', '2003.07.21')}, 여권번호 ${v('pii.passport', 'N12847396')}, 연락처 ${phone('010-4827-3916', 'KR')}.`),

  rec('chat_zh', f`帮我把这份留学生信息整理成表格：王子涵，出生日期 ${v('pii.date_of_birth', '2002年10月8日')}，护照号码 ${v('pii.passport', 'E83927461')}，手机 ${phone('138 4702 9153', 'CN')}，邮箱 ${v('pii.email', 'wangzihan1008@163.com')}，申请硕士项目：海洋工程。`),

  rec('crew_list_ar', f`ترجم قائمة الطاقم هذه إلى الإنجليزية لمركز تنسيق الإنقاذ البحري:

السفينة: AL BAHR 7 — صيد
1) الربان: يوسف الحسيني — تاريخ الميلاد: ${v('pii.date_of_birth', '1979/04/12')} — رقم جواز السفر: ${v('pii.passport', 'R4820173')}
2) مهندس: كريم بن سالم — تاريخ الميلاد: ${v('pii.date_of_birth', '1988/11/30')} — رقم جواز السفر: ${v('pii.passport', 'S7391028')}
هاتف المالك: ${phone('+216 98 412 375')}`),

  rec('crew_list_ru', f`Оформи, пожалуйста, список экипажа для донесения в МСКЦ:

Судно: «Капитан Ершов», рыболовный траулер
1. Смирнов Алексей Викторович, дата рождения ${v('pii.date_of_birth', '03.05.1972')}, паспорт моряка ${v('pii.passport', 'MK 0482917')}
2. Ковалёв Дмитрий Сергеевич, дата рождения ${v('pii.date_of_birth', '21.10.1985')}, паспорт моряка ${v('pii.passport', 'MK 0739164')}
Контакт судовладельца: ${phone('+7 914 208-37-51')}`),

  rec('chat_uk', f`Допоможи скласти лист до МРЦК про члена екіпажу, який зник: Бондаренко Олег Іванович, дата народження ${v('pii.date_of_birth', '14.02.1990')}, посвідчення особи моряка ${v('pii.passport', 'AB 482917')}, дружина: ${phone('+380 67 482 9153')}.`),

  rec('crew_list_tl', f`Paki-format ito bilang table para sa SAR report:
Mga tripulante ng MV Santa Rosa:
- Reynaldo Dela Cruz, kapitan, ipinanganak noong ${v('pii.date_of_birth', 'Hunyo 5, 1976')}, pasaporte ${v('pii.passport', 'P4827391A')}
- Jerome Villanueva, oiler, ipinanganak noong ${v('pii.date_of_birth', 'Enero 19, 1994')}, pasaporte ${v('pii.passport', 'P7391046B')}
Kontak ng pamilya: ${phone('0917 482 3915', 'PH')}`),

  rec('chat_hi', f`कृपया इस छात्र के लिए प्रवेश पत्र का मसौदा बनाइए। नाम: रोहित वर्मा, जन्म तिथि: ${v('pii.date_of_birth', '17/08/2003')}, पासपोर्ट संख्या: ${v('pii.passport', 'T6492817')}, मोबाइल: ${phone('98290 47163', 'IN')}। कोर्स: MSc Marine Biology.`),

  rec('chat_bn', f`এই শিক্ষার্থীর বৃত্তির জন্য সুপারিশপত্র লিখে দিন: নাম: তাসনিম রহমান, জন্ম তারিখ: ${v('pii.date_of_birth', '০৩/১১/২০০২')}, পাসপোর্ট নম্বর: ${v('pii.passport', 'A04829173')}, ফোন: ${phone('01712-483926', 'BD')}।`),

  rec('chat_ta', f`தொப்புள்கொடி இரத்த வங்கியில் பதிவு செய்ய இந்த விவரங்களை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: தாய்: கவிதா சுப்ரமணியன், பிறந்த தேதி: ${v('pii.date_of_birth', '22-06-1993')}, கைபேசி: ${phone('+91 94432 81576')}, மின்னஞ்சல்: ${v('pii.email', 'kavitha.subra93@gmail.com')}.`),

  rec('chat_th', f`ช่วยเขียนข้อความยืนยันการจองโต๊ะให้ลูกค้าหน่อยครับ คุณพิมพ์ชนก ศรีสุข จอง 4 ท่าน วันเสาร์ที่ 8 มี.ค. 19:30 เบอร์โทร ${phone('081 947 2635', 'TH')} อีเมล ${v('pii.email', 'pimchanok.s@hotmail.com')} แพ้อาหารทะเลเปลือกแข็ง`),

  rec('chat_vi', f`Soạn giúp email xác nhận học bổng cho sinh viên: Trần Minh Khoa, ngày sinh ${v('pii.date_of_birth', '25/12/2003')}, hộ chiếu số ${v('pii.passport', 'C4829173')}, điện thoại ${phone('091 482 7365', 'VN')}.`),

  rec('chat_id', f`Tolong rapikan data korban untuk laporan SAR: Nama: Agus Setiawan, tanggal lahir ${v('pii.date_of_birth', '9 Maret 1987')}, nelayan dari Muncar, nomor HP keluarga ${phone('0812-4738-2916', 'ID')}. Ditemukan selamat pukul 05.40 WIB.`),

  rec('chat_sw', f`Tafadhali andika taarifa fupi kwa Kiingereza: Mvuvi aliyeokolewa ni Juma Hamisi Mwinyi, tarehe ya kuzaliwa ${v('pii.date_of_birth', '14/07/1981')}, simu ya mke wake ${phone('0712 483 915', 'KE')}. Aliokolewa karibu na Kisiwa cha Funzi.`),

  rec('chat_am', f`ለዚህ አመልካች የስኮላርሺፕ ማረጋገጫ ደብዳቤ አዘጋጅልኝ፦ ስም፦ ሄኖክ ተስፋዬ፣ የትውልድ ቀን፦ ${v('pii.date_of_birth', '12/05/2001')}፣ ፓስፖርት ቁጥር፦ ${v('pii.passport', 'EP4829173')}፣ ስልክ፦ ${phone('+251 91 148 2736')}።`),

  rec('chat_ka', f`გთხოვთ, მოამზადეთ მიღების წერილი: სტუდენტი: ნინო ბერიძე, დაბადების თარიღი: ${v('pii.date_of_birth', '06.04.2002')}, პასპორტის ნომერი: ${v('pii.passport', '14AB82917')}, ტელეფონი: ${phone('+995 599 48 27 13')}.`),

  rec('chat_hy', f`Պատրաստեք ընդունելության նամակ. ուսանող՝ Արամ Գրիգորյան, ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '19.09.2002')}, անձնագրի համար՝ ${v('pii.passport', 'AT0482917')}, հեռախոս՝ ${phone('+374 91 482913')}։`),

  rec('chat_fa', f`لطفاً نامهٔ پذیرش برای این دانشجو بنویس: نام: سارا محمدی، تاریخ تولد: ${v('pii.date_of_birth', '1381/06/14')}، شماره گذرنامه: ${v('pii.passport', 'X48291736')}، تلفن همراه: ${phone('0912 483 9216', 'IR')}.`),

  rec('chat_el', f`Γράψε μου ένα SMS επιβεβαίωσης κράτησης: κ. Παπαδόπουλος, 6 άτομα, Παρασκευή 21:00, τηλ. ${phone('694 827 3915', 'GR')}, γιορτάζει τα γενέθλια της συζύγου του (γεννήθηκε ${v('pii.date_of_birth', '14/03/1975')}) — να ετοιμάσουμε κάτι από τη ζαχαροπλαστική.`),

  rec('chat_tr', f`Şoförümüzle ilgili kaza tutanağını düzenler misin? Sürücü: Mehmet Yıldız, doğum tarihi ${v('pii.date_of_birth', '03.08.1979')}, telefon ${phone('0532 418 73 95', 'TR')}. Otobüs: 18 m körüklü, hasar: arka sağ panel.`),

  rec('chat_cs', f`Napiš prosím krátký profil našeho nového žokeje pro web stáje: Tomáš Novák, datum narození ${v('pii.date_of_birth', '27. 5. 2000')}, telefon ${phone('+420 604 827 391')}, e-mail ${v('pii.email', 'tomas.novak.jockey@seznam.cz')}. Kontaktní údaje tam samozřejmě nedávej.`),

  rec('csv_es_mx', f`¿Me ayudas a detectar reservas duplicadas en esta lista?

${amb('source_code.snippet', f`nombre,telefono,correo,personas,fecha
Mariana Castillo,${phone('+52 55 4827 3916')},${v('pii.email', 'mariana.castillo@outlook.com')},4,2025-03-07
Rodrigo Ibarra,${phone('+52 33 1948 2736')},${v('pii.email', 'r.ibarra@gmail.com')},2,2025-03-07
Mariana Castillo,${phone('+52 55 4827 3916')},${v('pii.email', 'mariana.castillo@outlook.com')},4,2025-03-08`)}`),

  rec('log', f`Is someone brute-forcing the applicant portal? Snippet from the auth log:

${amb('source_code.snippet', f`2025-02-25T02:14:07Z WARN login_failed user=${v('pii.email', 'olumide.adeyemi@yahoo.com')} ip=${amb('pii.ip_address', '102.89.34.117')}
2025-02-25T02:14:09Z WARN login_failed user=${v('pii.email', 'olumide.adeyemi@yahoo.com')} ip=${amb('pii.ip_address', '102.89.34.117')}
2025-02-25T02:14:12Z WARN login_failed user=${v('pii.email', 'f.haddad@hotmail.fr')} ip=${amb('pii.ip_address', '102.89.34.117')}
2025-02-25T02:14:15Z INFO login_ok user=${v('pii.email', 'f.haddad@hotmail.fr')} ip=${amb('pii.ip_address', '41.190.12.8')}`)}`),

  rec('chat_de_ch', f`Chasch mer hälfe es Mail a d Versicherig schriibe? De Chauffeur Beat Hofstetter (Geburtsdatum ${v('pii.date_of_birth', '11.01.1968')}, Natel ${phone('079 482 19 37', 'CH')}) hät bim Wende im Depot en Poller touchiert. Kei Verletzti.`),

  rec('chat_sv', f`En pappa ringde om navelsträngsblodet. Kan du skriva ett svar? Erik Lindholm, personnummer ${ambCat('pii', '870614-4827')}, telefon ${phone('070-482 91 36', 'SE')}. Han undrar om de kan flytta provet till en annan bank.`, 'Swedish personnummer: no built-in rule claims it (ambiguous, no rule id)'),
];

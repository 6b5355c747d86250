/**
 * Held-out batch 150: personal data in crew visa files, bail intake sheets, interpreter registers,
 * tenant records, museum courier bookings and plant HR notes, in many languages and scripts.
 * Hand-written.
 */
import { brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const pp = (s: string) => v('pii.passport', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);

const AADHAAR = inAadhaarSpaced('48273916502');
const NIR_BODY = '2850769123458';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const SIN = luhnWithCheck('54827391');
const SIN_FMT = `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`;
const STEUER = `4827391658${deSteuerIdCheckDigit('4827391658')}`;
const BSN = `28473916${nlBsnCheckDigit('28473916')}`;
const DNI = esDni('48273916');
const NIE = esNie('Y', '4827391');
const CF = itCodiceFiscale('BNCGLI82L47H501');
const CPF = brCpfFormatted('482739165');
const NHS = ukNhsSpaced('482739165');

export const BATCH150_PII: DraftRecord[] = [
  rec('csv_manifest', f`Sort this sign-on list by nationality and tell me which passports expire within 6 months of 15 Mar 2025:

${amb('source_code.snippet', f`surname,given_names,rank,nationality,passport_no,passport_expiry,date_of_birth
DELA CRUZ,Ramon Jr.,AB Seaman,PHL,${pp('P4829173B')},2025-07-02,${dob('1991-04-18')}
SHARMA,Vikram,2nd Engineer,IND,${pp('Z4827391')},2031-11-20,${dob('1987-09-03')}
WIBOWO,Agus,Cook,IDN,${pp('C4827391')},2025-08-30,${dob('1994-01-27')}
KOVAL,Oleksandr,Chief Officer,UKR,${pp('FX482739')},2028-02-14,${dob('1979-12-09')}`)}`),

  rec('chat_tl', f`Paki-ayos naman ng cover letter para sa Schengen visa ni Maricel Bautista (Stateroom Attendant). Passport no. ${pp('P7391824A')}, ipinanganak ${dob('12 Hunyo 1996')} sa Iloilo. Contact niya: ${phone('0917 842 3156', 'PH')}. Sign-on sa Civitavecchia sa April 2.`),

  rec('chat_hi', f`कृपया इस नाविक के C1/D वीज़ा के लिए कवर लेटर अंग्रेज़ी में लिखें:
नाम: राजेश कुमार यादव
पासपोर्ट नं.: ${pp('T8273915')}
जन्म तिथि: ${dob('07/11/1988')}
आधार: ${v('pii.in_aadhaar', AADHAAR)}
मोबाइल: ${phone('+91 98452 17630')}
पद: Motorman, जहाज़: Aurelia Serenade`),

  rec('form_id', f`Tolong terjemahkan ke bahasa Inggris data kru ini untuk formulir imigrasi Australia:
Nama lengkap: Dewi Lestari Putri
Tempat/tgl lahir: Surabaya, ${dob('23-05-1997')}
No. paspor: ${pp('E4827391')}
No. HP: ${phone('0812 3847 2915', 'ID')}
Jabatan: Spa Therapist`),

  rec('chat_uk', f`Переклади англійською для агентства: "Моряк Ігор Петренко, дата народження ${dob('03.08.1985')}, закордонний паспорт ${pp('FT918273')}, мобільний ${phone('067 428 9153', 'UA')}, прибуває до Роттердама 21.03 для посадки на судно."`),

  rec('intake_en', f`Bail intake – please turn into a one-paragraph summary for the underwriter:
Defendant: Travis Lee Monroe
DOB: ${dob('02/19/1993')}
SSN: ${v('pii.us_ssn', '529-48-3716')}
Cell: ${phone('(702) 384-9126', 'US')}
Email: ${mail('tlmonroe93@gmail.com')}
Charge: DUI 2nd offense, bond $5,000, Clark County Detention Center
Employer: Desert Line Freight (6 yrs)`),

  rec('chat_es_mx', f`Ayúdame a pasar en limpio los datos del aval para el contrato de fianza:
Nombre: Guadalupe Hernández Ríos
Fecha de nacimiento: ${dob('14 de octubre de 1968')}
Celular: ${phone('+52 55 4187 2936')}
Correo: ${mail('lupita.hdz68@hotmail.com')}
Parentesco: madre del acusado`),

  rec('sms_log', f`Why are some reminders failing? Log from yesterday:

2025-03-11 16:00:02 SEND ok  to=${phone('+1 305 482 7316')} case=F24-018273 hearing=03/13 09:00
2025-03-11 16:00:03 SEND err to=${phone('+1 (786) 419-2758')} case=M25-004471 hearing=03/13 13:30 code=30006 landline
2025-03-11 16:00:03 SEND ok  to=${phone('+1 214 639 2817')} case=F25-000921 hearing=03/14 08:30`),

  rec('form_fr', f`Peux-tu vérifier si ce dossier d'inscription d'interprète-traducteur est complet pour la cour d'appel ?
Nom : Samira Haddad
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Née le ${dob('9 juillet 1985')} à Lyon
Langues : arabe (littéral, maghrébin), kabyle
Tél. : ${phone('06 42 87 19 53', 'FR')}
Courriel : ${mail('s.haddad.interprete@orange.fr')}`),

  rec('chat_fr_ca', f`Peux-tu me faire un courriel de bienvenue pour notre nouvelle interprète en tagalog? Faut que je lui confirme qu'on a bien reçu son NAS ${v('pii.ca_sin', SIN_FMT)} pour la paie pis qu'on va l'appeler au ${phone('(514) 382-4917', 'CA')} pour sa première assignation au palais de justice.`),

  rec('chat_de', f`Bitte schreib eine kurze Bestätigung an unsere neue freie Dolmetscherin für Farsi: wir haben ihre Steuer-ID ${v('pii.de_steuer_id', STEUER)} für die Honorarabrechnung hinterlegt. Rückfragen bitte an ${mail('abrechnung@dolmetschdienst-rhein.de')} oder ${phone('0151 27483906', 'DE')}.`),

  rec('chat_nl', f`Maak een nette e-mail aan de rechtbank: tolk Turks Ayşe Demir (BSN ${v('pii.nl_bsn', BSN)}) is beëdigd en ingeschreven in het Rbtv. Ze is bereikbaar op ${phone('06-28473915', 'NL')}.`),

  rec('chat_es', f`Redacta la solicitud de intérprete de árabe para el Juzgado de Guardia: el detenido, Youssef El Amrani, NIE ${v('pii.es_nie', NIE)}, nacido el ${dob('02/03/1999')}. La intérprete asignada es Nadia Benchekroun, DNI ${v('pii.es_dni', DNI)}, tel. ${phone('612 487 395', 'ES')}.`),

  rec('chat_it', f`Scrivi una mail all'agenzia viaggi per il biglietto del corriere che accompagna il dipinto a Tokyo:
Giulia Bianchi, nata il ${dob('07/07/1982')}
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Passaporto: ${pp('YA4827391')}, scadenza 2030
Cellulare: ${phone('347 281 5093', 'IT')}
Volo andata 3 aprile, ritorno 7 aprile.`),

  rec('chat_pt_br', f`Me ajuda a escrever uma declaração para o consulado: o tripulante Thiago Nascimento, CPF ${v('pii.br_cpf', CPF)}, nascido em ${dob('15/08/1992')}, embarca no navio Aurelia Serenade em Santos. Telefone para contato: ${phone('(11) 98472-3615', 'BR')}.`),

  rec('guarantor_gb', f`Guarantor form for Room 12, Lister House – is anything missing for the referencing agency?
Guarantor: Mrs Helen Ashworth (mother)
Date of birth: ${dob('21/01/1970')}
National Insurance no.: ${v('pii.uk_nino', 'JK 48 27 39 C')}
Mobile: ${phone('07723 481936', 'GB')}
Email: ${mail('helen.ashworth70@btinternet.com')}
Annual income: £41,500 (NHS band 6)`),

  rec('welfare_gb', f`Out-of-hours note, Lister House: resident Callum Reid (Flat 3) taken to A&E by ambulance 02:40, suspected allergic reaction. NHS number from his welfare form: ${v('pii.uk_nhs_number', NHS)}. Next of kin called at ${phone('+44 7481 293615')}.

Rewrite as a short incident note for the lettings manager, keep the medical details minimal.`),

  rec('chat_zh', f`帮我用英文写一封宿舍入住确认邮件：
学生：陈雨桐
护照号：${pp('E48273915')}
出生日期：${dob('2004年3月18日')}
手机：${phone('+86 138 2749 1536')}
邮箱：${mail('chenyutong2004@163.com')}
入住日期：9月14日，房型：en-suite 单人间`),

  rec('chat_ko', f`기숙사 입주 서류 영어로 번역 부탁드려요. 이름: 김서연, 여권번호 ${pp('M48273915')}, 생년월일 ${dob('2003.11.02')}, 연락처 ${phone('010-4827-3915', 'KR')}, 비상연락처(어머니) ${phone('+82 10-2947-3815')}.`),

  rec('chat_ar', f`اكتب لي رسالة تأكيد حجز غرفة في السكن الطلابي باللغة الإنجليزية:
الاسم: نورة عبدالله القحطاني
رقم الجواز: ${pp('T482739')}
تاريخ الميلاد: ${dob('1425/07/11 هـ')} (${dob('26/08/2004')} م)
الجوال: ${phone('055 482 7391', 'SA')}`, 'Hijri birth date labelled as a date of birth too'),

  rec('contact_ja', f`貸出元の連絡先をまとめました。英語の連絡先リストに変換してください。
所蔵館：市立美術館 学芸課
担当：佐藤 美咲（主任学芸員）
電話：${phone('090-4827-3915', 'JP')}
メール：${mail('m.sato@city-art-museum.jp')}
搬出予定日：5月12日`),

  rec('chat_el', f`Γράψε μου email στην αεροπορική για τη συνοδό των εκθεμάτων: Ελένη Παπαδοπούλου, αρ. διαβατηρίου ${pp('AO4827391')}, ημ. γέννησης ${dob('19/02/1984')}, κινητό ${phone('694 827 3915', 'GR')}. Θέλει θέση δίπλα στο κιβώτιο αν επιτρέπεται.`),

  rec('chat_he', f`תרשום לי מייל קבלה לדייר חדש במעונות: שם – יונתן לוי, מספר דרכון ${pp('34827391')}, תאריך לידה ${dob('05.06.2002')}, טלפון ${phone('052-482-7391', 'IL')}. כניסה לחדר 7C ב-1 בספטמבר.`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษให้หน่อยค่ะ: "ผู้เช่า นางสาวพิมพ์ชนก ศรีสุข เกิดวันที่ ${dob('12 มกราคม 2546')} เบอร์โทร ${phone('081 482 7395', 'TH')} อีเมล ${mail('pimchanok.sr@gmail.com')} ขอย้ายห้องจากชั้น 2 ไปชั้น 5"`),

  rec('chat_vi', f`Bạn dịch sang tiếng Anh giúp mình thông tin sinh viên thuê phòng: Nguyễn Minh Anh, sinh ngày ${dob('28/04/2003')}, hộ chiếu số ${pp('C4827391')}, điện thoại ${phone('0912 482 739', 'VN')}. Em muốn gia hạn hợp đồng thêm 6 tháng.`),

  rec('chat_bn', f`এই নাবিকের জন্য ইংরেজিতে একটা ভিসা সাপোর্ট লেটার লিখে দিন: নাম মোঃ রফিকুল ইসলাম, পাসপোর্ট নম্বর ${pp('A04827391')}, জন্ম তারিখ ${dob('১৫/০৩/১৯৯০')}, মোবাইল ${phone('01712-482739', 'BD')}। পদবি: Wiper।`),

  rec('chat_ta', f`இந்த crew member-க்கு ஒரு joining letter ஆங்கிலத்தில் வேண்டும்: பெயர் செந்தில் முருகன், பிறந்த தேதி ${dob('22-09-1989')}, பாஸ்போர்ட் எண் ${pp('M8273916')}, தொலைபேசி ${phone('+91 94442 81735')}. கப்பல்: Aurelia Serenade, Barcelona-வில் சேர வேண்டும்.`),

  rec('hr_pl', f`Napisz notatkę dla kadr: nowy operator rozdrabniarki, Paweł Zieliński, ur. ${dob('11.02.1995')}, tel. ${phone('512 847 391', 'PL')}, PESEL ${ambCat('pii', '95021148273')}, zaczyna od poniedziałku na zmianie nocnej.`, 'PESEL has no engine rule: ambiguous pii span'),

  rec('chat_tr', f`Lastik tesisine yeni başlayan forklift operatörü için giriş formunu İngilizceye çevirir misin? Ad Soyad: Mehmet Yılmaz, doğum tarihi ${dob('17.09.1990')}, cep telefonu ${phone('0532 481 73 95', 'TR')}, acil durumda eşi: ${phone('+90 533 284 71 96')}.`),

  rec('chat_sw', f`Naomba unisaidie kuandika barua ya Kiingereza kwa ubalozi: baharia Joseph Otieno Ochieng, pasipoti ${pp('AK0482739')}, alizaliwa ${dob('30/11/1993')}, simu ${phone('0712 482739', 'KE')}. Anajiunga na meli Lisbon tarehe 5 Mei.`),

  rec('chat_am', f`ይህን የመርከብ ሰራተኛ መረጃ ወደ እንግሊዝኛ ተርጉምልኝ፦ ስም ሰላማዊት ተስፋዬ፣ የፓስፖርት ቁጥር ${pp('EP4827391')}፣ ስልክ ${phone('0911 482 739', 'ET')}፣ የስራ መደብ Housekeeping።`),

  rec('chat_ka', f`დამეხმარე ინგლისურად დაწერო წერილი: მეზღვაური გიორგი ბერიძე, დაბადების თარიღი ${dob('08.01.1991')}, პასპორტის ნომერი ${pp('19AC48273')}, ტელეფონი ${phone('+995 599 48 27 39')}. ჯდება გემზე პირეოსში.`),

  rec('signature_hy', f`Խնդրում եմ այս ստորագրությունը թարգմանիր անգլերեն՝
Անի Հովհաննիսյան
Դատական թարգմանիչ (հայերեն–ռուսերեն)
Հեռ.՝ ${phone('+374 91 482739')}
Էլ. փոստ՝ ${mail('ani.hovhannisyan.translate@gmail.com')}`),

  rec('signature_ro', f`Pune semnătura asta într-un format mai profesionist:
Ioana Marinescu – interpret autorizat limba germană
${phone('0722 418 593', 'RO')} | ${mail('ioana.marinescu.interpret@yahoo.ro')}`),

  rec('chat_fa', f`این پیام را برای هماهنگی جلسه دادگاه به انگلیسی ترجمه کن: «مترجم فارسی، آقای رضا محمدی، شماره تماس ${phone('+98 912 482 7315')}، ساعت ۹ صبح در دادگاه حاضر خواهد بود.»`),

  rec('crew_card_en', f`Make a one-page crew info card for the port agent in Piraeus:
Name: Anjali Nair, Guest Services Manager
Passport: ${pp('V4827316')} (exp 2032)
CDC / Seaman's book: ${ambCat('pii', 'MUM 482739')}
DOB: ${dob('11 Feb 1986')}
Mobile: ${phone('+91 98201 47382')}
Email: ${mail('anjali.nair86@outlook.com')}`, "seaman's book number has no engine rule: ambiguous pii"),
];

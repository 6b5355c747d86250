/**
 * Held-out batch 157: personal data in obituary intake, donor consent records, expat payroll files,
 * crew gate lists, rental waivers and laundry staff rosters. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

const STEUER = `5839201745${deSteuerIdCheckDigit('5839201745')}`;
const NIR_BODY = '2790469123047';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const DNI = esDni('48392716');
const NIE = esNie('Y', '4829173');
const CF = itCodiceFiscale('BNCGLI85M52F205');
const BSN = `27481936${nlBsnCheckDigit('27481936')}`;
const AADHAAR = inAadhaarSpaced('48271936502');
const AADHAAR_TN = inAadhaarSpaced('73920481655');
const CPF = brCpfFormatted('483920175');
const SIN = groupedAs(luhnWithCheck('52719384'), [3, 3, 3]);
const NHS = ukNhsSpaced('943817265');

export const BATCH157_PII: DraftRecord[] = [
  rec('obituary_intake', f`Please turn these notes from the phone call into a 120-word obituary for Saturday's paper, warm but not flowery:

Deceased: Margaret Anne Holloway (née Finch)
Born: ${dob('3 March 1938')}, Crowborough. Died 11 January at Pembury Hospital.
Retired primary-school teacher (St Leonard's, 31 years), church organist, keen bell-ringer.
Survived by: sons Peter and Michael, 5 grandchildren.
Funeral: All Saints, Frant, 29 January, 2 pm.
Contact for the family: Peter Holloway, ${phone('01892 614372', 'GB')} / ${mail('peter.holloway58@btinternet.com')}`),

  rec('hr_de', f`Bitte prüfe den Personalstammsatz für die Entsendung nach Singapur auf Vollständigkeit:

Name: Dr. Katharina Vogelsang
Geburtsdatum: ${dob('14.03.1979')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', STEUER)}
Entsendung: 01.04.2025 – 31.03.2028, Singapur
Privat mobil: ${phone('0171 3948265', 'DE')}
A1-Bescheinigung: entfällt (Drittstaat)`),

  rec('consent_fr', f`Peux-tu reformuler ce paragraphe du registre de consentement en langage simple pour le donneur ?

Donneur : Mme Élise Marchand
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Née le ${dob('5 avril 1979')} à Lyon
Consentement : conservation des échantillons sanguins 15 ans, usage pour la recherche génétique oui, recontact oui (tél. ${phone('06 72 41 93 58', 'FR')}).`),

  rec('gate_list_es', f`Necesito la lista de acceso al astillero en inglés para seguridad portuaria. Personal de la contrata de chorreado:

1. Javier Castro Núñez — DNI ${v('pii.es_dni', DNI)} — móvil ${phone('612 48 39 71', 'ES')}
2. Ion Popescu — NIE ${v('pii.es_nie', NIE)} — móvil ${phone('634 20 71 85', 'ES')}
Entrada: dique 2, turno de noche, del 3 al 7 de marzo.`),

  rec('payroll_it', f`Mi aiuti a scrivere la mail alla collega che parte per Dubai? Le servono i dati per l'iscrizione all'AIRE e per il payroll estero:

Nome: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Data di nascita: ${dob('12/08/1985')}
Cellulare: ${phone('348 917 2046', 'IT')}
Decorrenza distacco: 1° marzo 2025`),

  rec('biobank_nl', f`Kun je deze registratie controleren voordat ik de monsteraanvraag goedkeur?

Deelnemer: dhr. R. (Ruud) van der Meer
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${dob('21-09-1956')}
Toestemming: breed, inclusief DNA-analyse; terugkoppeling van toevalsbevindingen: nee
Telefoon: ${phone('06 48 27 19 53', 'NL')}`),

  rec('chat_hi_en', f`Sir ek expat client ka Indian side ka KYC complete karna hai. Details ye hain: Name Rohan Deshmukh, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, DOB ${dob('17/06/1988')}, mobile ${phone('+91 98451 27630')}. Kya ye sab Form 12BB ke liye chahiye ya sirf PAN kaafi hai?`),

  rec('chat_pt_br', f`Me ajuda a preencher o termo de responsabilidade do aluguel de bike? Cliente: Mariana Lopes Teixeira, CPF ${v('pii.br_cpf', CPF)}, nascida em ${dob('02/11/1990')}, celular ${phone('(48) 99127-4830', 'BR')}. Retirada sábado às 9h na loja da Lagoa.`),

  rec('onboarding_fr_ca', f`Peux-tu vérifier le courriel d'accueil pour l'employé détaché à Montréal?

Bonjour Thomas,
Pour votre paie canadienne, nous avons bien reçu votre numéro d'assurance sociale (NAS) : ${v('pii.ca_sin', SIN)}. Votre date de naissance (${dob('1987-02-23')}) et votre adresse courriel ${mail('thomas.leclerc.expat@videotron.ca')} sont aussi inscrites au dossier.
Si vous avez des questions, appelez-nous au ${phone('(514) 482-7391', 'CA')}.`),

  rec('donor_uk', f`Can you draft a letter inviting this donor back for a follow-up sample? Keep it friendly.

Name: Mr Dilip Chauhan
NHS number: ${v('pii.uk_nhs_number', NHS)}
DOB: ${dob('09/12/1964')}
Original consent: 14/05/2019 (UK cardiovascular cohort, broad consent, recontact = yes)
Mobile: ${phone('07824 519306', 'GB')}`),

  rec('p60_chat', f`Our client moved to the Netherlands in July and HMRC wants his split-year claim. NI number ${v('pii.uk_nino', 'JM 48 27 19 C')}, UTR ${ambCat('pii', '48291 73650')}. Can you list what goes on the SA109 residence pages?`),

  rec('expat_us', f`Write a checklist for our US-citizen client living in Zurich (FBAR + Form 2555). Data we have:
Name: Jennifer A. Kowalski
SSN: ${v('pii.us_ssn', '529-48-1736')}
DOB: ${dob('07/22/1981')}
Email: ${mail('jen.kowalski@bluewin.ch')}
Swiss mobile: ${phone('+41 79 418 27 36')}`),

  rec('chat_ja', f`スキーレンタルの団体予約で、代表者の情報を英語の確認メールにまとめてください。
代表者：佐藤 健一
パスポート番号：${pass('TK4827193')}
生年月日：${dob('1975年4月12日')}
携帯：${phone('090-4821-7365', 'JP')}
人数：8名、ニセコ店、2月14日〜18日`),

  rec('roster_ko', f`세탁 공장 야간조 비상연락망을 표로 정리해 주세요.

김민준 반장 ${phone('010-4827-1935', 'KR')}
이서연 ${phone('010-9183-2746', 'KR')}
박지훈 (보일러 담당) ${phone('010-2748-1936', 'KR')}
이메일은 공용 ${mail('night-shift@cheongjeong-laundry.co.kr')} 로 보내면 됩니다.`),

  rec('gate_list_zh', f`请把下面的船员登记整理成英文表格给港区保安：

船名：远舟 8 号   进坞日期：3 月 3 日
张伟，轮机长，护照号 ${pass('E48271936')}，出生日期 ${dob('1972-08-15')}
李娜，大副，护照号 ${pass('EJ2937461')}，出生日期 ${dob('1983-01-27')}
联系人手机：${phone('138 1927 4650', 'CN')}`),

  rec('crew_ru', f`Переведите, пожалуйста, на английский список экипажа для пропуска на верфь:

1. Смирнов Алексей Викторович, дата рождения ${dob('19.05.1970')}, загранпаспорт ${pass('75 4827193')}
2. Кузнецов Игорь Петрович, дата рождения ${dob('02.11.1985')}, загранпаспорт ${pass('76 1938274')}
Контакт капитана: ${phone('+7 921 384-27-16')}`),

  rec('chat_ar_sa', f`أحتاج خطاب تعريف بالراتب لموظف مغترب لدينا باللغة الإنجليزية. البيانات: الاسم: فيصل العتيبي، رقم الجواز ${pass('N482719')}، تاريخ الميلاد ${dob('1986/03/11')}، الجوال ${phone('+966 55 412 8937')}. الراتب الشهري ٣٢٬٠٠٠ ريال.`),

  rec('hr_pl', f`Popraw proszę ogłoszenie o nowym kierowniku zmiany w pralni, bez danych prywatnych w wersji na tablicę:

Nowy kierownik zmiany B: Tomasz Wróbel
data urodzenia: ${dob('18.07.1984')}
tel. prywatny: ${phone('512 483 927', 'PL')}
e-mail: ${mail('t.wrobel84@wp.pl')}
Start: 3 lutego.`),

  rec('dodsannons_sv', f`Kan du korta ner den här dödsannonsen till 60 ord? Anhörig som beställt: Lena Åberg, ${phone('070-482 19 36', 'SE')}, ${mail('lena.aberg@telia.com')}. Den avlidnes personnummer ${ambCat('pii', '380214-4827')} stod på blanketten, ska det verkligen med i tidningen?`, 'Swedish personnummer: personal id with no built-in rule, ambiguous'),

  rec('chat_tr', f`Yeni başlayan ütü hattı operatörü için işe giriş bildirimi taslağı yazar mısın? Ad: Emre Yıldız, T.C. Kimlik No ${ambCat('pii', '48271936502')}, doğum tarihi ${dob('04.09.1996')}, cep ${phone('0532 418 27 93', 'TR')}.`, 'Turkish T.C. Kimlik number: no built-in rule, ambiguous'),

  rec('chat_el', f`Γράψε μου στα αγγλικά μια περίληψη για το αρχείο του δότη: Νικόλαος Παπαδόπουλος, ημερομηνία γέννησης ${dob('23/10/1961')}, ΑΜΚΑ ${ambCat('pii', '23106104827')}, κινητό ${phone('694 812 3745', 'GR')}. Συγκατάθεση για αποθήκευση DNA και επανεπικοινωνία.`, 'Greek AMKA: no built-in rule, ambiguous'),

  rec('chat_th', f`ช่วยเขียนอีเมลยืนยันการเช่าจักรยานเป็นภาษาอังกฤษให้ลูกค้าหน่อยค่ะ ชื่อ Lukas Becker หนังสือเดินทาง ${pass('C5X7R2KM9')} เบอร์ติดต่อ ${phone('089 412 7365', 'TH')} รับรถที่สาขาเชียงใหม่วันที่ 20 ม.ค. คืนวันที่ 23`),

  rec('chat_vi', f`Anh/chị viết giúp em email gửi khách hàng nhắc bổ sung hồ sơ thuế thu nhập cá nhân cho người nước ngoài: Ông Nguyễn Văn Hải, sinh ngày ${dob('15/02/1979')}, email ${mail('hai.nguyen.expat@gmail.com')}, SĐT ${phone('0912 483 726', 'VN')}. Còn thiếu hợp đồng lao động bản dịch.`),

  rec('chat_id', f`Tolong rapikan pesan WhatsApp ini buat tamu: "Halo Pak Budi Santoso, sepeda gunung untuk tur Kintamani sudah siap. Kalau ada perubahan, hubungi kami di ${phone('0812-3948-2716', 'ID')}. Jangan lupa bawa KTP ya."`),

  rec('obit_he', f`תוכל לערוך את מודעת האבל הזאת? „בצער רב אנו מודיעים על פטירתו של אבינו, סבנו, יוסף לוי ז״ל. ההלוויה תתקיים ביום ראשון בשעה 14:00 בבית העלמין בחיפה." איש קשר מהמשפחה: דני לוי ${phone('052-418-2736', 'IL')}.`),

  rec('chat_uk', f`Допоможи, будь ласка, скласти лист до податкового консультанта в Німеччині. Дані працівника: Олена Коваленко, дата народження ${dob('11.06.1990')}, закордонний паспорт ${pass('FX482719')}, телефон ${phone('+380 67 418 2937')}. Відрядження до Гамбурга з 1 березня.`),

  rec('csv_cs', f`Máme v exportu zákazníků půjčovny duplicity? Stačí mi seznam podezřelých řádků.

${amb('source_code.snippet', f`jmeno;email;telefon;pobocka
Petr Novák;${mail('petr.novak@seznam.cz')};${phone('604 128 937', 'CZ')};Špindlerův Mlýn
Petr Novak;${mail('p.novak@seznam.cz')};${phone('+420 604 128 937')};Špindlerův Mlýn
Jana Dvořáková;${mail('jana.dvorakova@email.cz')};${phone('731 482 916', 'CZ')};Lipno`)}`),

  rec('chat_hu', f`Írj egy rövid emlékeztető SMS-t a donornak a második vérvételről: Kovács Anna, TAJ ${ambCat('pii', '048 271 936')}, telefon ${phone('+36 30 418 2736')}. Időpont: február 4., 8:30, Semmelweis u. 12.`, 'Hungarian TAJ number: no built-in rule, ambiguous'),

  rec('chat_fi', f`Tilaaja soitti, lehti ei ole tullut kolmeen päivään. Voitko kirjoittaa pahoittelevan sähköpostin? Tiedot: Aino Virtanen, ${mail('aino.virtanen@kolumbus.fi')}, ${phone('040 418 2736', 'FI')}, jakelualue Kuopio 3.`),

  rec('chat_da', f`Lav en kort velkomstbesked til vores nye chauffør i vaskeriet: Mads Jørgensen, CPR ${ambCat('pii', '120388-4827')}, mobil ${phone('24 81 93 27', 'DK')}. Han starter på ruten til hotellerne i Odense mandag.`, 'Danish CPR number: no built-in rule, ambiguous'),

  rec('hr_en_gb', f`Tidy this up into a new-starter email for the laundry's payroll bureau:
Name: Siobhan Kearney
NI number: ${v('pii.uk_nino', 'SK 73 91 48 D')}
DOB: ${dob('30/04/1993')}
Mobile: ${phone('07456 281937', 'GB')}
Email: ${mail('siobhan.kearney93@outlook.com')}
Role: tunnel washer operator, Park Royal plant`),

  rec('chat_es_ar', f`Che, ¿me armás un mail de confirmación para el alquiler de esquís en el Cerro Catedral? Cliente: Martín Gómez, DNI ${ambCat('pii', '32.481.927')}, cel ${phone('+54 9 294 441-8273')}, del 12 al 19 de julio, 2 equipos adultos y uno de nene.`, 'Argentine DNI (no check letter): no built-in rule, ambiguous'),

  rec('abo_gsw', f`Chönd Sie mir hälfe, e Mail z schriibe? En Abonnänt het sis Abo vom „Zürioberländer Bote" kündet, will er is Altersheim zügelt. Name: Walter Huber, AHV-Nr. ${ambCat('pii', '756.4827.1936.04')}, Telefon ${phone('044 918 27 36', 'CH')}. Er wott d Todesazeige-Rubrik wiiterhin online läse.`, 'Swiss AHV number: no built-in rule, ambiguous'),

  rec('log', f`Which of these sample-request portal logins look like credential stuffing?

${amb('source_code.snippet', f`2025-01-14T03:12:07Z WARN auth failed user=${mail('m.okafor@biobank-north.ac.uk')} src=${ip('185.220.101.33')}
2025-01-14T03:12:09Z WARN auth failed user=${mail('j.lindqvist@biobank-north.ac.uk')} src=${ip('185.220.101.33')}
2025-01-14T03:12:11Z WARN auth failed user=${mail('a.wright@biobank-north.ac.uk')} src=${ip('185.220.101.33')}
2025-01-14T08:41:52Z INFO auth ok user=${mail('m.okafor@biobank-north.ac.uk')} src=${ip('194.80.232.17')}`)}`),

  rec('chat_bn', f`একজন প্রবাসী ক্লায়েন্টের জন্য ইংরেজিতে বেতন সনদ লিখে দিন। নাম: মো. রাশেদুল ইসলাম, পাসপোর্ট নম্বর ${pass('EB0482719')}, জন্মতারিখ ${dob('১২/০৩/১৯৮৯')}, মোবাইল ${phone('+880 1712-483926')}।`, 'birth date in Bengali digits'),

  rec('chat_ta', f`சலவைத் தொழிற்சாலையின் புதிய ஊழியருக்கு வரவேற்பு கடிதம் எழுதுங்கள்: பெயர் முருகன் செல்வம், ஆதார் ${v('pii.in_aadhaar', AADHAAR_TN)}, கைபேசி ${phone('94431 28736', 'IN')}, பணி: இரவு ஷிப்ட் இஸ்திரி பிரிவு.`),

  rec('crew_ka', f`გთხოვთ, ინგლისურად თარგმნოთ: „ხომალდის შეკეთებაზე მივლინებული შემდუღებელი: გიორგი ბერიძე, დაბადების თარიღი ${dob('08.02.1982')}, პასპორტი ${pass('19AB48271')}, ტელეფონი ${phone('+995 599 41 82 73')}."`),

  rec('profile_json', f`Why does our booking API reject this customer profile with "invalid phone"?

${amb('source_code.snippet', f`{
  "customer_id": "C-20250114-0932",
  "name": "Hannah Stewart",
  "email": "${mail('hannah.stewart@optusnet.com.au')}",
  "phone": "${phone('0412 748 193', 'AU')}",
  "date_of_birth": "${dob('1994-06-08')}",
  "store": "Thredbo Village",
  "items": ["ski-adult-170", "boots-27.5", "helmet-M"]
}`)}`),
];

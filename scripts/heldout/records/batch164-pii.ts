/**
 * Held-out batch 164: personal data (national ids, passports, birth dates, phones, e-mails) in the
 * tickets, forms, exports and chats of a stadium, a rare-disease registry, a rail freight operator,
 * a tenant helpdesk, a kombucha distributor desk and an archive reading room. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

const NHS = ukNhsSpaced('485210763');
const STEUER = '8205163941' + String(deSteuerIdCheckDigit('8205163941'));
const NIR_BODY = '2910575056231';
const NIR = `${NIR_BODY[0]} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const DNI = esDni('48291736');
const NIE = esNie('Y', '2719384');
const CF = itCodiceFiscale('BNCMRA90A41F205');
const BSN = `27391846${nlBsnCheckDigit('27391846')}`;
const CPF = brCpfFormatted('482917305');
const AADHAAR = inAadhaarSpaced('58204917362');
const SIN = luhnWithCheck('46271839');
const SIN_SPACED = `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`;

export const BATCH164_PII: DraftRecord[] = [
  rec('form', f`Please turn this enrolment form into a short welcome letter to the family (no clinical detail):

Lumen Rare Disease Registry – participant enrolment
Participant: Oliver James Whitcombe
Date of birth: ${dob('14/02/2016')}
NHS number: ${v('pii.uk_nhs_number', NHS)}
Parent/guardian: Hannah Whitcombe
Contact: ${phone('07823 416590', 'GB')} / ${mail('hannah.whitcombe@btinternet.com')}
Consent form version: 3.2 (signed 09/11/2024)`),

  rec('hr_de', f`Kannst du mir eine Checkliste für die Einarbeitung schreiben? Neuer Wagenmeister im Werk Mannheim:
Name: Dominik Reuter
Geb.-Datum: ${dob('03.09.1991')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', STEUER)}
Handy: ${phone('0176 48203917', 'DE')}
Eintritt: 02.01.2025, Schicht: Früh/Spät im Wechsel`),

  rec('letter_fr', f`Bonjour, peux-tu vérifier que ce courrier au patient est clair ?

Madame Camille Rousseau
née le ${dob('12 mai 1991')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}

Madame, nous avons bien reçu votre accord pour l'inclusion de vos données dans le registre national des maladies rares. Votre identifiant registre est FR-LRD-004821.`),

  rec('chat_es', f`Hola, necesito preparar el contrato de arrendamiento del piso 3ºB de la calle Alcalá. Inquilinos: Sergio Navarro Gil, DNI ${v('pii.es_dni', DNI)}, y su pareja Ioana Popescu, NIE ${v('pii.es_nie', NIE)}, teléfono de contacto ${phone('612 845 307', 'ES')}. ¿Me haces un borrador de la cláusula de identificación de las partes?`),

  rec('form_it', f`Controlla se manca qualcosa nella scheda di arruolamento del registro:
Cognome e nome: Bianchi Maria
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Data di nascita: ${dob('01/01/1990')}
Cellulare: ${phone('+39 333 918 4276')}
Email: ${mail('maria.bianchi90@libero.it')}
Centro di riferimento: Ospedale Niguarda`),

  rec('chat_nl', f`Een nieuwe huurder heeft zijn BSN (${v('pii.nl_bsn', BSN)}) in het reparatieverzoek voor de cv-ketel gezet. Dat hoeven wij helemaal niet te hebben. Kun je een korte reactie schrijven waarin we uitleggen dat we het verwijderen? Hij heet Ruud Hendriks, telefoon ${phone('06 41827365', 'NL')}.`),

  rec('chat_pt_br', f`Oi! Preciso cadastrar o novo representante de vendas da kombucha no Nordeste. Dados: Rafael Souza Lima, CPF ${v('pii.br_cpf', CPF)}, nascido em ${dob('22/07/1988')}, celular ${phone('(81) 99734-2186', 'BR')}, email ${mail('rafael.lima.vendas@gmail.com')}. Monta uma mensagem de boas-vindas pra ele?`),

  rec('chat_en_in', f`Hello, a researcher came to the reading room to register for a reader's ticket. He only had his Aadhaar card, number ${v('pii.in_aadhaar', AADHAAR)}, no passport. Name: Arvind Krishnamurthy, mobile ${phone('98452 17630', 'IN')}. Can we accept Aadhaar as ID proof for foreign archives? Draft a polite reply asking for another document.`),

  rec('chat', f`Need to finish onboarding for a new event-day steward before Saturday. From his W-4 and I-9: Marcus Delgado, SSN ${v('pii.us_ssn', '523-71-4968')}, DOB ${dob('04/18/1999')}, cell ${phone('(414) 738-2206', 'US')}. Can you make a checklist of what else HR needs from him?`),

  rec('chat_fr_ca', f`Bonjour, le nouveau placier du stade a oublié d'écrire son NAS sur le formulaire TD1. Il me l'a texté : ${v('pii.ca_sin', SIN_SPACED)}. Il s'appelle Félix Tremblay, cell. ${phone('514 872 3310', 'CA')}. Écris-moi un petit courriel pour la paie avec ces infos, s'il vous plaît.`),

  rec('form_ja', f`閲覧室の利用登録申請（外国籍研究者）です。英語で受付確認のメールを書いてください。
氏名：Emily Carter
生年月日：${dob('1986年3月27日')}
旅券番号：${v('pii.passport', 'TK4829173')}
電話：${phone('090-4718-2639', 'JP')}
所属：University of Leeds`),

  rec('chat_ko', f`기록관 열람실 이용자 등록 건입니다. 외국인 연구자가 여권 번호를 ${v('pii.passport', 'M48291736')}로 적었는데, 자리수가 맞는지 확인 부탁해요. 연락처는 ${phone('010-3847-2916', 'KR')}, 이메일 ${mail('jiwoo.han@snu.ac.kr')}입니다. 등록 확인 문자를 짧게 써 주세요.`),

  rec('chat_zh', f`请帮我把这位患者家属的来电记录整理成一段简短的随访备注：
患者：李思远，出生日期 ${dob('2012年8月15日')}
家属：王丽（母亲），手机 ${phone('138 1742 9065', 'CN')}
内容：询问登记处是否可以提供最新的临床试验信息。`),

  rec('form_ru', f`Помоги составить ответ на заявку в читальный зал архива:
ФИО: Смирнова Анна Викторовна
Дата рождения: ${dob('17.11.1984')}
Паспорт: ${v('pii.passport', '45 12 483917')}
Телефон: ${phone('+7 916 482-71-35')}
Тема исследования: купеческие семьи Замоскворечья, 1880–1917`),

  rec('chat_uk', f`Привіт! Мама пацієнтки з реєстру рідкісних хвороб просить оновити контактні дані. Нові: телефон ${phone('067 483 2916', 'UA')}, пошта ${mail('oksana.kovalenko@ukr.net')}. Дитина: Ковальова Софія, дата народження ${dob('09.04.2018')}. Склади коротке підтвердження українською.`),

  rec('chat_ar', f`مرحباً، مشجع من نادي الضيف يطلب تذكرة لمدرج الزوار ويجب التحقق من هويته. الاسم: يوسف الحربي، رقم الجواز: ${v('pii.passport', 'P4827193')}، الجوال: ${phone('050 482 7391', 'SA')}، البريد: ${mail('yousef.harbi88@hotmail.com')}. اكتب رداً مختصراً يطلب منه إحضار الجواز يوم المباراة.`),

  rec('chat_he', f`שלום, דיירת מהבניין ברחוב ביאליק מבקשת שנעדכן את פרטי הקשר שלה במערכת: נייד ${phone('052-748-3916', 'IL')}, מייל ${mail('noa.levi83@walla.co.il')}. כתוב לי בבקשה אישור קצר בעברית.`),

  rec('chat_th', f`ช่วยร่างอีเมลยืนยันการเป็นตัวแทนจำหน่ายคอมบูชาให้คุณสมชาย วงศ์ไทย หน่อยครับ เบอร์ ${phone('081 734 2958', 'TH')} อีเมล ${mail('somchai.w@kombucha-bkk.co.th')} เริ่มส่งสินค้าเดือนมกราคม`),

  rec('chat_vi', f`Bạn ơi, viết giúp mình tin nhắn nhắc khách thuê phòng 805 đóng tiền nước nhé. Tên: Nguyễn Thị Hồng, số điện thoại ${phone('091 284 7365', 'VN')}. Hạn chót ngày 5 tháng sau.`),

  rec('chat_id', f`Tolong buatkan email singkat untuk teknisi gerbong baru di depo Cikampek. Namanya Budi Santoso, HP ${phone('0812-4738-2956', 'ID')}, email ${mail('budi.santoso@corvia-kargo.co.id')}. Dia mulai Senin, jadwal inspeksi dimulai pukul 07.00.`),

  rec('chat_tr', f`Passolig kaydı sorunu: taraftar Emre Aksoy, doğum tarihi ${dob('23.06.1995')}, cep ${phone('0532 481 73 96', 'TR')}. Kart aktive olmuyor. Ona kısa bir bilgilendirme mesajı yazar mısın?`),

  rec('chat_pl', f`Hej, lokatorka z Mokotowa zgłosiła przeciek z sufitu. Kontakt: Agnieszka Wróbel, tel. ${phone('512 847 306', 'PL')}, e-mail ${mail('a.wrobel@wp.pl')}. Napisz proszę krótką odpowiedź, że hydraulik przyjdzie jutro między 8 a 12.`),

  rec('chat_el', f`Γεια σου, μπορείς να γράψεις ένα σύντομο μήνυμα στη μητέρα ασθενούς του μητρώου σπάνιων νοσημάτων; Παιδί: Νικόλαος Παπαδόπουλος, ημερομηνία γέννησης ${dob('30/10/2014')}. Τηλέφωνο μητέρας: ${phone('694 718 2530', 'GR')}. Θέλουμε να επιβεβαιώσουμε το ραντεβού της 12ης Δεκεμβρίου.`),

  rec('chat_ka', f`გამარჯობა, არქივის სამკითხველოში ახალი მკითხველი დარეგისტრირდა: გიორგი ბერიძე, დაბადების თარიღი ${dob('05.03.1979')}, ტელეფონი ${phone('555 48 27 19', 'GE')}. დაწერე მოკლე დადასტურება ქართულად.`),

  rec('chat_hy', f`Բարև, գրանցամատյանում նոր մասնակից ունենք՝ Արամ Պետրոսյան, ծննդյան ամսաթիվ՝ ${dob('11.08.2010')}, ծնողի հեռախոս՝ ${phone('+374 77 482913')}, էլ. փոստ՝ ${mail('petrosyan.family@mail.ru')}։ Գրիր կարճ հաստատման նամակ։`),

  rec('chat_am', f`እባክህ ለታካሚው ቤተሰብ አጭር የማረጋገጫ መልእክት ጻፍልኝ። ስም: ሳራ ተስፋዬ፣ የትውልድ ቀን: ${dob('15/06/2015')}፣ የእናት ስልክ: ${phone('0911 482 736', 'ET')}።`),

  rec('chat_bn', f`ঢাকার নতুন ডিস্ট্রিবিউটরের তথ্য: নাম রাকিব হাসান, মোবাইল ${phone('01712-483926', 'BD')}, ইমেইল ${mail('rakib.hasan.dist@gmail.com')}। তাকে স্বাগত জানিয়ে একটা ছোট বার্তা লিখে দাও।`),

  rec('chat_ta', f`புதிய பெட்டி ஆய்வாளர் கார்த்திக் ராஜா, கைபேசி ${phone('94437 28156', 'IN')}. அவருக்கு வரும் திங்கள் காலை பணிமனைக்கு வர வேண்டும் என்று ஒரு குறுஞ்செய்தி எழுதித் தர முடியுமா?`),

  rec('chat_hu', f`Szia, a stadion beléptetésénél elakadt egy bérletes szurkoló regisztrációja. Adatok: Kovács Péter, születési dátum ${dob('1993. 02. 14.')}, e-mail ${mail('kovacs.peter93@freemail.hu')}, telefon ${phone('+36 30 482 7193')}. Írnál neki egy rövid tájékoztatót?`),


  rec('payroll', f`Can you check this starter form for the new match-day steward is complete before I send it to payroll?

Surname: Adeyemi
Forename: Tolu
NI number: ${v('pii.uk_nino', 'JT 48 27 61 C')}
Date of birth: ${dob('21 September 2003')}
Mobile: ${phone('07491 583 027', 'GB')}
Email: ${mail('tolu.adeyemi03@outlook.com')}
Start date: 7 December`),

  rec('chat_sv', f`Hej, kan du skriva ett kort sms till vår nya vagnplanerare? Hon heter Linnea Ekström, mobil ${phone('070-482 73 91', 'SE')}, mejl ${mail('linnea.ekstrom@corvia.se')}. Första dagen är måndag kl 07.30 i Hallsberg.`),

  rec('chat_fi', f`Moi! Tutkija pyysi lukusalikortin uusimista. Tiedot: Aino Virtanen, puh. ${phone('040 728 3916', 'FI')}, sähköposti ${mail('aino.virtanen@helsinki.fi')}. Kirjoita lyhyt vahvistusviesti suomeksi.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a contestarle a este aficionado? Compró boletos para la zona de porra visitante pero no le llegaron. Datos: Luis Hernández, celular ${phone('55 4827 1936', 'MX')}, correo ${mail('luis.hdz.tigres@gmail.com')}. Que suene amable, porfa.`),

  rec('csv', f`Deduplicate these registry contacts, some families were entered twice:

participant_id,family_name,dob,guardian_email,guardian_phone
LRD-00412,Okonkwo,${dob('2015-03-08')},${mail('chioma.okonkwo@gmail.com')},${phone('+44 7392 184 650')}
LRD-00413,Schulz,${dob('2009-11-22')},${mail('m.schulz@gmx.de')},${phone('+49 171 4829365')}
LRD-00419,Okonkwo,${dob('2015-03-08')},${mail('chioma.okonkwo@gmail.com')},${phone('+44 7392 184 650')}
LRD-00420,Haddad,${dob('2017-06-30')},${mail('rana.haddad@yahoo.fr')},${phone('+33 6 47 28 19 53')}`),

  rec('log', f`Why are so many tenant portal logins failing from the same user? Log extract:

${amb('source_code.snippet', f`2024-11-18T08:12:04Z WARN auth login_failed user=${mail('g.fontaine@free.fr')} src=${ip('86.214.37.102')} reason=bad_password
2024-11-18T08:12:09Z WARN auth login_failed user=${mail('g.fontaine@free.fr')} src=${ip('86.214.37.102')} reason=bad_password
2024-11-18T08:12:15Z WARN auth account_locked user=${mail('g.fontaine@free.fr')} src=${ip('86.214.37.102')}
2024-11-18T08:31:40Z INFO auth login_ok user=${mail('p.marchetti@tiscali.it')} src=${ip('151.38.92.17')}`)}`),


  rec('chat_sw', f`Habari, tafadhali niandikie ujumbe mfupi kwa msambazaji mpya wa kombucha Mombasa: Amina Said, simu ${phone('0712 483 906', 'KE')}, barua pepe ${mail('amina.said.distrib@gmail.com')}. Mkaribishe na umweleze oda ya kwanza itafika Ijumaa.`),

  rec('chat_zh_tw', f`檔案館閱覽室：新讀者陳怡君申請閱覽證，手機 ${phone('0912 483 726', 'TW')}，電子郵件 ${mail('yijun.chen@ntu.edu.tw')}。請幫我寫一封簡短的確認信。`),

];

/**
 * Held-out batch 147: personal data — blood donors' call notes and registrations, trekkers' permit
 * lists with passports, seafarers on pilot boarding lists, parents and tutors of a tutoring app,
 * sterile-supply staff rosters and resale sellers' KYC. Many languages. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

function bsn(p8: string): string {
  const c = nlBsnCheckDigit(p8);
  if (c < 0) throw new Error(`no BSN digit for ${p8}`);
  return p8 + String(c);
}
const NHS = ukNhsSpaced('948372615');
const NHS_2 = ukNhsSpaced('412839570');
const BSN = bsn('27418396');
const NIR_BODY = '2890775118042';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const STEUER = `5829173056${deSteuerIdCheckDigit('5829173056')}`;
const DNI = esDni('48273916');
const DNI_2 = esDni('71938402');
const NIE = esNie('Y', '4827391');
const NIE_2 = esNie('X', '9183726');
const CF = itCodiceFiscale('MRNGLI92M45F205');
const AADHAAR = inAadhaarSpaced('73928461502');
const CPF = brCpfFormatted('482739160');
const CPF_2 = brCpfFormatted('305817492');
const SIN = luhnWithCheck('52839174');
const SIN_SPACED = `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`;

export const BATCH147_PII: DraftRecord[] = [
  rec('call_note', f`Can you turn this call note into a polite follow-up text for the donor?

Donor: Mr Callum Reid
NHS no: ${v('pii.uk_nhs_number', NHS)}
DOB: ${dob('03/11/1986')}
Mobile: ${phone('07911 284637', 'GB')}
Outcome: deferred 4 months (travel to malaria area), wants reminder in July. Prefers texts after 6pm.`),

  rec('form_nl', f`Kun je dit aanmeldformulier voor nieuwe donors controleren op ontbrekende velden?

Naam: Sanne de Vries
Geboortedatum: ${dob('14-02-1994')}
BSN: ${v('pii.nl_bsn', BSN)}
Telefoon: ${phone('06 28417395', 'NL')}
E-mail: ${mail('sanne.devries94@ziggo.nl')}
Bloedgroep: O negatief (bekend bij vorige donatie)`),

  rec('chat_fr', f`Peux-tu rédiger un courrier de convocation pour un don de plaquettes ? Données du donneur : Mme Karima Haddad, née le ${dob('12 juillet 1989')}, n° de sécurité sociale ${v('pii.fr_nir', NIR)}, tél. ${phone('06 48 27 19 53', 'FR')}. Rendez-vous le 22 avril à 8 h 30, site de Lille-Fives.`),

  rec('hr_de', f`Bitte eine Begrüßungsmail für unsere neue Mitarbeiterin im Spender-Callcenter aufsetzen. Aus dem Personalbogen:
Name: Lea Brandner
Geburtsdatum: ${dob('29.09.1998')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', STEUER)}
Handy: ${phone('0171 4829375', 'DE')}
Erster Arbeitstag: 01.04., Schicht Früh (7–15 Uhr)`),

  rec('chat_es', f`Necesito un SMS para recordar a un donante que le toca volver. Datos: Álvaro Gómez Ruiz, DNI ${v('pii.es_dni', DNI)}, fecha de nacimiento ${dob('7/3/1979')}, móvil ${phone('612 48 37 95', 'ES')}. Última donación: 10 de enero. Que suene cercano, no robótico.`),

  rec('chat_it', f`Scrivimi un messaggio per una donatrice che non si è presentata all'appuntamento. Giulia Marino, codice fiscale ${v('pii.it_codice_fiscale', CF)}, nata il ${dob('05/08/1992')}, cell. ${phone('338 271 4096', 'IT')}. Vogliamo proporle un nuovo orario, senza farla sentire in colpa.`),

  rec('chat_pt_br', f`Oi! Preciso de uma mensagem de WhatsApp pra chamar de volta um doador de sangue O-. Dados do cadastro: Rafael Nunes Costa, CPF ${v('pii.br_cpf', CPF)}, nascido em ${dob('18/06/1990')}, celular ${phone('(21) 99734-2815', 'BR')}. O estoque de O- tá crítico.`),

  rec('chat_hi_en', f`Blood donation camp ke liye registration sheet check karo please. Donor: Ramesh Kumar Yadav, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, DOB ${dob('21-01-1985')}, mobile ${phone('98456 21370', 'IN')}. Hemoglobin 13.8, sab theek hai. Thank-you SMS Hindi mein likh do.`),

  rec('payroll_ca', f`Bonjour, peux-tu vérifier ce formulaire d'embauche pour notre nouvelle préposée aux appels (centre de Québec)?
Nom : Marie-Ève Gagnon
NAS : ${v('pii.ca_sin', SIN_SPACED)}
Date de naissance : ${dob('1997-04-30')}
Cellulaire : ${phone('514 872-3916', 'CA')}
Courriel : ${mail('meve.gagnon@videotron.ca')}
C'est-tu correct de lui demander son NAS par courriel?`),

  rec('w9_us', f`Tutor onboarding: can you check this W-9 summary before I upload it to the payroll vendor?
Name: Daniel Whitaker
SSN: ${v('pii.us_ssn', '512-48-2739')}
Address: 418 Larch St, Boise, ID 83702
Email: ${mail('dan.whitaker.math@gmail.com')}
Phone: ${phone('(208) 482-3916', 'US')}`),

  rec('csv_permits', f`नमस्ते, यो TIMS कार्ड र ACAP पर्मिटको लागि ट्रेकरहरूको सूची हो। नाम र राहदानी नम्बर ठिक छ कि जाँच गर्नुहोस्:

${amb('source_code.snippet', f`name,nationality,passport_no,date_of_birth,route
Lukas Hoffmann,DE,${pass('C7RT48K92')},${dob('1991-05-12')},Annapurna Circuit
Emily Carter,GB,${pass('548273916')},${dob('1988-10-03')},Annapurna Circuit
Yuki Sato,JP,${pass('TK4827391')},${dob('1995-01-27')},Annapurna Circuit`)}`),

  rec('chat_ka', f`გთხოვთ, დამეხმარეთ ყაზბეგის მწვერვალზე ასვლის რეგისტრაციის ფორმის შევსებაში. მონაწილე: გიორგი ბერიძე, დაბადების თარიღი: ${dob('14.03.1993')}, პასპორტის ნომერი: ${pass('13AB48273')}, ტელეფონი: ${phone('+995 599 48 27 36')}. ექსპედიცია: 12–16 ივლისი.`),

  rec('chat_ja', f`山小屋の予約確認メールを英語で作ってください。宿泊者：佐藤 健一 様、生年月日 ${dob('1984年9月2日')}、旅券番号 ${pass('TR7391824')}、携帯 ${phone('090-4827-3915', 'JP')}。8月14日から2泊、夕食付き。`),

  rec('chat_ko', f`트레킹 퍼밋 신청서에 들어갈 정보예요. 영어 이메일로 정리해 주세요. 이름: 김지훈, 생년월일: ${dob('1990년 6월 18일')}, 여권번호: ${pass('M48273916')}, 연락처: ${phone('010-4827-3916', 'KR')}, 비상연락처(배우자): ${phone('010-7391-2846', 'KR')}.`),

  rec('rescue_form', f`Notfallkontakte für die Gletschertour – bitte in eine Tabelle bringen:

Teilnehmer: Reto Baumann, geb. ${dob('08.12.1979')}, Natel ${phone('079 418 27 53', 'CH')}
Notfallkontakt: Claudia Baumann (Ehefrau), ${phone('044 781 32 90', 'CH')}
Teilnehmerin: Anna Kälin, geb. ${dob('23.05.1996')}, Natel ${phone('076 384 19 27', 'CH')}
Notfallkontakt: Peter Kälin (Vater), ${phone('+41 27 967 23 58')}`),

  rec('roster_da', f`Lav venligst vagtplanen for lodserne om til en pæn tabel til opslagstavlen:

Uge 14 — Lodsvagt Esbjerg
Man–ons: Lods Henrik Mørch, mobil ${phone('31 48 27 90', 'DK')}
Tors–fre: Lods Mette Skov, mobil ${phone('42 18 39 57', 'DK')}
Weekend: Lods Jens Agger, ${mail('jens.agger@kestrelpilots.dk')}
Vagttelefon døgnet rundt: ${phone('+45 24 82 73 91')}`),

  rec('crew_list', f`Помоги оформить список экипажа для лоцманской заявки на английском:

Судно: «Капитан Белов», ETA 03:20
1. Капитан Сергей Волков — паспорт моряка ${pass('MK 4827391')}, дата рождения ${dob('11.04.1972')}
2. Старпом Андрей Лебедев — загранпаспорт ${pass('75 4827391')}, д.р. ${dob('02.09.1983')}
Контакт агента: ${phone('+7 916 482-37-15')}`),

  rec('chat_tl', f`Pakitulungan naman akong gumawa ng crew list para sa pilot boarding. Si Bosun Mark Anthony Dela Cruz, passport no. ${pass('P4827391A')}, birthday ${dob('March 15, 1987')}, cellphone ${phone('0917 482 3961', 'PH')}. Oiler Jerome Santos, passport ${pass('P7391824B')}, birthday ${dob('Nov. 2, 1991')}.`),

  rec('ticket', f`Ticket #OT-41288 — change of account email
From: ${mail('k.osei.family@outlook.com')}
Parent: Kwame Osei · phone ${phone('+44 7700 139 482')}
Child: Ama Osei, date of birth ${dob('19/02/2016')}, Year 4
Request: "Please move Ama's profile to my wife's email ${mail('efua.osei@icloud.com')} and keep her progress."

Draft the reply and list what we need to verify first.`),

  rec('chat_ko', f`학부모님 문의 답장 좀 써주세요. 학생 이름 박서연, 생년월일 ${dob('2014.08.21')}, 보호자 연락처 ${phone('010-2847-3916', 'KR')}, 이메일 ${mail('seoyeon.mom@naver.com')}. 수학 레벨 테스트 결과를 다시 보내 달라고 하셨어요.`),

  rec('chat_ar_eg', f`ممكن تكتبلي رد لولية أمر بتشتكي إن المدرس ما دخلش الحصة؟ اسمها منى عبد الرحمن، رقمها ${phone('0100 482 7316', 'EG')}، وإيميلها ${mail('mona.abdelrahman@yahoo.com')}. ابنها عمر عنده 12 سنة، واكتب إننا هنعوض الحصة.`),

  rec('chat_vi', f`Viết giúp mình email trả lời phụ huynh bằng tiếng Việt nhé. Phụ huynh: chị Nguyễn Thị Lan, SĐT ${phone('0912 483 726', 'VN')}, email ${mail('lan.nguyen84@gmail.com')}. Con: bé Minh Anh, sinh ngày ${dob('03/05/2015')}. Chị muốn đổi gia sư tiếng Anh.`),

  rec('payroll_uk', f`Tutor payroll change — please sanity-check before I send to the bureau:
Name: Priya Nair
NI number: ${v('pii.uk_nino', 'JT 48 27 39 C')}
DOB: ${dob('22 Aug 1993')}
New address: Flat 3, 27 Hollis Road, Leeds LS6 2AB
Mobile: ${phone('07384 192746', 'GB')}`),

  rec('roster_pl', f`Popraw proszę tę listę kontaktową zespołu sterylizatorni, żeby była czytelna do wydruku:

Kierownik CSSD: mgr Ewa Nowicka — ${phone('601 482 739', 'PL')}, ${mail('e.nowicka@szpital-staldric.pl')}
Zmiana A: Piotr Lewandowski — ${phone('512 483 726', 'PL')}
Zmiana B: Katarzyna Wójcik — ${phone('+48 604 827 391')}
Dyżur techniczny autoklawów: ${phone('22 482 73 91', 'PL')}`),

  rec('signature_he', f`תתרגם לאנגלית את החתימה הזאת למיילים של מחלקת העיקור:

בברכה,
ד"ר נועה פרידמן
מנהלת יחידת עיקור מרכזית
בית החולים סט. אלדריק
טל׳: ${phone('03-648-2915', 'IL')} | נייד: ${phone('052-648-2915', 'IL')}
${mail('noa.friedman@staldric-hospital.org')}`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งเจ้าหน้าที่ห้องจ่ายกลางว่าเปลี่ยนเวรหน่อยค่ะ คุณสมศรี ใจดี เบอร์ ${phone('081 482 7395', 'TH')} จะมาแทนคุณวิชัย วันที่ 12 นี้ ถ้ามีปัญหาโทรหัวหน้าเวร ${phone('02 482 7391', 'TH')} ได้เลยค่ะ`),

  rec('kyc_es', f`Revisa esta ficha de verificación de vendedor; falta algo para liberar los pagos?
Nombre: Valentina Ríos Pardo
NIE: ${v('pii.es_nie', NIE)}
Fecha de nacimiento: ${dob('30/11/1991')}
Teléfono: ${phone('+34 913 48 27 39')}
Email: ${mail('vale.rios.pardo@gmail.com')}
Documento adicional: pasaporte colombiano ${pass('AW482739')}`),

  rec('kyc_zh', f`帮我把这个卖家的实名认证资料翻译成英文，给海外合规团队看：
姓名：陈思雨
出生日期：${dob('1993年4月8日')}
护照号码：${pass('E48273916')}
手机：${phone('138 2748 3916', 'CN')}
邮箱：${mail('siyu.chen93@163.com')}`),

  rec('app_log', f`Why are these login attempts on the seller dashboard being flagged? Logs:

${amb('source_code.snippet', f`2025-03-21 07:42:11 WARN  auth  login_failed email=${mail('nadia.k.resale@gmail.com')} ip=${ip('185.94.37.212')} reason=bad_password attempt=4
2025-03-21 07:42:19 WARN  auth  login_failed email=${mail('nadia.k.resale@gmail.com')} ip=${ip('185.94.37.212')} reason=bad_password attempt=5
2025-03-21 07:42:20 INFO  auth  account_locked email=${mail('nadia.k.resale@gmail.com')} until=2025-03-21T08:42:20Z
2025-03-21 07:51:03 INFO  auth  login_ok email=${mail('nadia.k.resale@gmail.com')} ip=${ip('91.203.66.18')}`)}`),

  rec('chat_el', f`Γράψε μου ένα ευγενικό μήνυμα για δότη αίματος που πρέπει να επαναλάβει εξέταση. Στοιχεία: Νίκος Παπαδόπουλος, ημερομηνία γέννησης ${dob('17/10/1982')}, κινητό ${phone('697 482 7391', 'GR')}, email ${mail('n.papadopoulos82@gmail.com')}.`),

  rec('chat_bn', f`একজন রক্তদাতাকে ফোন করার জন্য স্ক্রিপ্ট লিখে দিন। নাম: তানভীর আহমেদ, জন্ম তারিখ: ${dob('০৫/০৩/১৯৯২')}, মোবাইল: ${phone('01819-274836', 'BD')}। রক্তের গ্রুপ B+, শেষ দান ৪ মাস আগে।`),

  rec('chat_am', f`እባክህ ለደም ለጋሹ የምስጋና መልዕክት ጻፍልኝ። ስም፡ ሰላማዊት ታደሰ፣ የትውልድ ቀን፡ ${dob('12/04/1990')}፣ ስልክ፡ ${phone('0911 48 27 39', 'ET')}። ለ10ኛ ጊዜ ደም ለግሳለች።`),

  rec('sms_list', f`Nisaidie kuandika ujumbe mfupi wa kuwakumbusha wachangiaji damu hawa kuhusu kambi ya Jumamosi:

Amina Juma — ${phone('0712 483926', 'KE')}
Baraka Otieno — ${phone('0722 483 916', 'KE')}
Fatuma Hassan — ${phone('+254 733 918 274')}`),

  rec('chat_fi', f`Kirjoita lyhyt tekstiviesti luovuttajalle, jonka hemoglobiini oli liian matala. Tiedot: Juha Virtanen, syntymäaika ${dob('4.6.1977')}, puhelin ${phone('050 482 7391', 'FI')}. Uusi aika voisi olla kolmen kuukauden päästä.`),

  rec('chat_hu', f`Kérlek, írj egy emlékeztető e-mailt a véradónak: Szabó Réka, születési dátum: ${dob('1995. 02. 11.')}, e-mail: ${mail('reka.szabo95@freemail.hu')}, telefon: ${phone('+36 20 482 7391')}. A következő véradás május 6-án lesz a Szegedi Véradóállomáson.`),

  rec('chat_hr', f`Možeš li napisati poruku darivatelju krvi koji je propustio termin? Ivan Horvat, datum rođenja ${dob('09.01.1988.')}, mobitel ${phone('098 482 739', 'HR')}. Treba ga pozvati na akciju u Osijeku sljedeći tjedan.`),

  rec('chat_id', f`Tolong rapikan data penjual ini buat dikirim ke tim verifikasi: Dewi Kartika Sari, tanggal lahir ${dob('21 Januari 1996')}, WA ${phone('0813-8274-9163', 'ID')}, email ${mail('dewikartika.preloved@gmail.com')}. Dia jual tas Coach bekas, minta pencairan dana dipercepat.`),

  rec('chat_pt_br', f`Revisa esse cadastro de vendedor antes de eu aprovar o saque? Nome: Larissa Mendes, CPF ${v('pii.br_cpf', CPF_2)}, nascida em ${dob('02/12/1995')}, celular ${phone('+55 11 98247-3610')}. Ela vendeu uma bolsa Prada e quer receber via Pix.`),

  rec('chat_nl_be', f`Kunt ge een mail opstellen voor een donor die van adres veranderd is? Mevrouw Els Peeters, geboren op ${dob('3 maart 1975')}, gsm ${phone('0471 48 27 39', 'BE')}, mail ${mail('els.peeters@telenet.be')}. Ze wil voortaan in Gent doneren in plaats van in Aalst.`),

  rec('donor_list_uk', f`Please de-duplicate this donor callback list (same donor entered twice?):

1. Aisha Rahman — DOB ${dob('04/07/1991')} — NHS ${v('pii.uk_nhs_number', NHS_2)} — ${phone('07402 918374', 'GB')}
2. Aisha Rahman — DOB ${dob('04/07/1991')} — NHS ${v('pii.uk_nhs_number', NHS_2)} — ${phone('+44 7402 918374')}
3. Tom Hargreaves — DOB ${dob('19/12/1968')} — ${phone('0113 482 7391', 'GB')}`),

  rec('chat_es_2', f`Un vendedor de Barcelona nos manda su DNI ${v('pii.es_dni', DNI_2)} y el NIE de su socia ${v('pii.es_nie', NIE_2)} para la cuenta de empresa. ¿Qué les pedimos además para el alta como vendedor profesional?`),
];

/**
 * Held-out batch 162: personal data in passenger manifests, prison visitor registrations, seaweed
 * cooperative lists, bounty researcher tax forms, school admissions files and meter-reading
 * contractor records. Hand-written, many languages.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck,
  nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const pp = (s: string) => v('pii.passport', s);
const mail = (s: string) => v('pii.email', s);

const STEUER = `4729158364${deSteuerIdCheckDigit('4729158364')}`;
const NIR_BODY = '1910313055218';
const NIR = `1 91 03 13 055 218 ${frNirKey(NIR_BODY)}`;
const NIR2_BODY = '2850769123052';
const NIR2 = `${NIR2_BODY}${frNirKey(NIR2_BODY)}`;
const DNI = esDni('48213957');
const NIE = esNie('Y', '4821395');
const CF = itCodiceFiscale('BNCGLI92M54H501');
const BSN = `19283746${nlBsnCheckDigit('19283746')}`;
const BSN2 = `30418275${nlBsnCheckDigit('30418275')}`;
const AADHAAR = inAadhaarSpaced('48217395064');
const CPF = brCpfFormatted('417293856');
const SIN = luhnWithCheck('24839157');
const NHS = ukNhsSpaced('485193726');
const NHS2 = ukNhsSpaced('612047385');

export const BATCH162_PII: DraftRecord[] = [
  // ---- helicopter tours ----
  rec('manifest_en_nz', f`Can you check this manifest for the 10:30 Franz Josef glacier landing — total weight must stay under 520 kg for the AS350:

${cfg(f`seat,name,weight_kg,phone,email
1,Oliver Brandt,88,${phone('+49 171 3948271')},${mail('o.brandt@posteo.de')}
2,Mia Brandt,61,${phone('+49 171 3948271')},${mail('o.brandt@posteo.de')}
3,Hemi Parata,102,${phone('021 384 5120', 'NZ')},${mail('hemi.parata@xtra.co.nz')}
4,Grace Liu,54,${phone('0412 738 291', 'AU')},${mail('grace.liu88@gmail.com')}
5,Tom Liu,79,${phone('0412 738 291', 'AU')},${mail('grace.liu88@gmail.com')}`)}`),

  rec('form_ja', f`以下の予約フォームを英語に翻訳してください（パイロットに渡すため）。

氏名：佐々木 美咲（ササキ ミサキ）
生年月日：${dob('1993年4月18日')}
旅券番号：${pp('TR4829173')}
携帯電話：${phone('090-3814-2759', 'JP')}
体重：52kg
備考：高所恐怖症気味のため、前席を希望`),

  rec('chat_ko', f`단체 관광객 헬기 투어 명단 정리 좀 해 주세요. 인솔자 정보만 먼저 보낼게요.
이름: 김도윤
생년월일: ${dob('1985.11.02')}
여권번호: ${pp('M48213957')}
연락처: ${phone('010-4821-3957', 'KR')}
이메일: ${mail('doyun.kim@naver.com')}`),

  rec('chat_zh', f`请帮我把这位客人的信息整理成英文表格，发给冰岛的直升机公司：
姓名：王晓雯
出生日期：${dob('1990年7月23日')}
护照号码：${pp('EJ4829175')}
手机：${phone('138 1042 7396', 'CN')}
紧急联系人：王建国 ${phone('139 2817 4065', 'CN')}`),

  rec('incident_is', f`Getur þú þýtt þessa atvikaskýrslu yfir á ensku fyrir tryggingafélagið?

Atvik: Farþegi hrasaði við útgöngu á lendingarstað við Þórsmörk 14.02.
Farþegi: Sigríður Jónsdóttir, fædd ${dob('03.09.1967')}, sími ${phone('862 4719', 'IS')}
Flugmaður: Einar Halldórsson
Áverkar: tognun á ökkla, fór sjálf á heilsugæslu.`),

  rec('chat_gsw', f`Chasch mer das i es ordentlichs Formular umwandle? De Gascht het am Telefon alles durchgeh:
Name: Reto Aebischer, Geburi ${dob('12.05.1979')}, Natel ${phone('079 412 36 58', 'CH')}, Pass-Nr. ${pp('X4829173')}
Flug: Matterhorn-Rundflug, Samschtig 9 Uhr, 2 Persone`),

  rec('w4_en_us', f`New pilot onboarding for the Kona base. Can you turn this into the checklist for payroll?

Name: Kealoha Makani
SSN: ${v('pii.us_ssn', '512-38-4907')}
DOB: ${dob('06/14/1988')}
Cell: ${phone('(808) 246-3917', 'US')}
Email: ${mail('k.makani@alohamail.com')}
FAA cert: commercial rotorcraft, 2,140 hrs`),

  rec('chat_it', f`Mi prepari il contratto per la nuova guida alpina che accompagna i voli in Val Gardena?
Nome: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Nata a Roma il ${dob('14/08/1992')}
Cellulare: ${phone('347 218 4093', 'IT')}`),

  // ---- prison visitor booking ----
  rec('visitor_form_en_gb', f`Please check this visitor application is complete before I approve it:

Visitor: Shannon Doyle
Date of birth: ${dob('22/03/1984')}
Relationship: partner
ID seen: passport ${pp('548392017')}
NI number: ${v('pii.uk_nino', 'JR 48 21 93 C')}
Phone: ${phone('07823 419605', 'GB')}
Email: ${mail('shannon.doyle84@outlook.com')}
Prisoner: A4821DK, C-wing`),

  rec('chat_cy', f`Allwch chi gyfieithu'r cais ymweliad yma i'r Saesneg?
Enw: Gwenllian Pritchard
Dyddiad geni: ${dob('09/11/1971')}
Rhif ffôn: ${phone('07700 384 915', 'GB')}
Perthynas: mam
Dyddiad ymweld: dydd Sadwrn 15 Mawrth, sesiwn y prynhawn`),

  rec('email_nl', f`Kun je deze bezoekaanvraag samenvatten?

Aanvrager: Fatima el Amrani
Geboortedatum: ${dob('4 juni 1989')}
BSN: ${v('pii.nl_bsn', BSN)}
Telefoon: ${phone('06 41829375', 'NL')}
Relatie tot gedetineerde: zus
Legitimatie: paspoort, nummer ${pp('NR8K42F17')}`),

  rec('chat_pl', f`Przetłumacz proszę na angielski wniosek o widzenie, który przyszedł mailem:

Imię i nazwisko: Katarzyna Wiśniewska
Data urodzenia: ${dob('17.02.1976')}
Numer paszportu: ${pp('EK4829173')}
Telefon: ${phone('+48 512 384 907')}
Stopień pokrewieństwa: matka`),

  rec('chat_ro', f`Vă rog, ajutați-mă să completez formularul de vizită în engleză:
Nume: Adrian Popa
Data nașterii: ${dob('21.10.1982')}
Număr pașaport: ${pp('054829173')}
Telefon: ${phone('+40 722 482 193')}
Relația: frate`),

  rec('chat_ur', f`براہ کرم یہ ملاقات کی درخواست انگریزی میں لکھ دیں:
نام: محمد عمران
تاریخ پیدائش: ${dob('05-01-1969')}
پاسپورٹ نمبر: ${pp('AB4821937')}
فون نمبر: ${phone('0300 4821937', 'PK')}
رشتہ: والد`),

  rec('chat_arz', f`ممكن تكتبلي رسالة للسجن بالإنجليزي؟ أنا عايزة أحجز زيارة لجوزي. بياناتي:
الاسم: منى عبد الرحمن
تاريخ الميلاد: ${dob('1991/03/12')}
رقم الباسبور: ${pp('A28471936')}
الموبايل: ${phone('010 2847 1936', 'EG')}`),

  // ---- seaweed farm ----
  rec('list_sw', f`Naomba unisaidie kupanga orodha hii ya wakulima wa mwani wa Paje kwa Kiingereza:

1. Mwanaisha Juma — tarehe ya kuzaliwa ${dob('12/04/1980')} — simu ${phone('0754 382 917', 'TZ')}
2. Halima Said — tarehe ya kuzaliwa ${dob('03/09/1975')} — simu ${phone('0777 481 293', 'TZ')}
3. Fatma Ali — simu ${phone('0715 294 836', 'TZ')}`),

  rec('list_id', f`Tolong rapikan data petani rumput laut untuk pembayaran bulan ini:
- Wayan Sudarta, tgl lahir ${dob('14-05-1978')}, No HP ${phone('0812-3847-2910', 'ID')}
- Made Ariani, tgl lahir ${dob('02-11-1983')}, No HP ${phone('0813-5928-4471', 'ID')}
Lokasi: Nusa Lembongan`),

  rec('chat_tl', f`Pwede mo bang i-format to para sa HR file? Bagong lab technician namin:
Pangalan: Maricel Dela Cruz
Kaarawan: ${dob('Hunyo 9, 1996')}
Cellphone: ${phone('0917 384 2915', 'PH')}
Email: ${mail('maricel.delacruz96@yahoo.com')}`),

  rec('chat_vi', f`Giúp mình viết email tiếng Anh gửi khách hàng Nhật, đính kèm thông tin người liên hệ bên mình:
Người liên hệ: Nguyễn Thị Thu Hà – phụ trách xuất khẩu rong biển
Điện thoại: ${phone('0912 384 759', 'VN')}
Email: ${mail('thuha.export@rongbienxanh.vn')}`),

  rec('email_ga', f`A Sheáin, a chara,

Seo sonraí teagmhála an cheannaitheora nua ón Iorua: Ingrid Solberg, ${mail('ingrid.solberg@tarehandel.no')}, guthán ${phone('+47 412 38 657')}. Cuir glaoch uirthi faoi na samplaí feamainne.

Le meas,
Máire
${phone('091 563 412', 'IE')}`),

  // ---- bug bounty ----
  rec('kyc_en_in', f`Researcher payout KYC came back "mismatch". Can you compare what he typed with what the platform has?

Typed: Arjun Raghavan, DOB ${dob('19-07-1998')}, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, passport ${pp('N4821937')}
Platform: Arjun R., DOB ${dob('19/07/1998')}, passport ${pp('N4821937')}`),

  rec('chat_ptbr', f`Oi, a plataforma de bug bounty pediu meus dados pra nota fiscal. Me ajuda a preencher em inglês?
Nome: Lucas Ferreira Santos
CPF: ${v('pii.br_cpf', CPF)}
Data de nascimento: ${dob('02/10/1995')}
Celular: ${phone('(11) 98247-3615', 'BR')}`),

  rec('w9_en', f`Triage payouts: US researcher sent a W-9 as a photo. Transcribed:
Name: Danielle Okafor
SSN: ${v('pii.us_ssn', '623-41-8870')}
Address: 4187 Bellevue Ave, Kansas City MO
Phone: ${phone('(816) 482-3917', 'US')}
Is a W-9 enough or do we also need the 1099 consent?`),

  rec('chat_es', f`Hola, para cobrar la recompensa me piden identificación fiscal. Soy español pero mi socio es extranjero residente:
Yo: Pablo Núñez Ortega, DNI ${v('pii.es_dni', DNI)}
Socio: Andrei Popescu, NIE ${v('pii.es_nie', NIE)}
¿Cómo lo pongo en el formulario W-8BEN?`),

  rec('chat_fr', f`Bonjour, pour déclarer mes primes de bug bounty en micro-entreprise, l'URSSAF me demande mon numéro de sécu. C'est bien ${v('pii.fr_nir', NIR)} qu'il faut mettre dans la case « NIR » ? Et ma date de naissance, ${dob('13/03/1991')}, au format JJ/MM/AAAA ?`),

  rec('chat_am', f`ይህን የተመራማሪ መረጃ ወደ እንግሊዝኛ ተርጉምልኝ፦
ስም፦ ዮናስ ተስፋዬ
የትውልድ ቀን፦ ${dob('12/05/1994')}
የፓስፖርት ቁጥር፦ ${pp('EP4829173')}
ስልክ ቁጥር፦ ${phone('+251 91 123 4587')}`),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն՝ վճարման համար անհրաժեշտ տվյալներս.
Անուն, ազգանուն՝ Արամ Գրիգորյան
Ծննդյան ամսաթիվ՝ ${dob('08.06.1993')}
Անձնագրի համար՝ ${pp('AR0482917')}
Հեռախոս՝ ${phone('+374 91 234567')}`),

  // ---- private school admissions ----
  rec('admissions_en_gb', f`Tidy this up into the admissions summary for the head:

Applicant: Isla Fenwick, Year 7 entry 2026
Date of birth: ${dob('3 February 2014')}
NHS number (for the medical form): ${v('pii.uk_nhs_number', NHS)}
Parent: Claire Fenwick, ${phone('07912 483 156', 'GB')}, ${mail('claire.fenwick@btinternet.com')}
Sibling at school: Harry Fenwick, Year 10, NHS ${v('pii.uk_nhs_number', NHS2)}
Bursary: applying (household income below threshold)`),

  rec('chat_zh_hk', f`幫我用英文寫封信畀學校收生處，附上小朋友資料：
學生姓名：陳浩然
出生日期：${dob('2013年5月21日')}
護照號碼：${pp('K48291736')}
家長電話：${phone('9483 2716', 'HK')}
電郵：${mail('chan.family.hk@gmail.com')}`),

  rec('chat_th', f`ช่วยแปลใบสมัครเรียนนี้เป็นภาษาอังกฤษหน่อยค่ะ
ชื่อนักเรียน: ด.ญ. ปัณฑิตา ศรีสวัสดิ์
วันเกิด: ${dob('15 มีนาคม 2556')}
เลขที่หนังสือเดินทาง: ${pp('AA4829173')}
เบอร์โทรผู้ปกครอง: ${phone('081 234 5678', 'TH')}`, 'Thai Buddhist-era year (2556 = 2013)'),

  rec('chat_ru', f`Переведите, пожалуйста, заявление в школу на английский:
ФИО ученика: Омаров Алихан Серикович
Дата рождения: ${dob('11.09.2012')}
Номер паспорта: ${pp('N14829173')}
Телефон родителя: ${phone('+7 701 482 9173')}`),

  rec('bursary_de', f`Kannst du mir helfen, den Stipendienantrag zusammenzufassen? Die Schule verlangt die Steuer-ID beider Eltern für die Einkommensprüfung.
Mutter: Anja Hoffmann, Steuer-ID ${v('pii.de_steuer_id', STEUER)}, geb. ${dob('28.11.1982')}
Vater: (getrennt lebend, Angaben folgen)
Kind: Leon Hoffmann, geb. ${dob('04.06.2014')}
Kontakt: ${phone('0151 28473961', 'DE')}`),

  rec('chat_fr_qc', f`Bonjour! Pour la demande de bourse, l'école veut mon NAS pis la date de fête de mon gars. Est-ce que c'est normal? NAS : ${v('pii.ca_sin', `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`)}, Félix est né le ${dob('2013-10-07')}. Mon cell : ${phone('514 382-4719', 'CA')}.`),

  rec('email_en_ng', f`Good afternoon Admissions,

Kindly find below the details for my ward's application as requested:
Name of pupil: Chiamaka Obi
Date of birth: ${dob('19th January 2012')}
Passport number: ${pp('B05829413')}
Parent's phone: ${phone('0803 482 9173', 'NG')}

Thank you and God bless.
Mrs. Ngozi Obi`),

  // ---- gas meter-reading contractors ----
  rec('csv_nl_be', f`Kun je in deze lijst van meteropnemers (onderaannemer) controleren of alle velden ingevuld zijn?

${cfg(f`naam;geboortedatum;bsn;gsm
Jeroen Peeters;${dob('12-03-1990')};${v('pii.nl_bsn', BSN2)};${phone('0471 28 39 47', 'BE')}
Sanne de Vries;${dob('27-09-1995')};;${phone('06 28471936', 'NL')}`)}`),

  rec('chat_fr2', f`Le sous-traitant de relève nous envoie la fiche d'une nouvelle releveuse. Peux-tu vérifier qu'il ne manque rien ?
Nom : Camille Roux
Née le : ${dob('07/07/1985')}
N° SS : ${v('pii.fr_nir', NIR2)}
Portable : ${phone('06 42 81 37 95', 'FR')}`),

  rec('complaint_el', f`Μπορείς να συντάξεις απάντηση σε αυτό το παράπονο;

"Ο καταμετρητής ήρθε χωρίς ραντεβού και μπήκε στην αυλή μου. Ονομάζομαι Δημήτρης Παπαδόπουλος, τηλέφωνο ${phone('694 123 4587', 'GR')}. Θέλω να με καλέσει ο υπεύθυνος."`),

  rec('chat_bn', f`গ্রাহককে একটা মেসেজ লিখে দাও: মিটার রিডার আগামীকাল সকাল ১০টায় আসবেন। গ্রাহক: রফিকুল ইসলাম, ফোন নম্বর ${phone('01712-345678', 'BD')}। সমস্যা হলে সুপারভাইজারকে ${phone('01819-482917', 'BD')} নম্বরে ফোন করতে বলবে।`),
];

function cfg(body: ReturnType<typeof f>) {
  return amb('source_code.snippet', body);
}

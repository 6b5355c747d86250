/**
 * Held-out batch 121: personal data in adoption forms, firefighter training records, KYC files,
 * tannery payroll, applicant and housing records, signatures and logs, in many languages.
 * Hand-written; identity-number check digits computed below.
 */
import { brCpfFormatted, itCodiceFiscale, luhnCheckDigit, nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cpf = brCpfFormatted;
const cf = itCodiceFiscale;

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (n8: string): string => n8 + DNI_LETTERS[Number(n8) % 23];
const nie = (x: 'X' | 'Y' | 'Z', n7: string): string => x + n7 + DNI_LETTERS[Number(String('XYZ'.indexOf(x)) + n7) % 23];
const bsn = (n8: string): string => {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(n8[i]) * (9 - i);
  for (let c = 0; c <= 9; c++) if ((s - c) % 11 === 0) return n8 + String(c);
  throw new Error(`no BSN check digit for ${n8}`);
};
const sin = (n8: string): string => {
  const x = n8 + String(luhnCheckDigit(n8));
  return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`;
};
const aadhaar = (n11: string): string => {
  const x = n11 + String(verhoeffCheckDigit(n11));
  return `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`;
};
const nhs = (n9: string): string => {
  const c = nhsCheckDigit(n9);
  if (c < 0) throw new Error(`no NHS check digit for ${n9}`);
  const x = n9 + String(c);
  return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`;
};
const nir = (n13: string): string => {
  const key = String(97n - (BigInt(n13) % 97n)).padStart(2, '0');
  const x = n13 + key;
  return `${x.slice(0, 1)} ${x.slice(1, 3)} ${x.slice(3, 5)} ${x.slice(5, 7)} ${x.slice(7, 10)} ${x.slice(10, 13)} ${x.slice(13)}`;
};
/** German Steuer-ID: ISO 7064 MOD 11,10 check digit on ten digits chosen with one digit twice. */
const steuerId = (n10: string): string => {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let s = (Number(n10[i]) + product) % 10;
    if (s === 0) s = 10;
    product = (s * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return n10 + String(check);
};

export const BATCH121_PII: DraftRecord[] = [
  rec('form', f`Can you turn this adoption application into a short summary for the foster coordinator? Flag anything that needs a home check.

ADOPTION APPLICATION – Pawbridge Rescue Network
Animal: "Biscuit", 3 y, beagle mix (intake #PB-25-0418)
Applicant: Shawna Whitaker
Date of birth: ${v('pii.date_of_birth', '07/22/1989')}
Email: ${v('pii.email', 'shawna.whitaker77@gmail.com')}
Cell: ${phone('(512) 739-4862', 'US')}
Address: 1408 Juniper Hollow Dr, Round Rock TX 78664
Landlord: Crestline Property Mgmt, ${phone('(512) 248-3917', 'US')}
Other pets: one cat (spayed, 9 y)
Yard: fenced, 5 ft`),

  rec('form_es_mx', f`¿Me ayudas a redactar la respuesta a esta solicitud de adopción? Queremos pedirle una foto del patio.

Solicitante: Guadalupe Ramírez Ortega
CURP: ${ambCat('pii', 'RAOG900314MDFMRD08')}
Tel. celular: ${phone('+52 55 4187 2936')}
Correo: ${v('pii.email', 'lupita.ramirez.o@hotmail.com')}
Mascota: "Canela", mestiza, 2 años
Vive en: departamento con azotea, Coyoacán`, 'Mexican CURP: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_pt_br', f`Oi! Preciso de um termo de adoção responsável para o gatinho Farofa. Dados do adotante: Rafael Nogueira Lima, CPF ${v('pii.br_cpf', cpf('482913607'))}, nascido em ${v('pii.date_of_birth', '03/11/1994')}, celular ${phone('(21) 98734-2618', 'BR')}. Pode deixar espaço para a assinatura e para o número do microchip?`),

  rec('email_de', f`Hallo, kannst du diese Mail an das Wohnheim freundlicher formulieren?

"Sehr geehrte Damen und Herren, für den Mietvertrag unserer neuen Austauschstudentin benötigen wir noch eine Bestätigung. Daten: Aigerim Bekova, geboren am ${v('pii.date_of_birth', '14.05.2003')}, Reisepassnummer ${v('pii.passport', 'N14829376')} (Kasachstan), Einzug 01.04., Zimmer 2.207. Mobil: ${phone('+7 701 482 9163')}."`),

  rec('hr_fr', f`Peux-tu vérifier ce formulaire d'assurance pour un sapeur-pompier volontaire avant que je l'envoie au SDIS ?

Nom : Lemaire, Thomas
Né le : ${v('pii.date_of_birth', '19/08/1991')} à Amiens
N° de sécurité sociale : ${v('pii.fr_nir', nir('1910880021154'))}
Téléphone : ${phone('06 47 82 19 35', 'FR')}
Centre d'incendie et de secours : Abbeville
Formation : FI SPV module secours à personne, 2025`),

  rec('chat_it', f`Mi prepari la lettera di invito per la fiera di Hong Kong per il nostro responsabile export? Dati: Marco Bertini, codice fiscale ${v('pii.it_codice_fiscale', cf('BRTMRC82C15G702'))}, passaporto n. ${v('pii.passport', 'YA4829173')}, nato il ${v('pii.date_of_birth', '15 marzo 1982')} a Pisa. Cellulare aziendale ${phone('+39 347 821 5093')}.`),

  rec('hr_es', f`¿Puedes ordenar estos datos en una tabla para el alta en la Seguridad Social de los dos aparadores nuevos de la fábrica de calzado?

- Alejandro Pastor Ruiz, DNI ${v('pii.es_dni', dni('48291736'))}, nacido el ${v('pii.date_of_birth', '02/06/1997')}, tel. ${phone('612 83 47 19', 'ES')}
- Ionela Dumitrescu, NIE ${v('pii.es_nie', nie('Y', '4829173'))}, nacida el ${v('pii.date_of_birth', '27/10/1993')}, tel. ${phone('+34 634 172 908')}`),

  rec('hr_nl', f`Kun je van deze gegevens een nette aanmeldbrief maken voor de verzekering van een nieuwe vrijwillige brandweerman?

Naam: Daan Visser
Geboortedatum: ${v('pii.date_of_birth', '3 februari 1996')}
BSN: ${v('pii.nl_bsn', bsn('29481736'))}
Post: Kazerne Noordwijk
Telefoon: ${phone('06 38472915', 'NL')}`),

  rec('chat_hi_en', f`Bhai PF ke liye naye worker ka form bharna hai, tannery mein finishing section mein hai. Naam Salim Qureshi, Aadhaar ${v('pii.in_aadhaar', aadhaar('74829163052'))}, DOB ${v('pii.date_of_birth', '12-04-1998')}, mobile ${phone('+91 98403 27158')}. Nomination form mein kya kya chahiye, list bana do.`),

  rec('occ_health', f`Please reword this occupational-health referral so it's less blunt:

Firefighter: Callum Reid, Green Watch, Station 14
NI number: ${v('pii.uk_nino', 'JR 58 41 92 C')}
NHS number: ${v('pii.uk_nhs_number', nhs('485777312'))}
DOB: ${v('pii.date_of_birth', '04/11/1986')}
Reason: recurring knee pain after the ladder drill, failed the annual fitness test on 12/02. Contact: ${phone('07842 483 927', 'GB')}`),

  rec('hr_fr_ca', f`Peux-tu m'aider à remplir le formulaire d'embauche du nouveau pompier à temps partiel? Nom : Jérémie Gagnon, NAS ${v('pii.ca_sin', sin('46291837'))}, date de naissance ${v('pii.date_of_birth', '1995-07-18')}, cell. ${phone('(418) 629-3847', 'CA')}. Il commence la formation Pompier I le 7 avril.`),

  rec('housing', f`Write a friendly reminder to this student that their housing contract isn't signed yet:

Resident: Tyler Brooks (domestic, sophomore)
Student ID: 900418273
SSN (for the rent-deferral form): ${v('pii.us_ssn', '518-42-7391')}
DOB: ${v('pii.date_of_birth', 'March 9, 2005')}
Email: ${v('pii.email', 'tbrooks5@students.midstate-demo.edu')}
Assigned: Oak Hall 214B`),

  rec('chat_zh', f`请帮我把这段信息整理成英文，用于学校的签证材料（CAS）申请：
姓名：王思雨
出生日期：${v('pii.date_of_birth', '2004年6月18日')}
护照号码：${v('pii.passport', 'EJ4829173')}
手机：${phone('+86 138 2917 4630')}
邮箱：${v('pii.email', 'siyu.wang2004@163.com')}
申请专业：MSc Environmental Engineering`),

  rec('chat_ko', f`입학처에 보낼 영문 이메일 좀 써 주세요. 제 여권 번호가 바뀌어서 업데이트해야 해요. 이름: 김민준, 생년월일 ${v('pii.date_of_birth', '2003.11.02')}, 새 여권번호 ${v('pii.passport', 'M48291736')}, 지원번호 UG-2025-41827. 연락처 ${phone('010-4829-1736', 'KR')}.`),

  rec('chat_ja', f`留学生寮の入居申込書を英語に直してください。
氏名：佐藤 結衣
生年月日：${v('pii.date_of_birth', '2002年9月30日')}
旅券番号：${v('pii.passport', 'TR4829173')}
電話：${phone('090-4829-1736', 'JP')}
メール：${v('pii.email', 'yui.sato.0930@docomo.ne.jp')}
希望入居日：2025年9月20日`),

  rec('chat_vi', f`Bạn dịch giúp mình sang tiếng Anh để gửi phòng tuyển sinh quốc tế nhé: "Em tên là Nguyễn Thị Thu Hà, sinh ngày ${v('pii.date_of_birth', '21/01/2004')}, số hộ chiếu ${v('pii.passport', 'C8291736')}. Em đã nộp hồ sơ nhưng chưa nhận được email xác nhận. Số điện thoại của em là ${phone('+84 90 482 91 73')}."`),

  rec('email_ar_eg', f`ممكن تكتبلي الإيميل ده بالإنجليزي للسكن الجامعي؟
"أنا محمود السيد، طالب ماجستير جديد. رقم جواز السفر ${v('pii.passport', 'A28491736')}، تاريخ الميلاد ${v('pii.date_of_birth', '1998/05/11')}. محتاج أعرف موعد استلام الغرفة. رقم موبايلي ${phone('+20 10 2948 1736')} وعليه واتساب."`),

  rec('chat_fa', f`لطفاً این را به انگلیسی برای دفتر پذیرش بنویسید: «اینجانب زهرا احمدی، متولد ${v('pii.date_of_birth', '۱۳۸۱/۰۴/۲۳')} (${v('pii.date_of_birth', '14 July 2002')})، شماره گذرنامه ${v('pii.passport', 'E48291736')}، درخواست تمدید مهلت ارسال مدرک زبان را دارم.»`),

  rec('chat_ne', f`कृपया यो इमेल अङ्ग्रेजीमा लेखिदिनुहोस्, विश्वविद्यालयको छात्रावासलाई पठाउनु छ: "मेरो नाम सुजन थापा हो। जन्म मिति ${v('pii.date_of_birth', '२०६० साउन ५')}, राहदानी नम्बर ${v('pii.passport', '10482917')}। मेरो फोन नम्बर ${phone('+977 980-1482917')} हो। म सेप्टेम्बर २० मा आइपुग्छु।"`),

  rec('chat_ka', f`გთხოვთ, დამეხმარეთ ინგლისურად წერილის დაწერაში საერთო საცხოვრებლისთვის: ჩემი სახელია ნინო ბერიძე, დაბადების თარიღი ${v('pii.date_of_birth', '12.03.2004')}, ტელეფონი ${phone('+995 599 48 29 17')}, ელფოსტა ${v('pii.email', 'nino.beridze04@gmail.com')}. ოთახის გაზიარება მინდა ჩემს მეგობართან.`),

  rec('signature_hy', f`Հարգանքով՝
Արմեն Գրիգորյան
Համապատասխանության բաժնի ղեկավար
«Արարատ Դայմոնդ» ՍՊԸ, Երևան
Բջջ.՝ ${phone('+374 91 482917')}
Էլ. փոստ՝ ${v('pii.email', 'a.grigoryan@ararat-diamond-demo.am')}

Translate the title line into English for the Antwerp partner's records.`),

  rec('signature_am', f`ከሰላምታ ጋር፣
ሄኖክ ተስፋዬ
የኤክስፖርት ክፍል ኃላፊ
ሞጆ የቆዳ ፋብሪካ
ስልክ፦ ${phone('+251 91 148 2917')}
ኢሜይል፦ ${v('pii.email', 'henok.t@modjo-tannery-demo.et')}

Can you make an English version of this signature block?`),

  rec('kyc_he', f`סכם לי בבקשה את תיק הלקוח לוועדת הציות באנגלית:
שם: יעל כהן-לוי
ת.ז.: ${ambCat('pii', '038291746')}
תאריך לידה: ${v('pii.date_of_birth', '17.08.1979')}
דרכון: ${v('pii.passport', '34829173')}
טלפון: ${phone('052-482-9173', 'IL')}
עיסוק: סוחרת יהלומים, חברה בבורסה ברמת גן`, 'Israeli teudat zehut: personal, no built-in rule (ambiguous, no rule id)'),

  rec('list_ru', f`Сделай из этого списка таблицу для графика занятий по газодымозащитной службе:

Иванов Сергей Петрович, д.р. ${v('pii.date_of_birth', '12.03.1988')}, тел. ${phone('+7 916 482-91-73')}
Кузнецова Анна Викторовна, д.р. ${v('pii.date_of_birth', '05.09.1993')}, тел. ${phone('8 (495) 381-27-46', 'RU')}
Сафин Ильдар Рустемович, д.р. ${v('pii.date_of_birth', '27.11.1985')}, тел. ${phone('+7 917 284 19 36')}`),

  rec('chat_uk', f`Допоможіть скласти графік чергувань волонтерів притулку на вихідні. Контакти:
Олена — ${phone('+380 67 482 9173')}
Тарас — ${phone('+380 50 318 2746')}
Ірина — ${phone('093 481 2739', 'UA')}
Субота: вигул собак 9:00–12:00, неділя: прибирання котячих вольєрів.`),

  rec('kyc_th', f`ช่วยสรุปข้อมูลลูกค้าคนนี้เป็นภาษาอังกฤษสำหรับแฟ้ม KYC หน่อยค่ะ
ชื่อ: นางสาวพิมพ์ชนก ศรีสุข
เลขประจำตัวประชาชน: ${ambCat('pii', '1 1037 04829 17 3')}
วันเกิด: ${v('pii.date_of_birth', '8 มีนาคม 2530')}
โทร: ${phone('081 482 9173', 'TH')}
อาชีพ: เจ้าของร้านทองและเพชร ย่านเยาวราช`, 'Thai national ID: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_id', f`Tolong buatkan email konfirmasi dalam bahasa Inggris untuk calon mahasiswa ini: Putri Ayu Lestari, lahir ${v('pii.date_of_birth', '19 Agustus 2004')}, email ${v('pii.email', 'putri.ayu.lestari@yahoo.co.id')}, WA ${phone('+62 812-4829-1736')}. Dia diterima di program Food Science dan perlu info asrama.`),

  rec('list_tr', f`Bu vardiya listesini İngilizce bir tabloya çevirir misin? Alıcı firmanın denetçisi istiyor.

Kasar bölümü: Mehmet Yıldız – ${phone('0532 482 91 73', 'TR')}
Boyahane: Ayşe Demir – ${phone('+90 533 284 19 37')}
Sevkiyat: Hasan Çelik – ${phone('0212 384 27 19', 'TR')}`),

  rec('signature_pl', f`Pozdrawiam serdecznie
Agnieszka Zielińska
Specjalista ds. przygotowalni (prepress)
Drukarnia Opak sp. z o.o.
tel. ${phone('+48 601 482 917')}
${v('pii.email', 'a.zielinska@drukarnia-opak-demo.pl')}

Zrób mi z tego wersję po angielsku do stopki w Outlooku.`),

  rec('hr_de', f`Kannst du daraus eine Checkliste für die Lohnbuchhaltung machen? Neuer Drucktechniker in der Druckvorstufe ab 01.03.:
Name: Jonas Albrecht
Geburtsdatum: ${v('pii.date_of_birth', '23.09.1990')}
Steuer-ID: ${v('pii.de_steuer_id', steuerId('4829173654'))}
Krankenkasse: AOK Nordwest
Handy: ${phone('0171 4839265', 'DE')}
Fehlt noch: SV-Ausweis, Bankverbindung`),

  rec('email_de_at', f`Bitte kürzen, klingt zu steif:

"Sehr geehrter Herr Hofer, bezüglich der Druckfreigabe für die Weinetiketten (Auftrag 25-0418) ersuchen wir Sie um Rückruf. Ihre Ansprechpartnerin ist Frau Mag. Sabine Gruber, erreichbar unter ${phone('+43 664 381 2975')} bzw. ${v('pii.email', 's.gruber@druckhaus-demo.at')}."`),

  rec('chat_sv', f`Kan du skriva ett kort intyg om att den här brandmannen har genomfört rökdykarutbildningen? Namn: Johan Lindberg, personnummer ${ambCat('pii', '19880412-4831')}, mobil ${phone('070-482 91 73', 'SE')}, kursdatum 3–7 mars.`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  rec('chat_fi', f`Voisitko kirjoittaa kiitosviestin tälle adoptoijalle? Nimi: Aino Virtanen, henkilötunnus ${ambCat('pii', '120394-482F')}, puhelin ${phone('040 482 9173', 'FI')}, sähköposti ${v('pii.email', 'aino.virtanen@elisanet.fi')}. Hän adoptoi kissan nimeltä Pulla.`, 'Finnish henkilötunnus: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ta', f`இந்த தொழிலாளர் விவரங்களை ஆங்கிலத்தில் அட்டவணையாக மாற்றித் தர முடியுமா? ESI பதிவுக்கு வேண்டும்.
பெயர்: முருகன் செல்வராஜ், ஆதார்: ${v('pii.in_aadhaar', aadhaar('52918374602'))}, பிறந்த தேதி: ${v('pii.date_of_birth', '05.06.1992')}, கைபேசி: ${phone('+91 94432 81736')}
பெயர்: லட்சுமி ராமன், ஆதார்: ${v('pii.in_aadhaar', aadhaar('61829374015'))}, கைபேசி: ${phone('+91 98942 17365')}`),

  rec('chat_bn', f`এই শ্রমিকের তথ্য দিয়ে ইংরেজিতে একটা নিয়োগপত্র বানিয়ে দিন: নাম রহিমা খাতুন, জাতীয় পরিচয়পত্র নম্বর ${ambCat('pii', '4829173650')}, জন্ম তারিখ ${v('pii.date_of_birth', '১৪/০২/১৯৯৬')}, মোবাইল ${phone('+880 1712-482917')}। পদ: ট্যানারি ফিনিশিং অপারেটর।`, 'Bangladeshi NID: no built-in rule (ambiguous, no rule id)'),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-02-11T21:04:17.332Z","level":"warn","svc":"adopt-portal","msg":"too many login attempts","email":"${v('pii.email', 'k.okafor.home@outlook.com')}","ip":"${amb('pii.ip_address', '102.89.34.17')}","attempts":7}
{"ts":"2025-02-11T21:04:19.018Z","level":"warn","svc":"adopt-portal","msg":"account locked","email":"${v('pii.email', 'k.okafor.home@outlook.com')}","ip":"${amb('pii.ip_address', '102.89.34.17')}"}`)}

Is this a brute-force attempt or just an adopter who forgot her password?`),

  rec('chat_tl', f`Pa-check naman po ng application na 'to bago ko i-forward sa admissions: Maria Clarissa Dela Cruz, birthday ${v('pii.date_of_birth', 'June 3, 2004')}, passport no. ${v('pii.passport', 'P4829173A')}, cellphone ${phone('0917 482 9173', 'PH')}, email ${v('pii.email', 'clarissa.delacruz04@gmail.com')}. Kulang pa ba yung IELTS?`),

  rec('chat_sw', f`Tafadhali niandikie barua pepe kwa Kiingereza kwa ofisi ya malazi ya chuo: "Jina langu ni Baraka Mwangi, namba ya pasipoti ${v('pii.passport', 'AK4829173')}, simu ${phone('+254 712 482917')}. Nitafika tarehe 18 Septemba na ninaomba chumba cha mtu mmoja."`),
];

/**
 * Held-out batch 104: personal data in lost-property claims, patient intake, refugee housing files,
 * payroll and HR notes, contracts and exports, in many languages. Hand-written.
 */
import { luhnCheckDigit, nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { cpfValid, codiceFiscaleValid, steuerIdValid, bsnValid } from '../checks';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** First completion of `prefix` by one character from `alphabet` that passes `ok`. */
function complete(prefix: string, ok: (s: string) => boolean, alphabet = '0123456789'): string {
  for (const c of alphabet) if (ok(prefix + c)) return prefix + c;
  throw new Error(`no valid completion for ${prefix}`);
}
const nhs = (p9: string): string => `${p9.slice(0, 3)} ${p9.slice(3, 6)} ${p9.slice(6)}${nhsCheckDigit(p9)}`;
const aadhaar = (p11: string): string => {
  const d = p11 + String(verhoeffCheckDigit(p11));
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};
const cpf = (p9: string): string => {
  for (let a = 0; a < 10; a++) for (let b = 0; b < 10; b++) {
    const s = `${p9}${a}${b}`;
    if (cpfValid(s)) return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
  }
  throw new Error('cpf');
};
const dni = (n8: string): string => n8 + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n8) % 23];
const nie = (l: 'X' | 'Y' | 'Z', n7: string): string => `${l}${n7}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(String('XYZ'.indexOf(l)) + n7) % 23]}`;
const bsn = (p8: string): string => complete(p8, bsnValid);
const steuer = (p10: string): string => complete(p10, steuerIdValid);
const cf = (p15: string): string => complete(p15, codiceFiscaleValid, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const nir = (p13: string): string => {
  const key = String(97n - (BigInt(p13) % 97n)).padStart(2, '0');
  return `${p13[0]} ${p13.slice(1, 3)} ${p13.slice(3, 5)} ${p13.slice(5, 7)} ${p13.slice(7, 10)} ${p13.slice(10, 13)} ${key}`;
};
const sin = (p8: string): string => {
  const d = p8 + String(luhnCheckDigit(p8));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};

export const BATCH104_PII: DraftRecord[] = [
  rec('lost_property_en_gb', f`Lost property claim LP-2026-55120 — please write a reply saying we found it.

Claimant: Mrs Eleanor Whitcombe
Email: ${v('pii.email', 'e.whitcombe1958@btinternet.com')}
Phone: ${amb('pii.phone', '01632 960 118')}
Item: navy Barbour jacket, reading glasses in left pocket, lost on the 07:42 York–King's Cross, coach C
Collected from: York station lost property, ready from Tuesday`),

  rec('intake_de', f`Bitte fasse diesen Anamnesebogen für die Dermatologin kurz zusammen:

Patientin: Katharina Lechner
Geburtsdatum: ${v('pii.date_of_birth', '14.03.1987')}
Steuer-ID (für Privatrechnung angegeben): ${v('pii.de_steuer_id', steuer('4728193756'))}
Telefon: ${phone('0170 4829173', 'DE')}
Beschwerden: seit 6 Wochen schuppende Plaques an Ellenbogen und Knien, Juckreiz, Vater hat Psoriasis.
Medikamente: L-Thyroxin 75 µg`),

  rec('housing_case_en_us', f`Can you turn these intake notes into a housing referral letter for the landlord?

Case #RA-26-0912
Head of household: Abdul Wahid Noorzai, DOB ${v('pii.date_of_birth', '03/11/1979')}
A-Number: ${ambCat('pii', 'A 214-883-097')}
SSN: ${v('pii.us_ssn', '521-47-3386')}
Phone: ${phone('(971) 284-6637', 'US')}
Family size: 6 (spouse + 4 children aged 2–14)
Needs: 3BR, ground floor (mother-in-law uses wheelchair), near Portland bus line 4`),

  rec('chat_so', f`Salaan, fadlan ii qor warqad kiro guri oo af-Ingiriis ah. Macluumaadka qoyska:
Magaca: Hodan Cabdi Warsame
Taariikhda dhalashada: ${v('pii.date_of_birth', '12/05/1991')}
Telefoon: ${phone('+254 722 481 936')}
Email: ${v('pii.email', 'hodan.warsame91@gmail.com')}
Waxaan u baahanahay guri 2 qol ah oo ku yaal Minneapolis.`),

  rec('payroll_uk', f`Payroll query from the salt mine's Northwich office — can you draft the P45 cover letter?

Employee: Gareth Pritchard
NI number: ${v('pii.uk_nino', 'JR 48 27 91 C')}
Leaving date: 30/11/2026
Address: 14 Brine Pit Lane, Northwich CW9 7QA
Personal mobile: ${phone('07824 519 306', 'GB')}`),

  rec('nhs_referral', f`Please help me write a GP-style referral to our dermatology clinic in Leeds:

Patient: Mr Tomasz Nowicki
NHS number: ${v('pii.uk_nhs_number', nhs('943476591'))}
DOB: ${v('pii.date_of_birth', '22/08/1964')}
Reason: changing pigmented lesion, left scapula, 9 mm, irregular border, 2WW suspected melanoma`),

  rec('aadhaar_en_in', f`Hi, we are onboarding a new analyst at the Bengaluru trade-support desk. Please format this KYC info into the HR template:

Name: Priyanka Raghunathan
Aadhaar: ${v('pii.in_aadhaar', aadhaar('58274196305'))}
PAN: ${ambCat('pii', 'BXQPR4821K')}
Mobile: ${phone('98450 31726', 'IN')}
Email: ${v('pii.email', 'priyanka.r.work@outlook.in')}`),

  rec('cpf_pt_br', f`Oi, preciso de um termo de consentimento para fotos dermatoscópicas. Dados da paciente:
Nome: Luana Ferreira dos Santos
CPF: ${v('pii.br_cpf', cpf('428193057'))}
Data de nascimento: ${v('pii.date_of_birth', '09/02/1996')}
WhatsApp: ${phone('(21) 98734-5120', 'BR')}
Pode deixar o texto simples e em linguagem acessível?`),

  rec('dni_es', f`Buenas, redáctame un justificante de recogida de objeto perdido en Atocha:
Nombre: Javier Morcillo Ruiz
DNI: ${v('pii.es_dni', dni('52837164'))}
Objeto: mochila gris con portátil Lenovo
Teléfono: ${phone('654 21 83 97', 'ES')}`),

  rec('nie_es', f`Necesito una carta para el casero. La familia que reasentamos en Valencia: Yusuf Haddad, NIE ${v('pii.es_nie', nie('Y', '4829173'))}, y su esposa Rania, NIE ${v('pii.es_nie', nie('Z', '0318275'))}. Contacto: ${phone('+34 631 482 907')}.`),

  rec('bsn_nl', f`Kun je een korte brief opstellen aan de gemeente voor de inschrijving van de familie Tesfamariam?
Naam: Semhar Tesfamariam
BSN: ${v('pii.nl_bsn', bsn('31847260'))}
Geboortedatum: ${v('pii.date_of_birth', '17-06-1993')}
Telefoon: ${phone('06 48273915', 'NL')}
Nieuw adres: Kerkstraat 41, 3811 CV Amersfoort`),

  rec('nir_fr', f`Bonjour, je prépare le dossier de prise en charge d'une patiente pour la photothérapie UVB. Peux-tu vérifier que le courrier est complet ?

Mme Amandine Rousseau
N° de sécurité sociale : ${v('pii.fr_nir', nir('2890675112034'))}
Née le ${v('pii.date_of_birth', '03/06/1989')} à Paris
Tél. : ${phone('06 71 24 88 39', 'FR')}`),

  rec('cf_it', f`Ciao, mi scrivi una lettera di conferma del contratto di cessione dei diritti? L'autrice è:
Chiara Bellandi, nata a Firenze il ${v('pii.date_of_birth', '21/04/1982')}
Codice fiscale: ${v('pii.it_codice_fiscale', cf('BLLCHR82D61D612'))}
Cellulare: ${phone('347 218 9046', 'IT')}
Email: ${v('pii.email', 'chiara.bellandi@libero.it')}`),

  rec('sin_fr_ca', f`Salut, peux-tu m'aider à remplir le formulaire d'embauche pour un nouvel agent de billetterie à la gare Centrale de Montréal?
Nom : Mathieu Gagnon-Tremblay
NAS : ${v('pii.ca_sin', sin('46281937'))}
Date de naissance : ${v('pii.date_of_birth', '1998-10-27')}
Cellulaire : ${phone('514 829-3071', 'CA')}`),

  rec('passport_en_ng', f`Good morning, please help me draft a letter to the UK embassy for our trade-support analyst's visa. Name: Chukwuemeka Obi-Nwosu, passport number ${v('pii.passport', 'A09271846')}, date of birth ${v('pii.date_of_birth', '08/07/1990')}. He will attend the London prime brokerage conference 12–14 Jan. Contact ${phone('0803 482 7195', 'NG')}.`),

  rec('export_csv_sv', f`Kan du hitta dubbletter i den här exporten från hittegodssystemet?

ärende;namn;e-post;telefon;föremål
HG-8812;Linnea Holmberg;${v('pii.email', 'linnea.holmberg@telia.se')};${phone('070-482 19 36', 'SE')};svart paraply
HG-8813;Oskar Lindqvist;${v('pii.email', 'oskar.lq@gmail.com')};${phone('073-918 27 40', 'SE')};plånbok brun
HG-8814;Linnea Holmberg;${v('pii.email', 'linnea.holmberg@telia.se')};${phone('070-482 19 36', 'SE')};svart paraply
HG-8815;Amira Jusić;${v('pii.email', 'amira.jusic@hotmail.com')};${phone('076-203 55 81', 'SE')};hörlurar`),

  rec('chat_fa', f`سلام، لطفاً یک نامه رسمی برای صاحبخانه بنویس. اطلاعات خانواده:
نام: مریم حسینی
تاریخ تولد: ${v('pii.date_of_birth', '1985/09/14')}
شماره تماس: ${phone('+49 176 48291037')}
ایمیل: ${v('pii.email', 'maryam.hosseini85@yahoo.com')}
ما به دنبال آپارتمان دو خوابه در هامبورگ هستیم.`),

  rec('chat_prs', f`سلام، لطفاً برایم یک فورم درخواست مسکن به زبان انگلیسی آماده کنید. نام پدر خانواده: احمد شاه رحیمی، تاریخ تولد ${v('pii.date_of_birth', '1982-01-20')}، شماره تلفن ${phone('+1 682 493 1057')}. ما شش نفر هستیم و از کابل آمده‌ایم.`),

  rec('chat_ckb', f`سڵاو، تکایە نامەیەک بنووسە بۆ کۆمپانیای خانووبەرە. ناو: ئاراس کەریم، ژمارەی مۆبایل ${phone('+44 7723 418905')}، ئیمەیل ${v('pii.email', 'aras.karim.uk@gmail.com')}. خێزانەکەم چوار کەسین.`),

  rec('chat_am', f`ሰላም፣ እባክህ ለቤት ባለቤቱ ደብዳቤ ጻፍልኝ። ስም፦ ትዕግስት በቀለ፣ የትውልድ ቀን ${v('pii.date_of_birth', '05/04/1994')}፣ ስልክ ${phone('+1 206 481 7392')}። ሁለት ልጆች አሉኝ።`),

  rec('chat_ti', f`ሰላም፡ ነዚ ሓበሬታ ናብ ቅጥዒ መንበሪ ገዛ ቀይሮ በጃኻ። ሽም፡ ሰምሃር ተስፋይ፡ ዕለት ልደት ${v('pii.date_of_birth', '11/09/1997')}፡ ቁጽሪ ተሌፎን ${phone('+31 6 29481736')}።`),

  rec('chat_sw_pii', f`Habari, naomba uniandikie barua kwa mwenye nyumba. Jina: Neema Mwakalinga, simu ${phone('0712 483 906', 'KE')}, barua pepe ${v('pii.email', 'neema.mwaka@gmail.com')}. Familia yetu ina watu watano na tunahitaji nyumba karibu na shule.`),

  rec('chat_rw', f`Muraho, mfasha kwandika ibaruwa isaba inzu. Amazina: Uwimana Claudine, yavutse ku wa ${v('pii.date_of_birth', '23/02/1988')}, telefoni ${phone('+250 788 431 296')}. Dufite abana batatu.`),

  rec('signature_en_za', f`Can you make my email signature look more professional?

Thandeka Mokoena
Safety Officer — Underground Operations
Kalahari Salt Works (Pty) Ltd
Cell: ${phone('082 419 3068', 'ZA')}
Email: ${v('pii.email', 'thandeka.mokoena@kalaharisalt.co.za')}
Emergency line (24h): ${phone('+27 54 331 0942')}`),

  rec('log_ip', f`Why is this user locked out of the patient portal? Auth log:

${amb('source_code.snippet', f`2026-12-04T08:12:44Z WARN login_failed user=${v('pii.email', 'j.vandenberghe@skynet.be')} ip=${amb('pii.ip_address', '81.246.19.73')} reason=bad_password attempt=4
2026-12-04T08:13:02Z WARN login_failed user=${v('pii.email', 'j.vandenberghe@skynet.be')} ip=${amb('pii.ip_address', '81.246.19.73')} reason=bad_password attempt=5
2026-12-04T08:13:02Z INFO account_locked user=${v('pii.email', 'j.vandenberghe@skynet.be')} until=2026-12-04T08:43:02Z`)}`),

  rec('chat_my', f`မင်္ဂလာပါ၊ အိမ်ငှားစာချုပ်အတွက် စာတစ်စောင် ရေးပေးပါ။ အမည် - ဒေါ်ခင်မာဝင်း၊ မွေးသက္ကရာဇ် ${v('pii.date_of_birth', '1978-12-02')}၊ ဖုန်း ${phone('+61 412 839 204')}။`),

  rec('chat_ne', f`नमस्ते, कृपया घरबेटीलाई पत्र लेखिदिनुहोस्। नाम: सुमन गुरुङ, जन्म मिति ${v('pii.date_of_birth', '1992-07-16')}, फोन ${phone('+1 614 392 8471')}, इमेल ${v('pii.email', 'suman.gurung92@gmail.com')}।`),

  rec('chat_ta', f`வணக்கம், எங்கள் தோல் மருத்துவமனைக்கு வரும் நோயாளிக்கு ஒரு நினைவூட்டல் செய்தி எழுதுங்கள். பெயர்: கார்த்திகா சுப்பிரமணியம், கைபேசி ${phone('94431 82706', 'IN')}, மின்னஞ்சல் ${v('pii.email', 'karthika.subbu@gmail.com')}. சந்திப்பு 10 டிசம்பர் காலை 10:30.`),

  rec('chat_uz', f`Salom, iltimos, yo'qolgan buyum bo'yicha javob xati yozib bering. Yo'lovchi: Dilnoza Karimova, telefon ${phone('+998 90 412 83 67')}, email ${v('pii.email', 'dilnoza.karimova@mail.ru')}. Buyum: qora sumka, Toshkent–Samarqand poezdi, 2-vagon.`),

  rec('chat_kk', f`Сәлеметсіз бе, жоғалған заттар бойынша хат жазып беріңізші. Жолаушы: Айгерім Сейтқали, туған күні ${v('pii.date_of_birth', '19.08.2000')}, телефон ${phone('+7 701 482 9316')}. Зат: ноутбук, Алматы–Астана пойызы.`),

  rec('hr_hu', f`Kérlek, írj egy rövid üdvözlő e-mailt az új biztonsági technikusnak a sóbányában.
Név: Varga Bence
Születési dátum: ${v('pii.date_of_birth', '1995.04.11.')}
Telefon: ${phone('+36 30 482 1937')}
E-mail: ${v('pii.email', 'varga.bence95@freemail.hu')}
Kezdés: 2027. január 4.`),

  rec('chat_lv', f`Sveiki, lūdzu, palīdziet uzrakstīt atbildi pasažierim par atrastu somu. Vārds: Elīna Bērziņa, tālrunis ${phone('+371 29 481 736')}, e-pasts ${v('pii.email', 'elina.berzina@inbox.lv')}. Soma atrasta vilcienā Rīga–Jelgava.`),

  rec('chat_ht', f`Bonjou, tanpri ede m ekri yon lèt pou mèt kay la. Non: Jean-Baptiste Louissaint, dat nesans ${v('pii.date_of_birth', '14/01/1986')}, telefòn ${phone('+1 305 482 9173')}. Nou se yon fanmi senk moun ki sot Pòtoprens.`),

  rec('chat_ps_ur', f`السلام علیکم، براہ کرم مکان مالک کے لیے ایک خط لکھ دیں۔ نام: فرزانہ بی بی، تاریخ پیدائش ${v('pii.date_of_birth', '02/03/1990')}، فون ${phone('+44 7946 281 305')}، ای میل ${v('pii.email', 'farzana.bibi90@hotmail.co.uk')}۔`),

  rec('chat_bn', f`নমস্কার, ত্বক ক্লিনিকের রোগীকে একটা রিমাইন্ডার এসএমএস লিখে দিন। নাম: অনন্যা চৌধুরী, মোবাইল ${phone('+880 1712 483 906')}, অ্যাপয়েন্টমেন্ট ১২ ডিসেম্বর বিকেল ৪টা।`),

  rec('chat_gu', f`નમસ્તે, અમારી ત્વચા ક્લિનિકના દર્દીને એપોઇન્ટમેન્ટ રિમાઇન્ડર લખો. નામ: હેતલ પટેલ, મોબાઇલ ${phone('98250 61473', 'IN')}, ઇમેઇલ ${v('pii.email', 'hetal.patel.ahd@gmail.com')}.`),

  rec('chat_af', f`Goeie môre, skryf asseblief 'n brief aan die verhuurder vir die gesin wat ons hervestig. Naam: Pieter-Jan Botha (maatskaplike werker), selfoon ${phone('083 472 1958', 'ZA')}, e-pos ${v('pii.email', 'pj.botha@hervestig.org.za')}. Die gesin van vyf kom uit die DRK.`),

  rec('chat_ln', f`Mbote, nakosenga bosalisi ngai kokoma mokanda mpo na mokolo ndako. Nkombo: Mputu Kabasele, mbotama ${v('pii.date_of_birth', '07/10/1983')}, telefone ${phone('+32 470 48 21 93')}. Tozali bato motoba.`),
];

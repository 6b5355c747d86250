/**
 * Held-out batch 143: personal data in housing applications, donor profiles, pilot rosters, F&I
 * credit files, newsroom source lists and warehouse depositor records, in many languages and
 * scripts. Hand-written; identity numbers computed with the checksum helpers.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const bsn = (p8: string): string => {
  const d = nlBsnCheckDigit(p8);
  if (d < 0) throw new Error(`no BSN digit for ${p8}`);
  return p8 + String(d);
};
const steuerId = (p10: string): string => p10 + String(deSteuerIdCheckDigit(p10));
const sin = (p8: string): string => {
  const d = p8 + String(luhnCheckDigit(p8));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};

const DNI = esDni('48291735');
const NIE = esNie('Y', '4718203');
const CF = itCodiceFiscale('GLLMRA84S58F205');
const NIR_BODY = '2870693063148';
const NIR = `${NIR_BODY[0]} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10, 13)} ${frNirKey(NIR_BODY)}`;
const BSN = bsn('17382940');
const STEUER = steuerId('4728153962');
const CPF = brCpfFormatted('529184736');
const AADHAAR = inAadhaarSpaced('48273916052');
const NHS = ukNhsSpaced('943476591');
const SIN = sin('27419385');
const BSN2 = bsn('20571846');

export const BATCH143_PII: DraftRecord[] = [
  rec('form_es', f`Revisa si falta algún dato en esta solicitud de vivienda protegida:

Solicitante: Rocío Benítez Carmona
DNI: ${v('pii.es_dni', DNI)}
Fecha de nacimiento: ${v('pii.date_of_birth', '14/09/1986')}
Teléfono: ${phone('612 48 37 90', 'ES')}
Unidad familiar: 3 miembros (dos menores)
Ingresos 2024: 18.420 €`),

  rec('chat_es', f`Una solicitante extranjera pregunta si puede inscribirse en la bolsa de vivienda con NIE ${v('pii.es_nie', NIE)} aunque su permiso de residencia caduca en junio. Redáctame una respuesta clara y amable.`),

  rec('leasing_it', f`Controlla la pratica di leasing prima di inviarla alla finanziaria:
Cliente: Maria Galli
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Nata a Milano il ${v('pii.date_of_birth', '18/11/1984')}
Cellulare: ${phone('347 205 1983', 'IT')}
Vettura: Aston Martin DB12, anticipo 35%, 48 rate`),

  rec('form_fr', f`Peux-tu vérifier la complétude de ce dossier de demande de logement social (numéro unique à venir) ?
Demandeuse : Sophie Martin, née le ${v('pii.date_of_birth', '22 juin 1987')} à Montreuil
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Téléphone : ${phone('06 42 18 73 95', 'FR')}
Situation : mère isolée, 2 enfants, logement actuel suroccupé`),

  rec('email_nl', f`Beste collega,

Voor de urgentieaanvraag van dhr. Bakker hebben we nog het volgende nodig. Ik heb zijn gegevens alvast genoteerd:
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${v('pii.date_of_birth', '3-2-1961')}
Telefoon: ${phone('06-41829375', 'NL')}
Medische indicatie: rolstoeltoegankelijke woning

Kun je hier een nette mail aan de aanvrager van maken?`),

  rec('hr_de', f`Bitte ein kurzes Onboarding-Mail für unseren neuen Löschflugzeug-Piloten formulieren. Stammdaten aus dem Personalbogen:
Name: Jonas Reichenbach
Geburtsdatum: ${v('pii.date_of_birth', '07.05.1990')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Mobil: ${phone('0171 4928307', 'DE')}
Einsatzbasis: Neuhardenberg, Muster Air Tractor AT-802F`),

  rec('credit_pt_br', f`Monta a ficha de análise de crédito pra financeira:
Cliente: Rafael Nogueira Prado
CPF: ${v('pii.br_cpf', CPF)}
Data de nascimento: ${v('pii.date_of_birth', '09/03/1982')}
Celular: ${phone('(11) 98374-2615', 'BR')}
Renda declarada: R$ 62.000/mês · Veículo: Porsche Cayenne Coupé`),

  rec('donor_en_in', f`Please format this donor registration into the intake template:
Name: Ananya Krishnan
Aadhaar: ${v('pii.in_aadhaar', AADHAAR)}
DOB: ${v('pii.date_of_birth', '11-08-1996')}
Mobile: ${phone('98450 27316', 'IN')}
Blood group: O+ · Height 163 cm · Education: M.Sc. Biotechnology`),

  rec('housing_en_gb', f`Can you draft the medical priority letter? Details from the housing register:
Applicant: Kevin Doherty, DOB ${v('pii.date_of_birth', '29/01/1958')}
NI number: ${v('pii.uk_nino', 'JT 48 27 91 C')}
NHS number: ${v('pii.uk_nhs_number', NHS)}
Phone: ${phone('07823 416590', 'GB')}
Currently Band B, OT recommends ground-floor property.`),

  rec('credit_en_us', f`Turn this into a clean credit application summary:
Applicant: Tasha Whitfield, SSN ${v('pii.us_ssn', '512-38-7704')}, date of birth ${v('pii.date_of_birth', '04/17/1979')}
Co-applicant: Derrick Whitfield, SSN ${v('pii.us_ssn', '287-41-5093')}
Cell ${phone('(602) 418-7395', 'US')} · Employer: Banner Health, 11 yrs
Vehicle: 2025 Cadillac Escalade-V, amount financed $128,400`),

  rec('onboarding_fr_ca', f`Peux-tu me faire un courriel de bienvenue pour le nouveau pilote de CL-415 à la base de Val-d'Or?
Nom : Mathieu Gagnon
NAS : ${v('pii.ca_sin', SIN)}
Date de naissance : ${v('pii.date_of_birth', '1988-12-02')}
Cellulaire : ${phone('819 874-2031', 'CA')}
Début : 14 avril, formation sur écopage au lac Blouin`),

  rec('roster_ru', f`Составь, пожалуйста, список экипажа для заявки на допуск иностранных пилотов на сезон:
1. Ковалёв Дмитрий Сергеевич, дата рождения ${v('pii.date_of_birth', '12.03.1979')}, паспорт ${v('pii.passport', '4516 482937')}, тел. ${phone('+7 916 284-37-19')}
2. Абрамов Илья Олегович, дата рождения ${v('pii.date_of_birth', '27.10.1985')}, загранпаспорт ${v('pii.passport', '76 2049318')}, тел. ${phone('+7 925 718-40-62')}
Тип ВС: Be-200ES, база: Неаполь (Каподикино).`),

  rec('donor_pt', f`Podes resumir este perfil de dador para a equipa de emparelhamento? Remove o que não for necessário.
Nome: Tiago Mendes Ferreira
Passaporte: ${v('pii.passport', 'CB418273')}
Data de nascimento: ${v('pii.date_of_birth', '5 de outubro de 1995')}
Telemóvel: ${phone('912 384 057', 'PT')}
Olhos castanhos, 1,82 m, grupo sanguíneo A+`),

  rec('csv_sources_en', f`De-duplicate this source list from the investigations desk (keep the newest row):

${amb('source_code.snippet', f`name,email,phone,last_contact
"Ellis, Grace",${v('pii.email', 'g.ellis.harbour@protonmail.com')},${phone('+44 7842 402873')},2025-02-11
"Okafor, Chidi",${v('pii.email', 'chidi.okafor@tutanota.com')},${phone('+234 803 418 2957')},2025-02-19
"Ellis, Grace",${v('pii.email', 'g.ellis.harbour@protonmail.com')},${phone('+44 7842 402873')},2025-03-01`)}`),

  rec('signature_el', f`Με εκτίμηση,

Ελένη Καραγιάννη
Δημοσιογράφος, Ομάδα Ερευνητικής Δημοσιογραφίας
Κιν.: ${phone('694 812 3750', 'GR')}
${v('pii.email', 'e.karagianni@meridian-pb.gr')}

(διόρθωσε μόνο τον τίτλο στα αγγλικά)`),

  rec('signature_fi', f`Ystävällisin terveisin
Juha Leinonen
Lentotoiminnan päivystäjä, Pyrhawk Aviation Finland Oy
p. ${phone('040 718 2934', 'FI')}
${v('pii.email', 'juha.leinonen@pyrhawk-air.fi')}`),

  rec('chat_he', f`תנסח בבקשה מכתב זימון לוועדת חריגים. פרטי המבקשת: רחל אוחיון, ת"ז ${ambCat('pii', '038472915')}, תאריך לידה ${v('pii.date_of_birth', '12.04.1971')}, טלפון ${phone('052-418-3927', 'IL')}. הוועדה תתקיים ביום שלישי בשעה 10:00.`, 'Israeli teudat zehut: personal, no built-in rule'),

  rec('chat_ar_eg', f`عايز أكتب رد على متبرعة سألت عن مواعيد الفحوصات. بياناتها: منى عبد الحليم، تاريخ الميلاد ${v('pii.date_of_birth', '1998/06/21')}، موبايل ${phone('0100 482 7391', 'EG')}. اكتب الرد بالعامية المصرية وبأسلوب لطيف.`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งลูกค้าว่ารถ Bentley Bentayga พร้อมส่งมอบแล้ว ลูกค้าชื่อคุณพิมพ์ชนก ศรีสุข เบอร์ ${phone('081-473-9265', 'TH')} เลขบัตรประชาชน ${ambCat('pii', '1 1037 02846 19 3')} วันเกิด ${v('pii.date_of_birth', '3 มีนาคม 2530')}`, 'Thai national ID: no built-in rule; birth date in the Buddhist calendar'),

  rec('chat_bn', f`অনুসন্ধানী প্রতিবেদনের জন্য সোর্সের সাথে যোগাযোগের তথ্য গুছিয়ে দাও: রফিকুল ইসলাম, মোবাইল ${phone('01712-483957', 'BD')}, জন্ম তারিখ ${v('pii.date_of_birth', '১৫ মার্চ ১৯৮২')}, চট্টগ্রাম বন্দরের সাবেক কর্মচারী।`, 'a birth date in Bengali digits next to the birth word'),

  rec('chat_ta', f`இந்த தானம் செய்பவரின் விவரங்களை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: பெயர் கார்த்திக் சுப்ரமணியம், பிறந்த தேதி ${v('pii.date_of_birth', '23/07/1994')}, கைபேசி ${phone('94431 82706', 'IN')}, உயரம் 178 செ.மீ.`),

  rec('chat_vi', f`Viết giúp mình tin nhắn nhắc nông hộ mang phiếu nhập kho cà phê đến điểm thu mua: anh Nguyễn Văn Thắng, SĐT ${phone('0905 418 273', 'VN')}, lô 27 bao Robusta, ngày sinh ${v('pii.date_of_birth', '02/09/1976')} (để đối chiếu CCCD).`),

  rec('chat_id', f`Tolong rapikan data petani kakao ini jadi tabel: Pak Made Suarta, lahir ${v('pii.date_of_birth', '17 Agustus 1968')}, HP ${phone('0812-3847-2916', 'ID')}, NIK ${ambCat('pii', '5103041708680003')}, gudang Tabanan, 3,2 ton biji kering.`, 'Indonesian NIK: no built-in rule'),

  rec('chat_sw', f`Niandikie ujumbe mfupi kwa mkulima wa kahawa: Bi. Neema Mushi, simu ${phone('0754 318 902', 'TZ')}, stakabadhi ya ghala imetolewa kwa kilo 840 za Arabica, malipo yatatumwa wiki ijayo.`),

  rec('chat_am', f`ይህንን የአርሶ አደር መረጃ ወደ እንግሊዝኛ ተርጉምልኝ: ስም አበበ ተሰማ፣ ስልክ ${phone('0911 482 736', 'ET')}፣ የትውልድ ቀን ${v('pii.date_of_birth', '12/05/1975')}፣ ጂማ መጋዘን፣ 60 ኩንታል ቡና።`),

  rec('chat_ka', f`დაწერე შეხსენება განმცხადებლისთვის სოციალური ბინის რიგის შესახებ: გიორგი ლომიძე, დაბადების თარიღი ${v('pii.date_of_birth', '04.11.1969')}, ტელ. ${phone('555 18 42 73', 'GE')}, რიგის ნომერი 218.`),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն դոնորի տվյալները՝ Արամ Պետրոսյան, ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '19.02.1993')}, հեռ.՝ ${phone('+374 91 428 375')}, աչքերի գույնը՝ շագանակագույն։`),

  rec('chat_tr', f`Kiralık konut başvurusu için eksik belgeleri listeleyen bir e-posta yaz: Başvuru sahibi Elif Yıldırım, T.C. kimlik no ${ambCat('pii', '38472916054')}, doğum tarihi ${v('pii.date_of_birth', '08.12.1990')}, cep ${phone('0532 418 27 93', 'TR')}.`, 'Turkish TC kimlik: no built-in rule'),

  rec('chat_zh_tw', f`請幫我把這位車主的資料整理成交車單：陳冠宇，出生日期 ${v('pii.date_of_birth', '民國74年5月16日')}，手機 ${phone('0912-483-756', 'TW')}，車款 Rolls-Royce Spectre。`, 'a Minguo-calendar birth date next to the birth word'),

  rec('chat_ja', f`取材協力者の連絡先を整理してください。佐藤美咲さん、生年月日 ${v('pii.date_of_birth', '1983年7月9日')}、携帯 ${phone('090-4827-3916', 'JP')}、メール ${v('pii.email', 'misaki.sato.tip@gmail.com')}。匿名希望。`),

  rec('chat_de_at', f`Bitte eine Vormerkbestätigung für die Gemeindewohnung schreiben: Frau Katharina Pichler, geb. ${v('pii.date_of_birth', '21.03.1979')}, Tel. ${phone('0664 2849173', 'AT')}, Vormerkung Nr. WV-2025-4471, Wunschbezirk 21.`),

  rec('roster_no', f`Kan du lage en ryddig vaktliste for helikopterbasen av dette?

Pilot        Født          Mobil
Ola Haugen   ${v('pii.date_of_birth', '14.06.1984')}    ${phone('412 83 907', 'NO')}
Siri Dahl    ${v('pii.date_of_birth', '02.11.1991')}    ${phone('928 41 375', 'NO')}
Uke 14: Haugen dag, Dahl beredskap natt.`, 'column header "Født" (born) marks the dates as birth dates'),

  rec('chat_pl', f`Napisz przypomnienie dla dawczyni o badaniach kontrolnych: Joanna Zielińska, PESEL ${ambCat('pii', '92071804821')}, tel. ${phone('512 873 409', 'PL')}, termin 14 kwietnia godz. 9:30.`, 'Polish PESEL: no built-in rule'),

  rec('log_json', f`Why is this applicant locked out of the housing portal? Log line:

${amb('source_code.snippet', f`{"ts":"2025-03-11T08:14:22.481Z","level":"warn","event":"login_locked","user":"${v('pii.email', 'ivana.novakova74@seznam.cz')}","attempts":6,"client_ip":"${amb('pii.ip_address', '89.24.118.203')}","ua":"Mozilla/5.0 (Android 14)"}`)}`),

  rec('chat_lt', f`Parašyk trumpą SMS sandėlio klientui: Tomas Kazlauskas, tel. ${phone('+370 612 48397')}, kavos partijos kvitas paruoštas, atsiimti galima penktadienį.`),

  rec('chat_ms', f`Tolong tulis mesej kepada penyimpan koko: Encik Faizal bin Rahman, no. tel ${phone('012-418 3927', 'MY')}, No. KP ${ambCat('pii', '780412-10-5523')}, resit gudang sedia diambil.`, 'Malaysian MyKad: no built-in rule'),

  rec('chat_fil', f`Pakigawa ng maikling text para sa donor: si Ms. Andrea Reyes, cel ${phone('0917 482 3916', 'PH')}, birthday ${v('pii.date_of_birth', 'June 3, 1997')}. Sabihin na ready na yung screening results niya at pwede na siyang mag-schedule.`),

  rec('chat_nl_be', f`Kan je dit formulier voor de sociale huurwoning nakijken? Aanvrager: Wim Peeters, rijksregisternummer ${ambCat('pii', '72.04.18-273.19')}, geboren op ${v('pii.date_of_birth', '18 april 1972')}, gsm ${phone('0478 29 41 86', 'BE')}. BSN van zijn Nederlandse partner: ${v('pii.nl_bsn', BSN2)}.`, 'Belgian rijksregisternummer: no built-in rule'),
];

/**
 * Held-out batch 127: personal data in dispatch logs, crew and guest lists, call-centre QA transcripts,
 * alumni records, visiting-scientist paperwork and pipeline rosters, in many languages. Hand-written;
 * identity numbers computed with their check digits.
 */
import { brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, itCodiceFiscale, luhnWithCheck as sin, nhsCheckDigit, nlBsnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

function steuerId(first10: string): string {
  return first10 + String(deSteuerIdCheckDigit(first10));
}
function nir(body13: string): string {
  return body13 + frNirKey(body13);
}
function bsn(first8: string): string {
  const c = nlBsnCheckDigit(first8);
  if (c < 0) throw new Error(`no BSN check digit for ${first8}`);
  return first8 + String(c);
}
function nhs(first9: string): string {
  const c = nhsCheckDigit(first9);
  if (c < 0) throw new Error(`no NHS check digit for ${first9}`);
  return first9 + String(c);
}
const dni = esDni;
const nie = esNie;
const aadhaar = (p11: string): string => p11 + String(verhoeffCheckDigit(p11));
const sp = (s: string, ...sizes: number[]): string => groupedAs(s, sizes);

const NHS1 = nhs('485729301');
const NIR1 = nir('1840775114052');
const BSN1 = bsn('28471935');
const DNI1 = dni('48271936');
const CF1 = itCodiceFiscale('RSSMRC85M14H501');
const CF2 = itCodiceFiscale('BNCGLI90C62F205');
const CPF1 = brCpfFormatted('482739105');
const AADHAAR1 = aadhaar('52847193065');
const SIN1 = sin('27481930');
const STEUER1 = steuerId('4719283756');
const NIE1 = nie('Y', '2948173');

export const BATCH127_PII: DraftRecord[] = [
  rec('cad_log', f`Can you tidy this CAD incident note into a handover summary for the receiving ED? Keep it factual.

INC 24-118305 | Cat 2 | 29/11/24 21:47
Caller: daughter, callback ${phone('07843 219604', 'GB')}
Pt: Mrs Edna Harwood, DOB ${v('pii.date_of_birth', '14/02/1938')}, NHS ${v('pii.uk_nhs_number', sp(NHS1, 3, 3, 4))}
Loc: 12 Quarry Lane, Hebden Bridge HX7 8QT
Fall in kitchen ~30 min ago, conscious, pain R hip, on apixaban. Crew WM-412 allocated 21:52.`),

  rec('samu_fr', f`Peux-tu reformuler cette fiche de régulation en langage clair pour la famille ?

Appel 15 – régulation médicale, 02:14
Patient : M. Thierry Lemaire, né le ${v('pii.date_of_birth', '3 juillet 1984')}
N° sécu : ${v('pii.fr_nir', sp(NIR1, 1, 2, 2, 2, 3, 3, 2))}
Rappel portable épouse : ${phone('06 71 38 24 95', 'FR')}
Douleur thoracique depuis 1 h, ECG transmis par le SMUR, orientation USIC CHU.`),

  rec('meldkamer_nl', f`Maak hiervan een korte overdracht voor de SEH-arts:

Rit 2024-331874, urgentie A1
Patiënt: mevr. Fenna de Boer, geboortedatum ${v('pii.date_of_birth', '22-09-1951')}
BSN: ${v('pii.nl_bsn', BSN1)}
Melder (zoon): ${phone('06-38472915', 'NL')}
Benauwd, saturatie 84%, bekend met COPD.`),

  rec('leitstelle_de', f`Bitte einen kurzen Einsatzbericht für die Übergabe formulieren:

Einsatz-Nr. 4711-24-08812, RTW 3/83-1
Patient: Herr Konrad Weidinger, geb. ${v('pii.date_of_birth', '08.05.1946')}
Rückrufnummer Ehefrau: ${phone('0171 3849275', 'DE')}
Angehörige per Mail informiert: ${v('pii.email', 'weidinger.susanne@t-online.de')}
Synkope beim Treppensteigen, GCS 15, RR 95/60.`),

  rec('chat_da', f`Kan du hjælpe mig med at skrive en neutral journalnotat-tekst? Opkald til 112 kl. 03:20, kvinde født ${v('pii.date_of_birth', '17.11.1979')}, CPR ${ambCat('pii', '171179-2846')}, ringede selv fra mobil ${phone('+45 28 47 39 16')}. Brystsmerter, ambulance kørsel A sendt fra Vejle.`, 'Danish CPR number: personal, no built-in rule claims it'),

  rec('chat_sv', f`Sammanfatta det här SOS-ärendet kort för överlämning: man, födelsedatum ${v('pii.date_of_birth', '1962-04-30')}, ringde från mobilnummer ${phone('070-483 27 19', 'SE')}, yrsel och talsvårigheter sedan 40 minuter, prio 1 till Sahlgrenska. Anhörig: dottern Linnea.`),

  rec('chat_es', f`Hazme una confirmación de reserva para la clienta, con sus datos para el contrato de chárter:
Nombre: Cristina Ortega Vidal
DNI: ${v('pii.es_dni', DNI1)}
Móvil: ${phone('+34 655 219 834')}
Email: ${v('pii.email', 'cristina.ortega.vidal@gmail.com')}
Barco: Dufour 430 "Tramuntana", Palma, 2–9 de agosto.`),

  rec('crew_list_it', f`Devo mandare la crew list alla Capitaneria per la partenza da Portofino. Controlla che non manchi niente:

Comandante: Marco Rossi – C.F. ${v('pii.it_codice_fiscale', CF1)} – nato il ${v('pii.date_of_birth', '14/08/1985')} – passaporto ${v('pii.passport', 'YA4827391')}
Hostess: Giulia Bianchi – C.F. ${v('pii.it_codice_fiscale', CF2)} – nata il ${v('pii.date_of_birth', '22/03/1990')} – passaporto ${v('pii.passport', 'YB1938274')}`),

  rec('csv', f`Convert this guest manifest into the format the Bahamas customs portal wants (surname, given names, nationality, passport, DOB as YYYY-MM-DD):

${amb('source_code.snippet', f`name,nationality,passport_no,dob,mobile
"Whitaker, James",GBR,${v('pii.passport', '539218476')},${v('pii.date_of_birth', '03/11/1972')},${phone('+44 7584 120937')}
"Whitaker, Laura",GBR,${v('pii.passport', '548317290')},${v('pii.date_of_birth', '19/06/1975')},
"Bergström, Nils",SWE,${v('pii.passport', '91847362')},${v('pii.date_of_birth', '27/01/1980')},${phone('+46 70 218 43 95')}
"Moreau, Élise",FRA,${v('pii.passport', '19AK48273')},${v('pii.date_of_birth', '08/09/1988')},`)}`),

  rec('crew_list_el', f`Χρειάζομαι τη λίστα πληρώματος για το Λιμεναρχείο Πειραιά, σε πίνακα:
Κυβερνήτης: Νικόλαος Παπαδάκης, αρ. διαβατηρίου ${v('pii.passport', 'AK4829173')}, ημερομηνία γέννησης ${v('pii.date_of_birth', '12/05/1979')}, κινητό ${phone('+30 694 827 3915')}
Μάγειρας: Ελένη Σταυροπούλου, αρ. διαβατηρίου ${v('pii.passport', 'AM1938274')}, ημ. γέννησης ${v('pii.date_of_birth', '30/10/1992')}`),

  rec('chat_tr', f`Gulet misafir listesini liman başkanlığı formuna aktarmam lazım, İngilizce başlıklarla tablo yapar mısın?
1) Hendrik van Dijk – pasaport no ${v('pii.passport', 'NRK7H2L94')} – doğum tarihi ${v('pii.date_of_birth', '04.02.1968')}
2) Sanne van Dijk – pasaport no ${v('pii.passport', 'NTP3F8K21')} – doğum tarihi ${v('pii.date_of_birth', '15.07.1970')}
İletişim: ${phone('+31 6 38472915')}`),

  rec('transcript_pt_br', f`Avalia essa ligação no checklist de LGPD? Achei que o operador pediu dado demais.

Operador: Pra localizar o cadastro, me passa o CPF, por favor.
Cliente: ${v('pii.br_cpf', CPF1)}.
Operador: E um celular pra contato?
Cliente: ${phone('(11) 98247-3610', 'BR')}.
Operador: Confirma o e-mail? ${v('pii.email', 'rafa.monteiro88@hotmail.com')}
Cliente: Isso.`),

  rec('chat_en_in', f`Pls check if this KYC entry for the new QA associate at the Gurgaon site is complete before I submit to HR:
Name: Pooja Raghavan
DOB: ${v('pii.date_of_birth', '11-06-1997')}
Aadhaar: ${v('pii.in_aadhaar', sp(AADHAAR1, 4, 4, 4))}
Mobile: ${phone('+91 98450 27381')}
Address proof: pending, she will bring tomorrow only.`),

  rec('transcript_es_mx', f`Califica la validación de identidad en esta llamada, ¿el asesor pidió lo correcto?

Asesor: Para validar su identidad, ¿me confirma su fecha de nacimiento?
Cliente: El ${v('pii.date_of_birth', '9 de abril de 1983')}.
Asesor: ¿Y el número celular registrado?
Cliente: ${phone('+52 55 4823 1967')}.
Asesor: Gracias, le llegará la confirmación a ${v('pii.email', 'hector.ruiz.mx@outlook.com')}.`),

  rec('chat_tl', f`Paki-ayos naman itong profile ng bagong agent para sa HRIS, English sana:
Name: Kristine Joy Dela Cruz
Birthday: ${v('pii.date_of_birth', 'March 2, 1999')}
CP number: ${phone('0917 482 7391', 'PH')}
Email: ${v('pii.email', 'kjdelacruz99@yahoo.com')}
Account: Telco Inbound, night shift, Ortigas site`),

  rec('chat_ar_eg', f`محتاج أكتب رد للعميل ده بعد الشكوى، وأقوله إننا هنكلمه تاني. بياناته: الاسم محمود عبد الحميد، رقم الموبايل ${phone('+20 100 482 7391')}، الإيميل ${v('pii.email', 'm.abdelhamid82@gmail.com')}. المكالمة اتقيمت ٥٥٪ بسبب إن الموظف قفل الخط.`),

  rec('chat_ru', f`Помоги написать поздравление выпускнику с юбилеем и приглашение на встречу выпускников. Данные из базы: Сергей Николаевич Волков, выпуск 1989 г., дата рождения ${v('pii.date_of_birth', '27.12.1966')}, телефон ${phone('+7 916 482-73-91')}, почта ${v('pii.email', 'volkov.sn@mail.ru')}.`),

  rec('chat', f`Planned giving: Mr. Harold Jennings wants to set up a charitable gift annuity with the Foundation. I need a draft cover letter for the annuity contract. His details from the intake call:
SSN: ${v('pii.us_ssn', '523-48-7193')}
DOB: ${v('pii.date_of_birth', '07/22/1941')}
Phone: ${phone('(614) 827-3915', 'US')}
Email: ${v('pii.email', 'hjennings41@aol.com')}
Class of 1963, Chemistry.`),

  rec('chat_fr_ca', f`Peux-tu préparer le formulaire de retenue à la source pour le don d'un employé? Marie-Ève Gagnon, NAS ${v('pii.ca_sin', sp(SIN1, 3, 3, 3))}, née le ${v('pii.date_of_birth', '1988-10-05')}, cellulaire ${phone('(514) 382-4916', 'CA')}. Elle donne 20 $ par paie au fonds des bourses.`),

  rec('chat_zh', f`帮我写一封邀请校友参加 120 周年校庆的邮件。校友信息：王磊，2006 届计算机系，出生日期 ${v('pii.date_of_birth', '1984年5月18日')}，手机 ${phone('+86 138 2847 3915')}，邮箱 ${v('pii.email', 'wanglei_2006@163.com')}。`),

  rec('chat_ko', f`동문회 명부 정리 중인데 이 분 정보로 감사 편지 초안 써주세요. 이름: 김지훈 (2011년 경영학과 졸업), 생년월일: ${v('pii.date_of_birth', '1989.03.14')}, 휴대폰: ${phone('010-4827-3915', 'KR')}, 이메일: ${v('pii.email', 'jihoon.kim89@naver.com')}. 장학기금에 500만 원 기부하셨어요.`),

  rec('chat_ja', f`同窓会名簿の更新依頼が来ました。返信メールを作ってください。
氏名：佐藤 美咲（2008年 文学部卒）
生年月日：${v('pii.date_of_birth', '1986年7月3日')}
携帯：${phone('090-4827-3915', 'JP')}
メール：${v('pii.email', 'misaki.sato86@docomo.ne.jp')}
新住所：大阪府吹田市…（後日郵送）`),

  rec('chat_uk', f`Допоможіть скласти лист-запрошення для візи науковця, який приїде працювати з колекцією насіння:
ПІБ: Олена Коваленко
Дата народження: ${v('pii.date_of_birth', '19.08.1987')}
Паспорт: ${v('pii.passport', 'FA482917')}
Телефон: ${phone('+380 67 284 9173')}
Термін стажування: 3 лютого – 28 березня 2025.`),

  rec('chat_ka', f`გთხოვთ, მომიმზადეთ მოსაწვევი წერილი ინგლისურად ვიზისთვის. მკვლევარი: გიორგი ბერიძე, დაბადების თარიღი ${v('pii.date_of_birth', '05.04.1983')}, პასპორტის ნომერი ${v('pii.passport', '14AB82739')}, ტელეფონი ${phone('+995 599 48 27 39')}. ის ჩამოვა ხორბლის ველური სახეობების ნიმუშების გასაცვლელად.`),

  rec('signature_am', f`ይህንን ፊርማ ወደ እንግሊዝኛ ቀይሩልኝ፦

ዶ/ር ሰላማዊት ተስፋዬ
የዘር ልውውጥ ክፍል ኃላፊ
ስልክ፦ ${phone('+251 91 148 2739')}
ኢሜይል፦ ${v('pii.email', 'selamawit.tesfaye@ebi-genebank.org.et')}`),

  rec('chat_hi', f`कृपया इस शोधकर्ता के लिए अतिथि पंजीकरण फ़ॉर्म भर दीजिए: डॉ. अनिल वर्मा, जन्म तिथि ${v('pii.date_of_birth', '12/01/1976')}, मोबाइल ${phone('+91 94440 28371')}, ईमेल ${v('pii.email', 'anil.verma.icar@gmail.com')}। वे बाजरे की 35 किस्मों के बीज लेकर आएंगे।`),

  rec('chat_bn', f`পাইপলাইনের রুট বরাবর জমির মালিকদের ফোন তালিকা থেকে একটা নোটিশ বানাতে হবে, আগামী সপ্তাহে খনন হবে:
১. আব্দুল করিম – ${phone('+880 1712-384927')}
২. রহিমা বেগম – ${phone('+880 1819-274836')}
নোটিশটা সহজ বাংলায় লিখে দিন।`),

  rec('roster_pl', f`Zrób z tego ładną tabelkę do wywieszenia w dyspozytorni (dyżury domowe, grudzień):

Inżynier LDS: Tomasz Zieliński, tel. ${phone('+48 601 284 937')}, ${v('pii.email', 't.zielinski@tarnvalley.pl')}
Automatyk: Agnieszka Krawczyk, tel. ${phone('+48 512 847 361')}, ${v('pii.email', 'a.krawczyk@tarnvalley.pl')}
Kierownik zmiany: Piotr Mazur, tel. ${phone('+48 22 418 37 92')}`),

  rec('hr_de', f`Kannst du eine Willkommensmail für unseren neuen Schichtleiter in der Leitwarte schreiben? Aus dem Personalbogen:
Name: Jonas Albrecht
Geburtsdatum: ${v('pii.date_of_birth', '21.10.1990')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER1)}
Mobil: ${phone('+49 151 28473960')}
Start: 06.01.2025, Wechselschicht`),

  rec('chat_ca', f`Em pots preparar el contracte de l'agent nou del centre de trucades de Barcelona? Dades: Youssef Benali, NIE ${v('pii.es_nie', NIE1)}, data de naixement ${v('pii.date_of_birth', '02/12/1995')}, mòbil ${phone('+34 612 847 391')}. Comença dilluns al torn de tarda.`),

  rec('payroll', f`Quick one for the control room payroll change: Daniel Okoro moves from days to the 12-hour rota from 1 Jan. NI number ${v('pii.uk_nino', 'JT 48 27 39 C')}, employee no. 20418. Draft the letter confirming the new shift allowance (£3,850 p.a.).`),

  rec('chat_id', f`Tolong buatkan daftar kru dalam bahasa Inggris untuk agen di Labuan Bajo:
Nama: Made Suardana, paspor ${v('pii.passport', 'C4827391')}, tanggal lahir ${v('pii.date_of_birth', '17-08-1991')}, no. HP ${phone('+62 812-3847-2915')}
Nama: Yohanes Lake, paspor ${v('pii.passport', 'C1938274')}, tanggal lahir ${v('pii.date_of_birth', '03-03-1994')}`),

  rec('chat_hu', f`Segítesz egy rövid átadási jegyzetet írni? Beteg: Kovács Erzsébet, születési dátum: ${v('pii.date_of_birth', '1949. 06. 12.')}, TAJ-szám: ${ambCat('pii', '047 281 936')}, hozzátartozó telefonszáma: ${phone('+36 30 482 7193')}. Mellkasi fájdalom, mentőtiszt kiérkezett 06:42-kor.`, 'Hungarian TAJ number: personal, no built-in rule claims it'),

  rec('chat_sr', f`Напиши ми, молим те, кратку честитку за рођендан бившем студенту који је донирао стипендију. Подаци: Марко Јовановић, датум рођења ${v('pii.date_of_birth', '11.02.1975')}, телефон ${phone('+381 64 2837 491')}, имејл ${v('pii.email', 'marko.jovanovic75@gmail.com')}.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-11-30T04:12:55.118Z","svc":"crew-app-auth","event":"login_failed","reason":"bad_pin","user":"${v('pii.email', 'p.hendricks@westmark-ambulance.org')}","device":"TAB-WM-412","src_ip":"${amb('pii.ip_address', '10.88.12.47')}","attempt":4}`)}
Our crew tablets lock out after 5 attempts — can you write a Splunk query to find crews that hit 4 failures in a shift?`),

];

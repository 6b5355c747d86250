/**
 * Held-out batch 102: personal data in passenger manifests, sleep-clinic referrals, expat tax files,
 * player-support tickets, lab staff rosters and zoo memberships. Hand-written.
 */
import { nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const nhs = (p9: string): string => p9 + String(nhsCheckDigit(p9));
const aadhaar = (p11: string): string => p11 + String(verhoeffCheckDigit(p11));
const NHS_1 = nhs('943817265');
const AADHAAR_1 = aadhaar('58271936402');

export const BATCH102_PII: DraftRecord[] = [
  rec('manifest_en_uk', f`Can you reformat this passenger list into a table for the harbour master? Sailing ULL-STO 14/12 07:30.

1. Ewan Morrison, DOB ${v('pii.date_of_birth', '03/04/1979')}, passport ${v('pii.passport', '548291736')}, mob ${phone('07834 219584', 'GB')}
2. Catriona Morrison, DOB ${v('pii.date_of_birth', '21/09/1981')}, passport ${v('pii.passport', '561038274')}
3. Lars Nygaard (NO), født ${v('pii.date_of_birth', '11.02.1990')}, pass ${v('pii.passport', 'FN4827193')}, tlf ${phone('+47 412 83 906')}
Vehicle: VW Transporter, reg SK19 ABX, 5.2 m`),

  rec('referral_en_uk', f`Please summarise this GP referral for the sleep clinic triage meeting:

Patient: Mr Graham Pettigrew
NHS number: ${v('pii.uk_nhs_number', NHS_1.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3'))}
DOB: ${v('pii.date_of_birth', '14 June 1962')}
Tel: ${phone('01224 518372', 'GB')}
Reason: loud snoring, witnessed apnoeas, Epworth 16/24, BMI 34, HGV driver — urgent, DVLA implications.`),

  rec('payroll_nino', f`One of our cement lab technicians moved from Scotland and we need to set him up on UK payroll for the Padeswood site. National Insurance: ${v('pii.uk_nino', 'PX 48 27 19 C')}, start 06/01/2025. Draft the starter checklist email for him at ${v('pii.email', 'dylan.rees@padeswood-cementlab.co.uk')}.`),

  rec('us_ssn_tax', f`Expat client file note — please rewrite professionally:
"Client Jennifer Okafor-Hale, US citizen living in Lisbon since 2021, SSN ${v('pii.us_ssn', '518-74-2936')}, needs FBAR + Form 8938 for 2023. Portuguese NIF on file. Prefers WhatsApp ${phone('+351 912 483 716')}."`),

  rec('aadhaar_hi', f`एक NRI क्लाइंट ने PAN-Aadhaar लिंक करवाने के लिए डिटेल्स भेजी हैं। कृपया इन्हें एक साफ़ फॉर्म में लिखें:
नाम: अनुराधा श्रीनिवासन
आधार: ${v('pii.in_aadhaar', AADHAAR_1.replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3'))}
जन्म तिथि: ${v('pii.date_of_birth', '17/08/1985')}
मोबाइल: ${phone('+91 98482 71936')}
ईमेल: ${v('pii.email', 'anuradha.srini85@gmail.com')}`),

  rec('cpf_pt_br', f`Oi, preciso redigir uma carta para um cliente brasileiro que mudou para Portugal e precisa entregar a Declaração de Saída Definitiva do País.
Nome: Rafael Moura Cavalcanti
CPF: ${v('pii.br_cpf', '384.716.290-03')}
Data de nascimento: ${v('pii.date_of_birth', '09/03/1988')}
Celular: ${phone('+55 11 98274-1936')}
Pode me ajudar com o texto?`),

  rec('dni_es', f`Hola, tengo que rellenar la declaración de la renta de no residentes (modelo 210) para un cliente que vive en Dubái. Sus datos: Álvaro Ruiz Pacheco, DNI ${v('pii.es_dni', '48391726W')}, fecha de nacimiento ${v('pii.date_of_birth', '22/11/1976')}, piso alquilado en Valencia. ¿Qué casillas van primero?`),

  rec('nie_es', f`La clienta Oksana Melnyk tiene NIE ${v('pii.es_nie', 'X4827163S')} y vive en Las Palmas desde 2022. Redacta un correo explicándole qué documentos necesita para el convenio de doble imposición con Ucrania. Su correo: ${v('pii.email', 'oksana.melnyk.lp@outlook.es')}`),

  rec('bsn_nl', f`Kun je de 30%-regeling aanvraag voor onze klant controleren?
Werknemer: Siddharth Menon
BSN: ${v('pii.nl_bsn', '273846152')}
Geboortedatum: ${v('pii.date_of_birth', '02-05-1991')}
Indiensttreding: 01-09-2024 bij een game studio in Amsterdam
Telefoon: ${phone('06 48271936', 'NL')}`),

  rec('steuer_de', f`Hallo, wir brauchen ein Anschreiben an das Bundeszentralamt für Steuern für einen Mandanten, der nach Kanada auswandert.
Name: Tobias Wendland
Steuer-ID: ${v('pii.de_steuer_id', '54690182366')}
Geburtsdatum: ${v('pii.date_of_birth', '30.01.1983')}
Neue Anschrift: 1184 Davie St, Vancouver BC
Telefon: ${phone('+1 604 482 7193')}`),

  rec('nir_fr', f`Bonjour, une patiente du centre du sommeil de Lyon doit faire valider son appareil PPC par la CPAM. Peux-tu rédiger le courrier ?
Mme Élodie Garnier, n° de sécurité sociale ${v('pii.fr_nir', '2 92 07 75 114 218 26')}, née le ${v('pii.date_of_birth', '14/07/1992')}, tél. ${phone('06 48 27 19 36', 'FR')}.
Observance moyenne : 5 h 40 / nuit sur 28 jours.`),

  rec('cf_it', f`Ciao, mi scrivi una mail per un paziente della clinica del sonno di Palermo che deve rinnovare il piano terapeutico CPAP?
Paziente: Giuseppe Scalia
Codice fiscale: ${v('pii.it_codice_fiscale', 'SCLGPP81H12G273G')}
Cellulare: ${phone('347 482 7193', 'IT')}
Email: ${v('pii.email', 'g.scalia81@libero.it')}
Nota: "Iddu nun s'abbitua â maschera, dici ca ci fa mali u nasu" (l'ha detto così la moglie).`),

  rec('sin_ca', f`Client moved from Toronto to Abu Dhabi, needs a Canadian departure tax checklist. SIN ${v('pii.ca_sin', '527 193 841')}, last day of residency 31 Aug 2024. Email draft to ${v('pii.email', 'm.haddad.ae@protonmail.com')}, please.`),

  rec('ticket_en_ph', f`Ticket #CS-20931 — account recovery (Tidepool)
From: ${v('pii.email', 'kyla.ramos.gaming@yahoo.com')}
Player says her account was stolen, Steam linked. Gave phone ${phone('0917 482 7193', 'PH')} and DOB ${v('pii.date_of_birth', '12/03/2004')} for verification.
Pls draft reply in English + Tagalog, friendly tone.`),

  rec('player_report_ko', f`신고 처리 요약 부탁드립니다.
신고자: 박지훈 (${v('pii.email', 'jihoon.park.0427@naver.com')})
피신고자 닉네임: xXTideLordXx
내용: 디스코드 DM으로 제 전화번호 ${phone('010-4827-1936', 'KR')}을 공개하겠다고 협박함. 스크린샷 첨부.`),

  rec('zoo_member_csv', f`Mach bitte aus diesem Export eine Liste der Mitglieder, deren Jahreskarte im Dezember abläuft:

mitgl_nr;name;geburtsdatum;email;telefon;ablauf
Z-10482;Huber, Martina;${v('pii.date_of_birth', '1978-04-12')};${v('pii.email', 'martina.huber@gmx.at')};${phone('0664 4827193', 'AT')};2024-12-31
Z-10517;Gruber, Lukas;${v('pii.date_of_birth', '1990-11-03')};${v('pii.email', 'l.gruber90@aon.at')};${phone('+43 676 5190284')};2025-03-31
Z-10533;Novak, Ivana;${v('pii.date_of_birth', '1985-07-29')};${v('pii.email', 'ivana.novak@outlook.com')};${phone('0699 18273645', 'AT')};2024-12-15`),

  rec('vet_volunteer_sw', f`Tafadhali andika barua ya kumkaribisha mjitolea mpya katika idara ya mifugo ya bustani ya wanyama:
Jina: Neema Mwakyusa
Simu: ${phone('+255 754 482 719')}
Barua pepe: ${v('pii.email', 'neema.mwakyusa@gmail.com')}
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '05/06/1999')}
Anaanza tarehe 6 Januari, zamu ya asubuhi.`),

  rec('lab_roster_fi', f`Voitko muotoilla tämän laboratorion vuorolistan siistiksi taulukoksi?

Laborantti | Puhelin | Sähköposti
Mikko Heikkinen | ${phone('040 482 7193', 'FI')} | ${v('pii.email', 'mikko.heikkinen@parainen-sementti.fi')}
Sanna Lehtonen | ${phone('050 918 2736', 'FI')} | ${v('pii.email', 'sanna.lehtonen@parainen-sementti.fi')}
Juha Koskinen | ${phone('+358 44 519 0284')} | ${v('pii.email', 'juha.koskinen@parainen-sementti.fi')}`),

  rec('ferry_complaint_el', f`Καλησπέρα, μπορείς να συντάξεις απάντηση σε αυτό το παράπονο;

"Ονομάζομαι Δημήτρης Παπαδάκης, ταξίδεψα με το πλοίο Πειραιάς–Χανιά στις 2/11 και χάθηκε η βαλίτσα μου. Τηλ. ${phone('694 827 1936', 'GR')}, email ${v('pii.email', 'd.papadakis@hotmail.gr')}. Αρ. διαβατηρίου ${v('pii.passport', 'AK4827193')}."`),

  rec('ferry_ticket_tr', f`Merhaba, Eminönü–Kadıköy vapurunda kaybolan bir yolcu cüzdanı için bilgi notu hazırlar mısın?
Bulunan kimlik: Ayşe Demirtaş, doğum tarihi ${v('pii.date_of_birth', '19.05.1994')}
İletişim: ${phone('0532 482 71 93', 'TR')}
Cüzdan iskele ofisinde, teslim için kimlik gerekli.`),

  rec('sleep_ru', f`Помогите составить письмо пациенту о результатах полисомнографии (без диагноза, только приглашение на приём).
Пациент: Сергей Викторович Лебедев, дата рождения ${v('pii.date_of_birth', '08.10.1968')}
Телефон: ${phone('+7 916 482-71-93')}
Email: ${v('pii.email', 'lebedev.sv68@mail.ru')}
Приём: 17 декабря, 10:30, кабинет 4.`),

  rec('sleep_uk', f`Прошу перекласти українською для пацієнтки: "Your home sleep test device must be returned by Friday."
Пацієнтка: Олена Коваленко, тел. ${phone('+380 67 482 7193')}, e-mail ${v('pii.email', 'olena.kovalenko@ukr.net')}.`),

  rec('tax_ar_gulf', f`مرحبا، أرجو كتابة رسالة للعميل بخصوص الإقرار الضريبي البريطاني لعام 2023/24:
الاسم: فيصل الكعبي
الهاتف: ${phone('050 482 7193', 'AE')}
البريد: ${v('pii.email', 'faisal.alkaabi@emirates.net.ae')}
رقم الجواز: ${v('pii.passport', 'P4827193AE')}
ملاحظة: يقيم في دبي منذ 2019 ولديه شقة مؤجرة في مانشستر.`),

  rec('tax_he', f`שלום, צריך לנסח מייל ללקוח שעבר לברלין ורוצה לנתק תושבות מס בישראל.
שם: יונתן כהן
טלפון: ${phone('052-482-7193', 'IL')}
מייל: ${v('pii.email', 'yonatan.cohen.berlin@gmail.com')}
תאריך לידה: ${v('pii.date_of_birth', '11/02/1987')}`),

  rec('tax_fa', f`سلام، لطفاً یک نامه رسمی به انگلیسی برای مشتری ما بنویسید که از تهران به تورنتو مهاجرت کرده:
نام: مریم رضایی
ایمیل: ${v('pii.email', 'maryam.rezaei.to@gmail.com')}
تلفن کانادا: ${phone('+1 416 482 7193')}
موضوع: گزارش درآمد اجاره آپارتمان در ایران.`),

  rec('zoo_vet_ig', f`Biko dee akwụkwọ ozi maka onye ọrụ afọ ofufo ọhụrụ n'ụlọ ọgwụ anụmanụ nke zoo:
Aha: Chiamaka Okonkwo
Ekwentị: ${phone('0803 482 7193', 'NG')}
Email: ${v('pii.email', 'chiamaka.okonkwo@yahoo.com')}
Ọ ga-amalite na Mọnde.`),

  rec('ferry_booking_id', f`Tolong buatkan email konfirmasi pemesanan kapal feri Ketapang–Gilimanuk untuk penumpang ini:
Nama: Bagus Wicaksono
No. HP: ${phone('0812-4827-1936', 'ID')}
Email: ${v('pii.email', 'bagus.wicaksono@gmail.com')}
Kendaraan: Avanza, DK 1482 AB
Jadwal: 20 Desember 2024, 14.00 WITA`),

  rec('ferry_th', f`ช่วยเขียนข้อความแจ้งผู้โดยสารว่าเรือเฟอร์รี่ไปเกาะเต่าถูกยกเลิกเพราะคลื่นลมแรง ส่งถึง คุณสมชาย ใจดี เบอร์ ${phone('081 482 7193', 'TH')} อีเมล ${v('pii.email', 'somchai.jaidee@hotmail.co.th')}`),

  rec('game_tester_vi', f`Giúp mình viết email mời tester tham gia bản beta kín của game:
Tên: Nguyễn Thị Hồng Nhung
SĐT: ${phone('0912 482 719', 'VN')}
Email: ${v('pii.email', 'hongnhung.nguyen99@gmail.com')}
Ngày sinh: ${v('pii.date_of_birth', '23/09/1999')} (đủ 18 tuổi)`),

  rec('signature_fr_sn', f`Peux-tu raccourcir ma signature e-mail ? La voici :

--
Aminata Diallo
Responsable des adhésions — Parc zoologique de Hann
Tél. : ${phone('+221 77 482 19 36')}
${v('pii.email', 'aminata.diallo@parczoo-hann.sn')}
Route de la Forêt, Dakar`),

  rec('log_app_en_in', f`Why is this login failing? App log from the clinic's patient portal:

${amb('source_code.snippet', f`2024-12-03T08:14:22.419Z INFO  auth  login attempt user=${v('pii.email', 'rahul.verma.sleep@rediffmail.com')} ip=${amb('pii.ip_address', '49.207.183.42')}
2024-12-03T08:14:22.803Z WARN  auth  otp_send_failed phone=${phone('+919848271936')} reason=DLT_TEMPLATE_NOT_APPROVED
2024-12-03T08:14:23.011Z ERROR auth  login aborted user=${v('pii.email', 'rahul.verma.sleep@rediffmail.com')}`)}`),

  rec('profile_json_pl', f`Czy ten JSON z profilem członka ZOO jest zgodny z naszym schematem?

${amb('source_code.snippet', f`{
  "memberId": "ZOO-WRO-55120",
  "firstName": "Katarzyna",
  "lastName": "Wójcik",
  "birthDate": "${v('pii.date_of_birth', '1983-02-17')}",
  "email": "${v('pii.email', 'k.wojcik83@wp.pl')}",
  "phone": "${phone('+48 512 483 716')}",
  "plan": "RODZINA_2+2"
}`)}`),

  rec('sleep_intake_da', f`Hjælp mig med at skrive en venlig indkaldelse til søvnundersøgelse:
Patient: Mette Kjærgaard
Fødselsdato: ${v('pii.date_of_birth', '04.12.1970')}
Mobil: ${phone('28 47 19 36', 'DK')}
Undersøgelsen foregår hjemme med ApneaLink, udstyret hentes torsdag.`),

  rec('guarani_es_py', f`Mba'éichapa, nde pytyvõ piko chéve ahai haĝua peteĩ marandu ko tapichápe? Oñemboheta'i ijeheja'o ferry-pe Asunción guive. Héra: Rubén Benítez, pumbyry ${phone('0981 482719', 'PY')}, correo ${v('pii.email', 'ruben.benitez.py@gmail.com')}. Aguyje!`),
];

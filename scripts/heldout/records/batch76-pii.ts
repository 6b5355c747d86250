/**
 * Held-out batch 76: personal data in donor records, grower contracts, player contracts, importer
 * files, lender correspondence and audit staffing, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH76_PII: DraftRecord[] = [
  rec('donor_en', f`Can you rewrite this donor deferral note in plain language for the letter we send out?

Donor: Gareth Pryce   DOB: ${v('pii.date_of_birth', '14/02/1986')}   NHS No: ${v('pii.uk_nhs_number', '466 988 7084')}
Mobile: ${phone('07723 418 296', 'GB')}
Haemoglobin 118 g/L at session on 03/03 (threshold 125 g/L for men). Deferred 6 months, iron studies advised via GP.`),

  rec('donor_csv', f`${cfg(f`donor_id,name,dob,blood_group,email,last_donation
D-208814,Aisha Rahman,${v('pii.date_of_birth', '1991-07-23')},O neg,${v('pii.email', 'aisha.rahman91@gmail.com')},2025-01-12
D-208815,Tomasz Zieliński,${v('pii.date_of_birth', '1978-11-02')},A pos,${v('pii.email', 't.zielinski@wp.pl')},2024-12-28
D-208816,Kwame Boateng,${v('pii.date_of_birth', '2001-04-09')},B pos,${v('pii.email', 'kboateng@outlook.com')},2025-02-03`)}

Which of these O-negative donors are eligible again by 1 April? Whole-blood interval is 12 weeks.`),

  rec('donor_sw', f`Tafadhali nisaidie kuandika ujumbe mfupi wa shukrani kwa mchangiaji damu:

Jina: Neema Mwakalinga
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '17/05/1995')}
Simu: ${phone('+255 754 318 926')}
Kundi la damu: AB+
Amechangia mara ya 10 leo katika kituo cha Arusha.`),

  rec('donor_am', f`እባክህ ይህን የደም ለጋሽ መረጃ ወደ እንግሊዝኛ ተርጉምልኝ፦
ስም፦ ሰላም ተስፋዬ
የትውልድ ቀን፦ ${v('pii.date_of_birth', '12/09/1990')}
ስልክ፦ ${phone('+251 91 128 4736')}
የደም ዓይነት፦ O+
ማስታወሻ፦ ለሁለተኛ ጊዜ ለገሰች፣ ምንም ችግር የለም።`),

  rec('donor_hi', f`रक्तदाता पंजीकरण फ़ॉर्म को अंग्रेज़ी में बदल दो, सरकारी पोर्टल पर अपलोड करना है:
नाम: सुनीता यादव
जन्म तिथि: ${v('pii.date_of_birth', '08-03-1989')}
आधार: ${v('pii.in_aadhaar', '8105 7267 6263')}
मोबाइल: ${phone('+91 98452 18376')}
रक्त समूह: B+`),

  rec('donor_bn', f`রক্তদাতার তালিকা থেকে এই রেকর্ডটা ঠিক করতে হবে, নম্বরটা ভুল টাইপ হয়েছিল:
নাম: মোঃ রফিকুল ইসলাম
জন্ম তারিখ: ${v('pii.date_of_birth', '02/01/1984')}
ফোন: ${phone('+880 1712-384956')}
শেষ দান: ১২ জানুয়ারি ২০২৫
সংশোধিত রেকর্ডটা ইংরেজিতে লিখে দাও।`),

  rec('donor_pt_br', f`Oi! Preciso montar a carta de convocação para doadores de plaquetas. Exemplo de registro:
Nome: Juliana Carvalho Prates
CPF: ${v('pii.br_cpf', '050.948.856-00')}
Nascimento: ${v('pii.date_of_birth', '21/06/1993')}
Celular: ${phone('+55 21 99384-2716')}
Tipo: A-
Escreve um texto curto e simpático, sem citar o CPF.`),

  rec('grower_contract_es', f`Revisa la cláusula de identificación de este contrato de producción de semilla:

"Entre AGROVELA IBÉRICA S.A. y D. Fermín Aranda Lozano, mayor de edad, con DNI ${v('pii.es_dni', '57729917D')}, domicilio en Camino de los Pozos 14, 02640 Almansa (Albacete), teléfono ${phone('+34 612 845 903')}, en adelante EL CULTIVADOR…"

¿Falta algo para que sea válido?`),

  rec('grower_nie_ca', f`Hola! Fes-me un correu en català per al nou agricultor col·laborador del programa d'assajos: Sr. Mihai Popescu, NIE ${v('pii.es_nie', 'X8802334G')}, correu ${v('pii.email', 'mihai.popescu.agri@gmail.com')}. Li hem d'explicar que les parcel·les de blat de moro es sembren la setmana 16.`),

  rec('grower_it', f`Puoi sistemare questa scheda anagrafica del coltivatore per il contratto di moltiplicazione del pomodoro?

Cognome e nome: Cantalupo Alessia
Codice fiscale: ${v('pii.it_codice_fiscale', 'CNTLSS81M48F839A')}
Nata il ${v('pii.date_of_birth', '8 agosto 1981')} a Napoli
Cell. ${phone('+39 347 418 2736')}
Superficie: 3,2 ha in agro di Acerra`),

  rec('grower_fr', f`Peux-tu vérifier la fiche de l'agriculteur multiplicateur avant la signature ?
M. Bastien Lacoste — né le ${v('pii.date_of_birth', '3 avril 1986')}
N° de sécurité sociale (MSA) : ${v('pii.fr_nir', '1 86 04 69 874 535 65')}
Portable : ${phone('+33 6 41 82 73 65')}
Exploitation : GAEC des Trois Chênes, Rhône`),

  rec('grower_de', f`Bitte eine freundliche Erinnerung formulieren, dass noch die Steuer-ID fehlt – ach nein, jetzt hat er sie geschickt:

Landwirt: Johannes Albers, Hof Albers, Vechta
Steuer-Identifikationsnummer: ${v('pii.de_steuer_id', '91604683573')}
Geburtsdatum: ${v('pii.date_of_birth', '30.09.1972')}
Telefon: ${phone('04441 918273', 'DE')}

Dann bitte stattdessen eine Eingangsbestätigung.`),

  rec('grower_nl', f`Kun je deze gegevens van de teler in het contractformulier zetten? 
Naam: Dirk-Jan Hoekstra
BSN: ${v('pii.nl_bsn', '722066466')}
Geboortedatum: ${v('pii.date_of_birth', '11-12-1979')}
E-mail: ${v('pii.email', 'dj.hoekstra@kpnmail.nl')}
Perceel: Noordoostpolder, kavel N-114, 6,8 ha zaaiui`),

  rec('player_contract_en', f`Summarise the key terms of this player contract for the manager (one paragraph):

PLAYER: Daniel "vortx" Okafor, born ${v('pii.date_of_birth', 'June 4, 2003')}
SSN: ${v('pii.us_ssn', '215-87-4964')} (for W-9 / 1099 purposes)
Email: ${v('pii.email', 'dan.okafor.gg@gmail.com')}
Term: 1 Jan 2025 – 31 Dec 2026; base stipend USD 6,500/month; 40% of individual prize winnings; streaming minimum 40 h/month on the team channel.`),

  rec('player_ca', f`Contract addendum for our Canadian support player — just check the formatting:

Name: Émilie Gagnon-Roy
SIN: ${v('pii.ca_sin', '537 386 021')}
Date of birth: ${v('pii.date_of_birth', '1999-10-27')}
Cell: ${phone('+1 514 418 2736')}
Payment: monthly, Interac e-Transfer`),

  rec('player_ko', f`선수 계약서 초안 영어로 번역해 주세요.
선수명: 한지훈 (ID: Haneul)
생년월일: ${v('pii.date_of_birth', '2004년 3월 18일')}
연락처: ${phone('+82 10-4182-7365')}
이메일: ${v('pii.email', 'jihoon.han04@naver.com')}
계약 기간: 2025.01.01 ~ 2025.12.31`),

  rec('player_th', f`ช่วยแปลข้อมูลนักกีฬาเป็นภาษาอังกฤษสำหรับวีซ่าทีมไปแข่งที่เกาหลี:
ชื่อ: นายธนพล ศรีสุข
วันเกิด: ${v('pii.date_of_birth', '14 กุมภาพันธ์ 2545')}
หนังสือเดินทางเลขที่: ${v('pii.passport', 'AC4182736')}
โทร: ${phone('+66 81 842 3719')}`),

  rec('player_vi', f`Viết giúp mình email gửi đại sứ quán xin visa cho tuyển thủ:
Họ tên: Nguyễn Minh Khoa
Ngày sinh: ${v('pii.date_of_birth', '09/11/2002')}
Số hộ chiếu: ${v('pii.passport', 'C7391846')}
Điện thoại: ${phone('+84 912 384 756')}
Giải đấu: Asia Invitational, Seoul, tháng 5.`),

  rec('player_tl', f`Pakigawa ng maikling bio ng bagong player para sa announcement, huwag isama ang personal na detalye:
Pangalan: Carlo "Tiklo" Villanueva
Kaarawan: ${v('pii.date_of_birth', 'Marso 2, 2005')}
Numero: ${phone('+63 917 284 3615')}
Email: ${v('pii.email', 'carlo.villanueva05@yahoo.com')}
Role: jungler, dating naglaro sa amateur league ng Cebu.`),

  rec('importer_id', f`Importer onboarding – KYC sheet for the customs bond, check it's complete:

Company: Harbourline Traders Ltd (EORI GB847291036000)
Director: Priyanka Mehta
NINO: ${v('pii.uk_nino', 'JR 48 27 19 C')}
Passport: ${v('pii.passport', '548217396')} (GBR)
Director DOB: ${v('pii.date_of_birth', '19 Oct 1977')}
Email: ${v('pii.email', 'p.mehta@harbourline-traders.co.uk')}`),

  rec('importer_ur', f`کسٹمز بروکر کے لیے درآمد کنندہ کا فارم انگریزی میں لکھ دیں:
نام: عمران شاہد
پاسپورٹ نمبر: ${v('pii.passport', 'AB7318264')}
تاریخ پیدائش: ${v('pii.date_of_birth', '05/08/1983')}
فون: ${phone('+92 300 4182736')}
کمپنی: شاہد امپیکس، کراچی`),

  rec('importer_fa', f`لطفاً این مشخصات ترخیص‌کار را برای فرم وکالت گمرکی به انگلیسی برگردان:
نام: مریم رضایی
تاریخ تولد: ${v('pii.date_of_birth', '1985/03/21')}
تلفن همراه: ${phone('+98 912 418 2736')}
ایمیل: ${v('pii.email', 'm.rezaei.customs@gmail.com')}`),

  rec('importer_ru', f`Составь письмо импортёру о недостающих документах. Данные:
Индивидуальный предприниматель Ковалёв Артём Игоревич
Дата рождения: ${v('pii.date_of_birth', '27.01.1982')}
Тел.: ${phone('+7 701 384 2916')}
E-mail: ${v('pii.email', 'a.kovalev@mail.ru')}
Не хватает инвойса и сертификата происхождения на партию семян подсолнечника.`),

  rec('lender_nl', f`Graag een nette bevestigingsbrief voor de bruikleengever:

Bruikleengever: mevr. drs. H.W. van Tongeren-Bos
Adres: Prinsengracht 512-II, 1017 KH Amsterdam
Telefoon: ${phone('020 418 2736', 'NL')}
E-mail: ${v('pii.email', 'hw.vantongeren@ziggo.nl')}
Object: olieverf op paneel, 'Stilleven met haring', verzekerde waarde op aanvraag
Bruikleenperiode: 1 april – 30 september 2025`),

  rec('lender_en', f`Private lender details for the courier booking — draft the email to the fine-art shipper:

Lender: Sir Anthony Harcourt-Leigh
Collection address: The Old Rectory, Little Bradley, Suffolk
Phone: ${phone('01440 418273', 'GB')}
Email: ${v('pii.email', 'a.harcourtleigh@btinternet.com')}
Pick-up window: 10–12 March, two-person crew, climate-controlled vehicle.`),

  rec('conservator_el', f`Σύνταξε ένα σύντομο βιογραφικό για τον κατάλογο της έκθεσης (χωρίς προσωπικά στοιχεία):
Συντηρήτρια: Ελένη Μαυρίδου
Ημ. γέννησης: ${v('pii.date_of_birth', '22/04/1980')}
Κινητό: ${phone('+30 694 418 2736')}
Ειδίκευση: συντήρηση τοιχογραφιών, 15 χρόνια στο εργαστήριο.`),

  rec('staffing_fi_en', f`Audit staffing sheet for the year-end engagement — please turn it into a clean table:

- Senior: Laura Mäkinen, ${v('pii.email', 'laura.makinen@pa-audit.com')}, ${phone('+358 40 418 2736')}
- Associate: Oskar Berg, ${v('pii.email', 'oskar.berg@pa-audit.com')}, ${phone('+46 70 418 27 36')}
- Associate: Ingrid Solheim, ${v('pii.email', 'ingrid.solheim@pa-audit.com')}, ${phone('+47 918 27 364')}
Client: Hallmark Logistics Oy, fieldwork 10–21 Feb.`),

  rec('hr_audit_cs', f`Připrav prosím potvrzení o zaměstnání pro naši asistentku auditora:
Jméno: Tereza Nováková
Datum narození: ${v('pii.date_of_birth', '16. 5. 1996')}
Telefon: ${phone('+420 602 184 736')}
E-mail: ${v('pii.email', 'tereza.novakova@seznam.cz')}
Nástup: 1. 9. 2022, pozice asistent auditora.`),

  rec('log_json', f`${cfg(f`{"ts":"2025-03-04T07:12:44Z","svc":"donor-portal","event":"login_failed","reason":"otp_mismatch","user":"${v('pii.email', 'selin.aydin@hotmail.com')}","ip":"${amb('pii.ip_address', '88.241.17.203')}","ua":"Mobile Safari 17.3"}
{"ts":"2025-03-04T07:13:02Z","svc":"donor-portal","event":"login_ok","user":"${v('pii.email', 'selin.aydin@hotmail.com')}","ip":"${amb('pii.ip_address', '88.241.17.203')}"}`)}

Donör portalında bu kullanıcı iki kez OTP hatası almış, sonra girmiş. Bu normal mi, yoksa hesap ele geçirme girişimi mi?`),

  rec('chat_id', f`Tolong bantu buat surat pernyataan petani mitra penangkar benih padi:
Nama: Bapak Slamet Riyadi
Tanggal lahir: ${v('pii.date_of_birth', '12 Agustus 1968')}
No. HP: ${phone('+62 812-3847-2916')}
Desa Sukamaju, Kec. Cianjur. Luas sawah 2 ha.`),

  rec('chat_ne', f`कृपया यो बीउ परीक्षण किसानको विवरण अंग्रेजीमा लेखिदिनुहोस्:
नाम: राम बहादुर थापा
जन्म मिति: ${v('pii.date_of_birth', '1975-06-15')}
मोबाइल: ${phone('+977 984-1234567')}
गाउँ: धादिङ, परीक्षण बाली: मकै`),

  rec('chat_si', f`කරුණාකර මේ ලේ දායකයාගේ විස්තර ඉංග්‍රීසියට පරිවර්තනය කරන්න:
නම: නිමල් පෙරේරා
උපන් දිනය: ${v('pii.date_of_birth', '1988-02-29')}
දුරකථනය: ${phone('+94 77 318 4927')}
රුධිර වර්ගය: O-`),

  rec('chat_ta', f`இந்த விவசாயி ஒப்பந்த விவரங்களை ஆங்கிலத்தில் எழுதுங்கள்:
பெயர்: முருகன் செல்வராஜ்
ஆதார்: ${v('pii.in_aadhaar', '2379 7906 2155')}
கைபேசி: ${phone('+91 94431 82736')}
பயிர்: கலப்பின பருத்தி விதை உற்பத்தி, 4 ஏக்கர்`),

  rec('signature_uk', f`З повагою,
Олена Бондаренко
Митний брокер, ТОВ «Толгейт Брокерс Україна»
моб. ${phone('+380 67 418 2736')}
${v('pii.email', 'o.bondarenko@tollgatebrokers.com.ua')}

(скороти підпис для мобільної пошти)`),

  rec('chat_pt_pt', f`Podes escrever uma mensagem de boas-vindas para o novo estagiário do laboratório de conservação? Dados: Rui Gonçalves Pinto, nascido a ${v('pii.date_of_birth', '7 de março de 2000')}, telemóvel ${phone('+351 912 384 756')}, email ${v('pii.email', 'rui.g.pinto@sapo.pt')}. Começa a 2 de junho no ateliê de têxteis.`),

  rec('chat_af', f`Help my asseblief om hierdie boer se kontrakbesonderhede in Engels te skryf:
Naam: Pieter Marais
Geboortedatum: ${v('pii.date_of_birth', '1970/11/04')}
Selfoon: ${phone('+27 82 418 3927')}
Plaas: Rietfontein, Bothaville — mielie-saadproduksie, 45 ha`),

  rec('chat_hy_pii', f`Խնդրում եմ թարգմանել անգլերեն մաքսային հայտարարատուի տվյալները՝
Անուն՝ Արամ Գրիգորյան
Ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '03.12.1987')}
Հեռ.՝ ${phone('+374 91 284736')}
Ընկերություն՝ «Արարատ Իմպորտ» ՍՊԸ`),

  rec('chat_sv_ambig', f`Skriv ett kort intyg om att vår spelare har kontrakt med klubben till 2026: Elias Nyström, personnummer ${ambCat('pii', '030514-7382')}, mobil ${phone('+46 70 418 27 36')}.`, 'Swedish personnummer: personal, but no built-in rule claims it (ambiguous, no rule id)'),
];

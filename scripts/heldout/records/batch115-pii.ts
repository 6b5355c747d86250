/** Held-out batch 115: personal data in player medical files, crew lists and visa forms, subscriber tickets, farm-loan KYC, defender intake sheets and field rosters. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pp = (s: string) => v('pii.passport', s);

export const BATCH115_PII: DraftRecord[] = [
  rec('clinic_note', f`Can you tidy this into a referral letter to the knee surgeon?

Player: Callum Reid (first team, #6)
NHS No: ${v('pii.uk_nhs_number', '476 149 9753')}   DOB: ${dob('14/02/2001')}
Mobile: ${phone('+44 7911 284 503')}
Injury: suspected ACL rupture R knee, non-contact, training 02/06. Lachman positive, effusion ++. MRI booked.`),

  rec('clinic_de', f`Bitte fass den Befund für den Trainer zusammen, ohne medizinische Details:

Spieler: Jannik Oberholzer, geb. ${dob('03.09.1998')}
Versicherung: AOK, Handy ${phone('+49 171 3829 4051')}
Diagnose: Muskelfaserriss M. biceps femoris links, Grad II. Ausfallzeit voraussichtlich 3–4 Wochen.`),

  rec('clinic_fr', f`Peux-tu rédiger la déclaration d'accident du travail pour notre joueur ?
Nom : Moussa Diarra — N° de sécurité sociale : ${v('pii.fr_nir', '1 84 07 69 765 302 28')}
Date de l'accident : 28/05/2025, match amical, entorse de la cheville droite.
Téléphone : ${phone('+33 6 48 27 19 53')}`),

  rec('clinic_es', f`Necesito el consentimiento informado para la infiltración del jugador:
Nombre: Álvaro Serrano Ruiz
DNI: ${v('pii.es_dni', '68558022J')}
Fecha de nacimiento: ${dob('21/11/1999')}
Procedimiento: infiltración ecoguiada de PRP en tendón rotuliano.`),

  rec('clinic_it', f`Mi aiuti a scrivere ai genitori del ragazzo dell'Under 17?
Atleta: Luca Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCLCU07P14H501R')}
Visita di idoneità agonistica: ECG da ripetere sotto sforzo.
Cellulare della madre: ${phone('+39 338 471 2956')}`),

  rec('clinic_nl', f`Kun je dit omzetten naar een verwijsbrief voor de cardioloog?
Speler: Daan Visser, BSN ${v('pii.nl_bsn', '417169103')}, geboren ${dob('7 maart 2003')}
Klacht: hartkloppingen tijdens intervaltraining, ECG in rust normaal.`),

  rec('clinic_pt_br', f`Oi, me ajuda a escrever o laudo para o clube que vai contratar o atleta?
Atleta: Gabriel Souza Lima, CPF ${v('pii.br_cpf', '767.757.422-07')}
Nascimento: ${dob('12/04/2000')} — celular ${phone('+55 21 99482-3107')}
Resultado: apto, sem restrições. Lesão meniscal antiga (2022) totalmente recuperada.`),

  rec('crew_csv', f`Please check this crew-change list for the MV Nordic Tern at Rotterdam and flag anyone whose passport expires within 6 months of sign-on (12 June):

${amb('source_code.snippet', f`rank,name,nationality,dob,passport,expiry
Master,Sergiy Kovalenko,UA,${dob('1974-03-19')},${pp('FT482719')},2027-08-01
C/O,Ramon dela Cruz,PH,${dob('1983-10-02')},${pp('P4827193A')},2025-11-30
2/E,Arun Pillai,IN,${dob('1990-06-25')},${pp('Z4827193')},2031-02-14
AB,Dimas Pratama,ID,${dob('1996-01-08')},${pp('C4827193')},2026-01-20`)}`),

  rec('visa_form_en_in', f`Kindly fill the Schengen transit visa cover letter for our seafarer joining at Hamburg:
Name: Vikram Singh Rathore
Passport No.: ${pp('V8371946')}
Date of birth: ${dob('05-08-1988')}
CDC No.: ${ambCat('pii', 'MUM 148273')}
Contact: ${phone('+91 98452 71836')}
Vessel: MT Ganges Pride, sign-on 15 June.`, 'Indian seafarer CDC number: personal, no built-in rule (ambiguous)'),

  rec('chat_tl', f`Paki-check naman po itong details ni kuya para sa OKTB letter: Jericho Manalastas, passport ${pp('P9184273B')}, ipinanganak ${dob('17 Hunyo 1991')}, cellphone ${phone('+63 917 482 3916')}. Sasakay siya sa Singapore sa 20 June.`),

  rec('chat_uk', f`Підготуй, будь ласка, лист-запрошення для моряка: Олександр Бондар, закордонний паспорт ${pp('GA482193')}, дата народження ${dob('02.12.1985')}, телефон ${phone('+380 67 418 2953')}. Прибуття до Гданська 11.06.`),

  rec('chat_id', f`Tolong buatkan surat jaminan untuk kru kami: Nama Andi Saputra, paspor ${pp('B4827193')}, tanggal lahir ${dob('23-04-1994')}, HP ${phone('+62 812 3847 2916')}. Naik kapal di Busan tanggal 18 Juni.`),

  rec('chat_vi', f`Bạn giúp mình soạn thư bảo lãnh cho thuyền viên: Nguyễn Văn Hùng, hộ chiếu ${pp('C4918273')}, sinh ngày ${dob('09/10/1987')}, điện thoại ${phone('+84 912 847 361')}. Lên tàu tại Cảng Hải Phòng ngày 22/6.`),

  rec('chat_zh', f`请帮我写一封船员换班的担保信：船员王建国，护照号 ${pp('E48271936')}，出生日期 ${dob('1982年7月15日')}，手机 ${phone('+86 139 2847 6153')}，6月25日在宁波登船。`),

  rec('chat_ko', f`선원 교대 일정 안내 메일을 써 주세요. 수신: 박민수 기관사 (${mail('minsu.park82@naver.com')}, ${phone('+82 10-4827-3916')}), 부산 승선 6월 18일, 항공편은 추후 안내.`),

  rec('ticket', f`Zendesk #SUBS-40218
From: Patricia Gomez <${mail('pgomez.reads@gmail.com')}>
Phone: ${phone('(312) 482-7193', 'US')}
Address: 2217 W. Cortland St, Chicago IL 60647

"Paper hasn't been delivered for 5 days and nobody answers the phone. I've been a subscriber for 22 years."

Draft an apology with a 2-week credit.`),

  rec('csv_sv', f`Kan du rensa dubbletter i den här listan över prenumeranter som sagt upp sig?

${amb('source_code.snippet', f`kundnr;namn;epost;mobil
418273;Ingrid Holm;${mail('ingrid.holm@telia.com')};${phone('+46 70 482 19 37')}
418273;Ingrid Holm;${mail('ingrid.holm@telia.com')};${phone('+46 70 482 19 37')}
420915;Björn Ekström;${mail('b.ekstrom@outlook.com')};`)}`),

  rec('chat_nb', f`Kan du skrive et svar til leseren? Hun skriver fra ${mail('kari.nordby@online.no')} at hun ikke får logget inn på eAvisen etter at hun byttet mobilnummer til ${phone('+47 482 19 375')}.`),

  rec('gdpr_da', f`Vi har fået en indsigtsanmodning. Skriv et svar på dansk der bekræfter, at vi har disse oplysninger:
Navn: Mette Kjærgaard
E-mail: ${mail('mette.kj@jubii.dk')}
Fødselsdato: ${dob('30-01-1962')}
Telefon: ${phone('+45 28 47 19 36')}
Abonnement: Weekend print siden 2011`),

  rec('chat_fi', f`Voitko kirjoittaa vastauksen tilaajalle? Pekka Laaksonen (${mail('pekka.laaksonen@kolumbus.fi')}, ${phone('+358 40 482 7193')}) valittaa, että maksumuuri veloitti kaksi kertaa.`),

  rec('chat_de_at', f`Grüß Gott, eine Leserin (${mail('gertraud.posch@aon.at')}) möchte ihr Abo auf ihren Sohn übertragen. Sie ist telefonisch unter ${phone('+43 664 482 7193')} erreichbar. Was braucht es formal dafür?`),

  rec('kyc_hi', f`कृपया इस किसान के KYC नोट को अंग्रेज़ी में सारांशित करें:
नाम: रामेश्वर प्रसाद यादव
आधार: ${v('pii.in_aadhaar', '3045 9376 1350')}
मोबाइल: ${phone('+91 94441 28376')}
जन्मतिथि: ${dob('12/07/1968')}
ऋण: फसल ऋण ₹1,80,000, खरीफ 2025`),

  rec('kyc_bn', f`এই কৃষকের ঋণ আবেদনের তথ্য যাচাই করে ইংরেজিতে সংক্ষেপ দিন: নাম সুকুমার মণ্ডল, আধার নম্বর ${v('pii.in_aadhaar', '7744 1912 8671')}, মোবাইল ${phone('+91 98452 71836')}, জমি ২.৪ একর, নদিয়া জেলা।`),

  rec('chat_ta', f`வணக்கம், இந்த விவசாயியின் கடன் தவணை நினைவூட்டல் கடிதத்தை எழுதவும்: பெயர் முருகன் செல்வம், பிறந்த தேதி ${dob('04-03-1971')}, தொலைபேசி ${phone('+91 94441 28376')}, நிலுவை ₹42,500.`),

  rec('chat_sw', f`Tafadhali niandikie barua ya kumkumbusha mkulima kuhusu malipo ya mkopo: Jina: Grace Achieng Otieno, Nambari ya kitambulisho ${ambCat('pii', '28471936')}, Simu ${phone('+254 712 483 916')}, deni KES 64,000.`, 'Kenyan national ID number: personal, no built-in rule'),

  rec('chat_am', f`ሰላም፣ ለገበሬው የብድር ማስታወሻ ደብዳቤ ጻፍልኝ። ስም፡ አበበ ተሰማ፣ ስልክ፡ ${phone('+251 91 148 2739')}፣ የቀረው ዕዳ 38,000 ብር።`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ran mi lọ́wọ́ láti kọ lẹ́tà sí àgbẹ̀ yìí nípa ìsanpadà àwìn: Orúkọ: Adebayo Ogunleye, BVN ${ambCat('pii', '22482719365')}, nọ́mbà fóònù ${phone('+234 803 482 7193')}.`, 'Nigerian BVN: personal identifier with no built-in rule'),

  rec('intake_form', f`PUBLIC DEFENDER — CLIENT INTAKE
Name: Tyrone J. Whitaker
SSN: ${v('pii.us_ssn', '512-48-7193')}
DOB: ${dob('08/22/1993')}
Phone (sister, best contact): ${phone('+1 (646) 482-7195')}
Charge: possession w/ intent, arraigned 06/02/2025, bail $25,000

Summarize for the supervising attorney in 3 bullets.`),

  rec('chat_es_mx', f`Oye, ayúdame a redactar en inglés la carta para la jueza. Nuestro cliente se llama Jesús Ramírez Ortega, nació el ${dob('3 de mayo de 1990')}, su teléfono es ${phone('+52 55 4829 1736')} y tiene ITIN ${ambCat('pii', '912-78-4306')}. Pide aplazamiento de la audiencia.`, 'an ITIN (9xx) is not an SSN: no rule, ambiguous personal identifier'),

  rec('chat_en_gb', f`Duty solicitor notes — please make this readable for the file:
Client: Shane Doherty, NI number ${v('pii.uk_nino', 'JT 48 21 93 C')}, DOB ${dob('19/09/1997')}
Tel: ${phone('+44 20 7946 1837')}
Arrested 01/06 for criminal damage, interviewed 02/06, released under investigation.`),

  rec('chat_en_ca', f`Legal aid application, Ontario — can you check it's complete?
Applicant: Jordan Whitehorse
SIN: ${v('pii.ca_sin', '299 334 375')}
Phone: ${phone('+1 416 482 7193')}
Income: ODSP, $1,368/month. Matter: youth court, mischief under $5,000.`),

  rec('chat_pl', f`Pomóż mi napisać wniosek o przydział obrońcy z urzędu dla klienta: Tomasz Wróbel, PESEL ${ambCat('pii', '93082214758')}, tel. ${phone('+48 601 482 739')}, sprawa II K 418/25.`, 'PESEL: personal, no built-in rule'),

  rec('chat_he', f`תעזור לי לנסח בקשה לדחיית דיון עבור הלקוח: יוסי אברהמי, ת.ז. ${ambCat('pii', '302847193')}, טלפון ${phone('+972 52-482-7193')}. הדיון קבוע ל-15 ביוני.`, 'Israeli ID number: personal, no built-in rule'),

  rec('roster_sr', f`Преведи на енглески списак дежурних техничара за соларну електрану Кула:
1. Милош Јовановић — ${phone('+381 64 482 7193')}
2. Ненад Петровић — ${phone('+381 64 918 2735')}
Дежурство: викенд 14–15. јун.`),

  rec('signature_lt', f`Pagarbiai,
Mindaugas Kazlauskas
Saulės elektrinės „Pakruojis“ priežiūros vadovas
Tel. ${phone('+370 612 48273')}
El. paštas: ${mail('m.kazlauskas@saules-parkas.lt')}

Ar galite išversti šį parašą į anglų kalbą?`),

  rec('chat_fa', f`سلام، لطفاً برای تکنسین نیروگاه خورشیدی یک پیام یادآوری سرویس بنویس: آقای رضا کریمی، شماره ${phone('+98 912 482 7193')}، ایمیل ${mail('r.karimi@khorshid-nirou.ir')}. بازدید دوره‌ای اینورترها شنبه ساعت ۸.`),

  rec('log', f`${amb('source_code.snippet', f`2025-06-04T07:12:33Z WARN  paywall.login failed attempt user=${mail('juan.perez.lector@hotmail.es')} ip=${amb('pii.ip_address', '83.44.182.19')} reason=bad_password count=5
2025-06-04T07:12:34Z INFO  paywall.lock account locked user=${mail('juan.perez.lector@hotmail.es')} until=2025-06-04T07:42:34Z`)}

¿Cómo le explico al lector por qué está bloqueado sin parecer un robot?`),
];


/**
 * Held-out batch 50: personal data in guest manifests, crew HR files, parking appeals, towing
 * releases, farmer and donor lists, orthodontic referrals, deminer rosters and insider lists.
 * National numbers with no built-in rule are ambiguous spans without a rule id. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH50_PII: DraftRecord[] = [
  // --- cruise line ---
  rec('csv', f`Port authority in Split wants the pre-arrival manifest in their template (surname;given names;nationality;doc no;DOB). Can you convert these rows?

${amb('source_code.snippet', f`cabin,last_name,first_name,nationality,passport_no,date_of_birth,embark
7142,HALVORSEN,Ingrid Marie,NOR,${v('pii.passport', 'FN4829173')},${v('pii.date_of_birth', '1958-11-03')},VCE
7142,HALVORSEN,Tor Arne,NOR,${v('pii.passport', 'FN4831062')},${v('pii.date_of_birth', '1955-02-19')},VCE
8016,OKAFOR,Chidinma,GBR,${v('pii.passport', '548217390')},${v('pii.date_of_birth', '1987-07-25')},VCE
8020,MÜLLER-BRANDT,Jürgen,DEU,${v('pii.passport', 'C7LKX2R94')},${v('pii.date_of_birth', '1949-04-30')},BAR`)}`),

  rec('chat_tl', f`Pakigawa po ng maayos na email sa manning agency sa Maynila. Kailangan nila ang updated details ko bago ang susunod na kontrata:

Pangalan: Rodel M. Dela Cruz
Posisyon: Assistant Cook
Passport: ${v('pii.passport', 'P4827361B')} (valid hanggang 2032)
Seaman's Book (SIRB): ${ambCat('pii', 'C0948213')}
Kapanganakan: ${v('pii.date_of_birth', '14 Agosto 1990')}
Cellphone: ${phone('0917 204 8813', 'PH')}
Email: ${v('pii.email', 'rodel.delacruz90@gmail.com')}`, 'seafarer identity book number: personal, no rule claims it'),

  rec('form_ja', f`乗船前の健康申告書を英語に翻訳してください。

氏名：佐藤 美智子（サトウ ミチコ）
生年月日：${v('pii.date_of_birth', '1951年9月12日')}
客室番号：5031
緊急連絡先：佐藤 健一（長男） ${phone('090-2817-4406', 'JP')}
メール：${v('pii.email', 'michiko.sato51@docomo.ne.jp')}
持病：高血圧（服薬中）、ペースメーカーなし`),

  rec('chat_es', f`Necesito preparar el contrato de un tripulante nuevo que embarca en Barcelona. Datos: Jorge Navarro Pineda, DNI ${v('pii.es_dni', '54918273T')}, móvil ${phone('+34 648 291 735')}, fecha de nacimiento ${v('pii.date_of_birth', '02/10/1994')}. Puesto: animador. ¿Me redactas el correo de bienvenida con la lista de documentos que debe traer (libreta de embarque, certificado médico ENG1)?`),

  rec('hr_note', f`Rewrite this as a formal note to payroll: Darnell Pierce (shoreside, guest relations, Miami office) says his W-2 shows the wrong SSN. Correct SSN is ${v('pii.us_ssn', '412-83-7290')}, the form shows ${v('pii.us_ssn', '412-83-7209')}. His mobile is ${phone('(786) 304-2218', 'US')} if they need to call. Needs a corrected W-2c before April 15.`, 'the wrong SSN printed on the form is a valid-looking SSN too: labelled'),

  rec('chat_ja', f`外国人クルーの在留資格の書類です。フィリピン人乗組員の情報を英語の表にまとめてください：
氏名 Maricel Santos、旅券番号 ${v('pii.passport', 'P7731940A')}、生年月日 ${v('pii.date_of_birth', '1993年3月8日')}、連絡先 ${phone('+63 917 482 3065')}。横浜で下船予定。`),

  rec('chat_ne', f`जहाजमा नयाँ जागिरको लागि HR लाई मेरो विवरण पठाउनुपर्छ। अंग्रेजीमा राम्रो इमेल बनाइदिनुहोस्:
नाम: सुरेश गुरुङ
राहदानी नं: ${v('pii.passport', '10482736')}
जन्म मिति: ${v('pii.date_of_birth', '1992-05-17')}
मोबाइल: ${phone('+977 984-1238475')}
इमेल: ${v('pii.email', 'suresh.gurung.pkr@gmail.com')}`),

  // --- parking and towing ---
  rec('letter_cy', f`Helpwch fi i wella'r llythyr apêl hwn, os gwelwch yn dda:

Annwyl Swyddog Apeliadau,
Rwy'n apelio yn erbyn yr Hysbysiad Tâl Cosb a gefais ar Heol y Frenhines ar 3 Mawrth. Roedd fy nhrwydded parcio i bobl anabl yn weladwy ar y dangosfwrdd.
Cysylltwch â mi ar ${phone('029 2034 8811', 'GB')} neu ${v('pii.email', 'eleri.pritchard@btinternet.com')}.
Yn gywir,
Eleri Pritchard`),

  rec('form', f`VEHICLE RELEASE – CITY IMPOUND LOT B
Released to: Marcus T. Bellamy
Date of birth: ${v('pii.date_of_birth', '04/22/1979')}
Driver licence: ${ambCat('pii', 'B482-731-79-065-0')} (FL)
Phone: ${phone('+1 954 381 2207')}
Email: ${v('pii.email', 'mtbellamy79@outlook.com')}
Vehicle: 2019 Honda Accord, silver, plate LKW-4821
Fees paid: tow $135, storage 2 days $60

Please turn this into a plain-language receipt the clerk can print.`, 'driving licence number: personal, no rule claims it'),

  rec('chat_sk', f`Pomôžte mi napísať odpoveď na žiadosť o rezidentskú parkovaciu kartu. Žiadateľka: Mgr. Zuzana Kováčová, rodné číslo ${ambCat('pii', '895412/3189')}, trvalý pobyt Obchodná 14, Bratislava. Telefón ${phone('+421 948 217 365')}, e-mail ${v('pii.email', 'zuzana.kovacova@post.sk')}. Chýba jej potvrdenie o vlastníctve vozidla.`, 'Slovak birth number: personal, no rule claims it'),

  rec('chat_gl', f`Axúdame a escribir a resposta a esta veciña que solicita a tarxeta de residente da zona ORA: Carme Souto Regueiro, DNI ${v('pii.es_dni', '33827410E')}, teléfono ${phone('986 22 47 19', 'ES')}, rúa do Príncipe 22, Vigo. Falta o certificado de empadroamento.`),

  rec('chat_eu', f`Idatzi mesedez erantzun labur bat herritar honi: garabiak bere autoa eraman du eta dokumentazioa eskatzen du. Datuak: Mohamed El Amrani, NIE ${v('pii.es_nie', 'X4827193E')}, telefonoa ${phone('617 40 28 93', 'ES')}. Ibilgailua Anoetako biltegian dago eta 09:00etatik 20:00etara jaso dezake.`),

  rec('chat_sr_latn', f`Napiši mi dopis za vlasnika vozila kome je izdat nalog za plaćanje doplatne karte: Miloš Jovanović, JMBG ${ambCat('pii', '1403987715031')}, tel. ${phone('063 471 2958', 'RS')}, adresa Bulevar oslobođenja 112, Beograd. Rok za plaćanje je 8 dana, posle toga ide prinudna naplata.`, 'Serbian JMBG: personal, no rule claims it'),

  // --- seed bank and plant-breeding lab ---
  rec('contacts', f`Tidy this list of seed donors for the thank-you letters (one line each: name, country, e-mail):

- Joseph Mwangi, Nakuru, Kenya — ${v('pii.email', 'jmwangi.seeds@gmail.com')}, ${phone('+254 722 481 937')}
- Beverley Campbell, St Elizabeth, Jamaica — ${v('pii.email', 'bev.campbell.farm@yahoo.com')}, ${phone('+1 876 448 2910')}
- Olena Kravchuk, Poltava, Ukraine — ${v('pii.email', 'olena.kravchuk@ukr.net')}, ${phone('+380 67 482 7315')}
- Rustam Nazarov, Samarkand, Uzbekistan — no e-mail, ${phone('+998 90 184 2736')}`),

  rec('chat_ne', f`स्थानीय धानको बीउ दिने किसानहरूको सूची अंग्रेजीमा तालिका बनाइदिनुहोस्:
१. राम बहादुर थापा, जुम्ला, नागरिकता नं. ${ambCat('pii', '61-01-73-04821')}, मोबाइल ${phone('9851072836', 'NP')}
२. सीता कुमारी शाही, हुम्ला, मोबाइल ${phone('+977 984-7726153')}
जातहरू: जुम्ली मार्सी, कालो मार्सी`, 'Nepali citizenship certificate number: personal, no rule claims it'),

  rec('chat_te', f`పార్టిసిపేటరీ ట్రయల్‌లో పాల్గొన్న రైతుకు చెల్లింపు కోసం వివరాలు ఇవి. ఫైనాన్స్‌కి ఇంగ్లీష్‌లో చిన్న మెయిల్ రాసిపెట్టండి:
పేరు: కొండా వెంకట రమణ, గ్రామం: పాపన్నపేట, మెదక్ జిల్లా
ఆధార్: ${v('pii.in_aadhaar', '4829 1735 0624')}
ఫోన్: ${phone('94401 72853', 'IN')}
ప్లాట్లు: 4, జొన్న రకాలు: 3`),

  rec('chat_bn', f`বীজ সংগ্রহ অভিযানে যে কৃষকরা দেশি ধানের বীজ দিয়েছেন তাঁদের তালিকা ইংরেজি টেবিলে সাজিয়ে দিন:
১. মোঃ আব্দুল করিম, কুড়িগ্রাম — মোবাইল ${phone('01819-274630', 'BD')}, এনআইডি ${ambCat('pii', '4627193805')}
২. রহিমা খাতুন, সাতক্ষীরা — মোবাইল ${phone('+880 1911-482736')}
জাত: কালিজিরা, চিনিগুড়া, হরি`, 'Bangladeshi national ID number: personal, no rule claims it'),

  rec('hr_he', f`תעזור לי לנסח מייל קבלה לעובד חדש במעבדת הטיפוח:
שם: יואב בן-דוד
ת.ז.: ${ambCat('pii', '038472619')}
טלפון: ${phone('054-7318264', 'IL')}
דוא"ל אישי: ${v('pii.email', 'yoav.bendavid@walla.co.il')}
תאריך התחלה: 1.4.2025, תפקיד: טכנאי חממות`, 'Israeli ID number: personal, no rule claims it'),

  // --- orthodontics chain ---
  rec('referral', f`Please shorten this referral letter for the orthodontist:

Dear Dr Lewis,
Re: Ffion Morgan, DOB ${v('pii.date_of_birth', '17/06/2012')}, NHS No. ${v('pii.uk_nhs_number', '485 729 1037')}
I would be grateful if you could assess Ffion for orthodontic treatment. She has a Class II div 1 malocclusion with an overjet of approx. 9 mm and is self-conscious about her smile. IOTN DHC 5a.
Mother's contact: ${phone('07823 416592', 'GB')}, ${v('pii.email', 'sian.morgan.home@gmail.com')}
Yours sincerely, Dr R. Evans, Heol Fawr Dental Practice`),

  rec('chat_cy', f`Ysgrifennwch neges fer i atgoffa rhieni am apwyntiad: Gethin Rhys Jones, dyddiad geni ${v('pii.date_of_birth', '3 Ionawr 2011')}, rhif GIG ${v('pii.uk_nhs_number', '612 938 4750')}, apwyntiad i osod y brês ddydd Iau 10 Ebrill am 15:40 yn y clinig yn Abertawe. Rhif y clinig: ${phone('01792 481 276', 'GB')}.`),

  rec('chat_th', f`ช่วยสรุปประวัติคนไข้จัดฟันเป็นภาษาอังกฤษสำหรับส่งต่อไปสาขาเชียงใหม่ค่ะ
ชื่อ: ด.ญ. ปวีณ์ธิดา ศรีสุข
เลขประจำตัวประชาชน: ${ambCat('pii', '1103700428151')}
วันเกิด: ${v('pii.date_of_birth', '21 ก.พ. 2554')}
ผู้ปกครอง: นางวรรณา ศรีสุข โทร ${phone('089 237 4618', 'TH')}
แผนการรักษา: ถอนฟัน 4 ซี่ ใส่เครื่องมือแบบติดแน่น`, 'Thai national ID number: personal, no rule claims it'),

  rec('chat_sq', f`Përkthe në anglisht këtë shënim për klinikën partnere në Itali:
Pacientja: Arta Hoxha, datëlindja ${v('pii.date_of_birth', '09.11.2008')}, numri personal ${ambCat('pii', 'K86109021L')}
Prindi: Besnik Hoxha, tel. ${phone('+355 69 482 7315')}, email ${v('pii.email', 'besnik.hoxha@yahoo.com')}
Trajtimi: aparat fiks i sipërm dhe i poshtëm që nga shtatori 2023.`, 'Albanian personal number: personal, no rule claims it'),

  rec('chat_mk', f`Напиши ми потсетник за родителот за контролен преглед:
Пациент: Марија Стојановска (12 год.)
Родител: Горан Стојановски, ЕМБГ ${ambCat('pii', '0507814140099')}, тел. ${phone('071 284 937', 'MK')}
Термин: 22 април, 17:30, ординација Центар — замена на лак.`, 'Macedonian EMBG: personal, no rule claims it'),

  rec('chat_ms', f`Tolong tulis mesej WhatsApp ringkas kepada pesakit untuk ingatkan janji temu pemasangan retainer:
Nama: Nurul Aisyah binti Kamarudin
No. KP: ${ambCat('pii', '980412-14-5523')}
Telefon: ${phone('019-274 8315', 'MY')}
E-mel: ${v('pii.email', 'nurulaisyah.k98@gmail.com')}
Tarikh: Sabtu 12 April, 10.30 pagi, cawangan Subang Jaya`, 'Malaysian MyKad number: personal, no rule claims it'),

  rec('chat_es', f`Redáctame un consentimiento informado corto para ortodoncia de un menor. Paciente: Lucía Fernández Ortega, nacida el ${v('pii.date_of_birth', '8 de mayo de 2013')}. Tutor legal: Javier Fernández Ruiz, DNI ${v('pii.es_dni', '48201937D')}, teléfono ${phone('+34 981 54 28 60')}. Tratamiento: aparatología fija metálica, duración estimada 24 meses.`),

  rec('claim', f`Help me fill the narrative box of this dental insurance claim:

Patient: Ava Richardson   DOB: ${v('pii.date_of_birth', '09/14/2010')}
Subscriber: Kevin Richardson   SSN: ${v('pii.us_ssn', '538-21-0947')}   Member ID: ${ambCat('pii', 'DLT448201937')}
Subscriber phone: ${phone('+1 786 214 3098')}
Procedure: D8080 comprehensive orthodontic treatment of the adolescent dentition
Narrative: ___________`, 'the insurance member id is personal, no rule claims it'),

  rec('chat_tl', f`Paki-translate po sa English itong text sa magulang ng pasyente namin sa clinic sa Makati: "Magandang araw po, Gng. Reyes. Ang susunod na adjustment ni Miguel ay sa Sabado, 9:00 ng umaga. Kung hindi po makakapunta, tumawag sa ${phone('+63 2 8894 1270')} o mag-email sa ${v('pii.email', 'makati@brightbite-ortho.ph')}." Kontak ni Gng. Reyes: ${phone('+63 947 218 3391')}.`),

  // --- demining NGO ---
  rec('roster', f`Turn this deployment roster into a table sorted by team:

Team ALPHA (Khatlon): Firuz Rahimov — passport ${v('pii.passport', '401827364')} — ${phone('+992 93 481 2736')} — blood O+
Team ALPHA (Khatlon): Dilnoza Karimova — passport ${v('pii.passport', '401905572')} — ${phone('+992 93 702 1845')} — blood A+
Team BRAVO (Rasht): Sean McAllister (TA) — passport ${v('pii.passport', '563019472')} — ${phone('+44 7911 284 673')} — ${v('pii.email', 'sean.mcallister@clearpath-ma.org')} — blood B−`),

  rec('chat_fa', f`این اطلاعات نیروی جدید تیم پاکسازی را به شکل جدول انگلیسی برای بیمه بنویس:
نام: حمید نوری
کد ملی: ${ambCat('pii', '0084726131')}
تاریخ تولد: ${v('pii.date_of_birth', '۱۳۶۸/۰۴/۲۲')}
تلفن همراه: ${phone('0935 218 4790', 'IR')}
گروه خونی: A+`, 'Iranian national code: personal, no rule claims it; the birth date in Persian digits and the Jalali calendar'),

  rec('report_sr_cyrl', f`Помози ми да напишем кратак извештај о незгоди на енглеском за донатора:

Дана 18.03.2025. током ручног чишћења на локацији Бихаћ-Ц7 повређен је деминер Драган Ковачевић (ЈМБГ ${ambCat('pii', '0207875710285')}, рођен ${v('pii.date_of_birth', '02.07.1987')}). Повреда: лакша повреда шаке од ручног алата, без активирања мине. Пребачен у болницу у Бихаћу. Контакт породице: ${phone('+387 61 482 731')}.`, 'JMBG: personal, no rule claims it'),

  rec('log', f`Beneficiary hotline web form gets spam. Access log excerpt:

${amb('source_code.snippet', f`${amb('pii.ip_address', '41.210.148.77')} - - [12/Mar/2025:09:14:02 +0000] "POST /report-ordnance HTTP/1.1" 200 412 "-" "Mozilla/5.0 (Linux; Android 13)"
${amb('pii.ip_address', '185.191.171.12')} - - [12/Mar/2025:09:14:03 +0000] "POST /report-ordnance HTTP/1.1" 200 412 "-" "python-requests/2.31.0"
${amb('pii.ip_address', '185.191.171.12')} - - [12/Mar/2025:09:14:03 +0000] "POST /report-ordnance HTTP/1.1" 200 412 "-" "python-requests/2.31.0"`)}

Form field "contact" on the first one was ${v('pii.email', 'abdullah.noori1990@gmail.com')}, the others were empty. How do I rate-limit without blocking real villagers on shared mobile IPs?`),

  // --- regional stock exchange ---
  rec('insider_list_bg', f`Трябва да превърна този списък с вътрешни лица в таблицата по Регламент (ЕС) 2022/1210. Подреди колоните както в образеца:

1. Петър Иванов Димитров, финансов директор, ЕГН ${ambCat('pii', '7804123622')}, роден ${v('pii.date_of_birth', '12.04.1978')}, тел. ${phone('+359 88 731 4029')}, ${v('pii.email', 'p.dimitrov@agroinvest-holding.bg')}
2. Десислава Георгиева Колева, правен съветник, ЕГН ${ambCat('pii', '8509271048')}, родена ${v('pii.date_of_birth', '27.09.1985')}, тел. ${phone('0887 214 563', 'BG')}, ${v('pii.email', 'd.koleva@agroinvest-holding.bg')}`, 'Bulgarian EGN: personal, no rule claims it'),

  rec('chat_mk', f`Напиши официјален одговор на англиски до членот на надзорниот одбор дека неговите податоци се ажурирани во регистарот на берзата: Александар Трајковски, е-пошта ${v('pii.email', 'a.trajkovski@makpromet.com.mk')}, мобилен ${phone('+389 70 318 462')}.`),

  rec('insider_list_is', f`Geturðu sett þennan innherjalista upp í töflu á ensku fyrir Fjármálaeftirlitið?

Nafn: Helga Sigurðardóttir — kennitala ${ambCat('pii', '230691-4289')} — fjármálastjóri — ${v('pii.email', 'helga@nordurfisk.is')} — ${phone('+354 662 4817')}
Nafn: Ólafur Jónsson — kennitala ${ambCat('pii', '041175-3979')} — lögfræðingur (ytri) — ${v('pii.email', 'olafur@logmenn-reykjavik.is')} — ${phone('867 3092', 'IS')}`, 'Icelandic kennitala: personal, no rule claims it'),

  rec('alert_note', f`Summarise this surveillance alert for the case log, neutral tone:

Alert SUR-2025-0412 (layering pattern, ticker NRDF)
Account holder: Callum Fraser, ${v('pii.email', 'callum.fraser@fraser-cap.co.uk')}, ${phone('+44 20 3318 4720')}
Orders placed from ${amb('pii.ip_address', '82.132.219.40')} and ${amb('pii.ip_address', '2a02:c7c:5e31:8a00::1b')} within 3 minutes; 46 orders cancelled < 500 ms.
Member firm contact: ${v('pii.email', 'compliance@northgate-securities.com')}`),

  rec('chat_ms', f`Sila sediakan surat makluman kepada pengarah syarikat tersenarai tentang tempoh larangan dagangan: Encik Lim Wei Jie, No. KP ${ambCat('pii', '750823-10-6137')}, e-mel ${v('pii.email', 'weijie.lim@kualaagritech.com.my')}. Tempoh larangan bermula 30 hari sebelum pengumuman keputusan suku tahunan.`, 'Malaysian MyKad number: personal, no rule claims it'),
];

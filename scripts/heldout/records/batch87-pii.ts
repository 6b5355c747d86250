/**
 * Held-out batch 87: personal data in NICU and milk-bank records, driver verification, researcher
 * accounts, farmer registries and emergency-call records. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH87_PII: DraftRecord[] = [
  rec('handover_en_gb', f`Can you tidy this NICU handover into SBAR format?

Baby boy Okafor, cot 4. NHS no. ${v('pii.uk_nhs_number', '577 572 4623')}. DOB ${v('pii.date_of_birth', '02/11/2024')}, 29+3 wks, BW 1.31 kg.
On CPAP 6, FiO2 0.25. UVC in situ. Feeds 2 ml/h donor EBM, mum expressing.
Mum: Chiamaka Okafor, mobile ${phone('07825 613 904', 'GB')}, wants a call before ward round.`),

  rec('form_da', f`Donorregistrering – Mælkebanken
Navn: Sofie Kjær Andersen
Fødselsdato: ${v('pii.date_of_birth', '14.06.1993')}
Telefon: ${phone('+45 28 41 73 90')}
E-mail: ${v('pii.email', 'sofie.kjaer.andersen@gmail.com')}
Barnets fødselsdato: ${v('pii.date_of_birth', '21.09.2024')}
Blodprøve (HIV, HBV, HCV, syfilis): negativ 03.10.2024

Kan du oversætte formularen til engelsk til vores rapport?`),

  rec('chat_sv', f`Hjälp mig skriva ett brev till föräldrarna om att deras dotter flyttas till Astrid Lindgrens barnsjukhus. Flickan föddes ${v('pii.date_of_birth', '2024-10-30')} i vecka 27. Mamma heter Amira Haddad, nås på ${phone('070-418 23 77', 'SE')}. Personnummer barnet: ${ambCat('pii', '20241030-3847')}.`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  rec('hl7', f`HL7 ADT message from the NICU monitors is rejected by the EPR, what's wrong with PID?

${amb('source_code.snippet', f`MSH|^~\\&|NICUMON|STMARYS|EPR|STMARYS|20241104083112||ADT^A01|MSG00418|P|2.5
PID|1||${v('pii.uk_nhs_number', '3301168582')}^^^NHS^NH||Begum^Baby Girl||${v('pii.date_of_birth', '20241103')}|F|||14 Cavendish Road^^Leicester^^LE2 7PQ||${phone('0116 496 3872', 'GB')}
PV1|1|I|NICU^COT07^1|||||||NEO`)}`),

  rec('chat_nl', f`Kun je deze gegevens voor de moedermelkbank in een nette tabel zetten? Donor: Fatima el Idrissi, geboren ${v('pii.date_of_birth', '7 maart 1991')}, BSN ${v('pii.nl_bsn', '269805266')}, tel. ${phone('06 2318 4470', 'NL')}, mail ${v('pii.email', 'f.elidrissi@ziggo.nl')}. Laatste screening 12 oktober.`),

  rec('chat_hi', f`कृपया इसे अंग्रेज़ी में अनुवाद करें: "नवजात शिशु की माँ का नाम सुनीता देवी, आधार संख्या ${v('pii.in_aadhaar', '7127 1132 3286')}, मोबाइल ${phone('+91 98451 23780')}। शिशु का जन्म ${v('pii.date_of_birth', '19/10/2024')} को हुआ, वज़न 1.1 किलो।"`),

  rec('chat_de', f`Bitte formuliere eine Entlassungsinfo für die Eltern. Kind: Leon Wagner, geb. ${v('pii.date_of_birth', '28.09.2024')}. Vater: Markus Wagner, Steuer-ID ${v('pii.de_steuer_id', '35754516287')} (brauchen wir für das Elterngeld-Formular), Tel. ${phone('0171 4829301', 'DE')}.`),

  rec('csv_kyc', f`Driver verification queue, which ones can be auto-approved?

${amb('source_code.snippet', f`driver_id,name,country,doc_type,doc_number,dob,email
D-7731,Lucía Fernández Ortega,ES,DNI,${v('pii.es_dni', '42818142P')},${v('pii.date_of_birth', '1995-04-17')},${v('pii.email', 'lucia.fdez.ortega@hotmail.es')}
D-7732,Oleksandr Marchenko,ES,NIE,${v('pii.es_nie', 'Y3193563G')},${v('pii.date_of_birth', '1988-12-02')},${v('pii.email', 'o.marchenko88@gmail.com')}
D-7733,Giulia Bianchi,IT,CF,${v('pii.it_codice_fiscale', 'BNCGLI90E52F205V')},${v('pii.date_of_birth', '1990-05-12')},${v('pii.email', 'giulia.bianchi90@libero.it')}
D-7734,Léa Martin,FR,NIR,${v('pii.fr_nir', '2 87 03 69 387 214 40')},${v('pii.date_of_birth', '1987-03-22')},${v('pii.email', 'lea.martin87@orange.fr')}`)}`),

  rec('chat_pt_br', f`O motorista mandou os documentos por WhatsApp em vez de subir no app. Nome: Thiago Alves Pereira, CPF ${v('pii.br_cpf', '989.419.238-67')}, nascimento ${v('pii.date_of_birth', '03/08/1996')}, celular ${phone('(11) 98234-5617', 'BR')}. Como respondo pedindo pra ele usar o app?`),

  rec('chat_it', f`Mi scrivi una mail di rifiuto della verifica? Il conducente Luca Ferrara (codice fiscale ${v('pii.it_codice_fiscale', 'FRRLCU78M14H501R')}, nato il ${v('pii.date_of_birth', '14/08/1978')}) ha caricato una patente scaduta. Telefono ${phone('347 812 3390', 'IT')}.`),

  rec('ticket', f`Trip dispute #D-40219
Guest: Anna Costa <${v('pii.email', 'anna.costa83@gmail.com')}>, ${phone('+351 912 448 370')}
Host: Pieter Janssens <${v('pii.email', 'pieter.janssens@telenet.be')}>, ${phone('+32 470 12 48 93')}
Issue: guest says the fuel tank was empty at pickup; host says it was full.
Photos attached by both.

Summarise both sides neutrally and propose a fair split of the €48 fuel charge.`),

  rec('chat_en_us', f`New host in Ohio wants payouts via 1099. He gave SSN ${v('pii.us_ssn', '318-42-7065')} and DOB ${v('pii.date_of_birth', 'July 9, 1979')} in the chat. Can you write the reply telling him to enter it in the tax form instead?`),

  rec('passport_kyc', f`Can you check if the MRZ matches the fields?
Surname: NGUYEN  Given: THI HOA
Passport No: ${v('pii.passport', 'C7418226')}
Nationality: VNM  DOB: ${v('pii.date_of_birth', '11 FEB 1992')}
Expiry: 04 JUN 2031
MRZ line 1: P<VNMNGUYEN<<THI<HOA<<<<<<<<<<<<<<<<<<<<<<<
MRZ line 2: ${v('pii.passport', 'C7418226')}<0VNM9202115F3106046<<<<<<<<<<<<<<02`),

  rec('chat_ca', f`Driver from Montréal failed verification because the SIN field is required for our Canadian payouts: ${v('pii.ca_sin', '589 302 033')}. Is that even allowed to collect? Write me a short reply for her, name is Émilie Gagnon.`),

  rec('researcher_csv', f`Reading-room bookings for next week — can you make a rota?

${amb('source_code.snippet', f`reader_no,name,email,phone,series
R-10422,Dr Katarzyna Nowak,${v('pii.email', 'k.nowak@uw.edu.pl')},${phone('+48 512 384 907')},FO-371
R-10517,Tomás Ó Briain,${v('pii.email', 'tobriain@tcd.ie')},${phone('+353 87 418 2273')},CAB-129
R-10560,Ingrid Halvorsen,${v('pii.email', 'ingrid.halvorsen@uib.no')},${phone('+47 412 83 690')},HO-45`)}`),

  rec('chat_lv', f`Lūdzu, palīdzi uzrakstīt atbildi pētniekam. Viņš lūdz piekļuvi slēgtajām lietām. Pētnieks: Jānis Ozoliņš, dzimis ${v('pii.date_of_birth', '1964. gada 3. aprīlī')}, e-pasts ${v('pii.email', 'janis.ozolins@lu.lv')}, tālr. ${phone('+371 2941 8830')}.`),

  rec('archive_note_en', f`Restricted file RG-140/22 contains personal data of living people. Before we publish the catalogue entry, redact: Mrs Eleanor Whitcombe, born ${v('pii.date_of_birth', '23 January 1941')}, NI number ${v('pii.uk_nino', 'JT 48 27 61 C')}, address 7 Marsh Lane, Ely. Can you write the redaction note?`),

  rec('registry_en_gh', f`Farmer registry export from the Sefwi district. Can you count farmers per community and average farm size?

${amb('source_code.snippet', f`farmer_id,name,community,phone,farm_ha,gps
F-00812,Kwame Boateng,Asawinso,${phone('024 417 8832', 'GH')},2.4,"6.2041,-2.4873"
F-00813,Akosua Mensah,Asawinso,${phone('+233 20 518 4410')},1.1,"6.2112,-2.4790"
F-00814,Yaw Owusu,Wiawso,${phone('0541 308 227', 'GH')},3.8,"6.2097,-2.4851"
F-00815,Abena Asante,Wiawso,,0.9,"6.2150,-2.4902"`)}`),

  rec('chat_fr_ci', f`Traduis en anglais pour l'auditeur Rainforest : « Le producteur Koffi N'Guessan Yao, né le ${v('pii.date_of_birth', '12/05/1971')} à Soubré, joignable au ${phone('+225 07 08 45 12 33')}, a 4 ha de cacao certifiés. Sa fille travaille sur la parcelle pendant les vacances scolaires. »`),

  rec('chat_ee', f`Ɖe nya siawo gɔme ɖe Eŋlisigbe me: "Kofi Agbeko, kɔfi agbledela le Kpalimé, eƒe fon nye ${phone('+228 90 41 82 27')}. Ewɔ dɔ kple kooperativa la tso ƒe 2015."`),

  rec('chat_es_py', f`Necesito una carta para la certificadora. El productor es don Aurelio Benítez, cédula ${ambCat('pii', '3.418.227')}, nacido el ${v('pii.date_of_birth', '22 de junio de 1958')}, tel. ${phone('0981 234 775', 'PY')}. Mba'éichapa, che ro'y nde? (perdón, le escribí en guaraní al final, ignorá eso).`, 'Paraguayan cédula: no built-in rule (ambiguous, no rule id)'),

  rec('chat_am', f`እባክህ ይህንን ወደ እንግሊዝኛ ተርጉምልኝ፡ "የቡና አምራች አቶ ተስፋዬ ገብሬ፣ ስልክ ${phone('+251 91 141 8227')}፣ በይርጋጨፌ 2 ሄክታር አላቸው። የምስክር ወረቀት ኦዲት ጥቅምት ላይ ይደረጋል።"`),

  rec('cad_incident', f`Summarise this CAD incident for the morning briefing, remove caller details from the summary:

INC-2024-118734  PRIO 1  CARDIAC ARREST
Received 03:12:44  Caller: Brigitte Huber  Callback: ${phone('0664 1234 587', 'AT')}
Location: Hauptplatz 14, 8010 Graz (ANI/ALI: ${phone('+43 316 418227')})
Patient: male, 67, DOB per caller ${v('pii.date_of_birth', '04.02.1957')}
Units: RTW 3/12, NEF 3/2  En route 03:14  On scene 03:21
CPR instructions given by dispatcher Novak.`),

  rec('chat_ru', f`Помоги составить запрос в полицию по поводу ложных вызовов. Номер, с которого звонят: ${phone('+7 916 482-31-07')}, абонент Смирнов Игорь Петрович, ${v('pii.date_of_birth', '12.12.1985')} г.р. (по данным оператора). Было 14 звонков за неделю.`),

  rec('radio_log', f`Radio log excerpt, please convert to a table with time / unit / message:

03:41 MED-7 to CONTROL: patient conscious, name Dilnoza Yusupova, DOB ${v('pii.date_of_birth', '1999-08-14')}, transporting to City General.
03:42 CONTROL: copy MED-7. Family contact ${phone('+998 90 418 22 71')}, will notify.
03:58 MED-7: arrived ED.`),

  rec('chat_ar_lv', f`بدي ساعدني أكتب تقرير عن بلاغ طوارئ. المتصل اسمه سامي الخطيب، رقمه ${phone('+962 79 418 2236')}، والإيميل تبعه ${v('pii.email', 'sami.khateeb@yahoo.com')}. البلاغ كان عن حريق بمطبخ مطعم، ما في إصابات.`),

  rec('chat_fa', f`لطفاً این متن را به انگلیسی ترجمه کن: «تماس‌گیرنده خانم مریم رضایی با شماره ${phone('0912 418 2273', 'IR')} گزارش تصادف در بزرگراه داد. تاریخ تولد مصدوم ${v('pii.date_of_birth', '1370/05/14')} (شمسی) است.»`),

  rec('chat_ne', f`कृपया यो अङ्ग्रेजीमा लेखिदिनुहोस्: "एम्बुलेन्स बोलाउने व्यक्ति रमेश थापा, फोन ${phone('9851084327', 'NP')}, बिरामीको जन्म मिति ${v('pii.date_of_birth', '1984-06-28')}।"`),

  rec('log_json', f`CAD caller-location lookups are slow, here is one log line:

${amb('source_code.snippet', f`{"ts":"2024-11-04T02:17:55.812Z","svc":"ali-lookup","msisdn":"${phone('+46 70 418 23 77')}","cell_id":"240-01-4127-88213","lat":59.3346,"lon":18.0632,"src_ip":"${amb('pii.ip_address', '192.168.40.17')}","latency_ms":4180}`)}`),

  rec('email_signature', f`Can you shorten my e-mail signature? It's too long for mobile.

Kind regards,
Wanjiku Kamau
Senior Dispatcher, Nairobi County Emergency Communications Centre
Mobile: ${phone('0722 418 906', 'KE')} | Desk: ${phone('+254 20 418 2273')}
${v('pii.email', 'wanjiku.kamau@nairobiecc.go.ke')}`),

  rec('chat_ko', f`신생아 집중치료실 퇴원 안내문을 영어로 번역해 주세요. 아기 이름: 김하늘, 생년월일: ${v('pii.date_of_birth', '2024년 9월 27일')}, 보호자 연락처: ${phone('010-4182-2736', 'KR')}.`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษหน่อย: "คุณสมศรี ใจดี ผู้บริจาคนมแม่ เกิดวันที่ ${v('pii.date_of_birth', '5 มีนาคม 2533')} เบอร์โทร ${phone('081 418 2273', 'TH')} อีเมล ${v('pii.email', 'somsri.jaidee@hotmail.com')}"`),

  rec('chat_ceb', f`Palihug ko sa paghubad ani sa English: "Ang drayber nga si Jonathan Villarin, passport ${v('pii.passport', 'P4827336A')}, numero ${phone('0917 418 2273', 'PH')}, nag-reklamo nga wala pa nabayran iyang trip sa Cebu."`),

  rec('chat_sk', f`Pomôžeš mi napísať odpoveď? Darkyňa materského mlieka Zuzana Horváthová (nar. ${v('pii.date_of_birth', '30. 1. 1994')}, tel. ${phone('0905 318 442', 'SK')}) sa pýta, či môže darovať aj počas užívania antibiotík.`),

  rec('chat_bn', f`এটা ইংরেজিতে লিখে দাও: "রোগীর মা রহিমা খাতুন, মোবাইল ${phone('+880 1712-418227')}, ইমেইল ${v('pii.email', 'rahima.khatun91@gmail.com')}। শিশুর জন্ম তারিখ ${v('pii.date_of_birth', '১২/১০/২০২৪')}।"`),

  rec('access_list', f`Mining-site visitor access list, please format for the gate. Include phone so security can call:

- Arben Krasniqi, contractor (drill rig), ${phone('+355 69 418 2273')}, passport ${v('pii.passport', 'BK4827361')}
- Marko Petrović, OEM technician, ${phone('+381 64 418 2273')}, passport ${v('pii.passport', '012847336')}
- Emma Lindqvist, auditor, ${phone('+46 70 318 4412')}`),
];

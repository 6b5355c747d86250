/**
 * Held-out batch 83: personal data of dialysis patients, housing applicants, bidders, pilots, crew
 * and farmers: tickets, forms, CSV exports, letters and chats in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH83_PII: DraftRecord[] = [
  rec('ticket_en_gb', f`DELIVERY TICKET #DL-44817 — home haemodialysis set-up
Patient: Mr Clive Atherton
NHS number: ${v('pii.uk_nhs_number', '612 849 3076')}
DOB: ${v('pii.date_of_birth', '14/02/1953')}
Address: 7 Larch Close, Kettering NN15 6QE
Contact: ${phone('01536 482719', 'GB')} / daughter Helen ${phone('07700 183942', 'GB')}
Notes: 2nd floor flat, no lift — bring the stair trolley. Water test kit needed.

Could you turn this into a checklist for the two-person delivery crew?`),

  rec('form_de', f`Bitte prüf, ob der Antrag vollständig ist, bevor ich ihn an die Wohnberechtigungsstelle weitergebe:

Antragsteller: Mehmet Yıldırım
Geburtsdatum: ${v('pii.date_of_birth', '03.09.1979')}
Steuer-ID: ${v('pii.de_steuer_id', '48271936546')}
Haushaltsgröße: 4 Personen
Bruttojahreseinkommen 2023: 41.280 €
Telefon: ${phone('0171 4827193', 'DE')}
E-Mail: ${v('pii.email', 'm.yildirim79@web.de')}`),

  rec('letter_fr', f`Peux-tu simplifier ce courrier pour le patient ?

Madame Clarisse Mbarga Ondoa
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 06 99 352 114 41')}
Née le ${v('pii.date_of_birth', '17 juin 1985')} à Yaoundé (Cameroun)

Madame, nous vous confirmons la livraison de votre générateur de dialyse péritonéale le 9 décembre entre 8 h et 12 h. L'infirmière référente vous appellera au ${phone('06 48 27 19 53', 'FR')} la veille.`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar la confirmación de adjudicación de vivienda social? Datos: titular Rocío Campos Ibáñez, DNI ${v('pii.es_dni', '48271936L')}, cotitular su pareja Adrián Popescu con NIE ${v('pii.es_nie', 'X4729183S')}. Piso en calle Almendro 14, 3ºB. Teléfono de contacto ${phone('+34 612 847 309')}.`),

  rec('form_it', f`Modulo registrazione offerente – asta 12 dicembre
Nome: Laura Zammarchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'ZMMLRA85T52H501K')}
Data di nascita: ${v('pii.date_of_birth', '12/12/1985')}
Cellulare: ${phone('+39 347 882 1904')}
Documento: passaporto n. ${v('pii.passport', 'YB4827193')}

Manca qualcosa per l'antiriciclaggio?`),

  rec('csv_nl', f`Kun je van deze lijst een overzicht maken per wijk, zonder de BSN's te tonen?

${amb('source_code.snippet', f`dossier;naam;bsn;geboortedatum;wijk;inkomen_toets
WZ-20931;Fatima el Amrani;${v('pii.nl_bsn', '183749200')};${v('pii.date_of_birth', '1991-04-22')};Oosterpark;ok
WZ-20944;Dirk-Jan Hoekstra;${v('pii.nl_bsn', '274916356')};${v('pii.date_of_birth', '1968-11-03')};Centrum;te hoog
WZ-20950;Sanne Wijnberg;${v('pii.nl_bsn', '305827467')};${v('pii.date_of_birth', '2001-07-30')};Oosterpark;ok`)}`),

  rec('chat_or', f`ଦୟାକରି ଏହାକୁ ଇଂରାଜୀରେ ଲେଖି ଦିଅନ୍ତୁ: "ମୋ ବାପାଙ୍କ ଡାଏଲିସିସ୍ ଯନ୍ତ୍ର ଭଡା ପାଇଁ ଆଧାର ନମ୍ବର ${v('pii.in_aadhaar', '4738 2915 0675')} ଦେଇଛି। ଫୋନ୍ ${phone('+91 94371 82045')}। ଯନ୍ତ୍ର ଭୁବନେଶ୍ୱରରେ ପହଞ୍ଚିବ କେବେ?"`),

  rec('chat_as', f`অনুগ্ৰহ কৰি ইয়াক ইংৰাজীলৈ অনুবাদ কৰক: "মোৰ নাম ৰিতুপৰ্ণা বৰা, আধাৰ নম্বৰ ${v('pii.in_aadhaar', '8301 6274 9586')}, জন্ম তাৰিখ ${v('pii.date_of_birth', '05-03-1994')}। ড্ৰোন স্প্ৰে সেৱাৰ বাবে মোৰ চাহ বাগিচা পঞ্জীয়ন কৰিব বিচাৰো। ফোন ${phone('+91 98640 27319')}।"`),

  rec('chat_ml', f`ഇത് ഇംഗ്ലീഷിലേക്ക് മാറ്റാമോ? "ക്യാബിൻ ക്രൂ അപേക്ഷക: അനുപമ നായർ, ആധാർ ${v('pii.in_aadhaar', '5629 1038 4766')}, ജനനത്തീയതി ${v('pii.date_of_birth', '21/08/1998')}, മൊബൈൽ ${phone('+91 94470 28163')}. പാസ്‌പോർട്ട് നമ്പർ ${v('pii.passport', 'W4827193')}."`),

  rec('chat_pt_br', f`Oi, preciso de um e-mail de boas-vindas para o novo piloto de drone agrícola. Dados do cadastro: Rafael Nunes Barbosa, CPF ${v('pii.br_cpf', '482.917.305-04')}, nascido em ${v('pii.date_of_birth', '11/01/1992')}, celular ${phone('+55 21 99847-3215')}, e-mail ${v('pii.email', 'rafael.nbarbosa@gmail.com')}. Começa dia 6 em Rio Verde.`),

  rec('onboarding_ca', f`New first officer onboarding — please double-check the payroll block:
Name: Geneviève Arsenault-Pelletier
SIN: ${v('pii.ca_sin', '273 904 185')}
Date of birth: ${v('pii.date_of_birth', 'March 8, 1990')}
Base: YUL
Phone: ${phone('+1 514 982 4417')}
Personal email: ${v('pii.email', 'gen.arsenault@videotron.ca')}`),

  rec('chat_en_us', f`Medicare crossover claim for the home hemo machine keeps bouncing. Patient: Loretta Simms, SSN ${v('pii.us_ssn', '518-27-4396')}, DOB ${v('pii.date_of_birth', '07/22/1948')}. Secondary is a Medigap plan F. Can you list the usual reasons for a CO-22 denial?`),

  rec('letter_en_gb', f`Please soften the tone of this letter to a housing applicant:

Dear Mr Kowalczyk,
Your application (ref. HA-24-5519) cannot progress because the income evidence is incomplete. We hold your National Insurance number as ${v('pii.uk_nino', 'JH 27 48 19 C')} but HMRC could not match it to the payslips you sent. Please provide your P60 for 2023/24 within 14 days.`),

  rec('crew_roster', f`${amb('source_code.snippet', f`crew_id,name,rank,base,passport_no,passport_exp,dob,mobile
NV0412,Siobhán Kearney,CPT,DUB,${v('pii.passport', 'PX8471936')},2031-05-14,${v('pii.date_of_birth', '1982-10-09')},${phone('+353 86 174 2938')}
NV0577,Jonas Bergqvist,FO,ARN,${v('pii.passport', '94827163')},2029-02-01,${v('pii.date_of_birth', '1993-03-27')},${phone('+46 70 384 27 19')}
NV0631,Aino Heikkilä,CA,HEL,${v('pii.passport', 'PB4729183')},2030-11-20,${v('pii.date_of_birth', '1996-06-12')},${phone('+358 40 718 2946')}`)}

Which of these passports expire within 6 months of the January pairing?`),

  rec('chat_lv', f`Lūdzu, pārtulko angliski: "Ostas pilots Artūrs Ozoliņš, dzimis ${v('pii.date_of_birth', '1977. gada 4. februārī')}, tālr. ${phone('+371 2948 3716')}, e-pasts ${v('pii.email', 'arturs.ozolins@inbox.lv')}, ir apstiprināts lielo tankkuģu ievadīšanai no 1. janvāra."`),

  rec('chat_sl', f`Prosim, napiši prijazno sporočilo kupcu, ki je zmagal na dražbi za lot 31: Tomaž Kranjc, tel. ${phone('+386 41 582 937')}, e-pošta ${v('pii.email', 'tomaz.kranjc@siol.net')}. Sliko lahko prevzame v petek v Ljubljani.`),

  rec('chat_pl', f`Przygotuj proszę krótką notatkę do akt: wnioskodawczyni Grażyna Wróblewska, PESEL ${ambCat('pii', '58071204821')}, ur. ${v('pii.date_of_birth', '12.07.1958')}, tel. ${phone('+48 601 384 927')}. Dochód za 2023 r. poniżej progu, wniosek o mieszkanie komunalne kwalifikuje się.`, 'Polish PESEL: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('ticket_cs', f`Tiket #PD-2281: pacientka Marie Dvořáková (nar. ${v('pii.date_of_birth', '23. 5. 1961')}), tel. ${phone('+420 731 284 906')}, hlásí, že cyklér pro peritoneální dialýzu píská alarmem "Low drain". Napiš mi prosím postup pro technika v češtině.`),

  rec('chat_hu', f`Segítenél egy hivatalos levelet írni? Bérlő: Kovács Erzsébet, születési dátum: ${v('pii.date_of_birth', '1966. 08. 19.')}, telefon: ${phone('+36 30 482 7163')}. A szociális bérlakás jövedelemvizsgálata lezárult, a lakást december 15-től veheti át.`),

  rec('chat_ro', f`Te rog scrie un mesaj de bun venit pentru noul dispecer de echipaj: Andreea Munteanu, CNP ${ambCat('pii', '2940312400194')}, născută pe ${v('pii.date_of_birth', '12.03.1994')}, telefon ${phone('+40 722 481 936')}. Începe luni la baza OTP.`, 'Romanian CNP: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_el', f`Μπορείς να γράψεις ένα σύντομο email στον πλοηγό; Στοιχεία: Νικόλαος Παπαδάκης, ημ. γέννησης ${v('pii.date_of_birth', '02/11/1971')}, κινητό ${phone('+30 694 827 1935')}, email ${v('pii.email', 'n.papadakis@pilots-piraeus.gr')}. Αύριο αναλαμβάνει το δεξαμενόπλοιο στις 05:30.`),

  rec('chat_ky', f`Англисчеге которуп бериңизчи: "Сугат дронунун оператору Айгерим Токтогулова, туулган күнү ${v('pii.date_of_birth', '1995-жылдын 14-апрели')}, телефону ${phone('+996 555 482 719')}. Ысык-Көл облусундагы талаалар үчүн жооптуу."`),

  rec('chat_uz', f`Iltimos, ingliz tiliga tarjima qiling: "Ijtimoiy uy-joy uchun ariza beruvchi: Dilnoza Rashidova, tug'ilgan sana ${v('pii.date_of_birth', '09.10.1988')}, pasport ${v('pii.passport', 'AB4827193')}, telefon ${phone('+998 90 482 71 93')}. Oila a'zolari: 3 kishi."`),

  rec('chat_si', f`කරුණාකර මෙය ඉංග්‍රීසියට පරිවර්තනය කරන්න: "ඩයලිසිස් යන්ත්‍රය කුලියට ගත් රෝගියා: කමලා පෙරේරා, උපන් දිනය ${v('pii.date_of_birth', '1958-01-30')}, දුරකථන ${phone('+94 77 482 7193')}. යන්ත්‍රය ගාල්ලට ලබා දිය යුතුය."`),

  rec('chat_km', f`សូមជួយបកប្រែជាភាសាអង់គ្លេស: "អ្នកដាក់ពាក្យសុំលំនៅដ្ឋានសង្គម: សុខ ចន្ធា, ថ្ងៃខែឆ្នាំកំណើត ${v('pii.date_of_birth', '15/04/1990')}, លេខទូរស័ព្ទ ${phone('+855 12 482 719')}។"`),

  rec('chat_jv', f`Tulung terjemahake menyang basa Inggris: "Petani sing nyewa drone semprot: Pak Slamet Riyadi, lair tanggal ${v('pii.date_of_birth', '17 Agustus 1969')}, nomer HP ${phone('+62 812 4827 1936')}. Sawahé ana ing Klaten, 4 hektar."`),

  rec('chat_ceb', f`Palihug hubara ngadto sa English: "Ang aplikante sa cabin crew nga si Maricel Dela Cruz, natawo niadtong ${v('pii.date_of_birth', 'Marso 3, 1999')}, numero sa telepono ${phone('+63 917 482 7193')}, email ${v('pii.email', 'maricel.delacruz99@yahoo.com')}."`),

  rec('chat_ko', f`경매 낙찰자에게 보낼 안내 메일 좀 다듬어 주세요. 낙찰자: 박서연 님, 연락처 ${phone('+82 10 4827 1936')}, 이메일 ${v('pii.email', 'seoyeon.park@naver.com')}. 작품은 12월 10일까지 서울 지점에서 인도 가능합니다.`),

  rec('chat_bo', f`འདི་དབྱིན་ཡིག་ལ་སྒྱུར་རོགས། "ཞིང་པ་བཀྲ་ཤིས་དོན་གྲུབ། སྐྱེས་ཚེས་ ${v('pii.date_of_birth', '1984-05-12')}། ཁ་པར་ ${phone('+86 139 4827 1936')}། ཆུ་འདྲེན་མཁོ་ཆས་སྤྲོད་དགོས།"`),

  rec('chat_om', f`Maaloo kana gara Afaan Ingiliffaatti hiiki: "Qonnaan bulaa Caaltuu Gammachuu, guyyaa dhalootaa ${v('pii.date_of_birth', '22/06/1987')}, bilbila ${phone('+251 911 482 719')}. Drone bishaan obaasuu kireeffachuu barbaada."`),

  rec('chat_sn', f`Ndapota shandura kuChirungu: "Murimi Tendai Moyo, akazvarwa musi wa ${v('pii.date_of_birth', '8 Kurume 1979')}, nhamba yenhare ${phone('+263 77 482 7193')}. Anoda kuhaya drone yekudiridza kuMasvingo."`),

  rec('chat_tw', f`Mesrɛ wo, kyerɛ yei ase kɔ Borɔfo mu: "Kwame Asante, wɔwoo no ${v('pii.date_of_birth', '1975-09-04')}, ne telefon nɔma ne ${phone('+233 24 482 7193')}. Ɔpɛ sɛ ɔhyɛ dialysis mfiri ho nkra ma ne maame."`),

  rec('chat_ay', f`Akx castellano arur jaqukipt'am: "Yapuchiri Juana Quispe Mamani, yuriwipa uruxa ${v('pii.date_of_birth', '30/11/1983')}, telefonopa ${phone('+591 71 824 396')}. Drone uma ch'allañ alquilañ munaraki."`),

  rec('chat_gn', f`Emoambue castellano-pe: "Che réra Rosa Benítez, anase ${v('pii.date_of_birth', '1992-02-14')}-pe, che pumbyry ${phone('+595 981 482 719')}. Aipota peteĩ óga tekombo'e rupive."`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-01T09:12:44Z","svc":"loyalty-api","level":"warn","msg":"duplicate member on merge","member_id":"PM-48271936","email":"${v('pii.email', 'kaisa.nieminen@elisanet.fi')}","phone":"${phone('+358 40 718 2946')}","client_ip":"${amb('pii.ip_address', '85.76.142.19')}"}`)}

Why would two Polaris Miles accounts have the same phone? Write a merge rule.`),

  rec('chat_sw_tz', f`Tafadhali niandikie ujumbe mfupi kwa Kiingereza: "Mgonjwa Bi. Rehema Mwakyusa, aliyezaliwa ${v('pii.date_of_birth', '12 Machi 1960')}, simu ${phone('+255 754 482 719')}, anahitaji mashine ya dialysis ya nyumbani Dar es Salaam kabla ya tarehe 15."`),

  rec('chat_ga_ie', f`Can you check this tenancy application summary before I send it to the allocations panel?
Applicant: Pádraig Ó Conchúir, DOB ${v('pii.date_of_birth', '19/03/1987')}, PPS number ${ambCat('pii', '8472913NA')}, mobile ${phone('087 482 7193', 'IE')}, email ${v('pii.email', 'padraig.oconchuir@eircom.net')}. Household: 2 adults, 1 child.`, 'Irish PPS number: personal, no built-in rule (ambiguous, no rule id)'),
];

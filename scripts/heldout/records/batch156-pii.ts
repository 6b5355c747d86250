/**
 * Held-out batch 156: personal data from orthodontic patient files, park permits and ranger
 * call-outs, car-sharing driver checks and damage claims, notarial deed parties, tower landlords
 * and lighting crew, in many languages and scripts. Hand-written; identity numbers computed with
 * scripts/corpus/checksums.ts.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const STEUER_ID = '8137462958' + String(deSteuerIdCheckDigit('8137462958'));
const NIR = '1790575112048' + frNirKey('1790575112048');
const DNI = esDni('48392017');
const NIE = esNie('X', '4827193');
const CF = itCodiceFiscale('SPSMRC82M14F839');
const CF_CHILD = itCodiceFiscale('BNCGLI09C52L219');
const BSN = '61829374' + String(nlBsnCheckDigit('61829374'));
const AADHAAR = inAadhaarSpaced('58302917463');
const AADHAAR2 = inAadhaarSpaced('82947103658');
const CPF = brCpfFormatted('472918305');
const CPF2 = brCpfFormatted('318274650');
const SIN = luhnWithCheck('52719483');
const NHS = ukNhsSpaced('943857210');

export const BATCH156_PII: DraftRecord[] = [
  // --- orthodontic clinics ------------------------------------------------------------------------
  rec('ticket_en_gb', f`New patient referral — please draft the welcome letter to the parent.

Patient: Amelia Hart   DOB: ${v('pii.date_of_birth', '14/02/2013')}   NHS no: ${v('pii.uk_nhs_number', NHS)}
Parent/guardian: Joanne Hart, ${phone('07911 284736', 'GB')}, ${v('pii.email', 'jo.hart82@btinternet.com')}
Referred by: Dr P. Okafor, Riverside Dental. IOTN grade 4, Class II div 1.`),

  rec('chat_it', f`Ciao, mi prepari il modulo di consenso per la piccola? Dati: Giulia Bianchi, nata il ${v('pii.date_of_birth', '12/03/2009')} a Torino, codice fiscale ${v('pii.it_codice_fiscale', CF_CHILD)}. Genitore: Marco Esposito (C.F. ${v('pii.it_codice_fiscale', CF)}), cell. ${phone('+39 338 472 1956')}.`),

  rec('chat_de', f`Kannst du mir aus diesen Angaben einen Heil- und Kostenplan-Begleitbrief machen? Patient: Leon Schäfer, geb. ${v('pii.date_of_birth', '03.07.2012')}, Mutter Katrin Schäfer, Tel. ${phone('0151 28473961', 'DE')}, Mail ${v('pii.email', 'k.schaefer@gmx.de')}. KFO-Indikationsgruppe D4.`),

  rec('chat_fr_ca', f`Allô, peux-tu m'aider à écrire un courriel de rappel pour le rendez-vous de pose de broches? Patiente : Léa Gagnon, date de naissance ${v('pii.date_of_birth', '2011-09-22')}, parent : Martin Gagnon, cell. ${phone('+1 514 382-7194')}. Pis rappelle-lui d'apporter la carte d'assurance-maladie.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a redactar el mensaje de WhatsApp para la mamá de Sofía? Paciente Sofía Ramírez, fecha de nacimiento ${v('pii.date_of_birth', '5 de junio de 2010')}, tel. de la mamá ${phone('+52 55 4827 1936')}. Le toca el cambio de ligas el jueves a las 4.`),

  rec('chat_ko', f`환자 보호자에게 보낼 치료 동의서 안내 문자를 써 주세요. 환자: 김서연, 생년월일 ${v('pii.date_of_birth', '2012년 4월 18일')}, 보호자 연락처 ${phone('+82 10-2847-1936')}. 투명교정 24개월 예정입니다.`),

  rec('chat_ar_eg', f`ممكن تساعدني أكتب رسالة تذكير لولي أمر المريض؟ الاسم: يوسف عبد الرحمن، تاريخ الميلاد ${v('pii.date_of_birth', '11/08/2011')}، موبايل الوالد ${phone('+20 100 284 7193')}. ميعاد تركيب التقويم يوم السبت الساعة ٥.`),

  rec('chat_bn', f`রোগীর অভিভাবককে একটা বার্তা লিখে দিন: রোগী তানভীর হাসান, জন্ম তারিখ ${v('pii.date_of_birth', '০৯/১১/২০১২')}, অভিভাবকের ফোন ${phone('+880 1712-847193')}। ব্রেস লাগানোর তারিখ পরের মঙ্গলবার।`, 'date of birth written in Bengali digits'),

  rec('csv', f`Export from the booking system, can you find duplicate patients?

${amb('source_code.snippet', f`patient_id;name;dob;guardian_phone;email
CB-40218;Noah Wilson;${v('pii.date_of_birth', '2013-01-09')};${phone('+61 412 847 193')};${v('pii.email', 'wilson.fam@bigpond.com')}
CB-40219;Ruby Tane;${v('pii.date_of_birth', '2012-06-30')};${phone('+64 21 284 7193')};${v('pii.email', 'aroha.tane@xtra.co.nz')}
CB-40231;Noah Wilson;${v('pii.date_of_birth', '2013-01-09')};${phone('+61 412 847 193')};${v('pii.email', 'wilson.fam@bigpond.com')}`)}`),

  // --- national park ---------------------------------------------------------------------------------------
  rec('permit_en', f`Backcountry permit BC-2024-11873 — lost hiker follow-up. Summarise for the morning briefing:

Permit holder: Tomasz Wróblewski, passport ${v('pii.passport', 'EA4827193')} (POL)
Date of birth: ${v('pii.date_of_birth', '17 Jan 1988')}
Emergency contact: Agnieszka Wróblewska, ${phone('+48 601 284 739')}
Route: Kestrel Lake → Saddle Camp, expected out 14 Oct 18:00. Not checked out.`),

  rec('chat_ja', f`救助要請の報告書を英語に翻訳してください。登山者：佐藤健一、生年月日 ${v('pii.date_of_birth', '1979年5月3日')}、旅券番号 ${v('pii.passport', 'TK4829173')}、緊急連絡先 ${phone('+81 90-2847-1936')}（妻）。10月12日 午後3時 尾根ルートで足首を負傷。`),

  rec('chat_zh_tw', f`請幫我把這段入園許可申請翻成英文：申請人陳怡君，出生日期 ${v('pii.date_of_birth', '1992年8月14日')}，護照號碼 ${v('pii.passport', '312847196')}，手機 ${phone('+886 912 847 193')}，預計11月2日入山，11月4日下山。`),

  rec('chat_he', f`תרגם בבקשה לאנגלית עבור צוות הסיירים: "המטייל אורי כהן, תאריך לידה ${v('pii.date_of_birth', '23.04.1995')}, מספר דרכון ${v('pii.passport', '28471936')}, טלפון ${phone('+972 52-284-7193')}. יצא למסלול הצפוני ב-7:00 ולא חזר."`),

  rec('dispatch_log', f`${amb('source_code.snippet', f`2024-10-14 19:42 DISPATCH call from ${phone('+44 7911 284736')} (caller: Ben Howarth) — friend overdue at Saddle Camp
2024-10-14 19:47 RANGER-7 en route, ETA 21:10
2024-10-14 20:02 callback to ${phone('+44 7911 284736')}, no news
2024-10-14 21:26 RANGER-7 located subject, mild hypothermia, walking out`)}

turn this into an incident summary for the superintendent`),

  rec('chat_hi', f`कृपया इस परमिट आवेदन का सार अंग्रेज़ी में बना दें: आवेदक – अनिल कुमार वर्मा, जन्म तिथि ${v('pii.date_of_birth', '12/06/1986')}, आधार ${v('pii.in_aadhaar', AADHAAR)}, मोबाइल ${phone('+91 98114 27365')}। समूह में 6 लोग, 3 रात कैंपिंग।`),

  rec('chat_ta', f`இந்த அனுமதி விண்ணப்பத்தை ஆங்கிலத்தில் சுருக்கி எழுதவும்: பெயர் – சுந்தர் ராஜன், பிறந்த தேதி ${v('pii.date_of_birth', '04.02.1990')}, கைப்பேசி ${phone('+91 94432 81756')}, ஆதார் எண் ${v('pii.in_aadhaar', AADHAAR2)}. 4 பேர் மலையேற்றம்.`),

  rec('chat_sw', f`Tafadhali tafsiri kwa Kiingereza: "Mgeni: Grace Wanjiru, tarehe ya kuzaliwa ${v('pii.date_of_birth', '19/09/1993')}, namba ya pasipoti ${v('pii.passport', 'AK2847193')}, simu ${phone('+254 712 847193')}. Kibali cha kupiga kambi siku 2."`),

  rec('chat_th', f`ช่วยแปลใบขออนุญาตเข้าอุทยานเป็นภาษาอังกฤษ: นายสมชาย ใจดี วันเกิด ${v('pii.date_of_birth', '8 มีนาคม 2530')} เลขบัตรประชาชน ${ambCat('pii', '3 1012 84719 36 2')} โทร ${phone('+66 81 284 7193')}`, 'Thai national id: personal, no built-in rule claims it (ambiguous, no rule id); the birth date is in the Buddhist era'),

  // --- car-sharing --------------------------------------------------------------------------------
  rec('damage_claim_de', f`Bitte fasse den Schadensfall für die Versicherung zusammen:

Fahrer: Jonas Richter, geb. ${v('pii.date_of_birth', '28.11.1996')}
Führerschein-Nr.: ${ambCat('pii', 'B072RRE2I55')}
Steuer-ID (für die Selbstbeteiligung-Rechnung): ${v('pii.de_steuer_id', STEUER_ID)}
Mobil: ${phone('+49 30 40817253')}
Fahrzeug B-RV 4172E, Parkrempler Rewe-Parkplatz Schönhauser Allee, 02.11.2024 17:40.`, 'a German driving licence number: personal, no rule claims it'),

  rec('chat_fr', f`Peux-tu rédiger la lettre de refacturation des dommages ? Conducteur : Karim Benali, né le ${v('pii.date_of_birth', '5 mai 1979')}, n° de sécurité sociale ${v('pii.fr_nir', groupedAs(NIR, [1, 2, 2, 2, 3, 3, 2]))}, tél. ${phone('+33 6 48 27 19 53')}. Rayure portière avant droite, 340 € TTC.`),

  rec('chat_es', f`Necesito una carta para el conductor que devolvió el coche con el retrovisor roto: Álvaro Martín Ruiz, DNI ${v('pii.es_dni', DNI)}, móvil ${phone('+34 611 284 973')}, email ${v('pii.email', 'alvaro.martin.r@hotmail.es')}. Y otra para su acompañante, que tiene NIE ${v('pii.es_nie', NIE)}.`),

  rec('kyc_json', f`Driver verification webhook payload, why is status "manual_review"?

${amb('source_code.snippet', f`{
  "event": "driver.verification.completed",
  "driver_id": "drv_8KQ2mL7x",
  "full_name": "Pedro Henrique Souza",
  "date_of_birth": "${v('pii.date_of_birth', '1994-03-27')}",
  "cpf": "${v('pii.br_cpf', CPF)}",
  "email": "${v('pii.email', 'pedrohsouza94@gmail.com')}",
  "phone": "${phone('+55 11 98472-3615')}",
  "document": { "type": "CNH", "number": "${ambCat('pii', '04827193650')}" },
  "ip": "${amb('pii.ip_address', '177.84.219.36')}",
  "liveness_score": 0.71
}`)}`, 'the Brazilian CNH (driving licence) number: personal, no rule claims it'),

  rec('chat_nl', f`Kun je een nette mail schrijven naar de klant over de parkeerboete die we doorbelasten? Naam: Sanne de Vries, BSN ${v('pii.nl_bsn', BSN)} (stond op het CJIB-formulier), tel ${phone('+31 6 28473915')}. Boete €105 + €15 administratiekosten.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-21T08:14:03Z WARN  auth  login blocked: 5 failed attempts user=${v('pii.email', 'm.lindqvist@telia.se')} ip=${amb('pii.ip_address', '81.229.84.190')} device=iPhone15,2
2024-11-21T08:14:09Z INFO  auth  otp sent to ${phone('+46 70 284 71 93')}
2024-11-21T08:15:40Z INFO  auth  login ok user=${v('pii.email', 'm.lindqvist@telia.se')} ip=${amb('pii.ip_address', '81.229.84.190')}`)}

is this a credential-stuffing attempt or just the customer?`),

  rec('chat_tr', f`Merhaba, hasar bildirimi için sürücüye İngilizce bir e-posta yazar mısın? Sürücü: Emre Aksoy, doğum tarihi ${v('pii.date_of_birth', '02.10.1991')}, T.C. kimlik no ${ambCat('pii', '10384729156')}, telefon ${phone('+90 532 284 71 93')}.`, 'Turkish T.C. kimlik number: personal, no rule claims it'),

  // --- notary office ----------------------------------------------------------------------------------
  rec('deed_draft_pt_br', f`Revise o texto da escritura, por favor, deixando mais formal:

"Comparecem como OUTORGANTES VENDEDORES: João Carlos Ferreira, brasileiro, casado, CPF ${v('pii.br_cpf', CPF2)}, nascido em ${v('pii.date_of_birth', '14/06/1961')}, e sua esposa Maria Aparecida Ferreira; como OUTORGADO COMPRADOR: Pedro Henrique Souza, CPF ${v('pii.br_cpf', CPF)}."`),

  rec('chat_el', f`Μπορείς να μου ετοιμάσεις την περίληψη του συμβολαίου; Πωλητής: Γεώργιος Παπαδόπουλος, ημερομηνία γέννησης ${v('pii.date_of_birth', '21/03/1958')}, ΑΦΜ ${ambCat('pii', '048271936')}, τηλ. ${phone('+30 694 284 7193')}. Αγοραστής: Ελένη Νικολάου.`, 'Greek tax number (ΑΦΜ): personal, no rule claims it'),

  rec('chat_ru', f`Составь, пожалуйста, список документов для сделки. Продавец: Иванов Сергей Петрович, дата рождения ${v('pii.date_of_birth', '09.12.1966')}, паспорт ${v('pii.passport', '45 18 284719')}, тел. ${phone('+7 916 284-73-19')}. Квартира на Профсоюзной, 2 комнаты.`, 'Russian internal passport (series + number) labelled as a passport'),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն. «Վաճառող՝ Արամ Պետրոսյան, ծննդյան ամսաթիվ ${v('pii.date_of_birth', '15.08.1972')}, անձնագիր ${v('pii.passport', 'AN0284719')}, հեռ. ${phone('+374 91 284719')}։ Գործարքը՝ դեկտեմբերի 3-ին»։`),

  rec('chat_pl', f`Przygotuj proszę projekt zawiadomienia dla stron aktu. Sprzedający: Jan Kowalski, PESEL ${ambCat('pii', '66031204719')}, data urodzenia ${v('pii.date_of_birth', '12.03.1966')}, tel. ${phone('+48 601 284 739')}, ${v('pii.email', 'jan.kowalski66@wp.pl')}.`, 'Polish PESEL: personal, no rule claims it'),

  rec('chat_ro', f`Poți să-mi faci un rezumat în engleză? Cumpărătoare: Ioana Popescu, data naşterii ${v('pii.date_of_birth', '30.01.1985')}, CNP ${ambCat('pii', '2850130124718')}, telefon ${phone('+40 722 384 719')}. Apartament 3 camere, Cluj-Napoca, str. Horea 12.`, 'Romanian CNP: personal, no rule claims it'),

  // --- telecom tower landlords -------------------------------------------------------------------------
  rec('w9_note', f`Landlord onboarding for the new rooftop site in El Paso — W-9 details to key in:
Name: Delia Guerrero
SSN: ${v('pii.us_ssn', '527-48-1936')}
Mailing address: 4410 Montana Ave, El Paso TX 79903
Phone: ${phone('(915) 284-7193', 'US')}
Email: ${v('pii.email', 'delia.guerrero.ep@yahoo.com')}
Please write the welcome letter and the rent schedule summary.`),

  rec('chat_en_ca', f`Can you draft the T5 slip cover note for our Alberta landlord? Name: Gordon McLeod, SIN ${v('pii.ca_sin', groupedAs(SIN, [3, 3, 3]))}, phone ${phone('+1 604 284 7193')}. Rooftop lease at 1120 17 Ave SW, annual rent $14,400.`),

  rec('chat_en_gb', f`Landlord's solicitor needs this for the wayleave — please draft the covering e-mail. Landowner: Mr David Pryce, NI number ${v('pii.uk_nino', 'JM 48 27 19 C')}, farm at Llanfair Road, mobile ${phone('+44 7911 284736')}.`),

  rec('chat_vi', f`Bạn giúp mình viết thư gửi chủ đất trạm BTS ở Đà Nẵng nhé: ông Nguyễn Văn Hùng, ngày sinh ${v('pii.date_of_birth', '17/07/1963')}, số CCCD ${ambCat('pii', '048063001927')}, điện thoại ${phone('+84 912 847 193')}. Tiền thuê năm 2025 tăng 5%.`, 'Vietnamese CCCD citizen id: personal, no rule claims it'),

  rec('signature', f`--
Kamal Siddiqui
Landlord Relations Manager, South Asia
Spirelink Towers
M ${phone('+92 300 2847193')} | ${v('pii.email', 'kamal.siddiqui@spirelink-towers.com')}
Karachi office: ${phone('+92 21 3528 4719')}

Can you shorten this signature and make it look professional?`),

  // --- lighting & rigging hire ---------------------------------------------------------------------------
  rec('crew_list', f`Crew sheet for the Manchester load-in, please turn it into a call sheet:

${amb('source_code.snippet', f`Name,Role,Mobile,Email
Callum Reid,Head rigger,${phone('07911 284736', 'GB')},${v('pii.email', 'callum.reid@lumentruss.co.uk')}
Priya Nair,LX programmer,${phone('+44 7700 184259')},${v('pii.email', 'priya.nair.lx@gmail.com')}
Siobhán Kelly,Followspot,${phone('+353 87 284 7193')},${v('pii.email', 'siobhan.kelly@eircom.net')}`)}`),

  rec('chat_uk', f`Допоможи скласти лист для фрілансера-світлотехніка: Олександр Шевченко, дата народження ${v('pii.date_of_birth', '03.05.1990')}, паспорт ${v('pii.passport', 'FH284719')}, тел. ${phone('+380 67 284 7319')}. Потрібен для оформлення робочої візи на тур у Польщі.`),

  rec('chat_no', f`Kan du skrive en kort SMS til turgåeren vi ikke får tak i? Navn: Ingrid Solberg, fødselsnummer ${ambCat('pii', '170392 48519')}, mobil ${phone('+47 928 47 193')}. Hun skulle vært ute fra Gjendebu i går kveld.`, 'Norwegian fødselsnummer: personal, no rule claims it'),

  rec('chat_ur', f`براہ کرم زمین کے مالک کے لیے انگریزی میں ایک مختصر خط لکھ دیں: نام محمد عارف، شناختی کارڈ نمبر ${ambCat('pii', '42101-2847193-5')}، تاریخ پیدائش ${v('pii.date_of_birth', '14-08-1968')}، فون ${phone('+92 300 2847193')}۔ ٹاور کا کرایہ جنوری سے بڑھ جائے گا۔`, 'Pakistani CNIC: personal, no rule claims it'),
];

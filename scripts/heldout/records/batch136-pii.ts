/**
 * Held-out batch 136: personal data in assistance-hotline case notes, clinic intake forms, title
 * applications, courier rosters, contributor lists and dealer service tickets, in many languages.
 * Hand-written; identity numbers computed with their check digits.
 */
import { brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const ip = (s: string) => amb('pii.ip_address', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

function steuerId(p10: string): string {
  return p10 + String(deSteuerIdCheckDigit(p10));
}
function nir(p13: string): string {
  const k = frNirKey(p13);
  return `${p13[0]} ${p13.slice(1, 3)} ${p13.slice(3, 5)} ${p13.slice(5, 7)} ${p13.slice(7, 10)} ${p13.slice(10, 13)} ${k}`;
}
const dni = esDni;
const nie = esNie;
function bsn(p8: string): string {
  const c = nlBsnCheckDigit(p8);
  if (c < 0) throw new Error(`no BSN check digit for ${p8}`);
  return p8 + String(c);
}
const sin = (p8: string): string => {
  const d = p8 + String(luhnCheckDigit(p8));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};
const aadhaar = inAadhaarSpaced;
const nhs = ukNhsSpaced;

export const BATCH136_PII: DraftRecord[] = [
  // ---------- travel-medical assistance hotline ----------
  rec('case_note_en', f`Case GCA-24-118207 — inbound call 03:12 CET
Insured: Mr Derek Ashworth, DOB ${dob('14/02/1958')}, passport no. ${pass('538126497')} (GBR)
Location: Hospital Quirónsalud Marbella, admitted with suspected NSTEMI
Callback (wife, Linda): ${phone('+44 7723 418906')}
Treating doctor: Dr. Ruiz, ${phone('+34 952 77 42 81')}

Please turn this into a short handover for the medical team in plain English.`),

  rec('case_note_de', f`Fall 24-0913, Notruf aus Kreta
Versicherte: Heike Brunner, geb. ${dob('03.09.1966')}
Reisepass-Nr.: ${pass('C4F7K9R21')}
Mobil im Ausland: ${phone('+49 171 3928475')}
Steuer-ID (für Erstattung angegeben): ${v('pii.de_steuer_id', steuerId('8602945718'))}
Klinik: Venizeleio Krankenhaus Heraklion, Oberschenkelhalsfraktur

Formuliere bitte eine kurze Info an den Rückholdienst.`),

  rec('chat_fr', f`Peux-tu résumer cet appel pour le médecin régulateur ? Assuré : M. Julien Marchetti, né le ${dob('22/06/1979')}, n° de sécu ${v('pii.fr_nir', nir('1790675112034'))}, joignable au ${phone('06 48 27 19 53', 'FR')}. Chute en ski à Zermatt, suspicion de fracture du plateau tibial, hospitalisé à Viège.`),

  rec('chat_it', f`Sintetizza per il medico di centrale: assistita Giulia Bianchi, nata il ${dob('05/12/1990')}, codice fiscale ${v('pii.it_codice_fiscale', itCodiceFiscale('BNCGLI90T45F205'))}, passaporto ${pass('YA4829173')}, cellulare ${phone('+39 347 582 1946')}. Ricoverata a Bangkok per dengue, chiede rimpatrio.`),

  rec('chat_es', f`Resume la llamada: asegurado Javier Moreno Soto, DNI ${v('pii.es_dni', dni('48291736'))}, fecha de nacimiento ${dob('11/04/1972')}, teléfono ${phone('655 281 904', 'ES')}. Está en Marrakech con una gastroenteritis grave; su pareja tiene NIE ${v('pii.es_nie', nie('Y', '4820193'))}.`),

  rec('chat_pt_br', f`me ajuda a organizar esse atendimento? Segurada: Ana Paula Ribeiro, CPF ${v('pii.br_cpf', brCpfFormatted('318492067'))}, nascida em ${dob('27/08/1985')}, passaporte ${pass('FX392817')}, celular ${phone('+55 11 98452-7316')}. Está em Lisboa, caiu na escada do hotel e está no Hospital de Santa Maria.`),

  rec('chat_nl', f`Kun je dit omzetten naar een nette overdracht? Verzekerde: dhr. Pieter van Dijk, geboortedatum ${dob('19-03-1949')}, BSN ${v('pii.nl_bsn', bsn('17482937'))}, mobiel ${phone('06 41829375', 'NL')}. Opgenomen in Alicante met longontsteking, dochter wil dat hij naar huis gevlogen wordt.`),

  rec('chat_ar_eg', f`لو سمحت لخّص المكالمة دي للدكتور: المؤمَّن عليه أحمد سمير عبد الله، تاريخ الميلاد ${dob('1981/07/15')}، رقم جواز السفر ${pass('A23918475')}، موبايل ${phone('+20 101 483 9276')}. عنده حصوة في الكلى وهو في إسطنبول دلوقتي.`),

  rec('chat_ja', f`以下の内容で英語の病院宛てメールを作ってください。被保険者：佐藤 健一、生年月日：${dob('1975年3月8日')}、旅券番号：${pass('TK4829175')}、携帯：${phone('090-4829-1736', 'JP')}。ホノルルで心筋梗塞の疑いで入院中。`),

  rec('chat_ko', f`영문 보증서 초안 부탁드려요. 피보험자 김민지, 생년월일 ${dob('1993.11.02')}, 여권번호 ${pass('M48291736')}, 연락처 ${phone('010-4829-1736', 'KR')}. 다낭 리조트에서 급성 맹장염으로 수술 예정입니다.`),

  // ---------- addiction-treatment clinic network ----------
  rec('intake_en_gb', f`Please reword this intake summary for the GP letter (keep it factual):
Name: Shannon O'Leary
DOB: ${dob('30/01/1988')}
NHS no: ${v('pii.uk_nhs_number', nhs('485777032'))}
NI number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
Mobile: ${phone('07829 461 305', 'GB')}
Current: methadone 60 mg daily, supervised consumption at Boots Kirkstall, 2 take-homes/week from 16 Dec.`),

  rec('chat_en_ca', f`Can you make this transfer letter sound more professional? Client: Marc-André Tremblay, born ${dob('April 4, 1984')}, SIN ${v('pii.ca_sin', sin('54829173'))}, cell ${phone('(514) 872-3190', 'CA')}. Transferring from our Montréal OAT clinic to the Gatineau site, stable on buprenorphine-naloxone 16 mg.`),

  rec('chat_en_us', f`Draft a release-of-information request to the patient's previous methadone program. Patient: Tyrell Jenkins, DOB ${dob('09/17/1991')}, SSN ${v('pii.us_ssn', '512-48-7306')}, phone ${phone('(412) 683-2914', 'US')}. Needs last 90 days of dosing history.`),

  rec('form_hi', f`कृपया इस जानकारी को अंग्रेज़ी में रेफ़रल पत्र बनाइए:
मरीज़ का नाम: राजेश कुमार वर्मा
जन्म तिथि: ${dob('12/05/1987')}
आधार नंबर: ${v('pii.in_aadhaar', aadhaar('48291736501'))}
मोबाइल: ${phone('+91 98294 61730')}
उपचार: ओपिऑइड प्रतिस्थापन चिकित्सा (ब्यूप्रेनॉर्फ़िन), दिल्ली केंद्र से जयपुर केंद्र में स्थानांतरण`),

  rec('chat_ru', f`Помоги оформить направление в реабилитационный центр. Пациент: Смирнов Дмитрий Олегович, дата рождения ${dob('21.10.1983')}, паспорт ${pass('4519 382716')}, телефон ${phone('+7 916 482-93-17')}. Проходит заместительную терапию, нужен перевод в Казань.`),

  rec('chat_pl', f`Przerób to na uprzejmy e-mail do poradni: pacjent Tomasz Wiśniewski, data urodzenia ${dob('07.03.1979')}, tel. ${phone('601 482 937', 'PL')}, e-mail ${mail('t.wisniewski79@wp.pl')}. Prosi o przeniesienie terapii metadonowej z Krakowa do Gdańska.`),

  rec('chat_sw', f`Tafadhali nisaidie kuandika barua pepe kwa Kiingereza kwa kliniki ya methadone ya Mombasa. Mgonjwa: Juma Omari Mwangi, tarehe ya kuzaliwa ${dob('15/06/1990')}, simu ${phone('0712 483 916', 'KE')}. Anahamia kutoka kliniki ya Mwananyamala, Dar es Salaam.`),

  rec('chat_vi', f`Bạn giúp mình viết thư chuyển viện bằng tiếng Anh nhé. Bệnh nhân: Nguyễn Văn Hùng, ngày sinh ${dob('23/09/1986')}, số điện thoại ${phone('091 482 93 17', 'VN')}, đang điều trị methadone tại cơ sở Quận 8, chuyển về Hải Phòng.`),

  // ---------- land registry surveying & title deeds ----------
  rec('title_app_pt', f`Preciso de um resumo deste pedido de registo predial para o conservador:
Requerente: Maria Fernanda Costa Lopes
Data de nascimento: ${dob('02/02/1962')}
Cartão de Cidadão: ${ambCat('pii', '13948271 4 ZX9')}
Telemóvel: ${phone('912 483 917', 'PT')}
E-mail: ${mail('mf.costalopes@sapo.pt')}
Prédio: artigo matricial 4821, freguesia de Azeitão`),

  rec('chat_el', f`Μπορείς να συντάξεις απάντηση προς τον ιδιοκτήτη; Στοιχεία: Νικόλαος Παπαδόπουλος, ημερομηνία γέννησης ${dob('18/07/1955')}, κινητό ${phone('694 827 3915', 'GR')}, email ${mail('npapadop55@gmail.com')}. Ζητά διόρθωση ορίων στο κτηματολογικό διάγραμμα (ΚΑΕΚ 050681234005).`),

  rec('chat_tr', f`Tapu müdürlüğüne başvuru özeti hazırlar mısın? Malik: Ayşe Demir, doğum tarihi ${dob('04.11.1968')}, cep telefonu ${phone('0532 481 93 76', 'TR')}, e-posta ${mail('ayse.demir68@hotmail.com')}. Ada 214, parsel 17 için cins tashihi talebi.`),

  rec('chat_am', f`እባክህ ይህንን ለመሬት ምዝገባ ቢሮ በእንግሊዝኛ ደብዳቤ አድርገው፦ ስም፡ ተስፋዬ ገብረመድህን፣ የትውልድ ቀን፡ ${dob('12/03/1975')}፣ ስልክ፡ ${phone('+251 91 148 3927')}፣ የይዞታ ማረጋገጫ ካርታ ቁጥር፡ AA/BL/14/2871።`),

  rec('chat_bn', f`ভূমি অফিসের জন্য একটা আবেদনপত্রের খসড়া ইংরেজিতে লিখে দাও। আবেদনকারী: মোঃ রফিকুল ইসলাম, জন্ম তারিখ: ${dob('১৫/০৮/১৯৭০')}, মোবাইল: ${phone('01712-483916', 'BD')}, খতিয়ান নং ৩৮২, দাগ নং ১৪৭৫।`),

  rec('chat_th', f`ช่วยร่างจดหมายภาษาอังกฤษถึงสำนักงานที่ดินหน่อย ผู้ยื่นคำขอ: นางสาวสุภาพร ศรีสุข วันเกิด ${dob('9 มีนาคม 2525')} โทร ${phone('081 482 9371', 'TH')} อีเมล ${mail('supaporn.srisuk@gmail.com')} ขอรังวัดสอบเขตโฉนดเลขที่ 18274`),

  rec('chat_sr_latn', f`Napiši mi dopis za službu za katastar: podnosilac Milan Jovanović, datum rođenja ${dob('25.05.1964')}, JMBG ${ambCat('pii', '2505964710036')}, telefon ${phone('064 1829374', 'RS')}. Traži ispravku površine parcele 1842/3, KO Zemun.`),

  rec('csv_surveyors', f`Sort these field surveyors by region and draft a rota:

${amb('source_code.snippet', f`name;region;mobile;email
Kaja Novak;Ljubljana;${phone('+386 41 482 937')};${mail('kaja.novak@gu-survey.si')}
Andrej Horvat;Maribor;${phone('+386 31 829 374')};${mail('a.horvat@gu-survey.si')}
Petra Zupan;Koper;${phone('+386 40 183 927')};${mail('petra.zupan@gu-survey.si')}`)}`),

  // ---------- broadcaster archive & rights ----------
  rec('contributors_de', f`Für die Rechteklärung der Sendung „Landfunk 1974" brauchen wir die Erben. Kannst du eine Anschreiben-Vorlage machen? Kontakt aus dem Nachlassverzeichnis: Erika Vogt (Tochter des Sprechers), geb. ${dob('11.08.1951')}, Tel. ${phone('030 81294736', 'DE')}, ${mail('erika.vogt51@t-online.de')}.`),

  rec('chat_is', f`Geturðu skrifað kurteislegt bréf á ensku til flytjanda í gömlum sjónvarpsþætti? Jón Sigurðsson, fæðingardagur ${dob('12.01.1952')}, sími ${phone('+354 861 4829')}, netfang ${mail('jon.sig52@simnet.is')}.`),

  rec('chat_he', f`תנסח בבקשה מכתב לבעלת זכויות על הקלטה ישנה מהארכיון: רותי כהן, תאריך לידה ${dob('07/05/1950')}, טלפון ${phone('052-482-9317', 'IL')}, מייל ${mail('ruti.cohen50@walla.co.il')}.`),

  // ---------- ghost kitchens ----------
  rec('roster_es', f`Ordena esta lista de repartidores por turno y quita a los que no tienen moto propia:

${amb('source_code.snippet', f`nombre,turno,tel,moto
Luis Herrera,noche,${phone('+34 612 483 917')},si
Camila Rojas,mediodia,${phone('+34 622 918 374')},no
Andrés Paredes,noche,${phone('+34 634 829 175')},si`)}`),

  rec('chat_zh_cn', f`帮我写一条英文短信给骑手：王磊，身份证上生日是${dob('1995年7月12日')}，手机 ${phone('138 2947 6153', 'CN')}。告诉他明天中午去望京店取餐，别再迟到了。`),

  rec('chat_tl', f`Pwede mo bang gawing formal na email 'to para sa HR? Bagong kitchen crew: Maria Clara Santos, birthday ${dob('March 18, 1999')}, cellphone ${phone('0917 482 9316', 'PH')}, email ${mail('mcsantos99@yahoo.com')}. Start niya sa Makati branch sa Monday.`),

  rec('chat_ur', f`براہ کرم اس نئے باورچی کے لیے انگریزی میں خوش آمدید ای میل لکھیں: نام: عمران علی، تاریخ پیدائش: ${dob('14/08/1994')}، موبائل: ${phone('0300 4829173', 'PK')}، ای میل: ${mail('imran.ali94@gmail.com')}۔`),

  // ---------- vineyard equipment dealer ----------
  rec('service_ticket_fr', f`Ticket SAV #7781 – Vendangeuse automotrice, capteur de niveau défectueux
Client : Domaine Laroche-Vidal, M. Étienne Vidal
Tél. : ${phone('05 56 48 29 17', 'FR')} / ${phone('+33 6 71 82 93 40')}
Mail : ${mail('etienne.vidal@laroche-vidal.fr')}
Adresse : 12 chemin des Graves, 33650 Martillac

Rédige une réponse qui propose une intervention mardi.`),

  rec('chat_es_cl', f`Necesito un correo para el enólogo de la viña en Colchagua confirmando la visita técnica del martes. Contacto: Rodrigo Fuentes, ${phone('+56 9 8482 9371')}, ${mail('rfuentes@vinavalle.cl')}.`),

  rec('chat_de_at', f`Kannst du für unseren Außendienst eine Kundenliste machen? Weingut Huber, Herr Josef Huber, Tel. ${phone('0664 4829173', 'AT')}, ${mail('office@weingut-huber.at')}; Weingut Gruber, Frau Anna Gruber, Tel. ${phone('0676 8291734', 'AT')}.`),

  rec('app_log', f`Our dealer portal log — which of these logins look suspicious?

${amb('source_code.snippet', f`2024-12-04T06:12:44Z login ok user=${mail('m.rossi@cantinarossi.it')} ip=${ip('93.41.182.7')}
2024-12-04T06:13:02Z login fail user=${mail('m.rossi@cantinarossi.it')} ip=${ip('185.220.101.48')}
2024-12-04T06:13:05Z login fail user=${mail('m.rossi@cantinarossi.it')} ip=${ip('185.220.101.48')}
2024-12-04T06:19:51Z login ok user=${mail('v.kapanadze@kakhetiwine.ge')} ip=${ip('212.72.140.33')}`)}`),
];

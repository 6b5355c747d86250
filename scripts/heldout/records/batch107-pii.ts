/**
 * Held-out batch 107: personal data in patient letters, student-office files, water-billing
 * changes of ownership, delivery tickets, crew lists, ban appeals, exports and signatures.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pass = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH107_PII: DraftRecord[] = [
  rec('clinic_letter', f`Please make this discharge summary easier to read for the patient:

Kestrel Orthopaedic & Sports Medicine Hospital — Discharge summary
Patient: Ryan O'Donoghue   NHS No: ${v('pii.uk_nhs_number', '496 114 3200')}   DOB: ${dob('17/02/1996')}
Procedure: arthroscopic ACL reconstruction (hamstring graft), right knee, 12/11/2024
Weight-bearing as tolerated with brace locked in extension for 2 weeks. Physio from day 3.
Contact: ${phone('07823 416590', 'GB')} / ${mail('ryan.odonoghue96@gmail.com')}`),

  rec('hr_de', f`Bitte eine Willkommensmail für unsere neue Physiotherapeutin in der Sportambulanz entwerfen. Aus dem Personalbogen:
Name: Hanna Vogt
Geburtsdatum: ${dob('03.08.1993')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '98515073562')}
Mobil: ${phone('0151 23784561', 'DE')}
Beginn: 02.01.2025, Team Knie & Schulter`),

  rec('form_fr', f`Peux-tu vérifier cette convention de stage pour un étudiant du bureau international ?
Stagiaire : Léa Moreau, née le ${dob('29/04/2002')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 91 04 69 123 445 80')}
Courriel : ${mail('lea.moreau@etu.univ-lyon.example')}
Tél. : ${phone('+33 6 12 48 73 95', 'FR')}
Période : 06/01/2025 – 27/06/2025, service des relations internationales`, 'NIR birth year (91) differs from the stated date of birth: both written as they are'),

  rec('ticket_it', f`Consegna a domicilio farmaco con ricetta — da confermare
Paziente: Giulia Bianchi, C.F. ${v('pii.it_codice_fiscale', 'BNCGLI92M57L219H')}
Indirizzo: Via Po 41, Torino, citofono "Bianchi-Ferri"
Tel: ${phone('+39 338 472 9163', 'IT')}
Farmaco: enoxaparina 4000 UI, 10 siringhe (post-operatorio ginocchio)

Scrivimi un SMS breve per confermare la fascia oraria 15–17.`),

  rec('form_es', f`Cambio de titularidad del suministro de agua — ¿me ayudas a redactar la carta de confirmación?
Nuevo titular: Javier Ruiz Ortega, DNI ${v('pii.es_dni', '48276111P')}
Titular anterior: Carmen Ortega Lozano (fallecida), DNI ${v('pii.es_dni', '60445037W')}
Contacto: ${phone('+34 612 384 905', 'ES')}, ${mail('javi.ruiz.ortega@hotmail.es')}
Contador nº 19-0048213, lectura 01734 m³`),

  rec('chat_es', f`Un inquilino extranjero quiere dar de alta el agua en su piso de Alicante. Me dio su NIE ${v('pii.es_nie', 'Y9970080P')} y pasaporte británico ${pass('538417260')}. ¿Qué documentación adicional le pedimos?`),

  rec('mail_nl', f`Onderwerp: Inschrijving gemeente – internationale student

Beste collega,
Voor de BRP-inschrijving van Aiko Tanaka (geboren ${dob('11 maart 2003')}, paspoortnummer ${pass('TR4817260')}) hebben we haar BSN ontvangen: ${v('pii.nl_bsn', '936807295')}. Kun je dit doorzetten naar de studentenadministratie?

Groet,
International Office`),

  rec('chat_en_in', f`Delivery KYC for a Schedule H order: customer Sunita Deshmukh, Aadhaar ${v('pii.in_aadhaar', '8814 8363 7641')}, mobile ${phone('+91 98450 27361', 'IN')}. Is it OK for the rider to photograph the Aadhaar card at the door, or should we only check it?`),

  rec('chat_pt_br', f`O vencedor do torneio da comunidade precisa receber o prêmio de R$ 2.500. Dados que ele mandou: Pedro Henrique Lima, CPF ${v('pii.br_cpf', '339.890.874-87')}, nascido em ${dob('14/07/2001')}, e-mail ${mail('phlima.gamer@outlook.com.br')}. Que mais precisamos pedir para emitir o recibo?`),

  rec('form_en_ca', f`Student worker onboarding — international office front desk
Name: Oluwaseun Adeyemi
SIN: ${v('pii.ca_sin', '510 163 124')} (900-series not applicable; PR since 2023)
Phone: ${phone('+1 514 382 9047', 'CA')}
Email: ${mail('s.adeyemi@mail.mcgill-north.example')}
Hours: 12/week, Mon/Wed/Fri

Turn this into a checklist for HR.`),

  rec('billing_en_us', f`Insurance denied the MRI claim. Can you draft an appeal letter?
Patient: Tyler Brooks, DOB ${dob('05/22/1988')}, SSN ${v('pii.us_ssn', '518-62-3094')}
Member ID: XQJ884102937
Procedure: MRI right shoulder w/o contrast (CPT 73221), 10/28/2024
Reason for denial: "not medically necessary — conservative therapy not documented"
Physio notes from 6 weeks of therapy are attached.`),

  rec('payroll_en_gb', f`Starter checklist for the new leak-detection engineer — what's missing?
Name: Callum Firth
NI number: ${v('pii.uk_nino', 'JT 48 27 51 C')}
Start date: 06/01/2025, depot: Riverside
Emergency contact: Megan Firth, ${phone('+44 161 384 2719', 'GB')}
Driving licence: full, category C1`),

  rec('chat_ja', f`留学生の在留資格更新のための推薦状を作成してください。
氏名：NGUYEN THI LAN
生年月日：${dob('2001年9月14日')}
旅券番号：${pass('C8473916')}
電話：${phone('+81 90-3847-2916', 'JP')}
在籍：工学研究科 修士1年`),

  rec('chat_ko', f`밴 이의신청이 들어왔습니다. 답변 초안 부탁드려요.
계정: HaneulStorm#4471
이메일: ${mail('haneul.storm@naver.com')}
연락처: ${phone('+82 10-3847-2916', 'KR')}
탐지 시각: 2024-11-14 23:41 KST, 접속 IP ${ip('211.36.142.87')}
사유: 메모리 변조 탐지 (signature AC-2207)
본인은 치트를 쓴 적이 없고 동생이 계정을 썼다고 주장합니다.`),

  rec('mail_zh', f`主题：新生入学材料缺失

王老师您好，
以下留学生的护照复印件还没有收到，请帮忙联系：
陈思远，护照号 ${pass('EK4829173')}，出生日期 ${dob('2003-05-19')}，电话 ${phone('+86 138 3847 2916', 'CN')}，邮箱 ${mail('siyuan.chen2003@163.com')}
谢谢！
国际学生办公室`),

  rec('chat_vi', f`Viết giúp tôi email nhắc sinh viên quốc tế gia hạn bảo hiểm y tế. Sinh viên: Trần Minh Khoa, ngày sinh ${dob('22/12/2002')}, hộ chiếu số ${pass('C4719382')}, SĐT ${phone('+84 912 384 719', 'VN')}.`),

  rec('ticket_ar', f`طلب توصيل رقم DLV-55821
العميل: نورة القحطاني
تاريخ الميلاد: ${dob('1958/03/07')}
الجوال: ${phone('+966 50 384 2719', 'SA')}
العنوان: حي الملقا، شارع الأمير محمد بن سعد، فيلا 14
الدواء: إنسولين غلارجين — يحتاج تبريد
اكتب رسالة نصية قصيرة للسائق بالتعليمات.`),

  rec('chat_tr', f`Hastaya ameliyat sonrası kontrol randevusunu hatırlatan kibar bir SMS yaz: Mehmet Yılmaz, doğum tarihi ${dob('12.06.1979')}, cep ${phone('+90 532 384 27 19', 'TR')}, randevu 26 Kasım 10:30, Dr. Aydın (omuz cerrahisi).`),

  rec('list_sw', f`Tafadhali panga orodha hii ya wateja wa kusafirishiwa dawa kesho kwa mtaa:
1. Bi. Amina Hassan – Kilimani – ${phone('+254 712 384719', 'KE')}
2. Mzee Joseph Otieno – Kileleshwa – ${phone('+254 722 918 406', 'KE')}
3. Bw. Peter Mwangi – Lavington – ${phone('+254 733 105 284', 'KE')}
Dawa za Mzee Otieno ni za kisukari, ziwe kwenye baridi.`),

  rec('chat_th', f`ช่วยเขียนอีเมลแจ้งผลเอ็มอาร์ไอเบื้องต้นแบบสุภาพ ผู้ป่วย: นายธนากร ศรีสุข เกิดวันที่ ${dob('3 มีนาคม 2534')} อีเมล ${mail('thanakorn.s@hotmail.co.th')} โทร ${phone('+66 81 384 2719', 'TH')} ผล: เอ็นไขว้หน้าฉีกขาดบางส่วน นัดพบแพทย์ 2 ธ.ค.`),

  rec('chat_id', f`Tolong buatkan surat keterangan untuk mahasiswa internasional yang mau perpanjang KITAS: mahasiswa Malaysia bernama Nurul Aisyah binti Kamal, paspor ${pass('A48273916')}, lahir ${dob('8 Januari 2002')}, email ${mail('nurulaisyah.kamal@gmail.com')}.`),

  rec('csv', f`Pick out accounts from the same household (same IP, similar e-mail) in this ban list:

${amb('source_code.snippet', f`account_id,email,last_ip,banned_at,reason
88120417,${mail('xXsniperkingXx@gmail.com')},${ip('83.24.117.201')},2024-11-12,aimbot
88120593,${mail('sniperking.alt2@gmail.com')},${ip('83.24.117.201')},2024-11-12,aimbot
88131022,${mail('m.kowalczyk@wp.pl')},${ip('31.0.44.19')},2024-11-13,wallhack
88140776,${mail('lenka.novakova@seznam.cz')},${ip('89.103.62.140')},2024-11-14,speedhack`)}`),

  rec('log', f`Why does the delivery app log the recipient's details in plain text? Excerpt:

${amb('source_code.snippet', f`2024-11-19 08:14:22,514 INFO  [dispatch] route=R-17 stop=4 recipient="Fiona Gallagher" phone=${phone('+353 87 294 1836', 'IE')} email=${mail('fiona.gallagher@eircom.net')} status=DELIVERED
2024-11-19 08:31:09,887 WARN  [dispatch] route=R-17 stop=5 recipient="Seán Byrne" phone=${phone('+353 86 471 2093', 'IE')} status=NO_ANSWER retry=1`)}`),

  rec('signature', f`Can you shorten my email signature? It's too long:

Ingrid Solberg
Rådgiver, Internasjonalt studentkontor
Universitetet i Bergen-Nord
Tlf: ${phone('+47 22 38 47 29', 'NO')} | Mobil: ${phone('+47 938 47 261', 'NO')}
${mail('ingrid.solberg@uib-nord.example')}
Besøksadresse: Nygårdsgaten 5, 5015 Bergen
Kontortid: man–fre 10–14`),

  rec('crew_list', f`Agent needs the crew list for port clearance in Santos, please format as a table:

1. Capt. Reynaldo Bautista — Filipino — passport ${pass('P4827193A')} — DOB ${dob('14 Mar 1972')}
2. C/O Dimitrios Karras — Greek — passport ${pass('AN4719283')} — DOB ${dob('02 Nov 1980')}
3. C/E Oleksandr Bondar — Ukrainian — passport ${pass('FT384729')} — DOB ${dob('21 Jul 1977')}
4. AB Marvin dela Cruz — Filipino — passport ${pass('P7193842B')} — DOB ${dob('09 Sep 1994')}`),

  rec('chat_el', f`Γράψε μου ένα email στον πράκτορα στον Πειραιά για να κλείσει ξενοδοχείο για τον ναυτικό που αποβιβάζεται: Γεώργιος Παπαδάκης, διαβατήριο ${pass('AK3817264')}, ημ. γέννησης ${dob('15/05/1985')}, κινητό ${phone('+30 694 384 2719', 'GR')}.`),

  rec('chat_hu', f`Írj egy udvarias levelet az ügyfélnek, hogy a vízóra-csere időpontja módosult: Kovács Zsuzsanna, ${mail('kovacs.zsuzsa@freemail.hu')}, tel. ${phone('+36 30 384 2719', 'HU')}, új időpont: december 3., 8–12 óra között.`),

  rec('chat_cs', f`Pacientka po výměně kolene se ptá na rehabilitaci doma. Jana Dvořáková, nar. ${dob('18. 10. 1954')}, tel. ${phone('+420 603 847 219', 'CZ')}. Napiš jí prosím srozumitelný rozpis cviků na první 2 týdny.`),

  rec('chat_sv', f`Skriv ett kort sms till kunden om att vattnet stängs av på torsdag 9–13 p.g.a. läckagereparation: Lars Nyström, ${phone('+46 70 384 27 19', 'SE')}, Storgatan 12, Umeå.`),

  rec('chat_fi', f`Tee tästä siisti potilastiedote: Aino Virtanen, s. ${dob('7.4.2006')}, jalkapalloilija, eturistisidevamma vasemmassa polvessa, puh. ${phone('+358 40 738 4926', 'FI')}, huoltajan sähköposti ${mail('mikko.virtanen@elisanet.fi')}.`),

  rec('chat_bn', f`ডেলিভারি ম্যানকে পাঠানোর জন্য একটা ছোট মেসেজ লিখে দাও: রোগী রহিমা খাতুন, ফোন ${phone('+880 1712-384726', 'BD')}, ঠিকানা মিরপুর ১০, বাড়ি ২৩, ওষুধ ফ্রিজে রাখতে হবে।`),

  rec('chat_ml', f`അന്താരാഷ്ട്ര വിദ്യാർത്ഥി ഓഫീസിൽ നിന്ന് ഹോസ്റ്റൽ അലോട്ട്മെന്റ് കത്ത് തയ്യാറാക്കണം: വിദ്യാർത്ഥി അബ്ദുള്ള ഹസൻ (സുഡാൻ), പാസ്പോർട്ട് നമ്പർ ${pass('P03847291')}, ഇമെയിൽ ${mail('abdalla.hassan@uni-kerala.example')}, ഫോൺ ${phone('+91 80 4138 2719', 'IN')}.`),

  rec('chat_zu', f`Ngicela ungibhalele i-SMS yesikhumbuzo: isiguli uSipho Ndlovu, uzalwe ngo-${dob('21 Juni 1990')}, inombolo ${phone('+27 82 384 2719', 'ZA')}, usuku lokubonana nodokotela wamadolo ngomhla ka-28 Novemba.`),

  rec('chat_sm', f`Fa'amolemole fesoasoani e tusi se imeli i le tamaititi a'oga mai Samoa: Losa Faleolo, telefoni ${phone('+685 72 38471', 'WS')}, imeli ${mail('losa.faleolo@gmail.com')}, e uiga i le fa'afouina o lana visa.`),

  rec('chat_en_nz', f`Kia ora, can you tidy up this contact card for the student's homestay family? Student: Sione Taufa (Tonga), home phone ${phone('+676 84 38471', 'TO')}, NZ mobile ${phone('+64 21 384 7291', 'NZ')}, email ${mail('sione.taufa01@outlook.com')}, DOB ${dob('30/01/2005')}.`),

  rec('chat_pa', f`ਡਿਲਿਵਰੀ ਲਈ ਗਾਹਕ ਦੀ ਜਾਣਕਾਰੀ ਠੀਕ ਕਰ ਦਿਓ: ਗੁਰਪ੍ਰੀਤ ਕੌਰ, ਫ਼ੋਨ ${phone('+91 98150 27364', 'IN')}, ਈਮੇਲ ${mail('gurpreet.kaur.ldh@gmail.com')}, ਪਤਾ ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ।`),

  rec('chat_he', f`תכתוב מכתב אישור לימודים לסטודנט מאתיופיה לצורך הארכת ויזה: יוהנס טספאיה, דרכון ${pass('EP3819274')}, נולד ב-${dob('04/11/1999')}, טלפון ${phone('+972 52-384-2719', 'IL')}.`),
];

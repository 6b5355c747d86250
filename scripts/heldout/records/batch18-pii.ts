/**
 * Held-out batch 18: personal data in claim files, KYC notes, student records, utility customer
 * accounts, court papers and agency contracts, in many languages. Hand-written, not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH18_PII: DraftRecord[] = [
  rec('kyc_de_at', f`KYC-Notiz Neukunde Privatkonto — bitte in einen sauberen Aktenvermerk umformulieren:
Kunde: Jonas Leitgeb, dt. Staatsbürger, wohnhaft 1070 Wien, Neubaugasse 41/12
Geb.: ${dob('17.05.1988')} in Passau
Reisepass Nr. ${v('pii.passport', 'C4J7R2KX9')}, gültig bis 03/2031
Steuer-ID (DE): ${v('pii.de_steuer_id', '47561990936')}
Tel.: ${phone('0664 3821907', 'AT')}
Herkunft der Mittel: Gehalt (Arbeitgeber Siemens Mobility), plausibel, PEP: nein`),

  rec('claim_form_uk', f`MOTOR CLAIM — THIRD PARTY DETAILS (as given at scene)
Name: Daniel Okonjo
Date of birth: ${dob('02/11/1979')}
NI number: ${v('pii.uk_nino', 'AB 59 70 69 C')}
Mobile: ${phone('+44 20 3482 7391')}
Email: ${email('d.okonjo79@btinternet.com')}
Vehicle: Ford Transit Custom, reg KM19 XRT

Please summarise for the liability team — our insured says the TP reversed into her at the Tesco car park.`),

  rec('letter_uk', f`Dear Records Manager,

Re: Our client Mrs Bernadette Walsh — DOB ${dob('14 March 1961')} — NHS No. ${v('pii.uk_nhs_number', '655 096 7600')}

We act for the above-named in connection with a personal injury claim arising from a fall on 3 October 2024. Please provide copies of all A&E and orthopaedic records from 3 October 2024 to date. A signed form of authority is enclosed.

Yours faithfully,
Harrington Lowe Solicitors

→ can you make this shorter and add a line about the 40-day time limit?`),

  rec('claim_fr', f`Bonjour, peux-tu m'aider à rédiger la réponse à cet assuré ? Il conteste le refus de prise en charge de ses lunettes.

Assuré : M. Thomas Girard
N° Sécurité sociale : ${v('pii.fr_nir', '1 84 03 69 123 045 81')}
Né le ${dob('21/03/1984')} à Lyon
Tél : ${phone('+33 6 42 18 73 95')}
Contrat santé : MUT-SANTE-ESS-004471
Motif du refus : renouvellement < 2 ans (dernier équipement 09/2023)`),

  rec('claim_es', f`Hola, necesito contestar a un asegurado por el parte de un golpe en el parking. Datos del expediente:
Tomador: Alejandro Ruiz Montero, DNI ${v('pii.es_dni', '30647153K')}
Teléfono ${phone('+34 612 48 73 91')} — correo ${email('aruizmontero@gmail.com')}
Póliza: AUTO-TR-7719204 · fecha del siniestro: 08/02/2025
Quiere saber por qué el perito aún no ha ido. ¿Me ayudas con un correo que no prometa fechas?`),

  rec('admissions_it', f`Domanda di ammissione — Laurea Magistrale in Ingegneria Energetica
Candidata: Giulia Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSGLI85M41H501S')}
Data di nascita: ${dob('01/08/1985')}
Email: ${email('giulia.rossi85@libero.it')}
Titolo: Laurea triennale 2008, voto 104/110

Mi serve una mail che le spieghi che manca il transcript degli esami in inglese.`),

  rec('case_nl', f`Casus studentenzaken — graag een nette samenvatting voor de examencommissie:
Student: Sanne Bakker (studentnr. 5827713)
BSN: ${v('pii.nl_bsn', '482701249')} (nodig voor DUO-melding)
Telefoon: ${phone('06 48213975', 'NL')}
Situatie: langdurig ziek sinds november, vraagt uitstel bindend studieadvies. Huisartsverklaring aanwezig.`),

  rec('kyc_in', f`Pls check if this KYC summary is complete for the account opening, RBI norms:
Customer: Priyanka Venkataraman
Aadhaar: ${v('pii.in_aadhaar', '6591 1133 0412')}
DOB: ${dob('09-06-1992')}
Mobile: ${phone('+91 98450 12873')}
Address proof: electricity bill (BESCOM) dated Jan 2025
PAN: pending, Form 60 submitted`),

  rec('contract_br', f`Contrato de influenciador — preenche os dados e revisa a cláusula de exclusividade:

CONTRATADA: Mariana Lopes Carvalho, CPF ${v('pii.br_cpf', '320.080.727-03')}, residente em São Paulo/SP
E-mail: ${email('mari.carvalho.conteudo@gmail.com')}
WhatsApp: ${phone('+55 11 98472-3051')}
Entregas: 3 reels + 6 stories para a campanha "Café da Serra", período 01/03 a 30/04/2025
Valor: R$ 18.000,00`),

  rec('hr_fr_ca', f`Bonjour, je prépare le dossier d'embauche d'un auxiliaire d'enseignement. Peux-tu vérifier qu'il ne manque rien ?
Nom : Olivier Tremblay
NAS : ${v('pii.ca_sin', '606 002 038')}
Date de naissance : ${dob('1997-10-04')}
Téléphone : ${phone('(514) 872-3619', 'CA')}
Courriel : ${email('olivier.tremblay.4@umontreal.example.ca')}
Charge : 45 h, cours PHY-1001, session hiver 2025`),

  rec('finaid_us', f`Financial aid — verification follow-up. Can you write a reminder email to this student that we still need the IRS tax transcript?

Student: Marcus J. Holloway
SSN: ${v('pii.us_ssn', '527-75-4510')}
DOB: ${dob('07/22/2004')}
Email: ${email('mholloway22@students.pvcc.example.edu')}
Aid year: 2025–26, selected for verification group V1`),

  rec('onboarding_es', f`Alta de nueva diseñadora en la agencia (oficina de Barcelona):
Nombre: Valentina Greco
NIE: ${v('pii.es_nie', 'Y7989775A')}
Fecha de nacimiento: ${dob('23/01/1999')}
Móvil: ${phone('+39 338 471 2059')} (todavía número italiano)
Nº Seguridad Social: ${ambCat('pii', '08/12345678/41')}
¿Me haces la checklist de lo que falta para gestoría?`),

  rec('admissions_ko', f`다음 학기 교환학생 입학 허가서를 영어로 작성해 주세요.
성명: 김서연 (KIM SEOYEON)
여권번호: ${v('pii.passport', 'M48271936')}
생년월일: ${dob('2003년 4월 15일')}
연락처: ${phone('010-4827-3910', 'KR')}
전공: 경영학, 2025년 가을학기 1학기 교환`),

  rec('visa_letter_zh', f`请帮我写一封给移民局的在读证明信（英文）：
学生：王浩然
护照号码：${v('pii.passport', 'E48291736')}
出生日期：${dob('2001年11月3日')}
手机：${phone('+86 138 1047 2963')}
专业：电气工程硕士，2024年9月入学，预计2025年12月毕业`),

  rec('call_centre_vi', f`Khách hàng gọi lên khiếu nại hóa đơn tiền điện tháng 1 cao bất thường. Thông tin:
Họ tên: Nguyễn Thị Hồng Nhung
SĐT: ${phone('0912 384 705', 'VN')}
Email: ${email('hongnhung.nguyen88@yahoo.com.vn')}
Mã khách hàng: PE0400183726
Chỉ số công tơ cũ/mới: 18342 / 19107
Giúp mình viết câu trả lời giải thích cách tính bậc thang nhé.`),

  rec('call_note_tl', f`Caller: Ma. Cristina Dela Cruz, bday ${dob('March 8, 1990')}, contact ${phone('0917 482 3915', 'PH')}. Nag-complain sya kasi na-disconnect yung kuryente kahit bayad na daw sya nung Feb 10 sa GCash. Pls help me gumawa ng incident report in English, formal.`),

  rec('field_kyc_sw', f`Agent report — registration ya wateja wa prepaid meter:
Jina: Amina Wanjiru Mwangi
ID No: ${ambCat('pii', '28471936')}
Tarehe ya kuzaliwa: ${dob('12/04/1986')}
Simu: ${phone('0712 384 905', 'KE')}
Location: Kahawa West, plot 117
Mteja amelipa deposit ya KSh 2,500 kwa M-Pesa. Please summarise for the back office in English.`, 'Kenyan national id: no built-in rule, ambiguous pii'),

  rec('transfer_cs', f`Převod odběrného místa — podklady od zákazníka:
Nový odběratel: Ing. Tomáš Dvořák
Datum narození: ${dob('5. 9. 1976')}
Rodné číslo: ${ambCat('pii', '760905/4128')}
Telefon: ${phone('+420 602 384 917')}
E-mail: ${email('tomas.dvorak76@seznam.cz')}
EAN odběrného místa: 859182400210438172
Pomoz mi napsat potvrzení o převodu, formálně.`, 'Czech birth number: no built-in rule, ambiguous pii; the EAN is a supply-point id, not personal'),

  rec('claim_ro', f`Dosar daună locuință — inundație de la vecinul de sus:
Asigurat: Andreea Ionescu, CNP ${ambCat('pii', '2890617410027')}
Telefon: ${phone('0721 384 509', 'RO')}
Email: ${email('andreea.ionescu89@yahoo.ro')}
Data evenimentului: 02.02.2025
Poți să-mi faci un rezumat în engleză pentru reasigurător?`),

  rec('student_hu', f`Hallgatói adatlap — halasztási kérelem:
Név: Kovács Réka
Neptun-kód: X4K9PZ
Születési dátum: ${dob('1998. 06. 14.')}
E-mail: ${email('kovacs.reka98@freemail.hu')}
Telefon: ${phone('06 30 482 7193', 'HU')}
Kérlek fogalmazd meg a dékáni hivatalnak szóló kísérőlevelet.`),

  rec('billing_fi', f`Asiakas soitti laskusta, kirjaa tämä siistiksi tapahtumaksi:
Asiakas: Mikko Heikkinen
Henkilötunnus: ${ambCat('pii', '140382-417K')}
Puh: ${phone('040 582 7391', 'FI')}
Käyttöpaikka: Hervannan valtaväylä 12 B 7, Tampere
Arvioitu kulutus 4 200 kWh, todellinen lukema puuttuu. Asiakas lähettää kuvan mittarista.`, 'Finnish personal identity code: no built-in rule, ambiguous pii'),

  rec('claim_el', f`Αίτηση αποζημίωσης νοσοκομειακών εξόδων:
Ασφαλισμένος: Γεώργιος Αντωνίου
ΑΜΚΑ: ${ambCat('pii', '15077904217')}
Ημ. γέννησης: ${dob('15/07/1979')}
Κινητό: ${phone('+30 694 827 3105')}
Νοσοκομείο: Υγεία, 3 ημέρες νοσηλεία

Γράψε μου ένα σύντομο email ότι λείπει το εξιτήριο.`),

  rec('intake_he', f`פרטי לקוח חדש למשרד — תביעת רשלנות רפואית:
שם: יעל כהן-לוי
ת"ז: ${ambCat('pii', '038471926')}
תאריך לידה: ${dob('22.09.1983')}
טלפון: ${phone('052-438-1729', 'IL')}
דוא"ל: ${email('yael.cohenlevi@walla.co.il')}
סכם לי בבקשה באנגלית בשביל השותף.`),

  rec('policy_hk', f`幫我寫一封英文信通知保單持有人續保：
持有人：陳家豪 (CHAN Ka Ho)
香港身份證：${ambCat('pii', 'Y482917(3)')}
出生日期：${dob('1975年2月28日')}
電話：${phone('+852 9127 4836')}
保單：HOME-HK-0048817，到期日 2025年4月1日`),

  rec('ticket_sg', f`hi can help me reply this customer? she say her account got locked after changing phone.
Name: Lim Hui Min
NRIC: ${ambCat('pii', 'S8471936D')}
Mobile: ${phone('+65 9127 4836')}
Email: ${email('huimin.lim@singnet.com.sg')}
DOB: ${dob('19 Aug 1984')}
she very frustrated already, pls make the reply polite`),

  rec('email_chain', f`From: Pieter de Wet <${email('pieter.dewet@kantoor-dewet.example.co.za')}>
Sent: Monday, 17 February 2025 09:14
To: Litigation Support <${email('litsupport@harrowfield-law.example.com')}>
Cc: ${email('s.naidoo@harrowfield-law.example.com')}
Subject: RE: RE: Discovery bundle — Mokoena v Highveld Power

Sipho, our correspondent needs the witness list with contact numbers by Wednesday. Mr Mokoena can be reached on ${phone('082 481 3927', 'ZA')}; his ID number is ${ambCat('pii', '7904125084089')} if the sheriff needs it.

> From: Sipho Naidoo
> Sent: Friday, 14 February 2025 16:40
> We are still waiting for the client's medical reports.

Turn this into a task list for me please.`),

  rec('vpn_log', f`Why are these students getting kicked off the VPN every 10 minutes?

${amb('source_code.snippet', f`Feb 17 08:12:44 vpn-gw01 radiusd[2214]: Login OK: [${email('m.fischer@stud.uni-graz.example.at')}] (from client vpn-gw01 port 0 cli ${ip('193.170.44.218')})
Feb 17 08:22:45 vpn-gw01 radiusd[2214]: Login OK: [${email('m.fischer@stud.uni-graz.example.at')}] (from client vpn-gw01 port 0 cli ${ip('193.170.44.218')})
Feb 17 08:13:02 vpn-gw01 radiusd[2214]: Login OK: [${email('l.huber@stud.uni-graz.example.at')}] (from client vpn-gw01 port 0 cli ${ip('80.110.27.93')})
Feb 17 08:23:03 vpn-gw01 radiusd[2214]: Session-Timeout reached for ${ip('10.88.4.17')}`)}`),

  rec('csv', f`Can you turn this into a mail-merge for the orientation invites? Only the ones under 21 get the parent letter.

${amb('source_code.snippet', f`student_no,first,last,dob,email,mobile
S2500412,Aroha,Ngata,${dob('2006-02-11')},${email('aroha.ngata@gmail.com')},${phone('021 482 7391', 'NZ')}
S2500413,Liam,O'Connell,${dob('2003-09-30')},${email('liamoc03@outlook.com')},${phone('+61 412 483 917')}
S2500419,Mei,Tanaka,${dob('2005-12-01')},${email('mei.t.2005@icloud.com')},${phone('+64 21 638 2047')}`)}`),

  rec('affidavit_au', f`IN THE FEDERAL CIRCUIT AND FAMILY COURT OF AUSTRALIA
File number: SYC 1842 of 2024

AFFIDAVIT of Rebecca Anne Sullivan
Date of birth: ${dob('3 June 1987')}
Address: 14 Wattle Crescent, Parramatta NSW 2150
Phone: ${phone('(02) 9482 7391', 'AU')}

1. I am the Applicant in these proceedings.
2. I make this affidavit from my own knowledge.

→ check para numbering and make the heading match the court's template`),

  rec('complaint_es_ar', f`Reclamo de cliente — redactá una respuesta formal por favor:
"Soy Federico Álvarez, DNI ${ambCat('pii', '31.482.917')}, cliente de la póliza de hogar HG-2210488. Hace 40 días denuncié un robo y nadie me llama. Mi celular es ${phone('011 4873-2951', 'AR')} y mi mail ${email('fede.alvarez.ba@hotmail.com')}."`, 'Argentine DNI: no built-in rule, ambiguous pii'),

  rec('claim_co', f`Siniestro de salud — reembolso
Afiliada: Laura Catalina Restrepo Gómez, C.C. ${ambCat('pii', '1.037.482.917')}
Fecha de nacimiento: ${dob('04/05/1994')}
Celular: ${phone('310 482 7391', 'CO')}
Correo: ${email('lcrestrepo94@gmail.com')}
Necesito una carta explicando que el reembolso tarda 15 días hábiles.`),

  rec('billing_mx', f`Cambio de titular del servicio de luz — ayúdame a validar si el formulario está completo:
Nuevo titular: José Luis Hernández Ortega
CURP: ${ambCat('pii', 'HEOL850312HDFRRS07')}
Teléfono: ${phone('55 4187 2930', 'MX')}
Correo: ${email('jl.hernandez.ortega@prodigy.net.mx')}
Domicilio: Av. Universidad 1822, Coyoacán, CDMX`, 'CURP: no built-in rule, ambiguous pii'),

  rec('payroll_de', f`Hallo, für die Anmeldung unserer neuen studentischen Hilfskraft fehlt mir noch was? Personalbogen:
Name: Lea Schwarzer
Geburtsdatum: ${dob('30.01.2002')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '31879825604')}
Sozialversicherungsnr.: ${ambCat('pii', '12300102S017')}
Handy: ${phone('+49 151 23847196')}
Stunden: 40 h/Monat, Lehrstuhl für Netzleittechnik`),

  rec('underwriting_ch', f`Antrag Lebensversicherung — bitte Risikoprüfung zusammenfassen:
Antragsteller: Reto Zimmermann
Geburtsdatum: ${dob('11.12.1969')}
AHV-Nr.: ${ambCat('pii', '756.4829.1736.04')}
Tel.: ${phone('+41 79 482 31 06')}
Raucher: nein · BMI 27 · Bluthochdruck, medikamentös eingestellt seit 2019
Versicherungssumme: CHF 750'000`),

  rec('incident', f`Marketing site got hammered by a bot on the contest form last night. The entries all came from:
${ip('185.220.101.47')}, ${ip('185.220.101.52')} and ${ip('2a0b:f4c2:2::41')}
One real entrant complained she got blocked: Chloé Fontaine, ${email('chloe.fontaine@bluewin.ch')}, her IP was ${ip('85.3.162.118')}. How do I whitelist her without letting the bot back in?`),

  rec('chat_en_in', f`Madam pls update the mobile number in the policy, customer called from branch. Old: ${phone('098450 12873', 'IN')} New: ${phone('+91 99016 48273')}. Customer name Rakesh Kumar Sharma, policy LIC-TRM-0093812, DOB ${dob('15/08/1978')}. Pls write the endorsement request to ops.`),
];

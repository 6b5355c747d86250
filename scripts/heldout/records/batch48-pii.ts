/** Held-out batch 48: personal data in pupil records, beneficiary lists, passenger manifests, HR forms, SOC tickets and farmer registers. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const natId = (s: string) => ambCat('pii', s);

export const BATCH48_PII: DraftRecord[] = [
  // --- secondary school ---
  rec('form', f`Can you turn this admission form into the welcome letter for the family? Keep medical info out of the letter.

New starter – Year 8, from 6 January
Pupil: Amara Nwosu-Clarke
DOB: ${dob('17/03/2012')}
UPN: ${natId('H823400217004')}
NHS number: ${v('pii.uk_nhs_number', '440 608 8598')}
Medical: asthma (blue inhaler kept in the medical room)
Parent/carer 1: Chidinma Nwosu, ${phone('07584 219036', 'GB')}, ${email('chidinma.nwosu@btinternet.com')}
Parent/carer 2: Ross Clarke, ${phone('+44 7911 264 083')}`),

  rec('email', f`Subject: Access arrangements – GCSE summer series

Hi Exams Office,

please add 25% extra time and a reader for the following candidate before the JCQ deadline:
Candidate: Kacper Wiśniewski, cand. no. 4172, DOB ${dob('02/11/2008')}, ULN ${natId('5820194736')}
Evidence: Form 8 signed by Ms Hale (SENCo), 14/11.

Can you rewrite this as a formal request for the exam board?`),

  rec('chat_hu', f`Kérlek, segíts megírni az osztályfőnöki levelet a szülőnek az igazolatlan hiányzásokról. Adatok a KRÉTA-ból:
Tanuló: Farkas Bence, 10.B
Születési idő: ${dob('2009. április 23.')}
TAJ-szám: ${natId('038 472 915')}
Gondviselő: Farkas Zsuzsanna, tel.: ${phone('+36 30 418 2957')}
Igazolatlan órák: 14 (október–november)`, 'Hungarian TAJ number: no engine rule, ambiguous PII'),

  rec('chat_ro', f`Am nevoie de o adeverință de elev pentru alocație. Elev: Popescu Andrei Mihai, clasa a XI-a C, CNP ${natId('5080617124537')}, născut la ${dob('17.06.2008')}. Mama: Popescu Elena, telefon ${phone('0722 418 396', 'RO')}. Te rog formulează textul oficial.`, 'Romanian CNP: no engine rule, ambiguous PII'),

  rec('iscrizione_it', f`Controlla se manca qualcosa nella domanda di iscrizione alla classe prima:

Alunna: Giulia Ricci
Codice fiscale: ${v('pii.it_codice_fiscale', 'RCCGLI08H48F205B')}
Nata a Milano il ${dob('08/06/2008')}
Genitore: Anna Esposito, C.F. ${v('pii.it_codice_fiscale', 'SPSNNA83R52E506O')}, cell. ${phone('+39 347 582 1946')}, e-mail ${email('anna.esposito83@libero.it')}
Seconda lingua: tedesco`),

  rec('chat_nl', f`Kun je een mail opstellen naar DUO? Bij de overstap van leerling Noor Bakker (3 havo) staat in Magister een ander burgerservicenummer dan op haar paspoortkopie. Magister: ${v('pii.nl_bsn', '243637007')}, paspoort: ${v('pii.nl_bsn', '620898008')}. Geboortedatum ${dob('14-09-2010')}. Welke moeten we doorgeven?`),

  rec('safeguarding', f`Please rephrase this note for CPOMS so it's factual and neutral:

"Spoke to Jayden (10K) after period 3, upset, says he hasn't been home since Friday and is staying at his uncle's. Mum not answering on ${phone('07912 483016', 'GB')}. Uncle (Darren Pike) rang reception from ${phone('020 8347 2951', 'GB')} to say he's fine."`),

  rec('chat_fr', f`Peux-tu rédiger un mot pour les parents de 4e B concernant la sortie au musée ? Contact du parent accompagnateur : M. Diallo, ${phone('06 72 48 19 35', 'FR')}, ${email('ibrahima.diallo@orange.fr')}. Les autorisations sont à rendre au professeur principal avant le 6 décembre.`),

  rec('hr', f`DBS renewal for our new supply teacher, please check all fields are there:

Name: Hannah Moorcroft
Date of birth: ${dob('29 August 1991')}
NI number: ${v('pii.uk_nino', 'RW 31 86 50 D')}
Address history: 5 years, 2 addresses (Leeds, Harrogate)
Personal email: ${email('hmoorcroft91@gmail.com')}`),

  // --- humanitarian cash transfer ---
  rec('chat_so', f`Fadlan ii qor fariin SMS ah oo gaaban oo loo diro qoysaska aan helin lacagta wareegga 3aad. Tusaale ahaan:
Magaca: Faadumo Cali Xasan, Baydhabo, tel. ${phone('+252 61 548 2917')}, EVC lambarka: ${phone('0615482917', 'SO')}
Magaca: Maxamed Nuur Aadan, tel. ${phone('+252 61 7739150')}
Waxay la xiriiri karaan xafiiska: ${phone('+252 90 7441820')}`),

  rec('csv_am', f`Please check this telebirr payout list for duplicate phone numbers before upload:

${amb('source_code.snippet', f`hh_id,ስም,ቀበሌ,ፋይዳ_ቁጥር,ስልክ,ብር
DES-0412,አበበ ተስፋዬ ገብሬ,Kebele 07,${natId('4728 1937 5502 8164')},${phone('+251 91 148 2937')},4500
DES-0413,ሙሉ ወርቅ ታደሰ,Kebele 07,${natId('6183 0294 7715 3390')},${phone('0911 482 937', 'ET')},4500
DES-0414,ሀይሉ በቀለ,Kebele 09,${natId('3397 5120 8846 2071')},${phone('0929 518 374', 'ET')},3000`)}`, 'Ethiopian Fayda numbers: no engine rule, ambiguous PII'),

  rec('chat_ur', f`شکایت درج کرنی ہے: مستفید کا نام شازیہ بی بی، شناختی کارڈ نمبر ${natId('32303-4817293-8')}، موبائل ${phone('+92 300 4827193')}۔ JazzCash میں دوسری قسط نہیں آئی۔ Please write the complaint entry in English for our feedback log, category "payment not received".`, 'Pakistani CNIC: no engine rule, ambiguous PII'),

  rec('chat_fil', f`Paki-translate sa English itong reklamo sa hotline natin:
"Magandang araw po, ako po si Rowena Dela Cruz, taga-Palo, Leyte. PhilSys number ko po ${natId('4817-2093-5561-8207')}. Hindi pa po dumating yung ayuda sa GCash ko, ${phone('0917 284 5530', 'PH')}. Yung kapitbahay ko natanggap na."`, 'PhilSys number: no engine rule, ambiguous PII'),

  rec('chat_uk', f`Допоможи скласти лист-відповідь ВПО, яка звернулася на гарячу лінію. Дані: Шевченко Марія Олексіївна, дата народження ${dob('03.02.1987')}, РНОКПП ${natId('3178204566')}, тел. ${phone('+380 50 371 9284')}, зараз проживає у Дніпрі. Питання: чому її не включили в раунд 5.`, 'Ukrainian taxpayer number: no engine rule, ambiguous PII'),

  rec('chat_fr_sn', f`Peux-tu vérifier la liste des bénéficiaires de Podor avant le paiement Wave ? Il y a deux ménages avec le même numéro :
- Aïssatou Sow, ${phone('+221 77 483 29 15')}
- Mamadou Ba, ${phone('77 640 19 52', 'SN')}
- Coumba Ndiaye, ${phone('+221 77 483 29 15')}
- Ousmane Sy, ${phone('78 512 40 83', 'SN')}
Écris un message au superviseur terrain pour lui demander de vérifier.`),

  rec('csv_pt', f`Lista de beneficiários para o pagamento via M-Pesa – distrito de Metuge. Podes ordenar por aldeia e somar os valores?

${amb('source_code.snippet', f`nome,aldeia,telefone,valor_mt
Fátima Abdala,Nangua,${phone('+258 84 372 9150')},2500
Carlos Muchanga,Ntessa,${phone('86 419 2738', 'MZ')},2500
Rosa Amisse,Nangua,${phone('+258 87 401 2265')},1800
Joaquim Sumail,Ntessa,${phone('+258 82 514 7730')},2500`)}`),

  rec('chat_id', f`Tolong rapikan data penerima ini jadi tabel:
1. Siti Aminah, NIK ${natId('3203014708850003')}, HP ${phone('0852-1937-4408', 'ID')}, Desa Sukamaju
2. Dedi Kurniawan, NIK ${natId('3203011204790011')}, HP ${phone('+62 812 3849 2751')}, Desa Cibeber
Keduanya belum terima transfer tahap 2.`, 'Indonesian NIK: no engine rule, ambiguous PII'),

  rec('case_note_ar', f`ساعدني أكتب ملاحظة الحالة بشكل مهني:
العائلة: أبو خالد (٦ أفراد)، لاجئين من حمص، مقيمين بالزرقاء. رقم الهاتف ${phone('+962 77 918 2046')}. الأب عنده إعاقة، الأم (تاريخ الميلاد ${dob('1989/05/12')}) تعمل بشكل غير منتظم. طلبوا زيادة المساعدة النقدية بسبب إيجار البيت.`),

  // --- private-jet charter ---
  rec('manifest', f`Can you format this into the APIS passenger list for the handling agent at Olbia?

Flight: AJB611 LFMN → LIEO, 21 Dec, 11:30 LT, Citation XLS+
1. Laurent CASTELLANE – FR – passport ${v('pii.passport', '19FK48273')} – DOB ${dob('12/04/1968')}
2. Inès CASTELLANE – FR – passport ${v('pii.passport', '21AB93047')} – DOB ${dob('30/09/1972')}
3. Tom CASTELLANE – FR – passport ${v('pii.passport', '22CE10586')} – DOB ${dob('05/01/2009')}
Lead pax mobile: ${phone('+33 6 48 27 19 53')}`),

  rec('chat_zh', f`请帮我把客户资料整理成包机乘客名单（北京首都 → 日内瓦）：
姓名：赵文博
护照号：${v('pii.passport', 'EH4829173')}
出生日期：${dob('1975年8月19日')}
手机：${phone('+86 186 2153 7740')}
邮箱：${email('zhaowb@hengrui-capital.cn')}
随行：夫人及助理各一名，资料稍后补充。`),

  rec('chat_ar', f`بدي أبعت بيانات الراكب للمشغّل، رتّبها بشكل جدول بالإنجليزي:
الاسم: عبدالله فهد الراشد
رقم الجواز: ${v('pii.passport', 'U7382914')}
تاريخ الميلاد: ${dob('1981-02-07')}
الجوال: ${phone('+971 50 482 9173')}
مع ٣ مرافقين وحقائب جولف.`),

  rec('hr_de', f`Personalbogen für die neue Charter-Koordinatorin in unserem Münchner Büro – bitte prüfen, ob für die Lohnabrechnung etwas fehlt:
Name: Katharina Oberleitner
Geburtsdatum: ${dob('11.10.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '35596751846')}
Handy: ${phone('0171 4839205', 'DE')}
Krankenkasse: AOK Bayern
Eintritt: 01.01.2025`),

  rec('attestation_fr', f`Peux-tu me préparer une attestation de salaire pour Pôle emploi ? Salariée : Mme Élodie Marchetti, agent d'opérations (bureau de Nice), n° de sécurité sociale ${v('pii.fr_nir', '2 94 07 75 056 231 06')}, entrée le 02/05/2022, sortie le 30/11/2024.`),

  // --- dairy cooperative ---
  rec('hr_nl', f`Graag een arbeidsovereenkomst-samenvatting voor de nieuwe analist in het melklab:
Naam: Sanne Hoekstra
Geboortedatum: ${dob('22 maart 1998')}
BSN: ${v('pii.nl_bsn', '281567906')}
Telefoon: ${phone('06-19384726', 'NL')}
Functie: laboratoriumanalist, 36 uur, ploegendienst
Startdatum: 6 januari`),

  rec('chat_pl', f`Nowy dostawca mleka do skupu w Wysokiem Mazowieckiem, proszę o wzór umowy. Dane: Tomasz Zalewski, PESEL ${natId('79061204536')}, gospodarstwo w Kulesze Kościelne, tel. ${phone('+48 605 218 473')}, ${email('t.zalewski.gosp@wp.pl')}. Stado 64 krowy, odbiór co 2 dni.`, 'Polish PESEL: no engine rule, ambiguous PII'),

  rec('ticket_de', f`Reklamation Milchprobe – Lieferant 10422
Alois Kemptner ruft an, weil die Keimzahl im Oktober angeblich falsch ist (Probe vom 14.10.). Er will einen Rückruf vom Labor unter ${phone('+49 8331 92 4410')} oder mobil ${phone('0170 3826491', 'DE')}, E-Mail ${email('kemptner.alois@t-online.de')}.

Formulier bitte eine sachliche Antwort, dass wir die Rückstellprobe nachuntersuchen.`),

  rec('chat_it', f`Mi scrivi una lettera per l'allevatore? Gli comunichiamo che dal 1° gennaio il prelievo del latte passa a giorni alterni.
Destinatario: Davide Costa, codice fiscale ${v('pii.it_codice_fiscale', 'CSTDVD66A01L736R')}, Cascina Roggia, Lodi.
Tel. ${phone('0372 418 295', 'IT')}`),

  // --- cybersecurity MSP ---
  rec('ticket', f`INC-48240 – Impossible travel alert, tenant Harrowgate FM
User: Kelly Draper (${email('k.draper@harrowgate-fm.co.uk')}), mobile on file ${phone('+44 7911 264 083')}
Sign-ins within 14 min: Leeds, GB (${amb('pii.ip_address', '81.145.22.190')}) and Lagos, NG (${amb('pii.ip_address', '102.89.34.17')})
MFA: satisfied by claim in token (no prompt)

Summarise this for the customer in plain English and recommend next steps.`),

  rec('csv', f`Which of these Entra sign-ins look like password spraying?

${amb('source_code.snippet', f`timestamp,user,result,ip,country,app
2024-11-18T03:11:04Z,${email('j.ostrowski@nordmarin.no')},50126,${amb('pii.ip_address', '45.137.21.9')},RU,Office 365 Exchange Online
2024-11-18T03:11:06Z,${email('a.lund@nordmarin.no')},50126,${amb('pii.ip_address', '45.137.21.9')},RU,Office 365 Exchange Online
2024-11-18T03:11:09Z,${email('m.haugen@nordmarin.no')},50053,${amb('pii.ip_address', '45.137.21.9')},RU,Office 365 Exchange Online
2024-11-18T07:42:51Z,${email('m.haugen@nordmarin.no')},0,${amb('pii.ip_address', '84.214.77.30')},NO,Microsoft Teams`)}`),

  rec('ticket', f`DLP-3107 (Purview) – customer Brightline Ortho Group
Policy "US PII – external sharing" matched an e-mail from ${email('billing@brightline-ortho.com')} to ${email('claims.team@outlook.com')} containing:
"Patient Rosa Delgado, DOB ${dob('06/22/1958')}, SSN ${v('pii.us_ssn', '512-48-3091')}, claim #CLM-88213"

Is this a true positive? Draft the notification to the customer's privacy officer.`),

  rec('hr', f`Onboarding checklist for our new SOC analyst (UK payroll), please flag anything missing:
Name: Oluwaseun Adebayo
NINO: ${v('pii.uk_nino', 'JT482193C')}
DOB: ${dob('04/12/1996')}
Mobile: ${phone('07912 483016', 'GB')}
Clearance: SC in progress (submitted 02/11)`),

  // --- architecture & engineering ---
  rec('chat_es', f`Necesito una carta de presentación del residente de obra para la municipalidad. Datos: Arq. Lucía Quispe Mamani, DNI ${natId('45718293')}, CAP N° 18274, celular ${phone('984 271 536', 'PE')}, correo ${email('lquispe@taller-andino.pe')}. La obra es la ampliación del colegio en Cerro Colorado.`, 'Peruvian DNI: no engine rule, ambiguous PII'),

  rec('contacts', f`Please make a project directory table (name, role, phone, email) from this mess:

Bauherr: Stadt Memmingen, Hr. Gerstl, ${phone('+49 4921 58 3317')}, ${email('gerstl.hochbau@memmingen.de')}
TGA-Planer: Ing.-Büro Walch – Fr. Yilmaz ${email('yilmaz@walch-tga.de')}
Statik: ${email('info@statik-huber.de')} (Hr. Huber, nur vormittags)
Projektleitung intern: Jan Petersen ${phone('+49 171 4839205')}`),

  rec('chat_zh', f`新来的结构工程师需要开通BIM平台账号和门禁卡，请帮我写一封给IT和行政的邮件。信息：刘思远，身份证号 ${natId('310104199203154817')}，手机 ${phone('139 1748 2063', 'CN')}，入职日期12月2日，项目组：上海国际学校扩建。`, 'Chinese resident ID: no engine rule, ambiguous PII'),

  rec('signature', f`Can you translate my e-mail signature into Somali and Arabic for the Hargeisa field office?

Abdirahman Yusuf Warsame
Field Officer – Cash & Voucher Assistance
Hargeisa Sub-Office
Mobile/WhatsApp: ${phone('+252 63 4418293')}
Email: ${email('a.warsame@cashrelief-so.org')}`),

  rec('log', f`Why does the parent portal log the phone number in plain text? We're a school, this goes to a third-party log service.

${amb('source_code.snippet', f`[2024-11-20 18:42:11] INFO  auth.otp sent to=${phone('+40 744 281 905')} parent_id=88213 channel=sms
[2024-11-20 18:42:49] INFO  auth.login ok parent=${email('mihaela.stan82@yahoo.com')} ip=${amb('pii.ip_address', '86.124.51.203')}
[2024-11-20 18:43:02] INFO  grades.view parent_id=88213 pupil_id=4417`)}`),
];

/**
 * Held-out batch 41: personal data in crew manifests, admissions files, dispensary patient notes,
 * bus passenger complaints, shop customer tickets and HR forms. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH41_PII: DraftRecord[] = [
  rec('manifest', f`Can you turn this into a table sorted by surname? Heli manifest, Aberdeen → Clair Ridge, Tue 08:40.

1. Ewan McLeod — DOB ${v('pii.date_of_birth', '14/03/1989')} — passport ${v('pii.passport', '548213907')} — mob ${phone('07723 418592', 'GB')}
2. Priya Raman — DOB ${v('pii.date_of_birth', '02/07/1976')} — passport ${v('pii.passport', 'T4829173')} — mob ${phone('+44 7841 206 395')}
3. Sindre Haugland — DOB ${v('pii.date_of_birth', '21/11/1992')} — passport ${v('pii.passport', 'FJ4172836')} — mob ${phone('+47 918 42 673')}
Body weights to follow from the heliport.`),

  rec('form', f`New starter — galley assistant, Brucefield Offshore Catering
Name: Kirsty Anne Mackay
Date of birth: ${v('pii.date_of_birth', '7 June 1998')}
NI number: ${v('pii.uk_nino', 'SJ 48 27 91 C')}
Home: 14 Cairnfield Place, Peterhead
Mobile: ${phone('01224 861430', 'GB')}
Email: ${v('pii.email', 'kirsty.mackay98@btinternet.com')}
OPITO BOSIET expiry: 03/2027

Please check nothing's missing before I send it to payroll.`),

  rec('chat_nn', f`Kan du hjelpe meg å skrive ein søknad om sikkerheitsklarering for kokken vår? Opplysningar: Ola Tveitnes, fødselsnummer ${ambCat('pii', '14038941237')}, busett i Stord, telefon ${phone('412 83 590', 'NO')}. Han skal byrje på Johan Sverdrup i januar.`, 'Norwegian fødselsnummer: no engine rule'),

  rec('chat_is', f`Viltu laga þessa starfsmannaskrá í töflu? Nýr veðurathugunarmaður á Hveravöllum:
Nafn: Sigrún Björk Hallgrímsdóttir
Kennitala: ${ambCat('pii', '140389-2419')}
Sími: ${phone('+354 862 4917')}
Netfang: ${v('pii.email', 'sigrun.hallgrims@simnet.is')}
Byrjar 1. desember.`, 'Icelandic kennitala: no engine rule'),

  rec('chat_in', f`Please check this applicant's document checklist and tell me what's missing for the CAS:
Name: Arjun Venkatesh
DOB: ${v('pii.date_of_birth', '23-08-2005')}
Passport no: ${v('pii.passport', 'W7391846')}
Aadhaar: ${v('pii.in_aadhaar', '2924 0085 0592')}
Email: ${v('pii.email', 'arjun.venkatesh05@gmail.com')}
Phone: ${phone('98471 26530', 'IN')}
Offer: MSc Data Science, Sept 2025 intake. Financial docs: pending.`),

  rec('chat_ta', f`என் அப்பாவின் வருமான சான்றிதழுக்காக university ஒரு affidavit கேட்கிறது. அவர் பெயர் ராமசாமி சுப்பிரமணியன், ஆதார் எண் ${v('pii.in_aadhaar', '8659 9630 9196')}, கைபேசி ${phone('+91 94432 18067')}. இதை ஆங்கிலத்தில் ஒரு கடிதமாக எழுதித் தருவீர்களா?`),

  rec('email_ko', f`제목: 입학 서류 제출 관련 문의

안녕하세요, 국제입학처 담당자님.
저는 2025년 가을학기 지원자 김서연입니다. 여권번호 ${v('pii.passport', 'M48291735')}, 생년월일 ${v('pii.date_of_birth', '2006년 3월 12일')}입니다.
성적증명서 원본은 우편으로 보냈습니다. 연락처: ${phone('010-4823-1967', 'KR')} / ${v('pii.email', 'seoyeon.kim06@naver.com')}

감사합니다.

--
이 메일에 대한 답장을 영어로 정중하게 써 줘.`),

  rec('chat_ms', f`Tolong semak borang permohonan pelajar ni, ada yang tak lengkap?
Nama: Nurul Aisyah binti Ahmad Fadzil
No. MyKad: ${ambCat('pii', '050312-10-5528')}
No. pasport: ${v('pii.passport', 'A58273194')}
Telefon: ${phone('+60 12-384 7291')}
E-mel: ${v('pii.email', 'nurulaisyah.af@yahoo.com.my')}`, 'Malaysian MyKad: no engine rule'),

  rec('note_jm', f`Summarise dis patient note fi di doctor handover:

Patient: Marcia Blackwood, DOB ${v('pii.date_of_birth', '09/10/1961')}
Tel: ${phone('876-381-4402', 'JM')}
Dx: chronic lumbar pain, glaucoma. Current: 1:1 THC/CBD oil 0.5ml nightly. Reports better sleep, mild dizziness.
Next review: 3 months. Pharmacist: D. Campbell`),

  rec('intake_au', f`Can you tidy up this intake summary into dot points for the prescribing GP?

Patient name: Liam O'Connor
DOB: ${v('pii.date_of_birth', '30/01/1984')}
Mobile: ${phone('0412 583 907', 'AU')}
Email: ${v('pii.email', 'liam.oconnor84@bigpond.com')}
Medicare: ${ambCat('pii', '2953 41068 1')}
Indication: treatment-resistant PTSD (ex-ADF). Prior: sertraline, prazosin. TGA SAS-B approval pending.`, 'Australian Medicare number: no engine rule'),

  rec('complaint_sw', f`Nisaidie kujibu malalamiko haya ya abiria:

"Jina langu ni Halima Said. Jana basi la saa 12 asubuhi kutoka Mombasa halikusimama kituo cha Mtwapa. Nilichelewa kazini. Nipigieni ${phone('0722 418 390', 'KE')} au niandikie ${v('pii.email', 'halima.said@gmail.com')}."`),

  rec('ticket_nb', f`Sak #44127 – gjenglemt eiendel
Passasjer: Ingrid Solheim
Tlf: ${phone('+47 22 96 30 00')}
E-post: ${v('pii.email', 'ingrid.solheim@online.no')}
Rute 402 Bergen–Os, 14.10 kl. 16:20. Blå ryggsekk med laptop.

Skriv et kort svar om at vi har funnet sekken og at den kan hentes på Mannsverk.`),

  rec('ticket_nl', f`Ticket #SB-3318 — pakje niet ontvangen
Klant: Wouter Vermeulen
Adres: Kortrijksesteenweg 214, 9000 Gent
Tel: ${phone('0476 38 21 95', 'BE')}
E-mail: ${v('pii.email', 'wouter.vermeulen@telenet.be')}
Bestelling: 1x Dubrovnik-schaakstukken + bord, bpost 3232...
Schrijf een vriendelijk antwoord dat we een nieuw pakket sturen.`),

  rec('chat_es_mx', f`Hazme un contrato de trabajo temporal para la nueva dependienta de la tienda física en Guadalajara:
Nombre: Andrea López Martínez
CURP: ${ambCat('pii', 'LOMA950312MJCPRN08')}
Fecha de nacimiento: ${v('pii.date_of_birth', '12 de marzo de 1995')}
Celular: ${phone('33 1847 2290', 'MX')}
Correo: ${v('pii.email', 'andrea.lopezm@hotmail.com')}`, 'Mexican CURP: no engine rule'),

  rec('chat_es_pe', f`Un postulante de Lima no puede subir su pasaporte, solo tiene DNI. Datos: Diego Quispe Mamani, DNI ${ambCat('pii', '45829173')}, nacido el ${v('pii.date_of_birth', '04/09/2004')}, teléfono ${phone('+51 987 412 336')}, correo ${v('pii.email', 'dquispe.m@outlook.com')}. ¿Le pedimos que tramite el pasaporte primero? Redáctame la respuesta.`, 'Peruvian DNI: no engine rule'),

  rec('chat_pt', f`Preciso de uma carta para o médico de família do utente a confirmar a dispensa. Dados:
Nome: João Miguel Ferreira
Data de nascimento: ${v('pii.date_of_birth', '17/05/1970')}
N.º de utente SNS: ${ambCat('pii', '284 719 365')}
Telemóvel: ${phone('+351 912 438 507')}
Email: ${v('pii.email', 'jmferreira70@sapo.pt')}
Diagnóstico: esclerose múltipla, espasticidade.`, 'Portuguese SNS number: no engine rule'),

  rec('form_it', f`Controlla se i dati per l'immatricolazione sono corretti:
Studentessa: Giulia Esposito
Codice fiscale: ${v('pii.it_codice_fiscale', 'ESPGLI94C52F839G')}
Cellulare: ${phone('+39 333 481 2079')}
Email: ${v('pii.email', 'giulia.esposito94@libero.it')}
Corso: MSc Atmospheric Science`),

  rec('chat_it', f`Devo compilare il modulo per il distacco del cuoco in piattaforma. Marco Rossi, CF ${v('pii.it_codice_fiscale', 'RSSMRC01T08H501L')}, nato a Roma l'${v('pii.date_of_birth', '8 dicembre 2001')}. Che documenti servono per l'A1?`),

  rec('chat_el', f`Γράψε μου βεβαίωση εργασίας για τον μετεωρολόγο μας:
Ονοματεπώνυμο: Νικόλαος Παπαδόπουλος
ΑΜΚΑ: ${ambCat('pii', '12039501847')}
Ημ. γέννησης: ${v('pii.date_of_birth', '12/03/1995')}
Τηλ.: ${phone('+30 694 812 3307')}
Email: ${v('pii.email', 'n.papadopoulos@otenet.gr')}`, 'Greek AMKA: no engine rule'),

  rec('chat_tr', f`Öğrencinin vize başvurusu için davet mektubu yazar mısın? Bilgiler: Elif Yıldız, T.C. kimlik no ${ambCat('pii', '38291047562')}, pasaport ${v('pii.passport', 'U28374910')}, doğum tarihi ${v('pii.date_of_birth', '19.06.2003')}, telefon ${phone('+90 532 418 27 63')}.`, 'Turkish TC kimlik: no engine rule'),

  rec('chat_ro', f`Ajută-mă să completez fișa de angajare pentru bucătarul de pe platformă:
Nume: Andrei Ionescu
CNP: ${ambCat('pii', '1920514400183')}
Telefon: ${phone('0744 193 602', 'RO')}
Email: ${v('pii.email', 'andrei.ionescu92@yahoo.ro')}
Post: bucătar șef, rotație 2/2 săptămâni`, 'Romanian CNP: no engine rule'),

  rec('chat_pl', f`Napisz proszę potwierdzenie zatrudnienia dla magazyniera sklepu: Tomasz Nowak, PESEL ${ambCat('pii', '88041203457')}, tel. ${phone('512 384 907', 'PL')}, e-mail ${v('pii.email', 'tomasz.nowak88@wp.pl')}. Zatrudniony od 01.03.2022 na pełen etat.`, 'Polish PESEL: no engine rule'),

  rec('log', f`Why are there so many failed logins on the applicant portal? Lines from auth.log:

${amb('source_code.snippet', f`2024-11-08T02:14:07Z WARN login_failed user=${v('pii.email', 'chidi.okafor2006@gmail.com')} ip=${amb('pii.ip_address', '102.89.34.17')} reason=bad_password attempts=5
2024-11-08T02:14:19Z WARN login_failed user=${v('pii.email', 'fatima.zahra.b@hotmail.com')} ip=${amb('pii.ip_address', '102.89.34.17')} reason=bad_password attempts=1
2024-11-08T02:14:33Z WARN account_locked user=${v('pii.email', 'chidi.okafor2006@gmail.com')} ip=${amb('pii.ip_address', '102.89.34.17')}`)}`),

  rec('json', f`Loyalty app export for one member who asked for their data (GDPR). Make it readable:

${amb('source_code.snippet', f`{
  "member_id": "GC-00482913",
  "name": "Chloe Nguyen",
  "email": "${v('pii.email', 'chloe.nguyen@iinet.net.au')}",
  "phone": "${phone('+61 423 918 640')}",
  "dob": "${v('pii.date_of_birth', '1991-08-27')}",
  "store": "Fremantle",
  "points": 1840
}`)}`),

  rec('csv', f`Merge this with the CAS list and flag passports expiring before 2026:

${amb('source_code.snippet', f`applicant_id,full_name,dob,nationality,passport_no,passport_expiry,email
A25-0412,Wanjiru Kamau,${v('pii.date_of_birth', '2004-02-11')},KE,${v('pii.passport', 'AK0482917')},2025-09-30,${v('pii.email', 'wanjiru.kamau04@gmail.com')}
A25-0419,Nguyen Thi Lan,${v('pii.date_of_birth', '2005-07-03')},VN,${v('pii.passport', 'C7382916')},2031-01-14,${v('pii.email', 'lan.nguyenthi@yahoo.com')}
A25-0433,Oluwaseun Adeyemi,${v('pii.date_of_birth', '2003-12-19')},NG,${v('pii.passport', 'B04817263')},2026-05-02,${v('pii.email', 'seun.adeyemi@gmail.com')}`)}`),

  rec('signature', f`Can you make my email signature look more professional?

Callum Fraser
Crew Welfare Coordinator | Brucefield Offshore Catering
Mob: ${phone('+44 7841 206 395')}
${v('pii.email', 'callum.fraser@brucefield-offshore.co.uk')}
Altens Industrial Estate, Aberdeen AB12 3LE`),

  rec('meeting_notes', f`Ticketing team stand-up, Mon
- Aroha on leave till 18th (surgery). Cover: Jake.
- Complaint from Mr Dennis Walsh re: fare cap not applied, wants call back on ${phone('(08) 9321 4470', 'AU')} before 5pm.
- Concession audit: 12 seniors cards still missing DOB.
Turn these into an email to the team.`),

  rec('chat_in', f`Student concession bus pass application for my nephew, please fill the English form from this: Karthik S, Aadhaar ${v('pii.in_aadhaar', '5782 3511 3036')}, college ID PSG/22/CS/114, DOB ${v('pii.date_of_birth', '15.04.2006')}, mobile ${phone('044 2815 3390', 'IN')}.`),

  rec('form', f`US Federal loan deferment form — student section. Can you check the format is right before I upload?
Student: Madison Reyes
SSN: ${v('pii.us_ssn', '512-84-3307')}
Date of birth: ${v('pii.date_of_birth', '05/22/2003')}
School: Ardmore University (Title IV code G10482)
Enrolment: full-time, 2024/25`),

  rec('health_form', f`Occupational health pre-mob questionnaire, can you summarise for the medic?
Name: Graham Duncan
CHI number: ${v('pii.uk_nhs_number', '140389 0765')}
GP: Foresterhill Health Centre
Conditions: type 2 diabetes (metformin), mild asthma
Emergency contact: wife, ${phone('07723 418592', 'GB')}`, 'Scottish CHI number: same mod-11 scheme as the NHS number, labelled under pii.uk_nhs_number'),

  rec('form', f`Student health registration (UK-domiciled applicant transferring from Leeds):
NHS number: ${v('pii.uk_nhs_number', '732 451 0590')}
NI number: ${v('pii.uk_nino', 'NE 73 01 58 B')}
Name: Hannah Whitaker, DOB ${v('pii.date_of_birth', '03/02/2004')}
Can you draft the welcome email from the health centre?`),

  rec('chat_ko', f`현지 채용 직원 급여 등록하려는데 주민등록번호 형식이 맞는지 봐 주세요: 박지훈, ${ambCat('pii', '950312-1847316')}, 휴대폰 ${phone('+82 2-3148-7720')}. 하이픈 빼고 넣어야 하나요?`, 'Korean resident registration number: no engine rule'),

  rec('chat_jm', f`Need a reference letter for one of our budtenders. Name: Shanice Williams, TRN ${ambCat('pii', '114-382-907')}, DOB ${v('pii.date_of_birth', '12 August 1997')}, cell ${phone('+1 876 618 2290')}. She worked with us since 2021 at the Ocho Rios branch.`, 'Jamaican TRN: no engine rule'),

  rec('chat_sw', f`Andika barua ya kukubaliwa kwa mwanafunzi kutoka Dar es Salaam: Baraka Mwakyusa, pasipoti ${v('pii.passport', 'AB0938271')}, simu ${phone('+255 754 381 920')}, barua pepe ${v('pii.email', 'baraka.mwakyusa@gmail.com')}. Ameomba MSc Climate Science.`),
];

/** Held-out batch 33: personal data in box-office tickets, factory HR, clinical investigations, tenant files, driver rosters and research data requests. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH33_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #LUM-CS-40917 — accessibility booking
From: Gareth Pryce <${v('pii.email', 'gareth.pryce71@btinternet.com')}>
Phone: ${phone('07723 382746', 'GB')}
Cinema: Lumora Leeds, Sat 23 Nov, 19:30, Screen 2

"My son uses a wheelchair and the app wouldn't let me book the companion seat next to the wheelchair space. Booking ref LUM-LDS-8840021. Can someone fix this before Saturday?"

Please write a warm reply and tell him we've moved the companion seat to C14.`),

  rec('csv', f`Loyalty members who asked to be deleted (GDPR erasure) — can you check there are no duplicates before I send this to the vendor?

${amb('source_code.snippet', f`member_id,first_name,last_name,email,mobile,joined
LM-0048211,Aisha,Begum,${v('pii.email', 'aisha.begum.b@gmail.com')},${phone('+44 7841 293 657')},2019-04-02
LM-0051974,Connor,McAllister,${v('pii.email', 'c.mcallister@outlook.com')},${phone('+44 7912 483 106')},2021-08-17
LM-0048211,Aisha,Begum,${v('pii.email', 'aisha.begum.b@gmail.com')},${phone('+44 7841 293 657')},2019-04-02
LM-0063390,Wei Ling,Tan,${v('pii.email', 'weiling.tan@singnet.com.sg')},${phone('+65 9123 4867')},2023-01-29`)}`),

  rec('chat', f`Singapore box office: a customer left her NRIC card at the counter at Vivo. Name Nur Aisyah binte Rahmat, NRIC ${ambCat('pii', 'S8834517H')}, contact ${phone('8234 5716', 'SG')}. Can you draft an SMS asking her to collect it with another ID?`),

  rec('hr_form', f`New usher onboarding, please turn this into a checklist for the duty manager:

Name: Chinedu Okafor
DOB: ${v('pii.date_of_birth', '14/03/2004')}
NI number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
Mobile: ${phone('07956 210 384', 'GB')}
Right to work: Nigerian passport ${v('pii.passport', 'B03917264')} + BRP, checked 12/11/2024
Start: Fri 22 Nov, Lumora Manchester`),

  rec('chat_th', f`ช่วยเขียนอีเมลยืนยันการจองห้องจัดงานวันเกิดให้ลูกค้าหน่อยค่ะ คุณปิยะนุช ศรีสวัสดิ์ โทร ${phone('081-734-2918', 'TH')} อีเมล ${v('pii.email', 'piyanuch.s@hotmail.co.th')} จองโรง 5 วันเสาร์ที่ 7 ธันวาคม รอบ 14:00 จำนวน 25 ที่นั่ง`),

  // ── textile mill / garment exporter ───────────────────────────────────────────────────
  rec('tsv', f`Workers whose wages were delayed in October (for the buyer's remediation report). Please summarise count per line and make a table, no names in the output:

${amb('source_code.snippet', f`emp_no\tname\tline\tNID\tmobile
GZ-11842\tMst. Rokeya Khatun\tSewing L-07\t${ambCat('pii', '19928417365209184')}\t${phone('01712-483920', 'BD')}
GZ-11907\tMd. Jahangir Alam\tSewing L-07\t${ambCat('pii', '7318294065')}\t${phone('01819-274635', 'BD')}
GZ-12033\tShirin Akter\tFinishing F-02\t${ambCat('pii', '4627190385')}\t${phone('01913-582746', 'BD')}`)}`),

  rec('chat_bn', f`একজন শ্রমিকের মাতৃত্বকালীন ছুটির আবেদন ইংরেজিতে অনুবাদ করে দিন। নাম: নাসরিন আক্তার, জন্ম তারিখ: ${v('pii.date_of_birth', '০৯/০৭/১৯৯৬')}, কার্ড নং GZ-10388, মোবাইল ${phone('01711-594027', 'BD')}। ছুটি শুরু ১ ডিসেম্বর থেকে।`),

  rec('audit_note', f`Notes from the buyer's social compliance audit (semi-announced, 12 Nov), can you rewrite as a formal finding?

Worker interviewed: Sumaiya Parvin, age on file 17, DOB per NID ${v('pii.date_of_birth', '02 Feb 2007')} — hired 3 Aug 2024 as helper in Finishing. Age verification document was a school certificate, not cross-checked. Supervisor: Abdul Karim (${phone('+880 1711-284735')}).`),

  rec('email', f`Hi Jana,

For the visa invitation for our merchandiser's visit to Hamburg (fabric fair, 20–24 Jan):
Name: Tanvir Hasan Chowdhury
Passport: ${v('pii.passport', 'EB0418273')} (Bangladesh), valid until 2031
DOB: ${v('pii.date_of_birth', '23 August 1988')}
Email: ${v('pii.email', 'tanvir.chowdhury@padmatex.com.bd')}

Could you issue the letter on Hohenlinde letterhead? Thanks!
Farhana`),

  rec('chat', f`buyer's QA in Porto wants to call our line QC lead directly about the shade variation. give them: Mahbub, ${phone('+880 1913-582746')}, or WhatsApp. The buyer contact is Inês Moreira, ${v('pii.email', 'ines.moreira@lusomoda.pt')}, ${phone('912 483 716', 'PT')}. Write a short intro mail connecting them.`),

  // ── medical-device startup ───────────────────────────────────────────────────────────────
  rec('clinical', f`Help me rewrite this adverse event narrative in MedDRA-friendly language for the CIP safety report. Keep the subject ID, remove anything that shouldn't be in the report:

Subject 04-017 (site Graz): Herr Josef Pichler, geb. ${v('pii.date_of_birth', '11.05.1952')}, SV-Nr. ${ambCat('pii', '4817 110552')}, Tel. ${phone('0664 381 2947', 'AT')}.
Day 9 after patch application: erythema and blistering under the electrode, 3 x 4 cm. Patch removed, topical steroid given. Resolved day 16.`),

  rec('hr_de', f`Bitte eine Bestätigung für die Elternzeit formulieren. Daten:
Name: Katharina Brunner
Geburtsdatum: ${v('pii.date_of_birth', '27.09.1990')}
Steuer-ID: ${v('pii.de_steuer_id', '47182930686')}
Mobil: ${phone('0171 4928375', 'DE')}
Elternzeit: 01.02.2025 – 31.01.2026, Team Firmware (Standort München)`),

  rec('chat', f`Onboarding the US clinical affairs hire — is it OK that the background check vendor asks for this by email? Name Jordan Whitaker, SSN ${v('pii.us_ssn', '512-48-7391')}, DOB ${v('pii.date_of_birth', '06/02/1985')}, current address 44 Brattle St, Cambridge MA. I'd rather use their portal.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-18T08:12:44Z INFO  companion-api  POST /v1/pairing user=${v('pii.email', 'm.oyelaran@yahoo.com')} device=CVN-ECG3-0048123 ip=${amb('pii.ip_address', '102.89.34.117')} fw=3.2.0
2024-11-18T08:12:45Z WARN  companion-api  pairing_failed reason=BLE_BOND_TIMEOUT user=${v('pii.email', 'm.oyelaran@yahoo.com')} phone_model="Tecno Spark 10"
2024-11-18T08:13:02Z INFO  companion-api  POST /v1/pairing user=${v('pii.email', 'anna.papadaki@gmail.com')} device=CVN-ECG3-0047790 ip=${amb('pii.ip_address', '79.129.44.18')} fw=3.2.0`)}

Is there a pattern in which phones fail pairing? (Tecno / Infinix?)`),

  rec('chat_el', f`Χρειάζομαι ένα email προς τον ασθενή της κλινικής μελέτης για να έρθει στην επίσκεψη παρακολούθησης. Στοιχεία: Γεώργιος Αντωνίου, ΑΜΚΑ ${ambCat('pii', '18075203817')}, κινητό ${phone('694 318 2746', 'GR')}, email ${v('pii.email', 'g.antoniou52@otenet.gr')}. Η επίσκεψη είναι 3 Δεκεμβρίου στις 10:00.`),

  // ── REIT property management ─────────────────────────────────────────────────────────────
  rec('tenant_file', f`Rewrite this tenant referencing summary for the landlord report, shorter:

Applicant: Olumide Bankole
Current address: Flat 3, 27 Chapel Road, Manchester M14 5DW
DOB: ${v('pii.date_of_birth', '19/10/1991')}
NI no.: ${v('pii.uk_nino', 'SK 73 91 04 A')}
Employer: NHS (band 6 nurse), salary £41,200
Email: ${v('pii.email', 'olumide.bankole@gmail.com')} · Mobile ${phone('07438 190 562', 'GB')}
Guarantor: not required`),

  rec('chat_nl_be', f`Opmaak graag van dit huurcontract-luik "identificatie huurder":
Naam: Sofie Peeters
Rijksregisternummer: ${ambCat('pii', '88.04.12-274.35')}
Geboortedatum: ${v('pii.date_of_birth', '12 april 1988')}
GSM: ${phone('0475 38 21 94', 'BE')}
E-mail: ${v('pii.email', 'sofie.peeters@telenet.be')}`),

  rec('chat', f`A Dutch tenant of our Antwerp office building is also our employee (facilities). HR in NL asked for her BSN for the payroll split: ${v('pii.nl_bsn', '273918461')}. Is it OK to send that to the Belgian payroll provider by mail or should it go via their portal?`),

  rec('email_de_ch', f`Grüezi Herr Keller

Besten Dank für Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Seefeldstrasse. Für die Bonitätsprüfung haben wir folgende Angaben erfasst:
AHV-Nr.: ${ambCat('pii', '756.4817.2093.58')}
Geburtsdatum: ${v('pii.date_of_birth', '03.12.1979')}
Telefon: ${phone('079 418 27 36', 'CH')}

Freundliche Grüsse
Bewirtschaftung Zürich`),

  rec('incident', f`Incident in the car park at Northgate, please turn into a report for the insurer:

Reported by tenant Mrs Hannah Kowalski (Unit 4B), ${phone('0113 284 7196', 'GB')}, ${v('pii.email', 'hkowalski@kowalski-dental.co.uk')}.
On 14/11 at approx. 08:20 the barrier arm came down on her car roof. CCTV camera 7 covers the exit. Security officer on duty: R. Singh.`),

  rec('chat_pt', f`Preciso de uma carta para o inquilino do 2.º esquerdo a relembrar a renda em atraso. Dados: Rui Manuel Tavares, NIF ${ambCat('pii', '218374926')}, telemóvel ${phone('+351 936 284 175')}, email ${v('pii.email', 'ruitavares77@sapo.pt')}. Valor em dívida: 1.850,00 €.`),

  // ── rail freight / logistics parks ──────────────────────────────────────────────────────────
  rec('roster', f`Driver roster for next week at the Duisburg terminal, can you spot anyone scheduled more than 6 shifts in a row?

${amb('source_code.snippet', f`Fahrer;Mobil;Führerschein-Nr.;Mo;Di;Mi;Do;Fr;Sa;So
Yilmaz, Mehmet;${phone('+49 1512 3847291')};B072RR1A431;F;F;S;S;N;N;-
Kowalczyk, Piotr;${phone('+48 601 284 937')};PL-0384/19/1204;S;S;S;S;S;S;S
de Vries, Jan;${phone('+31 6 4829 1736')};5938104726;N;N;-;-;F;F;F`)}`),

  rec('customs', f`The broker needs the driver details for the T1 transit, can you put them in their format (name / passport / nationality / mobile)?

Driver 1: Georgios Papadopoulos, Greek passport ${v('pii.passport', 'AN4827193')}, mob ${phone('+30 697 284 1635')}
Driver 2: Dimitar Petrov, Bulgarian passport ${v('pii.passport', '384927165')}, mob ${phone('+359 88 719 2834')}
Truck: plate ΙΚΥ-4821, trailer RO-7731`),

  rec('chat', f`Gate access for a contractor at the Sines logistics park: visitor João Almeida Ferreira, cartão de cidadão ${ambCat('pii', '13829471 7 ZX4')}, empresa Lusitrans, telefone ${phone('912 739 405', 'PT')}. Write the access request mail to security in English.`),

  rec('chat', f`One of our Nigerian drivers at the Lagos inland container depot partnership had an accident. His details for the insurer: Emeka Nwosu, ${phone('0805 613 7294', 'NG')}, NIN ${ambCat('pii', '48271930562')}, licence LAG-84721-AA19. Please write the first notice of loss.`),

  rec('hr', f`Can you draft a return-to-work letter? Employee: Dimitra Kosta, shunter, Thriasio yard. Sick leave 4–29 Nov. Contact: ${phone('+30 210 748 3926')} (home). Her occupational health ref is OH-24-1183. Her date of birth is ${v('pii.date_of_birth', '15/06/1977')} if the template needs it.`),

  // ── university hospital research data office ───────────────────────────────────────────────
  rec('data_request', f`Data access request DAR-2024-118 — check this is complete before it goes to the Data Access Committee:

Requester: Dr Adaeze Eze, ${v('pii.email', 'adaeze.eze@staldric.nhs.uk')}
Study: REC 24/NW/0187, "Atrial fibrillation outcomes after wearable ECG screening"
Fields requested: age band, sex, AF diagnosis date, anticoagulant
Sample linkage test (should NOT be in the request, please flag): NHS No ${v('pii.uk_nhs_number', '943 817 2653')}, DOB ${v('pii.date_of_birth', '04/11/1948')}`),

  rec('email', f`Dear Research Data Office,

I withdraw my consent for my blood samples to be used in the biobank. My details: Margaret O'Donnell, NHS number ${v('pii.uk_nhs_number', '4850273912')}, born ${v('pii.date_of_birth', '2 March 1956')}. Please confirm in writing to ${v('pii.email', 'maggie.odonnell56@aol.co.uk')}.

Regards, M. O'Donnell

→ Please help me write a reply confirming withdrawal and what happens to already-released data.`),

  rec('chat_ko', f`공동연구 데이터 반출 신청서를 검토해 주세요. 연구 대상자 명단에 주민등록번호가 들어가 있으면 안 되는데 한 줄 들어가 있어요: 김민지, ${ambCat('pii', '880415-2184736')}, 연락처 ${phone('010-4827-3916', 'KR')}. 이 부분을 어떻게 처리해야 하는지 영어로 설명해 주세요.`),

  rec('csv', f`Biobank sample consent reconciliation, which rows have consent_version older than v4?

${amb('source_code.snippet', f`sample_id,nhs_number,dob,consent_version,collected
BB-2019-004812,${v('pii.uk_nhs_number', '612 739 0486')},${v('pii.date_of_birth', '1961-07-30')},v3,2019-05-14
BB-2021-011937,${v('pii.uk_nhs_number', '401 928 3745')},${v('pii.date_of_birth', '1974-02-11')},v4,2021-09-02`)}`),

  rec('chat_th', f`ผู้เข้าร่วมวิจัยจากโครงการความร่วมมือที่กรุงเทพฯ ขอข้อมูลผลตรวจของตัวเอง ชื่อ สมชาย ใจดี เลขบัตรประชาชน ${ambCat('pii', '1 1037 02847 19 3')} เบอร์ ${phone('+66 81 734 2918')} ช่วยร่างจดหมายตอบกลับเป็นภาษาอังกฤษว่าเราต้องยืนยันตัวตนก่อน`),

  rec('signature', f`Can you make my email signature look more professional?

Dr. Oluwaseun Adeyemi
Research Data Manager | Research Data Office
St Aldric University Hospital
${v('pii.email', 'oluwaseun.adeyemi@staldric.nhs.uk')}
Direct: ${phone('0113 392 7415', 'GB')} | Mobile: ${phone('+234 909 274 8316')}`),

  rec('chat', f`Participant on the US arm of the registry called: Linda Harper, ${phone('(704) 318-2269', 'US')}, SSN ${v('pii.us_ssn', '287-63-0418')} (she read it out, we don't collect it). What do I do with a note like this in our CRM — just delete it?`),

  rec('ip_log', f`Our research VPN logs show logins for user eze_a from two countries within an hour: ${amb('pii.ip_address', '41.203.78.14')} (Lagos) and ${amb('pii.ip_address', '81.174.229.6')} (Leeds). Could this be a legit VPN hop or should I lock the account?`),
];

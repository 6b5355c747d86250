/**
 * Held-out batch 23: personal data in vet records, crew and cast lists, KYC and loan files, public defender
 * intake, co-op member registers and customer tickets, in eight languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH23_PII: DraftRecord[] = [
  rec('intake', f`Public Defender – Client Intake (Arraignment 12/04, Dept. 7)
Client: Jerome A. Castillo
DOB: ${v('pii.date_of_birth', '03/22/1997')}
SSN: ${v('pii.us_ssn', '673-60-4398')}
Booking #: MC24-118273
Phone (mother, Linda Castillo): ${phone('(312) 748-2953', 'US')}
Charges: PC 459 (2nd degree), PC 496(a)
Notes: employed at a warehouse, needs letter for employer re: court dates.

Draft the employer letter without revealing the charges.`),

  rec('chat', f`Can you summarize this conflict check for the supervising attorney? Co-defendant in People v. Ruiz is Tyrell Grant (DOB ${v('pii.date_of_birth', '8/14/1993')}, SSN ending 2515 — full ${v('pii.us_ssn', '592-41-2515')}), we represented him in 2021 on a misdemeanor. Is that a conflict under Rule 1.9?`),

  rec('csv', f`${amb('source_code.snippet', f`case_no,client_name,dob,phone,email,next_hearing
2024-CR-004718,Marisol Vega,${v('pii.date_of_birth', '1989-05-30')},${phone('(646) 829-4710', 'US')},${v('pii.email', 'marisolvega89@gmail.com')},2024-12-09
2024-CR-004733,Kevin O'Shea,${v('pii.date_of_birth', '2001-11-02')},${phone('+1 404 827 3916')},,2024-12-10
2024-MM-011902,Amina Yusuf,${v('pii.date_of_birth', '1976-01-19')},${phone('(213) 482-7391', 'US')},${v('pii.email', 'a.yusuf76@outlook.com')},2024-12-12`)}

Write SMS reminders for each client, under 160 characters, no charge details.`),

  rec('letter', f`Please proofread this letter to the Social Security office:

Re: Request for benefit statement – our client Ms. Dolores Jenkins, SSN ${v('pii.us_ssn', '440-78-3964')}, date of birth ${v('pii.date_of_birth', 'April 9, 1958')}.
The client is indigent and represented by this office in a pending matter. We request a benefit verification letter to support her fee-waiver application.`),

  rec('chat_ar', f`أحتاج مساعدة في صياغة مذكرة للمحكمة. الموكل: خالد منصور العتيبي، رقم الهوية الوطنية ${ambCat('pii', '1314153360')}، تاريخ الميلاد ${v('pii.date_of_birth', '1990/07/12')}، رقم الجوال ${phone('+966 55 384 7291')}. القضية تتعلق بشيك مرتجع.`, 'Saudi national ID: personal, no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_he', f`תכין לי בבקשה טיוטה של בקשה לדחיית דיון. הנאשם: אבי כהן, ת.ז. ${ambCat('pii', '844732115')}, טלפון ${phone('054-829-3716', 'IL')}. הדיון נקבע ל-15.12 ועורך הדין במילואים.`, 'Israeli ID number (teudat zehut): personal, no built-in rule (ambiguous)'),

  // — vet clinics —
  rec('pms_export', f`Which of these clients are overdue for the annual booster? Today is 2 Dec 2024.

${amb('source_code.snippet', f`Ägare;Telefon;E-post;Djur;Chip;Senaste vaccination
Lindqvist, Karin;${phone('073-829 41 06', 'SE')};${v('pii.email', 'karin.lindqvist@telia.com')};Sixten (hund);752098100482913;2023-10-14
Berg, Ola;${phone('+46 70 384 29 17')};${v('pii.email', 'ola.berg@hotmail.se')};Misse (katt);752098100571204;2024-03-02
Hussein, Leyla;${phone('+46 31 742 83 90')};${v('pii.email', 'leyla.h@gmail.com')};Nala (katt);752098100690337;2023-09-28`)}`),

  rec('chat_el', f`Γράψε μου ένα μήνυμα υπενθύμισης για τον ιδιοκτήτη: Γιώργος Αντωνίου, κινητό ${phone('+30 694 718 2935')}, email ${v('pii.email', 'g.antoniou@yahoo.gr')}. Ο σκύλος του (Ρεξ) έχει ραντεβού για στείρωση την Πέμπτη στις 9:00, νηστεία από τα μεσάνυχτα.`),

  rec('ticket', f`Complaint #VC-3381 (Dubai Marina clinic)
Owner: Fatima Al Suwaidi · ${phone('+971 50 473 8291')} · ${v('pii.email', 'fatima.alsuwaidi@emirates.net.ae')}
Pet: Luna, Persian cat, 4 y
"My cat was given the wrong dose of antibiotics and the vet didn't call me back."

Write a calm reply from the clinic manager, offer a free follow-up consult, don't admit liability.`),

  rec('referral_ro', f`Poți traduce în engleză scrisoarea de trimitere către clinica din Viena?

Proprietar: Andrei Munteanu, tel. ${phone('0744 291 837', 'RO')}, e-mail ${v('pii.email', 'andrei.munteanu@yahoo.ro')}
Pacient: Bruno, Ciobănesc German, mascul, 7 ani
Diagnostic prezumtiv: displazie coxofemurală bilaterală, indicație de protezare.`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp buat pemilik hewan: Ibu Ratna Sari, nomor ${phone('0813 9284 7361', 'ID')}. Kucingnya (Mochi) sudah selesai operasi sterilisasi dan bisa dijemput jam 4 sore. Jangan lupa kasih tahu soal collar dan obatnya.`),

  // — film & TV —
  rec('call_sheet', f`CALL SHEET – "Vinterljus" Day 23 / 38 – Tue 3 Dec
Unit base: Abisko Turiststation
Crew call 06:30 · Sunrise 09:41 · Sunset 12:58

Key contacts
Producer: Elin Sjöberg ${phone('+46 8 410 382 95')}
1st AD: Jonas Ek ${phone('073-829 41 06', 'SE')}
Location mgr: Mikael Pavlov ${v('pii.email', 'mikael.pavlov@nordljusfilm.se')}
Medic on set: ${phone('+46 70 384 29 17')}

Can you make a version without phone numbers for the extras?`),

  rec('travel', f`Book-keeping for the Crete shoot — please prepare the hotel rooming list from this:

Cast travelling from Stockholm:
- Sara Holm, passport ${v('pii.passport', '91748203')}, born ${v('pii.date_of_birth', '1994-02-17')}
- Nikos Georgiou (Greek), passport ${v('pii.passport', 'AP1748293')}, born ${v('pii.date_of_birth', '11.06.1981')}
- Lucas Ferreira (BR), passport ${v('pii.passport', 'FX482917')}, born ${v('pii.date_of_birth', '30/09/1988')}
Check-in 14 Jan, check-out 2 Feb, Chania.`),

  rec('minor_permit', f`Child performer work permit – please check the form is complete:
Child: Alva Nyström, date of birth ${v('pii.date_of_birth', '2014-05-08')}, personnummer ${ambCat('pii', '140508-3827')}
Guardian: Petra Nyström, ${phone('+46 70 384 29 17')}, ${v('pii.email', 'petra.nystrom@bredband.net')}
Shooting days: 6 (max 5 h/day incl. breaks), school tutor on set.`, 'Swedish personnummer: no built-in rule (ambiguous)'),

  rec('chat_pt', f`Preciso do contrato de cessão de direitos de imagem para a figurante: Juliana Ribeiro Costa, CPF ${v('pii.br_cpf', '268.896.780-01')}, RG ${ambCat('pii', '41.827.394-6')}, nascida em ${v('pii.date_of_birth', '17/03/1999')}, telefone ${phone('(21) 98472-3160', 'BR')}. Gravação dia 8 no Rio.`),

  rec('crew_start', f`US unit crew start form (I-9/W-4 prep), please list what's missing:
Name: Brandon Kessler, Grip
SSN: ${v('pii.us_ssn', '576-99-3904')}
DOB: ${v('pii.date_of_birth', '12/01/1985')}
Address: 4418 W Belmont Ave, Chicago IL 60641
Phone: ${amb('pii.phone', '+1 (773) 555-0143')}
Emergency contact: —`, '555-01xx is the fictional US range: ambiguous per the conventions'),

  rec('chat_he', f`צריך לשלוח למחלקת שכר את פרטי השחקנית: נועה לוי, ת.ז. ${ambCat('pii', '979170636')}, טלפון ${phone('+972 52-738-4915')}, מייל ${v('pii.email', 'noa.levi.actress@gmail.com')}. תנסח מייל קצר באנגלית?`),

  // — consumer lending —
  rec('kyc_json', f`${amb('source_code.snippet', f`{
  "application_id": "APP-7731942",
  "applicant": {
    "full_name": "Rafael Nogueira Lima",
    "cpf": "${v('pii.br_cpf', '145.070.462-03')}",
    "birth_date": "${v('pii.date_of_birth', '1987-08-21')}",
    "phone": "${phone('+55 11 97384-2615')}",
    "email": "${v('pii.email', 'rafael.nlima@uol.com.br')}"
  },
  "requested_amount": 12000,
  "score": 612,
  "decision": "MANUAL_REVIEW"
}`)}

Por que esse cadastro cai em revisão manual? Score 612 deveria passar.`),

  rec('kyc_id', f`Tolong cek data KYC ini kenapa ditolak sistem:
Nama: Dewi Anggraini
NIK: ${ambCat('pii', '3174024508921948')}
Tanggal lahir: ${v('pii.date_of_birth', '05-08-1992')}
No. HP: ${phone('+62 812-3847-2916')}
Email: ${v('pii.email', 'dewi.anggraini92@gmail.com')}
Alamat: Jl. Kemang Raya No. 18, Jakarta Selatan`, 'Indonesian NIK: personal, no built-in rule (ambiguous)'),

  rec('loan_app', f`Underwriting note, please rewrite more neutrally (we got a fair-lending complaint):

Applicant Shanice Porter, SSN ${v('pii.us_ssn', '851-03-1794')}, DOB ${v('pii.date_of_birth', '06/30/1990')}, requested $3,200 for car repair. Stated income $2,850/mo (waitress, tips). Declined: DTI 47%, thin file, "unstable income".`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02T08:14:51.203Z INFO  onboarding step=otp_sent applicant=APP-7732018 phone=${phone('+40 721 384 952')} channel=sms
2024-12-02T08:15:40.877Z WARN  onboarding step=otp_failed applicant=APP-7732018 attempts=3 ip=${amb('pii.ip_address', '86.124.73.19')}
2024-12-02T08:16:02.114Z INFO  onboarding step=doc_upload applicant=APP-7732018 email=${v('pii.email', 'cristina.pop88@yahoo.com')} doc=CI_front.jpg`)}

Why do Romanian applicants fail OTP so often? Same pattern all week.`),

  rec('chat_ro', f`Un client contestă refuzul creditului. Date: Mihai Constantin, CNP ${ambCat('pii', '1840317405674')}, telefon ${phone('+40 21 318 4729')}, e-mail ${v('pii.email', 'mihai.constantin84@gmail.com')}. Poți scrie un răspuns politicos care explică motivele generale fără a da scorul?`, 'Romanian CNP: personal, no built-in rule (ambiguous)'),

  rec('collections', f`Collections call script — fill in this borrower:
Name: Theodoros Papadakis
AMKA: ${ambCat('pii', '14037931988')}
AFM: ${ambCat('pii', '180346341')}
Mobile: ${phone('+30 2310 482 917')}
Outstanding: €1,240.60 (62 DPD)

Make the script polite and compliant with the Greek out-of-court debt rules.`, 'Greek AMKA and AFM: no built-in rules (ambiguous)'),

  rec('chat_sv', f`Kan du skriva ett brev till kunden om att lånet är beviljat? Kund: Johan Eriksson, personnummer ${ambCat('pii', '850614-0204')}, adress Storgatan 14, 411 38 Göteborg, mobil ${phone('+46 70 384 29 17')}. Belopp 45 000 kr, 36 månader.`, 'Swedish personnummer (ambiguous, no rule)'),

  // — agricultural co-op —
  rec('member_register', f`${amb('source_code.snippet', f`Nr.;Nume;CNP;Telefon;Suprafață (ha);Cultură principală
112;Radu Gheorghe;${ambCat('pii', '6020723086749')};${phone('0721-384-952', 'RO')};48,5;grâu
113;Marin Florica;${ambCat('pii', '2650412160015')};${phone('+40 264 592 813')};12,0;porumb`)}

Poți face un rezumat pe culturi pentru adunarea generală? Fără date personale.`, 'Romanian CNPs: no built-in rule (ambiguous)'),

  rec('chat_id', f`Ada petani anggota baru, tolong bikin surat keanggotaan koperasi:
Nama: Bapak Suryadi
Tempat/tgl lahir: Lamongan, ${v('pii.date_of_birth', '12 Agustus 1971')}
HP: ${phone('+62 8581 2937 4410')}
Luas lahan: 2,3 ha (padi & jagung)`),

  rec('email', f`From: Hans-Peter Vogt <${v('pii.email', 'hp.vogt@vogt-agrar.de')}>
Subject: Re: wheat samples, lot 24-117

Thanks, the falling number results are fine. Please call my colleague Sofia on ${phone('+30 2810 394 827')} for the Heraklion delivery; she speaks English.

→ Summarize for the logistics team in Romanian.`),

  rec('chat', f`Write a short LinkedIn post celebrating our agronomist's 25 years at the co-op. Details: Mariana Stoica, born ${v('pii.date_of_birth', '4 February 1968')} in Tulcea, joined in 1999 as a field technician. Leave the birthday out but mention her start year.`),

  // — fashion e-commerce —
  rec('ticket', f`Zendesk #884213 – Return not refunded
From: Larissa Mendes <${v('pii.email', 'larissa.mendes@bol.com.br')}>
WhatsApp: ${phone('+55 61 99284-7310')}
Order ML-2024-549903 (2 items, R$ 689,80), return label used 11/12, parcel delivered to our DC 11/18.

Draft a reply in Brazilian Portuguese that confirms the refund is processing.`),

  rec('chat_ar', f`عميل من القاهرة يطلب تغيير عنوان الشحن: أحمد فاروق، الجوال ${phone('+20 100 384 7261')}، البريد ${v('pii.email', 'ahmed.farouk.cairo@gmail.com')}. اكتب له رداً بالعربية يؤكد التغيير وموعد التسليم الجديد.`),

  rec('influencer', f`Influencer contract data for the SS25 campaign, please draft the agreement header:
Talent: Eleni Markou (@elenimarkou), ${v('pii.email', 'eleni@markou-mgmt.gr')}, ${phone('210 748 2913', 'GR')}
Agent: Aris Papas, ${phone('+30 694 718 2935')}
Fee: €7,500 + product; 3 reels, 6 stories, usage 12 months EU.`),

  rec('web_log', f`Fraud team asked: do these checkout attempts come from one person?

${amb('source_code.snippet', f`ts,email,ip,card_bin,result
2024-11-29T01:02:11Z,${v('pii.email', 'fashion.deals2024@proton.me')},${amb('pii.ip_address', '185.107.56.212')},414720,declined
2024-11-29T01:03:47Z,${v('pii.email', 'fashiondeals.2024@proton.me')},${amb('pii.ip_address', '185.107.56.212')},521729,declined
2024-11-29T01:05:30Z,${v('pii.email', 'f.deals.2024@tutanota.com')},${amb('pii.ip_address', '2a02:2f0b:a20c:4100::7')},414720,approved`)}`),

  rec('chat_el', f`Πελάτισσα ζητάει να διαγραφούν τα δεδομένα της (GDPR): Κατερίνα Βλάχου, ${v('pii.email', 'k.vlachou@otenet.gr')}, τηλ. ${phone('+30 694 718 2935')}, γεννημένη ${v('pii.date_of_birth', '23/10/1995')}. Γράψε μου την επιβεβαίωση διαγραφής στα ελληνικά.`),

  rec('signature', f`Mvh / Best regards

Annika Ström
Head of Customer Care, Maison Lune Nordic
${v('pii.email', 'annika.strom@maisonlune.com')}
Direct ${phone('+46 31 742 83 90')} · Mobile ${phone('073-829 41 06', 'SE')}

(can you make my signature shorter?)`),

  rec('chat', f`Our Jakarta warehouse lead needs a reference letter for her visa: Putri Maharani, Indonesian passport ${v('pii.passport', 'C4829173')}, born ${v('pii.date_of_birth', '19 January 1991')}, with us since 2019 as Warehouse Supervisor. Keep it one page.`),

  rec('chat_sv', f`Hjälp mig formulera ett svar till en kund som vill att vi slutar skicka nyhetsbrev till ${v('pii.email', 'maja.l.andersson@gmail.com')}. Hon har redan avregistrerat sig två gånger, säger hon.`),
];

/**
 * Held-out batch 32: personal data in rosters, enrolment exports, KYC notes, winner claims,
 * HR onboarding, tickets and logs, in English, Spanish, Italian, Polish, Turkish, Japanese and
 * Swahili. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH32_PII: DraftRecord[] = [
  rec('csv', f`Build me an on-call rota for April from this list, two engineers per region per weekend, nobody two weekends in a row:

${amb('source_code.snippet', f`engineer,region,mobile,email,modalities
Gemma Royle,UK-North,${phone('07836 214990', 'GB')},${v('pii.email', 'gemma.royle@kestrellabsys.co.uk')},chem;haem
Tariq Hussain,UK-North,${phone('07931 482 077', 'GB')},${v('pii.email', 'tariq.hussain@kestrellabsys.co.uk')},chem;cold
David Mwangi,KE-Nairobi,${phone('+254 722 418 903')},${v('pii.email', 'd.mwangi@kestrellabsys.com')},cold;centrifuge
Faith Achieng,KE-Nairobi,${phone('0711 284650', 'KE')},${v('pii.email', 'f.achieng@kestrellabsys.com')},haem;PCR
Jerome Santos,PH-Manila,${phone('+63 918 204 7731')},${v('pii.email', 'j.santos@kestrellabsys.com')},chem;PCR
Kristine Dela Cruz,PH-Manila,${phone('0917 553 1804', 'PH')},${v('pii.email', 'k.delacruz@kestrellabsys.com')},cold;BSC`)}`),

  rec('ticket', f`Draft a reply confirming an engineer visit Thursday AM, and ask whether the analyser can be taken offline for 3 hours.

Case 00418827 — Chemistry analyser AU-class, error E-217 (ISE module)
Site: Hollister Regional Medical Center, Core Lab
Contact: Patricia Nguyen, Lab Manager
Email: ${v('pii.email', 'pnguyen@hollisterregional.org')}
Direct: ${phone('(831) 636-4172', 'US')}  Mobile (after hours): ${phone('831-902-5518', 'US')}
Contract: SC-22871 (Gold, 4h response)`),

  rec('log', f`Engineer question: what does "ISE REF DRIFT" mean on this run log from the Leeds lab, and is it the electrode or the reference solution? (I know the log has patient lines, I'll delete it after.)

${amb('source_code.snippet', f`2025-03-12 07:41:18 RUN 0412 RACK 31 POS 4 SID 25E071882 NHS ${v('pii.uk_nhs_number', '485 777 3023')} DOB ${v('pii.date_of_birth', '17/04/1958')} NA 139 K 4.1 CL 101  FLAG -
2025-03-12 07:41:55 RUN 0413 RACK 31 POS 5 SID 25E071889 NHS ${v('pii.uk_nhs_number', '943 476 5919')} DOB ${v('pii.date_of_birth', '02/11/1983')} NA --- K --- CL ---  FLAG ISE REF DRIFT
2025-03-12 07:42:31 ALARM 2-217 ISE REF DRIFT > 3.0 mV / 60 s   MODULE ISE-1`)}`),

  rec('hr_form', f`Please turn this into a clean onboarding checklist for HR in Nairobi, and tell me which documents are still missing:

New hire: Brian Otieno Ouma — Field Service Engineer (cold chain)
Date of birth: ${v('pii.date_of_birth', '23 September 1994')}
National ID No.: ${ambCat('pii', '31847260')}
KRA PIN: ${ambCat('pii', 'A014829375K')}
NHIF/SHA No.: pending
Mobile (M-Pesa): ${phone('0733 902 114', 'KE')}
Next of kin: Mary Ouma (mother), ${phone('+254 701 338 526')}
Start date: 1 April 2025`, 'Kenyan national ID and KRA PIN: personal identifiers with no built-in rule'),

  rec('travel', f`Kindly draft the visa support letter for our engineer going to the manufacturer's training in Osaka:

Name: Jerome Reyes Santos
Date of birth: ${v('pii.date_of_birth', 'March 8, 1991')}
Philippine passport no.: ${v('pii.passport', 'P4827163B')}, valid until 2031
Position: Senior Field Service Engineer, Kestrel Lab Systems Philippines Inc.
Training: 14–25 April 2025, Hoshino Medical Osaka Technical Center
Mobile: ${phone('+63 918 204 7731')}`),

  rec('visitor_list', f`以下の来日者リストを英語の表にしてください。工場の受付に提出します。

1. Gemma Royle（英国）旅券番号 ${v('pii.passport', '548120937')}、生年月日 ${v('pii.date_of_birth', '1987年6月3日')}
2. David Mwangi（ケニア）旅券番号 ${v('pii.passport', 'AK0738214')}、生年月日 ${v('pii.date_of_birth', '1990年1月19日')}
3. Jerome Santos（フィリピン）旅券番号 ${v('pii.passport', 'P4827163B')}、生年月日 ${v('pii.date_of_birth', '1991年3月8日')}

引率：星野メディカル 海外サービス課 田中（${phone('090-4821-7736', 'JP')}）`),

  rec('form_it', f`Controlla se il modulo di richiesta pagamento vincita è completo, poi scrivimi la mail di conferma al vincitore:

MODULO RISCOSSIONE VINCITA > 5.200 €
Vincitore: Paolo Conti
Codice fiscale: ${v('pii.it_codice_fiscale', 'CNTPLA62T08L219J')}
Nato a Torino il ${v('pii.date_of_birth', '08/12/1962')}
Documento: carta d'identità ${ambCat('pii', 'CA41872TK')}, scad. 2029
Cellulare: ${phone('333 918 2274', 'IT')}
E-mail: ${v('pii.email', 'paolo.conti62@libero.it')}
Gioco: SuperEnalotto, concorso n. 31/2025, punti 5`),

  rec('email_it', f`Mi serve una risposta standard per le richieste di autoesclusione, parti da questa:

Da: ${v('pii.email', 'sara.ferrara93@gmail.com')}
Oggetto: richiesta autoesclusione

Buongiorno, chiedo l'autoesclusione dal gioco online per 6 mesi. Il mio conto è intestato a Sara Ferrara, codice fiscale ${v('pii.it_codice_fiscale', 'FRRSRA93A61G273Q')}. Non chiamatemi per convincermi a restare, se serve scrivetemi o mandatemi un SMS al ${phone('+39 347 602 1185')}.`),

  rec('chat_it', f`Prepara un messaggio di benvenuto per il nuovo titolare della ricevitoria di Bari, con i prossimi passi (formazione, installazione terminale). Dati dalla pratica:
titolare Davide Marino, CF ${v('pii.it_codice_fiscale', 'MRNDVD77H19A662E')}, tel. negozio ${phone('080 524 1187', 'IT')}, cell. ${phone('349 227 8410', 'IT')}, mail ${v('pii.email', 'tabacchi.marino.bari@gmail.com')}`),

  rec('log_json', f`KYC vendor rejects these sign-ups with "DOB_MISMATCH", is it our date format?

${amb('source_code.snippet', f`{"ts":"2025-03-11T21:14:07Z","svc":"player-onboarding","step":"kyc_check","player":{"email":"${v('pii.email', 'silvia.esposito80@hotmail.it')}","dob":"${v('pii.date_of_birth', '1980-04-05')}","cf":"${v('pii.it_codice_fiscale', 'ESPSLV80D45Z126C')}"},"client_ip":"${amb('pii.ip_address', '93.41.208.17')}","result":"REJECTED","reason":"DOB_MISMATCH"}
{"ts":"2025-03-11T21:19:42Z","svc":"player-onboarding","step":"kyc_check","player":{"email":"${v('pii.email', 'l.gentile@tiscali.it')}","dob":"${v('pii.date_of_birth', '1999-11-30')}","cf":null},"client_ip":"${amb('pii.ip_address', '151.38.72.204')}","result":"REJECTED","reason":"CF_MISSING"}`)}`),

  rec('csv', f`Which of these new applicants are missing proof of residency? Then draft a Spanish and English reminder.

${amb('source_code.snippet', f`student_first,student_last,dob,grade_25_26,campus,guardian,guardian_phone,guardian_email,proof_residency
Mateo,Ramírez,${v('pii.date_of_birth', '05/14/2019')},K,Pflugerville,Lorena Ramírez,${phone('(512) 846-2290', 'US')},${v('pii.email', 'lorena.ramirez84@gmail.com')},Y
Aaliyah,Johnson,${v('pii.date_of_birth', '11/02/2016')},3,Pflugerville,Keisha Johnson,${phone('737-201-4458', 'US')},${v('pii.email', 'kjohnson.atx@yahoo.com')},N
Sofía,Hernández,${v('pii.date_of_birth', '08/27/2013')},6,Round Rock,Juan Carlos Hernández,${phone('(512) 937-6021', 'US')},${v('pii.email', 'jc.hernandez@outlook.com')},N
Ethan,Pham,${v('pii.date_of_birth', '01/30/2018')},1,Round Rock,Linh Pham,${phone('512-418-7763', 'US')},${v('pii.email', 'linhpham.tx@gmail.com')},Y`)}`),

  rec('chat_es_mx', f`Me ayudas a traducir esto al inglés para la maestra? Es de una mamá:

"Buenos días maestra, soy la mamá de Valeria Cruz de 2do. Le escribo porque cambiamos de número, el nuevo es ${phone('512 772 0391', 'US')}, y mi correo es ${v('pii.email', 'marisolcruz.mx@hotmail.com')}. También quería avisarle que Valeria va a faltar el jueves porque tiene cita en el consulado. Gracias y bendiciones."`),

  rec('hr_form', f`New-hire packet for Crestview Round Rock, please check what's missing for the state background check:

Name: Keanu Alvarez
Position: 4th grade teacher (certified, EC-6)
SSN: ${v('pii.us_ssn', '518-42-7731')}
Date of birth: ${v('pii.date_of_birth', '07/22/1996')}
TX educator certificate: on file
Personal email: ${v('pii.email', 'keanu.alvarez96@gmail.com')}
Phone: ${phone('(512) 608-3317', 'US')}
Fingerprinting: scheduled 3/18`),

  rec('form', f`Make this emergency card into a one-page printable for the front office binder:

STUDENT: Noah Bennett   GRADE: 5   DOB: ${v('pii.date_of_birth', '09/06/2014')}
Allergies: peanuts (EpiPen in nurse's office)
Contact 1: Rachel Bennett (mother) — cell ${phone('512-557-7731', 'US')}, work ${phone('512-471-8820', 'US')}
Contact 2: Greg Bennett (father) — cell ${phone('737-330-1902', 'US')}
Authorized pick-up: Linda Moore (grandmother) ${phone('(512) 844-6093', 'US')}
Not authorized: see custody file`),

  rec('log', f`Clever → Google Classroom sync logs. Why do these three students fail every night?

${amb('source_code.snippet', f`[2025-03-13 02:15:41] WARN  sync.students  skip user ${v('pii.email', 'mateo.ramirez39@students.crestviewacademies.org')}: orgUnit "/Students/Pflugerville/K" not found
[2025-03-13 02:15:41] WARN  sync.students  skip user ${v('pii.email', 'aaliyah.johnson36@students.crestviewacademies.org')}: duplicate primaryEmail
[2025-03-13 02:15:42] WARN  sync.students  skip user ${v('pii.email', 'sofia.hernandez33@students.crestviewacademies.org')}: name contains unsupported character
[2025-03-13 02:15:44] INFO  sync.students  done: 3114 ok, 3 skipped`)}`),

  rec('incident_report', f`Rewrite this incident report more neutrally, it will go in the student file:

Date: 3/12/25, recess, Round Rock campus
Students involved: Jayden Brooks (4th) and Liam Ortega (4th)
Jayden pushed Liam off the climbing frame after an argument about a ball. Liam scraped his elbow, nurse cleaned it. Parents called: Mrs. Brooks at ${phone('512-902-4471', 'US')} (no answer, left voicemail), Mr. Ortega at ${phone('(737) 888-2160', 'US')} (spoke, he's fine with it). Both boys had a restorative conversation with Ms. Ortiz.`),

  rec('roster', f`Hii ni orodha ya vibarua wa kiwanda cha Mombasa wiki hii. Nisaidie kupanga zamu mbili (asubuhi na jioni) zenye watu sawa, na uniandikie kwa English pia:

${amb('source_code.snippet', f`Jina\tNamba ya kitambulisho\tSimu (M-Pesa)\tKazi
Hassan Juma Mwinyi\t${ambCat('pii', '28471936')}\t${phone('0722 635 418', 'KE')}\tkusafisha samaki
Amina Said Omar\t${ambCat('pii', '33019284')}\t${phone('0741 208 337', 'KE')}\tkupakia
Kahindi Baya\t${ambCat('pii', '25873640')}\t${phone('+254 712 904 661')}\tchumba cha baridi
Rehema Mwakio\t${ambCat('pii', '37204158')}\t${phone('0798 113 520', 'KE')}\tkusafisha samaki`)}`),

  rec('spreadsheet_es', f`Necesito el listado de la plantilla de fin de semana de la planta de Vigo en formato para la mutua (nombre, documento, teléfono). ¿Me lo ordenas por apellido?

${amb('source_code.snippet', f`Nombre;Documento;Teléfono;Puesto
Lamas Otero, Iria;${v('pii.es_dni', '36184927Q')};${phone('655 82 14 90', 'ES')};fileteado
Boukhari, Youssef;${v('pii.es_nie', 'X4827163S')};${phone('+34 622 418 305')};cámaras
Pereira Souto, Xosé;${v('pii.es_dni', '53217840A')};${phone('986 42 18 77', 'ES')};mantenimiento
Ionescu, Andrei;${v('pii.es_nie', 'Y2093847X')};${phone('611 930 274', 'ES')};envasado`)}`),

  rec('chat_ph', f`Hi, kindly help me format this for the HR file of the new line leads at the GenSan plant:

1) Rodel B. Macaraeg — SSS ${ambCat('pii', '34-2918473-6')}, PhilHealth ${ambCat('pii', '19-204817362-4')}, Pag-IBIG ${ambCat('pii', '1211-4829-3307')}, cel ${phone('0918 274 6631', 'PH')}, birthday ${v('pii.date_of_birth', 'Feb 14, 1989')}
2) Jennylyn P. Abarquez — SSS ${ambCat('pii', '34-7720194-1')}, PhilHealth ${ambCat('pii', '19-518203947-0')}, Pag-IBIG pending, cel ${phone('+63 927 550 2148')}, birthday ${v('pii.date_of_birth', 'Oct 2, 1995')}

Thank you po!`, 'Philippine SSS, PhilHealth and Pag-IBIG numbers: no built-in rule (ambiguous, no rule id)'),

  rec('chat_tr', f`Vigo fabrikasını ziyaret edecek heyetin bilgileri aşağıda, otel ve tesis girişi için İngilizce bir liste hazırlar mısın?

- Murat Aydın, T.C. Kimlik No: ${ambCat('pii', '38412906754')}, pasaport: ${v('pii.passport', 'U21847360')}, cep: ${phone('0532 418 27 90', 'TR')}
- Elif Şahin, T.C. Kimlik No: ${ambCat('pii', '52073148926')}, pasaport: ${v('pii.passport', 'U30982417')}, cep: ${phone('+90 535 207 61 44')}
Varış: 24 Mart, Santiago de Compostela havalimanı.`, 'Turkish T.C. Kimlik numbers: no built-in rule'),

  rec('contact_sheet', f`買付先の連絡先一覧をCSVにしてください（氏名、会社、電話、メール）。

築地マリン商事\u3000購買部\u3000佐藤 美咲\u3000TEL ${phone('03-5542-1870', 'JP')}\u3000携帯 ${phone('080-3317-2046', 'JP')}\u3000${v('pii.email', 'm.sato@tsukiji-marine.co.jp')}
北洋フーズ\u3000品質保証課\u3000高橋 翔\u3000TEL ${phone('011-232-4418', 'JP')}\u3000${v('pii.email', 'sho.takahashi@hokuyo-foods.jp')}
大阪中央水産\u3000営業二課\u3000中村 直子\u3000携帯 ${phone('090-6682-1935', 'JP')}`),

  rec('chat_pl', f`Przygotuj krótką informację dla magazynu w Gdańsku o kierowcy chłodni, który przyjedzie w czwartek:

Kierowca: Tomasz Wiśniewski, PESEL ${ambCat('pii', '84071203415')}
Tel.: ${phone('+48 601 284 733')}
Ciągnik GD 4K218, naczepa chłodnia GD 77PR1
Ładunek: 18 palet mrożonego dorsza, -22°C
Kontakt w biurze: ${phone('58 341 22 90', 'PL')}`, 'Polish PESEL: no built-in rule'),

  rec('hr_es_mx', f`Ayúdame a redactar el correo de bienvenida para los nuevos de la planta de Ensenada y dime qué datos faltan para el alta en el IMSS:

1. Guadalupe Ríos Valenzuela — CURP ${ambCat('pii', 'RIVG920314MBCSLD07')}, RFC ${ambCat('pii', 'RIVG920314KT2')}, NSS ${ambCat('pii', '02169247381')}, cel ${phone('646 178 2290', 'MX')}
2. José Ángel Meza Ochoa — CURP ${ambCat('pii', 'MEOJ880921HBCZCS03')}, RFC pendiente, NSS ${ambCat('pii', '02128803175')}, cel ${phone('+52 646 204 3318')}
Ingreso: lunes 17 de marzo, turno matutino, área de congelado.`, 'Mexican CURP, RFC and NSS: no built-in rule'),

  rec('kyc_note', f`Rewrite this manual KYC review note in the standard format (Decision / Reason / Evidence):

Applicant: Darnell Hughes, DOB ${v('pii.date_of_birth', '12/03/1988')}, SSN ${v('pii.us_ssn', '601-38-2249')}
Address: 2210 E 38th St Apt 4, Indianapolis IN 46218
Phone: ${phone('(317) 545-0872', 'US')}
Vendor result: SSN issued 2004–2006, name match partial ("Darnel Hughes"), address match yes, DOB match yes
ID doc: Indiana DL uploaded, photo matches selfie
→ I'd approve, typo in employer's HR feed explains the name mismatch.`),

  rec('kyc_note', f`Kindly review this KYC escalation from the Cebu team and tell me if the evidence is enough:

Cardholder: Maricel Villanueva Tan
DOB: ${v('pii.date_of_birth', '1993-07-19')}
Passport: ${v('pii.passport', 'P7730418C')} (PH), exp 2032-01-10
TIN: ${ambCat('pii', '418-203-977-000')}
Mobile: ${phone('+63 917 482 0935')}
Employer: Visayas Contact Solutions Inc. (payroll program PRG-PH-07)
Issue: selfie liveness failed twice (glasses), manual check requested.`),

  rec('ticket', f`Ticket #88214 — can you write a reply explaining that direct deposit changes take one pay cycle?

From: ${v('pii.email', 'trinaw1990@gmail.com')}
Name on card: Trina Washington
Phone: ${phone('(470) 318-2904', 'US')}
Message: "i switched my direct deposit to the card 2 weeks ago and my check still went to my old bank. my employer says they did it on their end. when will it come to the card??"`),

  rec('csv', f`Employer sent this census for card enrollment. Flag rows with missing or suspicious data before we import:

${amb('source_code.snippet', f`emp_no,first,last,dob,ssn_last4,email,mobile,state
10041,Carlos,Mendoza,${v('pii.date_of_birth', '1985-02-11')},4417,${v('pii.email', 'cmendoza85@gmail.com')},${phone('214-773-0192', 'US')},TX
10042,Brittany,Cole,${v('pii.date_of_birth', '1999-08-30')},0082,,${phone('(469) 226-5581', 'US')},TX
10043,Huong,Tran,${v('pii.date_of_birth', '1979-12-01')},7760,${v('pii.email', 'huongtran79@yahoo.com')},,TX
10044,Marcus,Reed,${v('pii.date_of_birth', '2009-05-17')},3198,${v('pii.email', 'mreed.dallas@outlook.com')},${phone('972-418-3306', 'US')},TX`)}`, 'SSN last four: not an SSN, unlabelled'),

  rec('email', f`Help me answer this customer politely; pressure complaints go to distribution, not billing.

From: Harold Kowalski <${v('pii.email', 'hkowalski51@comcast.net')}>
Subject: NO WATER PRESSURE AGAIN

This is the third time this month the pressure on Ridgeview Terrace drops to nothing around 7am. I'm 73 and on dialysis at home, I NEED water. Call me at ${phone('413-584-2291', 'US')} today. Account 20877-01.`),

  rec('roster', f`Format this for the break room whiteboard, weekend standby for March:

Distribution — Mar 15/16: Ed Kaminski ${phone('(413) 237-9904', 'US')} / backup Luis Ferreira ${phone('413-530-7128', 'US')}
Wastewater — Mar 15/16: Shauna Pike ${phone('(413) 883-4019', 'US')}
Distribution — Mar 22/23: Ryan Doherty ${phone('413-695-2247', 'US')}
Wastewater — Mar 22/23: Kofi Mensah ${phone('(413) 772-0846', 'US')}
Supervisor line always: ${phone('(413) 584-6600', 'US')}`),

  rec('csv', f`Shutoff notices go out Monday. Sort by street and add a column "call first" if there's a medical flag:

${amb('source_code.snippet', f`account,name,service_address,phone,balance,medical_flag
30118-02,Angela Ruiz,17 Chestnut St,${phone('413-586-1174', 'US')},412.88,N
30562-01,Walter Price,9 Mill Pond Rd,${phone('(413) 584-3320', 'US')},289.10,Y
31007-04,Deborah Lyons,221 Elm St Apt 3,,197.45,N
31290-01,Samuel Okafor,48 Hatfield Ave,${phone('413-320-8817', 'US')},655.02,N`)}`),

  rec('hr_form', f`Check this onboarding sheet for the new wastewater operator trainee and list what the state licensing board will need:

Name: Tyler J. Marchetti
SSN: ${v('pii.us_ssn', '212-67-4480')}
DOB: ${v('pii.date_of_birth', '10/14/2001')}
MA driver's license: ${ambCat('pii', 'S48219073')} (CDL class B permit pending)
Home phone: ${phone('(413) 527-3391', 'US')}
Emergency contact: Donna Marchetti ${phone('413-219-4470', 'US')}`, 'driver licence number: personal, no built-in rule'),

  rec('log', f`Customer portal logins from one IP hitting many accounts — credential stuffing? What should I block?

${amb('source_code.snippet', f`2025-03-13T03:12:07Z login_failed user=${v('pii.email', 'jgarvey@charter.net')} ip=${amb('pii.ip_address', '45.133.72.19')}
2025-03-13T03:12:08Z login_failed user=${v('pii.email', 'mlee.millbrook@gmail.com')} ip=${amb('pii.ip_address', '45.133.72.19')}
2025-03-13T03:12:08Z login_failed user=${v('pii.email', 'p.sullivan@verizon.net')} ip=${amb('pii.ip_address', '45.133.72.19')}
2025-03-13T03:12:09Z login_ok     user=${v('pii.email', 'carol.dwyer@gmail.com')} ip=${amb('pii.ip_address', '45.133.72.19')}`)}`),

  rec('chat_sw', f`Nisaidie kuandika ujumbe wa WhatsApp kwa Dkt. Achieng wa maabara ya hospitali ya Kisumu. Mwambie mhandisi wetu David atafika Jumatano saa nne asubuhi kurekebisha centrifuge. Kama kuna tatizo, ampigie David kwa ${phone('0722 418 903', 'KE')} au ofisi yetu ${phone('+254 20 3862 410')}.`),

  rec('staff_list_ja', f`以下の担当者表を英語に訳して、Kestrel UK のサービスチームに共有できる形にしてください。

星野メディカル株式会社\u3000海外サービス課
課長\u3000山本 浩二\u3000内線 2201\u3000携帯 ${phone('090-1842-5573', 'JP')}\u3000${v('pii.email', 'k.yamamoto@hoshino-med.co.jp')}
担当\u3000田中 健一\u3000内線 2214\u3000携帯 ${phone('090-4821-7736', 'JP')}\u3000${v('pii.email', 'k.tanaka@hoshino-med.co.jp')}
担当\u3000伊藤 さくら\u3000内線 2218\u3000${v('pii.email', 's.ito@hoshino-med.co.jp')}`),

  rec('chat_it', f`Devo aggiornare l'anagrafica di una collega in HR, mi scrivi la mail per il payroll?
Chiara Moretti, CF ${v('pii.it_codice_fiscale', 'MRTCHR88L47H501B')}, nata a Roma il ${v('pii.date_of_birth', '7 luglio 1988')}, nuovo cellulare ${phone('+39 338 401 9926')}, nuovo indirizzo via dei Volsci 42, 00185 Roma.`),

  rec('chat', f`Can you check my details before I send them to the new agency? NI number ${v('pii.uk_nino', 'JM 41 87 26 C')}, date of birth ${v('pii.date_of_birth', '19/05/1979')}, mobile ${phone('07412 806 553', 'GB')}. It's for the temporary FSE contract covering the Sheffield patch.`),

  rec('hr_es', f`¿Me redactas la comunicación de alta para la gestoría? Nuevo trabajador en cámaras de Vigo:

Nombre: Mohamed El Amrani
NIE: ${v('pii.es_nie', 'Z1748392Y')}
N.º afiliación Seguridad Social: ${ambCat('pii', '36 10482917 33')}
Fecha de nacimiento: ${v('pii.date_of_birth', '21/02/1997')}
Teléfono: ${phone('632 107 448', 'ES')}
Alta: 17/03/2025, jornada completa, contrato fijo discontinuo`, 'Spanish social-security affiliation number: no built-in rule'),
];

/**
 * Held-out batch 30: personal data in care-home admissions and rosters, funeral arrangements, player
 * registrations, customer-care tickets, planning applications and HR forms, in English (NG, AU, IE),
 * pt-BR, Romanian, Hebrew, Taglish, Norwegian and Slovak. National ids without a built-in rule are
 * ambiguous (ambCat). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH30_PII: DraftRecord[] = [
  // ── elderly care ─────────────────────────────────────────────────────────
  rec('form', f`Can you turn this admission form into a short handover paragraph for the night staff? Leave out the PPS number.

GLENMORE CARE GROUP — PRE-ADMISSION ASSESSMENT
Resident: Bridget (Bridie) Corcoran
Date of birth: ${v('pii.date_of_birth', '14/02/1936')}
PPS No.: ${ambCat('pii', '4827163B')}
Previous address: 12 Chapel Lane, Listowel, Co. Kerry
GP: Dr. Fionnuala Walsh, Listowel Medical Centre, ${phone('068 21 834', 'IE')}
Next of kin: Martin Corcoran (son), ${phone('087 214 9063', 'IE')}, ${v('pii.email', 'martin.corcoran@eircom.net')}
Diagnoses: vascular dementia (moderate), T2DM diet-controlled, OA both knees
Mobility: Zimmer frame, 1 assist for transfers
Likes: Radio Kerry in the morning, tea with two sugars, the rosary at 7`, 'Irish PPSN: no built-in rule (ambiguous)'),

  rec('roster_csv', f`Make me a table of who's on nights per unit for the week starting 2 Dec, from this export:

${amb('source_code.snippet', f`staff_id,name,role,unit,mobile,email,shift_pattern
GC1041,Maricel Santos,Staff Nurse,Ashgrove,${phone('+353 86 418 2730')},${v('pii.email', 'maricel.santos@glenmorecare.ie')},N-N-N-O-O-D-D
GC1057,Jerome Bautista,HCA,Ashgrove,${phone('+353 83 927 1046')},${v('pii.email', 'jerome.bautista@glenmorecare.ie')},D-D-O-O-N-N-N
GC1066,Florentina Ionescu,HCA,Beech,${phone('+353 89 240 6618')},${v('pii.email', 'florentina.ionescu@glenmorecare.ie')},O-N-N-N-O-D-D
GC1072,Chinwe Okafor,CNM2,Beech,${phone('+353 85 713 3924')},${v('pii.email', 'chinwe.okafor@glenmorecare.ie')},D-D-D-O-O-O-N`)}`),

  rec('chat_tl', f`Pakigawa naman ng maayos na message in English para sa anak ni Lola Remedios. Sabihin na okay na siya after nung fall kahapon, walang fracture sa X-ray, pero kailangan ng walker for 2 weeks. Yung number ng anak niya ay ${phone('+63 917 482 1736')}, si Rowena, nasa Manila siya kaya Viber na lang. Lola's birthday is ${v('pii.date_of_birth', 'March 3, 1939')} — babatiin din namin siya next year so i-mention mo na excited ang staff 😊`),

  rec('hr_ro', f`Bună! Mă ajuți să completez în engleză formularul de angajare pentru o infirmieră nouă? Datele ei:
Nume: Elena-Mădălina Dumitrescu
CNP: ${ambCat('pii', '2870514120030')}
Data nașterii: ${v('pii.date_of_birth', '14.05.1987')}
Telefon: ${phone('0744 218 903', 'RO')}
E-mail: ${v('pii.email', 'madalina.dumitrescu87@yahoo.ro')}
Adresa: str. Avram Iancu nr. 22, ap. 4, Cluj-Napoca
Experiență: 6 ani la Spitalul Județean, secția geriatrie.`, 'Romanian CNP: no built-in rule (ambiguous)'),

  rec('chat_no', f`Kan du sette opp en ryddig pårørendeliste for avdeling 2? Jeg har limt inn fra fagsystemet:

Beboer: Ingrid Solheim, f. ${v('pii.date_of_birth', '12.03.1941')}, fnr. ${ambCat('pii', '12034148390')}
 – Datter: Hilde Solheim Berg, ${phone('918 47 263', 'NO')}, ${v('pii.email', 'hilde.s.berg@online.no')}
 – Sønn: Tor Solheim, ${phone('+47 412 83 960')}
Beboer: Arne Haugland, f. ${v('pii.date_of_birth', '23.09.1952')}
 – Kone: Randi Haugland, ${phone('22 48 17 30', 'NO')} (fasttelefon, ring etter kl. 10)`, 'Norwegian fødselsnummer: no built-in rule (ambiguous)'),

  rec('chat_he', f`אני צריכה לעדכן את פרטי איש הקשר של דיירת בדיור המוגן. תוכל לנסח לי מייל קצר למשרד?
שם הדיירת: רחל אברמוביץ, ת"ז ${ambCat('pii', '058291741')}
איש קשר חדש: הבן, יואב אברמוביץ
טלפון: ${phone('052-418-2736', 'IL')}
מייל: ${v('pii.email', 'yoav.abramovich@walla.co.il')}
תודה!`, 'Israeli teudat zehut: no built-in rule (ambiguous)'),

  rec('incident', f`Rewrite this incident report in clearer English, it's going to the HIQA notification:

Resident: Mr. Thomas Gleeson, DOB ${v('pii.date_of_birth', '02/11/1934')}, Room 7 Beech
At approx 03:40 on 26/11/2024 resident was found on floor beside bed by HCA Florentina. Resident said he was going to the toilet and didnt use call bell. Neuro obs commenced, no head injury noted, small skin tear L forearm dressed. Daughter Ms. Anne Gleeson informed at 08:10 by phone (${phone('+353 87 590 2241')}) and by email ${v('pii.email', 'anne.gleeson@gmail.com')}. GP to review today.`),

  rec('medication', f`Can you check this transfer note has everything the pharmacy needs? Resident moving from our Geelong home to the Ballarat one.

Name: Doris May Whitfield
DOB: ${v('pii.date_of_birth', '08/06/1938')}
Medicare: ${ambCat('pii', '2947 18360 1')}
DVA Gold Card: yes
Pharmacy contact at Geelong: ${phone('(03) 5221 4870', 'AU')}
Daughter (EPOA): Karen Whitfield ${phone('0412 738 209', 'AU')}`, 'Australian Medicare number: no built-in rule (ambiguous)'),

  // ── funeral services ─────────────────────────────────────────────────────
  rec('arrangement', f`Please turn these arrangement notes into the family's confirmation letter (warm, plain English):

Deceased: Michael Joseph Brennan, late of Ballyard, Tralee
Born: ${v('pii.date_of_birth', '17 August 1941')} — died 25 November 2024 at University Hospital Kerry
Reposing: Serenitas Funeral Home, Tralee, Wed 27 Nov 5–7pm
Requiem Mass: St John's Church, Thu 28 Nov 11am, burial afterwards in Rath Cemetery
Informant: Siobhán Brennan (daughter), ${phone('066 712 4580', 'IE')} / ${phone('086 339 1207', 'IE')}
Email for the online condolence book: ${v('pii.email', 'siobhan.brennan@outlook.ie')}`),

  rec('contract_pt', f`Pode revisar esse cadastro de contratação de plano funerário e me dizer se falta algum dado obrigatório?

Titular: Maria Aparecida dos Santos Lima
CPF: ${v('pii.br_cpf', '482.917.305-04')}
RG: ${ambCat('pii', '28.417.392-6')} SSP/SP
Data de nascimento: ${v('pii.date_of_birth', '22/09/1958')}
Celular/WhatsApp: ${phone('(16) 99713-4482', 'BR')}
E-mail: ${v('pii.email', 'cida.lima58@bol.com.br')}
Dependentes: José Carlos Lima (cônjuge), CPF ${v('pii.br_cpf', '730.164.829-40')}
Plano: Família Plus — mensalidade R$ 89,90`, 'Brazilian RG: no built-in rule (ambiguous)'),

  rec('email_ng', f`Good afternoon,

Please help me reply to this family. They are in Lagos and want the body of their father repatriated from Dublin.

From: Chukwuemeka Obi <${v('pii.email', 'emeka.obi@yahoo.com')}>
"My father Mr. Ifeanyi Obi passed on Sunday at Beaumont. We want to take him home to Nnewi for burial. Please what documents do you need and how long will it take? You can reach me on ${phone('+234 803 482 7169')} or my sister on ${phone('0806 219 4730', 'NG')}. God bless you."

Keep it compassionate and list the documents (death cert, embalming cert, passport of the deceased, etc.).`),

  rec('obituary', f`Help me tighten this death notice for RIP.ie, max 120 words:

MURPHY, Nora (née Fitzgerald), Castleisland, Co. Kerry, born ${v('pii.date_of_birth', '3rd March 1931')}, peacefully in the loving care of the staff of Glenmore Nursing Home. Predeceased by her husband Dan. Sadly missed by her sons Seán and Donal, daughter Máire, daughters-in-law, son-in-law, grandchildren, great-grandchildren, neighbours and friends. Reposing at Serenitas Funeral Home Castleisland on Friday from 5pm. Family flowers only please. Enquiries to Donal on ${phone('087 662 1093', 'IE')}.`),

  // ── football club ────────────────────────────────────────────────────────
  rec('registration', f`FAI player registration — can you check nothing is missing before I submit?

Player: Chidera Emmanuel Nwosu
Date of birth: ${v('pii.date_of_birth', '19/04/2004')}
Nationality: Nigerian
Passport no.: ${v('pii.passport', 'A08174293')} (exp. 11/2029)
NIN: ${ambCat('pii', '48217365091')}
Previous club: Remo Stars Academy (NG)
Mobile: ${phone('+353 89 412 7730')}
Email: ${v('pii.email', 'chidera.nwosu04@gmail.com')}
Agent: none`, 'Nigerian NIN: no built-in rule (ambiguous)'),

  rec('chat_pt', f`Tô preenchendo a ficha de inscrição do Gabriel pro clube na Irlanda, me ajuda a traduzir os campos pro inglês?
Nome completo: Gabriel Henrique Souza Ribeiro
Data de nascimento: ${v('pii.date_of_birth', '07/01/2003')}
CPF: ${v('pii.br_cpf', '215.893.047-05')}
Passaporte: ${v('pii.passport', 'GB482173')}
Telefone: ${phone('+55 11 98247-3610')}
Nome da mãe: Cláudia Souza Ribeiro`),

  rec('parents_csv', f`Under-14 academy — make a WhatsApp broadcast list (name + number only) from this:

${amb('source_code.snippet', f`player,dob,parent,parent_mobile,parent_email
Cian Lynch,${v('pii.date_of_birth', '2011-03-08')},Orla Lynch,${phone('087 412 6638', 'IE')},${v('pii.email', 'orla.lynch@gmail.com')}
Jayden Adebayo,${v('pii.date_of_birth', '2011-07-22')},Funmi Adebayo,${phone('085 290 4471', 'IE')},${v('pii.email', 'funmi.adebayo@hotmail.com')}
Rory Ó Súilleabháin,${v('pii.date_of_birth', '2011-11-30')},Seán Ó Súilleabháin,${phone('083 718 2295', 'IE')},${v('pii.email', 'sean.osuilleabhain@eircom.net')}`)}`),

  rec('physio', f`Tidy up my physio notes for the medical file (UK English):

Pt: Tomáš Hudák, DOB ${v('pii.date_of_birth', '03.11.1998')}, #6
Inj: L hamstring strain (BF long head), grade 2a, MD+1 vs Shelbourne. MRI 26/11 confirms.
Plan: RTT target 14 days, RTP 21 days. Nordic programme + sprint exposure from day 8.
Contact: ${phone('+421 915 283 647')} (prefers WhatsApp, Slovak/English). Partner on ${phone('0905 482 173', 'SK')} if no answer.`),

  rec('chat_sk', f`Potrebujem pomoc s prekladom do angličtiny pre klub — je to formulár na pracovné povolenie:
Meno: Tomáš Hudák
Rodné číslo: ${ambCat('pii', '880412/4307')}
Číslo pasu: ${v('pii.passport', 'BK4827165')}
Dátum narodenia: ${v('pii.date_of_birth', '12. 4. 1988')}
Trvalý pobyt: Hlavná 14, 040 01 Košice
Telefón: ${phone('+421 915 283 647')}`, 'Slovak rodné číslo: no built-in rule (ambiguous); the number and the date of birth go together'),

  rec('ticket', f`#TIX-20931 Season ticket transfer
From: Ciara Donnelly <${v('pii.email', 'ciaradonnelly@icloud.com')}>
Phone: ${phone('+353 87 305 6612')}
Seat: Block S4, Row K, Seat 23
"My dad passed away in October and I'd like to take over his season ticket, same seat if possible. His member number was KRM-004417. I can send the death cert if you need it."
Last login IP: ${amb('pii.ip_address', '86.44.213.190')}

Draft a kind reply, explain we need the cert and a transfer form, no fee.`),

  rec('chat_no', f`Kan du oversette dette til engelsk for klubben i Irland? Det er kontaktinfo for spilleren vi låner ut:
Sondre Aasheim, født ${v('pii.date_of_birth', '5. juli 1998')}
Fødselsnummer ${ambCat('pii', '05079837689')}
Mobil ${phone('+47 941 27 385')}
E-post ${v('pii.email', 'sondre.aasheim@gmail.com')}
Agent: Nordic Sports Management, ${phone('+47 22 83 41 70')}`),

  // ── cosmetics e-commerce ─────────────────────────────────────────────────
  rec('ticket_tl', f`Hi team, pa-review naman ng reply ko before i-send. Medyo galit yung customer.

Ticket #48213 — Chloe Barrett <${v('pii.email', 'chloe.barrett92@bigpond.com')}>
Ph: ${phone('0423 918 470', 'AU')}
Ship to: 7/41 Railway Pde, Marrickville NSW 2204
"I've been waiting 3 weeks for my Barrier Repair Serum and tracking hasn't moved since it left Melbourne. This was a birthday present."

My draft: Hi Chloe, sorry po for the delay...`),

  rec('customers_csv', f`Segment these for the VIP early-access email (spent > $300 in last 12 months):

${amb('source_code.snippet', f`Email,First Name,Last Name,Phone,Total Spent,Orders,Accepts Email Marketing
${v('pii.email', 'j.nguyen.melb@gmail.com')},Jessica,Nguyen,${phone('+61 412 604 318')},412.85,6,yes
${v('pii.email', 'tahnee.w@outlook.com')},Tahnee,Walker,${phone('+61 438 271 905')},129.90,2,yes
${v('pii.email', 'priya.r.sharma@yahoo.com.au')},Priya,Sharma,${phone('+61 401 827 364')},356.40,5,no
${v('pii.email', 'mia.kowalski@icloud.com')},Mia,Kowalski,,78.00,1,yes`)}`),

  rec('chat_pt', f`Tenho essa lista de influenciadoras do Brasil que vão receber o kit de lançamento do sérum de vitamina C. Monta uma tabela com nome, @, cidade e contato?
- Larissa Menezes (@lari.skin), São Paulo — ${phone('(11) 99482-7316', 'BR')}, ${v('pii.email', 'contato.larimenezes@gmail.com')}
- Bruna Tavares (@brubeauty), Recife — ${phone('(81) 98847-2203', 'BR')}, ${v('pii.email', 'brubeautypub@outlook.com')}
- Aline Rocha (@alinerocha.pele), Curitiba — ${phone('(41) 99173-5580', 'BR')}`),

  rec('dsar_he', f`קיבלנו בקשה לפי חוק הגנת הפרטיות מלקוחה בישראל. תעזור לי לנסח תשובה באנגלית ובעברית שאנחנו מוחקים את הנתונים שלה תוך 30 יום?
שם: נועה כהן-לוי
מייל: ${v('pii.email', 'noa.cohenlevy@gmail.com')}
טלפון: ${phone('+972 54-719-3820')}
מספר הזמנה: #LMR-IL-2093`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-11-28T06:12:09.553Z","level":"warn","svc":"reviews-sync","msg":"review rejected: profanity filter","review_id":"rv_8823","product":"barrier-repair-serum-30ml","author_email":"${v('pii.email', 'kellie.m.oconnor@gmail.com')}","author_ip":"${amb('pii.ip_address', '203.206.178.42')}","rating":1}`)}

the review is just someone saying the serum made her "break out like hell" — is "hell" in our filter list? we shouldn't hide negative reviews`),

  rec('email_ph', f`Can you rewrite my email to HR so it's more formal? Sending my documents for the work visa:

Hi Ms. Reyes,
Here are my details for the visa application po:
Full name: Mary Grace Villanueva Dizon
Birthday: ${v('pii.date_of_birth', 'June 19, 1994')}
Passport No: ${v('pii.passport', 'P4827163B')}
SSS No: ${ambCat('pii', '34-8271946-3')}
Mobile: ${phone('0917 482 9163', 'PH')}
Thank you po!`, 'Philippine SSS number: no built-in rule (ambiguous)'),

  // ── architecture & planning ──────────────────────────────────────────────
  rec('onboarding_sk', f`Môžeš mi z toho spraviť uvítací e-mail pre nového BIM modelára? Osobné údaje tam nedávaj, sú len pre HR:
Meno: Lucia Šimková
Dátum narodenia: ${v('pii.date_of_birth', '17. 8. 1992')}
Rodné číslo: ${ambCat('pii', '925817/8127')}
Mobil: ${phone('0905 614 283', 'SK')}
Súkromný e-mail: ${v('pii.email', 'lucia.simkova@azet.sk')}
Nástup: 2. 12. 2024, tím Revit/Dynamo, Bratislava`),

  rec('permit_ro', f`Te rog verifică cererea pentru certificatul de urbanism înainte să o depun la primărie:
Solicitant: Andrei-Ștefan Mureșan
CNP: ${ambCat('pii', '1971109321452')}
Domiciliu: Cluj-Napoca, str. Donath nr. 118, ap. 12
Telefon: ${phone('+40 722 481 936')}
E-mail: ${v('pii.email', 'andrei.muresan@gmail.com')}
Imobil: teren intravilan, CF nr. 329184 Cluj-Napoca, nr. cadastral 329184
Scopul: construire locuință unifamilială P+1E`, 'a cadastral / land-book number is a property identifier, unlabelled'),

  rec('nabovarsel', f`Lag en tabell over naboene som skal ha nabovarsel for Sagveien 12 (gnr. 228 bnr. 114), med navn, adresse og kontakt:

Gnr/bnr 228/115 — Kristin Lunde, Sagveien 14, 0459 Oslo, ${v('pii.email', 'kristin.lunde@hotmail.no')}
Gnr/bnr 228/98 — Bjørn og Siri Nilsen, Sagveien 10, ${phone('+47 926 14 583')}
Gnr/bnr 228/131 — Sameiet Sagveien 9, styreleder Ola Vik, ${v('pii.email', 'styret.sagveien9@gmail.com')}, ${phone('481 72 305', 'NO')}`),

  rec('signature', f`can you make my email signature look less cluttered? current version:

Eoin Fitzpatrick MRIAI
Associate Architect | Halvorsen Brekke Arkitekter — Dublin studio
${phone('+353 1 874 3920')} (office) | ${phone('+353 86 204 7718')} (mobile)
${v('pii.email', 'eoin.fitzpatrick@hbarkitekter.no')}
28 Fenian Street, Dublin 2, D02 X285
RIAI Practice No. 1784`),

  rec('chat', f`Our client meeting notes have the homeowners' details in them. Can you rewrite as meeting minutes but replace their personal stuff with "the Client"?

Met Tom and Sharon Keating at site, 48 Seafield Rd, Clontarf. They want the extension finished before Sharon's mum moves in (she's 87). Tom's mobile ${phone('087 341 9920', 'IE')}, Sharon prefers email ${v('pii.email', 'sharon.keating@gmail.com')}. Budget €180k incl. VAT, planning exempt up to 40 m².`),

  // ── refinery ─────────────────────────────────────────────────────────────
  rec('induction_tsv', f`Turnaround contractor induction list — sort by company and flag anyone whose induction is older than 12 months:

${amb('source_code.snippet', f`name\tcompany\tdob\tmobile\temail\tinduction_date
Emeka Nwachukwu\tOkorie & Sons Scaffolding\t${v('pii.date_of_birth', '1986-02-11')}\t${phone('+234 806 219 4731')}\t${v('pii.email', 'emeka.nwachukwu@okoriescaffolds.ng')}\t2023-10-04
Tunde Bakare\tDelta Insulation Services\t${v('pii.date_of_birth', '1979-07-30')}\t${phone('+234 802 771 3048')}\t${v('pii.email', 'tbakare@deltainsulation.com.ng')}\t2024-06-18
Ngozi Eze\tOkorie & Sons Scaffolding\t${v('pii.date_of_birth', '1991-12-05')}\t${phone('+234 813 402 9956')}\t\t2024-11-02`)}`),

  rec('hr_au', f`New starter pack for a process engineer at Kwinana — can you write the welcome email? Details from the form (don't put the TFN in the email obviously):

Name: Liam O'Sullivan
DOB: ${v('pii.date_of_birth', '21/03/1990')}
TFN: ${ambCat('pii', '482 719 369')}
Mobile: ${phone('0438 215 907', 'AU')}
Personal email: ${v('pii.email', 'liam.osullivan90@gmail.com')}
Start: Mon 6 Jan 2025, Unit 2 process engineering, reporting to Sandeep`, 'Australian TFN: no built-in rule (ambiguous)'),

  rec('incident', f`Draft the first notification to the regulator in plain words (WA DMIRS). Keep names out except the supervisor's contact.

At 14:22 on 27/11 a maintenance technician (contractor, DOB ${v('pii.date_of_birth', '09/10/1985')}) received a minor chemical burn to the left wrist while breaking containment on a caustic line at the alkylation unit. PPE: face shield, gloves (gauntlets not worn). First aid given, transferred to Fiona Stanley Hospital, discharged same day. Area supervisor: Gary Tomlinson, ${phone('0417 602 381', 'AU')}.`),

  rec('chat_ng', f`Pls help me arrange this into a proper staff bio data form. E be for the new shift supervisor at the Onne terminal:
Name: Adaeze Chiamaka Okeke
DOB: ${v('pii.date_of_birth', '4th May 1989')}
State of origin: Anambra
NIN: ${ambCat('pii', '73918204652')}
BVN: ${ambCat('pii', '22184736509')}
Phone: ${phone('0803 917 2645', 'NG')}, ${phone('0706 214 8830', 'NG')}
Email: ${v('pii.email', 'adaeze.okeke89@gmail.com')}
Next of kin: Chinedu Okeke (husband), ${phone('+234 805 331 7420')}`, 'Nigerian NIN and BVN: no built-in rule (ambiguous)'),

  rec('travel_he', f`תוכל לעזור לי למלא את טופס הנסיעה לביקור באתר בנורווגיה? הפרטים:
שם: דניאל שפירא
תאריך לידה: ${v('pii.date_of_birth', '30/06/1984')}
מספר דרכון: ${v('pii.passport', '34827165')}
טלפון: ${phone('+972 50-623-1184')}
טיסה: TLV–OSL 9.12, חזרה 13.12`),
];

/**
 * Held-out batch 37: personal data in rescue callout logs, donor and patient-story forms, HR and
 * payroll records, subscriber tickets, burial and cremation applications and farmer payment lists.
 * Hand-written, not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH37_PII: DraftRecord[] = [
  rec('callout_log', f`LOCHABER MRT — CALLOUT 24/117
Time of call: 15:42, via Police Scotland
Location: Ring of Steall, approx NN 18 68, descending from An Gearanach
Casualty: Ewan MacLeod, DOB ${v('pii.date_of_birth', '14/03/1987')}, mob ${phone('07912 384615', 'GB')}
Injury: suspected lower leg fracture, conscious, mild hypothermia
NOK: Fiona MacLeod (wife) ${phone('07831 492607', 'GB')}
Team: 11 members, R951 requested 16:05

Write this up as a short incident summary for the team's Facebook page, no names or numbers.`),

  rec('consent_form', f`Patient story consent – Winter Appeal 2024
Child: Ruaridh Sinclair, age 8
CHI number: ${v('pii.uk_nhs_number', '140316 4827')}
DOB: ${v('pii.date_of_birth', '14/03/2016')}
Parent/guardian: Kirsty Sinclair, ${v('pii.email', 'kirsty.sinclair84@btinternet.com')}, ${phone('01463 718 204', 'GB')}
Consent given for: photo ✔ film ✔ first name only ✔ ward name ✘

can you draft the short story paragraph for the leaflet from these notes: 3 months on Ward 2, loves dinosaurs, home for Christmas`, 'Scottish CHI number: same mod-11 check as an NHS number, labelled with the NHS-number rule'),

  rec('payroll_tsv', f`Check that the NI numbers are in the right column before I send this to the payroll bureau:

${amb('source_code.snippet', f`staff_no\tname\trole\tni_number\temail
KB0412\tAlasdair Munro\tCrematorium technician\t${v('pii.uk_nino', 'SH482719C')}\t${v('pii.email', 'alasdair.munro@kirkbrae-bereavement.scot')}
KB0419\tMhairi Paterson\tRegistrar\t${v('pii.uk_nino', 'JK 30 71 84 B')}\t${v('pii.email', 'mhairi.paterson@kirkbrae-bereavement.scot')}
KB0433\tDarren Lennox\tGrounds & lair maintenance\t${v('pii.uk_nino', 'NW 83 61 27 A')}\t${v('pii.email', 'darren.lennox@kirkbrae-bereavement.scot')}`)}`),

  rec('hr_form', f`New hire packet — roastery warehouse, Chattanooga
Name: Travis Eugene Holcomb
SSN: ${v('pii.us_ssn', '412-73-8195')}
DOB: ${v('pii.date_of_birth', '06/22/1994')}
Cell: ${phone('(423) 718-2094', 'US')}
Forklift cert: yes (exp 2026)
Emergency contact: Brenda Holcomb (mother) ${phone('(706) 384-2951', 'US')}

what else do I need for the I-9 besides his license?`),

  rec('form_de_it', f`Bergrettung im AVS – Aufnahmeantrag
Name: Anna Pichler
Steuernummer / Codice fiscale: ${v('pii.it_codice_fiscale', 'PCHNNA86B54A952V')}
Geburtsdatum: ${v('pii.date_of_birth', '14.02.1986')}
Wohnort: Bruneck
Handy: ${phone('+39 335 718 4926')}
E-Mail: ${v('pii.email', 'anna.pichler@rolmail.net')}
Ausbildung: Sanitäterin, Lawinenhundeführerin in Ausbildung

Bitte kontrollieren ob der Antrag vollständig ist, der Landesverband will alles auch auf Italienisch.`),

  rec('email_it', f`Buongiorno,

in allegato la documentazione del garante per il contratto di leasing n. 2024/061:
Sig. Lukas Mair, nato a Merano il ${v('pii.date_of_birth', '3 settembre 1979')}
C.F. ${v('pii.it_codice_fiscale', 'MRALKS79P03F132M')}
Tel. ${phone('0473 271 904', 'IT')}

Resto in attesa di conferma.
Ufficio legale

Mi riformuli l'e-mail in modo più formale?`),

  rec('hr_de_ch', f`Personalblatt Einsatzleitstelle
Name: Corsin Caduff
AHV-Nr.: ${ambCat('pii', '756.3918.4720.53')}
Geburtsdatum: ${v('pii.date_of_birth', '02.11.1991')}
Natel: ${phone('079 384 21 56', 'CH')}
Sprachen: Rumantsch (Sursilvan), Deutsch, Italienisch
Eintritt: 01.02.2025, Disponent 80 %

Kannst du daraus eine Willkommensnachricht fürs Team machen? Ohne AHV und Geburtsdatum natürlich.`, 'Swiss AHV number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('form_sk', f`Vyhlásenie o poukázaní 2 % dane – kontrola pred odoslaním
Meno: Zuzana Kováčová
Rodné číslo: ${ambCat('pii', '855612/3004')}
Adresa: Hlavná 18, 040 01 Košice
Tel.: ${phone('+421 905 384 217')}
E-mail: ${v('pii.email', 'zuzana.kovacova@centrum.sk')}
Prijímateľ: Nadácia Detskej nemocnice Kramáre

Je formulár vyplnený správne? Chýba niečo?`, 'Slovak birth number: personal, no built-in rule'),

  rec('chat_sr', f`Треба ми помоћ око уговора за волонтере фондације. Подаци:
Име и презиме: Марко Петровић
ЈМБГ: ${ambCat('pii', '0304987710020')}
Датум рођења: ${v('pii.date_of_birth', '03.04.1987')}.
Телефон: ${phone('+381 63 482719')}
Е-пошта: ${v('pii.email', 'marko.petrovic87@gmail.com')}
Можеш ли да направиш кратак уговор о волонтирању на српском?`, 'Serbian JMBG: personal, no built-in rule'),

  rec('contract_mk', f`ДОГОВОР ЗА ПРЕТПЛАТА бр. 2024-11-20419
Претплатник: Горан Стојановски
ЕМБГ: ${ambCat('pii', '2207854450124')}
Адреса: ул. Гоце Делчев 14, Куманово
Телефон: ${phone('+389 70 384217')}
Пакет: Сателит Плус + интернет 50 Mbps

Провери дали договорот е комплетен и преведи ги насловите на англиски.`, 'Macedonian EMBG: personal, no built-in rule'),

  rec('ticket_mn', f`Хэрэглэгчийн гомдол #UB-77120
Нэр: Батбаярын Оюунчимэг
Регистрийн дугаар: ${ambCat('pii', 'ЧЕ87031214')}
Утас: ${phone('+976 9911 4827')}
Хаяг: Баянзүрх дүүрэг, 26-р хороо, 45-р байр
Асуудал: антен суурилуулсны дараа 3 суваг харагдахгүй байна

Энэ гомдлын хариуг албан ёсны хэлбэрээр бичээд өгөөч.`, 'Mongolian register number: personal, no built-in rule'),

  rec('rescue_request', f`HELI RESCUE REQUEST — Khumbu Rescue Coordination
Date: 17 Nov 2024, 07:10
Location: Lobuche (4,940 m)
Patient: Aiko Watanabe, Japanese, passport no. ${v('pii.passport', 'TR8419273')}, DOB ${v('pii.date_of_birth', '1990-05-08')}
Condition: suspected HAPE, SpO2 71 %
Companion: Kenji Watanabe, passport no. ${v('pii.passport', 'TR5502817')}, mobile ${phone('+977 9841238475')}
Guide: Pemba Sherpa, नागरिकता नं. ${ambCat('pii', '27-01-75-04321')}
Insurance: World Nomads, policy WN-8841-2291

Please make this into the standard form text for the helicopter operator.`),

  rec('form_si', f`ආදාහන අයදුම්පත – පරීක්ෂා කරන්න
මියගිය අයගේ නම: කේ. ඒ. ගුණවර්ධන
උපන් දිනය: ${amb('pii.date_of_birth', '1941-07-19')}
මරණ දිනය: 2024-11-28
අයදුම්කරු: නිමල් ගුණවර්ධන (පුතා)
ජා.හැ.අ.: ${ambCat('pii', '198734512873')}
දුරකථන: ${phone('+94 77 384 2915')}

මෙම පෝරමයේ අඩුපාඩු තිබේදැයි බලා ඉංග්‍රීසියෙන් සාරාංශයක් දෙන්න.`, 'date of birth of a deceased person: ambiguous (not personal data under GDPR, but a date of birth); applicant NIC ambiguous, no rule'),

  rec('email_ta', f`அன்புள்ள ஐயா,

எனது தந்தையின் அடக்கம் தொடர்பான பதிவேட்டு நகலைக் கோருகிறேன்.
விண்ணப்பதாரர்: செல்வராஜா பிரதீபன்
தேசிய அடையாள அட்டை எண்: ${ambCat('pii', '853412873V')}
தொலைபேசி: ${phone('+94 21 222 4318')}
மின்னஞ்சல்: ${v('pii.email', 'pratheepan.selvarajah@yahoo.com')}

நன்றி.

இந்தக் கடிதத்தை ஆங்கிலத்தில் மொழிபெயர்த்து, மாநகர சபைக்கு அனுப்பக்கூடிய வடிவத்தில் தரவும்.`),

  rec('farmer_list_id', f`Tolong cek data petani mitra ini sebelum saya kirim ke bagian keuangan, ada yang kurang?

${amb('source_code.snippet', f`No;Nama;NIK;No HP;Kebun;Luas (ha)
1;Cut Nyak Rahmah;${ambCat('pii', '1171045208870003')};${phone('0813 1947 2836', 'ID')};Bener Meriah;1,2
2;Teuku Fadli;${ambCat('pii', '1106030911820004')};${phone('+62 812 8374 2910')};Takengon;0,8
3;Siti Aminah Lubis;${ambCat('pii', '1275016607910002')};${phone('+62 821 6742 3918')};Sidikalang;1,5`)}`, 'Indonesian NIK: personal, no built-in rule'),

  rec('payments_ke', f`Cherry payments, Gikanda buying station, week 47. Can you total per farmer and flag anyone paid twice?

${amb('source_code.snippet', f`farmer\tnational_id\tmpesa\tkg_cherry\tkes
Wanjiku Kamau\t${ambCat('pii', '28471936')}\t${phone('0722 418395', 'KE')}\t412\t37,080
Joseph Mwangi Ndirangu\t${ambCat('pii', '31029847')}\t${phone('+254 712 384906')}\t280\t25,200
Grace Wairimu\t${ambCat('pii', '24918305')}\t${phone('0733 291847', 'KE')}\t195\t17,550
Wanjiku Kamau\t${ambCat('pii', '28471936')}\t${phone('0722 418395', 'KE')}\t412\t37,080`)}`, 'Kenyan national ID numbers: personal, no built-in rule'),

  rec('onboarding_ph', f`Onboarding checklist for new field tech — pls convert to a table:
Name: Rodel Villanueva
Birthday: ${v('pii.date_of_birth', 'March 9, 1995')}
SSS: ${ambCat('pii', '34-1928374-6')}
TIN: ${ambCat('pii', '418-273-904-000')}
PhilHealth: ${ambCat('pii', '12-025837461-9')}
Mobile: ${phone('0918 273 6041', 'PH')}
Email: ${v('pii.email', 'rodel.villanueva95@gmail.com')}
Area: Cebu South (Talisay–Carcar)`, 'Philippine SSS / TIN / PhilHealth numbers: personal, no built-in rule'),

  rec('register_to', f`Can you tidy this plot-holder list for the Mu'a cemetery committee? Sort by village.

Plot A-14 — Sione Taufa, Lapaha, ${phone('+676 771 2384')}
Plot A-15 — Mele Fifita, Hoi, ${phone('842 1937', 'TO')}, ${v('pii.email', 'melefifita@gmail.com')}
Plot B-02 — 'Ana Havili, Talasiu, ${phone('+676 878 2041')}
Plot B-03 — Viliami Tonga, Lapaha, ${phone('+676 23418')} (church office)`),

  rec('csv', f`${amb('source_code.snippet', f`donor_id,first,last,email,phone,last_gift,total_2024
D-30418,Betty Jo,Carraway,${v('pii.email', 'bjcarraway@bellsouth.net')},${phone('(205) 482-7391', 'US')},2024-11-29,350.00
D-30422,Marcus,Thibodeaux,${v('pii.email', 'mthibodeaux@cox.net')},${phone('(504) 627-3918', 'US')},2024-12-01,1200.00
D-30431,LaKeisha,Bolden,${v('pii.email', 'keisha.bolden@gmail.com')},${phone('(601) 372-4819', 'US')},2024-12-02,75.00`)}

Mail-merge these into thank-you letters, Southern-friendly tone but not over the top.`),

  rec('signature', f`Cheers,
Callum

--
Callum Fraser
Deputy Team Leader, Lochaber Mountain Rescue Team
${phone('+44 1397 772 418')} (base) | ${phone('07831 492607', 'GB')} (mob, callouts only)
${v('pii.email', 'callum.fraser@lochabermrt.org.uk')}`),

  rec('signature_ke', f`Kind regards,

Njeri Mwangi
Green Coffee Buyer — East Africa
Ridgeline Coffee Importers (Nairobi office)
Tel: ${phone('+254 20 2718394')} | Mobile/WhatsApp: ${phone('+254 722 918 304')}
${v('pii.email', 'njeri.mwangi@ridgelinecoffee.com')}`),

  rec('ticket_ph', f`Ticket #PH-DVO-20981 — slow speed complaint
Subscriber: Maricel Dela Peña
Contact: ${phone('+63 917 482 3915')} / ${v('pii.email', 'maricel.delapena@yahoo.com')}
Address: Purok 4, Brgy. Catalunan Grande, Davao City
CPE WAN IP: ${amb('pii.ip_address', '112.198.74.31')}
Modem SNR 9.4 dB, dish re-pointed twice.

Gawan mo ng maayos na reply sa customer, English lang.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-03T09:12:44.281Z","level":"warn","svc":"donate-api","msg":"gift aid declaration missing postcode","donor":{"id":"D-88214","email":"${v('pii.email', 'g.mcallister@outlook.com')}"},"client_ip":"${amb('pii.ip_address', '81.108.44.193')}","appeal":"XMAS24"}`)}

why would the postcode be missing if the form field is required?`),

  rec('trace', f`${amb('source_code.snippet', f`org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_applicant_email]
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)
	at scot.kirkbrae.bookings.service.ApplicantService.register(ApplicantService.java:58)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_applicant_email"
  Detail: Key (email)=(${v('pii.email', 'j.robertson.funerals@gmail.com')}) already exists.`)}

Funeral directors book for many families with the same email. How should I change the model?`),

  rec('travel', f`Visa invitation letter for our engineer going to the Ulaanbaatar teleport: Rodel Villanueva, Philippine passport ${v('pii.passport', 'P4827193B')}, born ${v('pii.date_of_birth', '9 March 1995')}, arriving 12 Jan, 3 weeks, installing the new 7.3 m antenna. Please write it in English and Mongolian.`),

  rec('travel', f`Für die Abnahme in Novi Sad fliegt Herr Tobias Wendl (deutscher Reisepass Nr. ${v('pii.passport', 'C7LK4R9T2')}) am 20.01. nach Belgrad. Kannst du die Einladung auf Serbisch (kyrillisch) vorbereiten?`),

  rec('protocol_de_ch', f`Einsatzprotokoll Leitstelle 144 – 30.11.2024
Alarm 13:27, Skitourengänger Lawine Piz Daint, Val Müstair
Patient: Gian-Andrea Tscharner, geb. ${v('pii.date_of_birth', '21.06.1978')}
Angehörige: Seraina Tscharner ${phone('+41 81 864 12 37')}
Meldende Person: ${phone('+41 79 712 48 03')}
Mittel: Heli, Lawinenhund, 6 Retter

Mach bitte eine kurze Medienmitteilung daraus, ohne Namen und Telefonnummern.`),

  rec('hr_it', f`Ciao, mi prepari il messaggio di benvenuto per la nuova collega dell'ufficio di Bolzano? Dati dal modulo:
Giulia Bianchi, C.F. ${v('pii.it_codice_fiscale', 'BNCGLI90S62L378U')}, cell. ${phone('+39 347 912 3854')}, mail ${v('pii.email', 'giulia.bianchi90@libero.it')}, inizio 7 gennaio, reparto contratti di leasing.`),

  rec('list_rm', f`Ti pos far ina glista ordinada da quests commembers da la colonna da salvament? Per alfabet.

Duri Bezzola – ${phone('+41 81 861 22 90')}
Men Sarott – ${phone('081 851 17 40', 'CH')}
Ursina Vital – ${phone('+41 27 966 14 82')}
Flurin Cadonau – ${phone('+41 81 257 34 18')}`),

  rec('contacts_mn', f`Инженерүүдийн жагсаалтыг хүснэгт болгоод өгөөч:
Ганбаатар Төмөр – ${phone('+976 9518 2736')} – ${v('pii.email', 'ganbaatar.t@orbicom.mn')}
Сарантуяа Бат – ${phone('8811 2937', 'MN')} – ${v('pii.email', 'sarantuya.b@orbicom.mn')}
Эрдэнэ Дорж – ${phone('+976 8812 4093')}`),

  rec('email_mk', f`> Од: Елена Трајковска <${v('pii.email', 'elena.trajkovska@t-home.mk')}>
> Испратено: 2 декември 2024
> Техничарот не дојде во договореното време. Ве молам јавете ми се на ${phone('+389 75 291846')}.

Помогни ми да ѝ одговорам љубезно, да ѝ понудиме нов термин во среда.`),

  rec('contacts_ne', f`कृपया यो सूचीलाई तालिकामा बदलिदिनुहोस्:
पासाङ शेर्पा – फेरिचे स्टेसन – ${phone('+977 9851038472')}
निमा डोमा – नाम्चे – ${phone('+977 9808 123456')} – ${v('pii.email', 'nima.doma@khumburescue.org.np')}
रमेश अधिकारी – काठमाडौं कार्यालय – ${phone('01-4412837', 'NP')}`),

  rec('email_si', f`ආයුබෝවන් මහත්මයා,

ඔබගේ මවගේ ආදාහනය 5 වන දින උදේ 10.00ට සැලසුම් කර ඇත. කිසියම් ගැටලුවක් ඇත්නම් කරුණාකර ${phone('011 269 4837', 'LK')} හෝ ${phone('+94 71 482 9305')} අංකයට අමතන්න.

මෙම පණිවිඩය වඩා ගෞරවනීය ආකාරයෙන් නැවත ලියන්න.`),

  rec('ticket_id', f`Komplain pelanggan grosir (kafe di Surabaya):
Nama: Dimas Prasetyo
Email: ${v('pii.email', 'dimas.prasetyo@kopiteras.co.id')}
HP/WA: ${phone('+62 31 5482 9174')}
Masalah: roast level Gayo batch 2448 terlalu gelap, minta retur 20 kg

Bantu saya balas dengan sopan, tawarkan penggantian.`),

  rec('install_us', f`Install appt — rural satellite internet
Customer: Wendell Pruitt
Address: 1187 County Rd 412, Philadelphia, MS 39350
Phone: ${phone('(662) 843-1907', 'US')}
Email: ${v('pii.email', 'wpruitt1961@aol.com')}
DOB (for credit check): ${v('pii.date_of_birth', '04/17/1961')}
SSN: ${v('pii.us_ssn', '431-92-0574')}
Notes: long gravel drive, dogs, call when leaving Hwy 16

write a text message reminder for the appointment, no personal details in it`),
];

/**
 * Held-out batch 39: personal data in intake notes of a refugee legal clinic, HR records of a
 * hospital laundry and an electrolyser maker, obituary and classifieds submissions, esports
 * registrations and wine-club exports, in the batch's languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH39_PII: DraftRecord[] = [
  rec('intake_en_nz', f`Kia ora, can you tidy this intake note into our standard format (Client / Matter / Next steps)?

Client: Hassan Rahimi (Afghanistan), arrived under the Refugee Quota Feb 2023
DOB: ${v('pii.date_of_birth', '14/06/1987')}
Mobile: ${phone('021 483 7265', 'NZ')}
Email: ${v('pii.email', 'h.rahimi87@gmail.com')}
NHI: ${ambCat('pii', 'ZKR4721')}
Matter: family reunification – wife and 2 tamariki still in Tehran, visas refused once already
Whānau support: cousin Abdul, ${phone('027 519 3804', 'NZ')}
Interpreter: Dari, prefers male interpreter`, 'NZ NHI number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('form_fa_af', f`لطفاً این فرم ثبت‌نام را به انگلیسی ترجمه کنید تا در پرونده بگذارم:

نام و تخلص: زهرا احمدی
تاریخ تولد: ${v('pii.date_of_birth', '1992-03-11')}
شماره پاسپورت: ${v('pii.passport', 'P04829173')}
شماره تذکره: ${ambCat('pii', '1400-0101-48273')}
شماره تماس: ${phone('+93 70 284 7139')}
ایمیل: ${v('pii.email', 'zahra.ahmadi92@yahoo.com')}
زبان: دری – نیاز به مترجم زن`, 'Afghan e-Tazkira number: personal, no built-in rule'),

  rec('chat_ps', f`مهرباني وکړئ دا معلومات په انګلیسي ولیکئ، د کورنۍ د پیدا کولو فورمې لپاره دي:
د ورور نوم: نجیب الله ځدراڼ
د اړیکې شمېره: ${phone('+93 78 412 9385')}
بریښنالیک: ${v('pii.email', 'najib.zadran.1990@gmail.com')}
وروستی ځای: جلال اباد، ننګرهار`),

  rec('intake_ti', f`በጃኹም ነዚ ሓበሬታ ናብ እንግሊዝኛ ቀይርዎ፡ ንፋይል ዓሚል እዩ፦
ስም፡ ሰላም ገብረመድህን
ዕለት ልደት፡ ${v('pii.date_of_birth', '02/09/1995')}
ቴሌፎን ኣብ ኤርትራ (ኣደ)፡ ${phone('+291 7 148 392')}
ኢመይል፡ ${v('pii.email', 'selam.gm95@outlook.com')}
ጉዳይ፡ ምጽንባር ስድራቤት – ሓው ኣብ ካርቱም`),

  rec('intake_my', f`ဒီအချက်အလက်တွေကို အင်္ဂလိပ်လို ဖောင်ထဲ ထည့်ပေးပါ။
အမည် - ဆလိုင်း ဗန်လီယန်
မွေးသက္ကရာဇ် - ${v('pii.date_of_birth', '23 July 1989')}
UNHCR ကတ်နံပါတ် - ${ambCat('pii', '283-19C04127')}
မြန်မာဖုန်း (ညီမ) - ${phone('+95 9 421 837 265')}
ဒီမှာဖုန်း - ${phone('027 519 3804', 'NZ')}`, 'UNHCR registration number: personal, no built-in rule'),

  rec('chat_ku', f`Ji kerema xwe van agahiyan bi îngilîzî binivîse ji bo forma serlêdanê:
Nav: Dilan Hesen
Roja bûyînê: ${v('pii.date_of_birth', '03.04.1990')}
Telefon (Duhok): ${phone('+964 750 482 3917')}
E-name: ${v('pii.email', 'dilan.hesen90@gmail.com')}
Zarok: 2 (kurek 7 salî, keçik 4 salî)`),

  rec('hr_tr', f`Yeni işe başlayan ütü bölümü personeli için SGK giriş bildirgesine lazım olan bilgileri tabloya çevirir misin?
Ad Soyad: Ayşe Yıldız
TC Kimlik No: ${ambCat('pii', '38472915010')}
Doğum tarihi: ${v('pii.date_of_birth', '12.05.1988')}
Cep: ${phone('0532 418 27 93', 'TR')}
E-posta: ${v('pii.email', 'ayse.yildiz88@hotmail.com')}
Başlama tarihi: 02.12.2024, vardiya: gece (hastane çamaşırları)`, 'Turkish TC Kimlik number: personal, no built-in rule'),

  rec('hr_de', f`Bitte formuliere eine Willkommensmail an unseren neuen Elektrochemiker. Daten aus dem Personalfragebogen:
Name: Jan-Ole Petersen
Geburtsdatum: ${v('pii.date_of_birth', '07.11.1991')}
Steuer-ID: ${v('pii.de_steuer_id', '47491830561')}
Mobil: ${phone('0171 4829365', 'DE')}
Private E-Mail: ${v('pii.email', 'janole.petersen@posteo.de')}
Eintritt: 06.01.2025, Team Stack-Entwicklung, Standort Stade`),

  rec('obituary_de_na', f`Bitte korrigiere die Traueranzeige für die Samstagsausgabe (Kommas, Rechtschreibung):

In stiller Trauer nehmen wir Abschied von unserem lieben Vater, Opa und Uropa
Heinz-Dieter Kessler
* ${amb('pii.date_of_birth', '14.02.1938')} in Lüderitz   † 29.11.2024 in Swakopmund
Die Trauerfeier findet am Freitag, den 6. Dezember, um 10 Uhr in der Ev.-Luth. Kirche Swakopmund statt. Anstelle von Blumen bitten wir um eine Spende an die Swakopmunder Altenhilfe.

Rückfragen an die Familie: Tel. ${phone('064 403 218', 'NA')}, ${v('pii.email', 'kessler.familie@iway.na')}`, 'birth date of a deceased person in an obituary meant for print: ambiguous'),

  rec('hr_da', f`Kan du lave en kort velkomstmail til vores nye chauffør på hospitalsruten? Oplysninger fra ansættelsesskemaet:
Navn: Mikkel Sørensen
CPR-nr.: ${ambCat('pii', '220896-2917')}
Fødselsdato: ${v('pii.date_of_birth', '22-08-1996')}
Mobil: ${phone('+45 28 94 61 37')}
E-mail: ${v('pii.email', 'mikkel.soerensen96@gmail.com')}
Start: mandag 6. januar kl. 05.30, depot Køge`, 'Danish CPR number: personal, no built-in rule'),

  rec('signup_fo', f`Kanst tú gera hesa skráseting til eina reglu í tabellini hjá okkum?
Navn: Tróndur Joensen
Gamertag: TrondurJ
Føðingardagur: ${v('pii.date_of_birth', '4. mai 2003')}
Telefon: ${phone('+298 218 473')}
Teldupostur: ${v('pii.email', 'trondur.joensen@olivant.fo')}
Lið: Fjord Wolves (CS2)`),

  rec('hr_mt', f`Jekk jogħġbok agħmel din l-informazzjoni f'tabella għall-payroll:
Isem: Charlene Vella
Numru tal-Karta tal-Identità: ${ambCat('pii', '0458791M')}
Data tat-twelid: ${v('pii.date_of_birth', '19/01/1985')}
Mowbajl: ${phone('+356 7948 3127')}
Email: ${v('pii.email', 'charlene.vella85@gmail.com')}
Sezzjoni: Ironing – lożor tal-isptar`, 'Maltese ID card number: personal, no built-in rule'),

  rec('payroll_en_wales', f`Freelance photographer needs adding to payroll for the Christmas supplement shoots. Can you put this into the format the accountant wants (Name / NI / Contact / Rate)?

Dafydd Morgan
NI number ${v('pii.uk_nino', 'JH 48 27 15 C')}
${v('pii.email', 'dafydd.morgan.photo@btinternet.com')} · ${phone('07938 204 516', 'GB')}
Day rate £220, 6 days in December`),

  rec('oh_referral', f`Make this occupational health referral a bit more formal please:

Employee: Rhian Davies, washroom operative (night shift, Llanelli plant)
NHS No: ${v('pii.uk_nhs_number', '483 920 1757')}
DOB: ${v('pii.date_of_birth', '30/10/1979')}
Contact: ${phone('07812 493 650', 'GB')}
Reason: recurring dermatitis on both hands since the switch to the new detergent in September. Gloves provided. Requesting OH assessment and advice on adjustments.`),

  rec('csv', f`can help me dedupe this registration export? Some players signed up twice for the SG qualifier.

${amb('source_code.snippet', f`player_id,ign,nric,dob,mobile,email
SGQ-0112,zhenwei,${ambCat('pii', 'S8437261G')},${v('pii.date_of_birth', '2003-02-17')},${phone('+65 9137 4826')},${v('pii.email', 'zhenwei.lim03@gmail.com')}
SGQ-0113,nurhaz,${ambCat('pii', 'T0358194I')},${v('pii.date_of_birth', '2001-11-05')},${phone('+65 8712 3905')},${v('pii.email', 'nurhazwan.01@hotmail.com')}
SGQ-0147,zhenwei_,${ambCat('pii', 'S8437261G')},${v('pii.date_of_birth', '2003-02-17')},${phone('+65 9137 4826')},${v('pii.email', 'zhenwei.lim03@gmail.com')}`)}`, 'Singapore NRIC: personal, no built-in rule'),

  rec('form_en_bb', f`Classified ad booking – Sunday edition

Customer: Desmond Clarke
Phone: ${phone('(246) 231-5804', 'BB')}
Email: ${v('pii.email', 'desclarke246@gmail.com')}
Address: Lot 14, Rock Dundo, St. James
Ad text: "FOR SALE – 2015 Toyota Axio, silver, 78,000 km, well kept, $24,500 ono. Serious enquiries only."

Fix the ad text for our style (no "ono", use "or near offer") and count the words.`),

  rec('tsv_af', f`Kan jy hierdie oesspan-lys sorteer volgens begindatum en die kontaknommers in een formaat sit?

${amb('source_code.snippet', f`naam\tid_nommer\tselfoon\tbegin
Johannes Adams\t${ambCat('pii', '8504125183080')}\t${phone('082 419 3576', 'ZA')}\t2025-01-27
Zukiswa Mbeki\t${ambCat('pii', '9207300841089')}\t${phone('+27 83 274 1985')}\t2025-01-20
Lerato Mokoena\t${ambCat('pii', '0111057124088')}\t${phone('071 538 2946', 'ZA')}\t2025-02-03`)}`, 'South African ID numbers: personal, no built-in rule'),

  rec('chat_xh', f`Molo, ndicela undincede ndibhale umyalezo omfutshane kumphathi wam: "Molo Mnu. Van Wyk, inombolo yam yefowuni entsha ngu-${phone('071 538 2946', 'ZA')} kwaye i-imeyile yam entsha ngu-${v('pii.email', 'thandeka.ndlovu@webmail.co.za')}. Ndiza kuba segumbini lokungcamla ngoMgqibelo." Yenza ibe ngesiNgesi esihle.`),

  rec('chat_st', f`Lumela, ke kopa o nthuse ho fetolela molaetsa ona ho Senyesemane bakeng sa HR ea polasi ea veine: "Nomoro ea ka ea mohala ea Lesotho ke ${phone('+266 5884 3127')}, 'me imeile ea ka ke ${v('pii.email', 'palesa.mohapi@gmail.com')}. Ke tla khutla mosebetsing ka la 6 Pherekhong."`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-01T19:42:08Z","event":"player_banned","player":"kr0nos","email":"${v('pii.email', 'kronos.gaming07@gmail.com')}","reason":"smurf_account","matched_ip":"${amb('pii.ip_address', '188.114.97.3')}","admin":"ref_hanna"}
{"ts":"2024-12-01T19:42:31Z","event":"player_banned","player":"kr0nos_alt","email":"${v('pii.email', 'k.ronos.alt@proton.me')}","reason":"smurf_account","matched_ip":"${amb('pii.ip_address', '188.114.97.3')}","admin":"ref_hanna"}`)}

write the appeal-response template for banned players based on these two`),

  rec('travel', f`Visa invitation letters for the Copenhagen LAN finals — please draft one per player with these details:

1. Mertcan Aydın, Turkish passport no. ${v('pii.passport', 'U28471936')}, born ${v('pii.date_of_birth', '09.03.2002')}
2. Lim Zhen Wei, Singapore passport number ${v('pii.passport', 'K4829173M')}, born ${v('pii.date_of_birth', '17 Feb 2003')}
3. Bryn ap Gwilym, UK passport ${v('pii.passport', '548291736')}, DOB ${v('pii.date_of_birth', '21/12/2000')}

Event dates 14–16 March 2025, accommodation provided by the organiser.`),

  rec('csv', f`Wine club export — can you find members who turn 18 before the summer release and flag the ones without a DOB? (we have to verify age for online sales)

${amb('source_code.snippet', f`member_no,name,email,phone,dob
WC-2211,Aroha Ngata,${v('pii.email', 'aroha.ngata@xtra.co.nz')},${phone('021 483 7265', 'NZ')},${v('pii.date_of_birth', '1968-09-14')}
WC-2212,Sam Whitcombe,${v('pii.email', 'sam.whitcombe@gmail.com')},${phone('+64 6 835 2741')},
WC-2213,Priya Naidu,${v('pii.email', 'priya.naidu@outlook.co.nz')},${phone('(03) 548 2917', 'NZ')},${v('pii.date_of_birth', '2007-03-02')}`)}`),

  rec('contacts_da', f`Lav en pæn kontaktliste til chaufførerne ud fra det her (navn, afdeling, telefon):

Holbæk Sygehus – Linnedcentral: Lone Kjær, ${phone('42 71 83 59', 'DK')}, ${v('pii.email', 'lokj@regionsjaelland.dk')}
Roskilde – Operationsgang: Bjarne Holm, ${phone('+45 86 12 47 93')}, ${v('pii.email', 'bjho@regionsjaelland.dk')}
Nykøbing F. – Modtagelse: nattevagt, ring til vagtcentralen`),

  rec('form_en_wales', f`Death notice submission (website form) — please turn into the print layout:

Deceased: Gwilym Rees Thomas
Born: ${amb('pii.date_of_birth', '2 March 1941')}, Llandeilo
Died: 30 November 2024, peacefully at Glangwili Hospital
Funeral: Capel Bethel, Llandeilo, Tue 10 Dec, 11am
Submitted by: Nia Thomas (daughter)
Contact phone: ${phone('+44 1267 238 451')}
Contact email: ${v('pii.email', 'nia.thomas.llandeilo@gmail.com')}
Donations: Wales Air Ambulance`, 'birth date of a deceased person in a death notice for print: ambiguous'),

  rec('w9', f`One of our American players won $3,000 at the Cardiff open and the accountant needs a W-9 before we pay. He sent this in Discord, can you tell me which boxes it goes in?

Name: Tyler Brooks
Business name: —
Tax classification: Individual
Address: 2810 Pine Hollow Rd, Macon, GA 31204
SSN: ${v('pii.us_ssn', '258-47-3916')}`),

  rec('payroll_en_nz', f`New staff member at the clinic, can you draft the welcome email and list what else I need for payroll?
Name: Tama Rangihuna
IRD: ${ambCat('pii', '049-218-376')}
DOB: ${v('pii.date_of_birth', '5 August 1994')}
Personal email: ${v('pii.email', 'tama.rangihuna@gmail.com')}
KiwiSaver: yes, 4%
Start: Monday 13 Jan, 0.8 FTE (Mon–Thu)`, 'NZ IRD number: personal, no built-in rule'),

  rec('signature_af', f`Vriendelike groete

Marelize du Toit
Bestuurder: Kelderdeur & Proelokaal
Bergrivier Landgoed, Franschhoek-pad, Paarl
Tel: ${phone('+27 21 876 4312')} · Sel: ${phone('082 419 3576', 'ZA')}
${v('pii.email', 'marelize@bergrivier.co.za')}

→ kan jy hierdie handtekening kort en in Engels maak vir die uitvoerkliënte?`),

  rec('signature_de', f`Mit freundlichen Grüßen

Dr.-Ing. Svenja Hartmann
Leitung Validierung PEM-Stacks
H2Werk GmbH · Am Hafen 12 · 21680 Stade
Tel. ${phone('+49 30 48273951')} · Mobil ${phone('+49 162 7394821')}
${v('pii.email', 's.hartmann@h2werk.de')}

Bitte übersetze die Signatur ins Englische, die Adresse kann so bleiben.`),

  rec('email_mt', f`Bongu Charlene,

Il-vann tal-ħasil għal Mater Dei se jasal fis-6:30 minflok is-6:00 għada. Jekk hemm problema, ċempel lil Joseph fuq ${phone('9942 8173', 'MT')} jew ibgħat email lil ${v('pii.email', 'joseph.azzopardi@linenworks.com.mt')}.

Saħħa,
Marvic

→ translate to English please, it's for the hospital's linen manager`),

  rec('log', f`${amb('source_code.snippet', f`[2024-12-06 10:14:22] booking.create ok  slot=2024-12-07T11:00 tasting=estate-flight guests=4 email=${v('pii.email', 'j.vandermerwe@mweb.co.za')} ip=${amb('pii.ip_address', '196.25.211.46')}
[2024-12-06 10:14:23] mail.send   fail template=booking_confirm_af to=${v('pii.email', 'j.vandermerwe@mweb.co.za')} err="421 4.7.0 Try again later"`)}

The booking went through but the confirmation didn't. Does the system retry on 421 by itself?`),

  rec('chat_my_en', f`Boss, new worker from Myanmar start Monday at the Tuas plant. Can help me fill the induction form in English?
နာမည် - Ko Aung Myo Thant
FIN: ${ambCat('pii', 'G5829163W')}
Passport No: ${v('pii.passport', 'MH482917')}
DOB: ${v('pii.date_of_birth', '11/02/1997')}
HP: ${phone('8294 6137', 'SG')}
Emergency contact (mother, Mandalay): ${phone('+95 9 784 193 628')}`, 'Singapore FIN: personal, no built-in rule'),

  rec('chat_ps', f`د کورنۍ د یوځای کېدو غوښتنلیک لپاره د ماشومانو معلومات په انګلیسي ولیکئ:
لومړی ماشوم: احمد شاه، د زیږیدو نیټه: ${v('pii.date_of_birth', '2015-08-21')}
دوهم ماشوم: مریم، د زیږیدو نیټه: ${v('pii.date_of_birth', '2018-01-09')}
مور: شګفته، تلیفون: ${phone('079 481 2736', 'AF')}`),

  rec('consent_da', f`Forældresamtykke til Nordic Clash (spillere under 18) – kan du omskrive teksten, så den er lettere at forstå?

Spiller: Oliver Dahl Nielsen, født ${v('pii.date_of_birth', '03.06.2008')}
Forælder/værge: Hanne Dahl Nielsen
Telefon: ${phone('+45 28 94 61 37')}
E-mail: ${v('pii.email', 'hanne.dahl.nielsen@mail.dk')}
"Jeg giver hermed tilladelse til, at mit barn deltager i turneringen og at kampene streames."`),

  rec('letter_tr', f`Almanya'daki müşterimizin sahasında devreye alma için gidecek mühendisimizin vize davet mektubunu İngilizce hazırlar mısın?
Ad Soyad: Emre Karakaya
Pasaport No: ${v('pii.passport', 'U19384726')}
Doğum tarihi: ${v('pii.date_of_birth', '28.07.1986')}
Görev: Elektrolizör devreye alma, 13–31 Ocak 2025, Stade`),

  rec('classified_en_wales', f`Tidy these two reader ads for Thursday's paper, keep the phone numbers exactly:

TO LET – Aberystwyth, 2-bed flat above shop, Great Darkgate St, £725 pcm, no pets. Call Gwen on ${phone('07812 493 650', 'GB')} after 5.
WANTED – old Welsh chapel hymn books, any condition, collector pays cash. Ring ${phone('029 2048 3716', 'GB')} or email ${v('pii.email', 'emyr.hymnau@outlook.com')}`),
];

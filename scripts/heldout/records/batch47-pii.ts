/**
 * Held-out batch 47: personal data in hut bookings, rescue contact lists, driver and customs files,
 * host contracts, tenant files, pilot rosters and e-bike support tickets. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH47_PII: DraftRecord[] = [
  rec('booking_de_ch', f`Bitte mach mir aus dieser Buchung eine kurze Info für den Hüttenwart:

Buchung RES-2025-0803-STU
Gruppe: Alpenclub Winterthur, 6 Pers.
Kontakt: Stefan Stucki, ${v('pii.email', 'stefan.stucki@bluewin.ch')}, ${phone('079 512 44 83', 'CH')}
Geburtsdatum Leiter (für Versicherung): ${v('pii.date_of_birth', '14.02.1971')}
Ankunft 3. Aug. ca. 16 Uhr, Vegetarier: 2, Glutenfrei: 1`),

  rec('rescue_list', f`Can you turn this emergency contact sheet into a laminated one-pager for the hut kitchen? Keep numbers big.

ALARM / NOTRUF
- Rega: 1414 (CH) · 112
- Hüttenwart Sommer: Marc-André Fellay ${phone('+41 79 384 26 17')}
- Hüttenwart Stv.: Nadia Zufferey ${phone('027 771 36 02', 'CH')}
- Bergführer Dienst (Bureau des guides): ${phone('+41 27 945 12 80')}
- Genossenschaft Pikett: ${v('pii.email', 'pikett@alpina-huts.ch')}`),

  rec('chat_fr_ch', f`Bonjour, peux-tu m'aider à rédiger le contrat de saison pour notre guide française ? Données : Camille Rochat, née le ${v('pii.date_of_birth', '23/04/1992')}, n° de sécurité sociale française ${v('pii.fr_nir', '2 92 04 13 055 078 70')}, domiciliée à Chamonix, téléphone ${phone('+33 6 48 27 19 36')}. Elle travaillera à la cabane du 15 juin au 20 septembre.`),

  rec('form_it', f`Modulo iscrizione corso di arrampicata – Rifugio Sasso Nero / Schwarzsteinhütte
Partecipante: Luca Marini
Codice fiscale: ${v('pii.it_codice_fiscale', 'MRNLCU90E08H501E')}
Nato il: ${v('pii.date_of_birth', '08/05/1990')}
Cellulare: ${phone('+39 348 915 2704')}
Email: ${v('pii.email', 'luca.marini90@libero.it')}
Contatto d'emergenza: Giulia Marini ${phone('0471 592 018', 'IT')}

Controlla che manchi solo il certificato medico per favore.`),

  rec('chat_sl', f`Pozdravljeni, potrebujem pomoč pri seznamu gorskih vodnikov za poletno sezono. Ali mi lahko narediš tabelo?
- Matej Kralj, ${phone('+386 41 728 305')}, ${v('pii.email', 'matej.kralj@siol.net')}
- Urška Zupan, ${phone('041 395 812', 'SI')}, EMŠO ${ambCat('pii', '2306988505123')}
- Gorska reševalna služba Bohinj: 112`, 'Slovenian EMŠO has no engine rule: ambiguous personal identifier'),

  rec('chat', f`Guest left a review saying our hut warden was rude, and she included her full details asking us to call back. Draft a reply email please:
Name: Hannah Whitcombe, ${v('pii.email', 'h.whitcombe@btinternet.com')}, mob ${phone('+44 7911 284736')}. She stayed 9–10 Aug with her two kids.`),

  rec('hr_de', f`Kannst du den Arbeitsvertrag für unseren Hüttengehilfen aus Deutschland prüfen? Angaben:
Tobias Reinhardt, geb. ${v('pii.date_of_birth', '03.11.1998')} in Kempten
Steuer-ID: ${v('pii.de_steuer_id', '49038174652')}
Mobil: ${phone('+49 171 4829361')}
AHV-Nr. (neu beantragt): ${ambCat('pii', '756.4729.1836.02')}
Saison 01.06.–30.09., 100 %`),

  // cold chain
  rec('driver_csv', f`Driver roster for the Venlo–Aarhus vaccine lane, can you find who's over the 56h weekly driving limit?

${amb('source_code.snippet', f`driver,licence_country,mobile,email,hours_wk45
Jeroen Bakker,NL,${phone('+31 6 2817 4590')},${v('pii.email', 'j.bakker@kryos-logistics.eu')},52.5
Mads Kjeldsen,DK,${phone('+45 28 41 73 96')},${v('pii.email', 'm.kjeldsen@kryos-logistics.eu')},58.0
Piotr Nowicki,PL,${phone('+48 512 384 729')},${v('pii.email', 'p.nowicki@kryos-logistics.eu')},55.25
Sanne de Wit,NL,${phone('06-38274615', 'NL')},${v('pii.email', 's.dewit@kryos-logistics.eu')},41.0`)}`),

  rec('chat_nl', f`Nieuwe chauffeur in dienst, kun je een welkomstmail schrijven en een checklist voor de personeelsadministratie? Gegevens: Youssef El Amrani, BSN ${v('pii.nl_bsn', '238407196')}, geboren ${v('pii.date_of_birth', '17-09-1989')}, rijbewijs C+E, start maandag 11 november in Venlo.`),

  rec('chat_da', f`Hej, kan du skrive en kort mail til toldmyndigheden? Vores chauffør Lars Thomsen (CPR ${ambCat('pii', '140385-1937')}, tlf. ${phone('+45 40 27 18 39')}) blev stoppet ved grænsen i Padborg med en forsendelse insulin og mangler en erklæring fra os.`),

  rec('chat_sv', f`Vi behöver anmäla en tillbudsrapport: kylbilen från Göteborg hade 11 °C i 40 minuter. Föraren var Erik Lindholm, personnummer ${ambCat('pii', '19840612-3318')}, nås på ${phone('+46 70 284 17 63')}. Kan du skriva rapporten på engelska till kvalitetsavdelningen i Venlo?`),

  rec('chat_et', f`Tere! Palun aita koostada tollile selgituskiri. Saadetis KRY-EE-24-009311 peeti Narva piiril kinni. Autojuht: Andrei Ivanov, isikukood ${ambCat('pii', '38507120291')}, telefon ${phone('+372 5382 1974')}. Kaup: vaktsiinid, 2–8 °C.`),

  rec('chat_el', f`Καλησπέρα, χρειάζομαι βοήθεια με μια επιστολή προς το τελωνείο Πειραιά. Ο οδηγός μας Γιώργος Αντωνίου (ΑΜΚΑ ${ambCat('pii', '12078502931')}, κινητό ${phone('+30 694 182 7305')}, email ${v('pii.email', 'g.antoniou@kryos-logistics.gr')}) περιμένει από χθες για εκτελωνισμό εμβολίων.`),

  rec('chat_tr', f`Merhaba, gümrük müşavirliğine şoförümüz için vekâletname hazırlamamız gerekiyor. Bilgiler: Mehmet Yılmaz, TC kimlik no ${ambCat('pii', '27439158062')}, doğum tarihi ${v('pii.date_of_birth', '04.06.1983')}, cep ${phone('+90 532 418 27 63')}. Türkçe ve İngilizce iki nüsha olsun lütfen.`),

  rec('chat_he', f`תוכל לנסח מכתב למכס בנמל אשדוד? הנהג שלנו, אבי כהן, ת.ז. ${ambCat('pii', '318492756')}, טלפון ${phone('054-729-1836', 'IL')}, מחכה למשלוח תרופות בקירור שנתקע מאתמול.`),

  // podcast
  rec('contract', f`Summarise the key terms of this host agreement in bullet points for the finance team:

HOST AGREEMENT – "Late Shift Stories"
Host: Daniel Okafor, residing at 1418 Alder St, Portland OR 97214
SSN (for 1099 reporting): ${v('pii.us_ssn', '532-48-1907')}
Email: ${v('pii.email', 'dan.okafor.audio@gmail.com')} · Phone: ${phone('+1 415 629 4817')}
Revenue share: 40% of net ad revenue, paid quarterly
Exclusivity: 12 months from first episode`),

  rec('chat_es', f`Necesito preparar el contrato de colaboración para la nueva presentadora del pódcast de ciencia. Sus datos: Laura Vidal Romero, DNI ${v('pii.es_dni', '48217593W')}, teléfono ${phone('+34 678 214 930')}, correo ${v('pii.email', 'lauravidal.ciencia@gmail.com')}. El colaborador de sonido es extranjero: Tomasz Wiśniewski, NIE ${v('pii.es_nie', 'X4827163S')}.`),

  rec('chat_ca', f`Em pots fer una fitxa de convidat per al pòdcast? Convidada: Montserrat Puig i Ferrer, nascuda el ${v('pii.date_of_birth', '2 de març de 1976')}, telèfon ${phone('+34 932 184 755')}, correu ${v('pii.email', 'montse.puig@xtec.cat')}. Tema: la història de les colònies tèxtils del Llobregat.`),

  rec('chat_pt', f`Olá, o apresentador brasileiro que vai gravar a partir de Lisboa precisa de contrato. Dados: Rafael Souza Lima, CPF ${v('pii.br_cpf', '472.915.836-91')}, NIF português ${ambCat('pii', '268194037')}, telemóvel ${phone('+351 912 384 715')}. Podes redigir a cláusula de pagamento em euros?`),

  rec('chat_ko', f`팟캐스트 게스트 출연 계약서 초안을 영어로 번역해 주세요. 게스트: 박서연, 주민등록번호 ${ambCat('pii', '880921-2047315')}, 연락처 ${phone('010-2947-1836', 'KR')}, 이메일 ${v('pii.email', 'seoyeon.park@naver.com')}. 출연료 50만 원.`),

  rec('chat_ms', f`Boleh tolong susun maklumat hos podcast baru untuk borang HR? Nama: Nurul Aisyah binti Ahmad, No. KP ${ambCat('pii', '910314-10-5382')}, telefon ${phone('012-749 2831', 'MY')}, emel ${v('pii.email', 'nurulaisyah.podcast@gmail.com')}, tarikh lahir ${v('pii.date_of_birth', '14 Mac 1991')}.`),

  rec('crm_log', f`Why do we get duplicate listener accounts? Two rows from the signup log:

${amb('source_code.snippet', f`2024-11-03 19:22:41 signup ok user_id=lh_771203 email=${v('pii.email', 'marta.sousa.ouve@sapo.pt')} ip=${amb('pii.ip_address', '85.243.17.92')} country=PT
2024-11-03 19:23:05 signup ok user_id=lh_771204 email=${v('pii.email', 'Marta.Sousa.Ouve@sapo.pt')} ip=${amb('pii.ip_address', '85.243.17.92')} country=PT`)}`),

  // housing authority
  rec('tenant_file', f`Kun je op basis van dit dossier een brief opstellen over de huurachterstand (vriendelijk maar duidelijk, met verwijzing naar schuldhulpverlening)?

Huurder: mevr. F. Demir
Adres: Ringvaartkade 114-2, Lindendaal
Contractnummer: HC-2019-04417
BSN: ${v('pii.nl_bsn', '173952641')}
Geboortedatum: ${v('pii.date_of_birth', '22-01-1964')}
Telefoon: ${phone('020 518 3947', 'NL')}
Achterstand: € 1.420,60 (3 maanden)`),

  rec('chat_tr', f`Merhaba, belediye konut dairesinde çalışıyorum. Kiracımız Fatma Demir Hanım'a Türkçe bir mektup yazmam gerekiyor: kira borcu 1.420,60 €, taksit planı öneriyoruz. Telefonu ${phone('+31 6 2817 4590')} — mektubun sonuna bizim danışma numaramızı yazalım, onunkini değil.`),

  rec('maintenance_ticket', f`Rewrite this maintenance ticket for the contractor, without the tenant's medical info:

Ticket #MT-88201 — lekkage badkamer, Plantsoenstraat 7-3
Tenant: Johan Verbeek, ${phone('06-38274615', 'NL')}, ${v('pii.email', 'johanverbeek58@ziggo.nl')}
Note: tenant uses a wheelchair and is on dialysis Mon/Wed/Fri mornings, only afternoons possible.
Contractor: Loodgietersbedrijf Hoekstra`),

  rec('chat_sv', f`Hej! Kan du hjälpa mig formulera ett brev om störningar till en hyresgäst? Hyresgäst: Anna Berg, ${v('pii.email', 'anna.berg73@telia.com')}, telefon ${phone('031-718 24 60', 'SE')}. Grannarna har klagat på hög musik efter kl. 23 vid fyra tillfällen.`),

  rec('chat', f`Tenant with UK background asked for a reference letter for a new landlord in Manchester. Details: Oliver Grant, NI number ${v('pii.uk_nino', 'JT 48 27 19 C')}, tenant since 2016, never in arrears, ${v('pii.email', 'olivergrant.nl@gmail.com')}. Write the reference in English please.`),

  // maritime pilots
  rec('roster', f`Can you spot clashes in this pilot roster for week 46? Rest rule: min 10h between jobs.

${amb('source_code.snippet', f`pilot\tmobile\tjob1\tjob2
Kaido Tamm\t${phone('+372 5382 1974')}\tMuuga in 02:40\tPaldiski out 11:00
Jānis Ozols\t${phone('+371 2918 4736')}\tRīga in 06:15\tRīga out 14:30
Mikkel Lund\t${phone('+45 3318 4726')}\tGreat Belt N 21:00\t—
Tiit Kask\t+372 5X1 4422 (new)\tMuuga out 04:00\tMuuga in 12:30`)}`, 'mistyped Estonian number with an X left unlabelled'),

  rec('chat_lv', f`Sveiki! Lūdzu palīdzi uzrakstīt apsveikumu mūsu loča Jāņa Ozola 60 gadu jubilejā. Viņš dzimis ${v('pii.date_of_birth', '1964. gada 19. novembrī')}, strādājis Rīgas ostā 31 gadu. Viņa e-pasts ${v('pii.email', 'janis.ozols@nordbalt-pilots.ee')}.`),

  rec('medical_pilot', f`Pilot medical renewal list for the Greek station, please sort by expiry:

- Nikos Vlachos, passport ${v('pii.passport', 'AO4817293')}, medical expires 2025-01-14, ${phone('+30 210 418 2937')}
- Eleni Karra, passport ${v('pii.passport', 'AT2093817')}, medical expires 2024-12-02, ${phone('+30 2410 527 384')}
- Dimitris Sotiriou, passport pending, medical expires 2025-03-30`),

  rec('chat_el', f`Μπορείς να γράψεις ένα email στον πλοηγό Νίκο Βλάχο (${v('pii.email', 'n.vlachos@saronicpilots.gr')}) ότι η ιατρική του βεβαίωση λήγει 14/01 και πρέπει να κλείσει ραντεβού; Ημερομηνία γέννησης για τη φόρμα: ${v('pii.date_of_birth', '30/08/1969')}.`),

  // e-bike
  rec('support_ticket', f`Ticket #ZB-40718 (Barcelona)
From: Jordi Casals <${v('pii.email', 'jordi.casals.r@gmail.com')}>
Phone: ${phone('611 49 27 83', 'ES')}
"La bici ZB-BCN-2281 s'ha bloquejat a mig viatge a la Diagonal i m'han cobrat 45 minuts. Vull el reemborsament."
Ride: 2024-11-04 18:02–18:47, lock error E31

Write a reply in Catalan apologising and confirming the refund.`),

  rec('chat_th', f`ช่วยเขียนอีเมลตอบลูกค้าเป็นภาษาอังกฤษหน่อยครับ ลูกค้าชื่อ Somchai Wongsuwan อีเมล ${v('pii.email', 'somchai.w@hotmail.co.th')} เบอร์ ${phone('089 274 1836', 'TH')} แจ้งว่าจักรยานคันที่เช่าแบตหมดกลางทางที่สุขุมวิท เลขบัตรประชาชน ${ambCat('pii', '1103702145673')} เขาส่งมาเพื่อยืนยันตัวตน ไม่ต้องใส่ในอีเมลนะครับ`),

  rec('chat_he', f`לקוח מתל אביב ביקש מחיקת חשבון לפי GDPR. הפרטים: נועה לוי, ${v('pii.email', 'noa.levi.tlv@gmail.com')}, ${phone('+972 52-418-3726')}, כתובת IP אחרונה ${amb('pii.ip_address', '79.181.44.203')}. תכתוב לי תשובה באנגלית ובעברית שמאשרת את המחיקה תוך 30 יום.`),

  rec('kyc', f`Rider ID verification failed for a tourist in Seoul; help me write the message asking for a clearer photo. OCR output:

Name: KIM DO-HYUN
Passport No: ${v('pii.passport', 'M48271936')}
Date of birth: ${v('pii.date_of_birth', '21 JUL 1995')}
Phone: ${phone('+82 10-4827-3916')}`),

  rec('chat_ms', f`Pelanggan kami di KL, Encik Hafiz Rahman (${v('pii.email', 'hafiz.rahman88@yahoo.com.my')}, ${phone('+60 12-384 7216')}), kata basikal elektrik terkunci di Bukit Bintang. Tolong tulis mesej SMS ringkas dalam Bahasa Melayu untuk maklumkan juruteknik akan datang dalam 20 minit.`),
];

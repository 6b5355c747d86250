/**
 * Held-out batch 42: personal data — passenger manifests, crew rosters, dentists' prescriptions,
 * voice-actor contracts, field-engineer records, borrower files and fragrance-panel forms. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH42_PII: DraftRecord[] = [
  rec('manifest_csv', f`The port police in Ancona rejected our manifest file, they say the date format is wrong. Fix the dates to DD/MM/YYYY and keep everything else:

${amb('source_code.snippet', f`surname,given_name,dob,nationality,doc_type,doc_no,cabin
KOVAČ,Ivana,${v('pii.date_of_birth', '1987-03-22')},HRV,P,${v('pii.passport', '118374652')},C214
ROSSI,Giulia,${v('pii.date_of_birth', '1992-08-05')},ITA,P,${v('pii.passport', 'YA4829173')},C214
MÜLLER,Jonas,${v('pii.date_of_birth', '2015-11-30')},DEU,P,${v('pii.passport', 'C7FK28LN3')},C216
AKSOY,Emre,${v('pii.date_of_birth', '1979-01-14')},TUR,P,${v('pii.passport', 'U19283746')},DECK`)}`),

  rec('chat_hr', f`Putnica je izgubila putovnicu na brodu MV Cres, linija Rijeka–Cres. Trebam zapisnik za lučku kapetaniju: ime Marija Perković, rođena ${v('pii.date_of_birth', '04.06.1968.')}, broj putovnice ${v('pii.passport', '117293846')}, kontakt ${phone('+385 91 482 7305')}. Napiši službeni zapisnik na hrvatskom.`),

  rec('roster_et', f`Koosta sellest detsembri meeskonna nimekirjast tabel, kus on ainult nimi, ametikoht ja vahetus:

Laev: MS Naissaar (Tallinn–Helsingi)
1. Kapten Märt Tamm — ${phone('+372 5382 9104')}, ${v('pii.email', 'mart.tamm@kvarnera.ee')}, vahetus A
2. I tüürimees Kadri Lepp — ${phone('+372 5619 2047')}, vahetus A
3. Vanemmehaanik Andres Kask — ${v('pii.email', 'andres.kask@kvarnera.ee')}, vahetus B
4. Kokk Liis Saar — isikukood ${ambCat('pii', '48903152718')}, vahetus B`),

  rec('email_tr', f`Aşağıdaki e-postayı İngilizce'ye çevirir misin? Tallinn'deki İK ekibine gidecek.

"Merhaba, yeni güverte personelimiz Burak Yıldız'ın bilgileri:
T.C. Kimlik No: ${ambCat('pii', '38291047562')}
Doğum tarihi: ${v('pii.date_of_birth', '17.09.1994')}
Gemi adamı cüzdanı: ${ambCat('pii', 'IST-084172')}
Cep: ${phone('0532 418 27 63', 'TR')}
E-posta: ${v('pii.email', 'burak.yildiz94@gmail.com')}
1 Aralık'ta Tuzla'da gemiye katılacak."`),

  rec('complaint_it', f`Rispondi a questo reclamo con tono cortese, offrendo un voucher del 20%:

Da: Francesca Lombardi <${v('pii.email', 'f.lombardi.77@libero.it')}>
Tel: ${phone('+39 347 582 9130')}
Prenotazione: KVA-9QZ4M1, traversata Ancona–Spalato del 02/11, cabina interna 4 letti

"La cabina non era pulita e l'aria condizionata non funzionava. Con due bambini piccoli è stato un incubo."`),

  rec('medical_note', f`A passenger had a fall on the car deck, our purser wrote this incident note. Make it more neutral for the insurer:

Name: Hans-Peter Brandt, DOB ${v('pii.date_of_birth', '11/02/1951')}, German passport ${v('pii.passport', 'C4LT9N27R')}
Address: Lindenstraße 14, 93047 Regensburg
Phone: ${phone('+49 171 4829317')}
Passenger slipped on wet ramp, complained of wrist pain, ship's nurse applied splint. Wife says he "always falls".`),

  rec('prescription_de', f`Bitte tippe mir diesen handschriftlichen Laborauftrag ab (Zahnarztpraxis Dr. Stein, Ingolstadt):

Patientin: Renate Huber, geb. ${v('pii.date_of_birth', '23.04.1958')}
Versicherung: AOK Bayern, Vers.-Nr. ${ambCat('pii', 'H482917365')}
Arbeit: Teleskopprothese OK, Zähne 13, 23 Primärteile, Farbe A3
Einprobe: 12.12., Fertigstellung vor Weihnachten
Rückfragen: Praxis ${phone('0841 4829 1735', 'DE')}`),

  rec('hr_de', f`Formuliere eine Bestätigung für die Lohnbuchhaltung, dass unser neuer Zahntechniker zum 1.1. anfängt:

Name: Lukas Wagner
Steuer-ID: ${v('pii.de_steuer_id', '31595648759')}
Geburtsdatum: ${v('pii.date_of_birth', '09.10.1996')}
Wohnort: Dachau
Handy: ${phone('0152 28419376', 'DE')}`),

  rec('chat_sl', f`Napiši prijazno sporočilo pacientki, da je njena proteza pripravljena za prevzem v ordinaciji. Podatki: Ana Zupančič, EMŠO ${ambCat('pii', '1503962505142')}, tel. ${phone('041 582 937', 'SI')}, ${v('pii.email', 'ana.zupancic@siol.net')}. Prevzem v četrtek med 8. in 12. uro.`),

  rec('chat_nl', f`We hebben een nieuwe tandtechnicus in Utrecht aangenomen. Kun je een welkomstmail schrijven? Voor de loonadministratie heb ik al: Sanne de Vries, BSN ${v('pii.nl_bsn', '284719365')}, geboren ${v('pii.date_of_birth', '14 februari 1993')}, mobiel ${phone('06-48291735', 'NL')}. Die gegevens hoeven niet in de mail.`),

  rec('scan_log', f`Why does the scan portal reject uploads from this practice? Log lines:

${amb('source_code.snippet', f`2024-11-26 08:41:17 WARN upload rejected practice=ZA-0412 user=${v('pii.email', 'praxis.stein@t-online.de')} ip=${amb('pii.ip_address', '91.48.203.117')} file=Huber_Renate_OK.stl size=312MB reason=FILE_TOO_LARGE
2024-11-26 08:43:02 WARN upload rejected practice=ZA-0412 user=${v('pii.email', 'praxis.stein@t-online.de')} ip=${amb('pii.ip_address', '91.48.203.117')} file=Huber_Renate_OK_2.stl size=298MB reason=FILE_TOO_LARGE`)}`),

  rec('contract_fr', f`Relis ce contrat de comédien de doublage et dis-moi s'il manque une mention obligatoire :

ENTRE Sousvoix Studios SAS, 18 rue de Paradis, 75010 Paris
ET M. Karim Benali, né le ${v('pii.date_of_birth', '7 juillet 1985')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', '1 91 03 13 055 182 49')}
Adresse : 42 avenue Jean Jaurès, 69007 Lyon
Tél. : ${phone('+33 6 48 29 17 35')}
Rôle : voix française de "Capitaine Oren" (série animée, 26 × 22 min)`),

  rec('chat_pt', f`Me ajuda a preencher o recibo de pagamento autônomo (RPA) da dubladora? Nome: Juliana Costa Ribeiro, CPF ${v('pii.br_cpf', '482.913.057-14')}, nascida em ${v('pii.date_of_birth', '12/05/1990')}, e-mail ${v('pii.email', 'ju.costaribeiro@gmail.com')}, celular ${phone('(21) 98472-3015', 'BR')}. Serviço: dublagem de 4 episódios, R$ 3.200,00.`),

  rec('chat_es', f`Tengo que dar de alta a dos actores de doblaje para la sesión del lunes en Madrid. Redacta el correo a la gestoría:
- Álvaro Martín Ruiz, DNI ${v('pii.es_dni', '48271936L')}, ${phone('+34 612 48 29 37')}
- Ioana Popescu, NIE ${v('pii.es_nie', 'Y4827193J')}, nacida el ${v('pii.date_of_birth', '03/03/1998')}
Ambos con contrato por obra, 1 sesión de 4 horas.`),

  rec('chat_it', f`Compila il modulo per il pagamento della prestazione occasionale della traduttrice di sottotitoli: Giulia Rossi, codice fiscale ${v('pii.it_codice_fiscale', 'RSSGLI88H52L219S')}, residente a Torino, IBAN già in anagrafica. Compenso lordo 640 €, ritenuta d'acconto 20%.`),

  rec('chat_ja', f`声優さんへの出演依頼メールを作ってください。宛先：佐藤美咲さん（${v('pii.email', 'misaki.sato.voice@gmail.com')}、携帯 ${phone('090-4827-3916', 'JP')}）。収録日は12月9日、スタジオは渋谷、日本語吹替版の主人公の妹役です。マイナンバー ${ambCat('pii', '4829 1736 5012')} は経理にだけ送るので本文には入れないでください。`),

  rec('w9', f`US voice actor sent his W-9 details by email, can you check nothing is missing before I forward it to accounting?

Name: Derek Holloway
Business name: Holloway Voice LLC (disregarded entity)
SSN: ${v('pii.us_ssn', '512-84-3097')}
Address: 2210 N Beachwood Dr, Los Angeles, CA 90068
Phone: ${phone('+1 415 829 3746')}`),

  rec('chat_ar', f`أحتاج إلى رسالة شكر للممثلة الصوتية على أدائها في النسخة العربية. اسمها ليلى الحداد، بريدها ${v('pii.email', 'layla.haddad.vo@outlook.com')} ورقم هاتفها ${phone('+971 50 482 7391')}. أريد أن أذكر أن الحلقات ستعرض في يناير.`),

  rec('chat_pl', f`Napisz krótką informację dla lektora o zmianie terminu nagrania. Dane kontaktowe: Tomasz Wiśniewski, tel. ${phone('+48 601 483 927')}, ${v('pii.email', 't.wisniewski.lektor@wp.pl')}. Nowy termin: 10 grudnia, 14:00, studio w Warszawie.`),

  rec('uk_payroll', f`Our London editor moves to freelance from January. Check this leaver note before it goes to the payroll bureau:

Employee: Chloe Bennett
NI number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
Leaving date: 31/12/2024
Forwarding address: 7 Elm Grove, Brighton BN2 3ES
Personal email: ${v('pii.email', 'chloe.bennett.edits@gmail.com')}`),

  rec('engineer_ta', f`புதிய சைட் இன்ஜினியரின் விவரங்களை HR படிவத்தில் நிரப்ப உதவவும்:
பெயர்: சரவணன் முருகன்
பிறந்த தேதி: ${v('pii.date_of_birth', '14-08-1989')}
ஆதார் எண்: ${v('pii.in_aadhaar', '4829 0173 5626')}
மொபைல்: ${phone('+91 94431 82736')}
மின்னஞ்சல்: ${v('pii.email', 'saravanan.m89@gmail.com')}
பணியிடம்: இன்டேக் வீர், யூனிட் 2`),

  rec('field_roster_ne', f`यो फिल्ड इन्जिनियरहरूको अन-कल सूचीलाई अंग्रेजीमा तालिका बनाइदिनुहोस्:

पुस महिना — पावरहाउस र इन्टेक
१. राजेश श्रेष्ठ, ${phone('+977 9841827364')}, नागरिकता नं. ${ambCat('pii', '27-01-74-05182')}
२. सुनिता तामाङ, ${phone('+977 980-2917364')}
३. बिकास गुरुङ, ${v('pii.email', 'bikas.gurung@trisulihydro.com.np')}`),

  rec('vpn_log', f`Which of these logins look suspicious? Field engineers are usually at the plant or in Kathmandu.

${amb('source_code.snippet', f`2024-11-27 02:14:51 vpn-gw auth ok user=r.shrestha src=${amb('pii.ip_address', '27.34.68.102')} geo=NP
2024-11-27 02:16:03 vpn-gw auth ok user=r.shrestha src=${amb('pii.ip_address', '185.220.101.47')} geo=DE
2024-11-27 07:40:19 vpn-gw auth ok user=s.murugan src=${amb('pii.ip_address', '49.37.212.18')} geo=IN
2024-11-27 07:41:55 vpn-gw auth fail user=b.gurung src=${amb('pii.ip_address', '110.44.118.9')} geo=NP`)}`),

  rec('landowner_letter', f`Draft a polite letter in English to the landowner downstream of the tailrace about the compensation meeting. Details: Mr. Hari Bahadur Thapa, ward 4, Betrawati, phone ${phone('+977 984-1627395')}. Meeting on 15 Poush at the site office.`),

  rec('kyc_tl', f`Gawan mo ng maikling buod ang loan application na ito para sa credit committee (English):

Pangalan: Rosalinda Macaraeg
Kaarawan: ${v('pii.date_of_birth', 'Marso 8, 1979')}
PhilSys ID: ${ambCat('pii', '4827-1936-5028-1043')}
Cellphone: ${phone('0917 482 3015', 'PH')}
Negosyo: sari-sari store, Brgy. San Isidro, Tarlac
Halagang hinihingi: ₱15,000, 6 buwan`),

  rec('kyc_ms', f`Tolong ringkaskan permohonan pinjaman mikro ini dalam Bahasa Inggeris untuk jawatankuasa kredit:

Nama: Siti Nurhaliza binti Ahmad
No. MyKad: ${ambCat('pii', '790312-12-5482')}
Tarikh lahir: ${v('pii.date_of_birth', '12 Mac 1979')}
Telefon: ${phone('012-483 9271', 'MY')}
Perniagaan: gerai kuih di pasar tamu Tawau
Jumlah: RM 3,000 untuk 12 bulan`),

  rec('borrowers_csv', f`Group meeting reminder list for the Madurai branch — write one SMS in Tamil that works for everyone:

${amb('source_code.snippet', f`group,member,mobile,aadhaar_last4
MDU-G07,Meena Karuppasamy,${phone('+91 98431 27465')},••••5626
MDU-G07,Lakshmi Selvaraj,${phone('+91 94879 30215')},••••8811
MDU-G07,Pandiammal R,${phone('+91 99405 18273')},••••2047`)}`),

  rec('field_note', f`Loan officer's visit note, please turn it into the standard format (Purpose / Observations / Next step):

Visited Bb. Ocampo at home, Brgy. Malabanan. Husband working in Qatar, sends remittance monthly. She showed passport of husband (${v('pii.passport', 'P4827193A')}) as proof. Store stock ok. She asks for top-up loan. Contact: ${phone('+63 917 593 2048')}.`),

  rec('whatsapp_export', f`Can you extract the action items from this WhatsApp export of the branch managers group?

[27/11/24, 08:12] Aileen Santos: Good morning po. Reminder, PAR report due Friday.
[27/11/24, 08:15] Rajan Pillai: Madurai done. One client moved, new number ${phone('+91 97890 41827')}
[27/11/24, 08:20] Nurul Hidayah: KK branch internet down, sending via phone. Email me at ${v('pii.email', 'nurul.h@bayanihanmf.org')} if urgent
[27/11/24, 08:31] Aileen Santos: Noted 👍`),

  rec('panel_fr', f`Pour le panel d'évaluation olfactive de décembre, peux-tu rédiger la convocation ? Participants :
- Élise Fournier — ${v('pii.email', 'elise.fournier@orange.fr')} — née le ${v('pii.date_of_birth', '21/01/1974')}
- Thomas Giraud — ${phone('+33 7 82 41 93 56')}
- Nadia Belkacem — ${v('pii.email', 'n.belkacem@free.fr')} (allergie déclarée au linalol)
Lieu : laboratoire de Grasse, 10 décembre, 9h30.`),

  rec('allergy_it', f`Una cliente ci scrive di aver avuto una reazione cutanea al profumo "Néroli Blanc". Prepara una risposta empatica e chiedi il numero di lotto. Dati: Chiara Bianchi, ${v('pii.email', 'chiara.bianchi82@gmail.com')}, ${phone('+39 333 918 2746')}, nata il ${v('pii.date_of_birth', '02/11/1982')}.`),

  rec('crm_json', f`Why doesn't this customer show up in the loyalty segment? CRM record:

${amb('source_code.snippet', f`{
  "customer_id": "C-FR-0048217",
  "first_name": "Amélie",
  "last_name": "Roussel",
  "email": "${v('pii.email', 'amelie.roussel@laposte.net')}",
  "phone": "${phone('+33 6 71 28 49 30')}",
  "birthdate": "${v('pii.date_of_birth', '1986-06-19')}",
  "loyalty_tier": "or",
  "last_order": "2024-10-02",
  "consents": { "email": true, "sms": false }
}`)}`),

  rec('chat_tr', f`Isparta'daki gül bahçesi sahibi ile sözleşme yapıyoruz. Sözleşmedeki kişi bilgilerini kontrol eder misin? Mehmet Kaya, T.C. ${ambCat('pii', '52817394016')}, doğum tarihi ${v('pii.date_of_birth', '05.05.1966')}, telefon ${phone('+90 532 418 27 63')}, adres: Gönen ilçesi, Isparta.`),

  rec('gulf_distributor', f`Write a short welcome email for the new sales rep at our Dubai distributor. His visa copy came with the contract: Omar Al Mansoori, passport ${v('pii.passport', 'N8271936')}, mobile ${phone('+971 55 918 2734')}, email ${v('pii.email', 'omar.mansoori@gcc-fragrance.ae')}. Don't mention the passport.`),

  rec('ship_nhs', f`A British passenger needs the ship's nurse report sent to his GP. Summarise it in plain English:

Patient: Graham Whitfield, DOB ${v('pii.date_of_birth', '30/06/1948')}, NHS number ${v('pii.uk_nhs_number', '482 917 3653')}
Seasickness with dehydration on the Tallinn–Helsinki crossing, IV fluids not given, oral rehydration, recovered. Advised to see GP.`),
];

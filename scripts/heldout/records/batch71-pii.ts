/**
 * Held-out batch 71: personal data in radiology referrals, scrap-seller registers, crew manifests,
 * alumni records, newsroom contact sheets and mobile-operator tickets, in many languages. National
 * numbers with no built-in rule are ambiguous spans without a rule id. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH71_PII: DraftRecord[] = [
  rec('referral_en_gb', f`Can you tidy this CT referral so it reads properly? Keep all the details, the booking clerks need them.

Patient: Morag Henderson
CHI: ${v('pii.uk_nhs_number', '140387 2910')}
DOB: ${v('pii.date_of_birth', '14/03/1987')}
Address: 12 Baxter Park Terrace, Dundee DD4 6EP
Mob: ${phone('07824 316590', 'GB')}
Clinical: 3/52 worsening RUQ pain, deranged LFTs, ?gallstones ?mass. US equivocal. Please CT abdo/pelvis with contrast. eGFR 82.
Referrer: Dr A. Kerr, Lochee Health Centre`, 'Scottish CHI number: same mod-11 check as an NHS number, labelled with the NHS-number rule'),

  rec('form_en_us', f`Please rewrite this MRI prior-authorization summary as a short fax cover note to the insurer:

Member: Darnell Whitaker   DOB ${v('pii.date_of_birth', '08/22/1969')}   SSN ${v('pii.us_ssn', '512-48-3907')}
Plan: BlueRiver PPO, member ID BRX-4471-0092
Phone: ${phone('(614) 582-3907', 'US')}   Email: ${v('pii.email', 'dwhitaker69@gmail.com')}
Exam: MRI lumbar spine w/o contrast, CPT 72148
Reason: radiculopathy L5, 8 weeks PT without improvement`),

  rec('form_en_us', f`The front desk typed this into the MRI safety screening form and the RIS rejected the birth date. Which field is wrong and how should I ask the patient to confirm?

Name: Kayla Brennan
DOB: ${amb('pii.date_of_birth', '13/07/1991')}
Phone: ${phone('+1 312 847 2093')}
Implants: none. Claustrophobia: mild, requests open MRI if possible.`, 'month 13 in a US form: no valid date, perhaps a transposed real one (ambiguous)'),

  rec('onboarding_en_ca', f`Payroll onboarding for a new roustabout joining the Hibernia rotation. Can you check nothing is missing before I send it to HR in St. John's?

Name: Tyler Fitzpatrick
SIN: ${v('pii.ca_sin', '157 387 713')}
Date of birth: ${v('pii.date_of_birth', 'April 2, 1996')}
Passport no.: ${v('pii.passport', 'AK482917')} (Canada, exp. 2031)
Cell: ${phone('(902) 481-3370', 'CA')}
Emergency contact: Brenda Fitzpatrick (mother), ${phone('+1 709 576 2214')}
BOSIET: valid to 03/2027. Offshore medical: valid to 10/2025.`),

  rec('ticket_en_ph', f`Pls help me write a reply to this customer. She's asking why her SIM registration was rejected.

Ticket #PH-SR-230918
Name: Maria Clarissa R. Santos
Birthday: ${v('pii.date_of_birth', 'June 8, 1994')}
Mobile no.: ${phone('0917 482 3065', 'PH')}
Email: ${v('pii.email', 'clarissa.santos94@yahoo.com')}
ID presented: PhilSys ID, PCN ${ambCat('pii', '4829-1730-5628-9104')}
Rejection reason: selfie does not match ID photo

Make it polite and tell her she can resubmit thru the app within 30 days.`, 'PhilSys card number: personal, no built-in rule'),

  rec('ticket_en_ke', f`SIM swap request to verify before I approve. Does anything look off to you?

Customer: Wanjiru Kamau
National ID: ${ambCat('pii', '28473916')}
Line: ${phone('0722 418 395', 'KE')}
DOB on file: ${v('pii.date_of_birth', '17/09/1990')}
Last 3 M-PESA transactions given by customer: 1,500 to Naivas, 300 airtime, 2,000 to 0733 xxx xxx
Store: Moi Avenue, Nairobi. Agent: C. Otieno

She says her old phone was stolen on Saturday.`),

  rec('form_es_co', f`¿Me ayudas a convertir estos datos en una orden de TAC de tórax bien escrita? El médico lo mandó por WhatsApp:

Paciente: Luz Adriana Morales Quintero
C.C. ${ambCat('pii', '1.020.483.917')}
Fecha de nacimiento: ${v('pii.date_of_birth', '03/11/1978')}
Celular: ${phone('310 748 2915', 'CO')}
Correo: ${v('pii.email', 'luzadriana.morales@hotmail.com')}
EPS: Sanitas. Motivo: nódulo pulmonar 9 mm en Rx, control.`, 'Colombian cédula: no built-in rule'),

  rec('register_es_cl', f`Necesito el libro de registro de compra de chatarra en formato tabla para la fiscalización de mañana. Datos del vendedor de hoy:

Nombre: Héctor Patricio Soto Vergara
RUT: ${ambCat('pii', '15.482.937-7')}
Teléfono: ${phone('+56 9 8274 1936')}
Patente camioneta: KX-PL-41
Material: 312 kg cobre #2, 85 kg bronce
Declaración de origen: desarme de instalación eléctrica propia, calle Los Aromos 1180, Rancagua`, 'Chilean RUT: no built-in rule'),

  rec('hr_es_ve', f`Hola, soy de recursos humanos de la contratista de perforación. Tenemos un soldador venezolano que ahora vive en España y va a rotar en el pozo de Guyana. Revisa si falta algo para el permiso de trabajo:

Nombre: José Gregorio Rondón Pérez
NIE: ${v('pii.es_nie', 'Y4827139M')}
Pasaporte venezolano: ${v('pii.passport', '128473916')} (vence 08/2027)
Fecha de nacimiento: ${v('pii.date_of_birth', '21/05/1984')}
Teléfono en Valencia (VE): ${phone('0414-728-3915', 'VE')}
Correo: ${v('pii.email', 'jgrondon84@gmail.com')}`),

  rec('ticket_pt_br', f`Cliente pediu portabilidade e o sistema recusou. Escreve uma resposta pra ele explicando que o CPF não bate com o da operadora doadora:

Nome: Rafael Henrique Duarte
CPF informado: ${v('pii.br_cpf', '482.917.305-04')}
Data de nascimento: ${v('pii.date_of_birth', '30/01/1992')}
Número a portar: ${phone('(21) 98734-2210', 'BR')}
Protocolo: 2024112788301`),

  rec('ticket_fr_ma', f`Bonjour, rédige-moi une réponse au client pour lui confirmer le changement de titulaire de sa ligne. Infos du dossier :

Ancien titulaire : Youssef El Amrani
Nouveau titulaire : Salma El Amrani (fille)
CIN nouveau titulaire : ${ambCat('pii', 'BK482917')}
Numéro : ${phone('+212 6 61 48 27 39')}
E-mail : ${v('pii.email', 'salma.elamrani@gmail.com')}
Agence : Casablanca Maârif. Effet : 1er décembre.`, 'Moroccan CIN: no built-in rule'),

  rec('form_fr_ch', f`Peux-tu vérifier ce formulaire d'inscription pour une IRM ? La patiente est frontalière, elle habite à Annemasse et travaille à Genève.

Nom : Mme Élodie Perrin
Né(e) le : ${v('pii.date_of_birth', '09/07/1991')}
N° de sécurité sociale (France) : ${v('pii.fr_nir', '2 91 07 69 123 456 20')}
N° AVS : ${ambCat('pii', '756.4829.1730.53')}
Tél. : ${phone('+33 6 48 27 39 15')}
Assurance : Groupe Mutuel (LAMal)`, 'Swiss AVS number: no built-in rule'),

  rec('hr_de', f`Kannst du aus dem Personalbogen eine kurze Willkommensmail für unseren neuen Mechaniker auf der Plattform machen? Die Daten bitte NICHT in die Mail übernehmen:

Name: Jannik Oltmanns
Geburtsdatum: ${v('pii.date_of_birth', '05.12.1993')}
Steuer-ID: ${v('pii.de_steuer_id', '51386742296')}
Mobil: ${phone('0171 4829305', 'DE')}
Privat-Mail: ${v('pii.email', 'j.oltmanns93@web.de')}
Einsatz: ab 09.12., 14/21-Rotation, Hubschrauber ab Emden`),

  rec('contract_nl_be', f`Kun je deze gegevens in ons standaardcontract voor freelance cameramensen zetten? Hij is Nederlander, woont in Antwerpen:

Naam: Sander Vermeulen
BSN: ${v('pii.nl_bsn', '288722590')}
Adres: Kloosterstraat 41, 2000 Antwerpen
GSM: ${phone('0476 28 39 14', 'BE')}
E-mail: ${v('pii.email', 'sander@vermeulenbeeld.be')}
Dagtarief: € 520, reportages voor het regionale nieuws`),

  rec('form_it_ch', f`Buongiorno, mi serve un promemoria per la segreteria di radiologia. Paziente frontaliera, residente a Como:

Cognome e nome: Carovigno Alessandra
Codice fiscale: ${v('pii.it_codice_fiscale', 'CRVLSN90A41F205N')}
Data di nascita: ${v('pii.date_of_birth', '01/01/1990')}
Cellulare: ${phone('+41 79 482 17 36')}
Esame: mammografia bilaterale + ecografia, controllo annuale
Nota: porta i CD degli esami 2023 dall'Italia`),

  rec('referral_nb', f`Kan du gjøre denne henvisningen litt ryddigere før jeg legger den inn i RIS?

Pasient: Ingrid Solheim Haugland
Fødselsnr.: ${ambCat('pii', '190386 41282')}
Født: ${v('pii.date_of_birth', '19.03.1986')}
Tlf.: ${phone('+47 917 38 452')}
Problemstilling: Kjent MS, ny synsforstyrrelse høyre øye siste uke. Ønsker MR caput med kontrast, gjerne innen 14 dager.
Henvisende lege: fastlege Bjørn Aas, Fana legesenter`, 'Norwegian fødselsnummer: no built-in rule'),

  rec('csv_sv', f`Städa den här exporten från alumniregistret och markera dubbletter:

${amb('source_code.snippet', f`namn;personnummer;examensår;e-post;mobil
Karin Lundqvist;${ambCat('pii', '850623-4825')};2009;${v('pii.email', 'karin.lundqvist@outlook.com')};${phone('070-218 43 95', 'SE')}
Karin Lundqvist;${ambCat('pii', '850623-4825')};2009;${v('pii.email', 'k.lundqvist@alumni.lnu.se')};
Oskar Wikström;${ambCat('pii', '920114-3758')};2015;${v('pii.email', 'oskar.wikstrom@gmail.com')};${phone('+46 73 481 92 06')}`)}`, 'Swedish personnummer: no built-in rule'),

  rec('record_is', f`Geturðu sett þetta upp sem snyrtilega færslu fyrir útskriftarnemaskrána? Viðkomandi vill fá boð á 20 ára útskriftarafmælið.

Nafn: Sigríður Ósk Bjarnadóttir
Kennitala: ${ambCat('pii', '220881-2969')}
Netfang: ${v('pii.email', 'sigga.osk@simnet.is')}
Sími: ${phone('+354 862 4719')}
Útskrift: BS í hjúkrunarfræði, 2004`, 'Icelandic kennitala: no built-in rule'),

  rec('ticket_et', f`Palun kirjuta kliendile vastus, et tema numbriülekanne on kinnitatud. Andmed:

Klient: Kadri Tamm
Isikukood: ${ambCat('pii', '48905170279')}
Number: ${phone('+372 5382 9174')}
E-post: ${v('pii.email', 'kadri.tamm@mail.ee')}
Ülekande aeg: 3. detsember kell 10.00`, 'Estonian isikukood: no built-in rule'),

  rec('referral_pl', f`Przepisz to skierowanie na TK tak, żeby było czytelne dla rejestracji:

Pacjentka: Bożena Kaczmarek
PESEL: ${ambCat('pii', '78031405820')}
Data urodzenia: ${v('pii.date_of_birth', '14.03.1978')}
Tel.: ${phone('+48 601 382 947')}
Rozpoznanie: podejrzenie zatorowości płucnej, D-dimery 2,4. TK klatki piersiowej z kontrastem, CITO.`, 'Polish PESEL: no built-in rule'),

  rec('manifest_sr', f`Molim te proveri spisak za helikopterski transfer na platformu, treba da ga pošaljem na engleskom:

1. Nikola Jovanović — JMBG ${ambCat('pii', '1204987710487')}, pasoš ${v('pii.passport', '014829371')}, tel. ${phone('+381 64 2837 194')}
2. Stefan Ilić — pasoš ${v('pii.passport', '011734829')}, tel. ${phone('063 718 2940', 'RS')}
Polazak: 6. decembar, 07:10, baza Den Helder. Težina prtljaga max 15 kg.`, 'Serbian JMBG: no built-in rule'),

  rec('ticket_sq', f`Më ndihmo të shkruaj një përgjigje për klientin që kërkon kartë SIM të re jashtë vendit. Të dhënat:

Emri: Arben Hoxha
Data e lindjes: ${v('pii.date_of_birth', '11.02.1975')}
Numri i pasaportës: ${v('pii.passport', 'BA4827391')}
Numri i telefonit: ${phone('+355 69 482 7316')}
Adresa në Itali: Via Gramsci 22, Bari
Kërkesa: SIM e re me të njëjtin numër, dërgesë me postë.`),

  rec('form_el', f`Μπορείς να μου φτιάξεις ένα σύντομο SMS υπενθύμισης για την αξονική του ασθενή; Στοιχεία από το σύστημα:

Ασθενής: Γεώργιος Παπαδόπουλος
ΑΜΚΑ: ${ambCat('pii', '21078304181')}
Ημ. γέννησης: ${v('pii.date_of_birth', '21/07/1983')}
Κινητό: ${phone('+30 694 827 3150')}
Εξέταση: Αξονική κοιλίας με σκιαγραφικό, Τρίτη 10/12, 08:45. Νηστεία 6 ώρες.`, 'Greek AMKA: no built-in rule'),

  rec('manifest_az', f`Zəhmət olmasa helikopter manifestini ingiliscəyə çevir və cədvəl şəklində yaz:

Uçuş: Dübəndi heliport → "Xəzər-3" qazma qurğusu, 04.12.2024, 08:00
1) Rəşad Məmmədov — pasport ${v('pii.passport', 'C04827391')}, doğum tarixi ${v('pii.date_of_birth', '19.08.1988')}, çəki 86 kq
2) Elvin Quliyev — pasport ${v('pii.passport', 'C03918274')}, doğum tarixi ${v('pii.date_of_birth', '02.01.1995')}, çəki 79 kq
Əlaqə (bazadakı dispetçer): ${phone('+994 50 382 74 19')}`),

  rec('record_hy', f`Օգնիր խմբագրել շրջանավարտի քարտը մեր տվյալների բազայի համար.

Անուն ազգանուն՝ Արմեն Սարգսյան
Ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '27.04.1985')}
Հեռախոս՝ ${phone('+374 91 482739')}
Էլ. փոստ՝ ${v('pii.email', 'armen.sargsyan85@mail.am')}
Ավարտել է՝ 2007, ֆիզիկայի ֆակուլտետ
Նշում՝ պատրաստ է ամեն տարի նվիրաբերել կրթաթոշակային հիմնադրամին։`),

  rec('ticket_he', f`תנסח בבקשה הודעת SMS קצרה למטופל שהבדיקה שלו נדחתה. פרטים מהמערכת:

שם: יוסי אברהם
ת"ז: ${ambCat('pii', '031847296')}
נייד: ${phone('054-829-3716', 'IL')}
בדיקה: MRI ברך שמאל, נדחה מ-5/12 ל-19/12 בשעה 14:30 עקב תקלה במכשיר.`, 'Israeli ID number: no built-in rule'),

  rec('ticket_ar_sa', f`أرجو كتابة رد مختصر للعميل يؤكد أن شريحته الجديدة جاهزة للاستلام من الفرع. البيانات:

الاسم: محمد عبدالله القحطاني
رقم الإقامة: ${ambCat('pii', '2481039572')}
رقم الجوال: ${phone('050 738 2914', 'SA')}
الفرع: الرياض – حي العليا. يجب إحضار الإقامة الأصلية.`, 'Saudi iqama number: no built-in rule'),

  rec('ticket_fa', f`لطفاً یک پیامک کوتاه برای مشترک بنویس که درخواست انتقال مالکیت سیم‌کارتش ثبت شد. اطلاعات پرونده:

نام: زهرا احمدی
کد ملی: ${ambCat('pii', '0084172932')}
شماره همراه: ${phone('0935 718 2946', 'IR')}
تاریخ تولد: ${v('pii.date_of_birth', '1369/05/12')}
شماره پیگیری: ۷۷۴۱۰۲۹`, 'Iranian national code: no built-in rule; Solar Hijri birth date'),

  rec('form_ur', f`آف شور رگ پر نئے ویلڈر کے کاغذات چیک کریں کہ کچھ رہ تو نہیں گیا:

نام: محمد عمران خان
شناختی کارڈ نمبر: ${ambCat('pii', '35202-4827391-5')}
پاسپورٹ نمبر: ${v('pii.passport', 'AB4827391')}
تاریخ پیدائش: ${v('pii.date_of_birth', '12-03-1989')}
موبائل: ${phone('0321-7382914', 'PK')}
ویزا: قطر، کام کا ویزا، 2026 تک`, 'Pakistani CNIC: no built-in rule'),

  rec('referral_hi', f`इस रेफ़रल को अंग्रेज़ी में साफ़-सुथरा लिख दीजिए, CT स्कैन की बुकिंग करनी है:

मरीज़: सुनीता देवी
आधार नंबर: ${v('pii.in_aadhaar', '4820 3917 5621')}
जन्म तिथि: ${v('pii.date_of_birth', '05/09/1962')}
मोबाइल: ${phone('+91 98452 71836')}
शिकायत: सिरदर्द और चक्कर, दो हफ़्ते से। डॉक्टर ने CT ब्रेन (बिना कॉन्ट्रास्ट) लिखा है।`),

  rec('ticket_bn', f`গ্রাহককে একটা উত্তর লিখে দিন যে তার সিমের বায়োমেট্রিক নিবন্ধন সম্পন্ন হয়েছে। তথ্য:

নাম: মোঃ রফিকুল ইসলাম
জাতীয় পরিচয়পত্র নম্বর: ${ambCat('pii', '4829173056')}
মোবাইল: ${phone('01819-274836', 'BD')}
নিবন্ধনের স্থান: মিরপুর কাস্টমার কেয়ার সেন্টার`, 'Bangladeshi NID: no built-in rule'),

  rec('record_ta', f`முன்னாள் மாணவர் சங்க நிகழ்ச்சிக்கான பதிவை சரிபார்க்க உதவுங்கள்:

பெயர்: கார்த்திக் சுப்பிரமணியன்
பிறந்த தேதி: ${v('pii.date_of_birth', '23/10/1990')}
மின்னஞ்சல்: ${v('pii.email', 'karthik.subramanian90@gmail.com')}
கைபேசி: ${phone('+91 94470 28193')}
பட்டம்: B.E. இயந்திரவியல், 2011
நன்கொடை: ₹10,000 உதவித்தொகை நிதிக்கு`),

  rec('ticket_si', f`පාරිභෝගිකයාට කෙටි පිළිතුරක් ලියන්න, ඔහුගේ නව SIM කාඩ්පත සක්‍රිය කළ බව. විස්තර:

නම: නිමල් පෙරේරා
ජා.හැ.අ.: ${ambCat('pii', '198734502817')}
දුරකථන අංකය: ${phone('+94 77 482 7391')}
ශාඛාව: කොළඹ 03`, 'Sri Lankan NIC: no built-in rule'),

  rec('register_vi', f`Em cần lập sổ theo dõi người bán phế liệu theo mẫu của phường. Anh/chị chuyển giúp thành bảng:

Họ tên: Nguyễn Văn Hùng
CCCD: ${ambCat('pii', '079087004823')}
Ngày sinh: ${v('pii.date_of_birth', '14/02/1987')}
SĐT: ${phone('0903 718 294', 'VN')}
Hàng bán: 450 kg sắt vụn, 35 kg nhôm lon
Địa chỉ: 27 Lê Văn Việt, TP. Thủ Đức`, 'Vietnamese citizen ID: no built-in rule'),

  rec('ticket_mn', f`Хэрэглэгчид SIM карт сэргээсэн тухай богино мессеж бичээд өгөөч. Мэдээлэл:

Нэр: Батбаяр Ганболд
Регистрийн дугаар: ${ambCat('pii', 'УБ87061512')}
Утас: ${phone('+976 9911 4827')}
Салбар: Сүхбаатар дүүрэг, үйлчилгээний төв №3`, 'Mongolian register number: no built-in rule'),

  rec('form_kk', f`Жаңа бұрғылаушының құжаттарын тексеріп, орысшаға аударып берші:

Аты-жөні: Ерлан Сейітқалиұлы Нұрпейісов
ЖСН: ${ambCat('pii', '870615300486')}
Туған күні: ${v('pii.date_of_birth', '15.06.1987')}
Телефон: ${phone('+7 701 482 7391')}
Вахта: 28/28, Атырау – Қашаған`, 'Kazakh IIN: no built-in rule'),

  rec('contacts_sw', f`Nisaidie kuandika ujumbe mfupi wa kumshukuru mtoa habari wetu kwa video ya mafuriko ya Jangwani. Maelezo:

Jina: Bi. Rehema Mwakyusa
Simu: ${phone('+255 754 382 917')}
Barua pepe: ${v('pii.email', 'rehema.mwakyusa@gmail.com')}
Tumetumia video yake kwenye taarifa ya habari ya saa mbili usiku, tarehe 26 Novemba.`),

  rec('form_am', f`ይህን የታካሚ መረጃ ለራዲዮሎጂ ቀጠሮ በእንግሊዝኛ አዘጋጅልኝ፦

ስም፦ አበበ ከበደ
የትውልድ ቀን፦ ${v('pii.date_of_birth', '12/04/1979')}
ስልክ፦ ${phone('0911 48 27 39', 'ET')}
ምርመራ፦ የደረት ሲቲ ስካን፣ ከንፅፅር ጋር
ቀጠሮ፦ ማክሰኞ ጠዋት 2:30`),

  rec('ticket_tl', f`Paki-summarize itong reklamo para sa supervisor ko:

"Hello po, si Jun Mercado po ito, ${phone('+63 917 824 3190')}. Tatlong beses na akong tumawag, hindi pa rin naibabalik ang load ko na 299 na nawala noong Nov 24. Pakitawagan po ako pagkatapos ng 6pm. Salamat."

Device: Oppo A78, IMEI ${ambCat('pii', '864738052193745')}
Account email: ${v('pii.email', 'junmercado.ph@gmail.com')}`, 'a handset IMEI in a customer ticket: device id tied to a person, no built-in rule'),

  rec('ticket_ckb', f`تکایە وەڵامێکی کورت بنووسە بۆ ئەو کڕیارەی داوای گۆڕینی ژمارەی مۆبایلەکەی کردووە:

ناو: ئاراس محەمەد کەریم
ژمارەی کۆن: ${phone('0750 482 7391', 'IQ')}
ژمارەی نوێ: ${phone('+964 770 482 7391')}
ڕێکەوتی لەدایکبوون: ${v('pii.date_of_birth', '1992/08/14')}
لق: هەولێر، شەقامی ٦٠ مەتری`),
];

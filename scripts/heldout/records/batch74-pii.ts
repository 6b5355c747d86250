/** Held-out batch 74: personal data in tickets, referrals, HR and enrolment forms, KYC notes and signatures, in many languages. Hand-written. */
import { ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH74_PII: DraftRecord[] = [
  rec('ticket', f`Ticket #PX-88120 – wrong alternator delivered
Customer: Marcus Delgado <${v('pii.email', 'mdelgado.garage@outlook.com')}>
Phone: ${phone('+1 (614) 382-7190')}
Ship to: 4471 Cleveland Ave, Columbus OH 43231
Vehicle: 2014 Ford F-150 3.5L EcoBoost

"Ordered the 200A alternator, got the 150A one. I need it before Friday, my truck is my job."

Write a short apology and tell him a replacement ships today with a prepaid return label.`),

  rec('referral', f`Please turn this GP referral into a one-paragraph summary for the hospice admissions meeting:

Child: Amelia Rowntree   DOB: ${v('pii.date_of_birth', '03/02/2019')}   NHS No: ${v('pii.uk_nhs_number', '456 324 5178')}
Diagnosis: spinal muscular atrophy type 1, home ventilation overnight
Family: mother Claire (main carer), mobile ${phone('07712 384 905', 'GB')}, email ${v('pii.email', 'claire.rowntree@btinternet.com')}
Request: respite stays (2 nights/month) and sibling support for brother (7).`),

  rec('hr_de', f`Bitte schreib mir eine Checkliste für den ersten Arbeitstag unserer neuen Pflegefachkraft im Kinderhospiz. Daten aus dem Personalbogen:
Name: Jana Weißenborn
Geburtsdatum: ${v('pii.date_of_birth', '17.09.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '76 058 549 231')}
Mobil: ${phone('0172 9384 7215', 'DE')}
Beginn: 01.04.2025, Nachtdienst-Einarbeitung ab Woche 2`),

  rec('hr_fr', f`Peux-tu préparer le courrier de bienvenue pour notre nouvelle psychologue à la maison de répit ? Infos du dossier :
Nom : Amina Diallo-Mercier
Née le : ${v('pii.date_of_birth', '14/06/1991')} à Dakar (Sénégal)
N° de sécurité sociale : ${v('pii.fr_nir', '2 91 06 99 350 087 28')}
Téléphone : ${phone('+33 6 47 82 19 35')}
Prise de poste : lundi 7 avril, temps partiel 80 %`),

  rec('chat_es', f`Necesito una carta de encargo para el asesoramiento del Impuesto sobre el Patrimonio 2024. Clientes: D. Álvaro Etxeberria Ruiz, DNI ${v('pii.es_dni', '48291736Q')}, y su esposa, Dña. Ingrid Holm, con NIE ${v('pii.es_nie', 'X4718293G')} (residente sueca). Teléfono de contacto: ${phone('+34 612 847 395')}. Que incluya la cláusula de protección de datos.`),

  rec('form_it', f`Scheda volontario – Hospice pediatrico
Cognome e nome: Rossi Giulia
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSGLI85M52H501Y')}
Data di nascita: ${v('pii.date_of_birth', '12/08/1985')}, Roma
Cellulare: ${phone('+39 347 829 1046')}
Disponibilità: sabato mattina, accompagnamento fratelli

Controlla se manca qualcosa per l'assicurazione dei volontari.`),

  rec('letter_nl', f`Kun je deze brief eenvoudiger maken, op taalniveau A2? Hij is voor een cursist van de inburgeringscursus.

"Beste mevrouw Tesfay,
Wij hebben uw aanmelding ontvangen. Uw gegevens: burgerservicenummer ${v('pii.nl_bsn', '775681830')}, geboortedatum ${v('pii.date_of_birth', '2 januari 1996')}. De cursus start op 14 april in lokaal 2.13. Neem uw verblijfsdocument mee naar de eerste les.
Met vriendelijke groet, Taalschool De Brug"`),

  rec('onboarding_ca', f`New wealth-planning client intake (Toronto):
Name: Harold Baptiste
SIN: ${v('pii.ca_sin', '423 095 728')}
Date of birth: ${v('pii.date_of_birth', 'March 8, 1958')}
Cell: ${phone('(416) 829-3705', 'CA')}
Email: ${v('pii.email', 'h.baptiste58@rogers.com')}
Note: U.S. citizen resident in Canada — check FBAR and T1135 obligations.

Turn this into a welcome email that lists the documents we need from him.`),

  rec('chat', f`Can you draft the engagement letter for the Hendersons' estate and gift tax planning? Client: Robert J. Henderson, SSN ${v('pii.us_ssn', '599-47-7351')}, born ${v('pii.date_of_birth', '11/23/1949')}; spouse: Linda M. Henderson, SSN ${v('pii.us_ssn', '235-17-3425')}. Both Florida residents since 2019.`),

  rec('payroll', f`Quick check before I submit the starter form for our new healthcare assistant: National Insurance number ${v('pii.uk_nino', 'JP 73 58 21 C')}, start date 24/03/2025, starter declaration B. Does the hospice need a P45 if she was a student until January?`),

  rec('chat_sv', f`Hjälp mig skriva ett intyg om att eleven har deltagit i SFI kurs C under våren. Elev: Hodan Abdi Warsame, personnummer ${ambCat('pii', '850617-2389')}, telefon ${phone('070-284 17 39', 'SE')}. Närvaro 86 %, betyg ännu inte satt.`, 'Swedish personnummer: personal, but no built-in rule claims it'),

  rec('hr_is', f`Geturðu sett þetta upp sem tölvupóst til launadeildar? Nýr vélfræðingur í stöðvarhúsinu:
Nafn: Sigrún Hallgrímsdóttir
Kennitala: ${ambCat('pii', '140787-4269')}
Netfang: ${v('pii.email', 'sigrun.hallgrims@simnet.is')}
Sími: ${phone('+354 862 4719')}
Byrjar 1. apríl á vaktakerfi.`, 'Icelandic kennitala: no built-in rule'),

  rec('chat_et', f`Palun aita koostada tolliladu töötaja ligipääsutaotlus. Andmed:
Nimi: Kristiina Mägi
Isikukood: ${ambCat('pii', '48705232746')}
Sünniaeg: ${v('pii.date_of_birth', '23.05.1987')}
Telefon: ${phone('+372 5384 2917')}
Ligipääs: ladu B (aktsiisikaubad), öövahetus.`, 'Estonian isikukood: no built-in rule'),

  rec('chat_tr', f`Merhaba, kurumsal satıcı başvurusunda bu bilgiler var, eksik belge listesini çıkarır mısın?
Yetkili: Mehmet Kaya
TC Kimlik No: ${ambCat('pii', '38471629000')}
Cep: ${phone('+90 532 418 27 93')}
E-posta: ${v('pii.email', 'mehmet.kaya@kayaotoparca.com.tr')}
Vergi levhası yüklenmemiş, imza sirküleri eski tarihli.`, 'Turkish TC Kimlik number: no built-in rule'),

  rec('chat_yue', f`幫我寫封 email 畀呢位賣家，話佢嘅身份證副本睇唔清楚，要重新上載：
姓名：陳嘉欣
香港身份證：${ambCat('pii', 'K482735(A)')}
電話：${phone('+852 9184 2736')}
佢喺旺角開車房，賣剎車碟同埋火咀。`, 'HKID: no built-in rule'),

  rec('chat_zh_tw', f`請幫我整理這位賣家的資料，做成表格：
負責人：林怡君
身分證字號：${ambCat('pii', 'F129384723')}
出生日期：${v('pii.date_of_birth', '1990年3月21日')}
手機：${phone('+886 912 483 715')}
店名：怡君汽車材料行（台中市南屯區）`, 'Taiwanese national ID: no built-in rule'),

  rec('chat_ko', f`판매자 정산 계정 본인확인 자료인데, 개인정보 부분 빼고 요약해 줄 수 있어요?
대표자: 박지현
주민등록번호: ${ambCat('pii', '870412-2481737')}
생년월일: ${v('pii.date_of_birth', '1987년 4월 12일')}
연락처: ${phone('010-2847-3915', 'KR')}
사업장: 인천 부평구 자동차 부품 도매`, 'Korean RRN: no built-in rule'),

  rec('email_de_ch', f`Bitte fasse die Personalien für das Mandatsdossier kurz zusammen:

Mandantin: Frau Verena Gysin-Ammann
AHV-Nr.: ${ambCat('pii', '756.4827.1930.53')}
Geburtsdatum: ${v('pii.date_of_birth', '02.11.1961')}
Telefon: ${phone('044 718 29 34', 'CH')}
Wohnsitz: Küsnacht ZH, Zuzug aus Deutschland 2018 (Pauschalbesteuerung geprüft, verworfen)`, 'Swiss AHV number: no built-in rule'),

  rec('chat_fr_be', f`Pouvez-vous vérifier que la fiche client est complète pour la déclaration de la taxe sur les comptes-titres ?
Client : M. Laurent Vandenbroucke
Numéro national : ${ambCat('pii', '82.05.14-237.33')}
Date de naissance : ${v('pii.date_of_birth', '14 mai 1982')}
GSM : ${phone('+32 478 29 17 46')}
E-mail : ${v('pii.email', 'l.vandenbroucke@skynet.be')}`, 'Belgian national register number: no built-in rule'),

  rec('chat_sl', f`Prosim, napiši kratko potrdilo o vpisu za tečajnico, ki ga potrebuje za upravno enoto:
Ime in priimek: Fatima Hadžić
EMŠO: ${ambCat('pii', '1203985500241')}
Datum rojstva: ${v('pii.date_of_birth', '12. 3. 1985')}
Telefon: ${phone('+386 41 528 374')}
Tečaj: slovenščina A2, 120 ur, od 3. 3. do 30. 6. 2025`, 'Slovenian EMŠO: no built-in rule'),

  rec('chat_bs', f`Treba mi dopis za Poreznu upravu FBiH u vezi s ovlaštenjem. Podaci klijenta:
Ime i prezime: Amra Begović
JMBG: ${ambCat('pii', '0307917178362')}
Datum rođenja: ${v('pii.date_of_birth', '03.07.1991.')}
Mobitel: ${phone('+387 61 482 739')}
Napiši formalno, na bosanskom.`, 'Bosnian JMBG: no built-in rule'),

  rec('chat_el', f`Γράψε μου ένα σύντομο email προς το λογιστήριο για την πρόσληψη του νέου αποθηκάριου:
Ονοματεπώνυμο: Νικόλαος Παπαδάκης
ΑΜΚΑ: ${ambCat('pii', '23078415298')}
Ημ. γέννησης: ${v('pii.date_of_birth', '23/07/1984')}
Κινητό: ${phone('+30 694 827 3915')}
Έναρξη: 1 Απριλίου, βάρδια 06:00–14:00.`, 'Greek AMKA: no built-in rule'),

  rec('chat_sk', f`Ahoj, potrebujem žiadosť o vstupnú kartu na hrádzu pre nového technika:
Meno: Peter Kováčik
Rodné číslo: ${ambCat('pii', '790308/4123')}
Dátum narodenia: ${v('pii.date_of_birth', '8. 3. 1979')}
Telefón: ${phone('+421 905 284 731')}
Prístup: strojovňa, rozvodňa 22 kV, nie koruna hrádze.`, 'Slovak rodné číslo: no built-in rule'),

  rec('chat_ps', f`سلام، دې زده کوونکي لپاره د ثبت فورمه ډکه کړه او په انګلیسي یې وژباړه:
نوم: احمد شاه نوري
د پاسپورټ شمېره: ${v('pii.passport', 'P04718293')}
د زېږېدو نېټه: ${v('pii.date_of_birth', '1998-02-11')}
تذکره: ${ambCat('pii', '1400-0101-48273')}
ټلیفون: ${phone('+46 70 284 17 39')}`, 'Afghan e-tazkira number: no built-in rule'),

  rec('chat_ti', f`ሰላም፡ ነዚ ሓበሬታ ናብ ቅጥዒ ምዝገባ ናይ ቋንቋ ቤት ትምህርቲ ኣእትወለይ፡
ሽም፡ ሰላም ተኽለ ሃብተ
ቁጽሪ ፓስፖርት፡ ${v('pii.passport', 'P00284731')}
ዕለት ልደት፡ ${v('pii.date_of_birth', '15.09.1993')}
ቴሌፎን፡ ${phone('+49 151 28374619')}
ኢመይል፡ ${v('pii.email', 'selam.tekle93@gmail.com')}`),

  rec('chat_so', f`Fadlan ii qor warqad gaaban oo aan u dirayo waalidka ardayga: Ardayga Cabdirahmaan Xasan Faarax, taariikhda dhalashada ${v('pii.date_of_birth', '04/11/2007')}, wuxuu seegay 6 cashar bishan. Waalidka telefoonkiisu waa ${phone('+252 61 528 4739')} laakiin ma jawaabo. Ku qor Soomaali iyo Iswiidhish.`),

  rec('chat_ar_ma', f`عافاك كتب لي رسالة رسمية بالفرنسية للمحكمة، الطالبة كتحتاج شهادة الحضور:
الاسم: خديجة الإدريسي
رقم البطاقة الوطنية: ${ambCat('pii', 'BK482917')}
تاريخ الازدياد: ${v('pii.date_of_birth', '09/01/1990')}
الهاتف: ${phone('+212 661-482739')}
المستوى: A2، الحضور 92٪`, 'Moroccan CIN: no built-in rule'),

  rec('chat_ne', f`नमस्ते, नयाँ साइट इन्जिनियरको विवरण HR लाई पठाउनुपर्ने छ। इमेल बनाइदिनुहोस्:
नाम: सुमन थापा मगर
नागरिकता नं.: ${ambCat('pii', '27-01-71-04518')}
मोबाइल: ${phone('+977 984-1274839')}
इमेल: ${v('pii.email', 'suman.thapamagar@gmail.com')}
पोस्टिङ: हेडवर्क्स, बाँध सुरक्षा शाखा`, 'Nepali citizenship certificate number: no built-in rule'),

  rec('chat_si', f`කරුණාකර මේ විකුණුම්කරුගේ විස්තර ඉංග්‍රීසියට පරිවර්තනය කරන්න:
නම: නිමල් පෙරේරා
ජා.හැ.අ: ${ambCat('pii', '198723401234')}
දුරකථන: ${phone('+94 77 284 7391')}
ලිපිනය: නො. 42, ගාලු පාර, දෙහිවල
ව්‍යාපාරය: වාහන අමතර කොටස්`, 'Sri Lankan NIC: no built-in rule'),

  rec('chat_ml', f`നമസ്കാരം, ഹോം കെയർ രജിസ്റ്ററിലേക്ക് പുതിയ കുട്ടിയുടെ വിവരങ്ങൾ ചേർക്കാൻ ഒരു കുറിപ്പ് തയ്യാറാക്കാമോ?
കുട്ടിയുടെ പേര്: ആദിത്യ കൃഷ്ണൻ
ജനനത്തീയതി: ${v('pii.date_of_birth', '21-06-2016')}
അമ്മയുടെ ആധാർ: ${v('pii.in_aadhaar', '5827 1940 3624')}
അമ്മയുടെ ഫോൺ: ${phone('+91 94471 28394')}
വാർഡ്: 14, കോട്ടയം`),

  rec('chat_km', f`សូមជួយសរសេរសារទៅអតិថិជនម្នាក់ ដែលទំនិញរបស់គាត់នៅក្នុងឃ្លាំងគយ៖
ឈ្មោះ៖ សុខ វណ្ណា
ទូរស័ព្ទ៖ ${phone('+855 12 847 391')}
អ៊ីមែល៖ ${v('pii.email', 'sok.vanna.trading@gmail.com')}
ទំនិញ៖ គ្រឿងបន្លាស់ម៉ូតូ ២ ប្រអប់ ត្រូវបង់ពន្ធមុនថ្ងៃសុក្រ`),

  rec('chat_mn', f`Шинэ худалдагчийн бүртгэлийн мэдээллийг англи хэл рүү орчуулж өгөөч:
Нэр: Батбаярын Энхжаргал
Регистрийн дугаар: ${ambCat('pii', 'УБ87041215')}
Утас: ${phone('+976 8812 4739')}
Имэйл: ${v('pii.email', 'enkhjargal.b@parts.mn')}
Дэлгүүр: Нарантуул зах, 3-р эгнээ`, 'Mongolian civil registration number: no built-in rule'),

  rec('chat_ms', f`Tolong semak borang permohonan pas gudang berlesen ini:
Nama: Nurul Aina binti Rahman
No. MyKad: ${ambCat('pii', '870314-14-5528')}
Tarikh lahir: ${v('pii.date_of_birth', '14 Mac 1987')}
Telefon: ${phone('013-284 9571', 'MY')}
Jawatan: Kerani kastam, syif pagi`, 'Malaysian MyKad number: no built-in rule'),

  rec('chat_ha', f`Don Allah ka taimaka min rubuta wasiƙa zuwa ga sabon ma'aikacin sito:
Suna: Abubakar Sani Danladi
Lambar NIN: ${ambCat('pii', '48271936015')}
Waya: ${phone('0805 291 3847', 'NG')}
Za ka fara aiki ranar Litinin a rumbun ajiya na Apapa. Ka zo da katin shaida.`, 'Nigerian NIN: no built-in rule'),

  rec('chat_zu', f`Ngicela ungibhalele incwadi emfushane eya kumzali womntwana osanda kwamukelwa e-hospice:
Igama lomzali: Nomvula Dlamini
Inombolo kamazisi: ${ambCat('pii', '8604125083080')}
Ucingo: ${phone('+27 82 418 2739')}
Sizomvakashela ekhaya ngoLwesibili ngo-10:00.`, 'South African ID number: no built-in rule'),

  rec('chat_hy', f`Խնդրում եմ գրիր կարճ նամակ նոր աշխատակցի մասին՝ կադրերի բաժնի համար:
Անուն ազգանուն: Արամ Պետրոսյան
Անձնագրի համար: ${v('pii.passport', 'AT0482731')}
Ծննդյան ամսաթիվ: ${v('pii.date_of_birth', '27.10.1989')}
Հեռախոս: ${phone('+374 91 482736')}
Պաշտոն: հիդրոտեխնիկ, Սևան-Հրազդան կասկադ`),

  rec('chat_fr_cm', f`Bonjour, rédige-moi un courriel pour relancer ce vendeur dont le dossier KYC est incomplet :
Nom : Ngo Bassa Estelle
N° CNI : ${ambCat('pii', '113874529')}
Téléphone : ${phone('+237 6 77 48 29 15')}
E-mail : ${v('pii.email', 'estelle.ngobassa@yahoo.fr')}
Il manque le registre de commerce et la photo du magasin à Bonabéri.`, 'Cameroonian CNI number: no built-in rule'),

  rec('chat_es_pe', f`Hola, ¿me ayudas con el acta de entrega de EPP para el nuevo operador de la central? Datos: Julio César Quispe Mamani, DNI ${ambCat('pii', '45821937')}, fecha de nacimiento ${v('pii.date_of_birth', '19/05/1992')}, celular ${phone('+51 987 264 135')}. Recibe casco, arnés y detector de gases.`, 'Peruvian DNI: no built-in rule'),
];

/** Held-out batch 45: personal data in patient records, trial logs, driver lists, clearance forms, shop tickets and call-centre notes. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH45_PII: DraftRecord[] = [
  rec('patient_record_de_at', f`Bitte formuliere aus diesen Notizen eine kurze Überweisung an den Augenarzt:

Kundin: Hermine Gruber, geb. ${v('pii.date_of_birth', '14.03.1958')}
SV-Nr.: ${ambCat('pii', '4827 140358')}
Tel.: ${phone('0664 381 2947', 'AT')}
Refraktion: R sph +2,25 cyl -0,75 A 95°, L sph +2,50 cyl -0,50 A 80°, Add 2,50
Auffällig: Visus R nicht über 0,6 korrigierbar, Verdacht auf beginnende Katarakt.`, 'Austrian social-insurance number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('email_de_ch', f`Kannst du diese Mail an die Kundin kürzer machen?

"Sehr geehrte Frau Keller, Ihre Kontaktlinsen (Tageslinsen, 90er-Pack) sind in unserer Filiale Bern eingetroffen. Für die Abrechnung mit der Zusatzversicherung benötigen wir noch Ihre AHV-Nummer – wir haben ${ambCat('pii', '756.4829.1736.52')} notiert, bitte bestätigen Sie diese. Bei Fragen erreichen Sie uns unter ${phone('+41 31 382 74 90')} oder per Mail an ${v('pii.email', 'bern@weitblick-optik.ch')}."`, 'Swiss AHV number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('form_it', f`Scheda cliente – filiale Lugano (frontaliere)
Cognome e nome: Bianchi Giulia
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI85M52L219W')}
Nata il: ${v('pii.date_of_birth', '12/08/1985')} a Torino
Cellulare: ${phone('333 184 2967', 'IT')}
Email: ${v('pii.email', 'giulia.bianchi85@libero.it')}

Mi prepari un messaggio di benvenuto per il programma fedeltà?`),

  rec('chat_fr_ch', f`Peux-tu résumer ce dossier pour le labo ? Client : M. Olivier Favre, né le ${v('pii.date_of_birth', '3 février 1971')}, domicilié à Nyon, tél. ${phone('079 482 31 56', 'CH')}. Verres progressifs, écart pupillaire 63 mm, monture titane. Il travaille sur écran 9 h par jour et se plaint de maux de tête.`),

  rec('csv', f`Need the driver list for the Constanța run sorted by passport expiry, flag anyone expiring before March:

${amb('source_code.snippet', f`driver;nationality;passport_no;passport_exp;dob;mobile
Nowak Marek;PL;${v('pii.passport', 'EK4829173')};2025-02-14;${v('pii.date_of_birth', '1979-06-22')};${phone('+48 601 284 739')}
Popescu Ionuț;RO;${v('pii.passport', '058392741')};2027-09-30;${v('pii.date_of_birth', '1986-11-03')};${phone('+40 721 384 926')}
Yıldız Emre;TR;${v('pii.passport', 'U18473926')};2025-01-08;${v('pii.date_of_birth', '1991-04-17')};${phone('+90 532 418 27 39')}`)}`),

  rec('chat_pl', f`Kierowca zgubił dokumenty na granicy w Koroszczynie. Napisz proszę oświadczenie dla Straży Granicznej: Tomasz Wieczorek, PESEL ${ambCat('pii', '79062214837')}, ur. ${v('pii.date_of_birth', '22.06.1979')}, paszport nr ${v('pii.passport', 'EN3917264')}, telefon ${phone('+48 512 738 294')}. Ciągnik WGM 48217, naczepa WGM 7731P.`, 'Polish PESEL: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ro', f`Am nevoie de o declarație pentru vama de la Giurgiu, în numele șoferului: Gheorghe Dumitrescu, CNP ${ambCat('pii', '1840517400218')}, născut la ${v('pii.date_of_birth', '17.05.1984')}, domiciliat în București, telefon ${phone('0744 582 319', 'RO')}. Poți să o scrii formal?`, 'Romanian CNP: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_tr', f`Şoförümüz için Bulgaristan vizesi başvuru mektubu yazar mısın? Adı: Mehmet Kaya, T.C. Kimlik No: ${ambCat('pii', '38291746502')}, pasaport no: ${v('pii.passport', 'U29381746')}, doğum tarihi ${v('pii.date_of_birth', '09.02.1988')}, cep: ${phone('+90 535 284 91 73')}. Firma: Vistula Cargo Brokers, Kutno.`, 'Turkish TC Kimlik number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('customs_form', f`Check this T1 transit declaration draft for missing fields before I submit it:

Declarant: Vistula Cargo Brokers Sp. z o.o., EORI PL7251842937000
Carrier contact: Dimitrios Karalis, ${v('pii.email', 'd.karalis@thessfreight.gr')}, ${phone('+30 231 048 3927')}
Driver: Karalis Dimitrios, passport ${v('pii.passport', 'AN4827193')}
Vehicle: NHK-4821 / trailer NEB-1193
Goods: HS 8474.20 crushing machines, 18 400 kg
Office of departure PL441010, destination GR002101`),

  rec('screening_log_es', f`${amb('source_code.snippet', f`Nº cribado	Iniciales	F. nacimiento	Documento	Teléfono	Resultado
S-014	J.V.P.	${v('pii.date_of_birth', '04/09/1962')}	DNI ${v('pii.es_dni', '48291736Q')}	${phone('654 28 71 39', 'ES')}	Incluido
S-015	M.R.A.	${v('pii.date_of_birth', '21/01/1957')}	NIE ${v('pii.es_nie', 'Y4718293H')}	${phone('+34 915 382 746')}	Fallo de cribado (TFGe)
S-016	A.C.S.	${v('pii.date_of_birth', '30/11/1969')}	DNI ${v('pii.es_dni', '05837261E')}	—	Pendiente ECG`)}

¿Me ayudas a calcular la tasa de fallo de cribado y los motivos más frecuentes? Solo tengo estas tres filas aquí, las demás son iguales.`),

  rec('consent_mr', f`संमतीपत्राचा हा भाग इंग्रजीत भाषांतर करा:

सहभागीचे नाव: सुनीता अशोक पाटील
आधार क्रमांक: ${v('pii.in_aadhaar', '4738 2910 5632')}
जन्मतारीख: ${v('pii.date_of_birth', '18/07/1975')}
मोबाईल: ${phone('+91 98201 47382')}
पत्ता: फ्लॅट 12, गणेश सोसायटी, कोथरूड, पुणे 411038`),

  rec('chat_hi', f`भाई, साइट 04 के पार्टिसिपेंट का रीइम्बर्समेंट अटका है। नाम राजेश कुमार यादव, आधार ${v('pii.in_aadhaar', '8201 9374 6521')}, मोबाइल ${phone('+91 94220 38475')}। फाइनेंस वाले बोल रहे हैं आधार और बैंक का नाम मैच नहीं हो रहा। उन्हें क्या लिखूं?`),

  rec('sms_sw', f`Tafsiri kwa Kiingereza tafadhali, ni ujumbe kwa washiriki wa utafiti:

"Habari Bi. Amina Mwakilema, hii ni kukukumbusha ziara yako ya wiki ya 12 tarehe 16/12 saa tatu asubuhi, Kliniki ya Utafiti Mombasa. Ukishindwa kufika, piga ${phone('+254 712 384 926')}. Asante."

Pia namba ya mshiriki ni ${phone('0722 481 937', 'KE')}, nimeiweka kwenye rejista.`),

  rec('ae_report', f`Rewrite as a SUSAR narrative for the sponsor, neutral tone:

Subject 2207-031, female, DOB ${v('pii.date_of_birth', '1961-05-28')}, enrolled 02-Sep-2024 at site 01 (Barcelona). On 28-Nov-2024 admitted with grade 3 neutropenic fever, 9 days after cycle 4. Treated with piperacillin-tazobactam; recovered 04-Dec. Study drug held, restart at reduced dose. Contact for queries: study nurse Núria Soler, ${v('pii.email', 'nsoler@ctu-hum.es')}.`),

  rec('email_fr', f`Bonjour, pouvez-vous vérifier ce formulaire d'inclusion d'une patiente française suivie à Bâle ?

Nom : Lefebvre Camille
N° de sécurité sociale : ${v('pii.fr_nir', '2 91 06 69 123 087 82')}
Date de naissance : ${v('pii.date_of_birth', '09/06/1991')}
Téléphone : ${phone('+33 6 48 27 39 15')}
Centre : Basel, investigateur Dr. Meier`),

  rec('hr_de', f`Onboarding für unseren neuen Flight-Dynamics-Ingenieur in München, bitte als Checkliste:
Name: Jonas Albrecht
Geburtsdatum: ${v('pii.date_of_birth', '11. Oktober 1990')}
Steuer-ID: ${v('pii.de_steuer_id', '47281936578')}
Privat: ${v('pii.email', 'jonas.albrecht90@gmx.de')}, ${phone('+49 89 2180 4739')}
Start: 06.01.2025, Laptop + Smartcard für das Missionsnetz beantragen`),

  rec('clearance_form', f`Visitor clearance request – US integrator site visit to the Santa Maria ground station

Visitor: Daniel R. Whitaker
Nationality: US
Passport: ${v('pii.passport', '548291736')}
Date of birth: ${v('pii.date_of_birth', 'April 9, 1977')}
SSN (required by their FSO): ${v('pii.us_ssn', '518-47-2936')}
Mobile: ${phone('+1 703 482 9173')}

Can you tell me which of these fields we actually need to keep after the visit?`),

  rec('chat_he', f`צריך להכין טופס כניסה לתחנה הקרקעית לעובד חדש. הפרטים: יואב כהן, ת"ז ${ambCat('pii', '038472916')}, תאריך לידה ${v('pii.date_of_birth', '23/08/1989')}, נייד ${phone('+972 52 483 9172')}, מייל ${v('pii.email', 'yoav.cohen@nimbra-orbital.com')}. תנסח בקשה רשמית באנגלית לקב"ט.`, 'Israeli ID number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ar', f`ممكن تكتب لي رسالة ترحيب للموظف الجديد في مكتب دبي؟ الاسم: خالد المنصوري، رقم الهوية الإماراتية ${ambCat('pii', '784-1988-4829173-6')}، الجوال ${phone('+971 50 384 2917')}، البريد ${v('pii.email', 'k.almansoori@nimbra-orbital.com')}. يبدأ يوم الأحد.`, 'Emirates ID: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_pt', f`Preciso de um contrato de trabalho para a nova operadora da estação: Marta Sousa Rocha, NIF ${ambCat('pii', '238471956')}, nascida em ${v('pii.date_of_birth', '02/12/1994')}, telemóvel ${phone('+351 912 483 726')}, morada Rua do Aeroporto 14, Vila do Porto. Modelo padrão, termo de 12 meses.`, 'Portuguese NIF: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ko', f`한국 리셀러 담당자 연락처를 CRM에 등록하려고 합니다. 영문으로 정리해 주세요: 이지훈 과장, 휴대폰 ${phone('010-4827-3916', 'KR')}, 사무실 ${phone('+82 2-3918-4726')}, 이메일 ${v('pii.email', 'jihoon.lee@kgeo-reseller.co.kr')}.`),

  rec('ticket_ja', f`お客様からの問い合わせ（返品）への返信文を作ってください。

お名前: 森 健二 様
メール: ${v('pii.email', 'kenji.mori.ski@yahoo.co.jp')}
電話: ${phone('090-4827-3915', 'JP')}
注文番号: AK-2024-77841（スキーブーツ、サイズ違い）
住所: 北海道虻田郡倶知安町字山田 204-11`),

  rec('csv', f`${amb('source_code.snippet', f`order_id,created_at,email,phone,shipping_country,total_eur
AK-2024-77902,2024-12-02T08:14:11Z,${v('pii.email', 'lukas.steiner@gmx.at')},${phone('+43 512 583 291')},AT,612.40
AK-2024-77903,2024-12-02T08:19:47Z,${v('pii.email', 'chiara.rossi.trento@gmail.com')},${phone('+39 0471 382 947')},IT,189.00
AK-2024-77904,2024-12-02T08:22:03Z,${v('pii.email', 'bram.dewit@telenet.be')},${phone('+32 475 28 39 61')},BE,1049.95`)}

Which of these qualify for free shipping (>150 € in AT/IT, >250 € elsewhere)?`),

  rec('ticket', f`#SUP-88213 Helmet recall – customer asks for replacement
From: ${v('pii.email', 'anna.kowalczyk.ski@wp.pl')}
Phone: ${phone('+48 12 421 83 97')}
Order AK-2024-61827, helmet "Kante Pro MIPS" size M, bought 14 Oct.
She is travelling to Zakopane on Friday and needs the replacement before then. Write a reply offering express shipping at our cost.`),

  rec('review_reply_de', f`Hilf mir bei einer Antwort auf diese Google-Bewertung, ohne die Daten zu wiederholen:

"1 Stern. Habe am 28.11. in Innsbruck Skischuhe anpassen lassen, Termin auf Lukas Pichler, Tel. ${phone('0676 483 9127', 'AT')}. Niemand hat zurückgerufen, obwohl versprochen. Geburtstagsrabatt (bin am ${v('pii.date_of_birth', '2. Dezember 1986')} geboren) wurde auch nicht gegeben."`),

  rec('call_notes_el', f`Σημειώσεις κλήσης – αίτημα κοινωνικού τιμολογίου (ΚΟΤ)
Πελάτισσα: Ελένη Παπαδοπούλου
ΑΜΚΑ: ${ambCat('pii', '12037104829')}
Ημ. γέννησης: ${v('pii.date_of_birth', '12/03/1971')}
Κινητό: ${phone('+30 697 381 4920')}
Email: ${v('pii.email', 'eleni.papad71@yahoo.gr')}
Λείπει βεβαίωση ΑΜΕΑ.

Γράψε μου ένα email προς την πελάτισσα για το δικαιολογητικό που λείπει.`, 'Greek AMKA: personal, no built-in rule (ambiguous, no rule id)'),

  rec('call_notes_nl', f`Klant belt over energietoeslag. Gegevens:
Naam: dhr. R. (Ruud) Verbeek
BSN: ${v('pii.nl_bsn', '193894774')}
Geboortedatum: ${v('pii.date_of_birth', '7 april 1958')}
Telefoon: ${phone('06 48 29 37 15', 'NL')}
Klantnr. 7300184920, leverancier sinds 2019.
Hij vraagt of de toeslag verrekend wordt met de jaarafrekening.

Kun je een antwoord opstellen dat uitlegt dat wij de gemeente niet zijn?`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-04T19:02:11.481Z INFO  ivr call_id=c-7731942 ani=${phone('+40 264 593 817')} menu=billing lang=ro
2024-12-04T19:02:48.903Z INFO  ivr call_id=c-7731942 identified customer_id=RO-0049182 by=ani
2024-12-04T19:03:02.115Z WARN  crm   call_id=c-7731942 email_bounce=${v('pii.email', 'ioana.muresan84@yahoo.com')} client_ip=${amb('pii.ip_address', '86.123.44.19')}`)}

why does the IVR identify by caller number when two customers share a landline?`),

  rec('email_thread_ro', f`Rescrie răspunsul meu să sune mai empatic:

> De la: Vasile Ionescu <${v('pii.email', 'vasile.ionescu@gmail.com')}>
> Am primit o factură de 1.840 lei pentru noiembrie, de patru ori mai mare decât de obicei! Sunați-mă la ${phone('+40 721 384 926')}.

Răspuns: Am verificat, e o regularizare după citirea contorului. Puteți plăti în rate.`),

  rec('chat_tr', f`Müşteri şikayet formunu İngilizceye çevirir misin? Ad: Zeynep Arslan, doğum tarihi ${v('pii.date_of_birth', '15.07.1993')}, telefon ${phone('0212 384 71 92', 'TR')}, e-posta ${v('pii.email', 'zeynep.arslan93@hotmail.com')}. Kayak kaskı hasarlı geldi, sipariş AK-2024-77102.`),

  rec('hr_nl', f`Zet dit om in een nette bevestigingsbrief voor de nieuwe douanedeclarant in Rotterdam:
Naam: Sanne de Groot
BSN: ${v('pii.nl_bsn', '193942288')}
Geboren: ${v('pii.date_of_birth', '19-03-1996')}
Adres: Maasboulevard 112, 3011 TX Rotterdam
Mobiel: ${phone('+31 6 2847 3916')}
Startdatum: 2 januari 2025, proeftijd 1 maand`),

  rec('chat', f`Write a short condolence card for our driver Giorgos — his father passed away. For HR records: Giorgos Nikolaidis, born ${v('pii.date_of_birth', '8 Jan 1982')}, personal email ${v('pii.email', 'g.nikolaidis82@gmail.com')}. Leave the data out of the card obviously.`),

  rec('signature', f`Kind regards,

Priya Deshmukh
Clinical Research Coordinator – Site 04, Pune
Multi-centre trial HUM-CARD-1903
Mob: ${phone('+91 20 2738 4192')} | ${v('pii.email', 'priya.deshmukh@sahyadri-research.in')}`),

  rec('signature_el', f`Με εκτίμηση,

Κατερίνα Παπαδάκη
Υπεύθυνη Βάρδιας, Τηλεφωνικό Κέντρο
Helion Ενέργεια Α.Ε.
Τηλ.: ${phone('+30 210 748 3926')}
${v('pii.email', 'k.papadaki@helion-energeia.gr')}`),

  rec('chat_ja', f`ニセコのレンタル予約リストを英語にしてください。
1. 田中 美咲 様 生年月日 ${v('pii.date_of_birth', '1995年4月3日')} ${phone('+81 11-738-4921')}
2. 佐藤 大輔 様 生年月日 ${v('pii.date_of_birth', '1988年11月20日')} ${v('pii.email', 'd.sato.1120@docomo.ne.jp')}
身長・体重・スキーレベルの欄は空欄のままでいいです。`),
];

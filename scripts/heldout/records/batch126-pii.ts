/**
 * Held-out batch 126: personal data in first-aid reports, funeral claims, housing-benefit files,
 * watch-service tickets, grower support and broker contacts, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH126_PII: DraftRecord[] = [
  rec('incident_en_us', f`Can you tidy up this first-aid incident report for the insurer? Keep all facts.

RIDGELINE BIKE PARK – FIRST AID LOG #2025-0714-03
Rider: Jordan McAllister
DOB: ${v('pii.date_of_birth', '03/17/1996')}
Phone: ${phone('(303) 382-9174', 'US')}
Email: ${v('pii.email', 'jmcallister96@gmail.com')}
Trail: "Widowmaker" (black), jump 4, 14:20
Injury: suspected L clavicle fracture, conscious, GCS 15
Treatment: sling, ice, transported by partner to Valley Medical
Emergency contact: Sam McAllister ${phone('+1 970-382-4716')}`),

  rec('unfall_de_at', f`Bitte formulier den Unfallbericht für die Versicherung etwas sachlicher:

Verletzte Person: Lukas Hinterberger, geb. ${v('pii.date_of_birth', '12.05.2004')}
Tel.: ${phone('0664 3829174', 'AT')}
E-Mail: ${v('pii.email', 'lukas.hinterberger@gmx.at')}
Strecke: Flowline, Sektion 3, Anlieger nach dem Northshore
Hergang: "is beim Drop zu weit hinten gsessen und übern Lenker", Helm gebrochen, Handgelenk geschwollen
Erstversorgung durch Pistenrettung, Abtransport RTW nach LKH Schwarzach`),

  rec('sinistre_fr', f`Peux-tu résumer ce dossier de déclaration de décès pour le gestionnaire ?

Assuré décédé : M. Bernard Lacombe
N° de sécurité sociale : ${v('pii.fr_nir', '1 78 04 69 123 054 91')}
Date de décès : 28/01/2025 – Lyon 8e
Bénéficiaire : Mme Sylvie Lacombe (épouse)
Tél. bénéficiaire : ${phone('06 48 27 39 15', 'FR')}
Courriel : ${v('pii.email', 'sylvie.lacombe@orange.fr')}
Pompes funèbres : PFG Lyon Monplaisir – devis 4 870 €`),

  rec('reclamation_fr_ca', f`Bonjour, aidez-moi à écrire une lettre à la succession. Données du dossier :
Défunte : Mme Ginette Bouchard
Date de naissance : ${v('pii.date_of_birth', '14 février 1941')}
NAS : ${v('pii.ca_sin', '528 103 948')}
Liquidateur : Réjean Bouchard, cell ${phone('(514) 382-9174', 'CA')}
La prestation de décès de 7 500 $ est prête à être versée dès qu'on reçoit le certificat du Directeur de l'état civil.`),

  rec('wohngeld_de', f`Kannst du mir helfen, den Nachforderungsbrief zum Wohngeldantrag freundlicher zu formulieren?

Antragsteller: Mehmet Yıldırım
Geburtsdatum: ${v('pii.date_of_birth', '07.09.1979')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '47193582042')}
Telefon: ${phone('0171 3948275', 'DE')}
Es fehlen noch: Mietbescheinigung des Vermieters, Einkommensnachweise 10/2024–12/2024.`),

  rec('ayuda_es', f`Necesito comprobar si la solicitud de ayuda al alquiler está completa:
Solicitante: Andrea Vidal Sáez — DNI ${v('pii.es_dni', '48293716H')}
Cónyuge: Ionuț Popescu — NIE ${v('pii.es_nie', 'Y4829371Y')}
Teléfono: ${phone('612 38 49 27', 'ES')}
Correo: ${v('pii.email', 'andrea.vidal.saez@hotmail.es')}
Fecha de nacimiento de la solicitante: ${v('pii.date_of_birth', '22/11/1990')}
Contrato de arrendamiento: sí · Certificado de empadronamiento: pendiente`),

  rec('garanzia_it', f`Mi aiuti a compilare il certificato di garanzia internazionale? Dati del cliente:
Sig.ra Gilda Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI58T42L219O')}
Cellulare: ${phone('338 291 7465', 'IT')}
Orologio: cronografo automatico ref. AU-4417, cassa n. 881203 (numero di serie, non sensibile)
Data acquisto: 19/12/2024, boutique Via Montenapoleone`),

  rec('bijstand_nl', f`Kun je dit intakeverslag korter maken voor het dossier?

Cliënt: dhr. Yusuf Demir, BSN ${v('pii.nl_bsn', '274819363')}, geboren ${v('pii.date_of_birth', '3 maart 1985')}
Mobiel: ${phone('06-38291746', 'NL')}
Situatie: huurachterstand van 2 maanden na ontslag, alleenstaande vader van twee kinderen.
Afspraak: vervolggesprek op 12 maart, meenemen bankafschriften.`),

  rec('housing_benefit_en_uk', f`Draft a reply to this claimant's email for the Housing Benefit team — polite, explain we need proof of rent.

From: Ms Carys Llewellyn <${v('pii.email', 'carys.llewellyn@btinternet.com')}>
National Insurance number: ${v('pii.uk_nino', 'JR 38 29 17 C')}
Date of birth: ${v('pii.date_of_birth', '29/06/1987')}
Mobile: ${phone('07823 482917', 'GB')}
"I sent my tenancy agreement three weeks ago and still haven't heard anything. My landlord is threatening eviction."`),

  rec('handover_en_uk', f`First-aid handover note, Ridgeline Wales site — please turn into the structured format the ambulance crew asked for (ATMIST):

Rider Owain Pritchard, 34, DOB ${v('pii.date_of_birth', '11 Aug 1990')}, NHS no. ${v('pii.uk_nhs_number', '485 204 7162')} (he had his NHS app open). Crash on the red descent at approx 15:05, went OTB. Complains of neck pain, no numbness. Collar applied, vitals stable. Partner Ffion on ${phone('+44 7823 482917')}.`),

  rec('claim_en_in', f`Please make this funeral-cover claim intake note more professional:

Policyholder (deceased): Shri Ramesh Kulkarni
Nominee: Smt. Anjali Kulkarni
Aadhaar of nominee: ${v('pii.in_aadhaar', '4827 1935 0615')}
Nominee mobile: ${phone('+91 98203 84716')}
Date of death: 02-02-2025, Pune. Death certificate awaited from PMC.`),

  rec('chat_pt_br', f`Oi, cadastrei um novo produtor no programa de fazendas verticais parceiras e preciso conferir os dados antes de mandar o contrato:
Nome: Jéssica Aparecida Lima
CPF: ${v('pii.br_cpf', '382.915.046-60')}
Celular/WhatsApp: ${phone('(21) 99382-7416', 'BR')}
E-mail: ${v('pii.email', 'jessica.lima.hortas@gmail.com')}
Cidade: Niterói/RJ`),

  rec('claim_en_us', f`Summarize for the adjuster: Final expense claim #FE-55102
Insured: Dolores M. Whitaker, SSN ${v('pii.us_ssn', '518-42-7391')}, date of birth ${v('pii.date_of_birth', 'April 2, 1938')}
Beneficiary: Raymond Whitaker (son), ${phone('+1 (646) 382-9174')}
Face amount $10,000. Policy in force since 2019; contestability period passed.`),

  rec('ticket_ja', f`お客様からの修理依頼です。丁寧な返信文を作成してください。

お名前：佐々木 美咲 様
生年月日：${v('pii.date_of_birth', '1992年8月14日')}
電話番号：${phone('090-3829-1746', 'JP')}
メール：${v('pii.email', 'misaki.sasaki@docomo.ne.jp')}
内容：購入後2年、クロノグラフの秒針がリセット時に12時位置に戻らない。保証書あり。`),

  rec('chat_ko', f`바이크파크 안전사고 보고서 정리 부탁드립니다.
이름: 김도윤
생년월일: ${v('pii.date_of_birth', '1999.04.23')}
연락처: ${phone('010-3829-1746', 'KR')}
사고 내용: 점프 구간 착지 실패, 왼쪽 무릎 찰과상 및 타박상. 현장 응급처치 후 귀가.`),

  rec('vip_zh_tw', f`幫我把這份 VIP 客戶資料整理成表格：
陳怡君小姐，手機 ${phone('0912-382-917', 'TW')}，護照號碼 ${v('pii.passport', '318274956')}（出國取錶時需核對），
偏好在台北101店取件；錶款：月相腕錶，已完成保養。`),

  rec('chat_th', f`ช่วยเขียนอีเมลยืนยันการจองจักรยานให้ลูกค้าต่างชาติหน่อยครับ
ชื่อ: Mr. Lars Eriksson
หมายเลขหนังสือเดินทาง: ${v('pii.passport', '91827364')}
เบอร์โทร: ${phone('+46 70 382 91 74')}
วันที่เช่า: 14–16 มี.ค. (e-MTB 2 คัน)`),

  rec('zayavlenie_ru', f`Помоги сократить заявление на выплату по договору ритуального страхования:

Заявитель: Смирнова Ольга Викторовна
Дата рождения: ${v('pii.date_of_birth', '15.10.1962')}
Паспорт: ${v('pii.passport', '45 09 382917')}
Телефон: ${phone('8 (916) 382-91-74', 'RU')}
Застрахованный: Смирнов Виктор Павлович, умер 11.01.2025.`),

  rec('zhytlo_uk', f`Допоможіть написати лист до муніципальної служби житлової допомоги від імені переселенки:
ПІБ: Коваленко Ірина Олексіївна
Закордонний паспорт: ${v('pii.passport', 'FT382917')}
Телефон: ${phone('+380 67 382 9174')}
Дата народження: ${v('pii.date_of_birth', '08.06.1983')}
Прошу призначити допомогу на оренду житла з квітня.`),

  rec('talab_ar', f`أرجو تلخيص طلب دعم السكن التالي:
الاسم: يوسف عبد الرحمن الحربي
تاريخ الميلاد: ${v('pii.date_of_birth', '1988/03/12')}
الجوال: ${phone('+966 55 382 9174')}
البريد الإلكتروني: ${v('pii.email', 'y.alharbi88@outlook.sa')}
عدد أفراد الأسرة: ٥ — الدخل الشهري: ٦٬٥٠٠ ريال`),

  rec('contact_he', f`תכין לי בבקשה טבלה של אנשי קשר מהלקוח לחידוש פוליסת הסייבר:
מנהל IT – אבי כהן, נייד ${phone('052-382-9174', 'IL')}, ${v('pii.email', 'avi.cohen@galilsoft.co.il')}
סמנכ"לית כספים – מיכל לוי, ${phone('+972 3-382-9174')}`),

  rec('email_el', f`Γράψε μια ευγενική απάντηση στη δικαιούχο:

Ονοματεπώνυμο: Ελένη Παπαδοπούλου
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '21/09/1958')}
Κινητό: ${phone('+30 694 382 9174')}
Θέμα: Καθυστέρηση καταβολής αποζημίωσης εξόδων κηδείας`),

  rec('servis_tr', f`Müşteri kaydını düzenler misin?
Ad Soyad: Burak Aydoğan
Doğum tarihi: ${v('pii.date_of_birth', '04.12.1985')}
Cep: ${phone('0532 382 91 74', 'TR')}
E-posta: ${v('pii.email', 'burak.aydogan@yandex.com.tr')}
Saat: otomatik dalış saati, cam çizik, su geçirmezlik testi istendi.`),

  rec('grower_fa', f`لطفاً این پیام پشتیبانی را به انگلیسی ترجمه کن:
«سلام، من مهدی رضایی هستم، از مزرعه عمودی کرج. سنسور رطوبت قفسه ۳ از دیروز عدد صفر نشان می‌دهد. شماره من ${phone('+98 912 382 9174')} و ایمیلم ${v('pii.email', 'mahdi.rezaei.farm@gmail.com')} است.»`),

  rec('chat_hi', f`कृपया इस दावा फ़ॉर्म की जानकारी एक साफ़ तालिका में लिखें:
मृतक का नाम: श्री सुरेश प्रसाद यादव
जन्म तिथि: ${v('pii.date_of_birth', '15/08/1952')}
नामांकित व्यक्ति: श्रीमती कमला देवी
मोबाइल नंबर: ${phone('98203 84716', 'IN')}`),

  rec('chat_bn', f`এই কৃষকের তথ্য দিয়ে একটা স্বাগত বার্তা লিখে দিন:
নাম: মোঃ রফিকুল ইসলাম
মোবাইল: ${phone('+880 1712-382917')}
ইমেইল: ${v('pii.email', 'rafiq.agro@yahoo.com')}
খামার: গাজীপুর, ৪টি ভার্টিক্যাল টাওয়ার`),

  rec('chat_ta', f`இந்த காப்பீட்டு உரிமைகோரல் விவரங்களை ஆங்கிலத்தில் மொழிபெயர்க்கவும்:
பெயர்: திருமதி. லட்சுமி சுப்பிரமணியம்
பிறந்த தேதி: ${v('pii.date_of_birth', '03-07-1949')}
தொலைபேசி: ${phone('+94 77 382 9174')}
இறப்பு தேதி: 18-01-2025, கொழும்பு`),

  rec('chat_vi', f`Bạn giúp mình soạn email xác nhận lắp đặt giàn trồng cho khách nhé:
Khách hàng: Nguyễn Thị Thu Hà
Ngày sinh: ${v('pii.date_of_birth', '12/04/1991')}
SĐT: ${phone('0913 829 174', 'VN')}
Email: ${v('pii.email', 'thuha.nguyen91@gmail.com')}
Địa chỉ: Thủ Đức, TP.HCM — lắp 2 giàn 6 tầng ngày 20/3`),

  rec('chat_id', f`Tolong rapikan laporan kecelakaan ini:
Nama: Rizky Pratama
Tanggal lahir: ${v('pii.date_of_birth', '17 Agustus 2001')}
No. HP: ${phone('+62 812-3829-1746')}
Kejadian: jatuh di trek enduro, luka lecet di siku kanan, diberi perban dan es.`),

  rec('app_log_pl', f`Dlaczego ten log aplikacji wypożyczalni zapisuje tyle danych osobowych? Wklejam fragment:

${amb('source_code.snippet', f`2025-06-21T10:14:32.118Z INFO  booking-api  POST /v1/rentals 201 client=${amb('pii.ip_address', '83.21.194.77')}
  customer={"name":"Katarzyna Zielińska","email":"${v('pii.email', 'k.zielinska@wp.pl')}","phone":"${phone('+48 601 382 947')}","birthDate":"${v('pii.date_of_birth', '1994-02-09')}"}
  bike=ENDURO-M-14 deposit=600PLN waiver_signed=true`)}`),

  rec('asumistuki_fi', f`Voitko kirjoittaa lyhyen vastauksen asumistuen hakijalle? Tiedot:
Nimi: Aino Korhonen
Henkilötunnus: ${ambCat('pii', '140392-318K')}
Puhelin: ${phone('040 382 9174', 'FI')}
Hakemus saapunut 3.3.2025, liitteet puuttuvat: vuokrasopimus.`, 'Finnish henkilötunnus: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_sv', f`Hjälp mig skriva ett kondoleansbrev från begravningsförsäkringen. Förmånstagare: Ingrid Lundqvist, personnummer ${ambCat('pii', '19560614-3829')}, tel. ${phone('070-382 91 74', 'SE')}. Utbetalning 35 000 kr sker inom 5 bankdagar.`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  rec('chat_hr', f`Napiši kratku obavijest obitelji:
Osiguranik: Josip Horvat (preminuo 4. 2. 2025.)
OIB korisnika: ${ambCat('pii', '38291746052')}
Kontakt: Marija Horvat, mob. ${phone('+385 91 382 9174')}
Isplata pogrebnih troškova u iznosu od 1.800 € odobrena.`, 'Croatian OIB: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ka', f`გთხოვთ, ეს ინციდენტის ჩანაწერი ინგლისურად თარგმნოთ:
სახელი: გიორგი ლომიძე
დაბადების თარიღი: ${v('pii.date_of_birth', '09.11.1997')}
ტელეფონი: ${phone('+995 599 38 29 17')}
ტრასა: წითელი, დაეცა ხტომაზე, მარჯვენა მხრის დაზიანება.`),

  rec('chat_hy', f`Խնդրում եմ գրել նամակ այս հաճախորդին՝ ժամացույցի վերանորոգման ավարտի մասին.
Անուն՝ Անի Պետրոսյան
Հեռ.՝ ${phone('+374 91 382917')}
Էլ. փոստ՝ ${v('pii.email', 'ani.petrosyan@mail.am')}`),

  rec('chat_sw', f`Tafadhali niandikie ujumbe mfupi kwa mkulima huyu kuhusu ziara ya fundi:
Jina: Wanjiru Kamau
Simu: ${phone('0712 382917', 'KE')}
Barua pepe: ${v('pii.email', 'wanjiru.kamau@gmail.com')}
Tarehe ya ziara: Jumanne, saa tatu asubuhi.`),

  rec('signature_en', f`Can you make my email signature look more professional? Current one:

--
Hannah Osei | Senior Cyber Underwriting Assistant
Kestrel Cyber Risk Brokers
m: ${phone('+44 7823 482917')} | d: ${phone('+44 20 7946 1835')}
${v('pii.email', 'hannah.osei@kestrel-cyber.com')}
Lloyd's broker · FCA FRN 771203`),

  rec('customers_csv', f`Dedupe this after-sales customer export — same person sometimes has two rows:

${amb('source_code.snippet', f`name;email;phone;city;last_service
Elodie Marchand;${v('pii.email', 'elodie.marchand@free.fr')};${phone('+33 6 48 27 39 15')};Genève;2024-11-02
Élodie Marchand;${v('pii.email', 'e.marchand@bluewin.ch')};${phone('+41 79 384 27 15')};Genève;2025-01-19
Tobias Krenn;${v('pii.email', 'tobias.krenn@gmx.de')};${phone('+49 171 3948275')};München;2024-09-30
Tobias Krenn;${v('pii.email', 'tobias.krenn@gmx.de')};${phone('0171 3948275', 'DE')};München;2025-02-11`)}`),
];

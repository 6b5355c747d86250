/**
 * Held-out batch 64: personal data in intake forms, KYC notes, courier paperwork, payroll lines, HR
 * sheets and logs from physio clinics, an archive, a cement plant, a microloan app, a museum and a drone
 * start-up, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH64_PII: DraftRecord[] = [
  rec('intake_es', f`Resume esta ficha de ingreso para el fisio que la atiende mañana, en 3 líneas:

Paciente: Nuria Castells Vidal
DNI: ${v('pii.es_dni', '88536051N')}
Fecha de nacimiento: ${v('pii.date_of_birth', '14/02/1991')}
Móvil: ${phone('612 48 39 07', 'ES')}
Correo: ${v('pii.email', 'nuria.castells91@gmail.com')}
Motivo: esguince de tobillo grado II jugando a pádel, hace 12 días. Sin cirugías previas.`),

  rec('attestation_fr', f`Peux-tu me rédiger une attestation de prise en charge pour la mutuelle de ce patient ?

Nom : M. Karim Benhaddou
N° de sécurité sociale : ${v('pii.fr_nir', '1 81 01 75 333 692 71')}
Date de naissance : ${v('pii.date_of_birth', '23 janvier 1981')}
Prescription : 15 séances de rééducation de l'épaule droite (tendinopathie du sus-épineux)
Kinésithérapeute : Mme Anaïs Lebrun, cabinet Lyon 7e`),

  rec('chat_it', f`Mi aiuti a compilare la richiesta di rimborso per l'assicurazione sportiva? Dati dell'atleta:
Giulio Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI88M12F205G')}, cellulare ${phone('+39 347 829 1054')}, tesserato con la squadra di pallavolo di Monza. Infortunio: lesione del legamento crociato anteriore, 8 ottobre.`),

  rec('athlete_de', f`Kannst du aus diesen Stichpunkten einen kurzen Befundbericht für den Vereinsarzt machen?

Sportler: Jonas Wendt (U19, Handball)
Geb.-Datum: ${v('pii.date_of_birth', '05.11.2006')}
Versichertennr.: ${ambCat('pii', 'W482917365')}
Handy: ${phone('0171 4829305', 'DE')}
Eltern-Mail: ${v('pii.email', 'familie.wendt@web.de')}
Befund: Patellaspitzensyndrom links, Belastungsschmerz seit 6 Wochen, Sprungtraining pausiert.`, 'German health-insurance member number: personal, no built-in rule claims it (ambiguous, no rule id)'),

  rec('contractor_nl', f`Wil je dit aanmeldformulier voor de inhuur van een monteur controleren op volledigheid?

Naam: Ruud Hoogendijk
BSN: ${v('pii.nl_bsn', '436468815')}
Geboortedatum: ${v('pii.date_of_birth', '17-08-1979')}
Telefoon: ${phone('06-28471930', 'NL')}
VCA-certificaat geldig tot 03-2027
Werkzaamheden: revisie tandwielkast cementmolen 2, week 14–16`),

  rec('kyc_pt_br', f`Preciso de ajuda pra escrever uma mensagem educada pedindo um documento que falta no cadastro:

Cliente: Francisca Aparecida dos Santos
CPF: ${v('pii.br_cpf', '216.873.706-13')}
Celular: ${phone('(21) 98843-1726', 'BR')}
E-mail: ${v('pii.email', 'francisca.ap.santos@hotmail.com')}
Pendência: comprovante de residência com menos de 90 dias.`),

  rec('chat_hi_en', f`Bhai ye borrower ka KYC reject ho gaya, kya reason ho sakta hai? Aadhaar ${v('pii.in_aadhaar', '8723 6104 8024')}, mobile ${phone('98204 71936', 'IN')}, naam Sunita Devi Yadav, DOB ${v('pii.date_of_birth', '12-07-1988')}. Selfie match 62% aaya, threshold 70 hai. Customer ko Hindi mein kya bolun?`),

  rec('referral_uk', f`Could you turn this referral into a short handover note for the physio picking it up?

Patient: Eleanor Whitcombe
NHS number: ${v('pii.uk_nhs_number', '413 325 0389')}
DOB: ${v('pii.date_of_birth', '30/06/1974')}
Mobile: ${phone('07723 418905', 'GB')}
GP referral: chronic low back pain, 14 months, no red flags, keen runner. Wants Saturday appointments.`),

  rec('payroll_tsv_uk', f`Can you flag which of these contractors on the kiln relining job are missing a start date?

${amb('source_code.snippet', f`name\tni_number\tphone\tstart_date
Callum Reid\t${v('pii.uk_nino', 'PB 62 04 17 C')}\t${phone('07418 392051', 'GB')}\t2025-02-03
Tomasz Lewandowski\t${v('pii.uk_nino', 'HT285193A')}\t${phone('07956 210384', 'GB')}\t
Gavin Moss\t${v('pii.uk_nino', 'JM 71 40 28 B')}\t${phone('07590 447812', 'GB')}\t2025-02-10`)}`),

  rec('w9_us', f`I'm entering a freelance contributor into our rights database for the oral-history series. Does this W-9 info look complete?

Name: Marcus T. Delgado
Business name: (none)
SSN: ${v('pii.us_ssn', '318-52-4470')}
Address: 2214 Alder St, Eugene OR 97405
Phone: ${phone('(541) 682-3307', 'US')}
Email: ${v('pii.email', 'mdelgado.audio@protonmail.com')}`),

  rec('contract_ca', f`Hi, I need a short cover letter for the contract conservator's onboarding package. Her details from the form:
Name: Priya Raghunathan
SIN: ${v('pii.ca_sin', '190 662 254')}
Phone: ${phone('+1 604 482 7193')}
Start: April 7, treating the two First Nations textile loans before they travel.`),

  rec('chat_es_mx', f`Ayúdame a redactar un mensaje de WhatsApp para la clienta, que no suene a amenaza:

Nombre: Guadalupe Ramírez Ortega
CURP: ${ambCat('pii', 'RAOG850312MJCMRD04')}
Celular: ${phone('+52 33 1829 4470')}
Correo: ${v('pii.email', 'lupita.ramirez85@yahoo.com.mx')}
Adeudo: 3 pagos semanales de $450 atrasados.`, 'Mexican CURP: personal, no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_es_ar', f`Che, armame un recordatorio de turno para este paciente, cortito, para mandar por WhatsApp:
Facundo Ibarra, DNI ${ambCat('pii', '32.418.775')}, cel ${phone('011 15-4382-7716', 'AR')}. Turno de kinesiología el jueves 13 a las 18:30 en la sede Palermo. Que traiga la orden médica y el estudio de la rodilla.`, 'Argentine DNI: no built-in rule claims it (ambiguous, no rule id)'),

  rec('note_es_ec', f`Corrige la ortografía de esta nota de gestión de cobro, por favor:

"Se contacto a la sra. Maria Fernanda Quishpe, cedula ${ambCat('pii', '1714825937')}, al numero ${phone('099 418 2736', 'EC')}. Indica que pagara el saldo de 180 dolares el viernes cuando le paguen en la florícola de Cayambe. Se agenda nueva llamada."`, 'Ecuadorian cédula: no built-in rule claims it (ambiguous, no rule id)'),

  rec('courier_pt_pt', f`Pode ajudar-me a preparar o e-mail para a transportadora com os dados do correio que acompanha a peça?

Nome: Teresa Mendonça Vaz
NIF: ${ambCat('pii', '238 417 593')}
Telemóvel: ${phone('+351 912 384 670')}
E-mail: ${v('pii.email', 'teresa.vaz@museu-arte-antiga.pt')}
Voo: TP 1026 Lisboa–Madrid, 14 de abril, acompanha a caixa n.º 3 (tríptico).`, 'Portuguese NIF: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_fr_ci', f`Aide-moi à écrire un SMS de relance poli pour ce client, en français simple :
M. Koffi Yao Serge, pièce d'identité CNI ${ambCat('pii', 'C 0041 8273 65')}, numéro Orange Money ${phone('07 48 29 31 66', 'CI')}, e-mail ${v('pii.email', 'sergekoffi.yao@gmail.com')}. Il a 2 échéances de 15 000 FCFA en retard.`, 'Ivorian CNI number: no built-in rule claims it (ambiguous, no rule id)'),

  rec('intake_fr_ca', f`Peux-tu me faire un résumé clinique de cette fiche pour la physio de garde?

Patiente : Mélanie Gagnon-Roy
No d'assurance maladie (RAMQ) : ${ambCat('pii', 'GAGM 8553 1514')}
Date de naissance : ${v('pii.date_of_birth', '1985-05-31')}
Cellulaire : ${phone('(418) 692-3305', 'CA')}
Raison : entorse cervicale après accident d'auto, douleur 6/10, pas de symptômes neurologiques.`, 'Quebec health-card number: no built-in rule claims it (ambiguous, no rule id)'),

  rec('courier_de_ch', f`Kannst du das für das Visa-Unterstützungsschreiben an das Konsulat formulieren?

Kurier: Dr. Beat Zimmermann, Restaurator
Reisepass-Nr.: ${v('pii.passport', 'X0472918')} (Schweiz)
Geburtsdatum: ${v('pii.date_of_birth', '09.03.1968')}
Begleitet: Leihgabe von 2 Aquarellen an das Museum in Shanghai, Abflug 22. Mai ab Zürich.`),

  rec('courier_ja', f`中国の美術館に送るクーリエ情報の英文メールを作ってください。

氏名：佐藤 由美子（学芸員）
旅券番号：${v('pii.passport', 'TK4829163')}
生年月日：${v('pii.date_of_birth', '1979年4月18日')}
携帯：${phone('090-4827-1936', 'JP')}
同行作品：屏風一双（貸出番号 L-2025-07）`),

  rec('pilot_ko', f`신규 드론 방제 조종사 등록 서류 정리 부탁드립니다. 항목별로 표로 만들어 주세요.

성명: 김도현
주민등록번호: ${ambCat('pii', '850312-1483720')}
연락처: ${phone('010-4827-1936', 'KR')}
이메일: ${v('pii.email', 'dohyun.kim.pilot@naver.com')}
자격: 초경량비행장치 1종, 방제 경력 4년`, 'Korean resident registration number: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_zh', f`帮我把这位飞手的资料整理成一段入职说明：
姓名：王建国，身份证号 ${ambCat('pii', '110105198503124829')}，手机 ${phone('138 2748 1936', 'CN')}，持有 CAAC 无人机驾驶员执照，负责黑龙江片区的水稻植保作业。`, 'Chinese resident ID: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_zh_tw', f`請幫我寫一封感謝信給這位口述歷史受訪者，並附上授權書回寄說明：
受訪者：林秀英女士，身分證字號 ${ambCat('pii', 'A223481957')}，電話 ${phone('0912-482-719', 'TW')}。訪談於 3 月 5 日完成，內容是 1960 年代電台廣播劇的幕後工作。`, 'Taiwanese national ID: no built-in rule claims it (ambiguous, no rule id)'),

  rec('visa_ru', f`Помогите составить письмо в посольство для оформления визы нашему подрядчику, который приезжает на ремонт вращающейся печи:

ФИО: Кузнецов Андрей Викторович
Загранпаспорт: ${v('pii.passport', '75 4829163')}
Дата рождения: ${v('pii.date_of_birth', '21.09.1976')}
Телефон: ${phone('+7 916 482-19-36')}
Срок работ: 14.04–30.05`),

  rec('chat_uk', f`Допоможіть оформити коротку біографію дикторки для сторінки архіву, без особистих даних:
Ганна Мельник, дата народження ${v('pii.date_of_birth', '2 березня 1951')}, телефон ${phone('067 482 19 36', 'UA')}, пошта ${v('pii.email', 'h.melnyk1951@ukr.net')}. Працювала на радіо з 1972 по 2008 рік, вела ранкові програми.`),

  rec('intake_el', f`Φτιάξε μου μια σύντομη περίληψη για τον φυσικοθεραπευτή:
Ασθενής: Δημήτρης Παπαδόπουλος
ΑΜΚΑ: ${ambCat('pii', '12038502148')}
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '12/03/1985')}
Κινητό: ${phone('+30 694 827 1936')}
Διάγνωση: ρήξη αχίλλειου τένοντα, χειρουργήθηκε πριν από 5 εβδομάδες.`, 'Greek AMKA: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_tr', f`Bu müşteriye yapılandırma teklifini anlatan kısa bir SMS yazar mısın?
Ad Soyad: Ayşe Demirtaş
TC Kimlik No: ${ambCat('pii', '28417365930')}
Doğum tarihi: ${v('pii.date_of_birth', '04.06.1990')}
Cep: ${phone('0532 482 19 36', 'TR')}
Borç: 2.850 TL, 45 gün gecikmiş.`, 'Turkish TC Kimlik: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_he', f`תעזור לי לנסח מייל למלווה של היצירה, שמתאר את הסידורים בשדה התעופה:
שם: נועה ברגר, ת.ז. ${ambCat('pii', '038274619')}, נייד ${phone('052-482-7193', 'IL')}. היא מלווה את ארגז הפסלים לברלין בטיסה של 9 במאי, והמכס צריך את הפרטים שלה מראש.`, 'Israeli ID number: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_ar_lev', f`بدي رسالة لطيفة لعميلة تأخرت بالدفع، بالعامية الأردنية:
الاسم: رنا خالد العمري
الرقم الوطني: ${ambCat('pii', '9851028473')}
تاريخ الميلاد: ${v('pii.date_of_birth', '1985/10/28')}
الموبايل: ${phone('+962 79 482 7193')}
المبلغ المتأخر: 85 دينار`, 'Jordanian national number: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_fa', f`لطفاً یک پیام خوش‌آمدگویی برای کارشناس جدید پهپاد بنویس:
نام: سارا رحیمی، کد ملی ${ambCat('pii', '0072841953')}، موبایل ${phone('0912 482 7193', 'IR')}، ایمیل ${v('pii.email', 'sara.rahimi.agri@gmail.com')}. از اول اردیبهشت در پروژهٔ پایش مزارع گندم شروع می‌کند.`, 'Iranian national code: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_bn', f`এই গ্রাহককে একটা ভদ্র রিমাইন্ডার এসএমএস লিখে দিন:
নাম: মোছাম্মৎ রোকসানা বেগম
এনআইডি: ${ambCat('pii', '1994284719304')}
মোবাইল: ${phone('01712-482719', 'BD')}
বকেয়া: ২ কিস্তি, মোট ৳৩,২০০`, 'Bangladeshi NID: no built-in rule claims it (ambiguous, no rule id)'),

  rec('intake_th', f`ช่วยแปลแบบฟอร์มลงทะเบียนนักกีฬาต่างชาติเป็นภาษาอังกฤษให้หน่อยค่ะ

ชื่อ: Liam O'Sullivan (นักรักบี้ ทีมชาติไอร์แลนด์ U20)
หนังสือเดินทางเลขที่: ${v('pii.passport', 'PY4829173')}
วันเกิด: ${v('pii.date_of_birth', '3 ส.ค. 2548')}
เบอร์โทรในไทย: ${phone('081 482 7193', 'TH')}
อาการ: กล้ามเนื้อต้นขาด้านหลังฉีก ระดับ 2`),

  rec('chat_vi', f`Giúp mình viết tin nhắn nhắc nợ nhẹ nhàng cho khách này nhé:
Họ tên: Nguyễn Thị Thu Hà
Số CCCD: ${ambCat('pii', '001185012847')}
Ngày sinh: ${v('pii.date_of_birth', '15/08/1985')}
SĐT: ${phone('0912 482 719', 'VN')}
Quá hạn: 12 ngày, số tiền 1.450.000 đ`, 'Vietnamese CCCD: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_id', f`Tolong bantu buat pesan penagihan yang sopan untuk nasabah ini:
Nama: Siti Rahmawati
NIK: ${ambCat('pii', '3273015203850008')}
No. HP: ${phone('0812-4827-1936', 'ID')}
Tunggakan: Rp 1.200.000, jatuh tempo 5 Maret.`, 'Indonesian NIK: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_ms', f`Boleh tolong ringkaskan nota pesakit ini untuk fisioterapis yang baru?
Nama: Muhammad Hafiz bin Rahman
No. MyKad: ${ambCat('pii', '850312-14-5527')}
Telefon: ${phone('012-482 7193', 'MY')}
Kecederaan: bahu terkehel semasa perlawanan futsal, rawatan minggu ke-3.`, 'Malaysian MyKad: no built-in rule claims it (ambiguous, no rule id)'),

  rec('note_sw', f`Nisaidie kuandika ujumbe mfupi wa kumkumbusha mteja huyu kulipa, kwa Kiswahili cha heshima:
Jina: Wanjiku Mwangi
Namba ya kitambulisho: ${ambCat('pii', '28471936')}
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '14/09/1992')}
Simu: ${phone('+254 712 482 719')}
Deni: KES 4,800, siku 21 za kuchelewa.`, 'Kenyan national ID number: no built-in rule claims it (ambiguous, no rule id)'),

  rec('courier_am', f`ለውጭ ሙዚየሙ የሚላክ የተላላኪ መረጃ በእንግሊዝኛ አዘጋጅልኝ:
ስም: ሰላማዊት ተስፋዬ
ፓስፖርት ቁጥር: ${v('pii.passport', 'EP4829173')}
የትውልድ ቀን: ${v('pii.date_of_birth', '12/05/1984')}
ስልክ: ${phone('+251 91 148 2719')}
የሚያጅበው ዕቃ: የብራና መጽሐፍ (የብድር ቁጥር 2025-03)`),

  rec('log_json', f`Why does the signup endpoint log full user objects? Found this in the pilot-app logs:

${amb('source_code.snippet', f`{"ts":"2025-03-11T06:42:19Z","lvl":"info","svc":"pilot-signup","msg":"new pilot registered","user":{"id":18273,"name":"Rosa Elena Cárdenas","email":"${v('pii.email', 'rosa.cardenas.agro@outlook.com')}","phone":"${phone('+593 99 418 2736')}"},"ip":"${amb('pii.ip_address', '186.46.118.23')}"}
{"ts":"2025-03-11T06:44:02Z","lvl":"info","svc":"pilot-signup","msg":"new pilot registered","user":{"id":18274,"name":"Tomás Villacís","email":"${v('pii.email', 'tvillacis@agrodron-ec.com')}","phone":"${phone('+593 98 273 6145')}"},"ip":"${amb('pii.ip_address', '2800:bf0:8112:41c::7')}"}`)}`),

  rec('hr_fi', f`Voisitko muotoilla tästä lyhyen perehdytysviestin uudelle arkistonhoitajalle?

Nimi: Aino Lehtonen
Henkilötunnus: ${ambCat('pii', '120385-274K')}
Syntymäaika: ${v('pii.date_of_birth', '12.3.1985')}
Puhelin: ${phone('040 827 3916', 'FI')}
Aloittaa 1.4. nauha-arkiston digitointiprojektissa.`, 'Finnish henkilötunnus: no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_no', f`Kan du skrive en kort melding til kunden om at sprøyteoppdraget er flyttet?
Bonde: Kjetil Haugland, fødselsnummer ${ambCat('pii', '12038548213')} (trengs for tilskuddssøknaden), mobil ${phone('+47 938 27 416')}. Nytt tidspunkt: tirsdag kl. 06:00 hvis det er vindstille.`, 'Norwegian fødselsnummer: no built-in rule claims it (ambiguous, no rule id)'),
];

/**
 * Held-out batch 132: personal data — boarding-school applications and emergency contacts,
 * landowner records, hardship case notes, voice-actor contracts, sterile-processing traceability
 * and juicer onboarding, in many languages and scripts. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH132_PII: DraftRecord[] = [
  // ── International school ──────────────────────────────────────────────────────────────
  rec('application', f`Please check this boarding application summary for missing fields before it goes to the admissions committee:

Student: Oliver Hartmann-Reyes   Grade applied: 10 (boarding, 7-day)
Date of birth: ${v('pii.date_of_birth', '14 June 2010')}
Nationality: British / Mexican
UK passport no.: ${v('pii.passport', '548291736')}  expiry 2031-02
Parent/guardian: Sofía Reyes — ${v('pii.email', 'sofia.reyes.h@outlook.com')} — ${phone('+52 55 6391 2847')}
Previous school: British School of Mexico City
Medical: mild asthma (inhaler), no allergies`),

  rec('chat_zh', f`请帮我把这份入学申请信息整理成英文表格，给瑞士学校的招生办：
学生姓名：王子涵
出生日期：${v('pii.date_of_birth', '2011年3月8日')}
护照号码：${v('pii.passport', 'EH7302918')}
家长电话：${phone('+86 139 1827 4063')}
家长邮箱：${v('pii.email', 'wang.lihua1982@163.com')}
申请年级：8年级，全寄宿`),

  rec('chat_ru', f`Переведи на английский для анкеты пансиона, пожалуйста:
ФИО ученика: Соколова Анна Дмитриевна
Дата рождения: ${v('pii.date_of_birth', '22.09.2009')}
Номер загранпаспорта: ${v('pii.passport', '75 4829371')}
Телефон матери: ${phone('+7 916 203-58-47')}
Аллергия на орехи, носит с собой EpiPen.`),

  rec('chat_ko', f`기숙학교 지원서에 들어갈 학생 정보를 영어로 정리해 주세요.
이름: 김서윤
생년월일: ${v('pii.date_of_birth', '2010년 11월 27일')}
여권번호: ${v('pii.passport', 'M73920481')}
보호자 연락처: ${phone('010-5827-3916', 'KR')}
특이사항: 주말마다 서울 집으로 영상통화`),

  rec('chat_ar', f`ترجم بيانات الطالب هذه إلى الإنجليزية لنموذج السكن الداخلي:
الاسم: يوسف أحمد المصري
تاريخ الميلاد: ${v('pii.date_of_birth', '5 فبراير 2011')}
رقم جواز السفر: ${v('pii.passport', 'A29384716')}
هاتف ولي الأمر: ${phone('+20 10 2749 3851')}
البريد الإلكتروني: ${v('pii.email', 'ahmed.elmasry71@gmail.com')}`),

  rec('chat_hi', f`कृपया इस जानकारी को अंग्रेज़ी में बोर्डिंग फ़ॉर्म के लिए लिख दीजिए:
छात्र का नाम: आरव मेहता
जन्म तिथि: ${v('pii.date_of_birth', '17 अगस्त 2010')}
पासपोर्ट संख्या: ${v('pii.passport', 'T4829173')}
आधार नंबर: ${v('pii.in_aadhaar', '4827 1930 5617')}
पिता का मोबाइल: ${phone('+91 98452 30817')}`),

  rec('tsv_de_ch', f`Chasch mer die Notfallliste nach Zimmer sortiere? Isch für d'Nachtaufsicht im Edelweiss-Huus.

${amb('source_code.snippet', f`Zimmer\tSchüeler\tNotfallkontakt\tTelefon
E-12\tLuca Brunner\tMueter (Sandra)\t${phone('+41 79 462 18 35')}
E-07\tMia Schneider\tVater (Thomas)\t${phone('044 518 27 93', 'CH')}
E-15\tNoah Keller\tGrossmueter\t${phone('+41 76 381 90 24')}
E-03\tEmma Baumann\tMueter (Petra)\t${phone('+49 171 8203 4615')}`)}`),

  rec('chat_fr_ca', f`Allô! J'ai besoin d'un coup de main pour écrire au bureau des admissions en Suisse. Ils me demandent mon numéro d'assurance sociale pour le reçu d'impôt des frais de pension de mon gars. Mon NAS c'est ${v('pii.ca_sin', '529 183 741')}, pis mon cell c'est ${phone('(514) 829-4736', 'CA')}. Est-ce que c'est normal qu'une école suisse demande ça? Écris-moi une réponse polie.`),

  rec('chat_vi', f`Dịch sang tiếng Anh giúp mình thông tin để nộp hồ sơ nội trú nhé:
Họ tên học sinh: Nguyễn Minh Khang
Ngày sinh: ${v('pii.date_of_birth', '03/04/2011')}
Số hộ chiếu: ${v('pii.passport', 'C4928371')}
SĐT phụ huynh: ${phone('+84 91 538 27 46')}`),

  rec('chat_th', f`ช่วยแปลข้อมูลนี้เป็นภาษาอังกฤษสำหรับใบสมัครโรงเรียนประจำหน่อยค่ะ
ชื่อนักเรียน: ด.ญ. พิมพ์ชนก วงศ์สวัสดิ์
วันเกิด: ${v('pii.date_of_birth', '19 มกราคม 2554')}
เลขที่หนังสือเดินทาง: ${v('pii.passport', 'AA8293741')}
เบอร์โทรผู้ปกครอง: ${phone('+66 81 637 2905')}`, 'Thai Buddhist-era year (2554 = 2011) in the birth date'),

  rec('chat_fa', f`لطفاً این اطلاعات را برای فرم پذیرش مدرسه به انگلیسی ترجمه کن:
نام دانش‌آموز: پارسا رحیمی
تاریخ تولد: ${v('pii.date_of_birth', '۱۳۸۹/۰۵/۲۱')}
شماره گذرنامه: ${v('pii.passport', 'Z48291736')}
تلفن پدر: ${phone('+98 912 384 6271')}`, 'Solar Hijri birth date in Persian digits'),

  rec('chat_bn', f`এই তথ্যগুলো ইংরেজিতে অনুবাদ করে দিন, বোর্ডিং স্কুলের ফর্মে লাগবে:
ছাত্রের নাম: তাহসিন রহমান
জন্ম তারিখ: ${v('pii.date_of_birth', '১২ জুলাই ২০১০')}
পাসপোর্ট নম্বর: ${v('pii.passport', 'A04829173')}
অভিভাবকের ফোন: ${phone('+880 1712-583904')}`),

  // ── Wind-farm developer: landowners ───────────────────────────────────────────────────
  rec('record_de', f`Bitte aus diesen Stammdaten einen Entwurf für das Anschreiben zur Nutzungsvertrags-Verlängerung machen:

Eigentümer: Heinrich Wendt, Landwirt
Flurstück: Gemarkung Kirchberg, Flur 7, Nr. 118/2 (4,3 ha)
Geburtsdatum: ${v('pii.date_of_birth', '02.11.1956')}
Steuer-ID: ${v('pii.de_steuer_id', '62917348253')}
Telefon: ${phone('06763 9284-17', 'DE')}
Hinweis: nur vormittags anrufen, Tochter ${v('pii.email', 'k.wendt-hof@t-online.de')} regelt den Schriftverkehr.`),

  rec('chat_es', f`Redáctame una carta para el propietario de la parcela 34 del polígono 12 (término de Chinchilla). Datos: Antonio Lozano Cuesta, DNI ${v('pii.es_dni', '48271936L')}, teléfono ${phone('+34 622 71 48 39')}. Su yerno, que vive en Valencia, tiene NIE ${v('pii.es_nie', 'Y4827193J')} y firmará como apoderado.`),

  rec('chat_pl', f`Sporządź proszę krótką notatkę ze spotkania z właścicielką działki 212/4 w gminie Zelów:
Pani Halina Nowicka, PESEL ${ambCat('pii', '56031204827')}, tel. ${phone('+48 601 293 847')}.
Zgadza się na drogę dojazdową do turbiny nr 3, ale chce wyższego czynszu.`, 'Polish PESEL: a national id no built-in rule claims (ambiguous, no rule id)'),

  rec('chat_it', f`Scrivi una lettera formale al proprietario del terreno per il parco eolico in provincia di Catania:
Sig. Giuseppe Ferrante, codice fiscale ${v('pii.it_codice_fiscale', 'FRRGPP54D21C351Y')}
nato il ${v('pii.date_of_birth', '21/04/1954')} a Catania
cellulare ${phone('+39 333 708 2914')}
Oggetto: proposta di diritto di superficie per 30 anni, foglio 18, particella 205.`),

  rec('chat_pt', f`Preciso de uma carta para a D. Maria da Conceição Antunes, proprietária do terreno no Alto do Marão onde vai a torre 4. NIF ${ambCat('pii', '184729360')}, telemóvel ${phone('+351 912 740 385')}. Quero propor a renovação do contrato de arrendamento por mais 10 anos. Tom respeitoso, ela tem 81 anos.`, 'Portuguese NIF: a tax id no built-in rule claims (ambiguous)'),

  rec('chat_nl', f`Kun je een brief opstellen aan de heer Van der Veen over de opstalovereenkomst voor windturbine WT-06 in de Noordoostpolder? Zijn BSN is ${v('pii.nl_bsn', '284719365')} (nodig voor de notaris), telefoon ${phone('+31 6 39284715')}. Hij wil dat zijn zoon meeleest.`),

  rec('chat_ka', f`ეს ჩანაწერი ინგლისურად მთარგმნე, იჯარის ხელშეკრულებისთვის:
მიწის მესაკუთრე: გიორგი ბერიძე
პირადი ნომერი: ${ambCat('pii', '01024038517')}
დაბადების თარიღი: ${v('pii.date_of_birth', '12.03.1968')}
ტელეფონი: ${phone('+995 599 27 48 31')}`, 'Georgian personal number: no built-in rule (ambiguous)'),

  // ── Card issuer: collections & hardship ──────────────────────────────────────────────
  rec('hardship_form', f`Rewrite this hardship intake note in plain language for the customer letter (leave out the identifiers):

Customer: Denise Whitaker
SSN: ${v('pii.us_ssn', '528-41-7390')}
DOB: ${v('pii.date_of_birth', '08/19/1979')}
Phone: ${phone('(415) 483-2097', 'US')}
Reason: medical leave (surgery 02/03), income reduced ~60% for 3 months
Request: 90-day forbearance, interest freeze`),

  rec('case_note', f`Can you tidy this vulnerability note for the case file? Keep all facts.

Mr Gary Fenwick, NI no. ${v('pii.uk_nino', 'JR 48 27 19 C')}, called from ${phone('07856 204913', 'GB')}. Carer for his mum, recently diagnosed with early dementia. Struggling with the minimum payment. Agreed 30-day breathing space; referred to StepChange. He prefers contact by email: ${v('pii.email', 'g.fenwick64@btinternet.com')}.`),

  rec('chat_es_mx', f`Oye, redáctame una nota de gestión de cobranza más profesional con estos datos:
Cliente: Rosa Elena Martínez Huerta
CURP: ${ambCat('pii', 'MAHR790412MDFRRS08')}
Cel: ${phone('+52 55 4827 3916')}
Comentario: dice que la despidieron en enero, ofrece pagar en abril. Muy molesta por las llamadas a su trabajo.`, 'Mexican CURP: no built-in rule (ambiguous)'),

  rec('chat_tl', f`Pa-ayos naman ng notes ko para sa account, gawin mong formal English:
"Tinawagan ko si Mr. Reynaldo Santos sa ${phone('+63 917 284 6031')}, sabi niya sa 15 siya makakabayad kasi delayed ang sweldo. Yung misis niya ang may hawak ng card. Pakiusap wag na daw tumawag sa office."`),

  // ── Dubbing studio ────────────────────────────────────────────────────────────────────
  rec('contract_fr', f`Peux-tu vérifier que ce bloc "Identification de l'artiste" du contrat de doublage est complet ?

Artiste-interprète : Mme Camille Aubert, dite « Cam Aubert »
Née le ${v('pii.date_of_birth', '11 juillet 1985')} à Lyon (69)
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 07 69 381 052 59')}
N° Congés Spectacles : ${ambCat('pii', 'CS-4827193')}
Téléphone : ${phone('06 48 27 19 36', 'FR')}
Courriel : ${v('pii.email', 'cam.aubert.voix@gmail.com')}`),

  rec('chat_es_ar', f`Che, ¿me armás un mail para la actriz de doblaje que contratamos para la versión neutra? Le tengo que pedir que confirme sus datos: Valentina Sosa, DNI ${ambCat('pii', '34.829.173')}, celular ${phone('+54 9 11 6284-3917')}. Que suene cálido, laburamos mucho con ella.`, 'Argentine DNI: no built-in rule (ambiguous)'),

  rec('chat_tr', f`Seslendirme sanatçısının sözleşmesi için bilgileri düzgün bir tabloya çevirir misin?
Ad Soyad: Deniz Aksoy
T.C. Kimlik No: ${ambCat('pii', '38471920564')}
Doğum tarihi: ${v('pii.date_of_birth', '04.02.1990')}
Cep: ${phone('+90 532 618 27 40')}`, 'Turkish T.C. Kimlik number: no built-in rule (ambiguous)'),

  rec('chat_ko', f`성우 계약서에 들어갈 인적사항을 표로 정리해 주세요.
성명: 박지훈
주민등록번호: ${ambCat('pii', '880415-1829374')}
연락처: ${phone('+82 10-7394-2816')}
이메일: ${v('pii.email', 'jihoon.voice@naver.com')}`, 'Korean resident registration number: no built-in rule (ambiguous)'),

  // ── Hospital sterile processing ───────────────────────────────────────────────────────
  rec('trace_de', f`Bitte formuliere aus dieser Rückverfolgungsnotiz eine kurze Meldung an die Hygienefachkraft:

Sieb "Laparoskopie Basis 2" (Charge ZS-2025-03-118) wurde trotz fehlendem Indikatorstreifen freigegeben und am 10.03. in OP 4 verwendet bei:
Patient: Edith Kranz, geb. ${v('pii.date_of_birth', '27.01.1948')}, Fallnr. 5018273
Operateur: Dr. Stein. Patientin bisher unauffällig.`),

  rec('loan_set_letter', f`Draft a short recall note to the NHS trust we borrowed the orthopaedic loan set from. The set was used on one of their transferred patients before our wash cycle log was signed off:

Patient: Mrs Brenda Holloway, NHS number ${v('pii.uk_nhs_number', '485 213 9075')}, DOB ${v('pii.date_of_birth', '02/05/1951')}
Procedure: revision hip, 6 March
Contact at the trust: decontamination lead, ${phone('0117 928 4731', 'GB')}`),

  rec('chat_ml', f`ഞങ്ങളുടെ സ്റ്റെറൈൽ പ്രോസസ്സിംഗ് ടീമിന്റെ ഫോൺ ലിസ്റ്റ് ഇംഗ്ലീഷിൽ ഒരു ടേബിളാക്കി തരാമോ?
അനു ജോസഫ് – ${phone('+49 1575 3829471')}
സിജോ വർഗീസ് – ${phone('+49 176 28493710')}
ലിസ മാത്യു (നൈറ്റ്) – ${phone('+49 152 04938271')}`),

  rec('chat_sr', f`Преведи на немачки, молим те, за шефицу стерилизације:
„Ја сам Марко Јовановић, техничар у ЦСО од 1. марта. Мој ЈМБГ је ${ambCat('pii', '1505989710238')}, број телефона ${phone('+381 64 2849 173')}. Молим да ми се отвори налог у систему за праћење инструмената.“`, 'Serbian JMBG: no built-in rule (ambiguous)'),

  // ── Scooter juicers ──────────────────────────────────────────────────────────────────
  rec('chat_he', f`תעזור לי למלא את טופס ההצטרפות לג'וסר חדש מאנגלית לעברית? הפרטים:
שם: אביב כהן
מספר תעודת זהות: ${ambCat('pii', '038472915')}
טלפון: ${phone('+972 54-738-2916')}
כתובת אימייל: ${v('pii.email', 'aviv.cohen.tlv@gmail.com')}`, 'Israeli Teudat Zehut: no built-in rule (ambiguous)'),

  rec('chat_th', f`ช่วยตรวจฟอร์มสมัครจูเซอร์ให้หน่อยครับ ข้อมูลครบไหม
ชื่อ: นายธนากร ศรีสุข
เลขบัตรประชาชน: ${ambCat('pii', '1 1037 02849 37 5')}
วันเกิด: ${v('pii.date_of_birth', '8 ตุลาคม 2540')}
เบอร์โทร: ${phone('+66 89 274 6310')}`, 'Thai national id: no built-in rule (ambiguous)'),

  rec('chat_id', f`Tolong rapikan data pendaftaran juicer baru ini jadi tabel:
Nama: Rizky Pratama
NIK: ${ambCat('pii', '3174052807950003')}
Tanggal lahir: ${v('pii.date_of_birth', '28 Juli 1995')}
No. HP: ${phone('+62 812-9374-2816')}
Email: ${v('pii.email', 'rizky.pratama95@yahoo.co.id')}`, 'Indonesian NIK: no built-in rule (ambiguous)'),

  rec('chat_sw', f`Nisaidie kuandika ujumbe wa kumkaribisha juicer mpya wa Nairobi. Jina: Brian Otieno, namba ya simu ${phone('+254 712 583 094')}, kitambulisho namba ${ambCat('pii', '32849173')}. Ataanza kazi Jumatatu, ghala la Westlands.`, 'Kenyan national id number: no built-in rule (ambiguous)'),

  rec('log', f`Which of these juicer logins look like account sharing?

${amb('source_code.snippet', f`ts,juicer_id,email,ip,device
2025-03-10T23:02:11Z,J-58213,${v('pii.email', 'marta.kowal.juice@gmail.com')},${amb('pii.ip_address', '83.27.164.9')},Pixel 7
2025-03-10T23:04:40Z,J-58213,${v('pii.email', 'marta.kowal.juice@gmail.com')},${amb('pii.ip_address', '5.173.40.218')},Galaxy A14
2025-03-10T23:05:02Z,J-40122,${v('pii.email', 'd.lisowski@wp.pl')},${amb('pii.ip_address', '5.173.40.218')},Galaxy A14`)}`),

  rec('chat_pt_br', f`Me ajuda a responder esse juicer de São Paulo? Ele mandou: "meu CPF é ${v('pii.br_cpf', '518.302.947-41')} e o cadastro não aprova, já mandei a CNH duas vezes. Meu zap é ${phone('+55 11 98273-4601')}." Quero explicar que a foto da CNH estava cortada.`),

  rec('chat_ta', f`இந்த செய்தியை ஆங்கிலத்தில் மொழிபெயர்க்கவும், சிங்கப்பூர் ஜூசர் ஆதரவுக்காக: "என் பெயர் கார்த்திக் சுப்பிரமணியம். என் தொலைபேசி எண் ${phone('+65 9482 3716')}. என் மின்னஞ்சல் ${v('pii.email', 'karthik.s.sg@gmail.com')}. கடந்த வாரம் 30 ஸ்கூட்டர்களை சார்ஜ் செய்தேன், பணம் வரவில்லை."`),
];

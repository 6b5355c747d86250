/**
 * Held-out batch 105: personal data in podiatry referrals, pension member files, rescue call-out
 * logs, toll enforcement letters, bookshop customer tickets and lab HR notes. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH105_PII: DraftRecord[] = [
  rec('referral', f`Please turn this GP referral into a short pre-op summary for the foot surgeon:

Patient: Mrs Doreen Atkinson
NHS No: ${v('pii.uk_nhs_number', '612 839 4701')}   DOB: ${v('pii.date_of_birth', '14/02/1952')}
Tel: ${phone('01904 628 317', 'GB')}   Mobile (daughter): ${phone('07823 415 907', 'GB')}
Type 2 diabetic, HbA1c 58, non-healing ulcer right hallux for 9 weeks, referred for assessment re: possible partial amputation.`),

  rec('email', f`Hi, can you help me write a reply to this pension member who asks why her statement shows the wrong NI number?

From: ${v('pii.email', 'janet.oduya@btinternet.com')}
"My National Insurance number is ${v('pii.uk_nino', 'JT 48 29 17 C')}, but the annual statement says ${v('pii.uk_nino', 'JT482971C')}. Please correct it before my retirement in August. You can call me on ${phone('07961 284 530', 'GB')}."`),

  rec('hr_de', f`Kannst du aus diesen Daten ein Anmeldeformular für die Betriebsrente (Pensionskasse) vorbereiten?
Name: Jonas Weidinger
Geburtsdatum: ${v('pii.date_of_birth', '03.09.1987')}
Steuer-ID: ${v('pii.de_steuer_id', '47281935446')}
Telefon: ${phone('+49 171 4829306')}
E-Mail: ${v('pii.email', 'j.weidinger@gmx.de')}`),

  rec('letter_nl', f`Herschrijf deze brief in eenvoudig Nederlands (B1):

Geachte mevrouw De Wit,
Uw aanvraag voor vervroegd pensioen is ontvangen. Wij hebben uw gegevens als volgt geregistreerd:
BSN: ${v('pii.nl_bsn', '273184659')}
Geboortedatum: ${v('pii.date_of_birth', '22 november 1961')}
Telefoon: ${phone('06 41827396', 'NL')}
Wij nemen binnen zes weken contact met u op.`),

  rec('form_fr', f`Vérifie que ce dossier d'affiliation à la caisse de retraite est complet :
Nom : Laurent Mercier
N° de sécurité sociale : ${v('pii.fr_nir', '1 76 02 69 123 187 24')}
Né le ${v('pii.date_of_birth', '17/02/1976')} à Lyon
Tél. : ${phone('06 72 18 40 93', 'FR')}
Courriel : ${v('pii.email', 'laurent.mercier76@orange.fr')}`),

  rec('chat_it', f`Mi serve una lettera per il fondo pensione: la signora Giulia Bianchi (codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI84S52H501X')}) chiede il riscatto parziale per acquisto prima casa. Il suo cellulare è ${phone('+39 333 481 7260')}. Tono formale, per favore.`),

  rec('chat_pt', f`Preciso de um resumo para o atendimento da podologia: paciente Rafael Souza, CPF ${v('pii.br_cpf', '529.384.017-79')}, nascido em ${v('pii.date_of_birth', '08/06/1990')}, WhatsApp ${phone('+55 21 99618-4427')}. Queixa: dor no calcanhar há 3 meses, suspeita de fascite plantar.`),

  rec('chat_es', f`Redacta un correo al socio del fondo de pensiones confirmando el cambio de domicilio. Datos: Mercedes Ruiz Ortega, DNI ${v('pii.es_dni', '48291736Q')}, nuevo teléfono ${phone('612 83 47 90', 'ES')}, email ${v('pii.email', 'mruizortega@telefonica.net')}.`),

  rec('callout_log', f`Summarise this rescue call-out log for the monthly report, no personal details please:

${amb('source_code.snippet', f`2025-02-16 13:52  CALL  from ${phone('+44 7712 309 846')} (walking partner of casualty)
2025-02-16 13:54  LOC   NY 215 083, Striding Edge, casualty female 34y, suspected lower leg fracture
2025-02-16 14:01  PAGE  team (${amb('pii.ip_address', '10.12.0.45')} pager gw) – 11 members responded
2025-02-16 14:40  NOK   casualty's husband, Tom Harker, ${phone('07488 219 364', 'GB')}
2025-02-16 16:25  EVAC  by Helimed 58 to Royal Lancaster Infirmary`)}`),

  rec('email_sv', f`Kan du skriva ett tack-mejl till anhöriga efter räddningsinsatsen i Abisko? Kontaktperson: Maria Lindgren, ${phone('070-412 86 39', 'SE')}, ${v('pii.email', 'maria.lindgren@telia.com')}. Hennes bror räddades efter lavinen den 3 mars.`),

  rec('chat_no', f`Fjellredningen fikk melding fra en turgåer som var savnet på Hardangervidda. Han ringte fra ${phone('+47 918 47 362')}, og kona hans er på ${phone('412 93 806', 'NO')}. Skriv en kort hendelsesrapport for styret uten telefonnumrene.`),

  rec('chat_de', f`Bitte schreib eine kurze Bestätigung für die Bergrettung Tirol: der verletzte Skitourengeher, Lukas Pichler, geb. ${v('pii.date_of_birth', '29.11.1995')}, erreichbar unter ${phone('0664 2817394', 'AT')}, wurde am 12.01. ins Krankenhaus Zams gebracht. Die Versicherung braucht das für die Bergungskosten.`),

  rec('ticket', f`Toll enforcement – keeper dispute #EN-77102
Keeper: Priyanka Desai, 41 Carrow Road, Norwich NR1 1HS
Email: ${v('pii.email', 'priyanka.desai84@outlook.com')}
Phone: ${phone('01603 772 418', 'GB')}
Claim: vehicle was sold on 02/03/2025, V5C slip provided. Please draft a reply asking for the new keeper's details.`),

  rec('ticket', f`Customer #B-22918 (second-hand bookshop, online)
Name: Ahmed Farouk
Email: ${v('pii.email', 'a.farouk@gmail.com')}
Mobile: ${phone('+20 100 482 7319')}
Message: "I ordered a first edition of Naguib Mahfouz, Palace Walk, but received a book-club edition. Please call me."
Write a polite answer and offer a return label.`),

  rec('signature', f`Kind regards,

Dr Siobhan Kelly
Consultant Podiatric Surgeon
Footcare Clinic Network – Galway
T: ${phone('+353 91 528 437')}
M: ${phone('087 641 2938', 'IE')}
E: ${v('pii.email', 's.kelly@footcarenetwork.ie')}`),

  rec('signature_pl', f`Pozdrawiam serdecznie
Agnieszka Zawadzka
Dział Obsługi Członków – Fundusz Emerytalny
tel. ${phone('+48 22 418 73 60')}
kom. ${phone('601 273 918', 'PL')}
${v('pii.email', 'a.zawadzka@fundusz-emerytalny.pl')}`),

  rec('form_us', f`Rewrite this 401(k) rollover intake into a checklist for the member services team:
Member: Carl Jefferson, SSN ${v('pii.us_ssn', '418-62-3097')}, DOB ${v('pii.date_of_birth', '05/23/1959')}
Spouse beneficiary: Linda Jefferson, SSN ${v('pii.us_ssn', '527-14-8830')}
Phone: ${phone('(614) 827-3901', 'US')}
Transfer from: previous employer plan, approx. $182,000.`),

  rec('form_ca', f`Can you help me fill the pension buy-back form? Employee: Geneviève Roy, SIN ${v('pii.ca_sin', '527 183 644')}, DOB ${v('pii.date_of_birth', '1979-10-04')}, cell ${phone('(514) 829-4716', 'CA')}. Service purchased: 2 years of parental leave.`),

  rec('chat_hi', f`पेंशन फंड के सदस्य ने KYC अपडेट के लिए यह भेजा है: आधार ${v('pii.in_aadhaar', '5287 1930 4615')}, मोबाइल ${phone('98201 47356', 'IN')}, जन्मतिथि ${v('pii.date_of_birth', '12-08-1964')}। कृपया हिंदी में पुष्टि का संदेश लिखें, आधार के अंतिम चार अंक ही दिखाएं।`),

  rec('chat_hi', f`टोल प्लाज़ा पर FASTag से दो बार पैसे कटने की शिकायत आई है। ग्राहक: सुनील पाटिल, मोबाइल ${phone('+91 98604 17283')}, ईमेल ${v('pii.email', 'sunil.patil.pune@rediffmail.com')}। हिंदी में माफ़ी वाला जवाब लिखिए।`),

  rec('passport', f`Visa support letter for a new postdoc joining the lab's informatics team: Dr. Kwame Mensah, Ghanaian passport no. ${v('pii.passport', 'G2819374')}, date of birth ${v('pii.date_of_birth', '21 June 1991')}, start date 1 September. Please keep it to one page.`),

  rec('passport', f`Для страховки спасателей на выезд в Эльбрус нужны данные: Иван Петрович Соколов, загранпаспорт ${v('pii.passport', '75 4918273')}, дата рождения ${v('pii.date_of_birth', '14.04.1988')}, тел. ${phone('+7 916 482-17-39')}. Составь, пожалуйста, список на английском.`),

  rec('csv', f`Which of these marketplace seller accounts look like duplicates?

${amb('source_code.snippet', f`seller_id,display_name,email,phone,last_login_ip
S-1042,Old Quarter Books,${v('pii.email', 'oldquarterbooks@yahoo.co.uk')},${phone('+44 20 8741 1823')},${amb('pii.ip_address', '86.148.22.71')}
S-1187,OQ Books,${v('pii.email', 'oq.books.london@gmail.com')},${phone('+44 20 8741 1823')},${amb('pii.ip_address', '86.148.22.71')}
S-1233,Rare Finds Brighton,${v('pii.email', 'hello@rarefindsbrighton.co.uk')},${phone('+44 1273 604 918')},${amb('pii.ip_address', '2a00:23c7:8e0a:1f01::4b')}`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-03-30T07:12:44.018Z","svc":"patient-portal","level":"warn","msg":"login throttled","patient_id":"PX-20418","email":"${v('pii.email', 'm.okafor1968@hotmail.co.uk')}","ip":"${amb('pii.ip_address', '81.102.44.219')}","attempts":7}`)}
is 7 attempts in 2 minutes normal for a patient portal or should we alert?`),

  rec('chat_tr', f`Sistemde bir emeklilik fonu üyesinin telefonu yanlış görünüyor. Doğrusu ${phone('0532 418 27 93', 'TR')}, e-postası ${v('pii.email', 'aysegul.kaya@hotmail.com')}. Üyeye gönderilecek düzeltme bilgilendirmesini Türkçe yazar mısın?`),

  rec('chat_vi', f`Giúp mình viết tin nhắn xác nhận lịch hẹn phẫu thuật bàn chân cho bệnh nhân Nguyễn Thị Hoa, sinh ngày ${v('pii.date_of_birth', '03/07/1958')}, số điện thoại ${phone('0912 483 726', 'VN')}. Lịch mổ: 8 giờ sáng thứ Năm.`),

  rec('chat_th', f`ช่วยเขียนอีเมลตอบลูกค้าร้านหนังสือมือสองที่สั่งหนังสือหายาก คุณสมชาย ใจดี เบอร์ ${phone('081 472 9365', 'TH')} อีเมล ${v('pii.email', 'somchai.j@hotmail.co.th')} ว่าหนังสือจะส่งถึงภายใน 5 วัน`),

  rec('chat_id', f`Tolong buatkan surat balasan untuk pengguna jalan tol yang keberatan dengan denda. Nama: Budi Santoso, NIK tidak perlu dicantumkan, HP ${phone('0812-8847-3190', 'ID')}, email ${v('pii.email', 'budi.santoso77@yahoo.co.id')}.`),

  rec('chat_zh', f`帮我把这位会员的信息整理成表格：张伟，出生日期 ${v('pii.date_of_birth', '1963年5月18日')}，手机 ${phone('138 1042 7795', 'CN')}，邮箱 ${v('pii.email', 'zhangwei1963@163.com')}，申请提前领取养老金。`),

  rec('chat_ja', f`足の外科クリニックの患者さんへの術後フォロー連絡文を作ってください。患者：佐藤 恵子 様、生年月日 ${v('pii.date_of_birth', '1949年11月2日')}、電話 ${phone('090-4827-3916', 'JP')}。抜糸は2週間後です。`),

  rec('chat_ko', f`연금기금 회원 상담 메모 정리해 주세요. 회원: 김민준, 생년월일 ${v('pii.date_of_birth', '1966.03.27')}, 연락처 ${phone('010-4827-3915', 'KR')}, 이메일 ${v('pii.email', 'minjun.kim66@naver.com')}. 유족연금 신청 절차 문의.`),

  rec('chat_uk', f`Склади, будь ласка, лист клієнтці букіністичного магазину: Олена Коваленко, тел. ${phone('+380 67 418 2937')}, e-mail ${v('pii.email', 'olena.kovalenko@ukr.net')}. Її замовлення (Леся Українка, 1927 р.) затримується на митниці.`),

  rec('nie_es', f`Podeu ajudar-me amb la carta? El nou podòleg de la clínica de Girona, Andrei Popescu, té NIE ${v('pii.es_nie', 'X4829173R')} i telèfon ${phone('+34 622 184 739')}. Cal donar-lo d'alta al col·legi professional.`),

  rec('chat_fil', f`Pakigawa ng maikling mensahe para sa pamilya ng na-rescue sa Mt. Pulag: contact person si Maria Santos, ${phone('0917 482 6391', 'PH')}. Sabihin na nasa Baguio General Hospital na ang pasyente.`),

  rec('intake_en_au', f`Rewrite this intake note for the podiatry referral letter:
Client: Jack O'Brien, DOB ${v('pii.date_of_birth', '19/08/1972')}, Medicare ref 2, mobile ${phone('0412 583 907', 'AU')}, email ${v('pii.email', 'jack.obrien72@bigpond.com')}
Presenting: bilateral plantar heel pain, worse in the mornings, works on concrete floors 10h/day.`),
];

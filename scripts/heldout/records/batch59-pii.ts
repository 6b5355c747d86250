/**
 * Held-out batch 59: personal data of blood and plasma donors, cinema staff and members, shipyard
 * contractors, tutors, students and parents, social-housing tenants and payment customers, in
 * tickets, forms, chats, exports and logs. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH59_PII: DraftRecord[] = [
  rec('chat_es', f`Necesito redactar una carta para una donante a la que hemos excluido temporalmente por hemoglobina baja. Sus datos de la ficha:

Nombre: Itziar Goikoetxea Ruiz
DNI: ${v('pii.es_dni', '48291736Q')}
Fecha de nacimiento: ${v('pii.date_of_birth', '17/06/1994')}
Móvil: ${phone('612 48 39 27', 'ES')}
Correo: ${v('pii.email', 'itziar.goiko@gmail.com')}
Última donación: 02/12/2024 — Hb 11,9 g/dL

Que sea cercana, que no suene a diagnóstico y que la invite a volver en 3 meses.`),

  rec('chat_es_ar', f`Che, armame un mensaje para un donante que se desmayó después de la extracción ayer en la colecta de Córdoba, para preguntarle cómo está. Datos: Facundo Ibarra, DNI ${ambCat('pii', '38.417.926')}, cel ${phone('+54 9 351 482-7391')}, mail ${v('pii.email', 'facu.ibarra93@hotmail.com')}. Nada muy formal.`, 'Argentine DNI: personal, no built-in rule (ambiguous, no rule id)'),

  rec('form_fr', f`Peux-tu vérifier que la fiche est complète avant l'envoi au médecin de l'EFS ?

FICHE DONNEUR — DON DE PLASMA
Nom : LEFEBVRE   Prénom : Aurélien
Né le : ${v('pii.date_of_birth', '03/07/1984')} à Lille (59)
N° de sécurité sociale : ${v('pii.fr_nir', '1 84 07 75 112 048 19')}
Tél. : ${phone('06 48 27 39 15', 'FR')}
Groupe : A+   Dernier don : 28/11/2024
Contre-indication : voyage en Guyane (octobre) → à évaluer`),

  rec('chat_it', f`Mi scrivi una mail di richiamo per una donatrice che non si presenta da un anno? Tono gentile. Dati: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI88R52H501X')}, cellulare ${phone('+39 333 418 2967')}, ultima donazione sangue intero 11/01/2024, gruppo 0 negativo (ne abbiamo bisogno!).`),

  rec('onboarding_nl', f`Nieuwe medewerker voor de kassa in onze bioscoop in Utrecht, kun je een welkomstmail maken? Gegevens uit het personeelsformulier:

Naam: Sanne de Wit
BSN: ${v('pii.nl_bsn', '184729361')}
Geboortedatum: ${v('pii.date_of_birth', '22-09-2003')}
Telefoon: ${phone('06 18273946', 'NL')}
Start: 3 februari, weekenddiensten, contract 0-uren

Niet het BSN in de mail zetten natuurlijk.`),

  rec('hr_de', f`Hallo, kannst du mir aus den Daten einen Entwurf für den Arbeitsvertrag-Anhang (Stammdatenblatt) machen? Neuer Filmvorführer für das Kinopolis in Bonn:

Name: Tobias Fähnrich
Geburtsdatum: ${v('pii.date_of_birth', '08.11.1990')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '35108294730')}
Mobil: ${phone('0176 48293716', 'DE')}
Eintritt: 01.02.2025, Teilzeit 25 Std.`),

  rec('letter_uk', f`Please simplify this letter for a donor with a learning disability – short sentences, no jargon.

Dear Mr Okonjo,
Re: NHS No. ${v('pii.uk_nhs_number', '948 271 6051')}, DOB ${v('pii.date_of_birth', '14/02/1979')}
Following your recent donation, routine screening identified a result that requires a repeat sample before you donate again. This does not necessarily indicate illness. Please call the donor care team on ${phone('0161 496 0731', 'GB')} to arrange an appointment at your earliest convenience.
Severnside Blood & Plasma Centre`),

  rec('ticket', f`Repairs ticket #RG-44917 – Flat 3, Coldharbour House
Tenant: Mrs Precious Adeyemi
Contact: ${phone('07823 418605', 'GB')} / ${v('pii.email', 'p.adeyemi77@outlook.com')}
NI number (from housing benefit form, attached by mistake): ${v('pii.uk_nino', 'JR 48 21 93 C')}
Issue: black mould in bathroom ceiling, extractor not working, 2 children under 5 in household.
Priority: Urgent (damp & mould, Awaab's Law)

Can you write the appointment confirmation text message? And should the NI number be removed from the ticket?`),

  rec('hr_form', f`Help me fill the I-9 summary for our new fraud analyst – which fields are still missing?

Employee: Marisol Vázquez
SSN: ${v('pii.us_ssn', '412-83-9067')}
Date of birth: ${v('pii.date_of_birth', '05/30/1996')}
Phone: ${phone('(312) 748-2913', 'US')}
Address: 2217 W Cortland St, Apt 2F, Chicago IL 60647
List B doc: Illinois driver's license (exp 2028)
List C doc: –`),

  rec('chat', f`Hey, can you draft a welcome email for a new chemistry tutor? Payroll needs her SIN before the first pay run, and I want to remind her to upload the void cheque.
Name: Amélie Gagnon
SIN: ${v('pii.ca_sin', '529 301 848')}
Cell: ${phone('(905) 418-2736', 'CA')}
Email: ${v('pii.email', 'amelie.gagnon.tutor@gmail.com')}
Start: Jan 20, evenings (grades 10–12)`),

  rec('chat_hi', f`एक नए ट्यूटर का KYC अटक गया है। उन्होंने ये डिटेल्स भेजी हैं: नाम – राहुल देशपांडे, आधार नंबर ${v('pii.in_aadhaar', '4928 1736 0529')}, मोबाइल ${phone('+91 94821 73605')}। सिस्टम "Aadhaar OTP not received" दिखा रहा है। उन्हें क्या मैसेज भेजूँ? हिंदी में छोटा सा।`),

  rec('chat_ta', f`இரத்த தான முகாமில் பதிவு செய்த ஒருவரின் விவரங்கள் தவறாக உள்ளன. பெயர்: கார்த்திக் சுப்ரமணியன், ஆதார் எண்: ${v('pii.in_aadhaar', '7391 0482 6151')}, கைபேசி: ${phone('+91 98401 27364')}, பிறந்த தேதி: ${v('pii.date_of_birth', '21-08-1992')}. இவருக்கு திருத்தம் குறித்து ஒரு குறுஞ்செய்தி எழுதித் தர முடியுமா?`),

  rec('email_pt', f`Podes ajudar-me a responder a este encarregado de educação? Quer fatura com NIF.

"Bom dia, sou o pai do Tomás Silva (9.º ano, explicações de Matemática). Preciso das faturas de outubro a dezembro com o meu NIF ${ambCat('pii', '248193765')}. O meu contacto é ${phone('912 384 716', 'PT')} ou ${v('pii.email', 'ricardo.silva.porto@sapo.pt')}. Obrigado, Ricardo Silva"`, 'Portuguese NIF: personal tax number with no built-in rule (ambiguous, no rule id)'),

  rec('chat_pl', f`Przygotuj proszę wniosek o przepustkę na teren stoczni dla spawacza od podwykonawcy (praca na pochylni B, 20.01–28.02):
Imię i nazwisko: Krzysztof Wróblewski
PESEL: ${ambCat('pii', '88041207396')}
Telefon: ${phone('+48 512 839 274')}
E-mail: ${v('pii.email', 'k.wroblewski.spaw@wp.pl')}
Firma: Spaw-Mont Gdynia sp. z o.o.
Uprawnienia: 136 BW, 141 BW`),

  rec('chat_ja', f`新しく入会した生徒さんの保護者に、体験授業の日程確認メールを書いてください。

生徒名：佐藤 陽菜（中学2年）
生年月日：${v('pii.date_of_birth', '2011年4月9日')}
保護者：佐藤 恵美
電話：${phone('090-4827-3916', 'JP')}
メール：${v('pii.email', 'emi.sato0409@docomo.ne.jp')}
希望：英語（英検3級対策）、火・木 19:00〜`),

  rec('chat_ko', f`멤버십 고객 정보 수정 요청이 들어왔는데, 처리 완료 안내 문자 좀 써 주세요.
이름: 박지훈
생년월일: ${v('pii.date_of_birth', '1989.12.03')}
휴대폰: ${phone('010-3827-4916', 'KR')}
변경 내용: VIP 등급 유지, 생일 쿠폰 발송 주소 변경`),

  rec('chat_zh', f`帮我写一条给新老师的入职确认短信。资料如下：
姓名：陈晓雯
身份证号：${ambCat('pii', '320106198804122746')}
出生日期：${v('pii.date_of_birth', '1988年4月12日')}
手机：${phone('138 2947 3816', 'CN')}
科目：高中数学，线上一对一`, 'Chinese resident ID: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_vi', f`Giúp mình viết email xác nhận hợp đồng cho gia sư mới nhé.
Họ tên: Nguyễn Thị Thu Hà
Số CCCD: ${ambCat('pii', '001093028471')}
SĐT: ${phone('0912 847 391', 'VN')}
Email: ${v('pii.email', 'thuha.nguyen93@gmail.com')}
Môn: Tiếng Anh giao tiếp, lớp 6–9`),

  rec('chat_th', f`ช่วยเขียนข้อความ SMS ขอบคุณผู้บริจาคโลหิตครั้งที่ 50 หน่อยครับ ชื่อคุณสมชาย ใจดี วันเกิด ${v('pii.date_of_birth', '12 มีนาคม 2518')} เบอร์ ${phone('+66 89 482 7193')} อยากให้ข้อความอบอุ่นและชวนมารับเข็มเชิดชูเกียรติที่ศูนย์บริการโลหิตฯ`),

  rec('chat_id', f`Tolong bikinkan pesan WhatsApp untuk tutor baru yang datanya belum lengkap di sistem:
Nama: Dewi Lestari Putri
NIK: ${ambCat('pii', '3174052804900003')}
HP: ${phone('+62 813-2847-3916')}
Email: ${v('pii.email', 'dewi.lestari.putri@yahoo.co.id')}
Yang kurang: foto ijazah S1 dan NPWP.`),

  rec('chat_tl', f`Paki-draft naman ng text para sa tenant sa Block 12, Lot 7 na may schedule ng pag-ayos ng tagas sa kisame bukas ng 9AM. Si Gng. Maricel Dizon, number niya ${phone('+63 918 274 8391')}, email ${v('pii.email', 'maricel.dizon82@gmail.com')}. Sabihin na may kasamang electrician din.`),

  rec('chat_ru', f`Нужно оформить командировку на кинофестиваль в Ереван для программного директора. Помоги составить служебную записку для бухгалтерии:
ФИО: Соколова Анна Дмитриевна
Дата рождения: ${v('pii.date_of_birth', '14.05.1986')}
Загранпаспорт: ${v('pii.passport', '75 4827193')}, действителен до 2031 г.
Телефон: ${phone('+7 921 482-73-19')}
Даты: 08.07–13.07, перелёт и гостиница за счёт компании.`),

  rec('chat_uk', f`Допоможи скласти лист-запрошення для зварника з України на верф у Гданську (для консульства). Дані: Бондаренко Олег Петрович, дата народження ${v('pii.date_of_birth', '02.03.1985')}, паспорт громадянина України для виїзду за кордон ${v('pii.passport', 'FE482719')}, телефон ${phone('+380 50 482 7391')}. Посада — зварник корпусних конструкцій, 6 місяців.`),

  rec('chat_el', f`Χρειάζομαι ένα email καλωσορίσματος για νέο ταμία στο σινεμά της Θεσσαλονίκης. Στοιχεία: Νικόλαος Παπαδόπουλος, ΑΜΚΑ ${ambCat('pii', '12039801457')}, κινητό ${phone('+30 697 482 7391')}, email ${v('pii.email', 'nikos.papad98@gmail.com')}. Να αναφέρει ότι η εκπαίδευση είναι το Σάββατο στις 10:00.`, 'Greek AMKA: social-security number with no built-in rule (ambiguous, no rule id)'),

  rec('kyc_he', f`צריך לנסח הודעה ללקוח שבקשת ה-KYC שלו נדחתה בגלל אי-התאמה בתאריך הלידה:
שם: יונתן אברהמי
ת"ז: ${ambCat('pii', '038471926')}
תאריך לידה בטופס: ${v('pii.date_of_birth', '11/09/1990')}
טלפון: ${phone('+972 54-827-3916')}
מייל: ${v('pii.email', 'yonatan.avrahami@walla.co.il')}
ההודעה צריכה להיות עניינית ולבקש צילום תעודה עדכני.`),

  rec('chat_fa', f`لطفاً یک پیام کوتاه برای اولیای دانش‌آموز بنویس که کلاس فیزیک آنلاین از شنبه ساعت ۱۸ شروع می‌شود. اطلاعات: نام دانش‌آموز: آرین رضایی، کد ملی ${ambCat('pii', '0018472936')}، تاریخ تولد ${v('pii.date_of_birth', '1389/05/14')}، شماره تماس پدر ${phone('0912 482 7391', 'IR')}.`),

  rec('chat_ne', f`नयाँ विद्यार्थीको अभिभावकलाई स्वागत सन्देश लेखिदिनुस् न। विद्यार्थी: सुजन श्रेष्ठ (कक्षा १०, गणित र विज्ञान)। अभिभावक: रमेश श्रेष्ठ, फोन ${phone('+977 980-1827394')}, इमेल ${v('pii.email', 'ramesh.shrestha.ktm@gmail.com')}। पहिलो कक्षा आइतबार बेलुका ६ बजे।`),

  rec('chat_ar_ma', f`3afak kteb liya message l wa7ed l-mokri f l-3imara 14 (Hay Hassani) bach n9ollo belli l-plombier ghadi yji nhar l-khmis. smito Youssef El Amrani, CIN ${ambCat('pii', 'BE482917')}, l-numéro dyalo ${phone('+212 6 62 83 71 94')}. bghito b darija w b l-français.`, 'Moroccan CIN: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_sv', f`Hjälp mig formulera ett sms till en plasmagivare som ska boka om sin tid:
Namn: Elin Johansson
Personnummer: ${ambCat('pii', '19880412-3947')}
Mobil: ${phone('+46 73 482 71 93')}
E-post: ${v('pii.email', 'elin.johansson88@telia.com')}
Ny tid: torsdag 16/1 kl. 15.30, Plasmacentralen Malmö.`, 'Swedish personnummer: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_hu', f`Kérlek, fogalmazz meg egy e-mailt egy új matektanárnak, akinek hiányzik a TAJ-száma a szerződéshez... várj, megvan: ${ambCat('pii', '048 291 736')}. Név: Kovács Eszter, telefon ${phone('+36 20 482 7391')}, e-mail ${v('pii.email', 'kovacs.eszter.tanar@freemail.hu')}. Az e-mail csak annyi legyen, hogy megkaptuk az adatokat, és a szerződést jövő héten küldjük.`),

  rec('chat_es_ve', f`Pana, ayúdame a redactar la respuesta a este cliente que reclama un cargo que no reconoce. Sus datos: Luis Alejandro Méndez, cédula ${ambCat('pii', 'V-18.482.917')}, tlf ${phone('+58 414-829-3715')}, correo ${v('pii.email', 'luisale.mendez@gmail.com')}. Quiero pedirle que complete el formulario de desconocimiento y que no mande fotos de la tarjeta por correo.`),

  rec('chat_fr_ci', f`Bonsoir, aide-moi à écrire un message pour le parent d'une élève qu'on inscrit aux cours de soutien en maths (Terminale D). Élève : Aya Kouassi, née le ${v('pii.date_of_birth', '16/10/2007')}. Parent : M. Serge Kouassi, tél ${phone('+225 05 48 27 39 16')}, mail ${v('pii.email', 'serge.kouassi@yahoo.fr')}. Premier cours samedi à Cocody, 15h.`),

  rec('kyc_note', f`Please rewrite this KYC escalation note so it's clearer for compliance:

Agent (merchant onboarding, Accra): Kwame Asante-Boateng
Ghana Card: ${ambCat('pii', 'GHA-724819365-3')}
Phone: ${phone('+233 20 418 3926')}
DOB on card: ${v('pii.date_of_birth', '23-07-1987')}; DOB on MoMo wallet: ${v('pii.date_of_birth', '23-07-1978')} – likely typo, agent confirmed 1987 by phone.
Recommend: approve with manual check of next 10 payouts.`, 'Ghana Card number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat', f`can help me write a short whatsapp to a parent? her son missed 3 tuition sessions and we need to reschedule before PSLE prelims. Parent: Mdm Tan Hui Min, NRIC ${ambCat('pii', 'S8827419D')}, hp ${phone('+65 9482 7391')}. Keep it friendly, not naggy.`, 'Singapore NRIC: personal, no built-in rule (ambiguous, no rule id)'),

  rec('log', f`Seeing lots of failed logins on the merchant dashboard since 02:00 UTC – is this credential stuffing? Excerpt:

${amb('source_code.snippet', f`2025-01-16T02:14:07Z auth WARN login_failed user=${v('pii.email', 'ops@brightcart-shop.com')} ip=${amb('pii.ip_address', '45.134.26.91')} ua="python-requests/2.31"
2025-01-16T02:14:08Z auth WARN login_failed user=${v('pii.email', 'finance@lumen-apparel.co')} ip=${amb('pii.ip_address', '45.134.26.91')} ua="python-requests/2.31"
2025-01-16T02:14:08Z auth WARN login_failed user=${v('pii.email', 'j.moreno@tiendaverde.es')} ip=${amb('pii.ip_address', '45.134.26.93')} ua="python-requests/2.31"
2025-01-16T02:14:11Z auth INFO login_ok user=${v('pii.email', 'anna.berg@nordfika.se')} ip=${amb('pii.ip_address', '2a02:aa1:1017:8e40::3c')} ua="Mozilla/5.0 (Macintosh)"`)}`),
];

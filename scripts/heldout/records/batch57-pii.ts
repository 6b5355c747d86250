/**
 * Held-out batch 57: personal data in accreditation forms, funeral arrangements, customs KYC,
 * depot HR records, resident complaints and robotics onboarding. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH57_PII: DraftRecord[] = [
  rec('hr_onboarding', f`Can you turn this into a welcome checklist for our new field service tech? Keep the personal stuff out of the checklist itself.

New hire: Marcus Delgado
SSN: ${v('pii.us_ssn', '764-77-8281')}
DOB: ${v('pii.date_of_birth', '04/19/1991')}
Cell: ${phone('(414) 738-2961', 'US')}
Start: Mon 12/2, Milwaukee warehouse pilot (AMR fleet, 14 units)
Badge photo: pending`),

  rec('incident_report', f`Please rewrite this injury report in plain English for the depot manager:

Employee: Gary Whitlock, loader, Round R-WED-14
NI number: ${v('pii.uk_nino', 'HS 77 91 40 C')}   NHS no.: ${v('pii.uk_nhs_number', '757 416 6676')}
Date of birth: ${v('pii.date_of_birth', '23/08/1979')}
On 19/11 at approx. 07:15, while emptying a 1100L commercial bin on Kirkstall Lane, the bin slipped from the lift comb and struck his left shoulder. Taken to LGI A&E by colleague. Next of kin (wife): ${phone('07841 302 659', 'GB')}.`),

  rec('email', f`Can you help me reply to this resident? Be polite but firm that we can't collect side waste.

From: Janet Okonkwo <${v('pii.email', 'janet.okonkwo64@btinternet.com')}>
Subject: Missed collection AGAIN – 41 Beech Grove

This is the third week my green bin hasn't been emptied. The crew left the extra bags too. I'm at home all day, you can ring me on ${phone('0113 274 8816', 'GB')}. I pay my council tax like everyone else.`),

  rec('kyc_en_in', f`Please check if this exporter KYC is complete for the customs broker authorisation:

Name: Sunita Ramesh Patil (Proprietor, Patil Agro Exports)
Aadhaar: ${v('pii.in_aadhaar', '5527 4210 8581')}
PAN: ${ambCat('pii', 'BQKPP4172L')}
IEC: 3114008172
Mobile: ${phone('+91 98220 41736')}
Email: ${v('pii.email', 'patil.agroexports@gmail.com')}
Address: Plot 17, MIDC Chakan, Pune 410501`, 'Indian PAN: personal tax id, no built-in rule (ambiguous, no rule id); IEC is a business code'),

  rec('chat_en_ng', f`Help me write a gate-pass request letter for the truck driver who will pick up the container at Tin Can. Driver: Ibrahim Musa Danjuma, NIN ${ambCat('pii', '40718236591')}, phone ${phone('0806 218 7734', 'NG')}, truck plate KJA-418XC. Container MSKU 4418273-6, BL MAEU241198734.`, 'Nigerian NIN: no built-in rule (ambiguous, no rule id)'),

  rec('form_es_mx', f`Ayúdame a pasar estos datos al formato del acta para el Registro Civil, en el orden que pide:

Finado: José Luis Herrera Campos
CURP: ${ambCat('pii', 'HECJ470312HJCRMS08')}
Fecha de nacimiento: ${v('pii.date_of_birth', '12 de marzo de 1947')}
Fecha de defunción: 18 de noviembre de 2024, Guadalajara
Declarante: Rosa Herrera Ávila (hija), tel. ${phone('33 1846 2297', 'MX')}`, 'Mexican CURP: no built-in rule (ambiguous, no rule id)'),

  rec('visa_letter_es_co', f`Necesito una carta de invitación para la embajada (en inglés) para nuestra invitada de la sección competitiva:

Nombre: Laura Catalina Restrepo Gómez
Pasaporte colombiano: ${v('pii.passport', 'AT418273')}
Fecha de nacimiento: ${v('pii.date_of_birth', '07/05/1988')}
Celular: ${phone('+57 310 427 8815')}
Película: "La orilla del río" (ficción, 94 min)
Fechas: llega el 14 de febrero, sale el 22`),

  rec('chat_fr_be', f`Peux-tu m'aider à remplir la déclaration de décès pour la commune d'Ixelles? Les données du défunt :
M. André Vandenberghe, né le ${v('pii.date_of_birth', '12 septembre 1947')} à Charleroi
N° de registre national : ${ambCat('pii', '47.09.12-183.22')}
Décédé le 21/11/2024 aux Cliniques universitaires Saint-Luc
Contact de la famille : sa fille Catherine, ${phone('0486 33 17 52', 'BE')}`, 'Belgian national register number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_fr_ca', f`J'aide une famille à demander la prestation de décès de Retraite Québec. Peux-tu me faire une liste des documents à joindre? Infos du défunt : Gilles Tremblay, né le ${v('pii.date_of_birth', '3 avril 1942')}, NAS ${v('pii.ca_sin', '247 343 726')}. Le conjoint survivant est joignable au ${phone('(418) 627-4495', 'CA')}.`),

  rec('accident_de_at', f`Bitte mach aus diesen Stichworten einen sauberen Schadensbericht für den Garantiefall (Fahrzeug war zum Zeitpunkt noch in der Gewährleistung):

- Lenkerin: Sabine Hofstätter, geb. ${v('pii.date_of_birth', '12.07.1979')}
- SV-Nr. ${ambCat('pii', '4180 120779')}
- Führerschein Nr. ${ambCat('pii', '20417738')}
- Tel. ${phone('0676 8831 2209', 'AT')}
- Bremsdruckverlust Achse 2 bei ca. 40 km/h, Linie 26A, keine Verletzten`, 'Austrian social-insurance number and driving-licence number: no built-in rules (ambiguous, no rule id)'),

  rec('hr_de_ch', f`Kannst du mir eine Vorlage für die Lohnmeldung an die Ausgleichskasse machen? Neuer Mechaniker in der Werkstatt Winterthur:
Name: Luca Bernasconi
AHV-Nr.: ${ambCat('pii', '756.4182.7390.40')}
Geburtsdatum: ${v('pii.date_of_birth', '14.02.1996')}
E-Mail: ${v('pii.email', 'luca.bernasconi@bluewin.ch')}
Natel: ${phone('+41 79 418 27 63')}`, 'Swiss AHV number: no built-in rule (ambiguous, no rule id)'),

  rec('form_it', f`Controlla che la pratica per il trasporto della salma sia completa:

Defunto: Maria Greco
Codice fiscale: ${v('pii.it_codice_fiscale', 'GRCMRA41C62A662F')}
Data di nascita: ${v('pii.date_of_birth', '22/03/1941')}, Bari
Data del decesso: 19/11/2024, Roma
Richiedente: Salvatore Greco (figlio), cell. ${phone('347 221 8830', 'IT')}, PEC ${v('pii.email', 'salvatore.greco@pec.it')}
Destinazione: cimitero di Bari, tumulazione in loculo di famiglia`),

  rec('complaint_nl_be', f`Vat deze klacht samen in drie punten voor het teamoverleg van de ophaaldienst:

Melder: Hilde Peeters, Kerkstraat 14, 2960 Brecht
Tel: ${phone('+32 475 61 28 94')}
Mail: ${v('pii.email', 'hilde.peeters@telenet.be')}
"Sinds de nieuwe ophaalroute wordt de PMD-zak pas na 14u opgehaald en scheuren de kraaien hem open. Vorige week lag alles op straat. Kan de route niet terug zoals vroeger?"`),

  rec('chat_sv', f`Kan du skriva ett kort avtal om juryarvode (SEK 15 000) till en av våra jurymedlemmar? Uppgifter:
Namn: Elin Forsberg
Personnummer: ${ambCat('pii', '860514-2418')}
Telefon: ${phone('070-418 27 93', 'SE')}
E-post: ${v('pii.email', 'elin.forsberg@outlook.com')}
Uppdrag: jury i kortfilmstävlingen 27 jan–2 feb`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  rec('chat_is', f`Hjálpaðu mér að setja upp staðfestingu á útfararþjónustu fyrir fjölskylduna:
Hinn látni: Guðmundur Einarsson, kennitala ${ambCat('pii', '1403799139')}
Útför í Hallgrímskirkju 29. nóvember kl. 13
Tengiliður: Sigríður Guðmundsdóttir, sími ${phone('862 4417', 'IS')}
Hafa textann hlýlegan og stuttan.`, 'Icelandic kennitala: no built-in rule (ambiguous, no rule id)'),

  rec('chat_lt', f`Parašyk prašymą pasienio punktui, kad leistų vairuotojui paimti krovinį vietoj kolegos:
Vairuotojas: Mindaugas Petrauskas
Asmens kodas: ${ambCat('pii', '38209174123')}
Paso Nr.: ${v('pii.passport', '24718356')}
Tel. ${phone('+370 612 48337')}
Vilkikas LKM 418, priekaba AX 772`, 'Lithuanian personal code: no built-in rule (ambiguous, no rule id)'),

  rec('chat_lv', f`Iedzīvotājs lūdz pievienot otru konteineru bioloģiskajiem atkritumiem. Sagatavo līguma grozījumu:
Vārds, uzvārds: Jānis Ozoliņš
Personas kods: ${ambCat('pii', '150382-11873')}
E-pasts: ${v('pii.email', 'janis.ozolins@inbox.lv')}
Tālr.: ${phone('+371 2941 7730')}
Adrese: Brīvības iela 118-7, Rīga`, 'Latvian personal code: no built-in rule (ambiguous, no rule id)'),

  rec('hr_sk', f`Potrebujem vyplniť prihlášku do Sociálnej poisťovne pre novú firmvérovú inžinierku. Skontroluj, či mi niečo nechýba:
Meno: Katarína Horváthová
Rodné číslo: ${ambCat('pii', '855612/4181')}
Dátum narodenia: ${v('pii.date_of_birth', '12. 6. 1985')}
E-mail: ${v('pii.email', 'katarina.horvathova@gmail.com')}
Nástup: 2. 12. 2024, tím motor-control`, 'Slovak birth number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_hu', f`A fesztivál vendégének vízumtámogató levél kell. Adatai:
Név: Kovács Dóra
Útlevélszám: ${v('pii.passport', 'BE4182739')}
Születési dátum: ${v('pii.date_of_birth', '1992. április 3.')}
Telefon: ${phone('+36 30 418 2275')}
Írd meg angolul, hivatalos hangnemben.`),

  rec('chat_bg', f`Трябва ми пълномощно (на български), с което клиентът ни упълномощава да го представляваме пред митницата:
Упълномощител: Петър Иванов Петров, ЕГН ${ambCat('pii', '7704153726')}
Тел.: ${phone('0898 314 772', 'BG')}, имейл ${v('pii.email', 'p.petrov77@abv.bg')}
Предмет: вносна декларация за лек автомобил от Германия`, 'Bulgarian EGN: no built-in rule (ambiguous, no rule id)'),

  rec('chat_sq', f`Duhet të përgatis dokumentet për riatdhesimin e trupit nga Italia në Shqipëri. A më ndihmon me listën?
I ndjeri: Agron Hoxha, datëlindja ${v('pii.date_of_birth', '02.11.1958')}
Pasaporta: ${v('pii.passport', 'BC4172836')}
Nr. personal: ${ambCat('pii', 'H81102418V')}
Kontakti i familjes: Elira Hoxha, ${phone('+355 69 418 2273')}`, 'Albanian personal number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ca', f`Em pots redactar la sol·licitud de nínxol per a l'Ajuntament? Dades del sol·licitant: Jordi Puigdomènech i Serra, DNI ${v('pii.es_dni', '60337434Q')}, telèfon ${phone('+34 612 48 17 93')}. La difunta és la seva mare, Montserrat Serra i Vila, nascuda el ${v('pii.date_of_birth', '4 de juny de 1936')}.`),

  rec('chat_eu', f`Langile berriaren fitxa osatu behar dut garbiketa-zerbitzurako. Lagundu formularioa betetzen:
Izena: Aitor Etxeberria Goikoetxea
NAN: ${v('pii.es_dni', '28310155F')}
Jaiotze data: ${v('pii.date_of_birth', '1993/09/21')}
Telefonoa: ${phone('943 42 81 77', 'ES')}
Lankidea: Yasmina El Idrissi, NIE ${v('pii.es_nie', 'X7447657G')}`),

  rec('chat_ru', f`Сделай, пожалуйста, доверенность на водителя, который повезёт груз через таможенный пост:
Водитель: Сергеев Алексей Викторович
Паспорт: серия и номер ${v('pii.passport', '45 17 318274')}, выдан ОВД «Митино» г. Москвы
Дата рождения: ${v('pii.date_of_birth', '09.03.1984')}
Телефон: ${phone('+7 916 418-27-93')}`),

  rec('chat_ar_eg', f`محتاج أكتب جواب للسفارة عشان فيزا ضيف المهرجان. البيانات:
الاسم: كريم مصطفى عبد الحميد
رقم جواز السفر: ${v('pii.passport', 'A29183746')}
الرقم القومي: ${ambCat('pii', '28807120104185')}
تاريخ الميلاد: ${v('pii.date_of_birth', '12/07/1988')}
موبايل: ${phone('+20 100 418 2739')}
اكتبه بالإنجليزي وبشكل رسمي.`, 'Egyptian national ID: no built-in rule (ambiguous, no rule id)'),

  rec('chat_sw', f`Nisaidie kuandika barua ya ajira kwa dereva mpya wa gari la taka:
Jina: Juma Hamisi Mwangi
Namba ya kitambulisho: ${ambCat('pii', '28417739')}
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '14/02/1990')}
Simu: ${phone('0722 318 447', 'KE')}
Barua pepe: ${v('pii.email', 'juma.mwangi90@gmail.com')}
Aanze kazi tarehe 2 Desemba, eneo la Kasarani.`, 'Kenyan national ID number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_yo', f`Ẹ jọ̀wọ́, ẹ bá mi kọ lẹ́tà sí ìjọba ìbílẹ̀ fún ìwé-àṣẹ ìsìnkú:
Orúkọ olóògbé: Olúwaseun Adébáyọ̀ Àjàyí
Ọjọ́ ìbí: ${v('pii.date_of_birth', '17/06/1951')}
Ọjọ́ ikú: 20/11/2024
Ẹni tí ẹ lè pè: Adéwálé Àjàyí (ọmọ), ${phone('+234 803 417 2290')}`),

  rec('chat_mr', f`एक्सपोर्टरचा KYC फॉर्म भरायचा आहे, हे तपासून दे:
नाव: संदीप विठ्ठल जाधव
आधार क्रमांक: ${v('pii.in_aadhaar', '5699 0246 2667')}
जन्मतारीख: ${v('pii.date_of_birth', '05/08/1982')}
मोबाईल: ${phone('98450 27319', 'IN')}
ईमेल: ${v('pii.email', 'sandeep.jadhav.exim@gmail.com')}`),

  rec('chat_kn', f`ಹೊಸ robotics intern ಗೆ offer letter ಬರೆಯಬೇಕು. ವಿವರಗಳು:
ಹೆಸರು: ಅನನ್ಯಾ ರಾವ್
ಜನ್ಮ ದಿನಾಂಕ: ${v('pii.date_of_birth', '11-01-2002')}
ಆಧಾರ್: ${v('pii.in_aadhaar', '3301 8617 1635')}
ಫೋನ್: ${phone('+91 80 4127 8853')}
ಇಮೇಲ್: ${v('pii.email', 'ananya.rao02@outlook.in')}
Stipend ₹35,000, 6 ತಿಂಗಳು, Whitefield office.`),

  rec('chat_ms', f`Tetamu festival dari Kuala Lumpur minta surat jemputan untuk permohonan visa. Butirannya:
Nama: Nurul Aisyah binti Kamarudin
No. MyKad: ${ambCat('pii', '900223-14-5518')}
No. Pasport: ${v('pii.passport', 'A41827395')}
Tarikh lahir: ${v('pii.date_of_birth', '23 Februari 1990')}
Telefon: ${phone('+60 12-418 2739')}
Tolong tulis dalam bahasa Inggeris.`, 'Malaysian MyKad number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_fil', f`Pakigawa naman ng maikling authorization letter para makuha ng pinsan ko ang balikbayan box sa customs warehouse. Ako si Maria Cristina Dela Cruz, pasaporte ${v('pii.passport', 'P4182739A')}, petsa ng kapanganakan ${v('pii.date_of_birth', 'Marso 8, 1987')}, cellphone ${phone('0918 227 4410', 'PH')}. Ang pinsan ko ay si Rowena Santos.`),

  rec('chat_zh_tw', f`請幫我把這位評審的資料整理成住宿登記表（中英對照）：
姓名：林怡君
身分證字號：${ambCat('pii', 'A217394618')}
出生日期：${v('pii.date_of_birth', '1979年3月14日')}
手機：${phone('0933-218-447', 'TW')}
Email：${v('pii.email', 'yichun.lin@gmail.com')}
入住 2/14–2/20，單人房`, 'Taiwanese national ID: no built-in rule (ambiguous, no rule id)'),

  rec('chat_yue', f`幫我寫封英文信俾海關，話我哋代客戶報關，客戶資料如下：
陳家豪先生
香港身份證：${ambCat('pii', 'K418273(1)')}
電話：${phone('+852 9418 2739')}
電郵：${v('pii.email', 'kaho.chan@netvigator.com')}
貨品：二手咖啡機兩部，由深圳入口`, 'Hong Kong identity card number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ko', f`신입 펌웨어 엔지니어 4대보험 신고서 작성하는 거 도와주세요.
성명: 박지훈
주민등록번호: ${ambCat('pii', '920307-1736212')}
휴대전화: ${phone('010-2741-8836', 'KR')}
이메일: ${v('pii.email', 'jihoon.park92@naver.com')}
입사일: 2024년 12월 2일`, 'Korean resident registration number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ja', f`海外ゲスト（監督）の航空券手配のため、以下を英語の依頼メールにしてください。
氏名：佐藤 美咲（SATO MISAKI）
旅券番号：${v('pii.passport', 'TR4182739')}
生年月日：${v('pii.date_of_birth', '1986年11月2日')}
携帯：${phone('080-2741-8836', 'JP')}
メール：${v('pii.email', 'misaki.sato.films@gmail.com')}
羽田→ストックホルム、1月25日出発希望`),

  rec('cbp_form', f`Customs question: a private individual is importing a used espresso machine and CBP wants Form 5106. Can you tell me which boxes are mandatory? Info we have:
Importer: Thomas J. Reilly
SSN: ${v('pii.us_ssn', '020-76-9865')}
DOB: ${v('pii.date_of_birth', 'March 2, 1968')}
Phone: ${phone('+1 617 824 3390')}
Address: 48 Linden St, Somerville MA 02143`),

  rec('log_json', f`Users in the Philippines say they can't log into the robot fleet dashboard. One of the auth log lines:

${amb('source_code.snippet', f`{"ts":"2024-11-21T02:14:09.381Z","level":"warn","svc":"auth","event":"login_failed","reason":"mfa_timeout","user":"${v('pii.email', 'r.villanueva@kinetiq-robotics.com')}","ip":"${amb('pii.ip_address', '112.198.71.44')}","ua":"Mozilla/5.0 (Linux; Android 14)","tenant":"mnl-3pl"}`)}

Is the 30-second MFA window too short?`),

  rec('csv', f`Which of these accreditation applicants are missing a passport number? Output a list.

${amb('source_code.snippet', f`name,outlet,country,passport,email
Okafor Chiamaka,Arise News,NG,${v('pii.passport', 'A08471932')},${v('pii.email', 'c.okafor@arisenews.ng')}
Dubois Mathilde,RTBF,BE,,${v('pii.email', 'mathilde.dubois@rtbf.be')}
Novak Tomáš,Aktuality.sk,SK,${v('pii.passport', 'P4718293')},${v('pii.email', 'tomas.novak@aktuality.sk')}
Reyes Paolo,Rappler,PH,,${v('pii.email', 'paolo.reyes@rappler.com')}`)}`),
];

/**
 * Held-out batch 82: personal data in children's dental charts and consent forms, admissions
 * files with passports, technician and crew lists, remittance KYC and support tickets, brewery HR
 * and archive contributor forms. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH82_PII: DraftRecord[] = [
  rec('chart_uk', f`Can you turn these notes into a letter to the GP, plain English?

MOLARBEE KIDS DENTAL — Leeds Headrow
Patient: Amelia-Rose Whitaker   DOB: ${v('pii.date_of_birth', '14/02/2017')}   NHS no. ${v('pii.uk_nhs_number', '485 203 9178')}
Guardian: Hannah Whitaker (mother) ${phone('07823 461 905', 'GB')} · ${v('pii.email', 'hannah.whitaker84@gmail.com')}
Seen 03/12: caries 75, 84 (ICDAS 5). Fluoride varnish applied. Referred for GA extraction 84, consent discussed with mother. Anxious, uses inhaler (salbutamol PRN).`),

  rec('consent_fr', f`Peux-tu reformuler ce formulaire de consentement pour qu'il soit plus simple pour les parents ?

AUTORISATION DE SOINS — MINEUR
Enfant : Noé Lefèvre, né le ${v('pii.date_of_birth', '09/06/2018')}
Représentant légal : Camille Lefèvre
N° de sécurité sociale de l'assuré : ${v('pii.fr_nir', '2 88 01 13 055 117 82')}
Téléphone : ${phone('06 47 82 19 35', 'FR')}
J'autorise le Dr Benhamou à pratiquer une pulpotomie sur la dent 85 sous anesthésie locale.`),

  rec('preauth_us', f`Pre-authorization request — pediatric sedation
Patient: Jayden Brooks, DOB ${v('pii.date_of_birth', '03/22/2016')}
Subscriber: Keisha Brooks (mother), SSN ${v('pii.us_ssn', '408-71-3925')}, Delta Dental PPO, group 44821
Procedures: D9239 IV sedation first 15 min, D2930 x2 (prefab SS crowns 74, 84)
Callback: ${phone('(312) 508-7741', 'US')}

The insurer rejected this for "missing narrative". Write a short medical-necessity narrative.`),

  rec('admissions_ng', f`Please check this conditional offer summary for errors before I send it:

Applicant: Chidinma Okafor
Date of birth: ${v('pii.date_of_birth', '17 August 2005')}
Nationality: Nigerian — passport no. ${v('pii.passport', 'A09374815')}
Programme: BEng Electrical Engineering (Sept 2025)
Conditions: WAEC C6 in English or IELTS 6.0 (no band below 5.5)
Contact: ${v('pii.email', 'chidinma.okafor05@yahoo.com')}, ${phone('+234 803 482 7391')}`),

  rec('admissions_mr', f`मला या विद्यार्थ्याच्या CAS विनंतीसाठी इंग्रजी ईमेल लिहायला मदत करा:
नाव: ओंकार देशपांडे
पासपोर्ट क्रमांक: ${v('pii.passport', 'V4827193')}
आधार: ${v('pii.in_aadhaar', '4829 1736 5048')}
जन्मतारीख: ${v('pii.date_of_birth', '02-11-2003')}
मोबाईल: ${phone('+91 98201 47365')}
त्याने MSc Data Science साठी ठेव भरली आहे.`),

  rec('admissions_vi', f`Bạn soạn giúp email xác nhận đã nhận hồ sơ nhé:
Họ tên: Trần Thị Bảo Ngọc
Ngày sinh: ${v('pii.date_of_birth', '23/04/2004')}
Số hộ chiếu: ${v('pii.passport', 'C8261394')}
Email: ${v('pii.email', 'baongoc.tran2304@gmail.com')}
SĐT: ${phone('+84 912 482 739')}
Ngành: Cử nhân Quản trị Kinh doanh, nhập học tháng 1/2025.`),

  rec('csv', f`These are the January-intake applicants still missing a visa letter. Sort them by nationality and draft one reminder template:

${amb('source_code.snippet', f`applicant_id;name;nationality;dob;passport_no;email
NF25-00412;Mwangi, Brian;KE;${v('pii.date_of_birth', '2004-03-11')};${v('pii.passport', 'AK0482917')};${v('pii.email', 'brian.mwangi11@gmail.com')}
NF25-00417;Rahman, Nusrat;BD;${v('pii.date_of_birth', '2002-12-30')};${v('pii.passport', 'EB0471936')};${v('pii.email', 'nusrat.rahman.dhk@outlook.com')}
NF25-00421;Suleimenov, Arman;KZ;${v('pii.date_of_birth', '2005-07-02')};${v('pii.passport', 'N17394820')};${v('pii.email', 'arman.suleimenov@mail.kz')}`)}`),

  rec('cert_list_da', f`Kan du lave en oversigt over hvilke teknikere der skal have fornyet GWO BST inden februar?

Tekniker: Mads Kjærgaard — født ${v('pii.date_of_birth', '11.03.1991')} — WINDA ID 4482917 — BST udløber 18.01.2025 — mobil ${phone('+45 28 47 19 36')}
Tekniker: Sune Dalsgaard — født ${v('pii.date_of_birth', '27.09.1987')} — WINDA ID 3917264 — BST udløber 02.05.2025 — mobil ${phone('+45 75 12 84 39')}
Tekniker: Ola Nygård (NO) — WINDA ID 5120473 — BST udløber 09.02.2025`),

  rec('manifest_no', f`Passasjerliste CTV "Skerrow Tern" 05.12 — kan du sjekke at alle har gyldig pass før vi sender den til havnemyndigheten?

1. Eirik Haugland, f. ${v('pii.date_of_birth', '14.07.1985')}, NOR, pass ${v('pii.passport', 'FK4829173')}
2. Jakub Nowicki, f. ${v('pii.date_of_birth', '02.02.1993')}, POL, pass ${v('pii.passport', 'EW7361824')}
3. Lars de Boer, f. ${v('pii.date_of_birth', '30.10.1979')}, NLD, pass ${v('pii.passport', 'NT8R42K71')}
Skipper: Kari Solheim, ${phone('+47 928 47 316')}`),

  rec('onboarding_uk', f`New starter at the Grimsby O&M base — please write the welcome email and list what's missing:
Name: Connor Fairbairn
NI number: ${v('pii.uk_nino', 'JT 48 27 91 C')}
Date of birth: ${v('pii.date_of_birth', '5 May 1996')}
Mobile: ${phone('07458 302 617', 'GB')}
Certificates: GWO BST (valid), Sea Survival (expired), no medical yet.`),

  rec('kyc_pt_br', f`Pode revisar esse cadastro KYC que ficou em "pendente"? O cliente reclama que já mandou tudo.
Nome: Rafael Tavares de Oliveira
CPF: ${v('pii.br_cpf', '472.918.305-32')}
Data de nascimento: ${v('pii.date_of_birth', '19/01/1990')}
Celular: ${phone('(11) 97461-2835', 'BR')}
E-mail: ${v('pii.email', 'rafa.tavares90@uol.com.br')}
Documento enviado: CNH (foto desfocada)`),

  rec('kyc_es', f`Revisa este caso de verificación, por favor. El cliente manda dinero a Guatemala cada mes y ahora el sistema lo bloqueó:
Titular: Sergio Pellicer Roig
DNI: ${v('pii.es_dni', '48291736Q')}
Fecha de nacimiento: ${v('pii.date_of_birth', '08/10/1983')}
Beneficiario: su madre, Dora Roig — ${phone('+502 5481 2937')}
Motivo del bloqueo: cambio de dispositivo + importe superior a 2.000 €.`),

  rec('ticket_sw', f`Tiketi #KW-98214: Mteja anasema pesa aliyotuma kutoka London haijafika Mombasa.
Mtumaji: Grace Achieng, ${v('pii.email', 'grace.achieng@hotmail.co.uk')}
Mpokeaji: Peter Otieno, M-Pesa ${phone('+254 712 482731')}
Kiasi: £250 · hali: "paid out" tangu 02/12
Niandikie jibu la kumtuliza kwa Kiswahili na Kiingereza.`),

  rec('ticket_tl', f`Paki-summarize itong reklamo: "Yung padala ko sa nanay ko sa Iloilo hindi pa dumarating, 3 araw na. Number niya ${phone('+63 917 482 7391')}, GCash din yun. Ako si Marites Villanueva, ${v('pii.email', 'marites.villanueva@gmail.com')}." Gawin mong maikling internal note sa English.`),

  rec('hr_de', f`Bitte eine kurze Willkommensnachricht für unseren neuen Brauer in der Brauerei Leipzig. Aus dem Personalbogen:
Name: Moritz Engelhardt
Geburtsdatum: ${v('pii.date_of_birth', '21.04.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '47182930547')}
Mobil: ${phone('0171 4829375', 'DE')}
Start: 06.01.2025, Sudhaus / Frühschicht`),

  rec('hr_nl', f`Maak hier een nette bevestigingsmail van voor de nieuwe taproom-manager in Utrecht:
Naam: Sanne Vermeulen
BSN: ${v('pii.nl_bsn', '246190838')}
Geboortedatum: ${v('pii.date_of_birth', '3 maart 1992')}
Telefoon: ${phone('06-48271936', 'NL')}
Contract: 32 uur, ingangsdatum 1 februari`),

  rec('loyalty_export', f`Pull out the regulars who haven't visited since October so we can send a "we miss you" schooner voucher:

${amb('source_code.snippet', f`member,email,mobile,last_visit,venue
FT-10482,${v('pii.email', 'jess.okoro@bigpond.com')},${phone('0412 739 586', 'AU')},2024-09-28,Fitzroy
FT-10497,${v('pii.email', 'dmcallister@outlook.com.au')},${phone('+61 2 9374 8162')},2024-11-30,Newtown
FT-10533,${v('pii.email', 'priya.nair.syd@gmail.com')},,2024-10-02,Newtown`)}`),

  rec('release_it', f`Liberatoria per l'uso dell'intervista d'archivio (1993) — mi aiuti a tradurla in inglese per i partner?

Il/la sottoscritto/a: Gianluca Bianco
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI15S48H501S')}
Residente in: Via dei Mille 12, Palermo
Telefono: ${phone('+39 338 472 9105')}
autorizza Valmora Broadcasting a riutilizzare l'intervista registrata il 14/05/1993.`),

  rec('contacts_sv', f`Rättighetsavdelningen behöver en lista över kontaktpersoner för dokumentärserien "Älven" (1988). Kan du formatera det här som en tabell?
– Birgitta Holm (regissörens dotter), ${phone('+46 70 482 73 19')}, ${v('pii.email', 'birgitta.holm@telia.com')}
– Nils Ekström (fotograf), ${phone('+46 8 505 283 17')}
– Sveriges filmarkiv, kontakt via avtalet`),

  rec('note_ht', f`Tanpri tradui nòt sa a an franse pou dosye klinik la: "Manman Woodly (6 an), Madan Jeanty, rele nou nan ${phone('+509 3748 2916')} pou chanje randevou a. Li di pitit la gen doulè nan dan 64 depi de jou."`),

  rec('admissions_zh', f`请帮我把这位申请人的信息整理成英文的签证信函草稿：
姓名：王雨桐
出生日期：${v('pii.date_of_birth', '2004年6月18日')}
护照号码：${v('pii.passport', 'EJ4827193')}
手机：${phone('+86 138 4827 3916')}
邮箱：${v('pii.email', 'yutong.wang0618@163.com')}
专业：MSc Renewable Energy Engineering，2025年9月入学`),

  rec('admissions_ko', f`입학 서류 확인 메일을 영어로 써 주세요.
지원자: 김서연
생년월일: ${v('pii.date_of_birth', '2003.09.27')}
여권번호: ${v('pii.passport', 'M48271936')}
연락처: ${phone('010-4827-3916', 'KR')}
제출 서류: 성적증명서(번역본 누락), 추천서 2부`),

  rec('admissions_bn', f`এই আবেদনকারীর জন্য একটি ইংরেজি ইমেইল লিখে দিন যে তার ব্যাংক স্টেটমেন্ট ২৮ দিনের পুরনো হতে হবে:
নাম: তাসনিম হক
পাসপোর্ট: ${v('pii.passport', 'EH0736148')}
ফোন: ${phone('+880 1712-482739')}
ইমেইল: ${v('pii.email', 'tasnim.haque.bd@gmail.com')}`),

  rec('admissions_si', f`කරුණාකර මෙම අයදුම්කරුට ඉංග්‍රීසියෙන් පිළිතුරක් ලියන්න. ඔහුගේ IELTS ප්‍රතිඵල තවම ලැබී නැත.
නම: දිනේෂ් පෙරේරා
දුරකථන: ${phone('+94 77 482 7391')}
ඊමේල්: ${v('pii.email', 'dinesh.perera.lk@gmail.com')}`),

  rec('admissions_ne', f`यो विद्यार्थीको जन्म मिति अंग्रेजी पत्रमा मिलेन। कृपया जाँच गर्नुहोस्:
नाम: सुजन श्रेष्ठ
जन्म मिति (ई.सं.): ${v('pii.date_of_birth', '2004-01-15')}
राहदानी नं.: ${v('pii.passport', '10482719')}
फोन: ${phone('+977 980-1482739')}`),

  rec('ticket_ar_sd', f`يا زول ساعدني أكتب رد للعميل ده بالعربي والإنجليزي: "أنا رسلت قروش لأمي في أم درمان من يومين وما وصلت. رقمها ${phone('+249 91 248 3716')} وأنا اسمي عثمان الطيب وإيميلي ${v('pii.email', 'osman.eltayeb@gmail.com')}."`),

  rec('ticket_so', f`Fadlan u qor jawaab gaaban oo Ingiriisi ah: "Lacagta aan u diray walaashay Hargeysa ma soo gaarin. Lambarkeeda waa ${phone('+252 61 5482739')}. Magacaygu waa Faadumo Warsame, emailkayguna waa ${v('pii.email', 'faadumo.warsame@outlook.com')}."`),

  rec('ticket_am', f`እባክህ ይህን ቅሬታ ወደ እንግሊዝኛ ተርጉመው፦ "ለአባቴ አዲስ አበባ የላክሁት ገንዘብ አልደረሰም። ስልኩ ${phone('+251 91 148 2739')} ነው። ስሜ ሄለን ተስፋዬ ነው።"`),

  rec('chart_he', f`תרגם לאנגלית בבקשה את הסיכום לשליחה למומחה:
מטופל: נועם כהן, תאריך לידה ${v('pii.date_of_birth', '12.11.2015')}
הורה: מיכל כהן, טלפון ${phone('+972 52-482-7391')}
ממצאים: טראומה לשן 11 לאחר נפילה, ניידות דרגה 1, צילום ללא שבר שורש.`),

  rec('email_ro', f`Poți să răspunzi politicos la acest e-mail de la un părinte?

De la: Ioana Popescu <${v('pii.email', 'ioana.popescu.bv@yahoo.ro')}>
"Bună ziua, fiica mea Maria are programare joi la 16:00 pentru sigilări, dar nu putem ajunge. Vă rog să mă sunați la ${phone('+40 728 473 916')} pentru o altă dată."`),

  rec('cv_pl', f`Popraw moje CV na stanowisko technika turbin wiatrowych offshore, zostaw dane kontaktowe bez zmian:

TOMASZ WRÓBEL
ur. ${v('pii.date_of_birth', '19.06.1990')} · ${phone('+48 604 283 917')} · ${v('pii.email', 'tomasz.wrobel.wind@wp.pl')}
Doświadczenie: 6 lat serwis Siemens Gamesa SG 8.0-167, GWO BST/BTT, HV autoryzacja.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-04T07:41:19.402Z","svc":"auth","event":"login_failed","reason":"otp_mismatch","attempt":4,"user":"${v('pii.email', 'olumide.adeyemi@kwesa-mail.com')}","ip":"${amb('pii.ip_address', '102.89.34.117')}","device":"SM-A146B","country":"NG"}
{"ts":"2024-12-04T07:41:52.918Z","svc":"auth","event":"account_locked","user":"${v('pii.email', 'olumide.adeyemi@kwesa-mail.com')}","ip":"${amb('pii.ip_address', '102.89.34.117')}"}`)}

Is this a credential-stuffing pattern or just a customer with a bad SIM?`),

  rec('interview_uk', f`Допоможи скласти англійською лист подяки для учасниці архівного проєкту про Чорнобиль: Олена Бондаренко, телефон ${phone('+380 67 482 7319')}, ${v('pii.email', 'olena.bondarenko@ukr.net')}. Вона дала інтерв'ю у 1996 році, ми хочемо використати його в новій програмі.`),

  rec('admissions_es', f`Necesito una carta de admisión en inglés para esta estudiante que vive en Madrid:
Nombre: Yasmin El Idrissi
NIE: ${v('pii.es_nie', 'Y4718293H')}
Fecha de nacimiento: ${v('pii.date_of_birth', '30 de septiembre de 2004')}
Teléfono: ${phone('+34 612 83 47 19')}`),

  rec('admissions_mn', f`Энэ өргөдөл гаргагчийн мэдээллийг англиар товчлоод өгнө үү:
Нэр: Батбаярын Энхжин
Төрсөн огноо: ${v('pii.date_of_birth', '2005.02.14')}
Гадаад паспорт: ${v('pii.passport', 'E4172938')}
Утас: ${phone('+976 9948 2731')}`),

  rec('signature_de_ch', f`Freundliche Grüsse

Dr. med. dent. Lea Baumgartner
Fachzahnärztin für Kinderzahnmedizin
Molarbee Kinderzahnklinik Winterthur
Tel. ${phone('+41 79 482 73 16')}
${v('pii.email', 'l.baumgartner@molarbee.ch')}

(Kannst du die Signatur kürzer machen?)`),

  rec('admissions_my', f`ဤလျှောက်ထားသူအတွက် အင်္ဂလိပ်လို အီးမေးလ်တစ်စောင် ရေးပေးပါ။
အမည်: မောင်ဇော်မင်းထွဋ်
ပတ်စ်ပို့နံပါတ်: ${v('pii.passport', 'MH482719')}
ဖုန်း: ${phone('+95 9 448 273916')}
ဘာသာရပ်: MSc Public Health`),

  rec('chat_ms', f`Tolong tulis mesej WhatsApp ringkas untuk ibu bapa ini: klinik gigi kanak-kanak di Petaling Jaya tukar waktu temujanji Aisyah ke Sabtu 10 pagi. Nombor ibu: ${phone('+60 12-482 7391')}, e-mel ${v('pii.email', 'nurul.hidayah82@gmail.com')}.`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ẹ bá mi kọ lẹ́tà sí òbí yìí ní èdè Gẹ̀ẹ́sì: Mama Tolu, nọ́mbà fóònù ${phone('0803 482 7391', 'NG')}, ó fẹ́ yí àkókò ìpàdé ọmọ rẹ̀ padà sí ọjọ́ Ẹtì. Ọmọ náà jẹ́ ọmọ ọdún márùn-ún.`),

  rec('chat_ig', f`Biko dee email n'asụsụ Bekee maka onye na-achọ ịbanye mahadum a: Chukwuemeka Nwosu, akwụkwọ ngafe ${v('pii.passport', 'A11837294')}, ekwentị ${phone('+234 803 482 7391')}. Ọ chọrọ ịmara ma o nwere ike ịkwụ ụgwọ n'akụkụ abụọ.`),

  rec('dental_ca', f`Quebec family moving to our Toronto clinic — please draft an intake confirmation in French and English:
Parent: Julien Gagnon, SIN ${v('pii.ca_sin', '548 291 731')} (for the Canadian Dental Care Plan form)
Children: Léa (DOB ${v('pii.date_of_birth', '2017-05-08')}), Émile (DOB ${v('pii.date_of_birth', '2019-12-01')})
Phone: ${phone('+1 415 638 2047')}`, 'the SIN is asked for the dental care plan form; phone is a US number the family kept'),

  rec('sv_ambig', f`Kan du skriva ett kort intyg om att Karin Lund, personnummer ${ambCat('pii', '920314-4827')}, har arbetat som arkivarie hos oss sedan 2016?`, 'Swedish personnummer: personal, but no built-in rule claims it'),
];

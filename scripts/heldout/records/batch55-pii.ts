/**
 * Held-out batch 55: personal data in rental waivers, seasonal-staff onboarding, pharmacy returns,
 * data-centre visitor lists, wedding guest lists and civil-ceremony paperwork, fare-evasion case
 * notes and web-shop customer messages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH55_PII: DraftRecord[] = [
  // ── ski resort ──────────────────────────────────────────────────────────────
  rec('form', f`Can you turn this paper waiver into the field list for our new online rental form? Use this one as the sample row.

RENTAL AGREEMENT & RELEASE — Mt Kareela Rentals
Name: Chloe Papadakis
DOB: ${v('pii.date_of_birth', '14/02/1996')}
Mobile: ${phone('0438 216 774', 'AU')}
Email: ${v('pii.email', 'chloe.papadakis@bigpond.com')}
Height 168 cm / Weight 61 kg / Skier type II / Boot sole 298 mm → DIN 5.5
Emergency contact: Nick Papadakis ${phone('0412 583 907', 'AU')}
Signed 12/07/2025`),

  rec('incident_fr_ca', f`Traduis ce rapport en anglais pour l'assureur, en gardant le format :

RAPPORT D'INCIDENT – PATROUILLE
Piste : La Boréale (intermédiaire), 2025-01-18, 13 h 40
Blessé : Gabriel Lapointe, né le ${v('pii.date_of_birth', '1988-05-22')}
Carte RAMQ : ${ambCat('pii', 'LAPG 8805 2214')}
Téléphone : ${phone('(819) 425-8613', 'CA')}
Description : chute à haute vitesse, douleur à l'épaule gauche, conscient. Évacué en traîneau au poste de secours.`, 'Quebec health-insurance number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_fr_ca', f`Nouvelle employée saisonnière à la billetterie : Émilie Gagnon, NAS ${v('pii.ca_sin', '528 137 466')}, date de naissance ${v('pii.date_of_birth', '2001-11-03')}, courriel ${v('pii.email', 'emilie.gagnon@videotron.ca')}. Rédige le courriel de bienvenue avec la liste des documents à apporter lundi (sans répéter le NAS dans le courriel).`),

  rec('chat_ja', f`以下の予約内容を英語の確認メールにしてください。
お名前：Oliver Bennett 様（オーストラリア）
パスポート番号：${v('pii.passport', 'PA4829173')}
生年月日：${v('pii.date_of_birth', '1990年6月8日')}
メール：${v('pii.email', 'oliver.bennett@outlook.com.au')}
携帯：${phone('+61 423 918 475')}
宿泊先：ひらふのペンション（${phone('+81 136-22-4817')}）
レンタル：スキーセット上級 5日間、ヘルメット M`),

  rec('chat_it', f`Mi prepari la lettera di assunzione stagionale per la nuova maestra di sci? Dati: Giulia Bertolini, nata a Bolzano il ${v('pii.date_of_birth', '12/08/1985')}, codice fiscale ${v('pii.it_codice_fiscale', 'BRTGLI85M52A952C')}, cellulare ${phone('338 419 2756', 'IT')}. Inizio 6 dicembre, fine 6 aprile, 38 ore settimanali.`),

  rec('chat_sl', f`Prosim, pripravi osnutek pogodbe za sezonsko delo na blagajni. Delavka: Nina Kovačič, EMŠO ${ambCat('pii', '1204985505237')}, tel. ${phone('+386 41 728 394')}, e-pošta ${v('pii.email', 'nina.kovacic@gmail.com')}. Začetek 20. decembra, konec po zaprtju sezone.`, 'Slovenian EMŠO: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat', f`Onboarding checklist for the lift-ops seasonals, please reformat as a table with a "missing docs" column:

- Tyler Brooks — SSN ${v('pii.us_ssn', '524-38-1907')}, DOB ${v('pii.date_of_birth', '03/17/2002')}, cell ${phone('(970) 476-2391', 'US')}, I-9 done, W-4 done
- Kayla Ortiz — SSN ${v('pii.us_ssn', '619-27-4830')}, DOB ${v('pii.date_of_birth', '09/30/1999')}, cell ${phone('(435) 649-8812', 'US')}, W-4 done, I-9 List B doc missing
- Sam Whitaker — returning, nothing new`),

  rec('chat_de', f`Wir stellen für die Wintersaison einen Grenzgänger aus Deutschland an der Kasse ein. Welche Unterlagen brauchen wir für die Quellensteuer? Seine Daten: Lukas Hofmann, geb. ${v('pii.date_of_birth', '21.04.1994')}, Steuer-ID ${v('pii.de_steuer_id', '47182936154')}, Mobil ${phone('+49 172 5839174')}, Wohnort Waldshut-Tiengen.`),

  // ── pharmaceutical wholesaler ───────────────────────────────────────────────
  rec('chat_nl', f`Bij een retour van een apotheek zat een doosje met een patiëntetiket: "Mw. J. de Boer, geb. ${v('pii.date_of_birth', '03-07-1951')}, BSN ${v('pii.nl_bsn', '182739466')}, Metoprolol 50 mg, 1dd1". Hoe moeten we dat volgens de AVG afhandelen? Schrijf een korte werkinstructie voor het retourteam.`),

  rec('chat_el', f`Φτιάξε μου μια κάρτα επαφής για το μητρώο επιστροφών με αυτά τα στοιχεία: Κατερίνα Νικολάου, φαρμακοποιός, ΑΜΚΑ ${ambCat('pii', '12048501238')}, κινητό ${phone('+30 694 718 2935')}, email ${v('pii.email', 'k.nikolaou@farmakeio-nikolaou.gr')}, σταθερό ${phone('210 748 3926', 'GR')}.`, 'Greek AMKA: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_he', f`תכתוב הודעה קצרה לשליח: איסוף החזרות מבית המרקחת ברמת גן מחר בבוקר, איש קשר יוסי אברהם, ת.ז. ${ambCat('pii', '039482716')}, נייד ${phone('054-918-2734', 'IL')}. שיתקשר חצי שעה לפני ויביא טופס החזרה חתום.`, 'Israeli ID number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ar_ma', f`عافاك صاوب ليا فيش ديال الصيدلانية باش نسجلوها فالسيستم ديال الإرجاعات:
الاسم: سلمى بنعلي
رقم البطاقة الوطنية: ${ambCat('pii', 'BE482719')}
الهاتف: ${phone('+212 661-483927')}
الإيميل: ${v('pii.email', 'salma.benali@gmail.com')}
الصيدلية: صيدلية النخيل، الدار البيضاء`, 'Moroccan CIN: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_hi', f`डिलीवरी ड्राइवर का KYC फॉर्म भरना है: नाम रमेश यादव, आधार ${v('pii.in_aadhaar', '4827 3916 0520')}, मोबाइल ${phone('+91 98204 71936')}, जन्म तिथि ${v('pii.date_of_birth', '15/08/1987')}। फॉर्म का अंग्रेज़ी सारांश बना दो ताकि HR को भेज सकूँ।`),

  rec('chat_mr', f`केमिस्टचे नवीन खाते उघडण्यासाठी माहिती: श्री. संजय पाटील, पॅन ${ambCat('pii', 'BQKPS4827L')}, मोबाईल ${phone('+91 94221 83745')}, ईमेल ${v('pii.email', 'sanjay.patil.chemist@gmail.com')}. याचा इंग्रजी ईमेल तयार कर, परतावा धोरणाची लिंक पण टाक.`, 'Indian PAN: personal tax id, no built-in rule (ambiguous, no rule id)'),

  rec('form_pt_br', f`Confere se o cadastro está completo antes de eu mandar pra Anvisa?

Responsável técnica: Ana Carolina Ribeiro
CPF: ${v('pii.br_cpf', '482.917.305-04')}
CRF-SC: 48217
Celular: ${phone('+55 48 99123-4871')}
E-mail: ${v('pii.email', 'ana.ribeiro@drogariaribeiro.com.br')}
Data de nascimento: ${v('pii.date_of_birth', '09/12/1984')}`),

  // ── colocation NOC ──────────────────────────────────────────────────────────
  rec('csv', f`Tomorrow's visitor list for ASH1 security — can you sort it by escort and flag anyone without a photo ID type?

${amb('source_code.snippet', f`visit_date,name,company,email,phone,id_type,id_number,escort
2025-02-04,Derek Lindqvist,Northstar Fiber,${v('pii.email', 'dlindqvist@northstarfiber.net')},${phone('+1 970 418 5527')},DL-VA,${ambCat('pii', 'T48271936')},J. Ruiz
2025-02-04,Priya Natarajan,Corelink Systems,${v('pii.email', 'priya.n@corelink.io')},${phone('(571) 482-9316', 'US')},Passport,${v('pii.passport', '582019374')},J. Ruiz
2025-02-04,Owen Faulk,Corelink Systems,${v('pii.email', 'owen.faulk@corelink.io')},,,,M. Chen`)}`, 'US driver licence number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_en_za', f`Please add this contractor to the JNB1 access list for Thursday and write the confirmation mail: Thabo Mokoena, SA ID ${ambCat('pii', '8807125093088')}, cell ${phone('082 441 7356', 'ZA')}, ${v('pii.email', 'thabo@mokoena-electrical.co.za')}, replacing breakers on PDU B-14 with our facilities tech.`, 'South African ID number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_et', f`Lisa palun TLL1 külastajate nimekirja ja kirjuta talle kinnitus: Kadri Tamm, isikukood ${ambCat('pii', '49203154213')}, tel ${phone('+372 5382 9164')}, ${v('pii.email', 'kadri.tamm@telia.ee')} – tuleb teisipäeval kell 10 kliendi serverit vahetama, saatja Marko.`, 'Estonian isikukood: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ms', f`Tolong sediakan pas pelawat untuk KUL2 dan draf e-mel pengesahan: Nurul Aina binti Hassan, No. MyKad ${ambCat('pii', '880412-10-5527')}, telefon ${phone('+60 12-748 3916')}, e-mel ${v('pii.email', 'nurul.aina@techbridge.com.my')}. Dia datang Rabu jam 9 pagi untuk pasang rak baharu.`, 'Malaysian MyKad: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_th', f`ช่วยร่างอีเมลยืนยันการเข้าพื้นที่ BKK1 ให้หน่อย: คุณสมชาย ใจดี เลขบัตรประชาชน ${ambCat('pii', '1 1037 02891 52 5')} โทร ${phone('089 274 1835', 'TH')} จะเข้ามาเปลี่ยนสวิตช์วันศุกร์ 14:00 น. ต้องมีเจ้าหน้าที่พาเข้า`, 'Thai national ID: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_zh', f`请帮我整理一下访客登记表：张伟，身份证号 ${ambCat('pii', '310104198807124515')}，手机 ${phone('139 1847 2035', 'CN')}，邮箱 ${v('pii.email', 'zhangwei@sh-datalink.cn')}，周三上午进入 SHA1 机房更换硬盘，由值班工程师陪同。`, 'Chinese resident ID: personal, no built-in rule (ambiguous, no rule id)'),

  rec('log_json', f`Two denied badge swipes on the MMR door overnight. Same person?

${amb('source_code.snippet', f`{"ts":"2025-02-03T02:14:55Z","site":"ASH1","door":"MMR-2","badge":"0048213","holder":"Carla Mendes","email":"${v('pii.email', 'carla.mendes@kestrel-colo.net')}","result":"DENIED","reason":"schedule","reader_ip":"${amb('pii.ip_address', '10.20.8.41')}"}
{"ts":"2025-02-03T02:16:31Z","site":"ASH1","door":"MMR-2","badge":"0048213","holder":"Carla Mendes","email":"${v('pii.email', 'carla.mendes@kestrel-colo.net')}","result":"DENIED","reason":"schedule","reader_ip":"${amb('pii.ip_address', '10.20.8.41')}"}`)}`),

  // ── wedding and events planner ──────────────────────────────────────────────
  rec('csv', f`Can you split this into two lists — guests who still need to RSVP and dietary requirements for the caterer?

${amb('source_code.snippet', f`Guest,Party,Email,Mobile,RSVP,Dietary,Table
Grace & Tom Whitfield,2,${v('pii.email', 'grace.whitfield@gmail.com')},${phone('0401 837 265', 'AU')},yes,vegetarian / none,4
Aunty Mei Lin,1,${v('pii.email', 'meilin.ng@optusnet.com.au')},${phone('0422 918 374', 'AU')},,no pork,2
Josh Harper,1,${v('pii.email', 'josh.harper@outlook.com')},,yes,coeliac,6`)}`),

  rec('chat_it', f`Scrivi la mail per l'ufficiale di stato civile del Comune di Firenze con i dati degli sposi per la pratica del matrimonio civile: Emma Clarke, nata a Perth il ${v('pii.date_of_birth', '23/05/1993')}, passaporto australiano ${v('pii.passport', 'PA7391826')}; James Holloway, nato a Leeds il ${v('pii.date_of_birth', '11/10/1991')}, passaporto britannico ${v('pii.passport', '548217936')}. Data richiesta: 14 giugno, Sala Rossa di Palazzo Vecchio.`),

  rec('chat_es_ar', f`Para el Registro Civil de Bariloche necesito armar la planilla de los novios, ¿me la pasás en limpio?
Sofía Giménez, DNI ${ambCat('pii', '38.471.925')}, nacida el ${v('pii.date_of_birth', '04/07/1994')}, cel. ${phone('+54 9 294 442-8173')}
Matías Ferreyra, DNI ${ambCat('pii', '36.182.740')}, nacido el ${v('pii.date_of_birth', '19/01/1992')}, cel. ${phone('+54 9 11 3826-4179')}
Testigos: a confirmar`, 'Argentine DNI: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_gu', f`આ મહેમાનોને WhatsApp પર મહેંદી અને સંગીતનું આમંત્રણ મોકલવાનું છે, મેસેજ ગુજરાતી અને અંગ્રેજી બંનેમાં બનાવો:
ભાવેશભાઈ શાહ – ${phone('98250 41873', 'IN')}
મીનાબેન પટેલ – ${phone('+91 79 2754 8316')}
કાર્યક્રમ: ૧૪ ફેબ્રુઆરી, સાંજે ૭ વાગ્યે, સિંધુ ભવન રોડ, અમદાવાદ`),

  rec('chat_fa', f`لیست مهمان‌های خانواده عروس برای ارسال کارت دعوت رو مرتب کن و یک متن پیامک کوتاه هم بنویس:
آقای رضا کریمی – ${phone('+98 912 748 3915')}
خانم مریم احمدی – ${phone('۰۹۳۵ ۲۱۸ ۴۷۳۶', 'IR')}
کد ملی داماد برای رزرو تالار: ${ambCat('pii', '0084729163')}`, 'Iranian national code: personal, no built-in rule (ambiguous, no rule id); one phone in Persian digits'),

  rec('chat_km', f`សូមរៀបចំលិខិតស្នើសុំការអនុញ្ញាតរៀបចំពិធីមង្គលការនៅសៀមរាប៖ កូនកំលោះ Daniel Kim លិខិតឆ្លងដែន ${v('pii.passport', 'M48271936')} កូនក្រមុំ សុខ ស្រីនាង លិខិតឆ្លងដែន ${v('pii.passport', 'N02837461')} លេខទូរស័ព្ទទំនាក់ទំនង ${phone('+855 12 748 391')} ។ កាលបរិច្ឆេទពិធី ២២ មីនា ២០២៥។`),

  rec('chat_ne', f`काठमाडौंमा हुने विवाहका लागि दुलहीको विवरण होटललाई पठाउनु छ: नाम सृजना श्रेष्ठ, नागरिकता नं. ${ambCat('pii', '27-01-74-05318')}, फोन ${phone('+977 984-1273948')}, इमेल ${v('pii.email', 'srijana.shrestha@gmail.com')}। होटललाई पठाउने इमेल अंग्रेजीमा लेखिदिनुहोस्, कोठा ३ रात चाहिन्छ।`, 'Nepali citizenship certificate number: personal, no built-in rule (ambiguous, no rule id)'),

  // ── transit authority: fare evasion ─────────────────────────────────────────
  rec('notes_nl', f`Maak van deze aantekening van de controleur een nette naheffingsbrief:

Reiziger zonder geldig vervoerbewijs, lijn 12, 21-01-2025 08:14, halte Leidseplein.
Naam: Sven van Dijk
Geboortedatum: ${v('pii.date_of_birth', '17-09-1998')}
Legitimatie: paspoort ${v('pii.passport', 'NX7R2K4P1')}
E-mail: ${v('pii.email', 's.vandijk98@hotmail.com')}
Tel: ${phone('06-19384726', 'NL')}
Verklaring reiziger: "OV-chipkaart vergeten in te checken, saldo was genoeg."`),

  rec('chat_cs', f`Připrav výzvu k úhradě přirážky k jízdnému: cestující Lucie Dvořáková, rodné číslo ${ambCat('pii', '855412/3380')}, bytem Korunní 48, Praha 2, tel. ${phone('+420 737 482 915')}. Kontrola 14. 1. 2025 ve 9:20, linka 22, bez platné jízdenky, přirážka 1 500 Kč, při zaplacení na místě 800 Kč.`, 'Czech rodné číslo: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ar_ma', f`ترجم لي هاد المحضر ديال المخالفة فالطرامواي للفرنسية:
الراكب: يوسف العلمي
رقم البطاقة الوطنية: ${ambCat('pii', 'BK318274')}
تاريخ الازدياد: ${v('pii.date_of_birth', '12/03/2001')}
الهاتف: ${phone('0672 915 384', 'MA')}
المخالفة: الركوب بلا تذكرة، الخط T1، محطة الأمم المتحدة`, 'Moroccan CIN: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat', f`Draft the infringement notice letter from these field notes please:

Fare evasion, Route 96 tram, 28/01/2025 07:42, stop 12 (Brunswick St). Passenger: Laura Meier, DOB ${v('pii.date_of_birth', '30/06/2004')}, mob ${phone('0412 958 306', 'AU')}, Vic licence ${ambCat('pii', '041829736')} sighted. Said her myki was flat. Penalty $278, first offence, eligible for official warning review.`, 'Victorian driver licence number: personal, no built-in rule (ambiguous, no rule id)'),

  // ── homebrew-supply web shop ────────────────────────────────────────────────
  rec('csv', f`These three orders came back "address not found" from the carrier. Can you spot what's wrong with each address?

${amb('source_code.snippet', f`order,name,email,phone,address1,city,state,zip
HC-58812,Brandon Reyes,${v('pii.email', 'breyes.brews@gmail.com')},${phone('(503) 284-7719', 'US')},4418 SE Divison St,Portland,OR,97206
HC-58830,Alicia Moreno,${v('pii.email', 'alicia.moreno77@yahoo.com')},${phone('(512) 638-2094', 'US')},1207 W 34th Street Apt,Austin,TX,78705
HC-58841,Greg Halvorsen,${v('pii.email', 'ghalvorsen@frontier.com')},,PO Box 22,Fargo,ND,5810`)}`),

  rec('chat_sv', f`Kund klagar på en trasig jäsbehållare och vill ha ersättning. Uppgifter: Johan Lindberg, personnummer ${ambCat('pii', '870312-4821')}, tel ${phone('070-382 91 46', 'SE')}, order BB-11873. Skriv ett vänligt svar där vi erbjuder en ny behållare utan kostnad.`, 'Swedish personnummer: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_af', f`Skryf asseblief 'n vriendelike antwoord: die kliënt se mout-bestelling het beskadig aangekom en sy wil haar geld terug hê. Besonderhede: Marelize du Plessis, sel ${phone('+27 72 905 3318')}, e-pos ${v('pii.email', 'marelize.dp@gmail.com')}, bestelling BB-ZA-3318.`),

  rec('chat_zu', f`Ngisize ngibhalele ikhasimende impendulo: uthi i-oda lakhe lamabhodlela nezivalo alifikanga. Igama: Nomvula Dlamini, inombolo ${phone('031 207 4415', 'ZA')}, i-imeyili ${v('pii.email', 'nomvula.dlamini@webmail.co.za')}, i-oda BB-ZA-3402. Umxolise futhi umtshele ukuthi sizoliphinda silithumele.`),
];

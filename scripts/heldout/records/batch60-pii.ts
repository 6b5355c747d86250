/**
 * Held-out batch 60: personal data in patient records, legal-aid intake notes, HR and travel forms,
 * grower lists and logs, written by the six organisations of this batch in many languages.
 * Identity numbers without an engine rule are ambiguous spans of the pii category.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);
const natId = (s: string) => ambCat('pii', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH60_PII: DraftRecord[] = [
  rec('patient_note', f`Can you turn this into a friendly reminder text for the parent? Keep it under 300 characters.

Patient: Mia Tawhiri   DOB: ${dob('14/03/2018')}
Parent/guardian: Aroha Tawhiri, ${phone('021 784 3392', 'NZ')}, ${mail('aroha.tawhiri@xtra.co.nz')}
Appt: Thu 12 Dec, 3:40pm, Little Molars Petone — 6-monthly check + fissure sealants on 36/46
Notes: anxious about the suction, bring her bunny.`),

  rec('referral_letter', f`Please tidy up this referral to the paediatric dentistry department at the hospital, it reads badly:

Re: Oliver Pritchard, DOB ${dob('02.09.2016')}, NHS number ${v('pii.uk_nhs_number', '379 854 6142')}
Address: 14 Beech Grove, Harrogate HG2 0LP
Mum (Sarah Pritchard) mobile ${phone('07823 514906', 'GB')}
Seen 27/11 with swelling buccal to 85, radiograph shows periapical radiolucency. Child very distressed, unable to complete LA. Requesting assessment for treatment under GA. Mild asthma (salbutamol PRN).`),

  rec('intake_form', f`I'm a volunteer at the legal aid clinic. Can you turn these intake notes into a short case summary for the supervising attorney?

Client: Rosa Delgado-Martinez
DOB: ${dob('07/22/1979')}
SSN: ${v('pii.us_ssn', '291-90-6243')}
Phone: ${phone('(415) 682-3917', 'US')} (texts OK, Spanish preferred)
Email: ${mail('rosadelgado79@gmail.com')}
Issue: landlord served a 3-day notice to pay or quit on 11/25; she says rent was paid by money order on 11/1 and she has the receipt. Two kids (8 and 11) in the household. Income: part-time home health aide.`),

  rec('benefits_appeal', f`Help me draft the grounds for a mandatory reconsideration of a PIP decision. Claimant details for the header:

Name: Daniel Okafor
National Insurance number: ${v('pii.uk_nino', 'JK 48 21 93 C')}
Date of birth: ${dob('19 April 1968')}
Contact: ${phone('+44 161 496 2087')}

He was awarded 0 points for "preparing food" despite his consultant's letter saying he cannot stand for more than 5 minutes (lumbar stenosis). The assessor's report says he "cooked a meal at the weekend" — he says he told her his daughter cooks.`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar la solicitud de asistencia jurídica gratuita para dos personas que han venido hoy a la clínica? Datos:

1) Carmen Ruiz Ortega — DNI ${v('pii.es_dni', '64558223Y')} — fecha de nacimiento ${dob('03/10/1962')} — tel. ${phone('612 48 39 27', 'ES')}
2) Youssef El Amrani — NIE ${v('pii.es_nie', 'Y5718349B')} — fecha de nacimiento ${dob('21/06/1991')} — tel. ${phone('+34 934 81 62 07')}

Los dos tienen un procedimiento de desahucio en el Juzgado de Primera Instancia nº 5 de Badalona.`),

  rec('chat_es_uy', f`Buenas, necesito armar una nota para el juzgado de familia con los datos de la señora que atendimos en el consultorio. Nombre: Graciela Núñez Pereira, cédula de identidad ${natId('4.382.917-3')}, nacida el ${dob('15 de agosto de 1984')}, celular ${phone('+598 99 417 283')}. Reclama pensión alimenticia para sus dos hijos. ¿Me armás un borrador formal?`),

  rec('chat_pt_br', f`Preciso montar o cadastro de um paciente novo no sistema da Dentinho Kids, me ajuda a conferir se falta alguma coisa?

Paciente: Enzo Gabriel Carvalho
Data de nascimento: ${dob('09/05/2019')}
Responsável: Juliana Carvalho Lima — CPF ${v('pii.br_cpf', '816.474.732-76')}
Celular/WhatsApp: ${phone('+55 11 97418-2263')}
E-mail: ${mail('ju.carvalho.lima@outlook.com.br')}
Convênio: OdontoPrev, carteirinha ${natId('8473920164')}
Queixa: dente de leite escurecido após queda (51).`),

  rec('chat_pt_ao', f`Bom dia. Vou enviar um técnico nosso de Luanda para uma formação em Lisboa e a agência de viagens pede os dados dele. Pode organizar isto numa mensagem curta?
Nome: Adilson Manuel Kiala
Bilhete de Identidade n.º ${natId('007315926LA038')}
Passaporte: ${pass('N1740528')}
Data de nascimento: ${dob('30-01-1990')}
Telemóvel: ${phone('+244 923 607 195')}`),

  rec('form_fr', f`Bonjour, pouvez-vous vérifier que cette fiche d'inscription de l'enfant est complète avant que je la scanne ?

Enfant : Léa Moreau — née le ${dob('18/11/2017')}
Responsable légal : Claire Moreau
N° de sécurité sociale (assurée) : ${v('pii.fr_nir', '2 67 04 71 350 025 50')}
Mutuelle : Harmonie Mutuelle
Téléphone : ${phone('06 48 27 91 35', 'FR')}
Allergies : aucune connue. Première consultation de pédodontie.`),

  rec('chat_fr_qc', f`Allô, j'ai besoin d'aide pour remplir la demande d'aide juridique d'une cliente qui est venue à la clinique ce matin. Voici ce que j'ai :

Nom : Marie-Ève Tremblay
Date de naissance : ${dob('1986-04-11')}
NAS : ${v('pii.ca_sin', '646 309 609')}
Téléphone : ${phone('514 283-6619', 'CA')}
Situation : séparation, garde partagée contestée, revenu d'emploi de 31 200 $ par année.

Est-ce qu'elle est admissible au volet gratuit selon toi?`),

  rec('chat_fr_cm', f`Bonjour, la coopérative de cacao bio doit enregistrer un nouveau producteur pour la certification. Aidez-moi à faire une fiche propre :
Nom : Ngono Mbarga Thérèse
CNI n° ${natId('112948273')}
Née le ${dob('12 mars 1975')} à Obala
Téléphone : ${phone('+237 6 77 48 21 93')}
Parcelle : 2,4 ha, village Nkolmebanga, GPS 4.1638, 11.5194`),

  rec('hr_de', f`Kannst du aus diesen Stammdaten eine Willkommens-E-Mail für unseren neuen Lageristen machen? Steuer-ID und Geburtsdatum brauchen wir nur für die Lohnabrechnung, die bitte nicht in die Mail.

Name: Jannik Schröder
Geburtsdatum: ${dob('23.02.1997')}
Steuer-ID: ${v('pii.de_steuer_id', '93 725 046 214')}
Handy: ${phone('0171 4839265', 'DE')}
Private E-Mail: ${mail('jannik.schroeder97@web.de')}
Start: 02.01.2025, Lager Hamburg-Billbrook, Schicht A`),

  rec('travel_at', f`Servus, bitte die Einreiseunterlagen für unseren Servicetechniker zusammenfassen, er fliegt nächste Woche zu einem Kunden nach Riad (Kältemaschinen-Inbetriebnahme):

Name: Florian Gruber
Reisepassnummer: ${pass('P7031846')}
Geburtsdatum: ${dob('08.06.1988')}
SV-Nummer: ${natId('3917 080688')}
Mobil: ${phone('0664 3827194', 'AT')}

Braucht er ein Business-Visum oder reicht das eVisa?`),

  rec('chat_it', f`Ciao, mi aiuti a compilare l'istanza di ammissione al patrocinio a spese dello Stato per un assistito dello sportello legale?

Richiedente: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI84S52D612B')}
Nata a Firenze il ${dob('12/11/1984')}
Telefono: ${phone('347 281 9034', 'IT')}
Reddito ISEE: 9.420 €
Causa: opposizione a decreto ingiuntivo (condominio).`),

  rec('chat_nl', f`Kun je een korte brief maken voor de ouders over de verwijzing naar de orthodontist? Gegevens:
Kind: Daan de Wit, geboortedatum ${dob('4 mei 2014')}
BSN: ${v('pii.nl_bsn', '655997829')}
Ouder: Eva de Wit, ${phone('06 41 83 92 75', 'NL')}
Reden: kruisbeet rechts, diepe beet, ouders willen eerst een second opinion.`),

  rec('chat_sv', f`Hej, vi behöver beställa nya passerkort till signalrummen för två tekniker. Kan du ställa upp det som en lista till säkerhetsavdelningen?

Emil Lundqvist, personnummer ${natId('19870415-3914')}, mobil ${phone('070-286 51 47', 'SE')}
Sara Nyström, personnummer ${natId('19920927-5126')}, mobil ${phone('073-952 61 40', 'SE')}

Båda ska ha behörighet till teknikrummen Odenplan, T-Centralen och Slussen.`),

  rec('chat_no', f`Hei, kan du hjelpe meg med å skrive et brev til Nav om en lærling hos oss på vinlageret? Opplysninger:
Navn: Ingrid Solberg
Fødselsnummer: ${natId('03118239474')}
Fødselsdato: ${dob('03.11.1982')}
Telefon: ${phone('412 83 927', 'NO')}
Hun har vært sykmeldt siden 4. november.`),

  rec('chat_da', f`Hej, kan du lave et kort notat til journalen? Forælderen ringede og ændrede kontaktoplysninger:
Barn: Freja Mikkelsen, CPR ${natId('120316-4846')}
Mor: Louise Mikkelsen, ny mobil ${phone('21 48 37 92', 'DK')}, ny mail ${mail('louise.mikkelsen@hotmail.dk')}
Husk at rette i booking-systemet også.`),

  rec('chat_is', f`Góðan dag, getur þú sett þetta upp sem formlega umsókn um gjafsókn fyrir skjólstæðing okkar?
Nafn: Guðrún Sigurðardóttir
Kennitala: ${natId('270491-3319')}
Fæðingardagur: ${dob('27. apríl 1991')}
Sími: ${phone('+354 862 4193')}
Mál: ágreiningur við leigusala um tryggingarfé (380.000 kr.).`),

  rec('chat_pl', f`Cześć, potrzebuję szybko uzupełnić wniosek o szkolenie SEP dla nowego elektromontera w utrzymaniu sterowania ruchem. Dane:
Imię i nazwisko: Tomasz Wiśniewski
PESEL: ${natId('84051203414')}
Data urodzenia: ${dob('12.05.1984')}
Nr paszportu: ${pass('EA7150392')} (szkolenie częściowo w Niemczech)
Telefon: ${phone('+48 512 384 917')}
Napisz to jako krótki mail do działu kadr.`),

  rec('chat_sk', f`Ahoj, pripravujem podklady pre súd za klientku poradne. Skontroluj mi prosím, či je všetko:
Meno: Katarína Horváthová
Rodné číslo: ${natId('855312/4827')}
Dátum narodenia: ${dob('12. 3. 1985')}
Telefón: ${phone('0905 736 214', 'SK')}
Vec: vypratanie bytu, prenajímateľ nevrátil zábezpeku 1 200 €.`),

  rec('chat_sl', f`Živjo, prosim napiši kratko e-sporočilo novemu serviserju, da mu bomo poslali dostop do aplikacije za delovne naloge. Podatki iz kadrovske:
Ime: Matej Kovačič
EMŠO: ${natId('1203985500127')}
E-pošta: ${mail('matej.kovacic@siol.net')}
Mobilni: ${phone('031 382 917', 'SI')}`),

  rec('chat_bs', f`Zdravo, treba mi pomoć da napišem zahtjev za besplatnu pravnu pomoć za stranku koja je danas bila kod nas:
Ime i prezime: Amra Hodžić
JMBG: ${natId('0807978175016')}
Datum rođenja: ${dob('08.07.1978.')}
Telefon: ${phone('+387 61 482 913')}
Predmet: otkaz ugovora o radu bez obrazloženja.`),

  rec('chat_bg', f`Здравей, можеш ли да оформиш това като кратка бележка за досието на пациента?
Дете: Виктория Петрова Иванова
ЕГН: ${natId('1745126493')}
Дата на раждане: ${dob('12.05.2017')}
Майка: Петя Иванова, тел. ${phone('0888 531 746', 'BG')}
Оплакване: чувствителност на студено, зъб 74.`),

  rec('chat_ru', f`Добрый день. Нужно оформить заявку на пропуск в депо для нового электромеханика СЦБ. Данные:
ФИО: Кузнецов Алексей Игоревич
Дата рождения: ${dob('17.09.1991')}
Паспорт: ${pass('45 19 482731')}, выдан ГУ МВД России по г. Москве 03.10.2016
СНИЛС: ${natId('148-392-617 05')}
Телефон: ${phone('+7 916 482-19-37')}
Составь, пожалуйста, официальный текст заявки.`),

  rec('chat_be', f`Добры дзень! Трэба напісаць ліст у амбасаду для візы нашага інжынера па халадзільным абсталяванні:
Імя: Андрэй Кавалёў
Пашпарт: ${pass('MP3829174')}
Асабісты нумар: ${natId('3250792A011PB7')}
Дата нараджэння: ${dob('25.07.1992')}
Тэлефон: ${phone('+375 29 651-08-37')}
Мэта паездкі: пусканаладка чылераў у ЦАД у Варшаве, 9–13 снежня.`),

  rec('chat_kk', f`Сәлеметсіз бе, жаңа жүргізушіні қоймаға жұмысқа қабылдау үшін бұйрық жобасын жазып беріңізші:
Аты-жөні: Нұрлан Серікұлы Әбдірахманов
ЖСН: ${natId('790624300517')}
Туған күні: ${dob('24.06.1979')}
Телефон: ${phone('+7 701 592 8064')}
Лауазымы: экспедитор-жүргізуші, 2 қаңтардан бастап.`),

  rec('chat_tr', f`Merhaba, kliniğe başvuran danışanın bilgilerini avukat için kısa bir özet haline getirir misin?
Ad Soyad: Elif Yıldırım
T.C. Kimlik No: ${natId('38291746530')}
Doğum tarihi: ${dob('05.08.1993')}
Telefon: ${phone('0532 604 19 58', 'TR')}
Konu: işten çıkarıldı, kıdem tazminatı ödenmedi, 6 yıl çalışmış.`),

  rec('chat_ku', f`Silav, ji kerema xwe vê agahiyê ji bo forma vîzeya karkerê me yê nû yê embarê bi rêk û pêk binivîse:
Nav: Rêbaz Ehmed
Dîroka jidayikbûnê: ${dob('03.04.1994')}
Pasaport: ${pass('A16357098')}
Telefon: ${phone('+964 750 813 6472')}
Ew ê ji bo fuara organîk a li Nurnbergê biçe Almanyayê.`),

  rec('chat_ar', f`مرحباً، أحتاج إلى صياغة طلب تصريح دخول لفني التبريد إلى مركز البيانات لدى العميل في جدة:
الاسم: محمد عبدالله القحطاني
رقم الهوية الوطنية: ${natId('1048273951')}
تاريخ الميلاد: ${dob('14/07/1990')}
رقم الجوال: ${phone('+966 55 207 9316')}
الشركة: بولارويند لأنظمة التبريد
مدة العمل: من ١٥ إلى ١٧ ديسمبر.`),

  rec('chat_he', f`היי, תכתוב לי בבקשה סיכום קצר לתיק של הלקוחה שפנתה לקליניקה לסיוע משפטי:
שם: נועה אברהם
ת"ז: ${natId('318294751')}
תאריך לידה: ${dob('22.09.1988')}
טלפון: ${phone('052-637-0148', 'IL')}
נושא: פינוי מדירה בשכירות מוגנת, קיבלה מכתב התראה לפני 10 ימים.`),

  rec('chat_ur', f`براہ کرم اس ملازم کے کوائف کو ایک باضابطہ ای میل میں لکھ دیں جو ہم بینک کو اکاؤنٹ کھولنے کے لیے بھیجیں گے:
نام: عمران حسین
شناختی کارڈ نمبر: ${natId('35202-7316482-9')}
تاریخ پیدائش: ${dob('21-11-1987')}
موبائل: ${phone('0300 5928164', 'PK')}
عہدہ: گودام سپروائزر، شعبۂ درآمدات (اسلام آباد ویئر ہاؤس)۔`),

  rec('chat_pa', f`ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਕਲਾਇੰਟ ਦੇ ਵੇਰਵਿਆਂ ਤੋਂ ਕਾਨੂੰਨੀ ਸਹਾਇਤਾ ਅਰਜ਼ੀ ਦਾ ਖਰੜਾ ਤਿਆਰ ਕਰੋ:
ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਕੌਰ
ਆਧਾਰ ਨੰਬਰ: ${v('pii.in_aadhaar', '8595 8792 3208')}
ਜਨਮ ਮਿਤੀ: ${dob('05/09/1982')}
ਫ਼ੋਨ: ${phone('+91 98156 30724')}
ਮਾਮਲਾ: ਘਰੇਲੂ ਹਿੰਸਾ, ਸੁਰੱਖਿਆ ਆਦੇਸ਼ ਦੀ ਲੋੜ।`),

  rec('chat_bn', f`মেট্রোর সিগন্যালিং রক্ষণাবেক্ষণ দলে নতুন টেকনিশিয়ানের যোগদানপত্রের জন্য তথ্যগুলো সাজিয়ে দিন:
নাম: রাকিবুল হাসান
জাতীয় পরিচয়পত্র নম্বর: ${natId('6923857140')}
জন্ম তারিখ: ${dob('১২/০৩/১৯৯২')}
মোবাইল: ${phone('01711-592046', 'BD')}
যোগদানের তারিখ: ১ জানুয়ারি ২০২৫`, 'date of birth written in Bengali digits'),

  rec('chat_si', f`කරුණාකර මේ ගොවියාගේ විස්තර අපනයන සහතික ලේඛනයට ගැළපෙන විදිහට ඉංග්‍රීසියෙන් සකස් කරන්න:
නම: ඩබ්ලිව්. එම්. සුනිල් බණ්ඩාර
ජා.හැ.අ. අංකය: ${natId('198512304829')}
උපන් දිනය: ${dob('1985-05-03')}
දුරකථන: ${phone('077 361 8205', 'LK')}
වගාව: කාබනික කුරුඳු, අක්කර 3, මාතලේ.`),

  rec('chat_km', f`សួស្តី សូមជួយរៀបចំព័ត៌មាននេះជាលិខិតអញ្ជើញសម្រាប់ឪពុកម្តាយកុមារ៖
ឈ្មោះកុមារ៖ សុខ ស្រីនីត
ថ្ងៃខែឆ្នាំកំណើត៖ ${dob('15/06/2016')}
ឪពុក៖ សុខ វណ្ណា ទូរស័ព្ទ ${phone('012 735 904', 'KH')}
ការណាត់ជួប៖ ថ្ងៃសុក្រ ម៉ោង ៩ ព្រឹក សម្រាប់ការពិនិត្យធ្មេញ និងលាបហ្វ្លុយអរ។`),

  rec('chat_lo', f`ສະບາຍດີ, ກະລຸນາຊ່ວຍຂຽນອີເມວສັ້ນໆ ເຖິງລູກຄ້າສູນຂໍ້ມູນ ເພື່ອແຈ້ງຂໍ້ມູນຊ່າງທີ່ຈະໄປບຳລຸງຮັກສາເຄື່ອງເຮັດຄວາມເຢັນ:
ຊື່: ທ້າວ ສົມພອນ ວົງສະຫວັນ
ວັນເດືອນປີເກີດ: ${dob('07/10/1989')}
ເບີໂທ: ${phone('020 5593 1846', 'LA')}
ວັນທີໄປ: 10 ທັນວາ, ເວລາ 8:30.`),

  rec('chat_ms', f`Hai, boleh tolong susun maklumat pekerja baharu ni jadi e-mel kepada bahagian gaji?
Nama: Nurul Aisyah binti Hamzah
No. MyKad: ${natId('910818-10-5528')}
Tarikh lahir: ${dob('18 Ogos 1991')}
Telefon: ${phone('012-736 5081', 'MY')}
E-mel: ${mail('nurulaisyah.hamzah@gmail.com')}
Jawatan: Eksekutif Jualan (wain & minuman keras), Bangsar.`),

  rec('chat_mn', f`Сайн байна уу, хууль зүйн туслалцааны төвд хандсан иргэний мэдээллийг шүүхэд өгөх өргөдлийн төсөлд оруулж өгнө үү:
Овог нэр: Батболдын Сарангэрэл
Регистрийн дугаар: ${natId('УЕ88111423')}
Төрсөн огноо: ${dob('1988.11.14')}
Утас: ${phone('+976 9915 4826')}
Асуудал: цалингийн өр, 4 сар цалин аваагүй.`),

  rec('chat_zh_tw', f`請幫我把這位小朋友的資料整理成給家長的回診通知簡訊：
病童：林子晴
出生日期：${dob('2017/08/21')}
家長：林美華\u3000身分證字號 ${natId('F227418305')}
手機：${phone('0912-605-381', 'TW')}
下次回診：12月14日（六）上午10點，塗氟及窩溝封填。`),

  rec('chat_ja', f`来月ドイツのワイナリー視察に行く営業担当の出張申請を作っています。以下の情報で申請書の文面を作ってください。
氏名：佐藤 健太
生年月日：${dob('1987年4月18日')}
旅券番号：${pass('TZ6153087')}
携帯：${phone('090-3576-2418', 'JP')}
メール：${mail('k.sato@vinoimport.co.jp')}
渡航先：ラインガウ、モーゼル（12月2日〜8日）`),

  rec('chat_ko', f`안녕하세요, 소아치과 신규 환자 접수 내용을 정리해 주세요.
환아: 김서윤 (생년월일 ${dob('2018.07.03')})
보호자: 김민준, 주민등록번호 ${natId('870925-1563018')}
연락처: ${phone('010-5297-3184', 'KR')}
내원 사유: 앞니 외상 후 변색, 야간 이갈이.`),

  rec('access_log', f`We think someone is brute-forcing the client portal of the legal aid clinic. Here are the last few failed logins, can you tell me if it looks like one source?

${amb('source_code.snippet', f`2024-12-02T03:14:07Z WARN login_failed user=${mail('m.alvarez@eastside-legal.org')} ip=${ip('185.193.88.41')} ua="python-requests/2.31"
2024-12-02T03:14:09Z WARN login_failed user=${mail('intake@eastside-legal.org')} ip=${ip('185.193.88.41')} ua="python-requests/2.31"
2024-12-02T03:14:12Z WARN login_failed user=${mail('j.nguyen@eastside-legal.org')} ip=${ip('185.193.88.44')} ua="python-requests/2.31"
2024-12-02T03:15:40Z INFO login_ok     user=${mail('d.harris@eastside-legal.org')} ip=${ip('73.158.204.17')} ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`)}`),

  rec('csv', f`Here's our outgrower list for the new avocado collection centre. Can you group them by sub-location and count how many have M-Pesa numbers on file?

${amb('source_code.snippet', f`name,national_id,phone,sub_location,acres
Grace Wanjiru Mwangi,${natId('28471936')},${phone('0722 418 937', 'KE')},Kianjai,1.5
Peter Kinoti Mutuma,${natId('31029485')},${phone('+254 733 609 214')},Kianjai,2.0
Esther Kendi,${natId('25839174')},,Mikinduri,0.8
Joseph Murithi Kaberia,${natId('29374018')},${phone('0711 736 204', 'KE')},Mikinduri,3.2`)}`),

  rec('chat_de', f`Hallo, ich bereite für die Rechtsberatung einen Antrag auf Beratungshilfe vor. Im Formular der Mandantin steht:
Name: Svetlana Becker
Geburtsdatum: ${dob('14.07.1987')} (laut Mandantin ein Tippfehler, richtig sei ${dob('14.07.1978')})
Telefon: ${phone('+49 6131 482930')}
Kannst du mir sagen, ob ich das Formular korrigieren darf oder ob sie es neu unterschreiben muss?`, 'both dates stand under the date-of-birth label: the one the client calls a typo is labelled too'),

  rec('chat', f`Can you write a short message to our field engineer's emergency contact? He had a minor injury at the customer site (slipped on condensate near CRAH-4), he's fine but at urgent care.
Engineer: Tyler Brooks, DOB ${dob('1991-10-02')}
Emergency contact: Megan Brooks (wife), ${phone('+1 707 938 4412')}
Urgent care: Sutter Walk-in, Santa Rosa. We'll arrange a ride home.`),
];

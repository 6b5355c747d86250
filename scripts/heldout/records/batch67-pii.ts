/**
 * Held-out batch 67: personal data in passenger manifests, patient intake notes, artist files,
 * water-utility customer tickets, HR forms and claim files, in many languages. National ids with no
 * engine rule are ambiguous (ambCat). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH67_PII: DraftRecord[] = [
  rec('intake_eu', f`Kaixo, paziente berriaren fitxa hau laburtu dezakezu dermatologoarentzat? Izena eta datuak kendu gabe, mesedez, barne erabilerarako da.

Izena: Maialen Etxeberria Arrieta
NAN: ${v('pii.es_dni', '72841936Q')}
Jaiotze data: ${v('pii.date_of_birth', '1987/06/14')}
Mugikorra: ${phone('688 41 27 95', 'ES')}
Kontsulta-arrazoia: orbain susmagarria bizkarrean, azken 3 hilabeteetan handitu da. Familian melanoma (aita).`),

  rec('manifest_gl', f`Podes revisar esta lista de pasaxeiros da travesía Vigo–Cíes (grupo escolar) e dicirme se falta algún dato obrigatorio?

${amb('source_code.snippet', f`nome;documento;numero;data_nacemento
Brais Lema Castro;NIE;${v('pii.es_nie', 'Y4820193M')};${v('pii.date_of_birth', '03/11/2012')}
Antía Varela Souto;DNI;${v('pii.es_dni', '33519207L')};${v('pii.date_of_birth', '21/08/2012')}
Iago Ferreiro Paz;pasaporte;${v('pii.passport', 'PAF482716')};${v('pii.date_of_birth', '09/02/2013')}
Profesora: Noela Rial;DNI;${v('pii.es_dni', '45092871Z')};`)}`),

  rec('chat_ca', f`Hola! Necessito que em preparis la fitxa de l'actriu per enviar-la a la productora del rodatge a Tarragona:
Nom: Laia Puigdomènech i Serra
DNI: ${v('pii.es_dni', '38205147P')}
Correu: ${v('pii.email', 'laia.puigdomenech@gmail.com')}
Mòbil: ${phone('+34 617 30 48 92')}
Alçada 1,68 · parla català, castellà, anglès i francès.`),

  rec('form_cy', f`Cais WaterSure Cymru – nodiadau'r alwad (please turn into a short case summary in English):

Enw: Gwenllian Morgan
Dyddiad geni: ${v('pii.date_of_birth', '02/09/1958')}
Rhif Yswiriant Gwladol: ${v('pii.uk_nino', 'JH 53 82 14 C')}
Ffôn: ${phone('029 2048 7361', 'GB')}
Yn derbyn Credyd Pensiwn; 4 yn byw yn y tŷ; mesurydd dŵr wedi'i osod 2023.`),

  rec('note_ga', f`Nótaí ón gclinic i nGaillimh – an féidir leat litir atreoraithe a dhréachtú i mBéarla?

Othar: Siobhán Ní Bhriain
Dáta breithe: ${v('pii.date_of_birth', '17/05/1971')}
PPSN: ${ambCat('pii', '8473926EA')}
Fón póca: ${phone('087 316 4829', 'IE')}
Psoiriasis plaque, 40% BSA, níor oibrigh methotrexate. Moltar bitheolaíocht.`, 'Irish PPSN: personal, but no engine rule claims it (ambiguous, no rule id)'),

  rec('chat_mt', f`Bongu! Għandna mużiċist ġdid fl-aġenzija. Agħmel profil qasir bl-Ingliż għall-website (mingħajr in-numru tal-ID u t-telefon):
Isem: Kurt Grech
Karta tal-Identità: ${ambCat('pii', '0348791M')}
Mobile: ${phone('9947 2163', 'MT')}
Email: ${v('pii.email', 'kurt.grech.music@gmail.com')}
Strument: kitarra u vokali, 12-il sena esperjenza f'festivals.`, 'Maltese identity card number: no engine rule (ambiguous)'),

  rec('chat_sq', f`Përshëndetje, pasagjeri ka humbur biletën e tragetit Durrës–Bari. Më ndihmo të shkruaj konfirmimin e rezervimit:
Emri: Erion Hoxha
Nr. pasaporte: ${v('pii.passport', 'BJ4827163')}
Datëlindja: ${v('pii.date_of_birth', '22.10.1990')}
Tel: ${phone('+355 69 284 7315')}
Nisja: 18 prill, ora 22:00, kabinë me 2 shtretër.`),

  rec('chat_bs', f`Zdravo, treba mi kratak e-mail pacijentici da potvrdim termin za krioterapiju u klinici na Ilidži:
Ime: Amra Hodžić
JMBG: ${ambCat('pii', '1403988177521')}
Mob: ${phone('+387 61 482 739')}
E-mail: ${v('pii.email', 'amra.hodzic@bih.net.ba')}
Termin: utorak 8. april u 10:30.`, 'Bosnian JMBG: no engine rule (ambiguous)'),

  rec('chat_ka', f`გამარჯობა! ახალი მსახიობის ანკეტა უნდა შევავსოთ საკასტინგო ბაზაში. მონაცემები:
სახელი: ნინო ბერიძე
პირადი ნომერი: ${ambCat('pii', '01024087315')}
ტელეფონი: ${phone('+995 599 48 27 13')}
ელ-ფოსტა: ${v('pii.email', 'nino.beridze.actor@gmail.com')}
დაწერე მოკლე ბიო ინგლისურად, პირადი ნომრის გარეშე.`, 'Georgian personal number: no engine rule (ambiguous)'),

  rec('chat_hy', f`Բարև, օգնիր վիզայի հրավերի նամակ գրել մեր երգչուհու համար, որը մայիսին Բեռլինում համերգ ունի.
Անուն: Անի Մկրտչյան
Անձնագիր: ${v('pii.passport', 'AV0482716')}
Ծննդյան ամսաթիվ: ${v('pii.date_of_birth', '11.03.1995')}
Հեռ.: ${phone('+374 91 483726')}
Նամակը՝ անգլերեն, պաշտոնական ոճով։`),

  rec('manifest_az', f`Bakı–Kuryk bərəsi üçün sərnişin siyahısı. Sərhəd xidmətinə göndərməzdən əvvəl format düzgündürmü?

No | Soyad, Ad          | Pasport    | Doğum tarixi | Vətəndaşlıq
1  | Məmmədov Elvin     | ${v('pii.passport', 'C04827163')}  | ${v('pii.date_of_birth', '14.02.1986')}   | AZE
2  | Hüseynova Leyla    | ${v('pii.passport', 'C05918274')}  | ${v('pii.date_of_birth', '30.07.1992')}   | AZE
3  | Abenov Nurlan      | ${v('pii.passport', 'N13829461')}  | ${v('pii.date_of_birth', '05.12.1979')}   | KAZ`),

  rec('hr_kk', f`Жаңа инженерді қабылдау туралы бұйрықтың жобасын жазып беріңізші (вакуумдық жабдыққа қызмет көрсету бөлімі):
Аты-жөні: Ерлан Сейтқали
ЖСН: ${ambCat('pii', '910724304821')}
Телефон: ${phone('8 727 318 4926', 'KZ')}
Ұялы: ${phone('+7 701 482 3917')}
Жұмысқа шығу күні: 2025 жылғы 1 сәуір.`, 'Kazakh IIN: no engine rule (ambiguous)'),

  rec('ticket_ky', f`Абонент чалды, арызды кыскача орусча жазып бериңиз:
Аты: Айгүл Токтосунова
Тел.: ${phone('+996 555 184 372')}
Email: ${v('pii.email', 'aigul.toktosunova@mail.kg')}
Дареги: Бишкек, Жал-29 кичи району, 14-үй
Маселе: 3 күндөн бери суу басымы өтө төмөн, 5-кабатка чыкпайт.`),

  rec('ticket_tg', f`Салом, ин шикоятро ба забони русӣ тарҷума кунед:
"Ман Фарзона Раҳимова, телефон ${phone('+992 93 418 2736')}. Ҳисобномаи об барои моҳи феврал 340 сомонӣ омадааст, гарчанде ки ҳисобкунак 12 м³ нишон медиҳад. Лутфан санҷед."`),

  rec('ticket_ps', f`سلام، د دې پېرودونکي شکایت په انګلیسي لنډ کړئ:
نوم: احمد شاه ولي زوی
تلیفون: ${phone('+93 70 418 2736')}
تذکره: ${ambCat('pii', '1401-0100-48273')}
ستونزه: د کارته سخي په سیمه کې درې ورځې اوبه نشته، مېټر نوی لګول شوی.`, 'Afghan e-Tazkira number: no engine rule (ambiguous)'),

  rec('note_prs', f`سلام، لطفاً این یادداشت را برای داکتر جلدی خلاصه کنید:
مریض: مریم احمدی
تاریخ تولد: ${v('pii.date_of_birth', '1990/04/23')}
شماره تماس: ${phone('+93 79 528 3614')}
شکایت: لکه‌های سفید روی دست‌ها از شش ماه پیش، خارش ندارد. احتمال ویتیلیگو.`),

  rec('chat_bn', f`হ্যালো, কলকাতা ক্লিনিকের রোগীর বিমা দাবির ফর্ম পূরণ করতে সাহায্য করুন:
নাম: সুদীপা চক্রবর্তী
আধার নম্বর: ${v('pii.in_aadhaar', '4827 3916 0520')}
মোবাইল: ${phone('+91 98310 48273')}
ইমেল: ${v('pii.email', 'sudipa.chakraborty@rediffmail.com')}
চিকিৎসা: সোরিয়াসিসের জন্য ন্যারোব্যান্ড UVB, ২৪ সেশন।`),

  rec('chat_si', f`ආයුබෝවන්, මේ රෝගියාගේ විස්තර ඉංග්‍රීසියෙන් referral letter එකකට දාන්න:
නම: නිලූකා පෙරේරා
ජා.හැ.අ.: ${ambCat('pii', '199562402817')}
උපන් දිනය: ${v('pii.date_of_birth', '1995-09-16')}
දුරකථන: ${phone('071 528 3946', 'LK')}
රෝග ලක්ෂණ: මුහුණේ කුරුලෑ, මාස 8ක් තිස්සේ ප්‍රතිකාර කළත් සුව නොවේ.`, 'Sri Lankan NIC: no engine rule (ambiguous)'),

  rec('chat_ne', f`नमस्ते, हाम्रो गायकलाई दुबईको कन्सर्टका लागि भिसा आवेदन चाहिन्छ। विवरण:
नाम: प्रज्ञा श्रेष्ठ
राहदानी नं.: ${v('pii.passport', 'PA0482716')}
फोन: ${phone('+977 984-1283746')}
इमेल: ${v('pii.email', 'pragya.shrestha.music@gmail.com')}
कृपया अंग्रेजीमा औपचारिक अनुरोध पत्र लेखिदिनुहोस्।`),

  rec('chat_tl', f`Pakigawa ng maikling email sa pasahero tungkol sa senior citizen discount sa Batangas–Calapan:
Pangalan: Lourdes Mendoza
Kaarawan: ${v('pii.date_of_birth', 'Marso 4, 1956')}
Cellphone: ${phone('0928 361 4827', 'PH')}
Email: ${v('pii.email', 'lourdes.mendoza56@yahoo.com')}
Kailangan niyang ipakita ang OSCA ID sa pier.`),

  rec('chat_ceb', f`Palihug himoi og mubo nga tubag sa pasahero nga nagreklamo nga wala siya makasakay sa barko paingon Tagbilaran. Iyang contact: ${phone('+63 32 418 2736')} ug ${v('pii.email', 'jrbacalso@gmail.com')}. Ingna nga i-rebook siya nga walay bayad.`),

  rec('chat_ms', f`Tolong sediakan surat pengesahan temujanji untuk pesakit klinik Bangsar:
Nama: Nurul Aisyah binti Kamarudin
No. K/P: ${ambCat('pii', '880514-14-5273')}
Tel: ${phone('+60 12-418 2736')}
E-mel: ${v('pii.email', 'nurulaisyah.k@yahoo.com.my')}
Rawatan: rawatan laser parut jerawat, sesi ke-2.`, 'Malaysian MyKad number: no engine rule (ambiguous)'),

  rec('ticket_id', f`Tolong buatkan ringkasan pengaduan pelanggan PDAM ini untuk tim lapangan:
Nama: Bambang Sutrisno
NIK: ${ambCat('pii', '3174052108890003')}
HP: ${phone('+62 812-4837-2916')}
Email: ${v('pii.email', 'bambang.sutrisno89@gmail.com')}
Keluhan: air keruh dan berbau sejak 3 hari, Jl. Kebon Jeruk Raya No. 14.`, 'Indonesian NIK: no engine rule (ambiguous)'),

  rec('chat_vi', f`Nhờ bạn viết tin nhắn nhắc lịch tái khám cho bệnh nhân:
Họ tên: Trần Thị Mai Anh
CCCD: ${ambCat('pii', '079195003481')}
Ngày sinh: ${v('pii.date_of_birth', '12/07/1995')}
SĐT: ${phone('090 418 27 36', 'VN')}
Lịch: 9h sáng thứ Năm, điều trị nám bằng laser.`, 'Vietnamese citizen id (CCCD): no engine rule (ambiguous)'),

  rec('chat_sw', f`Habari, nisaidie kuandika barua pepe ya kuthibitisha tiketi ya feri Dar es Salaam – Zanzibar:
Jina: Rehema Mwakyusa
Pasipoti: ${v('pii.passport', 'TAE048271')}
Simu: ${phone('+255 754 218 736')}
Safari: 19 Aprili, saa 3:30 asubuhi, daraja la VIP.`),

  rec('ticket_rw', f`Muraho, nfasha kwandika igisubizo ku mukiriya wa WASAC: Uwimana Claudine, telefone ${phone('+250 788 418 273')}, email ${v('pii.email', 'claudine.uwimana@gmail.com')}. Avuga ko fagitire y'amazi ya Werurwe iri hejuru cyane. Igisubizo kibe mu Kinyarwanda no mu Cyongereza.`),

  rec('chat_ig', f`Ndewo, biko dee profaịlụ nkenke n'asụsụ Bekee maka onye egwu ọhụrụ anyị:
Aha: Chinedu Okafor
Ụbọchị ọmụmụ: ${v('pii.date_of_birth', '8 Ọktoba 1993')}
Ekwentị: ${phone('+234 803 418 2736')}
Email: ${v('pii.email', 'chinedu.okafor.music@gmail.com')}
Ọ na-akpọ saxophone ma na-abụ abụ highlife.`),

  rec('chat_af', f`Hallo, kan jy asseblief die kontrak-opsomming vir die nuwe akteur in Engels skryf?
Naam: Jaco van der Merwe
ID-nommer: ${ambCat('pii', '8506115123083')}
Selfoon: ${phone('+27 82 418 3926')}
E-pos: ${v('pii.email', 'jaco.vdmerwe@webmail.co.za')}
Rol: ondersteunende rol, 6 draaidae in Kaapstad, Mei 2025.`, 'South African ID number: no engine rule (ambiguous)'),

  rec('claim_he', f`תסכם לי בבקשה את פרטי המבוטח לדוח הראשוני לחברת הביטוח:
שם: יואב כהן, מנכ"ל
ת.ז.: ${ambCat('pii', '318407269')}
נייד: ${phone('+972 52-418-2736')}
משרד: ${phone('03-548-2716', 'IL')}
דוא"ל: ${v('pii.email', 'yoav.cohen@kohen-logistics.co.il')}
האירוע: כופרה בשרת הקבצים, זוהה ב-10.3 בשעה 06:15.`, 'Israeli ID number: no engine rule (ambiguous)'),

  rec('hr_de', f`Bitte formuliere daraus eine kurze Info an die Lohnbuchhaltung, neuer Servicetechniker im Team Lithografie:
Name: Tobias Wendland
Geburtsdatum: ${v('pii.date_of_birth', '19.11.1989')}
Steuer-ID: ${v('pii.de_steuer_id', '47382917561')}
Mobil: ${phone('+49 171 4827361')}
Eintritt: 01.04.2025, Schichtmodell 4-Schicht.`),

  rec('letter_fr', f`Peux-tu rédiger un courrier de prise en charge pour la mutuelle ?
Patiente : Mme Claire Dubois-Martin
N° de sécurité sociale : ${v('pii.fr_nir', '2 84 03 75 056 123 55')}
Née le ${v('pii.date_of_birth', '11 mars 1984')}
Tél. : ${phone('04 91 28 37 46', 'FR')}
Acte : exérèse d'un naevus dysplasique, dos, le 2 avril 2025.`),

  rec('chat_ko', f`환자에게 시술 동의서 안내 문자를 보내야 해요. 정보 정리해서 문안 만들어 주세요.
이름: 김지현
주민등록번호: ${ambCat('pii', '930817-2483015')}
연락처: ${phone('+82 10-4182-7365')}
이메일: ${v('pii.email', 'jihyun.kim93@naver.com')}
시술: 프락셀 레이저, 4월 15일 오후 2시`, 'Korean resident registration number: no engine rule (ambiguous)'),

  rec('chat_pt_br', f`Oi! Preciso preencher o cadastro do novo músico pra emitir o contrato de cachê:
Nome: Rafael Nogueira dos Santos
CPF: ${v('pii.br_cpf', '529.184.730-14')}
Celular: ${phone('+55 21 98418-2736')}
E-mail: ${v('pii.email', 'rafa.nogueira.bateria@gmail.com')}
Pode montar a cláusula de qualificação das partes?`),

  rec('claim', f`Claim intake – first notice of loss (please summarise for the carrier in 5 bullets)

Insured: Hollis & Baker CPA LLC, Columbus OH
Contact: Dana Whitaker, office manager, ${v('pii.email', 'd.whitaker@hollisbakercpa.com')}, ${phone('(617) 482-3917', 'US')}
Incident: a phishing e-mail led to a mailbox takeover; the attacker forwarded 212 client tax files. Affected individuals include the partner, Mark Hollis, SSN ${v('pii.us_ssn', '512-48-3097')}, DOB ${v('pii.date_of_birth', '07/22/1968')}.
Notification counsel engaged 03/13.`),

  rec('referral', f`Please tidy up this referral to the dermatology clinic:

Patient: Oliver Brennan    NHS no. ${v('pii.uk_nhs_number', '640 183 7292')}    DOB ${v('pii.date_of_birth', '28/01/1962')}
Contact: ${phone('+44 7842 615093')} / ${v('pii.email', 'olly.brennan62@btinternet.com')}
Changing pigmented lesion left calf, 7 mm, irregular border. 2WW suspected melanoma pathway.`),

  rec('manifest_lv', f`Sveiki, lūdzu, pārbaudi, vai šis pasažieru saraksts Rīga–Stokholma reisam ir pilnīgs:
1. Kārlis Liepiņš, p.k. ${ambCat('pii', '140789-12040')}, tālr. ${phone('+371 2941 8273')}
2. Anna Liepiņa, p.k. ${ambCat('pii', '220392-15832')}
Automašīna: Škoda Octavia, LX-4821.`, 'Latvian personal codes: no engine rule (ambiguous)'),

  rec('onboarding', f`Payroll onboarding for our Toronto-based voice actor. Draft the welcome email, and remind her we never e-mail the SIN back:
Name: Chloé Gagnon
SIN: ${v('pii.ca_sin', '462 819 376')}
Email: ${v('pii.email', 'chloe.gagnon.voice@videotron.ca')}
Phone: ${phone('+1 514 382 7193')}`),

  rec('chat_lt', f`Sveiki, parašyk pacientui priminimą apie dermatoskopijos vizitą Kaune:
Pacientas: Mindaugas Petrauskas
Asmens kodas: ${ambCat('pii', '48703120484')}
Tel.: ${phone('+370 612 48372')}
El. paštas: ${v('pii.email', 'm.petrauskas@inbox.lt')}
Vizitas: balandžio 9 d. 16:20.`, 'Lithuanian personal code: no engine rule (ambiguous)'),
];

/**
 * Held-out batch 52: personal data in admissions files, rail-workforce lists, seller KYC, vet-clinic
 * client records, subscriber records and drilling-crew paperwork, in many languages. National
 * identifiers without a built-in rule are ambiguous, no rule id. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH52_PII: DraftRecord[] = [
  rec('admissions_summary', f`Can you turn this into a one-paragraph summary for the admissions committee? Leave out the medical bit.

Applicant: Oliver Brandt-Nakamura, entry Grade 7 (Aug 2025)
Date of birth: ${v('pii.date_of_birth', '14/03/2012')}
Nationality: British / Japanese — UK passport ${v('pii.passport', '547192836')}
Current school: St Aldhelm's Primary, Ipswich (reports attached)
Medical form: asthma, inhaler; NHS number ${v('pii.uk_nhs_number', '485 201 9371')}
Parent contact: Dr Miriam Brandt, ${v('pii.email', 'miriam.brandt@nhs-suffolk-mail.co.uk')}, ${phone('07488 213947', 'GB')}
Interview: 6 Feb, online; MAP test scores above grade level in reading and maths.`),

  rec('form_de_at', f`Kannst du mir aus diesen Stammdaten einen Willkommensbrief an die Eltern machen? Nur Vorname des Kindes und Starttermin verwenden.

Schülerin: Lena Hofbauer
Geburtsdatum: ${v('pii.date_of_birth', '14.03.2012')}
Sozialversicherungsnummer: ${ambCat('pii', '7326 140312')}
Erziehungsberechtigte: Mag. Sabine Hofbauer, Tel. ${phone('0676 829 31 47', 'AT')}, ${v('pii.email', 'sabine.hofbauer@gmx.at')}
Eintritt: Grade 6, 3. März 2025`, 'Austrian SVNR: no built-in rule (ambiguous, no rule id)'),

  rec('hr_fr_ch', f`Bonjour, peux-tu préparer la lettre d'engagement pour notre nouveau prof de physique au campus de Lausanne ? Voici ce que les RH m'ont transmis :

M. Julien Perrin, frontalier (domicile : Annemasse)
Né le ${v('pii.date_of_birth', '17.08.1985')}
N° de sécurité sociale (F) : ${v('pii.fr_nir', '1 85 08 74 010 048 66')}
N° AVS : ${ambCat('pii', '756.9182.7364.57')}
Tél. ${phone('+33 6 48 27 39 16')} · ${v('pii.email', 'julien.perrin74@orange.fr')}
Début : 1er août 2025, 100 %`, 'Swiss AHV/AVS number: no built-in rule (ambiguous, no rule id)'),

  rec('application_ja', f`以下の出願者情報を英語の受付確認メールにまとめてください。パスポート番号はメールに入れないでください。

出願者：佐藤 結衣（さとう ゆい）
生年月日：${v('pii.date_of_birth', '2013年5月27日')}
旅券番号：${v('pii.passport', 'TK4827193')}
保護者：佐藤 健一
電話：${phone('090-4827-3916', 'JP')}
メール：${v('pii.email', 'k.sato.family@docomo.ne.jp')}
希望学年：Grade 6（2025年8月入学）`),

  rec('application_ko', f`아래 지원자 정보를 영어로 정리해서 입학 담당자에게 보낼 메모를 만들어 주세요.

학생 이름: 김하은
생년월일: ${v('pii.date_of_birth', '2013.05.27')}
주민등록번호: ${ambCat('pii', '130527-4482913')}
여권번호: ${v('pii.passport', 'M48271936')}
보호자 연락처: ${phone('010-4827-3916', 'KR')}
이메일: ${v('pii.email', 'haeun.mom@naver.com')}
희망 학년: Grade 6, 장학금 신청 예정`, 'Korean resident registration number: no built-in rule'),

  rec('application_kk', f`Мына өтініш иесінің деректерін ағылшын тіліне аударып, кесте етіп беріңізші:

Оқушы: Нұрсұлтанов Әлихан
Туған күні: ${v('pii.date_of_birth', '13.04.2012')}
ЖСН: ${ambCat('pii', '120413504828')}
Төлқұжат: ${v('pii.passport', 'N14827193')}
Әкесінің телефоны: ${phone('+7 701 482 7391')}
Email: ${v('pii.email', 'a.nursultanov@mail.kz')}
Сынып: Grade 7, стипендияға өтінім бар`, 'Kazakh IIN: no built-in rule'),

  rec('application_ar', f`ممكن ترتب هذي البيانات في جدول بالإنجليزي عشان نرسلها لقسم القبول في سالزبورغ؟

اسم الطالب: سلطان أحمد الكعبي
تاريخ الميلاد: ${v('pii.date_of_birth', '2012/09/18')}
رقم الهوية الإماراتية: ${ambCat('pii', '784-2012-8374915-4')}
رقم الجواز: ${v('pii.passport', 'P4827193')}
جوال ولي الأمر: ${phone('+971 50 482 7391')}
الإيميل: ${v('pii.email', 'ahmed.alkaabi82@gmail.com')}`, 'Emirates ID: no built-in rule'),

  rec('application_hi', f`इस आवेदन को अंग्रेज़ी में एक छोटे सारांश में बदल दीजिए, बर्सरी कमेटी के लिए:

छात्र: आरव मेहता, जन्म तिथि ${v('pii.date_of_birth', '02/11/2011')}
पिता: रोहन मेहता, आधार ${v('pii.in_aadhaar', '4827 1936 5027')}
मोबाइल: ${phone('+91 98452 73814')}
ईमेल: ${v('pii.email', 'rohan.mehta.blr@gmail.com')}
वार्षिक आय: ₹38 लाख, दो बच्चे, 60% बर्सरी का अनुरोध`),

  rec('application_es_mx', f`Hola, ¿me ayudas a pasar estos datos a una tabla en inglés para el comité de admisiones?

Alumna: Sofía Hernández Vargas
Fecha de nacimiento: ${v('pii.date_of_birth', '5 de junio de 2012')}
CURP: ${ambCat('pii', 'HEVS120605MMCRLFA7')}
Mamá: Lucía Vargas, cel. ${phone('+52 55 4189 2736')}, ${v('pii.email', 'lucia.vargas.mx@hotmail.com')}
Grado solicitado: 7, solicita beca parcial`, 'Mexican CURP: no built-in rule'),

  rec('application_tr', f`Merhaba, aşağıdaki bilgileri İngilizce bir kabul özeti haline getirebilir misin?

Öğrenci: Deniz Aydın
Doğum tarihi: ${v('pii.date_of_birth', '21.01.2013')}
T.C. Kimlik No: ${ambCat('pii', '38471926550')}
Veli: Elif Aydın, ${phone('+90 532 418 27 39')}, ${v('pii.email', 'elif.aydin@outlook.com.tr')}
Başvurulan sınıf: Grade 6, burs başvurusu var`, 'Turkish TC Kimlik No: no built-in rule'),

  rec('tsv', f`Which of these have a PTS/Sentinel competence expiring before the Felixstowe possession on 15 March?

${amb('source_code.snippet', f`name\tdob\tni_number\tsentinel_no\tcompetence\texpiry
Gary Whitlock\t${v('pii.date_of_birth', '1979-06-02')}\t${v('pii.uk_nino', 'JK482917C')}\t${ambCat('pii', '4821937')}\tPTS, COSS\t2025-03-02
Priya Natarajan\t${v('pii.date_of_birth', '1991-11-23')}\t${v('pii.uk_nino', 'PR 73 41 08 A')}\t${ambCat('pii', '5038271')}\tPTS, Signalling Tester\t2026-01-19
Tomasz Wróbel\t${v('pii.date_of_birth', '1986-04-15')}\t${v('pii.uk_nino', 'WE294817D')}\t${ambCat('pii', '4927105')}\tPTS\t2025-03-11`)}`, 'Sentinel card numbers identify a rail worker; no rule claims them'),

  rec('list_no', f`Kan du lage en ryddig tabell av dette? Det er mannskapslista for nattarbeidet på Narvik stasjon, skal sendes til Bane NOR.

Kjetil Solberg, f.nr. ${ambCat('pii', '14078948389')}, mob. ${phone('+47 928 47 361')}, sikkerhetsvakt
Ingrid Haugland, f.nr. ${ambCat('pii', '22059137445')}, mob. ${phone('412 83 907', 'NO')}, signalmontør
Ole-Martin Eide, f.nr. ${ambCat('pii', '03038426116')}, mob. ${phone('+47 22 84 73 91')} (jobb), leder for arbeid`, 'Norwegian fødselsnummer: no built-in rule'),

  rec('hr_sv', f`Hjälp mig att skriva ett intyg om anställning för vår signaltekniker, hon ska söka lägenhet i Kiruna:

Namn: Maja Lindqvist
Personnummer: ${ambCat('pii', '860912-4832')}
Anställd sedan: 2019-09-01, tillsvidare
Månadslön: 46 800 kr
Kontakt: ${phone('073-482 91 36', 'SE')}, ${v('pii.email', 'maja.lindqvist@nordspor.se')}`, 'Swedish personnummer: no built-in rule'),

  rec('hr_pl', f`Cześć, przygotuj proszę zaświadczenie o zatrudnieniu dla montera, potrzebne do banku:

Pan Krzysztof Zieliński
PESEL: ${ambCat('pii', '88051417383')}
Data urodzenia: ${v('pii.date_of_birth', '14.05.1988')}
Stanowisko: monter urządzeń srk, umowa na czas nieokreślony od 01.04.2021
Tel.: ${phone('+48 601 284 739')}, e-mail: ${v('pii.email', 'k.zielinski@nordspor.pl')}`, 'Polish PESEL: no built-in rule'),

  rec('hr_sl', f`Prosim, napiši potrdilo o zaposlitvi v angleščini za našega tehnika, potrebuje ga za vizum:

Ime in priimek: Luka Kovačič
EMŠO: ${ambCat('pii', '1703985504827')}
Davčna številka: ${ambCat('pii', '48271934')}
Telefon: ${phone('+386 41 827 394')}
Zaposlen od: 15. 5. 2018, tehnik za SV naprave`, 'Slovenian EMŠO and tax number: no built-in rule'),

  rec('vet_fi', f`Voitko kirjoittaa muistutuskirjeen maksamattomasta laskusta? Asiakkaan tiedot:

Omistaja: Jussi Korhonen
Henkilötunnus: ${ambCat('pii', '120587-2742')}
Puh. ${phone('050 482 7193', 'FI')}
Sähköposti: ${v('pii.email', 'jussi.korhonen@elisanet.fi')}
Potilas: Nelli (labradorinnoutaja), hammaskiven poisto 12.12.2024
Avoin summa: 386,40 €`, 'Finnish henkilötunnus: no built-in rule'),

  rec('payroll_nl', f`Kun je dit omzetten naar een nette mail voor de salarisadministratie? Nieuwe dierenartsassistente per 1 februari, kliniek Utrecht:

Naam: Sanne de Boer
Geboortedatum: ${v('pii.date_of_birth', '3 september 1997')}
BSN: ${v('pii.nl_bsn', '482917362')}
Mobiel: ${phone('06-41827395', 'NL')}
Uren: 32 per week, schaal 4`),

  rec('complaint_fr_be', f`Peux-tu m'aider à répondre à cette plainte ? Je veux m'excuser sans reconnaître de faute médicale.

De : Mme Catherine Dumont <${v('pii.email', 'catherine.dumont@skynet.be')}>
Tél. : ${phone('0472 83 19 46', 'BE')}
Objet : Stérilisation de Pixie (chatte, 8 mois)

"Ma chatte a été opérée mardi à la clinique de Liège et elle a eu des vomissements toute la nuit. Personne ne m'a rappelée alors que j'avais laissé trois messages."`),

  rec('vet_es_cl', f`Hola, ¿me ayudai a escribir el recordatorio de vacuna para esta clienta? Que sea cercano.

Tutora: Javiera Soto Fuentes, RUT ${ambCat('pii', '18.274.615-0')}
Cel: ${phone('+56 9 8427 3615')}
Mail: ${v('pii.email', 'javi.soto.f@gmail.com')}
Paciente: Tofu, gato, vacuna triple felina vence el 20/02`, 'Chilean RUT: no built-in rule'),

  rec('ticket', f`Ticket #VT-20931 – please draft a reply

From: Mark Visser <${v('pii.email', 'markvisser1974@ziggo.nl')}>
Phone: ${phone('+31 6 28473916')}
Clinic: Amsterdam-Oost

"My dog Bram had his dental yesterday and the invoice says €640 but the estimate was €420. Nobody told me about the two extractions before. Please call me."

Tone: empathetic, explain that extractions are decided under anaesthesia, offer a call with the vet.`),

  rec('subscriber_de_ch', f`Kannst du aus diesem Abonnentendatensatz einen Brief zum Seniorenrabatt machen? Anrede per Sie.

Abo-Nr. 300517284
Herr Walter Zünd, Rheinstrasse 22, 9442 Berneck
Geburtsdatum: ${v('pii.date_of_birth', '08.02.1948')}
Tel. ${phone('078 614 92 08', 'CH')}
E-Mail: ${v('pii.email', 'w.zuend@bluewin.ch')}
Abo: Print 6 Tage, seit 1981`),

  rec('kyc_it', f`Ciao, la verifica KYC di questa venditrice è bloccata. Mi aiuti a scrivere cosa manca?

Nome: Giulia Rossi
Data di nascita: ${v('pii.date_of_birth', '12/10/1988')}
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSGLI88R52F205U')}
Cellulare: ${phone('+39 333 482 1937')}
Email: ${v('pii.email', 'giulia.rossi.vintage@libero.it')}
Documento caricato: carta d'identità, solo fronte. Volume vendite ultimi 12 mesi: 14.200 €`),

  rec('kyc_pt', f`Olá, um vendedor brasileiro que vive em Lisboa não consegue passar na verificação. Podes ajudar-me a explicar-lhe o que falta?

Nome: Thiago Nascimento
CPF: ${v('pii.br_cpf', '482.917.365-37')}
NIF (PT): ${ambCat('pii', '283746190')}
Telemóvel: ${phone('+351 912 487 365')}
E-mail: ${v('pii.email', 'thiago.nasc@sapo.pt')}
Problema: o nome no comprovativo de morada não coincide com o do documento.`, 'Portuguese NIF: no built-in rule'),

  rec('kyc_el', f`Μπορείς να μεταφράσεις στα αγγλικά αυτά τα στοιχεία για την ομάδα Trust & Safety;

Πωλήτρια: Ελένη Παπαδοπούλου
ΑΜΚΑ: ${ambCat('pii', '14078804821')}
Κινητό: ${phone('+30 694 827 3916')}
Email: ${v('pii.email', 'eleni.papad@yahoo.gr')}
Σημείωση: ανέβασε 40 τσάντες Chanel σε δύο μέρες, ζητήσαμε αποδείξεις αγοράς.`, 'Greek AMKA: no built-in rule'),

  rec('ts_case', f`Summarise this T&S case for the weekly review, 3 bullets, no personal data in the summary:

Case TS-77102 — suspected account takeover
Account: ${v('pii.email', 'jess.okafor93@gmail.com')} (seller since 2021, DOB on file ${v('pii.date_of_birth', '1993-07-30')})
Phone on file: ${phone('+44 7823 419562')}
Logins 17 Jan: ${amb('pii.ip_address', '81.2.69.142')} (Manchester, usual) → 02:14 ${amb('pii.ip_address', '185.193.88.21')} (Frankfurt VPS)
02:16 payout IBAN changed, 02:19 three listings relisted at 40% of price
Action: payout frozen, password reset forced, IBAN change reverted.`),

  rec('crew_ru', f`Помогите оформить список вахты для приглашения на визу в Исландию, по-английски, таблицей:

1. Ковалёв Дмитрий Сергеевич, дата рождения ${v('pii.date_of_birth', '11.02.1982')}, загранпаспорт ${v('pii.passport', '75 4827193')}, бурильщик
2. Гарипов Ринат Ильдарович, дата рождения ${v('pii.date_of_birth', '29.09.1990')}, загранпаспорт ${v('pii.passport', '76 1938472')}, помощник бурильщика
Контакт мастера: ${phone('+7 916 482-73-19')}`),

  rec('hr_is', f`Getur þú sett þetta upp sem formlegt ráðningarbréf á ensku? Nýr jarðfræðingur á Hellisheiði.

Nafn: Sigrún Björk Hallgrímsdóttir
Kennitala: ${ambCat('pii', '071185-2149')}
Sími: ${phone('+354 862 4718')}
Netfang: ${v('pii.email', 'sigrun.bjork@simnet.is')}
Byrjar: 1. mars 2025`, 'Icelandic kennitala: no built-in rule'),

  rec('hr_de_at', f`Servus, bitte schreib mir eine kurze Bestätigung für die Lohnverrechnung. Der Kollege wohnt in Bayern und arbeitet auf der Bohrstelle Garching a.d. Alz, deshalb deutsche Steuer-ID:

Name: Maximilian Obermaier
Geburtsdatum: ${v('pii.date_of_birth', '19.11.1990')}
Steuer-ID: ${v('pii.de_steuer_id', '48619273541')}
Handy: ${phone('0171 4827391', 'DE')}
Eintritt: 01.02.2025, Bohrgehilfe, Schichtbetrieb 12/12`),

  rec('crew_tl', f`Pakiayos po ito bilang table sa English, para sa mobilization ng crew sa Leyte:

1. Rodel Santos – SSS ${ambCat('pii', '34-8271936-4')}, PhilHealth ${ambCat('pii', '12-048271936-5')}, cp ${phone('0917 482 7391', 'PH')}
2. Jun-Jun Dela Cruz – SSS ${ambCat('pii', '33-9182736-1')}, cp ${phone('+63 917 839 2046')}
Lahat ay may valid na BOSIET at medical hanggang Hunyo.`, 'Philippine SSS and PhilHealth numbers: no built-in rule'),

  rec('payroll', f`Set up these two new rig hands in payroll — write me the checklist of what's still missing:

- Travis McAllister (US), SSN ${v('pii.us_ssn', '512-38-4907')}, DOB ${v('pii.date_of_birth', '04/22/1987')}, cell ${phone('+1 720 384 2917')}
- Dylan Fraser (Canada), SIN ${v('pii.ca_sin', '462 817 396')}, DOB ${v('pii.date_of_birth', '1992-10-03')}, cell ${phone('+1 (604) 827-3914')}
Both start on the Hellisheiði rig on 3 March, 28/28 rotation.`),

  rec('hr_es_mx', f`¿Me ayudas a hacer el alta en el IMSS de este trabajador? Dime qué datos faltan.

Nombre: Manuel García López
CURP: ${ambCat('pii', 'GALM870314HMNRPR08')}
RFC: ${ambCat('pii', 'GALM870314QK2')}
NSS: ${ambCat('pii', '48168712935')}
Fecha de nacimiento: ${v('pii.date_of_birth', '14/03/1987')}
Tel.: ${phone('+52 443 318 2749')}
Puesto: operador de perforación, Los Azufres`, 'Mexican CURP, RFC and NSS: no built-in rule'),

  rec('letter', f`Please help me reply to this subscriber, politely but firmly — we can't deliver to a PO box on Saturdays.

"Dear Rheintaler Bote team, I'm an English-speaking subscriber in Heerbrugg and for three weeks the Saturday paper has gone to my neighbour's box. My address is Auerstrasse 7, 9435 Heerbrugg. You can reach me on ${phone('+41 79 482 37 15')} or ${v('pii.email', 'peter.hollis@bluewin.ch')}. — Peter Hollis"`),

  rec('vet_ar', f`ممكن تكتب رسالة تذكير بموعد التطعيم لصاحب القطة؟ بالعربي والإنجليزي.

المالك: خالد المري
الرقم الشخصي (QID): ${ambCat('pii', '28463401927')}
الجوال: ${phone('+974 5548 2913')}
الإيميل: ${v('pii.email', 'khalid.almarri@qatar.net.qa')}
القطة: لولو، تطعيم السعار يوم 25 فبراير`, 'Qatar ID: no built-in rule'),

  rec('log_json', f`Our admissions portal locks parents out after 5 failed logins. Is this person being attacked or just forgot the password?

${amb('source_code.snippet', f`{"ts":"2025-01-19T21:02:11Z","event":"login_failed","user":"${v('pii.email', 'f.van.damme@telenet.be')}","ip":"${amb('pii.ip_address', '91.178.24.203')}","ua":"Safari/17.2 iPhone"}
{"ts":"2025-01-19T21:02:39Z","event":"login_failed","user":"${v('pii.email', 'f.van.damme@telenet.be')}","ip":"${amb('pii.ip_address', '91.178.24.203')}","ua":"Safari/17.2 iPhone"}
{"ts":"2025-01-19T21:04:50Z","event":"account_locked","user":"${v('pii.email', 'f.van.damme@telenet.be')}","ip":"${amb('pii.ip_address', '91.178.24.203')}","failures":5}`)}`),

  rec('application_fr_be', f`Peux-tu m'aider à remplir le formulaire de pré-inscription à partir de ce mail d'un parent ?

"Bonjour, nous souhaitons inscrire notre fils Arthur Lemaire (né le ${v('pii.date_of_birth', '2 septembre 2013')}, n° de registre national ${ambCat('pii', '13.09.02-164.44')}) en Grade 6 à Lausanne. Nous déménageons de Namur en juillet. Mon numéro : ${phone('+32 478 29 61 53')}. Bien à vous, Frédéric Lemaire"`, 'Belgian national register number: no built-in rule'),
];

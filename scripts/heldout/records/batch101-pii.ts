/**
 * Held-out batch 101: personal data in vaccination registers, laundry staff HR files, drone pilot
 * rosters, importer contacts, ticketing complaints and fund paperwork, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH101_PII: DraftRecord[] = [
  rec('register_sw', f`Tafadhali nisaidie kuandika ujumbe wa SMS wa kukumbusha wazazi kuhusu dozi ya pili ya surua. Mfano wa rekodi kutoka rejista ya kliniki ya Kisumu:

Mtoto: Baraka Otieno
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '14/03/2023')}
Mzazi: Achieng Otieno, simu ${phone('+254 722 418 906')}
Dozi ya kwanza: 12/12/2023 — dozi ijayo: 14/12/2024`),

  rec('register_rw', f`Ndashaka kwandika raporo y'abana batakingiwe neza mu Karere ka Nyagatare. Urugero:
Izina ry'umwana: Ishimwe Gisele, yavutse ku wa ${v('pii.date_of_birth', '2 Gicurasi 2023')}
Umubyeyi: Mukamana Claudine — telefoni ${phone('+250 783 206 519')}
Urukingo rwabuze: Penta 3`),

  rec('register_ne', f`कृपया यो खोप अनुगमन टिप्पणीलाई अंग्रेजीमा अनुवाद गरिदिनुहोस्:

बच्चाको नाम: आयुष थापा, जन्म मिति: ${v('pii.date_of_birth', '२०८० असार १२')}
अभिभावक: सीता थापा, मोबाइल ${phone('+977 984 127 3650')}
ठेगाना: लेखनाथ-५, कास्की
छुटेको खोप: दादुरा-रुबेला दोस्रो मात्रा`),

  rec('hr_en_gb', f`Please draft a return-to-work letter for one of our laundry operatives after her shoulder injury on the ironer:

Name: Kerry-Ann McBride
NI number: ${v('pii.uk_nino', 'WX 98 49 00 B')}
NHS number: ${v('pii.uk_nhs_number', '984 649 0380')}
Date of birth: ${v('pii.date_of_birth', '07/08/1979')}
Phased return from 2 December: 4-hour shifts, no lifting above shoulder height for 4 weeks.`),

  rec('hr_de', f`Bitte eine kurze Bestätigung für die Lohnbuchhaltung formulieren. Neue Mitarbeiterin in der Krankenhauswäscherei Ulm:
Name: Svetlana Kowalenko
Geburtsdatum: ${v('pii.date_of_birth', '23.04.1986')}
Steuer-ID: ${v('pii.de_steuer_id', '90845464211')}
Telefon: ${phone('+49 176 3482 9105')}
Eintritt: 01.12.2024, Schicht Früh (05:30–14:00)`),

  rec('form_fr', f`Pouvez-vous vérifier que ce formulaire d'inscription au programme de vaccination des agents de blanchisserie est complet ?
Nom : Moreau, Élise
N° de sécurité sociale : ${v('pii.fr_nir', '2 84 06 75 112 034 64')}
Née le ${v('pii.date_of_birth', '19 juin 1984')} à Lyon
Portable : ${phone('+33 6 41 27 83 95')}
Vaccins demandés : hépatite B (rappel), grippe saisonnière`),

  rec('chat_es', f`Necesito una autorización para que un compañero recoja en la Agencia de Seguridad Aérea mi certificado de piloto de drones. Mis datos: Javier Ruiz Peña, DNI ${v('pii.es_dni', '43247022F')}. Mi compañero: Andrei Popescu, NIE ${v('pii.es_nie', 'Y4393661P')}. Redáctala en tono formal.`),

  rec('form_it', f`Modulo assunzione — guida visite Duomo (stagione 2025)
Cognome e nome: Bianchi Marco
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCMRC72C14F839S')}
Nato il ${v('pii.date_of_birth', '14/03/1972')} a Napoli
Cellulare: ${phone('+39 333 571 2084')}
Email: ${v('pii.email', 'marco.bianchi72@libero.it')}

Mi prepari una lettera di benvenuto con gli orari della formazione?`),

  rec('letter_nl', f`Kun je deze brief over de loonbeslag controleren op taal?

Betreft: medewerker wasserij, dhr. R. Vermeulen
BSN: ${v('pii.nl_bsn', '732688462')}
Geboortedatum: ${v('pii.date_of_birth', '3 november 1991')}
Wij houden vanaf december € 215,00 per maand in op het nettoloon.`),

  rec('chat_pt_br', f`Preciso preencher a ficha de cadastro de um novo fornecedor de café (produtor pessoa física) do Cerrado Mineiro:
Nome: Joaquim Ferreira de Souza
CPF: ${v('pii.br_cpf', '567.582.031-07')}
Celular: ${phone('+55 34 99127-4580')}
Fazenda Boa Esperança, Patrocínio – MG
Pode revisar se falta algum campo obrigatório para nota fiscal de produtor rural?`),

  rec('chat_hi', f`भैया, ड्रोन पायलट के रिमोट पायलट सर्टिफिकेट के लिए DGCA पोर्टल पर आवेदन कर रहा हूँ। आधार नंबर ${v('pii.in_aadhaar', '3638 4619 6048')} डाला तो "OTP not received" आ रहा है। आधार से जुड़ा मोबाइल ${phone('+91 98452 17306')} है। क्या करूँ?`),

  rec('benefits_us', f`Can you rewrite this as a short checklist for our HR vendor? New drone operations technician in Dallas:
Name: Tyrell Jackson
SSN: ${v('pii.us_ssn', '113-16-5900')}
DOB: ${v('pii.date_of_birth', '02/27/1995')}
Phone: ${phone('(469) 382-7104', 'US')}
Benefits start 01/01/2025, dental + vision, one dependent.`),

  rec('onboarding_qc', f`Bonjour, pouvez-vous rédiger un courriel de bienvenue pour notre nouvelle préposée à la buanderie de l'hôpital de Sherbrooke?
Nom : Geneviève Lapointe
NAS : ${v('pii.ca_sin', '396 190 530')}
Cellulaire : ${phone('(819) 574-2938', 'CA')}
Début : lundi 9 décembre, quart de soir.`),

  rec('passport_en_lk', f`Kindly prepare a visa support letter for our tea taster travelling to the Hamburg coffee and tea fair:
Name: Dilani Perera
Passport No: ${v('pii.passport', 'N8429317')} (Sri Lanka)
Date of birth: ${v('pii.date_of_birth', '11 September 1988')}
Mobile: ${phone('+94 77 318 4402')}
Dates: 10–16 February 2025`),

  rec('travel_pt', f`Preciso de um e-mail para a embaixada confirmando a viagem do nosso técnico de voo de drones para Moçambique. Nome: Ricardo Almeida Costa, passaporte português n.º ${v('pii.passport', 'CB418273')}, nascido a ${v('pii.date_of_birth', '30/01/1990')}.`),

  rec('csv', f`Remove duplicates from this volunteer list for the measles campaign and sort by district:

${amb('source_code.snippet', f`name,district,phone,email
Amina Yusuf,Kano Municipal,${phone('+234 803 418 2675')},${v('pii.email', 'amina.yusuf@gmail.com')}
Chinedu Okafor,Nassarawa,${phone('+234 806 731 0492')},${v('pii.email', 'c.okafor@yahoo.com')}
Amina Yusuf,Kano Municipal,${phone('+234 803 418 2675')},${v('pii.email', 'amina.yusuf@gmail.com')}
Halima Bello,Fagge,${phone('+234 813 520 9476')},${v('pii.email', 'halimabello90@gmail.com')}`)}`),

  rec('ticket_en_au', f`Ticket #CT-2291 — Complaint: tower tour cancelled
From: Lachlan Whitford <${v('pii.email', 'lachie.whitford@bigpond.com')}>
Phone: ${phone('0412 583 920', 'AU')}

"We drove three hours from Bendigo for the 2pm tower tour and were told at the door it was cancelled due to wind. Nobody emailed us. I want a full refund and an apology."

Write a sympathetic reply offering a refund and two complimentary passes.`),

  rec('signature_sv', f`Kan du göra om signaturen så den passar i Outlook?

Vänliga hälsningar
Malin Engström
Tvätteriansvarig, Region Uppsala – Textilservice
Tel: ${phone('+46 18 611 42 37')}
Mobil: ${phone('070-284 61 93', 'SE')}
${v('pii.email', 'malin.engstrom@regionuppsala.se')}`),

  rec('signature_fi', f`Ystävällisin terveisin
Juha Kettunen
Lentotoiminnan päällikkö, Skyparcel Finland Oy
puh. ${phone('+358 40 718 2394')}
${v('pii.email', 'juha.kettunen@skyparcel.fi')}

Voisitko kääntää tämän allekirjoituksen englanniksi?`),

  rec('chat_tr', f`Katedral müzesi için rehber başvurusu yapan adayın bilgilerini özetler misin? Ad: Elif Demir, doğum tarihi ${v('pii.date_of_birth', '05.10.1997')}, telefon ${phone('+90 532 418 27 63')}, e-posta ${v('pii.email', 'elifdemir97@hotmail.com')}. Almanca ve İngilizce biliyor.`),

  rec('chat_ru', f`Помогите составить уведомление сотруднику прачечной больницы о переводе на другую смену. Сотрудник: Петров Алексей Викторович, дата рождения ${v('pii.date_of_birth', '12.02.1983')}, телефон ${phone('+7 916 482 17 39')}. Перевод с 1 января на ночную смену.`),

  rec('chat_kk', f`Сәлем! Дрон операторы лауазымына кандидаттың түйіндемесін қысқаша жазып беріңізші: Нұрлан Сейітов, туған күні ${v('pii.date_of_birth', '1994 жылғы 8 наурыз')}, тел. ${phone('+7 701 482 6139')}, email ${v('pii.email', 'nurlan.seitov@mail.kz')}.`),

  rec('chat_id', f`Tolong buatkan surat keterangan kerja untuk staf gudang kopi kami: Nama Rahmat Hidayat, lahir di Medan tanggal ${v('pii.date_of_birth', '17 Agustus 1990')}, HP ${phone('+62 812 6437 2085')}, bekerja sejak Maret 2018 sebagai kepala gudang.`),

  rec('chat_tl', f`Pakigawa naman ng maikling endorsement letter para sa aming drone pilot: Mark Anthony Villanueva, ipinanganak noong ${v('pii.date_of_birth', 'Hunyo 4, 1996')}, cellphone ${phone('+63 917 482 3061')}. Lisensyado siya sa CAAP mula 2022.`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-11-21T06:14:33.120Z","level":"warn","svc":"booking","msg":"delivery contact unreachable","order":"SPK-AU-118204","recipient":{"name":"Priya Nair","phone":"${phone('+61 423 918 467')}","email":"${v('pii.email', 'priya.nair@outlook.com')}"},"client_ip":"${amb('pii.ip_address', '203.45.112.87')}"}`)}
Why would the SMS gateway mark this as unreachable? The number looks fine.`),

  rec('chat_ko', f`성당 야간 투어 예약자 명단에서 연락처 형식을 통일하고 싶어요.
김서연 ${phone('010-4827-3916', 'KR')} ${v('pii.email', 'seoyeon.kim@naver.com')}
박준호 ${phone('+82 10 5193 2740')} ${v('pii.email', 'junho.park88@gmail.com')}
이민지 ${phone('010 2938 6471', 'KR')}
모두 +82 10-XXXX-XXXX 형식으로 바꿔 주세요.`),

  rec('chat_ar_ye', f`أرجو مساعدتي في صياغة رسالة شكر للعاملة الصحية في حملة التطعيم بمديرية المعافر. الاسم: أمة الرحمن عبده سعيد، تاريخ الميلاد ${v('pii.date_of_birth', '1992/05/14')}، الهاتف ${phone('+967 771 384 205')}.`),

  rec('chat_am', f`እባክዎ ለክትባት ዘመቻው በጎ ፈቃደኛ የምስጋና ደብዳቤ ይጻፉልኝ። ስም፦ ሰላማዊት ተስፋዬ፣ ስልክ ${phone('+251 911 842 307')}፣ ኢሜይል ${v('pii.email', 'selamawit.tesfaye@gmail.com')}። በጅማ ዞን ሶስት ሳምንት ሰርታለች።`),

  rec('chat_so', f`Fadlan ii qor farriin SMS ah oo loo dirayo waalidka ilmaha: Ilmaha Cabdiraxmaan Xasan, dhashay ${v('pii.date_of_birth', '03/07/2023')}, hooyadiis Faadumo Cali, telefoon ${phone('+252 61 5283947')}. Tallaalka dabaysha (polio) ee labaad waa 10 Disembar.`),

  rec('chat_lg', f`Nsaba onnyambe okuwandiika ebbaluwa eri omuzadde: Omwana Nakato Sharifah, yazaalibwa nga ${v('pii.date_of_birth', '21/09/2023')}, maama we Namubiru Aisha, essimu ${phone('+256 772 483 916')}. Ekigema ky'olukusense kiri nga 5 Desemba.`),

  rec('chat_zu', f`Ngicela ungibhalele incwadi yokuqashwa kwesisebenzi selondolo yezingubo esibhedlela: uThandeka Mkhize, wazalwa ngomhla ka-${v('pii.date_of_birth', '12 Mashi 1988')}, ucingo ${phone('+27 82 491 7350')}. Uqala umsebenzi ngo-1 Januwari.`),

  rec('chat_pl', f`Proszę o przetłumaczenie na angielski danych kontaktowych naszego przedstawiciela w fundzie do raportu dla LP: Tomasz Zieliński, tel. ${phone('+48 601 284 739')}, e-mail ${v('pii.email', 't.zielinski@ardmore-gp.com')}, PESEL ${ambCat('pii', '85071203458')}.`, 'Polish PESEL: personal, no built-in rule (ambiguous category span)'),

  rec('chat_ro', f`Vă rog să redactați o adeverință de salariat pentru o angajată a spălătoriei spitalului: Ioana Munteanu, născută la ${v('pii.date_of_birth', '28 februarie 1987')}, telefon ${phone('+40 721 384 952')}, angajată din 2015.`),

  rec('chat_vi', f`Bạn giúp mình viết tin nhắn nhắc lịch tiêm cho phụ huynh nhé: Bé Nguyễn Gia Hân, sinh ngày ${v('pii.date_of_birth', '09/06/2023')}, mẹ là chị Trần Thị Mai, SĐT ${phone('+84 912 483 615')}. Mũi sởi lúc 18 tháng.`),

  rec('chat_mn', f`Эмнэлгийн угаалгын газрын ажилтны ажлын тодорхойлолт бичиж өгнө үү: Батбаярын Оюунчимэг, төрсөн огноо ${v('pii.date_of_birth', '1985 оны 4 сарын 17')}, утас ${phone('+976 9911 4827')}.`),
];

/**
 * Held-out batch 54: personal data in hospice referrals, crew lists, immigration case notes, player
 * support tickets, lab staff records and library registrations, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH54_PII: DraftRecord[] = [
  // ---- hospice and palliative-care charity ----
  rec('referral', f`Can you turn this GP referral into a short handover for the community nursing team? Keep the clinical bits, drop the admin.

Patient: Mr Dennis Hartley
NHS number: ${v('pii.uk_nhs_number', '192 646 0650')}
DOB: ${v('pii.date_of_birth', '14/03/1946')}
Address: 27 Kestrel Way, Colne, BB8 0QT
Diagnosis: metastatic prostate cancer, bone mets, increasing pain despite MST 30 mg bd
Lives with wife (Maureen, main carer). Son's mobile: ${phone('07824 519 306', 'GB')}
Preferred place of death: home. DNACPR in place.`),

  rec('note_gd', f`Sgrìobh geàrr-chunntas goirid ann am Beurla airson na sgioba oidhche, mas e do thoil e:

Euslainteach: Peigi NicLeòid
Àireamh CHI: ${ambCat('pii', '1203417286')}
Ceann-latha breith: ${v('pii.date_of_birth', '12/03/1941')}
Fòn an nighinn: ${phone('01851 703 418', 'GB')}
Tha i a' fuireach leatha fhèin ann an Nis. Tha am pian nas fheàrr bho chaidh am patch atharrachadh Diluain.`, 'Scottish CHI number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('hr_ga', f`Cabhraigh liom ríomhphost fáilte a scríobh as Béarla don altra nua. Seo na sonraí ón bhfoirm:

Ainm: Caoimhe Ní Bhriain
Uimhir PPS: ${ambCat('pii', '7183294QA')}
Fón póca: ${phone('087 314 2296', 'IE')}
Ríomhphost: ${v('pii.email', 'caoimhe.nibhriain@gmail.com')}
Tosú: 2 Nollaig, aonad cúraim othar cónaitheach, seal oíche`, 'Irish PPS number: no built-in rule (ambiguous, no rule id)'),

  rec('csv', f`Bereavement team: please split this list into those who asked for a call and those who only want the newsletter.

${amb('source_code.snippet', f`name,relationship,email,phone,contact_pref
Janet Ormerod,wife,${v('pii.email', 'janet.ormerod@btinternet.com')},${phone('01282 614 397', 'GB')},call
Kieran Walsh,son,${v('pii.email', 'kwalsh1979@outlook.com')},${phone('+44 7911 284 635')},newsletter
Priya Chauhan,daughter,${v('pii.email', 'priya.chauhan@nhs.net')},${phone('07463 918 220', 'GB')},call`)}`),

  rec('form', f`DBS application checklist for a new shop volunteer — can you tell me what's still missing?

Full name: Barbara Anne Liddle
Date of birth: ${v('pii.date_of_birth', '02 August 1957')}
National Insurance number: ${v('pii.uk_nino', 'JH 41 73 92 C')}
Current address: 4 Bankhead Road, Aberdeen AB21 9HQ (since 2009)
Home phone: ${phone('+44 1224 558 193')}
ID seen: passport, council tax bill`),

  // ---- container shipping line: crewing desk ----
  rec('crew_list_uk', f`Перевір, будь ласка, crew list для агента в Роттердамі — чи всі паспорти дійсні ще щонайменше 6 місяців після 15.12.2024?

${amb('source_code.snippet', f`№;Прізвище, ім'я;Посада;Дата народження;Паспорт;Дійсний до;Seaman's book
1;Коваленко Андрій;Master;${v('pii.date_of_birth', '03.05.1976')};${v('pii.passport', 'FT482917')};11.09.2027;${ambCat('pii', 'AB 041827')}
2;Бондар Сергій;Ch. Officer;${v('pii.date_of_birth', '21.11.1983')};${v('pii.passport', 'GC731046')};02.03.2025;${ambCat('pii', 'AB 052913')}
3;Ткачук Віталій;2/E;${v('pii.date_of_birth', '17.07.1990')};${v('pii.passport', 'FA295384')};28.06.2029;${ambCat('pii', 'AB 067241')}`)}`, "seaman's book numbers: identity documents without a rule (ambiguous, no rule id)"),

  rec('cv_ru', f`Сделай из этого резюме моряка короткую анкету на английском для судовладельца:

Петров Алексей Николаевич
Дата рождения: ${v('pii.date_of_birth', '9 апреля 1981 г.')}
Должность: старший механик, 12 лет стажа, суда-контейнеровозы до 8 500 TEU
Тел.: ${phone('+7 912 384-27-15')}
Эл. почта: ${v('pii.email', 'a.petrov.chief@mail.ru')}
Двигатели: MAN B&W 8S80ME-C, Wärtsilä RT-flex`),

  rec('sign_on_id', f`Mohon dibantu cek daftar kru yang akan naik kapal di Tanjung Priok tanggal 4 Desember. Ada yang paspornya hampir habis?

1. Budi Santoso – Bosun – lahir ${v('pii.date_of_birth', '14-02-1979')} – paspor ${v('pii.passport', 'C4827319')} (berlaku s/d 03-2025) – HP ${phone('+62 812-8374-2916')}
2. Agus Wibowo – AB – lahir ${v('pii.date_of_birth', '30-08-1992')} – paspor ${v('pii.passport', 'E7391846')} (berlaku s/d 11-2028) – HP ${phone('0813 9472 6158', 'ID')}`),

  rec('chat_vi', f`Viết giúp tôi một tin nhắn bằng tiếng Anh cho thuyền trưởng, báo rằng thông tin liên lạc khẩn cấp của thủy thủ Nguyễn Văn Hùng đã được cập nhật:

Người liên hệ: Trần Thị Mai (vợ)
Điện thoại: ${phone('+84 912 384 726')}
Email: ${v('pii.email', 'tranthimai.hp@gmail.com')}
Địa chỉ: số 18 ngõ 42 Lạch Tray, Ngô Quyền, Hải Phòng`),

  rec('email_lt', f`Sveiki,

gavėjo kontaktai konosamentui NVLKLP2411072 pasikeitė. Prašome atnaujinti pranešimą apie atvykimą:
Kontaktinis asmuo: Rūta Jankauskienė
Tel.: ${phone('+370 612 48 395')}
El. paštas: ${v('pii.email', 'ruta.jankauskiene@baltfood.lt')}

Ar galėtum išversti į anglų kalbą mūsų klientų aptarnavimo komandai?`),

  rec('email_si', f`කරුණාකර මේ විස්තර ඉංග්‍රීසි ඊමේල් එකකට හරවන්න. කොළඹ වරායේදී නැවට නගින නාවිකයාගේ තොරතුරු:

නම: ඩබ්ලිව්. ඒ. චමින්ද පෙරේරා
උපන් දිනය: ${v('pii.date_of_birth', '1988-06-21')}
ගමන් බලපත්‍ර අංකය: ${v('pii.passport', 'N8274913')}
දුරකථන: ${phone('+94 77 318 4926')}`),

  rec('chat_ta', f`இந்த விவரங்களை வைத்து DG Shipping போர்ட்டலுக்கான ஆங்கில கவர் லெட்டர் எழுதவும்:

பெயர்: செந்தில் குமார் ராமசாமி
பிறந்த தேதி: ${v('pii.date_of_birth', '07/11/1986')}
ஆதார் எண்: ${v('pii.in_aadhaar', '7168 3260 8759')}
INDoS எண்: ${ambCat('pii', '11NL4829')}
கைபேசி: ${phone('+91 98403 17265')}`, 'INDoS seafarer number: no built-in rule (ambiguous, no rule id)'),

  rec('email', f`Dear Sir/Madam,

We request a C1/D crew visa appointment for our seafarer joining MV Norvale Horizon at Savannah on 18 January.

Name: Rajesh Kumar Nair
Date of birth: ${v('pii.date_of_birth', '19 Oct 1984')}
Passport No.: ${v('pii.passport', 'T4829173')}, issued at Kochi, valid till 2031
CDC No.: ${ambCat('pii', 'MUM 184729')}
Rank: Third Officer

→ please polish this for the US consulate in Mumbai, keep it formal (Indian English is fine)`, 'CDC (continuous discharge certificate) number: no rule (ambiguous, no rule id)'),

  // ---- law firm, immigration practice ----
  rec('case_note', f`Turn this into a checklist of documents still needed for the ILR application:

Client: Oluwaseun Adebayo
DOB: ${v('pii.date_of_birth', '28/01/1989')}
Nigerian passport: ${v('pii.passport', 'B04827391')}
BRP: ${ambCat('pii', 'ZX4829173')} (expires 31/12/2024)
NI number: ${v('pii.uk_nino', 'SR 82 19 46 A')}
Mobile: ${phone('07463 285 914', 'GB')} · Email: ${v('pii.email', 'seun.adebayo89@yahoo.co.uk')}
Continuous residence since 14/09/2019 (Skilled Worker). Two absences > 60 days in 2021 (Lagos, family bereavement).`, 'BRP number: identity document without a rule (ambiguous, no rule id)'),

  rec('chat_ur', f`اس کلائنٹ کی معلومات سے ویزا فارم کے لیے انگریزی میں خلاصہ بنا دیں:

نام: محمد عثمان خان
تاریخ پیدائش: ${v('pii.date_of_birth', '15-08-1993')}
شناختی کارڈ نمبر: ${ambCat('pii', '35202-4827391-5')}
پاسپورٹ نمبر: ${v('pii.passport', 'AB4827391')}
موبائل: ${phone('+92 300 4827391')}
اہلیہ کی درخواست اسپاؤز ویزا کے لیے ہے۔`, 'Pakistani CNIC: no built-in rule (ambiguous, no rule id)'),

  rec('chat_pa', f`ਇਸ ਜਾਣਕਾਰੀ ਤੋਂ ਵਿਜ਼ਟਰ ਵੀਜ਼ਾ ਲਈ ਸਪਾਂਸਰ ਲੈਟਰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਬਣਾਓ:

ਮਹਿਮਾਨ: ਗੁਰਮੀਤ ਕੌਰ ਗਿੱਲ (ਮਾਤਾ ਜੀ)
ਜਨਮ ਮਿਤੀ: ${v('pii.date_of_birth', '05/02/1958')}
ਪਾਸਪੋਰਟ: ${v('pii.passport', 'P4829173')}
ਆਧਾਰ: ${v('pii.in_aadhaar', '2721 0310 7738')}
ਫ਼ੋਨ (ਜਲੰਧਰ): ${phone('+91 98155 20473')}
ਸਪਾਂਸਰ: ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ, ਬਰਮਿੰਘਮ`),

  rec('chat_hy', f`Օգնիր կազմել անգլերեն ամփոփում ընտանիքի վերամիավորման դիմումի համար.

Դիմող՝ Անահիտ Սարգսյան
Ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '23.06.1995')}
Անձնագիր՝ ${v('pii.passport', 'AT0482917')}
Հեռախոս՝ ${phone('+374 91 482736')}
Ամուսինը Լոնդոնում է 2021 թվականից։`),

  rec('chat_ka', f`გთხოვ, ეს მონაცემები ინგლისურ ცხრილად გადააკეთე სასწავლო ვიზის განაცხადისთვის:

სახელი, გვარი: გიორგი კაპანაძე
დაბადების თარიღი: ${v('pii.date_of_birth', '11.09.2002')}
პირადი ნომერი: ${ambCat('pii', '01024082917')}
პასპორტი: ${v('pii.passport', '17AB48291')}
ტელეფონი: ${phone('+995 599 28 47 13')}`, 'Georgian personal number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_az', f`Bu məlumatlardan müştərinin vəkalətnaməsi üçün ingiliscə mətn hazırla:

Ad, soyad: Leyla Hüseynova
Doğum tarixi: ${v('pii.date_of_birth', '04.12.1990')}
Pasport: ${v('pii.passport', 'C04827391')}
FİN: ${ambCat('pii', '5ZK82PT')}
Telefon: ${phone('+994 50 284 17 36')}`, 'Azerbaijani FIN code: no built-in rule (ambiguous, no rule id)'),

  rec('chat_tr', f`Bu bilgileri kullanarak Birleşik Krallık Global Talent başvurusu için İngilizce bir özet paragraf yazar mısın?

Ad Soyad: Elif Yıldırım
Doğum tarihi: ${v('pii.date_of_birth', '17 Mart 1991')}
T.C. Kimlik No: ${ambCat('pii', '41827396504')}
Pasaport No: ${v('pii.passport', 'U18273946')}
Cep: ${phone('+90 532 418 27 93')}
E-posta: ${v('pii.email', 'elif.yildirim.phd@gmail.com')}`, 'Turkish national ID number: no built-in rule (ambiguous, no rule id)'),

  rec('whatsapp_en_ng', f`Client WhatsApp, please summarise for the file and list what he is asking:

"Good evening ma. Its me Chukwuemeka Obi, my NIN is ${ambCat('pii', '48291736504')} and my new passport number is ${v('pii.passport', 'A09281736')}, the old one was seized by the embassy. Born ${v('pii.date_of_birth', '2nd June 1987')}. Abeg can you tell the Home Office I have changed my number to ${phone('+234 803 418 2758')}. My wife dependant application we submitted in August is still pending."`, 'Nigerian NIN: no built-in rule (ambiguous, no rule id)'),

  rec('chat_fr', f`Peux-tu rédiger en anglais une attestation d'hébergement pour le dossier de visa de notre cliente ? Elle sera hébergée par sa tante en France :

Hébergeante : Mme Samia Haddad, née le ${v('pii.date_of_birth', '9 septembre 1987')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 87 09 75 118 042 68')}
Téléphone : ${phone('+33 6 48 27 19 53')}
Adresse : 14 rue des Tanneurs, 93100 Montreuil`),

  rec('chat_es', f`Necesito un resumen en inglés para la solicitud del EU Settlement Scheme del cónyuge. Datos del cliente (ciudadano español):

Nombre: Javier Morales Cuesta
DNI: ${v('pii.es_dni', '50272620W')}
Fecha de nacimiento: ${v('pii.date_of_birth', '03/04/1986')}
Móvil: ${phone('+34 622 48 19 37')}
Residencia en Reino Unido desde marzo de 2018.`),

  // ---- mobile game publisher ----
  rec('ticket_ko', f`[개인정보 열람 요청] 티켓 #KR-90522
요청자 이메일: ${v('pii.email', 'minji.park0312@naver.com')}
연락처: ${phone('010-4827-3916', 'KR')}
마지막 로그인 IP: ${amb('pii.ip_address', '121.134.58.203')}

개인정보보호법에 따라 보관 중인 개인정보 사본을 요청했습니다. 30일 이내에 보내야 하는 답변 템플릿을 만들어 주세요.`),

  rec('ticket_ja', f`【年齢確認】お問い合わせ #JP-558940
保護者の方からのメール：
「娘（${v('pii.date_of_birth', '2011年7月14日')}生まれ）のアカウントで課金制限を設定したいです。連絡先は ${phone('090-4827-3195', 'JP')}、メールは ${v('pii.email', 'yoko.tanaka.home@docomo.ne.jp')} です。」

未成年の課金上限（月額 5,000 円）について説明する返信を書いてください。`),

  rec('log_json', f`Account deletion job logged this and then stopped. Is it safe to re-run for this user?

${amb('source_code.snippet', f`{"ts":"2024-11-21T03:14:52.118Z","level":"warn","job":"gdpr-erase","player_id":"pl_7Hq2mX91","email":"${v('pii.email', 'liam.mcgrath.gaming@gmail.com')}","last_ip":"${amb('pii.ip_address', '86.44.183.27')}","step":"purchases","msg":"receipt store timeout, 2 of 5 steps done"}`)}`),

  rec('chat_id', f`Pemenang turnamen "Harbour Merge Cup" harus verifikasi identitas dulu sebelum hadiah Rp 15.000.000 dikirim. Data yang dia kirim:

Nama: Dimas Prasetyo
NIK: ${ambCat('pii', '3174052803990004')}
Tanggal lahir: ${v('pii.date_of_birth', '28-03-1999')}
Email: ${v('pii.email', 'dimasprasetyo99@yahoo.co.id')}
WA: ${phone('0812 8374 2916', 'ID')}

Tolong buatkan balasan yang menjelaskan dokumen apa lagi yang dibutuhkan.`, 'Indonesian NIK: no built-in rule (ambiguous, no rule id)'),

  // ---- dairy plant quality lab ----
  rec('hr_fi', f`Tee tästä lyhyt englanninkielinen perehdytyssähköposti uudelle laborantille:

Nimi: Aino Lehtonen
Henkilötunnus: ${ambCat('pii', '240395-318T')}
Puhelin: ${phone('+358 40 728 4163')}
Aloittaa 2.12. aamuvuorossa, perehdyttäjä Mikko (mikrobiologia).`, 'Finnish henkilötunnus: no built-in rule (ambiguous, no rule id)'),

  rec('incident_da', f`Skriv en kort ulykkesrapport på engelsk til koncernens HSE-afdeling:

Medarbejder: Mads Kjærgaard, laborant
CPR-nr.: ${ambCat('pii', '150687-2913')}
Tlf.: ${phone('+45 28 47 19 36')}
Hændelse 19/11 kl. 06:40: stænk af natronlud (CIP-væske) i venstre øje ved prøveudtagning på tank 7. Øjenskyl 15 min, skadestue Aarhus. Ingen varige mén.`, 'Danish CPR number: no built-in rule (ambiguous, no rule id)'),

  rec('hr_de', f`Bitte fasse die Personalstammdaten für die Lohnbuchhaltung zusammen (neue Laborantin, Schichtlabor Molkerei):

Name: Johanna Vogt
Geburtsdatum: ${v('pii.date_of_birth', '08.10.1994')}
Steuer-ID: ${v('pii.de_steuer_id', '51910123671')}
Mobil: ${phone('+49 1523 4817296')}
Eintritt: 01.12.2024, Wechselschicht`),

  rec('chat_it', f`Aggiorna la scheda del conferente nel gestionale e scrivimi una mail di conferma:

Azienda agricola: Cascina Bianchi
Titolare: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI85M52F205H')}
Cellulare: ${phone('+39 338 471 2956')}
Email: ${v('pii.email', 'cascina.bianchi@pec.it')}
Latte conferito: circa 3.200 litri/giorno, ritiro alle 5:30`),

  rec('chat_pl', f`Napisz proszę krótkiego maila po angielsku do agencji pracy tymczasowej, że pracownik zaczyna od poniedziałku na zmianie nocnej w laboratorium:

Imię i nazwisko: Tomasz Wójcik
PESEL: ${ambCat('pii', '92071403918')}
Telefon: ${phone('+48 604 281 937')}
E-mail: ${v('pii.email', 'tomek.wojcik92@wp.pl')}`, 'Polish PESEL: no built-in rule (ambiguous, no rule id)'),

  // ---- city public library and archives ----
  rec('form_ca', f`Revisa aquest formulari d'alta de carnet de biblioteca i digues-me si falta alguna dada obligatòria:

Nom i cognoms: Marta Puigdomènech i Serra
NIE/DNI: ${v('pii.es_dni', '23566739L')}
Data de naixement: ${v('pii.date_of_birth', '11/05/1978')}
Correu electrònic: ${v('pii.email', 'marta.puigdomenech@xtec.cat')}
Telèfon: ${phone('+34 931 84 27 56')}
Consentiment per rebre el butlletí: sí`),

  rec('chat_es', f`Un usuario extranjero quiere el carné de la biblioteca pero su NIE es nuevo y el sistema lo rechaza. Me dio ${v('pii.es_nie', 'X1799460D')} y su correo ${v('pii.email', 'oleksandr.marchenko@proton.me')}. ¿El formato está bien o es un fallo del programa?`),

  rec('email_pt', f`Bom dia,

sou investigadora e gostaria de consultar os processos de obras particulares de 1952 a 1960 (Rua do Almada). Deixo os meus dados para o registo de leitora:
Nome: Inês Carvalho Mota
NIF: ${ambCat('pii', '248173950')}
Telemóvel: ${phone('+351 912 847 316')}
Email: ${v('pii.email', 'ines.c.mota@campus.ul.pt')}

Pode ajudar-me a responder e marcar uma data na sala de leitura?`, 'Portuguese NIF: no built-in rule (ambiguous, no rule id)'),

  rec('email_fr', f`Bonjour,

Je fais des recherches sur ma famille et je cherche l'acte de naissance de mon père, Henri Lefort, né le ${v('pii.date_of_birth', '3 février 1949')} à Lorient. Vous pouvez me joindre au ${phone('06 48 27 19 53', 'FR')} ou à ${v('pii.email', 'claire.lefort56@orange.fr')}.

→ aide-moi à répondre : les actes de moins de 75 ans ne sont communicables qu'aux personnes concernées ou à leurs descendants, sur justificatif.`),

  rec('chat_no', f`Kan du skrive en vennlig bekreftelse til en forelder som har søkt om lånekort for barnet sitt?

Barn: Ingrid Solberg, født ${v('pii.date_of_birth', '12.06.2016')}
Fødselsnummer: ${ambCat('pii', '12061648273')}
Foresatt: Kari Solberg, ${phone('+47 928 41 736')}
Kortet kan hentes på Grünerløkka filial fra mandag.`, 'Norwegian fødselsnummer: no built-in rule (ambiguous, no rule id)'),

  rec('email', f`Hi, we're moving the outreach "books on wheels" list to the new system. Can you check each line has a usable contact before I import?

- Mrs Edith Barraclough, 81, ${phone('0113 496 7724', 'GB')}, housebound, large print
- Mr Ahmed Siddiqui, ${v('pii.email', 'a.siddiqui44@hotmail.co.uk')}, audiobooks only
- Ms Rose Kavanagh, ${phone('07392 618 405', 'GB')}, prefers texts`),
];

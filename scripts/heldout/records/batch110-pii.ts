/**
 * Held-out batch 110: personal data in patient intake forms, visitor registrations, patron exports,
 * guest registrations, KYC files, technician rosters and signatures. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH110_PII: DraftRecord[] = [
  rec('intake_en_gb', f`Could you turn this into a short referral acknowledgement letter to the GP?

Patient: Mr Graham Whitlock
DOB: ${v('pii.date_of_birth', '14/09/1958')}
NHS No: ${v('pii.uk_nhs_number', '655 872 3611')}
Tel: ${phone('07912 483 605', 'GB')}
Email: ${v('pii.email', 'g.whitlock58@btinternet.com')}
Referral: left transfemoral, new socket after weight loss (approx. 9 kg), current liner 3 years old.
First appointment: Tues 18 March, 10:30, casting room 2.`),

  rec('form_de', f`Bitte aus diesen Angaben einen Kostenvoranschlag-Begleitbrief an die Krankenkasse machen:

Versorgung: Unterschenkel-Orthese (AFO), Carbon, rechts
Patientin: Renate Kühnel, geb. ${v('pii.date_of_birth', '02.11.1961')}
Telefon: ${phone('0171 4829305', 'DE')}
E-Mail: ${v('pii.email', 'renate.kuehnel@gmx.de')}
Verordnung vom 04.03.2025, Diagnose Peronaeusparese nach Bandscheiben-OP`),

  rec('chat_fr', f`Salut, j'ai besoin d'un courrier pour la CPAM pour la prise en charge d'une orthèse plantaire. Patient : M. Yannick Perrot, né le ${v('pii.date_of_birth', '30/06/1985')}, n° de sécu ${v('pii.fr_nir', '1 85 09 69 382 047 19')}, tél. ${phone('06 12 84 37 59', 'FR')}. Prescription du Dr Martel du 10/02.`),

  rec('chat_it', f`Mi prepari la richiesta di autorizzazione all'ASL per un corsetto ortopedico? Paziente: Maria Bianconi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCMRA68D52H501U')}, telefono ${phone('+39 06 4821 7735', 'IT')}. Diagnosi: scoliosi dorsale 32° Cobb.`),

  rec('whatsapp_es', f`Hola! Te paso los datos de la paciente para la cita de la prótesis de mano:
Nombre: Carmen Ruiz Orellana
DNI: ${v('pii.es_dni', '48291735S')}
Móvil: ${phone('612 39 84 71', 'ES')}
Fecha de nacimiento: ${v('pii.date_of_birth', '17/04/1992')}
¿Me redactas un SMS de confirmación corto?`),

  rec('form_nl', f`Kun je controleren of dit machtigingsformulier compleet is voor de zorgverzekeraar?

Hulpmiddel: beenprothese (knie-exarticulatie), vervanging koker
Naam: J.W. (Jan-Willem) de Boer
BSN: ${v('pii.nl_bsn', '370575738')}
Geboortedatum: ${v('pii.date_of_birth', '08-01-1949')}
Telefoon: ${phone('+31 20 794 8215', 'NL')}`),

  rec('chat_en_in', f`Please draft a camp registration acknowledgement in simple Hindi + English. Jaipur foot fitment camp, beneficiary Ramesh Kumar Meena, Aadhaar ${v('pii.in_aadhaar', '2741 9038 5626')}, mobile ${phone('+91 98452 71936', 'IN')}, below-knee amputation left side, age 47.`),

  rec('ficha_pt_br', f`Pode revisar a ficha de cadastro antes de eu salvar no sistema?

Paciente: Josefa Aparecida Lima
CPF: ${v('pii.br_cpf', '421.974.852-02')}
Nascimento: ${v('pii.date_of_birth', '22/12/1967')}
Celular: ${phone('(11) 98472-3615', 'BR')}
Convênio: SUS — órtese de joelho articulada`),

  rec('visitor_form_en_us', f`Can you help me word the denial letter? Visitor application for inmate #A-482917 (Unit 4B):

Applicant: Tonya R. Merriweather
DOB: ${v('pii.date_of_birth', '03/22/1986')}
SSN: ${v('pii.us_ssn', '512-48-7391')}
Phone: ${phone('(617) 482-7193', 'US')}
Relationship: cousin
Background check: felony conviction within 5 years (2021), not disclosed on the form.`),

  rec('visitor_email_en_ca', f`Hi — a visitor emailed us his ID details instead of bringing them to the desk. Please write a reply asking him to bring the originals and telling him we deleted the email.

"Hello, for my visit to my brother on Saturday: my passport number is ${v('pii.passport', 'HK482719')}, born ${v('pii.date_of_birth', '1990-05-14')}. My cell is ${phone('+1 416 482 7193', 'CA')}. Thanks, Daniel Okafor"`),

  rec('call_list_es_ar', f`Hola, necesito que me ordenes alfabéticamente esta lista de números autorizados para las llamadas del interno Gómez (legajo 7731):

- Madre, Susana Gómez: ${phone('+54 9 11 4872-3916', 'AR')}
- Abogado defensor, Dr. Pablo Ferreyra: ${phone('+54 11 4872-3906', 'AR')}
- Hermana, Lucía Gómez: ${phone('+54 9 351 482-7193', 'AR')}
- Hija, Micaela Gómez: ${phone('+54 9 261 482-7139', 'AR')}`),

  rec('transfer_ru', f`Помоги составить сопроводительное письмо об этапировании осуждённого в другую колонию:

ФИО: Карпенко Виктор Андреевич
Дата рождения: ${v('pii.date_of_birth', '11.07.1979')}
Паспорт РФ: ${v('pii.passport', '45 08 729164')}
Контакт родственника (жена): ${phone('+7 495 728-41-93', 'RU')}
Основание: постановление от 03.03.2025.`),

  rec('benefits_en_gb', f`Please draft the standard letter to DWP confirming release date for the prisoner's Universal Credit claim:

Name: Kieran Lowther
NI number: ${v('pii.uk_nino', 'JT 69 60 78 C')}
DOB: ${v('pii.date_of_birth', '21/02/1994')}
Release date: 28/03/2025, HMP address on file
Probation contact: ${phone('0161 872 4419', 'GB')}`),

  rec('csv_en_us', f`Dedupe these patron records after the consortium merge — same person, two cards. Keep the newer card and merge fines.

${amb('source_code.snippet', f`card_barcode,name,email,phone,birthdate,home_branch,created
21187004123395,"Alvarez, Marisol",${v('pii.email', 'marisol.alvarez@outlook.com')},${phone('(617) 482-7139', 'US')},${v('pii.date_of_birth', '1978-10-02')},Eastfield,2016-04-11
21187009832217,"Alvarez, Marisol",${v('pii.email', 'malvarez78@gmail.com')},${phone('617-482-7193', 'US')},${v('pii.date_of_birth', '1978-10-02')},Riverside,2024-09-30
21187005570147,"Chen, Howard",${v('pii.email', 'hchen.reads@yahoo.com')},${phone('(857) 482-7103', 'US')},${v('pii.date_of_birth', '1952-01-27')},Eastfield,2011-06-19`)}`),

  rec('email_de', f`Bitte freundliche Antwort formulieren, Nutzerin beschwert sich über gesperrten Zugang zu den E-Books:

"Guten Tag, seit drei Wochen komme ich nicht mehr in die Onleihe. Leseausweis ist bezahlt! Bitte rufen Sie mich an: ${phone('030 2847193', 'DE')} oder schreiben Sie an ${v('pii.email', 'h.brueckner-lesen@web.de')}. Mit freundlichen Grüßen, Helga Brückner"`),

  rec('log_fr', f`Bonjour, un éditeur nous signale un téléchargement massif depuis notre proxy. Voici les lignes du journal EZproxy, peux-tu identifier le compte ?

${amb('source_code.snippet', f`${amb('pii.ip_address', '193.54.112.47')} - ${v('pii.email', 'julien.maraval@etu.univ-exemple.fr')} [11/Mar/2025:02:14:07 +0100] "GET https://www.sciencedirect.com:443/science/article/pii/S0031320324008113/pdfft HTTP/1.1" 200 1843211
${amb('pii.ip_address', '193.54.112.47')} - ${v('pii.email', 'julien.maraval@etu.univ-exemple.fr')} [11/Mar/2025:02:14:09 +0100] "GET https://www.sciencedirect.com:443/science/article/pii/S0031320324008125/pdfft HTTP/1.1" 200 2210934`)}

Il y en a 4 300 comme ça en une heure.`),

  rec('guest_reg_ja', f`外国人宿泊者名簿の記入例を英語で作りたいです。以下のデータを表にしてください。

氏名: Lukas Brandt
国籍: ドイツ
旅券番号: ${v('pii.passport', 'C4F82L7K9')}
生年月日: ${v('pii.date_of_birth', '1987年3月9日')}
電話: ${phone('+49 30 52014738', 'DE')}
チェックイン: 2025年3月12日`),

  rec('complaint_ko', f`고객 불만 메일에 대한 답장을 작성해 주세요. 고객 정보: 박지훈 님, 이메일 ${v('pii.email', 'jihoon.park0412@naver.com')}, 연락처 ${phone('+82 10-4827-1936', 'KR')}. 내용: 3월 8일 투숙 시 객실 에어컨 고장, 다른 객실로 이동했으나 추가 요금이 청구됨.`),

  rec('noshow_zh_tw', f`請幫我把昨晚的 no-show 名單整理成表格，並草擬通知信：

1. 林怡君 ${phone('+886 912 482 719', 'TW')} ${v('pii.email', 'yichun.lin@gmail.com')} 豪華雙人房 1 晚
2. 陳建宏 ${phone('+886 933 481 726', 'TW')} ${v('pii.email', 'chen.jh1979@yahoo.com.tw')} 家庭房 2 晚`),

  rec('kbs_tr', f`Yabancı misafirlerin emniyet bildirimi (KBS) için listeyi kontrol eder misin?

Ad Soyad | Uyruk | Pasaport | Doğum tarihi
Olena Kovalenko | UA | ${v('pii.passport', 'FE482719')} | ${v('pii.date_of_birth', '04.06.1990')}
Markus Lindqvist | SE | ${v('pii.passport', '94827193')} | ${v('pii.date_of_birth', '19.12.1975')}`),

  rec('contacts_pl', f`Przygotuj proszę listę kontaktów dłużników do wezwań przed terminem płatności (faktury cedowane, termin 31.03):

Marek Wiśniewski, księgowość Budmax — ${v('pii.email', 'm.wisniewski@budmax.pl')}, ${phone('+48 22 584 71 93', 'PL')}
Agnieszka Zając, Transpol-Łódź — ${v('pii.email', 'a.zajac@transpol-lodz.pl')}, ${phone('+48 604 482 719', 'PL')}`),

  rec('kyc_es', f`¿Puedes revisar si falta algo en el expediente KYC del administrador de la cedente?

Administrador único: Jordi Vallès Puig
DNI: ${v('pii.es_dni', '03917264L')}
Fecha de nacimiento: ${v('pii.date_of_birth', '26/08/1971')}
Socio con 40 %: Andrei Popescu, NIE ${v('pii.es_nie', 'Y4827163Y')}
Teléfono de contacto: ${phone('+34 912 48 73 65', 'ES')}`),

  rec('kyc_en_gb', f`Checklist for the director ID&V on the new invoice-finance facility — is this enough for the file?

Director: Priya Nandakumar
DOB: ${v('pii.date_of_birth', '5 March 1980')}
Passport: ${v('pii.passport', '538274916')} (UK, exp 2031)
NI number: ${v('pii.uk_nino', 'PW520314C')}
Mobile: ${phone('+44 7700 183 402', 'GB')}
Address verified via Experian, 2 Feb 2025.`),

  rec('roster_da', f`Lav venligst en pæn vagtplan for uge 12 ud fra dette (fjerndiagnose, bagvagt):

Man–ons: Rasmus Holm, ${phone('+45 32 84 71 96', 'DK')}
Tor–fre: Signe Kjær, ${phone('+45 21 48 27 19', 'DK')}
Weekend: Mads Østergaard, ${phone('+45 40 82 71 93', 'DK')}
Eskalering: vagthavende ingeniør, ${v('pii.email', 'vagt.ingenior@vindservice-esbjerg.dk')}`),

  rec('offshore_access_de', f`Bitte die Anmeldung fürs Offshore-Umspannwerk auf Englisch übersetzen:

Techniker: Jonas Riedl
Geburtsdatum: ${v('pii.date_of_birth', '12.05.1991')}
Reisepass: ${v('pii.passport', 'C7K2L9M4X')}
GWO BST gültig bis 08/2026
Notfallkontakt: ${phone('+49 421 48271930', 'DE')} (Ehefrau)`),

  rec('gwo_pl', f`Zrób mi z tego maila do ośrodka szkoleniowego w sprawie odnowienia certyfikatów GWO:

1. Tomasz Kaczmarek, ur. ${v('pii.date_of_birth', '14.03.1988')}, ${v('pii.email', 'tomasz.kaczmarek@windserwis.pl')}
2. Paweł Dudek, ur. ${v('pii.date_of_birth', '02.09.1993')}, ${v('pii.email', 'pawel.dudek@windserwis.pl')}
Termin: kwiecień, moduły Working at Heights + First Aid.`),

  rec('hr_vi', f`Viết giúp mình email chào mừng nhân viên mới bộ phận kiểm toán đêm (night audit):
Họ tên: Nguyễn Thị Thu Hà
Ngày sinh: ${v('pii.date_of_birth', '15/08/1998')}
Điện thoại: ${phone('+84 90 482 71 93', 'VN')}
Email: ${v('pii.email', 'thuha.nguyen98@gmail.com')}
Ngày bắt đầu: 01/04/2025, ca 23:00–07:00`),

  rec('email_en_za', f`Please make this reply more professional:

"Hi Mrs Dlamini, your visit booking for Saturday 22 March at 10:00 is confirmed. Please bring your ID book. If you can't make it phone us on ${phone('+27 21 482 7193', 'ZA')} before Friday 12:00. Your contact number on file is ${phone('+27 82 482 7193', 'ZA')}, tell us if that changed."`),

  rec('card_app_en_nz', f`Kia ora, can you check this children's library card application before I enter it? Whānau details:

Child: Ariana Te Rangi, DOB ${v('pii.date_of_birth', '09/10/2017')}
Parent/guardian: Hemi Te Rangi
Phone: ${phone('+64 21 482 7193', 'NZ')}
Email: ${v('pii.email', 'hemi.terangi@xtra.co.nz')}
Te reo Māori books preferred.`),

  rec('clinic_sm', f`Talofa, fesoasoani mai e tusi se feʻau i le gagana Peretania mo le falemaʻi i Niu Sila e uiga i le maʻi lenei:
Igoa: Sione Faleolo, aso fanau ${v('pii.date_of_birth', '03/02/1964')}
Telefoni: ${phone('+685 72 48271', 'WS')}
E manaʻomia se vae fou (below-knee) ina ua uma le taotoga i Iulai.`),

  rec('chat_sw', f`Naomba unisaidie kuandika barua kwa familia ya mfungwa kuhusu ratiba mpya ya kutembelea. Mawasiliano: Bi. Amina Juma, simu ${phone('+255 754 482 719', 'TZ')}, mfungwa alizaliwa tarehe ${v('pii.date_of_birth', '12/06/1990')}.`),

  rec('guest_ar', f`يرجى ترجمة بطاقة تسجيل النزيل إلى الإنجليزية:
الاسم: خالد عبد الرحمن العتيبي
رقم جواز السفر: ${v('pii.passport', 'R4827193')}
تاريخ الميلاد: ${v('pii.date_of_birth', '1983/07/21')}
الجوال: ${phone('+966 55 483 7192', 'SA')}`),

  rec('email_lt', f`Sveiki, gal galite atsakyti skaitytojui, kad jo elektroninių išteklių prieiga atnaujinta?

"Laba diena, mano skaitytojo pažymėjimas nustojo veikti nuotolinei prieigai. Mano el. paštas ${v('pii.email', 'dainius.petrauskas@gmail.com')}, tel. ${phone('+370 612 48391', 'LT')}. Ačiū, Dainius"`),

  rec('referral_he', f`תוכל לנסח מכתב קצר לקופת החולים לגבי אישור סד לכף היד? פרטי המטופלת: רונית אברהם, תאריך לידה ${v('pii.date_of_birth', '18.11.1975')}, טלפון ${phone('+972 52-483-7196', 'IL')}, מייל ${v('pii.email', 'ronit.avraham75@walla.co.il')}.`),

  rec('debtor_cs', f`Prosím napiš zdvořilou upomínku dlužníkovi k postoupené faktuře 2025/0144 (splatná 28. 2.). Kontakt: Ing. Pavel Dvořák, ${v('pii.email', 'dvorak@stavby-brno.cz')}, ${phone('+420 603 482 917', 'CZ')}.`),

  rec('signature_hu', f`Rövidítsd le ezt az aláírást, túl hosszú a szálloda levelezéséhez:

Üdvözlettel,
Kovács Eszter
Revenue Manager | Duna Grand Hotels
Mobil: ${phone('+36 30 482 7193', 'HU')}
E-mail: ${v('pii.email', 'eszter.kovacs@dunagrand.hu')}
1051 Budapest, Széchenyi tér 4.`),
];

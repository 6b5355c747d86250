/**
 * Held-out batch 138: personal data in sleep-lab referrals and HL7 feeds, pet-insurance claims, yard
 * rosters and incident reports, solar technicians' onboarding, lottery winner verification and
 * freelance translators' files. Hand-written, many languages and scripts.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const NHS1 = ukNhsSpaced('485927163');
const NHS2 = ukNhsSpaced('943821705');
const NIR = (body: string): string => `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${frNirKey(body)}`;
const BSN = (p8: string): string => p8 + String(nlBsnCheckDigit(p8));
const STEUER = (p10: string): string => p10 + String(deSteuerIdCheckDigit(p10));
const SIN = (p8: string): string => {
  const d = p8 + String(luhnCheckDigit(p8));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};

export const BATCH138_PII: DraftRecord[] = [
  // --- sleep laboratory ---
  rec('referral', f`Please summarise this referral for the overnight PSG list, keep the identifiers as they are:

Patient: Mr Gareth Llewellyn   NHS No: ${v('pii.uk_nhs_number', NHS1)}   DOB: ${v('pii.date_of_birth', '14/02/1967')}
Address: 22 Heol y Coed, Cardiff CF14 6QT   Tel: ${phone('029 2074 1836', 'GB')}
Reason: loud snoring, witnessed apnoeas, ESS 16/24, BMI 34. Drives an HGV for work — DVLA implications to discuss.
Referrer: Dr A. Mistry, Llandaff North Surgery`),

  rec('report_de', f`Bitte den Befundtext für den Arztbrief glätten:

Patientin: Renate Oberhauser, geb. ${v('pii.date_of_birth', '03.11.1958')}
Rückrufnummer: ${phone('0171 4827193', 'DE')}
Polysomnographie vom 27./28.11.: AHI 31,4/h (obstruktiv), ODI 28/h, minimale SpO2 79 %. Schlafeffizienz 71 %.
Empfehlung: CPAP-Einleitung im Schlaflabor, Kontrolle nach 3 Monaten.`),

  rec('letter_fr', f`Peux-tu rendre ce courrier plus clair pour la patiente ?

Madame Sylvie Marchand, née le ${v('pii.date_of_birth', '9 mars 1978')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR('2780375112034'))}
Objet : résultats de votre enregistrement polysomnographique du 21/11

L'examen montre un syndrome d'apnées du sommeil modéré (IAH 22/h). Un appareillage par PPC vous sera proposé lors de la consultation du 12 décembre.`),

  rec('intake_nl', f`Vat dit intakeformulier van het slaapcentrum samen in drie zinnen:

Naam: Joris Hendriks
Geboortedatum: ${v('pii.date_of_birth', '22-07-1985')}
BSN: ${v('pii.nl_bsn', BSN('30418275'))}
Telefoon: ${phone('06 41827395', 'NL')}
Klachten: slapeloosheid sinds 2 jaar, ploegendienst bij het havenbedrijf, gebruikt af en toe temazepam.`),

  rec('form_it', f`Traduci in inglese per il collega del laboratorio del sonno di Edimburgo:

Paziente: Giulia Bianchi
Data di nascita: ${v('pii.date_of_birth', '08/12/1982')}
Codice fiscale: ${v('pii.it_codice_fiscale', itCodiceFiscale('BNCGLI82T48H501'))}
Cellulare: ${phone('333 481 2765', 'IT')}
Sospetta narcolessia tipo 1, MSLT programmato per il 15 gennaio.`),

  rec('chat_es', f`¿Me redactas el recordatorio de cita para este paciente? Estudio de sueño domiciliario, recoger el equipo el lunes a las 18:00.
Paciente: Alberto Ruiz Montero, DNI ${v('pii.es_dni', esDni('48271936'))}, fecha de nacimiento ${v('pii.date_of_birth', '17/05/1971')}, móvil ${phone('612 84 73 91', 'ES')}.`),

  rec('hl7', f`The ADT feed into the sleep-lab scheduling system drops this message with "PID-7 invalid". What's wrong with the segment?

${amb('source_code.snippet', f`MSH|^~\\&|PAS|STALDHELM|SLEEPLAB|STALDHELM|20241202083011||ADT^A04|MSG004418|P|2.4
PID|1||${v('pii.uk_nhs_number', NHS2.replace(/ /g, ''))}^^^NHS^NH||OKAFOR^CHIDINMA^A||${v('pii.date_of_birth', '19910623')}|F|||14 Meadow Rise^^Bristol^^BS7 9LE^GB||${phone('07412 839406', 'GB')}|||||||
PV1|1|O|SLEEP^BED3^^STALDHELM||||C4418^PATEL^R|||SLE`)}`),

  rec('csv', f`Which participants in the CBT-I trial haven't returned their sleep diary? Export:

${amb('source_code.snippet', f`participant,email,dob,arm,diary_returned
SL-031,${v('pii.email', 'k.osei1987@gmail.com')},${v('pii.date_of_birth', '1987-04-02')},CBT-I,yes
SL-032,${v('pii.email', 'marta.lindqvist@outlook.com')},${v('pii.date_of_birth', '1979-10-15')},control,no
SL-033,${v('pii.email', 'h.demir@yahoo.co.uk')},${v('pii.date_of_birth', '1993-01-28')},CBT-I,no`)}`),

  rec('chat_fa', f`لطفاً این متن را برای بیمار به انگلیسی ساده ترجمه کن: «آقای رضا کریمی، متولد ${v('pii.date_of_birth', '۱۳۶۲/۰۴/۱۸')}، نوبت تست خواب شما شنبه ساعت ۲۰ است. در صورت لغو با شماره ${phone('+98 912 482 7193')} تماس بگیرید.»`),

  // --- pet insurance ---
  rec('claim_email', f`Can you draft a reply asking for the missing vet history?

From: Hannah Pritchard <${v('pii.email', 'hannah.pritchard@btinternet.com')}>
Policy: FEL-UK-2291847 · Pet: Biscuit (Cocker Spaniel, 4 yrs)
"Hi, I've submitted the claim for Biscuit's ear surgery twice now. My number is ${phone('07723 418 295', 'GB')} if that's easier. Please call after 5."`),

  rec('chat_sv', f`Skriv ett vänligt svar till kunden om att vi behöver kvitto från djurkliniken:
Kund: Elin Johansson, personnummer ${ambCat('pii', '850412-3948')}
Telefon: ${phone('070-482 19 37', 'SE')}
Skadenummer: DS-2024-44817, katten Sixten, tandextraktion.`, 'Swedish personnummer: personal id with no built-in rule'),

  rec('chat_no', f`Kan du skrive et kort svar på norsk bokmål til kunden? Hun heter Ingrid Solberg, e-post ${v('pii.email', 'ingrid.solberg@online.no')}, mobil ${phone('412 83 965', 'NO')}. Hun lurer på hvorfor egenandelen ble trukket to ganger for hunden Bamse.`),

  rec('chat_fi', f`Käännä englanniksi korvauskäsittelijälle: "Asiakas Mikko Virtanen (hetu ${ambCat('pii', '120379-217H')}), puh. ${phone('040 718 2946', 'FI')}, ilmoitti kissan virtsatietukoksesta. Eläinlääkärin lasku 1 240 €."`, 'Finnish henkilötunnus: no built-in rule'),

  rec('chat_ko', f`보험금 청구 고객에게 보낼 안내 문자를 다듬어 주세요.
고객명: 박지훈 / 연락처: ${phone('010-4827-1936', 'KR')} / 이메일: ${v('pii.email', 'jihoon.park82@naver.com')}
반려견 코코 슬개골 수술비 청구, 진료비 영수증 원본 필요.`),

  rec('chat_ca', f`Em pots ajudar a respondre aquest client en català? Es diu Jordi Puig i Ferrer, DNI ${v('pii.es_dni', esDni('39182746'))}, telèfon ${phone('+34 633 28 41 97')}. Reclama el reemborsament de la vacuna de la ràbia del seu gat, i la pòlissa no la cobreix.`),

  // --- rail freight yard ---
  rec('roster_de', f`Mach aus dem Dienstplan eine übersichtliche Tabelle für den Aushang (ohne Handynummern!):

KW 50 – Wagenuntersuchung Nord
Mo–Mi Früh: Dragan Petrović (${phone('0152 28473961', 'DE')}), Sven Hollmann (${phone('0160 9182734', 'DE')})
Mo–Mi Spät: Aylin Kaya (${phone('0176 41829375', 'DE')})
Do–So Nacht: Marek Nowicki (${phone('+48 601 482 739')}), Vertretung Hollmann`),

  rec('incident_pl', f`Przetłumacz raport z wypadku na angielski dla ubezpieczyciela:

Poszkodowany: Tomasz Zieliński, ur. ${v('pii.date_of_birth', '11.09.1990')}, rewident taboru
Telefon: ${phone('+48 512 384 927')}
Data zdarzenia: 28.11.2024, godz. 03:40, tor zestawczy 14
Opis: podczas sprzęgania wagonów poszkodowany doznał urazu dłoni. Pierwsza pomoc udzielona na miejscu.`),

  rec('induction_uk', f`Допоможи оформити англійською анкету інструктажу для працівника підрядника:
ПІБ: Олександр Коваленко
Дата народження: ${v('pii.date_of_birth', '24.06.1988')}
Паспорт: ${v('pii.passport', 'FX482719')}
Телефон: ${phone('+380 67 482 7193')}
Допуск: огляд вагонів, без права роботи на гірці.`),

  rec('contacts_sl', f`Prosim, uredi ta seznam kontaktov za vodjo izmene v tabelo:
Ranžirna postaja – dežurni: Matej Kranjc, ${phone('+386 41 482 719')}, ${v('pii.email', 'matej.kranjc@kesslingrail.si')}
Pregledniki vagonov: Nina Zupan, ${phone('+386 31 824 193')}`),

  rec('email', f`Can you shorten this e-mail from the yard's HR partner?

"Hi, for the new wagon inspector starting Monday we still need his National Insurance number. He sent ${v('pii.uk_nino', 'JR 48 29 17 C')} but the payroll form shows a different one, and his date of birth is ${v('pii.date_of_birth', '2 August 1996')} on the passport but 1995 on the form. Can you check with him on ${phone('07834 291 605', 'GB')}?"`),

  // --- solar O&M ---
  rec('chat_pt_br', f`Me ajuda a montar a ficha de integração do novo técnico de campo da usina de Pirapora:
Nome: Lucas Ferreira dos Santos
CPF: ${v('pii.br_cpf', brCpfFormatted('418273956'))}
Data de nascimento: ${v('pii.date_of_birth', '03/02/1994')}
Celular: ${phone('(38) 99817-4263', 'BR')}
NR-10 e NR-35 válidas até 2026.`),

  rec('chat_hi_en', f`Bhai naye technician ka onboarding form bhar raha hoon, Bhadla site ke liye. Aadhaar ${v('pii.in_aadhaar', inAadhaarSpaced('48271936051'))}, mobile ${phone('+91 98204 71936')}, DOB ${v('pii.date_of_birth', '12-08-1997')}. Ye format sahi hai na HR portal ke liye?`),

  rec('chat_ta', f`இந்த தகவலை ஆங்கிலத்தில் ஒரு அட்டவணையாக மாற்றவும்: தொழில்நுட்ப வல்லுநர் பெயர்: முருகன் செல்வராஜ், ஆதார் எண்: ${v('pii.in_aadhaar', inAadhaarSpaced('73920184657'))}, கைபேசி: ${phone('+91 94432 71856')}, பணியிடம்: காமுதி சூரிய மின் நிலையம்.`),

  rec('chat_te', f`ఈ వివరాలను ఇంగ్లీష్‌లో ఇమెయిల్‌గా రాయండి: కొత్త సాంకేతిక నిపుణుడు రవి కుమార్, పుట్టిన తేదీ ${v('pii.date_of_birth', '05-01-1995')}, ఫోన్ ${phone('+91 98480 27163')}. అనంతపురం సోలార్ పార్క్‌లో సోమవారం నుంచి విధుల్లో చేరతారు.`),

  rec('chat_ar', f`اكتب لي رسالة بالإنجليزية لمدير الموقع في أبوظبي: الفني الجديد أنيل ناير، رقم جواز السفر ${v('pii.passport', 'Z4827193')}، الهاتف ${phone('+971 50 482 7193')}، يبدأ العمل في محطة الطاقة الشمسية يوم الأحد.`),

  rec('chat_mr', f`हा मजकूर इंग्रजीत भाषांतरित करा: "नवीन तंत्रज्ञ सचिन पाटील, जन्मतारीख ${v('pii.date_of_birth', '21/03/1992')}, मोबाईल ${phone('+91 98220 48173')}. सोलापूर सोलर प्रकल्पात सोमवारपासून रुजू."`),

  // --- lottery prize claims ---
  rec('winner_uk', f`Draft the verification checklist note for this claim (over £50k, so a home visit):

Claimant: Mrs Patricia Doherty
Date of birth: ${v('pii.date_of_birth', '30/06/1961')}
NI number: ${v('pii.uk_nino', 'PC 71 83 24 A')}
Mobile: ${phone('07412 839 517', 'GB')}
Ticket bought at: Spar, Omagh Road
Prize: £1,250,000 (Lotto, 23 Nov)`),

  rec('w2g', f`Help me explain to this winner why we withheld federal tax:

Winner: Marcus L. Bennett, SSN ${v('pii.us_ssn', '518-42-7936')}
Phone: ${phone('(602) 418-2957', 'US')}
Prize: Instant ticket "Golden 7s", $25,000, claimed 11/29/2024 at the Phoenix claim center
Withholding: 24% federal, 5% state`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire la lettre de confirmation pour la gagnante? C'est pour le dossier de réclamation de lot :
Gagnante : Mme Geneviève Tremblay, née le ${v('pii.date_of_birth', '4 avril 1969')}
NAS : ${v('pii.ca_sin', SIN('54618273'))}
Tél. : ${phone('(514) 872-4936', 'CA')}
Lot : 500 000 $, tirage du 16 novembre`),

  rec('chat_pt_br', f`Preciso de um e-mail para o ganhador confirmando o agendamento na agência. Dados: Antônio Carlos Ribeiro, CPF ${v('pii.br_cpf', brCpfFormatted('072918364'))}, data de nascimento ${v('pii.date_of_birth', '19/09/1956')}, telefone ${phone('+55 21 99817-4263')}. Prêmio da quina, R$ 6,4 milhões.`),

  rec('chat_es', f`Redacta la notificación al premiado: Sr. Ionuț Dumitrescu, NIE ${v('pii.es_nie', esNie('X', '4827193'))}, con domicilio en Castellón, teléfono ${phone('+34 622 19 48 73')}. Debe presentar el resguardo original y el NIE en vigor.`),

  rec('chat_th', f`ช่วยเขียนอีเมลยืนยันนัดรับรางวัลเป็นภาษาอังกฤษ: ผู้ถูกรางวัล นายสมชาย ใจดี เลขประจำตัวประชาชน ${ambCat('pii', '1 1037 02718 39 4')} เบอร์โทร ${phone('081 482 7193', 'TH')} รางวัลที่ 1 งวดวันที่ 1 ธันวาคม`, 'Thai national id: no built-in rule'),

  rec('chat_vi', f`Viết giúp tôi thư mời người trúng thưởng đến nhận giải bằng tiếng Anh: Ông Nguyễn Văn Hùng, sinh ngày ${v('pii.date_of_birth', '15/08/1975')}, số CCCD ${ambCat('pii', '001075018273')}, điện thoại ${phone('0912 482 719', 'VN')}.`, 'Vietnamese citizen id: no built-in rule'),

  rec('chat_ja', f`当せん金の受取手続きの案内文を作ってください。当せん者：山田 健一 様、生年月日 ${v('pii.date_of_birth', '1968年4月12日')}、電話 ${phone('090-4827-1936', 'JP')}。本人確認書類はマイナンバーカードか運転免許証。`),

  rec('chat_ka', f`გთხოვ, დაწერე ინგლისურად შეტყობინება გამარჯვებულისთვის: გიორგი ბერიძე, დაბადების თარიღი ${v('pii.date_of_birth', '07.03.1983')}, პირადი ნომერი ${ambCat('pii', '01024082719')}, ტელეფონი ${phone('+995 599 48 27 19')}. პრიზის მისაღებად უნდა მოვიდეს ოფისში.`, 'Georgian personal number: no built-in rule'),

  rec('chat_hy', f`Խնդրում եմ գրիր անգլերեն նամակ հաղթողին․ Արմեն Սարգսյան, անձնագիր ${v('pii.passport', 'AR0482719')}, հեռախոս ${phone('+374 91 482719')}։ Նա պետք է ներկայացնի տոմսի բնօրինակը։`),

  rec('chat_el', f`Γράψε μια επιστολή επιβεβαίωσης για τον νικητή: Δημήτριος Αλεξίου, ημερομηνία γέννησης ${v('pii.date_of_birth', '22/10/1964')}, ΑΦΜ ${ambCat('pii', '048271936')}, κινητό ${phone('+30 697 241 8365')}. Το έπαθλο καταβάλλεται μετά από ταυτοποίηση.`, 'Greek tax id (AFM): no built-in rule'),

  // --- translation agency ---
  rec('cv_hu', f`Kérlek, javítsd a szabadúszó fordító önéletrajzának összefoglalóját, a kapcsolati adatokat hagyd így:

Dr. Szabó Eszter – szakfordító (EN/DE>HU), orvosi és jogi szövegek
${v('pii.email', 'szabo.eszter.fordito@gmail.com')} · ${phone('+36 30 481 2795')}
Születési dátum: ${v('pii.date_of_birth', '1984. május 6.')}`),

  rec('booking_am', f`Please tidy this interpreter booking for the court job in Frankfurt, the travel agent needs it:

Interpreter (Amharic–German): Selamawit Tesfaye
ፓስፖርት ቁጥር / Passport: ${v('pii.passport', 'EP4827193')}
የትውልድ ቀን / Date of birth: ${v('pii.date_of_birth', '18.01.1990')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER('4729163845'))}
Mobile: ${phone('+49 171 4827193')}`),

  rec('chat_ar_eg', f`عايز أرد على المترجمة دي بالإنجليزي، بتقول: "أنا منى عبد الحميد، مترجمة عربي-إنجليزي من القاهرة، رقمي ${phone('+20 100 482 7193')} والإيميل ${v('pii.email', 'mona.abdelhamid.tr@gmail.com')}، ممكن أشتغل معاكم في مشروع ترجمة الأدلة الطبية؟"`),
];

/**
 * Held-out batch 109: personal data — blood donors, renters and drivers, displaced families
 * registered for cash transfers, journalists' sources, back-office and greenhouse staff. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH109_PII: DraftRecord[] = [
  // ── blood donation centre ──
  rec('donor_record_en', f`Can you rewrite this deferral letter so it sounds less alarming?

Donor: Kieran Doyle
DOB: ${v('pii.date_of_birth', '14/03/1987')}
NHS number: ${v('pii.uk_nhs_number', '615 705 7025')}
Mobile: ${phone('07824 613950', 'GB')}
Reason: haemoglobin 121 g/L at screening on 02/11, below the 135 g/L threshold for men. Deferred 3 months, re-test at Bristol donor centre.`),

  rec('donor_de', f`Bitte eine freundliche Einladung zur Thrombozytenspende schreiben, an:
Frau Annika Brenner, geb. ${v('pii.date_of_birth', '07.09.1992')}
Blutgruppe A Rh+ (CCD.ee kell-neg.)
Mobil ${phone('+49 1523 4817296')}
E-Mail ${v('pii.email', 'annika.brenner92@gmx.de')}
Letzte Spende 12.08.2024`),

  rec('donor_fr', f`Bonjour, pourriez-vous m'aider à compléter le courrier de rappel pour ce donneur de plasma ?
M. Julien Faure — né le ${v('pii.date_of_birth', '22 novembre 1986')}
N° de sécurité sociale : ${v('pii.fr_nir', '1 86 11 54 551 576 46')}
Tél. : ${phone('06 48 27 13 95', 'FR')}
Dernier don : 03/10/2024 (plasmaphérèse, 650 mL)`),

  rec('donor_es', f`Necesito un SMS de agradecimiento para esta donante habitual, que ya lleva 25 donaciones:
Nombre: Marta Ibáñez Soler
DNI: ${v('pii.es_dni', '24758015X')}
Móvil: ${phone('612 48 27 36', 'ES')}
Grupo: 0 negativo`),

  rec('donor_it', f`Ciao, mi aiuti a scrivere la lettera di richiamo per il donatore?
Sig. Giulia Bianco
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI88T52F205G')}
Cellulare: ${phone('347 482 7361', 'IT')}
Esito: ferritina bassa, sospensione 6 mesi.`),

  rec('donor_nl', f`Kun je dit intakeformulier samenvatten voor de arts?

Naam: Sanne de Wit
BSN: ${v('pii.nl_bsn', '192988669')}
Geboortedatum: ${v('pii.date_of_birth', '3 februari 1995')}
Telefoon: ${phone('06 48273615', 'NL')}
Reisgeschiedenis: 3 weken Tanzania (juni) → malaria-uitstel 4 maanden?`),

  rec('donor_csv', f`${cfg(f`donor_id\tname\tdob\tphone\tabo_rh\tlast_donation
D-0847193\tRavi Menon\t${v('pii.date_of_birth', '1990-06-21')}\t${phone('+91 98451 27360')}\tB+\t2024-09-30
D-0847211\tLakshmi Iyer\t${v('pii.date_of_birth', '1985-11-02')}\t${phone('+91 98862 41573')}\tO+\t2024-10-14
D-0847260\tArjun Pillai\t${v('pii.date_of_birth', '1998-01-17')}\t${phone('+91 94470 38215')}\tAB-\t2024-08-05`)}

Which donors are eligible again by 15 Nov (90 days for men, 120 for women)? Arjun is male, Lakshmi female.`),

  rec('donor_ta', f`இந்த இரத்த தான முகாம் தன்னார்வலரின் விவரங்களை வைத்து நன்றி கடிதம் எழுதுங்கள்: பெயர் செல்வி கார்த்திகா, ஆதார் ${v('pii.in_aadhaar', '7702 3921 7765')}, கைபேசி ${phone('+91 98840 27163')}, 10வது முறை தானம்.`),

  rec('donor_pt_br', f`Oi, preciso de uma mensagem lembrando o doador de medula do exame de compatibilidade:
Rafael Nogueira, CPF ${v('pii.br_cpf', '586.319.240-24')}, nascido em ${v('pii.date_of_birth', '09/12/1991')}, celular ${phone('(11) 98247-3106', 'BR')}.`),

  rec('donor_ko', f`헌혈 예약 변경 안내 문자를 만들어 주세요. 헌혈자: 박지훈, 생년월일 ${v('pii.date_of_birth', '1994년 5월 8일')}, 연락처 ${phone('010-4827-3615', 'KR')}, 이메일 ${v('pii.email', 'jihoon.park94@naver.com')}.`),

  rec('donor_en_ca', f`Draft a reimbursement confirmation for this stem-cell donor's travel costs:
Name: Chloé Gagnon
SIN: ${v('pii.ca_sin', '215 064 049')}
Phone: ${phone('+1 416 482 7361')}
Travel: Sudbury → Toronto, 2 nights`),

  // ── car rental: drivers and claims ──
  rec('claim_en_us', f`Summarise this accident report for the insurer, keep all facts:

Renter: Marcus Bell, DOB ${v('pii.date_of_birth', '08/19/1979')}
Driver license: ${ambCat('pii', 'B420-7318-9461')} (IL)
SSN (for the liability claim form): ${v('pii.us_ssn', '518-47-2936')}
Cell: ${phone('(312) 846-2071', 'US')}
Vehicle: 2023 Toyota RAV4, unit 48817, rear-ended at the I-90 toll plaza 10/29 at ~17:40.`, 'a US driver licence number: personal, but no built-in rule claims it'),

  rec('claim_de', f`Schadenmeldung zusammenfassen für den Gutachter:
Fahrer: Lukas Hartmann
Führerschein-Nr.: ${ambCat('pii', 'B072RRE2I55')}
Steuer-ID (für Selbstbeteiligungs-Rechnung): ${v('pii.de_steuer_id', '47620103054')}
Tel. ${phone('030 48273615', 'DE')}
Hergang: beim Rückwärtsausparken Poller touchiert, Heckstoßstange links.`, 'German driving licence number: no built-in rule'),

  rec('rental_passport', f`The counter agent typed the passport wrong, can you draft a correction note for the rental agreement?
Customer: Haruka Sato (Japan)
Passport: ${v('pii.passport', 'TZ4827361')}
Phone: ${phone('+81 90-4827-3615')}
Pick-up: Zürich Airport, 02.11.2024`),

  rec('telematics_json', f`${cfg(f`{
  "event": "harsh_braking",
  "vin": "WVWZZZAWZNU047318",
  "ts": "2024-10-30T07:12:44Z",
  "lat": 52.37418, "lon": 4.89732,
  "speed_kmh": 64,
  "driver": { "name": "Daan Visser", "email": "${v('pii.email', 'daan.visser@outlook.com')}", "phone": "${phone('+31 6 48273615')}" },
  "gateway_ip": "${amb('pii.ip_address', '185.107.56.212')}"
}`)}

Is it OK under GDPR to keep the driver block in the telematics event? Rewrite the schema with a pseudonymous driver id instead.`),

  rec('chat_cs', f`Ahoj, zákazník Tomáš Dvořák (tel. ${phone('+420 604 482 736')}, e-mail ${v('pii.email', 'tomas.dvorak@seznam.cz')}) reklamuje poplatek za tankování. Napiš mu prosím omluvný e-mail v češtině.`),

  rec('chat_sk', f`Napíš prosím potvrdenie o prevzatí auta pre pani Zuzanu Horvátovú, nar. ${v('pii.date_of_birth', '11. 7. 1988')}, č. pasu ${v('pii.passport', 'EK4827361')}, tel. ${phone('+421 904 482 736')}.`),

  rec('chat_en_au', f`G'day, need a letter to a customer about a speeding fine we received for her hire: Jessica Nguyen, licence ${ambCat('pii', '048 273 615')} (NSW), mobile ${phone('0412 482 736', 'AU')}, infringement dated 21 Oct on the M5.`, 'Australian driver licence number: no built-in rule'),

  // ── NGO cash transfer programme ──
  rec('registration_uk', f`Перевір, будь ласка, чи повна ця реєстраційна анкета для грошової допомоги (переклади поля англійською):

ПІБ: Коваленко Олена Петрівна
Дата народження: ${v('pii.date_of_birth', '16.02.1978')}
Телефон: ${phone('+380 67 418 2953')}
Паспорт: ${v('pii.passport', 'FX482736')}
Склад домогосподарства: 4 особи (2 дітей до 5 років)
Місце тимчасового проживання: Дніпро, гуртожиток №3`),

  rec('registration_so', f`Fadlan u turjun Ingiriis: Magaca: Faadumo Cabdi Xasan, Taleefan: ${phone('+252 61 5482917')}, Taariikhda dhalashada: ${v('pii.date_of_birth', '12/03/1990')}, qoyska: 7 qof, degaan: Baidoa, xerada Bay 4. Waxay u baahan tahay lacag caddaan ah oo bishii ah.`),

  rec('registration_ps', f`دا د نغدي مرستې د کورنۍ ثبت فورمه په انګلیسي وژباړئ: نوم: ګل احمد، تلیفون ${phone('+93 70 148 2963')}، د زیږون نېټه ${v('pii.date_of_birth', '1364/05/12')}، د کورنۍ غړي: ۶، اوسنی ځای: جلال اباد کمپ.`),

  rec('registration_fa_af', f`لطفاً این اطلاعات ثبت خانواده را به شکل جدول درآورید: نام: زهرا حسینی، شماره تماس ${phone('+93 79 548 2163')}، تذکره ${ambCat('pii', '1401-0101-48273')}، تعداد اعضا ۵، آدرس موقت: هرات، شهرک جبرئیل.`, 'Afghan e-tazkira number: no built-in rule'),

  rec('registration_sw', f`Tafadhali andika ujumbe mfupi wa SMS kwa mnufaika huyu kumjulisha kwamba malipo yametumwa:
Jina: Amina Wanjiru
Simu: ${phone('+254 722 418 305')}
Namba ya kitambulisho: ${ambCat('pii', '31482736')}
Kiasi: KES 7,500 (awamu ya 3)`, 'Kenyan national ID number: no built-in rule'),

  rec('registration_am', f`ይህንን የተፈናቃይ ቤተሰብ መረጃ ወደ እንግሊዝኛ ተርጉምልኝ፡ ስም፡ ሰላም ተስፋዬ፣ ስልክ ${phone('+251 91 148 3027')}፣ የልደት ቀን ${v('pii.date_of_birth', '12/04/1986')}፣ የቤተሰብ ብዛት 6፣ መጠለያ፡ ደሴ ካምፕ።`),

  rec('registration_my', f`ဤအချက်အလက်များကို အင်္ဂလိပ်လို ဘာသာပြန်ပေးပါ - အမည်: ဒေါ်ခင်မာဝင်း၊ ဖုန်း ${phone('+95 9 421 583 962')}၊ မွေးသက္ကရာဇ် ${v('pii.date_of_birth', '3.8.1981')}၊ မိသားစုဝင် ၅ ဦး၊ လက်ရှိနေရာ - စစ်ကိုင်း ယာယီစခန်း။`),

  rec('registration_ar', f`${cfg(f`beneficiary_id,name_ar,phone,dob,household_size,governorate
SY-IDP-10482,أحمد العلي,${phone('+963 944 382 716')},${v('pii.date_of_birth', '1975-03-02')},7,Idlib
SY-IDP-10483,فاطمة الحسن,${phone('+963 933 518 274')},${v('pii.date_of_birth', '1989-10-19')},4,Idlib
SY-IDP-10490,محمود خليل,${phone('+964 770 481 2936')},${v('pii.date_of_birth', '1968-07-25')},9,Duhok`)}

ساعدني أكتب رسالة SMS بالعربي لكل مستفيد تخبره بموعد صرف الدفعة الثانية.`),

  rec('chat_ku', f`Ji kerema xwe vê nameyê bi Îngilîzî binivîse: Malbata Silêman Baran, telefon ${phone('+964 750 482 7361')}, e-name ${v('pii.email', 'sileman.baran78@gmail.com')}, 6 kes, li kampa Domiz dimînin, arîkariya diravî ya mehane hewce dikin.`),

  // ── newspaper investigations desk ──
  rec('tip_note', f`Clean up my notes from the call with the source, make them a timeline. (Source agreed to be named internally only.)

Source: Henrik Olsen, former procurement officer at the port authority
Signal: ${phone('+45 24 82 73 61')}
Private mail: ${v('pii.email', 'h.olsen.priv@proton.me')}
- says dredging tender 2021/14 was rewritten after the bid deadline
- has the original spec as PDF, will send via SecureDrop
- met consultant "M." at Café Nord twice in March 2021`),

  rec('chat_no', f`Kan du lage et sammendrag av tipset? Tipser: Ingrid Solberg, mobil ${phone('+47 482 73 615')}, jobber i kommunens byggesaksavdeling, mener at tre dispensasjoner ble gitt til samme utbygger uten høring.`),

  rec('chat_pl', f`Przepisz notatkę z rozmowy ze źródłem, ale zachowaj dane kontaktowe dla redaktora: Paweł Zieliński, tel. ${phone('+48 512 384 906')}, e-mail ${v('pii.email', 'pawel.zielinski.77@wp.pl')}. Twierdzi, że przetarg na obwodnicę był ustawiony.`),

  rec('chat_he', f`תוכל לנסח מכתב בקשה לתגובה? הפנייה אל: עו"ד רונית כהן, טלפון ${phone('052-482-7361', 'IL')}, דוא"ל ${v('pii.email', 'ronit.cohen.law@walla.co.il')}. הכתבה עוסקת בחוזי הפינוי בנמל.`),

  // ── bond back office & greenhouse staff ──
  rec('hr_en_gb', f`Turn this into a new-starter checklist for the settlements team:
Name: Aisha Rahman
NI number: ${v('pii.uk_nino', 'JK 48 27 61 C')}
DOB: ${v('pii.date_of_birth', '30/01/1996')}
Mobile: ${phone('07823 415906', 'GB')}
Start: 18 Nov, desk 4B, reports to Head of Sovereign Settlements.`),

  rec('hr_es_nie', f`Prepara el contrato de temporada para el invernadero de Almería: trabajador Youssef El Amrani, NIE ${v('pii.es_nie', 'Y3376244L')}, teléfono ${phone('+212 661 482736')}, fecha de nacimiento ${v('pii.date_of_birth', '05/06/1993')}, puesto: operario de riego.`),

  rec('signature_th', f`ช่วยแปลอีเมลนี้เป็นภาษาอังกฤษ:

เรียนคุณสมชาย
ระบบน้ำหยดในโรงเรือนที่ 4 ขัดข้องตั้งแต่เมื่อคืน กรุณาโทรกลับด่วน

ด้วยความนับถือ
วิภาวดี ศรีสุข
หัวหน้าฝ่ายระบบชลประทาน
โทร ${phone('081 482 5936', 'TH')}
อีเมล ${v('pii.email', 'wipawadee.s@greenfarm-th.co.th')}`),

  rec('chat_vi', f`Soạn giúp tôi thư mời phỏng vấn kỹ sư tự động hóa tưới tiêu: ứng viên Trần Minh Quân, sinh ngày ${v('pii.date_of_birth', '14/09/1990')}, điện thoại ${phone('0912 483 067', 'VN')}, email ${v('pii.email', 'quan.tranminh90@gmail.com')}.`),

  rec('chat_en_ng', f`Abeg help me write a reference letter for our former greenhouse supervisor: Chinedu Okafor, phone ${phone('+234 803 417 2950')}, email ${v('pii.email', 'chinedu.okafor@yahoo.com')}, worked with us 2019–2024 on the drip irrigation upgrade.`),

  rec('log', f`${cfg(f`2024-11-01 06:02:11 INFO  valve-ctl  operator login user=m.kowalczyk from ${amb('pii.ip_address', '10.20.0.57')}
2024-11-01 06:02:40 INFO  valve-ctl  override zone=A7 duration=20m operator_phone=${phone('+48 601 384 927')}
2024-11-01 06:23:02 WARN  valve-ctl  EC drift A7 2.9 mS/cm (target 2.4)`)}

Why does the valve controller log the operator's phone? Can we remove it?`),
];

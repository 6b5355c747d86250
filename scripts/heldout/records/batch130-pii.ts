/**
 * Held-out batch 130: personal data in medication-round notes, dress-rental bookings, tunnel-crew
 * rosters, weather-observer records, pledge-drive member files and export-control screening.
 * Hand-written, many languages.
 */
import { brCpfFormatted, inAadhaarSpaced, itCodiceFiscale, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const nhs = ukNhsSpaced;
const aadhaar = inAadhaarSpaced;
const NHS_1 = nhs('485273916');
const NHS_2 = nhs('734019586');
const AADHAAR = aadhaar('58274913062');
const CPF = brCpfFormatted('318475269');
const CPF_2 = brCpfFormatted('604912738');
const CF = itCodiceFiscale('BRNGLI88C52L219');

export const BATCH130_PII: DraftRecord[] = [
  rec('note_en_us', f`Rewrite this med-pass note in a professional tone for the chart:

Pt: Darnell Whitaker, booking #C-2291847, DOB ${v('pii.date_of_birth', '07/14/1986')}
Unit 4B, cell 12. Refused 0800 sertraline 50 mg again, says it makes him "foggy". Took the metformin. Told him I'd let psych know. 3rd refusal this week.
SSN on file for the Medicaid re-enrollment: ${v('pii.us_ssn', '412-68-3095')}`),

  rec('mar_en_gb', f`Can you turn this into a handover summary for the evening round?

Medication Administration Record – HMP Northfield, Healthcare Unit
Name: Kieran Doyle   NHS No: ${v('pii.uk_nhs_number', NHS_1)}   DOB: ${v('pii.date_of_birth', '23/02/1979')}
Methadone 60 ml – 08:15 supervised, given
Mirtazapine 15 mg – 20:00 in-possession NOT permitted
Next of kin: sister, ${phone('07828 419306', 'GB')}`),

  rec('form_de', f`Wir zahlen den ehrenamtlichen Wetterbeobachtern eine Aufwandsentschädigung. Bitte prüfe, ob der Stammdatenbogen vollständig ist:

Name: Hildegard Ruhland
Station: Klimastation Oberwiesenthal (Nebenamt)
Geburtsdatum: ${v('pii.date_of_birth', '11.09.1958')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '47192385614')}
Telefon: ${phone('0171 4829365', 'DE')}
E-Mail: ${v('pii.email', 'h.ruhland@t-online.de')}`),

  rec('chat_fr', f`Peux-tu rédiger une attestation employeur pour notre animatrice du matinal qui quitte la radio ?
Mme Corinne Lefèvre, née le ${v('pii.date_of_birth', '5 octobre 1991')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 91 05 13 055 128 85')}
Entrée : 01/09/2016 – sortie : 31/12/2024
Tél. : ${phone('06 48 27 39 15', 'FR')}`),

  rec('booking_es', f`Reserva tienda Madrid-Salamanca — ¿me ayudas a redactar el recordatorio de la prueba?

Clienta: Marta Iglesias Ruiz
DNI: ${v('pii.es_dni', '48291736Q')}
Móvil: ${phone('612 384 927', 'ES')}
Vestido: ref. NV-5520 talla 38, prueba 18/01, boda 15/03/2025
Fianza: 250 € (pagada)`),

  rec('chat_es_nie', f`Un operario rumano de la tuneladora necesita el certificado de empresa para el paro. Datos: Ionuț Popescu, NIE ${v('pii.es_nie', 'Y6047213K')}, fecha de nacimiento ${v('pii.date_of_birth', '02/04/1984')}. ¿Me haces el texto?`),

  rec('form_it', f`Scheda cliente noleggio abiti da cerimonia – filiale di Torino
Nome: Giulia Bernardi
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Cellulare: ${phone('347 829 3146', 'IT')}
Email: ${v('pii.email', 'giulia.bernardi88@libero.it')}
Abito: tight grigio perla + gilet, ritiro 12/04

Mi scrivi un SMS di conferma del ritiro?`),

  rec('onboarding_nl', f`Maak van deze gegevens een welkomstmail voor de nieuwe ringbouwer op de TBM (geen BSN in de mail!):
Naam: Sander Kuipers
BSN: ${v('pii.nl_bsn', '318642074')}
Geb.datum: ${v('pii.date_of_birth', '19-06-1993')}
Mobiel: ${phone('06 28473916', 'NL')}
Start: 6 januari, ploeg B (nacht)`),

  rec('whatsapp_pt_br', f`Oi! Pode me ajudar a responder essa cliente do aluguel de vestido de noiva?

"Boa tarde, sou a Larissa Moura, CPF ${v('pii.br_cpf', CPF)}, reservei o vestido da coleção Aurora pra 22/02. Meu WhatsApp é ${phone('(11) 98473-2916', 'BR')} e o e-mail ${v('pii.email', 'larissa.moura@gmail.com')}. Queria trocar a data da prova."`),

  rec('chat_en_in', f`Please draft the medication consent form cover note. Prisoner-patient: Ravi Kumar Yadav, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, DOB ${v('pii.date_of_birth', '14-08-1990')}, on isoniazid prophylaxis. Family contact ${phone('98481 27365', 'IN')}.`),

  rec('t4_fr_ca', f`Peux-tu m'aider à remplir le courriel pour le feuillet T4 de notre technicienne de régie?
Nom : Émilie Tremblay
NAS : ${v('pii.ca_sin', '463 819 276')}
Adresse : 412, rue Saint-Joseph Est, Québec
Cell. : ${phone('(514) 382-7416', 'CA')}`),

  rec('w9_en_us', f`Contract nurse for the county jail med rounds sent her W-9 details by text, can you put them in a table for payroll?
Name: Tamika R. Holloway
SSN: ${v('pii.us_ssn', '528 41 7736')}
Cell: ${phone('(406) 728-3915', 'US')}
Email: ${v('pii.email', 'tamika.holloway.rn@outlook.com')}`),

  rec('screening_zh', f`请帮我把这位来访客户的信息整理成英文，用于出口管制的最终用户审查：
姓名：王志强
护照号码：${v('pii.passport', 'EJ4829173')}
出生日期：${v('pii.date_of_birth', '1977年3月28日')}
手机：${phone('138 2947 3816', 'CN')}
单位：某电机制造公司（采购部）`),

  rec('roster_ja', f`シールドマシン夜勤班の名簿です。緊急連絡網の形に整えてください。
山田 健太  生年月日 ${v('pii.date_of_birth', '1988年5月17日')}  携帯 ${phone('090-4827-3916', 'JP')}
佐々木 誠  生年月日 ${v('pii.date_of_birth', '1992年11月2日')}  携帯 ${phone('080-3918-2475', 'JP')}`),

  rec('chat_ko', f`예복 대여 고객 정보인데 예약 확인 문자로 다듬어 주세요.
이름: 김서연 / 생년월일: ${v('pii.date_of_birth', '1995.07.21')}
연락처: ${phone('010-4827-3916', 'KR')} / 이메일: ${v('pii.email', 'seoyeon.kim95@naver.com')}
피팅 1월 11일 오후 2시, 강남점`),

  rec('chat_ru', f`Составь, пожалуйста, письмо в отдел кадров о допуске проходчика к работе на ТПМК:
Смирнов Алексей Викторович, дата рождения ${v('pii.date_of_birth', '12.03.1987')}
Паспорт: серия ${v('pii.passport', '45 12 384921')}
Телефон: ${phone('+7 916 482-73-91')}`),

  rec('chat_ar_eg', f`ممكن تكتبلي رسالة تأكيد لعروسة حجزت فستان من فرع مدينة نصر؟ اسمها ندى حسن، موبايل ${phone('010 2847 3916', 'EG')}، والإيميل ${v('pii.email', 'nada.hassan93@yahoo.com')}، والبروفة يوم الخميس الساعة ٥.`),

  rec('note_he', f`תנסח בבקשה עדכון לצוות האחיות על אסיר-מטופל:
שם: יוסף אברהמי, תאריך לידה ${v('pii.date_of_birth', '03.11.1975')}
טלפון של איש קשר (אח): ${phone('052-482-7391', 'IL')}
מקבל אינסולין לפני ארוחת בוקר, לבדוק סוכר ב-07:30.`),

  rec('chat_th', f`ช่วยเขียนอีเมลขอบคุณผู้บริจาคสถานีวิทยุหน่อยค่ะ คุณสมชาย ใจดี เบอร์ ${phone('081 482 7391', 'TH')} อีเมล ${v('pii.email', 'somchai.jaidee@hotmail.com')} บริจาครายเดือน 500 บาท`),

  rec('chat_vi', f`Giúp mình soạn tin nhắn xác nhận lịch thử áo dài cưới cho khách: chị Nguyễn Thị Lan, ngày sinh ${v('pii.date_of_birth', '09/12/1996')}, số điện thoại ${phone('091 482 7391', 'VN')}, thử áo ngày 20/1 tại chi nhánh Quận 3.`),

  rec('chat_id', f`Tolong buatkan surat keterangan kerja untuk operator TBM: Budi Santoso, tanggal lahir ${v('pii.date_of_birth', '17 Agustus 1989')}, HP ${phone('0812-4827-3916', 'ID')}, email ${v('pii.email', 'budi.santoso89@gmail.com')}.`),

  rec('chat_bn', f`আমাদের স্বেচ্ছাসেবী বৃষ্টিপাত পর্যবেক্ষকের জন্য একটা ধন্যবাদপত্র লিখে দাও: রহিমা খাতুন, মোবাইল ${phone('01712-482739', 'BD')}, সাতক্ষীরা স্টেশন।`),

  rec('chat_ta', f`சிறை மருத்துவப் பிரிவு: நோயாளி முருகன் செல்வம், பிறந்த தேதி ${v('pii.date_of_birth', '21-06-1982')}, மனைவியின் கைபேசி ${phone('94431 27856', 'IN')}. காலை மருந்து சுற்றுக்கான குறிப்பை ஆங்கிலத்தில் மொழிபெயர்க்கவும்.`),

  rec('chat_ka', f`გთხოვ, ინგლისურად თარგმნე გვირაბის მშენებლობის ახალი მუშის მონაცემები ინდუქციის ფორმისთვის: გიორგი ბერიძე, დაბადების თარიღი ${v('pii.date_of_birth', '08.02.1990')}, პასპორტი ${v('pii.passport', '14AB82937')}, ტელ. ${phone('+995 599 48 27 39')}.`),

  rec('chat_hy', f`Խնդրում եմ գրիր շնորհակալական նամակ ռադիոյի նվիրատուին՝ Արմեն Սարգսյան, հեռ. ${phone('+374 91 482739')}, էլ. փոստ ${v('pii.email', 'armen.sargsyan@mail.am')}։`),

  rec('chat_am', f`እባክህ ለእስረኛ-ታካሚው ቤተሰብ የሚላክ መልዕክት ጻፍ፦ የእህቱ ስልክ ${phone('+251 91 148 2739')} ነው፣ የመድኃኒት ሰዓት ተቀይሯል።`),

  rec('chat_sw', f`Niandikie barua ya shukrani kwa mwangalizi wa kituo cha mvua, Bw. Juma Otieno, simu ${phone('0712 482739', 'KE')}, barua pepe ${v('pii.email', 'juma.otieno@gmail.com')}.`),

  rec('chat_tl', f`Pa-draft naman ng confirmation text para sa bride: si Maria Clarisse Dela Cruz, cell ${phone('0917 482 7391', 'PH')}, email ${v('pii.email', 'clarisse.delacruz@yahoo.com.ph')}. Fitting niya sa Jan 25, 3pm, sa Quezon City branch.`),

  rec('log_en', f`Why is the pledge form logging this at INFO? Should be DEBUG at most.

${amb('source_code.snippet', f`2024-12-04T19:42:17Z INFO pledge-api POST /v1/pledges 201 member=${v('pii.email', 'g.ferreira@comcast.net')} phone=${phone('+1 (971) 384-2290')} ip=${amb('pii.ip_address', '73.158.201.44')} amount=120 recurring=true
2024-12-04T19:42:31Z INFO pledge-api POST /v1/pledges 201 member=${v('pii.email', 'lwoodson@sbcglobal.net')} phone=${phone('(802) 431-6628', 'US')} ip=${amb('pii.ip_address', '98.213.44.170')} amount=60 recurring=false`)}`),

  rec('csv_en', f`Dedupe this member export by email and keep the most recent gift:

${amb('source_code.snippet', f`member_id,name,email,phone,last_gift
M-30418,Patricia Nguyen,${v('pii.email', 'pnguyen.pdx@gmail.com')},${phone('+1 212 847 3916')},2024-11-30
M-30418,Pat Nguyen,${v('pii.email', 'pnguyen.pdx@gmail.com')},${phone('+1 212 847 3916')},2023-12-02
M-41877,Howard Ellsworth,${v('pii.email', 'h.ellsworth@protonmail.com')},${phone('(406) 728-3915', 'US')},2024-10-15`)}`),

  rec('form_de_at', f`Kannst du aus den Angaben ein Übergabeprotokoll machen? Insasse Mario Gruber, geb. ${v('pii.date_of_birth', '30.01.1968')}, Sozialversicherungsnummer ${ambCat('pii', '1284 300168')}, Angehörige (Tochter): ${phone('0664 2938471', 'AT')}. Blutdrucktabletten morgens und abends.`, 'Austrian SV number: personal, no engine rule claims it'),

  rec('chat_sv', f`Skriv ett tackbrev till vår frivilliga väderobservatör: Ingrid Bergström, personnummer ${ambCat('pii', '19540723-4188')}, telefon ${phone('070-384 29 17', 'SE')}. Hon har rapporterat snödjup sedan 1989.`, 'Swedish personnummer: personal, no engine rule claims it'),

  rec('chat_pl', f`Przygotuj proszę pismo do ZUS dla operatora maszyny TBM: Tomasz Wójcik, PESEL ${ambCat('pii', '88031412358')}, data urodzenia ${v('pii.date_of_birth', '14.03.1988')}, tel. ${phone('512 384 729', 'PL')}.`, 'PESEL: personal, no engine rule claims it'),

  rec('induction_en_au', f`Can you tidy up this FIFO induction record for the tunnel crew?
Name: Liam O'Sullivan
DOB: ${v('pii.date_of_birth', '03/09/1991')}
Passport: ${v('pii.passport', 'PA4829173')}
Mobile: ${phone('0412 483 927', 'AU')}
Emergency contact: partner, ${phone('+61 2 9384 7261')}`),

  rec('chat_pt_br2', f`Escreve um e-mail pro RH com os dados do novo técnico de segurança do túnel: Rafael Nogueira, CPF ${v('pii.br_cpf', CPF_2)}, nascido em ${v('pii.date_of_birth', '22/07/1985')}, celular ${phone('+55 11 98473-2916')}.`),

  rec('chat_en_gb2', f`Please write a short letter to the GP confirming the transfer of care. Patient: Aaron Blake, NHS number ${v('pii.uk_nhs_number', NHS_2)}, released from HMP Northfield on 2 December, on buprenorphine 16 mg daily. NI number ${v('pii.uk_nino', 'JT 48 27 61 C')} for the benefits referral.`),
];

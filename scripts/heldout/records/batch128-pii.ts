/**
 * Held-out batch 128: personal data in KYC reviews, tax-free refund forms, performer work permits,
 * chemotherapy compounding orders, ground-station site access lists and school-bus rosters. Hand-written.
 */
import { brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const aadhaar = inAadhaarSpaced;
const nhs = ukNhsSpaced;
const dni = esDni;
const nie = esNie;
const nir = (body13: string): string => {
  const key = frNirKey(body13);
  return `${body13[0]} ${body13.slice(1, 3)} ${body13.slice(3, 5)} ${body13.slice(5, 7)} ${body13.slice(7, 10)} ${body13.slice(10, 13)} ${key}`;
};
const bsn = (p8: string): string => {
  const d = nlBsnCheckDigit(p8);
  if (d < 0) throw new Error(`no BSN check digit for ${p8}`);
  return p8 + String(d);
};
const sin = (p8: string): string => {
  const d = p8 + String(luhnCheckDigit(p8));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};
const steuerId = (b10: string): string => b10 + String(deSteuerIdCheckDigit(b10));

export const BATCH128_PII: DraftRecord[] = [
  // ——— crypto exchange KYC ———
  rec('kyc_note_en', f`KYC review – case CV-KYC-2025-04471
Applicant: Rahul Menon
Document: Indian passport no. ${v('pii.passport', 'V4829173')}, issued Kochi
Aadhaar (for address proof): ${v('pii.in_aadhaar', aadhaar('52830194762'))}
DOB: ${v('pii.date_of_birth', '17/08/1991')}
Mobile: ${phone('+91 99401 28573')}
Selfie liveness: pass. Address mismatch between Aadhaar and utility bill (Ernakulam vs Bengaluru).

Draft a request-for-information email to the customer asking for a recent bank statement.`),

  rec('kyc_pt_br', f`Me ajuda a revisar esse cadastro antes de aprovar o saque?
Nome: Juliana Rocha Batista
CPF: ${v('pii.br_cpf', brCpfFormatted('472918305'))}
Data de nascimento: ${v('pii.date_of_birth', '03/11/1996')}
Celular: ${phone('+55 31 99482-7361')}
E-mail: ${v('pii.email', 'ju.rochab@uol.com.br')}
Obs.: a selfie está com pouca luz, mas o documento (CNH) parece ok.`),

  rec('kyc_es', f`Revisión KYC – retirada de 9.800 € bloqueada
Titular: Sergio Navarro Ibáñez, DNI ${v('pii.es_dni', dni('48273916'))}
Cotitular de la cuenta bancaria: Anca Popescu, NIE ${v('pii.es_nie', nie('Y', '4827391'))}
Fecha de nacimiento del titular: ${v('pii.date_of_birth', '22 de abril de 1984')}

¿Me redactas un correo pidiendo justificante del origen de los fondos?`),

  rec('kyc_de', f`Für die Meldung nach DAC8 brauchen wir die Steuer-ID. Kunde hat im Formular angegeben:
Name: Tobias Wendland
Geburtsdatum: ${v('pii.date_of_birth', '09.02.1979')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', steuerId('4719283756'))}
Wohnsitz: Leipzig

Ist das Format plausibel? Bitte nur Format prüfen, nicht speichern.`),

  rec('kyc_it', f`Ciao, puoi controllare se questo codice fiscale corrisponde ai dati anagrafici del cliente?
Giulia Bianchi, nata a Roma il ${v('pii.date_of_birth', '12/05/1990')}
CF: ${v('pii.it_codice_fiscale', itCodiceFiscale('BNCGLI90E52H501'))}
Il sistema KYC lo segna come "mismatch".`),

  rec('kyc_ko', f`KYC 재심사 요청 건입니다. 고객명 김민지, 생년월일 ${v('pii.date_of_birth', '1993년 7월 14일')}, 여권번호 ${v('pii.passport', 'M48291736')}, 연락처 ${phone('010-4827-3916', 'KR')}. 주민등록번호 뒷자리는 마스킹 처리됨 (930714-2******). 출금 한도 상향 사유서를 영어로 정리해 주세요.`),

  rec('kyc_tr', f`Çekim talebi manuel incelemede. Müşteri bilgileri:
Ad: Mehmet Yıldız
T.C. Kimlik No: ${ambCat('pii', '38492710562')}
Doğum tarihi: ${v('pii.date_of_birth', '05.06.1988')}
Telefon: ${phone('+90 533 218 47 39')}
Kaynak beyanı: "araba satışı". Belge istemek için kısa bir mesaj yazar mısın?`, 'Turkish T.C. Kimlik number: personal, no built-in rule claims it (ambiguous, no rule id)'),

  rec('login_log_en', f`User says someone else withdrew from her account. Login history export:

${amb('source_code.snippet', f`ts,user,email,ip,country,device
2025-03-02T08:14:22Z,u_883120,${v('pii.email', 'hanna.virtanen@elisanet.fi')},${amb('pii.ip_address', '91.152.48.207')},FI,iPhone 14
2025-03-02T23:41:09Z,u_883120,${v('pii.email', 'hanna.virtanen@elisanet.fi')},${amb('pii.ip_address', '45.137.21.88')},NL,Windows Chrome
2025-03-02T23:44:51Z,u_883120,${v('pii.email', 'hanna.virtanen@elisanet.fi')},${amb('pii.ip_address', '45.137.21.88')},NL,Windows Chrome`)}

Write a summary for the account-takeover ticket.`),

  rec('kyc_vi', f`Khách hàng Nguyễn Thị Lan, ngày sinh ${v('pii.date_of_birth', '28/09/1995')}, hộ chiếu số ${v('pii.passport', 'C4829173')}, SĐT ${phone('+84 903 482 739')}. Khách rút 15.000 USDT ngay sau khi nạp. Viết giúp mình ghi chú chuyển cho bộ phận AML bằng tiếng Anh.`),

  rec('kyc_he', f`צריך לנסח מייל ללקוח שמבקש להעלות שוב תעודה מזהה. פרטי הלקוח: שם: אורי כהן, ת"ז ${ambCat('pii', '039482716')}, תאריך לידה ${v('pii.date_of_birth', '11/03/1987')}, טלפון ${phone('+972 54-829-4173')}. התמונה הקודמת הייתה מטושטשת.`, 'Israeli Teudat Zehut: no built-in rule (ambiguous, no rule id)'),

  // ——— tax-free refund operator ———
  rec('refund_form_zh', f`这是一位游客的退税单信息，帮我检查是否完整：
姓名：王丽娜
护照号码：${v('pii.passport', 'EH4829173')}
国籍：中国
出生日期：${v('pii.date_of_birth', '1989年3月21日')}
手机：${phone('+86 139 1047 2856')}
邮箱：${v('pii.email', 'wanglina89@163.com')}
退款方式：支付宝`),

  rec('refund_claim_en_us', f`Customer escalation – refund not received
Name: Brandon Keller
US passport: ${v('pii.passport', '584927163')}
Email: ${v('pii.email', 'bkeller.travels@gmail.com')}
Phone: ${phone('(317) 482-6591', 'US')}
Forms: KTF-IT-25-0193001, KTF-IT-25-0193002 (Florence, Jan 12)

Write an apology that explains customs stamp validation takes up to 5 weeks.`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษหน่อยค่ะ: "ลูกค้าชื่อ นางสาวพิมพ์ชนก ศรีสุข หนังสือเดินทางเลขที่ ${v('pii.passport', 'AA4829173')} เกิดวันที่ ${v('pii.date_of_birth', '2 ตุลาคม 2535')} ติดต่อ ${phone('+66 89 482 7391')} ขอคืนภาษีที่สนามบินมิวนิกแต่ลืมให้ศุลกากรประทับตรา"`),

  rec('chat_ar', f`أريد الرد على عميل يشتكي من عدم وصول مبلغ الاسترداد. بياناته: أحمد فتحي، رقم جواز السفر ${v('pii.passport', 'A48291736')}، موبايل ${phone('+20 122 482 7391')}، الإيميل ${v('pii.email', 'ahmed.fathy88@yahoo.com')}. اكتب لي رداً مهذباً بالعربية من فضلك.`),

  rec('chat_fr', f`Tu peux m'aider à remplir le formulaire de réclamation pour ma belle-mère ? Elle a fait la détaxe à Roissy mais elle est résidente marocaine. Ses données : Fatima Benali, passeport marocain ${v('pii.passport', 'TZ4829173')}, née le ${v('pii.date_of_birth', '14 septembre 1961')}, portable ${phone('+212 661 482739')}.`),

  rec('chat_es_ar', f`Che, me ayudás a escribirle a la empresa del tax free? Hice el reintegro en Madrid y nunca llegó. Mis datos: Martina Giménez, pasaporte ${v('pii.passport', 'AAF482917')}, DNI ${ambCat('pii', '38.492.716')}, cel ${phone('+54 9 351 482-7391')}. Gracias, posta.`, 'Argentine DNI: no built-in rule (ambiguous, no rule id)'),

  // ——— touring circus: performers & crew ———
  rec('work_permit_en', f`Work permit application list – UK leg (Manchester, Glasgow)
1. Oleksandr Melnyk – Ukraine – passport ${v('pii.passport', 'FA482917')} – DOB ${v('pii.date_of_birth', '02/04/1994')} – aerial straps
2. Batbayar Ganbold – Mongolia – passport ${v('pii.passport', 'E4829173')} – DOB ${v('pii.date_of_birth', '19/11/1990')} – contortion
3. Meseret Alemu – Ethiopia – passport ${v('pii.passport', 'EP4829173')} – DOB ${v('pii.date_of_birth', '07/07/1998')} – hand balancing

Can you format this as a table for the sponsor licence portal?`),

  rec('chat_am', f`እባክህ ይህንን ወደ እንግሊዝኛ ተርጉምልኝ፦ "ስም፦ መሰረት አለሙ፣ የትውልድ ቀን ${v('pii.date_of_birth', '07/07/1998')}፣ ፓስፖርት ቁጥር ${v('pii.passport', 'EP4829173')}፣ ስልክ ${phone('+251 911 482 739')}። ከሰርከስ ቡድኑ ጋር ወደ ጀርመን ለመጓዝ ቪዛ እፈልጋለሁ።"`),

  rec('crew_list_de', f`Kannst du aus dieser Liste eine Tabelle für die Anmeldung beim Ordnungsamt machen? Minderjährige Artisten brauchen eine Ausnahmegenehmigung.

Lea Brandt, geb. ${v('pii.date_of_birth', '14.03.2010')}, Jonglage, Erziehungsberechtigte: Sabine Brandt, ${phone('0176 23849175', 'DE')}
Mika Hoffmann, geb. ${v('pii.date_of_birth', '30.08.2009')}, Seiltanz, Erziehungsberechtigter: Jan Hoffmann, ${phone('+49 151 28473960')}`),

  rec('hr_fr', f`Rédige l'attestation de travail pour notre régisseur plateau :
M. Julien Marchand, né le ${v('pii.date_of_birth', '26/01/1985')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', nir('1850169123456'))}
Intermittent du spectacle, 412 heures sur la tournée 2024-2025.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a pasar esto a una tabla? Son los datos del equipo de carpa para el seguro del viaje a Guadalajara:
- Luis Hernández, CURP ${ambCat('pii', 'HEML900312HJCRNS08')}, cel ${phone('+52 33 4827 3916')}
- Rosa Martínez, nacida el ${v('pii.date_of_birth', '5 de junio de 1992')}, cel ${phone('+52 55 4827 3916')}`, 'Mexican CURP: no built-in rule (ambiguous, no rule id)'),

  // ——— hospital pharmacy, oncology compounding ———
  rec('compounding_order_en_uk', f`Please check this chemo worksheet for transcription errors (BSA and dose):

Patient: Margaret Doyle   NHS No: ${v('pii.uk_nhs_number', nhs('485029163'))}   DOB: ${v('pii.date_of_birth', '14/02/1958')}
Height 162 cm, weight 58 kg → BSA 1.62 m²
Regimen: FOLFOX cycle 4 – oxaliplatin 85 mg/m² = 138 mg in 250 mL glucose 5%
Ward: Oncology Day Unit, contact ${phone('01792 482731', 'GB')}`),

  rec('prescription_nl', f`Kun je deze bereidingsopdracht omzetten naar een duidelijke checklist voor de analist?
Patiënt: J. de Boer, BSN ${v('pii.nl_bsn', bsn('24819375'))}, geboortedatum ${v('pii.date_of_birth', '03-10-1966')}
Paclitaxel 175 mg/m², BSA 1,91 → 334 mg in 500 ml NaCl 0,9%, PVC-vrij infuussysteem met 0,22 µm filter.`),

  rec('chat_fr_qc', f`Peux-tu résumer ce courriel pour l'équipe de préparation? « La patiente Mme Nathalie Gagnon (NAS ${v('pii.ca_sin', sin('27481936'))}, née le ${v('pii.date_of_birth', '8 juin 1972')}) a eu une réaction à la perfusion de rituximab. Rappeler sa fille au ${phone('(514) 829-4173', 'CA')}. » C'est pour le dossier d'événement indésirable.`, 'a Canadian SIN in a hospital note (unusual, but pasted as written)'),

  rec('chat_ur', f`براہ کرم اس نسخے کا انگریزی میں ترجمہ کر دیں: "مریض: محمد عارف، تاریخ پیدائش ${v('pii.date_of_birth', '15-01-1963')}، فون ${phone('+92 321 4827391')}۔ سائیکلو فاسفامائیڈ 600 ملی گرام/مربع میٹر، ہر 21 دن بعد۔"`),

  rec('chat_pt_pt', f`Podes ajudar-me a escrever uma nota para o serviço de oncologia? A preparação de docetaxel do utente Rui Ferreira (data de nascimento ${v('pii.date_of_birth', '30/06/1957')}, contacto ${phone('+351 912 847 362')}) foi adiada por falta de vigilância analítica.`),

  // ——— satellite ground station ———
  rec('site_access_en', f`Site access request – Karoo ground station, antenna field (escorted)
Visitor: Thomas Reinholt, Danish passport ${v('pii.passport', '209482716')}
Date of birth: ${v('pii.date_of_birth', '21 May 1982')}
Employer: Nordic Feed Systems ApS
Mobile: ${phone('+45 28 47 39 16')}
Visit: 14–16 April, feed horn replacement on 13 m dish

Please draft the confirmation email including PPE and RF safety instructions.`),

  rec('background_check_en_us', f`Background check packet for the new network engineer at the Fairbanks site:
Name: Kyle Brennan
SSN: ${v('pii.us_ssn', '521-48-7392')}
DOB: ${v('pii.date_of_birth', '10/23/1989')}
Current address: 1418 Birch Hill Rd, Fairbanks AK 99712
Phone: ${phone('+1 206 482 7391')}

Which parts can I email to the vendor and which must go through the secure portal?`),

  rec('onboarding_is', f`Geturðu skrifað stutt velkomnarbréf á ensku? Nýr tæknimaður á stöðinni: Sigríður Jónsdóttir, kennitala ${ambCat('pii', '210486-2739')}, sími ${phone('+354 824 7391')}, netfang ${v('pii.email', 'sigridur.j@borealgroundlink.net')}. Byrjar 2. júní.`, 'Icelandic kennitala: no built-in rule (ambiguous, no rule id)'),

  rec('chat_es_cl', f`Necesito hacer la credencial de acceso a la estación para el técnico nuevo: Matías Soto, RUT ${ambCat('pii', '17.482.916-3')}, fecha de nacimiento ${v('pii.date_of_birth', '2 de febrero de 1990')}, celular ${phone('+56 9 4827 3916')}. ¿Me armas el correo a seguridad?`, 'Chilean RUT: no built-in rule (ambiguous, no rule id)'),

  // ——— school-bus contractor ———
  rec('roster_en_us', f`Route 27 AM roster – please sort by stop order and make a printable sheet for the sub driver:

Stop 4 – Ava Thompson (gr. 2) – guardian ${phone('(937) 482-6105', 'US')} – 412 Linden Ave
Stop 2 – Noah Patel (gr. 5) – guardian ${phone('(937) 318-2749', 'US')} – 88 Maple Ct
Stop 3 – Sofia Ramirez (K) – guardian ${phone('(614) 827-3950', 'US')} – 1503 Oak St, allergy: peanuts (EpiPen in backpack)`),

  rec('driver_file_en_uk', f`Tidy up this driver record for the compliance audit:

Driver: Owen Pritchard
NI number: ${v('pii.uk_nino', 'JK 48 29 17 C')}
Date of birth: ${v('pii.date_of_birth', '18/09/1969')}
DBS certificate: 001748291736 (enhanced, issued 03/2024)
Mobile: ${phone('07834 219573', 'GB')}
PCV licence category D, expires 2027.`),

  rec('driver_app_en_us', f`New CDL driver onboarding, can you check which fields are missing for the state DOT file?
Name: Marcus Hill
SSN ${v('pii.us_ssn', '318 46 2957')}
Date of birth ${v('pii.date_of_birth', 'March 3, 1977')}
Email ${v('pii.email', 'marcus.hill77@outlook.com')}
CDL class B with P and S endorsements, medical card expires 11/2026`),

  rec('chat_sr', f`Можеш ли да ми преведеш на енглески? „Возач Драган Петровић, рођен ${v('pii.date_of_birth', '12.08.1975')}, телефон ${phone('+381 64 4827391')}, прелази на линију 14 од понедељка. Родитељи деце са те линије треба да буду обавештени."`),

  rec('chat_cs', f`Ahoj, potřebuju e-mail rodičům: od pondělí bude na lince 3 nový řidič, pan Petr Kovář, telefon ${phone('+420 777 482 739')}. Jeho datum narození (${v('pii.date_of_birth', '4. 5. 1981')}) tam samozřejmě nedávej, to je jen pro mě.`),

  rec('chat_ta', f`இதை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: "மாணவி கவியா ராமசாமி, பிறந்த தேதி ${v('pii.date_of_birth', '09/12/2015')}, பெற்றோர் தொலைபேசி ${phone('+91 98204 73916')}. பள்ளி பேருந்து எண் 7, காலை 7:10க்கு நிறுத்தம்."`),
];

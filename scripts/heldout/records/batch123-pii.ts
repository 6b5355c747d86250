/**
 * Held-out batch 123: personal data in driver onboarding, care-home admissions, service tickets,
 * club member lists, gas outage calls and think-tank speaker and grantee files. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);

export const BATCH123_PII: DraftRecord[] = [
  // taxi cooperative
  rec('form_ptbr', f`Cadastro de motorista parceiro – confere se falta algum dado antes de eu mandar pro seguro?
Nome: Rogério Nascimento da Silva
CPF: ${v('pii.br_cpf', '604.336.988-53')}
CNH: ${ambCat('pii', '04827193615')} (cat. B, EAR)
Data de nascimento: ${dob('17/06/1979')}
Celular/WhatsApp: ${phone('(11) 97428-3165', 'BR')}
E-mail: ${mail('rogerio.nsilva79@gmail.com')}
Veículo: Spin 2021, placa FJK-4E71`),

  rec('chat_fr', f`Peux-tu m'aider à remplir la demande de carte professionnelle VTC pour une nouvelle chauffeuse ? Infos : Karima Benhaddou, née le ${dob('3 juillet 1958')} à Lyon, n° de sécurité sociale ${v('pii.fr_nir', '2 58 07 69 622 583 23')}, tél. ${phone('06 41 82 37 95', 'FR')}. Il me manque juste le justificatif de domicile.`),

  rec('ticket_ru', f`Заявка №88214 — забытая вещь в такси
Пассажир: Ольга Сергеевна Мельникова
Телефон: ${phone('+7 916 482-71-93')}
Поездка: 12.02, 23:40, от Курского вокзала до ул. Лесная
Забыла: чёрный рюкзак с ноутбуком
Водитель: борт 318

Составь, пожалуйста, короткое сообщение водителю, чтобы проверил салон.`),

  rec('chat_hi', f`नए ड्राइवर का KYC अधूरा है। आधार नंबर ${v('pii.in_aadhaar', '4899 2284 4364')} है, मोबाइल ${phone('98482 71936', 'IN')}, जन्मतिथि ${dob('12-08-1991')}। क्या बीमा फॉर्म के लिए PAN भी चाहिए? एक छोटा संदेश लिख दो जो मैं उसे WhatsApp पर भेज सकूँ।`),

  rec('email_en_uk', f`Hi,

New driver starting Monday on the airport contract. For payroll:
Name: Callum Reid
NI number: ${v('pii.uk_nino', 'JT 33 75 42 C')}
DOB: ${dob('22/11/1984')}
Mobile: ${phone('07841 229 507', 'GB')}
Private hire badge: PH-04417

Could you write him a short welcome text with the depot address and first shift time (05:30)?`),

  rec('chat_es', f`¿Me redactas un certificado de empresa para un conductor que se va? Datos: Abdelkarim Rahali, NIE ${v('pii.es_nie', 'Y6505541M')}, trabajó con nosotros del 1/3/2022 al 31/1/2025 como conductor asalariado. Su teléfono ${phone('612 48 93 27', 'ES')} por si hace falta.`),

  // nursing-home group
  rec('admission_en_uk', f`Please summarise this pre-admission assessment for the care team handover:

Resident: Mrs Dorothy Hargreaves
NHS number: ${v('pii.uk_nhs_number', '749 536 8985')}
Date of birth: ${dob('14/03/1936')}
GP: Dr Patel, Hollins Lane Surgery
Next of kin: son, Martin Hargreaves – ${phone('07821 446 903', 'GB')}, ${mail('martin.hargreaves@btinternet.com')}
Needs: mobility with frame, mild dementia, diabetic diet, hearing aid left ear.`),

  rec('form_de', f`Heimaufnahme – bitte prüfe, ob alles für die Pflegekasse vollständig ist:
Bewohnerin: Gertrud Schimanski
Geburtsdatum: ${dob('02.09.1938')}
Steuer-ID: ${v('pii.de_steuer_id', '50289679945')}
Pflegegrad: 3
Angehörige: Tochter Birgit Schimanski-Roth, Tel. ${phone('030 2847 1935', 'DE')}, mobil ${phone('0171 4839206', 'DE')}
Einzug: 01.03.2025, Zimmer 214`),

  rec('form_it', f`Scheda ingresso RSA – mi aiuti a preparare la lettera di benvenuto per la famiglia?
Ospite: Grazia Cristiani
Codice fiscale: ${v('pii.it_codice_fiscale', 'CRSGRZ38P61L219F')}
Data di nascita: ${dob('21/09/1938')}
Familiare di riferimento: nipote Luca, cell. ${phone('+39 348 271 9463')}
Ingresso: lunedì 10 marzo`),

  rec('note_nl', f`Maak hiervan een nette overdracht voor de avonddienst:
Nieuwe bewoner dhr. Hendrik Visser, BSN ${v('pii.nl_bsn', '796106873')}, geb. ${dob('5 april 1941')}. Contactpersoon: dochter Ingrid, ${phone('+31 6 42819375')}. Valrisico, slaapt slecht, wil 's ochtends thee zonder suiker.`),

  rec('chat_frqc', f`Allo, une famille veut que je remplisse le formulaire de la RAMQ pour leur père qui entre au CHSLD. Il m'ont envoyé son NAS par courriel : ${v('pii.ca_sin', '425 104 890')}, date de naissance ${dob('1939-07-28')}. Est-ce que j'en ai vraiment besoin? Pis comment je leur dis gentiment de pas envoyer ça par courriel?`),

  rec('chat_ja', f`入居予定の山本和子様（生年月日：${dob('昭和12年4月3日')}）のご家族への連絡文を作ってください。長女の山本恵美様の携帯は ${phone('090-4827-1936', 'JP')}、メールは ${mail('emi.yamamoto@docomo.ne.jp')} です。面会時間と持ち物リストを入れてください。`),

  rec('chat_ko', f`보호자께 보낼 입소 안내 문자 좀 써 주세요. 어르신 성함 김순자, 생년월일 ${dob('1940년 11월 2일')}, 보호자(아드님) 연락처 ${phone('010-4827-1936', 'KR')}. 입소일은 3월 4일 오전 10시입니다.`),

  rec('chat_ar', f`أرجو صياغة رسالة ترحيب لعائلة المقيمة الجديدة السيدة فاطمة الزهراء العلوي، تاريخ الميلاد ${dob('1942/05/19')}، ورقم هاتف ابنها للتواصل ${phone('+971 50 482 7193')}. الزيارة مسموحة يومياً من ٤ إلى ٧ مساءً.`),

  rec('chat_he', f`תכתוב בבקשה הודעה לבת של הדיירת החדשה, רחל אברמוביץ (תאריך לידה ${dob('8.1.1937')}). הטלפון של הבת: ${phone('054-482-7193', 'IL')}. צריך להזכיר להביא את רשימת התרופות ואת כרטיס קופת החולים.`),

  // plumbing & HVAC
  rec('ticket_en_us', f`SVC-20417 | Water heater leaking, garage flooding
Customer: Brenda Kowalczyk
Phone: ${phone('(312) 847-2913', 'US')}  alt: ${phone('312-482-7193', 'US')}
Email: ${mail('bkowalczyk.home@outlook.com')}
Address: 2218 W Farragut Ave, Chicago IL
Window: today 1–4 pm, emergency rate approved

Write the confirmation text we send when the tech is en route.`),

  rec('chat_en_au', f`Customer's asking for a quote on a split system. Can you write the follow-up email? Details: Jarrah Whitfield, ${phone('0412 482 719', 'AU')}, ${mail('jarrah.w@bigpond.com')}, 3-bed in Penrith, wants it in before summer.`),

  rec('chat_th', f`ช่วยเขียนข้อความนัดช่างซ่อมแอร์ให้ลูกค้าหน่อยค่ะ คุณสมศักดิ์ ใจดี เบอร์ ${phone('081 482 7193', 'TH')} นัดวันพฤหัสบ่ายสองโมง แอร์ไม่เย็นและมีน้ำหยด`),

  rec('chat_vi', f`Anh viết giúp em tin nhắn xác nhận lịch bảo trì máy lạnh cho khách: chị Nguyễn Thị Lan, SĐT ${phone('0912 482 719', 'VN')}, địa chỉ 42 Nguyễn Trãi, Q.5. Thợ đến lúc 9 giờ sáng thứ Bảy.`),

  rec('csv_en_us', f`Which of these customers are due for their annual furnace tune-up? Last service over 11 months ago:

${amb('source_code.snippet', f`customer,phone,email,last_service
"Alvarez, Marisol",${phone('(773) 482-1937', 'US')},${mail('marisol.alvarez@yahoo.com')},2024-01-18
"Greene, Thomas",${phone('(708) 394-2816', 'US')},${mail('tgreene1962@aol.com')},2024-09-03
"Nakamura, Jun",${phone('(630) 517-4820', 'US')},${mail('jun.nakamura@comcast.net')},2023-12-27`)}`),

  // golf & tennis club
  rec('tsv_sv', f`Kan du sortera medlemslistan efter handicap och skriva ett välkomstmejl till de nya?

${amb('source_code.snippet', f`namn\tmedlemsnr\thcp\tmobil\te-post
Annika Lindgren\t20417\t14,2\t${phone('070-482 19 37', 'SE')}\t${mail('annika.lindgren@telia.com')}
Oskar Håkansson\t20418\t28,0\t${phone('+46 70 482 19 38')}\t${mail('oskar.hakansson@gmail.com')}`)}`),

  rec('chat_da', f`Juniorafdelingen skal have en forældreliste. Kan du lave en skabelon? Eksempel: Freja Holm, født ${dob('14.05.2013')}, forælder Mette Holm, tlf. ${phone('+45 28 47 19 36')}.`),

  rec('chat_fi', f`Tenniskoulun ilmoittautuminen: Eero Mäkinen, syntymäaika ${dob('3.7.2014')}, huoltajan puhelin ${phone('040 482 9173', 'FI')}, sähköposti ${mail('tiina.makinen@elisanet.fi')}. Kirjoita vahvistusviesti, alkaa 15.4.`),

  rec('chat_ptpt', f`Preciso de uma carta de boas-vindas para um novo sócio do clube: Eng. Duarte Menezes, telemóvel ${phone('912 384 726', 'PT')}, e-mail ${mail('duarte.menezes@sapo.pt')}. Joga golfe, handicap 9. Tom cordial mas formal, por favor.`),

  rec('chat_id', f`Tolong buatkan pesan konfirmasi booking lapangan tenis untuk Ibu Ratna Kusumawati, nomor WA ${phone('0812-4827-1936', 'ID')}, hari Sabtu jam 07.00–09.00, lapangan 3.`),

  // gas utility
  rec('log_bg', f`Обобщи, моля, сигналите за миризма на газ от нощната смяна:

${amb('source_code.snippet', f`02:14 | сигнал 55102 | ул. „Шипка“ 18, вх. Б | подал: Иван Петров | тел. ${phone('+359 88 482 7193')} | изпратен екип 3
02:51 | сигнал 55103 | бул. „България“ 102 | подал: Мария Тодорова | тел. ${phone('+359 87 519 2048')} | фалшива тревога
04:07 | сигнал 55104 | ул. „Раковски“ 7 | подал: анонимен | — | изпратен екип 1`)}`),

  rec('credit_en_us', f`New service application — can you tell me what's missing before the credit check?
Applicant: Marcus Delaney
SSN: ${v('pii.us_ssn', '471-69-9416')}
DOB: ${dob('04/17/1990')}
Service address: 88 Quarry Rd, Apt 2, Scranton PA
Phone: ${phone('(570) 482-1936', 'US')}
Move-in date: 03/01/2025`),

  rec('log_et', f`Nutiarvesti ühendusvead öösel — kas näed mustrit?

${amb('source_code.snippet', f`2025-02-12T01:12:44Z WARN meter=EE-GM-0048213 src=${amb('pii.ip_address', '100.72.14.209')} msg="TLS handshake timeout"
2025-02-12T01:12:51Z WARN meter=EE-GM-0048213 src=${amb('pii.ip_address', '100.72.14.209')} msg="TLS handshake timeout"
2025-02-12T01:40:03Z ERROR meter=EE-GM-0051077 src=${amb('pii.ip_address', '100.72.9.31')} msg="clock drift 412s"`)}

Klient ${phone('+372 5482 7193')} helistas ka, et näit on vale.`),

  rec('chat_sl', f`Stranka je poklicala zaradi ocenjenega odčitka plina. Napiši prosim povzetek klica: ga. Mojca Zupančič, tel. ${phone('+386 41 482 937')}, ${mail('mojca.zupancic@siol.net')}, odjemno mesto 7712-0481, želi samoodčitek vnesti za nazaj.`),

  // think tank
  rec('visa_en_hy', f`Invitation letter for the Yerevan panel speaker, please fill the template:
Name: Anahit Grigoryan
Date of birth: ${dob('09 October 1983')}
Passport No.: ${v('pii.passport', 'AT0482719')} (Republic of Armenia)
Phone: ${phone('+374 91 482719')}
Arrival: 22 April, departure 25 April`),

  rec('chat_am', f`ለኮንፈረንሱ ተናጋሪ የቪዛ ደብዳቤ መጻፍ አለብኝ። ስም፡ ሰላማዊት ተስፋዬ፣ የትውልድ ቀን፡ ${dob('12/03/1986')}፣ የፓስፖርት ቁጥር፡ ${v('pii.passport', 'EP4827193')}፣ ስልክ ${phone('+251 91 148 2719')}። በእንግሊዝኛ አጭር ደብዳቤ ጻፍልኝ።`),

  rec('chat_bn', f`ঢাকা থেকে আসা ফেলোর জন্য ভিসা সহায়তা চিঠি দরকার। নাম: তাসনিম রহমান, জন্ম তারিখ: ${dob('২৩/০৮/১৯৯২')}, পাসপোর্ট নম্বর: ${v('pii.passport', 'A04827193')}, মোবাইল: ${phone('+880 1712-482719')}। চিঠিটা ইংরেজিতে লিখে দিন।`),

  rec('cv_ta', f`இந்த ஆய்வாளரின் விவரங்களை மானிய விண்ணப்பத்துக்குச் சுருக்கமாக எழுதுங்கள்:
பெயர்: முனைவர் கார்த்திகா சுப்பிரமணியன்
மின்னஞ்சல்: ${mail('karthika.s@iitm-policy.example.in')}
கைபேசி: ${phone('+91 94482 17936')}
ஆதார்: ${v('pii.in_aadhaar', '9754 5996 4386')}
ஆய்வுத் துறை: நகர்ப்புற நீர் மேலாண்மை`),

  rec('csv_en', f`Attendee list for the Brussels roundtable — dedupe and tell me who hasn't confirmed dietary needs:

${amb('source_code.snippet', f`name,organisation,email,mobile,diet
Sofie Claes,KU Leuven,${mail('sofie.claes@kuleuven.be')},${phone('+32 478 21 93 46')},vegetarian
Tomasz Wiśniewski,Fundacja Batorego,${mail('t.wisniewski@batory.org.pl')},${phone('+48 512 483 927')},
Ioana Marinescu,,${mail('ioana.marinescu@gmail.com')},${phone('+40 721 482 937')},halal
Sofie Claes,KU Leuven,${mail('sofie.claes@kuleuven.be')},${phone('+32 478 21 93 46')},vegetarian`)}`),

  rec('chat_sq_en', f`Can you translate this into Albanian for a visa appointment email? "Dear Mr Berisha, please bring your passport (no. ${v('pii.passport', 'BF4827193')}) and the invitation letter. Your date of birth on the form (${dob('30.06.1979')}) must match the passport."`),
];

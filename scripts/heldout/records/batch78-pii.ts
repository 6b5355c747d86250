/**
 * Held-out batch 78: personal data in crew rosters, dialysis schedules and lab letters, counterparty
 * KYC, player support, union membership files and plant contractor access lists. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH78_PII: DraftRecord[] = [
  rec('crew_roster', f`Pa-format naman ito bilang table para sa immigration ng Barcelona (sign-on sa 18 Nov):

${amb('source_code.snippet', f`SURNAME,GIVEN,RANK,DOB,PASSPORT,EXPIRY,MOBILE
DELA CRUZ,MARK ANTHONY,Asst. Waiter,${dob('1994-03-17')},${pass('P4827193A')},2031-06-02,${phone('+63 917 482 3105')}
VILLANUEVA,JOCELYN,Cabin Stewardess,${dob('1989-11-05')},${pass('P7301846B')},2029-01-14,${phone('0918 274 6631', 'PH')}
BAUTISTA,RONALD,Cook 2nd,${dob('1991-07-29')},${pass('P2958104C')},2033-09-30,+63 9XX XXX XXXX`)}

Yung huling row wala pang bagong number si Ronald.`),

  rec('chat_hi', f`नमस्ते, नए क्रू मेंबर का साइन-ऑन फॉर्म भरना है, मदद कर दीजिए। नाम: राहुल वर्मा, पासपोर्ट नंबर ${pass('Z4827193')}, जन्मतिथि ${dob('12/08/1996')}, मोबाइल ${phone('+91 98450 21736')}, INDoS नंबर ${ambCat('pii', '21NL4829')}. पद: बार वेटर। कृपया इसे अंग्रेज़ी फ़ॉर्म के हिसाब से भर दें।`),

  rec('email', f`Hi team,

We have a guest sailing on the Aurelia Star 12-night Caribbean (departs 6 Dec) who needs haemodialysis three times a week. Details from the booking:
Guest: Robert Kaminski, DOB ${dob('April 2, 1951')}
Email: ${mail('bob.kaminski51@comcast.net')}
Mobile: ${phone('(415) 872-3096', 'US')}
Home dialysis unit: Ravela Renal Care, San Mateo

Can you draft a note to the medical centre asking what they need from his nephrologist?`),

  rec('chat_es_pe', f`Necesito la lista de cambio de tripulación para el agente en el Callao, en formato carta:
1. Quispe Mamani, Edwin — pasaporte ${pass('118274930')} — nac. ${dob('23/06/1990')} — cel. ${phone('+51 987 431 206')}
2. Huamán Torres, Rosa — pasaporte ${pass('121903847')} — nac. ${dob('02/01/1993')} — cel. ${phone('+51 944 218 507')}
Embarcan el 9 de noviembre, vuelo LA2047.`),

  rec('schedule_nl', f`Kun je dit dialyseschema omzetten naar een overzicht per dag voor de vervoerder?

${amb('source_code.snippet', f`naam | BSN | geb.datum | dagen | shift | adres
J. de Boer | ${v('pii.nl_bsn', '238174657')} | ${dob('14-02-1948')} | ma/wo/vr | ochtend | Prinsengracht 114, Amsterdam
F. Yilmaz | ${v('pii.nl_bsn', '193748204')} | ${dob('30-09-1962')} | di/do/za | middag | Javastraat 8, Amsterdam
R. Pinas | ${v('pii.nl_bsn', '561029386')} | ${dob('07-07-1955')} | ma/wo/vr | avond | Bijlmerdreef 301, Amsterdam`)}`),

  rec('transport_booking', f`Patient transport booking — please tidy into the standard request:

Patient: Mrs Doreen Pryce
NHS number: ${v('pii.uk_nhs_number', '477 228 7264')}
DOB: ${dob('19/11/1943')}
Pick-up: 22 Elm Grove, Walsall, Tue/Thu/Sat 06:45 for 07:30 dialysis at the Manor unit
Needs: wheelchair, escort (daughter, ${phone('07946 318 205', 'GB')})`),

  rec('letter_fr', f`Peux-tu simplifier ce courrier pour le patient ?

Centre de dialyse Ravela — Lyon Gerland
Patient : M. Karim Haddad — NIR ${v('pii.fr_nir', '1 84 03 75 056 123 08')} — né le ${dob('21/03/1984')}
Bilan du 28/10 : potassium 6,1 mmol/L (élevé), phosphore 2,3 mmol/L, hémoglobine 10,4 g/dL.
Conduite à tenir : réduire les aliments riches en potassium, contrôle au prochain branchement.`),

  rec('form_it', f`Modulo di trasferimento temporaneo (dialisi in vacanza) — controlla che sia completo:
Paziente: Maria Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCMRA82L41H501J')}
Centro di provenienza: Roma Tiburtina
Centro ospitante: Rimini, dal 5 al 19 agosto
Telefono: ${phone('+39 338 471 2095')}`),

  rec('chat_es', f`Buenas, tengo que dar de alta a dos pacientes nuevos en el programa de transporte sanitario. Jorge Martín Ruiz, DNI ${v('pii.es_dni', '48302917L')}, y su mujer, Oksana Martín, NIE ${v('pii.es_nie', 'Y7125903B')}. Los dos dializan en Alcorcón. ¿Me escribes la solicitud a la ambulancia?`),

  rec('chat_pt_br', f`Pode revisar a ficha de admissão? Paciente: Antônio Carlos Ferreira, CPF ${v('pii.br_cpf', '482.193.570-88')}, nascido em ${dob('15/05/1958')}, celular ${phone('+55 21 99734-2086')}. Convênio: Unimed. Início da hemodiálise: 04/11.`),

  rec('hr_de', f`Hilf mir bitte, die Einstellungsunterlagen für die neue Dialysefachpflegerin zusammenzufassen:
Name: Jana Köhler
Geburtsdatum: ${dob('03.10.1991')}
Steuer-ID: ${v('pii.de_steuer_id', '47382916536')}
Mobil: ${phone('0171 4829305', 'DE')}
E-Mail privat: ${mail('jana.koehler91@web.de')}
Eintritt: 01.12.2024, Standort Nürnberg`),

  rec('chat_ta', f`வணக்கம், டயாலிசிஸ் நோயாளி பதிவுப் படிவத்தை ஆங்கிலத்தில் நிரப்ப உதவுங்கள்: பெயர் செல்வி முருகன், ஆதார் எண் ${v('pii.in_aadhaar', '6527 8751 5709')}, பிறந்த தேதி ${dob('08-04-1967')}, கைபேசி ${phone('+91 94432 18750')}. வாரம் மூன்று முறை சென்னை அண்ணா நகர் மையத்தில்.`),

  rec('chat_sw', f`Habari, tafadhali niandikie ujumbe mfupi wa SMS kwa mgonjwa wa dialysis kwamba gari la kumchukua litafika saa 12 asubuhi kesho. Jina: Bi. Amina Wanjiru, simu ${phone('0712 482719', 'KE')}. Pia nakala kwa mwanawe ${phone('+254 733 904 126')}.`),

  rec('kyc_ru', f`Помоги составить KYC-резюме по контрагенту (поставщик алюминия):
Директор: Сергей Иванович Лебедев
Дата рождения: ${dob('17.02.1972')}
Загранпаспорт: ${pass('75 4827193')}
Телефон: ${phone('+7 916 482-71-93')}
Почта: ${mail('s.lebedev@uralmet-trade.ru')}
Бенефициары: 2 физлица, доли 60/40.`),

  rec('onboarding_us', f`New hire paperwork for the Chicago grain desk — can you make a checklist of what's still missing?

Name: Tyler Brandt
SSN: ${v('pii.us_ssn', '684-04-3909')}
DOB: ${dob('1990-08-22')}
Personal email: ${mail('tbrandt.trades@gmail.com')}
Series 3 passed 06/2024; I-9 documents: driver's license only (need second doc).`),

  rec('supplier_ca', f`Supplier setup for a Saskatchewan canola grower who sells to us as a sole proprietor: Dale Thorsen, SIN ${v('pii.ca_sin', '255 148 611')}, phone ${phone('+1 306 482 7193')}. Their accountant says we need the SIN for the T4A. Is that right for commodity purchases?`),

  rec('ticket_id', f`Tiket #88214 — akun hilang setelah ganti HP

Pemain: ${mail('rizky.pratama07@gmail.com')}
Player ID: PM-4471920
Login terakhir: 2024-10-29 21:14 WIB dari ${ip('114.124.203.88')}
HP: ${phone('+62 812-4827-1935')}

Tolong buatkan balasan yang minta dia verifikasi lewat email dulu.`),

  rec('gdpr_da', f`Hej, vi har fået en anmodning om indsigt (GDPR art. 15) fra en spiller. Kan du skrive et svar, der forklarer hvilke data vi har?

Navn: Mads Kjærgaard
E-mail: ${mail('mads.kjaergaard@outlook.dk')}
Telefon: ${phone('+45 28 47 19 36')}
Data: køb i spillet (14 stk.), annonce-ID, land, enhedsmodel, crash-logs.`),

  rec('event_log', f`${amb('source_code.snippet', f`{"event":"purchase_completed","ts":"2024-11-01T18:22:04Z","player_id":"PM-9920417","email":"${mail('lena.hoffmann@gmx.at')}","country":"AT","ip":"${ip('2a02:8388:1e41:9f00:5d2c:1a77:3b9e:402c')}","sku":"gems_500","price_eur":4.99}
{"event":"ad_impression","ts":"2024-11-01T18:23:51Z","player_id":"PM-9920417","network":"max","placement":"rewarded_revive","ecpm_usd":11.42}`)}

Warum steht die E-Mail im Event? Das Analytics-Team will sie raus haben — wo im SDK setze ich das?`),

  rec('membership_za', f`Please turn this into a membership confirmation letter:

Member: Sipho Ndlovu
ID number: ${ambCat('pii', '8806125418083')}
Branch: Durban Harbour
Cell: ${phone('082 417 3905', 'ZA')}
Email: ${mail('sipho.ndlovu88@gmail.com')}
Dues: 1% of basic, stop order from November`, 'South African ID number: personal, no built-in rule'),

  rec('grievance_cs', f`Prosím o shrnutí stížnosti pro výbor odborů:

Člen: Petr Novotný, rodné číslo ${ambCat('pii', '780412/3319')}
Telefon: ${phone('+420 604 827 193')}, e-mail ${mail('petr.novotny@seznam.cz')}
Stížnost: nařízené přesčasy bez příplatku v září (celkem 26 h), vedoucí směny odmítl potvrdit docházku.`, 'Czech birth number: personal, no built-in rule'),

  rec('chat_en_gb', f`Can you check the form before I send it to the branch? Member transferring from the rail branch: Gary Whitlock, NI number ${v('pii.uk_nino', 'JR 48 27 19 C')}, date of birth ${dob('7 June 1977')}, home phone ${phone('+44 20 7946 0381')}. He wants his continuous membership recognised for the strike pay rules.`),

  rec('chat_tl', f`Pakisulat ng maikling text message para kay Aling Nena Ramos (${phone('0917 305 8842', 'PH')}) na tapos na ang proseso ng kanyang grievance at may meeting sa Huwebes, 2pm, sa opisina ng unyon sa Tondo.`),

  rec('ballot_fi', f`Lakkoäänestyksen äänioikeutettujen lista — tarkista, puuttuuko sähköposteja:

${amb('source_code.snippet', f`jäsennro;nimi;henkilötunnus;sähköposti
40182;Laine Mikko;${ambCat('pii', '120384-157K')};${mail('mikko.laine@elisanet.fi')}
40197;Heikkinen Sanna;${ambCat('pii', '290791-224S')};
40203;Virtanen Juha;${ambCat('pii', '050569-0931')};${mail('juha.virtanen@kolumbus.fi')}`)}`, 'Finnish henkilötunnus: personal, no built-in rule'),

  rec('access_is', f`Aðgangsbeiðni fyrir verktaka að stöðvarhúsi — geturðu sett þetta í töflu?

Nafn: Gunnar Þór Sigurðsson
Kennitala: ${ambCat('pii', '140385-2719')}
Fyrirtæki: Borholt ehf.
Sími: ${phone('+354 842 7193')}
Netfang: ${mail('gunnar@borholt.is')}
Tímabil: 4.–22. nóvember, vaktir 07–19`, 'Icelandic kennitala: personal, no built-in rule'),

  rec('badge_list', f`Gate badges for the Menengai well-pad contractors, please sort by company:

- Otieno, Brian — ID ${ambCat('pii', '28471930')} — ${phone('+254 712 482 719')} — Rift Drilling Ltd
- Chebet, Faith — ID ${ambCat('pii', '31904826')} — ${phone('+254 722 190 384')} — GeoServ Kenya
- Mwangi, Peter — ID ${ambCat('pii', '27730581')} — ${phone('0733 904 128', 'KE')} — Rift Drilling Ltd`, 'Kenyan national ID numbers: personal, no built-in rule'),

  rec('chat_am', f`እባክህ ለኮንትራክተሩ የመግቢያ ፍቃድ ደብዳቤ አዘጋጅልኝ። ስም፦ ዮናስ ተስፋዬ፣ ስልክ ${phone('+251 91 148 2719')}፣ ኢሜይል ${mail('yonas.tesfaye@aluto-geo.et')}። ከህዳር 10 እስከ 20 ድረስ በጉድጓድ LA-6 ላይ ይሰራል።`),

  rec('visit_ja', f`来月アイスランドの地熱発電所に点検で行くエンジニアの情報です。招聘状の英文を作ってください。

氏名：佐藤 健一（SATO KENICHI）
生年月日：${dob('1979年5月14日')}
旅券番号：${pass('TR4827193')}
携帯：${phone('090-4827-1935', 'JP')}
メール：${mail('k.sato@fujiturbine.co.jp')}`),

  rec('signature_ka', f`გთხოვთ, ეს ხელმოწერა ინგლისურად გადათარგმნე:

პატივისცემით,
ნინო ბერიძე
ბათუმის პორტის აგენტი — Aurelia Seaways
მობ.: ${phone('+995 599 48 27 19')}
ელ-ფოსტა: ${mail('n.beridze@aureliaseaways.com')}`),

  rec('chat_he', f`תעזור לי לנסח מייל לחברה המבטחת? החבר בוועד: יוסי אברהם, ת"ז ${ambCat('pii', '038471926')}, טלפון ${phone('052-482-7193', 'IL')}, נפצע במשמרת בנמל אשדוד ב-14.10 ומבקש דמי פגיעה.`, 'Israeli ID number: personal, no built-in rule'),

  rec('chat_ko', f`플레이어 환불 요청 건이에요. 본인 확인용으로 받은 정보: 이름 김민준, 생년월일 ${dob('2001.09.14')}, 휴대폰 ${phone('010-4827-1935', 'KR')}, 이메일 ${mail('minjun.kim01@naver.com')}. 미성년자 결제 아니니까 정책상 환불 불가라고 정중하게 답변 써 줄래요?`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งนัดฟอกไตให้คนไข้หน่อยค่ะ คุณสมชาย ใจดี เลขบัตรประชาชน ${ambCat('pii', '1 1037 02481 93 5')} โทร ${phone('+66 81 482 7193')} นัดวันจันทร์ พุธ ศุกร์ รอบเช้า 7 โมง ที่ศูนย์ไตบางนา`, 'Thai national ID: personal, no built-in rule'),

  rec('chat_bn', f`ডায়ালাইসিস রোগীর জন্য অ্যাম্বুলেন্স বুকিং মেসেজটা ইংরেজিতে লিখে দিন: রোগী মোছাঃ রহিমা খাতুন, জন্ম তারিখ ${dob('১২/০৩/১৯৬০')}, ফোন ${phone('+880 1712-482719')}, ঠিকানা মিরপুর ১০, ঢাকা। সেশন সকাল ৮টা।`),

  rec('chat_zh', f`玩家实名认证失败，客服让我确认一下信息是否匹配：姓名 王磊，身份证号 ${ambCat('pii', '440106199003124815')}，手机 ${phone('+86 138 4827 1935')}。系统提示"身份信息不一致"，可能是什么原因？`, 'Chinese resident ID: personal, no built-in rule'),

  rec('chat_lv', f`Lūdzu, uzraksti atgādinājumu biedram par neapmaksātām biedru naudām (3 mēneši). Biedrs: Andris Kalniņš, tālr. ${phone('+371 2948 2719')}, e-pasts ${mail('andris.kalnins@inbox.lv')}. Pieklājīgi, bet skaidri.`),

  rec('chat_el', f`Μπορείς να μου φτιάξεις μια λίστα επικοινωνίας για το συνδικαλιστικό συμβούλιο; Γιώργος Παπαδόπουλος ${phone('+30 694 827 1935')}, ${mail('g.papadopoulos@otenet.gr')} · Ελένη Κωνσταντίνου ${phone('+30 697 215 4038')}, ΑΜΚΑ ${ambCat('pii', '12048501847')} (τη χρειάζεται το ταμείο αλληλοβοήθειας).`, 'Greek AMKA: personal, no built-in rule'),

  rec('chat_mo', f`Bună, trebuie să trimit la centrul de dializă din Bălți datele unui pacient nou: Ion Rusu, născut la ${dob('25.11.1966')}, telefon ${phone('+373 691 48 271')}. Îmi scrii un mesaj scurt și politicos?`),
];

/**
 * Held-out batch 72: personal data — pupils' and parents' records at a boarding school, social-services
 * case notes, truck drivers at a container terminal, dental patients, lessor staff travel and SaaS
 * customer contacts — with national identifiers of many countries. Hand-written.
 */
import { ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH72_PII: DraftRecord[] = [
  rec('form', f`Can you turn this into a short handover note for the house matron? Keep it factual.

BOARDER MEDICAL SUMMARY — Michaelmas term
Pupil: Amelia Hartley-Gordon (Year 9, Fenwick House)
Date of birth: ${v('pii.date_of_birth', '14/09/2010')}
NHS number: ${v('pii.uk_nhs_number', '401 214 3751')}
Allergies: penicillin (rash), tree nuts (EpiPen x2 held in house office)
GP: Abbey Road Surgery, registered as temporary resident
Parent contact: Mrs Claire Hartley-Gordon, ${phone('07823 416 905', 'GB')}, ${v('pii.email', 'claire.hg@btinternet.com')}
Exeat weekend: 8–10 Nov, collected by mother`),

  rec('case_note_de', f`Bitte fasse diese Aktennotiz in drei Sätzen für die Übergabe an die Kollegin zusammen:

Aktennotiz – Hausbesuch 16.01.2025
Klient: Herr Dieter Wollenschläger, geb. ${v('pii.date_of_birth', '03.02.1951')}
Steuer-ID: ${v('pii.de_steuer_id', '35326831071')} (für Wohngeldantrag benötigt)
Telefon: ${phone('030 84712956', 'DE')}
Herr W. lebt allein, Wohnung stark vermüllt, Heizung defekt seit Dezember. Tochter in München informiert. Antrag auf Wohngeld und Haushaltshilfe vorbereitet, Termin beim Sozialpsychiatrischen Dienst am 23.01.`),

  rec('case_fr', f`Peux-tu m'aider à rédiger un courrier de relance à la CAF pour ce dossier ? Ton formel.

Dossier CCAS n° 2024-1187
Bénéficiaire : M. Karim Haddad, né le ${v('pii.date_of_birth', '17/03/1997')} à Paris 14e
N° de sécurité sociale : ${v('pii.fr_nir', '1 97 03 75 646 171 53')}
Tél. : ${phone('06 18 42 93 75', 'FR')} — courriel : ${v('pii.email', 'karim.haddad97@laposte.net')}
Situation : demande de RSA déposée le 4 novembre, aucune réponse, plus de ressources depuis le 1er décembre.`),

  rec('chat_es', f`Necesito redactar un informe social breve para la solicitud del ingreso mínimo vital de esta familia. Datos: la madre, Rosa Elvira Quispe, NIE ${v('pii.es_nie', 'Y2967708D')}; su pareja, Javier Molina Ruiz, DNI ${v('pii.es_dni', '57858837Z')}; dos menores de 4 y 7 años. Teléfono de contacto ${phone('+34 655 21 84 39')}. Viven en una habitación alquilada en Usera por 450 € al mes. ¿Me ayudas con la estructura del informe?`),

  rec('form_nl', f`Kun je dit inschrijfformulier omzetten naar een nette tabel voor het leerlingdossier?

Leerling: Sem de Groot
Geboortedatum: ${v('pii.date_of_birth', '22-05-2011')}
BSN: ${v('pii.nl_bsn', '242068133')}
Internaat: jongenshuis De Eik, kamer 14
Ouder/verzorger: Marloes de Groot, ${phone('06-41829375', 'NL')}, ${v('pii.email', 'marloes.degroot@ziggo.nl')}
Huisarts: Praktijk Heidezoom, Ede
Bijzonderheden: dyslexieverklaring aanwezig`),

  rec('chat_pt_br', f`Oi, o dentista mandou a ficha do paciente junto com o pedido da prótese e o nosso sistema pede o cadastro completo. Pode organizar os dados num formato de cadastro? Paciente: Antônio Carlos Ribeiro, nascido em ${v('pii.date_of_birth', '08/11/1962')}, CPF ${v('pii.br_cpf', '739.719.941-05')}, celular ${phone('(31) 98418-2937', 'BR')}. Trabalho: protocolo All-on-4 superior, prova dos dentes dia 28.`),

  rec('email', f`Hey, our new part-time support contractor sent me his W-9 details by email. Can you draft a reply telling him we got it and that he shouldn't email this kind of thing again — we have a secure upload link?

From: Tyler Brandt <${v('pii.email', 'tbrandt.dev@gmail.com')}>
Name: Tyler J. Brandt
SSN: ${v('pii.us_ssn', '493-53-4043')}
Address: 2211 Alder Ct, Boise ID 83702
Phone: ${phone('(415) 738-2046', 'US')}`),

  rec('admission_hi', f`कृपया इस प्रवेश फॉर्म की जानकारी को हॉस्टल वार्डन के लिए एक छोटी सूची में बदल दें:

छात्र का नाम: आरव मेहता (कक्षा 7, छात्रावास)
जन्म तिथि: ${v('pii.date_of_birth', '15/08/2012')}
आधार संख्या: ${v('pii.in_aadhaar', '5766 1468 3389')}
पिता: श्री विवेक मेहता, मोबाइल ${phone('+91 98450 27361')}
माता: श्रीमती नेहा मेहता, मोबाइल ${phone('+91 70214 83926')}
एलर्जी: मूंगफली`),

  rec('chat_mr', f`नमस्कार, ज्येष्ठ नागरिक पेन्शन अर्जासाठी खालील माहितीवरून एक छोटे शिफारस पत्र तयार करा:
अर्जदार: श्रीमती सुमन भाऊराव कदम
जन्मतारीख: ${v('pii.date_of_birth', '१२/०४/१९५६')}
आधार क्रमांक: ${v('pii.in_aadhaar', '6379 4525 7177')}
मोबाईल: ${phone('94172 83910', 'IN')}
पत्ता: प्रभाग क्र. ११, सातारा रोड, पुणे
मुलगा परदेशात असून त्या एकट्या राहतात.`),

  rec('chat_ja', f`留学生の入寮手続きで、保護者に送る確認メールを作成してください。丁寧な日本語でお願いします。

生徒氏名：佐藤 結衣（さとう ゆい）
生年月日：${v('pii.date_of_birth', '2010年4月18日')}
旅券番号：${v('pii.passport', 'TZ4829173')}
保護者：佐藤 健一 様\u3000携帯 ${phone('080-2841-9375', 'JP')}
入寮日：2025年4月6日（日）`),

  rec('chat_zh', f`请帮我把下面这位新注册集卡司机的信息整理成表格，方便闸口核对：
姓名：王建军
身份证号：${ambCat('pii', '440106198907231838')}
手机：${phone('139 2284 1937', 'CN')}
邮箱：${v('pii.email', 'wangjianjun_driver@163.com')}
车牌：粤A·D83917，所属车队：南沙恒通物流
预约系统账号已开通，需要在闸口人工复核身份证原件。`, 'Chinese resident ID: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_zh_tw', f`請幫我把寒假接送名單整理成表格，家長聯絡方式要放在最後一欄：
陳柏宇（8年級）— 母親 林雅婷 ${phone('0928 418 293', 'TW')}，${v('pii.email', 'yating.lin@gmail.com')}
黃詩涵（9年級）— 父親 黃志明 ${phone('+886 912 418 293')}，${v('pii.email', 'cmhuang@ms45.hinet.net')}
1月20日上午10點在宿舍大廳集合。`),

  rec('chat_yue', f`幫我寫封英文 email 畀呢兩個客戶嘅聯絡人，話我哋下星期開始換新嘅 account manager：
1. 恒昇物流 — 陳嘉欣 Miss Chan，${phone('+852 9148 2937')}，${v('pii.email', 'kayan.chan@hangsing-logistics.com.hk')}
2. 匯德貿易 — 李志強 Mr Lee，辦公室 ${phone('2528 4917', 'HK')}，${v('pii.email', 'cklee@wuitak.hk')}
語氣要客氣啲，講明合約同價錢唔會變。`),

  rec('chat_th', f`ช่วยจัดข้อมูลนักเรียนประจำคนใหม่เป็นตารางสำหรับฝ่ายทะเบียนหน่อยครับ
ชื่อ: ด.ญ. ปวีณา ศรีสุข
เลขประจำตัวประชาชน: ${ambCat('pii', '1-1037-00482-61-0')}
วันเกิด: ${v('pii.date_of_birth', '12 มีนาคม 2552')}
ผู้ปกครอง: นางสาวิตรี ศรีสุข โทร ${phone('089 418 2937', 'TH')}
หอพัก: หอหญิง อาคาร 2 ห้อง 215`, 'Thai national ID: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_uk', f`Допоможіть скласти супровідний лист до заяви на соціальне житло для родини з України. Заявниця: Коваленко Ірина Петрівна, дата народження ${v('pii.date_of_birth', '21.03.1987')}, закордонний паспорт ${v('pii.passport', 'FE482917')}, РНОКПП ${ambCat('pii', '3185604727')}, телефон ${phone('+380 67 418 2937')}. З нею двоє дітей, 9 і 13 років. Лист потрібен англійською.`),

  rec('note_cs', f`Přepiš prosím tenhle záznam do srozumitelnější podoby pro kolegyni z OSPOD:

Klientka: Petra Svobodová, RČ ${ambCat('pii', '915412/1009')}, tel. ${phone('+420 603 284 917')}
Samoživitelka se dvěma dětmi, od prosince bez příjmu, hrozí vystěhování z obecního bytu (dluh na nájmu 24 600 Kč). Domluvena schůzka na úřadu práce kvůli dávce v hmotné nouzi.`),

  rec('chat_bg', f`Моля, помогни ми да напиша кратко писмо до дирекция „Социално подпомагане" за спешна помощ за отопление:
Лице: Стоян Петров Иванов, ЕГН ${ambCat('pii', '7908224764')}, тел. ${phone('0887 418 293', 'BG')}
Живее сам, безработен от септември, в жилището няма отопление. Да се отбележи, че има хронично заболяване.`),

  rec('chat_da', f`Kan du skrive en kort velkomstmail til forældrene? Oplysningerne fra optagelsen:
Elev: Freja Mølgaard, CPR ${ambCat('pii', '030778-4122')} — nej vent, det er morens CPR, elevens kommer senere.
Mor: Louise Mølgaard, tlf. ${phone('+45 28 47 19 36')}, ${v('pii.email', 'louise.molgaard@mail.dk')}
Indflytning på kostskolen søndag den 9. februar kl. 15.`),

  rec('note_sv', f`Hjälp mig att skriva en kort sammanfattning av det här ärendet inför mötet med enhetschefen:

Ärende: ekonomiskt bistånd, akut
Sökande: Leila Mohammadi, personnummer ${ambCat('pii', '850317-4826')}, tel ${phone('073-418 29 37', 'SE')}
Har fått uppsägning från lägenheten p.g.a. hyresskuld (3 månader). Två barn i skolåldern. Har kontaktat hyresvärden, som kan tänka sig en avbetalningsplan om kommunen går in.`),

  rec('chat_el', f`Καλημέρα, χρειάζομαι μια σύντομη εισήγηση για το επίδομα στέγασης της κυρίας: Μαρία Κωνσταντινίδου, ημερομηνία γέννησης ${v('pii.date_of_birth', '12/03/1978')}, ΑΜΚΑ ${ambCat('pii', '12037814824')}, τηλ. ${phone('+30 694 128 3957')}. Μονογονεϊκή οικογένεια, ένα παιδί με αναπηρία 67%. Γράψε την σε επίσημο ύφος.`),

  rec('chat_fa', f`سلام، لطفاً اطلاعات بیمار را برای ثبت سفارش پروتز در سامانهٔ لابراتوار مرتب کن:
نام: فاطمه رضایی
کد ملی: ${ambCat('pii', '007-284193-1')}
تاریخ تولد: ${v('pii.date_of_birth', '۱۳۶۷/۰۱/۲۳')}
تلفن همراه: ${phone('0935 284 1937', 'IR')}
پزشک معالج: دکتر صادقی، کلینیک ونک
نوع کار: روکش زیرکونیا دندان ۲۶`),

  rec('chat_ar_eg', f`لو سمحت اكتبلي إيميل بالإنجليزي لمكتب التأشيرات عشان الطالبة دي هتسافر معانا رحلة المدرسة للندن:
الاسم: ملك أحمد عبد الرحمن
تاريخ الميلاد: ${v('pii.date_of_birth', '٠٤/١٢/٢٠٠٩')}
رقم جواز السفر: ${v('pii.passport', 'A28491735')}
موبايل ولي الأمر: ${phone('0122 418 2937', 'EG')}
الرحلة من ١٥ إلى ٢٢ مارس.`),

  rec('chat', f`Please help me write a formal letter to NIMC. One of our haulage drivers has a mismatch between his NIN slip and his driver's licence, so the terminal access system keeps rejecting him.
Name on licence: Ibrahim Olawale Adeyemi
NIN: ${ambCat('pii', '41827390516')}
Phone: ${phone('0806 271 4390', 'NG')}
Email: ${v('pii.email', 'ibrahimadeyemi.haulage@yahoo.com')}
The name on the NIN slip reads "Ibrahim Olawale Adeyemi-Bello".`, 'Nigerian NIN: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_zu', f`Sawubona, ngicela ungisize ngibhalele lo mama incwadi eya ku-SASSA mayelana nesibonelelo sezingane. Igama: Nomvula Dlamini, inombolo kamazisi ${ambCat('pii', '8804120184087')}, ucingo ${phone('072 418 2937', 'ZA')}. Unezingane ezintathu, akasebenzi kusukela ngo-Okthoba. Ngicela uyibhale ngesiNgisi.`, 'South African ID number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('ticket', f`Ticket #48213 — Billing contact update
Customer: Merlion Cold Chain Pte Ltd
Requested by: Tan Wei Ling, NRIC ${ambCat('pii', 'S8734162C')} (she put it in "for verification", we never asked)
New billing contact: ${v('pii.email', 'weiling.tan@merlioncoldchain.sg')}, ${phone('+65 9176 4382')}

Can you draft a reply confirming the change, and telling her we don't need her NRIC for this? Keep it friendly.`, 'Singapore NRIC: personal, no built-in rule (ambiguous, no rule id)'),

  rec('list', f`Could you turn this into a tidy contact sheet for the boarding house duty staff? Sorted by surname please.

- Ngata, Mereana (Y10) — DOB ${v('pii.date_of_birth', '3 June 2011')} — mum Aroha ${phone('027 418 3395', 'NZ')}, ${v('pii.email', 'aroha.ngata@xtra.co.nz')}
- Fletcher, Sam (Y11) — DOB ${v('pii.date_of_birth', '19 October 2009')} — dad Craig ${phone('+64 21 384 2917')}, ${v('pii.email', 'craig.fletcher@gmail.com')}
- Lee, Jun-ho (Y9, international) — DOB ${v('pii.date_of_birth', '7 January 2012')} — homestay contact ${phone('09 377 4182', 'NZ')}`),

  rec('chat_de_ch', f`Kannst du mir helfen, ein Formular für die Badge-Beantragung am Flughafen Zürich auszufüllen? Ich brauche nur die Felder in der richtigen Reihenfolge:
Name: Andrea Zürcher
AHV-Nr.: ${ambCat('pii', '756.4183.0295.77')}
Geburtsdatum: ${v('pii.date_of_birth', '29.08.1979')}
Mobile: ${phone('+41 79 482 17 36')}
E-Mail: ${v('pii.email', 'andrea.zuercher@aerlinq.ch')}
Funktion: Technical Asset Manager, Zugang Hangar 4 für Inspektion HB-JXR`, 'Swiss AHV number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_fr_be', f`Bonjour, peux-tu résumer ce signalement pour la réunion d'équipe du CPAS ? Personne concernée : Mme Nathalie Dubois, n° de registre national ${ambCat('pii', '87.06.14-264.21')}, GSM ${phone('0475 28 41 93', 'BE')}. Signalée par sa voisine : ne sort plus de chez elle depuis deux semaines, courrier qui s'accumule, chauffage coupé. Visite prévue jeudi avec l'infirmière.`, 'Belgian national register number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_sl', f`Pozdravljeni, prosim pomagajte mi napisati uradni dopis centru za socialno delo glede izredne denarne pomoči:
Vlagateljica: Mojca Kranjc, EMŠO ${ambCat('pii', '1507984505273')}, tel. ${phone('031 418 293', 'SI')}
Razlog: izguba zaposlitve, neplačani računi za elektriko (3 mesece), dve šoloobvezni hčerki.`),

  rec('chat_lt', f`Sveiki, parašykite trumpą laišką odontologijos klinikai, kad paciento protezas pagamintas ir gali būti pristatytas. Paciento duomenys sąskaitai: Vytautas Petrauskas, asmens kodas ${ambCat('pii', '37502283166')}, tel. ${phone('+370 612 84937')}. Pristatymas per kurjerį penktadienį.`),

  rec('chat_et', f`Palun vormista see info uue kasvataja personalikaardiks:
Nimi: Kadri Tamm
Isikukood: ${ambCat('pii', '60106092749')}
Sünniaeg: ${v('pii.date_of_birth', '09.06.2001')}
Telefon: ${phone('+372 5128 4937')}
E-post: ${v('pii.email', 'kadri.tamm@internaatkool.ee')}
Tööle asumine: 1. veebruar, tüdrukute maja.`),

  rec('chat_te', f`దయచేసి ఈ ఇద్దరు కొత్త కస్టమర్ కాంటాక్ట్‌లకు onboarding welcome email తెలుగు మరియు ఇంగ్లీష్‌లో రాయండి:
1. శ్రీనివాస్ రెడ్డి, Operations Head — ${phone('+91 99098 41273')}, ${v('pii.email', 'srinivas.reddy@godavarifoods.in')}
2. లక్ష్మి ప్రసన్న, Accounts — ${phone('040 2784 1936', 'IN')}, ${v('pii.email', 'accounts@godavarifoods.in')}
డెమో కాల్ గురువారం 11 గంటలకు.`),

  rec('chat_kn', f`ದಯವಿಟ್ಟು ರಾತ್ರಿ ಶಿಫ್ಟ್‌ನ ಯಾರ್ಡ್ ಸೂಪರ್‌ವೈಸರ್‌ಗಳ ಪಟ್ಟಿಯನ್ನು ಟೇಬಲ್ ಮಾಡಿ:
ರವಿಕುಮಾರ್ ಗೌಡ — ${phone('+91 81234 70592')}
ಶ್ವೇತಾ ನಾಯಕ್ — ${phone('080 4128 3917', 'IN')}
ಮಂಜುನಾಥ್ ಎಸ್. — ${v('pii.email', 'manjunath.s@kbct-yard.in')}
ತುರ್ತು ಸಂದರ್ಭದಲ್ಲಿ ಕರೆ ಮಾಡಲು ಈ ಪಟ್ಟಿಯನ್ನು ಗೇಟ್ ಆಫೀಸ್‌ನಲ್ಲಿ ಅಂಟಿಸಬೇಕು.`),

  rec('chat_gu', f`આ ડૉક્ટરને ઈમેલ લખી આપો કે તેમના દર્દીનું બ્રિજ તૈયાર છે અને કાલે કુરિયરથી મોકલીશું. ડૉ. હેતલ પટેલ, પટેલ ડેન્ટલ ક્લિનિક, નવરંગપુરા — ફોન ${phone('079 2648 3917', 'IN')}, ઈમેલ ${v('pii.email', 'dr.hetalpatel@pateldental.in')}. દર્દી: કિરણ શાહ.`),

  rec('chat_pa', f`ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨਵੇਂ ਹੋਸਟਲ ਵਿਦਿਆਰਥੀ ਦੀ ਜਾਣਕਾਰੀ ਵਾਰਡਨ ਲਈ ਇੱਕ ਛੋਟੇ ਨੋਟ ਵਿੱਚ ਲਿਖੋ:
ਨਾਮ: ਹਰਮਨਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ
ਜਨਮ ਮਿਤੀ: ${v('pii.date_of_birth', '02/11/2011')}
ਪਿਤਾ ਦਾ ਮੋਬਾਈਲ: ${phone('0161 248 3917', 'IN')}
ਬਲੱਡ ਗਰੁੱਪ: B+, ਦਮੇ ਦੀ ਦਵਾਈ ਕੋਲ ਹੈ।`),

  rec('chat_km', f`សូមជួយសរសេរសារទៅឪពុកម្តាយសិស្សទាំងពីរនាក់នេះ ថាកូនរបស់ពួកគាត់នឹងត្រឡប់ទៅផ្ទះវិញនៅថ្ងៃសុក្រ៖
- សុខ ដារ៉ា — ម្តាយ ${phone('017 284 193', 'KH')}
- ចាន់ វិចិត្រ — ឪពុក ${phone('+855 12 418 293')}
ឡានក្រុងចេញពីសាលាម៉ោង ២ រសៀល។`),

  rec('chat_my', f`ကုန်တင်ကား ယာဉ်မောင်း နှစ်ဦးရဲ့ ဖုန်းနံပါတ်တွေကို gate supervisor ဆီ ပို့ဖို့ စာတစ်စောင် ရေးပေးပါ။
ဦးကျော်ဇော — ${phone('09 7841 29375', 'MM')}
ဦးမင်းထွန်း — ${phone('+95 9 7841 29375')}
သူတို့ရဲ့ container တွေ ဒီနေ့ ညနေ ၄ နာရီမှာ ထုတ်ယူမှာ ဖြစ်ပါတယ်။`),

  rec('chat_yo', f`Jọwọ kọ lẹta kukuru si awọn obi meji wọnyi pe ipade obi ati olukọ yoo waye ni Satide:
- Ìyá Adéọlá Ògúnlẹ́yẹ (ọmọ: Tèmítọ́pẹ́, ọjọ́ ìbí ${v('pii.date_of_birth', '11/02/2012')}) — ${phone('+234 803 418 2957')}, ${v('pii.email', 'adeola.ogunleye@yahoo.com')}
- Bàbá Kúnlé Àjàyí — ${phone('0812 447 3916', 'NG')}
Ipade bẹrẹ ni aago mẹwa owurọ ni gbọngan ile-iwe.`),

  rec('chat_ha', f`Don Allah ka rubuta takaitaccen rahoto game da wannan iyali domin taron ma'aikatan jin dadin jama'a:
Sunan uwa: Hauwa Musa Abdullahi, waya ${phone('+234 706 318 4429')}
Sunan uba: Musa Abdullahi, waya ${phone('0703 284 1937', 'NG')}
Yara biyar, ambaliyar ruwa ta lalata gidansu a watan Satumba, suna zaune a makarantar firamare a yanzu.`),

  rec('letter', f`Please make this letter to the Jobcentre sound less blunt, it's for a client of our adult social care team.

Re: Mr Desmond Okafor, date of birth ${v('pii.date_of_birth', '28 February 1968')}, National Insurance number ${v('pii.uk_nino', 'JH 48 27 13 C')}
Mr Okafor has been assessed as needing support with personal care following a stroke in October. He is not able to attend face-to-face appointments at present. Please contact me on ${phone('0113 318 4720', 'GB')} to arrange a telephone appointment instead.`),
];

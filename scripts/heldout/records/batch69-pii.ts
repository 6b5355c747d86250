/**
 * Held-out batch 69: personal data in rosters, HR and payroll records, pilgrim manifests, pharmacy
 * tickets, incident reports and signatures, in about 35 languages. Identity numbers of countries
 * without a built-in rule are ambiguous (ambCat). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH69_PII: DraftRecord[] = [
  rec('csv', f`Can you sort this substitute-musician roster by instrument and flag anyone without a phone number?

${cfg(f`name,instrument,email,mobile,dob
Hannah Okafor,viola,${v('pii.email', 'hannah.okafor.viola@gmail.com')},${phone('+44 7481 293056')},${v('pii.date_of_birth', '1993-02-17')}
Tomasz Wrona,horn,${v('pii.email', 't.wrona@onet.pl')},,${v('pii.date_of_birth', '1987-10-04')}
Elise Vandermeer,harp,${v('pii.email', 'elise.harp@skynet.be')},${phone('+32 486 27 41 93')},${v('pii.date_of_birth', '1990-06-29')}
Kenji Arakawa,timpani,${v('pii.email', 'k.arakawa.perc@outlook.com')},${phone('+81 80-2731-4958')},${v('pii.date_of_birth', '1984-12-11')}`)}`),

  rec('hr_yo', f`Ẹ jọ̀ọ́ ẹ bá mi kọ lẹ́tà ìkíni káàbọ̀ fún òṣìṣẹ́ tuntun kan tí ilé-iṣẹ́ owó-oṣù wa ń bójú tó fún oníbàárà wa ní Ìbàdàn:
Orúkọ: Adébáyọ̀ Olúwaṣeun Fálọlá
Ọjọ́ ìbí: ${v('pii.date_of_birth', '14/03/1995')}
NIN: ${ambCat('pii', '48291736502')}
Fóònù: ${phone('0813 552 9064', 'NG')}
Ímeèlì: ${v('pii.email', 'seun.falola95@yahoo.com')}
Ọjọ́ tí ó bẹ̀rẹ̀ iṣẹ́: 3 Feb 2025, ẹ̀ka Accounts.`, 'Nigerian NIN: personal, no built-in rule'),

  rec('incident_ha', f`RAHOTON HATSARI – Ramin Arewa, Mataki na 3
Kwanan wata: 11/01/2025, 14:20
Wanda abin ya shafa: Musa Ibrahim Danladi
Ranar haihuwa: ${v('pii.date_of_birth', '02/09/1989')}
Lambar waya: ${phone('+234 806 729 3148')}
Abin da ya faru: dutse ya faɗo daga rufin rami, ya ji rauni a kafaɗa. An kai shi asibitin Jos.
Mai shaida: Abdullahi Sani (${phone('+234 703 118 4562')})

Don Allah ka fassara wannan rahoton zuwa Turanci domin kamfanin inshora.`),

  rec('form_zu', f`Ngicela ungihlelele le mininingwane yokuqeqeshwa kwezokuphepha (safety induction) ibe yithebula:

Igama: Sipho Bongani Mthembu
Inombolo kamazisi: ${ambCat('pii', '8804125829082')}
Usuku lokuzalwa: ${v('pii.date_of_birth', '12 April 1988')}
Ucingo: ${phone('071 834 2256', 'ZA')}
Umsebenzi: Umhloli wamadwala (geotechnical assistant), Shaft 2
Isiqeqeshi: Nomsa Khumalo`, 'South African ID number: personal, no built-in rule'),

  rec('ticket_xh', f`Itikiti #RX-30391 — Amayeza awafikanga
Umthengi: Lindiwe Ngcobo-Mbeki
I-imeyile: ${v('pii.email', 'lindiwe.mbeki@mweb.co.za')}
Umnxeba: ${phone('+27 83 562 9147')}
Idilesi: 14 Qumbu Street, Mdantsane, East London 5219

"Ndiodole iinsulin pens kwiintsuku ezine ezidlulileyo, azikafiki kwaye ziyafuneka kwifriji." Ndicela undibhalele impendulo eneemfesane ngesiXhosa.`),

  rec('manifest_am', f`ለኢየሩሳሌም የፋሲካ ጉዞ የተጓዦች ዝርዝር ነው። ለሆቴሉ በእንግሊዝኛ ሰንጠረዥ አድርገህ አዘጋጅልኝ፦

1. ወ/ሮ ትዕግስት አበበ ገብሬ — ፓስፖርት ቁጥር ${v('pii.passport', 'EP4718293')} — የትውልድ ቀን ${v('pii.date_of_birth', '22/07/1968')} — ስልክ ${phone('+251 91 162 7384')}
2. አቶ ዮሐንስ ተስፋዬ ወልዴ — ፓስፖርት ቁጥር ${v('pii.passport', 'EP5920374')} — የትውልድ ቀን ${v('pii.date_of_birth', '05/11/1961')}
3. ዲያቆን ሰለሞን ግርማ — ፓስፖርት ቁጥር ${v('pii.passport', 'EQ1083746')} — የትውልድ ቀን ${v('pii.date_of_birth', '30/01/1979')}`),

  rec('chat_so', f`Fadlan ii diyaari warqad codsi fiiso Xaj oo Ingiriisi ah. Xogta xujaajka:
Magaca: Faadumo Cabdi Xasan
Baasaboor lambar: ${v('pii.passport', 'P01738294')}
Taariikhda dhalashada: ${v('pii.date_of_birth', '17 Maajo 1958')}
Taleefan: ${phone('+252 61 7739 204')}
Qofka la socda (mahram): wiilkeeda Axmed Maxamed Cali, ${phone('+252 63 4418 207')}`),

  rec('email_sn', f`Mhoro Tendai,

Ndapota isa ruzivo urwu mu payroll system yemutengi wedu kuHarare:
Zita: Rutendo Chipo Moyo
Nhamba yefoni: ${phone('+263 71 482 6630')}
Email: ${v('pii.email', 'rutendo.moyo@zol.co.zw')}
Nhamba yeNational ID: ${ambCat('pii', '63-2183947 K 42')}
Musi wekuzvarwa: ${v('pii.date_of_birth', '09/08/1992')}

Ndatenda,
Farai`, 'Zimbabwean national ID: personal, no built-in rule'),

  rec('chat_wo', f`Dimbali ma def lim bu set ci Excel ngir bus yi di dem Magal Touba. Ñii ñoo ko wara yor:
- Mame Diarra Ndiaye — ${phone('+221 76 382 14 90')} — bus 1, toogu 12
- Ousmane Fall — ${phone('77 418 29 53', 'SN')} — bus 1, toogu 13
- Sokhna Aïssatou Mbaye — ${phone('+221 33 864 27 15')} (kër gi) — bus 2
Ku ñu doon woo ci njël: Modou Sarr, ${phone('+221 77 592 03 18')}.`),

  rec('ticket_ar_gulf', f`عميل الصيدلية الإلكترونية يطلب تحديث بياناته لأن الوصفة الطبية ما انربطت بحسابه:
الاسم: سالم عبدالله الكتبي
رقم الهوية الإماراتية: ${ambCat('pii', '784-1987-4829163-5')}
تاريخ الميلاد: ${v('pii.date_of_birth', '03/10/1987')}
الجوال: ${phone('+971 55 318 4726')}
البريد: ${v('pii.email', 'salem.alketbi87@gmail.com')}

اكتب لي رد مختصر بالعربي نطلب منه صورة الوصفة.`, 'Emirates ID: personal, no built-in rule'),

  rec('form_ar_lev', f`استمارة تسجيل – رحلة الحج المسيحي إلى القدس وبيت لحم (نيسان 2025)
الاسم الكامل: جورج إلياس حداد
تاريخ الولادة: ${v('pii.date_of_birth', '1964/02/19')}
رقم جواز السفر الأردني: ${v('pii.passport', 'R482917')}
تاريخ انتهاء الجواز: 2029/08/01
الهاتف: ${phone('+962 77 583 1942')}
ملاحظات: يحتاج كرسي متحرك بالمطار

ساعدني رتّبها بجدول للقنصلية.`),

  rec('hr_ar_eg', f`محتاج أعمل خطاب تعريف بالمرتب للموظفة دي عشان البنك، بالعربي والإنجليزي:
الاسم: منى أحمد السيد عبد الرحمن
الرقم القومي: ${ambCat('pii', '29103150104837')}
تاريخ التعيين: 1/9/2019
الموبايل: ${phone('0111 839 2745', 'EG')}
صافي المرتب: 18,750 جنيه`, 'Egyptian national ID: personal, no built-in rule'),

  rec('ticket_ur', f`آن لائن فارمیسی سپورٹ ٹکٹ #PK-8812
گاہک: عائشہ بی بی
CNIC: ${ambCat('pii', '42101-4829175-3')}
موبائل: ${phone('0333 7294185', 'PK')}
ای میل: ${v('pii.email', 'ayesha.bibi.khi@gmail.com')}
مسئلہ: انسولین کی ترسیل میں تاخیر، کولڈ چین باکس کھلا ہوا پہنچا۔

مہربانی کر کے معذرت کا جواب اردو میں لکھ دیں۔`, 'Pakistani CNIC: personal, no built-in rule'),

  rec('chat_sd', f`هي ملازم جي معلومات آهي، پگهار واري سسٽم ۾ داخل ڪرڻ کان پهرين فارم جي صورت ۾ ترتيب ڏيو:
نالو: عبدالرحيم سومرو
ڄمڻ جي تاريخ: ${v('pii.date_of_birth', '12-06-1990')}
فون: ${phone('+92 22 2783941')}
موبائل: ${phone('+92 321 5839407')}
اي ميل: ${v('pii.email', 'a.rahim.soomro@hotmail.com')}`),

  rec('chat_gu', f`ઓનલાઇન ફાર્મસીમાં ગ્રાહકની KYC અટકી ગઈ છે (Schedule H દવા માટે). વિગતો જુઓ અને ગ્રાહકને ગુજરાતીમાં મેસેજ લખો કે શું ખૂટે છે:
નામ: હેતલ કિરીટભાઈ પટેલ
આધાર: ${v('pii.in_aadhaar', '4827 1903 5616')}
મોબાઇલ: ${phone('+91 94483 71526')}
જન્મ તારીખ: ${v('pii.date_of_birth', '21/08/1979')}
ડૉક્ટરનું પ્રિસ્ક્રિપ્શન: અપલોડ નથી`),

  rec('ticket_kn', f`ಹೊಸ account request – Forensic Lab, Digital Evidence Unit
ಹೆಸರು: ಶ್ರೀನಿವಾಸ ಮೂರ್ತಿ ಎಚ್.
ಹುದ್ದೆ: Scientific Officer (Mobile forensics)
Official email: ${v('pii.email', 'srinivasa.murthy@fsl-ksp.gov.in')}
ಮೊಬೈಲ್: ${phone('+91 90142 67358')}
ಬೇಕಾದ access: Cellebrite workstation, LIMS (read/write), evidence share \\\\fsl-nas02\\mobile

ಇದನ್ನು ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ approval mail ಆಗಿ ಬರೆದುಕೊಡಿ.`),

  rec('payroll_te', f`ఈ ఉద్యోగి వివరాలు మా payroll client (Vijayawada) కోసం onboarding sheet లో నింపాలి, ఏమైనా తప్పిపోయిందా చూడండి:
పేరు: కొండపల్లి వెంకట సాయి కిరణ్
ఆధార్: ${v('pii.in_aadhaar', '5293 7410 8620')}
PAN: ${ambCat('pii', 'BQKPK4829L')}
పుట్టిన తేదీ: ${v('pii.date_of_birth', '07-11-1996')}
మొబైల్: ${phone('99250 38174', 'IN')}
UAN: ఇంకా రాలేదు`, 'Indian PAN: personal tax id, no built-in rule'),

  rec('manifest_km', f`សូមជួយរៀបចំបញ្ជីភ្ញៀវក្រុមទេសចរណ៍ទៅវត្តភ្នំ និងសៀមរាប ជាភាសាអង់គ្លេសសម្រាប់សណ្ឋាគារ៖
1. លោក សុខ វណ្ណា — លិខិតឆ្លងដែន ${v('pii.passport', 'N02817364')} — ថ្ងៃខែឆ្នាំកំណើត ${v('pii.date_of_birth', '14/02/1975')}
2. លោកស្រី ចាន់ សុភា — លិខិតឆ្លងដែន ${v('pii.passport', 'N03926158')} — ថ្ងៃខែឆ្នាំកំណើត ${v('pii.date_of_birth', '03/09/1981')}
ទំនាក់ទំនងមេក្រុម៖ ${phone('+855 17 382 915')}`),

  rec('ticket_vi', f`Khách hàng của nhà thuốc online nhờ đổi địa chỉ giao thuốc huyết áp, bạn soạn giúp tin nhắn xác nhận nhé:
Họ tên: Nguyễn Thị Thu Hằng
Số CCCD: ${ambCat('pii', '079188004213')}
Ngày sinh: ${v('pii.date_of_birth', '18/05/1988')}
SĐT: ${phone('+84 903 182 746')}
Email: ${v('pii.email', 'thuhang.nguyen88@gmail.com')}
Địa chỉ mới: 27 Nguyễn Thị Minh Khai, P. Bến Nghé, Q.1, TP.HCM`, 'Vietnamese citizen ID: personal, no built-in rule'),

  rec('hr_fil', f`Pa-ayos naman nito para sa 201 file ng bagong empleyado ng client namin sa payroll:
Pangalan: Maria Kristina R. Dela Cruz
Petsa ng kapanganakan: ${v('pii.date_of_birth', 'Marso 8, 1997')}
SSS No.: ${ambCat('pii', '34-7281936-4')}
TIN: ${ambCat('pii', '482-917-365-000')}
Cellphone: ${phone('+63 918 274 3051')}
Email: ${v('pii.email', 'kristina.delacruz97@yahoo.com')}`, 'Philippine SSS and TIN: personal, no built-in rule'),

  rec('form_ja', f`合唱団の新規団員登録フォームです。年末調整のために事務局が必要な項目が揃っているか確認してください。

氏名：高橋 美咲（たかはし みさき）
生年月日：${v('pii.date_of_birth', '1994年7月23日')}
個人番号：${ambCat('pii', '4829 1736 5021')}
携帯：${phone('+81 80-2731-4958')}
メール：${v('pii.email', 'misaki.t0723@docomo.ne.jp')}
パート：アルト`, 'Japanese My Number: personal, no built-in rule'),

  rec('chat_ko', f`온라인 약국 고객센터인데, 전문의약품 본인확인이 안 된다고 문의가 왔어요. 고객에게 보낼 안내 문자 써 주세요.
성명: 박지훈
주민등록번호: ${ambCat('pii', '880412-1582903')}
휴대폰: ${phone('010-4182-7395', 'KR')}
이메일: ${v('pii.email', 'jihoon.park88@naver.com')}`, 'Korean resident registration number: personal, no built-in rule'),

  rec('ticket_zh_tw', f`刑事鑑識中心 IT 服務台 — 新進人員帳號申請
姓名：林怡君
身分證字號：${ambCat('pii', 'F228391047')}
分機／手機：${phone('+886 933 172 845')}
公務信箱：${v('pii.email', 'yichun.lin@forensic-lab.gov.tw')}
單位：DNA 鑑定科
請幫我寫一封英文信給供應商，申請 LIMS 的授權。`, 'Taiwanese national ID: personal, no built-in rule'),

  rec('chat_zh_hk', f`幫我將呢個團友資料整理成表格，寄去羅馬嘅酒店：
姓名：陳家豪 CHAN Ka Ho
香港身份證：${ambCat('pii', 'Y481927(3)')}
護照號碼：${v('pii.passport', 'K18293746')}
出生日期：${v('pii.date_of_birth', '1972年11月30日')}
手提電話：${phone('+852 6271 8349')}`, 'HKID: personal, no built-in rule'),

  rec('chat_uz', f`Umra safari uchun guruh ro'yxatiga yangi ziyoratchi qo'shilyapti, ma'lumotlarni viza bo'limiga yuborish uchun inglizcha jadval qilib bering:
F.I.Sh.: Karimova Dilnoza Rustamovna
Tug'ilgan sana: ${v('pii.date_of_birth', '23.04.1966')}
Pasport: ${v('pii.passport', 'FA4829173')}
Telefon: ${phone('+998 93 271 48 35')}`),

  rec('chat_tk', f`Merw we Köneürgenç zyýarat syýahaty üçin täze syýahatçy. Maglumatlary myhmanhana üçin iňlis dilinde tertiple:
Ady: Aýnabat Orazowa
Doglan senesi: ${v('pii.date_of_birth', '11.09.1959')}
Pasport belgisi: ${v('pii.passport', 'A1837294')}
Telefon: ${phone('+993 62 384715')}
Öý telefony: ${phone('+993 12 39 48 27')}`),

  rec('ticket_et', f`Palun vormista see kasutajakonto taotlus inglise keelde ka, sest tarnija tugi ei räägi eesti keelt:
Ees- ja perenimi: Kadri Tamm
Isikukood: ${ambCat('pii', '48804122734')}
E-post: ${v('pii.email', 'kadri.tamm@ekspertiis.ee')}
Mobiil: ${phone('+372 5829 3104')}
Vajalik ligipääs: DNA-analüüsi LIMS, lugemisõigus`, 'Estonian isikukood: personal, no built-in rule'),

  rec('email_is', f`Sæl,

Hér eru upplýsingar um nýja hljóðfæraleikarann sem byrjar 1. febrúar, vinsamlegast skráðu í launakerfið:
Nafn: Sigríður Halla Einarsdóttir
Kennitala: ${ambCat('pii', '120488-2739')}
Farsími: ${phone('+354 692 4817')}
Netfang: ${v('pii.email', 'sigga.einars@simnet.is')}
Hljóðfæri: selló (2. púlt)

Kveðja, Hrafn`, 'Icelandic kennitala: personal, no built-in rule'),

  rec('chat_nn', f`Kan du skrive eit svar til kunden på nynorsk? Ho har bede om at resepten blir flytta frå eit anna apotek.
Namn: Ingrid Solheim Nesje
Fødselsnummer: ${ambCat('pii', '23067841925')}
Telefon: ${phone('+47 412 83 906')}
E-post: ${v('pii.email', 'ingrid.nesje@online.no')}`, 'Norwegian fødselsnummer: personal, no built-in rule'),

  rec('payroll_fr_ca', f`Peux-tu vérifier que le formulaire TD1 de la nouvelle employée est complet avant que je l'entre dans le système de paie du client?
Nom : Geneviève Côté-Bouchard
NAS : ${v('pii.ca_sin', '527 391 841')}
Date de naissance : ${v('pii.date_of_birth', '1991-03-26')}
Téléphone : ${phone('+1 418 529 3871')}
Courriel : ${v('pii.email', 'gcote.bouchard@videotron.ca')}`),

  rec('hr_pt_br', f`Oi, preciso montar a ficha de admissão do novo atendente da farmácia online pro cliente da folha. Confere se tá tudo certo?
Nome: Lucas Henrique Andrade Souza
CPF: ${v('pii.br_cpf', '482.193.075-79')}
Data de nascimento: ${v('pii.date_of_birth', '04/12/1998')}
Celular: ${phone('+55 21 99283-4716')}
E-mail: ${v('pii.email', 'lucas.h.andrade@uol.com.br')}
PIS: ainda não cadastrado`),

  rec('email_es_pe', f`Estimada Sra. Quispe:

Le confirmamos su inscripción a la peregrinación a Fátima y Santiago de Compostela (salida 2 de mayo). Para el seguro de viaje necesitamos verificar:
DNI: ${ambCat('pii', '41827365')}
Pasaporte: ${v('pii.passport', '118293746')}
Fecha de nacimiento: ${v('pii.date_of_birth', '19/08/1955')}
Celular: ${phone('+51 984 217 365')}

Su hija, que vive en Madrid, viajará con NIE ${v('pii.es_nie', 'Y4827193J')}; por favor confirme que sigue vigente.

Atentamente,
Peregrinos del Sur – Agencia de Viajes`, 'Peruvian DNI: personal, no built-in rule'),

  rec('chat_es_ar', f`Armame un mail de bienvenida para el nuevo violinista suplente, con los datos que tiene que confirmar para el contrato:
Nombre: Facundo Martín Ledesma
DNI: ${ambCat('pii', '32.145.678')}
CUIL: ${ambCat('pii', '20-32145678-3')}
Fecha de nacimiento: ${v('pii.date_of_birth', '15/01/1986')}
Celular: ${phone('+54 9 351 482-7390')}
Mail: ${v('pii.email', 'facu.ledesma.violin@gmail.com')}`, 'Argentine DNI and CUIL: personal, no built-in rule'),

  rec('payroll_fr_ci', f`Bonjour, pour le dossier d'embauche de notre collaborateur ivoirien en France (client paie à Lyon), peux-tu contrôler les informations ?
Nom : Koffi Jean-Baptiste Yao
N° de sécurité sociale : ${v('pii.fr_nir', '1 85 07 99 326 045 83')}
Né le : ${v('pii.date_of_birth', '18/07/1985')} à Bouaké (Côte d'Ivoire)
Téléphone : ${phone('+225 01 72 48 39 16')} (Abidjan) / ${phone('+33 6 48 27 19 53')}
Courriel : ${v('pii.email', 'kjb.yao@orange.ci')}`),

  rec('payroll_de_ch', f`Grüezi, chönd Sie mir bitte d'Quellensteuer-Meldig für üse Grenzgänger vorbereite? Date:
Name: Jonas Albrecht
Wohnort: Lörrach (DE)
Steuer-ID (DE): ${v('pii.de_steuer_id', '82937415623')}
AHV-Nr.: ${ambCat('pii', '756.4829.1736.52')}
Geburtsdatum: ${v('pii.date_of_birth', '09.05.1983')}
Mobile: ${phone('+41 78 692 41 83')}`, 'Swiss AHV number: personal, no built-in rule'),

  rec('w9', f`US touring soloist for the spring gala sent her W-9 details by email. Can you fill in the vendor form fields for me and tell me if anything is missing?
Name: Danielle R. Whitaker
SSN: ${v('pii.us_ssn', '521-48-7390')}
Address: 1187 Linden Ave, Apt 4, Cambridge MA 02139
Phone: ${phone('+1 617 482 9305')}
Email: ${v('pii.email', 'danielle.whitaker.soprano@gmail.com')}`),

  rec('email_rm', f`Cara Flurina,

sche ti pos, inscriva per plaschair il nov commember dal chor en la glista da contacts:
Num: Gian Andri Caduff
Telefon: ${phone('+41 81 257 34 19')}
Natel: ${phone('+41 79 418 29 57')}
E-mail: ${v('pii.email', 'gianandri.caduff@bluewin.ch')}
Naschientscha: ${v('pii.date_of_birth', '02-03-1979')}

Grazia fitg e salids,
Claudia`),

  rec('hr_en', f`Rewrite this as a short note for the client's HR: employee moved from our London payroll to Dublin.
Name: Priya Nandakumar
NI number: ${v('pii.uk_nino', 'JM 48 27 19 C')}
NHS number (for the occupational health referral): ${v('pii.uk_nhs_number', '485 927 1637')}
Date of birth: ${v('pii.date_of_birth', '27 October 1990')}
New mobile: ${phone('+353 87 214 6390')}`),

  rec('hr_be', f`Дапамажы напісаць ліст у аддзел кадраў лабараторыі, каб выправілі памылку ў картцы супрацоўніка:
Супрацоўнік: Алена Міхайлаўна Кавалёва, аддзел лічбавых экспертыз
У сістэме дата нараджэння: ${amb('pii.date_of_birth', '1986-14-03')} — відаць, пераблыталі дзень і месяц.
Правільная дата нараджэння: ${v('pii.date_of_birth', '14.03.1986')}
Кантактны тэлефон: ${phone('+375 33 682-41-07')}
Пошта: ${v('pii.email', 'a.kavaliova@ekspertyza.by')}`, 'a birth date with month 14 (day and month swapped): no valid date, ambiguous; the corrected date is labelled'),
];

/**
 * Held-out batch 51: personal data in public-defender intake notes, home-nursing referrals,
 * helicopter and port-police manifests, HPC account requests, brewery staff lists and club exports,
 * across many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH51_PII: DraftRecord[] = [
  rec('intake', f`Can you turn this into a first letter to the client explaining what happens at the preliminary hearing? Plain language, 8th-grade reading level.

INTAKE SUMMARY – new appointment 03/04
Client: Marcus T. Delgado
DOB: ${v('pii.date_of_birth', '04/17/1996')}
SSN: ${v('pii.us_ssn', '412-83-5917')}
Contact: sister's cell ${phone('(412) 837-2691', 'US')}
Charges: PC 459 (2nd-degree burglary); arraigned 3/3, bail set at $25,000
Conflict check: clear
Prelim set for 3/17, Dept. 12`),

  rec('csv', f`Sort these by attorney and make a printable visit schedule for Tuesday:

${amb('source_code.snippet', f`booking_no,inmate,dob,housing,attorney,visit_slot
24-018273,"HARRIS, Jerome",${v('pii.date_of_birth', '11/02/1989')},4B-12,Okafor,09:30
24-019004,"NGUYEN, Thanh",${v('pii.date_of_birth', '07/23/2001')},2A-03,Okafor,10:00
24-019377,"PRICE, Latoya",${v('pii.date_of_birth', '01/30/1994')},W1-07,Lindqvist,10:30
24-019412,"OSEI, Kwame",${v('pii.date_of_birth', '09/05/1978')},4B-02,Lindqvist,11:00`)}`),

  rec('ficha_pt', f`Resuma em 5 linhas para o defensor plantonista:

FICHA DE ATENDIMENTO – Defensoria Pública, Núcleo Criminal
Assistido: Rafael Nogueira dos Santos
CPF: ${v('pii.br_cpf', '275.049.381-14')}
Data de nascimento: ${v('pii.date_of_birth', '12/08/1999')}
Telefone (mãe, Dona Cláudia): ${phone('(21) 99384-2716', 'BR')}
Relato: preso em flagrante em 02/03 por suposto furto de celular no ônibus; nega a autoria e diz que estava voltando do trabalho. Audiência de custódia realizada, liberdade provisória concedida com comparecimento mensal.`),

  rec('chat', f`Witness list from the discovery packet in State v. Ellison — can you format it as a table with a column for "interviewed (Y/N)"?

1. Renee Caldwell, neighbor, ${phone('(617) 428-3916', 'US')}
2. Officer B. Tran, badge 4471 (contact through the DA's office)
3. Dmitri Volkov, store clerk, ${phone('+1 (718) 394-2781')}, ${v('pii.email', 'dvolkov.nyc@gmail.com')}
4. Unknown male in red jacket (on the store video only)`),

  rec('handover_nl', f`Schrijf een korte overdracht voor de avonddienst op basis van deze gegevens:

Cliëntgegevens wijkverpleging
Naam: mevr. H. (Hendrika) van der Linden
Geboortedatum: ${v('pii.date_of_birth', '14-02-1938')}
BSN: ${v('pii.nl_bsn', '284739169')}
Telefoon dochter (Marja): ${phone('06-29384716', 'NL')}
Indicatie: 3× per dag ADL, wondzorg linkeronderbeen (ulcus cruris), ma/do compressietherapie
Bijzonderheden: slechthorend, hoortoestel links.`),

  rec('scheda_it', f`Riassumi per l'infermiere del turno di sabato, in modo schematico:

SCHEDA PAZIENTE ADI
Cognome e nome: Marino Anna
Codice fiscale: ${v('pii.it_codice_fiscale', 'MRNNNA52H47F205I')}
Data di nascita: ${v('pii.date_of_birth', '07/06/1952')}
Caregiver: figlio Stefano, cell. ${phone('333 482 7165', 'IT')}
Diagnosi: BPCO, ossigenoterapia 2 l/min
Terapia: medicazione lesione sacrale ogni 48 h, controllo saturazione mattina e sera`),

  rec('chat_hi', f`नमस्ते, होम नर्सिंग के लिए नए मरीज़ का रजिस्ट्रेशन करना है। मरीज़: श्रीमती कमला देवी, उम्र 78 साल, आधार नंबर ${v('pii.in_aadhaar', '4827 1936 0512')}, बेटे राजेश का मोबाइल ${phone('+91 98452 71836')}। रोज़ सुबह इंसुलिन और हफ़्ते में दो बार ड्रेसिंग चाहिए। कृपया फ़ॉर्म के लिए अंग्रेज़ी में एक साफ़ सारांश बना दें।`),

  rec('chat_ta', f`வணக்கம், வீட்டு செவிலியர் சேவைக்கு புதிய நோயாளியின் விவரங்கள்:
பெயர்: திரு. ராமசாமி கிருஷ்ணன்
பிறந்த தேதி: ${v('pii.date_of_birth', '03-11-1944')}
ஆதார் எண்: ${v('pii.in_aadhaar', '6391 8274 0524')}
மகள் தொலைபேசி: ${phone('94431 82756', 'IN')}
தேவை: வாரம் மூன்று முறை இரத்த அழுத்தம் மற்றும் சர்க்கரை பரிசோதனை.
இதை ஆங்கிலத்தில் ஒரு அட்டவணையாக மாற்றுங்கள்.`),

  rec('referral', f`Referral from the district nurses — please draft a warm welcome letter to him explaining our first visit on Monday at 10:

Mr Albert Finch, NHS No ${v('pii.uk_nhs_number', '485 729 3617')}, DOB ${v('pii.date_of_birth', '22/09/1936')}
Lives alone in Hebden Bridge, uses a key safe at the back door (code with the office).
Needs: catheter care weekly, medication prompt twice daily.
Daughter (next of kin): ${phone('07412 583 926', 'GB')}`),

  rec('chat_ro', f`Te rog redactează un contract de colaborare scurt, în română, pentru asistenta nouă:
Nume: Andreea Vasilescu
CNP: ${ambCat('pii', '2790612403180')}
Telefon: ${phone('+40 742 816 395')}
E-mail: ${v('pii.email', 'andreea.vasilescu79@yahoo.ro')}
Tarif: 18 EUR/oră, vizite la domiciliu în zona Leeds.`, 'Romanian CNP: personal, but no built-in rule claims it'),

  rec('chat_ur', f`مریضہ: محترمہ نسیم اختر، عمر 81 سال، شوگر اور ہائی بلڈ پریشر۔ بیٹے کا نمبر ${phone('0321 8472915', 'PK')} اور بہو کا نمبر ${phone('+92 300 4182736')} ہے۔ براہِ کرم نرس کے لیے انگریزی میں مختصر ہدایات لکھ دیں کہ کسی ایمرجنسی میں پہلے بیٹے کو کال کرے، پھر بہو کو۔`),

  rec('chat_ar', f`أرجو تلخيص بيانات المريض التالية في جدول باللغة الإنجليزية لفريق التمريض المنزلي:
الاسم: عبد الله الكعبي
رقم الهوية الإماراتية: ${ambCat('pii', '784-1986-4827391-2')}
تاريخ الميلاد: ${v('pii.date_of_birth', '14/05/1986')}
هاتف الزوجة: ${phone('050 418 2736', 'AE')}
الحالة: متابعة بعد جراحة الركبة، تغيير الضماد يومياً وتمارين العلاج الطبيعي.`, 'Emirates ID: personal, no built-in rule'),

  rec('chat_da', f`Kan du lave en pæn tabel til helikoptermanifestet i morgen? Navne, vægt og pasnummer:
- Mikkel Sørensen, CPR ${ambCat('pii', '120488-1937')}, pas nr. ${v('pii.passport', '208417395')}, 92 kg + 6 kg bagage
- Rasmus Holm, pas nr. ${v('pii.passport', '211930584')}, 84 kg + 5 kg bagage
- Jonas Friis, pas nr. ${v('pii.passport', '209284716')}, 101 kg + 7 kg bagage
CPR-nummeret skal ikke med i manifestet.`, 'Danish CPR number: personal, no built-in rule'),

  rec('chat_pl', f`Dane nowego technika: Paweł Zieliński, PESEL ${ambCat('pii', '87031412587')}, tel. ${phone('+48 601 284 397')}, e-mail ${v('pii.email', 'pawel.zielinski87@wp.pl')}, certyfikat GWO BST ważny do 11.2026. Przygotuj proszę maila powitalnego po angielsku z informacją o szkoleniu w Esbjergu 12–14 maja i o tym, co zabrać na statek.`, 'Polish PESEL: personal, no built-in rule'),

  rec('manifest', f`Can you check this manifest against the weight limits (max 136 kg body + bag per pax, 4 pax)?

HELI MANIFEST – HKS-2 – 08:40 Esbjerg → HR3 substation
Name                | Nat | Passport   | DOB        | Body | Bag
Kowalczyk, Tomasz   | PL  | ${v('pii.passport', 'EA4817293')}  | ${v('pii.date_of_birth', '1988-03-14')} | 88   | 6
Jensen, Sune        | DK  | ${v('pii.passport', '208519374')}  | ${v('pii.date_of_birth', '1991-11-27')} | 79   | 5
van Dijk, Ruben     | NL  | ${v('pii.passport', 'NR4K7P2J9')}  | ${v('pii.date_of_birth', '1985-06-02')} | 121  | 9
Mägi, Kristjan      | EE  | ${v('pii.passport', 'KE0419273')}  | ${v('pii.date_of_birth', '1993-01-19')} | 83   | 6`),

  rec('chat_et', f`Tere, palun koosta töölepingu lisa eesti keeles: töötaja Karl Tamm, isikukood ${ambCat('pii', '38506124213')}, telefon ${phone('+372 5384 2716')}, alustab 2. juunil tuulikutehnikuna Pärnu baasis, katseaeg 4 kuud, vahetustega töö 14/14.`, 'Estonian isikukood: personal, no built-in rule'),

  rec('chat_lt', f`Sveiki, paruoškite komandiruotės įsakymo projektą: darbuotoja Rūta Jankauskienė, a. k. ${ambCat('pii', '49107270316')}, el. paštas ${v('pii.email', 'ruta.jankauskiene@gmail.com')}, komandiruotė į Esbjergą (Danija) birželio 3–17 d., dienpinigiai pagal Vyriausybės nutarimą.`, 'Lithuanian asmens kodas: personal, no built-in rule'),

  rec('chat_uk', f`Допоможіть скласти лист-запрошення для отримання робочої візи:
Коваленко Андрій Миколайович, дата народження ${v('pii.date_of_birth', '19.08.1990')}, закордонний паспорт ${v('pii.passport', 'FT418273')}, громадянин України, запрошується на посаду техніка з обслуговування вітрових турбін у Данії на 12 місяців. Лист потрібен англійською.`),

  rec('form_ko', f`계정 신청서 내용을 영어로 번역해 주세요.

이름: 박서연
소속: 화학과 계산화학연구실 (박사과정)
이메일: ${v('pii.email', 'seoyeon.park@halvard.edu')}
휴대폰: ${phone('010-2947-3816', 'KR')}
지도교수: Prof. Lindgren
요청 자원: GPU 2,000시간, 스토리지 20 TB
사용 목적: 분자동역학 시뮬레이션 (GROMACS)`),

  rec('chat_zh_tw', f`幫我把這段自我介紹翻成英文，要寄給新實驗室的行政人員：
「您好，我叫林怡君，是今年秋天來的交換學生。身分證字號 ${ambCat('pii', 'F229183746')}，手機 ${phone('0928-471-365', 'TW')}，email ${v('pii.email', 'yc.lin.0914@gmail.com')}。預計 9 月 1 日報到，需要申請計算中心帳號和宿舍。」`, 'Taiwanese national ID: personal, no built-in rule'),

  rec('signature_vi', f`Sửa giúp em chữ ký email này cho chuyên nghiệp hơn, bằng tiếng Anh:

Nguyễn Thị Thu Hà
NCS năm 3 – Nhóm Khoa học Vật liệu Tính toán
Trung tâm Tính toán Hiệu năng cao, ĐH Halvard
Email: ${v('pii.email', 'thuha.nguyen@halvard.edu')} | ĐT: ${phone('+84 912 384 716')}
Zalo: ${phone('0903 847 216', 'VN')}`),

  rec('chat_id', f`Tolong rapikan data ini jadi paragraf untuk surat pengajuan beasiswa riset:
Nama: Dewi Lestari
NIK: ${ambCat('pii', '3173024509880003')}
Tanggal lahir: ${v('pii.date_of_birth', '05-09-1988')}
HP: ${phone('0813 8472 9165', 'ID')}
Program: S3 Ilmu Komputer, topik simulasi iklim regional di klaster HPC.`, 'Indonesian NIK: personal, no built-in rule'),

  rec('ldif', f`${amb('source_code.snippet', f`dn: uid=mokafor,ou=people,dc=rc,dc=halvard,dc=edu
uid: mokafor
cn: Mariam Okafor
mail: ${v('pii.email', 'mariam.okafor@halvard.edu')}
loginShell: /bin/bash
homeDirectory: /home/mokafor

dn: uid=tbergstrom,ou=people,dc=rc,dc=halvard,dc=edu
uid: tbergstrom
cn: Tobias Bergström
mail: ${v('pii.email', 'tobias.bergstrom@halvard.edu')}
loginShell: /bin/bash
homeDirectory: /home/tbergstrom`)}

Write an ldapmodify file that changes loginShell to /bin/zsh for both.`),

  rec('log', f`Someone is hammering the Open OnDemand dashboard, is it a broken browser tab or a script?

${amb('source_code.snippet', f`${amb('pii.ip_address', '141.212.88.19')} - ${v('pii.email', 'jpatel@halvard.edu')} [11/Mar/2025:14:02:11 +0100] "GET /pun/sys/dashboard/activejobs.json HTTP/1.1" 200 18311 "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/135.0"
${amb('pii.ip_address', '141.212.88.19')} - ${v('pii.email', 'jpatel@halvard.edu')} [11/Mar/2025:14:02:12 +0100] "GET /pun/sys/dashboard/activejobs.json HTTP/1.1" 200 18311 "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/135.0"
${amb('pii.ip_address', '10.8.14.201')} - ${v('pii.email', 'lchen@halvard.edu')} [11/Mar/2025:14:02:12 +0100] "GET /pun/sys/files/fs/home/lchen HTTP/1.1" 200 5120 "-" "Mozilla/5.0"`)}`),

  rec('list_el', f`Φτιάξε μου αυτή τη λίστα επιβατών σε μορφή πίνακα με στήλες στα ελληνικά και στα αγγλικά, για το Λιμεναρχείο Πειραιά:

M/Y Kalliste – επιβίβαση 14/07
1. WHITCOMBE James, British, passport ${v('pii.passport', '548217396')}, DOB ${v('pii.date_of_birth', '03/02/1971')}
2. WHITCOMBE Eleanor, British, passport ${v('pii.passport', '561093824')}, DOB ${v('pii.date_of_birth', '19/10/1974')}
3. WHITCOMBE Oliver, British, passport ${v('pii.passport', '573820419')}, DOB ${v('pii.date_of_birth', '08/05/2006')}`),

  rec('chat_tr', f`Mürettebat listesini liman başkanlığına gidecek İngilizce bir tabloya çevir:
Kaptan Murat Yıldız – TC ${ambCat('pii', '38417295672')} – tel ${phone('0 544 817 36 20', 'TR')}
Aşçı Emre Kaya – TC ${ambCat('pii', '52981476350')} – tel ${phone('+90 532 418 27 95')}
Tayfa Deniz Arslan – kimlik sonradan gelecek`, 'Turkish TC kimlik numbers: personal, no built-in rule'),

  rec('chat_ar', f`يرجى إعداد خطاب ترحيب رسمي باللغة الإنجليزية لضيف اليخت في موناكو: سمو الشيخ فيصل بن ناصر، جواز سفر رقم ${v('pii.passport', 'R7391046')}، رقم الجوال ${phone('+966 55 418 2736')}، موعد الصعود 22 مايو في ميناء هرقل.`),

  rec('chat_zh', f`请帮我把客户资料整理成英文的登船信息表：
姓名：陈志强
护照号：${v('pii.passport', 'E48271936')}
出生日期：${v('pii.date_of_birth', '1979年3月22日')}
手机：${phone('+86 138 2741 9365')}
同行：妻子和两个孩子（资料明天补）
航线：普吉岛—皮皮岛，5月1日至5日`),

  rec('insurance', f`Fill in the "insured person" section of the charter cancellation policy from this:

Insured: Bradley Whitmore
DOB: ${v('pii.date_of_birth', '06/30/1968')}
Cell: ${phone('+1 (415) 282-4791')}
Email: ${v('pii.email', 'brad@whitmorecap.com')}
US passport: ${v('pii.passport', '567302918')}
Charter: S/Y Orion Blue, Split – Dubrovnik, 9–16 Aug, 6 guests`),

  rec('chat_cs', f`Udělej z toho rozpis směn na sobotu a neděli na pivním festivalu (stánek otevřený 10–22 h):
Jana Horáková – ${phone('737 481 259', 'CZ')} – ${v('pii.email', 'jana.horakova@pivovar-krahulik.cz')}
Ondřej Beneš – ${phone('+420 604 218 937')} – ${v('pii.email', 'ondra.benes@seznam.cz')}
Lucie Dvořáková – jen sobota odpoledne`),

  rec('chat_hu', f`Új kolléga adatai a bejelentéshez: Kovács Réka, született ${v('pii.date_of_birth', '1994. 06. 21.')}, TAJ-szám: ${ambCat('pii', '038 417 294')}, telefon: ${phone('+36 30 418 2957')}, munkakör: csapos, heti 30 óra. Írj belőle egy rövid összefoglalót a könyvelőnek.`, 'Hungarian TAJ number: personal, no built-in rule'),

  rec('csv_da', f`Hvem af dem er under 18 og skal fjernes fra ølklubben? Dato i dag er 1. marts 2025.

${amb('source_code.snippet', f`navn;email;fødselsdato;postnr
Freja Lund;${v('pii.email', 'freja.lund@hotmail.dk')};${v('pii.date_of_birth', '1999-04-18')};8000
Oliver Kjær;${v('pii.email', 'oliver.kjaer@gmail.com')};${v('pii.date_of_birth', '2007-09-02')};8200
Ida Mortensen;${v('pii.email', 'ida.m@live.dk')};${v('pii.date_of_birth', '1987-12-11')};8210`)}`),

  rec('log', f`Our web-shop age gate logs look weird — some people enter a birth date in the future. What validation should we add?

${amb('source_code.snippet', f`2025-03-02T19:41:07Z agegate order=WS-88213 email=${v('pii.email', 'kieran.walsh@outlook.com')} dob=${v('pii.date_of_birth', '1992-07-15')} result=pass
2025-03-02T19:44:51Z agegate order=WS-88214 email=${v('pii.email', 'megan.r.holt@gmail.com')} dob=${amb('pii.date_of_birth', '2031-01-01')} result=pass
2025-03-02T19:52:30Z agegate order=WS-88215 email=${v('pii.email', 'sam.okoro@yahoo.co.uk')} dob=${v('pii.date_of_birth', '2008-05-22')} result=fail`)}`, 'a birth date in the future is not anyone\'s real date of birth: ambiguous'),

  rec('email', f`Please help me answer this client email — he wants to know if he can travel to his cousin's wedding while on pretrial release.

From: Jerome Harris <${v('pii.email', 'jerome.harris1989@gmail.com')}>
Subject: wedding in Ohio??

Hi Ms Okafor, my cousin is getting married in Columbus on April 12. Can I go? I check in with pretrial every Monday. My new number is ${phone('(646) 318-2947', 'US')} if you need to call me.
Jerome`),

  rec('chat_pt', f`Escreva um plano de visitas semanais (enfermagem e fisioterapia) para esta paciente de home care:
Paciente: Dona Maria Aparecida Souza
CPF: ${v('pii.br_cpf', '603.918.274-13')}
Nascida em ${v('pii.date_of_birth', '21/01/1939')}
Telefone da filha: ${phone('(11) 98427-3615', 'BR')}
Quadro: pós-AVC, hemiparesia à direita, sonda nasoenteral.`),

  rec('chat_it', f`Prepara la lista equipaggio per la Capitaneria di porto di Porto Cervo:
Comandante Luca Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCLCU88T03L219K')}, nato a Torino il ${v('pii.date_of_birth', '03/12/1988')}, cell. ${phone('+39 347 281 9364')}
Marinaio Giuseppe Rossi, codice fiscale ${v('pii.it_codice_fiscale', 'RSSGPP61C12H501F')}
Hostess: da confermare`),

  rec('chat_hi', f`मेरा HPC अकाउंट तीन बार गलत पासवर्ड डालने से लॉक हो गया है। सपोर्ट टीम को अंग्रेज़ी में ईमेल लिख दीजिए: मेरा नाम अर्जुन मेहता है, यूज़रनेम amehta, ईमेल ${v('pii.email', 'arjun.mehta@halvard.edu')}, फ़ोन ${phone('+91 87654 21093')}, लैब: प्रोफ़ेसर रॉय का क्लाइमेट मॉडलिंग ग्रुप।`),

  rec('chat_ko', f`방문간호 신규 대상자 정보를 간호사용 요약으로 정리해 주세요.
성명: 김순자 (여, 84세)
주민등록번호: ${ambCat('pii', '410823-2048175')}
보호자(아들): ${phone('010-5172-3948', 'KR')}
진단: 당뇨, 욕창 2단계(천골부)
방문: 주 3회 (월·수·금 오전)`, 'Korean resident registration number: personal, no built-in rule'),
];

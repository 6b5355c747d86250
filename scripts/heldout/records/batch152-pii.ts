/**
 * Held-out batch 152: personal data in crew lists, donor and volunteer records, contractor badge
 * applications, lottery prize claims, permit files and prescription checks, in many languages. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const DNI = esDni('48293716');
const NIE = esNie('Y', '4829371');
const CPF_WINNER = brCpfFormatted('482937160');
const CPF_RETAILER = brCpfFormatted('739104852');
const CF = itCodiceFiscale('BNCGLI90D52F205');
const BSN = `20648173${nlBsnCheckDigit('20648173')}`;
const NIR_BODY = '1840369123047';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const STEUER = `4729183640${deSteuerIdCheckDigit('4729183640')}`;
const NHS_CHILD = ukNhsSpaced('485777312');
const NHS_RX = ukNhsSpaced('729104836');
const AADHAAR = inAadhaarSpaced('48271936502');
const SIN = groupedAs(luhnWithCheck('54627183'), [3, 3, 3]);

export const BATCH152_PII: DraftRecord[] = [
  rec('tsv_no', f`Kan du lage en mønstringsliste på engelsk av dette? Skal til havnestaten i Murmansk.

${amb('source_code.snippet', f`Navn\tStilling\tFødselsnummer\tMobil\tE-post
Arne Kristoffersen\tSkipper\t${ambCat('pii', '140378 41826')}\t${phone('412 83 976', 'NO')}\t${v('pii.email', 'arne.kristoffersen@havorn-fisk.no')}
Ole-Martin Hansen\tMaskinist\t${ambCat('pii', '020591 38274')}\t${phone('+47 22 84 73 91')}\t${v('pii.email', 'olemartin.h@online.no')}`)}`, 'Norwegian fødselsnummer: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_is', f`Skrifaðu stutt bréf til sjúkrahússins á Ísafirði: háseti okkar, Einar Þór Gunnarsson, kennitala ${ambCat('pii', '170892-2739')}, slasaðist um borð. Tengiliður útgerðar: ${phone('+354 862 4713')}.`, 'Icelandic kennitala: no built-in rule (ambiguous, no rule id)'),

  rec('chat_es', f`Necesito un certificado de embarque para dos marineros de la cooperativa:
- Xosé Manuel Pereira Lago, DNI ${v('pii.es_dni', DNI)}, nacido el ${v('pii.date_of_birth', '03/11/1979')}
- Ousmane Diallo, NIE ${v('pii.es_nie', NIE)}, móvil ${phone('634 218 907', 'ES')}
Buque: "Nosa Señora do Carme", puerto base Vigo.`),

  rec('chat_pt', f`Podes preparar o pedido de renovação do certificado médico do pescador? Dados: António Silvestre Faria, data de nascimento ${v('pii.date_of_birth', '14-08-1968')}, NIF ${ambCat('pii', '218 473 926')}, telemóvel ${phone('+351 912 847 306')}, e-mail ${v('pii.email', 'toze.faria@sapo.pt')}.`, 'Portuguese NIF: no built-in rule (ambiguous, no rule id)'),

  rec('chat_tl', f`Pakigawa naman ng cover letter para sa visa ng seaman natin papuntang Norway:
Pangalan: Rodel Bautista Manalo
Passport No.: ${v('pii.passport', 'P4827193B')}
Birthday: ${v('pii.date_of_birth', 'June 9, 1991')}
Cellphone: ${phone('0917 384 2910', 'PH')}
Manning agency: Bicol Maritime Crewing Inc.`),

  rec('chat_id', f`Tolong buatkan surat keterangan untuk ABK kami yang mau cuti pulang:
Nama: Yohanes Sumual
Tempat/tgl lahir: Bitung, ${v('pii.date_of_birth', '22-04-1994')}
No. paspor: ${v('pii.passport', 'C4829173')}
No. HP: ${phone('0812-3847-2916', 'ID')}`),

  rec('chat_vi', f`Soạn giúp mình email gửi công ty môi giới thuyền viên, xác nhận thông tin thuyền viên mới:
Họ tên: Nguyễn Văn Hải – Ngày sinh: ${v('pii.date_of_birth', '05/02/1996')}
Số hộ chiếu: ${v('pii.passport', 'C7391846')}
SĐT: ${phone('+84 912 384 761')}`),

  rec('case_study_uk', f`I want to write a short case study for our spring appeal about a family we supported. Please anonymise it properly, I've pasted my raw notes:

Child: Amelia (age 6), NHS number ${v('pii.uk_nhs_number', NHS_CHILD)}, DOB ${v('pii.date_of_birth', '17/09/2018')}
Mum: Kirsty Walsh, mobile ${phone('07893 214650', 'GB')}, ${v('pii.email', 'kirstywalsh88@hotmail.co.uk')}
Stayed with us for respite 4 times last year, sibling support group for her brother.`),

  rec('crm_de', f`Bitte formuliere einen persönlichen Dankesbrief zum 80. Geburtstag unseres Dauerspenders:
Herr Gerhard Pöhlmann, geb. ${v('pii.date_of_birth', '02.04.1945')}
Tel. ${phone('0351 48273916', 'DE')}, E-Mail ${v('pii.email', 'g.poehlmann@t-online.de')}
Spendet seit 2009 monatlich 50 € an das Kinderhospiz Sternenlicht.`),

  rec('chat_fr_qc', f`Peux-tu me faire une lettre de confirmation pour la nouvelle bénévole? Faut mettre ses infos pour la paie des allocations de déplacement:
Nom : Geneviève Tremblay-Gagnon
NAS : ${v('pii.ca_sin', SIN)}
Date de naissance : ${v('pii.date_of_birth', '1987-12-03')}
Cell : ${phone('(514) 872-3941', 'CA')}`),

  rec('form_nl', f`Kun je dit vrijwilligersformulier omzetten naar een nette tabel?
Naam: Femke Jansen-de Boer
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${v('pii.date_of_birth', '23 juni 1975')}
Telefoon: ${phone('06 28471936', 'NL')}
Beschikbaar: woensdagmiddag, collecteweek`),

  rec('chat_it', f`Mi prepari un messaggio per il medico prescrittore? La ricetta della paziente non combacia con i dati:
Paziente: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', CF)}
Data di nascita sulla ricetta: ${v('pii.date_of_birth', '12/04/1990')}
Cellulare: ${phone('333 481 2967', 'IT')}
Il farmaco è un oppioide, serve la ricetta in triplice copia.`),

  rec('chat_fr', f`Rédige un mail poli au patient : l'ordonnance transmise est illisible. Infos du dossier :
M. Karim Benhaddou, n° de sécurité sociale ${v('pii.fr_nir', NIR)}, né le ${v('pii.date_of_birth', '21/03/1984')}, tél. ${phone('06 47 83 21 95', 'FR')}.`),

  rec('badge_app_us', f`Summarise this contractor badge application for the security review board, flag anything missing:

Name: Derek A. Lindqvist
Company: Sonoran Vacuum Services LLC
SSN (for background check): ${v('pii.us_ssn', '512-84-3927')}
Date of birth: ${v('pii.date_of_birth', '08/21/1983')}
US passport: ${v('pii.passport', '548291736')}
Phone: ${phone('(602) 731-4829', 'US')}
Areas requested: Fab 7 subfab, CR Bay 3–6 (escort required)`),

  rec('badge_zh_tw', f`幫我把這份外包廠商入廠申請整理成表格：
姓名：陳志明
公司：新竹精密潔淨工程有限公司
護照號碼：${v('pii.passport', '348291736')}
出生日期：${v('pii.date_of_birth', '1986年7月14日')}
手機：${phone('0937 482 615', 'TW')}
申請區域：Fab 7 無塵室 Bay 12（需陪同）`),

  rec('badge_ko', f`협력업체 출입 신청서를 영어로 번역해 주세요.
성명: 박준호
생년월일: ${v('pii.date_of_birth', '1990년 3월 8일')}
여권번호: ${v('pii.passport', 'M48291736')}
휴대폰: ${phone('010-4827-3916', 'KR')}
이메일: ${v('pii.email', 'junho.park@hanbit-cleantech.co.kr')}`),

  rec('badge_ja', f`以下の協力会社作業員の入構申請内容を英訳してください。
氏名：佐藤 健一
生年月日：${v('pii.date_of_birth', '1979年11月2日')}
連絡先：${phone('090-3847-2916', 'JP')}
メール：${v('pii.email', 'k.sato@aso-facility.co.jp')}`),

  rec('chat_de', f`Kannst du aus diesen Angaben einen Rahmenvertrag-Anhang für den freiberuflichen Reinraum-Techniker machen?
Name: Sebastian Kühnel
Geburtsdatum: ${v('pii.date_of_birth', '19.01.1981')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', STEUER)}
Mobil: ${phone('0171 4829376', 'DE')}`),

  rec('chat_he', f`תסכם לי את פרטי הקבלן לצורך הנפקת תג כניסה זמני:
שם: יוסי אברהמי
תאריך לידה: ${v('pii.date_of_birth', '11.05.1977')}
מספר דרכון: ${v('pii.passport', '32918476')}
טלפון: ${phone('052-418-2937', 'IL')}`),

  rec('chat_el', f`Γράψε μου ένα ευγενικό email για τον νέο πράκτορα στη Θεσσαλονίκη. Στοιχεία: Νικόλαος Παπαδόπουλος, ημερομηνία γέννησης ${v('pii.date_of_birth', '30/06/1972')}, κινητό ${phone('694 128 3746', 'GR')}, email ${v('pii.email', 'n.papadopoulos.praktoreio@gmail.com')}.`),

  rec('chat_tr', f`Bayi başvuru formunu özetler misin?
Ad Soyad: Mehmet Yıldırım
Doğum tarihi: ${v('pii.date_of_birth', '15.09.1969')}
T.C. Kimlik No: ${ambCat('pii', '31847265914')}
Cep: ${phone('0532 418 29 37', 'TR')}`, 'Turkish TC Kimlik number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_pt_br', f`Ganhador da quina apareceu na lotérica pra resgatar, preciso fazer o termo de entrega. Dados:
Nome: Francisco das Chagas Oliveira
CPF: ${v('pii.br_cpf', CPF_WINNER)}
Nascimento: ${v('pii.date_of_birth', '07/10/1958')}
Celular: ${phone('(21) 99184-2736', 'BR')}
E o lotérico responsável é o Sr. Edson, CPF ${v('pii.br_cpf', CPF_RETAILER)}.`),

  rec('chat_pl', f`Napisz proszę odpowiedź do zwycięzcy, że wygraną powyżej 2280 zł odbiera się w oddziale. Dane z formularza: Krzysztof Nowakowski, PESEL ${ambCat('pii', '72031504819')}, tel. ${phone('601 847 293', 'PL')}, e-mail ${v('pii.email', 'k.nowakowski72@wp.pl')}.`, 'Polish PESEL: no built-in rule (ambiguous, no rule id)'),

  rec('chat_hu', f`Fogalmazz meg egy levelet a nyertesnek! Adatok: Kovács Lászlóné, születési dátum: ${v('pii.date_of_birth', '1961. február 27.')}, telefon: ${phone('+36 30 418 2937')}. A nyeremény átvétele a budapesti ügyfélszolgálaton történik.`),

  rec('chat_ru', f`Составь вежливое письмо клиентке: рецепт не прошёл проверку, нужна новая фотография. Данные: Смирнова Ольга Викторовна, дата рождения ${v('pii.date_of_birth', '04.12.1963')}, тел. ${phone('+7 912 384-27-19')}, почта ${v('pii.email', 'o.smirnova63@mail.ru')}.`),

  rec('chat_ar_sa', f`اكتب رسالة للمريض نطلب فيها وصفة جديدة. البيانات: عبدالله القحطاني، تاريخ الميلاد ${v('pii.date_of_birth', '1988/02/14')}، الجوال ${phone('050 418 2937', 'SA')}، البريد ${v('pii.email', 'a.alqahtani88@gmail.com')}.`),

  rec('chat_hi', f`भवन अनुमति आवेदन की पावती का ड्राफ्ट बना दो। आवेदक: रमेश कुमार शर्मा, आधार नंबर ${v('pii.in_aadhaar', AADHAAR)}, मोबाइल ${phone('+91 98452 71836')}, प्लॉट नं. 48, सेक्टर 7, येलहंका।`),

  rec('chat_bn', f`এই আবেদনকারীকে একটা চিঠি লিখে দাও যে তার নকশা অনুমোদন হয়েছে। নাম: মোহাম্মদ রফিকুল ইসলাম, জাতীয় পরিচয়পত্র নম্বর ${ambCat('pii', '4628193750')}, মোবাইল ${phone('01712-384927', 'BD')}।`, 'Bangladeshi NID: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ta', f`இந்த விண்ணப்பதாரருக்கு ஆய்வு தேதியை தெரிவிக்கும் கடிதம் எழுதுங்கள்: திரு. செந்தில் குமார், கைபேசி ${phone('+91 94440 18273')}, மின்னஞ்சல் ${v('pii.email', 'senthil.kumar.arch@gmail.com')}, ஆய்வு: 14 மார்ச், காலை 10 மணி.`),

  rec('chat_th', f`ช่วยร่างหนังสือแจ้งผลการตรวจอาคารให้หน่อย ผู้ขออนุญาต: นายสมชาย ใจดี เลขประจำตัวประชาชน ${ambCat('pii', '3 1012 04827 36 1')} โทร ${phone('081 947 2385', 'TH')}`, 'Thai national id: no built-in rule (ambiguous, no rule id)'),

  rec('chat_hy', f`Գրիր նամակ դիմողին, որ ստուգումը նշանակված է հինգշաբթի։ Տվյալներ՝ Արմեն Հովհաննիսյան, ծննդյան ամսաթիվ ${v('pii.date_of_birth', '12.08.1980')}, հեռ. ${phone('+374 91 384 271')}, էլ. փոստ ${v('pii.email', 'armen.hovhannisyan@mail.am')}։`),

  rec('chat_am', f`ለአመልካቹ ደብዳቤ ጻፍልኝ፦ ስም፡ አበበ ተስፋዬ፣ ስልክ፡ ${phone('+251 91 184 2736')}፣ ኢሜይል፡ ${v('pii.email', 'abebe.tesfaye@ethionet.et')}። የግንባታ ቁጥጥር ቀን ሐሙስ ነው።`),

  rec('verification_uk', f`Tidy up my verification note before I paste it into the PMR:

Patient: Mr Dennis Ogunleye, DOB ${v('pii.date_of_birth', '29 Feb 1952')}, NHS no ${v('pii.uk_nhs_number', NHS_RX)}
Called GP surgery to confirm the handwritten Rx for oxycodone 10mg MR – confirmed by Dr Patel.
Patient callback number ${phone('0161 832 4719', 'GB')}, email ${v('pii.email', 'd.ogunleye52@btinternet.com')}`),

  rec('chat_es_ar', f`Che, armame un mensaje para la paciente avisándole que la receta electrónica vino sin la firma del médico. Datos: Lucía Fernández, DNI ${ambCat('pii', '32.481.927')}, nacida el ${v('pii.date_of_birth', '18/05/1986')}, cel ${phone('+54 9 11 4827-3916')}.`, 'Argentine DNI: no built-in rule (ambiguous, no rule id)'),

  rec('log_json', f`Lots of failed logins on the prescription upload page overnight. Is this credential stuffing?

${amb('source_code.snippet', f`{"ts":"2025-03-02T02:14:07Z","event":"login_failed","email":"${v('pii.email', 'sarah.mcintyre@gmail.com')}","ip":"${amb('pii.ip_address', '185.191.204.17')}","ua":"python-requests/2.31"}
{"ts":"2025-03-02T02:14:08Z","event":"login_failed","email":"${v('pii.email', 'jpatel1979@yahoo.co.uk')}","ip":"${amb('pii.ip_address', '185.191.204.17')}","ua":"python-requests/2.31"}
{"ts":"2025-03-02T02:14:09Z","event":"login_ok","email":"${v('pii.email', 'm.obrien@eircom.net')}","ip":"${amb('pii.ip_address', '185.191.204.17')}","ua":"python-requests/2.31"}`)}`),

  rec('signature_fi', f`Voitko kääntää tämän allekirjoituksen englanniksi?

Ystävällisin terveisin
Jussi Mäkelä
Kalastusosuuskunnan kiintiötoimisto
puh. ${phone('040 718 2934', 'FI')}
${v('pii.email', 'jussi.makela@havorn-fisk.fi')}`),

  rec('signature_da', f`Kan du gøre min mailsignatur lidt kortere?

Med venlig hilsen
Mette Kjærgaard Nielsen
Fundraiser, Børnehospice Lysglimt
Direkte: ${phone('+45 28 47 19 36')} · Hovednummer: ${phone('+45 33 18 42 73')}
${v('pii.email', 'mette.kn@lysglimt-hospice.dk')}`),
];

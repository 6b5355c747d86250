/**
 * Held-out batch 119: personal data in mortgage applications, artist visa lists, marina crew lists,
 * clinical-trial screening logs, fibre installation work orders and courier tickets. Hand-written;
 * national identifiers carry computed check digits.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { brCpfFormatted, itCodiceFiscale, luhnCheckDigit, nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';

const cpf = brCpfFormatted;
const cf = itCodiceFiscale;

const L23 = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (n8: string): string => `${n8}${L23[Number(n8) % 23]}`;
const nie = (p: 'X' | 'Y' | 'Z', n7: string): string => `${p}${n7}${L23[Number(`${'XYZ'.indexOf(p)}${n7}`) % 23]}`;
const sin = (n8: string): string => {
  const x = `${n8}${luhnCheckDigit(n8)}`;
  return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`;
};
const bsn = (n8: string): string => {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(n8[i]) * (9 - i);
  const c = s % 11;
  if (c > 9) throw new Error(`no BSN check digit for ${n8}`);
  return `${n8}${c}`;
};
const nir = (n13: string): string => {
  const key = String(97n - (BigInt(n13) % 97n)).padStart(2, '0');
  return `${n13[0]} ${n13.slice(1, 3)} ${n13.slice(3, 5)} ${n13.slice(5, 7)} ${n13.slice(7, 10)} ${n13.slice(10, 13)} ${key}`;
};
const steuerId = (n10: string): string => {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(n10[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return `${n10}${check}`;
};
const nhs = (n9: string): string => {
  const c = nhsCheckDigit(n9);
  if (c < 0) throw new Error(`no NHS check digit for ${n9}`);
  const x = `${n9}${c}`;
  return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`;
};
const aadhaar = (n11: string): string => {
  const x = `${n11}${verhoeffCheckDigit(n11)}`;
  return `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`;
};

const CPF_1 = cpf('482917305');
const STEUER = steuerId('5739201843');

export const BATCH119_PII: DraftRecord[] = [
  rec('ticket_pt_br', f`Chamado #77312 – entrega não realizada
Cliente: Renata Cavalcanti
CPF: ${v('pii.br_cpf', CPF_1)}
Celular: ${phone('+55 21 99734-2816')}
E-mail: ${v('pii.email', 'renata.cavalcanti@uol.com.br')}
Endereço: Rua Visconde de Pirajá, 414, ap. 802 – Ipanema

"Paguei entrega no mesmo dia e o motoboy marcou 'destinatário ausente' às 14h, mas eu estava em casa."

Escreve uma resposta pedindo desculpas e oferecendo reentrega grátis amanhã.`),

  rec('log_es', f`Hoja de cribado – ensayo MRD-3318-02, centro 0427 (Hospital del Mar)
Participante candidato: Jorge Villanueva Ortega
DNI: ${v('pii.es_dni', dni('48273915'))}
Fecha de nacimiento: ${v('pii.date_of_birth', '14/06/1961')}
Teléfono: ${phone('612 48 39 27', 'ES')}
Criterios de inclusión: cumple 1–6; criterio de exclusión 4 (TFG < 45) pendiente de analítica.

Redáctame la nota para el investigador principal resumiendo lo pendiente.`),

  rec('chat_ca', f`Ens cal donar d'alta el tècnic de so que ve de Bolonya per al muntatge de l'escenari gran. Dades: Matteo Rinaldi, NIE ${v('pii.es_nie', nie('Y', '4829173'))}, mòbil ${phone('93 482 39 17', 'ES')}. Pots preparar el correu per a la gestoria perquè el donin d'alta a la Seguretat Social per 5 dies?`),

  rec('form_fr', f`Déclaration d'indemnisation – participant à l'essai MRD-3318-02
Nom : Mme Sylvie Fournier
N° de sécurité sociale : ${v('pii.fr_nir', nir('2640375112048'))}
Date de naissance : ${v('pii.date_of_birth', '21 mars 1964')}
Frais de déplacement : 3 visites × 42,60 €

Vérifie que le formulaire est complet avant que je l'envoie au promoteur.`),

  rec('form_de', f`Selbstauskunft – Baufinanzierung Antrag BF-2025-0418
Antragsteller: Tobias Reinhardt
Geburtsdatum: ${v('pii.date_of_birth', '03.11.1986')}
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Telefon: ${phone('0171 4839265', 'DE')}
E-Mail: ${v('pii.email', 't.reinhardt@posteo.de')}
Arbeitgeber: Stadtwerke Potsdam, unbefristet seit 2014

Bitte prüf, ob noch Unterlagen fehlen (Gehaltsnachweise, Renteninfo…).`),

  rec('contract_it', f`Contratto di ormeggio stagionale – posto C-27
Conduttore: Alessandro Marchetti
Codice fiscale: ${v('pii.it_codice_fiscale', cf('MRCLSN71C18F205'))}
Cellulare: ${phone('338 491 2765', 'IT')}
Imbarcazione: "Libeccio", 12,40 m, matricola RM 4218 D

Mi sistemi il testo della clausola sulla disdetta?`),

  rec('chat_nl', f`Kun je een mail opstellen naar de klant dat we zijn BSN nodig hebben voor de NHG-aanvraag? Wacht, hij heeft het al gestuurd: ${v('pii.nl_bsn', bsn('23817465'))}, geboortedatum ${v('pii.date_of_birth', '7 augustus 1990')}. Dan moet de mail juist zeggen dat we alles binnen hebben.`),

  rec('chat_en_ca', f`Client file for the renewal — can you draft the disclosure cover letter?
Borrower: Harpreet Gill, SIN ${v('pii.ca_sin', sin('52839174'))}
Cell: ${phone('+1 604 829 4417')}
Current lender: TD, maturity 2025-05-01, balance $412,880`),

  rec('urla_us', f`Summarize for the underwriter what's still missing on this application:

Borrower: Marcus Whitfield   SSN: ${v('pii.us_ssn', '418-72-9305')}   DOB: ${v('pii.date_of_birth', '09/22/1979')}
Co-borrower: Danielle Whitfield   SSN: ${v('pii.us_ssn', '522-38-1467')}   DOB: ${v('pii.date_of_birth', '02/14/1982')}
Income docs: 2 yrs W-2 (both), 30 days paystubs (Marcus only)
Assets: 2 months statements — checking only, no 401(k) statement
Phone: ${phone('(305) 481-2297', 'US')}`),

  rec('email_gb', f`Hi both,

Just to confirm what we hold for the mortgage application:
Applicant 1: Oliver Grant – NI number ${v('pii.uk_nino', 'JH 48 27 39 C')}
Applicant 2: Hannah Grant – NI number ${v('pii.uk_nino', 'NR492817A')}
Best number to reach you: ${phone('07911 284736', 'GB')}

Outstanding: 3 months' payslips for Hannah and the gifted-deposit letter.

Can you make this sound friendlier?`),

  rec('note_gb', f`Please turn this into a short handover for the research nurse:

Participant 0427-018 – Mr Derek Hollis, NHS No ${v('pii.uk_nhs_number', nhs('485777362'))}, DOB ${v('pii.date_of_birth', '30/01/1952')}
Visit 4 (week 12) done 11/02. ECG QTc 452 ms – PI aware. Next visit 11/03, fasting bloods.
Wife's mobile if he doesn't answer: ${amb('pii.phone', '07700 900418')} (that's the one in the system but it looks wrong, please recheck)`, 'Ofcom drama-range number: ambiguous per the conventions'),

  rec('chat_hi', f`नया FTTH कनेक्शन KYC के लिए ग्राहक का डेटा:
नाम: सुनीता वर्मा
आधार: ${v('pii.in_aadhaar', aadhaar('73918264051'))}
मोबाइल: ${phone('+91 98482 39176')}
पता: फ्लैट 204, साई रेज़िडेंसी, बाणेर, पुणे
इसका एक छोटा SMS बना दो कि तकनीशियन कल 10 से 12 बजे के बीच आएगा।`),

  rec('chat_mr', f`कृपया हा मेसेज सुधारून द्या: "नमस्कार श्री. पाटील, तुमच्या फायबर जोडणीसाठी आमचे तंत्रज्ञ उद्या सकाळी येतील. काही अडचण असल्यास ${phone('+91 94432 81756')} वर संपर्क करा." ग्राहकाचा नंबर ${phone('97654 31208', 'IN')} आहे, त्यालाच पाठवायचा आहे.`),

  rec('chat_bn', f`গ্রাহক অভিযোগ করেছেন পার্সেল দুইবার ভুল ঠিকানায় গেছে। নাম: তাসনিম রহমান, ফোন ${phone('01712-483917', 'BD')}, ইমেইল ${v('pii.email', 'tasnim.rahman92@gmail.com')}। ক্ষমা চেয়ে একটা উত্তর লিখে দিন।`),

  rec('csv', f`Artist visa letters — please generate one letter per row using the template I sent before:

${amb('source_code.snippet', f`name,role,nationality,passport_no,date_of_birth,arrival
Kofi Mensah-Boateng,lead vocals,GH,${v('pii.passport', 'G2948173')},${v('pii.date_of_birth', '1991-04-17')},2025-07-10
Ama Serwaa Owusu,keys,GH,${v('pii.passport', 'G3812704')},${v('pii.date_of_birth', '1994-11-02')},2025-07-10
Diego Valderrama,drums,CO,${v('pii.passport', 'AX482917')},${v('pii.date_of_birth', '1988-08-29')},2025-07-11`)}`),

  rec('chat_ja', f`来日アーティストのホテル予約をお願いしたいので、英語の依頼メールを作ってください。
氏名：Linnea Sjöberg
旅券番号：${v('pii.passport', '92847315')}（スウェーデン）
生年月日：${v('pii.date_of_birth', '1993年5月8日')}
チェックイン 7/24、チェックアウト 7/28、禁煙ツイン`),

  rec('crew_ko', f`요트 출항 전에 해경에 제출할 승선원 명부를 영문으로 정리해 주세요.

선장: 박정훈, 여권번호 ${v('pii.passport', 'M48291736')}, 연락처 ${phone('010-4823-9176', 'KR')}
승무원: 이서연, 여권번호 ${v('pii.passport', 'M73019284')}
승객: Thomas Keller (독일), 여권번호 ${v('pii.passport', 'C7HK42N19')}`),

  rec('chat_zh', f`客户投诉同城急送的文件送错了楼层。客户：周晓雯，手机 ${phone('138 2483 9176', 'CN')}，地址：上海市徐汇区漕溪北路 398 号 12 楼。帮我写一段道歉短信，说明今天下午 4 点前重新派送。`),

  rec('chat_yue', f`唔該幫我寫個 WhatsApp 回覆俾客：佢話即日速遞嘅文件仲未到。客人係陳先生，電話 ${phone('9482 3917', 'HK')}，地址係觀塘道 378 號創紀之城 2 期 15 樓。同佢講司機 6 點前一定到。`),

  rec('chat_th', f`ลูกค้าเช่าเรือยอทช์ส่งข้อมูลมาแบบนี้ ช่วยจัดเป็นแบบฟอร์มภาษาอังกฤษให้หน่อย: ชื่อ Mr. Andrew Whitcombe หนังสือเดินทางเลขที่ ${v('pii.passport', '548291736')} (อังกฤษ) เบอร์โทรที่ภูเก็ต ${phone('081 482 3917', 'TH')} ขึ้นเรือวันที่ 3 มี.ค.`),

  rec('chat_vi', f`Khách báo mạng cáp quang chập chờn từ tối qua. Tên: Nguyễn Thị Thu Hà, SĐT ${phone('091 248 3917', 'VN')}, modem báo WAN IP ${amb('pii.ip_address', '100.72.14.233')}. Viết giúp mình tin nhắn hẹn kỹ thuật viên đến kiểm tra sáng mai.`),

  rec('chat_ru', f`Нужно письмо участнице исследования с напоминанием о визите. Данные: Смирнова Ольга Петровна, дата рождения ${v('pii.date_of_birth', '12.09.1958')}, тел. ${phone('8 (916) 482-39-17', 'RU')}. Визит 5, натощак, 18 марта в 9:00.`),

  rec('chat_uk', f`Треба лист-запрошення для візи для нашої артистки на фестиваль. Дані: Соломія Гнатюк, паспорт ${v('pii.passport', 'FE482917')}, дата народження ${v('pii.date_of_birth', '23.02.1997')}, телефон ${phone('067 482 3917', 'UA')}. Виступ 12 липня, головна сцена.`),

  rec('chat_sk', f`Prosím, napíš klientovi, že do hypotekárnej žiadosti ešte chýba potvrdenie o príjme. Údaje: Peter Kováčik, dátum narodenia ${v('pii.date_of_birth', '5. 4. 1984')}, rodné číslo ${ambCat('pii', '840405/1249')}, mobil ${phone('0903 482 917', 'SK')}.`, 'Slovak birth number: no engine rule claims it, so a category-only ambiguous span'),

  rec('chat_el', f`Χρειάζομαι λίστα πληρώματος για το λιμεναρχείο. Κυβερνήτης: Νικόλαος Παπαδάκης, δίπλωμα ταχυπλόου ΑΛ-4827, διαβατήριο ${v('pii.passport', 'AP4829173')}, κινητό ${phone('694 823 9176', 'GR')}. Επιβάτες: 6, αναχώρηση Πέμπτη 07:30 από Άλιμο.`),

  rec('chat_tr', f`Müşteri aynı gün teslimatın gecikmesinden şikayetçi. Adı: Emre Yıldırım, tel: ${phone('0532 482 39 17', 'TR')}, e-posta ${v('pii.email', 'emre.yildirim@hotmail.com.tr')}. Özür dileyen ve %20 indirim kodu veren bir mesaj yazar mısın?`),

  rec('chat_ar_sa', f`أرجو تجهيز نموذج تسجيل ضيف على اليخت باللغة الإنجليزية. الاسم: فيصل العتيبي، رقم الجواز ${v('pii.passport', 'R4829173')}، الجوال ${phone('+966 55 482 3917')}، تاريخ الميلاد ${v('pii.date_of_birth', '1987/03/15')}.`),

  rec('chat_he', f`תכתוב הודעת תזכורת למשתתף במחקר: משה אברהמי, תאריך לידה ${v('pii.date_of_birth', '04/07/1955')}, נייד ${phone('052-482-3917', 'IL')}. ביקור 6 ביום שלישי, להביא את יומן התרופות.`),

  rec('chat_fa', f`لطفاً پیامک هماهنگی نصب فیبر نوری بنویس: مشترک آقای رضا کریمی، شماره همراه ${phone('0912 482 3917', 'IR')}، نصب روز شنبه بین ساعت ۹ تا ۱۲. کد قرارداد FT-14028.`),

  rec('chat_ka', f`ფესტივალის აკრედიტაციისთვის მჭირდება ინგლისური ფორმა. არტისტი: ნინო ბერიძე, პასპორტი ${v('pii.passport', '14AB82917')}, ტელ. ${phone('+995 599 48 23 91')}, მოსვლა 9 ივლისს.`),

  rec('chat_hy', f`Հաճախորդը բողոքում է, որ փաթեթը չի ստացել։ Անուն՝ Արամ Սարգսյան, հեռ․ ${phone('+374 91 482391')}, էլ․ հասցե ${v('pii.email', 'aram.sargsyan@mail.am')}։ Գրիր ներողություն խնդրող պատասխան։`),

  rec('chat_am', f`ለጥናቱ ተሳታፊ የቀጠሮ ማስታወሻ መልእክት ጻፍልኝ። ስም፦ ወ/ሮ ሄለን ታደሰ፣ ስልክ ${phone('+251 91 148 2391')}፣ ቀጠሮ ሰኞ ጠዋት 3 ሰዓት።`),

  rec('chat_sw', f`Mteja analalamika kifurushi hakijafika. Jina: Amina Wanjiru, simu ${phone('0712 483917', 'KE')}, barua pepe ${v('pii.email', 'amina.wanjiru@gmail.com')}. Niandikie jibu la kuomba radhi na kusema dereva atafika kabla ya saa kumi.`),

  rec('chat_tl', f`Pa-rewrite naman ng reply sa customer, medyo galit siya: "Ma'am Joy Villanueva, nakausap na po namin ang rider, ide-deliver po ulit bago mag-5pm. Kung may tanong, tawagan ang hotline o i-text ang rider sa ${phone('0917 482 3916', 'PH')}."`),

  rec('log_json', f`Courier app crashed for a customer on checkout, can you read this log?

${amb('source_code.snippet', f`{"ts":"2025-02-18T09:14:22.481Z","level":"error","svc":"checkout","msg":"address validation failed","user":{"id":"u_48213","email":"${v('pii.email', 'liisa.tamm@gmail.com')}","phone":"${phone('+37254823917')}"},"client_ip":"${amb('pii.ip_address', '84.50.117.29')}","err":"PostalCodeMismatch: 10115 not in zone TLN-3"}`)}`),

  rec('log_fi', f`Asentaja lähetti tämän lokin ONT:n rekisteröinnistä, voitko selittää virheen?

${amb('source_code.snippet', f`2025-02-11 08:42:17 ont-reg: serial=HWTC8A4F21C3 port=0/2/7 onu=14
2025-02-11 08:42:19 dhcp: offer ${amb('pii.ip_address', '10.84.17.142')} from ${amb('pii.ip_address', '10.84.0.1')}
2025-02-11 08:42:20 pppoe: user=${v('pii.email', 'virtanen.mikko@kuitu.fi')} auth=PAP result=FAIL (691)
2025-02-11 08:42:51 ont-reg: retry 3/3 failed`)}`),

  rec('chat_lv', f`Lūdzu, uzraksti īsu īsziņu klientam: kurjers ieradīsies šodien no 15 līdz 17. Klients: Jānis Ozols, tālr. ${phone('2948 3917', 'LV')}, Brīvības iela 118-24, Rīga.`),

  rec('chat_lt', f`Paciento vizito priminimas: Rūta Kazlauskienė, gimimo data ${v('pii.date_of_birth', '1962-10-30')}, tel. ${phone('+370 612 48391')}. Parašyk trumpą SMS lietuviškai.`),

  rec('chat_is', f`Geturðu skrifað staðfestingu á bókun fyrir bátaleigu? Leigutaki: Guðrún Sigurðardóttir, sími ${phone('862 4917', 'IS')}, netfang ${v('pii.email', 'gudrun.sig@simnet.is')}, dagsetning 14. júní, 4 klst.`),

  rec('chat_bg', f`Моля, подготви писмо до кредитополучателя, че оценката на имота е готова. Клиент: Георги Стоянов, тел. ${phone('0888 482 917', 'BG')}, имейл ${v('pii.email', 'g.stoyanov@abv.bg')}.`),
];

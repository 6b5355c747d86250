/**
 * Held-out batch 154: personal data from visa-office casework, camper medical forms, dam on-call
 * rosters, implant-recall patient lists, chess player registrations and removal enquiries. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const CPF = brCpfFormatted('418273590');
const CF = itCodiceFiscale('BNCGLI03H52F205');
const DNI = esDni('48273916');
const NIE = esNie('Y', '4827391');
const BSN = `23917465${nlBsnCheckDigit('23917465')}`;
const NIR_BODY = '2030575112034';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const STEUER = `4918273654${deSteuerIdCheckDigit('4918273654')}`;
const AADHAAR = inAadhaarSpaced('73910284651');
const NHS1 = ukNhsSpaced('943476591');
const NHS2 = ukNhsSpaced('485021937');
const NHS3 = ukNhsSpaced('712604839');
const SIN = luhnWithCheck('52738194');

const conf = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH154_PII: DraftRecord[] = [
  // ── university international student visa office ──
  rec('email_en', f`Hi team, can you draft the CAS confirmation email for this applicant? Details from the admissions system:

Name: Chukwuemeka Obi
Nationality: Nigerian
Passport no.: ${v('pii.passport', 'A09273816')} (expires 14/08/2031)
Date of birth: ${v('pii.date_of_birth', '03/11/2001')}
Programme: MSc Renewable Energy Engineering, start 22/09/2025
Email: ${v('pii.email', 'emeka.obi2001@gmail.com')}
Mobile: ${phone('+234 803 417 2965')}

Remind him the ATAS certificate is needed before we can assign the CAS.`),

  rec('chat_hien', f`Sir, bank ne "proof of funds" letter ke liye university ka letter maanga hai. Mera passport number ${v('pii.passport', 'W4817263')} hai aur Aadhaar ${v('pii.in_aadhaar', AADHAAR)}. DOB ${v('pii.date_of_birth', '17-06-2002')}. Kya aap letter mein ye details daal sakte ho? Urgent hai, visa appointment 12 tareek ko hai.`),

  rec('form_zh', f`请帮我把这份签证信息表翻译成英文，学校国际办公室要求用英文填写：

姓名：王思雨
性别：女
出生日期：${v('pii.date_of_birth', '2003年4月9日')}
护照号码：${v('pii.passport', 'EJ4829173')}
手机：${phone('+86 139 1827 4605')}
邮箱：${v('pii.email', 'siyu.wang0409@163.com')}
紧急联系人：王建国（父亲）${phone('+86 138 0571 2946')}`),

  rec('chat_ptbr', f`Oi, tudo bem? Preciso de uma carta da universidade confirmando minha matrícula pra apresentar no consulado. Meus dados: Larissa Mendes Carvalho, CPF ${v('pii.br_cpf', CPF)}, passaporte ${v('pii.passport', 'GK482917')}, data de nascimento ${v('pii.date_of_birth', '22/01/2000')}. Vocês conseguem mandar até sexta?`),

  rec('chat_vi', f`Dạ em chào thầy cô, em bị ghi sai ngày sinh trong thư CAS. Ngày sinh đúng của em là ${v('pii.date_of_birth', '15/08/2002')}, số hộ chiếu ${v('pii.passport', 'C8274619')}. Thầy cô sửa giúp em và gửi lại vào email ${v('pii.email', 'nguyenthimai.hn02@gmail.com')} được không ạ? Em cảm ơn nhiều.`),

  rec('chat_fa', f`با سلام، لطفاً در نامه حمایت مالی، اطلاعات من را اصلاح کنید:
نام: آرش رحیمی
شماره گذرنامه: ${v('pii.passport', 'Y48271935')}
تاریخ تولد: ${v('pii.date_of_birth', '1998/07/23')}
تلفن همراه: ${phone('+98 912 418 3725')}
با تشکر`),

  rec('chat_ur', f`السلام علیکم، مجھے ویزا کے لیے یونیورسٹی سے ایک خط چاہیے جس میں میری فیس کی ادائیگی کی تصدیق ہو۔ نام: حمزہ اقبال، پاسپورٹ نمبر: ${v('pii.passport', 'AB4917283')}، تاریخ پیدائش: ${v('pii.date_of_birth', '09-02-2001')}، فون: ${phone('+92 300 4817265')}۔ شکریہ`),

  rec('chat_kk', f`Сәлеметсіз бе! Мен Қазақстаннан келген студентпін, визаға құжат тапсыру үшін университеттен анықтама керек. Аты-жөнім: Айгерім Сейтқалиева, паспорт нөмірі: ${v('pii.passport', 'N17392846')}, туған күнім: ${v('pii.date_of_birth', '11.03.2003')}, телефон: ${phone('+7 701 482 9316')}. Рақмет!`),

  rec('chat_arz', f`أهلاً، أنا طالب مصري ومحتاج جواب من الجامعة علشان السفارة. اسمي عمر حسن، رقم الباسبور ${v('pii.passport', 'A29183746')}، وتاريخ الميلاد ${v('pii.date_of_birth', '5/12/2000')}. ممكن تبعتوه على ${v('pii.email', 'omar.hassan.eng@outlook.com')}؟ شكراً جداً`),

  rec('form_esmx', f`¿Me ayudas a llenar el formulario de la universidad en inglés? Estos son mis datos:
Nombre: Daniela Ruiz Castañeda
Fecha de nacimiento: ${v('pii.date_of_birth', '28 de febrero de 2001')}
Pasaporte: ${v('pii.passport', 'G48192736')}
CURP: ${ambCat('pii', 'RUCD010228MJCZSNA4')}
Celular: ${phone('+52 33 1827 4906')}`, 'Mexican CURP: personal id with no built-in rule (ambiguous, no rule id)'),

  rec('email_it', f`Gentile ufficio internazionale,
per l'iscrizione al servizio sanitario durante l'Erasmus mi chiedono una lettera con i miei dati. Vi riporto:
Giulia Bianchi, nata a Milano il ${v('pii.date_of_birth', '12/06/2003')}
Codice fiscale: ${v('pii.it_codice_fiscale', CF)}
Cellulare: ${phone('+39 347 918 2046')}
Grazie mille,
Giulia`),

  rec('chat_engb', f`Student asking whether her part-time job is within visa conditions (20 h/week term time). Her details for the right-to-work check:
Priya Nair, NI number ${v('pii.uk_nino', 'JT 48 29 17 C')}, BRP ${ambCat('pii', 'ZR4827193')}, DOB ${v('pii.date_of_birth', '30/09/2000')}.
Employer says she did 24 hours last week. Draft a note to her explaining the limit.`, 'BRP card number: a residence permit number with no rule of its own (ambiguous, no rule id)'),

  rec('chat_fr', f`Bonjour, je suis étudiante en échange et la CPAM me demande une attestation de l'université pour garder ma couverture pendant mon semestre au Royaume-Uni. Mon numéro de sécu : ${v('pii.fr_nir', NIR)}, née le ${v('pii.date_of_birth', '11 mai 2003')}. Pouvez-vous me faire ce document ?`),

  rec('chat_es', f`Hola, para el contrato del piso en Newcastle la agencia me pide confirmar identidad de los dos inquilinos. Yo: Pablo Serrano, DNI ${v('pii.es_dni', DNI)}. Mi compañero: Andrei Popescu, NIE ${v('pii.es_nie', NIE)}. ¿Esto lo tiene que certificar la oficina internacional o vale con el pasaporte?`),

  rec('chat_nl', f`Hoi, ik heb een verklaring nodig dat ik ingeschreven sta voor het uitwisselingssemester, voor DUO. Mijn BSN is ${v('pii.nl_bsn', BSN)}, geboortedatum ${v('pii.date_of_birth', '4 februari 2002')}. Kan het vóór 1 september?`),

  rec('chat_de', f`Hallo, für meine Doktorandenstelle brauche ich die Steuer-ID im Formular, damit die Uni das Stipendium korrekt meldet: ${v('pii.de_steuer_id', STEUER)}. Geboren am ${v('pii.date_of_birth', '19.10.1996')} in Kassel. Reicht das so?`),

  rec('chat_sw', f`Habari, mimi ni mwanafunzi kutoka Kenya. Nahitaji barua ya kuthibitisha udahili kwa ajili ya viza. Jina: Wanjiru Kamau, nambari ya pasipoti: ${v('pii.passport', 'AK0481927')}, tarehe ya kuzaliwa: ${v('pii.date_of_birth', '14/07/2002')}, simu: ${phone('+254 712 483 096')}. Asante sana.`),

  rec('chat_hi', f`नमस्ते, मुझे वीज़ा के लिए यूनिवर्सिटी से एडमिशन लेटर चाहिए। नाम: सुमन थापा, पासपोर्ट नंबर: ${v('pii.passport', '09482713')}, जन्म तिथि: ${v('pii.date_of_birth', '2001-08-26')}। कृपया जल्दी भेज दीजिए।`),

  // ── children's summer camp ──
  rec('form_frca', f`Peux-tu me faire un résumé pour l'infirmerie du camp? Fiche santé reçue:

Campeur : Léo Tremblay-Bouchard
Date de naissance : ${v('pii.date_of_birth', '2014-03-18')}
No d'assurance maladie : ${ambCat('pii', 'TREL 1403 1812')}
Allergies : arachides (EpiPen dans le sac), pénicilline
Parent à joindre : Isabelle Bouchard ${phone('514 283-7719', 'CA')}, cell. ${phone('438 921-4473', 'CA')}`, 'RAMQ health card number: no built-in rule (ambiguous, no rule id)'),

  rec('csv_enus', f`Sort this camper list by cabin and flag anyone with an allergy that needs the nurse:

${conf(f`cabin,camper,dob,allergies,parent,parent_phone,parent_email
Birch,Emma Kowalczyk,${v('pii.date_of_birth', '2015-07-02')},none,Marta Kowalczyk,${phone('(802) 434-2871', 'US')},${v('pii.email', 'marta.kowalczyk@gmail.com')}
Maple,Noah Greene,${v('pii.date_of_birth', '2013-11-21')},tree nuts,Darnell Greene,${phone('(518) 392-6604', 'US')},${v('pii.email', 'dgreene@nycap.rr.com')}
Birch,Ava Lindqvist,${v('pii.date_of_birth', '2014-01-09')},bee stings,Erik Lindqvist,${phone('(603) 271-4489', 'US')},${v('pii.email', 'erik.lindqvist@comcast.net')}`)}`),

  rec('chat_he', f`תעזור לי לנסח הודעה להורים שהחיסונים חסרים בטופס. פרטי הילד: יונתן לוי, תאריך לידה ${v('pii.date_of_birth', '12.05.2015')}, טלפון של האמא ${phone('052-418-3307', 'IL')}, של האבא ${phone('054-927-1146', 'IL')}.`),

  rec('form_cs', f`Přihláška na letní tábor Borovice — zkontroluj prosím, jestli nic nechybí:
Jméno dítěte: Tereza Novotná
Datum narození: ${v('pii.date_of_birth', '7. 4. 2014')}
Rodné číslo: ${ambCat('pii', '145407/1238')}
Zdravotní pojišťovna: VZP
Kontakt na rodiče: ${phone('+420 603 218 447')}, ${v('pii.email', 'jana.novotna@seznam.cz')}`, 'Czech rodné číslo: personal id with no built-in rule (ambiguous, no rule id)'),

  rec('chat_pl', f`Napisz proszę SMS do rodziców, że autokar na obóz odjeżdża o 7:30 spod szkoły. Lista kontaktów: Kasia Zielińska (PESEL ${ambCat('pii', '14271503842')}) — mama ${phone('+48 601 382 947')}; Bartek Mazur — tata ${phone('+48 512 904 273')}.`, 'PESEL: no built-in rule (ambiguous, no rule id)'),

  rec('onboarding_enca', f`Payroll setup for our two Ontario counsellors this summer — can you make a checklist of what's still missing?
1) Maya Chen, SIN ${v('pii.ca_sin', SIN)}, DOB ${v('pii.date_of_birth', 'June 4, 2005')}, cell ${phone('416-829-3047', 'CA')}
2) Liam O'Reilly, SIN pending, DOB ${v('pii.date_of_birth', 'Feb 19, 2006')}`),

  // ── hydro dam operator ──
  rec('roster_nb', f`Lag en pen tabell av vaktlista for påsken i kontrollrommet:
Skjærtorsdag – Ingrid Solberg ${phone('412 83 967', 'NO')}
Langfredag – Håkon Berge ${phone('+47 928 41 376')}
Påskeaften – Ingrid Solberg ${phone('412 83 967', 'NO')}
1. påskedag – Tore Nilsen ${phone('977 30 218', 'NO')}
Reserve dam-sikkerhet: Siri Aasen ${phone('+47 481 27 903')}`),

  rec('alarm_gsw', f`Chasch mir d'Alarmorganisation für d'Staumauer Bregaglia i en saubere Tabälle bringe?

Stufe 1 (Pikett Talsperrenwärter): Gian Caduff, ${phone('079 384 21 56', 'CH')}
Stufe 2 (Leiter Talsperrensicherheit): Dr. Seraina Pitsch, ${phone('+41 78 629 14 07')}
Stufe 3 (Betriebsleitung): Marco Tognina, Büro ${phone('081 822 14 37', 'CH')}
Aufsichtsbehörde (BFE Sektion Talsperren): über Zentrale`),

  rec('list_ka', f`ახალი საშვებისთვის თანამშრომლების სია გადაამოწმე:
1. გიორგი ბაქრაძე — დაბ. თარიღი ${v('pii.date_of_birth', '14.02.1987')} — ტელ. ${phone('+995 599 41 82 37')}
2. თამარ ცერცვაძე — დაბ. თარიღი ${v('pii.date_of_birth', '02.09.1991')} — ტელ. ${phone('+995 555 27 19 46')}
3. დავით ლომიძე — დაბ. თარიღი ${v('pii.date_of_birth', '30.11.1979')} — ტელ. ${phone('+995 577 60 38 15')}`),

  rec('chat_am', f`እባክህ ለግድቡ የደህንነት ቡድን የአደጋ ጊዜ ስልክ ዝርዝር በእንግሊዝኛ አዘጋጅልኝ፦
አቶ ተስፋዬ ገብረመድህን — ${phone('+251 911 483 762')}
ወ/ሮ ሄለን አበበ — ${phone('+251 922 170 394')}
ኢንጂነር ዳዊት ታደሰ — ${phone('+251 913 805 261')}`),

  // ── medical-device recall coordination ──
  rec('list_de', f`Für den Rückruf der Herzschrittmacher-Serie VM-PM 2407 müssen wir die Patienten der Klinik informieren. Bitte formuliere ein Anschreiben. Liste vom Implantationsregister:

Renate Vogel, geb. ${v('pii.date_of_birth', '08.03.1948')}, Tel. ${phone('0221 9483716', 'DE')}, Seriennr. PM24070183
Klaus-Dieter Brandt, geb. ${v('pii.date_of_birth', '21.12.1951')}, Tel. ${phone('+49 171 4829306')}, Seriennr. PM24070417`),

  rec('list_ja', f`インスリンポンプ自主回収の対象患者に電話連絡するため、以下を通話スクリプト付きの表にまとめてください。

佐藤 美和子 様\u3000生年月日 ${v('pii.date_of_birth', '1962年8月14日')}\u3000電話 ${phone('090-4827-3916', 'JP')}\u3000ロット VM-IP-2311B
高橋 健一 様\u3000生年月日 ${v('pii.date_of_birth', '1975年2月3日')}\u3000電話 ${phone('03-5412-8873', 'JP')}\u3000ロット VM-IP-2311B`),

  rec('chat_ko', f`리콜 대상 혈당측정기 사용 환자에게 보낼 안내 문자 초안 부탁드려요. 대상자: 김민지 님 (생년월일 ${v('pii.date_of_birth', '1984.06.27')}, 연락처 ${phone('010-2847-3915', 'KR')}), 이준호 님 (생년월일 ${v('pii.date_of_birth', '1959.11.02')}, 연락처 ${phone('010-9316-4028', 'KR')}).`),

  rec('email_engb', f`From the trust's device lead — they want us to confirm which of their patients received pumps from the affected lot before they call them in. Can you put this into a table with a "contacted?" column?

${v('pii.uk_nhs_number', NHS1)} — Mr R. Hughes, DOB ${v('pii.date_of_birth', '12/04/1957')}
${v('pii.uk_nhs_number', NHS2)} — Ms K. Adeyemi, DOB ${v('pii.date_of_birth', '29/10/1990')}
${v('pii.uk_nhs_number', NHS3)} — Mrs P. Walsh, DOB ${v('pii.date_of_birth', '03/01/1944')}`),

  rec('chat_sv', f`Kan du skriva ett brev till patienten om att hennes insulinpump omfattas av återkallelsen? Patient: Britt Holm, personnummer ${ambCat('pii', '19530914-2286')}, telefon ${phone('070-384 19 27', 'SE')}. Hon har bett om att bli kontaktad per brev, inte telefon.`, 'Swedish personnummer: no built-in rule (ambiguous, no rule id)'),

  // ── national chess federation ──
  rec('list_ru', f`Составь, пожалуйста, письмо родителям участников детского первенства о переносе тура. Список:
Артём Соколов, д.р. ${v('pii.date_of_birth', '14.09.2013')}, мама ${phone('+7 916 482-37-19')}
Вероника Ким, д.р. ${v('pii.date_of_birth', '02.05.2014')}, папа ${phone('+7 925 318-64-07')}
Матвей Орлов, д.р. ${v('pii.date_of_birth', '27.01.2012')}, мама ${phone('+7 903 749-20-58')}`),

  rec('form_hy', f`Խնդրում եմ ստուգել մրցաշարի գրանցման տվյալները FIDE ID ստանալու համար․
Անուն ազգանուն՝ Նարեկ Հովհաննիսյան
Ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '19.06.2008')}
Անձնագիր՝ ${v('pii.passport', 'AU0482917')}
Հեռախոս՝ ${phone('+374 91 482 730')}`),

  rec('email_uk', f`Добрий день! Прошу оформити перехід до нашої федерації. Дані гравчині:
Олена Коваленко, дата народження ${v('pii.date_of_birth', '23.08.2006')}
Закордонний паспорт: ${v('pii.passport', 'FX482917')}
FIDE ID 34118273
E-mail: ${v('pii.email', 'olena.kovalenko.chess@ukr.net')}
Допоможіть скласти офіційний лист англійською до FIDE.`),

  rec('chat_hu', f`Szia, kérlek írj egy rövid e-mailt a szülőnek, hogy a lánya nevezése megérkezett a korosztályos bajnokságra. Adatok: Tóth Zsófia, születési dátum: ${v('pii.date_of_birth', '2012. március 8.')}, szülő telefonja: ${phone('+36 30 418 2739')}, e-mail: ${v('pii.email', 'toth.andrea@freemail.hu')}.`),

  // ── furniture removals and storage ──
  rec('enquiry_enie', f`New web enquiry — can you draft the survey-booking reply?

Name: Siobhán Ní Bhriain
Moving from: 14 Seaview Terrace, Sandymount, Dublin 4
Moving to: Galway (city centre apartment, 3rd floor, no lift)
Preferred date: 26 July
Phone: ${phone('087 214 9603', 'IE')}
Email: ${v('pii.email', 'siobhan.nibhriain@eircom.net')}
Notes: piano (upright), 2 wardrobes to dismantle.`),

  rec('chat_ptpt', f`Bom dia, um cliente pediu fatura com contribuinte para a mudança de Coimbra para Lisboa. Dados: Rui Manuel Figueiredo, NIF ${ambCat('pii', '218347596')}, telemóvel ${phone('912 845 307', 'PT')}. Podes redigir a resposta a confirmar a data de 3 de julho?`, 'Portuguese NIF: tax number with no built-in rule (ambiguous, no rule id)'),

  rec('chat_nlbe', f`Kan je een offertemail opstellen voor deze klant? Verhuis van Gent naar Leuven, 2 slaapkamers.
Naam: Annelies De Smet
Rijksregisternummer (voor de parkeervergunning): ${ambCat('pii', '85.07.30-284.19')}
GSM: ${phone('0478 21 93 46', 'BE')}
E-mail: ${v('pii.email', 'annelies.desmet@telenet.be')}`, 'Belgian rijksregisternummer: no built-in rule (ambiguous, no rule id)'),

  rec('chat_enau', f`Hi, can you help me write a reply to our customer in Melbourne? They're moving to Perth in August. Name: Maricel Dizon, mobile: ${phone('0412 738 905', 'AU')}, email: ${v('pii.email', 'maricel.dizon@bigpond.com')}. They want a quote for 3 months' storage as well, plus the move.`),
];

/**
 * Held-out batch 161: personal data in dialysis transport manifests, trial-pharmacy dispensing
 * notes, bakery payroll records, polling-staff applications, archive rights-holder files and
 * depot staff lists. Hand-written, many languages and scripts.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';

const STEUER = `5739284163${deSteuerIdCheckDigit('5739284163')}`;
const NIR_BODY = '1470669123045';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const BSN = `27361948${nlBsnCheckDigit('27361948')}`;
const SIN = luhnWithCheck('52793418');
const SIN_QC = luhnWithCheck('27381946');

export const BATCH161_PII: DraftRecord[] = [
  rec('manifest_en_us', f`Can you turn tomorrow's dialysis pickups into a driver-friendly list sorted by pickup time?

Patient: Dolores Whitaker, DOB ${v('pii.date_of_birth', '02/11/1944')}, 418 Linden Ave Apt 3, wheelchair, chair time 6:30 at Riverside Dialysis, cell ${phone('(614) 382-9071', 'US')}
Patient: Earl Munson, DOB ${v('pii.date_of_birth', '07/29/1951')}, 92 Cobb St, ambulatory, chair time 7:00, daughter Renee ${phone('+1 412 738 2216')}
Patient: Yolanda Pierce, walker, chair time 6:45, call on arrival`),

  rec('referral_en_gb', f`Please rewrite this transport booking so the crew sheet only shows what the driver needs:

Name: Harold Benson   NHS No: ${v('pii.uk_nhs_number', ukNhsSpaced('485193027'))}   DOB: ${v('pii.date_of_birth', '14/03/1939')}
Address: 27 Moorside Road, Leeds LS13
Dialysis: Mon/Wed/Fri 07:00, St James's renal unit, needs oxygen 2L
NOK: son, ${phone('0113 284 7719', 'GB')}`),

  rec('fahrauftrag_de', f`Bitte einen Fahrauftrag daraus machen, kurz und übersichtlich:
Patientin: Gertrud Lemke, geb. ${v('pii.date_of_birth', '23.09.1942')}
Versichertennummer: ${ambCat('pii', 'K482917365')}
Abholung: Lindenstraße 14, 04109 Leipzig, Rollstuhl, 3. OG ohne Aufzug
Dialyse: Di/Do/Sa 6:45, KfH-Zentrum
Rückruf Tochter: ${phone('0171 4839256', 'DE')}`),

  rec('bon_transport_fr', f`Peux-tu préparer le bon de transport pour la CPAM ?
Patient : M. Alain Ferrand, né le ${v('pii.date_of_birth', '08/06/1947')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Trajets : domicile ↔ centre d'hémodialyse, 3 fois par semaine, VSL
Tél. : ${phone('04 72 83 19 46', 'FR')}`),

  rec('chat_es', f`Ayúdame a escribir un SMS de recordatorio para el paciente: Manuel Ortega Ruiz, DNI ${v('pii.es_dni', esDni('50382917'))}, recogida mañana 6:15 para la sesión de diálisis. Su móvil: ${phone('612 84 37 29', 'ES')}. Que no se olvide la tarjeta sanitaria.`),

  rec('dispense_it', f`Riformula questa nota di dispensazione per il registro della farmacia sperimentale, senza dati identificativi in chiaro:

Paziente: Rossi Giovanna, CF ${v('pii.it_codice_fiscale', itCodiceFiscale('RSSGNN58M52H501'))}
Studio ONC-2231, braccio in cieco, kit n. 40917
Consegnato il 03/12 alle 10:40, firma del farmacista`),

  rec('chat_nl', f`Kun je dit anonimiseren voor het monitorrapport? Proefpersoon 017-0042, BSN ${v('pii.nl_bsn', BSN)}, geboren ${v('pii.date_of_birth', '12-04-1961')}, kreeg op 28 november medicatiekit 5520 uitgereikt.`),

  rec('form_pt_br', f`Confere se a ficha do mesário voluntário está completa?
Nome: Ana Beatriz Carvalho
CPF: ${v('pii.br_cpf', brCpfFormatted('438172905'))}
Data de nascimento: ${v('pii.date_of_birth', '17/05/1996')}
Celular: ${phone('(11) 98472-3156', 'BR')}
Zona eleitoral 251, seção 0412`),

  rec('form_hi', f`मतदान कर्मी आवेदन की जाँच कर दीजिए, कुछ छूटा तो नहीं?
नाम: सुनीता यादव
आधार संख्या: ${v('pii.in_aadhaar', inAadhaarSpaced('48271936501'))}
EPIC नं.: ${ambCat('pii', 'UPX4829173')}
जन्म तिथि: ${v('pii.date_of_birth', '04/08/1989')}
मोबाइल: ${phone('+91 98452 17384')}
विभाग: बेसिक शिक्षा, सहायक अध्यापक`),

  rec('list_bn', f`এই ভোটকর্মীদের তালিকাটা ইংরেজিতে টেবিল করে দিন:
১. মোছা. রুমানা আক্তার – প্রিজাইডিং অফিসার – মোবাইল ${phone('01712-384916', 'BD')} – জন্ম তারিখ ${v('pii.date_of_birth', '12/03/1985')}
২. মো. কামরুল হাসান – পোলিং অফিসার – মোবাইল ${phone('+880 1712-384916')}`, 'the same number written twice, national and international'),

  rec('chat_ta', f`வாக்குச்சாவடி அலுவலர் விண்ணப்பத்தில் இந்த விவரங்கள் சரியா என்று பாருங்கள்: பெயர் க. செல்வி, பிறந்த தேதி ${v('pii.date_of_birth', '21.06.1987')}, கைபேசி ${phone('+91 94441 28375')}, பள்ளி: அரசு மேல்நிலைப் பள்ளி, மதுரை.`),

  rec('chat_ur', f`پولنگ اسٹاف کی درخواست کا خلاصہ انگریزی میں بنا دیں: نام: فرحانہ بی بی، شناختی کارڈ نمبر ${ambCat('pii', '35202-4829173-6')}، موبائل ${phone('0321 4827193', 'PK')}، تاریخ پیدائش ${v('pii.date_of_birth', '03-11-1990')}۔`),

  rec('chat_ka', f`შეამოწმე, გთხოვ, საუბნო კომისიის წევრობის განაცხადი: სახელი: ნინო ბერიძე, პირადი ნომერი: ${ambCat('pii', '01024038291')}, დაბადების თარიღი: ${v('pii.date_of_birth', '15.02.1992')}, ტელ.: ${phone('+995 599 38 27 16')}.`),

  rec('chat_hy', f`Թարգմանիր անգլերեն. «Հանձնաժողովի անդամի թեկնածու՝ Արմեն Սարգսյան, անձնագիր ${v('pii.passport', 'AT0482917')}, ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '09.07.1983')}, հեռ.՝ ${phone('+374 91 382716')}»:`),

  rec('chat_am', f`ይህን የምርጫ አስፈጻሚ ማመልከቻ ወደ እንግሊዝኛ ተርጉምልኝ፦ ስም፦ ሰላማዊት ታደሰ ፣ የትውልድ ቀን፦ ${v('pii.date_of_birth', '12/05/1982 ዓ.ም')} ፣ ስልክ፦ ${phone('0911 382716', 'ET')} ፣ ቀበሌ 04 ፣ አዳማ።`, 'birth date in the Ethiopian calendar (E.C.), labelled with its era marker'),

  rec('chat_sw', f`Naomba uandike barua pepe ya kumkaribisha karani mpya wa kituo cha kupigia kura: Bi. Wanjiru Kamau, simu ${phone('0712 384716', 'KE')}, barua pepe ${v('pii.email', 'wanjiru.kamau82@gmail.com')}. Mafunzo ni tarehe 3 Agosti, Nakuru.`),

  rec('onboarding_en_ca', f`New hire at the Halifax bakery franchise, please draft the payroll setup checklist:
Name: Brendan MacLeod
SIN: ${v('pii.ca_sin', SIN.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'))}
DOB: ${v('pii.date_of_birth', '1998-02-14')}
Email: ${v('pii.email', 'brendan.macleod98@outlook.com')}
Start: Jan 6, overnight bake shift`),

  rec('chat_fr_ca', f`Peux-tu m'aider à remplir le formulaire TP-1015.3 pour une nouvelle boulangère à Sherbrooke? Nom : Mélanie Gagnon, NAS ${v('pii.ca_sin', SIN_QC.replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3'))}, date de naissance ${v('pii.date_of_birth', '1993-10-22')}, cellulaire ${phone('418-692-3384', 'CA')}.`),

  rec('w4_en_us', f`Can you check this W-4 summary before I key it into payroll? Employee: Tyrone Ellis, SSN ${v('pii.us_ssn', '524-81-3907')}, filing status single, store #118 (Columbus), start 12/02. Also his emergency contact: ${phone('(614) 382-9071', 'US')}.`),

  rec('chat_en_gb_nino', f`Starter checklist for the Leeds bakery: Jade Whitfield, NI number ${v('pii.uk_nino', 'JH 72 81 94 C')}, DOB ${v('pii.date_of_birth', '30/01/2003')}, student loan plan 2. What else do I need from her before the first payroll?`),

  rec('personalbogen_de', f`Bitte prüfe den Personalbogen der neuen Filialleitung auf Vollständigkeit:
Name: Melanie Thiel
Steuer-ID: ${v('pii.de_steuer_id', STEUER)}
Geburtsdatum: ${v('pii.date_of_birth', '11.05.1987')}
Mobil: ${phone('0171 4839256', 'DE')}
Krankenkasse: AOK Bayern, Steuerklasse 1`),

  rec('chat_es_nie', f`Me falta un dato en el alta en la Seguridad Social de la panadera nueva de Valencia: Oksana Melnyk, NIE ${v('pii.es_nie', esNie('Y', '4829173'))}, nacida el ${v('pii.date_of_birth', '02/09/1995')}. ¿El NAF lo tiene que traer ella?`),

  rec('chat_ja', f`新しいパン工場スタッフの入社手続きメールを作ってください。氏名：佐藤 美咲、生年月日：${v('pii.date_of_birth', '1999年4月18日')}、携帯：${phone('090-3827-1946', 'JP')}、マイナンバー：${ambCat('pii', '4829 1736 5027')}（番号は給与担当のみ閲覧可）。`),

  rec('chat_ko', f`제빵 매장 신규 직원 급여 등록 정보인데, 빠진 게 있는지 봐 주세요. 이름: 김서연, 생년월일: ${v('pii.date_of_birth', '1997.08.23')}, 휴대폰: ${phone('010-3827-4916', 'KR')}, 주민등록번호: ${ambCat('pii', '970823-2482917')}, 계좌는 따로 받을 예정.`),

  rec('chat_zh', f`帮我写一封授权确认邮件给这位档案影像的版权人：王建国，身份证号 ${ambCat('pii', '11010519491231002X')}，手机 ${phone('139 1028 4736', 'CN')}，邮箱 ${v('pii.email', 'wangjg1949@163.com')}。授权范围：1978年纪录片片段，网络播放5年。`),

  rec('chat_ru', f`Составь письмо правообладателю архивной съёмки: Иванова Галина Петровна, паспорт ${v('pii.passport', '45 09 482917')}, тел. ${phone('+7 916 482-73-19')}. Нужно подтвердить, что она наследница оператора и согласна на лицензию.`),

  rec('chat_el', f`Μπορείς να συντάξεις μια σύντομη επιστολή προς τον κληρονόμο του σκηνοθέτη; Στοιχεία: Νικόλαος Παπαδάκης, ΑΜΚΑ ${ambCat('pii', '12065803817')}, κινητό ${phone('+30 694 827 3915')}, email ${v('pii.email', 'n.papadakis58@otenet.gr')}.`),

  rec('chat_he', f`תכין לי טבלה באנגלית מהנתונים של הנהג החדש בהסעות לדיאליזה: שם: יוסי אברהם, ת.ז. ${ambCat('pii', '038291746')}, טלפון ${phone('054-382-7164', 'IL')}, תאריך לידה ${v('pii.date_of_birth', '17/02/1976')}.`),

  rec('form_ar', f`راجع لي بيانات مساعد الصيدلي الجديد في وحدة التجارب السريرية قبل إرسالها للموارد البشرية: الاسم: محمد عبد الرحمن، رقم الجواز: ${v('pii.passport', 'A48291736')}، الجوال: ${phone('+966 55 382 7194')}، تاريخ الميلاد: ${v('pii.date_of_birth', '1990/03/14')}.`),

  rec('chat_th', f`ช่วยสรุปข้อมูลผู้สมัครเป็นกรรมการประจำหน่วยเลือกตั้งเป็นภาษาอังกฤษ: นางสาวพิมพ์ชนก ศรีสุข เกิดวันที่ ${v('pii.date_of_birth', '5 มีนาคม 2535')} โทร ${phone('081 482 7193', 'TH')} เลขบัตรประชาชน ${ambCat('pii', '1 1037 02482 91 7')}`, 'Thai Buddhist-era birth date (B.E. 2535 = 1992)'),

  rec('chat_vi', f`Soạn giúp mình email xác nhận ca làm cho tài xế chở bệnh nhân chạy thận: Anh Trần Văn Hùng, sinh ngày ${v('pii.date_of_birth', '19/08/1980')}, SĐT ${phone('0912 384 716', 'VN')}, CCCD ${ambCat('pii', '079080004827')}. Ca sáng thứ 2-4-6.`),

  rec('chat_tl', f`Paki-check kung tama yung details ng bagong driver para sa dialysis shuttle: Name: Ramon Dela Cruz, bday ${v('pii.date_of_birth', 'March 4, 1985')}, cp ${phone('0917 384 7291', 'PH')}, email ${v('pii.email', 'ramon.delacruz85@yahoo.com')}. Start na siya sa Monday.`),

  rec('chat_id', f`Tolong rapikan data karyawan toko roti baru untuk bagian penggajian: Nama: Siti Rahmawati, NIK ${ambCat('pii', '3273014708950003')}, tgl lahir ${v('pii.date_of_birth', '07-08-1995')}, HP ${phone('0812 3847 2916', 'ID')}.`),

  rec('chat_sv', f`Kan du skriva ett kort välkomstmejl till vår nya nattbagare i Uppsala? Uppgifter från anställningsavtalet: Elin Holmqvist, personnummer ${ambCat('pii', '19940317-2846')}, mobil ${phone('070-382 91 46', 'SE')}. Första passet 2 december kl 03.00.`),

  rec('chat_fi', f`Voisitko muotoilla tämän dialyysikuljetuksen tilauksen kuljettajalle? Potilas: Aino Laaksonen, henkilötunnus ${ambCat('pii', '230546-482K')}, nouto Kalevankatu 12, Helsinki klo 6.20, puh. ${phone('040 738 2914', 'FI')}.`),

  rec('chat_pl', f`Sprawdź proszę zgłoszenie kandydata do obwodowej komisji wyborczej: Tomasz Wróbel, PESEL ${ambCat('pii', '85071204837')}, tel. ${phone('512 847 392', 'PL')}, e-mail ${v('pii.email', 'tomasz.wrobel85@wp.pl')}. Czy brakuje oświadczenia o niekaralności?`),

  rec('log_en', f`${amb('source_code.snippet', f`2024-11-29T05:12:40Z INFO  dispatch-api login ok user=driver.k.osei src=${amb('pii.ip_address', '192.168.40.17')}
2024-11-29T05:12:58Z INFO  dispatch-api GET /runs/today?driver=driver.k.osei 200 src=${amb('pii.ip_address', '192.168.40.17')}
2024-11-29T05:31:04Z WARN  dispatch-api patient contact failed patient_id=P-20931 phone=${phone('+44 7912 348605')} reason=no_answer
2024-11-29T05:33:11Z INFO  dispatch-api login ok user=dispatch.m.ryan src=${amb('pii.ip_address', '81.2.69.160')}`)}

Why are we logging the patient phone at WARN? Where do I mask it in Serilog?`),

  rec('csv_en_depot', f`Merge these depot surveyors into our contact list and flag duplicates:

${amb('source_code.snippet', f`name,company,email,mobile
Kwame Asante,Atlantic Line Surveys,${v('pii.email', 'k.asante@atlanticsurveys.example.com')},${phone('+44 7912 348605')}
Marta Kowal,Baltic Reefer Services,${v('pii.email', 'marta.kowal@balticreefer.example.pl')},${phone('+48 601 384 729')}
Pieter de Wit,Atlantic Line Surveys,${v('pii.email', 'p.dewit@atlanticsurveys.example.com')},${phone('06-38271946', 'NL')}`)}`),
];

/** Held-out batch 90: personal data in physio intake forms, opera crew lists, tax help-desk tickets, dispute cases and supplier contacts. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH90_PII: DraftRecord[] = [
  rec('intake_en_gb', f`Can you turn this physio intake into a referral letter to the GP?
Patient: Rhiannon Pryce
DOB: ${v('pii.date_of_birth', '03/11/1979')}
NHS no: ${v('pii.uk_nhs_number', '485 772 3913')}
Mobile: ${phone('07911 284563', 'GB')}
Presenting: right ACL reconstruction, 6 weeks post-op, limited flexion (95°).`),

  rec('payroll_en_gb', f`New sports therapist starting in Cardiff — draft the welcome pack email.
Name: Owain Griffiths
NI number: ${v('pii.uk_nino', 'JR 48 27 39 C')}
Email: ${v('pii.email', 'owain.griffiths82@outlook.com')}
Landline: ${phone('029 2048 2739', 'GB')}`),

  rec('chat_en_au', f`G'day, can you write a reminder SMS for a client? Name's Brodie McAllister, phone ${phone('0412 873 904', 'AU')}, hamstring rehab session Thursday 7:30am at our Bondi clinic. Keep it friendly.`),

  rec('chat_en_in', f`Kindly prepare a KYC verification note. Taxpayer: Ramesh Venkataraman, Aadhaar ${v('pii.in_aadhaar', '4827 3619 2050')}, mobile ${phone('+91 98482 73916')}, email ${v('pii.email', 'r.venkat1968@rediffmail.com')}. He says his refund for AY 2024-25 is pending.`),

  rec('chat_en_ng', f`Please help me draft a reply to this farmer who complained about fake fertiliser. His details: Alhaji Musa Danjuma, phone ${phone('0803 418 2956', 'NG')}, email ${v('pii.email', 'musa.danjuma@yahoo.com')}, Kano depot.`),

  rec('ticket_us', f`Dispute intake — cardholder identity check
Name: Carla Whitfield
SSN: ${v('pii.us_ssn', '318-47-2956')}
Date of birth: ${v('pii.date_of_birth', '1986-04-22')}
Phone: ${phone('+1 614 382 9147')}
Summarise what's missing before we can open the claim.`),

  rec('chat_es_es', f`Hola, redacta una carta para la mutua sobre la fisioterapia de un paciente: Javier Ortega Ruiz, DNI ${v('pii.es_dni', '48271936L')}, teléfono ${phone('612 48 27 39', 'ES')}, lesión de manguito rotador. Su compañera de piso, con NIE ${v('pii.es_nie', 'X4829173R')}, le acompaña a las sesiones.`),

  rec('chat_es_co', f`Buenas, ayúdame con un correo para una bailarina de la gira: María Fernanda Quintero, cel ${phone('+57 310 482 7195')}, correo ${v('pii.email', 'mafe.quintero@gmail.com')}. Necesitamos confirmar su talla de vestuario y la fecha de llegada a Bogotá.`),

  rec('chat_fr_ma', f`Bonjour, merci de rédiger un message de relance pour un contribuable : M. Youssef El Amrani, tél. ${phone('+212 661 238 475')}, e-mail ${v('pii.email', 'y.elamrani@menara.ma')}. Il doit déposer sa déclaration avant le 31 mars.`),

  rec('form_fr', f`Fiche patient kiné — à résumer pour le médecin traitant
Nom : Claire Dubreuil
Né(e) le : ${v('pii.date_of_birth', '14 février 1992')}
N° sécu : ${v('pii.fr_nir', '2 92 09 13 055 118 13')}
Tél : ${phone('06 12 48 27 39', 'FR')}
Motif : entorse de cheville grade II`),

  rec('chat_fr_ca', f`Bonjour, j'ai besoin d'une lettre pour l'impôt d'un technicien de scène québécois. Nom : Étienne Bouchard, NAS ${v('pii.ca_sin', '539 182 741')}, courriel ${v('pii.email', 'etienne.bouchard@videotron.ca')}.`),

  rec('form_de', f`Bitte prüfe den Erfassungsbogen für den neuen Lagerarbeiter in Passau:
Name: Tobias Wimmer
Geburtsdatum: ${v('pii.date_of_birth', '07.08.1995')}
Steuer-ID: ${v('pii.de_steuer_id', '38172946009')}
Handy: ${phone('+43 664 3829157')}
Fehlt noch etwas für die Lohnabrechnung?`),

  rec('chat_it', f`Ciao, scrivi un'email di benvenuto per la nuova fisioterapista: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI92C45H501X')}, cellulare ${phone('+39 347 812 4093')}. Inizia lunedì nella sede di Roma Prati.`),

  rec('chat_nl', f`Kun je dit omzetten naar een nette brief? Belastingplichtige: Sanne de Vries, BSN ${v('pii.nl_bsn', '294817360')}, telefoon ${phone('+31 6 48271935')}. Ze vraagt uitstel voor haar aangifte.`),

  rec('chat_pt_br', f`Oi! Preciso de um contrato de prestação de serviços para o cenógrafo da turnê: Rafael Monteiro, CPF ${v('pii.br_cpf', '529.174.830-32')}, e-mail ${v('pii.email', 'rafa.monteiro.cenografia@gmail.com')}.`),

  rec('crew_csv', f`Sort this crew list by city, and add a column for visa needed (Schengen tour):
name,role,passport,phone,email
Nino Kapanadze,soprano,${v('pii.passport', 'GE1482739')},${phone('+995 599 48 27 39')},${v('pii.email', 'nino.kapa@mail.ge')}
Arjun Mehta,lighting,${v('pii.passport', 'Z4827391')},${phone('+91 98201 48273')},${v('pii.email', 'arjun.lx@gmail.com')}
Ólöf Sigurðardóttir,cello,${v('pii.passport', 'A4827193')},${phone('+354 848 2739')},${v('pii.email', 'olof.sig@simnet.is')}`),

  rec('chat_ru', f`Здравствуйте! Составьте, пожалуйста, ответ налогоплательщику: Иванова Светлана Петровна, дата рождения ${v('pii.date_of_birth', '19.05.1971')}, телефон ${phone('+7 916 482 73 91')}, почта ${v('pii.email', 'sv.ivanova71@yandex.ru')}. Она спрашивает про вычет за лечение.`),

  rec('chat_be', f`Добры дзень! Напішыце, калі ласка, ліст кліенту пра зварот сродкаў за білеты ў оперу: Алесь Карпенка, тэл. ${phone('+375 29 482 73 91')}.`),

  rec('chat_pl_sq', f`Përshëndetje, më ndihmo të shkruaj një email për fermerin Ardit Hoxha (tel. ${phone('+355 69 482 7391')}, ${v('pii.email', 'ardit.hoxha@gmail.com')}) që porosia e farave të grurit vonohet një javë.`),

  rec('chat_tr', f`Merhaba, fizyoterapi hastamız için rapor özeti lazım: Ayşe Kaya, doğum tarihi ${v('pii.date_of_birth', '12.06.1988')}, telefon ${phone('0532 482 73 91', 'TR')}. Bel fıtığı, 10 seans.`),

  rec('chat_ku', f`Silav, ji kerema xwe nameyek ji bo cotkarê me binivîse: Rêbîn Zagrosî, telefon ${phone('+964 750 482 7391')}. Gubreya wî hîn negihîştiye Hewlêrê.`),

  rec('chat_ar_eg', f`لو سمحت اكتبلي رد على الممول ده: أحمد عبد الفتاح، موبايل ${phone('+20 10 0482 7391')}، إيميل ${v('pii.email', 'ahmed.abdelfattah88@gmail.com')}. بيسأل عن غرامة التأخير في الإقرار الضريبي.`),

  rec('chat_he', f`היי, תנסח בבקשה הודעה למטופלת שלנו: נועה לוי, טלפון ${phone('+972 52 482 7391')}, תאריך לידה ${v('pii.date_of_birth', '08/03/1990')}. התור לפיזיותרפיה הוזז ליום ראשון.`),

  rec('chat_prs', f`سلام، لطفاً یک نامه برای مشتری بنویسید: فریدون احمدی، شماره تماس ${phone('+93 70 482 7391')}. بذر گندم او هنوز به مزارشریف نرسیده است.`),

  rec('chat_ur', f`براہ کرم اس ٹیکس دہندہ کے لیے جواب لکھیں: محمد عمران، فون ${phone('+92 300 4827391')}، ای میل ${v('pii.email', 'm.imran.lhr@hotmail.com')}۔`),

  rec('chat_th', f`ช่วยเขียนข้อความยืนยันนัดกายภาพบำบัดให้คุณสมชาย ใจดี เบอร์ ${phone('+66 81 482 7391')} วันเสาร์ 10 โมง ครับ`),

  rec('chat_vi', f`Nhờ bạn soạn thư trả lời khách khiếu nại giao dịch thẻ: chị Nguyễn Thị Hồng, SĐT ${phone('+84 91 482 73 91')}, email ${v('pii.email', 'hong.nguyen85@gmail.com')}, ngày sinh ${v('pii.date_of_birth', '21/07/1985')}.`),

  rec('chat_id', f`Tolong buatkan surat untuk petani mitra: Bapak Sutrisno, HP ${phone('+62 812 4827 3916')}, desa Sumberrejo. Pupuk NPK pesanannya sudah dikirim.`),

  rec('chat_zh', f`请帮我写一封邮件给客户：王丽娟，手机 ${phone('+86 138 4827 3916')}，邮箱 ${v('pii.email', 'wanglijuan1990@163.com')}。她对信用卡争议的处理结果有疑问。`),

  rec('chat_ja', f`理学療法クリニックの新規患者です。問診票をまとめてください。氏名：佐藤 健太、生年月日：${v('pii.date_of_birth', '1983年9月14日')}、電話：${phone('+81 90 4827 3916')}、主訴：腰痛。`),

  rec('chat_ko', f`오페라 투어 스태프 명단입니다. 연락처 표로 정리해 주세요. 김민준 무대감독 ${phone('+82 10 4827 3916')}, 이서연 분장 ${phone('+82 10 3829 1746')}, 이메일 ${v('pii.email', 'seoyeon.makeup@naver.com')}.`),

  rec('log_app', f`2024-11-02T08:14:22Z INFO  booking.created clinic=sheffield therapist=T-219 patient_email=${v('pii.email', 'jamie.holt@btinternet.com')} ip=${amb('pii.ip_address', '81.2.69.142')}
2024-11-02T08:14:23Z WARN  sms.failed to=${phone('+44 7911 284 563')} reason=carrier_timeout
Why did the SMS fail but the email go through?`),

  rec('chat_sw_mixed', f`Ndewo! Biko dee email maka onye ọrụ ugbo: Chinedu Okafor, ekwentị ${phone('+234 803 418 2956')}, ${v('pii.email', 'chinedu.okafor@gmail.com')}. Fatịlaịza ya ga-abịa n'izu na-abịa.`),

  rec('chat_rw', f`Muraho, andikira ubutumwa umuhinzi Uwase Claudine, telefoni ${phone('+250 788 482 739')}, ko imbuto z'ibigori zageze i Musanze.`),

  rec('chat_tl', f`Pakigawa ng liham para sa taxpayer: Juan Dela Cruz Santos, ipinanganak noong ${v('pii.date_of_birth', 'Marso 3, 1975')}, cellphone ${phone('+63 917 482 7391')}. Humihingi siya ng extension sa pag-file.`),

  rec('signature_en_za', f`Please shorten my email signature:
Thabo Mokoena | Senior Physiotherapist (Sports)
Movement Lab Rosebank
Cell: ${phone('+27 82 482 7391')} | ${v('pii.email', 'thabo.mokoena@movementlab.co.za')}
HPCSA reg PT 0148273 (not needed on the signature I think?)`),
];

/**
 * Held-out batch 77: personal data in polysomnography reports, CPAP telemonitoring, microfinance
 * KYC and group rosters, library patron records, surveyor travel and plant HR — many languages.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH77_PII: DraftRecord[] = [
  rec('report_en_gb', f`Please shorten this PSG summary to a 6-line letter for the GP.

SLEEP STUDY REPORT – Level 1 polysomnography
Patient: Gareth Llewellyn-Price   NHS No: ${v('pii.uk_nhs_number', '943 817 2653')}   DOB: ${v('pii.date_of_birth', '14/06/1971')}
Referrer: Dr A. Okafor, Canton Surgery
Study date: 11/02/2025   TST 361 min   Sleep efficiency 78%
AHI 31.4/h (supine 52.0, non-supine 12.7), ODI 27.9, SpO2 nadir 81%
Impression: severe obstructive sleep apnoea, positional component. Recommend auto-CPAP 5–15 cmH2O.
Patient mobile for CPAP set-up: ${phone('07831 462905', 'GB')}`),

  rec('report_fr', f`Peux-tu traduire en anglais ce compte rendu pour le cardiologue ?

Compte rendu de polygraphie ventilatoire
Patiente : Mme Hélène Marchetti, née le ${v('pii.date_of_birth', '03/03/1992')}
N° sécurité sociale : ${v('pii.fr_nir', '2 92 03 69 123 045 27')}
IAH 18,2/h, index de désaturation 15,1/h, ronflements 34 % du temps de sommeil.
Conclusion : SAOS modéré. Orthèse d'avancée mandibulaire à discuter.`),

  rec('hr_de', f`Bitte eine Stellenbestätigung auf Englisch für das Visum schreiben:

Mitarbeiter: Jonas Vierkötter, Schichtleiter Ofenlinie 2, Zementwerk Lägerdorf
Geburtsdatum: ${v('pii.date_of_birth', '27.09.1986')}
Steuer-ID: ${v('pii.de_steuer_id', '47291836259')}
Eintritt: 01.04.2012, unbefristet, Vollzeit
Mobil: ${phone('0171 5820394', 'DE')}`),

  rec('referral_it', f`Lettera di invio al centro di medicina del sonno:
Paziente Giulia Bianchi, C.F. ${v('pii.it_codice_fiscale', 'BNCGLI88M52F205K')}, nata a Milano il ${v('pii.date_of_birth', '12/08/1988')}
Sintomi: russamento, sonnolenza diurna (Epworth 15), risvegli con cefalea.
Recapito: ${phone('+39 347 918 2064')} — ${v('pii.email', 'giulia.bianchi88@libero.it')}
Riassumila in tre righe per la prenotazione.`),

  rec('form_es', f`Alta de socio en la Biblioteca Pública de Zaragoza – revisar datos antes de crear el carné:
Nombre: Iván Roldán Esteve
DNI: ${v('pii.es_dni', '48291736Q')}
Fecha de nacimiento: ${v('pii.date_of_birth', '21/01/2009')} (menor: firma de tutor)
Tutora: Marta Esteve Cano, NIE ${v('pii.es_nie', 'Y4829173S')}
Teléfono: ${phone('+34 655 20 81 47')}`),

  rec('chat_nl', f`Kun je deze verwijzing voor het slaapcentrum wat korter maken?

Dhr. Pieter van Dongen, BSN ${v('pii.nl_bsn', '273918461')}, geboortedatum ${v('pii.date_of_birth', '08-11-1965')}
Klachten: apneus gezien door partner, nachtelijk zweten, hypertensie.
Telefoon: ${phone('06 4172 8390', 'NL')}
Graag thuispolygrafie binnen 6 weken.`),

  rec('kyc_mr', f`खालील KYC माहिती वापरून गट कर्ज अर्जाचा इंग्रजी सारांश तयार करा:
नाव: सुनीता रामदास पाटील
आधार क्रमांक: ${v('pii.in_aadhaar', '4827 3916 2055')}
जन्मतारीख: ${v('pii.date_of_birth', '05/07/1984')}
मोबाईल: ${phone('+91 94221 38570')}
गट: "सावित्री महिला बचत गट", सदस्य 10, कर्ज ₹3,00,000`),

  rec('chat_pt_br', f`Oi! Preciso de um resumo do cadastro dessa cliente do microcrédito para o comitê:
Nome: Francisca das Chagas Moura
CPF: ${v('pii.br_cpf', '482.739.165-37')}
Nascimento: ${v('pii.date_of_birth', '19/02/1979')}
WhatsApp: ${phone('+55 85 98712-4036')}
Atividade: venda de tapioca na feira de Messejana, faturamento R$ 3.800/mês.`),

  rec('hr_fr_ca', f`Bonjour, pouvez-vous rédiger une lettre de confirmation d'emploi pour l'opérateur de salle de contrôle?
Employé : Mathieu Bérubé
NAS : ${v('pii.ca_sin', '529 381 741')}
Date de naissance : ${v('pii.date_of_birth', '1990-10-02')}
Poste : opérateur four, cimenterie de Joliette, depuis 2016
Cellulaire : ${phone('(450) 938-2716', 'CA')}`),

  rec('billing_en_us', f`Insurance denied the home sleep test. Help me draft the appeal letter.

Patient: Raymond T. Vasquez
DOB: ${v('pii.date_of_birth', '02/17/1958')}
SSN: ${v('pii.us_ssn', '412-73-9058')}
Member ID: WPH884120937
Study: HST (CPT 95806) on 01/28/2025, AHI 22.6
Phone: ${phone('(614) 827-3915', 'US')}`),

  rec('payroll_en_gb', f`Freelancer onboarding for the grading suite, please check what's missing:

Name: Priya Ramaswamy (DI colourist, 6-week contract)
NI number: ${v('pii.uk_nino', 'JK 48 29 17 C')}
Date of birth: ${v('pii.date_of_birth', '23 May 1991')}
Personal e-mail: ${v('pii.email', 'priya.grades@gmail.com')}
Mobile: ${phone('07412 583920', 'GB')}`),

  rec('travel_ja', f`検査員の出張手配をお願いします（蔚山の造船所、3月10日〜14日）。
氏名：佐々木 亮介（SASAKI RYOSUKE）
旅券番号：${v('pii.passport', 'TZ1048273')}
生年月日：${v('pii.date_of_birth', '1983年4月9日')}
携帯：${phone('090-4827-3915', 'JP')}
ホテルは造船所から近いところで。英語で依頼メールを書いてください。`),

  rec('chat_ko', f`수면다원검사 예약 확인 문자를 만들어 주세요.
환자: 김민준 님 (생년월일 ${v('pii.date_of_birth', '1976.12.03')})
연락처: ${phone('010-3948-2716', 'KR')}, 이메일 ${v('pii.email', 'minjun.kim76@naver.com')}
검사일: 3월 4일 밤 9시, 검사 전 카페인 금지.`),

  rec('csv_da', f`Kan du finde lånere med mere end 5 for sent afleverede bøger? Udtræk fra bibliotekssystemet:

lånernr;navn;email;telefon;forsinkede
30418;Sofie Kjærgaard;${v('pii.email', 'sofie.kjaergaard@outlook.dk')};${phone('+45 28 91 47 36')};7
30422;Mikkel Juhl;${v('pii.email', 'mjuhl@live.dk')};${phone('+45 42 18 73 90')};2
30437;Aisha Hussein;${v('pii.email', 'aisha.h@gmail.com')};${phone('+45 31 64 20 85')};6`),

  rec('letter_fi', f`Muotoile tästä kohtelias muistutuskirje:

Asiakas: Tuomas Heikkilä, ${v('pii.email', 'tuomas.heikkila@kolumbus.fi')}, puh. ${phone('040 719 3826', 'FI')}
Lainat: 4 kirjaa, eräpäivä ylitetty 23 päivällä. Kirjasto: Tampereen pääkirjasto Metso.`),

  rec('chat_cy', f`Allwch chi ysgrifennu neges Gymraeg fer i'r benthyciwr yma? Mae ei archeb am "Un Nos Ola Leuad" wedi cyrraedd.
Enw: Elin Wyn Prydderch
E-bost: ${v('pii.email', 'elin.prydderch@btinternet.com')}
Ffôn: ${phone('07793 214680', 'GB')}
Cangen: Llyfrgell Aberystwyth`),

  rec('chat_eu', f`Idatzi mezu labur bat irakurle honi, erreserbatutako liburua prest dagoela esateko:
Izena: Ane Etxeberria Goikoetxea
Helbide elektronikoa: ${v('pii.email', 'ane.etxeberria@euskalnet.net')}
Telefonoa: ${phone('+34 688 41 27 93')}
Liburutegia: Donostiako Liburutegi Nagusia`),

  rec('roster_yo', f`Jọ̀wọ́ ṣe àkópọ̀ àtòjọ ẹgbẹ́ yìí ní èdè Gẹ̀ẹ́sì fún ìpàdé ìgbìmọ̀ awin:
Ẹgbẹ́: "Ìrẹ́pọ̀ Oníṣòwò Bodija"
1. Adebisi Ogunleye – ${phone('+234 803 519 2746')} – aṣọ àdìrẹ
2. Folasade Akinwale – ${phone('+234 816 402 3975')} – oúnjẹ
3. Kehinde Ojo – ${phone('+234 905 318 6427')} – bàtà
Awin: ₦1,200,000 fún oṣù mẹ́fà.`),

  rec('chat_zu', f`Ngicela ungibhalele umyalezo we-SMS wesikhumbuzo sokukhokha kubalingani beqembu:
Nomvula Dlamini ${phone('082 613 4907', 'ZA')}
Sipho Mthembu ${phone('+27 73 208 5164')}
Inkokhelo: R450 ngamunye ngoLwesihlanu.`),

  rec('app_so', f`Fadlan dib u eeg codsigan amaahda oo ii sheeg waxa ka maqan:
Magaca: Hodan Cabdi Warsame
Taariikhda dhalashada: ${v('pii.date_of_birth', '11/04/1993')}
Taleefanka (EVC): ${phone('+252 61 7284093')}
Ganacsiga: dukaan khudaar, Suuqa Bakaaraha
Cadadka: $600, 6 bilood.`),

  rec('chat_ti', f`ነዚ ሓበሬታ ናብ እንግሊዝኛ ተርጒመለይ፡
ሽም፡ ሰላም ተስፋይ ገብረመድህን
ዕለት ልደት፡ ${v('pii.date_of_birth', '02/09/1988')}
ቴሌፎን፡ ${phone('+291 7 193825')}
ንእሽቶ ልቓሕ ንድኳን ቡን፡ 15,000 ናቕፋ።`),

  rec('form_rw', f`Ifishi y'umunyamuryango w'itsinda "Twiyubake Nyamirambo":
Amazina: Uwase Claudine
Itariki y'amavuko: ${v('pii.date_of_birth', '14/05/1990')}
Telefone (MoMo): ${phone('+250 788 314 592')}
Umusanzu w'icyumweru: 5,000 RWF
Nyandikira incamake mu Cyongereza.`),

  rec('hr_ru', f`Подготовь, пожалуйста, приказ о переводе на русском, вот данные сотрудника цементного завода:
ФИО: Громов Алексей Викторович
Дата рождения: ${v('pii.date_of_birth', '18.03.1981')}
Паспорт: ${v('pii.passport', '4519 028371')}
Тел.: ${phone('+7 916 203-48-71')}
Перевод: с должности машиниста мельницы на должность мастера участка обжига.`),

  rec('chat_ky', f`Ушул маалымат менен кредит алуучуга эскертүү кат жазып бериңиз:
Аты-жөнү: Асанова Айгүл
Туулган күнү: ${v('pii.date_of_birth', '07.06.1987')}
Тел.: ${phone('+996 555 213 894')}
Топ: "Ынтымак", Ош шаары. Кечиккен төлөм: 3 400 сом.`),

  rec('form_tg', f`Маълумоти қарзгиранда барои кумитаи қарзӣ:
Ному насаб: Раҳимова Мавлуда
Санаи таваллуд: ${v('pii.date_of_birth', '25.12.1985')}
Телефон: ${phone('+992 93 518 2047')}
Лоиҳа: дӯзандагӣ, 12 000 сомонӣ. Лутфан ба забони англисӣ кӯтоҳ кунед.`),

  rec('visa_ar_gulf', f`أحتاج خطاب دعوة لمفتش التصنيف لزيارة حوض بناء السفن في دبي:
الاسم: Tomasz Wierzbicki
رقم الجواز: ${v('pii.passport', 'EK4928173')}
تاريخ الميلاد: ${v('pii.date_of_birth', '30/01/1979')}
الجوال: ${phone('+971 50 318 4927')}
الزيارة من 17 إلى 21 مارس لمعاينة بدن السفينة الجديدة.`),

  rec('chat_ml', f`ഈ രോഗിക്ക് CPAP ഫോളോഅപ്പ് ഓർമ്മപ്പെടുത്തൽ ഇംഗ്ലീഷിൽ എഴുതാമോ?
പേര്: ജോസഫ് വർഗീസ്
ഫോൺ: ${phone('+91 98470 21836')}
ഇമെയിൽ: ${v('pii.email', 'joseph.varghese61@gmail.com')}
30 ദിവസത്തെ ഉപയോഗം: ശരാശരി 3.1 മണിക്കൂർ/രാത്രി, മാസ്ക് ലീക്ക് കൂടുതലാണ്.`),

  rec('chat_id_jv', f`Tolong bikinin pesan WhatsApp buat nasabah yang telat bayar angsuran kelompok, bahasa Jawa halus ya:
Nama: Bu Sri Rahayuningsih
No HP: ${phone('+62 813-2947-1058')}
Kelompok: "Guyub Rukun" Bantul, telat 2 minggu, Rp 150.000.`),

  rec('chat_ceb', f`Palihug himoi og reminder text para sa among borrower:
Ngalan: Marites Dela Cruz Cabahug
Cellphone: ${phone('+63 917 530 2846')}
Petsa sa pagkatawo: ${v('pii.date_of_birth', '09/14/1982')}
Bayronon: ₱1,250 kada semana, sari-sari store sa Mandaue.`),

  rec('chat_km_lo_my', f`Please translate these three branch contacts into a clean English table for the regional report:
- ភ្នំពេញ: លោក សុខ វិចិត្រ ${phone('+855 12 703 418')}
- ປາກເຊ: ທ້າວ ບຸນມີ ແສງສະຫວ່າງ ${phone('+856 20 5917 3042')}
- မန္တလေး: ဦးကျော်ဇင်ထွန်း ${phone('+95 9 250 183 746')}`),

  rec('chat_qu', f`Kay biblioteca willakuyta castellanoman tikrapuway:
"Señora Rosa Quispe Mamani, libroykiqa chayamunña. Waqyariwayku ${phone('+51 984 217 603')} yupayman utaq hamuy Biblioteca Municipal Wanchaqman."`),

  rec('contact_sr_hr', f`Napravi mi listu kontakata za inspekciju u brodogradilištu, na engleskom:
- Dragan Milovanović, glavni inspektor – ${phone('+381 64 519 2738')}, ${v('pii.email', 'd.milovanovic@brodogradiliste-ns.rs')}
- Ivana Perić, tehnolog zavarivanja – ${phone('+385 91 738 2046')}
Sastanak u 8:00 na doku 2.`),

  rec('log', f`Can you tell why the patron login keeps failing for this user? Log lines from the OPAC:

${amb('source_code.snippet', f`2025-02-21 18:04:12 WARN  opac.auth  login failed patron=${v('pii.email', 'haraldur.snorrason@simnet.is')} ip=${amb('pii.ip_address', '85.220.47.131')} reason=expired_card
2025-02-21 18:04:39 WARN  opac.auth  login failed patron=${v('pii.email', 'haraldur.snorrason@simnet.is')} ip=${amb('pii.ip_address', '85.220.47.131')} reason=expired_card
2025-02-21 18:05:02 INFO  opac.auth  password reset requested patron_id=118204`)}`),

  rec('json', f`Mapping question: which of these fields from the CPAP telemonitoring webhook should we store in the EHR?

${amb('source_code.snippet', f`{
  "event": "therapy.summary.daily",
  "device_serial": "23214837562",
  "patient": {
    "name": "Wiebke Harmsen",
    "email": "${v('pii.email', 'wiebke.harmsen@posteo.de')}",
    "birth_date": "${v('pii.date_of_birth', '1969-07-22')}",
    "mobile": "${phone('+49 160 93827415')}"
  },
  "usage_minutes": 412,
  "ahi": 3.8,
  "leak_95": 21.4,
  "pressure_95": 11.2
}`)}`),

  rec('signature', f`Can you make this e-mail signature shorter and put it in one line for mobile?

--
Chloé Fontaine-Ndiaye
Post-Production Supervisor | Lumen Post Paris
Tél. ${phone('+33 6 71 48 29 03')} | ${v('pii.email', 'chloe.fontaine@lumenpost.fr')}
8 rue des Petites-Écuries, 75010 Paris`),

  rec('chat_yue', f`幫我將呢位讀者嘅資料整理成英文表格，佢想轉去荃灣分館：
姓名：陳嘉欣
電話：${phone('+852 6381 4927')}
電郵：${v('pii.email', 'kayan.chan@yahoo.com.hk')}
出生日期：${v('pii.date_of_birth', '1995年10月6日')}`),

  rec('chat_be', f`Напішы, калі ласка, ліст чытачу па-беларуску, што кнігі трэба вярнуць да канца тыдня:
Чытач: Алесь Караткевіч-Лукашэвіч
Тэл.: ${phone('+375 29 618-24-73')}
E-mail: ${v('pii.email', 'ales.lukashevich@tut.by')}`),

  rec('crew_is', f`Settu þetta í töflu á ensku fyrir skoðunarmanninn:
Skipstjóri: Guðmundur Þórhallsson, fæddur ${v('pii.date_of_birth', '04.02.1968')}, sími ${phone('+354 862 4107')}
Vélstjóri: Sigrún Ásgeirsdóttir, sími ${phone('+354 699 2381')}
Skip: Vestmannaey VE 54, skoðun í Hafnarfirði 6. mars.`),
];

/**
 * Held-out batch 135: personal data in HR forms, patient-coordination notes, juror summons
 * replies, installation job sheets and field-travel lists, in many languages and scripts.
 * Hand-written; identity numbers computed with their check digits (scripts/corpus/checksums.ts).
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH135_PII: DraftRecord[] = [
  // ── crane maintenance contractor ───────────────────────────────────────────
  rec('hr_form', f`New starter – Felixstowe site (Harbourline Crane Services UK)
Name: Callum Reid
Role: Crane electrician, nights
Date of birth: ${v('pii.date_of_birth', '14/02/1991')}
NI number: ${v('pii.uk_nino', 'JT 48 27 39 C')}
Mobile: ${phone('07842 193650', 'GB')}
Personal email: ${v('pii.email', 'callum.reid91@btinternet.com')}
Next of kin: Shona Reid (wife) ${phone('07913 448201', 'GB')}

Can you turn this into the welcome email from the site manager? Keep the NI number out of it.`),

  rec('hr_nl', f`Kun je een checklist maken van wat er nog mist in dit personeelsdossier?

Naam: Youssef El Amrani
Functie: monteur kranen, ploegendienst Maasvlakte
Geboortedatum: ${v('pii.date_of_birth', '3 augustus 1994')}
BSN: ${v('pii.nl_bsn', '274183651')}
Telefoon: ${phone('06 4827 3915', 'NL')}
VCA-certificaat: verlopen (2023)
Rijbewijs: B + C`),

  rec('hr_de', f`Bitte schreib eine kurze Bestätigung für die Lohnbuchhaltung, dass der neue Kollege ab 01.04. anfängt:

Name: Jannik Albers
Geb.-Datum: ${v('pii.date_of_birth', '27.11.1988')}
Steuer-ID: ${v('pii.de_steuer_id', '38729145674')}
Handy: ${phone('0171 4839265', 'DE')}
Qualifikation: Elektroniker für Betriebstechnik, Schwerpunkt Containerbrücken
Einsatz: CTA, Schicht B`),

  rec('travel_el', f`Χρειάζομαι επιστολή πρόσκλησης για βίζα στα Ηνωμένα Αραβικά Εμιράτα για τον τεχνικό μας:
Ονοματεπώνυμο: Νικόλαος Σταυρόπουλος
Αριθμός διαβατηρίου: ${v('pii.passport', 'AT4827391')}
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '09/06/1985')}
Κινητό: ${phone('+30 694 218 3749')}
Σκοπός: επισκευή spreader στο Jebel Ali, 14–28 Απριλίου.
Γράψ' την στα αγγλικά, επίσημα.`),

  rec('travel_ko', f`싱가포르 출장 명단 정리 좀 부탁해요. 영어로 표 만들어 주세요.
- 김도현 / 여권번호 ${v('pii.passport', 'M48273916')} / 생년월일 ${v('pii.date_of_birth', '1990.03.17')} / 연락처 ${phone('010-4827-3916', 'KR')}
- 박서준 / 여권번호 ${v('pii.passport', 'M73019284')} / 생년월일 ${v('pii.date_of_birth', '1987.11.02')} / 연락처 ${phone('010-7301-9284', 'KR')}
목적: 파시르 판장 터미널 크레인 정기점검`),

  // ── IVF and egg-freezing clinics ────────────────────────────────────────────
  rec('intake_note', f`Please summarise this intake call for the nurse team in 3 bullets:

Patient: Danielle Ortiz, DOB ${v('pii.date_of_birth', '05/22/1987')}
Partner: Marcus Ortiz, DOB ${v('pii.date_of_birth', '01/09/1985')}
Cell: ${phone('(614) 382-7194', 'US')} · Email: ${v('pii.email', 'dani.ortiz87@gmail.com')}
Insurance needs SSN for pre-auth: ${v('pii.us_ssn', '521-48-3917')}
AMH 1.1, two prior IUIs, wants to discuss egg freezing before IVF. Prefers text, not calls.`),

  rec('referral_en_gb', f`Can you tidy this NHS referral into our standard acknowledgement letter?

Patient: Priya Natarajan
NHS number: ${v('pii.uk_nhs_number', '482 739 1653')}
DOB: ${v('pii.date_of_birth', '30/07/1989')}
Referred by: Dr H. Ellis, Westgate Surgery
Funding: ICB-funded cycle (1 of 1)
Contact: ${amb('pii.phone', '07700 900418')} is on the form but that looks wrong, patient gave ${phone('07584 227913', 'GB')} on the phone.`, 'a drama-range number written by the referrer next to the real one'),

  rec('dossier_fr', f`Peux-tu rédiger le courrier de confirmation du rendez-vous de préservation ovocytaire ?

Patiente : Mme Camille Roux
Née le : ${v('pii.date_of_birth', '12/06/1992')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 92 06 92 075 148 15')}
Téléphone : ${phone('06 48 27 39 15', 'FR')}
Indication : préservation avant chimiothérapie (lymphome), RDV le 18/03 à 8h30.`),

  rec('scheda_it', f`Mi prepari un promemoria per la paziente? Dati della scheda:
Paziente: Giulia Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSGLI85M41F839U')}
Data di nascita: ${v('pii.date_of_birth', '01/08/1985')}
Cellulare: ${phone('338 471 2096', 'IT')}
Prossimo step: monitoraggio follicolare giorno 8, poi trigger.`),

  rec('donante_es', f`Necesito anonimizar esta ficha de donante de ovocitos antes de subirla al registro. ¿Qué campos quito?

Nombre: Lucía Martín Vidal
DNI: ${v('pii.es_dni', '48271936L')}
Fecha de nacimiento: ${v('pii.date_of_birth', '14-09-1999')}
Móvil: ${phone('622 38 41 97', 'ES')}
Grupo sanguíneo: A+ · Estatura 1,68 · Ojos marrones · Estudios: Grado en Enfermería`),

  rec('chat_zh', f`帮我把这位海外患者的信息整理成英文表格，发给泰国合作诊所：
姓名：陈晓雯
护照号：${v('pii.passport', 'E48273916')}
出生日期：${v('pii.date_of_birth', '1990年4月18日')}
手机：${phone('138 1048 2736', 'CN')}
邮箱：${v('pii.email', 'xiaowen.chen90@163.com')}
计划：卵子冷冻，5月初到曼谷。`),

  rec('chat_hu', f`Kérlek, írj egy udvarias emlékeztetőt a páciensnek a petesejt-fagyasztás előtti vérvételről. Adatai: Kovács Eszter, születési idő: ${v('pii.date_of_birth', '1991. október 3.')}, telefon: ${phone('+36 30 482 7391')}, e-mail: ${v('pii.email', 'kovacs.eszter91@freemail.hu')}. Időpont: március 21., 7:30.`),

  rec('chat_ar_sa', f`أرجو ترجمة بيانات المريضة إلى الإنجليزية لإرسالها لعيادة لندن:
الاسم: ريم عبدالله القحطاني
رقم الجواز: ${v('pii.passport', 'P4827391')}
تاريخ الميلاد: ${v('pii.date_of_birth', '1993/02/11')}
الجوال: ${phone('050 418 2736', 'SA')}
الغرض: استشارة تجميد البويضات.`),

  rec('kyc_en_in', f`Patient registration for our Andheri clinic, can you check what's missing before the consent forms?
Name: Sneha Kulkarni
Aadhaar: ${v('pii.in_aadhaar', '4827 3916 5036')}
DOB: ${v('pii.date_of_birth', '19-01-1992')}
Mobile: ${phone('+91 98450 27361')}
Husband: Rohan Kulkarni, mobile ${phone('+91 99204 18273')}`),

  // ── microbrewery and taproom group ──────────────────────────────────────────
  rec('csv', f`Who's free for the Saturday beer festival? Match this staff sheet against the rota:

${amb('source_code.snippet', f`name,role,phone,email
Tasha Greene,bartender,${phone('(503) 418-2273', 'US')},${v('pii.email', 'tasha.greene@copperkettlebrew.co')}
Miguel Sandoval,cellar,${phone('(503) 927-4481', 'US')},${v('pii.email', 'msandoval@copperkettlebrew.co')}
Erin Walsh,bartender,${phone('(971) 384-2106', 'US')},${v('pii.email', 'erin.w@copperkettlebrew.co')}`)}`),

  rec('hr_pl', f`Przygotuj proszę umowę zlecenie dla nowej osoby na bar w tap roomie we Wrocławiu:
Imię i nazwisko: Karolina Nowak
PESEL: ${ambCat('pii', '95071204826')}
Data urodzenia: ${v('pii.date_of_birth', '12.07.1995')}
Telefon: ${phone('601 284 736', 'PL')}
Stawka: 31,50 zł brutto/h`, 'PESEL: a national identity number with no built-in rule (ambiguous, no rule id)'),

  rec('hr_nl_be', f`Kunt ge een welkomstmail opstellen voor onze nieuwe brouwer in Gent? Gegevens:
Naam: Pieter Vermeulen
Rijksregisternummer: ${ambCat('pii', '89.04.17-283.61')}
Geboortedatum: ${v('pii.date_of_birth', '17/04/1989')}
GSM: ${phone('0478 21 93 46', 'BE')}
Start: maandag 7 april, eerst een week meedraaien op de bottellijn.`, 'Belgian national register number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_sv_fi', f`Gör en snygg lista för festivalens volontärer: kontaktpersoner för bryggeriets ölfestival i Uleåborg är Aino Lehtinen (${phone('040 418 2736', 'FI')}, ${v('pii.email', 'aino.lehtinen@kuparikattila.fi')}) och Mikko Rantanen (${phone('050 392 1847', 'FI')}).`),

  rec('chat_nb', f`Kan du oversette dette til engelsk for lønnsavdelingen? "Ny ansatt i baren i Bergen: Sigrid Johansen, fødselsnummer ${ambCat('pii', '120394 28193')}, født ${v('pii.date_of_birth', '12. mars 1994')}, mobil ${phone('412 83 746', 'NO')}. Begynner 1. april."`, 'Norwegian fødselsnummer: no built-in rule (ambiguous, no rule id)'),

  // ── regional court's jury-summons office ────────────────────────────────────
  rec('summons_reply', f`Draft a polite reply granting a deferral to the June panel:

From: ${v('pii.email', 'jkowalczyk.home@outlook.com')}
Re: Jury Summons #25-0312-0441

Hi, I received a summons for March 24. I'm a full-time caregiver for my mother until May. My details as on the form:
Name: James Kowalczyk
Date of birth: ${v('pii.date_of_birth', 'April 9, 1976')}
SSN: ${v('pii.us_ssn', '318-62-0947')}
Phone: ${phone('(614) 227-5093', 'US')}
Thanks, James`),

  rec('jurado_es', f`Redacta la notificación al candidato a jurado que ha presentado excusa por ser mayor de 65 años:
Candidato: D. Ramón Iglesias Soto
DNI: ${v('pii.es_dni', '73019284B')}
Fecha de nacimiento: ${v('pii.date_of_birth', '02/02/1958')}
Domicilio: C/ Burgos 14, 3ºB, 39008 Santander
Teléfono: ${phone('942 21 84 37', 'ES')}`),

  rec('juri_pt_br', f`Preciso de um modelo de ofício para o jurado que não compareceu à sessão do dia 11/03:
Nome: Carlos Eduardo Ribeiro
CPF: ${v('pii.br_cpf', '482.739.165-37')}
Data de nascimento: ${v('pii.date_of_birth', '23/05/1981')}
Celular: ${phone('(13) 99182-4736', 'BR')}
E-mail: ${v('pii.email', 'cadu.ribeiro81@uol.com.br')}
Prazo para justificar: 5 dias úteis.`),

  rec('saibanin_ja', f`裁判員候補者からの辞退申立書の内容を要約してください。
氏名：佐藤 美咲
生年月日：${v('pii.date_of_birth', '昭和63年7月14日')}
電話番号：${phone('090-4827-3916', 'JP')}
個人番号：${ambCat('pii', '4827 3916 5028')}
辞退理由：妊娠中（出産予定日 6月2日）`, 'Japanese My Number: no built-in rule (ambiguous, no rule id)'),

  rec('baesim_ko', f`국민참여재판 배심원 후보자 출석 안내 문자 초안 부탁해요.
성명: 이지은
주민등록번호: ${ambCat('pii', '920314-2048271')}
휴대폰: ${phone('010-9128-4736', 'KR')}
출석일시: 4월 8일 오전 9시 30분, 제2형사부`, 'Korean resident registration number: no built-in rule (ambiguous, no rule id)'),

  rec('jure_fr_qc', f`Peux-tu rédiger la lettre pour le remboursement de l'indemnité du juré? Infos :
Nom : Marc-André Gagnon
Date de naissance : ${v('pii.date_of_birth', '1979-10-21')}
NAS : ${v('pii.ca_sin', '404 821 738')}
Téléphone : ${phone('(514) 382-7194', 'CA')}
Procès : 12 jours au palais de justice de Montréal.`),

  rec('prisyazhnye_ru', f`Составь, пожалуйста, уведомление кандидату в присяжные заседатели о дате явки:
ФИО: Смирнова Ольга Викторовна
Дата рождения: ${v('pii.date_of_birth', '15.03.1983')}
Паспорт: ${v('pii.passport', '45 12 482739')}
Телефон: ${phone('+7 916 482-73-91')}
Дата явки: 7 апреля, 10:00, зал № 4.`),

  // ── satellite TV and broadband installer ────────────────────────────────────
  rec('job_sheet', f`JOB SHEET – SR-558213 · Dish realignment + new LNB
Customer: Mrs Gwen Hughes, 14 Heol y Parc, Pontypridd CF37 2NT
Mobile: ${phone('07796 413 287', 'GB')}
Email: ${v('pii.email', 'gwenhughes52@hotmail.co.uk')}
Access: side gate, dog in garden
Slot: Tue 09:00–12:00

Rewrite the technician notes below in plain English for the customer: "Q 62% → 81% after realign to 28.2E, replaced quad LNB, F-connectors redone, no SkyQ mini issue found."`),

  rec('chat_ur', f`براہ کرم یہ پیغام ٹیکنیشن کے لیے صاف کر دیں: "گاہک کا نام عمران شاہد، فون نمبر ${phone('0300 4827391', 'PK')}، پتہ: مکان 12، گلی 7، جوہر ٹاؤن لاہور۔ ڈش کی تنصیب کل صبح 10 بجے۔"`),

  rec('chat_sr', f`Молим те, преведи на енглески за нашег диспечера: "Корисник Драган Петровић, телефон ${phone('064 4827391', 'RS')}, адреса Булевар ослобођења 112, Нови Сад. Пријављује да нема сигнала после олује, антена вероватно померена."`),

  rec('log_json', f`Why are the geocoding lookups failing for some jobs? Two lines from the dispatch API:

${amb('source_code.snippet', f`{"ts":"2025-03-12T07:41:09Z","lvl":"warn","job":"JO-771204","msg":"geocode_failed","address":"Flat 3, 22 Kelvin Rd","customer_email":"${v('pii.email', 'a.mcleod@virginmedia.com')}","client_ip":"${amb('pii.ip_address', '82.44.197.23')}"}
{"ts":"2025-03-12T07:41:12Z","lvl":"warn","job":"JO-771209","msg":"geocode_failed","address":"Unit 9 Riverside","customer_email":"${v('pii.email', 'dpatel.home@sky.com')}","client_ip":"${amb('pii.ip_address', '2a02:c7c:41b2:7e00::3f')}"}`)}`),

  // ── humanitarian demining NGO ───────────────────────────────────────────────
  rec('tsv', f`Prepare the flight manifest request for the charter to Kharkiv from this list, sorted by surname:

${amb('source_code.snippet', f`name\tnationality\tpassport\tdate_of_birth\trole
Tomás Herrera\tColombian\t${v('pii.passport', 'AQ482739')}\t${v('pii.date_of_birth', '1984-06-02')}\tEOD team leader
Hanna Lindqvist\tSwedish\t${v('pii.passport', '91827364')}\t${v('pii.date_of_birth', '1990-12-19')}\tNTS supervisor
Samuel Tesfaye\tEthiopian\t${v('pii.passport', 'EP4827391')}\t${v('pii.date_of_birth', '1987-03-08')}\tlogistics officer`)}`),

  rec('drivers_uk', f`Зроби з цього таблицю для донорського звіту (без телефонів):
1. Ігор Мельник, водій, дата народження ${v('pii.date_of_birth', '21.08.1979')}, тел. ${phone('+380 67 482 7391')}
2. Оксана Ткаченко, диспетчер, дата народження ${v('pii.date_of_birth', '04.11.1992')}, тел. ${phone('+380 50 391 2847')}
3. Василь Бондар, механік, дата народження ${v('pii.date_of_birth', '30.01.1975')}, тел. ${phone('+380 96 128 4736')}`),

  rec('chat_so', f`Fadlan u turjun Ingiriis: "Darawalka cusub ee Garoowe waa Cabdiraxmaan Maxamed Jaamac, lambarka baasaboorka ${v('pii.passport', 'P00482736')}, taariikhda dhalashada ${v('pii.date_of_birth', '12/05/1988')}, telefoon ${phone('+252 90 7482736')}. Wuxuu bilaabayaa shaqada Sabtida."`),

  rec('chat_lo', f`ກະລຸນາແປເປັນພາສາອັງກິດ: "ຄົນຂັບລົດໃໝ່ຢູ່ແຂວງຊຽງຂວາງ ຊື່ ທ້າວ ສົມພອນ ແກ້ວມະນີ ເບີໂທ ${phone('+856 20 5512 3847')} ເລີ່ມວຽກວັນຈັນ ມີໃບຂັບຂີ່ປະເພດ C."`),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն՝ "Նոր լոգիստիկ մասնագետ՝ Արմեն Հակոբյան, անձնագիր ${v('pii.passport', 'AT0482739')}, ծննդյան ամսաթիվ՝ ${v('pii.date_of_birth', '07.09.1986')}, հեռախոս՝ ${phone('+374 91 482736')}: Աշխատանքը սկսում է ապրիլի 1-ից:"`),

  rec('chat_ps', f`مهرباني وکړئ دا پیغام انګلیسي ته وژباړئ: "د کندهار د ګدام نوی ساتونکی عبدالولي احمدزی دی، د تلیفون شمېره ${phone('+93 70 482 7391')}. سبا له سهار ۷ بجو کار پیلوي."`),
];

/**
 * Held-out batch 116: personal data in optician bookings, ED registration, borrower contacts,
 * trust-and-safety reports, quarry driver rosters and census field forms. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH116_PII: DraftRecord[] = [
  rec('booking_en_gb', f`Can you reword this booking confirmation so it's friendlier?

Appointment: Hearing assessment, ClearSight Leeds Briggate, Tue 17 Dec 10:40
Patient: Mrs Doreen Ashworth, DOB ${v('pii.date_of_birth', '14/02/1946')}
NHS number: ${v('pii.uk_nhs_number', '472 918 3053')}
Contact: ${phone('0113 244 8731', 'GB')} / daughter Karen ${phone('07842 193556', 'GB')}
Email: ${v('pii.email', 'karen.ashworth61@btinternet.com')}
Note: bring current hearing aids and GP referral letter.`),

  rec('chat_de', f`Kannst du mir eine Erinnerungs-SMS für diese Sehtest-Termine formulieren? Max. 160 Zeichen.
- Herr Günther Vollmer, ${phone('0172 4839215', 'DE')}, Mi 18.12. 09:00
- Frau Ayşe Kaya, ${phone('+49 176 31948257')}, Mi 18.12. 09:30
- Frau Ilse Brandauer, geb. ${v('pii.date_of_birth', '03.11.1939')}, nur Festnetz ${phone('030 58471923', 'DE')}, Mi 18.12. 10:15`),

  rec('form_fr', f`Fiche de prise en charge audioprothèse – à vérifier avant envoi à la mutuelle :

Nom : LEROY Chantal
Né(e) le : ${v('pii.date_of_birth', '22/07/1951')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 51 07 69 123 045 63')}
Téléphone : ${phone('06 42 81 37 95', 'FR')}
Adresse : 14 rue des Tanneurs, 69004 Lyon
Appareillage : 2 contours RIC classe II

Le NIR a-t-il le bon format pour la télétransmission ?`),

  rec('chat_it', f`Ciao, devo prenotare una visita optometrica per un cliente anziano che non usa internet. Dati: Mario Rossi, codice fiscale ${v('pii.it_codice_fiscale', 'RSSMRC71C12F839H')}, cellulare ${phone('338 927 4105', 'IT')}. Mi scrivi il messaggio di conferma da mandare via SMS?`),

  rec('ed_registration_en_us', f`Help me clean up this ED quick-registration note before it goes into the chart; the triage nurse typed it fast:

pt arrived via EMS 02:14, MVC, GCS 14
name: Jamal R. Whitaker   DOB ${v('pii.date_of_birth', '9/30/1987')}   SSN ${v('pii.us_ssn', '512-48-3917')}
ins: BCBS, member ID on card (card with pt belongings)
emergency contact: Tanisha Whitaker (wife) ${phone('(404) 518-2739', 'US')}
allergies: PCN`),

  rec('chat_es', f`Hola, en admisión de urgencias llegó un paciente extranjero inconsciente con dos documentos en la cartera. Uno es un DNI ${v('pii.es_dni', '48217359K')} y otro una tarjeta de residencia con NIE ${v('pii.es_nie', 'X4827193E')}. ¿Cuál debo usar para el registro en el sistema y cómo anoto el otro?`),

  rec('chat_nl', f`Kun je een overdrachtsnotitie maken van dit? Patiënt SEH, binnengebracht door ambulance: dhr. Pieter van Dalen, BSN ${v('pii.nl_bsn', '174829309')}, geboortedatum ${v('pii.date_of_birth', '2 april 1958')}. Partner bereikbaar op ${phone('06 41827395', 'NL')}. Meer hoeven ze niet te weten op de afdeling.`),

  rec('chat_pt_br', f`Oi, preciso preencher o boletim de atendimento do pronto-socorro de trauma. Paciente: Luana Ferreira dos Santos, CPF ${v('pii.br_cpf', '428.173.906-87')}, nascida em ${v('pii.date_of_birth', '17/05/1996')}, telefone da mãe ${phone('(21) 99318-4276', 'BR')}. Pode organizar isso num formato de ficha?`),

  rec('chat_en_in', f`ED registration here. Unknown male brought from a highway accident, only ID found is an Aadhaar card: ${v('pii.in_aadhaar', '5820 3914 7620')}. Relative called from ${phone('+91 98452 17630')}. Write me a short message template to send the relative asking them to come with his medical records.`),

  rec('hl7_en_us', f`This ADT^A04 from ED registration is rejected by the lab system, what segment is malformed?

${amb('source_code.snippet', f`MSH|^~\\&|EDREG|STCATH|LIS|STCATH|20241214021902||ADT^A04|MSG00418273|P|2.5.1
EVN|A04|20241214021900
PID|1||MRN0048291^^^STCATH^MR||HOLLOWAY^BRIANNA^M||${v('pii.date_of_birth', '19920611')}|F|||442 ELM ST^^DECATUR^GA^30030||${phone('(470) 418-2937', 'US')}|||||ACCT77231|${v('pii.us_ssn', '318-62-0475')}
PV1|1|E|ED^BAY07^01||||1447^NGUYEN^THAO|||||||||||V004812`)}`),

  rec('chat_ar', f`مرحباً، أعمل في قسم تسجيل الطوارئ. وصل مريض مصاب في حادث عمل، واسمه خالد المنصوري، ورقم جواز سفره ${v('pii.passport', 'P48291735')}، وتاريخ ميلاده ${v('pii.date_of_birth', '12/08/1979')}. رقم هاتف كفيله ${phone('+966 50 418 2736')}. ساعدني في كتابة رسالة إلى السفارة لإبلاغهم.`),

  rec('contacts_en_us', f`Pull the key contacts out of this borrower onboarding form into a clean table (name, role, email, phone):

Company: Nordlys Robotics Inc. (Loan No. VD-2024-017)
CEO: Ingrid Solberg — ${v('pii.email', 'ingrid@nordlysrobotics.com')} — ${phone('+1 415 823 6147')}
CFO: Marcus Feld — ${v('pii.email', 'marcus.feld@nordlysrobotics.com')} — ${phone('(628) 204-7719', 'US')}
Controller: Priya Natarajan — ${v('pii.email', 'p.natarajan@nordlysrobotics.com')}
Board observer (ours): Daniel Achterberg — ${v('pii.email', 'd.achterberg@harbourline-vd.com')}`),

  rec('kyc_en_gb', f`KYC refresh for the personal guarantor on the Pennine Foods facility — can you list what's still missing?

Guarantor: Alistair McBride
DOB: ${v('pii.date_of_birth', '05 March 1969')}
NI number: ${v('pii.uk_nino', 'JX 41 82 73 C')}
Passport: ${v('pii.passport', '548291736')} (UK, exp 2031)
Address proof: council tax bill, dated Aug 2024
Mobile: ${phone('07935 482 106', 'GB')}`),

  rec('chat_fr_ca', f`Peux-tu résumer ce dossier pour le comité de crédit? Fondatrice et caution personnelle : Geneviève Tremblay, NAS ${v('pii.ca_sin', '527 193 841')}, née le ${v('pii.date_of_birth', '1982-09-14')}, courriel ${v('pii.email', 'gtremblay@biolumen.ca')}. Détient 41 % des actions, aucune autre dette personnelle déclarée.`),

  rec('ts_report_en_us', f`Summarise this user report for the T&S queue, keep the evidence fields:

Report #TS-448219 (harassment, live chat)
Reporter: ${v('pii.email', 'maya.lindqvist@outlook.com')} (account vid_u_8830142)
Reported account: vid_u_9917345, display name "nightowl_42", signup email ${v('pii.email', 'nightowl42.streams@gmail.com')}
Last login IPs of reported account: ${ip('73.158.204.17')}, ${ip('2601:644:8f00:3b1::2c')}
Reporter says the same person also texts her from ${phone('+1 312 508 4417')}.`),

  rec('log_json_ko', f`신고 처리 로그에서 개인정보가 평문으로 남는지 확인해 주세요:

${amb('source_code.snippet', f`{"ts":"2024-12-11T14:02:17Z","svc":"report-intake","case":"TS-451002","reporter_email":"${v('pii.email', 'jiwoo.han92@naver.com')}","reporter_phone":"${phone('010-4182-7361', 'KR')}","client_ip":"${ip('121.134.88.201')}","reason":"impersonation"}`)}`),

  rec('chat_ru', f`Пользователь пишет в поддержку, что его аккаунт взломали и сменили почту. Старая почта ${v('pii.email', 'a.sokolov1988@yandex.ru')}, телефон ${phone('+7 916 384-27-19')}, дата рождения в профиле ${v('pii.date_of_birth', '23.04.1988')}. Составь шаблон ответа с шагами восстановления доступа.`),

  rec('csv_pl', f`Lista kierowców wywrotek na styczeń – zrób z tego grafik tygodniowy:

${amb('source_code.snippet', f`kierowca;telefon;nr_rej;kategoria
Janusz Wróbel;${phone('601 283 947', 'PL')};OPO 48271;C+E
Krzysztof Mazur;${phone('+48 512 738 204')};OK 7193F;C
Agnieszka Lis;${phone('693 418 275', 'PL')};OPO 91D42;C+E`)}`),

  rec('chat_cs', f`Dobrý den, řidič Pavel Novotný (${phone('602 384 917', 'CZ')}) měl včera nehodu při couvání u drtiče. Potřebuju napsat hlášení pro BOZP – narozen ${v('pii.date_of_birth', '8. 6. 1975')}, ve firmě od 2011. Můžeš mi pomoct se strukturou?`),

  rec('chat_sr', f`Здраво, треба ми списак возача за превоз шљунка из каменолома у Лајковцу. Драган Петровић ${phone('064 3841 927', 'RS')}, Милош Јовановић ${phone('+381 63 418 2735')}. Напиши поруку да сутра утовар почиње у 6:00.`),

  rec('census_form_en_ng', f`Please check this household listing record from the field for consistency (ages vs relationship):

EA code: LA-IKJ-0417, Structure 12, Household 2
Head: Adebayo Oladipo, M, DOB ${v('pii.date_of_birth', '02/11/1970')}, phone ${phone('0803 418 2957', 'NG')}
Spouse: Folake Oladipo, F, DOB ${v('pii.date_of_birth', '19/06/1976')}
Child: Tunde Oladipo, M, DOB ${v('pii.date_of_birth', '07/01/2001')}
Child: Kemi Oladipo, F, age 9
Enumerator: EN-LA-2291, supervisor SV-LA-041`),

  rec('chat_yo', f`Ẹ ǹlẹ́ o, mo nílò ìrànlọ́wọ́ láti kọ lẹ́tà sí olórí ìdílé kan tí kò sí nílé nígbà ìkànìyàn. Orúkọ rẹ̀ ni Bùkọ́lá Adéyẹmí, nọ́mbà fóònù rẹ̀ ni ${phone('+234 806 219 4738')}. A fẹ́ padà wá ní ọjọ́ Sátidé.`),

  rec('chat_te', f`నమస్కారం, జనాభా గణన ఫీల్డ్ సూపర్వైజర్‌ని. ఒక కుటుంబ పెద్ద తన ఆధార్ నంబర్ ${v('pii.in_aadhaar', '7341 9520 8630')} ఇచ్చారు, కానీ జనగణనకు ఆధార్ అవసరం లేదు. దీన్ని ఫారం నుండి తొలగించమని ఎన్యూమరేటర్‌కి తెలుగులో ఒక సందేశం రాయండి. ఎన్యూమరేటర్ నంబర్ ${phone('+91 94401 38275')}.`),

  rec('chat_es_mx_2', f`Hola, en el operativo censal de Guadalajara una entrevistadora reportó que un hogar no quiso dar datos. Le dejó tarjeta con su celular ${phone('33 4182 7361', 'MX')}. ¿Me ayudas a redactar una carta de invitación para la segunda visita, firmada por la coordinadora Diana Restrepo (${v('pii.email', 'd.restrepo.censo@gmail.com')})?`),

  rec('chat_vi', f`Chào bạn, điều tra viên tổng điều tra dân số ở phường Linh Tây báo cáo: chủ hộ Nguyễn Văn Hùng, sinh ngày ${v('pii.date_of_birth', '15/03/1964')}, SĐT ${phone('091 418 27 36', 'VN')}, từ chối cung cấp thông tin về người ở trọ. Giúp mình viết biên bản ngắn gọn nhé.`),

  rec('signature_en_au', f`Tidy up my email signature, it's too long:

Bronwyn Keating
Dispatch Coordinator | Southern Aggregates – Kurnell & Marulan Quarries
P ${phone('(02) 4841 2937', 'AU')} | M ${phone('0412 385 927', 'AU')}
${v('pii.email', 'bronwyn.keating@southernaggregates.com.au')}
After-hours dispatch: ${phone('1300 418 273', 'AU')}
"Safety first, tonnes second"`),

  rec('signature_hr', f`Skrati mi potpis, molim:

Ivana Horvat, dipl. oec.
Voditeljica praćenja portfelja
Tel: ${phone('+385 1 4827 391')}
Mob: ${phone('091 384 7261', 'HR')}
E-mail: ${v('pii.email', 'ivana.horvat@adriadebt.hr')}`),

  rec('chat_bg', f`Здравей, от регистрацията на спешното отделение сме. Пациентът Стоян Георгиев, роден на ${v('pii.date_of_birth', '30.09.1961')}, е с телефон ${phone('0887 412 593', 'BG')}. Помогни ми да напиша SMS на близките му, че е стабилен и могат да го посетят след 16 ч.`),

  rec('chat_hy', f`Բարև, ակնոցների խանութի ամրագրումների թիմից եմ։ Հաճախորդը՝ Անահիտ Սարգսյան, հեռախոս ${phone('+374 91 418273')}, ուզում է տեղափոխել տեսողության ստուգման ժամը։ Օգնիր գրել հաստատման հաղորդագրություն հայերենով։`),

  rec('chat_az', f`Salam, eşitmə cihazları mağazasının onlayn qeydiyyat komandasındayıq. Müştəri Rəşad Əliyev ${phone('+994 50 418 27 36')} nömrəsi ilə zəng edib, randevusunu ləğv etmək istəyir. Ona qısa təsdiq mesajı yaz, zəhmət olmasa.`),

  rec('chat_am', f`ሰላም፣ የቆጠራ መስክ ሥራ አስተባባሪ ነኝ። ቆጣሪ ሰላማዊት ታደሰ ስልክ ቁጥሯ ${phone('+251 91 141 8273')} ነው። ነገ ጠዋት በቀበሌ 05 ሥራ እንድትጀምር የሚገልጽ አጭር መልእክት በአማርኛ ጻፍልኝ።`),

  rec('chat_ta', f`வணக்கம், கண் பரிசோதனை முன்பதிவு குழுவில் இருக்கிறேன். வாடிக்கையாளர் திருமதி லக்ஷ்மி சுப்பிரமணியம், பிறந்த தேதி ${v('pii.date_of_birth', '11-01-1955')}, தொலைபேசி ${phone('+91 98401 27365')}. அவருக்கு முன்பதிவு உறுதிப்படுத்தும் செய்தி தமிழில் எழுதுங்கள்.`),

  rec('chat_mi', f`Kia ora, kei te mahi au i te tari tatauranga mō te tatauranga ā-whare. Me tuhi he karere poto ki a Hēmi Walker (${phone('021 418 2736', 'NZ')}) e whakamōhio ana ka tae atu te kaitatau ā te Rātū.`),

  rec('access_log_en_ie', f`Is this brute force against the booking portal or just one confused patient?

${amb('source_code.snippet', f`${ip('89.101.44.172')} - - [12/Dec/2024:08:14:02 +0000] "POST /login HTTP/1.1" 401 312 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" user=${v('pii.email', 'siobhan.kearney@eircom.net')}
${ip('89.101.44.172')} - - [12/Dec/2024:08:14:19 +0000] "POST /login HTTP/1.1" 401 312 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" user=${v('pii.email', 'siobhan.kearney@eircom.net')}
${ip('89.101.44.172')} - - [12/Dec/2024:08:15:40 +0000] "POST /password-reset HTTP/1.1" 200 188 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" user=${v('pii.email', 'siobhan.kearney@eircom.net')}`)}`),

  rec('chat_sv_2', f`Hej! En patient på akuten hade bara sitt körkort med sig, personnummer ${ambCat('pii', '580412-3917')}. Hur skriver jag in hen som reservnummer tills ID är bekräftat? Anhörig: ${phone('070-318 42 96', 'SE')}.`, 'Swedish personnummer: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_de_steuer', f`Für die Aufwandsentschädigung der Zähler im Zensus brauchen wir von jeder Erhebungsbeauftragten die Steuer-ID. Frau Monika Hartl hat ${v('pii.de_steuer_id', '47032068599')} angegeben und ihr Geburtsdatum als ${v('pii.date_of_birth', '21.08.1963')}. Kannst du eine Bestätigungsmail formulieren?`),
];

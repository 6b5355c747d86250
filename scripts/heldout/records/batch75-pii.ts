/**
 * Held-out batch 75: personal data — patients of a paediatric orthopaedics clinic, fishermen and
 * crew agents, debtors and creditors of an insolvency administrator, opera subscribers, ground
 * station staff and driving-school learners — in tickets, forms, signatures, exports and logs.
 * Hand-written; identity numbers carry computed check digits.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH75_PII: DraftRecord[] = [
  rec('clinic_letter_en', f`Please simplify this clinic letter for the parents, reading age 11:

Patient: Oliver Grant   NHS number: ${v('pii.uk_nhs_number', '418 273 9507')}   DOB: ${v('pii.date_of_birth', '14/02/2017')}
Diagnosis: Perthes disease, left hip, lateral pillar B. Plan: physiotherapy, activity modification, review with X-ray in 3 months.
Mum's mobile: ${phone('07912 418273', 'GB')}`),

  rec('hr_de', f`Kannst du mir den Personalbogen für die neue MFA in der Kinderorthopädie zusammenfassen?
Name: Leonie Hartmann
Geburtsdatum: ${v('pii.date_of_birth', '03.11.1996')}
Steuer-ID: ${v('pii.de_steuer_id', '47219385640')}
Mobil: ${phone('0171 4182736', 'DE')}
E-Mail privat: ${v('pii.email', 'leonie.hartmann96@gmx.de')}
Eintritt: 01.01.2025, 30 Std./Woche`),

  rec('form_fr', f`Aide-moi à compléter l'attestation pour la CPAM, il manque peut-être un champ :
Enfant : Lucas Morel, né le ${v('pii.date_of_birth', '22/06/2015')}
Assurée (parent) : Camille Morel
N° de sécurité sociale de l'enfant : ${v('pii.fr_nir', '1 15 06 75 112 087 47')}
Acte : plâtre cruro-pédieux, séance du 18/11/2024`),

  rec('chat_es', f`Necesito una plantilla de matrícula para la autoescuela. Primer alumno de prueba, con los datos reales que me ha mandado:
Nombre: Irene Castaño Ruiz
DNI: ${v('pii.es_dni', '48271936L')}
Fecha de nacimiento: ${v('pii.date_of_birth', '07/09/2006')}
Móvil: ${phone('612 418 273', 'ES')}
Permiso: B, con clases prácticas en Valencia (Benimaclet).`),

  rec('chat_es', f`Un alumno extranjero de la autoescuela de Alicante no puede pedir cita en la DGT. Su NIE es ${v('pii.es_nie', 'Y2738491X')}, y dice que el sistema no lo reconoce. ¿Qué le puede pasar?`),

  rec('form_it', f`Modulo di accettazione – ambulatorio ortopedia pediatrica
Paziente: Giulia Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSGLI14P58H501D')}
Genitore: Marco Rossi, cell. ${phone('347 418 2736', 'IT')}
Motivo: controllo scoliosi, Cobb 18°

Puoi riscriverlo come promemoria per la segreteria?`),

  rec('letter_nl', f`Geachte ouders van Daan de Boer,

Voor de aanvraag van de rolstoelvoorziening bij de gemeente hebben wij de volgende gegevens doorgegeven:
BSN: ${v('pii.nl_bsn', '317294064')}
Geboortedatum: ${v('pii.date_of_birth', '12 maart 2014')}

Kun je deze brief korter en vriendelijker maken?`),

  rec('kyc_hi', f`ड्राइविंग लाइसेंस के लिए लर्नर फॉर्म भर रहा हूँ, छात्र का विवरण सही है क्या देख लीजिए:
नाम: रोहित वर्मा
आधार: ${v('pii.in_aadhaar', '4821 0397 3567')}
जन्म तिथि: ${v('pii.date_of_birth', '19/08/2006')}
मोबाइल: ${phone('+91 98450 31827')}`),

  rec('chat_gu', f`અમદાવાદ શાખાના વિદ્યાર્થી કિરણ પટેલનો આધાર નંબર ${v('pii.in_aadhaar', '7391 8264 5027')} છે, પણ Sarathi પોર્ટલ પર "Aadhaar authentication failed" આવે છે. શું કરવું?`),

  rec('chat_ta', f`சென்னை கிளையில் புதிய மாணவி: பெயர் ப்ரியா ராமன், ஆதார் ${v('pii.in_aadhaar', '2947 3816 0547')}, பிறந்த தேதி ${v('pii.date_of_birth', '02-12-2005')}. LLR விண்ணப்பத்துக்கான சரிபார்ப்புப் பட்டியல் தயாரிக்க உதவுங்கள்.`),

  rec('benefits_en_us', f`Draft a note to the parents about the FMLA paperwork. Employee (our receptionist): Denise Carter, SSN ${v('pii.us_ssn', '512-38-4719')}, DOB ${v('pii.date_of_birth', '05/23/1988')}; child Ethan, surgery for clubfoot on 01/14/2025.`),

  rec('payslip_en', f`Can you check this P60 summary is consistent? Deckhand: Callum Reid, NI number ${v('pii.uk_nino', 'JT 48 27 36 C')}, vessel FV Northern Dawn (PD-233), total pay £38,412.`),

  rec('crew_list_en_gh', f`Crew list for the Tema port health inspection, please put it in a table:
1. Kwame Mensah – master – passport ${v('pii.passport', 'G2847361')} – DOB ${v('pii.date_of_birth', '11 April 1979')}
2. Yaw Boateng – engineer – passport ${v('pii.passport', 'G1938274')} – DOB ${v('pii.date_of_birth', '30 September 1985')}
3. Abena Owusu – cook – passport ${v('pii.passport', 'G3719265')} – DOB ${v('pii.date_of_birth', '2 January 1991')}`),

  rec('chat_pt_mz', f`Preciso de uma declaração para o marinheiro Armando Cossa, BI ${ambCat('pii', '110102847361B')}, passaporte moçambicano ${v('pii.passport', '13AB48273')}, para o visto de trânsito na África do Sul. Contacto dele: ${phone('+258 84 418 2736')}.`, 'Mozambican BI number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_pl', f`Napisz pismo do syndyka w imieniu wierzyciela: Jan Kowalczyk, PESEL ${ambCat('pii', '79031512345')}, zam. ul. Lipowa 14, Kalisz, tel. ${phone('+48 601 284 739')}, e-mail ${v('pii.email', 'jan.kowalczyk79@wp.pl')}. Zgłoszenie wierzytelności 8 400 zł z tytułu wynagrodzenia.`, 'PESEL: personal, no built-in rule'),

  rec('chat_fi', f`Lapsen vanhempi soitti ja halusi päivittää yhteystiedot. Kirjoita vahvistusviesti: potilas Eetu Virtanen, henkilötunnus ${ambCat('pii', '140615A937T')}, uusi puhelin ${phone('+358 40 718 2365')}, sähköposti ${v('pii.email', 'sanna.virtanen@elisanet.fi')}.`, 'Finnish henkilötunnus: personal, no built-in rule'),

  rec('chat_et', f`Palun koosta tööleping maajaama uuele operaatorile: Marten Tamm, isikukood ${ambCat('pii', '39208152746')}, telefon ${phone('+372 5381 2746')}, e-post ${v('pii.email', 'marten.tamm@mail.ee')}. Algus 6. jaanuar, vahetustega töö.`, 'Estonian isikukood: personal, no built-in rule'),

  rec('csv_is', f`Hér er listinn yfir áhöfnina á „Havbris" fyrir tryggingafélagið. Geturðu raðað eftir stöðu?

${amb('source_code.snippet', f`nafn;staða;netfang;sími
Jón Gunnarsson;skipstjóri;${v('pii.email', 'jon.gunnars@simnet.is')};${phone('+354 661 2847')}
Sigríður Hauksdóttir;stýrimaður;${v('pii.email', 'sigga.hauks@gmail.com')};${phone('+354 772 9153')}
Pétur Ólafsson;vélstjóri;${v('pii.email', 'petur.olafs@internet.is')};${phone('+354 848 3016')}`)}`),

  rec('signature_nn', f`Venleg helsing

Solveig Myklebust
Reiarlagskontoret, Skarvøy Havfiske AS
Sentralbord: ${phone('+47 77 62 84 15')}
Mobil: ${phone('958 21 436', 'NO')}
${v('pii.email', 'solveig.myklebust@skarvoy-havfiske.no')}`),

  rec('signature_da', f`Med venlig hilsen

Mette Kjærgaard
Kurator-assistent, Advokatfirmaet Holm & Bech
Direkte: ${phone('+45 41 82 73 65')}
${v('pii.email', 'mk@holmbech-kurator.dk')}`),

  rec('ticket_sk', f`Tiket #20417 – zmena adresy dlžníka
Dlžník: Ondrej Baláž, rodné číslo ${ambCat('pii', '850412/1237')}
Nový telefón: ${phone('+421 905 318 274')}
Poznámka: prihláška pohľadávky doručená 28. 11.

Prepíš to ako krátky záznam do spisu.`, 'Slovak rodné číslo: personal, no built-in rule'),

  rec('chat_ro', f`Te rog redactează o notificare către debitor: Ion Popescu, CNP ${ambCat('pii', '1780915403916')}, data nașterii ${v('pii.date_of_birth', '15.09.1978')}, telefon ${phone('+40 722 481 396')}. Termenul pentru depunerea documentelor este 20 decembrie.`, 'Romanian CNP: personal, no built-in rule'),

  rec('chat_sr', f`Napiši mi obaveštenje za poverioca: Dragana Nikolić, JMBG ${ambCat('pii', '1507984715023')}, telefon ${phone('+381 64 3182745')}, e-pošta ${v('pii.email', 'dragana.nikolic@eunet.rs')}. Potraživanje je priznato u celosti.`, 'Serbian JMBG: personal, no built-in rule'),

  rec('chat_tr', f`Abonelik yenileme için müşteri bilgileri: Elif Yıldız, T.C. kimlik no ${ambCat('pii', '38472915064')}, doğum tarihi ${v('pii.date_of_birth', '21.03.1984')}, cep ${phone('+90 532 418 27 65')}. Öğrenci indirimi için yaş sınırını geçiyor mu, kontrol eder misin?`, 'Turkish TC kimlik: personal, no built-in rule'),

  rec('chat_el', f`Μπορείς να μου γράψεις επιβεβαίωση διαρκείας για τη συνδρομήτρια; Στοιχεία: Κατερίνα Παπαδοπούλου, κινητό ${phone('+30 694 218 3756')}, email ${v('pii.email', 'k.papadopoulou@otenet.gr')}, θέσεις Πλατεία Σ12 Θ7–8.`),

  rec('chat_ru', f`Составь, пожалуйста, письмо-допуск на наземную станцию для нового инженера: Алексей Смирнов, паспорт РФ ${ambCat('pii', '45 18 738291')}, загранпаспорт ${v('pii.passport', '758321946')}, дата рождения ${v('pii.date_of_birth', '08.04.1990')}, телефон ${phone('+7 916 418-27-36')}.`, 'Russian internal passport series/number: personal; the international one is labelled as a passport'),

  rec('chat_uk', f`Потрібно оформити перепустку на станцію для підрядника: Олена Коваленко, паспорт ${v('pii.passport', 'FT482736')}, тел. ${phone('+380 67 418 2736')}, ел. пошта ${v('pii.email', 'olena.kovalenko@ukr.net')}. Зроби, будь ласка, коротку заявку.`),

  rec('form_ja', f`定期会員の住所変更フォームの内容を確認してください。
氏名：山本 陽子
生年月日：${v('pii.date_of_birth', '1975年6月18日')}
電話：${phone('090-4182-7365', 'JP')}
メール：${v('pii.email', 'yoko.yamamoto75@docomo.ne.jp')}`),

  rec('chat_ko', f`정기권 회원 환불 안내 문자를 써 주세요. 회원: 김민지, 연락처 ${phone('010-4182-7365', 'KR')}, 이메일 ${v('pii.email', 'minji.kim@naver.com')}. 12월 공연 두 편 취소분입니다.`),

  rec('chat_zh', f`帮我写一封给学员家长的邮件：学员王浩然（出生日期 ${v('pii.date_of_birth', '2006年5月3日')}），家长电话 ${phone('138 1827 4365', 'CN')}，科目二考试改到12月20日。`),

  rec('chat_th', f`ช่วยเขียนข้อความยืนยันการจองที่นั่งให้ลูกค้าหน่อยค่ะ คุณสมชาย ใจดี เบอร์ ${phone('+66 81 418 2736')} อีเมล ${v('pii.email', 'somchai.jaidee@hotmail.co.th')} ที่นั่ง B14–B15 รอบ 7 ธ.ค.`),

  rec('chat_vi', f`Soạn giúp tôi thông báo cho thuyền viên mới: Nguyễn Văn Hùng, CCCD ${ambCat('pii', '092084012736')}, ngày sinh ${v('pii.date_of_birth', '17/10/1992')}, điện thoại ${phone('+84 912 418 273')}. Tàu xuất bến ngày 5/12.`, 'Vietnamese CCCD: personal, no built-in rule'),

  rec('chat_id', f`Tolong buatkan surat keterangan kerja untuk ABK kami: Budi Santoso, NIK ${ambCat('pii', '3273011508850004')}, lahir ${v('pii.date_of_birth', '15 Agustus 1985')}, HP ${phone('+62 812-4182-7365')}.`, 'Indonesian NIK: personal, no built-in rule'),

  rec('chat_tl', f`Pakigawa ng maikling email sa pasyente: anak ni Gng. Maricel Santos, si Miguel (ipinanganak ${v('pii.date_of_birth', 'Marso 9, 2016')}), follow-up sa Disyembre 12. Numero ni Gng. Santos: ${phone('+63 917 418 2736')}.`),

  rec('chat_sw', f`Tafadhali andika barua ya kuthibitisha usajili wa mwanafunzi: Amina Hassan, namba ya simu ${phone('+255 754 318 274')}, barua pepe ${v('pii.email', 'amina.hassan@yahoo.co.tz')}. Mtihani wa vitendo tarehe 14 Desemba.`),

  rec('log_json_en', f`${amb('source_code.snippet', f`{"ts":"2024-12-01T08:14:22Z","svc":"booking","lvl":"warn","msg":"SMS delivery failed","learner_id":44817,"phone":"${phone('+44 7912 418273')}","email":"${v('pii.email', 'harry.lowe07@outlook.com')}","ip":"${amb('pii.ip_address', '86.142.77.19')}"}`)}
Is "phone" in E.164 here or do we still need to strip the +44?`),

  rec('chat_ur', f`براہ کرم ملاح کے لیے تصدیقی خط لکھ دیں: نام محمد عارف، شناختی کارڈ ${ambCat('pii', '42101-8273645-1')}، تاریخ پیدائش ${v('pii.date_of_birth', '12-03-1987')}، فون ${phone('+92 300 4182736')}۔`, 'Pakistani CNIC: personal, no built-in rule'),
];

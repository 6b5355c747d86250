/** Held-out batch 88: personal data in hospice visit notes, permit registers, interpreter rosters, pawn KYC and shipping contacts. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH88_PII: DraftRecord[] = [
  rec('visit_note', f`Please tidy up this visit note for the family letter, keep it kind:
Patient: Margaret Doyle, DOB ${v('pii.date_of_birth', '14/02/1938')}, NHS no. ${v('pii.uk_nhs_number', '943 476 5811')}
Visit 09:40, syringe driver checked, morphine 10mg/24h unchanged. Daughter Clare present (mob ${phone('07723 418592', 'GB')}).
Next visit tomorrow pm.`),

  rec('family_contacts_ie', f`Family contact sheet — Ballymun community palliative care
Next of kin: Pádraig Ó Murchú (son), ${phone('087 918 3746', 'IE')}, ${v('pii.email', 'padraig.omurchu@eircom.net')}
Patient DOB: ${v('pii.date_of_birth', '3 March 1941')}
Can you turn this into a short handover paragraph?`),

  rec('chat_en_in', f`Hospice home visit request from Pune — patient Mr. Suresh Kulkarni, Aadhaar ${v('pii.in_aadhaar', '3918 4720 5614')}, son's mobile ${phone('98214 73650', 'IN')}. Write the intake summary in Marathi and English.`),

  rec('chat_mr', f`रुग्णाचे नाव: सुमन पाटील, जन्मतारीख: ${v('pii.date_of_birth', '12/08/1946')}, आधार: ${v('pii.in_aadhaar', '483029174659')}. घरभेटीचे वेळापत्रक मराठीत लिहा.`),

  rec('chat_en_jm', f`Family in Montego Bay called about Miss Hyacinth's care plan. Contact: ${phone('(876) 876-4291', 'JM')} or ${v('pii.email', 'delroy.campbell77@gmail.com')}. Please draft a callback script.`),

  rec('hr_es', f`Alta de enfermera en el equipo de cuidados paliativos domiciliarios (Sevilla):
Nombre: Rocío Navarro Ruiz
DNI: ${v('pii.es_dni', '48291736Q')}
Fecha de nacimiento: ${v('pii.date_of_birth', '21/06/1989')}
Móvil: ${phone('612 48 39 17', 'ES')}
Redacta el correo de bienvenida.`),

  rec('kyc_pt_br', f`Cadastro de cliente — Ouro & Penhor Campinas
Nome: Marcos Vinícius Almeida
CPF: ${v('pii.br_cpf', '384.726.195-91')}
Nascimento: ${v('pii.date_of_birth', '05/11/1979')}
Celular: ${phone('(11) 98374-2615', 'BR')}
Peça: corrente de ouro 18k, 22,4 g. Me ajuda a calcular o valor do empréstimo com 70% da avaliação?`),

  rec('kyc_it', f`Compro oro Milano — scheda cliente
Sig.ra Laura Bianchi, codice fiscale ${v('pii.it_codice_fiscale', 'BNCLRA85M52H501F')}, tel. ${phone('347 829 3741', 'IT')}
Oggetti: 2 fedi, 1 bracciale. Compila la dichiarazione per la Questura.`),

  rec('permit_nl', f`Vergunninghouder parkeren Utrecht-Oost:
Naam: S. de Boer, BSN ${v('pii.nl_bsn', '192837461')}
Kenteken: 12-XKT-4
Tel: ${phone('06 48392715', 'NL')}
Schrijf een brief dat de vergunning verlengd is.`),

  rec('permit_fr', f`Demande de carte de stationnement handicapé — Mairie de Lyon 3e
Demandeur : Jeanne Morel, NIR ${v('pii.fr_nir', '2 91 04 69 123 456 69')}, née le ${v('pii.date_of_birth', '12/04/1991')}
Téléphone : ${phone('06 12 48 39 75', 'FR')}
Rédige l'accusé de réception.`),

  rec('chat_de_at', f`Bitte schreib eine Terminbestätigung für die Dolmetscherin (Türkisch) beim Landesgericht Graz. Ihre Daten: Ayşe Demir, geb. ${v('pii.date_of_birth', '17.09.1984')}, Tel. ${phone('0664 2839174', 'AT')}, Mail ${v('pii.email', 'a.demir.dolmetsch@gmx.at')}.`),

  rec('hr_de', f`Neue Pflegekraft im ambulanten Hospizdienst Leipzig:
Steuer-ID: ${v('pii.de_steuer_id', '59182374027')}
Geburtsdatum: ${v('pii.date_of_birth', '30.01.1992')}
Handy: ${phone('0151 48392715', 'DE')}
Formuliere eine Einladung zur Einarbeitung.`),

  rec('payroll_uk', f`Payroll query for bank nurse (hospice at home, Leeds): NI number ${v('pii.uk_nino', 'JR 48 29 17 C')}, DOB ${v('pii.date_of_birth', '1985-07-22')}. Her March overtime is missing, draft a reply.`),

  rec('chat_en_us', f`Savannah bookings clerk onboarding — SSN ${v('pii.us_ssn', '412-73-9186')}, personal email ${v('pii.email', 'tkowalski.sav@outlook.com')}. Write the I-9 reminder email.`),

  rec('chat_en_ca', f`Interpreter (Punjabi) for Toronto court, new contractor: SIN ${v('pii.ca_sin', '527 193 049')}, phone ${phone('(416) 839-2741', 'CA')}. Draft her contractor welcome letter.`),

  rec('chat_es_nie', f`Intérprete de rumano para el Juzgado de Alicante: Ioana Popescu, NIE ${v('pii.es_nie', 'Y2058491M')}, tlf ${phone('612 48 39 17', 'ES')}. Escribe la citación.`),

  rec('roster_csv', f`Interpreter roster (hospital pool) — please sort by language:
name,language,phone,email
Kwame Mensah,Twi/English,${phone('+233 24 483 9271')},${v('pii.email', 'kwame.mensah.interp@gmail.com')}
Fatuma Abdi,Somali,${phone('+252 61 4839271')},${v('pii.email', 'fatuma.abdi@translinkpool.org')}
Tigist Alemu,Amharic,${phone('+251 911 483 927')},${v('pii.email', 'tigist.alemu@translinkpool.org')}
Chukwuemeka Obi,Igbo,${phone('+234 803 483 9271')},${v('pii.email', 'c.obi@translinkpool.org')}`),

  rec('chat_sw', f`Mkalimani wa Kiswahili kwa Mahakama: Bi. Neema Mwakyusa, simu ${phone('0712 483 927', 'KE')}, barua pepe ${v('pii.email', 'neema.mwakyusa@yahoo.com')}. Andika barua ya kumthibitishia kazi ya Jumatatu.`),

  rec('chat_yo', f`Jọwọ kọ lẹta fún olùtumọ̀ Yorùbá: Adébáyọ̀ Ogunlesi, nọ́mbà fóònù ${phone('0803 483 9271', 'NG')}, ọjọ́ ìbí ${v('pii.date_of_birth', '09/10/1975')}. Ilé-ẹjọ́ ní Ìbàdàn.`),

  rec('chat_ha', f`Don Allah ka rubuta takardar tabbatarwa ga mai fassara Hausa: Malam Sani Abubakar, lambar waya ${phone('0803 174 8293', 'NG')}, imel ${v('pii.email', 'sani.abubakar.kano@gmail.com')}.`),

  rec('chat_zu', f`Bhala incwadi kumhumushi wesiZulu enkantolo yaseThekwini: Nomvula Dlamini, ucingo ${phone('082 483 9271', 'ZA')}.`),

  rec('chat_sn', f`Nyorera tsamba kumuturikiri weChiShona kuchipatara cheParirenyatwa: VaTendai Moyo, nhamba ${phone('077 483 9271', 'ZW')}.`),

  rec('pawn_kyc_tl', f`Sanglaan — customer record (Quezon City):
Pangalan: Ma. Cristina Dela Cruz
Petsa ng kapanganakan: ${v('pii.date_of_birth', '1990-12-08')}
Passport: ${v('pii.passport', 'P4829173A')}
Cel: ${phone('0917 483 9271', 'PH')}
Paki-translate sa English para sa police report.`),

  rec('pawn_kyc_th', f`ลูกค้าโรงรับจำนำ สาขาเชียงใหม่: นางสาวปิยะนุช ทองดี เกิด ${v('pii.date_of_birth', '14 มีนาคม 2531')} โทร ${phone('081 483 9271', 'TH')} — ช่วยแปลเป็นภาษาอังกฤษสำหรับรายงานตำรวจ`),

  rec('pawn_police_ua', f`Звіт до поліції (скупка золота, Львів): продавець Олександр Коваленко, паспорт ${v('pii.passport', 'FE482917')}, дата народження ${v('pii.date_of_birth', '02.05.1983')}, тел. ${phone('067 483 9271', 'UA')}. Переклади англійською.`),

  rec('pawn_kz', f`Ломбард, Алматы: клиент Айгерім Нұрланқызы, туған күні ${v('pii.date_of_birth', '19.07.1995')}, телефон ${phone('701 483 9271', 'KZ')}. Қазақ және орыс тілдерінде келісім шарт жаз.`),

  rec('permit_ko', f`주차 허가증 신청자: 김민준, 생년월일 ${v('pii.date_of_birth', '1988-03-15')}, 연락처 ${phone('010-4839-2716', 'KR')}, 이메일 ${v('pii.email', 'minjun.kim88@naver.com')}. 승인 안내문을 작성해 주세요.`),

  rec('permit_zh', f`停车许可证持有人：王丽娟，出生日期 ${v('pii.date_of_birth', '1979年6月21日')}，手机 ${phone('139 4839 2716', 'CN')}。请帮我写一封续期通知。`),

  rec('hospice_zh_tw', f`安寧居家護理訪視紀錄：林秀英女士，出生 ${v('pii.date_of_birth', '1936/09/03')}，家屬（女兒）電話 ${phone('0912 483 927', 'TW')}。請整理成給家屬的說明。`),

  rec('hospice_ja', f`訪問看護記録：佐藤 和子様（生年月日 ${v('pii.date_of_birth', '1940年1月18日')}）、長男 佐藤 健一様 連絡先 ${phone('090-4839-2716', 'JP')}。ご家族向けの報告文を丁寧に書いてください。`),

  rec('shipping_contact_vi', f`Liên hệ người nhận hàng lạnh (container RF 40'): anh Nguyễn Văn Hùng, ĐT ${phone('091 483 92 71', 'VN')}, email ${v('pii.email', 'hung.nguyen@thuysanmekong.vn')}. Soạn email thông báo tàu cập cảng Cát Lái.`),

  rec('app_log', f`2025-03-14T08:12:44Z INFO permit.renewal holder_email=${v('pii.email', 'e.lindqvist@telia.se')} phone=${phone('+46 70 483 92 71')} plate=ABC123 zone=S3 status=RENEWED
2025-03-14T08:12:45Z WARN payment.retry holder_email=${v('pii.email', 'e.lindqvist@telia.se')} attempt=2
Why does the retry fire after a successful renewal?`),

  rec('chat_he', f`מתורגמנית לעברית-אמהרית לבית החולים: רחל טספאי, טלפון ${phone('052-483-9271', 'IL')}, תאריך לידה ${v('pii.date_of_birth', '11.11.1987')}. נסח מכתב אישור שיבוץ.`),

  rec('chat_fa', f`مترجم فارسی برای دادگاه: آقای رضا احمدی، تلفن ${phone('0912 483 9271', 'IR')}، ایمیل ${v('pii.email', 'reza.ahmadi.tr@yahoo.com')}. لطفاً نامه تأیید بنویس.`),

  rec('chat_ur', f`ہسپتال کے لیے اردو مترجم: محترمہ عائشہ خان، فون ${phone('0300 4839271', 'PK')}، پیدائش ${v('pii.date_of_birth', '25/12/1990')}۔ تصدیقی خط لکھ دیں۔`),

  rec('chat_bn', f`হসপিস রোগী: শ্রী অমল দাস, জন্মতারিখ ${v('pii.date_of_birth', '01/01/1945')}, আধার ${v('pii.in_aadhaar', '720193846524')}, ছেলের ফোন ${phone('98300 48392', 'IN')}। পরিবারের জন্য বাংলায় চিঠি লিখুন।`),

  rec('chat_ne', f`अनुवादक: श्री राम बहादुर गुरुङ, फोन ${phone('98 4839 2716', 'NP')}। अदालतको लागि पुष्टि पत्र लेख्नुहोस्।`),

  rec('chat_mn', f`Орчуулагч Б. Энхжаргал, утас ${phone('8848 3927', 'MN')}, и-мэйл ${v('pii.email', 'enkhjargal.b@mail.mn')}. Шүүхийн хуралд баталгаажуулах захидал бичнэ үү.`),

  rec('chat_en_ip', f`Permit portal abuse: same holder account logging in from ${amb('pii.ip_address', '185.44.72.19')} and ${amb('pii.ip_address', '10.12.4.88')} within a minute. User: ${v('pii.email', 'kwabena.owusu@parkcity-holders.co.uk')}. Draft a note to the holder.`),
];

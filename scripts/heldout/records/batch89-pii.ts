/** Held-out batch 89: personal data in vet client files, outage callbacks, borrower records, film release forms, HSE rosters and civil registry requests. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH89_PII: DraftRecord[] = [
  rec('ticket_es', f`Ticket #EXO-5521 — Clínica de exóticos
Tutor: Rodrigo Salcedo Peña
Correo: ${v('pii.email', 'rodrigo.salcedo.p@gmail.com')}
Tel: ${phone('+34 612 48 39 07')}
DNI: ${v('pii.es_dni', '48291736Q')}
Paciente: "Pancho", pitón real, 4 años

Resume el caso en dos líneas para el veterinario de guardia: el animal no come desde hace tres semanas.`),

  rec('chat_en', f`Outage callback list for tonight, can you turn it into a table sorted by priority (medical equipment first)?
- Mrs. Jean Okafor, home oxygen concentrator, ${phone('(614) 382-4917', 'US')}
- Leonard Whitcombe, ${amb('pii.phone', '+1 614 555 0142')}
- Marisol Ortega, ${v('pii.email', 'm.ortega1977@outlook.com')}, no phone on file`, '555-0142 is in the fictional 555-01xx range: ambiguous'),

  rec('borrower_record', f`Please rewrite this hardship note in a neutral tone for the file.

Borrower: Keisha Danielle Monroe
SSN: ${v('pii.us_ssn', '512-48-3097')}
DOB: ${v('pii.date_of_birth', '03/17/1996')}
Email: ${v('pii.email', 'keisha.monroe96@yahoo.com')}
Note: borrower lost job at warehouse in August, requests forbearance for 6 months, says she "can't even cover rent".`),

  rec('release_form_pt_br', f`Termo de autorização de uso de imagem — documentário "Rio de Sangue Frio"
Nome: Antônio Carlos Freitas de Souza
CPF: ${v('pii.br_cpf', '529.184.730-14')}
Nascimento: ${v('pii.date_of_birth', '22/08/1968')}
Celular: ${phone('+55 11 98734-2615')}

Revise o português do termo e me diga se falta alguma cláusula.`),

  rec('hr_it', f`Ciao, aggiorna la scheda del nuovo magazziniere (reparto solventi clorurati):
Nome: Marco Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSMRC75C12F205M')}
Data di nascita: ${v('pii.date_of_birth', '12/03/1975')}
Cellulare: ${phone('+39 347 582 9031')}
Patentino ADR: sì, scadenza 2027`),

  rec('registry_fr_sn', f`Bonjour, pouvez-vous vérifier cette demande de publication des bans avant affichage à la mairie ?
Futur époux : Mamadou Lamine Ndiaye, né le ${v('pii.date_of_birth', '14 février 1991')} à Thiès, tél. ${phone('+221 77 418 29 63')}
Future épouse : Awa Diop, née le ${v('pii.date_of_birth', '3 septembre 1994')} à Dakar
Date souhaitée : samedi 21 décembre`),

  rec('hr_fr', f`Peux-tu préparer l'attestation de salaire pour notre monteuse ?
Mme Claire Vandamme
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 04 75 112 034 80')}
Poste : chef monteuse, CDD d'usage, documentaire "Les Fleuves"`),

  rec('hr_de', f`Kannst du aus diesen Stammdaten einen Onboarding-Brief machen? Neue Laborantin im Lager Mannheim:
Name: Jana Hoffmann
Geburtsdatum: ${v('pii.date_of_birth', '09.11.1993')}
Steuer-ID: ${v('pii.de_steuer_id', '47291853648')}
Mobil: ${phone('0151 28473960', 'DE')}`),

  rec('letter_nl', f`Kun je deze brief vriendelijker maken?

Geachte mevrouw De Smet,
Uw huwelijksaangifte is ontvangen. Wij hebben de volgende gegevens genoteerd:
BSN: ${v('pii.nl_bsn', '238491754')}
Geboortedatum: ${v('pii.date_of_birth', '30-06-1989')}
E-mail: ${v('pii.email', 'lies.desmet@telenet.be')}
De voltrekking is gepland op vrijdag 13 december om 14u.`),

  rec('chat_en_in', f`Need help drafting a KYC rejection reason. Applicant for the vet assistant job:
Name: Priya Raghavan
Aadhaar: ${v('pii.in_aadhaar', '4837 2915 0632')}
Mobile: ${phone('+91 98184 27395')}
The photo on the Aadhaar doesn't match the selfie.`),

  rec('nhs_en_gb', f`Can you reword this for the client? "Your cat Biscuit's referral to the exotic & feline unit has been booked." Also the owner asked us to note her own NHS number ${v('pii.uk_nhs_number', '943 817 2653')} because she's immunocompromised (toxoplasmosis risk) — should we even store that?`),

  rec('payroll_uk', f`Payroll query: new camera assistant on the Hebrides shoot, NI number ${v('pii.uk_nino', 'JT 48 29 17 C')}, started 7 Oct. Which tax code do we use for a short-term freelancer on PAYE?`),

  rec('ca_form', f`Borrower in Ontario moved to our servicing. Intake: Étienne Gagnon, SIN ${v('pii.ca_sin', '271 948 366')}, DOB ${v('pii.date_of_birth', '1998-05-04')}, e-mail ${v('pii.email', 'etienne.gagnon98@videotron.ca')}. Which fields can I drop for the US system?`),

  rec('chat_es_nie', f`Necesito un modelo de certificado de matrimonio para extranjeros. Contrayente: Olena Kovalenko, NIE ${v('pii.es_nie', 'Y6015842E')}, pasaporte ucraniano ${v('pii.passport', 'FT482917')}.`),

  rec('chat_uk', f`Допоможіть скласти лист. Клієнтка Оксана Мельник (${v('pii.email', 'oksana.melnyk@ukr.net')}, ${phone('+380 67 418 2937')}) привезла хамелеона з опіками від лампи. Треба пояснити вартість лікування.`),

  rec('chat_ru', f`Составь, пожалуйста, ответ абоненту. Иван Петрович Смирнов, ${phone('+7 916 482-37-19')}, дата рождения ${v('pii.date_of_birth', '12.04.1952')}, жалуется, что свет отключали трижды за неделю, а у него дома аппарат ИВЛ.`),

  rec('csv_export', f`Dedupe this export of exotic-ward clients by e-mail:

${amb('source_code.snippet', f`client_id,name,email,phone,species
C-1021,Hana Dvořáková,${v('pii.email', 'hana.dvorakova@seznam.cz')},${phone('+420 603 481 927')},leguán
C-1022,Peter Horváth,${v('pii.email', 'peter.horvath@azet.sk')},${phone('+421 905 283 714')},korytnačka
C-1023,Hana Dvořáková,${v('pii.email', 'hana.dvorakova@seznam.cz')},,leguán
C-1024,Sára Nováková,${v('pii.email', 'sara.n@centrum.cz')},${phone('+420 723 518 406')},ara`)}`),

  rec('chat_fi', f`Voisitko kirjoittaa tekstiviestin asiakkaalle: Mikko Laaksonen, ${phone('+358 40 728 3916')}. Sähkökatko Kuopion alueella kestää arviolta klo 18 asti.`),

  rec('chat_sv', f`Skriv ett mejl till låntagaren Elin Åkesson (${v('pii.email', 'elin.akesson@telia.se')}) om att hennes betalningsplan har godkänts. Hennes personnummer står i ärendet men behövs inte i mejlet.`),

  rec('chat_tr', f`Müşterimiz Ayşe Yıldız (${phone('+90 532 418 27 93')}, doğum tarihi ${v('pii.date_of_birth', '05.01.1987')}) kaplumbağasının kabuk kırığı için randevu istedi. Kısa bir onay SMS'i yazar mısın?`),

  rec('chat_ar', f`اكتب رسالة تأكيد لموعد عقد القران:
العريس: خالد بن سعيد الشامسي، هاتف ${phone('+971 50 284 1739')}
العروس: مريم عبدالله النعيمي، البريد ${v('pii.email', 'maryam.alnuaimi@gmail.com')}
التاريخ: الخميس ١٢ ديسمبر`),

  rec('chat_he', f`תכתוב לי מייל לבעלת התוכי: רונית אברהמי, ${v('pii.email', 'ronit.avrahami@walla.co.il')}, טלפון ${phone('+972 52-418-2937')}. התוכי צריך ניתוח להסרת גידול.`),

  rec('chat_fa', f`لطفاً یک پیام کوتاه برای مشترک بنویس: آقای رضا کریمی، ${phone('+98 912 284 1739')}، قطعی برق محله تا ساعت ۲۲ ادامه دارد.`),

  rec('chat_bn', f`ঋণগ্রহীতা তানভীর হাসানকে (${phone('+880 1712 284173')}, ${v('pii.email', 'tanvir.hasan.bd@gmail.com')}) একটি ইমেল লিখুন যে তার কিস্তির তারিখ পরিবর্তন করা হয়েছে।`),

  rec('chat_ne', f`कृपया विवाह दर्ताको लागि सूचना लेखिदिनुहोस्: दुलाहा सन्तोष श्रेष्ठ, जन्म मिति ${v('pii.date_of_birth', '1992-07-18')}, फोन ${phone('+977 984-1284173')}।`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งเจ้าของสัตว์หน่อยค่ะ คุณสมชาย ใจดี โทร ${phone('+66 81 284 1739')} อีเมล ${v('pii.email', 'somchai.jaidee@hotmail.com')} เต่าของเขาผ่าตัดเรียบร้อยแล้ว`),

  rec('chat_vi', f`Viết giúp tôi thư mời phỏng vấn cho nhân vật phim tài liệu: bà Nguyễn Thị Lan, sinh ngày ${v('pii.date_of_birth', '02/09/1948')}, điện thoại ${phone('+84 912 284 173')}.`),

  rec('chat_ko', f`화학물질 납품 담당자 연락처 정리해 주세요: 김민준 과장 ${phone('+82 10-2841-7395')}, ${v('pii.email', 'minjun.kim@hanchem.co.kr')}. 엑셀 표로 만들어 주세요.`),

  rec('chat_zh', f`帮我写一封邮件给借款人王丽娜（${v('pii.email', 'wanglina1995@163.com')}，手机 ${phone('+86 138 2841 7395')}），告诉她还款计划已更新。`),

  rec('chat_id', f`Tolong buatkan surat keterangan untuk pemilik hewan: Bapak Agus Santoso, ${phone('+62 812-2841-7390')}, lahir ${v('pii.date_of_birth', '17 Agustus 1980')}. Anjingnya butuh rujukan ke spesialis.`),

  rec('chat_am', f`እባክዎ ለጋብቻ ምዝገባ ማረጋገጫ መልእክት ይጻፉ፡ ሙሽራ ዳዊት ተስፋዬ፣ ስልክ ${phone('+251 91 128 4173')}፣ ኢሜይል ${v('pii.email', 'dawit.tesfaye@gmail.com')}።`),

  rec('chat_af', f`Skryf asseblief 'n SMS aan mnr. Johan van der Merwe (${phone('+27 82 284 1739')}): die kragonderbreking in Stellenbosch sal teen 16:00 herstel wees.`),

  rec('passport_form', f`Visa support letter for our sound recordist travelling to Mongolia for the steppe documentary:
Name: Tomasz Wiśniewski
Passport no.: ${v('pii.passport', 'EJ7391846')}
Date of birth: ${v('pii.date_of_birth', '28 March 1985')}
Phone: ${phone('+48 601 283 947')}
Please draft it on company letterhead wording.`),

  rec('log', f`Why does the registry portal log users' IPs with their e-mail? Excerpt:

${amb('source_code.snippet', f`2024-11-18T09:14:22Z INFO login ok user=${v('pii.email', 'ana.petrovic@gmail.com')} ip=${amb('pii.ip_address', '89.216.44.173')}
2024-11-18T09:14:51Z INFO cert_request type=vencanje user=${v('pii.email', 'ana.petrovic@gmail.com')}
2024-11-18T09:15:03Z WARN login_failed user=${v('pii.email', 'd.jovanovic@eunet.rs')} ip=${amb('pii.ip_address', '109.92.17.40')}`)}`),

  rec('chat_mi', f`Kia ora, tēnā tuhia he īmēra ki a Aroha Ngata (${v('pii.email', 'aroha.ngata@xtra.co.nz')}, ${phone('+64 21 284 1739')}) mō tana tono taurewa ākonga. Kua whakaaetia tana tono.`),

  rec('chat_sm', f`Talofa, fesoasoani e tusi se savali i le tagata o lana manu: Sina Faleolo, telefoni ${phone('+685 72 84173')}. O le manulele ua lelei ma ua mafai ona toe ave i le fale.`),

  rec('hr_ke', f`Nisaidie kuandika barua ya ajira kwa dereva wa malori ya kemikali: Juma Otieno, simu ${phone('+254 712 284173')}, tarehe ya kuzaliwa ${v('pii.date_of_birth', '11/06/1990')}. Kazi inaanza Januari.`, 'DOB in a job letter'),
];

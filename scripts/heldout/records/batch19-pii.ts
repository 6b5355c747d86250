/**
 * Held-out batch 19: personal data of trial participants, passengers and crew, students and
 * parents, site workers, sources and contributors, beneficiaries and field staff. Hand-written;
 * not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH19_PII: DraftRecord[] = [
  rec('screening_log', f`Can you reformat this screening log entry into the sponsor's template (Subject ID / Visit / Eligibility / Comments)?

Site 07 – Royal Infirmary, screening 03/12/2024
Patient: A.M. (female), NHS no. ${v('pii.uk_nhs_number', '485 192 7363')}, DOB ${v('pii.date_of_birth', '14/02/1961')}
eGFR 52, HbA1c 8.1% → meets incl. 3 and 4. Excl. 7 (prior SGLT2i within 12 weeks) — NO.
Consent signed 10:42 by Dr P. Osei. Screening no. S07-019.`),

  rec('icsr_de', f`Bitte fasse diese Spontanmeldung auf Englisch für die ICSR-Narrative zusammen (ohne Reporterdaten):

Meldende Person: Apothekerin Dr. Sabine Krüger, Löwen-Apotheke Hildesheim
Tel. ${phone('0171 4829371', 'DE')}, E-Mail ${v('pii.email', 's.krueger@loewen-apotheke-hi.de')}
Patientin, 67 J., erhielt seit 02.10. Veradinib 40 mg 1x tgl.; am 21.11. ausgeprägter Hautausschlag an Stamm und Armen, Präparat abgesetzt, Besserung nach 5 Tagen. Keine Begleitmedikation bekannt.`),

  rec('manifest_csv', f`Check this charter manifest for the APIS submission — are the DOB and passport formats consistent?

${amb('source_code.snippet', f`SEQ,SURNAME,GIVEN,NAT,DOB,DOC_TYPE,DOC_NO,DOC_EXP
001,OKAFOR,CHIAMAKA,NGA,${v('pii.date_of_birth', '1988-06-23')},P,${v('pii.passport', 'A09482731')},2029-03-11
002,MENSAH,KWAME,GHA,${v('pii.date_of_birth', '1979-11-02')},P,${v('pii.passport', 'G2718394')},2027-08-30
003,LINDQVIST,ERIK,SWE,${v('pii.date_of_birth', '1991-01-17')},P,${v('pii.passport', '94827361')},2031-05-02
004,DA SILVA,MARIANA,BRA,${v('pii.date_of_birth', '2002-09-08')},P,${v('pii.passport', 'GK482917')},2030-12-19`)}`),

  rec('form_fr', f`Peux-tu m'aider à remplir le formulaire d'adhésion à la mutuelle pour une nouvelle PNC ? Voilà ses infos :
Nom : Léa Marchand
Née le ${v('pii.date_of_birth', '7 novembre 1989')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', '2 89 11 69 745 430 75')}
Portable : ${phone('06 12 48 73 95', 'FR')}
Base : CDG, embauche au 01/12/2024`),

  rec('email', f`Can you make this reminder email to a senior's family friendlier? 

"Dear Mr. and Mrs. Alvarez, our records show that Sofia's FAFSA is still incomplete. Please bring her SSN card (we have ${v('pii.us_ssn', '529-48-1736')} on file, please confirm) and your 2023 tax return to the counseling office by Dec 13. Questions: ${v('pii.email', 'counseling@cedarvalley-hs.org')} or ${phone('(559) 482-3170', 'US')}."`),

  rec('iep_notes', f`Summarise these IEP meeting notes into 5 bullet points for the case file:

Student: Jayden Brooks, Gr. 4, DOB ${v('pii.date_of_birth', '05/30/2015')}
Attendees: Ms. Tran (SPED), Mr. Holt (gen ed), parent Keisha Brooks (${phone('+1 202 418 2957')}, ${v('pii.email', 'keishabrooks84@gmail.com')})
Reading fluency up from 62 to 78 wcpm. Continue small-group reading 4x/week. Parent asks about extended time on state testing — team agrees. Next review March.`),

  rec('onboarding_ca', f`Onboarding checklist for the exchange teacher from Ontario, please tell me what's still missing:
- Name: Marc-André Gagnon
- SIN: ${v('pii.ca_sin', '461 827 305')}
- Phone: ${phone('(416) 482-7391', 'CA')}
- Personal email: ${v('pii.email', 'ma.gagnon@sympatico.ca')}
- Teaching certificate: OCT #648201 (copy received)
- TB test: pending`),

  rec('induction_uk', f`Site induction record — Phase 2, Riverside Quarter. Please turn into a short welcome message for the operative (no personal data in the message):

Name: Callum Reid
NI number: ${v('pii.uk_nino', 'JK 47 21 93 C')}
CSCS card: Blue skilled worker, exp 06/2027
Emergency contact: Fiona Reid (wife) ${phone('07412 839516', 'GB')}
Inducted by: T. Mbeki, 02/12/2024`),

  rec('whatsapp_es', f`Buenas, te paso los datos de los 3 encofradores nuevos para el alta en la plataforma de CAE de la obra, ¿me haces un email para el coordinador de seguridad?
- Jorge Medina Ruiz, DNI ${v('pii.es_dni', '12086772L')}
- Ionut Popescu, NIE ${v('pii.es_nie', 'X5657653K')}
- Youssef El Amrani, NIE ${v('pii.es_nie', 'Z6359058T')}
todos empiezan el lunes 9`),

  rec('form_it', f`Mi aiuti a preparare l'elenco lavoratori per la notifica preliminare? Questi sono i dati che ho:
1) Giuseppe Ferraro, CF ${v('pii.it_codice_fiscale', 'FRRGPP82D15H501U')}, carpentiere
2) Sara Conte, CF ${v('pii.it_codice_fiscale', 'CNTSRA91R62F839R')}, geometra di cantiere
Impresa: Ferraresi Costruzioni, cantiere Via Emilia Est 214, Modena`),

  rec('source_notes', f`Tidy up my notes from the call for the editor (keep the source's details, it's only going to the desk):

Source: former county procurement officer, agreed to talk on background.
Reached on ${phone('+254 712 384905')} (WhatsApp), prefers Signal on same number. Personal email ${v('pii.email', 'wanjiru.kamau.k@protonmail.com')}.
Says the tender for the Thika road drainage was awarded 3 days before bids closed. Has the minutes, will send Friday.`),

  rec('contributor_nl', f`Kun je dit omzetten naar het format van de freelance-administratie?
Naam: Sanne de Groot
BSN: ${v('pii.nl_bsn', '511983992')}
Tel: ${phone('06-48273915', 'NL')}
E-mail: ${v('pii.email', 'sanne.degroot@ziggo.nl')}
Opdracht: reportage "Wonen op het water", 1.800 woorden + 6 foto's`),

  rec('registration_in', f`Convert this beneficiary registration into a table with columns Name | Village | Aadhaar | Phone | Household size:

Lakshmi Devi, Bhuj taluka (Kutch), Aadhaar ${v('pii.in_aadhaar', '4829 1736 0143')}, mobile ${phone('+91 98450 37261')}, 5 members
Ramesh Parmar, Anjar, Aadhaar ${v('pii.in_aadhaar', '3741 8290 5613')}, mobile ${phone('+91 94271 58306')}, 3 members`),

  rec('chat_pt_br', f`Oi! Preciso mandar o reembolso de transporte dos participantes do estudo, pode organizar isso numa tabela?
Maria Aparecida Souza – CPF ${v('pii.br_cpf', '500.795.530-28')} – 4 visitas – cel ${phone('(11) 98247-3610', 'BR')}
José Carlos Lima – CPF ${v('pii.br_cpf', '773.578.055-90')} – 3 visitas – cel ${phone('+55 21 3482-7391')}
Valor por visita R$ 60,00`),

  rec('hr_ke', f`Please write a short confirmation of employment letter for our Lodwar field officer:

Name: Peter Ekai Lokwang
Date of birth: ${v('pii.date_of_birth', '12 August 1990')}
Position: WASH Field Officer since 1 March 2021
Phone: ${phone('0722 418390', 'KE')}
Email: ${v('pii.email', 'p.lokwang@wellspring-relief.org')}`),

  rec('volunteers_ph', f`Volunteer list for the Tacloban relief ops day — pa-format lang as a nice table po:

Ana Reyes | ${phone('0917 482 3061', 'PH')} | ${v('pii.email', 'ana.reyes.vol@yahoo.com')} | packing
Mark Dela Cruz | ${phone('+63 917 483 2290')} | ${v('pii.email', 'markdc.tac@gmail.com')} | driver
Joy Bautista | ${phone('+63 918 274 1193')} | — | first aid`),

  rec('chat_es_pe', f`Necesito un correo para la aerolínea pidiendo corregir el nombre en el boleto. Pasajero: Rosa Elvira Quispe Mamani, pasaporte peruano ${v('pii.passport', '118472639')}, fecha de nacimiento ${v('pii.date_of_birth', '03/04/1975')}, celular ${phone('+51 984 127 356')}. En el boleto sale "QUISPE MAMAMI ROSA" con error.`),

  rec('chat_es_mx', f`porfa redacta una respuesta para el cliente, dice que no le llegó la confirmación del paquete a Los Cabos. Su correo es ${v('pii.email', 'lupita.hdz.88@hotmail.com')} y su cel ${phone('+52 55 4821 7390')}. ya revisé y sí se envió el 28/nov`),

  rec('hr_de', f`Bitte formuliere eine Willkommensmail für die neue Laborantin im QC-Labor. Stammdaten:
Name: Katharina Vogt
Geburtsdatum: ${v('pii.date_of_birth', '19.05.1996')}
Steuer-ID: ${v('pii.de_steuer_id', '45711296837')}
Mobil: ${phone('+49 152 2918 4735')}
Eintritt: 06.01.2025, Schichtmodell B`),

  rec('query_it', f`Rispondi in inglese alla query del monitor (CRA), senza riportare dati identificativi:

"Query #4412 – Visita 5, paziente 118-004: data di nascita nel CRF non coincide con il documento sorgente."
Nota interna: nel documento sorgente c'è CF ${v('pii.it_codice_fiscale', 'MRTLSN76B08L736R')}, quindi nato l'${v('pii.date_of_birth', '8 febbraio 1976')}; nel CRF è stato inserito ${amb('pii.date_of_birth', '08/12/1976')} per errore.`),

  rec('chat_ja', f`お客様からのメールに返信したいです。丁寧な日本語でお願いします。お客様：佐藤 美咲様、メール ${v('pii.email', 'misaki.sato0412@docomo.ne.jp')}、電話 ${phone('090-4827-3915', 'JP')}。マイルの積算が反映されていないとのこと（11月20日 羽田→ロンドン便）。`),

  rec('chat_ko', f`학부모님께 보낼 상담 일정 안내 문자 좀 써 주세요. 대상: 3학년 2반 김민준 학생 어머니, 연락처 ${phone('010-4827-3915', 'KR')}, 이메일 ${v('pii.email', 'minjun.mom@naver.com')}. 상담은 12월 11일 오후 4시입니다.`),

  rec('chat_zh', f`帮我把这位旅客的信息整理成签证邀请函的格式：陈伟，男，出生日期 ${v('pii.date_of_birth', '1984年3月15日')}，护照号 ${v('pii.passport', 'E48291736')}，手机 ${phone('138 4827 3915', 'CN')}，前往伦敦参加建筑信息模型（BIM）年会。`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งผู้รับเหมาช่วงว่าเปลี่ยนผู้ประสานงานหน้างานแล้ว ผู้ประสานงานคนใหม่คือ คุณสมชาย วงศ์ใหญ่ โทร ${phone('081 482 7391', 'TH')} อีเมล ${v('pii.email', 'somchai.w@kestrel-build.co.th')}`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp untuk relawan posko banjir di Demak, isinya: koordinator lapangan sekarang Ibu Siti Rahmawati, nomor ${phone('0812-4827-3915', 'ID')}, email ${v('pii.email', 'siti.rahmawati@wellspring-relief.org')}. Mulai besok jam 7 pagi.`),

  rec('chat_ms', f`Boleh tolong tulis emel kepada pelanggan? Penumpang Encik Ahmad Faizal bin Roslan (${phone('012-482 7391', 'MY')}) minta tukar tarikh penerbangan KUL–MEL dari 20 Dis ke 22 Dis. Tambang beza RM 380.`),

  rec('chat_fa', f`لطفاً یک نامه دعوت برای ویزای همکارمان به انگلیسی بنویس: خانم مریم رضایی، شماره گذرنامه ${v('pii.passport', 'K48291736')}، تاریخ تولد ${v('pii.date_of_birth', '1987/09/22')}، تلفن ${phone('+98 912 418 2739')}. برای کارگاه آموزشی سازمان در عمّان، ۱۵ تا ۱۹ ژانویه.`),

  rec('chat_bn_en', f`Dada, amader Sylhet stringer er contact ta update kore dao desk sheet e: Rafiqul Islam, ${phone('+880 1712-418293')}, ${v('pii.email', 'rafiq.sylhet.news@gmail.com')}. Flood coverage er jonno ei week e 3 ta story dibe.`),

  rec('log', f`Why are there so many failed logins on the LMS this morning? Is it one person or an attack?

${amb('source_code.snippet', f`2024-12-04 07:02:11 auth FAIL user=${v('pii.email', 'd.nguyen@students.cvusd.org')} ip=${amb('pii.ip_address', '73.158.42.19')} reason=bad_password
2024-12-04 07:02:14 auth FAIL user=${v('pii.email', 'd.nguyen@students.cvusd.org')} ip=${amb('pii.ip_address', '73.158.42.19')} reason=bad_password
2024-12-04 07:03:40 auth FAIL user=${v('pii.email', 'm.ortiz@students.cvusd.org')} ip=${amb('pii.ip_address', '185.243.115.7')} reason=unknown_user
2024-12-04 07:03:41 auth FAIL user=${v('pii.email', 'a.patel@students.cvusd.org')} ip=${amb('pii.ip_address', '185.243.115.7')} reason=unknown_user
2024-12-04 07:03:41 auth OK   user=${v('pii.email', 'j.kim@cvusd.org')} ip=${amb('pii.ip_address', '10.12.0.44')}`)}`),

  rec('apprentice_au', f`G'day, can you write up a short bio for the apprentice of the month in the newsletter? Details: Liam O'Sullivan, born ${v('pii.date_of_birth', '3 July 2005')}, 2nd year carpentry apprentice on the Parramatta job, mob ${phone('0412 482 739', 'AU')}. Leave out the birthday and number in the bio obviously, just age.`),

  rec('chat_pl', f`Pomóż mi napisać krótką notatkę do kadr: pan Tomasz Wróbel (PESEL ${ambCat('pii', '85061412937')}, tel. ${phone('512 384 927', 'PL')}) od poniedziałku przechodzi z budowy w Gliwicach na budowę w Katowicach.`, 'PESEL: personal, but no built-in rule claims it'),

  rec('occ_health', f`Occupational health referral for a lab technician with a suspected latex allergy — please make it more formal:

Employee: Mr Daniel Osei, QC microbiology
NHS number ${v('pii.uk_nhs_number', '4019273642')}
DOB ${v('pii.date_of_birth', '22/10/1984')}
Symptoms: contact urticaria on both hands after glove change, 3 episodes since October.`),

  rec('chat_fr_qc', f`Peux-tu m'écrire un courriel pour la paie? La nouvelle agente de bord commence lundi : Mélanie Côté, NAS ${v('pii.ca_sin', '273 918 458')}, cellulaire ${phone('(514) 872-4193', 'CA')}. Il faut l'ajouter au dépôt direct avant la paie du 20.`),

  rec('chat_uk', f`Допоможи оформити анкету біженки для програми грошової допомоги (англійською): Олена Коваленко, дата народження ${v('pii.date_of_birth', '02.03.1983')}, паспорт ${v('pii.passport', 'FX482917')}, телефон ${phone('+380 67 418 2397')}, двоє дітей, зараз у Ряшеві.`),

  rec('chat_fr_sn', f`Bonjour, rédige un court message pour présenter notre nouvelle point focal à Ziguinchor aux partenaires : Mme Awa Diop, tél. ${phone('+221 77 418 23 95')}, courriel ${v('pii.email', 'awa.diop@wellspring-relief.org')}. Elle remplace M. Ndiaye à partir du 1er janvier.`),

  rec('signature_ng', f`Please shorten my email signature, it's too long:

Adebayo Ogunleye
Senior Correspondent, Business Desk
The Harbour Ledger – West Africa Bureau
Mobile: ${phone('+234 803 418 2941')}
${v('pii.email', 'a.ogunleye@harbourledger.com')}
Twitter/X: @adebayo_writes
"Follow the money, then follow it again."`),

  rec('i9_note', f`HR note for the new ramp agent at ORD — rewrite as a checklist for the hiring manager:
Employee: Marcus Bell, SSN ${v('pii.us_ssn', '318-62-0947')}, DOB ${v('pii.date_of_birth', '11/09/1998')}. I-9 List A doc: US passport ${v('pii.passport', '548193027')}, exp 2031. E-Verify case pending, badge appointment Thu.`),
];

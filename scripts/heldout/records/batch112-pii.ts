/**
 * Held-out batch 112: personal data from transplant coordination, social-housing applications,
 * loyalty-fraud investigations, ethics-committee correspondence, warehouse shift rosters and LP
 * contact lists. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH112_PII: DraftRecord[] = [
  rec('handover_en_gb', f`Transplant coordinator handover – night of 11/12 March

Recipient on call-in list: Mr Graham Pollard, DOB ${v('pii.date_of_birth', '14/08/1967')}, NHS no. ${v('pii.uk_nhs_number', '240 548 8825')}
Blood group O, cRF 34 %, on HD Mon/Wed/Fri at Royal Wessex.
Mobile ${phone('07911 284563', 'GB')} (wife answers if he's asleep), landline ${phone('020 3871 4429', 'GB')}
Offer from NHSBT 23:40, donor DBD, virtual crossmatch negative.

Please turn this into a structured SBAR note.`),

  rec('letter_en_gb', f`Can you simplify this letter for a patient with low literacy?

"Dear Ms Adeyemi (NHS number ${v('pii.uk_nhs_number', '4476299547')}, National Insurance number ${v('pii.uk_nino', 'JT 48 27 16 C')}), following your assessment for the living-donor programme we are pleased to confirm that you are medically suitable to donate a kidney to your brother. Your travel expenses will be reimbursed…"`),

  rec('csv_de', f`Bitte die Liste nach Dringlichkeit sortieren und eine Telefonliste für die Bereitschaft machen:

${amb('source_code.snippet', f`ET-Nr;Name;Geburtsdatum;Blutgruppe;Telefon;Dialysezentrum
ET-0481273;Brigitte Hollmann;${v('pii.date_of_birth', '03.02.1958')};A;${phone('0521 73 84 91', 'DE')};KfH Bielefeld
ET-0520914;Mehmet Yıldırım;${v('pii.date_of_birth', '21.11.1979')};0;${phone('0171 4839265', 'DE')};Nephrocare Herford
ET-0533802;Jana Kowalczyk;${v('pii.date_of_birth', '09.06.1990')};B;${phone('030 2589 4417', 'DE')};Dialyse Charlottenburg`)}`),

  rec('chat_fr', f`Je dois écrire au patient pour lui dire qu'il est inscrit sur liste d'attente de greffe rénale. Ses infos : M. Alain Marchetti, né le ${v('pii.date_of_birth', '7 avril 1979')}, NIR ${v('pii.fr_nir', '1 85 11 33 048 919 83')}, tél. ${phone('06 42 18 73 95', 'FR')}. Ton rassurant, pas trop médical.`),

  rec('chat_it', f`Mi prepari la lettera di convocazione per il colloquio di idoneità al trapianto? Paziente: Giulia Bernardi, codice fiscale ${v('pii.it_codice_fiscale', 'BRNGLI84D52F205O')}, cellulare ${phone('347 218 9034', 'IT')}, mail ${v('pii.email', 'giulia.bernardi84@libero.it')}.`),

  rec('form_es', f`Solicitud de vivienda protegida – expediente VPO-2025-00412
Solicitante: Javier Morales Peña
DNI: ${v('pii.es_dni', '11037981M')}
Fecha de nacimiento: ${v('pii.date_of_birth', '23/05/1986')}
Teléfono: ${phone('612 384 907', 'ES')}
Cónyuge: Fatima Zahra El Amrani, NIE ${v('pii.es_nie', 'X5969321Q')}
Ingresos unidad familiar 2024: 21.480 €

¿Falta algún documento para baremar la solicitud?`),

  rec('chat_ca', f`Em pots ajudar a redactar un correu per demanar a la sol·licitant d'habitatge social que aporti el certificat d'empadronament? Dades: Núria Vilaró i Puig, NIE ${v('pii.es_nie', 'Y3549296L')}, telèfon ${phone('91 428 37 16', 'ES')}, correu ${v('pii.email', 'nuria.vilaro@gmail.com')}.`),

  rec('email_nl', f`Hoi, kun je dit bericht van een woningzoekende in het Engels vertalen voor mijn collega?

"Goedendag, mijn naam is Samira Bouzid, BSN ${v('pii.nl_bsn', '324832175')}, geboren ${v('pii.date_of_birth', '12 januari 1992')}. Ik sta sinds 2019 ingeschreven als woningzoekende en heb nu een urgentieverklaring gekregen. U kunt mij bellen op ${phone('06 2847 1930', 'NL')}."`),

  rec('chat_de', f`Ich brauche ein Anschreiben an eine Antragstellerin für den Wohnberechtigungsschein: Frau Katarina Petrović, geb. ${v('pii.date_of_birth', '30.09.1975')}, Steuer-ID ${v('pii.de_steuer_id', '53278691451')}. Sie muss den Einkommensnachweis 2024 nachreichen. Freundlich, einfache Sprache.`),

  rec('casework_us', f`Summarise this case note for the housing authority's weekly review:

Applicant: Denise Carter, SSN ${v('pii.us_ssn', '412-83-7290')}, DOB ${v('pii.date_of_birth', '02/19/1981')}, phone ${phone('(415) 839-2716', 'US')}. Currently in emergency shelter with 2 children (ages 4 and 9). Section 8 voucher expired 01/2025. Priority: homeless preference.`),

  rec('chat_en_ca', f`Landlord reference form for a social housing applicant in Vancouver — please make it bilingual EN/FR. Applicant: Marc-André Gagnon, SIN ${v('pii.ca_sin', '726 639 255')}, cell ${phone('+1 604 283 7419')}.`),

  rec('chat_en_in', f`Please prepare the address verification letter for the applicant under the municipal housing scheme. Name: Lakshmi Narayanan, Aadhaar ${v('pii.in_aadhaar', '4271 7293 7454')}, mobile ${phone('+91 98450 23817')}. She is residing at Kodambakkam since 2015.`),

  rec('chat_ta', f`சமூக வீட்டு ஒதுக்கீட்டு விண்ணப்பதாரர் திருமதி செல்வி முருகன், ஆதார் எண் ${v('pii.in_aadhaar', '5547 0745 6926')}, கைபேசி ${phone('+91 44 2847 3916')}. அவருக்கு ஆவணங்களைச் சமர்ப்பிக்க நினைவூட்டல் கடிதம் தமிழில் எழுதுங்கள்.`),

  rec('chat_pt_br', f`Preciso de um e-mail para o candidato à moradia popular pedindo comprovante de renda. Dados: Rodrigo Nascimento, CPF ${v('pii.br_cpf', '509.693.138-29')}, celular ${phone('(11) 98247-3916', 'BR')}, nascido em ${v('pii.date_of_birth', '17/10/1988')}.`),

  rec('fraud_note', f`Account takeover – member NV-61720943
Legit member: Priya Raman, ${v('pii.email', 'priya.raman@outlook.com')}, ${phone('+61 7 3284 7391')}
Attacker changed e-mail to ${v('pii.email', 'miles.redeem.fast@proton.me')} and phone to ${phone('+234 803 284 7391')} on 09 Mar 02:14 UTC from ${amb('pii.ip_address', '102.89.47.210')}.
Award tickets booked: 2× SYD–SIN in names "Adewale Okon" and "Chinedu Eze", passport nos. ${v('pii.passport', 'A09418273')} and ${v('pii.passport', 'B50283916')}.

Draft a message to the member confirming we restored the account.`),

  rec('log_json', f`Why are there so many password resets from the same IP? Extract of auth logs:

${amb('source_code.snippet', f`{"ts":"2025-03-09T02:11:03Z","event":"pwd_reset_req","member":"NV-61720943","email":"${v('pii.email', 'priya.raman@outlook.com')}","ip":"${amb('pii.ip_address', '102.89.47.210')}","ua":"okhttp/4.9.2"}
{"ts":"2025-03-09T02:11:40Z","event":"pwd_reset_req","member":"NV-40918823","email":"${v('pii.email', 'tomas.herrera@yahoo.es')}","ip":"${amb('pii.ip_address', '102.89.47.210')}","ua":"okhttp/4.9.2"}
{"ts":"2025-03-09T02:12:17Z","event":"pwd_reset_req","member":"NV-33150294","email":"${v('pii.email', 'k.lindqvist@telia.com')}","ip":"${amb('pii.ip_address', '2c0f:f5c0:440:b1e::3a')}","ua":"okhttp/4.9.2"}`)}`),

  rec('chat_ko', f`마일리지 부정 사용 의심 회원에게 본인 확인 요청 메일을 써 주세요. 회원 이름: 김민준, 여권번호 ${v('pii.passport', 'M48271936')}, 휴대폰 ${phone('010-2847-3916', 'KR')}, 이메일 ${v('pii.email', 'minjun.kim@naver.com')}. 정중하게 부탁드립니다.`),

  rec('chat_ja', f`ロイヤルティ会員から「身に覚えのない特典航空券の発券がある」と連絡がありました。会員：佐藤 由美子様、生年月日 ${v('pii.date_of_birth', '1983年6月2日')}、電話 ${phone('090-2847-3916', 'JP')}。お詫びと調査開始のご連絡文を作成してください。`),

  rec('chat_vi', f`Viết giúp tôi email xác minh danh tính cho hội viên: Nguyễn Thị Thu Hà, hộ chiếu số ${v('pii.passport', 'C7281936')}, điện thoại ${phone('091 284 7391', 'VN')}. Tài khoản dặm thưởng bị đổi mật khẩu lúc nửa đêm.`),

  rec('chat_th', f`ช่วยร่างข้อความถึงผู้สมัครขอเช่าเคหะชุมชน คุณสมชาย ใจดี เบอร์โทร ${phone('081 284 7391', 'TH')} อีเมล ${v('pii.email', 'somchai.jaidee@hotmail.com')} ว่าเอกสารรับรองรายได้ยังไม่ครบ`),

  rec('roster_pl', f`Zrób z tego grafik dyżurów na weekend dla operatorów robotów w magazynie:

Imię i nazwisko | telefon | e-mail
Paweł Zieliński | ${phone('512 384 907', 'PL')} | ${v('pii.email', 'p.zielinski@kargo-logistics.pl')}
Ewelina Nowak | ${phone('+48 601 284 739')} | ${v('pii.email', 'e.nowak@kargo-logistics.pl')}
Dmytro Koval | ${phone('+380 67 284 3917')} | ${v('pii.email', 'd.koval@kargo-logistics.pl')}`),

  rec('chat_uk', f`Допоможіть скласти лист працівнику складу про нічну зміну. Дмитро Коваль, дата народження ${v('pii.date_of_birth', '04.12.1994')}, телефон ${phone('067 284 3917', 'UA')}, паспорт ${v('pii.passport', 'FC482719')}. Потрібно підтвердити дозвіл на роботу в Польщі.`),

  rec('ethics_mail', f`Please polish this reply from the research ethics committee secretariat:

"Dear Prof. Lindahl, the committee reviewed protocol REC-2025-118 ('Remote monitoring after kidney transplantation') on 4 March. Please send the revised participant information sheet to ${v('pii.email', 'rec-secretariat@uh-nordvik.no')} or call me on ${phone('928 47 391', 'NO')}. Kind regards, Ingrid Solberg, committee secretary"`),

  rec('chat_nb', f`Kan du oversette denne e-posten fra en deltaker til engelsk? Hun vil trekke samtykket sitt fra studien: "Hei, jeg heter Marte Hansen, født ${v('pii.date_of_birth', '19.07.1971')}, og deltar i nyretransplantasjonsstudien. Jeg ønsker ikke lenger å være med. Ring meg gjerne på ${phone('+47 928 47 391')}."`),

  rec('signature_en_za', f`Fix the formatting of my email signature please:

Thandiwe Mokoena | Research Ethics Officer
Faculty of Health Sciences Research Ethics Committee
T ${phone('+27 21 284 7391')} | M ${phone('082 384 7193', 'ZA')}
${v('pii.email', 'thandiwe.mokoena@uct-hsrec.ac.za')}`),

  rec('lp_contacts_csv', f`Dedupe this LP contact list for the fund's annual meeting invitations:

${amb('source_code.snippet', f`investor,contact,email,phone
Ontario Teachers' Co-Invest,Sarah Whitfield,${v('pii.email', 'swhitfield@otc-invest.ca')},${phone('(514) 283-7419', 'CA')}
Kommunal Pensjon,Eirik Bakken,${v('pii.email', 'eirik.bakken@kommunalpensjon.no')},${phone('+47 928 47 391')}
Ontario Teachers' Co-Invest,S. Whitfield,${v('pii.email', 'swhitfield@otc-invest.ca')},${phone('+1 514 283 7419')}
Stiftung Alpenvorsorge,Dr. Lukas Brunner,${v('pii.email', 'l.brunner@alpenvorsorge.ch')},${phone('079 284 73 91', 'CH')}`)}`),

  rec('chat_ka', f`გთხოვთ, დაწერეთ წერილი სოციალური საცხოვრებლის განმცხადებლისთვის: ნინო ბერიძე, პირადი ნომერი ${ambCat('pii', '01024083917')}, ტელ. ${phone('599 12 84 37', 'GE')}. მას სჭირდება შემოსავლის ცნობის წარდგენა.`, 'Georgian personal number: no built-in rule, ambiguous'),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն․ «Դիմող՝ Արմեն Սարգսյան, ծնված ${v('pii.date_of_birth', '12.03.1987')}, հեռ. ${phone('091 284731', 'AM')}, անձնագիր ${v('pii.passport', 'AR0482719')}։ Ընտանիքը բաղկացած է 4 անդամից։»`),

  rec('chat_az', f`Sosial mənzil növbəsində olan ərizəçiyə məktub yazın: Leyla Məmmədova, doğum tarixi ${v('pii.date_of_birth', '05.08.1990')}, telefon ${phone('050 284 73 91', 'AZ')}. Sənədlərin çatışmadığını nəzakətlə bildirin.`),

  rec('chat_fa', f`لطفاً یک نامه رسمی برای متقاضی مسکن اجتماعی بنویسید: آقای رضا کریمی، تاریخ تولد ${v('pii.date_of_birth', '1360/04/12')}، شماره تماس ${phone('0912 284 7391', 'IR')}، ایمیل ${v('pii.email', 'reza.karimi1360@gmail.com')}. باید مدارک درآمد را ارسال کند.`),

  rec('chat_sw', f`Tafadhali andika ujumbe mfupi kwa mfanyakazi wa ghala: Juma Mwangi, simu ${phone('0712 384 719', 'KE')}, barua pepe ${v('pii.email', 'juma.mwangi@kargo-ke.co.ke')}. Zamu yake ya usiku imebadilishwa kuanzia Jumatatu.`),

  rec('chat_mi', f`Kia ora, can you help me write a letter in te reo Māori and English to a whānau on the social housing register? Contact: Aroha Ngata, ph ${phone('021 284 7391', 'NZ')}, email ${v('pii.email', 'aroha.ngata@xtra.co.nz')}. Their offer for a 3-bedroom in Porirua is ready.`),

  rec('chat_sm', f`Fa'amolemole fesoasoani e tusi se tusi i le gagana Samoa mo Sione Tuilagi (telefoni ${phone('+685 72 84731')}), o le na talosaga mo se fale i le polokalame a le aai. E mana'omia lona pepa fa'amaonia o tupe maua.`),

  rec('chat_yo', f`Ẹ jọ̀ọ́ ẹ ràn mí lọ́wọ́ láti kọ lẹ́tà sí olùbẹ̀wẹ̀ fún ilé ìjọba: Adebayo Ogunleye, nọ́mbà fóònù ${phone('0803 284 7391', 'NG')}, ìwé ìrìnnà ${v('pii.passport', 'A10482739')}. Ó nílò láti mú ìwé owó-oṣù wá.`),

  rec('chat_bg', f`Моля, напиши писмо до кандидат за общинско жилище: Георги Иванов, ЕГН ${ambCat('pii', '8703124816')}, тел. ${phone('0888 284 739', 'BG')}. Трябва да представи удостоверение за доходи.`, 'Bulgarian EGN: no built-in rule, ambiguous'),
];

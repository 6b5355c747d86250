/**
 * Held-out batch 113: personal data in passenger manifests, home-dialysis visit lists, microinsurance
 * enrolments, musicians' contracts and visa lists, site inductions and consumer complaints. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const passport = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH113_PII: DraftRecord[] = [
  rec('manifest_en_gb', f`French border police want the manifest in their template. Can you reorder the columns to: surname, first name, DOB, nationality, document no.?

${amb('source_code.snippet', f`booking\tname\tdob\tnationality\tpassport\tmobile
PB-884301\tGrace Whitmore\t${dob('14/02/1979')}\tGBR\t${passport('548291736')}\t${phone('07723 918462', 'GB')}
PB-884301\tOliver Whitmore\t${dob('03/11/2011')}\tGBR\t${passport('561930284')}\t
PB-884322\tKwabena Asante\t${dob('22/07/1986')}\tGHA\t${passport('G2948173')}\t${phone('+233 24 482 7391')}`)}`),

  rec('chat_sv', f`Kan du skriva ett sms till en kund om att hennes husbil inte får plats på avgången 14:15 Trelleborg–Rostock? Hon heter Ingrid Nyberg, mobil ${phone('+46 70 482 91 73')}, mejl ${email('ingrid.nyberg@telia.se')}. Erbjud 18:30 utan extra kostnad.`),

  rec('visit_list_en_gb', f`Home haemodialysis machine visits for next week, can you plan the route from Reading to minimise driving?

1. Mrs Patricia Dunmore, NHS No ${v('pii.uk_nhs_number', '485 021 7397')}, 14 Elm Close, Newbury RG14 — tel ${phone('01635 482917', 'GB')} — annual PM + RO filter
2. Mr Rajesh Varma, NHS No ${v('pii.uk_nhs_number', '943 817 2602')}, Basingstoke RG21 — tel ${phone('07723 481920', 'GB')} — alarm "low conductivity" recurring
3. Mr Colin Reeves, NHS No ${v('pii.uk_nhs_number', '612 093 8478')}, Wokingham RG40 — carer's number ${phone('0118 496 7321', 'GB')} — swap pump

Patients prefer mornings, Mr Varma dialyses Mon/Wed/Fri from 14:00.`),

  rec('chat_de', f`Kannst du mir eine Terminbestätigung formulieren? Patientin: Frau Hildegard Sommer, geb. ${dob('07.05.1951')}, Heimdialyse seit 2019, Telefon ${phone('0171 4829375', 'DE')}. Techniker kommt am Dienstag zwischen 8 und 10 Uhr für den Austausch der Wasseraufbereitung. Bitte freundlich und in großer Schrift-tauglicher Kurzform.`),

  rec('contract_fr', f`Peux-tu vérifier que ce contrat d'engagement d'artiste est complet avant envoi ?

Artiste : Mme Camille Marchetti, violoncelliste
Né(e) le : ${dob('19 août 1992')} à Lyon
N° de sécurité sociale : ${v('pii.fr_nir', '2 92 08 13 055 178 34')}
Adresse e-mail : ${email('camille.marchetti@orange.fr')}
Téléphone : ${phone('+33 6 48 29 17 35')}
Cachet : 3 services à 310 € bruts (intermittente du spectacle)`),

  rec('chat_es_es', f`Necesito rellenar el alta en la Seguridad Social del solista invitado para el concierto de Valencia. Datos: Andrés Beltrán Ochoa, DNI ${v('pii.es_dni', '48291736Q')}, nacido el ${dob('2 de marzo de 1984')}. Y su pianista acompañante, Elena Morozova, con NIE ${v('pii.es_nie', 'X4829173R')}. ¿Qué más campos hacen falta?`),

  rec('chat_it', f`Devo inserire il nuovo tecnico dell'assistenza dialisi nel gestionale. Nome: Giuseppe Ferrari, codice fiscale ${v('pii.it_codice_fiscale', 'FRRGPP78M14L219X')}, cellulare ${phone('+39 06 4829 3716')}, mail ${email('g.ferrari@tecnodialisi.it')}. Mi prepari la mail di benvenuto con le credenziali da ritirare di persona?`),

  rec('induction_nl', f`Aanmeldformulier veiligheidsinstructie – bouwplaats datacenter Eemshaven

Naam: Sander Mulder
Geboortedatum: ${dob('11-09-1990')}
BSN: ${v('pii.nl_bsn', '193728461')}
Werkgever: Mulder Steigerbouw B.V.
Noodcontact: Femke Mulder, ${phone('06-48291736', 'NL')}
VCA-diploma geldig tot: 03-2026

Kun je dit omzetten naar een nette tabel voor het toegangssysteem?`),

  rec('chat_hi_en', f`Ek farmer ka health cover enrolment adhura reh gaya. Details: Ramesh Yadav, Aadhaar ${v('pii.in_aadhaar', '4830 2917 4659')}, mobile ${phone('+91 98450 27316')}, DOB ${dob('12-01-1974')}. Payment UPI se ho gaya par policy generate nahi hui. Customer ko Hindi mein kya message bhejein?`),

  rec('chat_bn', f`আমাদের মাইক্রো-ইনস্যুরেন্স এজেন্ট একটি নতুন গ্রাহকের তথ্য পাঠিয়েছে: নাম রহিমা খাতুন, জাতীয় পরিচয়পত্র নম্বর ${ambCat('pii', '4829173650')}, মোবাইল ${phone('+880 1712-483927')}। তাকে বাংলায় একটি স্বাগত এসএমএস লিখে দিন, যেখানে বলা থাকবে যে ফসল বিমা ১ জুলাই থেকে চালু হবে।`),

  rec('chat_ta', f`வணக்கம், எங்கள் சுகாதார காப்பீட்டு வாடிக்கையாளர் ஒருவர் கோரிக்கை அனுப்பியுள்ளார். பெயர்: செல்வி முருகன், ஆதார் எண் ${v('pii.in_aadhaar', '7392 0184 6526')}, தொலைபேசி ${phone('+91 44 2839 4716')}. மருத்துவமனை ரசீதுகள் இன்னும் வரவில்லை என்று தமிழில் ஒரு பணிவான பதில் எழுதுங்கள்.`),

  rec('chat_te', f`నమస్తే, పంట బీమా క్లెయిమ్ కోసం రైతు వివరాలు: కొండయ్య రెడ్డి, ఆధార్ ${v('pii.in_aadhaar', '5917 3028 4618')}, ఫోన్ ${phone('+91 80 4928 3716')}. వడగళ్ల వాన వల్ల 2 ఎకరాల వరి పంట నష్టం. దీన్ని ఇంగ్లీష్‌లో క్లెయిమ్ నోట్‌గా రాయండి.`),

  rec('complaint_en_us', f`Complaint #CP-24-11873 (identity theft / unauthorized account)

Consumer: Denise Harrow
SSN provided: ${v('pii.us_ssn', '418-72-3095')}
DOB: ${dob('06/21/1968')}
Phone: ${phone('+1 312 748 2916')}
Email: ${email('dharrow68@gmail.com')}
Narrative: Consumer states a buy-now-pay-later account was opened in her name in August. She never applied. The company keeps sending her to collections.

Summarise the narrative for the referral letter to the company. Do NOT include the SSN or DOB.`),

  rec('hr_en_us', f`Can you turn this into a cleaner onboarding checklist? New field service tech for the Midwest region:
- Name: Marcus Ellery
- SSN: ${v('pii.us_ssn', '527-30-8841')}
- Start date: Oct 7
- Cell: ${phone('(646) 823-4179', 'US')}
- Territory: dialysis clinics in Ohio and Indiana, company van #14
- Needs: OSHA 10 refresher, water-system certification`),

  rec('complaint_en_ca', f`Referral summary, please rewrite in plain language for the complainant:

File 2024-QC-0931 — Mr Étienne Girard (SIN ${v('pii.ca_sin', '582 739 108')}, tel. ${phone('+1 604 829 4716')}) reports that a phone-sold travel-insurance policy was added to his credit card without consent. The seller recorded a "yes" that he says was an answer to a different question.`),

  rec('complaint_pt_br', f`Procon – registro de atendimento

Consumidor: Fernando Alves Pereira
CPF: ${v('pii.br_cpf', '472.918.305-32')}
Celular: ${phone('+55 21 98473-2916')}
E-mail: ${email('fernando.pereira@uol.com.br')}
Relato: operadora de seguro de celular recusa cobertura de roubo alegando "falta de boletim", mas o B.O. foi enviado duas vezes.

Redija uma carta de notificação à seguradora com prazo de 10 dias.`),

  rec('visa_list_ko', f`다음 달 서울 공연 비자 신청용 단원 명단입니다. 영어로 표 형식으로 정리해 주세요.

- 김서연 (바이올린), 여권번호 ${passport('M48291736')}, 생년월일 ${dob('1993.04.17')}
- 박지훈 (첼로), 여권번호 ${passport('M73019284')}, 생년월일 ${dob('1988.12.02')}
- 연락 담당: 이민정 ${phone('+82 10-4829-3716')}`),

  rec('rooming_zh_tw', f`請幫我把台北巡演的房間分配表整理成英文給飯店：

林怡君（長笛）護照號碼 ${passport('348291736')}，手機 ${phone('+886 912 483 726')}
陳冠宇（小號）護照號碼 ${passport('351920847')}
兩人同住一間雙床房，入住 11/14，退房 11/17。`),

  rec('chat_th', f`ช่วยแปลรายชื่อผู้โดยสารเรือเฟอร์รี่ไปเกาะเต่าเป็นภาษาอังกฤษให้หน่อย
1. นายสมชาย ใจดี หนังสือเดินทาง ${passport('AA4829173')} เบอร์ ${phone('+66 81 482 7391')}
2. นางสาวพิมพ์ชนก ใจดี เกิดวันที่ ${dob('5 มีนาคม 2538')}`),

  rec('chat_vi', f`Chị ơi, viết giúp em thư trả lời người khiếu nại: anh Trần Văn Hùng, số điện thoại ${phone('+84 912 483 726')}, email ${email('tranvanhung.hn@gmail.com')}. Anh ấy phản ánh công ty bảo hiểm bán qua điện thoại tự gia hạn hợp đồng mà không hỏi ý kiến.`),

  rec('agents_id', f`Daftar agen lapangan asuransi mikro wilayah NTB, tolong urutkan berdasarkan jumlah polis:

${amb('source_code.snippet', f`nama,no_hp,email,polis_bulan_ini
Siti Rahmawati,${phone('+62 812-4829-3716')},${email('siti.rahmawati@tanilindung.co.id')},41
Made Suartana,${phone('+62 813-3948-2716')},${email('made.suartana@tanilindung.co.id')},57
Lalu Hamzan,${phone('+62 819-1748-2930')},${email('lalu.hamzan@tanilindung.co.id')},23`)}`),

  rec('chat_kk', f`Сәлем! Құрылыс алаңына жаңа жұмысшы келді: Ерлан Сейітов, ЖСН ${ambCat('pii', '900315301482')}, туған күні ${dob('15.03.1990')}, телефоны ${phone('+7 701 482 7391')}. Қауіпсіздік нұсқаулығынан өткені туралы қысқа хаттама жазып бере аласыз ба?`),

  rec('chat_mi', f`Kia ora, can you help me write a reply to a customer about her Interislander-style vehicle booking change? Ko Aroha Tipene tōna ingoa, waea ${phone('+64 21 482 739')}, īmēra ${email('aroha.tipene@xtra.co.nz')}. Kua hiahia ia ki te huri i tana haerenga ki te Rātapu. Kia poto, kia ngākau māhaki.`),

  rec('log_json', f`Why are some badge events missing the door name?

${amb('source_code.snippet', f`{"ts":"2024-09-23T06:41:12Z","event":"ACCESS_GRANTED","badge":"C-20418","holder":"${email('l.okonkwo@steelframe-contractors.com')}","reader":"GATE-2-IN","door":"Gate 2 Turnstile","src_ip":"${ip('172.16.20.41')}"}
{"ts":"2024-09-23T06:41:55Z","event":"ACCESS_DENIED","badge":"C-20533","holder":"${email('m.haddad@voltline-electrical.com')}","reader":"DH1-L2-S","door":null,"reason":"INDUCTION_EXPIRED","src_ip":"${ip('172.16.20.44')}"}
{"ts":"2024-09-23T06:43:03Z","event":"ACCESS_GRANTED","badge":"V-0092","holder":"${email('visitor.desk@dcbuild-site.com')}","reader":"GATE-1-IN","door":null,"src_ip":"${ip('172.16.20.40')}"}`)}`),

  rec('access_log', f`Complaints portal: someone is submitting the same complaint 40 times. Nginx lines:

${amb('source_code.snippet', f`${ip('203.0.113.57')} - - [02/Oct/2024:10:14:07 +0200] "POST /complaints/new HTTP/1.1" 302 0 "-" "Mozilla/5.0" email=${email('petra.hudak@post.sk')}
${ip('203.0.113.57')} - - [02/Oct/2024:10:14:08 +0200] "POST /complaints/new HTTP/1.1" 302 0 "-" "Mozilla/5.0" email=${email('petra.hudak@post.sk')}
${ip('2a02:8308:9104:7a00::3f')} - - [02/Oct/2024:10:15:41 +0200] "GET /complaints/status/CPA-771203 HTTP/1.1" 200 4821 "-" "Mozilla/5.0"`)}

Is it the user double-clicking or a bot? What rate limit would you suggest?`),

  rec('signature', f`Make these two signatures consistent (same order, same font hints):

Kirsten Aalto
Tour Manager | Nordic Chamber Orchestra
M ${phone('+358 40 7392 814')} | O ${phone('+358 9 4827 3910')}
${email('kirsten.aalto@nordicchamber.fi')}

--
Jonas Berg, Orchestra Manager
Tel.: ${phone('+47 482 91 736')}
${email('jonas.berg@nordicchamber.fi')}`),

  rec('payroll_en_gb', f`Site payroll query: three operatives on the Slough data hall job are showing the wrong tax code. Can you draft a note to the payroll bureau?

Operative | NI number | Mobile
Darren Pike | ${v('pii.uk_nino', 'JH 48 29 17 C')} | ${phone('07723 918462', 'GB')}
Tomasz Lis | ${v('pii.uk_nino', 'SZ 73 91 04 B')} | ${phone('+48 601 738 492')}
Kofi Mensah | ${v('pii.uk_nino', 'PE 62 18 40 A')} | ${phone('020 8617 3942', 'GB')}`),

  rec('chat_pl', f`Napisz proszę maila do klientki z odpowiedzią na skargę. Dane: Magdalena Zielińska, PESEL ${ambCat('pii', '85061204827')}, tel. ${phone('+48 601 738 492')}. Skarga dotyczy sprzedaży polisy na życie przez telefon osobie w wieku 87 lat (matce klientki).`),

  rec('chat_ru', f`Подготовьте, пожалуйста, список для визовой поддержки приглашённого солиста: Алексей Воронцов, паспорт ${passport('75 4829173')}, дата рождения ${dob('23.06.1981')}, телефон ${phone('+7 916 482-73-91')}, почта ${email('a.vorontsov@mail.ru')}. Нужен формат письма на английском.`),

  rec('chat_es_mx', f`Ayúdame a redactar la respuesta a una queja contra una aseguradora de gastos médicos. Consumidora: Guadalupe Ramírez Soto, CURP ${ambCat('pii', 'RASG850312MDFMTD04')}, teléfono ${phone('+52 55 4829 3716')}, correo ${email('lupita.ramirez85@hotmail.com')}. Le negaron el reembolso de una diálisis de urgencia.`),

  rec('chat_el', f`Μπορείς να γράψεις ένα ευγενικό email στον επιβάτη; Όνομα: Νικόλαος Παπαδόπουλος, ΑΜΚΑ ${ambCat('pii', '12038501482')}, κινητό ${phone('+30 694 827 3916')}. Ζητά επιστροφή χρημάτων γιατί το πλοίο για Χανιά αναχώρησε με 5 ώρες καθυστέρηση.`),

  rec('chat_fi', f`Kirjoita lyhyt vahvistusviesti huoltokäynnistä: potilas Aino Lehtonen, henkilötunnus ${ambCat('pii', '120351-482T')}, puhelin ${phone('+358 40 7392 814')}. Kotidialyysilaitteen vuosihuolto torstaina klo 9–11.`),

  rec('chat_zh_cn', f`帮我写一条短信给投保农户：王建国，身份证号 ${ambCat('pii', '410726197403121838')}，手机 ${phone('+86 138 2947 3810')}。告诉他小麦保险的理赔款 2,400 元已经到账。`),

  rec('chat_cs', f`Potřebuju vyplnit formulář pro vjezd na staveniště datacentra: Petr Novotný, rodné číslo ${ambCat('pii', '850312/4829')}, narozen ${dob('12. 3. 1985')}, mobil ${phone('+420 603 827 419')}, e-mail ${email('petr.novotny@elektro-novotny.cz')}. Napiš to jako tabulku.`),

  rec('chat_af', f`Kan jy hierdie klagte opsom vir die verbruikerstribunaal? Klaer: Johan van der Merwe, ID ${ambCat('pii', '7803125048083')}, sel ${phone('+27 82 482 7391')}, e-pos ${email('johan.vdmerwe@telkomsa.net')}. Hy sê die versekeraar het sy begrafnispolis gekanselleer sonder kennisgewing.`),
];

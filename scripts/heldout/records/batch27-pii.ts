/**
 * Held-out batch 27: personal data in census and survey work, hotel guest registration, wind-farm
 * contractor lists, police records requests, supplier audits and student tenancies. National ids
 * with no built-in rule (PPSN, asmens kodas, JMBG, RRN, My Number, SA ID, BD NID, CHI) are
 * ambiguous spans without a rule id, as in batch 2. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH27_PII: DraftRecord[] = [
  // --- statistics office ---
  rec('field_note', f`Enumerator note, Census 2027 test, DED Carrowmore (EA 114):
Householder: Bridget Gallagher, DOB ${v('pii.date_of_birth', '14/02/1948')}, lives alone, hard of hearing.
Best to ring her daughter Siobhán on ${phone('087-9132254', 'IE')} before calling out. Form collected 3rd visit.

Can you turn this into a neutral note for the follow-up team? Leave out anything they don't need, like.`),

  rec('tsv_lt', f`Namų ūkių biudžeto tyrimo dalyvių sąrašas (ketvirtis IV). Reikia suskaičiuoti, kiek respondentų neturi el. pašto:

${amb('source_code.snippet', f`resp_id\tvardas_pavarde\tasmens_kodas\ttelefonas\tel_pastas
NUB-4471\tJonas Petrauskas\t${ambCat('pii', '38506120487')}\t${phone('+370 612 48395')}\t${v('pii.email', 'jonas.petrauskas@gmail.com')}
NUB-4472\tAušra Vaitkienė\t${ambCat('pii', '47211030215')}\t${phone('8 686 21937', 'LT')}\t
NUB-4473\tMindaugas Žukauskas\t${ambCat('pii', '39903250664')}\t${phone('+370 37 408812')}\t${v('pii.email', 'm.zukauskas@inbox.lt')}`)}`),

  rec('contract_sr', f`Molim te proveri gramatiku u ugovoru o delu za anketara:

Ugovor o delu br. 112/2024
Izvršilac: Milica Stojanović, JMBG ${ambCat('pii', '1503991715023')}, adresa Bulevar oslobođenja 48, Novi Sad
Telefon: ${phone('064 218 3391', 'RS')}, e-mail: ${v('pii.email', 'milica.stojanovic91@gmail.com')}
Predmet: terensko anketiranje domaćinstava u okviru Ankete o potrošnji, period 1.12–20.12.2024.`),

  rec('hr_ie', f`New starter pack for the Methods Division — can you tidy this into a welcome email (no need to repeat the personal bits back to her):
Name: Aoife Ní Bhriain
PPSN: ${ambCat('pii', '8374629WA')}
DOB: ${v('pii.date_of_birth', '23 June 1995')}
Mobile: ${phone('+353 87 214 6639')}
Start: Mon 6 Jan, Grade: Statistician, Cork office`),

  rec('email', f`From: Declan Morrissey <${v('pii.email', 'declan.morrissey@eircom.net')}>
Subject: Subject access request

Hi, I took part in the Household Travel Survey in 2023 and I'd like a copy of everything you hold on me. My address then was 12 Ard na Gréine, Tralee, and my date of birth is ${v('pii.date_of_birth', '02/11/1979')}. You can reach me on ${phone('+353 66 712 8841')}.

→ Draft an acknowledgement that explains the one-month deadline under GDPR.`),

  // --- hotel and spa group ---
  rec('parte_viajeros', f`Parte de entrada de viajeros – Hotel Aurelian Barcelona (Passeig de Gràcia)
1) Cognoms i nom: Puig i Serra, Laia — DNI ${v('pii.es_dni', '02811414D')} — data de naixement ${v('pii.date_of_birth', '08/05/1988')}
2) Apellidos y nombre: Haddad, Karim — NIE ${v('pii.es_nie', 'X3355928K')} — fecha de nacimiento ${v('pii.date_of_birth', '19/09/1976')}
3) Surname, name: O'Sullivan, Ciara — passport ${v('pii.passport', 'PD4718293')} (IRL) — DOB ${v('pii.date_of_birth', '30/01/1991')}

Em pots dir si falta algun camp obligatori per enviar-ho a la Policia / Mossos?`),

  rec('guest_list_ja', f`団体予約（京都・嵐山）宿泊者名簿です。チェックイン前に英語表記に揃えてください。
1. 山本 健一\u3000旅券番号 ${v('pii.passport', 'TR7382914')}\u3000生年月日 ${v('pii.date_of_birth', '1972年4月18日')}
2. 山本 由美子\u3000旅券番号 ${v('pii.passport', 'TS1946027')}\u3000生年月日 ${v('pii.date_of_birth', '1975年11月3日')}
代表者連絡先：${phone('090-4812-7739', 'JP')}`),

  rec('vip_profile_ko', f`VIP 고객 프로필 업데이트 요청
성함: 이서연 님 (Aurelian Circle 골드)
생일: ${v('pii.date_of_birth', '1983년 7월 22일')} — 생일 주간에 방문 예정
휴대폰: ${phone('010-4827-3915', 'KR')}
이메일: ${v('pii.email', 'seoyeon.lee83@naver.com')}
선호: 고층, 저자극 베개, 스파 아로마는 라벤더 제외
위 내용을 영어로 번역해서 서울 → 비엔나 호텔 컨시어지팀에 보낼 메모로 만들어 주세요.`),

  rec('ticket', f`Ticket #30418 – Kenmare – noise complaint
Guest: Mr Pádraig Ó Dónaill, room 214
Email: ${v('pii.email', 'podonaill@outlook.ie')}  Tel: ${phone('086 391 2748', 'IE')}
"Wedding party in the function room till 2am, not a wink of sleep. Grand hotel otherwise but this was a disgrace."
Draft a reply offering a complimentary dinner, sound but not grovelling.`),

  rec('form_fr_ca', f`Questionnaire santé – Spa Aurelian Québec
Nom : Geneviève Tremblay-Roy
Date de naissance : ${v('pii.date_of_birth', '1986-03-09')}
Cellulaire : ${phone('418 641-2297', 'CA')}
Courriel : ${v('pii.email', 'gen.tremblayroy@videotron.ca')}
Enceinte : oui (24 semaines) — allergies : noix, huile d'amande douce
Peux-tu vérifier quels soins du menu sont contre-indiqués et me faire une réponse en français?`),

  rec('payroll_tsv', f`${amb('source_code.snippet', f`staff_id\tname\tni_number\tcontract\tweekly_hours
ED-0412\tEilidh Fraser\t${v('pii.uk_nino', 'SK 41 72 09 C')}\tspa therapist\t37.5
ED-0419\tTomasz Zieliński\t${v('pii.uk_nino', 'JL830526A')}\tnight porter\t40
ED-0427\tGrace Mbeki\t${v('pii.uk_nino', 'WP 19 46 73 D')}\tF&B supervisor\t30`)}

Edinburgh payroll — which of these go over the working time limit if we add the Hogmanay shifts (3 × 10h)?`),

  // --- wind-farm operator ---
  rec('contacts', f`Can you make a tidy contact sheet for the new site manager at Beinn Ghlas? Here's what I've got scribbled:
- Alasdair Sutherland (landowner, N side) — ${phone('07723 418 592', 'GB')}, ${v('pii.email', 'ali.sutherland@btinternet.com')}
- Mrs Isobel MacKay (access track, gate code holder) — ${phone('+44 1856 872431')}
- Crofters' rep, Donnie Matheson — ${phone('+44 7841 209 366')}, aye he'll only answer after 6
- Community council clerk — ${v('pii.email', 'clerk.strathcc@gmail.com')}`),

  rec('access_list_lt', f`Vėjo parko „Šilutė II“ prieigos sąrašas techninės priežiūros savaitei. Išversk į anglų kalbą rangovui:
Vardenis Pavardenis | Gimimo data | Paso Nr. | Tel.
Tomas Rimkus | ${v('pii.date_of_birth', '1990-08-14')} | ${v('pii.passport', '24891736')} | ${phone('+370 612 77104')}
Darius Jankauskas | ${v('pii.date_of_birth', '1985-02-27')} | ${v('pii.passport', '23719468')} | ${phone('+370 698 31522')}`),

  rec('induction_form', f`CONTRACTOR SITE INDUCTION – Cnoc Dubh Wind Farm
Name: Lewis Macrae            NI No: ${v('pii.uk_nino', 'NH 62 38 14 B')}
GWO BST cert: 48213-SCO, expires 10/2026
Date of birth: ${v('pii.date_of_birth', '11.09.1993')}
Emergency contact: Kirsty Macrae (wife) ${phone('0141 332 7764', 'GB')}
Medical: none declared

Check the form's complete before I file it — and does GWO need a refresher within 2 years?`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-01T06:02:11Z INFO  permit-svc issued PTW-24-3381 WTG04 to ${v('pii.email', 'craig.duncan@gale-renewables.co.uk')} from ${amb('pii.ip_address', '10.72.3.41')}
2024-12-01T06:02:49Z INFO  permit-svc isolation confirmed by ${v('pii.email', 'fiona.reid@gale-renewables.co.uk')}
2024-12-01T06:40:03Z WARN  permit-svc PTW-24-3381 not closed, escalation sms to ${phone('+447841209366')}`)}

Why does the escalation fire while the permit is still within its window?`),

  // --- police records unit ---
  rec('access_request_fr_ca', f`Demande d'accès – Unité des dossiers
Requérant : Marc-André Bélanger
Date de naissance : ${v('pii.date_of_birth', '17 avril 1982')}
NAS : ${v('pii.ca_sin', '484 041 637')}
Adresse : 212, rue Laurier Est, Gatineau (Québec) J8X 3W1
Téléphone : ${phone('+1 819 775 3120')}
Objet : copie du rapport d'événement 2024-004817 (accident, 3 octobre)

Peux-tu rédiger l'accusé de réception? Délai légal de 20 jours, et on ne demande pas le NAS normalement, donc dis-lui qu'on va le détruire.`),

  rec('occurrence', f`Summarise this for the records disclosure log — no names, just roles:

Occurrence 2024-011392 (non-criminal, sudden death, no suspicious circumstances)
Deceased: Harold Jenkins, DOB ${v('pii.date_of_birth', '1939-12-05')}
Reporting person: neighbour, Judith Fairweather, ${phone('613-594-2281', 'CA')}
Next of kin: son, Paul Jenkins, ${v('pii.email', 'pjenkins@rogers.com')}
Coroner notified 14:20. Scene released 16:05.`),

  rec('vulnerable_sector', f`Volunteer screening request – Vulnerable Sector Check
Applicant: Priya Natarajan
SIN: ${v('pii.ca_sin', '945 464 477')} (temporary resident)
DOB: ${v('pii.date_of_birth', '04/08/2001')}
Organization: Ottawa Youth Soccer
Consent signed 28/11/2024.

Why would a SIN starting with 9 get flagged by the system? Explain it simply for the clerk.`),

  rec('chat_sr_cyrl', f`Колега тражи уверење да се не води кривични поступак. Подаци:
Име и презиме: Никола Петровић
ЈМБГ: ${ambCat('pii', '0207986710038')}
Телефон: ${phone('+381 63 418 2275')}
Адреса: Улица краља Милана 21, Београд
Напиши ми молим те кратак допис на српском (ћирилица) за пријемну канцеларију.`),

  rec('signature', f`Merci et bonne journée,

Sylvie Gauthier
Commis principale, Unité des dossiers et de l'accès à l'information
Service de police de Val-Laurier
Tél. : ${phone('(514) 872-4418', 'CA')} poste 2231
Courriel : ${v('pii.email', 'sylvie.gauthier@vlpolice.qc.ca')}`),

  rec('csv', f`Records requests received in November — group by request type and tell me the median turnaround:

${amb('source_code.snippet', f`req_no,received,type,requester_email,requester_phone,closed
RR-24-1102,2024-11-04,collision report,${v('pii.email', 'k.oduya@insureline.ca')},${phone('+1 438 902 5517')},2024-11-12
RR-24-1107,2024-11-05,police certificate,${v('pii.email', 'tran.minh.anh@gmail.com')},,2024-11-08
RR-24-1131,2024-11-19,FOI (general),${v('pii.email', 'press@ottawacitizen-news.ca')},,2024-12-02`)}`),

  // --- toy manufacturer and suppliers ---
  rec('audit_bn', f`সামাজিক অডিট – রূপালী টয়েজ, গাজীপুর (কারখানা পরিদর্শন ২৬/১১)
কর্মী: মোছাঃ সাবিনা আক্তার, জন্ম তারিখ ${v('pii.date_of_birth', '১২/০৩/২০০৭')}, এনআইডি নেই, জন্ম নিবন্ধন নং ${ambCat('pii', '20073318420117524')}
কর্মী: মোঃ রাকিব হাসান, জন্ম তারিখ ${v('pii.date_of_birth', '০৫/০৯/১৯৯৮')}, এনআইডি ${ambCat('pii', '4627193805')}
সুপারভাইজার মোবাইল: ${phone('01819-472315', 'BD')}

Please translate to English and tell me if the first worker is under 18 — that's a zero-tolerance finding for us.`),

  rec('signature_ko', f`감사합니다.

박민준 과장 | 품질관리팀
(주)한빛몰딩 · 경기도 안산시 단원구 산단로 163
T. ${phone('+82 31 491 2274')}  M. ${phone('+82 10 5592 0184')}
E. ${v('pii.email', 'mj.park@hanbit-molding.co.kr')}`),

  rec('meishi_ja', f`名刺の情報を英語のCRM登録用に整理してください。
浪速工業株式会社\u3000営業部 課長\u3000中村 大輔
〒556-0011 大阪市浪速区難波中2-10-70
TEL ${phone('+81 6 6341 2275')}\u3000携帯 ${phone('080-3345-1926', 'JP')}
${v('pii.email', 'd.nakamura@naniwa-kogyo.co.jp')}`),

  rec('chat', f`Supplier contact for the Shenzhen plush factory changed. New QA lead is Chen Jing, mobile ${phone('+86 138 2741 9056')}, WeChat chenjing_qa88, email ${v('pii.email', 'chenjing@mingxing-toys.cn')}. Office line ${phone('+86 755 8291 4470')}. Can you add these to the supplier table I pasted earlier and mark the old contact inactive?`),

  rec('complaint', f`Customer complaint – possible choking hazard
From: Rachel Donnelly <${v('pii.email', 'rachel.donnelly1987@hotmail.co.uk')}>
Phone: ${phone('0131 558 3921', 'GB')}
Product: Woodland Friends stacking set, batch 24-217
"The eye came off the owl within a day. My son is 14 months old, born ${v('pii.date_of_birth', '3 October 2023')}. He didn't swallow it but it was a close thing."

Draft a reply and tell me whether this has to go to the product safety regulator.`),

  // --- student housing ---
  rec('application', f`Tenancy application – Campusnest Glasgow (Merchant City)
Name: Kim Ha-eun
Nationality: Republic of Korea — passport no. ${v('pii.passport', 'M48291736')}
Date of birth: ${v('pii.date_of_birth', '2004-01-15')}
Korean RRN (as entered by applicant): ${ambCat('pii', '040115-4218337')}
UK mobile: ${phone('+44 7912 384 551')} · home: ${phone('+82 2 3421 7788')}
Email: ${v('pii.email', 'haeun.kim0115@gmail.com')}

Is it a problem that she put her Korean resident registration number in? We never asked for it.`),

  rec('chat_ca', f`Necessito fer el contracte de lloguer de l'habitació per a una estudiant d'intercanvi. Dades:
Llogatera: Yuki Watanabe, NIE ${v('pii.es_nie', 'Y1135050Z')}, data de naixement ${v('pii.date_of_birth', '22/12/2003')}
Avalador (pare): Hiroshi Watanabe, passaport ${v('pii.passport', 'TK5091837')}, telèfon ${phone('+81 90 2287 4613')}
Pots revisar la clàusula de l'aval i posar-la en català correcte?`),

  rec('chat_zu', f`Umfundi omusha e-Berea Residence, Sipho Ngcobo, unikeze inombolo yakhe kamazisi ${ambCat('pii', '0306125831087')} kanye nenombolo yocingo ${phone('073 884 2150', 'ZA')}. Umama wakhe: ${phone('+27 31 304 2871')}. Ngicela ungibhalele i-email yokwamukela ngesiNgisi, ungayifaki inombolo kamazisi.`),

  rec('medical_form', f`Emergency info card – Campusnest Edinburgh (Fountainbridge)
Resident: Oliver Hartley, flat 5F
NHS number (registered with GP in Leeds): ${v('pii.uk_nhs_number', '209 616 6926')}
CHI (new Edinburgh GP): ${ambCat('pii', '1103040172')}
DOB: ${v('pii.date_of_birth', '11/03/2004')}
Condition: type 1 diabetes, insulin in the wee fridge in his room
Next of kin: ${phone('+44 1224 583017')}

Write a short, calm instruction for the night staff on what to do if he's found unwell.`),

  rec('ra_onboarding', f`Résidence Campusnest Montréal – embauche d'un(e) assistant(e) de résidence
Nom : Jérémie Lavoie
NAS : ${v('pii.ca_sin', '193 473 329')}
Courriel : ${v('pii.email', 'jeremie.lavoie@umontreal-etu.ca')}
Cellulaire : ${phone('514-903-2284', 'CA')}
Peux-tu me faire la lettre d'offre en français, 10 h/semaine, 17,50 $/h?`),

  rec('welfare_note', f`Welfare check note, Dublin (Grangegorman), 02/12 23:10:
Resident in 3.07, Niamh Costello, hadn't been seen in 3 days — flatmates worried. Door answered, she's grand, just had the flu. Mam's number on file ${phone('01 664 2190', 'IE')}, didn't call her, Niamh asked us not to.

Tidy this up for the welfare log without being judgy.`),

  rec('chat', f`Exchange student from Dhaka, Farhan Rahman, lost his BRP. He gave me passport number ${v('pii.passport', 'A01938274')} and his dad's number ${phone('+880 1712-384956')} for the lost-document letter. What should the letter to the Home Office say?`),

  rec('email_thread', f`> On 28 Nov, Lerato Dlamini <${v('pii.email', 'lerato.dlamini@students.ukzn.ac.za')}> wrote:
> Sawubona, my new number is ${phone('082 417 3392', 'ZA')}, please use it for the laundry app too.

Hi Lerato, updated! Siyabonga.

→ make my reply a bit warmer and mention the laundry app login is the same email.`),

  rec('guarantor', f`Guarantor form check, please:
Tenant: Seo-yeon Choi, room 2.11 Fountainbridge
Guarantor: Mr Brian Keane, DOB ${v('pii.date_of_birth', '19/07/1968')}, NI number ${v('pii.uk_nino', 'PR 92 01 57 A')}
Employer: Aberdeen City Council, salary £41,200
Address: 27 Rosemount Place, Aberdeen AB25 2XA

Is the income enough for 1.5× annual rent (£9,800)?`),

  rec('chat_sr', f`Studentkinja iz Beograda, Jelena Marković, prijavila se za sobu u Dablinu. Broj pasoša ${v('pii.passport', '014829371')}, datum rođenja ${v('pii.date_of_birth', '09.06.2005.')}, mobilni ${phone('+381 65 882 1034')}. Napiši joj mejl na engleskom da nam fali potvrda o upisu.`),
];

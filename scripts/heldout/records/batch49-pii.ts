/**
 * Held-out batch 49: personal data — technicians' HR and travel records, ticket buyers, NGO field
 * staff and beneficiaries, watch clients, court interpreters and defendants, kitchen staff. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH49_PII: DraftRecord[] = [
  rec('hr_de', f`Bitte mach mir aus diesen Angaben eine Einsatzbestätigung für den Kunden (Windpark Baltic Eagle):

Techniker: Jonas Petersen, IRATA Level 3
Geburtsdatum: ${v('pii.date_of_birth', '17.03.1989')}
Steuer-ID: ${v('pii.de_steuer_id', '48293716511')}
Mobil: ${phone('0151 2847 3961', 'DE')}
Einsatz: 09.12.–20.12.2024, Blattreparatur WEA 14/15/22`),

  rec('travel_form', f`Crew list for the Turkey job (Bandırma RES), the client's HSE needs it by tomorrow. Format it as a table:

1. Tomasz Wieczorek — PL passport ${v('pii.passport', 'EM4827193')} — born ${v('pii.date_of_birth', '04/11/1986')} — ${phone('+48 512 384 907')}
2. Darius Kazlauskas — LT passport ${v('pii.passport', '21948376')} — born ${v('pii.date_of_birth', '22/06/1991')} — ${phone('+370 612 48391')}
3. Rasmus Holm — DK passport ${v('pii.passport', '208417365')} — born ${v('pii.date_of_birth', '30/01/1994')} — ${phone('+45 28 41 93 76')}`),

  rec('hr_nl', f`Kun je dit omzetten in een nette e-mail naar de salarisadministratie?

Nieuwe technicus per 1 januari: Sander de Vries
BSN: ${v('pii.nl_bsn', '174628390')}
Geboren: ${v('pii.date_of_birth', '12 augustus 1992')}
Adres: Kanaalweg 18, 4381 BE Vlissingen
Tel: ${phone('06-18347259', 'NL')}
Certificaten: GWO BST, IRATA L2`),

  rec('hr_uk', f`Onboarding checklist for the new UK blade tech. Can you flag anything missing?
Name: Callum Reid
NI number: ${v('pii.uk_nino', 'JR 48 29 17 C')}
DOB: ${v('pii.date_of_birth', '08/05/1990')}
Mobile: ${phone('07912 483716', 'GB')}
Email: ${v('pii.email', 'callum.reid87@gmail.com')}
Next of kin: Fiona Reid (sister)`),

  rec('occupational_health', f`Fit-to-climb report came back for one of the Hull crew, please summarise in plain words for the supervisor (no medical detail beyond what he needs):

Patient: Liam Atherton, NHS no. ${v('pii.uk_nhs_number', '485 291 7361')}
DOB ${v('pii.date_of_birth', '19 Feb 1985')}
Outcome: fit for work at height, review in 12 months. Mild hypertension, monitored by GP.`),

  rec('ticket', f`Fraud desk case FD-20931
Buyer: ${v('pii.email', 'lucas.m.ferreira@hotmail.com')}, phone ${phone('+55 21 99714-2863')}
Signals: 14 orders in 3 minutes from ${amb('pii.ip_address', '185.221.74.19')}, 6 different cards, all for the Coldplay São Paulo date
Action so far: orders held, account locked

Write the message to the buyer asking for ID verification, Portuguese please.`),

  rec('support_ticket_es', f`Ticket #88214 — Reclamo entrada no recibida
Nombre: Micaela Gómez
Email: ${v('pii.email', 'mica.gomez.92@gmail.com')}
Cel: ${phone('+54 9 11 4873-2196')}
DNI: ${ambCat('pii', '36.482.917')}
Compra: 2 campo general, Duki - Vélez, 14/12

"Me cobraron y nunca me llegó el mail con las entradas." Redactame una respuesta amable explicando cómo descargarlas desde la app.`),

  rec('csv', f`Dedupe this list of presale winners (same person registered twice?):

${amb('source_code.snippet', f`first,last,email,phone,city
Giulia,Conti,${v('pii.email', 'giulia.conti@libero.it')},${phone('+39 338 471 2096')},Milano
Giulia,Conti,${v('pii.email', 'g.conti93@gmail.com')},${phone('+39 338 471 2096')},Milano
Pieter,Claes,${v('pii.email', 'pieter.claes@telenet.be')},${phone('+32 478 21 93 46')},Gent
Ana Luísa,Pereira,${v('pii.email', 'analu.pereira@outlook.com')},${phone('+351 912 483 716')},Porto`)}`),

  rec('field_survey', f`Household survey form (Kurigram, round 3) — please translate the enumerator's remarks into English for the donor annex.

Enumerator: মোছাঃ রেহানা খাতুন, ${phone('+880 1712-483961')}
Respondent: আব্দুল করিম, age 54, NID ${ambCat('pii', '4712839650')}
মন্তব্য: টিউবওয়েলের পানিতে আয়রন বেশি, পরিবার এখন পুকুরের পানি ফুটিয়ে খায়। ল্যাট্রিন ভাঙা, বর্ষায় পানি ঢুকে যায়।`),

  rec('chat_ar', f`عافاك، بغيت رسالة شكر للمتطوعين فدوار آيت بوكماز اللي عاونو فالمسح ديال الماء. المنسق هو ياسين أوحمو، التيليفون ديالو ${phone('+212 661-482937')} والإيميل ${v('pii.email', 'y.ouhammou@wellroot.org')}. الرسالة تكون بالدارجة والفرنسية.`),

  rec('chat_vi', f`Chị ơi, em cần viết báo cáo ngắn cho nhà tài trợ về điểm cấp nước ở xã Tân Thành. Người liên hệ ở địa phương là anh Nguyễn Văn Hùng, SĐT ${phone('+84 912 483 716')}, sinh năm ${v('pii.date_of_birth', '03/07/1979')}, CCCD ${ambCat('pii', '079079004831')}. Viết bằng tiếng Anh giúp em nhé.`),

  rec('crm_note', f`Client file — Maison Vautrin, Montréal
M. Étienne Lavoie, ${v('pii.email', 'etienne.lavoie@videotron.ca')}, cell ${phone('514-872-3190', 'CA')}
Born ${v('pii.date_of_birth', '1971-10-02')}, anniversary in June, collects complications
SIN on file for tax-free export paperwork: ${v('pii.ca_sin', '319 405 726')}
Wishlist: perpetual calendar in rose gold, waiting list #3

Rédige-moi une note de suivi en français pour le conseiller qui reprend le dossier, sans le NAS.`),

  rec('chat_ja', f`VIPのお客様へ新作発表会の招待状を作りたいです。
お名前：高橋 健一 様
メール：${v('pii.email', 'k.takahashi.watch@docomo.ne.jp')}
携帯：${phone('090-4821-3976', 'JP')}
生年月日：${v('pii.date_of_birth', '1968年4月12日')}
丁寧な日本語でお願いします。`),

  rec('crm_export', f`${amb('source_code.snippet', f`{
  "client_id": "MV-TLV-00418",
  "name": "Yael Ben-David",
  "email": "${v('pii.email', 'yael.bendavid@walla.co.il')}",
  "phone": "${phone('052-748-3916', 'IL')}",
  "birthday": "${v('pii.date_of_birth', '1983-09-21')}",
  "preferences": ["ladies 33mm", "mother-of-pearl dial"],
  "last_purchase": "2024-06-02"
}`)}
write a short birthday greeting for her in Hebrew and English`),

  rec('chat_el', f`Θέλω να στείλω ευχαριστήριο στον πελάτη που αγόρασε το χρονόμετρο στη Μύκονο. Στοιχεία: Γιώργος Παπαδόπουλος, ${v('pii.email', 'g.papadopoulos@otenet.gr')}, κινητό ${phone('+30 694 718 2305')}. Στα αγγλικά και στα ελληνικά.`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งลูกค้าว่านาฬิกาที่ส่งซ่อมพร้อมรับแล้วครับ คุณสมชาย วงศ์ไทย โทร ${phone('081 482 3917', 'TH')} อีเมล ${v('pii.email', 'somchai.w@gmail.com')} รับที่สาขาสยามพารากอน`),

  rec('booking', f`Interpreter request — Tribunal de première instance, Bruxelles
Case: 24/1183/C — hearing 16.12.2024 09:30, room 3.12
Language: Vietnamese ↔ French
Defendant: Trần Thị Mai, born ${v('pii.date_of_birth', '14.02.1996')}
Assigned interpreter: Linh Phạm, ${phone('+32 470 18 26 93')}, ${v('pii.email', 'linh.pham.interprete@gmail.com')}

Draft the confirmation to the court clerk in French.`),

  rec('chat_cs', f`Potřebuju potvrzení pro soud, že tlumočnice byla přítomna. Údaje: Mgr. Kateřina Dvořáková, tlumočnice jazyka polského, tel. ${phone('+420 603 418 279')}, e-mail ${v('pii.email', 'k.dvorakova@interlex-interpreting.eu')}, rodné číslo ${ambCat('pii', '865612/3287')}. Jednání 28. 11. 2024 u Okresního soudu v Ostravě.`),

  rec('chat_pl', f`Napisz proszę oświadczenie tłumacza przysięgłego do akt sprawy. Tłumacz: Agnieszka Nowak, tel. ${phone('+48 601 238 475')}, PESEL ${ambCat('pii', '84071512345')}. Sprawa II K 418/24, Sąd Rejonowy w Gdańsku.`),

  rec('hr_fr', f`Peux-tu compléter le contrat de prestation pour notre nouvelle interprète assermentée à Lille ?
Nom : Samira El Amrani
N° de sécurité sociale : ${v('pii.fr_nir', '2 92 04 69 123 087 01')}
Née le ${v('pii.date_of_birth', '3 avril 1992')} à Lyon
Langues : arabe (Maghreb), français
Téléphone : ${phone('06 48 21 93 75', 'FR')}`),

  rec('hr_it', f`Modulo collaboratore — interprete di tribunale (Milano)
Nome: Marco Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCMRC90A14F205R')}
Cellulare: ${phone('+39 347 218 5904')}
Lingue: italiano, albanese, greco

Controlla che i campi obbligatori ci siano tutti.`),

  rec('chat_es', f`Necesito una declaración jurada para un intérprete que trabaja para nosotros en Bruselas pero es español: Alberto Ruiz Marín, DNI ${v('pii.es_dni', '48293715V')}, domicilio en Madrid. La declaración dice que no tiene relación con las partes del caso. Redáctala en español y francés.`),

  rec('chat_tr', f`Mahkeme tercümanı olarak çalışan Elif Yıldız için bir referans mektubu lazım. İletişim: ${phone('+90 532 418 27 63')}, ${v('pii.email', 'elif.yildiz.tercuman@gmail.com')}. İngilizce yaz lütfen.`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02 07:41:12 INFO  auth login ok user=${v('pii.email', 'j.vermeulen@interlex-interpreting.eu')} ip=${amb('pii.ip_address', '81.82.194.37')}
2024-12-02 07:41:55 INFO  booking viewed id=BK-77120 by=${v('pii.email', 'j.vermeulen@interlex-interpreting.eu')}
2024-12-02 07:43:08 WARN  export requested scope=defendants rows=212 by=${v('pii.email', 'j.vermeulen@interlex-interpreting.eu')}`)}

Is exporting the defendants list at 7:43 something we should alert on? Write a SIEM rule in plain words.`),

  rec('hr_pt_br', f`Cadastro de funcionária — cozinha Pinheiros
Nome: Juliana Santos Oliveira
CPF: ${v('pii.br_cpf', '472.815.903-50')}
Nascimento: ${v('pii.date_of_birth', '21/09/1998')}
Celular: ${phone('(11) 98471-2036', 'BR')}
Função: auxiliar de cozinha, turno noite

Me ajuda a escrever a mensagem de boas-vindas pelo WhatsApp?`),

  rec('chat_es_ar', f`Che, el repartidor que tuvo el accidente con la moto es Matías Herrera, cel ${phone('11 3847-2916', 'AR')}, mail ${v('pii.email', 'matiherrera.delivery@gmail.com')}. Necesito un mail para la ART informando el siniestro de ayer 21:40 en Av. Corrientes y Pueyrredón.`),

  rec('chat_vi', f`Em soạn giúp chị tin nhắn tuyển bếp phụ cho bếp Quận 7 nhé. Ứng viên gửi CV: Lê Minh Tuấn, ${phone('0903 718 264', 'VN')}, ${v('pii.email', 'leminhtuan.chef@gmail.com')}. Hẹn phỏng vấn thứ Năm 10 giờ.`),

  rec('csv', f`Which drivers are missing a food-handler certificate? (supplier audit)

${amb('source_code.snippet', f`driver,phone,cert_no,cert_expiry
Kamil Zieliński,${phone('+48 698 214 375')},SANEPID-2023-1182,2025-03-01
Oskar Lindqvist,${phone('+46 70 418 23 96')},,
Ahmet Kaya,${phone('+49 176 38471925')},LMHY-HH-7731,2024-11-30`)}`),

  rec('email', f`From: Sofia Lindström <${v('pii.email', 'sofia.lindstrom@telia.com')}>
Subject: Mina biljetter till Håkan Hellström

Hej, jag har köpt 3 biljetter men bara fått 2 i appen. Ordernummer ENC-5610042. Ni kan ringa mig på ${phone('070-418 23 97', 'SE')}.

— please draft a reply in Swedish saying the third ticket is assigned to a friend's account and how to transfer it back.`),

  rec('chat', f`Promoter wants the guest list for the Antwerp show in a nicer format:
- Bram Peeters +1 (${v('pii.email', 'bram.peeters@skynet.be')})
- Lotte Janssens (${v('pii.email', 'lotte.janssens@proximus.be')}, ${phone('+32 485 72 19 03')})
- Jef Van den Broeck +2
Make it a table with a checkbox column for the door staff.`),

  rec('profile', f`Donor CRM record — need a thank-you letter draft:
Name: Dr. Eleanor Whitcombe
Email: ${v('pii.email', 'e.whitcombe@btinternet.com')}
Phone: ${phone('+44 1865 274913')}
DOB: ${v('pii.date_of_birth', '2 December 1952')}
Gift Aid: yes
Gifts: £250/quarter since 2019, legacy pledge noted`),

  rec('form_us', f`Our US fundraising contractor sent back the W-9 details, can you check that the form is complete before I file it?
Name: Daniel K. Morrow
SSN: ${v('pii.us_ssn', '531-48-2907')}
Address: 1184 Alder St, Eugene, OR 97402
Email: ${v('pii.email', 'dkmorrow.consulting@gmail.com')}`),

  rec('chat_de', f`Kannst du die Liste der Teilnehmer für den GWO-Refresher sortieren nach Ablaufdatum?
- Lena Hoffmann, ${v('pii.email', 'lena.hoffmann@skyrope-blade.com')}, GWO bis 03/2025
- Mehmet Demir, ${v('pii.email', 'mehmet.demir@skyrope-blade.com')}, GWO bis 01/2025
- Paul Schneider, ${v('pii.email', 'paul.schneider@skyrope-blade.com')}, GWO bis 07/2025`),

  rec('chat_sv', f`Hjälp mig skriva ett sms till teknikern som glömde sitt fallskyddsintyg: Erik Johansson, ${phone('073-284 19 56', 'SE')}. Han måste ha det med sig på måndag till Markbygden, annars får han inte klättra.`),

  rec('chat_it', f`Scrivimi una mail per il cliente che ha lasciato il suo Submariner in assistenza: Sig. Alessandro Ferri, ${v('pii.email', 'alessandro.ferri@fastwebnet.it')}, tel. ${phone('02 8734 1926', 'IT')}. Il preventivo è 640 € per revisione completa.`),
];

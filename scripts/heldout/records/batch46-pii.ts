/** Held-out batch 46: personal data in patient files, drivers' rosters, player tickets, patron records and tax returns. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH46_PII: DraftRecord[] = [
  // ——— IVF clinic network ———
  rec('chat_pt_br', f`Pode resumir esse prontuário em linguagem simples pra paciente?
Paciente: Juliana Ribeiro Campos
CPF: ${v('pii.br_cpf', '661.916.132-45')}
Nascimento: ${v('pii.date_of_birth', '14/03/1987')}
Celular: ${phone('+55 11 98427-3106')}
Ciclo FIV #3 — 11 oócitos captados, 8 maduros, 5 fertilizados, 2 blastocistos 4AA congelados em 19/11.`),

  rec('chat_es_co', f`Redacta un consentimiento informado para vitrificación de óvulos. Datos de la paciente: Laura Marcela Ospina, cédula ${ambCat('pii', '1.020.784.395')}, nacida el ${v('pii.date_of_birth', '22 de agosto de 1990')}, celular ${phone('+57 310 482 7391')}, correo ${v('pii.email', 'lauraospina90@gmail.com')}.`),

  rec('chat_tr', f`Bu hasta için taburcu notunu sadeleştirir misin?
Hasta: Elif Yıldırım, T.C. Kimlik No: ${ambCat('pii', '38472915638')}
Doğum tarihi: ${v('pii.date_of_birth', '07.11.1988')}
Eşi: Mert Yıldırım, tel: ${phone('0533 724 19 85', 'TR')}
Embriyo transferi 18.11.2024, beta-hCG 02.12.2024'de bakılacak.`),

  rec('chat_fa', f`لطفاً این اطلاعات را برای فرم پذیرش به انگلیسی ترجمه کن:
نام: مریم احمدی
کد ملی: ${ambCat('pii', '0084729163')}
تاریخ تولد: ${v('pii.date_of_birth', '1368/05/12')}
تلفن همراه: ${phone('+98 912 418 3275')}
ایمیل: ${v('pii.email', 'maryam.ahmadi68@yahoo.com')}`),

  rec('chat_ar_eg', f`اكتبلي رسالة تذكير بميعاد سحب البويضات للمريضة دي:
الاسم: نورهان سامي عبد العزيز
الرقم القومي: ${ambCat('pii', '29104120102347')}
الموبايل: ${phone('+20 100 482 7391')}
الميعاد: الأحد ٨ ديسمبر الساعة ٨ صباحاً، صايمة من نص الليل.`),

  rec('chat_it', f`Devo compilare la richiesta di rimborso regionale per la PMA. Paziente: Giulia Rossi, codice fiscale ${v('pii.it_codice_fiscale', 'RSSGLI85M41H501S')}, telefono ${phone('+39 347 829 1064')}. Mi ricordi quali allegati servono in Lombardia?`),

  rec('clinic_letter', f`Referral letter from our London satellite clinic — can you shorten it to one page?

Patient: Hannah Clarke   NHS No: ${v('pii.uk_nhs_number', '418 190 1165')}   DOB: ${v('pii.date_of_birth', '02/05/1986')}
Address: 14 Marlow Road, Croydon CR0 2PL
Mobile: ${phone('+44 7821 493062')}
Two failed IUI cycles, AMH 1.1 ng/mL, referred for IVF with ICSI.`),

  rec('chat_es', f`Una paciente colombiana que vive en Madrid quiere hacerse el tratamiento en nuestra clínica de Bogotá. Para el contrato nos dio su NIE ${v('pii.es_nie', 'Y4829163M')} y su pasaporte colombiano ${v('pii.passport', 'AS482917')}. ¿Cuál de los dos documentos debería figurar en la factura?`),

  rec('csv', f`Can you check this donor export for duplicates before it goes to the registry?

${amb('source_code.snippet', f`donor_code,full_name,dob,email,phone
D-SP-0412,Camila Duarte,${v('pii.date_of_birth', '1996-02-11')},${v('pii.email', 'camiladuarte96@uol.com.br')},${phone('(21) 99318-2047', 'BR')}
D-SP-0413,Beatriz Nogueira,${v('pii.date_of_birth', '1994-09-30')},${v('pii.email', 'bia.nogueira@hotmail.com')},${phone('+55 11 97231-4408')}
D-SP-0419,Camila Duarte,${v('pii.date_of_birth', '1996-02-11')},${v('pii.email', 'camila.duarte.rj@gmail.com')},${phone('(21) 99318-2047', 'BR')}`)}`),

  // ——— rail freight ———
  rec('roster_de', f`Kannst du aus diesen Stammdaten eine Tabelle für den Dienstplan machen?

Tf Schneider, Markus — Personalnr. 40317 — geb. ${v('pii.date_of_birth', '19.06.1979')} — Steuer-ID ${v('pii.de_steuer_id', '61778402350')} — Handy ${phone('0160 93827415', 'DE')}
Tf Kaya, Deniz — Personalnr. 40422 — geb. ${v('pii.date_of_birth', '03.02.1991')} — Steuer-ID ${v('pii.de_steuer_id', '49370353684')} — Handy ${phone('+49 171 4829361')}
Triebfahrzeugführerschein Klasse B beide, Einsatz Duisburg–Venlo.`),

  rec('chat_pl', f`Przygotuj proszę zaświadczenie o zatrudnieniu dla maszynisty:
Imię i nazwisko: Krzysztof Wiśniewski
PESEL: ${ambCat('pii', '79061904510')}
Telefon: ${phone('+48 512 847 306')}
Stanowisko: maszynista pojazdów trakcyjnych, baza Gdynia Port.`),

  rec('chat_cs', f`Potřebuju upravit e-mail strojvedoucímu ohledně lékařské prohlídky:
Jan Dvořák, nar. ${v('pii.date_of_birth', '12. 4. 1984')}, rodné číslo ${ambCat('pii', '840412/4388')}, mobil ${phone('608 214 937', 'CZ')}.
Prohlídka: 9. 12. v 7:30, poliklinika Ostrava-Poruba.`),

  rec('chat_hr', f`Napiši obavijest o promjeni smjene za strojovođu Ivana Horvata (OIB ${ambCat('pii', '48291736502')}, mob. ${phone('098 174 2263', 'HR')}). Od ponedjeljka vozi noćnu smjenu Rijeka–Zagreb Ranžirni.`),

  rec('chat_no', f`Kan du lage en kort SMS til lokføreren om endret turnus? Navn: Ola Berg, tlf. ${phone('+47 918 42 736')}. Fra uke 50 kjører han Narvik–Kiruna malmtog på nattskift.`),

  rec('incident', f`Near-miss report, Antwerp North yard, 26/11 — please translate to English for the safety board.

Melder: Pieter Vermeulen (rangeerder), tel. ${phone('+32 478 21 93 64')}, e-mail ${v('pii.email', 'pieter.vermeulen@karvel-rail.eu')}
"Tijdens het rangeren op bundel 12 reed een wagen van groep 33 84 4955 zonder remproef weg. Niemand gewond."`),

  rec('chat', f`Driver came from the Dutch side and needs a payslip for the Belgian employer. His BSN is ${v('pii.nl_bsn', '513779164')} and he was born ${v('pii.date_of_birth', '30 January 1982')}. What do I need for the A1 certificate?`),

  // ——— game studio ———
  rec('ticket', f`Ticket #88412 — account recovery
Player: "Shadowfjord" (Kaito Nakamura)
Email on file: ${v('pii.email', 'kaito.nakamura@yahoo.co.jp')}
New email requested: ${v('pii.email', 'k.nakamura.gm@gmail.com')}
Last login IP: ${amb('pii.ip_address', '126.74.201.18')}
Phone for 2FA: ${phone('090-4827-3916', 'JP')}

Draft a reply asking for a purchase receipt to verify ownership.`),

  rec('chat_vi', f`Viết giúp em email phản hồi cho người chơi này, họ bị khóa tài khoản do nghi gian lận:
Tên: Trần Minh Khoa
Email: ${v('pii.email', 'minhkhoa.tran2001@gmail.com')}
SĐT: ${phone('0938 271 405', 'VN')}
Ngày sinh: ${v('pii.date_of_birth', '15/07/2001')}
Mã giao dịch nạp thẻ: VN-TOPUP-8841027`),

  rec('contractor', f`New freelance sound designer for the US publisher project — please turn this into the onboarding checklist:
Name: Rachel Dunn, SSN ${v('pii.us_ssn', '412-68-3091')}, born ${v('pii.date_of_birth', 'April 9, 1992')}
Phone ${phone('(415) 738-2094', 'US')}, email ${v('pii.email', 'rachel@dunnaudio.com')}
W-9 received, NDA pending.`),

  rec('chat_fi', f`Tee tästä siisti lista, tarvitsen sen pelitestaajien palkkioita varten:
Aino Korhonen, ${phone('+358 40 718 2364')}, ${v('pii.email', 'aino.korhonen@outlook.com')}
Mikko Lehtinen, ${phone('050 3916 482', 'FI')}, ${v('pii.email', 'mikko.lehtinen@elisanet.fi')}
Henkilötunnukset tulevat erikseen HR:ltä.`),

  rec('log', f`Why is the anti-cheat flagging this player? Server log:

${amb('source_code.snippet', f`2024-11-29T21:04:17Z WARN  ac-service player_id=7719203 name="xXKrakowWolfXx" ip=${amb('pii.ip_address', '83.24.117.209')} reason=speed_anomaly delta=3.8
2024-11-29T21:04:19Z WARN  ac-service player_id=7719203 name="xXKrakowWolfXx" ip=${amb('pii.ip_address', '83.24.117.209')} reason=speed_anomaly delta=4.1
2024-11-29T21:04:22Z INFO  ac-service player_id=7719203 kicked=true account_email=${v('pii.email', 'wolfik.krk@wp.pl')}`)}`),

  rec('chat_id', f`Bantu balas email orang tua pemain yang minta refund karena anaknya top-up tanpa izin. Namanya Ibu Siti Rahmawati, HP ${phone('0813 9246 1187', 'ID')}, email ${v('pii.email', 'siti.rahmawati78@gmail.com')}, total Rp 2.350.000. NIK-nya dia kirim juga: ${ambCat('pii', '3273014507780004')}.`),

  // ——— fish farming ———
  rec('chat_is', f`Geturðu skrifað stutt ferilskrá-ágrip fyrir nýja dýralækninn okkar? Guðrún Sigurðardóttir, kennitala ${ambCat('pii', '120488-3259')}, sími ${phone('+354 772 4815')}, netfang ${v('pii.email', 'gudrun.sig@simnet.is')}. Hún byrjar 6. janúar á Bíldudal.`),

  rec('chat_no', f`Lag en velkomst-e-post til ny røkter på lokalitet Gjæslingan:
Navn: Sander Nilsen
Fødselsnummer: ${ambCat('pii', '14089147485')}
Mobil: ${phone('+47 482 19 604')}
Første arbeidsdag: 2. desember, oppmøte ved fôrflåten kl. 07:00.`),

  rec('chat_es_cl', f`Redacta una carta de recomendación para el buzo de mantenimiento de redes. Datos: Cristián Muñoz Soto, RUT ${ambCat('pii', '16.482.917-0')}, fono ${phone('+56 9 8427 3195')}, correo ${v('pii.email', 'cmunoz.buzo@gmail.com')}. Trabajó 4 años en el centro Calbuco.`),

  rec('vet_log', f`Veterinary visit log, site Hjartøy, 27.11 — translate to English for the Chilean team:
Veterinær: Kari Haugen (${phone('77 64 21 90', 'NO')})
Funn: økt dødelighet merd 6, mistanke om AGD. Prøver sendt til laboratoriet.
Kontaktperson røkter: Jonas Eide, ${phone('+47 56 78 12 40')}`),

  // ——— library consortium ———
  rec('chat_nl', f`Kun je een herinneringsbrief opstellen voor deze lener met achterstallige boeken?
Naam: Els Janssens
Geboortedatum: ${v('pii.date_of_birth', '17/10/1958')}
Adres: Kerkstraat 41, 2440 Geel
Telefoon: ${phone('+32 478 93 21 05')}
Uitgeleend: 4 boeken, 38 dagen te laat.`),

  rec('csv', f`Merge these two patron exports and flag people who appear twice:

${amb('source_code.snippet', f`kortti;nimi;syntymäaika;sähköposti;puhelin
K-204817;Eeva Mäkinen;${v('pii.date_of_birth', '1979-06-02')};${v('pii.email', 'eeva.makinen@gmail.com')};${phone('040 837 2914', 'FI')}
K-204905;Jussi Heikkinen;${v('pii.date_of_birth', '2004-12-19')};${v('pii.email', 'jussi.heikkinen04@hotmail.fi')};${phone('+358 44 291 7738')}
K-211034;Eeva Mäkinen;${v('pii.date_of_birth', '1979-06-02')};${v('pii.email', 'eeva.makinen@gmail.com')};`)}`),

  rec('chat_cs', f`Čtenářka si stěžuje, že jí nechodí upozornění na rezervace. Paní Alena Nováková, ${v('pii.email', 'alena.novakova@seznam.cz')}, tel. ${phone('+420 731 482 095')}. Napiš mi odpověď, ve které se omluvíme.`),

  rec('chat_hr', f`Sastavi potvrdu o članstvu u knjižnici za Anu Babić, rođ. ${v('pii.date_of_birth', '05.09.2009')}, roditelj: Marko Babić, ${phone('+385 91 482 7316')}. Treba joj za školu.`),

  // ——— tax advisory ———
  rec('chat_de', f`Mandant will seine Einkommensteuererklärung 2023 nachreichen. Bitte fasse die fehlenden Unterlagen zusammen:
Name: Thomas Weber, geb. ${v('pii.date_of_birth', '28.08.1971')}
Steuer-ID: ${v('pii.de_steuer_id', '62985571450')}
Ehefrau: Sabine Weber
Tel.: ${phone('+49 211 48273910')}
Fehlt: Anlage V (Vermietung Krefeld), Spendenquittungen.`),

  rec('chat_fr', f`Peux-tu préparer un courrier pour l'URSSAF au nom d'un client auto-entrepreneur ? Nom : Julien Moreau, NIR ${v('pii.fr_nir', '1 37 09 75 222 858 87')}, téléphone ${phone('+33 6 48 27 19 35')}, courriel ${v('pii.email', 'julien.moreau.pro@orange.fr')}. Il conteste une majoration de retard.`),

  rec('chat_it', f`Mi serve una lettera d'incarico per un nuovo cliente: Marco Bianchi, CF ${v('pii.it_codice_fiscale', 'BNCMRC78C12F205V')}, nato il ${v('pii.date_of_birth', '12/03/1978')} a Milano, partita IVA in regime ordinario, pec ${v('pii.email', 'marco.bianchi@pec.it')}.`),

  rec('chat_tr', f`Müşterimiz için vekaletname taslağı hazırlar mısın? Ad Soyad: Ahmet Demir, T.C. Kimlik No: ${ambCat('pii', '51739462850')}, pasaport no ${v('pii.passport', 'U28475190')}, tel ${phone('+90 532 418 27 63')}. Vergi dairesi: Kadıköy.`),

  rec('chat_id', f`Tolong cek kelengkapan data klien untuk lapor SPT Tahunan:
Nama: Budi Santoso
NPWP: ${ambCat('pii', '09.254.294.3-407.000')}
Tanggal lahir: ${v('pii.date_of_birth', '21 Mei 1983')}
HP: ${phone('+62 812-4827-3910')}
Email: ${v('pii.email', 'budi.santoso83@yahoo.co.id')}`),
];

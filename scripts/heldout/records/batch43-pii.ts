/**
 * Held-out batch 43: personal data — subscriber and reader records, seasonal-worker registration,
 * patient transport bookings, visa letters, migrant students' enrolment and water-utility customer
 * files. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH43_PII: DraftRecord[] = [
  rec('reader_letter_de', f`Bitte kürze diesen Leserbrief auf 1200 Zeichen, Name und Ort bleiben drin, Kontaktdaten natürlich raus:

Von: Hinrich Oltmanns <${v('pii.email', 'h.oltmanns@t-online.de')}>
Tel. für Rückfragen: ${phone('04131 7402291', 'DE')}
Betreff: Zur Sperrung der Ilmenaubrücke

Seit drei Monaten fahre ich jeden Morgen 14 Kilometer Umweg, und niemand im Rathaus fühlt sich zuständig …`),

  rec('freelancer_de', f`Stammdatenblatt freie Mitarbeiterin (Lokalsport) — bitte prüfen, ob alles für die Honorarabrechnung da ist:
Name: Merle Scharnhorst
Geburtsdatum: ${v('pii.date_of_birth', '03.11.1994')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '91465703988')}
Anschrift: Am Sande 17, 21335 Lüneburg
Mobil: ${phone('+49 151 2846 3970')}
KSK-Mitglied: ja`),

  rec('obituary_order', f`Traueranzeige, Auftrag 2025-0219. Bitte Text glätten:
"In Liebe und Dankbarkeit nehmen wir Abschied von Wilhelm Harms, * ${v('pii.date_of_birth', '12. April 1938')} † 9. Februar 2025."
Auftraggeberin: Elke Harms, ${v('pii.email', 'elke.harms52@web.de')}, ${phone('0176 39284710', 'DE')}`, 'a deceased person\'s birth date in an obituary: labelled as a date of birth all the same'),

  rec('subscriber_csv', f`Which of these Probeabo sign-ups are probably the same household? Dedupe suggestion please:

${amb('source_code.snippet', f`kundennr,name,email,telefon,plz
700112,Lena Vogt,${v('pii.email', 'lena.vogt@gmx.de')},${phone('+49 4131 729 804')},21335
700113,L. Vogt,${v('pii.email', 'lenavogt88@gmail.com')},${phone('04131 729804', 'DE')},21335
700118,Karsten Petersen,${v('pii.email', 'k.petersen@posteo.de')},,21339`)}`),

  rec('source_note', f`Recherche Klärwerk — Kontakt der Quelle (nicht weitergeben!): ehemaliger Schichtleiter, erreichbar privat unter ${phone('+49 160 9182 7734')}, Mail ${v('pii.email', 'schichtende1971@mailbox.org')}. Kannst du mir Fragen für ein Hintergrundgespräch vorbereiten, ohne dass er identifizierbar wird?`),

  // greenhouse
  rec('worker_reg_nl', f`Inschrijving seizoenskracht — graag controleren voor het uitzendbureau:
Naam: Oksana Shevchenko
Geboortedatum: ${v('pii.date_of_birth', '17-06-1991')}
Nationaliteit: Oekraïens (tijdelijke bescherming)
Paspoortnummer: ${v('pii.passport', 'FE418273')}
BSN: ${v('pii.nl_bsn', '194261268')}
Telefoon: ${phone('+380 67 418 2930')}
Huisvesting: Zonnehoek-logies, kamer 14`),

  rec('chat_uk', f`Перекладіть, будь ласка, нідерландською для відділу кадрів: "Мій новий номер телефону ${phone('+380 93 482 7105')}, старий більше не працює. Паспорт той самий, ${v('pii.passport', 'FK302918')}. Дякую, Микола Бондар."`),

  rec('accident_report', f`Ongevalsmelding kas 6, 11 februari, 10:40
Betrokkene: Péter Kovács, geb. ${v('pii.date_of_birth', '02-09-1986')}, BSN ${v('pii.nl_bsn', '903245243')}
Toedracht: uitgegleden op natte betonpad tussen rij 40 en 41, pols gekneusd.
Contact partner: ${phone('+36 20 391 8427')}

Maak er een korte melding van voor de Arbeidsinspectie (in het Nederlands).`),

  rec('hu_form', f`Egészségügyi adatlap – szezonális munkavállaló
Név: Szabó Réka
Születési dátum: ${v('pii.date_of_birth', '1998. 03. 21.')}
TAJ-szám: ${ambCat('pii', '048 273 915')}
Telefon: ${phone('+36 30 418 2937')}

Fordítsd le angolra az üzemorvosnak.`, 'Hungarian TAJ number: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_es_mx', f`¿Me ayudas a redactar la carta de recomendación para Guadalupe Reyes Ortiz? Trabajó tres temporadas en el invernadero. CURP ${ambCat('pii', 'REOG890614MJCYRD07')}, teléfono ${phone('+52 33 3827 4190')}, correo ${v('pii.email', 'lupita.reyes.o@hotmail.com')}.`, 'Mexican CURP: no built-in rule (ambiguous, no rule id)'),

  rec('housing_list', f`Kamerverdeling logies — wie zit waar? Graag als tabel per kamer:
- kamer 12: Tomasz Wiśniewski (${phone('+48 512 738 204')}), Dmytro Melnyk (${phone('+380 50 918 3274')})
- kamer 14: Oksana Shevchenko, Iryna Koval (${v('pii.email', 'iryna.koval91@ukr.net')})
- kamer 15: Ramón Gil Serrano, DNI ${v('pii.es_dni', '51153554J')}`),

  // ambulance
  rec('transport_booking_fi', f`Potilassiirto, tilaus 25-00831
Potilas: Aino Lehtimäki, hetu ${ambCat('pii', '140352-418T')}
Syntymäaika: ${v('pii.date_of_birth', '14.03.1952')}
Nouto: Vaasan keskussairaala, os. 7 → kotiin, Koulukatu 18 B 9, Vaasa
Omainen: ${phone('+358 50 384 2917')}
Huom: pyörätuoli, happi 2 l/min

Tee tästä englanninkielinen yhteenveto sopimuskuljettajalle.`, 'Finnish henkilötunnus: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_sv', f`Kan du sammanfatta den här bokningen på finska? Patient: Gunnel Sjöholm, personnummer ${ambCat('pii', '470912-4382')}, född ${v('pii.date_of_birth', '12 september 1947')}. Hämtas i Jakobstad kl 08:30 till dialys i Vasa. Anhörig ${phone('+46 73 582 41 06')}.`, 'Swedish personnummer (she lives in Finland but has a Swedish one): no rule, ambiguous'),

  rec('dispatch_log', f`${amb('source_code.snippet', f`2025-01-14 07:52:18 INC-25-01142 PRIO B  caller=${phone('040 738 2914', 'FI')} addr="Rantakatu 4 A 12, Vaasa" pt="mies 78v, rintakipu"
2025-01-14 07:52:40 INC-25-01142 ASSIGN EH-231
2025-01-14 08:03:11 INC-25-01142 EH-231 AT_SCENE
2025-01-14 08:29:55 INC-25-01142 EH-231 TRANSPORT dest=VKS-PPKL`)}

Laske minulle tehtävän vasteaika ja kuljetusaika.`),

  rec('staff_onboarding', f`New paramedic starting 1 March, please draft the welcome mail in Finnish and Swedish:
Name: Elias Granholm
Email: ${v('pii.email', 'elias.granholm@pohjolan-ensihoito.fi')}
Private mobile: ${phone('+358 40 738 2914')}
Born: ${v('pii.date_of_birth', '1996-07-08')}`),

  // parts distributor
  rec('visa_letter', f`Invitation letter for the customer-site visit in Hwaseong, please make it sound formal:
Engineer: Daan van Leeuwen, Dutch passport ${v('pii.passport', 'NXK8R4L27')}, born ${v('pii.date_of_birth', '22 May 1985')}
Purpose: installation of refurbished RF generator, 10–21 March 2025
Host contact: ${phone('+82 10 3847 2916')}`),

  rec('chat_ko', f`출장자 정보 정리 부탁드립니다: 김민준 과장, 여권번호 ${v('pii.passport', 'M74829163')}, 생년월일 ${v('pii.date_of_birth', '1983년 4월 9일')}, 연락처 ${phone('010-4827-1936', 'KR')}. 네덜란드 본사 방문용 초청장에 들어갈 내용이에요.`),

  rec('chat_vi', f`Nhờ bạn soạn email gửi bộ phận nhân sự ở Eindhoven: nhân viên mới Nguyễn Thị Thu Hà, ngày sinh ${v('pii.date_of_birth', '05/10/1997')}, số CCCD ${ambCat('pii', '079197004182')}, điện thoại ${phone('+84 903 418 275')}, email ${v('pii.email', 'thuha.nguyen@kestrelparts.com')}.`, 'Vietnamese CCCD citizen-ID number: no built-in rule, ambiguous'),

  rec('hr_il', f`תרגם לאנגלית בבקשה עבור משאבי אנוש: העובד יוסי אברהם, ת.ז. ${ambCat('pii', '038472916')}, טלפון ${phone('+972 54 731 8290')}, מתחיל ב-1 באפריל במחסן בקריית גת.`, 'Israeli Teudat Zehut number: no built-in rule, ambiguous'),

  rec('us_onboarding', f`Austin office new hire — I-9 done, payroll needs a summary. Name: Brandon Okafor, SSN ${v('pii.us_ssn', '529-41-8836')}, DOB ${v('pii.date_of_birth', '08/30/1990')}, cell ${phone('+1 512 839 4027')}. Write a checklist of what's still missing for benefits enrollment.`),

  rec('fr_payroll', f`Peux-tu préparer le courrier d'embauche pour notre technicien de Crolles ? M. Julien Fabre, né le ${v('pii.date_of_birth', '11/04/1986')}, n° de sécurité sociale ${v('pii.fr_nir', '1 86 04 69 123 047 94')}, tél. ${phone('+33 4 76 38 29 14')}.`),

  rec('id_chat', f`Mbak, tolong buatkan surat keterangan kerja untuk staf gudang Batam: Rizky Pratama, NIK ${ambCat('pii', '2171051208930004')}, lahir ${v('pii.date_of_birth', '12 Agustus 1993')}, HP ${phone('+62 813 7291 4083')}. Untuk pengajuan KPR.`, 'Indonesian NIK: no built-in rule, ambiguous'),

  // language school
  rec('enrolment_pt', f`Ficha de inscrição — Português Língua de Acolhimento, nível A1
Nome: Rohan Verma
Data de nascimento: ${v('pii.date_of_birth', '19/02/1999')}
Passaporte (Índia): ${v('pii.passport', 'W4829173')}
NIF: ${ambCat('pii', '298417365')}
Telemóvel: ${phone('+351 933 184 726')}
E-mail: ${v('pii.email', 'rohan.verma.lx@gmail.com')}

Podes verificar se a ficha está completa para a candidatura ao IEFP?`, 'Portuguese NIF: no built-in rule, ambiguous'),

  rec('chat_hi', f`मैडम, मेरा आधार नंबर ${v('pii.in_aadhaar', '8582 5021 6746')} है और पासपोर्ट ${v('pii.passport', 'T7314928')}। AIMA की अपॉइंटमेंट के लिए स्कूल से enrollment letter चाहिए, क्या आप बना सकती हैं?`),

  rec('chat_uk_pt', f`Olá, a aluna Kateryna Melnyk (turma B1, terças) pediu declaração de frequência. Dados: passaporte ucraniano ${v('pii.passport', 'GA183726')}, data de nascimento ${v('pii.date_of_birth', '30.08.1988')}, morada Rua dos Anjos 54, 2.º Esq., Lisboa. Escreve a declaração em português.`),

  rec('class_list', f`Lista da turma A2 (sábado) — preciso de grupos de 4 com línguas maternas diferentes:

${amb('source_code.snippet', f`nome;língua;telefone;email
Thanh Tùng Lê;vietnamita;${phone('+351 912 048 372')};${v('pii.email', 'tungle.lx@yahoo.com')}
Priya Nair;malaiala;${phone('+351 926 381 740')};${v('pii.email', 'priya.nair2020@gmail.com')}
Olena Hrytsenko;ucraniano;${phone('+380 67 209 4815')};
Amadou Diallo;fula;${phone('+351 968 274 031')};${v('pii.email', 'amadou.diallo.pt@outlook.com')}`)}`),

  rec('it_branch', f`Per la sede di Milano: iscrizione corso di italiano L2 per Ahmed Rahimi, codice fiscale ${v('pii.it_codice_fiscale', 'SNGRJV95D03Z222U')}? No aspetta, quello è di Jaswinder Singh. Ahmed ha ${v('pii.it_codice_fiscale', 'KVLNDR88M12Z138G')}. Puoi rifare la lettera di conferma con i dati giusti?`),

  rec('teacher_el', f`Γεια σου! Η νέα καθηγήτρια, Ελένη Παπαδοπούλου, γεννημένη ${v('pii.date_of_birth', '7 Μαρτίου 1990')}, τηλ. ${phone('+30 697 418 2036')}, email ${v('pii.email', 'e.papadopoulou@escolaponte.pt')}. Γράψε μου ένα σύντομο καλωσόρισμα στα πορτογαλικά.`),

  // water utility
  rec('customer_cs', f`Zákazník volal kvůli vyúčtování. Prosím o shrnutí pro technika:
Odběratel: Ing. Pavel Dvořák
Rodné číslo: ${ambCat('pii', '780514/3287')}
Odběrné místo: 40218733, Na Výsluní 12, Třebovice
Telefon: ${phone('+420 732 418 906')}
E-mail: ${v('pii.email', 'pavel.dvorak78@seznam.cz')}
Stížnost: spotřeba 48 m³ za čtvrtletí, běžně 14 m³ — podezření na únik za vodoměrem.`, 'Czech rodné číslo: no built-in rule, ambiguous'),

  rec('route_sheet', f`Odečtová trasa 07, únor — přeházej pořadí podle ulic, ať odečítač nechodí tam a zpět:

${amb('source_code.snippet', f`OM;jmeno;adresa;telefon;poznamka
40218733;Dvořák Pavel;Na Výsluní 12;${phone('+420 732 418 906')};pes
40219011;Horáková Jana;Lipová 3;${phone('+420 608 492 117')};klíč u sousedky
40219260;Kratochvíl Miroslav;Lipová 19;${phone('+420 567 890 123')};vodoměr ve sklepě`)}`),

  rec('meter_reader_hu', f`A leolvasó kollégánk, Nagy Gábor (${phone('+36 20 847 3916')}, ${v('pii.email', 'nagy.gabor@vodarna-trebovice.cz')}) jövő héttől a 09-es útvonalat viszi. Írd meg csehül a tájékoztatót az ügyfeleknek.`),

  rec('debtor_email', f`Draft a polite reminder (Czech + English) to this customer, second notice:

Customer: Thomas Reuter (German, holiday house)
Account 40377120, outstanding 3 918,50 Kč since 31.10.
Email: ${v('pii.email', 'thomas.reuter@freenet.de')}
Phone: ${phone('+49 4131 740 2291')}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-02-05T06:14:22Z","svc":"selfservice-portal","evt":"login_failed","user":"${v('pii.email', 'jana.horakova@centrum.cz')}","reason":"bad_password","attempt":5,"ip":"${amb('pii.ip_address', '89.102.187.44')}"}`)}
Is 5 attempts before lockout too strict for the customer portal? Most of our users are pensioners.`),

  rec('chat', f`Can you write a text for the leak-notification SMS? Test it with my number ${phone('+420 608 492 117')} first. Customer example: "Vážený pane Kratochvíle, na vašem odběrném místě …"`),
];

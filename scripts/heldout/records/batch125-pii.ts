/**
 * Held-out batch 125: personal data — fine-driver designations, hearing-study participant records,
 * supplier and customs contacts, school group bookings, data-subject deletion requests and shipyard
 * crew lists, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH125_PII: DraftRecord[] = [
  // --- car-sharing fines desk ---
  rec('form_de', f`Bitte formuliere die Fahrerbenennung an die Bußgeldstelle Hamburg (Az. 545.12.118374.9) höflich und knapp:
Fahrzeug: HH-MO 902E, Tatzeit 11.02.2025, 22:47 Uhr
Fahrer laut Mietvertrag: Jannik Oberländer
Geburtsdatum: ${dob('17.06.1996')}
Anschrift: Eppendorfer Weg 211, 20253 Hamburg
Mobil: ${phone('0151 28374916', 'DE')}
E-Mail: ${mail('j.oberlaender96@gmx.de')}`),

  rec('chat_fr', f`Un client conteste une amende de stationnement à Lyon, il dit qu'il avait déjà rendu la voiture. Ses coordonnées : Karim Haddad, né le ${dob('3 avril 1989')}, tél. ${phone('06 48 27 39 15', 'FR')}, ${mail('karim.haddad89@orange.fr')}. Rédige-moi une réponse qui lui demande la capture d'écran de fin de location.`),

  rec('form_es', f`Identificación del conductor – expediente DGT 28-004-118.374-2
Titular del vehículo: Mobilo Carsharing Iberia S.L.
Conductor: Álvaro Sepúlveda Ruiz
DNI: ${v('pii.es_dni', '48291736Q')}
Permiso de conducir: mismo número
Teléfono: ${phone('612 84 37 29', 'ES')}

¿Puedes revisar si falta algo antes de enviarlo por la sede electrónica?`),

  rec('form_it', f`Comunicazione dati del conducente – verbale n. 2025/PM/004182 (Comune di Milano)
Cognome e nome: Bianchi Giulia
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI92E47F205I')}
Data di nascita: ${dob('07/05/1992')}
Patente n. MI5182937K
Cellulare: ${phone('+39 347 829 3641')}

Controlla che sia tutto coerente, per favore.`),

  rec('ticket_en_gb', f`NIP received for car KX23 MOB (bus lane, Manchester, 14/02). Renter at the time:
Olivia Pritchard, DOB ${dob('22/11/1990')}
${mail('olivia.pritchard@btinternet.com')} · ${phone('07912 482937', 'GB')}
Need to transfer liability within 28 days. Draft the email to her explaining the process and the £25 admin fee.`),

  rec('chat_nl', f`Klant belt boos over een CJIB-boete voor een rit die hij niet gemaakt zou hebben. Gegevens: Sven de Boer, geboren ${dob('9 augustus 1984')}, ${phone('06-48273916', 'NL')}, ${mail('svendeboer@ziggo.nl')}. De app-log laat zien dat zijn account de auto om 14:02 opende vanaf IP ${ip('84.241.197.36')}. Kun je een neutrale reactie opstellen?`),

  // --- hearing-research lab ---
  rec('referral_en_gb', f`GP referral into our cochlear-implant listening study, can you summarise the eligibility bits?

Patient: Margaret Okonkwo
NHS number: ${v('pii.uk_nhs_number', '485 921 7365')}
DOB: ${dob('14/03/1958')}
Tel: ${phone('020 3829 4716', 'GB')}
Bilateral severe-to-profound SNHL, CI (right) since 2019, no tinnitus complaints, speaks English and Igbo.`),

  rec('csv', f`Deltagerliste til lytteforsøg uge 12 — kan du lave en SMS-påmindelse pr. person ud fra den her?

${amb('source_code.snippet', f`deltager_id;navn;fødselsdato;mobil;email;tid
HL-0412;Mette Kjærgaard;${dob('1971-02-19')};${phone('+45 28 47 39 16')};${mail('mette.kj@live.dk')};ons 10:00
HL-0415;Anders Vestergaard;${dob('1966-09-04')};${phone('+45 31 72 84 05')};${mail('a.vestergaard@mail.tele.dk')};ons 13:30
HL-0419;Sofie Lund;${dob('2001-12-30')};${phone('+45 42 18 93 67')};${mail('sofielund01@gmail.com')};tor 09:00`)}`),

  rec('form_de', f`Für die Auszahlung der Probandenvergütung (> 256 €/Jahr) braucht die Uni-Verwaltung die Steuer-ID. Bitte schreib eine kurze Erklärung für die Proband:innen, warum wir das fragen. Beispielzeile aus dem Formular:
Proband: P-2025-088, Lena Wojcik, geb. ${dob('02.10.1999')}, Steuer-ID ${v('pii.de_steuer_id', '47283910694')}, Tel. ${phone('0176 48291735', 'DE')}`),

  rec('chat_nl', f`Voor de vergoeding van proefpersonen vraagt de financiële administratie een BSN. Deelnemer 27 heeft het per mail gestuurd: BSN ${v('pii.nl_bsn', '193847620')}, geboortedatum ${dob('18-01-1979')}. Mag ik dat zomaar in de deelnemersmap opslaan of moet het apart?`),

  rec('chat_ko', f`청각 연구 참가자 모집 문의에 답장 좀 써 주세요. 문의하신 분: 박서연, 연락처 ${phone('010 4829 3716', 'KR')}, 이메일 ${mail('seoyeon.park@naver.com')}. 보청기 사용자이고 만 65세 이상이라서 2차 실험 대상입니다.`),

  rec('chat_fr_ca', f`Salut! Une participante de l'étude sur l'acouphène à Montréal a dépassé 500 $ de compensation cette année, faut qu'on émette un relevé. Elle m'a envoyé son NAS : ${v('pii.ca_sin', '528 391 741')}, date de naissance ${dob('1987-07-23')}, cell ${phone('(514) 829-3746', 'CA')}. Peux-tu m'écrire un courriel pour confirmer qu'on l'a bien reçu, pis lui rappeler qu'on le garde sous clé?`),

  rec('chat_sv', f`Kan du skriva ett vänligt sms till en försöksperson som missade sin hörseltest-tid? Ingrid Holmberg, ${phone('070-482 93 71', 'SE')}. Ny tid: torsdag 14:15, hus B plan 2. Hon använder hörapparat så texten ska vara tydlig.`),

  // --- spice importer ---
  rec('chat_hi_en', f`Warehouse me naya loader join kar raha hai, KYC ke liye uska Aadhaar ${v('pii.in_aadhaar', '7392 0481 5638')} aur mobile ${phone('98201 48372', 'IN')} diya hai. Iska joining letter Hindi me bana do please, naam Ramesh Yadav, joining 17 March.`),

  rec('chat_vi', f`Nhờ bạn soạn email gửi chị Trần Thị Mai, phụ trách xuất khẩu quế ở Yên Bái, hỏi về giấy chứng nhận kiểm dịch thực vật cho lô hàng tháng 4. Số điện thoại của chị: ${phone('+84 912 482 937')}, email ${mail('mai.tran.quevn@gmail.com')}.`),

  rec('chat_ta', f`வணக்கம், மஞ்சள் விவசாயி திரு. செல்வராஜ் அவர்களுக்கு ஒரு கடிதம் எழுத வேண்டும். அவரது கைபேசி எண் ${phone('+91 94431 27058')}. அடுத்த அறுவடைக்கான பூச்சிக்கொல்லி எச்ச பரிசோதனை அறிக்கை கேட்க வேண்டும். தமிழில் எழுதவும்.`),

  rec('chat_fa', f`سلام، برای دعوت‌نامه ویزای تأمین‌کننده زعفران از مشهد این اطلاعات را داریم: آقای مهدی رضایی، تاریخ تولد ${dob('۱۳۶۴/۰۵/۱۲')} (${dob('1985-08-03')})، شماره گذرنامه ${pass('K48291736')}، تلفن ${phone('+98 912 482 9371')}. لطفاً متن دعوت‌نامه را به انگلیسی بنویس.`),

  rec('chat_id', f`Tolong buatkan surat pengantar untuk kurir dokumen bea cukai kami di Tanjung Priok: Bapak Agus Santoso, paspor ${pass('C4829173')}, HP ${phone('0812-4829-3716', 'ID')}, email ${mail('agus.santoso.kurir@yahoo.co.id')}.`),

  // --- children's theatre ---
  rec('chat_pt_pt', f`Bom dia! A professora Catarina Mendes, da EB1 de Alvalade, reservou 2 turmas para dia 8. Contacto dela: ${phone('912 847 362', 'PT')} / ${mail('catarina.mendes@agrup-alvalade.edu.pt')}. Podes escrever-lhe a confirmar e a pedir a lista de alunos com necessidades especiais?`),

  rec('chat_es_mx', f`Hola, una mamá nos escribió que su hijo tiene alergia severa al cacahuate y quiere saber si en la función del sábado venden dulces con maní. Se llama Rocío Hernández, su cel es ${phone('+52 55 4829 3716')}. ¿Me ayudas a redactar una respuesta tranquilizadora?`),

  rec('csv', f`Lista rezerwacji szkolnych na "Calineczkę" — posortuj po dacie i policz miejsca:

${amb('source_code.snippet', f`szkoła,opiekun,telefon,email,data,miejsca
SP 12 Gdańsk,Joanna Wiśniewska,${phone('602 847 391', 'PL')},${mail('j.wisniewska@sp12.gda.pl')},2025-03-18,54
SP 3 Sopot,Marek Zieliński,${phone('+48 501 274 968')},${mail('mzielinski.sp3@wp.pl')},2025-03-18,28
Przedszkole "Bajka",Ewa Nowak,${phone('+48 698 312 407')},${mail('przedszkole.bajka@onet.pl')},2025-03-20,22`)}`),

  rec('chat_cs', f`Ahoj, paní Dvořáková si koupila 5 vstupenek na "Krtečka" a e-mail s QR kódy jí nedorazil. Její údaje: ${mail('dvorakova.jitka@seznam.cz')}, tel. ${phone('603 829 471', 'CZ')}. Napiš mi prosím krátkou omluvu a že vstupenky posíláme znovu.`),

  rec('chat_sr', f`Здраво, потребно ми је писмо за вођу групе из вртића „Звончица“: Милица Петровић, телефон ${phone('063 829 3741', 'RS')}, мејл ${mail('milica.petrovic@zvoncica.rs')}. Представа „Ивица и Марица“ је 22. марта у 10 часова. Напиши потврду на српском.`),

  rec('chat_nl_be', f`Een papa vraagt een rolstoelplaats voor zijn dochter bij "De Kleine Zeemeermin". Hij heet Pieter Claes, gsm ${phone('0478 29 38 41', 'BE')}. De kleine is geboren op ${dob('12/06/2017')} (voor het kindertarief). Kunt ge een vriendelijk antwoord schrijven?`),

  // --- data broker deletion requests ---
  rec('dsar_en_us', f`New opt-out/deletion request from the web form. Verify identity against our records and draft the acknowledgment (CCPA, 45 days):

Full name: Tamika R. Ellison
Email: ${mail('tamika.ellison@outlook.com')}
Phone: ${phone('(415) 829-4716', 'US')}
DOB: ${dob('04/09/1983')}
Last 4 SSN provided, full SSN in attachment: ${v('pii.us_ssn', '529-41-7386')}
Previous address: 1840 Fulton St, San Francisco, CA 94117`),

  rec('dsar_de', f`Löschersuchen nach Art. 17 DSGVO, eingegangen per Kontaktformular. Bitte Eingangsbestätigung formulieren (ohne die Daten zu wiederholen):

Name: Friederike Albrecht
Geburtsdatum: ${dob('30.01.1975')}
E-Mail: ${mail('f.albrecht@posteo.de')}
Telefon: ${phone('030 28374916', 'DE')}
Formular abgeschickt von IP: ${ip('91.64.203.117')}
Freitext: "Ich möchte, dass Sie alle Daten über mich löschen und auch an Ihre Kunden weitergegebene Profile zurückrufen."`),

  rec('dsar_es', f`Nos ha llegado una solicitud de supresión (art. 17 RGPD) de una persona residente en España que adjunta su NIE ${v('pii.es_nie', 'Y4829173S')} y el correo ${mail('ion.popescu.madrid@hotmail.com')}. No tenemos ningún NIE en nuestra base de datos; ¿le pedimos menos datos o lo usamos para buscar? Redacta la respuesta.`),

  rec('dsar_pt_br', f`Pedido de eliminação (art. 18 LGPD) — titular: Luana Ferreira Campos, CPF ${v('pii.br_cpf', '529.384.017-79')}, e-mail ${mail('luana.fcampos@uol.com.br')}, celular ${phone('(21) 98374-2615', 'BR')}. Ela diz que recebe ligações de telemarketing com o nome dela comprado de nós. Me ajuda a escrever a resposta em até 15 dias?`),

  rec('dsar_fr', f`Demande d'effacement reçue par courrier, je dois la saisir. La personne a mis son numéro de sécu "pour être sûre qu'on la retrouve" : ${v('pii.fr_nir', '2 94 09 69 388 105 66')}, née le ${dob('14/09/1994')}, courriel ${mail('chloe.vasseur94@free.fr')}. Faut-il conserver le NIR dans le ticket ? Rédige une réponse qui dit qu'on ne le traite pas.`),

  rec('dsar_it', f`Richiesta di cancellazione (art. 17 GDPR) da parte di Laura Conti, codice fiscale ${v('pii.it_codice_fiscale', 'CNTLRA78M52H501U')}, email ${mail('laura.conti78@libero.it')}. Chiede anche di sapere a quali clienti abbiamo venduto il suo profilo. Scrivi una risposta formale in italiano.`),

  rec('dsar_en_gb', f`Erasure request (UK GDPR) — she's sent more than we need. Help me write back that we've deleted the National Insurance number she included:
Name: Priya Raghunathan
NI number: ${v('pii.uk_nino', 'JT 48 29 15 C')}
DOB: ${dob('5 June 1991')}
Email: ${mail('priya.r91@hotmail.co.uk')}`),

  // --- ship-repair yard ---
  rec('csv', f`Crew list for the yard gate-pass system, subcontractor Baltic Hull Services. Please convert to the format security wants (Surname, Given name, Nationality, Passport, Expiry):

${amb('source_code.snippet', f`name,dob,nationality,passport_no,passport_exp,mobile
Tomasz Kaczmarek,${dob('1979-04-11')},PL,${pass('EM4829173')},2031-06-30,${phone('+48 602 847 391')}
Oleksandr Bondarenko,${dob('1986-10-02')},UA,${pass('FT482917')},2029-02-14,${phone('+380 67 482 9371')}
Aurimas Petrauskas,${dob('1992-01-27')},LT,${pass('24829173')},2030-08-19,${phone('+370 612 48293')}`)}`),

  rec('chat_tr', f`Taşeron firmanın kaynakçısı için liman giriş kartı başvurusu yapacağım: Mehmet Yıldırım, doğum tarihi ${dob('21.08.1983')}, pasaport no ${pass('U48291736')}, cep ${phone('0532 482 93 71', 'TR')}. Başvuru için kısa bir İngilizce ön yazı hazırlar mısın?`),

  rec('chat_bn', f`আমাদের শিপইয়ার্ডে নতুন ফিটার আসছেন বাংলাদেশ থেকে। নাম: মো. রফিকুল ইসলাম, পাসপোর্ট নম্বর ${pass('EB0482917')}, জন্মতারিখ ${dob('১২/০৩/১৯৯০')}, মোবাইল ${phone('+880 1712-482937')}। তাঁর ওয়ার্ক পারমিটের জন্য একটি ইংরেজি কভার লেটার লিখে দিন।`),

  rec('chat_tl', f`Pa-help naman, gagawa ako ng request sa immigration para sa pipefitter namin galing Batangas: Jomar Dela Cruz, passport ${pass('P4829173B')}, birthday ${dob('March 3, 1988')}, cp ${phone('0917 482 9371', 'PH')}. Formal English sana, with a short note in Tagalog para sa kanya.`),

  rec('chat_am', f`ሰላም፣ ለመርከብ ጥገና ጣቢያው አዲስ ብየዳ ሰራተኛ የመግቢያ ፈቃድ ማመልከቻ ላይ እገዛ እፈልጋለሁ። ስም፡ ተስፋዬ በቀለ፣ የፓስፖርት ቁጥር ${pass('EP4829173')}፣ የትውልድ ቀን ${dob('1985-11-09')}፣ ስልክ ${phone('+251 91 148 2937')}። በእንግሊዝኛ አጭር ደብዳቤ ጻፍልኝ።`),
];

/** Held-out batch 20: personal data in guest registrations, subscriber records, seller KYC, payroll and works-council lists. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pass = (s: string) => v('pii.passport', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH20_PII: DraftRecord[] = [
  rec('form_de_at', f`Gästeblatt (Meldezettel) – Hotel Alpenrose Innsbruck
Familienname: Oberhuber   Vorname: Katharina
Geburtsdatum: ${dob('17.03.1986')}   Staatsangehörigkeit: AT
Reisepass-Nr.: ${pass('U4829173')}
Begleitperson: Lukas Oberhuber, geb. ${dob('02.11.2015')}
Anreise 27.12.2024 – Abreise 03.01.2025, Zi. 214

Kannst du mir eine Excel-Formel bauen, die aus dem Geburtsdatum prüft, ob die Kurtaxe für Kinder unter 15 entfällt?`),

  rec('form_es', f`Parte de entrada de viajeros – Hotel Marbella Playa
1) Javier Ortega Ruiz – DNI ${v('pii.es_dni', '67869127Z')} – fecha de nacimiento ${dob('14/06/1979')}
2) Ioana Popa – NIE ${v('pii.es_nie', 'X9425745T')} – fecha de nacimiento ${dob('30/01/1984')}
Llegada: 28/12/2024

El sistema de la Guardia Civil (SES.Hospedajes) me rechaza la segunda línea, ¿el NIE va con guiones?`),

  rec('chat_it', f`Per la schedina alloggiati mi manca solo un dato: l'ospite italiano è Giulia Bianco, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI88M52L219Z')}. La tedesca invece ha il passaporto ${pass('C7XK49T2M')}. Come si compila il campo "tipo documento" per i passaporti esteri?`),

  rec('crm_de', f`Kundendaten aus dem CRM (Kündigung Festnetz + Mobil), bitte Kündigungsbestätigung formulieren:

Kundennr.: 4471-883920
Name: Herr Dieter Kühn
Geb.: ${dob('23.08.1958')}
Rufnummer Mobil: ${phone('0172 4839215', 'DE')}
Festnetz: ${phone('030 47381920', 'DE')}
E-Mail: ${email('d.kuehn58@web.de')}
Vertragsende: 31.01.2025 (Mindestlaufzeit erfüllt)`),

  rec('ticket_en_gb', f`PAC request #PT-558130 — customer wants to port out to another network.
Account holder: Mrs Shirley Adeyemi
DOB (security check): ${dob('09/04/1971')}
Number to port: ${phone('07842 615093', 'GB')}
Contact email: ${email('shirley.adeyemi@btinternet.com')}

She failed security twice (wrong postcode). Can you write a script for the agent on how to re-verify without sounding accusatory?`),

  rec('fraud_case', f`Case FR-2024-1193 (SIM swap suspected)
- Subscriber: ${phone('+353 87 219 4736')}, registered to Ciarán Walsh
- SIM swap requested via web self-care from ${ip('185.107.56.214')} at 02:41
- Email on account changed 02:39 from ${email('ciaran.walsh@eircom.net')} to ${email('c.walsh.support@proton.me')}
- Top-up of €200 at 02:55, ported-in eSIM activated 03:02

Summarise this as a timeline for the Garda report.`),

  rec('kyc_pt_br', f`Cadastro de vendedor pendente de KYC, pode resumir o que falta?

Razão social: Móveis Artesanais Ribeiro ME
Responsável: Fernanda Ribeiro
CPF: ${v('pii.br_cpf', '371.538.431-08')}
Data de nascimento: ${dob('22/09/1990')}
Celular: ${phone('(21) 99384-1276', 'BR')}
E-mail: ${email('fernanda@moveisribeiro.com.br')}
Documentos enviados: CNH (frente), comprovante de endereço`),

  rec('kyc_en_in', f`Seller onboarding stuck at KYC — Aadhaar OTP not coming. Details:
Seller: Shree Ganesh Handicrafts (Jaipur)
Proprietor: Mahesh Kumar Agarwal
Aadhaar: ${v('pii.in_aadhaar', '2927 0169 7137')}
Mobile linked to Aadhaar: ${phone('+91 98201 47736')}
Email: ${email('shreeganesh.jaipur@gmail.com')}

Can you write a WhatsApp message in Hinglish telling him to update the mobile number at the Aadhaar centre first?`),

  rec('payroll_uk', f`Payroll query from the Leeds hotel — new starter has no P45. Starter checklist:
Name: Bethany Carr
NI number: ${v('pii.uk_nino', 'JG 10 37 42 C')}
Date of birth: ${dob('28 February 1999')}
Statement: B (this is my only job, no benefits since 6 April)

Which tax code do I use and is it on a cumulative basis?`),

  rec('payroll_us', f`W-4 data for the two new Spartanburg plant hires, please check for errors before I key them in:
1. Marcus Bell — SSN ${v('pii.us_ssn', '490-66-7065')} — married filing jointly — 2 dependents
2. Lakisha Moore — SSN ${v('pii.us_ssn', '163 56 5551')} — single — extra withholding $40/paycheck`),

  rec('payroll_nl', f`Kun je een controlelijst maken voor de loonaangifte? Nieuwe medewerker receptie Amsterdam: Noor van Dijk, BSN ${v('pii.nl_bsn', '574575406')}, geboren ${dob('5 juli 2001')}, loonheffingskorting ja, uurloon € 15,20.`),

  rec('payroll_fr', f`Le logiciel de paie refuse le NIR de la nouvelle assistante (cabinet de Lyon). Elle l'a tapé comme ça : ${v('pii.fr_nir', '2 07 09 70 180 391 71')}. Est-ce que le format est bon ou faut-il l'écrire sans espaces ? Elle est née en septembre 2007, c'est une apprentie.`),

  rec('payroll_de', f`Hallo, für die Lohnabrechnung Dezember fehlt mir die ELStAM-Anmeldung. Daten aus dem Personalfragebogen:
Name: Tobias Reinhardt, Werk Schweinfurt, Schicht B
Steuer-ID: ${v('pii.de_steuer_id', '26392815720')}
Geburtsdatum: ${dob('11.05.1993')}
Steuerklasse III, 1,0 Kinderfreibeträge, Konfession rk
Kannst du mir sagen, warum die Abfrage "Identifikationsnummer unbekannt" zurückgibt?`),

  rec('payroll_ca', f`Hi, our accounting firm handles payroll for a Toronto startup. New hire: Ethan Lavoie, SIN ${v('pii.ca_sin', '471 895 045')}, start date Jan 6. Is a 9-series SIN a problem for a permanent hire? His isn't, just asking for the checklist.`),

  rec('hr_en_gb', f`Occupational health referral (Manchester Piccadilly hotel, housekeeping):
Employee: Graham Whitaker, DOB ${dob('14/12/1968')}
NHS number: ${v('pii.uk_nhs_number', '414 874 4145')}
Reason: recurring back pain, 3 absences since August

Can you make this referral letter sound less clinical and more supportive?`),

  rec('list_de', f`Wahlvorschlag Betriebsratswahl 2026 – Liste "Gemeinsam stark" (Werk Bamberg)
1. Sabine Roth, Qualitätsprüferin, geb. ${dob('03.02.1975')}, Tel. ${phone('0151 72948316', 'DE')}
2. Mehmet Yıldız, Instandhaltung, geb. ${dob('19.10.1982')}, Tel. ${phone('0176 38291047', 'DE')}
3. Jana Pospíšil, Logistik, geb. ${dob('27.06.1991')}, ${email('jana.pospisil@gmx.de')}

Prüf bitte, ob die Reihenfolge nach Geschlechterquote passt (Minderheitengeschlecht Frauen, 3 von 9 Sitzen).`),

  rec('email_ch', f`Von: Reto Baumgartner <${email('reto.baumgartner@treuhand-zug.ch')}>
Gesendet: Dienstag, 19. November 2024 16:02
An: ${email('lohn@treuhand-zug.ch')}
Betreff: AHV-Nummer Neueintritt

Hoi zäme, die neue Mitarbeiterin bei Mandant Zuger Feinmechanik hat die AHV-Nummer ${ambCat('pii', '756.4829.1736.04')}, Eintritt 1.1.2025. Bitte im Lohnprogramm erfassen.
Freundliche Grüsse, Reto
Mobile ${phone('079 482 17 36', 'CH')}

Kannst du mir eine kurze Antwort schreiben, dass wir es erfasst haben?`, 'Swiss AHV number: personal, no built-in rule (ambiguous)'),

  rec('ticket_ja', f`お客様からの問い合わせです。返信文を丁寧な日本語で作ってください。
氏名：佐藤 美咲
メール：${email('misaki.sato@docomo.ne.jp')}
電話：${phone('090-4827-1193', 'JP')}
内容：注文した椅子（注文番号 JP-228104）が届かない。配送業者に聞いても分からないと言われた。`),

  rec('chat_th', f`ช่วยเขียนข้อความ SMS ยืนยันการจองห้องพักให้แขกหน่อยค่ะ คุณวรรณา ศรีสุข เบอร์ ${phone('089 412 7735', 'TH')} เข้าพัก 14-16 ก.พ. ห้อง Deluxe วิวทะเล`),

  rec('chat_da', f`Kan du lave et udkast til en ansættelseskontrakt for vores nye receptionist? Navn: Freja Mortensen, CPR-nr. ${ambCat('pii', '120495-1836')}, tlf. ${phone('20 48 17 39', 'DK')}, start 1. februar, 32 timer om ugen.`, 'Danish CPR number: personal, no built-in rule (ambiguous)'),

  rec('chat_sv', f`Hjälp mig skriva ett intyg om anställning för bolånet. Anställd: Oskar Lindholm, personnummer ${ambCat('pii', '870322-4418')}, kvalitetsingenjör sedan 2016, tel ${phone('070-482 17 39', 'SE')}.`, 'Swedish personnummer: personal, no built-in rule (ambiguous)'),

  rec('chat_pl', f`Napisz proszę pismo do ZUS o korektę zgłoszenia dla pracownika produkcji: Krzysztof Nowak, PESEL ${ambCat('pii', '85071203418')}, data urodzenia ${dob('12.07.1985')}, tel. ${phone('601 284 739', 'PL')}.`, 'PESEL: personal, no built-in rule (ambiguous)'),

  rec('chat_tr', f`Müşteri hattı: abonenin hat sahipliği değişecek. Eski sahip: Ayşe Demir, T.C. kimlik no ${ambCat('pii', '28417396052')}, doğum tarihi ${dob('04.09.1966')}. Yeni sahip oğlu Emre Demir, iletişim ${phone('0532 418 27 93', 'TR')}. Devir için gereken belgeleri listeler misin?`, 'Turkish identity number: personal, no built-in rule (ambiguous)'),

  rec('chat_he', f`תכין בבקשה טופס הצטרפות ללקוח עסקי חדש בחבילת סלולר: שם איש הקשר אבי כהן, ת"ז ${ambCat('pii', '038472915')}, נייד ${phone('052-418-2739', 'IL')}, מייל ${email('avi.cohen@cohen-logistics.co.il')}.`, 'Israeli ID number: personal, no built-in rule (ambiguous)'),

  rec('log', f`Why do we get so many failed logins from the same two addresses? Seller portal auth log:

${amb('source_code.snippet', f`2024-11-24T06:12:01Z WARN auth login_failed user=${email('info@lampenwelt-shop.de')} ip=${ip('91.234.99.18')} reason=bad_password
2024-11-24T06:12:03Z WARN auth login_failed user=${email('kontakt@fahrradteile-maier.de')} ip=${ip('91.234.99.18')} reason=bad_password
2024-11-24T06:12:04Z WARN auth login_failed user=${email('verkauf@holzspielzeug-erz.de')} ip=${ip('2a0b:4340:a1::7e')} reason=bad_password
2024-11-24T06:12:09Z INFO auth login_ok user=${email('shop@kaffeeroesterei-lind.de')} ip=${ip('87.139.44.201')}`)}`),

  rec('chat_ar', f`أرجو كتابة رسالة دعوة رسمية لتأشيرة عمل لمهندس الجودة القادم إلى مصنعنا في ألمانيا: الاسم خالد عبد الرحمن، رقم جواز السفر ${pass('A08472916')}، تاريخ الميلاد ${dob('15/03/1988')}، الجنسية مصري، مدة الزيارة أسبوعان في فبراير.`),

  rec('chat_hi', f`कृपया इस ग्राहक के लिए सिम री-इश्यू का फ़ॉर्म भर दीजिए: नाम सुनीता शर्मा, आधार ${v('pii.in_aadhaar', '7566 0908 1369')}, मोबाइल ${phone('98104 27736', 'IN')}, जन्म तिथि ${dob('21/01/1980')}.`),

  rec('chat_pt_pt', f`Preciso de uma carta de boas-vindas para a nova rececionista do hotel em Lisboa: Inês Carvalho, NIF ${ambCat('pii', '245817396')}, telemóvel ${phone('912 483 776', 'PT')}, email ${email('ines.carvalho@sapo.pt')}. Começa dia 2 de janeiro no turno da manhã.`, 'Portuguese NIF: personal, no built-in rule (ambiguous)'),

  rec('chat_zh', f`帮我写一个客户回访记录的模板。示例：客户王磊，手机 ${phone('138 1047 2293', 'CN')}，邮箱 ${email('wanglei1987@163.com')}，身份证号 ${ambCat('pii', '110105198703154219')}，反映宽带晚上经常掉线。`, 'Chinese resident id number: personal, no built-in rule (ambiguous)'),

  rec('csv', f`Export of beta signups — can you dedupe by email domain and count per country?

${amb('source_code.snippet', f`signup_at,email,country,ip
2024-10-02 09:14,${email('lena.fischer@posteo.de')},DE,${ip('84.161.23.90')}
2024-10-02 11:47,${email('j.okafor@outlook.com')},GB,${ip('81.2.69.160')}
2024-10-03 08:05,${email('matteo.conti@libero.it')},IT,${ip('151.38.112.7')}
2024-10-03 19:32,${email('s.tanaka@kitebrief.io')},JP,${ip('10.0.3.17')}`)}`),

  rec('chat_cs', f`Potřebuju přeložit do angličtiny potvrzení o zaměstnání pro cizineckou policii: pan Andriy Kovalenko, nar. ${dob('8. 3. 1994')}, číslo pasu ${pass('FX482917')}, pracuje jako seřizovač CNC od 1. 4. 2023. Telefon ${phone('603 184 297', 'CZ')}.`),

  rec('chat_ro', f`Salut, poți să-mi faci un mesaj de confirmare pentru clientul care a cerut portarea? Nume: Mihai Ionescu, CNP ${ambCat('pii', '1850412400187')}, număr de portat ${phone('0722 481 396', 'RO')}, data portării 12.12.2024.`, 'Romanian CNP: personal, no built-in rule (ambiguous)'),

  rec('email_en_au', f`G'day team,
Just confirming the speaker details for the Sydney partner summit (hotel ballroom, 6 March):
- Dr Emily Hartono — ${email('emily.hartono@unsw.edu.au')} — mob ${phone('0412 483 729', 'AU')}
- Liam O'Connell — ${email('liam@oconnell-advisory.com.au')} — mob ${phone('0438 192 574', 'AU')}
Both need accessible rooms.
Cheers, Kylie (events)

Can you turn this into a run-sheet table?`),

  rec('chat_en_za', f`Please draft a POPIA consent notice for our guest Wi-Fi sign-up page. Example of what we collect: name, ${email('thabo.nkosi@gmail.com')}, ${phone('082 418 2739', 'ZA')}, device MAC and IP (e.g. ${ip('41.13.208.77')}).`),

  rec('chat_bg', f`Моля, подготви кратко писмо до клиента, че сме получили искането му за прекратяване на договора. Клиент: Георги Петров, роден на ${dob('17.08.1977')}, мобилен ${phone('0888 418 273', 'BG')}, имейл ${email('g.petrov77@abv.bg')}.`),
];

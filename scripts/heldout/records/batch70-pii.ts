/**
 * Held-out batch 70: personal data in shelter intake forms, fertility-clinic files, permit
 * bookings, rail staff records, returns tickets and pentest staffing sheets, in many languages.
 * National numbers of countries without a built-in rule are ambiguous (no rule id). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);
const natId = (s: string) => ambCat('pii', s);

export const BATCH70_PII: DraftRecord[] = [
  rec('intake_form_en', f`Can you turn this night-shelter intake into a short referral letter to the council's housing options team? Keep it respectful.

Guest: Darren Whitlock
DOB: ${dob('17/09/1979')}
NI number: ${v('pii.uk_nino', 'JT 48 27 19 C')}
NHS no: ${v('pii.uk_nhs_number', '485 203 9178')}
Mobile (borrowed, his sister's): ${phone('07825 193604', 'GB')}
Last settled address: Flat 3, 14 Carrow Road, Norwich (evicted Nov 2024)
Needs: bottom bunk (knee), registered with Magdalen Street GP, wants help with UC claim.`),

  rec('hr_de', f`Bitte erstelle aus diesen Angaben eine Checkliste für die Einstellung unseres neuen Triebfahrzeugführers (Standort Mannheim):

Name: Jannik Oberländer
Geburtsdatum: ${dob('03.11.1994')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '47182936541')}
Mobil: ${phone('0171 5830294', 'DE')}
E-Mail privat: ${mail('j.oberlaender94@web.de')}
Fahrerlaubnis Klasse B (Triebfahrzeug), Tauglichkeit bis 04/2026`),

  rec('hr_de', f`Kannst du diesen Datensatz für die Saisonkräfte-Liste der Nationalparkverwaltung umformatieren (Tabelle mit Spalten Name, Geburtsdatum, SV-Nummer, Telefon)?

Lukas Pichlmayr, geb. ${dob('22. Mai 2001')}, SVNR ${natId('4173 220501')}, Tel. ${phone('0664 3918270', 'AT')}, Einsatz: Besucherlenkung Krimmler Tauernhaus, 01.06.–30.09.`),

  rec('dossier_fr', f`Peux-tu reformuler ce résumé de dossier pour le courrier à la CPAM (demande d'accord préalable FIV, 2e tentative) ?

Patiente : Mme Claire Duvernoy, née le ${dob('14 avril 1991')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 91 04 69 381 127 30')}
Conjoint : M. Hugo Marchetti, né le ${dob('02/02/1978')}, NIR ${v('pii.fr_nir', '1 78 02 75 114 208 13')}
Tél. : ${phone('06 73 41 58 20', 'FR')} — e-mail : ${mail('claire.duvernoy@orange.fr')}
Indication : infertilité tubaire, 1re FIV en 2024 sans grossesse.`),

  rec('roster_es', f`Necesito un cuadrante de turnos para la semana 11 con estos maquinistas de la base de Zaragoza Plaza. Te paso los datos de contacto tal cual vienen de RR. HH.:

- Iván Sarasa Gil — DNI ${v('pii.es_dni', '48271936L')} — ${phone('612 48 39 17', 'ES')}
- Oksana Melnyk — NIE ${v('pii.es_nie', 'X4829173R')} — ${phone('+34 655 20 71 84')}
- Javier Lacasa Pueyo — DNI ${v('pii.es_dni', '39184527W')} — sin móvil, avisar por el puesto de mando

Iván no puede hacer noches el martes.`),

  rec('booking_ca', f`Hola! Em pots ajudar a respondre aquesta sol·licitud d'acampada al Parc Nacional? Cal dir-li que la zona de bivac de l'Estany Llong està tancada fins al juny.

Nom: Pau Vilaró i Soler
DNI: ${v('pii.es_dni', '46019283D')}
Telèfon: ${phone('934 82 17 65', 'ES')}
Correu: ${mail('pau.vilaro@gmail.com')}
Data: 12-14 d'abril, 3 persones, 1 tenda`),

  rec('case_note_pt', f`Preciso de transformar esta nota num pedido de apoio à Segurança Social para um utente do nosso centro de acolhimento (Paróquia de Arroios):

Nome: Abílio Fontes Marques
Data de nascimento: ${dob('09-01-1962')}
NIF: ${natId('214 873 905')}
Telemóvel: ${phone('+351 963 517 402')}
Situação: sem-abrigo há 8 meses, pensão de invalidez suspensa por falta de morada.
Escreve de forma formal, em português de Portugal.`),

  rec('intake_nl', f`Kun je deze aanmelding voor de nachtopvang (Stichting De Herberg, Utrecht) omzetten in een overdracht voor het Wijkteam?

Naam: Ruud Kamphuis
Geboortedatum: ${dob('28-06-1971')}
BSN: ${v('pii.nl_bsn', '618293747')}
Telefoon: ${phone('06 38291746', 'NL')} (werkt meestal niet)
Bijzonderheden: diabetes type 2, insuline in koelkast opvang, geen briefadres.`),

  rec('form_sk', f`Potrebujem napísať potvrdenie o zamestnaní pre sezónnu strážkyňu národného parku (Tatry). Údaje:
Meno: Zuzana Kováčiková
Rodné číslo: ${natId('855214/8132')}
Dátum narodenia: ${dob('14. 02. 1985')}
Adresa: Štrbské Pleso 21, 059 85
Telefón: ${phone('+421 905 283 614')}
Pracovný pomer: 1. 5. – 31. 10. 2025`),

  rec('form_ro', f`Te rog să completezi fișa de programare pentru prima consultație de fertilitate cu datele de mai jos:

Pacientă: Andreea Ionescu
CNP: ${natId('2860312408172')}
Data nașterii: ${dob('12.03.1986')}
Telefon: ${phone('0721 394 820', 'RO')}
E-mail: ${mail('andreea.ionescu86@yahoo.ro')}
Trimisă de: Dr. Vlad Pop, medic de familie`),

  rec('register_bg', f`Помогни ми да направя кратка справка за социалния работник за новия ни гост в приюта:

Име: Пламен Стоянов Георгиев
ЕГН: ${natId('8805146183')}
Дата на раждане: ${dob('14.05.1988')}
Телефон на сестра му: ${phone('+359 88 742 1936')}
Бележки: без лична карта (изгубена), има нужда от съдействие за нова.`),

  rec('file_he', f`תסכם לי בבקשה את פרטי המטופלת לטופס ההפניה לבדיקה גנטית טרום השרשה (PGT):

שם: מיכל אברהמי
ת"ז: ${natId('318247962')}
תאריך לידה: ${dob('03.12.1987')}
טלפון: ${phone('052-481-7396', 'IL')}
דוא"ל: ${mail('michal.avrahami@walla.co.il')}
הערה: נשאית של מוטציה בגן CFTR, בן הזוג נבדק – שלילי.`),

  rec('permit_fa', f`سلام، لطفاً این اطلاعات را برای درخواست مجوز تحقیق در پارک ملی گلستان به صورت یک نامه رسمی فارسی بنویس:

نام: دکتر سارا رحیمی
کد ملی: ${natId('0087294133')}
تاریخ تولد: ${dob('۱۳۶۷/۰۴/۱۲')}
تلفن همراه: ${phone('+98 912 307 6418')}
موضوع تحقیق: پایش جمعیت مرال با تله‌دوربین، مهر تا آذر ۱۴۰۴`),

  rec('fiche_ar', f`عافاك، بغيت نكتب رسالة للمساعدة الاجتماعية باش نلقاو سرير لواحد الضيف عندنا فالملجأ:

الاسم: يوسف العلوي
تاريخ الازدياد: ${dob('15/06/1983')}
رقم البطاقة الوطنية: ${natId('BK482917')}
الهاتف: ${phone('+212 661-304758')}
ملاحظات: خرج من السبيطار نهار 2 مارس، محتاج دوا ديال السكر.`),

  rec('ticket_ru', f`Обращение в службу возвратов (Vestora, Екатеринбург):

ФИО: Кузнецова Марина Алексеевна
Телефон: ${phone('+7 916 302-48-75')}
Почта: ${mail('m.kuznetsova@mail.ru')}
Паспорт (для возврата наличными в пункте выдачи): ${pass('65 18 093472')}
Суть: вернула две куртки 20 февраля, деньги за одну пришли, за вторую нет.

Напиши, пожалуйста, вежливый ответ, что мы проверим и вернём деньги в течение 10 дней.`),

  rec('hr_uk', f`Допоможи скласти довідку для машиніста, якого переводять у депо Козятин:

ПІБ: Бондаренко Олег Миколайович
Дата народження: ${dob('21.07.1982')}
РНОКПП: ${natId('3018207455')}
Телефон: ${phone('+380 67 519 3084')}
Посада: машиніст тепловоза 2-го класу, стаж 14 років.`),

  rec('donor_ka', f`გთხოვ, ეს მონაცემები ჩასვი კვერცხუჯრედის დონორის ანკეტის ფორმატში (ქართულად):

სახელი, გვარი: ნინო ბერიძე
დაბადების თარიღი: ${dob('04.10.1996')}
პირადი ნომერი: ${natId('01024087591')}
პასპორტის ნომერი: ${pass('15AC48217')}
ტელეფონი: ${phone('+995 599 31 74 86')}`),

  rec('visitor_hy', f`Բարև, խնդրում եմ գրել հաստատման նամակ այցելուին, ով ամրագրել է արշավ Դիլիջանի ազգային պարկում․

Անուն: Արամ Սարգսյան
Անձնագիր: ${pass('AU0482917')}
Ծննդյան ամսաթիվ: ${dob('19.11.1990')}
Հեռախոս: ${phone('+374 91 285043')}
Ամսաթիվ: ապրիլի 26, խումբ 4 հոգի`),

  rec('record_kk', f`Сәлеметсіз бе, ЭКҰ (IVF) бағдарламасына квота бойынша құжат дайындау керек. Пациенттің деректері:

Аты-жөні: Әсемгүл Нұрланқызы Жұмабаева
ЖСН: ${natId('890217450318')}
Туған күні: ${dob('17.02.1989')}
Телефон: ${phone('+7 701 264 8391')}

Облыстық денсаулық сақтау басқармасына қысқа өтініш жазып беріңізші, қазақ тілінде.`),

  rec('chat_en', f`Please draft a WhatsApp-style reminder for a patient at our Bengaluru clinic about her embryo transfer on Thursday, 8:30 am, and to bring her ID. Details from the system:
Name: Ananya Krishnamurthy
DOB: ${dob('05-03-1990')}
Aadhaar: ${v('pii.in_aadhaar', '4827 1930 5617')}
Mobile: ${phone('+91 98450 31627')}
Don't include the Aadhaar number in the message obviously.`),

  rec('beneficiary_bn', f`আমাদের আশ্রয়কেন্দ্রে (সেন্ট মেরি'স চার্চ, ঢাকা) নতুন একজন অতিথির তথ্য। সমাজসেবা অফিসে পাঠানোর জন্য একটা আবেদনপত্র লিখে দিন:

নাম: মোঃ রফিকুল ইসলাম
জন্ম তারিখ: ${dob('১২/০৩/১৯৭৬')}
জাতীয় পরিচয়পত্র নম্বর: ${natId('4617283905')}
মোবাইল: ${phone('+880 1712-649038')}
অবস্থা: রিকশা দুর্ঘটনার পর কাজ করতে পারছেন না, থাকার জায়গা নেই।`),

  rec('ticket_ta', f`திருப்பி அனுப்பும் மையத்துக்கு வந்த புகார், பதில் எழுதி தரவும் (தமிழில்):

வாடிக்கையாளர்: கார்த்திகேயன் சுப்பிரமணியம்
மின்னஞ்சல்: ${mail('karthik.subbu@rediffmail.com')}
கைபேசி: ${phone('+91 94440 28173')}
ஆர்டர்: VS-IN-118204 — இரண்டு சட்டைகள் திருப்பி அனுப்பப்பட்டன, ஒன்றுக்கு மட்டும் பணம் திரும்ப வந்தது.`),

  rec('contractor_mr', f`रेल्वे यार्डमधील (भुसावळ) नवीन कंत्राटी कामगाराची माहिती, गेट पाससाठी अर्ज मराठीत तयार करा:

नाव: संतोष भाऊराव पाटील
जन्मतारीख: ${dob('11/07/1986')}
आधार क्रमांक: ${v('pii.in_aadhaar', '7392 0481 6254')}
मोबाईल: ${phone('+91 98221 47503')}
काम: वॅगन लोडिंग, ठेकेदार – श्री गणेश लॉजिस्टिक्स`),

  rec('porter_ne', f`नमस्ते, सगरमाथा राष्ट्रिय निकुञ्ज प्रवेशको लागि पोर्टर र ट्रेकरको विवरण यस्तो छ। यसलाई अंग्रेजी र नेपाली दुवैमा सूची बनाइदिनुस्:

पोर्टर: पासाङ शेर्पा, नागरिकता नं. ${natId('12-01-76-04821')}, जन्म मिति ${dob('२०४५/०३/१२')}, मोबाइल ${phone('+977 980-1248273')}
ट्रेकर: Julia Hoffmann (जर्मनी), राहदानी नं. ${pass('C5J2R7KT4')}, फोन ${phone('+49 176 24819305')}`),

  rec('chart_th', f`ช่วยสรุปข้อมูลคนไข้สำหรับใบส่งตัวไปตรวจฮอร์โมนที่โรงพยาบาลหน่อยค่ะ

ชื่อ: นางสาวพิมพ์ชนก ศรีสวัสดิ์
เลขบัตรประชาชน: ${natId('1103701845261')}
วันเกิด: ${dob('12 มี.ค. 2530')}
โทร: ${phone('081 736 4920', 'TH')}
คู่สมรส: Mr. Chen Wei (จีน) หนังสือเดินทาง ${pass('E48217395')}`),

  rec('worker_id', f`Tolong rapikan data pekerja baru untuk depo lokomotif Cirebon ini jadi tabel:

Nama: Rizky Pratama
NIK: ${natId('3209142005910004')}
Tanggal lahir: ${dob('20 Mei 1991')}
No. HP: ${phone('+62 812-3907-4415')}
Email: ${mail('rizky.pratama91@gmail.com')}
Posisi: asisten masinis, kontrak 1 tahun`),

  rec('intake_ms', f`Boleh bantu saya tulis surat rujukan ke Jabatan Kebajikan Masyarakat untuk penghuni baru di pusat perlindungan gereja kami (Petaling Jaya)?

Nama: Muthu a/l Rajendran
No. MyKad: ${natId('760914-10-5873')}
Tarikh lahir: ${dob('14 September 1976')}
Telefon: ${phone('+60 12-718 4062')}
Keadaan: kehilangan kerja, tidur di stesen LRT sejak Januari.`),

  rec('phishing_list_zh', f`我们在给客户做钓鱼演练（已签授权书），下面是客户HR给的目标员工名单。帮我改成 GoPhish 导入用的 CSV 格式（First Name, Last Name, Email, Position）：

张伟，财务部经理，${mail('zhang.wei@huaxin-pharma.cn')}，手机 ${phone('+86 139 1027 6843')}
李娜，采购专员，${mail('li.na@huaxin-pharma.cn')}，身份证 ${natId('110108198706224523')}
王磊，IT运维，${mail('wang.lei@huaxin-pharma.cn')}`),

  rec('ranger_sw', f`Naomba uniandikie barua ya utambulisho kwa askari mpya wa wanyamapori katika Hifadhi ya Taifa ya Mikumi:

Jina: Baraka Mwakalinga
Tarehe ya kuzaliwa: ${dob('03/08/1995')}
Namba ya NIDA: ${natId('19950803-14117-00002-28')}
Simu: ${phone('0754 318 902', 'TZ')}
Kituo: Lango la Kikwaraza, kuanzia tarehe 1 Aprili 2025`),

  rec('client_fi', f`Voitko muotoilla tästä asiakaskirjauksesta lyhyen lähetteen diakoniatyöntekijälle (seurakunnan asunnottomien päivätoiminta, Tampere)?

Nimi: Jari Heikkinen
Henkilötunnus: ${natId('140387-428P')}
Puhelin: ${phone('+358 40 719 2635')}
Tilanne: asunto menetetty vuokrarästien vuoksi, yöpyy ystävien luona, tarvitsee apua Kelan hakemuksen kanssa.`),

  rec('hr_sv', f`Kan du göra om detta till ett kort välkomstmejl till vår nya lokförare i Hallsberg? Ta inte med personnumret i mejlet.

Namn: Elin Sjöberg
Personnummer: ${natId('870726-0215')}
Mobil: ${phone('070-482 17 36', 'SE')}
E-post: ${mail('elin.sjoberg87@hotmail.se')}
Startdatum: 7 april, introduktion med Hallsberg rangerbangård.`),

  rec('journal_da', f`Skriv venligst et kort svar til patienten om, at hendes blodprøvesvar er klar, og at hun kan ringe mellem 8 og 9. Data fra journalen:

Navn: Sofie Kjærgaard
CPR: ${natId('140387-4281')}
Tlf.: ${phone('+45 31 76 20 48')}
E-mail: ${mail('sofie.kjaergaard@outlook.dk')}
Behandling: IUI, cyklus 2`),

  rec('complaint_lt', f`Sveiki, parašykite atsakymą klientei dėl grąžinimo (lietuviškai, mandagiai):

Vardas, pavardė: Rūta Petrauskienė
Asmens kodas: ${natId('48709201432')}
Tel.: ${phone('+370 612 74 083')}
El. paštas: ${mail('ruta.petrauskiene@gmail.com')}
Užsakymas VS-LT-20931: grąžinti batai, bet kurjeris juos pažymėjo kaip „nepristatyta“.`),

  rec('patient_lv', f`Lūdzu sagatavo īsu atgādinājumu pacientei par embriju pārnesi (latviski):

Vārds, uzvārds: Līga Ozoliņa
Personas kods: ${natId('120390-21837')}
Dzimšanas datums: ${dob('12.03.1990')}
Tālrunis: ${phone('+371 2938 4716')}
Procedūra: 18. marts plkst. 10:15, Natalis Rīga, 2. stāvs.`),

  rec('volunteer_en', f`Hi, can you make a tidy volunteer record from this for our Dublin soup run? We need it for the Garda vetting form.

Name: Siobhán Ní Bhriain
Date of birth: ${dob('23 October 1998')}
PPSN: ${natId('7293816B')}
Phone: ${phone('+353 87 214 6093')}
Email: ${mail('siobhan.nibhriain@gmail.com')}
Availability: Tuesday and Friday evenings`),

  rec('volunteer_en', f`New volunteer paperwork for Haven Street Mission (Melbourne). Please list what's still missing for the Working with Children Check.

Name: Liam O'Connor
DOB: ${dob('2 Feb 1984')}
TFN (for honorarium): ${natId('482 193 757')}
Mobile: ${phone('0412 583 906', 'AU')}
Email: ${mail('liamoc84@bigpond.com')}`),

  rec('patient_en', f`Referral summary for the NHS-funded IVF cycle, please rewrite in plain English for the patient:

Patient: Priya Raman, DOB ${dob('1989-07-14')}, NHS number ${v('pii.uk_nhs_number', '612 948 3074')}
Partner: Daniel Okafor, DOB ${dob('1986-01-30')}
AMH 9.8 pmol/L, BMI 24, eligible for one funded cycle under the ICB criteria.
Contact: ${mail('priya.raman89@gmail.com')}`),

  rec('driver_en', f`We're onboarding a new loco driver at our Durban depot. Please make a checklist of documents from these details:
Name: Sipho Ndlovu
SA ID: ${natId('9203145123080')}
Cell: ${phone('082 415 7730', 'ZA')}
Email: ${mail('sipho.ndlovu92@gmail.com')}
Medical fitness cert expires 30/06/2025.`),

  rec('log_en', f`Why does the permit booking API log full guest details? Snippet from the production log:

${amb('source_code.snippet', f`2025-03-04T07:12:44Z INFO booking.create permit=BPN-2025-04417 lead_guest="Rahul Mehta" email=${mail('rahul.mehta@outlook.in')} phone=${phone('+91 99201 58374')} dob=${dob('1992-11-08')} ip=${amb('pii.ip_address', '49.36.121.87')}
2025-03-04T07:12:45Z INFO payment.redirect permit=BPN-2025-04417 provider=razorpay amount=3200.00`)}

Which fields should we mask?`),
];

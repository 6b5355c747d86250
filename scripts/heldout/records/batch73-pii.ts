/**
 * Held-out batch 73: personal data in intake forms, witness lists, patient notes, verification
 * tickets and HR forms of a home-care agency, a wind-turbine contractor, a prosecutor's office, a
 * drinks distributor, a dating app and a hospital pharmacy, in about 35 languages. National
 * numbers without a built-in rule are ambiguous spans without a rule id. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH73_PII: DraftRecord[] = [
  rec('form_de', f`Kannst du aus diesem Aufnahmebogen eine kurze Übergabe für die Pflegekräfte der Frühtour machen (Stichpunkte, ohne Diagnosen-Fachchinesisch)?

AUFNAHMEBOGEN AMBULANTE PFLEGE
Klientin: Hildegard Wermelskirchen
Geburtsdatum: ${v('pii.date_of_birth', '17.02.1936')}
Anschrift: Lindenallee 14, 42929 Wermelskirchen, 2. OG, kein Aufzug
Pflegegrad: 3 (seit 08/2023)
Angehörige: Tochter Sabine Krüger, Tel. ${phone('0171 4829360', 'DE')}
Hausarzt: Dr. med. Oberhoff, ${phone('+49 2196 882140')}
Schlüsselsafe neben der Haustür, Code ${ambCat('credential', '4718')}
Besonderheiten: Marcumar, Sturzgefahr nachts, hört links schlecht`, 'key-safe code: a physical access code with no rule, ambiguous'),

  rec('chat_de', f`Hallo, in der Oktober-Abrechnung unseres neuen Servicetechnikers Jannik Oltmanns (geb. ${v('pii.date_of_birth', '03.11.1994')}) ist die Steuer-ID falsch hinterlegt: im Lohnprogramm steht ${amb('pii.de_steuer_id', '48517390256')}, laut Schreiben vom Bundeszentralamt für Steuern ist sie aber ${v('pii.de_steuer_id', '48517309256')}. Kannst du mir eine kurze Mail an das Lohnbüro formulieren, dass die Abrechnung korrigiert und die ELStAM neu abgerufen werden müssen? Rückfragen gerne an ihn direkt: ${phone('+49 160 94827315')}.`, 'the mistyped Steuer-ID (two digits swapped, fails its check digit) may be the real one transposed: ambiguous'),

  rec('chat_de_at', f`Servus, ich brauch eine freundliche Nachricht an die Station, dass die Zytostatika-Zubereitung für den Patienten erst morgen um 10 fertig ist. Daten zur Identifikation:
Patient: Ferdinand Gruber, geb. ${v('pii.date_of_birth', '14.05.1952')}
SV-Nr.: ${ambCat('pii', '4827 140552')}
Station: Onkologie 2, Zimmer 218
Rückruf Angehörige: ${phone('0664 3817294', 'AT')}
Die Nachricht soll aber nur Zimmer und Uhrzeit enthalten, keine SV-Nummer.`),

  rec('note_fr', f`Peux-tu rédiger une note à la pharmacie de rétrocession pour prévenir la patiente que son traitement anti-VIH est disponible ?

Patiente : Mme Aurélie Fontaine
Date de naissance : ${v('pii.date_of_birth', '12/09/1987')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 87 09 75 056 128 96')}
Téléphone : ${phone('06 48 29 17 35', 'FR')}
Traitement : bictégravir/emtricitabine/ténofovir alafénamide, 1 boîte (30 cp)

Ne mets pas le nom du traitement dans le SMS, juste « votre commande est prête ».`),

  rec('chat_fr_qc', f`Bonjour, j'ai besoin d'aide pour remplir le formulaire de demande de services à domicile pour ma mère. Est-ce que ces infos sont au bon endroit?

Nom : Thérèse Bouchard
Date de naissance : ${v('pii.date_of_birth', '1941-06-30')}
NAS : ${v('pii.ca_sin', '273 849 166')}
Téléphone : ${phone('(514) 829-4173', 'CA')}
Personne à contacter : moi, Julie Bouchard-Lavoie, ${phone('+1 418 692 3075')}

On m'a dit qu'ils n'ont pas besoin du NAS, c'est vrai?`),

  rec('form_it', f`Mi aiuti a scrivere una mail all'ASL per l'attivazione dell'assistenza domiciliare integrata? I dati dell'assistita:

Cognome e nome: Bianchi Grazia
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGRZ38C47L736O')}
Nata a Venezia il ${v('pii.date_of_birth', '07/03/1938')}
Cellulare del figlio (referente): ${phone('347 829 1736', 'IT')}
E-mail referente: ${v('pii.email', 'paolo.bianchi.ve@libero.it')}
Prestazioni richieste: igiene personale 3 volte a settimana, medicazione lesione sacrale`),

  rec('chat_es', f`Tengo que preparar la citación de testigos para el juicio oral del procedimiento abreviado 412/2024. ¿Me ayudas a darle formato de lista?

- Testigo 1: Nerea Olabarria Etxeberria, DNI ${v('pii.es_dni', '48273916K')}, fecha de nacimiento ${v('pii.date_of_birth', '22/05/1979')}, tel. ${phone('648 29 17 35', 'ES')}
- Testigo 2: Mihail Popescu, NIE ${v('pii.es_nie', 'X4827193E')}, tel. ${phone('+34 963 48 27 19')}
- Perito: agente de la Policía Local con TIP 10482 (citar a través de la jefatura)`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a redactar un correo de bienvenida para un cliente nuevo? Es dueño de una cantina en Tlaquepaque. Sus datos del alta:

Nombre: Luis Manuel Gómez Rosales
CURP: ${ambCat('pii', 'GORL850317HJCMSS07')}
Cel: ${phone('33 1847 2903', 'MX')}
Correo: ${v('pii.email', 'luisma.gomez.cantina@hotmail.com')}
Le vamos a surtir cerveza artesanal de barril (4 barriles quincenales) y mezcal de Oaxaca.`),

  rec('ticket_pt', f`Chamado #VER-20931 – verificação de identidade

A usuária enviou selfie + documento e a verificação automática falhou. Dados que ela informou:
Nome: Camila Duarte Nogueira
CPF: ${v('pii.br_cpf', '482.917.305-04')}
Data de nascimento: ${v('pii.date_of_birth', '02/08/1996')}
E-mail da conta: ${v('pii.email', 'camiladnogueira@gmail.com')}
Celular: ${phone('(21) 98472-3910', 'BR')}

O nome na CNH está "Camila D. Nogueira". Escreve uma resposta explicando que vamos fazer a revisão manual em até 48h?`),

  rec('chat_nl', f`Kun je een korte overdracht schrijven voor de avonddienst van de poliklinische apotheek? Patiënt belt morgen terug.

Naam: dhr. W.J. (Willem) van Dijk
Geboortedatum: ${v('pii.date_of_birth', '08-04-1949')}
BSN: ${v('pii.nl_bsn', '273849153')}
Telefoon: ${phone('06 48291736', 'NL')}
Vraag: mag hij zijn methotrexaat op maandag i.p.v. vrijdag innemen i.v.m. reis?`),

  rec('chat_da', f`Hej, kan du skrive en kort besked til nattevagten om en ny borger? Oplysninger:

Borger: Inger Marie Sørensen
CPR: ${ambCat('pii', '120348-2916')}
Adresse: Søndergade 7, 1. th., 8600 Silkeborg
Pårørende: datter Lone, tlf. ${phone('28 47 19 36', 'DK')}
Besøg: kl. 22 og kl. 03, hjælp til toiletbesøg, tjek blodsukker

Beskeden må gerne være på dansk og ikke for lang.`),

  rec('chat_sv', f`Kan du hjälpa mig att skriva ett kallelsebrev till förhör? Uppgifter om vittnet:

Namn: Linnea Åkesson
Personnummer: ${ambCat('pii', '791104-3821')}
Telefon: ${phone('070-482 91 73', 'SE')}
E-post: ${v('pii.email', 'linnea.akesson@telia.com')}
Förhöret ska hållas på åklagarkammaren i Umeå den 9 december kl. 13.30.`),

  rec('chat_fi', f`Voitko kirjoittaa lyhyen tekstiviestin potilaalle? Sairaala-apteekista soitettiin, mutta hän ei vastannut.

Potilas: Aino Hämäläinen
Henkilötunnus: ${ambCat('pii', '150248-274H')}
Puhelin: ${phone('040 829 1736', 'FI')}
Asia: erityisluvallinen lääke (fenobarbitaalioraaliliuos) on saapunut, nouto sairaala-apteekin luukulta 2.

Viestissä ei saa mainita lääkkeen nimeä eikä henkilötunnusta.`),

  rec('chat_pl', f`Przygotuj proszę wezwanie świadka w sprawie PR 2 Ds. 1183.2024 według wzoru z naszego sekretariatu. Dane:

Świadek: Magdalena Wrzosek
PESEL: ${ambCat('pii', '86031704825')}
Data urodzenia: ${v('pii.date_of_birth', '17.03.1986')}
Seria i nr dowodu osobistego: ${ambCat('pii', 'CAX 482917')}
Tel.: ${phone('601 829 473', 'PL')}
Termin przesłuchania: 12.12.2024, godz. 10:00, pokój 214`),

  rec('chat_cs', f`Ahoj, potřebuju napsat zprávu pro rodinu nové klientky, že od pondělí k ní bude chodit pečovatelka ráno i večer.

Klientka: Marie Dvořáková
Rodné číslo: ${ambCat('pii', '565709/4828')}
Kontakt na syna: ${phone('603 829 174', 'CZ')}
Adresa: Husova 12, Kolín

Stačí krátká SMS, bez rodného čísla.`),

  rec('ticket_hu', f`Bejelentés #HU-77201 – lehetséges kiskorú felhasználó

A profilban megadott születési dátum ${v('pii.date_of_birth', '1999.05.14')}, de a bejelentő szerint a lány 16 éves, és ugyanaz az iskolája, mint a bejelentő húgának. A fiókhoz tartozó e-mail: ${v('pii.email', 'csillag.reka07@freemail.hu')}, telefonszám: ${phone('06 30 482 9173', 'HU')}.

Milyen lépéseket javasolsz a szabályzatunk alapján (életkor-ellenőrzés, ideiglenes felfüggesztés)?`, 'the date of birth as given in the profile: labelled, whatever the reporter says'),

  rec('chat_ro', f`Salut, am nevoie de un e-mail către agenția de formare pentru înscrierea unui tehnician nou la cursul GWO Basic Safety:

Nume: Andrei-Ionuț Mocanu
CNP: ${ambCat('pii', '1780422404826')}
Data nașterii: ${v('pii.date_of_birth', '22.04.1978')}
Telefon: ${phone('0722 482 917', 'RO')}
E-mail: ${v('pii.email', 'andrei.mocanu78@yahoo.ro')}
Cursul dorit: 13–17 ianuarie, Constanța`),

  rec('chat_sr', f`Треба ми кратка порука за пацијента да је магистрални лек готов у болничкој апотеци.

Пацијент: Милица Јовановић
ЈМБГ: ${ambCat('pii', '1406967715824')}
Телефон: ${phone('064 4829173', 'RS')}
Лек: раствор за испирање уста по рецептури, 200 ml

Не помињи ЈМБГ у поруци.`),

  rec('chat_bg', f`Моля, напиши кратко съобщение до дъщерята на г-н Стоянов, че от понеделник социалният асистент ще идва в 9:00 вместо в 11:00.

Клиент: Петко Стоянов
ЕГН: ${ambCat('pii', '3909274802')}
Дъщеря: Десислава Стоянова, тел. ${phone('0888 482 917', 'BG')}
Адрес: ж.к. Младост 2, бл. 214, вх. Б`),

  rec('chat_tr', f`Tanık listesini iddianame ekine uygun tablo haline getirir misin?

1) Selin Karataş – T.C. Kimlik No: ${ambCat('pii', '38472915010')}, doğum tarihi: ${v('pii.date_of_birth', '11.09.1990')}, cep: ${phone('0532 482 91 73', 'TR')}
2) Hakan Yıldırım – esnaf, tel: ${phone('+90 216 482 91 73')}
3) Olay yeri inceleme raporu – Kadıköy İlçe Emniyet Müdürlüğü`),

  rec('chat_he', f`תכתוב בבקשה הודעה קצרה לבן של המטופלת שהמטפלת החדשה מתחילה ביום ראשון.

מטופלת: רבקה אברמוב
ת"ז: ${ambCat('pii', '318274693')}
טלפון של הבן (יוסי): ${phone('052-482-9173', 'IL')}
שעות: 08:00–12:00, א'–ה'

אל תכלול את מספר תעודת הזהות בהודעה.`),

  rec('ticket_ar_eg', f`بلاغ رقم 44120 – حساب مزيف

المستخدم اللي اتعمل عليه البلاغ كاتب في البروفايل إنه دكتور في القصر العيني. البيانات اللي على الحساب:
الإيميل: ${v('pii.email', 'dr.karim.elsayed90@gmail.com')}
الموبايل: ${phone('0100 482 9173', 'EG')}
وصورة بطاقة رقم قومي ${ambCat('pii', '29007150104839')} (المبلغة بتقول إن الصورة مسروقة من جوزها).

اكتبلي رد للمبلغة نطمنها إننا بنراجع الحساب.`),

  rec('chat_fa', f`لطفاً یک پیامک کوتاه برای بیمار بنویس که داروی خاصش (انفلیکسیماب) در داروخانه بیمارستان آماده تحویل است.

نام بیمار: مریم رضایی
کد ملی: ${ambCat('pii', '0074829130')}
تاریخ تولد: ${v('pii.date_of_birth', '1983/07/21')}
موبایل: ${phone('0912 482 9173', 'IR')}

در پیامک نام دارو و کد ملی نیاید.`),

  rec('chat_ur', f`براہ کرم نئی مریضہ کے گھر والوں کے لیے ایک مختصر پیغام لکھ دیں کہ نرس کل صبح دس بجے آئیں گی۔

مریضہ: زبیدہ خاتون
شناختی کارڈ نمبر: ${ambCat('pii', '35202-4829173-4')}
بیٹے کا موبائل: ${phone('0300 4829173', 'PK')}
پتہ: گلبرگ III، لاہور`),

  rec('chat_hi', f`कृपया गवाह को भेजने के लिए एक औपचारिक समन नोटिस का मसौदा बनाइए।

गवाह: श्रीमती सुनीता यादव
आधार संख्या: ${v('pii.in_aadhaar', '7301 6482 9358')}
जन्म तिथि: ${v('pii.date_of_birth', '15/08/1982')}
मोबाइल: ${phone('98291 74836', 'IN')}
पेशी की तारीख: 18 दिसंबर 2024, सत्र न्यायालय, कक्ष संख्या 4`),

  rec('chat_ta', f`வணக்கம், புதிய வாடிக்கையாளருக்கான பதிவுப் படிவத்தை சரிபார்க்க உதவுங்கள்:

பெயர்: திரு. சுப்பிரமணியம் ராமசாமி (வயது 81)
ஆதார் எண்: ${v('pii.in_aadhaar', '5293 8104 7663')}
வீட்டு தொலைபேசி: ${phone('+91 44 2482 9173')}
மகள் (பொறுப்பாளர்): ${phone('+91 94482 91736')}
சேவை: தினமும் காலை 2 மணி நேரம் உதவியாளர், வாரம் ஒருமுறை செவிலியர் வருகை

ஏதாவது தகவல் விடுபட்டுள்ளதா?`),

  rec('chat_th', f`ช่วยร่างอีเมลถึงฝ่ายบัญชีให้หน่อยครับ ลูกค้าร้านคราฟต์เบียร์รายใหม่ขอเปิดเครดิต 30 วัน

ชื่อ: นายธนากร ศรีสุข
เลขประจำตัวประชาชน: ${ambCat('pii', '1103700482911')}
โทร: ${phone('081 482 9173', 'TH')}
ร้าน: Hop Corner Ari (ซอยอารีย์ 4)
วงเงินที่ขอ: 80,000 บาท`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp yang sopan untuk keluarga klien baru kami, isinya jadwal perawat mulai Senin.

Nama klien: Ibu Siti Rahayu
NIK: ${ambCat('pii', '3174054507410003')}
No. HP anak: ${phone('0812-4829-1736', 'ID')}
Alamat: Jl. Tebet Barat Dalam VII No. 12, Jakarta Selatan
Jadwal: Senin–Jumat, 07.00–15.00`),

  rec('ticket_tl', f`Report #PH-33018 – posibleng scammer

Ang user na ito ay nagpadala ng litrato ng passport niya sa ka-match para "patunayan" na totoo siya, tapos humingi ng pera para sa plane ticket. Detalye:
Passport no.: ${v('pii.passport', 'P4829173B')}
Mobile: ${phone('0917 482 9173', 'PH')}
Email sa account: ${v('pii.email', 'marco.villanueva.ofw@gmail.com')}

Gumawa ka ng maikling summary sa English para sa T&S lead.`),

  rec('ticket_ko', f`신고 #KR-90412 처리 메모를 정리해 주세요.

신고 대상 사용자가 채팅에서 상대방에게 본인 주민등록번호 ${ambCat('pii', '850923-2482917')}와 휴대폰 번호 ${phone('010-4829-1736', 'KR')}를 보내면서 "신분 확인" 명목으로 상대방의 신분증 사진을 요구함. 피해자는 아직 보내지 않았다고 함.

조치: 대상 계정 정지 여부 판단 필요. 요약은 영어로 부탁해요.`),

  rec('chat_zh', f`帮我把下面的信息整理成发给病区的取药通知，只保留床号和取药时间：

患者：王秀兰
身份证号：${ambCat('pii', '110105197805144824')}
出生日期：${v('pii.date_of_birth', '1978-05-14')}
手机：${phone('138 2917 4836', 'CN')}
床号：肿瘤科 3病区 17床
药品：注射用紫杉醇（白蛋白结合型），今日 15:00 前由静配中心送达`),

  rec('chat_uk', f`Допоможіть, будь ласка, скласти коротке повідомлення для родини нового підопічного, що доглядальниця приходитиме щодня о 9:00.

Підопічний: Микола Петрович Бондаренко
РНОКПП: ${ambCat('pii', '1503604713')}
Телефон доньки: ${phone('067 482 9173', 'UA')}
Адреса: м. Вінниця, вул. Соборна, 41, кв. 8`),

  rec('chat_kk', f`Сәлеметсіз бе, жаңа техник үшін Атырау жел электр станциясына рұқсатнама алу хатын жазып беріңізші.

Аты-жөні: Ерлан Сапарұлы Жұмабеков
ЖСН: ${ambCat('pii', '880412304827')}
Телефон: ${phone('8 701 482 9173', 'KZ')}
Лауазымы: жел турбиналарына қызмет көрсету технигі, 2-разряд`),

  rec('chat_ka', f`გთხოვ, დამიწერე მოკლე წერილი ახალი კლიენტისთვის (ბათუმის ბარი), რომ პირველი მიწოდება ხუთშაბათს იქნება.

კონტაქტი: ნინო ბერიძე
პირადი ნომერი: ${ambCat('pii', '01024082917')}
ტელეფონი: ${phone('555 82 94 17', 'GE')}
შეკვეთა: 10 კასრი ლაგერი, 3 ყუთი ჭაჭა`),

  rec('chat_sw', f`Naomba uniandikie ujumbe mfupi kwa familia ya mteja mpya kwamba muuguzi atafika kila Jumanne na Ijumaa.

Jina la mteja: Bi. Mwanaisha Omari
Nambari ya kitambulisho: ${ambCat('pii', '28471936')}
Simu ya mtoto wake: ${phone('0712 482917', 'KE')}
Mahali: Kileleshwa, Nairobi`),

  rec('chat_am', f`እባክህ ለታካሚው አጭር የስልክ መልእክት ጻፍልኝ። መድኃኒቱ በሆስፒታሉ ፋርማሲ ዝግጁ ነው።

ስም: አቶ ተስፋዬ በቀለ
የትውልድ ቀን: ${v('pii.date_of_birth', '12/03/1968')}
ስልክ: ${phone('0911 48 2917', 'ET')}

በመልእክቱ ውስጥ የመድኃኒቱን ስም አትጥቀስ።`),

  rec('safeguarding', f`Please tidy this into a handover for the weekend on-call coordinator. Keep every identifier, she needs them for the out-of-hours GP:

Client: Mrs Doreen Hargreaves
DOB: ${v('pii.date_of_birth', '19/01/1933')}
NHS no.: ${v('pii.uk_nhs_number', '472 918 3053')}
Concern: bruising on both forearms noticed by carer Precious (NI no. ${v('pii.uk_nino', 'JH 48 29 17 C')}) on the 18:00 call; Mrs H said she "bumped the door". Son visits Thursdays.
Carer mobile: ${phone('07482 917365', 'GB')}
Safeguarding lead informed by phone, awaiting callback.`),

  rec('form', f`Offshore induction pre-registration for the Star of the South met mast job — can you check the form isn't missing anything the vessel operator will ask for?

Full name: Liam Patrick O'Rourke
Date of birth: ${v('pii.date_of_birth', '28 February 1991')}
Passport: ${v('pii.passport', 'PA4829173')} (AUS, exp. 2031)
Medicare: ${ambCat('pii', '2482 91736 1')}
Mobile: ${phone('0412 829 417', 'AU')}
Next of kin: Siobhan O'Rourke, ${phone('+61 2 9482 9173')}
GWO BST expiry: 11/2025`),

  rec('chat', f`Hi, new bottle-store customer in Durban wants an account with us. Can you turn this into the credit application summary for the sales manager?

Owner: Sibusiso Ndlovu
SA ID: ${ambCat('pii', '8206175094080')}
Cell: ${phone('082 482 9173', 'ZA')}
Liquor licence: KZN/014829/2023 (on- and off-consumption)
Requested limit: R150 000, 30 days`),

  rec('chat_el', f`Μπορείς να γράψεις μια σύντομη απάντηση σε χρήστρια που ζητά να διαγραφεί ο λογαριασμός της; Τα στοιχεία που έδωσε για ταυτοποίηση:

Όνομα: Ελένη Παπαδημητρίου
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '04/10/1995')}
Email λογαριασμού: ${v('pii.email', 'eleni.papad95@yahoo.gr')}
Κινητό: ${phone('694 829 1736', 'GR')}

Θέλει και αντίγραφο των δεδομένων της (GDPR).`),
];

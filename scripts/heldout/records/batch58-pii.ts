/**
 * Held-out batch 58: personal data in rescue reports, hotel guest registrations, mill HR files,
 * insurance claims, sequencing-core sample intake and esports player registrations. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH58_PII: DraftRecord[] = [
  rec('handover', f`Tidy this into a clean handover for the receiving ED, dot points please:

Pt: Shannon Mary Whitlock, F, DOB ${v('pii.date_of_birth', '22/08/1979')}
Medicare ${ambCat('pii', '4127 53810 2')} / IRN 1
Fall ~15 m, Federation Peak approach, winched 13:42. GCS 14, suspected # L femur, splinted, 10 mg morphine IV 13:58.
NOK: husband Craig, ${phone('0412 583 096', 'AU')}
ETA Royal Hobart 14:35.`),

  rec('hr_de', f`Bitte erstelle aus diesen Stammdaten eine Checkliste für das Onboarding unseres neuen Windenoperators:

Name: Tobias Gschwendtner
Geburtsdatum: ${v('pii.date_of_birth', '03.02.1991')}
Steuer-ID: ${v('pii.de_steuer_id', '35326831071')}
Wohnort: Garmisch-Partenkirchen
Mobil: ${phone('0171 4829376', 'DE')}
E-Mail privat: ${v('pii.email', 't.gschwendtner@web.de')}
Beginn: 01.01.2025, Basis Murnau`),

  rec('report_fr_ch', f`Peux-tu traduire ce résumé d'intervention en allemand pour l'hôpital de Visp ?

Patient : Laurent Berthoud, né le ${v('pii.date_of_birth', '17 mai 1964')}
N° AVS : ${ambCat('pii', '756.4182.9370.57')}
Chute à ski hors-piste, Verbier, 10 h 20. Suspicion de fracture du plateau tibial droit.
Contact : épouse, ${phone('+41 79 384 26 17')}`),

  rec('chat_es_cl', f`Necesito redactar el informe de la búsqueda del domingo para Carabineros. Datos del excursionista rescatado: Matías Ignacio Fuentes Rojas, RUT ${ambCat('pii', '16.482.917-0')}, fecha de nacimiento ${v('pii.date_of_birth', '04-06-1993')}, celular ${phone('+56 9 8427 3165')}, correo ${v('pii.email', 'matias.fuentes.r@gmail.com')}. Fue encontrado a 3.200 m en el Cajón del Maipo con hipotermia leve. Hazlo formal y breve.`),

  rec('registration_es_pe', f`Hola, ayúdame a pasar esta ficha de registro a un correo de bienvenida para el huésped (sin los números de documento, por favor):

Huésped: Rosa Elvira Quispe Mamani
DNI: ${ambCat('pii', '41873952')}
Pasaporte: ${v('pii.passport', '121847395')}
Fecha de nacimiento: ${v('pii.date_of_birth', '11/09/1986')}
Celular: ${phone('+51 987 254 113')}
Estancia: Suite Inca, 12–15 de diciembre, Cusco`),

  rec('form_pt_br', f`Pode revisar essa ficha de hóspede e me dizer se falta algum campo obrigatório para a FNRH?

Nome: Ana Beatriz Carvalho Lins
CPF: ${v('pii.br_cpf', '098.129.490-11')}
Data de nascimento: ${v('pii.date_of_birth', '25/03/1990')}
E-mail: ${v('pii.email', 'anabeatriz.lins@uol.com.br')}
Telefone: ${phone('(21) 99613-4472', 'BR')}
Procedência: Rio de Janeiro – Destino: Salvador`),

  rec('registration_ja', f`宿泊者カードの内容を英語の確認メールにしてください（旅券番号は伏せ字で）。

氏名：Thomas Andersen（デンマーク国籍）
旅券番号：${v('pii.passport', '208417395')}
生年月日：${v('pii.date_of_birth', '1985年7月14日')}
連絡先：${v('pii.email', 'thomas.andersen@mail.dk')}
ご宿泊：2024年12月22日〜12月26日\u3000スイート「雪月」`),

  rec('registration_zh', f`帮我把下面的入住登记信息整理成表格，准备交给前台：
姓名：刘海峰
护照号码：${v('pii.passport', 'EA4821736')}
出生日期：${v('pii.date_of_birth', '1988年6月12日')}
手机：${phone('+86 138 1842 7365')}
身份证号：${ambCat('pii', '310104198806124521')}
房型：行政套房，入住 12月28日，离店 1月2日`),

  rec('chat_ar', f`نحتاج نرسل إيميل ترحيب لضيف VIP، ساعدني بصياغته بالإنجليزية. بيانات الضيف من نظام الحجز:
الاسم: عبدالله سالم الكعبي
رقم الجواز: ${v('pii.passport', 'N8274103')}
تاريخ الميلاد: ${v('pii.date_of_birth', '1972/04/18')}
الجوال: ${phone('+971 50 418 2736')}
البريد: ${v('pii.email', 'a.alkaabi@emirates-holding.ae')}
الوصول: ٢٠ ديسمبر، الفيلا المائية رقم ٧`),

  rec('chat_he', f`תעזור לי לנסח מייל לאורח שמגיע עם אשתו לסוויטה בירושלים? פרטים מהטופס:
שם: יונתן אברהמי
ת"ז: ${ambCat('pii', '318742053')}
דרכון: ${v('pii.passport', '38174205')}
תאריך לידה: ${v('pii.date_of_birth', '02.10.1981')}
טלפון: ${phone('+972 52-418-3296')}
הם חוגגים 20 שנות נישואין, רוצים שמפניה בחדר.`),

  rec('chat_vi', f`Giúp mình soạn email xác nhận đặt phòng bằng tiếng Anh cho khách, bỏ số hộ chiếu ra nhé:
Họ tên: Trần Minh Khoa
Số hộ chiếu: ${v('pii.passport', 'C7481036')}
Ngày sinh: ${v('pii.date_of_birth', '09/12/1988')}
Email: ${v('pii.email', 'khoa.tranminh@gmail.com')}
SĐT: ${phone('0903 418 276', 'VN')}
Phòng: Deluxe hướng biển, Đà Nẵng, 24–27/12`),

  rec('chat_id', f`Tolong buatkan surat jaminan untuk imigrasi, tamu kami akan memperpanjang visa:
Nama: Kristina Halvorsen
Kewarganegaraan: Norwegia
No. paspor: ${v('pii.passport', 'FH4817203')}
Tanggal lahir: ${v('pii.date_of_birth', '30 Januari 1995')}
Menginap di Ubud Cliff Resort sejak 1 November 2024
Email: ${v('pii.email', 'kristina.halvorsen@online.no')}`),

  rec('hr_tr', f`Yeni işe başlayan dokuma operatörü için SGK işe giriş bildirgesine yazılacak bilgileri kontrol eder misin?

Ad Soyad: Ayşe Nur Karakaya
T.C. Kimlik No: ${ambCat('pii', '38471620540')}
Doğum tarihi: ${v('pii.date_of_birth', '12.05.1998')}
Cep: ${phone('+90 532 418 27 61')}
İşe giriş: 02.12.2024, Dokuma – 2. vardiya, Bursa`),

  rec('hr_pl', f`Przygotuj proszę listę dokumentów, których jeszcze brakuje w aktach nowej pracowniczki farbiarni:

Imię i nazwisko: Magdalena Wróblewska
PESEL: ${ambCat('pii', '92041503822')}
Data urodzenia: ${v('pii.date_of_birth', '15.04.1992')}
E-mail: ${v('pii.email', 'm.wroblewska92@wp.pl')}
Tel.: ${phone('+48 601 284 937')}
Stanowisko: laborantka koloru, od 2 grudnia`),

  rec('chat_ro', f`Scrie-mi te rog un mesaj politicos către muncitoarea asta, că îi lipsește certificatul medical la dosar: Elena Popescu, CNP ${ambCat('pii', '2850314123454')}, telefon ${phone('0744 281 936', 'RO')}, secția finisaj. Termen: vineri.`),

  rec('chat_bn', f`এই শ্রমিকের তথ্য দিয়ে ইংরেজিতে একটা চাকরির প্রত্যয়নপত্র লিখে দাও:
নাম: মোছাঃ রুমানা আক্তার
জাতীয় পরিচয়পত্র নম্বর: ${ambCat('pii', '4718293650')}
জন্ম তারিখ: ${v('pii.date_of_birth', '১৪/০২/১৯৯৬')}
মোবাইল: ${phone('+880 1712-418396')}
পদ: সিনিয়র সুইং অপারেটর, যোগদান ২০১৯`),

  rec('chat_gu', f`આ કારીગરનું PF ફોર્મ ભરવામાં મદદ કરો, કયા ખાનામાં શું લખવું તે અંગ્રેજીમાં સમજાવો:
નામ: હિતેશભાઈ રમેશભાઈ પટેલ
આધાર નંબર: ${v('pii.in_aadhaar', '9349 1822 4178')}
જન્મ તારીખ: ${v('pii.date_of_birth', '21-07-1987')}
મોબાઈલ: ${phone('+91 98250 41873')}
વિભાગ: પ્રોસેસ હાઉસ, સુરત`),

  rec('consent_ml', f`ഈ സാമ്പിൾ കൺസെന്റ് ഫോമിലെ വിവരങ്ങൾ LIMS-ൽ ചേർക്കാൻ ഒരു CSV വരി ആക്കി തരാമോ?
പേര്: ശ്രീലക്ഷ്മി മേനോൻ
ആധാർ: ${v('pii.in_aadhaar', '5341 1434 5839')}
ജനനത്തീയതി: ${v('pii.date_of_birth', '08/11/1984')}
ഫോൺ: ${phone('+91 94470 28316')}
സാമ്പിൾ ഐഡി: TVM-WGS-0412, രക്തം (EDTA)`),

  rec('claim_nl', f`Kun je van deze gegevens een nette samenvatting maken voor de expert die morgen langsgaat?

Verzekerde: Sanne de Groot
BSN: ${v('pii.nl_bsn', '681816715')}
Geboortedatum: ${v('pii.date_of_birth', '14-09-1983')}
Telefoon: ${phone('+31 6 41873920')}
Adres schade: Kerkstraat 18, Zwolle – waterschade keuken na leidingbreuk
Polisnummer: WO-4471829`),

  rec('chat_fi', f`Kirjoita asiakkaalle ystävällinen viesti, että tarvitsemme vielä valokuvat vahingoittuneesta veneestä. Tiedot:
Asiakas: Juha-Pekka Lahtinen
Henkilötunnus: ${ambCat('pii', '140386-274F')}
Puhelin: ${phone('+358 40 718 3925')}
Sähköposti: ${v('pii.email', 'jp.lahtinen@kolumbus.fi')}
Vahinkonumero: VH-2024-33817`),

  rec('chat_et', f`Palun sõnasta see kliendile saadetav kiri viisakamaks:
"Lugupeetud Kadri Tamm (isikukood ${ambCat('pii', '48809170285')}), teie kindlustusjuhtum nr KJ-88213 on menetluses. Täiendavad küsimused saatke aadressile ${v('pii.email', 'kahjud@kindlustus-laanemere.ee')}. Vastame 5 tööpäeva jooksul."`),

  rec('chat_sl', f`Prosim, pomagaj mi napisati vabilo na ogled škode za zavarovanca:
Ime: Matej Zupančič
EMŠO: ${ambCat('pii', '2403988505212')}
Telefon: ${phone('+386 41 837 254')}
Naslov: Cesta na Brdo 12, Ljubljana – požar v garaži
Termin: torek, 10. 12., ob 9.00`),

  rec('chat_el', f`Θέλω να γράψω ένα email στον ασφαλισμένο για τα δικαιολογητικά που λείπουν. Στοιχεία:
Ονοματεπώνυμο: Νικόλαος Παπαδόπουλος
ΑΜΚΑ: ${ambCat('pii', '15078812342')}
ΑΦΜ: ${ambCat('pii', '128473905')}
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '15/07/1988')}
Κινητό: ${phone('+30 694 318 2750')}
Ζημιά: τροχαίο, Λεωφ. Κηφισίας, 8/11`),

  rec('chat_mk', f`Напиши ми кратко писмо до осигуреникот дека штетата е пријавена:
Име и презиме: Александар Трајковски
ЕМБГ: ${ambCat('pii', '1407989450170')}
Датум на раѓање: ${v('pii.date_of_birth', '14.07.1989')}
Телефон: ${phone('+389 70 318 442')}
Број на штета: ШТ-2024-4471`),

  rec('chat_az', f`Oyunçumuz üçün viza dəvət məktubu lazımdır (Berlin finalı). Məlumatlar:
Ad, soyad: Tural Həsənov
Pasport nömrəsi: ${v('pii.passport', 'C04817392')}
Doğum tarixi: ${v('pii.date_of_birth', '23.06.2002')}
Telefon: ${phone('+994 50 284 17 36')}
Komanda: Qafqaz Wolves
Məktubu ingiliscə yaz, rəsmi formatda.`),

  rec('chat_uz', f`Turnir uchun o'yinchining ro'yxatdan o'tish formasini tekshirib ber, hammasi to'g'rimi?
F.I.Sh.: Jasur Rahimov
Pasport: ${v('pii.passport', 'FA4817205')}
JShShIR: ${ambCat('pii', '31203905270035')}
Tug'ilgan sana: ${v('pii.date_of_birth', '12.03.2003')}
Telefon: ${phone('+998 90 318 47 25')}
Jamoa: Samarkand Lions`),

  rec('chat_ka', f`დამეხმარე სავიზო მოწვევის წერილის შედგენაში ჩვენი მოთამაშისთვის:
სახელი, გვარი: ლუკა ბერიძე
პასპორტის ნომერი: ${v('pii.passport', '18AB52741')}
დაბადების თარიღი: ${v('pii.date_of_birth', '05.09.2001')}
ტელეფონი: ${phone('+995 599 41 82 37')}
ელფოსტა: ${v('pii.email', 'luka.beridze01@gmail.com')}`),

  rec('chat_fa', f`برای بازیکن تیم‌مان یک نامهٔ دعوت برای سفارت آلمان لازم داریم. لطفاً به انگلیسی بنویس:
نام: امیرحسین رضایی
شماره گذرنامه: ${v('pii.passport', 'E48172036')}
تاریخ تولد: ${v('pii.date_of_birth', '1380/07/14')} (${v('pii.date_of_birth', '2001-10-06')})
کد ملی: ${ambCat('pii', '0073184251')}
موبایل: ${phone('+98 912 418 3726')}`),

  rec('chat_ur', f`ہمارے کھلاڑی کو دبئی کے ٹورنامنٹ کے لیے ویزا درکار ہے، دعوت نامہ انگریزی میں لکھ دیں:
نام: محمد حمزہ اقبال
شناختی کارڈ نمبر: ${ambCat('pii', '35202-1483729-1')}
پاسپورٹ نمبر: ${v('pii.passport', 'AB4817293')}
تاریخ پیدائش: ${v('pii.date_of_birth', '19-01-2000')}
موبائل: ${phone('0321 8472910', 'PK')}`),

  rec('chat_si', f`අපේ පර්යේෂණ සහායිකාවට ජර්මනියේ පුහුණුවකට යන්න ලිපියක් ඕනේ. ඉංග්‍රීසියෙන් ලියලා දෙන්න:
නම: නිලූකා ප්‍රියදර්ශනී පෙරේරා
ජා.හැ.අ.: ${ambCat('pii', '199072403318')}
ගමන් බලපත්‍ර අංකය: ${v('pii.passport', 'N8274196')}
උපන් දිනය: ${v('pii.date_of_birth', '1990-08-10')}
දුරකථන: ${phone('+94 77 418 2936')}`),

  rec('chat_my', f`ဝန်ထမ်းအသစ်အတွက် ဟိုတယ်ရဲ့ HR ဖောင်ကို အင်္ဂလိပ်လို ပြန်ရေးပေးပါ:
အမည်: မခင်သီတာဝင်း
မှတ်ပုံတင်အမှတ်: ${ambCat('pii', '12/OuKaMa(N)148273')}
မွေးသက္ကရာဇ်: ${v('pii.date_of_birth', '15.03.1997')}
ဖုန်း: ${phone('+95 9 421 837 265')}
ရာထူး: Guest Relations, Yangon`),

  rec('chat_zu', f`Ngicela ungisize ngibhale incwadi ngesiNgisi eya kumfakisicelo wesimangalo somshuwalense:
Igama: Sipho Mthembu
Inombolo kamazisi: ${ambCat('pii', '8704125123082')}
Usuku lokuzalwa: ${v('pii.date_of_birth', '12 April 1987')}
Ucingo: ${phone('071 384 2290', 'ZA')}
Isimangalo: imoto yebiwe eThekwini, 3 Novemba`),

  rec('chat_am', f`ለጥናት ትብብራችን የኢትዮጵያ ተመራማሪዋን ወደ ላቦራቶሪያችን የሚጋብዝ ደብዳቤ በእንግሊዝኛ ጻፍልኝ፦
ስም፦ ዶ/ር ሰላማዊት ተስፋዬ
የፓስፖርት ቁጥር፦ ${v('pii.passport', 'EP4817362')}
የትውልድ ቀን፦ ${v('pii.date_of_birth', '03/05/1986')}
ስልክ፦ ${phone('+251 91 148 3726')}
ኢሜይል፦ ${v('pii.email', 'selamawit.tesfaye@aau.edu.et')}`),

  rec('claim', f`Draft a short acknowledgement to this claimant, don't repeat her PPS number back:

Name: Siobhán Ní Bhriain
PPSN: ${ambCat('pii', '8471927TA')}
Email: ${v('pii.email', 'siobhan.nibhriain@eircom.net')}
Mobile: ${phone('086 412 7730', 'IE')}
Claim: burst pipe, holiday home in Clifden, discovered 18 Nov`),

  rec('csv', f`Can you check this sample intake sheet for missing consent dates before I load it into the LIMS?

${amb('source_code.snippet', f`sample_id,participant,dob,email,consent_date,tissue
JNB-RNA-0091,Thandeka Dlamini,${v('pii.date_of_birth', '1991-03-27')},${v('pii.email', 'thandeka.dlamini@gmail.com')},2024-10-30,blood
JNB-RNA-0092,Pieter van Wyk,${v('pii.date_of_birth', '1967-11-02')},${v('pii.email', 'pvanwyk@telkomsa.net')},,blood
JNB-RNA-0093,Ayanda Nkosi,${v('pii.date_of_birth', '1984-06-15')},${v('pii.email', 'ayanda.nkosi@webmail.co.za')},2024-11-04,saliva`)}`),

  rec('chat_fr_ma', f`Salam, peux-tu m'aider à écrire une attestation de travail pour une ancienne employée de notre hôtel à Paris, maintenant rentrée à Casablanca ?
Nom : Salma Benjelloun
N° de sécurité sociale (France) : ${v('pii.fr_nir', '2910369042113 13')}
CIN : ${ambCat('pii', 'BE 748213')}
Téléphone : ${phone('+212 661-384927')}
E-mail : ${v('pii.email', 'salma.benjelloun@menara.ma')}
Poste : réceptionniste de nuit, de mars 2019 à août 2023`),

  rec('chat_no', f`Kan du skrive en kort melding til pårørende om at pasienten er fløyet til UNN? Navn: Kari Nordmo, født ${v('pii.date_of_birth', '11.02.1958')}, pårørende sønn Erik, mobil ${phone('+47 915 28 437')}. Ikke nevn diagnosen i meldingen.`),
];

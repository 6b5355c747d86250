/**
 * Held-out batch 84: personal data in patient referrals, site-access forms, member KYC, translator
 * contracts, witness lists, donor exports and logs, across many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH84_PII: DraftRecord[] = [
  rec('referral_en_gb', f`Can you turn this GP referral into a short summary for the cataract clinic triage list?

Patient: Mrs Eileen Marsh
DOB: ${v('pii.date_of_birth', '14/02/1941')}
NHS No: ${v('pii.uk_nhs_number', '472 472 1553')}
Tel: ${phone('0113 243 8716', 'GB')} / mobile ${phone('07723 418396', 'GB')}
Email (daughter): ${v('pii.email', 'j.marsh.family@btinternet.com')}

Reason: progressive blurred vision R>L over 8 months, glare when driving at night. VA 6/18 R, 6/9 L. Lives alone, daughter drives her to appointments.`),

  rec('letter_cy', f`Cyfieithwch y llythyr hwn i'r Saesneg, os gwelwch yn dda:

Annwyl Mr Gwilym Parry,
Rhif GIG: ${v('pii.uk_nhs_number', '3390316248')}
Dyddiad geni: ${v('pii.date_of_birth', '3 Mawrth 1956')}

Mae eich apwyntiad ar gyfer pigiad i'r llygad (AMD gwlyb) wedi'i symud i ddydd Mawrth 8 Hydref am 10:20 yng Nghlinig Llygaid Caerdydd. Ffoniwch ${phone('+44 29 2041 8396')} os na allwch ddod.`),

  rec('form_en_sco', f`Need a covering email to go with this PTS card application for a new signalling tester starting on the Highland Main Line possession works:

Name: Callum Fraser
Date of birth: ${v('pii.date_of_birth', '22/09/1993')}
NI number: ${v('pii.uk_nino', 'JK 39 94 85 C')}
Mobile: ${phone('07781 204 593', 'GB')}
Sponsor: Caledonia Signalling Services Ltd
Medical: D&A and fitness passed 12 Aug 2024

Keep it short, it goes to the Sentinel admin team.`),

  rec('witness_en_us', f`Draft a cover memo for the litigation team attaching this witness contact sheet. Flag that the SSNs should be removed before it goes to opposing counsel.

1. Darnell Whitaker — former AP supervisor — SSN ${v('pii.us_ssn', '447-56-7126')} — ${phone('(312) 847-2916', 'US')} — ${v('pii.email', 'dwhitaker77@gmail.com')}
2. Maria Okafor — controller 2019–2022 — SSN ${v('pii.us_ssn', '351 58 3798')} — ${phone('+1 773 614 2958')}
3. Kevin Shaughnessy — external IT consultant — no SSN on file — ${v('pii.email', 'kevin@shaughnessy-it.com')}`),

  rec('kyc_hi', f`इस सदस्य का KYC फ़ॉर्म जाँच लो, कुछ छूटा तो नहीं:

नाम: सुनीता देवी
पति का नाम: रामेश्वर प्रसाद
जन्म तिथि: ${v('pii.date_of_birth', '05-07-1982')}
आधार संख्या: ${v('pii.in_aadhaar', '4525 3629 7589')}
मोबाइल: ${phone('+91 98452 17306')}
समूह: जय माँ दुर्गा स्वयं सहायता समूह, गया
ऋण राशि: ₹35,000`),

  rec('sms_mr', f`सभासदाला पाठवायचा मेसेज मराठीत छोटा करून दे: "श्री. गणेश पाटील, तुमचा आधार ${v('pii.in_aadhaar', '753734404033')} तुमच्या बचत खात्याशी जोडला गेला आहे. काही प्रश्न असल्यास ${phone('+91 80 4129 3857')} वर संपर्क करा."`),

  rec('contract_pt_br', f`Pode revisar o contrato de prestação de serviços de tradução? Dados da contratada:

Nome: Juliana Ferreira Costa
CPF: ${v('pii.br_cpf', '438.344.026-64')}
E-mail: ${v('pii.email', 'ju.ferreira.traducoes@gmail.com')}
Telefone: ${phone('+55 21 98417-3926')}
Par de idiomas: EN>PT-BR, jogos de RPG e estratégia
Valor por palavra: R$ 0,22`),

  rec('rota_es', f`Necesito que conviertas esta guardia de cirujanos de la clínica de Valencia en una tabla:

Dra. Carmen Llorens — DNI ${v('pii.es_dni', '52083606Z')} — tel. ${phone('+34 612 418 396')} — lunes y miércoles (LASIK, PRK)
Dr. Andrés Moll — DNI ${v('pii.es_dni', '35572815-A')} — tel. ${phone('+34 654 208 173')} — martes (cataratas)
Dra. Irene Sanz — guardias de urgencias el fin de semana`),

  rec('chat_ca', f`Em pots ajudar a redactar el contracte d'una nova cuidadora del zoo de Barcelona? Es diu Ioana Popescu, NIE ${v('pii.es_nie', 'X7684979N')}, viu al carrer de Sardenya 212 i el seu telèfon és ${phone('+34 633 184 920')}. Comença l'1 d'octubre a la secció de primats.`),

  rec('form_it', f`Controlla se il modulo di iscrizione all'albo del nuovo veterinario del bioparco è completo:

Cognome e nome: Bianchi Giulia
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCGLI85T52A944O')}
Nata a Bologna il ${v('pii.date_of_birth', '12/12/1985')}
PEC: ${v('pii.email', 'giulia.bianchi@pec.veterinari-bo.it')}
Cellulare: ${phone('+39 333 418 3926')}`),

  rec('chat_nl', f`Kun je dit verhoorverslag anonimiseren voor het rapport aan de curator? Relevante gegevens van de getuige: mevrouw Anouk de Vries, BSN ${v('pii.nl_bsn', '415372987')}, geboren ${v('pii.date_of_birth', '17 juni 1979')}, bereikbaar op ${phone('06 41839265', 'NL')}. Zij was van 2018 tot 2023 boekhouder bij de gefailleerde vennootschap.`),

  rec('hr_de', f`Bitte mach aus den Stammdaten eine Begrüßungsmail für den neuen Inbetriebsetzungsingenieur (ESTW):

Name: Jonas Reinhardt
Geburtsdatum: ${v('pii.date_of_birth', '28.01.1990')}
Steuer-ID: ${v('pii.de_steuer_id', '26048259715')}
Mobil: ${phone('0171 4183926', 'DE')}
Einsatzort: Stellwerk Hagen, ab 01.10.2024
Qualifikation: Fachkraft LST, EBA-Prüfer in Ausbildung`),

  rec('letter_fr', f`Peux-tu simplifier ce courrier pour la patiente ?

Madame Sophie Lambert
N° de sécurité sociale : ${v('pii.fr_nir', '2 83 04 75 712 362 86')}
Née le ${v('pii.date_of_birth', '9 avril 1983')}

Suite à votre bilan pré-opératoire, l'épaisseur cornéenne mesurée (478 µm) ne permet pas une chirurgie LASIK en toute sécurité. Nous vous proposons un rendez-vous pour discuter d'une PKR ou d'un implant ICL.`),

  rec('contract_en_ca', f`Write a short onboarding email for a voice actor we're contracting for the Canadian French dub. His details from the W-8/T4A form:

Name: Mathieu Gagnon
SIN: ${v('pii.ca_sin', '114 113 434')}
Email: ${v('pii.email', 'mathieu.gagnon.voix@videotron.ca')}
Session dates: Oct 7–11, studio in Montréal`),

  rec('kyc_en_ug', f`Help me check if this member file is complete before the loan committee meets:

Name: Nakato Sarah Kizito
Passport No: ${v('pii.passport', 'B1847263')}
Date of Birth: ${v('pii.date_of_birth', '11 November 1988')}
Phone (MTN): ${phone('+256 772 418 306')}
Alternative: ${phone('0752 193 846', 'UG')}
Group: Kireka Women Traders Savings Group
Loan requested: UGX 2,500,000 for stock (second-hand clothes)`),

  rec('sms_lg', f`Nkwetaaga obubaka obumpi eri abeekibiina. Mukyala Namuli Florence, ennamba ye ${phone('0772 418306', 'UG')}, asasudde UGX 150,000 ku looni ye. Wandiika obubaka mu Luganda nga bwebaza era ng'obujjukiza nti ensasula eddako eri nga 15 Okitobba.`),

  rec('form_rw', f`Ndakwinginze, hindura iyi fomu y'umunyamuryango mu Cyongereza:

Amazina: Uwase Claudine
Itariki y'amavuko: ${v('pii.date_of_birth', '04/03/1991')}
Indangamuntu: ${ambCat('pii', '1 1991 7 0184736 1 42')}
Telefoni: ${phone('+250 788 412 905')}
Itsinda: Twisungane Kimironko`, 'Rwandan national ID: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_so', f`Fadlan ii qor jawaab u socota xubin cabanaysa: Cabdiraxmaan Xasan Maxamed, lambarkiisa EVC Plus waa ${phone('+252 61 5238471')}. Wuxuu sheegay in $120 oo uu diray aysan gaarin xisaabta kaydka. Waxaan u sheegaynaa in baaritaanku qaadanayo 3 maalmood.`),

  rec('form_am', f`ይህን የአባል ምዝገባ ፎርም ወደ እንግሊዝኛ ተርጉምልኝ፦

ስም፦ ሄለን ታደሰ ወልደማርያም
የትውልድ ቀን፦ ${v('pii.date_of_birth', '12/05/1987')}
ስልክ፦ ${phone('+251 911 238 475')}
የቁጠባ ቡድን፦ አንድነት የሴቶች ቁጠባ
ወርሃዊ ቁጠባ፦ 500 ብር`),

  rec('kyc_sw_ke', f`Naomba unisaidie kuandika barua ya kumkaribisha mwanachama mpya wa SACCO:

Jina: Wanjiru Achieng Otieno
Nambari ya kitambulisho: ${ambCat('pii', '28419375')}
Simu: ${phone('+254 712 384 069')}
Barua pepe: ${v('pii.email', 'wanjiru.otieno@yahoo.com')}
Akiba ya kwanza: KSh 2,000`, 'Kenyan national ID number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('chat_ne', f`यो सदस्यको विवरण प्रयोग गरेर ऋण स्वीकृति पत्र लेखिदिनुहोस्: नाम सीता कुमारी थापा, नागरिकता नं. ${ambCat('pii', '27-01-74-05123')}, जन्म मिति ${amb('pii.date_of_birth', '2045-06-12')} वि.सं., मोबाइल ${phone('+977 984-1238475')}, ऋण रकम रु. ८०,०००।`, 'Nepali citizenship number: no rule (ambiguous); the birth date is in Bikram Sambat, a future year in the Gregorian calendar (ambiguous)'),

  rec('chat_si', f`කරුණාකර මේ සාමාජිකයාට ණය ගෙවීම ගැන මතක් කිරීමේ ලිපියක් ලියන්න: නම ඩබ්ලිව්. එම්. නිරෝෂා කුමාරි, ජා.හැ.අ. අංකය ${ambCat('pii', '198765403127')}, දුරකථන ${phone('+94 77 418 3926')}.`, 'Sri Lankan NIC: no built-in rule (ambiguous, no rule id)'),

  rec('chat_my', f`ဒီအသင်းဝင်အတွက် ချေးငွေ အတည်ပြုစာ ရေးပေးပါ - အမည် ဒေါ်ခင်မာဝင်း၊ မှတ်ပုံတင်အမှတ် ${ambCat('pii', '12/ဥကမ(နိုင်)045127')}၊ ဖုန်း ${phone('+95 9 421 384 756')}၊ ချေးငွေ ၅၀၀,၀၀၀ ကျပ်။`, 'Myanmar NRC number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_km', f`សូមជួយសរសេរសារ SMS ជូនដំណឹងទៅសមាជិក៖ លោកស្រី សុខ ចាន់ថា លេខទូរស័ព្ទ ${phone('+855 12 418 396')} ត្រូវបង់ប្រាក់កម្ចីចំនួន ២០០,០០០ រៀល នៅថ្ងៃទី ២៥ ខែនេះ។`),

  rec('email_yo', f`Ẹ jọ̀ọ́, ẹ bá mi kọ lẹ́tà ọpẹ́ sí olùfowósowọ́pọ̀ tó gba kìnnìún "Ade" ṣọmọ ní ọgbà ẹranko:
Orúkọ: Ọ̀gbẹ́ni Adébáyọ̀ Ọlátúnjí
Fóònù: ${phone('+234 803 418 2291')}
Ímeèlì: ${v('pii.email', 'adebayo.olatunji@outlook.com')}
Ẹ̀bùn: ₦250,000`),

  rec('chat_ha', f`Don Allah ka rubuta saƙon tunatarwa ga memba: Malama Hauwa Abdullahi, lambar waya ${phone('+234 806 214 7390')}, ranar haihuwa ${v('pii.date_of_birth', '03/08/1979')}. Ta rage biyan kuɗin rance na wata biyu, muna so mu tattauna da ita a ofis ranar Alhamis.`),

  rec('email_zu', f`Ngicela ungisize ngibhale incwadi yokubonga kumxhasi we-aquarium:

Igama: uNkosazana Thandeka Mkhize
Inombolo kamazisi: ${ambCat('pii', '8504120618083')}
Ucingo: ${phone('+27 82 417 3096')}
I-imeyili: ${v('pii.email', 'thandeka.mkhize@webmail.co.za')}
Umnikelo: R5 000 wokulungisa ithangi lama-penguin`, 'South African ID number: no built-in rule (ambiguous, no rule id)'),

  rec('hr_ja', f`新しく契約する翻訳者の情報です。契約書の送付メールを作ってください。

氏名：佐々木 美咲
生年月日：${v('pii.date_of_birth', '1992年4月18日')}
電話：${phone('090-4128-3957', 'JP')}
メール：${v('pii.email', 'misaki.sasaki.jp@gmail.com')}
マイナンバー：${ambCat('pii', '4183 9265 0712')}
担当：RPG「星霜の環」日本語版 UI・クエストテキスト`, 'Japanese My Number: no built-in rule (ambiguous, no rule id)'),

  rec('contract_ko', f`성우 계약서 초안을 검토해 주세요. 계약 상대방 정보:
성명: 김지훈
주민등록번호: ${ambCat('pii', '880512-1234917')}
연락처: ${phone('010-4182-3957', 'KR')}
이메일: ${v('pii.email', 'jihoon.kim.voice@naver.com')}
녹음 일정: 10월 14일~18일, 서울 스튜디오`, 'Korean resident registration number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_mn', f`Энэ гишүүний зээлийн гэрээний хавсралтыг англи хэл рүү орчуулна уу: Батбаярын Сарангэрэл, утас ${phone('+976 9911 4837')}, төрсөн огноо ${v('pii.date_of_birth', '1986.07.23')}, зээлийн хэмжээ 3,000,000₮, хугацаа 12 сар.`),

  rec('chat_he', f`תכין לי טבלה של עדים לתיק הבדיקה החשבונאית: רו"ח דנה לוי, ת"ז ${ambCat('pii', '038472916')}, טלפון ${phone('052-418-3967', 'IL')}, מייל ${v('pii.email', 'dana.levi.cpa@gmail.com')}; ומר אבי כהן, מנהל הרכש לשעבר, טלפון ${phone('+972 54 731 2846')}.`, 'Israeli ID number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_fa', f`لطفاً یک ایمیل رسمی به مترجم فارسی بنویس که فایل‌های پچ جدید آماده است. اطلاعاتش: خانم نگار رضایی، ${v('pii.email', 'negar.rezaei.translate@gmail.com')}، تلفن ${phone('+98 912 418 3926')}. ضرب‌الاجل ۲۵ مهر است.`),

  rec('form_fi', f`Voitko kääntää tämän työsopimuksen liitteen englanniksi? Työntekijä: Aino Virtanen, henkilötunnus ${ambCat('pii', '150391-284K')}, puhelin ${phone('040 418 3926', 'FI')}, aloituspäivä 1.11.2024, tehtävä: turvalaitesuunnittelija.`, 'Finnish henkilötunnus: no built-in rule (ambiguous, no rule id)'),

  rec('chat_pl', f`Przygotuj proszę pismo do pacjentki z informacją o terminie zabiegu zaćmy: Pani Halina Wiśniewska, PESEL ${ambCat('pii', '48031207465')}, e-mail ${v('pii.email', 'halina.wisniewska48@wp.pl')}, zabieg 17 października, godz. 8:30, oko lewe.`, 'Polish PESEL: no built-in rule (ambiguous, no rule id)'),

  rec('log_en', f`Some of our zoo app logins are failing after the SSO change. Can you see a pattern?

${amb('source_code.snippet', f`2024-09-22T08:02:11Z WARN auth login_failed user=${v('pii.email', 'priya.nair@zoomail.org.uk')} ip=${amb('pii.ip_address', '81.132.47.209')} reason=mfa_timeout
2024-09-22T08:02:54Z WARN auth login_failed user=${v('pii.email', 'tom.hargreaves@hotmail.co.uk')} ip=${amb('pii.ip_address', '2a00:23c7:8f0e:1a01:5d2b:91c4:e3a7:0f12')} reason=mfa_timeout
2024-09-22T08:03:20Z INFO auth login_ok user=${v('pii.email', 'keeper.rota@citycityzoo.org.uk')} ip=${amb('pii.ip_address', '10.12.4.31')}
2024-09-22T08:04:02Z WARN auth login_failed user=${v('pii.email', 's.okoro@gmail.com')} ip=${amb('pii.ip_address', '81.132.47.209')} reason=mfa_timeout`)}`),

  rec('csv_da', f`Lav en takkemail til vores dyreadoptanter. Her er eksporten fra medlemssystemet:

${amb('source_code.snippet', f`navn,dyr,email,telefon,beløb
Mette Holm,rød panda,${v('pii.email', 'mette.holm@mail.dk')},${phone('+45 21 48 39 26')},600
Lars Bech,sæl,${v('pii.email', 'lars.bech71@gmail.com')},${phone('+45 28 71 04 53')},300
Familien Nørgaard,pingvin,${v('pii.email', 'noergaard.familie@outlook.dk')},,1200`)}`),

  rec('chat_ro', f`Te rog, redactează o scrisoare pentru pacient: domnul Ion Marinescu, CNP ${ambCat('pii', '1620415400318')}, telefon ${phone('0722 418 396', 'RO')}. Trebuie să revină pentru controlul la 6 luni după implantul de cristalin, pe 21 octombrie.`, 'Romanian CNP: no built-in rule (ambiguous, no rule id)'),

  rec('chat_el', f`Μπορείς να συντάξεις επιστολή στον ασθενή; Κύριος Γεώργιος Παπαδόπουλος, ΑΜΚΑ ${ambCat('pii', '14045802371')}, ημερομηνία γέννησης ${v('pii.date_of_birth', '14/04/1958')}, κινητό ${phone('694 418 3926', 'GR')}. Πρέπει να του εξηγήσουμε ότι η ένεση ενδοϋαλοειδικά μετατίθεται για την επόμενη εβδομάδα.`, 'Greek AMKA: no built-in rule (ambiguous, no rule id)'),

  rec('chat_bn', f`এই সদস্যের তথ্য দিয়ে একটা ঋণ নবায়নের চিঠি লিখে দাও: নাম রোকেয়া বেগম, জাতীয় পরিচয়পত্র নম্বর ${ambCat('pii', '4183926507')}, মোবাইল ${phone('+880 1712-384906')}, জন্ম তারিখ ${v('pii.date_of_birth', '০৭/০৩/১৯৮৪')}।`, 'Bangladeshi NID: no built-in rule (ambiguous); birth date written in Bengali digits'),

  rec('chat_et', f`Palun tõlgi see töötaja andmeleht inglise keelde: Kristjan Tamm, isikukood ${ambCat('pii', '39003152718')}, telefon ${phone('+372 5418 3926')}, e-post ${v('pii.email', 'kristjan.tamm@signaal.ee')}, ametikoht: raudtee ohutusseadmete tehnik.`, 'Estonian isikukood: no built-in rule (ambiguous, no rule id)'),
];

/**
 * Held-out batch 81: personal data in transplant-coordination notes, HLA lab requests, on-call
 * rotas, lessee contacts, bootcamp enrolment and finance forms, water-billing tickets, drone pilot
 * records and hotel loyalty profiles. Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH81_PII: DraftRecord[] = [
  rec('note_en_gb', f`Please turn this into a concise handover for the night coordinator:

Recipient: Mr Dilip Raman, DOB ${v('pii.date_of_birth', '14/02/1967')}, NHS no. ${v('pii.uk_nhs_number', '943 972 3904')}
Listed: kidney, blood group B, cRF 87%
Contact: ${phone('07824 519 306', 'GB')} (mobile), wife Anjali on ${phone('0161 496 0732', 'GB')}
Offer 24-3391 declined at 02:40 (donor age/cold ischaemia). Remains active on the national list.`),

  rec('request_nl', f`Kun je deze HLA-typeringsaanvraag controleren op ontbrekende velden?

Aanvraag HLA-typering (niertransplantatie – donor levend)
Naam: Femke de Wit-Schouten
Geboortedatum: ${v('pii.date_of_birth', '03-08-1979')}
BSN: ${v('pii.nl_bsn', '164818613')}
Relatie tot ontvanger: zus
Afname: 2 × EDTA 10 ml, 1 × stolbuis
Aanvrager: dr. R. Bakker, e-mail ${v('pii.email', 'r.bakker@umc-westland.nl')}`),

  rec('rota_fi', f`Muotoile tästä päivystyslistasta selkeä taulukko joulukuulle:

Viikko 49: Koordinaattori Hanna Leinonen ${phone('+358 40 718 2294')}
Viikko 50: Koordinaattori Mikko Rautio ${phone('+358 50 341 6628')}
Viikko 51: Koordinaattori Hanna Leinonen (sama numero)
Viikko 52: Varalla Aino Kettunen, ${v('pii.email', 'aino.kettunen@elinsiirto-hus.fi')}`),

  rec('rota_sv', f`Kan du göra om jourschemat till ett mejl till alla koordinatorer?

Jour transplantationskoordinator v. 2–3
Må–ons: Erik Sandström ${phone('070-482 19 36', 'SE')}
Tors–sön: Leila Haddad ${phone('+46 73 920 51 47')}
HLA-labbets bakjour: Petra Nyqvist, ${v('pii.email', 'petra.nyqvist@vgregion-tx.se')}`),

  rec('letter_fr', f`Peux-tu simplifier ce courrier pour la patiente ?

Madame Nathalie Girard
Née le ${v('pii.date_of_birth', '12 janvier 1992')}
N° de sécurité sociale : ${v('pii.fr_nir', '2 92 01 69 123 917 93')}

Madame, suite au bilan pré-greffe du 18 novembre, nous avons le plaisir de vous informer de votre inscription sur la liste nationale d'attente de greffe rénale. Merci de rester joignable au ${phone('06 42 18 77 05', 'FR')} à toute heure.`),

  rec('form_it', f`Modulo di consenso per il registro donatori – controlla se manca qualcosa:

Cognome e nome: Galli Francesca
Codice fiscale: ${v('pii.it_codice_fiscale', 'GLLFNC88P52L219F')}
Data di nascita: ${v('pii.date_of_birth', '12/09/1988')}
Residenza: Via Nizza 41, Torino
Recapito: ${phone('+39 333 481 2209')}
Dichiaro di voler donare i miei organi e tessuti dopo la morte.`),

  rec('ticket_es', f`Ticket 55821 – Error al actualizar domicilio en el registro de receptores
Paciente: Jorge Villalobos Serrano, DNI ${v('pii.es_dni', '31731016D')}
Cuidadora: Oksana Melnyk, NIE ${v('pii.es_nie', 'Y3423457J')}, tel. ${phone('612 48 39 07', 'ES')}
El formulario devuelve "campo código postal no válido" con 28037.

Resume el problema para el proveedor del software.`),

  rec('hr_de', f`Bitte erstelle einen Onboarding-Plan für unsere neue Koordinatorin im Transplantationsbüro:
Name: Katharina Wendler
Geburtsdatum: ${v('pii.date_of_birth', '27.04.1990')}
Steuer-ID: ${v('pii.de_steuer_id', '86942750731')}
Telefon privat: ${phone('+49 1523 8870412')}
Start: 06.01.2025, Rufbereitschaft ab Februar`),

  rec('chat_pt_br', f`Preciso preencher o contrato de financiamento estudantil do bootcamp para esse aluno, me ajuda a revisar?
Nome: Gabriel Nascimento Rocha
CPF: ${v('pii.br_cpf', '444.541.183-37')}
Data de nascimento: ${v('pii.date_of_birth', '05/06/2001')}
E-mail: ${v('pii.email', 'gabriel.nrocha@gmail.com')}
Parcelas: 18 × R$ 412,00 após a conclusão`),

  rec('chat_hi', f`बूटकैंप की स्कॉलरशिप के लिए KYC फ़ॉर्म भरवाना है। छात्रा का विवरण:
नाम: नेहा कुलकर्णी
आधार: ${v('pii.in_aadhaar', '2314 4930 1925')}
मोबाइल: ${phone('+91 98204 61735')}
ईमेल: ${v('pii.email', 'neha.kulkarni2002@outlook.com')}
इसको एक औपचारिक ईमेल में बदल दो जो हम बैंक को भेजेंगे।`),

  rec('chat_mr', f`शिष्यवृत्ती अर्जासाठी हे तपशील बरोबर आहेत का ते तपासा: विद्यार्थी ओंकार पाटील, आधार क्रमांक ${v('pii.in_aadhaar', '9666 1554 1996')}, जन्मतारीख ${v('pii.date_of_birth', '19/11/2003')}, पालकांचा फोन ${phone('+91 94370 28815')}.`),

  rec('form_en_us', f`Summarize this student loan deferment request for the bootcamp registrar:

Borrower: Kayla Brooks
SSN: ${v('pii.us_ssn', '518-40-2297')}
Date of birth: ${v('pii.date_of_birth', '07/22/1996')}
Phone: ${phone('(646) 382-7154', 'US')}
Reason: enrolled full-time in Software Engineering Immersive (Jan–Jun 2025)`),

  rec('payroll_en_gb', f`Draft a P45 cover note for a leaving member of the water billing team:
Name: Gareth Pryce
NI number: ${v('pii.uk_nino', 'JK 38 19 47 C')}
Leaving date: 29/11/2024
Forwarding email: ${v('pii.email', 'gareth.pryce77@btinternet.com')}`),

  rec('ticket_cs', f`Tiket #VAK-20931 – Stížnost na vyúčtování vodného
Odběratel: Jaroslava Nováková, ${v('pii.email', 'j.novakova@seznam.cz')}, ${phone('+420 731 482 905')}
Odběrné místo: Kotlářská 17, Brno, číslo vodoměru 18-447215
Zákaznice tvrdí, že odečet 412 m³ je chybný (loni 96 m³). Navrhni odpověď a postup kontrolního odečtu.`),

  rec('ticket_sl', f`Občan sporoča puščanje vode pred hišo, prosim povzemi za ekipo na terenu:
Prijavitelj: Tomaž Kranjc, ${phone('+386 41 582 330')}
Naslov: Celovška cesta 212, Ljubljana
Opis: "Voda teče po pločniku že od včeraj zvečer, jašek je odkrit."`),

  rec('email_hr', f`Prevedi na engleski, ovo šaljemo vlasniku drona kojeg smo angažirali kao podizvođača:

Poštovani gospodine Babiću,
za snimanje trase vodovoda u Zadru trebamo kopiju vaše licence pilota i police osiguranja. Molimo dostavite ih na ${v('pii.email', 'ivan.babic.dron@gmail.com')} ili nas nazovite na ${phone('+385 91 448 2176')}.`),

  rec('log_en', f`Our drone flight-log uploader throws on some files. Log excerpt:

${amb('source_code.snippet', f`2024-11-22T15:02:11Z INFO  upload start pilot=${v('pii.email', 'r.okafor@skyline-survey.com')} aircraft=M3E-07 site=ABJ-PIPE-12
2024-11-22T15:02:12Z INFO  client ip=${amb('pii.ip_address', '102.89.34.17')} app=FlightLogSync/2.4.0
2024-11-22T15:02:14Z ERROR parse failed: DJIFlightRecord_2024-11-22_[14-31-08].txt: unexpected EOF at record 8812
2024-11-22T15:02:14Z WARN  retry 1/3`)}

Is it the file or the parser?`),

  rec('chat_lt', f`Parašyk trumpą padėką pilotui už skubų darbą: Mantas Jankauskas, ${phone('+370 612 48 397')}, ${v('pii.email', 'mantas.jankauskas@aerofoto.lt')}. Jis per naktį nufilmavo užtvindytą vandenvietės teritoriją.`),

  rec('profile_ja', f`この会員プロフィールを英語に訳して、上級会員向けの特典を説明するメールを書いてください。

会員番号: HS-GOLD-0048812
氏名: 佐藤 美咲
生年月日: ${v('pii.date_of_birth', '1985年4月9日')}
電話: ${phone('+81 90 7316 2284')}
メール: ${v('pii.email', 'misaki.sato85@docomo.ne.jp')}
旅券番号: ${v('pii.passport', 'TZ4418273')}`),

  rec('checkin_ko', f`투숙객 등록 정보를 영어로 정리해 주세요 (호텔 프런트용):
성명: 박지훈 (PARK JIHOON)
여권번호: ${v('pii.passport', 'M58217439')}
생년월일: ${v('pii.date_of_birth', '1991.03.17')}
연락처: ${phone('+82 10 5583 2917')}
체크인 2024-12-20 / 체크아웃 2024-12-23, 디럭스 트윈`),

  rec('chat_th', f`ช่วยเขียนอีเมลยืนยันการอัปเกรดห้องให้ลูกค้าสมาชิก Platinum: คุณสมชาย วงศ์ใหญ่ วันเกิด ${v('pii.date_of_birth', '2 ตุลาคม 1978')} อีเมล ${v('pii.email', 'somchai.w@truemail.co.th')} โทร ${phone('+66 81 642 0937')} เข้าพัก 31 ธ.ค. 2 คืน`),

  rec('csv_ms', f`Tolong semak senarai ahli loyalti yang hari jadinya bulan Disember untuk kempen ucapan:

${amb('source_code.snippet', f`no_ahli,nama,tarikh_lahir,emel,telefon
NS-11820,Nur Aisyah binti Kamal,${v('pii.date_of_birth', '1990-12-04')},${v('pii.email', 'aisyah.kamal@yahoo.com.my')},${phone('+60 12 418 2270')}
NS-11907,Lim Wei Jie,${v('pii.date_of_birth', '1987-12-19')},${v('pii.email', 'weijie.lim87@gmail.com')},${phone('+60 17 305 8841')}
NS-12044,Rajesh a/l Subramaniam,${v('pii.date_of_birth', '1975-12-28')},${v('pii.email', 'rajesh.subra@tm.net.my')},`)}`),

  rec('chat_id_jv', f`Tulung gawe layang njaluk ngapura kanggo tamu hotel sing kamare durung resik pas check-in: Bu Sri Rahayuningsih, ${phone('+62 812 4182 2701')}, ${v('pii.email', 'sri.rahayu@ymail.com')}. Kamar 1208, Yogyakarta.`),

  rec('chat_sw', f`Andika ujumbe wa WhatsApp kwa mwanafunzi wa bootcamp ambaye hajalipa ada ya mwezi huu: Baraka Mwangi, simu ${phone('+254 712 418 227')}. Mkumbushe kwa upole kwamba tarehe ya mwisho ni Ijumaa.`),

  rec('ticket_tr', f`Şikayet kaydını özetle: Kiracı firmanın operasyon sorumlusu Serkan Aydın (${phone('+90 532 418 22 71')}, ${v('pii.email', 'serkan.aydin@egelojistik.com.tr')}) Mersin deposunda teslim aldıkları 6 konteynerin 2'sinde taban hasarı olduğunu bildiriyor.`),

  rec('chat_ru', f`Сформулируй ответ клиенту по аренде контейнеров: Андрей Волков, ${v('pii.email', 'a.volkov@transkontinent.ru')}, ${phone('+7 912 418-22-70')}. Он просит перенести возврат 12 контейнеров с 10 декабря на 20-е.`),

  rec('chat_mn', f`Энэ барилгын талбайн нисгэгчгүй онгоцны зураглалын захиалагчид тайлангийн холбоосыг илгээх имэйл бичээч: Б. Энхтуяа, ${v('pii.email', 'enkhtuya.b@ubstroy.mn')}, утас ${phone('+976 8811 4273')}.`),

  rec('chat_ps', f`مهرباني وکړئ د اوبو بل په اړه د شکایت ځواب ولیکئ: پیرودونکی احمد شاه ستانکزی، تلیفون ${phone('+93 70 418 2275')}، د حساب شمېره WB-448120. هغه وايي چې بل یې دوه ځله راغلی.`),

  rec('chat_sd', f`مهرباني ڪري هن شاگرد لاءِ داخلا جي تصديق جو پيغام لکو: نالو زينب ميمڻ، فون ${phone('+92 300 4182270')}، اي ميل ${v('pii.email', 'zainab.memon@gmail.com')}. ڪورس: ويب ڊيولپمينٽ، حيدرآباد ڪيمپس.`),

  rec('chat_ne', f`कृपया यो ग्राहकलाई होटल बुकिङ पुष्टि इमेल नेपाली र अंग्रेजीमा लेखिदिनुहोस्: सुनिता श्रेष्ठ, ${v('pii.email', 'sunita.shrestha@wlink.com.np')}, ${phone('+977 984 1428 720')}, पोखरा, ३ रात।`),

  rec('chat_as', f`এই গ্ৰাহকজনক পানীৰ বিলৰ বকেয়া সম্পৰ্কে এটা সৌজন্যমূলক চিঠি লিখক: শ্ৰী দীপক বৰুৱা, ফোন ${phone('+91 94350 28716')}, গ্ৰাহক নং GMC-W-30418।`),

  rec('form_yo_ha', f`Fọọmu iforukọsilẹ bootcamp (Lagos) – ṣe ayẹwo ki o si sọ ohun ti ko si:
Orukọ: Adebayo Oluwaseun
Ọjọ ibi: ${v('pii.date_of_birth', '23/05/1999')}
Foonu: ${phone('+234 803 718 4402')}
Imeeli: ${v('pii.email', 'seun.adebayo99@yahoo.com')}
Orukọ alagbatọ (Hausa): Malam Sani Abubakar, ${phone('+234 806 291 5530')}`),

  rec('chat_en_ca', f`Bootcamp payroll for the Toronto TA: Priya Venkataraman, SIN ${v('pii.ca_sin', '762 030 914')}, start Jan 13. Draft the offer letter, 20 h/week, $28/h.`),

  rec('log_zh', f`酒店会员登录接口出现大量失败，帮我看看是不是撞库攻击：

${amb('source_code.snippet', f`2024-11-27 03:12:44 WARN login_failed member=${v('pii.email', 'chenjing1990@163.com')} ip=${amb('pii.ip_address', '45.142.212.61')}
2024-11-27 03:12:44 WARN login_failed member=${v('pii.email', 'wanglei_sh@qq.com')} ip=${amb('pii.ip_address', '45.142.212.61')}
2024-11-27 03:12:45 WARN login_failed member=${v('pii.email', 'liuyang.travel@126.com')} ip=${amb('pii.ip_address', '45.142.212.61')}
2024-11-27 03:12:45 INFO rate_limit triggered ip=${amb('pii.ip_address', '45.142.212.61')}`)}`),

  rec('chat_ro', f`Scrie un răspuns politicos pentru clientul care reclamă factura de apă: dl. Mihai Dumitrescu, ${v('pii.email', 'mihai.dumitrescu@yahoo.ro')}, ${phone('+40 722 418 903')}, cod client 774120. A primit o estimare de consum de 48 m³ deși apartamentul a fost gol.`),

  rec('chat_en_in', f`Please draft a warm welcome message for our new Bengaluru bootcamp mentor: Arjun Menon, ${v('pii.email', 'arjun.menon.dev@gmail.com')}, ${phone('+91 99001 57263')}. He'll lead the Tuesday/Thursday React sessions. Also mention his staff ID card will be at reception; ID proof on file: passport ${v('pii.passport', 'Z4821736')}.`),

  rec('chat_uk', f`Склади нагадування про оплату послуг водопостачання: абонентка Оксана Гнатюк, ${phone('+380 67 418 2270')}, особовий рахунок 0041827. Борг 1 284,60 грн станом на 1 грудня.`),
];

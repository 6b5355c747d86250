/**
 * Held-out batch 56: personal data in sponsorship child profiles, dialysis schedules, MRO HR
 * files, permit applications, seller KYC tickets and onboarding notes, in many languages.
 * National ids without a built-in rule are ambiguous spans without a rule id. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH56_PII: DraftRecord[] = [
  rec('field_report', f`Please tidy this child profile update before it goes to the sponsor portal. Remove anything the sponsor shouldn't see (guardian phone, exact village) but keep the rest friendly:

CHILD PROFILE UPDATE – Kisumu East cluster
Child: Achieng Atieno Odhiambo (ID KE-KSM-04417)
Date of birth: ${v('pii.date_of_birth', '14/03/2016')}
School: Nyalenda Primary, Grade 3
Guardian: grandmother, Mrs. Roselyne Akinyi, mobile ${phone('0712 845 903', 'KE')}
Health: treated for malaria in August, fully recovered
Loves: netball, drawing, helping with the family's chickens
Field officer: Brian Otieno`),

  rec('letter_ph', f`Pls help me translate this sponsor letter reply from Tagalog into English, the child dictated it to our social worker. Then put the header info in the usual format.

Bata: Maria Lourdes Dizon, ipinanganak ${v('pii.date_of_birth', 'Hunyo 2, 2014')}
Barangay San Isidro, Tanauan, Leyte
Contact ng guardian (nanay): ${phone('0918 452 7703', 'PH')}

"Mahal kong Tita Carol, salamat po sa regalo ninyong school bag. Ginagamit ko po ito araw-araw. Nakakuha po ako ng mataas na marka sa Math. Sana po ay mabuti kayo diyan sa England."`),

  rec('handover', f`Turn this into a clean handover table for the twilight shift at the Southmead satellite unit (name, NHS no, DOB, station, notes):

Bay 1 – Mr Peter Lamb, NHS ${v('pii.uk_nhs_number', '274 391 9531')}, DOB ${v('pii.date_of_birth', '02/11/1947')} – AVF left arm, needling difficult last session, use 15G
Bay 3 – Mrs Sunita Rao, NHS ${v('pii.uk_nhs_number', '381 430 4403')}, DOB ${v('pii.date_of_birth', '19/07/1962')} – tunnelled line, dressing due
Bay 4 – Mr Derek Whitcombe, NHS ${v('pii.uk_nhs_number', '599 596 4984')}, DOB ${v('pii.date_of_birth', '28/01/1955')} – target weight reduced to 78.5 kg per Dr Ahmed
Bay 6 – Ms Kerry Flanagan, NHS ${v('pii.uk_nhs_number', '420 668 0353')}, DOB ${v('pii.date_of_birth', '09/05/1981')} – potassium 6.1 pre-dialysis, 1K bath`),

  rec('hr_onboarding', f`Help me write the IT + payroll onboarding checklist for our new data engineer. Info from the offer packet:

Name: Daniel K. Whitford
Start date: Dec 2, 2024 (NYC office, 7th floor)
SSN: ${v('pii.us_ssn', '314-51-4227')}
DOB: ${v('pii.date_of_birth', '08/22/1993')}
Personal email: ${v('pii.email', 'dkwhitford93@gmail.com')}
Cell: ${phone('(415) 638-2917', 'US')}
Benefits: medical PPO, 401k from day one

Don't repeat the SSN in the checklist, just say "I-9 / W-4 received".`),

  rec('csv', f`Can you find duplicates in this backcountry permit export? Same person booking the same zone on overlapping nights:

${amb('source_code.snippet', f`permit_id,trip_leader,email,phone,zone,entry_date,nights,group_size
BC-24-10877,Jason Mercer,${v('pii.email', 'jmercer.hikes@outlook.com')},${phone('(312) 748-2059', 'US')},Elk Lakes,2024-08-09,3,4
BC-24-10879,Aiyana Tsosie,${v('pii.email', 'aiyana.tsosie@gmail.com')},${phone('+1 206 819 4472')},Sawtooth North,2024-08-10,2,2
BC-24-10902,Jason Mercer,${v('pii.email', 'jmercer.hikes@outlook.com')},${phone('(312) 748-2059', 'US')},Elk Lakes,2024-08-10,2,4
BC-24-10915,Greta Lindholm,${v('pii.email', 'greta.lindholm@protonmail.com')},${phone('646-283-7710', 'US')},Hidden Basin,2024-08-12,4,3`)}`),

  rec('traslado_es', f`Hola, necesito redactar el informe de traslado de un paciente de nuestra unidad de Valladolid a la de Sevilla (va a pasar el invierno allí). Datos:

Paciente: Ángel Cuesta Bermejo
DNI: ${v('pii.es_dni', '58132172V')}
Fecha de nacimiento: ${v('pii.date_of_birth', '11/06/1951')}
Teléfono de contacto (hija): ${phone('629 184 753', 'ES')}
Pauta: HDF online, 3 sesiones/semana (L-X-V), 4 h, peso seco 71 kg, acceso FAV radiocefálica izquierda
Serologías: negativas (VHB, VHC, VIH) – septiembre 2024

Escríbelo en tono formal para el nefrólogo receptor.`),

  rec('kyc_es_ar', f`Che, un vendedor de Córdoba mandó estos datos para verificar la cuenta y el sistema lo rechaza. ¿Me ayudás a ver qué falta?

Nombre: Martín Ezequiel Godoy
DNI: ${ambCat('pii', '31.847.296')}
CUIT: ${ambCat('pii', '20-31847296-4')}
Celular: ${phone('+54 9 351 612-4480')}
Mail: ${v('pii.email', 'martingodoy.cueros@hotmail.com')}
Rubro: marroquinería

El error dice "documento no coincide con CUIT".`),

  rec('email_pt', f`Bom dia, pode ajudar-me a escrever um email para o centro de saúde a pedir as análises mais recentes deste doente? Ele vai começar hemodiálise connosco na próxima semana.

Doente: Joaquim Fernandes Pires
Data de nascimento: ${v('pii.date_of_birth', '03-09-1958')}
N.º de utente SNS: ${ambCat('pii', '284 917 365')}
NIF: ${ambCat('pii', '238491765')}
Telemóvel: ${phone('+351 912 384 771')}
Médico de família: Dra. Helena Sousa`),

  rec('lettre_fr', f`Bonjour, peux-tu reformuler ce courrier pour la CPAM ? C'est une demande de prise en charge des transports pour une patiente dialysée.

Patiente : Mme Odile Marchand
N° de sécurité sociale : ${v('pii.fr_nir', '2 91 11 75 115 048 85')}
Née le ${v('pii.date_of_birth', '27/11/1991')}
Tél. : ${phone('+33 6 48 27 19 53')}
Centre : unité d'autodialyse de Lyon-Gerland, 3 séances par semaine
Transport : VSL aller-retour depuis Villeurbanne`),

  rec('visite_sn', f`Salut, une marraine française vient rendre visite à l'enfant qu'elle parraine à Thiès le mois prochain. Il faut que je prépare la fiche de visite pour le bureau de Dakar :

Marraine : Mme Claire Dubreuil
Passeport : ${v('pii.passport', '19AK48273')}
Arrivée : 12 décembre, vol AF718
Téléphone au Sénégal : ${phone('+221 77 418 26 93')}
Enfant : Awa Ndiaye, 9 ans, CE2
Accompagnateur : Moussa Sarr (chef de projet Thiès), ${phone('+221 33 869 12 40')}

Rappelle dans la fiche les règles de protection de l'enfance (pas de photos sur les réseaux, pas de visite sans accompagnateur).`),

  rec('email_it', f`Ciao, mi aiuti a scrivere una mail al nuovo paziente per il primo appuntamento in dialisi peritoneale? Dati dal gestionale:

Paziente: Marco Colombo
Codice fiscale: ${v('pii.it_codice_fiscale', 'CLMLCU84A17L219U')}
Cellulare: ${phone('+39 347 882 1406')}
Email: ${v('pii.email', 'marco.colombo84@libero.it')}
Appuntamento: 14 novembre ore 9:30, ambulatorio DP, Torino Lingotto
Portare: impegnativa, tessera sanitaria, ultimi esami del sangue`),

  rec('hr_de', f`Hallo, ich brauche eine Willkommensmail für unseren neuen Fluggerätmechaniker im Hangar 3. Daten aus dem Personalbogen:

Name: Jannik Oberländer
Geburtsdatum: ${v('pii.date_of_birth', '05.02.1998')}
Steuer-ID: 87236000547
Mobil: ${phone('+49 171 4829306')}
Lizenz: EASA Part-66 B1.1, Typrating A320 (CFM56)
Start: 02.12.2024, Frühschicht

Die Steuer-ID bitte NICHT in die Mail übernehmen.`),

  rec('chat_nl', f`Kun je dit bericht aan de salarisadministratie wat zakelijker maken? "Hoi, de nieuwe inhuurkracht voor de avionica-ploeg begint maandag. Naam Ruben Verstappen, BSN ${v('pii.nl_bsn', '169095551')}, geboren ${v('pii.date_of_birth', '17 april 1990')}, telefoon ${phone('+31 6 48271935')}. Hij komt via het uitzendbureau, dus graag geen contract van ons maar wel een toegangspas voor hangar 1."`),

  rec('chat_lb', f`Moien, kanns du mir hëllefen, e Bréif fir d'Spendebescheinegung ze schreiwen? D'Donatrice wëll se fir hir Steiererklärung:

Numm: Carole Weber-Schmit
Matricule: ${ambCat('pii', '1980 0621 347 66')}
Adress: 14, rue des Jardins, L-3401 Dudelange
E-Mail: ${v('pii.email', 'carole.weberschmit@pt.lu')}
Spenden 2024: 12 × 30 € Patenschaft + 150 € Chrëschtdagsaktioun

De Bréif soll op Lëtzebuergesch an op Franséisch sinn.`),

  rec('chat_da', f`Hej, jeg skal oprette en ny vikar-mekaniker i lønsystemet, men systemet siger at CPR-nummeret er ugyldigt. Han har skrevet ${ambCat('pii', '230487-2918')}, telefon ${phone('+45 28 71 94 36')}. Kan du hjælpe mig med at skrive en mail til ham, hvor jeg beder ham tjekke nummeret igen og sende en kopi af sundhedskortet?`),

  rec('soknad_no', f`Hei, kan du lage en ryddig oversikt av denne søknaden om villreinjakt? Søkeren har ringt og lurer på status.

Navn: Eirik Haugland
Fødselsnummer: ${ambCat('pii', '12037948746')}
Jegernummer: 19874521
Mobil: ${phone('+47 918 24 736')}
E-post: ${v('pii.email', 'eirik.haugland@online.no')}
Villreinområde: Hardangervidda, periode 20.–30. august`),

  rec('chat_fi', f`Moi, voitko kirjoittaa asiakkaalle lyhyen vastauksen? Hän haki kalastuslupaa ja kysyy miksi se on vielä käsittelyssä. Hakemuksessa: Juha-Pekka Lehtinen, henkilötunnus ${ambCat('pii', '170884-318B')}, puhelin ${phone('040 718 2946', 'FI')}. Syy on se, että kalastonhoitomaksu ei näy vielä järjestelmässä.`),

  rec('chat_et', f`Tere! Palun aita mul kirjutada vastus matkajale, kes broneeris Lahemaa rahvuspargis telkimisplatsi, aga ei saanud kinnitust. Andmed: Kadri Tamm, isikukood ${ambCat('pii', '49005214228')}, e-post ${v('pii.email', 'kadri.tamm@gmail.com')}, telefon ${phone('+372 5384 1927')}. Broneering oli 24.–26. mai. Kinnitus läks rämpsposti, tuleb uuesti saata.`),

  rec('chat_pl', f`Cześć, potrzebuję maila powitalnego dla nowego mechanika w hangarze w Katowicach. Dane z kadr:

Imię i nazwisko: Tomasz Wróblewski
PESEL: ${ambCat('pii', '87051404830')}
Telefon: ${phone('+48 601 284 739')}
E-mail prywatny: ${v('pii.email', 't.wroblewski87@wp.pl')}
Licencja: Part-66 B2, ATR 42/72
Pierwszy dzień: 4 listopada, zmiana nocna

PESEL-u nie wpisuj do maila, to tylko do kadr.`),

  rec('chat_cs', f`Ahoj, můžeš mi pomoct odpovědět na dotaz? Paní se ptá, proč jí nepřišlo povolení k vjezdu do národního parku. V žádosti uvedla: Jana Procházková, rodné číslo ${ambCat('pii', '785912/1347')}, telefon ${phone('+420 731 284 916')}, SPZ ${ambCat('pii', '2AB 4817')}. Povolení se vydává jen pro držitele chat v zóně A, takže ho nedostala. Napiš to prosím slušně.`),

  rec('chat_hr', f`Bok, trebam prebaciti pacijenta na dijalizu u našem centru u Splitu preko ljeta. Molim te sastavi dopis za matični centar u Zagrebu:

Pacijent: Ivan Kovačević
OIB: ${ambCat('pii', '69304728154')}
Datum rođenja: ${v('pii.date_of_birth', '21.03.1966')}
Mobitel: ${phone('+385 91 482 7316')}
Termin: 1.–31. srpnja, ponedjeljak/srijeda/petak`),

  rec('chat_sr', f`Zdravo, prodavac iz Novog Sada je poslao podatke za verifikaciju, ali mu je nalog i dalje blokiran. Podaci: Nikola Petrović, JMBG ${ambCat('pii', '1403985710024')}, telefon ${phone('+381 63 418 2947')}, e-mail ${v('pii.email', 'nikola.petrovic.rakija@gmail.com')}. Problem je što je fotografija lične karte mutna. Napiši mu kratak odgovor na srpskom da pošalje novu fotografiju.`),

  rec('chat_ro', f`Bună, poți să mă ajuți să scriu un e-mail către casa de asigurări pentru decontarea transportului unei paciente dializate?

Pacientă: Elena Dumitrescu
CNP: ${ambCat('pii', '2520418128374')}
Telefon: ${phone('0722 481 936', 'RO')}
Centru: Renalis Cluj-Napoca, 3 ședințe pe săptămână
Perioada: octombrie 2024, 13 ședințe`),

  rec('chat_uk', f`Допоможи, будь ласка, оформити анкету для програми підтримки сімей. Волонтерка з Харкова надіслала:

Мати: Оксана Мельник, дата народження ${v('pii.date_of_birth', '12.09.1988')}
РНОКПП: ${ambCat('pii', '3428175696')}
Телефон: ${phone('+380 67 482 1937')}
Діти: Софія (7 років), Артем (4 роки)
Потреби: шкільне приладдя, зимовий одяг

Зроби з цього акуратну таблицю українською.`),

  rec('chat_el', f`Καλησπέρα, χρειάζομαι ένα email για τον νέο τεχνικό στο υπόστεγο της Αθήνας με τα έγγραφα που λείπουν. Στοιχεία: Γιώργος Παπαδόπουλος, ΑΜΚΑ ${ambCat('pii', '21068504188')}, κινητό ${phone('+30 694 821 7360')}, email ${v('pii.email', 'g.papadopoulos85@yahoo.gr')}. Λείπουν το πτυχίο Part-66 και η ιατρική βεβαίωση. Γράψε το ευγενικά.`),

  rec('chat_tr', f`Merhaba, İzmir'deki satıcımız hesap doğrulamasından geçemiyor. Gönderdiği bilgiler:

Ad Soyad: Ayşe Demirtaş
TC Kimlik No: ${ambCat('pii', '38472915010')}
Telefon: ${phone('0532 481 27 36', 'TR')}
E-posta: ${v('pii.email', 'aysedemirtas.elyapimi@gmail.com')}
Doğum tarihi: ${v('pii.date_of_birth', '07.05.1979')}

Sistemde "kimlik bilgileri NVİ ile eşleşmedi" yazıyor. Ona ne yazmalıyım?`),

  rec('chat_he', f`היי, תעזור לי לנסח מכתב הפניה למטופל חדש ביחידת הדיאליזה באשדוד?

שם: משה אזולאי
ת.ז.: ${ambCat('pii', '304827165')}
תאריך לידה: ${v('pii.date_of_birth', '14.02.1956')}
טלפון: ${phone('052-481-7293', 'IL')}
רופא מפנה: ד"ר רונית לוי, נפרולוגיה, בית חולים ברזילי

המכתב צריך להיות רשמי ולכלול את מועד ההתחלה: יום ראשון, 10 בנובמבר.`),

  rec('chat_ar', f`مرحبا، عنا مجموعة متسلقين من الأردن بدهم تصريح تخييم بالمحمية لمدة ثلاث ليالي. قائد المجموعة بعت المعلومات:

الاسم: خالد العمري
رقم جواز السفر: ${v('pii.passport', 'N482917')}
الهاتف: ${phone('+962 79 548 2173')}
الإيميل: ${v('pii.email', 'khaled.alomari.climb@gmail.com')}
عدد الأشخاص: ٦

ممكن تكتبلي رد بالعربي إنه الطلب انقبل وإنه لازم يدفعوا الرسوم قبل ٤٨ ساعة من الوصول؟`),

  rec('chat_fa', f`سلام، لطفاً یک پیام تأیید برای صدور مجوز صعود به قله بنویس. اطلاعات متقاضی:

نام: سارا محمدی
کد ملی: ${ambCat('pii', '0084619376')}
تاریخ تولد: ${v('pii.date_of_birth', '1370/06/15')}
تلفن همراه: ${phone('0912 482 7391', 'IR')}
تاریخ صعود: ۲۰ تا ۲۳ مهر

پیام باید رسمی باشد و یادآوری کند که همراه داشتن کارت ملی در پاسگاه الزامی است.`),

  rec('chat_hi', f`नमस्ते, नए डायलिसिस मरीज़ का रजिस्ट्रेशन फ़ॉर्म भरना है, कृपया यह जानकारी एक साफ़ तालिका में कर दें:

नाम: रमेश चंद्र वर्मा
जन्म तिथि: ${v('pii.date_of_birth', '15/08/1962')}
आधार नंबर: ${v('pii.in_aadhaar', '6605 3082 3831')}
मोबाइल: ${phone('+91 98451 27364')}
केंद्र: लखनऊ, सप्ताह में 2 सत्र (मंगल, शनि)
योजना: आयुष्मान भारत`),

  rec('chat_ta', f`வணக்கம், புதிய நோயாளியின் விவரங்களை பதிவு செய்ய ஒரு அறிமுக குறிப்பு எழுத உதவுங்கள்:

பெயர்: செல்வி முருகன்
ஆதார் எண்: ${v('pii.in_aadhaar', '8769 3982 1720')}
கைபேசி: ${phone('+91 94440 18273')}
மையம்: மதுரை, வாரம் மூன்று முறை டயாலிசிஸ்
காப்பீடு: முதலமைச்சர் விரிவான மருத்துவக் காப்பீட்டுத் திட்டம்

குறிப்பு சுருக்கமாகவும் மரியாதையாகவும் இருக்கட்டும்.`),

  rec('chat_te', f`హాయ్, స్పాన్సర్‌షిప్ ప్రోగ్రామ్‌లో కొత్త పిల్లవాడిని చేర్చడానికి ఫారం నింపాలి. వివరాలు:

పిల్లవాడి పేరు: సాయి కిరణ్
పుట్టిన తేదీ: ${v('pii.date_of_birth', '22-01-2017')}
తల్లి పేరు: లక్ష్మి, ఆధార్: ${v('pii.in_aadhaar', '3760 4273 6258')}
ఫోన్: ${phone('+91 98490 36172')}
గ్రామం: కొండాపూర్, వరంగల్ జిల్లా

దీన్ని ఇంగ్లీష్‌లో స్పాన్సర్ పోర్టల్ ఫార్మాట్‌లో రాయండి, కానీ ఆధార్ నంబర్ తీసేయండి.`),

  rec('chat_th', f`สวัสดีครับ ช่วยเขียนข้อความตอบกลับนักท่องเที่ยวที่ขอใบอนุญาตกางเต็นท์ที่ดอยอินทนนท์หน่อยครับ ข้อมูลผู้จอง: นายธนากร ศรีสุข เลขบัตรประชาชน ${ambCat('pii', '1-1037-00812-64-4')} โทร ${phone('081 482 7193', 'TH')} จองวันที่ 28-30 ธันวาคม ตอนนี้ลานกางเต็นท์เต็มแล้ว ต้องแจ้งให้เลือกวันใหม่ครับ`),

  rec('chat_vi', f`Chào bạn, giúp mình viết email trả lời người bán này nhé. Họ gửi thông tin xác minh tài khoản:

Họ tên: Nguyễn Thị Thu Hằng
Số CCCD: ${ambCat('pii', '079088004321')}
Ngày sinh: ${v('pii.date_of_birth', '15/04/1988')}
Điện thoại: ${phone('0912 482 739', 'VN')}
Email: ${v('pii.email', 'thuhang.gomsu@gmail.com')}

Ảnh CCCD mặt sau bị mờ, cần chụp lại. Viết bằng tiếng Việt, lịch sự.`),

  rec('chat_id', f`Halo, tolong bantu saya membalas penjual dari Surabaya yang verifikasinya gagal:

Nama: Budi Santoso
NIK: ${ambCat('pii', '3273014107890004')}
NPWP: ${ambCat('pii', '09.254.294.3-407.000')}
No. HP: ${phone('0812-4827-3916', 'ID')}
Email: ${v('pii.email', 'budi.santoso.batik@yahoo.co.id')}

Masalahnya nama di NPWP berbeda dengan nama toko. Tulis balasan singkat dalam bahasa Indonesia.`),

  rec('chat_zh', f`帮我写一段回复给卖家，告诉他实名认证没有通过的原因（身份证照片反光，看不清）。他提交的信息如下：

姓名：王建国
身份证号：${ambCat('pii', '330782198804173050')}
手机：${phone('138 2749 1063', 'CN')}
店铺：义乌建国小商品

语气要客气，请他重新上传身份证正反面照片。`),

  rec('chat_ko', f`안녕하세요, 판매자 본인 인증이 실패한 건에 대해 답변을 써 주세요. 판매자가 보낸 정보입니다:

이름: 김민준
주민등록번호: ${ambCat('pii', '860312-1482739')}
휴대폰: ${phone('010-4827-3916', 'KR')}
이메일: ${v('pii.email', 'minjun.kim.craft@naver.com')}

사업자등록증의 대표자 이름과 일치하지 않아서 실패했습니다. 정중하게 써 주세요.`),

  rec('chat_ja', f`新しく入社するデータエンジニアの手続き用メモを整理してください。

氏名：佐藤 健太
生年月日：${v('pii.date_of_birth', '1991年7月24日')}
マイナンバー：${ambCat('pii', '4820 3917 5627')}
携帯：${phone('090-4827-3916', 'JP')}
入社日：12月2日（東京オフィス）

マイナンバーは人事システムにだけ入力するので、メモからは外してください。`),

  rec('timesheet', f`Reformat this contractor timesheet for the agency invoice, one line per shift:

Contractor: Gareth Pritchard (licensed B1, via AeroStaff UK)
NI number: ${v('pii.uk_nino', 'JR 41 68 27 C')}
Mobile: ${phone('07824 619305', 'GB')}
Station: Cardiff hangar 2

Mon 4/11 06:00-18:00 G-OATR A-check
Tue 5/11 06:00-18:00 G-OATR A-check, CRS signed
Wed 6/11 18:00-06:00 G-LNKD wheel change AOG`),

  rec('log', f`Our permit site's login rate limiter blocked a bunch of real users this morning. Can you tell from these lines whether it's one bot or actual people?

${amb('source_code.snippet', f`2024-11-06T07:58:12Z WARN auth rate_limited user=${v('pii.email', 'lena.vogt@posteo.de')} ip=${amb('pii.ip_address', '84.132.57.201')} attempts=6
2024-11-06T07:58:40Z WARN auth rate_limited user=${v('pii.email', 'mike.okafor@yahoo.com')} ip=${amb('pii.ip_address', '84.132.57.201')} attempts=6
2024-11-06T07:59:03Z WARN auth rate_limited user=${v('pii.email', 'sandra.ruiz@icloud.com')} ip=${amb('pii.ip_address', '84.132.57.201')} attempts=7
2024-11-06T08:01:15Z INFO auth login_ok user=${v('pii.email', 'p.whitehorse@gmail.com')} ip=${amb('pii.ip_address', '2600:1700:3ba0:41f0::2c')}`)}`),
];

/**
 * Held-out batch 85: personal data in care assessments and claims, beneficiary registration,
 * guest and crew manifests, talent contracts, customer contacts and library member records. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH85_PII: DraftRecord[] = [
  rec('claim_de', f`Bitte fasse das Pflegegutachten für die Leistungsabteilung in 5 Stichpunkten zusammen:

Versicherte: Hildegard Voßkamp, geb. ${v('pii.date_of_birth', '03.11.1938')}
Steuer-ID (für Leistungsmitteilung): ${v('pii.de_steuer_id', '90827313541')}
Kontakt Tochter: ${phone('0171 51978827', 'DE')}
Ergebnis: Pflegegrad 3 (52,5 Punkte), Mobilität stark eingeschränkt, nächtlicher Hilfebedarf, Sturz im August.
Empfehlung: Hausnotruf, Rollator, Tagespflege 2×/Woche.`),

  rec('claim_en_gb', f`Can you turn this into a letter confirming the start of care benefits?

Policyholder: Mr Reginald Ashcombe
DOB: ${v('pii.date_of_birth', '14/02/1936')}
NHS number: ${v('pii.uk_nhs_number', '274 710 2904')}
NI number: ${v('pii.uk_nino', 'EG 71 99 11 A')}
Care provider: Willowbank Residential Home, Harrogate
Benefit: £1,150 per week from 1 March, reviewed after 12 weeks.
Son (power of attorney): ${phone('07712 997529', 'GB')}`),

  rec('claim_fr', f`Rédige une réponse à la fille de l'assurée, qui demande où en est le dossier :

Assurée : Mme Jeanne Lemarchand
N° de sécurité sociale : ${v('pii.fr_nir', '2 32 09 75 113 307 29')}
Née le ${v('pii.date_of_birth', '21 septembre 1932')} à Paris 14e
Dossier dépendance ouvert le 02/12, évaluation GIR 2 reçue le 16/12, pièces manquantes : avis d'imposition.
Contact : Sophie Lemarchand, ${phone('06 99 29 27 30', 'FR')}`),

  rec('claim_it', f`Controlla se questa richiesta di indennità LTC è completa:

Assicurata: Marcella Gallo
Codice fiscale: ${v('pii.it_codice_fiscale', 'GLLMRC81T52H501M')} (figlia, delegata)
Assistito: Franco Spataro, C.F. ${v('pii.it_codice_fiscale', 'SPTFNC77C09G273N')}
Cellulare: ${phone('347 413 9302', 'IT')}
Allegati: certificato medico, verbale invalidità civile, contratto badante.`, 'names do not match the codes on purpose (real forms mix up people); both codes are valid'),

  rec('claim_es', f`Necesito un correo para pedir la documentación que falta del expediente de dependencia:

Tomador: Antonio Ruiz Cabello, DNI ${v('pii.es_dni', '43222018G')}
Cuidadora contratada: Mirela Popescu, NIE ${v('pii.es_nie', 'Y9016746R')}
Fecha de nacimiento del tomador: ${v('pii.date_of_birth', '07/05/1941')}
Falta: contrato de la cuidadora y alta en la Seguridad Social.`),

  rec('claim_nl', f`Kun je deze gegevens controleren op tikfouten voordat ik ze in het schadesysteem zet?
Naam: W.J. (Wim) Brouwer
BSN: ${v('pii.nl_bsn', '775681830')}
Geboortedatum: ${v('pii.date_of_birth', '30-06-1944')}
Telefoon: ${phone('06 4182 7395', 'NL')}
Zorgaanbieder: Thuiszorg De Linde, indicatie 12 uur/week`),

  rec('claim_en_us', f`Help me write a denial-appeal summary for this long-term care claim:

Insured: Dolores Whitaker, SSN ${v('pii.us_ssn', '393-98-4427')}, DOB ${v('pii.date_of_birth', '08/19/1940')}
Policy LTC-77-204318, 90-day elimination period
Claim: assisted living, Brookhaven Senior Living, since 10/01
Denied: only 1 ADL documented (bathing); appeal says 2 ADLs + cognitive impairment
Daughter: ${phone('(617) 569-8590', 'US')}, ${v('pii.email', 'k.whitaker.sullivan@gmail.com')}`),

  rec('form_en_ca', f`Cross-border policy, the Canadian beneficiary needs a tax slip. Data from the form:
Name: Gérald Tremblay-Roy
SIN: ${v('pii.ca_sin', '513 574 251')}
Date of birth: ${v('pii.date_of_birth', '1947-01-29')}
Email: ${v('pii.email', 'gerald.troy47@videotron.ca')}
Which box on the NR4 does the care benefit go in?`),

  rec('claim_de_ch', f`Kannst du mir eine Rückfrage an die Spitex formulieren? Die Rechnung für Frau Brunner passt nicht zur Verfügung.
Versicherte: Anna-Lisa Brunner-Kälin, geb. ${v('pii.date_of_birth', '12.04.1935')}
AHV-Nr.: ${ambCat('pii', '756.4829.1037.62')}
Telefon Sohn: ${phone('079 528 21 02', 'CH')}
Rechnung Spitex Zürichberg: 46 Std. statt bewilligter 32 Std. im Januar.`, 'Swiss AHV number: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('manifest_csv', f`Port of Bonifacio wants the guest list in their template. Can you reformat this?

${amb('source_code.snippet', f`name,nationality,dob,passport,expiry
Charles Whitcombe,GBR,${v('pii.date_of_birth', '1969-07-22')},${v('pii.passport', '548201937')},2031-03-14
Eleanor Whitcombe,GBR,${v('pii.date_of_birth', '1972-11-05')},${v('pii.passport', '563918204')},2029-08-30
Maximilian Roth,DEU,${v('pii.date_of_birth', '1988-02-17')},${v('pii.passport', 'C7F2K9R41')},2033-01-09
Inès Roth-Delacroix,FRA,${v('pii.date_of_birth', '1990-09-03')},${v('pii.passport', '21CK48172')},2032-05-21`)}`),

  rec('crew_list_el', f`Κατάσταση πληρώματος για το Λιμεναρχείο Πειραιά – M/Y Thalassa:
1. Καπετάνιος: Νικόλαος Δημητρίου, ημ. γέννησης ${v('pii.date_of_birth', '19/06/1971')}, διαβατήριο ${v('pii.passport', 'AN4718203')}, ναυτικό φυλλάδιο 48215
2. Μηχανικός: Γιώργος Καλλέργης, ημ. γέννησης ${v('pii.date_of_birth', '02/12/1984')}, διαβατήριο ${v('pii.passport', 'AT0937462')}
3. Στιούαρτ: Ana Ribeiro (PT), διαβατήριο ${v('pii.passport', 'CB391847')}
Τηλ. επικοινωνίας πλοιάρχου: ${phone('699 491 2341', 'GR')}

Μετάφρασέ το στα αγγλικά για τη μαρίνα.`),

  rec('guest_prefs_fr', f`Fiche préférences invités – M/Y Solenne, semaine 28
Client principal : M. Karim Haddad, ${v('pii.email', 'karim.haddad@haddad-holding.mc')}, ${phone('+377 6 87 48 78 72')}
Assistante : ${v('pii.email', 'office@haddad-holding.mc')}
Allergies : arachides (fils, 9 ans), crustacés (Mme Haddad)
Régime : halal, pas d'alcool à bord
Anniversaire de Mme Haddad le ${v('pii.date_of_birth', '14 juillet 1979')} – gâteau prévu

Peux-tu transformer ça en briefing pour le chef et la chef de cabine, en anglais ?`),

  rec('transit_log_tr', f`Transit log için misafir bilgileri (Göcek çıkışı, 18 Ağustos):
- Yael Ben-David, İsrail, pasaport ${v('pii.passport', '31872904')}, doğum tarihi ${v('pii.date_of_birth', '04.03.1983')}
- Amit Ben-David, İsrail, pasaport ${v('pii.passport', '32019476')}
- Kaptan Erdem Yıldız, ${phone('0532 911 67 57', 'TR')}
Acenteye gönderilecek e-postayı yazar mısın?`),

  rec('registration_so', f`Foomka diiwaangelinta qoyska – Baydhabo, degmada Berdaale
Madaxa qoyska: Faadumo Cali Xasan
Taariikhda dhalashada: ${v('pii.date_of_birth', '1989-03-15')}
Lambarka mobile money: ${phone('61 945 4570', 'SO')}
Tirada qoyska: 7 (4 carruur ah oo ka yar 5 sano)
Xaaladda: barakac cusub, dhul beereed ka tagay

Fadlan ku turjun Ingiriis si loogu daro warbixinta.`),

  rec('registration_ha', f`Don Allah a fassara zuwa Turanci wannan rajistar mai cin gajiyar tallafin kuɗi:
Suna: Hauwa'u Abubakar Sani
Ranar haihuwa: ${v('pii.date_of_birth', '12/08/1992')}
Lambar waya (walat): ${phone('0803 434 1748', 'NG')}
NIN: ${ambCat('pii', '48217093561')}
Gari: Damaturu, Yobe
Adadin 'ya'ya: 5`, 'Nigerian NIN: personal, no built-in rule claims it'),

  rec('field_note_kr', f`Maiduguri field team note (Kanuri, translate to English please):
Kaji Bulama Modu dǝ, lamba waya nzǝ ${phone('+234 803 518 2746')}. Kam kura dǝ wallet nzǝ-a kǝndo karǝnyi — SIM nzǝ kalaro. Fatimari Ali ${phone('0706 412 8835', 'NG')} lamba waya kǝrǝ dǝ yeye.`),

  rec('registration_ff', f`Tallitaa ndiyam walla ko ɓe mbaawi nder English:
Innde: Aminatu Buba Jauro
Ñalnde jibinannde: ${v('pii.date_of_birth', '22-01-1995')}
Nimero telefon: ${phone('+234 813 770 4192')}
Saare: Mubi, Adamawa — ɓiɓɓe 4, debbo hoore galle.`),

  rec('registration_om', f`Galmee fayyadamtootaa – Gujii Lixaa (hiikkaa Afaan Ingiliffaa barbaada):
Maqaa: Caaltuu Guyyoo Waaqoo
Guyyaa dhalootaa: ${v('pii.date_of_birth', '05/10/1987')}
Lakk. bilbilaa: ${phone('091 742 3366', 'ET')}
Maatii: namoota 6, loon 12 duute (gogiinsa)`),

  rec('complaint_ti', f`ኣብ መቐለ ዝተመዝገበት ተጠቃሚት ቅሬታ፡ ገንዘብ ኣይበጽሐን። ሽም፡ ለተብርሃን ገብረመድህን፣ ዕለት ልደት፡ ${v('pii.date_of_birth', '1990-07-11')}፣ ቁጽሪ ስልኪ፡ ${phone('+251 914 208 637')}። ብእንግሊዝኛ ንጸብጻብ ኣዳልወለይ።`),

  rec('registration_rn', f`Nimumfashe guhindura mu Cyongereza:
Izina: Ndayishimiye Claudine
Itariki y'amavuko: ${v('pii.date_of_birth', '17/04/1993')}
Telefone (Lumicash): ${phone('79 61 39 06', 'BI')}
Komine: Gihanga, Bubanza — abana 3, yahunze imyuzure.`),

  rec('registration_ny', f`Chonde masulirani mu Chingerezi, ndi lipoti ya kulembetsa mabanja okhudzidwa ndi kusefukira kwa madzi ku Nsanje:
Dzina: Chifundo Banda
Tsiku lobadwa: ${v('pii.date_of_birth', '03/03/1986')}
Nambala ya Airtel Money: ${phone('0995 16 27 28', 'MW')}
Anthu m'banja: 8`),

  rec('registration_zu', f`Ngicela ungihumushele lokhu ngesiNgisi ukuze ngikufake embikweni wabahlomulayo baseKwaMashu:
Igama: Nomvula Zungu
Inombolo kamazisi: ${ambCat('pii', '8506250437084')}
Usuku lokuzalwa: ${v('pii.date_of_birth', '25 June 1985')}
Ucingo: ${phone('082 709 6062', 'ZA')}
Abantu endlini: 5`, 'South African ID number: personal, no built-in rule claims it'),

  rec('note_ctg', f`Camp 15 volunteer note (Chittagonian written in Latin letters, pls translate to English):
Ebar cash ni fuaibo na bilá ekta poribar: hoarbar maia Rashida Begum, FCN 0184372, mobile ${phone('01717-686278', 'BD')}. Tar fua Sayed Alom, jonmo tarikh ${v('pii.date_of_birth', '2014-05-09')}, iskul ot nam lekha ase.`),

  rec('note_my', f`ဒီမှတ်တမ်းကို အင်္ဂလိပ်လို ဘာသာပြန်ပေးပါ။ အမည် - ဒေါ်ခင်မာအေး၊ မွေးသက္ကရာဇ် - ${v('pii.date_of_birth', '1978-12-02')}၊ ဖုန်း - ${phone('09 42268 5736', 'MM')}၊ ရေဘေးကြောင့် ဆိုက်ကယ်နှင့် အိမ် ပျက်စီးသွားသည်။`),

  rec('registration_prs', f`لطفاً این معلومات را به انگلیسی ترجمه کنید:
نام: گل‌بی‌بی احمدی
تاریخ تولد: ${v('pii.date_of_birth', '1370/04/12')}
شماره تذکره: ${ambCat('pii', '1399-0102-48271')}
شماره تماس: ${phone('070 862 6534', 'AF')}
ولسوالی: انجیل، هرات – بیوه، پنج فرزند`, 'Solar Hijri birth date (1991 CE), clearly labelled; tazkira number has no built-in rule'),

  rec('registration_ckb', f`تکایە ئەمە وەربگێڕە بۆ ئینگلیزی:
ناو: شیلان محەمەد کەریم
ڕێکەوتی لەدایکبوون: ${v('pii.date_of_birth', '09/11/1990')}
ژمارەی مۆبایل: ${phone('0773 186 3205', 'IQ')}
کەمپی دارەشەکران، هەولێر — خێزانی ٥ کەسی`),

  rec('registration_ye', f`يا خبير، ترجم هذي البيانات للانجليزي عشان التقرير:
الاسم: أروى عبدالله سالم
تاريخ الميلاد: ${v('pii.date_of_birth', '1994/02/28')}
رقم الجوال: ${phone('0772 698 317', 'YE')}
العنوان: مديرية الشمايتين، تعز — نازحة من ٢٠١٨، عندها أربعة عيال`),

  rec('complaint_ht', f`Tanpri tradui plent sa a an anglè pou ekip swivi a:
"Mwen se Marie-Ange Pierre-Louis, mwen fèt ${v('pii.date_of_birth', '8 out 1984')}. Mwen pa resevwa transfè MonCash mwen pou mwa fevriye. Nimewo mwen se ${phone('30 05 9083', 'HT')}. Mwen rete Jérémie."`),

  rec('registration_ln', f`Bongola na Lingelesi, pardon:
Nkombo: Mbuyi Kalala Josée
Mokolo ya mbotama: ${v('pii.date_of_birth', '19/09/1991')}
Nimero ya telefone (M-Pesa): ${phone('0810 269 963', 'CD')}
Esika: Kalehe, Sud-Kivu — bana 6, ndako ebebisamaki na mai`),

  rec('contract_pt_br', f`Revise o texto deste aditivo de contrato da apresentadora da previsão do tempo, deixe mais formal:
Contratada: Luana Ferreira dos Santos, CPF ${v('pii.br_cpf', '371.008.196-36')}
Nascimento: ${v('pii.date_of_birth', '11/06/1993')}
E-mail: ${v('pii.email', 'luana.ferreira.tempo@gmail.com')} · Celular: ${phone('(21) 99951-1657', 'BR')}
Aditivo: inclusão de participação no telejornal de sábado, cachê de R$ 2.400 por programa.`),

  rec('stringer_pt_gw', f`Lista de correspondentes para a cobertura das cheias em Bafatá. Podes pôr isto numa tabela?
- Aladje Baldé, câmara, ${phone('+245 954 172 139')}, ${v('pii.email', 'aladje.balde.gb@gmail.com')}
- Fatumata Djaló, jornalista (fala crioulo, fula e português), ${phone('+245 955 308 412')}
Pagamento por Orange Money, 25 000 XOF por dia.`),

  rec('members_csv_is', f`Geturðu fundið tvítekna meðlimi í þessum útdrætti úr lánakerfinu?

${amb('source_code.snippet', f`member_id;nafn;netfang;simi;faedingardagur
M-30214;Guðrún Ólafsdóttir;${v('pii.email', 'gudrun.olafs@simnet.is')};${phone('838 1848', 'IS')};${v('pii.date_of_birth', '1982-04-07')}
M-30215;Guðrún Olafsdottir;${v('pii.email', 'gudrun.olafs@simnet.is')};${phone('+354 838 1848')};${v('pii.date_of_birth', '1982-04-07')}
M-30388;Einar Þór Sigurðsson;${v('pii.email', 'einar.thor@hi.is')};${phone('+354 862 4917')};${v('pii.date_of_birth', '2011-10-30')}`)}`),

  rec('chat_en_in', f`Library card renewal form, please check if the KYC section is fine:
Member: Ananya Krishnan
Aadhaar: ${v('pii.in_aadhaar', '3556 0043 6175')}
DOB: ${v('pii.date_of_birth', '16-08-2009')} (minor, guardian: R. Krishnan)
Guardian mobile: ${phone('+91 98587 61141')}
Equipment privileges requested: sewing machine, soldering station (supervised)`),

  rec('signature_ko', f`고객사 담당자 연락처를 명함 형식으로 정리해 주세요.

박지원 책임 / 테스트엔지니어링팀
${v('pii.email', 'jiwon.park@probeline-test.com')} | M. ${phone('010-3516-3200', 'KR')}

Hiroshi Tanaka 様（品質保証部）
${v('pii.email', 'h.tanaka@kairo-devices.co.jp')} | 携帯 ${phone('090-3751-3802', 'JP')}

王磊（采购）${v('pii.email', 'wang.lei@xinhe-micro.cn')} 手机 ${phone('138 9064 6846', 'CN')}`),

  rec('visitor_log_th', f`สรุปรายชื่อผู้เยี่ยมชมห้องทดสอบ (ลูกค้า NDA) วันที่ 12 มี.ค. เป็นภาษาอังกฤษให้หน่อย:
1. Nguyễn Văn Hùng – หนังสือเดินทาง ${v('pii.passport', 'C4827193')} – โทร ${phone('0934 291 763', 'VN')}
2. สมชาย ศรีสวัสดิ์ – หนังสือเดินทาง ${v('pii.passport', 'AA3917204')} – โทร ${phone('084 797 1783', 'TH')}
ผู้ดูแล: คุณวิภา (ฝ่ายความปลอดภัย)`),

  rec('door_log_et', f`Palun vaata, kas keegi kasutas töökoja kaarti väljaspool lahtiolekuaega:

${amb('source_code.snippet', f`2025-02-08 22:41:07 ukse=puidutookoda kaart=04:A1:7C:22 liige=Kristjan Tamm <${v('pii.email', 'kristjan.tamm@gmail.com')}> tulemus=LUBATUD allikas=${amb('pii.ip_address', '10.40.0.23')}
2025-02-08 22:43:51 ukse=laserlõikur kaart=04:A1:7C:22 liige=Kristjan Tamm <${v('pii.email', 'kristjan.tamm@gmail.com')}> tulemus=KEELATUD allikas=${amb('pii.ip_address', '10.40.0.24')}
2025-02-09 09:58:12 ukse=peauks kaart=04:93:0B:5E liige=Liis Kask <${v('pii.email', 'liis.kask@ut.ee')}> tulemus=LUBATUD allikas=${amb('pii.ip_address', '10.40.0.21')}`)}`),

  rec('email_id', f`Tolong bantu balas email anggota ini dengan sopan:

"Selamat siang, saya Dewi Lestari (${v('pii.email', 'dewi.lestari88@yahoo.co.id')}, HP ${phone('0812-5082-9018', 'ID')}). Bor listrik yang saya pinjam tanggal 3 Maret ternyata rusak sejak awal, jadi saya tidak mau didenda. Terima kasih."`),

  rec('cv_ka', f`გთხოვ, ეს CV ინგლისურად გადათარგმნე, ბოცმანის პოზიციისთვის:
სახელი: ლევან ბერიძე
დაბადების თარიღი: ${v('pii.date_of_birth', '27.05.1990')}
ტელეფონი: ${phone('574 78 61 70', 'GE')}
ელ-ფოსტა: ${v('pii.email', 'levan.beridze.deck@gmail.com')}
გამოცდილება: 6 სეზონი 40–55 მ იახტებზე, STCW, RYA Yachtmaster Offshore`),

  rec('guest_hy', f`Խնդրում եմ պատրաստել հյուր օդերևութաբանի հրավերի նամակ (անգլերեն)։ Տվյալներ՝ Արամ Հովհաննիսյան, ${v('pii.email', 'aram.hovhannisyan@meteo-consult.am')}, հեռ. ${phone('077 275652', 'AM')}, եթերը՝ մարտի 21, 19:40։`),

  rec('guest_he', f`תכין לי טופס הצהרה לבריאות לאורחת שמגיעה ביום ראשון ליאכטה:
שם: נועה אברהמי
דרכון: ${v('pii.passport', '34918207')}
תאריך לידה: ${v('pii.date_of_birth', '02/09/1996')}
טלפון: ${phone('052-325-8180', 'IL')}
הערה: אלרגיה לפניצילין`),
];

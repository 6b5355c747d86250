/**
 * Held-out batch 158: personal data at a welfare benefits office, a maternity ward's discharge
 * desk, an auction house's bidder registration, an e-scooter fines team, an aircraft caterer and an
 * export-licence desk — forms, letters, exports, logs and signatures in many languages. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, groupedAs, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck,
  nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const pass = (s: string) => v('pii.passport', s);

const NHS_MUM = ukNhsSpaced('485739201');
const NHS_BABY = ukNhsSpaced('703948162');
const NHS_MUM2 = ukNhsSpaced('438291057');
const STEUER = `4827193654${deSteuerIdCheckDigit('4827193654')}`;
const STEUER_2 = `7316829453${deSteuerIdCheckDigit('7316829453')}`;
const BSN = `19283746${nlBsnCheckDigit('19283746')}`;
const NIR_BODY = '2910475118042';
const NIR = `${NIR_BODY.slice(0, 1)} ${NIR_BODY.slice(1, 3)} ${NIR_BODY.slice(3, 5)} ${NIR_BODY.slice(5, 7)} ${NIR_BODY.slice(7, 10)} ${NIR_BODY.slice(10)} ${frNirKey(NIR_BODY)}`;
const DNI = esDni('48291736');
const DNI_CAT = esDni('39174820');
const NIE = esNie('Y', '4829173');
const CF = itCodiceFiscale('BNCGLI88D52F205');
const AADHAAR = inAadhaarSpaced('48291736501');
const AADHAAR_2 = inAadhaarSpaced('73920184657');
const CPF = brCpfFormatted('482917365');
const SIN = groupedAs(luhnWithCheck('27391846'), [3, 3, 3]);

export const BATCH158_PII: DraftRecord[] = [
  rec('discharge_en_gb', f`Can you turn this into a plain-English discharge summary for the parents?

Mother: Chloe Hargreaves   NHS No: ${v('pii.uk_nhs_number', NHS_MUM)}   DOB: ${dob('14/02/1994')}
Baby: Boy Hargreaves   NHS No: ${v('pii.uk_nhs_number', NHS_BABY)}   Born: ${dob('02/03/2025')} 04:17, 3.41 kg
SVD, EBL 350 ml. Breastfeeding established. Newborn hearing screen passed, NIPE done.
Community midwife visit day 5. Parents' mobile: ${phone('07912 384710', 'GB')}`),

  rec('discharge_de', f`Bitte einen kurzen Entlassbrief für die Nachsorgehebamme formulieren:

Wöchnerin: Lena Hofbauer, geb. ${dob('23.08.1991')}
Kind: Mila Hofbauer, geboren am ${dob('01.03.2025')} um 22:48 Uhr, 3.120 g, 50 cm
Spontangeburt, Damm intakt, Stillen klappt gut. U2 erfolgt.
Hebamme: Frau Petra Wendl, ${phone('0171 8293746', 'DE')}, ${mail('p.wendl@hebammen-suedstadt.de')}`),

  rec('form_de', f`Antrag auf Bürgergeld – bitte prüfen, ob alle Pflichtfelder ausgefüllt sind:

Name, Vorname: Demir, Serkan
Geburtsdatum: ${dob('17.06.1987')}
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', STEUER)}
Telefon: ${phone('+49 176 48291735')}
E-Mail: ${mail('serkan.demir87@gmx.de')}
Bedarfsgemeinschaft: 4 Personen, Miete 1.040 € warm`),

  rec('letter_nl', f`Kun je deze brief in eenvoudige taal herschrijven?

Geachte mevrouw El Amrani,

Wij hebben uw aanvraag bijstand ontvangen. Wij hebben de volgende gegevens van u geregistreerd:
BSN: ${v('pii.nl_bsn', BSN)}
Geboortedatum: ${dob('3 november 1979')}
Telefoonnummer: ${phone('06 48291736', 'NL')}
Wij nemen binnen acht weken een besluit.`),

  rec('chat_fr', f`Peux-tu m'aider à remplir le dossier RSA pour une usagère du CCAS ? Mme Fatou Diallo, née le ${dob('9 avril 1991')}, numéro de sécurité sociale ${v('pii.fr_nir', NIR)}, téléphone ${phone('06 73 18 29 46', 'FR')}. Elle a deux enfants à charge et vient de perdre son emploi.`),

  rec('chat_es', f`Necesito redactar un certificado para servicios sociales. Solicitante: Rubén Ortega Calvo, DNI ${v('pii.es_dni', DNI)}. Su pareja, Oksana Melnyk, tiene NIE ${v('pii.es_nie', NIE)}. Ambos piden la ayuda de emergencia para el alquiler.`),

  rec('chat_it', f`Mi aiuti a scrivere la lettera per l'assegno di inclusione? Richiedente: Giulia Bianchi, codice fiscale ${v('pii.it_codice_fiscale', CF)}, nata il ${dob('12/04/1988')} a Milano, cell. ${phone('+39 348 291 7364')}.`),

  rec('chat_hi_en', f`Bhaiya, pension scheme ka form bhar rahi hoon nagar nigam ke liye. Aadhaar ${v('pii.in_aadhaar', AADHAAR)} aur mobile ${phone('+91 98201 47365')} daal diya, phir bhi "beneficiary not found" aa raha hai. Kya karun?`),

  rec('chat_mr', f`नमस्कार, महानगरपालिकेच्या निराधार योजनेसाठी अर्ज करायचा आहे. आधार क्रमांक ${v('pii.in_aadhaar', AADHAAR_2)}, जन्मतारीख ${dob('05/07/1956')}, मोबाईल ${phone('+91 94221 83706')}. अर्जाचा मराठी मसुदा तयार करून द्याल का?`),

  rec('chat_pt_br', f`Preciso de ajuda pra escrever o resumo de alta da maternidade pra UBS. Mãe: Ana Carolina Ribeiro, CPF ${v('pii.br_cpf', CPF)}, nascida em ${dob('28/01/1997')}. RN nascido em ${dob('04/03/2025')}, 3.250 g. Telefone da família: ${phone('+55 21 99183-4720')}.`),

  rec('chat_fr_ca', f`Salut, j'ai besoin d'aide pour remplir la demande d'aide sociale de ma voisine. Elle s'appelle Marie-Josée Gagnon, née le ${dob('14 septembre 1962')}, NAS ${v('pii.ca_sin', SIN)}, tél. ${phone('(418) 662-3915', 'CA')}. Est-ce que le formulaire SR-0005 est le bon?`),

  rec('w9_en', f`Consignor paperwork for the Monterey sale — can you check the W-9 data before I send it to accounting?

Name: Gregory T. Halvorsen
SSN: ${v('pii.us_ssn', '412-83-7195')}
Address: 1184 Cypress Ridge Rd, Carmel, CA 93923
Phone: ${phone('(831) 624-7719', 'US')}
Email: ${mail('g.halvorsen@pacbell.net')}
Lot: 1957 Porsche 356A Speedster (chassis 83912)`),

  rec('kyc_en', f`Bidder registration for the Goodwood sale, please check whether the KYC is complete:

Bidder: Sir Anthony Pemberton-Clarke
Passport (UK): ${pass('548213976')}, expires 2031
DOB: ${dob('11/05/1958')}
Mobile: ${phone('+44 7824 193605')}
Proof of funds: letter from Coutts, 20 Feb 2025`),

  rec('chat_ko', f`한국 고객의 경매 참가 등록 정보입니다. 이름: 박서준, 여권번호 ${pass('M48271935')}, 생년월일 ${dob('1975년 8월 19일')}, 휴대폰 ${phone('010-4829-1736', 'KR')}. 영어로 확인 메일 작성해 주세요.`),

  rec('chat_zh_hk', f`幫手寫封英文信畀拍賣行，我老闆想登記做電話競投。佢叫陳志明，護照號碼 ${pass('K04829173')}，出生日期 ${dob('1969年3月2日')}，手提 ${phone('+852 9128 4736')}。唔該！`),

  rec('chat_ur', f`السلام علیکم، سوشل آفس کے لیے درخواست کا خط لکھنے میں مدد کریں۔ درخواست گزار: محمد عمران، پاسپورٹ نمبر ${pass('AB4827193')}، تاریخ پیدائش ${dob('12-03-1990')}، فون ${phone('+92 300 4827193')}۔`),

  rec('chat_is', f`Góðan daginn, getur þú hjálpað mér að skrifa tölvupóst á ensku? Kaupandinn er Jón Sigurðsson, vegabréfsnúmer ${pass('A3829174')}, sími ${phone('+354 661 8294')}. Hann vill láta senda bílinn til Reykjavíkur.`),

  rec('chat_ms', f`Hai, boleh tolong tulis emel pengesahan dalam bahasa Inggeris? Pembida dari Kuala Lumpur: Encik Ahmad Faizal bin Rahman, nombor pasport ${pass('A48291735')}, telefon ${phone('+60 12-483 9172')}, e-mel ${mail('faizal.rahman@tm.net.my')}.`),

  rec('chat_da', f`Hej, kan du hjælpe mig med at skrive en klage over en bøde for en elløbehjul? Jeg hedder Mette Kjærgaard, ${mail('mette.kjaergaard@mail.dk')}, tlf. ${phone('+45 28 41 93 67')}. Løbehjulet stod i den markerede zone, og jeg har billeder.`),

  rec('chat_hr', f`Bok, trebam pomoć s prigovorom na kaznu za romobil. Ime: Ivana Horvat, e-pošta ${mail('ivana.horvat@gmail.com')}, mobitel ${phone('+385 91 482 7316')}. Kazna je stigla za vožnju po pješačkoj zoni, ali tamo je biciklistička staza.`),

  rec('chat_vi', f`Chào bạn, mình bị phạt xe scooter điện ở Berlin nhưng không hiểu thư tiếng Đức. Tên: Nguyễn Thị Hồng, email ${mail('hong.nguyen.vn@yahoo.com')}, số điện thoại ${phone('+84 912 483 176')}. Bạn dịch và viết thư khiếu nại giúp mình được không?`),

  rec('chat_ca', f`Hola! Em podries ajudar a redactar una sol·licitud de permís de patinet per a la meva empresa? Dades: Jordi Puig i Serra, DNI ${v('pii.es_dni', DNI_CAT)}, correu ${mail('jordi.puig@patinsbcn.cat')}, telèfon ${phone('+34 634 82 91 73')}.`),

  rec('chat_ja', f`機内食の特別食（ナッツアレルギー）について、お客様に確認メールを送りたいです。お名前：山本 美咲 様、メール ${mail('misaki.yamamoto@docomo.ne.jp')}、電話 ${phone('090-4829-1736', 'JP')}。フライトは NH204 便です。丁寧な日本語でお願いします。`),

  rec('chat_th', f`ช่วยเขียนสรุปการจำหน่ายคุณแม่หลังคลอดเป็นภาษาอังกฤษให้หน่อยค่ะ คุณแม่ชื่อ สุภาวดี ใจดี เกิดวันที่ ${dob('7 มิถุนายน 2535')} เบอร์โทร ${phone('081 483 9172', 'TH')} คลอดลูกสาวเมื่อวันที่ 2 มีนาคม`),

  rec('chat_tl', f`Hi po, pwede niyo po ba akong tulungan mag-translate ng discharge instructions sa Tagalog? Para kay Maricel Santos, DOB ${dob('22 Oct 1996')}, contact ${phone('+63 917 482 9136')}. Yung baby niya is for follow-up sa Pedia after 3 days.`),

  rec('chat_sw', f`Habari, naomba unisaidie kuandika ujumbe kwa mama aliyejifungua. Jina: Amina Wanjiru, namba ya simu ${phone('+254 712 483916')}, alizaliwa tarehe ${dob('15/09/1998')}. Anahitaji kurudi kliniki baada ya wiki moja.`),

  rec('chat_sr', f`Здраво, можеш ли да ми помогнеш да напишем захтев за социјалну помоћ на немачком? Подаци: Милан Јовановић, датум рођења ${dob('08.02.1972')}, телефон ${phone('+381 64 8291736')}, адреса у Кеселбруну, Гартенштрасе 14.`),

  rec('chat_sk', f`Ahoj, potrebujem preložiť prepúšťaciu správu z pôrodnice do nemčiny. Matka: Zuzana Kováčová, narodená ${dob('19. 11. 1993')}, telefón ${phone('+421 905 482 917')}. Dieťa: chlapec, 3 480 g.`),

  rec('chat_no', f`Hei, kan du skrive en kort epikrise på engelsk for barselavdelingen? Mor: Ingrid Solberg, født ${dob('4. mai 1990')}, mobil ${phone('+47 918 27 364')}. Barnet veide 3 650 g, født vaginalt.`),

  rec('chat_lv', f`Sveiki, palīdziet uzrakstīt e-pastu angliski. Mūsu klienta kontaktpersona eksporta licencei: Andris Bērziņš, ${mail('andris.berzins@elektronika.lv')}, tālr. ${phone('+371 2948 3176')}. Vajag gala lietotāja deklarāciju līdz piektdienai.`),

  rec('chat_te', f`నమస్తే, ఎగుమతి లైసెన్స్ కోసం కస్టమర్ కాంటాక్ట్ వివరాలు: శ్రీనివాస్ రెడ్డి, ఇమెయిల్ ${mail('srinivas.reddy@hyd-semicon.in')}, ఫోన్ ${phone('+91 98491 27364')}. ఎండ్-యూజర్ సర్టిఫికేట్ అడుగుతూ ఇంగ్లీష్‌లో మెయిల్ రాయండి.`),

  rec('csv', f`Which bidders registered twice? Export from the registration desk:

${amb('source_code.snippet', f`paddle,name,email,phone,registered_from
P-2201,Henrik Åberg,${mail('henrik.aberg@telia.se')},${phone('+46 70 482 91 73')},${amb('pii.ip_address', '81.228.44.19')}
P-2202,Claire Dubois,${mail('claire.dubois@orange.fr')},${phone('+33 6 48 29 17 35')},${amb('pii.ip_address', '90.112.7.203')}
P-2207,H. Aberg,${mail('h.aberg@icloud.com')},${phone('+46 70 482 91 73')},${amb('pii.ip_address', '81.228.44.19')}
P-2210,Marco Conti,${mail('marco.conti@libero.it')},${phone('+39 335 482 9173')},${amb('pii.ip_address', '2a01:4f8:c17:3b2a::1')}`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-03-05T07:41:12.338Z","svc":"fines-portal","level":"warn","msg":"appeal upload rejected: file too large","case":"VG-2025-031847","citizen_email":"${mail('t.schuster@web.de')}","citizen_phone":"${phone('+49 160 4829173')}","client_ip":"${amb('pii.ip_address', '93.197.62.140')}","size_mb":31.4}`)}
Warum hat der Bürger 31 MB hochgeladen, was ist das Limit bei uns?`),

  rec('chat_sv', f`Hjälp mig skriva ett intyg till Försäkringskassan. Klient: Ahmed Hassan, personnummer ${ambCat('pii', '870512-4938')}, aktuell hos socialtjänsten sedan januari.`, 'Swedish personnummer: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('chat_de_at', f`Servus, kannst du mir beim Mail an die Mindestsicherung helfen? Klientin: Sabine Gruber, geb. ${dob('21.04.1983')}, Handy ${phone('+43 664 8291736')}, Steuer-ID aus ihrer Zeit in Deutschland ${v('pii.de_steuer_id', STEUER_2)}. Sie fragt, ob die deutsche Rente angerechnet wird.`),

  rec('discharge_en_gb', f`Community handover — please make it shorter:

Mrs Priya Natarajan (NHS ${v('pii.uk_nhs_number', NHS_MUM2)}, DOB ${dob('09/09/1989')}) discharged 05/03 after emergency LSCS. Husband's number for the health visitor: ${amb('pii.phone', '07700 900418')} — the mobile on file is out of date.`, 'Ofcom drama-range mobile (07700 900xxx): ambiguous by the conventions'),
];

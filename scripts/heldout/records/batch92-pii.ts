/**
 * Held-out batch 92: personal data in optical and hearing records, tenant files, subscriber
 * lists, youth player registrations, driver rosters and IR victim notifications. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH92_PII: DraftRecord[] = [
  rec('optical_ticket_en_za', f`Ticket 88213 — spectacle remake request
Customer: Thandiwe Mokoena
Email: ${v('pii.email', 'thandi.mokoena@webmail.co.za')}
Cell: ${phone('+27 82 614 3975')}
DOB: ${v('pii.date_of_birth', '1979-04-12')}
Rx OD -2.25/-0.50x180, OS -2.00/-0.75x175, add +2.00

"The varifocals give me headaches on the left side." Please write an empathetic reply offering a free re-check at the Rosebank store.`),

  rec('hearing_ph', f`Pa-draft po ng text reminder para kay Gng. Remedios Dizon, annual hearing test niya sa Sabado 10AM sa SM Cebu branch. Number niya ${phone('0917 482 6631', 'PH')}, email ${v('pii.email', 'remy.dizon58@gmail.com')}. Senior citizen po siya kaya mas malaking font sana sa e-mail version.`),

  rec('tenant_nz', f`Can you tidy this tenant contact sheet for the new Auckland building manager?

Unit | Business | Contact | Phone | Email
G01 | Kōwhai Café | Aroha Ngata | ${phone('021 384 7729', 'NZ')} | ${v('pii.email', 'aroha@kowhaicafe.co.nz')}
104 | Tane Physio | Wiremu Tane | ${phone('+64 9 379 4821')} | ${v('pii.email', 'wiremu.tane@tanephysio.nz')}
210 | Blackbird Legal | Sophie Hartley | ${phone('027 455 1893', 'NZ')} | ${v('pii.email', 's.hartley@blackbirdlegal.co.nz')}`),

  rec('player_reg_es_mx', f`Necesito que me revises si falta algún dato obligatorio en esta ficha de inscripción (liga sub-12):

Nombre del jugador: Santiago Ramírez Olvera
Fecha de nacimiento: ${v('pii.date_of_birth', '14/03/2013')}
Tutor: Verónica Olvera Castañeda
Celular del tutor: ${phone('55 4127 8836', 'MX')}
Correo: ${v('pii.email', 'vero.olvera.c@hotmail.com')}
Alergias: penicilina
Club: Halcones de Coyoacán`),

  rec('subscriber_es_ve', f`Buenas, este suscriptor dice que no le llega el periódico a Maracaibo desde hace dos semanas. Redáctame una respuesta amable:
Suscriptor: Ramón Urdaneta
Teléfono: ${phone('0412-5738294', 'VE')}
Correo: ${v('pii.email', 'ramonurdaneta@yahoo.com')}
Dirección: Av. 5 de Julio con calle 77, Edif. Lago Mar, apto 6-B`),

  rec('dni_es', f`Redacta una autorización para que la farmacéutica receptora acepte el envío refrigerado en nombre de la titular:
Titular: Marta Quintana Ferrer, DNI ${v('pii.es_dni', '48271936L')}
Autorizado: Youssef El Amrani, NIE ${v('pii.es_nie', 'Y4827193J')}
Teléfono de contacto: ${phone('612 48 37 95', 'ES')}`),

  rec('cpf_pt_br', f`Oi, preciso emitir a nota fiscal do aparelho auditivo mas o sistema recusa o CPF. Confere pra mim se está certo? Cliente: Antônia Ferreira Lima, CPF ${v('pii.br_cpf', '483.917.205-60')}, nascida em ${v('pii.date_of_birth', '02/09/1951')}, celular ${phone('(11) 98472-3156', 'BR')}.`),

  rec('pt_pt_cliente', f`Escreve-me um e-mail para a D.ª Graça Monteiro a dizer que os óculos estão prontos na loja do Chiado. Telemóvel ${phone('912 438 675', 'PT')}, e-mail ${v('pii.email', 'graca.monteiro@sapo.pt')}.`),

  rec('nir_fr', f`Pour le dossier de prise en charge de l'appareillage auditif, peux-tu reformuler ce courrier pour la mutuelle ?
Assuré : M. Gérard Lemoine
N° de sécurité sociale : ${v('pii.fr_nir', '1 85 08 69 123 078 79')}
Né le ${v('pii.date_of_birth', '17 août 1985')} à Lyon
Tél. : ${phone('06 42 81 93 57', 'FR')}`),

  rec('be_fr', f`Un locataire de l'immeuble de la rue Neuve (Bruxelles) signale une infiltration. Rédige un accusé de réception : Mme Sarah Vanderstraeten, ${phone('0478 52 36 91', 'BE')}, ${v('pii.email', 'sarah.vdstraeten@skynet.be')}.`),

  rec('cm_fr', f`Liste des entraîneurs pour le tournoi U15 de Douala, à mettre en forme :
- Jean-Paul Mbarga — ${phone('6 77 48 21 93', 'CM')} — ${v('pii.email', 'jp.mbarga@yahoo.fr')}
- Aïssatou Bello — ${phone('+237 6 94 12 83 57')}
- Hervé Nkou — ${v('pii.email', 'herve.nkou@ligue-littoral.cm')}`),

  rec('qc_fr', f`Le client demande qu'on mette à jour son dossier d'abonné : Luc Tremblay, ${phone('514-827-3391', 'CA')}, NAS ${v('pii.ca_sin', '546 182 734')} (pour le reçu fiscal?? je ne pense pas qu'on en ait besoin). Réponds-lui qu'on n'a pas besoin du NAS.`),

  rec('steuer_de', f`Bitte erstelle aus diesen Angaben einen Personalstammblatt-Eintrag für unseren neuen Fahrer (Kühltransporte Region Süd):
Name: Dominik Reisinger
Geburtsdatum: ${v('pii.date_of_birth', '03.11.1990')}
Steuer-ID: ${v('pii.de_steuer_id', '46728193400')}
Mobil: ${phone('0171 4829315', 'DE')}
Führerschein: CE, ADR-Bescheinigung gültig bis 2027`),

  rec('ch_de', f`Chasch mer es Mail schriibe a d'Frau Brigitte Ammann, dass ihres Hörgerät us dr Reparatur zrugg isch? Tel. ${phone('079 482 61 37', 'CH')}, Mail ${v('pii.email', 'b.ammann@bluewin.ch')}.`),

  rec('bsn_nl', f`Kun je dit intakeformulier voor de audicien samenvatten in drie zinnen?
Cliënt: Henk Jansen, BSN ${v('pii.nl_bsn', '193858228')}
Geboren: ${v('pii.date_of_birth', '21-06-1947')}
Tel: ${phone('06 48291735', 'NL')}
Klacht: tinnitus rechts, gehoorverlies hoge tonen`),

  rec('it_cf', f`Mi serve una lettera per l'ASL per il rimborso dell'apparecchio acustico:
Paziente: Giulia Rossi, C.F. ${v('pii.it_codice_fiscale', 'RSSGLI85M52H501Y')}
Telefono: ${phone('347 20 54 112', 'IT')}
Email: ${v('pii.email', 'giulia.rossi85@libero.it')}`),

  rec('uk_nhs_nino', f`Draft a letter to the GP confirming we fitted NHS hearing aids for:
Name: Derek Whitfield
NHS number: ${v('pii.uk_nhs_number', '485 720 1933')}
DOB: ${v('pii.date_of_birth', '09/02/1944')}
Phone: ${phone('020 7946 0381', 'GB')}
(His son also asked us to note his NI number ${v('pii.uk_nino', 'JR 48 27 19 C')} for the carer's allowance form — not our job, ignore.)`),

  rec('us_ssn_tenant', f`Tenant screening summary — please rewrite as a short approval letter, do NOT include the SSN in the letter:
Applicant: Marcus Ellison
SSN: ${v('pii.us_ssn', '531-84-2290')}
DOB: ${v('pii.date_of_birth', '05/17/1986')}
Phone: ${phone('(617) 482-7316', 'US')}
Email: ${v('pii.email', 'marcus.ellison86@outlook.com')}
Credit score: 742; income verified 3.4× rent`),

  rec('aadhaar_hi', f`ड्राइवर का KYC अपडेट करना है, कृपया एक छोटा ईमेल ड्राफ़्ट करें:
नाम: सुरेश यादव
आधार: ${v('pii.in_aadhaar', '4837 2915 0632')}
मोबाइल: ${phone('98104 82731', 'IN')}
जन्म तिथि: ${v('pii.date_of_birth', '12/07/1988')}`),

  rec('se_no_fi', f`Sammanställ de här kontaktuppgifterna till en tabell för den nordiska kylkedjegruppen:
Sverige: Karin Lindqvist, ${phone('070-482 91 36', 'SE')}, ${v('pii.email', 'karin.lindqvist@frigopharm.se')}
Norge: Ola Haugen, ${phone('412 83 957', 'NO')}, ${v('pii.email', 'ola.haugen@frigopharm.no')}
Suomi: Mikko Virtanen, ${phone('040 748 2913', 'FI')}, ${v('pii.email', 'mikko.virtanen@frigopharm.fi')}`),

  rec('baltic_et_lt', f`Palun tee nendest andmetest lühike meeskonna kontaktileht (noortekoondise treenerid):
Kadri Tamm — ${phone('+372 5384 2917')} — ${v('pii.email', 'kadri.tamm@jalgpall-noored.ee')}
Tomas Kazlauskas — ${phone('+370 612 48397')} — ${v('pii.email', 't.kazlauskas@lff-jaunimas.lt')}`),

  rec('pl_cz_sk', f`Proszę o ujednolicenie formatu telefonów na liście kierowców chłodni:
Piotr Nowak ${phone('512 384 927', 'PL')}
Jan Dvořák ${phone('+420 732 481 956')}
Marek Horváth ${phone('0905 482 613', 'SK')}`),

  rec('hu_ro', f`Írj egy rövid SMS-t az előfizetőknek a kézbesítés késéséről. Teszt címzettek: Kovács Eszter ${phone('+36 30 482 9173')}, illetve a romániai partnerünk Andrei Popescu ${phone('0722 481 937', 'RO')}.`),

  rec('balkan', f`Napravi mi listu delegata za regionalni omladinski turnir:
Ivana Kovač (HR) ${phone('091 482 7316', 'HR')}
Emir Hodžić (BiH) ${phone('+387 61 482 937')}
Arben Krasniqi (AL) ${phone('+355 69 482 7316')}
Goran Trajkovski (MK) ${phone('+389 70 482 913')}
Stoyan Petrov (BG) ${phone('+359 88 482 7319')}`),

  rec('gr_tr', f`Ο πελάτης Νίκος Αλεξίου (${phone('694 827 3159', 'GR')}, ${v('pii.email', 'n.alexiou@otenet.gr')}) ζητά νέο ραντεβού για οπτομέτρηση. Επίσης στείλε στην Τουρκία στον Mehmet Aydın (${phone('0532 481 93 74', 'TR')}) ότι η παραγγελία φακών έφυγε.`),

  rec('caucasus_central_asia', f`Hesabatda bu əlaqə məlumatlarını cədvələ sal: Rauf Məmmədov ${phone('+994 50 482 73 19')}; Dilshod Karimov (Toshkent) ${phone('+998 90 482 73 19')}; Արամ Սարգսյան ${phone('+374 91 482731')}; გიორგი ბერიძე ${phone('+995 599 48 27 31')}.`),

  rec('ru_uk_be', f`Сделай, пожалуйста, таблицу с контактами региональных менеджеров по подписке:
Москва — Елена Смирнова, ${phone('+7 916 482-73-19')}, ${v('pii.email', 'e.smirnova@gazeta-podpiska.ru')}
Київ — Олена Коваленко, ${phone('+380 67 482 7319')}
Мінск — Алесь Шаўчук, ${phone('+375 29 482-73-19')}`),

  rec('ar_jo_tn', f`اكتب رسالة ترحيب للمدربين الجدد في اتحاد الشباب:
- أحمد الخطيب (عمّان) ${phone('079 482 7316', 'JO')}
- سلمى بن علي (تونس) ${phone('+216 22 482 731')}
- فهد العتيبي (الرياض) ${phone('050 482 7319', 'SA')} — ${v('pii.email', 'fahad.otaibi@ksa-youthleague.sa')}`),

  rec('he_fa_ur', f`תכין בבקשה הודעת SMS לדייר דוד כהן (${phone('052-482-7319', 'IL')}) שהחניון סגור ביום ראשון.
همچنین برای آقای رضا احمدی ${phone('0912 482 7319', 'IR')} پیام بفرست که عینکش آماده است.
اور کراچی میں عمران شیخ ${phone('0300 4827319', 'PK')} کو اطلاع دیں کہ کولڈ اسٹوریج کی ڈیلیوری کل ہوگی۔`),

  rec('asia_se', f`ช่วยจัดรูปแบบรายชื่อตัวแทนจำหน่ายคอนแทคเลนส์:
คุณสมชาย ${phone('081 482 7319', 'TH')}
Anh Nguyễn Văn Minh ${phone('0912 482 731', 'VN')}
លោក សុខ វិចិត្រ ${phone('012 482 731', 'KH')}
Pak Budi Santoso ${phone('0812-4827-3196', 'ID')}
Encik Hafiz Rahman ${phone('012-482 7319', 'MY')}`),

  rec('east_asia', f`请把以下客户回访名单整理成表格：
王丽 ${phone('138 0482 7316', 'CN')}
陳志明 ${phone('+852 9482 7316')}
林美玲 ${phone('0912 482 731', 'TW')}
佐藤健 ${phone('090-4827-3196', 'JP')}
김지훈 ${phone('010-4827-3196', 'KR')}
Батбаяр ${phone('9948 2731', 'MN')}`),

  rec('africa', f`Please format these regional league coordinators into a contact card list:
Amina Njoroge (Nairobi) ${phone('0712 482 731', 'KE')}
Abebe Tesfaye (Addis) ${phone('+251 91 148 2731')}
Hodan Warsame (Mogadishu) ${phone('+252 61 548 2731')}
Chinedu Okafor (Lagos) ${phone('0803 482 7319', 'NG')}
Kwame Asante (Kumasi) ${phone('024 482 7319', 'GH')}
Moussa Diop (Dakar) ${phone('77 482 73 19', 'SN')}
Chikondi Banda (Blantyre) ${phone('0991 48 27 31', 'MW')}
Rado Andrianina (Antananarivo) ${phone('034 48 273 19', 'MG')}
Sefa Tuilagi (Suva) ${phone('+679 924 8273')}`),

  rec('breach_notice_en_us', f`Draft the individual breach notification letter for this affected person (from the IR data-mining output), keep it FTC-compliant:

name: Patricia Gomez
email: ${v('pii.email', 'pgomez.home@comcast.net')}
ssn: ${v('pii.us_ssn', '412-73-8856')}
dob: ${v('pii.date_of_birth', '1972-10-30')}
data elements exposed: name, SSN, DOB, lease application`),

  rec('app_log_ip', f`Why is this user getting locked out of the subscriber portal? Log:
2024-09-18T07:41:02Z WARN login_failed user=${v('pii.email', 'h.de.boer@ziggo.nl')} ip=${amb('pii.ip_address', '84.241.192.17')} reason=bad_password attempt=4
2024-09-18T07:41:40Z WARN login_failed user=${v('pii.email', 'h.de.boer@ziggo.nl')} ip=${amb('pii.ip_address', '84.241.192.17')} reason=bad_password attempt=5
2024-09-18T07:41:41Z INFO account_locked user_id=88213`),

  rec('passport_ng', f`Help me write a visa support letter for our U17 team's coach travelling to the tournament in Portugal:
Name: Oluwaseun Adeyemi
Passport No: ${v('pii.passport', 'A09482731')}
Date of birth: ${v('pii.date_of_birth', '22 March 1984')}
Phone: ${phone('0803 482 7319', 'NG')}`),

  rec('signature_cy_af', f`Kan jy my e-poshandtekening netjies maak?

Pieter van Zyl
Eiendomsbestuurder | Harbourline Kaapstad
${phone('+27 21 418 3926')} | ${v('pii.email', 'pieter.vanzyl@harbourline.co.za')}`),
];

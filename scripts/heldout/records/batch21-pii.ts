/**
 * Held-out batch 21: personal data in crew lists, tenant applications, KYC files, agent rosters,
 * HR and HSE forms and passenger complaints, in many languages. Hand-written; checksums computed.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH21_PII: DraftRecord[] = [
  rec('crew_list', f`Need the IMO crew list (FAL form 5) for arrival Port Klang tomorrow, convert this to the agent's template:

${amb('source_code.snippet', f`No,Surname,Given names,Rank,Nationality,DOB,Passport No,Passport expiry
1,DELA CRUZ,Ramon Jr.,Master,PHL,${v('pii.date_of_birth', '1974-03-18')},${v('pii.passport', 'P4827193A')},2029-06-30
2,NAIR,Suresh Kumar,Chief Engineer,IND,${v('pii.date_of_birth', '1979-11-02')},${v('pii.passport', 'Z6184027')},2031-01-14
3,BONDAR,Oleksii,Oiler,UKR,${v('pii.date_of_birth', '1991-07-25')},${v('pii.passport', 'FX482719')},2027-09-09
4,VILLANUEVA,Mark Anthony,AB,PHL,${v('pii.date_of_birth', '1996-12-05')},${v('pii.passport', 'P7730418B')},2030-02-21`)}`),

  rec('tenant_application', f`Can you summarise this rental application for the landlord (3 bed in Fremantle, $780/wk)? Leave out anything they don't need.

Applicant: Chloe Whitcombe
Email: ${v('pii.email', 'chloe.whitcombe92@gmail.com')}
Mobile: ${phone('0438 291 067', 'AU')}
DOB: ${v('pii.date_of_birth', '14/06/1992')}
Driver licence (WA): ${ambCat('pii', '7184203')}
Current address: 5/118 South Tce, Fremantle (2 yrs)
Employer: Karrawong Resources – mine planner, FIFO 8/6
Income: $164,000 p.a.
Pets: 1 cat (desexed)`),

  rec('kyc_pt_br', f`Nota de KYC – onboarding PF
Cliente: Rafael Teixeira Moura
CPF: ${v('pii.br_cpf', '160.104.309-09')}
E-mail: ${v('pii.email', 'rafa.tmoura@uol.com.br')}
Celular: ${phone('+55 11 98472-3316')}
Documento enviado: CNH, selfie ok, comprovante de residência com nome da mãe.
Pendência: origem dos recursos (declarou R$ 420 mil de venda de imóvel).

Pode me ajudar a escrever o pedido de documentação complementar, educado e em português?`),

  rec('kyc_hi', f`इस KYC केस का सारांश अंग्रेज़ी में लिखिए, compliance team के लिए:
ग्राहक: अंकित शर्मा
आधार: ${v('pii.in_aadhaar', '7943 5236 7116')}
मोबाइल: ${phone('+91 98201 47736')}
ईमेल: ${v('pii.email', 'ankit.sharma.trades@gmail.com')}
PAN: ${ambCat('pii', 'BKRPS4172L')}
समस्या: सेल्फी और आधार फोटो में चेहरा मेल नहीं खा रहा, दोबारा वीडियो KYC चाहिए।`),

  rec('occ_health_uk', f`Please tidy this referral to occupational health into a proper letter (depot fitter, hand-arm vibration):

Employee: Gareth Pryce
NHS number: ${v('pii.uk_nhs_number', '444 597 1073')}
NI number: ${v('pii.uk_nino', 'JK 48 27 19 C')}
DOB: ${v('pii.date_of_birth', '02/09/1968')}
Role: rolling stock fitter, Cardiff Canton depot, 22 yrs
Reason: tingling both hands, uses impact wrench on bogie work daily. HAVS tier 2 suspected.`),

  rec('sar_draft', f`Draft the narrative section of a SAR from these notes. Keep it factual.

Subject: Tyrell Banks, SSN ${v('pii.us_ssn', '412-58-3307')}, DOB ${v('pii.date_of_birth', '08/21/1989')}
Account opened 2024-09-03, 41 inbound ACH credits from 17 unrelated individuals ($1,900–$2,400 each), converted to USDT within 1 hour and withdrawn to 3 external wallets.
Customer stated the funds were "rent collections" but holds no property licence.`),

  rec('payroll_fr_ca', f`Peux-tu vérifier que ce formulaire TD1/TP-1015.3 est complet avant que je l'envoie à la paie ?

Nom : Mathieu Gagnon-Lévesque
NAS : ${v('pii.ca_sin', '643 783 418')}
Date de naissance : ${v('pii.date_of_birth', '1987-04-30')}
Poste : mécanicien d'équipement lourd, mine de Sudbury (quart 7/7)
Téléphone : ${phone('(705) 523-8841', 'CA')}
Courriel : ${v('pii.email', 'm.gagnonlevesque@videotron.ca')}`),

  rec('hr_de', f`Bitte eine Willkommensmail für den neuen Kranfahrer schreiben, ohne die Personaldaten reinzukopieren:
Name: Dennis Oltmanns
Steuer-ID: ${v('pii.de_steuer_id', '90827313541')}
Geburtsdatum: ${v('pii.date_of_birth', '11.02.1990')}
Handy: ${phone('0171 4829 306', 'DE')}
Einsatz: Containerbrücke 7, Schicht C, ab 06.01.2025`),

  rec('arret_fr', f`Bonjour, peux-tu m'aider à rédiger le message pour la CPAM ? Notre agent maritime au Havre, Mme Sandrine Keller, est en arrêt depuis le 25/11.
N° de sécu : ${v('pii.fr_nir', '2 92 01 75 056 112 30')}
Date de naissance : ${v('pii.date_of_birth', '17/01/1992')}
Employeur : Meridian Tide France SAS`),

  rec('contrato_es', f`Revisa este encabezado del contrato de alquiler y dime si falta algo según la LAU:

ARRENDADOR: Inmobiliaria Costa Turia S.L.
ARRENDATARIA: Doña Marta Esteve Llopis, mayor de edad, con DNI ${v('pii.es_dni', '51113823A')}, y domicilio a efectos de notificaciones en la vivienda arrendada.
AVALISTA: Don Karim Benali, con NIE ${v('pii.es_nie', 'X7654299Z')}.
Teléfono de contacto: ${phone('+34 612 48 73 09')}`),

  rec('rimborso_it', f`Reclamo rimborso – treno 9541 del 29/11 soppresso
Passeggera: Giulia Rossi
Codice fiscale: ${v('pii.it_codice_fiscale', 'RSSGLI90T52F205U')}
Email: ${v('pii.email', 'giulia.rossi.1990@libero.it')}
Cellulare: ${phone('+39 338 472 9106')}

Mi scrivi una risposta standard che conferma il rimborso integrale entro 30 giorni?`),

  rec('loon_nl', f`Kun je een korte bevestigingsmail schrijven voor de nieuwe sjorder? Gegevens voor de loonadministratie:
Naam: Youssef el Amrani
BSN: ${v('pii.nl_bsn', '399097508')}
Geboortedatum: ${v('pii.date_of_birth', '3 maart 1998')}
Telefoon: ${phone('+31 6 2841 7395')}
Start: maandag 9 december, ploeg B, Maasvlakte`),

  rec('roster_csv', f`Make a shift-swap approval message for these Cebu agents, grouped by team lead:

${amb('source_code.snippet', f`emp_id,name,lob,tl,mobile,email,swap_from,swap_to
BL-40217,Kristine Abad,Telco-US,J. Santos,${phone('0917 824 3361', 'PH')},${v('pii.email', 'kristine.abad@brightloop.ph')},Mon 22:00,Tue 06:00
BL-40288,Jerome Tan,Telco-US,J. Santos,${phone('0998 412 7765', 'PH')},${v('pii.email', 'jerome.tan@brightloop.ph')},Wed 22:00,Thu 22:00
BL-40315,Angelica Reyes,Retail-AU,M. Lim,${phone('+63 928 447 1902')},${v('pii.email', 'angelica.reyes@brightloop.ph')},Sat 08:00,Sun 08:00`)}`),

  rec('complaint_fi', f`Hei, voitko kääntää tämän asiakaspalautteen englanniksi ja tiivistää sen?

"Juna IC 27 oli 48 min myöhässä enkä ehtinyt jatkoyhteyteen Oulussa. Jouduin yöpymään hotellissa omalla kustannuksellani (129 €). Vaadin korvausta. Olen tavoitettavissa numerosta ${phone('040 718 2265', 'FI')} tai sähköpostitse ${v('pii.email', 'sanna.koskinen@elisanet.fi')}. – Sanna Koskinen"`),

  rec('complaint_et', f`Palun kirjuta vastus reisijale, kes jäi rongist maha, sest uksed suleti liiga vara Tapa jaamas. Tema andmed: Marko Kask, ${phone('+372 5824 1196')}, ${v('pii.email', 'marko.kask@hot.ee')}. Pilet oli Tallinn–Tartu, 07:32.`),

  rec('hse_es_cl', f`Reporte de incidente – Faena Sierra Alta, 02/12
Trabajador: Luis Alberto Muñoz Fuentes
RUT: ${ambCat('pii', '15.482.397-K')}
Fecha de nacimiento: ${v('pii.date_of_birth', '09-05-1985')}
Teléfono: ${phone('+56 9 8734 2156')}
Descripción: golpe en mano izquierda al cambiar liner del chancador secundario. Atención en policlínico, sin días perdidos.

Necesito el resumen en inglés para el reporte corporativo.`),

  rec('hse_af', f`Kan jy dit in Engels vertaal vir die groepsverslag?

"Werker: Pieter van der Merwe, ID-nommer ${ambCat('pii', '8203155087084')}, kontak ${phone('082 615 4093', 'ZA')}. Beserings: gesny aan regterarm by die skag-2 wenasgebied. Eerstehulp op terrein, daarna na Rustenburg Mediclinic."`, 'South African ID number: personal, no built-in rule claims it'),

  rec('visa_letter_ko', f`부산항에서 교대 승선하는 선원의 비자 초청장 영어 초안을 써 주세요.
성명: 김도윤 (KIM DOYUN)
여권번호: ${v('pii.passport', 'M48271936')}
생년월일: ${v('pii.date_of_birth', '1993년 7월 14일')}
연락처: ${phone('010-4728-1937', 'KR')}
승선 선박: MV Tideline Aurora, 승선 예정일 2024년 12월 18일`),

  rec('visa_letter_el', f`Θέλω μια επιστολή πρόσκλησης στα αγγλικά για τον ναυτικό μας:
Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος
Αριθμός διαβατηρίου: ${v('pii.passport', 'AN4827193')}
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '22/10/1981')}
Κινητό: ${phone('+30 694 518 2276')}
Email: ${v('pii.email', 'g.papadopoulos@otenet.gr')}
Επιβίβαση: Ρότερνταμ, 15/12`),

  rec('medical_surveillance', f`Write a reminder memo for the Sudbury hearing-test schedule. Names and birth dates below so you can work out who's over 50 (different test protocol):
- D. Tremblay, born ${v('pii.date_of_birth', 'March 3, 1972')}
- K. Okafor, born ${v('pii.date_of_birth', 'November 19, 1988')}
- S. Wabano, born ${v('pii.date_of_birth', 'July 7, 1969')}`),

  rec('audit_log', f`Security asked for a summary of these login events on one customer account — looks like credential stuffing?

${amb('source_code.snippet', f`2024-12-04T02:14:07Z login_failed user=${v('pii.email', 'l.ferreira.invest@gmail.com')} ip=${amb('pii.ip_address', '45.133.1.74')} ua="python-requests/2.31"
2024-12-04T02:14:09Z login_failed user=${v('pii.email', 'l.ferreira.invest@gmail.com')} ip=${amb('pii.ip_address', '45.133.1.91')} ua="python-requests/2.31"
2024-12-04T02:14:12Z login_ok user=${v('pii.email', 'l.ferreira.invest@gmail.com')} ip=${amb('pii.ip_address', '45.133.1.91')} ua="python-requests/2.31"
2024-12-04T02:15:40Z withdraw_address_added user=${v('pii.email', 'l.ferreira.invest@gmail.com')} ip=${amb('pii.ip_address', '2a0d:5600:24:a7::3e')}`)}`),

  rec('email_signature', f`Please shorten my email signature, it's too long for mobile:

Tan Wei Ming
Senior Vessel Planner | Meridian Tide Line (Singapore) Pte Ltd
1 Harbourfront Ave, #14-07 Keppel Bay Tower, Singapore 098632
DID: ${phone('+65 6221 7845')} | Mobile: ${phone('+65 9127 4836')}
Email: ${v('pii.email', 'weiming.tan@meridiantide.com')}
Ops (24h): ${v('pii.email', 'ops.sg@meridiantide.com')}`),

  rec('whatsapp', f`from the plumber, can u turn this into a work order for unit 9:
"hey mate its Dave from DripFix, tenant Mrs Nguyen ${phone('0412 738 905', 'AU')} says hot water is out again, ill be there tmrw 7.30 if she can leave the gate open. my number ${phone('+61 412 738 906')} if u need me. cheers"`),

  rec('chat_ja', f`退会したお客様からデータ削除の依頼です。本人確認のため以下の情報を社内チケットに記録しました。GDPRの観点から返信文を作成してください。
氏名：佐藤 美咲
電話：${phone('090-4718-2265', 'JP')}
メール：${v('pii.email', 'misaki.sato88@docomo.ne.jp')}`),

  rec('chat_zh', f`帮我写一封英文邮件给船代，说明我们的报关员联系方式变了。新的联系人：王磊，手机 ${phone('+86 138 2947 6105')}，邮箱 ${v('pii.email', 'wanglei@sh-forwarding.cn')}。`),

  rec('chat_vi', f`Viết giúp em tin nhắn xác nhận lịch hẹn xem căn hộ cho khách: chị Nguyễn Thị Hạnh, SĐT ${phone('0912 738 416', 'VN')}, hẹn 10h sáng thứ Bảy tại căn 12.05 tòa B. Nhắc chị mang CCCD để làm hợp đồng đặt cọc.`),

  rec('hr_mr_en', f`new joinee che documents verify karayche aahet, checklist banav please:
Name: Sneha Kulkarni
Aadhaar: ${v('pii.in_aadhaar', '6121 4467 9200')}
Mobile: ${phone('+91 87654 21903')}
DOB: ${v('pii.date_of_birth', '23-08-1999')}
Process: UK telecom inbound, Pune site, night shift
PF UAN pending aahe.`),

  rec('chat_ta', f`இந்த வாடிக்கையாளருக்கு ஒரு மன்னிப்பு கடிதம் ஆங்கிலத்தில் எழுதுங்கள். அவர் பெயர் கார்த்திக் ராஜேந்திரன், போன் ${phone('+91 94440 18275')}, அவருடைய ரீஃபண்ட் மூன்று வாரமாக வரவில்லை.`),

  rec('complaint_lt', f`Išverskite į anglų kalbą: "Laba diena, mano bilietas Vilnius–Kaunas buvo nuskaitytas du kartus. Prašau grąžinti pinigus. Mano telefonas ${phone('+370 612 48379')}, el. paštas ${v('pii.email', 'ruta.jankauskiene@gmail.com')}. Rūta Jankauskienė"`),

  rec('crew_no', f`Kan du lage en engelsk versjon av denne påmønstringsmeldingen?
Navn: Eirik Haugland
Fødselsnummer: ${ambCat('pii', '14038849213')}
Mobil: ${phone('+47 915 42 873')}
Stilling: 1. styrmann, MV Nordic Tern, påmønstring Bergen 20.12.`, 'Norwegian fødselsnummer: personal, no built-in rule claims it'),

  rec('tenancy_ms', f`Tolong semak maklumat penyewa ini sebelum saya hantar kepada tuan rumah:
Nama: Nurul Aisyah binti Rahman
No. IC: ${ambCat('pii', '950713-14-5582')}
Telefon: ${phone('012-748 3921', 'MY')}
Emel: ${v('pii.email', 'nurulaisyah.rahman@yahoo.com.my')}
Unit: Residensi Sentral, Blok C-17-03`, 'Malaysian MyKad number: personal, no built-in rule claims it'),

  rec('chat', f`pls fix grammar: "Dear Mr Okoye, we have received your complaint regarding the delayed refund for booking RN-48127. Our customer relations team will contact you at ${phone('+44 7700 183 462')} or ${v('pii.email', 'c.okoye@btinternet.com')} within 5 working days."`),

  rec('kyc_note', f`EDD review – customer Andreea Popescu (RO), passport ${v('pii.passport', '05831492')}, date of birth ${v('pii.date_of_birth', '1986-02-11')}. Source of wealth: sale of pharmacy in Cluj, 2023. Checked against adverse media, none. Recommend approval with annual review. Can you rephrase this for the committee pack?`),

  rec('server_inventory', f`Which of these OT hosts should be moved behind the new DMZ firewall first? Inventory:

${amb('source_code.snippet', f`host,role,ip,owner
hist-skag2,Historian,${amb('pii.ip_address', '10.40.12.21')},OT Rustenburg
eng-ws-04,Engineering WS,${amb('pii.ip_address', '10.40.12.64')},OT Rustenburg
rtu-gw-01,RTU gateway,${amb('pii.ip_address', '10.40.20.5')},OT Rustenburg
jump-ot-01,Jump host,${amb('pii.ip_address', '196.41.87.130')},IT`)}`),
];

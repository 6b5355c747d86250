/**
 * Held-out batch 122: personal data in shelter case notes, archive reader registrations, fisheries
 * inspection reports, chip-packaging customer contacts and perfume e-shop care tickets, in many
 * languages and scripts. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH122_PII: DraftRecord[] = [
  // ── domestic-violence shelter ──
  rec('case_note', f`Please tidy this case note into our standard referral format (keep it factual):

Client: Kerry-Ann M. (goes by "Kez")
DOB: ${v('pii.date_of_birth', '14/02/1993')}
NHS no: ${v('pii.uk_nhs_number', '630 240 5246')}
NI no: ${v('pii.uk_nino', 'JM 48 21 93 C')}
Safe mobile (ONLY use this one, not the old number): ${phone('07823 418 906', 'GB')}
Children: 2 (ages 4 and 7), both registered with GP under refuge address.
Risk: DASH high, MARAC referral sent 03/11.`),

  rec('case_note_sv', f`Kan du skriva om anteckningen så den passar i ansökan till socialtjänsten?

Klient: Amira H., personnummer ${ambCat('pii', '930418-2847')}
Skyddat telefonnummer: ${phone('070-318 42 96', 'SE')}
Flyttade in på jourboendet 2024-10-28 med en son (3 år). Behöver stöd för ansökan om skyddad identitet.`, 'Swedish personnummer: no engine rule for it, ambiguous pii span'),

  rec('form_de', f`Hilf mir bitte, den Wohngeldantrag für eine Bewohnerin vorzubereiten. Folgendes liegt vor:
Name: Svetlana K.
Geburtsdatum: ${v('pii.date_of_birth', '03.07.1988')}
Steuer-ID: ${v('pii.de_steuer_id', '80213264929')}
Handy (nur SMS, nicht anrufen!): ${phone('0176 38214759', 'DE')}
Welche Nachweise fehlen noch?`),

  rec('chat_fr', f`Je dois remplir la demande de RSA pour une femme hébergée chez nous. Son numéro de sécu : ${v('pii.fr_nir', '2 91 06 13 055 128 04')}, née le ${v('pii.date_of_birth', '22/06/1991')}, téléphone ${phone('06 47 21 93 58', 'FR')}. Quelles pièces justificatives la CAF demande-t-elle en cas de violences conjugales ?`),

  rec('chat_nl', f`Voor een cliënte moeten we huurtoeslag aanvragen. BSN ${v('pii.nl_bsn', '650537440')}, geboortedatum ${v('pii.date_of_birth', '9 maart 1996')}. Ze heeft geen DigiD meer omdat haar ex die beheerde. Hoe vraag ik een machtiging aan?`),

  rec('chat_es', f`Necesito un borrador de la solicitud de autorización de residencia por circunstancias excepcionales (violencia de género) para una usuaria: NIE ${v('pii.es_nie', 'Z2895700M')}, fecha de nacimiento ${v('pii.date_of_birth', '30/01/1990')}, móvil ${phone('612 48 37 91', 'ES')}. La orden de protección es del Juzgado de Violencia sobre la Mujer n.º 3.`),

  rec('chat_it', f`Mi serve una lettera per il Comune per l'inserimento in casa rifugio. Dati della signora: codice fiscale ${v('pii.it_codice_fiscale', 'MRTFNC90D52F839G')}, nata a Napoli il ${v('pii.date_of_birth', '12/04/1990')}, cellulare ${phone('+39 338 764 1529')}. Non indicare l'indirizzo della struttura.`),

  rec('chat_hi', f`दीदी, एक महिला आज रात शेल्टर में आई है। उसका आधार नंबर ${v('pii.in_aadhaar', '2903 9371 3001')} है और जन्म तिथि ${v('pii.date_of_birth', '05-08-1995')}। उसके भाई का नंबर ${phone('+91 98204 71536')} है। One Stop Centre के लिए रेफरल लेटर हिंदी में बना दो।`),

  rec('chat_ur', f`السلام علیکم، ہمارے شیلٹر میں ایک خاتون آئی ہیں جن کا پاسپورٹ شوہر کے پاس ہے۔ پاسپورٹ نمبر ان کو یاد ہے: ${v('pii.passport', 'BN4817263')}۔ ان کی بہن کا نمبر ${phone('+92 300 4829173')} ہے۔ قونصلیٹ کو نئے پاسپورٹ کے لیے خط لکھنے میں مدد کریں۔`),

  rec('chat_pt_br', f`Oi, preciso montar o encaminhamento pro CRAM de uma acolhida. CPF ${v('pii.br_cpf', '451.202.173-62')}, data de nascimento ${v('pii.date_of_birth', '17/09/1987')}, celular da mãe dela ${phone('(11) 97482-3615', 'BR')}. Pode escrever o texto formal?`),

  rec('chat_fr_qc', f`Allo, je remplis la demande d'aide financière de dernier recours pour une résidente. NAS : ${v('pii.ca_sin', '370 128 225')}, née le ${v('pii.date_of_birth', '1989-11-02')}, cell ${phone('514 872-3046', 'CA')}. Peux-tu vérifier que ma lettre d'accompagnement est claire?`),

  rec('intake_us', f`Intake summary for the legal advocate (rewrite as bullet points):
Name: Danielle R.   SSN: ${v('pii.us_ssn', '518-37-2046')}   DOB: ${v('pii.date_of_birth', '08/21/1984')}
Safe contact: ${phone('(502) 739-4418', 'US')} (text only)
Protective order hearing 11/19, Jefferson County. Needs interpreter? No.`),

  // ── national archive: reading room and digitisation ──
  rec('csv_nl_be', f`Kan je van deze lezerslijst een overzicht maken per bezoekdag? Export uit het leeszaalsysteem:

${amb('source_code.snippet', f`lezerskaart;naam;geboortedatum;email;bezoek
LZ-24-01877;Pieter Vermeulen;${v('pii.date_of_birth', '1962-05-14')};${v('pii.email', 'pieter.vermeulen@telenet.be')};2024-11-04
LZ-24-01878;Sofie De Clercq;${v('pii.date_of_birth', '1998-12-01')};${v('pii.email', 'sofie.declercq@ugent.be')};2024-11-04
LZ-24-01881;Ahmed El Idrissi;${v('pii.date_of_birth', '1975-03-29')};${v('pii.email', 'a.elidrissi@skynet.be')};2024-11-05`)}`),

  rec('form_pl', f`Wniosek o kartę czytelnika — sprawdź, czy wszystkie pola są wypełnione:
Imię i nazwisko: Katarzyna Wójcik
PESEL: ${ambCat('pii', '85071204562')}
E-mail: ${v('pii.email', 'k.wojcik.genealogia@wp.pl')}
Tel.: ${phone('+48 601 384 927')}
Cel kwerendy: akta stanu cywilnego parafii Bochnia 1880–1910`, 'Polish PESEL: no engine rule for it, ambiguous pii span'),

  rec('chat_ja', f`閲覧室の予約確認メールを作ってください。
氏名：佐藤 美咲
メール：${v('pii.email', 'misaki.sato@keio-hist.jp')}
電話：${phone('090-4827-3615', 'JP')}
閲覧希望資料：明治期 地券台帳（請求番号 JK-1882-044）
日時：11月12日 10:00`),

  rec('chat_ko', f`기록물 열람 신청자에게 보낼 안내 문자 좀 써 주세요. 신청자: 김도윤, 연락처 ${phone('010-4829-3716', 'KR')}, 이메일 ${v('pii.email', 'doyoon.kim@snu-history.kr')}. 비공개 기록이라 열람 전에 서약서가 필요하다는 내용 포함해 주세요.`),

  rec('chat_sr', f`Потребно ми је писмо за визу за истраживача који долази у архив. Име: Марко Јовановић, број пасоша ${v('pii.passport', '012847395')}, датум рођења ${v('pii.date_of_birth', '23.10.1979')}. Боравак од 2. до 20. децембра.`),

  rec('chat_bg', f`Здравейте, трябва да отговоря на читател, който иска копия от преписки от 1944 г. Неговият имейл е ${v('pii.email', 'g.dimitrov.hist@abv.bg')}, телефон ${phone('088 742 9163', 'BG')}. Напиши учтив отговор, че документите са в процес на дигитализация.`),

  rec('chat_sk', f`Ahoj, bádateľka si chce objednať skeny matrík. Kontakt: Zuzana Horváthová, dátum narodenia ${v('pii.date_of_birth', '14. 3. 1958')}, tel. ${phone('0905 318 742', 'SK')}. Priprav mi potvrdenie objednávky.`),

  rec('chat_ca', f`Hola! Un investigador de Girona demana reproduccions del fons notarial. Correu: ${v('pii.email', 'jordi.puigvert@udg.edu')}, telèfon ${phone('972 41 83 26', 'ES')}. Pots redactar la resposta en català amb el pressupost (42 imatges × 1,20 €)?`),

  // ── fisheries inspection agency ──
  rec('report_no', f`Kan du oversette inspeksjonsrapporten til engelsk for kystvakten?

Fartøy: "Havørn" (M-117-HØ)
Skipper: Tor Einar Solheim, fødselsnummer ${ambCat('pii', '12037844718')}
Telefon skipper: ${phone('+47 915 38 274')}
Funn: undermålsfisk torsk 14 % av fangst, maskevidde 128 mm (krav 135 mm).`, 'Norwegian fødselsnummer: no engine rule, ambiguous pii span'),

  rec('report_en_gb', f`Boarding inspection summary, please make this into a formal letter to the vessel owner:

Vessel: Girl Morven BF 412, boarded 29/10/2024 12nm NE of Fraserburgh
Master: Callum J. Buchan, DOB ${v('pii.date_of_birth', '11/06/1971')}
Contact: ${phone('07398 214 576', 'GB')}, ${v('pii.email', 'callum.buchan.bf412@btinternet.com')}
Finding: logbook not completed for hauls 3–5; fish-hold plan missing.`),

  rec('crew_list_vi', f`Danh sách thuyền viên tàu cá BV-91427-TS (kiểm tra tại cảng), nhờ dịch sang tiếng Anh:
1. Nguyễn Văn Hùng – thuyền trưởng – ngày sinh ${v('pii.date_of_birth', '02/09/1976')} – hộ chiếu ${v('pii.passport', 'C4829173')}
2. Trần Minh Quân – máy trưởng – ngày sinh ${v('pii.date_of_birth', '15/01/1988')} – hộ chiếu ${v('pii.passport', 'C7318426')}
3. Lê Văn Tài – thủy thủ – ngày sinh ${v('pii.date_of_birth', '27/07/1999')} – hộ chiếu ${v('pii.passport', 'C2746581')}`),

  rec('chat_tl', f`Pwede mo ba i-translate sa English yung statement ng crew? Si Rodel Manalo, passport no. ${v('pii.passport', 'P4829173B')}, sabi niya hindi sila binigyan ng rest days for 3 weeks. Contact ng asawa niya sa Batangas: ${phone('0917 482 3961', 'PH')}.`),

  rec('chat_id', f`Tolong buatkan ringkasan wawancara ABK untuk laporan inspeksi. Nama: Sutrisno, tanggal lahir ${v('pii.date_of_birth', '19-04-1992')}, paspor ${v('pii.passport', 'B7391824')}, nomor keluarga di Tegal ${phone('0812-2947-3816', 'ID')}. Dia bilang gajinya belum dibayar 4 bulan.`),

  rec('chat_is', f`Skrifaðu stutt bréf til skipstjórans um að skila afladagbók innan 7 daga. Netfang: ${v('pii.email', 'gudni.skipstjori@simnet.is')}, sími ${phone('+354 862 4193')}.`),

  // ── semiconductor packaging, customer quality ──
  rec('contacts_zh_tw', f`請把這份客戶品質窗口清單整理成表格（中英對照）：
- 陳怡君 Yi-Chun Chen，SQE，${v('pii.email', 'yichun.chen@halvex-auto.com')}，手機 ${phone('0912-347-862', 'TW')}
- 林冠宇 Kuan-Yu Lin，FA 工程師，${v('pii.email', 'ky.lin@vondelsensors.nl')}，${phone('+31 6 48392715')}
- 王志明，品保經理，${v('pii.email', 'zm.wang@kestrel-micro.tw')}，分機 3318`),

  rec('chat_ms', f`Tolong tulis emel kepada pelanggan tentang keputusan analisis kegagalan (FA) lot QF2291. Penerima: Encik Faizal Rahman, ${v('pii.email', 'faizal.rahman@marlowpower.com.my')}, tel ${phone('012-384 7291', 'MY')}. Nada: profesional, akui kesilapan proses die attach.`),

  rec('chat_th', f`ช่วยร่างอีเมลแจ้งลูกค้าเรื่องการส่งตัวอย่าง 8D ให้คุณสมชาย วงศ์ไทย ${v('pii.email', 'somchai.w@siamsensor.co.th')} โทร ${phone('081 734 2958', 'TH')} ภายในวันศุกร์นี้`),

  rec('chat_ta', f`வாடிக்கையாளர் தர மேலாளர் திரு. ராஜேஷ் குமார் (${v('pii.email', 'rajesh.kumar@chennaipower.in')}, ${phone('+91 94440 18273')}) அனுப்பிய புகாருக்கு தமிழிலும் ஆங்கிலத்திலும் பதில் எழுதவும்: wire sweep defect in lot BGA-7719.`),

  // ── perfume & cosmetics e-commerce care ──
  rec('ticket_fr', f`Ticket #IR-88214 — réaction allergique
Cliente : Hélène Marchetti, née le ${v('pii.date_of_birth', '04/12/1979')}
E-mail : ${v('pii.email', 'helene.marchetti@orange.fr')} · Tél. : ${phone('+33 6 72 18 49 35')}
« Après deux jours avec le sérum Rose Absolue j'ai des plaques rouges sur le cou, mon dermatologue parle d'une allergie au linalol. »
Rédige une réponse empathique + procédure de remboursement, sans reconnaître de responsabilité médicale.`),

  rec('ticket_de_ch', f`Chönd Sie mer hälfe, e Antwort z schriibe? Kundin: Frau Regula Bürgi, ${v('pii.email', 'regula.buergi@bluewin.ch')}, Tel. ${phone('079 482 31 76', 'CH')}. Sie het es Parfum als Gschänk bstellt und s Päckli isch nie acho (Post-Sendig 99.60.123456.78901234).`),

  rec('chat_ar_sa', f`عميل من الرياض يشتكي أن العطر وصل مختلف عن الطلب. رقم الجوال ${phone('050 482 7193', 'SA')} والإيميل ${v('pii.email', 'f.alotaibi@outlook.sa')}. اكتب رد اعتذار مع عرض استبدال مجاني.`),

  rec('chat_el', f`Πελάτισσα από Θεσσαλονίκη: ${v('pii.email', 'mar.papadopoulou@gmail.com')}, κινητό ${phone('694 718 2635', 'GR')}. Η παραγγελία της με κρέμα προσώπου άργησε 3 εβδομάδες. Γράψε μια ευγενική απάντηση με κουπόνι 15%.`),

  rec('chat_ro', f`Clienta Andreea Popescu (${v('pii.email', 'andreea.popescu88@yahoo.ro')}, tel. ${phone('0745 318 274', 'RO')}) vrea să schimbe adresa de livrare după expediere. Scrie un răspuns scurt în română.`),

  rec('chat_uk', f`Клієнтка з Києва пише, що їй не прийшов подарунковий набір. Ім'я: Олена Коваленко, дата народження ${v('pii.date_of_birth', '21.03.1994')} (для бонусної програми), телефон ${phone('+380 67 482 1937')}. Напиши відповідь українською.`),

  rec('app_log', f`Why are these password-reset emails bouncing? Log from the care platform:

${amb('source_code.snippet', f`{"ts":"2024-11-06T10:21:44Z","event":"reset_mail_bounced","customer_id":88213,"email":"${v('pii.email', 'noor.haddad@hotmail.com')}","ip":"${amb('pii.ip_address', '94.204.71.18')}","reason":"mailbox_full"}
{"ts":"2024-11-06T10:22:09Z","event":"reset_mail_bounced","customer_id":90417,"email":"${v('pii.email', 'lea.brandt@gmx.de')}","ip":"${amb('pii.ip_address', '2a02:8108:1a40:5e2b::3f')}","reason":"unknown_user"}`)}`),
];

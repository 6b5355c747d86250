/**
 * Held-out batch 79: personal data — trial participants and monitors, household staff of a family
 * office, newspaper subscribers, consignees and customs contacts, veterinarians, parking and ANPR
 * complaints — in tickets, CRF extracts, HR forms, exports, logs and signatures. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH79_PII: DraftRecord[] = [
  rec('crf_en_gb', f`Can you check this screening log extract for missing fields before the monitor visit on Thursday?

Participant  | NHS number     | DOB         | Consent date | Phone
HRT7-014     | ${v('pii.uk_nhs_number', '401 058 1794')}   | ${dob('12/03/1958')}  | 04/11/2024   | ${phone('07823 419 562', 'GB')}
HRT7-015     | ${v('pii.uk_nhs_number', '479 282 8368')}   | ${dob('29/08/1961')}  | —            | ${phone('020 8374 2916', 'GB')}
HRT7-016     | ${v('pii.uk_nhs_number', '435 929 8579')}   |             | 06/11/2024   |

(015 has no consent date, 016 no DOB or phone I think)`),

  rec('email_en_gb_nino', f`Hi,

Please set up payroll for the family's new chauffeur from 6 January:
Name: Daniel Okafor
NI number: ${v('pii.uk_nino', 'JM 23 57 30 C')}
Date of birth: ${dob('17 May 1984')}
Address: 14 Eaton Mews North, London SW1X 8AR
Mobile: ${phone('+44 7911 284 630')}

Could you draft the offer letter? Salary £52,000, 45 h/week.`),

  rec('hr_de', f`Bitte prüfe den Personalfragebogen unserer neuen Haushälterin (Familienbüro Starnberg) auf Vollständigkeit:

Name: Svetlana Kovačić
Geburtsdatum: ${dob('03.09.1979')}
Steuer-Identifikationsnummer: ${v('pii.de_steuer_id', '27645993806')}
Telefon: ${phone('+49 1523 8847163')}
E-Mail: ${email('s.kovacic79@gmx.de')}
Krankenkasse: AOK Bayern
Steuerklasse: ?`),

  rec('form_fr', f`Bonjour, pouvez-vous m'aider à remplir le formulaire de défraiement d'un participant à l'essai clinique ?

Nom : Mme Hélène Garnier
N° de sécurité sociale : ${v('pii.fr_nir', '2 85 06 75 112 083 63')}
Née le ${dob('14 juin 1985')} à Paris 12e
Tél. : ${phone('01 84 27 39 16', 'FR')}
Visites : V1 (03/10), V2 (07/11), V3 (05/12) – 3 × 45 € de frais de transport`),

  rec('chat_es', f`Necesito preparar el contrato de la nueva niñera de la familia en Marbella. Datos: Lucía Moreno Ortega, DNI ${v('pii.es_dni', '16389179T')}, nacida el ${dob('21/02/1996')}, móvil ${phone('+34 612 48 39 27')}. Jornada de 30 horas, inicio el 8 de enero. ¿Me haces un borrador?`),

  rec('chat_es_ve', f`Buenas, un cliente venezolano que vive en Madrid nos pide cambiar el titular de la suscripción del periódico. Nos mandó su NIE ${v('pii.es_nie', 'Y3123115M')} y el correo ${email('jgonzalez.ccs@hotmail.com')}. ¿Qué documentación le pido para el cambio?`),

  rec('form_it', f`Scheda anagrafica partecipante studio NEURO-IT-22 (centro di Milano)
Cognome e nome: Bianchi Marco
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCMRC78C12F205V')}
Data di nascita: ${dob('12/03/1978')}
Telefono: ${phone('+39 338 419 2760')}
Medico curante: dott.ssa Rossi

Puoi tradurla in inglese per lo sponsor, senza il codice fiscale?`),

  rec('chat_nl', f`Kun je een bevestigingsbrief schrijven voor onze nieuwe tuinman (familiekantoor, Wassenaar)? Gegevens: Pieter Bakker, BSN ${v('pii.nl_bsn', '659368468')}, geboren ${dob('2 april 1971')}, tel. ${phone('+31 6 48291736')}. Contract per 1 februari, 24 uur per week.`),

  rec('chat_pt_br', f`Oi! Preciso cadastrar um novo veterinário cliente no ERP da distribuidora. Dados: Dr. Rafael Souza, CPF ${v('pii.br_cpf', '386.039.732-02')}, CRMV-SP 41827, celular ${phone('+55 21 99684-3172')}, e-mail ${email('rafael.souza.vet@uol.com.br')}. O campo de CPF aceita com pontos ou só números?`),

  rec('chat_fr_ca', f`Bonjour! Je dois remplir le formulaire T4 pour la gardienne de la résidence secondaire de la famille à Magog. NAS : ${v('pii.ca_sin', '438 090 318')}, née le ${dob('1990-11-08')}. Est-ce que je dois aussi produire un Relevé 1 pour le Québec?`),

  rec('ticket_en_us_ssn', f`Ticket #HR-3381 (family office, US entity)
Employee: Marisol Vega (estate manager, Greenwich CT)
SSN: ${v('pii.us_ssn', '412-78-5767')}
DOB: ${dob('09/14/1976')}
Issue: W-2 for 2023 shows the wrong address. Needs a W-2c.
Please write the note to the payroll provider.`),

  rec('chat_hi', f`नमस्ते, क्लिनिकल ट्रायल के प्रतिभागी का KYC फॉर्म भरना है। नाम: सुनीता पाटिल, आधार: ${v('pii.in_aadhaar', '6972 2924 3572')}, जन्मतिथि: ${dob('05/07/1969')}, मोबाइल: ${phone('98201 47362', 'IN')}। क्या आधार नंबर मास्क करके ही भेजना चाहिए?`),

  rec('chat_mr', f`नमस्कार, आमच्या पशुवैद्यकीय औषध वितरकाच्या नवीन कर्मचाऱ्याची माहिती: नाव राहुल देशमुख, आधार क्रमांक ${v('pii.in_aadhaar', '6716 8946 3996')}, फोन ${phone('+91 98451 27364')}. पीएफ खात्यासाठी अर्ज कसा भरायचा ते सांगा.`),

  rec('chat_gu_kn', f`Please help — Gujarati customer ni subscription renew karvani che. ನನ್ನ ಗ್ರಾಹಕರ ವಿವರ: Bhavesh Shah, email ${email('bhavesh.shah1982@rediffmail.com')}, phone ${phone('+91 99250 38417')}, Aadhaar ${v('pii.in_aadhaar', '4297 9376 2359')}. E-paper login kaam nathi kartu. Reply Gujarati ane English ma lakho.`),

  rec('ticket_te', f`టికెట్ #VET-1183: డెలివరీ ఆలస్యం
కస్టమర్: డా. శ్రీనివాస్ రెడ్డి (వెటర్నరీ క్లినిక్, విజయవాడ)
ఫోన్: ${phone('+91 94401 82736')}
ఇమెయిల్: ${email('srinivas.vetclinic@gmail.com')}
ఆర్డర్: ORD-VD-20417, కోల్డ్ చైన్ వ్యాక్సిన్‌లు
దయచేసి క్షమాపణ లేఖ రాయండి.`),

  rec('export_csv_en', f`Churn analysis: can you group these cancelled digital subscribers by reason?

${amb('source_code.snippet', f`subscriber_id,email,plan,cancelled_at,reason,last_ip
S-118203,${email('margaret.h.elliott@btinternet.com')},digital_monthly,2024-11-28,price,${ip('86.143.22.190')}
S-118244,${email('tomkinsr@outlook.com')},print_weekend,2024-11-29,moved,${ip('2a00:23c7:9b81:e901::4')}
S-118310,${email('priya.n@sky.com')},digital_annual,2024-11-30,content,${ip('90.214.7.58')}
S-118377,${email('dave.ryder64@gmail.com')},digital_monthly,2024-12-01,price,${ip('82.13.150.201')}`)}`),

  rec('signature_en_au', f`Please tidy up my email signature, it looks messy on mobile:

Chloe Nguyen
Senior Clinical Research Associate | Cardiology Trials Unit
Royal Harbour Hospital, Level 4, 200 Dock Rd, Melbourne VIC 3000
T ${phone('+61 3 9284 1736')} | M ${phone('0412 738 915', 'AU')}
${email('chloe.nguyen@rhh-trials.org.au')}`),

  rec('chat_sw', f`Habari, naomba uniandikie barua kwa mshiriki wa utafiti wa kliniki kumkumbusha ziara yake ijayo. Jina: Amina Wanjiru, tarehe ya kuzaliwa ${dob('11/04/1988')}, simu ${phone('+254 722 418 903')}. Ziara ni tarehe 12 Desemba saa tatu asubuhi, Kisumu.`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ẹ bá mi kọ lẹ́tà sí onibara tí ẹrù rẹ̀ ti dé papakọ̀ òfurufú Lagos. Orúkọ: Adebayo Ogunleye, fóònù ${phone('+234 803 384 1927')}, imeeli ${email('adebayo.ogunleye@yahoo.com')}. AWB 618-30492715, àwọn páálí 6.`),

  rec('chat_zu', f`Sawubona, ngicela ungibhalele i-imeyili eya kumakhasimende ephephandaba ngokukhuphuka kwentengo yokubhalisa. Isibonelo somuntu: Thandiwe Dlamini, ${email('thandiwe.dlamini@webmail.co.za')}, ${phone('+27 82 384 1927')}. Intengo entsha R189 ngenyanga.`),

  rec('anpr_complaint_km', f`សួស្តី ខ្ញុំត្រូវការឆ្លើយតបទៅពាក្យបណ្តឹងអំពីការពិន័យចំណតរថយន្ត។ ឈ្មោះ៖ សុខ ដារ៉ា ទូរស័ព្ទ៖ ${phone('+855 12 384 927')} អ៊ីមែល៖ ${email('sokdara.pp@gmail.com')} ស្លាកលេខ 2AB-4417 កាមេរ៉ា ANPR ថតនៅម៉ោង 14:32។`),

  rec('chat_vi', f`Bạn viết giúp mình email xác nhận cho người tham gia nghiên cứu lâm sàng nhé: Nguyễn Thị Lan, sinh ngày ${dob('23/10/1974')}, SĐT ${phone('+84 912 384 927')}, email ${email('lan.nguyen74@yahoo.com.vn')}. Lịch tái khám: 09/12/2024 tại Bệnh viện Đại học Y Dược.`),

  rec('chat_id_ms', f`Tolong buatkan surat kuasa untuk agen bea cukai. Data pemberi kuasa: Budi Santoso, lahir ${dob('7 Agustus 1980')}, No. Paspor ${v('pii.passport', 'C4827193')}, telp ${phone('+62 812-3841-9276')}. Untuk pengeluaran kiriman udara AWB 126-77410382 di Soekarno-Hatta.`),

  rec('chat_ko', f`정기구독 해지 요청 고객에게 보낼 답장을 써 주세요. 고객: 김민준, 연락처 ${phone('010-3841-9276', 'KR')}, 이메일 ${email('minjun.kim88@naver.com')}. 해지 사유는 "종이 신문 배달 지연"입니다.`),

  rec('log_ja', f`購読者ポータルのログイン失敗ログです。不正アクセスか判断してもらえますか?

${amb('source_code.snippet', f`2024-12-02T03:11:48+09:00 WARN login_failed user=${email('h.tanaka@docomo.ne.jp')} ip=${ip('203.138.44.17')} reason=bad_password
2024-12-02T03:11:51+09:00 WARN login_failed user=${email('h.tanaka@docomo.ne.jp')} ip=${ip('203.138.44.17')} reason=bad_password
2024-12-02T03:12:02+09:00 WARN login_locked user=${email('h.tanaka@docomo.ne.jp')} ip=${ip('203.138.44.17')}`)}`),

  rec('chat_ru', f`Здравствуйте! Нужно оформить приглашение на обучение по опасным грузам (IATA DGR) для сотрудника из Алматы. ФИО: Ержанов Тимур Маратович, дата рождения ${dob('19.01.1991')}, паспорт № ${v('pii.passport', 'N12847396')}, тел. ${phone('+7 701 384 1927')}. Составьте письмо на русском и английском.`),

  rec('chat_he', f`היי, אני צריכה לנסח מכתב לאישור השתתפות במחקר קליני. שם המשתתף: יוסי כהן, תאריך לידה ${dob('03/02/1965')}, טלפון ${phone('+972 52-384-1927')}, מייל ${email('yossi.cohen65@walla.co.il')}. המחקר: HEART-IL-04.`),

  rec('chat_fa', f`سلام، لطفاً یک پیام پیگیری برای مشترک روزنامه بنویس. نام: مریم احمدی، ایمیل ${email('maryam.ahmadi@chmail.ir')}، تلفن ${phone('+98 912 384 1927')}. اشتراک دیجیتال او از ۱۰ آذر منقضی شده است.`),

  rec('chat_ckb', f`سڵاو، تکایە نامەیەک بنووسە بۆ ئەو کڕیارەی کە بارەکەی لە فڕۆکەخانەی هەولێر گیراوە. ناو: ئاراس محەمەد، ژمارەی مۆبایل ${phone('+964 750 384 1927')}، ئیمەیڵ ${email('aras.mohammed@gmail.com')}. پێویستە پسوولەی گومرگ بهێنێت.`),

  rec('chat_se_sami', f`Buorre beaivi! Sáhtátgo čállit reivve dutkanprošeakta oassálastái? Namma: Ánde Somby, riegádan ${dob('15.08.1967')}, telefovdna ${phone('+47 918 47 263')}. Son galgá boahtit Romsii 10.12. Reivve galgá leat sámegillii ja dárogillii.`),

  rec('chat_et', f`Tere! Palun aita kirjutada vastus ajalehe tellijale, kes kurdab, et paberleht ei jõua kohale. Tellija: Kadri Tamm, ${email('kadri.tamm@hot.ee')}, ${phone('+372 5384 1927')}, aadress Tähe 14, Tartu.`),

  rec('chat_sk', f`Dobrý deň, potrebujem napísať odpoveď na sťažnosť na pokutu z parkovacieho systému. Žiadateľ: Ing. Martin Horváth, nar. ${dob('28. 6. 1982')}, tel. ${phone('+421 905 384 127')}, e-mail ${email('martin.horvath@azet.sk')}. Tvrdí, že parkovací automat nefungoval.`),

  rec('chat_ro', f`Bună, am nevoie de un email pentru un monitor clinic nou care preia centrul din Cluj. Date de contact: dr. Andreea Popescu, ${email('andreea.popescu@crf-cluj.ro')}, ${phone('+40 721 384 927')}. Începe vizitele de monitorizare pe 16 decembrie.`),

  rec('chat_mt', f`Bonġu, tista' tikteb ittra lill-klijent li l-kunsinna tiegħu waslet fl-ajruport? Isem: Joseph Camilleri, mowbajl ${phone('+356 7928 4136')}, email ${email('joseph.camilleri@melitamail.net')}. Għandu jiġbor il-pakkett mill-aġent doganali.`),

  rec('chat_sq_passport', f`Përshëndetje! Kam nevojë për një letër punësimi për kujdestaren e shtëpisë së familjes. Emri: Elira Hoxha, datëlindja ${dob('04.11.1987')}, pasaporta nr. ${v('pii.passport', 'BA3847261')}, tel. ${phone('+355 69 384 1927')}. Duhet për vizën në Zvicër.`),
];

/**
 * Held-out batch 64: classification markings in memos, e-mails, minutes and drafts in many languages,
 * with a quoted marking and an e-mail disclaimer as ambiguous spans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH64_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für die Geschäftsleitung

Betreff: Stilllegung Ofenlinie 1 zum 31.12.2025
Die Ofenlinie 1 erreicht die neuen NOx-Grenzwerte nicht ohne SCR-Anlage (Invest ca. 14 Mio. €). Vorschlag: Stilllegung, Verlagerung der Klinkerproduktion auf Linie 2, Abbau von 38 Stellen über Altersteilzeit und Versetzungen. Betriebsrat wird am 15.04. informiert.

Mach daraus bitte eine Gliederung für eine Präsentation mit 6 Folien.`),

  rec('note_fr', f`Peux-tu résumer cette note en 5 puces pour le comité de direction ?

${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Objet : cession du fonds d'archives sonores régionales
La direction envisage de transférer 42 000 heures d'enregistrements radio régionaux à un consortium universitaire. Les droits des ayants droit non identifiés restent à clarifier avant toute annonce.`),

  rec('draft_ja', f`以下の貸出契約書ドラフトの冒頭を英訳してください。

${mark('社外秘')}
作品貸借契約書（案）
貸主：市立美術館\u3000借主：（海外美術館名）
第3条\u3000保険評価額は本契約の付属書に定めるものとし、第三者に開示してはならない。`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – cambios en la política de condonación

Equipo de cobranza:
A partir del 1 de abril se podrá condonar hasta el 40 % de los intereses moratorios a clientes con más de 90 días de atraso que liquiden en un solo pago. ${mark('Este documento es confidencial')} y no debe compartirse con clientes ni con agencias externas.

→ Hazlo más corto y claro para los supervisores, por favor.`),

  rec('deck', f`Can you tighten the wording on this slide? Footer on every page reads "CampoAlto Robotics · ${mark('CONFIDENTIAL')} · Series A draft v4".

Slide 9 – Unit economics: cost per hectare sprayed fell from $11.40 to $7.90 after switching to the 40 L airframe; payback on a drone is 7 months at 2,000 ha/season.`),

  rec('minutes_ko', f`${mark('대외비')}
물리치료 센터 운영회의록 (3월 2주차)
1. 강남점 폐점 검토: 임대료 인상 18%, 환자 수 감소
2. 스포츠팀 계약 갱신: 프로배구단 2년 연장 협상 중, 단가 비공개

위 내용을 팀장들에게 공유할 수 있게 민감한 수치 빼고 요약해 주세요.`),

  rec('memo_ru', f`Переведи на английский, пожалуйста, первый абзац:

${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка о переговорах с поставщиком угля. Предлагаемая цена на 2025 год — на 11% ниже текущей при условии минимального объёма 180 тыс. тонн. Информацию о цене не раскрывать до подписания контракта.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO E CONFIDENZIALE')} – valori assicurativi prestito Madrid

Gentili colleghi,
vi inoltro la tabella dei valori assicurativi concordati per le tredici opere in prestito. Vi prego di non inoltrarla a trasportatori o allestitori.

Mi riscrivi questa mail in modo più formale?`),

  rec('doc_pl', f`${mark('ŚCIŚLE POUFNE')}
Analiza portfela windykacyjnego – Q1 2025
Wskaźnik spłat w segmencie 60+ dni spadł do 18%. Rekomendujemy sprzedaż pakietu wierzytelności o wartości nominalnej 9,4 mln zł.

Przetłumacz to na angielski dla inwestora, zachowując oznaczenie.`),

  rec('plan_zh', f`帮我把这份内部规划改写成给投资人看的简要版本，去掉具体数字：

${mark('机密')} · ${mark('内部资料，请勿外传')}
2025 年植保无人机扩张计划：新增新疆、黑龙江两个作业中心，飞手从 120 人增加到 300 人，单亩作业成本目标 4.2 元。`),

  rec('letter_ar', f`ترجم هذه الرسالة إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
إلى: مدير الأرشيف
بخصوص: طلب الجهة الرسمية الاطلاع على تسجيلات البث لعام 1979 قبل نشرها. يرجى عدم إتاحة النسخ الرقمية لأي طرف حتى صدور قرار لجنة الحقوق.`),

  rec('report_tr', f`Bu raporun özetini çıkarır mısın?

${mark('HİZMETE ÖZEL')}
Fabrika Güvenlik Değerlendirmesi – Mart 2025
Farin silosu bakım platformunda iki ramak kala olayı yaşandı. Yüklenici firmanın iş güvenliği sertifikaları yeniden kontrol edilecek.`),

  rec('advisory_en_uk', f`${mark('TLP:AMBER+STRICT')}
Sector advisory – cement & lime OT networks
A ransomware group is targeting engineering workstations via a trojanised PLC programming tool downloaded from a look-alike vendor site. Share only within your organisation.

Draft a short internal note for our control-room engineers about what to check, in plain English.`),

  rec('email_sv', f`Hej! Kan du korta ner det här mejlet till landslagsläkarna?

"Bifogat finns rehabplanerna för de tre spelarna inför EM-kvalet. ${mark('Informationen är konfidentiell')} och får inte delas med media eller klubbarna utan spelarnas samtycke. Vi hörs på torsdag."`),

  rec('email_pt_br', f`Assunto: ${mark('CONFIDENCIAL – USO INTERNO')}
Time, segue o novo roteiro de cobrança para clientes em situação de vulnerabilidade. Não encaminhar para parceiros de call center.

Pode revisar o português e deixar mais acolhedor?`),

  rec('email_footer_en_ke', f`Thanks Achieng, I'll share the updated repayment schedule with the borrower group tomorrow.

Regards,
Otieno
Collections Lead
--
${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please delete it and notify the sender.

Can you make my reply sound a bit warmer?`),

  rec('question_cs', f`Náš partnerský CERT nám poslal zprávu označenou "${amb('confidential.marking', 'TLP:AMBER')}". Můžu ji přeposlat dodavateli, který spravuje naše řídicí systémy, nebo jen interně?`, 'a marking quoted in a question about handling rules, not marking this text: ambiguous'),

  rec('memo_th', f`${mark('ลับมาก')}
บันทึกข้อความ เรื่อง การปรับโครงสร้างสาขาคลินิกกายภาพบำบัด
สาขาบางนาจะรวมกับสาขาศรีนครินทร์ภายในเดือนมิถุนายน พนักงาน 6 คนจะถูกโยกย้าย

ช่วยเขียนเป็นประกาศภายในแบบนุ่มนวล โดยยังไม่ระบุจำนวนพนักงาน`),
];

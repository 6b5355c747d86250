/**
 * Held-out batch 142: classification and handling markings in memos, mails and slides of the six
 * organisations, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH142_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — ARTIST FEES 2025/26

To: Board of Trustees
From: Artistic Planning

Guest conductor fees are rising 8–12% for the 2025/26 season. We propose capping soloist fees at €28,000 per programme, except for the two opening-night engagements.

Turn this into three bullet points for the chair's briefing.`),

  rec('email_de', f`Betreff: ${mark('STRENG VERTRAULICH')}: Gagenverhandlung Tournee Japan

Liebe Frau Albrecht,

wie besprochen liegt das Angebot des Veranstalters in Tokio 15 % unter dem Vorjahr. Wir sollten die Reisekosten der Musikerinnen und Musiker nicht zur Verhandlungsmasse machen.

Bitte fasse das in zwei Sätzen auf Englisch für den Intendanten zusammen.`),

  rec('doc_fr', f`Traduis en anglais l'en-tête et le premier paragraphe :

${mark('CONFIDENTIEL')} – ${amb('confidential.marking', 'Diffusion restreinte au comité de direction')}
Rapport d'incident : dossier patient n° 24-11873 (chien, 7 ans). Une erreur de dosage de kétamine a été constatée lors de la prise en charge nocturne du 28 novembre. L'animal s'est rétabli. Une revue des protocoles de l'équipe de nuit est en cours.`),

  rec('slide_en', f`Speaker notes for slide 4, the footer on every slide reads "AeroTech Engine Services · ${mark('COMPANY PROPRIETARY')} · ${amb('confidential.marking', 'Do not distribute')}":
Explain why the HPT shop-visit workscope went from level 2 to level 3 on ESN 896417 and how that moves the redelivery date.`),

  rec('email_ja', f`件名：【${mark('社外秘')}】次年度の排出権購入者リストについて

各位

来年度の購入予定企業リストを共有します。購入者名は契約締結まで${mark('社外秘')}扱いとしてください。

この内容を英語で3行にまとめてください。`),

  rec('doc_ko', f`${mark('대외비')}

정비 계획 회의록 (12월 2일)
- CFM56-7B 엔진 2대 샵 비지트 일정 1주 지연
- 부품 공급사 변경 검토 중 (단가 비공개)

이 회의록을 영어로 요약해 주세요.`),

  rec('doc_zh', f`请把下面这份文件的标题和第一段翻译成英文：

【${mark('机密')}】小额贷款逾期风险分析（2024年第三季度）
${amb('confidential.marking', '仅限风险管理委员会成员阅读')}。第三季度PAR30上升至6.8%，主要集中在两个农村网点。`),

  rec('email_ru', f`Тема: ${mark('Коммерческая тайна')} — тарифы на колокацию 2025

Коллеги, направляю проект новых тарифов на размещение стоек для крупных клиентов. Скидка для контрактов от 20 стоек — до 18%.

Сделай, пожалуйста, краткое резюме на английском для регионального директора.`),

  rec('doc_ar', f`${mark('سري للغاية')}

تقرير مجلس الإدارة – برنامج التمويل الأصغر للنساء
ارتفعت نسبة التعثر في فرع أسيوط إلى 9٪ خلال الربع الثالث. نوصي بإيقاف الإقراض الجديد مؤقتًا هناك.

لخّص هذا التقرير بالإنجليزية في ثلاث نقاط.`),

  rec('memo_he', f`${mark('סודי')} – ${mark('לשימוש פנימי בלבד')}

סיכום פגישה עם ספק חלקי המנוע: המחיר לערכת להבי טורבינה עלה ב-14%. אנחנו שוקלים ספק חלופי מאירופה.

תכין בבקשה טיוטה קצרה באנגלית למנהל הרכש.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Advisory for colocation customers: a phishing campaign impersonating our access-control desk asks customers to "re-validate badge PINs" via a look-alike portal. ${amb('confidential.marking', 'Do not share outside your organisation')}.

Write a short customer-facing version of this without the indicators.`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – lista klientów do migracji z hali B

Cześć, w załączniku lista klientów, których szafy przenosimy w lutym. ${amb('confidential.marking', 'Proszę nie przesyłać dalej')}.

Przetłumacz na angielski, krótko.`),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL')} — ${amb('confidential.marking', 'uso restrito da diretoria')}

Auditoria interna: foram encontradas 14 operações de crédito aprovadas sem visita de campo no polo de Juazeiro. Recomendamos treinamento e revisão das alçadas.

Pode resumir em inglês, em 3 tópicos?`),

  rec('email_hi', f`विषय: ${mark('गोपनीय')} – शाखा ऑडिट रिपोर्ट, गोरखपुर

सभी क्षेत्रीय प्रबंधकों को सूचित किया जाता है कि ऑडिट में 23 ऋण खातों में दस्तावेज़ अधूरे पाए गए। ${amb('confidential.marking', 'कृपया यह रिपोर्ट शाखा स्तर पर साझा न करें')}।

इसे अंग्रेज़ी में छोटा कर दो।`),

  rec('email_en_disclaimer', f`Can you shorten this signature block? It's too long for mobile.

Kind regards,
Fiona Walsh
Tour Manager, National Symphony Orchestra

${amb('confidential.marking', 'This e-mail and any attachments are confidential')} and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.`),

  rec('doc_tr', f`${mark('HİZMETE ÖZEL')}

Motor revizyon atölyesi kapasite planı 2025: yüksek basınç türbini modülü için ikinci vardiya Mart ayında başlıyor.

Bunu İngilizce kısa bir e-postaya çevirir misin?`),

  rec('doc_vi', f`${mark('TÀI LIỆU MẬT')}

Báo cáo nội bộ: tỷ lệ nợ quá hạn tại chi nhánh Cần Thơ tăng lên 7,2% trong quý III. Đề xuất tạm dừng giải ngân mới trong 2 tháng.

Dịch tiêu đề và đoạn đầu sang tiếng Anh giúp mình.`),
];

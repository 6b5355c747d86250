/**
 * Held-out batch 141: classification markings (headers, subjects, footers, inline statements) in stable, cord-blood,
 * bus warranty, restaurant, rescue-centre and admissions documents, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH141_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL')}

To: Integrity Committee, Rowley Mile Racing
Re: Betting patterns on Copper Lantern, Yarmouth 19 Feb

Exchange data shows £14k of lay money matched in the 20 minutes before the off from two accounts linked to a former stable employee. The horse was eased in the final furlong. We recommend informing the BHA integrity unit before the stewards' enquiry.

${mark('STRICTLY PRIVATE & CONFIDENTIAL — do not forward')}

Can you turn this into a 5-bullet briefing for the trainer?`),

  rec('doc_fr', f`${mark('DIFFUSION RESTREINTE')}
Note au comité de direction — banque de sang placentaire

Le taux d'unités conformes est tombé à 61 % au T4 (objectif 75 %), principalement à cause des délais de transport depuis deux maternités partenaires. Propositions : navette dédiée, révision du contrat transporteur.

Reformule ça pour une présentation de 3 diapositives, sans les noms des maternités.`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')} – Kulanzregelung Gelenkbusse Baureihe 18

Hallo Team,

wir gewähren dem Verkehrsverbund für die 23 betroffenen Fahrzeuge eine Kulanz von 60 % auf Achsschenkel und Arbeitszeit, befristet bis 31.12. Bitte nicht mit anderen Kunden kommunizieren.

Diese E-Mail ist ${mark('streng vertraulich')}.

Fass das bitte für die Händlerschulung zusammen – ohne Prozentsatz.`),

  rec('doc_it', f`Traduci in inglese per il socio americano:

${mark('RISERVATO – uso interno del gruppo')}
Nuovo listino degustazione primavera 2025: menu lungo 320 €, abbinamento vini 190 €. Apertura del terzo ristorante a Como prevista per settembre, trattative in corso con due fornitori di pesce del Garda.`),

  rec('doc_es', f`Resume este informe en 4 líneas:

${mark('CONFIDENCIAL')} — Comité de Becas Internacionales
Acta de la reunión del 18 de febrero. Se aprueban 42 becas de matrícula completa y 15 parciales. Se rechaza la ampliación para el programa de Colombia por falta de fondos. Los nombres de los candidatos no seleccionados no se comunicarán hasta el 15 de marzo.`),

  rec('doc_ja', f`次の文書を英語に翻訳してください。

【${mark('社外秘')}】
乗合バス後継モデル 保証条件見直し案
・駆動用バッテリーの保証を8年/40万kmに延長
・販売店への部品補償単価を5%引き下げ
以上、${amb('confidential.marking', '営業部限り')}。`),

  rec('doc_ko', f`${mark('대외비')}
해상수색구조 합동훈련 결과 보고

- 일시: 2025.02.20 / 장소: 남해 먼바다
- 헬기 인양 시간 목표 미달 (평균 14분 → 목표 10분)
- 구명뗏목 표류 예측 오차 2.3해리

이 보고서를 간단한 요약으로 만들어 주세요. ${amb('confidential.marking', '대외비')} 표시는 그대로 두세요.`),

  rec('doc_zh', f`帮我把这段改写得更正式一点：

${mark('机密')}★ 国际学生奖学金评审结果（内部讨论稿）
本年度共收到申请 1,284 份，拟资助 96 人。东南亚地区名额较去年减少 12 个，评审意见请勿外传。`),

  rec('doc_ru', f`Переведи на английский для партнёров:

${mark('КОНФИДЕНЦИАЛЬНО')}
Анализ отказов по гарантии, городские автобусы, 2024 г.
Основная причина — течь охлаждающей жидкости в отопителях (38 % случаев). Поставщик предупреждён, компенсация обсуждается.`),

  rec('doc_ar', f`ترجم هذا إلى الإنجليزية:

${mark('سري')}
تقرير داخلي — مركز تنسيق البحث والإنقاذ البحري
تأخر إطلاق قارب الإنقاذ 18 دقيقة في حادثة 14 فبراير بسبب عطل في الرافعة. يجب عدم مشاركة هذا التقرير مع وسائل الإعلام قبل انتهاء التحقيق.`),

  rec('doc_he', f`${mark('סודי — לשימוש פנימי בלבד')}
סיכום ישיבת הנהלה, בנק דם טבורי
הוחלט להעלות את דמי האחסון השנתיים ב-8% החל מיולי. ההודעה למשפחות תישלח רק אחרי אישור היועץ המשפטי.

תכתוב לי טיוטה של ההודעה למשפחות, בלי המילה "העלאה" בכותרת.`),

  rec('email_en_ie', f`Subject: ${mark('OFFICIAL-SENSITIVE')}: Lessons identified — Helicopter winch incident, Galway Bay

All,

Please find the draft lessons-identified note attached. It is marked ${mark('OFFICIAL-SENSITIVE')} and must not be circulated outside the MRCC and the Air Corps liaison.

Rescue Coordination Centre duty officer line: ${phone('+353 1 662 9841')}

Can you rewrite the first paragraph to be clearer?`),

  rec('doc_tr', f`Bu metni İngilizceye çevir:

${mark('GİZLİDİR — Sadece yönetim kurulu için')}
At sahipleri ile yapılan yeni hak ediş anlaşması: ikramiye paylaşımı %10'dan %8'e düşürülüyor. Jokey ücretleri değişmiyor.`),

  rec('doc_pt_br', f`Pode deixar esse comunicado mais curto?

${mark('CONFIDENCIAL – USO INTERNO')}
Grupo de restaurantes — negociação com o novo fornecedor de trufas. Preço-alvo: R$ 9.800/kg, contrato de exclusividade por 2 anos. Não mencionar o fornecedor atual nas conversas com a equipe.`),

  rec('doc_pl', f`${mark('POUFNE')}
Protokół z posiedzenia komisji rekrutacyjnej (studenci zagraniczni)

Ustalono progi punktowe na kierunki anglojęzyczne. Lista rankingowa zostanie opublikowana 10 marca. Wyniki do tego czasu ${amb('confidential.marking', 'nie mogą być udostępniane poza komisją')}.

Napisz krótkie streszczenie po angielsku.`, 'a handling ban with no marking word: ambiguous per the conventions'),

  rec('slides_en', f`Make speaker notes for these slides:

Slide 1 — ${mark('COMMERCIAL IN CONFIDENCE')}
Warranty cost recovery FY24: £2.1m recovered from tier-1 suppliers (target £2.6m)
Slide 2 — Largest open claims: HVAC compressors, door actuators
Footer: ${mark('COMMERCIAL IN CONFIDENCE')} · Boreal Coach Works · page 1 of 2`),

  rec('doc_nl_be', f`${mark('VERTROUWELIJK')} ${amb('confidential.marking', '(alleen voor directie)')}
Interne evaluatie: drie leveranciers van zeevruchten voldoen niet aan de koudeketen-eisen. Voorstel: contract met de leverancier uit Oostende niet verlengen.

Kun je dit herschrijven als neutrale mail aan de chefs, zonder de vermelding bovenaan?`, 'a reader-restricting bracket phrase beside a labelled marking: ambiguous per the conventions'),
];

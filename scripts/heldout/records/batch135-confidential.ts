/**
 * Held-out batch 135: classification and handling markings (headers, subjects, footers, inline
 * statements) in reports, tenders, board memos and advisories of the batch's six organisations,
 * in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH135_CONFIDENTIAL: DraftRecord[] = [
  rec('incident_report', f`${mark('COMMERCIAL IN CONFIDENCE')}
Harbourline Crane Services – Incident Report IR-2025-031
Site: Felixstowe, Berth 8, QC-22

At 02:14 on 9 March the spreader landed a 40' container hard on the quay after a twistlock sensor reported "locked" while the pin on landside-left was only half rotated. No injuries. Container damaged (corner casting). Crane locked out for 11 h.

Root cause (preliminary): sensor bracket loosened; proximity switch picked up the flipper instead of the pin.

${mark('COMMERCIAL IN CONFIDENCE')} – page 1 of 3

Write a one-paragraph summary for the terminal operator's safety manager.`),

  rec('tender_nl', f`${mark('VERTROUWELIJK')} – concept inschrijving onderhoudscontract RTG-kranen 2026–2030

Onze prijsopbouw: vaste fee € 38.400 per kraan per jaar, storingsuren 24/7 à € 112, onderdelen kostprijs + 14 %. Boeteclausule beschikbaarheid < 97 %: we stellen een plafond voor van 5 % van de jaarfee.

Kun je dit herschrijven als managementsamenvatting voor de directie, maximaal 150 woorden?`),

  rec('email_de', f`Betreff: ${mark('STRENG VERTRAULICH')}: Kalkulation Generalüberholung Brücke 5 (CTB)

Hallo Frank,

anbei unsere interne Kalkulation. Wir gehen mit 1,84 Mio. € rein, Schmerzgrenze 1,62 Mio. €. Das darf auf keinen Fall an den Terminalbetreiber gehen.

Gruß
Sabine

Kannst du mir daraus drei Verhandlungsargumente für Donnerstag ableiten?`),

  rec('board_memo', f`${mark('STRICTLY CONFIDENTIAL – ATTORNEY-CLIENT PRIVILEGED')}

To: Lumen Fertility Board of Directors
From: Chief Medical Officer
Re: Cryostorage tank 4 alarm event, Houston lab, 2 March

The low-nitrogen alarm on tank 4 did not page the on-call embryologist between 23:40 and 05:10 because the autodialer's SIM had expired. Liquid nitrogen level fell to 31 %. No samples thawed according to current assessment; 214 patients' material is stored in that tank. Outside counsel recommends we notify affected patients within 10 days.

Help me turn this into talking points for the board call, neutral tone.`),

  rec('note_fr', f`${mark('DIFFUSION RESTREINTE')} – Comité de direction Lumen Fertilité France

Point 3 : projet d'ouverture d'un centre de préservation de la fertilité à Bordeaux. Investissement estimé 2,3 M€, ouverture cible septembre 2026. Deux gynécologues de la clinique concurrente seraient prêtes à nous rejoindre.

${mark('Document confidentiel – ne pas transférer')}

Rédige un résumé en 5 lignes pour le directeur financier.`),

  rec('email_pt_br', f`Assunto: ${mark('CONFIDENCIAL')} – renegociação com o laboratório de genética

Time, segue o resumo da reunião de ontem: o laboratório aceitou reduzir o PGT-A para R$ 2.150 por embrião se garantirmos 600 casos/ano. ${mark('Este e-mail é confidencial')} e não deve ser compartilhado com os médicos parceiros ainda.

Reescreva de forma mais objetiva, por favor.`),

  rec('term_sheet', f`${mark('PRIVATE & CONFIDENTIAL')} — DRAFT 3

Indicative offer for Copper Kettle Brewing Co. (3 taprooms, 12,000 bbl/yr)
Buyer: Ridgeline Beverage Partners
Enterprise value: $7.2M–$7.8M, 70% cash at close, 30% earn-out over 24 months on taproom EBITDA

Footer: ${mark('Private & Confidential')} – subject to NDA dated 14 Feb 2025

Can you explain the earn-out in plain English for the co-founders?`),

  rec('recipe_es', f`${mark('CONFIDENCIAL – SOLO USO INTERNO')}
Receta revisada "Niebla del Puerto" Hazy IPA, lote piloto 40 hl
Maltas: Pilsen 68 %, avena malteada 20 %, trigo 12 %
Lúpulos: Citra y Mosaic en whirlpool (6 g/l), dry hop doble 14 g/l
Levadura: London Ale III, fermentar a 19 °C

Tradúcelo al inglés para el nuevo cervecero de la planta de Valencia, pero sin las cantidades.`),

  rec('court_memo', f`${mark('CONFIDENTIAL – JUROR INFORMATION – NOT FOR PUBLIC RELEASE')}
Northfield County Superior Court · Jury Services
Memo to: Presiding Judge Alvarez
Re: Panel 25-03B, possible outside contact

Two jurors from Panel 25-03B reported receiving friend requests from a person who appears to be related to the defendant. Both have been reminded of their obligations. We recommend individual voir dire before Monday's session.

Please turn this into a short, neutral email to the judge's clerk.`),

  rec('court_ja', f`${mark('部外秘')}${amb('confidential.marking', '（管理職限り）')}
裁判員候補者呼出状の誤送付について（報告）

3月10日発送分のうち、42通が旧住所に送付されていたことが判明した。原因は住民基本台帳データの取込日付の設定誤り。再発防止策として取込前の件数照合を必須とする。

この報告を、所長向けに3行で要約してください。`),

  rec('court_ko', f`${mark('대외비')}
국민참여재판 배심원 선정 절차 개선안 (초안)

- 후보자 출석률: 2024년 평균 38%
- 개선안: 문자 안내 2회 추가, 출석 수당 인상 검토

위 내용을 법원장 보고용 한 문단으로 다듬어 주세요. 문서 하단에도 "${mark('대외비')}" 표시는 유지해야 합니다.`),

  rec('pricing_zh', f`${mark('机密')} · ${amb('confidential.marking', '仅限区域经理')}
2025年第二季度卫星电视与宽带安装报价调整
- 标准卫星锅安装：¥380 → ¥420
- 光纤+机顶盒套装：首年优惠 ¥99/月
- 偏远地区附加费：¥150

请帮我改写成发给合作安装商的通知，但不要包含内部成本数据。`, 'a readers restriction (regional managers only) beside the marking: ambiguous, like a bracketed handling phrase'),

  rec('ops_ru', f`${mark('Для служебного пользования')}
Регламент выездных бригад по установке спутниковых антенн, ред. 4
П. 7.2. Монтаж на фасадах выше 3-го этажа — только бригадой из двух человек со страховочной системой.

Сделай, пожалуйста, из этого пункта памятку для новых монтажников, простым языком.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Clearground Mine Action – Security Advisory 2025-07
Area: Kherson oblast, routes T-2207 / local road to Vysokopillia

Two NGO vehicles were stopped at an unofficial checkpoint on 11 March; drivers were questioned for 40 minutes and released. Recommend convoys of two vehicles minimum and check-in every 30 minutes via satellite messenger.

Limit sharing to partner organisations' security focal points (${mark('TLP:AMBER')}).

Turn this into a short radio-briefing script for the drivers.`),

  rec('memo_ar', f`${mark('سري')}
مذكرة داخلية – خلية اللوجستيات
الموضوع: نقل مخزون المتفجرات المصادرة من مستودع سنجار إلى موقع الإتلاف

يتم النقل يوم الخميس بمرافقة فريقين، ولا يُعلن عن المسار إلا صباح يوم النقل.

${mark('هذه المذكرة سرية')} ولا يجوز تداولها خارج فريق اللوجستيات.

ساعدني في ترجمة المذكرة إلى الإنجليزية.`),

  rec('report_uk', f`${mark('КОНФІДЕНЦІЙНО')}
Звіт логістики за березень: транспорт і пальне

Перевитрата пального на 18 % через об'їзди на маршрутах до Ізюма. Два пікапи в ремонті, один повністю списано після ДТП.

Переклади англійською для донора і прибери все, що стосується маршрутів.`),

  rec('email_el', f`Θέμα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Αποζημίωση για τη ζημιά στον γερανό QC-04

Καλημέρα σας,

σε συνέχεια της σύσκεψης, η ασφαλιστική προτείνει 410.000 € για τη ζημιά στην μπούμα. Εμείς θεωρούμε ότι το κόστος επισκευής ξεπερνά τις 520.000 €.

Μπορείς να μου γράψεις μια απάντηση στα αγγλικά που να ζητά αναθεώρηση της πρότασης;`),
];

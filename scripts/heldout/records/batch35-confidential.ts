/**
 * Held-out batch 35: classification markings on investment memos, grid-security documents, GMP and
 * regulatory papers, auction and co-operative minutes, orchestra board papers and care incident
 * reports, in the batch's languages. Hand-written, not yet measured.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH35_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL')}
Investment Committee – Project Kestrel (add-on to Harlow Fasteners)

Target: regional distributor of industrial fasteners, FY24 revenue USD 41m, adj. EBITDA USD 6.2m.
Proposed EV: 6.5× adj. EBITDA, funded 55% debt / 45% equity from Fund III.
Key risks: customer concentration (top 3 = 38%), owner-dependent sales team.

Please turn this into a one-page IC summary with a risks/mitigants table.`),

  rec('doc', f`${mark('CEII – CRITICAL ENERGY/ELECTRIC INFRASTRUCTURE INFORMATION – DO NOT RELEASE')}

Sussex Corner 138/69 kV substation – protection settings review, November 2024
Findings: breaker-failure timer on 69 kV bus set at 12 cycles (standard 9); transformer T2 differential slope not updated after the 2022 replacement.

Can you rewrite the findings as action items for the protection engineers?`),

  rec('plan', f`${mark('PROTECTED B')} (when completed)

Regional Grid Emergency Restoration Plan – annex C, black-start sequence
C.1 The Mactaquac black-start unit energises the 138 kV path to Keswick within 45 minutes...

The province wants this annex as a two-page brief for the EMO liaison. Keep the marking on the brief.`),

  rec('doc_hr', f`Prevedi na engleski, molim te, samo sažetak:

${mark('POVJERLJIVO')} – samo za interno korištenje
Formulacija VET-OXY 200 LA, verzija 4.2
Promjena pomoćne tvari (povidon K17 → K12) radi stabilnosti na 30 °C/65 % RH. Rezultati 6-mjesečne stabilnosti u prilogu.`),

  rec('doc_sl', f`${mark('ZAUPNO')}
Regulatorna strategija – postopek z medsebojnim priznavanjem za VetKem Meloksikam 1,5 mg/ml
Referenčna država članica: Slovenija; zadevne države: HR, AT, HU, SK.
Predviden začetek: marec 2025.

Napiši mi povzetek v treh točkah za upravo.`),

  rec('board_paper', f`${mark('CYFRINACHOL')} / ${mark('CONFIDENTIAL')}
Board of Trustees – Agenda item 6: Music Director contract renewal

The Music Director's current contract ends August 2025. The remuneration committee recommends a three-year extension with 32 conducted weeks per season and a 4% uplift.

Rewrite this paragraph more neutrally — the trustees haven't decided yet.`),

  rec('memo_gl', f`${mark('CONFIDENCIAL')} – Só para a Xunta Directiva da confraría

Proposta de reparto da cota de xurelo 2025 entre os barcos de cerco: mantemos o reparto lineal, pero reservamos un 6 % para os barcos que renoven artes.

Podes traducir isto ao castelán e facelo máis formal?`),

  rec('minutes_eu', f`${mark('KONFIDENTZIALA')}
Kooperatibako Zuzendaritza Batzordearen akta – 2024ko azaroaren 21a
1. Izotz-fabrika berria: bi eskaintza jaso dira, erabakia abenduan.
2. Lonjako komisioa % 3tik % 3,5era igotzeko proposamena.

Laburtu gaztelaniaz, hiru puntutan.`),

  rec('email_es_cl', f`Asunto: ${mark('DOCUMENTO CONFIDENCIAL')} – cierre planta de harina Calbuco

Equipo, adjunto el análisis del cierre de la planta de harina de pescado. Por favor no reenviar. Resumen: costo de cierre estimado 2,4 MMUSD, 47 trabajadores, reubicación de 20 en Puerto Montt.

¿Me ayudas a redactar el mensaje para los jefes de turno, sin cifras?`),

  rec('doc_lv', f`${mark('KONFIDENCIĀLI')}
Tarifu projekta iekšējais novērtējums 2025.–2029. gadam
Sadales sistēmas pakalpojuma tarifa pieaugums mājsaimniecībām: vidēji 7,8 %.

Uztaisi no šī īsu kopsavilkumu valdes sēdei angļu valodā.`),

  rec('doc_et', f`${mark('ASUTUSESISESEKS KASUTAMISEKS')}
Alus: AvTS § 35 lg 1 p 8
Tähtaeg: 5 aastat

Alajaamade füüsilise turvalisuse audit 2024 – 3 alajaamas puudus aia ümbruse videovalve.

Tõlgi pealkiri ja esimene lõik inglise keelde.`),

  rec('doc_hi', f`${mark('गोपनीय')} – केवल आंतरिक उपयोग हेतु
पशु चिकित्सा दवाओं की मूल्य सूची 2025 (वितरकों के लिए)
ऑक्सीटेट्रासाइक्लिन इंजेक्शन 100 ml: ₹ 412 → ₹ 438
आइवरमेक्टिन 1% 50 ml: ₹ 265 → ₹ 279

इसे अंग्रेज़ी में एक टेबल के रूप में बना दो।`),

  rec('doc_km', f`${mark('សម្ងាត់')}
តារាងតម្លៃចែកចាយថ្នាំពេទ្យសត្វឆ្នាំ ២០២៥ សម្រាប់ដៃគូនៅកម្ពុជា
វ៉ាក់សាំងមាន់ ១០០០ ដូស៖ ១៨ ដុល្លារ → ១៩.៥ ដុល្លារ

សូមបកប្រែជាភាសាអង់គ្លេស។`),

  rec('incident_am', f`${mark('ሚስጥራዊ')}
የክስተት ሪፖርት – የቤት ውስጥ እንክብካቤ
ቀን፦ ህዳር 18
ተንከባካቢዋ ደንበኛው ወድቀው አገኘቻቸው፤ አምቡላንስ ተጠርቷል፤ ቤተሰብ ተነግሯል።

ይህን ሪፖርት ለአስተዳደሩ በእንግሊዝኛ አጭር አድርገህ ጻፍልኝ።`),

  rec('report', f`Safeguarding review – Teifi area, Q3

${mark('This report is confidential')} and is intended for the Registered Manager and the Responsible Individual only.

Two concerns were raised in Q3; both were referred to the local authority within 24 hours. One related to missed medication visits over a bank-holiday weekend.

Can you make this sound less bureaucratic for the staff newsletter version (without the confidential intro)?`),

  rec('advisory', f`${mark('TLP:AMBER')}
Sector advisory: spear-phishing against outage-desk staff using fake "storm restoration" timesheet portals. Recipients may share within their organisation on a need-to-know basis.

Write a short awareness message for our control-room and outage-desk staff based on this, without naming the source.`),

  rec('email_footer', f`Thanks Mateja, confirmed for the 14th — the hall will send the stage plan on Monday.

--
Glanmor Hall & Sinfonia
${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee.')} If you have received it in error please tell us and delete it.`),
];

/**
 * Held-out batch 157: classification and handling markings in memos, minutes, bids and price lists of
 * the six batch-157 organisations, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH157_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — Dry-dock planning office

Subject: Slot change for the patrol vessel refit
The navy's technical authority has asked to bring the refit forward to week 14. This pushes MV Nordkap out of Dock 1 by nine days; we propose moving her to the floating dock with a reduced scope (hull cleaning, anodes, no shaft pull).

Page 1 of 2 · ${mark('CONFIDENTIAL')}

Please rewrite this as a short, neutral note to the owner of MV Nordkap without mentioning the navy.`),

  rec('memo_de', f`${mark('VERTRAULICH')} – ${mark('Nur für den internen Gebrauch')}

Aktennotiz Expat-Payroll, 14.01.2025
Mandant: Sonnwerk AG
Die Nettolohnvereinbarung für die 12 Entsandten nach Shanghai führt 2025 zu Mehrkosten von ca. 410 T€ wegen der neuen IIT-Regeln. Vorschlag: Umstellung auf Hypo-Tax-Modell zum 01.07.

Bitte fasse das in drei Sätzen für den Partner zusammen.`),

  rec('minutes_fr', f`Traduis en anglais le compte rendu ci-dessous pour nos partenaires du consortium :

${mark('CONFIDENTIEL')}
Comité d'accès aux échantillons – séance du 9 janvier
1. Demande SR-2025-004 (cohorte diabète, 1 200 sérums) : accord sous réserve de l'avis du comité d'éthique.
2. Demande SR-2025-006 (industriel) : ajournée, le contrat de transfert de matériel doit préciser l'interdiction de réidentification.
Ce document est ${mark('confidentiel')} et ne doit pas être transmis en dehors du comité.`),

  rec('price_list_ja', f`${mark('社外秘')}
ホテルチェーン向け リネン料金表（2025年4月改定案）
シーツ（シングル） 58円 → 62円
バスタオル 41円 → 44円
浴衣 96円 → 99円

この表を元に、値上げをお願いするメールの文面を作ってください。理由は燃料費と人件費です。`),

  rec('bid_zh', f`${mark('机密')}
坞修报价（${amb('confidential.marking', '内部')}）—— 远舟 8 号 进坞检修
船体喷砂除锈 3,200 m²：人民币 48 万元
尾轴拉出检查：人民币 26 万元
报价毛利率目标 18%，可让步至 14%。

请把上面的内容改写成给船东的正式报价说明（英文），不要出现毛利率。`),

  rec('strategy_ko', f`${mark('대외비')}
2025 구독 전략 요약
- 지면+디지털 번들 월 19,900원 → 21,900원 (3월)
- 부고란 온라인 유료화 검토 (유족 요청 시 무료 유지)

위 내용을 편집국 회의용 슬라이드 3장 분량으로 정리해줘.`),

  rec('doc_ru', f`Сократи, пожалуйста, текст для рассылки мастерам:

${mark('Для служебного пользования')}
График постановки судов в док №2 на I квартал
Январь: т/х «Капитан Бурлаков» — окраска, замена забортной арматуры
Февраль: буксир «Орлан» — ремонт ВРШ
Март: резерв под гарантийный случай`),

  rec('email_es_mx', f`Asunto: ${mark('CONFIDENCIAL')} – nuevas tarifas temporada invierno

Equipo de mostrador:
Les comparto las tarifas que entran en vigor el 1 de diciembre en las sucursales de Valle de Bravo y Monterrey. ${amb('confidential.marking', 'No las compartan con clientes ni con los hoteles aliados hasta el anuncio oficial')}.

¿Me ayudas a redactar la versión para clientes, sin los márgenes?`),

  rec('memo_it', f`${mark('RISERVATO')}
Oggetto: acquisizione del noleggio sci "Neve Facile" (Livigno)
Valutazione preliminare: 1,1–1,4 M€, 3 punti vendita, 2.300 attrezzature.
Due diligence entro febbraio.

Riassumi in inglese in cinque punti per il CdA.`),

  rec('chat_pt_br', f`Preciso traduzir para o inglês o cabeçalho e o primeiro parágrafo deste parecer:

${mark('CONFIDENCIAL')} – ${amb('confidential.marking', 'uso restrito da equipe de mobilidade global')}
Parecer sobre a residência fiscal do colaborador transferido para Lisboa: a saída definitiva do Brasil deve ser comunicada até o último dia útil de fevereiro, sob pena de tributação em duplicidade.`),

  rec('doc_ar', f`${mark('سري')}
عرض أسعار غسيل المفارش لسلسلة فنادق الواحة — ${amb('confidential.marking', 'نسخة داخلية')}
السعر المقترح للقطعة: ١٫٨٠ درهم، الحد الأدنى المقبول: ١٫٥٥ درهم.

اكتب لي رسالة تغطية مختصرة للعرض بدون ذكر الحد الأدنى.`),

  rec('doc_he', f`${mark('סודי')}
סיכום פגישת ועדת הביובנק, 12.1
אושרה העברת 300 דגימות DNA לשותף באירופה בכפוף להסכם העברת חומרים.
${mark('סודי')} – ${amb('confidential.marking', 'לא להפצה מחוץ לוועדה')}

תנסח לי מזה עדכון קצר לחוקרים, בלי פרטי השותף.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Shipyard OT incident note — 13 Jan
Unusual RDP logins to the dock pump HMI jump host from a contractor laptop. No impact on pump control. Contractor access suspended pending review.

Turn this into a short checklist for the night shift supervisors (no technical details).`),

  rec('memo_cs', f`Přelož do angličtiny, prosím:

${mark('DŮVĚRNÉ')}
Zápis z porady vedení půjčovny, 10. 1. 2025
Pobočka Harrachov bude od dubna převedena na franšízu. Zaměstnanci budou informováni až po podpisu smlouvy.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Εσωτερικό σημείωμα — Τμήμα συνδρομών
Από 1/3 καταργείται η δωρεάν δημοσίευση κηδειόχαρτων για μη συνδρομητές. Το κόστος θα είναι 25 € ανά αγγελία.

Γράψε μια ευγενική ανακοίνωση για τους αναγνώστες.`),

  rec('email_en_us', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION')}

Mark,
As discussed, the client's equalization policy does not cover the state tax exposure in California for the two assignees who kept their homes there. I'd hold off on the amended returns until we have the domicile analysis.

Can you turn this into talking points for tomorrow's call? Keep it under 150 words.`),

  rec('doc_hi', f`इस नोट का सार अंग्रेज़ी में बना दीजिए:

${mark('गोपनीय')}
लॉन्ड्री यूनिट, गुरुग्राम — होटल अनुबंधों की समीक्षा
तीन होटलों ने समय पर भुगतान नहीं किया है। मार्च से अग्रिम भुगतान की शर्त लागू करने का प्रस्ताव।`),

  rec('doc_fi', f`${mark('LUOTTAMUKSELLINEN')}
Lehden tilaajamäärät joulukuu 2024: painettu 18 420 (−6 %), digi 9 310 (+11 %).
Kuolinilmoitusten tulot +4 %.

Tee tästä lyhyt tiivistelmä hallituksen kokoukseen.`, 'footer-free short report: marking line only'),
];


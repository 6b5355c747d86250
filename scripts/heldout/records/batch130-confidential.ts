/**
 * Held-out batch 130: classification and handling markings (export-control memos, tunnel JV
 * board papers, prison healthcare reports, forecasting advisories, pledge-drive plans) in many
 * languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH130_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_us', f`${mark('COMPANY CONFIDENTIAL')}

MEMO — Export Control Office
Re: Voluntary self-disclosure, shipment NX-24-1187 (sintered NdFeB, grade N52SH)

We shipped 1,840 kg to a distributor whose end user turned out to be a listed entity's subsidiary. Shipment left on 14 Nov; screening was run against the list version of 8 Nov. Counsel recommends a VSD to BIS within 30 days.

${mark('COMPANY CONFIDENTIAL')} — page 1 of 3

Turn this into a one-paragraph summary for the CEO, plain English.`),

  rec('protokoll_de', f`${mark('VERTRAULICH')} – ${mark('Nur für den Dienstgebrauch')}

Protokoll Lenkungskreis ARGE Tunnel Kesselberg, 28.11.2024
TOP 3: Mehrkosten Vortrieb Los 2. Der Auftraggeber lehnt den Nachtrag N-17 (Störzone km 3,4) bisher ab. Die ARGE erwägt eine Schlichtung.
TOP 4: Ausfall Hauptlager TBM „Wilma“, Stillstand voraussichtlich 5 Wochen.

Bitte fasse die Punkte 3 und 4 in fünf Stichpunkten für die Geschäftsführung zusammen.`),

  rec('note_fr', f`Objet : ${mark('CONFIDENTIEL')} – demande de licence d'exportation vers la Turquie

Document classé ${mark('Diffusion Restreinte')} : il ne doit pas être transmis hors du service conformité.
Le client final déclare un usage dans des moteurs de véhicules électriques ; la quantité demandée (12 t) dépasse cependant de loin ses volumes historiques.

Peux-tu reformuler le dernier paragraphe de façon plus neutre ?`),

  rec('report_ja', f`【${mark('社外秘')}】
予報部 内部検証報告（2024年11月の線状降水帯予測）
的中率は前年同期比で低下。特に九州北部での空振りが多く、モデル更新後の初期値の扱いに課題あり。

この報告を、外部の有識者会議向けに数字を伏せて言い換えてください。`),

  rec('memo_zh', f`${mark('机密')}
关于调整稀土永磁产品出口许可申报策略的说明
1. 自12月起，所有含镝、铽的烧结钕铁硼产品出口前须经合规部二次审核。
2. 对美国、荷兰客户的订单，暂缓报价，待新规细则发布。
（本文件${mark('注意保密')}，请勿外传）

请把第1、2点翻译成英文。`),

  rec('plan_ko', f`[${mark('대외비')}] ${amb('confidential.marking', '(임원진 한정)')} 2025 봄 정기후원 캠페인 운영안
- 목표: 신규 정기후원자 2,400명
- 방송 중 전화 약정 라인 3개 → 5개 확대
- 고액 후원자(연 100만원 이상) 개별 감사 통화

위 내용을 자원봉사자 교육용 안내문으로 바꿔주세요. 목표 수치는 빼고요.`),

  rec('email_es_mx', f`Asunto: ${mark('CONFIDENCIAL')} – cierre de la sucursal Guadalajara Centro

Equipo directivo:
Les comparto que la sucursal de renta de vestidos de Guadalajara Centro cerrará el 31 de marzo. El inventario pasará a Zapopan. Por favor no comenten nada con el personal hasta la junta del 15 de enero.

¿Me ayudas a redactar el anuncio para el personal que daremos ese día?`),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL')} – USO INTERNO
Relatório de incidente – colapso parcial de frente, anel 1.284, Consórcio Túnel Serra Verde
Causa provável: pressão de suporte de face abaixo do previsto na transição solo-rocha.

Pode transformar isso em um comunicado curto para a equipe do turno, sem culpar ninguém?`),

  rec('memo_ru', f`${mark('Коммерческая тайна')}
Служебная записка отдела экспортного контроля
Заказ № 2024/611 (магниты SmCo, 420 кг) приостановлен до получения заключения по конечному пользователю.

Переведи, пожалуйста, на английский для головного офиса.`),

  rec('report_it', f`${mark('RISERVATO')}
Relazione trimestrale – servizio sanitario penitenziario, Casa Circondariale di Ferrara
Eventi avversi nella somministrazione della terapia: 7 (di cui 2 dosi omesse di antiepilettici).

Mi fai un riassunto di tre righe per il direttore sanitario?`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')}: tekort ledenwerfactie najaar

Beste bestuur,
De actie is € 48.000 onder het doel geëindigd. Voorstel: in februari een extra actieweek. Dit bericht is ${mark('vertrouwelijk')} tot het besluit in de ledenraad.

Kun je er een korte toelichting van maken voor de vrijwilligers, zonder het tekort te noemen?`),

  rec('report_en_gb', f`${mark('OFFICIAL-SENSITIVE')}

Serious Incident Review – missed medication, HMP Northfield, House Block 2
Summary: a prisoner-patient on clozapine missed doses on 3 consecutive days after a cell move. The in-possession risk assessment was not updated.

${mark('OFFICIAL-SENSITIVE')}

Please rewrite the summary as three lessons-learned bullets for the nursing team.`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Sector advisory – national met service SOC
Phishing campaign impersonating the observation-network portal; credential-harvesting pages hosted on look-alike domains. Do not forward beyond your organisation.

Help me write a short staff warning email based on this, without quoting indicators.`),

  rec('email_ar', f`الموضوع: ${mark('سري')} – تعديل أسعار المغناطيسات للموزعين في الخليج

الزملاء الكرام،
تقرر رفع الأسعار بنسبة 9% اعتباراً من يناير بسبب ارتفاع تكلفة الديسبروسيوم. يرجى عدم إبلاغ الموزعين قبل 20 ديسمبر.

أرجو تلخيص الرسالة بالإنجليزية.`),

  rec('doc_pl', f`${mark('TAJEMNICA PRZEDSIĘBIORSTWA')}
Notatka z przeglądu łożyska głównego TBM „Jadwiga”
Wykryto zużycie uszczelnień, wymiana wymaga postoju ok. 21 dni.

Przetłumacz na niemiecki dla partnera konsorcjum.`),

  rec('memo_he', f`${mark('סודי')} – לא להפצה
סיכום ישיבת הנהלה: שינוי ספק התרופות לשירות הבריאות בבתי הסוהר החל מפברואר.

תתרגם בבקשה לאנגלית את שורת הסיכום.`, 'the "not for distribution" phrase after a labelled marking is left unlabelled, as batch 2 left "NOT FOR DISTRIBUTION"'),

  rec('slide_en_us', f`Slide 4 footer reads "${mark('Confidential – Board Use Only')}". Can you suggest a cleaner layout for the pledge-revenue chart on this slide? Values: FY22 $2.1M, FY23 $2.4M, FY24 $2.2M, and a dashed target line at $2.6M.`),
];

/**
 * Held-out batch 144: classification and handling markings in shipyard tenders, safeguarding case
 * notes, toxicovigilance reports, storage-chain plans and marketplace fraud rules, in many
 * languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH144_CONFIDENTIAL: DraftRecord[] = [
  rec('tender_en', f`${mark('COMMERCIAL IN CONFIDENCE')}

Tender response — 86 m research vessel, hull form and powering
Our proposed hull achieves 11.8 kn at 85% MCR with a 6% margin on the owner's resistance target; bulbous bow optimised for the 10–12 kn band. Price held until 30 June.

${mark('COMMERCIAL IN CONFIDENCE')} — page 1 of 14

Can you shorten the technical paragraph to three bullet points for the cover letter?`),

  rec('safeguarding_de', f`${mark('VERTRAULICH')} – ${amb('confidential.marking', 'NUR FÜR DIE STABSSTELLE PRÄVENTION')}

Fallnotiz 2025/07: Hinweis einer Mutter zu Grenzverletzungen in der Ministrantenfreizeit. Gespräch mit dem Pfarrer am 12.03., Meldung an die unabhängige Ansprechperson erfolgt.

Bitte formuliere daraus eine neutrale Mitteilung an den Kirchenvorstand, ohne Namen und Details.`),

  rec('toxicovigilance_fr', f`Objet : ${mark('CONFIDENTIEL')} – Signal de toxicovigilance cigarettes électroniques

Ce document est ${mark('confidentiel')} et réservé aux membres du réseau des centres antipoison. Depuis janvier, 23 cas d'ingestion de recharges de liquide nicotiné chez des enfants de moins de 3 ans, dont 4 graves.

Peux-tu m'aider à en faire un résumé grand public (sans chiffres précis) pour le site ?`),

  rec('fraud_es', f`${mark('CONFIDENCIAL')} · ${amb('confidential.marking', 'Uso exclusivo equipo de Riesgos')}

Reglas de retención de pagos a vendedores nuevos (v3):
- primer pago retenido 7 días si la cuenta bancaria se cambió en las últimas 48 h
- retención total si el nombre del titular no coincide con el documento

Tradúcelo al inglés para el equipo de Dublín, manteniendo el encabezado.`),

  rec('design_ja', f`${mark('社外秘')}
第118番船 基本設計書（抜粋）
主要目：Lpp 112.0m、B 19.6m、d 6.2m、DWT 8,400t
推進：1軸 CPP、主機 4,800kW

この抜粋を英語に訳してください。ヘッダーの区分表示もそのまま残してください。`),

  rec('fraud_ko', f`[${mark('대외비')}] 판매자 정산 보류 기준 개정안

1. 신규 판매자 첫 정산: 배송완료 후 7일
2. 계좌 변경 후 24시간 이내 출금 요청: 수동 검토

이 문서를 요약해서 CS팀 공지용으로 바꿔 주세요. 단, 구체적인 기준 수치는 빼 주세요.`),

  rec('plan_zh', f`${mark('内部资料 严禁外传')}
华东区自助仓储 2025 年扩张计划：新增门店 6 家（苏州 2、杭州 3、宁波 1），平均面积 4,200 平方米，预计第三季度完成选址。

请把这段改写成给投资人看的简短版本，标题保留。`),

  rec('memo_ru', f`${mark('Коммерческая тайна')}
Расчёт стоимости постройки заказа 0419 (буксир ледового класса): корпус — 38%, механизмы — 41%, прочее — 21%. Маржа согласована на уровне 9%.

Сделай, пожалуйста, из этого короткую справку для генерального директора.`),

  rec('diocesi_it', f`${mark('RISERVATO')} – Ufficio diocesano tutela minori

Verbale dell'incontro del 4 febbraio: segnalazione relativa a un catechista della parrocchia di Santa Chiara. Avviata verifica preliminare; il catechista è sospeso in via cautelativa.

Mi aiuti a scrivere una comunicazione ai genitori che non riveli alcun dettaglio?`),

  rec('plan_pl', f`${mark('POUFNE')} — ${amb('confidential.marking', 'tylko dla zarządu')}

Podwyżka cen najmu boksów od 1 lipca: +6% dla umów starszych niż 2 lata, +3% dla nowszych. Prognozowana rezygnacja: 2,5%.

Przygotuj proszę list do najemców, bez słowa o prognozach.`),

  rec('email_pt_br', f`Assunto: ${mark('CONFIDENCIAL – USO INTERNO')} | Novo limite de repasse antecipado

Pessoal, a partir de segunda o limite de repasse antecipado para vendedores nível Bronze cai de R$ 5.000 para R$ 2.000. ${amb('confidential.marking', 'Não divulgar para vendedores ainda.')}

Consegue reescrever isso como FAQ interna?`),

  rec('report_ar', f`${mark('سري للغاية')}
تقرير داخلي: حادثة هبوط اضطراري لمنطاد في البر الغربي بالأقصر بتاريخ 2 مارس. لا إصابات، تلف في السلة. السبب المبدئي: تغير مفاجئ في اتجاه الرياح.

أعد صياغة هذا التقرير بالإنجليزية لشركة التأمين.`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Shared with marketplace trust & safety peers: a ring of seller accounts is using mule bank accounts in three EU countries, rotating payout details within 24 h of first sale. Indicators available on request.

${mark('TLP:AMBER')} — recipients may share within their organisation only.

Turn this into an internal alert for our payouts analysts.`),

  rec('report_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Αναφορά συμβάντος: σκληρή προσγείωση διθέσιου αλεξίπτωτου, Αράχωβα, 18/5. Ο επιβάτης με ελαφρύ τραυματισμό στον αστράγαλο.

Μετάφρασε στα αγγλικά για τον ασφαλιστή, κράτα τη σήμανση.`),

  rec('report_tr', f`${mark('GİZLİDİR')} – ${mark('HİZMETE ÖZEL')}
Ürgüp kalkış sahası rüzgar limiti ihlali: 14 Nisan sabahı iki balon 10 kn üzeri yer rüzgârında kalkış yaptı. Pilotlar savunma verdi.

Bunu SHGM'ye gönderilecek resmi yazı formatına çevirir misin?`),

  rec('email_en_disclaimer', f`Can you tidy up my email signature? Current version:

Fr. Michael Doyle
Diocesan Safeguarding Coordinator

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it.`),
];

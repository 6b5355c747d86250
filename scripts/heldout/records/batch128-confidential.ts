/**
 * Held-out batch 128: classification and handling markings (headers, subjects, footers, inline
 * statements) in many languages, across the six organisations of the setting. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH128_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH – Nur für die Geschäftsleitung')}

Betreff: Übernahme der Zirkus Aurelio GmbH (Projekt „Manege")
Kaufpreis-Indikation 3,2–3,8 Mio. €, inkl. Winterquartier in Wels. Due Diligence ab 10. März, Tiere sind nicht Teil der Transaktion.

Seite 1/4 · ${mark('Streng vertraulich')}

Mach bitte eine englische Zusammenfassung in fünf Punkten.`),

  rec('incident_fr', f`${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Rapport d'événement indésirable n° URC-2025-017
Renversement d'une poche de cyclophosphamide (1 200 mg) dans l'isolateur 1 le 12/03. Aucun contact cutané, kit de déversement utilisé, zone décontaminée selon la procédure.

Reformule ce rapport pour le comité qualité, ton neutre.`),

  rec('contract_summary_ja', f`以下の要約を英語に翻訳してください。

【${mark('社外秘')}】
ケストレル・タックスフリー社との業務委託契約（2025年度）
・手数料率：還付額の18%から16%に引き下げ
・関西空港の新カウンター設置費用は先方負担
・契約期間：2025年4月1日〜2027年3月31日`),

  rec('analysis_ko', f`${mark('대외비')}
환급 부정 사용 분석 (2025년 1분기)
- 동일 여권으로 5개 이상 매장에서 당일 환급 신청: 214건
- 세관 확인 없이 카드 환급된 금액 합계: €41,870

이 내용을 임원 보고용 슬라이드 세 장 분량으로 정리해 주세요.`),

  rec('policy_zh', f`帮我把这段改写得更正式一点，用于内部培训：

${mark('内部资料 严禁外传')}
提币人工审核规则（第3版）
单笔超过 5 万 USDT、或新地址首次提币超过 1 万 USDT 的，必须由两名审核员复核，并在 30 分钟内完成。`),

  rec('advisory_en', f`${mark('TLP:AMBER+STRICT')}
Boreal Groundlink – Security advisory 2025-04
Since 28 March we have observed intermittent uplink interference at the Punta Arenas station during S-band passes, consistent with deliberate jamming from a ground-based source. Share only within your organisation on a need-to-know basis.

Help me write a short internal FAQ for station operators (no technical indicators).`),

  rec('tender_en_uk', f`Can you tighten up the executive summary of our bid? Header and footer on every page read "${mark('COMMERCIAL IN CONFIDENCE')}".

Executive summary: Yellowline Pupil Transport proposes to operate 46 home-to-school routes for the County Council from September, with 100% of vehicles Euro VI or electric by 2027, CCTV on every bus and a dedicated passenger assistant on all SEN routes. Our price of £2.84m per year is fixed for three years.`),

  rec('report_ru', f`${mark('Для служебного пользования')}
Отчёт о нештатной ситуации на станции приёма «Север-2»
13.03 в 04:12 UTC потеря сопровождения КА на 3 минуты из-за отказа привода по азимуту. Данные сеанса восстановлены частично (87%).

Переведи, пожалуйста, на английский для партнёров, но гриф оставь.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Patrocinio gira 2025

Hola Carmen:

Te adelanto las condiciones del patrocinio con la bodega. ${mark('Este documento es confidencial')} y no debe reenviarse fuera del equipo de dirección: 180.000 € por 40 funciones, naming del espectáculo en España y 600 entradas VIP.

Un abrazo,
Pablo

¿Me lo resumes en tres frases para el consejo?`),

  rec('audit_it', f`${mark('RISERVATO – USO INTERNO')}
Verbale audit interno UFA – 18 febbraio
Non conformità maggiore: registro di pulizia della cappa a flusso laminare incompleto per 6 giorni di gennaio. Azione correttiva: formazione del personale entro il 31 marzo.

Trasforma il verbale in un piano d'azione con responsabili e scadenze.`),

  rec('bid_pl', f`Popraw proszę styl tego fragmentu oferty przetargowej na dowóz uczniów:

${mark('TAJEMNICA PRZEDSIĘBIORSTWA')} – informacje zastrzeżone zgodnie z art. 18 ust. 3 ustawy Pzp
Cena jednostkowa za wozokilometr: 7,48 zł netto. Rezerwa taboru: 4 autobusy, w tym 1 przystosowany do przewozu osób na wózkach.`),

  rec('audit_nl', f`${mark('Strikt vertrouwelijk')}
Bevindingen interne audit – opvolging opnames (Q4)
In 31 dossiers werd een opname boven €25.000 goedgekeurd door één reviewer in plaats van twee. Drie daarvan gingen naar adressen die later op een sanctielijst kwamen.

Maak hier een korte samenvatting van voor de directie.`),

  rec('letter_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Προς: Διεύθυνση Λειτουργιών
Θέμα: Πρόταση αναβάθμισης κεραίας 9 μ. στον σταθμό Κρήτης
Εκτιμώμενο κόστος 1,4 εκ. €, διακοπή λειτουργίας 5 εβδομάδες.

Μπορείς να το μεταφράσεις στα αγγλικά;`),

  rec('hr_tr', f`${mark('GİZLİ – KİŞİYE ÖZEL')}
Konu: Çekim inceleme ekibinde performans değerlendirmesi
İki incelemeci, Şubat ayında onay süresini ortalama 4 saat aştı. Ek eğitim ve vardiya düzenlemesi öneriliyor.

Bunu daha yapıcı bir dille yeniden yazar mısın?`),

  rec('memo_ar', f`${mark('سري للغاية')}
مذكرة داخلية – مكتب استرداد الضريبة بمطار الدوحة
تم رصد موظف يصادق على استمارات دون ختم الجمارك. يُوقف عن العمل مؤقتاً لحين انتهاء التحقيق.

أرجو تلخيص المذكرة في ثلاث نقاط.`),

  rec('circular_hi', f`कृपया इसका अंग्रेज़ी अनुवाद करें:

${mark('गोपनीय – केवल आंतरिक उपयोग हेतु')}
विषय: सर्कस के मुंबई दौरे का बजट
कुल अनुमानित लागत ₹4.2 करोड़; टेंट किराया और सुरक्षा व्यवस्था सबसे बड़े खर्च हैं।`),

  rec('question_en', f`How do I make Word put "${amb('confidential.marking', 'Company Confidential')}" in the footer of every page except the title page? Our pharmacy SOP template needs it from page 2 on.`, 'a marking quoted in a formatting question about a template, not marking this text: ambiguous'),

  rec('email_footer_pt', f`Obrigado, Sofia, envio o contrato assinado amanhã.

--
Rui Carvalho | Kestrel Tax Free Portugal
${amb('confidential.marking', 'Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário.')} Se a recebeu por engano, por favor informe o remetente e apague-a.

→ podes traduzir a minha resposta para inglês?`),
];

/**
 * Held-out batch 21: classification markings in tenders, board papers, SOPs, advisories and
 * e-mails, in several languages; casual uses of the same words stay unlabelled. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH21_CONFIDENTIAL: DraftRecord[] = [
  rec('tender', f`${mark('COMMERCIAL-IN-CONFIDENCE')}

Yarrabee Iron Ore Project – Contract YRB-C-044 Load & Haul
Tender evaluation summary (Rev B)

Preferred tenderer: Redline Earthmoving (score 81.4), $412.6M over 5 yrs, fleet 14x 793F + 3x PC5500.
Runner-up: Pindan Civil (77.9), $398.2M but fleet availability guarantees only 85%.
Recommendation: proceed to BAFO with Redline only.

Can you turn this into a one-page board briefing? Keep the numbers.`),

  rec('letter', f`${mark('STRICTLY PRIVATE AND CONFIDENTIAL')}
Addressee only

Dear Mr and Mrs Hollis,

Re: 7 Ashbourne Mews – notice of intention to sell

Following our meeting on 28 November, we confirm your instruction to market the property from January. Your current tenants' fixed term ends on 31 March; we recommend serving notice only once an offer is agreed.

Could you make this letter warmer but keep the legal bits exact?`),

  rec('memo_es_cl', f`${mark('CONFIDENCIAL')} – USO EXCLUSIVO COMITÉ EJECUTIVO

Minuta: negociación colectiva Sindicato N°1 Faena Sierra Alta
- Petitorio: reajuste 6,5% real + bono término conflicto CLP 4,2 MM.
- Propuesta empresa: 3,1% + bono CLP 2,8 MM.
- Margen autorizado: hasta 4,0% y bono CLP 3,5 MM.

Resume en 5 puntos para el gerente general, en inglés.`),

  rec('doc_de', f`Übersetz bitte ins Englische für die Reederei:

${mark('VERTRAULICH – NUR FÜR DEN INTERNEN GEBRAUCH')}
Terminalstrategie 2025–2027
Wir planen, den Liegeplatz 3 ab Q2 2026 exklusiv an ein Alliance-Konsortium zu vergeben. Die Gespräche mit zwei Reedereien laufen; Preisrahmen 118–126 EUR/Move.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – projet de réorganisation du centre de maintenance de Lyon

Bonjour à tous,

Vous trouverez ci-joint la note de cadrage. Merci de ne pas la transférer avant l'information du CSE prévue le 16 décembre.

Peux-tu me faire un résumé en 3 lignes pour le directeur régional ?`),

  rec('advisory', f`${mark('TLP:AMBER')}

Sector alert – credential phishing targeting exchange treasury staff
Observed: lookalike domains of custody providers, fake "whitelist approval" pages, calls from spoofed bank numbers. Two peer exchanges affected in November.

Help me turn this into a 5-minute awareness talk for our ops team (no indicators in the slides).`),

  rec('sop', f`Please simplify this SOP step for new agents, make it bullet points:

4.3 Handling a caller who refuses verification: politely explain that without verification we cannot discuss the account, offer a callback to the number on file, and log the interaction as "VERIF-REFUSED". Never hint at any account details.

${mark('INTERNAL USE ONLY')} – Client: Northstar Telecom UK – SOP v7.2 – page 14 of 38`),

  rec('doc_ja', f`${mark('社外秘')}
2025年度 上場審査基準の見直し案（取引所上場委員会）
・時価総額要件を5億円から10億円へ引き上げ
・ミームコインの新規上場は原則停止

この内容を英語で要約して、海外チーム向けに共有できる形にしてください。`),

  rec('doc_ko', f`다음 문서 제목과 첫 단락을 영어로 번역해 주세요.

${mark('대외비')}
부산 신항 3부두 운영 효율화 방안 (안)
2025년 1분기부터 야간 작업조를 2개에서 3개로 확대하고, 안벽 크레인 생산성 목표를 시간당 32무브로 상향한다.`),

  rec('doc_zh', f`${mark('机密')} 仅限管理层传阅

2025年华东区货运定价策略
上海—鹿特丹航线计划在二月提价12%，同时对前十大客户提供季度返利。

请把这段翻译成英文，语气正式一些。`),

  rec('email_no', f`Emne: ${mark('KONFIDENSIELT')} – forhandlinger om ny tariffavtale for mannskap

Hei,

Vedlagt er styrenotatet. Ikke videresend før styremøtet 12. desember.

Kan du lage et sammendrag på engelsk til CFO?`),

  rec('doc_fi', f`${mark('LUOTTAMUKSELLINEN')}
Kalustostrategia 2025–2035, luonnos 0.4
Sähkömoottorijunien hankinta: 24 yksikköä, arvioitu kokonaiskustannus 410 M€. Vaihtoehtona vanhojen Sm-yksiköiden peruskorjaus.

Voisitko tehdä tästä englanninkielisen tiivistelmän johtoryhmälle?`),

  rec('email_it', f`Oggetto: Offerta fornitura traversine 2025

Buongiorno,
la presente comunicazione è ${mark('strettamente riservata')} e destinata esclusivamente all'ufficio acquisti. Il prezzo unitario offerto è di € 61,40 per traversina, validità 90 giorni.

Mi aiuti a rispondere chiedendo uno sconto del 4% per volumi superiori a 40.000 pezzi?`),

  rec('minutes', f`Board minutes – Korvex Exchange Ltd – 3 December
This document is ${mark('strictly confidential')} and must not be forwarded.

1. Licence application (MiCA, Ireland): legal counsel expects decision in Q2.
2. Proof-of-reserves auditor: switch from current firm approved.
3. Confidentiality agreement template for market makers: legal to circulate draft.

Can you summarise the decisions only?`, 'the inline statement is the marking; "Confidentiality agreement template" is a casual use and stays unlabelled'),

  rec('report_af', f`${mark('VERTROULIK')}
Skag-2 veiligheidsondersoek – voorlopige bevindinge
Die wenas se noodrem het 0,8 s later as die spesifikasie aangeskakel. Die kontrakteur se onderhoudsrekords vir Oktober ontbreek.

Vertaal asseblief na Engels vir die hoofkantoor in Perth.`),

  rec('chat', f`Our QA team keeps writing "confidential" on every calibration sheet even when it's just call scores and no client data. Can you draft a short guideline on when a document actually needs a marking and when it doesn't? We're confident the client doesn't require it on internal scorecards.`, 'casual uses only: no marking in the text'),

  rec('email', f`Subject: ${mark('RESTRICTED')} – signalling renewal, Northern line section

Team,

The interlocking renewal between Km 112 and Km 147 slips to the 2026 blockade because of the supplier's type-approval delay. Attached is the revised possession plan.

Regards,
Signalling Projects

${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.')}

Could you rewrite the first paragraph for a public-facing project update (no dates)?`),
];


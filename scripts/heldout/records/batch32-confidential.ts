/**
 * Held-out batch 32: classification markings in memos, board papers, advisories and e-mails
 * (English, Italian, Spanish, Japanese, Turkish, Polish, Swahili), inline statements, and
 * ambiguous disclaimers and quoted markings. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH32_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('COMPANY CONFIDENTIAL')}

To: UK Service Leadership
From: Commercial Director
Subject: 2025/26 service contract pricing

From 1 April we uplift Gold contracts by 6.5% and Silver by 4%. NHS framework customers are capped at 3.9% under the current lot. Parts-inclusive contracts for analysers older than 8 years will no longer be offered on renewal; offer Silver + parts discount instead.

Can you turn this into talking points for the engineers, without the percentages?`),

  rec('doc_it', f`Riassumi in 5 punti per il CdA, in inglese:

${mark('STRETTAMENTE RISERVATO')} – Verbale Comitato Strategico del 6 marzo 2025

1. Gara ADM per la nuova concessione del gioco a distanza: si conferma la partecipazione; budget massimo per l'offerta economica deliberato in 42 M€.
2. Rete fisica: chiusura di 180 punti vendita a basso rendimento entro dicembre.
3. Nuovo terminale LV-T6: pilota in Puglia da giugno.`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')} – AML review, retailer cluster Campania

Team,

Compliance has flagged unusual high-value redemption patterns at a cluster of six retailers in the Caserta area (Feb–Mar). Do not discuss with the retailers or area managers until Legal has reviewed. Next step is a file review on 20 March.

Marta

→ please turn into a short agenda for the 20 March meeting.`),

  rec('memo', f`${mark('CONFIDENTIAL – PERSONNEL MATTER')}
Board of Directors, Crestview Academies — Executive Session materials, March 18, 2025

Item 2: Proposed non-renewal of the Round Rock campus principal's contract for 2025-26, following the mid-year evaluation. The Superintendent recommends non-renewal with a transition period through June 30.

Help me write the public agenda line for this item so it complies with the Open Meetings Act without revealing details.`),

  rec('form_header', f`Can you make a Word template with this header on every page?

${mark('CONFIDENTIAL STUDENT RECORD')} — protected under FERPA (20 U.S.C. § 1232g)
Crestview Academies · Special Programs · Section 504 Plan
Do not copy or release without written consent of the parent/guardian or eligible student.`),

  rec('doc_es', f`Traduce al inglés este aviso que va al principio de la lista de precios para Japón:

${mark('CONFIDENCIAL')} — Uso exclusivo del destinatario
Lista de precios FOB Vigo, temporada 2025
Merluza congelada a bordo HGT 1–2 kg: 5,85 €/kg
Pota (calamar gigante) tubos limpios: 3,40 €/kg
Validez: hasta el 30 de abril de 2025.`),

  rec('doc_ja', f`次の資料の要点を英語で3行にまとめてください。

${mark('社外秘')}
2025年度 輸入計画（ペラギア社キハダマグロ）
・年間数量：前年比＋15％（約420トン）
・価格交渉：4月商談でFOB単価の据え置きを要請
・代替調達先：インドネシア2社を並行検討中`),

  rec('doc_ja', f`この文書の見出しの「${amb('confidential.marking', '極秘')}」は英語で何と訳すのが適切ですか？ "Top Secret" だと大げさな気がします。社内の価格交渉メモに付いている表示です。`, 'the marking quoted in a translation question, not marking this text: ambiguous'),

  rec('doc_tr', f`Aşağıdaki notu İngilizce özetler misin? İspanya'daki yönetime gidecek.

${mark('GİZLİDİR')} — Sadece yönetim kurulu üyeleri içindir
Boğaziçi Gıda ile 2025 distribütörlük sözleşmesi müzakereleri: karşı taraf münhasırlık talep ediyor, biz yalnızca Marmara bölgesi için münhasırlık önermeyi düşünüyoruz. Minimum alım taahhüdü 600 ton.`),

  rec('email', f`Shorten this for Slack, keep the warning:

Hi all — attached is the partner bank's revised term sheet for the earned-wage-access pilot. ${mark('Confidential – do not forward')} outside the deal team; the bank has not announced the program and the pricing is still under negotiation.

Thanks, Priya`),

  rec('doc_pl', f`Przetłumacz na angielski, to idzie do CISO:

${mark('POUFNE')} — tylko dla zespołu bezpieczeństwa
Wyniki testu penetracyjnego aplikacji mobilnej (marzec 2025): 2 podatności wysokie (obejście pinningu certyfikatów, brak limitu prób PIN w API), 5 średnich. Poprawki planowane w wersji 4.12.`),

  rec('advisory', f`${mark('TLP:AMBER')}
WaterISAC — Advisory 2025-03-07
Threat actors continue to target internet-exposed HMIs at small and medium water systems, using default credentials on remote access tools. Recipients may share with their organization and clients on a need-to-know basis.

Turn this into a short checklist our SCADA contractor can run through this week.`),

  rec('report', f`Need an executive summary (half a page) from this section:

${mark('CONFIDENTIAL – CRITICAL INFRASTRUCTURE INFORMATION')}
Millbrook Water & Sewer Authority — Risk and Resilience Assessment (AWIA §1433), Section 4
The highest-risk asset/threat pair is the loss of the Route 9 raw-water main combined with a single-source power failure at the treatment plant. Backup generation covers 60% of plant load for 36 hours.`),

  rec('chat_sw', f`Nisaidie kuandika barua hii kwa English rasmi:

"${mark('Taarifa hii ni ya siri')} na imekusudiwa kwa meneja wa kiwanda pekee. Kuanzia Aprili, zamu ya usiku itapunguzwa kutoka watu 40 hadi 28 kwa sababu ya upungufu wa samaki. Wafanyakazi wataarifiwa tarehe 25 Machi."`),

  rec('letter', f`Proofread please:

${mark('PRIVATE & CONFIDENTIAL')} — Addressee only

Dear Tariq,

Following our meeting on 10 March, I confirm that your request to move to a four-day compressed week from 1 May has been approved for a trial period of six months.

Kind regards,
Helen Armitage, Service Operations Manager`),

  rec('email', f`Can you make this intro warmer? Board member is new.

Dear Mr. Delgado,

Welcome to the Crestview Finance Committee. ${mark('The attached budget draft is confidential')} until the Board votes on it on April 15; please do not share it with campus staff.

Best regards,
Angela`),

  rec('email_footer', f`Thanks, I'll send the updated service report tomorrow.

Regards,
Faith Achieng | Field Service Engineer | Kestrel Lab Systems Kenya Ltd

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed.')} If you have received this email in error please notify the sender.`),

  rec('chat_es_mx', f`¿Cómo pongo en Google Docs un pie de página que diga "${amb('confidential.marking', 'Información Confidencial')}" en todas las páginas menos la portada? Es para los reportes de conciliación que mandamos al banco patrocinador.`, 'marking quoted in a formatting question: ambiguous'),
];

/** Held-out batch 44: classification markings in memos, minutes, reports and e-mails, in the setting's languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH44_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — BOARD OF DIRECTORS ONLY

Subject: Proposed amalgamation with Caisse des Deux-Rives

Management recommends entering exclusive talks. Combined assets would reach 2.1 bn CAD; branch overlap in Gatineau (3 of 5). Member vote would be required by spring 2025.

Can you turn this into a one-page briefing for the directors, same tone?`),

  rec('doc_de', f`${mark('VERTRAULICH')} – nur für den internen Gebrauch

Tarifentwurf 2025 – Containerterminal Altenwerder
Umschlagsentgelt 40' voll: +4,5 %, Lagergeld ab Tag 6: +12 %.
Großkunden-Rabatte werden einzeln verhandelt.

Bitte fasse das auf Englisch in drei Stichpunkten für den Vorstand zusammen.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} — rachat du catalogue Éditions Lumière

Bonjour à tous,

Comme évoqué, l'offre indicative pour le catalogue (env. 1 400 œuvres) se situe entre 2,8 et 3,2 M€. Merci de ne pas transférer ce message en dehors du comité.

Marc

→ peux-tu résumer ça en anglais pour nos associés à Buenos Aires ?`),

  rec('doc_es_ar', f`${mark('CONFIDENCIAL')} — NO DIFUNDIR
Propuesta de renovación de contrato: Lucía Brandt
Adelanto propuesto: USD 45.000 por dos álbumes, regalías 22 % sobre neto.
La contraoferta del manager pedía 26 %.

¿Me ayudás a preparar los argumentos para la reunión del jueves?`),

  rec('doc_pt_br', f`Traduza para o inglês, por favor:

${mark('CONFIDENCIAL')} – uso interno
Plano de lançamentos 2025 – escritório São Paulo
Três álbuns, sendo um de artista ainda não anunciado (codinome "Maré").`),

  rec('doc_it', f`${mark('RISERVATO')}
Trattativa locazione nuovo spazio — Milano Porta Romana
Canone richiesto: 38 €/mq/anno, 1.900 mq; obiettivo 33 €. Uscita anticipata dopo 6 anni.

Riassumi in inglese per il CFO, massimo cinque righe.`),

  rec('doc_da', f`${mark('FORTROLIGT')}
Referat – ledermøde Hive Cowork København, 3. oktober
1. Lukning af Vesterbro-lokationen pr. 31. marts drøftet.
2. Prisstigning på faste pladser: +6 % fra januar.

Lav en kort opsummering til community managers uden punkt 1.`),

  rec('doc_no', f`Gradering: ${mark('KONFIDENSIELT')}
Oppkjøp av skogeiendom – Engerdal
Tilbudt pris: 48 MNOK for 3 200 dekar produktiv skog. Selger ønsker svar innen 1. desember.

Kan du lage en risikovurdering på engelsk i tre punkter?`),

  rec('doc_sk', f`${mark('DÔVERNÉ')}
Výsledky interného auditu FSC – prevádzka Zvolen
Zistená závažná nezhoda: chýbajúca dokumentácia pôvodu dreva pre 2 dodávky.

Prelož do angličtiny pre certifikačný orgán.`),

  rec('doc_bg', f`${mark('ПОВЕРИТЕЛНО')}
Преговори с корабната линия за нов договор, терминал Варна-Запад
Предложена цена на ход: 118 EUR; минимален обем 40 000 TEU годишно.

Моля, обобщи на английски в три точки.`),

  rec('doc_ru', f`Гриф: ${mark('Для служебного пользования')}
Отчёт о простое крана STS-07 за сентябрь: 41 час, из них 29 — ожидание запчастей от поставщика.

Сделай, пожалуйста, краткое резюме на английском для руководства.`),

  rec('doc_zh_tw', f`${mark('機密')}
信義館 2025 年租金調整方案（${amb('confidential.marking', '僅限管理層')}）
固定座位由每月 NT$9,800 調整為 NT$10,500；會議室時租不變。

請幫我翻譯成英文並整理成三個重點。`, 'the bracketed 僅限管理層 (management only) made ambiguous in session 18: a label fix'),

  rec('report', f`Classification: ${mark('OFFICIAL-SENSITIVE')}
Serious incident review — delayed escalation, Ward 6, 14 September
Summary: early warning score of 7 was not escalated for 90 minutes due to handover overlap.

Rewrite the summary for the family liaison letter, plain English, no blame language.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Indicators from the ransomware incident at a Baltic port operator last week: initial access via an exposed remote-support tool on a crane maintenance laptop.

Can you help me write three detection ideas for our OT network, generic, no indicators?`),

  rec('email', f`Hi Tom,

Attached is the draft research governance report. ${mark('This report is confidential')} and is shared with the Trust's R&D committee only until the sponsor has reviewed it.

Thanks,
Dr Priya Nair

→ make this cover note a bit more formal please`),

  rec('email_footer', f`Thanks, I'll send the updated split sheet on Monday.

--
Marea Alta Discos S.R.L. · Buenos Aires · Madrid
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please delete it.`, 'e-mail confidentiality disclaimer: ambiguous by convention'),
];

/**
 * Held-out batch 18: classification markings in memos, e-mails, slides, board papers and advisories
 * from an insurer, a bank, a university, a utility, a law firm and an agency — several languages.
 * Hand-written, not measured yet.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH18_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} — nur für den Vorstand

Betreff: Rückversicherungsprogramm 2026, Erneuerung Naturgefahren-XL

Die Kapazität im Layer 150 Mio. xs 50 Mio. ist nach den Hagelereignissen 2024 deutlich teurer geworden (+18 % Rate-on-Line). Wir empfehlen, die Priorität auf 60 Mio. anzuheben und einen Aggregate-Cover für Frequenzschäden zu prüfen.

Bitte fasse das in drei Stichpunkten für die Vorstandssitzung zusammen.`),

  rec('email_fr_ch', f`Objet : ${mark('CONFIDENTIEL')} – Projet Léman – intégration des activités de crédit hypothécaire

Chères et chers collègues,

Comme annoncé hier, la direction étudie la reprise du portefeuille hypothécaire d'une banque cantonale voisine (env. CHF 2,1 mia). Aucune information ne doit sortir du cercle des destinataires avant la décision du conseil d'administration du 27 mars.

Peux-tu reformuler ce message de façon plus neutre pour une FAQ interne ?`),

  rec('memo_nl', f`${mark('VERTROUWELIJK')} — ${mark('PRIVILEGED')}

Memo aan: sectie Arbeidsrecht
Van: mr. drs. E. Claes
Betreft: strategie ontslagzaak Peeters / Brouwerij Vandenbroucke

Op basis van de stukken achten wij de kans reëel dat de arbeidsrechtbank de dringende reden niet aanvaardt. Voorstel: schikking aanbieden ten belope van 9 maanden loon.

Kun je dit samenvatten in vijf zinnen voor de cliënt (zonder de schikkingsmarge)?`),

  rec('board_it', f`${mark('RISERVATO E CONFIDENZIALE')}
Comitato Rischi — seduta del 19 febbraio 2025
Punto 4: esposizioni verso il settore immobiliare commerciale

L'incidenza dei crediti deteriorati nel comparto CRE è salita al 7,4 %. Si propone un accantonamento aggiuntivo di 12 milioni e la revisione dei limiti per controparte.

Mi servono tre slide da questo punto, tono sobrio.`),

  rec('advisory', f`${mark('TLP:AMBER+STRICT')}

OT-CERT Sector Advisory 2025-007 — Energy distribution

Exploitation attempts observed against internet-exposed engineering workstations running outdated remote-access software at two DSOs. Indicators attached separately. Recipients may share within their organisation only.

Summarise this for the control-room shift leads: what do they need to check tonight?`),

  rec('letter_law', f`${mark('ATTORNEY WORK PRODUCT — PRIVILEGED AND CONFIDENTIAL')}

Draft — cross-examination outline, witness J. Abernathy (former CFO)

1. Timeline of the Q3 2023 revenue restatement
2. Board minutes of 12 October 2023 — who raised the auditor's concerns?
3. Emails with the controller re: "bill-and-hold" arrangements

Suggest follow-up questions for point 2.`),

  rec('slide_footer', f`Slide 7 — Research income by faculty, 2022–2024
Engineering £14.2m (+9%) · Medicine £21.8m (+3%) · Humanities £2.1m (−12%)
Decision needed: bridge funding for the two humanities centres losing ERC grants

${mark('INTERNAL USE ONLY')} – University Executive Board – not for circulation

make the speaker notes for this slide, 60 seconds`),

  rec('pitch', f`${mark('CLIENT CONFIDENTIAL')} — EMBARGOED UNTIL 10 MARCH 2025

Launch concept "Mehr Strom, weniger Sorgen" for Stadtwerke Nordheide
- Hero film: 45s, family in a passive house, heat pump as the quiet hero
- Paid social: 6 weeks, focus 30–55, regional
- Budget: €380k media, €120k production

Rewrite the headline in three alternative tones.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} — reestructuración del área de siniestros Bogotá

Equipo directivo:

Les comparto la propuesta de fusionar los equipos de autos y hogar en una sola célula de atención desde abril. Impacto estimado: 11 cargos. Por favor no reenviar.

¿Me ayudas a preparar los puntos para la reunión con el sindicato?`),

  rec('report_cs', f`${mark('DŮVĚRNÉ')} – pouze pro interní potřebu

Zpráva o výpadku distribuční sítě 8. 2. 2025, oblast Jihlava
Příčina: porucha vypínače v rozvodně R110/22 kV, nesprávné nastavení ochrany po revizi.
Zasaženo: 23 400 odběrných míst, 2 h 40 min.

Přelož prosím shrnutí do angličtiny pro skupinové vedení.`),

  rec('plan_ko', f`${mark('대외비')}

2025년 2분기 신규 캠페인 기획안 (클라이언트: 한빛은행)
- 타깃: 20~30대 사회초년생
- 핵심 메시지: "첫 월급, 첫 적금"
- 예산: 4억 2천만 원

이 기획안을 영어로 요약해 주세요. 해외 본사에 보고해야 합니다.`),

  rec('notice_zh', f`${mark('内部资料 注意保密')}

关于2025年度招生计划调整的说明（草稿）
各学院：根据教育厅通知，我校本科招生计划拟缩减3%，主要涉及部分专业。具体名单待校长办公会审议后发布。

请帮我把这段话改写得更简洁正式。`),

  rec('email_hu', f`Tárgy: ${mark('BIZALMAS')} – kártérítési tartalék felülvizsgálat

Kedves Kollégák!

A 2024-es lakásbiztosítási tartalékot a független aktuárius 6 %-kal alulbecsültnek ítélte. A könyvvizsgálói egyeztetés március 5-én lesz.

Kérlek, fogalmazd át a levelet angolra a csoportszintű pénzügyi igazgatónak.`),

  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}

Hallituksen kokous 3/2025 — liite 5
Aihe: Sähkönjakelun tariffikorotus 1.6.2025 alkaen, keskimäärin +9,8 %.
Energiavirasto on ennakkoneuvottelussa pitänyt korotusta kohtuullisena.

Tiivistä tämä kolmeen lauseeseen asiakastiedotteen pohjaksi.`),

  rec('email_el', f`Θέμα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} — πρόταση εξαγοράς χαρτοφυλακίου ασφαλίσεων ζωής

Συνάδελφοι,

επισυνάπτεται η δεσμευτική προσφορά για το χαρτοφυλάκιο ζωής (περίπου 48.000 συμβόλαια). Παρακαλώ μην την προωθήσετε εκτός της ομάδας έργου.

Μπορείς να μου κάνεις μια περίληψη στα αγγλικά;`),

  rec('email_uk', f`Subject: Reserve strengthening — Q4 motor book

Team,

This note is ${mark('strictly confidential')} until the results announcement on 6 March. Our actuarial review indicates a £31m strengthening on the 2022–2023 accident years, mostly bodily-injury inflation.

Regards,
Chief Actuary

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}

can you turn this into a short holding statement for the press office?`, 'the inline statement marks the note; the trailing disclaimer is ambiguous'),

  rec('gov_uk', f`${mark('OFFICIAL-SENSITIVE: COMMERCIAL')}

Proposal: Smart-grid pilot in partnership with the Department's innovation fund — pricing schedule and subcontractor margins (Annex C).

Please check the grammar of the executive summary, keep the marking as it is.`),
];

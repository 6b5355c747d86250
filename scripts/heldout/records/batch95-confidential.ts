/**
 * Held-out batch 95: memos, minutes and mails carrying classification markings (headers, footers,
 * inline statements) from the batch's six organisations, in several languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH95_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} — Board of Directors only
Subject: Proposed acquisition of Harbour Towage (Newcastle) Pty Ltd
Indicative price: AUD 41–44 m, subject to fleet survey of 6 tugs (2 ASD, 4 conventional).
Synergies: shared crew pool, single dispatch, retire 2 oldest tugs by 2028.
Please summarise this in five bullet points for the chair's briefing.`),

  rec('minutes_de', f`Protokoll QS-Lenkungskreis, 14.05.
Einstufung: ${v('confidential.marking', 'VERTRAULICH')}
1. Listeria-Befund Linie 2 (Umweltprobe Abfluss, kein Produktkontakt) – Reinigungsplan verschärft.
2. Rückruf nicht erforderlich laut Behörde; Kommunikation an Key Accounts vorbereiten.
3. Audit IFS am 02.07.
Kannst du daraus eine kurze Info für die Schichtleiter machen, ohne Kundennamen?`),

  rec('tlp_report', f`${v('confidential.marking', 'TLP:AMBER')}
Trust & Safety threat brief — week 22
A coordinated ring created 37 medical-fundraiser campaigns using AI-generated hospital invoices; 29 share the same payout device fingerprint. Estimated exposure € 182k. Shared with two peer platforms under ${v('confidential.marking', 'TLP:AMBER')}.
Rewrite this as a one-paragraph summary for the executive team.`),

  rec('mail_fr', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – Sélection officielle (ne pas diffuser avant le 18 avril)
Bonjour à tous,
Voici la liste provisoire des 21 films en compétition. Merci de ne la transmettre à personne en dehors du comité.
Pouvez-vous m'aider à formuler un message d'embargo pour les agents de vente ?`),

  rec('memo_es', f`${v('confidential.marking', 'DOCUMENTO CONFIDENCIAL')} — Uso exclusivo del Comité de Juego Responsable
Propuesta: limitar la venta de rasca y gana a 20 € por transacción en agencias con alta incidencia de juego problemático (piloto en 40 puntos de venta).
Necesito un resumen de una página para la junta.`),

  rec('inline_en', f`Hi, can you help me shorten this paragraph for the pharmacists' newsletter? Note: this memo is ${v('confidential.marking', 'strictly confidential')} until the price negotiation with the wholesaler is closed.
"From September, all sterile compounding will move to the central lab in Parramatta; the three branch clean rooms will close."`),

  rec('footer_it', f`Riassumi questo verbale in tre punti:
Riunione direzione farmacie – 3 giugno
- Nuovo laboratorio galenico: avvio lavori a settembre, budget 380.000 €
- Chiusura punto vendita Corso Vercelli entro fine anno
- Revisione turni notturni
---
${v('confidential.marking', 'RISERVATO')} – documento ad uso interno`),

  rec('header_ja', f`以下の社内文書を英語に翻訳してください。
【${v('confidential.marking', '社外秘')}】
宝くじ販売店向け新端末の導入スケジュール（案）
第1期：2026年10月 関東300店
第2期：2027年1月 関西250店`),

  rec('mail_nl_disclaimer', f`Kun je deze mail korter maken?

Beste collega's,
De nieuwe tarieven voor sleepdiensten in de haven van Antwerpen gaan in op 1 januari. Het document is ${v('confidential.marking', 'VERTROUWELIJK')} tot de publicatie door de havenautoriteit.
Groeten, Koen

${amb('confidential.marking', 'Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.')}`),

  rec('pt_br_internal', f`${v('confidential.marking', 'USO INTERNO')} — Não compartilhar fora do time de Trust & Safety
Novas regras de revisão manual: campanhas acima de R$ 50 mil com menos de 7 dias de conta exigem videochamada com o organizador.
Pode transformar isso num fluxograma em texto?`),

  rec('pl_header', f`${v('confidential.marking', 'POUFNE')} — wyłącznie dla działu zgodności
Lista punktów sprzedaży z podejrzeniem prania pieniędzy przez odkupywanie wygranych losów: 14 kiosków w woj. śląskim, łączna kwota wypłat 612 tys. zł w II kwartale.
Zrób z tego krótką notatkę dla zarządu, bez nazw kiosków.`),

  rec('sv_minutes', f`Mötesanteckningar – lotsledningen, 9 oktober
Klassning: ${v('confidential.marking', 'KONFIDENTIELLT')}
• Två lotsar sjukskrivna, helgberedskap täcks av Marstrand
• Förhandling med rederiet om fast pris per anlöp – 3 % höjning begärd
Skriv om detta till ett kort mejl till personalen utan prisuppgifterna.`),

  rec('en_ph_mail', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')}: Q3 jackpot liability forecast
Hi team, attached is the forecast for the PCSO-style jackpot pool. Please don't forward yet. Can you turn the table below into a chart description for the slide?
Draw | Est. sales (PHP m) | Rollover
Jul 05 | 412 | yes
Jul 12 | 498 | yes
Jul 19 | 655 | no`),

  rec('el_memo', f`${v('confidential.marking', 'ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Προς: Διεύθυνση Φεστιβάλ
Θέμα: Αμοιβές μελών κριτικής επιτροπής 2026
Παρακαλώ συνόψισε σε δύο προτάσεις για τον προϋπολογισμό.`),

  rec('ko_inline', f`이 문서는 ${v('confidential.marking', '대외비')}입니다. 제빵 공장 신제품(저당 식빵) 레시피 변경 내용을 요약해 주세요: 설탕 40% 감량, 알룰로스 대체, 굽는 시간 2분 연장. 문의: 품질팀 ${phone('02-3482-7715', 'KR')}`),
];

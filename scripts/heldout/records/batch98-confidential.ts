/**
 * Held-out batch 98: documents carrying classification markings (headers, footers, inline
 * statements) from the six settings, in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH98_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} — GROUND HANDLING MANAGEMENT ONLY

Subject: Proposed restructuring of the baggage services desk, Terminal 2

Following the loss of the Northwind Airways contract in May, we expect baggage volumes at T2 to fall by roughly 30%. Options under discussion:
1. Merge the T2 lost-baggage desk into T3 and keep one 24h counter.
2. Move two tracers to the central WorldTracer team; redeploy the rest to ramp.
3. Outsource delivery of delayed bags to a courier on a per-bag rate.

No decision has been taken. Do not discuss with staff or union representatives before the 12 June board.

Please rewrite this as a neutral one-page briefing for the board.`),

  rec('mail_de', f`Betreff: ${v('confidential.marking', 'VERTRAULICH')} – Preisanpassung Impfstoffe Q3

Liebe Kolleginnen und Kollegen im Außendienst,

ab dem 1. Juli erhöhen wir die Listenpreise für Rinder- und Schweineimpfstoffe um durchschnittlich 6,5 %. Großkunden mit Rahmenvertrag behalten ihre Konditionen bis Jahresende. Bitte kommuniziert die Erhöhung erst nach dem 15. Juni.

Kannst du daraus eine kurze Version für die Tierarztpraxen machen, ohne die internen Details?`),

  rec('report_fr', f`${v('confidential.marking', 'DIFFUSION RESTREINTE')}

Rapport d'audit interne — agence de microfinance de Douala-Bonabéri
Période : janvier–mars 2025

Constats principaux :
- 14 dossiers de crédit sans visite terrain documentée ;
- écart de caisse de 312 000 FCFA non justifié au 28/02 ;
- deux agents de crédit ont validé leurs propres décaissements.

Peux-tu résumer ce rapport en 5 points pour le comité de direction ?`),

  rec('grant_es', f`${v('confidential.marking', 'CONFIDENCIAL')} — Documento de evaluación interna

Convocatoria: Proyectos de Generación de Conocimiento 2025
Solicitud: PID2025-114829-OB
Evaluador 2: puntuación 72/100
Comentario: "La hipótesis es sólida pero el plan de trabajo subestima el tiempo de reclutamiento de explotaciones ganaderas."

Ayúdame a redactar la respuesta a la evaluación para la fase de alegaciones, sin revelar quién es el evaluador.`),

  rec('noc_postmortem', f`${v('confidential.marking', 'TLP:AMBER')}

Post-incident review — Hall B cooling failure, 14 March 2025
Impact: 22 customer racks above 32 °C inlet for 41 minutes; two customers (one bank, one broadcaster) had thermal shutdowns.
Root cause: chiller 2 controller firmware bug after vendor patch; failover to chiller 3 did not trigger because the BMS point was mapped to the wrong sensor.
Actions: vendor to supply fixed firmware by 30 April; BMS mapping audit across all halls.

Write a customer-facing summary from this without naming the affected customers.`),

  rec('salon_it', f`Bozza piano di espansione 2026 — ${v('confidential.marking', 'RISERVATO')}

Apertura di 4 nuovi saloni (Bergamo, Verona, Padova, Trento), investimento stimato 1,8 M€. Trattativa in corso per l'acquisizione della catena "Capelli d'Oro" (11 punti vendita) — nome in codice "Progetto Ciocca".

Puoi trasformarlo in una slide di sintesi per il consiglio?`),

  rec('mail_nl', f`Onderwerp: Overname koelopslag Tilburg

Collega's, deze informatie is ${v('confidential.marking', 'strikt vertrouwelijk')}: we zijn in gesprek om de koelopslag van een concurrent in Tilburg over te nemen. Due diligence loopt tot eind juni. Deel dit niet met klanten of leveranciers.

Kun je een korte agenda maken voor het overleg van donderdag?`),

  rec('pl_memo', f`${v('confidential.marking', 'ŚCIŚLE TAJNE')} — tylko dla zarządu

Notatka w sprawie naruszenia: laptop doradcy terenowego z danymi 380 klientów skradziony 3 kwietnia w Zamościu. Dysk nie był szyfrowany. Zgłoszenie do UODO w ciągu 72 godzin.

Przygotuj proszę projekt zawiadomienia klientów.`),

  rec('sv_report', f`${v('confidential.marking', 'KONFIDENTIELLT')}

Intern granskning: forskningsanslag 2021–2024, Institutionen för biomedicin och veterinär folkhälsa
Avvikelser: 3 projekt har debiterat utrustning efter projekttidens slut; 1 projekt saknar tidredovisning för doktorand.

Sammanfatta granskningen i ett kort mejl till prefekten.`),

  rec('ja_memo', f`【${v('confidential.marking', '社外秘')}】
件名：羽田第2ターミナル 手荷物取扱システム更新計画
2026年3月までに仕分けラインを全面更新予定。入札参加企業：3社（社名は非公開）。予算上限：18億円。

この内容を部内向けの簡単な説明文にしてください。`),

  rec('pt_ao', f`${v('confidential.marking', 'CONFIDENCIAL')} — USO INTERNO

Relatório mensal de carteira em risco, agência do Lubango:
PAR30: 11,4 % (meta 5 %)
Principais causas: seca na região, atraso nos pagamentos do programa agrícola do governo.

Por favor, redija um e-mail ao director regional com propostas de reestruturação dos créditos agrícolas.`),

  rec('ko_noc', f`[${v('confidential.marking', '대외비')}] 2분기 고객 이탈 위험 분석
- 상위 고객 3곳이 계약 갱신 보류 중 (전력 단가 인상 영향)
- 경쟁사 할인 제안: 랙당 월 15% 인하

위 내용을 영업팀 회의용 요약으로 만들어 주세요.`),

  rec('footer_en', f`Hi, I need this grant progress letter shortened to fit on one page.

Dear Dr. Mensah,
Thank you for the interim report on project GCRF-VET-0192. The panel was pleased with the vaccination coverage data from the Volta region but asks for clarification on the budget reallocation from travel to consumables...

—
${v('confidential.marking', 'Confidential')}: prepared for the funder's review panel only. Not for onward distribution.`),

  rec('tr_memo', f`${v('confidential.marking', 'GİZLİDİR')}

Konu: Sabiha Gökçen yer hizmetleri ihalesi teklif stratejisi
Hedef fiyat: rakiplerin %4 altında. Personel maliyeti hesaplamaları ekte.

Bunu yönetim kurulu için kısa bir özete çevirebilir misin?`),

  rec('mail_en_disclaimer', f`Subject: Rack move window — Hall A, row 7

Hi team, the customer confirmed the move window: Saturday 02:00–06:00. Cross-connects to be re-patched by the NOC; remote hands from 01:30.

This memo is ${v('confidential.marking', 'confidential')} and intended for the operations team only.

--
${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.')}

Could you turn this into a checklist?`),
];

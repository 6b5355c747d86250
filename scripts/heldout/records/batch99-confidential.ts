/** Held-out batch 99: documents with classification markings (headers, footers, inline statements) in several languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH99_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} — CLAIMS COMMITTEE ONLY

Re: MV Orient Pearl — collision, Singapore Strait
The club's exposure is currently reserved at USD 4.2m. Counsel advises a settlement range of 2.8–3.1m. The member has not yet been informed of the committee's view on the pilot's contributory fault.

Please summarise this for the board pack in five bullet points.`),

  rec('memo_de', f`${v('confidential.marking', 'VERTRAULICH')} – nur für die Geschäftsleitung

Betreff: Überschreitung AOX-Grenzwert, Abwasser PM2, Woche 9
Die Messungen vom 26.02. zeigen 0,48 mg/l bei einem Grenzwert von 0,25 mg/l. Die Behörde wurde noch nicht informiert. Wir schlagen vor, die Meldung nach Rücksprache mit dem Anwalt bis Freitag abzugeben.

Bitte formuliere daraus eine sachliche Meldung an das Landratsamt.`),

  rec('email_fr', f`Objet : [${v('confidential.marking', 'CONFIDENTIEL')}] Résultats préliminaires – enquête emploi T1

Bonjour à tous,
Les chiffres ci-dessous sont sous embargo jusqu'au 15 mai, 8 h 45. Taux de chômage estimé : 7,4 % (±0,3). Ne pas diffuser.

Peux-tu m'aider à rédiger le communiqué de presse pour le jour de publication ?`),

  rec('slide_notes', f`Speaker notes for tomorrow's sponsor meeting (esports):
Slide 4 — ${v('confidential.marking', 'Confidential – Do Not Distribute')}
New title sponsor deal: 3 years, €1.9m/yr, exclusivity in energy-drink category, announcement at Finals.
Slide 5 — prize pool increase to €600k.
Can you rewrite slide 4 so it sounds less salesy?`),

  rec('report_es', f`INFORME ${v('confidential.marking', 'CONFIDENCIAL')}
Biobanco – Incidencia en congelador F-12
El 3 de marzo la temperatura subió a -52 °C durante 6 horas. 214 alícuotas de plasma del estudio COHORT-MX podrían estar comprometidas. El investigador principal aún no ha sido notificado.
Redacta una notificación para el comité de ética.`),

  rec('email_en_in', f`Subject: ${v('confidential.marking', 'RESTRICTED')} - Field supervisors' performance review Q4

Dear team, please find the district-wise non-response figures below. This document is restricted to regional heads; do not forward to enumerators.
Varanasi 18.2%, Gorakhpur 21.7%, Prayagraj 12.9%
Kindly help me write a motivating note to the supervisors in the districts above 15% without naming them publicly.`),

  rec('tlp_note', f`${v('confidential.marking', 'TLP:AMBER')}
Incident summary — phishing wave targeting driving-school franchisees
Since 10 Feb, franchisees received fake "DVSA payment failed" e-mails linking to a look-alike domain. Three clicked; one entered card details.
Share with franchise IT contacts only. Please turn this into a short warning for them.`),

  rec('memo_nl', f`${v('confidential.marking', 'STRIKT VERTROUWELIJK')}
Aan: Raad van Bestuur UMC
Onderwerp: Datalek biobank – pseudonimiseringssleutel
Op 4 april is een Excel-bestand met de koppeltabel naar een externe onderzoeker gestuurd. Het bestand is inmiddels verwijderd. Melding bij de AP wordt voorbereid.
Graag een samenvatting van maximaal 150 woorden.`),

  rec('email_pt', f`Assunto: Proposta de acordo – sinistro MV Zambeze Star

Caro colega,
${v('confidential.marking', 'este email é estritamente confidencial')} e destina-se apenas ao gestor do sinistro. O armador aceita USD 180 000 em troca de renúncia total. A nossa reserva é de USD 260 000.
Ajude-me a responder, sem revelar a reserva.`),

  rec('doc_footer', f`Wochenbericht Fahrschulen Region Ost – KW 11
Durchfallquote praktische Prüfung: Leipzig 38 %, Dresden 41 %, Chemnitz 29 %.
Fahrlehrer K. mit auffällig hoher Quote wird nächste Woche begleitet.

— ${v('confidential.marking', 'Nur für den internen Gebrauch')} —

Kannst du daraus drei Handlungsempfehlungen ableiten?`),

  rec('email_ja', f`件名：【${v('confidential.marking', '社外秘')}】大会スポンサー契約条件について
各位
来季のメインスポンサー契約条件（年間 1.2 億円、3 年）を共有します。発表までは外部に漏らさないでください。
この内容をもとに、社内向けの説明文を作ってください。`),

  rec('minutes_sv', f`Protokoll ledningsgruppen, pappersbruket – ${v('confidential.marking', 'KONFIDENTIELLT')}
§4 Miljötillstånd: Länsstyrelsen har begärt kompletterande uppgifter om fosforutsläpp. Vi riskerar vite om rapporten inte lämnas senast 30/6.
§5 Personal: två tjänster på miljöavdelningen dras in.
Sammanfatta §4 för miljöchefen.`),

  rec('email_en_nz', f`Subject: Embargoed — household labour force survey release

Kia ora koutou,
The attached tables are ${v('confidential.marking', 'IN CONFIDENCE')} until release at 10:45am Wednesday. Please don't share with ministers' offices before the lock-up.
Can you draft the lock-up invitation for journalists?

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it.')}`),

  rec('memo_pl', f`${v('confidential.marking', 'ŚCIŚLE TAJNE')} – nie kopiować
Notatka dot. roszczenia armatora w sprawie MV Bałtyk Trader: klub rozważa odmowę pokrycia z uwagi na naruszenie warunków klasyfikacji. Decyzja komitetu 12.06.
Przygotuj proszę projekt listu do armatora w tonie neutralnym.`),

  rec('report_ko', f`[${v('confidential.marking', '대외비')}] 바이오뱅크 시료 반출 현황 보고
2025년 1분기 외부 연구기관 반출 건수: 37건, 그 중 동의 범위 초과 의심 2건.
이 보고서를 윤리위원회 제출용으로 요약해 주세요.`),
];

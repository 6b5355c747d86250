/** Held-out batch 56: classification markings in memos, audit reports, mails and slides, in many languages, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH56_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL')}
Halden Square Capital – Investment Committee pre-read

Subject: capacity of the short-horizon equity stat-arb book
- Current gross: $1.9bn; modelled capacity before alpha decay exceeds 15%: ~$2.4bn
- Proposal: cap new allocations at $300m until the new European venues are live (Q2)
- Data dependency: full-depth feeds for Cboe Europe and Aquis, budget ~$410k/yr

Can you turn this into three bullet points for the COO, no numbers on capacity?`),

  rec('report', f`Please tighten the wording of this audit summary, it goes to the customer's CAMO on Friday:

${mark('COMMERCIAL IN CONFIDENCE')}
Skyhaven Technics – Customer audit close-out, Hamburg base maintenance
Findings: 2 Level 2 (tool control in hangar 3; expired shelf-life sealant found in the kitting area). Corrective actions implemented 28 Oct, effectiveness check due 28 Jan.`),

  rec('doc_de', f`Bitte fasse diesen Bericht in fünf Sätzen für die Geschäftsführung zusammen:

${mark('STRENG VERTRAULICH')} – nur für den internen Gebrauch
Ergebnis der EASA-Stichprobenprüfung Part-145, Standort Hamburg
Feststellung 1 (Level 2): Freigabebescheinigungen für zwei Komponenten ohne vollständige Rückverfolgbarkeit.
Feststellung 2 (Level 2): Schichtübergabe nicht dokumentiert bei zwei AOG-Einsätzen im September.
Frist für Korrekturmaßnahmen: 90 Tage.`),

  rec('doc_fr', f`${mark('CONFIDENTIEL')} – Ne pas diffuser hors comité de direction

Projet de regroupement des unités d'autodialyse de Lyon-Gerland et Villeurbanne au 1er semestre 2025. Impact : 11 postes infirmiers redéployés, aucun licenciement. Information du CSE prévue le 9 décembre.

Peux-tu me proposer un plan de communication en trois étapes pour les patients ?`),

  rec('notes_nl', f`${mark('VERTROUWELIJK')} – alleen voor het safeguarding-team

Verslag overleg 4 november over een melding uit het programma in Tanauan. De lokale partner heeft de betreffende medewerker op non-actief gezet; het onderzoek loopt. Er wordt geen contact opgenomen met de sponsor voordat het onderzoek is afgerond.

Kun je hier een neutrale samenvatting van maken voor de directie, zonder details over de betrokkenen?`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – nueva estructura de comisiones 2025

Equipo,

A partir del 1 de marzo la comisión para vendedores de electrónica baja del 8 % al 6,5 %, y para moda sube del 12 % al 13 %. No lo comentéis con vendedores hasta el anuncio oficial del 15 de enero.

Gracias,
Lucía

¿Puedes preparar un FAQ interno con las 8 preguntas que más nos van a hacer los vendedores?`),

  rec('doc_ja', f`以下の資料の要点を3行でまとめてください。

${mark('社外秘')}
2025年上期 越境出品手数料の改定案
・日本発の出品者向け手数料を 10% → 8.5% に引き下げ
・韓国・台湾向け配送の送料補助を 3月から開始
・競合対策として、初回出品者は3か月間手数料無料`),

  rec('doc_ko', f`${mark('대외비')}
퀀트 리서치팀 주간 보고 (11월 1주차)
- 한국 시장 단기 반전 전략: 슬리피지 반영 후 샤프 1.4 → 1.1
- KRX 데이터 지연 이슈로 11/4 장 시작 15분 매매 중단

위 내용을 영어로 번역해 주세요. 팀장님께 보낼 거예요.`),

  rec('doc_zh', f`帮我把这份通知改写得更正式一些：

${mark('机密')} 仅限卖家运营团队内部传阅
关于双十一期间跨境卖家流量扶持的安排：对评分 4.8 以上、近 30 天无纠纷的卖家，首页推荐位增加 20%。名单将在 11 月 5 日确定，请勿提前透露给卖家。`),

  rec('advisory', f`${mark('TLP:AMBER')}
Wildlife crime intelligence note – shared with park law-enforcement rangers and county sheriff only

Two vehicles linked to last season's bighorn poaching case were seen at the Ridge Road trailhead on 29–30 Oct. Rangers on the east district should log any sighting of either vehicle and report to the duty supervisor; do not approach.

Rewrite this as a short radio briefing (under 60 seconds) without the vehicle details.`),

  rec('doc_fi', f`Voitko kääntää tämän englanniksi?

${mark('LUOTTAMUKSELLINEN')}
Muistio: Pallas-Yllästunturin kansallispuiston uuden porokiellon alueen rajaus
Esitys viedään johtoryhmälle 20.11. Ennen päätöstä rajauksesta ei saa kertoa paliskunnille eikä medialle.`),

  rec('doc_tr', f`${mark('HİZMETE ÖZEL')}

Satıcı Destek – Kasım ayı risk toplantısı notları
1. Sahte marka ürünü şüphesiyle 37 mağaza askıya alındı.
2. İade oranı %18'i geçen mağazalara ödeme blokesi uygulanacak.

Bu notları takım liderleri için maddeler halinde İngilizceye çevirebilir misin?`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Αναφορά συμβάντος: ζημιά σε πτερύγιο ATR 72 κατά τη ρυμούλκηση στο υπόστεγο 1, 2 Νοεμβρίου. Δεν υπήρξαν τραυματισμοί. Το αεροσκάφος παραμένει AOG μέχρι την έγκριση επισκευής από τον κατασκευαστή.

Μπορείς να το μεταφράσεις στα αγγλικά για την ασφαλιστική;`),

  rec('report', f`Child safeguarding quarterly summary – Kenya programmes

${mark('This report is confidential')} and must not be shared outside the safeguarding focal points and the Country Director.

Q3: 3 concerns reported (2 community, 1 school), all referred within 24 h; 1 closed, 2 under follow-up with the county children's officer.

Can you help me turn this into a one-paragraph update for the board, without any case details?`),

  rec('doc_it', f`Ciao, mi sistemi l'italiano di questa premessa? ${mark('Il presente documento è riservato')} e destinato esclusivamente ai direttori dei centri dialisi della Lombardia. Contiene le proposte di nuovi turni infermieristici per il 2025, non ancora discusse con le organizzazioni sindacali.`),

  rec('chat', f`Our board pack template has "${amb('confidential.marking', 'INTERNAL USE ONLY')}" in the footer of every slide. How do I make the footer skip the title slide in PowerPoint but keep it on the rest?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),

  rec('email_ar', f`شكراً إلك، رح نبعتلك العقد الموقع بكرا.

--
${amb('confidential.marking', 'هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه.')} إذا وصلتك عن طريق الخطأ، يرجى إبلاغ المرسل وحذفها.

ترجملي هالإيميل للإنكليزي لو سمحت`, 'e-mail confidentiality disclaimer: ambiguous per README'),
];

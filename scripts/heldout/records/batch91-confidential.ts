/**
 * Held-out batch 91: classification markings on memos, minutes and mails from the six organisations,
 * in headers, subjects, footers and inline statements, in many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH91_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${v('confidential.marking', 'CONFIDENTIAL')} — INTERNAL USE ONLY
To: Regional managers, Keane & Lowry Funeral Homes
Re: Proposed acquisition of Ballyduff Crematorium

Board approved a non-binding offer of €2.1m. Do not discuss with crematorium staff until the due diligence is complete. Can you turn this into talking points for Thursday's call?`),

  rec('minutes_de', f`Bitte kürze das Protokoll auf eine halbe Seite:

${v('confidential.marking', 'VERTRAULICH')}
Protokoll Klinikkonferenz Radiologie, 16.01.2025
TOP 1: Ausfall MRT 2 (Kältekopf), Ersatzteil erst KW 6
TOP 2: Verhandlungen mit Siemens Healthineers über Photon-Counting-CT, Budget 3,4 Mio €
TOP 3: Personal: zwei MTR-Stellen unbesetzt`),

  rec('mail_fr_ch', f`Objet : ${v('confidential.marking', 'STRICTEMENT CONFIDENTIEL')} – plan de dépouillement du 9 février

Chers membres du bureau,
Ci-joint l'emplacement des urnes et l'horaire de transport vers l'Hôtel de Ville. Merci de ne pas transmettre.

Peux-tu reformuler ce mail de façon plus concise ?`),

  rec('tlp_en', f`${v('confidential.marking', 'TLP:AMBER')}
Incident summary — ticketing platform, Snowcrest Resort
On 12 Jan a credential-stuffing wave hit the season-pass login (~18k attempts/h). Rate limits engaged after 40 min. No confirmed account takeover.
Please help me write a short note to the board based on this.`),

  rec('report_es_pe', f`Resume este informe para la gerencia:

${v('confidential.marking', 'CONFIDENCIAL')} — Uso exclusivo del Comité de Riesgos
Cartera vencida > 90 días: 8,4 % (vs 6,1 % trimestre anterior)
Propuesta: vender cartera castigada a Recupera SAC con descuento del 82 %.`),

  rec('inline_nn', f`Eg treng hjelp med å skrive om dette avsnittet: «${v('confidential.marking', 'Dette dokumentet er strengt fortroleg')} og skal ikkje delast utanfor disponeringssentralen. Det inneheld planen for omdirigering av malmtoga via Ofotbanen under stenginga i veke 9.»`),

  rec('footer_pl', f`Proszę o poprawienie stylu tej notatki:

Ustalono, że od marca windykacja telefoniczna zostanie przeniesiona do zewnętrznej firmy. Zespół wewnętrzny zajmie się tylko sprawami powyżej 20 000 zł.

---
${v('confidential.marking', 'Informacja poufna')} — nie przekazywać poza Dział Windykacji`),

  rec('header_ja', f`【${v('confidential.marking', '社外秘')}】スキー場 来季料金改定案
大人1日券：7,800円 → 8,500円
シーズン券早割：68,000円（11月末まで）
この内容を社内向けのお知らせ文にまとめてください。`),

  rec('header_ko', f`[${v('confidential.marking', '대외비')}] 영상의학과 장비 교체 계획 (2025~2027)
CT 2대, MRI 1대 교체 예정, 총 예산 약 48억 원
이 문서를 원장님 보고용으로 한 장 요약해 주세요.`),

  rec('subject_pt_br', f`Assunto: [${v('confidential.marking', 'CONFIDENCIAL')}] Renegociação em massa — campanha de março

Pessoal, a diretoria aprovou desconto de até 60% nos juros para contratos com mais de 180 dias. Não divulguem aos devedores antes do dia 3. Podes transformar isto num comunicado interno?`),

  rec('restricted_en_sg', f`Classification: ${v('confidential.marking', 'RESTRICTED')}
Subject: Radiology AI pilot — vendor shortlist
Three vendors remain (lung nodule, fracture, stroke triage). Pricing is under NDA. Pls draft a summary email to the CMO.`),

  rec('inline_it', f`Puoi tradurre in inglese questa nota? «${v('confidential.marking', 'Documento riservato')}: elenco dei seggi con accesso per disabili non ancora verificato. Non pubblicare sul sito del Comune prima del sopralluogo.»`),

  rec('ru_header', f`${v('confidential.marking', 'Для служебного пользования')}
График движения грузовых составов через станцию Бекасово на период ремонта, 3–14 марта.
Нужно сделать из этого таблицу по дням.`),

  rec('disclaimer_plus_marking', f`Hi, can you shorten this email?

Subject: ${v('confidential.marking', 'Private & Confidential')}: staff redundancy plan, rental shop

We will reduce seasonal rental staff from 24 to 17 next winter. Affected employees will be informed in April.

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}`),

  rec('he_header', f`${v('confidential.marking', 'סודי ביותר')} — תוכנית אבטחה ליום הבחירות, מרכז ספירת הקולות
אנא נסח גרסה מקוצרת למנהלי הקלפיות.`),

  rec('tr_inline', f`Şu paragrafı düzelt: "${v('confidential.marking', 'Bu belge gizlidir')}; krematoryum kapasite genişletme ihalesine ait teklif rakamlarını içerir ve yalnızca yönetim kurulu üyeleriyle paylaşılabilir."`),
];

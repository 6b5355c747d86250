/**
 * Held-out batch 133: classification and handling markings in memos, mails, slides and reports of
 * the six settings, in many languages and scripts. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH133_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} – ${amb('confidential.marking', 'BOARD ONLY')}

Meridia EOR – proposed exit from the Turkish and Egyptian entities
We recommend winding down both entities by Q4 2025 and moving the 212 workers to a partner PEO. Expected one-off cost: USD 1.9m. Client communication must not start before the board vote on 28 May.

Make this into a one-page summary, keep the marking.`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')} – Angebot ex-Lufthansa-Technik-Lot (A320 Landing Gear)

Hallo Jens,

anbei unsere Einschätzung zum Paket: 14 Hauptfahrwerksbeine, teilweise ohne vollständige Back-to-Birth-Dokumentation. Unser Höchstgebot liegt bei 2,35 Mio. USD, bitte nicht an den Makler weitergeben.

${mark('Vertraulich')} – ${amb('confidential.marking', 'nur für den internen Gebrauch')}.

Kannst du die E-Mail ins Englische übersetzen?`),

  rec('report_is', f`${mark('TRÚNAÐARMÁL')}
Innri rannsókn – slys í íshellaferð 8. janúar

Niðurstaða: Leiðsögumaður fór inn í hellinn þrátt fyrir viðvörun um aukið vatnsrennsli. Tveir farþegar hlutu minniháttar meiðsl. Mælt er með að banna ferðir þegar hitastig fer yfir 2°C í tvo daga í röð.

Getur þú gert stutta samantekt á ensku fyrir stjórnina?`),

  rec('doc_ja', f`以下の社内文書を英語に要約してください。

【${mark('社外秘')}】
2025年度 音楽教室 講師報酬改定案
・ピアノ講師の時給を 3,200円 → 3,500円 に引き上げ
・グループレッスンの最低催行人数を 4名 に変更
本資料の${amb('confidential.marking', '社外への持ち出しを禁止')}します。`, 'the handling ban made ambiguous after the measurement: a label fix (batch 121 labelled the same sentence, this author did not)'),

  rec('doc_ko', f`${mark('대외비')}
항공기 부품 재고 매각 계획 (2025년 2분기)
- 보잉 737 Classic 부품 전량 일괄 매각 검토
- 예상 매각가: 미화 420만 달러
위 내용을 영어로 번역해 주세요.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – Plan social filiale de Lyon

Bonjour à tous,
Comme convenu, la réduction concerne 18 postes dans l'entité portée par Meridia pour le client. Merci de ne pas transférer ce message avant l'information du CSE le 12 mai.

Peux-tu rendre ce mail plus neutre sans enlever le caractère confidentiel ?`),

  rec('doc_es', f`${mark('CONFIDENCIAL')} — ${amb('confidential.marking', 'SOLO DIRECCIÓN')}
Informe trimestral de ocupación de albergues – Q1 2025
La ocupación media fue del 104 %. Se usaron catres de emergencia 41 noches. Recomendamos abrir el gimnasio municipal como refugio de invierno también en noviembre.

Hazme un resumen de tres frases en inglés.`),

  rec('doc_el', f`Μετάφρασε στα αγγλικά:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σχέδιο συγχώνευσης των σχολών μουσικής Θεσσαλονίκης και Λάρισας. Το κτήριο της Λάρισας θα πωληθεί έως τον Σεπτέμβριο. Οι καθηγητές θα ενημερωθούν στις 15 Ιουνίου.`),

  rec('doc_ru', f`Гриф: ${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка: проверка поставщика запчастей ООО «СибАвиаКомплект»
Выявлены расхождения в серийных номерах трёх стартеров. Рекомендуем приостановить закупки до завершения аудита.

Перескажи кратко по-английски.`),

  rec('doc_he', f`${mark('סודי')} – ${amb('confidential.marking', 'להפצה פנימית בלבד')}
סיכום פגישה עם ספק מנועים: מחיר היעד לרכישת שני מנועי PW4000 הוא 3.1 מיליון דולר. אין לשתף עם הברוקר.

תתרגם לאנגלית בבקשה.`),

  rec('doc_ar', f`${mark('سري للغاية')}
مذكرة داخلية: خطة توسيع مراكز الإيواء الطارئ في المدينة خلال فصل الشتاء، وتشمل استئجار فندقين بسعة 160 سريراً.

ترجمها إلى الإنجليزية بإيجاز.`),

  rec('doc_hi', f`${mark('गोपनीय')}
भारत इकाई – वेतन संशोधन प्रस्ताव 2025-26
सभी कर्मचारियों के लिए औसत वृद्धि 7.5%, बेंगलुरु टीम के लिए 9%।
कृपया इसका अंग्रेज़ी में सारांश बनाएं।`),

  rec('advisory', f`${mark('TLP:AMBER')}
Registry security notice – phishing campaign impersonating "NHS data linkage service"
Since 10 March several hospital trusts received mails asking to re-upload linkage files to a look-alike portal. Share only within your organisation and with trusted partners on a need-to-know basis.

Write a short warning for our own staff based on this (no indicators).`),

  rec('doc_da', f`${mark('FORTROLIGT')}
Notat: forsinkelse i indberetning af patologisvar fra Region Syd
Ca. 2.300 svar fra 2024 mangler i registret. Resultaterne for 2024-incidensen må ikke offentliggøres, før fejlen er rettet.

Lav en kort engelsk version til styregruppen.`),

  rec('slide', f`Speaker notes for slide 4 of the music schools' budget deck (footer on every slide: "Allegretto Music Schools · ${mark('Internal Only')} · draft 2"). Explain why we close the Saturday brass ensemble and keep the jazz combo.`),

  rec('doc_zh', f`${mark('机密')}（${amb('confidential.marking', '仅限管理层')}）
冰川旅游中国市场 2025 年合作方案
拟将上海代理的佣金由 15% 下调至 12%，北京代理不变。

请帮我翻译成英文。`),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL')}
Parecer interno – risco de vínculo empregatício dos prestadores PJ no Brasil
Recomendamos converter 31 contratos PJ em CLT via EOR até setembro.

Resume em inglês, por favor.`),

  rec('email', f`Hi team,

Attached is the draft of the shelter capacity forecast. ${mark('This report is confidential')} until the council vote; please don't share it with providers yet.

Thanks, Maya

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it.

→ make the first paragraph friendlier`),
];

/**
 * Held-out batch 139: classification and handling markings (headers, subjects, footers, inline) in
 * forensic reports, board papers, nursing memos, shipping notices, library advisories and cooperative
 * minutes, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH139_CONFIDENTIAL: DraftRecord[] = [
  rec('report', f`${mark('PRIVILEGED & CONFIDENTIAL – PREPARED AT THE REQUEST OF COUNSEL')}

Halvorsen Crane Forensic LLP – Interim findings, Project Meridian
1. Three vendors share a bank account and a director.
2. Payments to them rose from £0.4m (2021) to £3.1m (2023).
3. Approval limits were bypassed by splitting invoices just under £25,000.

Page 1 of 14 · ${mark('Privileged & Confidential')}

Please shorten the three findings into one paragraph for the board.`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')} – Vogelsang: preliminary quantum

Hi Anja,

Attached our preliminary loss estimate (EUR 2.3–2.8m). This is ${mark('confidential')} and must not be shared with the insurer until counsel has reviewed it.

Regards, Tom

Can you turn this into a German version for the client's CFO? Keep the marking in the subject.`),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – ${amb('confidential.marking', 'nur für die Geschäftsführung')}

Ergebnis der Sonderprüfung Bergbahnen Piz Arvet AG: Im Kassensystem der Talstation wurden zwischen Dezember und März Stornobuchungen über CHF 86'400 ohne Beleg erfasst. Zwei Kassenmitarbeitende betroffen.

Fasse das bitte in drei Sätzen für den Verwaltungsrat zusammen.`),

  rec('memo_fr', f`Peux-tu traduire en anglais ce mémo pour le siège ?

${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Objet : fermeture de la piste de la Combe pour la saison 2025-2026
Le rapport géotechnique confirme un risque de glissement. Ne pas communiquer avant la conférence de presse du 3 octobre.`),

  rec('nursing_memo_en', f`${mark('INTERNAL – NOT FOR DISTRIBUTION')}
Dialysis Network – Nursing Quality Bulletin, February
Two catheter-related bloodstream infections at the Riverside unit this month. Root-cause review scheduled; please re-audit CVC dressing changes on every shift.

Can you rewrite this as a short, supportive message to the Riverside nurses?`),

  rec('advisory', f`${mark('TLP:AMBER')}
Consortium IT advisory – 21 Feb
A member library's staff PCs were encrypted after a phishing e-mail imitating the ILS vendor. Indicators are shared with member IT contacts only.
${mark('TLP:AMBER')} – ${amb('confidential.marking', 'do not forward outside member libraries')}.

Help me write a plain-language version for branch managers (no indicators, no TLP content).`),

  rec('doc_ja', f`以下の文書のタイトルと要約を英訳してください。

${mark('社外秘')}
2025年度 アジア航路 運賃改定方針（案）
釜山・上海発の北米向け運賃を4月1日より20フィートあたり150ドル引き上げる。`),

  rec('doc_ko', f`${mark('대외비')}
부산 지점 위험물 신고 누락 건 경위서
2월 12일 선적분 중 UN3480(리튬이온 배터리) 2건이 DG 신고 없이 적재됨.

이 경위서를 영어로 요약해 주세요.`),

  rec('doc_zh', f`帮我把这段翻译成英文，标题和页脚都保留：

${mark('内部资料 注意保密')}
关于2025年第二季度美西航线舱位分配的说明……

— 东方子午线集装箱航运 · ${mark('机密')} · 第1页 —`),

  rec('doc_he', f`${mark('סודי ביותר')}
סיכום ביניים – חקירת הונאת ספקים בחברת "אלון תעשיות"
נמצאו 11 העברות לחשבון שנפתח שבועיים לפני ההעברה הראשונה.

תרגם לאנגלית את הכותרת והפסקה הראשונה.`),

  rec('doc_ar', f`ترجم إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
تقرير التحقيق المالي – شركة الخليج للتوريدات
تبين وجود ثلاثة موردين وهميين مسجلين بعناوين سكنية.`),

  rec('doc_ru', f`${mark('Конфиденциально')}
Протокол заседания правления кооператива пчеловодов, 14 марта
Решено: снизить закупочную цену на гречишный мёд на 8 % из-за падения экспортных цен.

Переведи на английский, гриф оставь.`),

  rec('doc_el', f`Μετάφρασε στα αγγλικά το εξώφυλλο:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Μελέτη σκοπιμότητας – νέα γραμμή Πειραιάς–Χάιφα
Εκτιμώμενο κόστος: 4,2 εκατ. USD ανά έτος.`),

  rec('doc_da', f`${mark('FORTROLIGT')}
Referat – bestyrelsesmøde i Biavlerkooperativet, 2. april
Tilbud fra tysk opkøber på 2,40 €/kg for rapshonning. Bestyrelsen anbefaler at afslå.

Lav et kort resumé på engelsk til medlemmerne, uden prisen.`),

  rec('slide', f`Speaker notes for the library board meeting. Footer on every slide: "TVLC · ${mark('Confidential – Board Use Only')} · Draft 2".
Slide 4: proposal to close the Eastgate branch on Mondays and move two FTE to the mobile library. Keep it under a minute.`),

  rec('doc_fi', f`Käännä englanniksi:

${mark('LUOTTAMUKSELLINEN')}
Dialyysiyksikön henkilöstösuunnitelma 2025
Yövuoro lakkautetaan 1.6. alkaen; kaksi sairaanhoitajaa siirretään Tampereen yksikköön.`),

  rec('doc_hy', f`${mark('Գաղտնի')}
Մեղրի արտահանման պայմանագրի նախագիծ – Գերմանիա, 24 տոննա
Գինը՝ 3,10 եվրո/կգ, վճարում 60 օրում։

Թարգմանիր անգլերեն՝ պահպանելով վերնագիրը։`),

  rec('email_en', f`Subject: FW: ${mark('Confidential')} – ski school instructor misconduct complaint

Please draft a neutral acknowledgement to the parent who complained. Don't include anything from the investigation.

-----
This e-mail and any attachments are ${amb('confidential.marking', 'confidential')} and intended solely for the addressee. If you received it in error, please delete it.`),

  rec('doc_ka', f`${mark('კონფიდენციალური')}
თაფლის კოოპერატივის ფინანსური ანგარიში, 2024
წმინდა მოგება: 182 000 ლარი.

გთხოვ, თარგმნე ინგლისურად (სათაური დატოვე).`),
];

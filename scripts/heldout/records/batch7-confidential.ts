/** Held-out batch 7: classification markings in new languages and positions, plus casual uses of the words. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH7_CONFIDENTIAL: DraftRecord[] = [
  rec('email_subject', f`Subject: [${mark('CONFIDENTIAL')}] 2027 headcount plan — do not forward
From: Finance Business Partner
To: Venue Directors

Hi all, attached is the draft plan. Could you help me write a two-line summary for the exec meeting?`),

  rec('memo_lv', f`${mark('KONFIDENCIĀLI')}
Saltmarsh Events SIA valdes sēdes protokols Nr. 11
Rīgā, 2026. gada 2. decembrī

1. Par Liepājas koncertzāles nomas līguma pagarināšanu…

Please translate the first point of these Latvian board minutes into English.`, 'Latvian marking as a document header'),

  rec('memo_et', f`${mark('KONFIDENTSIAALNE')} — ainult juhatuse liikmetele

Teema: piletimüügi platvormi vahetus 2027. aastal

Summarise this Estonian memo title and subject line in English.`, 'Estonian marking'),

  rec('report_bg', f`${mark('ПОВЕРИТЕЛНО')}
Доклад относно инцидент със сигурността в билетната система, 28.11.2026

Можеш ли да ми направиш кратко резюме на английски на тази структура за доклад?`, 'Bulgarian marking (Cyrillic)'),

  rec('memo_sr', f`${mark('POVERLJIVO – samo za internu upotrebu')}
Predmet: plan otpuštanja u sektoru za prodaju, Q1 2027

Translate this Serbian header into English and suggest a more neutral subject line.`, 'Serbian (Latin) marking line: one label for the whole line'),

  rec('letter_uk', f`${mark('КОНФІДЕНЦІЙНО')}
Директору ТОВ «Сольмарш Івентс»
Щодо результатів внутрішнього аудиту каси за листопад

Please help me write this cover letter in English, same structure.`, 'Ukrainian marking'),

  rec('memo_ko', f`${mark('대외비')}
2027년 아시아 투어 예산안 (초안)

이 문서 제목을 영어로 번역해 주세요.`, 'Korean 대외비 ("not for outside disclosure") as a header line'),

  rec('memo_zh', f`【${mark('内部资料 请勿外传')}】
2027年度场馆运营预算草案

请把这份文件的标题和第一段翻译成英文。`, 'Chinese "internal material, do not pass on" in brackets as a header'),

  rec('memo_ms', f`${mark('SULIT')}
Minit Mesyuarat Jawatankuasa Keselamatan Acara, Bil. 4/2026

Terjemahkan tajuk ini ke bahasa Inggeris.`, 'Malay SULIT (Malaysian government marking)'),

  rec('memo_hi', f`${mark('गोपनीय')}
विषय: दिल्ली कॉन्सर्ट के लिए सुरक्षा ठेकेदार का चयन

Translate this Hindi memo subject into English and keep the marking.`, 'Hindi गोपनीय (confidential) as a header'),

  rec('slide_footer', f`Slide 14 text (speaker notes below):

Ticketing platform migration — cut-over plan
• freeze sales 02:00–04:00 • dual-run scanners for 2 weeks
Saltmarsh Arena · ${mark('Confidential — Not for Distribution')} · 14

Rewrite the bullets so they fit on one line each.`, 'title-case footer marking between separators'),

  rec('pdf_watermark', f`Text extracted from the PDF (the watermark comes out between paragraphs):

3.2 Catering concession. The operator shall pay a fixed fee of £84,000 per season plus 6% of gross catering revenue above £1.2m.
${mark('DRAFT – CONFIDENTIAL')}
3.3 Term. The concession runs for three seasons with an option to extend by two.
${mark('DRAFT – CONFIDENTIAL')}

Summarise clauses 3.2 and 3.3 in plain English.`, 'a diagonal watermark extracted as text, twice'),

  rec('legal_header', f`${mark('SUBJECT TO LEGAL PROFESSIONAL PRIVILEGE')}
Advice note — proposed termination of the security services contract (Guardline Ltd)

Can you turn the advice note outline below into bullet points? …`, 'UK legal-privilege header'),

  rec('fouo', f`${mark('FOR OFFICIAL USE ONLY')}
City of Marlow Creek — Special Event Security Assessment, New Year's Eve 2026
Prepared by: Office of Emergency Management

Summarise section headings only, no operational details.`, 'US FOUO marking'),

  rec('inline', f`Hi Ana, quick one before the board call: the per-venue margins in this thread are ${mark('confidential')} and must not leave the finance team, so please don't paste them into the shared deck. Can you reword this so it sounds less harsh?`, 'an inline statement that marks the thread (labelled, batch 1 convention)'),

  rec('press_embargo', f`${amb('confidential.marking', 'EMBARGOED UNTIL 09:00 GMT, 8 DECEMBER 2026')}
Saltmarsh Arena announces 2027 summer residency

Tighten this press release headline and the first paragraph.`, 'a press embargo restricts publication until a time: ambiguous (a time-limited release condition, not a classification)'),

  rec('tlp_green', f`${amb('confidential.marking', 'TLP:GREEN')} — Sector advisory: phishing campaign targeting event ticket resellers (Nov 2026)

Can you rewrite the advisory summary for our box-office staff?`, 'TLP:GREEN (community-wide sharing): ambiguous — between TLP:CLEAR (negative, batch 5) and TLP:AMBER (marking)'),

  rec('recipe', f`Grandma's secret ingredient for the Christmas pudding is a spoon of black treacle and orange zest. Can you scale the recipe from 6 to 20 portions for the staff party?`, 'negative: "secret ingredient"'),

  rec('pam', f`We're evaluating privileged access management tools for the arena's IT team (CyberArk, Delinea, BeyondTrust). Which one handles shared admin accounts on Windows kiosks best?`, 'negative: "privileged" access management'),

  rec('casual', f`ok can I tell you something confidential? I've never actually seen the musical I'm reviewing next week 😅 help me prepare some intelligent questions for the director`, 'negative: casual "confidential"'),
];

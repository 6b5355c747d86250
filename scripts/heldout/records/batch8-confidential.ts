/** Held-out batch 8: classification markings in new languages, schemes and positions, plus casual uses of the words. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH8_CONFIDENTIAL: DraftRecord[] = [
  rec('protected_b', f`${mark('PROTECTED B')}
Memorandum to the Deputy Minister
Subject: Vendor options for the 2027 benefits-processing platform

Can you shorten the "Background" section below to 120 words, keeping the header as it is?`, 'Canadian government security level as a header'),

  rec('cui', f`${mark('CUI')}
${mark('CONTROLLED UNCLASSIFIED INFORMATION')}
Tarnwood Observatory — Export-controlled instrument specification, rev. C

Please rewrite the purpose paragraph in plainer English.`, 'US CUI banner: two marking lines, one label each'),

  rec('aeo', f`${mark("HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY")}
${amb('confidential.marking', 'Subject to Protective Order')}, Case No. 3:26-cv-01482
Deposition of R. Castellanos — excerpt, pp. 41–44

Summarise the excerpt in 5 bullet points for the internal case file.`, 'a protective-order designation (one label for the line); the "Subject to Protective Order" legend below it is ambiguous'),

  rec('memo_is', f`${mark('TRÚNAÐARMÁL')}
Minnisblað til stjórnar Lindqvist Ferjur ehf.
Efni: Sameining við Vestfjarðaferjur

Þýddu fyrirsögnina og efnislínuna á ensku.`, 'Icelandic marking'),

  rec('memo_he', f`${mark('סודי')}
לכבוד: הנהלת החברה
הנדון: תוכנית צמצומים ברבעון הראשון 2027

Translate the header lines of this Hebrew memo into English.`, 'Hebrew marking (RTL) as the first line'),

  rec('letter_ar', f`${mark('سري للغاية')}
إلى: مدير العمليات
الموضوع: نتائج التدقيق الداخلي لفرع دبي

Please translate the subject line into English and keep the classification line.`, 'Arabic "top secret" marking'),

  rec('memo_th', f`${mark('ลับมาก')}
บันทึกข้อความ
เรื่อง แผนการปรับโครงสร้างฝ่ายขาย ปี 2570

ช่วยแปลหัวเรื่องเป็นภาษาอังกฤษ`, 'Thai marking ("very secret")'),

  rec('memo_vi', f`${mark('MẬT')}
CÔNG VĂN NỘI BỘ
V/v: Kế hoạch tăng giá dịch vụ năm 2027

Translate this Vietnamese header and subject into English.`, 'Vietnamese marking'),

  rec('slide_zh_tw', f`簡報頁尾：「${mark('機密｜僅供內部使用')}｜第 12 頁」
幫我把這個頁尾翻成英文，格式不變。`, 'Traditional Chinese marking ("confidential | internal use only") in a slide footer: one label for the two marking fields'),

  rec('memo_af', f`${mark('VERTROULIK')}
Memo aan: Direksie, Ochre Valley Wines
Onderwerp: Aankoop van die Stellenbosch-wingerd

Translate this Afrikaans header into English.`, 'Afrikaans marking'),

  rec('letter_cy', f`${mark('CYFRINACHOL')}
At: Bwrdd y Llywodraethwyr, Ysgol Amberley Grange
Pwnc: Achos disgyblu — aelod o staff

Can you translate this Welsh header into English for the clerk?`, 'Welsh marking'),

  rec('report_no', f`${mark('FORTROLIG')} – kun for styret
Lindqvist Ferries AS — kvartalsrapport Q3 2026

Oversett overskriften til engelsk, takk.`, 'Norwegian marking line'),

  rec('memo_mk', f`${mark('ДОВЕРЛИВО')}
До: Управен одбор
Предмет: Предлог за продажба на подружницата во Битола

Преведи го насловот на англиски.`, 'Macedonian marking (Cyrillic)'),

  rec('memo_az', f`${mark('MƏXFİ')}
Xidməti qeyd — İdarə Heyətinə
Mövzu: 2027-ci il büdcə layihəsi

Translate this Azerbaijani header into English.`, 'Azerbaijani marking (dotted İ)'),

  rec('inline_deck', f`Hi Priya — attached are the revised price tiers. This deck is ${mark('confidential')} and is not to be shared outside the pricing committee until the January launch. Could you proof-read the opening sentence for tone?`, 'an inline statement that marks the attachment (labelled, batch 1/7 convention)'),

  rec('sec_ctr', f`Please tidy the formatting of this exhibit footer for the filing:
"${mark('CONFIDENTIAL TREATMENT REQUESTED')} BY IRONBRIDGE CREDIT HOLDINGS, INC. — IBH-0004417"`, 'SEC FOIA confidential-treatment legend'),

  rec('tlp_white', f`Advisory from our ISAC, header reads "TLP:WHITE — Ransomware campaign targeting hospitality PMS". Is TLP:WHITE still used or is it TLP:CLEAR now? Rewrite the header with the current label.`, 'TLP:WHITE is the old name of TLP:CLEAR (may be published): negative'),

  rec('embargo', f`${amb('confidential.marking', 'EMBARGOED UNTIL 00:01 GMT, 9 DECEMBER 2026')}
Tarnwood Observatory confirms discovery of a new comet

Please write a 40-word summary for social media that we can post after the embargo lifts.`, 'press embargo line: ambiguous (batch 7 decision)'),

  rec('disclaimer', f`Can you shorten our e-mail footer? Current text:
"${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}"`, 'e-mail disclaimer: ambiguous by convention'),

  rec('casual_confidential', f`Is it normal that the anonymous staff survey says "your answers are confidential" but asks for my team and start date? With 4 people in my team it's hardly anonymous. How do I raise this politely?`, 'casual "confidential" (a survey promise): negative'),

  rec('casual_secret', f`Our bakery's secret is a 48-hour cold ferment — can you write an Instagram caption about it without sounding cheesy? Also mention the "Secret Sourdough Club" on Saturdays.`, 'casual "secret": negative'),

  rec('classification_question', f`What is the difference between "Restricted", "Confidential" and "Internal" in ISO 27001 information classification schemes? We need to define three levels for a 40-person company.`, 'a question about classification levels: negative'),
];

/** Held-out batch 29: classification markings in memos, mails, deal papers and board notes, in the batch's languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH29_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — NOT FOR ONWARD CIRCULATION

Project Heron: proposed sale of the Thames Gateway logistics portfolio (7 assets, c. 1.2m sq ft). Vendor guidance £186m, NIY 5.4%. Three parties shortlisted for second round; best-and-final bids due 24 January.

Can you turn this into a one-paragraph teaser without the vendor's numbers?`),

  rec('email', f`Subject: ${mark('COMMERCIAL IN CONFIDENCE')} – Heads of terms, Unit 7 Magna Park

Hi Tom,

Attached the draft HoTs. Rent £7.95 psf, 10-year term with a break at 5, 9 months rent-free. The tenant's board meets on the 16th.

Can you tighten the wording of the break clause paragraph?`),

  rec('board_nl', f`${mark('VERTROUWELIJK')} – alleen voor de Raad van Commissarissen

Onderwerp: voorgenomen overname van een vlootje van 1.800 reefers van een Deense lessor. Indicatieve prijs USD 21,4 mln. Financiering via een bestaande RCF-faciliteit; due diligence loopt tot half februari.

Kun je hier een korte Engelse samenvatting van maken voor de aandeelhouders in Singapore?`),

  rec('memo_ar', f`${mark('سري للغاية')}

إلى: مديرة البرنامج – عمّان
الموضوع: تقييم المخاطر لموقع التوزيع في المفرق

بسبب التوترات الأخيرة، منقترح نوقف التوزيع المباشر لأسبوعين ونحوّل لتحويلات نقدية. لا تشاركوا هاد التقييم مع الشركاء المحليين.

ممكن تترجمه للإنجليزي بشكل رسمي؟`),

  rec('note_fa', f`این یادداشت ${mark('محرمانه')} است و فقط برای تیم حفاظت ارسال شده:
سه نفر از خانواده‌ی پرونده‌ی ۲۰۲۴-۰۸۸ گزارش داده‌اند که در اقامتگاه تهدید شده‌اند. پیشنهاد انتقال فوری به مکان دیگر.

لطفاً به انگلیسی ترجمه کن.`, 'inline statement in Farsi ("this note is confidential"): labelled'),

  rec('letter_uk', f`${mark('КОНФІДЕНЦІЙНО')}

Звіт про психосоціальну підтримку дітей у центрі прийому в Делфті, листопад 2024. Троє дітей потребують направлення до дитячого психолога; одна родина відмовилася від допомоги.

Переклади англійською для нашого партнера з GGZ.`),

  rec('email_zh', f`主题：【${mark('机密')}】2025年集装箱租金调价方案

各位：
附件是明年对中国区客户的租金调价草案，20GP 上调 6%，40HC 上调 8%。在正式公布前请勿外传。

请帮我把这封邮件翻译成英文，发给鹿特丹的 CFO。`),

  rec('memo_hr', f`${mark('POVJERLJIVO')} – samo za upravu

Predmet: zatvaranje skladišta u Rijeci i prebacivanje zaliha u Split do 1. ožujka. Pogođena su 4 radnika; razgovori počinju sljedeći tjedan.

Napiši mi kratku verziju na engleskom za islandske vlasnike.`),

  rec('memo_is', f`${mark('TRÚNAÐARMÁL')}

Stjórn Northfold Brewing: tilboð frá erlendum bjórframleiðanda um kaup á 40% hlut. Verðmat um 2,1 milljarður króna. Ekki ræða þetta við starfsfólk fyrr en í febrúar.

Geturðu dregið þetta saman á ensku í 3 punktum?`),

  rec('slides', f`Slide footer for the investor update deck — check the wording:

"Orbitane Imaging Pte Ltd · Series A update · ${mark('CONFIDENTIAL')} · Do not forward"

Also suggest a better title than "Where we are".`),

  rec('advisory', f`${mark('TLP:AMBER')}

Phishing wave targeting humanitarian NGOs in the Levant: lure e-mails pretend to be from a UN cash-assistance portal and ask caseworkers to "re-validate beneficiary lists". Share within your organisation only.

Write a two-line warning for our field staff in English and Arabic.`),

  rec('admissions_minutes', f`Minutes — Bursary Committee, 28 Nov 2024
${mark('Confidential: Committee members only')}

Twelve applications reviewed; seven awarded (total SGD 214,000 for 2025). Two deferred pending income documents. One appeal from last year upheld.

Make this into a short update for the Board of Governors without names.`),

  rec('email_pt', f`Assunto: ${mark('CONFIDENCIAL')} – proposta de exclusividade

Olá Juliana,

Segue a nossa proposta de exclusividade para a distribuição em São Paulo e Minas por 3 anos, com volume mínimo de 900 hL/ano. Por favor, não compartilhe com outras cervejarias.

Pode revisar meu português? Quero soar profissional.`),

  rec('memo_vi', f`${mark('MẬT')} – CHỈ LƯU HÀNH NỘI BỘ

Kế hoạch giảm 30% nhân sự ca đêm tại depot Cát Lái từ quý 2/2025 do sản lượng giảm. Chưa thông báo cho công nhân.

Dịch sang tiếng Anh giúp em để gửi cho văn phòng Singapore.`),

  rec('email', f`Hi all,

${mark('This document is strictly confidential')} and is shared with the Valuation Committee only: the draft red-book valuations for the three Birmingham assets are now in the deal room. Please don't circulate outside the committee.

Kind regards,
Harriet

--
${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.')}

Can you make the first paragraph less stiff?`),
];

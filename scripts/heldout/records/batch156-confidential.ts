/**
 * Held-out batch 156: classification and handling markings in memos, mails, deed drafts, lease
 * negotiations and incident reports, in many languages, plus a few quoted or casual uses.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH156_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('CONFIDENTIAL')} — Landlord Relations, EMEA

Re: Portfolio renegotiation, 214 rooftop sites (Project Kestrel)
We intend to offer landlords a 12% rent reduction in exchange for a 15-year extension. Sites where the landlord refuses will be evaluated for relocation.

${mark('CONFIDENTIAL')} — ${amb('confidential.marking', 'do not forward outside the negotiation team')}

Turn this into talking points for the regional managers.`),

  rec('email_de', f`Betreff: ${mark('STRENG VERTRAULICH')} – Entwurf Kaufvertrag Gut Hohenried

Liebe Kolleginnen,

anbei der Entwurf. Der Kaufpreis (11,4 Mio. €) ist den Beteiligten noch nicht mitgeteilt worden. ${amb('confidential.marking', 'Bitte keine Weitergabe an die Makler.')}

Kannst du die Mail kürzer und förmlicher formulieren?`),

  rec('doc_fr', f`Peux-tu traduire en anglais l'en-tête et le premier paragraphe ?

${mark('CONFIDENTIEL')} – ${mark('Diffusion restreinte')}
Note au comité de direction : projet de fusion avec AutoPartage Lyon. Valorisation indicative : 38 à 42 M€. Annonce prévue le 15 janvier.`),

  rec('doc_es', f`${mark('CONFIDENCIAL')}
Informe interno – incidente con vehículo de la flota (matrícula 4172 KRV)
El conductor presentó una reclamación por lesiones. El seguro aún no ha aceptado la cobertura.

Resúmelo en tres viñetas para dirección, sin nombres.`),

  rec('doc_it', f`${mark('RISERVATO')} – ${amb('confidential.marking', 'uso interno')}
Piano di apertura nuove cliniche ortodontiche 2025: Bergamo, Verona, Padova. Budget 3,2 M€.

Traduci in inglese per il board.`),

  rec('doc_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка: пересмотр арендной платы за размещение вышек в Московской области. Предлагаем снизить ставку на 8% для 37 объектов.

Переведи на английский и сделай короче.`),

  rec('doc_ja', f`【${mark('社外秘')}】照明機材レンタル 2025年度価格改定案
ムービングライトのレンタル単価を平均7%引き上げる。主要顧客3社には個別に説明する。

この文書を英語に要約してください。`),

  rec('doc_zh', f`${mark('机密')}
关于国家公园北区许可配额调整的内部意见：2025年旺季每日入园配额由400人减至320人，暂不对外公布。

请帮我润色成正式公文。`),

  rec('doc_ko', f`${mark('대외비')}
교정 클리닉 체인 인수 검토 보고서 (2024.11)
인수 대상: 서울 소재 4개 지점, 예상 인수가 85억 원.

이 내용을 영어로 한 단락 요약해 주세요.`),

  rec('doc_ar', f`${mark('سري')}
مذكرة داخلية: إعادة التفاوض على عقود إيجار مواقع الأبراج في المنطقة الشرقية. نقترح تمديد العقود لمدة ١٠ سنوات مقابل تخفيض ١٠٪.

ترجمها إلى الإنجليزية من فضلك.`),

  rec('doc_he', f`${mark('סודי')} – ${amb('confidential.marking', 'לשימוש פנימי בלבד')}
סיכום פגישה עם בעלי הקרקע באתר חדרה: הוסכם על העלאת שכר דירה של 4% משנת 2026.

תרגם לאנגלית בבקשה.`, 'the readers-restricting phrase beside the labelled marking is ambiguous (README precedent)'),

  rec('advisory', f`${mark('TLP:AMBER')}
Phishing wave targeting car-sharing customers: SMS "your rental has unpaid damage fees" with a lookalike payment page. ${amb('confidential.marking', 'Share with your fleet and support teams only.')}

Write a short, non-technical warning for our support agents based on this.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σχέδιο συμβολαίου αγοραπωλησίας – ακίνητο στη Γλυφάδα. Τίμημα 1,2 εκ. €, προκαταβολή 10%.

Μετάφρασε στα αγγλικά μόνο την πρώτη παράγραφο.`),

  rec('doc_tr', f`${mark('GİZLİDİR')}
Baz istasyonu kira sözleşmeleri – İstanbul Anadolu yakası yenileme stratejisi. Kira artışları TÜFE+2 ile sınırlandırılacak.

Bunu İngilizce bir yönetici özeti haline getirebilir misin?`),

  rec('doc_hi', f`${mark('गोपनीय')}
आंतरिक रिपोर्ट: पार्क के दक्षिणी क्षेत्र में अवैध कैंपिंग की शिकायतें। अगले सप्ताह संयुक्त गश्त की योजना है, ${amb('confidential.marking', 'इसकी जानकारी बाहर न दें।')}

इसका अंग्रेज़ी सारांश बना दें।`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – warunki nowej umowy z Teatrem Nowym

Cześć, w załączniku propozycja rabatu 18% na wynajem oświetlenia na cały sezon. Tekst ${mark('poufny')}, ${amb('confidential.marking', 'nie przesyłaj dalej.')}

Popraw styl, proszę.`),

  rec('chat_en', f`The notary's template says "${amb('confidential.marking', 'PRIVILEGED AND CONFIDENTIAL')}" at the top of every draft deed. Is that heading needed for a simple property transfer, or only for litigation documents?`, 'a marking quoted in a question about the template, not marking this text: ambiguous'),
];

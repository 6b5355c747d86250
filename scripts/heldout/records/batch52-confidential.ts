/**
 * Held-out batch 52: classification markings on committee papers, drilling results, security
 * advisories, acquisition notes and board minutes, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH52_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — Bursary Committee only

Bursary round 2025/26: 61 applications, budget EUR 540,000 (unchanged). Recommended awards: 23 full-need, 18 partial, 20 declined. Two families with undeclared property abroad flagged for follow-up.

Can you turn this into a 5-bullet briefing for the Head of School?`),

  rec('report_de_at', f`${mark('STRENG VERTRAULICH')} – nur für Vorstand und Projektleitung

Ergebnisbericht Bohrung GEN-2, Vorabfassung
Endteufe 4.812 m MD, Lagerstättentemperatur 142 °C, Förderrate im Kurztest 118 l/s. Die Produktivität liegt 15 % unter der Prognose; Stimulationsmaßnahme wird geprüft.

Bitte fasse das in drei Sätzen für das Steering Committee zusammen, ohne die Förderrate zu nennen.`),

  rec('minutes_fr_ch', f`Peux-tu raccourcir ce procès-verbal pour le conseil de fondation ? En-tête du document : « ${mark('CONFIDENTIEL')} – Conseil de fondation AIS Lausanne ».

Point 3 : hausse des écolages de 4,5 % pour 2025/26, annonce aux familles le 1er mars. Point 4 : négociation en cours pour le rachat du terrain voisin (CHF 7,2 mio).`),

  rec('advisory', f`${mark('TLP:AMBER')}

Advisory for signalling and telecom contractors: in December two European rail IMs saw phishing aimed at engineers with access to interlocking maintenance laptops. The lure was a fake "axle counter firmware notice". Share only within your organisation and with clients who need to act on it.

Draft an internal awareness note for our field engineers based on this, without vendor names.`),

  rec('email_no', f`Emne: ${mark('KONFIDENSIELT')}: Tilbud Ofotbanen fase 2

Hei alle,
vedlagt er tilbudskalkylen. Vi legger oss på 184 MNOK, 6 % under forrige runde, fordi vi vil sikre oss rammeavtalen. Ikke del utenfor tilbudsteamet.

Hilsen Eirik

→ Kan du oversette e-posten til engelsk for partneren i Sverige, uten prisen?`),

  rec('doc_ja', f`次の文書を英語に翻訳してください。冒頭の区分表示もそのまま残してください。

【${mark('社外秘')}】
九州地熱プロジェクト 第3四半期 掘削進捗報告
坑井KY-2は深度2,150mで逸泥が発生し、作業を4日間中断しました。追加費用は約3,800万円の見込みです。`),

  rec('slide_ko', f`발표 자료 표지에 들어갈 문구를 다듬어 주세요. 지금은 이렇게 되어 있어요:

"${mark('대외비')} | 2025년 1분기 위조품 적발 현황 | Trust & Safety 서울팀"

좀 더 깔끔하게, 한국어와 영어 둘 다요.`),

  rec('memo_sv', f`${mark('KONFIDENTIELLT')}

PM till ledningsgruppen: Förvärv av Djurkliniken Solrosen i Lund
Indikativt pris 41–46 MSEK. Due diligence pågår, personalen informeras först efter signering.

Kan du skriva en kort sammanfattning på engelska för styrelsen i Amsterdam?`),

  rec('email_tr', f`Konu: ${mark('GİZLİ')} – Kızıldere ruhsat uzatma görüşmesi

Merhaba,
Bakanlıkla yapılan görüşmede ruhsat süresinin 10 yıl uzatılması için ek sismik izleme şartı konuşuldu. Bu bilgi kamuya açıklanana kadar ekip dışında paylaşılmamalıdır.

Bunu İngilizceye çevirip İzlanda'daki yönetime gönderilecek kısa bir not haline getirebilir misin?`),

  rec('doc_ru', f`Переведи, пожалуйста, на английский заголовок и первый абзац:

${mark('Коммерческая тайна')}
Тендерное предложение ТОО «Хверфелл Бурение» на бурение двух разведочных скважин, Жаркентская впадина.
Стоимость работ: 3,4 млрд тенге без НДС, срок — 14 месяцев.`),

  rec('minutes_is', f`Getur þú stytt þessa fundargerð í fimm punkta á ensku?

${mark('TRÚNAÐARMÁL')}
Stjórnarfundur Hverfell Drilling hf., 16. janúar 2025
1. Samningur við orkufyrirtæki í Kenía: lokatilboð 27 m USD.
2. Kaup á nýjum borum frestað til 2026.`),

  rec('note_el', f`Μπορείς να διορθώσεις το ύφος σε αυτό το σημείωμα; Πρέπει να φαίνεται επίσημο.

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Μόνο για τη Διοίκηση
Η ομάδα Trust & Safety εντόπισε δίκτυο 14 λογαριασμών από τη Θεσσαλονίκη που πουλούν πλαστές τσάντες. Έχει ενημερωθεί η αστυνομία.`),

  rec('email', f`Subject: Embargoed budget figures — please read

Hi desk,

Attached are the canton's draft budget figures we got ahead of Thursday's press conference. ${mark('This document is strictly confidential')} until the embargo lifts at 10:00 on Thursday and must not be shared with the subscription marketing team.

Thanks, Reto

Can you make this e-mail shorter and a bit friendlier?`),

  rec('report_fi', f`${mark('LUOTTAMUKSELLINEN')}

Tilaajakehitys Q4/2024: digitilaajia 18 420 (+6 %), printtitilaajia 22 310 (−9 %). Hinnankorotus 1.3. alkaen, 2 € kuukaudessa.

Kirjoita tästä lyhyt tiivistelmä englanniksi Sveitsin toimitusjohtajalle.`),

  rec('doc_hr', f`Prevedi na engleski naslov i prvi odlomak:

${mark('POVJERLJIVO')} – samo za internu upotrebu
Analiza kašnjenja na projektu Rijeka – Zagreb: kašnjenje od 11 tjedana zbog isporuke kabela. Predlažemo pregovore o penalima s dobavljačem.`),

  rec('memo_ar', f`ممكن تترجم هذا للإنجليزي بشكل رسمي؟

${mark('سري للغاية')}
مذكرة إلى مجلس الإدارة: خطة افتتاح مستشفى بيطري ثالث في الدوحة خلال الربع الثالث من 2025، بتكلفة تقديرية 6.5 مليون ريال قطري. لا يتم تداول هذه المعلومات قبل توقيع عقد الإيجار.`),

  rec('slide_sl', f`Na vsakem diapozitivu predstavitve za Slovenske železnice je v nogi napisano "Nordspor Signal · ${mark('ZAUPNO')} · osnutek v2". Lahko pripraviš govorniške zapiske za diapozitiv 4 (časovnica vgradnje števcev osi)?`),

  rec('chat', f`Our template for vet referral letters has a header field where we type the classification. Someone asked whether we should put "${amb('confidential.marking', 'Confidential – Medical')}" there even though the patient is a dog. What's common practice in veterinary medicine?`, 'a marking quoted in a question about the template, not marking this text: ambiguous'),
];

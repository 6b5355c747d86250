/**
 * Held-out batch 34: classification markings in memos, minutes, advisories and e-mails (Greek,
 * Hungarian, Korean, Malay, Urdu, Icelandic, German, Swiss French, NZ and UK public-sector
 * markings), plus quoted markings, disclaimers and casual uses. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH34_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_el', f`${mark('ΑΥΣΤΗΡΩΣ ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Προς: Διοικητική Επιτροπή
Θέμα: Μεταφορά χαρτοφυλακίου P&I από τον Όμιλο Αργοστολίου

Ο πελάτης εξετάζει αλλαγή P&I club για τα 14 πλοία του στην ανανέωση της 20ής Φεβρουαρίου. Εκτιμώμενη προμήθεια: 410.000 USD ετησίως. Ο ανταγωνιστής έχει ήδη υποβάλει προσφορά με έκπτωση 7,5%.

Κάνε μου μια περίληψη σε 5 κουκκίδες στα αγγλικά για τον CEO.`),

  rec('memo_hu', f`${mark('SZIGORÚAN BIZALMAS')} – kizárólag a vezetőség részére

Tárgy: „Sólyom" projekt – a szlovák jelszókezelő-fejlesztő felvásárlása
Indikatív vételár: 11–13 millió EUR, earn-out 2 évre. A due diligence januárban indul, a csapat (23 fő) megtartása feltétel.

Fordítsd le angolra, a board meeting anyagába kell.`),

  rec('doc_ko', f`${mark('대외비')}

2025년 상반기 가격 인상안 (아시아 부티크)
- 스틸 라인: 평균 +6%, 3월 1일 적용
- 골드/플래티넘 라인: +9%, 환율 변동 반영
- VIP 고객 사전 안내: 2월 둘째 주, 부티크 매니저 개별 연락

이 내용을 부티크 매니저용 브리핑 자료로 다시 써 주세요. 수치는 그대로 두고요.`),

  rec('doc_ms', f`${mark('SULIT')}

Kertas Cadangan: Penstrukturan Semula Rangkaian Pusat Mel Zon Utara
1. Cadangan menutup 3 pusat pemprosesan kecil (Sungai Petani, Taiping, Kangar) dan memusatkan operasi di Bayan Lepas menjelang Q3 2025.
2. Anggaran penjimatan: RM 14.2 juta setahun. 186 kakitangan terlibat; pemindahan diutamakan.

Tolong ringkaskan dalam Bahasa Inggeris untuk mesyuarat lembaga.`),

  rec('minutes_ur', f`${mark('خفیہ')} — صرف بورڈ ممبران کے لیے

بورڈ اجلاس کی کارروائی، 28 نومبر 2024
1. اسلام آباد میں نئے کلینک کے لیے جگہ کی منظوری دی گئی، کرایہ 18 لاکھ روپے ماہانہ۔
2. ایمبریولوجی لیب کے سربراہ کا استعفیٰ موصول ہوا، جانشین کی تلاش شروع۔

اس کا انگریزی میں خلاصہ بنا دیں۔`),

  rec('doc_is', f`${mark('TRÚNAÐARMÁL')}

Minnisblað til stjórnar Póstlínu hf.
Efni: Fækkun dreifingardaga á landsbyggðinni
Lagt er til að bréfadreifing utan höfuðborgarsvæðisins fari úr fimm dögum í tvo á viku frá 1. apríl 2025. Áætlaður sparnaður: 610 milljónir kr. á ári.

Geturðu umorðað þetta á ensku fyrir norræna samstarfsaðila okkar?`),

  rec('email_de', f`Betreff: ${mark('STRENG VERTRAULICH')} – Kündigung Flottenpolice Reederei Möller

Hallo Marc,

die Reederei hat uns heute informell mitgeteilt, dass sie die Flottenpolice zum 20.02. an einen Wettbewerber in Hamburg verlegen will. Bitte noch nicht im Team kommunizieren, ich spreche morgen mit dem Geschäftsführer.

Gréiss,
Anne

-> Kanns de mir eng kuerz Äntwert op Däitsch formuléieren, dass ech et vertraulech behandelen?`),

  rec('doc_fr_ch', f`${mark('STRICTEMENT CONFIDENTIEL')} — Ne pas diffuser hors du comité produit

Calibre DC-12 « Lac de Joux »: réserve de marche 96 h, spiral silicium, lancement prévu à Watches & Wonders 2026. Prix public indicatif: CHF 42'000.– en acier.

Tu peux me faire une version courte pour la présentation au conseil, trois points maximum?`),

  rec('advisory', f`${mark('TLP:AMBER')}
TunnelWarden PSIRT — internal and partner distribution

Summary: a local privilege escalation in the Windows service (versions 7.2.0–7.4.0) allows a standard user to load an unsigned DLL via the split-tunnelling helper. Fix in 7.4.2, release planned 10 December. Do not discuss publicly before the advisory is published.

Can you turn this into a short note for our reseller partners in Korea and Malaysia?`),

  rec('briefing_nz', f`${mark('IN-CONFIDENCE')}

Briefing to the Community Housing Committee
Subject: Proposed sale of 42 older units in Naenae to fund the new build programme
Officers recommend sale by tender in two tranches. Tenants will be offered relocation within the portfolio. Expected proceeds: $19–22m.

Can you write the tenant-facing FAQ this will need later? Don't include the dollar figures.`, 'NZ Government protective marking IN-CONFIDENCE'),

  rec('report_scot', f`Header on every page: ${mark('OFFICIAL-SENSITIVE')}

Significant Case Review — summary of learning (housing & social work)
The tenant had three missed gas safety visits and two rent arrears warning letters in the six months before the incident. No single service held the full picture.

Please rewrite the learning points as an action plan for the housing officers.`),

  rec('email', f`Hi Calum,

Before the renewal meeting with the hull underwriters: ${mark('this note is strictly confidential')} and only for you and Moira. The owner has told us off the record that two of their bulkers will be sold for recycling in Q2, so the fleet sum insured drops by about USD 38m.

Speak soon,
Eilidh

-> tidy this up please, keep it informal`),

  rec('letter', f`${mark('PRIVILEGED & CONFIDENTIAL')}
Prepared in contemplation of litigation

Re: MV Valletta Trader — cargo of steel coils, rust damage, Bills of Lading GHS-0418/0419

Our preliminary view is that the damage arose from sweat during the Atlantic crossing rather than from seawater ingress, which makes the carrier's defence under Art. IV r.2(m) of the Hague-Visby Rules more difficult to rebut.

Summarise the argument for the claims handler in five sentences.`),

  rec('email_footer', f`Thanks Nikos, I'll send the signed slip tomorrow morning.

Regards
Kenny MacLennan
Halyard & Crane Marine Ltd, Glasgow

${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be legally privileged.')} If you are not the intended recipient, please notify the sender and delete it. Halyard & Crane Marine Ltd is authorised and regulated by the Financial Conduct Authority.`),

  rec('chat', f`We're writing the patient information leaflet for donor conception. What does UK law say about the confidentiality of donor identity — can a donor-conceived person really find out who the donor is at 18, and what about donations before 2005?`),

  rec('chat_ko', f`보안 교육 자료에 "${amb('confidential.marking', '대외비')}"와 "${amb('confidential.marking', '기밀')}" 등급 차이를 설명하는 슬라이드를 넣고 싶어요. 보통 회사에서는 어떻게 구분하나요? 예시 문구도 몇 개 만들어 주세요.`, 'markings quoted in a question about classification levels, not marking this text: ambiguous'),
];

/**
 * Held-out batch 118: classification and handling markings (embassy cables, nuclear-plant reports,
 * stadium security plans, commercial documents) in many languages, in headers, subjects, footers
 * and inline. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH118_CONFIDENTIAL: DraftRecord[] = [
  rec('cable_en', f`${mark('CONFIDENTIAL')}
FROM: Consular Section, Embassy Norvalia — Tbilisi
TO: MFA Visa Policy Unit
SUBJ: Rise in fraudulent bank statements in C-visa applications

1. Since August we have refused 41 applications citing forged bank statements from two local agencies.
2. Recommend adding both agencies to the watch list and requesting original statements for 6 months.

${mark('CONFIDENTIAL')}

Summarise this in three bullet points for the weekly meeting.`),

  rec('memo_de', f`${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}

Vermerk Rechts- und Konsularreferat
Betreff: Umgang mit Terminhandel bei Visa-Terminen

Externe Dienstleister verkaufen Termine weiter. Vorschlag: Terminvergabe nur noch mit Passnummer-Bindung, Stichprobenkontrollen am Schalter.

Bitte in einfache Sprache für die Ortskräfte umschreiben.`),

  rec('report_fr', f`Rédige un résumé en anglais de ce compte rendu :

${mark('DIFFUSION RESTREINTE')}
Compte rendu d'événement significatif radioprotection (ESR) — Tranche 2
Le 14/09, un intervenant a pénétré en zone orange sans dosimètre opérationnel. Dose estimée : 0,31 mSv. Analyse des causes en cours, déclaration à l'ASN sous 48 h.
${mark('DIFFUSION RESTREINTE')} — ne pas transmettre hors du service RP`),

  rec('email_en_gb', f`Subject: ${mark('OFFICIAL-SENSITIVE')}: stewarding plan v3 — derby 19 Oct

All,

Attached is v3 of the stewarding and segregation plan. Please note the away-fan escort route has changed (Station Rd closed). This document is ${mark('OFFICIAL-SENSITIVE')} and must not be shared with contractors outside the safety group.

Can you turn the route change into a short briefing for the steward supervisors?`),

  rec('doc_ru', f`${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}

Программа радиационного контроля на период ППР-2024, блок 1
Раздел 4. Индивидуальный дозиметрический контроль персонала подрядных организаций.

Переведи заголовок и раздел 4 на английский, пометку тоже.`),

  rec('doc_uk', f`Переклади на англійську, будь ласка:

${mark('КОНФІДЕНЦІЙНО')}
План евакуації глядачів у разі повітряної тривоги — стадіон «Металург», сектори A–F.
Відповідальний: керівник служби безпеки стадіону.`),

  rec('doc_zh', f`请把下面这段翻译成英文，保留密级标注：

${mark('内部资料 注意保密')}
蜂蜜出口定价策略（2025年度）
欧盟客户：槐花蜜基准价上调 6%；中东客户维持现价，以换取三年框架合同。`),

  rec('doc_ko', f`${mark('대외비')}

출입통제 시스템 구축 제안서 — ○○물류센터
1. 카드리더 48대, 생체인식 12대
2. 예상 공사비: 3억 2천만 원 (경쟁사 대비 8% 낮게 제안)

이 문서를 영어 요약본으로 만들어 줘.`),

  rec('doc_ja', f`${mark('社外秘')}
害虫防除サービス 価格改定のお知らせ（営業部内向け）
2025年1月より定期契約の基本料金を5%改定します。

この内容を取引先向けの丁寧な案内文に書き換えてください（内部向けの数字は除いて）。`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Revisión de tarifas de exportación 2025

Hola equipo,

Os adjunto la propuesta de precios para los importadores alemanes. Este documento es ${mark('confidencial')} y no debe reenviarse fuera de la cooperativa.

¿Me ayudas a redactar una versión corta para la asamblea?`),

  rec('doc_ar', f`${mark('سري')}
مذكرة داخلية — القسم القنصلي
الموضوع: إجراءات التحقق الإضافية لطلبات تأشيرات العمل

ترجم هذه المذكرة إلى الإنجليزية مع الإبقاء على التصنيف.`),

  rec('doc_he', f`${mark('סודי — לשימוש פנימי בלבד')}
תוכנית אבטחה למשחק הגמר: פריסת סדרנים, עמדות בידוק ומסלולי פינוי.

תכין לי מזה רשימת משימות לאחראי השערים.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – Esiti audit dosimetria interna

Buongiorno,

in allegato gli esiti dell'audit sul servizio di dosimetria. Documento ${mark('riservato')}: distribuzione limitata al Responsabile RP e all'Esperto di Radioprotezione.

Puoi riassumere i tre rilievi principali in inglese?`),

  rec('doc_tr', f`${mark('GİZLİ')}
Stadyum Güvenlik Toplantısı Tutanağı — 03.10.2024
Deplasman seyircisi için ayrı giriş kapısı (Kapı 9) kullanılacak; polis ile ortak kontrol noktası kurulacak.

Bunu İngilizce kısa bir özet haline getirir misin?`),

  rec('advisory_en', f`${mark('TLP:AMBER')}
Sector alert — physical security installers
A group is requesting "master key re-issue" from locksmith firms using forged letters from property managers. Verify by call-back to the number on file, never to the number in the letter.

Turn this into a two-line note for our front-desk staff.`),

  rec('doc_pl', f`Przetłumacz na angielski, zachowując oznaczenie:

${mark('ZASTRZEŻONE')}
Raport z przeglądu systemu kontroli dostępu — Elektrownia (strefa kontrolowana)
Stwierdzono 3 czytniki z nieaktualnym oprogramowaniem.`),

  rec('doc_hi', f`${mark('गोपनीय')}
दूतावास वीज़ा अनुभाग — साप्ताहिक रिपोर्ट
इस सप्ताह 312 आवेदन प्राप्त हुए, 27 अस्वीकृत।

इसे अंग्रेज़ी में अनुवाद करें और शीर्षक में वर्गीकरण रखें।`),

  rec('email_en', f`Subject: Re: dosimetry vendor contract

Thanks Priya — see the pricing annex below.

Annex B — pricing (${mark('Commercial in Confidence')})
TLD service: 4.10 EUR per badge per month; electronic personal dosimeters: lease 11.80 EUR per unit per month.

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}

Can you compare this to last year's 3.95 / 11.20?`),
];

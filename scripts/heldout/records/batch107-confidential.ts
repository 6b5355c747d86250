/**
 * Held-out batch 107: classification markings in memos, mails, minutes and slides of the six
 * settings, in headers, footers, subjects and sentences, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH107_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')}

To: Board of the Water Utility
From: Director of Network Operations
Re: Non-revenue water 2024 and the Eastside trunk main

Leakage in district metered areas 7–12 reached 31% in Q3. The 1962 cast-iron trunk main under Harbour Road failed three times since August. We recommend an emergency capital allocation of €4.8m and a temporary tariff surcharge, to be announced only after the council vote on 12 December.

Make this into a one-page briefing with three bullet points.`),

  rec('mail_de', f`Betreff: ${mark('VERTRAULICH')} – Haftungsfall Kreuzband-OP Zimmer 4

Liebe Kolleginnen und Kollegen,

der Haftpflichtversicherer hat im Fall der Revisions-OP vom 14.10. Akteneinsicht beantragt. Bitte keine Stellungnahmen nach außen; alle Anfragen an die Rechtsabteilung.

Dieses Schreiben ist ${mark('streng vertraulich')} und nur für die Chefärzte bestimmt.

Kannst du daraus eine kurze Gesprächsnotiz für die Morgenbesprechung machen?`),

  rec('recap_en_gb', f`${mark('PRIVATE & CONFIDENTIAL')} — SUBJECT TO CONTRACT

Fixture recap (working copy)
Owners: Kalliope Maritime Ltd
Charterers: Tarragon Commodities SA
Vessel: M/V "Alcyone Star", 82,000 dwt Kamsarmax
Delivery: passing Gibraltar, 20–25 November
Redelivery: Singapore–Japan range
Hire: USD 14,750/day, 3.75% address commission, 1.25% brokerage

Can you check the recap against the standard NYPE 2015 clauses and flag anything unusual?`),

  rec('minutes_fr', f`Résume ce compte rendu en 5 points pour le comité de direction :

${mark('CONFIDENTIEL')} – ${mark('DIFFUSION RESTREINTE')}
Comité de pilotage « Livraison à domicile » – 14 novembre
- Le partenaire logistique actuel sera remplacé au 1er mars ; négociations avec deux candidats.
- Fermeture envisagée de la plateforme de préparation de Lille-Sud (18 postes).
- Budget marketing 2025 réduit de 15 %.`),

  rec('doc_es', f`Traduce al inglés el encabezado y el primer párrafo:

${mark('CONFIDENCIAL')}
Informe de integridad competitiva – temporada 3
En las dos últimas semanas detectamos una red de 214 cuentas que compraban un cheat privado a través de un servidor de Discord. El proveedor del cheat parece estar en contacto con un miembro del equipo de moderación.`),

  rec('slide_ja', f`このスライドの文言を英語にしてください。

【${mark('社外秘')}】
留学生支援室 2025年度計画（案）
・受入れ目標：学部 320名 → 400名
・日本語予備教育プログラムを外部委託へ移行
・寮の新設は予算未承認のため保留`),

  rec('mail_zh', f`主题：【${mark('机密')}】反作弊封号名单（第47批）

各位：
附件为本周拟封号的 1,283 个账号，请在周五 18:00 前完成复核。名单${mark('严禁外传')}，不要转发到社区群。

谢谢
安全与反作弊组

帮我把这封邮件改写得更正式一些。`),

  rec('report_ru', f`Переведи на английский шапку и первый абзац:

${mark('КОНФИДЕНЦИАЛЬНО')}
Аналитическая записка по аварийности водопроводных сетей, 2024 г.
Количество порывов на магистральных сетях выросло на 23 % к прошлому году. Основная причина — износ чугунных труб 1960–1970-х годов прокладки.`),

  rec('doc_ko', f`아래 문서 제목과 첫 문단을 영어로 번역해 주세요.

${mark('대외비')}
2025년 정형외과 로봇수술 도입 검토 보고서
도입 비용 약 28억 원, 연간 예상 수술 건수 420건. 경쟁 병원 두 곳이 이미 도입을 완료함.`),

  rec('mail_nl', f`Onderwerp: Herziening tarieven bezorgdienst

Collega's,

In de bijlage het voorstel om de bezorgkosten per 1 februari te verhogen van € 2,95 naar € 3,95. Deze informatie is ${mark('vertrouwelijk')} tot de aankondiging aan klanten op 15 januari.

Kun je helpen met een klantvriendelijke aankondigingstekst?`),

  rec('advisory', f`${mark('TLP:AMBER')}

Sector advisory — water utilities
Several utilities report phishing e-mails impersonating meter-reading contractors, with links to fake SCADA vendor portals. Share only within your organisation and with your managed service providers.

Write three awareness bullet points for our field staff based on this.`),

  rec('contract_ar', f`ترجم هذه الفقرة إلى الإنجليزية:

${mark('سري للغاية')}
ملحق اتفاقية الشحن – خصم إضافي ٢٪ على أجرة الشحن مقابل التزام بثماني شحنات سنوياً من ميناء الدمام. لا يجوز الإفصاح عن هذه الشروط لأي طرف ثالث.`),

  rec('minutes_tr', f`Toplantı notlarını madde madde özetle:

${mark('GİZLİ')}
Uluslararası Öğrenci Ofisi – Yönetim toplantısı, 19 Kasım
1. Vize reddi oranı %18'e yükseldi; iki ajansla sözleşme feshedilecek.
2. Burs bütçesi 2025'te %10 azaltılıyor.
3. Yeni yurt ihalesi ertelendi.`),

  rec('email_pl', f`Temat: Wyniki audytu — apteka internetowa i dostawy

Dzień dobry,

przesyłam wstępne wyniki audytu łańcucha chłodniczego w dostawach do domu. Dokument ${mark('POUFNE')} — proszę nie przekazywać poza zarząd. W 3 z 40 skontrolowanych dostaw temperatura insuliny przekroczyła 8°C przez ponad 30 minut.

Pozdrawiam
Dział Jakości

${amb('confidential.marking', 'Ta wiadomość i jej załączniki są poufne i przeznaczone wyłącznie dla adresata.')}

Jak zaplanować działania naprawcze?`),

  rec('memo_sv', f`${mark('KONFIDENTIELLT')}

PM: Förhandlingar med idrottsförbundet om avtal för ortopedisk akutvård för landslagsspelare
- Förbundet vill ha garanterad MR inom 24 h och operation inom 72 h.
- Vi föreslår ett fast årsarvode på 3,2 MSEK.

Kan du skriva en kort sammanfattning på engelska?`),

  rec('doc_el', f`Μετάφρασε στα αγγλικά:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σημείωμα προς τη διοίκηση: η εταιρεία προτίθεται να ναυλώσει δύο επιπλέον πλοία τύπου Supramax για το πρώτο εξάμηνο του 2025, με στόχο τις φορτώσεις σιτηρών από τη Μαύρη Θάλασσα. Οι διαπραγματεύσεις με τους πλοιοκτήτες είναι ${mark('απόρρητες')}.`),
];

/**
 * Held-out batch 111: classification markings in reinsurance placement memos, credit-control
 * reports, fostering panel papers, clinic audits, towing-contract bids and app-agency documents,
 * in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH111_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_gb', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL')}
Placement memo – Atlantic Mutual property cat programme 2025

Modelled 1-in-200 OEP moved from £412m to £468m after the vendor model update (v23). We recommend the client buys an additional £50m layer xs £450m. Current market appetite suggests ROL of 4.5–5.2%.

Please turn this into three bullet points for the client call. ${mark('Strictly private & confidential')} – do not forward.`),

  rec('report_de', f`Fasse den Bericht in 5 Sätzen zusammen:

${mark('VERTRAULICH – NUR FÜR DEN INTERNEN GEBRAUCH')}
Forderungsmanagement Q3/2024 – Region Nord
Die überfälligen Forderungen >90 Tage stiegen auf 1,84 Mio. € (Q2: 1,12 Mio. €). Drei Großkunden (Landhandel) verantworten 61 %. Empfehlung: Kreditlimit-Reduzierung um 30 % und Lieferungen nur gegen Vorkasse bis Ausgleich.`),

  rec('panel_en_gb', f`${mark('OFFICIAL-SENSITIVE')}
Adoption Panel – 14 November 2024 – Item 3
Matching report: Child K. (age 5) with prospective adopters W.
The agency adviser recommends the match. Contact arrangements with birth grandmother: letterbox twice yearly.

I need a plain-English version of the recommendation for the prospective adopters (they will see a redacted version). Keep the ${mark('OFFICIAL-SENSITIVE')} header on it.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – Audit qualité cabinets d'orthophonie

Bonjour à tous,
Vous trouverez ci-dessous les premières conclusions de l'audit. Ce document est ${mark('strictement confidentiel')} et ne doit pas être transmis aux patients.
– Délais de rendez-vous bilan : 11 semaines en moyenne (objectif : 6)
– 3 cabinets sur 9 sans procédure écrite pour la désinfection des embouts audiométriques

Peux-tu reformuler ces constats de façon plus neutre pour le rapport final ?`, 'the inline "strictement confidentiel" is a second declaration of the same document; labelled'),

  rec('bid_es', f`Ayúdame a revisar el tono de esta sección de nuestra oferta para el contrato municipal de grúa y depósito:

${mark('CONFIDENCIAL')} — Oferta técnico-económica, Lote 2 (retirada de vehículos)
Nuestra propuesta ofrece un tiempo medio de llegada de 18 minutos en zona centro, con 14 grúas propias y 2 de reserva. Precio por retirada: 96,50 € (IVA excluido), un 7 % por debajo del precio de licitación.`),

  rec('doc_ja', f`以下の文書の冒頭部分を英訳してください。

${mark('社外秘')}
アプリ開発案件 見積根拠資料（株式会社ミライ薬局 様）
iOS/Android ネイティブ開発：工数 38人月、単価 95万円
保守運用：月額 42万円（SLA 99.5%）`),

  rec('memo_pl', f`${mark('POUFNE')}
Notatka: ryzyko kredytowe – Agro-Pol Sp. z o.o.
Klient przekroczył limit kredytowy o 38%. Proponujemy wstrzymanie dostaw nawozów azotowych do czasu spłaty zaległości za wrzesień.
Przetłumacz na angielski dla dyrektora finansowego.`),

  rec('doc_ru', f`Сократи текст до одного абзаца:

${mark('КОНФИДЕНЦИАЛЬНО')}
Отчёт о моделировании катастрофических рисков (землетрясение, Камчатка)
Модельный убыток на уровне 1 раз в 250 лет составил 2,3 млрд руб. для портфеля цедента. Рекомендуем перестраховочное покрытие с приоритетом 400 млн руб.`),

  rec('email_tr', f`Konu: ${mark('GİZLİ')} – Otopark ceza itirazları raporu

Merhaba, ekteki rapor ${mark('gizli')} olarak sınıflandırılmıştır; lütfen belediye dışına iletmeyin. Ekim ayında 1.214 itirazın %23'ü kabul edildi.
Bunu İngilizce özet olarak yazar mısın?`),

  rec('doc_ko', f`다음 보고서를 3줄로 요약해 주세요.

${mark('대외비')}
입양 대기 아동 현황 보고 (2024년 3분기)
신규 의뢰 27건, 결연 완료 19건. 장애 아동 결연 비율이 전년 대비 낮아 홍보 강화가 필요함.`),

  rec('deck_nl', f`Dia 1 van de presentatie voor de klant (app-bureau, jaarplanning). Kun je de tekst strakker maken?

${mark('VERTROUWELIJK')} | Pixelfjord × Apotheekketen — Roadmap 2025
- Q1: migratie naar Kotlin Multiplatform
- Q2: herhaalrecept via app (integratie met LSP)
- Q3: loyaliteitsprogramma
Voettekst: ${mark('Vertrouwelijk')} – niet verspreiden buiten de stuurgroep`),

  rec('advisory_en', f`${mark('TLP:AMBER')}
Our app-store account for one client was targeted by a phishing mail imitating App Store Connect ("Your app has been removed"). Three staff clicked; no credentials entered as far as we know.

Write a short internal warning for the release team, no indicators needed.`),

  rec('report_ar', f`ترجم هذا إلى الإنجليزية:

${mark('سري')}
تقرير تعرض محفظة إعادة التأمين لمخاطر الفيضانات – دولة الإمارات
إجمالي القيم المؤمنة في المناطق عالية الخطورة: 14.2 مليار درهم. نوصي بمراجعة حدود التجميع قبل التجديد في يناير.`),

  rec('email_sv', f`Ämne: ${mark('KONFIDENTIELLT')} – Omorganisation av hörselvården i Skåne

Hej! Nedan är utkastet till informationen till personalen. Innehållet är ${mark('konfidentiellt')} tills facket har informerats den 2 december.
Kan du göra texten mer empatisk?`, 'the inline "Innehållet är konfidentiellt" states the document is confidential; labelled'),

  rec('note_hi', f`इस नोट का अंग्रेज़ी में अनुवाद करें:

${mark('गोपनीय')}
उर्वरक वितरक – बकाया वसूली रिपोर्ट, अक्टूबर 2024
कुल बकाया ₹3.8 करोड़; 12 डीलरों का खाता 120 दिन से अधिक पुराना। सुझाव: नई आपूर्ति केवल अग्रिम भुगतान पर।`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Πρακτικά συνεδρίασης – Επιτροπή αναδοχής, 5 Νοεμβρίου
Εγκρίθηκαν 4 νέες ανάδοχες οικογένειες. Μία αίτηση αναβλήθηκε λόγω ελλιπών εγγράφων.
Βοήθησέ με να γράψω περίληψη για το ενημερωτικό δελτίο (χωρίς ονόματα).`),
];

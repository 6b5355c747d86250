/**
 * Held-out batch 116: classification markings on credit memos, clinical governance papers, T&S
 * policy drafts, quarry tender notes and census methodology documents, in many languages.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH116_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_us', f`${mark('STRICTLY CONFIDENTIAL')} — Investment Committee only

Credit memo: Kestrel Health, $12m growth term loan, 48 months, 11.5% fixed, 2.25% warrant coverage
Key risks: customer concentration (top 3 = 58% of ARR), runway 14 months post-close
Recommendation: approve subject to minimum liquidity covenant of $3m

Turn this into a one-paragraph summary for the LP quarterly letter, without the borrower's name.`),

  rec('email_en_gb', f`Subject: ${mark('CONFIDENTIAL')}: Pennine Foods – waiver request

Team,

Pennine Foods will breach the Q4 revenue covenant by roughly 9%. Management asks for a one-quarter waiver in exchange for a 50 bp fee. ${mark('Please treat this as confidential')} until the IC meets on Thursday.

Draft a neutral reply to management acknowledging receipt, no commitment.`),

  rec('doc_de', f`${mark('VERTRAULICH')} – nur für den internen Gebrauch

Ausschreibung Landesstraße L 3047: Lieferung von 18.000 t Frostschutzmaterial 0/32
Unser Angebotspreis: 14,20 €/t frei Baustelle; Schmerzgrenze 13,10 €/t

Formuliere bitte eine kurze Zusammenfassung für die Geschäftsführung, ohne die Schmerzgrenze zu nennen.`),

  rec('doc_fr', f`Objet : Revue de mortalité et morbidité – service des urgences
Classification : ${mark('CONFIDENTIEL MÉDICAL')}

Cas n° 3 : retard de prise en charge d'un polytraumatisé (délai porte-scanner 74 min). Facteurs : saturation du box de déchocage, absence de radiologue de garde sur place.

Peux-tu reformuler les facteurs en recommandations d'amélioration, sans aucun élément identifiant ?`),

  rec('doc_es', f`${mark('CONFIDENCIAL')} · Uso exclusivo del equipo de Confianza y Seguridad

Borrador v4 de la política de desnudez en transmisiones en vivo. Cambios respecto a v3: se amplía la excepción para contenido médico y educativo; las apelaciones se revisarán en 48 h.

¿Puedes resumirlo en cinco viñetas para el equipo de moderación de Latinoamérica?`),

  rec('slide_en_us', f`Speaker notes for slide 4 of the T&S quarterly review (footer on every slide: "Vidora · ${mark('Internal Use Only')} · Do not forward"):
Explain the drop in appeal overturn rate from 18% to 11% and why we think the new reviewer rubric is the cause.`),

  rec('doc_ru', f`${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}

Методика контроля полноты переписи: повторный обход 2% счётных участков, сравнение с административными регистрами. Ожидаемый уровень недоучёта в городах — 1,8–2,4%.

Переведи этот абзац на английский для отчёта донорам.`),

  rec('doc_ko', f`${mark('대외비')}
인구주택총조사 현장조사 운영계획(안) v2
조사원 1인당 담당 가구 수: 도시 150, 농촌 110
현장 점검 일정: 11월 1일~11월 15일

이 내용을 조사원 교육 자료용으로 쉬운 말로 바꿔 주세요.`),

  rec('doc_ja', f`【${mark('社外秘')}】補聴器フィッティング予約の運用変更について
来月より、初回相談は60分枠から45分枠に短縮します。対象店舗：新宿、横浜、大宮。

この文章を、店舗スタッフ向けの丁寧な案内文に書き換えてください。`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – piano turni accettazione PS gennaio

Colleghi, in allegato la bozza dei turni. ${mark('Documento riservato')}: non inoltrare a personale esterno o interinale.

Mi aiuti a riscrivere il paragrafo sulla copertura notturna in modo più chiaro?`),

  rec('doc_tr', f`${mark('GİZLİ')} – Yalnızca Yönetim Kurulu

Ocak sahası genişletme projesi: ÇED süreci Mart 2025'te tamamlanacak. Komşu arazi sahipleriyle görüşmeler devam ediyor; teklif edilen bedel dekar başına 185.000 TL.

Bu metni İngilizce kısa bir özete çevirir misin?`),

  rec('advisory_en_us', f`${mark('TLP:AMBER')} — share within your organisation only

A coordinated network is uploading re-encoded copies of removed videos with 2–3 frames of noise to evade hash matching. Affected platforms report ~4,000 uploads per day.

Help me draft internal detection ideas (perceptual hashing thresholds, upload velocity) — no indicators needed.`),

  rec('doc_pl', f`Klauzula: ${mark('ZASTRZEŻONE')}
Plan rozmieszczenia rachmistrzów spisowych – województwo opolskie
Rezerwa kadrowa: 12% na wypadek rezygnacji

Zamień to na krótką notatkę dla koordynatorów gminnych (bez liczby rezerwy).`),

  rec('doc_ar', f`${mark('سري للغاية')}
مذكرة لجنة الاستثمار: تمويل دين مغامر لشركة ناشئة في مجال التقنية المالية بقيمة 8 ملايين دولار، مدة 36 شهراً.
الرجاء تلخيص المخاطر الرئيسية في ثلاث نقاط باللغة الإنجليزية.`),

  rec('doc_nl', f`${mark('VERTROUWELIJK')} – concept, niet verspreiden

Evaluatie triage-protocol SEH (Q3): gemiddelde wachttijd categorie oranje 21 min (norm 10). Aanbeveling: extra triageverpleegkundige tussen 16:00 en 23:00.

Maak hier een korte samenvatting van voor de OR. Let op: ook de samenvatting blijft ${mark('vertrouwelijk')}.`),

  rec('email_footer_en_au', f`Thanks Mick, the revised haulage rates for Marulan look fine, I'll sign on Monday.

--
Bronwyn Keating | Southern Aggregates
${amb('confidential.marking', 'This email and any attachments are confidential and intended only for the named recipient. If you are not the intended recipient, please delete it and notify the sender.')}

Can you make my reply a bit more formal?`),
];

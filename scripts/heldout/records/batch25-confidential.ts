/**
 * Held-out batch 25: classification markings in memos, board papers, mails and slides of the six
 * organisations, in their languages, plus casual uses of the word. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH25_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — BOARD OF DIRECTORS ONLY

Subject: Proposed fare restructuring FY2026
Staff recommends moving to a flat $2.00 base fare with 90-minute transfers and eliminating the zone surcharge. Projected farebox revenue impact: −$3.1M year one, partly offset by the state transit operating grant.

Please turn this into talking points for the chair, 5 bullets max.`),

  rec('doc_es_mx', f`${mark('CONFIDENCIAL')} – Uso exclusivo de la Dirección General

Plan de expansión 2025: apertura de 3 campus (Zapopan, Tlaquepaque, Querétaro) y cierre del campus Centro por baja matrícula (ocupación 54%).

Resúmelo en un párrafo para el consejo, sin mencionar el cierre todavía.`),

  rec('doc_it', f`Puoi tradurre in inglese questa premessa per il partner finlandese?

${mark('RISERVATO')} – NON DIVULGARE
Offerta tecnico-economica – Concorso di progettazione Nuovo Deposito Tram Bergamo
Ribasso proposto: 18,5% sull'importo a base di gara.`),

  rec('doc_cs', f`${mark('DŮVĚRNÉ')} – pouze pro vedení společnosti

Term sheet Série A: pre-money 28 mil. EUR, vedoucí investor zatím neuveden, opce pro zaměstnance 12 %.

Napiš mi z toho shrnutí v angličtině do e-mailu pro poradní sbor.`),

  rec('email', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL')} — Coljuegos inquiry response draft

Team, attached is outside counsel's draft response to the regulator's request regarding the self-exclusion lapse in October. Please do not forward.

→ can you make the opening paragraph less defensive?`),

  rec('advisory', f`${mark('TLP:AMBER')}

Sector alert from the gaming ISAC: credential-stuffing campaign against sportsbook login APIs, 2–3k req/min per ASN, rotating residential proxies. Share within your organisation only.

Write detection rules we could try in our WAF, generic please.`),

  rec('doc_fi', f`${mark('LUOTTAMUKSELLINEN')}
Hallituksen kokous 12.12.2024 – liite 4
Raitiotien jatkeen kustannusarvio on noussut 214 M€ → 251 M€.

Tiivistä riskit kolmeen kohtaan englanniksi.`),

  rec('doc_uk', f`${mark('КОНФІДЕНЦІЙНО')}
Для внутрішнього використання. Звіт про підозрілі ставки на матчі Першої ліги за листопад: 14 акаунтів, пов'язаних з однією IP-мережею, ставки на точний рахунок.

Переклади англійською для compliance-команди на Мальті.`),

  rec('doc_vi', f`Dịch sang tiếng Anh giúp mình:

${mark('MẬT')} – Chỉ lưu hành nội bộ
Đề xuất điều chỉnh phí dịch vụ tính lương năm 2025 cho khách hàng khu vực phía Nam: tăng 7% từ tháng 3.`),

  rec('slide', f`Footer on every slide of the client pitch: "PayNest · ${mark('Internal Use Only')} · Draft v2". Write speaker notes for slide 4 (our SLA: payroll processed 3 business days before payday, 99.8% accuracy).`),

  rec('email_hi_en', f`Team, ${mark('this salary revision sheet is strictly confidential')} — please don't forward it to anyone outside HR. Sab log apne apne client ka column check karke Friday tak confirm kar do.

→ isko thoda polite and formal bana do`),

  rec('report', f`Classification: ${mark('Restricted')}
Internal audit – cash handling, Casino Floor 2, Q3
Three cage shortages above PHP 50,000 were not escalated within 24 h as required by the AML manual.

Rewrite this finding for the audit committee.`),

  rec('email_footer', f`Ciao Laura, ti mando le tavole aggiornate entro stasera.

--
${amb('confidential.marking', "Questo messaggio e i suoi allegati sono confidenziali e destinati esclusivamente al destinatario.")} Se lo avete ricevuto per errore, vi preghiamo di cancellarlo e di avvisare il mittente.`),

  rec('chat', f`The parents' association asked whether children's photos in our app are "confidential information". Are they personal data under GDPR/LFPDPPP rather than confidential business info? Explain the difference simply.`),

  rec('chat', f`How do I set a default sensitivity label ("Confidential – Internal") on all new SharePoint sites in Purview, and can users downgrade it?`),

  rec('gov_tl', f`Paano ko ilalagay sa bawat page ng proposal yung header na "${amb('confidential.marking', 'CONFIDENTIAL')}" na hinihingi ng client (government agency)? Sa Word, lahat except cover page.`, 'a marking quoted in a formatting question: ambiguous'),
];

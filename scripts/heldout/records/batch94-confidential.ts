/**
 * Held-out batch 94: documents carrying classification markings (headers, subjects, footers,
 * inline statements) from the six settings, in several languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH94_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${v('confidential.marking', 'CONFIDENTIAL')} — INTERNAL USE ONLY

To: Hangar 2 shift leads
Re: Findings from the EASA audit pre-visit

The auditor noted three open items: tool control at bay 4, two expired shelf-life sealants in the parts store, and missing duplicate inspection sign-off on WO-55218. Please close all before 28 March. Do not forward outside the quality team.

Can you turn this into a short action list?`),

  rec('email', f`Subject: ${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} – bursary committee shortlist

Dear committee members,

Attached is the shortlist for the 2025/26 bursary round (14 families). Please review before Thursday's meeting. Income documents remain in the secure folder.

Regards,
Admissions & Bursaries`),

  rec('chat', f`Rewrite this in plainer Portuguese for the lab technicians, keep the header:

${v('confidential.marking', 'CONFIDENCIAL')} – Apenas para uso interno
Novo fornecedor de zircónia a partir de maio; preço por disco baixa 18 %. Não comentar com clientes nem com o fornecedor atual até à assinatura do contrato.`),

  rec('document', f`Klassifizierung: ${v('confidential.marking', 'VERTRAULICH')}

Rotorblatt-Serie B58 – Ursachenanalyse Delamination
Zusammenfassung: Die Delaminationen an der Hinterkante treten bei Formen 3 und 5 auf; vermutete Ursache ist eine zu kurze Aushärtezeit nach dem Softwareupdate der Ofensteuerung. Kunde wurde noch nicht informiert.

Bitte eine englische Management-Zusammenfassung (5 Sätze) erstellen.`),

  rec('chat', f`Can you summarise this incident note for the park director? It's marked ${v('confidential.marking', 'TLP:AMBER')}.

Poaching camp found near the eastern boundary, 3 snares removed. Coordinates and patrol schedule withheld. Police informed, joint operation planned for next week.`),

  rec('email', f`Ämne: Lönerevision tekniker – ${v('confidential.marking', 'KONFIDENTIELLT')}

Hej,
Förslaget till ny lönetrappa för B1/B2-tekniker bifogas. Siffrorna får inte spridas innan förhandlingen med facket.

/HR`),

  rec('document', f`${v('confidential.marking', 'SECRET COMMERCIAL')}
Seller-fee restructure, Q3 — draft 2

Commission for electronics drops from 8% to 6.5% for sellers with >98% on-time shipping; fashion stays at 12%. Announcement date not fixed. This document is ${v('confidential.marking', 'confidential')} and must not be shared with sellers.

Please check the maths in the table I'll paste next.`),

  rec('chat', f`Traduis en malgache pour l'équipe de rangers, en gardant la mention ${v('confidential.marking', 'DIFFUSION RESTREINTE')} en tête :

Les patrouilles nocturnes dans le secteur nord changent d'horaire à partir du 1er juin. Ne pas communiquer les horaires aux guides privés.`),

  rec('email', f`Tárgy: ${v('confidential.marking', 'BIZALMAS')} – beszállítói audit eredménye

Kedves Kollégák!
A gyantaszállító auditján két súlyos eltérést találtunk. Kérem, a jelentést ne küldjék tovább a beszállítónak a vezetőségi döntés előtt.`),

  rec('footer', f`Please proofread this letter to parents about fee increases.

Dear Parents,
From September, tuition fees will rise by 4.5% across all campuses. Bursary holders will not be affected...

—
${v('confidential.marking', 'Internal – Confidential – Do not distribute')}
Hollinsgrove Schools Group, Finance Office`),

  rec('chat', f`Özetle lütfen (Türkçe): başlık "${v('confidential.marking', 'GİZLİ')}" — Hangar 1'deki A320 yangın söndürme şişesi değişimlerinde yanlış parça numarası kullanılmış olabilir. Uçaklar kontrol edilene kadar bilgi sadece kalite ve teknik müdürlükte kalacak.`),

  rec('slides', f`Slide notes for the dental-lab board meeting — footer on every slide says "${v('confidential.marking', 'Board Confidential')}". Can you tighten these bullets?
- Acquisition of a 3-technician lab in Braga, EV ~ 1.2M EUR
- Integration of their CAD/CAM into our LIMS by Q4
- Staff not to be informed until signing`),

  rec('email', f`Тема: ${v('confidential.marking', 'ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')} — график проверки лопастей

Коллеги, прошу не пересылать заказчику график внеплановых проверок лопастей до согласования с техническим директором.

Сделайте, пожалуйста, краткое резюме на английском.`),

  rec('chat', f`Ini catatan rapat, tolong rapikan. Bagian atas dokumen ${v('confidential.marking', 'RAHASIA')}: rencana penutupan cabang lab gigi di Medan karena kerugian tiga kuartal berturut-turut; karyawan akan ditawari pindah ke Jakarta.

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}`),
];

/** Held-out batch 6: classification markings in corporate, legal, public-sector and research text, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH6_CONFIDENTIAL: DraftRecord[] = [
  rec('deck_footer', f`Can you turn these speaker notes into 5 bullet points?

Slide 14 — FY26 pricing proposal
- list price +6 %, loyalty tier unchanged
- pilot with three Irish grocers in Q2

Harbourline Logistics | ${mark('PROPRIETARY AND CONFIDENTIAL')} | 14`),

  rec('email_subject', f`Subject: ${mark('CONFIDENTIAL – SUBJECT TO NDA')}: Fjordlight / Tidewater data-sharing term sheet v3

Hi both, attached the redline. Main open point is the 24-month exclusivity.

Rewrite this e-mail so it sounds less abrupt.`),

  rec('doc_lt', f`${mark('KONFIDENCIALU')}
UAB „Gintaro Uostas" — valdybos posėdžio protokolas Nr. 2025/02
Darbotvarkė: Klaipėdos sandėlio nuoma, investicijų planas 2025–2026.

Išversk į anglų kalbą, prašau.`, 'Lithuanian marking'),

  rec('doc_sl', f`${mark('ZAUPNO')} — samo za upravo
Poročilo o prevzemu podjetja Kranjc Logistika d.o.o., osnutek 2

Please summarise this in English in five lines.`, 'Slovenian marking'),

  rec('doc_id', f`${mark('RAHASIA')}
Memo Direksi PT Pelabuhan Nusantara Jaya — Rencana akuisisi gudang di Cikarang, nilai indikatif Rp 84 miliar.

Terjemahkan ke bahasa Inggris.`, 'Indonesian marking'),

  rec('doc_ja', f`${mark('社外秘')}
2025年度 物流センター統合計画（案）
対象拠点：大阪南港、神戸ポートアイランド

Please translate the heading and first two lines into English, keep the classification line.`, 'Japanese "shagaihi" (not for outside the company) in Japanese script'),

  rec('legal_en', f`${mark('PRIVILEGED & CONFIDENTIAL — PREPARED AT THE DIRECTION OF COUNSEL')}
Internal review: February dock-crane incident, Berth 4

Summarise the timeline section only.`, 'one label for the whole privilege line, as batches 2–5 did for two-part lines'),

  rec('research', f`Draft for the funder, please fix the grammar:

"The attached interim dataset is ${mark('strictly confidential')} until the consortium publishes its findings; please do not share it outside the steering group."`, 'an inline statement marking the attached dataset (batch 5 made a similar inline statement a label)'),

  rec('disclaimer', f`Thanks, I'll send the revised quote tomorrow.

Luca

${amb('confidential.marking', 'This message and any attachment are confidential and intended solely for the addressee.')} If you received it in error please delete it.

— translate just the first two lines into Italian`, 'an e-mail disclaimer (ambiguous by convention)'),

  rec('neg_hotel', f`We got a "confidential corporate rate" from the Lisbon hotel for the offsite — is it normal that they won't put the rate in writing? Write a polite e-mail asking for written confirmation.`, 'a casual use of "confidential" (negative)'),

  rec('neg_band', f`Write a 100-word review of the gig: the support act, a covers band called Top Secret Tuesday, played mostly 80s synth-pop and the headliner was late by 40 minutes.`, 'a band name (negative)'),

  rec('neg_ballot', f`Our staff council election uses a secret ballot; can you draft the announcement saying votes are anonymous and that the returning officer keeps the count classified until the AGM?`, 'secret ballot / "classified until": casual (negative)'),
];

/**
 * Held-out batch 27: classification markings on statistics releases, hotel deals, wind-farm
 * advisories, police records, supplier pricing and student-housing board papers — in English,
 * Canadian French, Catalan, Lithuanian, Serbian, Bengali, Korean and Japanese. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH27_CONFIDENTIAL: DraftRecord[] = [
  rec('release_note', f`${mark('CONFIDENTIAL')} – PRE-RELEASE ACCESS ONLY
${amb('confidential.marking', 'Embargoed until 11:00, Thursday 12 December 2024')}

Consumer Price Index, November 2024
Annual inflation 1.4% (October: 0.7%). Largest upward contribution: electricity (+6.1% m/m) following the end of the energy credit.

Can you rewrite the headline paragraph in plain English for the press office? They get it at 10:30.`, 'an embargo line restricts release like a marking but is not a classification: ambiguous'),

  rec('doc_lt', f`${mark('KONFIDENCIALU')}
Tik vidiniam naudojimui

Gyventojų surašymo 2031 m. pasirengimo planas: siūlome atsisakyti popierinių klausimynų visose savivaldybėse, išskyrus 9 kaimiškas. Biudžeto poveikis: −2,3 mln. EUR.

Išversk pirmą pastraipą į anglų kalbą Eurostato darbo grupei.`),

  rec('doc_sr_cyrl', f`${mark('ПОВЕРЉИВО')}
Нацрт методологије за процену неформалне запослености, верзија 0.3

Предлажемо да се модул о неформалном раду уврсти у Анкету о радној снази од првог квартала 2026.

Преведи наслов и први пасус на енглески.`),

  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — Project Heron

Board paper: proposed acquisition of Villa Solenne (Lake Como, 42 keys + thermal spa). Indicative EV €38–42m, 14× EBITDA. Exclusivity until 31 January.

Draft 5 bullet points of key risks for the investment committee, keep the tone neutral.`),

  rec('doc_ja', f`${mark('社外秘')}
2025年度 京都・嵐山 レベニューマネジメント方針
繁忙期（3月下旬〜4月上旬、11月）のADRを前年比+12%とし、連泊割引は閑散期のみ適用する。

この方針を英語で3行に要約してください。`),

  rec('doc_ko', f`${mark('대외비')} — 2025 서울 호텔 스파 가격 정책 초안
주중 트리트먼트 가격 8% 인상, 투숙객 15% 할인 유지. 경쟁사(3곳) 대비 여전히 평균 이하.
이 내용을 영어로 간단히 요약해 주세요. 본사 보고용입니다.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Sector advisory (renewables OT), 29 Nov 2024: exploitation observed of the web interface on a widely used turbine park controller; attackers changed curtailment setpoints at two sites in northern Europe. Vendor patch expected in January.

Turn this into a short brief for our control-room shift leads — what to watch for, nothing they'd need to forward.`),

  rec('email', f`Subject: ${mark('COMMERCIAL IN CONFIDENCE')} – Beinn Ghlas PPA pricing

Hi Euan,

Attached the term sheet from the offtaker. Headline: 15-year pay-as-produced at £61.40/MWh (CPI-linked, floor £48). I'm no sure the shape discount is right, can you run it against our P50?

Cheers,
Morag

(tidy the email and keep the marking as is)`),

  rec('report_fr_ca', f`${mark('PROTÉGÉ B')}
Rapport de vérification – Unité des dossiers, 4e trimestre
Constat 3 : 11 demandes d'accès ont dépassé le délai légal de 20 jours en raison du caviardage manuel.

Peux-tu reformuler ce constat en anglais pour le comité de vérification? Garde la désignation en haut.`),

  rec('policy', f`Records Unit – Disclosure procedure v4 (draft)
Marking: ${mark('PROTECTED A')}

4.2 Before release, all third-party personal information must be severed under s.19. ${mark('This document is confidential and is not to be released outside the Service')} without the approval of the Records Manager.

Rewrite 4.2 as a short checklist for new clerks.`),

  rec('doc', f`${mark('INTERNAL ONLY')} — Brambleworks Christmas 2025 range

Hero SKUs: Woodland Friends advent calendar (launch 1 Sept), Moonlight Dolls' House v2 (moved from Dongguan to Gazipur to save 11% landed cost).

Give me three tag-line ideas for the advent calendar, no mention of the factory move.`),

  rec('price_list_ko', f`${mark('기밀')} — 한빛몰딩 2025 단가표 (Brambleworks 전용)
ABS 블록 세트 BW-2210: USD 1.84 → 1.79
금형 유지보수비: 연 USD 12,000 고정
영어 메일로 바꿔서 구매팀에 보내 주세요. 단가는 그대로 두세요.`),

  rec('audit_bn', f`${mark('গোপনীয়')} — সামাজিক নিরীক্ষা প্রতিবেদন, রূপালী টয়েজ (গাজীপুর)
মূল পর্যবেক্ষণ: অগ্নি নির্গমন পথ ২টি তালাবদ্ধ পাওয়া গেছে; ওভারটাইম সীমা লঙ্ঘন (সপ্তাহে ৭২ ঘণ্টা পর্যন্ত)।

Translate the findings into English for our ethical-sourcing committee.`),

  rec('doc_ca', f`${mark('CONFIDENCIAL')}
Pla d'expansió Campusnest Barcelona 2026: compra de l'antic hotel del carrer de Sants (180 llits). Oferta prevista: 21 M€. No se'n pot parlar fora de l'equip directiu fins a la signatura.

Resumeix-ho en anglès en tres punts per al consell.`),

  rec('board_pack', f`Board pack, 10 December — item 6
Classification: ${mark('Restricted – Board only')}
Durban (Berea) residence: occupancy 71% vs 92% budget; proposal to convert 60 beds to short-stay during vacations.

Siyabonga — could you write the cover note in English, two short paragraphs?`),

  rec('email_footer', f`Thanks Sinéad, I'll have the move-in numbers to you by Friday.

--
Fionnuala Brennan | Campusnest Dublin
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient please delete it and notify the sender.`),
];

/**
 * Held-out batch 31: classification markings in memos, board papers, tenders and mails (English,
 * Finnish, Danish, Czech, Catalan, Vietnamese, Indonesian), and a few quoted or casual ones. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH31_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — BOARD OF DIRECTORS ONLY
Lowveld Airports Company | Board paper 2024/11-07

Subject: Proposed concession for the KGA multi-storey parkade

Management recommends a 15-year concession with a minimum annual guarantee of R 22 m, escalating at CPI. Two bidders remain; the preferred bidder's offer is 11% above the runner-up. Labour implications: 23 parking staff to be transferred under section 197.

Please summarise this into five bullet points for the chair.`),

  rec('tender', f`Can you improve the English in this cover note (I'm Danish)?

${mark('FORTROLIGT')} – tilbudsmateriale
Genvinding Nord A/S
Re: Tender for collection of household waste, Holstebro Kommune 2025–2031

We hereby submit our offer. Prices in annex 3 are given per emptying and are fixed for the first 24 months. The offer assumes that the municipality provides the new 2-chamber bins.`),

  rec('email', f`Subject: ${mark('COMMERCIAL IN CONFIDENCE')} – draft landing fee schedule 2025/26

Hi Kagiso,

Attached is the draft tariff book. Please don't forward to the airlines before the consultation opens on 15 January; the increase on ATR-size aircraft is 9.4% and we expect pushback from the regional carriers.

Regards,
Commercial Department

→ rewrite this email so it's shorter and a bit friendlier`),

  rec('doc_fi', f`Käännä englanniksi otsikko ja ensimmäinen kappale:

${mark('LUOTTAMUKSELLINEN')}
Hinnoittelustrategia 2025 – oikeudelliset ja lääketieteelliset käännökset
Nostamme sertifioitujen käännösten minimiveloitusta 10 %:lla 1.2.2025 alkaen. Suurimpien asiakkaiden (3 lakitoimistoa, 2 sairaanhoitopiiriä) kanssa neuvotellaan erikseen.`),

  rec('doc_cs', f`${mark('DŮVĚRNÉ')} – pouze pro vedení společnosti
EkoSvoz s.r.o. – návrh restrukturalizace svozových tras Brno-sever
Navrhujeme sloučit trasy 4 a 7 a snížit počet vozidel o dvě. Dopad na zaměstnance: 3 řidiči, 2 závozníci.

Shrň to prosím anglicky pro dánskou centrálu, max 5 vět.`),

  rec('doc_ca', f`Tradueix això a l'anglès per al consell d'administració:

Document ${mark('CONFIDENCIAL')} – Ús intern
Pla d'inversions 2025-2027 – Pic Blanc
Es proposa substituir el telecadira 2 (any 1988) per un telecabina de 8 places. Cost estimat: 14,2 M€. Finançament: 60% préstec, 25% subvenció, 15% fons propis.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Sector advisory – airports ICT, 28 Nov 2024

Several regional airports report phishing calls impersonating the AODB vendor's support desk, asking ground-handling staff to install a "remote support" tool. Share only within your organisation and with your IT providers.

Write me a short awareness message for our ramp staff based on this, nothing technical.`),

  rec('note_ca', f`Need to pass this on to the French-language team, please make sure the header is kept exactly:

${mark('PROTECTED B')}
Employee relations file — Morning show host complaint, Winnipeg station
Investigation opened 12 Nov 2024. Interviews with 6 staff completed. Findings expected by 20 Dec.

Summarise the status in two sentences for the regional director.`, 'Government of Canada security marking used by a public broadcaster'),

  rec('email_vi', f`Nhờ bạn dịch email này sang tiếng Anh giúp mình:

Tiêu đề: [${mark('MẬT')}] Hồ sơ bệnh án – khách hàng Bệnh viện Đa khoa Tâm An
Chị Hạnh thân mến,
Bên mình đã nhận đủ 214 trang hồ sơ. Theo hợp đồng, chỉ 2 biên dịch viên được chỉ định mới được mở tài liệu này, không lưu trên máy cá nhân.`),

  rec('doc_id', f`Tolong ringkas dokumen ini jadi 3 poin dalam bahasa Inggris:

${mark('RAHASIA')} – Hanya untuk Manajemen
Rencana akuisisi 6 apotek independen di Bekasi dan Depok, target penutupan Q2 2025. Valuasi indikatif Rp 18–22 miliar. Jangan diteruskan ke staf cabang.`),

  rec('slide', f`Speaker notes for slide 4 of the rights renewal deck (every slide has the footer "NLBC · ${mark('Confidential – Internal Use Only')} · draft v2"):
Explain why we drop the live sports audio rights after 2025 and what the saving means for local news hiring. 90 seconds max.`),

  rec('email', f`Hi all,

Before the steering group: ${mark('the attached pricing model is strictly confidential')} and must not be shared with the municipality's consultants until the tender closes.

Lone

→ Can you make this sound less stiff? Still clear that it's not for sharing.`),

  rec('report_da', f`Klassifikation: ${mark('Intern – fortroligt')}
Hændelsesrapport: brand i sorteringsanlæg, Aarhus, 22.11.2024
Brand opstod i shredder-linje 2, sandsynligvis lithiumbatteri i dagrenovation. Ingen personskade. Anlægget ude af drift i 9 dage.

Lav en kort ekstern pressemeddelelse baseret på dette, uden de interne detaljer.`),

  rec('gov_question', f`Formatting question: the health authority wants our translated discharge summaries stamped "${amb('confidential.marking', 'SALASSA PIDETTÄVÄ')}" in the header, like their originals. How do I add that to every page header in Trados' target DOCX automatically?`, 'a marking quoted in a formatting question rather than marking this text: ambiguous'),

  rec('email_footer', f`Thanks Sipho, I'll confirm the stand allocation by 4pm.

--
Nomvula Khoza | Apron Control | Lowveld Airports Company
${amb('confidential.marking', 'This e-mail and its attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please notify the sender and delete it. Lowveld Airports Company accepts no liability for any damage caused by this e-mail.`),
];

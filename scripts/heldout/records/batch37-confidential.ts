/**
 * Held-out batch 37: classification markings in board memos, advisories, council papers and e-mails,
 * in the batch's languages, with a quoted marking and a disclaimer as ambiguous spans.
 * Hand-written, not measured yet.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH37_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — BOARD OF DIRECTORS

Lessee watch-list, December
1. Panonija Mikroelektronika d.o.o. (Novi Sad): two quarterly rentals overdue (EUR 1.84m). Management proposes a 6-month standstill against a pledge on the second implanter.
2. Recovery of the Canon FPA-3000 from the Batam site is delayed by export licensing; book a 15 % impairment.

Can you turn this into three crisp bullet points for the chair's opening remarks?`),

  rec('memo_de_ch', f`${mark('STRENG VERTRAULICH')}
Verwaltungsratssitzung Lithotrade Capital AG, 12. Dezember

Traktandum 4: Verkauf des Portfolios "Südeuropa" (27 Anlagen, Buchwert CHF 61 Mio.) an einen Finanzinvestor. Indikatives Angebot 94 % des Buchwerts, Exklusivität bis 31. Januar.

Formuliere mir bitte eine kurze Zusammenfassung auf Englisch für den neuen VR aus London.`),

  rec('email_it', f`Oggetto: ${mark('STRETTAMENTE RISERVATO')} – rinegoziazione contratto Agrate

Ciao Paolo,

il cliente chiede di ridurre il canone del 12 % in cambio di un'estensione di 24 mesi. Il nostro limite interno è l'8 %. Non inoltrare questa mail fuori dal team crediti.

Mi aiuti a preparare tre argomenti per la call di giovedì?`),

  rec('doc_sk', f`${mark('PRÍSNE DÔVERNÉ')}
Správna rada Nadácie Detskej nemocnice – zasadnutie 9. 12.

Bod 2: Rokovanie s rodinou darcu o pomenovaní nového pavilónu. Navrhovaný dar 1,2 mil. EUR v troch splátkach, podmienka: meno pavilónu na 25 rokov.

Prelož prosím bod 2 do angličtiny pre audítora.`),

  rec('doc_sr', f`${mark('ПОВЕРЉИВО')}
Записник са састанка управног одбора фондације, 28. новембар

Донатор из Немачке је понудио 300.000 евра за нови инкубатор, уз услов да његово име не буде јавно објављено. Одбор се сагласио.

Молим те направи кратак сажетак на енглеском, без износа.`),

  rec('doc_mk', f`${mark('ДОВЕРЛИВО')} – само за менаџментот
Ценовна стратегија 2025: сателитскиот пакет „Плус“ поскапува за 8 % од 1 март; интернет пакетите остануваат исти до крајот на Q2.

Напиши ми три клучни пораки за продажниот тим, без да се спомене процентот.`),

  rec('doc_mn', f`${mark('НУУЦ')}
Удирдлагын хурлын тэмдэглэл – 11 сарын 29
Дорнод аймгийн 14 сумын станцыг 2025 оны 6 сар хүртэл хаах төлөвлөгөөтэй. Ажилтнуудад 1 сараас өмнө мэдэгдэхгүй.

Үүнийг англи хэл рүү товч орчуулаад өгөөч.`),

  rec('doc_ne', f`${mark('गोप्य')}
सञ्चालक समितिको बैठक – मंसिर २०८१
विषय: नक्कली उद्धार दाबीहरूको आन्तरिक छानबिन। तीन ट्रेकिङ एजेन्सीले बिरामी नभएका पर्यटकलाई हेलिकप्टर उद्धार गरेको देखिन्छ। प्रहरीलाई जानकारी दिनुअघि कानुनी सल्लाह लिने।

यसलाई अंग्रेजीमा छोटो सारांश बनाइदिनुहोस्।`),

  rec('email_id', f`Subjek: ${mark('RAHASIA')} – harga kontrak Gayo 2025

Pak Hendra,

Harga FOB yang kami tawarkan untuk 4 kontainer Gayo grade 1 adalah USD 7,10/kg, batas atas USD 7,45. Mohon jangan diteruskan ke eksportir lain.

Tolong bantu saya buat versi bahasa Inggris untuk kantor pusat di Nashville.`),

  rec('council_paper', f`${mark('OFFICIAL-SENSITIVE')}
Kirkbrae Bereavement Services — Committee paper 24/31
Subject: Capacity at Kirkbrae Crematorium during cremator relining (Feb–Apr)

Options: (a) divert to the neighbouring authority at £310 per cremation, (b) extend hours to 19:00, (c) both. Trade union consultation not yet started.

Please summarise the options in plain language for the front-desk team, without the cost figure.`),

  rec('email', f`Subject: ${mark('COMMERCIAL IN CONFIDENCE')}: NCE auction strategy, sale 12

Team,

For sale 12 we cap bids on Nyeri AA at USD 9.20/lb and skip the Kirinyaga lots unless cupping is 87+. Do not discuss with other buyers at the exchange.

Njeri

-> make this a short WhatsApp-style message for the two junior buyers`),

  rec('advisory', f`${mark('TLP:AMBER')}
Orbicom NOC security advisory 2024-07
Affected: ORB-CPE-4 firmware < 4.3.1. An unauthenticated request to the diagnostics page can reboot the modem. Exploitation observed in two barangays in Cebu.
Action: push 4.3.1 to all CPE in CEB and DVO by Friday.

Can you write the field-engineer instructions in Tagalog-English, no CVE details?`),

  rec('letter_si', f`${mark('රහසිගතයි')}
නාගරික සභාව – සුසාන භූමි අංශය
මාතෘකාව: සුසාන භූමියේ ඉඩම් වෙන් කිරීමේ අක්‍රමිකතා පිළිබඳ අභ්‍යන්තර විමර්ශනය

මෙම ලිපියේ මූලික කරුණු ඉංග්‍රීසියෙන් සාරාංශ කරන්න.`),

  rec('memo', f`To: Trustees, St Kessog's Children's Hospital Charity
From: Director of Fundraising

${mark('This paper is strictly confidential')} and must not be shared beyond the trustee board.

The legacy from the late Mr Gilchrist's estate is contested by a family member; we expect a settlement of around 60 % of the original bequest. We should not announce the new play-room funding until this is resolved.

Please tighten the wording, keep it under 120 words.`),

  rec('doc_rm', f`${mark('CONFIDENZIAL')}
Protocol da la suprastanza da la colonna da salvament Engiadina Bassa
Tractanda 3: Il nov helicopter na vegn betg finanzià avant 2026. Betg communitgar a la pressa.

Pos ti translatar quai en tudestg?`),

  rec('chat', f`Our council's template wants every page of committee papers headed "${amb('confidential.marking', 'OFFICIAL-SENSITIVE')}". In Google Docs, how do I put it in the header but not on the cover page?`, 'a marking quoted in a formatting question: ambiguous'),
];

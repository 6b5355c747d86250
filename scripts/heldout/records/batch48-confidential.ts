/** Held-out batch 48: classification markings in advisories, tender memos, board papers, protection notes, charter itineraries and exam-security notices. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH48_CONFIDENTIAL: DraftRecord[] = [
  rec('advisory', f`${mark('TLP:AMBER+STRICT')}

Vigilcore Threat Advisory 2024-041 – AiTM phishing against facilities-management firms
Since 11 Nov we have seen three customers targeted with invoice-themed lures leading to an EvilProxy kit. Session cookies were replayed from residential proxies within minutes. Recommended: token protection in Conditional Access, block device-code flow, review inbox rules created in the last 14 days.

Please shorten this to 5 bullet points for the customer newsletter, keeping the TLP line.`),

  rec('report', f`Can you help me write the executive summary? Header of the report:

${mark('CONFIDENTIAL')} – Client Use Only
External Penetration Test – Nordmarin AS – November 2024
Findings: 2 high (unauthenticated file download on the crew portal; SMB signing disabled on 14 hosts), 5 medium, 9 low.`),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur Geschäftsleitung

Angebotsstrategie Wettbewerb „Neubau Schulcampus Memmingen“
Wir gehen mit einem Honorar in Zone III unteren Drittels ins Verfahren (ca. 1,84 Mio. € netto für LPH 2–8). Partner Walch (TGA) bestätigt Nachlass von 6 %. Entscheidung bis Freitag.

Bitte als Entscheidungsvorlage auf einer Seite zusammenfassen.`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – tenderstrategie zorgcentrum Leeuwarden

Collega's,

we schrijven in met een combinatie met Bouwbedrijf Hoekstra; de inschrijvingssom blijft onder de € 14,2 mln. Deze informatie mag niet buiten het tenderteam gedeeld worden, ook niet met de installateur.

Kun je hier een agenda voor het tenderoverleg van maandag van maken?`),

  rec('chat_zh', f`请帮我把下面这段竞赛方案说明翻译成英文，标题保留：

【${mark('机密')}】上海国际学校扩建 方案竞赛 投标文件
本方案采用“书院式”布局，三个教学组团围绕中央庭院展开，预计总造价 3.2 亿元，较招标控制价低 7%。`),

  rec('board_paper', f`Board paper – Milk price setting January 2025
${mark('STRICTLY CONFIDENTIAL')} – members of the Board only

Proposal: base price 49.5 ct/kg (−1.0 ct) from 1 January, reflecting butter and SMP quotations. A constituent bonus of 0.6 ct for members with antibiotic-free records remains. Communication to members on 18 December, not before.

Turn this into talking points for the chair.`),

  rec('audit_pl', f`${mark('POUFNE')} – do użytku wewnętrznego laboratorium

Wyniki audytu wewnętrznego (ISO/IEC 17025), 12–13.11.2024:
- brak zapisu kalibracji pipet w październiku (NC-2024-07),
- przekroczony termin walidacji metody oznaczania inhibitorów.

Napisz plan działań korygujących w formie tabeli.`),

  rec('protection_note', f`Please help me anonymise this protection referral so I can share it with the cash team:

This note is ${mark('strictly confidential')} and may only be shared on a need-to-know basis.
Referral from Baidoa field team: a female-headed household reported that a community gatekeeper demands 20% of each transfer. The woman fears retaliation if named.`),

  rec('report_ar', f`${mark('سري للغاية')}
تقرير المخاطر للمانحين – برنامج الدعم النقدي، الربع الثالث
تم رصد حالتي احتيال في قوائم المستفيدين في المفرق، وتم إيقاف ١٢ حساباً مؤقتاً بانتظار التحقق.

ساعدني أكتب ملخص من ثلاث نقاط للمانح.`),

  rec('itinerary', f`${mark('PRIVATE & CONFIDENTIAL')}
Itinerary – Principal + 5, 19–23 December
Farnborough (EGLF) → Sion (LSGS), Global 6000, wheels up 10:00 LT. Ground: two vehicles, meet-and-greet airside. Return Sion → Nice on 23 Dec, time TBC.

Can you rewrite this as a short text message for the chauffeur company, without the passenger details?`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – cliente Castellane, trattativa noleggio annuale

Ciao Marco,
il cliente chiede 120 ore/anno su un Praetor 600 a tariffa bloccata. L'operatore accetta a 6.350 €/h ma vuole un deposito del 25%. Non girare queste cifre ad altri broker.

Mi fai una bozza di risposta al cliente?`),

  rec('notice', f`Exams office – notice for invigilators

Question papers for the mock series are ${mark('CONFIDENTIAL')} until the end of each examination session and must be kept in the secure room. Do not open packets before the start time printed on the envelope.

Can you make this into a laminated A4 sign with big headings?`),

  rec('chat_uk', f`Переклади англійською для донора, будь ласка, заголовок залиш:

${mark('КОНФІДЕНЦІЙНО')}
Звіт про безпековий інцидент, Ізюм, 14.11.2024: під час виплати в громаді стався обстріл поблизу пункту видачі, персонал евакуйовано, виплату перенесено на 18.11.`),

  rec('memo_ro', f`${mark('STRICT CONFIDENȚIAL')}
Negocieri salariale – laboratorul de analiză a laptelui, Oradea
Propunere conducere: +9% de la 1 februarie pentru tehnicieni, +6% pentru personalul de recepție. Sindicatul cere +14%.

Poți să-mi faci un rezumat pentru ședința de mâine?`),

  rec('incident_notes', f`${mark('TLP:RED')} – IR bridge participants only
Ransomware at tenant AgriLogix: ESXi hosts encrypted (Akira note), backups on the Veeam repo intact but the repo was reachable from the domain. Negotiation not authorised by the customer. Next bridge 16:00.

Summarise the status for the 18:00 update, same distribution as this note.`),

  rec('email', f`Hi all,

attached the tender evaluation matrix for the bridge refurbishment lot 3. Please do not forward it to the subconsultants.

Kind regards,
Martina Rossi
Bimhaus Engineering

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please notify the sender and delete it.

Can you turn the first paragraph into a polite reminder I can send on Friday?`, 'e-mail confidentiality disclaimer: ambiguous per the conventions'),
];

/**
 * Held-out batch 26: classification markings in memos, board papers, mails and slides of an
 * education platform, a food-delivery app, a fitness chain, an asset manager, a music label and a
 * car dealer network, in the batch's languages; plus a few casual uses of the words. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH26_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} – Investment Committee only

Project Fjellrev: proposal to close the Nordic Small Cap fund to new subscriptions from 1 March and soft-close the Global Macro fund at USD 2.5bn. Expected outflow from two consultants: ~USD 180m.

Summarise this in three bullets for the partners' WhatsApp group.`),

  rec('doc_de_at', f`${mark('STRENG VERTRAULICH')} – nur für die Geschäftsführung

Standortkonzept 2025 Brenner Auto Gruppe: Zusammenlegung der Filialen Wels und Marchtrenk zum Jahresende, Übernahme des Škoda-Betriebs in Steyr geplant (Kaufpreis indikativ 3,1–3,6 Mio. €).

Mach daraus bitte eine halbe Seite für die Aufsichtsratssitzung im Jänner.`),

  rec('email_de_ch', f`Betreff: ${mark('VERTRAULICH')} – Preisanpassung Abos 2025

Hoi zäme

Ab 1. April erhöhen wir die Flex-Abos in allen Zürcher Studios um CHF 5.– pro Monat. Bitte noch nicht mit den Trainerinnen und Trainern teilen, die Kommunikation an die Mitglieder folgt Mitte März.

Gruess, Corinne

→ Kannst du daraus eine kurze, positive Mitglieder-Info machen?`),

  rec('doc_nl_be', f`${mark('VERTROUWELIJK')} — enkel voor het managementteam

Contractverlenging met onze grootste artiest: voorstel 3 albums, voorschot € 450.000, royaltyverdeling 24/76 op streaming. Onderhandeling met het management start op 9 december.

Vat dit samen in vijf punten voor de juridische dienst.`),

  rec('doc_pt', f`Traduz para inglês o cabeçalho e o primeiro parágrafo:

${mark('CONFIDENCIAL')} — Uso exclusivamente interno
Plano de expansão Snackr 2025: entrada no Porto e em Braga em março, com 40 restaurantes parceiros em cada cidade e comissão de lançamento de 18%.`),

  rec('board_no', f`${mark('STRENGT FORTROLIG')}

Styrenotat – Fjordlight Capital AS
Sak 7/24: Mulig salg av 30 % av forvaltningsselskapet til en nordisk bank. Indikativ verdsettelse: NOK 1,4–1,7 mrd.

Lag en engelsk oppsummering på fem linjer til partnerne i London.`),

  rec('doc_sk', f`${mark('PRÍSNE DÔVERNÉ')}
Zápisnica z porady vedenia Brenner Auto Slovensko, 27. 11. 2024
1. Zatvorenie predajne v Nitre k 31. 3. 2025.
2. Presun servisu do Trnavy, 6 zamestnancov na presun.

Preformuluj to do krátkeho e-mailu pre vedúcich pobočiek, bez bodu 2.`),

  rec('email_hu', f`Tárgy: ${mark('BIZALMAS')} — létszámterv 2025

Kedves Klubvezetők!

A jövő évi létszámtervben a Váci úti és a budaörsi klub recepcióján egy-egy státuszt megszüntetünk. Kérlek, ezt még ne osszátok meg a csapattal.

→ Írd át úgy, hogy empatikusabb legyen.`),

  rec('doc_th', f`${mark('ลับเฉพาะ')}
แผนขยายบริการ Snackr ในเชียงใหม่และภูเก็ต ไตรมาส 2 ปี 2568 งบการตลาด 12 ล้านบาท ค่าคอมมิชชันร้านอาหาร 25%

ช่วยสรุปเป็นภาษาอังกฤษสามบรรทัดสำหรับทีมที่ลิสบอนครับ`, 'Thai "ลับเฉพาะ" (confidential) as a document heading'),

  rec('doc_zh_tw', f`${mark('機密')}｜僅限內部使用
Kursio 台灣 2025 年營運計畫：與三所私立高中合作線上課程，預計新增付費學生 8,000 人，家教老師時薪調整為 NT$650。

請把這段翻成英文，給維也納總部看。`),

  rec('doc_sw', f`${mark('SIRI')} — Kwa matumizi ya ndani tu

Mpango wa Snackr Kenya 2025: kupanua huduma hadi Mombasa na Kisumu ifikapo Juni, na kupunguza ada ya usafirishaji kwa wateja wapya hadi KSh 49.

Tafadhali tafsiri kwa Kiingereza kwa ajili ya bodi.`),

  rec('slide', f`Speaker notes for slide 4 (footer on every slide: "Sonaro Music · ${mark('Internal Only')} · Q4 Label Review"):
Explain why catalogue streams grew faster than frontline releases. Under one minute, no artist names.`),

  rec('research', f`${mark('MNPI – RESTRICTED')}
Wall-crossed: Portfolio Management (2 names), Compliance
Subject: potential secondary placement by a Norwegian salmon producer, pricing expected 4 Dec.

Write a reminder to the PMs about trading restrictions, without naming the issuer.`, 'MNPI restriction header at an asset manager'),

  rec('email', f`Hi team,

Attached is the draft of the 2025 course price list. ${mark('This document is strictly confidential')} until the announcement on 15 January; please don't forward it to tutors or partners.

Thanks,
Katharina

→ Make this note shorter and friendlier.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Credential-stuffing wave against fitness and wellness apps in DACH since 25 Nov; attackers use combo lists and rotate through residential proxies. Share within your organisation only.

Help me turn this into an internal notice for our app team (no indicators).`),

  rec('email_footer', f`Danke, Martin, ich schicke dir morgen den unterschriebenen Kaufvertrag.

--
${amb('confidential.marking', 'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.')}`),

  rec('chat', f`Our investor asked whether the track list of the unreleased album counts as "confidential information" under the distribution agreement even though nobody marked it. How do courts usually treat unmarked information in NDAs?`),

  rec('chat_de_at', f`Wie stell ich in Outlook ein, dass Mails mit der Vertraulichkeitsstufe "Vertraulich" automatisch verschlüsselt werden? Wir haben Microsoft 365 E3.`),
];

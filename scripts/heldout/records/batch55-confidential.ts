/**
 * Held-out batch 55: classification markings on pricing plans, recall memos, security advisories,
 * wedding briefs and inspection plans, in many languages, plus a quoted marking and a disclaimer.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH55_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de_ch', f`${mark('STRENG VERTRAULICH')} – nur Geschäftsleitung und Verwaltungsrat

Bergbahnen Arvenhorn AG – Preismodell Saison 2025/26
- Dynamische Tageskarten: CHF 39.– bis 89.–, je nach Buchungszeitpunkt und Wetterprognose
- Saisonabo Frühbucher bis 30.9.: CHF 649.– (heute 790.–)
- Kooperation mit Nachbarskigebiet ab Dezember, Verhandlung läuft

Fasse das in fünf Stichpunkten für die Kadersitzung zusammen, ohne die Kooperation zu erwähnen.`),

  rec('report_fr_ca', f`Traduis en anglais pour le conseil d'administration, en gardant la mention en tête :

${mark('CONFIDENTIEL')}
Rapport préliminaire – déraillement du câble, télésiège Express du Sommet, 2025-01-26
Aucune blessure. Remontée fermée 3 jours. Cause probable : usure d'une poulie du balancier no 7, inspection de décembre non documentée. Recommandation : audit complet de l'entretien par une firme externe.`),

  rec('email', f`Subject: Snowmaking water allocation – draft position ${mark('COMMERCIAL-IN-CONFIDENCE')}

Hi Bec,

Before Thursday's meeting with the catchment authority: we'll open at 180 ML for the season and accept 150 ML if they give us the early-May extraction window. Don't mention the new reservoir option yet.

Cheers, Dan

Can you turn this into three talking points for Bec?`),

  rec('memo_nl', f`${mark('VERTROUWELIJK')}

Terugroepactie charge 24B117/24B118 – stand van zaken
De fabrikant bevestigt een afwijking in de oplostest. Wij verwachten dat de IGJ een klasse II-recall oplegt. Communicatie naar apotheken pas na akkoord van de fabrikant, uiterlijk vrijdag.

Maak hier een korte update van voor de teamleiders van de retourafdeling.`),

  rec('email', f`Can you shorten this for the warehouse leads?

${mark('CONFIDENTIAL – INTERNAL USE ONLY')}
Recall readiness – lot 24B117
We expect the FDA classification by Wednesday. Until then, quarantine all remaining stock in Bay 4 and do NOT tell customers the reason. Returns from pharmacies go to the cage, not to restock.

--
${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it.`),

  rec('chat_ro', f`Fă-mi te rog un rezumat în engleză al acestui document pentru directorul regional:

${mark('STRICT CONFIDENȚIAL')}
Analiză retururi T4 2024: 38% din retururi provin de la 5 farmacii din Ilfov; suspectăm returnarea produselor cumpărate de la alt distribuitor. Propunem audit la fața locului în februarie.`),

  rec('doc_el', f`${mark('ΑΥΣΤΗΡΩΣ ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Πρόταση για νέα πολιτική επιστροφών φαρμακείων – Ιανουάριος 2025
Μείωση του ποσοστού πίστωσης για ληγμένα από 100% σε 70% για προϊόντα άνω των 6 μηνών από την τιμολόγηση.

Γράψε μια σύντομη περίληψη στα αγγλικά για τη διοίκηση στην Ολλανδία.`),

  rec('advisory', f`${mark('TLP:AMBER')} — share with customer security contacts only

Kestrel Colocation, JNB1: between 02:10 and 02:40 SAST on 3 Feb an unknown party attempted repeated badge clones at the loading-bay reader. No access was gained. We have replaced the reader and are reviewing CCTV.

Turn this into a short, calm notice for the customer portal — keep the TLP line.`),

  rec('doc_he', f`${mark('חסוי')} – להפצה פנימית בלבד
תוכנית העברת לקוחות מאתר TLV1 לאתר החדש בפתח תקווה, רבעון 3. שלושת הלקוחות הגדולים יועברו ראשונים, בחלון תחזוקה של סוף שבוע.

תכין לי מזה טבלה עם שלבים ותאריכים משוערים.`),

  rec('doc_zh', f`请把下面这段改写成给客户的正式通知，去掉内部信息：

【${mark('机密')}】SHA1 机房二期扩容计划
三月底前新增 120 个机柜，电力从 2N 改为 N+1 以降低成本，现有客户暂不告知。`),

  rec('doc_ja', f`${mark('社外秘')}
BKK1・SHA1 拠点 料金改定案（2025年4月〜）
ラック単価 +8%、クロスコネクト月額 +15%。既存顧客は契約更新時に適用。

この内容を営業チーム向けに箇条書きで要約してください。`),

  rec('brief_it', f`Mi aiuti a riscrivere il brief per i fornitori in modo più chiaro? ${mark('Questo documento è strettamente riservato')} e non va inoltrato.

Matrimonio 21 giugno, Val d'Orcia. Sposi: personaggi pubblici (nomi comunicati solo il giorno prima). Telefoni degli ospiti ritirati all'ingresso, nessun post sui social, droni vietati. Il catering riceve l'indirizzo della villa 48 ore prima.`),

  rec('doc_fa', f`${mark('محرمانه')}
لیست مهمانان ویژه و ترتیب نشستن میز اصلی مراسم عقد — فقط برای برگزارکننده و خانواده‌ها

لطفاً این متن را به انگلیسی ترجمه کن تا برای تیم تشریفات هتل بفرستم، ولی عنوان محرمانه را نگه دار.`),

  rec('memo_cs', f`${mark('DŮVĚRNÉ')}
Plán hromadných revizí 10.–14. 2. 2025: linky 9, 22 a 26, ranní špička, 24 revizorů ve třech skupinách. Nesdělovat dopravcům ani dispečinku před nástupem směny.

Udělej z toho rozpis směn do tabulky.`),

  rec('email_ms', f`Tolong ringkaskan emel ini untuk pasukan pembelian:

${mark('SULIT')}
Harga baharu malt dari pembekal Jerman mulai April: naik 12%. Kami akan cuba rundingan kontrak 2 tahun. Jangan kongsi dengan pelanggan borong sehingga senarai harga baharu diluluskan.`),

  rec('doc_hi', f`${mark('गोपनीय')}
पुणे गोदाम – रिटर्न घोटाले की आंतरिक जाँच, जनवरी 2025
तीन स्टॉकिस्टों ने एक्सपायर्ड दवाओं के नाम पर दूसरी कंपनी का माल लौटाया। जाँच पूरी होने तक उनके क्रेडिट नोट रोके गए हैं।

इसका अंग्रेज़ी में एक छोटा सारांश बना दो।`),

  rec('doc_ne', f`${mark('गोप्य')}
पोखरा विवाह – विशेष अतिथि र सुरक्षा व्यवस्था
मन्त्रीज्यू र परिवार साँझ ६ बजे आइपुग्नुहुनेछ। उहाँहरूको टेबल नं. १ र गाडी पार्किङ होटलको पछाडिपट्टि। यो जानकारी भेन्डरहरूलाई नदिनू।

यसलाई अंग्रेजीमा छोटो सारांश बनाइदिनुहोस्, होटल म्यानेजरलाई पठाउन।`),

  rec('doc_th', f`${mark('ลับมาก')}
แผนย้ายลูกค้าออกจากห้อง BKK1-A เพื่อปรับปรุงระบบทำความเย็น ไตรมาส 2 ยังไม่แจ้งลูกค้า

ช่วยสรุปเป็นภาษาอังกฤษ 5 ข้อสำหรับผู้บริหารที่สิงคโปร์`),

  rec('chat', f`Quick formatting question: the wedding venue in Tuscany wants every page of our run sheet headed "${amb('confidential.marking', 'RISERVATO')}". How do I add that as a header in Google Docs on every page except the cover?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),
];

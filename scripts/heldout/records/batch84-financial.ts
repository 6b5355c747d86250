/**
 * Held-out batch 84: card numbers, IBANs and routing numbers from an eye-clinic chain, a railway
 * signalling contractor, a savings cooperative, a localisation vendor, a forensic accounting firm
 * and a zoo — chats, invoices, ledgers and payout files in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH84_FINANCIAL: DraftRecord[] = [
  rec('chat_en_us', f`Can you help me word a reply to a zoo member? She says her family membership renewal was charged twice to her Visa ${v('financial.payment_card', '4061 1521 2058 5572')} on Sept 3 ($189 each). Our Tessitura report shows one charge and one void. I want to explain the pending authorisation without sounding defensive.`),

  rec('chat_es_uy', f`Hola, un paciente quiere pagar la cirugía refractiva en 6 cuotas con su American Express ${v('financial.payment_card', '3776 497631 88769')}, vence 11/27. El POS de la clínica la rechaza con "transacción no permitida". ¿Me ayudás a redactar el mensaje para el paciente explicando que Amex no acepta cuotas sin recargo en Uruguay?`),

  rec('email_ur', f`محترم جناب،

آپ کی بچت کمیٹی کی ماہانہ رقم اب براہِ راست بینک میں جمع ہو گی۔ براہِ کرم اس اکاؤنٹ میں منتقلی کریں:
اکاؤنٹ ٹائٹل: الفلاح خواتین بچت کوآپریٹو
IBAN: ${v('financial.iban', 'PK87 HABB 0012 8745 1930 2846')}
بینک: حبیب بینک، شاخ گلبرگ لاہور

اس خط کو انگریزی میں بھی ترجمہ کر دیں۔`),

  rec('csv_de_at', f`Bitte prüfe diese Auszüge aus dem Kreditorenkonto auf Auffälligkeiten (gleiche IBAN bei verschiedenen Lieferanten, runde Beträge knapp unter der Freigabegrenze):

${amb('source_code.snippet', f`Beleg;Datum;Lieferant;IBAN;Betrag EUR
KR-24-1183;02.04.2024;Bau-Logistik Steiner GmbH;${v('financial.iban', 'AT62 2011 1828 1736 4529')};9.950,00
KR-24-1190;05.04.2024;Pichler Transporte OG;${v('financial.iban', 'AT62 2011 1828 1736 4529')};9.980,00
KR-24-1207;11.04.2024;Holzbau Rainer KG;${v('financial.iban', 'AT440473348118961031')};4.312,60
KR-24-1211;12.04.2024;Steiner Bau-Logistik;${v('financial.iban', 'AT62 2011 1828 1736 4529')};9.990,00`)}`),

  rec('email_pt', f`Olá Rita,

Segue o pedido de pagamento da tradução do patch 2.3 (38 400 palavras, PT-PT). Por favor transfiram para:
Titular: Rita Sofia Mendes
IBAN: ${v('financial.iban', 'PT53 0033 0000 4527 3819 4620 5')}
BIC: ${amb('financial.swift_bic', 'BCOMPTPL')}

Obrigada e bom fim de semana,
Rita`),

  rec('invoice_no', f`Kan du oversette denne fakturateksten til engelsk? Det er fra underleverandøren som monterte akseltellerne på Gjøvikbanen.

FAKTURA 2024-0877
Leverandør: Nordsignal Montasje AS, org.nr. 921 384 756
Forfall: 30.09.2024
Beløp: NOK 486 250,00
Kontonummer/IBAN: ${v('financial.iban', 'NO93 8601 1117 947')}
SWIFT: ${amb('financial.swift_bic', 'DNBANOKKXXX')}`),

  rec('chat_tr', f`Merhaba, hayvanat bahçesinin kafeterya tedarikçisine ödeme talimatı yazmam gerek. Alıcı: Ege Gıda Ltd. Şti., IBAN ${v('financial.iban', 'TR33 0006 2004 1830 0006 2984 71')}, tutar 84.600 TL, açıklama "Ağustos faturası". Resmi bir dille yazar mısın?`),

  rec('chat_ka', f`გამარჯობა, ჩვენი შემნახველი კოოპერატივის წევრმა სესხის დაფარვა სხვა ანგარიშზე გადაიტანა. ახალი ანგარიში: ${v('financial.iban', 'GE78BG0000000538274619')}. გთხოვ, დამეხმარე წერილის დაწერაში, რომ შეცვლა დადასტურებულია.`),

  rec('chat_ru_kz', f`Добрый день! Переводчик из Алматы просит оплату за казахскую локализацию на счёт ${v('financial.iban', 'KZ48 722C 0000 2841 3697')} (Kaspi). Бухгалтерия говорит, что KZ IBAN «короткий» и не проходит. Это нормальная длина для Казахстана?`),

  rec('email_ar_lev', f`مرحبا أستاذ سامر،

بخصوص دفعة تدقيق الحسابات الجنائي لشركة العميل، رح نحوّل الأتعاب على الحساب:
${v('financial.iban', 'JO53 ARAB 1180 0000 0011 8372 6495 01')}
البنك العربي – فرع الشميساني
إذا في أي تغيير بالحساب، بلّغني قبل الخميس.

مع التحية،
رنا`),

  rec('chat_ar_gulf', f`هلا، أبي رسالة رسمية للمورد في دبي اللي يورد أسماك الأحواض للأكواريوم، نأكد فيها الدفع على الآيبان ${v('financial.iban', 'AE43 0330 0000 1928 4736 512')} بمبلغ 62,500 درهم، وبعدين نطلب منهم شهادات الحجر الصحي.`),

  rec('chat_ar_eg', f`ممكن تكتبلي رد مهذب للعميل؟ بيقول إن التحويل لمكتبنا اترفض. الحساب اللي إحنا بعتناه له: ${v('financial.iban', 'EG38 0019 0005 0000 0000 2631 8000 2')} بنك مصر. هل الآيبان المصري ٢٩ حرف؟`),

  rec('chat_uk', f`Допоможи перевірити реквізити перед оплатою. Субпідрядник з монтажу світлофорів на станції надіслав рахунок, IBAN ${v('financial.iban', 'UA50 3052 9900 0002 6009 0183 7264 1')}, отримувач ТОВ «Сигнал-Буд». Сума 1 240 000 грн. Чи правильний формат?`),

  rec('wire_en_us', f`Litigation support: the client's AP clerk says this wire went to the vendor's "new" account in March. Before I write up the chronology, does this look like a standard domestic wire?

Beneficiary: Harrow Industrial Supply LLC
Bank: First Midwest Trust
ABA/Routing: ${v('financial.aba_routing', '072452437')}
Account: ${ambCat('financial', '4418207395')}
Amount: USD 248,730.00
Memo: INV 55821 / 55822`),

  rec('chat_zh_cn', f`帮我写一封给游客的道歉信：他在海洋馆官网买年卡，用银联卡 ${v('financial.payment_card', '6213 1817 2956 6412')} 付款，被扣了两次款，每次 398 元。我们已经在 9 月 12 日退回一笔，预计 3–7 个工作日到账。`),

  rec('chat_ja', f`水族館のオンラインチケットの返金対応メールを書いてください。お客様のJCBカード（${v('financial.payment_card', '3528-9666-7720-5246')}）に2回請求されています。1件は9月14日に取消済みで、カード会社の処理に最大2週間かかる旨を丁寧に伝えたいです。`),

  rec('chat_fil', f`Paki-check naman po kung tama yung format bago ko i-encode sa billing system: yung pasyente sa LASIK center, babayaran yung balance gamit ang Mastercard niya ${v('financial.payment_card', '2231 7731 8065 6893')}, exp 08/28. Sabi ng system "invalid BIN". Bago po ba yung 2-series na Mastercard?`),

  rec('chat_it', f`Ciao, mi scrivi una mail per il cliente? Il pagamento della perizia contabile è stato fatto con una Diners ${v('financial.payment_card', '3655 101080 4227')} ma il nostro POS non accetta Diners. Gli propongo il bonifico su ${v('financial.iban', 'IT86X0045956976484155135299')}.`),

  rec('csv_hu', f`Kérlek, egyeztesd az állatkerti jegyértékesítés napi zárását a bankkártyás tételekkel. A régi terminál kiírta a teljes kártyaszámot az egyik sorban, azt jelezd:

${amb('source_code.snippet', f`idopont;osszeg_HUF;kartya;statusz
2024.09.21 09:14;12 400;**** **** **** 5572;sikeres
2024.09.21 09:31;8 200;**** **** **** 0931;sikeres
2024.09.21 10:02;24 800;${v('financial.payment_card', '5302 8610 8769 0656')};sikeres
2024.09.21 10:47;4 100;**** **** **** 7719;visszaterites`)}`),

  rec('chat_sq', f`Përshëndetje, përkthyesja jonë për shqipen na dërgoi këtë llogari për pagesën e projektit: ${v('financial.iban', 'AL45 2021 1009 0000 0004 8173 6295')}, Banka Kombëtare Tregtare. Sistemi ynë i pagesave e pranon vetëm pa hapësira. Ma shkruaj pa hapësira, të lutem, dhe kontrollo gjatësinë.`),

  rec('chat_az', f`Salam, təhlil etdiyimiz şirkətin bank çıxarışında bu hesab təkrar-təkrar görünür: ${v('financial.iban', 'AZ84IBAZ38090019448273650172')}. Bu hesaba 14 ay ərzində 37 ödəniş gedib. Hesabat üçün qısa bir abzas yaz ki, bu nümunə niyə şübhəlidir.`),

  rec('email_fr_ch', f`Bonjour Madame Favre,

Suite à votre don pour le nouveau bassin des loutres, voici nos coordonnées bancaires pour les versements mensuels :
Fondation du Zoo de la Garenne
IBAN : ${v('financial.iban', 'CH53 0076 2158 7392 0146 B')}
Contact : ${phone('+41 79 418 39 26')}

Avec nos remerciements chaleureux,
Service des donateurs`),

  rec('chat_en_ug', f`Please help me draft an SMS for members whose loan repayment bounced. One member paid by card at the branch, Visa ${v('financial.payment_card', '4308 7582 3554 3018')}, and the bank reversed it. I want to tell them to pay by MTN MoMo instead, to the cooperative's merchant code, and keep it under 160 characters.`),
];

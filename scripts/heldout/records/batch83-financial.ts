/**
 * Held-out batch 83: card numbers, IBANs and routing numbers in auction settlements, harbour dues,
 * rent deposits, equipment-rental co-payments and loyalty purchases. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH83_FINANCIAL: DraftRecord[] = [
  rec('email_en', f`Dear Ms Okafor,

Following the sale on 28 November, lot 114 (Ben Enwonwu, "Dancer", 1962) sold for a hammer price of £86,000. After the seller's commission of 10% and the illustration fee, your net proceeds are £76,950.

Please confirm the account below is still correct before we release the payment:
Account name: Adaeze Okafor
IBAN: ${v('financial.iban', 'GB98 BUKB 2020 1558 3049 17')}
BIC: ${amb('financial.swift_bic', 'BUKBGB22')}

Kind regards,
Consignor Accounts, Verhaegen-Lind

Can you shorten this and make it sound less formal?`),

  rec('chat_fr', f`Un acheteur m'a dicté sa carte au téléphone pour régler la prime du lot 57, je l'ai notée ici : ${v('financial.payment_card', '4169 0247 1836 5074')}, exp 04/27, titulaire Henri Desplanques. Tu peux me rédiger le mail de confirmation de paiement sans recopier le numéro ?`),

  rec('chat_mt', f`Jekk jogħġbok ikteb email qasira bl-Ingliż lill-aġent tal-vapur: id-drittijiet tal-port għat-tbaħħir MV Calypso Star (IMO 9412375) iridu jitħallsu fuq l-IBAN ${v('financial.iban', 'MT45 MALT 0110 0000 0000 0006 1829 417')} sa tmiem il-ġimgħa, referenza HD-2024-3318.`),

  rec('invoice_fo', f`ROKNING – Havnargjøld
Skip: Norröna-línan / MS Tindur
Kaja: 3, 02.12.2024 06:40 – 03.12.2024 18:15
Upphædd: DKK 14.280,00

Vinarliga gjaldið til: ${v('financial.iban', 'FO90 6460 0001 6347 19')}
Tilvísing: HAV-24-0871

Kanst tú gera eina enska útgávu av hesari rokningini?`),

  rec('chat_is', f`Viltu skrifa stutta kvittun á ensku? Leigjandinn í Breiðholti greiddi tryggingu, 420.000 kr., inn á reikning húsnæðisskrifstofunnar ${v('financial.iban', 'IS10 0159 2600 7654 4712 8340 19')} þann 29. nóvember. Tilvísun: HUS-7714.`),

  rec('email_ar_eg', f`يا ريت تساعدني أكتب رد رسمي للعميل. دفع الإيجار الشهري لجهاز الغسيل الكلوي المنزلي على الحساب ده بس التحويل رجع:
IBAN: ${v('financial.iban', 'EG19 0019 0005 0000 0026 3180 0027 1')}
المبلغ: 4,850 جنيه، عقد رقم AQ-EG-2291
البنك بيقول الاسم مش مطابق. إزاي أطلب منه يبعت البيانات تاني؟`),

  rec('chat_ar_iq', f`شلونك، أريد رسالة بالإنجليزي للمزاد: المشتري من بغداد حوّل مبلغ القسط الأول للوحة على الآيبان ${v('financial.iban', 'IQ98 NBIQ 8501 2345 6789 012')} بس ما وصلنا إشعار. كلش نحتاج نتأكد قبل التسليم.`),

  rec('chat_fr_tn', f`Bonjour, le client tunisien de Sfax a payé la caution de location du moniteur de dialyse par virement sur notre compte local ${v('financial.iban', 'TN59 1000 6035 1835 9847 8831')}, mais la banque a prélevé des frais. Peux-tu rédiger une réponse polie expliquant que les frais sont à sa charge ?`),

  rec('csv_mk', f`Те молам, провери дали збирот е точен пред да го испратам на сметководство:

${amb('source_code.snippet', f`станар;договор;IBAN;кирија_МКД
Ивана Стојановска;СТ-1182;${v('financial.iban', 'MK07 2501 2000 0058 984')};6200
Горан Петровски;СТ-1190;${v('financial.iban', 'BA89 1990 4400 0856 7984')};5800
Елена Трајкова;СТ-1204;;6200`)}

Елена сè уште нема сметка, плаќа во готово.`),

  rec('chat_uk', f`Допоможи скласти лист партнеру програми лояльності: виплата комісії за листопад піде на рахунок ${v('financial.iban', 'UA21 3223 1300 0002 6007 2335 6600 1')}, сума 38 400 грн. Треба попросити рахунок-фактуру до 10 грудня.`),

  rec('chat_he', f`תעזור לי לנסח מייל למוכר? התמורה על מכירת התכשיטים בלוט 212 תועבר לחשבון ${v('financial.iban', 'IL09 0108 0000 0004 7193 862')} תוך 35 יום מיום התשלום של הקונה. צריך להזכיר שהעמלה היא 12%.`),

  rec('chat_tr', f`Mil satın alma sayfasında müşteri Troy kartıyla ödeme yapamıyor: kart ${v('financial.payment_card', '9792 1830 4756 1292')}, son kullanma 09/28. Hata kodu "05 - Do not honour". Müşteriye ne yazayım?`),

  rec('chat_hi', f`दादी जी की डायलिसिस मशीन का किराया ऑटो-डेबिट नहीं हो रहा। RuPay कार्ड ${v('financial.payment_card', '6507 9128 3047 1620')} है, बैंक कहता है e-mandate पंजीकृत नहीं। कंपनी को हिंदी में एक शिकायत लिख दो।`),

  rec('chat_ja', f`ロイヤルティ会員の方から、特典航空券の燃油サーチャージをJCBカード ${v('financial.payment_card', '3548 1902 7364 5822')} で払おうとしたらエラーになったと問い合わせがありました。丁寧な返信文を作ってください。`),

  rec('chat_yue', f`有位買家話佢用銀聯卡 ${v('financial.payment_card', '6222980147365227')} 俾咗拍賣佣金，但係我哋 Stripe 嗰邊見唔到。可唔可以幫我寫封英文 email 問佢攞收據？`),

  rec('chat_ru', f`Помоги составить ответ пассажиру: он пытался купить мили картой «Мир» ${v('financial.payment_card', '2208 1937 4628 1020')}, платёж отклонён. Объясни вежливо, что карты «Мир» мы пока не принимаем.`),

  rec('form_us', f`ACH AUTHORIZATION – Home Dialysis Equipment Rental
Patient: Darnell Whitfield
Monthly co-pay: $142.00, debit on the 5th
Bank: Cascade Mutual Savings
Routing number: ${v('financial.aba_routing', '322271300')}
Account number: ${ambCat('financial', '6604817392')}
Signature on file 11/18/2024

Is anything missing before I upload this to the billing system?`),

  rec('tsv_pt_cv', f`Bom dia! Faz-me um resumo dos reembolsos de caução para os inquilinos que saíram em novembro? Os dados vêm da folha de cálculo:

${amb('source_code.snippet', f`inquilino\tilha\tIBAN\tvalor_eur
Djamila Tavares\tSantiago\t${v('financial.iban', 'PT44 0033 0000 4529 3847 1060 5')}\t310,00
Nuno Semedo\tSão Vicente\t${v('financial.iban', 'PT08 0035 0683 0000 0778 4303 1')}\t275,50
Ana Lopes Fortes\tSal\t(sem conta — cheque)\t190,00`)}`),

  rec('chat_pt_br', f`Oi, o cliente do arrendamento de drones em Goiás mandou os dados para o reembolso da diária cancelada: conta internacional ${v('financial.iban', 'BR39 1804 3611 0000 1074 1298 305C 1')}, e o cartão usado na reserva foi um Elo ${v('financial.payment_card', '5067 3914 0283 7571')}. Reembolso no cartão ou na conta, o que é mais rápido?`),

  rec('chat_lb_de', f`Kanns de mer hëllefen eng Mail op Däitsch ze schreiwen? De Keefer vum Lot 88 huet d'Opgeld (Käuferprämie) vun 5.400 € nach net bezuelt. Eis Kontodaten: ${v('financial.iban', 'LU25 0141 8240 7190 0112')}, Referenz VL-LUX-0088. Zahlungsfrist 14 Deeg.`),

  rec('chat_en_ke', f`Can you reformat this for the finance WhatsApp group? Lease payment for 3 irrigation drones from Eldoret coop: paid with Visa ${v('financial.payment_card', '4365-1829-0471-6351')} (card ends 6351), KES 412,000. Treasurer ${phone('+254 711 290 476')} wants a receipt.`),
];

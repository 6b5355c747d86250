/**
 * Held-out batch 40: card numbers, IBANs and routing numbers from a trade-finance desk, a pet
 * insurer, a clinic network, a library consortium, a copper mine and a streaming platform — LC
 * drafts, payment e-mails, exports, logs and chats in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH40_FINANCIAL: DraftRecord[] = [
  rec('lc_draft', f`Please tidy up field 59 and 57A of this draft MT700 before I send it to the applicant for approval — the beneficiary says their bank details changed:

${amb('source_code.snippet', f`:40A:IRREVOCABLE
:20:HCB-ILC-24-03817
:31D:250228LONDON
:50:ASHBURN AGRI EQUIPMENT LTD, UNIT 4 FENLAND PARK, WISBECH PE13 2XL
:59:/${v('financial.iban', 'GB03BARC20476183920571')}
KAFUE VALLEY MILLING CO LTD
PLOT 118 INDUSTRIAL AREA, LUSAKA, ZAMBIA
:57A:${amb('financial.swift_bic', 'BARCGB22')}
:32B:USD412750,00
:41D:ANY BANK BY NEGOTIATION`)}`),

  rec('chat_es_co', f`Buenas tardes, un cliente me escribe que le cobraron dos veces la póliza de su perro en la tarjeta Mastercard ${v('financial.payment_card', '5361 4298 0317 2645')}, una el 3 y otra el 4 de diciembre, cada una por $86.900. ¿Me ayudas a redactar la respuesta diciéndole que ya pedimos la reversión y que puede tardar hasta 10 días hábiles?`),

  rec('email_ar', f`الموضوع: تعديل بيانات المستفيد – اعتماد مستندي رقم HCB-DXB-LC-2024-1192

السادة إدارة التمويل التجاري،

نرجو التكرم بتعديل حساب المستفيد في الاعتماد المذكور ليصبح كالتالي:
اسم المستفيد: شركة الواحة لمعدات التعدين ذ.م.م
رقم الآيبان: ${v('financial.iban', 'AE500330000019283746501')}
رمز السويفت: ${amb('financial.swift_bic', 'MSHQAEAD')}

مع خالص التحية،
قسم الحسابات`),

  rec('email_fr_cm', f`Objet : Remise documentaire RD-2024-0457 – règlement

Madame, Monsieur,

Suite à l'acceptation des documents par le tiré à Douala, nous vous prions de bien vouloir virer le montant de 184 300,00 EUR au profit de l'exportateur :
Bénéficiaire : Atelier Mécanique du Littoral SARL
IBAN : ${v('financial.iban', 'FR76 3000 4013 2800 0198 4726 137')}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}
Référence : RD-2024-0457 / facture 2024-118

Veuillez agréer nos salutations distinguées.
Service Commerce International`),

  rec('chat_pt', f`Oi! A tutora da gata Mel ligou dizendo que o débito da mensalidade no cartão Elo ${v('financial.payment_card', '4389 3518 2746 3902')} não passou e ela quer trocar para o Hipercard ${v('financial.payment_card', '6062 8274 8193 5243')}. Você pode escrever uma resposta educada explicando que ela mesma consegue trocar pelo app, em Configurações > Pagamento?`),

  rec('form', f`OUTGOING WIRE REQUEST – Trade Finance Operations (NY branch)
Reference: HCB-SBLC-24-0088 claim payment
Beneficiary: Great Plains Copper Fabricators Inc.
Beneficiary bank: Prairie State Bank & Trust, Omaha NE
ABA: ${v('financial.aba_routing', '063104723')}
Account: ${ambCat('financial', '4418207359')}
Amount: USD 250,000.00
Value date: 12/16/2024
Requested by: D. Okafor   Approved by: ______

→ Can you check nothing is missing for a Fedwire?`),

  rec('chat_uk', f`Допоможи скласти лист до бухгалтерії: прошу перераховувати мою зарплату на новий рахунок ${v('financial.iban', 'UA19 3052 9900 0002 6208 4719 3562 0')} (ПриватБанк) починаючи з січня. Пишу від імені бібліотекарки філії №4.`),

  rec('invoice_cs', f`FAKTURA č. 2024/0612
Dodavatel: Knihovnické služby Morava s.r.o., IČO 28391746
Odběratel: Krajská knihovna – konsorcium
Za licenci k e-knihám (balíček 2025): 148 500,00 Kč
Splatnost: 31. 12. 2024
Platbu prosím na účet: ${v('financial.iban', 'CZ76 0800 0000 1928 3746 5012')}
Variabilní symbol: 20240612

Můžeš zkontrolovat, jestli sedí DPH 21 %?`),

  rec('chat_he', f`תוכל לעזור לי לנסח מייל לספק של ציוד האולטרסאונד? אני רוצה לאשר שהעברנו את התשלום השני לחשבון ${v('financial.iban', 'IL76 0108 1400 0047 2918 365')} ושנשמח לקבל חשבונית מס קבלה עד סוף השבוע.`),

  rec('chat_ru', f`Подскажи, почему оплата подписки на стриминг не проходит картой «Мир» ${v('financial.payment_card', '2200 3817 4926 5011')}? Пишет «операция отклонена банком-эмитентом». Я нахожусь в Ереване.`),

  rec('csv', f`Recibos devueltos de noviembre (pólizas de mascotas). ¿Me agrupas por motivo y me dices cuántos hay que reenviar?

${amb('source_code.snippet', f`poliza;titular;iban;importe;motivo_devolucion
BP-ES-004812;Marta Ibarra;${v('financial.iban', 'ES97 2100 0418 4447 0218 3956')};18,40;AM04 fondos insuficientes
BP-ES-005190;Jordi Puig;${v('financial.iban', 'ES31 0049 1830 3629 1048 2736')};23,90;MD06 devolución por el cliente
BP-ES-005377;Lucía Herrán;${v('financial.iban', 'ES41 2038 5847 6260 0129 3847')};18,40;AM04 fondos insuficientes
BP-ES-005402;Ainhoa Etxeberria;****************1148;31,20;AC04 cuenta cancelada`)}`),

  rec('ticket', f`Ticket #88213 — Billing
From: Orbita TV subscriber (Winnipeg)
"Hi, I was charged twice for Premium (CA$16.99) on my Visa ${v('financial.payment_card', '4539 8712 0463 1184')}. Please refund one. My bank is RBC, transit 00214 institution 003 if you need it for a direct deposit instead."

Draft a reply: we'll refund to the card, not by deposit.`),

  rec('chat_vi', f`Em ơi, khách hàng phản ánh bị trừ tiền gói xem phim hai lần trên thẻ Visa ${v('financial.payment_card', '4116 7394 8201 7361')}. Em soạn giúp chị email xin lỗi bằng tiếng Việt, nói là sẽ hoàn tiền trong 5–7 ngày làm việc nhé.`),

  rec('email_ca', f`Assumpte: Pagament factura subscripció bases de dades 2025

Bon dia Núria,

Et confirmo les dades bancàries del proveïdor perquè puguis fer la transferència de la quota del consorci:
Titular: Serveis Bibliogràfics del Mediterrani SL
IBAN: ${v('financial.iban', 'ES46 0182 6213 8702 0157 3840')}
Import: 12.860,00 €

Gràcies i bon dia!`),

  rec('email_en_zm', f`Subject: Payment for crusher liners – PO 4500918273

Dear Accounts,

Please process the following two payments before the 20th:

1) Local supplier – Copperbelt Wear Parts Ltd, Zanaco Kitwe branch, branch code 010204, account no. ${ambCat('financial', '0418273650193')}, SWIFT ${amb('financial.swift_bic', 'ZNCOZMLU')}. Amount ZMW 486,250.00.

2) UK OEM – Ashcombe Crushing Systems Ltd, IBAN ${v('financial.iban', 'GB78 LOYD 3091 8446 2019 37')}. Amount GBP 38,912.40.

Regards,
Chanda Mulenga
Maintenance Planning, Mwamba Copper`),

  rec('chat_ar', f`أحتاج مساعدة في كتابة رسالة للعميل: تمت تسوية الاعتماد المستندي وسنحوّل المبلغ على حسابين: الأول في السعودية ${v('financial.iban', 'SA44 4500 0000 2183 7465 9201')} والثاني في قطر ${v('financial.iban', 'QA05DOHB000000004718293650120')}. أريد الصياغة رسمية ومختصرة.`),

  rec('chat_es_bo', f`Hola, una paciente de la clínica de Cochabamba quiere pagar la ecografía por la web pero le rechaza la tarjeta ${v('financial.payment_card', '5167 3409 2847 3519')}. Dice que es débito del BNB. ¿Qué le puedo decir? ¿Puede ser que no esté habilitada para compras por internet?`),

  rec('chat', f`hi, I want to cancel my pet policy and get the unused premium back to my Amex ${v('financial.payment_card', '3794 182603 71940')} — the app only shows "contact us". can you help me write the cancellation email?`),

  rec('tsv', f`Settlement instructions for the Gulf confirmations, can you reformat this as a table for the credit committee pack?

${amb('source_code.snippet', f`LC_REF\tCONFIRMING_BANK\tIBAN\tAMOUNT
HCB-CLC-24-2207\tNational Bank of Kuwait\t${v('financial.iban', 'KW37NBOK0000000000001000372914')}\tUSD 1,240,000.00
HCB-CLC-24-2211\tCommercial Bank of Kuwait\t${v('financial.iban', 'KW90CBKU0000000000003810274659')}\tUSD 610,500.00
HCB-CLC-24-2216\tNational Bank of Bahrain\t${v('financial.iban', 'BH36NBOB00008174629305')}\tUSD 385,000.00`)}`),

  rec('chat_pt', f`Preciso explicar para um exportador de Minas Gerais como receber o pagamento da carta de crédito. Ele me mandou o IBAN brasileiro dele: ${v('financial.iban', 'BR78 0000 0000 0128 7001 3847 261C 1')}. Isso basta ou ele precisa informar também o código SWIFT da agência?`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-04T03:12:44.218Z ERROR billing-worker charge failed sub=sub_8Kq2mZ provider=adyen refusal="Refused" card=${v('financial.payment_card', '6011827493051262')} exp=03/27 country=US
2024-12-04T03:12:44.593Z ERROR billing-worker charge failed sub=sub_3Tn7wX provider=adyen refusal="CVC Declined" card=${v('financial.payment_card', '3530182749365010')} exp=09/26 country=JP
2024-12-04T03:12:45.007Z INFO  billing-worker retry scheduled in 24h (2 subs)`)}

why does the billing worker log full card numbers?? which logger config do I change`),

  rec('chat_fr_ht', f`Bonjou, mwen bezwen ekri yon lèt an franse pou bank lan. Nou dwe voye lajan pou founisè ekipman klinik la an Frans. Men enfòmasyon yo: IBAN ${v('financial.iban', 'FR76 1027 8060 4100 0283 7415 918')}, non: Médical Antilles Distribution. Kantite: 7 450 EUR. Mèsi!`),

  rec('chat', f`Call centre rep for the Halifax branch read me this over the phone for a clinic supplier payment: ${phone('(902) 481-3307', 'CA')}, routing ${v('financial.aba_routing', '322273861')} and account ${ambCat('financial', '88103927')}. Is that a US routing number? The supplier is in Bangor, Maine.`),
];

/**
 * Held-out batch 29: card numbers, IBANs and bank details in a refugee agency's cash-assistance
 * work, a brewery's distributor invoices, a broker's deposits, school fees and container-lease
 * billing. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH29_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Hi, a parent paid the application fee twice by mistake. The card was Visa ${v('financial.payment_card', '4803 5903 5382 7430')}, both charges SGD 535.00 on 2 Dec. Can you draft the refund confirmation for the bursar to send? Keep it short and warm.`),

  rec('email_nl', f`Beste collega's van de crediteurenadministratie,

Graag vanaf de factuur van januari de huur voor de 40ft reefers (contract MBL-LS-2291) overmaken naar ons nieuwe rekeningnummer:

IBAN: ${v('financial.iban', 'NL20 RABO 8666 1827 16')}
BIC: ${amb('financial.swift_bic', 'RABONL2U')}
t.n.v. Meridian Box Leasing B.V.

Het oude ING-nummer vervalt per 31 december.

Met vriendelijke groet,
Sanne de Wit
Finance, Rotterdam`),

  rec('invoice_hr', f`RAČUN br. 2024-0871
Bura Distribucija d.o.o., Split
Kupac: Northfold Brewing ehf.
Opis: distribucija i skladištenje, studeni 2024 — 312 bačvi (KEG 20 L)
Iznos: 4.218,60 EUR (PDV 25% uključen)

Plaćanje na račun: ${v('financial.iban', 'HR68 2340 0092 0654 5899 9')}
Model i poziv na broj: HR00 2024-0871
Rok plaćanja: 15 dana

Molim te provjeri je li PDV dobro obračunat za isporuku u Island.`),

  rec('chat_is', f`Getur þú skrifað stutta áminningu til Vínbúðarinnar um ógreiddan reikning? Reikningur 1143, upphæð 1.284.500 kr. Greiðist inn á ${v('financial.iban', 'IS15 0133 2628 7632 0386 5900 53')}. Gjalddagi var 20. nóvember.`),

  rec('csv', f`Can you find the duplicates in this taproom card-terminal export? Some rows came from the old reader that didn't mask:

${amb('source_code.snippet', f`time;terminal;amount_isk;card;auth
2024-11-29 17:02;TAP-01;3.400;************7745;A81902
2024-11-29 17:05;TAP-02;6.800;${v('financial.payment_card', '5174958785913300')};A81911
2024-11-29 17:05;TAP-02;6.800;${v('financial.payment_card', '5174958785913300')};A81912
2024-11-29 17:31;TAP-01;2.200;************0098;A81957
2024-11-29 18:14;TAP-02;11.900;${v('financial.payment_card', '375746849943365')};A82003`)}`),

  rec('chat_ar', f`صباح الخير، عائلة من المستفيدين بتقول إنو البطاقة المسبقة الدفع ما عم تشتغل بالصراف. رقم البطاقة ${v('financial.payment_card', '4707 0115 2844 5757')} والمبلغ المحوّل 120 دينار. ممكن تساعدني أكتب إيميل للبنك بالإنجليزي نسألهم إذا البطاقة مفعّلة؟`),

  rec('email', f`Dear Ms Tan,

Thank you for accepting the offer of a place in Year 4 for August 2025. To secure the place, please transfer the deposit of SGD 5,000 within 14 days. Overseas families may pay by international transfer to our UK fees account:

Account name: St Aldhelm's Schools Trust
IBAN: ${v('financial.iban', 'GB79 HBUK 4012 7618 9984 73')}
SWIFT: ${amb('financial.swift_bic', 'HBUKGB4B')}
Reference: ADM-25-Y4-0391

Kind regards,
Admissions Office`),

  rec('chat_uk', f`Допоможіть, будь ласка, перекласти англійською лист для банку. Переселенка з Харкова хоче закрити старий рахунок ПриватБанку і перевести залишок на нідерландський рахунок.
Старий рахунок: ${v('financial.iban', 'UA96 3052 9935 4161 0017 2568 3743 1')}
Новий рахунок: ${v('financial.iban', 'NL19INGB1412635122')}
Сума: приблизно 18 400 грн.`, 'second IBAN written without spaces'),

  rec('chat', f`Tenant for unit 3B at Jurong Logistics Hub paid the security deposit from a UAE account and the bank returned it. Their details: ${v('financial.iban', 'AE130338896337763100115')}, Emirates NBD. Is that IBAN even the right length?`),

  rec('chat_pt', f`Oi, o distribuidor de São Paulo mandou os dados pra gente pagar a comissão do trimestre. Confere se o IBAN tá certo antes de eu cadastrar no banco islandês? ${v('financial.iban', 'BR09 0036 0305 0000 1651 4686 802P 1')} — titular Cervejas do Norte Distribuidora Ltda. Valor: R$ 38.270,00.`),

  rec('form', f`CASH ASSISTANCE — BANK TRANSFER REQUEST (Lebanon programme)
Beneficiary HH ID: LB-BEK-0417
Head of household: Ahmad K.
Bank: Bank Audi, Zahle branch
IBAN: ${v('financial.iban', 'LB54 0999 4821 0229 6557 8028 5659')}
Amount: USD 145 / month × 3
Approved by: protection officer R.H.

Please check the form is complete before I send it to finance.`),

  rec('chat', f`My corporate Amex ${v('financial.payment_card', '3402 577115 01051')} got declined at the hotel in Shanghai during the CCFE depot visit. Can you write a short note to our travel desk asking them to call Amex? I'm back Monday.`),

  rec('chat_zh', f`请帮我写一封英文邮件给客户，提醒他们第四季度的集装箱租金还没付。金额 USD 86,420.00，合同号 MBL-CN-0733。付款账户：${v('financial.iban', 'NL90 ABNA 6072 6744 34')}，SWIFT ${amb('financial.swift_bic', 'ABNANL2A')}。语气要客气但坚定。`),

  rec('email', f`Hi Priya,

For the Orbitane archive subscription, we can't do wire from India this quarter. Could you charge the corporate Mastercard instead? ${v('financial.payment_card', '5573-4573-1953-4275')}, expiry 09/27, name on card Orbitane Imaging Pvt Ltd. CVV I'll tell you on the call.

Thanks,
Vikram`),

  rec('chat_vi', f`Anh ơi, khách hàng bên Đà Nẵng muốn thanh toán phí lưu container bằng thẻ. Họ gửi số thẻ qua Zalo: ${v('financial.payment_card', '5381 7834 9672 5762')}, hết hạn 04/26. Em có nên nhập vào hệ thống không hay bảo họ chuyển khoản?`),

  rec('ach_form', f`Kestrel Whitmore – US landlord payout instructions (for the Houston warehouse sale-leaseback)
Bank: First Bayou Bank
ABA routing: ${v('financial.aba_routing', '011646178')}
Account: ${ambCat('financial', '4820193377')}
Account type: checking
Beneficiary: Gulf Coast Industrial Holdings LLC

Please turn this into a payment-instruction confirmation letter for the client to countersign.`),

  rec('chat', f`UnionPay card from a Chinese brewery tourist was charged twice for the tour: ${v('financial.payment_card', '6229369241567578')}. Can you draft the reply in English and Simplified Chinese?`),

  rec('email_de', f`Hallo Frau Keller,

die Provision für die Vermittlung der Lagerfläche in Duisburg (6.200 m²) überweisen Sie bitte auf folgendes Konto:
Kestrel Whitmore GmbH
IBAN ${v('financial.iban', 'DE10 3704 0044 5047 9254 70')}
Verwendungszweck: KW-DE-2024-118

Vielen Dank!
Kann man das auf Englisch für unsere Londoner Kollegen übersetzen?`),

  rec('chat_en_sg', f`Eh can help me check? The dad wants to pay term fees with card over the phone, he read out ${v('financial.payment_card', '2221 8494 0552 1450')} exp 11/28. Mastercard right? Starts with 2 so I'm not sure. Our terminal rejected it.`),

  rec('csv', f`${amb('source_code.snippet', f`vendor,country,iban,bic,amount_eur
Kuehne Depot Services,BE,${v('financial.iban', 'BE56 4608 2895 8546')},${amb('financial.swift_bic', 'GKCCBEBB')},12400.00
Reefer Repair Split,HR,${v('financial.iban', 'HR37 2484 0080 3199 4564 7')},${amb('financial.swift_bic', 'RZBHHR2X')},3180.50
Hafnarbakki Storage,IS,${v('financial.iban', 'IS88 0515 2623 4341 0901 1924 31')},,7720.00`)}
Make a SEPA batch summary from this. The IS one isn't SEPA-credit eligible, is it?`),
];

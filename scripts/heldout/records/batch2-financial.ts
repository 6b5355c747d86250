/** Held-out batch 2: card numbers, IBANs, routing numbers in chats, exports, e-mails and forms. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH2_FINANCIAL: DraftRecord[] = [
  rec('chat', f`My Amex ${v('financial.payment_card', '3746 912058 33175')} was declined at the hotel in Lisbon but the app shows no decline. Can you draft a polite complaint to Amex in English?`),

  rec('chat', f`quick q — booking.com wants the card again for the deposit. is it safe to send it in their chat? it's a discover ${v('financial.payment_card', '6011-0492-8375-6105')} exp 08/27`),

  rec('chat_de', f`Kannst du mir helfen, eine Reklamation an die Bank zu formulieren? Auf meiner Mastercard ${v('financial.payment_card', '5489 1200 3371 8458')} wurden am 14.11. zweimal 89,90 € von "PAYPAL *STREAMFLIX" abgebucht. Ich habe nur ein Abo.`),

  rec('log', f`${amb('source_code.snippet', f`[2024-11-27 22:41:08.117] WARN  checkout-svc  PaymentGatewayException: card_declined (do_not_honor)
    order_id=ORD-88420193 amount=249.00 currency=EUR
    pan=${v('financial.payment_card', '4556730182947319')} exp=11/26 brand=VISA bin_country=NL
    at com.brightwater.checkout.gateway.AdyenClient.authorise(AdyenClient.java:214)
    at com.brightwater.checkout.CheckoutService.pay(CheckoutService.java:98)`)}

why is the full PAN in our logs?? who do I tell`),

  rec('csv', f`Reconcile these against the bank statement, flag anything missing:

${amb('source_code.snippet', f`txn_id,date,amount,currency,card,status
T-20931,2024-11-02,42.50,GBP,**** **** **** 7319,settled
T-20932,2024-11-02,118.00,GBP,${v('financial.payment_card', '3530 1184 7265 9302')},settled
T-20933,2024-11-03,9.99,GBP,**** **** **** 0573,refunded
T-20934,2024-11-03,310.40,GBP,${v('financial.payment_card', '36082719453306')},settled`)}

(the JCB and Diners rows came from the old terminal that doesn't mask)`),

  rec('chat_zh_en', f`Customer from Shanghai paid with UnionPay ${v('financial.payment_card', '6214 8309 2756 1349')} and the refund bounced. Can you write the reply in simple English + Mandarin?`),

  rec('email_pl', f`Dzień dobry,

w załączeniu faktura FV/2024/11/0387 na kwotę 12 480,00 zł brutto. Prosimy o przelew w terminie 14 dni na rachunek:
${v('financial.iban', 'PL40 1140 2004 0000 3102 7351 8642')}
mBank S.A., tytułem: FV/2024/11/0387

Pozdrawiamy,
Dział Księgowości`),

  rec('email_sv', f`Hej Karin,

Vi har bytt bank. Från och med december ska alla betalningar gå till:
IBAN: ${v('financial.iban', 'SE28 8000 0832 7900 0012 3894')}
BIC: ${amb('financial.swift_bic', 'SWEDSESS')}
Bankgiro ${ambCat('financial', '5318-2074')} gäller inte längre.

Mvh
Johan, Nordvik Ekonomi`),

  rec('chat', f`Supplier in Zürich changed banks, the new IBAN is ${v('financial.iban', 'CH92 0483 5098 7651 2300 1')}. Our ERP says invalid — is it the ERP or the IBAN? It's 21 characters.`),

  rec('invoice', f`FAKTURA 2024-0412
Brightwater Foods A/S · CVR 41827365
Forfaldsdato: 15.12.2024
Beløb: DKK 18.750,00

Betales til: ${v('financial.iban', 'DK03 3000 4071 8293 65')}
Reg.nr. 3000 Kontonr. ${ambCat('financial', '4071829365')}`),

  rec('chat_fr', f`Peux-tu vérifier ce RIB avant que je lance le virement de 3 200 € ? IBAN ${v('financial.iban', 'FR14 2004 1010 0505 0001 3M02 606')}, BIC ${amb('financial.swift_bic', 'PSSTFRPPXXX')}. C'est pour la caution de l'appartement.`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Mitarbeiter\tKostenstelle\tIBAN\tBetrag
Kowalczyk, Anna\t4100\t${v('financial.iban', 'DE13370400440287193546')}\t412,80
Öztürk, Emre\t4100\t${v('financial.iban', 'AT281904317483920156')}\t96,10
Lambert, Julie\t4200\t${v('financial.iban', 'LU360141824071900011')}\t1.204,55`)}

Reisekostenerstattung November – bitte als SEPA-XML (pain.001) ausgeben.`),

  rec('form', f`VENDOR SETUP – US remittance
Vendor: Calder & Finch LLP
Bank: First Harbor Bank, Portland ME
ABA routing no.: ${v('financial.aba_routing', '311074398')}
Account no.: ${ambCat('financial', '0048271936')}
Account type: Checking
Remittance e-mail: ${v('pii.email', 'ar@calderfinch.com')}
Approved by: M. Osei, 11/22`),

  rec('chat', f`For the payroll file, does the routing number go first or the account? Routing ${v('financial.aba_routing', '122000661')}, account ${ambCat('financial', '7731904825')}. The bank's NACHA spec is confusing.`),

  rec('chat_cs', f`Zmeni mi prosim IBAN pro výplatu: ${v('financial.iban', 'CZ37 0300 0000 0019 2837 4651')}. Díky! (sorry, Czech — can you translate and log it for payroll?)`),

  rec('email_es', f`Hola Marta,

Te paso los datos para la devolución de la fianza:
Titular: Irene Salvador
IBAN: ${v('financial.iban', 'ES30 2100 3892 1745 1006 2783')}
Teléfono por si hay dudas: ${phone('612 48 37 91', 'ES')}

Gracias!`),

  rec('chat_hr', f`Prevedi na engleski molim: "Plaća za studeni bit će uplaćena na novi račun ${v('financial.iban', 'HR0824840081110829364')}. Hvala, Ivana"`),

  rec('chat', f`What does "Insufficient funds" vs "Do not honor" mean when my Mir card ${v('financial.payment_card', '2200 4371 9285 6100')} is used abroad? I'm in Yerevan.`),
];

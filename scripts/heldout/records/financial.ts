/** Held-out records: payment cards, IBANs, routing numbers. Hand-written; check digits verified by build.ts. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const FINANCIAL: DraftRecord[] = [
  rec('chat', f`Hi, I was charged twice for the same booking. The card is ${v('financial.payment_card', '4532 0177 8812 3407')}, exp 09/27. Can you refund one of them? Booking ref HX7K2P.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-21 17:33:09.412 ERROR [psp-adapter] c.f.payments.GatewayClient - authorisation declined
  request={"merchantRef":"ORD-559120","amount":{"value":12990,"currency":"EUR"},"card":{"number":"${v('financial.payment_card', '5491830077652118')}","expiryMonth":"03","expiryYear":"2028","holderName":"J. Lindqvist"}}
  response={"resultCode":"Refused","refusalReason":"CVC Declined","pspReference":"8815219042351208"}`)}`),

  rec('csv', f`Can you find the duplicate refunds in this export?

${amb('source_code.snippet', f`refund_id,created,card,amount,currency,status
rf_10293,2024-11-02,**** **** **** 4821,49.90,EUR,succeeded
rf_10294,2024-11-02,**** **** **** 4821,49.90,EUR,succeeded
rf_10301,2024-11-03,${v('financial.payment_card', '6011 0045 2299 1872')},120.00,USD,pending
rf_10307,2024-11-04,**** **** **** 0093,15.00,GBP,failed`)}`),

  rec('email_de', f`Sehr geehrte Frau Bauer,

bitte überweisen Sie den offenen Betrag von 2.340,00 € für die Rechnung RE-2024-00871 bis zum 30.11.2024 auf folgendes Konto:

Kontoinhaber: Fernhill Logistik GmbH
IBAN: ${v('financial.iban', 'DE29 1001 0010 0987 6543 21')}
BIC: ${amb('financial.swift_bic', 'PBNKDEFFXXX')}
Verwendungszweck: RE-2024-00871

Mit freundlichen Grüßen
Buchhaltung`),

  rec('invoice_nl', f`FACTUUR 2024-1182
Datum: 12-11-2024
Omschrijving: Onderhoud heftrucks (oktober)
Totaal excl. btw: € 1.480,00
Btw 21%: € 310,80
Totaal: € 1.790,80

Gelieve binnen 14 dagen over te maken op ${v('financial.iban', 'NL51ABNA0518273649')} t.n.v. Van Dijk Techniek B.V. onder vermelding van het factuurnummer.`),

  rec('form', f`Direct deposit enrollment
Employee: Marcus Reyes
Bank: Lone Star Credit Union
Routing number: ${v('financial.aba_routing', '113000528')}
Account number: ${ambCat('financial', '40021873365')}
Account type: Checking`, 'US account numbers have no rule and no checksum: ambiguous financial span without a rule id'),

  rec('email_fr', f`Bonjour Camille,

Pour le remboursement de la note de frais (déplacement Lyon, 286,40 €), peux-tu faire le virement sur mon compte ?
IBAN : ${v('financial.iban', 'FR40 3000 4028 3700 0123 4567 842')}

Merci d'avance,
Hugo`),

  rec('email_it', f`Ciao Giulia,
ti confermo i dati per il bonifico dell'acconto (30%): intestatario Studio Rossi & Associati, IBAN ${v('financial.iban', 'IT84Y0306909606100000063219')}, causale "Acconto progetto magazzino 2025".
Grazie!`),

  rec('chat_es', f`¿Me puedes revisar si este IBAN está bien? Es para domiciliar la cuota del gimnasio: ${v('financial.iban', 'ES43 0182 2370 4202 0158 7344')}`),

  rec('chat_pt', f`Olá! Segue o IBAN para o reembolso da encomenda 55120: ${v('financial.iban', 'PT28 0035 0651 0004 8726 1930 5')}. Obrigado.`),

  rec('email', f`Hi Anya,

Your flight to Lisbon is booked (TP 1341, 14 Dec, seat 17C). I used the corporate Amex ${v('financial.payment_card', '3782 911465 00326')} — please forward the receipt to ${v('pii.email', 'travel@fernhill.io')} when it arrives.

Cheers,
Office team`),

  rec('slack', f`**Tomasz N.** 16:20
the vendor portal wants a card for the annual renewal, can I use ${v('financial.payment_card', '5200-8282-8210-7763')} or is that the old one?
**Finance bot** 16:20
Please don't post card numbers in channels :warning:`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/billing/app/tasks.py", line 88, in capture_payment
    result = gateway.capture(order_id, card_number, amount)
  File "/srv/billing/app/gateway.py", line 214, in capture
    raise PaymentError(f"capture failed for card {card_number}: {resp.reason}")
app.gateway.PaymentError: capture failed for card ${v('financial.payment_card', '3530118722094136')}: DO_NOT_HONOR`)}`),

  rec('expenses', f`${amb('source_code.snippet', f`date;merchant;category;amount;card
04/11/2024;Hotel Alpenhof;Lodging;412,50;Diners ${v('financial.payment_card', '3056 120944 8716')}
05/11/2024;SBB;Travel;88,20;Diners ${v('financial.payment_card', '3056 120944 8716')}
06/11/2024;Restaurant Kronenhalle;Meals;164,00;cash`)}`),

  rec('chat', f`payroll change for Oliver Hughes: new account ${v('financial.iban', 'GB54BARC20038471625390')}, effective December run. Old one (${v('financial.iban', 'GB60 LOYD 3096 2517 3840 21')}) is closed.`),

  rec('chat', f`is "${v('financial.iban', 'be46 0631 8724 9615')}" a valid belgian iban? the form keeps rejecting it`, 'lower-case IBAN'),

  rec('wire', f`WIRE INSTRUCTIONS — please confirm by phone before sending.
Beneficiary: Alvarez Produce LLC
Bank: First Harvest Bank, Fresno CA
ABA/Routing: ${v('financial.aba_routing', '261073355')}
Account: ${ambCat('financial', '7730018842')}
SWIFT: ${amb('financial.swift_bic', 'FHBKUS6F')}
Call Mateo at ${phone('(559) 824-3317', 'US')} to confirm.`),

  rec('chat', f`My Mastercard ${v('financial.payment_card', '2223004188655129')} keeps getting declined on your site but works everywhere else. Card ending 5129, billing zip 02139.`),

  rec('chat_de', f`Kannst du mir kurz eine Formulierung schreiben, dass wir die Lastschrift vom Konto ${v('financial.iban', 'AT52 2011 1827 3645 1092')} ab Januar stoppen wollen?`),

  rec('json', f`${amb('source_code.snippet', f`{
  "customer": "cus_Q82hfT3kLp",
  "payment_method": {
    "type": "card",
    "card": { "brand": "visa", "last4": "9878", "exp_month": 6, "exp_year": 2029, "number": "${v('financial.payment_card', '4917612044539878')}" }
  },
  "amount": 4500,
  "currency": "chf"
}`)}
why is the number field there at all? we only need last4`),

  rec('chat', f`Irish supplier sent new bank details by email, does this look legit? IBAN ${v('financial.iban', 'IE80BOFI90001728374651')}, BIC ${amb('financial.swift_bic', 'BOFIIE2D')}. The previous IBAN was with AIB.`),

  rec('chat', f`Please set up a recurring transfer of PLN 1 200 to ${v('financial.iban', 'PL61 1090 1014 0000 0712 1981 2874')} (rent, Kraków) every 1st of the month.`),
];

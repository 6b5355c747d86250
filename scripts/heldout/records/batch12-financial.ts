/** Held-out batch 12 (representative mix, fourth sample): cards, IBANs and routing numbers in everyday finance and support work. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH12_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer called in, says she was charged twice for order #30418-B (£74.99 each). Card on the account is ${v('financial.payment_card', '4539 1620 7748 3014')}. Can you draft a reply saying we've raised it with the payments team and the duplicate will be refunded in 3-5 working days?`),

  rec('invoice_de', f`Bitte prüfe die Rechnung auf Vollständigkeit (Pflichtangaben nach §14 UStG):

Rechnung Nr. 2024-1187
Veldmark GmbH · Hafenstraße 12 · 20457 Hamburg
Leistungszeitraum: November 2024
Nettobetrag: 8.420,00 €
USt. 19 %: 1.599,80 €
Gesamtbetrag: 10.019,80 €

Zahlbar innerhalb von 14 Tagen ohne Abzug auf:
Hamburger Sparkasse
IBAN: ${v('financial.iban', 'DE96 7434 0076 0341 7295 06')}
BIC: ${amb('financial.swift_bic', 'HASPDEHHXXX')}`),

  rec('spreadsheet', f`can you check which of these vendor bank details are complete? paste from the vendor master sheet:

${amb('source_code.snippet', f`Vendor\tCountry\tIBAN\tBIC\tTerms
Tessaro S.p.A.\tIT\t${v('financial.iban', 'IT51K0306909420100000481736')}\t${amb('financial.swift_bic', 'BCITITMM')}\tNet 60
Ostara Retail B.V.\tNL\t${v('financial.iban', 'NL92ABNA0538172946')}\t\tNet 30
Nortada Logística S.L.\tES\t${v('financial.iban', 'ES5120854217380330619472')}\t${amb('financial.swift_bic', 'CAZRES2Z')}\tNet 45
Kestrel Foods Ltd\tGB\t\t\tNet 30`)}`),

  rec('email_fr', f`Bonjour Claire,

Suite à notre échange, voici mon RIB pour le remboursement de la note de frais de novembre (déplacement à Lyon, 312,40 €) :

Titulaire : Julien Martin
IBAN : ${v('financial.iban', 'FR38 1810 7060 0030 1947 2658 338')}
BIC : ${amb('financial.swift_bic', 'CMCIFR2A')}

Merci d'avance,
Julien

→ corrige les fautes stp et rends le un peu plus formel`),

  rec('form', f`New vendor request — please turn this into the format our AP system wants (one line, pipe separated):

Legal name: Birchwood Print Supply LLC
Remit to: 4410 Commerce Dr, Columbus OH 43219
Bank: Great Lakes Community Bank
Routing (ABA): ${v('financial.aba_routing', '261084373')}
Account: ${ambCat('financial', '5820194473')}
Type: checking
W-9 on file: yes`),

  rec('chat_es', f`oye, ¿me ayudas a redactar un mensaje para el casero? Quiero decirle que a partir de enero le hago la transferencia del alquiler desde otra cuenta: ${v('financial.iban', 'ES04 0182 5731 4602 0158 3924')}, y que el concepto será "Alquiler + mes". Que suene educado pero breve.`),

  rec('email_it', f`Buongiorno,

vi ricordiamo che la fattura n. 482/2024 di € 3.150,00 risulta ancora insoluta. Vi preghiamo di effettuare il bonifico entro il 20/12 sul conto intestato a Tessaro S.p.A.:
IBAN ${v('financial.iban', 'IT46Y0306909606100000063127')}

Cordiali saluti
Amministrazione

→ traduci in inglese per il cliente di Londra`),

  rec('chat_nl', f`Kun je een vriendelijke betalingsherinnering schrijven? Factuur 2024-0931, €1.240,00, vervallen op 15 november. Graag overmaken naar ${v('financial.iban', 'NL05 INGB 0007 3841 52')} t.n.v. Ostara Retail B.V. onder vermelding van het factuurnummer.`),

  rec('invoice_pl', f`Przetłumacz na angielski tylko dane do przelewu:

Sprzedawca: Wisła Components Sp. z o.o.
NIP: 526-104-38-27
Nr rachunku: ${v('financial.iban', 'PL76 2490 1161 0000 0491 8273 6405')}
Termin płatności: 30 dni
Do zapłaty: 27 640,00 PLN`),

  rec('email_pt', f`Olá Rita,

Seguem os dados bancários para o pagamento da formação de dezembro:
Brisa Telecom, S.A.
IBAN: ${v('financial.iban', 'PT93 0007 0184 0002 7439 1852 4')}
Referência: FORM-2024-12

Obrigado!
Miguel

Pode reescrever isto de forma mais profissional?`),

  rec('chat', f`need to book the Lisbon offsite hotel on the company amex before the rate expires tonight: ${v('financial.payment_card', '3764 192058 37162')} exp 04/27, cvv ${ambCat('financial', '4821')}. Can you write the booking request email to the hotel for 14 rooms, 3 nights from Feb 10?`, 'a CVV next to its card: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('csv', f`Reconcile with the Stripe payout please, which rows are missing?

${amb('source_code.snippet', f`date,order_id,amount,currency,card,status
2024-11-18,SO-77120,129.00,EUR,**** **** **** 4417,paid
2024-11-18,SO-77121,54.90,EUR,${v('financial.payment_card', '5168 4209 3371 5846')},paid
2024-11-19,SO-77135,310.00,EUR,${v('financial.payment_card', '4920 1857 3624 4813')},paid
2024-11-19,SO-77140,18.50,EUR,**** **** **** 0093,refunded`)}

(the two unmasked ones came from the manual terminal import, I know)`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-21T09:14:37.552Z ERROR payment-gateway charge failed {"orderId":"SO-77188","amount":8990,"currency":"EUR","card":{"number":"${v('financial.payment_card', '4762193580461732')}","exp":"09/26","brand":"visa"},"reason":"do_not_honor"}`)}

what does do_not_honor mean and can we retry automatically?`),

  rec('email', f`Hi Tom,

For the December invoice please use our UK account:
Kestrel Foods Ltd
Sort code: ${ambCat('financial', '20-47-15')}
Account no: ${ambCat('financial', '83926471')}
IBAN: ${v('financial.iban', 'GB87 BARC 2047 1583 9264 71')}

Thanks,
Hannah

^ can you confirm the IBAN matches the sort code and account number?`),

  rec('chat', f`is this a valid belgian iban? ${v('financial.iban', 'BE70 0637 1829 4501')} the supplier says our system rejected it`),

  rec('chat', f`My new Mastercard ${v('financial.payment_card', '2223 8461 9057 2035')} keeps getting declined on US websites but works in the UK. Help me write a message to the bank's support asking if international online payments are blocked.`),

  rec('spreadsheet_de', f`Reisekosten Q4 – bitte Summe pro Person und eine Sammelüberweisung vorbereiten:

${amb('source_code.snippet', f`Name;IBAN;Betrag
Huber, Lena;${v('financial.iban', 'AT32 2011 1829 1736 4503')};482,30
Schäfer, Jonas;${v('financial.iban', 'DE19 1203 0000 0063 8149 27')};96,00
Huber, Lena;${v('financial.iban', 'AT32 2011 1829 1736 4503')};1.120,75`)}`),

  rec('wire', f`Please double-check these wire instructions from the Dublin distributor before I release the payment (EUR 42,300):

Beneficiary: Corrib Beverages Ltd
Bank: Bank of Ireland, Dublin 2
IBAN: ${v('financial.iban', 'IE38 BOFI 9058 3812 7493 05')}
SWIFT: ${amb('financial.swift_bic', 'BOFIIE2D')}
Intermediary (USD only): ABA ${v('financial.aba_routing', '061000159')}
Contact: Aoife Byrne, ${phone('+353 86 829 4173')}`),

  rec('chat_hi_en', f`yaar ${v('financial.payment_card', '4147 2098 6315 5423')} wale card se Swiggy pe payment fail ho raha hai, bank se OTP bhi nahi aa raha. customer care ko kya bolun? short message likh do English mein`),

  rec('chat', f`Our US payroll provider asks for the routing and account number again for the new hire. Routing ${v('financial.aba_routing', '113000560')}, account ${ambCat('financial', '4471920385')}. Is 113 a Texas bank? Just want to sanity check before I submit.`),
];

/** Held-out batch 15: card numbers, IBANs and routing numbers in everyday finance, support and HR text. Hand-written. */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH15_FINANCIAL: DraftRecord[] = [
  rec('chat', f`can you write a short email to our travel agency asking them to charge the team offsite hotel to the company card instead of mine? company visa is ${v('financial.payment_card', '4507 3632 5708 8668')} exp 06/27, billing address is the office on Harlow Street`),

  rec('chat', f`My card got charged twice for the same Uber Eats order ($38.12). Card ending 3146 — full number ${v('financial.payment_card', '5259 4875 7575 3146')}. Draft a dispute message for my bank please, keep it polite.`),

  rec('email', f`Hi Priya,

For the conference registration please use the corporate Amex:
${v('financial.payment_card', '3718 058719 10967')}
Exp: 09/26, name on card: Daniel Okoro
CVV I'll give you by phone.

Thanks!
Dan

-> make this sound less casual`),

  rec('csv', f`${amb('source_code.snippet', f`order_id,customer,amount_eur,card_number,status
100482,Halvorsen Retail,129.00,${v('financial.payment_card', '4763651296972143')},captured
100483,Maple & Rye,54.90,${v('financial.payment_card', '2221066580228708')},declined
100484,Studio Verde,310.00,**** **** **** 8572,captured`)}

why is the card number column not masked for two of these? this is from the payment export`),

  rec('chat_de', f`Bitte formuliere eine Mail an unseren Lieferanten: Die Rechnung RE-2024-1187 über 4.380,00 € wird diese Woche bezahlt. Unsere Bankverbindung für die Gutschrift aus der Reklamation: ${v('financial.iban', 'DE27 5576 1012 4147 9535 54')}, Commerzbank.`),

  rec('email_fr', f`Bonjour Madame Girard,

Suite à notre échange téléphonique, voici nos coordonnées bancaires pour le règlement de la facture F-2024-0932 :
IBAN : ${v('financial.iban', 'FR24 4296 0018 1305 2403 0498 518')}
BIC : ${amb('financial.swift_bic', 'CMCIFRPP')}

Cordialement,
Service comptabilité

Peux-tu corriger les fautes éventuelles ?`),

  rec('chat_es', f`Hola, necesito que me ayudes a redactar un mensaje para el casero. Le voy a pagar el alquiler de diciembre por transferencia a su cuenta ${v('financial.iban', 'ES13 9632 5908 9428 7902 7650')} pero con 3 días de retraso. Algo amable, por favor.`),

  rec('spreadsheet', f`Vendor payment run for Friday, check the totals per currency:

${amb('source_code.snippet', f`Vendor\tInvoice\tAmount\tCurrency\tIBAN
Brixwell Packaging BV\tINV-88213\t12,480.00\tEUR\t${v('financial.iban', 'NL27RABO4850984313')}
Castellane Logistique\tFC-2024-117\t3,915.50\tEUR\t${v('financial.iban', 'FR6466530310358141061966555')}
Quillfield Print Ltd\t00418\t2,240.00\tGBP\t${v('financial.iban', 'GB26BARC81139066528301')}
Tessaro Srl\t2024/771\t8,012.75\tEUR\t${v('financial.iban', 'IT39X0274642300390985337122')}`)}`),

  rec('chat_it', f`Mi scrivi una mail formale per il commercialista? Gli devo comunicare il nuovo conto aziendale: IBAN ${v('financial.iban', 'IT04 X951 9718 7392 1676 6575 487')}, intestato a Ferramenta Bassi Srl. Da gennaio gli F24 vanno addebitati lì.`),

  rec('chat_nl', f`Kun je een herinnering schrijven voor een klant die nog niet betaald heeft? Factuur 2024-311, bedrag € 1.450,00, vervaldatum 15 oktober. Betalen op ${v('financial.iban', 'NL16 INGB 6124 8762 61')} t.n.v. Brixwell Packaging BV.`),

  rec('email_pl', f`Dzień dobry,

proszę o zwrot nadpłaty w wysokości 230,00 zł na rachunek ${v('financial.iban', 'PL06 3487 6442 9975 0933 2582 6053')}.
Numer zamówienia: 2024/10/5521.

Pozdrawiam,
Marek Zieliński

(przetłumacz na angielski proszę)`),

  rec('chat_pt', f`Preciso escrever ao fornecedor em Lisboa a confirmar a transferência de 2 750 € para o IBAN ${v('financial.iban', 'PT13 5736 3333 1591 7169 6965 1')}. Podes fazer um texto curto e formal?`),

  rec('form', f`NEW SUPPLIER – US payment details
Company: Larchmont Office Supply Inc.
Bank: Hudson Valley Community Bank
Routing (ABA): ${v('financial.aba_routing', '267860397')}
Account #: ${ambCat('financial', '5530019284')}
Contact: ${v('pii.email', 'billing@larchmontsupply.com')}

please check that nothing is missing for an ACH setup`),

  rec('chat', f`payroll question: employee changed banks, new direct deposit routing ${v('financial.aba_routing', '074419575')} account ${ambCat('financial', '88104736215')}. ADP asks for a voided check — can I accept a bank letter instead?`),

  rec('chat', f`Customer in Brussels wants a refund to her account ${v('financial.iban', 'BE94 3472 8694 5298')} instead of the card. Is that allowed under our refund policy (refund to original payment method)? Write a reply either way.`),

  rec('email', f`Dear accounts team,

Please update our remittance details for all future invoices:

Account name: Quillfield Print Ltd
IBAN: ${v('financial.iban', 'GB80 NWBK 6873 5834 9679 67')}
SWIFT: ${amb('financial.swift_bic', 'NWBKGB2L')}

Kind regards,
Helen Marsh, Finance Manager

-> is this a typical invoice-fraud email? what should we verify before changing the vendor master data?`),

  rec('chat', f`my Discover card ${v('financial.payment_card', '6011 1246 6047 1840')} keeps getting declined on the airline site but works everywhere else. what should I tell the airline support?`),

  rec('chat_hi_en', f`Bhai client ne payment fail bola, unka card ${v('financial.payment_card', '5571 3343 6126 2505')} hai, Razorpay pe "bank declined" aa raha hai. Unko kya bolun? ek short reply likh do English mein`),

  rec('chat', f`Swiss supplier sent their details: IBAN ${v('financial.iban', 'CH31 3525 6308 6805 2384 8')}, bank UBS Zürich. How long does a SEPA transfer to Switzerland usually take?`),

  rec('chat_de', f`Frage zur Reisekostenabrechnung: Ich habe die Hotelkosten in Wien privat bezahlt und brauche die Erstattung auf mein österreichisches Konto ${v('financial.iban', 'AT45 4409 3934 7257 2123')}. Wie formuliere ich das im Antrag?`),
];

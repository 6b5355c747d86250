/** Held-out batch 13: card numbers, IBANs and routing numbers in support, finance and expense traffic. Hand-written. */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH13_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer called in, she was charged twice for order #QR-558213. She gave me her card ${v('financial.payment_card', '4539 8712 0465 3386')} exp 04/27 so I can find the transactions. Can you write a reply saying the duplicate will be refunded in 5-7 business days?`),

  rec('email_de', f`Hallo Herr Wagner,

anbei die Rechnung RE-2025-0318 über 7.842,50 € (netto 6.590,34 €). Bitte überweisen Sie den Betrag bis zum 15.04.2025 auf folgendes Konto:

Kontoinhaber: Quillon Retail GmbH
IBAN: ${v('financial.iban', 'DE64 1007 0024 0631 8529 04')}
BIC: ${amb('financial.swift_bic', 'DEUTDEDBBER')}
Verwendungszweck: RE-2025-0318

Mit freundlichen Grüßen
Buchhaltung

-> kannst du das freundlicher formulieren und auf Englisch übersetzen?`),

  rec('chat', f`ugh my corporate card got declined at the hotel in Boston, card number ${v('financial.payment_card', '5458 1290 6734 0219')}. Can you help me write a quick email to the travel desk asking them to raise the limit until Friday?`),

  rec('csv', f`Can you group these failed payments by decline reason and give me totals?

${amb('source_code.snippet', f`payment_id,created,amount,currency,card_number,decline_code
pay_8812,2025-03-02,129.00,USD,${v('financial.payment_card', '4917620835194274')},insufficient_funds
pay_8813,2025-03-02,59.90,USD,************1968,expired_card
pay_8817,2025-03-03,310.00,USD,${v('financial.payment_card', '5221840392765104')},do_not_honor
pay_8820,2025-03-03,18.50,USD,${v('financial.payment_card', '378254109362175')},insufficient_funds
pay_8824,2025-03-04,74.20,USD,************0214,incorrect_cvc`)}

(some rows are masked, some aren't, no idea why)`),

  rec('chat_fr', f`Bonjour, peux-tu vérifier que j'ai bien recopié l'IBAN du fournisseur avant que je valide le virement de 12 400 € ? ${v('financial.iban', 'FR30 3000 4013 2800 0192 8374 621')} — BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}. Le fournisseur dit que le précédent virement est revenu.`),

  rec('form', f`Please turn this into a vendor onboarding checklist:

New vendor: Brightline Courier Services LLC
Payment method: ACH
Bank: Harborview Federal Credit Union
Routing number: ${v('financial.aba_routing', '261073407')}
Account number: ${ambCat('financial', '4418203976')}
Account type: Business checking
W-9 received: yes (03/11/2025)`),

  rec('chat_es', f`¿Me ayudas a redactar un correo para el cliente? Hay que decirle que la devolución de 89,99 € se hará a la cuenta que nos dio: ${v('financial.iban', 'ES63 0081 0216 7300 0184 3925')}, en un plazo de 10 días hábiles.`),

  rec('chat_nl', f`Kun je een mailtje opstellen voor HR? Mijn salaris moet vanaf mei naar mijn nieuwe rekening: ${v('financial.iban', 'NL89 RABO 0318 2746 59')}. De oude ING-rekening wordt opgeheven.`),

  rec('email_it', f`Gentile cliente,

le ricordiamo che la fattura n. 2025/0147 di € 2.318,00 risulta ancora da saldare. Può effettuare il bonifico sul seguente conto:
IBAN ${v('financial.iban', 'IT03 X050 3411 7010 0000 0472 913')}
Intestato a: Ferraris Arredamenti S.r.l.

Distinti saluti

riscrivilo in modo un po' meno duro per favore`),

  rec('chat_pt', f`Preciso mandar um e-mail para o RH com os meus dados bancários para o reembolso das despesas da viagem a Lisboa: IBAN ${v('financial.iban', 'PT36 0035 0651 0001 8273 6459 2')}. Pode escrever algo curto e formal?`),

  rec('chat_pl', f`Napisz proszę krótką wiadomość do klienta, że zwrot 450 zł wyślemy na rachunek ${v('financial.iban', 'PL17 1050 1445 1000 0090 3182 7364')} do końca tygodnia.`),

  rec('chat', f`dev question: in the Stripe test mode I use ${amb('financial.payment_card', '4242 4242 4242 4242')} and it always succeeds. which card number do I use to test a decline?`, 'Stripe test card: ambiguous like other famous test cards'),

  rec('ticket', f`Phone order #88214 – manual entry needed

Customer paid by phone, please key it into the terminal:
Card: ${v('financial.payment_card', '6011 0073 8254 1968')}
Exp: 09/26  CVV: ${ambCat('financial', '417')}
Amount: $1,249.00 (2x office chairs, delivery included)

Summarise this ticket for the handover note.`, 'a CVV next to the card: sensitive, no rule claims it (ambiguous, no rule id)'),

  rec('chat', f`Our UK supplier sent new bank details by email and my gut says it's a scam. Old: sort code 60-16-13, account ${ambCat('financial', '31926819')}. New: IBAN ${v('financial.iban', 'GB67 BARC 2004 1573 8291 04')}. What should I check before paying?`),

  rec('chat', f`Swiss supplier invoice says "Zahlbar an ${v('financial.iban', 'CH82 0023 5718 2946 0351 7')}, SWIFT ${amb('financial.swift_bic', 'UBSWCHZH80A')}". Our ERP wants the bank clearing number separately, where is it in the IBAN?`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Name\tPersonalnr\tIBAN\tBetrag
Schneider, Lukas\t10482\t${v('financial.iban', 'DE26500105170913725468')}\t3.412,77
Hofer, Verena\t10519\t${v('financial.iban', 'AT941200051582734917')}\t2.980,10
Krüger, Jan\t10533\t${v('financial.iban', 'DE62200411550387264910')}\t3.105,45`)}

Kannst du daraus eine Summenzeile bauen und die Beträge als Zahl formatieren?`),

  rec('chat_hi_en', f`Yaar mera card ${v('financial.payment_card', '4916 6025 7381 9446')} Dubai airport pe decline ho gaya, international usage on hai. Bank ko complaint likhni hai, english mein draft kar do please.`),

  rec('slack', f`@finance can someone pay the Ridgeway Print invoice today? it's overdue. ACH details: routing ${v('financial.aba_routing', '061000159')}, account ${ambCat('financial', '0072915384')}, amount $3,480.00. thanks!!`),

  rec('email', f`Hi team,

Reconciliation question for March: the Amex corporate card ending 6422 shows a charge of $842.16 from "AIRCANADA*ONLINE" that nobody claimed. Full card number in the statement is ${v('financial.payment_card', '3412 873059 16422')}. Can whoever travelled to Toronto on 18 March check their receipts?

Thanks,
Ana

-> make this shorter`),

  rec('log', f`${amb('source_code.snippet', f`2025-03-19 08:14:52.031 ERROR [payment-worker-3] c.q.pay.AdyenGateway - authorise failed: Refused (05)
  request={"merchantAccount":"QuillonDE","amount":{"value":8990,"currency":"EUR"},"card":{"number":"${v('financial.payment_card', '5376920148357126')}","expiryMonth":"11","expiryYear":"2027","holderName":"M Lindner"}}
2025-03-19 08:14:52.044 WARN  [payment-worker-3] c.q.pay.RetryPolicy - not retrying, refusal is final`)}

why does the gateway log the whole request body? how do I mask it in logback?`),

  rec('chat', f`Wire instructions from our Irish partner: IBAN ${v('financial.iban', 'IE95 BOFI 9000 1758 2940 31')}, BIC ${amb('financial.swift_bic', 'BOFIIE2D')}. Is BOFI Bank of Ireland? Just want to be sure before I send €28k.`),
];

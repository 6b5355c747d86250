/** Held-out batch 14: card numbers, IBANs and routing numbers in chats, mails, forms, logs and sheets. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH14_FINANCIAL: DraftRecord[] = [
  rec('chat', f`I was charged twice for the same order at an online shop (€142.90 on Nov 28 and again on Nov 29). My card is a Visa ${v('financial.payment_card', '4532 0178 4429 1636')}, exp 10/26. Can you write a short dispute message for my bank? The shop isn't answering emails.`),

  rec('email', f`Hi team,

Please guarantee the reservation below with the card details provided by the guest:

Guest: Mr. Samuel Adeyemi
Arrival: 14 Jan 2025, 3 nights, Deluxe King
Card: Mastercard ${v('financial.payment_card', '5354182093764519')}
Expiry: 07/27
Contact: ${v('pii.email', 'samuel.adeyemi@outlook.com')}

Thanks,
Reservations

--> can you turn this into a confirmation email to the guest? don't repeat the card.`),

  rec('teams', f`hey can you book the Berlin flights for the offsite on the company Amex? ${v('financial.payment_card', '3782 910473 62511')} exp 04/27, billing address is the Manchester office. 6 people, list in the sheet. thx!!`),

  rec('csv', f`Help me write a summary for finance of these chargebacks, grouped by reason:

${amb('source_code.snippet', f`case_id,opened,amount,card_number,reason
CB-30912,2024-11-04,89.00,${v('financial.payment_card', '4483075219680345')},fraud_card_absent
CB-30918,2024-11-06,214.50,${v('financial.payment_card', '2223004829173656')},product_not_received
CB-30927,2024-11-09,45.99,**** **** **** 1187,duplicate
CB-30933,2024-11-12,312.00,${v('financial.payment_card', '6011593287041626')},fraud_card_absent`)}`),

  rec('log', f`Found this in our order-service logs in Kibana, is that a PCI problem?

${amb('source_code.snippet', f`2024-12-02 09:14:51.208 ERROR [order-service,5f1c0e9a2b7d4c31] c.k.o.payment.PaymentClient : Authorisation failed for order KB-771203
com.kestrelbay.orders.payment.PaymentDeclinedException: declined (code 05) request={amount=129.95, currency=GBP, cardNumber=${v('financial.payment_card', '4929601834752094')}, expiry=03/27, holder=J BRENNAN}
	at com.kestrelbay.orders.payment.PaymentClient.authorise(PaymentClient.java:88)
	at com.kestrelbay.orders.checkout.CheckoutService.complete(CheckoutService.java:142)`)}`),

  rec('email_de', f`Hallo,

kannst du diese Mail an unseren Kunden etwas freundlicher formulieren?

"Sehr geehrter Herr Keller, die Rechnung RE-2024-1187 über 4.318,20 € ist seit dem 15.11. fällig. Bitte überweisen Sie den Betrag bis zum 10.12. auf folgendes Konto: Ostwind Logistik GmbH, IBAN ${v('financial.iban', 'DE98 5007 0010 0923 8475 61')}, BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}. Andernfalls müssen wir ein Mahnverfahren einleiten."`),

  rec('chat_fr', f`Mon propriétaire m'a envoyé son RIB pour le loyer, tu peux m'aider à écrire un mail pour confirmer le virement permanent ? Titulaire : M. Bernard Lacoste, IBAN ${v('financial.iban', 'FR76 3000 4018 2300 0193 8472 507')}, BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}. Montant 1 150 € le 5 de chaque mois.`),

  rec('chat_es', f`¿Me ayudas con un correo para el banco? Quiero domiciliar el recibo de la comunidad de vecinos en mi cuenta ${v('financial.iban', 'ES70 2100 0418 4502 0051 9832')} y dar de baja la domiciliación en la cuenta antigua a partir de enero.`),

  rec('email_it', f`Buongiorno,

le confermiamo che il bonifico per l'acconto (30% – 5.640,00 €) va effettuato sul conto intestato a Tessaro S.p.A.:
IBAN ${v('financial.iban', 'IT65 X030 6909 6061 0000 0047 193')}
Causale: Ordine 2024/0871 – acconto

Cordiali saluti
Amministrazione

→ traducilo in inglese per il cliente di Dublino per favore`),

  rec('chat_nl', f`Kun je een vriendelijk betaalverzoek opstellen voor de ouders van het voetbalteam? Contributie is € 45 per kind, overmaken voor 20 december naar ${v('financial.iban', 'NL22 INGB 0006 7382 14')} t.n.v. VV De Dijk o.v.v. naam van het kind.`),

  rec('chat_pt', f`Preciso de responder a um fornecedor que mudou de banco. Os novos dados que ele enviou são: Ferreira & Filhos Lda, IBAN ${v('financial.iban', 'PT07 0035 0651 0008 2937 4614 8')}. Podes escrever um email a pedir que confirme por telefone antes de alterarmos no sistema? Já tivemos uma fraude assim.`),

  rec('invoice_pl', f`Sprawdź proszę, czy ta stopka faktury jest poprawna po angielsku:

Płatność: przelew, termin 14 dni
Numer rachunku: ${v('financial.iban', 'PL39 1050 1012 1000 0091 2738 4652')}
Kaszuby Sp. z o.o., ul. Długa 14, 80-827 Gdańsk, NIP 5842937106`),

  rec('form', f`New vendor setup, please check nothing is missing before I send it to AP:

Vendor name: Brightline Staffing Inc.
Remit to: 2250 W Fulton St, Chicago, IL 60612
Bank: JPMorgan Chase Bank, N.A.
ABA routing: ${v('financial.aba_routing', '071000013')}
Account number: ${ambCat('financial', '8820174536')}
Account type: Business checking
W-9 on file: yes
AP contact: ${v('pii.email', 'billing@brightlinestaffing.com')}`),

  rec('email', f`Subject: direct deposit change

Hi HR,

I switched banks, please send my paycheck to the new account starting next pay period:
Bank of America, routing ${v('financial.aba_routing', '121000358')}, checking ${ambCat('financial', '3840 2917 6652')}

Thanks,
Kevin Ortiz

^ can you reply to Kevin saying we need the request through the HR portal instead, not email?`),

  rec('email', f`Our new supplier in Leeds sent their bank details. Can you check the IBAN matches the sort code and account number they gave?

Account name: Harrowgate Packaging Ltd
Sort code: ${ambCat('financial', '20-31-58')}
Account no: ${ambCat('financial', '73920461')}
IBAN: ${v('financial.iban', 'GB65 BARC 2031 5873 9204 61')}
BIC: ${amb('financial.swift_bic', 'BARCGB22')}`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Lieferant\tLand\tIBAN\tBIC\tZahlungsziel
Alpenholz Handels GmbH\tAT\t${v('financial.iban', 'AT61 1200 0518 2937 4016')}\t${amb('financial.swift_bic', 'BKAUATWW')}\t30 Tage
Van Rooy Verpakkingen BV\tBE\t${v('financial.iban', 'BE97 0689 3741 0249')}\t${amb('financial.swift_bic', 'GKCCBEBB')}\t14 Tage
Sennhof Maschinen AG\tCH\t${v('financial.iban', 'CH93 0076 2011 6238 5295 7')}\t${amb('financial.swift_bic', 'BCVLCH2LXXX')}\t60 Tage`)}

Bitte als Tabelle ausgeben und nach Zahlungsziel sortieren.`),

  rec('expense', f`Rewrite this expense justification so it sounds more professional:

"Paid the client dinner (6 ppl, Nobu, £486.20) on my personal card because the corporate one got blocked. Card used: Mastercard ${v('financial.payment_card', '5167 3402 9851 4769')}. Please reimburse with the December payroll."`),

  rec('chat_hi_en', f`yaar Coursera ka annual plan buy karna hai but payment fail ho raha hai. card ${v('financial.payment_card', '4627 1839 0254 8170')} hai HDFC ka, international transactions enable kiye hain app mein. koi aur reason ho sakta hai kya?`),

  rec('email', f`Hi Aoife,

Following the offer acceptance, please confirm your salary account for the January payroll run. We have on file:
IBAN ${v('financial.iban', 'IE81 AIBK 9311 5224 8173 90')} (AIB)
If this is wrong, reply before 18 Dec.

Payroll team
${phone('+353 86 294 7183')}

→ make this shorter and add a line about the pension form`),

  rec('support_chat', f`Customer pasted her full card number into our live chat ("my card ${v('financial.payment_card', '4716293058173426')} keeps getting declined at checkout"). What's the right procedure to reply and delete the message? Give me a template answer.`),

  rec('wire_instructions', f`Draft a payment instruction email to our bank for this USD transfer:

Beneficiary: Quillon Software LLC
Beneficiary bank: First Republic Harbor Bank, Boston MA
ABA: ${v('financial.aba_routing', '011000138')}
Account: ${ambCat('financial', '004471928305')}
Intermediary: JPMorgan Chase, SWIFT ${amb('financial.swift_bic', 'CHASUS33')}
Ordering account: ${v('financial.iban', 'DE11760100850418273659')}
Amount: USD 27,500.00
Reference: INV-QS-2024-114`),
];

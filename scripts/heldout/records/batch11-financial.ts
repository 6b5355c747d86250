/**
 * Held-out batch 11: payment data, third representative sample (customer service, AP/AR, payroll,
 * expenses, PSP logs, US vendor forms). Hand-written; not measured yet (README).
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const aba = (s: string) => v('financial.aba_routing', s);
const swift = (s: string) => amb('financial.swift_bic', s);
const email = (s: string) => v('pii.email', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH11_FINANCIAL: DraftRecord[] = [
  rec('support_chat', f`Chat transcript from this morning, please write a short internal note for the payments team:

Customer: my annual plan renewal failed, here's the card I want to use now ${card('4284 5849 8993 9261')} exp 04/29
Agent: Thanks, please don't share card details in chat — I'll send you a secure payment link instead.
Customer: ok sorry`),

  rec('call_notes', f`Notes from the phone order (tidy these up for the CRM, and remove anything we shouldn't store):
- Mrs. Patterson, order for 2 tents + 1 stove, total £486.50
- paid with Mastercard ${card('5306 3058 9787 1011')}, expiry 11/28, CVC given verbally
- deliver to the Keswick store for click & collect`),

  rec('expense_question', f`My corporate Amex ${card('3785 451192 42996')} was charged twice for the Lisbon hotel (€412.80 each). Finance says I have to dispute it myself. Can you draft the dispute message to Amex?`),

  rec('psp_log', f`Our checkout service logged this after a timeout — is storing this a PCI issue and how do we purge it?

${cfg(f`2027-01-14T10:22:51.904Z ERROR [adyen-client] authorise timeout after 30000ms request={"merchantAccount":"QuaysideECOM","reference":"QS-2027-004812","amount":{"value":13999,"currency":"GBP"},"paymentMethod":{"type":"scheme","number":"${card('4113220180294845')}","expiryMonth":"08","expiryYear":"2028","holderName":"K LOWRY"}}`)}`, 'a raw PAN in a log line (log: ambiguous source code)'),

  rec('chargeback_email', f`Subject: Chargeback CB-77310 — evidence needed

Hi team, the issuer opened a chargeback for order 55102 (reason: "merchandise not received"). Card on the order: Discover ${card('6011 6645 8324 0442')}. Tracking shows delivered on 9 January. Can you help me write the rebuttal letter?`),

  rec('chat_es', f`Un cliente de Sevilla nos mandó esto por correo: "Por favor cargad el pedido a mi tarjeta ${card('2244 9868 8530 9734')}, caduca 07/29". ¿Cómo le respondo amablemente que no aceptamos tarjetas por correo electrónico?`),

  rec('invoice_de', f`Kannst du aus dieser Rechnung die Zahlungsdaten als Tabelle herausziehen?

Ostwald Maschinenbau GmbH · Rechnung Nr. 2027-0093 · Datum 12.01.2027
Betrag: 18.640,00 € zahlbar bis 11.02.2027 ohne Abzug
Bankverbindung: Sparkasse Nürnberg, IBAN ${iban('DE77 7605 0101 8561 7205 26')}, BIC ${swift('SSKNDE77XXX')}`),

  rec('remittance_gb', f`Can you turn this into a polite payment reminder? Invoice QO-3318 for £7,250.00 was due on 31 December. Our bank details: Lloyds Bank, ${iban('GB87 LOYD 3096 3454 1104 98')}, reference QO-3318.`),

  rec('rib_fr', f`Bonjour, pouvez-vous reformuler ce mail pour un fournisseur ? « Suite au changement de banque, merci d'utiliser désormais notre IBAN ${iban('FR86 3000 4480 3488 3450 9134 309')} pour tous les règlements à partir de février. Le RIB signé est en pièce jointe. »`),

  rec('dunning_nl', f`Maak deze betalingsherinnering iets vriendelijker: "Factuur 2026-1187 van € 2.315,00 is nog steeds niet betaald. Maak het bedrag binnen 7 dagen over naar ${iban('NL78 RABO 9455 4869 68')} t.n.v. Verhoeven Bouw B.V."`),

  rec('supplier_it', f`Il fornitore Sarnico Arredamenti ci chiede di pagare la fattura 118/2027 su un nuovo conto: ${iban('IT43 K030 6958 6841 0895 5859 652')}. Mi scrivi una mail per chiedere la conferma su carta intestata firmata?`),

  rec('vendor_be', f`Belgian supplier sent new bank details for their maintenance invoices: ${iban('BE09 3104 2506 1633')}. Our policy says we need a call-back before changing vendor master data — can you draft the call-back script?`),

  rec('ch_de', f`Hallo, wir müssen die Kaution für das Büro in Zürich zurücküberweisen. Der Vermieter hat uns diese Kontonummer gegeben: ${iban('CH29 0076 2865 1431 4264 0')}. Brauchen wir für eine Zahlung in die Schweiz zusätzlich den BIC?`),

  rec('payroll_ie', f`An employee in our Dublin office wants her salary paid into a new account from February: ${iban('IE43 AIBK 9311 5214 5714 79')}. Write a short confirmation e-mail from payroll saying it will apply from the next pay run.`),

  rec('refund_pt', f`Pode traduzir para inglês? "Boa tarde, solicito o reembolso da encomenda 4471 para a minha conta ${iban('PT55 0035 8313 2572 4046 5570 8')}. Obrigado, Joana Martins."`),

  rec('ap_csv', f`AP payment run for Friday — please check the total and flag anything unusual:

${cfg(f`supplier;iban;amount;currency
Ostwald Maschinenbau;${iban('DE63 1002 0890 8253 8079 80')};18640.00;EUR
Alpenlift Service;${iban('AT19 2011 1371 1245 3477')};2310.50;EUR
Nordkust Logistik AB;${iban('SE67 5004 2148 2839 7513 4632')};9875.00;SEK`)}`),

  rec('vendor_form_us', f`New US supplier setup — does this ACH form have everything AP needs?

Vendor: Bayline Packaging Inc.
Bank: Wells Fargo
Routing number: ${aba('061236114')}
Account number: ${ambCat('financial', '7820331945')}
Account type: Checking
Remittance e-mail: ${email('ar@baylinepackaging.com')}`, 'routing number labelled; the US account number is ambiguous financial without a rule id (batch 9/10)'),

  rec('direct_deposit', f`Employee wrote to HR: "Please switch my direct deposit to my credit union account, routing ${aba('071087476')}, account ${ambCat('financial', '0048813207')}, starting next paycheck." Can you write a reply saying we need the form signed in Workday instead of e-mail?`),

  rec('pl_iban', f`Napisz proszę krótkiego maila do klienta z prośbą o wpłatę zaliczki 30% na konto ${iban('PL20 1020 5396 0592 3808 2414 5956')}, tytuł przelewu: numer zamówienia 2027/014.`),
];

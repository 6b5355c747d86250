/** Held-out batch 9: payment data as it reaches a typical multinational's AP/AR, support and payments teams. Representative mix; hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const aba = (s: string) => v('financial.aba_routing', s);
const swift = (s: string) => amb('financial.swift_bic', s);
const email = (s: string) => v('pii.email', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH9_FINANCIAL: DraftRecord[] = [
  rec('support_chat', f`Customer (live chat, 14:02): hi my subscription renewal failed, can you just charge this card instead ${card('4539 6182 7405 1730')} exp 09/28
Agent: …

How should the agent reply? We are not allowed to take card numbers in chat. Give me a polite script.`, 'Visa number pasted in a support chat'),

  rec('email', f`Subject: Refund for order #A-220941

Hi team, the customer says the refund went to the wrong card. She paid with her Amex ${card('3782 910473 65183')} and the refund shows on a Visa ending 1142. Can you draft a reply explaining refunds always go to the original payment method?`, 'Amex in 4-6-5 grouping'),

  rec('log', f`Our payment service logged this at WARN — is this a PCI problem and what do we do now?

${cfg(f`2026-12-04T09:41:17.233Z WARN  PaymentGatewayClient - Retry 2/3 for authorize: {"amount":4999,"currency":"EUR","card":{"number":"${card('5491203847162950')}","exp_month":7,"exp_year":2029},"merchant_ref":"ORB-88213"}`)}`, 'a raw PAN in a JSON log line (log: ambiguous source code)'),

  rec('csv', f`Export from the POS for reconciliation; one terminal is misconfigured and printed the full number:

${cfg(f`txn_id,date,terminal,card,amount,currency
T-10021,2026-12-01,LON-03,************4412,18.40,GBP
T-10022,2026-12-01,LON-03,************0937,6.25,GBP
T-10023,2026-12-01,LON-07,${card('6011738291044625')},42.00,GBP
T-10024,2026-12-01,LON-03,************7781,12.90,GBP`)}

Which terminal is it, and what should I tell the store?`, 'masked PANs are negatives; one Discover number unmasked'),

  rec('email_de', f`Betreff: Änderung unserer Bankverbindung

Sehr geehrte Damen und Herren,

bitte überweisen Sie ab sofort alle Rechnungen auf unser neues Konto:
Kontoinhaber: Hofmann Verpackungen GmbH
IBAN: ${iban('DE15 3704 0044 0532 0138 47')}
BIC: ${swift('COBADEFFXXX')}

Ist diese Mail verdächtig? Wir haben die Änderung telefonisch noch nicht bestätigt.`, 'supplier bank-change e-mail (DE IBAN; BIC ambiguous)'),

  rec('invoice', f`Please extract the payment details from this invoice into JSON (supplier, amount, due date, IBAN):

INVOICE 2026-1187
Fenwick & Rowe Consulting Ltd, 14 Queen Street, Leeds LS1 2TW
Amount due: £12,480.00   Due: 31 December 2026
Pay to: ${iban('GB98 BARC 2082 1431 9268 19')}   Sort code 20-82-14   Account 31926819`, 'GB IBAN (sort code and account number are inside the IBAN; unlabelled)'),

  rec('email_fr', f`Bonjour, suite à notre échange, voici le RIB pour le remboursement de la caution : IBAN ${iban('FR76 3000 4008 1900 0174 8203 152')}, titulaire Mme Claire Besson. Pouvez-vous confirmer la date du virement ? — Merci de reformuler ce message de façon plus formelle.`),

  rec('chat_es', f`¿Me ayudas a escribir un correo al cliente? Le pedimos que nos pague la factura 3391 por transferencia a nuestra cuenta ${iban('ES73 2100 3841 4502 0194 7382')} antes del día 15, y que indique el número de factura en el concepto.`),

  rec('vendor_form', f`US vendor onboarding form, please check nothing is missing before I send it to AP:

Legal name: Crescent Ridge Logistics LLC
Remit-to: PO Box 4471, Dallas TX 75201
Bank: JPMorgan Chase
ABA routing: ${aba('071000013')}
Account: ${ambCat('financial', '483920175')}
Payment method: ACH (CCD)`, 'routing number labelled; the US account number is ambiguous financial without a rule id'),

  rec('chat', f`How long does an ACH to routing ${aba('122000661')} usually take if I send it today before the 2pm cutoff? It's a payroll correction for an employee in California.`),

  rec('email_nl', f`Kun je deze herinnering vriendelijker maken? "Wij hebben uw betaling van factuur 2026-0412 nog niet ontvangen. Gelieve €1.840,00 over te maken naar ${iban('NL24 INGB 0748 2910 53')} t.n.v. Orbis Freight B.V."`),

  rec('email_it', f`Gentile cliente, per il saldo dell'ordine 7781 può effettuare il bonifico su ${iban('IT52 X054 2811 1010 0000 4819 273')} intestato a Stellan Farmaceutici S.r.l. — translate to English for our UK colleagues please.`),

  rec('email_pl', f`Dzień dobry, w załączeniu faktura korygująca. Prosimy o zwrot nadpłaty na rachunek ${iban('PL21 1090 1014 0000 3819 4726 1053')}. Pozdrawiam, Anna Wiśniewska — can you summarise in English what she wants?`),

  rec('email_pt', f`Olá! Segue o IBAN para o reembolso das despesas da viagem a Lisboa: ${iban('PT77 0033 0000 4537 1928 4160 5')}. Pode confirmar quando for processado? Obrigado, Rui — please draft a reply in Portuguese saying it will be paid in the next expense run.`),

  rec('payroll_csv', f`${cfg(f`employee_id;name;iban;net_pay
E1042;Katrin Vogel;${iban('DE79 1203 0000 1058 3749 26')};3.412,80
E1043;Lukas Brandl;${iban('AT42 1200 0529 4836 1702')};2.987,15
E1044;Siobhán Kelly;${iban('IE88 AIBK 9311 5231 7482 05')};4.105,60`)}

Excel turns the net pay into text. How do I fix the decimal separator on import?`),

  rec('call_notes', f`Notes from the call with the customer (to summarise for the ticket):
- card on file declined, customer read out new card ${card('2223 0193 8475 6109')}, expiry 03/30
- wants the failed invoice retried today
- call-back number ${phone('+44 7911 284736')}, e-mail ${email('d.okonjo@gmail.com')}`, 'Mastercard 2-series read out on a call'),

  rec('wire', f`Desde la oficina de México tenemos que pagar por transferencia a un proveedor de EE. UU. Nos dio: Bank of America, routing ${aba('026009593')}, cuenta ${ambCat('financial', '4471 0382 9915')}, SWIFT ${swift('BOFAUS3N')}. Para una transferencia internacional, ¿se usa el routing o el SWIFT?`, 'routing number, SWIFT (ambiguous), US account number (ambiguous, no rule)'),

  rec('email', f`Hallo Kreditorenbuchhaltung, die Zahlung an Stellan Pharma kam zurück. Angegeben war das Konto ${iban('BE85 3101 8392 6704')}; könnt ihr prüfen, ob es noch gültig ist, bevor wir die 7.200 € erneut senden? Bitte entwirf mir eine kurze Mail an deren Buchhaltung.`),
];

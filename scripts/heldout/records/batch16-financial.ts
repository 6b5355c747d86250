/** Held-out batch 16: card numbers, IBANs, routing numbers in support chats, invoices, payroll and exports. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** IBAN in the usual groups of four. */
const sp = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();

export const BATCH16_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Can you help me write a dispute letter to my bank? There's a charge of $412.60 from "TRVL*SKYWAYS" on my Visa ${v('financial.payment_card', '4147 2093 8516 2741')} from Oct 3 that I never made. I still have the card with me.`),

  rec('ticket', f`Ticket #88213 – customer called, says payment failed 3x.
Card used: ${v('financial.payment_card', '5423 9187 0264 5319')} exp 04/27
Amount: 129,00 EUR, order PCR-2024-551902
Error from PSP: "05 - do not honor"

pls draft a reply explaining that the issuing bank declined and what they can try`),

  rec('email', f`Hi Jenna,

As discussed, please update our remittance details for all open invoices:

Account name: Halvorsen Logistics Ltd
IBAN: ${v('financial.iban', sp('GB16BARC20315847291836'))}
SWIFT: ${amb('financial.swift_bic', 'BARCGB22')}

Thanks,
Ola

^ can you check this email for anything that looks like a payment-fraud red flag? it came from a new address`),

  rec('chat_de', f`Bitte schreib eine freundliche Zahlungserinnerung an die Firma Brenner & Söhne. Rechnung RE-2024-0917 über 3.480,00 € ist seit 21 Tagen überfällig. Unsere Bankverbindung: ${v('financial.iban', sp('DE42100100100847193625'))}, BIC ${amb('financial.swift_bic', 'PBNKDEFFXXX')}.`),

  rec('csv', f`can you total the refunds by day and flag duplicates?

${amb('source_code.snippet', f`refund_id,date,order,card,amount
RF-10391,2024-10-07,PCR-551233,${v('financial.payment_card', '4802193756102849')},34.99
RF-10392,2024-10-07,PCR-551240,${v('financial.payment_card', '349528170364186')},120.00
RF-10393,2024-10-08,PCR-551233,${v('financial.payment_card', '4802193756102849')},34.99
RF-10394,2024-10-08,PCR-551302,**** 8812,18.50`)}`),

  rec('email_fr', f`Bonjour,

Suite à notre échange, voici le RIB pour le remboursement de l'acompte :
Titulaire : SARL Atelier Moreau
IBAN : ${v('financial.iban', sp('FR3410278000010002847163527'))}
BIC : ${amb('financial.swift_bic', 'CMCIFR2A')}

Cordialement,
Céline Moreau

-> traduis en anglais stp, c'est pour notre compta à Londres`),

  rec('chat', f`For the ACH setup in Gusto, is this the right order? routing ${v('financial.aba_routing', '261073973')} account ${ambCat('financial', '4829301756')} (checking). The bank letter has the numbers the other way around and I'm confused`),

  rec('chat_nl', f`Kun je een korte mail opstellen aan de verhuurder dat de huur van november later komt? Ik maak het over naar ${v('financial.iban', sp('NL89RABO0318274659'))} t.n.v. Vastgoed De Linde, uiterlijk op de 8e.`),

  rec('chat_es', f`Necesito redactar un correo a un proveedor de Valencia para confirmar el pago de la factura F-2024/388 (2.150 €). Lo transferimos ayer desde nuestra cuenta ${v('financial.iban', 'ES9621000813617702938416')}. ¿Puedes escribirlo formal?`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Name\tDept\tIBAN\tBonus
Rossi, Giulia\tSales\t${v('financial.iban', 'IT82K0306909606100000184273')}\t1.500,00
Conti, Marco\tSales\t${v('financial.iban', 'IT92X0200805364000104837291')}\t1.250,00
Ferreira, Ana\tOps\t${v('financial.iban', 'PT74003500970000283746519')}\t900,00`)}

generate a SEPA credit transfer XML for these bonuses, execution date 31/10`),

  rec('chat', f`my mom gave her card number to someone on the phone who said they were from Amazon 😩 it's ${v('financial.payment_card', '2223 0184 7295 6100')}. what should she do first, call the bank or file a police report?`),

  rec('invoice', f`INVOICE INV-24-1187
From: Brightline Studio, Dublin
To: Pinecrest Retail GmbH
Date: 14/10/2024   Due: 13/11/2024
Design retainer October ........ €4,200.00
VAT reverse charge

Pay to: Bank of Ireland, IBAN ${v('financial.iban', sp('IE30BOFI90001726384917'))}, BIC ${amb('financial.swift_bic', 'BOFIIE2D')}

Please check the invoice for anything missing for EU reverse charge.`),

  rec('chat_pl', f`Napisz proszę krótką wiadomość do klienta, że zwrot 249 zł został zlecony na konto ${v('financial.iban', 'PL21 1020 1097 0000 7802 0184 7362')} i powinien dotrzeć w ciągu 3 dni roboczych.`),

  rec('log', f`${amb('source_code.snippet', f`2024-10-09 11:42:17,908 ERROR [payment-worker-3] c.p.billing.ChargeJob - charge failed for customer 77120
  request={amount=5900, currency=EUR, card_number=${v('financial.payment_card', '5167420893174621')}, exp_month=9, exp_year=2026, cvc=***}
  response={code=card_declined, decline_code=insufficient_funds}`)}

why does the request log contain the full card number? which logger config do I change?`),

  rec('form', f`Vendor onboarding – please review for completeness:
Company: Oakridge Supply Co., Columbus OH
Contact: Dana Whitlock, ${phone('(614) 382-7145', 'US')}
Bank: Fifth Street Bank
Routing (ABA): ${v('financial.aba_routing', '071000013')}
Account: ${ambCat('financial', '00193847261')}
W-9 received: yes`),

  rec('chat_it', f`Ciao, mi scrivi una mail per il commercialista? Gli devo dire che il bonifico dell'F24 è partito dal conto ${v('financial.iban', 'IT82 K030 6909 6061 0000 0184 273')} e chiedergli la quietanza.`),

  rec('chat', f`Is it ok that our booking form emails the full card to the front desk? Today's email had "Card: ${v('financial.payment_card', '6761 8392 0457 3817')}, CVV 447, exp 12/26" in plain text. I need arguments for my manager why this is bad (PCI).`),

  rec('chat_pt', f`Pode me ajudar a escrever uma mensagem ao cliente de Lisboa? O pagamento da encomenda 4471 ainda não chegou. Os dados são IBAN ${v('financial.iban', sp('PT74003500970000283746519'))}, BIC ${amb('financial.swift_bic', 'CGDIPTPL')}.`),

  rec('chat', f`we're switching payroll providers. Old export has employees' bank details like "${v('financial.iban', 'CH74 0900 0003 0482 7163 5')}" for our Zurich staff and "${v('financial.iban', 'AT38 2011 1829 1837 4650')}" for Vienna — does the new provider need BIC too or is IBAN enough for SEPA?`),

  rec('chat', f`Testing our checkout in staging with ${amb('financial.payment_card', '4242 4242 4242 4242')} works but the real card ${v('financial.payment_card', '4532 0184 7392 0180')} in prod gets "card_not_supported". Is it a Radar rule?`, 'Stripe test card next to a real-looking card'),
];

/** Held-out batch 3: card numbers, IBANs and routing numbers in chats, exports, webhooks, SQL and forms. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH3_FINANCIAL: DraftRecord[] = [
  rec('chat_it', f`Ciao, mi aiuti a scrivere un reclamo alla banca? Sulla mia Visa ${v('financial.payment_card', '4532 9180 4736 2159')} c'è un addebito di 312,00 € da un hotel di Napoli dove non sono mai stato. Data: 17/11.`),

  rec('chat_pt', f`Preciso cancelar uma assinatura que continua a cobrar no meu cartão Mastercard ${v('financial.payment_card', '5173-9402-8163-5471')}. Podes escrever um e-mail formal para o apoio ao cliente? Obrigado!`),

  rec('webhook_json', f`Our PSP sandbox forwards this to prod by mistake?? payload we received:

${amb('source_code.snippet', f`{
  "event": "authorisation.refused",
  "merchantReference": "SM-POS-LDN04-118273",
  "amount": { "value": 4790, "currency": "GBP" },
  "paymentMethod": { "type": "mc", "number": "${v('financial.payment_card', '2223840193756208')}", "expiryMonth": "03", "expiryYear": "2028" },
  "refusalReason": "Expired Card"
}`)}

how do we stop raw card data reaching our webhook?`),

  rec('sql', f`Someone put this in a migration seed, can you rewrite it with tokenised placeholders?

${amb('source_code.snippet', f`INSERT INTO payment_methods (customer_id, brand, pan, exp_month, exp_year, holder)
VALUES
  (80412, 'amex', '${v('financial.payment_card', '378274093165277')}', 7, 2027, 'R. Okafor'),
  (80413, 'discover', '${v('financial.payment_card', '6530429183746517')}', 11, 2026, 'L. Brandt'),
  (80414, 'visa', '${amb('financial.payment_card', '4111111111111111')}', 1, 2030, 'TEST CARD');`)}`, 'the well-known Visa test number is ambiguous (tests/corpus convention); a data-only INSERT is ambiguous source code, as the SQL dumps of batches 1-2'),

  rec('chat_ja_en', f`Customer in Osaka paid with JCB ${v('financial.payment_card', '3581 1749 3026 4811')}, the charge shows twice. 返金の案内メールを日本語と英語で書いてください (please write the refund notice in Japanese and English).`),

  rec('chat_nl', f`Mijn Maestro-pas ${v('financial.payment_card', '6759 3102 8473 6157')} werkt niet meer in Duitsland bij de tankautomaat. Kun je een korte vraag aan de bank opstellen?`),

  rec('call_note', f`Call summary – 21/11 – caller: Mr Ferreira
- Diners card ${v('financial.payment_card', '3056 148927 3602')} double-charged for the Lisbon stay (2 × €486.20)
- wants refund to same card, no voucher
- callback ${phone('+351 912 384 705')} after 18:00

Please turn this into a ticket update for the finance team.`),

  rec('chat_fi', f`Maksu epäonnistui verkkokaupassa kortilla ${v('financial.payment_card', '4929 3810 4725 6130')} — virhekoodi 05. Mitä se tarkoittaa? (Finnish, card declined with code 05, what does it mean?)`),

  rec('email_no', f`Hei Lars,

Takk for bestillingen. Faktura 2024-3318 på NOK 24 600,00 forfaller 10.12.2024.
Kontonummer for betaling: ${v('financial.iban', 'NO80 8601 0582 741')}
Merk betalingen med fakturanummer.

Vennlig hilsen
Hallström & Vik Regnskap`),

  rec('invoice_fi', f`LASKU 11/2024-072
Tidewell Energy Oy
Eräpäivä: 14.12.2024
Summa: 3 480,00 EUR (sis. ALV 25,5 %)
Tilinumero (IBAN): ${v('financial.iban', 'FI58 4238 0052 7163 48')}
BIC: ${amb('financial.swift_bic', 'OKOYFIHH')}
Viite: 11 2024 0720 5

Can you check the VAT maths on this invoice?`),

  rec('chat_fr_be', f`Bonjour, pouvez-vous mettre à jour mon compte pour le remboursement des frais de transport ? Nouveau compte : ${v('financial.iban', 'BE63 7310 2847 5912')} (KBC). Merci, Amélie`),

  rec('email_ie', f`Hi Siobhán,

Please use the account below for the deposit on unit 14B; the old Bank of Ireland account is closed.
Account name: Bramblecote Lettings Ltd
IBAN: ${v('financial.iban', 'IE07 AIBK 9311 5274 8163 05')}
Ref: 14B-DEP

Thanks,
Declan`),

  rec('chat_it', f`Devo pagare l'affitto di dicembre ma il bonifico mi dà "IBAN non valido". L'IBAN che mi ha dato il proprietario è ${v('financial.iban', 'IT52X0306909606100000063917')}. Puoi controllare se è scritto bene?`),

  rec('email_pt', f`Boa tarde,

Segue o IBAN para a devolução da caução: ${v('financial.iban', 'PT98 0033 0000 4538 1729 4610 5')}
Titular: Joana Ribeiro

Obrigada!`),

  rec('tsv', f`Supplier master data from the old ERP, which rows are missing the BIC?

${amb('source_code.snippet', f`vendor_id\tname\tcountry\tiban\tbic
V-1031\tOstrava Precision s.r.o.\tCZ\t\t
V-1032\tNorthbeam Tools Ltd\tGB\t${v('financial.iban', 'GB69NWBK60173847291056')}\t${amb('financial.swift_bic', 'NWBKGB2L')}
V-1033\tvan Dijk Verpakking B.V.\tNL\t${v('financial.iban', 'NL33RABO0372948165')}\t
V-1034\tKlingbeil Hydraulik GmbH\tDE\t${v('financial.iban', 'DE45500105175408127394')}\t${amb('financial.swift_bic', 'INGDDEFFXXX')}`)}`),

  rec('form', f`DIRECT DEPOSIT AUTHORIZATION
Employee: Marcus Delgado   Employee #: 40917
Bank name: Cascade Federal Credit Union
Routing number: ${v('financial.aba_routing', '322270152')}
Account number: ${ambCat('financial', '8830194472')}
Account type: [x] Checking  [ ] Savings
Amount: 100% of net pay

Can you make this form fillable in Google Docs?`),

  rec('chat', f`Our US entity pays the Toronto freelancer by wire. Is ABA ${v('financial.aba_routing', '063000034')} a wire routing number or only ACH? Bank says "use the ACH one for direct deposit".`),

  rec('chat_es', f`¿Me ayudas a redactar un correo al casero? Le pedí que me devuelva la fianza a la cuenta ${v('financial.iban', 'ES27 0049 1500 0527 1038 2746')} y me dice que el número no está completo.`),

  rec('chat_da', f`Oversæt til engelsk tak: "Lønnen for november udbetales til den nye konto ${v('financial.iban', 'DK86 5047 0001 8372 64')}. Venlig hilsen, Mette"`),
];

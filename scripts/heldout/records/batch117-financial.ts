/**
 * Held-out batch 117: cards, IBANs and US wire details at a tyre distributor's fleet desk, an
 * interpreting agency, a lift maintenance contractor, an escrow and title company, a kindergarten
 * network and a patent firm — chats, invoices, wire instructions and exports. Hand-written.
 */
import { abaWithCheck as aba, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Card number as written (grouped) + computed Luhn check digit. */
const card = (payload: string): string => payload + String(luhnCheckDigit(payload.replace(/\D/g, '')));
/** IBAN with computed check digits; grouped in fours when `spaced`. */
const iban = (cc: string, bban: string, spaced = false): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return spaced ? s.replace(/(.{4})/g, '$1 ').trim() : s;
};

const ESCROW_ABA = aba('12104288');
const ESCROW_ABA2 = aba('32207438');
const SELLER_ABA = aba('07192108');

export const BATCH117_FINANCIAL: DraftRecord[] = [
  rec('call_note', f`Roadside job RS-48817, M6 J14 northbound. Driver paid for the two replacement drive tyres by card over the phone: Visa ${v('financial.payment_card', card('4929 5810 3374 662'))}, exp 07/27, name on card D. Hartley. Terminal timed out so it wasn't taken.

Can you write a short note for the morning shift explaining that the payment still has to be run, without repeating the card details?`),

  rec('wire_instructions', f`Please proofread our standard wire instructions sheet before it goes into the buyer packet:

HARBORLINE TITLE & ESCROW — WIRE INSTRUCTIONS
Beneficiary: Harborline Title & Escrow, LLC — Escrow Trust Account
Bank: Pacific Crest Bank, N.A., San Jose, CA
ABA routing number: ${v('financial.aba_routing', ESCROW_ABA)}
Account number: ${ambCat('financial', '4410278395')}
Reference: Escrow No. 24-08817-KL / buyer last name

ALWAYS call us at a number you already know to confirm these instructions. We will NEVER change wire instructions by e-mail.`),

  rec('email', f`Subject: RE: updated wiring info for closing Friday

Hi Karen, the seller's lender asked us to wire the payoff to a different account, see below:

Bank: Lone Prairie Federal Credit Union
Routing: ${v('financial.aba_routing', ESCROW_ABA2)}
Acct: ${ambCat('financial', '0091847362')}

Can you update the disbursement ledger today?

--
My question to you: this came from a Gmail address and the old instructions were different. Draft a reply that puts the disbursement on hold until we verify by phone.`),

  rec('letter_de', f`Bitte formuliere das SEPA-Lastschriftmandat für die Kita-Beiträge freundlicher, der Inhalt soll bleiben:

Zahlungspflichtige/r: Katrin Albers
IBAN: ${v('financial.iban', iban('DE', '430500000192837465', true))}
Betrag: monatlich 286,00 € (Betreuung 45 Std., inkl. Verpflegung)
Einzug jeweils zum 3. Werktag. Mandatsreferenz: KITA-SONNENBLUME-0417`),

  rec('chat_fr', f`Bonjour, une maman m'envoie son RIB pour le prélèvement de la crèche mais la banque le rejette. Tu peux vérifier ? IBAN ${v('financial.iban', iban('FR', '30004008210001847362951', true))} — BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}. Elle s'appelle Mme Giraud, section des Moyens.`),

  rec('chat', f`Our Finnish associate sent their debit note for the validation in FI. Payment details: IBAN ${v('financial.iban', iban('FI', '42910500038472', true))}, BIC ${amb('financial.swift_bic', 'NDEAFIHH')}, amount EUR 1,340.00. Could you draft the payment instruction for accounts in our usual format?`),

  rec('email_it', f`Buongiorno,

vi inviamo la nota spese per il deposito della traduzione in Italia (convalida EP 3 918 274). Vi preghiamo di effettuare il bonifico su:
IBAN ${v('financial.iban', iban('IT', 'X0306909606100000117493', true))}
Intestatario: Studio Brevetti Ferraresi & Associati
Importo: € 2.180,00

Cordiali saluti,
Amministrazione

→ Can you pull out the amount and the IBAN into our payables template?`),

  rec('chat_es', f`Hola, la intérprete del juzgado de Valencia me ha mandado su número de cuenta para pagarle las guardias de noviembre: ${v('financial.iban', iban('ES', '20854417320300187362', true))}. ¿Me ayudas a redactar el justificante de pago con 14 servicios a 45 € la hora?`),

  rec('chat_nl', f`Kun je checken of dit IBAN klopt? Tolk Arabisch wil zijn vergoeding voortaan op ${v('financial.iban', iban('NL', 'INGB0008413729'))} ontvangen. Hij heeft 6 zittingen gedaan bij de rechtbank Rotterdam.`),

  rec('invoice_pl', f`Faktura VAT nr FV/2024/12/0193
Sprzedawca: Opony-Serwis Flota Sp. z o.o.
Nabywca: Trans-Wisła S.A.
Usługa: wymiana opon zimowych, 18 ciągników siodłowych
Kwota brutto: 41 328,00 zł
Termin płatności: 14 dni
Rachunek: ${v('financial.iban', iban('PL', '114020040000350271836492', true))}

Przetłumacz proszę ten dokument na niemiecki dla klienta.`),

  rec('chat_tr', f`Merhaba, filo müşterimiz lastik değişim faturasını ödemek için IBAN istiyor. Bizim hesap: ${v('financial.iban', iban('TR', '0001000201847362951046', true))} (Ziraat). Müşteriye resmi bir e-posta yazar mısın?`),

  rec('chat_he', f`תעזור לי לנסח מייל לקונה מחו"ל? הוא צריך להעביר את כספי הנאמנות לחשבון הנאמנות של משרד עורכי הדין. פרטי החשבון: ${v('financial.iban', iban('IL', '0108000000041827365', true))}, סניף 800. להוסיף שחובה לאמת בטלפון לפני ההעברה.`),

  rec('chat_de_ch', f`Chasch mer hälfe? E Mueter het d QR-Rächnig für d Chinderhüeti verlore und wott per E-Banking zahle. Üseri Kontoverbindig: ${v('financial.iban', iban('CH', '00700110001834726', true))}, Betrag CHF 1'940.– für Dezember. Schriib bitte e churzi Mail uf Hochdütsch.`),

  rec('chat', f`USPTO Financial Manager rejected the issue fee payment for 18/402,617. We used the firm Amex ${v('financial.payment_card', card('3714 496353 9843'))}, exp 05/26. The error says "card verification failed". Should we use the deposit account instead? Draft a note to the partner.`),

  rec('chat_el', f`Γεια σου, θέλω να στείλω στη διερμηνέα το ποσό για τις ένορκες μεταφράσεις. Μου έδωσε IBAN ${v('financial.iban', iban('GR', '01401580000000083947216', true))}. Μπορείς να ελέγξεις αν είναι σωστό και να γράψεις το μήνυμα πληρωμής;`),

  rec('chat_ro', f`Clientul de flotă a plătit anvelopele cu cardul de firmă Mastercard ${v('financial.payment_card', card('5412 7534 9102 638'))} dar tranzacția apare de două ori în extras. Cum scriu o cerere de rambursare către bancă?`),

  rec('email_pt', f`Bom dia,

Segue o IBAN da conta do vendedor para a transferência do remanescente do preço na escritura de 12/12:
${v('financial.iban', iban('PT', '003300004528173960192', true))}
Titular: Maria de Fátima Carvalho
Qualquer dúvida ligue para o ${phone('+351 912 384 715')}.

Cumprimentos

— Pode reescrever de forma mais formal para enviar à conservatória?`),

  rec('chat_ar_sa', f`ساعدني في كتابة رسالة لأولياء الأمور بخصوص رسوم الفصل الثاني للروضة. الرسوم ٤٬٢٠٠ ريال، والتحويل على الآيبان ${v('financial.iban', iban('SA', '10000018472639500172', true))} باسم مؤسسة براعم الغد التعليمية.`),

  rec('chat_hr', f`Možeš li mi napisati potvrdu o uplati za sudsku tumačicu? Uplata 860,00 EUR na račun ${v('financial.iban', iban('HR', '24020061100374829', true))}, opis: ovjereni prijevodi presude, predmet P-1194/2024.`),

  rec('csv', f`Jaké transakce z tankovacích karet chybí ve fakturaci? Export z terminálu:

${amb('source_code.snippet', f`datum;spz;karta;castka_czk;polozka
02.12.2024;5AB 4471;**** **** **** 2291;18 240,00;pneu 315/70 R22.5 x4
03.12.2024;7T2 1180;${v('financial.payment_card', card('3569 0184 7726 391'))};9 120,00;pneu 385/65 R22.5 x2
03.12.2024;5AC 9033;**** **** **** 0718;4 560,00;oprava defektu`)}

(řádek s JCB kartou přišel ze starého terminálu, který neumí maskovat)`),

  rec('chat_hu', f`Szia! A flottás ügyfél kéri a bankszámlaszámunkat a gumiabroncs-csere számla kiegyenlítéséhez: ${v('financial.iban', iban('HU', '116000060000000049271836', true))}. Megírnád az e-mailt németül is?`),

  rec('form', f`Seller proceeds — disbursement election (please fix grammar, keep the fields):
Seller: Rodrigo & Elena Paz
Disburse by: ☐ check ☒ wire
Receiving bank ABA: ${v('financial.aba_routing', SELLER_ABA)}
Account no.: ${ambCat('financial', '5829104736')}
Phone for call-back verification: ${phone('(602) 418-3927', 'US')}`),
];

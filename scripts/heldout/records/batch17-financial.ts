/** Held-out batch 17: card numbers, IBANs, BICs and routing numbers across clinics, freight, city work, a game studio and shops. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH17_FINANCIAL: DraftRecord[] = [
  rec('note_de', f`Bitte in einen sauberen Vermerk für die Patientenabrechnung umformulieren:
Pat. ruft an wg. Eigenanteil Zahnersatz (1.240 €), will mit Karte zahlen, Visa ${card('4716 8392 0571 8347')} gültig bis 03/27, Prüfnr. hat sie mir auch gesagt. Abbuchung erst nach Bewilligung HKP!!`),

  rec('chat_fr', f`Un client conteste un achat de 189,90 € fait au magasin de Rennes le 12/10. Il dit que sa Mastercard ${card('2710-4839-2657-1030')} a été débitée deux fois. Rédige-moi une réponse polie qui explique qu'on vérifie avec la banque sous 5 jours ouvrés.`),

  rec('travel', f`Booking the trip for the Hamburg port conference, please fill the hotel form for me:
Guest: Daniel Mertens (Freight Ops)
Corporate card: AMEX ${card('3471-920583-74619')}, exp 11/26
Arrival 03 Feb, departure 06 Feb, non-smoking`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02 17:43:19,204 ERROR pos-gw store=US-ATL-014 lane=3 txn=88217364 AUTH_FAIL code=05
  track2_fallback=true pan=${card('6011739208465176')} exp=2606 amount=74.18
2024-12-02 17:43:25,911 INFO  pos-gw store=US-ATL-014 lane=3 txn=88217365 AUTH_OK amount=74.18 pan=601173******5176`)}

why is the first line logging the full card number and the second one masked? same terminal`),

  rec('chat_ja', f`お店で外国人のお客様のカードが通りませんでした。レシートに控えたJCBの番号は ${card('3589 1740 2638 1950')} です。カード会社に問い合わせるときの英語の文面を作ってもらえますか？`),

  rec('chat', f`Chinese tour group bought 14 jackets at the Milan store, one UnionPay card got declined twice: ${card('6214 8305 9172 6483 097')}. Does UnionPay need a PIN for every purchase? Cashier says the terminal didn't ask.`),

  rec('email', f`Hi Priya,

the pre-auth for the ambulance transfer hold didn't go through. Card on file for Dr. Ferreira's clinic account is Diners ${card('3056 281749 3029')}. Can you ask them for another card?

Thanks, Billing`),

  rec('email_nl', f`Goedemiddag,

De invoerrechten en btw voor aangifte 24NL0017382941A7 (container MSKU 482917 1) bedragen € 8.412,66. Gelieve te voldoen vóór 16 december op rekening ${iban('NL18 RABO 0317 4928 56')} t.n.v. Van Dalen Douane-expeditie B.V., onder vermelding van het aangiftenummer.

Met vriendelijke groet,
Sanne de Wit, douane-expediteur`),

  rec('chat_tr', f`Tedarikçi yeni banka bilgisi gönderdi, ödeme yapmadan önce kontrol eder misin? IBAN: ${iban('TR04 0001 0029 1748 3920 5617 34')} Alıcı: Ege Lojistik A.Ş. Tutar 212.400 TL. Daha önce farklı bir IBAN kullanıyorduk, sahte olabilir mi?`),

  rec('email_pt', f`Bom dia,

Segue o recibo da renda do armazém de Alverca referente a dezembro. O pagamento deve ser feito por transferência para o IBAN ${iban('PT73 0035 0741 0004 8291 7365 8')}, titular Sociedade Imobiliária Tejo Norte, Lda.

Cumprimentos,
Rui Carvalho`),

  rec('chat', f`Brazilian supplier of the leather goods wants an international wire. They sent: IBAN ${iban('BR5800018236120000730947251C1')}, SWIFT ${bic('BRASBRRJSPO')}. Our bank portal asks for "beneficiary bank code" separately — is that inside the IBAN?`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Fahrer\tLand\tIBAN\tSpesen Nov
Nowak, Tomasz\tPL\t${iban('PL40249020000096012847395721')}\t612,00
Popescu, Andrei\tRO\t${iban('RO06BTRLRONCRT0481927365')}\t488,50
Horváth, Gábor\tHU\t${iban('HU12117082001048273960000000')}\t530,00
Dvořák, Petr\tCZ\t${iban('CZ2255000000002718394650')}\t402,75`)}

Mach bitte eine SEPA-Sammelüberweisung daraus, Verwendungszweck "Spesen 11/2024 + Name".`),

  rec('form', f`ACH VENDOR ENROLLMENT – City of Brookhaven Public Works (contract PW-24-117)
Vendor: Gray Harbor Paving Inc.
Bank: Cascade Commerce Bank
Routing (ABA): ${v('financial.aba_routing', '267083912')}
Account: ${ambCat('financial', '4402918376')}  (checking)
Remit advice to: ${v('pii.email', 'ap@grayharborpaving.com')}

Please check this form is complete before I send it to treasury.`),

  rec('email', f`Subject: Wire instructions – freight invoice FI-2024-8812

Dear partner,

please remit USD 46,720.00 to:
Beneficiary: Gulf Bridge Freight LLC, Jebel Ali
Bank: Emirates NBD
IBAN: ${iban('AE22 2600 0001 8472 9365 012')}
SWIFT: ${bic('EBILAEAD')}
Intermediary: ${bic('CHASUS33')}

For Saudi deliveries use our KSA account ${iban('SA6010000047182930551024')} (${bic('RJHISARI')}).`),

  rec('email_no', f`Hei Kari,

Vi har fått ny bankforbindelse for lagerleien i Drammen. Fra januar skal betalingen gå til kontonummer ${ambCat('financial', '6011.05.83921')}, IBAN ${iban('NO86 6011 0583 921')}, BIC ${bic('NDEANOKK')}.

Mvh
Lars`),

  rec('email_it', f`Buongiorno,

per il saldo della fattura n. 2024/1187 (manutenzione impianti frigo, negozio di Torino) vi chiediamo di effettuare il bonifico su:
${iban('IT72K0306909420100000739184')}
intestato a Frigotecnica Piemonte S.r.l.

Grazie, Amministrazione`),

  rec('chat', f`Contractor doing the sound design for Lantern Moss invoices from the UK. His details: sort code ${ambCat('financial', '20-65-82')}, account ${ambCat('financial', '41937260')}, IBAN ${iban('GB30 BARC 2065 8241 9372 60')}. Do I use the IBAN or sort code if we pay from our Swedish account?`),

  rec('chat_es', f`me pasas esto a un correo formal para el banco? "mi tarjeta ${card('4557029381647021')} me la clonaron, hay 3 cargos en Tailandia que no hice, quiero bloquearla y el reembolso". soy clienta desde hace 10 años`),

  rec('chat', f`customer paid at the Dublin store with a Maestro ${card('6761 9402 8371 6594 037')} and the receipt shows "VERIFIED BY PIN" but the bank says declined. Who is right? Refund €64.90 to the IE account ${iban('IE09 BOFI 9000 1728 3946 50')} instead?`),

  rec('chat', f`Swiss franchise partner in Basel changed bank. New IBAN ${iban('CH39 0900 0000 8719 3826 4')}, and the Croatian shop in Split sent ${iban('HR9124840081107382915')}. Both should get the Q4 marketing rebate. Write the two payment notes in German and Croatian please. Questions to the Split manager at ${phone('+385 91 482 9173')}.`),
];

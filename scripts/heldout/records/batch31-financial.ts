/**
 * Held-out batch 31: card numbers, IBANs and bank details from an airport operator, a waste-management
 * company, a broadcaster, a pharmacy chain, a ski resort and a translation agency. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH31_FINANCIAL: DraftRecord[] = [
  rec('complaint', f`Can you help me reply to this parking complaint? Customer wrote:

"I paid R 1 240 for 8 days in the long-stay and your machine charged me twice. Card used was ${v('financial.payment_card', '4556 1709 8823 3418')}, exp 07/27. I want the second charge reversed today or I go to Hellopeter."

We can see only one transaction on our side. Draft a polite answer that also tells him NOT to send card numbers by email.`),

  rec('form', f`NLBC FALL PLEDGE DRIVE - phone pledge sheet (volunteer: Gail, line 7)
Donor: Mr. & Mrs. Okafor, Saskatoon
Pledge: $25/month, Guardian level (tote bag + mug)
Card: MC ${v('financial.payment_card', '5301 1927 4466 8179')}  Exp 03/26  CVV 418
Billing postal code: S7N 2R4

Please turn these sheets into a tidy table for the finance team. I have 30 more.`),

  rec('log', f`POS at the Koramangala store printed this in the error log after a failed RuPay tap. Why is the full number in there?

${amb('source_code.snippet', f`[02-12-2024 19:42:18] ERROR PaymentBridge: EDC response 05 (Do Not Honour)
  terminal=MLN-0412-T2 amount=INR 1,286.40 bill=MLN/0412/24-25/018833
  card=${v('financial.payment_card', '6521830477162942')} entry=CTLS aid=A0000005241010
  at Medlane.Pos.Payments.PineLabsBridge.Authorise(PineLabsBridge.cs:188)`)}`),

  rec('email_ca', f`Benvolguda Sra. Puig,

Sentim les molèsties per la pista tancada durant la seva estada. Tal com vam parlar per telèfon, li retornarem 2 dies de forfet (94,00 €). Si us plau, confirmi que el compte on vol rebre la devolució és aquest:

Titular: Jordi Puig i Ferrer
IBAN: ${v('financial.iban', 'ES46 0182 2371 4602 0193 8475')}

Atentament,
Atenció al client – Pic Blanc

→ Pots revisar el català d'aquest correu? Crec que "pista tancada" no és prou clar.`),

  rec('invoice', f`Check this supplier invoice before I enter it, please — the IBAN looks different from last season:

FACTURA 2024/1187
Neus i Serveis de Muntanya, S.L.U. – Andorra la Vella
Concepte: manteniment canons de neu, novembre
Import: 18.420,00 €
Pagament per transferència:
IBAN ${v('financial.iban', 'AD43 0003 0101 0000 0018 3746')}
SWIFT ${amb('financial.swift_bic', 'BACAADADXXX')}`),

  rec('csv', f`Freelancer payment run, December. Can you total per currency and flag anyone without complete bank details?

${amb('source_code.snippet', f`freelancer;pair;words;rate;currency;iban_or_account;bank
Laura Mäkelä;EN>FI;18 420;0,11;EUR;${v('financial.iban', 'FI10 1025 3500 2847 19')};Nordea
Mikkel Holm;EN>DA;9 870;0,95;DKK;${v('financial.iban', 'DK19 3000 0719 2837 46')};Danske Bank
Tereza Dvořáková;EN>CS;12 115;0,12;EUR;${v('financial.iban', 'CZ46 5500 0000 0027 1834 9016')};Raiffeisenbank
Núria Soler;EN>CA;6 300;0,10;EUR;${v('financial.iban', 'ES77 2013 0500 1409 1287 3641')};
Nguyễn Thu Hà;EN>VI;14 560;0,06;USD;${ambCat('financial', '0071000948372')};Vietcombank HCM
Dewi Lestari;EN>ID;11 020;0,06;USD;${ambCat('financial', '5270 8843 19')};BCA KCP Tebet`)}`, 'Vietnamese and Indonesian domestic account numbers: sensitive, but no built-in rule (ambiguous, no rule id)'),

  rec('invoice_da', f`FAKTURA nr. 30418
Genvinding Nord A/S · CVR 38472915
Til: Holstebro Kommune, Teknik og Miljø
Ydelse: Tømning af glas- og papircontainere, november 2024
Beløb i alt: DKK 214.380,00 inkl. moms
Betalingsbetingelser: netto 30 dage
Indbetaling til: Reg.nr. 9180 Kontonr. ${ambCat('financial', '0000482710')}
IBAN: ${v('financial.iban', 'DK95 9180 0000 4827 10')}

Kan du lave en engelsk version til vores revisor?`),

  rec('email_cs', f`Dobrý den,

v příloze posíláme fakturu za svoz bioodpadu za listopad pro městskou část Brno-sever. Částku 486 210 Kč prosím uhraďte na účet ${ambCat('financial', '43-1927380257/0100')}, IBAN ${v('financial.iban', 'CZ51 0100 0000 4319 2738 0257')}, variabilní symbol 2024110187.

S pozdravem
Ing. Lucie Horáková
EkoSvoz s.r.o., fakturace

(přelož prosím do angličtiny, jde to i dánské centrále)`),

  rec('email_fi', f`Moi Sari,

uusi kääntäjämme Jussi lähetti tilitietonsa, voitko lisätä ne maksujärjestelmään ennen perjantain maksuajoa?

Saaja: Jussi Heikkinen (toiminimi)
Tilinumero: ${v('financial.iban', 'FI25 8000 1400 5638 17')}
BIC: ${amb('financial.swift_bic', 'DABAFIHH')}
Y-tunnus: 3284715-6

Kiitos!
Anna`),

  rec('invoice', f`Landing and parking fees, November — can you check the VAT maths before I send to the airline?

TAX INVOICE LRA-INV-2024-11-0391
Lowveld Airports Company (SOC) Ltd · VAT 4820193746
Customer: Bushveld Air Link (Pty) Ltd
Landing fees (41 movements, ATR72)    R 286 730.00
Aircraft parking (119 h)              R  14 280.00
Passenger service charge (2 904 pax)  R 188 760.00
VAT 15%                               R  73 465.50
TOTAL DUE                             R 563 235.50

Banking details: First National Bank, Mbombela
Branch code: 250655 · Account no.: ${ambCat('financial', '62841930572')}
SWIFT: ${amb('financial.swift_bic', 'FIRNZAJJ')}`, 'South African account number: no built-in rule (ambiguous, no rule id); the VAT and branch code are not personal'),

  rec('form_ca', f`Direct deposit info for the new freelance reporter, please put it in the payroll import format (transit-institution-account):

Name: Étienne Bouchard
Institution: 815 (Desjardins)
Transit: 30219
Account: ${ambCat('financial', '0482917')}
Void cheque attached.`),

  rec('chat', f`Booking a corporate lounge package for the board at O.R. Tambo → KGA. The lounge desk asked for the card over the phone but I prefer email. Is it OK to send Amex ${v('financial.payment_card', '3764 182059 36172')} exp 11/26 to lounges@... or should I ask for a payment link?`),

  rec('chat_vi', f`Em đăng ký gói Trados Studio Freelance mà thẻ bị từ chối hoài. Thẻ Visa của em ${v('financial.payment_card', '4011 7823 4409 3853')} hết hạn 09/27, ngân hàng nói không chặn giao dịch quốc tế. Anh chị biết lỗi "payment could not be processed" là do đâu không ạ?`),

  rec('chat_id', f`Tolong buatkan surat ke bank untuk pembatalan auto-debit. Franchise fee apotek tiap bulan ditarik dari rekening BCA ${ambCat('financial', '8410 2937 55')} a.n. CV Apotek Sehat Bekasi, tapi kontraknya sudah diganti ke transfer manual per Januari.`),

  rec('email', f`Hi Rohan,

Please release payment for the cold-chain boxes to the new vendor:
Beneficiary: Frostline Medical Supplies Pvt Ltd
Bank: HDFC Bank, Andheri East
A/c no.: ${ambCat('financial', '50200048371926')}
IFSC: ${ambCat('financial', 'HDFC0001742')}
Amount: ₹ 3,84,500 (PO/MLN/24-25/0719)

Thanks,
Kavya (Procurement)

→ Can you check if this reads like a phishing mail? The vendor changed bank details by email last week.`, 'Indian account number and IFSC branch code: no built-in rule (ambiguous, no rule id)'),

  rec('webhook_json', f`Our booking engine stored this failed payment payload in the dead-letter queue. Why is there a full card number in it?? We use Redsys, not our own form.

${amb('source_code.snippet', f`{
  "order": "PB24-118734",
  "amount": 31800,
  "currency": "978",
  "product": "Forfet 6 dies adult + lloguer",
  "cardholder": "M. Kovářová",
  "pan": "${v('financial.payment_card', '5223849012736484')}",
  "expiry": "2611",
  "ds_response": "0190",
  "ts": "2024-12-14T09:12:44+01:00"
}`)}`),

  rec('chat', f`Finnish music publisher sent us their details for the sync licence fee (theme music for the new documentary series). Does this IBAN look complete? ${v('financial.iban', 'FI8147108000153842')}, BIC ${amb('financial.swift_bic', 'POPFFI22')}. We pay in CAD normally so I'm not used to these.`),

  rec('remittance', f`US carrier paid our ground-handling invoice to the wrong account. Their remittance advice:

Payer: Great Plains Charter Inc.
Paid to: Lowveld Airports Company – USD collection account
ABA routing: ${v('financial.aba_routing', '261073326')}
Account: ${ambCat('financial', '1038472916')}
Amount: USD 12,480.00 · Ref LRA-INV-2024-10-0337

Draft an email asking them to recall it; our USD account is with a correspondent bank, not this one.`),

  rec('chat_da', f`Kunden ringede og ville betale sin erhvervsaffaldsfaktura med kort over telefonen. Jeg skrev nummeret ned: ${v('financial.payment_card', '4539 7201 8846 2159')} udløb 05/26. Hvordan indtaster jeg det sikkert i Nets-terminalen, og skal jeg smide sedlen ud bagefter?`),

  rec('email', f`Hi team, one of our Montreal clients (medical device IFU, EN>FR-CA) wants to pay the deposit by bank transfer in EUR. Our euro account is:

LingvaMed Oy
IBAN ${v('financial.iban', 'FI11 7940 3200 1837 59')}
BIC ${amb('financial.swift_bic', 'OKOYFIHH')}
Reference: RF invoice 10427

Can you put this into a nice payment-instructions paragraph for the quote PDF?`),
];

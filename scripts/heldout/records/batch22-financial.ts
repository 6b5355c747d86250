/**
 * Held-out batch 22: card numbers, IBANs, BICs and routing numbers as staff of an exporter, an
 * esports platform, a car-rental company, a lab chain, a museum network and an aerospace supplier
 * paste them. Hand-written.
 */
import { amb, ambCat, cat, f, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH22_FINANCIAL: DraftRecord[] = [
  rec('chat_es_cl', f`Hola, un importador de Santiago pagó la muestra de vinos con tarjeta pero se cobró dos veces. La tarjeta es Visa ${card('4192 7385 0162 7348')}, vence 09/27. ¿Cómo le escribo para confirmarle que vamos a devolver un cargo?`),

  rec('ticket_en_ph', f`Ticket #CB-20931 chargeback
Player: xKiddoSniper (uid 4471-0093)
Card on file: ${card('2229-4710-6385-2119')} (MC)
Disputed: 3x Arena Pass Premium, USD 29.99 each, 02/11
Player says "di ko po yan binili, yung kapatid ko gumamit ng phone ko"

pls draft response for family-fraud chargeback, we want to keep the account but refund 1 of 3`),

  rec('chat_en_au', f`Customer at Sydney Airport branch wants the bond on his Amex ${card('3782 910463 57124')} released early, car came back with no damage. Can you write a short email saying it takes 5–7 business days from our side?`),

  rec('chat_ar_en', f`عميل صيني في فرع دبي مول دفع بكرت UnionPay رقمه ${card('6217 0039 4810 2573 640')} والتأمين ما انحجز. Terminal says "card not supported for pre-auth". What are our options for the deposit?`),

  rec('chat_ja', f`スペインのマラガ空港店で日本人のお客様がJCBカード（${card('3530 8172 6409 1836')}）で保証金を払えなかったそうです。スペイン語で店舗スタッフへの説明メールを書いてください。`),

  rec('expense_us', f`Expense report kicked back — travel desk says the card on the Wichita trip isn't the corporate one. I used my Diners ${card('3641 082957 3160')} for the hotel because the Visa was blocked. How do I explain this in the exception form?`),

  rec('call_notes', f`Call w/ patient re: statement 88-412-0173, balance $184.20 (lipid panel + HbA1c, DOS 10/14). Pt paid over phone, Discover ${card('6011740293856121')} exp 03/28, CVV given verbally. Pt also asked why insurance denied — told her we'd resubmit.

clean up these notes for the billing system, remove anything we shouldn't store`),

  rec('chat_de_at', f`Im Museumsshop hat der Terminal heute früh Maestro-Karten abgelehnt. Eine Kundin hat mir ihre Nummer aufgeschrieben, damit wir nachbuchen: ${card('6759 4120 3865 1720 499')}. Darf ich das überhaupt manuell eintippen? Bitte kurze Antwort für die Kassenschulung formulieren.`),

  rec('chat_hinglish', f`bhai ek patient ne home collection ke liye RuPay card se pay kiya ${card('6080 0147 2953 8166')}, payment gateway pe double debit aa gaya. refund ka mail likh do English mein, polite wala`),

  rec('csv', f`${amb('source_code.snippet', cat(
    'payment_id,created,user,amount,currency,pan,decline_code\n',
    f`pm_8812,2024-11-14T19:02:11Z,ghostfang,19.99,EUR,${card('4485620193772044')},insufficient_funds\n`,
    f`pm_8813,2024-11-14T19:04:55Z,lunaraim,4.99,BRL,${card('5457193302861471')},do_not_honor\n`,
    f`pm_8814,2024-11-14T19:05:02Z,lunaraim,4.99,BRL,${card('5457193302861471')},do_not_honor\n`,
    f`pm_8815,2024-11-14T19:11:40Z,kr_mirae,9900,KRW,${card('6225881039472617')},card_not_supported`,
  ))}

export from the old PSP, why are full PANs in here? which rows are the same customer retrying`),

  rec('email_it', f`Gentile Sig. Moretti,

come da accordi, Le chiediamo di effettuare il bonifico per la fornitura di Brunello (fattura n. 2024/EXP/311, € 18.640,00) sulle seguenti coordinate:

Banca Intesa Sanpaolo – filiale Montalcino
IBAN: ${iban('IT89 K030 6909 6061 0000 0193 847')}
BIC/SWIFT: ${bic('BCITITMM')}
Causale: FT 2024/EXP/311

Cordiali saluti,
Ufficio Amministrazione – Terrabella Export

Traduci in inglese per il cliente di Toronto per favore`),

  rec('chat_pt', f`O fornecedor de rolhas de Santa Maria da Feira mandou os dados novos: ${iban('PT50003300004531820194742')} (Millennium bcp, ${bic('BCOMPTPL')}). O ERP diz que o IBAN tem 25 caracteres e rejeita. Está certo ou falta alguma coisa?`),

  rec('email_fr', f`Bonjour,

Suite à notre échange, voici le RIB de la cave pour le règlement des 40 caisses de Chablis :
Titulaire : SAS Terrabella France
IBAN : ${iban('FR76 3000 4018 2300 0193 7402 694')}
BIC : ${bic('BNPAFRPPXXX')}

Merci de mentionner la référence TB-FR-1187 sur le virement.

Bien à vous,
Claire Dumont`),

  rec('wire_instructions', f`Please check these before I send them to the Gulf distributors, the last batch had a typo:

1) Al Noor Gourmet Trading LLC, Dubai
   Bank: Emirates NBD · IBAN ${iban('AE08 0330 0000 1049 2837 465')} · SWIFT ${bic('EBILAEAD')}
2) Riyadh Fine Foods Co.
   Bank: Saudi National Bank · IBAN ${iban('SA45 1000 0001 4829 3710 0109')} · SWIFT ${bic('NCBKSAJE')}
3) Doha Premium Imports W.L.L.
   Bank: QNB · IBAN ${iban('QA22QNBA000000000812047365193')} · SWIFT ${bic('QNBAQAQA')}

Currency USD for all three, terms 60 days.`),

  rec('ach_form', f`Vendor setup – Direct deposit (ACH)
Vendor: Midwest Reagent Supply Inc.
Bank: JPMorgan Chase Bank, N.A.
Routing (ABA): ${v('financial.aba_routing', '071000136')}
Account: ${ambCat('financial', '583920174466')}
Type: Checking

AP here — vendor sent this in a PDF, please turn it into a short confirmation email asking them to verify by phone (not by replying).`),

  rec('chat_pt_br', f`Preciso pagar a premiação do time que ganhou a copa LATAM (R$ 25.000). O capitão mandou o IBAN brasileiro ${iban('BR23 0000 0000 0111 7000 0482 719C 1')} porque o pagamento vem do exterior. Esse formato tá certo? Nunca vi IBAN no Brasil.`),

  rec('spreadsheet', f`Vendor master cleanup — which of these look wrong?

${amb('source_code.snippet', f`Vendor\tCountry\tIBAN\tBIC
Hamburg Composite Tooling GmbH\tDE\t${iban('DE34500105175408261937')}\t${bic('DEUTDEFF')}
Bristol Fasteners Ltd\tGB\t${iban('GB70BARC20035841927360')}\t${bic('BARCGB22')}
Mielec Precision Sp. z o.o.\tPL\t${iban('PL78102010260000190203847561')}\t${bic('BPKOPLPW')}
Brno Aero Castings s.r.o.\tCZ\t${iban('CZ2803000000000274819305')}\t${bic('CEKOCZPP')}
Linköping Test Rigs AB\tSE\t${iban('SE0230000000032158470211')}\t${bic('NDEASESS')}`)}`),

  rec('chat_tr', f`İzmir franchise ofisi kira ödemesini bu hesaba istiyor: ${iban('TR83 0006 2001 1900 0006 2983 74')}, alıcı "Ege Mobilite Ltd. Şti.". Daha önce başka IBAN vardı, sözleşmede değişiklik yapmadan ödeyebilir miyiz? Bana kısa bir e-posta taslağı yazar mısın?`),

  rec('email_en_eg', f`Dear colleague,

Regarding the loan of the two Ptolemaic stelae for the spring exhibition, the museum's finance department asks that the loan fee (EUR 6,500) be transferred to:

Account name: Supreme Council of Antiquities – Loans
IBAN: ${iban('EG97 0003 0000 2000 0000 2193 8471 0')}
SWIFT: ${bic('NBEGEGCX')}

Kindly send the transfer slip to our registrar.

Best regards,
Registrar's office

Can you summarise what we need to do and by when?`),

  rec('chat', f`two supplier payments for the Kongsberg and Zürich orders bounced, bank says "beneficiary account invalid":
- ${iban('NO15 1503 2817 464')} (Norway, should be 15 chars?)
- ${iban('CH67 0070 0110 2839 4756 A')} (Switzerland, letter at the end is normal?)
plus the US one for the Wichita machining shop, routing ${v('financial.aba_routing', '322271627')} acct ${ambCat('financial', '9018273364')}
what could be wrong with each`),
];

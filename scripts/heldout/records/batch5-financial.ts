/** Held-out batch 5: card numbers, IBANs and routing numbers in chats, logs, exports, forms and letters. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

export const BATCH5_FINANCIAL: DraftRecord[] = [
  rec('chat_el', f`Γεια σου! Η τράπεζα μου χρέωσε δύο φορές το ξενοδοχείο στη Θεσσαλονίκη. Κάρτα Visa ${card('4532 7190 4862 3171')}, 2 × 186,00 €. Can you write the dispute e-mail to the bank in English? Short and polite.`),

  rec('chat_ko', f`해외 결제가 계속 거절돼요. Mastercard ${card('5182-0493-7615-8420')}, 유효기간 11/27. Please write an English message to the airline's support saying the payment failed three times and asking for another payment method.`),

  rec('chat_ru_en', f`Оплата не проходит на сайте отеля. Card: Mir ${card('2200 8137 5092 8467')}. Is it because foreign sites don't accept Mir? Explain in English please, I need to tell my manager.`, 'Mir card (2200–2204 range), Russian context'),

  rec('expense_email', f`Hi Grace,

attached are my receipts from the Lisbon trip. The taxi and the client dinner went on my Diners Club card (${card('3641 902857 3616')}) because the corporate Amex was declined at the restaurant. Can finance reimburse those two directly?

Thanks, Obinna

— please make this e-mail shorter`, 'Diners Club 14-digit card in 4-6-4 grouping'),

  rec('chat_ja', f`東京のホテル予約で使ったJCBカード ${card('3530812749165289')} の請求額が予約時と違います（¥48,600 → ¥52,300）。Please help me write a polite English e-mail to the hotel asking why the amount changed.`),

  rec('chat_zh', f`我在网上买机票，银联卡号 ${card('6217903841526703185')} 付款失败，显示 "card not supported"。Can you tell me in English which international sites usually accept 19-digit UnionPay cards?`),

  rec('log_go', f`${amb('source_code.snippet', f`2025/01/09 14:22:07 ERROR settle batch=BT-20250109-07 merchant=marlowe-books err="acquirer timeout"
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x7c41a2]

goroutine 41 [running]:
main.(*Settler).retry(0xc0001a2000, {0xc00012c0f0, 0x10}, {"pan": "${card('379104826351846')}", "amount": 4299})
	/src/settle/retry.go:88 +0x1f2`)}

why is the PAN in the panic output at all? it's in the struct we pass to retry`),

  rec('sql_question', f`Someone ran this on the reporting replica by mistake — do we have to treat it as a card data incident?

UPDATE payments SET card_number = '${card('4917628305192744')}' WHERE id = 88213;

The column should only hold tokens. It was rolled back 2 minutes later.`),

  rec('dispute_form', f`Chargeback form — Pinecrest Credit Union
Member: Deborah Kowalczyk
Card: ${card('2227 3105 8194 6023')}
Transaction: 03/01/2025, "ZENITH ELECTRONICS ONL", $1,249.99
Reason: goods not received, merchant unreachable at ${phone('(503) 928-4716', 'US')}

Can you rewrite the reason section so it's clearer?`),

  rec('invoice_hu', f`Számla száma: OST-2025/0042
Szállító: Ostara Seeds Kft., Szeged
Összeg: 1 284 500 Ft
Fizetés: átutalással, IBAN ${iban('HU61 1177 3016 1203 9487 0000 0000')}
Határidő: 15 nap

Fordítsd le angolra, kérlek, a könyvelőnk csak angolul olvas.`),

  rec('email_el', f`Καλημέρα κ. Παπαδόπουλε,

σας ενημερώνουμε ότι ο νέος λογαριασμός μας για τα μισθώματα είναι ${iban('GR46 0140 2180 0000 2840 1937 562')}. Παρακαλούμε ενημερώστε το λογιστήριο.

— Is this a real change-of-bank notice or a scam? The sender address is slightly different from the landlord's usual one.`),

  rec('chat_ro', f`Te rog să scrii un mesaj scurt către furnizor: am plătit factura 1187 în contul ${iban('RO78 BTRL 0271 C041 9385 7291')}, dar ei spun că nu au primit banii. Să ceară extrasul de la banca lor.`),

  rec('payroll_tsv', f`Bank details for the January bonus run (EU contractors) — can you check which rows are missing a BIC?

${amb('source_code.snippet', f`name\tcountry\tiban\tbic
Maja Kovač\tSI\t${iban('SI93061000018294753')}\t${amb('financial.swift_bic', 'BAKOSI2X')}
Kaarel Tamm\tEE\t${iban('EE572200221048291736')}\t
Ilze Bērziņa\tLV\t${iban('LV76HABA0551039284716')}\t
Rūta Petrauskienė\tLT\t${iban('LT837300101128394756')}\t${amb('financial.swift_bic', 'HABALT22')}`)}`),

  rec('chat_ar', f`مرحبا، أريد تحويل إيجار الشقة. The landlord's account is ${iban('AE92 0330 0000 1928 3746 521')} at Mashreq. How long does a local transfer inside the UAE usually take? اكتب الجواب بالإنجليزية من فضلك.`),

  rec('letter_bg', f`Уважаеми господин Димитров,

моля преведете депозита по сметка ${iban('BG34 STSA 9300 0027 3846 15')}, титуляр „Квартал Изток“ ЕООД.

— translate into English for the tenant, keep the formal tone`),

  rec('chat_en', f`Quick one: our Irish supplier emailed that their IBAN is ${iban('IE75 BOFI 9000 1718 2930 46')} and the BIC is ${amb('financial.swift_bic', 'BOFIIE2D')}. Xero complains "invalid sort code" when I enter it under the UK bank details. Where should an IBAN go in Xero?`),

  rec('form_us', f`Direct deposit enrollment — Wrenfield College (US campus)
Employee: Marcus Oyelaran
Bank: Cambridge Savings
Routing number: ${v('financial.aba_routing', '021308215')}
Account number: ${ambCat('financial', '4820193746')}
Account type: checking

Is it normal that the form doesn't ask for a voided check?`, 'US account number next to its routing number: ambiguous without a rule id (batch 1 convention)'),

  rec('chat_us', f`Our payroll provider says the ACH file was rejected with R03 for two employees. One of them gave routing ${v('financial.aba_routing', '322270181')} and account ${ambCat('financial', '00719283461')}. What does R03 mean and what should I ask the employee?`),

  rec('chat_nl', f`Kun je een herinnering schrijven? De factuur van Tessellate Games (€ 3.450,00) staat nog open; betalen op ${iban('NL70 ABNA 0483 9201 75')} o.v.v. factuurnummer TG-2024-311. Vriendelijk maar duidelijk.`),

  rec('maestro', f`Paying for the parking permit in Ireland: the site rejects my Maestro ${card('6759 1829 3047 5187')} but accepts my partner's Visa. Does the council site just not take Maestro?`),
];

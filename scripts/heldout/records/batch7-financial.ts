/** Held-out batch 7: card numbers, IBANs and routing numbers in chats, logs, exports, invoices and a cheque line. Hand-written. */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
/** IBAN in groups of four, as printed on invoices. */
const grp = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

export const BATCH7_FINANCIAL: DraftRecord[] = [
  rec('chat_sw', f`Kadi yangu ya Visa ${card('4917 8331 4538 1230')} imekatwa mara mbili kwa tiketi ya basi Nairobi – Mombasa. Please write a short complaint in English to the bus company, amount KSh 3,400.`, 'Swahili chat, Visa 4-4-4-4'),

  rec('chat_tl', f`Na-decline yung Mastercard ko (${card('5178-3887-0022-1058')}) sa website ng airline kahit may balance pa. Ano kaya ang dahilan? Sagot ka in English, maikli lang.`, 'Tagalog chat, dashes'),

  rec('chat_bn', f`আমার Amex কার্ড ${card('3710 188050 36780')} দিয়ে হোটেল বুকিং করেছিলাম, কিন্তু টাকা দুবার কাটা হয়েছে। Write an e-mail in English to the hotel asking for a refund of the duplicate charge.`, 'Bengali chat, Amex 4-6-5'),

  rec('email_ca', f`Benvolguts,

per garantir la reserva de les dues habitacions del 12 al 14 de febrer, us facilito la targeta: Mastercard ${card('2221 2847 2029 6093')}, caducitat 09/28, titular Núria Vidal.

Gràcies,
Núria

— can you check my Catalan and make it sound less stiff?`, 'Catalan e-mail, Mastercard 2-series'),

  rec('pino_log', f`Our Fastify app logs request bodies at debug level (yes, turning it off). One line from Loki:

${amb('source_code.snippet', f`{"level":20,"time":1764940211873,"pid":41,"hostname":"checkout-6f9c","reqId":"req-9k2","msg":"incoming body","body":{"pan":"${card('6011507104605454')}","exp":"1128","name":"T ADEYEMI","amount":4200}}`)}

how do I add a pino redact path for body.pan?`, 'a JSON log line, ambiguous source code by convention'),

  rec('chat_ms', f`Kad JCB saya ${card('3541 8723 9153 4205')} tak boleh guna untuk bayaran dalam talian. Boleh terangkan dalam bahasa Inggeris macam mana nak aktifkan transaksi online?`, 'Malay chat, JCB'),

  rec('chat_sq', f`Karta ime American Express ${card('342207909002568')} u refuzua në aeroport në Tiranë. Më shkruaj një mesazh në anglisht për bankën.`, 'Albanian chat, Amex ungrouped'),

  rec('chat_kk', f`Менің Мир картам ${card('2202 8208 7206 5738')} шетелде жұмыс істемейді. Объясни по-английски, почему карты «Мир» не принимают за границей?`, 'Kazakh/Russian chat, Mir'),

  rec('chat_bn_en', f`RuPay card ${card('6522967641689795')} diye online recharge hocche na, "card not enabled for e-commerce" dekhacche. Ki korbo? Reply in English please.`, 'Bengali-English (Latin script) chat, RuPay in the 65 range'),

  rec('log_compact19', f`Payment terminal export (Maestro, 19 digits) — the reconciliation job truncates it to 16. Example line:

${amb('source_code.snippet', f`TXN 2026-12-03 18:44:09 TID=ARENA-POS-07 PAN=${card('6762407476388198384')} AMT=18.50 GBP AUTH=482913 RESULT=APPROVED`)}

which column type should I use in Postgres for PANs, text or numeric?`, 'a compact 19-digit Maestro number in a log line (ambiguous source code)'),

  rec('psql_copy', f`I restored an old dump and found this in the orders table, should not be there at all:

${amb('source_code.snippet', f`tickets=# SELECT id, customer_email, card_number FROM legacy_orders WHERE id IN (7712, 7713);
  id  |    customer_email     |   card_number
------+-----------------------+------------------
 7712 | ${v('pii.email', 'k.mensah@gmail.com')}    | ${card('5560252804112751')}
 7713 | ${v('pii.email', 'ines.c@outlook.pt')}     | ${card('4559950225673469')}
(2 rows)`)}

what's the fastest way to null that column and make sure backups are purged too?`, 'psql output, ambiguous source code (tool output)'),

  rec('email_sr', f`Poštovani,

molimo da uplatu za zakup štanda na sajmu (faktura 2026-0418) izvršite na naš račun:
IBAN: ${iban(grp('RS42160395225545452341'))}
Primalac: Saltmarsh Events d.o.o., Novi Sad
Poziv na broj: 97 2026-0418

Srdačan pozdrav,
Milica Jovanović

— translate to English, keep the formatting.`, 'Serbian (Latin script) payment request, RS IBAN'),

  rec('email_ba', f`Dragi Amire,

za avans za ozvučenje koncerta u Mostaru koristite IBAN ${iban('BA331548652154776270')}, svrha: "avans 30%". Iznos je 2.400 KM.

Hvala, Lejla`, 'Bosnian e-mail, BA IBAN compact'),

  rec('invoice_al', f`FATURË Nr. 118/2026
Shitësi: Studio Drita sh.p.k., Tiranë
Blerësi: Saltmarsh Arena Ltd
Përshkrimi: ndriçim skene, 3 ditë
Totali: 1.860 EUR
Pagesa me transfertë bankare në IBAN: ${iban(grp('AL14202113013708908879940841'))}

Please check whether this Albanian invoice has everything an EU company needs for its VAT return.`, 'Albanian invoice, AL IBAN (28 characters, alphanumeric account part)'),

  rec('chat_ka', f`ბინის ქირა გადაიხადეთ ამ ანგარიშზე: ${iban('GE88TB4183314339357745')}, მიმღები: ნინო ბერიძე. Can you translate this message from my landlord in Tbilisi and tell me if anything looks off?`, 'Georgian text, GE IBAN'),

  rec('email_ua', f`Добрий день! Оплату за переклад договору (12 сторінок) прошу здійснити на рахунок ФОП Коваленко О. П.
IBAN: ${iban('UA213220010000108935813727088')}
Призначення платежу: оплата за послуги перекладу згідно рахунку №57.

Rewrite this in English for our finance team, please.`, 'Ukrainian invoice e-mail, UA IBAN (29 characters)'),

  rec('invoice_ad', f`Factura 2026/311 — Hotel Pic Blanc, Encamp (Andorra)
Concepte: allotjament equip tècnic, 4 nits
Import: 1.280,00 €
Transferència a: ${iban(grp('AD9700032011636758462963'))}

Is it normal that an Andorran invoice has no VAT line? (they call it IGI, I think)`, 'Andorran invoice in Catalan, AD IBAN'),

  rec('email_pk', f`Hi Ferran, for the poster design milestone please wire USD 450 to my account at Meezan Bank, IBAN ${iban('PK22MEZN0034733839721506')}, title Hamza Qureshi. Shukriya! — is this enough info for a SWIFT transfer from the UK?`, 'Pakistani freelancer, PK IBAN'),

  rec('email_br', f`Olá Ines, segue o IBAN para a transferência internacional do cachê: ${iban('BR7500000000015576912651213C1')} (Banco do Brasil, agência 1557). Pode conferir se o formato está certo? Nunca recebi do exterior.`, 'Brazilian IBAN (29 characters, ends in account type + owner letters)'),

  rec('payroll_csv', f`International crew payout file for the winter tour. Check that every IBAN has the right length for its country before I upload it:

${amb('source_code.snippet', f`name;country;iban;bic;amount_eur
Aigerim Nurlanova;KZ;${iban('KZ34722C000193733183')};${amb('financial.swift_bic', 'CASPKZKA')};1120.00
Omar Haddad;JO;${iban('JO98ARAB1310000016299595459343')};${amb('financial.swift_bic', 'ARABJOAX')};980.00
Dren Krasniqi;XK;${iban('XK781701777193398436')};;1040.00
Ion Ceban;MD;${iban('MD11MO005799994357903034')};;870.00
Rúni Joensen;FO;${iban('FO2391811895256294')};;1310.00
Leyla Mammadova;AZ;${iban('AZ68IBAZ64320547964809663188')};;905.00
Ana Stojanovska;MK;${iban('MK28300911285140148')};;960.00`)}`, 'a CSV payout file (ambiguous source code), SWIFT/BIC ambiguous by convention'),

  rec('email_bh', f`Dear Accounts,

kindly settle invoice GLF-2291 for the stage rigging hire via transfer to ${iban('BH42NBOB45667773213075')} (National Bank of Bahrain). Our Kuwait branch uses ${iban('KW57NBOK0126399392759701142898')} if that is easier for you.

Regards,
Faisal Al-Mannai`, 'Bahraini and Kuwaiti IBANs in one e-mail'),

  rec('form_es_us', f`Formulario de depósito directo — Saltmarsh Arena US Inc. (nuevo empleado)

Nombre: Guadalupe Ramírez
Banco: First Gulf Credit Union
Número de ruta (ABA): ${v('financial.aba_routing', '261073449')}
Número de cuenta: ${ambCat('financial', '7730291846')}
Tipo de cuenta: corriente

Can you translate this form to English for payroll?`, 'US direct-deposit form in Spanish; the account number is ambiguous without a rule id (batches 2–6 decision)'),

  rec('cheque_micr', f`OCR of the bottom line of a cheque a customer mailed us, the deposit app rejects it. Is the order of the fields wrong?

⑆${v('financial.aba_routing', '311017232')}⑆ ${ambCat('financial', '4820193847')}⑈ 1042

(transit symbols shown as ⑆ and ⑈)`, 'MICR line: routing number between transit symbols, account ambiguous'),
];

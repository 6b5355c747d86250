/** Held-out batch 4: card numbers, IBANs and routing numbers in chats, exports, logs, forms and letters. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

export const BATCH4_FINANCIAL: DraftRecord[] = [
  rec('chat_de', f`Hallo, meine Kreditkarte wurde beim Tanken in Österreich zweimal belastet. Karte: Visa ${card('4539 8120 7364 5186')}, Betrag je 84,16 €, Tankstelle in Kufstein. Kannst du mir einen Reklamationstext für die Bank schreiben?`),

  rec('chat_sv', f`Kan du hjälpa mig formulera ett klagomål? Mitt Mastercard ${card('5426 1387 0924 1759')} debiterades 1 249 kr för ett gymkort jag sa upp i augusti.`),

  rec('log_node', f`${amb('source_code.snippet', f`[2024-12-02T14:03:11.472Z] ERROR checkout-svc  PaymentDeclinedError: issuer_unavailable
    at authorise (/app/src/psp/adyen.js:118:13)
    at async POST /checkout (/app/src/routes/checkout.js:64:5)
  context: {"cart":"C-88213","pan":"${card('2227310846192538')}","exp":"09/27","amount":5820,"currency":"EUR"}`)}

why is the PAN in our logs? which layer is logging the context object?`),

  rec('tsv', f`Corporate card export for the expense audit — can you total by cost centre?

${amb('source_code.snippet', f`date\tcardholder\tcard\tmerchant\tamount\tcost_centre
2024-11-04\tM. Okonkwo\t${card('3749 281056 39181')}\tLufthansa\t612.40\tCC-210
2024-11-06\tT. Brennan\t**** **** **** 1759\tHilton Vienna\t389.00\tCC-215
2024-11-11\tM. Okonkwo\t${card('3415 820394 71623')}\tUber\t28.70\tCC-210`)}`, 'Amex numbers in 4-6-5 grouping; one masked row'),

  rec('chat_ja_en', f`アメリカのサイトで買い物したらDiscoverカードが拒否されました。card ${card('6011 2047 3859 1629')}, exp 08/26. Please write a short English message to their support asking why the payment was declined.`),

  rec('chat_ar_en', f`أريد إلغاء الاشتراك — I was charged twice on my UnionPay card ${card('6214 8302 9175 6400')} for the annual plan (2 × 349 AED). Please draft a refund request in English.`),

  rec('chat_pl', f`Czy możesz napisać krótką wiadomość do działu księgowości? Proszę o zwrot kaucji na konto ${iban('PL31 1020 2892 0000 6238 4917 3065')}, najemca: Katarzyna Wróbel, lokal 14B.`),

  rec('invoice_tr', f`Fatura No: TNL-2024-0931
Tedarikçi: Anadolu Deri Tekstil A.Ş., İzmir
Tutar: 48.720,00 TL (KDV dahil)
Ödeme: IBAN ${iban('TR18 0006 2001 1900 0006 6723 15')}
Vade: 30 gün

Bunu İngilizceye çevirir misin? Muhasebe İngilizce istiyor.`),

  rec('email_sk', f`Dobrý deň,

prosím o úhradu faktúry 2024/117 za servis lisu vo výške 2 380,00 EUR na účet ${iban('SK14 0900 0000 0051 2837 4619')}. Variabilný symbol: 2024117.

S pozdravom
Marek Horváth

— translate to English and make it a bit more formal please`),

  rec('email_no', f`Hei Ingrid,

leverandøren har byttet bank. Ny konto for alle betalinger fra 1. januar: ${iban('NO80 8601 1183 947')}. Kan du oppdatere i Tripletex og bekrefte på e-post?

Mvh Lars

→ is this a classic fraud pattern? what should Ingrid check before changing anything?`),

  rec('fixed_width', f`Bank file from the old payroll system (fixed width). Which columns are what?

${amb('source_code.snippet', f`H2024120100014SUNDIAL PAYROLL LTD          
D001${iban('GB29NWBK60161331926819')}  KERR M            0000241380
D002${iban('GB91BARC20714583920174')}  ABERNETHY J       0000198722
T0000000440102`)}`, 'fixed-width bank file: IBANs labelled, the file ambiguous code (data, like CSV)'),

  rec('chat_it', f`Devo pagare l'affitto della casa vacanze a Lecce. Il proprietario mi ha mandato: intestatario Giuseppe Russo, IBAN ${iban('IT18S0538712900000004826193')}. Mi scrivi il messaggio di accompagnamento per il bonifico?`),

  rec('email_cs', f`Dobrý den, posílám údaje pro vrácení přeplatku: číslo účtu ${iban('CZ76 0800 0000 1928 3746 5012')}, majitel účtu Jana Procházková. Díky! (Czech, refund to this account — write a polite confirmation in English)`),

  rec('form_us', f`Contractor onboarding — direct deposit

Bank: First Prairie Credit Union
Routing number: ${v('financial.aba_routing', '071000055')}
Account number: ${ambCat('financial', '30418827715')}
Account type: checking

Is it normal for a credit union to have a routing number starting with 07?`, 'US account number next to a routing number: ambiguous, no rule (batch 1 convention)'),

  rec('chat', f`Our client in Texas wants to pay by ACH instead of card. They sent: bank routing ${v('financial.aba_routing', '113000379')}, account ${ambCat('financial', '5290017384')}, "Brazos Valley Machining LLC". For an outgoing ACH credit do I need anything else? Also their SWIFT for international is ${amb('financial.swift_bic', 'FPBKUS44')}.`),

  rec('chat_fr', f`Bonjour, je dois rembourser un acompte à un client belge. Il m'a donné ${iban('BE33 0019 3748 2646')}. Est-ce que le format est correct ? Et le BIC ${amb('financial.swift_bic', 'GEBABEBB')} correspond bien à BNP Paribas Fortis ?`),

  rec('sql', f`Why does this query return the same customer twice?

${code(f`SELECT c.id, c.name, pm.brand, pm.last4
FROM customers c
JOIN payment_methods pm ON pm.customer_id = c.id
WHERE pm.last4 = '5186'
  AND c.created_at > '2024-01-01';`)}

(the full number in the ticket was ${card('4028 7165 9340 1285')}, I only used the last 4)`),

  rec('call_note', f`Phone note 03/12, Mr Achterberg (${phone('+31 6 4192 8375')}): his JCB ${card('3530 1287 4693 0512')} was refused at the Utrecht store although the bank says it's fine. Wants a callback tomorrow morning. Please write it up for the payments team.`),
];

function code(body: ReturnType<typeof f>) {
  return v('source_code.snippet', body);
}

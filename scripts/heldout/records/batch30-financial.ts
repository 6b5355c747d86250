/**
 * Held-out batch 30: cards, IBANs and account numbers at a refinery, a funeral group, a football club,
 * a cosmetics brand, an architecture practice and a care-home operator (RO, SK, NO, IL, BR, IE, AU,
 * NG). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH30_FINANCIAL: DraftRecord[] = [
  rec('email_ro', f`Bună ziua,

Vă transmitem factura nr. HBA-CJ 0412/28.11.2024 pentru faza DTAC – Bloc locuințe str. Fabricii, în valoare de 48.230,00 lei (TVA inclus).
Plata se va face în contul:
${v('financial.iban', 'RO75 RNCB 0082 0443 1857 0001')}
deschis la BCR, sucursala Cluj-Napoca, titular HBA Arhitectură SRL.

Cu stimă,
Ioana Pop
Contabilitate

(te rog verifică dacă e ok formulat și traduce-l în engleză pentru biroul din Oslo)`),

  rec('email_sk', f`Dobrý deň pán Horváth,

posielam nové platobné údaje pre výplatu od decembra:
IBAN: ${v('financial.iban', 'SK62 1100 0000 0029 4716 3580')}
BIC: ${amb('financial.swift_bic', 'TATRSKBX')}
Tatra banka, účet vedený na meno Marek Kováč.

Ďakujem,
Marek

— can you translate this to English for the Oslo payroll team?`),

  rec('chat_no', f`Hei! Kan du lage en kort purring på engelsk til byggherren? Faktura 2024-118 på kr 312 500,- forfalt 15.11. Kontonummer ${ambCat('financial', '1503.62.18455')}, eller fra utlandet IBAN ${v('financial.iban', 'NO54 1503 6218 455')}, BIC ${amb('financial.swift_bic', 'DNBANOKK')}. Vennlig men tydelig.`, 'Norwegian domestic account number: no rule claims it (ambiguous, financial)'),

  rec('chat_he', f`היי, תוכל לנסח מייל באנגלית לספק האריזות שלנו? צריך לעדכן שהתשלום על ההזמנה PO-7731 יועבר לחשבון החדש של המעבדה בחיפה:
${v('financial.iban', 'IL80 0108 0000 0001 2847 309')}
בנק לאומי, סניף 800. ותבקש מהם לאשר קבלה.`),

  rec('chat_pt', f`Preciso de ajuda pra responder essa família. Eles querem pagar o restante do plano funerário por transferência do exterior (moram em Portugal). Dados da nossa conta pra remessa internacional:
IBAN ${v('financial.iban', 'BR69 0036 0305 0123 4001 8273 645C 1')}
SWIFT ${amb('financial.swift_bic', 'BRASBRRJ')}
Favorecido: Serenitas Serviços Póstumos Ltda
E no Brasil pode ser PIX pela chave CNPJ 27.418.930/0001-16. Escreve em português de Portugal, por favor.`, 'a company CNPJ used as a PIX key: public company identifier, unlabelled'),

  rec('email_ie', f`Hi Deirdre,

Sorry for your loss, and thank you for letting us know about the overpayment. We'll refund the €640 deposit for the catering as soon as we have the account details. Could you confirm these are right?

Account name: Deirdre Ní Bhriain
IBAN: ${v('financial.iban', 'IE05 BOFI 9000 1718 2736 45')}
BIC: ${amb('financial.swift_bic', 'BOFIIE2D')}

Kind regards,
Aoife — Serenitas Funeral Care, Tralee

→ can you make it warmer and a bit shorter?`),

  rec('call_notes', f`Customer care call notes — order #LMR-48213, refund to original card failed, customer wants it to her bank instead:
Name: Chloe Barrett
BSB ${ambCat('financial', '063-182')}  Acc ${ambCat('financial', '1048 2736')} (CommBank)
Amount AUD 89.95
Customer also read out her card on the call: ${v('financial.payment_card', '4539 7812 0466 3154')} — I did NOT put it in the system, just noting it so it gets purged from the recording.

Pakigawa ng summary for the TL, in English.`, 'Australian BSB / account number: no built-in rule (ambiguous, financial)'),

  rec('chat_ng', f`Please help me write a polite reminder to the scaffolding contractor. They said payment has not landed but we sent it on Monday:
Beneficiary: Okorie & Sons Scaffolding Ltd
Bank: Zenith Bank
Account no: ${ambCat('financial', '1014827365')}
Amount: ₦4,850,000.00
Narration: INV-0932 Onne turnaround
Also tell them the card they charged for the mobilisation fee was our site card ${v('financial.payment_card', '5061 0728 3910 4762 514')} and that was a mistake, it should be invoiced.`, 'Nigerian NUBAN: ambiguous; Verve card 19 digits'),

  rec('log', f`${amb('source_code.snippet', f`2024-11-27T03:18:44.902+11:00 ERROR checkout.payment PaymentDeclined: insufficient_funds
  shop=lumera-skin-au order=#LMR-50372 gateway=afterpay-fallback
  card.number=${v('financial.payment_card', '5167309244812734')} card.exp=09/27 card.brand=mastercard
  at PaymentService.charge (/srv/app/dist/payment.js:214:17)`)}

why is the fallback gateway logging the whole card number?? which file do I fix`),

  rec('csv', f`Reconcile these disputes with the payout report, tell me which ones we already refunded:

${amb('source_code.snippet', f`dispute_id,created,amount_aud,reason,card,order
dp_1QK2,2024-11-03,64.00,fraudulent,•••• 4412,#LMR-47101
dp_1QK7,2024-11-05,129.90,product_not_received,${v('financial.payment_card', '3742 918503 64715')},#LMR-47388
dp_1QL1,2024-11-09,42.50,duplicate,•••• 0193,#LMR-47820
dp_1QL4,2024-11-12,89.95,subscription_canceled,${v('financial.payment_card', '2231004819372649')},#LMR-48011`)}

(two rows came from the manual import, that's why they're not masked)`),

  rec('transcript', f`Box office phone transcript, for the complaint file — please summarise what went wrong:

Agent: ...and the card number?
Fan: four nine one seven, six one eight three, oh two seven four, six five nine two. So that's ${v('financial.payment_card', '4917 6183 0274 6592')}.
Agent: Expiry?
Fan: Eleven twenty-six.
Agent: That's declined again I'm afraid.
Fan: It's the third time, I've been charged twice on my app.`),

  rec('email', f`Subject: Transfer fee – second instalment – payment instruction

Dear colleagues at Esporte Clube Vale Verde,

Please find below the instruction for the second instalment (EUR 125,000) of the transfer agreement dated 2 August 2024. Kindly confirm that the beneficiary details are correct before 6 December:

Beneficiary: Esporte Clube Vale Verde
IBAN: ${v('financial.iban', 'BR46 0000 0000 0284 7000 3948 271C 1')}
SWIFT: ${amb('financial.swift_bic', 'ITAUBRSPXXX')}
Reference: KRFC/EVV/2024-02

Kind regards,
Finance Office, Kilbarrow Rovers FC

→ please check the tone, our CEO wants it firmer because the first one was late`),

  rec('chat_sk', f`Môžeš mi pomôcť s mailom pre klub? Fyzioterapeut Peter Baláž chce zmeniť účet na výplatu z ${v('financial.iban', 'SK14 0900 0000 0051 2837 4619')} na ${v('financial.iban', 'SK30 0200 0000 0037 1826 4905')} od januára. Napíš to po anglicky, pre finančné oddelenie v Írsku.`),

  rec('chat_pt', f`Cliente do plano Família Plus ligou dizendo que o cartão ${v('financial.payment_card', '6363 6810 2947 5816')} (Elo) foi cobrado duas vezes em novembro, R$ 189,90 cada. Como eu explico que o estorno leva até 2 faturas? Quero uma resposta curta pro WhatsApp.`),

  rec('form', f`DIRECT DEBIT MANDATE – Glenmore Care Group (Fair Deal top-up contributions)
Resident: Mr. Patrick Hennessy, Room 14, Ashgrove Unit
Payer name: Siobhán Hennessy (daughter)
Payer IBAN: ${v('financial.iban', 'IE19 AIBK 9311 5212 3478 95')}
Payer phone: ${phone('087 214 9063', 'IE')}
Monthly amount: €385.00, collected on the 1st
Creditor ID: IE93ZZZ361840

Can you check the form is complete before I scan it?`),

  rec('chat_ro', f`Salut, ne trebuie un mesaj către primărie pentru restituirea garanției de participare la licitația pentru Parcul Central. Au zis că o virează în contul din care am plătit: ${v('financial.iban', 'RO80 BTRL RONC RT05 8294 6101')}. Mai adaugă că garanția a fost de 24.000 lei și că licitația s-a anulat pe 14.11.`),

  rec('email', f`Hi Kari,

Please find the invoice for phase 2 (forprosjekt) attached. Payment within 30 days to
DNB, account ${ambCat('financial', '1206.77.34590')} / IBAN ${v('financial.iban', 'NO51 1206 7734 590')}.

Best regards,
Halvorsen Brekke Arkitekter AS

— proofread please, Kari is the client's project manager and quite formal`),

  rec('vendor_form', f`NEW SUPPLIER – US
Supplier: Gulfline Valve & Seal Inc., Houston TX
Bank: Lone Star Commerce Bank
ABA routing: ${v('financial.aba_routing', '114003854')}
Account: ${ambCat('financial', '8820417365')}
Terms: Net 45
Requested by: Kwinana maintenance planning (PO for 14 x API 6D ball valves)

Check this against our vendor-master rules: we need a W-9 too, right?`),

  rec('chat', f`booking the Stavanger trip for the turnaround review — the travel portal wants the corporate Amex again. Card ${v('financial.payment_card', '3771 849205 73612')} exp 03/27, cardholder J. ADEYEMI. Can you write the email to the travel desk asking them to store it so I stop pasting it?`),

  rec('chat_tl', f`Hello po, may customer sa chat na nag-send ng full card number niya kasi gusto niya i-update yung subscription: ${v('financial.payment_card', '5453 0198 2740 6134')} exp 08/26. Ano po tamang script para sabihin na hindi namin pwede tanggapin sa chat at i-delete ko na? Tagalog at English sana.`),

  rec('email_he', f`שלום רב,
מצורפת קבלה על תשלום דמי ההשתתפות של אבי בבית הדיור המוגן לחודש נובמבר. החיוב בוצע בכרטיס ${v('financial.payment_card', '4659 0128 3746 0121')} אבל לא קיבלנו חשבונית מס.
אנא שלחו לכתובת הדוא"ל שלי.
תודה, מיכל

→ translate to English and make it sound a bit more assertive`),
];

/**
 * Held-out batch 23: card numbers, IBANs and routing numbers from a grain trader, a fashion e-shop, vet clinics,
 * a film producer, a consumer lender and a public defender office. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH23_FINANCIAL: DraftRecord[] = [
  rec('email_ro', f`Bună ziua,

Vă transmitem datele pentru plata avansului la contractul de livrare grâu panificație, recolta 2024 (CTR-AGD-24/0417):
Beneficiar: Agrodelta Cooperativă Agricolă
IBAN: ${v('financial.iban', 'RO09 BTRL 0577 4173 8274 6443')}
Banca Transilvania, Sucursala Constanța, SWIFT ${amb('financial.swift_bic', 'BTRLRO22')}
Suma: 186.400,00 RON

Vă rugăm să menționați numărul contractului la detalii plată.
Cu stimă,
Ioana Dumitrescu, Contabilitate`),

  rec('chat', f`Greek buyer for our sunflower seed paid to the wrong account. They used ${v('financial.iban', 'GR97 0110 9799 0120 6944 6374 489')} instead of our EUR account. Can you draft a short, firm email asking their bank to recall the transfer?`),

  rec('tsv', f`Settlement run for the Dobrogea members, please check the totals per member before I upload to the bank:

${amb('source_code.snippet', f`member_id\tname\tIBAN\ttonnes\tprice_ron_t\tamount_ron
M-0412\tPopescu Vasile\t${v('financial.iban', 'RO18RNCB6710412395778033')}\t84.2\t1045\t87989.00
M-0419\tStan Elena\t${v('financial.iban', 'RO27BRDE5711006341208342')}\t31.7\t1045\t33126.50
M-0433\tIonescu Petre PFA\t${v('financial.iban', 'RO15INGB8181036723645187')}\t122.9\t1045\t128430.50`)}`),

  rec('chat_id', f`Tolong cek, transfer pembayaran kontainer kedelai ke supplier di Uni Emirat Arab gagal. Data yang saya pakai: IBAN ${v('financial.iban', 'AE90 0335 1799 0319 3408 183')}, bank Mashreq, SWIFT ${amb('financial.swift_bic', 'BOMLAEAD')}. Apa formatnya sudah benar?`),

  rec('chat', f`Customer called the Maison Lune hotline, the order went through twice on her Visa ${v('financial.payment_card', '4138 7674 5742 5156')} (2 × €189). Write the apology email and say the duplicate will be refunded within 5–10 days.`),

  rec('chat_pt', f`Cliente reclamou que o pagamento do vestido foi recusado três vezes. Cartão Elo ${v('financial.payment_card', '6363 6836 0325 6315')}, validade 04/28. O gateway devolve "51 - saldo insuficiente" mas ela jura que tem limite. O que responder?`),

  rec('csv', f`${amb('source_code.snippet', f`chargeback_id,order,date,amount,currency,card,reason
CB-88104,ML-2024-551207,2024-11-18,189.00,EUR,**** **** **** 5156,duplicate
CB-88117,ML-2024-553981,2024-11-20,74.50,EUR,${v('financial.payment_card', '5353015235450921')},fraud_card_absent
CB-88122,ML-2024-554410,2024-11-21,312.00,SEK,${v('financial.payment_card', '373840011077169')},product_not_received`)}

Our PSP export unmasked two rows. Can you summarize the reasons and which ones we can fight?`),

  rec('chat_ar', f`عميلة في الرياض تقول إن بطاقة مدى ${v('financial.payment_card', '4187 6833 9342 3801')} انخصم منها مبلغ الطلب مرتين. كيف أرد عليها باحترافية؟ ومتى يرجع المبلغ عادةً؟`),

  rec('invoice_sv', f`FAKTURA 24-3318
PawCare Djurkliniker AB · Org.nr 559211-4738
Avser: Tandsanering hund "Sixten", 2024-11-27
Att betala: 4 860,00 SEK
Förfallodatum: 2024-12-27

Betalning till:
IBAN ${v('financial.iban', 'SE73 5000 3620 4319 0315 5375')}
BIC ${amb('financial.swift_bic', 'ESSESESS')}
Bankgiro ${ambCat('financial', '5421-8830')}

Kan du göra om det här till en påminnelse, snäll ton?`),

  rec('chat', f`A pet owner paid the surgery deposit over the phone and the receptionist typed the card into the notes field: "MC ${v('financial.payment_card', '5717-9697-3505-7860')} exp 09/26". How do I purge that from the PMS notes and what do we need to report?`),

  rec('email_he', f`שלום רונית,

מצורפים פרטי החשבון לתשלום לשוכר הציוד (מצלמות ועדשות לצילומי "עיר של אבן"):
IBAN: ${v('financial.iban', 'IL43 0108 8002 9587 3606 985')}
בנק לאומי, סניף 800
סכום: 48,200 ₪ כולל מע"מ

תודה,
ענבל, הנהלת חשבונות`),

  rec('chat', f`Our Swedish co-producer needs to receive the Film i Väst tranche. Their account: ${v('financial.iban', 'SE88 8000 7866 4586 4472 6381')}. Greek line producer for the Crete shoot: ${v('financial.iban', 'GR68 0172 2959 1239 3740 3788 409')}. Draft the payment instruction memo for our bank, EUR 62,500 and EUR 38,000.`),

  rec('petty_cash', f`Can you turn this crew expense note into a proper reimbursement table?

"Catering advance paid on my own card (Visa ${v('financial.payment_card', '4184843511996319')}) because the production card was blocked: 11 780 SEK, Hotel Kiruna 2 nights 6 400 SEK. Please reimburse to ${v('financial.iban', 'SE73 6000 2650 5866 1958 9600')}. – Maja, 2nd AD"`),

  rec('form', f`LOAN DISBURSEMENT – ACH DETAILS
Applicant: Darnell Whitaker
Loan ID: LN-2024-0083126 · Amount: $4,500.00 · Term 24 mo
Bank: Harbor Point Credit Union
Routing (ABA): ${v('financial.aba_routing', '024940146')}
Account: ${ambCat('financial', '4418209375')} (checking)
Verified via micro-deposits: yes

Please rewrite this as the confirmation text we email to the borrower (mask the account).`),

  rec('chat_pt', f`Fiz um empréstimo pessoal pelo app e o valor caiu numa conta que não é minha. A conta certa é ${v('financial.iban', 'BR66 3136 5847 0860 6292 0816 119C 1')}. Me ajuda a escrever uma reclamação pro SAC e pro Banco Central (Registrato)?`),

  rec('support_ticket', f`Ticket #LN-55812
Borrower says autopay pulled twice in November. Card on file: Discover ${v('financial.payment_card', '6011 3097 4232 4360')}. Second pull on 11/15 for $212.40.
Agent note: confirm with processor, issue refund, waive late fee.

→ Write the reply to the borrower.`),

  rec('chat', f`Restitution payments from the Hollis case go to the victim compensation fund. The clerk's office gave us routing ${v('financial.aba_routing', '070057889')} and account ${ambCat('financial', '309182776')}. Can you write the client letter explaining how to pay in installments?`),

  rec('chat_el', f`Ο εντολέας μας (κρατούμενος) θέλει να καταθέσει η οικογένειά του χρήματα για τα δικαστικά έξοδα. Ο λογαριασμός του συνηγόρου: ${v('financial.iban', 'GR54 0260 4647 4773 1143 4179 094')}. Μπορείς να μου γράψεις οδηγίες στα ελληνικά και αγγλικά;`),

  rec('email_ar', f`السادة شركة الحصاد للتجارة،

نرجو تحويل قيمة شحنة القمح (الفاتورة INV-2024-1187) إلى الحساب التالي:
الآيبان: ${v('financial.iban', 'SA80 8097 2879 6436 1479 4071')}
مصرف الراجحي – الرياض
للاستفسار: ${phone('+966 11 482 7391')}

مع التحية،
قسم المالية`),

  rec('chat', f`Card for the fashion shoot in Dubai got declined at the rental house: Mastercard ${v('financial.payment_card', '2288 8898 3696 3285')}. Bank says "merchant category blocked". Also the rental house wants a transfer instead to ${v('financial.iban', 'AE60 0263 9433 2974 7218 659')}. Is it safer to pay by transfer?`),
];

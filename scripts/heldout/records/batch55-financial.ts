/**
 * Held-out batch 55: card numbers, IBANs and bank details in rental damage charges, season-pass
 * refunds, pharmacy credit notes, colocation invoices, wedding deposits, transit penalty payments
 * and homebrew-shop orders. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH55_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Guest returned the demo skis with a core shot through the base, so we need to charge the damage fee to the card on the rental agreement. Card: Visa ${v('financial.payment_card', '4539 1827 0364 8152')} exp 11/27, name Liam O'Rourke, agreement R-KAR-55102. Can you draft an email telling him we're charging AUD 180 and why, with photos attached?`),

  rec('chat', f`group sales q: the school trip coordinator read me her Amex over the phone for the $2,500 deposit (${v('financial.payment_card', '3782 840193 72568')} exp 04/27) and I wrote it on the booking sheet for Timberline Peak. Can you write the confirmation email, and what do I do with the sheet now?`),

  rec('chat_ja', f`スキーレンタルの予約で、お客様からカード番号がメールで届きました：JCB ${v('financial.payment_card', '3566 0048 2917 3642')} 有効期限 09/28。このまま決済端末に手入力していいですか？それとも決済リンクを送り直すべきですか？お客様への返信文（丁寧語）も作ってください。`),

  rec('email_nl', f`Klopt de toon van deze mail? Mag korter.

Geachte heer/mevrouw,

Voor de retourzending RMA-2025-00417 (Augmentin 875/125 mg, 3 doosjes, vervaldatum verstreken) hebben wij een creditnota van € 84,27 aangemaakt. Het bedrag wordt binnen 10 werkdagen overgemaakt op uw rekening ${v('financial.iban', 'NL68 RABO 0318 7429 65')} (BIC ${amb('financial.swift_bic', 'RABONL2U')}).

Met vriendelijke groet,
Afdeling Retouren, Veltrum Farma BV`),

  rec('chat_ro', f`Tradu în engleză, te rog, pentru colegii de la sediul din Olanda: „Bună ziua, vă rugăm să returnați contravaloarea produselor retrase (lot 24B117, Paracetamol 500 mg) în contul ${v('financial.iban', 'RO64 BTRL RONC RT04 1827 3951')}, titular Farmacia Sf. Andrei SRL. Nota de retur a fost semnată de farmacistul-șef.”`),

  rec('chat_he', f`תנסח לי מייל קצר לבית המרקחת: ההחזר עבור משלוח ההחזרה RT-88142 (תרופות שפג תוקפן) יועבר תוך 14 יום לחשבון ${v('financial.iban', 'IL06 0108 0000 0009 9482 736')}. אם פרטי החשבון השתנו, שיעדכנו אותנו לפני סוף החודש.`),

  rec('email_pt_br', f`Pode revisar o português desse e-mail para o fornecedor na Bélgica? Está misturado com inglês.

Prezados,
Segue nossos dados para o reembolso do lote recolhido (invoice 2025-BR-0093):
Beneficiário: Veltrum Distribuidora de Medicamentos Ltda
IBAN: ${v('financial.iban', 'BR03 0036 0305 0274 6000 1837 462C 1')}
SWIFT: ${amb('financial.swift_bic', 'CEFXBRSPXXX')}
Qualquer dúvida, fico à disposição.`),

  rec('form', f`Vendor ACH enrollment — please check it's complete before I send it to AP:

Vendor: Lone Pine Electrical Services LLC (remote-hands electricians, ASH1)
Bank: Summit Ridge Federal Credit Union
Routing (ABA): ${v('financial.aba_routing', '107104294')}
Account: ${ambCat('financial', '5820193746')} (checking)
Remittance e-mail: ${v('pii.email', 'billing@lonepine-electric.com')}
Signed: D. Whitaker, 01/22/2025`),

  rec('invoice_et', f`Palun tõlgi see arve tekst inglise keelde, klient on Soomest:

ARVE nr 2025-0117
Teenus: ristühendused (cross-connect) TLL1, jaanuar 2025 — 4 × 95,00 €
Kokku koos käibemaksuga: 464,00 €
Palun tasuda arvelduskontole ${v('financial.iban', 'EE65 2200 2210 7394 6152')} (Swedbank), viitenumber 20250117.
Maksetähtaeg: 14.02.2025`),

  rec('chat_ms', f`Pelanggan minta kami caj kad untuk kerja remote hands bulan Januari (RM 1,350): Mastercard ${v('financial.payment_card', '5424 1893 7061 5823')}, tamat tempoh 06/27, CVV dihantar berasingan melalui telefon. Boleh tulis resit ringkas dalam Bahasa Melayu dan Inggeris?`),

  rec('chat_zh', f`客户要求用银联卡支付 SHA1 机房的机柜续费（人民币 48,600 元），卡号 ${v('financial.payment_card', '6214 8309 2745 1863')}，持卡人王立新。帮我写一封确认邮件，说明我们会在三个工作日内扣款并开具发票。`),

  rec('chat_it', f`Traduci in inglese per la coppia di Sydney, per favore: "Per confermare la data del 14 giugno a Villa Le Rondini serve un acconto del 30% (€ 5.400) tramite bonifico sul conto IBAN ${v('financial.iban', 'IT50 X030 6909 6061 0000 0118 273')}, causale «Matrimonio Bianchi–Conti acconto». Il saldo è dovuto 30 giorni prima dell'evento."`),

  rec('chat_es_ar', f`Che, la novia me pasó por WhatsApp los datos para la seña del salón: tarjeta Naranja ${v('financial.payment_card', '5895 6210 3847 2916')}, vence 10/26. Pero el salón prefiere transferencia al CBU ${ambCat('financial', '0170099220000067891234')}. ¿Me armás un mensaje para ella explicando que es mejor transferir y que borre la foto de la tarjeta del chat?`, 'Argentine CBU: an account number no built-in rule claims (ambiguous, no rule id)'),

  rec('chat_gu', f`લગ્નના કેટરરને ₹75,000 એડવાન્સ આપવું છે. એમણે UPI ID ${ambCat('financial', 'patelcaterers@okaxis')} મોકલી છે, અને કાકા કહે છે કે એમના RuPay કાર્ડ ${v('financial.payment_card', '6521 5803 7419 2647')} થી પણ ચુકવી શકાય. કયો વિકલ્પ વધુ સુરક્ષિત છે અને રસીદ કેવી રીતે માંગવી?`, 'UPI virtual payment address: account-like, no rule claims it (ambiguous, no rule id)'),

  rec('chat_cs', f`Přepiš to prosím srozumitelněji pro cestující: „Přirážku k jízdnému ve výši 1 000 Kč uhraďte do 15 dnů na účet ${v('financial.iban', 'CZ21 0800 0000 0019 3827 4605')}, variabilní symbol 2501183426, jinak bude předána k vymáhání.“`),

  rec('chat_sl', f`Popravi slovnico, prosim: "Globo v višini 40 EUR zaradi vožnje brez veljavne vozovnice plačajte v 8 dneh na TRR ${v('financial.iban', 'SI60 1910 0001 8372 946')}, sklic SI12 2025-04417. Po izteku roka se znesek poviša na 80 EUR."`),

  rec('call_notes', f`Summarise this call for the penalty case file, and tell me what I should NOT have written down:

14:02 caller (Marcus Bell) wants to pay the $75 penalty fare, citation TC-2025-031877
14:04 paying by card: ${v('financial.payment_card', '4916 3720 5841 9373')}, exp 02/28, billing zip 97214
14:05 read back, approved, conf # 88213
14:06 caller asked if it goes on his record — told him no`),

  rec('qr_bill_de_ch', f`Kannst du mir erklären, welche Angaben auf dem Zahlteil der Zuschlagsrechnung Pflicht sind? Unser Entwurf:

Zahlteil
Konto / Zahlbar an
${v('financial.iban', 'CH55 3080 8004 9182 7365 0')}
Verkehrsbetriebe Limmattal, Fahrgeldnachforderung
8952 Schlieren
Referenz
00 00000 00000 25011 83426 04175
Währung CHF  Betrag 100.00`),

  rec('email_sv', f`Hej! Kan du göra om det här till ett kort nyhetsbrevsmeddelande till våra grossistkunder?

"Vi har bytt bank. Från och med 1 mars ska alla betalningar för malt- och humlebeställningar gå till IBAN ${v('financial.iban', 'SE94 5000 0000 0583 9102 7465')}, BIC ${amb('financial.swift_bic', 'ESSESESS')}. Vårt gamla bankgiro ${ambCat('financial', '5051-6905')} upphör 31 mars."`),

  rec('chat_en_za', f`A customer emailed their card details for a grain order (R 2 340): Mastercard ${v('financial.payment_card', '2223 6041 8275 9304')}, exp 08/26, CVV 311. We don't take cards over email. Write a polite reply asking them to use the payment link instead, and tell me how to get rid of this email properly.`),

  rec('chat_pt_br', f`Cliente pediu pra gente cobrar o pedido de malte Pilsen (2 sacos de 25 kg) no cartão Elo ${v('financial.payment_card', '5067 2738 1940 5327')}, validade 12/27, no nome de Rafael Nogueira, telefone ${phone('(11) 98472-3106', 'BR')}. Nossa maquininha não aceita digitação. Como respondo?`),
];

/**
 * Held-out batch 28: card numbers, IBANs, routing and account numbers from a travel agency, a
 * pharmaceutical wholesaler, a game studio, a newspaper's subscriptions desk, a credit union and a
 * city parking department. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** IBAN in groups of four, as printed on invoices. */
const grp = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');

export const BATCH28_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer called the Sydney desk, wants to pay the balance for the Bali package over the phone. I typed it into the notes so I don't lose it: visa ${v('financial.payment_card', '4892 8024 0716 6596')} exp 03/27, name on card Megan O'Brien. Can you write the booking confirmation text for her? Balance AUD 2,418.00.`),

  rec('chat_es', f`Hola, tengo que hacer la devolución de una reserva cancelada (vuelo MAD–EZE, localizador K7QX2M). El cliente pide que le devolvamos a esta cuenta en vez de a la tarjeta:
Titular: Javier Ruiz Montero
IBAN: ${v('financial.iban', grp('ES9121003224723135459994'))}
¿Me redactas un mail explicando que tarda de 5 a 7 días hábiles?`),

  rec('email_de', f`Betreff: Neue Bankverbindung – bitte Stammdaten ändern

Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung ab dem 01.12.2024 ändert:

Kontoinhaber: Rheinmed Pharmagroßhandel GmbH
IBAN: ${v('financial.iban', grp('DE50370400442513191269'))}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}

Rechnungen, die vor diesem Datum ausgestellt wurden, zahlen Sie bitte noch auf das bisherige Konto.

Mit freundlichen Grüßen
Buchhaltung Köln

→ Kannst du prüfen, ob das nach Phishing klingt? Kam von einer Adresse, die wir nicht kennen.`),

  rec('csv', f`${amb('source_code.snippet', f`Lieferant;Rechnungsnr;Betrag;Währung;IBAN;Fällig
Medisfera Distributie SRL;MDS-2024-1183;48.920,00;EUR;${v('financial.iban', 'RO74RNCBH9TGX5CUFRKG7SV5')};15.12.2024
Pharmalogistik Nord GmbH;PLN/24/7731;12.306,45;EUR;${v('financial.iban', 'DE57300500007833380713')};20.12.2024
Apteka Baltic UAB;AB-0094;3.114,20;EUR;${v('financial.iban', 'LT316000061701902675')};02.01.2025`)}

Erstelle daraus bitte eine Zahlungsliste für den Freigabelauf am Freitag, sortiert nach Fälligkeit.`),

  rec('chat_ru', f`Нужно оформить платёжку поставщику в Москве, проверь реквизиты, пожалуйста:
ООО «ФармСнаб»
ИНН ${ambCat('pii', '7714382916')}
р/с ${ambCat('financial', '40702810938000184726')}
БИК ${ambCat('financial', '044525225')}
к/с ${ambCat('financial', '30101810400000000225')}
Сумма: 1 284 500,00 руб., назначение: оплата по счёту № 1183 от 14.11.2024, НДС 10%.`, 'Russian settlement account, BIK and correspondent account: bank details with no built-in rule (ambiguous, no rule id); the INN is a company tax number, marked ambiguous pii'),

  rec('chat_ro', f`Bună, îmi poți formula un e-mail către farmacia Sfântul Luca din Cluj? Au plătit factura de două ori, iar noi returnăm suma de 7.450,00 lei în contul lor ${v('financial.iban', 'RO90 BTRL VHU8 KM0Q UYRG JS6D')}. Tonul să fie politicos, scurt.`),

  rec('chat_et', f`Tere! Palun koosta arve meeldetuletus meie freelancer-kunstnikule. Makse läheb kontole ${v('financial.iban', 'EE25 2264 5424 2399 1984')} (Swedbank), summa 3 200 € sprite-paki eest, tähtaeg 10.12. Inglise keeles ka palun.`),

  rec('support_ticket', f`Ticket #PO-88213 — chargeback from Japan
Player: otter_kenta92 (account 7781-2291)
Card: JCB ${v('financial.payment_card', '3539 6158 6946 2217')}
Amount: ¥12,000 (gem pack ×2)
Reason code: 4837 (no cardholder authorization)

日本語と英語で、返金できない理由を丁寧に説明する返信を作ってください。`),

  rec('phone_note', f`Subs desk call log — Tue 12/11, 10:42
Caller: Graham Whitlock, 7-day print + digital
Wants to switch from direct debit to card. Gave card over phone: ${v('financial.payment_card', '5351 7130 7998 1413')}, exp 09/26, CVV given (not recorded).
Old DD: BSB ${ambCat('financial', '062-584')} acct ${ambCat('financial', '1093 7742')} — cancel after next run.
Callback: ${phone('0438 117 264', 'AU')}

Please turn this into a tidy CRM note and remove anything we shouldn't store.`, 'Australian BSB and account number: no built-in rule (ambiguous, no rule id)'),

  rec('chat', f`Reader says she was charged twice for the Christmas gift subscription. Both charges on her Mastercard ${v('financial.payment_card', '5500-1313-4056-2369')}, A$119 each on 8 Nov. Write a short apology and say we've refunded one.`),

  rec('form', f`MEMBER REQUEST — OUTGOING DOMESTIC WIRE
Member #: 0041877 (share draft)
Beneficiary: Cherokee Strip Roofing LLC
Receiving bank: First Bison Bank, Enid OK
ABA: ${v('financial.aba_routing', '101680468')}
Beneficiary acct: ${ambCat('financial', '3380017726')}
Amount: $14,250.00
Purpose: roof replacement, invoice 2024-311
Verbal callback verified at ${phone('(405) 628-3917', 'US')} by T. Nguyen

Can you check this form is complete for our wire policy?`),

  rec('chat', f`Member disputes a charge: "AMZN MKTP US*2K4" $312.77 on debit card ${v('financial.payment_card', '4191018994640947')}. She says she never ordered. Reg E timeline: do we need provisional credit within 10 business days? Draft the letter to her.`),

  rec('csv', f`ACH return report from the core, explain the R-codes in plain English for the branch staff:

${amb('source_code.snippet', f`trace,return_code,routing,account,amount,member
091000019874431,R01,${v('financial.aba_routing', '306023532')},${ambCat('financial', '88310294')},425.00,0039912
091000019874432,R03,${v('financial.aba_routing', '077307299')},${ambCat('financial', '4400182273')},61.12,0041877
091000019874433,R10,${v('financial.aba_routing', '261944361')},${ambCat('financial', '91827764013')},1200.00,0027740`)}`),

  rec('chat', f`Our member's Amex ${v('financial.payment_card', '3757 834473 86382')} was used for the loan payment through the portal but it should not be allowed (credit card for loan payments). How do we block Amex BINs in the payment page config?`),

  rec('email', f`Subject: Refund of parking fine PCN KC-2024-118734

Dear Sir/Madam,

I paid the fine twice by mistake (once online, once at the kiosk). Please refund the second payment to my card ending 7494 — full number ${v('financial.payment_card', '4015 1656 7607 7494')} — or if that's not possible, to my bank account in Germany: ${v('financial.iban', 'DE59 5001 0517 6633 6092 34')}.

Kind regards,
Tobias Brenner

→ draft a reply confirming the refund will go back to the card, not the IBAN.`),

  rec('chat_et', f`Parkimistrahvi tagastus: sõiduk 482 BTK, trahv 45 €. Inimene maksis kaks korda. Tagastame kontole ${v('financial.iban', 'EE481041314519131239')}. Kirjuta palun lühike vastus eesti ja inglise keeles.`),

  rec('chat_ru', f`Клиент из Казани хочет оплатить тур в Стамбул картой «Мир» ${v('financial.payment_card', '2202 9480 9122 6243')}, но наш платёжный шлюз её отклоняет. Как ему объяснить, что мы принимаем только Visa/Mastercard, и какие есть альтернативы?`),

  rec('chat_id', f`Halo, tolong buatkan surat konfirmasi pembayaran untuk tim QA outsourcing di Jakarta. Transfer ke rekening BCA ${ambCat('financial', '5271 0938 44')} a.n. PT Kreasi Uji Digital, sebesar Rp 86.400.000 untuk bulan November. SWIFT ${amb('financial.swift_bic', 'CENAIDJA')}.`, 'Indonesian bank account number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ng', f`Abeg help me write message to the Lagos hotel partner. Their commission for October (₦2,340,000) will be paid to GTBank account ${ambCat('financial', '0124739186')}, Ekene Hospitality Ltd. Also our Wema corporate card ${v('financial.payment_card', '5294 6678 5301 1930')} was charged for the conference hall deposit by mistake, we need that reversed.`, 'Nigerian NUBAN account number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ja', f`東京オフィスの経費精算です。出張中に法人カード ${v('financial.payment_card', '3536-2648-2814-0979')} で払ったホテル代（¥48,600）が二重計上されています。カード会社への問い合わせ文を作ってください。`),

  rec('chat_es_ar', f`Che, el cliente de Córdoba quiere pagar el saldo del viaje a Bariloche por transferencia. CBU ${ambCat('financial', '0170099220000067891234')}, alias VIAJE.NIEVE.CBA. Mientras tanto me pasó la tarjeta para la seña: ${v('financial.payment_card', '4409 7432 5953 5155')} venc 11/26. ¿Cómo le explico que la seña no es reembolsable?`, 'Argentine CBU: no built-in rule (ambiguous, no rule id)'),
];

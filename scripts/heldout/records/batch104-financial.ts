/**
 * Held-out batch 104: cards, IBANs, routing numbers and BICs in refunds, royalty payments, fund
 * settlement instructions, clinic invoices and rent deposits. Hand-written.
 */
import { luhnCheckDigit, ibanCheckDigits } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Card number from a payload, with its Luhn digit; groups of 4 (or Amex 4-6-5) when `sep` is given. */
function card(payload: string, sep = ''): string {
  const d = payload + String(luhnCheckDigit(payload));
  if (!sep) return d;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) ?? []).join(sep);
}
/** IBAN with computed check digits, grouped in fours when `spaced`. */
function iban(country: string, bban: string, spaced = true): string {
  const s = country + ibanCheckDigits(country, bban) + bban;
  return spaced ? (s.match(/.{1,4}/g) ?? []).join(' ') : s;
}

export const BATCH104_FINANCIAL: DraftRecord[] = [
  rec('refund_en_ie', f`Hi, can you draft a polite refund confirmation to a passenger? Details from the ticket office:

Passenger: Siobhán Mulcahy
Journey: Cork Kent → Dublin Heuston, 28/11/2026, cancelled (signalling fault at Portlaoise)
Paid with card: ${v('financial.payment_card', card('453927018846102', ' '))}
Amount: €74.50 (2 adults, off-peak return)
Refund ref: RF-2026-118392

Say the refund takes 5–7 working days to appear.`),

  rec('chat_es_cl', f`Hola, necesito redactar un correo al banco porque un paciente de la clínica dermatológica de Providencia pagó dos veces el mismo procedimiento (láser CO2). La tarjeta con la que pagó es ${v('financial.payment_card', card('552187340019275', '-'))}, vencimiento 08/28. Monto duplicado: $385.000 CLP. ¿Me ayudas con un texto formal para pedir la reversa?`),

  rec('royalty_mail_de', f`Betreff: Tantiemenabrechnung 2. Halbjahr 2026 – Überweisung

Liebe Frau Oberhuber,

anbei die Abrechnung für „Der kleine Salzdrache" (Lizenz DE/AT/CH). Der Betrag von 12.480,00 EUR wird bis 15.01.2027 auf folgendes Konto überwiesen:

Kontoinhaberin: Brigitte Oberhuber
IBAN: ${v('financial.iban', iban('AT', '1904300234573201'))}
BIC: ${amb('financial.swift_bic', 'BKAUATWW')}

Bitte kurz bestätigen, ob die Bankverbindung noch aktuell ist.

Mit freundlichen Grüßen
Rechte & Lizenzen

---
Kannst du das etwas freundlicher formulieren und eine Bitte um die Steuerbescheinigung ergänzen?`),

  rec('ssi_en_us', f`Can you turn this into a clean settlement instruction table for the new broker onboarding doc?

USD cash — Fed wire
Beneficiary bank: Northfield Trust Company
ABA: ${v('financial.aba_routing', '071000505')}
Account: ${ambCat('financial', '4471029385')}
Account name: Blackwater Capital Master Fund LP
SWIFT: ${amb('financial.swift_bic', 'NFTCUS33')}

EUR cash
IBAN: ${v('financial.iban', iban('IE', 'AIBK93115212345678'))}
BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}`),

  rec('csv_payments_nl', f`Kun je deze betaalbatch controleren op dubbele regels voordat ik hem inschiet? Huurwaarborgen voor statushouders, december.

begunstigde;iban;bedrag;omschrijving
Woonstichting De Linde;${v('financial.iban', iban('NL', 'ABNA0417164300', false))};1450,00;borg Haidari fam. Amersfoort
Woonstichting De Linde;${v('financial.iban', iban('NL', 'ABNA0417164300', false))};1450,00;borg Haidari fam. Amersfoort
Stichting Thuis Zuid;${v('financial.iban', iban('NL', 'RABO0331852247', false))};980,00;borg Tesfay Eindhoven
Vesteda Verhuur;${v('financial.iban', iban('NL', 'INGB0006271819', false))};1120,00;borg Al-Khatib Utrecht`),

  rec('chat_fr_cd', f`Bonjour, je dois envoyer au propriétaire à Lyon la garantie de loyer pour la famille Mukendi que nous réinstallons. Il m'a donné son RIB : ${v('financial.iban', iban('FR', '30004008270001234567829'))}. Peux-tu m'écrire un mail court qui confirme le virement de 1 340 € et demande l'état des lieux d'entrée ?`),

  rec('card_dispute_tr', f`Merhaba, dermatoloji kliniğimizde bir hasta kartından iki kez çekim yapıldığını söylüyor. POS fişindeki kart numarası: ${v('financial.payment_card', card('540061234098127'))}. Tutar 2.850 TL. Bankaya itiraz dilekçesi yazar mısın?`),

  rec('json_payment', f`Why does our payment service reject this with "invalid_expiry"? It's from the online lost-property delivery fee page.

${amb('source_code.snippet', f`{
  "order_id": "LPD-2026-004417",
  "amount": 1250,
  "currency": "GBP",
  "card": {
    "number": "${v('financial.payment_card', card('491182736401558'))}",
    "exp_month": 13,
    "exp_year": 2027,
    "cvc": "318"
  },
  "description": "Courier return: laptop bag, found Leeds platform 8b"
}`)}`),

  rec('chat_it', f`Ciao, devo pagare l'anticipo all'illustratrice per la nuova serie di albi. Mi ha mandato l'IBAN ${v('financial.iban', iban('IT', 'X0542811101000000123456'))} intestato a Giulia Marchetti. Mi scrivi una mail di conferma con importo 3.200 € e causale "anticipo diritti illustrazioni – Serie Lupetto"?`),

  rec('chat_pl_iban', f`Proszę o sprawdzenie: czy ten numer konta wygląda na poprawny polski IBAN? Dostawca soli drogowej podał go w fakturze dla kopalni: ${v('financial.iban', iban('PL', '109010140000071219812874'))}. Kwota 48 900 zł netto.`),

  rec('amex_en_in', f`Dear team, one of our hedge fund's analysts booked the Mumbai conference on the corporate Amex ${v('financial.payment_card', card('37449218306152', ' '))} but the hotel charged ₹1,84,000 instead of ₹1,48,000. Kindly draft an email to the hotel (Taj Lands End) asking to correct the folio at the earliest.`),

  rec('chat_pt_ao', f`Boa tarde, preciso de um modelo de carta para o senhorio em Lisboa a confirmar a transferência da caução da família Tchissola. A conta do senhorio é ${v('financial.iban', iban('PT', '003500970000123456788'))}. Valor: 1.600 €. Obrigado!`),

  rec('chat_no', f`Hei! Kan du hjelpe meg å skrive en purring til forlaget i Bergen? Royalty for «Troll i tunnelen» er ikke betalt. Kontonummer vi oppga: ${v('financial.iban', iban('NO', '15032123456'))}. Beløp 38 400 kr.`),

  rec('invoice_hr', f`Pozdrav, možeš li mi pomoći složiti tekst računa za licencu prijevoda slikovnice na hrvatski? Plaćanje na:
IBAN: ${v('financial.iban', iban('HR', '23600001101234565'))}
SWIFT: ${amb('financial.swift_bic', 'ZABAHR2X')}
Iznos: 1.850,00 EUR, rok 30 dana.`),

  rec('chat_ar_ly', f`السلام عليكم، أحد المرضى في عيادة الجلدية دفع ببطاقة ${v('financial.payment_card', card('415276310984271', ' '))} والمبلغ ما وصلش للحساب. ممكن تكتبلي رسالة للبنك نطلب فيها تتبع العملية؟ المبلغ 620 دينار.`),

  rec('chat_bs', f`Zdravo, trebam uplatiti depozit za stan porodici iz Sirije koju smještamo u Sarajevu. Vlasnik je dao račun ${v('financial.iban', iban('BA', '1290079401028494'))}. Možeš li napisati potvrdu o uplati od 900 KM?`),

  rec('wire_en_nz', f`Kia ora — the Otago salt works safety contractor wants paying for the respirator fit tests. Their invoice says:
Account name: Southern Hazmat Ltd
Bank account: ${ambCat('financial', '06-0901-0123456-00')}
Invoice: SH-3391, NZ$4,870.00 + GST
Can you write the remittance advice email?`),

  rec('card_ticket_uk', f`Customer rang in, wants the season ticket refunded after moving jobs. He read out the card over the phone — ${v('financial.payment_card', card('535522001847392'))} exp 04/29 — I know, I shouldn't have written it down. Callback ${phone('07911 284 615', 'GB')}. Can you write the refund letter, and remind me how we purge this from the notes?`),

  rec('chat_el_iban', f`Γεια σου, ο εκδοτικός μας οίκος πρέπει να πληρώσει την ελληνική μεταφράστρια. IBAN: ${v('financial.iban', iban('GR', '01101250000000012300695'))}. Ποσό 2.100 €. Γράψε μου ένα σύντομο email επιβεβαίωσης.`),

  rec('settlement_de', f`Kannst du die Settlement-Anweisung für den Gegenpartei-Swap übersetzen (DE→EN)?

Zahlungsempfänger: Rheinland Kapital AG
IBAN: ${v('financial.iban', iban('DE', '370400440532013000'))}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}
Valuta: 09.12.2026
Betrag: 2.450.000,00 EUR
Verwendungszweck: Swap-Prämie TRD-88213`),

  rec('chat_cs_card', f`Dobrý den, klient naší kliniky chce zaplatit telefonicky ošetření znamének. Nadiktoval mi číslo karty ${v('financial.payment_card', card('446218073912045', ' '))}, platnost 11/27. Napíšeš mi, jak mu slušně vysvětlit, že karty po telefonu nepřijímáme?`),

  rec('chat_lt_iban', f`Labas, leidykla turi sumokėti lietuviškojo vertimo avansą. Vertėjos sąskaita: ${v('financial.iban', iban('LT', '7300010123456789'))}. Suma 1 200 €. Parašyk trumpą patvirtinimo laišką.`),

  rec('chat_mk', f`Здраво, треба да платиме кирија за семејството од Авганистан кое го сместуваме во Скопје. Сметка на сопственикот: ${v('financial.iban', iban('MK', '300000000042425'))}. Износ 18.000 денари. Напиши потврда.`),
];

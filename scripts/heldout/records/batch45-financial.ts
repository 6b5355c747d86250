/** Held-out batch 45: cards, IBANs and bank details in freight invoices, shop refunds, optician bills, trial payments and energy call notes. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH45_FINANCIAL: DraftRecord[] = [
  rec('chat_de', f`Kunde hat telefonisch bestellt (Tourenski + Bindung, 849 €), er will mit Karte zahlen und hat sie mir diktiert: ${v('financial.payment_card', '4539 1720 8364 5191')}, gültig bis 03/27, CVC 412. Wie buche ich das im Shopify-Admin als manuelle Zahlung, ohne dass die Karte irgendwo gespeichert bleibt?`),

  rec('email_de_ch', f`Grüezi Frau Baumgartner

Wir haben die Rückerstattung für die reklamierten Gleitsichtgläser (CHF 640.00) freigegeben. Bitte bestätigen Sie uns noch die Kontoverbindung:
IBAN ${v('financial.iban', 'CH76 0023 5418 9076 3520 1')}
lautend auf: Ruth Baumgartner, Winterthur

Freundliche Grüsse
Weitblick Optik, Filiale Winterthur

→ kannst du das freundlicher formulieren?`),

  rec('invoice_pl', f`Sprawdź proszę czy faktura jest kompletna zanim wyślę klientowi:

FAKTURA VAT nr FV/11/2024/0412
Sprzedawca: Vistula Cargo Brokers Sp. z o.o., NIP 725-184-29-37
Usługa: spedycja drogowa Łódź – Constanța, CMR PL-2024-118374
Kwota netto: 9 450,00 zł, VAT 23%: 2 173,50 zł
Płatność przelewem 30 dni na rachunek: ${v('financial.iban', 'PL61 1090 1014 0000 0712 1981 2874')}`),

  rec('chat_tr', f`Nakliyeci firma ödemeyi bu hesaba istiyor, IBAN doğru mu kontrol eder misin? ${v('financial.iban', 'TR33 0006 1005 1978 6457 8413 26')} — Alıcı: Anadolu Tır Taşımacılık Ltd. Şti. Tutar 3.800 EUR, İstanbul–Kutno seferi.`),

  rec('email_ro', f`Bună ziua,

Vă rog să actualizați datele bancare pentru plățile către noi:
Beneficiar: TransDunărea SRL
IBAN: ${v('financial.iban', 'RO42 BTRL RONC RT03 8492 7105')}
SWIFT: ${amb('financial.swift_bic', 'BTRLRO22')}
Banca Transilvania, sucursala Cluj

Mulțumim,
Contabilitate TransDunărea`),

  rec('chat_el', f`Ο πελάτης στη Λάρισα θέλει να πληρώσει το τιμολόγιο εκτελωνισμού με έμβασμα. Του δίνω αυτό: IBAN ${v('financial.iban', 'GR16 0140 7820 0000 0042 8193 705')}, δικαιούχος Vistula Cargo Hellas. Μπορείς να μου γράψεις το μήνυμα στα αγγλικά και στα ελληνικά;`),

  rec('form_es', f`Formulario de reembolso de gastos de desplazamiento – participante ensayo HUM-CARD-1903
Código participante: 1903-014
Visitas: V3 (12/11), V4 (26/11) – 2 × 18,40 € (tren + bus)
Titular de la cuenta: Josep Vidal Puig
IBAN: ${v('financial.iban', 'ES91 2100 0418 4502 0005 1332')}

¿Puedes revisar que esté todo para enviarlo a tesorería?`),

  rec('letter_fr_be', f`Bonjour, pouvez-vous reformuler ce courrier de domiciliation pour qu'il soit plus clair ?

"Madame, Monsieur, nous confirmons l'activation de la domiciliation européenne pour votre contrat d'électricité n° 5200418372. Les factures mensuelles de 87,00 € seront prélevées sur le compte ${v('financial.iban', 'BE20 0637 4182 9056')} à partir du 15 janvier. Référence du mandat : HLN-DOM-2024-118392."`),

  rec('call_notes_nl', f`Gespreksnotitie 05-12 14:32 – klant wil achterstand (214,60 €) direct betalen met creditcard. Kaartnummer genoteerd: ${v('financial.payment_card', '5522 7104 9386 2157')} exp 09/26. Betaling gelukt, ref PAY-884120. Klant vraagt om bevestiging per post.

Kun je hier een nette bevestigingsbrief van maken? Uiteraard zonder kaartnummer.`),

  rec('email', f`Hi Layla,

For the SAR archive subscription (PO 4500-2291) please remit to:
Beneficiary: Nimbra Orbital FZ-LLC
Bank: Emirates NBD, Dubai
IBAN: ${v('financial.iban', 'AE14 0460 0001 8392 0471 659')}
SWIFT: ${amb('financial.swift_bic', 'EBILAEAD')}

Best,
Omar (finance, Dubai office)

Can you turn this into a proper remittance advice with the invoice table?`),

  rec('chat', f`US defence integrator wants to pay by ACH not wire. They gave routing ${v('financial.aba_routing', '311074822')} and asked for ours; our US entity account is at the same bank, account ${ambCat('financial', '4829173650')}. Which form is it, a W-9 plus an ACH authorization?`),

  rec('chat_he', f`תוכל לבדוק אם מספר החשבון הזה תקין לפני שאני שולח את התשלום לספק האנטנות בחיפה? IBAN ${v('financial.iban', 'IL46 0310 4200 0000 8174 926')}, סכום 48,200 ש"ח.`),

  rec('csv', f`${amb('source_code.snippet', f`dispute_id,created,order,amount_eur,card,reason
dp_0192,2024-11-29,AK-2024-77413,1249.00,${v('financial.payment_card', '4916830274155931')},fraudulent
dp_0193,2024-11-30,AK-2024-77502,389.90,**** 2157,product_not_received
dp_0194,2024-12-01,AK-2024-77611,74.95,${v('financial.payment_card', '2223 0048 1937 2656')},duplicate`)}

Three chargebacks after Black Friday. Our old payment plugin exported two unmasked — which evidence do I send for each reason code?`),

  rec('chat_ja', f`ニセコ店のお客様からの電話予約です。アメックス ${v('financial.payment_card', '3742 8190 5647 123')}、有効期限 11/26、名義 KENJI MORI。スキーレンタル5日分のデポジットをどうやって処理すればいいですか？`),

  rec('form_de_at', f`SEPA-Lastschriftmandat – Brillen-Abo "Weitblick Flex"
Kundin: Mag. Sabine Hofer, Linz
IBAN: ${v('financial.iban', 'AT76 2011 1829 4736 1058')}
BIC: ${amb('financial.swift_bic', 'GIBAATWWXXX')}
Monatsbetrag: € 24,90, erste Abbuchung 01.01.2025

Bitte prüfe, ob im Mandat alle Pflichtangaben drin sind.`),

  rec('email_it', f`Buongiorno,

vi ricordiamo che la fattura n. 2024/1187 per le lenti progressive (ordine lab 77-4821) risulta ancora aperta. Potete saldarla con bonifico su:
${v('financial.iban', 'IT59 X030 6909 6061 0000 0152 837')}
Laboratorio Ottico Insubria Srl

Cordiali saluti

→ traduci in tedesco per la filiale di Innsbruck`),

  rec('chat_pt', f`Preciso de enviar ao senhorio do terreno da estação terrestre em Santa Maria o comprovativo da renda anual. O IBAN dele é ${v('financial.iban', 'PT45 0035 0000 0006 3829 1740 6')}. Podes escrever um e-mail curto em português a dizer que a transferência de 12 000 € foi feita hoje?`),

  rec('call_notes_el', f`Σημειώσεις κλήσης – πελάτης 4820-1173, Θεσσαλονίκη
Πληρωμή λογαριασμού 132,40 € τηλεφωνικά με κάρτα ${v('financial.payment_card', '4147 2095 8361 0483')} (λήξη 07/27).
Τηλέφωνο επικοινωνίας: ${phone('+30 694 827 3915')}
Ζήτησε διακανονισμό για τον επόμενο λογαριασμό.

Κάνε μου περίληψη στα αγγλικά για τον supervisor.`),

  rec('ticket', f`#R-20418 Refund to wrong card?
Customer says the refund for the returned ski boots (€459) went to her old card. Our system shows refund to ${v('financial.payment_card', '5406 2719 3845 2063')}; she says her current one ends in 3020. Bank says refunds always go to the original card. Draft a reply explaining that.`),

  rec('email', f`Investigator payments Q4 – Pune site (PI Dr. Kulkarni)
Sponsor account (pays): ${v('financial.iban', 'CH29 0070 0110 0048 2739 1')}
Site account: Bank of Maharashtra, A/C ${ambCat('financial', '60184729365')}, IFSC ${ambCat('financial', 'MAHB0000473')}
Amount: INR 4,82,000 for 14 completed visits

Can you check that the visit count matches the CRF tracker total I'll paste next?`),
];

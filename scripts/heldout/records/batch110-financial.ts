/**
 * Held-out batch 110: card numbers, IBANs and routing numbers from hotel night audits, factoring
 * assignments, library fines, prison trust accounts, an orthotics workshop and a wind-service company.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH110_FINANCIAL: DraftRecord[] = [
  rec('pms_note', f`Night audit question. Guest in 412 (arr 03/08, 3 nts, rate BAR-FLEX $229) left the card guarantee in the comments field instead of the tokenised field. The note reads:

"GTD VISA ${v('financial.payment_card', '4893 1671 3494 6531')} EXP 07/27 — guest asked for late arrival, hold till 2am"

Do I charge the no-show from here or does the token have to be created first? And how do I scrub the note?`),

  rec('chat_de', f`Hallo, Expedia hat für die Buchung 7734091825 eine virtuelle Kreditkarte geschickt, die Belastung im Terminal wird abgelehnt:
Kartennummer: ${v('financial.payment_card', '5519158688907095')}
Gültig bis: 05/25, CVC 418
Aktivierungsdatum laut Expedia: Anreisetag 14.03.
Darf ich schon vor dem Anreisetag belasten? Bitte kurze Erklärung für das Nachtaudit-Team.`),

  rec('email_fr', f`Bonjour Madame Lefort,

Pour confirmer le bloc de 28 chambres du séminaire des 22 et 23 mai, nous vous remercions de verser l'acompte de 30 % (4 116,00 €) sur le compte suivant :
IBAN : ${v('financial.iban', 'FR25 1027 8973 9965 0813 6734 234')}
BIC : ${amb('financial.swift_bic', 'CMCIFR2A')}
Référence : GRP-2505-SEMINAIRE

Cordialement,
Service Groupes & Séminaires

→ Peux-tu rendre ce mail plus chaleureux ?`),

  rec('letter_de', f`Bitte formuliere die Abtretungsanzeige an den Debitor etwas freundlicher:

Sehr geehrte Damen und Herren,
wir zeigen Ihnen hiermit an, dass unsere Mandantin, die Kessler Metallbau GmbH, sämtliche gegenwärtigen und künftigen Forderungen aus Lieferungen an Sie an uns abgetreten hat. Zahlungen mit befreiender Wirkung können ab sofort ausschließlich auf folgendes Konto geleistet werden:
IBAN ${v('financial.iban', 'DE86 7601 7252 0846 1597 33')}, BIC ${amb('financial.swift_bic', 'SSKNDE77XXX')}
Verwendungszweck: Rechnungsnummer + "Kessler"`),

  rec('csv', f`Kun je controleren of de debiteuren in deze ankoopbatch allemaal een geldige IBAN hebben? Ik wil morgen de voorschotten uitbetalen.

${amb('source_code.snippet', f`factuurnr;debiteur;bedrag;vervaldatum;iban_debiteur
F-25-00418;Bouwmarkt Zeeland BV;18.420,00;2025-04-30;${v('financial.iban', 'NL34INGB0455424884')}
F-25-00419;Van Dijk Logistiek;7.315,50;2025-05-02;${v('financial.iban', 'BE93353801695400')}
F-25-00420;Hoeksche Waard Agro;2.980,00;2025-04-15;NL12RABO0300000000`)}

De laatste komt uit een oud formulier.`, 'the third IBAN has wrong check digits and stays unlabelled'),

  rec('chat_pl', f`Cześć, klient faktoringowy prosi o przelew zaliczki 80% za faktury z lutego. Kwota 146 208,00 zł. Rachunek klienta: ${v('financial.iban', 'PL64 1050 4829 0269 9708 6784 9050')}. Napisz mi proszę krótkie potwierdzenie dla klienta, że przelew wyjdzie jutro przed 11:00.`),

  rec('form', f`Please check this remittance setup for our new US factoring client before I key it in:

CLIENT REMITTANCE – FACTORED INVOICES
Client: Prairie Trucking LLC (MC 884213)
Bank: First Plains Bank, Omaha NE
ABA routing: ${v('financial.aba_routing', '111024881')}
Account: ${ambCat('financial', '3382019457')}
Account type: Business checking
Advance rate 92%, reserve released on collection.`),

  rec('chat_tr', f`Merhaba, faktoring müşterimizin yeni hesabına ön ödeme yapacağız. IBAN: ${v('financial.iban', 'TR59 0006 4654 1042 6825 9811 79')}. Alıcı: Ege Tekstil A.Ş. Bu IBAN'ın hangi bankaya ait olduğunu nasıl anlarım?`),

  rec('email_ro', f`Bună ziua,

Vă rugăm să efectuați plata facturii cesionate nr. 2025-0311 în valoare de 63.450,00 RON în contul societății de factoring:
${v('financial.iban', 'RO98 BTRL 8278 8560 7998 6262')}
Menționați la detalii: "Cesiune factura 2025-0311".

Cu stimă,
Departamentul Operațiuni Factoring

Poți traduce în engleză pentru debitorul nostru din Germania?`),

  rec('chat_en_ca', f`A patron phoned to pay $42.75 in overdue fines and lost-item charges and the new staff member typed the card straight into the circ note: "pd by phone, MC ${v('financial.payment_card', '5345 7474 4527 7386')} exp 11/26". How do I explain to staff why we can't do that, and what's the PCI-friendly way to take phone payments at the branch?`),

  rec('invoice_fi', f`Hei, tarkistatko tämän e-aineistojen lisenssilaskun tiedot ennen kuin hyväksyn sen?

Toimittaja: Nordic E-Journals Oy
Lasku 2025-0117, konsortion tilaus 2025
Summa: 38 420,00 EUR
Eräpäivä: 28.2.2025
Tilinumero: ${v('financial.iban', 'FI31 1572 1033 1140 45')}
Viite: 10 10284 73911`),

  rec('chat_es_mx', f`Buenas, una familiar quiere depositar 800 pesos a la cuenta del interno (expediente 2291/2023) desde el kiosco, pero le rechaza la tarjeta. Me mandó foto: ${v('financial.payment_card', '4713 9007 1899 5377')}, vence 02/28. ¿Qué le digo? ¿Es por ser tarjeta de débito de otro banco?`),

  rec('letter_it', f`Ciao, mi aiuti a scrivere la lettera per il rimborso del saldo del conto detenuto? Il signore è stato scarcerato il 3 marzo e il saldo residuo è di 187,40 €. Ci ha comunicato il suo IBAN: ${v('financial.iban', 'IT93 K030 6909 6066 1095 6377 409')}. Serve anche la firma del direttore?`),

  rec('chat_pt_br', f`Oi, a paciente vai pagar a entrada da prótese transtibial (R$ 3.800) no cartão, em 6x. Ela passou o número pelo WhatsApp: ${v('financial.payment_card', '6202 6905 6777 5193')}, validade 09/27. Como faço a cobrança no link de pagamento sem guardar esses dados no prontuário?`),

  rec('email_is', f`Góðan dag,

Við þurfum að greiða reikning frá birgjanum fyrir gervifótahluta (reikningur 88213, 1.245.000 kr.). Bankaupplýsingar þeirra:
IBAN: ${v('financial.iban', 'IS73 0159 0926 2492 8937 8892 65')}
SWIFT: ${amb('financial.swift_bic', 'NBIIISRE')}

Geturðu þýtt greiðslufyrirmælin yfir á ensku fyrir bókarann?`),

  rec('chat_da', f`Hej, vi har fået en ny leverandør af gearkasse-reservedele til møllerne. Faktura 4419 på 212.400 DKK skal betales til ${v('financial.iban', 'DK46 3000 8843 6053 66')}. Men mailen kom fra en ny afsender og kontoen er ændret siden sidst — kan du hjælpe mig med en tjekliste mod CEO-svindel før jeg betaler?`),

  rec('expense_en_au', f`Can you turn this into a proper expense claim note? Tech flew Perth → Geraldton for the blade inspection on WTG-14, paid flights + ute hire on the company Amex ${v('financial.payment_card', '3714 000836 97253')} (A$1,184.60 total), then lost the receipt for the fuel.`),

  rec('chargeback_ar', f`مرحباً، وصلنا نزاع (chargeback) من البنك على حجز ليلتين في فندقنا بدبي. تفاصيل المعاملة من نظام الدفع:

${amb('source_code.snippet', f`{
  "dispute_id": "dp_2025_03_8841",
  "reason": "no_show_disputed",
  "amount": 1840.00,
  "currency": "AED",
  "card_number": "${v('financial.payment_card', '4921218815448143')}",
  "booking_ref": "DXB-MRN-220931"
}`)}

ساعدني في كتابة رد للبنك يوضح أن سياسة عدم الحضور كانت مذكورة عند الحجز.`),

  rec('chat_ka', f`გამარჯობა, ფაქტორინგის კლიენტს ავანსი უნდა გადავურიცხოთ. ანგარიში: ${v('financial.iban', 'GE89 TB68 9702 4857 8490 80')}. თანხა 45 200 ლარი. დამიწერე კლიენტისთვის მოკლე შეტყობინება, რომ თანხა ხვალ ჩაირიცხება.`),

  rec('email_ar_ae', f`السيد أحمد المحترم،

نرجو تحويل حصة المالك من إيرادات الفندق لشهر فبراير (412,880.00 درهم) إلى الحساب التالي:
رقم الآيبان: ${v('financial.iban', 'AE14 0336 3574 3224 9510 168')}
للاستفسار: ${phone('+971 50 482 7139', 'AE')}

مع التحية،
قسم المالية`),

  rec('qr_bill_de_ch', f`Grüezi, auf der QR-Rechnung unseres Factoring-Kunden steht das Konto ${v('financial.iban', 'CH24 0070 9763 2718 5843 9')}, im Vertrag aber eine andere Nummer. Wie prüfe ich, ob das eine QR-IBAN ist und ob wir die Zahlung trotzdem der abgetretenen Forderung zuordnen können?`),

  rec('chat_uk', f`Добрий день, родина засудженого хоче повернути залишок коштів з особового рахунку на свою картку, але в заяві вказали IBAN: ${v('financial.iban', 'UA47 3052 9957 6980 7033 8336 6571 4')}. Як правильно оформити відповідь, що кошти перераховуються лише після звільнення?`),
];

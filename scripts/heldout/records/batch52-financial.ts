/**
 * Held-out batch 52: card numbers, IBANs and other account details from tuition and bursary payments,
 * seller payouts and chargebacks, vet-clinic invoices, newspaper subscriptions and drilling suppliers.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH52_FINANCIAL: DraftRecord[] = [
  rec('chat', f`A parent just called to pay the enrolment deposit (EUR 3,500) and read me her card over the phone because the portal kept timing out: Visa ${v('financial.payment_card', '4929 1837 4652 0380')}, exp 07/27, name on card Hannah Lockwood. Can you draft a short receipt e-mail I can send once finance has charged it? Don't include the card number.`),

  rec('email_de_at', f`Betreff: Rückerstattung Kaution – Schülerin Emilia Haider (Grade 7)

Liebe Frau Haider,

wie telefonisch besprochen, wird die Kaution in Höhe von € 2.000,– nach Abzug der Bibliotheksgebühr (€ 35,–) auf folgendes Konto rücküberwiesen:

Kontoinhaber: Mag. Thomas Haider
IBAN: ${v('financial.iban', 'AT29 2011 1829 1473 6051')}
BIC: ${amb('financial.swift_bic', 'GIBAATWWXXX')}

Die Überweisung erfolgt mit dem nächsten Zahlungslauf am 31. Jänner.

Mit freundlichen Grüßen
Bursary Office, Alpenrand International School

→ Bitte auf Englisch übersetzen, der Vater spricht kaum Deutsch.`),

  rec('invoice_fr_ch', f`Peux-tu vérifier que la facture est complète avant que je l'envoie ? Le papa dit que son e-banking refuse le paiement.

AIS Lausanne – Facture n° 2025-0184
Frais de scolarité, 2e semestre 2024/25 : CHF 14 850.00
Élève : Louis Favre, Grade 10
Payable d'ici le 15.02.2025 sur :
IBAN ${v('financial.iban', 'CH93 0076 2011 6238 5295 7')}
Banque Cantonale Vaudoise, 1003 Lausanne
Référence : RF18 5390 0754 7034`),

  rec('chat_pt', f`Bom dia! Um vendedor pediu para alterar a conta de recebimento dos pagamentos. Antes de aprovar, podes ajudar-me a escrever uma resposta a pedir o comprovativo de titularidade? O novo IBAN que ele enviou é ${v('financial.iban', 'PT50 0033 0000 4528 7193 0524 1')} (Millennium BCP) e a conta antiga terminava em 7718. Já tivemos casos de contas sequestradas este mês.`),

  rec('csv_nl', f`Kun je controleren welke uitbetalingen van vandaag dubbel lijken? Export uit het payout-dashboard:

${amb('source_code.snippet', f`payout_id;verkoper_id;bedrag_eur;iban;status
PO-884102;S-203948;182,40;${v('financial.iban', 'NL93ABNA0417293856')};pending
PO-884103;S-117392;56,00;${v('financial.iban', 'NL80INGB0008273941')};pending
PO-884104;S-203948;182,40;${v('financial.iban', 'NL93ABNA0417293856')};pending
PO-884105;S-390217;1.240,00;${v('financial.iban', 'BE37063041825728')};on_hold
PO-884106;S-402881;33,90;NL** RABO **** **** 59;paid`)}

PO-884105 staat on hold door de T&S-check, die hoeft niet mee.`),

  rec('email_it', f`Ciao, mi aiuti a rispondere a questa cliente? Ha aperto un chargeback ma il pacco risulta consegnato.

"Buongiorno, ho visto un addebito di 289,00 € sulla mia Mastercard ${v('financial.payment_card', '2223 8491 7265 0381')} per una borsa che non ho mai ricevuto. Ho già fatto contestazione con la banca. Chiara Lombardi"

Il tracking dice consegnato il 9 gennaio con firma. Voglio essere gentile ma chiaro.`),

  rec('chat_es_mx', f`¿Me ayudas a armar el correo para tesorería? Hay que pagarle al proveedor de lodos de perforación en Morelia:
Beneficiario: Lodos y Fluidos del Bajío S.A. de C.V.
CLABE: ${ambCat('financial', '012470004829173651')}
Banco: BBVA México, SWIFT ${amb('financial.swift_bic', 'BCMRMXMMPYM')}
Monto: MXN 418,600.00 (factura A-2291)
Y la parte en dólares va a su cuenta en Laredo: routing ${v('financial.aba_routing', '114903828')}, cuenta ${ambCat('financial', '4820193756')}.`, 'Mexican CLABE: an account number no built-in rule claims (ambiguous, no rule id)'),

  rec('chat_es_cl', f`Oye, una clienta de la clínica de Ñuñoa pagó dos veces la cirugía de su perrita y hay que devolverle $385.000. Me mandó sus datos así, ¿me ayudai a redactar el correo de confirmación?
Nombre: Francisca Muñoz Rojas
RUT: ${ambCat('pii', '15.839.274-7')}
Banco Estado, Cuenta RUT / Vista N° ${ambCat('financial', '15839274')}
Correo: ${v('pii.email', 'fran.munoz.rojas@gmail.com')}`, 'Chilean RUT and CuentaRUT (the RUT digits): no rule claims them'),

  rec('email_sv', f`Hej!

Vi har fått en faktura från vår nya leverantör av röntgenutrustning och de vill ha betalningen till ett nytt konto:
IBAN ${v('financial.iban', 'SE61 5000 0000 0583 9104 7265')}
Bankgiro ${ambCat('financial', '5402-9817')}
Belopp 84 350 kr, förfallodag 28/2.

Kan du hjälpa mig att formulera ett mejl där jag ber dem bekräfta ändringen per telefon innan vi betalar? Vi på djursjukhuset i Malmö har blivit lurade en gång förut.`),

  rec('invoice_no', f`Kan du sjekke at alt stemmer før jeg sender fakturaen videre til attestering?

Faktura 2025-017 fra Ofoten Kabel & Grøft AS (org.nr. 918 274 633)
Arbeid: kabelgrøft for akseltellere, km 12,4–14,1 Ofotbanen
Sum eks. mva: 212 400,00 NOK
Betales til konto ${v('financial.iban', 'NO21 1503 2748 195')}
KID: 0048271936452
Forfall: 20.02.2025`),

  rec('chat_fi', f`Moi! Tilaaja perui vuositilauksen ja hänelle pitää palauttaa loppuosa, 94,20 €. Hän lähetti tilinumeronsa sähköpostilla: ${v('financial.iban', 'FI51 4006 1010 4837 26')}. Voitko kirjoittaa lyhyen vahvistusviestin, jossa kerrotaan että palautus näkyy tilillä 3–5 pankkipäivän kuluessa? Viitenumero on 1009 48273.`),

  rec('chat_is', f`Hæ, getur þú þýtt þetta á ensku fyrir fjármálastjórann? "Greiðsla fyrir leigu á borholudælunni fer inn á reikning ${v('financial.iban', 'IS12 0133 2600 4817 2103 8942 39')}, kennitala eiganda ${ambCat('pii', '210389-4239')}. Upphæð 3.450.000 kr., eindagi 5. mars."`, 'the Icelandic IBAN embeds the holder\'s kennitala; the separate kennitala has no rule'),

  rec('email_pl', f`Dzień dobry,

w nawiązaniu do zlecenia na montaż liczników osi na stacji Poznań Franowo przesyłamy dane do przelewu:
${v('financial.iban', 'PL61 1090 1014 0000 0712 1981 2874')}
Santander Bank Polska, tytuł: FV 31/01/2025
Kwota: 86 100,00 zł brutto

Proszę o pomoc: chcę odpisać po angielsku, że płatność będzie w terminie 30 dni zgodnie z umową.`),

  rec('chat_sl', f`Živjo! Podizvajalec za kabelske trase na odseku Koper–Divača je poslal nov račun. Prosim preveri, ali je IBAN pravilne dolžine, ker ga banka zavrača: ${v('financial.iban', 'SI56 0201 0008 3451 297')}. Znesek 41.380,00 EUR.`),

  rec('chat_el', f`Γεια! Ένας πωλητής από τη Θεσσαλονίκη λέει ότι δεν πήρε την πληρωμή του (146,50 €). Στο σύστημα έχει IBAN ${v('financial.iban', 'GR08 0170 2500 0000 0482 9173 650')}. Μπορείς να μου γράψεις ένα ευγενικό μήνυμα ότι η πληρωμή έγινε στις 14/1 και να ελέγξει με την Τράπεζα Πειραιώς;`),

  rec('email_tr', f`Merhaba, aşağıdaki e-postayı İngilizceye çevirebilir misin? Muhasebe merkezde İzlanda'da.

"Sondaj kulesi için kiralanan jeneratörlerin ödemesi şu hesaba yapılacak:
Alıcı: Ege Enerji Ekipman Kiralama A.Ş.
IBAN: ${v('financial.iban', 'TR45 0006 2000 0062 9184 7352 01')}
Tutar: 1.284.000,00 TL (KDV dahil)
Saha müdürünün şirket kartı (Troy ${v('financial.payment_card', '9792 0481 7362 9405')}) ile ödenen yakıt faturaları ayrıca gönderilecek."`),

  rec('chat_kk', f`Сәлеметсіз бе! Астанадан бір ата-ана оқу ақысын аударғысы келеді, бірақ банк SWIFT аударымы үшін біздің деректерді сұрап жатыр. Ал ол өзі қайтарым үшін өз шотын жіберді: ${v('financial.iban', 'KZ25 125K ZT10 0430 0184')}, банк SWIFT ${amb('financial.swift_bic', 'KCJBKZKX')}. Сонымен қатар UnionPay картасымен ${v('financial.payment_card', '6250 9481 7263 0497')} төлеуге бола ма деп сұрайды. Ағылшынша жауап жазып беріңізші.`),

  rec('chat_ar', f`مرحبا، ولي أمر طالب انسحب من المدرسة يبي يسترد رسوم التسجيل. أرسل لنا الآيبان حقه: ${v('financial.iban', 'AE18 0260 0010 2938 4756 713')} (بنك الإمارات دبي الوطني)، وقال إن الدفعة الأولى كانت من بطاقة فيزا ${v('financial.payment_card', '4319 4702 8365 1944')}. ممكن تكتب لي رد رسمي بالإنجليزي إن الاسترداد بيكون على نفس البطاقة حسب السياسة؟`),

  rec('chat_ja', f`出願料の支払いについて、保護者の方から「JCBカード ${v('financial.payment_card', '3589-4720-1938-4621')} で支払ったが二重に請求された」とメールがありました。丁寧な英語の返信を書いてください。返金には5〜7営業日かかります。`),

  rec('chat_hi', f`नमस्ते, एक पैरेंट ने ऐप्लिकेशन फ़ीस RuPay कार्ड ${v('financial.payment_card', '6521 8473 9201 8470')} से दी थी लेकिन पेमेंट फेल हो गया और पैसे कट गए। उन्होंने रिफ़ंड के लिए अपना खाता भी भेजा है: A/c ${ambCat('financial', '50100482719364')}, IFSC ${ambCat('financial', 'HDFC0001847')}। इनको अंग्रेज़ी में जवाब लिख दीजिए कि रिफ़ंड 7 दिन में आएगा।`, 'Indian account number and IFSC: no rule claims them (ambiguous, no rule id)'),

  rec('chat_ru', f`Помогите вежливо ответить родителю: он хочет оплатить вступительный взнос картой «Мир» ${v('financial.payment_card', '2202 1938 4726 1505')}, а наш платёжный провайдер в Австрии такие карты не принимает. Предложить банковский перевод в евро.`),

  rec('call_notes', f`Call notes from the subscriptions hotline, please turn them into a ticket summary:

- Caller: Mr. Roland Keller, subscriber since 2009 (print + digital)
- Wants to switch from invoice to card payment, gave Mastercard ${v('financial.payment_card', '5413 2784 9160 3728')} exp 11/26
- Previous card on file: **** **** **** 2207 (expired)
- Complains that the Saturday supplement arrived late twice in January
- Callback requested: ${phone('071 727 38 14', 'CH')}`),

  rec('chat', f`Reception at the Amsterdam clinic wrote down an Amex for a pre-authorisation on the surgery (€1,800) on a sticky note and now wants to put it in the notes field of the patient record: ${v('financial.payment_card', '3714 283917 46025')}. Can you write a short reminder for the team on why card numbers must never go into clinical notes?`),

  rec('chat_tl', f`Hello po, tumawag si Ms. Brigitte Näf, subscriber ng Rheintaler Bote, gusto niya bayaran ang renewal gamit ang card: ${v('financial.payment_card', '5174 9203 8417 2654')}, exp 03/28. Hindi ko po ma-process kasi down ang payment page. Paano ko po ito ipapasa sa Swiss team nang ligtas? Salamat po!`),

  rec('email', f`Wire instructions for the top-drive rental, please check they match the contract annex before I release the payment:

Beneficiary: Bavaria Drilling Services GmbH
IBAN: ${v('financial.iban', 'DE78 7015 0000 1004 8273 91')}
BIC: ${amb('financial.swift_bic', 'SSKMDEMMXXX')}
Amount: EUR 264,000.00
Reference: HVD-GEN2-TD-0125

Their US parent invoices the spare parts separately: Frost Bank, ABA ${v('financial.aba_routing', '114000394')}, acct ${ambCat('financial', '0048271936')}.`),
];

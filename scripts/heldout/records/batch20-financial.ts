/** Held-out batch 20: card numbers, IBANs, BICs and routing numbers in hotel, telecom, marketplace, supplier and payroll text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH20_FINANCIAL: DraftRecord[] = [
  rec('note_en_za', f`Night manager note for the morning shift, pls tidy up the wording:
Guest in 412 (Mr. Pieterse) extended to Sunday, called at 23:40 to guarantee with a new card since the old one was declined — Visa ${card('4287 8883 8090 6853')} exp 04/27, CVV ${ambCat('financial', '318')}. I did NOT run it yet, please pre-auth R 4 500 before checkout and then delete this note.`, 'a CVV: sensitive, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('email_fr', f`Bonjour,

Pour garantir le séminaire des 12 et 13 mars (35 chambres + salle Lumière), voici la carte de la société :
American Express ${card('3433 755531 57431')}, expiration 09/26, titulaire Laboratoires Verdon SAS.
Merci de ne débiter que l'acompte de 30 %.

Cordialement,
Hélène Marchand
Assistante de direction

Peux-tu préparer une réponse de confirmation polie ? Je suis au service groupes de l'hôtel.`),

  rec('log_json', f`Payment-service log from last night, why is the PAN not tokenised here?

${amb('source_code.snippet', f`{"ts":"2024-11-19T02:14:55.832Z","lvl":"ERROR","svc":"psp-adapter","msg":"authorisation failed","order":"MK-DE-9184402","seller":"S-77120","amount":{"value":18990,"currency":"EUR"},"card":{"number":"${card('5199219307835195')}","expiry":"03/28","brand":"mc"},"refusalReason":"CVC Declined"}`)}`),

  rec('chat_es', f`Cliente llama porque quiere pagar la factura atrasada de fibra + móvil (189,40 €) por teléfono y me ha dictado la tarjeta: ${card('5332-2671-6400-9618')}, caduca 11/26. ¿Cómo le explico que por seguridad tiene que hacerlo en el área de cliente? Dame un guion corto.`),

  rec('csv', f`Fraud review — these 6 orders share the same device fingerprint. Which ones are likely card testing?

${amb('source_code.snippet', f`order_id;created;amount_eur;card;bin_country;ip_country;status
MK-4471902;2024-11-22 03:11;4.99;${card('4000243323940567')};US;NG;approved
MK-4471903;2024-11-22 03:11;4.99;${card('6011003593222035')};US;NG;declined
MK-4471905;2024-11-22 03:12;4.99;${card('3528422326323659')};JP;NG;declined
MK-4471906;2024-11-22 03:12;4.99;${card('36102209611617')};US;NG;approved
MK-4471909;2024-11-22 03:13;249.00;${card('6234583872937164958')};CN;NG;pending
MK-4471911;2024-11-22 03:14;4.99;**** **** **** 2087;DE;NG;declined`)}`),

  rec('invoice_de', f`RECHNUNG Nr. 2024-1187
Steuerberatung Kessler & Partner mbB · Leopoldstraße 41 · 80802 München

Mandant: Autohaus Brandl GmbH
Leistung: Jahresabschluss 2023, Lohnbuchhaltung Q3/2024
Betrag: 6.842,00 € zzgl. 19 % USt.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf:
IBAN ${iban('DE34 3704 0044 0815 3019 08')} · BIC ${bic('COBADEFFXXX')}
Commerzbank München

Kannst du den Rechnungstext etwas freundlicher formulieren? Der Mandant ist schon länger bei uns.`),

  rec('email_it', f`Oggetto: Variazione coordinate bancarie

Gentili clienti,
vi comunichiamo che dal 1° dicembre le fatture di Fonderia Bresciana S.r.l. dovranno essere pagate sul nuovo conto:
IBAN ${iban('IT19 X030 6909 6066 6933 0080 972')}
BIC ${bic('BCITITMM')}
Per conferma potete chiamare l'ufficio amministrazione al ${phone('030 241 8870', 'IT')}.

---
Acquisti here (plant Zwickau). This came from a supplier we've used for 8 years. Can you list the red flags to check before we change the vendor master?`),

  rec('chat_pt', f`Olá! Preciso de uma frase em inglês para o recibo de vencimento do colaborador da receção do Porto: "O vencimento de novembro será transferido para o IBAN ${iban('PT30 0035 7977 2197 2149 9976 0')} no dia 25." Obrigado!`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Dodavatel\tZemě\tIBAN\tSplatnost
Kovolis Hedvikov a.s.\tCZ\t${iban('CZ92 0800 1727 8036 6564 8297')}\t30
Strojárne Považie s.r.o.\tSK\t${iban('SK67 1100 4660 7572 4870 7938')}\t45
Livar Ljubljana d.o.o.\tSI\t${iban('SI80 5601 1094 5243 693')}\t30
Metalka Osijek d.d.\tHR\t${iban('HR8823400098810566748')}\t60
Kovačnica Niš d.o.o.\tRS\t${iban('RS35160965728894328863')}\t60`)}

Pomôž mi prosím zoradiť dodávateľov podľa splatnosti a pripraviť z toho platobný príkaz na piatok.`),

  rec('form_us', f`AP vendor setup — US subsidiary (Spartanburg plant)
Vendor: Carolina Tooling & Die Inc.
Bank: First Piedmont Bank
ABA / routing: ${v('financial.aba_routing', '053111519')}
Account #: ${ambCat('financial', '2209183374')}
Remit-to email: ${v('pii.email', 'ar@carolinatooling.com')}

Can you turn this into the standard vendor onboarding email asking them to confirm the account by callback?`),

  rec('email_en_us', f`Subject: wire instructions for the bridge round

Hi Priya,

As discussed, here are the wire details for your SAFE investment:
Beneficiary: Kitebrief, Inc.
Bank: Mercury / Choice Financial Group
Routing (ABA): ${v('financial.aba_routing', '091170198')}
Account: ${ambCat('financial', '202219834471')}
SWIFT for international wires: ${bic('CHFGUS44021')}

Please call me before sending — we've had phishing attempts.

Best, Tom

Can you make this email more formal? It's for an angel investor.`),

  rec('chat_ar', f`أحتاج إلى رسالة تأكيد للعميل بخصوص عربون حفل الزفاف في قاعة الفندق بدبي. يرجى تحويل مبلغ 25,000 درهم إلى الحساب:
IBAN: ${iban('AE78 0338 8501 9768 6362 903')}
وللحجوزات من الرياض يمكن التحويل إلى حسابنا في السعودية ${iban('SA2680901452601182727920')}.
اكتبها بالعربية والإنجليزية من فضلك.`),

  rec('chat_tr', f`Tedarikçi faturası için ödeme talimatı hazırlamam lazım, kontrol eder misin? Alıcı: Bursa Kalıp Sanayi A.Ş., IBAN ${iban('TR44 0006 2004 7617 0124 6657 89')}, tutar 412.600 TL, açıklama: 2024/118 nolu fatura.`),

  rec('chat_he', f`תנסח בבקשה מייל לספק בישראל שההעברה עוכבה. הפרטים שלהם: ${iban('IL17 0108 0066 5442 0628 360')}, סניף 800. הסכום 18,400 ש"ח.`),

  rec('chat_ja', f`フロントです。日本からのお客様がチェックアウト時にJCBカード ${card('3589 8055 8625 6013')} で支払いたいと言っていますが、端末がエラーになります。英語と日本語でお詫びの文を作ってください。`),

  rec('chat_zh', f`客人说在我们平台买的家具退款还没到账，他用的是银联卡 ${card('6258 0885 0450 4375')}。退款一般需要几个工作日？帮我写一段中英文回复。`),

  rec('chat_en_in', f`Customer says her Maestro debit card ${card('6759 7477 0470 2717')} got charged twice for the prepaid recharge of ₹599. Txn refs RCH88120471 and RCH88120472. Draft a reply in simple English saying the duplicate will be reversed in 5-7 working days.`),

  rec('email_nl', f`Hoi Sanne,

Kun je de uitbetaling aan deze twee verkopers handmatig klaarzetten? De automatische payout faalde omdat het IBAN in het profiel een spatie te veel had.

- Fietsenhuis Groningen: ${iban('NL15INGB1075649240')}
- Atelier Brugge BV: ${iban('BE45 5391 4115 5927')}

Groet, Ruben (seller support)`),

  rec('csv_da', f`Kan du tjekke, om udbetalingsfilen til de nordiske sælgere ser rigtig ud, før jeg uploader den i netbanken?

${amb('source_code.snippet', f`seller_id,name,iban,amount,currency
S-20411,Hygge Lamper ApS,${iban('DK7230007891499361')},12840.50,DKK
S-20587,Svensk Keramik AB,${iban('SE1150002546968667183076')},9310.00,SEK
S-20612,Fjellsport AS,${iban('NO5186011332200')},15022.75,NOK
S-20733,Sauna Design Oy,${iban('FI8612345611257047')},2280.00,EUR`)}`),

  rec('email_ro', f`Bună ziua,

Vă rugăm să efectuați plata facturii SRV-2024-3318 (onorariu consultanță fiscală, 7.850 lei) în contul ${iban('RO73 BTRL 2096 4021 5132 8246')}, deschis la Banca Transilvania.
Pentru clienții din Bulgaria: ${iban('BG03 BNBG 9661 9966 2139 68')}.

Cu stimă,
Cabinet Fiscal Popescu

Poți traduce în engleză? Clientul nou e din Irlanda.`),

  rec('chat_en_gb', f`Our Irish and UK sellers keep mixing up fields. Can you write a short help-centre article explaining IBAN vs sort code + account number? Use these as the examples: UK ${iban('GB89 NWBK 6016 1312 1845 90')} (sort code ${ambCat('financial', '60-16-13')}, account ${ambCat('financial', '12184590')}) and Irish ${iban('IE33 AIBK 9311 5226 6195 44')}.`, 'real-looking account details used as examples still carry the values: labelled'),

  rec('payroll_pl', f`Przygotuj proszę przelew zbiorczy dla premii świątecznych (dział jakości, zakład Gliwice):
1. Anna Wiśniewska – 1 200 zł – ${iban('PL40 1090 1014 7673 4894 5423 7258')}
2. Paweł Zieliński – 1 200 zł – ${iban('PL23102024980000620281947365')}
Tytuł: Premia świąteczna 2024.`),

  rec('chat_el', f`Μπορείς να μου γράψεις email στον πελάτη ότι η επιστροφή της προκαταβολής για το συνέδριο έγινε στο ${iban('GR78 0110 1255 7019 2891 9408 374')}; Και ένα δεύτερο για τον Ούγγρο συνεργάτη, πληρωμή στο ${iban('HU18 1177 3013 8249 5450 5523 9952')}.`),

  rec('chat', f`Our founder's corporate card got skimmed at a conference in Vegas. Card was Mastercard ${card('2221 6410 3706 8590')}. We also have a backup Diners for travel ${card('3847 099195 0495')}. What do we need to do with the expense tool vendor (Ramp) after freezing both?`),
];

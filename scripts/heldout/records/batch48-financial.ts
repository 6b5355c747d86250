/** Held-out batch 48: IBANs, cards and routing numbers in milk-payment runs, charter deposits, cash transfers, school trips and invoices. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH48_FINANCIAL: DraftRecord[] = [
  rec('csv_de', f`Bitte prüf die Milchgeld-Auszahlung November auf Auffälligkeiten (Menge × Preis passt nicht überall), bevor ich die SEPA-Datei erstelle:

${amb('source_code.snippet', f`LiefNr;Name;Liter;Fett%;Eiweiß%;Preis_ct;Betrag_EUR;IBAN
10417;Hofgemeinschaft Brenner GbR;48210;4,12;3,48;51,3;24731,73;${iban('DE61 2419 5480 6150 6746 87')}
10422;Alois Kemptner;21904;4,05;3,41;50,8;11127,23;${iban('DE02995893297129625591')}
10430;Milchhof Wiesgrund KG;63377;4,21;3,52;51,9;32892,66;${iban('DE58 9329 1955 8713 2783 69')}`)}`),

  rec('email_nl', f`Onderwerp: wijziging rekeningnummer melkgeld

Beste administratie,

Per 1 december willen wij het melkgeld graag ontvangen op onze nieuwe zakelijke rekening: ${iban('NL67 RABO 3117 3913 48')} t.n.v. Maatschap De Vries-Hoekstra. De oude rekening ${iban('NL29INGB8555152633')} wordt opgeheven.

Leveranciersnummer 20381.

Met vriendelijke groet,
Jelle de Vries

Kun je hier een korte bevestiging op schrijven en vermelden dat we wijzigingen altijd telefonisch verifiëren?`),

  rec('email_pl', f`Dzień dobry,

przesyłamy fakturę FV/LAB/2024/1187 za odczynniki do analizatora (Bentley, zestaw kalibracyjny x4). Kwota 18 940,00 zł brutto, termin płatności 21 dni.
Rachunek: ${iban('PL71 0133 8212 4202 9757 2384 4636')}
Tytułem: FV/LAB/2024/1187

Z poważaniem,
LabChem Serwis Sp. z o.o.

(pls sprawdź czy ten rachunek jest na białej liście VAT zanim zapłacimy — jak to zrobić przez API?)`),

  rec('chat_hu', f`Kérlek, írj egy fizetési felszólítást a tejszállító teherautók szervizének: a 2024/0932-es számlát (1 284 500 Ft) még nem kaptuk meg jóváírva. A mi számlánk: ${iban('HU62 3639 5305 7511 4002 9587 4083')}, a közlemény: SZ-2024-0932.`),

  rec('chat_ro', f`Fermierul Ion Moldovan ne-a trimis un nou cont pentru plata laptelui: ${iban('RO06BTRL1402316510317225')} (Banca Transilvania). Vrea și subvenția APIA pe același cont. Poți să-mi scrii un mesaj prin care îi cer o copie după extras, ca să verificăm titularul?`),

  rec('chat', f`Client (repeat, Geneva) wants to pay the 30% deposit for the LSGG–FAOR Global 6000 trip by card over the phone. Card he read out: Amex ${card('3775 340617 60412')}, exp 07/27, CID in a separate message. Can you draft the confirmation email that doesn't repeat the number?`),

  rec('email', f`Subject: Wire instructions – charter agreement AJB-24-0611 (Nice–Mykonos, 14 Dec)

Dear Mr Castellane,

please find below our client account details for the balance payment of EUR 38,750.00:

Beneficiary: Azur Jet Broker SAM
IBAN: ${iban('MC17 4038 8739 0982 8302 3093 084')}
BIC: ${bic('CMCIMCM1XXX')}
Reference: AJB-24-0611

Please note we will never change these details by e-mail. Call your broker on ${phone('+377 6 78 42 19 53')} to verify.

Kind regards,
Accounts – Azur Jet Broker`),

  rec('chat_fr', f`Le client suisse veut un remboursement partiel (vol annulé pour météo). Il nous a donné son compte : ${iban('CH82 5964 4311 4962 2669 5')}, UBS Genève. Tu peux me rédiger un courrier qui explique le calcul (70 % du prix, frais de positionnement non remboursables) ?`),

  rec('chat_zh', f`客户王先生想用银联卡支付包机定金，卡号 ${card('6271 4662 9360 5749')}，有效期 03/28。我们的支付网关只收 Visa 和万事达，请帮我写一封中英文邮件，请他改用电汇。`),

  rec('chat_ar', f`لو سمحت اكتبلي رسالة للمشغّل في دبي إنه التحويل لحساب الطائرة تم اليوم. الحساب اللي حوّلنا عليه: ${iban('AE45 1004 8359 1835 1083 777')}، المبلغ 142,000 درهم، المرجع DXB-JET-7712. بدي الرسالة بالعربي والإنجليزي.`),

  rec('csv_uk', f`Це список отримувачів грошової допомоги (раунд 4, Харківська обл.). Перевір, будь ласка, чи немає дублікатів рахунків перед відправкою до банку:

${amb('source_code.snippet', f`id;ПІБ;громада;сума_грн;IBAN
KH-04-0117;Коваленко Олена Петрівна;Балаклія;10800;${iban('UA06 9566 0099 1199 8803 4119 7394 5')}
KH-04-0118;Ткаченко Іван Миколайович;Балаклія;10800;${iban('UA36 5479 6140 4808 3448 3496 6333 8')}
KH-04-0119;Мельник Ганна Василівна;Ізюм;7200;${iban('UA802907210615899288715038207')}`)}`),

  rec('email_ar', f`الموضوع: تحويل دفعة المانحين – برنامج الدعم النقدي، إربد

مرحبا فريق المالية،
وصلتنا دفعة الربع الأول على حساب البرنامج ${iban('JO75 ARAB 9799 1987 3160 7632 9368 47')} بقيمة 215,000 دينار. الرجاء تأكيد الاستلام للمانح وتحديث جدول التدفقات النقدية.

شكرا،
رنا`),

  rec('chat_ur', f`Vendor for food vouchers in Muzaffargarh sent his bank details, kya yeh format sahi hai? Title: Al-Madina Traders, IBAN ${iban('PK66 HABB 7080 7069 0530 8864')}, Habib Bank. Payment 1,850,000 PKR for 740 vouchers. Please draft the payment request memo in English.`),

  rec('email_pt', f`Assunto: pagamento fornecedor – distribuição de kits, Pemba

Olá Ana,
o fornecedor Armazéns Ibo Lda enviou os dados para transferência: Millennium bim, NIB ${ambCat('financial', '0001 0000 0482 7391 0571 2')}. Valor: 1.240.000 MT.
Os 18 beneficiários sem conta recebem via M-Pesa; o ponto focal do distrito é o Sr. Abílio (${phone('+258 84 372 9150')}).

Podes preparar a ordem de pagamento?`, 'Mozambican NIB: a bank account number with no engine rule, ambiguous financial'),

  rec('email', f`Subject: Year 9 Rome trip – balance payment

Dear Ms Okafor,

I tried paying the remaining £420 on ParentPay but it keeps failing, so here are the card details instead: ${card('4940 9864 2544 8433')}, expiry 11/26, name on card D. Adeyemi. Please take the payment for Tobi (9R).

Thanks,
Damilola Adeyemi

[Office: please write a reply explaining we cannot take card details by email.]`),

  rec('circolare_it', f`Circolare n. 74 – Viaggio d'istruzione a Vienna (classi quarte)

Si comunica che la quota di € 385,00 va versata entro il 20/12 sul conto del Liceo: ${iban('IT66 Q425 6547 1564 6468 4578 007')}, causale "Viaggio Vienna – cognome e classe dello studente".

Riscrivila in modo più chiaro per le famiglie straniere, in italiano semplice.`),

  rec('invoice_de', f`Kannst du aus dieser Rechnung die Daten für die Überweisung ziehen und als Tabelle ausgeben?

Rechnung Nr. 2024-1183 – Vervielfältigung Ausschreibungsunterlagen (LV, Pläne A0, 12 Sätze)
Betrag: 3.416,50 € brutto
Empfänger: Plotservice Rhein-Main GmbH
IBAN ${iban('DE58932919558713278369')}
BIC ${bic('HELADEF1RRS')}
Zahlbar bis 06.12.2024`),

  rec('chat_es', f`Para la licitación del colegio en Arequipa piden depositar la garantía de seriedad de oferta. Los datos que nos pasaron: Banco de Crédito, cuenta corriente en soles ${ambCat('financial', '215-2093847-0-62')}, CCI ${ambCat('financial', '002 215 002093847062 81')}. ¿Me ayudas a redactar la carta de presentación de la garantía?`, 'Peruvian account/CCI: no engine rule, ambiguous financial'),

  rec('ticket', f`BILLING-882 – Incident-response retainer renewal, Nordmarin AS
Customer's AP clerk phoned in the card to pay invoice VC-2024-3381 (NOK 184,000): Mastercard ${card('5334 9567 1115 4715')}, exp 09/26.
Note: please charge it via the portal and then remove it from this ticket.

Write the receipt email for them in English.`),

  rec('form', f`ACH enrollment – Vigilcore Inc. (US entity) vendor setup for customer "Brightline Ortho Group"
Bank: First Hawthorne Bank, N.A.
Routing number (ABA): ${v('financial.aba_routing', '071192031')}
Account number: ${ambCat('financial', '4830019275')}
Account type: Checking

Can you check the form is complete before I send it back?`),

  rec('email', f`Hi Priya,

Sigma-Aldrich UK changed their bank. Before we pay PO 77120 (milk-lab reagents, £6,214.80) please verify the new details by phone:
Sort code 20-41-06 / IBAN ${iban('GB92 BARC 9793 6487 6080 31')}
Old: ${iban('GB10NWBK26331866016139')}

Thanks, Martin`),

  rec('log', f`Why does the charter portal log the whole card number here?

${amb('source_code.snippet', f`2024-11-19 22:04:51,118 INFO  payments.deposit quote=Q-24-0877 amount=12500.00 EUR card=**** **** **** 4412 status=authorised
2024-11-19 22:06:03,402 WARN  payments.deposit quote=Q-24-0879 amount=9800.00 EUR card=${card('4180210373934073')} status=declined reason=insufficient_funds
2024-11-19 22:06:03,403 DEBUG payments.retry quote=Q-24-0879 attempt=2 card=${card('4180210373934073')}`)}`),

  rec('chat_id', f`Tolong buatkan surat ke bank mitra: dana bantuan tunai tahap 2 sebesar Rp 1.560.000.000 sudah kami transfer dari rekening program di BRI ke rekening Pos Indonesia untuk penyaluran di Cianjur, tapi belum masuk. Kode SWIFT BRI ${bic('BRINIDJA')}. Nomor rekening kami ${ambCat('financial', '0331 01 000482 30 9')}.`),
];

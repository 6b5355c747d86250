/**
 * Held-out batch 18: card numbers, IBANs, BICs and routing numbers pasted by claims handlers,
 * payments-ops staff, student services, utility billing, law-firm billing and agency media buyers.
 * Hand-written, not measured yet.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH18_FINANCIAL: DraftRecord[] = [
  rec('call_note', f`Call note 14:52 — Mrs Pritchard rang re: excess on claim HH-CL-558213 (escape of water). Wanted to pay the £250 excess by card over the phone: ${card('4556 4718 7145 1400')} exp 09/27. Took payment, auth code 071934. Sent confirmation letter.

Can you tidy this up into a proper file note for the claim?`),

  rec('email_de_ch', f`Grüezi Herr Baumann

Die SEPA-Gutschrift vom 11.02. über EUR 18'420.00 wurde von der Empfängerbank mit Code AC04 (Konto geschlossen) retourniert. Gemäss Ihren Stammdaten lautet die Verbindung:
IBAN ${iban('CH09 0076 2654 6002 3823 0')}
BIC ${bic('BCGECHGGXXX')}

Bitte bestätigen Sie uns die neue Kontoverbindung schriftlich, bevor wir erneut auslösen.

Freundliche Grüsse
Zahlungsverkehr Operations

--> bitte auf Englisch übersetzen, der Kunde sitzt in Singapur`),

  rec('chat_zh_cn', f`帮我写一封邮件给财务处：我是国际学生，上周用银联卡 ${card('6217 0684 1339 5412 313')} 交了春季学费 4,850 英镑，但是学生系统里还显示"未缴费"。附上银行扣款截图。语气礼貌一点，用英文写。`),

  rec('call_note_es_mx', f`Nota de llamada — cliente del contrato de luz 004-778213-5 quiere pagar su recibo vencido ($2,318.40 MXN) con tarjeta. Me dictó la Mastercard ${card('5461-7366-7804-4199')} vence 11/26. El sistema de cobro rechazó dos veces con "transacción no permitida". ¿Qué le digo al cliente y cómo lo escalo?`),

  rec('invoice_footer', f`Ereloonstaat / Note d'honoraires n° 2025-0217
Dossier: Verhaegen c/ Immo Scheldt NV — vakantieperiode

Totaal te betalen / Total à payer: € 6.842,50 (btw/TVA incl.)

Gelieve te storten op de derdenrekening van het kantoor / Veuillez verser sur le compte de tiers du cabinet:
${iban('BE12 0687 6038 4354')} — BIC ${bic('GKCCBEBB')}
Mededeling / Communication: +++090/2025/02174+++

Make this bilingual footer fit on two lines if possible`),

  rec('chat_es_cl', f`oye la campaña de Meta del cliente de vinos se pausó porque rebotó el cobro. la tarjeta cargada en el business manager es la Amex corporativa ${card('3740 948354 96945')} , la de la agencia. finanzas dice que tiene cupo. qué puede ser? hay límite diario en Meta?`),

  rec('wire_instructions', f`Treasury — USD correspondent details for the new FX counterparty, please check the format before I load them in the payment system:

Beneficiary bank: Lakeshore Commerce Bank, Chicago IL
ABA / Fedwire: ${v('financial.aba_routing', '071000013')}
SWIFT: ${bic('LKCBUS44')}
Beneficiary account: ${ambCat('financial', '4471903826')}
Beneficiary: Nordhafen Energy Trading LLC
Intermediary: not required

Is it normal that they give both ABA and SWIFT?`),

  rec('csv', f`Refund run for cancelled travel policies, the bank rejected the file — can you see which rows are wrong?

${amb('source_code.snippet', f`policy_no;name;amount_eur;iban;bic
TRV-2291-0473;Mertens Koen;184.00;${iban('NL85INGB6488247786')};${bic('INGBNL2A')}
TRV-2291-0518;Lindholm Aino;92.50;${iban('FI8412345691609361')};${bic('NDEAFIHH')}
TRV-2291-0602;Papadaki Eleni;240.00;${iban('GR0201101254621752863733817')};${bic('ETHNGRAA')}
TRV-2291-0655;Ó Briain Cathal;61.20;${iban('IE18AIBK93115232687067')};${bic('AIBKIE2D')}`)}`),

  rec('email_it', f`Buongiorno Avv. Ricci,

come da accordi, Le trasmetto le coordinate per il saldo della parcella relativa al procedimento n. 4418/2024 R.G. Tribunale di Milano:

Intestatario: Studio Legale Ferraro & Associati
IBAN: ${iban('IT57 X030 6909 6060 4243 3993 553')}
Causale: saldo parcella 27/2025

Cordiali saluti,
Segreteria amministrativa

-- puoi riscriverla più formale e aggiungere la scadenza a 30 giorni?`),

  rec('email_cs', f`Dobrý den,

od 1. 3. 2025 měníme bankovní spojení pro platby za dodávky náhradních dílů pro rozvodny. Nové číslo účtu: ${ambCat('financial', '180972-7142318693/0800')}, tj. IBAN ${iban('CZ97 0800 1809 7271 4231 8693')}.
Prosím upravte si to v systému, faktury s datem vystavení od 1. 3. budou mít již nový účet.

S pozdravem
Elektro-Díly Morava s.r.o.

Can you check whether the account number and the IBAN actually match?`),

  rec('chat_ro', f`Trebuie să plătim despăgubirea pentru dosarul de daună CASCO 2025-RB-01873, 14.650 lei. Asiguratul a trimis contul pe WhatsApp: ${iban('RO59 BTRL 5842 9684 8787 8406')} (Banca Transilvania). E ok să plătim pe baza unui mesaj WhatsApp sau cerem extras de cont?`),

  rec('chat_hu', f`szia, az ösztöndíjat melyik számlára utaljam? a hallgató ezt küldte: ${iban('HU43117081095900286700007973')} — ez nem túl hosszú?`),

  rec('email_el', f`Καλησπέρα σας,

σας στέλνω τα στοιχεία για την πληρωμή της υποτροφίας Erasmus:
Δικαιούχος: Ελένη Παπαδάκη
IBAN: ${iban('GR02 0110 1254 6217 5286 3733 817')}
Τράπεζα: Εθνική Τράπεζα της Ελλάδος

Ευχαριστώ πολύ!

--> make a short English reply confirming we received it`),

  rec('invoice_pt', f`Fatura FT 2025/112 — Sessão fotográfica campanha "Verão no Algarve"
Valor: 1.230,00 € (IVA incluído)
Pagamento por transferência para ${iban('PT13 0035 0651 6790 4708 7180 4')}
Titular: Rui Almeida Fotografia Unip. Lda

pode verificar se o valor do IVA a 23% está bem calculado?`),

  rec('claim_form', f`Travel claim TRV-SG-0093817 — medical expenses abroad
Claimant: Tan Wei Ling
Hospital: St. Luke's International, Tokyo — ¥186,400 paid on arrival
Paid with: JCB ${card('3541 1826 3653 3891')}
Receipts attached: 3

Pls draft an email to the claimant asking for the itemised bill in English, the one she sent is only in Japanese`),

  rec('expense_de', f`Spesenabrechnung Feb 2025 — Dr. M. Aebischer (Partner)
04.02. Mittagessen Mandant Zürcher Kantonalbank, CHF 312.50, bezahlt mit Diners ${card('3056 171976 0717')}
12.02. Zug Bern–Genf 1. Kl., CHF 98.00, Firmen-Visa ${card('4302 4271 0241 5371')}
19.02. Taxi Genf, CHF 46.00, bar

Kannst du daraus eine Tabelle machen, getrennt nach Karte?`),

  rec('log', f`Gateway errors from last night's direct-debit-to-card fallback run, why so many "invalid_card"?

${amb('source_code.snippet', f`2025-02-16T01:12:07Z ERROR pay-fallback contract=ELT-88120 pan=${card('6011724974160524')} result=invalid_card
2025-02-16T01:12:09Z ERROR pay-fallback contract=ELT-88127 pan=${card('4467091650365038370')} result=invalid_card
2025-02-16T01:12:11Z INFO  pay-fallback contract=ELT-88131 pan=${card('4638602400841')} result=approved
2025-02-16T01:12:14Z ERROR pay-fallback contract=ELT-88140 pan=${card('6544 8394 0107 2377')} result=invalid_card`)}

we only accept Visa/MC in the EU, so maybe that's it?`),

  rec('chat_nl', f`Klant belt boos: er staan twee afschrijvingen van zijn Maestro ${card('6759 5653 9783 7776')} voor dezelfde premie (€ 47,80). Daarnaast zegt hij dat zijn vrouw met haar Mastercard ${card('2720 2370 2064 8187')} ook al betaald heeft. Hoe leg ik uit dat we één terugstorten?`),

  rec('email_en_ie', f`Hi Niamh,

For the March payroll run please note two changes:
- Dr Seán Kavanagh (Physics) — new account ${iban('IE18 AIBK 9311 5232 6870 67')}
- Prof Hannah Webb (visiting, paid via UK account) — ${iban('GB27 NWBK 6016 1366 1383 67')}, sort code ${ambCat('financial', '60-16-13')}

Thanks,
Aoife — HR Operations

Can you reformat this as a table for the payroll ticket?`),

  rec('form_us', f`Student refund — direct deposit enrolment form (copied from the PDF)

Student ID: 20419837
Bank name: Pioneer Valley Credit Union
Routing number: ${v('financial.aba_routing', '011000345')}
Account number: ${ambCat('financial', '80013947725')}
Account type: Checking

Is this enough to set up an ACH refund or do we also need a voided cheque?`),

  rec('chat_he', f`הלקוח ביקש לקבל את החזר הפרמיה לחשבון החדש שלו: ${iban('IL62 0108 0011 0223 1789 605')}. איך אני מנסח לו מייל שאנחנו צריכים אישור ניהול חשבון לפני ההעברה?`),

  rec('chat_en_au', f`Client paid the retainer twice — once by Visa ${card('4164-5855-4778-5893')} and once by bank transfer from ${iban('DE22 5001 0517 8224 2285 10')} (they're based in Frankfurt). Which one should we refund, and how do I word the trust account note?`),

  rec('chat_fr', f`Pour le remboursement du trop-perçu de la facture d'électricité, le client m'a donné ce RIB : ${iban('FR72 3000 4008 2337 7912 8721 467')}, et en secours sa carte ${card('5157 7015 7120 5080')}. On peut rembourser sur la carte ou uniquement par virement ?`),
];

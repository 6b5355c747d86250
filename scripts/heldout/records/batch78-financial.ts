/**
 * Held-out batch 78: card numbers, IBANs and routing numbers in onboard folios, port-agent invoices,
 * letters of credit, dues mandates, ad-network payouts and contractor invoices. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const g4 = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();
const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH78_FINANCIAL: DraftRecord[] = [
  rec('email', f`Dear Guest Services,

I disembarked from the Aurelia Star in Southampton on 14 October and my final folio shows two spa charges I never made (£145 and £89, both on 11 Oct). The card on file was my Visa ${card('4916 2738 0519 4626')}. Please reverse these charges before the statement closes.

Kind regards,
Margaret Ashworth, cabin 8142

-- could you make this sound firmer? They ignored my first message.`),

  rec('folio_csv', f`Night auditor here. Can you find the folios where the card authorisation is higher than the balance by more than 20%?

${amb('source_code.snippet', f`folio_no;cabin;guest;balance_usd;auth_usd;card
F-AUST-204417;6021;HOLLOWAY/J;812.40;1500.00;**** **** **** 4409
F-AUST-204418;6023;NAKAMURA/K;233.10;500.00;${card('3569 0182 4736 2907')}
F-AUST-204423;7110;OKAFOR/C;1940.75;2000.00;**** 1187
F-AUST-204431;8142;ASHWORTH/M;2610.00;2500.00;${card('5312884019673051')}`)}

(the JCB and the Mastercard came through the backup terminal, which doesn't mask)`),

  rec('email_uk', f`Доброго дня, пане Олександре!

Щомісячний переказ (allotment) вашої зарплати з 1 листопада йтиме на новий рахунок, який ви вказали:
IBAN: ${iban(g4('UA896982822166619671567671409'))}
Одержувач: Коваленко Олександр Петрович
Сума: 1 150 USD (конвертація за курсом банку)

Відділ кадрів екіпажу, Aurelia Seaways

— Будь ласка, перекладіть цей лист англійською для архіву.`),

  rec('invoice_el', f`ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Νο 2024/0912
Πράκτορας: Aegean Port Services Ε.Π.Ε., Πειραιάς
Πλοίο: Aurelia Tide — προσέγγιση 21/09/2024
Τέλη πλοήγησης, ρυμούλκησης, παραβολής: 18.420,00 €

Πληρωμή σε:
IBAN ${iban(g4('GR3397205032771628511104041'))}
BIC ${bic('ETHNGRAA')}

Μπορείς να μου φτιάξεις μια σύντομη περίληψη στα αγγλικά για το λογιστήριο;`),

  rec('chat_es_co', f`Hola, el agente portuario de Cartagena nos manda estos datos para el pago de la escala del 3 de noviembre. ¿Me ayudas a armar el correo de confirmación?

Beneficiario: Agencia Marítima del Caribe S.A.S.
Banco: Bancolombia — cuenta corriente ${ambCat('financial', '031-482719-56')}
SWIFT: ${bic('COLOCOBM')}
Valor: USD 7.830,00`),

  rec('chat_es', f`Hola, soy paciente de hemodiálisis en el centro de Valencia. Me han cobrado dos veces el copago del transporte de octubre (2 × 34,50 €) en mi tarjeta ${card('4539 6120 8874 2154')}. ¿Me redactas una reclamación corta para la administración del centro?`),

  rec('email_de', f`Sehr geehrte Damen und Herren,

anbei die Rechnung RE-2024-3381 über 46.212,00 € für 1.200 Dialysatoren (High-Flux, 1,8 m²). Bitte überweisen Sie den Betrag bis 30.11.2024 auf folgendes Konto:

Empfänger: MedFilter Vertriebs GmbH
IBAN: ${iban(g4('DE13194548769777149668'))}
Verwendungszweck: RE-2024-3381 / Ravela Renal Süd

Mit freundlichen Grüßen
Buchhaltung

Kannst du daraus eine Zahlungsfreigabe-Notiz für unseren Controller machen?`),

  rec('lc_draft', f`Please check this MT700 draft for the Mersin wheat shipment before we send it to the issuing bank — especially field 47A.

${amb('source_code.snippet', f`:27: 1/1
:40A: IRREVOCABLE
:20: KCLC-24-0917
:31C: 241015
:31D: 250115 ROTTERDAM
:50: KESTREL AGRI AND METALS BV, WEENA 290, ROTTERDAM
:59: /${iban('TR784628178532474475007253')}
     ANADOLU UN SANAYI A.S., MERSIN
:32B: USD2460000,
:41D: ${bic('TGBATRISXXX')} BY NEGOTIATION
:44E: NOVOROSSIYSK OR CONSTANTA
:44F: MERSIN, TURKIYE
:45A: 10000 MT MILLING WHEAT 12.5 PCT PROTEIN CFR MERSIN
:47A: +FULL SET CLEAN ON BOARD BILLS OF LADING
      +PHYTOSANITARY CERTIFICATE`)}`),

  rec('chat_fr_ch', f`Bonjour, appel de marge reçu ce matin sur les positions cuivre LME. Le courtier de Genève demande 1,2 M USD avant 14h. Leur compte : ${iban('CH66 9828 6572 3777 1703 5')}, BIC ${bic('UBSWCHZH80A')}. Tu peux me préparer le message de confirmation pour le back-office, en anglais ?`),

  rec('ach_form', f`Set up a new payee in the treasury system — grain elevator in Kansas we buy hard red winter from:

Payee: Prairie Line Co-op Elevator
Bank: Flint Hills State Bank
ABA: ${v('financial.aba_routing', '116926324')}
Account: ${ambCat('financial', '50281937641')}
Type: checking, ACH CCD
Remit advice: ${v('pii.email', 'ar@prairieline-coop.com')}

Does anything look off for a CCD payment?`),

  rec('chat_nl', f`Hoi! Onze uitbetaling van het advertentienetwerk (oktober, € 38.904,17) staat nog op "pending". In hun dashboard staat als uitbetaalrekening ${iban('NL93 XSDL 9319 1832 50')} — dat is onze oude rekening. Kun je een mailtje in het Engels schrijven om het te laten aanpassen?`),

  rec('chat_ko', f`게임 내 결제 테스트하다가 제 개인 카드로 실제 결제가 됐어요. 카드번호 ${card('5594-3017-6628-0419')}, 11월 2일에 ₩59,000 두 번 결제됐습니다. 환불 요청 메일을 영어로 써 줄 수 있을까요?`),

  rec('chargeback_ja', f`チャージバックの一覧です。不正の可能性が高いものを教えてください。

${amb('source_code.snippet', f`dispute_id\tdate\tamount_jpy\tcard\treason
dp_8812\t2024-10-03\t12,000\t${card('3515938201914978')}\tfraudulent
dp_8819\t2024-10-05\t980\t**** **** **** 2207\tproduct_not_received
dp_8827\t2024-10-09\t48,000\t${card('4024 0071 8853 9265')}\tfraudulent
dp_8830\t2024-10-11\t3,600\t**** **** **** 5512\tduplicate`)}`),

  rec('mandate_no', f`Hei, kan du sjekke at denne avtalegiroen for fagforeningskontingenten er fylt ut riktig?

Medlem: Sigrid Haugland, medlemsnr. 220871
Kontonummer for trekk: ${iban('NO14 3763 6919 736')}
Beløp: 1,4 % av brutto, maks 540 kr/mnd
Trekkdato: 20. hver måned`),

  rec('email_pl', f`Dzień dobry,

Zarząd związku zatwierdził wypłatę z funduszu strajkowego dla 214 członków (po 1 800 zł). Proszę o przelew zbiorczy z rachunku funduszu:
${iban('PL48 9421 7509 8837 0506 8339 4736')}
Tytuł: Fundusz strajkowy – październik 2024

Pozdrawiam,
Skarbnik

Czy możesz to przerobić na oficjalną uchwałę?`),

  rec('chat_sw', f`Habari, mimi ni mwanachama wa chama cha wafanyakazi wa bandari Mombasa. Nataka kulipa ada ya uanachama ya mwaka mzima kwa kadi yangu ya Visa ${card('4715 9920 3364 1081')} lakini fomu ya mtandaoni inakataa. Nisaidie kuandika barua pepe kwa ofisi ya uanachama.`),

  rec('invoice_is', f`Reikningur nr. 2024-118
Verktaki: Borholt ehf. — viðgerð á holutoppi HV-09
Upphæð: 4.860.000 kr. (m. vsk)
Greiðist inn á: ${iban('IS15 8396 0460 0100 0023 0773 04')}
Gjalddagi: 15.11.2024

Geturðu þýtt þetta yfir á ensku fyrir fjármálastjórann?`),

  rec('chat', f`The Kenyan drilling-mud supplier wants payment by SWIFT, no IBAN in Kenya apparently. They sent: Equity Bank Kenya, account ${ambCat('financial', '0270291847365')}, SWIFT ${bic('EQBLKENA')}, branch Nakuru. Also the site manager paid their hotel with the company card ${card('3782 194075 33181')} — can you put both into one payment request memo?`),

  rec('payroll_hu', f`Kérlek, ellenőrizd a novemberi bérutalás tételeit, valamelyik IBAN hibás lehet:

${amb('source_code.snippet', f`nev;munkakor;iban;netto_ft
Kovács Éva;dializáló ápoló;${iban('HU79862548546810828024949405')};612400
Szabó Gergely;szállítás;HU79 8625 4854 6810 8280 2494 9406;398150
Tóth Anna;asszisztens;${iban('HU66168100654573386108658207')};455900`)}`),

  rec('chat_et', f`Tere! Meie mänguanalüütika kõvatöövõtja saatis arve (2 850 €, september). Tema konto: ${iban('EE05 9800 5911 6610 7202')}. Kas saaksid kirjutada lühikese makse kinnituse inglise keeles?`),

  rec('chat_vi', f`Em cần nạp tiền quảng cáo Facebook cho chiến dịch ra mắt game mới nhưng thẻ công ty bị từ chối. Thẻ dự phòng của em là ${card('5168 4407 2931 5767')}, hạn 09/27. Có an toàn không nếu em lưu thẻ này trong Business Manager?`),

  rec('email_ar', f`مرحبا فريق الحسابات،

وكيلنا في ميناء العقبة أرسل فاتورة رسوم الرسو للسفينة Aurelia Tide بقيمة 9,140 دينار أردني. بيانات التحويل:
IBAN: ${iban('JO76 NMSR 1065 7041 5580 5015 2511 62')}
SWIFT: ${bic('ARABJOAX100')}

يرجى التحويل قبل نهاية الأسبوع. ممكن تترجم هذا للإنجليزية؟`),

  rec('chat_tr', f`Kuşadası acentesi Eylül ayı liman hizmetleri için ödeme bekliyor. Hesap: ${iban('TR22 8175 8163 7310 2604 5217 79')}, alıcı Ege Denizcilik Acenteliği Ltd. Tutar 212.600 TL. Muhasebeye kısa bir not yazar mısın? Acil irtibat: ${phone('0532 482 71 93', 'TR')}`),
];

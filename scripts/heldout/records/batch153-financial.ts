/**
 * Held-out batch 153: card numbers, IBANs and routing numbers from pawn-loan renewals, loyalty-mile
 * refunds, genetic-test invoices, quarry customer invoices, guard payroll and makerspace fees, in
 * many languages. Hand-written; check digits computed with scripts/corpus/checksums.ts.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const VISA_US = luhnWithCheck('453928104716385');
const JCB = luhnWithCheck('354012847392018');
const MC_AU = luhnWithCheck('522817394028461');
const VISA_KR = luhnWithCheck('404827193650182');
const MC2_BR = luhnWithCheck('222384710293847');
const UNIONPAY = luhnWithCheck('621483920174638');
const MIR = luhnWithCheck('220248173920481');
const RUPAY = luhnWithCheck('652201739284716');
const AMEX = luhnWithCheck('37284910573620');
const DINERS = luhnWithCheck('3649182730471');

const IBAN_DE = ibanWithCheck('DE', '500105170648291735');
const IBAN_FR = ibanWithCheck('FR', '30004018230001048291764');
const IBAN_AE = ibanWithCheck('AE', '0260001048293716452');
const IBAN_NL = ibanWithCheck('NL', 'RABO0318472956');
const IBAN_PL = ibanWithCheck('PL', '114020040000370284719362');
const IBAN_IT = ibanWithCheck('IT', 'X0306911505000010482937');
const IBAN_GR = ibanWithCheck('GR', '01101250000001294837162');
const IBAN_TR1 = ibanWithCheck('TR', '0006200000629384710265');
const IBAN_TR2 = ibanWithCheck('TR', '0001000000748291036514');
const IBAN_TR3 = ibanWithCheck('TR', '0004600000382910475628');
const IBAN_ES = ibanWithCheck('ES', '20859371483300172946');
const IBAN_PT = ibanWithCheck('PT', '003506510000482937115');
const IBAN_RO = ibanWithCheck('RO', 'BTRLRONCRT0394827161');
const IBAN_FI = ibanWithCheck('FI', '40060010482937');
const IBAN_GE = ibanWithCheck('GE', 'TB7194826310495827');
const IBAN_LT = ibanWithCheck('LT', '7300010104829371');
const IBAN_LV = ibanWithCheck('LV', 'HABA0551048293716');
const IBAN_CH = ibanWithCheck('CH', '00230A09482716350');
const IBAN_SA = ibanWithCheck('SA', '80000000608010482937');
const ABA = abaWithCheck('07200034');

export const BATCH153_FINANCIAL: DraftRecord[] = [
  rec('call_notes_en_us', f`Call notes – Goldkey Pawn #14, Dayton OH
Customer: Raymond Tuttle, loan ticket 14-883021 (DeWalt saw + 10k chain)
Wants to pay the 30-day extension fee ($47.50) by phone.
Card: Visa ${card(spacedFours(VISA_US))}  exp 09/28  CVV given verbally (not written)
Callback ${phone('(937) 418-2260', 'US')}

Can you turn this into a proper note for the loan file? Leave the card number out of the summary.`),

  rec('email_ja', f`件名：マイル購入の二重請求について

コーヴィッド航空 カスタマーサービス御中

先日、特典航空券のためにマイルを購入しましたが、JCBカード（番号 ${card(groupedAs(JCB, [4, 4, 4, 4], '-'))}）に同じ金額 ¥33,000 が2回請求されています。会員番号は CV 8821 4407 です。1件分の返金をお願いいたします。

この文章をもう少し丁寧にしてください。`),

  rec('chat_en_au', f`Client from the Royal Easter Show wants to pay the event guarding invoice (INV-2025-0418, $18,940 inc GST) over the phone today. Mastercard ${card(MC_AU)}, exp 03/27, name on card Lachlan Pierce. Can you write me a payment receipt email template? No need to include the full number in it.`),

  rec('chat_ko', f`메이커스페이스 3D 프린팅 재료비 환불 요청 문자 좀 다듬어 주세요. "안녕하세요, 3월 14일에 PLA 필라멘트 비용 18,000원을 카드 ${card(spacedFours(VISA_KR))} 로 결제했는데 출력이 실패해서 환불 부탁드립니다."`),

  rec('chat_pt_br', f`Oi, cliente quer renovar o contrato de penhor (nº 2025/08813, corrente de ouro 18k) e pagar os juros no cartão. Mastercard ${card(spacedFours(MC2_BR))}, validade 11/29, titular Marcos V. Ribeiro. O sistema recusa dizendo "BIN não suportado". Cartão que começa com 2 é Mastercard mesmo?`),

  rec('chat_zh', f`乘客申请退还购买的里程，原支付银联卡号 ${card(spacedFours(UNIONPAY))}，金额 ¥2,480。系统说原卡已注销，退款失败。请帮我写一封给乘客的说明邮件，中文和英文各一份。`),

  rec('chat_ru', f`Добрый день! Корпоративной картой «Мир» ${card(spacedFours(MIR))} оплатили дизельное топливо для самосвалов карьера, но бухгалтерия говорит, что чек не пришёл. Составьте, пожалуйста, письмо на АЗС с просьбой прислать закрывающие документы.`),

  rec('chat_hi_en', f`Patient ke father ne genetic panel test (₹18,500) ka payment RuPay card ${card(spacedFours(RUPAY))} se kiya tha, lekin hospital ke system mein "pending" dikh raha hai. Unko Hindi aur English dono mein reassurance message likh do please.`),

  rec('chat_en_ca', f`Patient is paying out of pocket for the hereditary cancer panel (CAD 1,150). She read me her Amex ${card(groupedAs(AMEX, [4, 6, 5]))} over the phone and it declined twice. Draft a note for the billing office to call her back, no card details in the note.`),

  rec('email_de', f`Betreff: Auszahlung Mehrerlös Pfandversteigerung – Pfandschein 7710-2291

Sehr geehrte Frau Kessler,

Ihr Pfand (Herrenarmbanduhr) wurde am 14.05.2025 versteigert. Nach Abzug von Darlehen, Zinsen und Gebühren verbleibt ein Mehrerlös von 312,40 €. Wir überweisen den Betrag auf das von Ihnen angegebene Konto:
IBAN ${iban(spacedFours(IBAN_DE))}

Mit freundlichen Grüßen
Pfandhaus Goldschlüssel, Filiale Nürnberg

Bitte prüfe die Formulierung, klingt das zu bürokratisch?`),

  rec('chat_fr', f`Bonjour, un membre Platine demande le remboursement de ses taxes d'aéroport sur un billet prime annulé (84,20 €). Il m'a donné son RIB : IBAN ${iban(spacedFours(IBAN_FR))}, BIC ${amb('financial.swift_bic', 'CRLYFRPP')}. Tu peux me rédiger la réponse de confirmation ?`),

  rec('chat_ar', f`عميل يريد سداد قرض الذهب بالكامل عن طريق تحويل بنكي. أرسلت له بيانات حساب الشركة: رقم الآيبان ${iban(spacedFours(IBAN_AE))}. هل يمكنك كتابة رسالة واتساب رسمية له بالعربية تتضمن رقم العقد GL-44917 والمبلغ 12,600 درهم؟`),

  rec('invoice_nl', f`Kun je deze factuurtekst vereenvoudigen voor de patiënt?

"Voor het dragerschapsonderzoek (DNA-analyse, 2 personen) wordt € 1.090,00 in rekening gebracht, omdat uw zorgverzekeraar dit niet vergoedt. Gelieve binnen 30 dagen over te maken op ${iban(IBAN_NL)} t.n.v. Stichting Klinische Genetica Oost, o.v.v. factuurnummer 2025-04871."`),

  rec('invoice_pl', f`FAKTURA VAT nr 118/05/2025
Sprzedawca: Kopalnia Kruszyw i Wytwórnia Mas Bitumicznych „Skalnik" Sp. z o.o.
Nabywca: PRD Gorlice Sp. z o.o.
Mieszanka mineralno-asfaltowa AC 16 W — 412,6 t
Kwota brutto: 186 540,22 zł
Termin płatności: 14 dni
Rachunek: ${iban(spacedFours(IBAN_PL))}

Przetłumacz na angielski, klient ma zagranicznego inwestora.`),

  rec('email_it', f`Ciao Marco,
il fornitore degli esplosivi per la cava ci chiede il saldo della fattura 2025/311 (cariche per le volate di aprile). Coordinate:
IBAN ${iban(IBAN_IT)}
Intestato a: Esplodenti Valle Seriana S.r.l.
Mi prepari tu la disposizione per venerdì? Grazie, Elena`),

  rec('tsv_tr', f`Aşağıdaki bordro listesini bankanın toplu ödeme formatına çevirebilir misin?

${amb('source_code.snippet', f`Ad Soyad\tGörev\tIBAN\tNet Ücret
Emre Yıldız\tGece Güvenlik\t${iban(IBAN_TR1)}\t24.180,00
Ayşe Demirci\tKontrol Odası\t${iban(IBAN_TR2)}\t26.400,00
Mehmet Kaya\tDevriye\t${iban(IBAN_TR3)}\t23.950,00`)}`),

  rec('csv_es', f`Necesito la remesa SEPA de las horas extra de los vigilantes del turno de noche (Madrid y Oporto):

${amb('source_code.snippet', f`vigilante;delegacion;iban;importe
Rubén Gallardo Pozo;Madrid;${iban(IBAN_ES)};412,80
Tiago Fernandes;Porto;${iban(IBAN_PT)};298,50`)}

¿Me lo pasas a pain.001?`),

  rec('chat_ro', f`Bună, furnizorul de filament pentru imprimantele 3D din biblioteca noastră a trimis factura cu contul ${iban(spacedFours(IBAN_RO))}. Banca zice că IBAN-ul nu e valid. Poți să verifici tu?`),

  rec('form_en_us', f`Vendor setup request – asphalt customer (net 30)
Customer: Miami Valley Paving LLC
Remit by ACH
Bank: Fifth Harbor Bank, Cincinnati
Routing (ABA): ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', '5103847261')} (checking)
A/P contact: ${amb('pii.phone', '+1 937 555 0143')}

Reformat as a table for the credit application, please.`, 'a 555-01xx number is fictional: ambiguous per the conventions'),

  rec('chat_el', f`Καλησπέρα, ο πελάτης μας (κατασκευαστική) θέλει να του στείλουμε επιστροφή για το αδρανές υλικό που δεν παρέλαβε. Το IBAN του είναι ${iban(spacedFours(IBAN_GR))}. Γράψε μου ένα σύντομο email επιβεβαίωσης.`),

  rec('chat_fi', f`Hei! Kirjaston pajan 3D-tulostuskurssi peruttiin ja kurssimaksu (35 €) palautetaan. Asiakkaan tili: ${iban(spacedFours(IBAN_FI))}. Kirjoita lyhyt ja ystävällinen ilmoitus palautuksesta.`),

  rec('chat_ka', f`მომხმარებელს უნდა დავუბრუნოთ ზედმეტად გადახდილი თანხა სესხის დაფარვისას (145 ლარი). მისი ანგარიშია ${iban(IBAN_GE)}. დამიწერე მოკლე შეტყობინება ქართულად.`),

  rec('chat_lt_lv', f`Please help with two refunds for the crew hotel overpayments:
1) Lithuanian cabin crew member – ${iban(spacedFours(IBAN_LT))} (€64.00)
2) Latvian first officer – ${iban(spacedFours(IBAN_LV))} (€118.00)
Also the Diners card we used at the Riga hotel was ${card(groupedAs(DINERS, [4, 6, 4]))} — the hotel wants it again for the refund. Is it OK to email it to them?`),

  rec('chat_de_ch', f`Chasch mer hälfe, e Zahligsufforderig für en Chund vo de Kieswerk-Lieferig z'schriibe? Betrag CHF 4'820.–, zahlbar uf ${iban(spacedFours(IBAN_CH))}, Referenz Rechnig 25-0312.`),

  rec('chat_ar_sa', f`لو سمحت، الموظف في قسم الامتثال يحتاج أن يتأكد من حساب العميل قبل صرف قيمة الرهن: ${iban(IBAN_SA)}. هل طول الرقم صحيح للسعودية؟`),
];

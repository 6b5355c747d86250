/** Held-out batch 88: cards, IBANs and bank details in shipping invoices, permit refunds, pawn payouts and agency fees. Hand-written. */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const grp = (s: string, n = 4): string => (s.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join(' ');

const NL = iban('NL', 'INGB0007391846');
const DE = iban('DE', '370400440532917460');
const PT = iban('PT', '000701930048271659382');
const BE = iban('BE', '310184729365');
const DK = iban('DK', '52950001938274');
const PL = iban('PL', '124010371000002918374650');
const RO = iban('RO', 'RNCB0082193847560001');
const HU = iban('HU', '104010070004829173600000');
const TR = iban('TR', '0001000182937465019283');
const GE = iban('GE', 'TB7391048265937201');
const UA = iban('UA', '3052990000026004018273645');
const AZ = iban('AZ', 'IBAZ38090019447382910462');
const EG = iban('EG', '0019000500000000263810429');
const AE = iban('AE', '0260001015829374610');
const FR = iban('FR', '30004028370001029384721');
const ES = iban('ES', '00491500052718293640');
const IT = iban('IT', 'K0306909606100000182736');
const SE = iban('SE', '50000000058271930462');
const NO = iban('NO', '15036284917');
const LT = iban('LT', '7044001049281736');
const PK = iban('PK', 'HABB0018273910462019');

const VISA = card('453917204856713');
const MC = card('537184920365812');
const MC2 = card('222374019583621');
const AMEX = card('37428591630472');
const JCB = card('356904817263945');
const VISA2 = card('491683027451936');
const DISC = card('601142837190564');
const MC3 = card('543802716493285');

export const BATCH88_FINANCIAL: DraftRecord[] = [
  rec('email_nl', f`Onderwerp: Terugbetaling parkeervergunning bewoners
Beste meneer Vermeulen, uw vergunning voor zone Centrum-Oost is per 1 april opgezegd. Het resterende bedrag van € 84,50 storten wij op ${v('financial.iban', grp(NL))} (t.n.v. J. Vermeulen). Klopt dit rekeningnummer?
Met vriendelijke groet, Team Vergunningen`),

  rec('invoice_de', f`Bitte prüfe diese Rechnung der Reederei auf Fehler:
Rechnung 25-HAM-01837 · Demurrage Container TGHU 829174-3
Betrag: 2.340,00 EUR
Zahlbar an: Nordlicht Container Line GmbH
IBAN: ${v('financial.iban', DE)}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}
Verwendungszweck: BL HAMA25-004812`),

  rec('chat_pt_mz', f`Preciso de um recibo de pagamento ao intérprete de changana no tribunal de Maputo. Transferência feita para o IBAN ${v('financial.iban', PT)} (banco em Portugal, ele está lá este mês). Valor: 12.500 MZN equivalente.`),

  rec('chat_fr_be', f`Le client du mont-de-piété veut que le solde de la vente de sa chaîne en or soit versé sur ${v('financial.iban', grp(BE))}. Peux-tu rédiger la quittance en français et en néerlandais ?`),

  rec('csv', f`Bitte in eine Tabelle mit Summen umwandeln (Rückerstattungen Parkgebühren, Terminalstörung 14.03.):
Datum;Terminal;Karte;Betrag
14.03.2025;PA-117;${v('financial.payment_card', MC)};3,80
14.03.2025;PA-117;**** **** **** 0418;2,40
14.03.2025;PA-121;${v('financial.payment_card', grp(VISA))};6,10`),

  rec('chat', f`Customer at our Kingston pawn counter wants the loan repayment taken by card over the phone: ${v('financial.payment_card', grp(VISA2))}, exp 09/28, CVV 415. Is it okay to key it into the terminal manually? (Jamaica branch)`),

  rec('chat_da', f`Betaling til tolk for Retten i Aarhus, sprog: somali. Honorar 3.150 kr. Kontonummer/IBAN: ${v('financial.iban', DK)}. Skriv en kort betalingsanmodning til økonomi.`),

  rec('chat_pl', f`Proszę przygotuj pismo do klienta lombardu: kwota 1 850 zł za wycenę złotego pierścionka zostanie przelana na rachunek ${v('financial.iban', PL)}. Dodaj informację o 14-dniowym terminie na odwołanie.`),

  rec('chat_ro', f`Factura pentru analizele de laborator (sequencing run #118) trebuie plătită în ${v('financial.iban', grp(RO))}, BIC ${amb('financial.swift_bic', 'RNCBROBU')}. Scrie un e-mail de confirmare către furnizor.`),

  rec('chat_hu', f`Kérlek, írj egy levelet: a zálogtárgy eladásából fennmaradó 42 300 Ft-ot a ${v('financial.iban', HU)} számlára utaljuk.`),

  rec('chat_tr', f`Konşimento HAMA25-004812 için navlun ödemesi: IBAN ${v('financial.iban', grp(TR))}, tutar 4.120 USD. Müşteriye İngilizce teyit maili yazar mısın?`),

  rec('chat_ka', f`ტვირთის აგენტის კომისია ფოთში: IBAN ${v('financial.iban', GE)}. გთხოვ, ინგლისურად დაწერე ინვოისის აღწერა.`),

  rec('chat_uk', f`Оплата перекладачеві за засідання в Київському апеляційному суді: IBAN ${v('financial.iban', UA)}, сума 6 400 грн. Склади акт виконаних робіт.`),

  rec('chat_az', f`Bakı limanında konteyner saxlanma haqqı: IBAN ${v('financial.iban', AZ)}, məbləğ 980 AZN. Müştəriyə rus dilində məktub yaz.`),

  rec('chat_ar_eg', f`عميل محل الرهونات عايز تحويل باقي ثمن الدهب على الحساب ${v('financial.iban', EG)}. اكتب له إيصال بالعربي والإنجليزي.`),

  rec('email', f`Subject: Reefer monitoring subscription — renewal
Dubai agency, please settle AED 7,350 to ${v('financial.iban', AE)}, SWIFT ${amb('financial.swift_bic', 'EBILAEAD')}. Card alternative: our AP team can charge Amex ${v('financial.payment_card', AMEX)} if the transfer is late.`),

  rec('chat_es', f`Remesa de reembolsos de multas anuladas (cámara ANPR averiada). Formatea esto como tabla:
- Ana Belén Ortiz, ${v('financial.iban', grp(ES))}, 60,00 €
- Raúl Cifuentes, ${v('financial.iban', FR)}, 90,00 €
- Tarjeta usada en terminal: ${v('financial.payment_card', JCB)} (turista japonés), 45,00 €`),

  rec('chat_it', f`Il laboratorio di Pavia ci rimborsa il campione perso. Coordinate: ${v('financial.iban', IT)}. Scrivi una breve mail di ringraziamento.`),

  rec('tsv', f`Interpreter payouts March (Nordic):
name\tlang\tiban\tamount
Aino Mäkelä\tfi-sv\t${v('financial.iban', SE)}\t4 200 SEK
Ola Nordberg\tno-ar\t${v('financial.iban', NO)}\t3 900 NOK
Rūta Petrauskienė\tlt-ru\t${v('financial.iban', LT)}\t310 EUR`),

  rec('chat', f`Gold buyer in Lahore branch got paid wrongly. Correct account: ${v('financial.iban', PK)}. Also the walk-in paid with card ${v('financial.payment_card', DISC)} and ${v('financial.payment_card', MC3)} split payment — please draft the reversal note.`),

  rec('ach_form', f`US subsidiary (Savannah bookings desk) vendor form:
Bank: Coastal Federal
Routing (ABA): ${v('financial.aba_routing', '061000227')}
Account: ${ambCat('financial', '4820193746')}
Card on file for port fees: ${v('financial.payment_card', MC2)}`),
];

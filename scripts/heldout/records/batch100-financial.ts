/**
 * Held-out batch 100: payment cards, IBANs and bank details from currency-exchange counters,
 * royalty payouts, warranty refunds, terminal demurrage invoices and paid death notices.
 * Hand-written; check digits computed.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const grp = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
const card = (payload: string): string => payload + String(luhnCheckDigit(payload));

const IE = iban('IE', 'BOFI90001784512309');
const PT = iban('PT', '003300004531208741905');
const ES = iban('ES', '21000418450200051332');
const BE = iban('BE', '068213509741');
const DE = iban('DE', '500105175407324931');
const AT = iban('AT', '1200052948173622');
const NL = iban('NL', 'RABO0348175296');
const FO = iban('FO', '60000001274839');
const IS = iban('IS', '0159260076545510730339');
const SE = iban('SE', '50000000058398257466');
const FI = iban('FI', '42310050008716');
const EE = iban('EE', '2200221020145685');
const LT = iban('LT', '7300010149287351');
const PL = iban('PL', '109010140000071219812874');
const HU = iban('HU', '117730161111101800000000');
const RO = iban('RO', 'BTRL01301202Y47910XX');
const HR = iban('HR', '23600001102847561');
const GR = iban('GR', '01101250000000012300695');
const MT = iban('MT', 'MALT011000012345MTLCAST001S');
const TR = iban('TR', '0006200128490000629531');
const GE = iban('GE', 'TB7362846100300004');
const AE = iban('AE', '0331234567890123456');
const EG = iban('EG', '0019000500000000263180002');
const TN = iban('TN', '10006035183598478831');
const BR = iban('BR', '00360305000010009795493C1');
const DO = iban('DO', 'BAGR00000001212453611324');
const PK = iban('PK', 'SCBL0000001123456702');

const VISA = card('453917208846310');
const MC = card('537218004419286');
const MC2 = card('222300418852710');
const AMEX = card('37828402115620');
const DISC = card('601100738249156');
const JCB = card('353011820394715');
const UNION = card('621483209571462');
const VISA2 = card('492918455620341');

export const BATCH100_FINANCIAL: DraftRecord[] = [
  rec('email', f`Subject: Royalty payout Q3 – bank change

Hi accounts,

Please update my payee details before the October run. New account at Bank of Ireland:
IBAN: ${v('financial.iban', grp(IE))}
BIC: ${amb('financial.swift_bic', 'BOFIIE2D')}
Account name: Aoife Ní Bhriain t/a Slievebawn Records

Statement period stays the same. Go raibh maith agat,
Aoife`),

  rec('chat', f`Preciso de ajuda para redigir uma carta ao cliente: o reembolso da garantia do autocarro (peças de travão, fatura 2024/1187) será pago para o IBAN ${v('financial.iban', grp(PT))} até dia 15. Tom formal, português europeu.`),

  rec('csv', f`Genera un resumen por artista de este export de liquidaciones (pagos SEPA):

artista;periodo;importe_eur;iban
Los Cocuyos;2024-09;1.284,55;${v('financial.iban', ES)}
Marisela Tovar;2024-09;317,02;${v('financial.iban', grp(BE))}
Kapelle Dunkelblau;2024-09;2.906,40;${v('financial.iban', DE)}
Trío Huancayo;2024-09;88,13;${v('financial.iban', grp(AT))}`),

  rec('chat', f`Kun je een betalingsherinnering schrijven voor de demurrage-factuur DMR-24-30917 (3 reefers, 11 dagen)? Betaling op ${v('financial.iban', grp(NL))} ten name van Deltaterminal Operations BV, vermeld het factuurnummer.`),

  rec('email', f`Evni: Rættindagjald fyri september

Hey, her eru kontuupplýsingarnar hjá mær til útgjaldið:
${v('financial.iban', FO)}
Takk fyri, og sig frá um tað manglar nakað.
Rói`),

  rec('chat', f`Getur þú skrifað kvittun á íslensku fyrir andlátstilkynningu í blaðinu? Greitt var með millifærslu af reikningi ${v('financial.iban', grp(IS))}, upphæð 24.900 kr.`),

  rec('tsv', f`Kontrollera gärna summorna innan jag skickar till banken (royalty, SEK):
mottagare\tiban\tbelopp
Vintergatan Musik AB\t${v('financial.iban', grp(SE))}\t41 220,00
Saana Aikio (joik)\t${v('financial.iban', FI)}\t3 118,50
Kärt Lepik\t${v('financial.iban', EE)}\t906,75
Rūta Vaitkutė\t${v('financial.iban', LT)}\t1 502,10`),

  rec('chat', f`Klient kantoru wymiany zgłasza, że przelew zwrotny nie doszedł. Nasze potwierdzenie: kwota 4 250,00 PLN, rachunek odbiorcy ${v('financial.iban', grp(PL))}, data księgowania 12.11. Napisz proszę uprzejmą odpowiedź.`),

  rec('chat', f`Kérlek fogalmazz meg egy e-mailt a buszgyártó szervizpartnerének: a garanciális javítás díját (812 400 Ft) a ${v('financial.iban', grp(HU))} számlára utaljuk.`),

  rec('chat', f`Vă rog un mesaj de confirmare pentru familia care a plătit anunțul mortuar: 350 lei primiți din contul ${v('financial.iban', RO)}, apare în ediția de joi.`),

  rec('chat', f`Molim prijevod na engleski: "Naknada za autorska prava bit će isplaćena na račun ${v('financial.iban', grp(HR))} do kraja mjeseca."`),

  rec('chat', f`Γράψε μου επιστολή προς τον πελάτη του ανταλλακτηρίου: η επιστροφή των 1.200 € θα γίνει στον λογαριασμό ${v('financial.iban', grp(GR))}.`),

  rec('chat', f`Ikteb email bil-Malti lill-klijent: il-ħlas għar-riparazzjoni tal-karozza tal-linja se jsir fil-kont ${v('financial.iban', grp(MT))}. Grazzi!`),

  rec('chat', f`Döviz bürosu müşterisi iade istiyor. Kartı ${v('financial.payment_card', grp(VISA))}, son kullanma 09/27. İade için ne yazmalıyım? Ayrıca havale seçeneği: ${v('financial.iban', grp(TR))}.`),

  rec('chat', f`ფული უნდა გადავრიცხოთ ტერმინალის ქვეკონტრაქტორს: ${v('financial.iban', GE)}, თანხა 18 400 ლარი. დამიწერე გადახდის დანიშნულება ინგლისურად.`),

  rec('email', f`الموضوع: تحويل مستحقات حقوق البث

مرحباً فريق الحسابات،
يرجى تحويل مستحقات الربع الثالث إلى الحساب التالي:
IBAN: ${v('financial.iban', grp(AE))}
SWIFT: ${amb('financial.swift_bic', 'EBILAEAD')}
وشكراً،
نور الهدى`),

  rec('chat', f`محتاج رد للعميل في مكتب الصرافة: المبلغ المرتجع اتحول على الحساب ${v('financial.iban', EG)} يوم الأحد. واكتب كمان إن بطاقته ${v('financial.payment_card', MC)} اتلغت منها العملية.`),

  rec('chat', f`Peux-tu rédiger un avis de paiement pour le concessionnaire de Sfax ? Remboursement garantie bus, virement vers ${v('financial.iban', grp(TN))}.`),

  rec('csv', f`Conciliação das vendas de ingressos do show (gateway):
data,bandeira,cartao,valor_brl,status
2024-11-02,mastercard,${v('financial.payment_card', MC2)},180.00,capturado
2024-11-02,amex,${v('financial.payment_card', grp(AMEX))},360.00,estornado
2024-11-03,elo,**** **** **** 4107,90.00,capturado
Repasse ao artista: ${v('financial.iban', BR)}
Por que o estorno aparece duas vezes?`),

  rec('chat', f`Necesito una plantilla de WhatsApp para la casa de cambio en Santo Domingo: "Su transferencia de RD$ 25,000 a la cuenta ${v('financial.iban', grp(DO))} fue procesada." Más amigable por favor.`),

  rec('chat', f`Royalty advance for the Karachi qawwali album — please draft the remittance note. Beneficiary IBAN ${v('financial.iban', grp(PK))}, amount PKR 1,250,000, purpose: music royalty advance.`),

  rec('chat', f`客人在兑换柜台用卡付款失败，卡号 ${v('financial.payment_card', grp(UNION))}，银行说已授权。退款流程怎么写给客人？另外一张 JCB ${v('financial.payment_card', JCB)} 也是同样问题。`),

  rec('ticket', f`Ticket #OBIT-5521
Caller paid for a death notice by phone, card ${v('financial.payment_card', DISC)} exp 03/26, CVV given verbally (not stored). Charge was duplicated. Second card on file ${v('financial.payment_card', grp(VISA2))}. Please refund one of the two charges.`),
];

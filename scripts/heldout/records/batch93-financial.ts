/**
 * Held-out batch 93: financial values (cards, IBANs, routing numbers) in payout files, capital-call
 * notices, export invoices and store chats, in many languages. Check digits computed here.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const card = (p: string): string => p + String(luhnCheckDigit(p));
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const grp = (s: string, n = 4): string => (s.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join(' ');
const aba = (p: string): string => p + String(abaCheckDigit(p));

const DE = iban('DE', '370400440532013847');
const CH = iban('CH', '00762011623852957');
const LU = iban('LU', '0019400644750000');
const TR1 = iban('TR', '0006200119000006672315');
const RO1 = iban('RO', 'BTRLRONCRT0493817265');
const PL = iban('PL', '109024020000000201938475');
const KZ = iban('KZ', '5620000003817264');
const PS = iban('PS', 'PALS045010472330000000123');
const TN = iban('TN', '10006035183598478831');
const AZ = iban('AZ', 'NABZ00000000137010001944');
const GE = iban('GE', 'TB7194736184100002');
const PK = iban('PK', 'HABB0019283746501927');
const DO = iban('DO', 'BAGR00000001212453611324');
const NO = iban('NO', '86011117947');
const DK = iban('DK', '00400440116243');
const HU = iban('HU', '117730161111101800000000');
const UA = iban('UA', '3052990000026007233566001');
const FR = iban('FR', '20041010050500013M02606');
const NL = iban('NL', 'INGB0007364519');
const ES = iban('ES', '21000418450200051332');
const IT = iban('IT', 'X0542811101000000123456');
const SE = iban('SE', '50000000058398257466');
const FI = iban('FI', '12345600000785');
const BG = iban('BG', 'BNBG96611020345678');
const BR = iban('BR', '00360305000010009795493P1');

const VISA1 = card('453201938475610');
const MC1 = card('542418907362514');
const VISA2 = card('491761028374659');
const AMEX = card('37144963539843');
const MC2 = card('222300481726395');
const UNIONPAY = card('621483019283746');
const VISA3 = card('400837261940582');
const JCB = card('353011928374615');
const ROUTING = aba('02100002');
const ROUTING2 = aba('07100001');

export const BATCH93_FINANCIAL: DraftRecord[] = [
  rec('email', f`Betreff: Proforma-Rechnung PI-2025-1187 – Eichenholz-Esstische, 2 x 40' HC

Sehr geehrte Frau Brandtner,

anbei die Zahlungsinformationen für die Anzahlung (30 %) zur Proforma PI-2025-1187:

Empfänger: Karpaten Möbelwerk SRL – Exportabteilung
Bank: Commerzbank AG, Filiale Köln
IBAN: ${v('financial.iban', grp(DE))}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}
Verwendungszweck: PI-2025-1187 / Anzahlung

Die Verladung in Constanța ist für KW 51 geplant, sobald die Anzahlung eingegangen ist.

Mit freundlichen Grüßen
Ioana Petrescu
Export Sales`),

  rec('email', f`Subject: Capital Call Notice No. 7 – Fund III

Dear Limited Partner,

Pursuant to Section 4.2 of the LPA, you are requested to fund your pro-rata share of USD 412,500.00 by 15 January. Please wire to the fund's account:

Beneficiary: Meridian Ventures Fund III SCSp
Bank: Banque Internationale à Luxembourg
IBAN: ${v('financial.iban', LU)}
SWIFT: ${amb('financial.swift_bic', 'BILLLULL')}
Reference: CC7-LP0419

For USD wires via correspondent: JPMorgan Chase, ABA ${v('financial.aba_routing', ROUTING)}, account ${ambCat('financial', '400192837')}.

Regards,
Fund Operations`),

  rec('chat', f`Abeg help me check this one fast. Customer for Surulere store wan buy iPhone on postpaid, e give me card for phone: ${v('financial.payment_card', grp(VISA1))} exp 09/27 cvv 418. The POS reject am twice with "Do Not Honour". E be say na bank block am?`),

  rec('csv', f`Sürücü haftalık ödeme dosyası, banka "geçersiz alıcı" diye iki satırı reddetti. Hangisi hatalı?

surucu_id;ad_soyad;iban;tutar_try
DRV-30411;Mehmet Yıldız;${v('financial.iban', TR1)};8.420,50
DRV-30877;Elif Kaya;${v('financial.iban', grp(iban('TR', '0001000201983746510001')))};6.115,00
DRV-31020;Burak Demir;${v('financial.iban', iban('TR', '0013400001829374650002'))};9.870,25`),

  rec('chat', f`Bună, la plata săptămânală a șoferilor din Cluj o tranzacție a fost returnată. IBAN-ul șoferului: ${v('financial.iban', grp(RO1))}, titular Andrei Pop. Banca spune "cont închis". Ce-i scriu?`),

  rec('email', f`Temat: Zwrot kosztów dojazdu – rodzic pacjenta, oddział onkologii dziecięcej

Dzień dobry,

fundacja przy oddziale zgodziła się zwrócić koszty dojazdu na chemioterapię (listopad, 6 wizyt, 912,40 zł). Proszę o przelew na konto matki pacjenta:

Nr rachunku: ${v('financial.iban', grp(PL))}
Odbiorca: Katarzyna Wróbel
Tytuł: zwrot dojazdów 11/2025

Pozdrawiam,
Biuro fundacji`),

  rec('form', f`Library consortium – US vendor payment request (e-book platform renewal)

Vendor: Readwell Digital Inc.
Amount: USD 18,400.00
Bank: Bank of America
ABA routing: ${v('financial.aba_routing', ROUTING2)}
Account no.: ${ambCat('financial', '004829175563')}
Approved by: Head of Collections`),

  rec('json', f`Payment terminal log from the Kraków store, the checkout fails after 3DS — can you read what's wrong?

${amb('source_code.snippet', f`{
  "terminalId": "KRK-GAL-03",
  "amount": { "value": 349900, "currency": "PLN" },
  "card": { "pan": "${v('financial.payment_card', MC1)}", "expiry": "11/28", "holder": "TOMASZ NOWAK" },
  "threeDS": { "status": "N", "eci": "07" },
  "result": "DECLINED_3DS"
}`)}`),

  rec('chat', f`Oi, cliente da loja do Shopping Recife quer fazer recarga automática mensal e passou o cartão: ${v('financial.payment_card', VISA2.replace(/(\d{4})(?=\d)/g, '$1-'))} validade 03/29. O sistema não aceita hífens, digito com espaço?`),

  rec('chat', f`Сәлеметсіз бе! Алматыдағы жүргізушіге төлем түспей жатыр. IBAN: ${v('financial.iban', grp(KZ))}, аты-жөні Ержан Сейтқали. Банк "реквизиттер қате" деп жазды. Тексеріп бере аласыз ба?`),

  rec('chat', f`مرحبا، السائق من رام الله ما وصله تحويل الأسبوع. حسابه في بنك فلسطين: ${v('financial.iban', grp(PS))} باسم محمد عودة. البنك رجع الحوالة بدون سبب، شو ممكن يكون؟`),

  rec('email', f`Objet : Virement acompte – commande mobilier hôtel Hammamet

Bonjour Monsieur Ben Salah,

Comme convenu, voici nos coordonnées bancaires pour l'acompte de 35 % :
RIB / IBAN : ${v('financial.iban', grp(TN))}
Banque : Banque de Tunisie, agence Lac II
Code SWIFT : ${amb('financial.swift_bic', 'BTBKTNTT')}

Merci de nous envoyer l'avis de virement dès exécution.
Cordialement,
Service export`),

  rec('chat', f`Salam, Bakıdakı sürücünün həftəlik ödənişi geri qayıtdı. Hesab: ${v('financial.iban', AZ)}, Rəşad Məmmədov. Bank "IBAN uyğun deyil" yazır. Nə edək?`),

  rec('chat', f`გამარჯობა, თბილისში მძღოლის ანაზღაურება ვერ ჩაირიცხა. ანგარიში: ${v('financial.iban', GE)} (TBC), მფლობელი გიორგი ბერიძე. რა შეიძლება იყოს მიზეზი?`),

  rec('chat', f`السلام علیکم، کراچی کے ڈرائیور کا ہفتہ وار پیمنٹ واپس آ گیا۔ اکاؤنٹ نمبر ${v('financial.iban', grp(PK))} ہے، نام عمران شیخ۔ بینک کہتا ہے ٹائٹل میچ نہیں کر رہا۔`),

  rec('chat', f`Klk, del equipo de pagos a choferes en Santo Domingo. Un chofer me mandó su cuenta del Banreservas: ${v('financial.iban', grp(DO))}, pero la transferencia rebota. ¿Se escribe con espacios o sin espacios en el archivo ACH?`),

  rec('table', f`Utbetalinger sjåfører – uke 48 (Oslo / København)

| sjåfør | konto | beløp |
|---|---|---|
| Sindre Haugen | ${v('financial.iban', NO)} | 7 420 NOK |
| Mette Kjær | ${v('financial.iban', grp(DK))} | 5 310 DKK |

Banken avviste Mette sin linje – feil format?`),

  rec('email', f`Tárgy: Előleg – tölgyfa szekrények, Budapest szálloda

Kedves Kovács úr,

kérjük az előleget az alábbi számlára utalni: ${v('financial.iban', grp(HU))}, kedvezményezett: Bakony Bútor Kft. A közleményben kérjük feltüntetni: EXP-HU-2291.

Üdvözlettel,
Export osztály`),

  rec('chat', f`Доброго дня, водію з Харкова не надійшла виплата. IBAN у профілі: ${v('financial.iban', UA)}, ПІБ Оксана Мельник. Банк пише "рахунок не знайдено". Може, зайвий символ?`),

  rec('expense', f`経費精算の件です。ニューヨーク出張(ファンドLPミーティング)のホテル代をコーポレートカードで払いました。カード番号 ${v('financial.payment_card', `${AMEX.slice(0, 4)} ${AMEX.slice(4, 10)} ${AMEX.slice(10)}`)} 、金額 USD 1,284.60。経理システムに入れるときの勘定科目を教えてください。`),

  rec('csv', f`Export payment reconciliation — customers who paid November invoices by card or transfer:

customer,country,method,reference,amount_eur
Maison Lefèvre,FR,transfer,${v('financial.iban', grp(FR))},12400.00
Van Dijk Interieur,NL,transfer,${v('financial.iban', NL)},8150.00
Muebles Olmedo,ES,transfer,${v('financial.iban', grp(ES))},5320.00
Casa Ricci,IT,transfer,${v('financial.iban', IT)},7710.00
Nordhem AB,SE,card,${v('financial.payment_card', MC2)},2990.00
Kotimaa Oy,FI,transfer,${v('financial.iban', FI)},4400.00
Sofia Design OOD,BG,transfer,${v('financial.iban', BG)},3125.00

Can you total by method?`),

  rec('chat', f`你好，我们深圳的家具采购商用银联卡付了样品费，卡号 ${v('financial.payment_card', UNIONPAY)}，但是我们这边 Stripe 显示 card_declined。是不是要开通 3DS？`),

  rec('chat', f`Olá, o fornecedor de madeira em São Paulo pediu pagamento internacional. Dados: IBAN ${v('financial.iban', BR)} — Banco do Brasil. Isso funciona como IBAN mesmo? Nunca vi brasileiro com IBAN.`),

  rec('chat', f`Hi, parent of a patient on the oncology ward here — the parking office said I can pay the monthly pass over chat. Card is ${v('financial.payment_card', grp(VISA3))}, expiry 07/27, name on card Dapo Adeyemi. Is that OK or do I need to come down?`),

  rec('chat', f`東京の家具ショールームで使った法人JCBカード ${v('financial.payment_card', grp(JCB))} の明細が二重計上されています。カード会社への問い合わせ文を作ってください。`),
  rec('email', f`Subject: Distribution notice – Fund II, realisation of Kora Logistics

Dear Investor,

Following the partial exit, the fund will distribute CHF 1,284,000 on 20 December. Our records show the following account for your share; please confirm by reply:

Account holder: Stiftung Bergblick
IBAN: ${v('financial.iban', grp(CH))}
BIC: ${amb('financial.swift_bic', 'UBSWCHZH80A')}

Kind regards,
Fund Administration`),

  rec('chat', f`Hej, en förare i Göteborg säger att utbetalningen för vecka 47 inte kommit. Kontot i profilen: ${v('financial.iban', grp(SE))}. Kan du skriva ett svar om att vi kontrollerar med banken?`),
];


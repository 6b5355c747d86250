/**
 * Held-out batch 103: payment cards, IBANs and bank details in refund requests, crew expense claims,
 * supplier invoices, crypto-tax reconciliations and remittance questions. Hand-written.
 */
import { luhnCheckDigit, ibanCheckDigits } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (cc: string, bban: string): string => `${cc}${ibanCheckDigits(cc, bban)}${bban}`;
const group = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();
const card = (p: string): string => p + String(luhnCheckDigit(p));
const card4 = (p: string): string => group(card(p));
const code = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const DE1 = iban('DE', '370400440532013087');
const ES1 = iban('ES', '21000418450200051332');
const PT1 = iban('PT', '003500000007123456789');
const FR1 = iban('FR', '30004008280001234567839');
const NL1 = iban('NL', 'RABO0318462079');
const PL1 = iban('PL', '109024020000000612345678');
const GB1 = iban('GB', 'NWBK60161331926819');
const RO1 = iban('RO', 'BTRLRONCRT0294781356');
const TR1 = iban('TR', '0006200123400629817456');
const AE1 = iban('AE', '0330000010839274615');
const HU1 = iban('HU', '117730160000000037462819');
const BG1 = iban('BG', 'UNCR70001524318937');
const GE1 = iban('GE', 'TB7294830516472093');
const UA1 = iban('UA', '3052990000026001234567891');
const LT1 = iban('LT', '7300010152047391');
const SE1 = iban('SE', '50000000058398257466');
const IT1 = iban('IT', 'X0542811101000000123456');
const JO1 = iban('JO', 'CBJO0010000000000131000302');
const EG1 = iban('EG', '0019000500000000263180002');
const CZ1 = iban('CZ', '08000000192000145399');
const DK1 = iban('DK', '00400440116243');

const VISA1 = card4('454617203948125');
const MC1 = card4('531284069317254');
const VISA2 = card('492915834076213');
const AMEX1 = card('37828463019284');
const MC2 = card4('222300481735926');
const VISA3 = card4('401288302174659');
const MC3 = card('545301927384610');
const BAD_CARD = (() => {
  const c = card('455673019284736');
  const last = (Number(c.slice(-1)) + 3) % 10;
  return c.slice(0, -1) + String(last);
})();

export const BATCH103_FINANCIAL: DraftRecord[] = [
  rec('refund_mail_en_gb', f`Subject: Refund – cancelled performance of "The Salt Road" (Sat 16 Aug)

Dear Box Office,

I bought 4 tickets (order FF24-88310) for the cancelled 19:30 show. The card I paid with has since been replaced by my bank. Old card ${v('financial.payment_card', VISA1)}, exp 07/26. Could you refund to my bank account instead? IBAN ${v('financial.iban', group(GB1))}, name on account: Harriet Ossei.

Many thanks,
Harriet
${phone('07911 123456', 'GB')}

---
Please draft a polite reply saying refunds can only go back to the original card and the bank will forward it.`),

  rec('crew_expense_es', f`Hola, necesito redactar el correo a nómina sobre las dietas de la tripulación del vuelo SKB 4417 (Madrid–Tenerife, pernocta). Datos del TCP:
Nombre: Irene Valcárcel Ortiz
IBAN para el abono: ${v('financial.iban', ES1)}
Importe: 3 noches × 62,40 € = 187,20 €
Tarjeta de empresa usada para el taxi (para que no la dupliquen): ${v('financial.payment_card', MC1)}
Hazlo breve y formal, por favor.`),

  rec('vet_invoice_pt', f`Bom dia! Preciso de ajuda para responder a um fornecedor de medicamentos veterinários que diz que não recebeu o pagamento da fatura FT 2024/1187 (vacinas antirrábicas, 1 240,00 €).
Fizemos a transferência no dia 12/09 para o IBAN que eles indicaram: ${v('financial.iban', group(PT1))}
BIC: ${amb('financial.swift_bic', 'CGDIPTPL')}
Podes escrever uma resposta educada com o comprovativo em anexo?`),

  rec('crypto_tax_csv', f`Can you reconcile these fiat on/off-ramp rows with the exchange export? Client: M. Lindqvist (crypto tax year 2023).

${code(f`date,type,amount_eur,counterparty,account
2023-02-14,withdrawal,4500.00,Kraken EU,${v('financial.iban', SE1)}
2023-05-03,deposit,1200.00,Bitstamp,${v('financial.iban', SE1)}
2023-08-21,withdrawal,9800.00,Coinbase,${v('financial.iban', LT1)}
2023-11-30,card_purchase,250.00,MoonPay,${v('financial.payment_card', VISA2)}`)}

The exchange shows a 9 800 € withdrawal on 22 Aug, not 21 Aug — timezone?`),

  rec('festival_pos_fr', f`Bonjour, à la billetterie du festival on a eu un souci avec le TPE samedi soir : un spectateur a été débité deux fois. Le ticket client montre la carte ${v('financial.payment_card', AMEX1)} et le montant de 84,00 €. Comment rédiger la demande de remboursement à notre acquéreur ? Notre compte de règlement : ${v('financial.iban', FR1)}.`),

  rec('legal_aid_remit_ar_jo', f`مرحبا، أنا متطوعة في مركز المساعدة القانونية للعمال المهاجرين. عاملة منزلية من سريلانكا تقول إن صاحب العمل لم يحوّل رواتبها لثلاثة أشهر. حسابها في البنك:
الآيبان: ${v('financial.iban', JO1)}
الاسم: Nadeesha Perera
رقم الجوال: ${phone('+962791234567')}
ساعدني أكتب رسالة رسمية لصاحب العمل تطالب بالرواتب المتأخرة (3 × 300 دينار).`),

  rec('vet_pharm_nl', f`Hoi, een klant van onze dierenapotheek wil de rekening voor de insuline van haar kat (Felis, 12 jaar) via automatische incasso betalen. Ze gaf: ${v('financial.iban', NL1)} t.n.v. J. de Boer. Kun je een SEPA-machtigingstekst maken in het Nederlands?`),

  rec('supplier_pl', f`Dzień dobry, huta szkła zamawia piasek kwarcowy i sodę od nowego dostawcy. Proszę o sprawdzenie, czy ten numer rachunku ma poprawny format przed pierwszym przelewem: ${v('financial.iban', group(PL1))} (Bank Pekao, SWIFT ${amb('financial.swift_bic', 'PKOPPLPW')}). Kwota: 48 300,00 zł.`),

  rec('crew_advance_ro', f`Salut, trebuie să trimit avansul de diurnă pentru echipajul care rămâne la Cluj două nopți din cauza defecțiunii la ATR 72. Contul comandantului: ${v('financial.iban', RO1)}. Suma: 2 × 85 €. Scrie-mi un mesaj scurt pentru contabilitate, te rog.`),

  rec('crypto_otc_tr', f`Merhaba, kripto vergi danışmanlığı müşterimiz bir OTC masasından 2023'te USDT satmış. Parayı aldığı hesap: ${v('financial.iban', TR1)}. Türkiye'de bu satışın vergilendirmesi nasıl olur, kısaca özetler misin?`),

  rec('crew_uae', f`Hi, please help me fix the formatting in this crew allowance table for our Dubai-based cabin crew (they're paid via ENBD):

| Crew ID | Name | IBAN | AED |
|---|---|---|---|
| C-2231 | Mariel Santos | ${v('financial.iban', AE1)} | 1,450 |
| C-2248 | Rakibul Hasan | ${v('financial.iban', iban('AE', '0260001015832907461'))} | 1,450 |

The columns are misaligned when I paste into Outlook.`),

  rec('glass_hu', f`Szia, az üveggyár minőségügyi laborja új spektrofotométert rendel Németországból. A szállító előleget kér erre a számlára: ${v('financial.iban', DE1)}. A mi számlánk, ahonnan utalunk: ${v('financial.iban', group(HU1))}. Írj egy rövid e-mailt németül, hogy a proforma számlát kérjük előbb.`),

  rec('festival_bg', f`Здравей, един от актьорите на фестивала иска хонорарът му да бъде преведен по сметка ${v('financial.iban', BG1)} в УниКредит Булбанк. Хонорар: 1 800 лв. Можеш ли да ми напишеш договор-разписка на български?`),

  rec('legal_aid_ka', f`გამარჯობა, მიგრანტ მუშაკს ხელფასი უნდა ჩაერიცხოს საქართველოში, ანგარიში: ${v('financial.iban', GE1)} (TBC Bank). დამეხმარე წერილის შედგენაში დამსაქმებლისთვის.`),

  rec('legal_aid_uk', f`Доброго дня. Клієнтка юридичної клініки — заробітчанка з Польщі — просить, щоб компенсацію за невиплачену зарплату переказали на її рахунок в Україні: IBAN ${v('financial.iban', UA1)}, ПриватБанк. Як правильно оформити заяву до роботодавця польською?`),

  rec('vet_it_card', f`Ciao, un cliente della farmacia veterinaria ha dettato al telefono i dati della carta per l'ordine di antiparassitari: ${v('financial.payment_card', MC2)}, scad. 11/27, CVV 318. Possiamo salvarli nel gestionale o è contro le regole PCI? Nel frattempo: per i bonifici il nostro IBAN è ${v('financial.iban', IT1)}.`),

  rec('egypt_payroll', f`محتاج أراجع تحويل مرتب فني صيانة طائرات مصري بيشتغل عندنا بعقد مؤقت:
IBAN: ${v('financial.iban', EG1)}
SWIFT: ${amb('financial.swift_bic', 'NBEGEGCX')}
المبلغ: 1,250 USD
هل لازم نضيف purpose code للتحويل؟`),

  rec('ach_us', f`Our US codeshare partner asks us to pay the interline invoice via ACH. Their details:
Bank: First Horizon
Routing (ABA): ${v('financial.aba_routing', '084000026')}
Account: ${ambCat('financial', '3317820954')}
Amount: USD 18,442.60 — Invoice INT-2024-0932
Please draft the payment advice e-mail.`),

  rec('cz_sk_invoice', f`Dobrý den, festival divadla platí za pronájem osvětlení. Firma poslala fakturu s účtem ${v('financial.iban', CZ1)}. Mám podezření, že to je podvod – minulý měsíc měli jiný účet. Jak to ověřit?`),

  rec('dk_vet', f`Hej, en dyrlæge vil have refunderet et dobbelt betalt ordre på hundefoder (ordre 77012). Hun har kortet ${v('financial.payment_card', VISA3)} og alternativt konto ${v('financial.iban', DK1)}. Hvad skriver jeg i svaret?`),

  rec('payment_json', f`The box office's payment gateway returned this on a failed refund; what does the decline code mean?
${code(f`{
  "transaction_id": "rf_20240817_00431",
  "status": "declined",
  "decline_code": "card_not_supported",
  "card": { "number": "${v('financial.payment_card', MC3)}", "exp": "09/25", "brand": "mastercard" },
  "amount": 4200,
  "currency": "EUR"
}`)}`),

  rec('crypto_mixed_neg', f`Client wrote "card number ${BAD_CARD}" in his crypto-purchase list but the bank statement shows a different card ending 4736. I think he mistyped a digit. Also his old account ${v('financial.iban', group(iban('CZ', '55000000001234567899')))} is closed. What should I ask him?`, 'the typed card number fails Luhn (a typo): unlabelled'),
];

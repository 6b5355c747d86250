/**
 * Held-out batch 133: card numbers, IBANs and routing numbers in payroll runs, tour bookings,
 * aircraft-part invoices, tuition and rent-assistance payments, in many languages. Hand-written.
 */
import { ibanWithCheck as iban, luhnWithCheck as card, spacedFours as grp } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const pan = (s: string) => v('financial.payment_card', s);
const ib = (s: string) => v('financial.iban', s);

const GB1 = iban('GB', 'BARC20471938274615');
const DE1 = iban('DE', '120300000294817365');
const PT1 = iban('PT', '003507460004829173564');
const RO1 = iban('RO', 'BTRL0281RON749301826');
const PL1 = iban('PL', '102055581111482937465012');
const ES1 = iban('ES', '00815274610001938274');
const AE1 = iban('AE', '0260001082749381652');
const TR1 = iban('TR', '0006200148200006291837');
const IL1 = iban('IL', '0108140000004729183');
const CH1 = iban('CH', '0079020471938274K');
const SE1 = iban('SE', '80000841720048271936');
const SA1 = iban('SA', '10000048271936501847');
const LT1 = iban('LT', '7300010148293716');
const IS1 = iban('IS', '0133264827190507841937');
const FR1 = iban('FR', '30004008270001047291836');
const UA1 = iban('UA', '3052990000026004827193615');

const VISA1 = card('453981274406315');
const MC1 = card('516742039581227');
const AMEX1 = card('37429183650271');
const JCB1 = card('352840917736520');
const UPAY = card('625094130287554');
const DISC = card('601158237490163');
const MC2 = card('222100473815962');
const VISA2 = card('491733056281944');
const DINERS = card('3056927183401');
const MC3 = card('559871240036418');

export const BATCH133_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Employee in Leeds (EOR contract, starts 1 April) sent his salary account by WhatsApp. Can you draft a reply confirming we've updated it and asking for a bank letter? Account: ${ib(grp(GB1))}, name on account Callum R. Whitaker.`),

  rec('email_de', f`Hallo Frau Neumann,

bitte hinterlegen Sie ab der Märzabrechnung meine neue Bankverbindung für das Gehalt:
IBAN: ${ib(grp(DE1))}
BIC: ${amb('financial.swift_bic', 'BYLADEM1001')}
Kontoinhaber: Jonas Weidemann

Vielen Dank und viele Grüße
Jonas Weidemann`),

  rec('chat_pt_pt', f`Podes rever este e-mail antes de o enviar à colaboradora? "Cara Inês, confirmamos que o seu ordenado de março será transferido para o IBAN ${ib(grp(PT1))}. Caso o NIB esteja incorreto, por favor avise-nos até dia 20."`),

  rec('csv', f`Payment run 2025-03 for the EOR entities, check that every row has a matching currency for the account country:

${amb('source_code.snippet', f`employee_id;entity;net_pay;currency;iban
EOR-RO-0412;RO-0031;8412.50;RON;${ib(RO1)}
EOR-PL-0977;PL-0007;11230.00;PLN;${ib(PL1)}
EOR-ES-0218;ES-0004;2975.40;EUR;${ib(ES1)}
EOR-PT-0031;PT-0002;1840.00;EUR;${ib(PT1)}`)}`),

  rec('chat_is', f`Viðskiptavinur hringdi og bað um endurgreiðslu á jöklagöngunni sem féll niður vegna veðurs. Hann las upp kortanúmerið: ${pan(grp(VISA1))}, gildir út 09/27. Hvernig endurgreiði ég án þess að slá kortið inn aftur í posann?`),

  rec('chat_fr', f`Un client français conteste le paiement de la sortie en motoneige (« je n'ai jamais reçu de confirmation »). Sa carte : ${pan(grp(MC1))}. Peux-tu m'aider à rédiger la réponse à la banque avec les preuves de participation (photos GPS, décharge signée) ?`),

  rec('chat_ja', f`氷河ツアーを電話で予約したお客様のカード番号をメモしました。JCB ${pan(JCB1.replace(/(\d{4})(?=\d)/g, '$1-'))} 有効期限 11/28。このメモをどう安全に処理すればいいですか？`),

  rec('chat_zh', f`一位中国游客想用银联卡支付冰川徒步+冰洞套餐，卡号是 ${pan(grp(UPAY))}，我们的 Stripe 能收银联吗？需要开通什么？`),

  rec('invoice', f`PROFORMA INVOICE SV-PI-25-0318
Seller: SkyVault Aviation Parts LLC, Miami FL
Buyer: Gulf Rotables FZE, Dubai Airport Freezone
Item: 1 x CFM56-7B HPT stage 1 blade set, serviceable, 8130-3 / EASA Form 1 dual release
Total: USD 184,500.00

Remit to (buyer's refund account on file): ${ib(grp(AE1))}
SWIFT ${amb('financial.swift_bic', 'EBILAEAD')}
Payment terms: 50% on PO, 50% before shipment`),

  rec('form', f`VENDOR ACH ENROLLMENT
Vendor: Cascade Turbine Overhaul Inc.
Bank: Pacific Crest Bank, Tacoma WA
ABA routing: ${v('financial.aba_routing', '125008013')}
Account: ${ambCat('financial', '8827401936')}  (checking)
Remittance contact: ${phone('(253) 448-2917', 'US')}

Can you write a short email to Cascade confirming setup and warning them we never change bank details by email?`),

  rec('chat_he', f`ספק בישראל שלח חשבונית על מנוע עזר (APU) ומבקש העברה לחשבון: ${ib(grp(IL1))}. תעזור לי לנסח מייל שמבקש אישור טלפוני לפני שאנחנו משלמים?`),

  rec('chat_de_ch', f`Chönnt Sie mir hälfe es Lastschrift-Mandat für d Musigschuel uszfülle? Mis Konto isch ${ib(grp(CH1))}, Zahlig für zwei Chind (Geige und Blockflöte), jewils am 1. vom Monet.`),

  rec('chat_ko', f`학부모님이 수강료 결제를 위해 카드번호를 문자로 보내셨어요: ${pan(grp(MC2))} (유효기간 04/29). 이걸 결제 단말기에 수기로 입력해도 되나요? 개인정보 문제 없을까요?`),

  rec('email', f`From: Rental Assistance Unit
To: Maple Court Apartments (landlord)

Re: First month + deposit for household #H-2025-0417

We will pay $2,840.00 by ACH on Friday. Please confirm the receiving account:
Routing number ${v('financial.aba_routing', '071000288')}
Account number ${ambCat('financial', '40029183754')}

If any digit is wrong, call us before Thursday at ${phone('(312) 744-2950', 'US')}.

— tighten this email up please, and make sure it sounds official.`),

  rec('chat_sv', f`Kan du hjälpa mig skriva ett mejl till vår anställda i Göteborg att lönen för mars betalas ut till nya kontot ${ib(SE1)} och att den första utbetalningen kan dröja en dag?`),

  rec('log', f`${amb('source_code.snippet', f`[2025-02-11 08:14:52] ERROR booking-api PaymentFailed provider=valitor code=05 (Do not honour)
  booking=JKL-25-004381 tour="Ice cave + snowmobile combo" pax=2 amount=ISK 89,800
  card.number=${pan(VISA2)} card.exp=03/26 card.holder="KLAUS BERGER"
  at PaymentService.charge (/srv/booking/dist/payments.js:212:15)`)}

The full card number is in our logs!! How do I mask it in the logger config (pino)?`),

  rec('chat_ar_sa', f`ممكن تساعدني أكتب رد للعميل في الرياض؟ يبغى نرجع له مبلغ العربون على حسابه: ${ib(grp(SA1))} لأن قطعة الـ landing gear ما وصلت في الموعد.`),

  rec('chat_tr', f`İzmir'deki tamirhaneye ödeme yapacağız ama IBAN'ı teyit etmem lazım: ${ib(grp(TR1))}. Türkçe kısa bir teyit e-postası yazar mısın?`),

  rec('chat_lt', f`Sveiki, prašau padėti parašyti laišką darbuotojui Vilniuje: atlyginimas nuo balandžio bus pervedamas į sąskaitą ${ib(LT1)}.`),

  rec('csv', f`Tuition payments that failed this month, which ones should we retry?

${amb('source_code.snippet', f`student,instrument,amount,method,reference
Moreau L.,piano,145.00,card ${pan(grp(AMEX1))},declined
Schmid A.,violin,120.00,card **** **** **** 4417,declined
Rossi G.,drums,95.00,card ${pan(DINERS)},expired
Fontaine C.,voice,110.00,SEPA ${ib(FR1)},returned AM04`)}`),

  rec('chat_uk', f`Допоможи написати лист бухгалтерії: тимчасова виплата для сім'ї з пункту тимчасового розміщення має йти на рахунок ${ib(UA1)} (ПриватБанк), бо вони ще не мають рахунку тут.`),

  rec('chat_is_en', f`Guest paid the deposit with Discover ${pan(DISC)} and now wants the rest on a Mastercard ${pan(grp(MC3))}. Can our booking system split a payment across two cards? Also our Arion account for bank transfers is ${ib(grp(IS1))} if that's easier for them.`),
];

/**
 * Held-out batch 134: card numbers, IBANs and routing numbers from a fashion house's client
 * deposits, feed-mill supplier payments, hydrogen-station fleet billing, a towing dispatcher's
 * card-by-phone payments and an anti-doping agency's reimbursements. Hand-written; check digits
 * computed below.
 */
import { abaWithCheck as aba, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Card number from a formatted payload without its last digit: the Luhn digit is appended. */
const card = (payload: string): string => payload + String(luhnCheckDigit(payload.replace(/[ -]/g, '')));
/** IBAN from country + BBAN, grouped by four when `grouped`. */
const iban = (cc: string, bban: string, grouped = true): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return grouped ? (raw.match(/.{1,4}/g) ?? []).join(' ') : raw;
};
const pay = (s: string) => v('financial.payment_card', s);
const ib = (s: string) => v('financial.iban', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH134_FINANCIAL: DraftRecord[] = [
  rec('chat_fr', f`Bonjour, une cliente de la maison souhaite régler l'acompte de sa robe de mariée sur mesure (4 800 €) par téléphone. Elle m'a dicté : American Express ${pay(card('3782 519034 6120'))}, expiration 09/28. Peux-tu me rédiger un e-mail de confirmation élégant, sans reprendre le numéro ?`),

  rec('email_it', f`Gentile Ufficio Acquisti,

in allegato la fattura n. 2025/118 per 340 metri di seta crêpe de Chine (tintura su campione Pantone 19-1664).
Vi preghiamo di effettuare il bonifico entro 30 giorni data fattura sul conto:
IBAN ${ib(iban('IT', 'X0306909606100000063419'))}
BIC ${bic('BCITITMM')}

Cordiali saluti,
Tessitura Lariana S.r.l., Como`),

  rec('chat_de_ch', f`Chasch mer hälfe, es Mail a de Vermieter vom Standort Wallisellen z schriibe? Mir zahled d Pacht für d H2-Tankstell ab März uf es neus Konto: ${ib(iban('CH', '00700401847362910'))} (ZKB). Bitte höflich, aber bestimmt.`),

  rec('whatsapp_ar', f`ترجم إلى الإنجليزية من فضلك: "مرحباً، هذه بيانات بطاقتي لحجز موعد القياس الخاص في باريس: فيزا ${pay(card('4716 2039 8415 732'))} تنتهي 11/27. وللتحويل البنكي للدفعة الثانية: ${ib(iban('AE', '0260001015384729610'))}. شكراً، ليلى"`),

  rec('chat_ja', f`お客様から電話でJCBカード番号を伺いました：${pay(card('3563 8401 2295 716'))}、有効期限 03/29。オートクチュールの内金決済を手入力で行う場合、どの画面から入力すればよいですか？`),

  rec('chat_zh', f`上海的VIP客户用银联卡付了定制西装的定金，卡号 ${pay(card('6228 4803 9175 2046 31'))}，但是退款被退回了。请帮我写一封给支付公司的英文邮件。`),

  rec('call_note_es', f`Nota de la llamada (grúa para autopista A-7, km 214):
Cliente: Javier Ortega Ruiz
Tel.: ${phone('634 82 17 95', 'ES')}
Pago por adelantado del traslado (185 €) con Visa ${pay(card('4929 5108 3374 620'))}, cad. 07/27.

¿Me lo redactas como parte de servicio para el sistema, sin el número completo de la tarjeta?`),

  rec('chat_pt_br', f`Oi! O fornecedor de farelo de soja pediu para a gente pagar via transferência internacional. Ele mandou: IBAN ${ib(iban('BR', '00360305000010004827193C1'))}, SWIFT ${bic('BRASBRRJSPO')}. Isso é válido pra conta no Brasil? Nunca vi IBAN brasileiro.`),

  rec('csv_nl', f`Kun je controleren of de betaalrun van de mengvoederfabriek klopt met de facturen? Export:

${cfg(f`leverancier;iban;bedrag;omschrijving
Agrarhandel Meyer GmbH;${ib(iban('DE', '280400440712839400', false))};18.420,00;mais partij 2025-07
Graanhandel De Kempen;${ib(iban('BE', '737001482903', false))};9.315,50;tarwe 120 t
Mineralen BV;${ib(iban('NL', 'INGB0004719283', false))};2.104,80;premix F-22`)}`),

  rec('email_pl', f`Dzień dobry,

przesyłamy fakturę FV/02/2025/044 za dostawę 80 t śruty rzepakowej. Prosimy o wpłatę na rachunek:
${ib(iban('PL', '109010140000071219812874'))}
Termin płatności: 14 dni.

Z poważaniem
Dział Sprzedaży, Agro-Pasze sp. z o.o.`),

  rec('form', f`TOW OPERATOR PAYOUT – DIRECT DEPOSIT
Company: Big Sky Towing & Recovery LLC (Billings, MT)
Routing number: ${v('financial.aba_routing', aba('09210389'))}
Account number: ${ambCat('financial', '4410293857')}
Account type: Business checking

Please convert this into the vendor master template and flag what's missing (W-9?).`),

  rec('chat_tr', f`Merhaba, soya küspesi tedarikçimiz banka bilgilerini güncelledi: IBAN ${ib(iban('TR', '0006200119000006294817'))}, SWIFT ${bic('TGBATRISXXX')}. Muhasebeye gönderilecek kısa bir Türkçe not yazar mısın?`),

  rec('chat_uk', f`Допоможіть скласти лист постачальнику кормових добавок. Вони просять оплату на новий рахунок ${ib(iban('UA', '3052060000026007293841567'))} (ПриватБанк). Треба попросити офіційне підтвердження зміни реквізитів.`),

  rec('chat_el', f`Καλησπέρα, ο συνεργάτης ρυμούλκησης στη Θεσσαλονίκη ζητάει να πληρωθεί η προμήθεια στον λογαριασμό ${ib(iban('GR', '01102150000021534829107'))}. Μπορείς να μου γράψεις ένα σύντομο email επιβεβαίωσης;`),

  rec('chat_he', f`תנסח בבקשה מייל לספורטאית שמקבלת החזר על הוצאות נסיעה לבדיקה: ההחזר (640 ₪) יועבר לחשבון ${ib(iban('IL', '0108000000012839475'))} תוך 14 יום.`),

  rec('log_no', f`Hei, hva betyr denne feilen fra betalingsterminalen på hydrogenstasjonen i Bergen?

${cfg(f`2025-02-11T06:42:18Z ERR pos-term-02 authorize failed: issuer_unavailable (91)
  station=NO-BGO-01 dispenser=D2 kg=4.82 amount=NOK 1 398.00
  pan=${pay(card('542418003719265'))} exp=2027-05 entry=CHIP
2025-02-11T06:42:49Z INF pos-term-02 retry ok`)}

Hvorfor logges hele kortnummeret?`),

  rec('email_hu', f`Kedves Kolléga!

A HPC projekt (SZGP-2025-07) számlázási adatai: kedvezményezett a Kutatási Infrastruktúra Iroda, számlaszám: ${ib(iban('HU', '117730160000000011790028'))}. Kérlek, fordítsd le angolra a kísérőlevelet.

Üdv.`),

  rec('chat_ko', f`VIP 고객님이 피팅 후 잔금을 마스터카드 ${pay(card('5310 4287 1903 552'))}로 결제하려고 하시는데, 해외 카드라서 승인이 안 됩니다. 고객님께 드릴 안내 메시지를 정중하게 써 주세요.`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire une note pour la compta? Le client a payé le remorquage de son char par téléphone, Visa ${pay(card('4520 8819 3047 215'))}, mais on l'a chargé deux fois (2 × 289,00 $). Faut le rembourser au plus sacrant.`),

  rec('chat_ar_sa', f`صغ لي رسالة رسمية للرياضي بأن بدل التنقل لجلسة الاستماع سيتم تحويله إلى حسابه: الآيبان ${ib(iban('SA', '80000000608010283746'))}، مصرف الراجحي.`),

  rec('chat_en_gb', f`Procurement question for the research computing service: the GPU vendor wants payment by card for the extended warranty. Our university purchasing card is ${pay(card('5573 8040 1298 364'))}, exp 10/26. Alternatively, by transfer to their account ${ib(iban('GB', 'NWBK60161349201875'))}. Which is better for audit purposes?`),

  rec('chat_ro', f`Bună! Partenerul de tractări din Cluj ne-a trimis contul pentru decontare: ${ib(iban('RO', 'BTRLRONCRT0384719205'))}. Poți să scrii un e-mail scurt că plata se face până pe 25?`),
];

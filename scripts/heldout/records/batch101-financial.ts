/**
 * Held-out batch 101: payment details from a tea and coffee importer, a vaccination NGO, a PE fund,
 * a drone-delivery startup, a cathedral ticketing office and a hospital laundry. Hand-written.
 */
import { luhnCheckDigit, ibanCheckDigits } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (cc: string, bban: string, grouped = true): string => {
  const raw = `${cc}${ibanCheckDigits(cc, bban)}${bban}`;
  return grouped ? raw.replace(/(.{4})/g, '$1 ').trim() : raw;
};
const card = (payload: string, sep = ' '): string => {
  const d = payload + String(luhnCheckDigit(payload));
  return d.length === 15 ? `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}` : (d.match(/.{1,4}/g) ?? []).join(sep);
};

export const BATCH101_FINANCIAL: DraftRecord[] = [
  rec('email_en_ke', f`Hi Wanjiru,

Please process the balance for the September auction lots (KTDA Mombasa, lots 2214–2231, 312 bags BP1/PF1) to the Hamburg broker as agreed:

Beneficiary: Elbe Tee & Kaffee Handels GmbH
IBAN: ${v('financial.iban', iban('DE', '200505501284736019'))}
BIC: ${amb('financial.swift_bic', 'HASPDEHHXXX')}
Amount: EUR 48,216.40
Reference: MLM-AUC-0924-BAL

Kindly share the MT103 once it has gone out. Asante!

Brian`),

  rec('chat_es_gt', f`Buenas, necesito redactar una carta para la cooperativa de café de Huehuetenango confirmando el pago del anticipo de cosecha. Los datos son:
Cooperativa Cafetalera Los Cuchumatanes R.L.
Cuenta IBAN: ${v('financial.iban', iban('GT', 'AGRO01020000001234567890'))}
Monto: USD 36,500.00 (anticipo 40 % contrato HUE-2025-03)
Que suene formal pero cercano, por favor.`),

  rec('capital_call', f`Can you turn this into a clean capital call notice for LPs? Keep the numbers exactly:

Fund: Ardmore Growth Partners III SCSp
Call no. 7 — 14.2% of commitments — due 20 December 2024
Purpose: follow-on in Brenner Medtech (EUR 11.4m), management fee Q1 2025
Wire to: Ardmore Growth Partners III SCSp, collection account
IBAN ${v('financial.iban', iban('LU', '0030500123456780'))}
SWIFT ${amb('financial.swift_bic', 'BGLLLULL')}
Reference: AGP3-CC07-[LP number]`),

  rec('chat_en_sco', f`Hiya, a visitor phoned the cathedral shop saying she was charged twice for the tower climb. She read out her card so we could find it: ${v('financial.payment_card', card('492181340617295'))}, expiry 09/27. I've got both transactions on the screen, 14:02 and 14:03, £12 each. How do I word the refund email so it doesn't sound like it's her fault?`),

  rec('email_pt', f`Boa tarde Sr. Nuno,

Conforme combinado, segue os dados para o pagamento da fatura FT 2024/1187 (aluguer de carros de transporte de roupa hospitalar, novembro):

Lavandaria Industrial do Vale do Sousa, Lda.
IBAN: ${v('financial.iban', iban('PT', '003506970000123456789'))}
Valor: 7.842,30 €

Agradeço confirmação da transferência.
Cumprimentos,
Sofia Magalhães
${phone('+351 912 480 736')}`),

  rec('letter_fr_be', f`Pourriez-vous relire ce texte pour le feuillet de Noël de la cathédrale ? 

« Vous souhaitez soutenir la restauration des vitraux du déambulatoire ? Vos dons sont les bienvenus sur le compte de la Fabrique d'église : ${v('financial.iban', iban('BE', '068204738195'))} avec la communication « Vitraux 2025 ». Une attestation fiscale est délivrée à partir de 40 €. »`),

  rec('csv', f`Which of these refunds from the ticket office should be escalated? The card export is a mess, some rows are not masked:

${amb('source_code.snippet', f`refund_id;date;amount_eur;card;reason
RF-30412;2024-11-02;18.00;**** **** **** 7731;double charge
RF-30413;2024-11-02;36.00;${v('financial.payment_card', card('535410274862013'))};concert cancelled
RF-30418;2024-11-03;9.50;**** **** **** 0458;child ticket mistake
RF-30421;2024-11-04;54.00;${v('financial.payment_card', card('417311049325871'))};group booking reduced`)}`),

  rec('ach_form', f`Vendor setup for our battery supplier (drone packs). Does this ACH form look complete?

Vendor: Ridgeline Cells LLC, Reno NV
Bank: Nevada State Bank
Routing (ABA): ${v('financial.aba_routing', '122400724')}
Account: ${ambCat('financial', '4820193756')}
Type: checking
Remit e-mail: ${v('pii.email', 'ar@ridgelinecells.com')}
Terms: net 30`),

  rec('email_it', f`Gentile Ufficio Amministrazione,

vi comunichiamo le nuove coordinate bancarie per il pagamento delle forniture di biancheria piana (lenzuola e federe) all'Ospedale San Gerardo:

Lavanderia Industriale Brianza S.p.A.
IBAN ${v('financial.iban', iban('IT', 'X0306909606100000074312'))}

Le fatture da dicembre 2024 in poi dovranno essere pagate su questo conto. Cordiali saluti.`),

  rec('chat_de_ch', f`Chönntsch mer hälfe, e Zahligserinnerig für d'Stiftung z'schriibe? D'Spändi für d'Impfkampagne in Nepal isch no nöd icho. Kontoangabe: ${v('financial.iban', iban('CH', '0900000087654321X'))}, lautend uf Stiftung Kinderimpfung Schweiz, Bern. Betrag CHF 25'000.`),

  rec('chat_no', f`Kan du formulere en e-post til kaffebrenneriet i Trondheim om at vi har endret kontonummer? Nytt kontonummer er ${v('financial.iban', iban('NO', '86011117947', false))} (IBAN), bank DNB. Gammel konto skal ikke brukes etter 1. januar.`),

  rec('chat_pl', f`Proszę o pomoc w napisaniu pisma do szpitala w Krakowie w sprawie zaległej płatności za pranie odzieży operacyjnej. Faktury FV/10/2024/331 i FV/11/2024/017, razem 41 280,00 zł. Nasz rachunek: ${v('financial.iban', iban('PL', '102010260000042270201111'))}. Termin minął 15 listopada.`),

  rec('chat_tr', f`Merhaba, Etiyopya Yirgacheffe çekirdekleri için gümrük komisyoncusuna ödeme yapacağız. IBAN ${v('financial.iban', iban('TR', '0006200119000006672315'))}, alıcı Ege Gümrük Müşavirliği Ltd. Şti., tutar 128.400 TL. Ödeme açıklamasına ne yazmalıyım?`),

  rec('chat_ka', f`გამარჯობა, გთხოვთ დამეხმაროთ ინვოისის წერილის დაწერაში. ჩვენ ვყიდით ყავას თბილისის კაფეებში. ანგარიში: ${v('financial.iban', iban('GE', 'TB7523645108800031'))}, თიბისი ბანკი. თანხა 6 480 ლარი.`),

  rec('chat_uk', f`Доброго дня! Потрібно підготувати лист донору про використання гранту на холодовий ланцюг для вакцин у Харківській області. Рахунок організації: ${v('financial.iban', iban('UA', '3052990000026007233566001'))}, АТ КБ «ПриватБанк». Сума залишку — 312 440 грн.`),

  rec('chat_ar_iq', f`مرحبا، نحتاج مساعدة في كتابة رسالة إلى البنك لتأكيد تحويل رواتب فرق التلقيح في الموصل. رقم الحساب الدولي: ${v('financial.iban', iban('IQ', 'NBIQ850123456789012'))}، المبلغ ٤٨ مليون دينار. يرجى كتابة الرسالة بالعربية الفصحى.`),

  rec('email_pt_tl', f`Bondia Maun Jacinto,

Ami haruka rekibu ba selu salariu ekipa vasinasaun iha Baucau. Favor transfere ba konta IBAN ${v('financial.iban', iban('TL', '0080012345678910157'))} (BNCTL). Valor: USD 4,320.00.

Obrigada barak,
Ermelinda`),

  rec('chat_ja', f`大聖堂の団体見学（42名）の予約金を電話でお客様のカードで決済しました。カード番号 ${v('financial.payment_card', card('37681420593762', '-'))}、有効期限 03/26。控えのメールに番号をそのまま書いてしまったのですが、どう訂正するべきでしょうか。`),

  rec('chat_vi', f`Chào bạn, khách hàng ở Hà Nội gửi số thẻ để đặt cọc lô cà phê Arabica Cầu Đất: ${v('financial.payment_card', card('222100483716532', ''))}, hết hạn 11/26. Mình nên nhập thủ công vào cổng thanh toán hay gửi link thanh toán cho khách?`),

  rec('json', f`결제 게이트웨이로 드론 배송료를 결제하는 요청인데 "invalid_card" 가 나옵니다. 어디가 잘못됐을까요?

${amb('source_code.snippet', f`{
  "merchant_id": "skyparcel-kr",
  "order_id": "SPK-20241119-00871",
  "amount": 18500,
  "currency": "KRW",
  "card": {
    "number": "${v('financial.payment_card', card('455932180461273', ''))}",
    "expiry": "2028-04",
    "holder": "KIM MINJI"
  }
}`)}`),

  rec('chat_cs', f`Dobrý den, potřebuju napsat dodavateli čaje z Darjeelingu, že platba proběhla. Platili jsme z účtu ${v('financial.iban', iban('CZ', '08000000192000145399'))} částku 14 300 EUR, valuta 18. 11. Chtějí potvrzení banky, stačí výpis?`),
];

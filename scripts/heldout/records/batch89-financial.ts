/** Held-out batch 89: cards, IBANs and routing numbers in vet invoices, loan refunds, film budgets, chemical orders and registry fees. Hand-written. */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH89_FINANCIAL: DraftRecord[] = [
  rec('chat_es_mx', f`Oye, un cliente pagó la cirugía de su iguana con la tarjeta ${v('financial.payment_card', '4539 2870 1164 3371')} y el banco rechazó el cargo de $8,450 MXN dos veces. ¿Me ayudas a redactar un mensaje amable para pedirle otra forma de pago?`),

  rec('chat_es_ar', f`Che, el productor me pasó la tarjeta corporativa para pagar el alquiler de la cámara: ${v('financial.payment_card', '5312-6048-9917-2036')}, vence 09/27. ¿Es seguro mandarla por mail al rental o mejor por teléfono?`),

  rec('email_pt_ao', f`Caros colegas,

Segue o IBAN para a transferência do reembolso da taxa de consulta veterinária (papagaio cinzento, ficha 2291):
${v('financial.iban', 'PT08 0035 2741 0093 8156 2048 7')}
Titular: Domingos Kiala Mbemba

Cumprimentos,
Contabilidade — Clínica Arcaverde Luanda`),

  rec('csv', f`Reconcilia estos reembolsos de préstamos estudiantiles con el extracto, por favor:

${amb('source_code.snippet', f`ref;fecha;importe;iban_destino;estado
RB-88120;2024-10-02;312,40;${v('financial.iban', 'ES64 2038 1742 9061 8425 0937')};pagado
RB-88121;2024-10-02;98,00;${v('financial.iban', 'FR89 3000 4028 3700 0194 7382 615')};pagado
RB-88122;2024-10-03;1.204,15;ES** **** **** **** **** 4417;devuelto
RB-88123;2024-10-03;45,90;${v('financial.iban', 'IT77R0306939471000004827163')};pendiente`)}`),

  rec('invoice_de_ch', f`RECHNUNG 2024-7731
Quimeris Spezialchemie AG, Basel
Lieferung: 4 × 25 L Dichlormethan p.a.
Total CHF 1'842.60

Zahlbar innert 30 Tagen auf:
IBAN ${v('financial.iban', 'CH50 0483 5729 1084 6253 X')}
BIC ${amb('financial.swift_bic', 'CRESCHZZ80A')}

Kannst du diese Rechnung auf Englisch übersetzen?`),

  rec('chat_pl', f`Pomóż mi napisać pismo do banku. Przelew za licencję archiwalnych nagrań (12 000 zł) wysłałem na zły rachunek: ${v('financial.iban', 'PL94 2490 1285 0000 0004 2093 7615')}. Chcę reklamować.`),

  rec('ach_form', f`Can you check this borrower's auto-debit form is complete before I key it in?

Borrower: Tamika R. Ellison
Loan #: CLP-4471-0093
Bank routing (ABA): ${v('financial.aba_routing', '071903851')}
Account: ${ambCat('financial', '4482019375')}
Account type: checking
Draft day: 15th`),

  rec('chat_ro', f`Bună, trebuie să plătesc taxa pentru certificatul de căsătorie în străinătate. Contul primăriei: ${v('financial.iban', 'RO19 BTRL 0130 1205 K837 19XX')}. Am pus IBAN-ul corect? Aplicația băncii zice că e valid, dar vreau să fiu sigur.`),

  rec('chat_el', f`Καλησπέρα, ο πελάτης μας στη Θεσσαλονίκη πλήρωσε με κάρτα ${v('financial.payment_card', '4917 3306 5812 0444')} για ένα βαρέλι τολουόλιο και ζητάει επιστροφή. Γράψε μου μια απάντηση στα ελληνικά.`),

  rec('email_tr', f`Sayın yetkili,

Belgesel film ortak yapım payının (45.000 EUR) aşağıdaki hesaba aktarılmasını rica ederiz:
IBAN: ${v('financial.iban', 'TR44 0001 0001 9384 7261 0537 01')}
Alıcı: Boğaz Yapım Ltd. Şti.

Saygılarımızla`),

  rec('chat_az', f`Salam, veterinar klinikasına ödəniş üçün bu IBAN-ı yoxlaya bilərsən? ${v('financial.iban', 'AZ19 PAHA 4006 0AZN C837 1920 4615')} — banka köçürəndə "hesab tapılmadı" deyir.`),

  rec('chat_ka', f`გამარჯობა, ქორწინების რეგისტრაციის საფასური გადავიხადე ამ ანგარიშზე: ${v('financial.iban', 'GE35 TB71 9483 6572 0163 00')}. ქვითარი არ მომივიდა — როგორ შევამოწმო?`),

  rec('chat_ar_maghreb', f`سلام، بغيت نخلص فاتورة المواد الكيميائية بالبطاقة ${v('financial.payment_card', '5274 9106 3382 5714')} ولكن الموقع كيقول "transaction refusée". واش المشكل من البنك ولا من الموقع؟`),

  rec('payment_json', f`Why does our gateway say "invalid expiry" on this request from the vet shop?

${amb('source_code.snippet', f`{
  "amount": 18900,
  "currency": "AED",
  "source": {
    "type": "card",
    "number": "${v('financial.payment_card', '4024007188652233')}",
    "expiry_month": 13,
    "expiry_year": 2026,
    "cvv": "${ambCat('financial', '482')}"
  },
  "reference": "VET-DXB-20241104-77"
}`)}`),

  rec('chat_sw', f`Habari, tafadhali nisaidie kuandika barua kwa benki. Kadi yangu ${v('financial.payment_card', '2221 0073 5186 4495')} ilitozwa mara mbili kwa ada ya usajili wa ndoa (KSh 3,200).`),

  rec('chat_uz', f`Assalomu alaykum, hujjatli film uchun Qozog'istondagi hamkorga pul o'tkazishim kerak. Ularning IBAN: ${v('financial.iban', 'KZ75 722C 0000 1837 2644')}. SWIFT kodi kerakmi?`),

  rec('chat_ja', f`獣医病院の予約サイトでJCBカード ${v('financial.payment_card', '3566 0027 4419 8306')} が使えないとお客様から連絡がありました。丁寧なお詫びメールを書いてください。`),

  rec('bank_letter_sa', f`السادة بنك الراجحي،
نرجو تحويل مبلغ 27,500 ريال من حساب شركة كيماويات الخليج إلى حساب المورد:
الآيبان: ${v('financial.iban', 'SA80 1000 0028 4719 3650 0207')}
ولكم جزيل الشكر.

Translate this to English for our Dutch finance team.`),

  rec('chat_en', f`Borrower called saying her refund of $212.18 went to an old account. She read me the Amex she wants it on instead: ${v('financial.payment_card', '378251039461770')}. Can we even refund student-loan overpayments to a card? Draft what I should tell her.`),

  rec('chat_hu', f`Szia, a dokumentumfilm zeneszerzőjének ide kell utalni a jogdíjat: ${v('financial.iban', 'HU76 1070 0024 0483 9172 0100 0005')}. Írnál egy rövid visszaigazoló e-mailt?`),
];

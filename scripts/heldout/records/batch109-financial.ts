/**
 * Held-out batch 109: card numbers, IBANs and settlement instructions from car-rental damage
 * claims, a bond settlement back office, an NGO cash-transfer programme and a blood-donation
 * centre's expense desk. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH109_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer disputes the €1,240 damage charge for the scratched bumper (claim DC-24-08817). Card on the rental agreement: ${v('financial.payment_card', '4315 4696 7080 3377')}, exp 06/27. Draft a reply explaining the excess and the photos from check-in vs check-out.`),

  rec('email_de', f`Betreff: Rückerstattung Kaution – Mietvertrag RA-778104

Sehr geehrter Herr Vogt,

die Kaution von 300,00 € wurde irrtümlich zweimal belastet. Bitte überweisen Sie den Betrag zurück auf:
Kontoinhaber: Matthias Vogt
IBAN: ${v('financial.iban', 'DE28 6468 2716 6311 2942 74')}
BIC: ${amb('financial.swift_bic', 'SOLADES1REU')}

Mit freundlichen Grüßen
Schadenabteilung

→ Kannst du das höflicher formulieren?`),

  rec('csv', f`Match these damage-charge captures against the acquirer settlement file and list the ones missing:

${cfg(f`capture_id;date;plate;amount_eur;pan;status
CAP-91024;2024-10-02;B-RW 4471;385.00;${v('financial.payment_card', '5122882373610073')};captured
CAP-91025;2024-10-02;M-RW 1180;1240.00;**** **** **** 3377;captured
CAP-91031;2024-10-03;HH-RW 903;95.50;${v('financial.payment_card', '379996083229940')};refunded
CAP-91040;2024-10-04;K-RW 2207;612.90;${v('financial.payment_card', '2221 0201 8846 7317')};captured`)}`),

  rec('chat_ja', f`レンタカーの修理代を請求したお客様から、カード番号を確認してほしいと言われました。JCB ${v('financial.payment_card', '3586-6340-4693-6888')}、有効期限 11/26。丁寧な日本語で確認メールを書いてください。`),

  rec('settlement_instr', f`Please turn these standing settlement instructions into a clean table for the onboarding pack:

Counterparty: Nordhavn Capital Markets A/S
Cash correspondent (EUR): ${amb('financial.swift_bic', 'DABADKKK')}
Beneficiary account: ${v('financial.iban', 'DK32 9489 6776 2578 15')}
Securities: Euroclear participant 24718, safekeeping acct ${ambCat('financial', '24718-0093')}
Place of settlement: ${amb('financial.swift_bic', 'MGTCBEBEECL')}
Cut-off for DVP: 16:45 CET`),

  rec('swift_mt', f`Our MT103 for the coupon payment got rejected with "Invalid beneficiary account". Here's the message:

${cfg(f`{1:F01${amb('financial.swift_bic', 'SOVBLULLAXXX')}0000000000}{2:I103${amb('financial.swift_bic', 'BILLLULLXXXX')}N}{4:
:20:CPN-DE-241104-07
:23B:CRED
:32A:241104EUR1843750,00
:50K:/${v('financial.iban', 'LU66 9270 5301 5047 7656')}
SOVEREIGN BOND OPS SA
:57A:${amb('financial.swift_bic', 'BILLLULL')}
:59:/${v('financial.iban', 'FR97 3267 7344 93A9 6165 4633 456')}
TRESOR AGENCE FRANCE
:70:COUPON OAT 2.75 25/10/2027
:71A:SHA
-}`)}`),

  rec('email_fr', f`Objet : Instructions de règlement – rachat OAT

Bonjour,

Suite à l'opération du 4 novembre, merci de verser la soulte sur le compte suivant :
Titulaire : Caisse de Placement Régionale
IBAN ${v('financial.iban', 'FR97 3267 7344 93A9 6165 4633 456')}

Cordialement,
Back-office Titres d'État

Peux-tu traduire en anglais pour notre dépositaire ?`),

  rec('chat_pl', f`Kontrahent z Warszawy prosi o potwierdzenie rachunku do rozliczenia kuponu obligacji skarbowych: ${v('financial.iban', 'PL74 2684 3663 9641 4362 9734 3255')}. Napisz krótki mail po polsku, że zmiana rachunku wymaga potwierdzenia telefonicznego pod numerem z umowy.`),

  rec('ach_form', f`Fill in the vendor form for the US paying agent — which box does the routing number go in?
Bank: First Meridian Trust
ABA routing: ${v('financial.aba_routing', '021076835')}
Account: ${ambCat('financial', '4820193756')}
Account type: checking
Beneficiary: Sovereign Ops Treasury LLC`),

  rec('csv', f`${cfg(f`household_id,head_of_household,district,amount_uah,iban,tranche
HH-UA-20391,Kovalenko O.,Kharkiv,6600,${v('financial.iban', 'UA48 7115 4373 3174 0444 4626 0310 2')},2
HH-UA-20397,Melnyk T.,Kharkiv,6600,${v('financial.iban', 'UA487115437331740444462603102')},2
HH-UA-20412,Shevchuk I.,Izium,8800,,2`)}

Two rows have the same IBAN — in the cash programme that's a duplicate-registration red flag. Write the follow-up note for the field team (Ukrainian + English). Also HH-UA-20412 has no IBAN, draft an SMS asking for it.`),

  rec('chat_ar_lev', f`مرحبا، بدنا نحول دفعة المساعدة النقدية لعيلة نازحة بعمّان. الحساب: ${v('financial.iban', 'JO39 ARAB 8248 4049 9994 1356 4636 62')} باسم أم خالد. فيك تكتبلي رسالة تأكيد للبنك بالعربي الفصحى؟`),

  rec('chat_tr', f`Hatay'daki deprem sonrası yerinden edilmiş aileler için nakit transferi: faydalanıcı IBAN ${v('financial.iban', 'TR19 2372 7077 5930 2329 7618 54')}, tutar 4.500 TL. Bankaya gönderilecek talimat yazısını hazırlar mısın?`),

  rec('email_en_gb', f`Hi Priya,

The Lebanon partner has sent their new account for the March cash disbursement:
${v('financial.iban', 'LB67 5269 3702 1259 2539 2350 5121')}
Could you check it against the due-diligence file before Finance releases USD 48,200? Last time the account name didn't match the MoU.

Cheers,
Owen
Grants & Compliance, ${phone('+44 20 7946 0321')}`),

  rec('chat_ps', f`Need a bilingual (Arabic/English) receipt template for cash-for-rent payments in Ramallah. Example row: landlord Yousef H., account ${v('financial.iban', 'PS32 PALS 5220 7890 9910 5567 0115 7')}, 1,150 ILS, period April.`),

  rec('chat_hu', f`Szia! A véradóközpont önkénteseinek útiköltség-térítését erre a számlára kell utalni: ${v('financial.iban', 'HU52 7817 2009 1644 5226 5400 7373')} (Kiss Bence). Írnál egy rövid visszaigazoló e-mailt magyarul?`),

  rec('chat_ro', f`Bună, un donator a plătit cu cardul ${v('financial.payment_card', '4238 9734 0107 5456')} taxa de parcare la centrul de transfuzii și vrea rambursare. Cum formulez răspunsul?`),

  rec('log', f`${cfg(f`2024-11-04 09:12:44,118 ERROR [refund-worker-3] AcquirerClient - refund failed rrn=430918227164 amount=85.00 EUR reason=CARD_EXPIRED
  card.number=${v('financial.payment_card', '5335773360732165')} card.exp=10/24 holder="A. Rinaldi"
  at eu.rentwheel.payments.AcquirerClient.refund(AcquirerClient.java:311)`)}

why does the refund worker still log the full card number? we thought that was masked in 4.2`),

  rec('chat_zh', f`客户说押金退款一直没到账，他的银联卡号是 ${v('financial.payment_card', '6277 2620 6412 1368 861')}。请帮我写一封中文道歉邮件，说明退款需要7-10个工作日。`),

  rec('chat_es_ar', f`Che, el proveedor de la municipalidad para las transferencias a familias desplazadas me pasó esta cuenta española para el pago del software: ${v('financial.iban', 'ES94 5754 3840 2669 2231 4348')}. ¿Me armás un mail pidiendo la factura antes de pagar?`),

  rec('chat_el', f`Καλησπέρα, ο πελάτης πλήρωσε την ασφάλεια ζημιών με κάρτα ${v('financial.payment_card', '4407 3398 3541 1110')} αλλά ζητά επιστροφή στον λογαριασμό ${v('financial.iban', 'GR31 7279 4479 4660 4071 4498 786')}. Γίνεται αυτό;`),

  rec('chat_lt', f`Sveiki, obligacijų kupono mokėjimas grįžo. Gavėjo sąskaita ${v('financial.iban', 'LT77 6650 6089 2293 5477')}, BIC ${amb('financial.swift_bic', 'CBVILT2X')}. Parašykite laišką banko korespondentui anglų kalba.`),
];

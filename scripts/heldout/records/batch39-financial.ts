/**
 * Held-out batch 39: card numbers, IBANs and bank details at a wine estate, a legal clinic, an
 * electrolyser maker, a newspaper classifieds desk, a hospital laundry and an esports organiser.
 * Check digits are computed (Luhn, mod-97). Hand-written.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Appends the Luhn check digit to a card number written without its last digit. */
const card = (body: string): string => body + String(luhnCheckDigit(body.replace(/\D/g, '')));
/** ABA routing number: 8 digits + 3-7-1 check digit. */
const aba = (p8: string): string => p8 + String(abaCheckDigit(p8));
/** IBAN with computed check digits, in groups of four unless `compact`. */
const iban = (cc: string, bban: string, compact = false): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return compact ? s : s.replace(/(.{4})/g, '$1 ').trim();
};

export const BATCH39_FINANCIAL: DraftRecord[] = [
  rec('chat_en_nz', f`Kia ora, can you help me write a reply to one of our wine club members? Mere rang the cellar door yesterday and read her new card out over the phone because the old one expired — Visa ${v('financial.payment_card', card('4916 3820 1947 552'))}, exp 03/28. I've already updated it in the club system. I just want to email her to confirm without repeating the number, and remind her the autumn release ships 14 March. Ka pai!`),

  rec('email_af', f`Goeiemôre Annelie

Die Duitse invoerder (Weinhaus Kessler, Mainz) het gevra dat ons die krediet vir die 36 gebreekte bottels Chenin direk na hul rekening oorbetaal:
IBAN: ${v('financial.iban', iban('DE', '550501200471829306'))}
BIC: ${amb('financial.swift_bic', 'MALADE51MNZ')}
Bedrag: EUR 412,20

Vir die res van die uitvoerfaktuur bly ons eie besonderhede dieselfde: Nedbank, takkode 198765, rekeningnommer ${ambCat('financial', '1048293715')}.

Kan jy asseblief die betaling vandag laai? Ek het dit ook in Engels nodig vir hul boekhouer.

Groete
Pieter`),

  rec('invoice_da', f`Kan du tjekke om fakturaen her ser rigtig ud før jeg sender den til vinimportøren i Aarhus?

FAKTURA 2024-1187
Bergrivier Landgoed (Pty) Ltd → Vinhuset Aarhus ApS
Levering: 240 fl. Pinotage 2021, 120 fl. Chenin Blanc 2023
Beløb: DKK 38.640,00
Betalingsfrist: 30 dage netto

Betales til: ${v('financial.iban', iban('DK', '54700004829173'))}
Reg.nr. 5470 Kontonr. ${ambCat('financial', '0004829173')}`),

  rec('chat_fo', f`Kanst tú umseta hetta til enskt? Kundin í Klaksvík vil gjalda fyri vínpakkan við bankaflyting:
"Hey, vit hava skift til Betri Banka. Nýggja kontan hjá okkum er ${v('financial.iban', iban('FO', '92810005372914'))}. Vinarliga send okkum kvittan, tá ið tit hava móttikið peningin. Takk fyri!"`),

  rec('email_mt', f`Għażiż Sur Camilleri,

Skont il-kuntratt għas-servizz tal-londri għall-lukanda, il-ħlas ta' kull xahar għandu jsir fil-kont tagħna:
IBAN: ${v('financial.iban', iban('MT', 'VALL22013000000040018463217'))}
BIC: ${amb('financial.swift_bic', 'VALLMTMT')}
Referenza: LNW-HTL-2024-11

Grazzi,
Rita Borg – Kontijiet, LinenWorks Malta

→ Please translate to English and make it a bit more formal.`),

  rec('chat_tr', f`Membran tedarikçisi yeni banka bilgilerini gönderdi, ödeme talimatını hazırlamadan önce kontrol eder misin?
Alıcı: Anadolu Polimer San. ve Tic. A.Ş.
IBAN: ${v('financial.iban', iban('TR', '0006200018400006298317'))}
Tutar: 184.500,00 EUR (PEM membran partisi, sipariş 4500021873)
Açıklama: Fatura ANP2024-00917

IBAN'ın uzunluğu doğru mu? Türk IBAN'ı 26 karakter olmalı diye biliyorum.`),

  rec('xml', f`Unsere Bank lehnt die Sammelüberweisung ab ("Invalid content"). Was stimmt an der Datei nicht?

${amb('source_code.snippet', f`<CdtTrfTxInf>
  <PmtId><EndToEndId>H2W-2024-12-0042</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">23800.00</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BICFI>${amb('financial.swift_bic', 'COBADEFFXXX')}</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Titan Anodenbau GmbH</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${v('financial.iban', iban('DE', '100400000318274650', true))}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>RE 2024-3381 Iridium-Beschichtung Anoden</Ustrd></RmtInf>
</CdtTrfTxInf>
<CdtTrfTxInf>
  <PmtId><EndToEndId>H2W-2024-12-0043</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">4120,50</InstdAmt></Amt>
  <Cdtr><Nm>Kühltechnik Brandt KG</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${v('financial.iban', iban('DE', '260501750029384716', true))}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>`)}`),

  rec('ticket_en_wales', f`Ticket #OB-2291 – death notice payment

Caller: Mrs Eirlys Pritchard (daughter of the deceased), ${phone('01970 624 318', 'GB')}
Notice: 2 insertions, Cambrian edition, with photo – £96.00
Paid by card over the phone: Mastercard ${v('financial.payment_card', card('5412 7530 9184 267'))}, exp 09/26, CVV given
Approved by: Sioned (classifieds)

Can you rewrite this ticket so the card details are removed but everything else is kept for the accounts team?`),

  rec('chat_en_bb', f`A lady emailed her card to place the wedding anniversary ad, I know she shouldn't have but anyway. Amex ${v('financial.payment_card', card('3782 914063 5829'))} exp 11/27, name on card Marcia Greaves. Write me a nice reply telling her we processed it and that next time she should call the desk instead, and tell her the ad runs Sunday.`),

  rec('csv', f`Prize payouts for the Nordic Clash Winter finals, please total by currency and check nothing is missing:

${amb('source_code.snippet', f`team,player,share_eur,iban,bic
Fjord Wolves,tjorvi,1250.00,${v('financial.iban', iban('FO', '60820000739218', true))},${amb('financial.swift_bic', 'EIKBFOTF')}
Fjord Wolves,hallur_fo,1250.00,${v('financial.iban', iban('DK', '30001948273615', true))},${amb('financial.swift_bic', 'DABADKKK')}
Kuzey Kartalları,mertcan,900.00,${v('financial.iban', iban('TR', '0001000193847201654328', true))},${amb('financial.swift_bic', 'TCZBTR2A')}
Dragons of Gwent,bryn_ap,600.00,${v('financial.iban', iban('GB', 'NWBK60170852918364', true))},${amb('financial.swift_bic', 'NWBKGB2L')}
Valletta Vipers,kurt.mt,400.00,${v('financial.iban', iban('MT', 'MALT01100000000402198736150', true))},${amb('financial.swift_bic', 'MALTMTMT')}`)}`),

  rec('email', f`Hi Rhodri,

Could you set up a payment for the Tigrinya interpreter we used for the tribunal hearing on 28 November? Her invoice (INV-031) is for £245.00.
Name: Selam Haile
IBAN: ${v('financial.iban', iban('GB', 'LOYD30963417428519'))}
Sort code 30-96-34, account ${ambCat('financial', '17428519')}

Thanks,
Catrin (Swansea Refugee Law Project)

→ can you turn this into a short payment request for the finance form? keep the bank details exactly as they are`),

  rec('invoice', f`LinenWorks Cymru Ltd – INVOICE 7741
To: Hywel Dda University Health Board, Accounts Payable
Period: November 2024 – theatre linen, scrubs, patient gowns (rental + process)
Total: £41,882.16

Remit to: Barclays, sort code 20-45-77, account ${ambCat('financial', '63018274')}
IBAN ${v('financial.iban', iban('GB', 'BARC20457763018274', true))}

Reword the payment terms line so it says 30 days from invoice and that late payment interest applies.`),

  rec('form', f`ACH details from our California importer for the pinot order — can you check they're in the right fields of our export form?

Importer: Golden Bough Wine Imports LLC, Sonoma CA
Bank: Redwood Valley Bank
Routing (ABA): ${v('financial.aba_routing', aba('12107438'))}
Account: ${ambCat('financial', '4400918273')}
Amount: USD 18,960.00 (invoice NZ-EX-2024-118)`),

  rec('chat_en_sg', f`Boss ask me settle the venue deposit for the Singapore finals today. Can use the company Amex ${v('financial.payment_card', card('3714 496353 9843'))} exp 06/27, or must do bank transfer? The venue's account is OCBC ${ambCat('financial', '601-283947-001')}, SWIFT ${amb('financial.swift_bic', 'OCBCSGSG')}. Help me draft the email to them, short can already.`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02 14:03:11,208 ERROR portal.payments  Charge failed customer=HOTEL-0193 invoice=LW-24-11-0193 amount=1884.20 EUR
  card_number=${v('financial.payment_card', card('4532 0187 6639 211'))} exp=2027-01 holder="ST GEORGES BAY HOTEL"
  gateway_response=05 DO_NOT_HONOUR
2024-12-02 14:03:42,551 INFO  portal.payments  Charge ok customer=HOTEL-0207 card=************4417 amount=622.00 EUR`)}

Why do we log the whole card number for failures but mask it for successes? Where in the code would that be?`),

  rec('chat_de_na', f`Hallo, kannst du mir die Bestellung für den Kunden in Swakopmund kurz zusammenfassen, für die Versandabteilung? Er hat am Telefon mit Karte bezahlt, Mastercard ${v('financial.payment_card', card('5204 7300 1926 484'))}, gültig bis 08/27 – is alles durch. 2 Kisten Pinotage, 1 Kiste Chenin, Lieferung per Pad-Kurier bis Freitag. Falls was ist, Rückerstattung auf sein Konto bei Bank Windhoek, Nr. ${ambCat('financial', '8003 294 715')}.`),

  rec('chat_xh', f`Ndicela undincede ndibhale irisithi emfutshane. Umthengi ufowunile ukuze ahlawule iwayini ngekhadi: inombolo yekhadi ngu-${v('financial.payment_card', card('5236 4190 7358 201'))}, liphelelwa 02/27, igama nguNomsa Dlamini. Ndifuna ukumxelela ukuba intlawulo ifikile nokuba ibhokisi iza kuthunyelwa ngoMvulo.`),

  rec('chat_st', f`Lumela, moreki oa rona oa Maseru o lefile veine ka khoebo ea banka. O re o sebelisitse akhaonto ea Standard Lesotho Bank ${ambCat('financial', '9080 0041 8273 6')}, empa chelete ha e so fihle. Haeba e sa fihle, o re re ka sebelisa karete ea hae ea Visa ${v('financial.payment_card', card('4024 0071 9382 117'))} (e fela 10/26). Ke kopa o ngole lengolo le khutšoanyane ka Senyesemane ho banka ea rona.`),

  rec('chat_ku', f`Ji kerema xwe alîkariya min bike ku ez vê peyamê ji bo xerca serlêdana vîzeyê binivîsim. Pismamê muwekîlê me dê bi karta xwe bide: Visa ${v('financial.payment_card', card('4539 6618 2047 395'))}, dawiya derbasbûnê 05/27, navê li ser kartê: Azad Şêxo. Divê ez ji wî re bibêjim ku pere hat wergirtin û ku randevû di 12ê Kanûnê de ye.`),

  rec('chat_tr', f`Akaryakıt istasyonu şirket kartımızı kabul etmedi, bankaya şikâyet maili yazar mısın? Kart: Troy ${v('financial.payment_card', card('9792 0304 1827 365'))}, son kullanma 04/27, LinenWorks İzmir adına. Aynı gün iki kere 1.850 TL provizyon alınmış ama yakıt verilmedi.`, 'Troy (Turkish domestic scheme, 9792 BIN): a payment card, though few detectors know the range'),

  rec('chat_my', f`ကျေးဇူးပြု၍ ဒီစာကို ဘဏ်ကို ပို့ဖို့ အင်္ဂလိပ်လို ရေးပေးပါ။ ကျွန်တော့် UnionPay ကတ် ${v('financial.payment_card', card('6250 9473 1820 564'))} ကို ATM မှာ ပိတ်သွားပါတယ်။ လစာက ဒီကတ်ထဲ ဝင်ပါတယ်။ ဖုန်း ${phone('+65 8294 6137')} ကို ဆက်သွယ်ပေးပါ။`),
];

/**
 * Held-out batch 102: card numbers, IBANs and routing numbers from a ferry line's bookings, a sleep
 * clinic's billing, an expat tax-advisory firm, a game publisher, a cement plant and a zoo. Hand-written.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit, luhnValid } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (p: string): string => p + String(luhnCheckDigit(p));
const g4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const aba = (p8: string): string => p8 + String(abaCheckDigit(p8));

const VISA_1 = card('445093718260417');
const VISA_2 = card('492817360548291');
const MC_1 = card('539104827365019');
const MC_2 = card('222384019273645');
const AMEX = card('37492810573618');
const JCB = card('353841029375610');
const UNIONPAY = card('621483092716540');
const DINERS = card('3648271950382');
const MAESTRO = card('676938104726351');
const DISCOVER = card('601148273619054');
// Luhn-failing on purpose (a typo the customer corrects in the next line).
const VISA_TYPO = VISA_2.slice(0, 15) + String((Number(VISA_2[15]) + 3) % 10);
if (luhnValid(VISA_TYPO)) throw new Error('typo card must fail Luhn');

export const BATCH102_FINANCIAL: DraftRecord[] = [
  rec('chat_en_uk', f`Hi, a passenger rang the booking office: she paid twice for the Oban–Craignure car crossing. She read me her card over the phone, ${v('financial.payment_card', g4(VISA_1))}, expiry 09/27, booking ref CMX-48210. Can you draft an apology and explain the duplicate will drop off within 5 working days?`),

  rec('chat_es_ic', f`Buenas, una clienta de Tenerife reservó el ferry a La Gomera con su Mastercard ${v('financial.payment_card', MC_1)} y el TPV la rechazó tres veces. Quiere saber si se le cobró. ¿Me ayudas a escribirle un correo tranquilizador?`),

  rec('refund_mail_pt', f`Assunto: Reembolso — viagem Lisboa–Funchal cancelada

Exmos. Senhores,
Na sequência do cancelamento da travessia de 12/11, solicito o reembolso do valor pago (186,40 €) para a seguinte conta:
Titular: Mariana Lopes Vieira
IBAN: ${v('financial.iban', g4(iban('PT', '003506518274019283741')))}
BIC: ${amb('financial.swift_bic', 'CGDIPTPL')}
Com os melhores cumprimentos,
Mariana Vieira

Pode traduzir isto para inglês para o nosso parceiro de reservas?`),

  rec('tax_transfer_de', f`Kannst du diese Zahlungsanweisung für unseren Mandanten (Expat, zieht nach Singapur) auf Fehler prüfen?

Empfänger: Finanzamt München Abt. II
IBAN: ${v('financial.iban', g4(iban('DE', '700500000024810936')))}
Verwendungszweck: StNr 143/218/40391 ESt 2023 Nachzahlung
Betrag: 4.812,00 EUR
Auftraggeber-IBAN: ${v('financial.iban', iban('DE', '120300001049273618'))}`),

  rec('tax_expat_fr_ch', f`Bonjour, un client français installé à Genève nous demande sur quel compte verser l'acompte d'impôt. Nos coordonnées bancaires :
Expatax Conseil Sàrl — UBS Genève
IBAN ${v('financial.iban', g4(iban('CH', '00279271048392610')))}
BIC ${amb('financial.swift_bic', 'UBSWCHZH80A')}
Peux-tu rédiger un court e-mail en français et en anglais ?`),

  rec('csv_ferry_refunds', f`These are the refunds for the storm cancellations on the Pentland crossing, can you total by payment method?

booking_ref;passenger;method;amount_gbp;card_or_account
PNT-77120;Ross, A.;card;64.00;${v('financial.payment_card', VISA_2)}
PNT-77124;MacLeod, F.;card;128.50;**** **** **** 3390
PNT-77131;Sinclair, J.;bank;92.00;${v('financial.iban', iban('GB', 'BUKB20201573829104'))}
PNT-77135;Tait, R.;card;64.00;${v('financial.payment_card', AMEX)}
PNT-77140;Groat, E.;voucher;40.00;GV-2024-0091`),

  rec('chat_zh_hk', f`你好，有位旅客用銀聯卡 ${v('financial.payment_card', g4(UNIONPAY))} 訂咗港澳噴射飛航嘅船票，但係退款一直未收到。可唔可以幫我寫封英文信俾收單銀行查詢？`),

  rec('chat_ja_jcb', f`来園者から年間パスポートの二重決済の問い合わせです。JCBカード ${v('financial.payment_card', JCB.replace(/(\d{4})(\d{4})(\d{4})(\d{4})/, '$1-$2-$3-$4'))}、金額は各12,000円。返金手続きの案内文を作ってください。`),

  rec('member_form_nl', f`Kun je dit incassoformulier voor het jaarabonnement van de dierentuin controleren?

Naam lid: Pieter-Jan de Boer
Lidnummer: ZOO-NL-448192
IBAN: ${v('financial.iban', g4(iban('NL', 'RABO0318274619')))}
Machtiging: doorlopend, € 89,50 per jaar
Datum: 03-12-2024`),

  rec('sleep_billing_en_us', f`Patient called about her CPAP supply order. She gave card ${v('financial.payment_card', DISCOVER)} exp 04/26 for the $212.40 copay balance, and wants the rest billed to insurance. Can you write a note for billing explaining this?`),

  rec('supplier_pl', f`Dzień dobry, proszę o przygotowanie polecenia przelewu dla dostawcy gipsu do cementowni:

Odbiorca: Gips-Mineral Sp. z o.o.
Numer rachunku: ${v('financial.iban', g4(iban('PL', '109010140000071219812874')))}
Kwota: 38 420,00 PLN
Tytuł: FV 2024/11/0831 — gips syntetyczny, 3 dostawy`),

  rec('publisher_payout_sv', f`Hej! Vi betalar ut royalties till en indieutvecklare i Stockholm för Q3. Kontrollera bankuppgifterna innan jag skickar:
Mottagare: Fjällräv Interactive AB
IBAN: ${v('financial.iban', iban('SE', '50000000058398257466'))}
BIC: ${amb('financial.swift_bic', 'ESSESESS')}
Belopp: 214 300 SEK (netto efter plattformsavgift 30 %)`),

  rec('wire_en_us', f`Our US contractor (QA tester for the console port) wants ACH instead of PayPal. He sent:
Bank: Lakeshore Community Credit Union
Routing: ${v('financial.aba_routing', aba('07192034'))}
Account: ${ambCat('financial', '4829301746')}
Type: checking
Can you fill in the vendor payment form text for finance?`),

  rec('chat_typo_card_it', f`Il cliente al telefono ha dettato la carta per il biglietto Milazzo–Vulcano: prima ${VISA_TYPO} poi si è corretto, ma non ricordo quale cifra. La ricevuta dice ${v('financial.payment_card', g4(VISA_2))}. Come gli scrivo che il pagamento è andato a buon fine?`),

  rec('zoo_adoption_tr', f`Merhaba, "Bir hayvan sahiplen" bağış kampanyası için yabancı bağışçılar banka havalesi yapmak istiyor. Hesap bilgilerimiz:
Hesap adı: Şehir Hayvanat Bahçesi Vakfı
IBAN: ${v('financial.iban', g4(iban('TR', '0006200041900006298471')))}
SWIFT: ${amb('financial.swift_bic', 'TGBATRISXXX')}
İngilizce ve Almanca bir bilgilendirme metni yazar mısın?`),

  rec('chat_el_card', f`Καλησπέρα, πελάτης πλήρωσε το εισιτήριο για Ηράκλειο με Diners ${v('financial.payment_card', DINERS)} αλλά το σύστημα κρατήσεων δεν δέχεται Diners. Τι του απαντάμε;`),

  rec('chat_ro_maestro', f`Bună ziua, un membru al grădinii zoologice a plătit abonamentul cu cardul Maestro ${v('financial.payment_card', g4(MAESTRO))} și i s-a reținut suma de două ori. Poți să-mi scrii un răspuns politicos în română?`),

  rec('tax_refund_hr_en', f`Client update for the file, please tidy the English:

"Mr. Kovač (moved from Zagreb to Dublin 2022) wants the Irish tax refund paid to his Croatian account ${v('financial.iban', g4(iban('HR', '23600001102719384')))} instead of the Irish one ${v('financial.iban', g4(iban('IE', 'AIBK93115212908746')))}. Revenue needs the form signed by him. His mobile is ${phone('+353 87 419 2835')}."`),

  rec('mc_chat_ar_eg', f`ازيك، في عضو في حديقة الحيوان دفع التجديد السنوي بكارت ماستركارد ${v('financial.payment_card', MC_2)} والفلوس اتخصمت بس العضوية لسه منتهية. اكتبلي رد رسمي بالعربي لو سمحت.`),

  rec('cement_customer_lv', f`Sveiki! Lūdzu, palīdzi uzrakstīt atgādinājumu klientam par nesamaksātu rēķinu par CEM I 42,5 R piegādi.
Rēķins: CEM-LV-2024-1187, summa 12 640,00 EUR
Mūsu konts: ${v('financial.iban', g4(iban('LV', 'HABA0551028371946')))}
Termiņš bija 15.11.2024.`),
];

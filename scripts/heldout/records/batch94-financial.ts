/**
 * Held-out batch 94: financial values (cards, IBANs, routing numbers) in seller payouts, dental-lab
 * invoices, park permit refunds, school bursaries and MRO supplier payments. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { ibanCheckDigits, luhnCheckDigit, abaCheckDigit } from '../../corpus/checksums';

const card = (p: string): string => p + String(luhnCheckDigit(p));
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const grp = (s: string, n = 4): string => (s.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join(' ');
const aba = (p8: string): string => p8 + String(abaCheckDigit(p8));

const VISA1 = card('453917204863512');
const MC1 = card('545721830946127');
const AMEX = card('37829104736518');
const VISA2 = card('492960381275401');
const MC2 = card('222130749185263');
const DISC = card('601129473810562');
const JCB = card('353011847296305');
const IBAN_DE = iban('DE', '500105175407324931');
const IBAN_ES = iban('ES', '21000418450200051332');
const IBAN_PT = iban('PT', '000700000012345678923');
const IBAN_FR = iban('FR', '30006000011234567890189');
const IBAN_CH = iban('CH', '00762016218937402');
const IBAN_LI = iban('LI', '08810000002384471');
const IBAN_NO = iban('NO', '86010487219');
const IBAN_DK = iban('DK', '00400440116243');
const IBAN_PL = iban('PL', '109010140000071219812874');
const IBAN_TR = iban('TR', '0006100519786457841326');
const IBAN_RO = iban('RO', 'BTRL01301205N19742XX');
const IBAN_EE = iban('EE', '2200221020145685');
const IBAN_HR = iban('HR', '23600001012345678');
const IBAN_IS = iban('IS', '0159260076545510730339');
const IBAN_FO = iban('FO', '64600006316342');
const IBAN_GE = iban('GE', 'NB0000000101904917');
const IBAN_AZ = iban('AZ', 'NABZ00000000137010001944');
const IBAN_EG = iban('EG', '0019000500000000263180002');
const IBAN_BE = iban('BE', '539007547034');
const IBAN_IT = iban('IT', 'X0542811101000000123456');
const IBAN_GB = iban('GB', 'NWBK60161331926819');
const IBAN_CR = iban('CR', '015202001026284066');
const IBAN_UA = iban('UA', '3052990000026007233566001');
const ABA1 = aba('02100002');
const ABA2 = aba('32227162');

export const BATCH94_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Seller in Guadalajara asks why his payout failed. He wrote in the ticket: "mi tarjeta de débito para retiros es ${v('financial.payment_card', grp(VISA1))}, vence 08/27". Can you draft a reply in Spanish telling him we never need the full card number and asking for a CLABE instead?`),

  rec('email', f`Betreff: Überweisung Rechnung RE-2025-0311 (Keramikverblendungen)

Sehr geehrte Damen und Herren,

bitte überweisen Sie den offenen Betrag von 4.812,60 EUR für die Zirkonkronen (Auftrag 22-ZK-881) auf unser Konto:

Kontoinhaber: Dentallabor Steinmann GmbH
IBAN: ${v('financial.iban', grp(IBAN_DE))}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}

Mit freundlichen Grüßen
Buchhaltung`),

  rec('csv', f`Bursary refunds batch (Lisbon + Luanda campuses) — please check totals before I upload to the bank:

${amb('source_code.snippet', f`beneficiario;iban;valor_eur;referencia
Encarregado A. Tavares;${v('financial.iban', IBAN_PT)};1250.00;BOLSA-25-014
Encarregada M. Fonseca;${v('financial.iban', IBAN_ES)};980.00;BOLSA-25-019
Encarregado J. Kiala;${v('financial.iban', IBAN_FR)};1400.00;BOLSA-25-022`)}

A soma deve dar 3630.00.`),

  rec('chat', f`Customer paid a backcountry permit twice. Refund form asks for the card; she gave ${v('financial.payment_card', MC1)} over the phone and I wrote it in the ticket notes. Now what's the PCI-compliant way to clean this up?`),

  rec('email', f`Objet : Règlement facture pièces — trains d'atterrissage

Bonjour,

Suite à la réception des vérins révisés (PO 7781-LG), merci de procéder au paiement sur notre compte suisse :

Titulaire : Hydraulik Service Romandie SA
IBAN : ${v('financial.iban', grp(IBAN_CH))}
BIC : ${amb('financial.swift_bic', 'UBSWCHZH80A')}
Montant : CHF 38'420.00

Cordialement,
Service comptabilité`),

  rec('chat', f`Kunde aus Vaduz hat die Einschreibegebühr für das Internat überwiesen, aber auf das alte Konto. Das alte war ${v('financial.iban', IBAN_LI)}. Kannst du mir helfen, eine Mail zu schreiben, dass wir das Geld zurückbuchen?`),

  rec('tsv', f`Payouts to Nordic sellers (week 11), export from the marketplace back office:

${amb('source_code.snippet', f`seller_id	country	iban	amount	currency
S-40192	NO	${v('financial.iban', IBAN_NO)}	18 240,00	NOK
S-40377	DK	${v('financial.iban', IBAN_DK)}	6 915,50	DKK
S-41010	IS	${v('financial.iban', IBAN_IS)}	412 000	ISK
S-41188	FO	${v('financial.iban', IBAN_FO)}	2 300,00	DKK`)}

Why does the Icelandic one show as rejected by the PSP?`),

  rec('chat', f`Proszę o pomoc z przelewem za łopaty wirnika (próbki do testów zmęczeniowych). Dostawca z Gdańska podał rachunek ${v('financial.iban', grp(IBAN_PL))}. Kwota 212 400 PLN. Napisz krótkie potwierdzenie zlecenia przelewu po angielsku dla naszej centrali.`),

  rec('chat', f`Satıcı destek: Türk satıcı ödemesi geri döndü. Sistemde kayıtlı IBAN ${v('financial.iban', grp(IBAN_TR))}. Banka "alıcı adı uyuşmuyor" diyor. Satıcıya ne yazmalıyım?`),

  rec('json', f`Payment webhook payload our dental-lab shop received (card details shouldn't be here, right?):

${amb('source_code.snippet', f`{
  "event": "payment.captured",
  "order": "DL-SHOP-55812",
  "amount": 14990,
  "currency": "GBP",
  "card": {
    "number": "${v('financial.payment_card', AMEX)}",
    "exp": "11/28",
    "holder": "R OKAFOR"
  }
}`)}`),

  rec('email', f`Subiect: Plată bursă – transferul din martie

Bună ziua,

Vă rog să virați bursa parțială pentru elevul din clasa a IX-a în contul părintelui: ${v('financial.iban', IBAN_RO)} (Banca Transilvania). Suma: 3.500 RON.

Mulțumesc,
Secretariat admitere`),

  rec('chat', f`Eesti müüja tahab väljamakseid uuele kontole: ${v('financial.iban', IBAN_EE)}. Kas me vajame tema kinnitust kahefaktorilise autentimisega enne muutmist? Kirjuta protseduur.`),

  rec('chat', f`Hrvatski dobavljač epoksidne smole traži plaćanje avansa na ${v('financial.iban', grp(IBAN_HR))}. U prošlom mjesecu je bio drugi račun. Je li to znak prijevare (BEC)? Što da provjerim?`),

  rec('chat', f`ტურისტული ნებართვების ანაზღაურება: ვიზიტორმა ჩაწერა IBAN ${v('financial.iban', IBAN_GE)} ფორმაში. გთხოვთ დამეხმაროთ ქართულად წერილის შედგენაში, რომ თანხა 5 სამუშაო დღეში დაბრუნდება.`),

  rec('chat', f`Satıcımız Bakıdan yazır: ödəniş hesabı ${v('financial.iban', IBAN_AZ)}. Manat ödənişləri üçün SWIFT kodu lazımdır? Qısa cavab yaz.`),

  rec('chat', f`عميل من القاهرة (بائع في المنصة) أرسل بيانات حسابه لتحويل الأرباح: ${v('financial.iban', IBAN_EG)}. هل رقم الآيبان المصري صحيح الطول؟ واكتب له رداً مهذباً بالعربية.`),

  rec('chat', f`US parent paying tuition by ACH for our boarding school: routing ${v('financial.aba_routing', ABA1)}, account ${ambCat('financial', '483920176654')}. Second parent uses routing ${v('financial.aba_routing', ABA2)}. Which of the two is a Chase routing number? Just curious, and can I store these in the admissions CRM?`),

  rec('chat', f`Hi! Booking a private park tour for 6 people. Here's my card to hold the reservation: ${v('financial.payment_card', `${VISA2.slice(0, 4)}-${VISA2.slice(4, 8)}-${VISA2.slice(8, 12)}-${VISA2.slice(12)}`)} exp 03/26 cvv 418. Please confirm by WhatsApp.`),

  rec('email', f`Subject: Supplier bank details update — rivets & fasteners

Dear Accounts Payable,

Please note our new bank details, effective immediately:
Beneficiary: Aerofix Components Ltd
IBAN ${v('financial.iban', IBAN_GB)}
Alternate (EUR): ${v('financial.iban', grp(IBAN_IT))}
Belgian subsidiary: ${v('financial.iban', grp(IBAN_BE))}

Kind regards,
Credit Control`),

  rec('chat', f`Kurumsal kartla hangar için acil parça aldım, muhasebe numarayı istiyor: ${v('financial.payment_card', MC2)}. Discover kartımız da var ${v('financial.payment_card', DISC)}, hangisini kullanmalıyım yurtdışı tedarikçi için?`),

  rec('chat', f`日本のセラーから返金依頼。お客様のカード番号が問い合わせ本文に書かれていました：${v('financial.payment_card', grp(JCB))}。この情報をチケットから削除する手順を教えてください。`),

  rec('chat', f`Pago de reserva de camping en el parque (Costa Rica): el visitante envió su cuenta para reembolso ${v('financial.iban', IBAN_CR)}. Y una vendedora ucraniana del marketplace pidió pago a ${v('financial.iban', IBAN_UA)}. ¿Puedo hacer ambos por SEPA?`),
];

/**
 * Held-out batch 139: card numbers, IBANs, BICs and routing numbers from a ski resort's pass desk,
 * a forensic accounting boutique, a container line, a library consortium and a honey cooperative.
 * Hand-written; every number computed with the checksum helpers.
 */
import { abaCheckDigit, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';


const ABA = `07192834${abaCheckDigit('07192834')}`;
const VISA16 = card('453918274650183');
const VISA13 = card('421873659102');
const VISA19 = card('492817364501928374');
const MC16 = card('531846201937482');
const MC2 = card('222384710293847');
const AMEX = card('37928461038274');
const DISC = card('601174829301746');
const JCB = card('353018472910384');
const UPI19 = card('621483920174638291');
const DINERS = card('3056829104738');
const MIR = card('220038471920384');
const RUPAY = card('652183740192837');
const VISA_B = card('476173920485716');
const MC_B = card('548219370465182');

const IBAN_CH = iban('CH', '00767000E52918374');
const IBAN_AT = iban('AT', '2011182937465019');
const IBAN_DE = iban('DE', '370400440928374615');
const IBAN_FR = iban('FR', '30004028370001047382916');
const IBAN_IT = iban('IT', 'X0306909606100000129384');
const IBAN_ES = iban('ES', '21000418450200928374');
const IBAN_GR = iban('GR', '01102870000002874619305');
const IBAN_TR = iban('TR', '0006100519284716395027');
const IBAN_AE = iban('AE', '0260001015829374612');
const IBAN_SA = iban('SA', '80000006080192837465');
const IBAN_GE = iban('GE', 'TB7394036512847290');
const IBAN_BR = iban('BR', '00360305000010048271936C1');
const IBAN_PL = iban('PL', '109010140000048271936502');
const IBAN_NL = iban('NL', 'RABO0318274659');
const IBAN_BE = iban('BE', '068249173528');
const IBAN_PT = iban('PT', '000700000048271936523');
const IBAN_HU = iban('HU', '117730162847193600000000');
const IBAN_RO = iban('RO', 'BTRL01301205S62039XX');
const IBAN_UA = iban('UA', '3052990000026004827193650');
const IBAN_IL = iban('IL', '0107450000048271936');
const IBAN_GB = iban('GB', 'NWBK60161348291736');

export const BATCH139_FINANCIAL: DraftRecord[] = [
  rec('chat_de_at', f`Servus, ein Gast hat an der Kassa angerufen, die Saisonkarte ist zweimal abgebucht worden. Seine Karte: ${v('financial.payment_card', g4(VISA16))}, gültig bis 03/27. Kannst du mir eine höfliche Antwort auf Deutsch und Englisch formulieren, dass wir das rückbuchen?`),

  rec('csv', f`Ski school refunds for the storm closure on 14 Jan, please total them by currency and tell me which rows are missing a reason:

${amb('source_code.snippet', f`booking,guest,amount,currency,card,reason
SS-24117,Müller,180.00,CHF,${v('financial.payment_card', MC16)},storm closure
SS-24118,Okafor,95.00,CHF,**** **** **** 4410,storm closure
SS-24121,Tanaka,240.00,CHF,${v('financial.payment_card', JCB)},
SS-24125,Lindgren,120.00,EUR,${v('financial.payment_card', g4(VISA_B))},storm closure`)}`),

  rec('email_fr_ca', f`Bonjour,

Pour le remboursement de la passe de saison de mon fils (annulée pour blessure), vous pouvez créditer ma carte Amex ${v('financial.payment_card', `${AMEX.slice(0, 4)} ${AMEX.slice(4, 10)} ${AMEX.slice(10)}`)}. J'ai joint le billet du médecin.

Merci ben gros,
Mélanie Gagnon
${phone('(514) 862-4471', 'CA')}`),

  rec('chat_en', f`Guest from Sydney paid the private lesson package with a Visa debit ${v('financial.payment_card', `${VISA13.slice(0, 4)} ${VISA13.slice(4, 8)} ${VISA13.slice(8)}`)} — old 13-digit card, our new terminal says invalid length. Is that a real thing?`),

  rec('email_it', f`Gentile cliente,

le confermiamo che il rimborso dello skipass stagionale (CHF 1'090.–) verrà effettuato sul conto indicato:
IBAN ${v('financial.iban', g4(IBAN_IT))}
BIC ${amb('financial.swift_bic', 'BCITITMM')}

Cordiali saluti
Ufficio abbonamenti – Piz Arvet`),

  // --- forensic accounting ---
  rec('analysis', f`We traced the diverted supplier payments in the Meridian matter. Summarise the flow for the interim report (plain English, no jargon):

1. 12/03 – EUR 148,200 from the client's account ${v('financial.iban', g4(IBAN_DE))} to "Nordlicht Handels GmbH" at ${v('financial.iban', g4(IBAN_AT))}
2. 14/03 – EUR 147,900 onward to ${v('financial.iban', IBAN_AE)} (beneficiary: Crestline General Trading LLC, Dubai)
3. 19/03 – USD 160,000 from the Dubai account to ${v('financial.iban', IBAN_TR)}

The Austrian account was opened 9 days before the first transfer.`),

  rec('tsv', f`${amb('source_code.snippet', f`Datum\tBuchungstext\tGegenkonto\tBetrag
03.02.2024\tRechnung 4471 Zulieferer\t${v('financial.iban', IBAN_CH)}\t-48.200,00
05.02.2024\tBerater-Honorar Q1\t${v('financial.iban', IBAN_NL)}\t-12.500,00
06.02.2024\tRückzahlung Darlehen\t${v('financial.iban', IBAN_BE)}\t+30.000,00`)}

Das sind die verdächtigen Buchungen aus dem Hauptbuch der Vogelsang GmbH. Welche Fragen sollte ich dem Buchhalter im Interview stellen?`),

  rec('chat_en_us', f`For the restitution calc in the Halvorsen v. Pryce case, the victim's refund account is at First Lakes Bank, routing ${v('financial.aba_routing', ABA)} account ${ambCat('financial', '5820193746')}. Can you draft the paragraph for the expert report that lists the refund destination?`),

  rec('chat_ar', f`نحتاج إلى تحليل التحويلات التالية في قضية الاحتيال: الحساب المصدر ${v('financial.iban', g4(IBAN_SA))} والحساب المستفيد ${v('financial.iban', g4(IBAN_AE))}. اكتب ملخصاً بالإنجليزية للمحامي.`),

  rec('card_dump', f`Client's former employee used company cards for personal purchases. Can you group these by merchant category?

${amb('source_code.snippet', f`card_number;holder;merchant;mcc;amount_gbp
${v('financial.payment_card', MC_B)};D. Pryce;LUXEWATCH LONDON;5944;4,850.00
${v('financial.payment_card', MC_B)};D. Pryce;EASYJET;3245;212.40
${v('financial.payment_card', AMEX)};D. Pryce;HARRODS;5311;1,199.00`)}`),

  // --- container shipping ---
  rec('invoice_el', f`ΤΙΜΟΛΟΓΙΟ ναύλου OMCL-PIR-24-0881
Πελάτης: Aegean Olive Exports Α.Ε.
Ποσό: USD 6.480,00 (2x40HC Πειραιάς → Χιούστον)
Πληρωμή σε: ${v('financial.iban', g4(IBAN_GR))}
SWIFT: ${amb('financial.swift_bic', 'ETHNGRAA')}

Μετάφρασε το στα αγγλικά για τον πελάτη.`),

  rec('chat_tr', f`Müşteri navlun ödemesini yanlış hesaba yapmış. Bizim hesabımız ${v('financial.iban', g4(IBAN_TR))}, onların dekontundaki ${v('financial.iban', IBAN_RO)}. Müşteriye İngilizce kibar bir e-posta yazar mısın?`),

  rec('chat_zh_tw', f`客戶要用信用卡付滯櫃費（demurrage），卡號 ${v('financial.payment_card', `${UPI19.slice(0, 4)} ${UPI19.slice(4, 8)} ${UPI19.slice(8, 12)} ${UPI19.slice(12, 16)} ${UPI19.slice(16)}`)}，是銀聯卡 19 碼，我們的系統只收 16 碼，怎麼辦？`),

  rec('chat_ru', f`Клиент из Новосибирска хочет оплатить фрахт картой «Мир» ${v('financial.payment_card', g4(MIR))}. Мы вообще можем принять её через Сингапур? Напиши ответ клиенту по-русски, вежливо.`),

  // --- library consortium ---
  rec('chat_en', f`Patron called about a lost-book fee: she paid £18.99 twice online. Card ending 4410 on the first, and the second one she read out as ${v('financial.payment_card', g4(VISA19.slice(0, 16)) + ' ' + VISA19.slice(16))} (a 19-digit Visa Electron?). Which one do I refund and how do I word the email?`),

  rec('chat_hi_en', f`Library membership fee refund ke liye patron ne apna RuPay card diya: ${v('financial.payment_card', g4(RUPAY))}. Kya hum RuPay pe refund kar sakte hain through Stripe? Short reply English mein likh do.`),

  // --- honey cooperative ---
  rec('email_pt_br', f`Prezados,

Segue os dados bancários da Cooperativa Apícola Flor do Campo para o pagamento do lote 2025-07 (18 t de mel orgânico):
IBAN: ${v('financial.iban', g4(IBAN_BR))}
SWIFT: ${amb('financial.swift_bic', 'BRASBRRJXXX')}

Por favor, confirmem o recebimento.
Att., Tesouraria`),

  rec('chat_ka', f`გამარჯობა, გერმანელმა მყიდველმა თაფლის ავანსი უნდა გადმორიცხოს. ჩვენი ანგარიში: ${v('financial.iban', g4(IBAN_GE))}, SWIFT ${amb('financial.swift_bic', 'TBCBGE22')}. დამიწერე ინგლისურად მოკლე წერილი, სადაც ეს რეკვიზიტებია.`),

  rec('chat_pl', f`Kupiec z Wrocławia przysłał potwierdzenie przelewu za 2 palety miodu akacjowego, ale numer rachunku się nie zgadza: na potwierdzeniu ${v('financial.iban', g4(IBAN_PL))}, a my mamy w umowie ${v('financial.iban', g4(IBAN_HU))} (węgierski oddział). Jak to wyjaśnić?`),

  rec('chat_uk', f`Покупець з Португалії просить рахунок для оплати меду. Наш IBAN в Україні: ${v('financial.iban', IBAN_UA)}, а для євро — португальський ${v('financial.iban', g4(IBAN_PT))}. Склади, будь ласка, інвойс англійською.`),

  rec('chat_he', f`לקוח מישראל רוצה להזמין דבש ומבקש את פרטי החשבון שלנו בבנק. מצד שני הוא שלח את שלו להחזרים: ${v('financial.iban', IBAN_IL)}. תכתוב לו תשובה קצרה באנגלית.`),

  rec('chat_en_gb', f`Our UK distributor paid the invoice for the heather honey to ${v('financial.iban', g4(IBAN_GB))}, which isn't ours. Also they tried first with a Discover card ${v('financial.payment_card', DISC)} and a Diners ${v('financial.payment_card', DINERS)} that got declined. How should the coop treasurer respond?`),

  rec('chat_es_es', f`¿Puedes revisar si este IBAN de un cliente de Valencia es correcto antes de mandar la factura de 1.200 kg de miel de romero? ${v('financial.iban', g4(IBAN_ES))}. También tenemos uno francés, ${v('financial.iban', g4(IBAN_FR))}, para el distribuidor de Perpiñán.`),

  rec('chat_sw', f`Habari, mnunuzi kutoka Mombasa alilipa asali kwa kadi ${v('financial.payment_card', g4(MC2))} lakini malipo yamekataliwa. Niandikie barua pepe fupi kwa Kiingereza kumweleza atumie uhamisho wa benki.`),
];

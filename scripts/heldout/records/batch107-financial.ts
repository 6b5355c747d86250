/**
 * Held-out batch 107: card numbers, IBANs and routing numbers in refunds, charter-hire payment
 * instructions, tuition refunds, chargebacks and delivery payments. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const sp = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();
const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH107_FINANCIAL: DraftRecord[] = [
  rec('ticket', f`Ticket HD-40917 — home delivery, Store #212 (Tucson)
Customer called, rider's card reader was offline so she read her card over the phone:
Visa ${card('4357 1846 4500 5128')} exp 04/27, name on card Dolores Whitaker
Order: 3 items (Rx refill + OTC), total $46.18
Rider: Marco R.

Can you rewrite this as a clean note for the pharmacist and tell me if we should even be storing the card like this?`),

  rec('mail_de', f`Betreff: Erstattung Guthaben Jahresabrechnung 2024

Sehr geehrte Frau Lindemann,

aus Ihrer Wasser-Jahresabrechnung ergibt sich ein Guthaben von 87,42 €. Wir erstatten den Betrag innerhalb von 10 Werktagen auf das bei uns hinterlegte Konto:
IBAN ${iban(sp('DE62370400444145412187'))}

Mit freundlichen Grüßen
Stadtwerke Eschenau – Kundenservice Wasser

Kannst du den Text freundlicher formulieren und einen Satz zum neuen Abschlag (32 € statt 38 €) ergänzen?`),

  rec('chat_fr', f`Un patient de la clinique du sport veut payer son forfait de rééducation (12 séances, 540 €) par téléphone. Il m'a dicté : Mastercard ${card('5157 6318 5281 2256')}, expire 09/26, cryptogramme au dos. Je dois saisir ça où dans le logiciel de facturation ? Et est-ce que j'ai le droit de le noter sur papier ?`),

  rec('payment_instruction', f`Please check this hire payment instruction before I send it to treasury:

M/V "Alcyone Star" – TC hire 3rd instalment, 15 days @ USD 14,750/day = USD 221,250.00
Less 3.75% address commission
Beneficiary: Kalliope Maritime Ltd, Piraeus
Bank: National Bank of Greece, SWIFT ${bic('ETHNGRAA')}
IBAN: ${iban('GR6201101257460153860493282')}
Reference: TARR/CP-2024-118/HIRE3

Is the commission deduction calculated correctly?`),

  rec('chat_tr', f`Demuraj faturası geldi, armatör şu hesaba ödeme istiyor: ${iban(sp('TR930006202657310140067120'))} (Türkiye İş Bankası, SWIFT ${bic('ISBKTRIS')}). Tutar 38.400 USD. Laytime hesabını kontrol etmemize yardım eder misin? NOR 03.11 08:00'de verildi, yükleme 07.11 22:30'da bitti.`),

  rec('chat_ar', f`عميل طلب استرجاع مبلغ طلبية أدوية لم تصله (٢١٥ ريال). أرسل لنا رقم الآيبان: ${iban(sp('SA8980724495934741696971'))} باسم فهد العتيبي. اكتب لي رسالة اعتذار رسمية تؤكد أن المبلغ سيُعاد خلال ٥ أيام عمل.`),

  rec('mail_he', f`נושא: החזר שכר לימוד – סמסטר א׳

שלום רב,
הסטודנטית מסין ביטלה את ההרשמה לפני תחילת הסמסטר ומגיע לה החזר של 12,400 ₪. פרטי החשבון שמסרה:
IBAN ${iban('IL280108006170027358118')}
בנק לאומי, SWIFT ${bic('LUMIILITXXX')}

תוכל לנסח אישור קצר באנגלית שנשלח לה?`),

  rec('chat_zh', f`有个玩家投诉说游戏内购扣了两次钱，他发来的银联卡号是 ${card('6223 5718 7357 6423')}，两笔都是 648 元，时间 11月16日 21:04。帮我写一个回复，说明我们会在 3-5 个工作日内处理退款。`),

  rec('chat_ja', f`プレイヤーから「JCBカード ${card('3528-4685-3562-7109')} で課金したのにジェムが反映されない」と問い合わせがありました。決済ログを確認する前に送る一次回答を丁寧な日本語で書いてください。`),

  rec('chat_ru', f`Клиентка оплатила доставку лекарств картой «Мир» ${card('2200 1456 7741 1263')}, но курьер не приехал. Напиши, пожалуйста, вежливый ответ с извинениями и объясни, что возврат 1 870 ₽ придёт в течение 10 дней.`),

  rec('letter_en_gb', f`Can you check this Direct Debit confirmation letter reads OK?

Dear Mr Pritchard,
Thank you for setting up a Direct Debit for your water and sewerage charges. We will collect £41.50 on the 1st of each month from:
Account name: G Pritchard
IBAN: ${iban(sp('GB45NWBK60161332570805'))}
If you have any questions, call us on ${phone('0800 384 2719', 'GB')}.`),

  rec('chat_pl', f`Armator z Gdyni przysłał nowy numer rachunku do płatności za fracht (zmiana banku w zeszłym tygodniu): ${iban(sp('PL74660224643943032832408689'))}. Czy to może być phishing? Jakie kroki weryfikacji powinniśmy zrobić, zanim zmienimy dane w systemie?`),

  rec('chat_uk', f`Студентка з Харкова просить перерахувати стипендію на її рахунок в Україні: ${iban('UA033220011980670504684812455')}. Напиши англійською лист у відділ фінансів університету з проханням про міжнародний переказ.`),

  rec('chat_kk', f`Фрахт бойынша алдын ала төлем Алматыдағы агентке жіберілуі керек. Шот: ${iban('KZ551254535267287785')}, сомасы 18 500 USD. Орыс тілінде төлем тапсырмасының мәтінін жазып бер.`),

  rec('csv', f`These are the refund lines for customers who moved out of the service area in October. Please check the totals per country:

${amb('source_code.snippet', f`konto_nr;naam;land;iban;bedrag_eur
W-208817;A. de Vries;NL;${iban('NL50RABO0847669448')};23,40
W-208901;M. Peeters;BE;${iban('BE82732959017779')};61,05
W-209114;R. Kazlauskas;LT;${iban('LT297300007752711100')};12,80
W-209207;I. Bērziņa;LV;${iban('LV10HABA2950060640465')};44,10
W-209311;K. Tamm;EE;${iban('EE802248928583039367')};9,95`)}`),

  rec('ach_form', f`Vendor setup form for the orthotics supplier — can you check nothing is missing before I submit it to AP?

Vendor: Summit Bracing Supply LLC
Remit-to: 4410 Industrial Pkwy, Denver CO
Bank: First Mountain Bank
ABA routing: ${v('financial.aba_routing', '024717939')}
Account: ${ambCat('financial', '5820419937')}
Payment method: ACH (CCD)
Contact: Jen Alvarez, ${phone('(312) 846-2095', 'US')}`),

  rec('chat_en_us', f`Private-pay patient wants to split the ACL reconstruction bill across two cards. First: Amex ${card('3761 308496 94964')} for $4,000, second: Discover ${card('6011 7430 0266 7185')} for the rest ($2,318.60). Write me a payment plan summary to send back to her.`),

  rec('chat_pt', f`Bom dia, o fornecedor de embalagens isotérmicas para as entregas da farmácia enviou a fatura com este IBAN: ${iban(sp('PT58003585255040182853043'))}. Pode redigir um e-mail a pedir confirmação por telefone antes de pagarmos os 3.260 €?`),

  rec('chat_it', f`Ciao, per il rimborso della bolletta dell'acqua pagata due volte, il signor Bianchi ci ha dato l'IBAN ${iban('IT84X0542811101171001433209')}. Però il primo pagamento era con carta ${card('5491 6240 0574 7334')}: conviene stornare sulla carta o fare il bonifico?`),

  rec('chat_ka', f`საერთაშორისო სტუდენტმა სწავლის საფასური შეცდომით ორჯერ გადაიხადა. მისი ანგარიში: ${iban('GE15TB4942929871714769')}. დამიწერე ოფიციალური წერილი ინგლისურად, რომ თანხა დაბრუნდება.`),

  rec('chat_az', f`Bakı agenti liman xərcləri üçün bu hesaba ödəniş istəyir: ${iban(sp('AZ85NABZ27246153273071413099'))}, SWIFT ${bic('NABZAZ2X')}. Məbləğ 7 240 USD. Disbursement account-u yoxlamağa kömək edə bilərsən?`),
];

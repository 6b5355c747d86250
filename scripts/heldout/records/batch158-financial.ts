/**
 * Held-out batch 158: card numbers, IBANs and routing numbers at a welfare benefits office, a
 * vintage-car auction house, an aircraft caterer, a semiconductor distributor, a maternity ward and
 * an e-scooter fines team. Hand-written; every check digit computed with scripts/corpus/checksums.ts.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const VISA_2 = luhnWithCheck('491760358214973');
const MC_1 = luhnWithCheck('537416920385126');
const MC_2 = luhnWithCheck('222384071659230');
const AMEX = luhnWithCheck('37829104756318');
const DISCOVER = luhnWithCheck('601120937481652');
const JCB = luhnWithCheck('356904182736495');
const DINERS = luhnWithCheck('3056819427350');
const UNIONPAY = luhnWithCheck('621483092751346');
const MIR = luhnWithCheck('220031857492016');
const VISA_BR = luhnWithCheck('498407126350918');
const MC_TR = luhnWithCheck('540669281730452');

const DE_1 = ibanWithCheck('DE', '500105175938217406');
const CH_1 = ibanWithCheck('CH', '0070041827395016B');
const AT_1 = ibanWithCheck('AT', '1200052937164802');
const FR_1 = ibanWithCheck('FR', '30004028370001947362187');
const BE_1 = ibanWithCheck('BE', '310182736451');
const NL_1 = ibanWithCheck('NL', 'INGB0007293815');
const PT_1 = ibanWithCheck('PT', '003500970003829174621');
const GR_1 = ibanWithCheck('GR', '01108270000000481927305');
const TR_1 = ibanWithCheck('TR', '0001500158007291836452');
const UA_1 = ibanWithCheck('UA', '3052990000026004038271645');
const GE_1 = ibanWithCheck('GE', 'TB7194836021300001');
const NO_1 = ibanWithCheck('NO', '15038274619');
const DK_1 = ibanWithCheck('DK', '30007261538492');
const HU_1 = ibanWithCheck('HU', '104028051739264800000000');
const BG_1 = ibanWithCheck('BG', 'UNCR70001528374916');
const SA_1 = ibanWithCheck('SA', '10000001839274650118');
const AE_1 = ibanWithCheck('AE', '0260001829374615203');
const IL_1 = ibanWithCheck('IL', '0126180000000482913');
const LT_1 = ibanWithCheck('LT', '7300010172839465');
const HR_1 = ibanWithCheck('HR', '23600001102948371');
const ABA_1 = abaWithCheck('02100002');
const ABA_2 = abaWithCheck('07100001');

export const BATCH158_FINANCIAL: DraftRecord[] = [
  rec('chat_en', f`Bidder on lot 207 (1961 Jaguar E-Type roadster) wants to pay the 10% deposit by phone. He read out his Amex: ${card(groupedAs(AMEX, [4, 6, 5]))}, exp 11/27. Can you draft the confirmation e-mail without repeating the number?`),

  rec('csv', f`Reconcile these buyer's-premium payments from the Essen sale against the settlement report:

${amb('source_code.snippet', f`paddle;lot;amount_eur;card;auth
P-1014;12;8.250,00;**** **** **** 4471;A81923
P-1022;31;14.300,00;${card(MC_1)};A81940
P-1031;47;2.900,00;${card(spacedFours(DISCOVER))};A81955
P-1040;52;61.500,00;${card(groupedAs(DINERS, [4, 6, 4]))};A81961`)}

The Diners one comes from the old terminal that doesn't mask.`),

  rec('chat_ja', f`オークションの落札者（東京在住）からの連絡です。JCBカード ${card(spacedFours(JCB))} で手数料を支払いたいとのこと。有効期限は 2027年4月。英語で丁寧な確認メールを書いてください。カード番号はメールに書かないでください。`),

  rec('chat_zh', f`帮我写一封邮件给拍卖行财务：买家（上海）想用银联卡 ${card(spacedFours(UNIONPAY))} 支付 1967 年 Ferrari 275 GTB/4 的保证金，但是卡被拒了两次。请用中英文双语写。`),

  rec('chat_ru', f`Клиент из Алматы хочет оплатить депозит за лот 63 картой «Мир» ${card(spacedFours(MIR))}. Наш эквайер такие карты не принимает? Напиши, пожалуйста, вежливый ответ на русском и английском.`),

  rec('email_de', f`Betreff: Nachzahlung Wohngeld – Bankverbindung

Sehr geehrte Frau Kaya,

die Nachzahlung für Januar bis März (insgesamt 612,00 €) überweisen wir auf das von Ihnen angegebene Konto:
IBAN: ${iban(spacedFours(DE_1))}
Kontoinhaberin: Ayşe Kaya

Mit freundlichen Grüßen
Sozialamt Kesselbrunn, Abt. Wohngeld

→ Bitte in einfache Sprache umschreiben und auf Türkisch übersetzen.`),

  rec('chat_tr', f`Annemin emekli maaşı Almanya'dan Türkiye'deki hesabına yatacak. Sosyal yardım ofisi IBAN'ı sordu: ${iban(spacedFours(TR_1))}. Bunu Almanca olarak resmi bir e-postada nasıl yazarım?`),

  rec('chat_uk', f`Допоможи заповнити німецьку форму на соціальну допомогу. У графі "Bankverbindung" у мене український рахунок ${iban(UA_1)}, а німецького ще немає. Чи приймуть такий IBAN? Як це пояснити працівнику Jobcenter?`),

  rec('invoice_fr', f`FACTURE N° SKG-2025-0317
Prestation : armement traiteur vols AF1418 / AF1419, semaine 10
Montant TTC : 48 912,60 €
Règlement par virement à 30 jours :
IBAN ${iban(spacedFours(FR_1))}
BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}

Peux-tu vérifier que le montant TTC correspond bien à 40 760,50 € HT avec TVA à 20 % ?`),

  rec('chat_pt_pt', f`Consegues escrever um SMS para a mãe? A devolução da taxa moderadora do internamento na maternidade vai para o IBAN ${iban(spacedFours(PT_1))} — ela perguntou se está certo.`),

  rec('chat_el', f`Το πρόστιμο για το ηλεκτρικό πατίνι στην Αθήνα πρέπει να πληρωθεί στον λογαριασμό ${iban(spacedFours(GR_1))}. Μπορείς να μου γράψεις μια ένσταση στα αγγλικά; Το πατίνι ήταν σωστά παρκαρισμένο.`),

  rec('spreadsheet', f`Lieferantenstamm für die Kreditorenbuchhaltung prüfen, welche IBAN passt nicht zum Land?

${amb('source_code.snippet', f`Kreditor\tName\tLand\tIBAN
70011\tGalley Inserts AG\tCH\t${iban(CH_1)}
70012\tAeroTrolley GmbH\tAT\t${iban(AT_1)}
70013\tBrussels Linen Services\tBE\t${iban(BE_1)}
70014\tSchiphol Cold Chain B.V.\tNL\t${iban(NL_1)}
70015\tNordic Dry Ice AS\tNO\t${iban(NO_1)}
70016\tKastrup Galley ApS\tDK\t${iban(DK_1)}`)}`),

  rec('chat_ar', f`مرحباً، مشترٍ من الرياض فاز بالمزاد على سيارة مرسيدس 190 SL موديل 1959، ويريد تحويل المبلغ من حسابه ${iban(spacedFours(SA_1))}. والوكيل في دبي سيدفع الرسوم من الحساب ${iban(AE_1)}. اكتب لي رسالة تأكيد باللغة العربية الرسمية.`),

  rec('chat_he', f`קונה מתל אביב זכה במכרז על פורשה 356 משנת 1958. הוא ישלם מהחשבון ${iban(spacedFours(IL_1))}. תנסח לי בבקשה מייל באנגלית שמסביר שהרכב ישוחרר רק אחרי שהכסף יגיע.`),

  rec('form', f`US BUYER REMITTANCE — lot 154 (1948 Tucker 48 replica, sold as replica)
Buyer: Whitcombe Motor Holdings LLC, Scottsdale AZ
Bank: Desert Plains Bank
ABA: ${v('financial.aba_routing', ABA_1)}
Account: ${ambCat('financial', '4471902385')}
Intermediary ABA for the EUR leg: ${v('financial.aba_routing', ABA_2)}
Contact: ${phone('(480) 327-9104', 'US')}

Is the ABA enough for an international wire or do we need a SWIFT too?`),

  rec('chat_ka', f`გამარჯობა, ჯარიმა ელექტროსკუტერისთვის უნდა გადავიხადო თბილისის მერიის ანგარიშზე ${iban(GE_1)}. როგორ დავწერო დანიშნულება ინგლისურად, რომ ბანკმა არ დააბრუნოს?`),

  rec('chat_hu', f`A kiírási csomaghoz a kórház visszatéríti a családi szoba díját. A számlaszámom ${iban(spacedFours(HU_1))}. Megírnád hivatalosan, hogy melyik számlára kérem?`),

  rec('chat_ro', f`Clientul din Cluj vrea să plătească avansul pentru Dacia 1100 din 1969 cu cardul Mastercard ${card(spacedFours(MC_2))}, dar terminalul nostru refuză cardurile emise în România pentru sume peste 10.000 €. Scrie-mi te rog un răspuns politicos.`),

  rec('chat_pt_br', f`Um comprador de São Paulo quer pagar a comissão do leilão com cartão Visa ${card(spacedFours(VISA_BR))}, validade 06/29. O gateway pede o CVV, mas ele mandou por WhatsApp. O que eu faço com essa mensagem? Escreve uma resposta educada.`),

  rec('chat_bg', f`Купувачът от София ще плати депозита по сметка ${iban(BG_1)}, но неговата банка иска SWIFT код. Нашият е ${amb('financial.swift_bic', 'COBADEFFXXX')}. Можеш ли да напишеш кратко писмо на български?`),

  rec('email_en', f`Hi Dilnoza,

For the galley equipment purchase, please charge the company Visa ${card(VISA_2)} (exp 03/28, cardholder M. Brandt). The Turkish subsidiary will settle their share with their Mastercard ${card(spacedFours(MC_TR))}.

Thanks,
Matthias

→ is it a problem that I put the card numbers in an e-mail?`),

  rec('chat_lt', f`Sveiki, ar galite parašyti laišką angliškai? Mūsų tiekėjas iš Vilniaus atsiuntė naują sąskaitą ${iban(spacedFours(LT_1))}, o Zagrebo partneris — ${iban(spacedFours(HR_1))}. Reikia patvirtinti abu prieš mokėjimą.`),

];

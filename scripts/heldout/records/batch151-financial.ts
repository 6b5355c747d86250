/**
 * Held-out batch 151: payment cards, IBANs, routing numbers and BICs in fee transfers, deposits,
 * refunds and export payments of the batch's six organisations. Hand-written; every check digit
 * computed with scripts/corpus/checksums.ts.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

const DE_IBAN = ibanWithCheck('DE', '430609671048273915');
const VISA_CPAP = luhnWithCheck('453918274610392');
const FR_IBAN = ibanWithCheck('FR', '17569000705839214768K14');
const MC_OPERA = luhnWithCheck('535812749036215');
const BR_IBAN = ibanWithCheck('BR', '26041958027810038291746C1');
const NL_IBAN = ibanWithCheck('NL', 'RABO0312874569');
const PL_IBAN = ibanWithCheck('PL', '114020040000350298174635');
const TR_IBAN = ibanWithCheck('TR', '0001200948172630541827');
const JO_IBAN = ibanWithCheck('JO', 'AJIB0020000038291746501927');
const UA_IBAN = ibanWithCheck('UA', '3052990000026004829173651');
const JCB = luhnWithCheck('353817249036152');
const UNIONPAY = luhnWithCheck('622848271930461');
const ABA = abaWithCheck('07100091');
const AMEX = luhnWithCheck('37829164053718');
const SE_IBAN = ibanWithCheck('SE', '80000832790049182736');
const MIR = luhnWithCheck('220038174926501');
const GE_IBAN = ibanWithCheck('GE', 'TB7194836051209417');
const IL_IBAN = ibanWithCheck('IL', '0126450000048291736');
const RO_IBAN = ibanWithCheck('RO', 'BTRL0501202M58294XX1');
const GB_IBAN = ibanWithCheck('GB', 'BARC20714583608174');
const IE_IBAN = ibanWithCheck('IE', 'AIBK93115247182935');
const CH_IBAN = ibanWithCheck('CH', '00235018476392041');
const MC2 = luhnWithCheck('227184930261574');
const DINERS = luhnWithCheck('3619482730561');

export const BATCH151_FINANCIAL: DraftRecord[] = [
  rec('mail_de', f`Bitte formuliere eine kurze Bestätigung an die Agentur der Sopranistin:

„Die Gage für die Vorstellungen am 8., 11. und 14. Dezember (Tosca) in Höhe von 12.600 € brutto wird nach Abzug der Abzugsteuer bis 20.12. überwiesen an:
Kontoinhaberin: Ilaria Montefiori
IBAN: ${iban(spacedFours(DE_IBAN))}
BIC: ${bic('DEUTDEDB500')}“`),

  rec('chat_en_gb', f`Patient rang to pay the £150 refundable deposit for the CPAP machine over the phone, I wrote it down as: card ${card(spacedFours(VISA_CPAP))}, exp 09/27, name on card J. Whitcombe. Can you draft the receipt email explaining the deposit is returned when the machine comes back undamaged?`),

  rec('invoice_fr', f`Peux-tu traduire cette mention de facture en anglais pour un cabinet dentaire à Londres ?

Règlement à 30 jours par virement :
Laboratoire Céramique Dubreuil — Couronnes zircone / aligneurs
IBAN : ${iban(spacedFours(FR_IBAN))}
BIC : ${bic('BNPAFRPPXXX')}
Référence à rappeler : FAC-2024-1187`),

  rec('chat_it', f`Un abbonato della stagione d'opera dice che il rinnovo è stato rifiutato. Mi ha dettato la carta al telefono: ${card(groupedAs(MC_OPERA, [4, 4, 4, 4], '-'))}, scadenza 03/26. Come gli scrivo gentilmente che deve contattare la banca?`),

  rec('chat_pt_br', f`Oi, preciso responder um cliente que pediu reembolso de tarifa de pedágio cobrada em duplicidade (placa RTK-4F21, praça de Campo Largo). Ele mandou os dados: titular Marcos Vinícius Prado, IBAN ${iban(BR_IBAN)}. Pode escrever uma resposta educada dizendo que o estorno sai em até 10 dias úteis?`),

  rec('mail_nl', f`Kun je deze mail korter maken?

"Beste collega's van het lab, de factuur voor de 14 zirkonia kronen en 2 sets aligners (patiënt ref. 2411-K) is betaald vanaf ons praktijkaccount ${iban(spacedFours(NL_IBAN))}. Graag de nota op naam van Tandartspraktijk De Linde zetten. Groet, Annemiek"`),

  rec('chat_pl', f`Klient reklamuje podwójne obciążenie za przejazd odcinkiem A4 (bramka Karwiny, 12.11, 14:32). Prosi o zwrot na konto ${iban(spacedFours(PL_IBAN))}. Napisz proszę odpowiedź po polsku, że zwrot zlecimy po weryfikacji zapisu z kamery.`),

  rec('chat_tr', f`Merhaba, ihracat yüklemesi için navlun avansını müşteriye hatırlatmam lazım. Bu bilgilerle kısa ve resmi bir e-posta yazar mısın?
Gemi: MV Anatolian Harvest, 28.000 ton buğday
Tutar: 142.800 USD
Alıcı banka hesabı: ${iban(spacedFours(TR_IBAN))}
SWIFT: ${bic('TCZBTR2AXXX')}`),

  rec('chat_ar_jo', f`من فضلك اكتب رسالة قصيرة للعائلة توضح أن بدل السكن الشهري (٢٢٠ ديناراً) سيُحوّل إلى حسابهم ابتداءً من الشهر القادم. رقم الآيبان الذي زودونا به: ${iban(JO_IBAN)}`),

  rec('chat_uk', f`Допоможи скласти лист для родини, яку ми переселяємо: вони просили перевести допомогу на переїзд (18 400 грн) на український рахунок родича. IBAN: ${iban(UA_IBAN)}, отримувач Ковальчук Олена Петрівна. Треба пояснити, що переказ займе до 5 робочих днів.`),

  rec('chat_ja', f`歯科医院からクラウン代金のカード決済の問い合わせがありました。カード番号 ${card(spacedFours(JCB))}、有効期限 11/26 で決済したら「認証エラー」になったそうです。丁寧なお詫びメールの文面を作ってください。`),

  rec('chat_zh_cn', f`帮我写一封邮件给装船代理：码头过磅费和熏蒸费共计 ¥36,480 已用公司银联卡 ${card(UNIONPAY)} 支付，请他们开增值税专用发票，抬头是"鲁港粮食物流有限公司"。`),

  rec('form_en_us', f`Please turn this into a checklist for the case worker:

Direct deposit enrollment – resettlement cash assistance (R&P)
Client: Abdi Warsame Hussein, case #NH-2024-0731
Bank: Members First Credit Union
Routing number: ${v('financial.aba_routing', ABA)}
Checking account: ${ambCat('financial', '4830192756')}
Phone on file: ${phone('(612) 384-2917', 'US')}
First deposit expected 12/06.`),

  rec('chat_el', f`Καλησπέρα, μια θεατής έκλεισε τηλεφωνικά 4 θέσεις πλατείας για το «Γκιζέλ» και έδωσε κάρτα American Express ${card(groupedAs(AMEX, [4, 6, 5]))}, λήξη 08/26. Γράψε μου ένα email επιβεβαίωσης κράτησης χωρίς να αναφέρεις τον αριθμό της κάρτας.`),

  rec('chat_sv', f`Hej, en kund bestrider en vägavgift för bron (passage 2024-10-28 kl 07:41, reg.nr PLK 482) och vill ha pengarna tillbaka till ${iban(spacedFours(SE_IBAN))}. Skriv ett svar på svenska som förklarar att vi först granskar kamerabilden.`),

  rec('chat_ru', f`Зритель пишет, что при покупке абонемента на балет с карты ${card(spacedFours(MIR))} списали деньги дважды. Составь, пожалуйста, вежливый ответ: возврат второго списания в течение 10 рабочих дней.`),

  rec('chat_ka', f`დამეხმარე წერილის დაწერაში: ოჯახს, რომელიც დაბრუნდა საქართველოში, ერთჯერადი დახმარება (1 200 ლარი) ჩაერიცხება ანგარიშზე ${iban(GE_IBAN)}. წერილში უნდა ეწეროს, რომ თანხა 3 სამუშაო დღეში ჩაირიცხება.`),

  rec('chat_he', f`תנסח בבקשה הודעה קצרה למשפחה: מענק ההתאקלמות (4,500 ₪) יועבר לחשבון ${iban(IL_IBAN)} עד סוף החודש. צריך להזכיר להם להביא את אישור ניהול החשבון לפגישה הבאה.`),

  rec('chat_ro', f`Bună, pacientul a returnat aparatul CPAP și cere garanția înapoi (500 lei). Contul lui: ${iban(spacedFours(RO_IBAN))}, titular Dorin Mateescu. Scrie-mi te rog un răspuns scurt că rambursarea se face în 5 zile lucrătoare.`),

  rec('csv_en', f`Can you check this refund batch for duplicates before I send it to finance? Toll disputes upheld in November:

${amb('source_code.snippet', f`dispute_id,customer,vrm,amount_gbp,refund_to,card_used
TD-24-11803,Hollis Freight Ltd,KX19 OPL,48.60,${iban(GB_IBAN)},**** **** **** 4417
TD-24-11811,Ms Aoife Brennan,211-D-4482,12.40,${iban(IE_IBAN)},**** **** **** 0925
TD-24-11826,Hollis Freight Ltd,KX19 OPL,48.60,${iban(GB_IBAN)},**** **** **** 4417
TD-24-11840,R. Okafor,LR70 WZB,7.20,card refund,${card(MC2)}`)}`, 'the CSV export is ambiguous source_code; the masked PANs stay unlabelled'),

  rec('mail_de_ch', f`Chönntsch mir das uf Hochdütsch und chli formeller umschriibe?

"Hoi Beat, d'Ladig vo de MV Rhenus Star (3'200 t Gerste) isch verwoge, d'Rechnig fürs Umschlaggeld chunt hüt. Zahle bitte uf üses Konto ${iban(spacedFours(CH_IBAN))}, Zahlungsfrist 30 Täg. Merci und Gruess, Nadja vom Waagbüro"`),

  rec('chat_en_diners', f`Box office: a corporate client booked the gala dinner package with a Diners Club card ${card(groupedAs(DINERS, [4, 6, 4]))}. Our terminal says "card type not supported". Write a short apology offering bank transfer instead.`),

];

/**
 * Held-out batch 136: card numbers, IBANs, SWIFT codes and routing numbers in the payment work of
 * an assistance hotline, a vineyard-equipment dealer, a broadcaster's rights desk, clinics, ghost
 * kitchens and a land registry. Hand-written; check digits computed.
 */
import { abaWithCheck as aba, groupedAs as group, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const ip = (s: string) => amb('pii.ip_address', s);

const VISA_1 = card('453917208846315');
const MC_1 = card('525483019276401');
const AMEX_1 = card('37491802736451');
const VISA_2 = card('491673058214927');
const MC_2 = card('222384016593720');
const JCB_1 = card('353891047265183');
const UNIONPAY_1 = card('621483902716453');
const DINERS_1 = card('3056193847261');
const DISCOVER_1 = card('601152849037162');
const MAESTRO_1 = card('67590318462097');
const VISA_3 = card('427318506924713');
const MC_3 = card('545210938476215');

const IBAN_DE = iban('DE', '700202700019384756');
const IBAN_FR = iban('FR', '30004008190001928374651');
const IBAN_IT = iban('IT', 'X0306909606100000183746');
const IBAN_PT = iban('PT', '003500970000918273645');
const IBAN_CH = iban('CH', '00483019283746501');
const IBAN_AT = iban('AT', '1200052938471605');
const IBAN_GE = iban('GE', 'TB7384019283746501');
const IBAN_TR = iban('TR', '0006200184000006293847');
const IBAN_PL = iban('PL', '109010140000071219384756');
const IBAN_GR = iban('GR', '01101250000000012938475');
const IBAN_NL = iban('NL', 'RABO0318294756');
const IBAN_SA = iban('SA', '80000000608010167519');
const IBAN_UA = iban('UA', '3052990000026007233566001');
const IBAN_HU = iban('HU', '117730161111101800000000');
const IBAN_BE_BBAN = '0631827364';
const IBAN_BE = iban('BE', `${IBAN_BE_BBAN}${String(Number(IBAN_BE_BBAN) % 97 || 97).padStart(2, '0')}`);
const IBAN_AE = iban('AE', '0260001015928374601');
const IBAN_RO = iban('RO', 'BTRLRONCRT0391827465');
const ROUTING = aba('07100001');

export const BATCH136_FINANCIAL: DraftRecord[] = [
  rec('chat_en', f`Caller stuck in Cancún needs us to guarantee the ER deposit by phone; the hospital cashier read back the card they have on file for him: ${v('financial.payment_card', group(VISA_1, [4, 4, 4, 4]))}, exp 09/27. Can you draft the guarantee-of-payment note without the card number in it?`),

  rec('gop_letter_es', f`Redacta una carta de garantía de pago para el Hospital Ángeles. Datos para transferencia de nuestra aseguradora:
Beneficiario: GlobalCare Assistance Europe SE
IBAN: ${v('financial.iban', g4(IBAN_DE))}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}
Importo máximo garantizado: 4.800 USD. Paciente: expediente GCA-24-118203.`),

  rec('chat_fr', f`Le client du domaine à Pauillac veut payer le solde du pulvérisateur tracté par virement. Peux-tu rédiger la facture-relance ? Nos coordonnées bancaires : IBAN ${v('financial.iban', g4(IBAN_FR))} – BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}. Montant restant : 18 420,00 € TTC.`),

  rec('chat_it', f`Devo sollecitare il pagamento della centralina di irrigazione alla cantina di Montalcino. Scrivimi una mail cortese; i nostri dati: IBAN ${v('financial.iban', IBAN_IT)}, intestato a Vignatec Italia S.r.l., causale "Fattura 2024/1187".`),

  rec('csv_payments', f`Reconcile these card payments from the ghost-kitchen brands against the Glovo payout (which rows are missing?):

${amb('source_code.snippet', f`order_id,brand,amount_eur,card_number,auth_code
GLV-90318,Bao Bros,23.40,${v('financial.payment_card', MC_1)},482913
GLV-90322,Smash Lab,31.15,${v('financial.payment_card', VISA_2)},017364
GLV-90331,Bao Bros,18.90,**** **** **** 4417,559120
GLV-90347,Curry Cloud,42.00,${v('financial.payment_card', AMEX_1)},730211`)}`),

  rec('chat_pt', f`Bom dia! Preciso de um e-mail para o fornecedor de embalagens da cozinha de Alcântara a confirmar a alteração de conta. Novo IBAN: ${v('financial.iban', g4(IBAN_PT))} (Millennium). Pede-lhes que confirmem por telefone antes da próxima fatura.`),

  rec('chat_de_ch', f`Chönd Sie mir hälfe, e Zahligserinnerig z schriibe? Dr Weibau-Betrieb im Lavaux schuldet üs no CHF 6'240.– für d Tropfbewässerig. Üsi Kontoverbindig: ${v('financial.iban', g4(IBAN_CH))}, Raiffeisen.`),

  rec('chat_ja', f`放送アーカイブの映像使用料の請求書を英語で作りたいです。支払いはカードでとのことで、先方の担当者から届いたカード番号は ${v('financial.payment_card', group(JCB_1, [4, 4, 4, 4]))}（有効期限 03/28）です。この番号は請求書に載せない方がいいですよね？`),

  rec('chat_ka', f`გთხოვ, დაწერე ინგლისურად წერილი ესპანელ მომწოდებელს, რომ ავანსი გადავრიცხეთ. ჩვენი ანგარიში: ${v('financial.iban', IBAN_GE)} (თიბისი ბანკი), SWIFT: ${amb('financial.swift_bic', 'TBCBGE22')}. თანხა: 12 500 EUR წვეთოვანი სისტემის მილებისთვის.`),

  rec('chat_tr', f`Kapadokya'daki bağ için damla sulama ekipmanının avans ödemesini aldık mı kontrol eder misin? Müşterinin gönderdiği dekontta IBAN: ${v('financial.iban', g4(IBAN_TR))}, tutar 214.000 TL.`),

  rec('email_en_gb', f`Subject: Archive footage licence – payment details

Hi Priya,

Thanks for confirming the 4 clips from the 1986 miners' strike coverage. Please settle invoice RC-24-0917 (GBP 3,150) by card over the phone with our rights desk on ${phone('020 8752 4391', 'GB')}, or by transfer to ${v('financial.iban', g4(IBAN_NL))} (our EU collection account).

Best,
Callum`),

  rec('chat_zh_tw', f`幫我寫一封英文信給診所的藥品供應商，說我們這個月改用公司卡付款：卡號 ${v('financial.payment_card', group(UNIONPAY_1, [4, 4, 4, 4]))}，請他們不要把卡號存在系統裡。`),

  rec('chat_pl', f`Napisz proszę krótkiego maila do geodety, że opłata za mapę do celów projektowych poszła przelewem na konto ${v('financial.iban', g4(IBAN_PL))}, kwota 1 230 zł, tytuł: "Działka 148/7 obręb Zabłocie".`),

  rec('chat_el', f`Γράψε μου ένα ευγενικό email για τον πελάτη που ζήτησε αντίγραφο τίτλου ιδιοκτησίας. Τα τέλη πληρώνονται στον λογαριασμό ${v('financial.iban', g4(IBAN_GR))} με αιτιολογία τον αριθμό αίτησης ΚΤ-2024-55810.`),

  rec('chat_en_us', f`Our US travel-insurance partner wants to reimburse a member's out-of-pocket ER bill by ACH. Member gave routing ${v('financial.aba_routing', ROUTING)} and account ${ambCat('financial', '4820193746')}. Can you write the confirmation text, and should I mask the account number in it?`),

  rec('chat_ar_sa', f`اكتب لي رسالة رسمية إلى المستشفى في الرياض لتأكيد تحويل مبلغ الضمان. حساب المستشفى: ${v('financial.iban', g4(IBAN_SA))}، والمبلغ 38,500 ريال، رقم الملف GCA-24-120744.`),

  rec('chat_uk', f`Допоможи написати листа в бухгалтерію: оплату за метадон для філії в Одесі треба перерахувати на рахунок ${v('financial.iban', IBAN_UA)}. Сума — 86 400 грн, призначення платежу «Договір № 17/24».`),

  rec('chat_es_mx', f`El cliente del restaurante fantasma pagó con una Diners vieja, la terminal dice "tarjeta no soportada": ${v('financial.payment_card', DINERS_1)}. ¿Es porque tiene 14 dígitos? Redáctame cómo explicarle al cliente.`),

  rec('pos_log', f`POS export from the Lisbon kitchen, card declined twice then approved — is this fraud?

${amb('source_code.snippet', f`2024-12-07 19:42:11 DECLINED pan=${v('financial.payment_card', DISCOVER_1)} amt=27.80 rc=05 term=LIS02-T3 src=${ip('10.22.0.41')}
2024-12-07 19:42:38 DECLINED pan=${v('financial.payment_card', DISCOVER_1)} amt=27.80 rc=51 term=LIS02-T3 src=${ip('10.22.0.41')}
2024-12-07 19:43:05 APPROVED pan=${v('financial.payment_card', MAESTRO_1)} amt=27.80 rc=00 term=LIS02-T3 src=${ip('10.22.0.41')}`)}`),

  rec('chat_hu', f`Szia, írnál egy levelet a tokaji borászatnak, hogy a fagyvédő ventilátor előlegét erre a számlára utalják: ${v('financial.iban', g4(IBAN_HU))}? Összeg: 2 450 000 Ft.`),

  rec('chat_nl_be', f`Kunt ge een vriendelijke herinnering opstellen voor de kadasterkosten? Betaling op rekening ${v('financial.iban', g4(IBAN_BE))} met mededeling +++090/1842/73619+++.`),

  rec('chat_en', f`Caller's wife paid the air-ambulance deposit with ${v('financial.payment_card', MC_2)} and now disputes it, saying she never authorised the second charge of USD 12,000. What do I tell her and what do I put in the case note?`),

  rec('chat_ro', f`Poți să redactezi o confirmare de plată pentru viticultorul din Drăgășani? A plătit sistemul de irigații în contul ${v('financial.iban', g4(IBAN_RO))}, suma 48.900 lei.`),

  rec('chat_en_ae', f`Can you write a short note to the Dubai clinic confirming we'll pay the invoice to ${v('financial.iban', IBAN_AE)}? Also the caller's card ${v('financial.payment_card', VISA_3)} was charged twice by the pharmacy, I need to ask for a refund too.`),

  rec('chat_de_at', f`Bitte schreib eine kurze Zahlungsbestätigung für den Grundbuchsauszug: überwiesen auf ${v('financial.iban', g4(IBAN_AT))}, Betrag € 18,20. Und die Firmenkreditkarte ${v('financial.payment_card', group(MC_3, [4, 4, 4, 4]))} bitte nicht erwähnen.`),
];

/**
 * Held-out batch 135: card numbers, IBANs and bank details in the mail, chats, exports and forms of
 * a crane maintenance contractor, IVF clinics, a brewery group, a jury office, a satellite installer
 * and a demining NGO. Hand-written; check digits computed with scripts/corpus/checksums.ts.
 */
import { groupedAs, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as spaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Groups a digit string (4-4-4-4 by default). */
const grp = (s: string, sizes: readonly number[] = [4, 4, 4, 4], sep = ' '): string => groupedAs(s, sizes, sep);

const VISA_US = card('453917204816375');
const MC_TAP = card('537248190365271');
const VISA_TAP = card('401288493017624');
const AMEX_IVF = card('37429185036472');
const ELO = card('636368047193825');
const TROY = card('979201483726195');
const JCB = card('353011849273658');
const MC_NGO = card('222104839172635');
const MIR = card('220219483716205');
const DINERS = card('3615829473601');
const UNIONPAY = card('621483092741658392');

const DE_BRAU = iban('DE', '701600254183920715');
const ES_IVF = iban('ES', '21000418450200518273');
const GR_CRANE = iban('GR', '01101250000000482719365');
const AE_CRANE = iban('AE', '0330000019204837561');
const UA_COURT = iban('UA', '3052990000026004038271956');
const TR_SAT = iban('TR', '0006200041800006294817');
const IQ_FUEL = iban('IQ', 'RAFB802000482719365');
const UA_NGO = iban('UA', '3223130000026001028374561');
const CZ_HOPS = iban('CZ', '08000000192837465019');
const RO_CRANE = iban('RO', 'BTRLRONCRT0482719365');
const NL_CRANE = iban('NL', 'RABO0348291765');
const PL_BREW = iban('PL', '102010260000042271839465');

export const BATCH135_FINANCIAL: DraftRecord[] = [
  rec('email_de', f`Betreff: Rechnung 2025-0318 – Hopfenlieferung Hallertau

Servus Herr Kretschmer,

anbei die Rechnung für die 12 Ballen Perle und 8 Ballen Hallertauer Tradition. Bitte überweisen Sie den Betrag von 4.186,40 € bis 15.04. auf unser Konto:

Hopfengut Weißenbach GbR
IBAN: ${v('financial.iban', spaced(DE_BRAU))}
Verwendungszweck: RE 2025-0318 / Copper Kettle Brauhaus

Mit freundlichen Grüßen
Anni Weißenbach

→ Kannst du mir eine kurze Antwort formulieren, dass wir am Freitag zahlen?`),

  rec('chat', f`customer called to put a deposit on 3 half-barrel kegs for their wedding, gave me the card over the phone: ${v('financial.payment_card', grp(VISA_US))} exp 07/28 cvv 311. I wrote it on the order pad. what's the right way to put this into Square without keying it twice?`),

  rec('csv', f`Our taproom POS export shows full card numbers for two transactions, is that a settings issue?

${amb('source_code.snippet', f`txn_time,location,amount,tip,card_brand,card_number,status
2025-03-14 18:02,Sherbrooke,46.50,7.00,MASTERCARD,**** **** **** 2271,CAPTURED
2025-03-14 18:09,Sherbrooke,23.75,3.50,MASTERCARD,${v('financial.payment_card', MC_TAP)},CAPTURED
2025-03-14 18:15,Sherbrooke,61.00,0.00,VISA,**** **** **** 8804,CAPTURED
2025-03-14 18:21,Sherbrooke,12.25,2.00,VISA,${v('financial.payment_card', VISA_TAP)},VOIDED`)}`),

  rec('email_es', f`Hola Nuria,

Siento mucho que al final no podáis seguir con la vitrificación de ovocitos. Como hablamos, te devolvemos los 1.150 € del segundo ciclo. Confírmame por favor que esta es la cuenta correcta:

Titular: Nuria Esteve Pons
IBAN: ${v('financial.iban', spaced(ES_IVF))}

Un abrazo,
Marta – Coordinación de pacientes, Lumen Fertilidad Valencia

(¿puedes revisar el tono? que no suene frío)`),

  rec('chat_en_gb', f`Patient rang to renew egg storage for another 12 months (£395) and read me her Amex: ${v('financial.payment_card', grp(AMEX_IVF, [4, 6, 5]))}, expiry 11/27. Can you draft the receipt email? Don't include the card number obviously.`),

  rec('email_el', f`Θέμα: Πληρωμή τιμολογίου 1187 – ανταλλακτικά συρματόσχοινων

Καλησπέρα κ. Παπαδόπουλε,

σας ενημερώνουμε ότι η εξόφληση του τιμολογίου 1187 (8.920,00 €) θα γίνει την Παρασκευή στον λογαριασμό:

IBAN: ${v('financial.iban', spaced(GR_CRANE))}
BIC: ${amb('financial.swift_bic', 'ETHNGRAA')}

Με εκτίμηση,
Harbourline Crane Services – Λογιστήριο Πειραιά

Μπορείς να το μεταφράσεις στα αγγλικά για τον προϊστάμενο;`),

  rec('chat_ar', f`ممكن تراجع لي بيانات التحويل قبل ما أرسلها للمحاسبة؟ المورد: شركة الخليج لقطع الرافعات، رقم الآيبان ${v('financial.iban', AE_CRANE)}، المبلغ 37,450 درهم، فاتورة رقم GCP-2291 لصيانة البكرات.`),

  rec('chat_ko', f`부산 협력사에 유압 실린더 수리비를 송금해야 하는데 영문 송금 요청서 양식으로 정리해줘. 은행: 부산은행, 계좌번호 ${ambCat('financial', '101-2048-7361-05')}, SWIFT ${amb('financial.swift_bic', 'PUSBKR2P')}, 금액 KRW 12,800,000.`, 'Korean domestic account number: sensitive, no rule for it'),

  rec('form', f`JUROR EXPENSE REIMBURSEMENT – DIRECT DEPOSIT
Northfield County Superior Court · Jury Services

Juror #: 25-0417-118
Service dates: 03/10/2025 – 03/14/2025 (5 days)
Mileage: 42 mi round trip

Bank routing number: ${v('financial.aba_routing', '071904821')}
Account number: ${ambCat('financial', '4481902736')}
Account type: Checking

Please check that this form has everything payroll needs.`),

  rec('chat_uk', f`Підготуй, будь ласка, лист присяжному про виплату компенсації за участь у судовому засіданні. Сума 3 450 грн, рахунок, який він надав: ${v('financial.iban', UA_COURT)}. Строк виплати — до кінця місяця.`),

  rec('chat_tr', f`Müşteri uydu çanağı kurulumunu kartla ödemek istedi ama POS bozuktu. Kart numarasını mesajla attı: ${v('financial.payment_card', grp(TROY))}, son kullanma 09/27. Havale yapmak isterse IBAN'ımız ${v('financial.iban', spaced(TR_SAT))}. Ona kibar bir mesaj yazar mısın, kart bilgisini WhatsApp'tan göndermemesi gerektiğini de ekle.`),

  rec('chat_pt_br', f`Cliente pagou a instalação da antena com cartão Elo ${v('financial.payment_card', grp(ELO))} e a cobrança não caiu. Ela pediu pra gente tentar de novo. Me ajuda a escrever a resposta explicando que vamos mandar um link de pagamento?`),

  rec('chat_ar_iq', f`نحتاج نرتب دفعة الوقود لمحطة أربيل عن شهر آذار. رقم الحساب الدولي للمورد: ${v('financial.iban', spaced(IQ_FUEL))} – مصرف الرافدين. المبلغ 18,600,000 دينار. اكتب لي مذكرة دفع مختصرة بالإنگليزي للمدير.`),

  rec('email_uk', f`Доброго дня, Олено!

Надсилаю реквізити СТО в Харкові для оплати ремонту двох пікапів (рахунок № 58 від 12.03):
ФОП Гончаренко В. П.
IBAN ${v('financial.iban', UA_NGO)}
Сума: 41 800,00 грн

Дякую,
Андрій, логістика Clearground

(переклади англійською для донора, будь ласка)`),

  rec('chat_km_en', f`Need to pay the tyre shop in Battambang for the Land Cruiser set. They gave ACLEDA account ${ambCat('financial', '0001-01-482719-3-6')} and SWIFT ${amb('financial.swift_bic', 'ACLBKHPP')}. ហាងនិយាយថា ត្រូវផ្ទេរមុនថ្ងៃសុក្រ។ Write the payment request for our finance in Phnom Penh please.`, 'Cambodian account number with no IBAN: sensitive, no rule for it'),

  rec('chat_fr', f`Bonjour, j'ai réservé l'hôtel à Mopti pour l'équipe de déminage avec la carte de l'ONG, Mastercard ${v('financial.payment_card', grp(MC_NGO))}, exp 05/27. L'hôtel demande une autorisation écrite du titulaire. Tu peux me rédiger le modèle ?`),

  rec('email_cs', f`Dobrý den,

v příloze posíláme fakturu za 25 kg chmele Žatecký poloraný červeňák. Platbu prosíme poukázat na:
IBAN: ${v('financial.iban', spaced(CZ_HOPS))}
Variabilní symbol: 20250319

S pozdravem
Chmelnice Rybář s.r.o., ${phone('+420 603 482 736')}

— přelož to prosím do angličtiny, náš sládek v Portlandu česky nemluví`),

  rec('chat_ja', f`ビアバーのオンラインショップで、お客様のJCBカード ${v('financial.payment_card', grp(JCB))} の決済が二重になったと問い合わせがありました。返金のお詫びメールを丁寧な日本語で書いてください。`),

  rec('chat_ro', f`Salut, poți să-mi verifici dacă IBAN-ul ăsta e scris corect? E pentru firma din Constanța care ne-a reparat frânele la macaraua 6: ${v('financial.iban', RO_CRANE)}. Suma e 23.400 lei.`),

  rec('spreadsheet', f`Can you total these per supplier and flag any duplicate bank account?

${amb('source_code.snippet', f`supplier\tcountry\tIBAN\tamount_eur
Van Dam Staalkabel BV\tNL\t${v('financial.iban', NL_CRANE)}\t6,120.00
Browar Części Sp. z o.o.\tPL\t${v('financial.iban', PL_BREW)}\t2,480.50
Van Dam Staalkabel BV\tNL\t${v('financial.iban', NL_CRANE)}\t1,940.00`)}`),

  rec('chat_ru', f`Клиент оплатил подключение спутникового ТВ картой «Мир» ${v('financial.payment_card', grp(MIR))}, а в системе платёж висит «в обработке». Напиши ему короткое сообщение, что мы разбираемся, без номера карты.`),

  rec('chat_zh', f`客户用银联卡 ${v('financial.payment_card', UNIONPAY)} 在精酿酒吧官网订了两箱IPA，但是支付失败了三次。帮我写一段客服回复，中文和英文各一版。另外这位客户之前还用过大来卡 ${v('financial.payment_card', grp(DINERS, [4, 6, 4]))}。`),
];

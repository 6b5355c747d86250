/**
 * Held-out batch 150: card numbers, IBANs and routing numbers in bail-bond payments, interpreter
 * invoices, tyre-granulate sales, student deposits, museum loan costs and seafarers' pay. Hand-written.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const VISA_BAIL = luhnWithCheck('453917284026153');
const MC_COSIGNER = luhnWithCheck('522184730619542');
const ABA = abaWithCheck('32227483');
const DE_IBAN = ibanWithCheck('DE', '550400221837264019');
const PL_IBAN = ibanWithCheck('PL', '102055610000310293847561');
const CZ_IBAN = ibanWithCheck('CZ', '08000000192847365012');
const FR_IBAN = ibanWithCheck('FR', '30004028370001928374652');
const NL_IBAN = ibanWithCheck('NL', 'INGB0007382915');
const IT_IBAN = ibanWithCheck('IT', 'X0306909606100000184729');
const AMEX_TENANT = luhnWithCheck('37482910573618');
const UNIONPAY = luhnWithCheck('621700128473916254');
const SA_IBAN = ibanWithCheck('SA', '80000000608010472938');
const VISA_KR = luhnWithCheck('465887310294718');
const MC_SEAFARER = luhnWithCheck('272034918275604');
const UA_IBAN = ibanWithCheck('UA', '3052990000026004018372641');
const BR_IBAN = ibanWithCheck('BR', '00360305000010029384756C1');
const JCB = luhnWithCheck('353918274061528');
const CH_IBAN = ibanWithCheck('CH', '00700110004827361');
const IL_IBAN = ibanWithCheck('IL', '0108000000094827361');
const ES_IBAN = ibanWithCheck('ES', '21000418450200051332');
const DISCOVER = luhnWithCheck('601149283710564');
const PT_IBAN = ibanWithCheck('PT', '003500970000482736152');

export const BATCH150_FINANCIAL: DraftRecord[] = [
  rec('call_notes', f`Call notes 11/14 – defendant's sister paying premium on bond #LK-24-3318 ($2,500 bond, 10% premium = $250)
Card: Visa ${card(spacedFours(VISA_BAIL))} exp 09/27, billing zip 89104
Name on card: Rosalind T. Akers
She asked for a receipt by text.

Turn this into a clean payment receipt template I can reuse (leave card masked on the receipt).`),

  rec('chat_es_mx', f`Necesito un recibo en español para el fiador: pagó la prima de la fianza con su Mastercard ${card(groupedAs(MC_COSIGNER, [4, 4, 4, 4], '-'))} el 3 de marzo, $1,200 dólares, y quedan 4 pagos de $300. ¿Me lo redactas formal pero sencillo?`),

  rec('ach_form', f`ACH authorization – payment plan (bail premium balance)
Payer: Darnell Whitcomb
Bank: Silver State Credit Union
Routing #: ${v('financial.aba_routing', ABA)}
Account #: ${ambCat('financial', '0047283916')}
Amount: $175.00 biweekly starting 12/06

Check this form has everything NACHA needs for a recurring debit.`),

  rec('email_de', f`Sehr geehrte Damen und Herren,

für die Lieferung von 38,4 t Gummigranulat (0,8–2,5 mm) vom 12.02. stellen wir Ihnen 7.296,00 € netto in Rechnung. Bitte überweisen Sie den Betrag bis 14.03. auf folgendes Konto:

Kautschuk Kreislauf GmbH
IBAN: ${iban(spacedFours(DE_IBAN))}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}

Mit freundlichen Grüßen
Buchhaltung

-> bitte auf Englisch übersetzen, Kunde sitzt in Rotterdam`),

  rec('chat_pl', f`Napisz krótkie przypomnienie o płatności dla odbiorcy stali z przerobu opon: faktura FV/03/2025/112, 18 450,00 zł, termin minął 10 dni temu. Numer konta: ${iban(spacedFours(PL_IBAN))}`),

  rec('invoice_cs', f`Přelož do angličtiny platební údaje z faktury za odvoz ojetých pneumatik:
Dodavatel: Pneuservis Olomouc s.r.o.
Částka: 46 800 Kč
IBAN: ${iban(spacedFours(CZ_IBAN))}
Variabilní symbol: 2025031407`),

  rec('invoice_fr', f`Peux-tu vérifier que ma note d'honoraires d'interprète est complète avant envoi au tribunal judiciaire de Lyon ?

Prestation : interprétariat arabe–français, audience correctionnelle du 6 février, 3 h 30
Montant : 192,50 €
Règlement par virement sur le compte
IBAN ${iban(spacedFours(FR_IBAN))}
BIC ${amb('financial.swift_bic', 'PSSTFRPPLYO')}`),

  rec('chat_nl', f`Kun je deze betaalopdracht voor onze freelance tolk Pools nalopen? Bedrag € 415,80 (twee zittingen rechtbank Den Haag), naar ${iban(NL_IBAN)} t.n.v. K. Wiśniewska, omschrijving "TOLK-2025-0217".`),

  rec('email_it', f`Gentile registrar,

in merito al prestito del "Ritratto di gentiluomo" per la mostra di Bologna, vi preghiamo di saldare la fattura per imballaggio e trasporto climatizzato (€ 8.940,00) sul conto:

IBAN ${iban(spacedFours(IT_IBAN))}
Intestato a: Arte Trasporti Speciali S.r.l.

Cordiali saluti

Riassumi in inglese per il nostro ufficio contabile, per favore.`),

  rec('chat_en_gb', f`Tenant in Room 4B paid the holding deposit over the phone and I wrote it on a sticky note: Amex ${card(groupedAs(AMEX_TENANT, [4, 6, 5]))}, exp 11/26, CID ${ambCat('financial', '4417')}. Can you give me a GDPR-friendly process so we stop doing this?`),

  rec('chat_zh', f`帮我写一封英文邮件给宿舍财务：学生王思远用银联卡 ${card(groupedAs(UNIONPAY, [4, 4, 4, 4, 3]))} 付了押金 £450，但系统显示两次扣款，请退回一笔。`),

  rec('chat_ar', f`الرجاء صياغة رسالة رسمية بالإنجليزية لإدارة السكن الطلابي: نطلب استرداد مبلغ التأمين (600 جنيه إسترليني) للطالب فيصل العتيبي إلى حسابه في السعودية، رقم الآيبان: ${iban(spacedFours(SA_IBAN))}`),

  rec('chat_ko', f`기숙사 계약금 결제가 해외카드라서 실패했어요. 카드번호 ${card(VISA_KR)} 유효기간 08/28 인데, 영국 학생기숙사 결제 페이지에서 3D Secure 오류가 납니다. 학생에게 보낼 안내문을 한국어로 써 주세요.`),

  rec('chat_tl', f`Paki-draft ng message para kay Third Officer Reyes: natanggap na namin yung allotment form niya. Yung payroll card na naka-file ay Mastercard ${card(spacedFours(MC_SEAFARER))}, pero gusto niyang ilipat sa BDO account ng asawa niya. Ano ang kailangan niyang i-submit?`),

  rec('chat_uk', f`Допоможи скласти лист у бухгалтерію круїзної компанії: моряк Олександр Коваль просить перераховувати зарплату на новий рахунок ${iban(UA_IBAN)} (ПриватБанк) з наступного контракту.`),

  rec('chat_pt_br', f`Preciso de um texto explicando pro tripulante que o salário vai cair na conta internacional que ele informou, IBAN ${iban(spacedFours(BR_IBAN))}, e que a primeira transferência leva até 5 dias úteis. Tom simpático, pode ser em português mesmo.`),

  rec('chat_ja', f`美術館ショップのカタログ代金の返金依頼です。お客様のJCBカード ${card(groupedAs(JCB, [4, 4, 4, 4], '-'))} に4,400円を返金する旨の丁寧なメール文を作成してください。`),

  rec('email_de_ch', f`Grüezi

Für die Leihgabe der Hodler-Skizzen verrechnen wir die Kurierbegleitung (CHF 2'350.–). Zahlbar innert 30 Tagen auf:
IBAN ${iban(spacedFours(CH_IBAN))}
Kunstsammlung Brunnmatt, Bern

Freundliche Grüsse

Kannst du mir daraus eine Zahlungsanweisung für unsere Buchhaltung machen?`),

  rec('chat_he', f`תכתוב לי בבקשה מייל לסטודנט שהפיקדון על החדר יוחזר לחשבון הבנק שלו בישראל: ${iban(IL_IBAN)}. ההחזר יתבצע תוך 14 ימי עסקים מיום עזיבת הדירה.`),

  rec('chat_es', f`Revisa esta orden de pago para la intérprete de rumano del Juzgado de lo Penal n.º 3 de Valencia: 286,00 € a la cuenta ${iban(spacedFours(ES_IBAN))}, concepto "Interpretación juicio 118/2025". ¿Falta algo para la transferencia?`),

  rec('chat_en', f`Client wants to put the bond premium on two cards. First one went through (Discover ${card(DISCOVER)}), second is declined. Write me a short, polite text to the client asking for another card, include our number ${phone('(702) 384-9126', 'US')}.`),

  rec('email_pt_pt', f`Caro registrar,

a seguradora do empréstimo das faianças pede que o prémio seja pago até dia 20 para o IBAN ${iban(spacedFours(PT_IBAN))}. Pode confirmar se o museu já tem este beneficiário registado?

Cumprimentos`),
];

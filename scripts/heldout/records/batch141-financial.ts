/**
 * Held-out batch 141: card numbers, IBANs and routing numbers in owners' invoices, supplier remittances,
 * warranty refunds, storage-fee payments and scholarship transfers, in many languages. Hand-written.
 */
import { abaCheckDigit, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const amex = (s: string): string => `${s.slice(0, 4)} ${s.slice(4, 10)} ${s.slice(10)}`;

const VISA = card('453291840726513');
const VISA_ES = card('491761028375046');
const MC2 = card('222104839275610');
const MC_KR = card('532140968127753');
const AMEX = card('37829104573618');
const JCB = card('353011928476530');
const UNIONPAY19 = card('621483902756134927');
const DISCOVER = card('601104928375610');
const DINERS = card('3056281947360');
const VISA13 = card('451902837461');
const VISA19 = card('417392058164273850');
const VISA_CSV2 = card('402918374650192');

const GB = iban('GB', 'BARC20315841926083');
const FR = iban('FR', '30004008210001234567806');
const DE = iban('DE', '500105175407324931');
const IT = iban('IT', 'X0306909606100000147382');
const AE = iban('AE', '0260001015832749301');
const TR = iban('TR', '0006100519786457841326');
const PL = iban('PL', '109010140000071219812874');
const NL = iban('NL', 'RABO0318427561');
const HU = iban('HU', '117730162038419500000000');
const GR = iban('GR', '01101250000000012300695');
const CH = iban('CH', '00762011623852957');
const IL = iban('IL', '0108000000048392716');
const IE = iban('IE', 'AIBK93115212345678');
const ES = iban('ES', '21000418450200051332');
const PT = iban('PT', '000201231234567890154');
const ABA = ((p: string) => p + String(abaCheckDigit(p)))('07100013');

export const BATCH141_FINANCIAL: DraftRecord[] = [
  rec('email', f`Could you make this invoice reminder to one of our syndicate owners a bit friendlier?

"Dear Mr Haldane, your share of the February training fees and farrier costs for Copper Lantern (£1,840.00) is now 30 days overdue. Please transfer to Rowley Mile Racing Ltd, IBAN ${v('financial.iban', g4(GB))}, BIC ${amb('financial.swift_bic', 'BARCGB22')}, quoting ref. CL-0225. Kind regards, Accounts"`),

  rec('email_fr', f`Bonjour,

Veuillez trouver ci-joint notre facture F-2025-0318 (comté 36 mois, beurre de baratte, 42 kg au total). Merci d'effectuer le virement sous 30 jours sur le compte suivant :
Titulaire : Fromagerie Vernet SARL
IBAN : ${v('financial.iban', g4(FR))}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}

Cordialement,
Service comptabilité

→ Peux-tu vérifier que l'IBAN correspond bien au RIB qu'on a dans le fichier fournisseurs ?`),

  rec('chat_de', f`Wir müssen einem Verkehrsbetrieb eine Garantiegutschrift für drei getauschte Retarder auslösen. Kannst du mir den Buchungstext formulieren? Empfänger: Stadtwerke Kellbach Verkehrs GmbH, IBAN ${v('financial.iban', DE)}, Betrag 14.870,00 EUR, Bezug Garantiefall GW-2025-00412.`),

  rec('email_it', f`Ciao Giulia, il pescatore di Mazara ci ha mandato le nuove coordinate bancarie per i gamberi rossi. Puoi aggiornare l'anagrafica fornitore?
Intestatario: Pesca Azzurra S.r.l.
IBAN ${v('financial.iban', g4(IT))}
Grazie, Marco (economato ristoranti)`),

  rec('chat_es', f`Una familia quiere pagar la cuota anual de custodia de la sangre de cordón (195 €) con tarjeta por teléfono. Me ha dictado: Visa ${v('financial.payment_card', g4(VISA_ES))}, caducidad 07/28. ¿Cómo le explico que no podemos apuntarla así y que tiene que usar el enlace de pago?`),

  rec('chat_ja', f`馬主会の年会費をJCBカードで払ったのですが、明細に二重で載っています。カード番号は ${v('financial.payment_card', g4(JCB))} です。カード会社への問い合わせ文を作ってください。`),

  rec('chat_zh', f`有个中国学生说学费用银联卡 ${v('financial.payment_card', UNIONPAY19)} 付款失败了三次，银行那边显示"交易未授权"。帮我写一封中英文的回复，告诉他可以改用 Flywire 转账。`),

  rec('chat_ar_ae', f`ابي اكتب رسالة للمالك في دبي، حصته من جائزة السباق جاهزة للتحويل. البيانات اللي عطاني اياها: الآيبان ${v('financial.iban', g4(AE))}، باسم Al Noor Bloodstock. المبلغ 62,500 درهم. ممكن تصيغها بشكل رسمي؟`),

  rec('chat_tr', f`Garanti kapsamında değiştirilen klima kompresörünün bedelini servise iade edeceğiz. IBAN: ${v('financial.iban', g4(TR))}, alıcı: Ege Otobüs Servis Ltd. Şti. Açıklama kısmına ne yazmalıyım?`),

  rec('email_pl', f`Dzień dobry,

prosimy o przelew pierwszej raty stypendium (2 400 zł) na rachunek studenta:
${v('financial.iban', g4(PL))}
Tytuł: Stypendium rektora – semestr letni 2025 – nr albumu 184472

Biuro Współpracy Międzynarodowej`),

  rec('chat_nl', f`Kun je een bedankmail schrijven aan een donateur van de reddingsbootstichting? Hij heeft €500 overgemaakt vanaf ${v('financial.iban', NL)} en vraagt of hij een giftenverklaring krijgt voor de belastingdienst.`),

  rec('ach_form', f`Please check this scholarship disbursement form before I send it to bursary:

Payee: Adaeze N. (Fulbright co-funded)
Bank: First Bankers Trust, Chicago
Routing (ABA): ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', '4417093826')}  (checking)
Amount: $3,250.00 — spring living stipend`),

  rec('chat_ko', f`예약 보증금 결제가 안 된다고 손님이 전화했어요. 카드번호 ${v('financial.payment_card', MC_KR.replace(/(\d{4})(?=\d)/g, '$1-'))}, 유효기간 11/27이라고 하시는데, 다시 시도하라고 안내하는 문자 좀 써줘요.`),

  rec('chat', f`Owner wants to pay the Magic Millions entry fee on his Amex ${v('financial.payment_card', amex(AMEX))} exp 03/27, CID on the front. Can I just charge it through the terminal or do I need a signed form from him first?`),

  rec('email_hu', f`Kérlek, fogalmazd meg a szerviznek: a garanciális javítás díját (486 500 Ft) visszautaljuk a ${v('financial.iban', g4(HU))} számlára, a hibás sebességváltó-vezérlő cseréje miatt. Hivatkozás: GAR-HU-2025-077.`),

  rec('chat_el', f`Ο προμηθευτής λαδιού μας έστειλε νέο IBAN: ${v('financial.iban', g4(GR))}. Γράψε μου ένα σύντομο email στα αγγλικά προς το λογιστήριο του ομίλου να ενημερώσουν το σύστημα πληρωμών.`),

  rec('csv', f`No-show fees from last weekend, the PSP rejected some. Which ones look like they'd fail again?

${amb('source_code.snippet', f`date;table;guest;card;amount;status
2025-02-21;T4;Haller;${v('financial.payment_card', VISA)};180.00;declined
2025-02-21;T9;Okafor;**** **** **** 4471;180.00;captured
2025-02-22;T2;Duval;${v('financial.payment_card', DISCOVER)};360.00;declined
2025-02-22;T11;Brennan;${v('financial.payment_card', VISA_CSV2)};90.00;captured
2025-02-22;T6;Ishikawa;${v('financial.payment_card', DINERS)};270.00;declined`)}`),

  rec('chat_de_ch', f`Chönd Sie mir bitte en QR-Rechnig für d Privatveranstaltig vom 14. März mache? Empfänger: Gourmet Gruppe Zürichsee AG, IBAN ${v('financial.iban', g4(CH))}, Betrag CHF 8'640.–, Referenz Hochzit Meier.`),

  rec('chat_he', f`משפחה מבקשת החזר על דמי האחסון השנתיים של דם הטבור, כי עברו לבנק אחר. החשבון שלהם: ${v('financial.iban', g4(IL))}. תנסח לי תשובה מנומסת שמבקשת אישור ניהול חשבון.`),

  rec('log', f`why does our refund service log this at INFO level?? found it while debugging the winner-payout job

${amb('source_code.snippet', f`2025-02-24 18:02:11,404 INFO payouts.refund stake_refund ok bet=B-88120447 method=card pan=${v('financial.payment_card', VISA19)} amount=GBP 42.00
2025-02-24 18:02:11,530 INFO payouts.refund stake_refund ok bet=B-88120451 method=card pan=${v('financial.payment_card', VISA13)} amount=GBP 10.00
2025-02-24 18:02:12,017 INFO payouts.refund stake_refund ok bet=B-88120460 method=bank iban=${v('financial.iban', IE)} amount=EUR 250.00`)}`),

  rec('chat_pt', f`Preciso de responder a um fornecedor de marisco que diz não ter recebido o pagamento. Transferimos 3 215,40 € para o IBAN ${v('financial.iban', g4(PT))} a 18/02. Pode ajudar-me a redigir, com tom firme mas educado? O contacto dele é ${phone('+351 912 408 375')}.`),

  rec('chat_es_mx', f`Un papá quiere pagar el kit de recolección de sangre de cordón con su tarjeta ${v('financial.payment_card', g4(MC2))}. En México no manejamos IBAN, pero la clínica de Madrid nos pidió transferencia a ${v('financial.iban', g4(ES))}. ¿Cómo se lo explico sin confundirlo?`),

];

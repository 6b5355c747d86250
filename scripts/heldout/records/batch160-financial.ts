/**
 * Held-out batch 160: card numbers, IBANs and routing numbers at a marathon registration desk, a
 * tenant-screening agency, a fish farm's export office, a cement plant and a marine cargo claims
 * broker. Hand-written; check digits computed with scripts/corpus/checksums.ts.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const VISA_RUNNER = luhnWithCheck('441739208174625');
const MC_MX = luhnWithCheck('537412908361742');
const JCB_JP = luhnWithCheck('356982017463920');
const AMEX_IN = luhnWithCheck('37829104736185');
const MC2_RU_ALT = luhnWithCheck('222384019275638');
const MIR = luhnWithCheck('220038471928364');
const UNIONPAY = luhnWithCheck('621483092756184');
const ELO = luhnWithCheck('636368209174362');
const VISA_QC = luhnWithCheck('451203948172635');
const MC_CL = luhnWithCheck('552918037461928');
const ABA_TENANT = abaWithCheck('07400093');
const ABA_TENANT2 = abaWithCheck('26108457');

const IBAN_DE = ibanWithCheck('DE', '370502990048271936');
const IBAN_NO = ibanWithCheck('NO', '15038274916');
const IBAN_GR = ibanWithCheck('GR', '01720480000480293718465');
const IBAN_TR = ibanWithCheck('TR', '0006200384700006298371');
const IBAN_AE = ibanWithCheck('AE', '0330000019283746501');
const IBAN_NL1 = ibanWithCheck('NL', 'RABO0384729164');
const IBAN_NL2 = ibanWithCheck('NL', 'INGB0007392846');
const IBAN_NL3 = ibanWithCheck('NL', 'ABNA0482917365');
const IBAN_PT = ibanWithCheck('PT', '003500830004829173659');
const IBAN_EG = ibanWithCheck('EG', '0019000300000004829173652');
const IBAN_CH = ibanWithCheck('CH', '00781003847291650');
const IBAN_AT = ibanWithCheck('AT', '1904300482917365');

export const BATCH160_FINANCIAL: DraftRecord[] = [
  rec('chat_en', f`Hi, I'm a runner in the half marathon and got charged twice for my entry (£48 each). Card used was ${card(spacedFours(VISA_RUNNER))}, bib not assigned yet. Can you help me write to the organisers asking for one refund?`),

  rec('email_de', f`Betreff: Startplatzübertragung Halbmarathon – Rückerstattung Umbuchungsgebühr

Hallo Registrierungsteam,

ich habe meinen Startplatz an meine Kollegin übertragen und die Gebühr von 15 € doppelt bezahlt. Bitte überweisen Sie den Betrag zurück auf:
IBAN: ${iban(spacedFours(IBAN_DE))}
Kontoinhaber: Jonas Wiederhold

Danke und sportliche Grüße`),

  rec('chat_es_mx', f`Oye, un corredor nos mandó esto por WhatsApp para pagar su inscripción al maratón porque la pasarela falla: "mi tarjeta es ${card(groupedAs(MC_MX, [4, 4, 4, 4], '-'))} vence 09/27". ¿Cómo le contesto que no mande datos de tarjeta por chat?`),

  rec('chat_ja', f`海外ランナーからの問い合わせです。「エントリー代金の決済がJCBカード ${card(spacedFours(JCB_JP))} でエラーになりました」とのこと。丁寧な英語の返信を書いてください。`),

  rec('form_en_us', f`Please check this security-deposit refund form before I send it to accounts payable:

Applicant: Darnell Whitaker
Property: 1180 Lakeshore Ave, Unit 4B
Refund amount: $1,350.00
Bank routing (ABA): ${v('financial.aba_routing', ABA_TENANT)}
Account number: ${ambCat('financial', '004829173651')}
Reason: application withdrawn before lease signing`),

  rec('chat_fr_qc', f`Le candidat locataire veut payer les frais d'enquête de crédit (35 $) par téléphone. Il m'a dicté sa carte Visa : ${card(VISA_QC)}, exp. 11/26. Pis il m'a aussi donné son transit 00482, son institution 815 pis son numéro de compte ${ambCat('financial', '4829173')} pour le dépôt. C'est correct de noter ça dans le dossier? Écris-moi une politique courte là-dessus.`),

  rec('invoice_no', f`Kan du lage en purring på engelsk til kunden i Rotterdam? Fakturaen for helsesertifikatene og laksen er forfalt.

Faktura 2025-0312 · Forfall 14.03.2025 · NOK 412 800,00
Betales til: ${iban(spacedFours(IBAN_NO))}
BIC: ${amb('financial.swift_bic', 'DNBANOKKXXX')}
Merk betalingen med fakturanummer.`),

  rec('email_el', f`Καλησπέρα σας,

Σχετικά με την αποζημίωση για τη ζημιά στο φορτίο (B/L PIRAEUS-8842, κοντέινερ με ψυγεία), παρακαλούμε να καταβληθεί το ποσό των 38.420,00 € στον λογαριασμό:
IBAN: ${iban(spacedFours(IBAN_GR))}
Δικαιούχος: Aegean Reefer Logistics Α.Ε.

Μπορείτε να το μεταφράσετε στα αγγλικά για τον ασφαλιστή;`),

  rec('chat_tr', f`Alıcı firma hasar tazminatının yeni hesaba yatırılmasını istiyor: ${iban(spacedFours(IBAN_TR))}. Bu IBAN'ın gerçekten şirkete ait olup olmadığını nasıl doğrularım? Dolandırıcılık olabilir mi diye endişeliyim.`),

  rec('email_ar', f`السادة شركة الوساطة،

نرجو تحويل مبلغ التعويض عن تلف شحنة الأرز (الحاوية MSKU 482917-3) إلى الحساب التالي:
رقم الآيبان: ${iban(IBAN_AE)}
رمز السويفت: ${amb('financial.swift_bic', 'EBILAEAD')}
اسم المستفيد: شركة الخليج للتجارة العامة ذ.م.م

يرجى ترجمة هذا البريد إلى الإنجليزية.`),

  rec('csv_nl', f`Kun je deze uitbetalingslijst voor de vrachtschades controleren op dubbele rekeningnummers?

${amb('source_code.snippet', f`claimnr;begunstigde;iban;bedrag_eur
MC-25-0411;Van Leeuwen Expeditie BV;${iban(IBAN_NL1)};12480,00
MC-25-0412;Koel Transport Zeeland;${iban(IBAN_NL2)};3215,50
MC-25-0415;Van Leeuwen Expeditie BV;${iban(IBAN_NL3)};870,25
MC-25-0419;Koel Transport Zeeland;${iban(IBAN_NL2)};4410,00`)}`),

  rec('chat_pt_pt', f`Boa tarde! Sou intérprete freelancer de língua gestual no hospital e ainda não recebi os honorários de fevereiro. Podem confirmar se têm o meu IBAN certo? ${iban(spacedFours(IBAN_PT))}. Obrigada, Inês. (ajuda-me a pôr isto num tom mais formal)`),

  rec('chat_ar_eg', f`المورد بتاع الطوب الحراري للفرن عايز الدفعة التانية على حساب جديد: ${iban(IBAN_EG)} . المبلغ 1,840,000 جنيه. اكتبلي إيميل بالإنجليزي أطلب فيه خطاب من البنك يأكد الحساب قبل ما نحول.`),

  rec('chat_hi_en', f`Plant head ka corporate Amex ${card(groupedAs(AMEX_IN, [4, 6, 5]))} kiln shutdown ke time hotel booking ke liye use hua tha, ab statement mein ek duplicate charge hai ₹38,400 ka. Bank ko complaint likhne mein help karo, formal English mein.`),

  rec('chat_zh', f`一位上海的跑者说报名费用银联卡 ${card(UNIONPAY)} 付款后显示失败，但是银行已经扣款了。请帮我用中文和英文写一个回复，说明我们会在7个工作日内核查。`),

  rec('chat_pt_br', f`Um locatário pagou a taxa da análise cadastral com cartão Elo ${card(groupedAs(ELO, [4, 4, 4, 4], ' '))} e pediu estorno porque desistiu do imóvel. Me ajuda a escrever a resposta explicando o prazo de até duas faturas?`),

  rec('email_de_ch', f`Grüezi Frau Baumann

Die Entschädigig für d'Transportschäde a de Uhrenlieferig (Claim MC-2025-0207) wird uf folgends Konto überwiese:
IBAN ${iban(spacedFours(IBAN_CH))}
Betrag CHF 22'480.–

Chönd Sie das bitte bestätige? Mir bruuched no de Havariebricht vom Surveyor.

Fründlichi Grüess`),

  rec('chat_es_cl', f`Necesito redactar un correo al banco: la tarjeta corporativa Mastercard ${card(spacedFours(MC_CL))} del área de exportaciones de la salmonera fue rechazada al pagar los certificados sanitarios en el SAG. ¿Me ayudas?`),

  rec('chat_ru', f`Бегун из Казани пишет, что оплата стартового взноса картой «Мир» ${card(spacedFours(MIR))} не проходит на сайте марафона. Мы вообще принимаем Мир? Помоги составить вежливый ответ.`),

  rec('ach_en', f`Tenant-screening agency payroll: the bank rejected our NACHA file. Line for one of the field inspectors:
6 22 ${v('financial.aba_routing', ABA_TENANT2)} ${ambCat('financial', '3847291650')}      0000128450 EMP0412        MARISOL QUINTERO
Which field is off? Routing is the 9 digits after the transaction code.`),

  rec('chat_de_at', f`Der Läufer aus Graz will die Startgebühr zurück, weil er verletzt ist. Seine Kontodaten: ${iban(spacedFours(IBAN_AT))}. Bei uns heißt's aber "keine Rückerstattung nach 1. März". Wie formulier ich eine freundliche Absage mit Gutschein fürs nächste Jahr?`),

  rec('chat_en', f`Runner says the card on file ended in 6381 but the full number he typed into the form was ${card(MC2_RU_ALT)}. It's a 2-series Mastercard, our old form rejected it. Is 2223 a valid Mastercard BIN?`),
];

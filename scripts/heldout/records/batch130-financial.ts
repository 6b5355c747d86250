/**
 * Held-out batch 130: card numbers, IBANs and routing numbers from pledge drives, dress-rental
 * deposits, tunnel subcontractor invoices, magnet export payments and more. Hand-written.
 */
import { abaWithCheck as aba, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** A card number: the grouped payload plus its Luhn digit. */
const card = (payload: string): string => payload + String(luhnCheckDigit(payload.replace(/\D/g, '')));
/** An IBAN with computed check digits, grouped by four unless `grouped` is false. */
const iban = (cc: string, bban: string, grouped = true): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return grouped ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
};

const VISA_PLEDGE = card('4916 3827 0451 638');
const MC_FRCA = card('5412 7593 0284 617');
const AMEX_CSV = card('3782 640917 3562');
const VISA_CSV = card('4485902736148');
const JCB_JA = card('3566 0024 8193 725');
const MC_KO = card('5327 4418 9023 506');
const VISA_ES = card('4548 8120 3971 462');
const MC_AR = card('5468 2790 1537 482');
const DE_IBAN = iban('DE', '700202700015382947');
const NL_IBAN = iban('NL', 'INGB0007493826');
const ES_IBAN = iban('ES', '00491806912711842937');
const IT_IBAN = iban('IT', 'X0306909606100000118374');
const PL_IBAN = iban('PL', '249000050000460182735914');
const PT_IBAN = iban('PT', '003500970000638274915');
const SA_IBAN = iban('SA', '10000018273649501726');
const TR_IBAN = iban('TR', '0006400001297384516207');
const IL_IBAN = iban('IL', '0126810000004829173');
const GR_IBAN = iban('GR', '01704600000048273916524');
const RO_IBAN = iban('RO', 'BTRL0301202N47381900');
const CH_IBAN = iban('CH', '00235029184730621');
const NO_IBAN = iban('NO', '15036283940');
const GB_IBAN = iban('GB', 'NWBK60274158304917');
const UA_IBAN = iban('UA', '3220010000026201384756210');
const ROUTING = aba('32217385');

export const BATCH130_FINANCIAL: DraftRecord[] = [
  rec('chat_en_us', f`Caller on the pledge line just now, Sustainer level $15/month. She read me her card over the phone: ${v('financial.payment_card', VISA_PLEDGE)}, exp 03/28, CVV 412, billing zip 97214. The phone-bank form timed out before I hit submit. Can I just email this to the membership manager to enter tomorrow? Draft the email for me.`),

  rec('chat_fr_ca', f`Bonjour! Un auditeur de Trois-Rivières a appelé pendant la campagne de souscription, il veut donner 240 $ par année. Sa Mastercard : ${v('financial.payment_card', MC_FRCA)}, exp. 11/26. Son numéro : ${phone('(418) 694-2271', 'CA')}. Peux-tu m'écrire un mot de remerciement en français québécois, pas trop formel?`),

  rec('csv_en', f`Reconcile last night's on-air pledges against the processor settlement:

${amb('source_code.snippet', f`pledge_id,member,amount,card,status
PD24-0913,M. Okafor,120.00,****-****-****-4418,captured
PD24-0914,R. Lindqvist,60.00,${v('financial.payment_card', AMEX_CSV)},captured
PD24-0915,J. Alvarado,365.00,****-****-****-0227,declined
PD24-0916,T. Baptiste,180.00,${amb('financial.payment_card', VISA_CSV)},captured`)}

two rows came from the backup paper forms and were keyed in unmasked, oops`, 'the 14-digit "Visa" (no length Visa issues; the check digit computed over 13 digits) made ambiguous after the measurement: a label fix'),

  rec('email_de', f`Betreff: Rückerstattung Kaution – Leihkleid Nr. BK-2291

Hallo Frau Meinhardt,

das Brautkleid ist unbeschädigt zurückgekommen, vielen Dank! Die Kaution von 350,00 € überweisen wir Ihnen auf das angegebene Konto:
IBAN ${v('financial.iban', DE_IBAN)}
Kontoinhaberin: Sabine Meinhardt

Können Sie mir das bitte noch etwas freundlicher formulieren?`),

  rec('chat_nl', f`Kun je een nette bevestiging schrijven dat we de borg van het trouwpak terugstorten? Klant: dhr. Van den Berg, IBAN ${v('financial.iban', NL_IBAN)}, bedrag € 150,-. Retour binnengekomen op 3 december.`),

  rec('chat_es', f`Hola, necesito un correo para una clienta de Valencia: le devolvemos la fianza del vestido (200 €) a su cuenta ${v('financial.iban', ES_IBAN)}. Ah, y el cargo del arreglo se hizo con su Visa ${v('financial.payment_card', VISA_ES)}, que conste en el correo solo con los últimos 4 dígitos.`),

  rec('email_it', f`Oggetto: Pagamento SAL n. 7 – fornitura conci prefabbricati

Buongiorno,
vi chiediamo di disporre il bonifico relativo al SAL n. 7 (€ 418.920,00) sul seguente conto:
IBAN: ${v('financial.iban', IT_IBAN)}
BIC: ${amb('financial.swift_bic', 'BCITITMM')}
Causale: Consorzio TBM Brennero – SAL 7

Mi aiuti a tradurla in tedesco per il partner austriaco della joint venture?`),

  rec('invoice_pl', f`Sprawdź proszę, czy ta faktura dla podwykonawcy od iniekcji za obudową tunelu jest kompletna:

Faktura VAT nr 118/12/2024
Sprzedawca: Iniekt-Bud Sp. z o.o.
Nabywca: Konsorcjum TBM Żywiec
Kwota brutto: 96 186,00 zł
Rachunek: ${v('financial.iban', PL_IBAN)}
Termin płatności: 30 dni`),

  rec('chat_pt_pt', f`Podes ajudar-me a escrever um e-mail ao fornecedor dos pluviómetros? Vamos pagar a fatura FT 2024/884 de 7 430,50 € por transferência para o IBAN ${v('financial.iban', PT_IBAN)}, mas precisamos que nos enviem primeiro os certificados de calibração.`),

  rec('ach_en_us', f`The US distributor overpaid the magnet order by $12,480 and wants the difference back by ACH. They sent:

Bank: First Interstate
Routing (ABA): ${v('financial.aba_routing', ROUTING)}
Account: ${ambCat('financial', '4417029385')}
Account name: Keystone Motion Components LLC

Before finance sends it — do we need an end-user statement again for a refund, or only for shipments?`),

  rec('chat_ar', f`أرجو كتابة رسالة إلى الموزّع في الرياض نؤكد فيها استلام الدفعة المقدمة لشحنة المغناطيسات، وأن الرصيد المتبقي يُحوَّل إلى الحساب ${v('financial.iban', SA_IBAN)} بعد صدور رخصة التصدير.`),

  rec('chat_tr', f`Tünel ortaklığının Türk alt yüklenicisine avans ödemesi yapılacak. IBAN: ${v('financial.iban', TR_IBAN)}, tutar 1.250.000 TL. Bunu İngilizce bir ödeme talimatına çevirir misin?`),

  rec('chat_he', f`תנסח בבקשה מייל קצר לתורם שביקש החזר על תרומה כפולה בקמפיין: נחזיר 360 ₪ לחשבון ${v('financial.iban', IL_IBAN)} תוך 10 ימי עסקים.`),

  rec('chat_ja', f`衣装レンタルの予約金をJCBで払ったお客様から、二重決済されたと連絡がありました。カード番号は${v('financial.payment_card', JCB_JA)}だそうです。お詫びと返金手続きのメール文を作ってください。`),

  rec('chat_ko', f`라디오 후원 캠페인 전화 약정인데, 후원자분이 카드 번호를 불러주셨어요: ${v('financial.payment_card', MC_KO)} (유효기간 09/27). 정기후원 월 3만원으로 등록하려는데 감사 문자 초안 좀 써주세요.`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα email προς τον προμηθευτή των ανεμομέτρων; Θα εξοφλήσουμε το τιμολόγιο 2024-318 με έμβασμα στο IBAN ${v('financial.iban', GR_IBAN)} μέχρι τις 20 Δεκεμβρίου.`),

  rec('chat_ro', f`Te rog scrie un mesaj către clienta din Cluj: garanția pentru rochia de mireasă (800 lei) se returnează în contul ${v('financial.iban', RO_IBAN)} după verificarea rochiei la curățătorie.`),

  rec('chat_de_ch', f`Chönntsch mer es Mail formuliere a d Brut vo Winterthur? Mir zahled ihre d Depot vo CHF 300.– zrugg uf ${v('financial.iban', CH_IBAN)}, sobald s Chleid us de Reinigung isch.`),

  rec('chat_nb', f`Skriv en kort e-post til underleverandøren for ventilasjon i tunnelen: betaling for november går til kontonummer ${ambCat('financial', '1503 62 83940')}, IBAN ${v('financial.iban', NO_IBAN)}, forfall 15. desember.`),

  rec('email_en_gb', f`Subject: New bank details – pharmacy wholesaler

Hi team,

Our medicines wholesaler for the prison contracts has changed bank. From invoice 70214 onwards please pay:
Sort code ${ambCat('financial', '60-27-41')}, account ${ambCat('financial', '58304917')}
IBAN ${v('financial.iban', GB_IBAN)}
BIC ${amb('financial.swift_bic', 'NWBKGB2L')}

Can you check this reads right before I send it to accounts payable, and add a line about calling to verify (change-of-bank fraud)?`),

  rec('chat_uk', f`Будь ласка, напиши лист слухачеві, який підтримує радіо щомісячно: ми повернемо помилково списані 500 грн на рахунок ${v('financial.iban', UA_IBAN)}.`),

  rec('chat_es_ar', f`Che, una oyente donó en el maratón con la Mastercard ${v('financial.payment_card', MC_AR)} y le cobraron dos veces. Armame un mensaje para pedir disculpas y avisarle que el reintegro tarda 10 días hábiles.`),

];

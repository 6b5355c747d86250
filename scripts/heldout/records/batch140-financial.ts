/**
 * Held-out batch 140: card numbers, IBANs, routing numbers and BICs from an esports team, a dredging
 * contractor, an optician chain, an embassy's consular section, a mobile-game studio and a rural
 * electricity co-operative. Hand-written; every value computed with the checksum helpers.
 */
import { abaCheckDigit, groupedAs as group, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as spaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord, type Frag } from '../dsl';

const pan = (s: string) => v('financial.payment_card', s);
const ib = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);
const cfg = (b: Frag) => amb('source_code.snippet', b);

const SE_IBAN = iban('SE', '50000000058471936205');
const BR_IBAN = iban('BR', '00000000028410004817263C1');
const AMEX = card('37428193650417');
const NL_IBAN = iban('NL', 'RABO0318472956');
const BE_IBAN = iban('BE', '731048295637');
const PL_IBAN = iban('PL', '124010370000482917365021');
const MC_IT = card('548219307164835');
const CH_IBAN = iban('CH', '0483501847239104Z');
const VISA_UK = card('453917284056193');
const TR_IBAN = iban('TR', '0006200119000006672315');
const JCB = card('353011847296530');
const EG_IBAN = iban('EG', '0003010140000418372950716');
const CB_VISA1 = card('414720583916274');
const CB_MC2 = card('222300481739265');
const UNIONPAY19 = card('621483092756134958');
const MIR = card('220015483920716');
const VISA19 = card('404163928175046392');
const ABA = ((p: string) => p + String(abaCheckDigit(p)))('09190215');
const DISCOVER = card('601148273950162');
const GE_IBAN = iban('GE', 'TB7104829361057284');
const HR_IBAN = iban('HR', '23600001102948173');
const GR_IBAN = iban('GR', '01404720000047239185602');
const MC2_HE = card('230847193028561');
const DE_IBAN = iban('DE', '500105175407324931');
const DINERS = card('3056948217304');

export const BATCH140_FINANCIAL: DraftRecord[] = [
  rec('email_sv', f`Hej Elin,

lönen för Viktor "vikk" Almqvist ska från och med december gå till hans nya konto:
${ib(spaced(SE_IBAN))}
Handelsbanken, BIC ${bic('HANDSESS')}

Kan du be AI:n formulera ett kort bekräftelsemejl till honom på svenska och engelska? Kontraktet löper till 2026-06-30.`),

  rec('chat_pt_br', f`Oi! Preciso mandar o prêmio do campeonato (R$ 18.500) pro nosso suporte, o Caio. Ele passou o IBAN da conta do Banco do Brasil: ${ib(BR_IBAN)}. Como fica a descrição da transferência internacional pra não cair na malha fina?`),

  rec('chat', f`Booking the team's flights to Katowice on the org Amex — the airline site keeps rejecting ${pan(group(AMEX, [4, 6, 5]))}, exp 03/27. Is it the billing postcode? Draft me a message to the travel agent just in case.`),

  rec('email_nl', f`Beste collega's,

Factuur 2024-1187 van Baggerbedrijf Zeeuws-Vlaanderen (inzet kraanschip, dijkversterking Hansweert) is goedgekeurd. Graag betalen op:
IBAN: ${ib(spaced(NL_IBAN))}
BIC: ${bic('RABONL2U')}
t.n.v. Baggerbedrijf Zeeuws-Vlaanderen B.V.
Bedrag: € 84.317,50

Kun je hier een nette betalingsbevestiging van maken?`),

  rec('chat_fr_be', f`Bonjour, pour le décompte des primes de l'équipe de dragage à Zeebrugge : Kevin Dumont veut que sa prime de nuit soit versée sur ${ib(BE_IBAN)} (compte chez Belfius). Tu peux me préparer un petit tableau récapitulatif avec les 11 gars de l'équipe ?`),

  rec('email_pl', f`Dzień dobry,

w nawiązaniu do umowy na umocnienie wału przeciwpowodziowego w Słubicach prosimy o przelew zaliczki na rachunek:
${ib(spaced(PL_IBAN))}
Santander Bank Polska, SWIFT ${bic('WBKPPLPP')}
Kwota: 146 900,00 zł

Proszę o poprawienie tego maila, żeby brzmiał bardziej formalnie.`),

  rec('chat_it', f`Una cliente del negozio di Bologna chiede il rimborso delle lenti progressive (€ 620) perché non si è adattata. Aveva pagato con la Mastercard ${pan(group(MC_IT, [4, 4, 4, 4]))}. Mi scrivi una risposta gentile in cui spieghiamo i tempi del riaccredito?`),

  rec('chat_gsw', f`Chasch mer hälfe, e Zahligsufforderig an Lieferant für Brilleglesli z'schriibe? Die wänd s'Gäld uf ${ib(spaced(CH_IBAN))} (Zürcher Kantonalbank). Betrag CHF 12'480.–, fällig bis Ändi Monet.`),

  rec('call_notes', f`Call notes — Bristol Broadmead store
Customer rang to pay the balance on her varifocals (£ 185). Took card over the phone: ${pan(group(VISA_UK, [4, 4, 4, 4]))}, exp 11/26, CVV given verbally (not written down).
Callback number: ${phone('07412 583920', 'GB')}

Tidy this up for the store log — and should I have written the card number at all?`),

  rec('email_tr', f`Sayın İlgili,

vize başvurusunun reddedilmesi nedeniyle hizmet bedelinin iadesi için başvuru sahibi aşağıdaki hesabı bildirmiştir:
IBAN: ${ib(spaced(TR_IBAN))}
Hesap sahibi: Emre Kalkan

Bu iade talebini konsolosluk muhasebesine iletmek için kısa bir yazı hazırlar mısınız?`),

  rec('chat_ja', f`領事手数料をカードで払った申請者から、二重に引き落とされたと連絡がありました。カード番号は ${pan(group(JCB, [4, 4, 4, 4], '-'))} とのことです。カード会社への確認依頼文を作ってください。`),

  rec('chat_ar', f`من فضلك اكتب خطاباً رسمياً لتحويل رسوم التصديق المستردة إلى المواطن كريم عبد الفتاح على الحساب التالي في البنك الأهلي المصري:
${ib(spaced(EG_IBAN))}
المبلغ: ١٬٢٥٠ جنيهاً مصرياً.`),

  rec('csv', f`Can you group these chargebacks by reason and tell me which look like friendly fraud? Export from our payment provider for Sky Brawlers:

${cfg(f`dispute_id,created,amount_usd,reason,card,player_id
dp_1Q8x,2024-11-02,99.99,fraudulent,${pan(CB_VISA1)},p_73915
dp_1Q8y,2024-11-02,4.99,product_not_received,**** **** **** 2210,p_10447
dp_1Q9a,2024-11-03,49.99,fraudulent,${pan(CB_MC2)},p_73915
dp_1Q9c,2024-11-04,19.99,duplicate,**** **** **** 8843,p_55128`)}

(two rows came from the legacy web shop that stored full PANs, yes I know)`),

  rec('chat_zh', f`有个玩家说充值 648 元的礼包被扣了两次款，银联卡号 ${pan(group(UNIONPAY19, [4, 4, 4, 4, 3]))}。帮我写一封客服回复，说明我们会在 3–5 个工作日内退款。`),

  rec('chat_ru', f`Игрок пишет в поддержку: «Списали 1 490 ₽ за боевой пропуск, а пропуск не пришёл. Карта Мир ${pan(group(MIR, [4, 4, 4, 4]))}». Составь, пожалуйста, вежливый ответ и объясни, что платёж проверяем.`),

  rec('json', f`Oye, el webhook de pagos de México nos llega así y el parser truena en el campo de la tarjeta. ¿Por qué?

${cfg(f`{
  "evento": "cargo.fallido",
  "monto": 299.00,
  "moneda": "MXN",
  "tarjeta": { "numero": "${pan(VISA19)}", "marca": "visa", "vencimiento": "08/28" },
  "jugador": "p_88120"
}`)}`),

  rec('form', f`Members asked for a paper form for automatic bill pay. Can you lay this out cleaner? Here's what one member filled in so you can see the fields:

Member #: 04-11873   Service address: 2281 County Rd 9, Elk River
Bank: Farmers State Bank
Routing number: ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '4718203395')}
Draft date: 15th of each month`),

  rec('chat', f`Member called to pay her overdue balance before the disconnect on Friday. She read me her Discover card: ${pan(group(DISCOVER, [4, 4, 4, 4], '-'))}, exp 07/26. Our payment portal is down. Write me a short note for the billing supervisor asking how to process it manually.`),

  rec('chat_ka', f`გთხოვ, დაწერე შეტყობინება კოოპერატივის წევრისთვის: ელექტროენერგიის ავტომატური გადახდა გააქტიურდა მის ანგარიშზე ${ib(GE_IBAN)} (თიბისი ბანკი). გადახდა ყოველი თვის 10 რიცხვში.`),

  rec('chat_hr', f`Član zadruge je promijenio banku. Novi IBAN za izravno terećenje računa za struju: ${ib(spaced(HR_IBAN))}. Napiši mu kratku potvrdu da promjena vrijedi od siječanjskog računa.`),

  rec('email_el', f`Καλημέρα σας,

η μισθοδοσία της τοπικής υπαλλήλου του προξενικού τμήματος, κ. Μαρίας Παπαδάκη, θα καταβάλλεται πλέον στον λογαριασμό:
${ib(spaced(GR_IBAN))}
Εθνική Τράπεζα, BIC ${bic('ETHNGRAA')}

Παρακαλώ διορθώστε το κείμενο ώστε να είναι πιο επίσημο.`),

  rec('chat_he', f`מבקש ויזה התקשר ואמר שהתשלום על האגרה נכשל פעמיים בכרטיס ${pan(group(MC2_HE, [4, 4, 4, 4]))}. תנסח בבקשה תשובה באנגלית שמסבירה שאפשר לשלם גם בהעברה בנקאית.`),

  rec('chat_de_at', f`Servus, kannst du mir die Überweisungsdaten für die Rechnung vom Fassungslieferanten in eine saubere Tabelle bringen? Empfänger: Brillenwerk Franken GmbH, IBAN ${ib(spaced(DE_IBAN))}, Betrag € 3.912,40, Verwendungszweck RE-24-0917. Danke dir!`),

  rec('chat', f`The coach paid the bootcamp villa deposit with his Diners card ${pan(group(DINERS, [4, 6, 4]))} and now the host says it was declined. Can you write a message to the host asking them to retry?`),
];

/**
 * Held-out batch 154: card numbers, IBANs and routing numbers from camp fees, dam contractor
 * invoices, recall credit notes, chess prize money, visa fees and removal deposits. Hand-written.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const VISA_CA = luhnWithCheck('453271940836215');
const VISA_AM = luhnWithCheck('441793028561437');
const MC_KR = luhnWithCheck('542523391847205');
const MC2_FR = luhnWithCheck('222300741963852');
const AMEX_AU = luhnWithCheck('37829310457261');
const ELO_BR = luhnWithCheck('636368194720583');
const JCB_JP = luhnWithCheck('358904172936481');
const UNIONPAY_CN = luhnWithCheck('621483091275613904');
const RUPAY_IN = luhnWithCheck('652150381947264');
const MIR_RU = luhnWithCheck('220038194726150');
const DISCOVER_US = luhnWithCheck('601129384756102');
const TROY_TR = luhnWithCheck('979201847362915');

const IBAN_CH = ibanWithCheck('CH', '00762011623852957');
const IBAN_NO = ibanWithCheck('NO', '15032080119');
const IBAN_GE1 = ibanWithCheck('GE', 'TB7194836205718364');
const IBAN_GE2 = ibanWithCheck('GE', 'BG0000000583921746');
const IBAN_GE3 = ibanWithCheck('GE', 'TB4408215937460021');
const IBAN_ES = ibanWithCheck('ES', '21000418450200051332');
const IBAN_PT = ibanWithCheck('PT', '003506510000482917361');
const IBAN_NL = ibanWithCheck('NL', 'RABO0312847561');
const IBAN_TR = ibanWithCheck('TR', '0006100000012982376450');
const IBAN_PL = ibanWithCheck('PL', '109010140000071219812874');
const IBAN_GB = ibanWithCheck('GB', 'BARC20041573920184');
const IBAN_IT = ibanWithCheck('IT', 'X0542811101000000923847');
const IBAN_AE = ibanWithCheck('AE', '0331038472916503827');
const IBAN_FR = ibanWithCheck('FR', '30004008210001938472604');
const IBAN_FR2 = ibanWithCheck('FR', '10278020100002037184951');
const IBAN_DE = ibanWithCheck('DE', '500105175407324931');
const ABA_CAMP = abaWithCheck('01120374');
const ABA_CAMP2 = abaWithCheck('21137429');

const conf = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH154_FINANCIAL: DraftRecord[] = [
  rec('chat_frca', f`Bonjour, j'ai essayé de payer le solde du camp de ma fille (semaines 2 et 3) sur le site mais ça marche pas. Est-ce que vous pouvez le passer à la main? Visa ${v('financial.payment_card', spacedFours(VISA_CA))}, exp 09/27, au nom de Geneviève Ouellet. Le montant c'est 1 140 $. Merci ben gros!`),

  rec('form_enus', f`Can you turn this direct-deposit form for our summer counselors into a fillable Google Form? Here's one that came back filled in so you see the fields:

COUNSELOR DIRECT DEPOSIT AUTHORIZATION — Camp Tall Pines
Name: Jordan Whitaker
Bank: Champlain Valley Federal Credit Union
Routing (ABA): ${v('financial.aba_routing', ABA_CAMP)}
Account #: ${ambCat('financial', '40918273615')}   ☐ Savings ☒ Checking
Second account (split 20%): routing ${v('financial.aba_routing', ABA_CAMP2)}, account ${ambCat('financial', '7730198462')}
Signature: J. Whitaker   Date: 06/02/2025`, 'US account numbers next to their routing numbers: ambiguous, no rule claims them'),

  rec('invoice_gsw', f`Chasch mir bitte die Rächnig vo de Firma Bergbau Scuol prüefe, bevor i si zahle? Es gaht um d'Inspektion vom Grundablass.

Rechnung Nr. 2025-0418
Betrag: CHF 48'720.00
Zahlbar innert 30 Tagen auf:
IBAN ${v('financial.iban', spacedFours(IBAN_CH))}
BIC ${amb('financial.swift_bic', 'UBSWCHZH80A')}
Zugunsten: Bergbau Scuol AG, 7550 Scuol

Stimmt de MWST-Satz vo 8.1 %?`),

  rec('email_nb', f`Kan du hjelpe meg å skrive en kort purring på engelsk til leverandøren? De har ikke fått betalt for de ultralyd-strømningsmålerne til tappetunnelen.

Faktura 77120, forfall 14.03.2025, NOK 312 500.
Vi betalte til kontonummer ${v('financial.iban', IBAN_NO)} 10. mars, men de sier pengene ikke har kommet. Kan det være at de har byttet bank?`),

  rec('chat_ptbr', f`Oi! O cartão corporativo Elo da usina foi recusado no pagamento do serviço de drone pra inspeção do paramento. Número ${v('financial.payment_card', spacedFours(ELO_BR))}, validade 11/28. Me ajuda a escrever um e-mail pro banco pedindo o desbloqueio?`),

  rec('csv_ka', f`ჭადრაკის ჩემპიონატის საპრიზო ფონდის გადარიცხვები შეამოწმე, ჯამი სწორია?

${conf(f`ადგილი;მოთამაშე;FIDE ID;თანხა (GEL);IBAN
1;ნიკა ბერიძე;13671854;5000;${v('financial.iban', IBAN_GE1)}
2;ლევან ჯაფარიძე;13602917;3000;${v('financial.iban', IBAN_GE2)}
3;მარიამ კვარაცხელია;13688420;2000;${v('financial.iban', IBAN_GE3)}`)}`),

  rec('chat_hy', f`Բարև ձեզ, ուզում եմ վճարել FIDE-ի գրանցման վճարը միջազգային մրցաշարի համար, բայց կայքը չի ընդունում իմ քարտը։ Visa ${v('financial.payment_card', VISA_AM)}, ժամկետը՝ 04/26։ Կարո՞ղ եք ձեռքով գանձել 15 եվրո։`),

  rec('email_es', f`¿Me ayudas a contestar a esta clienta? Quiere saber dónde hacer la transferencia de la señal para la mudanza del 28 de junio:

"Hola, ya tengo el presupuesto (PRES-BCN-25-0611, 1.850 € con embalaje). ¿A qué cuenta envío el 30 %?"

Nuestra cuenta: ${v('financial.iban', spacedFours(IBAN_ES))} (CaixaBank, titular Harbourline Mudanzas S.L.). Concepto: nº de presupuesto.`),

  rec('chat_ptpt', f`Olá, um cliente cancelou a mudança de Lisboa para o Porto e temos de devolver o sinal de 420 €. Ele mandou o IBAN dele: ${v('financial.iban', IBAN_PT)}. Podes escrever-me um e-mail simpático a confirmar que a devolução é feita em 5 dias úteis?`),

  rec('mandate_nl', f`Kun je dit SEPA-machtigingsformulier voor de opslagbox vertalen naar het Engels voor een expat-klant?

Machtiging doorlopende SEPA-incasso
Incassant: Harbourline Opslag B.V., Rotterdam
Kenmerk machtiging: HLO-RTM-004418
Naam rekeninghouder: Pieter van Dijk
IBAN: ${v('financial.iban', spacedFours(IBAN_NL))}
BIC: ${amb('financial.swift_bic', 'RABONL2U')}
Bedrag: € 89,00 per maand (box 6 m³)`),

  rec('chat_ja', f`回収品の引き取りに使うバイク便の支払いで、法人JCBカードが通りません。カード番号 ${v('financial.payment_card', groupedAs(JCB_JP, [4, 4, 4, 4], '-'))}、有効期限 02/27 です。カード会社への問い合わせ文を作ってもらえますか。`),

  rec('chat_ko', f`안녕하세요, 영국 학생비자 신청할 때 IHS(건강부담금) 결제가 계속 실패해요. 카드 번호 ${v('financial.payment_card', spacedFours(MC_KR))}, 유효기간 08/28, 마스터카드예요. 해외결제 차단 때문일까요? 은행에 보낼 문의 메시지 좀 써주세요.`),

  rec('chat_zh', f`您好，我想用银联卡支付学费押金 £5,000，但大学的付款页面一直显示"交易被拒绝"。卡号是 ${v('financial.payment_card', groupedAs(UNIONPAY_CN, [4, 4, 4, 4, 3]))}，有效期 2029年5月。请问是不是需要先开通境外支付？请帮我写一封英文邮件给学校财务处。`),

  rec('chat_enin', f`Entry fee for the national junior rating open is ₹1,500. Paying for my son with RuPay card ${v('financial.payment_card', spacedFours(RUPAY_IN))} but the federation site only accepts Visa/MC. Can you draft a message to the organisers asking if they can accept UPI instead?`),

  rec('email_tr', f`Merhaba, geri çağrılan infüzyon pompaları için hastaneye düzenlenen alacak dekontunun ödemesini yapacağız. Hastanenin IBAN'ı: ${v('financial.iban', spacedFours(IBAN_TR))}, tutar 184.600 TL. Ayrıca kurye masrafını şirket Troy kartıyla (${v('financial.payment_card', spacedFours(TROY_TR))}) ödedim, masraf formuna nasıl yazarım?`, 'Troy card (9792 prefix): a real domestic Turkish scheme range, labelled'),

  rec('chat_pl', f`Cześć, rodzice Zosi zrezygnowali z drugiego turnusu obozu (choroba), zwracamy 1 650 zł. Numer konta podali: ${v('financial.iban', spacedFours(IBAN_PL))}. Napisz proszę krótkiego maila z potwierdzeniem zwrotu i życzeniami zdrowia.`),

  rec('email_engb', f`Customer complaint — scratched wardrobe on the Bristol–Leeds move, we've agreed a £250 goodwill refund. Her details:

Mrs Anita Desai
Sort code 20-04-15, account ${ambCat('financial', '73920184')}
IBAN ${v('financial.iban', IBAN_GB)}
Contact: ${phone('07723 418906', 'GB')}

Draft the apology + refund confirmation email please, warm but not grovelling.`),

  rec('chat_it', f`Ciao, devo preparare la circolare per i circoli sul rinnovo dell'affiliazione alla Federazione per il 2026. Quota: 180 € per circolo, 25 € per tesserato agonista. Bonifico su IBAN ${v('financial.iban', spacedFours(IBAN_IT))}, causale "Affiliazione 2026 + codice circolo". Me la scrivi in tono formale?`),

  rec('letter_ar', f`أرجو المساعدة في صياغة رسالة إلى الملحقية الثقافية بخصوص الكفالة المالية للطالب. بيانات التحويل للرسوم الدراسية:
اسم المستفيد: Northgate University
الحساب الخاص بالكفالة (الجهة الكافلة): ${v('financial.iban', IBAN_AE)}
المبلغ: 19,800 جنيه إسترليني للسنة الأولى`),

  rec('chat_ru', f`Здравствуйте! Хочу оплатить взнос за участие в командном первенстве, но на сайте федерации не проходит карта «Мир» ${v('financial.payment_card', spacedFours(MIR_RU))}, срок 07/27. Можно ли оплатить переводом? Помогите составить письмо организаторам.`),

  rec('chat_enau', f`Customer rang to pay the 20% deposit on a Brisbane–Sydney interstate move ($1,180). Took it over the phone — Amex ${v('financial.payment_card', groupedAs(AMEX_AU, [4, 6, 5]))}, exp 10/26, CID on back. Then realised I shouldn't have written it in the notes field. How do I scrub it from the CRM?`),

  rec('email_fr', f`Bonjour, pour clôturer la FSCA-2025-009 il faut émettre les avoirs aux établissements. Peux-tu vérifier le tableau avant envoi à la compta ?

CHU Grenoble — avoir 12 480,00 € — IBAN ${v('financial.iban', spacedFours(IBAN_FR))}
Clinique Saint-Roch — avoir 3 120,00 € — IBAN ${v('financial.iban', spacedFours(IBAN_FR2))}

Les frais de transport des dispositifs rappelés ont été réglés avec la carte affaires Mastercard ${v('financial.payment_card', MC2_FR)} (justificatifs en PJ).`),

  rec('chat_enus', f`Parent paid the camp store deposit twice by mistake — once on Discover ${v('financial.payment_card', groupedAs(DISCOVER_US, [4, 4, 4, 4], '-'))} and once by e-check. Also the grandparents want to wire the next session from Germany to our account, they sent their IBAN ${v('financial.iban', IBAN_DE)} for the refund of the duplicate. Draft a reply explaining both refunds.`),
];

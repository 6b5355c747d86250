/**
 * Held-out batch 138: cards, IBANs and bank details in vendor payouts, premium and claim payments,
 * demurrage invoices, subcontractor bills and lottery prize payouts. Hand-written, many languages.
 */
import { groupedAs as grp, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as spaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';


const VISA_UK = card('453917204856139');
const MC_HU = card('539804172650318');
const AMEX = card('37829150463817');
const VISA_ES = card('491762038145527');
const JCB = card('353011872046591');
const UNIONPAY19 = card('621483017265049381');
const VISA_KR = card('404825731960482');
const MC2 = card('222347018259630');
const DISCOVER = card('601104938271562');

export const BATCH138_FINANCIAL: DraftRecord[] = [
  rec('email_pt_pt', f`Boa tarde,

Segue em anexo a fatura-recibo n.º 47/2024 referente à revisão do manual técnico (EN>PT-PT, 18 430 palavras).
Agradeço a transferência para o IBAN ${v('financial.iban', spaced(iban('PT', '003507260004182937105')))} (Caixa Geral de Depósitos).

Cumprimentos,
Inês Vasconcelos
Tradutora freelancer

→ can you check the invoice text is fine and reply in English that payment goes out on the 15th?`),

  rec('chat_es_ar', f`Che, ¿me ayudás a contestarle a la agencia? Me piden los datos para el pago de la traducción del catálogo. Te paso: CBU ${ambCat('financial', '0720168820000041873925')}, alias ${'CAMPO.LUNA.TRIGO'}, titular Martina Godoy, CUIL ${ambCat('pii', '27-34182937-4')}. Y si prefieren PayPal, ${v('pii.email', 'martina.godoy.trad@gmail.com')}.`, 'Argentine CBU and CUIL: account and tax id with no built-in rule (ambiguous, category only)'),

  rec('tsv', f`Vendor payment run for November, please total per currency and flag rows where the IBAN country doesn't match the vendor's country:

${amb('source_code.snippet', f`vendor_id\tname\tcountry\tiban\tamount\tccy
V-0412\tJürgen Albrecht\tDE\t${v('financial.iban', iban('DE', '500105175407324931'))}\t1840.50\tEUR
V-0587\tCamille Rey\tFR\t${v('financial.iban', iban('FR', '30004008180001472839145'))}\t962.00\tEUR
V-0611\tAgnieszka Wróbel\tPL\t${v('financial.iban', iban('PL', '109010140000071219812874'))}\t3120.00\tPLN
V-0633\tBence Kovács\tHU\t${v('financial.iban', iban('HU', '117730160111108830000000'))}\t214500\tHUF
V-0702\tIoana Popescu\tDE\t${v('financial.iban', iban('RO', 'BTRLRONCRT0482719365'))}\t780.00\tEUR`)}`),

  rec('chat', f`Customer on the phone wants to pay the overdue premium for her two cats now. She read me the card: ${v('financial.payment_card', grp(VISA_UK, [4, 4, 4, 4]))}, expiry 07/27, CVV 318. Can I put that in the claim note so billing can charge it? Write me the note.`),

  rec('email_nl_be', f`Beste,

Graag had ik de terugbetaling van de dierenartsfactuur (operatie kruisband van onze Labrador, Max) ontvangen op mijn rekeningnummer ${v('financial.iban', spaced(iban('BE', '063471829305')))}. Het dossiernummer is SCH-2024-118273.

Met vriendelijke groeten,
Pieter Van den Broeck
${phone('0478 29 31 64', 'BE')}`),

  rec('form_de_at', f`Bitte die Erstattung für den Schadenfall prüfen und eine kurze Bestätigung an den Kunden formulieren:

Versicherungsnehmerin: Mag. Theresa Huber
Tier: Katze „Mimi", Europäisch Kurzhaar
Rechnung Tierklinik Wien-Döbling: € 612,40
Erstattung auf Konto IBAN: ${v('financial.iban', spaced(iban('AT', '1420041018273946')))}
BIC: ${amb('financial.swift_bic', 'BKAUATWW')}`),

  rec('invoice_cs', f`Přelož do angličtiny a zkontroluj částky:

FAKTURA č. 2024/1187 – stojné za vozy na seřaďovacím nádraží
Odběratel: Moravia Cargo s.r.o.
Stojné: 46 vozů × 3 dny × 420 Kč = 57 960 Kč
Splatnost: 14 dní
Bankovní spojení: ${v('financial.iban', spaced(iban('CZ', '03000000001928374651')))}, SWIFT ${amb('financial.swift_bic', 'CEKOCZPP')}`),

  rec('chat_hu', f`Segíts megfogalmazni egy panaszlevelet a banknak: a céges Mastercard kártyámról (${v('financial.payment_card', grp(MC_HU, [4, 4, 4, 4], '-'))}) kétszer vonták le a fékbetétek árát a beszállítónál, 384 200 Ft-ot. A rendező pályaudvar beszerzéséről van szó.`),

  rec('chat', f`A private patient called to pay for her home sleep apnoea test before the appointment. Amex ${v('financial.payment_card', grp(AMEX, [4, 6, 5]))}, exp 11/26. Our card terminal is down — can I e-mail this to finance and how should I word it?`),

  rec('chat_da', f`Kan du skrive en kort tak-mail til en forsøgsperson i søvnstudiet? Kompensationen på 1.500 kr. udbetales til kontonummer ${v('financial.iban', spaced(iban('DK', '30004071829365')))} inden for 30 dage.`),

  rec('chat_es', f`Revisa este correo antes de mandarlo al subcontratista de limpieza de módulos, por favor:

"Hola Raúl, ya hemos pagado la factura de octubre (lavado de 14.200 paneles en la planta de Écija) a la cuenta ${v('financial.iban', spaced(iban('ES', '21003892174510062783')))}. Los gastos de dietas los adelanté con mi tarjeta ${v('financial.payment_card', grp(VISA_ES, [4, 4, 4, 4]))}, así que los descontamos de la siguiente."`),

  rec('email_el', f`Καλησπέρα,

Σας επισυνάπτω το τιμολόγιο για την αντικατάσταση των 3 inverter στο φωτοβολταϊκό πάρκο της Κοζάνης. Παρακαλώ η πληρωμή να γίνει στον λογαριασμό IBAN ${v('financial.iban', spaced(iban('GR', '01101250000000012300695')))}.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τηλ. ${phone('+30 694 812 7395')}

→ translate to English and check the IBAN is Greek`),

  rec('chat_tr', f`Taşeron firmaya ödeme talimatı yazmam lazım, düzeltir misin? "GES bakım hizmeti Kasım faturası 186.400 TL, ${v('financial.iban', spaced(iban('TR', '0006200014000006298147')))} numaralı hesaba 5 iş günü içinde ödenecektir."`),

  rec('chat_it', f`Mi aiuti a scrivere la comunicazione al vincitore? Deve confermare che l'accredito del premio (€ 250.000, estrazione del 12 novembre) avverrà sul conto IBAN ${v('financial.iban', iban('IT', 'X0306909606100000063482'))} intestato a lui. Tono formale ma caloroso.`),

  rec('form', f`PRIZE CLAIM – DIRECT DEPOSIT AUTHORIZATION
Claimant: Darnell R. Whitaker
Prize: Powerline 5 of 5, draw 11/23/2024, $1,000,000 (lump sum elected)
Bank: Cedar Valley Credit Union
Routing number: ${v('financial.aba_routing', '273076146')}
Account number: ${ambCat('financial', '40018273651')}
Account type: Checking

Can you rewrite the instructions section below this so winners understand they need a voided check?`),

  rec('chat_pl', f`Przetłumacz na angielski i popraw styl: "Szanowny Panie, wygrana w wysokości 84 000 zł zostanie przelana na rachunek ${v('financial.iban', spaced(iban('PL', '249010140000071219812873')))} po weryfikacji dokumentu tożsamości. Prosimy o kontakt pod numerem ${phone('+48 22 418 37 92')}."`),

  rec('chat_ja', f`オンライン宝くじのチャージで二重決済されたとお客様から問い合わせがありました。カード番号は ${v('financial.payment_card', grp(JCB, [4, 4, 4, 4]))}、金額は各3,000円です。お詫びと返金手続きの案内メールを作成してください。`),

  rec('chat_zh', f`有一位中奖者想用银联卡领取小额奖金，卡号是 ${v('financial.payment_card', grp(UNIONPAY19, [6, 13]))}，十九位的，我们系统只接受十六位。请帮我写一封邮件解释需要换一张卡或者改用银行转账。`),

  rec('chat_ko', f`펫보험 보험료 자동이체 카드를 바꾸고 싶다는 고객 문의에 답변 좀 써 주세요. 새 카드번호: ${v('financial.payment_card', grp(VISA_KR, [4, 4, 4, 4], '-'))}, 유효기간 09/28. 이전 카드는 해지하셨대요.`),

  rec('email_he', f`שלום,

מצורפת חשבונית עבור תרגום חומרי ההדרכה לעברית (12,400 מילים). אנא העבירו את התשלום לחשבון ${v('financial.iban', iban('IL', '0126450000047183920'))}.

תודה,
נועה כהן

→ can you confirm in English that the IBAN looks like an Israeli one and reply politely?`),

  rec('chat_ro', f`Poți verifica dacă e corect IBAN-ul ăsta înainte să trimit plata pentru reparația la vagoanele de marfă? ${v('financial.iban', spaced(iban('RO', 'RNCB0082044817290001')))} – Atelierul Feroviar Brașov SRL, 41.300 lei.`),

  rec('chat', f`Finance asked me to re-charge the solar subcontractor's deposit on the company Mastercard ${v('financial.payment_card', MC2)} and the Discover card from the US office (${v('financial.payment_card', grp(DISCOVER, [4, 4, 4, 4]))}) for the inverter spares. Which should go first given the FX fee?`),
];

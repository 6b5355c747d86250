/**
 * Held-out batch 25: card numbers, IBANs, routing numbers and local bank accounts pasted by staff of
 * a transit authority, a biotech startup, a childcare chain, an A&E firm, a casino / sportsbook and
 * a payroll outsourcer. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH25_FINANCIAL: DraftRecord[] = [
  rec('chat_es_mx', f`Una mamá nos mandó por WhatsApp los datos de su tarjeta para pagar la colegiatura de diciembre 😬: ${v('financial.payment_card', '4556 7301 9283 7468')} vence 09/27. Ayúdame a contestarle amable que NO nos mande eso por chat y que use el portal de pagos.`),

  rec('ticket', f`Ticket #RL-88213 — deposit dispute
Player ID: 7730192 (PH)
Says he deposited PHP 25,000 twice on 01/12 with card ${v('financial.payment_card', '5391-8204-7361-9200')}, only one credited. PSP reference: PSP-20241201-88412.
Summarise for the payments team and suggest what logs to pull.`),

  rec('chat', f`corporate Amex for the Boston conference trip: ${v('financial.payment_card', '3719 428053 16274')}. Can you draft the hotel authorisation letter for 3 nights, 2 rooms, incidentals excluded? Name on card: Helixa Bio Inc.`),

  rec('email_cs', f`Dobrý den,

zasíláme fakturu č. 2024-1187 za dodávku enzymů (Q5 polymeráza, 20 balení). Prosíme o úhradu do 15. 12. 2024 na účet:
IBAN: ${v('financial.iban', 'CZ28 0300 0000 0002 7183 9465')}
BIC: ${amb('financial.swift_bic', 'CEKOCZPP')}
Variabilní symbol: 20241187

S pozdravem
Biochem Dodávky s.r.o.

→ je tohle stejný účet jako minule? minule jsme platili na ${v('financial.iban', 'CZ58 0100 0000 4381 9273 0217')}`),

  rec('chat_fi', f`Tarkistatko tämän tilisiirron ennen kuin hyväksyn: saaja Varikkohuolto Oy, IBAN ${v('financial.iban', 'FI18 7990 0100 0382 91')}, summa 18 420,00 €, viite 20241130. Laskussa luki eri IBAN kuin viime kuussa (${v('financial.iban', 'FI39 1009 3500 6182 73')}), onko tämä huijaus?`),

  rec('invoice_it', f`FATTURA N. 87/2024 — Studio Ardesia Ingegneria S.r.l.
Committente: Comune di Bergamo – Settore Lavori Pubblici
Oggetto: Progettazione esecutiva strutture, scuola primaria via Moroni (CIG Z2F3A81C04)
Imponibile € 48.200,00 — IVA 22% € 10.604,00 — Totale € 58.804,00
Pagamento: bonifico a 60 gg d.f. su ${v('financial.iban', 'IT09A0310401600000000823917')}

Riesci a verificare che i calcoli di IVA e totale siano giusti?`),

  rec('chat_uk', f`Підрядник з Києва (дизайн лендінгу для спортсбуку) надіслав реквізити: IBAN ${v('financial.iban', 'UA51 3510 0500 0002 6005 9182 7364 0')}, отримувач ФОП Бондаренко О.В., ЄДРПОУ/РНОКПП ${ambCat('pii', '3281904756')}. Допоможи скласти платіжне призначення англійською для SWIFT-переказу.`),

  rec('payroll_csv', f`Bank file for the Kyiv contractors payroll, the bank portal rejects row 2. Why?

${amb('source_code.snippet', f`name;iban;amount_uah;purpose
Ткаченко Ірина;${v('financial.iban', 'UA21 3052 9900 0002 6008 1234 5678 9')};48500.00;Оплата послуг за листопад 2024
Мельник Андрій;UA21 3052 9900 0002 6008 1234 5679 0;52000.00;Оплата послуг за листопад 2024
Коваль Олена;${v('financial.iban', 'UA263220010000026203918274650')};39750.00;Оплата послуг за листопад 2024`)}`, 'row 2 is an IBAN with a wrong check digit: unlabelled'),

  rec('form', f`DIRECT DEPOSIT AUTHORIZATION — Little Acorns Early Learning (Nevada)
Employee: Shawna Whitfield    Employee #: LA-0418
Bank: Silver State Credit Union
Routing number: ${v('financial.aba_routing', '321174039')}
Account number: ${ambCat('financial', '40918273650')}   (checking)
Deposit: 100% net pay

Can you check the form is complete before I send it to PayNest?`),

  rec('chat', f`NACHA file question: for the Reno centers the bank wants the immediate destination = their routing ${v('financial.aba_routing', '114019288')} with a leading space. Is that b0114019288 or " 114019288"? The spec PDF is useless.`),

  rec('chat_es_mx', f`Para la nómina de las educadoras de Guadalajara, el banco me rechaza esta CLABE: ${ambCat('financial', '012320015829374616')}. Me ayudas a validar el dígito verificador? Es de BBVA, cuenta de Karla Medina.`, 'Mexican CLABE: an account number no built-in rule claims (ambiguous, no rule id)'),

  rec('chat_es_co', f`Buenas, necesito el texto para pedirle al jugador que confirme su cuenta antes del retiro: Bancolombia ahorros ${ambCat('financial', '091-482736-15')}, titular Julián Restrepo, C.C. ${ambCat('pii', '1.037.482.915')}. El retiro es de COP 4.800.000. Que suene cordial pero que quede claro que por regulación de Coljuegos el titular debe coincidir.`),

  rec('csv', f`Chargebacks from November, group by reason code:

${amb('source_code.snippet', f`date,player_id,card,amount_php,reason
2024-11-03,7710294,**** **** **** 7468,12000.00,10.4
2024-11-09,7730192,${v('financial.payment_card', '5248173902618434')},25000.00,13.1
2024-11-17,7609481,4192 83** **** 9284,5000.00,10.4
2024-11-21,7688203,${v('financial.payment_card', '4192837465019284')},8000.00,12.6.1`)}

(rows 2 and 4 came from the old cashier app that didn't mask, I know…)`),

  rec('chat_vi', f`Giúp mình viết email cho khách hàng báo đã chuyển lương tháng 11 cho nhân viên mới. Tài khoản nhận: Vietcombank ${ambCat('financial', '0071001938475')}, chủ tài khoản NGUYEN THI THU HA, chi nhánh Hồ Chí Minh. SWIFT của ngân hàng: ${amb('financial.swift_bic', 'BFTVVNVX')}.`),

  rec('chat_tl', f`Sino may alam, bakit na-reject yung payroll credit ni Mark sa BDO? Account number ${ambCat('financial', '0048-1927-3650')} daw, pero sabi ng bank mismatch sa name. Pakisulat ng message sa client HR na i-verify ulit.`),

  rec('chat_hi_en', f`Mera salary card ${v('financial.payment_card', '6011 9827 3645 1025')} pe EMI convert karna hai for the new laptop, 45k ka. Bank app mein option nahi dikh raha. Customer care ko kya bolun? Draft kar do in English.`),

  rec('sepa_xml', f`pain.001 for the Milan office payroll fails XSD validation, can you spot it?

${amb('source_code.snippet', f`<CdtTrfTxInf>
  <PmtId><EndToEndId>PAY-2024-11-0031</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">2847.60</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>${amb('financial.swift_bic', 'BCITITMM')}</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Giulia Bianchi</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${v('financial.iban', 'IT90K0200801664000104827391')}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Stipendio novembre 2024</Ustrd></RmtInf>
</CdtTrfTxInf>
<CdtTrfTxInf>
  <PmtId><EndToEndId>PAY-2024-11-0032</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">3120,00</InstdAmt></Amt>
  <Cdtr><Nm>Davide Ferrara</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${v('financial.iban', 'IT18B0503411701000000218374')}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>`)}`),

  rec('chat', f`Rider complaint: she tapped her contactless card ${v('financial.payment_card', '4125 8301 9476 2052')} on bus 14 and the validator charged $2.75 three times. How do I word the refund reply? Our policy is to refund via the same card within 5–7 business days.`),

  rec('email', f`Hi Tomás,

Please wire the retainer for the Querétaro depot study to:
Beneficiary: Ardesia Engineering Inc.
Bank: First Foothill Bank, Denver CO
ABA: ${v('financial.aba_routing', '261084726')}   Account: ${ambCat('financial', '7301928465')}
SWIFT (international): ${amb('financial.swift_bic', 'FFHBUS44')}
Reference: INV-2417-R1

Questions: ${phone('+1 312 847 2096')}

→ translate to Mexican Spanish, keep the bank block in English`),

  rec('chat_fi', f`Palkanlaskennan asiakas (Helsingin toimisto) lähetti uuden työntekijän tilinumeron: ${v('financial.iban', 'FI7715723500184736')}. Voitko kirjoittaa lyhyen vahvistusviestin englanniksi?`),

  rec('chat', f`New starter in Frankfurt for the EU lab, salary account ${v('financial.iban', 'DE07 5001 0517 8274 0193 65')}. Which payroll cut-off does that make for December if she signs the contract on the 9th?`),
];

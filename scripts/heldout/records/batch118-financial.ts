/**
 * Held-out batch 118: card numbers, IBANs, routing numbers and SWIFT codes from visa-fee payments,
 * stadium refunds, pest-control direct debits, honey export invoices and locksmith invoices. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH118_FINANCIAL: DraftRecord[] = [
  rec('chat_en', f`Applicant says the visa fee was charged twice on his Visa ${v('financial.payment_card', '4633 7454 1384 4637')} (exp 03/27) on the online portal, 80 EUR each time. Can you write a reply explaining that one charge will be reversed within 10 working days?`),

  rec('email_de', f`Betreff: Rückerstattung Dauerkarte Block C

Hallo Team Ticketing,

ich habe meine Dauerkarte gekündigt (Attest liegt bei). Bitte erstatten Sie den Restbetrag von 214,00 € auf meine Mastercard ${v('financial.payment_card', '5428 7160 9738 8502')} oder alternativ auf mein Konto:
IBAN ${v('financial.iban', 'DE47 3894 3513 8595 4571 88')}

Mit freundlichen Grüßen
Jens Oberländer
Tel. ${phone('0171 4829365', 'DE')}`),

  rec('csv', f`Summarise refunds per payment method for the postponed derby:

${amb('source_code.snippet', f`refund_id;ticket;amount;method;card;status
RF-10231;T-88213-C14;45.00;card;${v('financial.payment_card', '4799824593170798')};done
RF-10232;T-88213-C15;45.00;card;**** **** **** 7716;done
RF-10233;T-88240-A02;90.00;card;${v('financial.payment_card', '370036041352481')};pending
RF-10234;T-88301-D31;38.50;card;${v('financial.payment_card', '3542 3788 2110 8700')};failed
RF-10235;T-88302-D32;38.50;cash;;done`)}

(rows 3 and 4 came from the box-office terminal that does not mask)`),

  rec('invoice_es', f`FACTURA EXP-2024/0871
Cooperativa Apícola Los Tilos S. Coop.
Cliente: Honighaus Bremen GmbH
Concepto: 12 bidones de 300 kg miel de azahar, lote LT-24-117
Importe: 27.540,00 EUR (exento de IVA, exportación intracomunitaria)

Forma de pago: transferencia a
IBAN: ${v('financial.iban', 'ES91 4869 6886 2600 5785 4250')}
BIC: ${amb('financial.swift_bic', 'CAGLESMMXXX')}

¿Me puedes traducir esta factura al alemán?`),

  rec('email_fr', f`Objet : Prélèvement mensuel — contrat dératisation

Madame, Monsieur,

Suite à notre échange téléphonique, voici les coordonnées pour le prélèvement SEPA du contrat de dératisation (restaurant Le Petit Quai) :
Titulaire : SARL Le Petit Quai
IBAN : ${v('financial.iban', 'FR21 3111 6329 3181 4595 6865 143')}
Référence mandat : DRT-2024-0312

Cordialement,
Mme Colette Marchand`),

  rec('chat_it', f`Ciao, il cliente tedesco ci ha pagato 18 fusti di miele di castagno ma il bonifico è tornato indietro. Gli avevo dato l'IBAN ${v('financial.iban', 'IT40T9421482839751346329455')}. Mi aiuti a scrivere una mail in tedesco per chiedere di ripetere il bonifico?`),

  rec('email_pl', f`Dzień dobry,

w załączeniu faktura FV/ZAM/2024/0419 za montaż systemu kontroli dostępu (12 czytników, 2 kontrolery). Kwota: 38 745,60 zł brutto.
Prosimy o wpłatę na rachunek: ${v('financial.iban', 'PL56 6163 3541 1049 8181 7355 6033')}
Termin płatności: 14 dni.

Pozdrawiamy
Dział księgowości, Zamki-Serwis Sp. z o.o.`),

  rec('chat_el', f`Γεια σου, ο Γερμανός πελάτης ζητάει τα τραπεζικά μας στοιχεία για την πληρωμή του θυμαρίσιου μελιού. Είναι σωστά; IBAN ${v('financial.iban', 'GR86 2507 0722 0009 3078 4655 521')}, BIC ${amb('financial.swift_bic', 'PIRBGRAA')}. Γράψε μου ένα σύντομο email στα αγγλικά.`),

  rec('chat_hu', f`Szia! A lakatos-szerviz számlájára kellene átutalni a zárcserét, de a banki app hibát jelez. A számlán ez az IBAN szerepel: ${v('financial.iban', 'HU12 0946 2722 2476 4326 7793 2940')}. Meg tudod nézni, hogy jó-e a formátum?`),

  rec('chat_ro', f`Bună, partenerul din Austria vrea să plătească avansul pentru mierea de salcâm. Contul nostru: ${v('financial.iban', 'RO24 BTRL 2995 9835 9807 5233')} (Banca Transilvania). Îmi scrii un mesaj scurt în germană cu datele de plată?`),

  rec('chat_tr', f`Merhaba, Türkiye'deki arıcılık kooperatifinden kestane balı aldık. Ödeme için verdikleri IBAN: ${v('financial.iban', 'TR87 4615 3563 9623 1252 7114 76')}. Proforma faturada isim farklı görünüyor, nasıl teyit etmeliyim?`),

  rec('email_ar_sa', f`السادة جمعية النحالين التعاونية،

نؤكد استلام شحنة عسل السدر (٤٠٠ كغ). يرجى تحويل المبلغ المتبقي إلى الحساب التالي:
الآيبان: ${v('financial.iban', 'SA16 1225 4741 9210 8538 0298')}
رمز السويفت: ${amb('financial.swift_bic', 'RJHISARI')}

مع التحية،
قسم المشتريات`),

  rec('chat_ka', f`გამარჯობა, ევროპელ მყიდველს ვუგზავნით ფაქტურას წაბლის თაფლზე. ჩვენი ანგარიში: ${v('financial.iban', 'GE25TB2977648458674755')}, თიბისი ბანკი. გთხოვ, ინგლისურად დამიწერე საგადახდო ინსტრუქცია.`),

  rec('chat_de_ch', f`Hoi, chasch mer bi de Rechnig für d'Schlüsselanlage helfe? Zahlbar uf: ${v('financial.iban', 'CH75 4563 3959 5186 6622 2')}, Keller Sicherheit AG, Winterthur. Ich bruch en QR-Rechnig-Text uf Hochdütsch.`),

  rec('form_en_us', f`ACH enrollment — US honey importer (Golden Prairie Foods LLC)
Bank: First Plains Bank, Omaha NE
Routing (ABA): ${v('financial.aba_routing', '039167655')}
Account: ${ambCat('financial', '7402918364')}
Type: checking
Contact: Dana Whitfield, AP lead, ${phone('(402) 381-7264', 'US')}

Please confirm this looks complete before I send it to our treasury.`),

  rec('chat_nl', f`Hoi, klant wil het onderhoudscontract ongediertebestrijding per incasso betalen. Rekening ${v('financial.iban', 'NL05 RABO 3016 4650 31')} t.n.v. Bakkerij Van Dijk. Kun je een korte bevestigingsmail opstellen?`),

  rec('chat_pt_br', f`Oi, o torcedor pediu estorno do ingresso da final porque o cartão foi cobrado duas vezes: Elo? Não, é Visa final... ele mandou o número completo ${v('financial.payment_card', '4404 1667 0466 1209')} no chat do SAC. Como respondo sem repetir o número?`),

  rec('chat_zh', f`你好，大使馆签证费退款需要核对卡号。申请人提供的银联卡号是 ${v('financial.payment_card', '6208 2855 2321 1930')}，请帮我写一封中英文的退款确认邮件，不要在邮件里写完整卡号。`),

  rec('chat_ja', f`お世話になっております。施錠工事の前払金をカードで決済したいとのことで、お客様からカード番号 ${v('financial.payment_card', '3505 5044 5608 5641')}（有効期限 09/28）をメールで受け取りました。このまま保管してよいでしょうか。`),

  rec('email_bg', f`Здравейте,

Моля, преведете сумата по фактура 2024-311 (износ на липов мед, 8 бидона) по сметка:
IBAN: ${v('financial.iban', 'BG03 UNCR 7161 5279 2884 22')}
BIC: ${amb('financial.swift_bic', 'UNCRBGSF')}

Поздрави,
Пчеларска кооперация „Балкан мед“`),

  rec('chat_en_gb', f`Quick one — the away supporters' club paid for 220 tickets by bank transfer from ${v('financial.iban', 'GB22 BARC 1040 3292 5771 79')} but referenced the wrong fixture. Can you draft an email asking them to confirm which match the payment is for?`),
];

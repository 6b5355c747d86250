/**
 * Held-out batch 44: card numbers, IBANs and bank details at a credit union, a record label's
 * royalty desk, a container terminal's billing, a forestry company and a co-working chain. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH44_FINANCIAL: DraftRecord[] = [
  rec('chat_fr_ca', f`Bonjour, un membre a appelé pour contester une transaction de 412,87 $ chez un marchand en ligne qu'il ne reconnaît pas. Sa carte Visa : ${v('financial.payment_card', '4532 8190 7465 2134')}, expiration 09/27. Peux-tu m'aider à rédiger le formulaire de contestation en français clair?`),

  rec('ticket', f`CU-DISPUTE-20931
Member: #10482 (joint account)
Card: Mastercard ${v('financial.payment_card', '5354-8201-9376-4059')}
Merchant: "AIRBNB * HMQ2K9" — 1,280.00 CAD, posted 2024-10-03
Reason: cancelled reservation, host refused refund
Attachments: cancellation screenshot, email thread

Can you summarise this into the chargeback reason text (max 300 characters)?`),

  rec('csv', f`Please sort these by amount and flag anything over 2,000 for AML review:

${amb('source_code.snippet', f`date,member_no,card,merchant,amount_cad
2024-10-01,10482,**** **** **** 4059,COSTCO GATINEAU,312.44
2024-10-01,11307,**** **** **** 8813,PETRO-CANADA,86.10
2024-10-02,10955,${v('financial.payment_card', '5219038472619382')},BESTBUY.CA,2418.97
2024-10-02,12011,**** **** **** 1730,IGA HULL,54.22
2024-10-03,10482,**** **** **** 4059,AIRBNB * HMQ2K9,1280.00`)}

(row 3 came from the old dispute tool that doesn't mask)`),

  rec('form', f`INCOMING WIRE — US SOURCE
Member: Gérard Lapointe (#11744)
Sending bank: Lakeshore Federal Savings, Plattsburgh NY
ABA: ${v('financial.aba_routing', '261073614')}
Sending account: ${ambCat('financial', '4418207395')}
Intermediary SWIFT: ${amb('financial.swift_bic', 'LKFSUS31')}
Amount: USD 18,500.00 — proceeds of cottage sale

Draft the source-of-funds questions I should ask the member.`),

  rec('chat', f`Direct deposit form for a new member — which number goes where? Transit ${ambCat('financial', '81529')}, institution 815, account ${ambCat('financial', '0401837')}. Payroll software wants a single "routing" field.`, 'Canadian transit/account numbers: financial, but no built-in rule claims them (ambiguous, no rule id)'),

  rec('email_es_ar', f`Hola Martín,

Te paso los datos para la transferencia del adelanto de regalías (ARS equivalente a USD 3.000):
Titular: Lucía Brandt
CBU: ${ambCat('financial', '0170099220000067321458')}
Alias: lucia.brandt.tango
CUIT: 27-35184920-4

Cualquier duda escribime. Abrazo,
Sole — Administración Marea Alta`, 'Argentine CBU: account number without a built-in rule (ambiguous, no rule id); CUIT is a tax id without a rule, left plain'),

  rec('tsv', f`Quarterly songwriter payouts — can you generate the SEPA pain.001 from this?

${amb('source_code.snippet', f`writer\tipi_role\tiban\tamount_eur
Delacroix, Manon\tCA\t${v('financial.iban', 'FR6530003031200005028371946')}\t1.842,10
Ruiz Ortega, Pablo\tC\t${v('financial.iban', 'ES7100491847202910384756')}\t612,55
Galli, Francesca\tA\t${v('financial.iban', 'IT41S0569601600000012837X46')}\t298,00
Brenner, Jonas\tCA\t${v('financial.iban', 'DE16200505501382746190')}\t2.015,40`)}`),

  rec('email_pt_br', f`Oi Renata,

Para o pagamento dos direitos conexos do disco "Maré Baixa" precisamos dos dados bancários internacionais. O banco me passou este IBAN para recebimento do exterior:
${v('financial.iban', 'BR9700360305000010009795493P1')}
SWIFT: ${amb('financial.swift_bic', 'MAREBRSPXXX')}

Pode conferir se está certo antes de eu mandar para a editora em Paris?

Beijos, Tiago`),

  rec('invoice_lt', f`SĄSKAITA FAKTŪRA Nr. KLP-2024-1187
Pardavėjas: UAB „Jūrų muitinės brokeris“
Pirkėjas: Harbourgate Terminals Klaipėda
Paslauga: muitinės deklaracijos, 42 konteineriai (rugsėjis)
Suma: 6 930,00 EUR

Mokėti į sąskaitą: ${v('financial.iban', 'LT627010000582913746')}
Apmokėti iki 2024-10-25

Please check the totals: 42 × 165 EUR should be 6 930, right?`),

  rec('email_bg', f`Здравейте,

Моля, преведете сумата по фактура № 0000184733 (пристанищни такси, м. септември) по следната сметка:
IBAN: ${v('financial.iban', 'BG58RZBB91551029384756')}
BIC: ${amb('financial.swift_bic', 'VTRNBGSF')}
Получател: Варна Терминал Сървисиз ЕООД

Поздрави,
Счетоводство

→ translate to English and check that the IBAN is Bulgarian format`),

  rec('chat_de', f`Kannst du eine Zahlungserinnerung an die Spedition formulieren? Die Lagergeldrechnung (Demurrage, 11 Container, 14.880,00 €) ist seit 30 Tagen offen. Unsere Bankverbindung: ${v('financial.iban', 'DE13 3705 0198 0027 4193 65')}, Verwendungszweck RE-HGT-24-08812. Höflich, aber bestimmt bitte.`),

  rec('chat_th', f`บัตรเครดิตบริษัทของผมโดนปฏิเสธตอนจ่ายค่าอะไหล่เครนให้ซัพพลายเออร์ที่ไต้หวัน เลขบัตร ${v('financial.payment_card', '5417 3392 0184 6274')} ช่วยร่างอีเมลภาษาอังกฤษถึงธนาคารให้หน่อยครับ ว่าเป็นการจ่ายเงินจริง ไม่ใช่การฉ้อโกง`),

  rec('invoice_no', f`FAKTURA 2024-0932
Nordskog Tømmer AS — org.nr. 918 273 645 MVA
Kunde: Sagbruk Vest AS
Levert: 412 m³ gran sagtømmer, Innlandet
Beløp: NOK 287 330,00 inkl. mva

Betales til kontonummer ${ambCat('financial', '1210.07.38465')}
IBAN: ${v('financial.iban', 'NO88 1210 0738 465')}
Forfall: 15.11.2024

Kan du skrive en purring på engelsk til den svenske kunden som fikk samme faktura?`, 'Norwegian domestic account number: financial, no built-in rule claims it (ambiguous, no rule id)'),

  rec('email_sk', f`Dobrý deň,

posielam údaje na úhradu za drevnú hmotu (bukové výrezy, 186 m³):
IBAN: ${v('financial.iban', 'SK30 7500 0000 0040 1928 3746')}
Variabilný symbol: 2024118
Splatnosť: 14 dní

S pozdravom,
Lesy Hron s.r.o.

→ can you reply in English that we'll pay on Friday?`),

  rec('chat_sr', f`Молим те провери да ли је овај IBAN исправан пре него што пошаљемо уплату пилани за храстову грађу: ${v('financial.iban', 'RS45170003001472958361')}. Износ је 1.240.000 динара.`),

  rec('email_da', f`Hej Mette,

Tak for din tilmelding til et fast skrivebord på Nørrebro. Vi trækker månedsbeløbet (2.450 kr.) via Betalingsservice. Du har oplyst:
IBAN: ${v('financial.iban', 'DK19 0500 0003 8172 64')}
Mobil: ${phone('+45 28 14 93 67')}

Giv besked hvis noget er forkert.

Venlig hilsen
Hive Cowork København`),

  rec('chat_it', f`Un socio di Isola mi ha scritto che vuole cambiare il conto per l'addebito SEPA dal prossimo mese. Nuovo IBAN: ${v('financial.iban', 'IT04K0306909606100000064912')}. Mi scrivi la risposta di conferma, dicendo che serve un nuovo mandato firmato?`),

  rec('chat_zh_tw', f`會員說他的 JCB 卡 ${v('financial.payment_card', '3528 7194 0263 8516')} 在我們的網站付月費一直失敗，但在其他地方可以用。請幫我寫一封中英文的回覆，請他確認有沒有開啟 3D 驗證。`),

  rec('chat', f`Stripe dispute came in for a day-pass at the Ari (Bangkok) site. Customer's Amex on the dispute form: ${v('financial.payment_card', '3792 064817 35922')}. They claim they never visited, but the door log shows their badge at 09:14. Help me write the evidence text.`),

  rec('note', f`Fundraising desk — phone donation, please process:
Donor: Mrs Helen Ashworth, gift for the neonatal unit in memory of her grandson
Amount: £250.00, one-off, Gift Aid yes
Card: ${v('financial.payment_card', '4557 0293 8416 2739')}  exp 03/26
Callback if declined: ${phone('0203 947 1826', 'GB')}

Can you draft the thank-you letter (warm, not too long)?`),
];

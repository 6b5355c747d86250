/**
 * Held-out batch 60: card numbers, IBANs and bank details pasted by an export desk, a dental chain,
 * a metro signalling team, a wine importer, a legal-aid clinic and a cooling vendor's field service.
 * Hand-written; IBANs and cards carry computed check digits.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const bic = (s: string) => amb('financial.swift_bic', s);
const acct = (s: string) => ambCat('financial', s);

export const BATCH60_FINANCIAL: DraftRecord[] = [
  rec('email_es_co', f`Buenos días, ¿me ayudas a dejar este correo más formal? Va para el comprador en Róterdam.

"Hola Sanne, te confirmo que el pago del contenedor de café pergamino (factura SV-EXP-2024-0318, USD 48.600) debe hacerse a nuestra cuenta en dólares:
Banco: Bancolombia S.A., Medellín
Cuenta corriente de compensación No. ${acct('218-394571-06')}
SWIFT: ${bic('COLOCOBM')}
Beneficiario: Cooperativa Agroecológica Sierra Viva
Y la nota crédito por los 12 sacos húmedos se la devolvemos a su cuenta ${v('financial.iban', 'NL12RZBX0417392856')} la próxima semana."

Gracias.`),

  rec('chat', f`Hi, can you help me reply to our UK buyer? They asked where to send the balance for the French beans consignment. Tell them:
- payment in GBP to the cooperative's account at KCB Bank, Nairobi, account no. ${acct('1294837261')}, SWIFT ${bic('KCBLKENX')}
- the refund they owe us for the rejected cartons they can send from the same account as last time (${v('financial.iban', 'GB31 LOVX 1730 4614 9044 95')})
Keep it friendly, they've been good customers. Mention that smallholder payouts go via M-Pesa on Friday, so we need it by Thursday.`),

  rec('invoice_de', f`Kannst du mir aus dieser Rechnung eine Buchungszeile für DATEV machen?

Weingut Hollerbach · Kremstal, Niederösterreich
RECHNUNG Nr. 2024/1187 · Datum 02.12.2024
An: Korkenzieher Weinimport GmbH, Hamburg
120 Fl. Grüner Veltliner Ried Gebling 2023 à € 11,40 = € 1.368,00
60 Fl. Zweigelt Reserve 2021 à € 14,90 = € 894,00
Nettobetrag € 2.262,00 (innergemeinschaftliche Lieferung, steuerfrei)
Zahlbar innerhalb 14 Tagen ohne Abzug auf:
IBAN ${v('financial.iban', 'AT25 1334 6589 1402 9587')} · BIC ${bic('SPKDAT21')}`),

  rec('email_it', f`Mi traduci in inglese questa mail per il nostro importatore a Boston?

"Gentile Mark, come da accordi le confermiamo la spedizione di 3 pallet di Nebbiolo d'Alba DOC 2022. Il saldo di € 9.840,00 va versato entro il 20 dicembre sul conto intestato a Cantina Roero Distribuzione s.r.l., IBAN ${v('financial.iban', 'IT38V1809695229691463911954')}. La preghiamo di indicare nella causale il numero d'ordine US-0471. Cordiali saluti, Giulia"`),

  rec('chat_fr', f`Bonjour, je suis à la permanence juridique et l'huissier demande qu'on règle les frais de signification tout de suite par téléphone. Je peux lui donner la carte de l'association ? C'est la Visa ${v('financial.payment_card', '4929 1387 0264 1539')}, expiration 03/26. Ou c'est mieux de demander une facture et de faire un virement ? Aide-moi à lui répondre poliment.`),

  rec('chat_pt_br', f`Oi, preciso estornar uma cobrança duplicada de uma mãe que pagou a limpeza e aplicação de flúor do filho duas vezes na maquininha. O cartão dela é Elo ${v('financial.payment_card', '5067 8688 1444 9095')}, as duas transações foram de R$ 280,00 no dia 28/11. Me ajuda a escrever uma mensagem pra ela explicando que o estorno cai em até 2 faturas?`),

  rec('email_nl', f`Kun je dit korter maken? Het gaat naar de crediteurenadministratie van het datacenter in Almere.

"Beste heer Visser, graag ontvangen wij de betaling van factuur PW-NL-24-0932 (preventief onderhoud koelmachines Q4, € 7.812,40 incl. btw) op ons rekeningnummer ${v('financial.iban', 'NL42 QODD 3334 8939 78')}. Het btw-deel mag, zoals afgesproken, op onze G-rekening ${v('financial.iban', 'NL57 KNLB 0392 8471 65')}. Met vriendelijke groet, Polarwind Cooling Benelux"`),

  rec('chat_sv', f`Hej! Kan du hjälpa mig skriva ett kort mejl till vår nya vinleverantör i Mendoza? De frågar vart de ska skicka kreditnotan. Vi vill ha den till vårt konto:
IBAN: ${v('financial.iban', 'SE33 4533 8735 3423 4717 7421')}
BIC: ${bic('ESSESESS')}
Svenska kunder betalar till bankgiro ${acct('5731-2094')}, men det funkar inte från utlandet.`),

  rec('chat_no', f`Hei, leverandøren vår i Porto spør om kontonummeret vårt for tilbakebetaling av fraktkostnaden (kr 4 250). Jeg har bare det norske kontonummeret ${acct('8614.35.57856')} – er det riktig at IBAN-en blir ${v('financial.iban', 'NO02 8614 3557 856')}? Skriv gjerne svaret på engelsk.`),

  rec('invoice_pl', f`Sprawdź proszę, czy ta faktura za części zamienne do napędów zwrotnicowych zgadza się z zamówieniem ZS/2024/0419 (12 szt. styków kontrolnych, 4 szt. silników 110 V):

Sprzedawca: ZAKŁAD AUTOMATYKI KOLEJOWEJ „SEMAFOR" Sp. z o.o.
Nabywca: Metro – Dział Utrzymania Sterowania Ruchem
Razem brutto: 38 622,60 zł
Termin płatności: 30 dni
Numer rachunku: ${v('financial.iban', 'PL65 4108 2590 1122 8818 1469 0145')}
Tytułem: FV 1187/11/2024`),

  rec('chat_tr', f`Merhaba, hukuki yardım kliniğimize bağış yapmak isteyen bir avukat kartıyla ödemenin olmadığını yazdı. Kart numarası ${v('financial.payment_card', '9792 5884 0166 2496')} (Troy), son kullanma 07/27. Bağış sayfamızda Troy kabul ediliyor mu bilmiyorum. Ona alternatif olarak havale bilgilerimizi gönderen kibar bir cevap yazar mısın? IBAN: ${v('financial.iban', 'TR44 5663 1077 6296 7233 9304 61')}, alıcı: Toplum Hukuku Kliniği Derneği.`),

  rec('chat_ru', f`Здравствуйте! Нужно срочно оплатить поставщику датчики рельсовых цепей, а корпоративная карта заблокирована. Бухгалтер разрешил заплатить моей личной картой «Мир» ${v('financial.payment_card', '2200 0194 8020 6766')}, потом компенсируют. Помогите составить служебную записку на возмещение 46 380 ₽ — чтобы номер карты там был указан полностью, как просит бухгалтерия.`),

  rec('chat_kk', f`Сәлем! Грузиядан келген шарап партиясы үшін жеткізушіге төлем тапсырмасын толтыруым керек. Біздің шот: ${v('financial.iban', 'KZ64 5101 5060 4209 8357')}, БСК/SWIFT: ${bic('KCJBKZKX')}. Төлем мақсаты: «Келісімшарт №GE-14/2024 бойынша Саперави шарабы үшін». Орыс тіліне аударып бере аласыз ба?`),

  rec('chat_be', f`Добры дзень! Кліент (ЦАД у Мінску) пытаецца заплаціць за рамонт чылера, але банк вяртае плацёж. Мы далі ім рахунак ${v('financial.iban', 'BY26 SKES 6906 1808 5372 0340 6055')}. Ці правільная даўжыня ў беларускага IBAN? Напішы, калі ласка, ліст кліенту на беларускай мове з просьбай праверыць рэквізіты.`),

  rec('email_ar', f`السلام عليكم، أرجو تحسين صياغة هذه الرسالة للعميل قبل إرسالها:

"عميلنا العزيز، نرجو تحويل مبلغ ٤٢٬٧٥٠ ريال سعودي مقابل عقد الصيانة السنوي لوحدات التبريد في مركز البيانات (العقد رقم PW-KSA-2024-061) إلى الحساب التالي:
اسم المستفيد: بولارويند لأنظمة التبريد
رقم الآيبان: ${v('financial.iban', 'SA53 3553 7322 8595 6761 9043')}
رمز السويفت: ${bic('RJHISARI')}
وشكراً لتعاونكم."`),

  rec('chat_he', f`היי, ספק הציוד המתכלה (כפפות, מברשות, פלואוריד) שלח חשבונית ומבקש העברה. הוא כתב: חשבון בבנק הפועלים, סניף 411, מספר חשבון ${acct('896201')}, ובשורה למטה IBAN ${v('financial.iban', 'IL28 3410 1511 8900 4775 620')}. הסניף והחשבון לא נראים לי תואמים ל-IBAN. תוכל לבדוק אם זה אותו חשבון?`),

  rec('chat_ur', f`ہمیں سیالکوٹ کے سپلائر کو جیوٹ کی بوریوں (کافی کی برآمد کے لیے) کی ادائیگی کرنی ہے۔ انہوں نے یہ آئی بین بھیجا ہے: ${v('financial.iban', 'PK85 LTRI 4783 3195 9724 4009')}۔ رقم 3,200 امریکی ڈالر ہے۔ کیا آپ انگریزی میں ایک مختصر ای میل لکھ دیں جس میں ادائیگی کی تصدیق اور پروفارما انوائس نمبر PI-2024-77 کا حوالہ ہو؟`),

  rec('form', f`Fill in the vendor setup form for the new distributor in Oregon, I'll paste it into NetSuite:

Vendor: Willamette Cellars Distribution LLC
Remit-to: PO Box 4471, Portland OR 97208
Payment method: ACH (CCD)
Bank: Pacific Northwest Community Bank
ABA routing #: ${v('financial.aba_routing', '322074387')}
Account #: ${acct('7730918264')} (checking)
Contact: Dana Whitaker, ${phone('(503) 872-4419', 'US')}

Also: the trade-show booth in Napa was paid on our Amex ${v('financial.payment_card', '3775 898669 32285')}, please add a note so AP doesn't pay it twice.`),

  rec('csv', f`These are last week's card payments from the front desk terminal at the Harrogate practice. Can you total them by day and flag anything odd?

${amb('source_code.snippet', f`date,patient_ref,amount_gbp,card,auth
25/11/2024,LT-20931,45.00,VISA ****6104,A81734
25/11/2024,LT-20977,18.50,MC ****7798,A81802
26/11/2024,LT-21004,45.00,${v('financial.payment_card', '4474031509856104')},A81977
27/11/2024,LT-21038,120.00,MC ****4528,A82130
28/11/2024,LT-21051,45.00,VISA ****0922,A82244`)}

Why would one row have the full number? The terminal is supposed to mask.`),

  rec('tsv', f`Pozdravljeni, prosim preveri, ali so IBAN-i naših podizvajalcev za servis hladilnih sistemov pravilni, preden jih vnesem v plačilni sistem:

${amb('source_code.snippet', f`podizvajalec\tdržava\tIBAN\tznesek_EUR
Hladtehnika d.o.o.\tSI\t${v('financial.iban', 'SI89 0542 7432 6515 290')}\t3.420,00
KlimaServis s.r.o.\tSK\t${v('financial.iban', 'SK42 1290 4178 8518 2592 8525')}\t2.180,50
Frigo-Sarajevo d.o.o.\tBA\t${v('financial.iban', 'BA97 8671 8580 3034 1010')}\t1.960,00
Studeni Val EOOD\tBG\t${v('financial.iban', 'BG66 URPS 9063 7766 0065 13')}\t2.745,00
Kæling ehf.\tIS\t${v('financial.iban', 'IS73 7733 1878 6183 3502 3031 72')}\t4.100,00`)}

Hvala!`),

  rec('chat_ja', f`大阪のデータセンター案件で、来週フィールドエンジニア2名のホテルを予約したいのですが、会社のJCBカード（${v('financial.payment_card', '3528 5911 2755 3068')}、有効期限 09/27）で予約してもいいか、経理に確認するメールを書いてもらえますか？ 宿泊は12月9日から3泊です。`),

  rec('chat_pt_ao', f`Boa tarde, preciso de escrever um e-mail à sede em Lisboa a pedir o reembolso das peças que comprei em Luanda para a reparação do chiller do cliente (compressor e filtro secador, 1 280 000 Kz). Peço que transfiram para a minha conta portuguesa: ${v('financial.iban', 'PT45 6187 7520 5347 9913 5989 2')}. Pode escrever de forma formal?`),

  rec('sepa_mandate_de', f`Bitte prüf dieses SEPA-Lastschriftmandat auf Vollständigkeit, die Mandantin möchte die Beratungspauschale monatlich abbuchen lassen:

Gläubiger: Verein für Rechtshilfe Kiel e.V., Gläubiger-ID DE71ZZZ00002183947
Mandatsreferenz: RH-2024-0887
Kontoinhaberin: Hatice Demir
IBAN: ${v('financial.iban', 'DE85564068289588407229')}
Ort, Datum: Kiel, 29.11.2024 · Unterschrift vorhanden`, 'the SEPA creditor identifier names the creditor, not an account: unlabelled'),

  rec('chat_zh_tw', f`你好，一位大陸來的客戶想用銀聯卡 ${v('financial.payment_card', '6211 4254 8880 3280')} 付兩箱勃根地紅酒的訂金，刷卡機一直顯示「交易被拒」。請幫我寫一段禮貌的說明，請他改用轉帳或到店付現。`),

  rec('chat_bn', f`একজন অভিভাবক শিশুর দাঁতের চিকিৎসার বিল অনলাইনে দিতে গিয়ে আটকে গেছেন। তিনি মেসেজে কার্ড নম্বর পাঠিয়েছেন: ${v('financial.payment_card', '5358 4610 2977 3406')}, মেয়াদ ১১/২৬। আমরা তো চ্যাটে কার্ড নম্বর নিতে পারি না — তাঁকে ভদ্রভাবে পেমেন্ট লিংক ব্যবহার করতে বলার একটা বার্তা লিখে দিন।`),
];

/** Held-out batch 106: IBANs, cards and account details in invoices, payroll files and chats. Hand-written. */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const group4 = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');
const iban = (cc: string, bban: string, spaced = true) => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return v('financial.iban', spaced ? group4(raw) : raw);
};
const card = (payload: string, sep = ' ') => {
  const d = payload + String(luhnCheckDigit(payload));
  const groups = d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : (d.match(/.{1,4}/g) ?? []);
  return v('financial.payment_card', groups.join(sep));
};
const bic = (s: string) => amb('financial.swift_bic', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH106_FINANCIAL: DraftRecord[] = [
  rec('email_de', f`Bitte übersetze diese Zahlungsaufforderung ins Japanische, sie geht an unseren Importeur in Osaka:

Sehr geehrte Damen und Herren,
für die Lieferung von 1.200 Flaschen Riesling Spätlese 2022 (Rechnung WX-2025-0318) bitten wir um Überweisung von 14.880,00 EUR bis zum 30.04.2025 auf folgendes Konto:
Weingut Hollerbach KG
IBAN: ${iban('DE', '550501200034098712')}
BIC: ${bic('MALADE51MNZ')}
Verwendungszweck: WX-2025-0318

Mit freundlichen Grüßen
Exportabteilung`),

  rec('chat', f`Hi, I'm ringing through a wine club order for a customer who's on the phone at the cellar door, our EFTPOS is down. Card ${card('456471830219447')} exp 09/27, name Bronwyn Tait. Can I just key it into the Shopify POS manually or is that against the rules?`),

  rec('tsv', f`Gehaltsläufe März – bitte prüfen, ob die Summe stimmt (Spalte Netto):

${cfg(f`Mandant\tPersNr\tName\tIBAN\tNetto
Bäckerei Ahrens\t1007\tJ. Ahrens\t${iban('DE', '200411440712348802', false)}\t2.418,33
Bäckerei Ahrens\t1012\tM. Yilmaz\t${iban('DE', '100700240561203949', false)}\t1.987,10
Tischlerei Nowak\t2003\tP. Nowak\t${iban('DE', '370400440532019271', false)}\t3.102,56
Tischlerei Nowak\t2008\tL. Fischer\t${iban('DE', '760501010008841274', false)}\t2.256,91`)}

Summe laut Bank: 9.764,90`),

  rec('csv_nl', f`${cfg(f`klant;medewerker;iban;bedrag;omschrijving
Schildersbedrijf De Vries;A. de Vries;${iban('NL', 'RABO0318204756', false)};2841,17;salaris 2025-03
Schildersbedrijf De Vries;K. Bakker;${iban('NL', 'INGB0006512398', false)};2219,40;salaris 2025-03
Kapsalon Mira;M. El Amrani;${iban('NL', 'ABNA0472918305', false)};1904,88;salaris 2025-03`)}

Kun je hier een pain.001 SEPA-batchbestand van maken? Uitvoerdatum 25-03-2025.`),

  rec('email_pl', f`Dzień dobry,
w załączeniu faktura za tłumaczenie przysięgłe (akt notarialny, 14 stron). Proszę o przelew 2 380,00 zł na konto:
${iban('PL', '109010140000071219812874')}
Tytuł: FV 17/03/2025

Pozdrawiam,
Magdalena Zielińska, tłumacz przysięgły języka niemieckiego

Możesz przetłumaczyć to na angielski dla naszego działu księgowości?`),

  rec('chat_tr', f`Merhaba, çeviri ajansına serbest çevirmen olarak fatura kesiyorum. Ödeme için IBAN'ım ${iban('TR', '0006200004182937650148')} (Garanti BBVA). Ajans İngilizce bir ödeme talimatı istiyor, kısa bir metin yazar mısın?`),

  rec('chat_ka', f`გამარჯობა! თარჯიმნის ჰონორარი უნდა ჩაირიცხოს ამ ანგარიშზე: ${iban('GE', 'TB7304536080100021')}, ბანკის SWIFT: ${bic('TBCBGE22')}. დამეხმარე ინგლისურად ინვოისის შედგენაში.`),

  rec('email', f`Hi Teresa,

For the Napa importer shipment (PO 88213), their AP team says the wire failed. They quoted these details back to us:
Bank: First Coastal Bank, Sacramento
ABA routing: ${v('financial.aba_routing', '121042882')}
Account: ${ambCat('financial', '4418207391')}
Beneficiary: Vinhos do Vale Lda (export account)

Can you check whether we gave them the domestic routing number instead of the wire one?`),

  rec('invoice_hu', f`Kérlek, fordítsd le németre ezt a számlaszöveget (üzemorvosi szolgáltatás, osztrák gyár):

Számla: UEM-2025/044
Szolgáltatás: 2025. első negyedéves időszakos alkalmassági vizsgálatok, 86 fő
Összeg: 7 740,00 EUR
Kérjük, utalja a következő számlára: ${iban('AT', '1420111822213344')}
Fizetési határidő: 2025. április 15.`),

  rec('chat', f`Airport ID office. A contractor disputes the £45 replacement-badge fee. Our payment log shows the card ${card('535522190481736', '-')} was charged twice on 3 March. How do I word the refund confirmation?`),

  rec('email_no', f`Hei,
frivillig redningsmannskap kan få refundert reiseutgifter etter søket ved Stad 14. februar. Send skjemaet med kontonummer, f.eks. slik:
Navn: Eirik Solheim
Kontonummer (IBAN): ${iban('NO', '15036712489')}
Beløp: 2 340 kr (bensin og ferge)

Kan du lage en kort mal for dette på nynorsk?`),

  rec('form_es', f`Pedido telefónico – tienda de la bodega
Cliente: Alberto Ruiz Campos
Producto: 6 x Crianza 2020 + estuche regalo
Tarjeta: ${card('491761200483291')}  cad. 11/26
CVV: dado por teléfono (no anotar)

¿Me ayudas a redactar un correo al cliente confirmando el envío? Sin los datos de la tarjeta, obviamente.`),

  rec('chat_hr', f`Bok! Radim u knjigovodstvenom servisu za plaće. Novi zaposlenik poslao je IBAN ${iban('HR', '23600001101234567')} ali ga sustav odbija. Možeš li provjeriti je li format ispravan?`),

  rec('chat_lt', f`Sveiki, darbo užmokesčio biuras. Klientas paprašė pervesti algą į naują sąskaitą ${iban('LT', '7300001293847562')}. Parašyk trumpą patvirtinimo laišką lietuviškai.`),

  rec('email_ar', f`يرجى ترجمة هذه الرسالة إلى الإنجليزية:

السادة وكالة الترجمة المحترمين،
نرجو تحويل أتعاب الترجمة الفورية لمؤتمر دبي (٣ أيام) إلى الحساب التالي:
اسم المستفيد: ليلى الحمادي
الآيبان: ${iban('AE', '0260001019482730541')}
سويفت: ${bic('EBILAEAD')}
مع الشكر`),

  rec('email_he', f`תרגם לאנגלית בבקשה, זה למפיץ שלנו בתל אביב:

שלום רב,
התשלום עבור משלוח היין (חשבונית 2025-117) טרם התקבל. פרטי החשבון שלנו:
IBAN: ${iban('IL', '0108000000099997123')}
SWIFT: ${bic('LUMIILITTLV')}
נשמח לאישור העברה עד סוף החודש.`),

  rec('chat', f`Kia ora, quick one from the cellar door in Marlborough. A visitor from Auckland wants to pay for a 12-case shipment by Amex over the phone, ${card('37829104738261')} exp 02/28. Do we need to ask for the 4-digit CID as well? The terminal asks for it.`),

  rec('chat_kk', f`Сәлеметсіз бе! Жалақы бюросы. Қызметкердің шотына жалақы аудару керек: ${iban('KZ', '7220004187293615')} (Halyk Bank). Орысша қысқа хабарлама жазып бересіз бе, бухгалтерге жіберемін?`),

  rec('email', f`Subject: Invoice 2025/RCC/0211 – aviation fuel for SAR helicopter, Shannon

Dear Accounts,
please remit EUR 18,406.72 for the February uplift (Jet A-1, 11 sorties) to:
Atlantic Aviation Fuels Ltd
IBAN ${iban('IE', 'AIBK93115212345678')}
BIC ${bic('AIBKIE2D')}
Queries: ${phone('061 471 902', 'IE')}

Kind regards, Siobhán Walsh, Credit Control`),

  rec('chat_zh', f`你好，我们酒庄的上海经销商想用银联卡付样品费，卡号是 ${card('622848003197520381')}，有效期 08/27。我们的收款系统不支持银联，请帮我写一封英文邮件建议他们改用电汇。`),

  rec('chat_ro', f`Bună! Lucrez la un birou de salarizare. Un client din Cluj vrea să plătească facturile noastre lunar în contul ${iban('RO', 'BTRLRONCRT0293847561')} (contul lui, pentru debit direct). Poți să-mi scrii un mandat de debitare directă în română?`),

  rec('chat_az', f`Salam! Tərcümə agentliyi ilə işləyən sinxron tərcüməçiyəm. Qonorar üçün hesabım: ${iban('AZ', 'NABZ00000000138204719365')}, SWIFT ${bic('NABZAZ2X')}. Ingiliscə qısa ödəniş tələbi yaza bilərsən?`),
];

/**
 * Held-out batch 108: IBANs, card numbers and routing numbers in prize payouts, milk-payment runs,
 * cargo-claim settlements, museum courier costs and installer expense claims. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH108_FINANCIAL: DraftRecord[] = [
  rec('email_de', f`Betreff: Gewinnauszahlung Ticket 7 aus 35 – Ziehung 07.12.

Sehr geehrte Frau Kowalczyk,

vielen Dank für die Einreichung Ihres Gewinnscheins. Bitte bestätigen Sie uns die Bankverbindung für die Überweisung des Gewinns von 12.480,00 €:
IBAN: ${iban('DE34 3929 2602 3001 9579 58')}
BIC: ${bic('GENODEF1S12')}
Kontoinhaberin: Renate Kowalczyk

Mit freundlichen Grüßen
Gewinnerservice

Bitte formuliere das höflicher und kürzer.`),

  rec('csv_nl', f`Kun je controleren of er dubbele rekeningnummers in de melkgeldbetaling van december zitten?

${cfg(f`lidnr;naam;liters;bedrag;iban
NL-0412;Melkveebedrijf De Hoeve;48210;22.417,65;${iban('NL84RABO6515559450')}
NL-0418;Maatschap Van Dijk;31902;14.830,43;${iban('BE20277985149384')}
NL-0433;J. Brouwer;27155;12.627,08;${iban('NL84RABO6515559450')}
NL-0440;Hoeve Zonnedauw;19604;9.115,86;${iban('DE34392926023001957958')}`)}`),

  rec('chat_fr', f`Salut, l'assureur doit verser l'indemnité pour les 14 palettes de fromage perdues sur le MSC Aurelia. Le réceptionnaire nous a donné ${iban('FR76 3597 2829 3899 3902 6587 945')} (BNP, BIC ${bic('BNPAFRPPXXX')}). Peux-tu rédiger la lettre d'accompagnement du règlement de 38 420 € ?`),

  rec('chat_en_us', f`Prize claim form for a $25,000 winner, direct deposit section. Does this look complete before I send it to treasury?

Winner: Darnell Okafor
Bank: First Prairie Credit Union
Routing (ABA): ${v('financial.aba_routing', '073918242')}
Account: ${ambCat('financial', '4410 2289 37')} (checking)
Federal withholding 24%, state 4.95%`, 'US account number next to its routing number: ambiguous, no rule claims it'),

  rec('chat_pl', f`Hej, rolnik z naszej spółdzielni zgłosił, że przelew za mleko poszedł na stare konto. Nowe konto: ${iban('PL52 0271 6837 0546 7037 7287 6139')}. Napisz proszę krótką notkę do księgowości, żeby zaktualizowali dane przed następną wypłatą.`),

  rec('chat_no', f`Hei! Kan du hjelpe meg å skrive et svar til museet i Bergen? De skal betale kurertransporten for maleriene, 18 600 kr, til vår konto ${iban('NO52 6703 7279 164')}. Referanse: LÅN-2025-07.`),

  rec('terminal_log', f`${cfg(f`[2024-12-11 09:14:02] POS-RT-4471 SALE amount=12.00 EUR ticket=EURO-5x50
[2024-12-11 09:14:05] POS-RT-4471 AUTH DECLINED rc=05 pan=${card('4461384091997488')} exp=0927
[2024-12-11 09:14:31] POS-RT-4471 AUTH OK pan=************7331 rc=00`)}

Warum steht im Kassenlog des Lotto-Terminals die volle Kartennummer? Das dürfte so nicht sein, oder?`),

  rec('chat_lt', f`Sveiki, atsiskaitymas už kelionę su muziejaus eksponatais: kurjeris sumokėjo viešbutį savo kortele ${card('5168 2511 4843 0891')}, dabar reikia grąžinti 412,60 €. Jo sąskaita ${iban('LT69 2580 1603 4027 3108')}. Parašyk trumpą prašymą buhalterijai.`),

  rec('email_tr', f`Konu: Hasar tazminatı ödemesi – Dosya TR-KRG-2024-0377

Merhaba,
Konteyner hasarı için onaylanan 1.245.000 TL tutarındaki tazminat aşağıdaki hesaba yatırılacaktır:
Alıcı: Anadolu Tekstil A.Ş.
IBAN: ${iban('TR51 9525 6002 2531 0088 2435 03')}
Açıklama: KRG-0377 tazminat

Lütfen bu e-postayı daha resmi bir dille yeniden yaz.`),

  rec('chat_ar_sa', f`السلام عليكم، الفائز بجائزة السحب الأسبوعي أرسل لنا رقم الآيبان ${iban('SA85 0767 9250 7168 0933 4809')} عبر واتساب. هل يكفي هذا لتحويل الجائزة أم نحتاج خطاباً من البنك؟ اكتب لي رداً مهذباً.`),

  rec('chat_he', f`היי, צריך להחזיר למוזיאון בחיפה את דמי הביטוח על ההשאלה שבוטלה. החשבון שלהם: ${iban('IL69 5443 1560 1183 5735 050')}. תנסח לי מייל קצר בעברית לגזברות.`),

  rec('chat_ka', f`გამარჯობა, სადაზღვევო ანაზღაურება ტვირთის დაზიანებაზე უნდა ჩაირიცხოს ამ ანგარიშზე: ${iban('GE96 TB64 5958 8667 6021 83')}. დამიწერე მოკლე წერილი კლიენტს, რომ თანხა 5 სამუშაო დღეში ჩაირიცხება.`),

  rec('chat_az', f`Salam, süd kooperativinin üzvü Rəşad Məmmədovun yeni hesabı: ${iban('AZ78 NABZ 7614 9320 9830 9497 8802')}. Bu ay ödənişi ora köçürmək lazımdır. Mühasibatlığa qısa məktub yaz.`),

  rec('chat_uk', f`Добрий день! Переможець лотереї з Житомира просить перерахувати виграш на рахунок ${iban('UA24 7709 0482 7702 1822 0204 8294 5')}. Підготуй, будь ласка, текст підтвердження, що виграш буде виплачено після перевірки документів.`),

  rec('card_chat', f`my installer's fuel and hotel went on the company Amex ${card('3779 779270 37832')} but finance says the statement shows a different card ending 0785 — is that my old card? I think it was ${card('349773944510785')}. can you draft the expense note?`),

  rec('chat_mt', f`Bonġu, il-mużew irid iħallas lill-kompanija tal-ġarr għall-ispedizzjoni tal-iskultura. Il-kont tagħhom huwa ${iban('MT65 MALT 1540 2968 3342 5276 0766 532')}. Tista' tikteb email qasira bl-Ingliż biex nikkonferma l-ħlas?`),

  rec('chat_el', f`Γεια σας, ο παραλήπτης του φορτίου στον Πειραιά ζητά η αποζημίωση να πάει στον λογαριασμό ${iban('GR72 7491 0050 6087 6301 8309 252')}. Μπορείς να γράψεις μια επιστολή διακανονισμού στα αγγλικά;`),

  rec('chat_hu', f`Szia! A tejszövetkezet egyik gazdája, Kiss Gábor új számlát adott meg: ${iban('HU68 9804 8639 3366 1881 8345 0030')}. Írnál egy rövid értesítést a könyvelésnek, hogy januártól erre utaljanak? Elérhetőség: ${phone('+36 20 706 1914')}.`),

  rec('payment_json', f`${cfg(f`{
  "claimId": "CRG-2024-1182",
  "payee": "Kestrel Logistics Ltd",
  "amount": { "value": 84210.55, "currency": "GBP" },
  "account": { "iban": "${iban('GB49NWBK87352239554730')}", "bic": "${bic('NWBKGB2L')}" },
  "approvedBy": "claims-lead-2"
}`)}
The bank API rejects it with "invalid creditor agent". Is the BIC format wrong for a GB IBAN?`),

  rec('chat_ro', f`Bună, un câștigător de la loto a plătit taxa de procesare cu cardul ${card('5309 9808 0615 6758')} de două ori. Trebuie să-i returnăm 40 lei. Îmi scrii un mesaj de scuze?`),

  rec('chat_kk', f`Сәлеметсіз бе! Сүт кооперативіне мүше фермер Айгүл Сәрсенбаева жаңа шот берді: ${iban('KZ73 984K ZT00 9110 4746')}. Бухгалтерияға қысқа хат жазып бересіз бе?`),

  rec('chat_en', f`Hi, the museum in Ljubljana still owes us the insurance costs for the cancelled loan. Their account: ${iban('SI79 7124 6150 5233 050')}. Write me a short, friendly reminder.`),
];

function cfg(body: ReturnType<typeof f>) {
  return amb('source_code.snippet', body);
}

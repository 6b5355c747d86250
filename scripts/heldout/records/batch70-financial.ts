/**
 * Held-out batch 70: card numbers, IBANs, BIC and routing numbers in refund chats, donation
 * letters, clinic invoices, freight supplier mails and CSV exports, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH70_FINANCIAL: DraftRecord[] = [
  rec('chat_en', f`Customer on live chat (Vestora returns, Manchester hub) says her original card was cancelled after a fraud alert and asks us to refund the £84.50 for the returned coat to her new card instead: ${card('4921 8307 5561 2940')}, exp 11/28, name Megan Hartley. Our policy is refunds only to the original payment method. Can you write a kind reply that explains this and tells her what happens with a cancelled card?`),

  rec('letter_de', f`Bitte formuliere ein Dankesschreiben für eine neue Dauerspende an unsere Wärmestube (Herberge zum Guten Hirten, Caritas-Pfarrverband Nürnberg-Süd). Daten aus dem SEPA-Mandat:

Spender: Herr Konrad Wellhöfer
Betrag: 25,00 € monatlich, zum 1.
IBAN: ${iban('DE20 5001 0517 0648 2139 75')}
BIC: ${bic('INGDDEFFXXX')}
Mandatsreferenz: HGH-2025-0317

Im Brief bitte die IBAN nur gekürzt nennen (letzte 4 Stellen) und die Zuwendungsbestätigung für Januar ankündigen.`),

  rec('chat_fr', f`Une patiente (FIV, cycle en cours à notre centre de Lyon) veut régler le solde de 2 340 € en trois fois avec sa carte American Express ${card('3782 910465 53185')}. Notre TPE n'accepte pas le paiement fractionné Amex. Peux-tu rédiger une réponse polie qui propose un virement ou un paiement en trois chèques ?`),

  rec('email_it', f`Buongiorno, potete aiutarmi a controllare questa comunicazione prima di registrare il nuovo fornitore? Sembra a posto ma l'ufficio acquisti vuole una seconda lettura.

Oggetto: Coordinate bancarie – Officina Carri Ferroviari Bassa Padana srl
Gentili signori, per le fatture relative alla revisione dei carri Sgns vi chiediamo di utilizzare il seguente conto:
IBAN ${iban('IT12 X030 6909 6061 0000 0174 829')}
BIC ${bic('BCITITMM')}
Intestato a: Officina Carri Ferroviari Bassa Padana srl

Cordiali saluti, Amministrazione`),

  rec('chat_es', f`Hola, una clienta devolvió un vestido pagado contra reembolso, así que no tenemos tarjeta a la que devolver el dinero. Nos ha mandado su cuenta: ${iban('ES91 2100 0418 4502 0005 1332')} a nombre de Rocío Anglada Ferrer. ¿Me redactas el correo de confirmación del reembolso de 59,95 € por transferencia en 3-5 días hábiles?`),

  rec('chat_ca', f`Bon dia! A la Llar Sant Josep hem rebut una transferència de 500 € sense concepte des del compte ${iban('ES76 0081 0216 7100 0188 3947')}. Creiem que és d'una família de la parròquia però no en sabem el nom. Em pots ajudar a redactar un missatge per al full parroquial demanant a qui ha fet el donatiu que ens contacti per enviar-li el certificat fiscal?`),

  rec('invoice_pt', f`Fatura n.º NF-LIS/2025/0412 – Natalis Fertilidade, Lisboa
Descrição: Ciclo FIV com ICSI + criopreservação (2 embriões)
Total: 4 870,00 €
Pagamento por transferência para:
IBAN ${iban('PT63 0035 0697 0063 8294 7154 3')}
BIC/SWIFT ${bic('CGDIPTPL')}
Dúvidas: ${phone('+351 912 483 706')} (Contabilidade)

Podes reescrever isto num email simpático para a paciente a lembrar que o prazo é dia 15?`),

  rec('chat_nl', f`Goedemiddag, een bezoeker heeft twee keer betaald voor een kampeervergunning in het Nationaal Park (reservering KV-2025-18833). We willen €42,00 terugstorten op ${iban('NL89 RABO 0318 2749 50')} t.n.v. J. van den Broek. Kun je een korte, vriendelijke mail in het Nederlands opstellen met excuses en de verwachte termijn?`),

  rec('csv_pl', f`Sprawdź proszę, czy w tym zestawieniu zwrotów nie ma duplikatów przed wysłaniem paczki przelewów do banku:

${amb('source_code.snippet', f`nr_zwrotu;klient;kwota;rachunek
ZW-77120;Agnieszka Wróbel;129,99;${iban('PL61 1090 1014 0000 0712 1981 2874')}
ZW-77121;Tomasz Lis;89,00;PL27 1140 2004 0000 3702 7519 3811
ZW-77123;Agnieszka Wróbel;129,99;${iban('PL61 1090 1014 0000 0712 1981 2874')}`)}

Drugi wiersz bank odrzucił jako błędny numer – możesz zgadnąć, gdzie jest literówka?`, 'the second account is a mistyped number with a failing check: unlabelled'),

  rec('email_cs', f`Ahoj, přišel nám tenhle e-mail od dodavatele brzdových špalíků. Zní mi to podezřele, můžeš mi pomoct sepsat, co ověřit, než změníme účet v systému?

"Vážení obchodní partneři, z důvodu auditu jsme změnili bankovní spojení. Platby za faktury od 1. 3. 2025 zasílejte výhradně na účet ${iban('CZ75 0800 0000 1948 2736 1054')}, SWIFT ${bic('GIBACZPX')}. Původní účet u KB již nepoužívejte. Změnu prosím nepotvrzujte telefonicky, náš obchodník je na dovolené."`),

  rec('chat_ro', f`Bună, sunt voluntară la Adăpostul „Sfântul Nicolae” (parohia din Cluj). O doamnă vrea să doneze lunar 100 lei și mi-a dat datele ei: IBAN ${iban('RO51 BTRL RONC RT02 9471 8301')}, titular Elena Mureșan. Cum formulez un mandat de debitare directă simplu, în română, ca să-l semneze?`),

  rec('chat_tr', f`Merhaba, İstanbul kliniğimizde tüp bebek tedavisi için ön ödeme alıyoruz. Bir hasta Troy kartı ${card('9792 0481 7365 0229')} ile 45.000 TL'yi 6 taksitle ödemek istiyor ama POS taksit seçeneği göstermiyor. Alternatif olarak havale bilgilerimizi gönderebilir miyim? IBAN: ${iban('TR73 0006 2000 0062 9384 7102 85')}. Hastaya Türkçe, nazik bir mesaj yazar mısın?`),

  rec('chat_ru', f`Помоги составить служебную записку: машинист Селезнёв оплатил гостиницу в Тайшете личной картой «Мир» ${card('2200 4107 3826 5193')}, потому что корпоративная карта не прошла. Сумма 6 800 ₽. Нужно компенсировать ему расходы, реквизиты для перечисления он пришлёт отдельно.`),

  rec('email_uk', f`Добрий день! Підготуй, будь ласка, лист-підтвердження для постачальника запчастин для вагонів-цистерн. Реквізити з їхнього рахунку:
ТОВ «Вагонсервіс-Південь»
IBAN ${iban('UA57 3220 0100 0002 6007 2335 6600 1')}
ЄДРПОУ 41827305
Сума до сплати: 284 600,00 грн з ПДВ
Лист має бути коротким і офіційним.`),

  rec('chat_hi', f`मैडम, मरीज़ ने IVF के दूसरे चरण का भुगतान RuPay कार्ड ${card('6521 8304 9172 6359')} से किया था लेकिन पैसा दो बार कट गया (₹1,45,000 × 2)। बैंक से रिफंड के लिए एक आवेदन पत्र हिंदी में लिख दीजिए, जिसमें ट्रांज़ैक्शन की तारीख 03/03/2025 और क्लिनिक का नाम नेटालिस फर्टिलिटी, पुणे हो।`),

  rec('chat_zh', f`顾客退了一件大衣（订单 VS-CN-2025-008812），原来用银联卡 ${card('6214 8309 1756 2048 373')} 付款，但卡已经注销了。她问能不能退到支付宝。我们政策是原路退回。请帮我写一段客气的中文回复，说明银行会怎么处理注销卡的退款。`),

  rec('csv_da', f`Kan du lave en kort opsummering af refusioner pr. betalingsmetode fra denne eksport? (Vestora returcenter, Kolding)

${amb('source_code.snippet', f`retur_id,dato,beløb_dkk,metode,konto
R-55012,2025-03-03,449.00,dankort,${card('5019 4837 2016 5832')}
R-55013,2025-03-03,1199.00,bankoverførsel,${iban('DK49 5301 0289 3746 12')}
R-55014,2025-03-04,299.00,mobilepay,${phone('+45 20 48 29 17')}
R-55015,2025-03-04,650.00,visa,**** **** **** 7741`)}

Dankort-nummeret burde have været maskeret i eksporten, ikke?`),

  rec('email_en', f`Hi, could you check this wire instruction before I send it to accounts? Our clinic in Galway imports donor sperm from a US bank and they changed their payment details.

Beneficiary: Pacific Cryobank Services LLC
Bank: First Harbor Bank, Portland OR
ABA routing: ${v('financial.aba_routing', '311074628')}
Account: ${ambCat('financial', '4829173650')}
SWIFT (for international wires): ${bic('FHBKUS44')}
Amount: USD 3,450.00 — invoice PCS-88213

Is it normal to have both ABA and SWIFT on the same instruction?`),

  rec('chat_sv', f`Hej! En besökare vill ha tillbaka pengarna för en avbokad guidad tur i nationalparken (1 200 kr). Hon har gett oss IBAN ${iban('SE93 5000 0000 0583 9201 7465')} men vår ekonomiavdelning vill hellre ha clearing- och kontonummer. Kan du skriva ett kort svar på svenska där vi ber om det? Hon betalade med Swish, men Swish-återbetalningar över 1 000 kr går inte hos oss.`),

  rec('table_lt_lv', f`Sulyginkite šias dvi mokėjimo eilutes su sąskaitomis (vagonų remonto tiekėjai Lietuvoje ir Latvijoje) ir parašykite, kuri suma nesutampa:

${amb('source_code.snippet', f`Tiekėjas\tIBAN\tSąskaita\tSuma EUR
UAB „Vagonų ratai“\t${iban('LT15 7300 0100 8291 6453')}\tVR-2025-114\t18 420,00
SIA „Dzelzceļa serviss“\t${iban('LV26 HABA 0551 0382 9476 1')}\tDS-0931\t7 905,50`)}

Latvių sąskaitoje suma 7 950,50.`),

  rec('chat_ka', f`გამარჯობა, თავშესაფრის "სახლი ყველასთვის" სახელით შემოწირულობების გვერდისთვის მჭირდება ტექსტი ქართულად. ჩვენი ანგარიში: ${iban('GE26 TB71 9483 6052 8174 63')}, თიბისი ბანკი. გთხოვ დაწერე მოკლე და გულწრფელი მოწოდება ზამთრის თბილი ტანსაცმლისა და საკვებისთვის.`),

  rec('chat_kk', f`Сәлеметсіз бе! Вагон жөндеу бойынша серіктеске төлем жіберуім керек. Олар берген деректер: БСН 180540012837, ЖСК ${iban('KZ38 125K ZT50 0410 0382')}, БСК ${bic('HSBKKZKX')}. Төлем мақсатын қазақ және орыс тілдерінде қысқа жазып беріңізші: «Шот-фактура №447, вагон дөңгелек жұптарын жөндеу».`),

  rec('email_bg', f`Здравейте, благодарим Ви, че решихте да подкрепите приюта за бездомни към храм „Св. Георги“. Дарения можете да превеждате по сметка:
IBAN: ${iban('BG56 UNCR 7000 1521 9384 71')}
BIC: ${bic('UNCRBGSF')}
Основание: „Дарение за топъл обяд“

Можеш ли да направиш текста по-топъл и да добавиш изречение за доброволците?`),

  rec('chat_ar', f`عسلامة، جمعية "بيت الرحمة" للمشردين في تونس العاصمة تحب تحط معلومات التبرع في صفحة الفيسبوك. الحساب: ${iban('TN59 1000 6035 1835 9847 8831')}. اكتبلي نص قصير بالعربية وبالفرنسية يشكر المتبرعين ويشرح أنو التبرعات تمشي للأكل والغطاء في الشتاء.`),
];

/**
 * Held-out batch 68: card numbers, IBANs, routing numbers and bank codes in invoices, refund
 * requests, payout exports and wire instructions, in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH68_FINANCIAL: DraftRecord[] = [
  rec('email_fi', f`Hei Sari,

Polaris ColdChain Oy:n lasku 2024-1187 (kylmäkuljetus HEL→OUL, 14 rullakkoa rokotteita, +2…+8 °C) erääntyy 12.12.2024.
Maksu tilille ${iban('FI69 4573 0010 7829 31')}, BIC ${bic('OKOYFIHH')}, viite 11870 24.

Voitko tarkistaa, että viitenumero on oikein muodostettu ennen kuin lähetän tämän asiakkaalle?

t. Juho`),

  rec('chat_sk', f`Dobrý deň, zákazník žiada vrátenie zálohy 300 € za prenájom auta v Bratislave (rez. DL-BTS-58213). Poslal IBAN ${iban('SK05 7500 0000 0040 1827 3941')}. Napíš mu prosím odpoveď, že peniaze prídu do 5 pracovných dní a že škoda na nárazníku nebola zistená.`),

  rec('chat_hu', f`Kérlek, fogalmazd meg angolul a letétkezelő felé az átutalási megbízást:
Ügyfél: Kovács-Szabó Family Office
Összeg: 250 000 EUR
Kedvezményezett számla: ${iban('HU54 1040 0030 0148 5629 0371 0000')}
BIC: ${bic('OKHBHUHB')}
Közlemény: „Capital call – Fund IV”
Értéknap: december 3.`),

  rec('chat_ro', f`Furnizorul de combustibil pentru GPU-uri ne-a trimis factura cu un IBAN nou: ${iban('RO55 RZBR 0000 0600 1847 3926')} (Raiffeisen). Vechiul era ${iban('RO22BTRL0640120948371021')}. Mi se pare suspect, schimbarea a venit pe mail vineri seara. Scrie-mi un mail prin care cer confirmare telefonică înainte să plătim.`),

  rec('chat_bg', f`Пациентка иска да плати пакета от 10 терапевтични сесии с карта по телефона и ми продиктува: ${card('4557 0192 8374 6104')}, валидна до 09/27. Как да ѝ обясня учтиво, че не приемаме плащания по телефона и трябва да използва линка за плащане? Номера вече го зачеркнах от тетрадката.`),

  rec('chat_sr_cyrl', f`Клијент из Београда тражи да му пребацимо дивиденду на рачун у Србији:
IBAN: ${iban('RS72 1700 0300 1847 3910 67')}
SWIFT: ${bic('KOBBRSBG')}
Износ: 18.400 CHF
Напиши потврду налога на српском, званично, са напоменом да је курс обрачунат на дан извршења.`),

  rec('chat_hr', f`Kupac iz Splita je na pultu ostavio karticu za depozit: Mastercard ${card('5439 1720 4837 1626')}, vrijedi do 11/26. Sustav odbija autorizaciju od 500 €. Kako da mu objasnim da je problem vjerojatno dnevni limit na kartici, a ne kod nas?`),

  rec('csv_pl', f`Sprawdź proszę, czy sumy się zgadzają z zestawieniem z banku (razem powinno być 41 210,50 zł):

${amb('source_code.snippet', f`przewoznik;iban;kwota_pln;trasa
TransChłód Sp. z o.o.;${iban('PL95 1020 5558 1111 1639 2746 0081')};18 450,00;POZ-WAW
Mroźny Szlak s.c.;${iban('PL14114020040000330248197356')};7 920,50;GDN-KTW
Frigo-Bus Lublin;${iban('PL17 2490 0007 6012 9384 7165 0321')};14 840,00;LUZ-RZE`)}`),

  rec('chat_cs', f`Hráč píše, že mu byla dvakrát stržena platba za Battle Pass. Poslal číslo karty ${card('4147 2098 3716 2489')} (!!) a screenshot výpisu. Napiš mu česky odpověď, ať nám nikdy neposílá celé číslo karty a že refundaci řešíme přes Steam podporu.`),

  rec('chat_tr', f`Müşteri rezervasyonu telefonla yaptı ve kart bilgisini söyledi: Troy ${card('9792 0318 2746 5012')}, SKT 04/27. Bunu rezervasyon notuna yazmışlar. KVKK açısından sorun var mı? Şube müdürlerine kısa bir iç yazışma taslağı hazırla.`),

  rec('chat_fa', f`سلام، یکی از مشتری‌ها می‌خواد سود سپرده‌اش رو به حساب برادرش در ایران واریز کنیم.
شماره شبا: ${ambCat('financial', 'IR690170000000218473920561834')}
شماره کارت: ${card('6037-9918-4729-3606')}
آیا با توجه به تحریم‌ها اصلاً اجازه داریم؟ یه جواب رسمی و مودبانه به انگلیسی براش بنویس.`, 'Iranian Sheba number: an IBAN, but Iran is outside the ISO registry the independent check knows; ambiguous financial span'),

  rec('chat_hi', f`नमस्ते, एक ग्राहक ने बुकिंग के लिए अपना RuPay कार्ड नंबर व्हाट्सऐप पर भेज दिया: ${card('6073 8491 7263 8404')}, expiry 02/28. उसे विनम्रता से हिंदी में जवाब लिखो कि हम कार्ड की जानकारी चैट पर नहीं लेते और पेमेंट लिंक SMS से भेजेंगे।`),

  rec('letter_it', f`Bozza di lettera al cliente, tono formale, firma del private banker:

"Gentile Dott. Ferrante, Le confermiamo l'esecuzione in data odierna del bonifico di EUR 1.200.000,00 a favore di Immobiliare Lario S.r.l., IBAN ${iban('IT04 K020 0805 3510 0010 4738 291')}, BIC ${bic('UNCRITMMXXX')}, causale «saldo rogito villa Bellagio»."

Puoi renderla più elegante?`),

  rec('csv_es', f`Pagos del programa de creadores de noviembre. ¿Me generas el resumen por país y avisas si falta algún IBAN?

${amb('source_code.snippet', f`creador,pais,iban,importe_eur
LaCuevaDeAitana,ES,${iban('ES44 0182 1604 8102 0173 8466')},1240.00
ElTíoPixel,ES,${iban('ES73 2038 1782 7160 0048 2915')},860.50
ManquitaGG,ES,,410.00
norte_speedruns,ES,${iban('ES65 0049 1500 0827 1028 3751')},2315.75`)}`),

  rec('email_nl', f`Kun je een nette mail opstellen voor een cliënt? Ze heeft per ongeluk twee keer de eigen bijdrage betaald (2 × € 95). We storten € 95 terug op ${iban('NL17 RABO 0318 7459 20')} t.n.v. M. de Wit, binnen tien werkdagen. Geen medische details in de mail graag, en niet te formeel.`),

  rec('email_sv', f`Hej, kan du skriva ett kort mejl till ekonomi:

Frysbolaget i Jönköping har bytt bank. Nytt IBAN ${iban('SE73 8000 0832 7900 0471 8265')}, BIC ${bic('SWEDSESS')}. Bankgiro ${ambCat('financial', '5621-0934')} gäller inte längre från 1 januari. Fakturorna för december ska alltså till det nya kontot.`),

  rec('chat_da', f`Kunden vil have depositum tilbage på kontoen i stedet for kortet, fordi hans Dankort ${card('5019 0184 6271 9303')} er spærret. Kontoen er ${iban('DK96 2000 0718 2936 54')}. Skriv et kort svar på dansk, der bekræfter det, og at det tager 3–5 bankdage.`),

  rec('chat_ru', f`Игрок пишет в поддержку: «Списали 1490 ₽ за набор „Зимний фестиваль“, но предметы не пришли. Карта Мир ${card('2200 3847 1920 5710')}». Составь ответ: номер карты нам не нужен, пусть пришлёт номер транзакции из магазина приложений.`),

  rec('chat_uk', f`Підрядник з Києва (прибирання салонів літаків) надіслав рахунок. Реквізити: IBAN ${iban('UA49 3052 9900 0002 6201 8473 0591 8')}, МФО 305299, ЄДРПОУ 43829171. Перевір, будь ласка, чи правильна довжина IBAN (29 символів), і напиши коротку відповідь англійською для нашого фінвідділу у Відні.`),

  rec('email_el', f`Πελάτης ζητά η συνδρομή του private banking να χρεώνεται στην κάρτα του (Visa ${card('4029 0018 4736 2917')}, λήξη 06/26) ή εναλλακτικά με πάγια εντολή από τον λογαριασμό ${iban('GR61 0172 3010 0005 2487 6391 014')}. Γράψε μου ένα email που του εξηγεί τις δύο επιλογές και τις χρεώσεις της καθεμιάς.`),

  rec('form', f`Please turn this into a wire instruction for ops, standard template:

Client: Harold J. Whitcombe (portfolio 7741-WM)
Amount: USD 840,000.00 (proceeds, sale of 2031 municipal bonds)
Beneficiary bank: Lakeshore Community Bank, Milwaukee WI
ABA routing: ${v('financial.aba_routing', '075928146')}
Account: ${ambCat('financial', '4408217736')}
Intermediary SWIFT: ${bic('LKSHUS44')}
Value date: T+2`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-19 16:42:10 [pos-airport-t1] ERROR auth declined code=05
  reservation=DL-LHR-220914 amount=GBP 1,250.00 (excess hold)
  pan=${card('376291840573829')} exp=0826 brand=AMEX entry=MANUAL`)}

franchise in London keyed the card manually, why does our log have the full number? who do I escalate to`),

  rec('email_mk', f`Фактура од добавувачот за течност за одмрзнување (de-icing), рок 15 дена. IBAN: ${iban('MK39 2107 0100 0183 729')}. Дали е точно 19 знаци? Напиши мејл до сметководството на англиски дека фактурата е проверена.`),
];

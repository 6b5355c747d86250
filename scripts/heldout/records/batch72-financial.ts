/**
 * Held-out batch 72: card numbers, IBANs, routing numbers and bank details in invoices, payment
 * instructions, chats and exports from the six organisations of the batch, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH72_FINANCIAL: DraftRecord[] = [
  rec('payment_instruction', f`Can you tidy this up into a proper payment instruction letter to the lessee? Keep all the numbers exactly as they are.

Rent due 15 February 2025 — MSN 41288 (A320-214), lessee: Alpenair AG
Amount: USD 318,500.00 (basic rent) + USD 96,240.00 (maintenance reserves, Dec usage)

Beneficiary: Aerlinq Aviation Leasing DAC, 2 Grand Canal Square, Dublin 2
Account bank: Allied Irish Banks, Dublin
IBAN: ${v('financial.iban', 'IE65 AIBK 9311 5294 0708 28')}
SWIFT: ${amb('financial.swift_bic', 'AIBKIE2D')}
USD correspondent: Hudson Meridian Bank, New York — SWIFT ${amb('financial.swift_bic', 'HUMEUS33')}, ABA ${v('financial.aba_routing', '020954330')}
Reference: AER-41288-RENT-0225

Payments must be made without set-off or deduction, as per clause 5.4 of the lease.`),

  rec('invoice_de', f`Kannst du mir aus diesen Angaben einen freundlichen Zahlungserinnerungstext an die Praxis machen? Die Rechnung ist seit 3 Wochen offen.

Rechnung Nr. DL-2024-11873 vom 12.12.2024
Praxis Dr. med. dent. Sabine Oberholzer, Regensburg
Leistung: 2× Zirkon-Krone vollanatomisch (Zahn 36, 37), 1× Implantat-Abutment individuell
Betrag: 1.184,60 € inkl. 7 % MwSt.

Bitte überweisen auf:
Lumadent Dentallabor GmbH
IBAN ${v('financial.iban', 'DE24 5001 0517 5715 3096 03')}
BIC ${amb('financial.swift_bic', 'INGDDEFFXXX')}
Verwendungszweck: DL-2024-11873`),

  rec('email_fr', f`Bonjour,

Peux-tu reformuler ce courriel pour qu'il soit plus clair pour Mme Lemaire ? Elle ne parle pas très bien français.

« Madame, suite à la commission d'aide facultative du 9 janvier, une aide exceptionnelle de 450 € pour le paiement de votre facture d'énergie a été accordée. Le virement sera effectué sous 10 jours sur le compte que vous nous avez communiqué :
Titulaire : LEMAIRE Joanna
IBAN : ${v('financial.iban', 'FR54 3000 4008 2112 4082 6897 747')}
Pour toute question, contactez votre travailleuse sociale au ${phone('01 42 68 39 17', 'FR')}. »

Merci !`),

  rec('chat_es', f`Hola, el proveedor de pilares de implantes nos pide pagar el pedido urgente por teléfono porque la transferencia no llega a tiempo. ¿Es seguro darle la tarjeta de empresa por teléfono? Es la Visa ${v('financial.payment_card', '4175 8225 9621 5242')}, caduca 06/27. El pedido son 1.870 € y lo necesitamos para el lunes, el laboratorio de Valencia tiene tres casos parados.`),

  rec('invoice_it', f`Mi controlli la fattura prima che la mandi al locatario? Soprattutto le coordinate bancarie, l'anno scorso c'è stato un errore.

FATTURA N. 2025/0007 — Riserve di manutenzione, dicembre 2024
Aeromobile: ATR 72-600, MSN 1412, locatario: Aliscafo Regional S.p.A.
Ore volo: 268,5 × 145,00 USD = 38.932,50 USD
Cicli: 301 × 88,00 USD = 26.488,00 USD
Totale: 65.420,50 USD

Coordinate bancarie:
IBAN ${v('financial.iban', 'IT27X0306909606409232164773')}
SWIFT/BIC ${amb('financial.swift_bic', 'BCITITMM')}
Intestatario: Aerlinq Italia S.r.l.`),

  rec('email_nl', f`Goedemiddag,

Kunt u deze betalingsbevestiging voor mij in het Engels vertalen? De ouders wonen in Dubai.

"Beste familie Al-Mansouri, wij hebben de betaling van het schoolgeld en de internaatskosten voor het tweede trimester (€ 14.850,-) ontvangen. Voor het derde trimester verzoeken wij u het bedrag vóór 1 april over te maken op rekening ${v('financial.iban', 'NL15 RABO 0331 7500 67')} t.n.v. Stichting Internaat Veluwerand, onder vermelding van leerlingnummer 24-0318."

Met vriendelijke groet,
Administratie`),

  rec('chat_cs', f`Zákazník (výroba nábytku, 40 licencí) chce roční předplatné zaplatit převodem místo kartou. Můžeš mi napsat odpověď česky, že to jde, s těmito údaji? Číslo účtu v IBAN: ${v('financial.iban', 'CZ96 0800 0000 1956 5690 4385')}, variabilní symbol = číslo faktury 2025-0031, splatnost 14 dní. A ať uvedou v poznámce název firmy.`),

  rec('chat_ro', f`Bună, un client (firmă de transport) zice că a plătit taxa de staționare pentru două containere, dar la noi nu apare. Mi-a trimis dovada: plătit din contul ${v('financial.iban', 'RO02 BTRL 0130 4743 2831 9523')}, suma 2.340 lei, 14.01.2025. Cum formulez un răspuns politicos că verificăm cu banca? Vreau să nu sune ca o acuzație.`),

  rec('chat_tr', f`Merhaba, kiracı havayolunun muhasebesine bakım rezervi ödemesi için hesap bilgilerimizi göndermem gerekiyor. IBAN: ${v('financial.iban', 'TR76 0006 2014 9530 0030 5971 52')} (USD hesap). Ayrıca teknik temsilcimizin İstanbul'daki otel rezervasyonunu şirket kartıyla yaptım: Troy ${v('financial.payment_card', '9792 1373 9709 8693')}. Bu ikisini aynı e-postada göndermek doğru mu? Resmi bir e-posta taslağı yazar mısın?`),

  rec('email_el', f`Καλησπέρα, μπορείς να κάνεις πιο ευγενικό αυτό το μήνυμα προς τον οδοντίατρο;

"Κύριε Παπαδόπουλε, η εργασία (2 όψεις πορσελάνης και 1 γέφυρα) είναι έτοιμη από την Τρίτη. Για να σταλεί με courier χρειαζόμαστε την εξόφληση των 640 €. Λογαριασμός: ${v('financial.iban', 'GR60 0110 1254 9291 8399 5028 741')}, Εθνική Τράπεζα, δικαιούχος Οδοντοτεχνικό Εργαστήριο Λουμαντέντ."`),

  rec('form', f`New vendor onboarding — please check nothing is missing before I send it to AP.

Vendor: Pinecrest Translation Services LLC (support docs localisation)
Remit-to: 1400 N Halsted St, Chicago IL 60642
Bank: Lakeshore Community Bank
Routing (ABA): ${v('financial.aba_routing', '070863837')}
Account #: ${ambCat('financial', '8827419305')}
Account type: business checking
Payment terms: Net 30, ACH only
Tax form: W-9 on file`),

  rec('chat_pt_br', f`Oi, um cliente de Curitiba não consegue renovar a assinatura anual do plano Growth, o cartão é recusado. Ele me mandou no chat: Elo ${v('financial.payment_card', '6362 9795 7602 2416')}, validade 11/26. Posso processar manualmente pelo painel? E como eu respondo pedindo pra ele não mandar o número do cartão por chat da próxima vez, sem parecer grosseiro?`),

  rec('chat_zh', f`你好，我是国际部的家长联络老师。有位家长用银联卡交了寄宿费，但学校的 POS 显示交易失败，钱却被扣了。卡号 ${v('financial.payment_card', '6217 0040 2498 4589 382')}，金额 ¥38,600。请帮我写一封中英文的邮件给财务处，请他们查一下这笔交易并安排退款或补登记。`),

  rec('chat_ru', f`Коллеги, экспедитор хочет оплатить хранение трёх рефконтейнеров картой прямо в кассе терминала, но терминал не принимает. Карта Мир ${v('financial.payment_card', '2202 2003 3272 3384')}, сумма 86 400 руб. Помоги составить письмо в банк-эквайер: почему отклоняются карты Мир на нашем POS-терминале?`),

  rec('chat_hi', f`नमस्ते, एक ग्राहक ने हमारे SaaS का वार्षिक प्लान खरीदने के लिए अपना RuPay कार्ड ${v('financial.payment_card', '6521 8440 6649 5852')} सपोर्ट चैट में भेज दिया है क्योंकि checkout पेज पर RuPay का विकल्प नहीं दिख रहा। कृपया एक विनम्र जवाब लिखें कि हम चैट में कार्ड नंबर स्वीकार नहीं करते और UPI या नेट बैंकिंग का लिंक भेज रहे हैं।`),

  rec('chat_he', f`שלום, החוכר הישראלי ביקש לשנות את חשבון הבנק שממנו ישולמו דמי החכירה. החשבון החדש: ${v('financial.iban', 'IL71 0108 0034 7709 5200 981')}. לפני שאנחנו מעדכנים במערכת, תנסח לי בבקשה מייל באנגלית שמבקש אישור חתום של המנכ"ל ואישור טלפוני, כי זה בדיוק סוג הבקשה שמגיע בהונאות.`),

  rec('chat_ar_tn', f`عسلامة، شركة الترانزيت حبت تخلص فاتورة الخزن (storage) متاع الكونتينارات بالفيرمون بنكي. حضرتلهم هالمعطيات: RIB/IBAN متاع الميناء ${v('financial.iban', 'TN59 1000 6493 5789 0521 0239')}، المبلغ 4.720,000 دينار، المرجع FAC-TRS-2025-088. تنجم تكتبلي إيميل رسمي بالفرنساوي فيه هالمعلومات؟`),

  rec('chat_uk', f`Добрий день! Батьки учня з Києва хочуть повернення залишку передоплати за пансіон (1 240 €) на український рахунок. Вони надіслали: IBAN ${v('financial.iban', 'UA85 3052 9967 2674 0441 4268 0760 5')}, отримувач Бондаренко Олег Миколайович. Напиши, будь ласка, лист англійською для нашої бухгалтерії, що треба зробити SWIFT-переказ і хто платить комісію.`),

  rec('chat', f`Good morning. A parent paid the boarding fee deposit at the bursary with his Verve card ${v('financial.payment_card', '5061 0462 9944 2086 246')} but the POS printed "declined" after debiting him. He wants a refund to his GTBank account ${ambCat('financial', '0148273651')} instead. Please help me draft a short, polite reply promising a refund within 5 working days, and a note to our bursar explaining what happened.`),

  rec('csv_et', f`Tere! Palun koosta sellest maksefail (SEPA pain.001), maksed tuleb teha reedel. Need on meie Balti hambalaborite tarnijad:

${amb('source_code.snippet', f`saaja;riik;IBAN;summa_EUR;selgitus
Dentalmed d.o.o.;SI;${v('financial.iban', 'SI83 0201 0398 5122 163')};2 140,00;arve 2025-114
UAB Ortodentas;LT;${v('financial.iban', 'LT807300019274407624')};860,50;arve OD-0093
SIA Zobu Tehnika;LV;${v('financial.iban', 'LV23 HABA 0551 3571 5612 5')};1 305,20;rēķins 25/017
Hambatarvik OÜ;EE;${v('financial.iban', 'EE792200146052491177')};412,80;arve 318`)}

Maksja konto on sama mis eelmine kord.`),

  rec('chat_no', f`Hei, kan du sette opp en tabell over utbetalingene til underleverandørene for reefer-reparasjoner i januar? Norsk leverandør: ${v('financial.iban', 'NO78 1503 6220 739')} (42 800 kr), svensk: ${v('financial.iban', 'SE62 5000 0000 6420 9655 4791')} (31 500 SEK), dansk: ${v('financial.iban', 'DK88 3000 0272 2228 90')} (18 900 DKK). Og lag en kolonne for omregnet beløp i NOK med dagens kurs som tom plass.`),

  rec('chat_bg', f`Здравей, клиент от Пловдив (верига аптеки, 25 потребители) иска да плати годишния абонамент по банков път в левове. Нашата сметка в България е ${v('financial.iban', 'BG94 UNCR 7000 1528 9738 76')}. Напиши ми кратък отговор на български с тези данни и с напомняне да посочат номера на фактурата QS-BG-2025-004 в основанието.`),

  rec('invoice_de_ch', f`Bitte formuliere den Begleittext zur Semesterrechnung etwas wärmer, das Original klingt wie eine Mahnung:

Internat Schloss Wartensee – Rechnung 2. Semester 2024/25
Schüler: Leon Aebischer (Klasse 10b, Haus Säntis)
Schulgeld CHF 19'400.–, Internat CHF 14'250.–, Skilager CHF 680.–
Total CHF 34'330.–, zahlbar bis 28.02.2025
Konto: ${v('financial.iban', 'CH35 0076 2639 0628 4217 0')}, Schulstiftung Wartensee, St. Gallen`),
];

/**
 * Held-out batch 111: card numbers, IBANs and routing numbers in credit-control mails, premium and
 * claim remittances, tow-release payments, foster-carer allowances and app-agency invoices. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH111_FINANCIAL: DraftRecord[] = [
  rec('email_en_gb', f`Can you tidy this up before I send it? Customer is a farm co-op in Herefordshire, 3 invoices overdue.

"Dear Mr Price,
Our records show invoices INV-24-08813, INV-24-08902 and INV-24-09117 (ammonium nitrate 34.5% N, 3 × 28 t) remain unpaid, total £31,407.60. Please remit to Verdaflor Agri Ltd, ${iban('GB58 BARC 2071 4583 9274 61')}, BIC ${bic('BARCGB22')}, quoting your account number WYE-0417.
If payment has already been made please ignore this letter.
Regards, Credit Control"`),

  rec('chat_de', f`Hilf mir bitte beim SEPA-Lastschriftmandat für einen neuen Landhandel-Kunden. Er hat mir folgendes geschickt:
Kontoinhaber: Agrarhandel Meinecke GmbH & Co. KG
IBAN: ${iban('DE47500105178294630175')}
Mandatsreferenz: VDF-LS-20241107-033
Formuliere die Vorabankündigung (Pre-Notification) für die erste Abbuchung über 18.240,00 € am 15.11.`),

  rec('email_fr', f`Objet : Relance – facture FAC-2024-3381 (engrais NPK 15-15-15)

Madame, Monsieur,
Sauf erreur de notre part, la facture FAC-2024-3381 d'un montant de 9 876,40 € TTC, échue le 30/09, reste impayée. Nous vous remercions de bien vouloir procéder au règlement par virement sur le compte ${iban('FR85 3000 4028 3700 0194 7283 165')}.

Peux-tu rendre ce courrier un peu plus ferme, c'est la deuxième relance ?`),

  rec('chat_pl', f`Klient (gospodarstwo rolne) twierdzi, że zapłacił za dostawę saletry, ale przelew nie przyszedł. Podał mi potwierdzenie:
Z rachunku: ${iban('PL16 1020 4781 0000 3502 1938 4761')}
Kwota: 27 450,00 PLN, tytuł: FV/2024/10/1187
Napisz grzecznego maila z prośbą o potwierdzenie z banku, bo u nas wpływu brak.`),

  rec('csv_collections', f`Sort these by days overdue and draft a one-line action for each:

${amb('source_code.snippet', f`customer;country;iban;balance_eur;days_overdue
Agro Dunav d.o.o.;RS;${iban('RS16160005380019384726')};12410.00;47
Zemědělské družstvo Velká Bíteš;CZ;${iban('CZ9703000000002938471625')};8 930.50;63
Gazdaság Kft.;HU;${iban('HU92107000249384726100000000')};21 004.00;18
Ferma Brâncoveanu SRL;RO;${iban('RO57BTRL01301202938475XX')};5 117.25;92`)}`),

  rec('chat_pt_br', f`Oi, uma paciente quer parcelar o aparelho auditivo (R$ 14.800) em 10x no cartão e mandou os dados pelo WhatsApp da clínica: cartão ${card('5182 7364 9105 3821')}, validade 06/28. Como eu explico para ela, com educação, que não podemos receber cartão por WhatsApp e que ela precisa vir pagar na maquininha?`),

  rec('form_us', f`Direct deposit form for a new tow-truck operator — can you check I filled it in right before I send it to payroll?

Employee: Marcus T. Delgado
Bank: First Midwest Community Bank
Routing (ABA): ${v('financial.aba_routing', '311074916')}
Account: ${ambCat('financial', '4470193825')}
Account type: Checking
Start: 11/04/2024, Yard 3 night shift`),

  rec('chat_es_co', f`Buenas, un señor llamó para sacar su carro de los patios de la grúa y quiere pagar por teléfono. Me dictó la Mastercard ${card('5548 3920 1746 2853')} vence 09/27. ¿Me ayudas a redactar el mensaje explicando que el pago de la liberación del vehículo solo se hace en el portal o en taquilla?`),

  rec('chat_tr', f`Merhaba, İstanbul'daki cedent şirket deprem XL programının ilk taksit primini yatırdı ama tutar eksik görünüyor. Dekonttaki bilgiler:
Gönderen IBAN: ${iban('TR67 0001 2009 3847 1625 0394 81')}
Tutar: 1.284.500,00 USD (beklenen 1.300.000,00)
Kesinti sebebini soran kibar bir İngilizce e-posta yazar mısın?`),

  rec('email_ar', f`الرجاء ترجمة هذه الرسالة إلى الإنجليزية:
السادة الكرام، نود إعلامكم بأنه تم اعتماد مطالبة السيول رقم CLM-SA-2024-0071، وسيتم تحويل حصة معيدي التأمين البالغة 3,750,000 ريال إلى حساب الشركة المسندة:
رقم الآيبان: ${iban('SA32 1000 0028 4719 3650 2817')}
رمز السويفت: ${bic('NCBKSAJE')}
مع خالص التحيات، قسم المطالبات`),

  rec('chat_ja', f`Apple Developer Programの年会費の更新で、会社のJCBカード ${card('3530 1184 7293 0513')} が「カードが拒否されました」になります。有効期限は2027年3月です。Appleのサポートに送る英語の問い合わせ文を作ってください。`),

  rec('chat_zh_tw', f`客戶（一家連鎖藥局）要我們用信用卡付 App 開發第二期款 NT$ 480,000，他們的財務直接把卡號寫在 LINE 裡：${card('4024 0071 9384 6259')}，到期 11/26，末三碼另外給。請幫我寫一段回覆，請他們改用匯款或我們的付款連結，語氣要客氣。`),

  rec('chat_it', f`Ciao, devo comunicare alle famiglie affidatarie il nuovo calendario dei contributi mensili. Per una famiglia l'IBAN è cambiato: nuovo ${iban('IT71 U030 0203 2800 0084 7291 635')} (intestato a Rinaldi Paola). Scrivi una mail breve che confermi l'aggiornamento e la data del prossimo accredito (27 novembre).`),

  rec('chat_el', f`Καλησπέρα, η ανάδοχη οικογένεια Παπαδοπούλου μας έστειλε νέο λογαριασμό για το επίδομα αναδοχής: ${iban('GR70 0172 0390 0050 3928 4716 352')}. Γράψε μου ένα σύντομο email επιβεβαίωσης και υπενθύμισε ότι χρειαζόμαστε βεβαίωση της τράπεζας.`),

  rec('chat_ka', f`გამარჯობა, თბილისის სადაზღვევო კომპანიამ (cedant) მოგვწერა, რომ წყალდიდობის ზარალის ანაზღაურება ამ ანგარიშზე გადაურიცხოთ: ${iban('GE98TB7391846205739184')}. დამეხმარე ინგლისურად დავწერო წერილი, სადაც ვითხოვთ ამ რეკვიზიტების ოფიციალურ დადასტურებას ხელმოწერილი წერილით (თაღლითობის თავიდან ასაცილებლად).`),

  rec('chat_ru_kz', f`Здравствуйте! Казахстанский дистрибьютор удобрений оплатил поставку карбамида, но банк вернул платёж с пометкой "неверный бенефициар". Наши реквизиты в договоре:
IBAN: ${iban('KZ44 8560 0019 3847 2615')}
БИК: ${bic('KCJBKZKX')}
Составь, пожалуйста, письмо клиенту с просьбой повторить платёж.`),

  rec('chat_no', f`Hei! Fosterforeldrene Haugen har fått ny bankforbindelse. Gammel konto sluttet å virke 1. oktober, ny IBAN for utbetaling fra utlandet er ${iban('NO25 1503 7284 619')}. Kan du lage en kort melding til regnskap om at godtgjørelsen for oktober må betales ut på nytt?`),

  rec('chat_en_au', f`Bloke rang the depot wanting his ute back from the impound yard, read his Amex out over the phone: ${card('3792 058164 73928')}, expiry 02/27. Can you write a short script for our call-takers on what to say when people try to pay over the phone (we only take payment at the window or online)? Our yard number for callbacks is ${phone('+61 3 9482 1937')}.`),

  rec('email_ur', f`برائے مہربانی اس ای میل کو انگریزی میں ترجمہ کریں:
محترم، کھاد کی پچھلی ترسیل کا بقایا 2,450,000 روپے ہے۔ ادائیگی اس اکاؤنٹ میں کریں:
آئی بین: ${iban('PK18 HABB 0019 3847 2615 0394')}
اکاؤنٹ ٹائٹل: Verdaflor Pakistan (Pvt) Ltd
شکریہ، کریڈٹ کنٹرول`),

  rec('chat_sq', f`Përshëndetje, një klinikë logopedie në Tiranë do të paguajë licencën vjetore të softuerit tonë të terapisë. Na dërguan IBAN-in e tyre për rimbursimin e tepricës: ${iban('AL72 2021 1005 0000 0001 9283 7465')}. Më ndihmo të shkruaj një email në anglisht që konfirmon rimbursimin prej 320 €.`),

  rec('email_en_ae', f`Please make this sound more professional:

hi team, the Dubai property cat treaty premium (layer 2) came in short by AED 18,400. cedant paid from ${iban('AE15 0260 0019 3847 2615 039')}, SWIFT ${bic('EBILAEAD')}. we need the balance before 30 Nov or the layer is not bound. thanks`),

  rec('chat_en_gb', f`Foster carer Mrs Okafor says her allowance didn't arrive. She gave me her card number by mistake instead of her bank details — ${card('4539 1720 6481 3578')} — I've deleted the voicemail. Can you draft a text asking her to send sort code and account number through the secure portal instead, and not to share card numbers with us?`),
];

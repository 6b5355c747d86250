/**
 * Held-out batch 58: card numbers, IBANs and bank details from hotel reservations, rescue
 * invoices, mill suppliers, claim payouts, lab purchasing and esports prize payouts. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH58_FINANCIAL: DraftRecord[] = [
  rec('chat_de', f`Der Gast hat für die Garantie der Panorama-Suite seine Kreditkarte telefonisch durchgegeben: Visa ${v('financial.payment_card', '4280 4573 3203 8384')}, gültig bis 09/27, Karteninhaber Dr. Matthias Reuter. Formuliere bitte eine kurze Bestätigungsmail für Anreise am 27.12., in der die Kartennummer nur maskiert vorkommt.`),

  rec('note', f`Can you turn my phone notes into a proper receipt email? Keep it short.

Rescue flight invoice RF-24-0871 (non-member, winch extraction Mt Bogong, 9 Nov)
Paid by phone 14/11, Amex ${v('financial.payment_card', '3705 737926 50424')} exp 03/28, name on card: Liam J. Gallagher
Amount AUD 8,940.00 incl. GST
Payer mobile ${phone('0438 217 650', 'AU')}`),

  rec('note_ar', f`الرجاء ترجمة ملاحظة الحجز هذه إلى الإنجليزية لفريق الاستقبال الليلي:
الضيف: سعادة خالد المنصوري، جناح رويال ٤٠٢، من ٢٨ ديسمبر إلى ٣ يناير
ضمان الحجز: بطاقة ماستركارد ${v('financial.payment_card', '5131975882909306')} تنتهي ١١/٢٦، الرمز ${ambCat('financial', '418')}
يرجى عدم خصم أي مبلغ قبل وصول الضيف.`),

  rec('fax_ja', f`FAXで届いた予約依頼を英語に訳してください。
────────
ご宿泊者：山本 美咲 様（2名）
ご宿泊日：2025年1月3日〜1月5日\u3000和洋室
クレジットカード：JCB ${v('financial.payment_card', '3528-2175-4585-6707')}\u3000有効期限 04/29
ご要望：記念日のため、ケーキの手配をお願いします。
────────`),

  rec('chat_zh', f`客人用银联卡预付了春节套餐，但退款被退回了。卡号 ${v('financial.payment_card', '6221 2451 7109 0849 753')}，持卡人 陈思远，金额 ¥12,800。请帮我写一封中英文的说明邮件给财务，请他们重新发起退款。`),

  rec('email_tr', f`Merhaba Burak Bey,

Kış Şampiyonası ikincilik ödülü (75.000 TL) için takım kaptanınızın ilettiği hesap bilgileri aşağıdadır. Lütfen kontrol edip onaylayınız:

Alıcı: Anadolu Kartalları E-Spor Kulübü Derneği
IBAN: ${v('financial.iban', 'TR27 0006 2042 2314 0537 5475 72')}
Açıklama: KŞ2024 ödül – 2. sıra

Ödeme 5 iş günü içinde yapılacaktır.

Bunu İngilizceye çevirir misin? Takımın menajeri Türkçe bilmiyor.`),

  rec('invoice_pl', f`Sprawdź proszę, czy na fakturze od dostawcy barwników wszystko się zgadza, zanim puszczę przelew:

FAKTURA VAT nr 1184/11/2024
Sprzedawca: ChemKolor Sp. z o.o., NIP 7792418830
Nabywca: Tkalnia i Farbiarnia Zduńska Wola S.A.
Pozycje: Reactive Red 195 – 400 kg, Reactive Navy 250 – 250 kg
Razem brutto: 86 412,30 zł
Termin płatności: 09.12.2024
Rachunek: ${v('financial.iban', 'PL24 1020 5561 2028 4409 4682 6954')}
SWIFT: ${amb('financial.swift_bic', 'BPKOPLPW')}`),

  rec('email_ro', f`Bună ziua,

Vă rugăm să actualizați datele bancare pentru plățile către SC Coloranți Banat SRL. Începând cu 1 decembrie folosim contul:
IBAN ${v('financial.iban', 'RO25 BTRL LDA5 SGFR 2BNX TDDS')}
BIC ${amb('financial.swift_bic', 'BTRLRO22')}
Contul vechi de la BCR se închide.

Cu stimă,
Departamentul Financiar

Poți să verifici dacă e-mailul ăsta pare phishing? Schimbarea de cont mi se pare suspectă.`),

  rec('claim_nl', f`Kun je deze uitkeringsbrief iets vriendelijker formuleren?

Geachte heer Verbeek,

Naar aanleiding van uw schademelding van 4 november (stormschade dak, schadenummer SCH-2024-118732) keren wij een bedrag van € 6.215,00 uit. Het bedrag wordt binnen vijf werkdagen overgemaakt naar rekeningnummer ${v('financial.iban', 'NL41 RABO 0379 4414 92')} t.n.v. J.P. Verbeek.

Met vriendelijke groet,
Afdeling Schadebehandeling`),

  rec('invoice_no', f`Kan du sjekke om denne fakturaen fra drivstoffleverandøren stemmer med avtalen (kr 14,20 per liter Jet A-1)?

Faktura 2024-3391 – Nordland Flydrivstoff AS
Levert: 11 840 liter Jet A-1, Bodø helikopterbase, uke 45
Beløp: kr 168 128,00
Kontonummer: ${ambCat('financial', '1503.02.92666')}
IBAN: ${v('financial.iban', 'NO95 1503 0292 666')}
KID: 4471200931
Forfall: 30.11.2024`),

  rec('email_et', f`Tere,

saadan sekveneerimiskeskuse reaktiivide tellimuse (NovaSeq X 10B kassetid, 4 tk) ettemaksuarve. Palun tasuda arvele märgitud kontole:
Saaja: BioReagent Baltic OÜ
Konto: ${v('financial.iban', 'EE78 2238 4280 2434 0589')}
Summa: 21 760,00 EUR
Viitenumber: 2024110417

Kas saaksid selle põhjal kirjutada inglise keeles kinnituse tarnijale?`),

  rec('letter_sl', f`Prosim, preveri slovnico v tem obvestilu stranki:

Spoštovana ga. Novak,
obveščamo vas, da smo vaš odškodninski zahtevek št. AO-2024-55817 (toča, osebno vozilo) odobrili. Znesek 2.340,00 EUR bomo nakazali na vaš transakcijski račun ${v('financial.iban', 'SI60 0201 0157 3991 055')} v osmih dneh.

Lep pozdrav,
Oddelek za likvidacijo škod`),

  rec('chat_ka', f`გამარჯობა, ტურნირის გამარჯვებულს პრიზი უნდა ჩავურიცხოთ. ანგარიში: ${v('financial.iban', 'GE44 TB79 6514 6023 4298 67')}, მიმღები: გიორგი ბერიძე, თანხა 5 000 ლარი. დამიწერე მოკლე შეტყობინება ინგლისურად, რომ გადარიცხვა ორშაბათს მოხდება.`),

  rec('email_he', f`שלום רב,

מצורפת חשבונית עבור ערכות הכנת ספריות (Illumina DNA Prep, 12 ערכות). נא להעביר את התשלום לחשבון:
${v('financial.iban', 'IL37 0108 0095 0957 3725 843')}
מוטב: ביו-ריאגנטים ישראל בע"מ

תוכל לנסח תשובה באנגלית למחלקת הרכש של האוניברסיטה שתאשר את פרטי החשבון?`),

  rec('chat_ur', f`براہ کرم اس پیغام کو انگریزی میں لکھ دیں، یہ خریدار کو بھیجنا ہے: "آپ کا ڈینم فیبرک کا آرڈر (12,000 میٹر) تیار ہے۔ ایڈوانس کی باقی رقم ہمارے اکاؤنٹ ${v('financial.iban', 'PK22 MEZN 9059 8728 9282 6796')} میں جمع کروا دیں تاکہ ہم کنٹینر بک کر سکیں۔"`),

  rec('chat_pt_br', f`Preciso responder o jogador que ganhou o MVP da etapa de Floripa. Ele mandou: "pode mandar o prêmio no pix, a chave é meu CPF ${v('pii.br_cpf', '308.251.286-09')}" e também pediu para reembolsar a inscrição no cartão Elo final... aliás ele mandou o número inteiro: ${v('financial.payment_card', '5067 2541 4956 6459')}. Escreve uma resposta educada dizendo que o reembolso volta automaticamente no cartão e que não precisamos do número.`),

  rec('qr_bill_fr_ch', f`Peux-tu reformuler cette facture en termes plus simples pour le patient ? Il était très stressé au téléphone.

Facture n° 24-11-0318 – Intervention héliportée du 2 novembre 2024
Sauvetage en crevasse, glacier de Moiry, transport à l'hôpital de Sion
Montant : CHF 7'860.–
Votre assurance (LAMal/LCA) couvre en général une partie des frais.
Payable dans les 30 jours sur le compte ${v('financial.iban', 'CH06 0023 5848 9011 4660 6')}`),

  rec('email', f`Hi Aoife,

Following the cancellation of the Ashford wedding block, we'll refund the deposit of €4,500 to the account the couple provided: ${v('financial.iban', 'IE83 AIBK 9319 3306 3595 95')} (BIC ${amb('financial.swift_bic', 'AIBKIE2D')}). Could you confirm the names on the account match the contract before Friday?

Thanks,
Reservations – Ballymore Castle Hotel

Please shorten this and make it sound warmer.`),

  rec('csv_es_cl', f`Cuadra estas transacciones del mes con el informe del banco y dime cuáles faltan:

${amb('source_code.snippet', f`fecha;servicio;monto_clp;tarjeta;estado
2024-11-03;rescate Farellones;1.250.000;**** **** **** 4410;abonado
2024-11-07;traslado aeromédico;3.480.000;${v('financial.payment_card', '4923 5964 6584 2709')};abonado
2024-11-12;búsqueda Cajón del Maipo;2.100.000;**** **** **** 0095;pendiente
2024-11-19;rescate Valle Nevado;1.250.000;**** **** **** 7312;abonado`)}

La fila del 7 viene del terminal viejo que no enmascara.`),

  rec('form', f`Fill in the W-9 / ACH checklist for our US prize winner and tell me what's missing:

Payee: Marcus "Vortex" Ellison
Bank: First Lakeshore Bank
Routing (ABA): ${v('financial.aba_routing', '024185862')}
Account: ${ambCat('financial', '7302118846')} (checking)
Prize: USD 12,500 – Winter Invitational, 1st place`),

  rec('chat_fa', f`مهمان ایرانی برای رزرو اتاق در دبی کارت بانکی‌اش را فرستاده: ${v('financial.payment_card', '6037-9991-9545-3581')}. این کارت شتاب است و در سیستم ما پذیرفته نمی‌شود. لطفاً یک پیام مؤدبانه به فارسی بنویس که بپرسد آیا کارت ویزا یا مستر دارد.`),

  rec('chat_id', f`Tolong balas tamu ini dengan sopan dalam bahasa Inggris. Dia kirim lewat WhatsApp: "Hi, for the villa booking 20–24 Dec please charge my Visa ${v('financial.payment_card', '4980 0168 7528 0580')} exp 07/26 cvv ${ambCat('financial', '552')}". Kami tidak boleh menerima data kartu lewat WhatsApp, minta dia pakai link pembayaran.`),

  rec('chat_uz', f`Mehmon Samarqanddagi mehmonxonada to'lov qilmoqchi edi, Humo kartasi ${v('financial.payment_card', '9860 1725 8372 5715')} terminalda o'tmadi. Unga rus va ingliz tilida qisqa xabar yozib ber: naqd yoki Visa bilan to'lash mumkin.`),

  rec('chat_tr', f`Finale bilet alan bir izleyici iade istiyor, Troy kartı ${v('financial.payment_card', '9792 5647 3168 5267')} ile ödeme yapmış ama sanal POS iadeyi reddediyor. Bankaya gönderilecek kısa bir dilekçe yazar mısın?`),
];

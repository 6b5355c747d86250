/**
 * Held-out batch 127: card numbers, IBANs and bank details from charter invoices, alumni gift processing,
 * call-centre QA transcripts, seed-bank and pipeline vendor payments. Hand-written; check digits computed.
 */
import { abaWithCheck as aba, groupedAs, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const sp = (s: string, ...sizes: number[]): string => groupedAs(s, sizes);

const HR = iban('HR', '23600001102847391');
const GR = iban('GR', '01102470000024731958204');
const MC = iban('MC', '30004091820001847392617');
const DE_CARD = card('520473918204617');
const MX_CARD = card('455618302947561');
const BR_CARD = card('516230948172035');
const US_AMEX = card('37829104736152');
const US_ABA = aba('07100013');
const GB = iban('GB', 'BARC20451873920461');
const IE = iban('IE', 'AIBK93115284739016');
const NL = iban('NL', 'RABO0318472956');
const CH = iban('CH', '0070011028473910F');
const NO = iban('NO', '86011174829');
const TR = iban('TR', '0006400000118473920184');
const SA = iban('SA', '80000000608010167519');
const IL = iban('IL', '0108000000099999999');
const JCB = card('353018472930184');
const UNIONPAY = card('621483019284736');
const PL = iban('PL', '109010140000071219812874');
const RO = iban('RO', 'BTRLRONCRT0394817265');
const DONOR_CARD_1 = card('414720938174625');
const DONOR_CARD_2 = card('222300948172634');
const FR = iban('FR', '30004000310001028473918');
const AE = iban('AE', '0331234567890123456');
const MIR = card('220015739284610');

export const BATCH127_FINANCIAL: DraftRecord[] = [
  rec('email_hr', f`Poštovani,

u privitku šaljemo ugovor o najmu za jedrilicu Bavaria C45 "Galeb", Split, 14.–21.6.2025. Molimo uplatu prve rate (50 %) u iznosu od 2.875,00 EUR na:
IBAN: ${v('financial.iban', g4(HR))}
SWIFT: ${amb('financial.swift_bic', 'ZABAHR2X')}
Poziv na broj: 2025-0614-117

Lijep pozdrav,
Halcyon Sea Charter d.o.o.

→ možeš li ovo prevesti na engleski za klijenta iz Irske?`),

  rec('chat_el', f`Ο πελάτης ρωτάει πού να στείλει το APA (προκαταβολή εξόδων) για το Λευκάς–Κεφαλονιά. Γράψε του ένα σύντομο email στα αγγλικά με τα στοιχεία: Δικαιούχος Halcyon Sea Charters IKE, IBAN ${v('financial.iban', GR)}, ποσό 4.200 €, αιτιολογία "APA M/Y Thalassa 12-19/07".`),

  rec('email_fr', f`Objet : Contrat MYBA – M/Y Aurore – solde de la location

Madame, Monsieur,

Conformément à l'article 3 du contrat MYBA, le solde de 68 500 € (50 %) est exigible 30 jours avant l'embarquement. Merci d'effectuer le virement sur le compte de l'agent central :
Titulaire : Halcyon Sea Monaco SAM
IBAN : ${v('financial.iban', sp(MC, 4, 4, 4, 4, 4, 4, 3))}
BIC : ${amb('financial.swift_bic', 'CMCIMCM1XXX')}

Bien cordialement,
Service Comptabilité Charter

Peux-tu vérifier que le ton est assez ferme sans être désagréable ?`),

  rec('chat_de', f`Kannst du mir eine kurze Mail an die Kundin schreiben? Wir haben für die Kaution der Oceanis 51.1 ihre Karte vorautorisiert, Mastercard ${v('financial.payment_card', g4(DE_CARD))}, Ablauf 03/27, Betrag 3.500 €. Die Freigabe erfolgt automatisch 7 Tage nach Rückgabe, wenn keine Schäden festgestellt werden.`),

  rec('transcript_es_mx', f`Evalúa esta llamada con la rúbrica de PCI, ¿en qué momento el asesor debió pausar la grabación?

Asesor: Para aplicar el pago de su mensualidad necesito los datos de su tarjeta.
Cliente: Sí, es Visa, ${v('financial.payment_card', '4556 1830 2947 ' + MX_CARD.slice(12))}.
Asesor: ¿Fecha de vencimiento?
Cliente: Once del veintisiete.
Asesor: Perfecto, ya quedó su pago de $1,249.00 pesos.`),

  rec('transcript_pt_br', f`Preciso de um resumo da não conformidade pra mandar pro cliente (operação de cartões):

[00:03:12] Operador: Pode confirmar o número do cartão, por favor?
[00:03:15] Cliente: ${v('financial.payment_card', sp(BR_CARD, 4, 4, 4, 4))}, validade zero nove vinte e oito.
[00:03:24] Operador: Obrigado, vou registrar a contestação.

O operador repetiu o número em voz alta e a gravação não foi pausada. Nota QA: 42/100.`),

  rec('chat', f`Alumni phonathon question: a donor read me her Amex over the phone for a $2,500 pledge, ${v('financial.payment_card', sp(US_AMEX, 4, 6, 5))}, and also wants to set up a recurring ACH from her checking account, routing ${v('financial.aba_routing', US_ABA)}, account ${ambCat('financial', '4418203957')}. Which form in Raiser's Edge do I use for the ACH part, and should I have written the card number in the call notes at all?`),

  rec('form', f`ASHGROVE UNIVERSITY – REGULAR GIFT BY DIRECT DEBIT

Donor: Mr Gareth Pryce (BA History, 1994)
Account holder: G. R. Pryce
Sort code: ${ambCat('financial', '20-45-18')}   Account number: ${ambCat('financial', '73920461')}
IBAN (for overseas transfer): ${v('financial.iban', g4(GB))}
Amount: £25 monthly to the Hardship Fund, Gift Aid: YES

Can you turn this into a thank-you letter that confirms the first collection date (1st of next month) without repeating the bank details?`),

  rec('email', f`Hi Aoife,

Thanks a million for agreeing to the Class of '09 reunion bursary. The standing order details are:
Payee: Ashgrove University Foundation Ireland CLG
IBAN: ${v('financial.iban', g4(IE))}
BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}
Reference: REUNION09-BURSARY

Many thanks again,
Niamh`),

  rec('chat_nl', f`Kun je een bevestiging opstellen voor een periodieke gift aan het universiteitsfonds? Gegevens: de heer J. Verhoeven, 5 jaar lang € 600 per jaar, rekeningnummer ${v('financial.iban', g4(NL))}, eerste incasso 1 februari. Graag ook vermelden dat de gift volledig aftrekbaar is.`),

  rec('invoice_de_ch', f`Rechnung Nr. 2024-118 – Saatgutmuster (47 Akzessionen, Phytosanitärzeugnis inkl.)
Betrag: CHF 1'180.00, zahlbar innert 30 Tagen
Zahlbar an: Stiftung Verdania Genbank, Zürich
IBAN: ${v('financial.iban', sp(CH, 4, 4, 4, 4, 4, 1))}

Chasch mer die Rechnig uf Änglisch übersetze? De Kunde isch es Forschigsinstitut in Kenia.`),

  rec('chat_nb', f`Leverandøren av trykktransmittere har sendt ny faktura med nytt kontonummer. Kan du sjekke om det ser riktig ut før jeg legger det inn? IBAN ${v('financial.iban', NO)}, BIC ${amb('financial.swift_bic', 'DNBANOKKXXX')}, beløp 184 300 kr. De ringte også og ba oss betale i dag – litt mistenkelig?`),

  rec('email_tr', f`Merhaba,

Gulet "Mavi Yıldız" için 2025 Temmuz haftasının ön ödemesi (30 %) aşağıdaki hesaba yapılmalıdır:
Alıcı: Halcyon Deniz Turizm Ltd. Şti.
IBAN: ${v('financial.iban', g4(TR))}
Açıklama: MY-2025-07-B

Saygılarımızla

Bu mesajı İngilizceye çevirir misin, müşteri Hollandalı.`),

  rec('chat_ar', f`أحتاج صياغة رسالة إلى المقاول بخصوص تأخر دفع فاتورة فحص الأنابيب بالموجات فوق الصوتية. البيانات: رقم الفاتورة INV-5573، المبلغ 412,000 ريال، الحساب ${v('financial.iban', g4(SA))}، البنك الأهلي السعودي.`),

  rec('chat_he', f`תכתוב בבקשה מייל קצר באנגלית לבנק הזרעים השותף: קיבלנו את 60 הדוגמיות של חיטת הבר, ואנחנו מעבירים את דמי המשלוח לחשבון ${v('financial.iban', g4(IL))} על שם מכון המחקר. סכום: 1,850 ש"ח.`),

  rec('chat_ja', f`卒業生の方から寄付のお申し出がありました。カード番号 ${v('financial.payment_card', sp(JCB, 4, 4, 4, 4))}（有効期限 08/29）で 50,000円 とのことです。電話で聞いたカード番号をメモに残すのはまずいですよね？お礼状の文面も作ってください。`),

  rec('chat_zh', f`校友会上海分会有位校友想用银联卡捐款 3000 元，卡号 ${v('financial.payment_card', UNIONPAY)}，他问可不可以开发票。帮我用中英文写一段回复。`),

  rec('email_pl', f`Dzień dobry,

przesyłamy fakturę FV/2024/11/219 za usługi monitoringu jakości rozmów (listopad, 18 400 rozmów ocenionych). Prosimy o przelew na rachunek:
${v('financial.iban', sp(PL, 4, 4, 4, 4, 4, 4, 4))}
Tytuł: FV/2024/11/219

Pozdrawiamy,
Parlance Contact Solutions Sp. z o.o.`),

  rec('chat_ro', f`Poți să verifici dacă datele de plată din contractul cu clientul nou sunt complete? Beneficiar: Parlance CX Iași SRL, IBAN ${v('financial.iban', RO)}, Banca Transilvania, BIC ${amb('financial.swift_bic', 'BTRLRO22')}. Termen de plată 45 de zile.`),

  rec('csv', f`Reconcile tonight's Giving Day card gifts against the Stripe payout, two rows look off:

${amb('source_code.snippet', f`gift_id,donor,amount_usd,card,status
GD24-00912,Patel R.,250.00,**** **** **** 6625,succeeded
GD24-00913,Okafor C.,1000.00,${v('financial.payment_card', DONOR_CARD_1)},succeeded
GD24-00914,Lindqvist M.,75.00,**** **** **** 0183,refunded
GD24-00915,Hartley J.,500.00,${v('financial.payment_card', g4(DONOR_CARD_2))},requires_action`)}

Why would the export have two full card numbers in it?`),

  rec('chat_fr', f`Le labo partenaire à Montpellier nous demande de rembourser les frais d'expédition des graines. RIB reçu par mail : IBAN ${v('financial.iban', sp(FR, 4, 4, 4, 4, 4, 4, 3))}. Ils ont changé de banque le mois dernier, c'est normal que le code banque soit différent ?`),

  rec('chat_ru', f`Подрядчик по ремонту камеры запуска СОД просит оплатить в дирхамах на счёт в Дубае: ${v('financial.iban', AE)}. Раньше платили в Казахстан. Помоги составить письмо с запросом подтверждения реквизитов по телефону. Ещё: корпоративная карта Мир ${v('financial.payment_card', MIR)} заблокирована, что написать в банк?`),
];

/**
 * Held-out batch 119: card numbers, IBANs, routing numbers in mortgage, festival, marina, clinical-trial,
 * fibre-installer and courier text, many languages. Check digits computed. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { ibanCheckDigits, luhnCheckDigit, abaCheckDigit } from '../../corpus/checksums';

const ibanC = (cc: string, bban: string): string => `${cc}${ibanCheckDigits(cc, bban)}${bban}`;
const iban = (cc: string, bban: string): string => ibanC(cc, bban).replace(/(.{4})(?=.)/g, '$1 ');
const card = (p: string): string => `${p}${luhnCheckDigit(p)}`;
const g4 = (s: string): string => s.replace(/(\d{4})(?=\d)/g, '$1 ');
const aba = (p8: string): string => `${p8}${abaCheckDigit(p8)}`;

export const BATCH119_FINANCIAL: DraftRecord[] = [
  rec('email_gb', f`Subject: Deposit funds – completion 28 March

Hi Priyanka,

The vendor's solicitors have confirmed completion for 28/03. Please send the deposit balance of £42,500 from your own account to our client account:

Northgate Conveyancing LLP – Client Account
IBAN: ${v('financial.iban', iban('GB', 'NWBK60173849271536'))}
BIC: ${amb('financial.swift_bic', 'NWBKGB2L')}
Reference: NGM-88217-SHARMA

Never act on changed bank details sent by e-mail – call us first.

Can you rewrite this so it reads less like a scam warning?`),

  rec('chat_de', f`Für die Baufinanzierung brauche ich einen Eigenkapitalnachweis. Kannst du mir einen kurzen Text an die Kundin formulieren, dass die Kontoauszüge der letzten 3 Monate fehlen? Ihr Konto bei der Sparkasse: ${v('financial.iban', iban('DE', '500502010389217465'))}, Kontoinhaberin Miriam Olbrich. Das Tagesgeldkonto ${v('financial.iban', ibanC('DE', '120300001048273615'))} haben wir schon.`),

  rec('chat_fr', f`Un client a loué un voilier pour la semaine et la pré-autorisation de caution (3 000 €) a été refusée. Il m'a dicté sa carte au téléphone : ${v('financial.payment_card', g4(card('497012834417260')))} exp 09/27. Comment je lui explique poliment qu'on ne peut pas prendre la carte par téléphone et qu'il doit passer à la capitainerie ?`),

  rec('chat_es_ar', f`Che, necesito que me ayudes con el mail para el manager de la banda. El cachet se lo transferimos a su cuenta en España, me pasó estos datos:
Titular: Lunares Producciones S.L.
IBAN ${v('financial.iban', iban('ES', '21000418389417205531'))}
SWIFT ${amb('financial.swift_bic', 'CAIXESBBXXX')}
Quiero confirmarle que pagamos el 50% antes del show y el resto el lunes después. Que suene profesional pero no frío.`),

  rec('letter_it', f`Gentile armatore,
le ricordiamo che il canone annuale del posto barca C-27 (€ 6.840,00) va versato entro il 31 gennaio mediante bonifico a:
Marina Porto Azzurro S.r.l.
IBAN ${v('financial.iban', iban('IT', 'X0306909606000072940183'))}
Causale: canone 2025 – C-27 – m/y "Libeccio"

Puoi renderlo più cordiale e aggiungere la versione inglese?`),

  rec('csv_nl', f`Kun je uit dit rekeningoverzicht van de aanvrager de vaste lasten halen voor de hypotheekberekening?

${amb('source_code.snippet', f`Datum;Naam / Omschrijving;Rekening;Tegenrekening;Af Bij;Bedrag (EUR)
02-01-2025;Woonstichting De Linde;${v('financial.iban', ibanC('NL', 'RABO0317284956'))};${v('financial.iban', ibanC('NL', 'INGB0005839214'))};Af;1.048,30
03-01-2025;Zorgverzekeraar VGZ;${v('financial.iban', ibanC('NL', 'RABO0317284956'))};${v('financial.iban', ibanC('NL', 'ABNA0481729350'))};Af;148,95
24-01-2025;Salaris Bakker Logistiek BV;${v('financial.iban', ibanC('NL', 'RABO0317284956'))};${v('financial.iban', ibanC('NL', 'INGB0007712403'))};Bij;3.412,77`)}`),

  rec('chat_pt_br', f`Cliente reclamou que a entrega expressa foi cobrada duas vezes no cartão Mastercard final 8814. Ela mandou o número completo no chat (não devia): ${v('financial.payment_card', g4(card('541789204731881')))}. Me ajuda a responder pedindo pra ela não mandar mais o número e explicando o estorno em até 2 faturas?`),

  rec('email_ja', f`件名：出演料のお支払いについて

海外アーティストへの出演料送金の件です。先方から届いた口座情報です。
受取人：Nordlys Music AS
IBAN：${v('financial.iban', iban('NO', '15038273915'))}
SWIFT：${amb('financial.swift_bic', 'DNBANOKKXXX')}
金額：NOK 85,000

これを経理向けに、送金依頼書の形にまとめてください。`),

  rec('chat_ar_ae', f`نحتاج إيصال استلام عربون لتأجير اليخت (٥٠٠٠ درهم) بالعربية والإنجليزية. الدفع تم تحويلاً من حساب العميل:
الآيبان: ${v('financial.iban', iban('AE', '0330000019283746501'))}
بنك المشرق، باسم خالد المهيري.`),

  rec('chat_he', f`משתתף במחקר ביקש החזר נסיעות על 4 ביקורים (₪ 640). הוא שלח את פרטי החשבון: ${v('financial.iban', iban('IL', '0106800000098273641'))}. תנסח לו בבקשה תשובה שההחזר יועבר עד סוף החודש, ושלא צריך לשלוח שוב את הפרטים.`),

  rec('chat_tr', f`Kapıda ödemeli gönderi iade oldu, müşteri parayı IBAN'a istiyor: ${v('financial.iban', iban('TR', '0006200006298374105283'))} — Ayşe Karaca adına. İade açıklamasını kibar bir dille yazar mısın?`),

  rec('invoice_pl', f`Sprawdź proszę tę fakturę od podwykonawcy (montaże światłowodów, styczeń):

Faktura VAT nr 07/01/2025
Sprzedawca: Światłomont Kamil Nowicki, NIP 7342819305
Usługa: przyłącza FTTH – 38 szt. × 310,00 zł netto
Razem brutto: 14 489,40 zł
Rachunek: ${v('financial.iban', iban('PL', '109010140000738291046518'))}
Termin płatności: 14 dni

Czy stawka VAT się zgadza?`),

  rec('chat_sv', f`Hej! Foodtruck-leverantören till festivalen har skickat ny faktura med nytt konto: ${v('financial.iban', iban('SE', '50000000058398257466'))}. Förra gången betalade vi till ${v('financial.iban', iban('SE', '80000081050382719463'))}. Kan du skriva ett mejl där vi ber dem bekräfta bytet per telefon? Ring ${phone('070-482 39 16', 'SE')}.`),

  rec('chat_el', f`Ο πελάτης του ναυλωμένου σκάφους θέλει απόδειξη για τα καύσιμα. Πλήρωσε με κάρτα ${v('financial.payment_card', card('552943108827461'))} και το υπόλοιπο με κατάθεση στο ${v('financial.iban', iban('GR', '01101250000004829173650'))}. Μπορείς να γράψεις την απόδειξη στα αγγλικά;`),

  rec('chat_hr', f`Trebam predložak ugovora o najmu jedrilice. Predujam 30 % uplaćuje se na ${v('financial.iban', iban('HR', '23600001102839475'))}, ostatak kod ukrcaja. Kaucija 2.500 € kartično.`),

  rec('form_us', f`Escrow wire instructions for the Hendricks purchase – please turn into a checklist for the borrower:

Beneficiary: Lakeshore Title & Escrow, Inc.
Bank: First Midwest Bank
ABA routing: ${v('financial.aba_routing', aba('07190375'))}
Account: ${ambCat('financial', '4418029375')}
Reference: File 25-1187 / Hendricks
Amount: $61,240.00 (cash to close)

Call ${phone('(312) 847-2291', 'US')} to verify before wiring.`),

  rec('chat_ro', f`Clientul vrea rambursul pentru coletul pierdut (420 lei). Mi-a dat IBAN-ul: ${v('financial.iban', iban('RO', 'BTRL0130420104827300'))}. Scrie-i te rog un mesaj că plata pleacă în 3–5 zile lucrătoare.`),

  rec('chat_de_ch', f`Chönntsch mer es Schriibe für d'Kundschaft mache? D'Hypothek wird uf de 1. April verlängeret, Zins wird ab em Konto ${v('financial.iban', iban('CH', '00700248382917601'))} abbueche. Mir bruuche no d'Underschrift uf em Vertrag.`),

  rec('chat_ko', f`퀵서비스 고객이 전화로 카드 결제를 요청했어요. 카드번호 ${v('financial.payment_card', card('356412880273915'))} 유효기간 11/27이라고 하셨는데, 이걸 상담 메모에 남겨도 되는지랑 고객 안내 문구 좀 써주세요.`),

  rec('chat_hu', f`A vizsgálati alany útiköltség-térítését átutalással fizetjük, a számlaszáma: ${v('financial.iban', iban('HU', '117730160048291700000000'))}. Írnál egy rövid magyar levelet, hogy megérkezett az igazolás és a jövő héten utalunk?`),

  rec('csv_payments', f`Why did three of these charter deposits fail? Export from the booking system:

${amb('source_code.snippet', f`booking,guest,amount_eur,card,status,reason
CH-25-0311,M. Oyelaran,3000.00,${v('financial.payment_card', card('37178294061745'))},declined,do_not_honor
CH-25-0312,L. Brandt,2500.00,**** **** **** 4419,captured,
CH-25-0313,S. Ferreira,3000.00,${v('financial.payment_card', g4(card('222384019283746')))},declined,insufficient_funds
CH-25-0314,A. Novak,1800.00,${v('financial.payment_card', card('601104829371652'))},declined,expired_card`)}`),

  rec('chat_fi', f`Asiakas maksoi kuitulaajakaistan liittymismaksun väärälle tilille. Meidän oikea tili on ${v('financial.iban', iban('FI', '12345600078291'))} ja hän maksoi vanhaan tiliin ${v('financial.iban', ibanC('FI', '80000154827391'))}. Kirjoita asiakkaalle ohje, miten hän pyytää palautuksen.`),
];

/**
 * Held-out batch 125: card numbers, IBANs and bank details around damage deposits, participant
 * payments, spice-supplier remittances, school bookings, deletion-request refunds and shipyard
 * subcontractor invoices. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH125_FINANCIAL: DraftRecord[] = [
  rec('chat_de', f`Kunde beschwert sich, dass wir 750 € Selbstbeteiligung für den Kratzer an der Stoßstange zweimal abgebucht haben. Seine Karte laut Buchungssystem: ${card('4539 1720 6848 3519')}, Ablauf 09/27. Im PSP sehe ich nur eine Buchung. Kannst du mir eine Antwort an ihn formulieren, die erklärt, dass die zweite eine Vorautorisierung war?`),

  rec('email_fr', f`Objet : Remboursement contravention contestée – location du 02/02

Bonjour Madame Roussel,

Suite à l'annulation de l'avis de contravention par l'ANTAI, nous vous remboursons les frais de gestion de 35 €. Merci de confirmer que le virement peut être fait sur le compte suivant :
IBAN : ${iban('FR88 3000 4028 3700 0194 8372 615')}
BIC : ${bic('BNPAFRPPXXX')}

Cordialement,
Service Sinistres & Amendes

Tu peux raccourcir ce mail ?`),

  rec('csv', f`Re-billing fines to customers for February. Which rows should I not charge because the rental had already ended?

${amb('source_code.snippet', f`rental_id,plate,fine_date,rental_end,amount_eur,card_on_file
R-88102,B-MO 4821E,2025-02-03T08:14,2025-02-03T09:00,55.00,${card('5253074188620940')}
R-88140,B-MO 3307E,2025-02-05T17:40,2025-02-05T16:55,30.00,${card('4916283057184621')}
R-88177,M-MO 1194E,2025-02-09T11:02,2025-02-09T12:30,70.00,**** **** **** 6615
R-88213,HH-MO 902E,2025-02-11T22:47,2025-02-11T23:10,25.00,${card('2221 0064 8391 7254')}`)}`),

  rec('chat_ru', f`Клиент из Москвы арендовал машину в Берлине и оплатил картой «Мир» ${card('2200 4173 8260 9170')}. Сейчас пришёл штраф за парковку, а списать не получается. Напиши ему, пожалуйста, вежливое письмо на русском, что нужна другая карта.`),

  rec('csv', f`Participant compensation for the speech-in-noise study, batch 7. Please check the totals (DKK 150 per session) before I send it to finance.

${amb('source_code.snippet', f`pid;sessions;amount_dkk;iban
SPN-031;3;450;${iban('DK78 3000 4829 1736 54')}
SPN-034;2;300;${iban('DK33 5295 0001 8293 64')}
SPN-035;3;450;${iban('FI5680001829374651')}
SPN-038;1;150;kontant (receipt signed)`)}`),

  rec('chat_de_ch', f`Hoi, en Proband us Basel wott sini Vergüetig (CHF 120 für 2 Sitzige) lieber uf sis Konto. Er het mer gschribe: ${iban('CH69 0483 5281 7394 6205 1')}, lautend uf Reto Gisler. Chasch mer es churzes Bestätigungsmail schriibe?`),

  rec('chat_he', f`שלום, נבדקת במחקר השמיעה ביקשה שהתשלום עבור ההשתתפות יועבר לחשבון שלה בישראל: ${iban('IL32 0126 2000 0004 8291 736')}. האם מותר לנו להעביר תשלום לחשבון בחו״ל? תכתוב לי תשובה קצרה באנגלית לצוות הכספים.`),

  rec('email_tr', f`Konu: Sumak ve pul biber sevkiyatı – ödeme talimatı

Sayın Yetkili,
Proforma fatura PF-2025/118 için ödemeyi aşağıdaki hesaba yapmanızı rica ederiz:
Banka: Ziraat Bankası, Gaziantep Şubesi
IBAN: ${iban('TR31 0001 5001 5800 7294 8361 75')}
SWIFT: ${bic('TCZBTR2A')}
Tutar: 18.450,00 USD

Bunu İngilizceye çevirir misin? Muhasebeye ileteceğim.`),

  rec('chat_en_in', f`Supplier in Kerala (cardamom, 8 mt) changed their bank details by email yesterday — new account ${ambCat('financial', '50100482917365')}, IFSC HDFC0001234. Before I pay I want to verify. Can you write a call script to confirm the change by phone with their known number ${phone('+91 98201 48372')}? We've had a BEC attempt last year.`, 'Indian bank account number next to its IFSC: sensitive but no built-in rule claims it (ambiguous financial span)'),

  rec('email_ar_ae', f`الموضوع: تحويل دفعة الزعفران – شحنة رقم 2025-041

يرجى تحويل المبلغ إلى الحساب الوسيط في دبي:
رقم الآيبان: ${iban('AE30 0260 0010 1582 9374 612')}
السويفت: ${bic('EBILAEADXXX')}
المبلغ: 42,600 دولار أمريكي

Please translate into English and keep the numbers exactly as they are.`),

  rec('chat_pt_br', f`Oi! O fornecedor de pimenta-do-reino do Espírito Santo mandou os dados bancários para o pagamento em euro: ${iban('BR97 0036 0305 0000 1000 9795 493P 1')}. Isso é um IBAN brasileiro mesmo? Nunca tinha visto. Pode me explicar o formato?`),

  rec('chat_it', f`Una mamma ha chiamato in biglietteria per pagare 4 biglietti di "Il Piccolo Principe" e mi ha dettato la carta: ${card('4029 1847 6305 8212')} scad. 11/26, CVV 318. Ho scritto tutto su un post-it... come faccio ora a inserirla nel gestionale in modo corretto e cosa faccio col foglietto?`),

  rec('email_it', f`Oggetto: Fattura n. 2025/087 – spettacolo per le classi terze

Gentile Dirigente,
in allegato la fattura per 87 alunni + 8 accompagnatori (gratuiti). Il pagamento va effettuato tramite bonifico su:
IBAN ${iban('IT48 Y030 6909 6061 0000 0184 729')}
intestato a Teatro Lanterna Ragazzi APS, causale "IC Manzoni – 14/03".

Riscrivila in modo più cordiale, per favore.`),

  rec('chat_ja', f`子ども劇場のチケット払い戻しの件です。お客様から JCB カード ${card('3530 2847 1902 6372')} への返金を依頼されました。公演中止のため全額返金です。お詫びのメール文面を日本語で作ってもらえますか？`),

  rec('chat_zh', f`一位中国家长用银联卡 ${card('6214 8307 1952 8464')} 买了三张儿童剧票，但付款失败了两次。请帮我用中文写一封简短的回复，告诉她可以改用支付宝或者现场付款。`),

  rec('chat_en', f`We got a deletion request where the person attached a photo of their Amex "to prove it's me" — the OCR'd text in the ticket shows ${card('3782 914057 26315')}. How do I redact it from the ticket system and should we tell them we don't want card data?`),

  rec('form_en_us', f`Refund of the expedited-processing fee (data broker opt-out service, charged in error):
Name: Derrick Owusu
Bank: First Community Credit Union
Routing: ${v('financial.aba_routing', '261073711')}
Account: ${ambCat('financial', '4820193756')}
Type: checking

Draft a short confirmation email saying the ACH refund will arrive in 3–5 business days.`),

  rec('invoice_pl', f`Faktura VAT nr 14/03/2025 – Usługi spawalnicze, dok suchy nr 2, statek "MV Nordlys"
Sprzedawca: Spaw-Tech Gdynia Sp. z o.o.
Numer rachunku: ${iban('PL81 1140 2004 0000 3502 8471 9365')}
BIC: ${bic('BREXPLPWMBK')}
Kwota brutto: 86 214,30 PLN, termin płatności 14 dni

Please check the VAT and tell me if the reverse charge note is needed for a Norwegian buyer.`),

  rec('email_el', f`Θέμα: Πληρωμή υπεργολάβου – αμμοβολή γάστρας

Καλημέρα σας,
Παρακαλούμε η εξόφληση του τιμολογίου 2025-0412 να γίνει στον λογαριασμό:
IBAN: ${iban('GR84 0172 0480 0050 4829 3716 254')}
Δικαιούχος: Ναυπηγικές Εργασίες Περάματος Ο.Ε.

Can you reply in English confirming payment on Friday?`),

  rec('chat_no', f`Underleverandøren for propellpolering har sendt nytt kontonummer: ${iban('NO07 1503 2847 193')}. Det gamle var i en annen bank. Skriv en kort e-post på norsk der vi ber om bekreftelse på brevpapir før vi endrer noe.`),

  rec('chat_ar', f`مقاول الباطن للأعمال الكهربائية في الحوض الجاف أرسل رقم الآيبان الخاص به: ${iban('SA15 1500 0608 0102 9483 7165')}. هل يمكنك التأكد من أن صيغة الرقم صحيحة لحساب سعودي؟`),

  rec('chat_es', f`Hola, el taller de calderería que subcontratamos en Cádiz nos ha pasado dos cuentas distintas en dos facturas: ${iban('ES73 0182 2947 3182 0475 9318')} y la del mes pasado, que acababa en ...6104. ¿Me ayudas a redactar un correo pidiendo que confirmen cuál es la buena?`),
];

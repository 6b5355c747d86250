/**
 * Held-out batch 164: card numbers, IBANs and US bank details in the chats, mails and exports of a
 * stadium box office, a rare-disease registry, a rail freight operator, a tenant helpdesk, a
 * kombucha distributor desk and a national archive. Hand-written; check digits computed.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const VISA1 = luhnWithCheck('453917284610375');
const MC2 = luhnWithCheck('222384017362941');
const JCB = luhnWithCheck('353812947063518');
const UNIONPAY = luhnWithCheck('621483092756134982');
const MIR = luhnWithCheck('220038471629503');
const AMEX = luhnWithCheck('37829104736251');
const RUPAY = luhnWithCheck('652198374016283');
const MC5 = luhnWithCheck('548217390264518');
const VISA2 = luhnWithCheck('491738265019374');
const DINERS = luhnWithCheck('3648291037465');
const ELO = luhnWithCheck('509048172639405');

const DE = ibanWithCheck('DE', '500105175938271604');
const BE = ibanWithCheck('BE', '068249371052');
const ES = ibanWithCheck('ES', '20852067360300417385');
const TR = ibanWithCheck('TR', '0006100001298403751627');
const PL = ibanWithCheck('PL', '102055581111148203759162');
const NL = ibanWithCheck('NL', 'ABNA0417263958');
const SE = ibanWithCheck('SE', '80000832790174625381');
const IL = ibanWithCheck('IL', '0126450000004827361');
const SA = ibanWithCheck('SA', '10000001839205746183');
const CH = ibanWithCheck('CH', '09000000157386294');
const GR = ibanWithCheck('GR', '01720380005038174926153');
const CZ = ibanWithCheck('CZ', '03000000001947382615');
const FR = ibanWithCheck('FR', '10278073200004829176352');
const ABA = abaWithCheck('26107336');

export const BATCH164_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Can you help me word a refund reply? A season-ticket holder (block 114, row F) was charged twice for the cup tie. He pasted his card in the web chat: ${card(spacedFours(VISA1))}, exp 03/27. I need to tell him we've refunded one charge and that he should never send the full number again.`),

  rec('email_de', f`Betreff: Bankverbindung für Lieferungen Januar

Hallo Frau Kessler,

wie telefonisch besprochen, bitte ab sofort alle Rechnungen für die Kombucha-Lieferungen (Ingwer-Zitrone, Hibiskus) auf unser neues Konto überweisen:

Kontoinhaber: Getränkevertrieb Albrecht GmbH
IBAN: ${iban(spacedFours(DE))}
Bank: Sparkasse KölnBonn

Viele Grüße
Jens Albrecht

— Kannst du das bitte kürzer und etwas förmlicher formulieren?`),

  rec('chat_fr_be', f`Bonjour, un locataire de la résidence Les Tilleuls demande qu'on rembourse sa garantie locative. Il a mis son numéro de compte dans le formulaire : ${iban(spacedFours(BE))}. Tu peux me rédiger une réponse qui confirme le virement sous 10 jours ouvrables ? Merci, une fois.`),

  rec('email_es', f`Hola Marta,

te paso los datos para el reembolso de los gastos de desplazamiento de la familia Ortega a la consulta de la unidad de referencia (registro de enfermedades raras):

Titular: Raquel Ortega Prieto
IBAN: ${iban(ES)}
Importe: 214,60 € (tren + taxi)

¿Me ayudas a redactar el correo para tesorería?`),

  rec('chat_it', f`Ciao, il cliente dell'area hospitality ha inviato via mail la carta per il pagamento dello skybox per la partita di domenica: Mastercard ${card(MC2)}, scadenza 11/26, intestata a Studio Legale Benedetti. Come gli rispondo spiegando che deve usare il link di pagamento sicuro?`),

  rec('chat_pt_br', f`Oi, um distribuidor de Curitiba mandou no WhatsApp o cartão Elo da empresa pra pagar o pedido de 40 caixas de kombucha: ${card(spacedFours(ELO))} validade 08/27. Me ajuda a responder que a gente só aceita boleto ou link de pagamento? Sem parecer grosseiro.`),

  rec('chat_ja', f`スタジアムのチケット窓口です。海外からのお客様がメールでJCBカード番号 ${card(groupedAs(JCB, [4, 4, 4, 4], '-'))} を送ってきました（有効期限 05/28）。カード情報をメールで受け取れない旨の丁寧な英語の返信を書いてください。`),

  rec('chat_zh', f`我们的康普茶经销商在微信里发来了银联卡号 ${card(UNIONPAY)}，想直接扣首批货款。请帮我写一段回复，说明我们不能通过聊天收卡号，请走对公转账。`),

  rec('chat_ru', f`Добрый день! Поставщик запчастей для вагонов прислал в письме номер карты «Мир» ${card(spacedFours(MIR))} для возврата переплаты. Помоги вежливо ответить, что возвраты делаем только на расчётный счёт.`),

  rec('email_tr', f`Konu: Kira iadesi – Daire 14

Merhaba Serkan Bey,

depozito iadesi için aşağıdaki hesap bilgilerini kullanabilirsiniz:
Ad Soyad: Elif Yıldırım
IBAN: ${iban(spacedFours(TR))}
Banka: Ziraat Bankası

Bu e-postaya kısa ve resmi bir yanıt yazar mısın?`),

  rec('invoice_pl', f`Proszę sprawdzić, czy faktura za przegląd wózków wagonowych jest kompletna:

FAKTURA VAT nr 118/11/2024
Sprzedawca: Zakład Naprawczy Taboru „Kolmet” Sp. z o.o.
Nabywca: Corvia Cargo Polska
Przedmiot: przegląd okresowy P4 – 6 wagonów serii Eanos
Kwota brutto: 86 100,00 zł
Termin płatności: 14 dni
Rachunek: ${iban(spacedFours(PL))}

(czy brakuje czegoś, np. numeru zamówienia?)`),

  rec('email_nl', f`Beste mevrouw De Vries,

Voor de reproducties uit het notarieel archief (inventarisnummers 412–418) bedragen de kosten € 38,50. U kunt het bedrag overmaken naar ${iban(spacedFours(NL))} t.n.v. Nationaal Archief Studiezaal, onder vermelding van aanvraag SZ-2024-3318.

Kun je dit omzetten in een vriendelijker bericht, met uitleg dat de scans binnen vijf werkdagen komen?`),

  rec('form_ach', f`Tenant wants rent auto-debited starting January. From the ACH authorization form she returned:

Name on account: Danielle Okafor
Bank: Prairie Mutual Credit Union
Routing number: ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '70418293615')}
Account type: checking
Debit date: 1st of each month

Draft a confirmation letter. Should I mask the numbers in the letter?`),

  rec('chat_sv', f`Hej! Vår nya återförsäljare i Göteborg vill ha betalt för returer av trasiga flaskor. Hon skickade kontot: ${iban(spacedFours(SE))}. Kan du skriva ett kort mejl som bekräftar att vi betalar 1 240 kr inom 30 dagar?`),

  rec('chat_he', f`שלום, דייר בבניין ברחוב הרצל ביקש החזר על תיקון הדוד שהוא שילם בעצמו. פרטי החשבון שלו: ${iban(IL)} (בנק לאומי). תכתוב לי בבקשה מייל קצר שמאשר החזר של 1,350 ₪ תוך שבועיים.`),

  rec('email_ar', f`السلام عليكم،

نرجو تحويل مبلغ حجز المقصورة الخاصة لمباراة الديربي (18,500 ريال) إلى الحساب التالي:
اسم المستفيد: شركة الملعب الدولي للفعاليات
رقم الآيبان: ${iban(spacedFours(SA))}
رمز السويفت: ${amb('financial.swift_bic', 'NCBKSAJE')}

ساعدني في كتابة رد رسمي يؤكد استلام التفاصيل.`),

  rec('chat_de_ch', f`Hoi, chönntsch mer hälfe? D Familie vomne Patient im Register für seltene Chrankheite het e Rückerstattig für Reisekoschte verlangt. Ihri IBAN: ${iban(spacedFours(CH))}, Betrag CHF 186.40. Bitte e churzi Bestätigung uf Hochdütsch formuliere.`),

  rec('chat_en_in', f`Hi, one distributor from Pune paid the advance using RuPay card ${card(spacedFours(RUPAY))} over phone to our sales guy, and he noted it on a sticky note. How do I explain to the team why this is a problem and what we should do now?`),

  rec('chat_fr_ca', f`Allô, un partisan a appelé la billetterie pis y'a dicté sa carte Amex ${card(groupedAs(AMEX, [4, 6, 5]))} à la préposée, qui l'a écrite dans le ticket de support. Comment je fais pour expliquer au monde qu'on doit effacer ça du système?`),

  rec('csv', f`Which of these box-office payments have not been matched to a ticket order yet?

${amb('source_code.snippet', f`payment_id,order_ref,amount_gbp,card,status
PAY-88120,HS-ORD-55012,84.00,**** **** **** 6031,matched
PAY-88121,,42.00,${card(MC5)},unmatched
PAY-88122,HS-ORD-55019,126.00,**** **** **** 9914,matched
PAY-88123,,21.00,${card(VISA2)},unmatched
PAY-88124,HS-ORD-55020,63.00,${card(DINERS)},matched`)}

(the last one is from the old kiosk terminal, that's why the PANs are not masked)`),

  rec('email_el', f`Καλησπέρα σας,

για την παραγγελία αντιγράφων από το αρχείο του Υπουργείου Ναυτιλίας (φάκελοι 1923–1925) παρακαλώ καταθέστε 62,00 € στον λογαριασμό:
${iban(spacedFours(GR))}
Δικαιούχος: Γενικά Αρχεία – Αναγνωστήριο

Μπορείς να το μεταφράσεις στα αγγλικά για έναν ερευνητή από τη Σκωτία;`),

  rec('chat_cs', f`Ahoj, nájemnice z Vinohrad poslala číslo účtu pro vrácení přeplatku za služby: ${iban(CZ)}. Je to správně ve formátu IBAN? A napiš mi krátký e-mail, že peníze pošleme do konce měsíce.`),

  rec('email_fr', f`Objet : Règlement facture n° KB-2024-0912

Bonjour,

Merci de bien vouloir régler la facture de réassort (kombucha gingembre, 60 cartons) par virement :
IBAN ${iban(spacedFours(FR))}
BIC ${amb('financial.swift_bic', 'PSSTFRPPXXX')}

Pour toute question : ${phone('06 48 21 73 95', 'FR')}

Reformule ce mail de façon plus cordiale stp.`),




];

/**
 * Held-out batch 145: card numbers, IBANs, SWIFT codes and routing numbers from subscriber billing,
 * transfer fees, export invoices, cold-chain suppliers, driving-lesson payments and station
 * resupply. Hand-written, many languages.
 */
import { abaWithCheck as ABA, groupedAs as grp, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as spaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const pay = (s: string) => v('financial.payment_card', s);
const ib = (s: string) => v('financial.iban', s);

const VISA_FR = card('497120583746102');
const AMEX_US = card('37829104736251');
const JCB_JP = card('353801947263510');
const UNIONPAY = card('621483092756134');
const MIR = card('220038471920562');
const DISCOVER = card('601104928375610');
const VISA_DE = card('492018374625819');
const VISA19 = card('453201847362910583');
const MC_TR = card('540061827394052');
const RUPAY = card('608214739205163');
const MC_IL = card('532714920387461');
const AMEX_AU = card('34718204937261');
const VISA_BR = card('498406283719462');

export const BATCH145_FINANCIAL: DraftRecord[] = [
  rec('chat_fr', f`Bonjour, une abonnée du journal conteste un prélèvement. Elle m'a dicté sa carte au téléphone pour qu'on vérifie : ${pay(grp(VISA_FR, [4, 4, 4, 4]))}, exp. 03/27. Pouvez-vous m'aider à rédiger une réponse qui explique le renouvellement automatique de l'abonnement numérique ?`),

  rec('csv_en', f`Reconcile this week's subscriber card payments against the bank deposit (we're $118.40 short):

${amb('source_code.snippet', f`sub_id,name,plan,amount,card,status
C-20418,R. Pemberton,print+digital,24.99,**** 4417,settled
C-20419,J. Okafor,digital,9.99,${pay(AMEX_US)},settled
C-20420,M. Castellano,weekend,14.50,**** 0192,refunded
C-20421,D. Whitcombe,print+digital,24.99,${pay(DISCOVER)},declined`)}`),

  rec('chat_ja', f`教習所の入校金の決済で、お客様のJCBカード ${pay(grp(JCB_JP, [4, 4, 4, 4]))}（有効期限 09/28）が「与信エラー」になりました。お客様への案内文を作ってください。`),

  rec('chat_zh', f`温室出口部：深圳的买家用银联卡 ${pay(grp(UNIONPAY, [4, 4, 4, 4]))} 付了定金，但是退款失败了。请帮我写一封中英文的说明邮件。`),

  rec('chat_ru', f`Клиент дистрибьютора оплатил поставку вакцин картой «Мир» ${pay(grp(MIR, [4, 4, 4, 4]))}, но платёж завис в статусе «обработка». Помоги составить письмо в банк-эквайер.`),

  rec('email_nl', f`Beste collega's,

De afnemer in Hamburg heeft de factuur EXP-2024-0871 (sla en basilicum, 14 pallets) nog niet betaald. Graag opnieuw de betaalgegevens sturen:
IBAN: ${ib(spaced(iban('NL', 'RABO0372918465')))}
BIC: ${amb('financial.swift_bic', 'RABONL2U')}
t.n.v. Kasvi Hydro B.V., Naaldwijk

Kun je dit in het Duits vertalen?`),

  rec('email_de', f`Sehr geehrte Damen und Herren,

für die Transferentschädigung (Spieler-ID FNF-2024-11873, Ausbildungsentschädigung gemäß FIFA-Reglement) bitten wir um Überweisung auf folgendes Konto:
Kontoinhaber: SV Rot-Weiß Leinetal e.V.
IBAN ${ib(spaced(iban('DE', '250501800039482716')))}
BIC ${amb('financial.swift_bic', 'SPKHDE2HXXX')}
Verwendungszweck: AE-2024-11873

Mit sportlichen Grüßen
Geschäftsstelle`),

  rec('chat_de_ch', f`Chönd Sie mir hälfe, e Zahligsmahnig für d'Fahrschuel z'formuliere? De Schüeler hät d'Fahrstunde nid zahlt. Üsi Kontodate: ${ib(spaced(iban('CH', '09000000874619205')))}, PostFinance. Betrag CHF 480.–`),

  rec('chat_es', f`Hola, el proveedor de cajas isotérmicas nos ha cambiado la cuenta. Nueva: ${ib(spaced(iban('ES', '01824572810201583947')))}. Antes de pagar la factura de 7.480 € quiero redactar un correo para confirmar el cambio llamando a su comercial (${phone('612 847 293', 'ES')}), por si es fraude. ¿Me ayudas?`),

  rec('email_it', f`Buongiorno,

in allegato la ricevuta per la quota di tesseramento arbitri 2024/25 (sezione di Bergamo). Il bonifico va effettuato su:
${ib(iban('IT', 'X0306909606100000063417'))}
Causale: QUOTA AIA 2024 – Rossi Matteo

Grazie,
Segreteria sezionale`),

  rec('chat_pl', f`Cześć, hurtownia farmaceutyczna przysłała fakturę za rejestratory temperatury. Numer konta: ${ib(spaced(iban('PL', '102055581111184729360571')))}. Czy możesz sprawdzić, czy format wygląda na poprawny polski NRB/IBAN?`),

  rec('chat_tr', f`Merhaba, kulüp transfer bedelinin ilk taksitini şu hesaba yatıracak: ${ib(spaced(iban('TR', '0006400000148293761053')))} (Türkiye İş Bankası). Federasyona gönderilecek bildirim yazısını hazırlar mısın? Ayrıca lisans ücreti kulübün kredi kartından (${pay(grp(MC_TR, [4, 4, 4, 4]))}) çekilecek.`),

  rec('chat_he', f`היי, לקוח של המשתלה ההידרופונית שילם מקדמה בכרטיס ${pay(grp(MC_IL, [4, 4, 4, 4]))} והעסקה נדחתה. תנסח לי בבקשה הודעה מנומסת בעברית שמבקשת ממנו לנסות שוב או להעביר לחשבון ${ib(spaced(iban('IL', '0126110000004829173')))}.`),

  rec('ach_en', f`Need to set up the recurring ACH for the Antarctic program's cargo forwarder in Christchurch — their US correspondent account:
Bank: First Harbor Bank, Seattle
Routing (ABA): ${v('financial.aba_routing', ABA('12500010'))}
Account: ${ambCat('financial', '4820193746')}
Please draft the vendor setup form text.`),

  rec('chat_en_au', f`Quick one — the station doctor's corporate Amex ${pay(grp(AMEX_AU, [4, 6, 5]))} got flagged for the Hobart pharmacy order. Can you write a note for finance explaining it was legit?`),

  rec('chat_pt_br', f`Oi, o aluno da autoescola pagou o pacote de aulas práticas no cartão ${pay(grp(VISA_BR, [4, 4, 4, 4]))} e pediu estorno. Pode me ajudar a escrever a resposta explicando a política de cancelamento? Também preciso pagar o instrutor autônomo: ${ib(spaced(iban('BR', '0036030502847000193847' + '5C1')))}`),

  rec('chat_hi_en', f`Bhai, greenhouse export ka advance payment buyer ne RuPay card ${pay(grp(RUPAY, [4, 4, 4, 4]))} se kiya, par gateway ne "BIN not supported" bola. Customer ko kya bolein? Hindi + English mein message likh do.`),

  rec('table_sv', f`Hej, kan du summera leverantörsbetalningarna för kylkedjan i juli?

| Leverantör | IBAN | Belopp |
|---|---|---|
| Kyltransport Norr AB | ${ib(spaced(iban('SE', '30000000049281736520')))} | 84 200 SEK |
| Frostlogg Oy | ${ib(spaced(iban('FI', '42301850073194')))} | 3 120 EUR |
| DataLogger ApS | ${ib(spaced(iban('DK', '30002184736205')))} | 18 900 DKK |`),

  rec('chat_ar', f`السلام عليكم، المستورد في دبي يطلب بيانات التحويل لفاتورة الخس والريحان. الحساب: ${ib(spaced(iban('AE', '0260001015829374601')))} — بنك الإمارات دبي الوطني. أرجو صياغة رسالة رسمية بالعربية والإنجليزية.`),

  rec('log_de', f`Kannst du mir sagen, warum die Zahlung für die Theorieprüfung fehlgeschlagen ist?

${amb('source_code.snippet', f`2024-08-12 10:41:07 ERROR payment.adyen refusalReason="Not enough balance" pspReference=8835720184726194
  card=${pay(VISA_DE)} expiry=04/27 holder="L. Brandauer" amount=EUR 129.00
  shopper_ip=${amb('pii.ip_address', '84.115.201.37')}`)}`),

  rec('chat_ka', f`გამარჯობა, ფედერაციამ ტრანსფერის საფასური უნდა გადაიხადოს ქართულ კლუბზე. ანგარიში: ${ib(spaced(iban('GE', 'TB7894836084000123')))}. რა უნდა ეწეროს დანიშნულებაში?`),

  rec('chat_en', f`Our test team keeps using a 19-digit Visa in the newspaper's billing sandbox: ${pay(VISA19)}. Is it OK to keep real-looking numbers like that in the fixtures, or should I switch to ${amb('financial.payment_card', '4242 4242 4242 4242')}?`),
];

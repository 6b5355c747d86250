/**
 * Held-out batch 159: card numbers, IBANs and routing numbers from refunds, donor compensation,
 * zoo memberships, handling invoices, crane deposits and loan repayments. Hand-written; check digits
 * computed with scripts/corpus/checksums.ts.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const CH_IBAN = ibanWithCheck('CH', '00235418293756104');
const VISA_PREPAID = luhnWithCheck('441867302915428');
const MC_2 = luhnWithCheck('222314806239157');
const JCB = luhnWithCheck('353011948263057');
const UNIONPAY = luhnWithCheck('621483019276150482');
const MIR = luhnWithCheck('220220418375926');
const TROY = luhnWithCheck('979208316642071');
const ELO = luhnWithCheck('636368204917352');
const VISA_AR = luhnWithCheck('450995381620473');
const NL_IBAN = ibanWithCheck('NL', 'INGB0006839217');
const IT_IBAN = ibanWithCheck('IT', 'X0306909606100000184273');
const PL_IBAN = ibanWithCheck('PL', '114020040000320274185936');
const ABA = abaWithCheck('02100021');
const ABA2 = abaWithCheck('32227162');
const SA_IBAN = ibanWithCheck('SA', '10000001938475620013');
const IL_IBAN = ibanWithCheck('IL', '0108000000047382915');
const RUPAY = luhnWithCheck('652150418293746');
const GR_IBAN = ibanWithCheck('GR', '01404120000041829375162');
const VISA_KR = luhnWithCheck('457973204185963');
const ES_IBAN = ibanWithCheck('ES', '00491500052718394012');
const AMEX = luhnWithCheck('37829104736215');
const AT_IBAN = ibanWithCheck('AT', '2011182947305612');
const HU_IBAN = ibanWithCheck('HU', '107000244418293760000000');
const DE_IBAN = ibanWithCheck('DE', '500105174182930561');
const MC_DE = luhnWithCheck('531864209375184');
const DISCOVER = luhnWithCheck('601104829375162');
const CZ_IBAN = ibanWithCheck('CZ', '03000000001847392651');
const SE_IBAN = ibanWithCheck('SE', '80000832790004817265');

export const BATCH159_FINANCIAL: DraftRecord[] = [
  rec('email_de_ch', f`Grüezi Frau Aebischer

Vielen Dank für Ihre Nachricht. Die Rückerstattung für die Gruppenbillette (Schulreise 3b, 24 Personen, Fahrt vom 17.09. ausgefallen wegen Sturm) überweisen wir gerne auf folgendes Konto:

Kontoinhaber: Schule Oberdorf, Elternrat
IBAN: ${iban(spacedFours(CH_IBAN))}
Betrag: CHF 1'152.00

Freundliche Grüsse
Ticketing Steinalp-Bahn AG

Kannst du den Text etwas freundlicher und kürzer machen?`),

  rec('chat_en', f`A donor at our plasma center says her compensation didn't load after yesterday's donation. She read me the number on her prepaid Visa: ${card(spacedFours(VISA_PREPAID))}. Can you help me write a short message telling her it can take 24 hours and to call the card support line if not?`),

  rec('chat_fr', f`Bonjour, le renouvellement de l'adhésion famille au zoo a été refusé. La cliente m'a dicté sa Mastercard au téléphone : ${card(groupedAs(MC_2, [4, 4, 4, 4], '-'))}, exp 03/27. Est-ce que je peux la ressaisir dans la caisse ou faut-il lui envoyer un lien de paiement ? Rédige-moi le courriel.`),

  rec('chat_ja', f`成田の貨物上屋で通関手数料をカードで払いたいという荷主さんがいます。JCBカード番号 ${card(JCB)}（有効期限 11/26）をメールで送ってきました。メールでカード番号を受け取らないよう丁寧にお願いする返信を書いてください。`),

  rec('chat_zh', f`上海的货代客户要用银联卡付仓储费和延误费，共 ¥8,640。他在微信里发了卡号：${card(spacedFours(UNIONPAY))}。请帮我写一条回复，说明我们只能通过支付链接收款。`),

  rec('chat_ru', f`Клиент из Екатеринбурга хочет оплатить аренду автокрана картой «Мир» ${card(spacedFours(MIR))} и просит выставить счёт на 186 400 ₽. Помоги вежливо объяснить, что номер карты нельзя присылать в почте, и предложить ссылку на оплату.`),

  rec('chat_tr', f`İzmir'deki hayvanat bahçesi yıllık üyelik ödemesi Troy kartla alınamadı. Müşteri kart numarasını telefonda verdi: ${card(spacedFours(TROY))}. Bankaya nasıl bir açıklama yazmalıyım?`),

  rec('chat_pt_br', f`Gente, a renovação do passaporte anual do zoológico caiu de novo. O sócio mandou no WhatsApp o cartão Elo ${card(spacedFours(ELO))} validade 08/28. Me ajuda a responder pedindo pra ele pagar pelo link e apagar a mensagem?`),

  rec('chat_es_ar', f`Che, una mamá quiere pagar la seña del cumple en el zoo con la Visa del marido, me pasó el número por mail: ${card(VISA_AR)}, vence 10/27. ¿Me armás una respuesta amable pidiéndole que lo cargue ella en el link de pago?`),

  rec('email_nl', f`Beste collega's van de afhandeling,

De factuur voor de grondafhandeling van vrachtvlucht AK 772 (AMS, 14 november) is nog niet voldaan. Graag overmaken op:

IBAN: ${iban(spacedFours(NL_IBAN))}
BIC: ${amb('financial.swift_bic', 'INGBNL2A')}
t.n.v. Aerokarga Ground Services B.V.
Bedrag: € 18.422,50

Met vriendelijke groet,
Debiteurenbeheer

Kun je hier een vriendelijke maar duidelijke herinnering van maken?`),

  rec('email_it', f`Buongiorno,
per confermare il noleggio della gru a torre Liebherr 172 EC-B per il cantiere di Bergamo è richiesto un deposito cauzionale di € 7.500,00 da versare sul conto:

${iban(IT_IBAN)}
Intestato a Hoistline Noleggio Gru S.r.l.

Cordiali saluti
Ufficio Commerciale

Puoi tradurla in inglese per il cliente austriaco?`),

  rec('chat_pl', f`Agent obsługi naziemnej w Katowicach przysłał fakturę za rozładunek. Sprawdzisz, czy numer konta ma dobry format zanim wyślę przelew? ${iban(spacedFours(PL_IBAN))} – Aerokarga Handling Sp. z o.o., kwota 42 310,00 zł.`),

  rec('form_en', f`Borrower wants to set up autopay after the forbearance ends. Can you check the form is complete before I submit it?

Borrower: Tanisha Greer
Loan account: KSS-4419-2087
Bank routing number: ${v('financial.aba_routing', ABA)}
Checking account: ${ambCat('financial', '004718293615')}
Start date: first payment after 01/15/2025
Callback: ${phone('(720) 418-2937', 'US')}`),

  rec('email_ar', f`السادة الكرام،

نرجو تحويل رسوم مناولة الشحنات عن شهر أكتوبر إلى الحساب التالي:
اسم المستفيد: شركة أيروكارغا للخدمات الأرضية
رقم الآيبان: ${iban(spacedFours(SA_IBAN))}
المبلغ: 96,250 ريال سعودي

مع التحية،
الحسابات

من فضلك ترجم الرسالة إلى الإنجليزية.`),

  rec('chat_he', f`ספק הקייטרינג לאירוע "לילה בגן החיות" שלח את פרטי החשבון להעברה: ${iban(IL_IBAN)}. תוכל לנסח לו מייל שמאשר שהתשלום יצא ביום חמישי?`),

  rec('chat_en_in', f`Borrower from Pune paid the EMI by RuPay card over the phone and the agent typed it in the notes field: ${card(groupedAs(RUPAY, [4, 4, 4, 4], '-'))}. Please draft an internal note asking the team to delete card numbers from notes as per policy.`),

  rec('email_el', f`Καλησπέρα σας,

Για την ενοικίαση του ερπυστριοφόρου γερανού (3 εβδομάδες, εργοτάξιο Πειραιά) παρακαλούμε καταθέστε την προκαταβολή στον λογαριασμό:
IBAN: ${iban(spacedFours(GR_IBAN))}
Δικαιούχος: Hoistline Hellas Μ.Ι.Κ.Ε.

Μπορείς να το κάνεις πιο επίσημο;`),

  rec('chat_ko', f`연간회원권 자동결제가 실패했다고 회원님이 카드번호를 채팅으로 보내셨어요: ${card(spacedFours(VISA_KR))}. 카드번호는 채팅으로 받지 않는다고 정중하게 안내하는 답장 좀 써주세요.`),

  rec('email_es', f`Estimada Sra. Ortega:

Le confirmamos que, tras la aprobación de su plan de pago reducido, la cuota mensual de 118,40 € se cargará por domiciliación bancaria en la cuenta ${iban(spacedFours(ES_IBAN))} a partir del 5 de febrero.

Atentamente,
Equipo de Dificultades de Pago

¿Puedes revisar el tono?`),

  rec('csv', f`Please find any renewals that were charged twice in this export from the zoo's membership system:

${amb('source_code.snippet', f`member_id,plan,amount,card,charged_at
ZM-20871,Family,149.00,**** **** **** 4417,2024-11-02 10:14
ZM-20871,Family,149.00,**** **** **** 4417,2024-11-02 10:15
ZM-31146,Individual,69.00,**** **** **** 9052,2024-11-03 09:02
ZM-31190,Patron,450.00,${card(groupedAs(AMEX, [4, 6, 5]))},2024-11-03 16:40
ZM-31204,Senior,49.00,**** **** **** 7730,2024-11-04 11:27`)}

(The patron row came from the old terminal that didn't mask.)`),

  rec('chat_de_at', f`Hallo, ein Kunde hat die Kaution für die Kranmiete doppelt überwiesen. Bitte hilf mir bei einer Mail, dass wir 3.200 € zurücküberweisen, und zwar auf sein Konto ${iban(spacedFours(AT_IBAN))}. Er ist Bauunternehmer aus Graz, eher formell schreiben.`),

  rec('chat_hu', f`A plazmaközpontban a donorok térítését utalással fizetjük. Egy donor új számlaszámot adott meg: ${iban(spacedFours(HU_IBAN))}. Írnál egy rövid visszaigazoló SMS-szöveget, hogy a következő térítés már erre érkezik?`),

  rec('chat_de', f`Wir bekommen für die Frachtabfertigung in Leipzig eine Gutschrift. Der Kunde hat geschrieben: "Bitte auf ${iban(DE_IBAN)} erstatten, alternativ auf die Firmen-Mastercard ${card(spacedFours(MC_DE))}." Was davon soll ich ins SAP eintragen?`),

  rec('chat_en_us', f`Student borrower is asking if she can make a one-time hardship payment with her Discover card ${card(groupedAs(DISCOVER, [4, 4, 4, 4], '-'))}. Our policy only allows debit or ACH. Please write a reply that explains this kindly and mentions routing number ${v('financial.aba_routing', ABA2)} is ours for wire payments only.`),

  rec('chat_cs_sv', f`Dva zahraniční účastníci kurzu jeřábníků chtějí refundaci. Český účet: ${iban(spacedFours(CZ_IBAN))}, švédský: ${iban(spacedFours(SE_IBAN))}. Napiš mi prosím krátký e-mail v angličtině, že peníze odejdou do pátku.`),
];

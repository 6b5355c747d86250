/** Held-out batch 148: card numbers, IBANs and routing numbers in chats, invoices, exports and dispute notes. Many languages. Hand-written. */
import { abaWithCheck, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const amexSpaced = (d: string) => `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`;

const VISA_FR = luhnWithCheck('497401628375190');
const MC_AU = luhnWithCheck('516734820194736');
const AMEX_GR = luhnWithCheck('37621849305718');
const MC_TR = luhnWithCheck('545718203964172');
const VISA_IL = luhnWithCheck('458017293846105');
const JCB_JP = luhnWithCheck('354082719364028');
const DISC_US = luhnWithCheck('601149273810562');
const MC2_BR = luhnWithCheck('222341879205163');
const UP_CN = luhnWithCheck('621483092756134982');
const VISA_US = luhnWithCheck('414720938561027');

const IBAN_FR = ibanWithCheck('FR', '30004018230001287493062');
const IBAN_IT = ibanWithCheck('IT', 'X0542811101000000482917');
const IBAN_GE = ibanWithCheck('GE', 'TB7400036080482917');
const IBAN_ES = ibanWithCheck('ES', '21000418450200051332');
const IBAN_CH = ibanWithCheck('CH', '00762011623852957');
const IBAN_NL = ibanWithCheck('NL', 'RABO0348217396');
const IBAN_NO = ibanWithCheck('NO', '15032048127');
const IBAN_DE = ibanWithCheck('DE', '500105175407324931');
const IBAN_PL = ibanWithCheck('PL', '109010140000071219812874');
const IBAN_HU = ibanWithCheck('HU', '107001240482719300000000');
const IBAN_AE = ibanWithCheck('AE', '0330000010482739251');
const IBAN_PT = ibanWithCheck('PT', '000700000048291736523');
const IBAN_GR = ibanWithCheck('GR', '01101250000000482739165');
const ABA = abaWithCheck('07400098');

export const BATCH148_FINANCIAL: DraftRecord[] = [
  rec('chat_fr', f`Bonjour, une adhérente du club « Cave des Amis » nous a envoyé sa nouvelle carte par mail pour l'expédition de printemps : Visa ${v('financial.payment_card', spacedFours(VISA_FR))}, exp. 09/28. Peux-tu m'aider à lui répondre qu'on ne prend jamais les cartes par mail et qu'elle doit passer par son espace membre ?`),

  rec('csv', f`Can you work out which wine club members failed the autumn release charge and why? Export from the club software:

${amb('source_code.snippet', f`member_id,name,tier,card,result,decline_code
WC-10482,Harriet Nolan,Reserve,**** 4417,approved,
WC-10517,Dev Patel,Cellar,**** 0938,declined,insufficient_funds
WC-10533,Bronwyn Cole,Library,${v('financial.payment_card', MC_AU)},declined,expired_card
WC-10549,Sam O'Rourke,Cellar,**** 7720,approved,`)}

The Library tier row shows the whole card, is that a bug in the export?`),

  rec('invoice_fr', f`Tonnellerie Dufresne & Fils
Facture n° TD-2025-0147 — 24 barriques 225 L chêne français, chauffe moyenne
Montant TTC : 21 816,00 €

Règlement par virement à 30 jours :
IBAN : ${v('financial.iban', spacedFours(IBAN_FR))}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}

Peux-tu vérifier que le montant correspond bien à 24 × 756 € HT + TVA 20 % ?`),

  rec('email_it', f`Gentile Sig.ra Conti,

come concordato, il pagamento delle 1.200 bottiglie di Brunello 2019 va effettuato sul seguente conto:
IBAN ${v('financial.iban', IBAN_IT)}
intestato a Enoteca Conti S.r.l., causale "ordine 2025/044".

Mi aiuti a riscrivere questa mail in modo più cordiale?`),

  rec('chat_ka', f`გთხოვ, თარგმნე ინგლისურად: "ქვევრების საფასურის გადარიცხვა გთხოვთ შემდეგ ანგარიშზე: ${v('financial.iban', spacedFours(IBAN_GE))}, მიმღები: ი/მ გიორგი ბერიძე. თანხა: 4 800 ლარი."`),

  rec('chat_el', f`Γεια σου, πελάτης μάς στέλνει email ότι διαφωνεί με τη χρέωση για τη γρατζουνιά στην πόρτα. Η χρέωση έγινε στην American Express ${v('financial.payment_card', amexSpaced(AMEX_GR))} στις 12/03. Γράψε μου μια ευγενική απάντηση στα αγγλικά που να εξηγεί ότι έχουμε φωτογραφίες από την παραλαβή.`),

  rec('chat_tr', f`Merhaba, müşteri aracı çarpık teslim etti, hasar bedeli 3.450 TL. Sözleşmede kayıtlı kart: ${v('financial.payment_card', MC_TR.replace(/(\d{4})(?=\d)/g, '$1-'))}. Müşteriye provizyon çekeceğimizi bildiren kısa ve resmi bir mesaj yazar mısın?`),

  rec('email_es', f`Estimado cliente:

Le informamos de que la multa de tráfico (expediente 2025/118374) se ha anulado y le devolveremos los 40 € de gastos de gestión. Por favor confirme que el reembolso debe hacerse a la cuenta:
${v('financial.iban', spacedFours(IBAN_ES))}

Atentamente,
Departamento de Multas — Oficina Aeropuerto Málaga

¿Puedes revisar la redacción?`),

  rec('chat_gsw', f`Grüezi, en Chund het s'Depot vom Mietwage no nöd zrugg übercho. Er het üs sini IBAN gschickt: ${v('financial.iban', spacedFours(IBAN_CH))}. Chasch mer es churzes Mail uf Hochdütsch schriibe, dass mir das bis Fritig überwiesed?`),

  rec('chat_he', f`שלום, לקוחה שילמה על בדיקת אבהות פרטית בכרטיס ויזה ${v('financial.payment_card', spacedFours(VISA_IL))} ועכשיו היא מבקשת החזר כי ביטלה את הבדיקה לפני איסוף הדגימות. תנסח לי תשובה מנומסת שמסבירה שההחזר יתקבל תוך 14 ימי עסקים.`),

  rec('email_nl', f`Geachte heer/mevrouw,

Hierbij ontvangt u factuur 2025-0321 voor het DNA-onderzoek in zaak PL0900-2025-114782 (3 referentiemonsters, 5 sporen). Wij verzoeken u het bedrag van € 4.265,00 binnen 30 dagen over te maken op ${v('financial.iban', spacedFours(IBAN_NL))} t.n.v. Forensisch DNA Laboratorium B.V., onder vermelding van het factuurnummer.

Kun je dit korter en zakelijker maken?`),

  rec('chat_no', f`Hei! Leverandøren av gassdetektorer til plattformen har sendt ny faktura med endret kontonummer. Ny IBAN: ${v('financial.iban', IBAN_NO)}, BIC ${amb('financial.swift_bic', 'DNBANOKKXXX')}. Kan du skrive en e-post der vi ber om bekreftelse på telefon før vi betaler? Ring helst kontaktpersonen på ${phone('+47 51 83 72 90')}.`),

  rec('form', f`Vendor banking update — Gulf of Mexico rope-access contractor (for the permit-to-work subcontractor register)

Bank: First Coastal Bank of Louisiana
ABA routing number: ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '4820193756')}
Account type: Checking
Remit-to contact: Darnell Boudreaux, ${phone('(337) 482-9106', 'US')}

Please turn this into the standard vendor-change checklist (callback verification, two approvers).`),

  rec('email_de', f`Sehr geehrte Damen und Herren,

für die Fernleihe (Bestellung FL-2025-08813, Aufsatzkopie aus "Zeitschrift für Rechtsgeschichte") berechnen wir eine Auslagenpauschale von 8,00 €. Bitte überweisen Sie den Betrag auf folgendes Konto:
IBAN: ${v('financial.iban', spacedFours(IBAN_DE))}
BIC: ${amb('financial.swift_bic', 'MARKDEF1500')}
Verwendungszweck: FL-2025-08813

Mit freundlichen Grüßen
Universitätsbibliothek, Fernleihstelle

Bitte auf Englisch übersetzen für einen Gastwissenschaftler.`),

  rec('chat_ja', f`文献複写の料金を海外の図書館に支払うため、学部のカードを使いたいです。JCBカード番号は${v('financial.payment_card', spacedFours(JCB_JP))}、有効期限は2027年11月です。先方のフォームに入力する前に、英語で支払い確認のメールを書いてもらえますか。`),

  rec('dispute_note', f`Consumer dispute #CD-2025-0418392 — tradeline "Horizon Retail Card"
Consumer states she never opened this account. She provided the card number printed on the statement she received: ${v('financial.payment_card', DISC_US)}. Furnisher reports opened 08/2023, balance $2,418.
Action: ACDV sent to furnisher, 30-day clock started 03/19/2025.

Summarize this for the consumer response letter in plain language.`),

  rec('chat_pl', f`Dzień dobry, klient złożył reklamację do biura informacji kredytowej, że spłacił pożyczkę, a wpis dalej widnieje. Dołączył potwierdzenie przelewu z rachunku ${v('financial.iban', IBAN_PL.replace(/^(.{4})(.{4})(.{4})(.{4})(.{4})(.{4})(.{4})$/, '$1 $2 $3 $4 $5 $6 $7'))}. Napisz proszę krótkie pismo do wierzyciela z prośbą o weryfikację.`),

  rec('chat_hu', f`Szia, egy ügyfél panaszt tett a hiteljelentésére: szerinte a törlesztéseit időben fizette, bizonyítékként a ${v('financial.iban', spacedFours(IBAN_HU))} számláról indított utalásokat küldte. Segítenél egy hivatalos válaszlevelet írni?`),

  rec('chat_pt_br', f`Oi! Um consumidor contestou uma anotação de inadimplência dizendo que o cartão foi clonado. O número que ele informou é ${v('financial.payment_card', spacedFours(MC2_BR))} (Mastercard). Me ajuda a montar a resposta padrão explicando o prazo de análise de 10 dias úteis?`),

  rec('chat_ar', f`مرحباً، عميل أعاد السيارة قبل الموعد ويطلب استرداد مبلغ التأمين 1,500 درهم. رقم الآيبان الذي أرسله: ${v('financial.iban', spacedFours(IBAN_AE))}. اكتب لي رداً رسمياً يؤكد أن المبلغ سيُحوَّل خلال 7 أيام عمل.`),

  rec('chat_zh', f`客人用银联卡 ${v('financial.payment_card', UP_CN)} 付了车损押金 5000 元，现在还车了要退款，但系统显示"卡号长度错误"。19 位的银联卡我们的 POS 不支持吗？帮我写一段给客人的中英文说明。`),

  rec('email_pt', f`Caro sócio do Clube de Vinhos da Quinta,

Recebemos a sua autorização de débito direto SEPA. Confirmamos os dados:
IBAN: ${v('financial.iban', spacedFours(IBAN_PT))}
Periodicidade: trimestral (3 garrafas)
Primeira cobrança: 15 de abril

Melhore o texto, por favor, e acrescente uma frase sobre como cancelar.`),

  rec('chat_el', f`Θέλω να απαντήσω σε ενοικιαστή που ζητά επιστροφή της εγγύησης με έμβασμα αντί για πίστωση στην κάρτα. Μου έστειλε IBAN ${v('financial.iban', IBAN_GR)}. Γράψε μια σύντομη απάντηση που να ζητά και αντίγραφο ταυτότητας για επιβεβαίωση.`),

  rec('chat', f`Credit bureau dispute desk: a consumer read his full Visa number to the agent on the recorded line and it ended up in the call note: "cust confirms card ${v('financial.payment_card', VISA_US.replace(/(\d{4})(?=\d)/g, '$1 '))} was closed 2022, disputes late pays on it". Draft a short internal reminder about not writing full card numbers in notes.`),
];

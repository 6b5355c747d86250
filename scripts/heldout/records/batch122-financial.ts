/**
 * Held-out batch 122: payment data at a café franchise, a fisheries inspectorate, a chip-packaging
 * subcontractor, a domestic-violence shelter, a national archive and a perfume e-shop, in many
 * languages. IBANs and card numbers computed with the corpus helpers. Hand-written.
 */
import { ibanWithCheck as iban, luhnWithCheck as card, spacedFours as grp } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const spaced = (s: string): string => s.replace(/(\d{4})(?=\d)/g, '$1 ');

const AT = iban('AT', '2011182934751006');
const BE = iban('BE', '735041829361');
const PL = iban('PL', '10901014000071219812874106');
const IS = iban('IS', '0159260076545510730339');
const HR = iban('HR', '23400091158273645');
const DE = iban('DE', '50070010' + '0947382615');
const NL = iban('NL', 'RABO' + '0318274659');
const IT = iban('IT', 'X' + '03069' + '09606' + '100000061928');
const DK = iban('DK', '30000018273645');
const ES = iban('ES', '2100' + '0418' + '45' + '0200051332');
const CZ = iban('CZ', '0800' + '000019' + '2847561033');
const FI = iban('FI', '42301000' + '172839');
const TR = iban('TR', '00062' + '0' + '0000017294836519');
const AE = iban('AE', '033' + '1029384756102938');
const GE = iban('GE', 'TB' + '7729183746501928');
const IL = iban('IL', '010' + '800' + '0000099182736');
const PT = iban('PT', '0035' + '0651' + '00047382914' + '67');

const VISA_FR = card('497010' + '382915647');
const VISA_GR = card('4539' + '27184' + '06352');
const MC_KR = card('5412' + '7534' + '9021' + '683');
const JCB_JP = card('3566' + '0028' + '3947' + '105');
const UNIONPAY = card('6214' + '8312' + '0574' + '692');
const MIR = card('2202' + '2039' + '5718' + '446');
const AMEX_US = card('3782' + '164039' + '2718');
const MC_DE = card('2221' + '0093' + '8476' + '125');

export const BATCH122_FINANCIAL: DraftRecord[] = [
  rec('email_de_at', f`Betreff: Neue Bankverbindung für die Franchise-Gebühren

Servus,
ab Dezember bitte die Lizenzgebühr für die Filiale Graz-Lend vom neuen Konto einziehen:
Kontoinhaber: Kaffeehaus Lend OG
IBAN: ${v('financial.iban', grp(AT))}
BIC: ${amb('financial.swift_bic', 'RLNWATWWGRZ')}
Das SEPA-Lastschriftmandat schick ich unterschrieben nach.

Kannst du daraus eine kurze Bestätigung an den Franchisenehmer formulieren?`),

  rec('chat_fr_be', f`Bonjour, un franchisé de Namur me demande de rembourser un double prélèvement (royalties octobre, 1 248,00 €). Son compte : ${v('financial.iban', grp(BE))}, titulaire SRL Café Meuse. Tu peux me rédiger le mail de confirmation ? Je préfère pas recopier le numéro de compte en entier dans la réponse, juste les 4 derniers chiffres.`),

  rec('chat_am', f`ሰላም፣ ከይርጋጨፌ ቡና አቅራቢያችን የክፍያ መረጃ ደርሶናል። በእንግሊዝኛ የክፍያ ትዕዛዝ እንዲጽፉልኝ እፈልጋለሁ፦
ባንክ፦ የኢትዮጵያ ንግድ ባንክ
SWIFT፦ ${amb('financial.swift_bic', 'CBETETAA')}
የሂሳብ ቁጥር፦ ${ambCat('financial', '1000287364519')}
መጠን፦ 18,400 USD (ግሬድ 1 ያልታጠበ፣ 60 ከረጢት)`, 'Ethiopian account number: no IBAN in Ethiopia, no rule claims it, ambiguous financial span'),

  rec('chat_fr', f`Une cliente m'a écrit sur le chat du site (Maison Iraé) pour « payer plus vite » :
« Bonjour, voici ma carte pour le coffret Noël : ${v('financial.payment_card', spaced(VISA_FR))}, exp 09/27, cryptogramme 318 »
Je dois lui répondre quoi ? On n'a pas le droit de prendre les paiements par chat.`),

  rec('chat_pl', f`Klientka zwróciła perfumy (zamówienie IR-PL-20931), płaciła BLIKiem więc zwrot musi iść przelewem. Podała numer konta: ${amb('financial.iban', PL.slice(2))} — czy to wystarczy, czy potrzebujemy pełnego IBAN z PL? Napisz proszę krótką odpowiedź po polsku.`, 'Polish account written as the 26-digit NRB without the country code: the IBAN body with its check digits, but no country code to check it by, so ambiguous'),

  rec('chat_ko', f`고객이 카카오톡 상담으로 카드번호를 보냈어요: ${v('financial.payment_card', MC_KR.replace(/(\d{4})(?=\d)/g, '$1-'))} 유효기간 11/26
결제 오류 났다고 대신 결제해달라는데, 어떻게 정중하게 거절하고 카드번호 삭제 안내를 할 수 있을까요?`),

  rec('chat_ja', f`お客様からのメールにカード番号がそのまま書かれていました。「JCB ${v('financial.payment_card', spaced(JCB_JP))} で香水の定期便を払いたい」とのこと。返信文（カード番号を削除したことを伝える）を作ってください。`),

  rec('chat_zh_cn', f`客户说在我们官网买香水用银联卡扣款两次，卡号是 ${v('financial.payment_card', UNIONPAY)}，订单号 IR-CN-77120。帮我写一封道歉和退款说明的邮件。`),

  rec('chat_ru', f`Покупательница из Казани пишет, что оплата картой «Мир» не проходит: ${v('financial.payment_card', spaced(MIR))}, срок 08/28. Мы вообще принимаем «Мир» на международном сайте? Составь вежливый ответ.`),

  rec('email_is', f`Efni: Endurgreiðsla tryggingar – veiðileyfi

Góðan dag,
útgerðin Hafdís ehf. á inni endurgreiðslu á tryggingu vegna afturkallaðs veiðileyfis. Reikningsnúmer:
${v('financial.iban', grp(IS))}
Kennitala útgerðar fylgir í sér skjali.

Getur þú skrifað þetta formlega á ensku fyrir ársskýrsluna?`),

  rec('chat_hr', f`Trebam dopis vlasniku ribarskog broda (PŠ-417) da mu vraćamo preplaćenu kaznu od 2.650,00 EUR na račun ${v('financial.iban', HR)} (Zagrebačka banka). Napiši službeno, kratko.`),

  rec('csv', f`Customer quality — which of these credit notes for the QFN-48 reliability failure were already paid? Export from AP:

${amb('source_code.snippet', f`credit_note;customer;amount_eur;iban;bic;status
CN-24-1187;Halvex Automotive GmbH;48210.00;${v('financial.iban', DE)};${amb('financial.swift_bic', 'MARKDEF1500')};PAID
CN-24-1188;Vondel Sensors B.V.;12944.50;${v('financial.iban', NL)};${amb('financial.swift_bic', 'RABONL2U')};OPEN
CN-24-1192;Lagomar Elettronica S.r.l.;7310.00;${v('financial.iban', IT)};${amb('financial.swift_bic', 'BCITITMM')};OPEN`)}`),

  rec('chat', f`US customer wants the 8D penalty refund by ACH instead of wire. Their AP sent: routing ${v('financial.aba_routing', '011203' + '96' + '4')}, account ${ambCat('financial', '483920175561')}, Marlow Power Devices Inc. Can you draft the confirmation to their AP and our finance team?`, 'account number beside its ABA routing number: ambiguous financial span (no rule claims it)'),

  rec('chat_da', f`Hej, en af vores beboere på krisecentret skal have udbetalt nødhjælp (1.500 kr.) fra fonden. Hun har givet mig sit kontonummer som IBAN: ${v('financial.iban', grp(DK))}. Kan du skrive en kort intern note til bogholderiet uden hendes navn?`),

  rec('chat_es', f`Hola, necesito redactar una solicitud a la fundación para que paguen la fianza del piso de una usuaria del centro (850 €). La cuenta del arrendador es ${v('financial.iban', grp(ES))}. No pongas el nombre de la usuaria, solo la referencia interna CA-2024-117.`),

  rec('chat_cs', f`Badatel nám zaplatil za reprodukce dvakrát (2× 1 340 Kč). Vrácení na účet ${v('financial.iban', grp(CZ))}. Napiš mi prosím krátký dopis, že peníze vracíme, a zmiň číslo objednávky REP-2024-0712.`),

  rec('chat_el', f`Ένας ερευνητής πλήρωσε τηλεφωνικά την ψηφιοποίηση φακέλου (45 €) και του κατέγραψα την κάρτα ${v('financial.payment_card', spaced(VISA_GR))} λήξη 03/26 σε χαρτάκι. Τώρα τη χρεώνω από το POS. Μετά τι κάνω με το χαρτί; Γράψε μου μια σύντομη διαδικασία για το αναγνωστήριο.`),

  rec('chat_fi', f`Hei! Tutkija pyytää palautusta peruutetusta digitointitilauksesta. Tilinumero ${v('financial.iban', grp(FI))}, summa 86,40 €. Kirjoita lyhyt vahvistusviesti englanniksi ja suomeksi.`),

  rec('chat_tr', f`Müşteri parfüm iadesi için IBAN gönderdi: ${v('financial.iban', grp(TR))} — Ad Soyad: Elif Karaca. Siparişi kapıda ödeme ile almıştı. İade süresini (7–10 iş günü) anlatan kibar bir mesaj yazar mısın?`),

  rec('chat_ar_ae', f`عميلة من أبوظبي تطلب استرداد مبلغ ٦٤٠ درهم لعطر وصل مكسور. أرسلت الآيبان: ${v('financial.iban', AE)}. اكتب لي رد مختصر بالعربي يؤكد استلام الطلب وأن المبلغ سيصل خلال ١٠ أيام عمل.`),

  rec('chat_ka', f`გამარჯობა! ბათუმის ფრანჩაიზის პარტნიორმა ახალი ანგარიში გამოგვიგზავნა როიალტის დასაბრუნებლად: ${v('financial.iban', GE)} (თიბისი ბანკი). დამიწერეთ მოკლე დადასტურება ინგლისურად.`),

  rec('chat_he', f`לקוחה מתל אביב ביקשה החזר על בושם שהגיע פגום. פרטי חשבון: ${v('financial.iban', grp(IL))}, בנק לאומי. תנסח לי בבקשה תשובה קצרה בעברית, ותזכיר שההחזר לוקח עד 14 ימי עסקים.`),

  rec('chat', f`Corporate gifting order for a law firm in Boston, their office manager phoned in the Amex: ${v('financial.payment_card', AMEX_US.replace(/^(\d{4})(\d{6})(\d{5})$/, '$1 $2 $3'))}, exp 05/28. She also left a callback number ${phone('(617) 482-3951', 'US')}. Write me a note for the order file that doesn't store the card number.`),

  rec('chat_pt', f`Bom dia, um franchisado do Porto quer pagar a renda da máquina de café por débito direto. Dados: ${v('financial.iban', grp(PT))}, titular Café Ribeira Lda. E o cartão da empresa para a caução: ${v('financial.payment_card', MC_DE)}. Redige-me o email a confirmar as duas coisas.`),
];

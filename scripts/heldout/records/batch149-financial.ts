/**
 * Held-out batch 149: cards, IBANs and routing numbers at a mountain-rescue service, audiology
 * clinics, a container terminal's gate office, a film festival, crop-insurance loss adjusters and a
 * municipal cemetery and crematorium, in many languages. Hand-written; check digits computed.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const IBAN_CH = spacedFours(ibanWithCheck('CH', '00767' + '000K83920157'));
const IBAN_IT = ibanWithCheck('IT', 'Z' + '03069' + '11210' + '000047391826');
const IBAN_BE = spacedFours(ibanWithCheck('BE', '0689' + '274815' + '90'));
const IBAN_PL = spacedFours(ibanWithCheck('PL', '10901753' + '0000000147382956'));
const IBAN_RO = spacedFours(ibanWithCheck('RO', 'BTRL' + '0470' + '1205T83926XX'));
const IBAN_HU = spacedFours(ibanWithCheck('HU', '1040' + '0157' + '0' + '5274839' + '16200004'));
const IBAN_GR = spacedFours(ibanWithCheck('GR', '017' + '0428' + '0000428103957216'));
const IBAN_TR = spacedFours(ibanWithCheck('TR', '00064' + '0' + '0000218375946201'));
const IBAN_IL = ibanWithCheck('IL', '012' + '693' + '0000004827391');
const IBAN_SA = ibanWithCheck('SA', '45' + '000000381920475016');
const IBAN_GE = spacedFours(ibanWithCheck('GE', 'BG' + '0000000583917264'));
const IBAN_FR = spacedFours(ibanWithCheck('FR', '13906' + '00085' + '48273910452' + '71'));
const IBAN_DE = spacedFours(ibanWithCheck('DE', '76050000' + '0483927165'));
const IBAN_AT = spacedFours(ibanWithCheck('AT', '20815' + '00048392716'));

const VISA_GB = spacedFours(luhnWithCheck('465901738294016'));
const AMEX_MX = groupedAs(luhnWithCheck('37640291758304'), [4, 6, 5]);
const MC_BR = spacedFours(luhnWithCheck('523418076295140'));
const JCB_JP = groupedAs(luhnWithCheck('356614820937461'), [4, 4, 4, 4], '-');
const UNIONPAY_CN = spacedFours(luhnWithCheck('622848039172645'));
const MIR_RU = spacedFours(luhnWithCheck('220220394817562'));
const VISA_KR = luhnWithCheck('438712095837264');
const MC2_CSV = luhnWithCheck('222300471836529');
const VISA_CSV = luhnWithCheck('491730582614097');
const DISC_CSV = luhnWithCheck('601158302749186');
const TROY_TR = spacedFours(luhnWithCheck('979204713826590'));
const RUPAY_IN = spacedFours(luhnWithCheck('652183047192638'));
const DINERS_CH = groupedAs(luhnWithCheck('3056930259041'), [4, 6, 4]);

const ABA = abaWithCheck('07392018');

export const BATCH149_FINANCIAL: DraftRecord[] = [
  rec('chat_de-CH', f`Chasch mer bitte e fründlichi Zahligserinnerig formuliere? Helikopterbergig vom 3. Februar, Rechnig Nr. RV-2025-0188, Betrag CHF 4'870.–. Zahlbar uf üses Konto ${v('financial.iban', IBAN_CH)}, lautend uf Rettungsstation Varuna. De Patient isch versicheret, aber d'Versicherig het no nüt zahlt.`),

  rec('email_it', f`Buongiorno,

grazie per la vostra offerta in memoria di Giulio. Per chi volesse contribuire all'acquisto del nuovo ARTVA per la stazione, le coordinate sono:
IBAN ${v('financial.iban', IBAN_IT)}
Intestato a: Soccorso Alpino Val Fiscalina ODV
Causale: donazione attrezzatura 2025

Puoi rendere il tono un po' più caldo ma sobrio?`),

  rec('chat_en-GB', f`Patient wants to pay the balance on her new hearing aids over the phone and read me her card: ${v('financial.payment_card', VISA_GB)}, exp 07/28, name Margaret Howells. Our card machine is down. Can I just write it on the appointment notes and process it tomorrow? What does PCI say?`),

  rec('chat_es-MX', f`Oye, un invitado del festival me mandó por WhatsApp su American Express para garantizar la habitación: ${v('financial.payment_card', AMEX_MX)}, vence 11/27. ¿Me ayudas a redactarle un mensaje amable diciéndole que no mande datos de tarjeta por chat y que use el enlace de pago?`),

  rec('email_nl-BE', f`Goedemiddag,

Voor de overschrijding van de vrije opslagtermijn (demurrage) van container MSKU 739215 4 rekenen wij € 1.260,00 aan. Gelieve te betalen op rekening ${v('financial.iban', IBAN_BE)} (BIC ${amb('financial.swift_bic', 'GKCCBEBB')}) met vermelding van factuurnummer EQ-DM-24-3391.

Met vriendelijke groeten,
Facturatie Gate Office

→ kan je dit in het Frans vertalen voor een Waalse transporteur?`),

  rec('chat_pt-BR', f`Gente, a produtora de um diretor convidado pagou a inscrição do filme com o cartão corporativo e agora quer estornar. Os dados que ela mandou: Mastercard ${v('financial.payment_card', MC_BR)}, validade 03/29. Como eu explico pra ela que o estorno tem que ser pedido pela plataforma?`),

  rec('email_pl', f`Szanowny Panie,

w związku ze szkodą gradową w uprawie rzepaku (działka nr 214/3, obręb Lubiszewo) informujemy, że odszkodowanie w wysokości 18 420,00 zł zostanie przekazane na rachunek:
${v('financial.iban', IBAN_PL)}
Prosimy o potwierdzenie, że numer rachunku jest aktualny.

Z poważaniem,
Dział Likwidacji Szkód Rolnych

Popraw proszę styl, żeby brzmiało mniej urzędowo.`),

  rec('chat_ro', f`Ajută-mă să scriu o scrisoare pentru fermierul Ionescu: evaluarea pagubei din seceta din iulie e gata, despăgubirea de 26.300 lei se plătește în contul ${v('financial.iban', IBAN_RO)} în 10 zile lucrătoare. Vreau un ton oficial, dar prietenos.`),

  rec('chat_hu', f`A sírhely-megváltási díj befizetéséről kell egy rövid tájékoztató a hozzátartozóknak: összeg 86 000 Ft, kedvezményezett Városgondnokság – Köztemető, számlaszám ${v('financial.iban', IBAN_HU)}, közlemény: a sírhely száma. Megfogalmaznád udvariasan?`),

  rec('email_el', f`Καλησπέρα σας,

σας ενημερώνουμε ότι το τέλος αποτέφρωσης ανέρχεται σε 380 €. Η κατάθεση γίνεται στον λογαριασμό του Δήμου ${v('financial.iban', IBAN_GR)}, με αιτιολογία το ονοματεπώνυμο του εκλιπόντος.

Με εκτίμηση,
Γραφείο Κοιμητηρίων

→ μπορείς να το κάνεις λίγο πιο ευγενικό και συμπονετικό;`),

  rec('chat_tr', f`Nakliye firmasına gecikme cezası faturasını nasıl yazarız? Tutar 14.750 TL, ödeme terminal işletmesinin hesabına: ${v('financial.iban', IBAN_TR)}. Firmanın muhasebecisi de kartla ödemek istediğini söyledi, kart numarasını bana telefonda okudu: ${v('financial.payment_card', TROY_TR)}. Bunu nereye kaydetmeliyim?`),

  rec('chat_he', f`אורח של הפסטיבל ביקש החזר על כרטיס הטיסה שבוטלה. הוא שלח פרטי חשבון: ${v('financial.iban', IBAN_IL)}, בנק לאומי. תנסח לי בבקשה מייל לשירות הכספים שיעבירו 2,340 ש״ח. באנגלית.`),

  rec('chat_ar-SA', f`أحتاج صياغة خطاب رسمي لشركة النقل بخصوص رسوم التخزين الإضافية على الحاويات. المبلغ ٧٬٤٠٠ ريال، ويُحوَّل إلى حساب المحطة: ${v('financial.iban', IBAN_SA)} لدى البنك الأهلي. الرجاء إضافة رقم الفاتورة INV-DMM-24-0917.`),

  rec('form_en-US', f`Direct deposit for hail indemnity – please check this before I upload it to the payment system:

Insured: Dale & Rita Kowalczyk Farms LLC
Policy: MPCI-IA-2024-071846 (corn, Story County)
Bank: Prairie State Credit Union
Routing number: ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '40028173659')}
Amount: $38,612.40
Adjuster: T. Nguyen, 10/18/2024`),

  rec('chat_ja', f`映画祭のゲスト登録料を代理で払ってほしいと監督から頼まれました。JCBカード ${v('financial.payment_card', JCB_JP)}、有効期限 09/27 とメールで送ってきたのですが、このまま決済画面に入力して大丈夫でしょうか。あとカード情報をメールで送らないようにお願いする文も作ってください。`),

  rec('chat_zh-CN', f`有位老人家要给助听器付尾款，他儿子在电话里把银联卡号报给我了：${v('financial.payment_card', UNIONPAY_CN)}。我先记在预约备注里了，明天再刷可以吗？帮我写一段给门店同事的提醒，说明以后不能这样记录卡号。`),

  rec('chat_ru', f`Родственница хочет оплатить кремацию и памятную табличку картой «Мир» по телефону: ${v('financial.payment_card', MIR_RU)}, срок 05/28. Составь, пожалуйста, вежливый ответ, что оплата по телефону невозможна и нужна ссылка на эквайринг.`),

  rec('email_ka', f`გამარჯობა,

სამთო-სამაშველო სამსახურის ახალი აღჭურვილობისთვის შემოწირულობა შეგიძლიათ გადმორიცხოთ ანგარიშზე:
${v('financial.iban', IBAN_GE)}
მიმღები: ყაზბეგის სამაშველო ასოციაცია

→ ინგლისურად თარგმნე, გთხოვ, უცხოელი ალპინისტებისთვის.`),

  rec('chat_fr', f`Tu peux vérifier ce RIB avant que je valide le versement de l'indemnité grêle ? Exploitant : GAEC des Trois Tilleuls, vignes à Mâcon. IBAN ${v('financial.iban', IBAN_FR)}, BIC ${amb('financial.swift_bic', 'CCBPFRPPMAC')}. Montant 41 870 €. L'exploitant dit qu'il a changé de banque en juin.`),

  rec('csv', f`Gate payments export from the kiosk lane — can you total by payment method and flag anything weird?

${amb('source_code.snippet', f`ts,lane,truck_plate,container,method,card,amount_eur
2024-11-12 05:41,L2,NL-82-KTB,TCLU 827391 4,card,${v('financial.payment_card', VISA_CSV)},45.00
2024-11-12 05:58,L3,DE-HH-RK-204,MSKU 402817 9,card,**** **** **** 3318,45.00
2024-11-12 06:07,L2,PL-WGM-48KX,CMAU 719204 6,card,${v('financial.payment_card', MC2_CSV)},90.00
2024-11-12 06:15,L4,BE-1-XRT-882,HLXU 530192 7,invoice,,45.00
2024-11-12 06:22,L3,FR-GH-419-TD,OOLU 174029 3,card,${v('financial.payment_card', DISC_CSV)},45.00`)}

Why do three rows show the full card number? The kiosk is supposed to mask.`),

  rec('chat_ko', f`영화제 해외 게스트 항공권 결제를 제 법인카드로 했는데 게스트가 취소해서 환불 요청해야 해요. 카드번호 ${v('financial.payment_card', VISA_KR)} 로 결제된 건 맞고, 금액은 1,284,000원이에요. 카드사에 보낼 환불 요청 문구 좀 써 주세요.`),

  rec('chat_hi-en', f`Farmer ka PMFBY claim approve ho gaya but payment bounce ho gaya. Usne naya RuPay debit card bheja hai ${v('financial.payment_card', RUPAY_IN)} — but claim payout card pe nahi jaata na, bank account chahiye. Usko Hindi mein samjha do ki account number aur IFSC bheje.`),

  rec('email_de', f`Sehr geehrte Frau Brandl,

die Grabnutzungsgebühr für das Wahlgrab Feld C, Reihe 7, Nr. 12 (Verlängerung um 20 Jahre) beträgt 1.640,00 €. Bitte überweisen Sie den Betrag bis 31.01. auf das Konto der Stadtkasse ${v('financial.iban', IBAN_DE)}, Verwendungszweck: FV-2025-0047.

Mit freundlichen Grüßen
Friedhofsverwaltung

Bitte freundlicher formulieren, die Dame hat gerade ihren Mann verloren.`),

  rec('chat_de-AT', f`Kannst mir bitte helfen, die Rechnung an den Alpenverein fürs Lawinenkurs-Material zu schreiben? Betrag € 2.180,–, zahlbar auf ${v('financial.iban', IBAN_AT)}, Verwendungszweck „LVS-Kurs Jänner". Und der Kursleiter hat mit seiner Diners bezahlt, Nummer ${v('financial.payment_card', DINERS_CH)} – brauch ich die auf der Rechnung?`),
];

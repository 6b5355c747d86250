/**
 * Held-out batch 163: card numbers, IBANs and routing numbers in refund chats, importer mails,
 * direct-debit forms and parking exports, in many languages. Values built with the checksum helpers.
 * Hand-written.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const VISA_1 = luhnWithCheck('453917204861573');
const MC_1 = luhnWithCheck('541275309846172');
const MC_2 = luhnWithCheck('222300489127365');
const AMEX_1 = luhnWithCheck('37461905827341');
const DINERS = luhnWithCheck('3641972058316');
const JCB = luhnWithCheck('358917402683157');
const UNIONPAY = luhnWithCheck('621483027519364820');
const DISCOVER = luhnWithCheck('601149273850416');
const VISA_2 = luhnWithCheck('492187305619248');
const MC_3 = luhnWithCheck('552938710462039');

const GB_IBAN = ibanWithCheck('GB', 'LOYD30963441827305');
const DE_IBAN = ibanWithCheck('DE', '760501010028419375');
const FR_IBAN = ibanWithCheck('FR', '30004013280008473192547');
const IT_IBAN = ibanWithCheck('IT', 'K0306911702000047382915');
const NL_IBAN = ibanWithCheck('NL', 'RABO0318427165');
const PL_IBAN = ibanWithCheck('PL', '109010140000071219812874');
const NO_IBAN = ibanWithCheck('NO', '15032741906');
const SA_IBAN = ibanWithCheck('SA', '10000031847205961844');
const IL_IBAN = ibanWithCheck('IL', '0126130000041927356');
const TR_IBAN = ibanWithCheck('TR', '0006200048201937562841');
const GR_IBAN = ibanWithCheck('GR', '01101250000001293847562');
const SE_IBAN = ibanWithCheck('SE', '80000081264937025184');
const IE_IBAN = ibanWithCheck('IE', 'BOFI90001748261937');
const CH_IBAN = ibanWithCheck('CH', '00235284917300618');
const ES_IBAN = ibanWithCheck('ES', '01822731080201593746');
const PT_IBAN = ibanWithCheck('PT', '003506510003719482561');
const BE_IBAN = ibanWithCheck('BE', '068250739416');
const ABA = abaWithCheck('10710524');

export const BATCH163_FINANCIAL: DraftRecord[] = [
  rec('email', f`Hi, can you tidy this up before I send it to the importer in Manchester?

"Dear Mr Okafor, thank you for the order of 40 cases of Orchard Vale Medium Dry. Please remit the balance of £6,420.00 to:
Orchard Vale Cider Ltd
IBAN: ${iban(spacedFours(GB_IBAN))}
BIC: ${amb('financial.swift_bic', 'LOYDGB21')}
Reference: OV-EXP-2025-118
Kind regards, Hannah (export office)"`),

  rec('form_de', f`Bitte prüfe, ob das SEPA-Lastschriftmandat vollständig ist, bevor ich es an die Patientin zurückschicke:

SEPA-Lastschriftmandat – NephroLink Heimdialyse-Versorgung
Kontoinhaberin: Renate Wöhrle
IBAN: ${iban(spacedFours(DE_IBAN))}
Kreditinstitut: Sparkasse Nürnberg
Mandatsreferenz: NL-HD-004817
Datum, Ort: 03.06.2025, Fürth
Unterschrift: (fehlt)`),

  rec('email_fr', f`Peux-tu reformuler ce mail de façon plus professionnelle ?

"Bonjour Mme Lefèvre, suite à notre échange, voici nos coordonnées bancaires pour le règlement de la commande de cidre (facture F-2025-0612) : ${iban(spacedFours(FR_IBAN))}, BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}. Merci de préciser le numéro de facture dans le libellé."`),

  rec('chat_ja', f`空港の駐車場料金の返金について英語でメールを書いてください。利用者の方のカード番号は ${card(spacedFours(VISA_1))}（有効期限 09/27）で、二重に引き落とされたそうです。金額は £38.50 です。`),

  rec('chat', f`Setting up the new explosives supplier for ACH payments from our US subsidiary. They sent routing ${v('financial.aba_routing', ABA)} and account ${ambCat('financial', '4408172936')}. Is that enough for a NACHA file or do I need their tax ID too?`),

  rec('chat_pt_br', f`Oi! Um aluno do Brasil pagou a taxa da carta de visto duas vezes no cartão. Cartão Mastercard, número que ele mandou por e-mail: ${card(spacedFours(MC_1))}. Me ajuda a escrever a resposta explicando que o estorno leva até 10 dias úteis?`),

  rec('chat_es_mx', f`Buenas, un pasajero nos escribió que le cobraron dos veces el estacionamiento de larga estancia. Me pasó su tarjeta ${card(groupedAs(AMEX_1, [4, 6, 5], '-'))} y dice que fue el 12 de junio. ¿Me ayudas a redactar la respuesta en español?`),

  rec('chat_it', f`Ciao, devo rispondere a un paziente in dialisi domiciliare che chiede il rimborso della fornitura non consegnata. Mi ha dato il suo IBAN ${iban(IT_IBAN)} per il bonifico. Scrivi una risposta cortese che confermi il rimborso entro 15 giorni.`),

  rec('email_nl', f`Kun je deze mail naar onze Nederlandse afnemer controleren op spelfouten?

"Beste Joris, in de bijlage de factuur voor de 12 fusten perencider. Graag overmaken op ${iban(spacedFours(NL_IBAN))} t.n.v. Orchard Vale Cider Ltd onder vermelding van factuurnummer OV-NL-2025-044. Met vriendelijke groet, Hannah"`),

  rec('email_pl', f`Przetłumacz proszę na angielski, to do agencji, która przysyła nam studentów:

"Szanowni Państwo, opłatę za kurs i list wizowy (1 850 EUR) prosimy przelać na rachunek szkoły w Polsce: ${iban(spacedFours(PL_IBAN))}. W tytule proszę podać imię i nazwisko studenta."`),

  rec('csv', f`Reconcile the parking refunds from yesterday against the acquirer file, something's off by one row:

${amb('source_code.snippet', f`refund_id,booking_ref,date,amount_gbp,card,status
RF-30411,PK-88213,2025-06-14,24.00,**** **** **** 3318,processed
RF-30412,PK-88240,2025-06-14,61.50,${card(spacedFours(MC_2))},processed
RF-30413,PK-88259,2025-06-14,12.00,**** **** **** 9041,pending
RF-30414,PK-88277,2025-06-14,88.00,${card(DINERS)},processed`)}

(the Diners row came from the old pay station that doesn't mask)`),

  rec('chat_nb', f`Kan du skrive en kort e-post på engelsk til importøren vår i Bergen om at betalingen for sideren må gå til ny konto? Nytt kontonummer (IBAN): ${iban(spacedFours(NO_IBAN))}. Gammel konto stenges 1. juli.`),

  rec('email_ar', f`من فضلك ترجم هذه الرسالة إلى الإنجليزية:

"السادة مدرسة اللغات، تم تحويل رسوم الدورة وخطاب التأشيرة للطالب عبدالله القحطاني من الحساب رقم ${iban(spacedFours(SA_IBAN))} بتاريخ ١٥ يونيو. نرجو تأكيد الاستلام وإرسال خطاب القبول."`),

  rec('chat_he', f`תכתוב לי בבקשה מייל באנגלית ליבואן הסיידר בתל אביב. צריך לבקש ממנו לאשר את פרטי החשבון שלו להחזר: ${iban(IL_IBAN)}, בנק מזרחי טפחות. ההחזר על 3 ארגזים שהגיעו שבורים.`),

  rec('chat_tr', f`İstanbul'daki distribütörümüz elma şarabı siparişinin ödemesini bu hesaba yapmamızı istiyor, ama önceki yazışmada farklı bir hesap vardı: ${iban(spacedFours(TR_IBAN))}. Dolandırıcılık olabilir mi? Onlara İngilizce nasıl soralım?`),

  rec('chat_ko', f`공항 주차 정기권 환불 요청 메일에 답장을 써 주세요. 고객 카드번호는 ${card(spacedFours(JCB))}이고, 6월분 요금 ₩185,000이 두 번 결제되었다고 합니다. 정중하게 부탁드려요.`),

  rec('chat_zh', f`一位中国旅客在机场停车场用银联卡付款被扣了两次。他提供的卡号是 ${card(UNIONPAY)}，请帮我用中文和英文写一封回复，说明退款流程。`),

  rec('chat_el', f`Γεια σου, μπορείς να γράψεις ένα ευγενικό email στα αγγλικά προς τον προμηθευτή μας στην Αθήνα; Πρέπει να επιβεβαιώσουμε ότι η πληρωμή για τα φίλτρα αιμοκάθαρσης θα γίνει στον λογαριασμό ${iban(spacedFours(GR_IBAN))}.`),

  rec('email_sv', f`Hej! Kan du göra det här mejlet mer formellt?

"Hej Lars, betalningen för cidern (faktura OV-SE-0219) ska gå till vårt nya konto: IBAN ${iban(spacedFours(SE_IBAN))}, BIC ${amb('financial.swift_bic', 'HANDSESS')}. Bankgiro ${ambCat('financial', '5421-8836')} gäller inte längre. Mvh Hannah"`),

  rec('email_ie', f`Can you make this clearer for the volunteers? "Expenses for fuel and meals during the search on 9 June will be paid by the station treasurer. Send your receipts and your IBAN (ours is ${iban(spacedFours(IE_IBAN))} if you need the format) to the treasurer, or ring him on ${phone('087 318 4625', 'IE')}."`),

  rec('chat_de_ch', f`Chönntsch mer hälfe, e Zahligserinnerig a üse Chund z'schriibe? Er schuldet no CHF 2'340.– für d'Sprengmittel-Lagerkontrolle. Üsi Kontoverbindig: ${iban(spacedFours(CH_IBAN))}, PostFinance. Bitte freundlich aber bestimmt.`),

  rec('chat_es', f`¿Me ayudas a responder a una paciente de diálisis domiciliaria? Quiere cambiar la domiciliación de los pedidos de material a su nueva cuenta ${iban(spacedFours(ES_IBAN))} y pagar el pedido pendiente con su tarjeta ${card(DISCOVER)}. Hay que explicarle que no aceptamos Discover.`),

  rec('chat_pt_pt', f`Boa tarde, preciso de responder a um cliente de Braga que quer pagar a encomenda de sidra por transferência. Os nossos dados em Portugal: ${iban(spacedFours(PT_IBAN))}. Também pergunta se pode pagar com o cartão Visa ${card(spacedFours(VISA_2))} por telefone — podemos?`),

  rec('chat_fr_be', f`Bonjour, un voyageur a oublié sa carte bancaire au guichet du parking. Elle est au coffre du bureau des objets trouvés. Carte Mastercard n° ${card(spacedFours(MC_3))}, nom : M. Dierickx. Il demande qu'on la renvoie par courrier ; rédige une réponse qui explique qu'on ne l'envoie pas et qu'on la détruit après 14 jours. Remboursement éventuel sur ${iban(spacedFours(BE_IBAN))}.`),
];

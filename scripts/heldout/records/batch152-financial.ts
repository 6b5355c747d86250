/**
 * Held-out batch 152: card numbers, IBANs and routing numbers from crew wage runs, hospice donations,
 * fab contractor invoices, lottery retailer settlements, permit fees and pharmacy refunds. Hand-written.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const VISA_DON = luhnWithCheck('453281907264513');
const MC_DON = luhnWithCheck('541275038196472');
const AMEX_FAB = luhnWithCheck('37829104736152');
const MC2_PERMIT = luhnWithCheck('222310458193027');
const DISC_RX = luhnWithCheck('601104829371645');
const JCB_FAB = luhnWithCheck('356600481927364');
const UPAY_RX = luhnWithCheck('622848019273640');
const MIR_CREW = luhnWithCheck('220220418392710');
const ELO_LOT = luhnWithCheck('636297048193726');
const RUPAY_PERMIT = luhnWithCheck('652150481937264');
const VISA_GR = luhnWithCheck('476173920481536');
const TROY_TR = luhnWithCheck('979218403725164');
const DINERS = luhnWithCheck('3612748193027');

const NO_CREW = ibanWithCheck('NO', '15038274619');
const IS_CREW = ibanWithCheck('IS', '0565260182731205873149');
const PT_CREW = ibanWithCheck('PT', '003300004528193746105');
const ES_LONJA = ibanWithCheck('ES', '21003917310200483716');
const PL_CREW = ibanWithCheck('PL', '114020040000310284739165');
const LT_CREW = ibanWithCheck('LT', '7300010182736451');
const DE_FAB = ibanWithCheck('DE', '850503000221847365');
const IL_FAB = ibanWithCheck('IL', '0126040000001847362');
const GR_LOT = ibanWithCheck('GR', '01720410005040182736451');
const TR_LOT = ibanWithCheck('TR', '0001000201829374650012');
const RO_LOT = ibanWithCheck('RO', 'BTRLRONCRT0482917365');
const HU_LOT = ibanWithCheck('HU', '107000240482937460510007');
const BR_LOT = ibanWithCheck('BR', '0036030502184000937518' + '2C1');
const GB_HOSP = ibanWithCheck('GB', 'BARC20473918264057');
const CH_HOSP = ibanWithCheck('CH', '00700110004829376');
const FR_PERMIT = ibanWithCheck('FR', '30004018270001048293747');
const BE_RX = ibanWithCheck('BE', '063182736416');
const AE_RX = ibanWithCheck('AE', '0260001018273645019');
const GE_PERMIT = ibanWithCheck('GE', 'BG0000000482917365');
const UA_RX = ibanWithCheck('UA', '3052990000026004018273645');
const ABA_HOSP = abaWithCheck('26107318');
const ABA_FAB = abaWithCheck('12210027');

export const BATCH152_FINANCIAL: DraftRecord[] = [
  rec('chat_no', f`Kan du sette opp en ryddig e-post til regnskap? Mannskapsoppgjøret for "Havørn II", tur 7/2025:
- Bjørnar Eliassen, lott 42 300 kr, konto ${v('financial.iban', spacedFours(NO_CREW))}
- Tomasz Wróbel (polsk konto), lott 38 950 kr, ${v('financial.iban', spacedFours(PL_CREW))}
- Mindaugas Petrauskas, lott 38 950 kr, ${v('financial.iban', LT_CREW)}
Utbetaling fredag.`),

  rec('email_is', f`Sæl Guðrún,

Hér eru bankupplýsingar fyrir nýja stýrimanninn svo hægt sé að greiða aflahlut fyrir febrúar:
Nafn: Sindri Hafsteinsson
IBAN: ${v('financial.iban', spacedFours(IS_CREW))}
SWIFT: ${amb('financial.swift_bic', 'NBIIISRE')}

Kveðja,
Áhafnaskrifstofa Havørn`),

  rec('chat_pt', f`Preciso de um texto para o pescador Joaquim, ele não recebeu a parte da faina de março. O IBAN que temos na ficha é ${v('financial.iban', PT_CREW)}. Confirma se o formato está certo antes de eu reenviar a transferência?`),

  rec('email_es', f`Buenas tardes,

Adjuntamos la liquidación de la subasta del 12/03 (merluza y rape, 4.812,40 €). Por favor, realicen el abono a la cuenta de la cooperativa:
${v('financial.iban', spacedFours(ES_LONJA))}
Concepto: LIQ-VIGO-0312

Un saludo,
Administración – Lonja`),

  rec('phone_donation', f`Can you turn my notes from the phone pledge into a thank-you letter? Don't include card details obviously.

Donor: Mrs Pauline Hargreaves, pledged £250 for the Lantern Walk
Card: ${v('financial.payment_card', spacedFours(VISA_DON))} exp 11/27
Second attempt after decline: Mastercard ${v('financial.payment_card', spacedFours(MC_DON))}
Gift Aid: yes`),

  rec('form_uk', f`Legacy gift – bank transfer details for the solicitor (Little Lanterns Children's Hospice):
Account name: Little Lanterns Children's Hospice
IBAN: ${v('financial.iban', spacedFours(GB_HOSP))}
Sort code ${ambCat('financial', '20-47-39')} / account ${ambCat('financial', '18264057')}
Reference: LEG-2025-014

Can you check this reads clearly for an elderly executor?`),

  rec('chat_de_ch', f`Chönntsch du mir e Dankesbrief für d Stiftig formuliere? Si hend 20'000 Franke überwise uf üses Spändekonto ${v('financial.iban', spacedFours(CH_HOSP))}. Bitte förmlich, uf Hochdütsch.`),

  rec('ach_form', f`US donor-advised fund wants to wire the grant directly. Please double-check the form before I send it back:

Payee: Little Lanterns Foundation Inc.
Bank: Harborview Community Bank
ABA routing: ${v('financial.aba_routing', ABA_HOSP)}
Account: ${ambCat('financial', '5502918374')}
Amount: USD 15,000.00`),

  rec('email_de', f`Hallo Buchhaltung,

die Reinraum-Reinigungsfirma hat eine neue Bankverbindung geschickt, bitte vor dem nächsten Zahllauf im Kreditorenstamm ändern:
Klarwerk Reinraumservice GmbH
IBAN ${v('financial.iban', spacedFours(DE_FAB))}
BIC ${amb('financial.swift_bic', 'OSDDDE81XXX')}

Danke, Lukas (Fab Dresden, Fremdfirmenmanagement)`),

  rec('chat_he', f`תעזור לי לנסח מייל לספק של חליפות החדר הנקי? אני צריך לאשר שקיבלנו את פרטי החשבון החדשים: ${v('financial.iban', IL_FAB)}. התשלום יבוצע עד סוף החודש.`),

  rec('expense_en', f`Contractor expense claim for the badge office, please format as a table:
- Hotel Chandler 3 nights, paid with corporate Amex ${v('financial.payment_card', groupedAs(AMEX_FAB, [4, 6, 5]))}
- Cleanroom boots (replacement), $84.20, personal JCB ${v('financial.payment_card', spacedFours(JCB_FAB))}
- Wire to the Taiwan badge-reader vendor, intermediary US bank routing ${v('financial.aba_routing', ABA_FAB)}`),

  rec('chat_el', f`Μπορείς να συντάξεις ένα email προς το πρακτορείο στη Λάρισα; Η εκκαθάριση της εβδομάδας θα πιστωθεί στον λογαριασμό ${v('financial.iban', spacedFours(GR_LOT))}. Επίσης ο πράκτορας ζήτησε να χρεωθεί η ετήσια συνδρομή του τερματικού στην κάρτα ${v('financial.payment_card', spacedFours(VISA_GR))}.`),

  rec('chat_tr', f`Bayi hakediş mailini düzeltir misin? "Sayın bayimiz, Mart ayı komisyonunuz ${v('financial.iban', spacedFours(TR_LOT))} numaralı hesabınıza yatırılacaktır. Terminal kira bedeli ise kayıtlı ${v('financial.payment_card', spacedFours(TROY_TR))} numaralı Troy kartınızdan tahsil edilecektir."`),

  rec('csv_ro', f`Poți verifica tabelul ăsta cu decontările agențiilor înainte să-l trimit la bancă?

${amb('source_code.snippet', f`agentie;oras;iban;suma_lei
AG-1104;Cluj-Napoca;${v('financial.iban', RO_LOT)};12480,50
AG-1187;Debrecen (HU);${v('financial.iban', HU_LOT)};3920,00`)}`),

  rec('chat_pt_br', f`Moço, o lotérico da Vila Mariana pediu pra mudar a conta de repasse. Novo IBAN que ele mandou: ${v('financial.iban', BR_LOT)}. E ele pagou a taxa do terminal com cartão Elo ${v('financial.payment_card', spacedFours(ELO_LOT))}, mas caiu duas vezes. Me ajuda a responder?`),

  rec('chat_fr', f`Un pétitionnaire a payé deux fois la taxe d'instruction de son permis de construire (86 €) avec la carte ${v('financial.payment_card', spacedFours(MC2_PERMIT))}. Le remboursement doit aller sur son compte : ${v('financial.iban', spacedFours(FR_PERMIT))}. Tu peux rédiger le courrier de la mairie ?`),

  rec('chat_en_in', f`Applicant paid the building plan scrutiny fee twice through the portal, RuPay card ${v('financial.payment_card', spacedFours(RUPAY_PERMIT))}. Please draft the refund approval note for the Executive Engineer, amount ₹18,400.`),

  rec('chat_ka', f`დამეხმარე წერილის დაწერაში: ნებართვის მოსაკრებლის ზედმეტად გადახდილი თანხა უნდა დაუბრუნდეს განმცხადებელს ანგარიშზე ${v('financial.iban', GE_PERMIT)}. თანხა 350 ლარი.`),

  rec('refund_rx', f`Refund queue for prescriptions rejected at verification (controlled drug, no wet signature). Draft the customer emails:

Order RX-58213 · Discover ${v('financial.payment_card', spacedFours(DISC_RX))} · $42.10
Order RX-58227 · UnionPay ${v('financial.payment_card', UPAY_RX)} · $118.00
Order RX-58240 · Diners ${v('financial.payment_card', groupedAs(DINERS, [4, 6, 4]))} · $19.99`),

  rec('chat_nl_be', f`Kunt ge een mailtje opstellen naar de klant? Zijn voorschrift werd niet goedgekeurd, dus we storten €64,30 terug op ${v('financial.iban', spacedFours(BE_RX))}. Hij mag bellen naar ${phone('0478 21 94 63', 'BE')} als er vragen zijn.`),

  rec('chat_ar', f`أرجو صياغة رسالة اعتذار للعميل: تم رفض الوصفة الطبية لعدم وضوح توقيع الطبيب، وسيتم رد المبلغ (215 درهم) إلى حسابه ${v('financial.iban', AE_RX)} خلال 5 أيام عمل.`),

  rec('chat_uk', f`Допоможи скласти лист клієнтці: рецепт не пройшов перевірку, кошти 1 240 грн повернемо на рахунок ${v('financial.iban', UA_RX)}. А оплату за доставку вона робила карткою «Мир» ${v('financial.payment_card', spacedFours(MIR_CREW))}? Ні, це помилка в системі — така картка в нас не приймається.`),
];

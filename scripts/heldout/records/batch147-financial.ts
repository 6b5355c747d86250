/**
 * Held-out batch 147: cards, IBANs and routing numbers: seller payouts at a fashion-resale platform,
 * hut deposits and trekking-permit fees, tutoring refunds, tug and pilotage invoices, sterile-supply
 * vendors and plasma-donor compensation. Hand-written.
 */
import { abaWithCheck, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

const VISA_1 = luhnWithCheck('453201874290316');
const VISA_2 = luhnWithCheck('492918305746218');
const VISA_19 = luhnWithCheck('451763820194738265');
const MC_1 = luhnWithCheck('542718390264815');
const MC_2 = luhnWithCheck('222384017592634');
const MC_3 = luhnWithCheck('518304726195043');
const AMEX = luhnWithCheck('37918264053917');
const JCB = luhnWithCheck('353819274602851');
const MAESTRO_CH = luhnWithCheck('676284019357264');
const VISA_NP = luhnWithCheck('476173920518462');
const MC_SA = luhnWithCheck('529847163058271');

const FR = ibanWithCheck('FR', '30004008270001948372614');
const DE = ibanWithCheck('DE', '500105175408361927');
const IT = ibanWithCheck('IT', 'K9267972467175165559333');
const NL = ibanWithCheck('NL', 'RABO0318274659');
const NO = ibanWithCheck('NO', '30656746117');
const GR = ibanWithCheck('GR', '07281433024467381396313');
const PL1 = ibanWithCheck('PL', '249419695603315735288677');
const PL2 = ibanWithCheck('PL', '249020001000004739281650');
const PL3 = ibanWithCheck('PL', '060886154436838943954416');
const ES = ibanWithCheck('ES', '10128492632650773241');
const PT = ibanWithCheck('PT', '003500490000839274615');
const TR = ibanWithCheck('TR', '0006200012749382610573');
const SE = ibanWithCheck('SE', '98884768743471046573');
const AT = ibanWithCheck('AT', '2011182937465012');
const UA = ibanWithCheck('UA', '2823168450566333636155841');
const SA = ibanWithCheck('SA', '93969172095787835905');
const CH = ibanWithCheck('CH', '39622168433783357');
const CZ = ibanWithCheck('CZ', '59699155456492139809');
const AE = ibanWithCheck('AE', '0779067535414998606');
const BE = ibanWithCheck('BE', '057310899154');
const GB = ibanWithCheck('GB', 'BARC46473486662052');
const ABA = abaWithCheck('26308512');

export const BATCH147_FINANCIAL: DraftRecord[] = [
  rec('email_fr', f`Objet : Virement de vos gains – dossier vendeuse #RQ-58213

Bonjour Mme Lefebvre,

Votre sac a été authentifié et vendu. Nous effectuerons le virement de 1 240,00 € sur le compte indiqué :
IBAN : ${iban(spacedFours(FR))}
BIC : ${bic('BNPAFRPPXXX')}

Merci de nous signaler toute erreur sous 48 h.

Tu peux reformuler ce mail pour qu'il soit plus chaleureux ?`),

  rec('chat_de', f`Ein Verkäufer beschwert sich, dass die Auszahlung nicht angekommen ist. In unserem System steht als Konto ${iban(DE)} (Kontoinhaber: Jonas Wieland). Die Bank meldet "Konto erloschen". Formuliere bitte eine Antwort, in der wir nach neuen Bankdaten fragen.`),

  rec('chat_it', f`Mi serve una mail per una venditrice che ha cambiato banca. Il vecchio IBAN era ${iban(IT)}, quello nuovo ce lo manda lei. Spiegale che il pagamento di marzo (3 paia di sneakers autenticate, 612 €) verrà rimandato di una settimana.`),

  rec('chat_gsw', f`Hoi, en Gascht hät bi de Hüttereservation sini Chartenummer per Mail gschickt, will s'Online-Formular nöd gange isch: ${card(spacedFours(MAESTRO_CH))}, gültig bis 09/27. Wie schriibe ich ihm höflich, dass mer das so nöd wänd, uf Hochdütsch?`),

  rec('chat_en_gb', f`Trekker rang the permit office: the Sagarmatha park fee charge failed twice. He read his card out over the phone: ${card(VISA_1)} exp 11/26. Can you draft a reply telling him we've deleted the number and asking him to use the payment link instead?`),

  rec('chat_ne', f`सगरमाथा राष्ट्रिय निकुञ्जको प्रवेश शुल्क तिर्दा विदेशी ट्रेकरको कार्ड ${card(spacedFours(VISA_NP))} बाट दुई पटक पैसा काटियो। बैंकलाई फिर्ताको लागि अंग्रेजीमा पत्र लेख्नुहोस्।`),

  rec('ticket', f`Ticket #OT-40917 — refund request
Parent: Megan Pruitt
Plan: Annual (Grades 3–5), billed $179.00 on 02/14
Card on file: AMEX ${card(AMEX.replace(/^(\d{4})(\d{6})(\d{5})$/, '$1 $2 $3'))}
Reason: "My daughter never used it after the first week."

Write a reply offering a prorated refund.`),

  rec('chat_es_mx', f`Una mamá nos mandó por WhatsApp la foto de su tarjeta para pagar la mensualidad de las clases de mate de su hijo: ${card(VISA_2.replace(/(\d{4})(?=\d)/g, '$1-'))}, vence 05/28. ¿Cómo le explico que la borramos y que tiene que pagar desde la app?`),

  rec('chat_ar', f`ولي أمر في الرياض دفع اشتراك الدروس مرتين بالبطاقة ${card(spacedFours(MC_SA))}. يريد استرجاع المبلغ إلى حسابه البنكي بدلاً من البطاقة: الآيبان ${iban(spacedFours(SA))}. اكتب رداً مهذباً يوضح أن الاسترداد يتم إلى نفس البطاقة فقط.`),

  rec('invoice_nl', f`Kun je deze factuurtekst voor de sleepdienst wat formeler maken?

Factuur KT-2025-0317 — assistentie 2 sleepboten bij aankomst m.s. "Nordic Tern", 14-03-2025 02:40
Bedrag: € 8.460,00 excl. btw
Gelieve te voldoen binnen 30 dagen op ${iban(spacedFours(NL))} t.n.v. Kestrel Towage B.V., o.v.v. KT-2025-0317.`),

  rec('chat_nb', f`Kan du skrive en purring på engelsk til rederiet? Losavgiften for «Svalbard Trader» er fortsatt ikke betalt. Konto: ${iban(NO)}, forfall var 28.02.`),

  rec('email_el', f`Θέμα: Εξόφληση τιμολογίου πλοήγησης ΠΛ-8841

Παρακαλούμε να εξοφλήσετε το ποσό των 2.315,00 € στον λογαριασμό:
IBAN ${iban(spacedFours(GR))}
BIC ${bic('ETHNGRAA')}
Δικαιούχος: Λιμενική Πλοηγική Υπηρεσία Κεστρέλ Α.Ε.

Μπορείς να το μεταφράσεις στα αγγλικά;`),

  rec('csv', f`Sprawdź, czy kwoty w tym eksporcie wypłat dla sprzedawców zgadzają się z sumą 3 184,50 zł:

${amb('source_code.snippet', f`seller_id;imie_nazwisko;iban;kwota_pln
S-20381;Agnieszka Wróbel;${iban(PL1)};1290,00
S-20417;Tomasz Kaczmarek;${iban(PL2)};845,50
S-20502;Julia Zielińska;${iban(PL3)};1049,00`)}`),

  rec('chat_es', f`¿Me ayudas a redactar un correo para un vendedor de Valencia? Ha puesto como cuenta de cobro ${iban(spacedFours(ES))} pero el titular no coincide con su nombre y no podemos liberar el pago de la chaqueta Loewe hasta verificarlo.`),

  rec('chat_pt_pt', f`Olá, preciso de uma resposta para uma vendedora que reclama que o pagamento não chegou. O IBAN que ela registou é ${iban(spacedFours(PT))}. Verificámos e a transferência foi devolvida pelo banco. Podes escrever em português de Portugal?`),

  rec('form_us', f`Seller payout setup — please check the form is complete before I submit it:
Legal name: Brianna Okafor
Bank: Mountain West Credit Union
Routing (ABA): ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', '4820193756')} (checking)
Payout schedule: weekly`),

  rec('chat_ja', f`保護者の方から、JCBカード ${card(spacedFours(JCB))} で年額プランを二重に決済されたと問い合わせがありました。返金の流れを丁寧に説明するメールを作ってください。`),

  rec('chat_tr', f`Bir velinin iade talebi var; kartla değil havaleyle ödemişler. Gönderen IBAN: ${iban(spacedFours(TR))}. İadeyi aynı hesaba yapacağımızı ve 5 iş günü süreceğini anlatan kısa bir mesaj yazar mısın?`),

  rec('chat_sv', f`Kan du skriva ett kort mejl till leverantören av diskdesinfektorer? Vi har betalat fakturan 2025-118 två gånger till ${iban(spacedFours(SE))} och vill ha pengarna tillbaka.`),

  rec('chat_de_at', f`Servus, bitte schreib eine Bestätigung für die Anzahlung der Hüttenübernachtung (Gruppe Huber, 8 Personen, 3 Nächte). Überwiesen wurde auf ${iban(spacedFours(AT))}, Betrag € 480,–. Bitte freundlich und auf Österreichisch, nicht zu steif.`),

  rec('chat_uk', f`Продавчиня з Києва просить виплату за сукню на рахунок ${iban(UA)}. Наш платіжний партнер не підтримує UAH-виплати. Напиши, будь ласка, ввічливу відповідь українською.`),

  rec('payout_log', f`${amb('source_code.snippet', f`2025-03-18T09:14:02Z payout.batch=PB-7731 seller=S-88120 currency=AED amount=3150.00 iban=${iban(AE)} bic=${bic('EBILAEAD')} status=REJECTED reason=AC04_closed_account
2025-03-18T09:14:02Z payout.batch=PB-7731 seller=S-88174 currency=GBP amount=418.00 iban=${iban(GB)} status=SENT
2025-03-18T09:14:03Z payout.batch=PB-7731 seller=S-88209 currency=EUR amount=96.00 iban=${iban(BE)} status=SENT`)}

Explain the AC04 code and draft a note to the Dubai seller.`),

  rec('chat_cs', f`Dárci plazmy dostávají kompenzaci 500 Kč na účet. Jeden dárce nám poslal IBAN ${iban(spacedFours(CZ))} a ptá se, proč platba za únor nepřišla. Napiš mu prosím odpověď, že platby odcházejí vždy do 15. dne následujícího měsíce.`),

  rec('chat_fr_ch', f`Bonjour, un alpiniste a payé la nuitée à la cabane avec la carte ${card(spacedFours(MC_1))} mais veut maintenant un remboursement sur son compte postal ${iban(spacedFours(CH))}. On rembourse normalement sur la carte : peux-tu rédiger la réponse ? Son numéro pour le rappeler : ${phone('+41 79 418 27 53')}.`),

  rec('csv_cards', f`Which of these hut-deposit transactions were charged twice?

${amb('source_code.snippet', f`date,guest,card,amount_eur
2025-06-02,P. Moreau,${card(MC_2)},60.00
2025-06-02,L. Sørensen,**** **** **** 7712,60.00
2025-06-02,P. Moreau,${card(MC_2)},60.00
2025-06-03,A. Novak,${card(VISA_19)},120.00
2025-06-03,K. Tanaka,${card(MC_3)},60.00`)}`),
];

/**
 * Held-out batch 97: payment data — fish-auction settlements, care-agency billing, brokerage
 * transfers, game-store refunds, steel-mill vendor payments and transit fines. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, abaCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const grp = (s: string): string => (s.match(/.{1,4}/g) ?? []).join(' ');
const card = (p: string): string => p + String(luhnCheckDigit(p));
const spaced = (s: string): string => (s.match(/.{1,4}/g) ?? []).join(' ');

const NO1 = iban('NO', '15032204718');
const FO1 = iban('FO', '65600001928374');
const IS1 = iban('IS', '0159260076545510730339');
const DK1 = iban('DK', '30004091873625');
const PT1 = iban('PT', '003507460002738194520');
const ES1 = iban('ES', '21000418450200051332');
const DE1 = iban('DE', '370400440532013000');
const CH1 = iban('CH', '00762011623852957');
const FR1 = iban('FR', '30004028370001094785126');
const BE1 = iban('BE', '068249117402');
const NL1 = iban('NL', 'INGB0006812735');
const PL1 = iban('PL', '109010140000071219812874');
const RO1 = iban('RO', 'BTRLRONCRT0318274650');
const IT1 = iban('IT', 'X0542811101000000123456');
const SE1 = iban('SE', '50000000058398257466');
const EE1 = iban('EE', '2200221020145685');
const GR1 = iban('GR', '01101250000000012300695');
const TR1 = iban('TR', '0006100519786457841326');
const HR1 = iban('HR', '10010051863000160');
const AZ1 = iban('AZ', 'NABZ00000000137010001944');
const FI1 = iban('FI', '21123456000785');

const V1 = card('453978210654321');
const MC1 = card('545762389104517');
const MC2 = card('222300417852693');
const AMEX1 = card('37828401736552');
const V2 = card('401288617390452');
const MAESTRO = card('676770184290351');
const ABA1 = '02100' + '002' + String(abaCheckDigit('02100002'));
const ABA2 = '26107' + '458' + String(abaCheckDigit('26107458'));

export const BATCH97_FINANCIAL: DraftRecord[] = [
  rec('settlement_no', f`Kan du lage en pen e-post til rederiet om oppgjøret fra auksjonen?

Fartøy: M/S «Nordkapp Senior» (F-112-BD)
Omsatt kvantum: 41 820 kg torsk, 6 310 kg hyse
Brutto: 1 487 290,00 NOK – avgift 1,1 % – netto 1 470 929,81 NOK
Utbetales til konto ${v('financial.iban', grp(NO1))} innen fredag.

Takk!`),

  rec('mail_fo', f`Góðan dag,

Avrokningin fyri uppboðið 3. november er klár. Vinarliga goldið 214.600 kr. til ${v('financial.iban', FO1)} (Betri Banki), viðmerking "Uppboð 44/26".

Við vinarligari kveðju
Fiskamarknaður Føroya`),

  rec('csv_is', f`Hjálp við að reikna út meðalverð á kíló úr þessum útflutningi frá fiskmarkaðnum:

${amb('source_code.snippet', f`bátur;tegund;kg;verð_kr;greiðslureikningur
Sæbjörg ST;þorskur;12840;5920000;${v('financial.iban', IS1)}
Hafdís GK;ýsa;6210;2115400;${v('financial.iban', iban('IS', '0133260034112207584019'))}
Sólborg RE;ufsi;9870;1677900;${v('financial.iban', iban('IS', '0526150001293847560611'))}`)}`, 'CSV export as ambiguous code'),

  rec('chat_da', f`Vi skal betale vores sælger på auktionen i Hanstholm. Bankoplysninger fra fakturaen: ${v('financial.iban', DK1)}, BIC ${amb('financial.swift_bic', 'DABADKKK')}. Er det korrekt at vi skal bruge SEPA og ikke en indenlandsk overførsel?`),

  rec('mail_pt_az', f`Boa tarde Sr. Medeiros,

Segue o acerto da lota de Ponta Delgada referente à semana 44. O valor líquido de 8 742,15 € será transferido para o IBAN ${v('financial.iban', grp(PT1))} até sexta-feira.

Cumprimentos,
Lotaçor – Secção de Pagamentos`),

  rec('form_es_ic', f`Domiciliación para el servicio de ayuda a domicilio de mi madre (Las Palmas):

Titular: Carmen Rosa Suárez Déniz
Cuenta: ${v('financial.iban', grp(ES1))}
Importe mensual: 486,00 €

¿Me redactas la carta para el banco autorizando el recibo?`),

  rec('invoice_de', f`Rechnung Nr. IH-2026-0771 — Instandhaltung Hubwerk Kran 4, Stahlwerk Duisburg-Süd
Leistung: Austausch Seiltrommel-Lager, 3 Monteure × 2 Schichten
Summe netto 18.460,00 €, zzgl. 19 % USt.
Zahlbar bis 30.11.2026 auf ${v('financial.iban', grp(DE1))} (Sparkasse), BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}

Bitte formuliere eine freundliche Zahlungserinnerung.`),

  rec('chat_de_ch', f`Mini Mueter chunnt jetzt d'Spitex-Rächnig per Post. Chasch mer hälfe, en Dauerauftrag z'formuliere? Empfänger Spitex Zürisee, Konto ${v('financial.iban', grp(CH1))}, Betrag CHF 1'284.50 pro Monet.`),

  rec('chat_fr_be', f`Une usagère de la STIB conteste une amende de 107 € pour fraude. Elle dit avoir payé par virement sur ${v('financial.iban', grp(BE1))} le 12/10. Peux-tu rédiger une réponse neutre qui demande la preuve de paiement ?`),

  rec('chat_fr_br', f`Kenavo ! Pour la criée de Douarnenez, le mareyeur nous demande de virer l'acompte sur ${v('financial.iban', grp(FR1))}. Le montant est 12 300 €. Tu peux me faire un courriel de confirmation court ?`),

  rec('support_en_us', f`Player ticket #LO-88213, please draft a reply:

"I got charged twice for the Winter Pass ($19.99). Card I used was ${v('financial.payment_card', spaced(V1))}, exp 09/28. The second charge is still pending. Please refund ASAP, my account is KaijuKnight_77."

Tone: friendly, explain pending charges drop off in 3–5 days.`),

  rec('chat_pl', f`Klient biura maklerskiego chce zasilić rachunek przelewem z konta ${v('financial.iban', grp(PL1))}, ale system AML oznaczył go jako ryzykowny, bo nazwa odbiorcy się nie zgadza. Jak mu to wytłumaczyć w mailu?`),

  rec('chat_ro', f`Pasagerul a plătit amenda de călătorie fără bilet cu cardul ${v('financial.payment_card', MC1)} la ghișeu, dar tranzacția apare respinsă. Poți scrie un răspuns care să-i explice că suma va fi deblocată?`),

  rec('ach_en_us', f`Set up the vendor in AP for the rolling-mill bearing supplier:

Vendor: Great Lakes Bearing & Seal LLC
Bank: Fifth Third
Routing (ABA): ${v('financial.aba_routing', ABA2)}
Account: ${ambCat('financial', '7390 2184 5561')}
Terms: Net 45

Can you write the onboarding email asking them to confirm by phone?`),

  rec('chat_it', f`Un cliente della SIM ci ha inviato la disposizione per il rimborso titoli: IBAN ${v('financial.iban', IT1)}, intestato a Giovanni Esposito. Serve un controllo di coerenza con l'anagrafica prima di procedere?`),

  rec('game_refund_csv_sv', f`Sammanställ återbetalningarna per land:

${amb('source_code.snippet', f`order_id,player,country,amount_sek,card_last4,payout_iban
G-55120,NorrskenNinja,SE,129.00,**** 4471,${v('financial.iban', SE1)}
G-55124,Tallinnuja,EE,89.00,**** 0928,${v('financial.iban', EE1)}
G-55131,Saaristo,FI,149.00,**** 3316,${v('financial.iban', FI1)}`)}`),

  rec('chat_el', f`Ο προμηθευτής ανταλλακτικών για τον κλίβανο ζητά προκαταβολή 30% στον λογαριασμό ${v('financial.iban', grp(GR1))}. Να του στείλω επιβεβαίωση ή να περιμένω την εσωτερική έγκριση;`),

  rec('chat_tr', f`Yatırım hesabına para yatırmak isteyen müşteri ${v('financial.iban', grp(TR1))} numaralı hesaptan EFT yapmış ama açıklamaya hesap numarasını yazmamış. Nasıl eşleştiririz?`),

  rec('phone_order_hr', f`Klijentica je telefonom dala podatke kartice za plaćanje njege: ${v('financial.payment_card', `${MC2.slice(0, 4)}-${MC2.slice(4, 8)}-${MC2.slice(8, 12)}-${MC2.slice(12)}`)}, istječe 03/29. Povrat ide na ${v('financial.iban', HR1)}. Smijemo li to zapisivati u bilješke?`),

  rec('chat_az', f`Müştəri oyundaxili alışı geri qaytarmaq istəyir. Ödəniş ${v('financial.payment_card', AMEX1)} kartı ilə edilib, geri ödəniş üçün isə ${v('financial.iban', AZ1)} hesabını göstərib. Bu mümkündürmü?`),

  rec('chat_nl', f`Een reiziger vraagt of de boete van €50 voor zwartrijden terugbetaald kan worden op ${v('financial.iban', NL1)}. Hij betaalde eerst met zijn Maestro ${v('financial.payment_card', MAESTRO)} en daarna nog een keer met iDEAL. Schrijf een korte reactie.`),

  rec('wire_en_gh', f`Please prepare the wire instructions for the new fishing-gear supplier in Tema:
Beneficiary: Sea Harvest Nets Ltd
Bank: GCB Bank, SWIFT ${amb('financial.swift_bic', 'GHCBGHAC')}
Correspondent: Citibank N.A. New York, ABA ${v('financial.aba_routing', ABA1)}
Amount: USD 23,480.00
Also their card on file for the deposit was ${v('financial.payment_card', V2)}. Is it okay to put that in the wire memo?`),

  rec('chat_ro_iban', f`Am primit de la un client un IBAN pentru restituirea taxei de călătorie: ${v('financial.iban', RO1)}. Poți verifica dacă are formatul corect pentru BT?`),
];

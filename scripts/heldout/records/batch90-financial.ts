/** Held-out batch 90: cards, IBANs and routing numbers in chargeback cases, supplier payments, ticket refunds and tax refunds. Hand-written. */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const grp = (s: string, n = 4): string => (s.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join(' ');

const VISA1 = card('453917204816375');
const MC1 = card('527849316028417');
const AMEX1 = card('37619204853716');
const VISA2 = card('402867193548201');
const MC2 = card('223104758392614');
const DISC = card('601184627305918');
const JCB = card('353072916480357');
const VISA3 = card('476930152847603');
const MAESTRO = card('67592018374650281');

const PT = iban('PT', '003506510000482731966');
const NO = iban('NO', '15034827193');
const SE = iban('SE', '80000008102748391562');
const FI = iban('FI', '47914002183657');
const HU = iban('HU', '104017204829173600000000');
const SI = iban('SI', '029220048271936');
const BA = iban('BA', '1410100482719365');
const MK = iban('MK', '300000004827391');
const AL = iban('AL', '212110090000000482739165');
const LV = iban('LV', 'HABA0551048271936');
const MT = iban('MT', 'VALL22013000000040012748391');
const LU = iban('LU', '0030482719360000');
const GR = iban('GR', '01722840000482719365012');
const TR = iban('TR', '0001002948271936500001');
const AT = iban('AT', '2011182719364821');
const ES = iban('ES', '21003817450200482739');
const NL = iban('NL', 'RABO0348271936');
const EG = iban('EG', '0003000400000004827193650');
const JO = iban('JO', 'ARAB1180000000118048271936');
const DE = iban('DE', '370400440532817364');

export const BATCH90_FINANCIAL: DraftRecord[] = [
  rec('chargeback_en_gb', f`Can you tidy this into a chargeback response letter?
Case CB-2024-118273 — reason code 13.1 (merchandise not received)
Cardholder PAN: ${v('financial.payment_card', grp(VISA1))}
Transaction: 14/09/2024, GBP 412.50, merchant "Harbourside Physio Ltd"
Evidence: signed treatment consent, attendance log.`),

  rec('chargeback_es_cl', f`Hola, necesito redactar la respuesta a una disputa. Tarjeta ${v('financial.payment_card', MC1)}, monto CLP 389.900, fecha 02-10-2024, comercio "Ópera Itinerante SpA". El cliente dice que la función fue cancelada, pero se reprogramó. ¿Cómo lo argumento?`),

  rec('csv_disputes', f`Please flag duplicates in this export from the dispute queue:
case_id;pan;amount;currency;reason
CB-88213;${v('financial.payment_card', VISA2)};129.00;EUR;10.4
CB-88214;${v('financial.payment_card', AMEX1)};2450.00;USD;4853
CB-88215;${v('financial.payment_card', VISA2)};129.00;EUR;10.4
CB-88216;${v('financial.payment_card', MC2)};76.40;GBP;4837`),

  rec('chat_pt_pt', f`Bom dia, preciso de confirmar os dados para pagamento ao fornecedor de sementes de milho:
Titular: AgroSementes Ribatejo, Lda.
IBAN: ${v('financial.iban', grp(PT))}
BIC: ${amb('financial.swift_bic', 'BPIPPTPL')}
Valor: 18 420,00 € (fatura FT 2024/1183)
Podes escrever um e-mail formal a pedir a confirmação?`),

  rec('chat_pt_mz', f`Olá, o cliente de Maputo pediu reembolso de bilhetes do espetáculo. Ele enviou o IBAN europeu da filha: ${v('financial.iban', ES)}. Como explico que a transferência internacional demora 5 dias úteis?`),

  rec('chat_no', f`Kan du skrive en purring til leverandøren av kunstgjødsel? De har ikke betalt tilbake kreditnotaen. Deres kontonummer (IBAN) er ${v('financial.iban', grp(NO))}, beløp NOK 23 800.`),

  rec('chat_sv', f`Hej, skattekontorets kund vill ha sin återbetalning till ett utländskt konto? Nej — till ${v('financial.iban', grp(SE))}. Hur formulerar jag svaret om att vi bara betalar ut till svenska konton via Skattekontot?`),

  rec('chat_fi', f`Moi! Fysioterapiaklinikan vuokranantaja vaihtoi pankkia. Uusi tilinumero: ${v('financial.iban', grp(FI))}. Voitko tehdä tästä tiedotteen kirjanpitoon?`),

  rec('chat_hu', f`Szia, írnál egy udvarias levelet a műtrágya-beszállítónak? Az új számlaszámuk: ${v('financial.iban', grp(HU))}, a régi fizetési határidő marad.`),

  rec('batch_sepa', f`Preveri, prosim, ta seznam nakazil za dobavitelje semen (SEPA paket, 31. 10. 2024):
1. Semenarna Ptuj — ${v('financial.iban', SI)} — 4.210,00 EUR
2. Agro Sarajevo d.o.o. — ${v('financial.iban', BA)} — 2.980,00 EUR
3. Семе Скопје ДООЕЛ — ${v('financial.iban', MK)} — 1.115,50 EUR
4. Fara Shqipëria sh.p.k. — ${v('financial.iban', AL)} — 860,00 EUR
Ali so zneski pravilno zaokroženi?`),

  rec('chat_lv', f`Sveiki! Operas viesizrādes Rīgā — honorārs solistei jāpārskaita uz ${v('financial.iban', LV)}. Lūdzu, uzraksti īsu apstiprinājumu angliski.`),

  rec('chat_mt', f`Bonġu, il-klijent tat-taxxa qed jistaqsi għaliex ir-rifużjoni ma waslitx. Huwa ta l-IBAN ${v('financial.iban', grp(MT))}. Ikteb tweġiba qasira bl-Ingliż u bil-Malti.`),

  rec('invoice_lb', f`Rechnung Nr. 2024-0412 — Gastspill "Tosca", Philharmonie Lëtzebuerg
Iwwerweisung op: ${v('financial.iban', grp(LU))}
Betrag: 12 500,00 EUR
Kanns de mer dat op Franséisch iwwersetzen?`),

  rec('chat_el', f`Καλημέρα, ο προμηθευτής λιπασμάτων από τη Λάρισα έστειλε νέο IBAN: ${v('financial.iban', grp(GR))}. Μπορείς να γράψεις email επιβεβαίωσης με τηλεφωνική επαλήθευση;`),

  rec('chat_tr', f`Merhaba, chargeback ekibinden yazıyorum. Müşteri iade tutarının ${v('financial.iban', grp(TR))} hesabına yatırılmasını istiyor, kart ${v('financial.payment_card', grp(VISA3))} kapatılmış. Politikamıza göre nasıl yanıt veririm?`),

  rec('chat_de_at', f`Grüß Gott, bitte formulier eine Zahlungserinnerung an die Physiopraxis Graz-Lend. Unsere Bankverbindung: ${v('financial.iban', grp(AT))}, Verwendungszweck: Miete Therapieraum 11/2024.`),

  rec('chat_ar_lb', f`مرحبا، بدي رد رسمي للزبون بخصوص استرداد ثمن البذور. حوّلنا المبلغ على الحساب ${v('financial.iban', EG)} بس البنك رجعه. وحساب الفرع بالأردن ${v('financial.iban', JO)}. شو بكتب؟`),

  rec('ach_us', f`Chargeback refund via ACH for the US cardholder — please check the form:
Bank: First Prairie Bank
Routing (ABA): ${v('financial.aba_routing', '071000518')}
Account: ${ambCat('financial', '48271936550')}
Amount: USD 1,240.00`),

  rec('chat_nl', f`Hoi, de klant belde over een dubbele afschrijving: Maestro ${v('financial.payment_card', MAESTRO)} en ook Discover ${v('financial.payment_card', DISC)} (toerist). Welke chargeback-redencodes gelden hier?`),

  rec('chat_ja', f`チャージバック対応の英文メールを作ってください。カード番号 ${v('financial.payment_card', grp(JCB))}、金額 ¥48,000、加盟店「欧州オペラ来日公演」、理由：二重請求。返金は ${v('financial.iban', grp(DE))} の口座に既に行っています。`),

  rec('chat_nl_nl', f`Kun je dit als tabel zetten? Terugbetaling abonnement fysiotherapie: IBAN ${v('financial.iban', NL)}, bedrag € 64,50, reden: sessie geannuleerd door praktijk.`),
];

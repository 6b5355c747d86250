/** Held-out batch 99: cards, IBANs and bank details from driving schools, a P&I club, esports prize payouts, a paper mill and a statistics office. Hand-written. */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const group4 = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const ibanP = (cc: string, bban: string): string => group4(iban(cc, bban));
const aba = (p8: string): string => p8 + String(abaCheckDigit(p8));

const VISA1 = card('453917284610375');
const MC1 = card('523847196027381');
const AMEX1 = card('37829146503718');
const VISA2 = card('491682730459128');
const MC2 = card('222104839571062');
const MAESTRO = card('676771034928461');
const DISC = card('601149283701645');
const JCB = card('353011927465830');

export const BATCH99_FINANCIAL: DraftRecord[] = [
  rec('chat_en_cy', f`Can you write a polite reply to this pupil? She paid for a block of 10 lessons twice. Her message: "Hi, I think I got charged twice, my card ${v('financial.payment_card', group4(VISA1))} shows two payments of £380 on 03/02. Can you refund one? Diolch, Carys"`),

  rec('email_no', f`Emne: Refusjon av egenandel – sak 24/1187 MV Nordkapp Trader

Hei,
Vi har godkjent refusjon av egenandelen på USD 25 000 etter gjennomgang av lasteskaden i Antwerpen. Beløpet utbetales til medlemmets konto:

Kontoinnehaver: Nordkapp Shipping AS
IBAN: ${v('financial.iban', ibanP('NO', '86012345678'))}
BIC: ${amb('financial.swift_bic', 'DNBANOKKXXX')}

Kan du formulere et kort svar til rederiet som bekrefter dette, på engelsk?
Mvh, Ingrid – Skadeavdelingen`),

  rec('csv_payout', f`Prize money payout sheet for the Spring Split, please convert to a bank import format (pain.001):

team,captain,country,amount_eur,iban
Nordic Wolves,Emil Lindqvist,SE,4000,${v('financial.iban', iban('SE', '50000000058398257466'))}
Baltic Storm,Kristaps Ozols,LV,2500,${v('financial.iban', iban('LV', 'HABA0551020398476'))}
Tallinn Tigers,Mart Tamm,EE,1500,${v('financial.iban', iban('EE', '2200221020145685'))}
Helsinki Hawks,Aino Virtanen,FI,1000,${v('financial.iban', iban('FI', '21400014870536'))}`),

  rec('chat_es_ar', f`Che, necesito armar un mail para un alumno de la autoescuela que pagó con transferencia pero el CBU no coincide. Él me pasó su tarjeta para cobrar la diferencia: ${v('financial.payment_card', MC1)}, vence 08/27, código 417. ¿Está bien que le cobre así o le pido que pague en la web?`),

  rec('invoice_de', f`Rechnung Nr. 2025-0412 – Probenlagerung Biobank
Leistungszeitraum: Q1 2025
Kühlplätze −80 °C: 14 Racks × 3 Monate à 62,00 € = 2.604,00 €
Zahlbar bis 30.04.2025 auf:
Universitätsklinikum Forschungskonto
IBAN ${v('financial.iban', ibanP('DE', '370400440532013000'))}
BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}
Verwendungszweck: BB-2025-0412

Bitte prüfe, ob die Summe stimmt und ob die Umsatzsteuer fehlt.`),

  rec('chat_pt_pt', f`Olá, a escola de condução recebeu um pagamento por MB WAY que foi estornado. O aluno quer pagar por transferência. Os nossos dados são:
Escola de Condução Estrela do Norte, Lda.
IBAN: ${v('financial.iban', ibanP('PT', '003500970000637281940'))}
Podes escrever uma mensagem simpática com estes dados e o valor de 450 € da carta de categoria B?`),

  rec('claims_note', f`Claim ref PI-2025-0733 — crew medical repatriation, Manila
Agent advanced costs on his corporate Amex ${v('financial.payment_card', AMEX1.slice(0, 4) + ' ' + AMEX1.slice(4, 10) + ' ' + AMEX1.slice(10))} (hotel, flight MNL–SIN). Reimburse to:
Beneficiary: Luzon Maritime Agency Inc.
Account: ${ambCat('financial', '001234567890')}
SWIFT: ${amb('financial.swift_bic', 'BOPIPHMM')}
Please draft the reimbursement approval for the underwriter.`),

  rec('chat_tr', f`Merhaba, turnuva bilet satışında bir izleyici iade istiyor. Kart numarası ${v('financial.payment_card', VISA2)} diye yazmış, 2 adet VIP bilet 1.800 TL. Ayrıca iadeyi IBAN'a istiyor: ${v('financial.iban', ibanP('TR', '0006100519786457841326'))}. Hangisine iade yapmalıyım? Kısa bir cevap yaz.`),

  rec('chat_en_us', f`Paper mill here. We pay the state's water discharge permit fee by ACH. Our AP clerk needs a vendor setup form filled: routing ${v('financial.aba_routing', aba('02100002'))}, account ${ambCat('financial', '483920175566')}, account name "Riverbend Paper Co. Environmental". Can you format it as a one-page memo?`),

  rec('email_fr', f`Objet : Remboursement stage de conduite accélérée annulé

Madame, Monsieur,
Suite à l'annulation de votre stage du 14 avril, nous procéderons au remboursement de 1 190 € sur le compte suivant que vous nous avez communiqué :
Titulaire : M. Théo Garnier
IBAN : ${v('financial.iban', ibanP('FR', '30004028370001009876543' .slice(0, 21) + '06'))}
Le virement sera effectué sous 10 jours ouvrés.

Peux-tu reformuler ce courrier de façon plus chaleureuse ?`),

  rec('tsv_export', f`Can you find duplicates in this payment export from the survey office's enumerator stipends?

id\tenumerator\tregion\tmethod\taccount
E-104\tMarija Petrović\tBeograd\tbank\t${v('financial.iban', iban('RS', '265100000012345678'))}
E-105\tNikola Ilić\tNiš\tbank\t${v('financial.iban', iban('RS', '160005400001234567'))}
E-106\tJelena Kovač\tNovi Sad\tcard\t${v('financial.payment_card', MAESTRO)}
E-107\tMarija Petrović\tBeograd\tbank\t${v('financial.iban', iban('RS', '265100000012345678'))}`),

  rec('chat_ar_bh', f`السلام عليكم، نحتاج تحويل تعويض من نادي الحماية والتعويض إلى مالك السفينة في المنامة. البيانات:
اسم المستفيد: شركة الخليج للملاحة
رقم الآيبان: ${v('financial.iban', iban('BH', 'NBOB00001299123456'))}
السويفت: ${amb('financial.swift_bic', 'NBOBBHBM')}
المبلغ: 48,300 دولار. اكتب لي رسالة تأكيد رسمية بالإنجليزية.`),

  rec('chat_pl', f`Hej, uczestnik turnieju zapłacił wpisowe kartą ${v('financial.payment_card', MC2.replace(/(\d{4})/g, '$1-').replace(/-$/, ''))}, ale drużyna się wycofała. Zwrot ma pójść na konto: ${v('financial.iban', ibanP('PL', '109010140000071219812874'))}. Napisz krótkie potwierdzenie zwrotu.`),

  rec('chat_it', f`Ciao, la cartiera deve pagare la sanzione ARPA per il superamento dei limiti di scarico. Il bonifico va all'IBAN ${v('financial.iban', iban('IT', 'X0542811101000000123456'))} intestato alla Regione. Puoi scrivermi la causale corretta e una mail all'ufficio ambiente?`),

  rec('form_ch', f`Rückerstattungsformular – Fahrschule Säntis
Name: Reto Ammann
Kurs: Verkehrskunde VKU, 4 × 2 h
Betrag: CHF 220.–
Konto: ${v('financial.iban', ibanP('CH', '00762011623852957'))}
Grund: Kurs doppelt gebucht

Chönntsch mir das bitte inere chli formellere Form schriibe?`),

  rec('chat_ja', f`eスポーツ大会の参加費の返金依頼です。クレジットカード ${v('financial.payment_card', group4(JCB))} で 12,000 円払ったけど、チームが出場できなくなりました。返金依頼のメール文を作ってください。`),

  rec('chat_ka', f`გამარჯობა, სტატისტიკის სამსახურის ველის ინტერვიუერებს ანაზღაურებას ვურიცხავთ. ერთ-ერთის IBAN: ${v('financial.iban', iban('GE', 'TB7000000000123456'))}. შეამოწმე, სწორია თუ არა ფორმატი.`),

  rec('chat_en_in', f`Kindly help draft a reminder to the driving-school franchise owner in Pune. His Discover card ${v('financial.payment_card', DISC)} was declined for the quarterly royalty of ₹1,85,000. Ask him to update card or pay via NEFT.`),

  rec('chat_kk', f`Сәлеметсіз бе, P&I клубының Ақтаудағы агентіне шығындарды өтеу керек. IBAN: ${v('financial.iban', iban('KZ', '125KZT5004100100'))}. Ағылшын тілінде қысқа хат жазып беріңізші.`),

  rec('chat_nl', f`Kun je deze betaalgegevens van de biobank-deelnemersvergoeding in een nette tabel zetten?
- deelnemer BB-00913: ${v('financial.iban', ibanP('NL', 'RABO0301234567'))}, € 25
- deelnemer BB-00914: ${v('financial.iban', ibanP('NL', 'INGB0001234567'))}, € 25
- deelnemer BB-00915: rekening onbekend, bellen naar ${phone('06 41239876', 'NL')}`),

  rec('chat_hu', f`Szia, az autósiskola egyik tanulója telefonon bemondta a kártyaszámát: ${v('financial.payment_card', card('543815029176433'))}. Lejárat 11/26. Szabad ezt így felírnom a jegyzetbe? Írj egy belső szabályt erről.`),
];

/**
 * Held-out batch 34: card numbers, IBANs, routing numbers and bank details from a watch and
 * jewellery boutique chain, a postal service, a VPN vendor, fertility clinics, a marine insurance
 * broker and a social-housing authority. Hand-written; check digits computed.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const luhn = (payload: string): string => payload + String(luhnCheckDigit(payload));
const g4 = (s: string, sep = ' '): string => (s.match(/.{1,4}/g) ?? []).join(sep);
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const aba = (payload8: string): string => payload8 + String(abaCheckDigit(payload8));

const VISA_GVA = luhn('449218730561482');
const MC_KR = luhn('540926183375019');
const VISA_HOUSING = luhn('465901274830163');
const AMEX_VPN = luhn('37942816305718');
const VISA_GH = luhn('492170384615290');
const MC_NZ = luhn('222341960728154');
const UNIONPAY = luhn('621483092756134');
const DINERS = luhn('3608471925830');
const VISA_MY = luhn('454312908176423');
const MC_SHOP = luhn('517384209615337');
const VISA_KO = luhn('438217605914826');
const MAESTRO_LU = luhn('675938104726185');

const IBAN_GR = iban('GR', '01701250000048193720165');
const IBAN_CY = iban('CY', '002001950000357001847262');
const IBAN_MT = iban('MT', 'VALL22013000000040018372649');
const IBAN_LU = iban('LU', '0039481020733100');
const IBAN_LU2 = iban('LU', '0141650870153000');
const IBAN_HU = iban('HU', '117730162048193700000004');
const IBAN_IS = iban('IS', '0133260175421404892209');
const IBAN_PK = iban('PK', 'HABB0017284901538206');
const IBAN_GB = iban('GB', 'BOFS80271136418205');
const IBAN_GB2 = iban('GB', 'CLYD82610940187362');
const IBAN_CH = iban('CH', '08401016382740500');
const IBAN_DE = iban('DE', '500105170648219373');
const IBAN_GR2 = iban('GR', '01101040000010429876533');
const ABA = aba('07192384');

export const BATCH34_FINANCIAL: DraftRecord[] = [
  rec('chat_fr_ch', f`Bonjour, tu peux m'aider à rédiger une confirmation d'acompte pour un client de la boutique de Genève? Il a réservé le quantième perpétuel réf. DC-7120/QP en or rose, acompte de 30% soit CHF 38'400.–, payé par téléphone avec sa Visa ${v('financial.payment_card', g4(VISA_GVA))}, exp. 04/28. Je voudrais un ton chaleureux mais sobre, et préciser que le solde est dû à la livraison (environ septante jours).`),

  rec('email_ko', f`아래 메일 영어로 번역 부탁드립니다 (제네바 본사 전달용):

"VIP 고객 김도윤 님께서 청담 부티크에서 투르비용 모델(Ref. DC-9030/TB)을 예약하셨습니다. 예약금 결제는 마스터카드 ${v('financial.payment_card', g4(MC_KR, '-'))} (유효기간 09/27)로 승인 완료되었습니다. 잔금은 입고 후 결제 예정입니다."`),

  rec('chat', f`Tenant phoned to pay off her rent arrears by card and my colleague took it over the phone but the payment screen crashed half way. I've got the card written down: ${v('financial.payment_card', VISA_HOUSING)}, expiry 11/26, name Mrs A. McLeish, amount £412.50. Can I just put it through again or do I risk charging her twice? What does our PCI guidance usually say about writing card numbers down?`),

  rec('csv', f`Can you check which of these claim settlements are missing a remittance advice? Export from the claims system:

${amb('source_code.snippet', f`claim_ref,vessel,class,payee,iban,bic,amount_usd,value_date
HC-24-11873,MV Argostoli Star,HULL,Argostoli Navigation SA,${v('financial.iban', IBAN_GR)},${amb('financial.swift_bic', 'ETHNGRAA')},184250.00,2024-12-05
HC-24-11902,MT Kyrenia Dawn,P&I,Kyrenia Tankers Ltd,${v('financial.iban', IBAN_CY)},${amb('financial.swift_bic', 'BCYPCY2N')},46800.00,2024-12-06
HC-24-11915,MV Valletta Trader,CARGO,Grand Harbour Shipping Ltd,${v('financial.iban', IBAN_MT)},${amb('financial.swift_bic', 'VALLMTMT')},12935.40,2024-12-06`)}

Remittances received so far: 11873 and 11915.`),

  rec('email_el', f`Καλησπέρα σας κύριε Μαυρίδη,

Σε συνέχεια της τηλεφωνικής μας επικοινωνίας, σας επιβεβαιώνουμε ότι η αποζημίωση για τη ζημιά στο κύτος του MV Argostoli Star (υπόθεση HC-24-11873) εγκρίθηκε από τους ασφαλιστές. Παρακαλούμε επιβεβαιώστε τον λογαριασμό πληρωμής:

Δικαιούχος: Argostoli Navigation SA
IBAN: ${v('financial.iban', g4(IBAN_GR2))}
Τράπεζα: Εθνική Τράπεζα της Ελλάδος, κατάστημα Πειραιά

Με εκτίμηση,
Ελένη Καραγιάννη
Halyard & Crane Marine — Piraeus

Μπορείς να το μεταφράσεις στα αγγλικά για τον underwriter στη Γλασκώβη;`),

  rec('email_hu', f`Tisztelt Pénzügy!

Mellékelten küldjük a 2024/11-es számlát a budapesti iroda takarítási szolgáltatásáról (bruttó 486 900 Ft). Kérjük, az összeget az alábbi számlaszámra utalják:

${v('financial.iban', IBAN_HU)}
OTP Bank Nyrt., közlemény: TW-BUD-2024-11

Fizetési határidő: 2024. december 20.

Üdvözlettel,
Fényes Iroda Kft.

-> ez kell a havi szállítói listába, kiírnád táblázatba?`),

  rec('chat_is', f`Getur þú skrifað bréf til leigjanda um endurgreiðslu tryggingarfjár? Upphæð 385.000 kr. verður lögð inn á reikning hans, IBAN ${v('financial.iban', g4(IBAN_IS))} (Íslandsbanki), innan 14 daga frá skilum íbúðarinnar að Álfaskeiði. Hafðu bréfið formlegt.`),

  rec('invoice_de_lu', f`RECHNUNG Nr. 2024-1187
Halyard & Crane Marine (Luxembourg) S.à r.l. · 12, rue Érasme · L-1468 Luxembourg
Kunde: Reederei Möller & Söhne GmbH, Hamburg
Leistung: Vermittlung Kaskoversicherung MS "Elbwind", Policenjahr 2025
Betrag: EUR 18.750,00 (nicht steuerbar)

Zahlbar innerhalb 30 Tagen auf:
IBAN ${v('financial.iban', g4(IBAN_LU))}
BIC ${amb('financial.swift_bic', 'BCEELULL')}

Kanns du dës Rechnung op Englesch iwwersetzen? Den Client huet eng englesch Versioun gefrot.`),

  rec('chat_ur', f`براہ کرم مریضہ کے لیے ایک رسید کا مسودہ تیار کریں۔ انہوں نے آئی وی ایف سائیکل کی پہلی قسط ساڑھے چار لاکھ روپے بینک ٹرانسفر کے ذریعے جمع کروائی ہے۔ ہمارا اکاؤنٹ:
IBAN: ${v('financial.iban', IBAN_PK)}
حبیب بینک لمیٹڈ، گلبرگ برانچ لاہور
رسید انگریزی اور اردو دونوں میں ہو۔`),

  rec('email', f`Hi there,

We've been appointed for the damp remediation works at the Craigmillar blocks (PO 4500218837). Could you please set us up as a supplier? Bank details:

Account name: Pentland Building Services Ltd
Sort code: ${ambCat('financial', '80-27-11')}
Account number: ${ambCat('financial', '36418205')}
IBAN: ${v('financial.iban', g4(IBAN_GB))}

Invoices will come from ${v('pii.email', 'accounts@pentlandbuilding.co.uk')}.

Cheers,
Fiona Drummond

-- can you check this against our new supplier checklist? we had a bank-change fraud last year so I'm being careful`),

  rec('chat_ms', f`Pelanggan kata dia kena caj dua kali untuk langganan VPN 2 tahun (RM 359.00 setiap satu). Kad Visa dia ${v('financial.payment_card', g4(VISA_MY))}. Dia minta bayaran balik masuk ke akaun Maybank ${ambCat('financial', '1140 2837 4512')}. Boleh tolong draf balasan dalam Bahasa Melayu yang sopan? Terangkan bayaran balik ke kad ambil 7-14 hari bekerja.`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02 19:44:13,871 ERROR billing.psp  charge failed sub=TW-PRM-2Y-55102 country=US amount=119.88 USD
  request={"source":{"type":"card","number":"${v('financial.payment_card', AMEX_VPN)}","exp_month":7,"exp_year":2027,"cvc":"[FILTERED]"},"capture":true}
  response={"status":402,"code":"card_declined","decline_code":"do_not_honor"}`)}

Why does the card number get logged when CVC is filtered? Which filter setting am I missing?`),

  rec('swift_mt103', f`Please check this MT103 copy from the bank — the shipowner says the money never arrived:

:20:HC24CLM11902
:23B:CRED
:32A:241206USD46800,00
:50K:/${v('financial.iban', IBAN_GB2)}
HALYARD AND CRANE MARINE LTD
CLIENT MONIES ACCOUNT
GLASGOW G2 5QR
:52A:${amb('financial.swift_bic', 'CLYDGB2S')}
:57A:${amb('financial.swift_bic', 'BCYPCY2N')}
:59:/${v('financial.iban', IBAN_CY)}
KYRENIA TANKERS LTD
LIMASSOL
:70:P AND I CLAIM MT KYRENIA DAWN
:71A:SHA
-

Is there anything in the message that would make the receiving bank reject it?`),

  rec('chat_ko', f`택배 분실 건 보상 문의 답변 좀 써주세요. 고객님이 착불 요금을 신용카드로 결제하셨는데 환불을 원하세요. 카드번호는 ${v('financial.payment_card', g4(VISA_KO))} 이고, 결제일은 11월 28일, 금액은 12,800원입니다. 환불은 카드 승인 취소로 처리되고 3~5 영업일 걸린다고 안내해 주세요.`),

  rec('chat_gh', f`Please draft a reply to a client of the Accra clinic. She paid the consultation fee twice: once with her Visa ${v('financial.payment_card', g4(VISA_GH))} and once via MTN MoMo from ${phone('024 815 3307', 'GH')}. She wants the card payment reversed and the MoMo one kept. Our GCB account for reversals is ${ambCat('financial', '1021130046817')}. Keep it short and kind, she's been through a lot this month.`),

  rec('chat', f`Tenant in Porirua wants to set up a direct debit for rent instead of paying by card each week. He sent his bank account ${ambCat('financial', '12-3140-0527163-00')} and also asked us to delete the Mastercard ${v('financial.payment_card', MC_NZ)} we have on file. Can you write the confirmation letter? Rent is $265 a week.`),

  rec('form', f`CLAIM PAYMENT INSTRUCTION — US beneficiary
Claim: HC-24-11877 (cargo, reefer container temperature excursion)
Beneficiary: Gulfport Produce Importers LLC
Bank: Coastal Merchants Bank, Gulfport MS
ABA routing: ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', '4408173925')}
Amount: USD 27,614.80
Authorised: K. MacLennan (Glasgow), 03/12/2024

Does this have everything the bank needs for a domestic US wire from our correspondent?`),

  rec('chat_ms', f`Customer dari Shanghai beli rantai berlian di butik KL, bayar guna kad UnionPay ${v('financial.payment_card', g4(UNIONPAY))}. Transaksi kena decline tiga kali, kod 05. Boleh terangkan dalam English + Mandarin ringkas apa maksud kod 05 dan apa pilihan lain dia ada?`),

  rec('chat_el', f`Ο ασθενής πλήρωσε τον κύκλο εξωσωματικής με κάρτα Diners ${v('financial.payment_card', `${DINERS.slice(0, 4)} ${DINERS.slice(4, 10)} ${DINERS.slice(10)}`)} αλλά η συναλλαγή δεν εμφανίζεται στο POS της κλινικής στην Αθήνα. Γράψε μου ένα email προς τον πάροχο POS για να ζητήσω διερεύνηση. Ποσό 3.850 €, 29/11.`),

  rec('json_payload', f`${amb('source_code.snippet', f`{
  "orderId": "DLC-GVA-2024-0918",
  "amount": { "value": 1245000, "currency": "CHF" },
  "paymentMethod": {
    "type": "scheme",
    "holderName": "T. Al-Mansouri",
    "number": "${v('financial.payment_card', MC_SHOP)}",
    "expiryMonth": "02",
    "expiryYear": "2029"
  },
  "shopperReference": "VIP-00412",
  "returnUrl": "https://boutique.delacombe.ch/checkout/return"
}`)}

Est-ce que le montant en minor units est correct pour 12'450 CHF? Le PSP refuse avec "Invalid amount".`),

  rec('tsv_lb', f`Kanns de mir aus dëser Lëscht e SEPA-Fichier maachen (pain.001)? Rembourséierung vun de Kautiounen fir Novembre:

${amb('source_code.snippet', f`Locataire\tLogement\tIBAN\tMontant
Schmit, Carole\tEsch / rue de l'Alzette 41\t${v('financial.iban', IBAN_LU2)}\t1.420,00
Pereira, João\tDudelange / rue du Parc 7\t${v('financial.iban', IBAN_DE)}\t980,00
Hoffmann, Luc\tEsch / Bd Kennedy 103\t${v('financial.iban', g4(IBAN_CH))}\t1.150,00`)}

Den drëtten huet e Schwäizer Kont, geet dat mat SEPA?`),

  rec('chat_lb', f`E Client aus der Boutique an der Groussgaass wëll eng Reparatur vun enger Bague bezuelen, hien huet mir seng Maestro-Kaart per Telefon ginn: ${v('financial.payment_card', g4(MAESTRO_LU))}. Ass dat ok fir dat esou ze notéieren oder soll ech him leiwer e Bezuellink schécken? Schreif mir w.e.g. eng kuerz Noriicht un hien op Lëtzebuergesch.`),
];

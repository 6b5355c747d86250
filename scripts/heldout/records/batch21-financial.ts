/**
 * Held-out batch 21: card numbers, IBANs, SWIFT/BIC and routing numbers in rent, crew-wage,
 * customs, exchange and rail-refund texts. Hand-written; check digits computed.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH21_FINANCIAL: DraftRecord[] = [
  rec('chat', f`tenant at 14/22 Marine Pde rang the office and read out her card for the bond top-up, I wrote it on a sticky note: ${v('financial.payment_card', '4984 7157 6939 4086')} exp 03/27. Can you draft an email telling her we can't take card over the phone and giving her the BPAY option instead? Don't put the card in the email obv`),

  rec('qa_note_tl', f`QA flag — Call ID 88213-CBU, agent Rhea M.
Nag-read back si agent ng buong card number sa recording: "${v('financial.payment_card', '2221-0905-6372-4616')}" tapos inulit pa yung expiry. PCI breach 'to, auto-fail dapat.
Pa-rewrite naman ng coaching note in English, professional pero firm.`),

  rec('email', f`Hi Priya,

Please book 2 nights at the Pan Pacific for the relieving 2nd officer (sign-on MV Tideline Aurora, ETA Singapore 12 Dec). Guarantee with the crewing corporate Amex:
${v('financial.payment_card', '3780 745168 04217')}, exp 09/26, name on card MERIDIAN TIDE CREWING

Thanks,
Marcus
Crew Travel Desk`),

  rec('ach_form', f`Can you turn this into a clean ACH authorization form for the Denver rental? Tenant filled it in by hand:

Tenant: Jordan Ellery, Unit 3B
Bank: First Western
Routing #: ${v('financial.aba_routing', '124470037')}
Acct #: ${ambCat('financial', '40918273')} (checking)
Backup card for late fees: Discover ${v('financial.payment_card', '6011 2510 8652 0544')}
Draft date: 1st of each month`),

  rec('chat_ja', f`お客様から日本円の入金をカードでしたいと問い合わせがありました。JCBカード ${v('financial.payment_card', '3528-0090-3122-3223')} で3回エラーになったそうです。当取引所ではカード入金を受け付けていない旨を丁寧に説明する返信文を作ってください。`),

  rec('chat_es_cl', f`Hola, necesito reclamar un cargo duplicado en la tarjeta corporativa Diners ${v('financial.payment_card', '3683 620705 9671')}. Fue el hotel en Calama, dos cargos de USD 412 el 28/11 por la misma estadía de la visita a faena. ¿Me ayudas a redactar el reclamo al banco?`),

  rec('chat_zh', f`货代说码头堆存费用银联卡付款失败，卡号 ${v('financial.payment_card', '6209 9212 5738 2029 885')}，金额 CNY 18,460。请帮我写一封英文邮件给码头财务，问一下是否支持银联，或者改用电汇。`),

  rec('chat_fr_be', f`Bonjour, je dois répondre à un voyageur qui demande le remboursement de son abonnement. Il a payé avec sa Maestro ${v('financial.payment_card', '6759 3278 3029 3137')} au guichet de Namur et le terminal a débité deux fois 147,00 €. Peux-tu rédiger une réponse polie, en français, qui explique le délai de 10 jours ouvrables ?`),

  rec('invoice_de', f`Rechnung Nr. 2024-1187 – Schiffsausrüstung MV Nordic Tern
Proviant und Kabinenbedarf, geliefert Waltershof 04.12.2024
Gesamtbetrag: 8.912,40 EUR, zahlbar innerhalb 14 Tagen

Bankverbindung:
Hanseatische Schiffsbedarf GmbH
IBAN ${v('financial.iban', 'DE63194380454424285564')}
BIC ${amb('financial.swift_bic', 'HASPDEHHXXX')}

Bitte prüf mal, ob die MwSt richtig ausgewiesen ist, Lieferung an ein Schiff im internationalen Verkehr.`),

  rec('chat_es', f`Buenas, el inquilino del piso de la calle Colón dice que ya pagó la fianza pero no lo veo. Me pasó este número de cuenta para devolverle la diferencia: ${v('financial.iban', 'ES42 7420 3665 3590 1271 2697')}. ¿Me escribes un correo pidiéndole el justificante de la transferencia?`),

  rec('kyc_nl', f`KYC-notitie — klant 4471-829 (NL)
Opnameadres voor fiat gewijzigd op 02-12 naar ${v('financial.iban', 'NL08 ABNA 0620 7104 97')}. Naam rekeninghouder volgens bank-check: "J. de Wit" — komt overeen met ID. Vorige rekening was op naam van partner.
Vraag: moet dit als third-party wijziging naar compliance? Schrijf een korte escalatie in het Engels.`),

  rec('email', f`Hi team,

Landlord payout for 7 Ashbourne Mews has bounced twice. Their new details are:
Account name: R & S Hollis
IBAN: ${v('financial.iban', 'GB04 NWBK 7716 2211 0712 72')}
Sort code ${ambCat('financial', '77-16-22')}, account ${ambCat('financial', '11071272')}

Can someone in accounts re-run it before Friday's statement run? Can you reword this to be less passive-aggressive, thanks`),

  rec('chat_pt', f`Preciso enviar ao senhorio o comprovativo da renda de dezembro. Transferi 950 € para o IBAN ${v('financial.iban', 'PT55 4351 9057 4230 9595 0773 5')} no dia 1. Podes escrever uma mensagem curta e educada a pedir que confirme a receção?`),

  rec('chat_no', f`Kan du lage en kort melding til mannskapsavdelingen? Hyreutbetalingen for 2. maskinist gikk ikke gjennom fordi kontonummeret manglet et siffer. Riktig IBAN er ${v('financial.iban', 'NO2272097024453')}, og banken er DNB. Utbetaling 48 210 NOK.`),

  rec('csv', f`Home allotments for December, Baltic ratings on MV Tideline Aurora. Check every row has an IBAN and the totals match 14,400 EUR:

${amb('source_code.snippet', f`crew_id;name;rank;country;iban;amount_eur
MT-20418;Kristjan Tamm;AB;EE;${v('financial.iban', 'EE275307628024320258')};2400
MT-20433;Jānis Ozols;OS;LV;${v('financial.iban', 'LV42HABA8458330134733')};2100
MT-20451;Mindaugas Petrauskas;Bosun;LT;${v('financial.iban', 'LT104777665373683251')};3200
MT-20467;Mikko Lehtinen;Fitter;FI;${v('financial.iban', 'FI3841620090899632')};3100
MT-20472;Oleksii Bondar;Oiler;UA;;3600`)}`),

  rec('email_el', f`Καλημέρα σας,

Σας στέλνουμε τα στοιχεία για την εξόφληση του ναύλου (C/P 14 Νοεμβρίου, MV Aegean Crest):
Δικαιούχος: Aegean Crest Maritime S.A.
IBAN: ${v('financial.iban', 'GR35 2949 7955 5038 1177 9128 647')}
SWIFT: ${amb('financial.swift_bic', 'ETHNGRAA')}
Ποσό: USD 286.500

Μπορείτε να μου το μεταφράσετε στα αγγλικά για τον Ολλανδό ναυλωτή;`),

  rec('email_it', f`Oggetto: Fattura 118/2024 – manutenzione carrelli ETR

Buongiorno,
vi ricordiamo che la fattura 118/2024 (revisione carrelli, 6 unità) risulta ancora aperta. Vi preghiamo di effettuare il bonifico di € 74.820,00 sul conto:
${v('financial.iban', 'IT14 X477 3610 3491 5094 9089 037')}
intestato a Officine Ferroviarie Padane S.r.l.

Cordiali saluti,
Amministrazione

Mi scrivi una risposta che dice che il pagamento è in approvazione e partirà entro il 20?`),

  rec('wire_instructions', f`Our Sudbury site is paying a US equipment vendor for the first time. Vendor sent these wire instructions, do they look complete for a USD wire from a Canadian account?

Beneficiary: Ironline Mining Equipment LLC
Bank: Pinnacle State Bank, Chicago IL
ABA: ${v('financial.aba_routing', '071573566')}
SWIFT: ${amb('financial.swift_bic', 'PNSBUS44')}
Account: ${ambCat('financial', '6630018824')}
Amount: USD 412,880.00, ref PO 4500238117`),

  rec('email', f`Dear Sir,

Kindly remit the terminal handling and demurrage charges for B/L MTLU7742190 (40' x 3, discharged Jebel Ali) to:
Gulfgate Logistics FZE
IBAN ${v('financial.iban', 'AE671368155169787014300')}
SWIFT ${amb('financial.swift_bic', 'EBILAEAD')}
Total AED 27,315.00

Regards,
Imran | Accounts
${phone('+971 50 418 2736')}`),

  rec('log_json', f`Card deposits fail for some MC cards with "3ds_required" even though 3DS ran. One event from the payments log:

${amb('source_code.snippet', f`{"ts":"2024-12-03T07:41:22.418Z","svc":"fiat-gw","event":"card_deposit.declined","user":"usr_5510394","amount":"250.00","ccy":"EUR","pan":"${v('financial.payment_card', '5394440192650241')}","exp":"11/27","eci":"02","acs_trans_id":"9c1e4f27-5b3a-4d80-a6e2-71f9c3b8d045","decline_code":"3ds_required"}`)}

also why is the PAN unmasked in this log…`),

  rec('xml', f`Treasury: the bank rejects our pain.001 with "CH16 invalid creditor account". Fragment:

${amb('source_code.snippet', f`<CdtTrfTxInf>
  <PmtId><EndToEndId>KVX-OPS-20241204-07</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="CHF">125000.00</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BICFI>${amb('financial.swift_bic', 'UBSWCHZH80A')}</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Alpine Custody AG</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${v('financial.iban', 'CH4299758792858568013')}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Custody fee Q4</Ustrd></RmtInf>
</CdtTrfTxInf>`)}`),

  rec('chat_pl', f`Pomóż mi napisać do dostawcy podkładów kolejowych, że przelew wróci, bo numer konta w fakturze jest niepełny. Poprawny według ich pisma: ${v('financial.iban', 'PL90 1243 4932 9699 3823 6361 2919')}. Kwota 318 400 zł.`),

  rec('chat', f`hey can u check if this is legit, a "supplier" emailed a new bank account for our Perth office fit-out: BSB ${ambCat('financial', '036-011')} acc ${ambCat('financial', '284719')} … and the old one was in the contract. Also they want a deposit paid on my company Visa ${v('financial.payment_card', '4292 7585 6165 9717')}. smells like BEC to me, help me write a reply asking them to confirm by phone`),
];

/**
 * Held-out batch 116: card numbers, IBANs, routing numbers and wire details from opticians'
 * deposits, ED cashier notes, venture-debt drawdowns, creator payouts, quarry haulier invoices and
 * census enumerator stipends. Hand-written.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const groups = (s: string, sizes: number[]): string => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join(' ');
};
const aba = (p8: string): string => p8 + String(abaCheckDigit(p8));
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const spaced = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

const VISA_1 = card('453201928374615');
const MC_1 = card('512870493816274');
const AMEX_1 = card('37821940385716');
const VISA_2 = card('490315827463920');
const MC_2 = card('222300415873926');
const JCB_1 = card('356904817263540');
const VISA_3 = card('414720583619374');
const DISC_1 = card('601103928471625');
const MAESTRO = card('676770382910457');
const VISA_4 = card('438817290463518');
const MC_3 = card('545301827364901');

export const BATCH116_FINANCIAL: DraftRecord[] = [
  rec('chat_en_gb', f`Customer rang the booking line to pay the deposit for her hearing aids (£250) but the online link kept timing out. I took the card over the phone: ${v('financial.payment_card', groups(VISA_1, [4, 4, 4, 4]))}, exp 07/27, CVV 418. Can you write a note for the store team on how to key this into the terminal as MOTO, and then remind me what I'm supposed to do with this note after?`),

  rec('chat_de_ch', f`Grüezi, e Chund vo de Filiale Winterthur het s'Brilleglas-Aazahlig mit de Mastercard ${v('financial.payment_card', groups(MC_1, [4, 4, 4, 4]))} zahlt, aber d'Buechig isch doppelt. Chasch mer hälfe, e Mail für d'Rückerstattig z'formuliere? Betrag CHF 180.–`),

  rec('chat_fr', f`Bonjour, une patiente a réglé sa consultation aux urgences avec une carte American Express ${v('financial.payment_card', groups(AMEX_1, [4, 6, 5]))} mais le TPE a affiché "transaction refusée" alors que sa banque dit que c'est passé. Comment lui expliquer le délai de remboursement de la pré-autorisation ?`),

  rec('csv_en_us', f`ED cashier end-of-shift export, some rows came from the old terminal that doesn't mask. Please flag which ones we must redact before this goes to finance:

${amb('source_code.snippet', f`shift,time,mrn_suffix,amount_usd,card,auth
night,23:41,..4471,75.00,${v('financial.payment_card', VISA_2)},831204
night,00:17,..9023,40.00,**** **** **** 5518,220914
night,01:02,..1186,150.00,${v('financial.payment_card', groups(MC_2, [4, 4, 4, 4]))},104772
night,02:55,..7734,75.00,XXXX-XXXX-XXXX-0093,558810`)}`),

  rec('email_en_us', f`Subject: Drawdown notice – Tranche B – Nordlys Robotics Inc.

Please fund USD 4,000,000 on 15 January per Section 2.3 of the Loan and Security Agreement.

Wire instructions (borrower operating account):
Bank: First Pacific Commerce Bank
ABA routing: ${v('financial.aba_routing', aba('12208413'))}
Account: ${ambCat('financial', '4829103756')}
Beneficiary: Nordlys Robotics Inc.
SWIFT (intl. intermediary): ${amb('financial.swift_bic', 'FPCBUS6S')}

Can you check this against the wire template we have on file and list any differences? Our template says the account ends in 3756.`),

  rec('chat_en_gb_2', f`Borrower's CFO emailed changed bank details two days before a £1.5m drawdown: new account ${v('financial.iban', spaced(iban('GB', 'BARC20451738294016')))}, "effective immediately due to a bank migration". Old one was ${v('financial.iban', iban('GB', 'LOYD30962841570392'))}. Write me a call-back script to verify this by phone before we release funds.`),

  rec('tsv_de', f`Bitte die Auszahlungen an die Creator für November prüfen, ob alle IBANs das richtige Format haben:

${amb('source_code.snippet', f`creator_id\tname\tland\tiban\tbetrag_eur
cr_88213\tLena Fuchs\tDE\t${v('financial.iban', iban('DE', '370400449195923342'))}\t412,80
cr_90417\tMarek Dvořák\tCZ\t${v('financial.iban', iban('CZ', '01005820314621880840'))}\t98,10
cr_91255\tSofia Conti\tIT\t${v('financial.iban', spaced(iban('IT', 'K0306940375457253492582')))}\t1.204,55
cr_92031\tTomás Aguirre\tES\t${v('financial.iban', iban('ES', '01820415031969068365'))}\t63,00`)}`),

  rec('chat_es_mx', f`Hola, un usuario de la plataforma nos escribió furioso porque le cobraron dos veces la suscripción anual. Dice que su tarjeta es ${v('financial.payment_card', groups(VISA_3, [4, 4, 4, 4]))} y que ya levantó un contracargo en su banco. ¿Me ayudas a redactar la respuesta explicando que reembolsamos el cargo duplicado en 5 a 10 días hábiles?`),

  rec('invoice_pl', f`Proszę o sprawdzenie faktury od przewoźnika kruszywa przed zleceniem przelewu:

Faktura FV/2024/11/0871 – transport kruszywa łamanego 0–31,5 mm, kopalnia Górażdże → budowa S3
Ilość: 1 240 t, stawka 18,40 zł/t netto
Nr rachunku: ${v('financial.iban', spaced(iban('PL', '109010140000071219812874')))}
Termin płatności: 14 dni

Czy stawka VAT 23% jest poprawna dla usługi transportowej?`),

  rec('email_lv', f`Labdien! Lūdzu, palīdziet uzrakstīt atgādinājumu klientam par neapmaksātu rēķinu par šķembām (rēķins Nr. 2024-1193, EUR 8 420,00). Mūsu konts: ${v('financial.iban', iban('LV', 'HABA0551028374619'))}, ${amb('financial.swift_bic', 'HABALV22')}. Samaksas termiņš bija 30. novembris.`),

  rec('chat_et', f`Tere! Loendajatele makstakse välitöö eest iga kahe nädala tagant. Üks loendaja saatis uue kontonumbri: ${v('financial.iban', iban('EE', '2200221020145685'))}. Kas saad kirjutada lühikese kinnitusvastuse eesti keeles, et muudatus jõustub järgmisest väljamaksest?`),

  rec('chat_sw_2', f`Habari, malipo ya posho za wadadisi wa sensa kwa wilaya ya Kilosa yamekwama. Benki imesema kadi ya malipo ya msimamizi, ${v('financial.payment_card', groups(MC_3, [4, 4, 4, 4]))}, imezuiwa. Naomba uandike barua pepe fupi kwa benki kuomba iondolewe kizuizi. Simu ya msimamizi: ${phone('+255 754 318 462')}.`),

  rec('chat_ka', f`გამარჯობა! კარიერის ლოჯისტიკის განყოფილებაში ვართ. გადამზიდმა კომპანიამ გამოგვიგზავნა ანგარიშის ნომერი: ${v('financial.iban', iban('GE', 'TB7394512068301957'))}. შეგიძლია დამეხმარო, რომ დავწერო წერილი, რომელიც ადასტურებს გადახდას 12 400 ლარზე?`),

  rec('chat_tr_2', f`Merhaba, ocak müşterimiz hazır beton santrali için agrega bedelini yatırdı ama dekontta bizim IBAN'ımız eksik görünüyor. Bizim IBAN: ${v('financial.iban', spaced(iban('TR', '0006100519786457841326')))}. Müşteriye nazik bir e-posta yazar mısın, dekontun düzeltilmesini isteyen?`),

  rec('json_en_in', f`Payment gateway webhook from the optical store checkout, logged raw by mistake. Which fields must be masked before storing?

${amb('source_code.snippet', f`{
  "event": "payment.captured",
  "store": "CS-BLR-Indiranagar",
  "amount": 349900,
  "currency": "INR",
  "card": { "number": "${v('financial.payment_card', JCB_1)}", "network": "JCB", "expiry": "11/28" },
  "notes": { "booking_id": "APPT-20241214-0931", "item": "progressive lenses" }
}`)}`),

  rec('chat_pt', f`Olá! Um cliente da ótica em Braga pagou a consulta de audiologia por transferência, mas usou o IBAN antigo da loja. IBAN antigo: ${v('financial.iban', iban('PT', '003532383280189356871'))}. Podes escrever-lhe um e-mail a pedir que confirme a data da transferência para conseguirmos localizá-la?`),

  rec('memo_en_us', f`Draft a short memo to IC: Borrower Kestrel Health drew $2.5m under the revolver on 3 Dec. Funds went to their operating account at a New York bank (routing ${v('financial.aba_routing', aba('02610457'))}, acct ${ambCat('financial', '000348291746')}) and our portfolio monitor flagged that this differs from the account in the borrowing base certificate. Tone: factual, no alarm.`),

  rec('chat_ro', f`Bună! Un vizitator de la secția UPU a plătit taxa pentru certificatul medical cu cardul Maestro ${v('financial.payment_card', MAESTRO)}, dar chitanța nu s-a printat. Cum formulez o notă pentru casierie ca să reemită chitanța?`),

  rec('chat_ja_2', f`動画配信サービスのサブスク解約の問い合わせです。ユーザーが「カード番号 ${v('financial.payment_card', groups(DISC_1, [4, 4, 4, 4]))} で二重請求された」とチャットに書いてきました。この番号をチケットから削除する手順と、ユーザーへの返信文を作ってください。`),

  rec('chat_nb', f`Hei! Vi skal betale ut honorar til en ekstern moderator i Sverige. Kontoen hun oppga: ${v('financial.iban', iban('SE', '80000211961892012790'))}, BIC ${amb('financial.swift_bic', 'SWEDSESS')}. Kan du lage en kort bekreftelses-e-post på norsk?`),

  rec('chat_en_au', f`Quarry weighbridge customer walked in to pay for 40 t of road base and the EFTPOS was down, so the operator wrote the card on the docket: ${v('financial.payment_card', VISA_4)}. Can you draft a procedure for what the operator should do next time instead, and how to dispose of that docket?`),
];

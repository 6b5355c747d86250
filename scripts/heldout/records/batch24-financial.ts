/**
 * Held-out batch 24: card numbers, IBANs, routing and local account numbers from a cruise line's
 * guest services, dental clinics, an energy retailer's call centre, a campaign's donations desk, a
 * fab's purchasing and a security consultancy's PCI work. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Card number: payload as written (with its spacing) + computed Luhn digit. */
const card = (p: string): string => p + String(luhnCheckDigit(p.replace(/\D/g, '')));
/** IBAN with computed check digits, grouped by four unless `sep` is ''. */
const iban = (cc: string, bban: string, sep = ' '): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return sep ? (raw.match(/.{1,4}/g) ?? []).join(sep) : raw;
};

export const BATCH24_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Guest in cabin 9218 disputes a $412 spa charge on her folio. She says she only booked the massage. Card on file is ${v('financial.payment_card', card('4716 2290 5831 407'))}, exp 05/27. Can you draft a friendly reply explaining how she can request an itemised folio at Guest Services?`),

  rec('email_da', f`Hej,

Vi var på krydstogtet fra København den 14. november, og der er trukket to gange 1.840 kr. for udflugten i Tallinn. Kortet er et Visa/Dankort: ${v('financial.payment_card', card('4571 9032 6618 250'))}.
Vil I venligst refundere det ene beløb?

Venlig hilsen
Birgitte Holm

→ translate to English and suggest a reply`),

  rec('csv', f`Legacy res system export for the chargeback team — I know, the card column is not masked, that's the point of the ticket:

${amb('source_code.snippet', f`booking_ref,sailing,guest,amount_usd,card_number,auth_code
AVX4R2,AV241214CPH,HOLM/BIRGITTE,3680.00,${v('financial.payment_card', card('457190326618210'))},082214
AVX7K9,AV241214CPH,OKAFOR/CHIDI,5120.00,${v('financial.payment_card', card('37624180551902'))},551903
AVY2M1,AV241221MIA,DELACROIX/ANNE,2940.00,${v('financial.payment_card', card('541275340981226'))},771034
AVY5Q8,AV241221MIA,TANAKA/HIROSHI,4410.00,${v('financial.payment_card', card('353011839026471'))},310822`)}

Which of these are outside the 120-day chargeback window as of today (4 Dec 2024)?`),

  rec('email_fr', f`Bonjour,

Suite à l'annulation de la croisière du 21 décembre pour raison médicale, je vous prie de bien vouloir rembourser l'acompte de 1 250 € sur le compte suivant :
Titulaire : Anne Delacroix
IBAN : ${v('financial.iban', iban('FR', '30004008290001873921574'))}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}

Cordialement,
A. Delacroix

→ résume la demande en anglais pour le service remboursements`),

  rec('invoice_pl', f`Sprawdź proszę, czy ta faktura jest kompletna, zanim wyślę ją do księgowości:

FAKTURA VAT nr 2024/11/0419
Sprzedawca: DentaLab Pomorze Sp. z o.o., ul. Grunwaldzka 211, 80-266 Gdańsk
Nabywca: Smileline Polska – Klinika Gdańsk Oliwa
Usługa: korony cyrkonowe, 6 szt. — 4 320,00 zł netto, VAT zw.
Termin płatności: 14 dni
Nr rachunku: ${v('financial.iban', iban('PL', '109010140000712019281743'))}`),

  rec('call_notes', f`Patient paid the remaining £380 for the implant consultation over the phone, notes from reception (I need to turn this into a receipt text):

Mr D. Whitcombe, card ${v('financial.payment_card', card('5213 8840 1937 662'))} exp 11/26, auth 40918K
Treatment plan ref TP-LDS-20419

Also: should reception even write the card number down like this?`),

  rec('invoice_da', f`FAKTURA nr. 88213
Dentalkompagniet ApS · CVR 38217460
Til: Smileline Klinik Aarhus C
Forfald: 20.12.2024
Beløb: DKK 24.612,50

Indbetaling til:
IBAN ${v('financial.iban', iban('DK', '52950001938471'))}
Reg.nr. 5295 Kontonr. ${ambCat('financial', '0001938471')}

Kan du lave en betalingspåmindelse på engelsk ud fra det her?`),

  rec('dd_form', f`Direct Debit setup — call notes, agent 4471 (please check I've got everything the Bacs rules need):

Account holder: Mrs Patricia Nwosu
Sort code: ${ambCat('financial', '20-45-16')}   Account no: ${ambCat('financial', '73820194')}
(IBAN given by customer: ${v('financial.iban', iban('GB', 'BARC20451673820194'))})
Collection day: 1st, £94/month dual fuel
Guarantee read out: yes`),

  rec('chat_af', f`Help my asseblief om hierdie terugbetaling se e-pos in Engels te skryf. Klant het te veel betaal vir voorafbetaalde elektrisiteit.

Rekeninghouer: J. van der Merwe
Bank: Capitec, takkode ${ambCat('financial', '470010')}
Rekeningnommer: ${ambCat('financial', '1509283746')}
Bedrag: R1 240,00`, 'South African bank account + branch code: no built-in rule, ambiguous'),

  rec('ticket_tr', f`Müşteri otomatik ödeme talimatı vermek istiyor, formu doldurdum, kontrol eder misin?

Abone no: 4018273311
Ad Soyad: Mehmet Yıldırım
IBAN: ${v('financial.iban', iban('TR', '0006400000192837465011'))}
Banka: İş Bankası
Kart ile ödeme yedeği: Troy ${v('financial.payment_card', card('9792 0431 8826 510'))}`, 'Troy card (9792): Luhn-valid domestic Turkish scheme'),

  rec('donation_log', f`Our donation form logged full card numbers for a day after a bad deploy (now fixed). Which rows do we need to purge and notify?

${amb('source_code.snippet', f`2024-11-29T18:02:11Z donation_id=D-88102 amount=250.00 method=card pan=${v('financial.payment_card', card('34810927366410'))} status=ok
2024-11-29T18:04:47Z donation_id=D-88103 amount=25.00 method=card pan=**** **** **** 4410 status=ok
2024-11-29T18:07:02Z donation_id=D-88104 amount=1000.00 method=card pan=${v('financial.payment_card', card('601149208817345'))} status=declined
2024-11-29T18:09:30Z donation_id=D-88105 amount=50.00 method=ach routing=${v('financial.aba_routing', '071000013')} acct=${ambCat('financial', '48201937715')} status=pending`)}`),

  rec('chat', f`Vendor setup for the phone bank contractor in Ohio: routing ${v('financial.aba_routing', '044000024')}, account ${ambCat('financial', '91028374651')}, checking. Their invoice says "wire only" — can we ACH or do we need their SWIFT?`),

  rec('email_fr_qc', f`Bonjour Mélanie,

Pour le remboursement des dépenses du porte-à-porte (212,40 $), voici mes infos de dépôt direct :
Institution ${ambCat('financial', '815')} — transit ${ambCat('financial', '30117')} — compte ${ambCat('financial', '0428193')} (Desjardins)

Merci pis bonne fin de semaine!
Jean-François`, 'Canadian institution / transit / account: no built-in rule, ambiguous'),

  rec('mail_ja', f`取引先への支払依頼書を英語でも作りたいです。以下を英訳してください。

支払先：株式会社ミナトプレシジョン
振込先：みずほ銀行 熊本支店（店番 ${ambCat('financial', '702')}）普通 ${ambCat('financial', '3819274')}
SWIFT：${amb('financial.swift_bic', 'MHCBJPJT')}
金額：¥4,862,000（税込）
内容：チャンバー部品（CVD-07 定期交換分）`),

  rec('chat_ms', f`Boleh semak maklumat pembayaran vendor ni sebelum saya hantar ke finance? Vendor: Syarikat Teknik Perai Sdn Bhd, Maybank akaun ${ambCat('financial', '557183920461')}, SWIFT ${amb('financial.swift_bic', 'MBBEMYKL')}, invois INV-24-1187 RM 38,400.00 untuk servis chiller Fab 2.`),

  rec('invoice', f`Please extract the payment details from this equipment vendor invoice into our AP template:

RECHNUNG / INVOICE 2024-30871
Präzisionsoptik Wetzlar GmbH → Kulim Fab 2 (Malaysia)
Item: Reticle inspection lens assembly, refurbished, 1 pc — EUR 61,400.00
Payment: 30 days net
Bank: Commerzbank Wetzlar
IBAN ${v('financial.iban', iban('DE', '540518064821937501', ''))}
BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}`),

  rec('pci_finding', f`PCI DSS segmentation test, finding draft — can you make it more formal?

During testing of the call-centre IVR logging we found primary account numbers written in clear text to /var/log/ivr/payments.log on ivr-app02, e.g.:
${amb('source_code.snippet', f`[2024-12-02 14:22:08] DTMF capture complete, pan=${v('financial.payment_card', card('4929 1380 2745 118').replace(/ /g, ''))} cvv_len=3 result=AUTHORISED`)}
This violates requirement 3.3/3.4.`),

  rec('chat', f`caller read his card out twice on the recording before the pause-and-resume kicked in: "${v('financial.payment_card', card('5502 0917 3364 812'))}" — agent 2093 then typed it into the notes as well. What is our process for scrubbing the recording and the CRM note?`),

  rec('payroll_ms', f`Tolong buat jadual ini jadi format CSV untuk bank:

Nama | No. Akaun | Bank | Jumlah (RM)
Ahmad Firdaus bin Rahim | ${ambCat('financial', '164028391745')} | Maybank | 3,820.00
Nurul Aina binti Zakaria | ${ambCat('financial', '8010294736')} | CIMB | 4,105.50
Lee Wei Ming | ${ambCat('financial', '2209183746')} | Public Bank | 3,990.00

(ini untuk kru kapal yang dibayar di Malaysia, bukan Fab)`),

  rec('chat', f`Patient wants to pay the orthodontics balance with a Japanese JCB card while on holiday, ${v('financial.payment_card', card('3562 8812 0497 331'))}. Our terminal accepts JCB? And the customer's callback number is ${phone('+81 90-4128-7735')}.`),
];

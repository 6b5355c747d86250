/**
 * Held-out batch 26: card numbers, IBANs and routing numbers in chats, mails, exports and forms of
 * an education platform, a food-delivery app, a fitness chain, an asset manager, a music label and
 * a car dealer network. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH26_FINANCIAL: DraftRecord[] = [
  rec('email_de_at', f`Sehr geehrter Herr Pichler,

vielen Dank für Ihre Bestellung des Škoda Kodiaq (Kommissionsnummer 24-1187). Wir ersuchen Sie, die vereinbarte Anzahlung von € 5.000,– bis spätestens 15. Jänner auf folgendes Konto zu überweisen:

Empfänger: Brenner Auto Gruppe GmbH
IBAN: ${v('financial.iban', 'AT65 2011 1827 3645 9103')}
BIC: ${amb('financial.swift_bic', 'GIBAATWWXXX')}
Verwendungszweck: KN 24-1187 Pichler

Mit freundlichen Grüßen
Verkauf Filiale Graz

→ Bitte das Ganze etwas freundlicher formulieren.`),

  rec('email_de_ch', f`Grüezi Frau Meier

Besten Dank für die Offerte zum neuen Mietvertrag für das Studio Winterthur. Die Miete überweisen wir ab 1. Februar wie besprochen auf Ihr Konto ${v('financial.iban', 'CH93 0076 2011 6238 5295 7')} (Zürcher Kantonalbank).

Freundliche Grüsse
PulseHall Fitness AG, Buchhaltung

Kannst du das in ein formelleres Schreiben umwandeln?`),

  rec('chat_nl_be', f`Kunt ge een korte mail opstellen naar de boekhouding? De royalty's van Q3 voor Lowie De Smet moeten naar zijn nieuwe rekening ${v('financial.iban', 'BE28 7350 2184 7620')} (KBC), niet meer naar de oude van Belfius. Bedrag: € 3.412,87.`),

  rec('form_pt', f`Formulário de adesão — estafeta Snackr Lisboa
Nome: Tiago Rebelo Fonseca
IBAN para pagamentos semanais: ${v('financial.iban', 'PT21 0035 0697 0063 8259 1744 3')}
Veículo: mota 125cc
Zona: Arroios / Penha de França

Podes verificar se está tudo preenchido?`),

  rec('email_no', f`Hei Kari,

Tegningen i Fjordlight Global Macro (klasse B NOK) er bekreftet. Vennligst overfør NOK 2 500 000 innen T+2 til fondets tegningskonto:
Kontonummer: ${ambCat('financial', '1503 28 47568')}
IBAN: ${v('financial.iban', 'NO67 1503 2847 568')}
BIC: ${amb('financial.swift_bic', 'DNBANOKKXXX')}
Referanse: FGM-B-2024-1187

Med vennlig hilsen
Investor Services, Fjordlight Capital AS`),

  rec('chat_sk', f`Môžeš mi skontrolovať, či je tento IBAN správny? Zákazník platí zálohu na Octaviu prevodom: ${v('financial.iban', 'SK55 1100 0000 0029 3847 5610')}. Banka hovorí, že kontrolné číslo nesedí, ale mne to vychádza.`),

  rec('chat_hu', f`Segítenél megfogalmazni egy levelet a tagnak? A havi tagdíjat mostantól csoportos beszedéssel vonjuk le a ${v('financial.iban', 'HU98 1177 3016 2183 9475 0000 0000')} számláról, minden hónap 5-én. Összeg: 18 900 Ft.`),

  rec('chat_th', f`ลูกค้าแจ้งว่าโดนตัดเงินซ้ำสองครั้งจากออเดอร์ #SN-88213 บัตรวีซ่าเลข ${v('financial.payment_card', '4539 1728 4015 6375')} ยอด 389 บาท ช่วยร่างข้อความตอบลูกค้าเป็นภาษาไทยแบบสุภาพให้หน่อยครับ`),

  rec('chat_zh_tw', f`家長說上個月的家教課程被重複扣款兩次，信用卡號 ${v('financial.payment_card', '3568-4027-1938-4758')}（JCB），每次 NT$2,480。請幫我寫一封道歉信，說明會在 7 個工作天內退款。`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-22T19:48:03.211Z ERROR checkout  PaymentDeclined code=insufficient_funds order=SN-PT-4471029 amount=23.40 EUR
  card.number=${v('financial.payment_card', '5239481027364581')} card.exp=04/27 card.brand=mastercard
  at PaymentService.charge (/app/src/payments/service.ts:188:15)
  at async OrderController.checkout (/app/src/orders/controller.ts:92:5)`)}

Why is the card number logged in clear? Which middleware would do that?`),

  rec('csv', f`Please reconcile the November membership payments with the bank file and list the ones that bounced:

${amb('source_code.snippet', f`member_id;club;amount_chf;card;status
PH-20481;Oerlikon;89.00;**** **** **** 4417;paid
PH-20492;Oerlikon;89.00;${v('financial.payment_card', '4026 1839 5027 4619')};failed
PH-20517;Altstetten;69.00;**** **** **** 9012;paid
PH-20533;Bern-Wankdorf;89.00;${v('financial.payment_card', '5492 8103 7465 9205')};failed`)}

(two rows come from the old terminal that didn't mask)`),

  rec('wire', f`Please double-check these wire instructions before I release the redemption payment:

Beneficiary: Harborline Pension Trust
Bank: Pacific Crest Bank, San Francisco CA
ABA: ${v('financial.aba_routing', '321073842')}
Account: ${ambCat('financial', '8472019365')}
SWIFT: ${amb('financial.swift_bic', 'PCBKUS66')}
Amount: USD 4,250,000.00
Ref: FJL-RED-2024-11-0093`),

  rec('chat', f`Expense report question: I paid the client dinner in London with the corporate Amex ${v('financial.payment_card', '3742 819305 61729')} but the receipt is in my name. Does compliance need the card statement too?`),

  rec('email', f`Hi Oliver,

Please settle the prime brokerage fees for October (GBP 38,412.50) to:
Account name: Fjordlight Capital LLP
IBAN: ${v('financial.iban', 'GB57BARC20315483920174')}
Sort code: ${ambCat('financial', '20-31-54')}

Thanks,
Operations`),

  rec('chat_sw', f`Habari, mteja wa Nairobi anasema kadi yake ya Visa ${v('financial.payment_card', '4147 2098 3615 0725')} imekatwa mara mbili kwa oda moja ya KSh 1,250. Naomba uandike ujumbe wa kumwomba radhi kwa Kiswahili.`),

  rec('form_de_at', f`Leasingantrag – Teil B (Zahlungsdaten)
Kunde: Mag. Verena Hofbauer
Lastschrift vom Konto: ${v('financial.iban', 'AT28 1200 0518 2736 4091')}
Kreditkarte für Kaution: ${v('financial.payment_card', '5167 3204 9182 7366')}, gültig bis 09/28
Fahrzeug: VW ID.4 Pro, 36 Monate, 15.000 km/Jahr

Kannst du prüfen, ob das Formular vollständig ist?`),

  rec('chat_no', f`Kan du hjelpe meg å skrive en klage? Strømmeabonnementet mitt ble trukket to ganger på kortet ${v('financial.payment_card', '4917 2039 4857 19')} i november, 129 kr hver gang. Jeg har bare én konto.`, 'a 14-digit Visa-range number: short but Luhn-valid'),

  rec('chat_hu', f`Ezt a kártyát próbálta használni a vevő a szalonban, de elutasították: ${v('financial.payment_card', '5312 9482 0173 6453')}. A bank szerint "do not honor". Mit jelent ez pontosan, és mit mondjak neki?`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Künstler\tLand\tIBAN\tBetrag EUR
Lowie De Smet\tBE\t${v('financial.iban', 'BE43 0633 8492 1701')}\t3.412,87
Ingrid Haugen\tNO\t${v('financial.iban', 'NO84 8601 4172 930')}\t918,40
Tomás Valente\tPT\t${v('financial.iban', 'PT45 0033 0000 4539 2817 4610 5')}\t1.206,15
Zsófia Kertész\tHU\t${v('financial.iban', 'HU25 1040 3007 5829 1436 0000 0000')}\t402,90`)}

Erstell mir daraus bitte eine SEPA-Sammelüberweisung (pain.001.001.09).`),

  rec('chat_pt', f`O cliente diz que o MB WAY recusou e pagou com o cartão ${v('financial.payment_card', '6011 0092 8374 6159')} (Discover, de um turista americano). O terminal aceita Discover em Portugal?`),

  rec('chat', f`Refund for a cancelled course bundle: the student paid with ${v('financial.payment_card', '2223 0048 1927 3649')} (Mastercard 2-series). Stripe says the card is closed. Can we refund to a bank account instead? Her IBAN is ${v('financial.iban', 'NL69INGB0007364182')}.`),
];

/**
 * Held-out batch 129: cards, IBANs and routing numbers at an exchange's surveillance desk, laundromats,
 * a geothermal plant, a gamete bank, a bird-ringing network and a tutoring marketplace's payouts desk.
 * Hand-written, many languages.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

export const BATCH129_FINANCIAL: DraftRecord[] = [
  rec('chat_en', f`Tutor says her payout never arrived. Our payout record shows IBAN ${iban('GB31 BARC 2045 1783 9261 54')} and the bank returned it with code AC04 ("account closed"). Draft a reply asking her to re-enter bank details in the dashboard.`),

  rec('csv', f`Vorbereitung Auszahlungslauf KW 7 – bitte prüfen, ob die IBANs plausibel sind:

${amb('source_code.snippet', f`tutor_id;name;land;iban;betrag_eur
T-40817;Sophie Wendler;DE;${iban('DE40760500001948273610')};412,50
T-40822;Matteo Ricci;IT;${iban('IT57M0306909428100000463718')};96,00
T-40839;Ines Vaz;PT;${iban('PT69003300004519283746105')};1.208,75
T-40851;Lukas Brunner;AT;${iban('AT092011182947360518')};233,40`)}`),

  rec('chat_pt_pt', f`Bom dia, podes ajudar-me a redigir um e-mail para um explicador que nos pediu para alterar a conta de pagamento? Ele enviou o novo IBAN ${iban('PT69 0033 0000 4519 2837 4610 5')}, mas o nome do titular não coincide com o da conta registada. Quero pedir um comprovativo sem ser rude.`),

  rec('chat_fr', f`Un client du pressing de Lyon conteste un débit de 38,90 € sur sa carte ${card('4539 1722 0481 7364')}. Il dit qu'il n'a jamais déposé de costume le 12/02. Tu peux m'aider à rédiger la réponse pour la banque (chargeback) ?`),

  rec('log', f`${amb('source_code.snippet', f`2025-02-11 19:42:07 ERROR kiosk-svc[ham-altona-03] PaymentTerminalError: ZVT 0x6C "Karte nicht zugelassen"
  amount=7.50 EUR machine=W04 program=60C-buntwäsche
  card_pan=${card('5412873091564022')} exp=09/27 entry=CONTACTLESS
  at de.bluespin.kiosk.zvt.Terminal.authorize(Terminal.java:188)`)}

Warum loggt der Kiosk die volle Kartennummer? Ist das ein Konfigurationsfehler beim Terminal oder in unserem Code?`),

  rec('chat_ja', f`コインランドリーのアプリで、お客様のカード ${card('3568 9410 2736 4812')} に二重請求が発生しました（各 ¥1,200）。返金手続きの案内メールを丁寧な日本語で書いてください。`),

  rec('invoice_is', f`REIKNINGUR nr. 2025-0217
Borholuþjónusta ehf. · kt. 540312-0390
Til: Thermaridge Geothermal — rekstrarstöð
Verk: skipt um fóðringarventla á holu HE-31
Upphæð: 4.860.000 kr.

Greiðist inn á: ${iban('IS87 0133 2600 4827 1907 1948 29')}
Gjalddagi: 28.02.2025

Can you translate this invoice into English for our finance team in Nairobi?`),

  rec('chat_sw', f`Tafadhali nisaidie kuandika barua kwa benki. Mkandarasi wa visima vya mvuke ametuma akaunti mpya: IBAN ${iban('SA56 1000 0001 4829 3716 4028')} (benki ya Saudia), SWIFT ${amb('financial.swift_bic', 'NCBKSAJE')}. Tunahitaji kuthibitisha kabla ya kulipa dola 212,000.`),

  rec('email_de_ch', f`Grüezi Frau Baumann

Für die Aufwandsentschädigung der Samenspende (CHF 250.– pro Abgabe) bitten wir Sie, uns folgende Angaben zu bestätigen:
Kontoinhaber: Baumann Reto
IBAN: ${iban('CH31 0078 6120 4937 5810 2')}

Die Auszahlung erfolgt quartalsweise. Bei Fragen erreichen Sie uns unter ${phone('044 271 38 90', 'CH')}.

Freundliche Grüsse
Kinderwunschzentrum, Universitätsspital

--> bitte kürzer und weniger bürokratisch formulieren`),

  rec('chat_da', f`Kan du hjælpe med at skrive et svar til en ægdonor, der spørger, hvornår kompensationen kommer? Vi har registreret kontoen som ${iban('DK32 5295 0004 8273 61')}. Udbetaling sker 14 dage efter udtagningen.`),

  rec('chat_nl_be', f`Kunt ge een vriendelijke herinnering opstellen voor de leden van de ringgroep die hun bijdrage voor de ringen nog niet betaald hebben? Overschrijven op ${iban('BE81 0634 8172 9054')} met vermelding "ringen 2025 + naam". Bedrag: 35 euro.`),

  rec('chat_pl', f`Faktura od dostawcy obrączek ornitologicznych przyszła z nowym numerem konta: ${iban('PL92 1020 5561 0000 3928 1746 5093')}. Poprzednio płaciliśmy na inny rachunek. Jak sprawdzić, czy to nie oszustwo (zmiana rachunku w mailu)?`),

  rec('chat_en_us', f`Tutor in Ohio wants direct deposit instead of PayPal. She sent routing ${v('financial.aba_routing', '261073601')} and account ${ambCat('financial', '48201937716')}. Is that routing number format right for an ACH credit from our US entity?`),

  rec('form', f`VENDOR BANK CHANGE — Thermaridge US Inc. (Imperial Valley site)
Vendor: Salton Drilling Services LLC
Bank: Desert Sun Credit Union
ABA: ${v('financial.aba_routing', '311074521')}
Account: ${ambCat('financial', '0093817264')}
Requested by: ${v('pii.email', 'ap@saltondrilling.com')} / ${phone('+1 (760) 482-9173')}
Callback verification done: NO

Should we pay the open invoice before callback verification? Write a short policy reminder.`),

  rec('chat_ru', f`Привет. Клиентка химчистки просит вернуть 4 200 ₽ за испорченное пальто. Оплата была картой ${card('2221 0048 1937 2658')}. Как правильно оформить возврат через эквайринг, если чек уже закрыт?`),

  rec('surveillance_note', f`Case SUR-2025-0142 — possible wash trades, ticker NRDV

Client funding for both accounts came from the same IBAN ${iban('CY29 0050 0123 0000 0001 0938 4726')} within 20 minutes of each other (EUR 48,000 and EUR 47,500). Beneficial owners differ on paper.

Summarise the suspicion in two sentences for the STOR draft.`),

  rec('chat_sv', f`Kan du hjälpa mig formulera ett mejl till en medlemsfirma? Vår årsavgift för handelsövervakningsdata har betalats två gånger. Återbetalning sker till ${iban('SE79 5000 0000 0582 9173 6401')}, BIC ${amb('financial.swift_bic', 'ESSESESS')}.`),

  rec('chat_es', f`Hola, un profesor de la plataforma dice que el cobro de la suscripción premium se hizo en su Amex ${card('3782 916403 58718')} dos veces. ¿Me ayudas a redactar la respuesta explicando el reembolso en 5-10 días hábiles?`),

  rec('payout_json', f`${amb('source_code.snippet', f`{
  "payout_id": "po_2025_02_884193",
  "tutor": { "id": "T-51207", "country": "RO" },
  "method": "sepa",
  "iban": "${iban('RO18RNCB0082172049310001')}",
  "amount": { "value": 18450, "currency": "EUR" },
  "status": "returned",
  "return_reason": "MD07"
}`)}

What is MD07 and what should we tell the tutor?`),

  rec('chat_tr', f`Merhaba, çamaşırhane zincirinin İstanbul şubeleri için deterjan tedarikçisine ödeme yapacağız. IBAN: ${iban('TR04 0001 0009 8417 2635 0192 84')}. Fatura tutarı 86.400 TL. Ödeme talimatı metnini yazar mısın?`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งลูกค้าร้านซักรีดว่ารายการชำระเงินด้วยบัตร ${card('4793 8102 6457 3911')} ถูกปฏิเสธ และให้ลองชำระใหม่หรือจ่ายเงินสดที่หน้าร้าน ขอสุภาพๆ หน่อย`),

  rec('chat_ar_eg', f`عايز أكتب رسالة للمدرّس إن التحويل اتأخر. حسابه عندنا ${iban('AE84 0260 0010 1582 9374 610')} وبنك الإمارات رجّع التحويل علشان الاسم مش مطابق. اكتبهالي بالعامية المصرية بس بأدب.`),
];

/**
 * Held-out batch 162: card numbers, IBANs and routing numbers in bookings, visitor deposits, export
 * invoices, bounty payouts, school fees and contractor invoices. Hand-written, many languages.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

const VISA_AU = luhnWithCheck('453917482630512');
const JCB = luhnWithCheck('354821749302617');
const UNIONPAY = luhnWithCheck('621483092756184');
const AMEX = luhnWithCheck('37492815063719');
const MC2 = luhnWithCheck('222731048295617');
const MC5 = luhnWithCheck('531847209318564');
const DINERS = luhnWithCheck('3612847390528');
const MIR = luhnWithCheck('220041837295016');
const ELO = luhnWithCheck('636368419273508');
const TROY = luhnWithCheck('979218374620591');
const VISA_KR = luhnWithCheck('465887301294736');

const IS_IBAN = ibanWithCheck('IS', '0133264871045208736519');
const CH_IBAN = ibanWithCheck('CH', '00762048193746205');
const GB_IBAN = ibanWithCheck('GB', 'LOYD30962517384920');
const NL_IBAN = ibanWithCheck('NL', 'INGB0748213905');
const RO_IBAN = ibanWithCheck('RO', 'BTRL0130120548397201');
const IE_IBAN = ibanWithCheck('IE', 'AIBK93115248392017');
const FO_IBAN = ibanWithCheck('FO', '92810004837261');
const FR_IBAN = ibanWithCheck('FR', '30004028370001048291763');
const PL_IBAN = ibanWithCheck('PL', '109024020000000201938475');
const GE_IBAN = ibanWithCheck('GE', 'TB7482936104728391');
const TR_IBAN = ibanWithCheck('TR', '0006200048200006298153');
const AE_IBAN = ibanWithCheck('AE', '0330000019283746510');
const SA_IBAN = ibanWithCheck('SA', '80000000608010473921');
const IT_IBAN = ibanWithCheck('IT', 'X0306909606100000173829');
const BE_IBAN = ibanWithCheck('BE', '310183749256');
const HU_IBAN = ibanWithCheck('HU', '117730162948301700000000');
const CZ_IBAN = ibanWithCheck('CZ', '08000000192837465012');
const ES_IBAN = ibanWithCheck('ES', '21000418450200051332');
const PT_IBAN = ibanWithCheck('PT', '003500970004829173651');
const DE_IBAN = ibanWithCheck('DE', '500105175420371948');
const ABA = abaWithCheck('12130492');

export const BATCH162_FINANCIAL: DraftRecord[] = [
  rec('chat_en_au', f`G'day, can you help me word a reply to this customer? She wants to pay the deposit for the Milford Sound flight over the phone and read out her card: ${card(spacedFours(VISA_AU))}, exp 07/27. I've already charged it — just need a polite confirmation email that doesn't repeat the number.`),

  rec('chat_ja', f`ヘリコプター遊覧の予約確認メールを英語で書いてください。お客様のカード情報：JCB ${card(spacedFours(JCB))}、有効期限 11/28。カード番号はメールに書かないでください。`),

  rec('email_is', f`Sæl Guðrún,

Endurgreiðsla vegna aflýstrar útsýnisferðar yfir Eyjafjallajökul (bókun HT-77312) verður lögð inn á reikninginn sem þú gafst upp:
IBAN: ${iban(spacedFours(IS_IBAN))}
Upphæð: 148.000 kr.

Kveðja,
Bókunardeild`),

  rec('invoice_de_ch', f`Kannst du diese Rechnung ins Englische übersetzen? Der Kunde ist aus Singapur.

Rechnung Nr. 2025-0412 – Rundflug Jungfraujoch (4 Pers.)
Betrag: CHF 3'960.00
Zahlbar innert 10 Tagen auf:
IBAN ${iban(spacedFours(CH_IBAN))}
Zugunsten: Alpen-Heli AG, Lauterbrunnen
Vermerk: 2025-0412`),

  rec('wire_en_us', f`Charter client in Honolulu wants to pay the balance by wire. Can you turn this into a clean instructions block for the invoice?

Bank: First Pacific Savings, Honolulu HI
ABA routing: ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', '0048271936')}
Account name: Aloha Rotor Tours LLC
Amount: USD 12,450.00 (sunset charter, 6 pax)`),

  rec('chat_en_gb', f`Can you rewrite this for the visitor information leaflet? "Families can send money to a prisoner's account by bank transfer only. Use IBAN ${iban(spacedFours(GB_IBAN))} and put the prisoner number and surname as the reference (e.g. A1234BC SMITH). Cash and cheques sent by post will be returned."`, 'prison number example in the reference is a made-up format sample'),

  rec('email_nl', f`Goedemiddag,

Voor het storten van geld op de rekening van een gedetineerde kunt u gebruikmaken van onderstaand rekeningnummer:
${iban(NL_IBAN)} t.n.v. DJI Bezoekersadministratie
Vermeld altijd het registratienummer van de gedetineerde.

Met vriendelijke groet,
Afdeling Bezoek`),

  rec('chat_ro', f`Bună ziua, vreau să trimit bani fratelui meu care e în penitenciar în Anglia, dar banca mea din România îmi cere IBAN-ul destinatarului. Am primit de la ei ${iban(GB_IBAN)} — e corect formatul? Contul meu e ${iban(spacedFours(RO_IBAN))}, la Banca Transilvania.`),

  rec('invoice_en_ie', f`Please check this proforma for the Busan buyer before I send it:

KELPWAVE SEAWEEDS LTD — Connemara, Co. Galway
Proforma PI-2025-031: 2,400 kg dried Alaria esculenta, food grade
Payment: 30% advance, balance against copy B/L
Beneficiary bank: AIB, Galway
IBAN: ${iban(spacedFours(IE_IBAN))}
BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}`),

  rec('email_da', f`Hej Sunniva,

Vi har modtaget fakturaen for tørret tang (2.000 kg). Betalingen overføres til konto ${iban(spacedFours(FO_IBAN))} i næste uge.

Venlig hilsen
Eksportkontoret`),

  rec('chat_zh', f`帮我给韩国客户写一封英文邮件：他们的采购经理说用银联卡 ${card(spacedFours(UNIONPAY))} 支付了样品费（500 欧元），但我们没收到。请礼貌地让他们再确认一下。`),

  rec('chat_fr', f`Peux-tu vérifier ce RIB avant que je l'envoie à l'acheteur de Roscoff ? IBAN : ${iban(spacedFours(FR_IBAN))} — BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')} — titulaire : Kelpwave Bretagne SAS.`),

  rec('payout_pl', f`Dzień dobry, proszę o wypłatę nagrody za zgłoszenie BB-20988 (1 500 USD) na moje konto:
Imię i nazwisko: Michał Zawadzki
IBAN: ${iban(spacedFours(PL_IBAN))}
Bank: PKO BP
Dziękuję!`),

  rec('payout_ka', f`გამარჯობა, ჯილდოს გადასარიცხად ჩემი ანგარიშის მონაცემები:
სახელი: ნიკა ბერიძე
IBAN: ${iban(GE_IBAN)}
ბანკი: TBC Bank, SWIFT ${amb('financial.swift_bic', 'TBCBGE22')}
მადლობა!`),

  rec('payout_tr', f`Merhaba, ödül ödemesi için banka bilgilerim:
Ad Soyad: Emre Kaya
IBAN: ${iban(spacedFours(TR_IBAN))}
Açıklama: BB-21004 bounty
Ayrıca Troy kartım ${card(spacedFours(TROY))} ile PayPal alternatifi var mı?`),

  rec('chat_en', f`A parent paid the registration deposit twice with their Amex ${card(groupedAs(AMEX, [4, 6, 5]))} and wants the duplicate refunded. Bursar says refund to the card, not by bank transfer. Can you draft the reply?`),

  rec('email_ar', f`السلام عليكم،

نود إبلاغكم بأن رسوم التسجيل للعام الدراسي 2025-2026 يمكن تحويلها إلى حساب المدرسة. وبالنسبة لاسترداد مبلغ المنحة الجزئية، يرجى تأكيد الحساب التالي:
رقم الآيبان: ${iban(spacedFours(AE_IBAN))}
اسم صاحب الحساب: خالد المنصوري

وإذا كان الحساب في السعودية فالرجاء إرسال الآيبان السعودي بدلاً منه، مثل الحساب الآخر الذي زودتمونا به: ${iban(SA_IBAN)}

مع التحية،
مكتب القبول والمنح`),

  rec('invoice_it', f`Controlla se la fattura dell'appaltatore letture contatori è completa:

Fattura n. 47/2025 – Letture contatori gas, zona Bergamo Nord (febbraio)
Letture eseguite: 6.214 × € 0,92
Totale: € 5.716,88 + IVA
Pagamento a 30 gg d.f. su IBAN ${iban(spacedFours(IT_IBAN))}
Per urgenze amministrative: ${phone('035 421 8837', 'IT')}`),

  rec('csv_mixed', f`Kun je deze betaallijst van de onderaannemers (meteropname) controleren op dubbele rekeningen?

${cfg(f`onderaannemer;land;iban;bedrag
Meterteam Gent BV;BE;${iban(BE_IBAN)};8.412,50
Gázóra Kft.;HU;${iban(HU_IBAN)};3.190,00
Odečty Plyn s.r.o.;CZ;${iban(CZ_IBAN)};2.775,40
Lecturas Norte SL;ES;${iban(ES_IBAN)};4.060,00
Leituras Minho Lda;PT;${iban(PT_IBAN)};1.980,75
Zählerdienst Rhein GmbH;DE;${iban(DE_IBAN)};6.330,10`)}`),

  rec('chat_es', f`Un cliente quiere pagar en el momento la factura atrasada al lector de contadores con su tarjeta Mastercard ${card(spacedFours(MC2))} (caducidad 04/29). ¿El lector puede apuntar el número en el terminal portátil o va contra el protocolo? Redáctame la respuesta del supervisor.`),

  rec('chat_it', f`Il fornitore di sonde per il laboratorio vuole il pagamento con la carta Diners aziendale ${card(groupedAs(DINERS, [4, 6, 4]))}. Possiamo farlo o serve il bonifico? Scrivimi una mail all'amministrazione.`),

  rec('chat_ru', f`Помоги, пожалуйста, составить письмо в школу: я оплатил вступительный взнос картой «Мир» ${card(spacedFours(MIR))}, но платёж отклонили. Можно ли оплатить картой Visa ${card(spacedFours(VISA_KR))} моей жены или нужен только банковский перевод?`),

  rec('chat_ptbr', f`Oi! O comprador de alga desidratada de São Paulo mandou o número do cartão Elo ${card(spacedFours(ELO))} pelo WhatsApp pra pagar as amostras. Como eu respondo pedindo pra usar o link de pagamento em vez disso?`),

  rec('chat_ko', f`학부모님이 입학금을 비자카드 ${card(VISA_KR)}로 결제했다가 취소 요청하셨어요. 환불 안내 문자를 정중하게 써 주세요. 그리고 예전에 받은 마스터카드 ${card(groupedAs(MC5, [4, 4, 4, 4], '-'))} 정보는 파기했다고 덧붙여 주세요.`),

];

function cfg(body: ReturnType<typeof f>) {
  return amb('source_code.snippet', body);
}

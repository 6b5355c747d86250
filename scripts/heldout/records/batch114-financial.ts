/**
 * Held-out batch 114: payment data — dealer payouts and car-deposit cards, IVF clinic payments,
 * export-credit claims and premiums, cable-car supplier invoices, e-discovery vendor bills and
 * school-district purchases. Hand-written; BICs are ambiguous, bank account numbers without a rule
 * are ambiguous of their category.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH114_FINANCIAL: DraftRecord[] = [
  rec('mail_de', f`Betreff: Auszahlungskonto Autohaus Reinhold GmbH

Hallo Team Händler-Onboarding,

bitte hinterlegt für unsere Verkaufserlöse ab Dezember folgendes Konto:
Kontoinhaber: Autohaus Reinhold GmbH
IBAN: ${iban('DE33 5083 9343 8603 6045 95')}
BIC: ${bic('HELADEF1822')}

Das alte Konto bei der Sparkasse bitte löschen.

Viele Grüße
Sabine Reinhold
Tel. ${phone('0170 3928471', 'DE')}

--
Formuliere bitte eine Bestätigung an den Händler, dass die Änderung nach der Vier-Augen-Prüfung aktiv wird.`),

  rec('chat_en_us', f`Customer wants to put the $1,500 holding deposit on the 2019 Tacoma over chat instead of calling. She typed: "card is ${card('4532 0187 4561 0924')} exp 09/27, zip 78704". Can you write a reply telling her we can't take card numbers in chat and giving her the secure payment link instead?`),

  rec('swift_en_gb', f`Can you check this MT103 draft for the claim payment to the exporter before I release it? Ops flagged field 59.

:20:ECGD-CLM-24-0418
:23B:CRED
:32A:241213GBP418250,00
:50K:/${iban('GB69NWBK07050245463037')}
EXPORT CREDIT CLAIMS ACCOUNT
LONDON
:57A:${bic('AKBKTRIS')}
:59:/${iban('TR443020006040639806205339')}
ANADOLU MAKINE SANAYI AS
IZMIR
:70:POLICY 2022-0931 CLAIM SETTLEMENT
:71A:OUR`),

  rec('chat_tr', f`Sigorta tazminatı için ihracatçı firmanın IBAN'ı değişmiş, yeni hesap: ${iban('TR82 5078 4079 5668 3135 7845 10')} (Ziraat, Manisa şubesi). Poliçe sahibine hesap değişikliği için ıslak imzalı talimat gerektiğini anlatan resmi bir yazı hazırlar mısın?`),

  rec('form_en_us', f`Dealer floor-plan financing – direct deposit setup (please check it's complete before I send it to the lender)

Dealership: Lone Star Pre-Owned LLC
Bank: Frost Bank
Routing number: ${v('financial.aba_routing', '261083743')}
Checking account: ${ambCat('financial', '4719203857')}
Authorized signer: Darnell Ruiz, ${phone('(512) 384-7192', 'US')}`),

  rec('chat_es', f`Una paciente nos ha dictado por teléfono la tarjeta para pagar la vitrificación de ovocitos (2.950 €): ${card('5128 9340 7716 2549')}, caduca 03/26. ¿Cómo le explico amablemente que a partir de ahora solo aceptamos pago por el enlace seguro o en recepción?`),

  rec('chat_pl', f`Nowy komis w Lublinie prosi o zmianę konta do rozliczeń prowizji na ${iban('PL18864665964006011004354603')}. Napisz proszę maila z prośbą o potwierdzenie z banku (zaświadczenie o posiadaniu rachunku).`),

  rec('csv_payouts', f`Please sum the payouts per country and flag anything above €25k:

dealer_id;name;country;iban;amount_eur;period
D-10482;Autoplein Zwolle BV;NL;${iban('NL97INGB5009614975')};18420.00;2024-11
D-10517;Garage Vanhove;BE;${iban('BE39437334890037')};27310.50;2024-11
D-10533;Autohaus Pichler;AT;${iban('AT741664516347868094')};9840.00;2024-11
D-10541;Autoplein Breda BV;NL;${iban('NL42INGB2582658117')};31005.75;2024-11`),

  rec('mail_pt_br', f`Assunto: Dados bancários para indenização – apólice 2023/0712

Prezados,

conforme solicitado pela agência de crédito à exportação, seguem os dados da importadora para crédito da indenização:
Favorecido: Comercial Paulista de Máquinas Ltda.
IBAN: ${iban('BR8883429287469709514048170C1')}
SWIFT: ${bic('BRASBRRJSPO')}

Atenciosamente,
Renata Campos
${phone('+55 11 98273-4615', 'BR')}

Pode revisar o português e deixar mais formal?`),

  rec('chat_ar', f`أرجو صياغة رسالة إلى المستورد في الرياض لتأكيد استلام قسط التأمين على الائتمان. الحساب الذي حُوّل منه المبلغ: ${iban('SA61 7604 1652 8441 9119 7754')}، والمبلغ 184,300 ريال سعودي.`),

  rec('chat_en_ae', f`Broker sent the premium refund details for the Jebel Ali buyer: IBAN ${iban('AE447001268137407322640')}, account name Gulf Heavy Equipment Trading LLC. Could you draft a short cover note for finance, keeping it formal?`),

  rec('invoice_en_au', f`Vendor's asking us to pay the hosting invoice by card because their EFT details changed. Corporate Amex is ${card('3749 182736 45193')}, exp 11/26, in the name of LexSift Pty Ltd. Is there anything in our procurement policy draft below that stops me paying it this way?

"Vendor payments above AUD 10,000 must be made by EFT to a verified account…"`),

  rec('invoice_de_ch', f`Chasch mir die Zahlig für d'Ersatzrolle vo de Sesselbahn vorbereite? Rechnig vo Garaventa-Service:
Betrag: CHF 38'420.–
Konto: ${iban('CH95 4467 6648 1840 8709 0')}
Zahlbar bis: 20.12.2024
Referenz: 21 00000 00003 13947 14300 09017`),

  rec('mail_it', f`Oggetto: coordinate bancarie – revisione funi impianto Plan de Corones

Buongiorno,
vi comunichiamo le nostre coordinate per il pagamento della fattura n. 2024/318:
IBAN ${iban('IT66Q5288183024968218141417')}
Intestatario: Funi Tecnica Alto Adige S.r.l.

Cordiali saluti
Amministrazione – ${phone('+39 0471 382471', 'IT')}

Puoi controllare che la fattura e le coordinate coincidano con il contratto?`),

  rec('chat_ru_kz', f`Нужно письмо экспортёру в Алматы: страховое возмещение переведём на счёт ${iban('KZ203913700176406258')} после получения акта о неплатеже покупателя. Сумма 62 400 000 тенге. Сделай официально, но коротко.`),

  rec('chat_ka', f`გთხოვთ, დაწერეთ წერილი ექსპორტიორისთვის: სადაზღვევო ანაზღაურება ჩაირიცხება ანგარიშზე ${iban('GE04TB8027094193521956')}, თუ მყიდველის გადახდის ვადა 90 დღით გადაცილდება.`),

  rec('chat_uk', f`Донорка просить компенсацію витрат на проїзд на рахунок ${iban('UA502326142279579249554917099')}. Напиши, будь ласка, коротку відповідь, що компенсацію перерахуємо протягом 10 робочих днів після надання квитків.`),

  rec('chat_ja', f`来月の生殖医療学会の参加登録をクリニックの法人カード ${card('3566 0071 2938 4751')}（有効期限 08/27）で済ませたいのですが、経理への申請メールの文面を作ってもらえますか？`),

  rec('chat_lt', f`Autosalonas Kaune atsiuntė naują sąskaitą komisiniams: ${iban('LT52 2023 7529 0554 6211')}. Parašyk trumpą laišką, kad pakeitimą patvirtinsime tik gavę banko pažymą.`),

  rec('chat_ar_eg', f`أود الرد على المستورد في الإسكندرية: سيُحوَّل التعويض إلى الحساب ${iban('EG585707825147623114989994542')} بعد استلام شهادة عدم السداد. اكتب الرد بأسلوب رسمي من فضلك.`),

  rec('chat_en_in', f`Dealer in Jaipur paid the premium listing subscription with card ${card('4917 6103 8294 7562')} but got charged twice (₹11,800 x 2). Please draft a refund confirmation mail, mention refund in 5–7 working days, and don't repeat the card number in the mail.`),

  rec('sheet_ro', f`Poți verifica dacă totalul e corect? Plăți către furnizori – întreținere telegondolă, noiembrie:

Furnizor | IBAN | Sumă (RON)
Electro Montan SRL | ${iban('RO19BTRL6021820598268095')} | 14.820,00
Cabluri Carpați SA | ${iban('RO28BTRL3748233801791529')} | 61.300,00
Total: 76.120,00`),

  rec('chat_en_us2', f`Our special-ed office is buying assistive-tech licences for 14 students; the vendor only takes cards. District P-card: ${card('5453 0192 8374 6502')}, exp 04/27, billing zip 68508. Draft the justification memo for the purchasing office (sole-source, under $5,000).`),
];

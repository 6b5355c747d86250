/**
 * Held-out batch 82: card numbers, IBANs and routing numbers at a remittance app's fraud desk, a
 * brewery's distributors, a dental group's billing, a university's fee office and a broadcaster's
 * rights payments. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH82_FINANCIAL: DraftRecord[] = [
  rec('ticket', f`FRAUD-22817 · priority high
Customer says she never sent the three £480 transfers to Lagos on 2 Dec. All three were funded by her Visa ${v('financial.payment_card', '4532 9174 8205 1632')} via 3DS, device was a new Android.

Can you draft a reply that (1) confirms we've frozen the recipient wallet, (2) tells her to call her card issuer, (3) doesn't admit liability.`),

  rec('chat_pt_ao', f`Boa tarde, o meu primo em Lisboa vai receber o dinheiro da kixikila. Os dados dele são:
Nome: Edvaldo Manuel Cassoma
IBAN: ${v('financial.iban', 'PT48 5951 6535 5098 9954 7555 3')}
Banco: Millennium BCP
A app da Kwesa diz "beneficiário inválido". Podes ver se o IBAN está bem escrito?`),

  rec('invoice_de', f`Rechnung Nr. FT-2024-1187
Ferntop Brewing Co. — Lieferung an Getränke Hofmann GmbH, Regensburg
12 × KEG 30 l "Nebelpils", 4 × KEG 20 l "Harvest Saison"
Gesamtbetrag: 2.316,00 € zzgl. Pfand 720,00 €

Zahlbar bis 15.01.2025 auf:
IBAN ${v('financial.iban', 'DE26 9613 7051 9411 7822 07')}
BIC ${amb('financial.swift_bic', 'GENODEF1M05')}

Kannst du mir daraus eine freundliche Zahlungserinnerung machen?`),

  rec('email', f`Hi Priya,

HMRC has changed nothing on our side, but our bank asked us to confirm the account we pay the beer duty from. Could you check this against the last return before I reply?

Account name: Ferntop Brewing UK Ltd
Sort code: ${ambCat('financial', '30-94-57')}  Account: ${ambCat('financial', '41506951')}
IBAN: ${v('financial.iban', 'GB07 LOYD 4150 6951 6457 46')}

Thanks, Tom`),

  rec('chat_tr', f`Merhaba, başvurusunu geri çeken bir öğrencimize depozito iadesi yapmamız gerekiyor. Öğrencinin verdiği hesap: ${v('financial.iban', 'TR14 1289 0048 2695 4023 7737 70')} (Ziraat Bankası). Tutar 2.000 GBP. İngilizce kısa bir onay e-postası yazabilir misin?`),

  rec('phone_note_es', f`Nota de recepción (Clínica Molarbee Valencia): la madre de Lucas (7 años) paga la ortodoncia interceptiva por teléfono. Tarjeta Mastercard ${v('financial.payment_card', '5184 7209 3641 7856')}, cad. 09/27, titular Marta Esteve. Importe 350 €. Teléfono de contacto ${phone('612 83 47 19', 'ES')}.

¿Puedes convertir esto en un recibo formal para enviarle?`),

  rec('csv', f`Chargebacks for November, can you group them by reason code and tell me which BINs repeat?

${amb('source_code.snippet', f`case_id,opened,amount_gbp,card,reason,corridor
CB-4410,2024-11-03,480.00,${v('financial.payment_card', '6011048293756105')},10.4,GB-NG
CB-4418,2024-11-07,95.50,**** **** **** 1632,13.1,GB-GH
CB-4423,2024-11-12,1200.00,${v('financial.payment_card', '3530118472910382')},10.4,GB-PH
CB-4431,2024-11-19,310.00,491208******2642,4837,GB-KE
CB-4439,2024-11-28,760.00,${v('financial.payment_card', '2230948172635482')},10.4,GB-NG`)}`),

  rec('chat_kk', f`Сәлеметсіз бе! Ұлыбританиядағы қызым маған ақша жібергісі келеді. Менің шотым: ${v('financial.iban', 'KZ25 5005 5643 3497 9128')}, Halyk Bank, Алматы. Kwesa қосымшасы Қазақстанға IBAN арқылы аударым жасай ма, әлде тек картаға ма?`),

  rec('email_it', f`Gentile ufficio diritti,

in allegato la fattura n. 58/2024 per la licenza di ritrasmissione del documentario "Le saline di Trapani" (1979), 3 passaggi TV + 12 mesi on demand. Vi preghiamo di effettuare il bonifico su:
${v('financial.iban', 'IT38 G797 2708 1873 4079 5237 454')}
Intestato a: Archivio Cinematografico Siciliano s.r.l.

Cordiali saluti,
Giulia Lo Presti`),

  rec('chat_zh_cn', f`用户投诉说他的银联卡 ${v('financial.payment_card', '6214 8305 9274 6191')} 在我们APP上被扣了两次，每次 ¥3,500 汇往菲律宾。请帮我写一封中英双语的回复，说明我们会在5个工作日内核查。`),

  rec('form', f`MOLARBEE KIDS DENTAL — INSURER PAYMENT SETUP (US practices)
Practice: Molarbee Kids Dental of Evanston
Payee TIN on file: see W-9
Bank routing (ABA): ${v('financial.aba_routing', '071921891')}
Checking account: ${ambCat('financial', '5830274419')}
ERA/EFT enrollment contact: billing office

Please rewrite this as a short instruction for our front desk on what to tell insurers when they ask.`),

  rec('chat_pl', f`Hej, hurtownia z Poznania prosi o zwrot kaucji za beczki na nowe konto: ${v('financial.iban', 'PL48 0706 2204 6448 7083 6876 8770')}. W poprzednim mailu mieli inne. Jak mam to zweryfikować, zanim zrobię przelew? To może być oszustwo?`),

  rec('chat_az', f`Salam, Londondakı qardaşım mənə pul göndərmək istəyir. Hesab: ${v('financial.iban', 'AZ42 IBAZ 1967 0862 0203 7399 7704')}, Azərbaycan Beynəlxalq Bankı, SWIFT ${amb('financial.swift_bic', 'IBAZAZ2X')}. Kwesa-da "Azerbaijan" seçimi görünmür, nə etməliyəm?`),

  rec('chat_ar_lev', f`مرحبا، زبون من عمّان عم يحكي إنه بطاقته ${v('financial.payment_card', '5462 1900 7731 8425')} انسحب منها ٣ تحويلات لمصر وهو ما عملهم. بدّه نرجع المصاري لحسابه ${v('financial.iban', 'JO87 ARAB 2839 3262 4299 7077 8251 24')}. فيك تكتبلي رد مهذب بالعربي؟`),

  rec('chat_tg', f`Салом! Ман аз Маскав ба модарам пул мефиристам. Корти Мир-и ман ${v('financial.payment_card', '2200 4719 3852 6107')} дар барнома қабул намешавад. Оё Kwesa кортҳои русиро қабул мекунад?`),

  rec('chat_ja', f`出願料の支払いでエラーになった留学希望者から問い合わせがありました。アメックス ${v('financial.payment_card', '3782 194056 37182')} で £75 を払おうとして「Card declined」とのことです。英語で丁寧な返信を書いてください。`),

  rec('chat_cs', f`Ahoj, distributor z Brna nám poslal novou fakturu za chmel a změnil číslo účtu na ${v('financial.iban', 'CZ16 6307 2587 1337 2930 6168')}. Můžeš mi napsat e-mail, kde si změnu ověříme telefonicky?`),

  rec('chat_nl_be', f`Kan je dit omzetten naar een nette betalingsopdracht voor de boekhouding? Licentievergoeding archiefbeelden "Expo 58" aan de familie Verhaegen, 4.500 euro, op rekening ${v('financial.iban', 'BE27 0635 5906 6962')}, mededeling +++090/1187/44521+++.`),

  rec('chat_ur', f`السلام علیکم، ایک صارف کا کہنا ہے کہ کراچی میں وصول کنندہ کو رقم نہیں ملی۔ وصول کنندہ کا IBAN ${v('financial.iban', 'PK10 HABB 8047 9923 0139 0811')} ہے، حبیب بینک۔ براہ کرم انگریزی میں بینک کو ایک ٹریس درخواست لکھ دیں۔`),

  rec('chat_pt_br', f`Oi, minha mãe em Belo Horizonte vai receber a remessa. Ela passou o IBAN da conta dela no Itaú: ${v('financial.iban', 'BR89 6585 7308 7590 3699 4863 098K D')}. A Kwesa aceita IBAN brasileiro ou tem que ser Pix?`),

  rec('chat_hu', f`Szia! A budapesti csapszékünk sörszállítója új számlaszámot küldött: ${v('financial.iban', 'HU42 9727 3776 7776 7147 8915 5619')}. A régi és az új IBAN ugyanahhoz a céghez tartozik? Segíts megfogalmazni egy ellenőrző e-mailt.`),

  rec('chat_ar_gulf', f`مرحبا، المرسل من دبي يبي يحوّل رسوم الدراسة لابنه في بريطانيا بس البنك يطلب رقم حسابه هو عشان الاسترداد. حسابه ${v('financial.iban', 'AE69 8321 1841 3329 8491 811')}، سويفت ${amb('financial.swift_bic', 'EBILAEAD')}. اكتب لي رد بالإنجليزي للجامعة.`),
];

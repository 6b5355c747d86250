/**
 * Held-out batch 112: card numbers, IBANs and routing numbers from loyalty-fraud cases, capital
 * calls, rent deposits, donor travel refunds, ethics-review fees and warehouse supplier invoices.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH112_FINANCIAL: DraftRecord[] = [
  rec('fraud_case', f`Case LOYFR-4471 – mileage purchase fraud
Member: Horizon Gold, joined 2016
Between 02:10 and 02:40 UTC the account bought 480,000 miles in 12 transactions using three cards:
- Visa ${v('financial.payment_card', '4161 3603 6522 6062')} (issuer: PL)
- Mastercard ${v('financial.payment_card', '5468 3470 8806 1733')} (issuer: BR)
- Visa ${v('financial.payment_card', '4529 8831 0665 8647')} (issuer: US)
Miles were redeemed within 20 min for 6 business-class awards LIS–GRU.

Write the summary for the chargeback team in 5 bullet points.`),

  rec('csv', f`Can you group these chargebacks by card BIN and tell me which BIN is worst?

${amb('source_code.snippet', f`dispute_id;date;member_id;pan;amount_eur;reason
CB-90311;2025-02-03;NV-88120374;${v('financial.payment_card', '4838360839398326')};1240.00;fraud_card_absent
CB-90312;2025-02-03;NV-88120374;${v('financial.payment_card', '4838360839398326')};980.00;fraud_card_absent
CB-90318;2025-02-04;NV-70219466;${v('financial.payment_card', '2232701284038196')};455.50;fraud_card_absent
CB-90320;2025-02-05;NV-55031872;************7390;310.00;not_recognised
CB-90327;2025-02-06;NV-61720943;${v('financial.payment_card', '372723269003064')};2100.00;fraud_card_absent`)}`),

  rec('chat_pt_br', f`Um associado do programa de fidelidade ligou dizendo que compraram milhas com o cartão dele, Elo/Visa final 8647? Ele leu o número inteiro pra mim: ${v('financial.payment_card', '4529 8831 0665 8647')}. Posso colar isso no chamado do antifraude ou tenho que mascarar?`),

  rec('email_nl', f`Onderwerp: Capital call 7 – Fonds VII

Geachte deelnemer,

Hierbij ontvangt u de zevende kapitaalstorting voor Northbridge Infrastructure Fund VII. Wij verzoeken u EUR 4.250.000,00 uiterlijk 14 maart 2025 over te maken naar:
Rekeninghouder: Northbridge Infra VII SCSp
IBAN: ${v('financial.iban', 'NL46 INGB 9292 8116 22')}
BIC: ${amb('financial.swift_bic', 'INGBNL2A')}
Kenmerk: NIF7-CC07-PF

Kun je dit samenvatten voor onze treasury en checken of het IBAN klopt met de LPA-bijlage?`),

  rec('chat', f`Got a capital-call notice that looks off – bank details changed vs. the last one. Old IBAN in our records ${v('financial.iban', 'LU07 0307 2846 1935 0172')}? no wait, that's Fund VI. New notice says ${v('financial.iban', 'GB71 NWBK 7794 8387 6683 14')}, BIC ${amb('financial.swift_bic', 'NWBKGB2L')}. GP is Luxembourg-based. Draft an email to the GP's IR contact asking for call-back verification, no payment until confirmed.`),

  rec('chat_de', f`Bitte prüf die Zahlungsanweisung für die Ausschüttungsrückzahlung (Recallable Distribution), bevor ich sie in SWIFT eingebe:
Empfänger: Alpenkapital Private Debt II GmbH & Co. KG
IBAN ${v('financial.iban', 'DE41 6717 4540 7173 5145 80')}
BIC ${amb('financial.swift_bic', 'SOLADES1HDB')}
Betrag 1.873.400,00 EUR, Valuta 28.03.2025`),

  rec('wire_instructions', f`Wire instructions — co-investment, Project Heron (US feeder)
Beneficiary: Heron Co-Invest Feeder LP
Bank: First Commonwealth Trust
ABA / routing: ${v('financial.aba_routing', '035238669')}
Account: ${ambCat('financial', '48830192716')}
Reference: HERON-COINV-PF
Amount: USD 6,500,000.00

Turn this into a four-eyes checklist for our payment release.`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar la carta de devolución de la fianza a una inquilina de vivienda social que deja el piso? Datos: Carmen Ortega Ruiz, IBAN ${v('financial.iban', 'ES55 2100 0622 4477 2319 9839')}, importe 612,40 €, descontados 85 € por la reparación de la persiana.`),

  rec('form_pl', f`Wniosek o zwrot kaucji mieszkaniowej
Najemca: Tomasz Wierzbicki
Lokal: ul. Hallera 14/7, Gdańsk
Numer rachunku do zwrotu: ${v('financial.iban', 'PL81 8975 9766 9902 9922 8640 6013')}
Kwota kaucji: 3 150,00 zł

Sprawdź, czy we wniosku czegoś nie brakuje.`),

  rec('chat_it', f`La donatrice vivente di rene (trapianto da vivente, coppia 2025-LV-06) deve ricevere il rimborso delle spese di viaggio per gli esami pre-trapianto. Ci ha dato l'IBAN ${v('financial.iban', 'IT29 X357 8213 4125 5577 6110 819')}. Scrivimi una mail cortese per confermare che il bonifico di 418,60 € parte venerdì.`),

  rec('chat_tr', f`Böbrek nakli koordinasyon ofisi olarak canlı vericinin yol masraflarını ödüyoruz. Hesap bilgisi: ${v('financial.iban', 'TR20 8957 1037 9611 0198 9432 25')}, alıcı Ayşe Demir. Ödeme talimatı için kısa bir yazı hazırlar mısın?`),

  rec('invoice_fi', f`Lasku 2025-0311
Eettinen toimikunta, lausuntomaksu tutkimussuunnitelmasta HUS/212/2025
Summa 1 200,00 €
Maksu tilille ${v('financial.iban', 'FI19 2110 7102 5384 34')}
Viite 20250311
Eräpäivä 30.4.2025

Käännä tämä englanniksi sponsorille.`),

  rec('email_sv', f`Hej,
sponsorn (ett läkemedelsbolag i Basel) frågar var de ska betala avgiften för etikprövningen. Kan du skriva ett svar på engelska? Våra uppgifter: Bankgiro ${ambCat('financial', '5381-2047')}, IBAN ${v('financial.iban', 'SE69 3128 7929 8703 6202 8291')}, BIC ${amb('financial.swift_bic', 'NDEASESS')}.
Mvh
Karin, Etikkommittén`),

  rec('chat_cs', f`Dodavatel nabíjecích stanic pro roboty poslal fakturu s jiným číslem účtu než minule: ${v('financial.iban', 'CZ59 4489 5596 5907 4025 5026')}. Minule to bylo jinde. Napiš mi prosím e-mail, kterým si změnu ověřím telefonicky.`),

  rec('chat_ro', f`Furnizorul de rafturi automate ne-a trimis factura FR-2025-077 cu plata în contul ${v('financial.iban', 'RO91 RNCB 8744 3143 7544 8613')}, BCR. Poți să scrii nota internă pentru aprobarea plății de 48.300 lei?`),

  rec('chat_ar', f`مرحباً، يريد عضو في برنامج الولاء استرداد رسوم تحويل الأميال. رقم الآيبان الخاص به ${v('financial.iban', 'SA59 3192 2703 5330 3943 2395')}، والمبلغ 350 ريالاً. اكتب لي رداً رسمياً باللغة العربية.`),

  rec('ticket_he', f`פנייה 55812 – חבר מועדון הנוסע המתמיד טוען שחויב פעמיים על רכישת נקודות.
כרטיס: ${v('financial.payment_card', '6011 3276 8134 7390')}
סכום: 1,240 ₪ פעמיים, 04/03/2025
טלפון לחזרה: ${phone('052-438-1927', 'IL')}
נא לנסח תשובה בעברית.`),

  rec('chat_ja', f`マイル購入の不正疑いです。同じ会員が JCB ${v('financial.payment_card', '3507 8915 4380 9002')} と Diners ${v('financial.payment_card', '3631 7505 0831 50')} で連続購入しています。どちらもカード名義が会員名と違います。調査メモを英語で書いてください。`),

  rec('chat_zh', f`常旅客账户被盗后，有人用银联卡 ${v('financial.payment_card', '6261 4299 9676 7958 782')} 购买了里程并兑换了机票。请帮我写一份给发卡行的说明，要求提供交易的 3DS 认证记录。`),

  rec('chat_kk', f`Әлеуметтік тұрғын үй кезегіндегі өтініш беруші жалдау ақысын өтеу үшін шотын жіберді: ${v('financial.iban', 'KZ81 5412 4059 4810 2601')}. Оған қазақ және орыс тілдерінде растау хат жазып беріңізші.`),

  rec('chat_en_in', f`Kindly check – vendor for the pallet shuttle spares has sent bank details on letterhead. A/c name Sharma Conveyors Pvt Ltd, a/c no ${ambCat('financial', '50200048172936')}, IFSC HDFC0001274, branch Bhiwandi. Need an RTGS request format for the payment of ₹ 7,82,400. Please do the needful.`),
];

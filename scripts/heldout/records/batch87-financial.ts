/**
 * Held-out batch 87: card numbers, IBANs and routing numbers in host payouts, trade finance,
 * parts orders, milk-bank reimbursements and vendor invoices. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH87_FINANCIAL: DraftRecord[] = [
  rec('email_pt', f`Olá equipa de suporte,

Mudei de banco e preciso que os pagamentos das minhas viagens como anfitrião passem a ir para esta conta:
IBAN: ${v('financial.iban', 'PT54 3071 0459 7939 6993 7683 6')}
Titular: Rui Mendes Carvalho

O carro é o Peugeot 208 registado na app. Obrigado!`),

  rec('chat_es', f`Un huésped dice que le cobramos dos veces el depósito de la reserva del Seat León. Me ha mandado su tarjeta completa por el chat: ${v('financial.payment_card', '4718 5498 4904 4160')}, caducidad 09/27. ¿Cómo le contesto sin repetir el número y explicándole que es una preautorización?`),

  rec('email_fr_ch', f`Objet : Lettre de crédit documentaire – contrat CC-2024-118 (fèves de cacao, 250 t)

Madame, Monsieur,

Veuillez trouver ci-dessous les coordonnées du bénéficiaire pour l'ouverture du crédit documentaire :
Bénéficiaire : Coopérative Agricole Kavokiva
Banque notificatrice : ${amb('financial.swift_bic', 'SGCICIAB')}
Compte du négociant à Genève : ${v('financial.iban', 'CH86 2946 1841 8960 2313 0')}
BIC : ${amb('financial.swift_bic', 'UBSWCHZH80A')}

Incoterm FOB San Pedro, expédition novembre–décembre.
Cordialement,`),

  rec('email_de', f`Hallo Frau Rojas,

anbei die Rechnung RE-24-0931 für 18 Säcke Honduras SHG Marcala (Fairtrade/Bio). Bitte überweisen Sie 7.344,00 EUR innerhalb von 30 Tagen auf:

Kaffeerösterei Brenner GmbH
IBAN ${v('financial.iban', 'DE76806031510038395599')}

Freundliche Grüße
Jan Brenner`),

  rec('chat_en_au', f`Customer at the Mt Isa branch paid for the undercarriage kit over the phone with Amex ${v('financial.payment_card', '3746 082582 48812')} exp 03/26, but the terminal timed out. Do I re-key it or will that double charge? Amount AUD 18,420.`),

  rec('email_da', f`Kære Mette,

Tak fordi du donerer modermælk til Rigshospitalets mælkebank. Vi refunderer dine udgifter til poser og transport. Vi har registreret din konto:
${v('financial.iban', 'DK43 2895 2171 3738 03')}
Beløbet (412,50 kr.) udbetales inden den 15.

Venlig hilsen
Mælkebanken, Neonatalafsnittet`),

  rec('invoice_et', f`Arve nr 2024/311 – mikrofilmide digiteerimine (partii 7, 1 840 kaadrit)
Summa: 3 312,00 EUR + km
Saaja: Skannimine OÜ
Arveldusarve: ${v('financial.iban', 'EE78 6747 3801 3010 0329')}
Maksetähtaeg: 14 päeva`),

  rec('csv', f`Weekly host payout export, can you total per country and flag the two failed ones?

${amb('source_code.snippet', f`host_id;country;iban;amount_eur;status
H-20417;NL;${v('financial.iban', 'NL40INGB0887858245')};312.40;paid
H-20533;BE;${v('financial.iban', 'BE92 4320 4751 2591')};128.00;failed
H-20610;FR;${v('financial.iban', 'FR08 6252 1785 6725 6724 7727 105')};540.75;paid
H-20788;FI;${v('financial.iban', 'FI5538433122416284')};86.10;failed
H-20801;NL;NL** **** **** **** 9941;209.00;paid`)}`),

  rec('ach_form', f`Vendor setup for the Nevada branch (parts supplier). Fill in the ACH form please:

Company: Sierra Hydraulics LLC
Bank: Nevada State Bank
Routing (ABA): ${v('financial.aba_routing', '265189821')}
Account: ${ambCat('financial', '4419027365')}
Type: checking
Remittance email: ${v('pii.email', 'ap@sierrahydraulics.com')}`),

  rec('chat_ja', f`レンタカー（カーシェア）の利用者からクレームです。JCBカード ${v('financial.payment_card', '3593-5335-4512-4189')} に二重請求されたとのこと。返金手続きの案内文を丁寧な日本語で作ってください。`),

  rec('chat_yue', f`幫我寫封英文email俾銀行：我哋合作社喺香港嘅買家用銀聯卡 ${v('financial.payment_card', '6261 4075 5118 8061')} 付咗咖啡豆樣品費，但係扣咗兩次款，想申請退返一次。`),

  rec('chat_tr', f`Merhaba, araç paylaşım uygulamasında ev sahibi olarak kazançlarımı bu hesaba almak istiyorum: ${v('financial.iban', 'TR02 2246 0004 9452 7294 9510 26')} (Ziraat değil, yeni banka). Bunu destek ekibine resmi bir dille yazar mısın?`),

  rec('invoice_pl', f`Faktura VAT nr FV/11/2024/077
Sprzedawca: Serwis Maszyn Górniczych Sp. z o.o.
Nabywca: HeavyQuip Polska
Za: regeneracja siłownika hydraulicznego ładowarki LHD
Kwota brutto: 48 954,00 zł
Rachunek: ${v('financial.iban', 'PL17 7356 0984 6222 5654 5918 7856')}
Termin płatności: 21 dni`),

  rec('email_ka', f`ძვირფასო კოლეგებო,

საარქივო დოკუმენტების სკანირების მომსახურების გადახდა გთხოვთ ჩარიცხოთ შემდეგ ანგარიშზე:
${v('financial.iban', 'GE33TB8294332032313928')}
მიმღები: შპს „ციფრული მეხსიერება"
თანხა: 12 600 ლარი`),

  rec('chat_az', f`Salam, kooperativə qəhvə alıcısından ödəniş gəlməyib. Onlara yazmaq lazımdır ki, hesab nömrəmiz ${v('financial.iban', 'AZ12 IBAZ 4003 2303 2456 2050 6380')}, SWIFT ${amb('financial.swift_bic', 'IBAZAZ2X')}. Rəsmi, amma nəzakətli bir məktub yaz, zəhmət olmasa.`),

  rec('chat_ar_eg', f`ممكن تكتبلي رسالة للبنك بالإنجليزي؟ عايز أحول فلوس قطع الغيار للمورد، ورقم الحساب بتاعه ${v('financial.iban', 'EG08 5273 3340 1428 1956 9288 6085 7')}، والمبلغ ٢٣٠ ألف جنيه. البنك رفض التحويل المرة اللي فاتت ومش فاهم ليه.`),

  rec('chat_ur', f`مجھے کار شیئرنگ ایپ سے ڈرائیور کی ادائیگی کے بارے میں انگریزی میں ای میل لکھنی ہے۔ میرا اکاؤنٹ ${v('financial.iban', 'PK41 HABB 2310 1795 2783 3958')} ہے اور پچھلے دو ہفتوں کی رقم نہیں آئی۔`),

  rec('email_uk', f`Добрий день!

Оплату за ремонт ретрансляторів для центру екстреної допомоги прошу здійснити на рахунок:
${v('financial.iban', 'UA38 1543 7665 7192 8880 9628 9413 6')}
ТОВ «Радіозв'язок-Сервіс», ЄДРПОУ 41827365
Сума: 186 400,00 грн

З повагою, бухгалтерія`),

  rec('chat', f`Dispatcher took a donation call (not an emergency, they wanted to give to the volunteer ambulance fund) and wrote the caller's Visa on the incident note: ${v('financial.payment_card', '4020 8619 5367 0547')} exp 11/25 CVV 381. How do I word the note to the team that we can't take card details this way, and what do we do with this one?`),

  rec('email_mt', f`Għażiż Sur Borg,

Il-ħlas għall-kiri tal-vettura permezz tal-app ma għaddiex. Jekk jogħġbok ibgħat it-trasferiment lil:
${v('financial.iban', 'MT91 MALT 0353 4665 1618 1190 9926 553')}
Referenza: TRIP-88214

Grazzi,
Servizz tal-Klijenti`),

  rec('chat_hu', f`Segítenél egy levélben? A szkennelő cég kéri, hogy a számla összegét (1 240 000 Ft) erre a számlára utaljuk: ${v('financial.iban', 'HU39 8779 6436 6807 5623 3596 7696')}. Azt szeretném kérdezni, miért más ez, mint a szerződésben.`),

  rec('chat_hr', f`Možeš li mi napisati reklamaciju banci? Na Diners kartici ${v('financial.payment_card', '3620 160118 4858')} su mi naplatili gorivo za rent-a-car koji nisam koristio. Povrat na račun ${v('financial.iban', 'HR91 9952 9946 0220 6465 6')} molim.`),

  rec('chat_pt_br', f`Paguei as peças da escavadeira com o Mastercard ${v('financial.payment_card', '5190 4037 7553 1531')} e a loja cobrou em dólar. Me ajuda a contestar? O atendimento é pelo ${phone('+55 11 98234-5617')}.`),

  rec('payment_json', f`Payment webhook from the booking flow, why is the card not masked here?

${amb('source_code.snippet', f`{
  "event": "charge.failed",
  "trip_id": "TR-552918",
  "amount": 18900,
  "currency": "sek",
  "card": { "number": "${v('financial.payment_card', '2221125117971907')}", "exp": "04/27", "brand": "mastercard" },
  "failure_code": "insufficient_funds"
}`)}`),
];

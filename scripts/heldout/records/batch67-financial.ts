/**
 * Held-out batch 67: card numbers, IBANs, BIC and routing numbers in refund requests, supplier
 * invoices, artist fee mails, premium payments and exports, in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH67_FINANCIAL: DraftRecord[] = [
  rec('chat_eu', f`Kaixo, bidaiari batek idatzi digu eta erantzun bat prestatzen lagundu nahi didazu? Bere mezua:

"Bilbo–Portsmouth ferria bertan behera geratu zen martxoaren 9an eta oraindik ez dut dirua jaso. Txartelarekin ordaindu nuen: ${v('financial.payment_card', '4917 3058 2617 3947')}. Nahiago dut transferentzia bidez itzultzea kontu honetara: ${v('financial.iban', 'ES76 2095 1742 1651 0392 7184')}."

Erantzuna euskaraz eta gaztelaniaz, mesedez.`),

  rec('email_gl', f`Bo día, Lorena:

Para domiciliar os recibos do tratamento de fototerapia na clínica de Vigo, a paciente deixounos estes datos:
Titular: Uxía Otero Piñeiro
IBAN: ${v('financial.iban', 'ES25 2100 0387 4602 0051 8263')}
BIC: ${amb('financial.swift_bic', 'CAIXESBBXXX')}
Importe mensual: 85,00 €

Podes revisar se o mandato SEPA está ben cuberto antes de envialo ao banco?`),

  rec('invoice_cy', f`Anfoneb / Invoice BF-2025-031
Gan: Elin Haf Prydderch (actores)
I: Bluefinch Artists Ltd
Gwaith: 4 diwrnod ffilmio, "Y Môr Tawel", Chwefror 2025
Cyfanswm: £2,640.00

Talu i / Pay to:
Cod didoli / sort code: ${ambCat('financial', '20-45-18')}   Rhif cyfrif / account: ${ambCat('financial', '73920461')}
IBAN: ${v('financial.iban', 'GB65 BUKB 2045 1873 9204 61')}

Can you check the Welsh on this invoice is correct before I send it to the agency?`),

  rec('chat_ga', f`An féidir leat freagra béasach a scríobh chuig an gcustaiméir seo? Dúirt sé: "Gearradh mo chárta faoi dhó as an ticéad Baile Átha Cliath–Caergybi an 4 Aibreán. Uimhir an chárta: ${v('financial.payment_card', '4182-7395-0162-8478')}. Ba mhaith liom aisíocaíocht ar an dara muirear." Scríobh i nGaeilge agus i mBéarla é.`),

  rec('email_mt', f`Għażiż Sur Camilleri,

Grazzi tal-booking tal-grupp (42 passiġġier, 3 kowċis) għall-11 ta' Mejju. Jekk jogħġbok ħallas id-depożitu ta' €1,260 fil-kont:
IBAN: ${v('financial.iban', 'MT70VALL22013000000040193827546')}
jew bil-karta fuq il-link. Il-karta li tajtna bit-telefon (${v('financial.payment_card', '5458 7201 9364 7186')}) ġiet irrifjutata.

Saltwind Ferries – Uffiċċju tal-Bookings

Traduċi din l-ittra għall-Ingliż, please.`),

  rec('chat_sq', f`Përshëndetje, më ndihmo të shkruaj një email për kontabilitetin. Honorari i violinistit për koncertin në Tiranë (1 200 €) duhet paguar në llogarinë e tij:
IBAN ${v('financial.iban', 'AL36 2121 1009 0000 0002 6173 8492')}
SWIFT ${amb('financial.swift_bic', 'SGSBALTX')}
Emri: Arben Kelmendi. Pagesa duhet bërë para 20 marsit.`),

  rec('email_bs', f`Poštovani,

u prilogu je faktura br. 118/25 za isporuku PEHD cijevi DN110 (1 240 m) za sanaciju vodovoda u naselju Otoka. Molimo uplatu na račun:
${v('financial.iban', 'BA11 1613 7482 0195 6384')}
Rok plaćanja: 30 dana.

Srdačan pozdrav,
Vodoinstal d.o.o.

Napiši kratak odgovor da je faktura zaprimljena i proslijeđena na odobrenje.`),

  rec('chat_ka', f`გამარჯობა! ბათუმის ბორნის ჯავშნისთვის კორპორატიულმა კლიენტმა თანხა უნდა გადმორიცხოს. ჩვენი ანგარიში: ${v('financial.iban', 'GE39TB7381920465027184')}. დაწერე მოკლე წერილი ინგლისურად, სადაც ეს რეკვიზიტები და გადახდის ვადა (15 აპრილი) იქნება.`),

  rec('chat_az', f`Salam, podratçıya ödəniş tapşırığı hazırlamalıyam. Sumqayıt nasos stansiyasının təmiri üzrə akt imzalanıb, məbləğ 18 400 AZN. Podratçının hesabı: ${v('financial.iban', 'AZ15 IBAZ 3809 0019 4419 3827 6155')}. Təyinat hissəsini rəsmi dildə yaz.`),

  rec('email_kk', f`Құрметті әріптестер,

Вакуумдық сорғылардың қосалқы бөлшектері үшін төлемді келесі шотқа аударуларыңызды сұраймыз:
ЖСК / IBAN: ${v('financial.iban', 'KZ799650008273619405')}
БСК: ${amb('financial.swift_bic', 'IRTYKZKA')}
Сомасы: 2 480 000 ₸

Please translate this into English for the fab purchasing team.`),

  rec('csv_lv', f`Sveiki, lūdzu, atrodi šajā atmaksu sarakstā dublikātus (Rīga–Stokholma prāmja atceltie reisi):

${amb('source_code.snippet', f`rezervacija;vards;summa_eur;atmaksa_uz
RS-240318;Jānis Ozols;184.00;${v('financial.iban', 'LV20HABA0551047381926')}
RS-240322;Ilze Kalniņa;92.50;karte ${v('financial.payment_card', '5219374601825933')}
RS-240318;Jānis Ozols;184.00;${v('financial.iban', 'LV20HABA0551047381926')}
RS-240331;Pēteris Bērziņš;61.00;karte **** **** **** 4410`)}`),

  rec('chat_lt', f`Sveiki, pacientė prašo grąžinti permoką už lazerinę procedūrą (120 €). Jos sąskaita: ${v('financial.iban', 'LT47 4010 0510 0473 8291')}, gavėja Rūta Jankauskienė. Parašyk trumpą patvirtinimo laišką lietuviškai.`),

  rec('email_he', f`שלום דנה,

הלקוח (אלקטרה מערכות בע"מ) ביקש לשלם את פרמיית ביטוח הסייבר בהעברה בנקאית. פרטי חשבון הנאמנות שלנו:
IBAN: ${v('financial.iban', 'IL46 0126 2000 0004 8173 920')}
SWIFT: ${amb('financial.swift_bic', 'LUMIILITXXX')}
סכום: 94,200 ₪, לתשלום עד 31.3

תוכלי לנסח מייל רשמי באנגלית ללקוח עם הפרטים?`),

  rec('invoice_de', f`Rechnung Nr. 2025-0417
Leistung: Wartung Ionenimplanter VIISta, Halle B, 03.–07.03.2025, 38 Techniker-Stunden
Netto: 14.820,00 EUR  ·  USt 19 %: 2.815,80 EUR  ·  Brutto: 17.635,80 EUR

Bankverbindung: Sparkasse Dresden
IBAN ${v('financial.iban', 'DE64 5001 0517 5439 7182 06')}
BIC ${amb('financial.swift_bic', 'OSDDDE81XXX')}

Bitte prüfe, ob die Stundenzahl zum Serviceprotokoll passt (laut Protokoll 36 h).`),

  rec('email_fr', f`Bonjour Mathilde,

Pour le cachet de la comédienne (tournage du 12 au 14 février, 3 cachets de 450 € bruts), voici son RIB :
Titulaire : Anaïs Lefèvre-Durand
IBAN : ${v('financial.iban', 'FR14 1027 8000 2409 3718 2640 139')}
Peux-tu lancer le virement avec la fiche de paie intermittent ?

Merci,
Bluefinch Artists – Paris`),

  rec('chat_pt', f`Olá, preciso de responder a uma paciente da clínica do Porto que pediu reembolso da consulta de dermatologia estética (65 €) porque foi cobrada duas vezes. Ela deu o IBAN ${v('financial.iban', 'PT85 0035 0714 0028 4739 1625 4')}. A referência Multibanco do pagamento era 21 453 118 009. Escreve uma resposta simpática.`),

  rec('email_pt_br', f`Oi Camila,

O show da banda em Lisboa foi pago pelo produtor português, mas o baixista pediu para receber a parte dele direto na conta do Brasil:
IBAN: ${v('financial.iban', 'BR81 0036 0305 0258 4002 8374 629P 1')}
Valor: 1.350,00 €

Você consegue confirmar se dá pra fazer transferência internacional com esse IBAN ou se precisa de SWIFT também?`),

  rec('form', f`PREMIUM REFUND – ACH CREDIT
Insured: Brightline Dental Group PLLC (policy CY-2024-08817, cancelled mid-term)
Refund amount: $3,412.66
Receiving bank: Cascade Community Bank
Routing (ABA): ${v('financial.aba_routing', '322074387')}
Account: ${ambCat('financial', '004817293066')} (checking)
Approved: K. Moreno, Cyber Desk, 03/14/2025

Draft a short cover email to the insured confirming the refund and the 3–5 business-day timeline.`),

  rec('csv', f`Declined card payments from last night's booking batch, can you group them by decline reason and draft a template email for each group?

${amb('source_code.snippet', f`booking_ref,sailing,amount,card,decline_reason
SW-88214,HLY-DUB 08:05,148.00,${v('financial.payment_card', '4319 4028 5716 3022')},insufficient_funds
SW-88219,DUB-HLY 14:10,96.50,${v('financial.payment_card', '377281946035178')},do_not_honor
SW-88230,HLY-DUB 20:40,212.00,**** **** **** 7713,expired_card
SW-88233,PME-BIO 17:00,689.00,${v('financial.payment_card', '2224-8037-1956-2046')},insufficient_funds`)}`),

  rec('chat_zh', f`帮我给旅行社写一封邮件：我们艺人下周去上海演出，机票和酒店请用公司的银联卡支付，卡号 ${v('financial.payment_card', '6259 1730 4827 1654')}，有效期 09/28，持卡人 Bluefinch Artists。麻烦附上发票抬头信息。`),

  rec('chat_ja', f`フェリーの予約サイトで、お客様のJCBカード ${v('financial.payment_card', '3569-0718-2463-9502')} が二重に請求されたと問い合わせが来ています。返金手続きの案内メールを丁寧な日本語で作成してください。予約番号は SW-JP-40218 です。`),

  rec('chat', f`Our Kyoto tool vendor wants the spare-parts payment by wire. They sent SWIFT ${amb('financial.swift_bic', 'MHCBJPJT')} and their US correspondent's routing number ${v('financial.aba_routing', '113000531')}. Treasury asks whether the ABA number is even needed for a JPY payment — can you explain in two sentences?`),
];

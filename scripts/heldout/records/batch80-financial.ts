/**
 * Held-out batch 80: card numbers, IBANs and US bank details around hearing-aid invoices, ferry and bus
 * refunds, custody fiat withdrawals, wedding deposits, weather-service suppliers and prison-healthcare
 * vendors. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH80_FINANCIAL: DraftRecord[] = [
  rec('email_pt', f`Boa tarde D. Filipa,

Conforme combinado, para confirmar a reserva da Quinta para o casamento a 21 de junho de 2025 pedimos o sinal de 30% (5 850,00 €) por transferência para:

IBAN: ${v('financial.iban', 'PT87 7444 1721 2988 9801 9464 8')}
Titular: Bellhaven Eventos, Lda.
Descritivo: CASAMENTO-2025-0621-MARQUES

Com os melhores cumprimentos,
Rita Carvalho – Coordenação de Eventos

(pode deixar este e-mail mais caloroso?)`),

  rec('chat_pt_br', f`Oi, a noiva mandou pelo WhatsApp os dados do cartão pra pagar a segunda parcela do buffet, posso lançar direto na maquininha? "Visa ${v('financial.payment_card', '4990 4039 2157 8126')}, validade 03/28, nome Juliana R. Teixeira". Me ajuda a responder explicando que vamos mandar um link de pagamento seguro.`),

  rec('email_de', f`Sehr geehrte Frau Albrecht,

vielen Dank für Ihren Anruf. Den Eigenanteil für die Hörgeräteversorgung (1.240,00 €) haben wir wie besprochen von Ihrer Mastercard ${v('financial.payment_card', '5126 8414 7163 8853')} abgebucht. Die Erstattung des Kassenanteils erfolgt direkt an Ihr Konto ${v('financial.iban', 'DE67 3705 0198 1880 4611 91')}.

Mit freundlichen Grüßen
Audiolux Hörakustik, Filiale Köln-Ehrenfeld

→ Bitte kürzer formulieren, die Kundin ist 84.`),

  rec('ticket_fr_ch', f`Ticket #CUS-20418 — retrait fiat

Client institutionnel : Fondation Alpenrose
Montant : CHF 250 000,00 (vente de 3,1 BTC)
IBAN de destination : ${v('financial.iban', 'CH64 0023 5233 7760 8089 8')}
BIC : ${amb('financial.swift_bic', 'UBSWCHZH80A')}

Le compte de destination a été ajouté hier. Peux-tu rédiger le message au client pour la vérification par rappel (call-back) avant l'exécution ?`),

  rec('chat_it', f`Mi aiuti a scrivere un sollecito gentile? Gli sposi Bianchi hanno ancora 3.200 € di saldo per la villa. Coordinate: ${v('financial.iban', 'IT64X0306922485393829620373')} intestato a Villa Bellhaven S.r.l., causale "Saldo matrimonio 14/06".`),

  rec('email_nl', f`Beste klantenservice,

Mijn jaarabonnement voor de veerdienst Harlingen–Terschelling is per 1 november opgezegd, maar het restbedrag van € 412,50 is nog niet teruggestort. Mijn rekening: ${v('financial.iban', 'NL77 RABO 0416 5051 26')} t.n.v. P. de Boer.

Kun je dit bericht iets zakelijker maken?`),

  rec('chat_da', f`Kan du hjælpe mig med et svar til kunden? Hun har returneret sine høreapparater inden for 30 dage, og vi skal refundere 8.495 kr. til ${v('financial.iban', 'DK37 2275 6662 2218 27')}. Betalingen med kort sluttede på **** 3318, så vi kan ikke refundere direkte til kortet.`),

  rec('chat_sv', f`Skriv ett kort svar på engelska till en turist som fått kontrollavgift på bussen: avgiften 1 500 kr kan betalas till ${v('financial.iban', 'SE33 8995 6201 3743 7029 4943')} (BIC ${amb('financial.swift_bic', 'SWEDSESS')}), märk betalningen med avgiftsnummer KA-2024-118274.`),

  rec('chat_hu', f`Szia, segítesz egy díjbekérőt angolul megfogalmazni? Az esküvői helyszín foglalójának utalási adatai: ${v('financial.iban', 'HU37 3643 8657 0257 5682 3918 2666')}, kedvezményezett: Bellhaven Kastélyszálló Kft., közlemény: FOG-2025-044.`),

  rec('invoice_ro', f`FACTURĂ nr. CHP-0871 / 22.11.2024
Furnizor: Farmamed Distribuție SRL
Client: Custodia Health Partners – Penitenciarul Jilava (servicii medicale)
Total de plată: 48.317,20 lei

Plata în contul ${v('financial.iban', 'RO63 BTRL RONC RT19 8403 8269')} deschis la Banca Transilvania.

Poți verifica dacă TVA-ul de 9% la medicamente e calculat corect?`),

  rec('email_bg', f`Здравейте,

Моля, актуализирайте банковите ни данни за плащанията по договора за поддръжка на билетните автомати:
IBAN: ${v('financial.iban', 'BG51 UNCR 7000 9146 8255 15')}
BIC: ${amb('financial.swift_bic', 'UNCRBGSF')}

Поздрави,
Счетоводство, ТрансКомплект ООД`),

  rec('chat_tr', f`Müşterimiz saklama hesabından TL çekmek istiyor ama banka "alıcı IBAN hatalı" diyor. Verdiği IBAN: ${v('financial.iban', 'TR63 3255 3058 0760 5770 9231 12')}. Ayrıca kayıtlı kartı ${v('financial.payment_card', '4171 6976 2590 0624')} ile KYC ücreti ödemiş. Hatayı nasıl anlatayım?`),

  rec('chat_uk', f`Допоможи написати відповідь пасажиру: він купив квиток на пором до Очакова двічі, і ми повертаємо один платіж на картку ${v('financial.payment_card', '5303 3563 3790 5474')}. Повернення займе до 7 банківських днів.`),

  rec('ach_form', f`VENDOR REMITTANCE UPDATE — Custodia Health Partners (US)
Vendor: Lakeshore Medical Supply Inc.
Bank: Prairie Trust Bank, Springfield IL
ABA / routing: ${v('financial.aba_routing', '111770012')}
Account: ${ambCat('financial', '4802917735')} (checking)
Contact: ${phone('(312) 846-2093', 'US')}
Effective: 12/02/2024 — verbal confirmation with AP required before first payment.

Can you turn this into a checklist for our accounts-payable clerk?`),

  rec('chat', f`Patient wants to pay the balance for her two receiver-in-canal aids over the phone. She read out her Amex as ${v('financial.payment_card', '3740 947632 43947')}, exp 09/26. Can you write the call-handling script so staff never repeat card numbers back on a recorded line?`),

  rec('chat_ja', f`海外挙式のお客様から、会場の前金をこのJCBカードで払いたいと連絡がありました：${v('financial.payment_card', '3528 2033 4794 0873')}（有効期限 11/27）。メールでカード番号を受け取るのは問題なので、丁寧にお断りする文面を作ってください。`),

  rec('chat_zh', f`客户要用银联卡 ${v('financial.payment_card', '6247989228385268753')} 支付托管服务年费（12,000 美元），但是支付网关只收 16 位卡号。请帮我写一封英文邮件给网关供应商询问是否支持 19 位银联卡。`),

  rec('chat_ru', f`Пассажир пишет, что за билет на паром Кавказ–Крым списали дважды с карты Мир ${v('financial.payment_card', '2200 1899 3504 1512')}. Составь, пожалуйста, вежливый ответ с номером обращения 7718-ФР.`),

  rec('chat_ar_iq', f`مرحبا، عميل من بغداد يريد سحب دينار من حساب الحفظ. أعطانا هذا الآيبان: ${v('financial.iban', 'IQ59 RAFB 6934 4662 7269 825')}. ساعدني أكتب له رسالة أطلب فيها إثبات ملكية الحساب قبل التحويل.`),

  rec('chat_he', f`תעזור לי לנסח מכתב לקופת החולים? המטופל שילם על מכשירי השמיעה ומבקש החזר לחשבון ${v('financial.iban', 'IL91 9645 1785 6660 4661 714')}. מספר הפנייה 2024-77180.`),

  rec('csv', f`Hola, necesito cuadrar la recaudación de las máquinas de venta de boletos del terminal de buses de Puerto Montt con la liquidación del adquirente:

${amb('source_code.snippet', f`fecha;maquina;monto_clp;tarjeta;estado
2024-11-25;TVM-07;12400;************2291;ok
2024-11-25;TVM-07;8200;${v('financial.payment_card', '4405187774269193')};ok
2024-11-25;TVM-09;31000;************7702;ok
2024-11-26;TVM-09;6200;${v('financial.payment_card', '2221449001630183')};reverso`)}

¿Por qué dos filas no vienen enmascaradas?`, 'a CSV export pasted as data: ambiguous source_code'),

  rec('chat_ka', f`დამეხმარე ინგლისურად დავწერო: "საქორწილო დარბაზის ავანსი (2 000 ლარი) გადაიხადეთ ანგარიშზე ${v('financial.iban', 'GE85 TB50 9484 8071 2472 03')}, ან ბარათით ადგილზე." ბოლოს დაამატე, რომ ქვითარი გამოგვიგზავნონ.`),

  rec('chat_mk', f`Можеш ли да провериш дали IBAN-от на добавувачот на метеоролошки сензори е во добар формат? ${v('financial.iban', 'MK32 2504 0643 2763 094')} — сметководството вели дека е предолг.`),
];

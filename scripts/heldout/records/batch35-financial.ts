/**
 * Held-out batch 35: card numbers, IBANs and bank details at a concert hall, a fish auction, a grid
 * operator's suppliers, a private-equity fund, a veterinary pharma maker and a home-care agency.
 * Hand-written, not yet measured.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH35_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Box office question. A lady rang about the cancelled Messiah matinee and read her card out so we can refund it to the same card: ${v('financial.payment_card', '4929 6017 3845 2064')}, expiry 03/27. The original sale was cash though, so the system won't let me refund to a card. How do I word an email to her explaining we'll do a bank transfer instead?`),

  rec('email', f`Subject: Payment for November nursing visits – Mrs Campbell

Good morning,

Please charge this month's invoice (JMD 184,500) to my Mastercard ${v('financial.payment_card', '5372-1840-6935-7219')}, exp 11/26, name on card Desmond Campbell. If there is a problem call me on ${phone('(876) 381-2945', 'JM')}.

Thank you for taking such good care of Mummy.
Desmond

→ can you draft a reply saying we received it and will send the receipt, and politely that card numbers should go through the payment link next time?`),

  rec('form', f`WIRE INSTRUCTIONS – add-on acquisition closing (Harlow Fasteners Inc.)
Beneficiary: Harlow Fasteners Inc. Operating Account
Bank: Keystone Valley Bank, Erie PA
ABA / routing: ${v('financial.aba_routing', '031207445')}
Account: ${ambCat('financial', '8804172639')}
SWIFT (intl. wires): ${amb('financial.swift_bic', 'KVBKUS33')}
Amount: USD 2,350,000.00 (holdback per SPA §2.6 excluded)

Portfolio ops – please turn this into a call-back verification checklist before treasury releases the wire.`),

  rec('email_gl', f`Bo día, Xosé:

Confirmámosche que a liquidación das poxas da semana 47 (polbo e xurelo, 3.412,60 €) farase o venres na conta que nos indicaches:
${v('financial.iban', 'ES08 2080 3751 9201 0048 2617')}
Se cambiaches de banco avísanos antes do mércores.

Un saúdo,
Administración – Lonxa de Portonovo Norte

(Podes revisar a ortografía en galego, por favor?)`),

  rec('email_eu', f`Kaixo arrantzaleok,

Azaroko likidazioak ostiralean ordainduko dira. Ontzi bakoitzaren kontu-zenbakia egiaztatu, mesedez. "Itsaso Berria" ontziarena hau da:
IBAN ${v('financial.iban', 'ES6800491873402710283946')}
Aldaketarik badago, deitu bulegora: ${phone('+34 946 84 12 73')}.

Ondo izan,
Kooperatibako administrazioa

→ itzuli gaztelaniara, mesedez.`),

  rec('email_sl', f`Spoštovani,

honorar za solistični nastop 14. decembra (2.800,00 EUR bruto) prosim nakažite na moj račun:
IBAN: ${v('financial.iban', 'SI52 5619 1000 0482 731')}
BIC: ${amb('financial.swift_bic', 'BAKOSI2X')}
Namen: Honorar – Sibelius, koncert za violino

Lep pozdrav,
Tjaša Vrhovnik

Can you help me reply in English that the fee is paid net of Welsh withholding rules for non-resident artists?`),

  rec('invoice_hr', f`RAČUN br. 2024-1187
Izdavatelj: Farmakem Kemikalije d.o.o., Zagreb
Kupac: Vetrion Pharma d.o.o.
Opis: Oksitetraciklin HCl, EP kvaliteta, 25 kg bačva × 4
Iznos: 9.640,00 EUR (PDV uključen)
Plaćanje: virmanom na ${v('financial.iban', 'HR3924020061183749205')}, poziv na broj HR00 2024-1187
Rok plaćanja: 30 dana

Možeš li provjeriti odgovara li iznos narudžbenici PO-55231 (4 × 2.410,00 EUR bez PDV-a)?`),

  rec('invoice_lv', f`Rēķins Nr. KT-2024/311
Pakalpojums: 20 kV līnijas trases tīrīšana, Kuldīgas nov., 14,2 km
Summa: 18 460,00 EUR + PVN 21 %
Maksājuma rekvizīti: SIA "Meža Līnijas", konts ${v('financial.iban', 'LV13 HABA 0551 0382 7491 6')}
Apmaksas termiņš: 2024. gada 20. decembris

Palīdzi, lūdzu, uzrakstīt atgādinājumu angliski mūsu grupas finanšu nodaļai Tallinā.`),

  rec('chat_et', f`Kas see arve on korras? Alltöövõtja saatis uue pangakonto: ${v('financial.iban', 'EE22 2200 2210 8374 9261')}, aga eelmine kord oli teine konto. Summa 7 315,40 EUR, alajaama piirdeaia remont. Kirjuta neile viisakas e-kiri, et kinnitame konto muutuse telefoni teel enne maksmist.`),

  rec('chat_es_cl', f`Oye, ¿me ayudas con un correo al proveedor de víveres de Puerto Montt? Quieren que les pague la factura 8812 con la tarjeta corporativa, Visa ${v('financial.payment_card', '4147205938610475')}, vence 09/26. Lo que pasa es que la política de la pesquera es transferir a la cuenta corriente ${ambCat('financial', '0-058-12-04731-7')} del Banco de Chile y no dar la tarjeta por correo. Escríbelo sin sonar pesado.`),

  rec('log', f`Buenas, este error sale en el POS de la sala de subasta de Paita cuando un comprador paga con tarjeta:

${amb('source_code.snippet', f`2024-11-27 05:41:12 ERROR pos.adquirente - RECHAZO cod=51 monto=PEN 18,420.00
  lote=PT-1127-044 especie=POTA comprador=Frigorifico Nautilus SAC
  pan=${v('financial.payment_card', '5197028463159205')} exp=0826 entry=CHIP
  at pe.subasta.pos.Adquirente.autorizar(Adquirente.java:188)`)}

¿Por qué el log trae la tarjeta completa? Y aparte el comprador quiere pagar por transferencia al CCI ${ambCat('financial', '002-193-001847293610-14')}, ¿cómo se lo confirmo por escrito?`),

  rec('chat_es_uy', f`Che, ¿me ayudás a redactar un reclamo al banco? Me cobraron dos veces la cuota de la cámara de frío en la Mastercard ${v('financial.payment_card', '2223 0047 1958 3022')}, el 18/11, USD 1.240 cada una. Ya llamé y me dijeron que mande un mail.`),

  rec('email_ms_en', f`Hi Puan Noraini,

For your mother's home nursing package (RM 3,860 for December), you can pay by:
1) Online transfer to Rawatan Kasih Sdn Bhd, Maybank account ${ambCat('financial', '5140 1283 7465')}, or
2) Card – we've noted the JCB card you gave over the phone, ${v('financial.payment_card', '3569 2810 4736 2515')} exp 05/27, and will charge it on 1 Dec.

Thank you,
Billing, Rawatan Kasih

→ please rewrite this so it doesn't repeat the card number, just last 4 digits`),

  rec('chat_km', f`សួស្តី! ជួយសរសេរអ៊ីមែលទៅដៃគូចែកចាយផង។ គាត់បានបង់ថ្លៃថ្នាំបង្ការសត្វ (វ៉ាក់សាំងជំងឺប៉េស្តជ្រូក) ដោយកាត UnionPay ${v('financial.payment_card', '6259 1304 8572 1930')} ប៉ុន្តែការទូទាត់ត្រូវបានបដិសេធ។ សូមសុំឱ្យគាត់ផ្ទេរប្រាក់តាមធនាគារវិញ។`),

  rec('chat_am', f`ሰላም፣ ለቤት ውስጥ የነርሲንግ አገልግሎት ክፍያ ደንበኛዋ ገንዘቡን ወደ ንግድ ባንክ ሂሳብ ቁጥር ${ambCat('financial', '1000293847561')} አስተላልፋለች። የውጭ ክፍያ ከሆነ SWIFT ${amb('financial.swift_bic', 'TENAETAA')} መጠቀም አለባት። ደረሰኝ እንድትልክልን በአማርኛ ኢሜይል ጻፍልኝ።`),

  rec('csv', f`Portco's refund export for the monthly ops pack — can you total refunds by reason and flag anything weird?

${amb('source_code.snippet', f`refund_id,date,amount_cad,reason,card
RF-30412,2024-11-03,129.00,damaged,VISA ****2064
RF-30413,2024-11-04,89.50,late delivery,MC ****7219
RF-30414,2024-11-04,412.00,duplicate charge,${v('financial.payment_card', '4763 8192 0475 3166')}
RF-30415,2024-11-06,64.99,wrong size,AMEX ****2719
RF-30416,2024-11-07,1250.00,chargeback,${v('financial.payment_card', '6011492073816541')}`)}

(the two full numbers came from the old Moneris terminal, I know)`),

  rec('tsv', f`Liquidación semanal compradores – lonxa. Necesito un resumen por comprador en gallego:

${amb('source_code.snippet', f`comprador\tcif\tiban\timporte_eur
Mariscos Arousa SL\tB36418273\t${v('financial.iban', 'ES82 1465 0100 9217 3904 8261')}\t12.384,20
Conservas O Grove SA\tA36093851\t${v('financial.iban', 'ES30 0081 1940 2837 1045 6293')}\t8.917,75
Frigoríficos Cangas SL\tB36772014\tpendiente\t3.120,00`)}`),

  rec('email', f`Hiya Rhodri,

Your first pay as a care worker goes out on the 28th. We've got these details from your starter form:
Sort code ${ambCat('financial', '30-96-47')}, account ${ambCat('financial', '18392604')}
IBAN ${v('financial.iban', 'GB97 LOYD 3096 4718 3926 04')} (only needed if you bank abroad, ignore otherwise)

Diolch,
Siân – Payroll, Gofal Cartref Teifi

→ can you make this more friendly and add a line in Welsh at the end?`),

  rec('chat', f`A donor at the Lakeshore Phil gala wants to give $5,000 to the youth orchestra fund by Amex, she wrote it on the pledge card: ${v('financial.payment_card', '3728 149503 62719')}, exp 08/28. What's the PCI-safe way to process this and shred the card, and can you write the thank-you note?`),

  rec('chat_hi', f`मेरी कंपनी के कार्ड ${v('financial.payment_card', '5127 6309 4185 2734')} से नोम पेन्ह की फ्लाइट बुक करते समय दो बार पैसे कट गए (₹ 38,420 × 2)। बैंक को शिकायत का ईमेल अंग्रेज़ी में लिख दो, विनम्र भाषा में।`),

  rec('notice', f`CAPITAL CALL NOTICE No. 7 – Halcyon Peak Capital Fund III, L.P.
Amount due from LP: CAD 1,875,000.00
Due date: 16 December 2024
Wire to: Halcyon Peak Capital Fund III – subscription account
IBAN ${v('financial.iban', 'NL63INGB0007382914')} · BIC ${amb('financial.swift_bic', 'INGBNL2A')}
Reference: HPC3-CC7-<LP number>

Please draft the cover email to LPs in plain English, reminding them we never change bank details by email.`),
];

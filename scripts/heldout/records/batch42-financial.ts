/**
 * Held-out batch 42: card numbers, IBANs and bank details from ferry bookings, lab invoices, dubbing
 * fees, hydropower contractors, microfinance disbursements and fragrance suppliers. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH42_FINANCIAL: DraftRecord[] = [
  rec('ticket', f`Ticket #FB-20931 — refund for cancelled sailing Split → Ancona 14/11

Passenger says the refund never arrived. She paid at the port ticket office, terminal receipt shows card ${v('financial.payment_card', '4532 1876 4019 2831')}, amount €312.00, auth code 481923.
Booking ref: KVA-7HX2Q9

Can you write a reply in English and Italian telling her the refund was re-issued today and can take 5–10 business days?`),

  rec('chat_hr', f`Putnik je na telefonu, kaže da mu je kartica terećena dvaput za isti ukrcaj vozila (Zadar–Preko). Broj kartice koji mi je izdiktirao: ${v('financial.payment_card', '5351 0482 7391 0466')}, istek 09/27. Kako da mu objasnim da je jedna transakcija samo predautorizacija?`),

  rec('email_hr', f`Poštovani,

molimo da uplatu za najam vezova u luci Mali Lošinj za sezonu 2025. izvršite na naš novi račun:
IBAN: ${v('financial.iban', 'HR04 2484 0081 1387 4652 1')}
SWIFT: ${amb('financial.swift_bic', 'RZBHHR2X')}
Poziv na broj: HR00 2025-0147

Lijep pozdrav,
Lučka uprava — računovodstvo

→ please translate to English for our finance team in Tallinn`),

  rec('chat_et', f`Kas see IBAN on õige formaadiga? Tarnija (laevakütus, Muuga sadam) saatis uue arve: ${v('financial.iban', 'EE82 1010 2202 8374 6152')}, saaja Baltic Bunker OÜ, summa 48 210,00 EUR. Meie pank ütleb "kontrollnumber vale" kui ma sisestan EE82101022028374615 — vist jäi üks number puudu?`),

  rec('invoice_de', f`Kannst du diese Rechnung als kurze Zahlungserinnerung umformulieren?

Dentaform Labor GmbH · Rechnung 2024-11-0388
Zahnarztpraxis Dr. Kessler, Regensburg
Pos. 1: Zirkonkrone monolithisch, Zahn 36 — 189,00 €
Pos. 2: Provisorium — 42,00 €
Summe brutto: 274,89 €

Bankverbindung: Stadtsparkasse München
IBAN ${v('financial.iban', 'DE72 5001 0517 5482 0193 74')} · BIC ${amb('financial.swift_bic', 'SSKMDEMMXXX')}
Zahlbar bis 15.12.2024`),

  rec('chat_sl', f`Zobozdravnica iz Celja želi plačati račun za protezo s kartico po telefonu. Številka ${v('financial.payment_card', '4917 2305 8461 9370')}, velja do 03/26. Ali lahko to vnesem v terminal ročno ali moramo poslati povezavo za plačilo? Prosim za kratek odgovor.`),

  rec('csv', f`Match these lab supplier payments against the bank export, two are missing:

${amb('source_code.snippet', f`datum;dobavitelj;znesek;iban;sklic
2024-11-04;Zirkon Trade d.o.o.;1.840,00;${v('financial.iban', 'SI05 0561 0000 1937 241')};SI00 1104
2024-11-06;Ivoclar distributer;3.215,40;${v('financial.iban', 'SI61 0292 2003 8461 957')};SI00 1106
2024-11-11;Dental Depot NL;978,10;${v('financial.iban', 'NL38 INGB 0006 4829 13')};RF18 5390
2024-11-12;Gips & Wachs GmbH;412,55;${v('financial.iban', 'DE31 3704 0044 0532 9184 72')};RE-77312`)}`),

  rec('email_fr', f`Bonjour Léa,

Pour le règlement de ta prestation de doublage (série "Les Marées", épisodes 1 à 4, 3 sessions), merci de nous confirmer ton RIB. Nous avons dans notre fichier :
${v('financial.iban', 'FR37 2004 1010 0505 0018 4736 K12')}
Si c'est toujours le bon, le virement partira vendredi.

Bien à toi,
Administration — Sousvoix Studios`),

  rec('chat_pt', f`Preciso pagar a dubladora de São Paulo por PIX ou TED. Ela mandou: Banco do Brasil, agência ${ambCat('financial', '3052-7')}, conta corrente ${ambCat('financial', '48193-0')}, e também o IBAN ${v('financial.iban', 'BR18 0036 0305 0000 1000 9795 493C 1')} para transferência internacional. Qual opção sai mais barata da França?`),

  rec('w9_note', f`Voice actor in LA wants his session fee by ACH instead of wire. He sent: routing ${v('financial.aba_routing', '322271627')}, checking account ${ambCat('financial', '4029187365')}. Can you draft a short confirmation that we switched his payment method?`),

  rec('chat_es', f`El estudio de Madrid nos factura las mezclas 5.1. ¿Me confirmas si este IBAN español está bien escrito antes de darlo de alta? ${v('financial.iban', 'ES41 2100 0418 4502 0051 9384')} — CaixaBank, titular Mezclas Retiro S.L.`),

  rec('contractor_nep', f`Civil contractor for the desander repair is paid from our EUR account. Their bank details in the contract annex:

Beneficiary: Himal Civil Works Pvt. Ltd., Kathmandu
Account no.: ${ambCat('financial', '01905080128374001')}
Bank: Nabil Bank Ltd., Teku branch
SWIFT: ${amb('financial.swift_bic', 'NARBNPKA')}

Intermediary bank asked for an IBAN — Nepal doesn't use IBAN, right? How do I answer them?`),

  rec('chat_ta', f`எங்கள் டர்பைன் உதிரி பாகங்கள் சப்ளையர் (ஜெர்மனி) இன்வாய்ஸில் IBAN ${v('financial.iban', 'DE72500105175482019374')} கொடுத்திருக்கிறார். இதை SWIFT transfer form-ல் எப்படி நிரப்புவது என்று தமிழில் விளக்கவும்.`),

  rec('disbursement_tl', f`Paki-check kung tama ang format ng disbursement file bago ko i-upload sa bangko:

${amb('source_code.snippet', f`loan_id,borrower,amount_php,bank,account_no
BMF-PH-24-11873,Rosalinda Macaraeg,15000.00,Landbank,${ambCat('financial', '0172-1048-93')}
BMF-PH-24-11874,Jun-jun Dela Cruz,8000.00,GCash,${phone('0917 482 3015', 'PH')}
BMF-PH-24-11875,Marites Ocampo,20000.00,BDO,${ambCat('financial', '004810293745')}`)}

Ang GCash ay numero ng mobile, tama ba?`),

  rec('chat_ms', f`Peminjam di Tawau mahu bayar ansuran dengan kad debit. Dia beri nombor ${v('financial.payment_card', '5298 7103 6495 8276')} melalui WhatsApp kepada pegawai pinjaman. Boleh tolong tulis mesej sopan dalam Bahasa Melayu yang menerangkan bahawa kami tidak boleh terima nombor kad melalui WhatsApp?`),

  rec('email_tr', f`Merhaba,

Isparta gül yağı (Rosa damascena, 2024 hasadı) siparişimiz için proforma faturanız elimize ulaştı. Ödemeyi aşağıdaki hesaba yapacağız, lütfen teyit ediniz:
Alıcı: Gülbahçe Esans Ltd. Şti.
IBAN: ${v('financial.iban', 'TR43 0006 2000 4183 0000 6293 74')}
Tutar: 18.400 EUR

Saygılarımla,
Maison Orlène — Achats matières premières`),

  rec('chat_it', f`Il distributore di Bologna ha cambiato banca e ci chiede di aggiornare l'IBAN per i rimborsi dei resi: ${v('financial.iban', 'IT49 Y020 0801 6330 0010 4857 362')}. Il vecchio era ${v('financial.iban', 'IT49 X030 6909 6061 0000 0184 736')}: va cancellato dall'anagrafica? Scrivimi la mail di conferma.`),

  rec('chat_ar', f`عميلة في الرياض دفعت ثمن طلب العطور عبر الموقع ولم يصلها تأكيد. أرسلت لنا رقم البطاقة ${v('financial.payment_card', '4477 9201 8365 4206')} للتحقق. كيف أرد عليها بلطف وأطلب منها عدم إرسال رقم البطاقة كاملاً مرة أخرى؟ وهذا IBAN الموزع في الإمارات للتسوية: ${v('financial.iban', 'AE44 0330 0000 1928 3746 512')}`),

  rec('payment_log', f`Why did this payment get flagged as duplicate?

${amb('source_code.snippet', f`2024-11-28 10:14:22 INFO  eshop-pay order=OR-FR-558201 amount=148.00 EUR card=${v('financial.payment_card', '2223 1004 7563 9824')} 3ds=challenge result=authorised
2024-11-28 10:14:49 INFO  eshop-pay order=OR-FR-558201 amount=148.00 EUR card=${v('financial.payment_card', '2223 1004 7563 9824')} 3ds=frictionless result=authorised`)}

(yes I know the full PAN shouldn't be in the log, that's ticket #2231)`),

  rec('chat_pl', f`Firma z Poznania, która robi nam tłumaczenia napisów na polski, przysłała fakturę. Nr rachunku: ${v('financial.iban', 'PL56 1140 2004 0000 3102 8374 6519')}. Czy przelew SEPA z Francji dojdzie na rachunek w złotówkach, czy muszą podać rachunek EUR?`),

  rec('chat', f`Card on file for the Japanese distributor's sample orders is a JCB ${v('financial.payment_card', '3569 0917 2846 3015')}. The terminal refuses JCB — can we add it in our Adyen account or do we need a separate contract?`),
];

/**
 * Held-out batch 41: card numbers, IBANs and bank details in refund chats, supplier invoices,
 * tuition transfers, dispensary payments and exports. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH41_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer rang about a double charge on a Staunton chess set order. She read me the card so I could find it in Stripe: ${v('financial.payment_card', '4740 9729 2063 0321')}, exp 03/27. I can't search by full number, what do I search by?`),

  rec('chat_jm', f`Morning, patient at the Montego Bay branch pay fi har prescription wid dis Mastercard ${v('financial.payment_card', '5167-7190-6538-7857')} an di terminal charge it two time. Help mi write a refund note to di bank, short and polite.`),

  rec('email_nb', f`Emne: Faktura 2024-1187 – proviant oktober

Hei,

Vedlagt faktura for proviantleveranser til Gullfaks C i oktober, totalt NOK 412 880,00. Betales til kontonummer ${v('financial.iban', 'NO66 1503 3405 336')} innen 30 dager. Husk KID 2024118707.

Mvh
Regnskap, Nordhav Proviant AS

--
Kan du lage en kort purring på engelsk basert på denne?`),

  rec('tsv', f`Siapkan ringkasan bayaran balik tiket untuk minggu ini:

${amb('source_code.snippet', f`ref	tarikh	jumlah	kad	status
VKB-88213	2024-10-07	MYR 42.00	${v('financial.payment_card', '5396479833004374')}	refunded
VKB-88240	2024-10-07	MYR 18.50	**** **** **** 6614	refunded
VKB-88302	2024-10-08	MYR 96.00	${v('financial.payment_card', '4084073554470961')}	pending
VKB-88317	2024-10-09	MYR 12.00	**** **** **** 1309	failed`)}`, 'operator sells tickets in Malaysia too: MYR amounts'),

  rec('email_it', f`Gentile studentessa,

per il rimborso della caparra di iscrizione (GBP 2,000) ci servono le coordinate bancarie complete. Abbiamo ricevuto:
Intestatario: Giulia Esposito
IBAN: ${v('financial.iban', 'IT48 X030 6909 6064 5473 9627 386')}
BIC: ${amb('financial.swift_bic', 'BCITITMM')}

Può confermare che il conto è intestato a lei? — International Admissions

Translate this reply into English for our file, please.`),

  rec('chat_el', f`Φοιτητής από Θεσσαλονίκη πλήρωσε τα δίδακτρα δύο φορές. Θέλω να του επιστρέψουμε τη μία πληρωμή στο ${v('financial.iban', 'GR45 0110 1255 3473 1516 3294 583')}. Γράψε μου ένα email στα αγγλικά για το finance ότι χρειάζεται έγκριση επιστροφής £14,250.`),

  rec('chat_tr', f`Türk öğrencinin sponsoru burs ödemesini bu hesaptan yapacak: ${v('financial.iban', 'TR50 0000 6272 1707 8079 9424 89')}, alıcı Ardmore University. Ödeme açıklamasına ne yazmalılar? Öğrenci numarası 2410387.`),

  rec('invoice_ro', f`Factura nr. CAT-0934 / 28.10.2024
Furnizor: Dobrogea Catering Offshore SRL, CUI RO31847290
Servicii: catering platformă Neptun Deep, octombrie
Total: 187.420,00 lei
Cont: ${v('financial.iban', 'RO75 BTRL RONC RT58 7613 0946')}
Banca Transilvania

Verifică te rog dacă TVA-ul de 19% e calculat corect.`),

  rec('email_pl', f`Dzień dobry,

zamówienie #SZ-20931 (szachy turniejowe + zegar DGT) opłacone przelewem, ale kwota się nie zgadza — wpłaciliśmy 1 249 zł zamiast 1 294 zł. Proszę o informację, czy mamy dopłacić różnicę na konto ${v('financial.iban', 'PL98 1050 1445 4213 9881 8877 8663')}?

Pozdrawiam,
Klub Szachowy Hetman Kraków`),

  rec('chat_pt', f`Um paciente em Lisboa quer pagar a subscrição mensal de canábis medicinal por transferência. Os dados da clínica são ${v('financial.iban', 'PT25 0035 2157 6262 6841 9293 9')}? ou esse é o antigo? Tenho também ${v('financial.iban', 'PT39 0033 5114 2452 2143 9636 8')} no ficheiro.`),

  rec('chat_nl', f`Klant uit Antwerpen wil terugbetaling voor een beschadigd backgammonbord, €189. Zijn rekening: ${v('financial.iban', 'BE89 0684 8061 4792')}. Kun je een bevestigingsmail in het Nederlands schrijven?`),

  rec('chat_is', f`Getur þú skrifað greiðsluáminningu fyrir gagnaþjónustusamning við flugfélagið? Þau eiga að greiða inn á ${v('financial.iban', 'IS11 0133 2677 4925 0425 1344 99')}, gjalddagi 15. nóvember.`),

  rec('chat', f`ok this is embarrassing, I paid the IELTS partner invoice from my own Amex by mistake — ${v('financial.payment_card', '3728 655622 44562')}. How do I claim it back through expenses? Uni policy says corporate card only`),

  rec('chat_es_mx', f`Necesito mandar el reembolso de un cliente de la tienda de ajedrez en Guadalajara. Me dio su CLABE ${ambCat('financial', '012320004718293615')} y su tarjeta de débito ${v('financial.payment_card', '4255 7849 9412 8968')}. ¿Cuál es mejor para un reembolso desde Stripe?`, 'Mexican CLABE: no engine rule, ambiguous financial span'),

  rec('chat_es_pe', f`Hola, un estudiante de Lima pagó la matrícula con una tarjeta Diners ${v('financial.payment_card', '3638 2061 0051 04')} y pide factura a nombre de su padre. ¿Qué datos necesito para emitirla?`),

  rec('email', f`Subject: Tuition deposit – wire instructions for US sponsor

Dear Mr. Okafor,

Please ask the sponsor bank to wire USD 9,800 to:
Beneficiary: Ardmore University
Bank: Bank of Scotland, Aberdeen
IBAN: ${v('financial.iban', 'GB33 BOFS 8014 6280 6076 74')}
SWIFT: ${amb('financial.swift_bic', 'BOFSGB21')}
Reference: ADM-2025-41873

If they insist on a US intermediary, our correspondent is routing ${v('financial.aba_routing', '261074215')}.

Kind regards,
International Admissions Finance`),

  rec('chat_sw', f`Mteja wa duka la chess amelipa kwa kadi ${v('financial.payment_card', '2221 5909 9919 1934')} lakini oda haijaonekana kwenye mfumo. Nimwambie nini? Andika jibu fupi kwa Kiswahili.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-02 06:14:55,203 ERROR [pos-sync] Adyen refusal for terminal KIN-03: refusalReason=Expired Card, cardNumber=${v('financial.payment_card', '6011981918762134')}, amount=JMD 18500
2024-11-02 06:15:02,771 INFO  [pos-sync] retry scheduled in 300s`)}

Why is the card number not masked here? We're supposed to be PCI compliant`),

  rec('chat_ko', f`체스 세트 해외 주문 고객이 카드 결제가 안 된다고 합니다. 카드번호 ${v('financial.payment_card', '6229 2029 6408 9332')} (유니온페이)인데 Shopify에서 유니온페이를 지원하나요?`),

  rec('csv', f`Payroll extract for rig galley crew, can you total per bank:

${amb('source_code.snippet', f`emp_id,name,bank,account
C-2207,Ewan McLeod,RBS,${v('financial.iban', 'GB29 RBOS 8320 0994 8502 38')}
C-2211,Sindre Haugland,DNB,${v('financial.iban', 'NO4397106490037')}
C-2230,Daan Peeters,Rabobank,${v('financial.iban', 'NL72RABO0241751277')}
C-2234,Ana Popescu,BCR,${v('financial.iban', 'RO23RNCB9016435117964247')}`)}`),
];

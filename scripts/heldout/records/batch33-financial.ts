/** Held-out batch 33: cards, IBANs, routing numbers in box-office chats, buyer remittances, rent and freight invoices. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH33_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer rang the Leeds box office, charged twice for the Dune IMAX booking (LUM-LDS-8839120). She read her card out to the agent so we could find it: ${v('financial.payment_card', '4539 2817 4605 3121')}, exp 04/27. Can you write the refund reply? Don't repeat the card number in it obviously.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-16T19:42:07.114+08:00 ERROR pos-bridge[3318] terminal=SG-VIVO-KIOSK-03 txn=7731902 status=DECLINED rc=05
  raw_track2_pan=${v('financial.payment_card', '5274190388621077')} exp=2609 amount=SGD 31.50 items=[2x ADULT STD, 1x POPCORN L]
2024-11-16T19:42:19.530+08:00 INFO  pos-bridge[3318] terminal=SG-VIVO-KIOSK-03 txn=7731903 status=APPROVED pan=**** **** **** 2148`)}

why does the kiosk log the full PAN on declines only? PCI audit is in January`),

  rec('csv', f`Chargebacks from the ticketing platform for October, can you group them by reason code and cinema?

${amb('source_code.snippet', f`case_id,cinema,order_ref,card,amount,currency,reason
CB-10931,Leeds,LUM-LDS-8712044,**** 3121,23.90,GBP,4837 no cardholder auth
CB-10932,Glasgow,LUM-GLA-5520917,${v('financial.payment_card', '3782 910473 65126')},41.00,GBP,4853 not as described
CB-10933,Singapore Vivo,LUM-SGV-1184302,**** 6170,28.00,SGD,13.1 merch not received
CB-10934,Leeds,LUM-LDS-8739015,${v('financial.payment_card', '6011837294056170')},17.50,GBP,4837 no cardholder auth`)}

(rows with full numbers came from the acquirer's old report)`),

  rec('chat_ko', f`고객이 환불 요청했는데 카드번호를 채팅으로 보냈어요: ${v('financial.payment_card', '4920-1837-5566-2148')}. 이 번호는 지우고, 고객에게 "카드 정보는 채팅으로 보내지 마세요"라고 정중하게 답장하는 문장을 영어랑 한국어로 써 주세요.`),

  rec('email', f`Subject: Remittance advice – PO HL-24-0918 / HL-24-0921

Dear Mr. Rahman,

Please find our payment for the two shipments (invoice PT-EXP-2024-1187 and -1190), USD 148,320.00, sent today by SWIFT MT103.
Beneficiary: Padma Textiles & Apparel Ltd
Account (USD): ${ambCat('financial', '1501204783920')}
Bank: Eastern Bank PLC, Gulshan branch, SWIFT ${amb('financial.swift_bic', 'EBLDBDDH')}
Our bank: ${v('financial.iban', 'DE44 5001 0517 5407 3249 31')}

Kind regards,
Hohenlinde Retail GmbH – Accounts Payable`),

  rec('form', f`BUYER VENDOR SET-UP (US)
Vendor name: Padma Textiles & Apparel Ltd — US correspondent account
Intermediary bank ABA: ${v('financial.aba_routing', '053202198')}
Account number: ${ambCat('financial', '4471029385')}
Currency: USD
Remittance contact: export accounts, ${phone('+880 1819-274635')}

Please check the form is complete before I send it to the buyer in North Carolina.`),

  rec('chat_bn', f`এই মাসের সাব-কন্ট্রাক্ট পেমেন্টের জন্য ব্যাংকে চিঠি লিখতে হবে। ওদের অ্যাকাউন্ট নম্বর ${ambCat('financial', '2050 1220 0457 81')}, Islami Bank, Tongi শাখা। টাকার পরিমাণ ৳ ১২,৪৫,০০০। চিঠিটা ইংরেজিতে লিখে দিন।`),

  rec('email_pt', f`Bom dia Sr. Costa,

Conforme combinado, a devolução da caução do contrato de arrendamento da loja 12 (Centro Comercial Alvalade) será feita por transferência para:
IBAN: ${v('financial.iban', 'PT76 0035 0097 0000 2837 4619 2')}
Titular: Pastelaria Costa & Filhos, Lda

Qualquer questão, ligue para ${phone('+351 21 384 7293')}.

Com os melhores cumprimentos,
Gestão de Propriedades – Harrowgate Portugal`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Mieter\tEinheit\tIBAN (SEPA-Lastschrift)\tMiete netto\tBK-Vorschuss
Hofbauer Optik KG\tTop 1\t${v('financial.iban', 'AT65 6000 0005 1049 3782')}\t2.840,00\t612,50
Café Ringstraße OG\tTop 2\t${v('financial.iban', 'AT051420020010837465')}\t1.975,00\t430,00
Dr. Lechner Physio\tTop 4\t${v('financial.iban', 'AT52 1200 0100 1738 2946')}\t3.110,00\t688,20`)}

Bitte daraus eine SEPA-Lastschriftdatei (pain.008) für den 1. Dezember erstellen.`),

  rec('chat_nl_be', f`Kan je nakijken of dit rekeningnummer klopt voor de huurwaarborg? ${v('financial.iban', 'BE68 5390 0754 7034')} op naam van Vandenbroucke BV. De huurder zegt dat de storting is teruggekomen.`),

  rec('chat', f`Supplier for the HVAC retrofit in Zürich sent new bank details by email, our AP clerk wants to pay 86'400.– CHF today. IBAN ${v('financial.iban', 'CH15 0076 2016 2837 4910 5')}. How do we verify this isn't invoice fraud before paying?`),

  rec('invoice_el', f`ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Νο 2024/0871
Σιδηροδρομική μεταφορά εμπορευματοκιβωτίων Θριάσιο – Θεσσαλονίκη, 14 TEU
Σύνολο: 18.620,00 €
Τράπεζα Πειραιώς – IBAN: ${v('financial.iban', 'GR96 0110 1250 0000 0012 7384 517')}

Μπορείς να το μεταφράσεις στα αγγλικά για τον πελάτη στη Βιέννη;`),

  rec('chat', f`Customs broker in Rotterdam wants the duty deposit refunded to ${v('financial.iban', 'NL16INGB0006382914')}, BIC ${amb('financial.swift_bic', 'INGBNL2A')}. Different from the account on their invoices (NL08 ABNA…). Draft a mail asking them to confirm on letterhead.`),

  rec('csv', f`${amb('source_code.snippet', f`carrier;invoice;wagons;amount_eur;iban
Transalpina Rail AG;TR-24-11-0321;18;41 280,00;${v('financial.iban', 'CH4208401000058174923')}
PKP Cargo Intermodal;PCI/11/5512;24;36 915,40;PL21 1020 5558 1111 1837 4629 1038
Lusitrans Ferroviária;LF-2024-938;12;19 402,75;${v('financial.iban', 'PT81001800032748193650172')}`)}

Build the payment run for Friday, but the PKP IBAN fails validation in our ERP, can you see why?`, 'the PKP line has a wrong check digit on purpose: unlabelled'),

  rec('chat', f`Yard canteen card terminal at Duisburg: a driver paid with ${v('financial.payment_card', '3566 7201 9384 6204')} (JCB, Japanese truck crew) and the charge shows twice. Acquirer wants the full number and date in the dispute form, what else do they need?`),

  rec('email', f`Hi Priya,

Data-sharing agreement DSA-2024-061 with the Singapore partner: the access fee of GBP 4,800 is invoiced by our finance office. Please ask them to pay to
Account name: St Aldric University Hospitals NHS FT – Research
Sort code ${ambCat('financial', '40-05-15')}  Account ${ambCat('financial', '73829164')}
IBAN ${v('financial.iban', 'GB13 MIDL 4005 1573 8291 64')}
SWIFT ${amb('financial.swift_bic', 'MIDLGB22')}

Thanks, Tom (Research Data Office)`),

  rec('chat', f`Research participant reimbursement: a participant in Lagos wants her travel refund to her GTBank account ${ambCat('financial', '0123847592')}. Can we pay to a Nigerian NUBAN from a UK NHS account or do we need a prepaid card? Amount is £64.`),

  rec('chat', f`For the clinical investigation site payments in the US, the site's bank sent routing ${v('financial.aba_routing', '113000735')} and account ${ambCat('financial', '2918374650')} — we pay by wire from Germany, do we need SWIFT instead?`),

  rec('expense', f`Expense claim rejected, can you help me write the appeal? Corporate card ${v('financial.payment_card', '5412 7390 8817 4655')} was charged €1,240 by the notified body (TÜV audit day) and finance says it was a personal card. It isn't, it's the one HR issued me in March.`),

  rec('chat_th', f`ลูกค้าซื้อบัตรหนังผ่านแอปแล้วโดนตัดเงินสองครั้ง บัตรเครดิต ${v('financial.payment_card', '4319 4028 5617 9037')} ช่วยร่างอีเมลขอโทษลูกค้าและแจ้งว่าจะคืนเงินภายใน 7 วันทำการ`),

  rec('chat', f`Mastercard 2-series card ${v('financial.payment_card', '2223 8401 9275 6431')} is rejected by our loyalty app "card type not supported". Is our BIN regex outdated?`),
];

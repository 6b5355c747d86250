/**
 * Held-out batch 32: card numbers, IBANs and bank details in support transcripts, remittance
 * e-mails, settlement exports and forms (payroll cards, lottery payouts, seafood export invoices,
 * utility billing). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH32_FINANCIAL: DraftRecord[] = [
  rec('chat_transcript', f`Can you summarise this chat for the disputes queue? Keep the amounts and dates.

[10:42] Cardholder: hi my payroll card got charged twice at Walmart on 3/7
[10:42] Agent Rhea: Hello! I'm sorry to hear that. For verification may I have the last 4 digits of your card?
[10:43] Cardholder: its ${v('financial.payment_card', '4907 9709 4940 5880')} sorry i put the whole thing
[10:43] Cardholder: 2 charges $86.14 both at 6:12pm
[10:44] Agent Rhea: No worries, I'll mask that on our side. I can see one posted and one pending authorization.
[10:46] Agent Rhea: The pending one should drop off in 3–5 business days. If it posts, we'll open a dispute.

(agent note: cardholder typed full PAN, need to flag per policy?)`),

  rec('chat_es_mx', f`Ayúdame a contestarle a esta usuaria, que suene empático:

"Buenas tardes, mi tarjeta de nómina ${v('financial.payment_card', '5154 5998 9555 0949')} no pasa en el OXXO ni en el Soriana, dice declinada. Ya me depositaron la quincena desde el viernes. Si no se puede, mejor transfiéranme a mi cuenta de BBVA, CLABE ${ambCat('financial', '012180004729103856')}. Gracias."

Explícale que no podemos hacer transferencias a otra cuenta por chat y que revise si la tarjeta está bloqueada en la app.`, 'Mexican CLABE: an account number with no built-in rule (ambiguous, no rule id)'),

  rec('chat', f`Employer funding for the payroll program: they'll push same-day ACH from their operating account. Do I need anything besides this for the NACHA prenote?

Employer: Hollis Brothers Landscaping LLC
Bank: Lone Star Community Bank
Routing (ABA): ${v('financial.aba_routing', '121001881')}
Account: ${ambCat('financial', '4410072893')}
Type: business checking
Funding day: Thursday, payroll Friday`),

  rec('csv', f`Group these disputes by reason code and give me totals:

${amb('source_code.snippet', f`dispute_id,opened,card,merchant,amount_usd,reason
D-240311-0081,2025-03-11,4000 **** **** 2231,DOLLAR GENERAL #21044,18.42,duplicate
D-240311-0082,2025-03-11,4000 **** **** 9057,CASH APP*TRANSFER,200.00,unauthorized
D-240312-0007,2025-03-12,${v('financial.payment_card', '4880205426825768')},SHELL OIL 57442,61.10,not_received
D-240312-0011,2025-03-12,4000 **** **** 6604,ATM FEE REFUND,3.50,fee
D-240313-0002,2025-03-13,4000 **** **** 1178,UBER *TRIP,27.95,unauthorized`)}

(row 3 came in from the old intake form that didn't mask)`),

  rec('log_json', f`Our processor webhook logger writes the whole body. Found this in Loki, how bad is it and what's the quickest fix?

${amb('source_code.snippet', f`{"ts":"2025-03-12T14:03:55.218Z","level":"debug","svc":"issuing-webhooks","event":"authorization.request","body":{"card":{"pan":"${v('financial.payment_card', '4286224605020182')}","exp":"0928","program":"PRG-PAYROLL-US-01"},"merchant":{"name":"KROGER #612","mcc":"5411"},"amount":4318,"currency":"USD"}}`)}`),

  rec('call_notes', f`Clean up my call notes into the payment log format:

acct 20418-77 / 1186 Birchwood Ln — pd $212.63 by phone, Discover ${v('financial.payment_card', '6011 1774 6649 9167')} exp 11/27, cust says she'll set up autopay next month. late fee waived (1st time). conf # PMT-884102`),

  rec('form', f`Can you turn this paper autopay form into a checklist for the front counter staff (what to verify before keying it in)?

MILLBROOK WATER & SEWER AUTHORITY — AUTOMATIC PAYMENT AUTHORIZATION
Account number: 31072-04
Service address: 44 Quarry Hill Rd
Bank name: Tri-Valley Federal Credit Union
Routing number: ${v('financial.aba_routing', '263190456')}
Checking account number: ${ambCat('financial', '0082741196')}
Draft date: due date
Signature: (signed) T. Ferreira   Date: 03/10/25`),

  rec('email', f`Please reply for me: fee is $45, we can't take cards by email, point her to the parent portal.

From: Dana Whitaker
Subject: 5th grade Space Center trip

Hi Ms. Ortiz, I couldn't get the portal to work so here's my card for Jaylen's trip, ${v('financial.payment_card', '2223 0223 7506 6835')} exp 04/28, the code on the back is ${ambCat('financial', '311')}. Thanks!!`),

  rec('invoice', f`Proofread the remittance block on our service-contract invoice template, US and UK versions:

US — Kestrel Lab Systems Inc.
Pay by ACH/wire to: Harborline Bank, N.A.
ABA ${v('financial.aba_routing', '026095426')} · Account ${ambCat('financial', '2290417735')}
SWIFT (international wires): ${amb('financial.swift_bic', 'HRBLUS33')}

UK — Kestrel Lab Systems Ltd
Sort code ${ambCat('financial', '40-12-77')} · Account ${ambCat('financial', '38291465')}
IBAN ${v('financial.iban', 'GB60 MIDL 4012 7738 2914 65')}
Please quote the contract number (SC-xxxxx) as the reference.`),

  rec('form', f`NHS trust wants a new supplier form filled in, can you check it reads OK?

Supplier: Kestrel Lab Systems Ltd
Company no.: 09184472   VAT: GB 318 4409 72
Remittance advice to: ${v('pii.email', 'credit.control@kestrellabsys.co.uk')}
Bank account name: Kestrel Lab Systems Ltd
Bank: HSBC UK, Leeds Park Row
Sort code: ${ambCat('financial', '40-47-23')}
Account number: ${ambCat('financial', '18406627')}
IBAN: ${v('financial.iban', 'GB04HBUK40472318406627')}
Payment terms: 30 days from invoice`),

  rec('tsv', f`Controlla questo estratto delle provvigioni di febbraio prima che lo mandi in banca, somma totale e IBAN duplicati:

${amb('source_code.snippet', f`cod_ricevitoria\tragione_sociale\tiban\tprovvigione_eur
RIC-40213\tTabaccheria Colella Snc\t${v('financial.iban', 'IT73X0306909606100000083715')}\t1.842,30
RIC-51877\tBar Tabacchi Il Faro di Greco M.\t${v('financial.iban', 'IT91K0200801632000104829361')}\t967,15
RIC-60402\tEdicola Sorrentino\t${v('financial.iban', 'IT94M0503401753000000217394')}\t412,80
RIC-60455\tTabacchi Centrale Sas\t${v('financial.iban', 'IT73X0306909606100000083715')}\t2.105,00`)}`),

  rec('email_it', f`Riscrivi in modo più formale, è per l'ufficio pagamenti vincite:

"Salve, ho vinto 7.500 euro con un Gratta e Vinci comprato a Lecce (biglietto consegnato in ricevitoria il 4 marzo). Vi mando i dati per il bonifico: intestatario Giulia Bianchi, IBAN ${v('financial.iban', 'IT82 R062 3010 9070 0004 6281 903')}, codice fiscale ${v('pii.it_codice_fiscale', 'BNCGLI85M52F205H')}. Quando arriva il pagamento? Grazie"`),

  rec('email_es', f`Hola, ¿me revisas este correo antes de mandarlo al armador? Que quede claro lo de la retención.

"Buenos días, Manuel:
Te confirmo que la liquidación de la marea de marzo (merluza y rape, 4.218 kg) se paga el viernes a la cuenta que nos diste:
Titular: Pesqueras Lamas Otero, S.L.
IBAN: ${v('financial.iban', 'ES38 0081 0216 7900 0192 8374')}
BIC: ${amb('financial.swift_bic', 'BSABESBBXXX')}
Importe neto: 18.904,37 € (aplicada la retención de la cofradía).
Un saludo,
Administración Pelagia Vigo"`),

  rec('email_ja', f`この送金通知を英語にして、経理のMariaに転送できる形にしてください。

ペラギア・シーフード御中

いつもお世話になっております。築地マリン商事 経理部の佐藤です。
3月分の冷凍キハダマグロ（インボイス PSX-JP-25-0311）の代金 USD 48,260.00 を本日送金いたしました。

【送金元】
三菱UFJ銀行 日本橋中央支店
SWIFT: ${amb('financial.swift_bic', 'BOTKJPJT')}
口座番号：普通 ${ambCat('financial', '0471852')}

【送金先】（貴社ご指定）
IBAN: ${v('financial.iban', 'ES7020805801143040017293')}

着金のご確認をお願いいたします。`),

  rec('chat_tr', f`İstanbul'daki alıcıdan gelen ödeme dekontunu özetler misin? İspanyolca ekibe ileteceğim.

"Sayın yetkili, 12.03.2025 tarihinde 21.480,00 EUR tutarındaki ödeme, Boğaziçi Gıda İth. İhr. Ltd. Şti. hesabından (${v('financial.iban', 'TR18 0006 2001 1900 0006 6723 15')}) tarafınıza gönderilmiştir. Açıklama: PSX-TR-25-0298 dondurulmuş ahtapot. Saygılarımızla."`),

  rec('chat_pl', f`Możesz sprawdzić, czy ten mail do dystrybutora jest po angielsku poprawny?

"Dear Mr. Kowalczyk, please note our Polish subsidiary's bank details changed. From April, pay all Gdańsk invoices (PLN) to ${v('financial.iban', 'PL20 2490 1014 0000 0712 1981 2874')} at Alior Bank. The old account at PKO BP will be closed on 30 April. Best regards, Pelagia Polska Sp. z o.o."`),

  rec('chat_sw', f`Tafadhali nisaidie kuandika barua pepe kwa English kwa ofisi ya Nairobi. Nimelipia tiketi za ndege za wasimamizi wawili wa kiwanda (Mombasa–Nairobi, tarehe 18 Machi) kwa kadi ya kampuni ${v('financial.payment_card', '4543 9020 4472 9807')}. Jumla ni KES 23,600. Pia chama cha wavuvi cha Shimoni kimetuma akaunti yao ya Equity kwa malipo ya samaki: ${ambCat('financial', '0760298174512')}, SWIFT ${amb('financial.swift_bic', 'EQBLKENA')}.`),

  rec('chat_it', f`Un giocatore contesta un addebito sul conto gioco. Mi aiuti a capire se è un chargeback? Dal ticket:

"Il 9/3 mi avete addebitato 150 € sulla American Express ${v('financial.payment_card', '3779 678860 68498')} per una ricarica che non ho mai fatto. L'altra mia carta, quella che finisce con 5510, non c'entra."

Transazione nel backoffice: RIC-ONL-88201347, esito OK, IP di provenienza non italiano.`),

  rec('ticket', f`Ticket #PH-77120 (Cebu team) — please rewrite as a formal incident note:

Cardholder called, lost her payroll card at Ayala Center. Card ${v('financial.payment_card', '5358 6537 3390 4752')} blocked at 14:12 PHT. She asked if salary can go to her BPI savings ${ambCat('financial', '3189-0462-77')} instead until replacement arrives — told her employer must change it. Replacement card ordered, ETA 7–10 banking days. Contact: ${phone('0917 482 3316', 'PH')}`),

  rec('chat', f`Sample order from the new Izmir buyer, they paid the courier fee with a Troy card over the phone and our terminal won't take it. Card ${v('financial.payment_card', '9792 1409 3039 7465')}, exp 09/27. Is Troy accepted by Adyen at all? If not, what do I tell them?`),

  rec('chat_ja', f`マニラ出張のホテル予約、ホテル側からカード情報の再送を求められています。英語で丁寧な返信を書いてください。

予約者：星野メディカル 田中健一
カード：JCB ${v('financial.payment_card', '3528 5986 6938 4505')}
有効期限：10/27
チェックイン：3月24日、3泊`),
];

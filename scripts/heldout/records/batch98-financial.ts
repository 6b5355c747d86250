/**
 * Held-out batch 98: cards, IBANs and bank details in baggage compensation claims, vet-pharma
 * invoices, microfinance disbursements, grant payments, colo billing and salon deposits. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH98_FINANCIAL: DraftRecord[] = [
  rec('mail_en_gb', f`Subject: Delayed bag compensation — PIR LHRBA48213

Dear Baggage Services,

My suitcase arrived four days late on flight BA0117 and I had to buy essentials (receipts attached, £214.60 in total). Please refund to the card I used for the purchases, a Visa ending in 6159. If you need the full number for the refund form it is ${v('financial.payment_card', '4539 1724 8830 6159')}, expiry 09/27.

Alternatively a bank transfer is fine:
Account name: Priya Chandrasekaran
IBAN: ${v('financial.iban', 'GB17 BARC 2048 1739 5620 48')}

Kind regards,
Priya`),

  rec('chat_es', f`Necesito redactar un correo a un cliente de la distribuidora de medicamentos veterinarios que nos pagó dos veces la misma factura (FV-2025-00871, 1.842,30 €). Hay que devolverle el duplicado a su cuenta ${v('financial.iban', 'ES58 0081 7264 9301 8472 6351')}. Que suene profesional pero cercano, es una clínica de Zaragoza con la que trabajamos hace años.`),

  rec('csv_pt', f`Preciso de ajuda para conciliar os desembolsos de microcrédito desta semana (agência Huambo). Exporto do sistema assim:

${amb('source_code.snippet', f`data;cliente;oficial;valor_kz;iban_destino;estado
03/03/2025;Domingas Kalandula;OF-12;150000;${v('financial.iban', 'PT35 0035 2719 0048 1639 2057 1')};pago
03/03/2025;Avelino Tchipilica;OF-12;85000;PT50 0000 0000 0000 0000 0000 0;rejeitado
04/03/2025;Rosa Ngueve;OF-07;220000;${v('financial.iban', 'PT35003527190048163920571')};pago`)}

A segunda linha foi rejeitada pelo banco, o IBAN parece estar mal. O que está errado nele?`),

  rec('chat_fr', f`Bonjour, le salon de Lyon Part-Dieu a pris un acompte pour un mariage (coiffure + maquillage, 6 personnes) et la cliente nous demande un remboursement partiel. Elle a payé avec sa carte ${v('financial.payment_card', '5372 0411 8936 4725')}. Peux-tu m'écrire un message poli qui explique que l'acompte n'est remboursable qu'à 50 % à moins de 15 jours ?`),

  rec('invoice_de', f`Rechnung Nr. 2025-0412 — Colocation Rechenzentrum Frankfurt-Ost

Kunde: Brenner Logistik GmbH
Leistung: 2× Rack 47HE, Hall A, Reihe 3, inkl. 2× 16A-Stromkreis redundant
Zeitraum: 01.04.2025 – 30.04.2025
Betrag netto: 3.480,00 €
USt. 19 %: 661,20 €
Gesamt: 4.141,20 €

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf:
NordColo Rechenzentren GmbH
IBAN: ${v('financial.iban', 'DE41 3704 0044 0829 1736 55')}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}

Kannst du aus dieser Rechnung eine englische Version machen? Der Kunde hat eine neue Buchhaltung in Dublin.`),

  rec('chat_en_jm', f`Wah gwaan, mi need help. A customer at the Half Way Tree salon say she get charged twice fi har braids appointment. The receipt show card ${v('financial.payment_card', '4916 8023 7716 5406')} charged JMD 18,500 two times on 14 March. How mi write to the card processor fi reverse one a dem?`),

  rec('grant_payment_it', f`Oggetto: Erogazione seconda tranche — Progetto PRIN 2022 "Microbiota e resistenza antimicrobica"

Gentile dott.ssa Bianchi,

le confermiamo che la seconda tranche del finanziamento (€ 48.750,00) sarà accreditata entro il 30 aprile sul conto del Dipartimento:
IBAN ${v('financial.iban', 'IT05 K030 6909 6061 0000 0192 837')}
intestato a Università degli Studi — Dipartimento di Scienze Veterinarie.

Può verificare che il CUP indicato nella causale (B83C22004910006) sia corretto?`),

  rec('chat_nl', f`Hoi, een klant belde of we zijn creditcard konden terugboeken voor de permanente make-up die niet goed ging. Hij las het nummer voor en ik heb het opgeschreven: ${v('financial.payment_card', '2223 0041 8856 2911')}, geldig tot 11/26. Mag ik dat zo in ons ticketsysteem zetten of moet ik het weghalen?`),

  rec('sepa_xml', f`Our vet-pharma distributor's SEPA batch got rejected by the bank with "AC01 incorrect account number" on one transaction. Here's the fragment:

${amb('source_code.snippet', f`<CdtTrfTxInf>
  <PmtId><EndToEndId>VD-20250318-014</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">2315.90</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>${amb('financial.swift_bic', 'RABONL2U')}</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Dierenkliniek De Hoeve BV</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${v('financial.iban', 'NL37INGB0748193625')}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Creditnota CN-2025-0091</Ustrd></RmtInf>
</CdtTrfTxInf>`)}

Wait — the BIC is Rabobank but the IBAN is ING. Is that why?`),

  rec('chat_pl', f`Dzień dobry, klient z Krakowa wynajmuje u nas szafę rack i chce płacić przelewem zamiast kartą. Proszę o wzór maila z danymi do przelewu: ${v('financial.iban', 'PL39 2490 2010 8200 0048 2736 1950')}, tytuł: "Kolokacja R-0419, kwiecień 2025". Dodatkowo poproś o potwierdzenie NIP firmy.`),

  rec('chat_ro', f`Salut! Am nevoie de un mesaj către un beneficiar de microcredit din Vaslui. Rata de 620 lei a fost plătită în contul greșit, trebuie returnată în ${v('financial.iban', 'RO27 RNCB 0082 1473 9561 0001')}, apoi plătită din nou în contul nostru de colectare. Să fie simplu, clientul nu e obișnuit cu termeni bancari.`),

  rec('chat_en_au', f`G'day, quick one. Supplier for our salon (hair colour, developer, foils) wants us to pay by card over the phone. Card is ${v('financial.payment_card', '3782 910564 83174')} (company Amex). Is it OK to read it out or should I ask them for a payment link instead? Want to be across the PCI side of things.`),

  rec('chat_tr', f`Merhaba, İstanbul Havalimanı'nda kayıp bagaj masasında çalışıyorum. Yolcuya gecikme tazminatı olarak 3.200 TL ödenecek. Yolcunun verdiği IBAN: ${v('financial.iban', 'TR86 0001 2009 4827 1635 0091 82')}. Yolcuya ödeme talimatının verildiğini bildiren kısa bir e-posta yazar mısın?`),

  rec('chat_sv', f`Hej, forskningsbidrag från Vetenskapsrådet ska betalas vidare till en samarbetspartner i Uppsala. Mottagarens konto: ${v('financial.iban', 'SE31 8000 0832 7900 3827 4619')}. Kan du skriva en kort följebrev som förklarar att det är partnerandelen för 2025 (412 000 kr)?`),

  rec('chat_ar_sa', f`مرحبا، أنا أعمل في قسم الحسابات لدى موزع أدوية بيطرية في الرياض. عميل (مستشفى بيطري) طلب استرداد مبلغ 4,250 ريال لشحنة لقاحات تالفة. رقم الآيبان الذي أرسله: ${v('financial.iban', 'SA78 4500 0000 2918 3746 1925')}. ساعدني في كتابة رسالة تأكيد الاسترداد.`),

  rec('chat_en_in', f`Hello, please help me draft a reply. A customer of our microfinance branch in Bhubaneswar deposited EMI of ₹3,450 through debit card ${v('financial.payment_card', '6011 2748 3920 6187')} at the branch POS but the amount has not reflected. Mention that reversal takes 5–7 working days and give our helpline ${phone('1800 425 8812', 'IN')}.`),

  rec('chat_ja', f`ホテル代と食事代を建て替えたので、研究助成金から精算したいです。支払ったカードは ${v('financial.payment_card', '3530 1827 4659 3028')} です。経理への申請メールを書いてください。学会は3月12日〜14日、ウィーン開催です。`),

  rec('chat_es_uy', f`Buenas, ¿me ayudás a armar un mensaje para una clienta del salón de Pocitos? Pagó la seña con tarjeta (${v('financial.payment_card', '5158 9302 4718 3624')}) pero el turno se canceló por corte de luz. Le vamos a devolver los $ 2.400, demora hasta 10 días hábiles según el banco.`),

  rec('ach_en', f`Paying a US subcontractor for the NIH sub-award (grant R01-AI183742). They sent these wire details, can you check nothing looks off before I submit to finance?

Beneficiary: Cedar Ridge Veterinary Research LLC
Bank: First Plains Bank, Omaha NE
Routing (ABA): ${v('financial.aba_routing', '104000029')}
Account: ${ambCat('financial', '8391027465')}
Amount: USD 37,500.00
Reference: SUB-R01AI183742-Y2`),

  rec('chat_hu', f`Szia! A budapesti szalonunk bérleti díját a tulajdonos új számlára kéri: ${v('financial.iban', 'HU03 1040 0038 1927 3648 0000 0000')}. Írnál egy e-mailt, amiben visszaigazolom, és kérem, hogy a számlán is ez szerepeljen?`),

  rec('chat_uk', f`Доброго дня! Клієнт мікрофінансової компанії з Житомира хоче достроково погасити кредит. Він просить реквізити, а ми хочемо повернути переплату 1 250 грн на його рахунок ${v('financial.iban', 'UA60 3052 9900 0002 6208 1928 3746 1')}. Допоможіть скласти лист українською.`),
];

/**
 * Held-out batch 51: IBANs, cards and routing numbers from yacht-charter payments, brewery and
 * offshore-contractor invoices, nursing-agency payroll and a public defender's restitution order.
 * Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH51_FINANCIAL: DraftRecord[] = [
  rec('email', f`Can you rewrite this so it's obvious the APA is separate from the charter fee? Clients keep mixing them up.

---
Dear Mr Whitcombe,

Thank you for the signed MYBA contract for M/Y Kalliste (Athens – Cyclades, 14–21 July). Please transfer the Advance Provisioning Allowance (30% of the charter fee, EUR 63,000) to the captain's APA account:

Beneficiary: Kalliste Yachting IKE
IBAN: ${v('financial.iban', 'GR53 0174 0565 1358 0419 5427 024')}
BIC: ${amb('financial.swift_bic', 'PIRBGRAA')}
Reference: KAL-0714-APA

Any unspent APA is refunded at disembarkation against receipts.`),

  rec('email_tr', f`Bunu Almancaya çevirir misin lütfen, müşteri Münih'ten:

Sayın Bay Hartmann,
Fethiye – Göcek gulet kiralamanız için %50 ön ödeme (12.500 EUR) aşağıdaki hesaba yapılmalıdır:
Alıcı: Likya Mavi Yolculuk Turizm Ltd. Şti.
IBAN: ${v('financial.iban', 'TR69 0006 7024 8939 6815 6415 60')}
SWIFT: ${amb('financial.swift_bic', 'YAPITRISXXX')}
Açıklama: GLT-2025-0611
Kalan tutar biniş tarihinden 30 gün önce ödenmelidir.`),

  rec('chat_ar', f`اكتب لي رسالة بريد إلكتروني مهذبة باللغة العربية إلى العميل السيد خالد المنصوري، نؤكد فيها استلام الدفعة الأولى لرحلة اليخت في جزر المالديف بقيمة 185,000 درهم من حسابه رقم ${v('financial.iban', 'AE56 2602 9380 0479 0606 772')}، ونذكّره بأن الدفعة الثانية مستحقة قبل 15 أبريل.`),

  rec('invoice_it', f`Puoi tradurre in inglese questa fattura per il cliente di Ginevra?

FATTURA N. 2025/041 del 03/03/2025
Oggetto: provvigione di intermediazione – charter M/Y "Serenella", 2–9 agosto 2025, Costa Smeralda
Imponibile: € 18.750,00 – IVA 22%: € 4.125,00 – Totale: € 22.875,00
Pagamento: bonifico entro 15 giorni
IBAN ${v('financial.iban', 'IT54X0200847824000015809377')} – UniCredit, filiale di Viareggio`),

  rec('chat', f`Client wants to put the security deposit on his Amex instead of wiring it. He read it to me over the phone: ${v('financial.payment_card', '3768 145242 42393')}, exp 11/27, CID ${ambCat('financial', '4417')}. Can you draft a one-page card authorisation form he can sign so we're covered if there's damage?`, 'the Amex CID (security code): sensitive, but no rule claims it'),

  rec('chat_zh', f`客户王先生想用银联卡支付三亚游艇包船的定金，卡号 ${v('financial.payment_card', '6256 4313 7578 1304')}，有效期 09/28。我们公司只能接受电汇。请帮我写一封礼貌的中文邮件，说明原因并附上我们的收款方式。`),

  rec('invoice_cs', f`Zkontroluj prosím, jestli faktura obsahuje všechny náležitosti podle zákona o DPH:

FAKTURA – DAŇOVÝ DOKLAD č. 2025-0188
Dodavatel: Pivovar Krahulík s.r.o., IČO 08417263, DIČ CZ08417263
Odběratel: Nápojový velkoobchod Hájek, Tábor
Předmět: 40× KEG 30 l Krahulík 12° ležák, vratné obaly 40× 1 500 Kč
Celkem k úhradě: 112 800 Kč
Bankovní spojení: ${ambCat('financial', '1882723758/0300')}
IBAN: ${v('financial.iban', 'CZ95 0300 0000 0018 8272 3758')}
Variabilní symbol: 20250188`, 'Czech domestic account number next to the IBAN: ambiguous, no rule'),

  rec('chat_da', f`Hej, kan du skrive en venlig mail til vores humleleverandør om, at betalingen for faktura 7731 er forsinket en uge? Deres bankoplysninger er reg.nr. 5301, kontonr. ${ambCat('financial', '2767801491')}, IBAN ${v('financial.iban', 'DK19 5301 2767 8014 91')}. Beløbet er 38.420 kr., og vi betaler senest fredag d. 21.`),

  rec('chat_hu', f`Kérlek, írj egy rövid, hivatalos e-mailt a könyvelőnek: az új sörfőző, Tóth Bence fizetését március 1-jétől erre a számlára kell utalni: ${v('financial.iban', 'HU36 1040 8362 6530 7495 5538 3436')}. A munkaszerződés másolatát csatolom.`),

  rec('email_pl', f`Przetłumacz proszę na angielski, to dla spółki matki w Dublinie:

Dzień dobry,
w nawiązaniu do zamówienia nr ZK/2025/044 na 300 kegów stalowych 20 l prosimy o przelew zaliczki 30% (41 400,00 zł) na rachunek ${v('financial.iban', 'PL65114056934824659259614906')}. Płatność w mechanizmie podzielonej płatności. Termin realizacji: 6 tygodni od zaksięgowania wpłaty.
Z poważaniem,
Dział Sprzedaży`),

  rec('invoice_nl', f`Klopt de verleggingstekst op deze factuur? Het is voor werk op een Deens windpark.

FACTUUR 2025-117
Hoogwerk Touwtechniek B.V. – KvK 84172039
Werkzaamheden: bladinspectie en leading-edge reparatie, 12 turbines, week 14–16
Bedrag excl. btw: € 46.800,00
Btw verlegd (art. 196 Richtlijn 2006/112/EG)
Gelieve binnen 30 dagen over te maken op ${v('financial.iban', 'NL11 INGB 0520 0270 07')} t.n.v. Hoogwerk Touwtechniek B.V.`),

  rec('chat_et', f`Palun tõlgi inglise keelde: „Arve nr 47 – turbiinilabade hooldustööd Saaremaa meretuulepargis, summa 18 640 eurot (käibemaks pöördmaksustatud). Palume tasuda arveldusarvele ${v('financial.iban', 'EE93 7700 3617 3439 6617')} hiljemalt 30. aprilliks, viitenumber 2025047."`),

  rec('tsv_lt', f`Paruošk iš šitos lentelės SEPA mokėjimų failą (pain.001), mokėjimo data – gegužės 5 d.:

${amb('source_code.snippet', f`Darbuotojas\tPareigos\tSąskaita\tDienpinigiai
Jonas Kazlauskas\tTechnikas\t${v('financial.iban', 'LT307044081377200804')}\t1 120,00
Mantas Petrauskas\tTechnikas\t${v('financial.iban', 'LT92 7044 0184 3558 5451')}\t980,00`)}`),

  rec('chat_lv', f`Lūdzu, pārbaudi, vai šis IBAN ir pareizs, pirms sūtu avansu par apkalpes kuģa nomu: ${v('financial.iban', 'LV04 UNLA 0037 6131 3725 1')}. Summa 9 800 EUR, saņēmējs SIA "Baltijas Jūras Serviss". Grāmatvedība saka, ka trūkst viena cipara.`),

  rec('email_ro', f`Poți să scrii asta mai formal, în engleză, pentru departamentul HR al agenției din Leeds?

„Bună ziua, vă rog să-mi schimbați contul pentru salariu începând cu luna aprilie. Noul cont: ${v('financial.iban', 'RO43 RNCB 0873 9075 9707 3366')} (BCR). Vechiul cont de la Revolut îl închid. Mulțumesc, Ioana Popescu, asistentă medicală."`),

  rec('chat_uk', f`Перекладіть, будь ласка, польською для бухгалтерії агентства: «Добрий день! Прошу з травня перераховувати мою зарплату на рахунок ${v('financial.iban', 'UA43 3052 9900 0004 2056 6164 4550 0')} у ПриватБанку. Польський рахунок поки що не закриваю. Дякую, Олена Бондар, опікунка.»`),

  rec('chat', f`Judge ordered $1,250 restitution paid through the court registry, but the victim's lawyer keeps asking our client to wire it directly. They sent: routing ${v('financial.aba_routing', '044182735')}, account ${ambCat('financial', '6620148937')}, "Huron Valley Credit Union". Draft a short reply explaining that payments must go through the registry per the order.`),

  rec('chat', f`Our PI wants to pay the AWS invoice for the cloud burst partition with the lab's purchasing card, Visa ${v('financial.payment_card', '4330301205404986')} exp 06/27. Is that allowed under the university card policy, or does procurement have to raise a PO? Draft a short message to procurement asking.`),

  rec('chat_ur', f`ہر ماہ تنخواہ کا ایک حصہ امی کے اکاؤنٹ میں جانا ہے: ${v('financial.iban', 'PK35 HABB 9791 7074 3733 0228')} (حبیب بینک، لاہور)۔ کیا آپ ایجنسی کے HR کے لیے انگریزی میں ایک درخواست لکھ سکتے ہیں کہ میری تنخواہ دو اکاؤنٹس میں تقسیم کی جائے؟`),

  rec('chat_pt', f`O cliente pediu para pagar o sinal do aluguel da lancha em Angra com o Mastercard ${v('financial.payment_card', '5435 9048 0395 3238')}, validade 04/29, em 3x sem juros. Como registro isso no nosso sistema sem guardar o número inteiro do cartão? Tem alguma regra de PCI que eu precise seguir?`),

  rec('csv', f`${amb('source_code.snippet', f`date,terminal,item,amount,card
2025-03-14 18:02,TAP-01,Pint Hazy IPA,7.50,VISA ****4521
2025-03-14 18:05,TAP-02,Tasting flight x4,14.00,MC ****0715
2025-03-14 18:11,TAP-01,Growler fill 1.9l,18.00,${v('financial.payment_card', '4747 8963 4769 2726')}
2025-03-14 18:14,TAP-02,Pint Dry Stout,6.50,AMEX ****2393`)}

Why did TAP-01 log one full card number in the export? Is that a PCI problem we have to report?`),

  rec('chat_el', f`Ο πελάτης θα πληρώσει την προκαταβολή με Visa ${v('financial.payment_card', '4944 7395 3452 5583')} και το υπόλοιπο με έμβασμα στον λογαριασμό ${v('financial.iban', 'GR79 0172 6224 8278 0499 7015 771')}. Γράψε μου ένα σύντομο email επιβεβαίωσης στα αγγλικά, με τις ημερομηνίες 2–9 Ιουνίου, Σαρωνικός.`),

  rec('email', f`Please tighten this up before I send it to both sides:

Re: Sale of M/Y Aurelian (42 m, 2016) – escrow instructions
The 10% deposit (EUR 1,450,000) is to be paid into escrow with Cabinet Ravel, Monaco:
IBAN ${v('financial.iban', 'MC36 1273 9000 7044 3274 4442 157')}, BIC ${amb('financial.swift_bic', 'CMCIMCM1')}
Funds will be released to the seller on signature of the Protocol of Delivery and Acceptance.`),

  rec('chat_ko', f`학회 등록비를 연구실 카드로 결제하려는데 해외 사이트에서 계속 거절됩니다. 카드번호 ${v('financial.payment_card', '5541-9793-7230-0715')}, 유효기간 02/28입니다. 해외 결제 차단 설정 문제일까요? 카드사에 보낼 문의 메일을 써 주세요.`),
];

/**
 * Held-out batch 96: payment cards, IBANs and bank details from a water utility's billing team, a
 * fertility clinic chain, a sovereign wealth fund's operations desk, a streaming licensing team, an
 * equipment rental company and a student-housing office. Hand-written.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const grp = (s: string, sizes: number[], sep = ' '): string => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
};
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const spaced = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();
const aba = (p8: string): string => p8 + String(abaCheckDigit(p8));

const VISA1 = card('453917620481735');
const MC2 = card('222348019375620');
const AMEX = card('37829461057318'.slice(0, 14));
const JCB = card('353011749208463');
const VISA2 = card('476173920485106');
const MC5 = card('548209173650284');
const ELO = card('650487193026541');
const VISA3 = card('402617395820471');
const DISC = card('601120394857162');

const QA = iban('QA', 'QNBA' + '00000000000' + '0728410395');
const DE1 = iban('DE', '37040044' + '0532013000');
const DE2 = iban('DE', '50010517' + '5407324931');
const AT1 = iban('AT', '20111' + '82963041357');
const FR1 = iban('FR', '30004' + '00842' + '00010739826' + '47');
const CH1 = iban('CH', '00762' + '011623852957');
const NL1 = iban('NL', 'RABO' + '0318462059');
const PL1 = iban('PL', '10902835' + '0000000123419865');
const TR1 = iban('TR', '00062' + '0' + '0000006297184035');
const NO1 = iban('NO', '8601' + '1172947');
const IT1 = iban('IT', 'X' + '05428' + '11101' + '000000123456');
const RO1 = iban('RO', 'BTRL' + '0130' + '1205M41739XX');
const HR1 = iban('HR', '2484008' + '1135280947');
const GE1 = iban('GE', 'TB' + '7391836505100001');
const UA1 = iban('UA', '305299' + '0000026007233566001');
const IQ1 = iban('IQ', 'NBIQ' + '850' + '123456789012');
const IL1 = iban('IL', '010' + '800' + '0000099284715');
const FO1 = iban('FO', '6460' + '0001631634');
const PT1 = iban('PT', '0035' + '0651' + '00038271059' + '24');
const ES1 = iban('ES', '2100' + '0813' + '61' + '0123456789');
const LB1 = iban('LB', '0999' + '0000000100163281049X');

export const BATCH96_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Buenas tardes, le escribo desde La Habana por mi hermana que está en el tratamiento de FIV en la clínica de Cancún. La recepcionista dijo que podía pagar la segunda fase por aquí. Les paso los datos de la tarjeta: ${v('financial.payment_card', grp(VISA1, [4, 4, 4, 4]))}, vence 09/27, a nombre de Yanelis Ortega Ruiz. ¿Me confirman cuando se cobre? Gracias.`),

  rec('email', f`Subject: Settlement instructions — co-investment call #14

Dear colleagues,

Please find below our standing settlement instructions for the capital call due 15 April.

Beneficiary: Al Rayyan Strategic Holdings QPSC
Bank: Qatar National Bank, Doha
SWIFT: ${amb('financial.swift_bic', 'QNBAQAQA')}
IBAN: ${v('financial.iban', spaced(QA))}
Reference: CC14-ARSH-2025

يرجى تأكيد الاستلام قبل نهاية يوم العمل، وأي تغيير في التعليمات سيتم إبلاغكم به عبر مكالمة هاتفية فقط.

Operations Desk`),

  rec('csv', f`Hallo, wir haben den SEPA-Lastschrift-Export aus dem Abrechnungssystem der Stadtwerke, der Bankimport meckert über Zeile 3. Findest du den Fehler?

mandat_id;kontoinhaber;iban;bic;betrag;faellig
SW-M-004812;Brigitte Haslinger;${v('financial.iban', AT1)};${amb('financial.swift_bic', 'BKAUATWW')};48,20;2025-04-02
SW-M-004813;Jonas Pfeiffer;${v('financial.iban', DE1)};${amb('financial.swift_bic', 'COBADEFFXXX')};61,75;2025-04-02
SW-M-004814;Emine Yıldız;${v('financial.iban', DE2)} ;${amb('financial.swift_bic', 'INGDDEFFXXX')};39,90;2025-04-02`),

  rec('email', f`Objet : Règlement MG — catalogue documentaires 2025

Bonjour Mme Keller,

Suite à la signature de l'avenant n°3 (territoires France, Belgique, Suisse), nous procéderons au versement du minimum garanti de 180 000 EUR à la date convenue. Merci de confirmer que les coordonnées suivantes sont toujours valables :

Titulaire : Lumen Docs Distribution SA, Genève
IBAN : ${v('financial.iban', spaced(CH1))}
BIC : ${amb('financial.swift_bic', 'BCGECHGGXXX')}

Pour la part française, le coproducteur nous a transmis : ${v('financial.iban', spaced(FR1))}.

Bien cordialement,
Service Acquisitions & Droits`),

  rec('chat', f`Hey, customer at our Calgary branch wants to put the damage deposit for the 30-tonne excavator on a different card than the rental. He read it to me over the phone: ${v('financial.payment_card', grp(MC2, [4, 4, 4, 4], '-'))} exp 11/26 CVC 418. Can you draft the authorization hold note for the contract? Hold is CAD 7,500, release on return inspection.`),

  rec('email', f`Onderwerp: Terugbetaling borg kamer 3.14 — Campus Noord

Beste Daan,

Je huurcontract is per 31 januari beëindigd en de eindinspectie was in orde. We storten de borg van € 650 terug. Klopt dit rekeningnummer nog?

${v('financial.iban', spaced(NL1))} t.n.v. D. Visser

Met vriendelijke groet,
Huisvestingsbureau`),

  rec('csv', f`Olá, podes ajudar-me a fazer um resumo destas transações do terminal da clínica em Maputo? Quero total por método:

data,hora,método,cartão,valor_MZN,estado
2025-03-03,09:12,visa,**** **** **** 4471,18500.00,aprovado
2025-03-03,10:40,mastercard,5482 **** **** 9013,7200.00,aprovado
2025-03-03,11:05,visa,${v('financial.payment_card', VISA2)},32000.00,recusado
2025-03-03,14:22,m-pesa,-,4500.00,aprovado
2025-03-04,08:55,mastercard,**** 2210,12250.00,aprovado

A linha das 11:05 saiu com o número inteiro, o técnico disse que foi um erro de configuração.`),

  rec('form', f`Vendor payment setup — US licensor (Brightwater Pictures LLC)

Payee legal name: Brightwater Pictures LLC
Bank: First Horizon Bank, Memphis TN
ABA routing: ${v('financial.aba_routing', aba('08400001'))}
Account number: ${ambCat('financial', '4400829176')}
Account type: Checking
Purpose: licence fee instalment 2/4, "Harbor Lights" S1–S3

Please process via ACH, not wire.`),

  rec('chat', f`Hi, patient at our Novena clinic wants to pay the egg-freezing storage fee for 2 years upfront with her AmEx: ${v('financial.payment_card', grp(AMEX, [4, 6, 5]))}, exp 08/28. She asked if we can split it into two charges of SGD 1,800. Can you write a short reply explaining our policy?`),

  rec('email', f`Temat: Faktura FV/2025/03/117 — dzierżawa podnośników

Dzień dobry,

W załączeniu faktura za dzierżawę 4 podnośników nożycowych (marzec). Prosimy o przelew na rachunek:
${v('financial.iban', spaced(PL1))}
Termin płatności: 14 dni.

Pozdrawiam,
Dział rozliczeń`),

  rec('chat', f`Merhaba, dizi lisans ücretinin ikinci taksitini Türk yapımcıya göndereceğiz. Verdikleri IBAN: ${v('financial.iban', spaced(TR1))}. Swift kodu ${amb('financial.swift_bic', 'TCZBTR2A')}. EUR gönderimde hangi bilgileri eklemem gerek?`),

  rec('chat', f`Hei, eg skal betala tilbake depositum til ein student som flytta ut frå hybelen i Bergen. Kontonummeret hennar er ${v('financial.iban', NO1)}. Kan du skriva ein kort e-post på nynorsk om at pengane kjem innan fem vyrkedagar?`),

  rec('email', f`Oggetto: Cauzione noleggio escavatore — restituzione

Gentile sig. Ferraro,

la macchina è rientrata senza danni. Le restituiremo la cauzione di 3.000 € con bonifico sull'IBAN che ci ha indicato: ${v('financial.iban', IT1)}.

Cordiali saluti,
Noleggi Padana`),

  rec('chat', f`Bună, trebuie să returnăm garanția pentru camera din căminul Grozăvești. Studentul a trimis: IBAN ${v('financial.iban', spaced(RO1))}, Banca Transilvania. Poți verifica dacă formatul e corect înainte să fac plata?`),

  rec('chat', f`Pozdrav, vodovod šalje povrat preplate korisniku. IBAN: ${v('financial.iban', HR1)}, iznos 42,18 EUR. Kako da u opisu plaćanja navedem broj ugovora, a da ne prijeđe 140 znakova?`),

  rec('chat', f`გამარჯობა, აღჭურვილობის გაქირავების კომპანიის ბუღალტერია ვარ. კლიენტმა დეპოზიტი გადაიხადა ამ ანგარიშიდან: ${v('financial.iban', GE1)}. დაბრუნება იგივე ანგარიშზე უნდა მოხდეს?`),

  rec('chat', f`Добрий день! Студент з Харкова просить повернути передоплату за гуртожиток на рахунок ${v('financial.iban', spaced(UA1))}. Допоможіть скласти лист-підтвердження українською та англійською.`),

  rec('chat', f`Oi, paciente da clínica de fertilidade em Recife quer parcelar a FIV em 10x no cartão Elo: ${v('financial.payment_card', grp(ELO, [4, 4, 4, 4]))}, validade 03/29. O sistema da maquininha recusou. Pode ser limite ou o cartão não aceita parcelado?`),

  rec('chat', f`مرحبا، شركة تأجير المعدات في أربيل حوّلت لنا دفعة من حساب ${v('financial.iban', IQ1)} لكن المبلغ ناقص. كيف أكتب لهم رسالة رسمية بالعربية لطلب الفرق؟ الفاتورة 4,850,000 دينار.`),

  rec('chat', f`היי, מטופלת במרפאת הפוריות ברמת גן ביקשה החזר על טיפול שבוטל. מספר החשבון שלה: ${v('financial.iban', IL1)}. תנסח לי בבקשה הודעה קצרה שההחזר יבוצע תוך 10 ימי עסקים.`),

  rec('json', f`この決済APIのリクエストで「invalid_card」が返ります。建機レンタルの予約金です。どこがおかしいですか？

${amb('source_code.snippet', f`{
  "amount": 55000,
  "currency": "JPY",
  "source": {
    "type": "card",
    "number": "${v('financial.payment_card', JCB)}",
    "exp_month": 7,
    "exp_year": 2027,
    "cvc": "381",
    "name": "SATO KENJI"
  },
  "metadata": { "reservation": "RSV-OSK-20250412-07", "branch": "osaka-kita" }
}`)}`),

  rec('chat', f`Hey, ein leigari á studentaíbúðini í Tórshavn hevur biðið um at fáa depositum aftur á ${v('financial.iban', FO1)}. Kanst tú skriva eitt stutt svar á føroyskum?`),

  rec('email', f`Assunto: Pagamento de royalties — 1.º trimestre

Caros colegas,

Segue a nota de débito RY-Q1-2025 relativa aos direitos de exibição em Portugal. Pagamento para:
IBAN ${v('financial.iban', spaced(PT1))}
Para a filial espanhola, usar ${v('financial.iban', spaced(ES1))}.

Melhores cumprimentos`),

  rec('chat', f`Hi, we're a student housing office and a parent called from Texas to pay the spring deposit. Card ${v('financial.payment_card', VISA3)}, exp 05/27, billing ZIP 78704. Also gave a backup Discover ${v('financial.payment_card', grp(DISC, [4, 4, 4, 4]))}. Should I note both in the CRM or is that a PCI problem?`),

  rec('chat', f`مرحبا، مكتب العمليات في الصندوق في بيروت يحتاج تحويل رسوم الحفظ إلى ${v('financial.iban', LB1)}. الرقم المصرفي للتواصل ${phone('+961 3 318 274', 'LB')}. هل الصيغة صحيحة؟`),

  rec('chat', f`Yo, a tenant at our equipment yard in Lagos paid the deposit with his Mastercard ${v('financial.payment_card', grp(MC5, [4, 4, 4, 4]))} but the POS printed the slip twice. Write me a note to finance to reverse the duplicate, amount NGN 850,000.`),
];

/**
 * Held-out batch 131: card numbers, IBANs, routing numbers in the six organisations' chats, invoices,
 * exports and forms (drone inspection, pediatric dental, customs broker, opera wardrobe, waste
 * operator, helpline). Hand-written.
 */
import { luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (payload: string): string => payload + luhnCheckDigit(payload);
const group4 = (s: string): string => s.replace(/(\d{4})(?=\d)/g, '$1 ');
const bic = (s: string) => amb('financial.swift_bic', s);

const VISA1 = card('416482930175826');
const MC1 = card('529384017465302');
const VISA2 = card('402718365094731');
const MC2 = card('548291037645182');
const AMEX = card('37920483726154');
const VISA3 = card('450901837264519');
const MC3 = card('535618290473618');
const UNIONPAY = card('621483902745163');
const JCB = card('356849102748391');

export const BATCH131_FINANCIAL: DraftRecord[] = [
  rec('chat_es_mx', f`Hola, una mamá pagó la limpieza dental de su hijo dos veces con la misma tarjeta ${v('financial.payment_card', group4(VISA1))} (vence 04/27). ¿Me ayudas a redactar el mensaje para la terminal bancaria pidiendo el reverso de uno de los cargos de $1,450 MXN?`),

  rec('chat_de', f`Kannst du die Zahlungsaufforderung an den Zollspediteur formulieren? Einfuhrabgaben 18.420,37 € für die Sendung aus Shenzhen, bitte überweisen auf
IBAN ${v('financial.iban', 'DE11 5001 0517 0839 2641 73')}
BIC ${bic('INGDDEFFXXX')}
Verwendungszweck: ATB-2024-77391 / Kestrel`),

  rec('csv', f`Spot the duplicate deposit refunds for the costume hire shop:

${amb('source_code.snippet', f`rental_id,customer,item,deposit_eur,card,refund_status
CR-5518,Teatro Piccolo,Abiti Traviata atto II (x6),900.00,**** **** **** 5826,refunded
CR-5519,Liceo Musicale,Mantelli cori (x20),1200.00,${v('financial.payment_card', MC1)},pending
CR-5520,Compagnia Arlecchino,Maschere + calzamaglie,350.00,${v('financial.payment_card', group4(MC1))},pending
CR-5521,Teatro Piccolo,Parrucche barocche (x4),480.00,**** **** **** 5826,refunded`)}

The unmasked rows came from the old terminal export.`),

  rec('email_it', f`Gentile cliente,

per il noleggio dei costumi della produzione "Il barbiere di Siviglia" (12 abiti d'epoca, 3 parrucche) la preghiamo di versare la cauzione di € 2.400,00 sul conto:
IBAN: ${v('financial.iban', 'IT05 K030 6909 4811 0000 0472 918')}
intestato a Fondazione Opera Aurelia – Sartoria
Causale: NOL-2025-014

Cordiali saluti,
Ufficio costumi`),

  rec('chat_fr', f`Le transitaire nous demande de rembourser les droits de douane avancés. Leur RIB : ${v('financial.iban', 'FR76 1027 8071 9405 2836 9174 640')} — BIC ${bic('CMCIFR2A')}. Peux-tu vérifier que le format est bon avant que je lance le virement de 7 912,50 € ?`),

  rec('chat_nl', f`De gemeente betaalt de subsidie voor de glasbakken uit op ons rekeningnummer ${v('financial.iban', 'NL89RABO0318274659')}. Kun je een korte bevestigingsmail schrijven met het bedrag (€ 64.300) en het kenmerk AFV-2024-118?`),

  rec('invoice_pt', f`FATURA N.º FT 2024/3381
Pylonix Aerial Portugal, Lda · NIF 516 482 930
Inspeção termográfica – linha 150 kV Sines–Ferreira do Alentejo (42 km)
Total: 11 808,00 € (IVA incluído)

Pagamento por transferência para:
${v('financial.iban', 'PT98 0035 0697 0006 3918 4726 3')}
Prazo: 30 dias

Podes traduzir isto para inglês para o cliente espanhol?`),

  rec('chat_en_gb', f`A parent rang the clinic and read out her card number for the orthodontic deposit over the phone: ${v('financial.payment_card', group4(VISA2))}, expiry 11/26, CVV 913. The receptionist wrote it on a sticky note. What should we do with the note and how do we take the payment properly?`),

  rec('email_pl', f`Dzień dobry,

w nawiązaniu do odprawy celnej kontenera MSKU 7391826 prosimy o przelew należności celnych i VAT (38 640,00 PLN) na rachunek agencji:
${v('financial.iban', 'PL02 1050 1445 1000 2291 8374 6501')}
SWIFT: ${bic('INGBPLPW')}

Z poważaniem
Dział odpraw, Kestrel Customs Polska`),

  rec('chat_en', f`Donor emailed to say her monthly gift to the helpline failed. She included the card: ${v('financial.payment_card', MC2)} and asked us to "just try again". How should the volunteer team reply without keeping the number?`),

  rec('chat_sv', f`Kan du översätta det här till engelska? "Fakturan för tömning av bottentömmande behållare, kvartal 4, betalas till IBAN ${v('financial.iban', 'SE03 8000 0819 2750 3641 8273')}, BIC ${bic('SWEDSESS')}. OCR-nummer 7391826405."`),

  rec('form_en_us', f`ACH enrollment – Pylonix Aerial LLC (subcontractor payments)
Pilot: Jordan Keller
Bank: First Prairie Credit Union
Routing number: ${v('financial.aba_routing', '264077167')}
Account number: ${ambCat('financial', '4820193756')}
Account type: checking

Check this form for anything missing before I send it to payroll.`),

  rec('chat_da', f`Hej, operahusets kostumeafdeling skal betale en stoffleverandør i København. Deres IBAN er ${v('financial.iban', 'DK07 3000 1937 4826 15')}. Er det normalt, at et dansk IBAN kun har 18 tegn?`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-03T09:41:18Z ERROR payment-svc declined reason=insufficient_funds amount=189.00 currency=GBP
  card=${v('financial.payment_card', AMEX)} exp=0928 clinic=LM-Leeds-02 patient_ref=P-448102
  at PaymentClient.charge(PaymentClient.kt:88)`)}

Why is our logger printing the full Amex number? It's the kids' clinic booking service.`),

  rec('chat_zh_tw', f`你好，歌劇院服裝部向台北的布料商訂了絲絨，對方要求用信用卡付款：卡號 ${v('financial.payment_card', group4(UNIONPAY))}，有效期限 09/27。我可以直接在 LINE 上傳給他們嗎？請幫我寫一封禮貌的英文郵件問有沒有更安全的方式。`),

  rec('chat_tr', f`Merhaba, gümrük müşavirliği faturasını ödeyeceğim. IBAN: ${v('financial.iban', 'TR07 0006 2000 1837 0000 6298 37')}, tutar 84.250 TL. Açıklama kısmına ne yazmalıyım? Beyanname no: 24341300IM000912.`),

  rec('chat_ar_ae', f`السلام عليكم، شركة التخليص الجمركي في دبي طلبت تحويل رسوم الجمارك إلى الحساب ${v('financial.iban', 'AE60 0260 0010 1837 2946 581')}، سويفت ${bic('EBILAEAD')}. ممكن تكتب لي رسالة تأكيد بالإنجليزي للمورد؟`),

  rec('chat_de_ch', f`Hoi zäme, d'Gmeind zahlt d'Entsorgungsgebühre für d'Grüngutsammlig uf das Konto: ${v('financial.iban', 'CH81 0078 5419 2736 0481 0')}. Chasch mer e chlii Bestätigungsmail uf Hochdütsch schriibe?`),

  rec('chat_ja', f`歯科クリニックの受付で、保護者の方がカード番号 ${v('financial.payment_card', JCB)} をメールで送ってきました。このメールはどう処理すればいいですか？返信の文面も考えてください。`),

  rec('spreadsheet', f`Volunteer expense reimbursements (Nov) – please total by person:

${amb('source_code.snippet', f`name\tiban\tamount\tnote
Aoife Brennan\t${v('financial.iban', 'IE25AIBK93118226491837')}\t42.80\ttrain to Galway training day
Mateusz Król\t${v('financial.iban', 'PL02105014451000229183746501')}\t18.50\tparking
Aoife Brennan\t${v('financial.iban', 'IE25AIBK93118226491837')}\t12.00\tprinting`)}`),

  rec('chat_fil', f`Hi po, yung fuel card ng garbage truck namin may charge na hindi namin kilala. Yung company Visa ng driver ay ${v('financial.payment_card', VISA3)} at yung fuel card number ay 7077 1830 2291 4402. Alin dito ang dapat i-report sa bangko?`, 'the fuel-card number (7077 …) is outside card-issuer ranges and fails Luhn: left unlabelled'),

  rec('chat_no', f`Hei, kan du sjekke om dette kontonummeret ser riktig ut før jeg betaler droneoperatøren for befaringen av kraftlinjen? IBAN ${v('financial.iban', 'NO23 1503 8294 716')}. Beløp 148 500 kr.`),

  rec('chat_ko', f`안녕하세요, 소아치과 원장님이 장비 대금 결제용 법인카드 번호를 카톡으로 보내셨어요: ${v('financial.payment_card', group4(MC3))}. 이렇게 공유해도 괜찮은지, 앞으로 어떻게 하면 좋을지 알려주세요. 문의는 ${phone('010-3829-4716', 'KR')}로 주셔도 돼요.`),
];

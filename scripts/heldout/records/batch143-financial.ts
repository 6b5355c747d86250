/**
 * Held-out batch 143: card numbers, IBANs, routing numbers and BICs at a luxury-car dealership's
 * F&I desk, a donor agency's compensation payouts, a broadcaster's freelance fees, a cocoa and coffee
 * trader's warehouse and a social-housing office's deposits. Hand-written; values computed.
 */
import { abaWithCheck as aba, groupedAs as groups, ibanWithCheck as iban, luhnCheckDigit, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { DIGITS, fill } from '../tokens';

const card = (seed: string, prefix: string, len: number): string => {
  const body = prefix + fill(seed, DIGITS, len - prefix.length - 1);
  return body + String(luhnCheckDigit(body));
};

const CH = iban('CH', '00762011623852957');
const VISA_IT = card('b143f-visait', '4539', 16);
const FR_COCOA = iban('FR', '30004008280001234917' + '582');
const BR = iban('BR', '00360305' + '02741' + '0093817264' + 'C1');
const MC_BR = card('b143f-mcbr', '5502', 16);
const AMEX_US = card('b143f-amex', '3782', 15);
const ROUTING = aba('12100035');
const AE = iban('AE', '033' + '1028374650192837');
const TR = iban('TR', '00062' + '0' + '1298374650918273');
const GR = iban('GR', '0110125' + '0000000812937465');
const NL = iban('NL', 'RABO' + '0318274659');
const PL = iban('PL', '10201026' + '0000190203847561');
const JCB = card('b143f-jcb', '3589', 16);
const UNIONPAY19 = card('b143f-cup', '6217', 19);
const ES = iban('ES', '2100' + '0418' + '45' + '0200519284');
const DK = iban('DK', '5301' + '0000284915');
const UA = iban('UA', '305299' + '0000026208736159402');
const RO = iban('RO', 'BTRL' + '0130120394857601');
const MC_GB = card('b143f-mcgb', '5412', 16);
const VISA_KR1 = card('b143f-visakr1', '4162', 16);
const VISA_KR2 = card('b143f-visakr2', '4718', 16);
const SE = iban('SE', '5000' + '0000058271649302');
const DINERS = card('b143f-diners', '3056', 14);
const FR2 = iban('FR', '10107001180023519637' + '466');
const HU = iban('HU', '117730' + '16' + '1111101804829371');
const GE = iban('GE', 'TB' + '7019283746501928');
const VISA13 = card('b143f-visa13', '4916', 13);
const DE = iban('DE', '37040044' + '0532013000');
const MC2 = card('b143f-mc2', '2221', 16);

export const BATCH143_FINANCIAL: DraftRecord[] = [
  rec('email_de_ch', f`Grüezi Herr Caduff

Für die Anzahlung von CHF 25'000.– an den Bentley Continental GT bitten wir Sie um Überweisung auf folgendes Konto:
Castellan Automobile AG, Zürich
IBAN ${v('financial.iban', g4(CH))}
BIC ${amb('financial.swift_bic', 'UBSWCHZH80A')}
Zahlungszweck: Kaufvertrag KV-2025-0311

Freundliche Grüsse
F&I-Desk

→ Kannst du das bitte etwas herzlicher formulieren?`),

  rec('chat_it', f`Il cliente vuole lasciare la caparra per la Ferrari Roma con la carta: Visa ${v('financial.payment_card', groups(VISA_IT, [4, 4, 4, 4]))}, scadenza 07/28, intestata a Edoardo Sassi. Mi scrivi una ricevuta di acconto da 10.000 € da fargli firmare?`),

  rec('email_fr_ci', f`Bonjour Madame Kouassi,

Suite à l'émission du récépissé d'entrepôt n° RE-SP-2025-0412 (cacao fèves, 412 t, magasin San-Pédro 3), merci de régler les frais de magasinage sur notre compte en France :
Titulaire : Sable & Crane Commodities SAS
IBAN : ${v('financial.iban', g4(FR_COCOA))}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}

Cordialement,
Service récépissés

Corrige l'orthographe et rends le ton plus formel stp.`),

  rec('chat_pt_br', f`Preciso montar o resumo da proposta de financiamento do Porsche 911 pro cliente. A entrada vai ser parte no cartão Mastercard ${v('financial.payment_card', groups(MC_BR, [4, 4, 4, 4]))} (R$ 30.000 em 10x) e o restante por TED para a conta ${v('financial.iban', BR)}. Pode deixar bonito em tópicos?`),

  rec('credit_app_en_us', f`Clean this up into a deal jacket summary for the F&I manager:

Buyer: Marcus Delgado — 2025 Range Rover SV, cash price $214,900
Deposit: Amex ${v('financial.payment_card', groups(AMEX_US, [4, 6, 5]))} exp 03/27 — $5,000 authorized
Remaining down payment by ACH: routing ${v('financial.aba_routing', ROUTING)}, checking acct ${ambCat('financial', '4820193756')}
Lender: Castellan Financial Services, 60 mo @ 6.49%
Products: GAP, tire & wheel, ceramic coat (declined)`, 'a US checking account number beside its routing number: sensitive, no rule claims it'),

  rec('chat_ar', f`أرجو صياغة رسالة تأكيد لمورد البن في إثيوبيا: تم تحويل دفعة بقيمة 184,500 دولار من حسابنا
رقم الآيبان: ${v('financial.iban', g4(AE))}
رمز السويفت: ${amb('financial.swift_bic', 'EBILAEADXXX')}
مقابل إيصال المستودع رقم WR-JA-2025-0077.`),

  rec('chat_tr', f`Müşteri Mercedes-AMG G 63 için kaporayı havale ile gönderecek. Bizim hesap bilgilerini resmi bir e-postaya dönüştürür müsün?
Alıcı: Castellan Otomotiv A.Ş.
IBAN: ${v('financial.iban', g4(TR))}
Açıklama: Sipariş 2025/118 kapora`),

  rec('chat_el', f`Γράψε μου ένα σύντομο email προς τον λογιστήριο: ο εξωτερικός συνεργάτης της έρευνας για τα λιμάνια (Νίκος Παππάς) πρέπει να πληρωθεί 1.800 € για την εργασία πεδίου. Ο λογαριασμός του: ${v('financial.iban', g4(GR))}. Τιμολόγιο 27/2025.`),

  rec('letter_nl', f`Kun je deze brief wat vriendelijker maken?

Beste mevrouw El Idrissi,
U heeft de woning aan de Lindelaan 14 geaccepteerd. De waarborgsom van € 1.150,00 kunt u overmaken naar ${v('financial.iban', g4(NL))} t.n.v. Gemeente Woonzaken, o.v.v. contractnummer HZ-2025-0087. Na betaling ontvangt u de sleutels.`),

  rec('chat_pl', f`Dawczyni K-0417 prosi o przelew zwrotu kosztów podróży (320 zł). Podała numer konta ${v('financial.iban', g4(PL))} — czy w przelewie krajowym mogę pominąć PL na początku? Napisz też krótką odpowiedź z podziękowaniem.`),

  rec('chat_ja', f`お客様の手付金の決済がエラーになりました。カード番号 ${v('financial.payment_card', groups(JCB, [4, 4, 4, 4]))}（JCB、有効期限 11/27）で 500,000円。カード会社への問い合わせ文を丁寧な日本語で作ってください。`),

  rec('chat_zh', f`客户在上海展厅用银联卡 ${v('financial.payment_card', UNIONPAY19)} 付了定金，现在要退款，但系统提示卡号长度不对（19位）。帮我写一段给财务的说明。`),

  rec('email_es', f`Hola Lucía,

Te confirmo que la fianza de la vivienda adjudicada (C/ Arganda 22, 3ºB) es de 690 €. Puedes pagarla por transferencia a la cuenta municipal ${v('financial.iban', g4(ES))} indicando el expediente VPO-2025-1193.

Un saludo,
Oficina de Adjudicación de Vivienda

¿Me lo pasas a un tono más cercano?`),

  rec('chat_da', f`Hej, kan du lave en kort besked til donor D-3318 om at kompensationen for de seneste tre donationer (1.500 kr.) er overført til kontoen ${v('financial.iban', g4(DK))}? Den skal være venlig men neutral.`),

  rec('chat_uk', f`Підготуй, будь ласка, лист до бухгалтерії: фіксеру в Одесі треба оплатити 600 євро за логістику зйомок. Його рахунок: ${v('financial.iban', g4(UA))}, отримувач ФОП Ткаченко Андрій. Призначення: "послуги з організації інтерв'ю, березень".`),

  rec('chat_ro', f`Te rog fă-mi un rezumat pentru contabilitate: furnizorul de combustibil pentru elicoptere de la baza din Bacău cere plata facturii 2025-0188 (41.200 lei) în contul ${v('financial.iban', g4(RO))}. Scadența e vineri.`),

  rec('chat_en_gb', f`Can you help me write a message to the card issuer? Our helibase ops card got declined at the fuel depot in Inverness. Mastercard ${v('financial.payment_card', MC_GB)}, expiry 09/26, CVC 418. The depot number is ${phone('01463 718294', 'GB')}.`),

  rec('csv_ko', f`이번 달 전시장 결제 내역이에요. 카드번호 마스킹이 안 된 줄만 찾아서 알려주세요.

${amb('source_code.snippet', f`결제일,고객명,차종,금액(원),카드번호
2025-03-02,김도윤,BMW M8,5000000,**** **** **** 4417
2025-03-04,이서연,Porsche Taycan,3000000,${v('financial.payment_card', VISA_KR1)}
2025-03-07,박지호,Maserati MC20,2000000,${v('financial.payment_card', groups(VISA_KR2, [4, 4, 4, 4]))}
2025-03-09,최유나,Lexus LC,1000000,**** **** **** 9051`)}`),

  rec('chat_sv', f`Hjälp mig att skriva ett sms till en donator: ersättningen för studien har betalats ut till ${v('financial.iban', g4(SE))} och bör synas inom två bankdagar. Max 160 tecken.`),

  rec('csv_fr', f`Rapprochement des paiements de frais de stockage (entrepôt Le Havre, café vert) :

${amb('source_code.snippet', f`date;client;montant;moyen;référence
03/03/2025;Torréfaction Dumas;4 820,00;virement ${v('financial.iban', FR2)};RC-LH-0301
05/03/2025;Café Maïa SARL;1 140,00;carte Diners ${v('financial.payment_card', groups(DINERS, [4, 6, 4]))};RC-LH-0309
06/03/2025;Kahve Dünyası;2 300,00;virement BIC ${amb('financial.swift_bic', 'TGBATRISXXX')};RC-LH-0311`)}

Quelles lignes ne sont pas rapprochées ?`),

  rec('chat_hu', f`Kérlek fogalmazz egy hivatalos levelet: az ügyfél a Lamborghini Urus foglalóját (3 000 000 Ft) a következő számlára utalja: ${v('financial.iban', g4(HU))}, közlemény: CB-2025-044.`),

  rec('chat_ka', f`დამეხმარე წერილის დაწერაში: ბინის ქირის სუბსიდია გადაირიცხება მიმღების ანგარიშზე ${v('financial.iban', g4(GE))}. მიმღები: ნინო ბერიძე, განცხადება № 2025/318.`),

  rec('chat_de', f`Kurze Frage zur Finanzierung: Kunde will die Servicepauschale mit seiner alten Visa ${v('financial.payment_card', VISA13)} zahlen (13-stellig, noch gültig bis 2026) und den Rest per Lastschrift von ${v('financial.iban', g4(DE))}. Geht das bei 13-stelligen Karten im Terminal überhaupt noch? Und die Firmenkarte als Backup: ${v('financial.payment_card', groups(MC2, [4, 4, 4, 4]))}.`),
];

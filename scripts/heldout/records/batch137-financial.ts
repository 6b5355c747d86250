/**
 * Held-out batch 137: card numbers, IBANs, routing numbers and SWIFT codes from a private bank's
 * wealth desk, a ferry ticket office, a parking permit office, a zoo shop and a home-care agency.
 * Hand-written; every value computed with the checksum helpers.
 */
import { abaWithCheck as aba, groupedAs, ibanWithCheck as iban, luhnCheckDigit, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { DIGITS, fill } from '../tokens';

const card = (prefix: string, len: number, seed: string): string => {
  const p = prefix + fill(seed, DIGITS, len - prefix.length - 1);
  return p + String(luhnCheckDigit(p));
};
const grp = (s: string, ...sizes: number[]): string => groupedAs(s, sizes);
const iv = (s: string) => v('financial.iban', s);
const pan = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

const IBAN_CH = iban('CH', '08390' + fill('b137-ibch', DIGITS, 12));
const IBAN_MC = iban('MC', '1273900070' + fill('b137-ibmc', DIGITS, 11) + '53');
const IBAN_AE = iban('AE', '033' + fill('b137-ibae', DIGITS, 16));
const IBAN_IL = iban('IL', '012800' + fill('b137-ibil', DIGITS, 13));
const IBAN_ES = iban('ES', '2100' + '0418' + '45' + fill('b137-ibes', DIGITS, 10));
const IBAN_IT = iban('IT', 'X' + '03069' + '09606' + fill('b137-ibit', DIGITS, 12));
const IBAN_NL = iban('NL', 'RABO' + fill('b137-ibnl', DIGITS, 10));
const IBAN_NO = iban('NO', '1503' + fill('b137-ibno', DIGITS, 7));
const IBAN_NO2 = iban('NO', '9710' + fill('b137-ibno2', DIGITS, 7));
const IBAN_PT = iban('PT', '0035' + '0651' + fill('b137-ibpt', DIGITS, 13));
const IBAN_PL = iban('PL', '10901014' + fill('b137-ibpl', DIGITS, 16));
const IBAN_TR = iban('TR', '00062' + '0' + fill('b137-ibtr', DIGITS, 16));
const IBAN_GR = iban('GR', '0110125' + fill('b137-ibgr', DIGITS, 16));
const IBAN_GE = iban('GE', 'TB' + fill('b137-ibge', DIGITS, 16));
const IBAN_DE = iban('DE', '70050000' + fill('b137-ibde', DIGITS, 10));
const IBAN_LU = iban('LU', '019' + fill('b137-iblu', DIGITS, 13));
const IBAN_GB = iban('GB', 'NWBK' + '601613' + fill('b137-ibgb', DIGITS, 8));

const VISA_INF = card('4', 16, 'b137-visainf');
const MIR = card('2202', 16, 'b137-mir');
const UNIONPAY = card('62', 19, 'b137-cup');
const JCB = card('3566', 16, 'b137-jcb');
const VISA_PARK = card('4', 16, 'b137-visapark');
const AMEX = card('37', 15, 'b137-amex');
const MC2 = card('2293', 16, 'b137-mc2');
const RUPAY = card('6522', 16, 'b137-rupay');
const MC_FERRY = card('51', 16, 'b137-mcferry');
const VISA13 = card('4', 13, 'b137-visa13');
const ABA = aba('02100' + fill('b137-aba', DIGITS, 3));

export const BATCH137_FINANCIAL: DraftRecord[] = [
  rec('email_gsw', f`Grüezi Herr Caflisch

Wie besprochen bitte ich Sie, CHF 250'000.– zu Lasten unseres Kontos auf folgendes Konto zu überweisen:
Begünstigter: Stiftung Bergmatt, Chur
IBAN: ${iv(g4(IBAN_CH))}
BIC: ${bic('GRKBCH2270A')}
Valuta: 16.12.

Freundliche Grüsse
Anna-Lea Tschudi

(Chasch mir das in es formells Auftragsformular umschriebe?)`),

  rec('chat_fr_mc', f`Pour le family office de Mme Orsini, il faut préparer l'ordre de virement trimestriel vers leur compte à Monaco : ${iv(g4(IBAN_MC))}, BIC ${bic('CMMCMCM1XXX')}, montant 1 200 000 EUR. Rédige-moi une lettre d'instruction standard, en français, à faire signer par les deux co-titulaires.`),

  rec('email_ar', f`السيد خالد المحترم،

نرجو تحويل مبلغ ٣٥٠٬٠٠٠ درهم إماراتي إلى الحساب التالي الخاص بالمكتب العائلي:
رقم الآيبان: ${iv(IBAN_AE)}
اسم المستفيد: شركة الراشد للاستثمار العائلي

مع التحية،
مكتب إدارة الثروات

ترجم هذا البريد إلى الإنجليزية من فضلك.`),

  rec('chat_he', f`תנסח לי בבקשה מייל ללקוחה, גב' לוינסון, שההעברה מהחשבון שלה ${iv(g4(IBAN_IL))} לקרן הנאמנות בוצעה היום, ושהאישור יישלח בדואר. טון אישי אבל מקצועי.`),

  rec('chat_ru', f`Клиент (семейный офис Воронцовых) просит заблокировать карту Visa Infinite ${pan(grp(VISA_INF, 4, 4, 4, 4))} — потерял в аэропорту Дубая. И ещё у супруги карта «Мир» ${pan(grp(MIR, 4, 4, 4, 4))}, её тоже на всякий случай. Составь, пожалуйста, заявку в процессинг на английском.`),

  rec('chat_zh_cn', f`客户王先生说他的银联卡 ${pan(UNIONPAY)} 在我们的财富管理中心刷卡支付年费失败了，帮我写一段中文回复，说明我们会人工处理，并请他不要再通过微信发卡号。`),

  rec('chat_ja', f`フェリーの予約センターです。お客様から電話で「JCBカード ${pan(grp(JCB, 4, 4, 4, 4))}、有効期限 08/28 で決済したのに予約確認メールが来ない」と問い合わせがありました。お詫びと確認中である旨のメール文面を作ってください。`),

  rec('transcript_en_us', f`Call transcript – Parking Permit Line – 11/18 10:42
Agent: Can I have the card number for the residential permit renewal?
Caller: Sure, it's ${pan(grp(VISA_PARK, 4, 4, 4, 4))}, expires oh-nine twenty-seven, security code 418.
Agent: And the billing ZIP?
Caller: 33606.

Please summarize this call for the ticket, and tell me which parts we shouldn't store.`),

  rec('form_es', f`Recurso contra la denuncia de estacionamiento n.º 2024/ORA/118274

Solicito la devolución del importe abonado (90 €) en la siguiente cuenta:
Titular: Marta Sáez Olmedo
IBAN: ${iv(g4(IBAN_ES))}

¿Me ayudas a redactar el escrito completo de alegaciones? Aparqué con el ticket en regla, la máquina se comió la moneda.`),

  rec('email_it', f`Gentile dott. Bellandi,

le confermiamo che il mandato di gestione patrimoniale sarà addebitato sul conto ${iv(IBAN_IT)} a partire da gennaio. Commissione annua 0,85% + IVA.

Cordiali saluti
Private Banking – Sede di Milano

Puoi renderlo più cortese e aggiungere una frase sulla revisione annuale del profilo di rischio?`),

  rec('chat_nl', f`Een passagier wil zijn geld terug voor de geannuleerde overtocht Harlingen–Terschelling van zaterdag. Hij heeft zijn rekeningnummer gestuurd: ${iv(g4(IBAN_NL))} t.n.v. R. de Boer. Kun je een korte bevestigingsmail schrijven dat we €68,50 binnen 10 werkdagen terugstorten?`),

  rec('csv_nb', f`Kan du sjekke om denne refusjonslista for innstilte avganger summerer riktig?

${amb('source_code.snippet', f`bestilling;navn;kontonummer;beløp
FJ-55812;Ingrid Haugen;${iv(IBAN_NO)};420,00
FJ-55837;Tor Eriksen;sendt som sjekk;275,00
FJ-55901;Sigrid Lie;${iv(IBAN_NO2)};190,00`)}

Totalen skal være 885,00.`),

  rec('chat_pt_pt', f`Olá! Um fornecedor de combustível marítimo enviou-nos um novo IBAN por e-mail: ${iv(g4(IBAN_PT))}. Disse que mudou de banco. Isto cheira-me a fraude — podes ajudar-me a escrever uma resposta a pedir confirmação por telefone para o número que já temos em ficha?`),

  rec('payroll_pl', f`Zestawienie wynagrodzeń opiekunek – listopad (do sprawdzenia sumy):
Anna Kowalczyk – 4 820,00 zł – ${iv(g4(IBAN_PL))}
Beata Wróbel – 4 615,50 zł – konto jak w październiku
Razem: 9 435,50 zł

Czy suma się zgadza?`),

  rec('chat_tr', f`Müşteri firmadaki servis ziyaretimizin faturası için ödeme bilgisi lazım. Hesabımız: ${iv(grp(IBAN_TR, 4, 4, 4, 4, 4, 4, 2))}, alıcı: Wafer Equipment Services Türkiye Ltd. Şti. Bunu resmî bir ödeme talimatı e-postasına çevirebilir misin?`),

  rec('ach_en_us', f`Vendor setup for the aquarium's seafood supplier (for the animal diet kitchen):
Bank: First Gulf Coast Bank
Routing (ABA): ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', fill('b137-acct', DIGITS, 10))}
Type: checking

Can you turn this into the standard vendor-onboarding memo format?`),

  rec('chat_en_amex', f`One of our UHNW clients wants his concierge card set as the payment method for the chalet booking. Amex Centurion ${pan(grp(AMEX, 4, 6, 5))}, exp 04/29. I know I shouldn't email this – how should I pass it to the travel desk instead? And draft a note to the client explaining.`),

  rec('receipt_el', f`Γεια, μπορείς να μου πεις αν αυτή η απόδειξη από το εκδοτήριο του πλοίου είναι σωστή; Ο τερματικός σταθμός τύπωσε ολόκληρο τον αριθμό κάρτας:
ΚΑΡΤΑ: ${pan(MC_FERRY)}
ΠΟΣΟ: 142,00 €
ΔΙΑΔΡΟΜΗ: ΠΕΙΡΑΙΑΣ–ΣΥΡΟΣ
Αυτό δεν επιτρέπεται, σωστά; Επίσης ο προμηθευτής μας θέλει πληρωμή στο ${iv(g4(IBAN_GR))}.`),

  rec('chat_ka', f`გამარჯობა, ზოოპარკის მაღაზიისთვის მომწოდებელს უნდა გადავუხადოთ. ანგარიში: ${iv(IBAN_GE)}. დამიწერე ოფიციალური წერილი ბუღალტერიისთვის, რომ გადარიცხვა დაადასტურონ.`),

  rec('csv_de', f`Bitte prüf mal die Sammelüberweisung für die Anwohnerparkausweise (Rückerstattungen wegen Zonenänderung):

${amb('source_code.snippet', f`Name;IBAN;Betrag;Verwendungszweck
Kerstin Albrecht;${iv(IBAN_DE)};30,70;Erstattung BW-2024-0412
Yusuf Demir;${iv(g4(IBAN_LU))};30,70;Erstattung BW-2024-0419
Helga Martens;${iv(IBAN_GB)};15,35;Erstattung BW-2024-0431`)}

Dürfen wir überhaupt auf ein britisches Konto erstatten?`),

  rec('chat_hi_en', f`Ek patient ke bete ne home-care visits ka payment RuPay card ${pan(grp(RUPAY, 4, 4, 4, 4))} se kiya tha aur double debit ho gaya. Please ek polite reply likho Hindi aur English dono mein, aur batao refund 7 working days mein aayega.`),

  rec('chat_en_gb', f`Parking PCN payment line: a caller read out a Mastercard ${pan(grp(MC2, 4, 4, 4, 4))} and the old 13-digit Visa ${pan(VISA13)} (apparently a very old card). The payment portal rejects the 13-digit one. Is that expected? Draft a reply explaining we only take 16-digit cards online.`),

];

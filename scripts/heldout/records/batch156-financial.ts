/**
 * Held-out batch 156: cards, IBANs and routing numbers from orthodontic payment plans, lighting-hire
 * deposits, park permit refunds, car-sharing damage charges, notary escrow and tower ground rent.
 * Hand-written; every check digit computed with scripts/corpus/checksums.ts.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const VISA = luhnWithCheck('455673018294731');
const VISA2 = luhnWithCheck('401288471936205');
const MC = luhnWithCheck('548912003371845');
const MC2 = luhnWithCheck('222300481927364');
const AMEX = luhnWithCheck('37491205833175');
const DISCOVER = luhnWithCheck('601104928375610');
const JCB = luhnWithCheck('353011847265930');
const DINERS = luhnWithCheck('3608271945330');
const UNIONPAY = luhnWithCheck('621483092756134');
const MIR = luhnWithCheck('220043719285610');
const RUPAY = luhnWithCheck('652150382947162');
const ELO = luhnWithCheck('636368102938475');

const IBAN_DE = ibanWithCheck('DE', '370400440532013000');
const IBAN_CH = ibanWithCheck('CH', '0483509876512300X');
const IBAN_AT = ibanWithCheck('AT', '1904317483920156');
const IBAN_ES = ibanWithCheck('ES', '21003892174510062783');
const IBAN_IT = ibanWithCheck('IT', 'Q0538712900000003019472');
const IBAN_PT = ibanWithCheck('PT', '003507210001937461829');
const IBAN_NL = ibanWithCheck('NL', 'RABO0318274619');
const IBAN_PL = ibanWithCheck('PL', '114020040000310273518642');
const IBAN_GR = ibanWithCheck('GR', '01101250000000012300695');
const IBAN_TR = ibanWithCheck('TR', '0006100519786457841326');
const IBAN_RO = ibanWithCheck('RO', 'BTRL01301205S38274XX');
const IBAN_BR = ibanWithCheck('BR', '00360305048200000127841C1');
const IBAN_SA = ibanWithCheck('SA', '80000000608010167519');
const IBAN_GE = ibanWithCheck('GE', 'TB7195836472910384');
const IBAN_BG = ibanWithCheck('BG', 'BNBG96611020345678');
const IBAN_HU = ibanWithCheck('HU', '117730161111101800000000');
const IBAN_HR = ibanWithCheck('HR', '24840081108293647');
const ABA = abaWithCheck('32227162');

export const BATCH156_FINANCIAL: DraftRecord[] = [
  rec('chat_en', f`Patient's mum called to set up the 18-month payment plan for Invisalign, card is ${v('financial.payment_card', spacedFours(VISA))} exp 04/27. Can you write the confirmation letter with the schedule: £3,960 total, £220/month from 1 Feb?`),

  rec('chat_fr', f`Bonjour, pour la caution du kit lumière (4 lyres, 1 console, 20 PAR LED) le client a donné sa carte : ${v('financial.payment_card', spacedFours(MC))}, expiration 09/26. Peux-tu rédiger le mail de confirmation de pré-autorisation de 2 400 € ?`),

  rec('csv', f`Reconcile the damage-fee charges against the Stripe payout, some are missing:

${amb('source_code.snippet', f`booking_id,plate,damage_code,amount_eur,card
RB-88213,B-RV 4172E,BUMPER_SCRATCH,150.00,**** 2291
RB-88240,B-RV 3308E,WINDSHIELD_CHIP,90.00,${v('financial.payment_card', MC2)}
RB-88262,M-RV 1907E,RIM_CURB,120.00,**** 0457
RB-88271,B-RV 5521E,INTERIOR_CLEAN,60.00,${v('financial.payment_card', VISA2)}`)}

(two rows came from the old terminal export that didn't mask)`),

  rec('chat_ja', f`駐車違反の罰金を立て替えたので、会員のJCBカード ${v('financial.payment_card', spacedFours(JCB))} に請求したいです。会員向けの丁寧な説明メールを日本語で作ってください。金額は15,000円です。`),

  rec('email_de', f`Sehr geehrte Frau Lindner,

für den Kaufvertrag über das Grundstück Flurstück 412/7 (Gemarkung Pasing) bitten wir, den Kaufpreis von 685.000,00 € auf das Notaranderkonto zu überweisen:

Kontoinhaber: Notariat Vogel & Partner – Anderkonto
IBAN: ${v('financial.iban', spacedFours(IBAN_DE))}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}
Verwendungszweck: UR-Nr. 1842/2024 V

Mit freundlichen Grüßen
Notariat Vogel & Partner`),

  rec('chat_de_ch', f`Chönd Sie mir hälfe, en Iizahligsschii-Text für de Grundeigentümer z'formuliere? D'Miete für de Mascht-Standort ob Wädenswil gaht ab Januar uf sis neus Konto: IBAN ${v('financial.iban', spacedFours(IBAN_CH))}, Inhaber: Hansruedi Bachmann.`),

  rec('chat_de_at', f`Servus, die Pacht für den Sendemast in Leoben bitte ab sofort auf ${v('financial.iban', IBAN_AT)} (Raiffeisen, Inhaberin Theresia Hofer) überweisen. Schreibst du mir eine kurze Bestätigung an die Verpächterin?`),

  rec('chat_es_ar', f`Che, necesito que me armes un mail para el propietario del campo donde está la torre de Mendoza. Nos pidió que le depositemos el canon en la cuenta española de su hijo: ${v('financial.iban', spacedFours(IBAN_ES))}. ¿Se puede hacer transferencia internacional así nomás?`),

  rec('chat_it', f`Ciao, il paziente ha chiesto il rimborso dell'acconto per l'apparecchio (480 €). IBAN per il bonifico: ${v('financial.iban', IBAN_IT)}, intestato a Marco Esposito. Mi prepari la mail di conferma?`),

  rec('chat_pt_br', f`Oi! O cliente do aluguel de treliça pagou com Elo, cartão ${v('financial.payment_card', spacedFours(ELO))}, e pediu estorno de R$ 1.850,00 porque o show foi cancelado. Como eu escrevo a resposta? E o IBAN que ele mandou pra devolução da caução: ${v('financial.iban', spacedFours(IBAN_BR))}`),

  rec('chat_pt_pt', f`Bom dia, o senhorio do terreno da antena em Braga mudou de banco. Novo IBAN: ${v('financial.iban', spacedFours(IBAN_PT))}. Consegues preparar a carta a confirmar a alteração da conta para pagamento da renda trimestral?`),

  rec('spreadsheet', f`${amb('source_code.snippet', f`Locatore\tSito\tIBAN\tCanone trimestrale
Kowalski Jan\tPL-WAW-0217\t${v('financial.iban', IBAN_PL)}\t9 600,00 PLN
Papadopoulos Eleni\tGR-ATH-0088\t${v('financial.iban', IBAN_GR)}\t1.350,00 EUR
Yılmaz Ahmet\tTR-IST-0341\t${v('financial.iban', IBAN_TR)}\t42.000,00 TRY
Popescu Ioana\tRO-CLJ-0102\t${v('financial.iban', IBAN_RO)}\t5.200,00 RON`)}

Prepara per favore un riepilogo dei canoni in EUR per il comitato.`),

  rec('chat_nl', f`Hoi, de klant van de deelauto (Tesla Model Y, schade was toch niet door hem) wil de borg terug op ${v('financial.iban', spacedFours(IBAN_NL))}. Kun je een korte bevestiging schrijven dat het binnen 5 werkdagen op de rekening staat?`),

  rec('chat_ar', f`السلام عليكم، المالك الجديد لأرض البرج في جدة أرسل رقم الآيبان: ${v('financial.iban', spacedFours(IBAN_SA))} أرجو كتابة خطاب رسمي باللغة العربية لتأكيد تحويل الإيجار السنوي 48,000 ريال.`),

  rec('chat_ka', f`გამარჯობა, მიწის მესაკუთრემ თბილისში ახალი ანგარიში მოგვცა ანძის იჯარისთვის: ${v('financial.iban', IBAN_GE)}. დამეხმარე ოფიციალური წერილის დაწერაში.`),

  rec('chat_bg', f`Здравей, можеш ли да напишеш кратко писмо до нотариуса? Депозитът по сделката за апартамента в Пловдив трябва да се преведе по сметка ${v('financial.iban', spacedFours(IBAN_BG))}. Сумата е 12 000 лв.`),

  rec('chat_hu', f`Szia! A közjegyzői letéti számla, ahová a vevő az 54 millió forintos vételárat utalja: ${v('financial.iban', spacedFours(IBAN_HU))}. Megfogalmaznád az értesítő levelet a vevőnek?`),

  rec('form', f`US LANDLORD PAYMENT SETUP – site SPL-US-TX-0093
Landlord: Rafael & Delia Guerrero
Bank: Rio Bravo Community Bank
ABA routing: ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', '7730418265')}
Phone: ${phone('(915) 284-7193', 'US')}
Rent: $1,450/month, escalator 3% on each anniversary`),

  rec('chat_ru', f`Клиент из Казани арендовал машину, списание штрафа за повреждение бампера не проходит по карте Мир ${v('financial.payment_card', spacedFours(MIR))}. Напиши, пожалуйста, вежливое письмо с просьбой обновить карту.`),

  rec('chat_zh', f`客户用银联卡 ${v('financial.payment_card', spacedFours(UNIONPAY))} 支付了灯光设备租赁押金8000元，演出取消后退款失败。请帮我写一封中英文的道歉邮件。`),

  rec('chat_hi_en', f`Bhai patient ke papa ne braces ki EMI ke liye RuPay card diya hai ${v('financial.payment_card', spacedFours(RUPAY))}, auto-debit fail ho raha hai har month. Unko message likh do Hindi-English mix mein, polite sa.`),

  rec('chat_en_us', f`Ranger station gift shop took a group campsite deposit over the phone: Amex ${v('financial.payment_card', groupedAs(AMEX, [4, 6, 5]))}, and a Diners ${v('financial.payment_card', groupedAs(DINERS, [4, 6, 4]))} for the second group. Do we need to delete these from the permit notes? Write a note for staff on PCI basics.`),

  rec('chat_hr', f`Bok, možeš prevesti na engleski: "Najamnina za stup na parceli u Splitu uplaćuje se na račun ${v('financial.iban', IBAN_HR)}, vlasnik Ante Perić. Discover kartica za depozit: ${v('financial.payment_card', spacedFours(DISCOVER))}."`),

  rec('chat_ms', f`Hai, pelanggan kereta sewa di Shah Alam bayar denda kerosakan guna kad ${v('financial.payment_card', spacedFours(luhnWithCheck('545210384719263')))} tapi caj gagal dua kali. Tolong tulis mesej sopan dalam Bahasa Melayu minta dia kemas kini kad.`),
];

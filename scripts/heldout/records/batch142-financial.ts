/**
 * Held-out batch 142: card numbers, IBANs and routing numbers at vet ER front desks, a carbon
 * registry's invoicing, an orchestra's artist fees, an MRO shop's suppliers, a microfinance lender
 * and a colocation provider's billing. Hand-written; check digits computed.
 */
import { abaWithCheck as aba, ibanWithCheck as iban, luhnWithCheck as luhn, spacedFours as sp4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const ib = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

const VISA_US = luhn('455718204936271');
const MC_MX = luhn('522184073916452');
const AMEX_QC = luhn('37284910573621');
const JCB_JP = luhn('353819402746183');
const UNIONPAY_19 = luhn('621483092756134927');
const MIR = luhn('220041837295610');
const DISCOVER = luhn('601120483957162');
const VISA_PT = luhn('492937104826573');
const VISA_19 = luhn('417392048162739405');

const DE = iban('DE', '370502990048271936');
const GB = iban('GB', 'NWBK60161331926819');
const BR = iban('BR', '00360305044100001234567C1');
const CH = iban('CH', '0070011203849275K');
const GR = iban('GR', '01101250000000012300695');
const GE = iban('GE', 'TB7391836450918273');
const TR = iban('TR', '0006100519786457841326');
const AE = iban('AE', '0260001015839274601');
const EG = iban('EG', '0019000500000000263180002');
const PK = iban('PK', 'MEZN0001940103768251');
const KZ = iban('KZ', '125KZT5004100100');
const PL = iban('PL', '109010140000071219812874');
const ABA = aba('02100002');

export const BATCH142_FINANCIAL: DraftRecord[] = [
  rec('note', f`ER front desk, overnight, can you turn this into a clean billing note for the morning team?

Owner called at 02:40, dog (Bruno, lab mix) admitted for GDV surgery. Estimate $4,800–6,200. Deposit 50% taken by phone on ${card(sp4(VISA_US))} exp 07/27, name on card Teresa Aldana. Callback ${phone('(415) 926-3071', 'US')}.`),

  rec('chat_es_mx', f`Oye, la señora del gato que llegó por intoxicación nos mandó por WhatsApp la tarjeta para el anticipo: ${card(MC_MX.replace(/(.{4})/g, '$1-').replace(/-$/, ''))}, vence 11/26. ¿Cómo le contesto para decirle que no mande tarjetas por WhatsApp y que mejor pague en la clínica o con liga de pago?`),

  rec('chat_fr_qc', f`Peux-tu m'aider à écrire un courriel au client? Il a payé le dépôt pour la chirurgie de son chien avec sa carte Amex ${card(`${AMEX_QC.slice(0, 4)} ${AMEX_QC.slice(4, 10)} ${AMEX_QC.slice(10)}`)} mais la transaction a passé deux fois. Faut lui dire qu'on rembourse le doublon d'ici 5 jours ouvrables.`),

  rec('chat_ja', f`夜間救急の受付です。飼い主さんからメールでカード番号が届きました：JCB ${card(sp4(JCB_JP))}（有効期限 09/28）。メールでカード番号を受け取るのはまずいですよね？丁寧にお断りする返信文を作ってください。`),

  rec('chat_zh', f`急诊前台：一位中国游客的猫需要住院，他用银联卡 ${card(UNIONPAY_19)} 付押金，POS 机一直显示"卡号无效"。19 位的银联卡我们的终端支持吗？帮我写一段中英文的解释给客人。`),

  rec('chat_ru', f`Клиент оплачивал приём собаки картой «Мир» ${card(sp4(MIR))}, а платёж висит в статусе «в обработке» уже двое суток. Помоги составить письмо в банк-эквайер с просьбой проверить транзакцию от 02.12.`),

  rec('csv', f`Can you total the deposits per clinic and flag anything that looks wrong?

${amb('source_code.snippet', f`clinic,date,patient,amount_usd,card,auth
AUS-N,2024-12-01,Milo (canine),850.00,**** **** **** 6271,A81Q2
AUS-N,2024-12-01,Pepper (feline),420.00,**** **** **** 1188,B02KX
SA-W,2024-12-02,Rex (canine),1200.00,${card(DISCOVER)},C77P1
SA-W,2024-12-02,Luna (feline),310.00,**** **** **** 9043,D19ZN`)}

The SA-W terminal still writes the full number, I know, separate problem.`),

  rec('email_pt', f`Bom dia,

O dono da gata Mimi (internamento de urgência, 3 noites) pede para debitarmos o resto da conta no cartão que deixou na receção: ${card(sp4(VISA_PT))}, validade 05/27. Pode confirmar se o valor é 612,40 € e enviar-lhe o recibo para o e-mail que está na ficha?

Obrigada,
Receção — Hospital Veterinário de Urgência, Porto`),

  rec('invoice_de', f`Bitte prüfe die Rechnung auf Vollständigkeit, bevor sie an den Käufer geht:

RECHNUNG Nr. ZR-2024-1187
Löschung von 12.500 Emissionsminderungszertifikaten (Vintage 2021), Projekt Moorwiedervernässung Rhinluch
Betrag: 237.500,00 EUR (netto)
Zahlbar innerhalb 14 Tagen an:
Kontoinhaber: Zertifikateregister Nord GmbH
IBAN: ${ib(sp4(DE))}
BIC: ${bic('COLSDE33XXX')}`),

  rec('email_en_gb', f`Hi Priya,

For the verification fee on the peatland project, please pay to our UK account:
Account name: Carbon Assurance Partners Ltd
Sort code ${ambCat('financial', '60-16-13')}, account no. ${ambCat('financial', '31926819')}
IBAN ${ib(sp4(GB))}, BIC ${bic('NWBKGB2L')}
Reference: VER-PEAT-0419

Cheers,
Oliver`),

  rec('chat_pt_br', f`Gente, o comprador dos créditos de REDD+ quer pagar por transferência internacional e pediu nosso IBAN brasileiro. É esse aqui mesmo? ${ib(BR)} — ele diz que o sistema do banco dele recusa. Tem algo errado no formato?`),

  rec('email_fr_ch', f`Bonjour Madame Keller,

Voici les coordonnées bancaires de notre soliste pour le cachet du concert de Lausanne :
Titulaire : Mathis Rochat
IBAN : ${ib(sp4(CH))}
Banque : UBS Switzerland AG, BIC ${bic('UBSWCHZH80A')}

Merci de verser le montant net (CHF 8'400.–) d'ici fin janvier.
Meilleures salutations, bureau de tournée`),

  rec('chat_el', f`Μπορείς να ελέγξεις αν το IBAN του Έλληνα βιολονίστα είναι σωστό πριν στείλουμε την αμοιβή; ${ib(GR)} — η τράπεζα το απορρίπτει λέει ο λογιστής.`),

  rec('chat_ka', f`გამარჯობა, თბილისის კონცერტის ადგილობრივი პრომოუტერის ანგარიში: ${ib(GE)} (თიბისი ბანკი). შეგიძლია შეამოწმო ფორმატი? ჰონორარი ევროში უნდა გადავრიცხოთ.`),

  rec('chat_tr', f`İstanbul konserinin salon kirası için ödeme yapılacak hesap: ${ib(sp4(TR))}, alıcı: Kültür Sahnesi Org. Ltd. Şti. Açıklamaya fatura numarasını yazmayı unutmayalım — bunu İngilizce kısa bir maile çevirir misin?`),

  rec('email_ar', f`السادة قسم الحسابات،

نرجو تحويل دفعة فاتورة إصلاح ريش الضاغط (أمر العمل WO-77413) إلى حساب المورد التالي:
اسم المستفيد: Gulf Turbine Components LLC
رقم الآيبان: ${ib(sp4(AE))}
السويفت: ${bic('EBILAEAD')}

مع التحية،
قسم التخطيط - ورشة المحركات`),

  rec('chat_ar_eg', f`لو سمحت، عايزين نكتب رسالة للبنك عشان تحويل صرف قرض المجموعة اتأخر. الحساب اللي المفروض يستلم: ${ib(EG)}، باسم جمعية سيدات الأعمال الصغيرة - أسيوط. المبلغ 250,000 جنيه.`),

  rec('chat_ur', f`برانچ ملتان کے قرض کی ادائیگی اس اکاؤنٹ میں جانی ہے: ${ib(PK)} (میزان بینک)۔ براہ کرم چیک کریں کہ آئی بین ٹھیک ہے، پچھلی بار ایک ہندسہ غلط تھا۔`),

  rec('chat_ru_kz', f`Коллеги, для выдачи группового микрозайма в Шымкенте партнёр прислал реквизиты: ИИК ${ib(KZ)}, БИК ${bic('KCJBKZKX')}. Проверьте, пожалуйста, корректность перед платёжкой.`),

  rec('invoice_pl', f`Przetłumacz proszę na angielski, klient z Berlina pyta o szczegóły:

Faktura FV/COLO/2024/12/044 — kolokacja szafy rack 42U, pomieszczenie WAW-2, grudzień 2024
Kwota brutto: 18 450,00 zł
Rachunek: ${ib(sp4(PL))}
Termin płatności: 14 dni`),

  rec('form', f`Update the vendor master for our Virginia colo landlord please. From their remittance letter:

Bank: JPMorgan Chase Bank, N.A.
ABA routing number: ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '8420193756')}
Reference: IAD-3 cage lease, Dec 2024
Contact: ${v('pii.email', 'ar.remit@dulles-datarealty.com')}`),

  rec('chat_de_at', f`Unsere neue Firmen-Visa für Ersatzteilbestellungen hat 19 Stellen: ${card(VISA_19)}. Das Bestellportal vom Lagerhändler nimmt nur 16 Ziffern an. Gibt's 19-stellige Visa-Karten wirklich, oder hat die Bank da was verbockt? Bitte kurz erklären.`),
];

/**
 * Held-out batch 121: card numbers, IBANs and routing numbers from a printing plant's order desk,
 * an animal shelter, a fire department, a diamond wholesaler, a tannery and shoe factory and a
 * university's housing and admissions office. Hand-written; check digits computed below.
 */
import { abaWithCheck as aba, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Card number from its digits without the check digit (spaces kept as written). */
const card = (s: string): string => s + String(luhnCheckDigit(s.replace(/\D/g, '')));
/** IBAN from country and BBAN; `sep` groups by four. */
const iban = (cc: string, bban: string, sep = ''): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return sep ? (raw.match(/.{1,4}/g) ?? []).join(sep) : raw;
};

const MC_DE = card('5413 7290 4418 362');
const VISA_US = card('4539-1827-6604-318');
const IBAN_BE = iban('BE', '068241937052', ' ');
const IBAN_IL = iban('IL', '0108000000047291836', ' ');
const IBAN_AE = iban('AE', '0330000019283746501');
const IBAN_IT = iban('IT', 'X0867371400000004829173', ' ');
const IBAN_TR = iban('TR', '0006200174900006298371', ' ');
const IBAN_ES = iban('ES', '00810216710001823947', ' ');
const IBAN_PL = iban('PL', '109010140000071219812874', ' ');
const IBAN_SE = iban('SE', '50000000058398257466', ' ');
const JCB = card('3566 0029 1834 775');
const UNIONPAY = card('6212 2610 0483 7192 55');
const KR_CARD = card('5365-8271-3364-502');
const KR_VISA = card('4386-2810-7734-915');
const IBAN_NL = iban('NL', 'INGB0007391846', ' ');
const IBAN_GB = iban('GB', 'NWBK60161331926819', ' ');
const AMEX_GB = card('3714 496353 9842');
const IBAN_CH = iban('CH', '0070024300719283B', ' ');
const IBAN_GR = iban('GR', '01101250000000012300695');
const ABA_US = aba('02100002');
const DINERS = card('3056 930902 590');
const VISA_CSV = card('4916 3387 2019 552');
const RUPAY = card('6521 5504 8137 926');
const IBAN_FR = iban('FR', '20041010050500013M02606', ' ');
const MC_BR = card('5162 9283 4410 737');

export const BATCH121_FINANCIAL: DraftRecord[] = [
  rec('chat_de', f`Kannst du mir eine Antwort an den Kunden formulieren? Er hat für den Andruck der Faltschachteln (Auftrag HP-25-04471) per Telefon seine Kreditkarte durchgegeben: Mastercard ${v('financial.payment_card', MC_DE)}, gültig bis 09/27. Ich will ihm schreiben, dass wir Kartendaten künftig nur noch über den Zahlungslink annehmen.`),

  rec('chat', f`A donor called the shelter line and read out her Visa so she could sponsor a kennel for a year ($25/month): ${v('financial.payment_card', VISA_US)}, exp 11/26, CVV 318. I wrote it on a sticky note. What's the right way to enter a recurring donation in Bloomerang and what do I do with the note?`),

  rec('email_nl', f`Beste Sven,

De leverancier in Antwerpen heeft een nieuw rekeningnummer doorgegeven voor de partij ruwe diamanten (KP-certificaat BE-2025-008317):
IBAN: ${v('financial.iban', IBAN_BE)}
BIC: ${amb('financial.swift_bic', 'GKCCBEBB')}

Volgens onze AML-procedure moet een wijziging van bankgegevens telefonisch bevestigd worden. Kan jij hem terugbellen op het nummer uit het dossier, niet het nummer in deze mail?

Met vriendelijke groet,
Compliance`),

  rec('chat_he', f`תעזור לי לנסח מייל לספק מרמת גן? הוא ביקש להעביר את התשלום על המלאי המלוטש לחשבון חדש: ${v('financial.iban', IBAN_IL)}. לפי הנוהל שלנו צריך אימות טלפוני לפני כל שינוי פרטי בנק.`),

  rec('chat_ar', f`من فضلك راجع هذه التعليمات قبل إرسالها للمحاسبة: تحويل مبلغ 184,500 درهم إلى حساب تاجر المجوهرات في دبي، رقم الآيبان ${v('financial.iban', IBAN_AE)}، رمز السويفت ${amb('financial.swift_bic', 'EBILAEAD')}. الغرض: فاتورة سبائك وأطقم ذهب عيار 18.`),

  rec('email_it', f`Buongiorno,

in allegato la fattura n. 118/2025 per 2.400 pelli di vitello conciate al vegetale (lotto VG-25-0312). Vi preghiamo di effettuare il bonifico entro 60 gg d.f. sul seguente conto:

IBAN ${v('financial.iban', IBAN_IT)}
Banca di Credito Cooperativo di Fornacette

Cordiali saluti
Ufficio Export – Conceria Valdarno`),

  rec('chat_tr', f`Şu mesajı İngilizceye çevirir misin? "Sayın müşterimiz, deri siparişinizin (PO 4471-TR) ön ödemesi için hesap bilgilerimiz: ${v('financial.iban', IBAN_TR)}, alıcı: Tuzla Deri San. A.Ş. Ödeme yapıldıktan sonra üretime başlanacaktır."`),

  rec('email_es', f`Hola Jordi,

Te paso los datos bancarios de la fábrica de Elche para el pago de la muestra de zapatos (ref. ELX-2025-077):
Titular: Calzados Levante S.L.
IBAN: ${v('financial.iban', IBAN_ES)}

Cualquier cosa me llamas al ${phone('965 48 27 31', 'ES')}.
Un saludo,
Marisa`),

  rec('invoice_pl', f`Popraw proszę tę stopkę faktury, bo księgowa mówi, że wygląda nieprofesjonalnie:

"Płatność przelewem w ciągu 14 dni na rachunek ${v('financial.iban', IBAN_PL)} (mBank). Za druk etykiet samoprzylepnych, zlecenie DR/2025/02/118."`),

  rec('email_sv', f`Hej Maria,

Utbildningscentret har skickat fakturan för rökdykarutbildningen. Betalning till:
IBAN ${v('financial.iban', IBAN_SE)}
BIC ${amb('financial.swift_bic', 'ESSESESS')}
OCR-nummer 4471029385

Kan du lägga in den i nästa betalningskörning?

/Per, Räddningstjänsten materielavdelning`),

  rec('chat_ja', f`留学生の出願料の件で確認させてください。出願者からメールで「JCBカード ${v('financial.payment_card', JCB)} 有効期限 04/28 で支払いたい」と届きました。カード番号をメールで受け取ってしまった場合、どう返信すればいいですか？丁寧な日本語の返信文をお願いします。`),

  rec('chat_zh', f`帮我写一封英文邮件给学校宿舍办公室：我用银联卡 ${v('financial.payment_card', UNIONPAY)} 支付了押金 500 英镑，但是系统显示付款失败，银行那边已经扣款了。我的申请号是 ACC-25-10392。`),

  rec('chat_ko', f`기숙사 보증금 결제가 두 번 됐어요. 카드번호 ${v('financial.payment_card', KR_CARD)}로 3월 2일에 결제했는데 같은 금액이 또 빠져나갔습니다. 해외결제용 비자카드 ${v('financial.payment_card', KR_VISA)}도 등록돼 있는데 그건 안 썼어요. 환불 요청 메일을 영어로 써 주세요.`),

  rec('chat_nl', f`Kun je een bedankmail schrijven voor een vaste donateur van het dierenasiel? Ze schenkt maandelijks € 15 via automatische incasso van ${v('financial.iban', IBAN_NL)} en wil een jaaroverzicht voor de belastingaangifte (periodieke gift).`),

  rec('chat', f`Finance asked me to double-check the supplier details before we pay for the new hydraulic rescue tools: payee Holmatro UK agent, IBAN ${v('financial.iban', IBAN_GB)}. Also our purchasing card got charged twice for the breathing-apparatus servicing — card is Amex ${v('financial.payment_card', AMEX_GB)}. Can you draft the dispute message to Amex?`),

  rec('chat_de_ch', f`Chönntsch mer das Mail korrigiere? "Grüezi Frau Keller, für d'Rechnig vo de Verpackige (Offerte 25-118) bitte überweise Sie uf ${v('financial.iban', IBAN_CH)}, Zahligsfrischt 30 Täg. Bi Frage bin ich under ${phone('044 518 27 36', 'CH')} erreichbar."`),

  rec('chat_el', f`Μπορείς να ελέγξεις αν είναι σωστό αυτό το IBAN πριν στείλω την προκαταβολή για το δωμάτιο στη φοιτητική εστία; ${v('financial.iban', IBAN_GR)} — το ποσό είναι 350 €.`),

  rec('form', f`INCOMING WIRE – KYC CHECKLIST (US buyer)
Buyer: Meridian Fine Jewelry LLC, New York NY
Bank: Hudson Commerce Bank
ABA / routing: ${v('financial.aba_routing', ABA_US)}
Account: ${ambCat('financial', '4820193765')}
SWIFT (for EUR leg): ${amb('financial.swift_bic', 'CHASUS33')}
Source of funds declared: retail sales
Screening result: no match
→ turn this into a short note for the file, in Dutch please`),

  rec('csv', f`Reconcile the proof-fee payments against the bank export and tell me which are missing:

${amb('source_code.snippet', f`order;date;amount_eur;card;status
HP-25-04402;2025-02-03;45,00;**** **** **** 1184;captured
HP-25-04409;2025-02-03;45,00;${v('financial.payment_card', VISA_CSV)};captured
HP-25-04415;2025-02-04;90,00;**** **** **** 7720;refunded
HP-25-04418;2025-02-04;45,00;${v('financial.payment_card', DINERS)};captured`)}

(two rows come from the old terminal at the trade fair, it didn't mask)`),

  rec('chat_hi_en', f`Bhaiya, Surat wale dealer ne RuPay card se advance diya tha, card number ${v('financial.payment_card', RUPAY)}, ab refund chahiye kyunki stones ka lot reject hua. Refund request ka mail English mein bana do please.`),

  rec('chat_fr', f`Le refuge partenaire à Lyon nous demande de rembourser les frais vétérinaires du chien Oslo (stérilisation + puce, 310 €). RIB reçu : ${v('financial.iban', IBAN_FR)}. Tu peux me rédiger un mail pour confirmer le virement ?`),

  rec('chat_pt_br', f`Oi, pode escrever uma mensagem pro cliente de Novo Hamburgo? Ele pagou o sinal dos sapatos com o cartão Mastercard ${v('financial.payment_card', MC_BR)} mas a operadora estornou. Quero pedir pra ele pagar via Pix dessa vez.`),
];

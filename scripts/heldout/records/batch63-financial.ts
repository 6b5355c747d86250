/**
 * Held-out batch 63: card numbers, IBANs and account details pasted by a zoo, a crowdfunding
 * platform's trust & safety team, an optics maker, a prison health service, an airline's crew
 * planners and an incident-response consultancy: tickets, invoices, CSV exports, mails. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH63_FINANCIAL: DraftRecord[] = [
  rec('ticket', f`Ticket TS-88127 · Chargeback · Campaign #40921 "Solar lamps for Kisumu schools"

Backer says he never pledged. Details from the dispute notice:
Cardholder: Raymond Kell
Card: ${v('financial.payment_card', '4883 6540 0453 3749')} exp 04/27
Amount: USD 250.00, pledged 2024-10-03 21:14 UTC
Reason code: 10.4 (fraud, card-absent)

Draft a response to the issuer explaining that the pledge came from a device and IP the backer used for three earlier pledges. Keep it factual.`),

  rec('chat', f`Hola, necesito armar el mail para la creadora de la campaña, la plata de la devolución se la tenemos que girar a su cuenta:
Titular: Julieta Barceló
CBU: ${ambCat('financial', '0170099220000067797370')}
Alias: LAMPARA.SOL.RIO

Y aparte, el aporte sospechoso lo hicieron con una Mastercard ${v('financial.payment_card', '5169 3208 0970 4040')}, ¿lo menciono o mejor no?`, 'Argentine CBU: an account number no built-in rule claims'),

  rec('form_de', f`Kannst du daraus eine freundliche Bestätigungsmail für die Tierpatenschaft machen?

SEPA-Lastschriftmandat – Tierpatenschaft "Schneeleopard Aruna"
Pate: Familie Reinholz, Lindenstr. 14, 30159 Hannover
IBAN: ${v('financial.iban', 'DE32 2471 4920 9700 9496 54')}
BIC: ${amb('financial.swift_bic', 'NOLADE21SHO')}
Betrag: 120,00 € jährlich, erste Abbuchung 01.01.2025
Mandatsreferenz: HWP-PAT-2024-0871`),

  rec('chat', f`Salam, j'ai besoin d'aide pour l'e-mail aux PNC basés à Casablanca pour les indemnités de découcher de novembre. Pour Mme Bennani le virement part sur son RIB ${ambCat('financial', '011 780 0004719283650217 63')} (Banque Populaire). Et l'hôtel à Dakhla a été payé avec la carte société ${v('financial.payment_card', '4639 1409 4139 8898')}, il faut le préciser dans la note de frais. Merci !`, 'Moroccan RIB: an account number no rule claims'),

  rec('invoice', f`Ciao, controlla che la fattura sia completa prima che la mandi in contabilità:

FATTURA N. 2024/1187 – Ottiche Brenta S.r.l.
Cliente: Vitrell Optics GmbH
Descrizione: 400 pz substrati N-BK7 Ø25,4 mm, lappati
Imponibile € 9.320,00 – IVA non imponibile art. 41 DL 331/93
Pagamento: bonifico 60 gg d.f.
IBAN: ${v('financial.iban', 'IT74 X926 4698 5280 8640 0330 316')}
BIC/SWIFT: ${amb('financial.swift_bic', 'BCITITMM')}`),

  rec('email', f`Hi Priya,

Please pay the attached invoice from Meridian Locums for the November GP sessions at HMP Ashdown (18 sessions, £12,960.00).

Their new bank details, confirmed by phone with their finance manager on 26/11:
Account name: Meridian Locums Ltd
Sort code: 43-55-05
Account no: ${ambCat('financial', '99285554')}
IBAN: ${v('financial.iban', 'GB71 NWBK 4355 0599 2855 54')}

Thanks,
Dan

-- can you check this for anything that looks like invoice fraud before I send it? The change of bank details came by email first.`, 'UK account number: no rule claims it'),

  rec('email_pl', f`Dzień dobry,

w nawiązaniu do umowy retainer IR-2024/PL/07 przesyłamy fakturę za listopad (reakcja na incydent ransomware, 64 h). Prosimy o przelew na rachunek:

${v('financial.iban', 'PL93 8355 0249 2385 2856 7936 5522')}
Blackthorn Cyber Sp. z o.o.
Tytuł: FV 11/2024/IR

Z poważaniem
Dział finansów

→ popraw proszę styl, ma brzmieć bardziej uprzejmie`),

  rec('chat', f`Oi! Preciso liberar o repasse da campanha "Horta comunitária Vila Nova" mas o KYC travou. Dados que a criadora mandou:
Nome: Aline Ferreira Souto
CPF: ${v('pii.br_cpf', '621.277.807-87')}
Conta no exterior (ela mora em Lisboa agora? confuso): ${v('financial.iban', 'BR95 7476 3187 0036 4129 5948 546C 1')}
Chave Pix: ${phone('+55 11 98734-2150')}

Pode escrever uma mensagem pedindo comprovante de titularidade da conta?`),

  rec('email_sv', f`Hej!

Tack för gåvan till vår räddningscentral för sälar. Tyvärr gick dragningen inte igenom på kortet ${v('financial.payment_card', '3775 210802 50095')} (giltigt t.o.m. 09/26). Vill du att vi försöker igen, eller föredrar du Swish?

Vänliga hälsningar
Insamlingsteamet, Harrowmere Djurpark

-- kan du göra tonen lite varmare?`),

  rec('chat', f`Merhaba, İstanbul aktarmalı ekibin otel ödemesi şirket kartıyla yapılmış ama otel ikinci kez çekmiş. Kart: ${v('financial.payment_card', '9792 6710 4762 9523')} (Troy). İade için otelin hesabına değil bizim hesaba dönmesi lazım: ${v('financial.iban', 'TR48 3571 9080 9826 2507 8725 75')}. Otele resmi bir e-posta yazar mısın?`),

  rec('csv', f`These pledges were flagged by the velocity rule overnight. Which ones look like card testing?

${amb('source_code.snippet', f`pledge_id,campaign,amount_sgd,card,country_bin,created_utc
P-7730121,40988,1.00,**** **** **** 1184,US,2024-11-29T01:02:11Z
P-7730122,40988,1.00,**** **** **** 5530,US,2024-11-29T01:02:14Z
P-7730123,40988,1.00,${v('financial.payment_card', '4011809804393422')},BR,2024-11-29T01:02:19Z
P-7730124,40988,2.00,${v('financial.payment_card', '3576 2433 0420 9566')},JP,2024-11-29T01:02:31Z
P-7730131,41002,85.00,**** **** **** 0093,SG,2024-11-29T03:40:05Z`)}

(two rows came from the legacy import job which didn't mask, I know, separate ticket)`),

  rec('invoice', f`Zkontroluj prosím tuhle zálohovou fakturu, dodavatel nám poprvé posílá platbu v eurech:

Zálohová faktura ZF-2024-0412
Dodavatel: Optické dílny Turnov s.r.o.
Předmět: broušení a leštění asférických čoček, série A-55
Částka: 14 800,00 EUR
IBAN: ${v('financial.iban', 'CZ46 0236 9800 4462 3827 5204')}
Variabilní symbol: 20240412`),

  rec('chat', f`אני צריך לשלם ליועץ החיצוני שעזר לנו בתגובה לאירוע בסוף השבוע. הוא שלח את הפרטים האלה בוואטסאפ:
שם: אורי לנדאו
IBAN: ${v('financial.iban', 'IL94 5769 3638 0340 2158 418')}
סכום: 18,500 ₪ (כולל מע"מ)
תנסח לי בבקשה מייל לכספים עם בקשה לאישור, ותזכיר שצריך לאמת את החשבון בטלפון לפני ההעברה.`),

  rec('chat', f`Kun je een korte mail opstellen aan onze verpleegkundige over de terugbetaling van haar BIG-herregistratie en de cursus "Verslavingszorg in detentie"? Totaal € 412,50, we maken het over naar ${v('financial.iban', 'NL77 INGB 4994 8832 66')} met de salarisbetaling van december.`),

  rec('chat', f`مرحبا، أبي أكتب إيميل لطاقم الضيافة الجدد في قاعدة دبي بخصوص بدل السكن. البدل يتحول على الحساب هذا: ${v('financial.iban', 'AE40 7779 6679 4794 1919 829')} باسم سارة الكعبي. المبلغ ٤٬٥٠٠ درهم شهرياً ويبدأ من ١ يناير. اكتبه بشكل رسمي لو سمحت.`),

  rec('chat', f`Помоги написать ответ спонсору кампании. Он пишет, что с его карты Мир ${v('financial.payment_card', '2200 7537 7632 9656')} списали 15 000 ₽ дважды за один и тот же взнос. Мы видим только одну транзакцию, вторая, скорее всего, холд банка. Надо вежливо объяснить и приложить номер взноса P-7728410.`),

  rec('email_fi', f`Hei Mikko,

pahoittelut, lahjoituksesi norppien hoitoaltaan rakentamiseen veloitettiin vahingossa kahteen kertaan. Palautamme 150,00 € tilillesi ${v('financial.iban', 'FI35 7779 2572 9718 53')} viimeistään 6.12.

Ystävällisin terveisin
Harrowmere Wildlife Park, lahjoituspalvelu

-- tarkista kielioppi`),

  rec('chat', f`客户是上海的一家眼镜片厂，用银联卡 ${v('financial.payment_card', '6266 0148 0457 1427')} 支付了样品费 3,600 元，但我们这边显示支付失败，对方说钱已经扣了。请帮我写一封中英文的回复邮件，说明我们会在三个工作日内核实。`),

  rec('form', f`PAYOUT METHOD CHANGE – needs second approver (T&S policy 4.2)

Creator: Dale Whitcombe (campaign #41177, "Rebuild the Millbrook skate park")
Old method: PayPal
New method: ACH
Bank: Prairie Valley Credit Union
Routing: ${v('financial.aba_routing', '020023481')}
Account: ${ambCat('financial', '7718240963')} (checking)
Requested from: new device, 2024-11-30 04:12 UTC

Rewrite this as a checklist for the second approver, highlighting red flags.`, 'US account number next to its routing number: no rule claims it'),

  rec('chat', f`Sveiki, lūdzu palīdzi uzrakstīt e-pastu grāmatvedībai: stjuartei Ilzei Kalniņai jāpārskaita dienas nauda par novembra nakšņošanām Oslo un Tallinā, kopā 286,00 €. Konts: ${v('financial.iban', 'LV67 HABA 9959 1510 0970 6')}. Pieteikums iesniegts 29.11.`),

  rec('email_is', f`Góðan dag,

Styrktarsjóðurinn hefur samþykkt 1.200.000 kr. styrk til verndunar lundastofnsins í samstarfi við dýragarðinn. Vinsamlegast staðfestið að greiða megi inn á eftirfarandi reikning:
IBAN: ${v('financial.iban', 'IS75 1058 1153 9478 6594 2595 32')}

Kær kveðja,
Sigrún

-> getur þú þýtt þetta á ensku fyrir stjórnina?`),

  rec('chat', f`후원자가 차지백을 걸었는데 카드 번호가 ${v('financial.payment_card', '2221 5275 9295 9523')}, 금액은 77,000원이에요. 캠페인이 이미 종료돼서 리워드 배송까지 끝났는데, 카드사에 제출할 소명 자료 목록을 정리해 주세요.`),
];

/**
 * Held-out batch 19: card numbers, IBANs, BICs and routing numbers as booking agents, donors
 * teams, site offices, trial finance and newsroom admins paste them. Hand-written; not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH19_FINANCIAL: DraftRecord[] = [
  rec('call_note', f`Call notes — family booking ORD, 4 pax, Cancún 12–19 Jan
Customer wants to split payment. First card: Visa ${v('financial.payment_card', '4532 0187 4509 3626')} exp 03/27, name on card Daniel R Whitaker. Second card to follow tomorrow.
Please write a short confirmation email saying we charged the deposit ($1,240) and the balance is due 30 days before departure.`),

  rec('ticket', f`Refund request #RF-88213 (SkyMeridian)
Pax: MS OKAFOR/CHIAMAKA  PNR: K8TZQM  Ticket 176-2491038572
Original FOP: AMEX ${v('financial.payment_card', '3777 916061 78035')}
Reason: involuntary downgrade J→Y on LOS–LHR, 14 Nov
Customer asks for the fare difference back to the same card. Draft reply in friendly British English.`),

  rec('donation_form', f`Can you turn this donation form submission into a thank-you letter? Don't include the card obviously.

Donor: Mrs Eileen Farrow
Amount: £75.00 monthly, Gift Aid: yes
Card: ${v('financial.payment_card', '2221-0084-6193-7254')}  Exp: 11/26
Message: "In memory of my husband Colin, who loved the work you do in northern Kenya."`),

  rec('invoice_de', f`Bitte prüfe die Rechnung auf Vollständigkeit (§14 UStG), bevor ich sie freigebe:

RECHNUNG Nr. 2024-1187
Holzbau Wendler GmbH · Gewerbestr. 12 · 79111 Freiburg
Leistung: Dachstuhl BV "Quartier am Mühlbach", Abschlag 3
Netto 48.200,00 € · USt 19 % 9.158,00 € · Brutto 57.358,00 €
Zahlbar bis 20.12.2024 ohne Abzug auf:
IBAN ${v('financial.iban', 'DE20 3704 0044 0829 1736 45')}
BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}`),

  rec('email_fr', f`Objet : Paiement investigateur — Centre 014 (Lyon)

Bonjour Mme Garnier,

Suite à la visite de clôture, merci de nous confirmer les coordonnées bancaires pour le versement des honoraires de l'étude VRD-207 (3 patients randomisés, 8 visites) :
Titulaire : Hospices Civils de Lyon – Recherche clinique
IBAN : ${v('financial.iban', 'FR87 1780 7048 2931 0058 271K 347')}
BIC : ${amb('financial.swift_bic', 'CCBPFRPPLYO')}

Cordialement,
Service financier études cliniques`),

  rec('whatsapp_es', f`Hola familias de 4ºB!! 🚌 Para la excursión a Segovia son 28€ por alumno, haced el ingreso antes del viernes a la cuenta del AMPA ${v('financial.iban', 'ES2701822370420201583946')} poniendo en el concepto nombre del niño/a + 4B. Gracias!!`),

  rec('invoice_it', f`Puoi tradurre in inglese questa parte della fattura per il nostro ufficio di Londra?

Fattura n. 118/2024 — Impianti Ferraresi S.r.l.
Oggetto: impianto elettrico cantiere Via Emilia Est, SAL n. 4
Imponibile € 36.500,00 — IVA 22% € 8.030,00
Modalità di pagamento: bonifico a 60 gg d.f.f.m.
Coordinate: IBAN ${v('financial.iban', 'IT96 V030 6909 6061 0000 0183 746')} — Intesa Sanpaolo, filiale di Modena`),

  rec('email_pt', f`Olá Rita,

Confirmamos a reserva de grupo (22 quartos, 3 noites, congresso de farmacovigilância em Braga). Para garantir a reserva pedimos um sinal de 30% até dia 10:
IBAN ${v('financial.iban', 'PT74 0035 0651 0000 4829 1733 0')}
BIC/SWIFT ${amb('financial.swift_bic', 'CGDIPTPL')}

Com os melhores cumprimentos,
Hotel Bracara Augusta – Departamento de Grupos`, 'PT IBAN grouped with the last group of one digit'),

  rec('chat_nl', f`kun je een nette factuur-tekst maken voor mijn freelance-stuk voor de zaterdagbijlage? 1.800 woorden, tarief €0,42 per woord, te betalen op ${v('financial.iban', 'NL27 INGB 0006 4829 17')} t.n.v. S. de Groot. KvK en btw-nummer zet ik er zelf onder`),

  rec('email_pl', f`Dzień dobry,

przesyłam zaktualizowany numer rachunku do płatności za dostawy stali zbrojeniowej (budowa hali w Gliwicach):
${v('financial.iban', 'PL56 4909 1864 8009 0826 6306 4979')}
Prosimy o aktualizację w systemie przed płatnością za fakturę FV/1204/2024.

Pozdrawiam
Anna Zielińska, Dział Finansowy`, 'changed-bank-details e-mail (a common fraud pattern) — the IBAN is labelled either way'),

  rec('chat_tr', f`Yer hizmetleri faturasını ödemek için muhasebeye şu mesajı İngilizce yazar mısın: "Kasım ayı apron hizmet bedeli 412.380 TL, ödeme ${v('financial.iban', 'TR96 6542 0005 4466 7144 9798 13')} numaralı hesaba yapılacaktır, açıklamaya fatura numarasını (GH-2024-1107) yazınız."`),

  rec('chat_uk', f`Переклади, будь ласка, англійською для донорського звіту: "Кошти за грантом (транш 2, 48 000 USD) перераховано партнерській організації на рахунок ${v('financial.iban', 'UA21 3223 1300 0002 6007 2335 6600 1')}, SWIFT ${amb('financial.swift_bic', 'PBANUA2X')}. Підтвердження банку додається."`),

  rec('email_ar', f`السيد مدير المالية المحترم،

نرجو تحويل مخصصات المتطوعين لشهر تشرين الثاني إلى حساب الجمعية الشريكة:
اسم المستفيد: جمعية الأمل للتنمية – المفرق
IBAN: ${v('financial.iban', 'JO62 ARAB 5446 4333 4322 7776 7171 90')}
SWIFT: ${amb('financial.swift_bic', 'ARABJOAX100')}

مع الشكر`),

  rec('form', f`VENDOR ACH ENROLLMENT — Cedar Valley Unified School District, Accounts Payable
Vendor: Bright Horizons Bus Lines LLC (student transportation)
Bank: Valley Pacific Credit Union
Routing (ABA): ${v('financial.aba_routing', '121054744')}
Account #: ${ambCat('financial', '4408192637')}   Type: Checking
Contact: Gloria Ruiz, ${phone('(559) 482-3170', 'US')}

Please check if anything is missing before I key it into the finance system.`),

  rec('chat', f`freelance photog sent her direct deposit info for the election night gallery, does this look complete for our AP team? routing ${v('financial.aba_routing', '263009343')}, acct ${ambCat('financial', '009183744126')}, checking, name Priya Raman. she also wants 1099 instead of W-2`),

  rec('spreadsheet', f`Investigator grant payments Q4 — please total by country and flag the rows without a BIC:

${amb('source_code.snippet', f`Site\tPI\tCountry\tIBAN\tBIC\tAmount EUR
101\tProf. Van Damme\tBE\t${v('financial.iban', 'BE29068251937402')}\t${amb('financial.swift_bic', 'GKCCBEBB')}\t4 200,00
204\tDr. Steiner\tAT\t${v('financial.iban', 'AT298306197833338006')}\t\t2 850,00
311\tDr. Hughes\tGB\t${v('financial.iban', 'GB73NWBK40516227184930')}\t${amb('financial.swift_bic', 'NWBKGB2L')}\t3 100,00
402\tPD Dr. Keller\tCH\t${v('financial.iban', 'CH3214749327433467445')}\t\t1 975,00`)}`, 'BICs inside the pasted table are covered by the ambiguous table span'),

  rec('chat_ja', f`お客様から電話でカード番号を伺いました。予約システムが「カード番号が無効です」と表示します。JCB ${v('financial.payment_card', '3566 0037 4829 1501')} 有効期限 08/28 です。入力ミスでしょうか？お客様への折り返しメールの文面も作ってください。`),

  rec('chat_zh', f`帮我写一封英文邮件给航空公司：旅客王丽娜的退款还没到账，原支付卡是银联 ${v('financial.payment_card', '6248 7019 3846 2015 746')}，机票号 999-2841937560，航班 CA 937 北京—伦敦，11月28日取消。`),

  rec('expense', f`Expense claim — site visit Abu Dhabi (Midfield terminal MEP works)
Hotel 3 nights AED 2,340 paid with corporate Diners ${v('financial.payment_card', '3643 819205 7362')}
Taxi AED 186 cash
Per diem 3 × USD 85
Approver: R. Kiloh
Can you check the per diem maths and write a one-line justification?`),

  rec('chat', f`my son's lunch account top-up keeps failing on the district payment portal. I tried my Discover ${v('financial.payment_card', '6011004938275613')} twice and then my debit Maestro ${v('financial.payment_card', '6763 6536 9105 9612')}. Is it the portal or the cards? want to write a complaint to the school office`),

  rec('chat_ur_en', f`Field staff salaries iss mahine Karachi office ke naye account se jayengi: IBAN ${v('financial.iban', 'PK44HABB0056562005134137')}, HBL Clifton branch. Please ek short English note bana do finance team ke liye ke November payroll is account se process ho.`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-02T19:41:07Z ERROR booking-engine payment.authorize failed
  pnr=W4XRTD agency=RUTA-CUZ-01 amount=1835.60 currency=USD
  card_number=${v('financial.payment_card', '4920837164509287')} exp=0927 holder="JUAN C QUISPE"
  gateway_response="05 DO NOT HONOUR"`)}

¿Por qué se loguea el número completo? ¿Qué hago, a quién aviso?`),

  rec('email_ar_sa', f`الموضوع: بدل السكن لطاقم الضيافة – الرياض

الرجاء تحويل بدل السكن لشهر ديسمبر للمضيفة نورة العتيبي على الحساب:
${v('financial.iban', 'SA72 2587 1231 1288 2874 9429')}
شكراً، الموارد البشرية – العمليات الجوية`),

  rec('email_eg', f`Dear Finance,

For the Aswan water project the local partner asked us to use their new account at the National Bank of Egypt:
IBAN ${v('financial.iban', 'EG076181602200947838336630234')}
SWIFT ${amb('financial.swift_bic', 'NBEGEGCX')}
Can you please set it up before the January tranche? Thanks, Mostafa`),
];

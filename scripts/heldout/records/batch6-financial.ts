/** Held-out batch 6: card numbers, IBANs and routing numbers in chats, transcripts, exports, logs and letters. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

export const BATCH6_FINANCIAL: DraftRecord[] = [
  rec('chat_vi', f`Thẻ Visa của tôi ${card('4078 3387 6547 7388')} bị trừ tiền hai lần khi đặt vé xe khách Hà Nội – Sa Pa. Please write a short complaint in English to the booking site, include the date 03/02/2025 and amount 640.000₫.`),

  rec('chat_id', f`Kartu kredit saya (Mastercard ${card('5395-6716-0664-3427')}) ditolak terus di website maskapai. Apa penyebabnya? Jawab dalam bahasa Inggris ya, singkat saja.`),

  rec('call_transcript', f`[Transcript — Quay Market customer care, call 2025-02-06 14:03]
Agent: …and which card was it on?
Caller: The Amex, ${card('3754 126176 44087')}, expiry March twenty-seven.
Agent: Thank you. I can see two charges of €89.50, I'll refund the duplicate.

Summarise this call for the CRM note in two lines.`, 'a card read out on a call, transcribed in Amex 4-6-5 grouping'),

  rec('kotlin_crash', f`Crashlytics report from the Android app, our payment form logs the whole state on crash (I know):

${amb('source_code.snippet', f`Fatal Exception: java.lang.IllegalStateException: Form state invalid
  state=CardFormState(number=${card('6011202092633516')}, expiry=08/28, holder=R OKONKWO, saveCard=false)
    at ie.quaymarket.checkout.CardFormViewModel.submit(CardFormViewModel.kt:142)
    at ie.quaymarket.checkout.CheckoutFragment.onPayClicked(CheckoutFragment.kt:88)`)}

how do I make Crashlytics redact this?`),

  rec('tsv_export', f`Refund export from the shop admin (TSV). Sum the refunds per card brand:

${amb('source_code.snippet', f`refund_id	brand	card	amount_eur
RF-30917	jcb	${card('3566241234018497')}	54.00
RF-30918	diners	${card('36850025565413')}	120.00
RF-30919	unionpay	${card('6264155557621729')}	33.90
RF-30920	visa	4863 •••• •••• 0551	18.50`)}`, 'a TSV export, ambiguous as source code by convention; the masked row is not a card'),

  rec('chat_he', f`שלום, הכרטיס שלי ${card('2316364775579076')} נחסם אחרי קנייה באתר זר. Can you write a short message in English to the bank asking them to unblock it? The purchase was legit.`, 'Mastercard 2-series in a Hebrew chat'),

  rec('chat_th', f`บัตร UnionPay ของฉัน ${card('6206 5115 9273 7401 708')} ใช้จ่ายออนไลน์ไม่ได้ Please explain in English how to enable online payments for a 19-digit UnionPay card.`),

  rec('letter_mt', f`Dear Mr Camilleri,

following our call, please settle invoice HL-2025-0117 (€3,480.00) by bank transfer to:
Harbourline Logistics Ltd
IBAN: ${iban('MT60 MMEB 9169 9220 6747 1167 4900 240')}
BIC: ${amb('financial.swift_bic', 'MMEBMTMT')}

Kind regards, Accounts

— please check the tone, it's our second reminder.`),

  rec('email_cy', f`Αγαπητή κα Χαραλάμπους,

το ενοίκιο Φεβρουαρίου για το κατάστημα στη Λεμεσό να κατατεθεί στον λογαριασμό ${iban('CY14 2518 0506 2190 7420 2412 1500')}.

Translate into English please, the tenant doesn't read Greek.`),

  rec('chat_is', f`Hæ, getur þú þýtt þetta á ensku? "Vinsamlegast greiðið félagsgjaldið, 12.000 kr., inn á reikning ${iban('IS81 3162 9774 7094 1003 0816 84')} fyrir 1. mars."`, 'Icelandic IBAN'),

  rec('form_li', f`Onboarding form — Fjordlight Labs AG, Vaduz
Supplier: Alpenrand Präzision Anstalt
Payment details: ${iban('LI72 3082 7G5M 2BRD U753 5')}
Currency: CHF
Contact: ${phone('+423 239 18 40')}

Please check whether anything mandatory is missing for a Liechtenstein supplier.`),

  rec('chat_ar', f`أرجو ترجمة هذه الرسالة إلى الإنجليزية: "تم تحديث بيانات الحساب البنكي، الآيبان الجديد ${iban('SA95 7342 2936 1639 8322 3415')}، يرجى استخدامه للرواتب ابتداءً من شهر مارس."`, 'a Saudi IBAN in Arabic text'),

  rec('payroll_csv', f`Payroll run Feb 2025 — three new employees, check the IBAN column format before I upload to the bank portal:

${amb('source_code.snippet', f`emp_id,name,iban,net_eur
H-2091,Mathilde Rouvier,${iban('MC14 8098 1396 1017 1996 4313 687')},3120.40
H-2092,Yosef Avraham,${iban('IL18 4452 6586 9013 2979 793')},2875.00
H-2093,Khalid Al-Mansoori,${iban('QA04QNBA864393537138717152494')},4010.75`)}`, 'Monaco, Israeli and Qatari IBANs in a CSV (ambiguous as code)'),

  rec('ach_form', f`Direct deposit set-up for our new bookkeeper in Ohio — she filled this in; anything odd?

Bank: Lakeshore Community Bank
Routing number: ${v('financial.aba_routing', '045724697')}
Account number: ${ambCat('financial', '8820193746')}
Account type: checking`),

  rec('question_us', f`Our vendor portal rejects routing number ${v('financial.aba_routing', '263824670')} as "invalid ABA" although the vendor's bank (in Florida) confirmed it. Could the portal be using an outdated Fed directory?`),
];

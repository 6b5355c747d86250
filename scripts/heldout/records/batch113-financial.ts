/**
 * Held-out batch 113: card numbers, IBANs and bank details from ferry refunds, orchestra fees,
 * microinsurance premiums, spare-parts invoices, site subcontractors and consumer complaints. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH113_FINANCIAL: DraftRecord[] = [
  rec('chat_en_gb', f`Can you draft a short email to a passenger confirming the refund? Details from the call: Mr Hollis, booking PB-884213, Portsmouth–Bilbao car + 2 adults, sailing cancelled due to weather. Refund £184.50 to the card he paid with, ${card('4539 1730 4826 5711')} exp 09/27. Should reach him in 5–7 working days. Keep it warm, he was quite upset on the phone.`),

  rec('chat_es_es', f`Hola, necesito redactar un correo para un grupo escolar de Santander al que le devolvemos la diferencia de la reserva (bajaron de 48 a 41 alumnos). Nos han dado estos datos bancarios:
Titular: AMPA IES Marqués de Santillana
IBAN: ${iban('ES70 0049 1500 0527 1847 2936')}
BIC: ${bic('BSCHESMMXXX')}
Importe: 392,00 €
¿Puedes escribirlo formal pero cercano?`),

  rec('csv', f`Reconcile these terminal payments against the sailings, something is off by one row:

${amb('source_code.snippet', f`txn_ref,sailing,vehicle_class,amount_eur,card,auth_code
T-55120,HEL-TLL 07:30,car<5m,96.40,**** **** **** 5711,048213
T-55121,HEL-TLL 07:30,van<6m,142.00,**** **** **** 6382,771904
T-55122,HEL-TLL 10:30,motorbike,38.90,${card('5354182903746185')},220617
T-55123,HEL-TLL 10:30,car<5m,96.40,**** **** **** 0272,609385`)}

Row T-55122 shows the full number — the terminal was in debug mode. Which rows are duplicates?`),

  rec('chat_sw', f`Tafadhali nisaidie kuandika barua kwa ushirika wa wakulima wa Kirinyaga kuhusu malipo ya fidia ya ukame. Tutatuma KSh 1,240,000 kwa akaunti yao:
Benki: Equity Bank Kenya, tawi la Kerugoya
Nambari ya akaunti: ${ambCat('financial', '0720294817365')}
SWIFT: ${bic('EQBLKENA')}
Simu ya mweka hazina: ${phone('+254 712 482739')}`),

  rec('chat_fa', f`سلام، یکی از مشترکان ارکستر برای برگشت پول بلیت کنسرت لغوشده شماره کارتش را فرستاده: ${card('6037-9918-4729-3614')} به نام سارا رحیمی. لطفاً یک پیام مؤدبانه بنویس که بگوییم بازپرداخت تا ده روز کاری انجام می‌شود.`),

  rec('email_de', f`Betreff: Honorar Aushilfe Kontrabass – Tournee Skandinavien

Hallo Frau Lindner,

anbei die Abrechnung für Herrn Petrović (6 Dienste à 280 €, plus Reisekosten 412,60 €). Bitte überweisen Sie den Betrag auf folgendes Konto:

Kontoinhaber: Marko Petrović
IBAN: ${iban('DE10 5001 0517 4829 1630 57')}
BIC: ${bic('INGDDEFFXXX')}

Bei Rückfragen erreichen Sie mich unter ${phone('+49 40 3928 4710')}.

Viele Grüße
Tourneebüro

---
Kannst du daraus eine kurze englische Version für die Buchhaltung in Oslo machen?`),

  rec('chat_hy', f`Բարև, նվագախմբի հյուրանոցը Երևանում խնդրում է քարտի տվյալները երաշխիքի համար։ Ես ուզում եմ ուղարկել ${card('4041 8273 6491 0272')}, ժամկետը 03/28։ Կարո՞ղ ես օգնել նամակը գրել անգլերեն, որ նրանք չպահեն քարտը վճարումից հետո։`),

  rec('invoice_it', f`Fattura n. 2024/1187 – Ricambi per apparecchi per dialisi

Destinatario: Centro Nefrologico San Gerardo, Monza
Descrizione: 12 pompe sangue rev. C, 4 sensori di conducibilità, 1 kit manutenzione annuale
Totale: 8.930,40 € (IVA inclusa)
Pagamento: bonifico a 30 gg
IBAN: ${iban('IT08 Y030 6909 6061 0000 0048 291')}
Intestatario: Tecnodialisi Service S.r.l.

Mi controlli se il totale con IVA al 22% torna? Imponibile 7.320,00 €.`),

  rec('chat_sk', f`Ahoj, potrebujem preplatiť servisnému technikovi cestovné náhrady za výjazdy do Košíc (3× 412 km). Jeho účet je ${iban('SK88 0900 0000 0050 4829 1736')}. Koľko to vychádza pri sadzbe 0,265 € za km? A napíš mi krátky mail pre mzdovú účtovníčku.`),

  rec('chat_tr', f`Merhaba, veri merkezi şantiyesindeki iskele taşeronuna hakediş ödemesi yapacağız. Fatura 486.200 TL, IBAN: ${iban('TR69 0001 2009 4730 0058 2147 36')}. Ödeme talimatı için kısa ve resmi bir e-posta yazar mısın? İSG belgeleri eksik olduğu için %10 teminat kesintisi yapılacak.`),

  rec('complaint_pt_br', f`Reclamação nº 2024-00871 – cobrança em duplicidade

Consumidora: Juliana Cardoso Ribeiro
Cartão informado na reclamação: ${card('6362 9748 1029 3741')} (Elo)
Descrição: "Comprei um ar-condicionado em 12 parcelas e a loja lançou duas vezes a primeira parcela de R$ 349,90. Já liguei três vezes e ninguém resolve."

Preciso de um resumo objetivo desta reclamação para encaminhar ao fornecedor, sem os dados do cartão.`),

  rec('chat_es_ar', f`Che, me llegó esta denuncia a la oficina de defensa del consumidor y quiero armar la nota al banco. El denunciante dice que le debitaron un seguro que nunca contrató de la tarjeta ${card('5408 1729 3648 1021')}, y que el reintegro tiene que ir a su CBU ${ambCat('financial', '0170099220000067482917')}. ¿Me ayudás con un texto formal?`),

  rec('ach_form', f`Vendor setup form – please check before I submit to AP:

Vendor: Northline Dialysis Parts LLC
Remit-to: 2210 Harbor Rd, Tacoma WA
Bank: Columbia State Bank
ABA routing: ${v('financial.aba_routing', '114008723')}
Account: ${ambCat('financial', '3829104756')}
Contact: ${phone('(646) 823-4179', 'US')} / ${v('pii.email', 'ar@northline-dialysis.com')}

Is "Columbia State Bank" still the right name after the merger?`),

  rec('chat_zh_cn', f`你好，我们乐团在上海的巡演取消了一场，有位观众要求退款。他发来的银联卡号是 ${card('6214 8302 9571 8463')}，金额是 880 元。请帮我写一封中文回复，说明退款会在 7 个工作日内原路退回。`),

  rec('chat_ja', f`東京公演のチケット払い戻しについて、お客様から次のカード番号が届きました：${card('3529-1048-2736-1946')}（JCB）。カード番号をメールで送らないよう丁寧にお願いする返信文を作ってください。`),

  rec('tsv', f`Freelancer fees for the Benelux tour, please total per country and flag anything odd:

${amb('source_code.snippet', f`name\tinstrument\tdays\tfee_eur\tiban
Anouk de Vries\tviool 2\t5\t1400.00\t${iban('NL50RABO0318472950')}
Pieter Claes\tbassoon\t4\t1120.00\t${iban('BE87001482917364')}
Jana Horáková\thorn\t5\t1400.00\t${iban('CZ3155000000001847293651')}
Tomasz Wróbel\ttimpani\t3\t840.00\t${iban('PL51124010371948207361529047')}`)}`),

  rec('chat_ar', f`أرجو كتابة خطاب رسمي لمقاول أنظمة التحكم بالدخول في موقع مركز البيانات بالرياض لتأكيد صرف الدفعة الثانية بقيمة 275,000 ريال إلى الحساب ${iban('SA56 1000 0048 2917 3650 2817')}. يرجى ذكر أن الدفعة مشروطة بتسليم شهادات الفحص.`),

  rec('chat_he', f`תכתוב לי בבקשה מייל קצר לספק חלקי החילוף של מכונות הדיאליזה שאנחנו מעבירים תשלום של 18,400 ₪ לחשבון ${iban('IL79 0126 8000 0004 8291 736')} ושהחשבונית צריכה לכלול מספר הזמנה.`),

  rec('chat_en_in', f`Customer called our health micro-cover helpline and read out her RuPay card for the premium auto-debit: ${card('6522 8173 9204 8164')}. Agent typed it in the notes field. How do I tell the team politely not to do this, and what should the script say instead?`),

  rec('chat_th', f`ช่วยเขียนอีเมลตอบลูกค้าหน่อยครับ ลูกค้าจองเรือเฟอร์รี่ไปเกาะสมุยพร้อมรถยนต์ แล้วถูกตัดเงินสองครั้งจากบัตร ${card('4482 9173 6402 9185')} ครั้งละ 1,850 บาท เราจะคืนเงินหนึ่งรายการภายใน 14 วัน`),

  rec('chat_af', f`Hallo, kan jy my help met 'n e-pos aan 'n klant? Sy het 'n klagte by die verbruikersraad ingedien dat haar kaart ${card('5258 3910 4827 3610')} twee keer gedebiteer is vir 'n gimnasiumkontrak wat sy reeds gekanselleer het. Ons wil die handelaar vra om binne 10 werksdae terug te betaal.`),
];

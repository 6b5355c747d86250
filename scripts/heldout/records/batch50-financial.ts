/**
 * Held-out batch 50: card numbers, IBANs and account details in guest disputes, crew payroll,
 * parking refunds, listing-fee invoices, clinic instalments and donor transfers. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH50_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Guest in cabin 9214 disputes a $1,240 spa charge and says she never signed the folio. She gave me the card over the phone so I can check the bank reference: Visa ${v('financial.payment_card', '4571 9830 2265 0178')}, exp 06/27. Can you draft a reply that explains we're opening a chargeback review and that it can take up to 10 business days?`),

  rec('email', f`Subject: Refund for cancelled shore excursion – booking MBX-7731904

Hi guest services,

Our tour in Kotor was cancelled because of the weather. We paid with two cards: the Amex ${v('financial.payment_card', '3741 928650 31747')} for the excursion and my husband's Discover ${v('financial.payment_card', '6011-0493-8275-5131')} for the lunch add-on. Please refund both.

Thanks,
Linda and Gary Whitcombe, cabin 6088

→ please write a short answer confirming both refunds, no promises on the exact date`),

  rec('form_es', f`Buenas, ¿me ayudas a revisar este formulario de cambio de cuenta para la nómina de tripulación antes de mandarlo a RR. HH.?

SOLICITUD DE CAMBIO DE DATOS BANCARIOS
Tripulante: Alejandro Ruiz Carmona · Puesto: camarero de sala · Barco: MS Northern Meridian
Nueva cuenta (IBAN): ${v('financial.iban', 'ES30 2085 4782 1203 3019 8472')}
Titular: el mismo
A partir de la nómina de: abril 2025

¿Falta algún campo obligatorio?`),

  rec('chat_tl', f`Ma'am, pa-check po kung tama yung allotment details na ilalagay ko sa form para sa asawa ko sa Batangas:
Bangko: BDO Unibank, SWIFT ${amb('financial.swift_bic', 'BNORPHMM')}
Account name: Marites P. Villanueva
Account no.: ${ambCat('financial', '0048 2731 9560')}
Halaga: 70% ng basic wage buwan-buwan

Pakigawa po ng maayos na English na version para sa crew payroll office.`),

  rec('chat_ja', f`お客様からの返金依頼のメールを英語で書きたいです。内容：クルーズ中に二重請求があった。カード番号はJCB ${v('financial.payment_card', '3589 0672 1844 3903')}、請求日は3月14日、金額は2回とも¥18,400です。丁寧な文面でお願いします。`),

  rec('log', f`${amb('source_code.snippet', f`2025-03-09 17:42:11,908 ERROR pay-gw  [meter=HRB-P3-017] authorise failed resp=05 DO_NOT_HONOUR
2025-03-09 17:42:11,909 DEBUG pay-gw  req={"amount":450,"currency":"GBP","pan":"${v('financial.payment_card', '5413279044186252')}","exp":"0926","entry":"contactless"}
2025-03-09 17:42:12,004 INFO  pay-gw  [meter=HRB-P3-017] fallback to coin/app prompt`)}

Why is the gateway logging the whole PAN at DEBUG on the pay-and-display meters? Who should I report this to, and what does resp=05 mean?`),

  rec('email_cy', f`Annwyl Mr Hughes,

Diolch am eich apêl. Rydym wedi canslo'r Hysbysiad Tâl Cosb ac fe fyddwn yn ad-dalu'r £70 a dalwyd. Cadarnhewch mai dyma'r cyfrif cywir:

IBAN: ${v('financial.iban', 'GB60 NWBK 5318 2947 1638 20')}
Cod didoli: ${ambCat('financial', '53-18-29')}  Rhif cyfrif: ${ambCat('financial', '47163820')}

Yn gywir,
Tîm Apeliadau Parcio

→ gwiriwch y Gymraeg os gwelwch yn dda, a chyfieithwch i'r Saesneg`),

  rec('chat_sk', f`Dobrý deň, potrebujem napísať odpoveď občanovi, ktorému sme neoprávnene odtiahli auto. Poplatok 118 € mu vrátime na účet ${v('financial.iban', 'SK23 0900 0000 0051 0283 7461')} do 15 dní. Prosím, nech to znie ospravedlňujúco, ale formálne.`),

  rec('email_is', f`Sæl Guðrún,

Styrkurinn frá Norræna genabankasjóðnum vegna frærannsókna á byggi verður greiddur inn á reikning stofnunarinnar:
IBAN: ${v('financial.iban', 'IS21 0133 2601 2345 2107 8234 69')}
Upphæð: 4.850.000 kr.

Gætir þú þýtt þetta yfir á ensku fyrir sjóðinn?

Kveðja,
Sigurður, fjármálasvið`),

  rec('invoice_bg', f`ФАКТУРА № 0000004127 / 03.03.2025
Доставчик: Регионална фондова борса АД
Получател: Агро Инвест Холдинг АД
Основание: годишна такса за поддържане на регистрация на емисия (сегмент „Standard“)
Сума: 3 600,00 лв. без ДДС

Плащане по сметка:
IBAN ${v('financial.iban', 'BG42 STSA 9300 1500 4827 31')}
BIC ${amb('financial.swift_bic', 'STSABGSF')}

Можеш ли да ми напишеш придружително писмо на английски за емитента?`),

  rec('email_sr_cyrl', f`Поштовани,

Молимо да котизациону накнаду за укључење акција на Open Market уплатите у року од осам дана на рачун Берзе:
IBAN: ${v('financial.iban', 'RS55 1600 0501 0038 4729 15')}
Позив на број: 97 2025-0318

С поштовањем,
Одељење за листинг

→ преведи на енглески, издавалац је из Словеније`),

  rec('chat_sq', f`Më ndihmo të shkruaj një mesazh për prindërit e pacientëve: pagesa e kësteve për aparatin ortodontik mund të bëhet me transfertë bankare në llogarinë e klinikës ${v('financial.iban', 'AL47 2121 1009 0000 0002 3569 8741')}, duke shënuar emrin e fëmijës në përshkrim. Kësti mujor është 6 000 lekë.`),

  rec('email_mk', f`Почитувани,

Ви благодариме за донацијата за расчистување на мини во општина Кичево. Средствата ве молиме уплатете ги на девизната сметка на организацијата:
IBAN: ${v('financial.iban', 'MK46 3000 0000 4827 315')}
SWIFT: ${amb('financial.swift_bic', 'KOBSMK2X')}
Цел: Донација – проект Кичево 2025

→ направи ја пократка и пољубезна, на англиски`),

  rec('chat_he', f`אני צריכה לנסח הודעה להורים של מטופל: התשלום החודשי על הגשר האורתודונטי לא עבר בכרטיס ויזה ${v('financial.payment_card', '4118 3729 0561 1848')}. אפשר לשלם בהעברה בנקאית לחשבון המרפאה ${v('financial.iban', 'IL34 0108 0000 0048 2731 560')} או לעדכן כרטיס. שיהיה מנומס ולא מאשים.`),

  rec('chat_ms', f`Tolong semak, pesakit kata kad Mastercard dia ${v('financial.payment_card', '5452 1987 3306 6413')} ditolak semasa bayar deposit pendakap gigi RM1,500 di kaunter. Bank kata tiada transaksi. Macam mana nak terangkan kepada pesakit dengan sopan dalam Bahasa Melayu?`),

  rec('chat_th', f`ช่วยเขียนอีเมลภาษาอังกฤษถึงคนไข้ชาวจีนหน่อยค่ะ ว่าการตัดบัตร UnionPay ${v('financial.payment_card', '6217 9840 3362 1716')} สำหรับค่าจัดฟันใสงวดแรก 35,000 บาทไม่สำเร็จ ให้ติดต่อธนาคารหรือเปลี่ยนวิธีชำระเงิน`),

  rec('form', f`DONOR WIRE – RESTRICTED GIFT (US)
Donor: Calloway Family Foundation
Purpose: Mine risk education, Tajikistan programme
Originating bank: Harbor Plains Bank, Omaha NE
ABA: ${v('financial.aba_routing', '211072584')}   Account: ${ambCat('financial', '7300418829')}
Amount: USD 85,000.00
Beneficiary: ClearPath Mine Action (operating account)

Can you summarise this for the grants tracker in one line?`),

  rec('email_eu', f`Kaixo Ane,

Donostiako udalaren grua-zerbitzuak 160 euroko tasa itzuli behar dizu, ibilgailua oker eraman zutelako. Mesedez, baieztatu kontu-zenbaki hau zurea dela:
${v('financial.iban', 'ES78 0049 1823 4729 1038 5671')}

Eskerrik asko,
Mugikortasun Saila

→ zuzendu euskara eta idatzi gaztelaniazko bertsioa`),

  rec('form_gl', f`Podes revisar a redacción desta domiciliación para a tarxeta de residente da zona ORA?

ORDE DE DOMICILIACIÓN
Titular: Brais Otero Lamas
IBAN: ${v('financial.iban', 'ES23 3035 0218 4521 8009 3716')}
Concepto: cota anual tarxeta residente zona 3 (36 €)
Sinatura: ___________`),

  rec('csv', f`Reconcile the Q1 annual listing fees against the statement and list who hasn't paid:

${amb('source_code.snippet', f`issuer;isin;fee_eur;paid_from_iban;value_date
Nordhavn Shipping ASA;NO0012345676;4200.00;${v('financial.iban', 'NO1086011128365')};2025-01-14
Rheinfeld Agrar AG;DE000A2YN900;4200.00;${v('financial.iban', 'DE34500700100482917365')};2025-01-21
Vanderlaan Foods NV;NL0015000ZZ4;2800.00;${v('financial.iban', 'NL32INGB0008273641')};
Atlântico Energia SA;PTATL0AM0007;2800.00;${v('financial.iban', 'PT77003300004538192746705')};2025-02-03`)}`),

  rec('chat_fa', f`سلام، یک کشاورز که بذر گندم بومی به بانک ژن اهدا کرده، هزینه ارسال را پرداخت کرده و باید به او برگردانیم. شماره کارتش ${v('financial.payment_card', '6037 9918 4625 7305')} است به نام رضا کریمی. لطفاً یک پیام تشکر کوتاه بنویس که بگوید مبلغ ۴۵۰ هزار تومان تا آخر هفته واریز می‌شود.`),

  rec('chat_bn', f`ঢাকা অফিসের স্থানীয় কর্মীদের মার্চের বেতন পাঠাতে হবে। হেড অফিসকে ইংরেজিতে একটা ইমেইল লিখে দিন যাতে এই অ্যাকাউন্টে টাকা পাঠায়: Dutch-Bangla Bank, Motijheel শাখা, অ্যাকাউন্ট নম্বর ${ambCat('financial', '1071100048273')}, SWIFT ${amb('financial.swift_bic', 'DBBLBDDH')}। মোট ৩,৮০০ মার্কিন ডলার।`),
];

/**
 * Held-out batch 81: cards, IBANs and routing numbers in student-finance chats, container-lease
 * deposits, damage-claim payouts, water-bill direct debits, drone-survey invoices and hotel
 * folios. Hand-written, many languages.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH81_FINANCIAL: DraftRecord[] = [
  rec('chat_en_jm', f`Hi, mi paying di second instalment fi di full-stack bootcamp but di portal keep saying "card declined". Mi card is ${v('financial.payment_card', '4103 9340 4896 2375')} exp 09/27. Can you write a short message to di finance office asking if dem can process it manually?`),

  rec('email_pt', f`Assunto: Reembolso do bootcamp de Data Analytics – desistência

Boa tarde,
Na sequência da minha desistência dentro do prazo de 14 dias, peço o reembolso de 1 450,00 € para a seguinte conta:
Titular: Inês Carvalho Duarte
IBAN: ${v('financial.iban', 'PT68 0925 7406 1263 3934 4474 0')}

Obrigada,
Inês

(podes tornar isto mais formal?)`),

  rec('chat_tr', f`Yeni kiracı Ege Lojistik için 40 adet 40' HC konteynerin depozitosu geldi mi kontrol etmem lazım. Bizim hesap: ${v('financial.iban', 'TR63 9682 0964 0215 1328 2460 47')}, SWIFT ${amb('financial.swift_bic', 'TGBATRISXXX')}. Onlara ödeme hatırlatması için kibar bir e-posta yazar mısın? Tutar 96.000 USD.`),

  rec('letter_ar_sa', f`اكتب لي خطاب مطالبة رسمي للمستأجر (شركة الرمال للنقل) بخصوص متأخرات إيجار الحاويات عن شهر أكتوبر بقيمة 184,500 ريال، وأضف بيانات الحساب:
اسم البنك: البنك الأهلي
رقم الآيبان: ${v('financial.iban', 'SA60 9208 8501 9768 6362 9037')}
رمز السويفت: ${amb('financial.swift_bic', 'NCBKSAJE')}`),

  rec('email_el', f`Θέμα: Αποζημίωση για ζημιά σε κοντέινερ MRDU 551902-0

Καλησπέρα σας,
Σας ενημερώνουμε ότι η απαίτηση για τη ζημιά στην πόρτα του κοντέινερ εγκρίθηκε (ποσό 2.340 €). Παρακαλούμε επιβεβαιώστε ότι ο λογαριασμός του συνεργείου είναι ο σωστός:
${v('financial.iban', 'GR38 0793 8945 2436 9388 1056 674')}

Μπορείς να το κάνεις λίγο πιο επίσημο;`),

  rec('form_en_ie', f`Can you check this direct debit mandate is filled in correctly before I scan it to the water billing office?

SEPA Direct Debit Mandate — Irish Water Services (Kildare Municipal)
Account holder: Siobhán Ní Bhriain
Service address: 14 Moorefield Park, Newbridge
IBAN: ${v('financial.iban', 'IE81AIBK65181379015894')}
BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}
Payment type: recurrent, quarterly
Signed: 21/11/2024`),

  rec('log_es_do', f`El cobro de la factura de agua del cliente 00481-22 se duplicó. Te pego el log del gateway:

${amb('source_code.snippet', f`2024-11-25 09:14:52 INFO  pago-agua  POST /cobros  cliente=00481-22 monto=2185.40 DOP
2024-11-25 09:14:52 DEBUG pago-agua  tarjeta=${v('financial.payment_card', '5382213620372322')} venc=03/26 titular="RAMON E PEGUERO"
2024-11-25 09:14:53 INFO  pago-agua  respuesta=APROBADA autorizacion=884120
2024-11-25 09:14:58 INFO  pago-agua  POST /cobros  cliente=00481-22 monto=2185.40 DOP (reintento)
2024-11-25 09:14:59 INFO  pago-agua  respuesta=APROBADA autorizacion=884127`)}

Para la devolución, la cuenta del cliente es ${v('financial.iban', 'DO96 BAGR 4757 0192 8919 4083 7413')}. ¿Cómo redacto la nota de crédito?`),

  rec('note_fr', f`Peux-tu reformuler cette note interne de la réception pour le service revenue ?

« Client M. Olivier Fabre, chambre 512, arrivée le 3/12, 4 nuits. Garantie par Amex ${v('financial.payment_card', '3719 178850 14940')}, exp. 11/26. Le client conteste le supplément petit-déjeuner facturé 2 × 28 €, à vérifier avant le départ. »`),

  rec('chat_it', f`Un ospite ha aperto una contestazione (chargeback) per la camera prepagata non rimborsabile. Nel sistema vedo la carta ${v('financial.payment_card', '5515 8409 2146 5809')}, mentre sull'estratto conto che ci ha mandato compare solo **** **** **** 5809. Mi aiuti a scrivere la risposta alla banca con le prove (conferma, policy, check-in)?`),

  rec('csv_de', f`Bitte prüf diese Liste der Loyalty-Prämienbuchungen: bei welchen Zeilen fehlt die Autorisierung?

${amb('source_code.snippet', f`buchung;mitglied;karte;betrag;autorisierung
LY-88120;GOLD-20481;**** 4621;320,00;A88412
LY-88121;PLAT-00917;${v('financial.payment_card', '4395 9150 0971 4621')};1.180,00;
LY-88122;SILV-33018;**** 0780;95,50;A88415
LY-88123;GOLD-11802;${v('financial.payment_card', '2720 4910 1828 0780')};410,00;`)}

Die zwei Zeilen mit voller Kartennummer kommen aus dem alten Kassensystem.`),

  rec('form_en_us', f`I'm filling in the ISA (income share agreement) disbursement form for our bootcamp student. Does the bank info look complete?

Student: Tyrell Washington
Bank: First Lakeshore Credit Union
Routing number (ABA): ${v('financial.aba_routing', '071087094')}
Account number: ${ambCat('financial', '5029184736')}
Account type: Checking
Amount: $3,250.00 (living stipend, cohort 14)`),

  rec('invoice_nb', f`Kan du lage en purring på engelsk til kunden? Faktura 2024-0387 for dronekartlegging av kraftlinjetrasé (42 km) forfalt 15.11.

Betales til: Fjellsyn Droneteknikk AS
Kontonummer/IBAN: ${v('financial.iban', 'NO92 8684 0101 208')}
BIC: ${amb('financial.swift_bic', 'DNBANOKK')}
Beløp: NOK 186 400,00`),

  rec('chat_pl', f`Klient z Rzeszowa pyta, na jakie konto ma przelać zaliczkę za nalot fotogrametryczny kopalni. Nasze dane: ${v('financial.iban', 'PL63 4332 8419 2455 3562 9061 7570')}, tytułem "ZAL/2024/112". Napiszesz mi krótką odpowiedź po polsku i angielsku?`),

  rec('email_es', f`Asunto: Reembolso de gastos de desplazamiento – familia donante

Hola Marta,
Por favor, tramita el reembolso de los gastos de taxi y alojamiento de la familia del donante del caso 24-118 (importe total 612,80 €). Cuenta facilitada por el hijo:
${v('financial.iban', 'ES38 1138 3256 8450 9447 2107')}
Titular: Álvaro Medina Robles

Necesito que me lo redactes como solicitud formal a Gerencia.`),

  rec('chat_kk', f`Алматыдағы лизинг клиентінен аванс түспеді. Олар біздің шотқа аударғанын айтады: ${v('financial.iban', 'KZ94 6170 1246 6578 9665')}. Қазақша және орысша қысқа хат жазып бер, төлем тапсырмасының көшірмесін сұрайық.`),

  rec('chat_uk', f`Орендар контейнерів з Одеси просить змінити реквізити для повернення застави. Новий рахунок: ${v('financial.iban', 'UA94 4420 6283 6090 1452 6011 8272 7')}. Склади, будь ласка, лист-підтвердження, що ми отримали їхній запит і перевіримо його телефоном.`),

  rec('chat_ar_eg', f`محتاج رد على العميل بتاع إيجار الحاويات في بورسعيد، بيقول إنه حوّل التأمين على الحساب ده: ${v('financial.iban', 'EG45 8914 9936 1254 6968 6671 8307 6')} بس احنا مش شايفين التحويل. اكتب رد مؤدب واطلب منه إيصال التحويل.`),

  rec('chat_he', f`אורח בבית המלון בתל אביב ביקש החזר על לילה שבוטל. הוא שלח את פרטי החשבון: ${v('financial.iban', 'IL97 1332 2001 2184 5902 661')}. תנסח לי מייל באנגלית שמאשר את ההחזר תוך 10 ימי עסקים.`),

  rec('chat_zh', f`帮我写一封中英文的邮件给客人：他在我们上海酒店用银联卡 ${v('financial.payment_card', '6237 2798 5103 5461')} 预付了三晚，但因为航班取消没能入住。我们同意退款，预计 7–10 个工作日到账。`),

  rec('chat_vi', f`Khách đoàn ở khách sạn Đà Nẵng thanh toán tiền đặt cọc bằng thẻ JCB ${v('financial.payment_card', '3528-8347-1605-4597')}, nhưng kế toán báo giao dịch bị treo. Viết giúp mình tin nhắn xin lỗi khách bằng tiếng Việt và tiếng Nhật nhé.`),

  rec('sheet_hu', f`Ebben a táblázatban a vízdíj-visszatérítések vannak, kérlek összesítsd kerületenként:

${amb('source_code.snippet', f`ugyfelszam\tkerulet\tnev\tszamlaszam\tosszeg
V-220417\tIII.\tKovács Endre\t${v('financial.iban', 'HU51 3489 4542 3725 8172 7803 6656')}\t12 480
V-220533\tXI.\tSzabó Réka\tpostai utalvány\t8 910
V-221009\tIII.\tNagy Bálint\t${v('financial.iban', 'HU52 1176 3499 2184 3006 0000 0000')}\t4 205`)}`),

  rec('chat_pt_br', f`Oi! Um aluno do bootcamp pagou a matrícula com cartão ${v('financial.payment_card', '5192 5193 0530 0333')} mas caiu duas vezes. Ele mandou o comprovante e o telefone ${phone('+55 21 99734-1182')}. Escreve uma resposta pra ele explicando que o estorno leva até duas faturas?`),
];

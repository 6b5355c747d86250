/**
 * Held-out batch 105: card numbers, IBANs and routing numbers from toll-road penalty payments,
 * pension payouts, clinic deposits, rescue-service donations and bookshop marketplace payouts.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH105_FINANCIAL: DraftRecord[] = [
  rec('call_note', f`Can you tidy this call note up for the penalty charge case file?

PCN 4418-Q / vehicle reg withheld / caller: registered keeper
Paid over the phone 10:42, £70.00 (discounted within 14 days). Card read out by caller: ${v('financial.payment_card', '4903 0268 0387 9720')}, exp 11/27, CVV taken and not stored.
Receipt ref TR-88217 sent by post as requested.`),

  rec('email_de', f`Betreff: Änderung Bankverbindung – Rentenzahlung ab Juni

Sehr geehrte Damen und Herren,

bitte überweisen Sie meine Betriebsrente ab dem 1. Juni auf mein neues Konto:
IBAN ${v('financial.iban', 'DE02 4902 9769 2370 1952 95')}
BIC ${amb('financial.swift_bic', 'GENODEM1MIN')}
Mitgliedsnummer: 7-118-40392

Mit freundlichen Grüßen
Hildegard Sommer

(Bitte als kurze interne Notiz für die Sachbearbeitung zusammenfassen.)`),

  rec('chat_fr', f`Une patiente a payé l'acompte de sa chirurgie de l'hallux valgus deux fois. Je dois lui rembourser 150 € sur ${v('financial.iban', 'FR94 7216 7261 6175 0552 1927 264')}. Peux-tu rédiger le message pour la compta, en précisant que la carte utilisée (Visa se terminant par 0231) ne doit plus être débitée ?`),

  rec('csv', f`Liquidación de vendedores del marketplace de libros de segunda mano, marzo. ¿Ves alguna fila rara?

${amb('source_code.snippet', f`vendedor_id;nombre_tienda;iban;importe_eur
V-0192;Librería El Desván;${v('financial.iban', 'ES3055723822566529739763')};412,60
V-0207;Libros Rescatados;${v('financial.iban', 'PT27446524213655399677887')};88,15
V-0311;Alfarrábios do Porto;PT50 0000 0000 0000 0000 0000 0;0,00
V-0342;Papel Viejo Sevilla;${v('financial.iban', 'ES91 2100 0418 4502 0005 1332')};1.027,40`)}

La de Alfarrábios me parece un marcador de posición.`, 'the zeroed PT IBAN fails mod-97: a placeholder'),

  rec('chat_it', f`Un cliente del nostro mercatino online di libri usati contesta un addebito di 64,90 € sulla carta ${v('financial.payment_card', '5152 7900 9126 1660')}. Mi scrivi una risposta cortese in italiano che spieghi come aprire la contestazione con la banca?`),

  rec('letter_pl', f`Proszę o przeredagowanie pisma do członka funduszu:

Szanowny Panie,
informujemy, że wypłata transferowa środków zgromadzonych na rachunku zostanie zrealizowana na wskazany rachunek bankowy nr ${v('financial.iban', 'PL03 7622 5709 4358 0769 5071 4941')} w terminie 30 dni od daty złożenia kompletnego wniosku.`),

  rec('form_fi', f`Eläkehakemuksen maksutiedot – tarkista onko kaikki kentät täytetty:
Nimi: Aino Mäkelä
Tilinumero (IBAN): ${v('financial.iban', 'FI24 9597 3069 7688 64')}
BIC: ${amb('financial.swift_bic', 'OKOYFIHH')}
Veronpidätysprosentti: 18,5 %
Maksupäivä: kuukauden 1. päivä`),

  rec('tsv', f`Išmokų pardavėjams failas (senų knygų prekyvietė), ar teisingai suformatuota SEPA?

${amb('source_code.snippet', f`pardavejas\tiban\tsuma
Knygų Pastogė (Vilnius)\t${v('financial.iban', 'LT83 2315 9924 2638 8483')}\t214.30
Grāmatu Bēniņi (Rīga)\t${v('financial.iban', 'LV72 AVIA 4649 6219 0203 2')}\t97.80
Vana Raamat OÜ (Tartu)\t${v('financial.iban', 'EE33 1732 9576 5484 9586')}\t305.00`)}`),

  rec('log', f`HGS geçiş ihlali ödeme servisinden gelen log, kart neden düz metin?

${amb('source_code.snippet', f`2025-04-17T08:14:22.901+03:00 ERROR odeme-svc  ProvizyonHatasi: 05 (Genel Red)
  plaka=34 ABC 812 ihlal_no=IHL-2025-0418832 tutar=1.240,00 TRY
  kart_no=${v('financial.payment_card', '4547234037880231')} skt=09/28
  at tr.otoyol.odeme.PosClient.provizyon(PosClient.java:188)`)}`),

  rec('email_ar', f`الموضوع: تحديث بيانات صرف المعاش

السلام عليكم،
أرجو تحويل مستحقات التقاعد الشهرية إلى الحساب الجديد:
الآيبان: ${v('financial.iban', 'SA08 0314 1983 7849 2143 1683')}
اسم البنك: مصرف الراجحي
رقم المشترك: 40021873

شكراً لكم.

ساعدني في كتابة رد رسمي يؤكد استلام الطلب.`),

  rec('chat_he', f`תורם שילם לעמותת החילוץ ההררי פעמיים. צריך להחזיר לו 500 ₪ לחשבון ${v('financial.iban', 'IL92 8882 5153 8338 7775 652')}. תנסח לי מייל קצר בעברית עם אישור ההחזר?`),

  rec('ach_form', f`Please check this ACH setup for a US book dealer who sells on our marketplace before I send it to treasury:

Payee: Dog-Eared Pages LLC, Asheville NC
Bank: Blue Ridge Community Bank
Routing (ABA): ${v('financial.aba_routing', '062421960')}
Account: ${ambCat('financial', '40187236590')} (checking)
Contact: ${amb('pii.phone', '(828) 555-0148')} — wait, that's their old fax, use ${phone('(828) 274-9316', 'US')}`, 'a 555-01xx number is fictional: ambiguous'),

  rec('chat_ja', f`古本のまとめ買いのお客様から、電話でJCBカード ${v('financial.payment_card', '3511 5588 8565 0849')} の番号を伝えられました。メモに残してしまったのですが、どう処理すべきですか？社内向けの手順を作ってください。`),

  rec('chat_ko', f`고속도로 통행료 미납 건으로 고객이 채팅에 카드번호를 적었어요: ${v('financial.payment_card', '5220-0924-0320-8002')}. 이 대화 기록을 어떻게 마스킹해서 보관해야 하는지 안내문 초안 써 주세요.`),

  rec('email_sl', f`Zadeva: vračilo donacije – Gorska reševalna zveza

Spoštovani,
donacija v višini 200 € je bila po pomoti nakazana dvakrat. Prosimo, vrnite znesek na račun ${v('financial.iban', 'SI56 9804 9179 4496 033')}.

Lep pozdrav,
blagajničarka GRS Kranjska Gora`),

  rec('invoice_el', f`Μετάφρασε στα αγγλικά το παρακάτω τιμολόγιο προμηθευτή ορθωτικών πελμάτων:

ΤΙΜΟΛΟΓΙΟ 2025/0412
Προμηθευτής: Ορθοπεδικά Πέλματα Α.Ε.
Ποσό: 3.480,00 €
Πληρωμή σε: ${v('financial.iban', 'GR08 5292 9584 8524 7638 2759 505')}
Προθεσμία: 30 ημέρες`),

  rec('chat_ro', f`Un client a plătit rovinieta și o taxă de pod de două ori. Vreau să-i returnez banii în contul ${v('financial.iban', 'RO73KNAH1395640263875820')}. Poți să-mi scrii un mesaj formal în română?`),

  rec('chat_ka', f`გამარჯობა, საპენსიო სააგენტოს წევრმა გამოგვიგზავნა ახალი ანგარიში: ${v('financial.iban', 'GE38FI5551633321935544')}. გთხოვთ, დამიწერეთ დადასტურების წერილი ქართულად.`),

  rec('csv', f`Reconcile the clinic's card terminal export with the bank statement, April:

${amb('source_code.snippet', f`date,patient_ref,amount_gbp,card,auth
2025-04-02,PT-30918,45.00,**** **** **** 6081,A81922
2025-04-02,PT-30944,120.00,${v('financial.payment_card', '5585 4570 9038 6081')},A81957
2025-04-03,PT-31002,45.00,**** **** **** 9223,A82010
2025-04-03,PT-31019,650.00,${v('financial.payment_card', '3796 766639 95223')},A82033`)}

Two rows came through unmasked from the old Ingenico terminal in the Leeds podiatry branch.`),

  rec('chat_ms', f`Pelanggan kedai buku terpakai kami bayar guna kad ${v('financial.payment_card', '4086 3551 9193 9823')} tapi transaksi gagal dua kali dan dia nampak dua caj pending. Tolong tulis jawapan dalam Bahasa Melayu yang terangkan caj pending akan dilepaskan dalam 7 hari.`),

  rec('wire_request', f`Wire instruction for the biotech start-up's reagent supplier in Zurich. Can you check it is complete?
Beneficiary: Reagenz Labor AG
IBAN: ${v('financial.iban', 'CH73 9548 8377 1314 9081 1')}
SWIFT: ${amb('financial.swift_bic', 'ZKBKCHZZ80A')}
Amount: CHF 18'420.00
Reference: PO-HX-2025-0331`),
];

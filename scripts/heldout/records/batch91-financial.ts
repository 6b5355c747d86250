/**
 * Held-out batch 91: payment cards, IBANs, routing numbers and bank details from funeral invoices,
 * P2P-lending collections, ski-pass refunds, rail freight billing and election-office expenses.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH91_FINANCIAL: DraftRecord[] = [
  rec('mail_en_ie', f`Subject: Payment for the funeral of the late Mr Seán Ó Briain

Dear Ms Walsh,

Thank you for your call this morning. As discussed, the balance of €4,380.00 for the arrangements (coffin, hearse, Requiem Mass fees and the notice in the Examiner) can be paid by transfer to:

Account name: Ó Donnchadha Funeral Directors Ltd
IBAN: ${v('financial.iban', 'IE49 AIBK 9311 5269 1714 10')}
BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}
Reference: OB-2291

Could you help me make this email a bit warmer? The family is very upset.`),

  rec('chat_es_uy', f`Che, un cliente me pasó la tarjeta por WhatsApp para pagar el alquiler de esquís del viaje de egresados y necesito cargarla en el POS manual. ¿Me armás un mensaje pidiéndole que no mande más datos así?

Tarjeta: ${v('financial.payment_card', '4539 8388 8825 3759')}
Vence 09/27, CVV 418
Titular: Martina Ferreyra`),

  rec('csv_collections_lt', f`Prašau sugrupuoti šiuos vėluojančius mokėjimus pagal šalį ir apskaičiuoti bendrą skolą:

loan_id;borrower;iban;overdue_eur;days
LP-88213;Jonas P.;${v('financial.iban', 'LV80HABA8992892176864')};412.50;34
LP-88240;Anna K.;${v('financial.iban', 'EE568639009513281938')};1280.00;61
LP-88301;Mikko L.;${v('financial.iban', 'FI8763565200601961')};96.20;12
LP-88355;Marta W.;${v('financial.iban', 'PL58891654962927393425676214')};730.00;45`),

  rec('chat_pt_cv', f`Bom dia. Preciso de devolver o valor do passe de temporada a um cliente de Cabo Verde que cancelou por doença. Ele mandou o IBAN português: ${v('financial.iban', 'PT37 3445 7471 0292 8646 3900 5')}. Podes escrever-lhe uma resposta em crioulo simples a confirmar que a transferência sai até sexta?`),

  rec('invoice_de_ch', f`Rechnung Nr. 2025-0117 — Krematorium Oberland AG
Leistung: Kremation, Urne Modell «Birke», Überführung 42 km
Betrag: CHF 2'940.00

Zahlbar innert 30 Tagen auf:
IBAN ${v('financial.iban', 'CH94 6069 9835 5209 5309 0')}
zugunsten Krematorium Oberland AG, 3600 Thun

Kannst du mir daraus einen höflichen Zahlungserinnerungstext machen?`),

  rec('chat_en_ca', f`Customer at the rental counter says her Amex got charged twice for the 3-day pass (CAD 389 each). Card on the receipt: ${v('financial.payment_card', '3782 744031 32892')}. Can you draft an apology and explain the refund takes 5–7 business days? Her name is Chloe Tremblay.`),

  rec('ach_us', f`Vendor setup form — university hospital radiology (contrast agent supplier)
Vendor: Meridian Imaging Supplies LLC
Bank: First Lakeshore Bank
ABA routing: ${v('financial.aba_routing', '026043012')}
Account: ${ambCat('financial', '4471902386')}
Remit e-mail: ${v('pii.email', 'ar@meridian-imaging.example')}
Please check if the routing number format looks right before I submit.`),

  rec('sepa_nl_sr', f`Beste collega,

Voor de uitvaart van mevrouw Pinas is het voorschot overgemaakt vanuit Nederland. De familie vraagt of de rest ook per overschrijving kan. Gegevens van de familie:

Rekeninghouder: R. Pinas-Doelwijt
IBAN: ${v('financial.iban', 'NL53 RABO 7004 8813 58')}

Kun je een korte bevestiging opstellen in het Nederlands, met vermelding van het restbedrag SRD 18.400?`),

  rec('chat_hu', f`Szia! A választási iroda kiküldött egy számlát a szavazólapok nyomtatásáról, és utalni kell. Nézd meg légyszi, hogy jó-e a számlaszám formátuma:
Kedvezményezett: Pannon Nyomda Kft.
IBAN: ${v('financial.iban', 'HU69 6385 5042 5132 7372 3908 3143')}
Összeg: 1 842 000 Ft
Közlemény: VAL-2025/014`),

  rec('chat_ro_md', f`Salut, un debitor din Chișinău vrea să plătească restanța direct în contul nostru din Moldova. Îi scriu așa: „Vă rugăm să achitați 3 450 MDL în contul ${v('financial.iban', 'MD38AG918004538334471950')}, cu mențiunea numărului contractului." Poți să-l faci mai politicos?`),

  rec('chat_ru_card', f`Клиент пункта проката позвонил и продиктовал карту, чтобы оплатить повреждённый сноуборд. Записала: ${v('financial.payment_card', '2202 4685 9940 9993')}, срок 11/26. Напиши, пожалуйста, шаблон СМС, что оплату получили.`),

  rec('freight_invoice_tr', f`Merhaba, yük vagonu kiralama faturası için müşteriye gidecek e-postayı Türkçe yazar mısın?

Fatura: YK-2025-0412
Tutar: 184.250,00 TRY
Banka: Ziraat Bankası
IBAN: ${v('financial.iban', 'TR11 3057 0044 9859 4483 7310 50')}
Vade: 15.02.2025`),

  rec('card_table_en_sg', f`Pls check which of these chargebacks are still open, from the ski-trip package bookings:

| booking | card | amount | status |
|---|---|---|---|
| SG-4410 | ${v('financial.payment_card', '5413-2924-3275-3500')} | SGD 1,280 | disputed |
| SG-4417 | ${v('financial.payment_card', '3566 4353 5559 2906')} | SGD 940 | won |
| SG-4423 | **** **** **** 7718 | SGD 2,150 | open |`),

  rec('chat_sr_cyrl', f`Здраво, треба да платимо закуп сале за изборну обуку. Подаци о рачуну добављача:
Прималац: Дом културе „Стари град“
IBAN: ${v('financial.iban', 'RS53094539946698870803')}
SWIFT: ${amb('financial.swift_bic', 'AIKBRS22')}
Можеш ли да напишеш налог за плаћање на српском?`),

  rec('chat_ka_iban', f`გთხოვთ, შეადგინეთ შეხსენების წერილი მსესხებლისთვის. ვადაგადაცილებული თანხა: 640 ლარი. გადახდა შესაძლებელია ანგარიშზე ${v('financial.iban', 'GE40NB9488566048568094')}, დანიშნულება: სესხი P2P-5512.`),

  rec('chat_da_fo', f`Hej, en pårørende fra Tórshavn vil betale for urnenedsættelsen med overførsel fra sin færøske konto ${v('financial.iban', 'FO80 7262 8820 2227 55')}, og vi har givet ham vores danske konto ${v('financial.iban', 'DK86 1319 5047 6631 16')}. Kan du skrive en kvittering på dansk?`),

  rec('chat_ar_iq', f`مرحبا، أحتاج صياغة رسالة رسمية لشركة الشحن بالسكك الحديدية بخصوص دفعة متأخرة. رقم الآيبان الخاص بنا: ${v('financial.iban', 'IQ41 NBIQ 4640 2419 5474 722')} والمبلغ المستحق 12,400,000 دينار عراقي عن نقل الحاويات من البصرة إلى بغداد.`),

  rec('chat_he_il', f`שלום, בני משפחה של נפטר ביקשו לקבל החזר על פיקדון לחלקת קבורה. פרטי החשבון שלהם: ${v('financial.iban', 'IL63 0664 6799 5957 2137 773')}. תנסח בבקשה מכתב אישור קצר בעברית.`),

  rec('chat_pt_br_pix', f`Oi, o devedor do contrato 77120 mandou comprovante mas o pagamento não caiu. Ele diz que pagou com cartão ${v('financial.payment_card', '6212 9439 1906 9627')} via link. Pode me ajudar a escrever uma resposta pedindo o ID da transação? O telefone dele é ${phone('(11) 98734-2210', 'BR')}.`),

  rec('chat_it_ch_refund', f`Buongiorno, un cliente chiede il rimborso dello skipass stagionale (CHF 1'150) perché si è rotto il ginocchio a dicembre. IBAN del cliente: ${v('financial.iban', 'IT39 X024 6087 9096 4244 3388 414')}. Mi scrivi una risposta gentile in italiano?`),

  rec('chat_cz_card', f`Zákazník v půjčovně zapomněl kartu v terminálu, vytiskla se účtenka s celým číslem ${v('financial.payment_card', '4916453260916370')} (to by se dít nemělo). Jak mám správně nahlásit incident a co napsat zákazníkovi?`),
];

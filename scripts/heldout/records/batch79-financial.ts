/**
 * Held-out batch 79: card numbers, IBANs and routing numbers — family-office transfers, newspaper
 * subscription support, freight and customs payments, veterinary supplier invoices, parking refunds
 * and trial-participant reimbursements. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH79_FINANCIAL: DraftRecord[] = [
  rec('chat_es', f`Hola, un suscriptor de Sevilla nos llama porque le hemos cobrado dos veces la suscripción digital anual (89 €). Dice que su tarjeta es la ${card('4539 8712 0465 3188')}, caduca 07/27. ¿Me redactas una respuesta pidiendo disculpas y confirmando el reembolso en 5-7 días?`),

  rec('email_de', f`Betreff: Kapitalabruf Nr. 6 – Fonds Alpinvest Growth IV

Sehr geehrte Frau Huber,

gemäss Limited Partnership Agreement rufen wir 8,5 % Ihrer Zusage von EUR 5'000'000 ab, d. h. EUR 425'000, fällig am 16. Dezember 2024.
Bitte überweisen Sie auf:
Kontoinhaber: Alpinvest Growth IV SCSp
IBAN: ${iban('LU36 8886 6520 4800 0429')}
BIC: ${bic('BILLLULL')}
Referenz: CC6-HUBER-FO

Können Sie mir helfen, das für den Family-Office-Bericht in eine Tabelle zu bringen (Zusage, bisher abgerufen, offen)?`),

  rec('csv_pt_br', f`Preciso conciliar os reembolsos dos participantes do estudo de vacina (transporte + alimentação). Exportação do sistema:

${amb('source_code.snippet', f`participante;visita;valor_brl;conta_iban;status
VAC-BR-0142;V3;120,00;${iban('BR2313351595177803333739764C1')};pago
VAC-BR-0157;V3;120,00;;pendente (sem conta)
VAC-BR-0163;V4;95,50;${iban('BR54 1823 6140 0481 2083 7195 612C 1')};pago`)}

Quais ficaram pendentes?`),

  rec('chat_it', f`Ciao, devo pagare la fattura del grossista di farmaci veterinari (Fatt. 2024/1187, € 14.320,60). Mi hanno dato questo IBAN: ${iban('IT74 B517 9890 4831 1404 5316 628')}. Puoi scrivere una mail per confermare che l'IBAN è corretto? Hanno cambiato banca da poco e temo una truffa.`),

  rec('email_nl', f`Beste heer De Vries,

Hierbij de gegevens voor de jaarlijkse uitkering uit de Stichting Administratiekantoor Familie De Vries:
Rekeninghouder: M. de Vries
IBAN: ${iban('NL29 RABO 5171 7189 48')}
Bedrag: € 62.500,00
Omschrijving: uitkering 2024

Kun je dit omzetten in een nette brief voor de begunstigde?`),

  rec('chat_da', f`Hej, kan du hjælpe med at skrive en mail til vores husholderske om lønnen for december? Hun har fået ny bank: ${iban('DK55 0931 3046 4906 24')}. Beløb: 28.400 kr. før skat, udbetales 30/12.`),

  rec('chat_pl', f`Dzień dobry, agencja celna prosi o przelew cła i VAT za odprawę przesyłki lotniczej AWB 020-83746115. Kwota: 18 347,00 zł. Rachunek: ${iban('PL54 9942 0772 2539 9076 2092 8668')}. Czy możesz napisać krótkiego maila z potwierdzeniem zlecenia przelewu?`),

  rec('ticket_en_us', f`Ticket #PARK-22910 — refund request
Customer paid twice at meter 4417 (Elm St garage) on 11/29. Card used: ${card('5528-4109-3726-5703')} (exp 03/26).
Second charge: $18.00, auth code 0P4K2Z.
Please draft the refund approval note for the parking supervisor.`),

  rec('ach_en_us', f`Hi, I'm setting up direct deposit for our family office's new house manager in Connecticut. She gave me:
Bank: First County Bank
Routing: ${v('financial.aba_routing', '042373915')}
Account: ${ambCat('financial', '60018827341')}
Type: checking

Can you tell me what goes where on the ADP form?`),

  rec('chat_sv', f`Kan du skriva ett kort svar till en prenumerant som vill byta kort för sin tidningsprenumeration? Hon har skickat sitt nya kortnummer i chatten (${card('2223 0491 7856 2132')}) – vi ska be henne att i stället uppdatera det själv på Mina sidor och säga att vi raderat meddelandet.`),

  rec('email_fi', f`Hei,

eläinlääkejakelun toimittaja (Vet Nordic Oy) on lähettänyt uudet maksutiedot:
IBAN ${iban('FI75 5206 5579 2433 19')}
BIC ${bic('NDEAFIHH')}

Voisitko tarkistaa, että tiedot ovat oikein ennen kuin päivitän ne SAPiin?`),

  rec('chat_hr', f`Bok, trebam napisati dopis banci za otvaranje escrow računa za obiteljski trust. Račun na koji ide uplata: ${iban('HR30 5062 4826 0291 6119 0')}. Iznos: 1.200.000 EUR. Može na engleskom i hrvatskom?`),

  rec('invoice_tr', f`Fatura: SHC-2024-11-0493
Hizmet: İstanbul (IST) – Frankfurt (FRA) hava kargo, 3 koli, 418 kg, tehlikeli madde (UN3480)
Tutar: 2.184,00 EUR
Ödeme: ${iban('TR56 4274 3990 5969 6615 7922 15')}

Bu faturayı İngilizceye çevirir misin?`),

  rec('chat_el', f`Καλησπέρα, ο διαχειριστής του οικογενειακού γραφείου θέλει να πληρώσει τη δόση για το ακίνητο στη Μύκονο. Λογαριασμός: ${iban('GR84 5598 2840 9912 6839 8224 136')}. Ποσό: 48.000 €. Γράψε μου ένα email προς την τράπεζα για εντολή μεταφοράς.`),

  rec('chat_ar_eg', f`لو سمحت اكتبلي رسالة للعميل إن الاشتراك في الجريدة اتجدد، وإننا خصمنا ٦٠٠ جنيه من الكارت ${card('4987 1603 5527 4193')}. وقوله إن لو عايز يلغي يكلمنا على ${phone('+20 100 384 1927')}.`),

  rec('chat_az', f`Salam, gömrük brokerinə ödəniş etməliyəm. Hesab: ${iban('AZ90 IBAZ 4131 0406 4276 6421 2325')}. Məbləğ: 3 240 AZN. Ödəniş təyinatı: "AWB 176-40921837 rüsum". Rəsmi məktub yaza bilərsən?`),

  rec('chat_ja', f`購読者から、クレジットカード(${card('3569 0472 8193 6409')})で二重に請求されたと問い合わせがありました。返金手続きの案内メールを丁寧な日本語で書いてください。`),

  rec('chat_kk_uk', f`Добрий день, потрібно оплатити рахунок казахського дистриб'ютора ветеринарних препаратів. Реквізити: ${iban('KZ38 808K ZT21 6477 3558')}, одержувач ТОО «ВетФарм Алматы». Сума 4 180 000 тенге. Напиши, будь ласка, лист-підтвердження англійською.`),

  rec('chat_zh_tw_unionpay', f`中國大陸的旅客在停車場用銀聯卡付款,刷了兩次。卡號 ${card('6221 8574 9301 8272')},金額 NT$240。請幫我寫一封道歉並說明退款的信件(中英文)。`),

  rec('wire_en_pk', f`Dear Sir, kindly process the below wire for the air freight charges (Karachi – Dubai, AWB 214-55039182):
Beneficiary: SkyHaul Cargo LLC
Bank: Emirates NBD, Dubai
IBAN: ${iban('AE21 4781 1439 2022 8829 462')}
SWIFT: ${bic('EBILAEAD')}
Amount: USD 7,845.00
Please convert this into a formal payment instruction letter for our bank (HBL). Our account: ${iban('PK50 HABB 6927 3445 1215 7361')}.`),

  rec('chat_amex_en_gb', f`The family's Amex ${card('3782 910455 61734')} was used for the Courchevel chalet deposit and the agent now wants it again for the balance. Draft a message to the agent asking them to use the card on file rather than us re-sending the number by e-mail.`),
];

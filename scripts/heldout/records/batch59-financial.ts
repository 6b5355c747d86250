/**
 * Held-out batch 59: card numbers, IBANs and routing numbers from a plasma centre's donor
 * compensation, a cinema chain's refunds and distributors, a shipyard's suppliers, tutor payouts,
 * housing subcontractors and a payments start-up's chargeback desk. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH59_FINANCIAL: DraftRecord[] = [
  rec('tsv_de', f`Kannst du aus dieser Liste eine SEPA-Sammelüberweisung (pain.001) machen? Aufwandsentschädigung Plasmaspende, KW 2, je 30 € pro Spende.

${amb('source_code.snippet', f`Spender-Nr\tName\tIBAN\tSpenden\tBetrag
SP-104829\tKrüger, Maren\t${v('financial.iban', 'DE49 3704 0044 0532 0138 17')}\t2\t60,00
SP-118302\tYılmaz, Deniz\t${v('financial.iban', 'DE44500105175407324931')}\t1\t30,00
SP-120774\tSchmitt, Jonas\tDE** **** **** **** **51 07\t2\t60,00`)}

Die dritte Zeile ist maskiert exportiert, die echte IBAN hole ich noch aus dem Spendersystem.`),

  rec('email_cs', f`Dobrý den,

posílám číslo účtu pro zasílání kompenzace za odběry plazmy, protože jsem změnila banku:
${v('financial.iban', 'CZ65 0800 0000 1920 0014 5399')}
Předchozí účet u Fio prosím smažte.

S pozdravem
Lenka Dvořáková, dárkyně č. 58213

→ Můžeš z toho udělat krátkou interní poznámku pro recepci (bez čísla dárkyně)?`),

  rec('email', f`Hi team, forwarding from the merchant (Lakeside Outdoor Supply) because they don't want to use the portal. Can you draft a reply asking them to resend via the secure upload and NOT by email?

---
From: ${v('pii.email', 'accounts@lakeside-outdoor.example')}
Re: Chargeback CB-88412 / CB-88419

Hello, we are disputing both chargebacks, the goods were delivered (signed POD attached). Cards involved:
- Visa ${v('financial.payment_card', '4450 9381 7264 5309')}, exp 09/27, order #LK-20931, $412.18
- Amex ${v('financial.payment_card', '3762 810473 95217')}, exp 03/26, order #LK-20977, $1,089.00
Please reverse ASAP.
---`),

  rec('invoice_fr', f`Peux-tu vérifier cette facture du distributeur avant que je la passe en paiement ? Le montant me paraît élevé pour 3 semaines d'exploitation.

FACTURE N° DIST-2025-0142
Distributeur : Les Films du Canal Saint-Martin
Objet : location copie DCP « La Dernière Marée », 3 semaines, 6 salles
Montant HT : 18 640,00 € — TVA 5,5 % : 1 025,20 € — TTC : 19 665,20 €
Règlement par virement à 30 jours :
IBAN : ${v('financial.iban', 'FR08 3000 4028 3700 0104 9281 734')}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}`),

  rec('email_it', f`Mi sembra strano, puoi aiutarmi a capire se è una truffa? Ci è arrivata questa mail dal "fornitore" delle lamiere navali:

"Gentile Ufficio Acquisti, a causa di un audit interno il nostro conto presso Intesa è temporaneamente bloccato. Vi chiediamo di effettuare il pagamento delle fatture 2025/118 e 2025/121 (totale € 148.920,00) sul nuovo conto:
IBAN ${v('financial.iban', 'IT16X0306909606100000184263')}
Grazie, Amministrazione Acciai Tirreno S.p.A."

Il vecchio IBAN in anagrafica è diverso e la mail arriva da un dominio .co invece di .it.`),

  rec('chat_pl', f`Pomóż mi sformułować odpowiedź do dostawcy zaworów kulowych. Twierdzą, że nie dostali przelewu za zamówienie ZZ/2024/1187. My przelaliśmy 12.12 na konto ${v('financial.iban', 'PL61 1090 1014 0000 0712 1981 2874')}, tytułem "FV 1187/2024". Chcę grzecznie, ale stanowczo poprosić o sprawdzenie wyciągów.`),

  rec('chat_hr', f`Treba mi kratki mail na engleskom za talijanskog dobavljača boja za trup: obavijest da smo platili predujam od 30% na njihov račun i da čekamo potvrdu otpreme. Naš račun s kojeg je plaćeno: ${v('financial.iban', 'HR56 2360 0001 1028 4736 1')} (Zagrebačka banka), iznos 24.600,00 EUR.`),

  rec('chat_tr', f`Çelik sac tedarikçisi yeni banka bilgisi gönderdi, muhasebeye iletmeden önce kontrol eder misin? Alıcı: Ege Metal Sanayi A.Ş., IBAN: ${v('financial.iban', 'TR33 0006 1005 1978 6457 8413 26')}. Önceki IBAN'dan farklı, telefonla teyit etmem gerekir mi?`),

  rec('whatsapp_nl', f`[08:12] Jeroen (Loodgietersbedrijf Kok): goedemorgen, factuur voor de lekkage Pendrecht staat in de portal. kunnen jullie dit keer naar de Rabo overmaken? ${v('financial.iban', 'NL89 RABO 0318 2746 59')}
[08:14] Planning Woonservice: ok, ik zet het door naar crediteuren
[08:15] Jeroen (Loodgietersbedrijf Kok): top. bij vragen ${phone('06 38294715', 'NL')}

Kun je hier een nette interne mail van maken voor crediteurenadministratie, met de vraag de bankwijziging eerst telefonisch te verifiëren?`),

  rec('chat_ro', f`Bună! Un tutor de matematică din Iași se plânge că nu a primit plata pentru decembrie (14 ore × 55 lei). În profilul lui apare contul ${v('financial.iban', 'RO05 BTRL 0130 1205 S629 48XX')}. Poți să-mi scrii un răspuns scurt și empatic în care îi spun că verificăm cu banca?`),

  rec('chat_uk', f`Репетиторка з англійської просить змінити рахунок для виплат. Новий IBAN: ${v('financial.iban', 'UA743052990000026007233566001')} (ПриватБанк), отримувач ФОП Коваленко О. В. Допоможи написати підтвердження, що зміни набудуть чинності з наступного циклу виплат.`),

  rec('chat_el', f`Ένας πελάτης πλήρωσε δύο φορές τα εισιτήρια για την πρεμιέρα (2 × 24 €). Γράψε μου μια ευγενική απάντηση ότι θα του επιστρέψουμε τα 24 € στο ${v('financial.iban', 'GR16 0110 1250 0000 0001 2300 695')} μέσα σε 5 εργάσιμες.`),

  rec('chat_he', f`צריך לכתוב לסוחר הודעה שההחזר על עסקאות שבוטלו (chargebacks שזכינו בהם) יועבר לחשבון ${v('financial.iban', 'IL73 0108 0000 0007 3829 104')} בסוף החודש. סה"כ 12,480 ש"ח. ניסוח רשמי בעברית בבקשה.`),

  rec('chat_vi', f`Khách hàng nhắn vào hỗ trợ khiếu nại giao dịch lạ, dán luôn số thẻ: "Thẻ Visa ${v('financial.payment_card', '4182 7364 5019 2837')} của tôi bị trừ 2.450.000đ ở một shop tôi chưa từng mua". Giúp mình soạn câu trả lời: cảm ơn, dặn khách không gửi số thẻ đầy đủ qua chat, và hướng dẫn mở yêu cầu tra soát.`),

  rec('webhook_json', f`Payload webhook dari acquirer ini bikin parser kami error karena field "pan" muncul utuh (harusnya dimask). Bisa bantu tulis fungsi Go yang memask sebelum disimpan?

${amb('source_code.snippet', f`{
  "event": "chargeback.opened",
  "case_id": "CBK-ID-20250114-0093",
  "reason_code": "10.4",
  "amount": 1850000,
  "currency": "IDR",
  "card": { "pan": "${v('financial.payment_card', '5184029374618201')}", "expiry": "11/27", "scheme": "mastercard" },
  "merchant_id": "MID-77120384"
}`)}`),

  rec('email', f`Could you tidy this up before I send it to customer services? A member emailed their card number in full, I've redacted the reply but need a polite policy note.

> Hi, please refund my Unlimited membership to the card I paid with, ${v('financial.payment_card', '4921 8307 6512 4381')}. If that's easier, my bank is ${v('financial.iban', 'GB68 NWBK 6016 1348 2739 15')}.
> Thanks, Callum

Our records show the membership card on file as **** **** **** 4381.`),

  rec('ach_form', f`Can you turn this into a checklist for AP? New subcontractor for the Riverside Gardens boiler replacement:

Payee: Delgado Mechanical LLC
Bank: Great Lakes Federal Credit Union
Routing (ABA): ${v('financial.aba_routing', '071000631')}
Account: ${ambCat('financial', '3917402856')}
Type: Business checking
W-9 received: yes (1/09)`),

  rec('chat_pt', f`Olá, uma mãe pediu o reembolso das 4 explicações de Físico-Química que não se realizaram (4 × 18 €). Podes escrever a resposta? Ela indicou o IBAN ${v('financial.iban', 'PT14 0035 0097 0000 5831 7204 9')}.`),

  rec('log', f`決済ゲートウェイのログに 3DS 認証失敗が急増しています。原因の見当はつきますか？ついでにカード番号がログに出ているのも問題ですよね…

${amb('source_code.snippet', f`2025-01-15T10:42:17.381+09:00 WARN  3ds  authResult=N eci=07 brand=JCB pan=${v('financial.payment_card', '3539481027364815')} amount=12800 JPY merchant=M-TOKYO-0442
2025-01-15T10:42:19.004+09:00 WARN  3ds  authResult=N eci=07 brand=JCB pan=3539********4815 amount=5400 JPY merchant=M-TOKYO-0442
2025-01-15T10:42:21.550+09:00 INFO  3ds  authResult=Y eci=05 brand=VISA pan=4761********6102 amount=3200 JPY merchant=M-OSAKA-0017`)}`),

  rec('chat_es_ar', f`Hola, una socia del club de cine quiere pagar la cuota anual con otra tarjeta porque la anterior se venció. Me pasó por WhatsApp: Mastercard ${v('financial.payment_card', '2223 8401 9273 6458')}, vence 08/28, y para débito automático su CBU ${ambCat('financial', '0170099220000067812453')}. ¿Cómo le explico que no nos mande estos datos por chat y que lo cargue en la web?`, 'Argentine CBU: an account number with no built-in rule (ambiguous, no rule id)'),

  rec('chat_zh', f`有个持卡人打电话说他的银联卡 ${v('financial.payment_card', '6214 8392 0174 6534')} 在我们平台上被盗刷了三笔，每笔 ¥1,999。帮我写一份给收单行的调单申请说明，英文。`),
];

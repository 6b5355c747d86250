/**
 * Held-out batch 65: card numbers, IBANs and bank details from a summer-camp organiser, a hospital laundry,
 * a satellite-TV installer network, a notary office, a bike-sharing operator and a biobank, in chats,
 * e-mails, invoices and exports. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH65_FINANCIAL: DraftRecord[] = [
  rec('chat', f`A mom called to pay the Session 2 balance over the phone and I scribbled it down: ${v('financial.payment_card', '4164 6506 3586 9593')} exp 04/27, amount $1,180. Can you draft a receipt email for her that does NOT repeat the card number? Camper is her son Eli, Cabin Birch.`),

  rec('email_es', f`Asunto: Provisión de fondos – compraventa calle Almirante 14, 3.º B

Estimado Sr. Roldán:

Para la firma del próximo jueves le rogamos que transfiera la provisión de fondos de 4.850,00 € (impuestos y gastos de inscripción) a la cuenta de la notaría:

IBAN ${v('financial.iban', 'ES28 0049 4807 1505 2653 6883')}
Concepto: PROV-2024-0917 ROLDÁN

Atentamente,
Oficina de la Notaría de D.ª Pilar Arce

---
¿Puedes hacerlo un poco más claro y añadir que traiga el DNI original?`),

  rec('chat_pt_br', f`Oi, a mãe do Pedrinho mandou o cartão pelo WhatsApp pra pagar a segunda parcela do acampamento de julho. Elo ${v('financial.payment_card', '6363 6835 9342 1457')}, validade 09/28. Eu posso lançar isso manualmente na maquininha ou é melhor pedir pra ela pagar pelo link? Me ajuda a responder ela.`),

  rec('email_fr', f`Objet : Virement du prix – vente LEMAIRE / COSTA

Maître,

Le prêt ayant été débloqué, je vous confirme le virement du solde du prix, soit 212 400,00 €, sur le compte de l'étude :
IBAN : ${v('financial.iban', 'FR66 3000 4299 9590 9853 7254 290')}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}
Référence : 2024/0388/JL

Bien cordialement,
Service crédits immobiliers

Peux-tu me proposer une réponse courte accusant réception ?`),

  rec('invoice_de', f`Bitte prüf, ob auf dieser Rechnung alle Pflichtangaben stehen:

RECHNUNG Nr. WN-2024-08-1172
Wäscherei Nord GmbH · Hafenstraße 41 · 18055 Rostock
an: Klinikum Warnemünde, Einkauf

Leistungszeitraum: 01.–31.08.2024
Stationswäsche 18.420 kg × 1,62 € = 29.840,40 €
OP-Textilien (Sterilgut) 3.115 Sets × 4,90 € = 15.263,50 €
Netto 45.103,90 € · USt 19 % 8.569,74 € · Brutto 53.673,64 €

Zahlbar bis 30.09.2024 auf: ${v('financial.iban', 'DE16 3704 0044 8321 3349 89')} · BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}`),

  rec('chat_it', f`Mi scrivi una mail cortese all'acquirente? Deve saldare il prezzo prima del rogito del 18 ottobre. Bonifico di 96.500 € sul conto dedicato dello studio notarile (legge 147/2013): IBAN ${v('financial.iban', 'IT53 L020 0812 6314 7805 5450 120')}, causale "Saldo prezzo Rep. 31.204 – Ferri/Gallo". Ricordagli di portare la ricevuta del bonifico.`),

  rec('chat_nl', f`Klant wil z'n borg van €25 terug nu hij z'n abonnement opzegt. Hij stuurde: "Graag terugstorten op ${v('financial.iban', 'NL66 ABNA 8285 6240 39')} t.n.v. R. de Wit". Kun je een antwoord schrijven dat het binnen 10 werkdagen wordt teruggestort?`),

  rec('invoice_pl', f`Przetłumacz proszę na angielski, to dla szpitala w Niemczech:

FAKTURA VAT nr 318/09/2024
Pralnia Przemysłowa „Biała Linia" Sp. z o.o.
Usługa: pranie i dezynfekcja odzieży chirurgicznej – wrzesień 2024
Razem brutto: 41 280,00 PLN
Termin płatności: 14 dni
Rachunek: ${v('financial.iban', 'PL69 1020 1026 9242 2072 4102 6768')}`),

  rec('chat_tr', f`Müşteri çanak anten kurulumunu kartla ödemek istiyor ama POS cihazı Troy kartı okumadı. Kart numarasını bana yazdı: ${v('financial.payment_card', '9792 2549 9169 2662')}. Sanal POS'tan çekebilir miyim? Bir de bayinin hakediş ödemesi için IBAN'ı şu: ${v('financial.iban', 'TR37 0006 4063 9719 2282 3715 65')} — ikisini aynı mesajda muhasebeye nasıl yazayım?`),

  rec('chat_ru', f`Абонент просит продлить пакет «Максимум» на год и диктует карту «Мир»: ${v('financial.payment_card', '2202 1952 1438 8639')}, срок до 11/27. Напиши, пожалуйста, шаблон ответа, что мы не принимаем оплату по телефону и пришлём ссылку.`),

  rec('chat_ja', f`お客様から問い合わせです。「返却したのに追加料金が引かれています。カードは JCB ${v('financial.payment_card', '3528 2159 0693 7645')} です。」— 返金手続きの案内文を丁寧な日本語で作ってください。カード番号は返信に書かないでください。`),

  rec('chat_zh', f`有个用户说押金退款一直没到账，他付款用的银联卡是 ${v('financial.payment_card', '6266 7606 0988 3660')}，订单号 DC20240817-55310。帮我写一段回复，说明原路退回需要 7 个工作日。`),

  rec('email_en_gb', f`Hi, can you tidy this up before I send it to St Aidan's accounts payable?

"Please note our bank details have changed with effect from 1 October. All remittances for linen and theatre-gown services should now be made to:
Account name: Northgate Textile Services Ltd
Sort code: ${ambCat('financial', '20-20-15')}   Account no: ${ambCat('financial', '55742294')}
IBAN: ${v('financial.iban', 'GB43 BUKB 2020 1555 7422 94')}
Please update your supplier record and confirm by return."`),

  rec('chat_en_in', f`Customer in Pune paid the installation charge twice on RuPay card ${v('financial.payment_card', '6522 7306 2201 7844')} (₹1,499 each, 12 Sept). Need a refund request to the payment gateway, short and formal please.`),

  rec('chat_ha', f`Sannu, abokin ciniki ya ce an cire kuɗin hayar keke sau biyu daga katin Verve ɗinsa: ${v('financial.payment_card', '5061 9717 0030 3543 794')}. Don Allah ka rubuta masa amsa cikin Hausa cewa za a mayar da kuɗin cikin kwanaki 5.`),

  rec('email_sv', f`Hej, kan du översätta det här till engelska? Det ska till vår leverantör av kryorör i Tyskland.

"Vi har bytt bank. Från och med fakturor daterade efter 1 oktober ska betalning ske till:
IBAN ${v('financial.iban', 'SE22 8009 8740 0023 1769 7071')}
BIC ${amb('financial.swift_bic', 'SWEDSESS')}
Vårt tidigare bankgiro ${ambCat('financial', '5873-1042')} avslutas 31 december.
Biobanken, Region Västra Götaland"`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα σύντομο μήνυμα στην αγοράστρια; Πρέπει να καταθέσει την προκαταβολή των 15.000 € στον λογαριασμό του συμβολαιογραφείου πριν την υπογραφή: IBAN ${v('financial.iban', 'GR62 0172 8258 7368 9450 8655 585')}, αιτιολογία «Προκαταβολή – Παπαδάκη». Να φέρει και την απόδειξη κατάθεσης.`),

  rec('chat_he', f`אמא של נועה שלחה בוואטסאפ את פרטי הכרטיס לתשלום על מחנה הקיץ: מאסטרקארד ${v('financial.payment_card', '5324 9890 1175 3094')}, תוקף 06/26. לחלופין היא מבקשת להעביר לחשבון שלנו — תזכיר לי, ה-IBAN של המחנה הוא ${v('financial.iban', 'IL89 0105 9612 3481 1288 971')}. תנסח לה תשובה שמבקשת לשלם דרך הקישור המאובטח.`),

  rec('chat_da', f`En bruger skriver: "I har trukket 3 x 45 kr for den samme tur, mit Dankort er ${v('financial.payment_card', '5019 6010 0744 8320')}". Kan du lave et kort svar hvor vi undskylder og lover at refundere to af beløbene?`),

  rec('email_fr_tn', f`Bonjour, pouvez-vous corriger mon français ? C'est pour les parents du camp d'été à Hammamet.

« Chers parents, les frais d'inscription (650 DT) sont à régler par virement avant le 30 juin sur notre compte : RIB/IBAN ${v('financial.iban', 'TN22 0853 0884 0872 3937 4707')}, en précisant le nom de l'enfant. Merci de nous envoyer le justificatif par WhatsApp. »`),

  rec('form_en_us', f`Can you turn this into a clean direct-deposit confirmation for our new camp nurse?

Employee: Dana Whitfield
Bank: Pinnacle Community Bank
Routing (ABA): ${v('financial.aba_routing', '311023970')}
Account: ${ambCat('financial', '4820071639')} (checking)
Start date: June 9`),

  rec('chat_es_mx', f`Una mamá quiere pagar el campamento de verano con su American Express ${v('financial.payment_card', '3791 266285 78953')} a 3 meses sin intereses, y el papá prefiere transferir a la CLABE del campamento ${ambCat('financial', '012320001847362915')}. ¿Me ayudas a escribirles explicando las dos opciones y que no se dupliquen los pagos?`),
];

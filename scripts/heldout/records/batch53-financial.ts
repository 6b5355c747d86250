/**
 * Held-out batch 53: card numbers, IBANs and routing numbers in removals deposits, coffee and cocoa
 * settlements, housing-benefit payments, test-fee refunds and medevac invoices. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH53_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer called to pay the 30% deposit for her Singapore → Rotterdam move (20ft container, door to door). She read me the card over the phone: ${v('financial.payment_card', '4539 1782 0461 5732')}, exp 09/27. Can you draft the confirmation email? Don't repeat the card number in it, obviously.`),

  rec('email_fr', f`Objet : Acompte déménagement Lyon → Montréal – dossier ORB-FR-25-0418

Madame Girard,

Suite à l'acceptation de notre devis n° D-2025-0932, nous vous remercions de bien vouloir régler l'acompte de 2 450,00 € par virement sur le compte suivant :
Titulaire : Orbis Relocations France SAS
IBAN : ${v('financial.iban', 'FR76 3000 4018 2300 0128 7364 566')}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}
Référence à indiquer : ORB-FR-25-0418

Bien cordialement,
Service clients

→ Peux-tu traduire ce mail en anglais pour la cliente, qui est anglophone ?`),

  rec('chat_de', f`Kannst du mir eine kurze Antwort an den Prüfling formulieren? Er hat die praktische Prüfung wegen Krankheit abgesagt (Attest liegt vor) und will die Gebühr von 116,93 € zurück. Er hat uns geschrieben: "Bitte überweisen Sie auf mein Konto ${v('financial.iban', 'DE83 3704 0044 0532 8719 46')}, Kontoinhaber Lukas Brenner." Erstattung dauert bei uns ca. 3 Wochen.`),

  rec('letter_nl_be', f`Kan je deze brief nakijken op taalfouten?

Geachte heer Claes,

Uw aanvraag voor een huurpremie werd goedgekeurd. Vanaf 1 april 2025 ontvangt u maandelijks € 186,42. Het bedrag wordt gestort op rekeningnummer ${v('financial.iban', 'BE53 0634 1729 5853')} op naam van Claes Dirk. Wijzigt uw rekeningnummer, verwittig ons dan via het loket Wonen.

Met vriendelijke groeten,
Dienst Wonen – Stad Lier`),

  rec('email_es', f`Hola Inés,

Te reenvío la factura del tostador de Valencia por las 40 sacas de Etiopía Guji que nos devolvieron por humedad. Nos piden el abono en:
Beneficiario: Tostaderos Turia S.L.
IBAN: ${v('financial.iban', 'ES13 2100 0813 6102 0174 8326')}
BIC: ${amb('financial.swift_bic', 'CAIXESBBXXX')}
Importe: 6.912,00 €

¿Me ayudas a redactar la respuesta aceptando el abono pero pidiendo el informe del laboratorio primero?`),

  rec('chat_pt', f`Me ajuda a montar a instrução de pagamento em inglês pro comprador de Hamburgo? O café do lote 2025/118 (320 sacas de Sul de Minas) tem que ser pago em USD na nossa conta:
Banco do Brasil, agência ${ambCat('financial', '3031-7')}, conta ${ambCat('financial', '48271-X')}
IBAN ${v('financial.iban', 'BR97 0036 0305 0000 1000 9795 493P 1')}
SWIFT ${amb('financial.swift_bic', 'BRASBRRJSPO')}`, 'Brazilian agência/conta: an account, but no built-in rule (ambiguous, no rule id)'),

  rec('chat_sv', f`Kunden fick dubbeldebiterat för magasineringen i februari. Hon vill ha återbetalning till ${v('financial.iban', 'SE68 5000 0000 0582 9173 6405')} (Swedbank). Kan du skriva ett kort svar där vi ber om ursäkt och säger att pengarna kommer inom 5 bankdagar?`),

  rec('form_cs', f`Zkontroluj prosím, jestli je žádost o příspěvek na bydlení vyplněná správně v části Výplata dávky:

Způsob výplaty: bezhotovostně na účet
Číslo účtu: ${ambCat('financial', '19-2847365102/0800')}
IBAN: ${v('financial.iban', 'CZ61 0800 0000 1928 4736 5102')}
Majitel účtu: Petra Dvořáková
Souhlasím se zasíláním oznámení e-mailem: ano`, 'Czech domestic account number (prefix-number/bank): same account as the IBAN, no rule claims it'),

  rec('chat_sk', f`Prosím, preformuluj túto správu pre zákazníka, aby znela zdvorilo: "Platba za technickú kontrolu 38 € neprišla. Pošlite ju na ${v('financial.iban', 'SK25 1100 0000 0029 3841 7562')}, variabilný symbol 2025041187, inak protokol nevydáme."`),

  rec('invoice_hu', f`SZÁMLA — LM-2025/0217
Kiállító: LégiMentés Közép-Európa Kft.
Vevő: Biztosító Zrt. — kárszám K-25-008813
Szolgáltatás: betegszállítás légi úton, Split → Budapest (LHBP), orvos + ápoló kísérettel
Összeg: 4 860 000 Ft
Fizetési határidő: 2025.03.15.
Bankszámla: ${v('financial.iban', 'HU61 1177 3016 2148 7093 0000 0000')}

Írd át angolra a szolgáltatás leírását, kérlek, a horvát kórháznak is el kell küldeni.`),

  rec('chat_ro', f`Poți să-mi scrii un mesaj politicos către client? Trebuie să plătească diferența de 1.380 lei pentru ambalarea pianului, în contul ${v('financial.iban', 'RO16 BTRL 0130 1205 X482 17XX')}, Banca Transilvania, cu mențiunea „Comanda 7731 – Cluj".`),

  rec('chat_bg', f`Помогни ми да напиша писмо до наемателката, че жилищната помощ за януари е преведена по сметка ${v('financial.iban', 'BG31 UNCR 7000 1524 8173 96')} на 12.02., а не на старата ѝ сметка, затова не я вижда.`),

  rec('email_sr', f`Poštovani,

za medicinski transport avionom pacijenta iz Podgorice u Beograd (misija MB-0219) molimo uplatu predračuna u iznosu od 7.200 EUR na račun:
IBAN ${v('financial.iban', 'RS35 1600 0000 4182 7361 06')}
Poziv na broj: 0219-2025

Hvala na razumevanju.

(prevedi na engleski, osiguravajuća kuća je u Beču)`),

  rec('chat_el', f`Η οικογένεια του ασθενούς θέλει να πληρώσει τώρα την προκαταβολή για την αεροδιακομιδή από τη Ρόδο στην Αθήνα. Μου έδωσαν την κάρτα ${v('financial.payment_card', '4929 5830 1746 6256')}, λήξη 11/26. Μπορώ να την περάσω στο τερματικό χωρίς 3D Secure ή θα απορριφθεί;`),

  rec('chat_tr', f`Fildişi Sahili'ndeki ihracatçıya kakao çekirdeği avans ödemesi için dekontu İngilizce'ye çevirir misin? "Alıcı: Anadolu Kakao Gıda A.Ş., IBAN ${v('financial.iban', 'TR30 0006 2000 3820 0006 2974 51')}, Tutar: 184.500 USD, Açıklama: Sözleşme CC-2025-044 avansı"`),

  rec('chat_he', f`תנסח לי בבקשה מייל ללקוחה שעוברת מתל אביב לברלין: היא צריכה להעביר את יתרת התשלום על ההובלה, 14,200 ₪, לחשבון שלנו ${v('financial.iban', 'IL21 0108 0000 0009 9182 736')}, ולציין בהעברה את מספר ההזמנה 5518.`),

  rec('chat_ar', f`عايز أكتب رسالة للمورد في الإسكندرية إننا حولنا ثمن شحنة البن البرازيلي (٤٨٠ شوال) على حسابهم:
${v('financial.iban', 'EG38 0019 0005 0000 0000 2631 8000 2')}
والمبلغ ٢٫٣ مليون جنيه. ممكن تصيغها بشكل رسمي؟`),

  rec('csv', f`Net these cocoa and coffee settlements per counterparty and tell me which ones still need a payment instruction:

${amb('source_code.snippet', f`counterparty,contract,side,amount_usd,iban,bic
Thornbury Cocoa Ltd,CC-25-0311,pay,412880.00,${v('financial.iban', 'GB49NWBK60161338274915')},${amb('financial.swift_bic', 'NWBKGB2L')}
Kaffee Rösterei Lenz AG,KC-25-0907,receive,96210.40,${v('financial.iban', 'CH9100700110005432816')},${amb('financial.swift_bic', 'ZKBKCHZZ80A')}
Van Dijk Cacao BV,CC-25-0322,receive,233415.75,${v('financial.iban', 'NL98INGB0007318264')},${amb('financial.swift_bic', 'INGBNL2A')}
Thornbury Cocoa Ltd,CC-25-0340,receive,58002.10,,`)}`),

  rec('form', f`Air ambulance repatriation — payer details (US insurer)
Payer: Lakeshore Mutual Health, claims dept.
Remit to: Lakeshore Mutual Trust Account
Bank: Great Plains Community Bank
ABA routing: ${v('financial.aba_routing', '113928419')}
Account: ${ambCat('financial', '5580193372')}
Reference: claim LMH-88-20417 / mission SKY-2502-07

Turn this into a clean remittance block for the invoice footer.`),

  rec('chat_ja', f`引越しの見積もり（東京→シンガポール）の手付金をカードで払いたいとお客様から電話がありました。JCB の ${v('financial.payment_card', '3566 4071 8293 0450')}、有効期限 03/28 です。電話でカード番号を受け取って決済するのは問題ないでしょうか？社内ルールを確認する文面を作ってください。`),

  rec('log', f`${amb('source_code.snippet', f`2025-03-04 08:17:55.402 ERROR [booking-api] PaymentAuthFailed ref=TW-PR-558120 centre=Reading
  gateway=worldpay code=05 msg="Not authorised"
  card.pan=${v('financial.payment_card', '376540192837467')} card.exp=0826 card.brand=AMEX
  amount=62.00 GBP product=practical-car-weekday`)}

Why is the gateway logging the full card number? I thought the SDK masks it.`),

  rec('email_fr_ci', f`Bonjour Monsieur Koné,

Pour le règlement du solde du contrat n° KN-2025-031 (fèves de cacao grade I, 50 tonnes), merci d'effectuer le virement sur notre compte :
Banque : Société Ivoirienne de Banque, agence San-Pédro
RIB / IBAN : ${ambCat('financial', 'CI69 CI04 2010 0110 0827 4915 3621')}
Montant : 96 250 000 F CFA

Pour toute question : ${phone('+225 27 34 71 28 90')}

— Corrige juste la grammaire, le client est pointilleux.`, 'Ivorian IBAN: valid mod-97, but Côte d\'Ivoire is outside the IBAN lengths the independent check knows (ambiguous, no rule id)'),

  rec('chat_zh_tw', f`客戶要預付海運搬家的訂金 NT$48,000，她在 LINE 上直接傳了卡號給我：${v('financial.payment_card', '2221 8430 6571 9207')}，到期 07/27。請幫我寫一段回覆，提醒她以後不要在聊天軟體傳卡號，並附上我們的線上付款連結。`),

  rec('chat_pt_ao', f`Preciso de responder a um cliente de Luanda que quer o reembolso da caução da mudança para Lisboa. Ele mandou: "IBAN ${ambCat('financial', 'AO63 0040 0000 8271 9304 1019 2')}, titular Edson Manuel". Podes escrever uma resposta a dizer que o reembolso sai em 10 dias úteis?`, 'Angolan IBAN: valid mod-97, but the independent check has no length for AO (ambiguous, no rule id)'),
];

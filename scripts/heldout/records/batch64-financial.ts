/**
 * Held-out batch 64: card numbers, IBANs, routing numbers and bank details pasted by physio clinics, a
 * broadcaster's archive, a cement plant, a microloan collections team, a museum registrar and an
 * agricultural drone start-up. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH64_FINANCIAL: DraftRecord[] = [
  rec('email_es', f`Hola, ¿me ayudas a mejorar este correo? Es para una clienta a la que cobramos dos veces la cuota de marzo.

"Estimada Sra. Pardo: Hemos detectado un cargo duplicado de 86,40 € en su préstamo. Le devolveremos el importe en un plazo de 3 días hábiles a la cuenta que nos indicó, IBAN ${v('financial.iban', 'ES51 6206 7342 1083 9615 3979')}. Si tiene cualquier duda, puede llamarnos al ${phone('913 482 719', 'ES')}."

Quiero que suene menos robótico.`),

  rec('chat_pt_br', f`Gente, uma cliente mandou o número do cartão inteiro no chat do app pra "quitar a dívida de uma vez": ${v('financial.payment_card', '5105 9376 1748 0336')} validade 09/28. O que eu faço com essa mensagem? Apago? Preciso avisar o DPO? E como respondo sem ser grossa?`),

  rec('invoice_de', f`Bitte übersetze diese Leihgebühr-Rechnung ins Englische für den Leihnehmer in Boston:

RECHNUNG Nr. LG-2025-017
Leihgabe: 3 Gemälde aus der Sammlung Expressionismus (Inv.-Nr. G 1123, G 1187, G 1201)
Leihgebühr: 4.500,00 EUR, Kurierbegleitung: 2.180,00 EUR
Zahlbar innerhalb von 30 Tagen auf:
Kontoinhaber: Stiftung Kunstsammlungen
IBAN: ${v('financial.iban', 'DE17 8839 1474 1926 6313 99')}
BIC: ${amb('financial.swift_bic', 'GENODEF1S12')}
Verwendungszweck: LG-2025-017`),

  rec('ticket_fr', f`Ticket accueil – cabinet de kiné Lyon 7e
Patient au téléphone, veut régler ses 10 séances de rééducation du genou en une fois. Il m'a dicté sa carte : ${v('financial.payment_card', '4538 0926 3197 0795')}, exp 04/27, crypto 318. Je n'ai pas pu saisir car le TPE virtuel était en panne.

Question : je peux garder ça sur le post-it jusqu'à demain ou je dois le rappeler ? Rédige-moi une procédure courte pour l'accueil.`),

  rec('email_it', f`Ciao, puoi controllare il tono di questa mail al broker assicurativo?

"Gentile dott. Serra, in allegato la polizza chiodo a chiodo per il prestito delle due tavole del Quattrocento alla mostra di Madrid. Il premio di 7.860,00 € verrà versato entro venerdì sul conto da Voi indicato (IBAN ${v('financial.iban', 'IT68 X843 2742 0692 0802 7094 193')}). Restiamo in attesa del certificato di copertura. Cordiali saluti, Ufficio Registrar"`),

  rec('chat_nl', f`Er kwam vanochtend een mail binnen "namens" onze kalksteenleverancier dat hun rekeningnummer gewijzigd is naar ${v('financial.iban', 'NL41 INGB 0993 5552 47')} (BIC ${amb('financial.swift_bic', 'INGBNL2A')}), met het verzoek de openstaande factuur van € 184.300 daar naartoe over te maken. Het afzenderdomein is net iets anders dan normaal. Hoe pakken we dit aan en wat zeg ik tegen de crediteurenadministratie?`),

  rec('invoice_pl', f`Sprawdź proszę, czy faktura jest poprawna, zanim wyślę ją do działu archiwum:

FAKTURA VAT nr 03/2025
Sprzedawca: Pracownia Konserwacji Taśm Magnetycznych, Marta Wróbel
Usługa: przegranie i opis 42 kaset Betacam SP z archiwum programów regionalnych
Kwota brutto: 15 498,00 zł
Termin płatności: 14 dni
Nr rachunku: ${v('financial.iban', 'PL57 0416 5284 4191 1977 5441 0548')}`),

  rec('chat_en_ke', f`Hi, a borrower in Nakuru says she repaid KES 12,400 with her Visa debit ${v('financial.payment_card', '4865 8705 5150 5631')} on 3 March but the loan still shows overdue. Her M-Pesa line is ${phone('0712 482719', 'KE')}. How do I explain to her that card repayments take 2 days to reflect, in simple English and Swahili?`),

  rec('form_us', f`VENDOR ACH ENROLLMENT – please check nothing is missing before I send it to AP

Vendor: Prairie Rotor Services LLC (propeller & arm repairs)
Bank: Heartland Community Bank, Salina KS
Routing (ABA): ${v('financial.aba_routing', '261083497')}
Account #: ${ambCat('financial', '5508219374')}
Type: Business checking
Remittance contact: Dale Whitaker, ${phone('(785) 482-3916', 'US')}`),

  rec('email_tr', f`Merhaba, bu e-postayı İngilizceye çevirir misin? Gürcistan'daki müşteriye klinker sevkiyatı için gidiyor.

"Sayın ilgili, 4.200 ton CEM I 42,5 R klinker sevkiyatına ait proforma faturamız ektedir. Ödemenin sevkiyattan önce aşağıdaki hesaba yapılmasını rica ederiz:
Banka: Anadolu Ticaret Bankası, Mersin Şubesi
IBAN: ${v('financial.iban', 'TR62 7665 8034 2928 7469 7095 14')}
SWIFT: ${amb('financial.swift_bic', 'TCZBTR2AXXX')}
Saygılarımızla, İhracat Birimi"`),

  rec('agreement_ro', f`Te rog să reformulezi mai clar acest paragraf din acordul de eșalonare:

„Debitorul Ionescu Vasile se obligă să achite suma restantă de 3.240 RON în 6 rate lunare egale, prin transfer bancar în contul creditorului ${v('financial.iban', 'RO27 BTRL 1345 5661 0866 4364')}, până la data de 15 a fiecărei luni. Neplata a două rate consecutive duce la rezilierea acordului.”`),

  rec('chat_hu', f`Szia! Egy páciensünk túlfizette a gyógytorna bérletet, 18 000 Ft-ot kell visszautalnunk neki. Ezt a számlaszámot adta meg: ${v('financial.iban', 'HU83 4523 9137 0017 6406 2586 9176')}. Segítenél egy rövid, udvarias e-mailt írni neki, hogy mikor érkezik a pénz?`),

  rec('email_ar_gulf', f`مرحبا، ممكن تصيغ لي رد رسمي على العميل في أبوظبي؟ يسأل عن طريقة دفع خدمة رش المبيدات بالدرون لمزرعته.

"نرجو تحويل مبلغ 38,500 درهم إلى حساب الشركة:
IBAN: ${v('financial.iban', 'AE45 1364 0195 1148 8055 660')}
وللعملاء في السعودية: ${v('financial.iban', 'SA87 4162 9610 4448 7437 3348')}
ويرجى ذكر رقم العرض Q-2025-118 في وصف التحويل."`),

  rec('csv_pt', f`Bom dia! Consegues converter esta lista de ajudas de custo dos correios de arte num ficheiro SEPA para o banco?

${amb('source_code.snippet', f`nome;função;destino;dias;valor;iban
Inês Carvalho;conservadora;Madrid;4;480,00;${v('financial.iban', 'PT84492677889660587690759')}
Rui Tavares;correio;Amesterdão;3;390,00;${v('financial.iban', 'PT39091944683136655776734')}
Joana Lopes;registrar;Paris;2;260,00;${v('financial.iban', 'PT49565849323605688188070')}`)}

A data de execução é dia 28.`),

  rec('chat_el', f`Καλησπέρα, ένας αθλητής πλήρωσε το πακέτο αποκατάστασης δύο φορές, μία με κάρτα ${v('financial.payment_card', '4712 5134 2597 7637')} και μία με έμβασμα. Θέλει την επιστροφή στον λογαριασμό ${v('financial.iban', 'GR47 6352 5027 2504 6953 0524 729')}. Γράψε μου ένα σύντομο email επιβεβαίωσης στα ελληνικά.`),

  rec('email_cs', f`Dobrý den, prosím o kontrolu a zkrácení tohoto e-mailu dodavateli sádrovce:

„Vážený pane Horáku, potvrzujeme přijetí faktury č. 2025/0311 za dodávku 620 t energosádrovce. Částku 431 520 Kč uhradíme do 20. 3. na účet ${v('financial.iban', 'CZ28 0822 6474 7981 1483 1727')}. Prosíme o zaslání vážních lístků ke každé dodávce. S pozdravem, nákup, cementárna"`),

  rec('chat_hr', f`Prevedi na engleski molim te, ide kustosu u Beč:

"Poštovani, naknadu za posudbu skulpture i troškove drvenog sanduka (ukupno 3.150 EUR) molimo uplatiti na račun muzeja ${v('financial.iban', 'HR29 1641 8599 5325 5362 3')}, s pozivom na broj 2025-044. Srdačan pozdrav, Odjel za posudbe"`),

  rec('chat_uk', f`Допоможіть написати лист бухгалтерії: фрілансер, який оцифровував плівки радіоархіву 1960-х, змінив банк. Новий рахунок: ${v('financial.iban', 'UA64 8309 7756 6445 1807 0128 5691 6')}, сума до виплати 38 400 грн за лютий. Лист має бути коротким і офіційним.`),

  rec('chat_es_mx', f`Un cliente de Monterrey quiere liquidar su crédito y me mandó por el chat su CLABE ${ambCat('financial', '072580011483920174')} para que le devolvamos el saldo a favor, y también el número de su tarjeta ${v('financial.payment_card', '2221 6490 2555 5825')} "por si acaso". ¿Cómo le contesto para decirle que nunca nos mande la tarjeta por aquí?`, 'CLABE: a Mexican account number with its own check digit, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('json_ja', f`ドローンの月額サブスク決済のWebhookを受けたら、ログにカード番号がそのまま出ていました。どこで平文になっているか分かりますか？

${amb('source_code.snippet', f`{
  "event": "charge.failed",
  "merchant": "campoalto-jp",
  "plan": "spray-pro-monthly",
  "amount": 19800,
  "currency": "JPY",
  "card": { "number": "${v('financial.payment_card', '3528136720443059')}", "brand": "JCB", "exp": "11/27" },
  "reason": "insufficient_funds"
}`)}`),

  rec('chat_da', f`Hej, kan du hjælpe mig med en venlig rykker til en landmand, der ikke har betalt for sprøjteflyvningen i september? Beløb 14.750 kr., betales til ${v('financial.iban', 'DK45 7650 4359 5711 58')}, fakturanr. 2024-0931. Han har betalt for sent før, men vi vil gerne beholde ham som kunde.`),

  rec('chat_zh', f`有个借款人在客服聊天里发了他的银联卡号 ${v('financial.payment_card', '6206 0987 3918 2080 112')}，说要绑定自动扣款。我们的系统只支持在 App 里绑卡。帮我写一段礼貌的回复，提醒他不要在聊天里发卡号。`),
];

/** Held-out batch 74: card numbers, IBANs, BICs and routing numbers in mails, chats, payout files and forms, in many languages. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH74_FINANCIAL: DraftRecord[] = [
  rec('email_de_ch', f`Kannst du diese Mail an den Mandanten etwas freundlicher formulieren?

"Sehr geehrter Herr Zbinden
Die definitive Veranlagung der Vermögenssteuer 2023 ergibt eine Rückerstattung von CHF 4'812.35. Das Steueramt überweist den Betrag auf das uns gemeldete Konto:
IBAN ${v('financial.iban', 'CH30 0082 5741 2916 8395 9')}
BIC ${amb('financial.swift_bic', 'ZKBKCHZZ80A')}
Bitte prüfen Sie, ob dieses Konto noch aktiv ist, sonst melden Sie sich bis 31. März.
Freundliche Grüsse, Aurelis Steuerberatung"`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar el correo para el cliente? Le confirmamos que el Modelo 714 (Impuesto sobre el Patrimonio) se presentará con domiciliación en la cuenta ${v('financial.iban', 'ES52 2100 0337 0439 1164 3007')} y que el cargo será el 30 de junio. Que quede claro que si quiere fraccionar el pago nos lo diga antes del 15.`),

  rec('chat', f`Buyer opened a chargeback on a turbo we sold (order PX-US-2291847). He claims he never got it, but UPS shows delivered. He even sent us his card in the chat "so we can refund faster": ${v('financial.payment_card', '4571 3829 1047 2631')}, exp 11/27. How do I answer without touching that number, and do we need to report that he posted it?`),

  rec('chat_tr', f`Merhaba, satıcı hakediş ödemesi geri döndü. Satıcının panelde kayıtlı IBAN'ı: ${v('financial.iban', 'TR08 0001 0005 8673 5054 0073 33')} — banka "alıcı adı uyuşmuyor" diyor. Şirket adı "Yıldız Oto Yedek Parça Ltd. Şti." ama hesap şahıs adına olabilir mi? Satıcıya ne yazayım?`),

  rec('form_fr', f`Mandat de prélèvement SEPA – Don mensuel
Maison de répit pédiatrique Les Lucioles
Donateur : M. et Mme Garnier
Montant : 25 € / mois, le 5 de chaque mois
IBAN : ${v('financial.iban', 'FR76 3150 8142 1359 6185 8499 789')}
BIC : ${amb('financial.swift_bic', 'CMCIFRPP')}
Référence unique de mandat : LUC-DON-2025-0418

Peux-tu vérifier que toutes les mentions obligatoires d'un mandat SEPA sont présentes ?`),

  rec('chat_it', f`Ciao, una signora ha chiamato in segreteria per fare una donazione di 150 € all'hospice in memoria del nipote e ci ha dettato la carta: Mastercard ${v('financial.payment_card', '5128 0457 3320 3831')}, scadenza 09/26. Io l'ho scritta su un post-it 😬. Come la registro nel gestionale in modo corretto e cosa faccio col foglietto?`),

  rec('email_nl', f`Goedemorgen,

De douanerechten en btw voor aangifte MRN 25NL7Q8R4K2M1P9A06 (zending containers MSKU 7718204, 3 stuks) bedragen € 18.426,90. Graag voldoen vóór vrijdag op:
IBAN ${v('financial.iban', 'NL30 RABO 9118 3499 76')}
BIC ${amb('financial.swift_bic', 'RABONL2U')}
o.v.v. het MRN.

Met vriendelijke groet,
Financiële administratie – douane-entrepot Waalhaven

→ kun je dit in het Engels zetten voor de klant in Singapore?`),

  rec('invoice_lt', f`Sąskaita faktūra Nr. BH-KLP-2025/0312
Paslauga: muitinės sandėlio saugojimas, 14 paletių, 2025-02 mėn.
Suma: 2 184,00 EUR (be PVM)
Mokėti iki: 2025-03-28
Gavėjas: UAB "Bondhaven Klaipėda"
Sąskaita: ${v('financial.iban', 'LT03 7300 0051 7100 9329')}

Ar teisingai apskaičiuotas PVM, jei prekės yra muitinės sandėlyje ir dar neišleistos į laisvą apyvartą?`),

  rec('chat_lv', f`Sveiki! Klients lūdz atmaksāt pārmaksāto muitas noliktavas depozītu uz jaunu kontu: ${v('financial.iban', 'LV97HABA9564342452484')}. Vai varat palīdzēt uzrakstīt atbildi, ka mums vajag rakstisku apstiprinājumu ar uzņēmuma zīmogu, pirms mainām rekvizītus?`),

  rec('email_el', f`Καλησπέρα σας,

Σας ενημερώνουμε ότι ο λογαριασμός της εταιρείας για την καταβολή των τελών αποθήκευσης στην αποθήκη τελωνείου Πειραιά άλλαξε. Νέο IBAN: ${v('financial.iban', 'GR88 0172 2372 9888 8000 3245 020')} (Τράπεζα Πειραιώς).

Με εκτίμηση,
Λογιστήριο

Μπορείς να το μεταφράσεις στα αγγλικά; Θέλω να προσθέσω και μια πρόταση ότι τα παλιά στοιχεία δεν ισχύουν πλέον.`),

  rec('chat_sq', f`Përshëndetje, furnitori i pjesëve për portat e digës na dërgoi faturën me këtë llogari: ${v('financial.iban', 'AL49 2021 1574 0042 4514 7699 4876')}. Më parë paguanim në një bankë tjetër. Si ta verifikoj që nuk është mashtrim para se ta paguaj 1.2 milionë lekë?`),

  rec('chat_mk', f`Здраво, продавач на нашата платформа за авто-делови бара исплатата да оди на нова сметка ${v('financial.iban', 'MK31 3000 3082 4204 965')}. Напиши ми краток одговор дека мора да го смени IBAN-от сам преку профилот, ние не менуваме податоци преку е-пошта.`),

  rec('chat_bs', f`Zdravo, trebam pomoć oko dopisa za kupca iz Mostara: uplatio je dva puta za isti set kočnica. Povrat ide na njegov račun ${v('financial.iban', 'BA60 1541 7219 3299 6446')}, iznos 186,50 KM. Napiši ljubazno da će novac stići u roku od 5 radnih dana.`),

  rec('chat_az', f`Salam, su elektrik stansiyasının turbin təmiri üçün podratçıya avans köçürməliyik. Onların hesabı: ${v('financial.iban', 'AZ34 IBAZ 1938 8843 2933 4705 3569')}. Müqavilədə başqa bank yazılıb. Maliyyə şöbəsinə nə yazım ki, ödənişi saxlasınlar?`),

  rec('chat_ar_iq', f`مرحبا، واحد من أهالي الطلاب يريد يدفع رسوم دورة اللغة من العراق بحوالة بنكية. هذا حسابه اللي راح يحول منه: ${v('financial.iban', 'IQ90 RAFB 7283 5477 8609 269')}. شلون أكتبله رسالة بيها معلومات حسابنا وشنو لازم يكتب بالملاحظات حتى نعرف الطالب؟`),

  rec('form', f`OUTGOING WIRE – estate tax installment (client: Whitcombe Family Trust)
Beneficiary: Kessler Trust Company, Atlanta GA
ABA routing: ${v('financial.aba_routing', '061754586')}
Account: ${ambCat('financial', '4418 2093 7715')}
SWIFT (intl. fallback): ${amb('financial.swift_bic', 'KSTCUS33')}
Amount: USD 212,400.00
Memo: 706 installment 3 of 10

Please check this form against our wire SOP and list what's missing (callback verification etc.).`),

  rec('email', f`Hi Janet,

Thanks so much for agreeing to the monthly gift to the hospice. As requested, here are the details you gave me over the phone so you can double-check them before we set up the direct debit:
Account name: J. & R. Whitfield
Sort code: ${ambCat('financial', '20-49-24')}  Account no.: ${ambCat('financial', '96251204')}
IBAN: ${v('financial.iban', 'GB89 BARC 2049 2496 2512 04')}

Warm wishes,
Supporter Care, Lanternhouse

→ shorten this and add the Direct Debit Guarantee line`),

  rec('chat_ko', f`고객님이 채팅으로 카드번호를 보내셨어요: ${v('financial.payment_card', '5535-2235-2320-8362')} (유효기간 04/28). 결제 오류 때문에 다시 결제해 달라고 하시는데, 저희가 직접 입력하면 안 되잖아요. 정중하게 거절하면서 결제 링크를 다시 보내는 답변 좀 써 주세요.`),

  rec('chat_yue', f`有個香港客買咗一套避震，話銀聯卡俾人扣咗兩次錢，卡號係 ${v('financial.payment_card', '6288 2909 3065 0913')}。我喺後台見到只係一張單 PX-HK-558201，應該點覆佢？要唔要叫佢搵銀行？`),

  rec('chat_en_ng', f`Abeg help me draft a reply to the importer. He paid the bonded warehouse storage fee twice: once by transfer from his Access Bank account ${ambCat('financial', '0692741835')} and once with his Verve card ${v('financial.payment_card', '5060 9941 8273 6501 944')}. We want to refund the card payment only. Keep it formal.`),

  rec('email_is', f`Góðan dag,

Vinsamlegast greiðið reikning nr. 2025-0147 vegna viðgerðar á lokubúnaði við stífluna inn á reikning:
${v('financial.iban', 'IS85 0133 2615 1989 1507 8348 49')}
Upphæð: 3.480.000 kr. Gjalddagi 15. apríl.

Kveðja,
Fjármálasvið

Getur þú þýtt þetta á ensku fyrir pólska verktakann?`),

  rec('csv', f`Kan du summera utbetalningarna per säljare och flagga rader där IBAN saknas?

${amb('source_code.snippet', f`saljare_id;namn;iban;belopp_sek;status
S-1042;Norrlands Bildelar AB;${v('financial.iban', 'SE68 5003 9554 2507 3030 5225')};48 210,00;utbetald
S-1057;Göta Reservdelar;SE** **** **** **** **** 4471;12 904,50;utbetald
S-1063;Bromsexperten i Malmö;;3 118,00;väntar
S-1071;Dalarnas Motordelar;SE** **** **** **** **** 0912;27 460,75;utbetald`)}

(export från säljarportalen, bara en rad var omaskerad)`),

  rec('chat_pt', f`Bom dia! Um vendedor de Coimbra diz que não recebeu a transferência de fevereiro. No sistema tenho o IBAN ${v('financial.iban', 'PT50 0035 1258 4504 7450 9696 8')} e o comprovativo diz "executada". Como respondo para ele verificar com a CGD sem parecer que estamos a fugir à responsabilidade?`),

  rec('chat_es_co', f`Buenas, el cliente quiere pagar los honorarios de la asesoría del impuesto al patrimonio con tarjeta. Me llamó desde el ${phone('+57 310 482 7391')} y me dictó: Amex ${v('financial.payment_card', '3782 916374 82059')}, vence 10/27, código 4 dígitos que no anoté. ¿Puedo cobrarle así o es mejor enviarle un link de pago? Redacta el mensaje para WhatsApp.`),
];

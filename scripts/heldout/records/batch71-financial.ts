/**
 * Held-out batch 71: card numbers, IBANs and routing numbers from donation desks, scrap-metal
 * payouts, crew payroll, patient billing and mobile-operator refunds, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH71_FINANCIAL: DraftRecord[] = [
  rec('chat_en_us', f`Can you turn this phonathon note into a clean gift-entry line for the CRM? The student caller wrote:

"Mr. Delgado (class of '98) pledged $25/mo for the Nursing Scholarship Fund, Visa ${v('financial.payment_card', '4532 9170 8342 6159')} exp 03/27. CVV he read out is on the paper form. Wants receipts by mail, not email."

Also remind me what we're supposed to do with the paper form after entry.`),

  rec('chat_es_co', f`Buenas, una paciente llamó muy molesta porque le cobraron dos veces la resonancia magnética de rodilla ($1.280.000) en su tarjeta Mastercard ${v('financial.payment_card', '5351-0492-8371-6505')}. Ayúdame a redactar un correo para facturación pidiendo que reversen uno de los cobros. Fecha de atención: 19 de noviembre, sede Chapinero.`),

  rec('email_pt_br', f`Preciso responder um comprador turco de sucata de alumínio que pediu nossos dados bancários para pagar o contêiner. Monta um e-mail em inglês, educado e curto, com isso aqui:

Beneficiário: Reciclagem Metálica Contagem Ltda.
Banco do Brasil – agência Contagem Centro
IBAN: ${v('financial.iban', 'BR96 0000 0000 2993 9481 3913 174C 1')}
SWIFT: ${amb('financial.swift_bic', 'BRASBRRJBHE')}
Referência: contrato ALU-2024-117 (22,4 t, perfil 6063)`),

  rec('invoice_de', f`Bitte prüfe die Rechnung auf Vollständigkeit, bevor ich sie an den Betreiber schicke:

RECHNUNG Nr. 2024-1187
Leistung: Inspektion und Überholung Top-Drive, Plattform Nordstern-3, 04.–11.11.2024
Netto: 48.320,00 €
USt. 0 % (Reverse Charge)
Zahlbar innerhalb von 30 Tagen auf:
IBAN ${v('financial.iban', 'DE66 5001 0517 0877 3681 78')}
BIC ${amb('financial.swift_bic', 'INGDDEFFXXX')}
Verwendungszweck: RE 2024-1187`),

  rec('email_nl_be', f`Kan je deze bevestigingsmail voor een nieuwe domiciliëring nalezen en wat warmer maken?

"Beste mevrouw Claes,
Hartelijk dank voor uw maandelijkse gift van € 15 aan het Beursfonds van de Alumnivereniging. Wij innen via domiciliëring van rekening ${v('financial.iban', 'BE95 3633 7385 7318')} (BIC ${amb('financial.swift_bic', 'BBRUBEBB')}) vanaf 5 januari. Uw mandaatreferentie is ALU-2024-00871.
Met vriendelijke groeten,
Dienst Alumni & Fondsenwerving"`),

  rec('invoice_fr_ch', f`Pouvez-vous reformuler ce texte de facture pour qu'il soit plus clair pour les patients âgés ?

Centre d'imagerie du Léman SA – Facture RX-2024-18833
Examen : IRM de la colonne lombaire, 14.11.2024
Montant : CHF 742.35 (part patient après franchise)
Compte / Payable à : ${v('financial.iban', 'CH79 0076 7671 7810 1455 7')}
Merci de payer dans les 30 jours avec la section de paiement QR ci-jointe.`),

  rec('chat_nb', f`Kan du skrive en kort e-post på engelsk til lønnskontoret i Aberdeen? Jeg har byttet bank, og hyren fra neste rotasjon skal gå til ${v('financial.iban', 'NO61 8308 9435 940')}, BIC ${amb('financial.swift_bic', 'DNBANOKKXXX')}. Ansattnr. 40718, stilling boredekksarbeider på Northbar Sentinel.`),

  rec('invoice_sv', f`Kan du översätta fakturatexten till engelska? Det är vår frilansfotograf som skickar till en kund i Norge.

FAKTURA 2024-31
Uppdrag: Bild och film, kommunfullmäktige Borås 21/11
Belopp: 9 800 kr exkl. moms
Betalas till IBAN ${v('financial.iban', 'SE79 6000 1821 2587 5104 8091')}, BIC ${amb('financial.swift_bic', 'HANDSESS')}
Frågor: Linnea Berg, ${phone('+46 70 382 19 47')}`),

  rec('chat_fi', f`Voitko muotoilla kiitoskirjeen lahjoittajalle? Lahjoitus 500 € Alumnirahastoon tuli tililtä ${v('financial.iban', 'FI84 1428 8599 1997 84')}, viestinä "Vuosikurssi -89 muistorahasto". Lahjoittaja on emeritusprofessori, joten sävy saa olla muodollinen.`),

  rec('csv_pl', f`Przygotuj z tego przelewy zbiorcze do banku (format Elixir), gotówkę pomiń:

${amb('source_code.snippet', f`nr_kwitu;data;sprzedajacy;material;waga_kg;kwota_pln;rachunek
KW/2024/11/0412;2024-11-25;Zbigniew Mazur;miedź kl.1;184,5;6 826,50;${v('financial.iban', 'PL47 1140 1489 8855 1998 5986 9708')}
KW/2024/11/0413;2024-11-25;Halina Wróbel;aluminium puszka;62,0;347,20;gotówka
KW/2024/11/0414;2024-11-25;PHU Złom-Bud;stal HMS;3 420,0;2 872,80;${v('financial.iban', 'PL35 1020 2923 8635 9261 7508 1188')}`)}`),

  rec('chat_hr', f`Molim te sastavi kratku i uljudnu poruku kupcu: za isporuku bakrenog kabela (otpremnica 2024-0877, 1,38 t) uplatu izvršiti na IBAN ${v('financial.iban', 'HR12 2402 0068 1458 2099 8')}, model HR00, poziv na broj 2024-0877. Rok plaćanja 8 dana.`),

  rec('chat_tr', f`Müşteri, faturasını Troy kartıyla (${v('financial.payment_card', '9792 1840 3756 1292')}) ödediğini ama tutarın iki kez çekildiğini söylüyor. Müşteriye gönderilecek özür ve iade bilgilendirme mesajını yazar mısın? İade 7 iş günü içinde kartına yansıyacak.`),

  rec('letter_az', f`Podratçıya ödəniş üçün rəsmi məktub hazırla:
Xidmət: qazma məhlulu laboratoriyası, noyabr ayı
Məbləğ: 18 400 AZN
Bank rekvizitləri: IBAN ${v('financial.iban', 'AZ31 IBAZ 0973 9853 9087 7854 5767')}, SWIFT ${amb('financial.swift_bic', 'IBAZAZ2X')}
VÖEN: 1402837561
Müqavilə: XZ-2024/57`),

  rec('form_he', f`תרגם לאנגלית את הטופס שמילא בוגר שרוצה לתרום לקרן המלגות, כדי שהמשרד בניו יורק יוכל לעבד אותו:

שם התורם: ד"ר עמית שפירא, מחזור 2004
סכום: 3,600 ₪
אמצעי תשלום: כרטיס ויזה ${v('financial.payment_card', '4917 6103 8274 6592')}, תוקף 11/26
לחלופין, העברה בנקאית לחשבון הקרן: ${v('financial.iban', 'IL68 0126 6858 1167 7555 573')}
ייעוד: מלגות לסטודנטים מהפריפריה`),

  rec('chat_ar_sa', f`أرجو صياغة رسالة شكر رسمية لأحد الخريجين المتبرعين. تم استلام تبرعه بمبلغ 50,000 ريال لصندوق المنح الدراسية عبر تحويل من الحساب ${v('financial.iban', 'SA44 4557 5119 1648 6031 5584')}. نريد أن نذكر أن اسمه سيُضاف إلى لوحة الشرف في مبنى الكلية.`),

  rec('chat_ar_iq', f`عدنا شحنة سكراب حديد رايحة لمعمل بأربيل. أريد أكتب رسالة للزبون بالعربي الفصيح: المبلغ 96 مليون دينار، يحوّل على الآيبان ${v('financial.iban', 'IQ49 RAFB 6743 2742 2404 017')} باسم شركة الفرات لتجارة المعادن، والتحميل يصير بعد ما يوصل التحويل.`),

  rec('chat_ur', f`کسٹمر کا پوسٹ پیڈ بل غلطی سے دو بار کٹ گیا ہے۔ ریفنڈ کے لیے انہوں نے یہ IBAN دیا ہے: ${v('financial.iban', 'PK55 MEZN 0600 5314 9748 8427')}۔ فنانس ٹیم کو انگریزی میں ای میل لکھ دیں کہ 4,850 روپے واپس کریں، کیس نمبر CC-LHR-88214۔`),

  rec('email_uk', f`Напиши, будь ласка, коротку службову записку в бухгалтерію: оплатити позаштатному оператору Андрію Коваленку зйомку паводку на Закарпатті (3 виїзди), 6 200 грн. Реквізити: IBAN ${v('financial.iban', 'UA86 3052 9941 9110 6428 3589 9172 4')}, РНОКПП ${ambCat('pii', '3184209576')}. Призначення: оплата за договором ЦПХ №41/24.`, 'Ukrainian taxpayer number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('form_en_us', f`Planned-gift paperwork: the donor wants to send the first installment of her endowed scholarship by ACH. Can you check the form is complete before I send it to Gift Processing?

ENDOWMENT GIFT – ACH DETAILS
Fund: Rosalind Tate Endowed Scholarship in Geology
Donor bank: Cascade Federal Credit Union
Routing no.: ${v('financial.aba_routing', '261073326')}
Account no.: ${ambCat('financial', '4820917735')}
Account type: Checking
First installment: $50,000 on 12/15/2024`),

  rec('chat_hi', f`ग्राहक की शिकायत: RuPay कार्ड ${v('financial.payment_card', '6083 2615 9470 3824')} से ₹599 का रिचार्ज कट गया लेकिन प्लान एक्टिवेट नहीं हुआ। ट्रांज़ैक्शन 26 नवंबर, रात 9:40 बजे। ग्राहक को विनम्र जवाब लिखिए कि 48 घंटे में पैसा वापस आ जाएगा या प्लान चालू हो जाएगा।`),

  rec('chat_ru', f`Абонент оплатил тариф картой «Мир» ${v('financial.payment_card', '2200 7041 8365 9276')}, деньги списались, а баланс не пополнился. Помоги составить вежливый ответ в чат поддержки: проверим в течение 24 часов, номер обращения 7740-118.`),

  rec('chat_ja', f`報道部の法人カード（JCB ${v('financial.payment_card', '3530 1182 7460 3912')}）で海外の映像素材サイトの決済が通りません。今夜の特集で使う洪水の空撮素材なので急ぎです。先方のサポートに送る英語の問い合わせメールを書いてください。`),

  rec('chat_cs', f`Prosím o kontrolu hromadného příkazu, než ho pošlu do banky. Platíme dvěma dodavatelům kovového odpadu:
1) Kovošrot Hranice s.r.o., ${v('financial.iban', 'CZ63 0300 0936 6334 1980 5317')}, 184 600 Kč, VS 2024118
2) Zberné suroviny Žilina (slovenská pobočka), ${v('financial.iban', 'SK91 0900 3678 6994 8103 3307')}, 7 420 €, VS 2024119
Sedí délky IBANů?`),

  rec('chat_en_ca', f`A donor called about her table at the Homecoming Gala and wants to pay by Amex ${v('financial.payment_card', '3782 946105 37188')}, exp 09/26. I'm not allowed to key cards into the event system myself. Write me a short, friendly email telling her how to pay through the secure giving page instead.`),
];

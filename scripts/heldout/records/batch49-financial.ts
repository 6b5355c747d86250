/**
 * Held-out batch 49: card numbers, IBANs and routing numbers at a ticketing platform's payouts
 * desk, a watch retailer, an NGO's donor office, a blade repair contractor and cloud kitchens. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH49_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Customer on the phone says she bought 4 tickets for the Måneskin date twice by mistake, card ${v('financial.payment_card', '4539 1760 4812 9373')}, both orders ENC-5518302 and ENC-5518317. Can you write the refund confirmation email? Only the second order gets refunded.`),

  rec('chat_it', f`Ciao, la cliente Rossi vuole saldare il Daytona con due carte. La prima è una Mastercard ${v('financial.payment_card', '5351 2687 0394 1150')} scad. 04/27, il resto in bonifico. Mi scrivi un messaggio gentile per confermarle l'importo residuo di 18.400 €?`),

  rec('chat_ja', f`お客様（名古屋）からアメックスでの分割払いについて問い合わせです。カード番号 ${v('financial.payment_card', '3742 861930 57414')}、有効期限 09/28。店頭決済でボーナス一括にできるか確認したいので、カード会社への問い合わせ文を作ってください。`),

  rec('chat_tr', f`Merhaba, Bozcaada rüzgâr santrali için epoksi reçine tedarikçisine ödemeyi şirket kartıyla yaptık: Troy ${v('financial.payment_card', '9792 1540 8836 1272')}. Fatura gelmedi. Tedarikçiye kibar bir hatırlatma e-postası yazar mısın? İngilizce ve Türkçe.`),

  rec('chat_pt_br', f`O fornecedor de embalagens pediu o cartão da empresa para renovar a assinatura: Elo ${v('financial.payment_card', '6362 9710 8453 6219')}, validade 11/26, CVV eu mando por telefone. Pode me ajudar a escrever a autorização de débito recorrente?`),

  rec('email', f`Subject: Payout details update — Rockaway Promotions

Hi Encoro payouts team,

From the next settlement please pay our share of the Berlin and Hamburg dates to our new account:
Account holder: Rockaway Promotions GmbH
IBAN: ${v('financial.iban', 'DE05 3704 0044 0532 0198 47')}
BIC: ${amb('financial.swift_bic', 'COBADEFFXXX')}

Thanks,
Jana Wolff, Finance

Can you check this against our change-of-bank procedure and write the verification call script?`),

  rec('email_fr_be', f`Objet : Don annuel — Fondation Van Hove

Madame, Monsieur,

Suite à notre conseil d'administration, nous confirmons un don de 45 000 € pour le programme puits et latrines au Nord-Bangladesh. Pourriez-vous nous confirmer le compte à utiliser ? Nous avons dans nos fichiers :
${v('financial.iban', 'BE83 0014 2763 8591')} (BNP Paribas Fortis, ${amb('financial.swift_bic', 'GEBABEBB')})

Bien cordialement,
Secrétariat de la Fondation

→ peux-tu préparer une réponse qui confirme le compte et remercie la fondation ?`),

  rec('csv', f`Promoter payouts for the week, the bank portal rejected two lines. Which ones and why?

${amb('source_code.snippet', f`promoter;event;net_eur;iban;bic
Nordlys Live AB;Stockholm Arena 22/11;18204.50;${v('financial.iban', 'SE85 5000 0000 0583 9174 6203')};${amb('financial.swift_bic', 'ESSESESS')}
Koncerty Wisła sp. z o.o.;Kraków Tauron 23/11;9320.00;${v('financial.iban', 'PL61 1090 1014 0000 0712 1981 2874')};${amb('financial.swift_bic', 'WBKPPLPP')}
Praha Sound s.r.o.;O2 universum 24/11;7105.80;${v('financial.iban', 'CZ65 0800 0000 1920 0014 5399')};${amb('financial.swift_bic', 'GIBACZPX')}
Vilniaus Koncertai UAB;Siemens arena 26/11;4410.00;${v('financial.iban', 'LT27 7304 4010 6278 3391')};${amb('financial.swift_bic', 'HABALT22')}`)}`),

  rec('chat_es_ar', f`Hola! El productor del festival en Córdoba nos pasó el CBU para la liquidación: ${ambCat('financial', '2850590940090418135201')} (Banco Macro). Me armás un mail pidiéndole la constancia de CUIT y que confirme el titular de la cuenta antes de transferir?`),

  rec('chat_nl', f`Leverancier van de glasvezelmatten voor bladreparatie heeft een nieuw rekeningnummer doorgegeven per mail: ${v('financial.iban', 'NL50 RABO 0318 4726 59')}. Vorige maand was het nog een ING-rekening. Dit voelt als CEO-fraude, kun je een checklist maken voordat we betalen?`),

  rec('chat_el', f`Καλημέρα, χρειάζομαι ένα email προς το συνεργείο στην Εύβοια για την πληρωμή της επισκευής πτερυγίων (τιμολόγιο 2024/318). Ο λογαριασμός τους: ${v('financial.iban', 'GR16 0110 1250 0000 0001 2300 695')}. Να γράψεις ότι η πληρωμή θα γίνει έως 15/12.`),

  rec('invoice', f`FATURA NO: SKR-TR-2024-0447
Müşteri: Ege Rüzgâr Enerji A.Ş.
Hizmet: Kanat ön kenar erozyon onarımı, T03–T09 (7 kanat)
Tutar: 486.500,00 TRY + KDV

Ödeme bilgileri:
IBAN: ${v('financial.iban', 'TR33 0006 1005 1978 6457 8413 26')}
Banka: Türkiye İş Bankası

Bu faturayı İngilizceye çevirir misin, müşterinin Danimarkalı ortağı için?`),

  rec('chat_he', f`לקוח מבוטיק תל אביב ביקש החזר על מקדמה לשעון שהוזמן ובוטל. הוא שלח פרטי חשבון: ${v('financial.iban', 'IL36 0108 0000 0099 3847 125')}. תכתוב לי בבקשה אישור קצר באנגלית ובעברית שההחזר יבוצע תוך 5 ימי עסקים.`),

  rec('chat_ar', f`السلام عليكم، المقاول ديال حفر الآبار فتونس بعث لينا معلومات الحساب باش نخلصو الدفعة الثانية: IBAN ${v('financial.iban', 'TN59 1000 6035 1835 9847 8831')}. عافاك كتب لي رسالة بالفرنسية نطلب منو الفاتورة الأصلية قبل التحويل.`),

  rec('form', f`US DONOR — RECURRING GIFT (ACH)
Donor: Harlan & Ruth Mercer Family Fund
Bank routing number: ${v('financial.aba_routing', '021000490')}
Account number: ${ambCat('financial', '483920175563')}
Amount: USD 2,500 monthly, starting Jan 2025
Designation: WASH programme — Rajshahi division

Please write the thank-you letter for the first gift, no bank details in it.`),

  rec('chat_pt_br', f`O Rafael (chef da cozinha de Moema) pediu para receber o reembolso das compras no Ceagesp via PIX. A chave PIX é o e-mail dele, mas ele também mandou a conta: ${v('financial.iban', 'BR97 0036 0305 0000 1000 9795 493P 1')}. Qual das duas é melhor pra gente usar?`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-30T21:04:17Z ERROR checkout tokenization failed, falling back to raw
  order=ENC-5602291 event=EVT-LOL-PAL-0607 amount=312.00 EUR
  card_number=${v('financial.payment_card', '4921837005612489')} exp=0327 holder="M DUBOIS"
  at PaymentClient.tokenize (/srv/checkout/payment.js:188:15)`)}

Fraud desk: this showed up in our log search. Who do we escalate to, and what do we tell the PCI QSA?`),

  rec('chat', f`Festival bar float: we charged the kitchen's company Visa ${v('financial.payment_card', '4539-1760-4812-9373')} twice by mistake on the Sumup terminal, 212.40 each. Draft a note to SumUp support asking for a refund of the duplicate.`),

  rec('email_it', f`Oggetto: Bonifico acconto — orologio su ordinazione

Gentile Sig. Bianchi,
per confermare l'ordine del cronografo (ref. 4200/H) le chiediamo un acconto del 30% sul conto:
${v('financial.iban', 'IT50 X030 6909 6061 0000 0125 839')}
intestato a Maison Vautrin Italia S.r.l.
Causale: ACCONTO ORD-MV-2024-221

Puoi renderla più cordiale e aggiungere che il saldo si fa alla consegna?`),

  rec('chat', f`Mauritanian partner for the solar pump project sent these: IBAN ${v('financial.iban', 'MR13 0002 0001 0100 0012 3456 753')}, SWIFT ${amb('financial.swift_bic', 'BMAUMRMR')}. Our bank says they need an intermediary for MRU. Can you explain what that means in simple French for them?`),

  rec('chat_lt', f`Sveiki, reikia sumokėti lynų įrangos tiekėjui už naujas virves ir diržus. Kortelė ${v('financial.payment_card', '5168 4203 9917 3654')}, bet jų svetainė rodo klaidą. Ar galite parašyti angliškai laišką tiekėjui su prašymu išrašyti sąskaitą?`),
];

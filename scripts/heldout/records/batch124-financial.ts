/**
 * Held-out batch 124: card numbers, IBANs and bank details in deposits, donations, union dues, retainers
 * and bus-fare refunds. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH124_FINANCIAL: DraftRecord[] = [
  rec('email_gsw', f`Grüezi Herr Bachmann

Vielen Dank für Ihren Auftrag für die Photovoltaikanlage (12,4 kWp) an der Rütistrasse. Wie besprochen bitten wir Sie um die Anzahlung von 30 % (CHF 8'940.00) auf folgendes Konto:

Kontoinhaber: Sonnfirst Dach & Solar AG, Uster
IBAN: ${v('financial.iban', 'CH49 0023 5384 7192 0561 3')}
Vermerk: Offerte SF-CH-2025-0147

Chönd Sie mir no churz bestätige, wenn's überwiese isch? Merci vielmal!
Freundliche Grüsse
Reto Hürlimann`),

  rec('form', f`Can you check this ACH authorization before I send it to the homeowner? Loan-free cash purchase, deposit by bank transfer.

SUNRIDGE by SONNFIRST — ACH DEBIT AUTHORIZATION
Customer: Dale & Marisol Whitaker
Bank: Heartland Community Bank
Routing number: ${v('financial.aba_routing', '261074396')}
Checking account: ${ambCat('financial', '70431928465')}
Amount: $6,250.00 (design & permitting deposit)
Phone: ${phone('(614) 382-7195', 'US')}`),

  rec('email_pt', f`Bom dia Sr. Figueiredo,

Segue a fatura FT 2025/0318 relativa à instalação dos painéis na moradia em Braga. O pagamento pode ser feito por transferência para:

IBAN ${v('financial.iban', 'PT47 0035 0651 0073 8192 0473 1')}
Titular: Sonnfirst Energia Solar, Lda.

Agradecemos que indique o número da fatura no descritivo. Qualquer dúvida, estou ao dispor pelo ${phone('912 384 719', 'PT')}.

Cumprimentos,
Inês Carvalho`),

  rec('chat_fr', f`Tu peux reformuler ce message pour la cliente ? Je veux qu'il soit plus chaleureux.

« Madame Delorme, pour lancer la commande des rideaux en lin et du canapé, merci de régler l'acompte de 40 % (3 860 €) sur notre compte : IBAN ${v('financial.iban', 'FR86 2004 1010 0505 1729 4K03 842')} — BIC ${amb('financial.swift_bic', 'PSSTFRPPPAR')}. Référence : OEL-DELORME-SALON. »`),

  rec('email_it', f`Gentile Ufficio Amministrazione,

vi chiediamo di aggiornare le coordinate bancarie del fornitore "Tessitura Valsesia": il nuovo conto per i pagamenti delle tende su misura è
${v('financial.iban', 'IT92K0306909420100000583721')}
Il vecchio conto presso la BCC non è più attivo da marzo.

Grazie, Chiara – Studio Ombre & Lin`),

  rec('chat_ar_sa', f`السلام عليكم، أريد صياغة إعلان قصير لجمع زكاة الفطر هذا العام. يرجى ذكر أن التحويل يكون على حساب المركز:
الآيبان: ${v('financial.iban', 'SA17 4500 0000 1938 4756 2018')}
اسم المستفيد: مركز النور الثقافي
ومقدار الزكاة 15 ريالاً عن كل فرد. اجعل الأسلوب بسيطاً ومؤثراً.`),

  rec('chat_ms', f`Salam, penderma kami cuba derma RM500 untuk tabung pembinaan surau secara atas talian tapi kad dia ditolak. Dia hantar nombor kad melalui WhatsApp: ${v('financial.payment_card', '4539 8271 0463 9271')}, tamat 09/27. Boleh tolong tulis balasan yang sopan minta dia guna FPX saja dan jangan hantar nombor kad lagi?`),

  rec('email', f`Dear Brother Yusuf,

Thank you for setting up the monthly standing order for the new classroom fund. For your records, the centre's account is:

Sort code: ${ambCat('financial', '60-16-13')}   Account: ${ambCat('financial', '38471926')}
IBAN (for transfers from abroad): ${v('financial.iban', 'GB38 NWBK 6016 1338 4719 26')}

May Allah reward you.
Treasurer, An-Nur Community Centre`),

  rec('chat_tr', f`Selam, derneğin Ramazan kolisi kampanyası için bir Instagram metni yazar mısın? Bağışlar için hesap: ${v('financial.iban', 'TR83 0001 0023 8491 7650 2418 39')} (Alıcı: An-Nur Kültür ve Eğitim Derneği). Açıklamaya "KOLİ" yazmalarını iste.`),

  rec('chat_pl', f`Napisz proszę przypomnienie dla członków, którzy zalegają ze składką związkową za I kwartał. Składki wpłacamy na rachunek ${v('financial.iban', 'PL95 2410 2055 5850 0192 8374 6512')}, w tytule imię, nazwisko i numer legitymacji. Ton uprzejmy, ale stanowczy.`),

  rec('chat_ro', f`Salut, îmi corectezi textul ăsta pentru membrii sindicatului? "Cotizația pe 2025 se achită în contul ${v('financial.iban', 'RO78 BTRL RONC RT03 8471 9265')} deschis la Banca Transilvania, până la 31 martie. Mulțumim pentru solidaritate!"`),

  rec('chat_nl', f`Kun je een nette mail maken voor een lid dat dubbel contributie heeft betaald? We storten €24,50 terug op ${v('financial.iban', 'NL64 INGB 0007 3819 26')} binnen vijf werkdagen. Excuses voor het ongemak.`),

  rec('invoice', f`Please sanity-check this retainer invoice layout before it goes to the client:

KESTREL PUBLIC AFFAIRS SRL — Rue de la Loi 42, 1040 Brussels
Invoice KPA-2025-031 · Retainer Q1 2025 · EUR 18,000.00 excl. VAT
Bank: ING Belgium
IBAN: ${v('financial.iban', 'BE65 0634 8172 9536')}
BIC: ${amb('financial.swift_bic', 'BBRUBEBB')}
Payment terms: 30 days`),

  rec('chat_el', f`Μπορείς να γράψεις ένα ευγενικό email υπενθύμισης στον πελάτη για το τιμολόγιο του Φεβρουαρίου; Ποσό 4.500 €, λογαριασμός ${v('financial.iban', 'GR33 0172 8630 0058 6304 7192 584')} (Τράπεζα Πειραιώς), αιτιολογία "Kestrel-ΦΕΒ25".`),

  rec('chat_de_at', f`Servus! A Fahrgast hat uns am Telefon seine Kreditkartennummer für die Rückerstattung vom Jahresticket diktiert, Mastercard ${v('financial.payment_card', '5168 7302 9184 7563')}, gültig bis 11/26. Darf ich das so ins Ticketsystem schreiben oder muss ich das anders lösen? Bitte um eine kurze Antwort, die ich ihm schicken kann.`),

  rec('csv', f`Can you total the refunds per route and flag anything odd?

${amb('source_code.snippet', f`refund_id,date,route,amount_gbp,card,reason
RF-55102,2025-02-03,X4,3.80,**** **** **** 4418,double tap
RF-55103,2025-02-03,12,2.00,**** **** **** 0931,validator offline
RF-55104,2025-02-04,X4,7.60,${v('financial.payment_card', '4182936401752834')},capped fare not applied
RF-55105,2025-02-05,38,2.00,**** **** **** 7265,double tap`)}

(RF-55104 came from the old back-office export that doesn't mask)`),

  rec('log_es_ar', f`Che, te paso el registro del objeto perdido así me armás el mail para la dueña:

Objeto: billetera de cuero marrón — Línea 60, coche 4412, 14/02 21:40
Contenido: DNI, tarjeta SUBE, tarjeta de crédito Visa ${v('financial.payment_card', '4173 9205 8361 7248')} a nombre de M. Ferreyra, $3.200 en efectivo
Retiro en: terminal Constitución, de lunes a viernes 8 a 18 h

Que no suene burocrático, por favor.`),

  rec('chat_zh', f`你好，一位客户用银联卡付了屋顶光伏的定金，卡号 ${v('financial.payment_card', '6214 8309 1275 6342')}，现在要退款但系统显示"原卡已注销"。请帮我写一段给客户的解释，说明需要提供新的收款账户。`),

  rec('chat_ja', f`お客様から家具の手付金をJCBカード（${v('financial.payment_card', '3538-1192-0473-6519')}、有効期限 04/28）で支払いたいとメールが来ました。カード番号をメールで送らないようにお願いする返信文を、丁寧な敬語で書いてください。`),

  rec('chat_he', f`תוכל לנסח הודעה לחברי האיגוד על החזר דמי חבר ששולמו ביתר? ההחזר יועבר לחשבון שמסרו, למשל אצל חבר מס' 20417: ${v('financial.iban', 'IL07 0108 0000 0029 3817 465')}. תודה!`),

  rec('chat_hu', f`Szia, a buszbérlet-visszatérítéshez ügyfél ezt a számlaszámot adta meg: ${v('financial.iban', 'HU59 1070 0024 6182 9374 5110 0005')}. Kérlek, írj egy rövid, udvarias visszaigazolást, hogy 8 munkanapon belül utaljuk a 12 600 Ft-ot.`),

  rec('chat_da', f`Hej, kan du skrive en kort kvittering til kunden? Vi har modtaget depositum for indretningsprojektet (25.000 kr.) og returnerer overskydende 1.250 kr. til ${v('financial.iban', 'DK64 3000 4071 9382 65')}.`),
];

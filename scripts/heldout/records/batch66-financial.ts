/**
 * Held-out batch 66: card numbers, IBANs and bank details from a newspaper's subscription desk, a
 * veterinary wholesaler, a tunnel contractor, a fertility app, a library consortium and a shipping
 * broker — e-mails, tickets, invoices, exports. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH66_FINANCIAL: DraftRecord[] = [
  rec('email_uk', f`Can you help me reply to this reader? Keep it short and reassuring.

> Dear Courier subscriptions team,
> I've moved my account to Barclays, please take the monthly £14.99 from there from March.
> Sort code ${ambCat('financial', '20-41-73')}, account ${ambCat('financial', '53819274')}
> (IBAN ${v('financial.iban', 'GB82 BARC 2041 7353 8192 74')} if you need it)
> Many thanks, Margaret Dunleavy, subscriber no. FC-0048217`),

  rec('ticket_de', f`Ticket #LS-77410 – Änderung Lastschrift
Abonnent: Herr Gerhard Wimmer, Abo-Nr. 3104877 (Talbote Wochenende)
Neue Bankverbindung ab 01.03.: ${v('financial.iban', 'DE74 4306 0967 7102 9384 61')} (GLS Bank)
Mandatsreferenz bleibt: TB-3104877-01
Unsere Gläubiger-ID: DE37ZZZ00001946210

Bitte formuliere eine Bestätigung an den Kunden, höflich, ohne die IBAN vollständig zu wiederholen.`),

  rec('invoice_fr_ch', f`Peux-tu vérifier si cette facture du grossiste correspond au bon de commande BC-2291 (12 cartons de vaccins canins, 4 cartons d'antiparasitaires) ?

VETRAPHARM SUISSE SA – Facture n° 2025-01184
Échéance : 30 jours net
Montant : CHF 8'412.60
Paiement : ${v('financial.iban', 'CH18 0076 7000 K528 3910 4')} · BIC ${amb('financial.swift_bic', 'BCVLCH2LXXX')}
Référence : merci d'indiquer le n° de facture`),

  rec('email_it', f`Buongiorno, mi serve una risposta gentile ma ferma al fornitore: ci chiede di pagare due volte la fattura 448/2025 dei farmaci veterinari. Il bonifico lo abbiamo già fatto il 12 febbraio sul loro conto ${v('financial.iban', 'IT44 K020 0801 6340 0010 4827 391')}, CRO 1102250431827104. Allego la contabile.`),

  rec('chat_es', f`Un suscriptor me dictó por teléfono su tarjeta para renovar la edición digital: ${v('financial.payment_card', '4532 1784 0629 1537')}, caducidad 09/27. ¿La puedo apuntar en el campo de notas del CRM hasta que el cobro pase, o eso incumple algo? No quiero liarla.`),

  rec('email_pt', f`Bom dia,

Confirmamos o cancelamento da sua assinatura do Jornal do Alto Minho. O reembolso proporcional de 23,40 € será feito por transferência para o IBAN que nos indicou:
${v('financial.iban', 'PT37 0033 0000 4537 1928 4620 5')}

Com os melhores cumprimentos,
Serviço de Assinantes

→ podes rever o português? Quero que soe menos burocrático.`),

  rec('invoice_vls', f`Kunt ge dit even nakijken voor de boekhouding? Factuur van de e-boekenleverancier voor het bibliotheeknetwerk:

Factuur 2025/0317 – Licenties e-boeken Q1
Bedrag: € 6.240,00 (btw verlegd)
Te betalen op rekening ${v('financial.iban', 'BE27 0014 8293 7165')} – BIC ${amb('financial.swift_bic', 'GEBABEBB')}
Gestructureerde mededeling: +++090/9337/55493+++

Klopt het dat we die mededeling exact zo moeten overnemen, met de plussen?`),

  rec('email_sv', f`Hej Anders,

Här är faktureringsuppgifterna för kommissionen på Nordic Star-fixturen:
Belopp: USD 18 750 (1,25 % på frakten)
IBAN: ${v('financial.iban', 'SE55 8000 0083 2791 0482 7361')}
BIC: ${amb('financial.swift_bic', 'SWEDSESS')}
Bankgiro ${ambCat('financial', '5472-9180')} används bara för SEK-betalningar.

Mvh Lina, Halvorsen & Quist Göteborg

Kan du göra en engelsk version av mejlet?`),

  rec('csv_pl', f`Hej, porównaj proszę ten eksport płatności za prenumeratę z wyciągiem bankowym i zaznacz brakujące:

${cfg(f`id;data;kwota;karta;status
PR-5521;2025-02-03;39,90;**** **** **** 4417;rozliczona
PR-5522;2025-02-03;39,90;${v('financial.payment_card', '5584 2709 3316 4081')};rozliczona
PR-5523;2025-02-04;119,00;**** **** **** 0932;zwrot
PR-5524;2025-02-04;39,90;${v('financial.payment_card', '4147209384162056')};odrzucona`)}

(te dwie pełne numery przyszły ze starego terminala w biurze ogłoszeń)`),

  rec('chat_ng', f`Please help me write a reply to this user, she's upset. Her annual premium on the fertility app failed three times. She sent her Verve card in the chat: ${v('financial.payment_card', '5060 9948 2739 1056 283')}. Tell her kindly that we will never ask for card details in chat and she should update it in the app.`),

  rec('chat_tr', f`Kullanıcı destek talebinde kart numarasını açık açık yazmış: ${v('financial.payment_card', '9792 2038 4719 2658')} (Troy). Abonelik yenilemesi iki kez çekilmiş. Ona iade sürecini anlatan kısa ve nazik bir Türkçe cevap yazar mısın? Kart numarasını tekrar etme lütfen.`),

  rec('chat_ar_sa', f`السلام عليكم، عميل من عيادة بيطرية في الرياض دفع فاتورتين بالخطأ ببطاقة مدى ${v('financial.payment_card', '4462 0483 7291 0564')}. يريد استرجاع المبلغ على حسابه البنكي: ${v('financial.iban', 'SA06 1000 0018 2739 4056 1237')}. ساعدني أكتب له رد رسمي يوضح أن الاسترجاع يأخذ ٧ أيام عمل.`),

  rec('email_kk', f`Сәлеметсіз бе! Фрахт төлемі бойынша шот:
Алушы: «Каспий Шиппинг» ЖШС
ЖСК (IBAN): ${v('financial.iban', 'KZ07 9261 8000 0482 7193')}
БСК: ${amb('financial.swift_bic', 'KCJBKZKX')}
Сомасы: 42 600 USD
Төлем мақсаты: фрахт, m/v Aral Star, CP 14.01.2025

Осы хатты орыс тіліне аударып беріңізші.`),

  rec('email_el', f`Γεια σου Νίκο,

Το ναύλο (hire) για το 2ο δεκαπενθήμερο του m/v Kalliopi πρέπει να πληρωθεί έως την Παρασκευή:
Ποσό: USD 211.500,00
Λογαριασμός: ${v('financial.iban', 'GR81 0140 1280 0020 0184 7293 610')}
SWIFT: ${amb('financial.swift_bic', 'CRBAGRAA')}

Μπορείς να μου το γράψεις στα αγγλικά για τον ναυλωτή;`),

  rec('email_hu', f`Szia Réka! A könyvtári konzorcium tagdíját idén erre a számlára kérik: ${v('financial.iban', 'HU57 1177 3016 0482 7193 0000 0000')}. Az összeg 1 240 000 Ft, határidő március 15. Megírnád belőle a körlevelet a tagkönyvtáraknak?`),

  rec('chat_zh', f`公司订了一个航运数据平台的年费，我用银联卡 ${v('financial.payment_card', '6205 4827 3910 4636')} 付款失败了，提示"交易被拒绝"。帮我写一封英文邮件给他们的客服，问一下是不是不支持银联。`),

  rec('chat_ja', f`図書館の電子ジャーナル契約の更新で、JCBカード ${v('financial.payment_card', '3548 2917 3640 2817')} が決済エラーになりました。ベンダーに英語で問い合わせたいので、丁寧なメールの文面を作ってください。有効期限は 2028年3月です。`),

  rec('form_us', f`VENDOR ACH ENROLLMENT – Riverbend Veterinary Supply
Payee: Maple Hollow Animal Hospital LLC
Bank: Heartland Community Bank
Routing (ABA): ${v('financial.aba_routing', '053759748')}
Account: ${ambCat('financial', '0048172935')}  Type: Checking
Remittance e-mail: ${v('pii.email', 'billing@maplehollowvet.com')}
Contact: Dr. Karen Ostrowski, ${phone('(614) 382-7719', 'US')}

Can you turn this into a short checklist for AP to verify before the first payment?`),

  rec('email_es_gt', f`Buenas tardes, Lic. Morales:

Le comparto los datos para el pago de la factura FE-3318 (vacunas y desparasitantes, 240 unidades):
Banco: Banrural
IBAN: ${v('financial.iban', 'GT24 BRRL 0101 0000 0014 8273 9105')}
Monto: Q 18,640.00

Quedo atenta, saludos cordiales.

→ ¿me lo dejas más formal? Es para un distribuidor nuevo.`),

  rec('chat_he', f`תכתוב לי בבקשה מייל קצר לרואה החשבון: הפרילנסרית שעשתה לנו את עיצוב האפליקציה מבקשת שנעביר את התשלום של ינואר לחשבון ${v('financial.iban', 'IL76 0108 0000 0004 8273 915')}, 12,400 ש"ח כולל מע"מ. שיבדוק שזה תואם לחשבונית.`),

  rec('chat_bg', f`Здравей, трябва ми кратко писмо до брокера: комисионната за фиксирането на m/v Vitosha Trader да се преведе по сметка ${v('financial.iban', 'BG55 BUIN 9561 1000 4827 39')}, BIC ${amb('financial.swift_bic', 'BUINBGSF')}. Сумата е 9 800 USD. На английски, моля.`),

  rec('email_fr_tn', f`Bonjour Madame Ben Salah,

Suite à notre échange, voici les coordonnées pour le règlement de la commande de vaccins aviaires :
RIB / IBAN : ${v('financial.iban', 'TN05 0801 0000 0482 7391 0561')}
Montant : 14 250,000 TND

Cordialement,
Service clients Maghreb

Peux-tu corriger mon français et rendre le ton plus chaleureux ?`),

  rec('chat_ro', f`Salut, un cititor vrea să plătească abonamentul anual prin transfer. Îi pot da contul nostru ${v('financial.iban', 'RO81 BRDE 445S V482 7391 6400')} direct pe WhatsApp sau e mai bine pe e-mail, cu factura atașată?`),
];

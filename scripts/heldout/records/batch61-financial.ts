/**
 * Held-out batch 61: card numbers, IBANs and US routing numbers in refunds, payouts, invoices,
 * chargeback chats and exports of a snow research institute, a used-car marketplace, a maternity
 * hospital, a translation agency, a port authority and a fintech. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH61_FINANCIAL: DraftRecord[] = [
  rec('email_pt', f`Exma. Senhora,

Na sequência da alta da sua filha, informamos que o valor de 320,00 € pago em duplicado pelo quarto particular será devolvido por transferência bancária para a conta indicada:

IBAN: ${v('financial.iban', 'PT78 0033 0000 4538 1927 3640 5')}
Titular: Joana Sofia Marques

O reembolso será processado até 15 dias úteis.
Serviços Financeiros – Maternidade Dr. Alfredo da Costa

— Podes tornar este texto mais simpático e curto?`),

  rec('ticket_nl', f`Ticket #88314 – Uitbetaling verkoop niet ontvangen
Verkoper: Ruud Kamphuis (account 4418273)
"Ik heb mijn Volkswagen Golf 7 verkocht via jullie platform maar het geld staat nog niet op mijn rekening. Ik had vorige week mijn IBAN gewijzigd naar ${v('financial.iban', 'NL82RABO0318472956')}, misschien staat de oude nog in het systeem?"

Schrijf een antwoord dat uitlegt dat IBAN-wijzigingen 5 werkdagen geblokkeerd worden ter controle.`),

  rec('invoice_fr', f`Peux-tu vérifier que cette facture de traduction est conforme avant que je la paie ?

FACTURE N° 2025-014
Émetteur : Claire Vasseur, traductrice assermentée EN>FR, SIRET 821 473 905 00018
Client : Polyglot Relay SARL
Objet : traduction jugement de divorce (12 pages) – 540,00 € HT, TVA non applicable (art. 293 B du CGI)
Règlement par virement :
IBAN ${v('financial.iban', 'FR84 2004 1010 0505 1827 3M02 917')}
BIC ${amb('financial.swift_bic', 'PSSTFRPPLIL')}`),

  rec('chat_fr_be', f`Bonjour, une maman nous demande le remboursement de l'acompte pour la chambre seule (150 €) car elle a finalement accouché à domicile. Elle nous a envoyé son compte : ${v('financial.iban', 'BE05 0682 4719 3855')}, et son GSM ${phone('0478 29 38 17', 'BE')}. Tu peux me rédiger la réponse qu'on lui envoie, en confirmant le délai de 30 jours ?`),

  rec('chat_gsw', f`Chasch mer hälfe d Spesenabrechnig für d Feldkampagne z formuliere? Ich bruuch e churzi Mail an d Buechhaltig: Hotel Arosa 3 Nächt (CHF 486.–), Zug Davos–Arosa, Schneeschuh-Miete. Uszahlig bitte uf mis Konto ${v('financial.iban', 'CH45 0076 7000 S528 3719 4')}, Kontoinhaber Reto Caflisch. Merci vilmal!`),

  rec('email_it', f`Gentile Ufficio Amministrazione,

in allegato la notula per l'interpretariato di trattativa del 12 febbraio (6 ore, € 480,00 + cassa 4%). Vi chiedo gentilmente di effettuare il bonifico sul conto:
${v('financial.iban', 'IT48K0200801622000104738291')}
intestato a Giulia Ferrante.

Cordiali saluti,
Giulia

→ traducimi la mail in inglese per il cliente di Londra che paga direttamente`),

  rec('chat_fi', f`Asiakas soitti: hänen Visa-kortiltaan ${v('financial.payment_card', '4895 3720 1846 5735')} on veloitettu tunnistautumispalvelun vuosimaksu kahdesti (2 × 49 €). Voitko kirjoittaa selkeän vastauksen, jossa kerrotaan että toinen veloitus palautetaan 5–7 pankkipäivässä?`),

  rec('tsv_et', f`Palun kontrolli, kas selle väljamaksete faili IBAN-id on õiges vormingus enne SEPA-faili tegemist:

${amb('source_code.snippet', f`kliendi_id\tnimi\tiban\tsumma_eur
C-20931\tKadri Tamm\t${v('financial.iban', 'EE362200221028374619')}\t1250.00
C-20944\tJānis Ozoliņš\t${v('financial.iban', 'LV78HABA0551038274619')}\t480.50
C-20957\tRasa Petrauskienė\t${v('financial.iban', 'LT117300010082746193')}\t2210.00
C-20968\tMarko Leppänen\t${v('financial.iban', 'FI1540061020483716')}\t95.00`)}`),

  rec('chat_hu', f`Kérlek írj egy udvarias emlékeztetőt az ügyfélnek: a 2025/031-es számlánk (hiteles fordítás, 86 400 Ft) 14 napja lejárt. Banki adataink: ${v('financial.iban', 'HU80 1070 0247 4829 3165 0000 0000')}, közlemény: 2025/031.`),

  rec('chat_ro', f`Bună, un șofer de camion a plătit de două ori garanția pentru cardul de acces în portul Constanța (2 × 200 lei). Ne-a trimis contul pentru restituire: ${v('financial.iban', 'RO43 BTRL 0130 1205 8362 1047')}. Poți să-mi scrii un răspuns scurt, formal, în română?`),

  rec('email_sq', f`Përshëndetje,

Ju dërgojmë faturën për mirëmbajtjen e kamerave të sigurisë në Portin e Durrësit (shkurt 2025). Ju lutemi kryeni pagesën në llogarinë:
IBAN: ${v('financial.iban', 'AL52 2021 1109 0000 0007 2381 9465')}
SWIFT: ${amb('financial.swift_bic', 'SGSBALTX')}

Faleminderit,
Siguria Adriatik sh.p.k.`),

  rec('chat_el', f`Ο προμηθευτής των ανιχνευτών μετάλλων για τις πύλες του λιμανιού μας έστειλε νέο λογαριασμό: ${v('financial.iban', 'GR57 0110 1250 0000 0012 8374 619')}. Μπορείς να μου γράψεις ένα email που να ζητάει επιβεβαίωση με υπογεγραμμένη επιστολή πριν αλλάξουμε τα στοιχεία; Φοβάμαι για απάτη.`),

  rec('chat_ka', f`მომხმარებელმა ვერიფიკაციის შემდეგ ანგარიშიდან თანხის გატანა ვერ შეძლო. მისი მიმღები ანგარიშია ${v('financial.iban', 'GE56TB7394827361054217')}. დამიწერე მოკლე პასუხი ქართულად, რომ გადარიცხვა 24 საათში დამუშავდება.`),

  rec('chat_az', f`Bakı limanının təhlükəsizlik xidməti üçün yeni turniketləri quraşdıran şirkət hesab nömrəsini dəyişib: ${v('financial.iban', 'AZ54 IBAZ 3809 0019 4482 7391 6201')}. Mühasibatlığa qısa məktub yaz ki, dəyişikliyi yalnız rəsmi məktubla qəbul edirik.`),

  rec('form_en_us', f`Can you turn this into a clean onboarding checklist for our new on-call Spanish interpreter? It came in as a scanned form:

DIRECT DEPOSIT AUTHORIZATION
Name: Maricela Ortega
Bank: Pacific Crest Credit Union
Routing number: ${v('financial.aba_routing', '261073847')}
Account number: ${ambCat('financial', '0038274619')}
Type: checking
Effective with the 02/28 pay run.`),

  rec('email_en_uk', f`Hi Sam,

The harbour pilot launch crew's overtime for the security drill was paid to the old account. Could you reissue £412.50 to:
${v('financial.iban', 'GB22 BARC 2046 7358 1937 42')} (sort code 20-46-73)
Ref: DRILL-FEB

Thanks, Alison

— make this sound a bit less blunt please`),

  rec('chat_ja', f`通訳の予約サイトで、お客様からこのカードで決済できないと連絡がありました：JCB ${v('financial.payment_card', '3569-1840-2776-4314')}、有効期限 09/28。3Dセキュアの問題でしょうか？お客様への返信を丁寧な日本語で書いてください。`),

  rec('chat_zh', f`客户说用银联卡付翻译费一直失败，卡号是 ${v('financial.payment_card', '6214 8320 7751 9366')}，金额 ¥3,600。帮我写一段回复，建议他改用对公转账，语气客气一点。`),

  rec('chat_hi', f`एक मरीज़ के पति ने डिलीवरी पैकेज का भुगतान RuPay कार्ड ${v('financial.payment_card', '6083 2617 4920 4850')} से किया था लेकिन पैसा दो बार कट गया (₹48,500 × 2)। उन्हें हिंदी में एक विनम्र जवाब लिखो कि रिफंड 7 कार्य दिवसों में आएगा।`),

  rec('log_es', f`Hola, en los logs del checkout de anuncios destacados sale el número de tarjeta entero, ¿esto es un problema de PCI?

${amb('source_code.snippet', f`2025-02-14 19:22:41.113 WARN  pagos-svc  ERROR_PASARELA codigo=05 "Denegada"
  pedido=DST-2025-0041827 importe=29.95 EUR anuncio=88412937
  tarjeta=${v('financial.payment_card', '4539170264831754')} caduca=07/27 titular="IRENE SALAS"
  tarjeta_mascarada=453917******1754
  at es.cochesya.pagos.Redsys.autorizar(Redsys.java:188)`)}`),

  rec('chat_pt_br', f`Um comprador quer reservar o Onix 2021 com um sinal de R$ 1.000 e mandou o cartão no chat: Elo ${v('financial.payment_card', '6504 8721 9305 7189')}, validade 11/27. Como respondo explicando que ele precisa pagar pelo link seguro e que vamos apagar a mensagem?`),
];

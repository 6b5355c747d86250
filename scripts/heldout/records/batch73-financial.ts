/**
 * Held-out batch 73: card numbers, IBANs, routing and account numbers in invoices, refund tickets,
 * mandates and chats of a home-care agency, a wind-turbine contractor, a prosecutor's office, a
 * craft-beer and spirits distributor, a dating app and a hospital pharmacy. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH73_FINANCIAL: DraftRecord[] = [
  rec('email_de', f`Hallo zusammen,

anbei unsere Rechnung RE-2024-1187 über 14 Fass Festbier (50 l) und 6 Kisten Weißbier-Bock, zahlbar innerhalb von 10 Tagen mit 2 % Skonto.

Bankverbindung: Brauerei Hölzl GmbH & Co. KG
IBAN: ${v('financial.iban', 'DE51 7002 0270 0518 3729 46')}
BIC: ${amb('financial.swift_bic', 'HYVEDEMMXXX')}
Verwendungszweck: RE-2024-1187 / Kd.-Nr. 30418

Prost und schöne Grüße aus Hallertau
Vroni Hölzl

→ Kannst du mir sagen, bis wann ich zahlen muss, um das Skonto zu bekommen? Rechnungsdatum war der 28.10.`),

  rec('form_de_at', f`Bitte prüf, ob das SEPA-Lastschriftmandat für die Heimhilfe vollständig ist, bevor ich es an die Buchhaltung schicke:

SEPA-LASTSCHRIFTMANDAT
Zahlungsempfänger: Heimhilfe Donautal gemeinnützige GmbH, Creditor-ID AT98ZZZ00000048271
Mandatsreferenz: HH-2024-0619
Kontoinhaber: Dipl.-Ing. Gerhard Pichler (Sohn der Klientin)
IBAN: ${v('financial.iban', 'AT89 2081 5000 4182 7359')}
Ort, Datum: Linz, 04.11.2024
Unterschrift: ✔`),

  rec('chat_fr', f`Le laboratoire nous a envoyé un nouveau RIB pour les commandes de morphine injectable, ça me paraît bizarre qu'ils changent de banque en plein milieu du marché. Voici ce qu'ils donnent : IBAN ${v('financial.iban', 'FR89 3000 4018 2700 0183 7456 219')}, BIC ${amb('financial.swift_bic', 'BNPAFRPP')}. Tu peux me rédiger un mail à leur service ADV pour demander une confirmation par courrier signé avant qu'on mette à jour la fiche fournisseur ?`),

  rec('email_it', f`Buongiorno Sig.ra Colombo,

come da accordi telefonici, le invio le coordinate per il bonifico relativo all'ordine n. 2024/771 (36 bottiglie di amaro artigianale e 4 fusti di IPA):

Intestatario: Distribuzioni Luppolo & Alambicco S.r.l.
IBAN ${v('financial.iban', 'IT45 X030 6911 8840 0004 9271 835')}
Causale: Saldo ordine 2024/771

Per qualsiasi dubbio mi trova al ${phone('+39 011 483 2917')}.

Cordiali saluti,
Davide Ferri

→ riscrivilo in modo più cordiale, è un cliente nuovo`),

  rec('chat_es', f`Me ha llegado la factura de la grúa de 500 t que usamos para cambiar la multiplicadora del aerogenerador 14 en el parque de La Muela. Antes de pagar, ¿me confirmas que el IBAN tiene buena pinta? ${v('financial.iban', 'ES09 2085 4710 3803 3018 2746')} — titular "Grúas Ebro Montajes SL". Es la primera vez que trabajamos con ellos y el importe es de 38.600 € + IVA.`),

  rec('ticket_nl', f`Ticket #TS-58210 – terugbetaling Premium

Gebruiker schreef in de chat: "Ik heb drie keer betaald voor Premium Gold, zie mijn kaart ${v('financial.payment_card', '5354 1820 9374 6615')}, vervaldatum 07/27. Ik wil mijn geld terug anders ga ik naar de Consumentenbond."

Kun je een antwoord opstellen dat uitlegt dat we de dubbele betalingen binnen 5 werkdagen terugstorten en dat ze nooit volledige kaartnummers in de chat moeten zetten?`),

  rec('chat_da', f`Hej! Mikrobryggeriet Lille Fyr har sendt 40 tomme fustager retur, og vi skal betale pant tilbage: 40 × 150 kr. = 6.000 kr. De har bedt om at få pengene på ${v('financial.iban', 'DK48 5301 0004 8273 61')} i stedet for den konto, vi plejer at bruge. Kan du skrive en kort mail på dansk, hvor vi bekræfter beløbet, og at vi først overfører, når deres bogholder har bekræftet den nye konto telefonisk?`),

  rec('chat_no', f`Kan du sjekke om denne fakturaen fra kranfirmaet stemmer med tilbudet? Tilbudet var 41 500 kr per døgn i tre døgn. Fakturaen sier 142 000 kr eks. mva. Betales til konto ${v('financial.iban', 'NO34 9710 5182 736')} innen 14 dager. Hvis det ikke stemmer vil jeg ha et kort svar til dem på norsk.`),

  rec('email_pl', f`Dzień dobry,

w nawiązaniu do zamówienia nr ZAM/11/2024/0412 (whisky single malt 24 szt., gin rzemieślniczy 60 szt.) przesyłamy fakturę proforma. Towar zostanie wydany ze składu akcyzowego po zaksięgowaniu wpłaty na rachunek:
${v('financial.iban', 'PL61 1090 1014 0000 0712 1981 2874')}
Tytuł przelewu: PROFORMA 2024/0412

Z poważaniem,
Dział Sprzedaży Hurtowej

→ przetłumacz na angielski dla naszego importera ze Szkocji`),

  rec('chat_hu', f`Szia, a klinikai gyógyszertár új beszállítójánál (radiofarmakonok) ez a bankszámla van megadva: ${v('financial.iban', 'HU74 1177 3016 2048 1739 0000 0000')}. A könyvelés szerint a magyar IBAN 28 karakter, ez stimmel? És mi az a sok nulla a végén?`),

  rec('chat_ro', f`Bună! Un client nou, un bar din Cluj, ne-a trimis dovada plății pentru comanda de bere la butoi, dar suma a intrat în alt cont. Contul nostru corect este ${v('financial.iban', 'RO92 BTRL 0130 1205 8374 1900')}, deschis la Banca Transilvania. Poți să scrii un mesaj politicos în care le explicăm asta și le cerem să verifice cu banca lor?`),

  rec('chat_tr', f`Selam, Ankara'daki bayimiz rakı ve craft bira siparişinin ödemesini havale ile yapacakmış. Onlara gönderdiğim mesaj şöyle, daha profesyonel hale getirir misin?

"Merhaba Murat Bey, ödemeyi ${v('financial.iban', 'TR57 0006 2000 1830 0006 2971 84')} IBAN'ına, alıcı adı Hop Dükkanı İçecek Dağıtım Ltd. Şti. olarak yapabilirsiniz. Açıklamaya sipariş no SP-24-1183 yazarsanız sevinirim."`),

  rec('ticket_he', f`דיווח #88123 – ניסיון הונאה

המדווחת כתבה: "הוא ביקש שאשלח לו את פרטי הכרטיס כדי 'לאמת שאני אמיתית'. שלחתי לו ${v('financial.payment_card', '4089 2736 1045 1980')} ותוקף 03/28 ואחרי זה הוא חסם אותי."

תנסח בבקשה תשובה בעברית שמסבירה לה לבטל את הכרטיס מול חברת האשראי מיד, ושאנחנו חסמנו את המשתמש.`),

  rec('chat_ar_lev', f`مرحبا، بدنا نحوّل دفعة العرق للموزع ببيروت. هيدا رقم الحساب اللي بعتولنا ياه: ${v('financial.iban', 'LB06 0028 0000 0000 7301 8452 6391')}، والسويفت ${amb('financial.swift_bic', 'BLOMLBBX')}. البنك عنا عم يقول إنو الآيبان اللبناني طوله 28 حرف، فيك تتأكد إنو صح قبل ما نبعت؟`),

  rec('email', f`Hi Dana,

Sunrise Valley Senior Living's finance office called: restitution in State v. Mercer (No. 24-CR-01187) should now go to their new account at Cascade Mutual Credit Union, routing ${v('financial.aba_routing', '264087319')}, account ${ambCat('financial', '4820193746')} (business checking). The old bank account was closed in October.

Thanks,
Luis – Victim/Witness Services

→ Can you rewrite this as a formal note to the clerk of court asking to update the payee record? Keep it short.`),

  rec('chat_pt', f`Um dono de bar em Belo Horizonte me passou o cartão por telefone para pagar o pedido de chope artesanal: ${v('financial.payment_card', '2223 1045 7836 2912')}, validade 09/26, CVV ${ambCat('financial', '418')}. Eu anotei num post-it. Qual é o jeito certo de processar isso sem guardar o número? A gente usa maquininha e link de pagamento.`),

  rec('chat_ja', f`有料会員の返金依頼への返信を作ってください。ユーザーからのメッセージ:
「プレミアムを解約したのに、JCBカード ${v('financial.payment_card', '3569 9810 2746 3528')} に今月も2,980円請求されています。すぐ返金してください。」
カード番号は返信に書かないようにしてください。`),

  rec('chat_ka', f`გამარჯობა, ტექნიკოსების სასტუმროს ჯავშანი ქუთაისში უნდა გადავიხადოთ გადარიცხვით. ინვოისზე წერია: IBAN ${v('financial.iban', 'GE17 TB73 4816 5052 3618 04')}, SWIFT ${amb('financial.swift_bic', 'TBCBGE22')}. შეგიძლია შეამოწმო, ქართული IBAN 22 სიმბოლოა თუ არა?`),

  rec('chat_ru', f`Коллеги, для закупки стандартных образцов для аптеки клиники оплатили корпоративной картой Мир ${v('financial.payment_card', '2200 3819 4720 5611')}, а поставщик говорит, что платёж не прошёл. В выписке списание есть. Составь, пожалуйста, письмо поставщику с просьбой проверить зачисление — номер карты в письмо не включай.`),

  rec('chat_zh', f`帮我给进口白酒的供应商写一封邮件：上周我们用银联卡 ${v('financial.payment_card', '6228 4809 1736 2540')} 付了定金 ¥48,000，但他们说没收到。请他们查一下到账情况，并附上我们的订单号 BJ-2024-1130。邮件里不要写完整卡号。`),

  rec('chat', f`Quick one — booking the rope-access crew's flights to Hobart for the blade inspection at Musselroe. Company Amex is ${v('financial.payment_card', '3794 281057 36215')} exp 05/26. Travel agent also wants our BSB and account for the refund of the cancelled Launceston leg: BSB ${ambCat('financial', '062-184')}, acct ${ambCat('financial', '1048 2917')}. Can you draft the email to the agent with all that in a sensible order?`),

  rec('chat', f`Patient's attendant at the OPD pharmacy counter paid for the chemo pre-meds with a RuPay card ${v('financial.payment_card', '6522 1409 3871 5620')} but the POS showed "txn declined" and the bank SMS says debited ₹6,480. Can you write a short note for the accounts team in English and Hindi asking them to reconcile before we refund?`),
];

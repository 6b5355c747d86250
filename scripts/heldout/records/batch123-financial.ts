/**
 * Held-out batch 123: card numbers, IBANs and routing numbers from driver payouts, care-home fees,
 * plumbing call-outs, club memberships, gas-deposit refunds and think-tank grants. Hand-written.
 */
import { spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);

export const BATCH123_FINANCIAL: DraftRecord[] = [
  rec('email_de', f`Betreff: Auszahlung Fahrerumsätze Januar – neue Bankverbindung

Hallo Frau Kessler,

ich bin seit Februar bei einer anderen Bank. Bitte überweisen Sie meine Umsatzanteile ab sofort auf:
Kontoinhaber: Dragan Milosavljević
IBAN: ${iban(g4('DE98916578498375454510'))}

Danke und Gruß
Dragan (Wagen 47)

→ kannst du mir daraus eine kurze Antwort formulieren, dass die Änderung ab der nächsten Abrechnung gilt?`),

  rec('tsv_nl', f`Kun je controleren of de uitbetalingslijst klopt met de ritten? Export uit het chauffeurssysteem:

${amb('source_code.snippet', f`chauffeur\tauto\tritten\tbedrag\tiban\tbic
M. Bakker\tRT-12\t143\t2.184,60\t${iban('NL97KAEG4805725954')}\t${amb('financial.swift_bic', 'KAEGNL2U')}
Y. El Idrissi\tRT-07\t167\t2.531,15\t${iban('BE62793132554725')}\t${amb('financial.swift_bic', 'GEBABEBB')}
P. Wouters\tRT-19\t98\t1.402,90\t${iban('NL97KAEG4805725954')}\t${amb('financial.swift_bic', 'KAEGNL2U')}`)}

Mij valt op dat Bakker en Wouters hetzelfde rekeningnummer hebben, kan dat?`),

  rec('chat_esmx', f`Una pasajera dice que le cobraron dos veces el viaje del aeropuerto. Me pasó los datos de su tarjeta por WhatsApp: Visa ${card('4574 7667 0545 5057')}, vence 09/28. ¿Cómo le explico que no necesitamos el número completo para el reembolso? Y que no lo vuelva a mandar así 😅`),

  rec('letter_fr', f`Pouvez-vous reformuler ce courrier plus chaleureusement ? C'est pour la fille d'une nouvelle résidente.

Madame,
Afin de mettre en place le prélèvement mensuel des frais d'hébergement de votre mère, Mme Odette Lacombe, nous avons bien reçu le mandat SEPA signé avec l'IBAN ${iban(g4('FR9732513828035375945175952'))}. Le premier prélèvement interviendra le 5 mars pour un montant de 2 874,00 €.
Cordialement,
Service des admissions – Résidence Les Glycines`),

  rec('email_gsw', f`Grüezi Frau Baumgartner

Die Pflegetaxe vo Ihrem Vater für de Februar isch no offe. Bitte überwiised Sie CHF 7'840.— uf eusi Kontoverbindig:
${iban(g4('CH6186649301595818467'))}, Zahlungszweck: Bewohner 2031 / Feb.

Mit freundliche Grüess
Administration Alterszentrum Sonnmatt

(bitte ins Hochdeutsche übersetzen, die Tochter wohnt in Hamburg)`),

  rec('chat_no', f`Kan du skrive en kort bekreftelse til sønnen til en beboer? Han har betalt egenandelen fra kontonummer ${iban(g4('NO9497706843750'))} og lurer på om beløpet på 14 280 kr er kommet fram. Det er registrert 3. februar.`),

  rec('call_note_en', f`Call note – Fri 7:42 pm, no-heat emergency, 14 Larchmont Ave
Customer (Mr. Okafor) gave card over the phone for the after-hours call-out fee:
Amex ${card('3784 964422 63616')}  exp 11/27  CID 4417
Billing zip 07041, callback ${phone('(973) 482-1936', 'US')}

Can you turn this into a proper job note for the tech and strip anything he shouldn't see?`),

  rec('invoice_pl', f`FAKTURA VAT nr 118/02/2025
Sprzedawca: Instal-Bud Sp. z o.o., Kraków
Usługa: wymiana pieca dwufunkcyjnego + przegląd instalacji gazowej
Kwota brutto: 11 562,00 zł
Termin płatności: 14 dni
Numer rachunku: ${iban(g4('PL94567254013464538389598400'))}

Napisz proszę uprzejme przypomnienie o płatności dla klienta, faktura jest 10 dni po terminie.`),

  rec('chat_cs', f`Zákazník zaplatil zálohu na tepelné čerpadlo, ale platba nám nedorazila. Tvrdí, že poslal 45 000 Kč z účtu ${iban('CZ8758213633243670320636')}. Jak mu mám napsat, ať pošle potvrzení z banky?`),

  rec('email_it', f`Oggetto: Quota associativa 2025 – Circolo Golf & Tennis Lago

Gentile socio,
la quota annuale di € 2.450,00 va versata entro il 31 marzo tramite bonifico a:
IBAN ${iban(g4('IT52O2187760225034692295794'))}
BIC ${amb('financial.swift_bic', 'BPMOIT22XXX')}
Causale: cognome socio + "quota 2025"

Puoi tradurla in inglese per i soci stranieri?`),

  rec('chat_ja', f`ゴルフ会員の年会費をJCBカードで払いたいというお客様がいます。番号は ${card('3528 1840 5331 6542')}、有効期限 04/29 とメールで来ました。カード番号をメールで送らないよう丁寧にお願いする返信文を作ってください。`),

  rec('chat_en_ie', f`Member wants his locker and bar levy refunded to a different account — ${iban('IE93CQAS21307571544279')} — since he's moving to Galway. Draft a reply confirming we'll process it with the next refund run (end of month)?`),

  rec('chat_ko', f`테니스 레슨 10회권 결제가 안 된다고 회원님이 카드번호를 카톡으로 보내셨어요: ${card('5173-7641-6192-8321')} (유효기간 07/27). 카드사 문제인지 저희 결제 모듈 문제인지 어떻게 확인하죠?`),

  rec('email_tr', f`Konu: Güvence bedeli iadesi – abone no 4471-20983

Sayın Yetkili,
Doğalgaz aboneliğimi kapattım. Güvence bedelinin aşağıdaki hesaba iadesini rica ederim:
${iban(g4('TR909622615236213378233940'))}
Hesap sahibi: Elif Yıldırım

Bu dilekçeyi daha resmi bir dile çevirebilir misin?`),

  rec('chat_el', f`Πελάτης ζητά επιστροφή για διπλή χρέωση στον λογαριασμό φυσικού αερίου. Δίνει IBAN ${iban(g4('GR1270952255207739684318402'))}. Μπορείς να γράψεις μια απάντηση ότι η επιστροφή θα γίνει σε 10 εργάσιμες;`),

  rec('csv_ro', f`Lista de restituiri pentru contoarele înlocuite (garanții returnate) — verifică totalul te rog:

${amb('source_code.snippet', f`cod_client;nume;suma_lei;iban
GZ-118204;Popescu Ion;350,00;${iban('RO39SICI3189341061874251')}
GZ-118377;Dumitrescu Ana;350,00;RO12 BRDE **** **** **** 4410
GZ-119012;Stan Mihai;175,00;${iban('RO39SICI3189341061874251')}`)}

Total ar trebui să fie 875 lei.`),

  rec('email_en_ge', f`Dear finance team,

Please release the second grant tranche (USD 18,500) to our Tbilisi partner:
Beneficiary: Caucasus Governance Lab
IBAN: ${iban('GE86CK4893403296722660')}
SWIFT: ${amb('financial.swift_bic', 'TBCBGE22')}
Reference: GR-2024-117 / tranche 2

Can you check whether this wire needs an intermediary bank for USD?`),

  rec('chat_uk', f`Потрібно написати листа партнерській організації з Харкова, що ми отримали їхні реквізити для гранту: IBAN ${iban('UA439942085168091331776986436')}, отримувач ГО «Простір політик». Перший платіж 1 квітня.`),

  rec('form_en_us', f`GRANTEE PAYMENT SETUP — please check for missing fields
Organization: Riverbend Civic Data Collaborative
Bank: Prairie Trust Bank
ABA routing: ${v('financial.aba_routing', '072084193')}
Account: ${ambCat('financial', '4418207395')}
Type: checking
Contact: Danielle Ruiz, ${phone('(312) 847-2913', 'US')}
Grant: Housing Data Fellowship, $42,000`),

  rec('chat_zh', f`会议注册费有位中国嘉宾用银联卡付款失败，卡号 ${card('6202 2852 7691 5980')}。能帮我用中文写一封邮件，请她改用银行转账吗？不要在邮件里重复卡号。`),

  rec('chat_hu', f`Egy ügyfél a gázmérő-csere után túlfizetést jelzett, visszautalást kér erre a számlára: ${iban(g4('HU75566064005138914989199214'))}. Írj egy rövid, udvarias visszaigazolást magyarul.`),

  rec('chat_he', f`משפחה של דייר חדש ביקשה לשלם את דמי הכניסה בהעברה. מה לענות להם? החשבון שלנו: ${iban(g4('IL662384288794227687561'))}, ובמכתב לציין את שם הדייר ומספר החדר.`),

  rec('chat_en_au2', f`Can you split this in the membership system? Pro shop took ${card('4950 9306 2923 9823')} for the annual fee plus cart hire, but the member wants the cart hire on his other card ending 6416. Both were charged on 3 Feb.`),
];

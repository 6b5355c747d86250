/**
 * Held-out batch 75: cards, IBANs, BIC and routing numbers from a fishing fleet's shore office, an
 * insolvency administrator, an opera box office, a paediatric clinic and a driving-school franchise.
 * Hand-written; check digits computed.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';

/** IBAN with computed check digits, printed in groups of four (or compact). */
const iban = (cc: string, bban: string, grouped = true): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return grouped ? (s.match(/.{1,4}/g) ?? []).join(' ') : s;
};
/** Card number: the payload as written (spaces or dashes kept) plus its Luhn check digit. */
const card = (payload: string): string => payload + luhnCheckDigit(payload.replace(/\D/g, ''));

export const BATCH75_FINANCIAL: DraftRecord[] = [
  rec('email_nn', f`Hei Ragnhild,

Mannskapshyra for november til matros Olsen skal gå til den nye kontoen hans. Han har sendt:
Kontonummer: ${ambCat('financial', '1506.27.38491')}
IBAN (for utbetaling frå det færøyske selskapet): ${v('financial.iban', iban('NO', '15062738491'))}

Kan du leggje det inn før lønskøyringa torsdag?

Helsing
Arnfinn, økonomi, Skarvøy Havfiske`),

  rec('chat_fo', f`Kanst tú týða hetta til enskt? „Fíggjarupphæddin fyri fiskin úr síðsta túri verður goldin inn á ${v('financial.iban', iban('FO', '91810004827361'))}, BIC ${amb('financial.swift_bic', 'NORDFOTH')}. Spurningar til Jógvan á skrivstovuni."`),

  rec('invoice_is', f`REIKNINGUR nr. 2024-1187
Seljandi: Ísfell ehf. – veiðarfæri og netaviðgerðir
Kaupandi: Skarvøy Havfiske AS, útgerð „Havbris"
Upphæð: 1.284.500 ISK

Greiðist inn á: ${v('financial.iban', iban('IS', '0334260148270601829473'))}
SWIFT: ${amb('financial.swift_bic', 'NBIIISRE')}

Getur þú athugað hvort IBAN-númerið passi við reikningsnúmerið?`),

  rec('chat_de', f`Als Insolvenzverwalter muss ich das Anderkonto für das Verfahren Müller Metallbau GmbH (Az. 36 IN 412/24) den Gläubigern mitteilen. Bitte formuliere ein kurzes Rundschreiben mit diesen Angaben:
Kontoinhaber: RA Dr. Brenner als Insolvenzverwalter
IBAN: ${v('financial.iban', iban('DE', '700202700051847392'))}
BIC: ${amb('financial.swift_bic', 'HYVEDEMMXXX')}
Verwendungszweck: 36 IN 412/24 – Masse`),

  rec('csv_fr', f`Peux-tu vérifier ce tableau des répartitions aux créanciers avant l'envoi à la banque ? Je veux le total par catégorie.

${amb('source_code.snippet', f`creancier;categorie;montant;iban
URSSAF Rhône-Alpes;privilégié;18 420,55;${v('financial.iban', iban('FR', '30001007940000001523612', false))}
Transports Girard SARL;chirographaire;4 118,00;${v('financial.iban', iban('FR', '10278073110002048170142', false))}
Mme Laure Besson;salarié (AGS);2 960,10;${v('financial.iban', iban('FR', '18206000427319284650178', false))}`)}`),

  rec('email_cs', f`Dobrý den,

jako insolvenční správce dlužníka Kovotech s.r.o. Vás žádám o zaslání přeplatku na zvláštní účet majetkové podstaty:
číslo účtu ${ambCat('financial', '2801834759/2010')}
IBAN ${v('financial.iban', iban('CZ', '20100000002801834759'))}

S pozdravem
Mgr. Petr Dvořák, insolvenční správce`),

  rec('chat_hu', f`Fordítsd le angolra: „A felszámolás alatt álló Dunaparti Építő Kft. hitelezőinek kifizetése az alábbi számláról történik: ${v('financial.iban', iban('HU', '120100280018273650000000'))}. Kérdés esetén hívják az irodát: ${phone('+36 30 418 2967')}."`),

  rec('chat_en_ie', f`Liquidator's client account for the O'Driscoll Joinery case — creditor asked for the details again by phone. Can you write a short e-mail?
Account name: Byrne Liquidations Client A/C
IBAN: ${v('financial.iban', iban('IE', 'AIBK93104728361950'))}
BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}
Reference: ODJ-LIQ-2024-07`),

  rec('chat_el', f`Ένας θεατής πλήρωσε δύο φορές τα εισιτήρια για την «Τόσκα». Η κάρτα του είναι ${v('financial.payment_card', card('4921 8374 1036 552'))}, λήξη 03/27. Γράψε μου μια ευγενική απάντηση ότι θα γίνει επιστροφή σε 5–7 εργάσιμες.`),

  rec('log_en_us', f`Why is our box-office terminal logging full card numbers?

${amb('source_code.snippet', f`[2024-11-30 19:58:12] POS-04 AUTH req amt=186.00 USD pan=${v('financial.payment_card', card('524768301928374'))} exp=0926 entry=CHIP
[2024-11-30 19:58:13] POS-04 AUTH resp code=00 approval=7Q31KX
[2024-11-30 20:01:47] POS-04 AUTH req amt=94.00 USD pan=**** **** **** 4017 exp=0127 entry=NFC`)}`),

  rec('email_tr', f`Merhaba,

Opera binasındaki restoranın kiracısı ödemeleri bundan sonra şu hesaba yapmamızı istedi:
Alıcı: Sahne Gastronomi Ltd. Şti.
IBAN: ${v('financial.iban', iban('TR', '0006200012340062987654'))}

Muhasebeye iletebilir misin? Açıklama kısmına "Aralık kira" yazsınlar.`),

  rec('chat_es_cl', f`Un abonado nos dice que su tarjeta ${v('financial.payment_card', card('5416-2839-4710-382'))} fue rechazada al renovar la temporada de ópera, pero el banco dice que no ve ningún intento. ¿Qué le respondo? Te paso el mensaje del TPV: "Código 05 – No autorizada".`),

  rec('csv_ja', f`公演中止の払い戻し一覧です。返金額の合計と件数を出してください。

${amb('source_code.snippet', f`注文番号,氏名,金額,カード番号
BO-118273,佐藤 花子,24000,${v('financial.payment_card', card('3569 0184 2735 461'))}
BO-118274,鈴木 一郎,12000,**** **** **** 2230
BO-118281,高橋 美咲,36000,${v('financial.payment_card', card('4980 2316 7745 019'))}`)}`),

  rec('form_en_us', f`VENDOR ACH ENROLLMENT – Pediatric Ortho Associates
Vendor: Kessler Orthotic Supply Inc.
Bank: Harborview Community Bank
Routing (ABA): ${v('financial.aba_routing', '261073711')}
Account: ${ambCat('financial', '58201937465')}
Type: Checking
Remit advice to: ${v('pii.email', 'ar@kesslerorthotic.com')}

Please turn this into a checklist for the AP clerk.`),

  rec('chat_it', f`La mamma di un paziente vuole pagare il tutore su misura con bonifico. Le mando: IBAN ${v('financial.iban', iban('IT', 'X0306909606100000112233'))}, intestato a OrthoKids Clinica Pediatrica S.r.l., causale "tutore + nome del bambino". Mi scrivi il messaggio in modo gentile?`),

  rec('chat_pl', f`Kursant zapłacił za kurs kategorii B dwa razy. Zwrot ma iść na konto ${v('financial.iban', iban('PL', '105010251000009031826475'))}. Napisz krótką wiadomość, że zwrot 3 200 zł wyślemy w piątek.`),

  rec('chat_ro', f`Un cursant de la școala de șoferi din Cluj a plătit cu cardul ${v('financial.payment_card', card('4140 3382 1947 025'))} și banca i-a reținut suma de două ori. Scrie-mi te rog un răspuns politicos, în română.`),

  rec('chat_ar_sd', f`يا زول، ساعدني أكتب رسالة لمدرسة تعليم القيادة في الخرطوم بحري: العميل دفع رسوم الرخصة عن طريق بطاقة ${v('financial.payment_card', card('5078 6021 4937 118'))} وما وصل الإيصال. عايزين نرسل له إيصال جديد وننبهه ما يرسل رقم البطاقة في الواتساب تاني.`),

  rec('chat_ka', f`გთხოვ, ინგლისურად თარგმნე: „თანამშრომლის ხელფასი ჩაირიცხოს ახალ ანგარიშზე ${v('financial.iban', iban('GE', 'TB7318264500101736'))}. BIC: ${amb('financial.swift_bic', 'TBCBGE22')}."`),

  rec('chat_he', f`תנסח לי בבקשה מייל להורה: ההחזר על הסד ששולם פעמיים יועבר לחשבון ${v('financial.iban', iban('IL', '0106410000058273619'))} תוך 10 ימי עסקים. שם המטופל לא צריך להופיע.`),

  rec('chat_ar_gulf', f`نبي نرد على شركة التأمين بخصوص مستحقات العيادة. حسابنا في الإمارات: ${v('financial.iban', iban('AE', '0260001015839274611'))}، والسويفت ${amb('financial.swift_bic', 'EBILAEAD')}. اكتب لي الرد بالإنجليزي وبشكل رسمي.`),
];

/**
 * Held-out batch 37: card numbers, IBANs and routing numbers in donation call notes, lease invoices,
 * subscriber chats, coffee-trade payments and cemetery fees. Hand-written, not measured yet.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH37_FINANCIAL: DraftRecord[] = [
  rec('call_notes', f`Phone donation, Christmas appeal line, 3 Dec 14:52
Caller: Mrs Isobel Grant, Ullapool, landline ${phone('01854 612 093', 'GB')}
Gift: £150 one-off + wants to be told about the new ward naming
Card: ${v('financial.payment_card', '4539 1728 4630 5190')} exp 09/27 (cvv taken verbally, not written)
Gift Aid: yes, declaration read out
Follow up: thank-you card from the ward team

^ can you turn my notes into the standard CRM summary format: Donor / Amount / Method / Gift Aid / Actions`),

  rec('email', f`Hey Tammy,

Got the pledge cards back from the Birmingham gala. One of the auction winners (the weekend at the lake house, $4,200) asked us to just run his Amex, he wrote it on the back of the bid sheet: ${v('financial.payment_card', '3742 819365 04723')}, exp 11/26, billing zip 35213.

Can you put it through Monday? I'm fixin' to shred the sheet after.

Thanks y'all,
Darlene

-- rewrite this so it's not so casual, it's going to our finance director`),

  rec('email_sk', f`Dobrý deň pani Horváthová,

ďakujeme za Vašu podporu onkologického oddelenia. Ak by ste chceli prispieť aj bankovým prevodom, údaje sú:

Nadácia Detskej nemocnice Kramáre
IBAN: ${v('financial.iban', 'SK58 0900 0000 0050 1238 4913')}
BIC: ${amb('financial.swift_bic', 'GIBASKBX')}
Variabilný symbol: 2024121
Správa pre prijímateľa: VIANOCE 2024

S pozdravom
Fundraisingové oddelenie

Môžeš to prepísať tak, aby to znelo vrúcnejšie?`),

  rec('email_sr', f`Поштовани господине Јовановићу,

хвала Вам на донацији за нови инкубатор. Уплату можете извршити на текући рачун фондације ${ambCat('financial', '160-0000048372915-24')}, или из иностранства на:
IBAN ${v('financial.iban', 'RS35 1600 0000 4837 2915 24')}
SWIFT: ${amb('financial.swift_bic', 'DBDBRSBG')}
Сврха уплате: Донација – инкубатор

Срдачан поздрав,
Фондација „Мали херој“

Молим те преведи ово на енглески за донатора из Беча.`),

  rec('chat_mk', f`Корисникот од Куманово вели дека плаќал претплата за сателитска ТВ преку банка, ама кај нас не се гледа. Ова ми го прати:
"Уплатено 1.590 ден. на сметка ${v('financial.iban', 'MK07 3000 0003 8291 756')}, цел: претплата декември, корисник 20419"
Дали е тоа нашата сметка? Помогни ми да напишам одговор на македонски.`),

  rec('invoice_de_ch', f`RECHNUNG Nr. LT-2024-1187
Lithotrade Capital AG · Baarerstrasse 41 · 6300 Zug
Leasingnehmer: Mikrotec Fertigung GmbH
Objekt: Nikon NSR-S208D, SN 2208-1173
Leasingrate Q1 2025: CHF 86'400.00 (exkl. MWST 8.1 %)
Zahlbar bis 31.12.2024 auf:
${v('financial.iban', 'CH46 0839 0037 9184 2000 1')}
Referenz: RF18 5390 0754 7034

Kannst du mir den Rechnungstext auf Englisch übersetzen, der Kunde hat eine neue CFO aus Singapur?`),

  rec('email_it', f`Gentile dott. Riva,

come da contratto di locazione operativa n. 2023/118 (impianto di deposizione Applied Materials Endura, matricola EN-41729), il canone trimestrale di € 212.500,00 dovrà essere versato entro il 10 gennaio sul conto:

${v('financial.iban', 'IT36M0306911610100000038194')}
Intestato a Lithotrade Capital Italia S.r.l.

Cordiali saluti,
Ufficio crediti

Puoi renderla più concisa e aggiungere un sollecito gentile per la rata di ottobre ancora aperta?`),

  rec('chat_de_it', f`Hallo, schreib mir bitte eine kurze Erinnerung an die Mitglieder der Bergrettung Sand in Taufers wegen dem Jahresbeitrag 2025 (30 Euro). Überweisung an die Raiffeisenkasse Tauferer-Ahrntal, IBAN ${v('financial.iban', 'IT26 Q060 4511 6010 0000 0271 834')}, Zahlungsgrund "Beitrag 2025 + Name". Auf Deutsch und Italienisch bitte.`),

  rec('chat', f`Our Vaduz holding wants the lease receivables for the Dresden tools paid to the LI account now: ${v('financial.iban', 'LI83 0881 0000 2481 9375 0')}. The customer's AP says their system rejects it as "unknown country". Is LI in SEPA?`),

  rec('ach_form', f`VENDOR ACH ENROLLMENT — Ridgeline Coffee Importers
Vendor: Magnolia Cold Storage & Warehousing LLC, Mobile, AL
Bank: Gulf Coast Community Bank
Routing (ABA): ${v('financial.aba_routing', '062104986')}
Account #: ${ambCat('financial', '4408173920')}  (checking)
Contact: Ray Boudreaux ${phone('(251) 438-9027', 'US')}
Approved: S. Whitfield 12/02

please check this is complete before I key it into QuickBooks`),

  rec('chat_ke', f`Hi, I need to send the payment for lot NCE-2448 (Nyeri AA, 62 bags) to the marketing agent today before the auction prompt payment deadline. They sent their GBP account at the London correspondent: IBAN ${v('financial.iban', 'GB84 BOFS 8092 7431 8509 26')}, BIC ${amb('financial.swift_bic', 'BOFSGB21')}. Our KES account ${ambCat('financial', '01109284736500')} at Co-op Bank will be debited. Can you draft the instruction letter to our bank?`),

  rec('csv', f`Chargebacks from the online shop last month, which ones should we fight?

${amb('source_code.snippet', f`date,order,amount_usd,card,reason,status
2024-11-03,RC-100482,64.00,**** 0519,fraudulent,open
2024-11-07,RC-100517,38.50,${v('financial.payment_card', '5248630194728510')},product_not_received,open
2024-11-12,RC-100603,112.00,**** 2851,duplicate,won
2024-11-19,RC-100688,27.00,${v('financial.payment_card', '6011 4827 3905 6186')},subscription_canceled,open`)}

(the two full numbers came from the old POS export, I know)`),

  rec('chat_ph', f`Paki-check po, tama ba ginawa ko? Subscriber from Davao paid the 6-month prepaid satellite load over chat, sabi niya "charge it to my card ${v('financial.payment_card', '5461 0293 7485 0162')} exp 04/28". I entered it in the billing portal pero nag-error "card not enrolled for 3DS". What do I tell her in Tagalog and English?`),

  rec('chat_mn', f`Энэ хэрэглэгч гадаадаас сансрын ТВ-ийн багцаа сунгах гэсэн юм. Картын дугаар нь ${v('financial.payment_card', '6250 9412 3847 5015')} (UnionPay), хугацаа 03/27. Төлбөр амжилтгүй болоод байна. Англиар хариу бичээд өгөөч.`),

  rec('email_ne_en', f`Namaste sir,

The heli evacuation from Lobuche to Kathmandu on 17 Nov is USD 5,800. The patient's insurer has declined pre-authorisation so her husband said to charge his card: ${v('financial.payment_card', '4917-3820-5614-8279')}, exp 08/26, name Kenji Watanabe. Second card if declined: JCB ${v('financial.payment_card', '3558 1240 9376 2514')}.

कृपया यो इमेललाई अलि व्यावसायिक बनाइदिनुहोस्, बीमा कम्पनीलाई पनि CC गर्नुपर्छ।

Dhanyabad,
Pasang, Khumbu Rescue Coordination`),

  rec('chat_ta', f`தகனக் கட்டணம் ரூ. 18,500 செலுத்த வாடிக்கையாளர் தொலைபேசியில் கார்டு விவரம் சொன்னார்: ${v('financial.payment_card', '4548 1293 0476 2154')}, காலாவதி 02/27. இதை பதிவேட்டில் எழுதலாமா? அலுவலக நடைமுறை என்ன என்று ஆங்கிலத்தில் சுருக்கமாக எழுதவும்.`),

  rec('chat_to_en', f`Fakamolemole, can you help me reply to this family? They paid the plot fee for their nana at the Mu'a cemetery by card over the phone, card ${v('financial.payment_card', '2223 1048 7362 9502')}, exp 10/27, TOP 1,250. They want a receipt in Tongan and English and they're asking if we can also take the headstone deposit on the same card.`),

  rec('chat_de_ch', f`Mini Schwiegermuetter will Gönnerin bi de Rettigsflugwacht wärde und het mir d'Kontoangabe gäh zum Lastschrift-Formular usfülle: ${v('financial.iban', 'CH11 0077 4110 4829 3701 5')}, Graubündner Kantonalbank. Chasch mir e churze Begleitbrief uf Hochdütsch schriibe?`),

  rec('email', f`Subject: Cremation fees — change of bank details

Dear Funeral Director,

Please note that from 1 January all cremation and lair fees should be paid to the authority's new account:

Sort code: ${ambCat('financial', '83-26-19')}  Account: ${ambCat('financial', '10472938')}
IBAN: ${v('financial.iban', 'GB92RBOS83261910472938')}
Reference: your booking number (e.g. KB-24-1187)

Kirkbrae Bereavement Services

-- can you check the tone, we had a phishing attempt last year so it needs to tell them to phone us to verify`, 'UK sort code and account number: ambiguous financial spans next to the labelled IBAN'),

  rec('chat', f`For the Villach customer, the lease deposit refund goes to ${v('financial.iban', 'AT32 3600 0000 8412 7395')}, and the Dresden service credit to ${v('financial.iban', 'DE22 7015 0000 0094 8273 61')}. Can you write both payment instructions in one table with EUR amounts 48,000 and 6,350?`),
];

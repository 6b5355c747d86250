/**
 * Held-out batch 43: card numbers, IBANs and bank details at a newspaper subscriptions desk, a
 * greenhouse grower's payroll, an ambulance service's invoicing, a parts distributor's supplier
 * payments, a language school's fees and a water utility's billing. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH43_FINANCIAL: DraftRecord[] = [
  rec('phone_note_de', f`Telefonnotiz Abo-Service, 09:12
Leserin Frau Brunkhorst möchte vom Print-Abo auf E-Paper wechseln und ab März per Lastschrift zahlen.
Neue Bankverbindung: ${v('financial.iban', 'DE94 2405 0110 4089 8822 56')} (Sparkasse Lüneburg)
Kontoinhaber: Gerda Brunkhorst

Bitte formuliere die Bestätigungsmail, freundlich und kurz.`),

  rec('chat', f`Reader called the subscriptions line and read out her card because the online form kept failing: ${v('financial.payment_card', '4477 4669 2642 5702')}, exp 07/27. I typed it into the ticket — I know, I know. How do I redact it properly in Zendesk?`),

  rec('csv', f`SEPA-Rücklastschriften Januar, bitte nach Rückgabegrund gruppieren:

${amb('source_code.snippet', f`abo_nr;name;iban;betrag;grund
EK-118204;Meyer, Jürgen;${v('financial.iban', 'DE61 2406 0300 5513 6636 40')};24,90;AC04 Konto erloschen
EK-120377;Tiedemann, Ole;${v('financial.iban', 'DE89258501104715863276')};24,90;MD06 Widerspruch
EK-121950;Çelik, Ayşe;${v('financial.iban', 'DE22 2276 1326 8604 1768 55')};39,90;AM04 Deckung`)}`),

  rec('payroll_nl', f`Loonrun seizoenswerkers week 7 — de bank weigert twee regels. Kun je zien wat er mis is?

naam | rekening | bedrag
Kovács Péter | ${v('financial.iban', 'HU43 1177 5342 7976 5252 0430 9984')} | € 612,40
Shevchenko Oksana | ${v('financial.iban', 'UA20 3052 9903 9022 2149 6435 5030 3')} | € 598,15
Nowak Tomasz | PL27 1140 2004 0000 3802 7519 4861 | € 640,00

(de Poolse rekening is handmatig overgetypt van een briefje)`, 'the Polish IBAN has wrong check digits (hand-typed from a note), unlabelled'),

  rec('chat_es_mx', f`Necesito el formato para que Recursos Humanos pague a los jornaleros por transferencia. El de Ramiro Sandoval es CLABE ${ambCat('financial', '012320004938271652')} en BBVA. ¿La CLABE lleva 18 dígitos siempre?`, 'Mexican CLABE: an account number no built-in rule claims (ambiguous, no rule id)'),

  rec('invoice_fi', f`LASKU 2025-00417
Pohjolan Ensihoito Oy · Y-tunnus 2948713-5
Sairaankuljetus 12.01.2025, Vaasa – Seinäjoki
Summa: 486,00 €
Eräpäivä: 14 pv netto

Maksu tilille: ${v('financial.iban', 'FI78 5741 4218 5254 94')}
BIC: ${amb('financial.swift_bic', 'OKOYFIHH')}
Viite: 204 17

Kääntäisitkö tämän englanniksi vakuutusyhtiötä varten?`),

  rec('chat_sv', f`Patientens dotter vill betala transporten med kort över telefon. Hon läste upp ${v('financial.payment_card', '5193 6434 0053 8495')} giltigt till 11/26. Får vi ens ta emot kortnummer så här enligt PCI?`),

  rec('email', f`Hi Noa,

Please update the remittance details for Tamar Precision Ltd. before the March payment run:
Bank Leumi, branch 802
IBAN ${v('financial.iban', 'IL93 0108 7090 6150 5288 057')}
SWIFT ${amb('financial.swift_bic', 'LUMIILITXXX')}

They confirmed by phone, but can you draft the callback-verification checklist we should use for changes like this?

Thanks, Sanne (AP, Eindhoven)`),

  rec('chat_ko', f`한국 공급업체(진공펌프 부품) 송금 정보 확인 부탁드립니다. 신한은행 계좌 ${ambCat('financial', '110-482-937105')}, 예금주 (주)대성진공, SWIFT ${amb('financial.swift_bic', 'SHBKKRSE')}. 유로 송금 시 중개은행 수수료는 누가 부담하나요?`, 'Korean domestic account number: no IBAN, no rule (ambiguous, no rule id)'),

  rec('corp_card', f`Expense report Feb — our field engineer in Hwaseong paid the customs broker with the company Amex because the wire was late: card ${v('financial.payment_card', '3783 140309 99089')}, KRW 1,284,000. Finance wants a justification paragraph. Can you write it?`),

  rec('chat_vi', f`Chị ơi, khách hàng ở Bắc Ninh muốn thanh toán đơn phụ tùng bằng thẻ Visa ${v('financial.payment_card', '4114 6962 1874 4993')}. Mình có nên nhập thẳng vào cổng thanh toán hay gửi link cho họ tự nhập?`),

  rec('chat_pt', f`Uma aluna quer pagar as propinas do nível A2 por transferência. Os dados da escola são ${v('financial.iban', 'PT96 0007 6661 8164 5042 8874 8')} (Novo Banco). Podes escrever a mensagem em português simples e em ucraniano?`),

  rec('refund_pt', f`Pedido de reembolso — curso intensivo cancelado
Aluno: Arjun Mehta
Valor: 180,00 €
IBAN do aluno: ${v('financial.iban', 'PT42 0036 6376 9877 5298 8998 7')}
Contacto: ${phone('+351 912 483 071')}

Verifica se falta alguma coisa para a contabilidade.`),

  rec('chat_cs', f`Zákazník se ptá, kam posílat platbu za vodné, když zrušil SIPO. Můžeš mi napsat odpověď? Náš účet: ${v('financial.iban', 'CZ28 0300 0260 7336 2317 0657')}, variabilní symbol = číslo odběrného místa (např. 40218733), konstantní symbol 0308.`),

  rec('csv_cz', f`Nepárové platby z výpisu, najdi prosím odběratele podle VS:

${amb('source_code.snippet', f`datum\tprotiucet\tvs\tcastka
03.02.2025\t${v('financial.iban', 'CZ8620102109462927770362')}\t40218733\t1 284,00
03.02.2025\t${v('financial.iban', 'CZ36 0600 8401 5795 0771 4598')}\t\t642,00
04.02.2025\t${ambCat('financial', '2701894532/2010')}\t40377120\t3 918,50`)}`, 'the last row uses the Czech domestic account form (number/bank code): an account number no rule claims (ambiguous, no rule id)'),

  rec('phone_pay_cs', f`Telefonní platba zákaznické linky, zápis operátora:
Odběratel 40377120, dlužná částka 3 918,50 Kč
Karta: ${v('financial.payment_card', '5573-3138-8719-0646')}, platnost 09/27, jméno na kartě JAN NOVOTNY
Autorizace zamítnuta (05)

Napiš prosím omluvný e-mail se žádostí o platbu převodem.`),

  rec('chat_hu', f`A szezonális munkás, Szabó Réka, új bankszámlára kéri a bérét: ${v('financial.iban', 'HU11 1040 5982 9025 2092 3007 7647')}. Kérlek, írd meg hollandul a bérszámfejtésnek.`),

  rec('chat_el', f`Καλημέρα, ο προμηθευτής στη Θεσσαλονίκη μας έστειλε νέο IBAN ${v('financial.iban', 'GR6101100884553238597374913')} για τα ανταλλακτικά αντλιών. Μπορείς να μου γράψεις στα αγγλικά email επιβεβαίωσης;`),

  rec('chat', f`Someone on the newsroom Slack pasted a card to pay for the Reuters photo licence: "${v('financial.payment_card', '2223 4955 2805 0312')} 08/28 cvc in DM". Write me a gentle but clear message asking them to delete it and contact the card issuer.`),

  rec('wire_it', f`Bonifico per il fornitore di Agrate (o-ring e guarnizioni per camere di processo):
Beneficiario: Guarnital S.r.l.
IBAN ${v('financial.iban', 'IT52 B030 6909 2090 7617 1198 953')}
Causale: fattura 118/2025
Importo € 7.412,80

Controlla la causale, la banca l'ha rifiutata due volte.`),

  rec('sepa_fr', f`Le sous-traitant de Crolles qui nous fournit les kits de maintenance a changé de banque : nouvel IBAN ${v('financial.iban', 'FR65 3000 3882 6637 9517 2548 734')}, BIC ${amb('financial.swift_bic', 'SOGEFRPP')}. Peux-tu rédiger la note interne pour la comptabilité ?`),
];

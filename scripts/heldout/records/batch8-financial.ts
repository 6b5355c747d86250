/** Held-out batch 8: card numbers, IBANs and routing numbers in chats, OCR, statements, bank files and exports. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const aba = (s: string) => v('financial.aba_routing', s);
const swift = (s: string) => amb('financial.swift_bic', s);
/** IBAN in groups of four, as printed on invoices. */
const grp = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

export const BATCH8_FINANCIAL: DraftRecord[] = [
  rec('chat_yo', f`Ẹ jọ̀ọ́, káàdì Visa mi ${card('4819 3720 5846 1738')} kò ṣiṣẹ́ lórí Jumia láti àná. Kọ lẹ́tà kúkúrú ní èdè Gẹ̀ẹ́sì sí banki mi, jọ̀wọ́.`, 'Yoruba chat, Visa 4-4-4-4'),

  rec('chat_zu', f`Ngicela ungibhalele i-email ngesiNgisi eya ebhange: ikhadi lami le-Mastercard ${card('5338 1490 6277 2519')} likhokhise kabili e-Checkers, R1 240.`, 'Zulu chat, Mastercard'),

  rec('chat_mt', f`Il-karta American Express tiegħi ${card('3756 290381 47255')} ġiet miċħuda fl-ajruport tal-Belt. Tista' tiktbili messaġġ bl-Ingliż lill-bank?`, 'Maltese chat, Amex 4-6-5'),

  rec('chat_ne', f`मेरो Discover कार्ड ${card('6011984273056118')} बाट दुई पटक पैसा काटियो। Please draft a dispute message in English, amount USD 86.40, merchant "Himal Treks".`, 'Nepali chat, Discover ungrouped'),

  rec('chat_ur', f`میرا JCB کارڈ ${card('3540 8291 7364 5287')} آن لائن ادائیگی میں کام نہیں کر رہا۔ Please explain in English how to enable international e-commerce on it.`, 'Urdu chat (RTL), JCB'),

  rec('chat_pa', f`Bhaji, mera Diners card ${card('3057 482910 3629')} hotel ne do vaari charge kar ditta. English vich ik chhoti complaint likh do please.`, 'Punjabi-English (Latin script), Diners 14 digits 4-6-4'),

  rec('chat_hy', f`Իմ Mir քարտը ${card('2201 9583 0472 6195')} չի աշխատում Երևանում։ Объясни по-английски, что делать с картой «Мир» за границей.`, 'Armenian/Russian chat, Mir'),

  rec('ocr_receipt', f`OCR of a hotel folio the guest emailed us, can you extract the totals into a table?

VANTAGE QUAY HOTEL — GUEST FOLIO
Room 412   Arr 02/12/26  Dep 04/12/26
Accommodation 2 nights ........ £318.00
Breakfast x2 .................. £37.00
Payment: UnionPay ${card('6294 7183 0256 1472 834')}
Auth 771203   Balance £0.00`, 'an OCR\'d folio with a 19-digit UnionPay number 4-4-4-4-3'),

  rec('stripe_csv', f`Stripe "unified payments" export — someone added a raw PAN column by mistake in a Sheets join. Which rows are affected?

${amb('source_code.snippet', f`id,created,amount,currency,card_brand,card_last4,raw_pan_from_legacy
ch_3QkR8x,2026-11-28 10:14,42.00,gbp,visa,1738,
ch_3QkS2m,2026-11-28 10:31,18.50,gbp,mastercard,1901,${card('5449173026841901')}
ch_3QkT7c,2026-11-28 11:02,96.00,gbp,mastercard,5616,${card('2331018472935616')}
ch_3QkU1d,2026-11-28 11:40,12.00,gbp,visa,9628,`)}`, 'CSV export (ambiguous source code) with two raw PANs and masked rows'),

  rec('android_crash', f`Crash from our POS app (Kotlin), the log includes the card, I know:

${amb('source_code.snippet', f`E/PaymentFlow: java.lang.IllegalStateException: Tokenization failed for pan=${card('4916830274159628')} exp=0729
    at cycles.corvid.pos.pay.Tokenizer.tokenize(Tokenizer.kt:88)
    at cycles.corvid.pos.pay.CheckoutViewModel$pay$1.invokeSuspend(CheckoutViewModel.kt:142)`)}

How do I make Timber strip anything that looks like a PAN before logging?`, 'an Android stack trace (ambiguous source code) with a PAN'),

  rec('phone_transcript', f`Call transcript (auto) — please summarise in two lines:
Agent: …can I take the card number for the deposit?
Caller: yes it's three five six eight, nine four two zero, one seven three eight, four six two zero — sorry, ${card('3568 9420 1738 4620')}
Agent: and the expiry?
Caller: eleven twenty-nine.`, 'a JCB number read out and then typed in a transcript (only the digit form is labelled)'),

  rec('iban_tn', f`Bonjour, pour le paiement de la commande de dattes (lot 14), merci de virer sur notre compte à la BIAT : RIB / IBAN ${iban('TN69 0801 4027 7159 0384 6172')}, au nom de Oasis Deglet SARL. Pouvez-vous traduire ce message en anglais pour notre client australien ?`, 'Tunisian IBAN in French'),

  rec('iban_mu', f`Please check this payment instruction from our Mauritius agent before I forward it to finance:
Beneficiary: Lagon Bleu Tours Ltd
Bank: MCB, Port Louis
IBAN: ${iban(grp('MU29MCBL0901004729183650000MUR'))}
SWIFT: ${swift('MCBLMUMU')}`, 'Mauritian IBAN (30 characters, ends with the currency)'),

  rec('iban_cr_do_gt', f`Estamos consolidando los proveedores de café para 2027. ¿Puedes pasar esto a una tabla en inglés?
- Finca Las Nubes (Costa Rica): ${iban('CR35015104820379165204')}
- Café Cibao SRL (Rep. Dominicana): ${iban(grp('DO39BPDO00000000007294018365'))}.
- Cooperativa Atitlán (Guatemala): ${iban('GT79BRRL01050000004821937065')}`, 'Costa Rican, Dominican and Guatemalan IBANs in a Spanish list'),

  rec('iban_lb_iq', f`Translate to English and keep the numbers exactly:
"يرجى تحويل الدفعة المقدمة إلى حسابنا في بيروت: ${iban(grp('LB07004200000000471820396511'))}. وبالنسبة لفرع أربيل: ${iban('IQ88RAFB640174829305817')}."`, 'Lebanese and Iraqi IBANs in Arabic text'),

  rec('iban_by_va', f`Two odd ones in the supplier master data, are these even real IBAN formats?
Minsk printing house: ${iban('BY24ALFA3012748290150000BYN0')}
Vatican museum shop (licence fee): ${iban('VA20059001480372916500')}`, 'Belarusian (letters in the account part) and Vatican IBANs'),

  rec('iban_tl_sc', f`Donation page draft — can you tidy the wording?
"Give to the reef school fund: Timor-Leste account ${iban('TL680030000948271653082')} (BNCTL), or in Seychelles ${iban('SC88MCBL01080000004827193650SCR')}. Thank you!"`, 'Timor-Leste and Seychelles IBANs'),

  rec('iban_mr_ps', f`Merci de vérifier la cohérence des coordonnées bancaires des deux partenaires :
Nouakchott : ${iban(grp('MR7200013000471003829174652'))}
Ramallah : ${iban('PS16BOPA000000000482739105712')}`, 'Mauritanian and Palestinian IBANs'),

  rec('mt940', f`Parsing an MT940 statement in Python, the :25: field trips my regex. Sample:

${amb('source_code.snippet', f`:20:STMT261130
:25:${iban('IS880526261048372905147291')}
:28C:00211/001
:60F:C261129ISK1482900,
:61:2611301130D42000,NTRFNONREF//B3K7
:86:Leiga — Harpa salur 2
:62F:C261130ISK1440900,`)}

Should :25: allow an IBAN or only account numbers?`, 'an MT940 statement (ambiguous source code) with an Icelandic IBAN in :25:'),

  rec('payroll_nordic', f`Lindqvist Ferries crew payroll — bank details changed for three people this month. Write the confirmation e-mails in English:
Onni Mäkelä — ${iban('FI96 5799 4021 8374 65')}
Ingrid Solberg — ${iban('NO87 6011 0472 935')}
Oskar Berg — ${iban('SE86 5000 0000 0583 9471 8265')}`, 'Finnish, Norwegian and Swedish IBANs'),

  rec('invoice_sk_si_hu', f`Súhrn faktúr na úhradu do piatku (prosím preložiť do angličtiny):
1) Tatra Print s.r.o. — IBAN ${iban(grp('SK0909000000004829173650'))}, 1 240,00 €
2) Kras Vino d.o.o. — IBAN ${iban(grp('SI38019100482719385'))}, 860,00 €
3) Balaton Hordó Kft. — IBAN ${iban(grp('HU80107000240471829310000000'))}, 312 000 Ft`, 'Slovak, Slovenian and Hungarian IBANs in a Slovak list'),

  rec('iban_mt_ie', f`Hi, our Irish distributor and the Maltese bottler both sent new bank details by e-mail on the same day. Before I update, draft a call-back script:
- Ó Briain Drinks: ${iban('IE54BOFI90583728194602')}
- Ħal Qormi Bottling: ${iban('MT62VALL22013000000040027193815')}`, 'Irish and Maltese IBANs'),

  rec('nacha', f`Our NACHA file is rejected by the bank ("invalid RDFI"). Entry detail record:

${amb('source_code.snippet', f`622${aba('313971525')}${ambCat('financial', '4829173650')}       0000124500EMP-00417      OKONJO ADEBAYO          0091000400000417`)}

Is the routing number split correctly (8 digits + check digit)?`, 'a NACHA entry line: RDFI routing number (8 digits) + check digit glued; the account field is an ambiguous span without a rule id'),

  rec('plaid_json', f`Plaid /auth/get response for one of our tenants (sandbox? no, production, oops):

${amb('source_code.snippet', f`"numbers": {
  "ach": [
    { "account": "${ambCat('financial', '7291830465')}", "account_id": "vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D", "routing": "${aba('064001786')}", "wire_routing": "${aba('044000192')}" }
  ]
}`)}

What should our backend store and what should it drop?`, 'Plaid JSON: routing and wire routing numbers; the account number is an ambiguous span without a rule id'),

  rec('rent_form_us', f`Direct deposit form for my landlord, can you fill the "Instructions" paragraph in simple English? Bank: First Prairie Credit Union, routing ${aba('091000404')}, account ${ambCat('financial', '55029184')}, checking. Phone for questions ${phone('(612) 483-2917', 'US')}.`, 'a routing number with an account number (ambiguous, no rule id) and a US phone'),
];

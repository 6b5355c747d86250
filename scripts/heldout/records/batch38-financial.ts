/**
 * Held-out batch 38: card numbers, IBANs and bank details from an airline loyalty desk, a sawmill
 * cooperative's forest-owner payments, a prosecutor's office, mobile-money agents, a museum and
 * dairy processors (AU, NG, IN, NI, FR, SN, QC, AR, DO, AO, FI, LT, AM, GE, KZ). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH38_FINANCIAL: DraftRecord[] = [
  rec('ticket', f`LOY-20417 — Points purchase charged twice
Member: CR71044290 (Silver)
Customer says her Visa ${v('financial.payment_card', '4532 3826 7513 6122')} was charged $89.00 twice on 14/08 for "Buy 5,000 Points" and only one lot of points landed. Payment gateway ref PG-8841729.

Can you draft a reply that says we've raised a refund for the duplicate and it'll take 5–7 business days? Keep it friendly, Aussie tone is fine.`),

  rec('chat_en_ng', f`Customer came to my shop in Surulere, his Verve card ${v('financial.payment_card', '5061 0270 6894 2640 890')} was debited ₦20,000 for cash-out but the POS printed "declined". How long before the reversal? What do I tell him so he doesn't fight me?`),

  rec('chat_yo', f`Ẹ jọ̀ọ́ ẹ ràn mí lọ́wọ́ láti kọ lẹ́tà sí banki. Wọ́n yọ ₦35,500 lórí káàdì Mastercard mi ${v('financial.payment_card', '5399-1430-5348-0188')} lẹ́ẹ̀mejì ní ilé epo ní Ibadan ní ọjọ́ 3 oṣù kẹsàn-án. Mo fẹ́ kí wọ́n dá owó kejì padà.`),

  rec('chat_pa_latn', f`Sat sri akal ji. Dairy de collection centre te ik kisan da RuPay card ${v('financial.payment_card', '6521 6193 4629 0517')} POS te 3 vaari swipe hoya te paise ik vaar hi kate ne, par oh keh reha hai ki do vaar kate ne. Bank nu complaint likhan vich madad karo, English vich.`),

  rec('email_fi', f`Hei Pekka,

kiitos puukaupasta. Leimikon 2024-117 (Perho, noin 640 m³) ensimmäinen maksuerä 18 400,00 € maksetaan 30.9. mennessä tilille:

${v('financial.iban', 'FI87 4912 7050 6492 48')}

Saaja: Pekka Lehtimäki. Jos tili on muuttunut, ilmoitathan ennen eräpäivää.

Ystävällisin terveisin
Honkavaara Saha osk, puunhankinta

— Voitko tarkistaa tämän viestin kieliasun ennen kuin lähetän sen?`),

  rec('tsv', f`Kan du räkna ut totalsumman per skogsägare och lägga till förfallodatum 30 dagar från leveransdatum?

${amb('source_code.snippet', f`skogsägare\tleverans\tm3\tpris_eur\tkonto
Back, Ulla\t2024-09-02\t212,4\t12 744,00\t${v('financial.iban', 'FI59 1570 4646 8461 17')}
Nyström, Kaj\t2024-09-04\t88,0\t5 104,00\t${v('financial.iban', 'FI3251470532777364')}
Sandvik, Maj-Britt\t2024-09-11\t145,7\t8 596,30\t${v('financial.iban', 'SE97 5000 2836 6924 1887 4842')}`)}

(Maj-Britt bor i Sverige nu, därför det svenska kontot.)`),

  rec('invoice_lt', f`SĄSKAITA FAKTŪRA Nr. GIR-2024-0388
Pardavėjas: UAB „Girelės mediena“, Joniškis
Pirkėjas: Medžio granulių gamyba, Šiauliai
Prekė: pjuvenos, 96 t × 38,00 € = 3 648,00 €
PVM 21 %: 766,08 €
Mokėti iki: 2024-10-15
Atsiskaitomoji sąskaita: ${v('financial.iban', 'LT09 7300 0253 7811 6636')}

Prašau patikrinti, ar PVM suma teisinga, ir išversti į anglų kalbą.`),

  rec('email_ka', f`გამარჯობა, ნინო!

ბუნების ისტორიის მუზეუმის ახალი გამოფენის ვიტრინების მომწოდებელს გადაუხადეთ 12 400 ლარი შემდეგ ანგარიშზე:
IBAN: ${v('financial.iban', 'GE58TB6096011116596245')}
ბანკი: სს "თიბისი ბანკი", SWIFT ${amb('financial.swift_bic', 'TBCBGE22')}
დანიშნულება: ინვოისი №VT-2024-071

მადლობა,
ლევანი, ფინანსური განყოფილება

გთხოვ, ეს წერილი ინგლისურად თარგმნე მომწოდებლისთვის.`),

  rec('email_kk', f`Құрметті әріптестер,

Қыркүйек айындағы сүт үшін фермерлік шаруашылыққа төлемді келесі шотқа аударыңыздар:
Алушы: «Ақбота» ШҚ
ЖСК (IBAN): ${v('financial.iban', 'KZ32 722C 4882 4220 6054')}
БСК: ${amb('financial.swift_bic', 'CASPKZKA')}
Сомасы: 4 812 300 теңге

Осы хатты орыс тіліне аударып беріңізші.`),

  rec('chat_fr', f`Peux-tu rédiger le mémoire de frais pour l'interprète en wolof qui est intervenue à l'audience du 24 septembre au tribunal ? 3 h 30 de présence, tarif réglementaire. Ses coordonnées bancaires : IBAN ${v('financial.iban', 'FR76 3000 4028 1761 8721 8291 254')}, BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}. Le paiement passe par la régie du tribunal.`),

  rec('email_es_do', f`Saludos Licda. Peña,

Para el pago del peritaje informático del expediente PGR-2024-3317 (análisis de los teléfonos incautados), favor transferir a:
Banco BHD, cuenta corriente
IBAN: ${v('financial.iban', 'DO71 BCBH 2703 4075 0914 3801 6053')}
Monto: RD$ 85,000.00

Cualquier duda me escribe o me llama al ${phone('(809) 542-7713', 'DO')}.

Atentamente,
Ing. Ramón Almonte

—¿Me ayudas a contestarle que el pago sale el viernes?`),

  rec('remittance', f`Hi, can you turn this into a polite remittance advice for the farmer? Lagan Valley Dairies, milk payment for August:

Supplier no. 40177 — J. & M. Hamilton, Ballynahinch
Litres: 61,482  Base price 38.2p/l + quality bonus
Amount: £24,118.63
Paid to: ${v('financial.iban', 'GB22 ULSB 9800 5673 8645 52')} (sort code ${ambCat('financial', '98-00-56')}, acct ${ambCat('financial', '73864552')})
Payment date: 15/09`, 'UK sort code and account number: bank details, but no built-in rule claims them (ambiguous)'),

  rec('chat_pt', f`Olá, preciso de ajuda para escrever uma carta ao banco. A liquidação semanal dos agentes Kumbu em Luanda deve ir para a conta da empresa:
IBAN angolano: ${ambCat('financial', 'AO31 0040 1851 0999 8510 3583 4')}
e a comissão do parceiro português para: ${v('financial.iban', 'PT06 0040 7814 0012 9784 9486 7')}
Valor total: 48 720 000 Kz. Pode ficar formal?`, 'Angolan IBAN: AO is an IBAN-format country outside the SWIFT registry, so its validity is a judgement call (ambiguous); the Portuguese IBAN is labelled'),

  rec('chat', f`Crew member booked the Perth layover hotel on her own Amex ${v('financial.payment_card', '3768 972098 77948')} because the company card was declined at 1 a.m. Can you write the expense claim justification for crew control? Amount AUD 212.40.`),

  rec('phone_order', f`Commande téléphonique — boutique du Muséum
Client : M. Gagnon (abonnement Famille, 2 adultes 3 enfants)
Carte : ${v('financial.payment_card', '2223 9273 6743 5600')}  exp. 03/27  CVV donné par téléphone
Montant : 189,00 $ + taxes

Peux-tu transformer ça en courriel de confirmation sans les infos de carte ?`),

  rec('csv', f`Reconcile these loyalty points purchases with the gateway settlement, which ones are missing?

${amb('source_code.snippet', f`purchase_id,member,points,amount_aud,card,status
PP-77120,CR55018342,10000,165.00,**** 6122,settled
PP-77121,CR60219477,2500,44.00,${v('financial.payment_card', '4716115301828268')},settled
PP-77122,CR48810235,5000,89.00,**** 3349,pending
PP-77123,CR71044290,5000,89.00,${v('financial.payment_card', '6250 0501 3136 8713')},settled`)}

(the two unmasked rows came through the old kiosk integration)`),

  rec('chat_pa', f`ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਦੁੱਧ ਉਤਪਾਦਕਾਂ ਦੀ ਅਦਾਇਗੀ ਲਈ ਇਹ ਸੂਚੀ ਬੈਂਕ ਨੂੰ ਭੇਜਣੀ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਇੱਕ ਸਾਫ਼ ਟੇਬਲ ਬਣਾ ਦਿਓ:
1. ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ — ਖਾਤਾ ${ambCat('financial', '50100482736195')}, IFSC ${ambCat('financial', 'HDFC0001847')} — ₹ 48,250
2. ਹਰਜੀਤ ਕੌਰ — ਖਾਤਾ ${ambCat('financial', '3847019265')}, IFSC ${ambCat('financial', 'PUNB0412800')} — ₹ 31,900`, 'Indian bank account numbers and IFSC codes: no built-in rule claims them (ambiguous)'),

  rec('chat_es_ar', f`Che, necesito armar la planilla de pagos a tamberos de la usina de Rafaela para el banco. Dos ejemplos:
- Tambo La Esperanza (Sunchales): CBU ${ambCat('financial', '2850590940090418135201')}, $ 3.842.000
- Tambo Don Aldo (Lehmann): CBU ${ambCat('financial', '0110599520000041827364')}, $ 2.115.500
¿Qué formato de archivo pide Interbanking para pagos masivos?`, 'Argentine CBU: an account number without a built-in rule (ambiguous)'),

  rec('chat_ha', f`Don Allah ka taimaka min in rubuta wasika zuwa ga banki. Wakilinmu a Kano ya tura ₦150,000 zuwa asusun ${ambCat('financial', '0123847561')} (GTBank) bisa kuskure, maimakon ${ambCat('financial', '0123847516')}. Muna son a dawo da kudin.`, 'Nigerian NUBAN account numbers: no rule claims them (ambiguous)'),

  rec('form', f`LESSOR PAYMENT INSTRUCTION — Corella Air Pty Ltd
Lessor: Bluewater Aircraft Leasing LLC (MSN 7418, VH-CRQ)
Monthly rent: USD 312,500.00 — due 1st of month
Beneficiary bank: Harbor National Bank, New York
ABA: ${v('financial.aba_routing', '026107932')}
Account: ${ambCat('financial', '4418207735')}
SWIFT for intermediary: ${amb('financial.swift_bic', 'HNBKUS33')}

Please rewrite as a standing instruction letter for Treasury to sign.`),

  rec('chat', f`Our Lithuanian sawmill partner wants the next advance to ${v('financial.iban', 'LT28 7044 0364 4413 3243')} instead of the old account. Email came from the usual address but I'm nervous about invoice fraud. What should I check before changing it?`),

  rec('chat_hy', f`Բարև, թանգարանի այցելուն գանգատվում է, որ առցանց տոմս գնելիս իր քարտից՝ ${v('financial.payment_card', '4169 5033 0164 9341')}, երկու անգամ գանձվել է 6000 դրամ։ Օգնիր գրել ներողության նամակ և բացատրել, որ գումարը կվերադարձվի 5 աշխատանքային օրվա ընթացքում։`),
];

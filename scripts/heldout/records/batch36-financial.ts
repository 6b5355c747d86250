/**
 * Held-out batch 36: card numbers, IBANs and bank details from a theme park and resort operator, a
 * precision-farming startup, a blood and organ donation service, a market-surveillance desk, a ferry
 * shipyard and a driving-school chain — guest chats, invoices, payout sheets, KYC notes. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH36_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Can you help me word a reply to a guest? She says she was charged twice for the Halloween Nights family ticket (€196 each) on her card ${v('financial.payment_card', '4107 9789 8080 7227')} — we only see one booking, MVK-HN-228104. I want to sound sorry but not admit the double charge until finance checks.`),

  rec('ticket', f`GUEST SERVICES — Gqeberha park
Ticket #GS-55812 | Channel: walk-up desk | Agent: Lindiwe
Guest paid annual pass upgrade at gate 3, terminal froze, guest paid again at gate 1.
Card (guest read it out, terminal slip torn): ${v('financial.payment_card', '3719 624009 92378')}
Amount: R 2 450,00 x2
Guest wants the duplicate reversed before month end. Please draft the note to Acquiring.`),

  rec('chat_log', f`[14:02] guest_hk_88412: hi i booked the Lantau hotel + park package but payment page keeps failing
[14:02] agent_winnie: Sorry about that! Which card are you using?
[14:03] guest_hk_88412: unionpay ${v('financial.payment_card', '6270175661155010')} and also tried my JCB ${v('financial.payment_card', '3528-0238-7608-4053')}
[14:04] agent_winnie: Thanks, I'll check with our payments team.

^ can you summarise this chat for the payments team and tell the agent off (nicely) for letting the guest type full card numbers in chat?`),

  rec('chat_ja', f`ホテルの予約担当です。海外のお客様から「二重に請求された」と英語でメールが来ました。丁寧な返信文を英語で作ってください。カードは ${v('financial.payment_card', '3566 1389 6745 4537')}（JCB）、宿泊日は3月14日から2泊です。返金は5営業日以内と伝えたいです。`),

  rec('email_pt', f`Assunto: Fatura FT 2025/0142 — baterias e hélices

Boa tarde Sr. Rui,

Segue em anexo a fatura FT 2025/0142 relativa às 24 baterias inteligentes e 60 pares de hélices para os drones de pulverização, no valor de 18 942,30 € (IVA incluído).

Pagamento por transferência bancária até 15 de março para:
IBAN ${v('financial.iban', 'PT50 0035 0651 2234 0265 6874 4')}
BIC/SWIFT ${amb('financial.swift_bic', 'CGDIPTPL')}

Com os melhores cumprimentos,
Teresa Gouveia
Departamento Financeiro

→ podes resumir em 2 linhas para o meu chefe?`),

  rec('email_pt_mz', f`Caro Sr. Mussa,

Confirmamos o pagamento do serviço de pulverização por drone das 42 ha de arroz em Chókwè. Pedimos que o valor de 126 000,00 MT seja transferido para a conta da cooperativa:

Banco: BCI — Balcão Xai-Xai
NIB: ${ambCat('financial', '0008 0000 4182 3942 4188 3')}
SWIFT: ${amb('financial.swift_bic', 'CGDIMZMA')}
Titular: Cooperativa Agrícola Baixo Limpopo

Qualquer dúvida ligue para ${phone('+258 84 317 2290')}.

Podes corrigir o português e deixar mais formal?`, 'Mozambican NIB (no IBAN length in the checker, no engine rule): ambiguous financial span'),

  rec('chat_fr', f`Bonjour, une élève de l'auto-école (agence de Liège) a payé deux fois son forfait de 20 heures. Elle demande le remboursement sur son compte ${v('financial.iban', 'BE33 9664 3690 3646')}. Peux-tu rédiger un e-mail court pour lui confirmer que le remboursement de 1 180 € partira vendredi ?`),

  rec('invoice_pl', f`FAKTURA VAT nr 77/02/2025
Sprzedawca: Spawalnictwo Kowal Sp. z o.o., ul. Stoczniowa 14, 80-958 Gdańsk, NIP 583-318-42-07
Nabywca: Stocznia Rega S.A.
Usługa: spawanie sekcji dennych B12–B15, prom nr bud. 318
Kwota netto: 214 600,00 zł, VAT 23%: 49 358,00 zł, brutto: 263 958,00 zł
Termin płatności: 30 dni
Rachunek: ${v('financial.iban', 'PL52 1090 0553 1410 3135 3069 8815')}

Zanim zlecę przelew powyżej 15 tys. zł: jak sprawdzić, czy ten rachunek jest na białej liście podatników VAT, i co zrobić, jeśli go tam nie ma? Krótko, w punktach.`),

  rec('email_bg', f`Здравейте г-н Петров,

Моля, преведете аванса от 35% (148 750 лв.) за боядисването на корпуса на ферибот F-42 по следната сметка:

Титуляр: Корабна боя ЕООД
IBAN: ${v('financial.iban', 'BG23 UNCR 7000 1535 4547 54')}
BIC: ${amb('financial.swift_bic', 'UNCRBGSF')}
Основание: Договор 2025-017

Поздрави,
Десислава Стоянова

Преведи на английски за нашия финансов директор, моля.`),

  rec('tsv_sq', f`Më ndihmo të kontrolloj listën e pagave të instruktorëve për shkurtin, a përputhen shumat me orët?

${amb('source_code.snippet', f`Instruktori\tDega\tOrë\tLekë/orë\tIBAN
Arben Hoxha\tTiranë-Qendër\t112\t900\t${v('financial.iban', 'AL47 2021 1109 3802 4589 6399 5985')}
Elira Dervishi\tDurrës\t96\t900\t${v('financial.iban', 'AL20 2081 2006 5233 1324 3974 9897')}
Gentian Muça\tShkodër\t104\t850\t(pa IBAN, cash)`)}`),

  rec('chat_az', f`Salam, sürücülük kursunun Gəncə filialı üçün icarə haqqını köçürməliyəm. Ev sahibi bu hesabı göndərib: ${v('financial.iban', 'AZ45 IBAZ 3801 6399 7164 7519 1898')}, məbləğ 2 400 AZN. Bank "IBAN düzgün deyil" yazır — bu formatda səhv var?`),

  rec('expense', f`Can you turn this into a proper expense claim note for HR?

Mobile clinic trip, Letterkenny → Castlebar, 11–12 Feb. Fuel €84.20, B&B €95.00, meals €31.50. Refund to my personal account please:
${v('financial.iban', 'IE30 AIBK 9301 0526 1008 71')}
— Siobhán, Donor Services North-West`),

  rec('chat_fr_ma', f`Bonjour, pour le dossier de surveillance n° SM-2025-031, un client d'une société de bourse a alimenté son compte titres par virement depuis ce RIB : ${ambCat('financial', '007 780 9770147420931959 12')}, puis par carte ${v('financial.payment_card', '4171 6227 3673 6592')} la veille de l'annonce de l'OPA. Peux-tu m'aider à rédiger la partie "flux financiers" du rapport au régulateur, de façon neutre ?`, 'Moroccan RIB: bank account, but no IBAN and no engine rule: ambiguous financial span'),

  rec('csv', f`Flagging for the surveillance file: the three accounts below were all funded with the same card before the suspicious buying in PLIPDECO. Can you write it up as a short finding?

${amb('source_code.snippet', f`client_id,broker,funding_date,method,instrument_ref,amount_ttd
C-400192,Broker 07,2025-01-27,card,${v('financial.payment_card', '4443481293686910')},48000.00
C-400377,Broker 07,2025-01-27,card,${v('financial.payment_card', '4443481293686910')},45500.00
C-401015,Broker 11,2025-01-28,card,${v('financial.payment_card', '4443481293686910')},47750.00
C-398120,Broker 02,2025-01-20,wire,FCB ****2291,150000.00`)}`),

  rec('chat_tl', f`Paki-check kung tama yung format ng payout sheet para sa mga farmer sa Nueva Ecija. Yung isang farmer gusto daw sa card niya i-credit: Mastercard ${v('financial.payment_card', '5553 3194 9738 7864')}. Yung iba GCash: ${phone('0918 227 4416', 'PH')} at ${phone('0995 318 2207', 'PH')}. Ok lang ba i-send sa card?`),

  rec('chat_uz', f`Salom! O'quvchi avtomaktab to'lovini ikki marta o'tkazib yuboribdi, Uzcard ${v('financial.payment_card', '8600 8833 0769 2570')} orqali 1 850 000 so'mdan. Qaytarish uchun bankka yoziladigan ariza matnini tuzib bering, iltimos.`, 'Uzcard PAN (8600 BIN): a payment card with a valid Luhn digit, whatever the engine knows about the BIN'),

  rec('chat', f`Our US spares supplier for the spray drones just e-mailed: "please remit by wire, routing ${v('financial.aba_routing', '121066606')}, account ${ambCat('financial', '40918273365')}, Valley Pacific Bank, Fresno". We pay from South Africa through SWIFT — is a routing number enough, or do I need to ask them for a SWIFT code and an intermediary bank? Draft the reply to ${v('pii.email', 'ar@redlineagriparts.com')} for me.`, 'US account number next to its routing number: ambiguous financial span'),

  rec('bank_export_pl', f`Bank odrzucił trzy przelewy z paczki zwrotów kosztów dojazdu (zespół wyjazdowy RCKiK). Co oznaczają te kody i co mam poprawić?

${amb('source_code.snippet', f`"Data";"Odbiorca";"Rachunek odbiorcy";"Kwota";"Status";"Kod"
"2025-02-19";"Anna Wróblewska";"${v('financial.iban', 'PL04 1020 2643 1427 5270 4038 7962')}";"212,40";"ODRZUCONY";"AC04"
"2025-02-19";"Tomasz Kaczmarek";"${v('financial.iban', 'PL51 1160 4336 9171 2077 5611 3346')}";"188,00";"ODRZUCONY";"AM05"
"2025-02-19";"Magdalena Pawlak";"${v('financial.iban', 'PL20 1140 6255 5871 7490 5759 5809')}";"96,30";"ODRZUCONY";"AC06"`)}`),

  rec('chat_nl_sr', f`Goedemiddag, een leerling van de rijschool wil haar lespakket betalen vanuit Nederland. Ze heeft haar IBAN gestuurd: ${v('financial.iban', 'NL78 INGB 0072 1865 01')}. Ons eigen rekeningnummer bij de DSB is ${ambCat('financial', '3401 2298 45')}. Kan een Nederlandse bank zomaar naar een Surinaamse rekening overmaken, en welke gegevens heeft ze nog nodig?`, 'Surinamese bank account number without IBAN: ambiguous financial span'),

  rec('email_fr_ci', f`Objet : Remboursement frais de mission — collecte mobile Bouaké

Bonjour Mme Koffi,

Suite à la collecte de sang du 8 février à Bouaké, merci de rembourser mes frais (transport 18 000 FCFA, repas 9 500 FCFA) sur mon compte :
${ambCat('financial', 'CI93 CI008 01001 345473452346 19')}
ou à défaut sur ma carte Visa ${v('financial.payment_card', '4142 0981 0681 1305')}.

Cordialement,
Yao Kouassi

→ corrige l'orthographe s'il te plaît`, 'UEMOA-format account number (no IBAN length in the checker): ambiguous financial span'),

  rec('front_desk_ja', f`宿泊者カードの内容をPMSに転記する前に、どの項目をシステムに入れてはいけないか教えてください（カード情報の扱いが心配です）。

宿泊者カード（手書き・転記）
氏名：MURPHY, Sean（アイルランド）
デポジット用カード：${v('financial.payment_card', '5107 2226 2358 3490')}\u3000有効期限 09/27
チェックイン 3/14、2泊、オーシャンビュー
署名済み`),
];

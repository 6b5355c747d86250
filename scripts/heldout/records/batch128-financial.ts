/**
 * Held-out batch 128: card numbers, IBANs and routing numbers around tax-free refunds, artist fees,
 * supplier invoices, ground-station leases, school-bus payments and crypto fiat withdrawals. Hand-written.
 */
import { ibanWithCheck as iban, luhnWithCheck as card, spacedFours as grp } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const grpCard = (s: string): string => s.replace(/(\d{4})(?=\d)/g, '$1 ');

const UNIONPAY = card('621483092715634');
const VISA_KR = card('457832019463825');
const VISA_CSV1 = card('492817305846217');
const MC_CSV2 = card('545301982746103');
const AMEX = card('37829140583726');
const MIR = card('220070384915273');
const VISA_FLEET = card('448590217364581');
const MC_PARENT = card('222341908576312');
const VISA_PL = card('403917285640183');
const MC_ID = card('531847026193854');
const IBAN_TR = iban('TR', '0006200123400006298547');
const IBAN_AE = iban('AE', '0330000019283746512');
const IBAN_UA = iban('UA', '305299' + '0000026007233566001');
const IBAN_HU = iban('HU', '117730162111110800000000');
const IBAN_FR = iban('FR', '3000400828000104738227' + '6');
const IBAN_BR = iban('BR', '00360305' + '00001' + '0009795493' + 'C1');
const IBAN_IT = iban('IT', 'X0306909606100000063891');
const IBAN_NL = iban('NL', 'INGB0007391846');
const IBAN_NO = iban('NO', '15032874916');
const IBAN_GR = iban('GR', '01101250000000012300695');
const IBAN_LT = iban('LT', '7300010183749265');
const IBAN_GE = iban('GE', 'TB7008736154063600');
const IBAN_SE = iban('SE', '50000000058398257466');
const IBAN_DE = iban('DE', '50010517' + '5419283746');
const IBAN_ES = iban('ES', '21000418450200051332');

export const BATCH128_FINANCIAL: DraftRecord[] = [
  rec('chat_zh_tw', f`請幫我寫一封英文信給退稅公司：我在羅馬機場辦了退稅，選擇退到銀聯卡 ${v('financial.payment_card', grpCard(UNIONPAY))}，已經過了六週還沒收到 €84.60。退稅單號 KTF-IT-25-0847193。`),

  rec('chat_ko', f`면세 환급이 카드로 안 들어왔어요. 파리 공항 키오스크에서 비자카드 ${v('financial.payment_card', VISA_KR)}로 신청했고, 금액은 €126.30이에요. 고객센터에 보낼 정중한 프랑스어 메일 좀 써주세요.`),

  rec('csv_en', f`Can you find which refunds were paid twice? Export from the refund ledger:

${amb('source_code.snippet', f`form_no,airport,refund_eur,method,card_or_account,paid_at
KTF-FR-25-0193847,CDG,126.30,CARD,**** **** **** 3825,2025-02-03
KTF-FR-25-0193912,CDG,41.80,CARD,${v('financial.payment_card', VISA_CSV1)},2025-02-03
KTF-FR-25-0193912,CDG,41.80,CARD,${v('financial.payment_card', VISA_CSV1)},2025-02-04
KTF-FR-25-0194020,ORY,212.00,CARD,${v('financial.payment_card', MC_CSV2)},2025-02-04
KTF-FR-25-0194101,CDG,19.50,CASH,,2025-02-04`)}

The two unmasked rows come from the old Orly terminal export.`),

  rec('email_tr', f`Merhaba,

İstanbul'a döndüm ancak Milano'daki alışverişimin KDV iadesi hâlâ hesabıma yatmadı. Banka havalesi seçeneğini işaretlemiştim:
Ad Soyad: Elif Karaca
IBAN: ${v('financial.iban', grp(IBAN_TR))}
Tutar: 97,40 €

Yardımcı olabilir misiniz?`),

  rec('chat_ar_gulf', f`أبي أكتب رسالة لشركة استرداد الضريبة. سويت الاسترداد في مطار ميونخ واخترت تحويل بنكي لحسابي: ${v('financial.iban', IBAN_AE)} وللحين ما وصل شي. ساعدني أصيغها بالإنجليزي بشكل رسمي.`),

  rec('chat_ru', f`Помогите составить жалобу: возврат НДС (tax free) из Хельсинки должен был прийти на карту «Мир» ${v('financial.payment_card', grpCard(MIR))}, но оператор пишет «card not supported». Можно ли попросить перевод на счёт?`),

  rec('email_uk', f`Добрий день!

Надсилаю реквізити для виплати гонорару за гастролі (номер «Повітряні гімнасти», 12 виступів):
Отримувач: Олена Коваль
IBAN: ${v('financial.iban', IBAN_UA)}
Банк: АТ КБ «ПриватБанк»

Дякую, з повагою, Олена`),

  rec('chat_hu', f`Szia! Le tudnád fordítani angolra? „A lovas számunk díját kérem a következő számlára utalni: ${v('financial.iban', grp(IBAN_HU))}, kedvezményezett: Szabó Lovasszínház Kft. Köszönöm, Szabó Gergely"`),

  rec('email_fr', f`Objet : Caution chapiteau – Parc des Expositions de Nantes

Bonjour Madame Leroy,

Comme convenu, voici le RIB pour le remboursement de la caution de 4 500 € après le démontage :
IBAN : ${v('financial.iban', grp(IBAN_FR))}
BIC : ${amb('financial.swift_bic', 'BNPAFRPPXXX')}
Titulaire : Vélarium Spectacles SAS

Bien cordialement,
Service administratif tournée`),

  rec('chat_en_uk', f`Tour manager here. The hotel in Edinburgh wants the company Amex again for 14 rooms because the pre-auth dropped: ${v('financial.payment_card', AMEX)}, exp 11/27. Can you draft a reply asking them to use the existing booking ref instead of charging again?`),

  rec('chat_pt_br', f`Oi! Preciso mandar o cachê do malabarista pro Brasil. Ele passou a conta com IBAN ${v('financial.iban', IBAN_BR)} e também a chave Pix (CPF). Qual dá menos taxa pra transferência internacional saindo da Espanha?`),

  rec('invoice_it', f`Puoi controllare questa fattura del fornitore prima che la passo in contabilità?

Fattura n. 2025/FA/0318 – Farmaco Sud S.p.A.
Oggetto: fornitura antiblastici (carboplatino 450 mg, gemcitabina 2 g) per UFA
Imponibile € 18.240,00 – IVA 10% € 1.824,00
Pagamento: bonifico a 60 gg d.f.
IBAN: ${v('financial.iban', IBAN_IT)}
Riferimento ordine: ORD-UFA-25-0092`),

  rec('chat_nl', f`De groothandel heeft een nieuw rekeningnummer doorgegeven voor de cytostatica-leveringen: ${v('financial.iban', grp(IBAN_NL))}. Ze vroegen het per telefoon te bevestigen. Kun je een mail opstellen die uitlegt dat we dat alleen via het bekende nummer doen (fraudepreventie)?`),

  rec('email_no', f`Hei,

Leie for antenneplass 3 (Tromsø) for 2. kvartal er forfalt. Beløpet på NOK 184 500 betales til:
Kontonummer/IBAN: ${v('financial.iban', IBAN_NO)}
SWIFT: ${amb('financial.swift_bic', 'DNBANOKKXXX')}
Merk betalingen med avtalenummer BGL-TRO-2019-03.

Mvh
Ingrid, Nordlys Eiendom AS`),

  rec('form_en_us', f`VENDOR ACH ENROLLMENT – Boreal Groundlink Inc.
Vendor: Mesa Antenna Services LLC, Las Cruces NM
Bank: Rio Grande Community Bank
Routing (ABA): ${v('financial.aba_routing', '107002312')}
Account: ${ambCat('financial', '40183726591')}
Remittance contact: ${v('pii.email', 'billing@mesa-antenna.com')} / ${phone('(575) 482-7391', 'US')}

Please check this is complete before I send it to AP.`),

  rec('email_el', f`Καλημέρα σας,

Σας αποστέλλουμε το τιμολόγιο για τη συντήρηση του συστήματος ψύξης του LNA στον σταθμό. Παρακαλούμε η εξόφληση να γίνει στον λογαριασμό:
IBAN: ${v('financial.iban', grp(IBAN_GR))}
Δικαιούχος: Αιγαίο Τεχνική Ε.Ε.

Με εκτίμηση,
Νίκος Παπαδόπουλος`),

  rec('chat_en_us', f`One of our drivers lost the fuel card for bus 114. It's a Visa fleet card ${v('financial.payment_card', grpCard(VISA_FLEET))}. Write a short note to the fleet card provider asking to block it and reissue to the depot in Dayton.`),

  rec('call_note_en_us', f`Call note – field trip payment (Grade 4, science museum)
Parent: Mrs. Delgado, paid $18 by phone
Card: ${v('financial.payment_card', grpCard(MC_PARENT))}, exp 08/26, billing ZIP 45402
Receipt to be emailed.

Turn this into a receipt email, and remove the card number from it please.`),

  rec('chat_lt', f`Sveiki, prašau patikrinti išmokos prašymą: klientas nori išsiimti 12 400 EUR į sąskaitą ${v('financial.iban', IBAN_LT)}, bet sąskaitos savininko vardas banke „Vytautas Petrauskas", o mūsų KYC – „Vytautas Petrauskis". Ar tai pakankama priežastis sustabdyti?`),

  rec('ticket_pl', f`Zgłoszenie #CV-58213 – chargeback
Klient wpłacił 2 000 PLN kartą ${v('financial.payment_card', VISA_PL)} w dniu 14.02, kupił USDT i wypłacił na zewnętrzny portfel po 40 min. Dziś bank zgłosił obciążenie zwrotne "fraud – card not present".

Napisz proszę notatkę do zespołu AML po angielsku.`),

  rec('chat_ka', f`გამარჯობა, მომხმარებელი ითხოვს 3 500 ლარის გატანას ანგარიშზე ${v('financial.iban', IBAN_GE)}. ანგარიში ახალია და პირველი გატანაა. რა დამატებითი დოკუმენტები ვთხოვო?`),

  rec('chat_id', f`Tolong bantu cek: pengguna deposit pakai kartu Mastercard ${v('financial.payment_card', MC_ID)} lalu langsung tarik ke dompet lain. Nama di kartu beda dengan nama di KTP. Apakah ini harus dieskalasi ke tim AML?`),

  rec('spreadsheet_sv', f`Kan du summera de här uttagen som väntar på granskning?

${amb('source_code.snippet', f`Kund-ID\tBelopp SEK\tIBAN\tStatus
CV-SE-20931\t48 000\t${v('financial.iban', IBAN_SE)}\tmanuell granskning
CV-SE-20977\t9 500\t${v('financial.iban', IBAN_DE)}\tväntar på KYC
CV-SE-21002\t120 000\t${v('financial.iban', IBAN_ES)}\tflaggad (nytt konto)`)}`),


];

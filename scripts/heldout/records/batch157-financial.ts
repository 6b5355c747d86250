/**
 * Held-out batch 157: card numbers, IBANs and routing numbers in hotel-laundry invoices, dry-dock
 * deposits, expat salary runs, rental deposits, biobank sample fees and newspaper subscriptions. Hand-written.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

const DE = ibanWithCheck('DE', '700519950020417388');
const FR_CARD = luhnWithCheck('497304718265930');
const ABA = abaWithCheck('31107438');
const NL = ibanWithCheck('NL', 'RABO0318472956');
const ES = ibanWithCheck('ES', '21003719420200581736');
const IT = ibanWithCheck('IT', 'X0306909606100000073918');
const PL = ibanWithCheck('PL', '109024020000000218473926');
const SE = ibanWithCheck('SE', '50000000058391046272');
const JCB = luhnWithCheck('353814072936581');
const UNIONPAY = luhnWithCheck('622848017395026');
const AE = ibanWithCheck('AE', '0330000019283746501');
const TR = ibanWithCheck('TR', '0006200019400006294718');
const GB = ibanWithCheck('GB', 'NWBK60161331926819');
const MC2 = luhnWithCheck('227493018462735');
const CH = ibanWithCheck('CH', '0076220118273645A');
const AT = ibanWithCheck('AT', '2011182736450917');
const AMEX = luhnWithCheck('37649201837465');
const KR_VISA = luhnWithCheck('404826159370418');
const RO1 = ibanWithCheck('RO', 'BTRLRONCRT0394817263');
const RO2 = ibanWithCheck('RO', 'RNCB0082041937650001');
const RO3 = ibanWithCheck('RO', 'INGB0000999908172635');
const PT = ibanWithCheck('PT', '003500970000638291745');
const MC5 = luhnWithCheck('540719283746150');
const DISCOVER = luhnWithCheck('601129384756102');
const FR_IBAN = ibanWithCheck('FR', '30004005310001729384527');

export const BATCH157_FINANCIAL: DraftRecord[] = [
  rec('email_de', f`Kannst du mir eine freundliche Zahlungserinnerung an das Hotel formulieren? Die Daten aus unserer Rechnung:

Rechnung WL-2025-00381 · Wäschedienst Januar · 4.812,60 €
Zahlbar bis 31.01.2025 auf:
Wäscherei Lindenhof GmbH
IBAN: ${iban(spacedFours(DE))}
BIC: ${bic('GENODEF1S08')}

Das Hotel hat jetzt schon zweimal zu spät gezahlt, bitte trotzdem höflich bleiben.`),

  rec('chat_fr', f`Une dame vient d'appeler pour passer l'avis de décès de son père dans l'édition de samedi, elle a payé par téléphone. J'ai noté : carte ${card(groupedAs(FR_CARD, [4, 4, 4, 4]))}, exp 08/27, cryptogramme au dos ${ambCat('financial', '412')}. Je dois saisir ça où dans le nouveau logiciel d'annonces ? Et c'est normal qu'on me donne le cryptogramme à l'oral ?`),

  rec('ach_form', f`Please check this direct-deposit form before I send it to payroll for the seasonal rental staff in Park City:

Employee: Tyler Brennan
Bank: Mountain West Credit Union
Routing number: ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '4820193746')}
Account type: Checking
Start date: 12/16/2024`),

  rec('chat_nl', f`Kun je een korte bevestiging schrijven voor de expat? "Uw netto salaris over januari (€ 6.214,38) wordt op 25-01 overgemaakt naar ${iban(NL)} t.n.v. S. Okafor." Graag in het Engels én Nederlands.`),

  rec('email_es', f`Revisa este correo al armador antes de enviarlo, por favor:

Estimados señores:
Para confirmar la reserva del dique seco n.º 2 del 3 al 17 de marzo para el buque "Cabo Ortegal", rogamos abonen el anticipo del 30 % (148.500,00 EUR) a la cuenta:
Titular: Astilleros y Reparaciones del Noroeste S.L.
IBAN ${iban(spacedFours(ES))}
SWIFT ${bic('CAIXESBBXXX')}
Atentamente,
Oficina de planificación de varadas`),

  rec('chat_it', f`Devo rispondere a un gruppo di ricerca di Padova che chiede i campioni di plasma: la quota di cessione è 1.250 € e deve essere versata prima della spedizione. Mi scrivi la mail? Coordinate del biobanca: IBAN ${iban(IT)}, causale "Richiesta campioni BB-2025-017".`),

  rec('invoice_pl', f`Przetłumacz na angielski fakturę dla hotelu w Krakowie (pranie pościeli i ręczników, grudzień):

Sprzedawca: Pralnia Przemysłowa Wisła Sp. z o.o.
Nabywca: Hotel Stare Miasto
Kwota brutto: 23 418,90 PLN
Termin płatności: 14 dni
Rachunek: ${iban(spacedFours(PL))}`),

  rec('chat_sv', f`En prenumerant vill byta från faktura till autogiro men har bara skickat sitt IBAN: ${iban(SE)}. Kan man använda det direkt för autogiro eller behöver vi clearing- och kontonummer? Svara gärna kort.`),

  rec('chat_ja', f`スキーレンタルの予約で、お客様から電話でカード番号を聞いてしまいました。${card(spacedFours(JCB))}、有効期限 11/28 です。これをどこかに保存してはいけないと思うのですが、予約システムに入力したあとメモはどう処理すればいいですか？`),

  rec('chat_zh', f`船东代表要用银联卡付坞修押金，卡号 ${card(UNIONPAY)}，持卡人 王建国。我们的 POS 机不支持银联怎么办？能不能改成电汇？帮我写一段英文回复。`),

  rec('email_ar', f`أرجو تدقيق هذه الرسالة قبل إرسالها لإدارة الفندق:

السادة فندق المرسى،
نرجو تحويل مبلغ فاتورة غسيل المفارش لشهر ديسمبر (18,340.00 درهم) إلى حسابنا:
رقم الآيبان: ${iban(spacedFours(AE))}
اسم المستفيد: مغسلة الخليج الصناعية ذ.م.م
مع الشكر.`),

  rec('chat_tr', f`Armatöre ön ödeme talebi yazmam lazım, İngilizce olsun. Havuz rezervasyonu için %25 avans: 96.000 USD. Hesap: ${iban(spacedFours(TR))}, SWIFT ${bic('TGBATRISXXX')}. Referans: DD-2025-Tuzla-07.`),

  rec('dd_letter', f`Can you shorten this direct debit confirmation for a new subscriber?

Dear Mr Pritchard,
Thank you for subscribing to the Weald Herald (7-day print + digital, £24.99 per month). Your first payment will be collected on or after 1 February from:
Account holder: Gareth Pritchard
IBAN: ${iban(spacedFours(GB))}
Please keep this letter for your records.`),

  rec('chat_pt_br', f`Cliente reservou bike elétrica pra 3 dias em Floripa e quer pagar a caução de R$ 1.500 no cartão Mastercard ${card(spacedFours(MC2))}, validade 05/29. A maquininha recusou duas vezes. É melhor pedir Pix?`),

  rec('qr_bill_fr_ch', f`Peux-tu vérifier les données de la facture QR pour la location de saison (skis + chaussures, famille Rochat)?

Compte / Payable à
${iban(spacedFours(CH))}
Alpspin Location SA
Route du Lac 14, 1936 Verbier
Montant : CHF 486.00
Référence : 21 00000 00003 13947 14300 09017`),

  rec('chat_de_at', f`Bitte um eine kurze Bestätigung an den Klienten: Die Steuerrückerstattung aus der Arbeitnehmerveranlagung 2023 (€ 3.128,44) wird auf sein österreichisches Konto ${iban(spacedFours(AT))} überwiesen, nicht mehr auf das Konto in Singapur.`),

  rec('chat_en_au', f`Customer rang the Thredbo shop to extend his ski hire by four days and read me his Amex over the phone: ${card(groupedAs(AMEX, [4, 6, 5]))}, expiry 03/27. Can I just punch that into the booking system or does it need to go through the terminal?`),

  rec('chat_ko', f`호텔 법인카드로 세탁비 결제하려는데 승인 거절이 계속 나요. 카드번호 ${card(spacedFours(KR_VISA))}, 유효기간 09/26 입니다. 해외 결제 차단 때문일까요? 호텔 담당자에게 보낼 안내 문구 좀 써 주세요.`),

  rec('csv_ro', f`Verifică te rog fișierul de plăți către subcontractorii de la docul uscat înainte să-l încarc în banking:

${amb('source_code.snippet', f`beneficiar;iban;suma;moneda;detalii
Sablare Naval SRL;${iban(RO1)};48200.00;RON;Sablare corp MV Sulina
Vopsitorie Constanța SA;${iban(RO2)};31750.50;RON;Vopsire antifouling
Electro Marin SRL;${iban(RO3)};9840.00;RON;Protecție catodică`)}`),

  rec('chat_pt_pt', f`Uma senhora quer pagar o anúncio de falecimento por transferência. Pode escrever a resposta? Dados: NIB/IBAN ${iban(spacedFours(PT))}, valor 85,00 €, referência "Necrologia 18/01". Se tiver dúvidas ligue para ${phone('+351 232 418 706')}.`),

  rec('chat', f`Finance asked me to re-run a declined charge for a bike tour group. Their booker gave two cards: Mastercard ${card(MC5)} (declined, "do not honor") and Discover ${card(spacedFours(DISCOVER))} (exp 10/26). Can I split the $2,340 across both without another authorization from the customer?`),

  rec('chat_fr', f`Un hôtel de Lyon nous demande nos coordonnées bancaires pour le prélèvement mensuel du linge. On leur envoie bien ${iban(spacedFours(FR_IBAN))} ? Le RIB date de 2022, je ne suis pas sûre qu'il soit à jour.`),
];

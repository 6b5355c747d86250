/**
 * Held-out batch 155: card numbers, IBANs and routing numbers from hotel front offices, crowdfunding
 * payouts, a freight forwarder's invoices, a wildlife centre's donations and a water laboratory's
 * suppliers. Hand-written; check digits computed with scripts/corpus/checksums.ts.
 */
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

const VISA_GUEST = luhnWithCheck('453917208364715');
const MC_OTA = luhnWithCheck('552841069372810');
const AMEX_GUEST = luhnWithCheck('37829104637251');
const JCB_GUEST = luhnWithCheck('353874102965830');
const UNIONPAY = luhnWithCheck('621483905716284');
const MIR = luhnWithCheck('220038174926501');
const VISA_DONOR = luhnWithCheck('476173920485162');
const MC2 = luhnWithCheck('222384710592736');
const DINERS = luhnWithCheck('3608417295036');
const DISCOVER = luhnWithCheck('601129384710562');
const VISA_TR = luhnWithCheck('454360918273645');
const MC_KR = luhnWithCheck('536148209375104');

const IBAN_PT = ibanWithCheck('PT', '003600914829173650417');
const IBAN_DE = ibanWithCheck('DE', '500105174829163057');
const IBAN_NL = ibanWithCheck('NL', 'INGB0007391846');
const IBAN_FR = ibanWithCheck('FR', '30004003180001048291736');
const IBAN_ES = ibanWithCheck('ES', '00491500482917365028');
const IBAN_IT = ibanWithCheck('IT', 'Q0306909606100000482917');
const IBAN_GB = ibanWithCheck('GB', 'BARC20481639275810');
const IBAN_CH = ibanWithCheck('CH', '00483018294736501');
const IBAN_PL = ibanWithCheck('PL', '114020040000348291736502');
const IBAN_RO = ibanWithCheck('RO', 'BTRL0130120548291736');
const IBAN_GR = ibanWithCheck('GR', '01101250000000482917365');
const IBAN_TR = ibanWithCheck('TR', '0006200048291736501274');
const IBAN_AE = ibanWithCheck('AE', '0330000010284719365');
const IBAN_IL = ibanWithCheck('IL', '0126110000004829173');
const IBAN_GE = ibanWithCheck('GE', 'TB7003536080100048');
const IBAN_SE = ibanWithCheck('SE', '30000000048291736502');
const IBAN_BE = ibanWithCheck('BE', '001482917307');
const IBAN_UA = ibanWithCheck('UA', '3052990000026004829173650');
const IBAN_HU = ibanWithCheck('HU', '117730164829173600000000');
const IBAN_CZ = ibanWithCheck('CZ', '03000000004829173651');
const IBAN_NO = ibanWithCheck('NO', '15034829173');
const IBAN_AT = ibanWithCheck('AT', '2011182947361920');
const ABA = abaWithCheck('12300042');
const ABA2 = abaWithCheck('32327104');

export const BATCH155_FINANCIAL: DraftRecord[] = [
  rec('chat_pt_pt', f`Bom dia, um hóspede do quarto 204 ligou a dizer que lhe cobrámos duas noites a mais. Pagou com o Visa ${card(spacedFours(VISA_GUEST))}, validade 03/27. Pode ajudar-me a redigir um e-mail de desculpas em inglês e a explicar que o estorno demora 5 a 10 dias úteis?`),

  rec('ota_vcc', f`Booking.com virtual card for reservation 4182 937 551 (arr. 14/12, 3 nights, Deluxe Garden):
Card: ${card(MC_OTA)}  Exp 01/25  CVC 418
Amount authorised: EUR 687,00 — charge on or after arrival date only.

Write a short instruction for the night auditor on when and how to charge this in Opera.`),

  rec('chat_ja', f`フロントで外国人のお客様のアメックスが通りません。カード番号 ${card(groupedAs(AMEX_GUEST, [4, 6, 5]))}、有効期限 11/26 です。「Do not honor」と出ました。お客様に英語でどう説明すればいいですか？`),

  rec('chat_zh_tw', f`您好，台北分館有位客人用 JCB 卡 ${card(spacedFours(JCB_GUEST))} 付訂金，但系統顯示「卡片不支援預授權」。另一張銀聯卡 ${card(UNIONPAY)} 也失敗。請問要怎麼用英文跟客人說明？`),

  rec('chat_ru', f`Добрый день! Гость из Москвы хочет оплатить проживание картой «Мир» ${card(spacedFours(MIR))}, а наш терминал в Тбилиси её не принимает. Какие есть варианты, кроме наличных? Напиши ответ гостю вежливо, по-русски.`),

  rec('payout_ticket', f`Payout hold review #PO-88127
Campaign: "Nieuwe rolstoel voor Daan" (NL)
Beneficiary: M. de Wit
Payout IBAN on file: ${iban(spacedFours(IBAN_NL))}
Changed on 02/12 to: ${iban(spacedFours(IBAN_BE))}  ← different country, same day as €4,820 in donations
Decision needed: release / hold for KYC refresh

Draft the note to the campaigner asking for a bank statement, kind tone, Dutch and English.`),

  rec('csv_payouts', f`Can you check these payout rows for duplicates before I submit the batch?

${amb('source_code.snippet', f`payout_id;campaign_id;holder;iban;bic;amount_eur
PO-90211;C-447102;Sofia Marques;${iban(IBAN_PT)};${bic('CGDIPTPL')};1240,00
PO-90212;C-447188;Jonas Becker;${iban(IBAN_DE)};${bic('COBADEFFXXX')};380,50
PO-90213;C-447215;Lucía Romero;${iban(IBAN_ES)};${bic('CAIXESBBXXX')};2915,00
PO-90214;C-447102;Sofia Marques;${iban(IBAN_PT)};${bic('CGDIPTPL')};1240,00
PO-90215;C-447309;Elena Conti;${iban(IBAN_IT)};${bic('BPMOIT22XXX')};96,20`)}`),

  rec('email_fr', f`Bonjour,

Veuillez trouver ci-joint notre facture F-2024-1187 pour le fret aérien AWB 020-48291736 (FRA–YUL, 2 colis UN1266 Produits de parfumerie, classe 3).
Montant : 3 482,60 € TTC — échéance 30 jours.
Coordonnées bancaires : IBAN ${iban(spacedFours(IBAN_FR))} – BIC ${bic('BNPAFRPPXXX')}

Cordialement,
Service facturation – Meridian Cargo France`),

  rec('chat_el', f`Γεια σας, ο δωρητής μάς έστειλε email ότι η κάρτα του ${card(spacedFours(VISA_DONOR))} χρεώθηκε δύο φορές για τη μηνιαία δωρεά των 15€ στο κέντρο περίθαλψης άγριων ζώων. Πώς του απαντάμε ευγενικά;`),

  rec('invoice_it', f`Fattura n. 447/2024 – Fornitura reagenti (kit coliformi, 40 confezioni)
Cliente: Laboratorio Comunale Analisi Acque
Importo: € 5.612,00 + IVA
Pagamento: bonifico a 60 gg d.f.f.
IBAN: ${iban(IBAN_IT)}

Mi controlli se la scadenza cade in un giorno festivo?`),

  rec('email_en_gb', f`Hi Priya,

The Christmas appeal raised £18,410 via JustGiving. JustGiving will pay out to the usual account:
Sort code 20-48-16, account ${ambCat('financial', '39275810')}
IBAN ${iban(spacedFours(IBAN_GB))}

Gift Aid claim to follow in January. Could you reconcile against the bank feed?

Thanks,
Tom (Fernhollow finance volunteer)`),

  rec('chat_de_ch', f`Chasch mer hälfe, d'Zahlig a de Laborlieferant z'verbueche? QR-Rächnig, Konto ${iban(spacedFours(IBAN_CH))}, Betrag CHF 2'318.40, Referenz siehe Rechnung Nr. 2024-3318. Isch das e QR-IBAN oder e normale IBAN?`),

  rec('chat_pl', f`Cześć, wspierający zbiórkę na schronisko pisze, że przelew poszedł na zły rachunek. Podał ten: ${iban(spacedFours(IBAN_PL))}. Czy możesz sprawdzić, czy to w ogóle poprawny polski IBAN i przygotować odpowiedź?`),

  rec('wire_ro', f`Bună ziua, vă rog să verificați datele pentru transferul fondurilor strânse în campania „Adăpost pentru vulpi”:
Titular: Asociația Vulpea Roșie
IBAN: ${iban(IBAN_RO)}
BIC: ${bic('BTRLRO22')}
Sumă: 12.400 RON

Este corect formatul IBAN-ului?`),

  rec('chat_tr', f`Merhaba, İstanbul otelimize kurumsal müşteri havale gönderecek. Bizim hesap: ${iban(spacedFours(IBAN_TR))}. Ayrıca bir misafirin kartından (${card(spacedFours(VISA_TR))}) depozito bloke kaldırılmadı. İkisi için de kısa bir İngilizce e-posta yazar mısın?`),

  rec('chat_ar', f`مرحباً، نحتاج إلى تحويل رسوم مناولة البضائع الخطرة إلى الوكيل في دبي. الحساب: ${iban(spacedFours(IBAN_AE))}، اسم البنك: Emirates NBD، سويفت ${bic('EBILAEAD')}. هل يمكنك صياغة طلب التحويل بالإنجليزية؟`),

  rec('ach_form', f`US payout setup — campaigner in Oregon
Name: Dakota Reyes
Routing number: ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '48291736502')}
Account type: checking
Second account (savings, backup): routing ${v('financial.aba_routing', ABA2)}, account ${ambCat('financial', '7731029485')}

Is it normal to collect a backup account? Write the KYC note.`),

  rec('chat_ko', f`안녕하세요, 서울 지점 손님이 체크아웃 때 마스터카드 ${card(spacedFours(MC_KR))}로 결제했는데 금액이 두 번 승인됐다고 합니다. 한 건은 보류 금액(pre-auth)일 텐데, 손님께 영어로 설명하는 메시지를 써 주세요.`),

  rec('chat_he', f`שלום, תורם מישראל רוצה להעביר תרומה גדולה לקמפיין דרך העברה בנקאית ולא בכרטיס. החשבון שלנו לקבלת העברות: ${iban(spacedFours(IBAN_IL))}. האם יש בעיה עם עמלות? תכין לי תשובה באנגלית.`),

  rec('guest_folio', f`Folio dispute – Tbilisi property
Guest paid deposit with Diners ${card(groupedAs(DINERS, [4, 6, 4]))} and the balance with Discover ${card(spacedFours(DISCOVER))}; also a Mastercard ${card(spacedFours(MC2))} was kept on file for incidentals.
Refund of GEL 340 to go to the guest's Georgian account ${iban(IBAN_GE)}, contact ${phone('+995 599 48 27 39')}.

Which card should the incidentals refund go to, legally?`),

  rec('chat_sv', f`Hej, vi ska betala ut insamlade pengar till en kampanj i Göteborg och mottagaren har gett både svenskt konto ${iban(spacedFours(IBAN_SE))} och norskt ${iban(IBAN_NO)}. Kan du formulera ett mejl där vi ber om bekräftelse på vilket konto som gäller?`),

  rec('csv_suppliers', f`${amb('source_code.snippet', f`Lieferant\tLand\tIBAN\tOffen (EUR)
Hach Lange Service\tAT\t${iban(IBAN_AT)}\t1.920,00
Labsupply Kft.\tHU\t${iban(IBAN_HU)}\t684,30
Chromservis s.r.o.\tCZ\t${iban(IBAN_CZ)}\t2.205,75
Ερευνητικά Εργαστήρια ΑΕ\tGR\t${iban(IBAN_GR)}\t418,00`)}

Bitte die offenen Posten nach Fälligkeit sortieren und eine Zahlungsliste für Freitag vorschlagen. Und die ukrainische Lieferantin hat neue Daten geschickt: ${iban(IBAN_UA)}.`),
];

/**
 * Held-out batch 77: card numbers, IBANs and routing numbers in the mail, chat, exports and forms of
 * a ship classification society, a sleep clinic, a microfinance lender, a post-production house, a
 * library system and a cement plant. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Luhn-complete a card payload, then group it (`sizes`) with `sep`. */
const card = (payload: string, sizes: number[] = [], sep = ' '): string => {
  const d = payload + luhnCheckDigit(payload);
  if (!sizes.length) return d;
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(d.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
};
/** IBAN with computed check digits; `spaced` groups it by four. */
const iban = (cc: string, bban: string, spaced = false): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return spaced ? s.replace(/(.{4})/g, '$1 ').trim() : s;
};

export const BATCH77_FINANCIAL: DraftRecord[] = [
  rec('email_sq', f`Përshëndetje znj. Hoxha,

Kredia e grupit "Gratë e Beratit" (7 anëtare, 2.100.000 lekë) u miratua. Disbursimi do të bëhet në llogarinë e kryetares së grupit:
IBAN: ${v('financial.iban', iban('AL', '202111090000000573948211', true))}
BIC: ${amb('financial.swift_bic', 'STANALTR')}

Ju lutem më ndihmoni ta përkthej këtë email në anglisht për donatorin.`),

  rec('chat_ar_eg', f`ازيك، عايز أكتب رسالة رسمية للعميلة إن قسط قرض المشروع الصغير اتحول على حسابها غلط وهنرجعه. الحساب اللي اتحول عليه:
${v('financial.iban', iban('EG', '0019000500000000263180047'))}
والحساب الصح هيكون على البنك الأهلي. اكتبها بأسلوب محترم ومختصر.`),

  rec('chat_ps', f`سلام! زموږ د کوچنیو پورونو مؤسسې د پاکستان څانګې ته پیسې لیږل غواړو. حساب دا دی: ${v('financial.iban', iban('PK', 'MEZN0001230104917283', true))} — مهرباني وکړئ په انګلیسي کې د بانک لپاره د لیږد غوښتنلیک ولیکئ.`),

  rec('email_ru_kz', f`Коллеги, по группе заёмщиков из Шымкента: возврат переплаты 48 500 тенге нужно сделать на счёт
${v('financial.iban', iban('KZ', '722C000012847301'))} (АО «Kaspi Bank»)
Получатель: Нурлан Сапаров, руководитель группы «Береке».
Составьте, пожалуйста, короткое сопроводительное письмо.`),

  rec('chat', f`Hi, I tried to pay my overdue library fines (£14.60) online but the page timed out twice. Can you check if it went through? Card was ${v('financial.payment_card', card('492918304715263', [4, 4, 4, 4]))} exp 09/27, name on card D. Pritchard. Patron barcode 21937004182655.`),

  rec('invoice_de', f`Rechnung SV-2025-00418 – Erneuerungsbesichtigung MV "Hanne Kristin" (IMO 9487216)

Leistung: Class Renewal Survey + Bottom Survey im Dock, Bremerhaven, 10.–14.02.2025
Betrag: 18.940,00 EUR zzgl. Reisekosten
Zahlbar innerhalb 30 Tagen auf:
Ivarsen Class GmbH
IBAN ${v('financial.iban', iban('DE', '210700240318842755', true))}
BIC ${amb('financial.swift_bic', 'DEUTDEDB210')}

Kannst du das als freundliche Zahlungserinnerung auf Englisch umschreiben?`),

  rec('email_nb', f`Hei! Rederiet ba om refusjon av dobbelt betalt årsgebyr for klasse (NOK 42 300). Kontonummer de oppga: ${v('financial.iban', iban('NO', '15036481927'))}. Kan du sette opp en kort bekreftelse på norsk med forventet utbetalingsdato fredag?`),

  rec('chat_nl', f`Kun je een nette betalingsherinnering schrijven aan de distributeur? Factuur LP-2025-031 (kleurcorrectie + DCP mastering "De Wadden"), € 27.850 excl. btw, vervallen op 15 februari. Betalen op ${v('financial.iban', iban('NL', 'INGB0006284173', true))} t.n.v. Lumen Post B.V. onder vermelding van het factuurnummer.`),

  rec('email_fr', f`Bonjour,

Suite à la location de l'auditorium d'étalonnage (3 jours, projection 4K HDR), merci de nous retourner la caution de 3 500 € sur le compte suivant :
Titulaire : Les Films du Sémaphore
IBAN : ${v('financial.iban', iban('FR', '10278000010020483719452', true))}

Pouvez-vous reformuler ce mail de manière plus formelle ?`),

  rec('chat_it', f`Mi serve una mail per il fornitore di ceneri volanti: il bonifico della fattura 112/2025 (€ 64.210,40) è stato fatto sul vecchio conto ${v('financial.iban', iban('IT', 'K0306909606100000184732'))}, ma loro hanno cambiato banca. Chiedi gentilmente di confermare il nuovo IBAN su carta intestata.`),

  rec('chat_es', f`Hola, un paciente de la unidad del sueño pagó dos veces el estudio de poligrafía (180 €). Quiere la devolución en su cuenta ${v('financial.iban', iban('ES', '21000813610274519836', true))}. ¿Me redactas la respuesta confirmando que se hará en 10 días hábiles?`),

  rec('chat_pt', f`Bom dia, preciso de uma mensagem para o estaleiro: o pagamento da vistoria intermédia do navio "Ribeira Grande" deve ser feito para ${v('financial.iban', iban('PT', '003300004530918276410'))}, e não para a conta antiga. Tom firme mas cordial.`),

  rec('csv_pl', f`Sprawdź proszę, czy te przelewy do dostawców cementowni zgadzają się z zamówieniami (PO):

dostawca;PO;kwota_PLN;rachunek
Gips-Trans Sp. z o.o.;PO-77120;48 120,00;${v('financial.iban', iban('PL', '109024020000000612847391'))}
Kruszywa Opole S.A.;PO-77131;13 905,50;${v('financial.iban', iban('PL', '249020100000000083174620'))}
Ekopaliwa RDF;PO-77140;92 330,00;${v('financial.iban', iban('PL', '811140200400003102748315'))}`),

  rec('chat_ja', f`レンダーファームのクラウド利用料の支払いでカードが通りません。登録したJCBカードは ${v('financial.payment_card', card('353801947263815', [4, 4, 4, 4], '-'))}、有効期限 11/26 です。英語でサポートに問い合わせる文面を作ってください。`),

  rec('form_en_us', f`Vendor direct deposit form — please check it's complete before I send it to AP.

Vendor: Northfield Sleep Diagnostics LLC (CPAP supplies)
Bank: First Prairie Bank
Routing number (ABA): ${v('financial.aba_routing', '071923844')}
Account number: ${ambCat('financial', '4418209375')}
Account type: Checking
Remittance e-mail: ${v('pii.email', 'ar@northfieldsleepdx.com')}`),

  rec('chat_is', f`Sæl, geturðu skrifað stutta kvittun fyrir bókasafnið? Styrkur frá vinafélaginu, 250.000 kr., var lagður inn á reikning ${v('financial.iban', iban('IS', '0133260024781906541209'))} 12. febrúar.`),

  rec('email_hr', f`Poštovani,

molimo da naknadu za inspekciju trupa broda "Mljet" (IMO 9632418) uplatite na ${v('financial.iban', iban('HR', '23400091128473056', true))} (Privredna banka Zagreb). Poziv na broj: HR00 2025-0217.

Hvala! Možeš li ovo prevesti na engleski?`),

  rec('chat_sl', f`Prosim napiši opomnik za knjižnico: zamudnina za 11 izposojenih DVD-jev ni bila plačana. Plačilo na ${v('financial.iban', iban('SI', '056100192837465'))}, sklic SI12 0417-2025. Ton prijazen.`),

  rec('email_lv', f`Labdien! Lūdzu uzrakstiet atgādinājumu klientam par nesamaksāto rēķinu par CEM I 42,5 R piegādi (312 t). Maksājums jāveic uz ${v('financial.iban', iban('LV', 'HABA0551038274615'))} līdz 28. februārim.`),

  rec('chat_ar_gulf', f`أبي رسالة للعميل عن رسوم فحص السفينة في ميناء جبل علي. التحويل يكون على حسابنا في الإمارات ${v('financial.iban', iban('AE', '0260001015038472916'))} أو حسابنا في السعودية ${v('financial.iban', iban('SA', '80000006080103827415'))} حسب العملة. اكتبها بالإنجليزي.`),

  rec('chat_ko', f`수면클리닉에서 양압기(CPAP) 구입비를 결제했는데 이중 결제됐어요. 카드번호 ${v('financial.payment_card', card('540926183745021', [4, 4, 4, 4]))}, 승인번호 30418275, 금액 1,280,000원. 카드사에 보낼 취소 요청 문구 좀 써주세요.`),

  rec('chat_yue', f`幫我寫封英文電郵畀圖書館嘅電子書供應商，講我哋年費已經用銀聯卡俾咗：卡號 ${v('financial.payment_card', card('621483920175633', [4, 4, 4, 4]))}，金額 HK$38,600，交易日期 2025年2月3日，但係佢哋系統仲顯示未付款。`),

  rec('csv_sv', f`Kan du summera per mottagare? Export från leverantörsreskontran (cementfabriken Slite):

Mottagare,Belopp SEK,IBAN,Förfallodag
Gotlands Frakt AB,84 200,${v('financial.iban', iban('SE', '50000000058310294736'))},2025-03-05
Kalkbrott Service HB,12 740,${v('financial.iban', iban('SE', '80000821494038127654'))},2025-03-05
Gotlands Frakt AB,31 950,${v('financial.iban', iban('SE', '50000000058310294736'))},2025-03-12`),

  rec('chat_mk_rs', f`Здраво, треба ми писмо на англиски до бродоградилиштето во Србија: уплатата за сертификатот за класа да оди на нашата сметка ${v('financial.iban', iban('MK', '300000002748193'))}, а не на ${v('financial.iban', iban('RS', '160005080004738291'))} како што погрешно пишуваше во фактурата. Контакт за прашања: ${phone('+389 70 318 264')}.`),

  rec('log', f`Repayment gateway logged the full card on a failed instalment, is that normal??

${amb('source_code.snippet', f`2025-02-19 07:12:44 ERROR repay-gw  charge failed group=KIG-0417 member=M-09 amount=RWF 25,000
  card=${v('financial.payment_card', card('517283940126558'))} exp=2026-04 reason=insufficient_funds
  at repay.gateway.Charge.run(Charge.kt:88)`)}`),
];

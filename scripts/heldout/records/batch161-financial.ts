/**
 * Held-out batch 161: card numbers, IBANs and routing numbers in bakery payroll changes, archive
 * licence invoices, container repair invoices, dialysis transport co-payments and polling-staff
 * stipends. Hand-written, many languages.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { abaWithCheck, groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';

const IBAN_DE = ibanWithCheck('DE', '700202700638291745');
const IBAN_CH = ibanWithCheck('CH', '0023523847162901W');
const IBAN_BE = ibanWithCheck('BE', '063482719305');
const IBAN_NL = ibanWithCheck('NL', 'INGB0007382916');
const IBAN_ES = ibanWithCheck('ES', '21000418450200517392');
const IBAN_PT = ibanWithCheck('PT', '003500830003829174650');
const IBAN_IT = ibanWithCheck('IT', 'X0306909606100000382741');
const IBAN_GB = ibanWithCheck('GB', 'NWBK60161331926819');
const IBAN_PL = ibanWithCheck('PL', '109010140000071219812874');
const IBAN_TR = ibanWithCheck('TR', '0006200119000006672315');
const IBAN_AE = ibanWithCheck('AE', '0260001015382719401');
const IBAN_HR = ibanWithCheck('HR', '23600001101928374');
const IBAN_UA = ibanWithCheck('UA', '3052990000026007233566001');

const JCB = luhnWithCheck('353812746091823');
const UNIONPAY = luhnWithCheck('621483029176452');
const AMEX = luhnWithCheck('37829104736521');
const MC2 = luhnWithCheck('222184037261953');
const MIR = luhnWithCheck('220038174926501');
const VISA = luhnWithCheck('453918274603917');
const MC5 = luhnWithCheck('541873920465183');
const DISCOVER = luhnWithCheck('601129384716253');
const DINERS = luhnWithCheck('3054827193648');
const TROY = luhnWithCheck('979204183726451');
const ELO = luhnWithCheck('636368291047382');
const ABA = abaWithCheck('07400047');

export const BATCH161_FINANCIAL: DraftRecord[] = [
  rec('chat_de', f`Hallo, kannst du mir die Änderungsmitteilung für die Lohnbuchhaltung kurz formulieren? Mitarbeiterin Sandra Kühl (Filiale Bamberg, Pers.-Nr. 40217) hat die Bank gewechselt, neue IBAN ${v('financial.iban', spacedFours(IBAN_DE))}, gültig ab der Dezemberabrechnung.`),

  rec('email_gsw', f`Grüezi Frau Baumann

Bitte für d'Lohnzahlig vom Dezember ab sofort uf das Konto überwiise:
IBAN ${v('financial.iban', spacedFours(IBAN_CH))}
lautend uf: Reto Imhof, Bäckerei-Filiale Olten

Merci und en schöne Abig
Reto

→ chasch das bitte in es korrekts Hochdütsch-Mail umschriibe?`),

  rec('chat_fr_be', f`Tu peux vérifier ce virement avant que je l'encode ? Redevance de franchise novembre, boulangerie de Namur, 4 812,60 € vers ${v('financial.iban', spacedFours(IBAN_BE))}, communication structurée +++090/1124/58137+++. Le franchisé dit que l'ancien compte est clôturé.`),

  rec('chat_nl', f`Wil je dit omzetten in een nette betaalopdracht voor de salarisadministratie? Bakker Jeroen Smit, vestiging Zwolle, heeft een nieuw rekeningnummer: ${v('financial.iban', IBAN_NL)}. Vanaf de loonstrook van december graag.`),

  rec('tsv_es', f`¿Me generas el fichero SEPA (pain.001) con estas nóminas de la franquicia de Zaragoza?

${amb('source_code.snippet', f`empleado\tIBAN\timporte
Laura Gimeno Abad\t${v('financial.iban', IBAN_ES)}\t1.342,18
Sergio Pardo Lanuza\t${v('financial.iban', ibanWithCheck('ES', '00491500062910384726'))}\t1.198,40`)}

La fecha de ejecución es el 30/12.`),

  rec('email_pt_pt', f`Boa tarde,

Segue o NIB/IBAN para o pagamento da cedência de imagens de arquivo (programa "Portugal em Directo", 1974):
IBAN: ${v('financial.iban', spacedFours(IBAN_PT))}
Titular: Produções Vale do Sorraia, Lda.

Obrigado,
Inês

— podes rever o português? acho que está demasiado seco.`),

  rec('invoice_it', f`Controlla se questa fattura per la licenza di repertorio è completa:

FATTURA n. 2024/317 – Cessione diritti d'archivio
Cliente: Emittente pubblica – Ufficio Licenze Teche
Materiale: 14 min. da "Carosello" (1962–1968), uso web mondiale, 5 anni
Imponibile € 6.300,00 + IVA 22%
Pagamento: bonifico a 30 gg d.f. su IBAN ${v('financial.iban', IBAN_IT)}`),

  rec('form_en_us', f`REMITTANCE INSTRUCTIONS – archive footage licence #LIC-24-0912
Licensee: Harbor Light Documentaries LLC
Amount due: USD 18,400.00
Bank: Mid-Atlantic Federal Savings
ABA routing: ${v('financial.aba_routing', ABA)}
Account: ${ambCat('financial', '3028174659')}
Ref: LIC-24-0912 / "Coastal Towns 1950s"

Please turn this into a short payment reminder, due date was 15 Nov.`),

  rec('chat_en_gb', f`Can you draft a quick note to payroll? One of our Leeds bakery managers changed bank: sort code ${ambCat('financial', '60-16-13')}, account ${ambCat('financial', '31926819')}, IBAN for the record ${v('financial.iban', spacedFours(IBAN_GB))}. Effective from the December run.`),

  rec('chat_pl', f`Przygotuj proszę krótki mail do członka obwodowej komisji wyborczej: dieta za dyżur w dniu głosowania zostanie przelana na rachunek ${v('financial.iban', spacedFours(IBAN_PL))} do 14 dni od wyborów. Jeśli numer jest nieaktualny, prosimy o kontakt pod ${phone('+48 601 384 729')}.`),

  rec('invoice_tr', f`Konteyner tamir faturasını kontrol eder misin?

FATURA NO: DPT-2024-1187
Konteyner: MSKU 482917-3, hasar kodu DT (ezik), kapı kilidi değişimi
İşçilik 3,5 saat + malzeme: 4.870,00 TL + KDV
Ödeme: ${v('financial.iban', spacedFours(IBAN_TR))} (Depo Lojistik A.Ş.)
Vade: 30 gün`),

  rec('email_ar', f`السادة الكرام،

نرجو تحويل قيمة تقدير إصلاح الحاويات لشهر نوفمبر (٣٢ حاوية) إلى الحساب التالي:
IBAN: ${v('financial.iban', spacedFours(IBAN_AE))}
SWIFT: ${amb('financial.swift_bic', 'EBILAEAD')}
المستفيد: مستودع الحاويات – جبل علي

مع التحية،
قسم تقديرات الإصلاح`),

  rec('chat_ja', f`アーカイブ映像のライセンス料、先方からカード払いにしたいと言われました。JCB ${v('financial.payment_card', spacedFours(JCB))} 有効期限 09/27 で請求書を作っていいですか？カード情報をメールで受け取るのは問題ないでしょうか。`),

  rec('chat_zh', f`帮我给客户回一封邮件：他们用银联卡 ${v('financial.payment_card', spacedFours(UNIONPAY))} 支付的修箱费用 (集装箱 TGHU 739201-5) 被退回了，请他们重新付款或者改用电汇。语气客气一点。`),

  rec('chat_en_us', f`Patient's daughter called to pay the non-covered part of the dialysis transport (3 trips, $142.50). She read me her Amex: ${v('financial.payment_card', groupedAs(AMEX, [4, 6, 5]))}, exp 04/28, CID on file. Can you write the receipt email text? No card number in it obviously.`),

  rec('chat_es_mx', f`¿Me ayudas a redactar la respuesta? La familia del paciente pagó el traslado a hemodiálisis con la Mastercard ${v('financial.payment_card', spacedFours(MC2))} y el banco rechazó el cargo dos veces. Quiero pedirles que llamen a su banco.`),

  rec('chat_ru', f`Помоги составить письмо бухгалтерии телеканала: покупатель архивных кадров оплатил лицензию картой «Мир» ${v('financial.payment_card', MIR)}, но платёж завис в статусе «в обработке» уже три дня.`),

  rec('csv_en', f`Reconcile the archive shop's clip-licence card payments against Stripe payouts, list anything not matched:

${amb('source_code.snippet', f`order,date,amount_gbp,card,status
CL-88120,2024-11-04,240.00,${v('financial.payment_card', VISA)},captured
CL-88121,2024-11-04,95.00,**** **** **** 1182,captured
CL-88123,2024-11-05,1200.00,${v('financial.payment_card', MC5)},captured
CL-88127,2024-11-06,60.00,${v('financial.payment_card', DISCOVER)},refunded
CL-88130,2024-11-07,310.00,${v('financial.payment_card', DINERS)},captured`)}

(the legacy checkout didn't mask PANs until the 8th)`),

  rec('chat_tr_troy', f`Depo müşterisi tamir bedelini Troy kartıyla ödemek istiyor: ${v('financial.payment_card', spacedFours(TROY))}. POS cihazımız Troy kabul ediyor mu, nasıl kontrol ederim?`),

  rec('chat_pt_br', f`Me ajuda a escrever pro franqueado de Campinas? O reembolso do uniforme dos padeiros foi feito no cartão Elo ${v('financial.payment_card', spacedFours(ELO))} por engano, era pra ser na folha de pagamento.`),

  rec('chat_hr', f`Prevedi na engleski: "Naknada za članove biračkog odbora isplatit će se na račun ${v('financial.iban', IBAN_HR)} najkasnije 15 dana nakon izbora."`),

  rec('chat_uk', f`Допоможи написати лист правовласнику архівних кадрів: роялті за III квартал перераховано на рахунок ${v('financial.iban', IBAN_UA)}, просимо підтвердити отримання.`),
];

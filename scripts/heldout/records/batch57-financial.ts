/**
 * Held-out batch 57: card numbers, IBANs and bank details in warranty refunds, funeral invoices,
 * accreditation fees, waste-fee refunds and customs duty payments. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH57_FINANCIAL: DraftRecord[] = [
  rec('email_de_at', f`Betreff: Gutschrift Garantiefall GA-2024-08817 (Gelenkbus, Türantrieb)

Sehr geehrte Frau Pichler,

bitte formulieren Sie mir eine freundliche Antwort an den Verkehrsbetrieb: Die Gutschrift über EUR 4.318,60 für den getauschten Türantrieb (Fahrgestell WMA…, Tür 3) wird diese Woche überwiesen auf das bei uns hinterlegte Konto
IBAN ${v('financial.iban', 'AT60 2011 1452 8057 0151')}
BIC ${amb('financial.swift_bic', 'GIBAATWWXXX')}
Rückfragen bitte an ${v('pii.email', 'gewaehrleistung@busbau-steyr.at')}.

Danke!`),

  rec('invoice_de_ch', f`Kannst du diese Rechnung für die Buchhaltung als Tabelle aufbereiten?

RECHNUNG Nr. ET-24-11-0392
Ersatzteile Reisebus – Klimakompressor, 2 Stk. Dichtsatz
Total CHF 6'842.35 inkl. 8.1 % MWST
Zahlbar innert 30 Tagen an:
Carrosserie Ersatzteile AG, Wil SG
IBAN ${v('financial.iban', 'CH73 0023 0473 1198 5463 4')}
Referenz 21 00000 00003 13947 14300 09017`),

  rec('email_nl_be', f`Kun je deze mail wat warmer maken? Het gaat naar een familie in rouw.

"Geachte familie Claes,
In bijlage vindt u de factuur voor de uitvaart van wijlen Jozef Claes (€ 5.940,00). Betaling kan op rekening ${v('financial.iban', 'BE96 7355 4019 4705')} (BIC ${amb('financial.swift_bic', 'KREDBEBB')}) met vermelding van het factuurnummer UV-2024-311. Indien u een afbetaling wenst, neem dan contact op met ons kantoor."`),

  rec('chat_fr_be', f`Une dame a dicté son numéro de carte au téléphone pour l'acompte des funérailles de son mari, je l'ai noté comme ça : ${v('financial.payment_card', '4353 7795 9793 8095')}, exp. 03/27, cryptogramme au dos. Est-ce que je peux l'encoder dans le terminal ou je dois la rappeler? Je ne suis pas sûre que ce soit permis de le garder sur papier.`),

  rec('chat_es_mx', f`Ayúdame a redactar el recibo para la familia Herrera. Pagaron el anticipo del servicio funerario así:
- $18,500 MXN con tarjeta ${v('financial.payment_card', '5313 6889 5144 5561')} (titular: Rosa Herrera)
- el resto, $22,000 MXN, por transferencia a la CLABE ${ambCat('financial', '012180425325570533')} de la cooperativa
Que diga que el saldo queda en cero.`, 'CLABE (Mexican interbank account number): an account, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('email_it', f`Correggi questa mail, per favore, e rendila più formale:

"Gentile sig.ra Greco, le confermiamo che il costo del servizio per la cara mamma è di € 3.870,00 IVA inclusa. Può effettuare il bonifico sul conto della cooperativa: IBAN ${v('financial.iban', 'IT96K0306996263000071619525')}, causale 'Servizio funebre Greco – pratica 2024/188'. Per qualsiasi dubbio ci chiami pure al ${phone('06 4872 1193', 'IT')}."`),

  rec('chat_sv', f`Kan du skriva ett kort mejl på engelska till en regissör som ska få tillbaka ackrediteringsavgiften (SEK 1 200) eftersom hennes film blev uttagen? Hon har skickat sina bankuppgifter: IBAN ${v('financial.iban', 'SE70 5009 7942 2554 7918 7451')}, BIC ${amb('financial.swift_bic', 'ESSESESS')}. Pengarna betalas ut inom tio bankdagar.`),

  rec('chat_is', f`Ferðastyrkurinn til leikstjórans (ISK 180.000) fer inn á reikninginn hans: ${v('financial.iban', 'IS69 0133 2615 8791 1403 7991 39')}. Geturðu skrifað stutta staðfestingu á ensku sem ég get sent honum?`),

  rec('invoice_lt', f`Prašau patikrinti šią sąskaitą ir surašyti eilutes lentelėje:

SĄSKAITA FAKTŪRA Nr. ATL-2024-1147
Tiekėjas: UAB „Antrinės žaliavos“, Kaunas
Paslauga: PET ir kartono presavimas, lapkritis (38,4 t)
Suma: 4 608,00 EUR + PVM 21 %
Mokėti į sąskaitą ${v('financial.iban', 'LT94 7300 0254 5716 3801')}, Swedbank
Apmokėti iki 2024-12-15`),

  rec('chat_lv', f`Iedzīvotāja lūdz atmaksāt pārmaksu par atkritumu izvešanu (EUR 36,40), jo dzīvoklis bija tukšs no jūlija. Viņas konts: ${v('financial.iban', 'LV25HABA6561420031916')}. Uzraksti īsu atbildi latviski, ka atmaksa notiks 10 darba dienu laikā.`),

  rec('email_sk', f`Dobrý deň,

prosím o kontrolu textu pre klienta: "Clo a DPH za zásielku MRN 24SK5810000G31728 v celkovej výške 12 418,70 EUR prosím uhraďte na náš účet ${v('financial.iban', 'SK40 0900 2686 8682 5896 0883')} do 3 pracovných dní, inak colný úrad tovar neprepustí."

Ďakujem, Zuzana`),

  rec('chat_hu', f`Írj egy rövid levelet az ügyfélnek angolul: a vámkezelési díjat (HUF 148 500) a következő számlára kérjük: ${v('financial.iban', 'HU19 1170 2249 5078 5404 1914 2019')}, közlemény: VK-2024-5521. Ha a vámot is mi fizetjük ki helyettük, azt külön számlázzuk.`),

  rec('email_bg', f`Моля, преведи на английски:

"Уважаеми господин Петров, митните сборове по декларация 24BG001004H0148273 са платени от нас. Моля, възстановете сумата от 7 214,36 лв. по нашата сметка ${v('financial.iban', 'BG39 UNCR 7000 1598 0938 65')}, BIC ${amb('financial.swift_bic', 'UNCRBGSF')}, в срок от 5 работни дни."`),

  rec('chat_sq', f`Ju lutem më ndihmoni të shkruaj një faturë të thjeshtë për klientin në Durrës: shërbimi i zhdoganimit 38 000 lekë, pagesa në llogarinë ${v('financial.iban', 'AL09 2021 1037 9971 7818 4795 8082')}. Dua ta kem edhe në anglisht.`),

  rec('chat_ar_eg', f`الجايزة بتاعة أحسن فيلم قصير هتتحول للمخرجة على الحساب ده: ${v('financial.iban', 'EG78 0019 0005 6142 3098 0014 2675 2')} — اكتبلي إيميل رسمي بالإنجليزي أقولها فيه إن التحويل هياخد حوالي أسبوع وإن البنك ممكن ياخد عمولة.`),

  rec('chat_ru', f`Гость фестиваля оплачивал аккредитацию картой «Мир» ${v('financial.payment_card', '2202 8354 9199 2518')}, платёж завис в статусе «в обработке» уже три дня. Помоги написать письмо в банк-эквайер: что указать, чтобы они нашли транзакцию?`),

  rec('chat_ja', f`海外ゲストのホテル保証用にカード情報を預かりました。JCB ${v('financial.payment_card', '3561 3434 3483 8339')}、有効期限 08/28。これを共有スプレッドシートに書いても大丈夫ですか？ダメならどう保管すべきか教えてください。`),

  rec('chat_zh_tw', f`影展評審的飯店押金刷這張卡被拒了：${v('financial.payment_card', '6212 9334 5606 2457')}（銀聯）。飯店說只收 Visa/Master，請幫我寫一封英文信問評審能不能換一張卡。`),

  rec('form', f`Please turn this into a clean vendor record for NetSuite:

VENDOR ACH ENROLLMENT
Company: Torque & Gear Precision LLC (harmonic drive supplier)
Bank: Great Lakes Community Bank, Milwaukee WI
Routing (ABA): ${v('financial.aba_routing', '075911603')}
Account: ${ambCat('financial', '3318204571')}  (checking)
Remittance e-mail: ${v('pii.email', 'ar@torquegear-precision.com')}
Requested by: D. Kowalczyk, hardware procurement`),

  rec('chat_en_in', f`Exporter wants the refund of excess duty drawback into this account: A/c No. ${ambCat('financial', '50200041873392')}, IFSC HDFC0001471, HDFC Bank Bhiwandi. Please draft the letter to the Assistant Commissioner requesting the transfer.`, 'Indian bank account number next to its IFSC: an account, but no built-in rule claims it'),

  rec('chat_en_ng', f`The importer paid the duty top-up with his Verve card at our office POS but it failed: ${v('financial.payment_card', '5061 0204 8053 1667 993')}. He wants to retry online. Is it safe to put a 19-digit card into the Remita page or should he use transfer?`),

  rec('csv_es_co', f`Revisa estos reembolsos de acreditación y dime cuáles faltan por procesar:

${amb('source_code.snippet', f`id,nombre,categoria,monto_cop,tarjeta,estado
AC-0912,Valentina Ríos,Prensa,180000,**** **** **** 3581,reembolsado
AC-0917,Andrés Cárdenas,Industria,420000,${v('financial.payment_card', '4719 6130 1205 0880')},pendiente
AC-0923,Camila Ospina,Prensa,180000,**** **** **** 0409,reembolsado
AC-0931,Julián Mejía,Industria,420000,${v('financial.payment_card', '372379345660409')},pendiente`)}`),

  rec('chat_ca', f`Un soci de la cooperativa vol canviar el compte on li domiciliem la quota anual del pla funerari. El nou és ${v('financial.iban', 'ES63 2100 6041 0744 6542 0007')}. Em redactes la confirmació en català?`),

  rec('chat_eu', f`Herritar batek zabor-tasaren helbideratzea aldatu nahi du. Kontu berria: ${v('financial.iban', 'ES6520951400350773037984')} (Kutxabank). Idatzi erantzun labur bat euskaraz, aldaketa hurrengo hiruhilekotik aurrera aplikatuko dela esanez.`),

  rec('chat_ko', f`서비스 로봇 렌탈 해지한 고객한테 위약금을 환불해야 하는데, 고객이 카드 취소 대신 다른 카드로 받고 싶대요: ${v('financial.payment_card', '5580 0327 1992 6842')}. 카드사 정책상 이게 가능한지, 안내 문자를 어떻게 써야 할지 알려 주세요.`),
];

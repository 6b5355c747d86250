/**
 * Held-out batch 76: card numbers, IBANs and routing numbers in grower payments, prize money,
 * duty payments, audit confirmations and loan-insurance invoices. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH76_FINANCIAL: DraftRecord[] = [
  rec('email_es', f`Asunto: Liquidación contrato de multiplicación – campaña 2024/25

Estimado Sr. Olmedo:

Le confirmamos que la liquidación de la semilla de girasol entregada (18,4 t, lote GIR-24-118) se abonará el día 15 en la cuenta que nos facilitó:
IBAN ${v('financial.iban', 'ES25 7219 6393 8554 5712 4753')}
Titular: Explotaciones Olmedo Ruiz S.L.

Un saludo,
Departamento de Contratos de Cultivadores, Agrovela Ibérica

→ ¿Puedes traducir esto al inglés para el auditor?`),

  rec('csv_pt', f`Preciso conferir os pagamentos a produtores contratados antes de enviar ao banco:

${cfg(f`produtor;nif;cultura;valor_eur;iban
Quinta do Vale Fundo;507318264;milho híbrido;14 220,00;${v('financial.iban', 'PT24 7521 6897 3562 8979 8781 9')}
Herdade São Brás;509112873;girassol;6 980,50;PT50 0035 0820 0123 4567 8954 1
Cooperativa Beira Campo;501873264;trigo duro;22 415,75;—`)}

A segunda linha dá erro no banco, pode ver porquê?`, 'second IBAN has a wrong check (mod-97 fails): a negative inside the record'),

  rec('chat_fr', f`Bonjour, l'assureur « clou à clou » pour le prêt des trois pastels nous demande de régler la prime par carte. Je peux lui envoyer ce numéro par mail ? ${v('financial.payment_card', '4783 4883 3264 3826')}, exp 09/27, c'est la carte corporate du musée. Sinon rédige-moi une réponse proposant un virement.`),

  rec('invoice_de', f`RECHNUNG Nr. 2025-0093
Restaurierungsatelier Brenner & Vogt GbR · Konservierung Papier/Leinwand
Leistung: Zustandsprotokoll und Transportbegleitung Leihgabe „Bildnis einer Dame" (Inv. OM-1911-007)
Betrag: 4.380,00 EUR netto zzgl. 19 % USt.

Bitte überweisen Sie auf: ${v('financial.iban', 'DE09 7067 6896 8751 5470 09')}
BIC: ${amb('financial.swift_bic', 'GENODEF1M03')}

Kannst du prüfen, ob die Rechnung die Pflichtangaben nach § 14 UStG erfüllt?`),

  rec('chat_hu', f`Szia! A játékosunk nyereményét kellene átutalni a budapesti LAN-döntő után. Számlaszám: ${v('financial.iban', 'HU36 2509 6045 1496 1163 3232 5258')}. Összeg 1 250 000 Ft. Írsz egy rövid e-mailt neki, hogy mikor érkezik?`),

  rec('chat_ro', f`Bună, sponsorul nostru de periferice cere factură pentru bonusul de calificare. Contul clubului: ${v('financial.iban', 'RO12 BTRL 8588 6573 0192 4097')} la Banca Transilvania. Poți să formulezi factura în engleză și română?`),

  rec('chat_bg', f`Моля, провери дали този IBAN е валиден преди да пусна митническото плащане за вносителя: ${v('financial.iban', 'BG93UNCR11161859953155')}. Сумата е 8 412,60 лв. мито + ДДС по декларация 25BG001004M0048213.`),

  rec('email_ka', f`ძვირფასო პარტნიორო,

გთხოვთ, საბაჟო გადასახადის კომპენსაცია ჩარიცხოთ შემდეგ ანგარიშზე:
${v('financial.iban', 'GE26 BG97 9874 3309 6353 08')}
მიმღები: შპს „თოლგეით ბროკერს საქართველო"

მადლობა,
ნინო`),

  rec('chat_az', f`Salam, Azərbaycandan olan sponsor ödənişi geri qaytarılıb. Onların hesabı: ${v('financial.iban', 'AZ04 PAHA 8740 8126 5858 3569 5694')}. Bank "beneficiary name mismatch" yazıb. İngiliscə cavab yazmağa kömək et.`),

  rec('chat_kk', f`Сәлем! Астанадағы турнирдің жүлде қорын аудару керек. Ойыншының шоты: ${v('financial.iban', 'KZ70 0457 6443 9152 2459')}. Сома 2 400 000 ₸. Аударма мақсатын ағылшынша қалай жазамын?`),

  rec('confirm_tr', f`Bağımsız denetim – banka teyit mektubu taslağı:

Müşteri: Kıyı Tarım Ürünleri A.Ş.
Hesap: ${v('financial.iban', 'TR10 5755 4875 1501 6088 3350 39')}
31.12.2024 itibarıyla bakiye: 3.482.119,40 TL

Lütfen bu mektubu İngilizce'ye çevir, bankaya gönderilecek.`),

  rec('chat_et', f`Tere! Verepanga külmkambri hooldusfirma saatis arve, maksta tuleb kontole ${v('financial.iban', 'EE69 8007 8957 1621 2030')}. Kas sa oskad kirjutada lühikese kinnituskirja inglise keeles?`),

  rec('table_lt', f`Muitinės brokerio mokėjimai importuotojams (kovo mėn.):

${cfg(f`| Importuotojas | Sąskaita | Suma EUR |
|---|---|---|
| UAB Baltų Sėklos | ${v('financial.iban', 'LT68 2462 7606 9964 8379')} | 3 118,20 |
| UAB Nemuno Prekyba | LT41 7300 0101 8839 2746 | 940,00 |`)}

Ar teisingai suformatuota lentelė ataskaitai?`, 'second LT number: mod-97 fails, a negative'),

  rec('chat_mt', f`Bonġu, il-lender tal-pittura tal-Mdina jrid il-ħlas tal-loan fee f'dan il-kont: ${v('financial.iban', 'MT72VALL35416279793652974564863')}. Tista' tiċċekkja l-format u tikteb email qasir bl-Ingliż?`),

  rec('ach_en', f`US importer of record wants the duty drawback refund by ACH. Their form says:

Bank: Lakeshore Community Bank
Routing (ABA): ${v('financial.aba_routing', '071057040')}
Account: ${ambCat('financial', '5830419276')}
Account type: Business checking
Contact: ${phone('(312) 448-2917', 'US')}

Can you turn this into the remittance instructions section of our reply letter?`),

  rec('chat_pl', f`Cześć, klient audytowy przysłał listę kart firmowych do testu kontroli wydatków. Jedna z nich: ${v('financial.payment_card', '5165-7669-3458-7227')}. Czy mogę to wkleić do arkusza roboczego, czy powinienem zamaskować? Jak zamaskować zgodnie z PCI DSS?`),

  rec('log_sk', f`V logu platobnej brány pre online turnaj sa objavilo toto:

${cfg(f`2025-03-02T19:44:51Z ERROR payment-gw  authorize failed code=05 pan=${v('financial.payment_card', '2221545130248217')} exp=04/28 amount=15.00 EUR team="Tatra Wolves"`)}

Prečo je tam celé číslo karty? Čo mám hlásiť?`),

  rec('chat_ja', f`通関手数料をアメックスで払いたいと輸入者から電話がありました。カード番号 ${v('financial.payment_card', '3417 141571 71798')}、有効期限 11/26。この情報をメールで受け取っても大丈夫か、社内向けの注意文を作ってください。`),

  rec('chat_zh', f`赞助商说退款到我们的银联卡，卡号 ${v('financial.payment_card', '6214 1881 8604 2463')}，户名是战队公司。帮我写一封英文邮件确认收款信息。`),

  rec('chat_he', f`ספק ציוד הקירור של בנק הדם שלח פרטי חשבון חדשים: ${v('financial.iban', 'IL93 8062 6445 7961 9593 821')}. זה נראה לי חשוד כי הם שינו בנק באמצע חוזה. תנסח לי מייל אימות שמבקש אישור טלפוני.`),

  rec('chat_ar', f`مرحباً، الشركة الراعية في دبي حوّلت الدفعة الأولى من عقد الرعاية. حسابنا المسجّل لديهم: ${v('financial.iban', 'AE23 0678 7648 0004 1954 019')}. هل يمكنك صياغة رسالة شكر باللغتين العربية والإنجليزية؟`),

  rec('chat_fo', f`Hey, eg skal gjalda tollgjald fyri eina sending av frætilfeingi. Kontan hjá móttakara: ${v('financial.iban', 'FO42 1192 8731 8715 99')}. Kanst tú umseta hetta til enskt: "Gjaldið er 12.400 kr., vinarliga vátta móttøku."`),
];

function cfg(body: ReturnType<typeof f>): ReturnType<typeof f> {
  return amb('source_code.snippet', body);
}

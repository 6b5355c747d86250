/**
 * Held-out batch 56: card numbers, IBANs and routing numbers in donor-care notes, MRO invoices,
 * marketplace payout tickets, dialysis reimbursements, permit refunds and a fund's wire
 * instructions. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH56_FINANCIAL: DraftRecord[] = [
  rec('call_notes', f`Can you turn my call notes into a proper CRM entry? Keep the card details out of the summary, I'll put them in the payment screen separately.

Inbound call 14:05 – Mrs Judith Hargreaves, existing donor (D-118204)
- wants to sponsor a second child, prefers a girl in Kenya, age 6–9
- £32/month, start 1 Dec, same card as her regular gift:
  Visa ${v('financial.payment_card', '4165 9041 2711 1868')} exp 03/27 (CVV given verbally, not written down)
- Gift Aid declaration already on file
- asked whether she can send a birthday card – explained the letter guidelines`),

  rec('email_de', f`Betreff: Änderung Lastschriftmandat – Patenschaft P-20417

Hallo liebes Team,

ich habe die Bank gewechselt. Bitte buchen Sie den monatlichen Patenschaftsbeitrag (35 €) ab Dezember von meinem neuen Konto ab:

Kontoinhaber: Gerhard Möllenkamp
IBAN: ${v('financial.iban', 'DE94 3704 0044 1057 9411 87')}
Bank: Commerzbank Köln

Das alte Konto bei der Sparkasse wird zum 30.11. aufgelöst.

Viele Grüße
Gerhard Möllenkamp

--> Kannst du mir eine freundliche Bestätigungsmail auf Deutsch schreiben?`),

  rec('chat_nl', f`Een sponsor belt boos op: er is deze maand twee keer €30 geïncasseerd van haar rekening ${v('financial.iban', 'NL87 RABO 0324 4959 84')}. In ons systeem zie ik dat de eerste incasso is gestorneerd en daarna opnieuw aangeboden. Kun je een korte uitleg in gewoon Nederlands schrijven die ik haar kan mailen, en dat we het dubbele bedrag terugstorten binnen 5 werkdagen?`),

  rec('ticket_tr', f`Merhaba, satıcımız "Ege Tekstil" ödeme hesabını değiştirmek istiyor. Gönderdiği bilgiler:

Hesap sahibi: Ege Tekstil San. ve Tic. Ltd. Şti.
Yeni IBAN: ${v('financial.iban', 'TR68 0006 2074 8105 5234 9696 33')}
Eski IBAN: ${v('financial.iban', 'TR42 0001 0061 4039 4522 2711 79')}

Vergi levhası ekte. Bu değişikliği onaylamadan önce hangi kontrolleri yapmamız gerekiyor? Bize kısa bir kontrol listesi yazar mısın?`),

  rec('chat_zh', f`帮我写一封英文邮件给平台财务。我们是义乌的卖家，上个月的平台服务费是用银联卡 ${v('financial.payment_card', '6265 9378 9876 9573 583')} 付的，但是被扣了两次，每次 USD 149。收款银行是中国银行义乌分行，SWIFT ${amb('financial.swift_bic', 'BKCHCNBJ92A')}。请他们退回多扣的那一笔。`),

  rec('invoice_fr', f`FACTURE N° SKT-TLS-2024-1187
Skyhaven Technics – Station de Toulouse
Client : Air Atlantique Régional
Objet : Visite C-check ATR 72-600 F-HRAQ, WO 24-3318

Montant HT : 184 250,00 €
TVA 20 % : 36 850,00 €
Total TTC : 221 100,00 €

Règlement par virement à 30 jours :
IBAN ${v('financial.iban', 'FR76 5507 4721 9537 9032 8091 108')}
BIC ${amb('financial.swift_bic', 'CCBPFRPPTLS')}

Tu peux relire la facture et me dire si les mentions obligatoires sont toutes là ?`),

  rec('form', f`VENDOR REMITTANCE UPDATE — please review before I send to AP

Vendor: Coastline Aero Components Inc. (Wichita, KS)
PO refs: 4500118273, 4500118290 (starter-generator overhauls)
Bank: Heartland Commerce Bank
ABA routing: ${v('financial.aba_routing', '111001985')}
Account #: ${ambCat('financial', '3307418826')}
Type: Business checking
Contact for remittance advice: ${v('pii.email', 'ar@coastline-aero.com')}

Their letter says the old account closes Dec 15. Anything here that should make me call them back to verify first?`),

  rec('chat_es_ar', f`Hola, ¿me ayudás a redactar un mensaje para el paciente? El señor Ramírez paga el coseguro de las sesiones de hemodiálisis con tarjeta y este mes rebotó. Tenemos cargada la Mastercard ${v('financial.payment_card', '5107 4721 9537 9039')} venc. 08/26. Él dice que prefiere pagar por transferencia, su CBU es ${ambCat('financial', '0140099803500128473916')}. Quiero explicarle que puede hacer cualquiera de las dos, pero que necesitamos el comprobante antes del día 10.`),

  rec('email_no', f`Hei,

Jeg avbestilte overnatting på Gjendebu-hytta 12.–14. august (bestilling HB-774120) innen fristen, men har ikke fått pengene tilbake. Vennligst overfør 2 480 kr til kontoen min:

${v('financial.iban', 'NO29 9152 9537 757')}
Kontohaver: Sigrid Aasland

Mvh Sigrid

→ Skriv et svar på norsk der vi beklager, og sier at refusjonen går ut neste uke.`),

  rec('ssi', f`Can you reformat these standard settlement instructions into the table format our ops team uses (columns: currency, beneficiary, account, BIC, intermediary)?

USD – Beneficiary: Halden Square Master Fund Ltd
  Account with: ${amb('financial.swift_bic', 'CHASUS33')}
  Account no.: ${ambCat('financial', '40187736512')}
GBP – Beneficiary: Halden Square Master Fund Ltd
  IBAN: ${v('financial.iban', 'GB54 NWBK 6016 1360 8217 96')}
  BIC: ${amb('financial.swift_bic', 'NWBKGB2L')}
EUR – Beneficiary: Halden Square Master Fund Ltd
  IBAN: ${v('financial.iban', 'IE19 AIBK 9311 5255 0312 90')}
  BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}

Ref format: HSQ-MF-<trade date>-<ticket>`),

  rec('email_pt', f`Boa tarde,

Gostaria de passar a contribuir para o apadrinhamento por débito direto em vez de transferência mensal. Os meus dados:
Nome: Inês Cardoso Matos
IBAN: ${v('financial.iban', 'PT50 0758 8442 2941 5893 2454 1')}
Valor: 25 € por mês, ao dia 8

Obrigada,
Inês

(Podes ajudar-me a responder e a explicar que a primeira cobrança só acontece no mês seguinte à autorização?)`),

  rec('chat_pt_mz', f`Bom dia! Preciso de ajuda a escrever uma nota para a contabilidade em Maputo. As propinas das 14 crianças apadrinhadas da Escola Primária de Muatala foram pagas assim:
- 9 por M-Pesa ao diretor da escola, número ${phone('+258 84 382 1947')}
- 5 por transferência para a conta da escola, NIB ${ambCat('financial', '0003 0108 0384 7291 0571 9')}
Total: 37 800 MT. Os recibos estão na pasta partilhada. Podes escrever a nota de forma clara?`),

  rec('email_it', f`Oggetto: Rimborso spese di trasporto – centro dialisi di Brescia

Gentile Sig.ra Bonetti,

le confermiamo il rimborso delle spese di trasporto per le sedute di ottobre (13 sedute, € 312,00). L'importo sarà accreditato sul conto da lei indicato:
IBAN ${v('financial.iban', 'IT51 C226 5937 8987 6957 3588 364')}

Per qualsiasi chiarimento può contattare la segreteria al ${phone('06 4827 1930', 'IT')}.

Cordiali saluti

→ puoi renderla un po' più calorosa? è una paziente anziana`),

  rec('chat_da', f`Hej, en lystfisker skriver at betalingen for hans fiskekort til søerne i nationalparken blev afvist to gange, men at pengene er trukket. Han har sendt kortnummeret ${v('financial.payment_card', '4571 1659 0412 7117')} og vil have pengene tilbage på sin konto ${v('financial.iban', 'DK34 3000 1942 3467 76')}. Kan du skrive et høfligt svar, hvor vi forklarer at vi aldrig skal bruge kortnummeret, og at reservationerne frigives af banken inden for 5 bankdage?`),

  rec('chat_fi', f`Hei, voitko kirjoittaa asiakkaalle vastauksen? Hän peruutti metsästysluvan (lupa 2024-HL-08812) ja pyytää palautusta tililleen ${v('financial.iban', 'FI08 5000 1520 4837 16')}. Palautus on 60 € miinus 10 € käsittelymaksu. Sävy ystävällinen mutta lyhyt.`),

  rec('chat_et', f`Tere! Annetaja soovib muuta püsimakset. Ta kirjutas: "Palun võtke edaspidi igakuine toetus 20 € minu uuelt kontolt ${v('financial.iban', 'EE04 2200 6973 5868 8922')}, vana konto LHV-s suletakse." Kas saad kirjutada lühikese eestikeelse kinnituse, et muudatus jõustub järgmisest kuust?`),

  rec('email_hr', f`Poštovani,

molim vas da mjesečnu donaciju za kumstvo (150 kn, sada 20 €) ubuduće terećujete s mog novog računa:
IBAN: ${v('financial.iban', 'HR19 2484 0086 3068 8287 4')}
Vlasnik računa: Zdenka Horvat

Hvala,
Zdenka

→ Molim te napiši kratku potvrdu na hrvatskom.`),

  rec('ticket_ro', f`Salut, un vânzător din Iași ne-a trimis contul nou pentru plăți: ${v('financial.iban', 'RO22 BTRL RONC RT08 5764 6198')}, titular SC Meșteșug Lemn SRL. Pe extrasul atașat numele titularului e "Meșteșug Lemn Design SRL". E suficient de diferit încât să blocăm schimbarea? Ajută-mă să formulez un mesaj în care îi cerem o dovadă de la bancă.`),

  rec('email_el', f`Καλημέρα σας,

Σας επισυνάπτουμε το τιμολόγιο 2024/0871 για την επισκευή των τροχών και φρένων (6 τεμάχια, ATR 72). Παρακαλούμε η εξόφληση να γίνει στον λογαριασμό:
IBAN: ${v('financial.iban', 'GR78 0110 1250 7338 3201 8920 851')}
Δικαιούχος: Aegean Wheel & Brake Services

Με εκτίμηση,
Λογιστήριο

→ Μετάφρασέ το στα αγγλικά για το λογιστήριο του Αμβούργου.`),

  rec('chat_he', f`היי, מטופל ביקש החזר על תשלום כפול עבור הסעות לדיאליזה בחודש אוקטובר. הוא שלח את פרטי החשבון: ${v('financial.iban', 'IL16 0108 0051 4709 6448 580')}, על שם יוסף בן-דוד. תעזור לי לנסח תשובה בעברית שמאשרת שההחזר יועבר תוך 10 ימי עסקים?`),

  rec('chat_ar', f`مرحبا، بائع من عمّان بعتلنا رقم الحساب الجديد لتحويل الأرباح: ${v('financial.iban', 'JO92 ARAB 1180 0000 0008 9449 0571 70')}، والحساب القديم كان ${v('financial.iban', 'LB03 0999 0000 4123 7309 4889 6338')} ببيروت. ممكن تكتبلي رد بالعربي إنه التغيير بياخد ٧ أيام عمل وإنه لازم يرفع كشف حساب من البنك؟`),

  rec('chat_ja', f`購入者からのクレームへの返信を手伝ってください。「JCBカード ${v('financial.payment_card', '3566 4422 9415 8930')} で注文したのに、海外の出品者から商品が届かず、カード明細には2回請求されています」とのことです。出品者は台湾の店舗です。丁寧な日本語で、調査に5営業日かかることを伝えたいです。`),

  rec('csv', f`Which of these chargebacks are past the 7-day response window as of today (Nov 6)? Also the risk team asked why some rows have full card numbers — that's from the legacy export, right?

${amb('source_code.snippet', f`case_id,opened,reason,amount_usd,card,seller_id
CB-88120,2024-10-28,not_received,64.90,**** **** **** 2209,S-1182044
CB-88131,2024-10-29,fraud,219.00,${v('financial.payment_card', '374287777359275')},S-2290417
CB-88140,2024-10-30,duplicate,18.40,${v('financial.payment_card', '6011591566075885')},S-0937215
CB-88152,2024-11-01,not_as_described,47.25,**** **** **** 6530,S-4471920
CB-88167,2024-11-02,fraud,1320.00,${v('financial.payment_card', '5583282973114893')},S-7730194`)}`),

  rec('chat_hi', f`भैया एक डोनर ने ईमेल किया है कि उनका RuPay कार्ड ${v('financial.payment_card', '6521 1862 1828 3681')} से ₹2,500 का मासिक दान दो बार कट गया। क्या आप हिंदी में एक विनम्र जवाब लिख सकते हैं कि हम जाँच कर रहे हैं और 7 कार्य दिवसों में अतिरिक्त राशि वापस कर देंगे?`),
];

/**
 * Held-out batch 85: card numbers, IBANs and routing numbers around yacht charter payments, provider
 * invoices of a long-term care insurer, cash-assistance transfers, talent fees and library fees. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH85_FINANCIAL: DraftRecord[] = [
  rec('chat_en_gb', f`Guest on the Aurelia charter wants to settle the APA top-up by card over the phone. He read out Amex ${v('financial.payment_card', '3782 451928 67526')}, exp 04/27, name C. Whitcombe. Can you draft the card authorisation form text I send him to sign? Amount €18,500.`),

  rec('email_fr_mc', f`Objet : Solde charter M/Y Solenne – semaine 28

Madame, Monsieur,

Nous vous remercions de bien vouloir régler le solde de 147 600 € au plus tard le 20 juin, par virement sur notre compte :
Bénéficiaire : Meridian Blue Yachting SAM
IBAN : ${v('financial.iban', 'MC64 2533 7707 40C2 1678 1519 662')}
BIC : ${amb('financial.swift_bic', 'CMMCMCM1XXX')}
Référence : MBY-SOL-W28

Cordialement,
Service comptabilité

Peux-tu traduire ce mail en anglais et en russe pour le client ?`),

  rec('email_mt', f`Għażiż Sur Camilleri,

Il-ħlas tal-berth f'Marsamxett għal Awwissu (€4,320) għandu jsir fil-kont:
${v('financial.iban', 'MT34RPPL39397620554103699816660')}
Jekk jogħġbok uża r-referenza MBY-VLT-0812.

Grazzi,
Charlene – Meridian Blue Malta

(Translate to English please, keep the IBAN as is.)`),

  rec('chat_hr', f`Marina u Kaštelima traži da platimo vez za Lady Mirna unaprijed. Njihov račun je ${v('financial.iban', 'HR45 7152 7629 0441 3561 6')}, iznos 6.840,00 €. Možeš mi napisati kratku potvrdu plaćanja na hrvatskom i engleskom?`),

  rec('chat_cnr', f`Treba mi pomoć da napišem mejl marini u Tivtu. Uplatili smo akontaciju za gorivo, ali je nema na njihovom izvodu. Uplata je išla na račun ${v('financial.iban', 'ME47 8946 8977 5171 6586 09')} 3. jula, iznos 9.200 €, poziv na broj 2025-0703-ARL.`),

  rec('invoice_el', f`ΤΙΜΟΛΟΓΙΟ 0417/2025
Τροφοδοσία σκάφους M/Y Thalassa – Λαύριο
Σύνολο: 3.912,40 € (ΦΠΑ 24% συμπ.)
Πληρωμή σε: ${v('financial.iban', 'GR03 8203 4653 1307 0238 0520 966')}
Δικαιούχος: Παπαδόπουλος Τροφοδοσίες ΙΚΕ

Μπορείς να μου πεις αν το ΦΠΑ υπολογίστηκε σωστά;`),

  rec('chat_tr', f`Bodrum'daki gulet sahibi avans ödemesini şu hesaba istiyor: ${v('financial.iban', 'TR26 7500 6061 3048 9451 3566 08')}, alıcı Kaptan Erdem Yıldız. Tutar 12.000 EUR. Yabancı para transferi için başka hangi bilgi lazım olur, SWIFT kodu şart mı?`),

  rec('chat_apc', f`مرحبا، بدنا نحوّل دفعة للمورّد تبع الحصص الغذائية بطرابلس. هيدا الـ IBAN يلي بعتولنا: ${v('financial.iban', 'LB88 8952 WPJP 2552 6047 0195 9256')} والـ SWIFT ${amb('financial.swift_bic', 'BLOMLBBX')}. المبلغ 38,500 دولار. فيك تكتبلي رسالة تأكيد للبنك بالإنجليزي؟`),

  rec('chat_acm', f`هلو، المكتب بأربيل يريد يدفع لشركة النقل. رقم الحساب ${v('financial.iban', 'IQ92NBIQ584387590433933')}، والمبلغ 21,750,000 دينار. اريد نموذج أمر دفع بالعربي والانجليزي، ويكون بيه خانة توقيع مدير البرنامج.`),

  rec('csv_uk', f`Перевір, будь ласка, чи немає дублікатів у виплатах багатодітним родинам (Харківська обл.):

${amb('source_code.snippet', f`hh_id;pib;oblast;iban;suma_uah
HH-KH-10482;Коваленко Олена;Харківська;${v('financial.iban', 'UA339605600582662905939873000')};10800
HH-KH-10483;Мельник Тарас;Харківська;${v('financial.iban', 'UA33 9605 6005 8266 2905 9398 7300 0')};10800
HH-KH-10491;Шевчук Ірина;Харківська;UA62 3052 9900 0002 6004 1508 3174 2;7200`)}

Перші два рядки схожі, але імена різні.`, 'the third row IBAN has a wrong check digit (fails mod 97): unlabelled'),

  rec('form_de_ch', f`Zahlungsauftrag Kunde – Wafer-Sort-Los Q3
Auftraggeber: ProbeLine Test Services GmbH, Dresden
Empfänger: Alpensonde AG, Neuchâtel
IBAN: ${v('financial.iban', 'CH94 3156 5286 6880 1870 8')}
Unser Konto (Rückerstattung Prüfkarten): ${v('financial.iban', 'DE84 1013 3317 8949 9996 86')}
Betrag: CHF 48'210.00

Kannst du den Text für die Zahlungsavis-Mail auf Französisch formulieren?`),

  rec('form_en_us', f`Vendor onboarding – US probe-card refurbisher
Company: Cascade Probe Repair LLC, Hillsboro OR
Bank: Columbia Ridge Bank
ABA: ${v('financial.aba_routing', '116999403')}
Account: ${ambCat('financial', '4471092836')}
Remit e-mail: ${v('pii.email', 'ap@cascadeprobe-repair.com')}

Is anything missing for an ACH setup on our side?`),

  rec('email_nl', f`Beste collega's,

De thuiszorgorganisatie heeft een nieuw rekeningnummer doorgegeven voor de facturen van de zorgverzekering (polis LZ-208814). Voortaan betalen op ${v('financial.iban', 'NL88 RABO 2166 7441 19')} t.n.v. Zorg aan Huis Gelderland B.V.

Let op: het oude nummer eindigde ook op 19, dus controleer goed bij het invoeren.

Kun je hier een korte instructie voor de schadebehandelaars van maken?`),

  rec('chat_vls', f`Zeg, de factuur van het woonzorgcentrum in Brugge voor meneer Vandamme staat op een ander rekeningnummer dan in ons systeem: ${v('financial.iban', 'BE44 7114 1363 2021')}. Moet ik dat eerst laten bevestigen vooraleer we de 2.310 euro uitbetalen? Schrijf eens een mailtje in 't Nederlands.`),

  rec('chat_fi', f`Voitko kirjoittaa asiakkaalle vastauksen? Hän odottaa korvausta kotihoidon laskuista (4 × 612 €). Maksu lähti tililtä tilille ${v('financial.iban', 'FI29 1315 4914 1364 44')} eilen, joten sen pitäisi näkyä 1–2 pankkipäivässä.`),

  rec('chat_da', f`Et medlem vil betale for 3D-printerkurset (450 kr.) over telefonen. Hun sagde Visa ${v('financial.payment_card', '4803 0561 4125 7041')} udløb 09/26. Vi har ikke en terminal — hvad er den sikreste måde at gøre det på?`),

  rec('chat_pl', f`Proszę o przygotowanie polecenia przelewu honorarium dla prezenterki pogody za styczeń: 7 400 zł brutto, rachunek ${v('financial.iban', 'PL40 8691 1408 9841 0519 3170 7519')}, tytuł „Umowa o dzieło 04/2025 – prognozy weekendowe”.`),

  rec('payouts_tsv', f`Freelance-grafikere, februar – kan du summere per land og lage betalingsfil?

${amb('source_code.snippet', f`navn\tland\tiban\tbeløp
Sigrid Hauge\tNO\t${v('financial.iban', 'NO36 2942 3833 116')}\t18 400
Jonas Lindqvist\tSE\t${v('financial.iban', 'SE30 7616 6353 3369 8720 0970')}\t12 750
Mette Kjær\tDK\t${v('financial.iban', 'DK22 5154 1572 7617 53')}\t9 900
Ásdís Karlsdóttir\tIS\t${v('financial.iban', 'IS29 1675 6154 3655 9968 9589 29')}\t14 200`)}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2025-06-11T09:14:52Z","svc":"charter-pay","event":"auth_failed","booking":"MBY-25-0611-SX","amount":{"value":2450000,"currency":"EUR"},"card":{"pan":"${v('financial.payment_card', '6207728534885888')}","brand":"unionpay","exp":"11/28"},"reason":"issuer_unavailable"}`)}

中国客人的银联卡付款失败，日志里为什么有完整卡号？这要怎么处理才合规？`),

  rec('chat_ru', f`Гость из Москвы спрашивает, можно ли оплатить чартер картой Мир ${v('financial.payment_card', '2202 4018 8779 8959')}. Наш эквайер в Монако её не принимает. Напиши вежливый ответ на русском, предложи банковский перевод.`),

  rec('chat_ja', f`来月のクルーズ予約のデポジットですが、JCBカード ${v('financial.payment_card', '3560-7460-5102-7963')}（有効期限 02/29）で決済してください。明細書は英語でお願いします。

↑この顧客メールへの返信を日本語で丁寧に書いてください。`),

  rec('chat_es_ec', f`Buenas, un cliente de Guayaquil quiere pagar el chárter en Galápagos con su Diners ${v('financial.payment_card', '3645 519227 7667')}. ¿Le puedo pedir el código de seguridad por WhatsApp o es mala idea? Ayúdame a redactar la respuesta.`),

  rec('chat_en_us', f`Member at the maker space paid the laser-cutter membership twice. Discover ${v('financial.payment_card', '6011 9300 7418 9780')}, $85 each, 02/03 and 02/04. Write a refund note for the city finance office.`),

  rec('chat_cs', f`Honorář pro meteorologa za zimní speciál (38 000 Kč) prosím poslat na ${v('financial.iban', 'CZ60 4558 8525 6289 1692 9623')}. Napiš mi k tomu krátký průvodní e-mail pro účtárnu.`),

  rec('chat_hu', f`Kérlek, írj egy rövid levelet a könyvelésnek: a műsorvezető szerződéses díját (640 000 Ft) a ${v('financial.iban', 'HU13 1332 4642 8739 3484 5942 4357')} számlára kell utalni, nem a régire.`),

  rec('chat_ro', f`Poți verifica dacă IBAN-ul ăsta e scris corect? ${v('financial.iban', 'RO70 BTRL 8762 8487 6822 6823')} — e pentru plata caselor de îngrijire din Cluj, suma 14.200 lei. Furnizorul zice că nu a primit nimic.`),

  rec('chat_en_gb', f`Which details do I need to send a Faster Payment to the care home in Harrogate? They gave me sort code 91-98-55 and account ${ambCat('financial', '28023288')}, and the IBAN ${v('financial.iban', 'GB35 NWBK 9198 5528 0232 88')}. Phone for queries: ${phone('020 1153 3619', 'GB')}.`),
];

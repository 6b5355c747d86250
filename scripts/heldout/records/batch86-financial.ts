/**
 * Held-out batch 86: cards, IBANs and routing numbers — donor compensation cards, quota-trade
 * settlements, gym direct debits, charging disputes, exam-centre refunds and visa-fee payments.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const sp = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();
const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);

export const BATCH86_FINANCIAL: DraftRecord[] = [
  rec('chat_es_pe', f`Hola, soy donante en el centro de Miraflores. Me cambiaron la tarjeta y quiero que el pago por donación llegue a la nueva: ${card('4519 8532 9062 3147')}, vence 03/28. ¿Me ayudas a escribir el mensaje para la recepción? No sé si debo mandarlo por WhatsApp.`),

  rec('csv', f`Reconcile the donor compensation loads against the prepaid provider's report, what's missing?

${amb('source_code.snippet', f`load_id;donor_ref;centre;amount_usd;card;status
L-88120;DNR-004417;ELP;50.00;**** **** **** 3147;loaded
L-88121;DNR-009382;ELP;70.00;${card('4955428726514243')};loaded
L-88122;DNR-001205;LRD;50.00;**** **** **** 9708;pending
L-88123;DNR-011873;LRD;100.00;${card('5346684813639765')};failed`)}

(the two unmasked rows came from the old kiosk export)`),

  rec('email_en_gb', f`Subject: Direct debit failed – please update your details

Hi Jordan,

Your membership payment for December (£42.00) was returned unpaid. Please reply with corrected bank details; we have on file:
Account name: J. Okafor
Sort code: ${ambCat('financial', '20-45-77')}   Account number: ${ambCat('financial', '63019482')}
IBAN: ${iban(sp('GB45NWBK92438450018154'))}

Cragline Climbing · Bristol`, 'UK sort code and account number: account data with no built-in rule (ambiguous); the IBAN is labelled'),

  rec('mandate_de', f`SEPA-Lastschriftmandat – Mitglied 18-22741 (Boulderhalle Leipzig)
Kontoinhaberin: Annika Vogel
IBAN: ${iban(sp('DE47968324211539843695'))}
BIC: ${amb('financial.swift_bic', 'DEUTDEFFXXX')}
Gläubiger-ID: DE98ZZZ09999999999
Mandatsreferenz: CRG-LEI-18-22741

Kannst du mir eine Vorankündigung (Pre-Notification) für den ersten Einzug am 02.01.2025 formulieren?`, 'the SEPA creditor identifier identifies the gym as collector, not an account'),

  rec('settlement_fo', f`Avroknan fyri kvotuhandil KH-2024-0388 (10 tons toskur, Føroyar → Ísland)
Seljari: P/F Norðhav Reiðarí, Klaksvík
Kontonummar: ${iban('FO9317789029873109')}
Keypari: Ísfang ehf., Vestmannaeyjar
Reikningur: ${iban('IS81 3916 5866 0632 7344 1776 92')}
Miðlaragjald 1,5 % verður drigið frá.

Kanst tú umseta hetta til enskt til grannskoðaran?`),

  rec('email_no', f`Hei Sigrid,

Oppgjøret for leiekvoten (sei, 240 tonn) er klart. Beløpet utbetales til:
Kontohaver: Vestbris Fiskeri AS
IBAN: ${iban('NO89 2717 1583 536')}
SWIFT: ${amb('financial.swift_bic', 'DNBANOKKXXX')}

Minner om at meglerhonoraret faktureres separat.
Hilsen Nordhav Quota Brokers`),

  rec('chat_tr', f`Müvekkilimiz vize başvuru ücretini telefonla kartla ödemek istiyor. Bana verdiği kart: ${card('3743 787937 04279')}, son kullanma 11/26, CVV'yi ayrıca söyledi. Bunu ödeme sistemine girmeden önce hangi bilgileri kaydetmemiz gerekiyor? Kart numarasını dosyaya yazmak doğru mu?`),

  rec('form_ach', f`Client trust account – outgoing ACH for USCIS-adjacent courier and translation fees
Payee: Liberty Translation Services LLC
Routing (ABA): ${v('financial.aba_routing', '074535763')}
Account: ${ambCat('financial', '88204719362')}
Memo: Matter 2024-IMM-0417 (certified translations, 14 pp)

Please check this against our trust accounting checklist before I release it.`),

  rec('chat_fr_dz', f`Salam, j'ai rechargé ma voiture à la borne VoltLane de Lyon Part-Dieu et on m'a débité deux fois 18,40 €. Ma carte c'est la ${card('5178 7145 9469 3708')}. Vous pouvez m'aider à écrire une réclamation bien polie ? Wallah c'est la troisième fois.`),

  rec('invoice', f`ROAMING SETTLEMENT – November 2024
From: VoltLane CPO B.V.   To: EVRoam eMSP SA (Bruxelles)
Sessions: 4,812   Energy: 91,338 kWh   Net due: € 31 402,17

Please transfer to ${iban('BE80 7566 4451 8070')} (BIC ${amb('financial.swift_bic', 'GKCCBEBB')}).
Swiss sessions are invoiced in CHF to ${iban('CH91 1285 6916 7765 3601 4')}.

Draft the cover e-mail in French, polite but firm about the 30-day term.`),

  rec('chat_ur_en', f`Sir, the Lahore centre paid the late-entry fee twice (PKR 84,000). Refund should go to school's account ${iban('PK73 MEZN 4831 7273 5737 2124')}, title "Crescent Grammar School". Please draft a refund approval note for finance, Urdu aur English dono mein.`),

  rec('chat_ng', f`Abeg help me write a mail to the exam board. Our school in Enugu paid the registration for 212 candidates, but the portal still shows "unpaid". We paid from GTBank, account ${ambCat('financial', '0148273956')}, on 29/11. Teller number TLR-55810.`, 'Nigerian NUBAN account number: no built-in rule (ambiguous)'),

  rec('csv', f`${amb('source_code.snippet', f`member_id,name,country,iban,amount_eur,return_code
TLL-0912,Kadri Tamm,EE,${iban('EE354459553404435508')},39.00,AM04
RIX-0377,Jānis Ozoliņš,LV,${iban('LV77HABA9906165328722')},35.00,MD01
VNO-1184,Rūta Kazlauskienė,LT,${iban('LT955273472850815892')},35.00,AC04`)}

Explain the SEPA return codes and which members we should call first.`),

  rec('chat_hu', f`Szia! A plazmaadó-központ új pénzügyese vagyok. Egy donor kérte, hogy a térítést erre a számlára utaljuk: ${iban('HU96 1940 7360 8817 9405 7566 5572')}. Le tudod fordítani angolra az igazolást, amit a rendszerbe kell feltölteni?`),

  rec('email_cs_sk', f`Dobrý den,

posílám podklady pro vyplacení kompenzací dárcům z centra v Brně a v Bratislavě:
Brno – účet: ${iban('CZ47 5737 6682 3365 3497 0121')}
Bratislava – účet: ${iban('SK69 2056 4273 4278 1378 8978')}
Kontaktní osoba: Mgr. Petra Horáková, ${phone('+420 731 482 916')}

S pozdravem
Ekonomické oddělení`),

  rec('chat_zh', f`我要帮客户交美国签证的律师费，他给了银联卡号 ${card('6212 4076 3693 8373')}，有效期 09/27。我们的支付系统能直接收银联吗？还是要让他转账？`),

  rec('chat_ja', f`ジムの年会費の決済でエラーになります。お客様のJCBカード ${card('3548 6722 1961 8260')} で「カード会社に問い合わせてください」と表示されます。お客様への案内文を作ってください。`),

  rec('log', f`${amb('source_code.snippet', f`2024-12-03T19:22:41.118Z WARN  payments  authorisation declined code=05 session=SES-NL-77412 connector=2
  evse=NL*VLN*E00412*2 amount=23.67 EUR
  pan=${card('2221601293085134')} exp=0827 brand=MASTERCARD
  at vl.payments.AdyenGateway.authorise(AdyenGateway.kt:188)`)}

The ad-hoc payment terminal logs the full PAN? We're PCI scope then, right?`),

  rec('chat_kk', f`Сәлем! Алматыдағы клиентке виза алымы үшін карта арқылы төлем жасау керек. Ол берген Мир картасы: ${card('2200 3066 5176 2358')}. Бұл карта шетелде жұмыс істей ме? Мәтінді ағылшынша да жазып бер.`),

  rec('vendor_setup', f`New payees for the Balkan collection centres (rent and utilities):
Sofia – ${iban('BG12 BNBG 2433 8394 1629 61')}
Beograd – ${iban('RS50 0444 8743 7334 8900 37')}
Ljubljana – ${iban('SI97 1494 3889 0972 070')}
Tiranë – ${iban('AL15 5024 5463 0371 2078 1398 1364')}

Check the formats and tell me if any look wrong before I upload them to the bank.`),

  rec('chat_el_tr', f`Χρειάζομαι βοήθεια με το τιμολόγιο μεσιτείας για την ενοικίαση ποσόστωσης στον Πειραιά. Πληρωμή στο ${iban('GR33 0195 1148 8055 6609 8120 274')}. Ο Τούρκος αντισυμβαλλόμενος θέλει να πληρώσει από ${iban('TR74 1270 7230 3478 2501 8588 61')} — είναι πρόβλημα η μετατροπή νομίσματος;`),

  rec('chat', f`Client at the Dubai office wants to pay the retainer by card. Diners ${card('3627 148739 6710')} declined, Visa ${card('4630 7658 4386 5542')} went through. Could you draft a receipt e-mail in English and Gulf Arabic? Amount AED 18,500.`),
];

/**
 * Held-out batch 146: card numbers, IBANs and routing numbers at a pharmacy desk, a streaming
 * platform's creator payouts, a diving contractor, a bonded warehouse, a transplant unit and a
 * municipal waterworks. Hand-written; every number is computed with the checksum helpers.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Luhn-completed card number, grouped as the text writes it. */
const card = (payload: string, groups: number[], sep = ' '): string => {
  const d = payload + String(luhnCheckDigit(payload));
  let i = 0;
  return groups
    .map((g) => {
      const s = d.slice(i, i + g);
      i += g;
      return s;
    })
    .join(sep);
};
/** IBAN with computed check digits, optionally in groups of four. */
const iban = (cc: string, bban: string, spaced = true): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return spaced ? s.replace(/(.{4})/g, '$1 ').trim() : s;
};

const VISA_ES = card('454781203946172', [4, 4, 4, 4]);
const ELO_BR = card('636368102947385', [4, 4, 4, 4]);
const JCB_JP = card('354019284736150', [4, 4, 4, 4], '-');
const MIR_RU = card('220031847291036', [4, 4, 4, 4]);
const VISA_FR = card('497401938274615', [4, 4, 4, 4]);
const AMEX_CORP = card('37829104736251', [4, 6, 5]);
const VISA_KR = card('433029184756301', [16]);
const RUPAY_IN = card('652184093712648', [4, 4, 4, 4]);
const MC_TR = card('554960183729401', [4, 4, 4, 4]);

const ABA_TX = `11304829${abaCheckDigit('11304829')}`;
const IBAN_DE = iban('DE', '370400440532013000');
const IBAN_TR = iban('TR', '0006400000112345678901'.replace('112345678901', '148203957162'));
const IBAN_AE = iban('AE', '0330000010493827161');
const IBAN_PL = iban('PL', '109024020000000201849372');
const IBAN_NO = iban('NO', '15036294817', false);
const IBAN_GB = iban('GB', 'BUKB20201548293716');
const IBAN_NL = iban('NL', 'INGB0004829173');
const IBAN_GR = iban('GR', '01101250000000012300695'.replace('000000012300695', '000000048291736'));
const IBAN_IT = iban('IT', 'X0542811101000000123456'.replace('000000123456', '000000482917'), false);
const IBAN_AT = iban('AT', '1200052948291736');
const IBAN_CH = iban('CH', '00762011623852957');
const IBAN_RO = iban('RO', 'BTRLRONCRT0482917365');
const IBAN_LT = iban('LT', '7300010148291736');
const IBAN_PT = iban('PT', '000700000048291736123');
const IBAN_ES = iban('ES', '21000418450200051332');

export const BATCH146_FINANCIAL: DraftRecord[] = [
  rec('chat_es', f`Una clienta nos ha dictado la tarjeta por teléfono para pagar el pedido de la receta a domicilio y me he equivocado al apuntarla. ¿Me ayudas a redactar un mensaje pidiéndole que la confirme? Lo que apunté: Visa ${v('financial.payment_card', VISA_ES)}, caducidad 07/27. Y dile que NUNCA le vamos a pedir el CVV por WhatsApp.`),

  rec('chat_pt_br', f`Gente, o motoboy da farmácia voltou com o pedido porque a maquininha recusou o cartão Elo ${v('financial.payment_card', ELO_BR)} da cliente. Como explico pra ela que precisa liberar compras por aproximação no app do banco? Escreve uma mensagem simpática pra mandar no WhatsApp.`),

  rec('chat_ja', f`オンライン薬局の決済で、お客様から「JCB ${v('financial.payment_card', JCB_JP)} で二重に引き落とされた」と問い合わせがありました。返金の流れを説明する丁寧なメール文を作ってください。カード番号はメールには書かないでください。`),

  rec('chat_ru', f`Клиент аптеки жалуется: оплатил заказ картой «Мир» ${v('financial.payment_card', MIR_RU)}, деньги списались, а бонусы на карту лояльности не начислились. Помоги составить вежливый ответ и объясни, сколько дней обычно идёт начисление.`),

  rec('email_de', f`Betreff: Auszahlungskonto geändert – Kanal „Bastelküche mit Jana"

Hallo liebes Creator-Team,

bitte überweist die Auszahlungen ab Oktober auf mein neues Konto:
Kontoinhaberin: Jana Kröger
IBAN: ${v('financial.iban', IBAN_DE)}
Bank: Sparkasse KölnBonn

Danke euch!
Jana

→ Kannst du daraus einen Ticket-Eintrag für das Payout-Team machen (Deutsch, kurz)?`),

  rec('chat_es_mx', f`Un creador de Texas quiere cobrar por ACH en vez de PayPal. Me mandó: routing number ${v('financial.aba_routing', ABA_TX)}, cuenta ${ambCat('financial', '4829173650')} (checking). ¿Qué más necesitamos para el alta? ¿Formulario W-9? Y otro creador de CDMX mandó su CLABE ${ambCat('financial', '012180004829173652')}, ¿esa sirve para transferencias SPEI desde nuestro proveedor?`, 'CLABE and US account number: financial, no built-in rule (ambiguous)'),

  rec('chat_tr', f`Merhaba, yayıncı ödemesi için kanal sahibi şu IBAN'ı gönderdi: ${v('financial.iban', IBAN_TR)}. Ödeme sistemi "geçersiz IBAN" diyor. Boşluklardan mı oluyor? Bir de yayıncıya hangi belgeleri istememiz gerektiğini Türkçe kısa bir mesajla yazar mısın?`),

  rec('chat_ar', f`السلام عليكم، صانع المحتوى من دبي أرسل بيانات حسابه لاستلام الأرباح:
رقم الآيبان: ${v('financial.iban', IBAN_AE)}
رمز السويفت: ${amb('financial.swift_bic', 'EBILAEAD')}
اسم البنك: بنك الإمارات دبي الوطني
هل البيانات كاملة لتحويل دولي بالدولار؟ وما الرسوم المتوقعة؟`),

  rec('chat_pl', f`Cześć, twórca z Wrocławia prosi o zmianę konta do wypłat. Nowy numer: ${v('financial.iban', IBAN_PL)}. Napisz mi proszę krótką odpowiedź, że zmiana wejdzie od następnego cyklu wypłat (15. dzień miesiąca) i że musi potwierdzić ją w aplikacji.`),

  rec('invoice_no', f`Kan du sjekke at fakturaen fra underleverandøren er riktig før jeg godkjenner den?

FAKTURA 2024-311
Fra: Havbunn Dykk AS, org.nr. 918 472 613
Til: Nordsjø Inspeksjon AS
Metningsdykking, 14 døgn à NOK 38 500
Sum eks. mva: NOK 539 000
Betales til kontonummer ${v('financial.iban', IBAN_NO)} (IBAN), BIC ${amb('financial.swift_bic', 'DNBANOKK')}
Forfall: 30 dager`),

  rec('email', f`Hi accounts,

New bank details from Caledonian Hyperbaric Services for the chamber service contract — please update before the next payment run:
Sort code ${ambCat('financial', '20-48-29')}, account ${ambCat('financial', '48293716')}
IBAN ${v('financial.iban', IBAN_GB)}

I phoned their office on ${phone('+44 1224 358 914')} to confirm it (we had a fake "change of bank" mail last year).

Graham`),

  rec('chat_nl', f`Kun je een herinnering opstellen voor de importeur? De invoerrechten en btw voor de vrijgave uit het douane-entrepot (aangifte 24NL0004829173MRN1) moeten vóór vrijdag betaald zijn op rekening ${v('financial.iban', IBAN_NL)} t.n.v. Rotterdam Bonded Storage BV, onder vermelding van het entrepotnummer.`),

  rec('chat', f`Our broker wants to pay the duty deferment top-up with the company Amex ${v('financial.payment_card', AMEX_CORP)}, exp 11/26, because the bank transfer won't clear before the goods leave the bonded warehouse on Thursday. Is paying customs duty by card even allowed in the UK? Draft me a short email to our finance lead asking for approval.`),

  rec('chat_el', f`Καλημέρα, ο προμηθευτής μάς έστειλε νέο IBAN για τα ενοίκια της τελωνειακής αποθήκης: ${v('financial.iban', IBAN_GR)}. Μπορείς να γράψεις ένα σύντομο email που να ζητάει επιβεβαίωση τηλεφωνικά πριν αλλάξουμε τα στοιχεία; Φοβάμαι για απάτη.`),

  rec('email_it', f`Gentile sig.ra Esposito,

per il rimborso delle spese di viaggio per la visita di idoneità al trapianto (treno Bari–Padova A/R, € 186,40) ci serve solo la conferma del conto. Abbiamo registrato:
IBAN ${v('financial.iban', IBAN_IT)}
Intestatario: Esposito Carmela

Mi aiuti a riscrivere questa mail in modo più chiaro e cordiale?`),

  rec('form_de_at', f`SEPA-Lastschriftmandat – Wasser- und Kanalgebühren
Stadtwerke Wasserversorgung, Gläubiger-ID AT61ZZZ00000048291
Zahlungspflichtiger: Herbert Leitner, Donaufelder Straße 104/3/12, 1210 Wien
Kundennummer: 40-182937
IBAN: ${v('financial.iban', IBAN_AT)}
BIC: ${amb('financial.swift_bic', 'BKAUATWW')}

Bitte formulier mir eine Bestätigung an den Kunden, dass das Mandat ab der nächsten Quartalsvorschreibung gilt.`),

  rec('chat_de_ch', f`Chasch mir hälfe, en QR-Rechnig für d Wasserrechnig z prüefe? Konto / Zahlbar an: ${v('financial.iban', IBAN_CH)}, Wasserversorgung Gemeinde Muri, Referenz 21 00000 00003 13947 14300 09017. De Kunde seit, s Banking-App nimmt d Referenz nöd.`),

  rec('chat_fr', f`Un abonné a payé sa facture d'eau au téléphone et l'agent a noté la carte dans le champ commentaire du logiciel de facturation : « CB ${v('financial.payment_card', VISA_FR)} exp 03/26 ». Il faut la supprimer. Tu peux m'écrire la procédure à suivre et un mail d'excuse à l'abonné ?`),

  rec('chat_ro', f`Bună, o clientă a farmaciei vrea rambursarea diferenței pentru un medicament compensat plătit integral. Ne-a dat IBAN-ul ${v('financial.iban', IBAN_RO)}. Scrie-mi te rog un mesaj scurt care să-i confirme că rambursarea se face în 5 zile lucrătoare.`),

  rec('chat_lt', f`Sveiki, gyventojas sumokėjo už vandenį du kartus ir prašo grąžinti permoką į sąskaitą ${v('financial.iban', IBAN_LT)}. Padėk parašyti atsakymą: grąžinsime per 10 darbo dienų, o sąskaitos faktūros numeris VS-2024-08-19352.`),

  rec('log', f`사용자가 구독 결제가 두 번 됐다고 신고했어요. 결제 로그 일부인데, 카드번호가 마스킹이 안 돼 있는 게 맞나요?

${amb('source_code.snippet', f`2024-09-21 03:12:44 KST INFO billing charge_id=ch_3Q1x8 user=u_73920 amount=13900 currency=KRW card=${v('financial.payment_card', VISA_KR)} result=approved
2024-09-21 03:12:46 KST INFO billing charge_id=ch_3Q1x9 user=u_73920 amount=13900 currency=KRW card=${v('financial.payment_card', VISA_KR)} result=approved`)}`),

  rec('chat_hi_en', f`Customer ne pharmacy counter pe RuPay card ${v('financial.payment_card', RUPAY_IN)} se pay kiya tha, lekin medicine out of stock thi. Refund kaise initiate karein POS se? Step by step batao please, aur customer ko Hindi mein ek SMS bhi likh do.`),

  rec('chat_tr', f`Yayıncı destek: bir izleyici "bağış" için kartından iki kez çekim yapıldığını söylüyor, ekran görüntüsünde kart numarası açıkça görünüyor: ${v('financial.payment_card', MC_TR)}. Bu görüntüyü destek kaydından nasıl silerim ve izleyiciye ne yazmalıyım?`),

  rec('email_pt', f`Bom dia,

Junto envio os dados para o reembolso da caução do contador de água (contrato 2019/04817):
Titular: Rui Manuel Carvalho
IBAN: ${v('financial.iban', IBAN_PT)}

Qualquer dúvida podem ligar para o ${phone('+351 912 483 719')}.

→ Podes resumir isto para o registo interno, sem o IBAN?`),

  rec('chat_ca', f`Hola, un abonat ens demana que li tornem el cobrament duplicat del rebut de l'aigua al compte ${v('financial.iban', IBAN_ES)}. Em fas un esborrany de resposta en català dient que es retornarà en la propera remesa?`),
];

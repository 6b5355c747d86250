/**
 * Held-out batch 95: payment cards, IBANs and bank details in refund mails, payout disputes,
 * supplier invoices, retailer settlements and CSV exports. Hand-written; check digits computed.
 */
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (payload: string, sep = ' ', groups = [4, 4, 4, 4]): string => {
  const d = payload + String(luhnCheckDigit(payload));
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(d.slice(i, i + g));
    i += g;
  }
  return out.filter(Boolean).join(sep);
};
const iban = (cc: string, bban: string, spaced = true): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return spaced ? (raw.match(/.{1,4}/g) ?? []).join(' ') : raw;
};
const aba = (p8: string): string => p8 + String(abaCheckDigit(p8));

export const BATCH95_FINANCIAL: DraftRecord[] = [
  rec('chat_pt_br', f`Preciso escrever um e-mail para um apoiador que pediu estorno de uma doação na campanha "Reconstrução da Escola Rural". Ele mandou o cartão usado: ${v('financial.payment_card', card('515894203317462'))}, valor R$ 350,00, em 14/05. Escreva educadamente que o estorno leva até 2 faturas.`),

  rec('mail_es', f`Asunto: Pago a proveedor de harina — cambio de cuenta
Hola Íñigo,
Desde el 1 de julio la molinera nos pide que paguemos a su nueva cuenta:
Titular: Harinera del Ebro S.L.
IBAN: ${v('financial.iban', iban('ES', '21003856120201749283'))}
BIC: ${amb('financial.swift_bic', 'CAIXESBBXXX')}
Por favor, ¿me ayudas a redactar la respuesta pidiendo confirmación por teléfono antes del cambio? Huele a fraude del CEO.
Carmen — Compras, panificadora`),

  rec('csv_export', f`Exportamos los reembolsos del festival (acreditaciones canceladas). ¿Puedes sumar por categoría?
${amb('source_code.snippet', f`fecha;categoria;nombre;iban;importe
2026-02-03;PRENSA;Lucía Varela;${v('financial.iban', iban('ES', '00491842771130562790', false))};85,00
2026-02-03;INDUSTRIA;Tomás Quiroga;${v('financial.iban', iban('PT', '003506510000384719264', false))};240,00
2026-02-04;PRENSA;Aurélie Fontaine;${v('financial.iban', iban('FR', '30004028370004017624519', false))};85,00
2026-02-05;JURADO;Dag Solberg;${v('financial.iban', iban('NO', '15036024837', false))};0,00`)}`),

  rec('ticket_en_za', f`Retailer support ticket #LR-55102
Shop: Khumalo Spaza, Soweto (retailer ID 30-4471)
Issue: weekly lottery settlement debited twice. Retailer says the debit order was taken from card ${v('financial.payment_card', card('402689145583021'))} instead of their bank account.
Please draft a reply explaining the reversal process and timeline (5–7 working days).`),

  rec('chat_nl', f`Kun je een nette betalingsherinnering maken voor de rederij? Sleepdienst 12 maart, haven Vlissingen, factuur SLP-2026-0318, € 4.870,00. Graag overmaken naar ${v('financial.iban', iban('NL', 'RABO0318624059'))} t.n.v. Sleepdienst Schelde BV.`),

  rec('pharmacy_de', f`Kundin möchte die Rechnung für die Rezeptur (Hydrocortison-Creme 1 %, 100 g) per Lastschrift zahlen. Ihre Daten:
Kontoinhaberin: Ingrid Lambrecht
IBAN ${v('financial.iban', iban('DE', '500105175407324931'))}
Bitte formuliere ein SEPA-Lastschriftmandat auf Deutsch mit Gläubiger-ID-Platzhalter.`),

  rec('card_spaced_chat', f`cliente ligou a dizer que pagou a encomenda de bolos de aniversário mas o terminal recusou. ela ditou o cartão: ${v('financial.payment_card', card('455630012398471', '-'))} validade 09/28. o que é que eu lhe digo? (loja da fábrica, Setúbal)`),

  rec('ach_form', f`Please fill this ACH enrollment for our US distributor of festival merchandise:
Bank: First Harbor Bank, Portland OR
Routing (ABA): ${v('financial.aba_routing', aba('12300010'))}
Account: ${ambCat('financial', '004418275093')}
Account type: Checking
Name on account: Reel North Merch LLC
Return as a short memo to accounting.`),

  rec('iban_lb', f`مرحبا، بدي اكتب رسالة للمتبرع يلي بعت تبرع لحملة إعادة إعمار المكتبة. رقم الحساب يلي بدنا نرجعلو عليه المبلغ: ${v('financial.iban', iban('LB', '001400000002301538471096'))} — المبلغ ٢٥٠ دولار. اكتبها بلهجة مهذبة بالعربي.`),

  rec('iban_pl', f`Hej, prośba o szkic pisma do sprzedawcy kuponów loterii: zwrot prowizji za marzec (1 284,50 zł) przelejemy na rachunek ${v('financial.iban', iban('PL', '114020040000350281739416'))}. Zaznacz, że potwierdzenie przyjdzie w ciągu 3 dni roboczych.`),

  rec('iban_ge', f`ლატარიის გამყიდველმა (მაღაზია #114, თბილისი) ანგარიში შეცვალა. ახალი IBAN: ${v('financial.iban', iban('GE', 'TB7194536081440500'))}. დამიწერე შეტყობინება ფინანსების გუნდისთვის, რომ განაახლონ.`),

  rec('dispute_en_ie', f`Trust & Safety note — campaign #88213 "Help Cian walk again"
Chargebacks: 14 in 48h. Three donors used the same card, ${v('financial.payment_card', card('535118340029714'))}, with different names and billing addresses in Cork and Limerick. Payout requested to ${v('financial.iban', iban('IE', 'BOFI90001718264930'))}.
Draft a summary for the payments risk channel recommending a payout hold.`),

  rec('iban_hr_si', f`Pozdrav, treba mi tablica za dobavljače pekare (brašno, kvasac, ambalaža):
Mlinar d.d. — ${v('financial.iban', iban('HR', '24840081107362519'))}
Kvasac Plus d.o.o. — ${v('financial.iban', iban('SI', '029000055012847'))}
Ambalaža Sava — ${v('financial.iban', iban('HR', '23400093218845016'))}
Složi to u Markdown tablicu s kolonama: dobavljač, IBAN, valuta.`),

  rec('amex_chat', f`Jury member from the US paid her accreditation with an Amex, ${v('financial.payment_card', card('37614920583317', ' ', [4, 6, 5]))}, but the portal charged her twice (2 × €120). Draft an apology in English and mention the refund reference.`),

  rec('iban_tr', f`Kılavuz kaptanlık hizmeti faturası ödenmemiş. Müşteriye nazik bir hatırlatma yazar mısın? Tutar 38.400 TL, IBAN: ${v('financial.iban', iban('TR', '0001000183452190047312'))}, alıcı: Körfez Römorkaj A.Ş.`),

  rec('json_payment', f`Webhook payload from the payment gateway — why is the donation marked "requires_action"?
${amb('source_code.snippet', f`{
  "id": "evt_pay_77Q2",
  "type": "payment.updated",
  "amount": 5000,
  "currency": "EUR",
  "card": { "number": "${v('financial.payment_card', card('491761000098765'))}", "exp": "11/27", "holder": "M ROSSI" },
  "campaign_id": 40912,
  "3ds": "challenge_required"
}`)}`),

  rec('iban_gr', f`Χρειάζομαι ένα email προς το φαρμακείο στη Θεσσαλονίκη: η επιστροφή για τα σκευάσματα που επιστράφηκαν (312,40 €) θα γίνει στον λογαριασμό ${v('financial.iban', iban('GR', '01108740000087412936051'))}. Τηλέφωνο επικοινωνίας ${phone('2310 555 214', 'GR')}.`),

  rec('iban_mt', f`Il-fornitur tal-moll għat-tugboats f'Marsaxlokk bagħat fattura ġdida. Ħallas lil: Marsa Marine Supplies Ltd, IBAN ${v('financial.iban', iban('MT', 'VALL22013000000040017895432'))}. Tista' tiktibli email qasira bl-Ingliż biex nikkonferma?`),

  rec('card_in_prose_vi', f`Khách hàng nói đã quyên góp cho chiến dịch nhưng không nhận được biên lai. Số thẻ cô ấy đọc qua điện thoại là ${v('financial.payment_card', card('356612884703921', ''))}. Hãy viết email trả lời bằng tiếng Việt, hứa gửi lại biên lai.`),

  rec('iban_ro_bg', f`Décompte commissions détaillants loterie — partenaires Roumanie et Bulgarie :
- Agenția Noroc SRL : ${v('financial.iban', iban('RO', 'BTRLRONCRT0312884701'))}
- Щастие ЕООД : ${v('financial.iban', iban('BG', 'UNCR70001523498712'))}
Pouvez-vous rédiger la note de virement en français pour la comptabilité ?`),

  rec('iban_kz', f`Қазақстандағы дистрибьютор (фестиваль мерчі) шотын жаңартты: ${v('financial.iban', iban('KZ', '722C000012741056'))}. Бухгалтерияға қысқа хат жазып берші, орысша да болады.`),
];

/** Held-out batch 46: cards, IBANs and routing numbers in clinic billing, freight invoices, publisher payouts and tax work. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH46_FINANCIAL: DraftRecord[] = [
  rec('chat_es_cl', f`Una paciente pagó la segunda etapa del tratamiento de FIV con su tarjeta ${v('financial.payment_card', '4438 5600 0774 0654')} y el banco le cobró dos veces 2.450.000 CLP. ¿Me ayudas a redactar la solicitud de reversa al adquirente?`),

  rec('chat_pt_br', f`Preciso estornar uma consulta de fertilidade paga no cartão Elo ${v('financial.payment_card', '6362 4548 5077 1948')}, parcelado em 3x. A maquininha pede o número completo de novo. Como explico isso pra paciente sem assustar?`),

  rec('chat_tr', f`Hasta ödemesi Troy kartla yapıldı: ${v('financial.payment_card', '9792 8347 5973 9159')}. POS cihazı "işlem onaylanmadı" diyor ama hastanın hesabından para çekilmiş. Bankaya nasıl yazayım?`),

  rec('email_de', f`Betreff: Neue Bankverbindung – Rechnung TR-2024-1187

Sehr geehrte Damen und Herren,

bitte überweisen Sie die Trassenentgelte für November ab sofort auf unser neues Konto:
IBAN: ${v('financial.iban', 'DE62 0773 5841 1769 9164 37')}
BIC: ${amb('financial.swift_bic', 'GENODEF1DUE')}
Verwendungszweck: TR-2024-1187 / Wagengruppe 31 80

Mit freundlichen Grüßen
Buchhaltung Karvel Rail Freight GmbH, Duisburg`),

  rec('invoice_pl', f`Sprawdź proszę, czy dane na fakturze za postój wagonów się zgadzają:

Faktura nr 2024/11/0942
Sprzedawca: Terminal Kontenerowy Gdańsk sp. z o.o.
Kwota: 38 412,00 zł brutto
Rachunek: ${v('financial.iban', 'PL56 4482 1773 9229 9647 8289 7663')}
Termin płatności: 14 dni`),

  rec('chat_cs', f`Dopravce nám poslal nové číslo účtu pro platby za přistavení vozů: ${v('financial.iban', 'CZ90 7981 8918 8834 4391 3738')}. Můžeš ověřit, že IBAN je formálně správně, než to pošlu do účtárny?`),

  rec('chat_hr', f`Luka Rijeka traži uplatu lučkih pristojbi na račun ${v('financial.iban', 'HR7885693434508784741')}, SWIFT ${amb('financial.swift_bic', 'ZABAHR2X')}. Napiši mi kratki e-mail na engleskom financijama da to odobre.`),

  rec('csv', f`Publisher royalty payouts for Q3 — check the totals against the statement, please:

${amb('source_code.snippet', f`payee;country;iban;amount_eur
Hollowpine Games Oy;FI;${v('financial.iban', 'FI8891778965136243')};184 220,50
Hollowpine Kraków sp. z o.o.;PL;${v('financial.iban', 'PL52358530309610679343273377')};61 904,10
Nordlys Audio AS;NO;${v('financial.iban', 'NO5448604547802')};8 400,00`)}`),

  rec('form', f`W-9 / ACH setup for the US console publisher payments
Payee: Hollowpine Games Oy (foreign entity, see W-8BEN-E)
Receiving bank: First Pacific Commerce Bank, Seattle WA
ABA routing: ${v('financial.aba_routing', '125008547')}
Account: ${ambCat('financial', '4471902836')}
Contact: ${v('pii.email', 'finance@hollowpine.games')}

Is it right that we fill the W-8BEN-E and not the W-9?`),

  rec('chat', f`A player is disputing a chargeback and sent the card in the support ticket: ${v('financial.payment_card', '5157-5880-7687-3540')}. I need to reply that we never ask for card numbers. Can you make it friendly but firm?`),

  rec('chat_ja', f`東京のテストプレイヤーへの謝礼を振り込みたいのですが、海外送金フォームで IBAN を求められています。相手はノルウェー在住で、口座は ${v('financial.iban', 'NO59 3333 1363 824')} だそうです。この番号で正しいですか？`),

  rec('email_no', f`Hei Ingrid,

Faktura for fôrleveranse uke 47 betales til:
Kontonummer/IBAN: ${v('financial.iban', 'NO5933331363824')}
Beløp: NOK 1 284 500,00
KID: 2024114718

Mvh
Regnskap, Havbruk Nordvest AS`, 'same fake IBAN as the Japanese chat but unspaced'),

  rec('chat_is', f`Ég þarf að greiða dýralækninum fyrir skoðun á kvíunum í Arnarfirði. Reikningurinn hans er ${v('financial.iban', 'IS40 6632 9708 1876 4333 3366 82')}. Geturðu skrifað stutta greiðslutilkynningu á ensku fyrir bókhaldið?`),

  rec('chat_es_cl', f`El importador de China pagó con carta de crédito y ahora pide reembolso parcial por una partida de salmón retenida en aduana. Nuestra cuenta para recibir en euros es ${v('financial.iban', 'ES42 9071 5675 1862 9492 2390')} (Banco Santander España). ¿Cómo redacto la respuesta?`),

  rec('chat_nl', f`De bib van Mol wil het lidgeld van een gezin terugstorten. Rekening van de ouder: ${v('financial.iban', 'BE69 9047 6975 8860')}. Kun je een korte bevestigingsmail opstellen in het Nederlands? Telefonisch bereikbaar op ${phone('0495 72 18 40', 'BE')}.`),

  rec('chat_it', f`Cliente della nostra sede di Bologna (ditta individuale, regime forfettario) chiede di addebitare l'F24 sul suo conto: ${v('financial.iban', 'IT35X3989937968723906614272')}. Mi prepari la delega di addebito da fargli firmare?`),

  rec('chat_id', f`Klien kami (UMKM kuliner di Bandung) bayar jasa konsultasi pajak pakai kartu kredit ${v('financial.payment_card', '5323 1408 3976 0611')} tapi transaksinya ditolak. Tolong bikinin template email untuk minta dia bayar lewat transfer bank saja.`),

  rec('chat_fa', f`یک بیمار از دبی می‌خواهد هزینه‌ی درمان را به حساب کلینیک استانبول واریز کند. شماره‌ی IBAN کلینیک: ${v('financial.iban', 'TR80 1631 4224 5216 5008 1238 27')}. لطفاً یک نامه‌ی کوتاه به انگلیسی بنویس که مبلغ و شماره‌ی پرونده را هم ذکر کند.`),

  rec('chat_ar_eg', f`المريضة عايزة تدفع باقي مصاريف الحقن المجهري بالتحويل البنكي. حساب فرع القاهرة: ${v('financial.iban', 'EG30 5435 9462 1824 4939 6225 4869 0')}. ممكن تكتبلي رسالة واتساب مهذبة فيها البيانات دي؟`),

  rec('chat', f`Amex corporate card for the signalling contractor's site visits: ${v('financial.payment_card', '3732 071894 91616')}, expiry 06/27. Hotel in Ostrava wants it by phone — is it okay to read it out or should I send a payment link?`),

  rec('chat_pt_br', f`Cliente do escritório de contabilidade mandou o boleto e pediu pra pagar via TED. Dados: Banco Itaú, IBAN internacional ${v('financial.iban', 'BR5907062784455597506387263C1')}. Isso faz sentido pra uma conta brasileira? Achei estranho o C1 no final.`),
];

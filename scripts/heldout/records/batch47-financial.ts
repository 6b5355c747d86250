/**
 * Held-out batch 47: card numbers, IBANs and bank details from huts, cold-chain logistics, a podcast
 * network, a housing authority, maritime pilots and an e-bike startup. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH47_FINANCIAL: DraftRecord[] = [
  rec('email_de_ch', f`Grüezi Frau Imboden

Vielen Dank für Ihre Reservation in der Cabane du Vélan-Dessus für 4 Personen (Halbpension) vom 12.–14. Juli. Für die Anzahlung von CHF 240.– überweisen Sie bitte innert 10 Tagen auf:

Alpina Hüttengenossenschaft
IBAN ${v('financial.iban', 'CH18 0076 7000 K098 7654 3')}
Vermerk: RES-2025-0712-IMB

Freundliche Grüsse
Hüttenbüro Alpina

-> bitte auf Französisch übersetzen, die Gäste sind aus Lausanne`),

  rec('chat', f`A guest called the hut and read their card over the phone for the no-show fee because the booking link didn't work. I wrote it on the booking sheet: Mastercard ${v('financial.payment_card', '5520 4318 7730 6198')}, exp 03/27, name on card A. Brunner. How do I charge this properly in the SumUp terminal and what should I do with the paper note after?`),

  rec('chat_it', f`Ciao, mi aiuti a scrivere una mail al fornitore di legna per il rifugio? Gli dobbiamo dire che abbiamo cambiato banca e che da gennaio paghiamo dal nuovo conto ${v('financial.iban', 'IT41M0326801603000000456789')}, quindi l'addebito SEPA vecchio va annullato.`),

  rec('invoice_sl', f`RAČUN št. 2024-118
Koča pod Mrzlim vrhom, Planinsko društvo Bohinj
Datum: 28. 10. 2024
Skupaj za plačilo: 1.186,40 EUR

Plačilo na TRR: ${v('financial.iban', 'SI60 0510 0100 1839 472')}
BIC: ${amb('financial.swift_bic', 'ABANSI2X')}
Sklic: SI00 2024118

Prosim pretvori v angleški račun za nemško planinsko skupino.`),

  rec('csv', f`Cold-chain customer refunds for damaged shipments (temperature excursion), please check the totals before finance pays them out:

${amb('source_code.snippet', f`claim_id;customer;shipment;excursion_min;refund_eur;iban
CLM-24-0311;Apotheek De Linde;KRY-NL-24-118392;46;1.840,00;${v('financial.iban', 'NL17RABO0382716450')}
CLM-24-0312;Sygehusapotek Fyn;KRY-DK-24-220417;112;6.215,50;${v('financial.iban', 'DK4720003128473615')}
CLM-24-0315;Tallinna Apteek OÜ;KRY-EE-24-009311;38;912,00;${v('financial.iban', 'EE821010220283746152')}
CLM-24-0319;Farmakeio Kallithea;KRY-GR-24-004482;71;2.088,30;${v('financial.iban', 'GR5901722830005283049172664')}`)}`),

  rec('email_tr', f`Merhaba Ayşe Hanım,

Gümrük müşaviri ücretimiz (beyanname no. 24341300EX004817) için 18.450,00 TL tutarındaki faturamızın ödemesini aşağıdaki hesaba yapabilirsiniz:

Alıcı: Kryos Lojistik A.Ş.
IBAN: ${v('financial.iban', 'TR81 0001 2009 4830 0017 2648 53')}

Saygılarımızla,
Muhasebe

Bunu İngilizce'ye çevirip Hollanda'daki merkeze gönderebilir misin?`),

  rec('chat_lv', f`Sveiki, lūdzu pārbaudi, vai šis IBAN ir pareizs, pirms sūtu maksājumu par reģistratoru kalibrēšanu: ${v('financial.iban', 'LV23UNLA0050019283746')}. Summa 3 420 EUR, saņēmējs SIA Termo Kontrole.`),

  rec('chat_he', f`היי, נהג שלנו בנתב"ג שילם על הדלק בכרטיס האשראי של החברה והקבלה נשלחה אליי עם המספר המלא: ${v('financial.payment_card', '4539 1827 4610 5830')}. איך אני מדווח על זה להנהלת חשבונות בלי להעביר שוב את מספר הכרטיס? וההחזר צריך להגיע לחשבון שלו ${v('financial.iban', 'IL46 0126 1800 0004 9173 826')}.`),

  rec('chat_es', f`Hola, el anunciante de la temporada 3 del pódcast nos pide los datos para pagar la factura. ¿Me redactas un correo formal? Datos: Loudhouse Audio S.L., IBAN ${v('financial.iban', 'ES71 2080 3716 4291 0455 8213')}, BIC ${amb('financial.swift_bic', 'CAGLESMMXXX')}, concepto "Campaña Q1 – 12 inserciones".`),

  rec('chat_ca', f`Bona tarda! La presentadora del pòdcast de cuina ens ha passat el compte per cobrar el seu percentatge: ${v('financial.iban', 'ES76 0182 5917 2302 0184 6637')}. Em pots fer una plantilla de contracte on aparegui aquest compte i el 35 % de repartiment?`),

  rec('chat', f`Host in Lisbon disputes her Q3 payout. We paid €4,180 to ${v('financial.iban', 'PT16 0007 0283 0018 3746 1928 7')} on 15 Oct. She says it never arrived. What info does the bank need for a payment investigation (SEPA recall / trace)?`),

  rec('log', f`Payment webhook from the ad marketplace crashed our listener, can you tell what's wrong with the payload?

${amb('source_code.snippet', f`2024-11-05T21:14:33.902Z ERROR ad-billing: unexpected field "card.number" in payload
{"advertiser_id":"adv_88102","campaign":"Q4-HOLIDAY-KR","amount":{"value":2400000,"currency":"KRW"},
 "card":{"number":"${v('financial.payment_card', '4916730291847728')}","exp":"09/26","holder":"KIM MINJI"},
 "status":"authorised"}`)}`),

  rec('chat_nl', f`Een huurder wil zijn achterstand van € 1.420,60 in termijnen betalen. Hij heeft een nieuwe rekening: ${v('financial.iban', 'NL72 INGB 0004 9182 73')}. Kun je een betalingsregeling-brief opstellen met 6 termijnen en automatische incasso vanaf 1 december?`),

  rec('chat_nl', f`De onderhoudsaannemer (Dakwerken Van Eijk) heeft zijn factuur gestuurd met een ander rekeningnummer dan in ons crediteurenbestand. Oud: ${v('financial.iban', 'NL30 ASNB 0708 2631 94')}. Nieuw volgens factuur: ${v('financial.iban', 'DE97 5007 0010 0175 4236 12')}. Dit voelt als factuurfraude — wat zijn de stappen om dit te verifiëren?`),

  rec('chat_sv', f`Hej, en hyresgäst ringde och ville betala hyresskulden direkt med kort. Kollegan skrev ner numret i ärendet: ${v('financial.payment_card', '4024 0071 8265 9309')} utg. 11/26. Hur tar jag bort det från ärendesystemet och vad säger GDPR/PCI om det här?`),

  rec('form', f`PILOTAGE DUES – remittance advice
Vessel: MV Nordic Tern (IMO 9438215)
Port: Muuga, pilotage 04.11.2024 02:40–05:15
Amount: EUR 3,912.00
Pay to: Nordbalt Pilots AS
IBAN: ${v('financial.iban', 'EE82 1010 2202 8374 6152')}
SWIFT: ${amb('financial.swift_bic', 'EEUHEE2X')}
Agent: Baltic Shipping Agency OÜ, tel ${phone('+372 640 8215')}`),

  rec('email_el', f`Αγαπητέ κύριε Παπαδόπουλε,

Σας υπενθυμίζουμε ότι τα τέλη πλοήγησης για το δεξαμενόπλοιο "Aegean Star" (άφιξη 02/11) ύψους 2.740,00 € παραμένουν απλήρωτα. Παρακαλούμε καταθέστε στον λογαριασμό:
${v('financial.iban', 'GR59 0172 2830 0052 8304 9172 664')}

Με εκτίμηση,
Λογιστήριο Σταθμού Πλοηγών

Μπορείς να το κάνεις πιο αυστηρό αλλά ευγενικό;`),

  rec('chat', f`US shipowner wants to pay pilotage by ACH instead of SWIFT. They sent routing ${v('financial.aba_routing', '263084177')} and account ${ambCat('financial', '4482039175')} for refunds too. Can we even receive ACH as an Estonian company? what do I reply`),

  rec('chat_ko', f`안녕하세요, 서울 전기자전거 대여 고객이 이중 결제됐다고 문의했어요. 고객이 보낸 카드번호가 ${v('financial.payment_card', '5358-4129-0376-1140')} 인데, 이걸로 환불 조회해도 되나요? 답장 초안 좀 써주세요.`),

  rec('chat_ms', f`Pelanggan di KL kata dia dicaj dua kali RM 15 untuk sewa basikal. Dia hantar nombor kad penuh dalam emel: ${v('financial.payment_card', '2223 0091 8475 6201')}. Tolong tulis balasan yang sopan dan beritahu dia jangan hantar nombor kad lagi.`),

  rec('chat_pt', f`Preciso de reembolsar um cliente em Lisboa que pagou a caução de 150 € duas vezes. Ele enviou o IBAN ${v('financial.iban', 'PT70 0010 0000 4512 3700 1017 2')} e o cartão usado foi Amex ${v('financial.payment_card', '3782 194603 28719')}. Devo reembolsar para o cartão ou por transferência?`),
];

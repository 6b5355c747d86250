/**
 * Held-out batch 92: payment cards, IBANs, routing numbers and BICs in invoices, refunds, payroll
 * and subscription chats across the batch's six organisations. Hand-written, many languages.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const group = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
const card = (p: string): string => p + String(luhnCheckDigit(p));
const spaced = (s: string): string => s.replace(/(\d{4})(?=\d)/g, '$1 ');

const DE = iban('DE', '76050000' + '1048273916');
const ES = iban('ES', '0182' + '4729' + '36' + '0201583947');
const PT = iban('PT', '0033' + '0000' + '45281937106' + '05');
const FR = iban('FR', '30004' + '02817' + '0001048273' + '9' + '36');
const NL = iban('NL', 'INGB' + '0007294618');
const BE = iban('BE', '731' + '0482937' + '15');
const SE = iban('SE', '8000' + '0000083172649501');
const PL = iban('PL', '11402004' + '0000390217458316');
const RO = iban('RO', 'RNCB' + '0082048173920001');
const HR = iban('HR', '2340009' + '1120485736');
const TR = iban('TR', '00046' + '0' + '0918273645019283');
const SA = iban('SA', '10' + '000048273916501827');
const IT = iban('IT', 'K' + '03069' + '09440' + '100000048291');
const CH = iban('CH', '00235' + '2948173Z0482');
const GR = iban('GR', '0172' + '048' + '0005048291736205');
const LT = iban('LT', '70440' + '60004827361');
const BA = iban('BA', '1610' + '2000' + '4827' + '3916');
const UA = iban('UA', '322001' + '0000026001048273916');
const IS = iban('IS', '0133' + '26' + '004827' + '1504872319');
const BR = iban('BR', '00000000' + '02948' + '0048273916' + 'C1');

const VISA = card('454618302957184');
const MC = card('531904827361058');
const AMEX = card('34728160594371');
const MC2 = card('222100483917264');
const VISA2 = card('401288473920615');
const DISC = card('601104829173650');
const JCB = card('353018472936105');
const VISA3 = card('492180374619258');

export const BATCH92_FINANCIAL: DraftRecord[] = [
  rec('refund_mail_en_gb', f`Subject: Refund for hearing aid trial — Mrs P. Okonkwo

Hi team,

Mrs Okonkwo returned the trial pair within the 30 days. The card terminal refund failed because the original payment was over the phone. She's happy for us to refund to the same card:

  Card: ${v('financial.payment_card', spaced(MC))}   exp 07/27
  Amount: £1,249.00

Can someone in finance push this through manually? Draft me a polite confirmation to her as well.`),

  rec('iban_transfer_de', f`Bitte formuliere eine Zahlungserinnerung an den Mieter der Gewerbeeinheit 3.04 (Praxis Dr. Hollmann). Die Nebenkostennachzahlung 2023 über 4.812,55 € ist seit 21 Tagen offen.
Unsere Bankverbindung:
Harbourline Property Management GmbH
IBAN: ${v('financial.iban', group(DE))}
BIC: ${amb('financial.swift_bic', 'SOLADEST600')}
Verwendungszweck: NK-2023-0304`),

  rec('supplier_es', f`Hola, el proveedor de cajas isotérmicas nos ha cambiado la cuenta. ¿Puedes redactar un correo pidiéndoles que nos lo confirmen por teléfono antes de pagar? Por si acaso, los datos nuevos que mandaron:
Titular: Termoembalajes del Ebro S.L.
IBAN ${v('financial.iban', ES)}
Importe factura FE-2024/1187: 18.340,00 €
(El IBAN anterior terminaba en 4412.)`),

  rec('subscription_pt', f`Bom dia, sou assinante do jornal há 12 anos e quero passar a pagar por débito direto. O meu IBAN é ${v('financial.iban', group(PT))}. Podem confirmar que a próxima cobrança já sai por aí? Obrigado, Joaquim Serrano`),

  rec('invoice_fr', f`Peux-tu vérifier que cette facture est conforme (mentions obligatoires) avant que je l'envoie au client ?

FACTURE N° KG-2024-0412
Prestation : réponse à incident — 38 h × 210 € HT
Total TTC : 9 576,00 €
Règlement par virement sous 30 jours :
IBAN ${v('financial.iban', group(FR))} — BIC ${amb('financial.swift_bic', 'BNPAFRPPXXX')}`),

  rec('sepa_csv_nl', f`Kun je van deze export een SEPA-incassobestand (pain.008) maken? Het zijn de contributies van de jeugdleden, seizoen 2024-25.

lidnummer;naam;iban;bedrag;mandaat
J-0412;Sem de Vries;${v('financial.iban', NL)};145,00;MND-2024-0412
J-0418;Noor Bakker;${v('financial.iban', iban('NL', 'ABNA' + '0573829164'))};145,00;MND-2024-0418
J-0433;Daan Visser;${v('financial.iban', iban('NL', 'RABO' + '0148293756'))};72,50;MND-2024-0433
J-0440;Lotte Smit;${v('financial.iban', iban('NL', 'SNSB' + '0927384615'))};145,00;MND-2024-0440`),

  rec('chat_card_en_ph', f`hi pls help me compute the installment. customer bought progressive lenses + frame, total PHP 38,500, 6 months 0%. she gave card ${v('financial.payment_card', VISA)} but the terminal declined, is there something wrong with the number or just the bank?`),

  rec('amex_en_us', f`Draft a reply to the tenant at Suite 1200. They want to pay the Q4 CAM reconciliation ($23,118.40) by Amex instead of ACH. Their AP clerk emailed the card in plain text (I know...): ${v('financial.payment_card', AMEX)}, exp 11/26, CID on file. Tell them we'll process it once and ask them never to email card numbers again.`),

  rec('ach_form_en_us', f`Please turn this into a clean vendor setup form for the HVAC contractor we're onboarding for 400 Wacker Dr:

Vendor: Lakeshore Mechanical Services LLC
Bank: First Midwest Bank
Routing (ABA): ${v('financial.aba_routing', '071000916')}
Account: ${ambCat('financial', '58201937746')}
Remit email: AP only via portal`),

  rec('pl_przelew', f`Napisz proszę krótkie pismo do hurtowni, że zwrot za uszkodzoną partię szczepionek (przerwany łańcuch chłodniczy, partia 24B117) ma trafić na nasz rachunek: ${v('financial.iban', group(PL))}. Kwota 27 410,80 zł.`),

  rec('ro_plata', f`Bună, clientul nostru din Cluj vrea să plătească abonamentul anual la anunțuri (1.850 lei) prin transfer. Contul nostru: ${v('financial.iban', RO)}, RNCB. Poți să-mi scrii un mesaj scurt cu instrucțiunile?`),

  rec('hr_tr_maas', f`Merhaba, yeni teknisyenimizin maaş hesabı değişti. Bordro için bana resmî bir bilgilendirme yazısı hazırlar mısın?
Ad Soyad: Emre Kalkan
Yeni IBAN: ${v('financial.iban', group(TR))}
Geçerlilik: Ekim 2024 maaşı`),

  rec('sa_ar_iban', f`أرجو صياغة خطاب رسمي للمستأجر (مطعم الرياض الذهبي) بأن الإيجار الربع سنوي 96,000 ريال يُحوَّل إلى الحساب الجديد:
الآيبان: ${v('financial.iban', group(SA))}
ويجب ذكر رقم العقد HL-RUH-2291 في وصف الحوالة.`),

  rec('it_bonifico_ch', f`Ciao, devo pagare due fornitori per le celle frigorifere: uno italiano e uno ticinese.
1) Frigotecnica Padana — IBAN ${v('financial.iban', IT)}
2) Kälte Ticino SA — IBAN ${v('financial.iban', group(CH))}
Mi prepari una tabella con importi (12.400 € e 8.950 CHF) e date di scadenza 31/10?`),

  rec('card_list_mixed', f`Reconcile these chargebacks for the classifieds desk, flag the ones older than 120 days:

date,card,amount,reason
2024-05-14,${v('financial.payment_card', MC2)},89.00,fraudulent
2024-06-02,${v('financial.payment_card', spaced(VISA2))},45.00,not_received
2024-07-19,${v('financial.payment_card', DISC)},120.00,duplicate
2024-08-30,${v('financial.payment_card', JCB)},32.50,fraudulent`),

  rec('el_hr_lt_ibans', f`Πρέπει να στείλουμε επιστροφές εγγύησης σε τρεις ενοικιαστές. Φτιάξε μου κείμενο email για τον καθένα:
- Παπαδόπουλος: ${v('financial.iban', group(GR))}
- Horvat d.o.o.: ${v('financial.iban', HR)}
- UAB Baltų optika: ${v('financial.iban', LT)}`),

  rec('ba_uk_is', f`Treba mi pomoć s tabelom plaćanja za ljetni turnir: sudije iz Sarajeva (${v('financial.iban', BA)}), tim iz Lavova (${v('financial.iban', UA)}) i gostujući trener s Islanda (${v('financial.iban', group(IS))}). Kako da izračunam naknade za SEPA i ne-SEPA transfere?`),

  rec('card_phone_order_sw', f`Mteja amepiga simu kulipia tangazo la nyumba ya kupangisha kwenye gazeti la Jumamosi. Amenipa kadi: ${v('financial.payment_card', VISA3)}, mwisho 03/28. Niandikie ujumbe wa kumthibitishia malipo ya TSh 85,000.`),

  rec('br_pix_boleto', f`Oi! Preciso de uma mensagem para a ótica avisar o cliente que o reembolso do aparelho auditivo vai pela conta internacional, porque ele mudou pra Lisboa mas a conta é brasileira: ${v('financial.iban', BR)}. Valor R$ 6.780,00.`),

  rec('be_sv_mixed', f`Kan du sammanfatta vilka betalningar som står ut? Hyresgästen i Antwerpen betalar till ${v('financial.iban', group(BE))}, och vår svenska leverantör av temperaturloggrar vill ha ${v('financial.iban', SE)} på fakturan. BIC ${amb('financial.swift_bic', 'HANDSESS')}.`),
];

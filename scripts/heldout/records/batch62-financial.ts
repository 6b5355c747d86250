/**
 * Held-out batch 62: card numbers, IBANs and routing numbers pasted by clinic, lottery, recycling,
 * admissions, marine-service and energy-trading staff — chats, invoices, exports and forms. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH62_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Patient's daughter called to pay the balance on her dad's two receiver-in-canal aids ($1,840 after insurance). She read me the card over the phone: Visa ${v('financial.payment_card', '4539 1820 7364 1522')}, exp 07/28, billing zip 02139. Our terminal is down — can I key it into the Square dashboard manually, or is that a PCI problem?`),

  rec('email_es', f`Asunto: Pago de premio – boleto de La Primitiva

Buenos días,

Le confirmamos que el premio de segunda categoría (48.217,60 € brutos, 38.574,08 € netos tras la retención del 20 %) se abonará por transferencia en un plazo de 10 días hábiles a la cuenta facilitada:
IBAN: ${v('financial.iban', 'ES14 0049 8576 7098 1919 8190')}
Titular: Rocío Navarro Peña

Atentamente,
Departamento de Cumplimiento

→ ¿Puedes revisar la redacción? Quiero que suene menos frío.`),

  rec('invoice_de', f`Kannst du die Zahlungsdaten aus dieser Lieferantenrechnung in unsere Kreditorenliste übernehmen?

RECHNUNG Nr. 2025-0117
Altglas-Logistik Weser GmbH · Hafenstraße 12 · 28217 Bremen
Leistung: Abholung Flachglasbruch, 214,6 t, Januar 2025
Betrag: 9.871,60 € (netto) zzgl. 19 % USt.
Bankverbindung: Sparkasse Bremen
IBAN ${v('financial.iban', 'DE72 7015 0000 7258 6989 93')}
BIC ${amb('financial.swift_bic', 'SBREDE22XXX')}
Zahlbar innerhalb 14 Tagen ohne Abzug.`),

  rec('email_fr', f`Bonjour Monsieur Lefort,

Suite à la révision des 1 000 heures des deux Volvo Penta D6 de votre « Alizé III », vous trouverez ci-joint la facture n° F-25-0042 d'un montant de 6 312,40 € TTC. Merci d'effectuer le virement sur le compte suivant :
IBAN : ${v('financial.iban', 'FR07 3000 3386 9742 1034 5524 431')}
BIC : ${amb('financial.swift_bic', 'SOGEFRPP')}

Cordialement,
Atelier Mécanique Marine – Port des Minimes

Peux-tu raccourcir ce mail et ajouter une relance polie ?`),

  rec('chat_nl', f`Een internationale student heeft zich afgemeld vóór 1 september en krijgt het collegegeld (€ 2.530) terug. Hij heeft dit rekeningnummer doorgegeven: ${v('financial.iban', 'NL24 RABO 3695 6767 31')} t.n.v. K. Mensah. Kun je een korte bevestigingsmail in het Engels schrijven?`),

  rec('chat_it', f`Ciao, un cliente ci ha lasciato i dati della carta per la caparra del rimessaggio invernale e del tagliando ai due Cummins QSB. Li ho scritti su un post-it: Mastercard ${v('financial.payment_card', '5296-8174-0325-1985')} scad. 11/27. Come li inserisco nel POS virtuale di Nexi senza fare danni? E poi butto il post-it, giusto?`),

  rec('email_pl', f`Temat: Wypłata wygranej – kupon nr 7781-2290-1185

Szanowny Panie,

po weryfikacji tożsamości przekażemy wygraną w wysokości 152 400,00 zł na wskazany rachunek:
${v('financial.iban', 'PL29 1140 7084 9963 8723 1440 9814')}
Przelew zostanie zlecony w ciągu 3 dni roboczych.

Z poważaniem
Dział Zgodności

Popraw proszę styl, żeby brzmiało mniej urzędowo.`),

  rec('csv_pt_br', f`Pode conferir se essas taxas de inscrição bateram com o extrato da adquirente? O terminal da secretaria antiga não mascarava o cartão.

${amb('source_code.snippet', f`inscricao;candidato;valor;cartao;status
2025-000418;Larissa Campos;R$ 180,00;**** **** **** 3307;aprovado
2025-000419;Gustavo Reis;R$ 180,00;${v('financial.payment_card', '5187 2460 9381 7255')};aprovado
2025-000420;Beatriz Souza;R$ 90,00;**** **** **** 1184;estornado
2025-000421;Davi Monteiro;R$ 180,00;${v('financial.payment_card', '4009 3756 1820 3748')};pendente`)}`),

  rec('email', f`Subject: SSI update – Northwind Power Trading Ltd

Hi settlements team,

Please note our new standard settlement instructions for all physical power and gas trades from 1 March:

Beneficiary: Northwind Power Trading Ltd
Bank: Barclays Bank PLC, London
IBAN: ${v('financial.iban', 'GB94 BARC 2082 7242 0932 25')}
SWIFT: ${amb('financial.swift_bic', 'BARCGB22')}
Sort code ${ambCat('financial', '20-82-72')}, account ${ambCat('financial', '42093225')}

Can you turn this into a checklist for our counterparty onboarding (call-back verification etc.)?`),

  rec('chat_no', f`Hei! En båteier i Tønsberg vil betale for overhalingen av Yanmar-motoren med en gang. Han sendte kontonummeret sitt for eventuell tilbakebetaling av depositum: ${v('financial.iban', 'NO88 1503 0038 167')}. Kan du skrive en kvittering på norsk?`),

  rec('invoice_fi', f`Voitko tarkistaa, että tässä laskussa on kaikki pakolliset tiedot?

LASKU 250031
Lasinkeräys Häme Oy
Toimitus: Tasolasimurske 48,2 t, tammikuu 2025
Summa: 3 856,00 € + alv 25,5 %
Tilinumero: ${v('financial.iban', 'FI63 1572 0791 7122 85')}
Viitenumero: 25003 1
Eräpäivä: 14.2.2025`),

  rec('chat_cs', f`Ahoj, pacient chce vrátit zálohu 12 000 Kč za naslouchadla, protože je nakonec hradí pojišťovna. Poslal číslo účtu ${v('financial.iban', 'CZ25 0100 6157 9923 1226 2951')}. Napíšeš mi krátké potvrzení?`),

  rec('email_hu', f`Tárgy: Számlaszám-változás

Tisztelt Partnerünk!

Értesítjük, hogy a síküveg-hulladék átvételéért járó díjat 2025. február 1-jétől az alábbi számlára kérjük utalni:
${v('financial.iban', 'HU27 1040 9890 4372 2326 2949 5859')}
K&H Bank Zrt.

Üdvözlettel:
Pénzügy

Fordítsd le angolra, kérlek.`),

  rec('chat_ro', f`Salut, un câștigător de la Loto 6/49 a trimis contul pentru virament: ${v('financial.iban', 'RO22 RNCB 5669 9262 7213 8311')} (BCR). Suma e peste pragul de raportare la ONPCSB — cum formulez mesajul prin care îi cer documentele pentru sursa fondurilor?`),

  rec('chat_tr', f`Merhaba, Bodrum'daki müşterimiz tekne motorunun bakım bedelini havale ile ödeyecek. Ona göndereceğimiz mesajı düzeltebilir misin? "Sayın Kaptan Yılmaz, MAN V8 bakım faturası 184.500 TL'dir. Ödemeyi ${v('financial.iban', 'TR29 0006 2001 5593 9162 4201 97')} IBAN numarasına yapabilirsiniz."`),

  rec('chat_he', f`שלום, לקוח של מכון השמיעה ביקש החזר על מכשיר שמיעה שהוחזר בתקופת הניסיון. פרטי החשבון שלו: ${v('financial.iban', 'IL23 0126 1288 8710 4704 887')}. תנסח לי בבקשה מייל אישור קצר ומנומס.`),

  rec('chat_ar_eg', f`لو سمحت اكتبلي رسالة رسمية للفايز بجايزة اليانصيب إن المبلغ هيتحول على حسابه خلال أسبوعين بعد مراجعة الامتثال. رقم الآيبان اللي بعته: ${v('financial.iban', 'EG60 0003 5260 0033 1773 3147 1465 7')}`),

  rec('form', f`INTERNATIONAL STUDENT DEPOSIT REFUND – US BANK
Student: Emeka Obi (admit term Fall 2025)
Bank name: First Mountain Credit Union
ABA routing number: ${v('financial.aba_routing', '261073326')}
Account number: ${ambCat('financial', '004719283361')}
Account type: Checking
Amount: $500.00 (enrollment deposit, deferral declined)

Rewrite this as a short e-mail to the bursar's office asking them to process it.`),

  rec('chat_ja', f`お客様からヨットのエンジン修理代金をカードで払いたいと連絡がありました。電話で聞いた番号は JCB ${v('financial.payment_card', '3530 1847 2690 3516')}、有効期限 09/27 です。この情報をメールで経理に送っても大丈夫でしょうか？代わりの方法を教えてください。`),

  rec('chat_zh', f`有一位国际学生用银联卡交了申请费，但系统显示重复扣款两次（各 ¥680）。卡号是 ${v('financial.payment_card', '6214 8395 0274 6183')}。请帮我写一封给支付服务商的退款申请邮件，中英双语。`),

  rec('email_uk', f`Тема: Реквізити для розрахунків за договором купівлі-продажу електроенергії

Добрий день,

Просимо оплачувати рахунки за поставлену електроенергію на новий рахунок:
IBAN ${v('financial.iban', 'UA26 3052 9976 9275 1204 1594 6078 4')}
АТ КБ «ПриватБанк»

Зробіть, будь ласка, коротший варіант цього листа англійською.`),

  rec('chat_en_ng', f`Abeg help me draft a reply to this winner. He says our payout portal rejected his card for the instant-win credit, he typed ${v('financial.payment_card', '5453 8102 7694 8133')} and it said "card type not supported". We only pay out by bank transfer, so I need to tell him to use the NUBAN form instead. Contact him on ${phone('+234 809 218 4476')} if needed.`),
];

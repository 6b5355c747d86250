/**
 * Held-out batch 132: card numbers, IBANs and routing numbers — hardship calls, school-fee
 * payments, landowner lease payments, voice-actor invoices and juicer payouts. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH132_FINANCIAL: DraftRecord[] = [
  rec('call_notes', f`Summarise this hardship call for the file, neutral tone, max 5 bullets:

Cust called re: missed Feb + Mar payments. Lost job at warehouse 01/28, partner on reduced hours. Wants to pay $75/mo for 6 mo. Confirmed card on file ${v('financial.payment_card', '4719 3028 5617 4028')} exp 09/27 for the recurring debit, asked to waive late fees x2. Agreed to send I&E form by email.`),

  rec('chat_es_mx', f`Ayúdame a escribir el acuerdo de pago para este cliente de cobranza. Va a pagar $1,200 MXN quincenales con su tarjeta ${v('financial.payment_card', '5526-8401-7395-8268')} y si falla, por transferencia a la CLABE ${ambCat('financial', '012180015847392618')}. Que suene amable, está pasando por un divorcio.`, 'Mexican CLABE: an account number no built-in rule claims (ambiguous, no rule id)'),

  rec('email', f`Hi team,

Customer on the hardship plan (acct ending 0417) asked us to move the direct debit to her new bank:
Sort code ${ambCat('financial', '20-48-15')}  Account ${ambCat('financial', '73928461')}
IBAN ${v('financial.iban', 'GB48 BARC 2048 1573 9284 61')}
She'd also like the old Amex ${v('financial.payment_card', '3471 829504 63727')} removed from the account completely.

Can you turn this into a checklist for the back-office?`),

  rec('chat_de_ch', f`Chönntsch mer hälfe, es Mail a d'Familie Meier z'schribe? D'Schuelgeld-Rächnig fürs Frühligssemester isch no offe (CHF 18'400). Zahlig bitte uf: ${v('financial.iban', 'CH28 0483 5719 2046 3815 A')}, Hohenfels International School, Verwendigszweck: Meier Lara, Grade 9. Fründlich aber klar bitte.`),

  rec('chat_ar', f`أحتاج مساعدة في كتابة رسالة لولي أمر من جدة بخصوص الرسوم الدراسية. حوّل الرسوم من حسابه في البنك الأهلي، رقم الآيبان ${v('financial.iban', 'SA02 1000 0001 8473 9261 0401')}، لكن المبلغ ناقص 2,300 فرنك سويسري بسبب رسوم التحويل. أريد الرسالة بالعربية والإنجليزية.`),

  rec('chat_zh_tw', f`幫我寫一封英文信給瑞士的學校財務處：我想用信用卡付女兒的住宿費，卡號 ${v('financial.payment_card', '6247 1839 2057 3619')}（銀聯），有效期限 11/28。請問是否需要另外填授權書？語氣客氣一點。`),

  rec('email_de_at', f`Sehr geehrte Frau Gruber,

die Pachtzahlung für die Grundstücke 412/3 und 412/5 (Windpark Parndorf-Nord) für 2025 in Höhe von € 9.860,00 überweisen wir bis 31. März auf Ihr Konto:
IBAN ${v('financial.iban', 'AT94 3400 0482 7193 6250')}
Bitte geben S' uns Bescheid, falls sich die Bankverbindung geändert hat.

Mit freundlichen Grüßen
Aeolis Renewables – Flächensicherung

→ bitte Korrektur lesen`),

  rec('chat_es', f`¿Me revisas este párrafo para el contrato de arrendamiento? "La renta anual de 1.450 € por aerogenerador se abonará en el mes de enero mediante transferencia a la cuenta titularidad del arrendador con IBAN ${v('financial.iban', 'ES12 0182 4718 3202 0193 7465')}." ¿Está bien escrito en términos jurídicos?`),

  rec('chat_el', f`Βοήθησέ με να γράψω μια επιστολή στον ιδιοκτήτη της έκτασης στην Κάρυστο. Το μίσθωμα για το 2025 θα καταβληθεί στον λογαριασμό του με IBAN ${v('financial.iban', 'GR89 0172 8940 0058 9402 7163 920')} έως τις 15 Απριλίου. Να είναι ευγενικό και σύντομο.`),

  rec('chat_ro', f`Poți să verifici dacă IBAN-ul ăsta arată corect înainte să trimit plata arendei? ${v('financial.iban', 'RO42 RNCB 0082 1739 4615 0001')}, titular Popescu Ion, comuna Cogealac. Banca noastră din Germania zice "invalid beneficiary".`),

  rec('chat_pt_br', f`Me ajuda a escrever uma mensagem pro seu Raimundo, dono da fazenda onde vão ficar as torres 7 a 12. O arrendamento do trimestre vai cair via PIX na chave CPF ${v('pii.br_cpf', '284.719.306-50')}, ou se ele preferir, TED pra conta com IBAN ${v('financial.iban', 'BR91 0000 0000 0123 4000 0183 947C 1')}. Linguagem bem simples, ele não gosta de e-mail.`),

  rec('invoice_fr', f`FACTURE N° 2025-031
Prestation : doublage VF, série "Les Marées", épisodes 1 à 4 — rôle principal (Hélène)
Montant : 3 840,00 € HT — TVA non applicable, art. 293 B du CGI
Règlement par virement sous 30 jours :
IBAN ${v('financial.iban', 'FR79 1027 8027 3900 0418 3726 551')}
BIC ${amb('financial.swift_bic', 'CMCIFR2A')}

Peux-tu vérifier que ma facture d'artiste-interprète a toutes les mentions obligatoires ?`),

  rec('chat_tr', f`Seslendirme sanatçısına ödeme talimatı yazmam lazım. Hesap bilgileri: IBAN ${v('financial.iban', 'TR68 0001 5001 5800 7318 2947 65')}, alıcı Deniz Aksoy, tutar 28.500 TL, açıklama "Dizi dublaj – 2. sezon". Bunu muhasebeye gidecek resmi bir e-postaya çevirir misin?`),

  rec('chat_it', f`Mi sistemi questa mail per l'amministrazione? "Buongiorno, vi chiedo di accreditare il compenso per il doppiaggio del film 'La Soglia' sul nuovo conto: IBAN ${v('financial.iban', 'IT89 K030 6909 6061 0000 0184 729')}. Il vecchio conto è stato chiuso. Grazie, Giulia."`),

  rec('chat_nl', f`Kun je een nette reactie schrijven naar een juicer uit Rotterdam? Hij zegt dat zijn uitbetaling van €312,50 niet is aangekomen. Wij hebben overgemaakt naar ${v('financial.iban', 'NL09 INGB 0007 3192 84')} op 3 maart. Hij moet even bij zijn bank navragen.`),

  rec('chat_pl', f`Juicerka z Krakowa zmieniła konto do wypłat. Nowy numer: ${v('financial.iban', 'PL64 1020 5561 0000 3202 1983 7465')}. Napisz proszę potwierdzenie po polsku, że od następnego tygodnia wypłaty idą na ten rachunek.`),

  rec('chat_he', f`תנסח לי תשובה רשמית לג'וסר מחיפה: העברנו את התשלום על טעינת 48 קורקינטים לחשבון ${v('financial.iban', 'IL51 0126 1500 0000 4718 293')} ב-5 במרץ. אם הכסף לא הגיע, שיבדוק מול הבנק. ואפשר ליצור קשר בטלפון ${phone('+972 52-613-8402')}.`),

  rec('chat_ka', f`დამეხმარე პასუხის დაწერაში თბილისელი ჯუსერისთვის: მისი ანაზღაურება (412 ლარი) ჩაირიცხა ანგარიშზე ${v('financial.iban', 'GE22 TB72 8193 6582 7182 63')} 4 მარტს. თუ ვერ ხედავს, ბანკს დაუკავშირდეს.`),

  rec('ach_form', f`AUTOPAY ENROLLMENT — HARDSHIP PLAN H-20931
Cardholder: D. Whitaker
Bank routing number (ABA): ${v('financial.aba_routing', '071904779')}
Checking account: ${ambCat('financial', '004417295836')}
Draft date: 15th of each month, $95.00, 12 months

Rewrite the confirmation letter that goes with this so it's clearer about what happens if a draft bounces.`),

  rec('chat_ja', f`スイスのインターナショナルスクールに入学金を払うのですが、カード決済のフォームがうまく送信できません。JCBカード ${v('financial.payment_card', '3530 1842 7396 5181')}、有効期限 04/29 を入れるとエラーになります。学校への問い合わせメールを英語で書いてください。`),

  rec('chat_hr', f`Molim te prevedi na njemački za našu bolnicu: "Račun za popravak kirurških instrumenata (120 komada, škare i pincete) iznosi 2.340,00 EUR. Molimo uplatu na IBAN ${v('financial.iban', 'HR53 2360 0001 1038 4729 1')} u roku od 15 dana." Mi smo servis iz Zagreba.`),

  rec('chat_uk', f`Напиши, будь ласка, відповідь джусеру з Києва: виплату за березень (8 640 грн) ми відправили на рахунок ${v('financial.iban', 'UA04 3220 0100 0002 6201 3847 5920 6')}, але банк повернув її. Нехай перевірить, чи рахунок активний.`),
];

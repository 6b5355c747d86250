/**
 * Held-out batch 144: card numbers, IBANs and bank details at a balloon tour operator, a poison
 * centre, a self-storage billing desk, a shipyard, a diocese and a marketplace's payouts team.
 * Hand-written, many languages.
 */
import { abaCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const ABA = `26418293${abaCheckDigit('26418293')}`;

export const BATCH144_FINANCIAL: DraftRecord[] = [
  rec('call_note', f`Billing desk call note — unit C-214, Sacramento (Florin Rd)
Tenant: Marcus Delgado, cell ${phone('(916) 482-3071', 'US')}
Autopay failed twice (insufficient funds). He gave a new card over the phone:
Visa ${v('financial.payment_card', '4539 1742 0583 6146')}, exp 07/28, billing ZIP 95823
Late fee $25 waived once per manager.

Can you turn this into a short, friendly confirmation email to him? Don't repeat the card number obviously.`),

  rec('email_de_ch', f`Grüezi Frau Meier

Leider musste Ihre Ballonfahrt vom Samstag über dem Emmental wegen Föhn abgesagt werden. Wie telefonisch besprochen, überweisen wir Ihnen die Anzahlung von CHF 390.– zurück auf:
IBAN ${v('financial.iban', 'CH11 0900 0418 2763 9150 4')}
lautend auf Regula Meier, Burgdorf

Freundliche Grüsse
Ballonteam Emmental

-> bitte auf Französisch übersetzen, die Kundin hat um eine Kopie für ihren Mann gebeten`),

  rec('chat_tr', f`Satıcı, hakedişinin yanlış hesaba yattığını söylüyor. Sistemde kayıtlı IBAN: ${v('financial.iban', 'TR30 0004 6073 8192 0473 6501 29')}. Satıcının dekonttaki IBAN'ı ise farklı. Ona nazik bir dille, IBAN değişikliği için hangi belgeleri göndermesi gerektiğini anlatan bir mesaj yazar mısın?`),

  rec('letter_fr', f`Peux-tu rendre ce courrier plus chaleureux ? Il part à tous les paroissiens de Saint-Étienne-du-Mont avec l'appel au Denier de l'Église.

« Pour faire un don par virement, utilisez le compte de l'Association diocésaine :
IBAN : ${v('financial.iban', 'FR48 2004 1018 2704 8361 9205 731')}
BIC : ${amb('financial.swift_bic', 'PSSTFRPPPAR')}
Merci d'indiquer en référence votre nom et "DENIER 2025". »`),

  rec('chat_es', f`Hola, un inquilino de los trasteros de Vallecas quiere domiciliar el alquiler. Me ha pasado su cuenta: ${v('financial.iban', 'ES75 0049 2847 1603 8592 7146')}. ¿Me redactas la orden de domiciliación SEPA con los huecos para su firma? El titular es Javier Ortega Ruiz.`),

  rec('email_it', f`Oggetto: coordinate bancarie aggiornate – fornitura lamiere navali

Gentili signori,
vi informiamo che dal 1° aprile le fatture relative alla fornitura di lamiere per lo scafo 6117 andranno saldate sul seguente conto:
IBAN ${v('financial.iban', 'IT52K0306909418000007294812')}
SWIFT ${amb('financial.swift_bic', 'BCITITMM')}

Acciaierie del Tirreno S.p.A. – Ufficio amministrazione

(L'ufficio tecnico chiede: è normale che cambino conto a metà commessa? Mi scrivi una mail di verifica da mandare al fornitore?)`),

  rec('ticket_nl', f`Ticket #KYC-48213 — verzoek wijziging uitbetalingsrekening
Verkoper: Bloemenhandel De Tulp (verkoper-id NL-30981)
Oud: ${v('financial.iban', 'NL95 RABO 0318 4729 16')}
Nieuw (opgegeven via chat, niet via portaal): ${v('financial.iban', 'BE98 0638 2917 4503')}
Opmerking: naam rekeninghouder wijkt af ("J. Verhoeven").

Is dit een typisch patroon voor accountovername? Geef me een checklist voor de beoordeling.`),

  rec('email_pt_pt', f`Bom dia,

Enviamos em anexo a fatura FT 2025/318 referente aos padrões analíticos para o laboratório de toxicologia. O pagamento deverá ser feito por transferência para:
IBAN: ${v('financial.iban', 'PT33 0035 0041 8273 6491 5021 9')}
Prazo: 30 dias.

Cumprimentos,
Labquímica, Lda.

Consegues resumir os pontos principais para eu passar à contabilidade?`),

  rec('csv_pl', f`Sprawdź proszę, czy w tym pliku wypłat dla sprzedawców nie ma duplikatów kont:

${amb('source_code.snippet', f`sprzedawca_id;nazwa;iban;kwota_pln
PL-1182;Ceramika Bolesławiec Sp. z o.o.;${v('financial.iban', 'PL48102048270000310294716385')};4812,50
PL-1190;Sklep Rowerowy Kołobrzeg;${v('financial.iban', 'PL48102048270000310294716385')};1290,00
PL-1204;Pasieka Kaszubska;PL** **** **** **** **** **** 7731;388,40`)}

Dwóch sprzedawców ma to samo konto — czy to może być oszustwo?`),

  rec('chat_el', f`Γεια σου, ένας πελάτης για πτήση αλεξίπτωτου πλαγιάς στην Αράχωβα λέει ότι η κάρτα του χρεώθηκε δύο φορές. Κάρτα Mastercard ${v('financial.payment_card', '5482 1390 7746 1822')}, ποσό 120 € στις 14/6. Γράψε μου μια απάντηση που να εξηγεί ότι η μία χρέωση είναι προέγκριση και θα αποδεσμευτεί.`),

  rec('chat_ar_gulf', f`السلام عليكم، عندنا بائعين جدد من دبي والرياض، وأبغى أتأكد من أرقام الآيبان قبل ما نحول لهم المستحقات:
- متجر العود الذهبي: ${v('financial.iban', 'AE07 0260 0010 4827 3916 402')}
- مؤسسة نخلة للتمور: ${v('financial.iban', 'SA39 1500 0608 4271 9304 8215')}
اكتب لي رسالة قصيرة أطلب فيها منهم شهادة الآيبان من البنك.`),

  rec('chat_he', f`היי, מוכר מחיפה ביקש לקבל את התשלומים לחשבון חדש. מספר IBAN: ${v('financial.iban', 'IL76 0112 0000 0418 2739 461')}. תנסח לי בבקשה הודעה שמבקשת ממנו אישור ניהול חשבון מהבנק לפני שנעדכן.`),

  rec('email_ja', f`件名：設計コンサル費用のお支払いについて

ノルウェーの船型設計コンサルタントから請求書が届きました。振込先は以下の通りです。
IBAN：${v('financial.iban', 'NO56 1503 8274 916')}
SWIFT：${amb('financial.swift_bic', 'DNBANOKK')}
金額：NOK 184,500

経理部宛てに、送金依頼のメール文面を作ってください。`),

  rec('chat_ko', f`판매자 수수료 결제 카드가 계속 거절돼요. 판매자가 알려준 카드번호는 ${v('financial.payment_card', '2227-3104-9586-1276')} 이고 유효기간 11/27이에요. 판매자한테 다른 카드로 등록해 달라고 정중하게 안내하는 문자 써줄 수 있어요?`),

  rec('chat_zh', f`有位中国游客订了卡帕多奇亚的热气球日出航班，用银联卡付款失败了。卡号 ${v('financial.payment_card', '6214 8302 9571 6403 921')}，金额 260 欧元。帮我用中文和英文写一封邮件，请他换一张卡或者用支付宝。`),

  rec('chat_uk', f`Продавчиня з Києва не отримала виплату за лютий. У профілі вказано IBAN ${v('financial.iban', 'UA76 3052 9900 0002 6204 1827 3941 5')}, але банк повернув кошти з позначкою "рахунок закрито". Допоможи написати їй лист українською з проханням оновити реквізити.`),

  rec('chat_hu', f`Szia! A budapesti raktárbérlő túlfizetett két hónapot, vissza kell utalnunk 38 400 Ft-ot. A számlaszáma: ${v('financial.iban', 'HU61 1170 8001 2047 3819 0000 0000')}. Megírnád neki a visszatérítésről szóló e-mailt?`),

  rec('chat_sv', f`Hej! Vår församling ska betala körledaren för påskkonserterna, hon har skickat sitt kontonummer: IBAN ${v('financial.iban', 'SE44 8000 0821 7493 0182 7463')}. Kan du skriva ett kort tackmejl där det står att ersättningen betalas ut inom 30 dagar?`),

  rec('email_en_gb', f`Dear Parish Treasurer,

Your parish share for 2025 is £18,420. Please pay by standing order to the Diocesan Board of Finance:
Sort code ${ambCat('financial', '20-47-18')}  Account ${ambCat('financial', '38492716')}
IBAN ${v('financial.iban', 'GB37 BARC 2047 1838 4927 16')} (for payments from abroad)

Could you help me shorten this and add a line about Gift Aid?`),

  rec('chat_pt_br', f`Oi, o vendedor Rafael Nogueira (CPF ${v('pii.br_cpf', '418.273.916-77')}) disse que a tarifa da loja foi cobrada duas vezes no cartão Elo ${v('financial.payment_card', '5067 4291 8305 7165')}. Me ajuda a escrever uma resposta explicando o estorno em até 2 faturas?`),

  rec('ach_form', f`Seller payout setup (US) — please check I've filled this right before I submit:
Business: Rocky Ridge Leatherworks LLC
Bank routing (ABA): ${v('financial.aba_routing', ABA)}
Account number: ${ambCat('financial', '004827193650')}
Account type: Checking
Payout schedule: weekly (Tuesdays)`),

  rec('tsv_cee', f`Nightly payout file rejected by the bank ("invalid account in line 4"). Which line is wrong?

${amb('source_code.snippet', f`seller\tcountry\tiban\tamount_eur
RO-5512\tRO\t${v('financial.iban', 'RO70BTRL01301204829173XX')}\t412.80
HR-2291\tHR\t${v('financial.iban', 'HR5623600001102847361')}\t96.10
CZ-7730\tCZ\t${v('financial.iban', 'CZ1103000000002847193651')}\t1210.00
SI-0418\tSI\tSI33191000048271963\t58.40
BG-3307\tBG\t${v('financial.iban', 'BG45UNCR70001528374619')}\t233.15`)}`, 'line 4 (SI) has two digits swapped: mod-97 fails, no label'),

  rec('chat_ka', f`გამარჯობა, პარაპლანის ინსტრუქტორს ხელფასი უნდა გადავურიცხოთ. მისი ანგარიში: ${v('financial.iban', 'GE44TB7482916304827165')}. დამიწერე მოკლე შეტყობინება ბუღალტერიისთვის.`),

  rec('chat_en_us_amex', f`Napa balloon flight group booking — the corporate client paid the 50% deposit with an Amex ${v('financial.payment_card', '3762 840193 56175')} and now wants the remaining balance charged to a second Amex ${v('financial.payment_card', '3491 820573 64198')}. Can you draft the authorization form text they need to sign?`),
];

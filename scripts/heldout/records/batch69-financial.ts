/**
 * Held-out batch 69: card numbers, IBANs, routing numbers and bank details pasted by staff of an
 * orchestra, a mining company, an online pharmacy, a forensic lab, a pilgrimage agency and a
 * payroll provider, in e-mails, chats, exports and forms. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH69_FINANCIAL: DraftRecord[] = [
  rec('chat_yo', f`Ẹ kú iṣẹ́ o. Oníbàárà kan ní ilé-ìtajà oògùn wa sọ pé wọ́n yọ owó lẹ́ẹ̀mejì lórí káàdì Verve rẹ̀ ${v('financial.payment_card', '5060 9912 8374 6509 183')} fún order #MRX-55120 (₦18,450). Ẹ bá mi kọ èsì tó tọ́ sí i ní èdè Yorùbá àti Gẹ̀ẹ́sì, kí ẹ sì sọ pé a máa dá owó kejì padà láàárín ọjọ́ iṣẹ́ márùn-ún.`),

  rec('email_ar_gulf', f`السلام عليكم ورحمة الله،

بخصوص حجز مجموعة العمرة (رجب 1446، 42 معتمر)، نرجو تحويل الدفعة الثانية 186,400 درهم على الحساب التالي:
اسم المستفيد: شركة النور للسياحة والسفر ذ.م.م
رقم الآيبان: ${v('financial.iban', 'AE50 0330 0000 1928 3746 501')}
السويفت: ${amb('financial.swift_bic', 'BOMLAEAD')}

ونرجو إرسال إشعار التحويل على الواتساب.
مع التحية،
قسم الحسابات`),

  rec('chat_ar_lev', f`مرحبا، الفندق بعمّان بعتلنا بياناتهم البنكية لمجموعة الحج المسيحي (الأردن + الأراضي المقدسة، 28 شخص). بدي تتأكدلي إذا الـ IBAN صحيح قبل ما حوّل العربون:
${v('financial.iban', 'JO64 CBJO 0010 0000 0000 0131 0082 14')}
اسم البنك: البنك المركزي؟ مش منطقي لفندق... شو رأيك؟`),

  rec('email_ar_eg', f`أستاذ محمود صباح الخير،

برجاء تحديث الحساب البنكي للموظف كريم عادل (كود 4471) في سيستم المرتبات ابتداءً من مرتب فبراير:
IBAN: ${v('financial.iban', 'EG380019000500000000263180002')}
البنك: بنك مصر – فرع المعادي

وبرجاء إلغاء الحساب القديم. شكراً.`),

  rec('chat_ur', f`عمرہ پیکج کی بکنگ کے لیے کسٹمر کو ادائیگی کی تفصیل بھیجنی ہے، اسے اردو میں صاف ستھرا پیغام بنا دیں:
اکاؤنٹ ٹائٹل: المدینہ ٹریولز (پرائیویٹ) لمیٹڈ
IBAN: ${v('financial.iban', 'PK96 SCBL 0000 0011 2384 7502')}
رقم: 2,85,000 روپے فی کس، آخری تاریخ 15 فروری`),

  rec('chat_pt_br', f`Cliente da farmácia ligou dizendo que a compra de R$ 312,90 foi recusada no cartão Elo ${v('financial.payment_card', '6362 9741 8305 1262')}, mas caiu a cobrança no extrato. Me ajuda a escrever a resposta explicando que é pré-autorização e some em até 5 dias úteis?`),

  rec('email_pt_ao', f`Caro Sr. Tavares,

Relativamente à fatura FT 2025/0087 da sondagem geotécnica no Lote 14, solicitamos que o pagamento seja feito para:
Conta em Angola (Kz): ${ambCat('financial', 'AO06 0040 0000 8372 9104 1017 3')}
ou, se preferir pagar em EUR, para a nossa conta em Lisboa: ${v('financial.iban', 'PT98 0035 0097 0003 1742 8361 9')}
SWIFT: ${amb('financial.swift_bic', 'CGDIPTPL')}

Com os melhores cumprimentos,
Departamento Financeiro – GeoSonda Lda.`, 'Angolan IBAN: no ISO 13616 registry entry in the checker, so ambiguous financial'),

  rec('invoice_fr_ci', f`FACTURE N° 2025-014
Fournisseur : Kouassi Équipements Miniers SARL – Abidjan, Zone 4
Client : Mine d'or de Bondoukou – Service Sécurité
Objet : 60 détecteurs multigaz portables + étalonnage

Règlement par virement :
Compte BICICI (XOF) : ${ambCat('financial', 'CI93 CI00 8010 1234 5678 9012 3456')}
Compte en euros (Paris) : ${v('financial.iban', 'FR76 3000 4008 1500 0472 9183 641')}
BIC : ${amb('financial.swift_bic', 'BNPAFRPP')}

Merci de reformuler cette facture en tableau pour notre comptabilité.`, 'Ivorian IBAN: outside the checker\'s ISO registry list, ambiguous financial'),

  rec('tsv_de_ch', f`Bitte mach mir us dere Lischte es pain.001-XML für d'Löhn vom Januar:

${cfg(f`Personalnr\tName\tIBAN\tNetto CHF
1041\tBrunner Reto\t${v('financial.iban', 'CH35 0483 5219 3840 6172 C')}\t6'412.35
1057\tGashi Arta\t${v('financial.iban', 'CH9708390031987650224')}\t5'180.90
1063\tMeier Lorenza\t${v('financial.iban', 'CH47 0900 0000 8527 3619 4')}\t7'025.10`)}

Uszahlig am 25.01.2025, Belastungskonto Lohnkonto UBS.`),

  rec('email_lb', f`Moien Här Schmit,

Merci fir Äre Concert mam Orchester! Fir d'Auszuelung vun Ärem Cachet (2.400 €) bräichte mer nach:
IBAN: ${v('financial.iban', 'LU93 0019 1755 0324 9000')}
— dat hutt Dir eis geschéckt, kënnt Dir w.e.g. confirméieren datt de Kont op Ären Numm leeft?

Mat beschte Gréiss,
Administratioun Orchester`),

  rec('chat_et', f`Palun kontrolli seda arvet enne, kui ma maksekorralduse teen. Kriminalistikalabori uute kõvaketta-dokkide tarnija:
Saaja: Andmeturve OÜ
IBAN: ${v('financial.iban', 'EE63 2200 2210 4758 3916')}
Summa: 4 812,00 EUR, viitenumber 2025011707
Kas IBAN vastab Swedbanki formaadile?`),

  rec('email_is', f`Sæl Guðrún,

Einleikarinn á vortónleikunum óskar eftir að fá greitt inn á íslenskan reikning:
IBAN: ${v('financial.iban', 'IS78 0133 2604 1832 6108 7631 59')}
SWIFT: ${amb('financial.swift_bic', 'NBIIISRE')}
Upphæð: 780.000 kr. auk ferðakostnaðar.

Geturðu sett þetta í greiðslukerfið fyrir föstudag?`),

  rec('chat_nb', f`Kan du lage en kort purring på norsk til entreprenøren? De har sendt faktura for sikringsarbeid i gruva, men kontonummeret i fakturaen stemmer ikke med det vi har registrert.
Registrert: ${v('financial.iban', 'NO54 8601 0526 173')}
Faktura sier: ${ambCat('financial', '8601.05.26137')}
Kidnummer: 20250114733`),

  rec('email_sl', f`Pozdravljeni,

prosim, da za zaposleno Majo Kranjc od februarske plače dalje nakazujete na nov račun:
${v('financial.iban', 'SI56 0201 0003 5871 245')} (NLB)
Stari račun pri Novi KBM zaprite v evidenci.

Lep pozdrav,
kadrovska služba`),

  rec('chat_be', f`Прывітанне! Гасцініца ў Мінску выставіла рахунак за групу паломнікаў (Жыровічы + Будслаў, 35 чалавек). Дапамажы скласці ліст па-англійску для нашага бухгалтара ў Варшаве. Рэквізіты гасцініцы:
IBAN ${v('financial.iban', 'BY18 NBRB 3600 9000 0000 2Z00 AB07')}
Сума: 9 870 BYN.`),

  rec('chat_es_mx', f`Un abonado de la orquesta pide el reembolso del concierto cancelado. Pagó con su Visa ${v('financial.payment_card', '4539 1780 6241 5530')} y quiere que se lo depositemos mejor a su cuenta, CLABE ${ambCat('financial', '002180701234567891')}. ¿Podemos hacer eso o el reembolso tiene que ir a la misma tarjeta? Redáctame la respuesta.`, 'Mexican CLABE: an account number with no built-in rule'),

  rec('chat_ja', f`定期会員のお客様から、年間シートの差額返金について問い合わせです。JCB カード ${v('financial.payment_card', '3530 1194 8273 6502')} で 48,600 円を支払済み、座席変更で 6,200 円の返金です。丁寧なお詫びとご案内のメール文面を作成してください。`),

  rec('chat_zh_hk', f`有位客人報咗名參加聖地朝聖團（耶路撒冷 + 伯利恆，4 月 12 日出發），用銀聯卡 ${v('financial.payment_card', '6214 8309 2744 1856')} 俾咗 HK$8,000 訂金，但系統顯示 "pending"。可唔可以幫我寫個 WhatsApp 覆佢，話我哋會喺兩個工作天內確認？`),

  rec('chat_uz', f`Umra guruhi uchun to'lov: mijoz Humo kartasi ${v('financial.payment_card', '9860 1283 7465 0298')} orqali 24 500 000 so'm o'tkazgan, lekin bankdan tasdiq kelmadi. Mijozga o'zbekcha xabar yozib bering: to'lov tekshirilmoqda, 2 ish kunida javob beramiz.`),

  rec('form', f`PAYROLL CLIENT ONBOARDING – US ENTITY (Direct deposit funding account)
Client: Bridgewater Pilgrim Tours Inc. (client #QP-2291)
Bank: Harborline Savings Bank, Providence RI
ABA routing number: ${v('financial.aba_routing', '263849176')}
Account number: ${ambCat('financial', '004817263950')}
Account type: Business checking
Wire SWIFT (international payees): ${amb('financial.swift_bic', 'HRBLUS33')}
Authorized signer: J. Delacroix, CFO`),

  rec('email_fr_be', f`Bonjour,

Suite à l'annulation de votre commande n° PH-20418 (vaccin antigrippal + autotest), nous procédons au remboursement de 47,85 € sur votre compte :
${v('financial.iban', 'BE30 0682 9471 3511')}

Pour rappel, la carte utilisée se terminait par 8842. Le délai est de 3 à 5 jours ouvrables.

La pharmacie en ligne – Service clientèle`),

  rec('chat_ko', f`콘서트홀 후원회원 한 분이 정기후원 카드를 바꾸셨어요. 새 카드: ${v('financial.payment_card', '5468 2730 9184 7522')}, 유효기간 09/28. 후원 관리 시스템에 넣기 전에 고객께 보낼 확인 문자 문구 좀 써 주세요. 카드번호는 뒤 4자리만 보이게요.`),

  rec('email_ar_gulf', f`الأخ أبو فهد، مرحبا

شركة الرواتب الجديدة تبغى بيانات حساب الشركة في الكويت عشان تسحب رواتب موظفي فرع حولي:
IBAN: ${v('financial.iban', 'KW87 CBKU 0000 0000 0001 2384 5901 01')}
وحساب الدوحة للموظفين القطريين: ${v('financial.iban', 'QA42 QNBA 0000 0000 0000 6931 8274 5')}
للاستفسار: ${phone('+965 6648 2193')}`),
];

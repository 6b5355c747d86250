/**
 * Held-out batch 27: card numbers, IBANs and bank details from hotel front desks, a statistics
 * office, a wind-farm operator, a police records unit, a toy maker paying Asian suppliers and a
 * student-housing company. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH27_FINANCIAL: DraftRecord[] = [
  rec('chat', f`Guest at the Kenmare property rang in a right state — her Amex ${v('financial.payment_card', '3767 674183 30296')} got charged twice for the Seaweed Bath Ritual (€185 each). Can you draft a grand, apologetic reply saying the duplicate will be reversed in 5–7 working days?`),

  rec('form_ja', f`【ご予約フォーム】
お名前：佐藤 美咲 様
ご宿泊日：2025年1月11日〜13日（2泊）
お部屋：デラックス・ガーデンビュー
クレジットカード番号：${v('financial.payment_card', '3588-9099-5111-1968')}
有効期限：07/28
ご要望：記念日のため、ケーキの手配をお願いします。

この内容を英語に翻訳して、ウィーンのフロントに送ってください。`),

  rec('note_ko', f`전화 예약 메모 (12/03 21:40, 야간 프런트)
고객: 김지훈 님, 스위트 1박 추가
결제 카드: ${v('financial.payment_card', '5435 3281 6030 1015')} / 유효기간 09/27
→ 이거 영어로 정리해서 예약팀에 넘겨 주세요. 카드번호는 PMS에 넣었어요.`),

  rec('csv', f`Night audit export from the Lisbon spa — can you total by payment type and flag anything odd?

${amb('source_code.snippet', f`folio,guest,service,amount_eur,card,auth
F-88213,Moreau C.,Hot stone 90,210.00,**** **** **** 4412,A71K2Q
F-88214,Okafor N.,Couples ritual,390.00,${v('financial.payment_card', '4585930672060475')},B09L7M
F-88215,Lindqvist J.,Day pass,75.00,**** **** **** 0031,C44P1Z
F-88216,Tanaka H.,Facial 60,165.00,${v('financial.payment_card', '36922177688192')},D12X8R`)}

(two rows came from the old terminal at the pool bar, it doesn't mask)`),

  rec('chat', f`Chinese guest paid the deposit with UnionPay ${v('financial.payment_card', '6253 2451 4600 0890')} and the refund failed with "card not supported for credit". What are our options besides cash?`),

  rec('invoice_ie', f`Invoice INV-2024-1187
From: Ardmore Fieldwork Services Ltd
To: National Statistics Office, Household Surveys Division
Re: Interviewer travel, Q4 HBS, Connacht & Ulster (Border)
Amount due: €14,262.40 (incl. VAT @ 23%)
Pay to: ${v('financial.iban', 'IE81 AIBK 3503 4626 9522 58')}  BIC ${amb('financial.swift_bic', 'AIBKIE2D')}

Can you check the VAT sums before I send it to accounts payable?`),

  rec('email_lt', f`Laba diena,

siunčiame sąskaitą faktūrą Nr. VDT-2024-0412 už apklausos anketų spausdinimą (12 400 vnt.). Prašome apmokėti iki gruodžio 20 d. į sąskaitą:
${v('financial.iban', 'LT14 8974 0787 9991 4987')}
Gavėjas: UAB „Spaudos linija“

Pagarbiai,
Rūta Kazlauskienė, buhalterė`),

  rec('tsv', f`Landowner rent run for December — please check the totals per estate and tell me if any IBANs look off:

${amb('source_code.snippet', f`estate\tpayee\tturbines\trent_gbp\tiban
Cnoc Dubh\tMacLeod Farms Partnership\t6\t27600.00\t${v('financial.iban', 'GB44RBOS83993765083259')}
Cnoc Dubh\tStrathnaver Estate Trust\t3\t13800.00\t${v('financial.iban', 'GB33CLYD61168916169050')}
Beinn Ghlas\tJ & E Sutherland\t2\t9200.00\t${v('financial.iban', 'GB53 NWBK 1447 5570 1824 09')}`)}`),

  rec('chat_lt', f`Ūkininkas iš Šilutės rajono prašo, kad žemės nuomos mokestis už vėjo jėgainės aikštelę nuo sausio būtų mokamas į naują sąskaitą ${v('financial.iban', 'LT546332376036994756')}. Parašyk trumpą patvirtinimo laišką lietuviškai, kad gavome jo prašymą.`),

  rec('chat_fr_ca', f`Bonjour, un citoyen a payé les frais de sa demande d'accès à un rapport d'événement (25 $) par téléphone avec sa carte Visa ${v('financial.payment_card', '4890 9848 5473 0462')}, mais la transaction n'apparaît pas. Pour le remboursement il nous a aussi donné : transit ${ambCat('financial', '04512')}, institution ${ambCat('financial', '815')}, compte ${ambCat('financial', '3029174')}. Peux-tu m'aider à écrire une réponse polie?`),

  rec('chat_sr', f`Pozdrav, treba da uplatimo naknadu za izdavanje uverenja iz kaznene evidencije za 14 zaposlenih. Račun primaoca: ${v('financial.iban', 'RS68 3345 4322 2403 2529 81')}, poziv na broj 97 4211-2024. Možeš li da mi napišeš nalog za plaćanje na engleskom za naš finansijski sektor u Dablinu?`),

  rec('email', f`Hi Wei,

Please find below the account for the 30% deposit on PO BW-24-0871 (plush range, 48,000 pcs):
Beneficiary: Shenzhen Mingxing Toys Co., Ltd.
Bank: HSBC Hong Kong, Account no. ${ambCat('financial', '848-271936-838')}
SWIFT: ${amb('financial.swift_bic', 'HSBCHKHHHKH')}
Amount: USD 62,400.00

Our finance team will remit on Friday. Please confirm the account is unchanged since last year, we had a fraud attempt in March.

Best,
Hannah`),

  rec('chat_bn', f`ঢাকার সাপ্লায়ার (রূপালী গার্মেন্টস অ্যান্ড টয়েজ) নতুন ব্যাংক তথ্য পাঠিয়েছে:
হিসাব নম্বর: ${ambCat('financial', '1502203847192001')}
রাউটিং নম্বর: ${ambCat('financial', '125264218')}
SWIFT: ${amb('financial.swift_bic', 'BRAKBDDH')}
এটা কি আগের তথ্যের সাথে মেলে? ইংরেজিতে একটা যাচাই ইমেইল লিখে দিন — ফোনে কনফার্ম করার কথা বলবেন।`),

  rec('form', f`US DISTRIBUTOR – DIRECT DEBIT SETUP
Company: Little Lantern Toys Inc., Chicago IL
Bank: Lakeshore Community Bank
Routing (ABA): ${v('financial.aba_routing', '072664869')}
Account: ${ambCat('financial', '40218837261')}
Contact: Dana Whitfield, ${phone('+1 (312) 448-2719')}

Convert to a short confirmation email for our AR team.`),

  rec('chat_ko', f`인천 금형 협력사 송금 정보 확인 부탁드립니다.
은행: 국민은행
계좌번호: ${ambCat('financial', '482901-01-337215')}
예금주: (주)한빛몰딩
SWIFT: ${amb('financial.swift_bic', 'CZNBKRSE')}
금액: USD 18,750 (금형 2차 대금)
영문 송금 요청서 양식으로 만들어 주세요.`),

  rec('chat_ja', f`大阪の成形工場への支払い情報です。英語の送金依頼書にしてください。
振込先：三菱UFJ銀行 難波支店（店番 ${ambCat('financial', '301')}）
口座種別：普通
口座番号：${ambCat('financial', '4718203')}
口座名義：ナニワコウギョウ（カ
金額：2,640,000円（金型修正費）`),

  rec('email_ca', f`Hola Marta,

Ja hem fet la inspecció de sortida de l'habitació 3.14 de la residència de Gràcia i tot està correcte. Et retornarem la fiança (450 €) en els propers 10 dies hàbils al compte que ens vas indicar:
${v('financial.iban', 'ES64 2100 3364 5043 9862 2605')}

Si hi ha cap problema, truca'ns al ${phone('93 318 45 72', 'ES')}.

Salutacions,
Equip Campusnest Barcelona`),

  rec('chat_zu', f`Umzali womfundi eBerea Residence ukhokhe irenti ngekhadi lakhe le-Mastercard ${v('financial.payment_card', '5157 5767 8148 2921')} kodwa imali ikhishwe kabili. Ngicela ungibhalele impendulo ngesiNgisi ethi sizombuyisela imali engu-R6,850 ezinsukwini eziyisikhombisa.`),

  rec('chat', f`Student in Meadowbank Halls says her rent payment failed — she's a wee bit panicked. She read the card out over the phone: ${v('financial.payment_card', '4078 2481 1326 5924')}, exp 03/27. What do I put in the reply about trying a different card or paying by bank transfer?`),

  rec('chat_sr_cyrl', f`Можеш ли да провериш да ли је овај рачун исправан пре него што пошаљем хонорар анкетару? ${v('financial.iban', 'RS17 9033 7824 4266 4298 09')}, износ 48.000 динара, сврха: теренски рад – Анкета о радној снази, новембар.`),

  rec('chat', f`Guarantor for a Dublin tenant wants to pay the full academic year upfront (€9,450) by card. He gave us Discover ${v('financial.payment_card', '6011-2799-9586-1931')}. Do we even accept Discover on the Stripe terminal, or do I have to ring him back?`),

  rec('email', f`Dear Mr Kowalczyk,

Thank you for your stay. As discussed, the minibar charge of €48 has been removed. The remaining balance of €1,212.00 was settled on the Mastercard ending in ${v('financial.payment_card', '2221 9682 0107 6830')} — apologies, I realise I should have masked that.

Kind regards,
Front Office, Aurelian Vienna`),
];

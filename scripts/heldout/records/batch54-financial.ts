/**
 * Held-out batch 54: card numbers, IBANs and routing numbers from a hospice charity, a shipping
 * line, an immigration law practice, a game publisher, a dairy plant and a city library. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH54_FINANCIAL: DraftRecord[] = [
  rec('chat', f`I'm on the supporter care line and the card terminal has frozen. A lady is giving £50 in memory of her husband, who was with us on the in-patient unit last spring. I've written down: Visa ${v('financial.payment_card', '4245 8678 3263 9776')}, expiry 03/27, security code on the back 418. Can I just key it into the online donation form for her, or do I have to ring her back? Also write me a short thank-you note for her.`),

  rec('form', f`Please check this Gift Aid / regular giving form is complete before I scan it:

REGULAR GIFT – DIRECT DEBIT INSTRUCTION
Name of account holder: Mr & Mrs G. Fairbairn
Bank/building society: Nationwide
Sort code: ${ambCat('financial', '07-04-36')}   Account number: ${ambCat('financial', '31847265')}
Amount: £15 monthly, starting 1st of next month
Gift Aid: Yes – I am a UK taxpayer
Signature: ✓   Date: 12/11/2024`, 'UK sort code and account number: no built-in rule (ambiguous, no rule id)'),

  rec('email_ga', f`An bhféadfá an ríomhphost seo a aistriú go Béarla don choiste airgeadais?

"A Bhreandáin, a chara,
Tá an t-aturnae ag socrú eastát Mháire Uí Fhlaithearta. D'fhág sí €12,000 le hOspís Cholm Cille ina huacht. Iarrann sé sonraí an chuntais bhainc orainn. Seol na sonraí seo chuige, le do thoil:
IBAN: ${v('financial.iban', 'IE88 AIBK 9353 3621 4539 97')}
BIC: ${amb('financial.swift_bic', 'AIBKIE2D')}
Go raibh maith agat,
Síle"`),

  rec('email_da', f`Hej,

Vi har modtaget jeres betalingspåmindelse for faktura NVL-FRT-2024-118430 (fragt 4 x 40' HC, Aarhus–Gdańsk). Beløbet på EUR 9.860,00 er overført i dag til:

${v('financial.iban', 'DK25 0040 8024 4603 63')}
SWIFT ${amb('financial.swift_bic', 'DABADKKK')}

Kan du hjælpe mig med at omskrive svaret, så det lyder mindre surt?`),

  rec('email_pl', f`Dzień dobry,

w nawiązaniu do naliczonego demurrage za kontenery NVLU 482913 5 i NVLU 482930 4 (port Gdynia, 11 dni ponad free time) informujemy, że kwota 2 310 EUR zostanie zapłacona do piątku. Prosimy o potwierdzenie numeru rachunku, bo na fakturze widnieje inny niż w umowie:
faktura: ${v('financial.iban', 'PL26 1020 5561 1327 4642 8393 7059')}
umowa: ${v('financial.iban', 'PL98114020040321591614588323')}

Z poważaniem,
Dział logistyki`),

  rec('chat_uk', f`Допоможи відповісти старшому механіку. Він просить змінити рахунок для переказу частини зарплати (allotment) дружині:

Отримувач: Мельничук Оксана Петрівна
IBAN: ${v('financial.iban', 'UA87 3052 9900 0001 4887 3577 6880 9')}
Банк: ПриватБанк
Сума: 1 500 USD щомісяця з грудня

Напиши, що зміна набуде чинності з наступного payroll, і попроси підписану форму.`),

  rec('chat_ka', f`გთხოვ, შეამოწმე ეს მონაცემები სანამ payroll-ში შევიყვან. მეზღვაურის ხელფასის ნაწილი მის დედას უნდა გადაეცეს:

მიმღები: ლამარა ბერიძე
IBAN: ${v('financial.iban', 'GE61TB0000000520838659')}
ბანკი: თიბისი ბანკი, ბათუმის ფილიალი

IBAN-ის ფორმატი სწორია?`),

  rec('chat_tr', f`Mersin'deki müşterimiz navlun iadesini bekliyor. Şu mesajı kibar bir İngilizce e-postaya çevirir misin?

"İade tutarı 1.240 USD, aşağıdaki hesaba yatırılacak:
Alıcı: Akdeniz Tarım Ürünleri A.Ş.
IBAN: ${v('financial.iban', 'TR88 0006 2058 2985 2217 7836 07')}
Konşimento no: NVLMER2410337"`),

  rec('chat_en_in', f`Customer from Tiruppur wants to pay the detention charges by card on phone itself, he is not having net banking access today. Details he gave: RuPay ${v('financial.payment_card', '6521 5701 2311 0404')}, valid thru 09/28, name on card S. Palanisamy. Amount INR 1,84,500. Can we process on the virtual terminal or only through the payment link? Please draft reply to him.`),

  rec('email', f`Dear Mr Adeyemi,

Thank you for instructing us on your Skilled Worker application. Our fixed fee of £2,400 + VAT is payable in advance to our client account:

Account name: Harcourt Lane Solicitors LLP – Client Account
Bank: Barclays
Sort code ${ambCat('financial', '20-65-59')}, account ${ambCat('financial', '34963849')}
IBAN ${v('financial.iban', 'GB41 BARC 2065 5934 9638 49')}
Please use reference HL/IMM/24/0871.

→ the client is paying from Nigeria, is there anything I should add about international transfers?`),

  rec('chat_en_ng', f`Good morning. The client wants us to pay the Immigration Health Surcharge on the portal for him because his card keeps failing. He sent his Verve card ${v('financial.payment_card', '5061 5142 0217 6091 773')} and a Mastercard as backup ${v('financial.payment_card', '5118-2348-8135-7084')}. Is it even allowed for the firm to enter a client's card on the Home Office site? Please advise and draft a reply to him.`),

  rec('chat_az', f`Müştəri vəkil haqqını Bakıdan köçürmək istəyir, amma bank "IBAN formatı səhvdir" deyir. Onun göndərdiyi məlumatlar bunlardır:

Göndərən: Rəşad Məmmədov
IBAN: ${v('financial.iban', 'AZ84 NABZ 0000 0000 1317 9743 0815')}
Alan: Harcourt Lane Solicitors LLP, ${v('financial.iban', 'GB04NWBK60779342465677')}

Problem hansı tərəfdədir? İngiliscə qısa izah yaz.`),

  rec('chat_ur', f`ہمارے کلائنٹ کے والد کراچی سے فیس بھیجنا چاہتے ہیں۔ انہوں نے اپنا اکاؤنٹ یہ بتایا ہے:
IBAN: ${v('financial.iban', 'PK51HABB1985757900421247')}
بینک: حبیب بینک لمیٹڈ

Please write a short English note for accounts explaining that the payment will come from a third party, and what source-of-funds documents we need for AML.`),

  rec('ticket_ja', f`【返金依頼】お問い合わせ #JP-558213
お客様より：「子どもが勝手にジェムを購入しました。合計 ¥48,000 です。カード番号は ${v('financial.payment_card', '3528 9366 1226 8070')} です。全部返金してください。」

この返信文を丁寧な日本語で作ってください。Apple 経由の購入なので当社では返金できない、という内容です。カード番号は返信に含めないでください。`),

  rec('ticket_ko', f`[차지백 문의] 티켓 #KR-90417
유저 메시지: "제 카드 ${v('financial.payment_card', '5345044447251464')} 에서 같은 패키지가 3번 결제됐어요. 하나만 샀는데 29,900원씩 세 번 나갔습니다."

결제 로그 확인 결과 두 건은 승인 취소됨. 유저에게 보낼 답변 초안 부탁해요.`),

  rec('email_lt', f`Labas, Tomai,

siunčiame pajamų pasidalijimo ataskaitą už spalį (žaidimas „Harbour Merge“, LT/LV/EE rinkos). Mokėtina suma – 18 420,55 EUR. Prašome patvirtinti, kad mokėjimą siųstume į šią sąskaitą:
${v('financial.iban', 'LT92 7300 0922 7223 8043')}
Swedbank, AB

Ačiū,
Tidepool Games finansų komanda

(Can you translate this into English so I can cc our CFO?)`),

  rec('csv', f`Payout run for UGC creators failed for some rows. Which ones look like bad data?

${amb('source_code.snippet', f`creator_id,display_name,country,iban,amount_eur,status
cr_81724,PixelNonna,IT,${v('financial.iban', 'IT86X0306926945601212089568')},412.30,FAILED
cr_81730,mergequeen,DE,${v('financial.iban', 'DE27200505508104769362')},1208.00,PAID
cr_81741,LeoBuilds,FR,${v('financial.iban', 'FR5030004060117469237829144')},96.15,FAILED
cr_81755,tapitoapa,ES,${v('financial.iban', 'ES4700818778863626074810')},230.40,PAID
cr_81762,kuro_neko,NL,NL41INGB075872668,55.00,FAILED`)}`, 'last IBAN is one digit short (invalid), left unlabelled'),

  rec('form', f`Vendor onboarding – US ad network (UA campaigns)
Legal name: Brightloop Media Inc.
Bank: Pacific Crest Bank, Portland OR
ABA routing number: ${v('financial.aba_routing', '113019946')}
Account number: ${ambCat('financial', '5072918436')}
Remittance e-mail: ${v('pii.email', 'ar@brightloop-media.com')}

Does anything look off compared with their W-9? They're in Oregon but the routing number looks like a Texas bank.`),

  rec('tsv', f`Maksuerä maidontuottajille marraskuulta – tarkistatko, että tilinumerot ovat oikeassa muodossa ennen kuin lähetän pankkiin?

${amb('source_code.snippet', f`tuottaja\tnimi\ttilinumero\tlitrat\tsumma_eur
10482\tMäkelän tila\t${v('financial.iban', 'FI37 1234 1400 5250 80')}\t38 412\t17 281,40
10497\tHakalan maitotila Oy\t${v('financial.iban', 'FI4557808597254042')}\t51 906\t23 357,70
10503\tKoivuniemi T.\tFI45 5780 8597 2540 43\t12 230\t5 503,50`)}`, 'third account fails mod-97: unlabelled'),

  rec('chat_no', f`Kan du lage en kort purring på engelsk? Leverandøren av separatoren har ikke mottatt betaling for servicebesøket (faktura 2024-7741, NOK 48 750). Vi betalte til kontoen de oppga i juni: ${v('financial.iban', 'NO33 1503 3141 799')}. Nå sier de at riktig konto er ${v('financial.iban', 'NO8586015355342')}. Jeg er redd det er svindel – hva bør vi sjekke før vi betaler på nytt?`),

  rec('email_it', f`Buongiorno,

come da accordi vi inviamo le coordinate per il pagamento dei reagenti (ordine LAB-2024-0932, kit per determinazione aflatossina M1):
Beneficiario: Diagnostica Padana S.r.l.
IBAN ${v('financial.iban', 'IT45 Y020 0852 1495 9166 5765 528')}
Per informazioni amministrative: ${phone('0521 482 917', 'IT')}

Potresti riformulare la mail in modo più formale?`),

  rec('chat_ca', f`Una usuària ha trucat per pagar la multa per un llibre perdut (24,50 €) i m'ha dictat la targeta: ${v('financial.payment_card', '4767 6834 9388 8463')}, caduca el 11/26. El TPV de la biblioteca no accepta pagaments per telèfon. Com li explico que ha de venir en persona o pagar per la web, sense que soni brusc?`),

  rec('email_pt', f`Bom dia,

Segue a fatura n.º 2024/318 referente ao restauro de 42 livros de atas (séc. XIX) do Arquivo Municipal. O pagamento deve ser feito por transferência para:
IBAN ${v('financial.iban', 'PT75 0035 9512 1723 8342 5517 3')}
Caixa Geral de Depósitos

Pode ajudar-me a verificar se o valor com IVA (6.150 € + 23%) está bem calculado?`),

  rec('chat_de', f`Der Förderverein der Stadtbibliothek will die Spende für die neue Kinderbuchecke per SEPA überweisen. Kannst du prüfen, ob die Daten im Überweisungsträger plausibel sind? Empfänger Stadtkasse, IBAN ${v('financial.iban', 'DE81 3704 0044 5015 5857 50')}, Verwendungszweck "Spende FV Stadtbibliothek 2024 / HHSt 2710.1770". Betrag 3.500 €.`),
];

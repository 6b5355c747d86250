/**
 * Held-out batch 145: hard negatives — shipment and lot numbers, coordinates, scores, tracking
 * ids, placeholders, test and documentation keys, failing check digits, masked values, hashes and
 * casual uses of "confidential"-like words in many languages (tests/corpus/README.md, "Decisions
 * on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, spacedFours as spaced } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const badCard = (p: string): string => p + String((luhnCheckDigit(p) + 3) % 10);
const badIban = (cc: string, bban: string): string => {
  const c = Number(ibanCheckDigits(cc, bban));
  return cc + String(c >= 97 ? c - 10 : c + 1).padStart(2, '0') + bban;
};
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b145n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b145n-pklive', B62, 97));
const BCRYPT = tok('$2b$12$', fill('b145n-bcrypt', B62 + './', 53));
const PUB = pem('PUBLIC KEY', 'b145n-pub', 294);
const SHA = (seed: string) => fill(seed, HEX, 64);
const BAD_CARD = badCard('453201847362918');

export const BATCH145_NEGATIVES: DraftRecord[] = [
  rec('chat_en_nz', f`Can you turn this into a friendly daily update for families back home?

Station weather 14 Aug: −31.4 °C, wind 18 kt from 090°, visibility 6 km. Sunrise still 3 weeks away.
Position: 77°50′S 166°46′E. Next flight: C-130 window 26–28 Aug, weather permitting.
Crew of 24 all well. Midwinter swim done (3 people, 7 seconds each).`),

  rec('chat_de', f`Kannst du aus diesen Angaben eine Tabelle machen?
Logger-Seriennr. TL-40-0082731, Charge L24-0871-B, Verfall 11/2026
Logger-Seriennr. TL-40-0082744, Charge L24-0871-C, Verfall 11/2026
GTIN der Umverpackung: 8712345610278
Sollbereich +2 bis +8 °C, Alarmverzögerung 15 min.`),

  rec('chat_fr', f`Pour le site du journal, je dois mettre à jour la page « Politique de confidentialité » : peux-tu la rendre plus lisible pour des lecteurs âgés ? Garde la mention des cookies et du droit d'accès.`),

  rec('match_es_ar', f`Armame la crónica del partido en dos párrafos:
Defensores de Belgrano 2 – 1 Almagro (fecha 27, Primera Nacional)
Goles: 14' Ríos (D), 58' Benítez (A), 87' Sosa (D, penal)
Amarillas: 6, roja: 1 (71', doble amarilla, camiseta 5)
Árbitro: Nazareno Arasa. Espectadores: 9.400.`),

  rec('chat_ja', f`荷物の追跡番号は 4829-1735-0624 です（ヤマト運輸）。クール便で 2〜10°C 指定、8月16日午前着の予定です。この内容でお客様への案内メールを作ってください。`),

  rec('docs_pt_br', f`Tô escrevendo o manual do sistema da autoescola. Revisa esse trecho?
"Para configurar o acesso, edite o arquivo config.ini e preencha: usuario=<seu-usuario> e senha=<sua-senha>. Nunca compartilhe a senha real por WhatsApp."`),

  rec('log_ru', f`Что означают эти строки в логе доставки газет?

${amb('source_code.snippet', f`2024-08-14 05:02:11 INFO route=R-17 courier_id=c7f3a9e2-58b1-4d06-a2e7-9c14f08b3d65 delivered=182 missed=3
2024-08-14 05:02:19 INFO route=R-18 courier_id=0b8e4d17-3a92-4f5c-b6d1-7e20a95c8f43 delivered=147 missed=0
2024-08-14 05:03:02 WARN route=R-21 courier_id=e24a6c80-9d13-4b7f-8e35-51f9a2c7d604 delivered=0 reason=vehicle_breakdown`)}`),

  rec('chat_ko', f`구독자 결제 내역 화면에 "카드 **** **** **** 4417 (만료 09/27)"라고 나오는데, 고객이 전체 번호를 보여달라고 해요. 안 된다고 정중하게 답장 써 주세요.`),

  rec('chat_zh', f`驾校理论课用的教材是《机动车驾驶人科目一考试指南》，ISBN 978-7-114-18362-5。请帮我写一段推荐语，放在招生宣传单上。`),

  rec('chat_ar', f`العميل يقول إن رقم الآيبان الذي أرسلناه غير صحيح: ${spaced(badIban('SA', '80000000608010167519'))}. هل يمكنك شرح كيف يتم التحقق من خانتي التحقق في الآيبان؟`, 'check digits altered: the IBAN fails mod 97'),

  rec('qa_he', f`בסביבת הבדיקות של מערכת המנויים אנחנו משתמשים בכרטיס ${amb('financial.payment_card', '4111 1111 1111 1111')} עם תוקף 12/30. תכתוב לי תרחיש בדיקה לתשלום שנכשל.`),

  rec('chat_hi', f`हमारा आधार वैलिडेटर यह नंबर अस्वीकार कर रहा है: 5820 3719 4622। क्या चेक डिजिट वाला एल्गोरिदम (Verhoeff) सही लगा है? कोड नहीं, सिर्फ़ तरीका समझाइए।`, 'Verhoeff check fails'),

  rec('chat_th', f`ช่วยทำตารางสรุปวัคซีนที่รับเข้าคลังเย็นวันนี้:
ล็อต VX24-0419 หมดอายุ 03/2026 จำนวน 1,200 โดส อุณหภูมิรับเข้า 4.6 °C
ล็อต VX24-0422 หมดอายุ 05/2026 จำนวน 800 โดส อุณหภูมิรับเข้า 5.1 °C`),

  rec('chat_tr', f`Sürücü kursu araçlarımızın plakaları: 34 ABC 127, 34 KRS 4418, 06 DRV 209. Bunları bakım takvimi tablosuna dönüştürür müsün? Muayene tarihleri: 12.09, 03.10, 21.11.`),

  rec('chat_pl', f`Czytam tutorial AWS i tam jest klucz AKIAIOSFODNN7EXAMPLE i sekret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Czy to prawdziwe dane? Chcę skonfigurować eksport raportów z rejestratorów temperatury.`),

  rec('git_uk', f`Поясни, що сталося в репозиторії сайту автошколи:
commit 9f3e2a71c4b8d05e6f1a2b3c4d5e6f7081929a3b
Merge: 4e7a2c9 b81d0f3
    Revert "Додати онлайн-оплату уроків"
Чи можна повернути цей коміт без конфліктів?`),

  rec('chat_el', f`Η εφαρμογή των διαιτητών είναι στην έκδοση v2.14.3 (build 20240812). Η νέα έκδοση 2.15.0 αλλάζει τη φόρμα αναφοράς αγώνα. Γράψε μια σύντομη ανακοίνωση για τους διαιτητές.`),

  rec('chat_cs', f`Můžeš zkrátit tenhle text do tiráže novin? „Vydavatel: Regionální deník s.r.o., IČO 25819273, evidenční číslo MK ČR E 13829. Náklad 18 400 výtisků."`),

  rec('env_hu', f`${amb('source_code.snippet', f`# .env.development – csak teszt mód
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_WEBHOOK_SECRET=whsec_placeholder
DB_PASSWORD=changeme`)}

Ez így rendben van a fejlesztői gépen? A bajnoki nevezési díjak fizetését teszteljük.`),

  rec('chat_ro', f`Pe pagina de comandă a magazinului de legume hidroponice am pus cheia publică Stripe: ${PK_LIVE}. E ok să fie vizibilă în codul paginii?`),

  rec('compose_bg', f`${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: \${DB_USER}
      POSTGRES_PASSWORD: \${DB_PASSWORD}
  app:
    image: ghcr.io/studio-vestnik/obyavi:latest
    env_file: .env`)}

Защо приложението за обявите не вижда базата?`),

  rec('fixture_en_us', f`For the examiner-portal test data, is it OK to use SSNs like 666-12-4821 or 000-48-2917? I want numbers that can never belong to a real person.`, 'area 666 and 000 are never issued'),

  rec('chat_hr', f`Provjeri jesu li preuzete datoteke firmvera za rashladne komore ispravne:
thermo-fw-3.2.bin  sha256: ${SHA('b145n-fw1')}
thermo-fw-3.2.sig  sha256: ${SHA('b145n-fw2')}
Kako usporedim na Windowsima?`),

  rec('lock_sl', f`Zakaj se v package-lock.json za aplikacijo avtošole spreminjajo te vrstice ob vsakem npm install?

${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-${fill('b145n-integ', B64, 86)}=="
}`)}`),

  rec('chat_ka', f`ფეხბურთის ფედერაციის მსაჯების განრიგი: შაბათი 15:00 — დინამო თბილისი vs ტორპედო ქუთაისი, კვირა 18:30 — საბურთალო vs დილა გორი. გამიკეთე ცხრილი.`),

  rec('classified_hy', f`Խմբագրիր այս հայտարարությունը թերթի համար՝ «Վաճառվում է ջերմոց, 120 քմ, հիդրոպոնիկ համակարգով, Արմավիրի մարզ։ Գինը՝ 4 800 000 դրամ։ Զանգահարել խմբագրություն։»`),

  rec('chat_sw', f`Tengeneza tangazo fupi: "Lipia masomo ya udereva kwa M-Pesa — Lipa na M-Pesa, Till Number 528193. Ada ya kozi kamili ni KSh 18,500."`),

  rec('stats_bn', f`আমাদের পত্রিকার জুলাই মাসের প্রচার সংখ্যা: ঢাকা ৪২,৩০০, চট্টগ্রাম ১৮,৭০০, খুলনা ৯,৪০০। গত মাসের তুলনায় কত শতাংশ কমেছে হিসাব করে দাও।`),

  rec('chat_ta', f`ஓட்டுநர் பள்ளி பயிற்சி நேர அட்டவணை: காலை 6:00–8:00 (பேட்ச் A), மாலை 4:30–6:30 (பேட்ச் B). வாகனங்கள்: TN 09 AK 4821, TN 09 BM 1173. இதை WhatsApp செய்தியாக மாற்றவும்.`),

  rec('chat_fa', f`تاریخ صدور فاکتور صادرات گوجه: ۱۴۰۳/۰۵/۲۳ و شماره سفارش EXP-1403-0871 است. لطفاً متن ایمیل پیگیری پرداخت را به انگلیسی بنویس.`),

  rec('chat_id', f`Soal ujian teori SIM kali ini sulit sekali, banyak peserta yang gagal di bagian rambu lalu lintas. Bisa bantu buat 10 soal latihan dengan jawabannya?`, 'Indonesian "sulit" means difficult (in Malay SULIT is a marking)'),

  rec('chat_tl', f`Confident ako na aabot tayo sa 500 subscribers ngayong buwan para sa classifieds! Pwede mo ba akong tulungan gumawa ng promo post sa Facebook?`),

  rec('template_fr_qc', f`Peux-tu me proposer un modèle d'entente de confidentialité pour les pigistes du journal? Quelque chose de simple, en français du Québec, une page max.`),

  rec('chat_de_ch', f`D'Sendig isch underwägs: Sendigsnummer 99.60.124817.73926405 (Post CH, Priority). Chönd Sie mir en churze Text für de Kunde schriibe, dass d'Setzlinge am Friitig aachömed?`),

  rec('chat_it', f`Scrivi un avviso per lo stadio: "Il parcheggio riservato agli arbitri e ai commissari di campo è accessibile dal cancello 4. Posti riservati alla stampa in tribuna est."`, '"riservato" here means reserved parking/seats, not a marking'),

  rec('chat_es', f`Redacta la nota de prensa: "El palco reservado para autoridades de la federación estará disponible desde las 19:00. Acreditaciones en la puerta 2."`),

  rec('chat_en_us', f`Draft a flyer for our driving school's open house. Use the placeholder number ${amb('pii.phone', '(312) 555-0147')} — marketing will put the real one in later.`),

  rec('training_en_gb', f`Write a role-play script for new subscriber-billing staff: a customer calls from ${amb('pii.phone', '07700 900412')} disputing a charge. Keep it realistic but use obviously fake details.`),

  rec('chat_en', f`Customer says our checkout rejects their card ${BAD_CARD.replace(/(\d{4})(?=\d)/g, '$1 ')}. I think they mistyped — can you explain in plain words how the Luhn check catches a typo?`, 'Luhn-failing'),

  rec('svg_et', f`Kas sa saad seda ikooni lihtsustada? See on ajalehe logo:
<svg viewBox="0 0 24 24"><path d="M4 4h16v2H4zM4 9h10v2H4zM4 14h16v2H4zM4 19h10v2H4z"/><circle cx="19" cy="10" r="2.5"/></svg>`),

  rec('html_lt', f`Kodėl šis paveikslėlis nerodomas laiške? <img src="data:image/png;base64,${b64Bytes('b145n-png', 180)}" alt="šiltnamio logotipas">`),

  rec('pubkey_is', f`Þetta er opinberi lykillinn sem birgirinn bað um fyrir dulkóðaðar skýrslur. Er sniðið rétt?

${PUB}`),

  rec('table_yue', f`幫我將呢個冷藏車溫度紀錄整理成表：
08:00 4.2°C｜09:00 4.8°C｜10:00 5.5°C｜11:00 7.9°C（開門卸貨）｜12:00 4.6°C
車牌 NX 4827，司機話冷機冇問題。`),

  rec('docker_nl', f`Welke versie van de image draait er op de productieserver van de krant? docker inspect geeft: sha256:${SHA('b145n-digest')}. Hoe vergelijk ik dat met de tag op Docker Hub?`),

  rec('chat_ca', f`Corregeix el peu d'impremta: "Diari del Camp — Dipòsit legal T-482-1994 — ISSN 1136-4823. Tiratge certificat per OJD: 12.300 exemplars."`),

  rec('chat_zh_tw', f`請幫我寫一封給報社廣告客戶的發票說明：本公司統一編號 28471935，發票號碼 AB-48271935，金額 NT$12,600（含稅）。`),

  rec('hash_sk', f`V starej databáze autoškoly sú heslá uložené takto: ${amb('credential.password_assignment', BCRYPT)}. Dá sa z toho zistiť pôvodné heslo, alebo ich musíme všetkých resetovať?`, 'bcrypt hash: ambiguous per README'),

  rec('chat_da', f`Kunden har kun sendt de sidste cifre af kontoen: DK** **** **** 6205. Skriv et svar, hvor vi beder om hele kontonummeret via vores sikre formular i stedet for mail.`),

  rec('chat_pt_pt', f`O nosso fornecedor de substrato é de total confiança, trabalhamos com eles há 10 anos. Ajuda-me a escrever uma carta de recomendação para eles concorrerem a um prémio regional.`),

  rec('chat_nl', f`Zet deze palletlabels om in een CSV: SSCC 087123456000482719, 087123456000482726, 087123456000482733 — allemaal cherrytomaat, 12 dozen per pallet, bestemming Hamburg.`),
];

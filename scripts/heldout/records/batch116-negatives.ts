/**
 * Held-out batch 116: hard negatives — lens prescriptions, hearing-aid serials, triage codes, loan
 * and covenant figures, moderation case ids, weighbridge tickets, census area codes, placeholders,
 * test keys, masked and check-digit-failing numbers (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, ibanValid, luhnCheckDigit, luhnValid, nhsCheckDigit, verhoeffCheckDigit, verhoeffValid } from '../../corpus/checksums';
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** Payload + a wrong Luhn digit (asserted to fail). */
const badCard = (payload: string): string => {
  const s = payload + String((luhnCheckDigit(payload) + 3) % 10);
  if (luhnValid(s)) throw new Error(`meant to fail Luhn: ${s}`);
  return s;
};
/** IBAN with check digits off by one (asserted to fail mod-97). */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  const s = cc + String(good === 98 ? 2 : good + 1).padStart(2, '0') + bban;
  if (ibanValid(s)) throw new Error(`meant to fail mod-97: ${s}`);
  return s;
};
const badNhs = (p9: string): string => {
  const c = nhsCheckDigit(p9);
  return p9 + String(c < 0 ? 0 : (c + 1) % 10);
};
const badAadhaar = (p11: string): string => {
  const s = p11 + String((verhoeffCheckDigit(p11) + 1) % 10);
  if (verhoeffValid(s)) throw new Error(`meant to fail Verhoeff: ${s}`);
  return s;
};
const cfgBlock = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);
const SHA = (seed: string) => fill(seed, HEX, 64);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b116n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b116n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b116n-pub', 294);
const CERT = pem('CERTIFICATE', 'b116n-cert', 880);
const BCRYPT = tok('$2y$10$', fill('b116n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAA${b64Bytes('b116n-png', 240)}`;

export const BATCH116_NEGATIVES: DraftRecord[] = [
  rec('chat_en_gb', f`Can you explain this glasses prescription to a customer in plain English?
R: SPH -2.25 CYL -0.75 AXIS 180 ADD +2.00
L: SPH -1.75 CYL -0.50 AXIS 170 ADD +2.00
PD 63/61, prism 0.5 BU right. Next eye test due 12/2026.`),

  rec('chat_de', f`Wie erkläre ich einem Kunden die Seriennummern seiner Hörgeräte für die Versicherung? Links: 2318A0417, rechts: 2318A0422, Modell Intra 7 RIC 312, Garantie bis 31.10.2028, Auftragsnummer HG-2024-118832.`),

  rec('chat_fr', f`Le patient doit refaire un audiogramme : seuils à 500 Hz 35 dB, 1000 Hz 40 dB, 2000 Hz 55 dB, 4000 Hz 70 dB. Tu peux m'expliquer ce que veut dire une perte en pente de ski pour le lui expliquer simplement ?`),

  rec('receipt_en_au', f`Customer wants this receipt translated into Vietnamese for her mum:

ClearSight Optometrists – Parramatta
Invoice INV-PAR-0048217   Date 13/12/2024
Single vision lenses (pair)      $189.00
Frame: Lindberg 1847 Col. 10     $420.00
Health fund rebate (HICAPS)     -$200.00
Paid: Visa •••• 4417
Balance: $409.00`),

  rec('chat_es', f`¿Me ayudas a explicar a un cliente la diferencia entre lentes monofocales y progresivas? Tiene 52 años, graduación +1,50 en ambos ojos y trabaja 8 horas con ordenador. El presupuesto es el 2024/PRE/00917.`),

  rec('ed_board_en_us', f`Rewrite the ED tracking board legend for new registration staff:
ESI 1 = immediate, ESI 2 = emergent, ESI 3 = urgent, ESI 4/5 = less/non-urgent
Bay codes: T1–T3 trauma, R1–R12 resus/acute, FT1–FT8 fast track
"NN" prefix = unidentified patient, e.g. NN-20241214-002
Status colours: red > 4 h, amber 2–4 h, green < 2 h`),

  rec('chat_it', f`Quali sono i codici colore del triage in pronto soccorso dopo la riforma? Prima erano bianco, verde, giallo, rosso; ora sono numerati da 1 a 5. Mi fai una tabella di conversione da appendere in accettazione?`),

  rec('form_template_en_gb', f`Make this ED registration form template accessible (labels, hints):

Surname: ____________
Date of birth: DD/MM/YYYY
NHS number: ___ ___ ____
Phone: 07___ ______
Next of kin: ____________
Email: name@example`),

  rec('chat_en_gb_nhs', f`Patient gave NHS number ${badNhs('618204937')} at the desk but the spine lookup says invalid. Could he have swapped two digits? What's the quickest way to check the check digit by hand?`, 'mod-11 failing NHS number'),

  rec('chat_nl', f`Op de SEH hangt een poster met "Bel 112 bij nood; buiten kantoortijd eerst de huisartsenpost bellen". Kun je een Engelse en Arabische versie maken voor de wachtkamer?`),

  rec('chat_en_us', f`For the ED registration training deck I need a fake patient. Use SSN ${'912-48-3071'} (the 9xx range is never issued) and phone ${amb('pii.phone', '(312) 555-0147')}. Can you write a two-line scenario?`, '9xx SSN area: never issued; 555-01xx: fictional'),

  rec('loan_terms_en_us', f`Summarise the key terms for the IC one-pager:
Facility: $15,000,000 growth term loan, Tranche A $10m at close, Tranche B $5m on $20m ARR milestone
Rate: Prime + 4.25%, floor 11.75%; interest-only 12 months, then 30 months amortisation
Final payment fee 4.0%; warrant coverage 1.5% on Series C price ($18.42/share)
Loan No. VD-2024-017, Deal ID 0x7F3A (internal)`),

  rec('chat_pt', f`Podes explicar a diferença entre covenant de liquidez mínima e covenant de receita? Exemplo: caixa mínimo de 3 M€ e receita trimestral de pelo menos 80% do plano. É para um colega novo na equipa de monitorização.`),

  rec('chat_en_gb_conf', f`I'm confident the borrower will hit the milestone, but what's the usual wording in a confidentiality agreement template for sharing monthly management accounts with a lender? Just a generic clause, please.`),

  rec('wire_template_en_us', f`Tidy up our wire-instruction template for the borrower data room:

Beneficiary bank: __________________
ABA routing: 000000000
Account number: XXXXXXXXXX
SWIFT/BIC: XXXXXXXX
IBAN (non-US): ${'GB00 XXXX 0000 0000 0000 00'}
Reference: Loan No. VD-____-___`),

  rec('chat_de_iban', f`Der Kreditnehmer hat uns die IBAN ${badIban('DE', '370400440532013000')} geschickt, unser System lehnt sie ab. Kann es sein, dass er sich bei den Prüfziffern vertippt hat? Wie prüfe ich das?`, 'IBAN with wrong check digits'),

  rec('chat_ja', f`動画のモデレーションで使う「ハッシュ一致」とは何ですか？PhotoDNA や PDQ のような知覚ハッシュと、SHA-256 のような暗号学的ハッシュの違いを簡単に説明してください。`),

  rec('moderation_log_en_us', f`${cfgBlock(f`2024-12-12T09:14:02Z INFO hashmatch video=vid_9f3a2c71 pdq=${fill('b116n-pdq1', HEX, 64)} dist=12 action=none
2024-12-12T09:14:05Z INFO hashmatch video=vid_4b71e0d9 pdq=${fill('b116n-pdq2', HEX, 64)} dist=3 action=queue_review
2024-12-12T09:14:09Z WARN hashmatch video=vid_c02e8b55 sha256=${SHA('b116n-sha1')} action=block reason=known_match`)}

Is a PDQ distance of 12 close enough that we should review it?`),

  rec('chat_ko', f`모더레이션 정책 문서에 "비밀 유지"라는 표현이 있는데, 이건 신고자 신원을 공개하지 않는다는 의미인가요? 사용자 안내문에 어떻게 쓰면 좋을까요?`),

  rec('case_ids_en_in', f`Merge these duplicate T&S cases, they're about the same video:
TS-451877 (opened 11 Dec 14:02, category spam)
TS-451903 (opened 11 Dec 14:37, category scam)
TS-452010 (opened 11 Dec 16:11, category scam)
Content: vid_7e21c9a0, uploader vid_u_5530918, request id 3f8e1c2a-9b47-4d6e-a0f3-71c5e2b98d14`),

  rec('env_example_en_us', f`${cfgBlock(f`# .env.example for the moderation console — copy to .env
OPENAI_API_KEY=sk-...your-key...
SLACK_BOT_TOKEN=xoxb-your-bot-token
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/moderation
SENTRY_DSN=\${SENTRY_DSN}`)}

Write a README section explaining each variable.`),

  rec('stripe_test_en_ie', f`${cfgBlock(f`# booking-web/.env.test — test mode only, committed on purpose
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_TEST_CARD=${amb('financial.payment_card', '4242 4242 4242 4242')}`)}

Is it fine that the publishable key in the test env is a live one?`),

  rec('chat_tr', f`Kantar fişinde şunlar yazıyor: Fiş No 2024-118273, Plaka 34 ABC 482, Brüt 41.280 kg, Dara 14.950 kg, Net 26.330 kg, Malzeme 0-5 mm kırma kum. Net ağırlığı tona çevirip fiyatı hesaplar mısın, ton fiyatı 385 TL?`),

  rec('chat_pl', f`Karta paliwowa kierowcy ma numer ${badCard('707221410039852')} i stacja jej nie przyjmuje. To karta flotowa, nie płatnicza — czy numer może być źle przepisany z faktury?`, 'fuel card number failing the Luhn check'),

  rec('chat_cs', f`Můžeš mi vysvětlit frakce kameniva 0/4, 4/8, 8/16 a 16/32 a k čemu se která používá? Zákazník se ptá, co objednat na podkladní vrstvu pod dlažbu.`),

  rec('dispatch_csv_en_au', f`${cfgBlock(f`docket,truck,product,tonnes,site,time_out
D-0418271,XQ-41-FR,20mm blue metal,32.4,Marulan,06:12
D-0418272,CD-97-KL,DGB20 road base,38.1,Marulan,06:25
D-0418273,XQ-41-FR,20mm blue metal,31.9,Marulan,08:02`)}

Which truck did two loads before 9am and what's the total tonnage?`),

  rec('chat_ar', f`ما الفرق بين الإسمنت البورتلاندي العادي والإسمنت المقاوم للكبريتات؟ نحتاج شرحاً بسيطاً للسائقين الجدد في قسم الخدمات اللوجستية للمحجر.`),

  rec('router_config_es_ar', f`${cfgBlock(f`interface Vlan20
 description BALANZA-CAMIONES
 ip address ${ip('172.20.20.1')} ${ip('255.255.255.0')}
!
ip route ${ip('0.0.0.0')} ${ip('0.0.0.0')} ${ip('172.20.4.254')}
ip access-list standard BALANZA
 permit ${ip('172.20.20.0')} ${ip('0.0.0.255')}`)}

¿La ruta por defecto está bien para que la balanza llegue a internet?`),

  rec('census_codes_en_za', f`Explain this enumeration-area code format to the new field supervisors:
EA 798021340 = province 7, district 98, municipality 02, main place 134, sequence 0
Dwelling frame ID: DF-GP-2024-0048213
Questionnaire version 3.4.1 (build 2024.11.28)
Tablet asset tag ZA-STATS-TAB-11842`),

  rec('chat_sw', f`Naomba unieleze tofauti kati ya sensa ya watu na makazi na utafiti wa sampuli. Ninaandaa mafunzo ya wadadisi wapya wiki ijayo, siku tatu, watu 45.`),

  rec('chat_hi', f`जनगणना के प्रश्नपत्र में मकान सूचीकरण के लिए कितने प्रश्न होते हैं? हमें प्रशिक्षण के लिए एक सारांश चाहिए, मकान नंबर की संरचना (जैसे 0417/12/03) भी समझाइए।`),

  rec('chat_en_in_aadhaar', f`A household head gave ${badAadhaar('92650381427')} as his Aadhaar on the paper schedule but the enumerator app marks it invalid. We don't need Aadhaar for the census anyway — what should the enumerator write in the remarks column?`, 'Verhoeff-failing Aadhaar number'),

  rec('chat_ru', f`Мне нужно объяснить переписчикам, что такое «счётный участок» и «инструкторский участок». Пример: инструкторский участок 77-041, в нём 6 счётных участков по 550–600 жителей. Напиши простое объяснение.`),

  rec('chat_kk', f`Санақ парақтарындағы сұрақтарды қазақ және орыс тілдерінде салыстырып беріңізші. Нұсқа нөмірі 2.7, 2024 жылғы 15 қарашадағы.`),

  rec('chat_id', f`Tolong jelaskan arti kolom "Kode Wilayah" 3273010001 di formulir sensus: provinsi 32, kabupaten/kota 73, kecamatan 010, desa 001. Untuk pelatihan petugas baru.`),

  rec('chat_th', f`ช่วยอธิบายความต่างระหว่างแว่นสายตาสั้นกับแว่นสายตายาวตามอายุ (presbyopia) ให้ลูกค้าสูงอายุเข้าใจง่าย ๆ หน่อยครับ`),

  rec('chat_tl', f`Paano ko ipapaliwanag sa customer na hindi pa kasama sa PhilHealth ang hearing aid? Presyo ng unit ay ₱38,500, reference number ng quotation ay Q-2024-11-0932.`),

  rec('pubkey_en_us', f`Our borrower-portal vendor asked whether sharing this is a leak. It's the SAML signing certificate we publish in our metadata, right?

${CERT}

and the public key for the webhook signature check:

${PUB_PEM}`),

  rec('chat_en_gb_hash', f`Old booking PHP app stores passwords like ${ambCat('credential', BCRYPT)} in the users table. Is bcrypt cost 10 still acceptable or should we rehash on next login?`, 'a password hash: ambiguous, no rule id'),

  rec('css_en_us', f`Why is the logo blurry on the moderation console login page?

${cfgBlock(f`.login-logo {
  width: 120px;
  height: 32px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat center / contain;
}`)}`),

  rec('chat_vi', f`Mã đơn hàng kính áp tròng DH-2024-118273 giao chậm, số vận đơn GHN 9172 4830 1156. Bạn viết giúp tin nhắn xin lỗi khách hàng được không?`),

  rec('chat_he', f`מה ההבדל בין "סודי" ל"סודי ביותר" בסיווג מסמכים ממשלתיים בישראל? זו שאלה כללית לקורס, לא מסמך אמיתי.`),

  rec('chat_fa', f`تفاوت سنگ‌دانه شکسته و رودخانه‌ای در بتن چیست؟ برای آموزش رانندگان جدید بخش لجستیک معدن یک توضیح ساده می‌خواهم.`),

  rec('versions_en_us', f`Upgrade notes for the ED registration kiosk: Windows 10.0.19045.5247 → 11 23H2 (10.0.22631.4602), Chrome 131.0.6778.140, kiosk app 4.12.1 (build 3), printer driver 7.2 r118. Any known issues with Zebra wristband printers on 23H2?`),

  rec('chat_uk', f`Порахуй, будь ласка, скільки рейсів самоскидів по 25 т потрібно, щоб вивезти 18 400 т щебеню фракції 20–40 за 12 робочих днів, якщо один самоскид робить 6 рейсів на день.`),

  rec('git_en_gb', f`Rebase went wrong on the booking widget repo:

interactive rebase in progress; onto 9c41e7a
Last commands done (2 commands done):
   pick 3b8f02d feat(slots): 20-minute hearing test slots
   pick e71c94a fix(slots): DST duplicate at 09:00
Next commands to do (1 remaining command):
   pick 5a0d3e6 chore: bump date-fns to 4.1.0

How do I drop the chore commit?`),

  rec('gift_voucher_en_gb', f`Customer has a ClearSight gift voucher, code ${badCard('603571410827364')}, value £50. The till says "not activated". Who activates vouchers bought online?`, 'gift voucher number failing the Luhn check'),

  rec('chat_ka', f`გამარჯობა! გთხოვ, ამიხსენი რას ნიშნავს ტერმინი "ვენჩურული ვალი" მარტივად, ახალი თანამშრომლისთვის. მაგალითი: სესხი 5 მილიონი დოლარი, 36 თვე, 12% წლიური.`),

  rec('chat_sm', f`Talofa! E mafai ona e fesoasoani mai e tusi se faʻamatalaga puʻupuʻu mo tagata faigaluega fou o le tusigaigoa (census) i Upolu? E amata le galuega i le aso 3 o Mati.`),
];


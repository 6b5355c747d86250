/**
 * Held-out batch 152: hard negatives from the six organisations — vessel and wafer ids, permit and
 * ticket numbers, drug codes, placeholders, test keys, failing check digits, casual "confidential" —
 * in many languages. Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanValid, ibanWithCheck, inAadhaarSpaced, luhnValid, luhnWithCheck, spacedFours, verhoeffValid } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** A card-shaped number that must fail the Luhn check (a voucher, a ticket serial). */
function failsLuhn(s: string): string {
  if (luhnValid(s.replace(/\D/g, ''))) throw new Error(`meant to fail Luhn: ${s}`);
  return s;
}
/** A valid IBAN with its check digits moved by one, so mod 97 fails. */
function badIban(country: string, bban: string): string {
  const good = ibanWithCheck(country, bban);
  const cd = (Number(good.slice(2, 4)) + 1) % 100;
  const bad = `${country}${String(cd).padStart(2, '0')}${bban}`;
  if (ibanValid(bad)) throw new Error(`meant to fail mod 97: ${bad}`);
  return bad;
}
/** An Aadhaar-shaped number whose last digit is off by one, so Verhoeff fails. */
function badAadhaar(p11: string): string {
  const good = inAadhaarSpaced(p11);
  const bad = good.slice(0, -1) + String((Number(good.slice(-1)) + 1) % 10);
  if (verhoeffValid(bad.replace(/\s/g, ''))) throw new Error(`meant to fail Verhoeff: ${bad}`);
  return bad;
}

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b152n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b152n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const READER_CERT = pem('CERTIFICATE', 'b152n-cert', 720);
const READER_PUB = pem('PUBLIC KEY', 'b152n-pub', 294);
const BCRYPT = tok('$2y$10$', fill('b152n-bcrypt', B62 + './', 53));
const PNG_B64 = b64Bytes('b152n-png', 360);
const VOUCHER = failsLuhn(spacedFours(luhnWithCheck('603571829304817').slice(0, 15) + '3'));
const TICKET = failsLuhn(`4018 2736 4501 9284`);
const BAD_SE = badIban('SE', '30000000018273645019');
const BAD_AADHAAR = badAadhaar('58291037462');

export const BATCH152_NEGATIVES: DraftRecord[] = [
  rec('chat_no', f`Kan du sette opp en tabell over fartøyene som skal på loddefiske? "Havørn II" (T-42-T, kallesignal LK2947, IMO 9481736), "Nordkyn" (F-118-BD, LM6201, IMO 9327154). Samlet kvote 3 480 tonn, fordelt 55/45.`),

  rec('chat_is', f`Hjálpaðu mér að skrifa athugasemd við löndun: vigtarnóta nr. 2025-00417, landað 12.3.2025 í Ísafirði, 18.430 kg þorskur, 2.112 kg ýsa. Skipaskrárnúmer 2941.`),

  rec('chat_pt', f`Preciso de uma lista limpa das embarcações com AIS avariado: MMSI 263482917 (Mar de Peniche), MMSI 263118402 (Berlenga Azul). Os alarmes começaram às 04:12 de 02/03.`),

  rec('chat_vi', f`Giúp mình soạn tờ khai xuất khẩu cá ngừ: mã HS 0303.42, lô hàng số VN-TUNA-2025-0318, 24.600 kg, container MSKU 481927-3, tàu số hiệu BĐ-97418-TS.`),

  rec('chat_id', f`Buatkan ringkasan laporan tangkapan minggu ini: kapal KM Sinar Bitung 07 (GT 29), 4 trip, total 11.820 kg cakalang; KM Laut Biru (GT 31), 3 trip, 9.406 kg. Rata-rata 2.818 kg per trip.`),

  rec('receipt_uk', f`Can you make this donation receipt template friendlier?

Thank you for your gift to Little Lanterns Children's Hospice!
Donation ref: LL-2025-048213
Amount: £35.00 (monthly)
Paid with: Visa ending •••• 6513
Gift Aid declaration: received 04/03/2025
Registered charity no. 1094827`),

  rec('readme_ko', f`출입통제 연동 README를 영어로 번역해 주세요.

${amb('source_code.snippet', f`# badge-sync 설정
BADGE_API_URL=https://access.example.local/api
BADGE_API_TOKEN=<발급받은 토큰 입력>
DB_PASSWORD=\${BADGE_DB_PASSWORD}
ADMIN_PASSWORD=********`)}

토큰은 절대 커밋하지 마세요.`),

  rec('env_dev', f`${amb('source_code.snippet', f`# .env.development — donation form, test mode
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/donations_dev`)}

Why does the form show "Your card was declined" with the test card when the publishable key is the live one?`),

  rec('chat_zh', f`幫我整理這張 MES 工單的變更紀錄：
工單 WO-7F-250311-0042，批號 K7A2503118，晶圓 ID K7A2503118-07、-08
變更 commit ${GIT('b152n-git1')}
追蹤 ID 4c8e1f27-93ab-4d60-b5e2-71f0c39a8d14
Recipe 版本 ETCH-OX-3.14.2`),

  rec('chat_ja', f`以下のロット情報から、歩留まり低下の可能性がある工程を推測してください。
ロット KM3-25A0417、ウェーハ 25 枚、FOUP ID FP-03-1182、クリーンルーム ISO クラス 4（0.1µm で 10,000 個/m³ 以下）、パーティクル増加はベイ 6 のみ。`),

  rec('chat_fr', f`Tu peux me résumer l'état de ces dossiers ? PC 069 383 24 00187 (surélévation, parcelle cadastrale AB 0412), DP 069 387 25 00031 (clôture), PA 069 388 24 00009 (lotissement 14 lots). Hauteur max. autorisée R+4, 15,50 m.`),

  rec('chat_ka', f`გთხოვ, გადაიყვანე ეს ცხრილად: ნაკვეთი 01.10.14.004.018, კოორდინატები 41.7151, 44.8271, სართულიანობა 9, სიმაღლე 31,2 მ, ნებართვის ნომერი 01/2025-0418.`),

  rec('chat_de', f`Kannst du mir die Packungsangaben vereinheitlichen? PZN 04827391, N2, 50 Tbl., Ch.-B. 2F4819A, verw. bis 08/2027; ATC L04AX03; und bei der zweiten PZN 18273645, N1. Die Rezept-ID im E-Rezept ist 160.000.100.482.917.36.`),

  rec('chat_it', f`Mi controlli se questa posologia ha senso? Metotrexato 10 mg una volta a settimana, acido folico 5 mg il giorno dopo, AIC 029374016, lotto 24M118. Ricetta n. 0400A 4827193 del 03/03/2025.`),

  rec('chat_es', f`¿Me ayudas a redactar un correo? Estoy seguro (bueno, confident, como dice mi jefe inglés) de que la cooperativa va a aceptar. Y de paso, ¿tienes una plantilla de acuerdo de confidencialidad para los armadores nuevos?`),

  rec('chat_nl', f`Kun je een leuke uitnodiging schrijven voor de Secret Santa van het hospice-vrijwilligersteam? Budget €15, lootjes trekken op 1 december. Het geheim van een goede surprise: een gedicht!`),

  rec('chat_ru', f`Напиши, пожалуйста, короткое правило парольной политики для фармацевтов: минимум 14 символов, без принудительной смены раз в 90 дней, обязательная двухфакторная аутентификация. Пример пароля не приводи.`),

  rec('code_python_he', f`הטסט של העלאת לוגים מהתגים ל-S3 נופל אחרי עדכון moto. זה ה-fixture:

${v('source_code.snippet', f`@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "il-central-1")`)}`, 'AWS documentation keys in a fixture: no credential'),

  rec('chat_pl', f`Audytor pyta, czy to nie wyciek. To certyfikat i klucz publiczny czytnika kart przy śluzie do cleanroomu, publikujemy je w konfiguracji:

${READER_CERT}

${READER_PUB}`),

  rec('chat_hu', f`Ellenőriznéd a terminál-firmware csomag ellenőrzőösszegét? A kiadási jegyzet szerint sha256: ${SHA('b152n-fw')}, verzió 7.4.12, build 2025.03.02.1.`),

  rec('chat_sv', f`Givaren skrev sitt IBAN på insamlingsblanketten som ${BAD_SE}, men banken säger att det är ogiltigt. Kan du förklara hur kontrollsiffrorna fungerar så jag kan ringa och fråga?`, 'IBAN with wrong check digits'),

  rec('chat_pt_br', f`Cliente quer usar vale-presente na lotérica: número ${VOUCHER}, não passa no sistema. Como explico que vale-presente não serve pra aposta?`, 'Luhn-failing voucher number'),

  rec('chat_tr', f`Kazanan kupon sorgusunda şu seri numarası "geçersiz" çıkıyor: ${TICKET}. Kupon barkodu ile seri numarası farklı mı okunuyor?`, 'Luhn-failing ticket serial'),

  rec('training', f`For the terminal-desk training deck, use only fictional numbers: tell retailers to call ${amb('pii.phone', '+1 480 555 0147')} in the demo, and the UK scenario uses ${amb('pii.phone', '07700 900318')}. Does that look realistic enough?`, 'fictional 555-01xx and Ofcom drama range numbers: ambiguous'),

  rec('chat_fi', f`Päivitetäänkö arvontaterminaalit? Nykyinen firmware 4.12.1.3, uusi 4.12.2.0. Asennuspaketti lotto-term-4.12.2.0-arm64.deb, koko 48,2 Mt.`),

  rec('chat_cs', f`Můžeš shrnout, kde vázne zásilka léků? Objednávka 2025-0318-4471, sledovací číslo Zásilkovny Z 482 917 3650, PPL 40827193645, doručení odhad 7. 3.`),

  rec('chat_th', f`ช่วยสรุปตารางนัดตรวจอาคาร: วันที่ 14/03/2568 เวลา 09:30 คำขอเลขที่ 2568/0417, วันที่ 18/03/2568 เวลา 13:00 คำขอเลขที่ 2568/0422`),

  rec('chat_gsw', f`Chasch mer d Bestellig zämefasse? 40 Stück vom Buech "Liechtli im Dunkle", ISBN 978-3-85932-418-7, für de Benefiz-Stand am Wiehnachtsmärt. Rächnig Nr. 2025-0091.`),

  rec('form_ar', f`حسّن صياغة هذا النموذج الفارغ لطلب الوصفة:
الاسم: ______________
تاريخ الميلاد: يوم/شهر/سنة
رقم الجوال: +966 5X XXX XXXX
رقم الهوية: XXXXXXXXXX`),

  rec('slide', f`Training slide for new badge officers: "A US SSN is never shown on a badge. Example format only: ${amb('pii.us_ssn', '123-45-6789')}. Numbers starting with 000 or 666 are never issued." Is the wording OK?`, 'the well-known SSN example: ambiguous'),

  rec('chat_bn', f`ডকুমেন্টেশনে এই উদাহরণটা ঠিক আছে কিনা দেখো: \`postgresql://<user>:<password>@<host>:5432/permits\` আর \`DB_PASSWORD=changeme\` — নতুন ডেভেলপাররা যেন আসল পাসওয়ার্ড না দেয়।`),

  rec('helm_ta', f`இந்த Helm values சரியா என்று பாருங்கள்:

${amb('source_code.snippet', f`permitPortal:
  db:
    existingSecret: permit-db
    passwordKey: db-password
  env:
    - name: SMTP_PASSWORD
      valueFrom:
        secretKeyRef: { name: permit-smtp, key: password }`)}`),

  rec('gha_hi', f`क्या ये GitHub Actions वर्कफ़्लो सुरक्षित है?

${amb('source_code.snippet', f`- name: Deploy permit portal
  env:
    DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
    DB_URL: \${{ secrets.PERMIT_DB_URL }}
  run: ./deploy.sh production`)}`),

  rec('chat_no_masked', f`Kunden ringte fra et skjult nummer (+47 9** ** 123) og oppga bare de fire siste sifrene i kontonummeret, ****.**.48213. Hvordan verifiserer vi ham uten å spørre om mer?`),

  rec('chat_ko', f`클린룸 파티클 측정 결과를 표로 정리해 주세요: 베이 3 0.3µm 1,204개/ft³, 베이 6 0.3µm 3,918개/ft³, 기준 ISO 5. 측정 장비 S/N LPC-7731-0418.`),

  rec('html_uk', f`Our email newsletter logo doesn't show in Outlook:

${amb('source_code.snippet', f`<img src="data:image/png;base64,${PNG_B64}" width="180" alt="Little Lanterns">`)}`),

  rec('chat_fr_qc', f`On fait une vente de pâtisseries pour l'hospice. La recette secrète de ma grand-mère pour les carrés aux dattes, je peux la mettre dans le livret ou c'est mieux de la garder pour moi? Lol. Écris-moi un petit texte pour le livret.`),

  rec('chat_sk', f`Starý systém lekárne ukladá heslá ako ${ambCat('credential', BCRYPT)}. Je bcrypt s cost 10 ešte v poriadku, alebo treba migrovať na argon2?`, 'a password hash: ambiguous, no rule id'),

  rec('minified', f`Sentry ukazuje chybu v tomto řádku výsledkové stránky loterie, co dělá?

${amb('source_code.snippet', `!function(e){var t=document.querySelectorAll("[data-draw]");t.forEach(function(n){var r=n.getAttribute("data-draw");fetch("/api/draw/"+r).then(function(e){return e.json()}).then(function(e){n.textContent=e.numbers.join(" ")})})}();`)}`),

  rec('lock_uk', f`Чому npm ci падає на цьому фрагменті lock-файлу сервісу рецептів?

${amb('source_code.snippet', f`"node_modules/pdf-lib": {
  "version": "1.17.1",
  "resolved": "https://registry.npmjs.org/pdf-lib/-/pdf-lib-1.17.1.tgz",
  "integrity": "sha512-${fill('b152n-integ', B64, 86)}=="
}`)}`),

  rec('chat_pt_pt', f`Uma dúvida: o sigilo profissional do farmacêutico aplica-se às receitas que recebemos por e-mail? Preciso de uma explicação curta para a formação interna, sem exemplos reais.`),

  rec('chat_lv', f`Kā loterijas termināļa operatoram nomainīt PIN kodu, ja vecais ir aizmirsts? Vajag īsu instrukciju bez reāliem kodiem.`),

  rec('chat_ta_aadhaar', f`விண்ணப்பதாரர் ஆதார் எண்ணை ${BAD_AADHAAR} என்று எழுதியுள்ளார், ஆனால் போர்ட்டல் ஏற்கவில்லை. சரிபார்ப்பு இலக்கம் தவறா என்று எப்படி விளக்குவது?`, 'Verhoeff-failing Aadhaar number'),

  rec('log_ip', f`Terminal heartbeats stopped for a few shops, here's the gateway log:

${amb('source_code.snippet', f`2025-03-04T06:02:11Z WARN gw-riga heartbeat timeout terminal=TRM-448201 peer=${amb('pii.ip_address', '10.88.14.203')}:7443 fw=4.12.1.3
2025-03-04T06:02:13Z WARN gw-riga heartbeat timeout terminal=TRM-448377 peer=${amb('pii.ip_address', '10.88.14.219')}:7443 fw=4.12.1.3`)}

Same firmware on both. Related?`),

  rec('chat_uk_nino', f`Our crew payroll test data uses National Insurance numbers like GB 48 27 19 A and TN 31 84 72 C — someone said those prefixes are never issued, so they're safe for the demo. True?`, 'NINOs with unissued prefixes'),

  rec('chat_sr', f`Направи ми табелу за извештај: грађевинска дозвола бр. ROP-BGD-4827-CPI-1/2025, катастарска парцела 1827/4, КО Вождовац, површина 648 m², спратност П+4.`),

  rec('chat', f`Quick sanity check for our quota app: is "I'm fairly confident the confidential computing option on the VM is overkill" a good line for the architecture doc, or too casual?`),

  rec('chat_en_in', f`Please draft a reminder: inspection for file BBMP/BP/2025/04817 is on 18-03-2025 at 11:00, site engineer to bring the approved plan (sheet 3 of 7) and the structural stability certificate no. SSC/2025/1182.`),
];

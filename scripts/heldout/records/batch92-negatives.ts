/**
 * Held-out batch 92: hard negatives — placeholders, test keys, check-digit failures, masked cards,
 * order, lot and tracking numbers, hashes, optical prescriptions, casual "confidential". Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** A card number whose last digit is deliberately off by one from the Luhn check digit. */
const badCard = (p: string): string => p + String((luhnCheckDigit(p) + 1) % 10);
/** An IBAN with its check digits deliberately wrong. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 97 ? 2 : good + 1).padStart(2, '0') + bban;
};
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b92n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b92n-pklive', B62, 97));
const PUB = pem('PUBLIC KEY', 'b92n-pub', 294);
const CERT = pem('CERTIFICATE', 'b92n-cert', 820);
const SHA = fill('b92n-sha', HEX, 64);
const GITSHA = fill('b92n-git', HEX, 40);
const IMG = b64Bytes('b92n-png', 240);

const BAD_CARD_1 = badCard('453917204816375');
const BAD_CARD_2 = badCard('522804193720581');
const BAD_IBAN_DE = badIban('DE', '76050000' + '2048173916');
const BAD_IBAN_ES = badIban('ES', '0182' + '4729' + '36' + '0201048273');

export const BATCH92_NEGATIVES: DraftRecord[] = [
  rec('rx_en_gb', f`Can you explain this prescription to a customer in plain English? OD: -2.25 / -0.50 x 180, OS: -2.00 / -0.75 x 175, ADD +2.00, PD 63/61 mm. She thinks the axis number is a mistake.`),

  rec('audiogram_de', f`Bitte erkläre das Audiogramm in einfachen Worten: rechts 250 Hz 15 dB, 500 Hz 20 dB, 1 kHz 30 dB, 2 kHz 45 dB, 4 kHz 60 dB, 8 kHz 70 dB; links ähnlich, je 5 dB besser. Gerätevorschlag: RIC, Leistungsstufe M.`),

  rec('placeholder_env', f`Here's the .env.example for the tenant portal, can you add comments explaining each line?

${amb('source_code.snippet', `DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/portal
STRIPE_SECRET_KEY=sk_live_YOUR_KEY_HERE
SENDGRID_API_KEY=<your-sendgrid-key>
SESSION_SECRET=\${SESSION_SECRET}
ADMIN_PASSWORD=changeme-in-vault`)}`),

  rec('stripe_test_es', f`Estoy probando el checkout de suscripciones con la clave de pruebas ${STRIPE_TEST} y la publicable ${PK_LIVE}. ¿Por qué la tarjeta de prueba de 3D Secure no muestra el desafío?`),

  rec('bad_card_fr', f`Le client a dicté ce numéro au téléphone mais le terminal refuse : ${BAD_CARD_1.replace(/(\d{4})(?=\d)/g, '$1 ')}. Je pense qu'il s'est trompé d'un chiffre, comment lui demander poliment de vérifier ?`),

  rec('masked_pan_nl', f`Transactieoverzicht abonnementen september:
02-09 Visa **** **** **** 4417 € 14,99
05-09 Mastercard **** 9021 € 149,00
11-09 Maestro ************3382 € 7,50
Kun je de totalen per kaartmerk berekenen?`),

  rec('bad_iban_de', f`Die Bank hat die Überweisung zurückgewiesen: "IBAN ungültig" – ${BAD_IBAN_DE}. Kannst du eine Mail an den Lieferanten schreiben, dass er die Bankverbindung bitte noch mal prüft?`),

  rec('bad_iban_es', f`El banco dice que el IBAN ${BAD_IBAN_ES} tiene los dígitos de control mal. ¿Cómo se calculan esos dos dígitos?`),

  rec('lot_numbers_it', f`Elenco lotti in quarantena dopo l'escursione termica: 24B117, 24B118, 24C002. Ordine di trasporto TRP-2024-0097781, DDT n. 000481/24, sigillo container 7730194. Scrivi una nota per il magazzino.`),

  rec('tracking_pt', f`O cliente pergunta onde está a encomenda das lentes de contacto. Código CTT: RR482917305PT, encomenda #OV-2024-118374, fatura FT 2024/7781. Escreve uma resposta curta.`),

  rec('sha_hashes_en_us', f`For the IR report appendix, format these as a table (file, SHA-256):
upd.ps1 ${SHA}
stage2.dll ${fill('b92n-sha2', HEX, 64)}
Commit with the fix in the client's repo: ${GITSHA}`),

  rec('uuid_ja', f`予約システムのログにこのIDが大量に出ています。どういう意味ですか？
request_id=3f6b2c91-7d48-4e05-a1c9-58e2d70b4f13 session=b81e4d27-9c35-4a6f-8d02-e7153fa9c640`),

  rec('public_key_sv', f`Är det här den publika nyckeln vi ska ge kunden för att verifiera signerade temperaturrapporter? Eller fel fil?

${PUB}`),

  rec('cert_ru', f`Это сертификат нашего сайта подписки, можно понять по нему срок действия?

${CERT}`),

  rec('confidential_casual_en_za', f`Our client asked whether "confidential computing" on Azure would have prevented the breach. Write two paragraphs explaining what it is and why it wouldn't have helped against phished credentials.`),

  rec('confident_fr_be', f`Je suis confiant que l'équipe U11 peut gagner le tournoi de Namur. Aide-moi à écrire un petit discours motivant pour les enfants avant la finale.`),

  rec('nda_template_nl', f`Heb je een sjabloon voor een geheimhoudingsovereenkomst (confidentiality agreement) tussen onze vastgoedbeheerder en een aannemer? Graag in het Nederlands, maximaal één pagina.`),

  rec('invalid_ssn_en_us', f`The tenant application form has SSN 000-48-2913 and DOB field blank — obviously a dummy. How should our screening vendor handle obviously invalid SSNs?`),

  rec('phone_like_ids_tl', f`Paki-ayos ng listahan: Job order 0917-2024-118, branch code 0032-CEB, serial ng hearing aid 2348-1193-77. Hindi po ito mga numero ng telepono.`),

  rec('version_strings', f`Bump these in the cold-chain gateway: node 20.11.1 → 20.17.0, @grafana/faro-web-sdk@1.8.2, openssl 3.0.13, firmware 2.3.1-rc4, Docker image frigopharm/gw@sha256:${fill('b92n-dig', HEX, 64)}`),

  rec('league_schedule_es', f`Calendario jornada 7 (sub-14): sábado 19/10 10:00 Halcones vs. Pumas (campo 2), 12:00 Águilas vs. Toros (campo 1). Resultado jornada 6: 3-1, 0-0, 2-4. Haz una publicación para Instagram.`),

  rec('isbn_classifieds_hu', f`Apróhirdetés szerkesztése: "Eladó tankönyvek, ISBN 978-963-19-4827-3 és 978-963-06-1182-9, 2000 Ft/db." Kérlek, tedd vonzóbbá a szöveget.`),

  rec('password_policy_pl', f`Napisz politykę haseł dla salonów optycznych: min. 14 znaków, bez powtarzania ostatnich 5 haseł, MFA dla kont administracyjnych. Przykładowe hasło w szkoleniu ma być pokazane jako ******** a nie prawdziwe.`),

  rec('template_vars_ko', f`이 메일 템플릿에서 변수 치환이 안 돼요: "안녕하세요 {{ subscriber.name }}님, 구독 만료일은 {{ subscriber.expires_at }}입니다. 비밀번호 재설정: {{ reset_link }}" — Jinja 문법이 맞나요?`),

  rec('data_uri_vi', f`Ảnh logo liên đoàn trong email bị vỡ, đây là thẻ img: <img src="data:image/png;base64,${IMG}" alt="logo"> — có phải base64 bị cắt không?`),

  rec('temperature_table_sw', f`Tafadhali tengeneza muhtasari wa joto la friji: Jumatatu 4.2 °C, Jumanne 5.1 °C, Jumatano 7.9 °C, Alhamisi 8.4 °C (juu ya kiwango), Ijumaa 3.6 °C. Kikomo ni 2–8 °C.`),

  rec('lease_numbers_ar', f`لخّص بنود عقد الإيجار رقم HL-RUH-2291: المساحة 412 م²، الإيجار السنوي 384,000 ريال، الزيادة 3% كل سنتين، مدة العقد 5 سنوات تبدأ 01/01/2025.`),

  rec('ir_methodology_en_nz', f`Write a short explainer for a client on the difference between password spraying and credential stuffing, and why our report says "no evidence of exfiltration" rather than "no exfiltration".`),

  rec('docs_question_de', f`Wie rotiere ich einen AWS Access Key ohne Downtime? Keine Keys hier, nur die Vorgehensweise bitte, für unsere Kühlketten-Plattform mit drei Lambdas und einem ECS-Service.`),

  rec('fake_card_gift_tr', f`Mağaza hediye kartı numarası ${BAD_CARD_2} kasada "geçersiz" diyor. Müşteriye ne söyleyeyim? Kart 2023 kampanyasından.`),

  rec('coordinates_no', f`Kan du lage en kjørebeskrivelse til kjølelageret? Koordinater 59.9139, 10.7522; porten har kode "ring resepsjonen", lastebiler bruker rampe 4.`),

  rec('bic_only_ch', f`Für die Auslandsüberweisung an den Hörgerätehersteller in Dänemark fehlt nur noch der BIC. Ist ${amb('financial.swift_bic', 'DABADKKK')} für die Danske Bank korrekt? Die Kontonummer liefern sie separat.`),

  rec('ip_only_en_ph', f`Our store CCTV NVR is at ${amb('pii.ip_address', '192.168.1.64')} but we can't reach it from the office. Gateway is ${amb('pii.ip_address', '192.168.1.1')}. What should I check on the router?`),

  rec('redacted_ticket_cs', f`Zákazník [JMÉNO ODSTRANĚNO], tel. [SKRYTO], e-mail [SKRYTO] si stěžuje na zpoždění doručení novin. Napiš prosím odpověď bez osobních údajů.`),

  rec('bcrypt_hash', f`A pentest finding says our league portal stores passwords like this, is bcrypt cost 10 still OK in 2024?
${amb('credential.password_assignment', tok('$2b$10$', fill('b92n-bcrypt', B62 + './', 53)))}`),

  rec('example_email_domains', f`How do I validate subscriber e-mails in Excel without VBA? Formats like name at domain dot com, we only need a rough check.`),

  rec('pharma_codes_fr_cm', f`Classe ces produits par température de stockage : vaccin BCG (2–8 °C), insuline glargine (2–8 °C), paracétamol 500 mg (< 25 °C), code CIP 3400936402817, code ATC J07AN01.`),

  rec('meeting_notes_fi', f`Palaverimuistio 18.9.: vuokralaisten tyytyväisyyskysely lähtee lokakuussa, siivousurakan kilpailutus alkaa 1.11., hissiremontti talossa B viivästyy kaksi viikkoa. Tee tästä tiedote asukkaille.`),

  rec('ukr_youth_rules', f`Сформулюй правила участі у юнацькому турнірі: вік 2010–2011 р.н., заявка до 15 гравців, медична довідка обов'язкова, вартість внеску 1200 грн з команди.`),

  rec('bn_newspaper', f`শ্রেণীবদ্ধ বিজ্ঞাপনের জন্য একটি ছোট টেমপ্লেট লিখুন: "ভাড়া দেওয়া হবে – ২ কক্ষের ফ্ল্যাট, মিরপুর, মাসিক ২২,০০০ টাকা।" কোনো ফোন নম্বর যোগ করবেন না, আমরা পরে দেব।`),

  rec('hash_zh', f`取证报告里的这些MD5要不要换成SHA-256？ 5d41402abc4b2a76b9719d911017c592 只是测试字符串的哈希。`),

  rec('sql_question_no_code_id', f`Bagaimana cara terbaik menyimpan riwayat suhu per menit untuk 400 truk selama 5 tahun? Pakai TimescaleDB atau InfluxDB? Jelaskan tanpa kode dulu.`),

  rec('test_card_known_en_us', f`QA note for the classifieds checkout: use Stripe's standard Visa test card ${amb('financial.payment_card', '4242 4242 4242 4242')} with any future expiry; declines should use the decline test cards from their docs.`),

  rec('order_ids_ro', f`Comanda de rame nr. 2024-0918-00417, factura seria OPT nr. 118374, AWB Fan Courier 2174829173650. Scrie un SMS de confirmare fără date personale.`),

  rec('el_sports_scores', f`Βαθμολογία Κ14: Ολυμπιακός Νέων 16 β., Άρης Νέων 14 β., ΠΑΟΚ Ακαδημία 13 β. Γράψε ένα σύντομο δελτίο τύπου.`),
];

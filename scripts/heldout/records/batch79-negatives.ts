/**
 * Held-out batch 79: hard negatives — AWB and ULD numbers, GS1 barcodes, trial identifiers, NTCIP
 * OIDs, placeholders, test keys, masked and check-failing numbers, public keys and casual uses of
 * "confidential" — from the six workplaces of this batch (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b79n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b79n-pklive', B62, 97));
const SHA256 = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b79n-cert', 820);
const PUBKEY = pem('PUBLIC KEY', 'b79n-pub', 294);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b79n-sshpub', B64, 44)} maint@tsc-ring-07`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${fill('b79n-png', B64, 160)}`;
const INTEGRITY = `sha512-${b64Bytes('b79n-integ', 64)}`;

export const BATCH79_NEGATIVES: DraftRecord[] = [
  rec('chat_en_awb', f`Can you check which of these AWBs have a wrong check digit before I send the manifest? 176-12345675, 020-83746115, 157-48213376, 618-30492715, 001-28837465. The rule is serial mod 7.`),

  rec('gs1_de', f`Der Scanner im Lager liest bei den Tierimpfstoffen nur die GTIN, nicht Charge und Verfall. Barcode-Inhalt:
(01)04012345678901(17)260531(10)VX2291B(21)88417302
Wie trenne ich die Application Identifiers in Excel?`),

  rec('chat_en_trial_ids', f`Please format the reference list for the ethics submission: EudraCT 2023-501847-22-00, NCT06418273, ISRCTN 48291736, IRAS 331872, REC ref 24/LO/0817. Sponsor protocol CRD-207-03 v4.0 dated 18/11/2024.`),

  rec('ntcip_oids_nl', f`Welke OID gebruik ik om de actieve fase van de VRI op te vragen? Ik heb nu:
1.3.6.1.4.1.1206.4.2.1.1.4.1.4.1 (phaseStatusGroupGreens)
1.3.6.1.4.1.1206.4.2.1.3.5.1.2 (detector volume)
snmpget werkt met de read-only community "public" maar geeft noSuchName.`, 'NTCIP OIDs are dotted numbers, not IP addresses; "public" is the default read-only community'),

  rec('env_placeholders_pl', f`Czy ten szablon .env dla nowego środowiska CRF jest kompletny?

${cfg(f`REDCAP_API_URL=https://redcap.example-hospital.pl/api/
REDCAP_API_TOKEN=<wklej-token-z-redcap>
DB_PASSWORD=\${DB_PASSWORD}
SMTP_PASSWORD=<z-vaulta>
SENTRY_DSN=`)}`),

  rec('env_stripe_test_sv', f`${cfg(f`# .env.staging – paywall, endast testläge
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
PAYWALL_FREE_ARTICLES=3`)}

Ska publishable key vara live-nyckeln i staging, eller spelar det ingen roll?`),

  rec('receipt_fr', f`Reçu d'abonnement – Le Courrier de l'Ouest
Formule : Numérique intégral, 12 mois
Montant : 119,00 € TTC
Payé par : Visa **** **** **** 4417, exp. 09/27
N° de transaction : 20241203-88474
Peux-tu le traduire en anglais pour ma note de frais ?`),

  rec('chat_it_bad_card', f`Nel test automatico del checkout abbonamenti uso il numero 4916 3820 7415 9963 per simulare una carta non valida (fallisce il controllo di Luhn). Il form però lo accetta. Come valido lato client?`),

  rec('chat_es_test_card', f`En el entorno de pruebas del muro de pago usamos ${amb('financial.payment_card', '4111 1111 1111 1111')} con cualquier CVC. ¿Cómo simulo un rechazo por fondos insuficientes con el mismo proveedor?`),

  rec('iban_wrong_da', f`Banken afviste overførslen til leverandøren af dyrlægemidler med "ugyldigt IBAN". Nummeret på fakturaen er DK55 0931 3046 4906 42 — kan du se, hvad der er galt? Jeg tror, de har byttet om på de sidste to cifre.`, 'DK IBAN with swapped final digits: fails mod 97'),

  rec('masked_iban_de', f`Bitte formuliere eine Bestätigung an den Begünstigten: Die Ausschüttung aus der Familienstiftung (EUR 18.000) wurde am 02.12. auf das Konto DE33 **** **** **** **46 31 überwiesen.`),

  rec('chat_en_gb_nino_invalid', f`Our payroll system rejects the NI number "TN 31 82 74 B" for the new gardener. HMRC says TN is never issued — is that right? He's got a temporary number on his letter.`),

  rec('chat_en_us_ssn', f`In our HR training deck we show ${amb('pii.us_ssn', '123-45-6789')} as the example SSN and 000-41-7729 as an example of an invalid one (area 000). Is that fine or should we use obviously fake text like XXX-XX-XXXX?`),

  rec('chat_hi_aadhaar_invalid', f`Form validation test ke liye Aadhaar 4829 1736 5402 daala — Verhoeff check fail hona chahiye, par hamara form accept kar raha hai. JavaScript mein Verhoeff kaise likhein?`),

  rec('uuid_log_ko', f`임상시험 EDC 감사 로그입니다. 어떤 이벤트가 중복인지 알려주세요.

${cfg(f`2024-12-02T08:14:51Z form_saved subject=4f8a2c1e-9b7d-4e3a-8c6f-2d1e0a9b8c7d form=AE visit=V3
2024-12-02T08:14:52Z form_saved subject=4f8a2c1e-9b7d-4e3a-8c6f-2d1e0a9b8c7d form=AE visit=V3
2024-12-02T08:20:07Z query_opened subject=7a1b3c5d-2e4f-4a6b-9c8d-0e1f2a3b4c5d form=VS visit=V2`)}`),

  rec('firmware_sha_fi', f`Liikennevalo-ohjaimen firmware-päivityksen tarkistussumma ei täsmää. Toimittajan ilmoittama SHA-256:
${SHA256('b79n-fw1')}
meidän laskema:
${SHA256('b79n-fw2')}
Tiedosto tc9-fw-4.11.bin. Onko tiedosto korruptoitunut latauksessa?`),

  rec('docker_digest_pt', f`A imagem do serviço de rastreio de AWB mudou sem alterarmos a tag. Antes: registry.skyhaul-cargo.pt/awb-tracker@sha256:${SHA256('b79n-dig1')}, agora @sha256:${SHA256('b79n-dig2')}. Como fixo o digest no docker-compose?`),

  rec('cert_en_au', f`The parking payment kiosk vendor sent us this certificate to trust. Is it expired? How do I check the dates?

${CERT}`),

  rec('pubkey_et', f`Lisasin selle avaliku võtme liiklusfooride kontrolleri authorized_keys faili, aga sisselogimine ei tööta:

${SSH_PUB}

Kas faili õigused peavad olema 600?`),

  rec('jwks_lt', f`Kodėl mūsų EDC sistemos JWT validacija nepavyksta? Štai viešasis raktas iš JWKS:

${PUBKEY}`),

  rec('casual_confidential_en', f`We're evaluating confidential computing (AMD SEV-SNP) for running the trial's statistical analysis in the cloud. I'm fairly confident it helps with the sponsor's concerns, but is it overkill for pseudonymised data?`),

  rec('cda_template_en_ke', f`Can you draft a confidentiality agreement template for the clinical monitors who will visit our Kisumu site? It should cover participant data, the protocol, and return of documents at the end of the study.`),

  rec('chat_fr_confidentiel_casual', f`Un abonné demande si ses données de lecture restent confidentielles quand il partage son compte avec sa famille. Peux-tu m'aider à répondre simplement, sans jargon juridique ?`),

  rec('helm_values_tr', f`Helm chart'ında parola değerleri boş geliyor:

${cfg(f`env:
  - name: CARGOWISE_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {{ .Values.cargowise.secretName }}
        key: password
  - name: EDI_USER
    value: {{ .Values.cargowise.user | quote }}`)}`),

  rec('masked_password_ro', f`În jurnalul aplicației de parcare apare "login ok user=dispecer02 password=********" — e suficient mascat sau ar trebui să nu apară deloc câmpul?`),

  rec('password_policy_hu', f`Írj egy rövid jelszószabályzatot a klinikai kutatási egység munkatársainak: legalább 14 karakter, kis- és nagybetű, szám, 90 naponként csere, az utolsó 5 jelszó nem ismételhető.`),

  rec('aws_docs_keys_de', f`Für die lokale Entwicklung mit LocalStack (Kamera-Uploads) nutze ich diese Werte, funktioniert aber nicht:

${cfg(f`export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
aws s3 ls s3://kamera-uploads`)}`),

  rec('bcrypt_cs', f`Máme v tabulce předplatitelů sloupec heslo s hodnotami jako ${ambCat('credential', tok('$2b$12$', fill('b79n-bcrypt', B62 + './', 53)))}. Je bcrypt s cost 12 v roce 2025 ještě v pořádku?`, 'a password hash: ambiguous, no rule id'),

  rec('git_remote_sk', f`git push do repozitára firmvéru parkovacích automatov hlási "Permission denied (publickey)". Remote je ${amb('pii.email', 'git@github.com')}:mesto-doprava/parkomat-fw.git. Čo mám skontrolovať?`),

  rec('phone_fictional_en_us', f`For the subscriber-support training video, use ${amb('pii.phone', '(312) 555-0142')} as the call-back number on screen — it's from the fictional range, right?`),

  rec('phone_invalid_mt', f`Is-sistema tal-kunsinni ma taċċettax in-numru +356 1234 5678 — huwa validu għal Malta? Il-klijent jgħid li huwa n-numru tal-uffiċċju tiegħu.`, 'Maltese numbers do not start with 1: libphonenumber rejects it'),

  rec('package_lock_ja', f`package-lock.json の integrity が一致しないエラーが出ます。購読管理画面のビルドです。

${cfg(f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY}"
}`)}`),

  rec('data_uri_vi', f`Biểu tượng trên trang đăng ký báo không hiện. Đây là thẻ img: <img alt="logo" src="data:image/png;base64,${PNG_B64}"> — có phải chuỗi base64 bị cắt không?`),

  rec('uld_container_el', f`Μπορείς να μου εξηγήσεις τη μορφή των κωδικών ULD και container; Έχουμε AKE 48213 SQ, PMC 71940 LH και το container MSKU 7391846. Ποιος είναι ο check digit στο container;`),

  rec('lot_expiry_sq', f`Përshëndetje, më duhet një tabelë për tërheqjen nga tregu: vaksina Bovi-Shield Lot 24B0917, skadon 31/05/2026; Lot 24C1183, skadon 30/06/2026. Dozat e shpërndara: 1 840 dhe 2 210.`),

  rec('hs_codes_az', f`Baytarlıq dərmanları üçün HS kodlarını yoxlaya bilərsən? 3002.42 (baytarlıq peyvəndləri), 3004.90 (digər dərmanlar), 2941.10 (penisillinlər). Gömrük brokeri 3002.41 yazıb.`),

  rec('coords_kk', f`Бағдаршамдар орналасқан нүктелердің координаттары: 43.2389, 76.8897; 43.2567, 76.9286; 43.2220, 76.8512. Оларды GeoJSON форматына айналдырып бере аласың ба?`),

  rec('versions_ar_eg', f`ممكن تقولي الفرق بين النسخ دي لنظام إدارة المواقف؟ 4.12.0 و 4.12.3 و 5.0.0-rc.2. عايز أعرف هل التحديث من 4.12.0 لـ 5.0.0 محتاج ترحيل قاعدة البيانات.`),

  rec('parking_ids_ms', f`Pelanggan mengadu caj tempat letak kereta berganda. ID transaksi: 4716 0329 8841 2270 dan 4716 0329 8841 2271, meter MTR-KL-0417, 2 Disember 2024. Tolong tulis balasan.`, 'transaction ids that fail the Luhn check'),

  rec('voucher_nb', f`En abonnent vil løse inn et gavekort på avisabonnement: 6280 4193 0572 8841. Systemet sier "ugyldig kode". Hvordan skriver jeg et hyggelig svar?`, 'gift-card number that fails the Luhn check'),

  rec('bic_only_it', f`Il broker doganale mi chiede solo il codice ${amb('financial.swift_bic', 'BCITITMM')} della nostra banca per il pagamento dei dazi, non l'IBAN. È normale?`),

  rec('ip_only_uk', f`Камера на перехресті Хрещатик/Прорізна відповідає на ping з ${ip('10.31.8.44')}, але RTSP не відкривається. Порт 554 відкритий. Де шукати проблему?`),

  rec('ofcom_en_gb', f`For the monitors' training slide, I put the site's phone as ${amb('pii.phone', '07700 900418')}. That's the Ofcom drama range so it can't ring anyone real, correct?`),

  rec('code_pk_live_js', f`Stripe Elements op de abonnementspagina laadt niet. Dit is het script:

${code(f`const stripe = Stripe("${PK_LIVE}");
const elements = stripe.elements({ locale: "nl" });
const card = elements.create("card", { hidePostalCode: true });
card.mount("#kaart");`)}`, 'publishable key: public by design'),

  rec('isbn_sw', f`Tunataka kununua vitabu hivi kwa maktaba ya kitengo cha utafiti wa kliniki: ISBN 978-1-119-84627-3 na ISBN 978-0-19-883947-1. Tafadhali andika barua ya ombi la ununuzi.`),

  rec('timestamps_yo', f`Ẹ jọ̀ọ́ ṣàlàyé àwọn àkókò yìí nínú ìròyìn ẹrù: ATD 2024-12-02T23:45:00Z, ATA 2024-12-03T06:10:00+01:00, ọkọ̀ òfurufú LH 569, AWB 020-83746115.`),
];

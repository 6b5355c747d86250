/** Held-out batch 90: hard negatives — things that look sensitive in the six organisations' texts but are not (per tests/corpus/README.md). Hand-written. */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, rec, type DraftRecord } from '../dsl';

const badCard = (payload: string): string => payload + String((luhnCheckDigit(payload) + 3) % 10);
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  return cc + String(good === 97 ? 2 : good + 1).padStart(2, '0') + bban;
};

export const BATCH90_NEGATIVES: DraftRecord[] = [
  rec('chat_en_gb', f`What's the difference between a chargeback and a retrieval request? Explain it like I'm new to the dispute team.`),
  rec('chat_masked', f`Customer says the charge on card ending **** **** **** 7305 is not hers. Draft a reply asking for the transaction date and amount.`),
  rec('chat_badcard', f`A caller read out ${badCard('453917204816371')} as her card number but our system says "invalid number". What should the agent say?`),
  rec('chat_bad_iban', f`Der Lieferant hat uns ${badIban('AT', '2011182719364821')} geschickt, unser Banking-Tool sagt „Prüfziffer falsch". Wie formuliere ich die Rückfrage höflich?`),
  rec('chat_placeholder_env', f`Para el repositorio público del sistema de reservas, ¿está bien dejar esto en .env.example?
STRIPE_SECRET_KEY=sk_live_your_key_here
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB
SENDGRID_API_KEY=\${SENDGRID_API_KEY}`),
  rec('stripe_test', f`Dans notre environnement de recette on utilise la clé pk_test_51Nq8fKJ2hY3pGz7tBx0QwLmRvE4sUa9cTd6 côté front. Est-ce un problème de la commiter ?`),
  rec('uuid_log', f`Job failed: scene_id=7d3f2a91-4c6e-48b0-9f12-e5a8c07b3d64 tile=33UXP sha256=e4a17c92b05d38f6a1c9e027b4d58f31a6c2e90b7d14f85a3e6b20c9d71f4a58. Retry or skip?`),
  rec('git_sha', f`Can you explain what commit 4e1b7c9a2f08d3e6b5a4c1d7f902e8b3a6c5d410 changed? The message just says "fix cloud mask threshold".`),
  rec('docker_digest', f`Pin the image: ghcr.io/orbitale/tiler@sha256:3b9c2e71d4a08f56b1e9c7d2a45f380b6e1d9c2a7f4b8e03d6c5a19b2e7f4d80 — is that the right syntax in compose?`),
  rec('version_str', f`We're on react@18.2.0 and @tanstack/react-query 5.51.1 in the physio booking app. Is upgrading to React 19 risky?`),
  rec('order_no', f`Bestellnummer 2024-DE-0048271936, Lieferschein LS-88213-A, 12 t Kalkammonsalpeter. Bitte schreibe eine Versandbestätigung.`),
  rec('isbn', f`Para el programa de mano citamos el libreto: ISBN 978-84-376-0494-7. ¿Está bien el formato de la cita?`),
  rec('tracking', f`Tracking number 1Z 4W7 82E 03 9184 2736 hasn't moved in 3 days — the seed samples are for a trial plot. Write a polite chase to the courier.`),
  rec('dates', f`Tour dates: 14.03.2025 Graz, 16.03.2025 Linz, 19.03.2025 Salzburg. Turn this into a poster line in German.`),
  rec('chat_confident', f`I'm confident the new NDVI model is better — how do I present the validation results to a non-technical board?`),
  rec('confidential_computing', f`Does Azure confidential computing help us process taxpayer data securely, or is it overkill for a help desk?`),
  rec('nda_template', f`Necesito una plantilla de acuerdo de confidencialidad para los fisioterapeutas autónomos. ¿Qué cláusulas son típicas?`),
  rec('question_code', f`How do I read a Sentinel-2 band into numpy with rasterio? Just explain, no need for full code.`),
  rec('doc_keys', f`Ang aming dokumentasyon ay gumagamit ng halimbawang "YOUR_API_KEY" at "<your-password>" — sapat na ba iyon para hindi ma-leak ang totoo?`),
  rec('svg_path', f`Icon for the physio app: <path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 15h2v-6h-2v6z"/> — why is it cropped?`),
  rec('base64_img', f`Dieses Logo ist als data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGNgGAWjYBSMglEwCkbBKBgFgwAABm8AAY4ELoQAAAAASUVORK5CYII= eingebettet. Ist das effizient?`),
  rec('bad_aadhaar', f`Taxpayer entered Aadhaar 4827 3619 2051 and the portal rejects it as invalid. How should the help desk explain the checksum error?`),
  rec('bad_nino', f`Someone wrote TN 48 27 39 B as their NI number on the physio staff form. HR says that prefix is never issued — what do we ask them?`),
  rec('bad_ssn', f`The dispute form shows SSN 912-48-2739, which our validator rejects (9xx area). Draft a message asking the cardholder to re-check.`),
  rec('masked_csv', f`Summarise by reason code:
case,pan_masked,amount
CB-1,453917******6375,129.00
CB-2,527849******8417,76.40
CB-3,376192*****7185,2450.00`),
  rec('phone_drama', f`For the radio ad for our Bristol clinic, use a fictional number like ${amb('pii.phone', '0117 496 0123')} so nobody gets called by accident. Is that range safe?`),
  rec('public_key', f`Is it OK to put this in the README? It's the public half of the deploy key:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFq8Z2pW7kN3vR5xT1mY9cB4hJ6dL0sE2aG8uK3oP7iQ deploy-tiler`),
  rec('cert', f`Which of these is the certificate and which the chain? -----BEGIN CERTIFICATE----- MIIBszCCAVmgAwIBAgIUJ2n... (truncated) -----END CERTIFICATE-----`),
  rec('integrity', f`npm ci fails with integrity mismatch: sha512-Xk3mQ9pZ7vT2rW5yB8nC1dF4gH6jL0sA3eR7uI9oP2qS5tV8wX1zY4bN6mK0cJ3hG7fD2aE5lQ9iU8oT1rW4yB6n== for geotiff@2.1.3. What now?`),
  rec('swift_only', f`Kaj pomeni koda ${amb('financial.swift_bic', 'LJBASI2X')} na nalogu? Ali je to številka računa ali banke?`),
  rec('ip_only', f`Our Grafana shows spikes from ${amb('pii.ip_address', '91.198.44.77')} every night at 02:00 — probably the backup job. How do I confirm?`),
  rec('test_card', f`In the QA environment the dispute simulator only accepts ${amb('financial.payment_card', '4242 4242 4242 4242')} — can I use a different test card for Mastercard flows?`),
  rec('gift_voucher', f`Opera gift voucher no. ${badCard('603571824930152')} is not accepted at the box office. Write a note explaining that vouchers are validated by the theatre, not the bank.`),
  rec('hash_sum', f`Bu ürün kataloğu PDF'inin MD5'i c3e81f07a9d24b6e58f1097d3ab26e4c mi olmalı? İndirirken bozulmuş olabilir.`),
  rec('cron', f`Cron expression "0 2 * * 1-5" — does that run the tax FAQ rebuild at 2am on weekdays?`),
  rec('taxform', f`Vergi formundaki "TCKN" alanını nasıl açıklarım? Müşteriye kendi numarasını yazmasını söylemeliyim, biz örnek vermiyoruz.`),
  rec('quota', f`Ang aming satellite imagery quota ay 25 000 km² kada buwan. Paano namin ito ipapaliwanag sa mga customer?`),
  rec('password_policy', f`Write a password policy for the physio clinics: minimum 14 characters, no reuse of the last 5, MFA mandatory. Don't include example passwords.`),
  rec('coordinates', f`Bounding box for the trial plots: 52.2297, 21.0122 to 52.2401, 21.0309. Convert to WKT please.`),
  rec('iban_format', f`Qual è il formato dell'IBAN italiano? Quanti caratteri ha e dov'è il CIN? Non mi servono esempi reali.`),
  rec('bad_iban_list', f`Este IBAN ${badIban('PT', '003506510000482731966')} falhou na validação do fornecedor de sementes. Como peço um novo?`),
  rec('placeholder_yaml', f`Is this Helm values file safe to share?
db:
  password: "{{ .Values.dbPassword }}"
api:
  key: ********`),
  rec('chat_ja_neg', f`チャージバックの理由コード「10.4」と「13.1」の違いを簡単に説明してください。`),
  rec('chat_ko_neg', f`오페라 투어 일정표를 엑셀로 만들 때 날짜 형식을 YYYY-MM-DD로 통일하는 방법을 알려주세요.`),
  rec('chat_ar_neg', f`ما هو الفرق بين الإقرار الضريبي المبدئي والنهائي؟ اشرح باختصار لموظفي خدمة العملاء.`),
  rec('chat_am_neg', f`Ke mmalwa jwang foromo ya lekgetho ya "Provisional Tax"? Ke batla tlhaloso e bonolo feela, ha ho hlokahale dintlha tsa motho.`),
];

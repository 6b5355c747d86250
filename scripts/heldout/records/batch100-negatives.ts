/**
 * Held-out batch 100: hard negatives from the six settings — placeholders, test keys, masked or
 * check-failing numbers, container / ISRC / VIN / part numbers, hashes, casual "confidential".
 * Unlabelled apart from ambiguous spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, luhnValid, ibanValid } from '../../corpus/checksums';
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const grp = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
/** An IBAN whose check digits are deliberately wrong (asserted below). */
function badIban(cc: string, bban: string): string {
  const good = Number(ibanCheckDigits(cc, bban));
  const bad = String(((good + 7) % 97) + 2 > 98 ? 3 : ((good + 7) % 97) + 2).padStart(2, '0');
  const s = cc + bad + bban;
  if (ibanValid(s)) throw new Error(`meant to be invalid: ${s}`);
  return s;
}
/** A card-shaped number that fails the Luhn check (asserted). */
function badCard(payload: string): string {
  const s = payload + String((luhnCheckDigit(payload) + 3) % 10);
  if (luhnValid(s)) throw new Error(`meant to fail Luhn: ${s}`);
  return s;
}

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b100n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b100n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b100n-pub', 294);
const CERT = pem('CERTIFICATE', 'b100n-cert', 820);
const SHA = (seed: string): string => fill(seed, HEX, 64);
const BCRYPT = tok('$2b$12$', fill('b100n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAA${b64Bytes('b100n-png', 240)}`;
const BAD_IBAN_DE = badIban('DE', '370400440532013000');
const BAD_IBAN_PT = badIban('PT', '001800034518294701957');
const BAD_CARD = badCard('450806218374920');
const VOUCHER = badCard('603571004821937');
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b100n-sshpub', B64, 43)} deploy@yard-db`;

export const BATCH100_NEGATIVES: DraftRecord[] = [
  rec('chat', f`What's the check digit algorithm for ISO 6346 container numbers? I have MSKU 482719 and TGHU 907314 and our yard system rejects the second one as invalid.`),

  rec('csv', f`Import these gate moves into the yard plan, sort by time:
container,iso_type,gate_in,seal,weight_kg
MSCU4827195,45G1,2024-11-20 06:41,SL0048217,27480
CMAU7319046,22R1,2024-11-20 06:55,SL0048218,18220
HLBU9021487,45G1,2024-11-20 07:02,SL0048224,30110
OOLU6218390,42U1,2024-11-20 07:15,,4120`),

  rec('chat', f`ISRC codes for the new single: NGA9K2400017 (radio edit) and NGA9K2400018 (extended). The UPC is 196874021573. Can you explain the ISRC format to the artist's manager in simple words?`),

  rec('chat', f`Busul cu VIN YS2K4X20001847293 a intrat în service pentru a treia oară cu aceeași eroare DTC P0401. Cum formulez cererea de garanție extinsă?`),

  rec('chat', f`Garantiekatalog: Teilenummer 81.36105-6023 (Luftfedertrommel) wurde durch A 628 320 05 25 ersetzt. Schreib mir eine kurze Info für die Werkstätten.`),

  rec('env_file', f`${amb('source_code.snippet', f`# .env.example for the FX kiosk — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
RATES_API_KEY=<your-rates-api-key>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/fx
SENTRY_DSN=`)}
Is it a problem that the publishable key is already filled in?`),

  rec('code_python', f`Unit test for the payment module uses Stripe's test mode:

${v('source_code.snippet', f`import stripe

stripe.api_key = "${STRIPE_TEST}"

def test_refund_roundtrip():
    pi = stripe.PaymentIntent.create(amount=5000, currency="eur", payment_method="pm_card_visa", confirm=True)
    r = stripe.Refund.create(payment_intent=pi.id)
    assert r.status == "succeeded"`)}`),

  rec('chat', f`Cliente pagou com cartão terminado em **** **** **** 8817 e pede a fatura. O recibo mostra "VISA ************8817 AUT 482193". Como emito segunda via?`),

  rec('chat', f`A customer read his card number to me as ${BAD_CARD}, but the terminal says invalid card. Did I mishear a digit? How do I explain politely?`),

  rec('chat', f`Überweisung kam zurück: die IBAN ${grp(BAD_IBAN_DE)} sei ungültig laut Bank. Wie schreibe ich dem Künstler, dass er die Nummer prüfen soll?`),

  rec('chat', f`O sistema rejeitou o IBAN ${BAD_IBAN_PT} no pagamento de royalties. Podes explicar como funciona o dígito de controlo?`),

  rec('chat', f`Gift voucher for the exchange bureau's loyalty scheme: code ${VOUCHER}, value €50. The customer says it won't scan. Draft a reply.`),

  rec('chat', f`Kannst du mir erklären, was "confidential computing" ist? Unser Krankenhaus-IT überlegt, das für die Patientenakten einzusetzen.`),

  rec('chat', f`I'm confident the crane 7 outage was caused by the spreader sensor, not software. Help me write the root-cause section.`),

  rec('chat', f`Need a template for a confidentiality agreement between our label and a freelance mastering engineer. Irish law, plain English.`),

  rec('chat', f`Peux-tu expliquer la différence entre "confidentiel" et "secret professionnel" dans un hôpital psychiatrique ? C'est pour une formation des nouveaux infirmiers.`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-20T04:00:01Z INFO backup obit-cms started id=9f1c2e7a-5b3d-4e8f-a1c6-7d2b9e04f513
2024-11-20T04:03:12Z INFO uploaded obituaries.dump sha256=${SHA('b100n-sha1')}
2024-11-20T04:03:13Z INFO backup finished in 191s`)}
Why does it take 3 minutes when the DB is only 2 GB?`),

  rec('dockerfile', f`${amb('source_code.snippet', f`FROM python:3.12-slim@sha256:${SHA('b100n-sha2')}
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "royalty.wsgi:application", "-b", "0.0.0.0:8000"]`)}
Can you make this image smaller?`),

  rec('json', f`package-lock fragment from the obituary frontend, why two versions of date-fns?

${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "sha512-${fill('b100n-integ', B64, 86)}=="
}`)}`),

  rec('chat', f`Is this our public key for the SFTP server, the one I should send to the DSP?

${PUB_PEM}`),

  rec('chat', f`Here's the certificate the terminal's EDI partner sent, when does it expire?

${CERT}`),

  rec('chat', f`Add this to authorized_keys on the yard DB? ${SSH_PUB}`),

  rec('html', f`The obituary page's placeholder image renders broken: <img src="data:image/png;base64,${PNG_B64}" alt="candle">`),

  rec('chat', f`How do I hash passwords for the admissions portal? Our old system stored them like ${amb('credential.password_assignment', BCRYPT)}, is bcrypt cost 12 still fine in 2025?`),

  rec('k8s_yaml', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: fx-rates
stringData:
  RATES_API_KEY: "{{ .Values.rates.apiKey }}"
  DB_PASSWORD: "\${DB_PASSWORD}"`)}
Helm renders this empty, what did I miss?`),

  rec('chat', f`Setup guide for new cashiers: log in with your personal username and the password you set at first login (password: <your-password>). Never write it down. Please translate this line to Tagalog and Cebuano.`),

  rec('chat', f`GitHub says my token ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is invalid — obviously I redacted it here. What scopes do I need to read packages?`),

  rec('obituary', f`Kérlek javítsd: "Szeretett édesanyánk, Nagy Ilona 2024. november 18-án, 86 éves korában csendesen elhunyt. Temetése november 29-én 13 órakor lesz a debreceni köztemetőben."`),

  rec('obituary', f`Death notice draft: "Peacefully, at St. Luke's Hospice on 17 November 2024, surrounded by family, Margaret (Peggy) Fitzgerald, aged 91. Reposing at Murphy's Funeral Home Friday 5–7 pm." Tighten it to 40 words.`),

  rec('chat', f`Nakala ya tangazo: "Familia ya marehemu inatoa shukrani kwa wote waliotufariji. Ibada ya mazishi itafanyika Jumamosi 30/11/2024 saa nne asubuhi." Rekebisha sarufi.`),

  rec('chat', f`Ang exchange rate kahapon ay 1 USD = 58.42 PHP, at ngayon 58.71. Gaano kalaki ang porsyentong pagtaas? Reference no. 2024112000387.`),

  rec('chat', f`Fatura numarası 2024/TR/000418273, sipariş no 7719-4820-1136. Müşteri ikisini karıştırıyor; hangisi muhasebeye gider?`),

  rec('chat', f`Tracking number for the replacement gearbox shipment: 1Z 4A8 729 04 1839 2716 (UPS), and the DHL one JD014600003828371945. Which one arrives first in Cork?`),

  rec('chat', f`Kalkulator demurrage: free time 5 hari, tarif USD 75/hari untuk 20', USD 150/hari untuk 40'. Kontainer masuk 2024-11-02, keluar 2024-11-13. Berapa totalnya?`),

  rec('chat', f`Version question: our royalty engine runs on Django 4.2.16 and Celery 5.4.0, Python 3.11.9. Is upgrading to Django 5.1 safe?`),

  rec('chat', f`Sa git log ko nakita ang commit 4c7e9a1f2b83d605e9c41a7f8b2d3e6a0c15f9d7, paano ko i-revert lang ang isang file mula doon?`),

  rec('chat', f`Ward phone extensions for the admissions desk list: Oak 4417, Larch 4418, Cedar 4420, night coordinator 4400. Format as a table.`),

  rec('chat', f`Estadística del trimestre: 1.284 reclamaciones de garantía, 312 rechazadas, coste medio 2.417,80 €. Total pagado 2.349.102,55 €. Haz un gráfico en texto.`),

  rec('chat', f`Royalty rate table: 0.00318 EUR per stream (premium), 0.00087 (free tier), 0.0041 (video). 4 820 193 streams premium this month. Calculate.`),

  rec('chat', f`Berth schedule: MV Nordic Tern ETA 2024-11-22 04:30, berth 3, 1 840 moves planned; MV Kota Harum ETA 2024-11-22 16:00, berth 1. Voyage 448W / 217E. Summarise for the gang foremen.`),

  rec('chat', f`Our swift code field in the form, what length is valid? Example from our own bank letterhead: ${amb('financial.swift_bic', 'DABADKKK')}.`),

  rec('chat', f`${amb('source_code.snippet', "SELECT rate FROM fx_rates WHERE pair = 'EUR/HUF' AND valid_from <= now() ORDER BY valid_from DESC LIMIT 1;")} — why can this return yesterday's rate?`),

  rec('chat', f`The admissions portal shows "Session 7d2c9f41-8a3e-4b6d-91c0-5e7f2a8b3d16 expired". Is the UUID something I should hide in the screenshot for the vendor?`),

  rec('chat', f`Vad betyder ISWC T-917.314.582-6 på en låts metadata? Och hur hänger den ihop med ISRC?`),

  rec('chat', f`Explain the difference between a password hash, a salt and a pepper in simple terms for our FX bureau IT training, no code needed.`),

  rec('chat', f`Mathematics for the bus warranty: 7 years or 700,000 km, whichever comes first. Bus registered 14.03.2019 with 512,430 km today. Covered?`),

  rec('chat', f`Pasaporte vs. cédula: ¿qué documentos aceptamos en la casa de cambio de Lima para montos mayores a USD 10,000? Solo la política, sin datos de clientes.`),
];

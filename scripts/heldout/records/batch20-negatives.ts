/**
 * Held-out batch 20: hard negatives from the same workplaces — part numbers, VINs, IMEIs, order and
 * ticket numbers, VAT ids, hashes, placeholders, masked or test cards, casual "confidential" —
 * unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b20n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b20n-pklive', B62, 97));
const PUB_CERT = pem('CERTIFICATE', 'b20n-cert', 780);
const SSH_PUB = tok('ssh-ed25519 ', 'AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b20n-sshpub', B64, 43));
const PNG_B64 = tok('iVBORw0KGgoAAAANSUhEUgAA', b64Bytes('b20n-png', 240));
const BCRYPT = tok('$2y$10$', fill('b20n-bcrypt', B62 + './', 53));
const CISCO9 = tok('$9$', fill('b20n-c9a', B62 + './', 14), '$', fill('b20n-c9b', B62 + './', 43));

export const BATCH20_NEGATIVES: DraftRecord[] = [
  rec('warranty_de', f`Gewährleistungsantrag – bitte kurz zusammenfassen für den Kunden:
FIN: WF0XXXGCDX7R48213, Erstzulassung 14.03.2021, km-Stand 61.420
Beanstandung: Geräusch Vorderachse links
Ersetzt: Radlager 5Q0 407 271 BK, Bremsscheibe 0 986 479 C41, Arbeitszeit 1,4 h
Garantieantrag Nr. GA-2024-118304, Händlernr. 40219`),

  rec('plc_tags', f`${amb('source_code.snippet', f`Name;Datentyp;Adresse;Kommentar
xNotAus_OK;Bool;%I0.0;Not-Aus Kreis 1 quittiert
xTuerZu;Bool;%I0.1;Schutztür Zelle 3
rDruckIst;Real;%ID100;Hydraulikdruck bar
iStueckzahl;Int;%MW210;Zähler Gutteile
diAuftragNr;DInt;%MD300;aktueller FA aus MES`)}

Kannst du mir aus dieser Variablentabelle eine Beschreibung für die Anlagendokumentation machen?`),

  rec('imei_list', f`Device swap batch for the Lyon retail store — can you format this as a table with columns model / IMEI / ICCID?
Galaxy A55 — IMEI 356938035643801 — ICCID 8933150319000123457
iPhone 15 — IMEI 353456789012340 — ICCID 8933150319000123465
Pixel 8a — IMEI 358240051111113 — ICCID 8933150319000123473
(IMEIs typed by hand from the boxes, some may have typos)`, 'IMEIs that fail their Luhn check and SIM serials: device identifiers, not cards'),

  rec('shipping', f`Customer says parcel never arrived. Order MK-DE-9184410 (3 items), shipped 19.11. with DHL, tracking JJD0003900078124739, second parcel UPS 1Z 4F7 9E2 68 1047 3925. Seller ticket SUP-448120. Write a reply saying we opened an investigation with the carrier.`),

  rec('vat_ids', f`Reverse-charge check for our EU clients, which of these VAT ids need a VIES confirmation printout for the file?
- Autohaus Brandl GmbH – DE284719365
- Gastro Wien KG – ATU68294715
- Hôtel Riviera SARL – FR47829104736
- Fietsenhuis Groningen B.V. – NL862047193B01
- Slévárna Hradec s.r.o. – CZ28471936`, 'VAT numbers identify businesses'),

  rec('log', f`${amb('source_code.snippet', f`2024-11-26T08:14:02.118Z INFO  order-svc trace_id=4e2f9c1a7b3d4e58a9c0f1e2d3b4a5c6 span_id=9a8b7c6d5e4f3a2b order=MK-PL-2208841 status=CONFIRMED
2024-11-26T08:14:02.347Z INFO  payout-svc request_id=3c1e9f2a-47b8-4d05-9e6a-b2f7c8d1e043 seller=S-20411 batch=PB-2024-47 state=QUEUED
2024-11-26T08:14:03.902Z WARN  search-svc reindex took 4120ms shard=products_pl_3 docs=18422`)}

Why would reindexing block order confirmation? They're separate services.`),

  rec('release', f`Release notes please, plain language for plant IT:
MES client 7.4.2 (build 7.4.2.1184) → 7.5.0 (build 7.5.0.1203)
Image: registry.werk-linz.local/mes/client@sha256:${SHA('b20n-dig1')}
SHA-256 of installer: ${SHA('b20n-inst')}
Changes: OPC UA reconnect fix, new Schichtbuch report, .NET 8.0.11`),

  rec('training', f`I'm preparing an AWS security training for the ops team. Is it OK to use these in the slides, or could they trigger a real account?
Access key: AKIAIOSFODNN7EXAMPLE
Secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, 'the AWS documentation keys'),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/kitebrief
OPENAI_API_KEY=sk-...
SLACK_BOT_TOKEN=xoxb-your-bot-token
STRIPE_SECRET_KEY=<stripe secret key>
SENTRY_DSN=
JWT_SECRET=\${JWT_SECRET}`)}

Write a CONTRIBUTING section explaining how a new dev gets each of these.`),

  rec('env_test', f`${amb('source_code.snippet', f`# marketplace-web/.env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
PAYMENTS_MODE=test`)}

QA says checkout on the test env charged nothing but showed "live mode" in the Stripe badge — is the publishable key the reason?`),

  rec('receipt_fr', f`Reçu – Hôtel Riviera Nice
Séjour du 14/11 au 17/11/2024, chambre 508
Total : 612,40 € TTC (dont taxe de séjour 8,10 €)
Payé par : VISA **** **** **** 4417, autorisation 083915
N° de facture : HRN-2024-11-00891

Peux-tu traduire ce reçu en anglais pour la note de frais de mon collègue ?`),

  rec('qa_plan', f`Test plan for the new checkout — which scenarios are missing?
1. Visa success: ${amb('financial.payment_card', '4242 4242 4242 4242')}, any future date, any CVC
2. 3DS challenge: ${amb('financial.payment_card', '4000 0027 6000 3184')}
3. Declined (insufficient funds): ${amb('financial.payment_card', '4000 0000 0000 9995')}
4. SEPA debit with test IBAN ${amb('financial.iban', 'DE89 3704 0044 0532 0130 00')} (from the PSP docs)`, 'well-known PSP test cards (ambiguous) and the documented example IBAN'),

  rec('card_error', f`The customer keeps typing 4532 7788 1234 5670 and our form says "invalid card number". She swears it's what's printed on the card. Could our validation be wrong, or did she mistype a digit? How do I explain the check digit to her?`, 'fails the Luhn check: not a card number'),

  rec('iban_error', f`Lieferant schickt uns IBAN DE44 3704 0044 0532 0130 01 und unser ERP sagt "Prüfziffer falsch". Kann das ERP falsch rechnen oder hat er sich vertippt? Wie erkläre ich ihm das freundlich?`, 'an IBAN with a wrong check digit'),

  rec('booking', f`Reservierungsbestätigung – bitte ins Englische übersetzen:
Buchungsnummer: 84719263
Booking.com-Referenz: 4829173645
Anreise: Fr., 07.03.2025, ab 15:00 Uhr
Abreise: So., 09.03.2025, bis 11:00 Uhr
2 Erwachsene, Doppelzimmer Komfort, Frühstück inkl.
Stornierung kostenlos bis 05.03.2025, 18:00 Uhr`),

  rec('hr_dates', f`Bitte ein Jubiläumsschreiben formulieren: Frau Huber ist am 01.04.1999 bei uns eingetreten, also 25 Jahre im Werk Linz. Die Feier ist am 12.12.2024 um 14 Uhr in der Kantine, Rückmeldung bis 05.12.`, 'entry and event dates, not birth dates'),

  rec('nda_template', f`Can you draft a mutual confidentiality agreement template for our startup's talks with potential pilot customers? Keep the confidentiality clause reasonable — 3 years, standard carve-outs for information that is already public. We're confident the pilots will go fine without heavy legal.`, 'casual use of confidentiality words'),

  rec('chat_de', f`Wir haben im Einkauf eine Schulung zum Thema "Vertraulichkeit im Umgang mit Lieferantendaten" geplant. Kannst du mir fünf Quizfragen dazu machen? Zielgruppe: Sachbearbeiter, keine Juristen.`, 'a training topic, not a marking'),

  rec('partnumbers', f`Stückliste für die Bremssattel-Baugruppe, bitte nach Lieferant sortieren:
A 000 421 38 12 – Bremsbelagsatz – Lieferant 40118
0 204 032 341 – Hauptbremszylinder – Lieferant 40211
1K0 615 123 E – Bremssattel links – Lieferant 40118
34 11 6 860 911 – Bremsscheibe – Lieferant 40307`),

  rec('ssn_spec', f`For the data masking spec: test data must never look like a real SSN, so we only use numbers like 000-12-3456, 666-45-1209 or 987-65-4329, which the SSA never issues. Can you rephrase this rule for the data team wiki?`, 'SSNs with never-issued areas'),

  rec('nino_doc', f`HMRC's guidance uses QQ 12 34 56 C as the example National Insurance number. Should our payroll form validation reject the QQ prefix, or is that only a documentation value?`, 'the HMRC documentation example NINO'),

  rec('aadhaar_demo', f`Our seller-onboarding demo video shows an Aadhaar field filled with 1234 5678 9012 — legal asked if that's a problem. It starts with 1, so it can't be issued, right? Write a short note to legal.`, 'an Aadhaar-shaped number that cannot be issued'),

  rec('steuernummer', f`Briefkopf für unsere Kanzlei, bitte hübsch machen:
Kessler & Partner mbB Steuerberatungsgesellschaft
Leopoldstraße 41, 80802 München
Steuernummer 143/815/08154 · USt-IdNr. DE284719365
Amtsgericht München PR 1842`, 'the firm\'s own business tax number and VAT id'),

  rec('template_iban', f`Vorlage für das Formular "Änderung der Bankverbindung": Im Feld IBAN steht als Beispiel "DE00 0000 0000 0000 0000 00", das verwirrt die Leute. Was wäre ein besserer Platzhaltertext?`),

  rec('ssh_pub', f`Can you add this public key to the authorized_keys Ansible role for the new NOC engineer?

${SSH_PUB} noc-anna@laptop

Role currently has a list variable called noc_pubkeys.`, 'an SSH public key'),

  rec('cert', f`Which fields should I check in this certificate before installing it on the hotel's guest portal?

${PUB_CERT}`, 'a public certificate'),

  rec('html_img', f`${amb('source_code.snippet', f`<img alt="Hotel logo" width="120" src="data:image/png;base64,${PNG_B64}">`)}

The logo is blurry in the booking confirmation e-mail in Outlook. Should I use a hosted PNG instead?`),

  rec('password_hash', f`Das alte Gästeportal speichert Passwörter so: ${ambCat('credential', BCRYPT)} — ist bcrypt mit Kosten 10 heute noch ausreichend oder sollen wir auf argon2 migrieren?`, 'a password hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('cisco_hashes', f`${amb('source_code.snippet', f`username noc-admin privilege 15 secret 9 ${CISCO9}
snmp-server community <RO_COMMUNITY> RO 90
tacacs server TAC1
 key 7 <redacted>`)}

Is type 9 the strongest option on IOS-XE 17? Auditor wants us to get rid of type 7.`, 'a type-9 password hash and placeholders; the hash is ambiguous at most, left to the code span'),

  rec('k8s', f`${amb('source_code.snippet', f`env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: billing-db
        key: password
  - name: KAFKA_SASL_PASSWORD
    valueFrom:
      secretKeyRef:
        name: kafka-client
        key: sasl-password`)}

Does the pod need a restart when the secret is rotated?`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Upload build
  env:
    AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
    AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
  run: aws s3 sync dist/ s3://kb-web-prod --delete`)}

how do I switch this to OIDC so we don't need the long-lived keys at all?`),

  rec('question', f`How do I rotate a Slack bot token without downtime? We have one app installed in two workspaces and the token is read from AWS Secrets Manager at startup.`, 'a question about credentials, no value'),

  rec('excel', f`In unserer Lohnliste steht in Spalte D das Eintrittsdatum und in E das Bruttogehalt. Ich brauche eine Formel, die bei mehr als 10 Dienstjahren zum 31.12.2024 einen Treuebonus von 2 % ausrechnet: =WENN(DATEDIF(D2;DATUM(2024;12;31);"Y")>10;E2*0,02;0) – stimmt das so?`),

  rec('inventory', f`${amb('source_code.snippet', f`hostname,model,serial,mac,firmware,site
sw-fra-acc-01,C9300-48P,FOC2418X0KQ,a4:6c:2a:11:3f:02,17.9.4a,FRA-DC1
sw-fra-acc-02,C9300-48P,FOC2418X0LM,a4:6c:2a:11:3f:84,17.9.4a,FRA-DC1
ap-hh-lobby-03,C9130AXI,KWC2631008T,f8:0b:cb:42:a9:10,17.12.2,HH-Hotel`)}

Which of these are below the recommended firmware?`),

  rec('ean', f`Artikelstamm-Import schlägt fehl bei diesen GTINs, kannst du die Prüfziffer nachrechnen? 4006381333931, 4012345678901, 4311501654325`, 'GTIN/EAN barcodes (checked by the build as not Luhn-valid)'),

  rec('us_script', f`Outbound call script for the US hotel: "Hi, this is Ashley from the Grand Harbor Hotel, you can reach our reservations desk any time at ${amb('pii.phone', '(555) 010-4477')}." Make it sound less robotic.`, 'a fictional 555-01xx number'),

  rec('salary_bands', f`Gehaltsbänder 2025 (ohne Namen), bitte als Tabelle:
Band T1 (Facharbeiter): 3.150 – 3.820 €
Band T2 (Vorarbeiter): 3.700 – 4.450 €
Band T3 (Meister): 4.300 – 5.600 €
Erhöhung 2025: 4,2 % ab 01.04.2025, Einmalzahlung 800 € im März`),

  rec('revenue', f`RevPAR report, can you comment on the trend? Nov 2024: occupancy 71.4 % (LY 68.9 %), ADR €142.80 (LY €137.10), RevPAR €101.96 (LY €94.46). Group nights 2,184, transient 5,903. Comp set index 104.2.`),

  rec('reset_mail', f`${amb('source_code.snippet', f`<p>Hallo {{ customer.first_name }},</p>
<p>du hast ein neues Passwort für dein Verkäuferkonto angefordert. Klicke auf den Link, um es festzulegen:</p>
<p><a href="{{ reset_url }}">Passwort zurücksetzen</a> (gültig 30 Minuten)</p>`)}

Kannst du die Mail freundlicher und kürzer machen? Ist Duzen für Verkäufer ok?`),

  rec('password_policy', f`Please rewrite our password policy for the hotel staff handbook in simple English: minimum 12 characters, no reuse of the last 5 passwords, change only on suspicion of compromise, never share the PMS password with colleagues, MFA for all remote access.`, 'a policy about passwords, no value'),

  rec('git_log', f`Squash these into one commit message for the PR:
a3f9c21 fix(billing): round VAT per line, not per invoice
7be04d8 test(billing): add case for 0% reverse charge
e11c5fa chore: bump decimal.js 10.4.3 -> 10.5.0
4d2e9b7 fix(billing): handle credit notes with negative totals`),

  rec('extensions', f`Telefonliste für den Empfang (nur Durchwahlen), bitte als Tabelle: Rezeption -100, Housekeeping -214, Technik -330, Bankett -415, Nachtportier -999. Zentrale Vorwahl bleibt gleich.`, 'internal extension numbers'),

  rec('material', f`Welcher Werkstoff ist besser für die Halterung: 1.4301 (X5CrNi18-10) oder 1.4404 (X2CrNiMo17-12-2)? Salzsprühtest nach DIN EN ISO 9227, 720 h, Zeichnung 4471-220-03 Rev. C.`),

  rec('coords', f`Hotel locations for the map widget, can you make a GeoJSON out of it? Barcelona Diagonal 41.3936, 2.1493 · Lisboa Baixa 38.7105, -9.1380 · Wien Ring 48.2034, 16.3698`),
];

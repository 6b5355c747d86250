/**
 * Held-out batch 110: hard negatives — text from the batch's six workplaces that looks sensitive and is
 * not (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b110n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b110n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GIT = (seed: string) => fill(seed, HEX, 40);
const BCRYPT = tok('$2y$10$', fill('b110n-bcrypt', B62 + './', 53));
const OPCUA_CERT = pem('CERTIFICATE', 'b110n-opcua', 780);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b110n-png', 210)}`;
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH110_NEGATIVES: DraftRecord[] = [
  rec('str_report', f`Can you explain this STR comp-set report to the new revenue analyst in plain words?

Week ending 09 Mar 2025 | My property vs comp set (6)
Occupancy 78.4% vs 81.2% (index 96.6)
ADR $214.37 vs $198.02 (index 108.3)
RevPAR $168.07 vs $160.79 (index 104.5)
Rank: Occ 5 of 7, ADR 2 of 7, RevPAR 3 of 7`),

  rec('folio', f`Traduza esta fatura do hotel para inglês para o hóspede:

Folio nº 884213-A | Quarto 412 | 08/03–11/03/2025
Diária BAR-FLEX 3 × R$ 689,00
Frigobar R$ 47,50
ISS 5% R$ 105,73
Pago com: Mastercard XXXX XXXX XXXX 4417 (aut. 082917)
Confirmação: HBL-SAO-2503-77319`),

  rec('env_example', f`${cfg(f`# opera-bridge/.env.example — copy to .env and fill in from the vault
OHIP_GATEWAY=https://<region>-ohip.hospitality-api.<oci-region>.ocs.oraclecloud.com
OHIP_CLIENT_ID=<client id from the developer portal>
OHIP_CLIENT_SECRET=\${OHIP_CLIENT_SECRET}
INTEGRATION_USER=RM_SVC
INTEGRATION_PASSWORD=********
POLL_MINUTES=15`)}

Write a README section explaining each variable for the hotel IT teams.`),

  rec('env_test', f`${cfg(f`# booking-engine/.env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=pk_test_placeholder
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/booking_test`)}

Tests pass locally but the webhook tests time out on CI. Any idea?`),

  rec('html', f`Our booking widget on the hotel site: is it a problem that the key is visible in the page source?

${cfg(f`<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe('${PK_LIVE}');
  const elements = stripe.elements({ locale: 'de' });
</script>`)}`, 'a publishable key is public by design; the snippet is ambiguous code'),

  rec('chat_de', f`Kannst du ein Schild für die Zimmer formulieren? Inhalt: Das WLAN-Passwort finden Sie auf der Rückseite Ihrer Zimmerkarten-Hülle. Bei Problemen wählen Sie die 9 für die Rezeption.`),

  rec('chat_it', f`Il segreto di un buon night audit? Secondo me è chiudere le casse prima delle 2. Puoi scrivermi una checklist notturna in 10 punti per un hotel di 120 camere?`),

  rec('voucher', f`A guest wants to redeem a gift voucher at check-in, but the system says invalid. Voucher code printed on the card: 6035 8821 4470 1928, value €150, issued Dec 2024. How do I check it in the voucher module?`, 'Luhn-failing gift-voucher number'),

  rec('chat_fr', f`Peux-tu m'expliquer la différence entre affacturage confidentiel et affacturage notifié ? Un client nous demande si ses débiteurs seront informés de la cession.`, 'casual use of "confidentiel" as a product name'),

  rec('invoice_list', f`Bitte prüfe die Fälligkeiten in dieser Ankaufsliste und sortiere nach Datum:

Rechnung RE-2025-00418 · Debitor Nr. 70012 · 18.420,00 € · fällig 30.04.2025
Rechnung RE-2025-00419 · Debitor Nr. 70019 · 7.315,50 € · fällig 02.05.2025
Rechnung RE-2025-00420 · Debitor Nr. 70033 · 2.980,00 € · fällig 15.04.2025
USt-IdNr. Mandant: DE 318 472 905, Handelsregister HRB 48213`),

  rec('chat_pl', f`Klient przysłał numer konta z błędem, bank odrzucił przelew: PL27 1140 2017 0000 4602 1188 3420. Jak sprawdzić, która cyfra jest zła, bez dzwonienia do klienta?`, 'an IBAN with wrong check digits'),

  rec('chat_fi', f`Mikä on RF-viitteen rakenne? Asiakkaan laskussa lukee RF83 2025 0418 73, ja pankki hylkää maksun kun viite on välilyönneillä.`, 'ISO 11649 creditor reference, not an account'),

  rec('chat_en', f`Debtor says they paid with card 4532 7713 0921 5586 and want us to confirm receipt — but that's not how factored invoices are paid. Can you draft a reply explaining they must pay by bank transfer to the assignee account on the invoice?`, 'Luhn-failing number'),

  rec('masked_iban', f`Zahlungseingang auf dem Treuhandkonto, Verwendungszweck unklar: "DE** **** **** **** **95 33, RE 2025 0211 KESSLER". Welcher Rechnung ordne ich das zu, wenn 0211 bereits bezahlt ist?`),

  rec('swift_en', f`What does field 57A mean in this MT103 we received for a factored invoice? It says ${amb('financial.swift_bic', 'COBADEFFXXX')} and then 59 has the beneficiary name only. Is the IBAN missing?`),

  rec('isbn_list', f`Hei, voitko muuntaa tämän listan ISBN-13-muotoon ja tarkistaa tarkistusnumerot?

951-0-22451-4
952-01-1045-2
978-951-31-7728-0
ISSN 0355-8061, 1796-2099`),

  rec('doi_list', f`Link-resolver gives 404 for these DOIs, can you spot a pattern?

10.1016/j.patcog.2024.110913
10.1007/s00521-025-10922-7
10.1109/TPWRS.2024.3412287
10.1093/nar/gkae1124`),

  rec('barcode_chat', f`Patron says his card barcode 2 1187 00553 8716 "doesn't scan at the self-check but works at the desk". What could cause that with Codabar?`, 'Luhn-failing library barcode'),

  rec('ezproxy', f`${cfg(f`# config.txt — EZproxy stanza for a new database
Title Nordic E-Journals
URL https://www.nordic-ejournals.example
HJ nordic-ejournals.example
DJ nordic-ejournals.example
Option Cookie

# user.txt uses CGI auth now — no local passwords
::CGI=https://auth.libcons.org/ezproxy?url=^R`)}

Is "Option Cookie" still needed for this vendor?`),

  rec('counter_tsv', f`${cfg(f`Title\tPublisher\tPrint_ISSN\tOnline_ISSN\tMetric_Type\tReporting_Period_Total
Journal of Applied Library Science\tNordic Press\t0355-8061\t1796-2099\tTotal_Item_Requests\t1284
Acta Informatica Scandinavica\tNordic Press\t0044-5886\t1432-0525\tUnique_Item_Requests\t412`)}

Calculate the cost per use if the package costs €38,420.`),

  rec('marc', f`Warum wird dieses MARC-Feld in der Anzeige abgeschnitten?

${cfg(f`=245  10$aDie Bibliothek als Ort :$bRaum, Medien, Menschen /$cHrsg. von Petra Hauke.
=020  \\\\$a9783110669831
=035  \\\\$a(OCoLC)1198472913
=856  40$uhttps://doi.org/10.1515/9783110673722`)}`),

  rec('policy', f`Draft a short paragraph for our library privacy notice: patron borrowing records are confidential under state law and are only disclosed with a court order. Also mention we delete circulation history after 30 days.`, 'a policy statement about confidentiality, not a marking'),

  rec('scada_log', f`${cfg(f`2025-03-11 03:12:44 WTG-07 ALARM 3120 GenBearingTempHigh value=96.4C limit=95.0C
2025-03-11 03:12:45 WTG-07 STATE RUN->PAUSE
2025-03-11 03:27:10 WTG-07 ALARM-CLR 3120 value=88.1C
2025-03-11 03:27:30 WTG-07 STATE PAUSE->RUN
2025-03-11 04:02:01 WTG-12 EVENT 1105 YawMisalignment avg=8.2deg`)}

How often has 3120 tripped this month compared to last?`),

  rec('coords', f`Kan du lage et kart-oversikt over turbinene? Koordinater (WGS84):
T01 63.6124, 9.8831
T02 63.6159, 9.8902
T03 63.6193, 9.8977
Navhøyde 105 m, rotor 136 m.`),

  rec('firmware', f`Which of these controller firmware builds is affected by the pitch-encoder bug?
- PLC-FW 4.12.1.3 (2024-11)
- PLC-FW 4.12.2.0 (2025-01)
- PLC-FW 4.13.0.7 (2025-02)
Image checksum (4.13.0.7): sha256:${SHA('b110n-fw')}`),

  rec('modbus_map', f`${cfg(f`register,name,unit,scale
30001,wind_speed,m/s,0.1
30002,rotor_rpm,rpm,0.01
30003,active_power,kW,1
30004,gen_bearing_temp,degC,0.1
30005,pitch_angle_a,deg,0.01`)}

Write a Python function that decodes these from a list of 16-bit registers.`),

  rec('opcua_cert', f`OPC UA client refuses the server certificate of the turbine controller. This is the server cert it presents — is it expired?

${OPCUA_CERT}`),

  rec('serials', f`Bitte eine Tabelle aus diesen Seriennummern machen (Tausch Pitchmotoren):
Turbine WEA-03: Motor SN 4471-PM-882913 → neu 4471-PM-903318
Turbine WEA-07: Motor SN 4471-PM-882950 → neu 4471-PM-903322
Auftrag SA-2025-03-0418`),

  rec('measurement_form', f`Can you make this transtibial measurement sheet into a fillable table?

Residual limb length (MPT to distal end): 14.5 cm
Circumferences every 3 cm from MPT: 32.0 / 30.5 / 28.0 / 25.5 / 22.0 cm
M-L at MPT: 9.8 cm · A-P: 10.4 cm
Liner: 6 mm cushion, size 28`),

  rec('codes_en_us', f`Which HCPCS codes do we bill for a new below-knee prosthesis with a pin-lock liner and a carbon foot? I have L5301, L5671, L5673 and L5981 — is L5673 right for a silicone liner?`),

  rec('iso_es', f`¿Me explicas qué significa P5 en los ensayos ISO 10328 para pies protésicos? En la ficha pone "ensayo estático 4480 N, cíclico 2 000 000 ciclos a 1230 N".`),

  rec('product_codes_de', f`Bestellliste für nächste Woche, bitte nach Lieferant sortieren:
2× Kniegelenk 3R80, 1× Fuß 1C30 Trias Gr. 26, 3× Liner 6Y94 Gr. 28, 1× Schaft-Gießharz 617H21
Lieferschein 80014729, Auftrag 4500193847`),

  rec('icd_ja', f`下肢装具の処方箋に書かれている ICD-10 コード M21.37（下垂足）と G57.3（腓骨神経麻痺）の違いを簡単に説明してください。`),

  rec('visit_rules_en_gb', f`Summarise these visits rules for the leaflet:
- Visitors must arrive 30 minutes before the session.
- Valid photo ID required for every adult (passport, driving licence or Citizen Card).
- Maximum 3 adults and children per visit.
- Sessions: Tue/Thu 14:00–16:00, Sat/Sun 09:30–11:30.
- Booking line opens 08:30.`),

  rec('price_list_pt', f`Atualiza a tabela de preços da cantina dos reclusos com aumento de 3 %:
Café solúvel 200 g — 4,20 €
Bolachas Maria — 1,15 €
Cartão telefónico 10 € — 10,00 €
Selos correio normal — 0,95 €`),

  rec('form_template', f`Make this visitor application form clearer and accessible:

Full name: ____________________
Date of birth: DD / MM / YYYY
Photo ID type and number: ____________
Phone: (___) ___-____
Relationship to prisoner: ____________
Prisoner number: ______`),

  rec('uuid_list', f`Delete these duplicate visit bookings, I need the SQL:
booking 3f9a1c72-8e4d-4b15-a6c0-2d7e91f4b538
booking 91b7e2c4-05fa-4d38-8c16-e4a2f0937b61
booking c6d840f1-2b97-4e5a-9f03-7a1c5e28d4b9`),

  rec('git', f`Rebase went wrong on the visits-booking repo:

interactive rebase in progress; onto ${GIT('b110n-g1').slice(0, 7)}
Last command done:
   pick ${GIT('b110n-g2').slice(0, 7)} fix(slots): lock slot row before booking
Next commands to do:
   pick ${GIT('b110n-g3').slice(0, 7)} chore: bump pg to 8.13.1

How do I continue after fixing the conflict?`),

  rec('lockfile', f`${cfg(f`"node_modules/pg": {
  "version": "8.13.1",
  "resolved": "https://registry.npmjs.org/pg/-/pg-8.13.1.tgz",
  "integrity": "${INTEGRITY('b110n-int1')}"
},
"node_modules/pg-pool": {
  "version": "3.7.0",
  "integrity": "${INTEGRITY('b110n-int2')}"
}`)}

npm ci fails with EINTEGRITY on pg-pool after the mirror switch.`),

  rec('aws_docs_key', f`${v('source_code.snippet', f`import boto3
from moto import mock_aws

@mock_aws
def test_archive_upload(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3 = boto3.client("s3", region_name="eu-central-1")
    s3.create_bucket(Bucket="factoring-archive", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})`)}

Why does moto complain about the region?`, 'documentation keys in a test; the test is source code'),

  rec('db_dump', f`Our old visits-booking app stored staff logins like this — is bcrypt cost 10 still acceptable or must we rehash?

${cfg(f`id | username | password_hash
12 | officer.mensah | ${ambCat('credential', BCRYPT)}`)}`, 'a password hash: ambiguous'),

  rec('chat_en', f`Write a password policy for the inmate-accounts office: 14+ characters, passphrases encouraged, no reuse of the last 10, MFA on the trust-fund system. Mention that screenshots should show "Password: ********" only.`),

  rec('test_card', f`Payment sandbox for the library's online fines: the docs say use ${amb('financial.payment_card', '4111 1111 1111 1111')} with any future expiry. Will that also test 3-D Secure or do I need a different number?`),

  rec('tlp_question', f`What's the practical difference between ${amb('confidential.marking', 'TLP:AMBER')} and ${amb('confidential.marking', 'TLP:AMBER+STRICT')} when we share turbine vulnerability info with our service subcontractors?`, 'markings quoted in a question: ambiguous'),

  rec('css_datauri', f`Logo in the visits confirmation email is broken in Outlook:

${cfg(f`.logo { background: url("data:image/png;base64,${PNG_B64}") no-repeat; width: 16px; height: 16px; }`)}`),

  rec('k8s_placeholder', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: diag-collector
type: Opaque
stringData:
  MQTT_PASSWORD: "<set-by-sealed-secrets>"
  INFLUX_TOKEN: "{{ .Values.influx.token }}"`)}

Sealed-secrets controller doesn't replace the placeholder, why?`),

  rec('chat_ar', f`هل يمكنك شرح الفرق بين الفاتورة المبدئية والفاتورة الضريبية؟ رقم الفاتورة عندنا INV-2025-00418 ورقم التسجيل الضريبي للشركة 300482719300004.`),

  rec('chat_hi', f`होटल में "कॉन्फिडेंशियल बुकिंग" का मतलब क्या होता है? एक मेहमान चाहते हैं कि उनके नाम से कमरा न दिखे। रिसेप्शन के लिए प्रक्रिया लिखें।`, 'casual, a request for discretion'),

  rec('chat_ko', f`풍력 터빈 정비 보고서 양식 만들어 주세요. 항목: 터빈 번호(예: WTG-07), 작업일, 작업자 수, 교체 부품 코드, 다음 점검일.`),

  rec('chat_id', f`Tolong buatkan jadwal kunjungan lapas untuk bulan April: Senin–Kamis pukul 09.00–12.00, maksimal 3 pengunjung per narapidana, pendaftaran dibuka H-3 lewat aplikasi.`),

  rec('tracking', f`Die Carbonplatten für die Orthesen sind unterwegs. Sendungsnummer DHL 00340434188270019371, UPS 1Z 4F8 923 68 4417 2910. Wann kommen sie an, wenn Abholung Freitag war?`),

  rec('phone_like', f`Unsere Telefonanlage zeigt Anrufer mit "+49 000 0000000" an, wenn die Nummer unterdrückt ist. Kann ich die im Bericht ausblenden?`),
];

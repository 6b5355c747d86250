/**
 * Held-out batch 109: records mixing categories — claim files with cards and contacts, settlement
 * incidents with keys and markings, donor exports, beneficiary payouts, leaked-document notes,
 * greenhouse incident tickets. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const mark = (s: string) => v('confidential.marking', s);

const SLACK_BOT = tok('xoxb-', '5839201746', '-', '6283917450261', '-', fill('b109m-xoxb', B62, 24));
const GHP = gh('ghp', 'Pz3Lk8Qm1Wx6Nv4Tb9Rc2Hj7Fs5Dg0');
const SESSION_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'fo-2291', role: 'field_officer', org: 'relief-ngo', iat: 1730707200, exp: 1730793600 }, 'b109m-jwt');
const SENTRY_KEY = fill('b109m-sentry', HEX, 32);
const BEARER = fill('b109m-bearer', B64URL, 48);

export const BATCH109_MIXED: DraftRecord[] = [
  rec('claim_email', f`Can you turn this into a claim summary for the insurer? Remove nothing, they need it all.

From: ${v('pii.email', 'sophie.lambert@telenet.be')}
Tel: ${phone('0470 48 27 36', 'BE')}

Bonjour, je conteste les frais de 780 € pour la jante. La jante était déjà rayée à la prise en charge (photo jointe). La caution a été prise sur ma carte ${v('financial.payment_card', '4374 1313 8629 7033')}; merci de rembourser sur mon compte ${v('financial.iban', 'BE66 0109 3159 0742')}.
Sophie Lambert, née le ${v('pii.date_of_birth', '12/05/1984')}`),

  rec('incident_settlement', f`${mark('CONFIDENTIAL')} — incident SETT-2024-118

At 14:02 the settlement bot posted failed-trade alerts to the wrong Slack channel (#general instead of #bo-fails). Token in the bot config: ${v('credential.slack_bot_token', SLACK_BOT)}. Messages included counterparty SSIs, e.g. ${v('financial.iban', 'CH87 9218 5537 0163 1639 6')} / ${amb('financial.swift_bic', 'UBSWCHZH80A')}.
Owner: Daniel Keller, ${phone('+41 44 482 73 61')}

Write the post-incident review: timeline, impact, actions (rotate token, purge messages).`),

  rec('donor_export', f`${cfg(f`donor_id,full_name,email,mobile,dob,steuer_id,abo
BS-77120,Jonas Weber,${v('pii.email', 'jonas.weber@web.de')},${phone('+49 151 28473960')},${v('pii.date_of_birth', '1988-04-11')},${v('pii.de_steuer_id', '23451161073')},A-
BS-77134,Mira Schulz,${v('pii.email', 'mira.schulz@t-online.de')},${phone('+49 170 4827361')},${v('pii.date_of_birth', '1999-12-30')},,0+
BS-77140,Can Yilmaz,${v('pii.email', 'can.yilmaz@gmail.com')},${phone('+49 176 48273615')},${v('pii.date_of_birth', '1992-08-07')},${v('pii.de_steuer_id', '62930843756')},B+`)}

Warum steht die Steuer-ID überhaupt im Spender-Export? Formuliere eine Nachricht an die IT, dass die Spalte entfernt werden soll.`),

  rec('payout_log', f`Payout service crashed mid-batch. Stack trace + the request it was processing:

${cfg(f`Traceback (most recent call last):
  File "/app/payouts/worker.py", line 88, in process
    resp = mm.send(beneficiary["msisdn"], amount)
  File "/app/payouts/mobile_money.py", line 41, in send
    raise PayoutError(r.status_code, r.text)
payouts.errors.PayoutError: (409, '{"error":"DUPLICATE_REFERENCE"}')

request: {"ref":"CT-KE-2411-00912","msisdn":"${phone('+254 712 483 906')}","name":"Mercy Achieng","amount":7500,"currency":"KES"}
headers: {"Authorization":"Bearer ${v('credential.bearer_token', BEARER)}"}`)}

Explain the DUPLICATE_REFERENCE and how to make retries idempotent.`),

  rec('source_note', f`Pasting my notes from the meeting with the whistle-blower so you can help me structure the story outline. Don't include his details in the outline.

Source: Piotr Nowak (contracts clerk), mobile ${phone('+48 512 384 906')}
Document he showed: internal memo marked "${mark('ZASTRZEŻONE')}" dated 14.05.2021, tender 2021/14
He also forwarded the login he used to pull the tender archive: archiwum / ${v('credential.password_in_prose', 'Przetarg2021!')} — I will not use it, but note that it worked until March.`),

  rec('ticket_greenhouse', f`TICKET IRR-3391 — Priority: High
Reporter: Bram Jacobs <${v('pii.email', 'bram.jacobs@kaswest.example')}>, ${phone('+31 6 48273615')}

The drip controller in compartment 7 stopped accepting schedules after the firmware update. Web UI at https://${amb('pii.ip_address', '10.20.0.41')}/ still works with admin/${v('credential.password_in_prose', 'Kas7-Drip!2024')}. Logs show "schedule checksum mismatch".

Write a first-line support reply and list what to check.`),

  rec('code_fixture', f`Test for the donor-matching service fails since we switched to pytest 8:

${code(f`def test_match_by_phone_and_dob(db):
    db.insert_donor(name="Lucía Romero", phone="${phone('+34 612 48 27 36')}", dob="${v('pii.date_of_birth', '1991-02-14')}", email="${v('pii.email', 'lucia.romero91@hotmail.es')}")
    hit = match(db, phone="${amb('pii.phone', '612482736')}", dob="${amb('pii.date_of_birth', '1991-02-14')}")
    assert hit is not None
    assert hit.name == "Lucía Romero"`)}

(yes those are real donor details from prod, I know, I'll change them)`),

  rec('chat_ar_en', f`Our Jordan office emailed this, please translate to English and tell me what's missing for the bank:

المستفيد: سناء يوسف
الهاتف: ${phone('+962 79 548 2163')}
الحساب: ${v('financial.iban', 'JO39 ARAB 8248 4049 9994 1356 4636 62')}
تاريخ الميلاد: ${v('pii.date_of_birth', '1983/07/09')}
ملاحظة: ${mark('سري')} – لا يُشارك خارج فريق الحماية`),

  rec('rental_counter', f`Quick: the customer at the counter wants a receipt re-sent. Details from the screen:
Name: Marco Rossi · CF ${v('pii.it_codice_fiscale', 'RSSMRC79C14L219J')} · email ${v('pii.email', 'marco.rossi79@libero.it')} · card ${v('financial.payment_card', '5553 2637 4788 2201')} · agreement RA-909411
Write the email in Italian.`),

  rec('ci_log', f`${cfg(f`Run ./scripts/deploy-dashboard.sh
+ git clone https://x-access-token:${v('credential.github_pat', GHP)}@github.com/relief-ngo/cash-dashboard.git
Cloning into 'cash-dashboard'...
+ export SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508112.ingest.sentry.io/4508113`)}
+ curl -sf -H "Authorization: Bearer ${v('credential.jwt', SESSION_JWT)}" https://api.relief-ngo.example/healthz
curl: (22) The requested URL returned error: 401`)}

GitHub Actions log of our deploy, why 401? and... did we just print our secrets into a public log?`),

  rec('meeting_notes_sr', f`Записник са састанка – програм готовинске помоћи, 04.11.
Присутни: Јелена Петровић (${phone('+381 64 4827361')}), Марко Илић
- Банка враћа уплате на рачун ${v('financial.iban', 'RS78 6865 3420 2560 9260 44')} – погрешно име корисника
- Нови телефон за жалбе корисника: ${phone('+381 11 482 7361')}
- Документ о критеријумима је ${mark('ПОВЕРЉИВО')}, не слати партнерима

Преведи на енглески и направи листу задатака.`),

  rec('telematics_support', f`Customer complaint about being tracked. Can you draft a GDPR-compliant response?

Customer: Anna Lindqvist, ${v('pii.email', 'anna.lindqvist@telia.se')}, ${phone('070-482 73 61', 'SE')}
Complaint: "Your app showed my exact route to my ex-partner who was the second driver."
Internal note: second driver was Erik Holm, passport ${v('pii.passport', 'AA4827361')}. Trip data kept 90 days, then deleted.`),

  rec('bond_ops_chat', f`[09:14] Rania: the custodian portal locked me out again, I used bo-rania / ${v('credential.password_in_prose', 'Sukuk#2024q4')}
[09:15] Rania: can you call them? desk line ${phone('+971 4 482 7361')}
[09:16] Tom: sure. btw the SSI for the sukuk coupon is ${v('financial.iban', 'AE73 2686 8876 9583 8984 257')}
[09:17] Tom: and don't paste passwords in chat 🙄

Summarise this thread for the shift handover, without the password.`),

  rec('kyc_form_en_za', f`Can you check this beneficiary KYC form is complete before we pay out the relocation grant?
Full name: Thandiwe Mokoena
ID number (SA): ${ambCat('pii', '8804120482087')}
Cell: ${phone('082 482 7361', 'ZA')}
Email: ${v('pii.email', 'thandi.mokoena@webmail.co.za')}
Bank: account ${ambCat('financial', '62048273615')}, branch code 250655`, 'South African ID number and bank account: personal/financial, but no built-in rule claims them'),

  rec('irrigation_config', f`${cfg(f`# irrigation-gateway/config.yaml
site: kaswest-afd7
plc:
  host: ${amb('pii.ip_address', '10.20.0.12')}
  port: 502
  unit_id: 3
alerts:
  sms_to: "${phone('+31 6 12847392')}"
  email_to: "${v('pii.email', 'teeltmanager@kaswest.example')}"
cloud:
  api_key: "${v('credential.generic_secret_assignment', fill('b109m-irrkey', B62, 40))}"`)}

Waarom krijgt de teeltmanager geen sms bij een drukval? Config hierboven.`),
];

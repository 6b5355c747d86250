/**
 * Held-out batch 133: longer texts mixing categories (post-mortems, threads, exports, case notes,
 * configs) from the six settings, in several languages. Hand-written.
 */
import { ibanWithCheck as iban, spacedFours as grp } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mark = (s: string) => v('confidential.marking', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const TWILIO_AUTH = fill('b133m-twauth', HEX, 32);
const SENTRY_KEY = fill('b133m-sentry', HEX, 32);
const SLACK_BOT = tok('xoxb-', '5820374619', '3-', '7719304826151-', fill('b133m-xoxb', B62, 24));
const SK = iban('SK', '09000000004827193615');
const SI = iban('SI', '020110048271936');
const EE = iban('EE', '2200221048271936');
const LV = iban('LV', 'HABA0551048271936');
const ES_CAT = iban('ES', '21004827190200193745');
const AT = iban('AT', '2011182748291736');
const TR = iban('TR', '0001000148271936500001');
const DE = iban('DE', '370502990048271936');

export const BATCH133_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Eftirmál / Post-mortem: booking admin exposed, 2 March

**What happened:** the staging admin panel of the booking system (bookings.jokulspor.is/admin) was reachable from the internet for ~36 h. Logs show logins from ${ip('185.107.56.212')} and ${ip('45.134.26.88')} using the shared account \`vakt\` (password was ${v('credential.password_in_prose', 'Jokull2024!')}, now rotated).
**Data seen:** 1,140 bookings incl. guest names, e-mails and phone numbers; no card data (Stripe hosted checkout).
**Example guest record affected:** Ms. Aiko Tanaka, ${mail('aiko.tanaka.trip@gmail.com')}, ${phone('+81 90-4827-1936')}.
**Actions:** IP allow-list on /admin, individual accounts with MFA, notify Persónuvernd within 72 h.

Write the notification letter to affected guests in English and Icelandic.`),

  rec('email_thread', f`Please draft a reply to Zuzana in English, confirming the change.

Od: Zuzana Horváthová <${mail('zuzana.horvathova@azet.sk')}>
Predmet: Zmena účtu na výplatu

Dobrý deň, od apríla prosím posielajte mzdu na nový účet ${v('financial.iban', grp(SK))}. Dátum narodenia pre overenie: ${dob('12. 3. 1991')}. V prípade otázok ma kontaktujte na ${phone('+421 905 482 739')}.

> On 2 Apr 2025, Meridia Payroll Ops wrote:
> Dear Zuzana, please send us your new account details for the April payroll.`),

  rec('trace', f`Linkage batch crashed overnight, what does this mean?

${cfg(f`Traceback (most recent call last):
  File "/opt/linkage/run.py", line 88, in <module>
    main(batch_id=2025031)
  File "/opt/linkage/run.py", line 61, in main
    eng = create_engine("postgresql://lnk_batch:${v('credential.database_url_password', 'Tumour-Reg!2291')}@${ip('10.44.2.18')}:5432/linkage")
  File "/opt/linkage/match.py", line 140, in match_row
    raise ValueError(f"DOB mismatch for NHS {row.nhs}: {row.dob} vs {cand.dob}")
ValueError: DOB mismatch for NHS ${v('pii.uk_nhs_number', '629 184 7310')}: ${dob('1952-03-11')} vs ${dob('1952-11-03')}`)}`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')} – payment instructions for ESN 892-417 (CFM56-5B)

Dear Mr. Öztürk,

Following our call, please find the payment details for the engine purchase:
Beneficiary: Anadolu Aero Teknik A.Ş.
IBAN: ${v('financial.iban', grp(TR))}
SWIFT: ${amb('financial.swift_bic', 'TCZBTR2A')}
Please call me on ${phone('+90 532 482 73 91')} before releasing funds; we never change bank details by e-mail.

Regards,
Emre Kaya
${mail('emre.kaya@anadoluaero.com.tr')}

→ Is this legit or a BEC attempt? The IBAN differs from last year's invoice.`),

  rec('chat_export', f`WhatsApp export from the parents' group of the Saturday violin class — can you summarise who still owes the trip fee?

[08/03/25, 09:12] Sabine Keller: Guten Morgen! Wer hat die 35 € für den Ausflug noch nicht überwiesen?
[08/03/25, 09:15] ${phone('+41 79 482 73 91')}: Ich zahle heute, welche IBAN?
[08/03/25, 09:16] Sabine Keller: ${v('financial.iban', grp(AT))} (Elternverein)
[08/03/25, 09:20] Marco Bianchi: Pagato ieri sera 👍
[08/03/25, 09:31] ${phone('+43 664 4827391')}: Wir zahlen bar beim Abholen, geht das?`),

  rec('case_notes', f`${mark('CONFIDENTIAL – CLIENT INFORMATION')}
Case conference – Family #F-0332, 17 March

Present: outreach (J. Morales), shelter (T. Nguyen), DCFS liaison
Head of household: Keisha Renée Harmon, DOB ${dob('04/18/1992')}, SSN ${v('pii.us_ssn', '287-41-9036')}
Mobile: ${phone('(312) 748-2871', 'US')}
Children: 2 (ages 3 and 7), school enrolment pending
Plan: move from motel voucher to rapid re-housing unit by 1 April; apply for SNAP recertification.

Turn this into a task list with owners.`),

  rec('docker_compose', f`${cfg(f`services:
  catalog-api:
    image: registry.skyvaultparts.com/catalog-api:3.8.1
    environment:
      DATABASE_URL: postgres://catalog:${v('credential.database_url_password', 'Rotable#Core-88')}@db:5432/catalog
      SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508812.ingest.us.sentry.io/4508812093157376`)}
      ADMIN_EMAIL: ${mail('it@skyvaultparts.com')}
    ports: ["8080:8080"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Rotable#Core-88')}`)}

API can't reach the db on first start, I think it's a race. depends_on with healthcheck?`),

  rec('api_response', f`Our client's HRIS rejects this payload from the EOR API, which field is wrong?

${cfg(f`{
  "worker_id": "EOR-EE-0044",
  "legal_name": "Kadri Tamm",
  "date_of_birth": "${dob('1989-05-30')}",
  "email": "${mail('kadri.tamm@meridia-eor.com')}",
  "phone": "${phone('+372 5482 7391')}",
  "bank": { "iban": "${v('financial.iban', EE)}", "bic": "${amb('financial.swift_bic', 'HABAEE2X')}" },
  "country": "EE",
  "start_date": "2025-05-01"
}`)}`),

  rec('slack_export', f`Slack thread from the guides' channel, can you pull out the action items?

**Sigrún** 07:02 — Road to the glacier base closed (Vegagerðin), moving the 09:00 group to 11:00.
**Tomek** 07:05 — SMS to guests failing again, Twilio says 20003. Token in the booking server is ${v('credential.twilio_auth_token', TWILIO_AUTH)}, is that the old one?
**Sigrún** 07:09 — No idea, ask Hrafn. Guest from group 2 called from ${phone('+44 7823 418296')}, he's at the wrong hotel.
**Hrafn** 07:20 — Rotated it last week. New one is in 1Password.`),

  rec('teams_message', f`[${mark('TLP:AMBER')}] Linkage partner SFTP rotation

Hi Aoife, the new SFTP account for the quarterly pathology extract is \`ncr_partner_ie\`, and the temporary password is ${v('credential.password_in_prose', 'Cladach-Sliabh77')} (expires Friday). The host is ${ip('193.1.184.27')}. Please don't forward this message; ${mark('TLP:AMBER')} applies.

→ can you reformat this as a short checklist for Aoife?`),

  rec('sql_dump', f`${cfg(f`INSERT INTO hmis_clients (client_id, first_name, last_name, dob, phone, primary_language) VALUES
(80412, 'Abdi', 'Hassan', '${dob('1984-07-01')}', '${phone('+1 (773) 482-9163')}', 'so'),
(80413, 'Thi Lan', 'Nguyen', '${dob('1969-12-24')}', NULL, 'vi'),
(80414, 'Oksana', 'Kovalenko', '${dob('1990-03-09')}', '${phone('+380 67 482 7391')}', 'uk');`)}

Why does MySQL complain about the +1 in the phone column (VARCHAR(12))?`),

  rec('memo_ja_en', f`社内メモ（英訳をお願いします）

【${mark('社外秘')}】東京教室の移転について
新教室の契約担当：山田 健一（${mail('k.yamada@allegretto-music.jp')}、${phone('+81 90-4827-1936')}）
旧教室の解約は 2025年9月末。生徒さんへの告知は 7月以降。`),

  rec('email_ca', f`Pots revisar aquest correu en català abans d'enviar-lo a les famílies?

"Benvolgudes famílies, recordeu que la quota del tercer trimestre de l'Escola de Música Allegretto Barcelona es cobrarà el dia 5. Si voleu canviar el compte, envieu el nou IBAN (per exemple, el nostre és ${v('financial.iban', grp(ES_CAT))}) a ${mail('secretaria.bcn@allegretto-music.es')} o truqueu al ${phone('+34 622 418 937')}."`),

  rec('onboarding_sl', f`Prosim, prevedi v angleščino za stranko:
Nova zaposlena v Ljubljani: Maja Kranjc, datum rojstva ${dob('03.11.1993')}, TRR ${v('financial.iban', grp(SI))}, telefon ${phone('+386 41 482 739')}, e-pošta ${mail('maja.kranjc@gmail.com')}.`),

  rec('onboarding_lv', f`Lūdzu, pārtulko angliski un pārbaudi, vai netrūkst datu: Jānis Bērziņš, dzimšanas datums ${dob('27.08.1987')}, konts ${v('financial.iban', LV)}, tālrunis ${phone('+371 2948 2739')}. Darba sākums 2. jūnijā (EOR Latvija).`),

  rec('ops_log', f`Bot that reposts bed-board changes to Slack leaks the token in its startup log, and one client's number ended up there too:

${cfg(f`2025-03-21 05:00:01 INFO  bedbot starting, slack token=${v('credential.slack_bot_token', SLACK_BOT)}
2025-03-21 05:00:02 INFO  connected to ${ip('10.20.8.14')}:5432 (beds)
2025-03-21 05:03:44 WARN  callback requested by client ${phone('(206) 684-2719', 'US')} at shelter EH-03, no staff assigned`)}

Fix the logger so it never prints the token, and should the phone be there at all?`),

  rec('email_de_parts', f`Hallo Herr Brandt,

wie besprochen die Daten für die Anzahlung auf den APU GTCP131-9A:
Empfänger: SkyVault Aviation Parts Europe GmbH
IBAN ${v('financial.iban', grp(DE))}
Verwendungszweck: PO 25-0712

Rückfragen gern an mich: ${phone('+49 1523 8841927')} oder ${mail('l.hartmann@skyvaultparts.de')}.

${amb('confidential.marking', 'Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt.')}

→ Bitte auf Englisch übersetzen.`),
];

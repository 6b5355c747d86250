/**
 * Held-out batch 32: longer texts mixing categories — postmortems, escalation threads, handover
 * notes, stack traces, meeting notes, dumps and fixtures from the six workplaces. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '4728103956', '2-', '8120473920571-', fill('b32m-xoxb', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b32m-sklive', B62, 97));
const SENTRY_KEY = fill('b32m-sentry', HEX, 32);
const mark = (s: string) => v('confidential.marking', s);

export const BATCH32_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review: ULT freezer F-12 warm-up, Hollister Regional biobank, 8–9 March

**Summary.** A -80 °C freezer rose to -52 °C over ~5 h overnight. No alarm reached the customer because the telemetry gateway had been offline since a router change on 7 March. 212 sample boxes moved to backup freezers at 06:40; customer QA assessing.

**Timeline**
- 7 Mar 16:10 — hospital IT replaces the lab VLAN router; gateway gw-hrmc-0087 (${amb('pii.ip_address', '172.16.40.87')}) loses its route
- 8 Mar 23:05 — compressor stage 2 fails
- 9 Mar 06:20 — lab tech notices the door display, calls on-call FSE Tariq Hussain (${phone('07931 482 077', 'GB')})
- 9 Mar 06:40 — samples moved; Patricia Nguyen (${v('pii.email', 'pnguyen@hollisterregional.org')}) informed

**Contributing factors.** Gateway offline alerts only go to a shared mailbox nobody watches at weekends. During the investigation we also found the broker password written on a label inside the gateway cabinet (${v('credential.password_in_prose', 'Fz8!rWq3Lm27')}) — to be rotated.

**Actions.** Route offline alerts to the on-call phone; rotate gateway credentials fleet-wide; add a cellular fallback SIM.

Please rewrite this for the customer: factual, no internal blame, no credentials.`),

  rec('email_thread', f`Scrivimi una risposta per il cliente, dicendo che il rimborso parte entro 5 giorni lavorativi:

Da: Lorenzo Gentile <${v('pii.email', 'l.gentile@tiscali.it')}>
Inviato: lunedì 10 marzo 2025 18:22
Oggetto: R: Ticket 55120 – ricarica non accreditata

Buonasera, vi ho già scritto due volte. La ricarica da 50 € fatta con la carta che termina con 0417 non è mai arrivata sul conto gioco. Rimborsatemi con bonifico su questo IBAN: ${v('financial.iban', 'IT71 B076 0101 6000 0102 8374 650')} (intestato a me). Per qualsiasi cosa ${phone('+39 328 551 0744')}.

> Il 6 mar 2025, Assistenza LottoVia ha scritto:
> Gentile cliente, stiamo verificando con il circuito di pagamento.`),

  rec('handover', f`Handover doc for the new SIS integration person, can you restructure it into sections (systems, schedules, contacts, open issues)?

- Nightly PowerSchool → state reporting (TSDS) export runs at 01:30 on sis-int-01.
- SFTP to the ESC region: sftp://crestview_tsds:${v('credential.url_password', 'Bluebonnet#2025')}@sftp.esc13.example.net/upload
- Clever and Google syncs: see earlier notes; the Google one breaks when a student has an accent in the name.
- Contacts: Ray at the ESC (${v('pii.email', 'ray.castillo@esc13.example.net')}, ${phone('(512) 919-5327', 'US')}); our PowerSchool admin Dana (${v('pii.email', 'dana.price@crestviewacademies.org')}).
- Open issue: one student keeps failing the PEIMS edit because DOB ${v('pii.date_of_birth', '02/29/2016')} was entered as 02/29/2015 in the old system. Student: Isabella Vega, grade 3, Pflugerville.`),

  rec('email', f`Make this shipment confirmation more concise and fix my English:

Subject: PSX-JP-25-0311 — 2×40' reefer, frozen yellowfin loins, ETD Vigo 18 March

Dear Sato-san,

The containers MSKU 721844-3 and TRIU 540218-9 are booked on the vessel leaving Vigo on 18 March, ETA Tokyo 21 April. Export health certificate and catch certificates will be couriered to your office. For the second instalment (USD 24,130.00), please transfer to ${v('financial.iban', 'ES70 2080 5801 1430 4001 7293')}, SWIFT ${amb('financial.swift_bic', 'CAGLESMMXXX')}.

The FOB price agreed for Q2 is ${mark('CONFIDENTIAL')}, please do not share with other buyers.

For urgent questions on arrival, call our logistics coordinator Iria Lamas on ${phone('+34 655 82 14 90')} or write to ${v('pii.email', 'logistica@pelagia-seafood.com')}.

Best regards,
Xosé Pereira`),

  rec('stack_trace', f`Prod error from the card-funding service, what's the root cause? (yes I know the PAN is in the message, separate ticket)

${amb('source_code.snippet', f`2025-03-12T15:22:09.441Z ERROR [funding-worker-3] c.f.funding.LoadService - load failed for cardholder ${v('pii.email', 'cmendoza85@gmail.com')}
com.fundara.funding.ProcessorException: card ${v('financial.payment_card', '4008941867466020')} rejected: ACCOUNT_CLOSED (code 14)
	at com.fundara.funding.ProcessorClient.load(ProcessorClient.java:188)
	at com.fundara.funding.LoadService.fund(LoadService.java:92)
	at com.fundara.funding.BatchRunner.lambda$run$0(BatchRunner.java:57)
Caused by: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; jdbc:postgresql://funding-db.int.fundara.io:5432/funding?user=funding_rw&password=${v('credential.url_password', 'Fx8!qLr3Vm29')}
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)`)}`),

  rec('meeting_notes', f`## SCADA upgrade — weekly call, 11 March

Present: Ed K., Shauna P., Kofi M. (MWSA); Brandon Tate (integrator, ${phone('(603) 421-8870', 'US')})

1. Historian cut-over moved to 24 March; Brandon needs read access to HIST01 before then.
2. Temporary VPN account for the integrator: user \`ext_btate\`, password ${v('credential.password_in_prose', 'Sluice-Gate-4417')} — expires 31 March. Kofi to enforce MFA from 17 March.
3. New PLC at Hollis Rd lift station on ${amb('pii.ip_address', '10.20.7.10')}; old one (${amb('pii.ip_address', '10.20.7.9')}) stays as spare.
4. The WaterISAC bulletin we got Friday is ${amb('confidential.marking', 'TLP:AMBER')} — don't forward it to the integrator's wider team.

Turn into action items with owners and dates.`, 'TLP label of another document mentioned in the notes, not marking them: ambiguous'),

  rec('chat_sw', f`Nisaidie kupanga malipo ya wavuvi wa wiki hii kwenye jedwali (jina, simu, kilo, kiasi), halafu niandikie muhtasari kwa English kwa mhasibu:

- Bakari Mwinyi, ${phone('0722 635 418', 'KE')}, kilo 84 za pweza, KES 29,400
- Fatuma Hamisi, ${phone('0713 470 226', 'KE')}, kilo 52 za kamba, KES 33,800
- Chama cha Wavuvi Shimoni (akaunti Equity ${ambCat('financial', '0760298174512')}), kilo 410 za samaki mchanganyiko, KES 143,500

Kumbuka: kwenye mfumo wa M-Pesa B2C tumia initiator pelagia_api, nenosiri ni ${v('credential.password_in_prose', 'Samaki@2025')}.`),

  rec('jira', f`Summarise this ticket for the standup:

KYC-2291 · Manual review stuck for applicants with two last names
Reporter: Kasia Nowak · Priority: High

Example applicant: María Guadalupe Ríos Valenzuela, DOB ${v('pii.date_of_birth', '1992-03-14')}, SSN ${v('pii.us_ssn', '457-81-2093')}, phone ${phone('+1 915 443 2871')}. Vendor returns "name_mismatch" because we send last_name="Valenzuela".

Our Slack notifier for the review queue (for reference):
${v('source_code.snippet', f`notifier = SlackNotifier(token="${v('credential.slack_bot_token', SLACK_BOT)}", channel="#kyc-review")
notifier.post(f"Manual review needed: {app.id} ({app.first_name} {app.last_name})")`)}`),

  rec('email_es_mx', f`Traduce al inglés para el director y dime si debo reportarlo:

"Buenas tardes, soy Rosa Aguilar, mamá de Diego (3er grado, Round Rock). Les mando mi tarjeta para que le recarguen $40 en la cuenta de la cafetería porque el portal no me deja: ${v('financial.payment_card', '5551 7534 7446 2062')}, vence 06/27. Mi teléfono es ${phone('(512) 688-4120', 'US')} y mi correo ${v('pii.email', 'rosa.aguilar.rr@gmail.com')}. Gracias."`),

  rec('email_ja', f`この件、英語でUKチームに状況を説明するメールを書いてください。

${mark('社外秘')}
件名：AU-class ISEモジュール不具合の件（英国 Leeds）

Kestrel UK Gemma様
調査の結果、ロット 24K-118 の参照電極に初期不良の可能性があります。交換部品は3月19日に大阪から発送予定です。
新ポータルの臨時アカウント（ID: KLS-UK-009 / パスワード: ${v('credential.password_in_prose', 'Kst#5520uk')}）で技術資料をダウンロードしてください。
ご不明点は田中（${phone('+81 90 4821 7736')}、${v('pii.email', 'k.tanaka@hoshino-med.co.jp')}）までご連絡ください。`),

  rec('code_java', f`Test fails only in CI with "IBAN non valido". The fixture looks fine to me?

${v('source_code.snippet', f`@Test
void pagamentoVincitaSopraSoglia() {
    Vincitore v = new Vincitore(
        "Giuseppe Colella",
        "${v('pii.it_codice_fiscale', 'CLLGPP66P03A662X')}",
        "${v('pii.email', 'g.colella.tabacchi@gmail.com')}",
        "${v('financial.iban', 'IT73X0306909606100000083715')}"
    );
    Esito esito = servizio.paga(v, new BigDecimal("12500.00"));
    assertEquals(Stato.IN_ATTESA_ANTIRICICLAGGIO, esito.stato());
}`)}`),

  rec('sql_dump', f`${amb('source_code.snippet', f`-- autopay_enrollments export, 2025-03-12
INSERT INTO autopay (account, customer, email, phone, routing, bank_account, enrolled) VALUES
('30118-02', 'Angela Ruiz', '${v('pii.email', 'angela.ruiz@comcast.net')}', '${phone('413-586-1174', 'US')}', '${v('financial.aba_routing', '211483296')}', '${ambCat('financial', '7730194812')}', '2024-11-02'),
('30562-01', 'Walter Price', NULL, '${phone('(413) 584-3320', 'US')}', '${v('financial.aba_routing', '011703862')}', '${ambCat('financial', '0041827736')}', '2025-01-15'),
('31290-01', 'Samuel Okafor', '${v('pii.email', 'sam.okafor@gmail.com')}', '${phone('413-320-8817', 'US')}', '${v('financial.aba_routing', '211483296')}', '${ambCat('financial', '2288104593')}', '2025-02-28');`)}

Convert these to the new billing system's CSV import format (account;name;email;phone;aba;acct;date).`),

  rec('docker_logs', f`Cześć, po deployu serwis powiadomień wysypuje się przy starcie. Logi z kontenera:

${amb('source_code.snippet', f`notifications-1  | 2025-03-12 10:04:17 INFO  Loading config from env
notifications-1  | 2025-03-12 10:04:17 DEBUG STRIPE_API_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
notifications-1  | 2025-03-12 10:04:18 INFO  Sending test receipt to ${v('pii.email', 'kasia.nowak@fundara.io')}
notifications-1  | 2025-03-12 10:04:18 ERROR Template "receipt_pl" not found
notifications-1  | 2025-03-12 10:04:18 INFO  Sentry DSN ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508129.ingest.us.sentry.io/4508129775403008`)}
notifications-1 exited with code 1`)}

Dlaczego on w ogóle loguje klucz Stripe w DEBUG? I czemu nie ma szablonu?`),

  rec('email_tr', f`Bu e-postayı İngilizceye çevir ve kısa bir cevap taslağı hazırla:

"Merhaba Xosé Bey,
Vigo ziyareti için davet mektubuna ihtiyacımız var. Bilgiler: Murat Aydın, pasaport ${v('pii.passport', 'U21847360')}, doğum tarihi ${v('pii.date_of_birth', '14.06.1979')}. Ayrıca ikinci taksit ödemesini Boğaziçi Gıda hesabımızdan (${v('financial.iban', 'TR62 0013 4000 0172 4893 2000 01')}) yaptık, dekontu ekte bulabilirsiniz. Bana ${phone('0532 418 27 90', 'TR')} numarasından veya ${v('pii.email', 'murat.aydin@bogazicigida.com.tr')} adresinden ulaşabilirsiniz.
Saygılarımla"`),

  rec('hr_notes', f`${mark('CONFIDENTIAL')} — HR investigation notes (do not place in personnel file)

Complaint received 3/4 from a paraprofessional at Pflugerville about comments by a staff member. Interviewed complainant 3/6 and two witnesses 3/7. Respondent: Mark Ellison, SSN on file ${v('pii.us_ssn', '345-09-1876')}, cell ${phone('(737) 301-5529', 'US')}. Respondent denies the comments; one witness corroborates.

Please help me write a neutral summary of findings for the Superintendent.`),

  rec('csv', f`${amb('source_code.snippet', f`contract,site,contact,contact_email,contact_phone,dd_iban,renewal
SC-22871,Hollister Regional Core Lab,Patricia Nguyen,${v('pii.email', 'pnguyen@hollisterregional.org')},${phone('(831) 636-4172', 'US')},,2025-06-30
SC-30418,Leeds Pathology Partnership,Owen Barker,${v('pii.email', 'owen.barker@leedspath.nhs.uk')},${phone('0113 243 8801', 'GB')},${v('financial.iban', 'GB07BARC20038471926354')},2025-04-30
SC-30502,Sheffield Vet Diagnostics Ltd,Amira Haddad,${v('pii.email', 'amira@sheffvetdx.co.uk')},${phone('0114 272 9043', 'GB')},${v('financial.iban', 'GB46LOYD30962748193057')},2025-05-31`)}

Which of these renew in the next 60 days and which pay by direct debit? Draft the renewal reminder.`),
];

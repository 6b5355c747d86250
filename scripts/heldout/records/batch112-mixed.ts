/**
 * Held-out batch 112: longer texts mixing categories — incident notes, stack traces, exports,
 * test fixtures and meeting notes from the six settings. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const GHP = gh('ghp', 'Nx5Bq2Wr8Kt1Ls7Hd4Vz9Mc3Pj6Fg0');
const SENDGRID = tok('SG.', fill('b112m-sg1', B64URL, 22), '.', fill('b112m-sg2', B64URL, 43));
const SENTRY_KEY = fill('b112m-sentry', HEX, 32);
const mark = (s: string) => v('confidential.marking', s);
const XOXB = tok('xoxb-', '5820471936', '2-', '7511029384756-', fill('b112m-xoxb', B62, 24));

export const BATCH112_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident 2025-03-04: AMR fleet stopped in Halle 3 (Duisburg)

**Impact:** 41 robots idle for 2 h 10 min, ~6,800 order lines late.

**Timeline**
- 05:52 WMS bridge starts returning 401 from fleet manager
- 06:05 on-call (${v('pii.email', 'wms-oncall@kargo-logistics.de')}, ${phone('+49 30 2589 4417')}) paged
- 06:40 root cause: service password rotated in AD, bridge config still had \`amqp://wms_bridge:${v('credential.url_password', 'Halle3-Robo!2024')}@mq-dus01:5672/amr\`
- 07:30 bridge restarted from ${amb('pii.ip_address', '10.82.14.51')} with new secret
- 08:02 backlog cleared

**Actions:** move secret to Vault, alert on 401 rate > 5/min.

Rewrite this for the customer-facing weekly service report, without internal details.`),

  rec('stacktrace', f`Getting this in the loyalty fraud service after the Java 21 upgrade, what's the cause?

${amb('source_code.snippet', f`2025-03-10 08:14:55,201 ERROR [fraud-scorer-7] c.n.loyalty.fraud.ScoreJob - scoring failed for member NV-40918823
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "fraud_rw"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at org.postgresql.Driver.connect(Driver.java:297)
	at com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)
Caused by: datasource url=jdbc:postgresql://${amb('pii.ip_address', '10.12.40.9')}:5432/loyalty?user=fraud_rw&password=${v('credential.url_password', 'Rw-Fraud#8812')}
	member.email=${v('pii.email', 'tomas.herrera@yahoo.es')}`)}`),

  rec('test_fixture', f`Our pytest fixture for the housing-allocation API — teammate says it's a GDPR problem, is it?

\`\`\`python
${v('source_code.snippet', f`@pytest.fixture
def applicant():
    return {
        "name": "Sanna Virtanen",
        "email": "${v('pii.email', 'sanna.virtanen@elisa.fi')}",
        "phone": "${phone('040 284 7391', 'FI')}",
        "birth_date": "${v('pii.date_of_birth', '1988-04-23')}",
        "household_size": 3,
        "income_eur": 28400,
    }


def test_priority_score(client, applicant):
    r = client.post("/api/applications", json=applicant)
    assert r.status_code == 201
    assert r.json()["score"] >= 40`)}
\`\`\`
She copied it from a real application in production.`),

  rec('meeting_notes_de', f`## Jour fixe Transplantationsbüro, 07.03.2025

- Bereitschaftsnummer ab April neu: ${phone('+49 521 73 84 91')}. Alte Nummer wird umgeleitet.
- Patientin R-20931 (Fr. Hollmann, geb. ${v('pii.date_of_birth', '03.02.1958')}) ist wieder transplantabel (T-Status seit 05.03.).
- HLA-Labor: Zugang zum neuen Portal für alle Koordinator:innen, Passwort bis zur SSO-Umstellung: ${v('credential.password_in_prose', 'Crossmatch!2025')} — bitte nicht weitergeben.
- ${mark('VERTRAULICH')}: Auditbericht von Eurotransplant erst nach Freigabe verteilen.

Mach daraus eine Aufgabenliste mit Verantwortlichen.`),

  rec('csv_export', f`Check this refund export for the fraud team before I send it to finance — anything that shouldn't be in there?

${amb('source_code.snippet', f`refund_id,member_id,email,iban,amount_eur,reason
RF-1029,NV-33150294,${v('pii.email', 'k.lindqvist@telia.com')},${v('financial.iban', 'SE69 3128 7929 8703 6202 8291')},350.00,fraudulent_purchase
RF-1030,NV-88120374,${v('pii.email', 'ana.souza@uol.com.br')},${v('financial.iban', 'PT04 9169 1755 7971 5524 7516 1')},1240.00,fraudulent_purchase
RF-1031,NV-70219466,${v('pii.email', 'j.weber@gmx.de')},${v('financial.iban', 'DE41 6717 4540 7173 5145 80')},455.50,duplicate_charge`)}`),

  rec('ticket', f`INC-30418 | Priority 2 | Ethics portal e-mail notifications failing
Reporter: Dr. Amelia Novak, ${v('pii.email', 'amelia.novak@uh-nordvik.no')}, ext. 4471
Details: since 09:00 no "submission received" mails. Log excerpt:
${amb('source_code.snippet', f`[mailer] POST https://api.sendgrid.com/v3/mail/send -> 401
[mailer] using key ${v('credential.sendgrid_api_key', SENDGRID)}
[mailer] from=${v('pii.email', 'noreply@etikk.uh-nordvik.no')} to=${v('pii.email', 'p.lindahl@uh-nordvik.no')}`)}

Draft the resolution note once the key is rotated.`),

  rec('chat_pt', f`Olá! Sou da equipa de investimentos em mercados privados. Preciso de um resumo deste e-mail do gestor:

"Caro investidor, a chamada de capital n.º 9 do fundo Atlântico Growth III, no montante de 2.300.000 EUR, deve ser paga até 21/03 para o IBAN ${v('financial.iban', 'PT04 9169 1755 7971 5524 7516 1')}, BIC ${amb('financial.swift_bic', 'BCOMPTPL')}. Para dúvidas contacte Rui Fernandes, ${phone('912 847 391', 'PT')}, ${v('pii.email', 'rui.fernandes@atlantico-gp.pt')}. Este documento é ${mark('confidencial')}."`),

  rec('slack_thread', f`Summarise this Slack thread for the warehouse ops lead:

**jonas.k** 07:12 the shuttle PLC in aisle 4 keeps dropping off the network, IP ${amb('pii.ip_address', '10.40.4.21')}
**mira.s** 07:15 switch port shows CRC errors, maybe cable
**jonas.k** 07:20 I swapped cable, same. Also the CI deploy broke because someone pasted their token in the Jenkins job: ${v('credential.github_pat', GHP)} — I removed it
**mira.s** 07:22 revoke it anyway pls
**ops-bot** 07:30 posted with ${v('credential.slack_bot_token', XOXB)} (debug mode on, will turn off)`),

  rec('email_es_co', f`Buenas tardes, por favor ayúdame a responder este correo de una solicitante de vivienda de interés social:

"Señores Secretaría de Hábitat, soy Luz Marina Ospina, cédula ${ambCat('pii', '1.036.284.739')}, celular ${phone('310 284 7391', 'CO')}, correo ${v('pii.email', 'luzmarina.ospina@hotmail.com')}. Radiqué mi solicitud hace 8 meses y no he recibido respuesta. Mi hija tiene discapacidad y vivimos en arriendo."`, 'Colombian cédula: no built-in rule, ambiguous'),

  rec('config_and_question', f`Ethics committee document-management sync: config + error. What's wrong?

${amb('source_code.snippet', f`dms:
  base_url: https://dms.uh-nordvik.no/api
  username: svc_rec_sync
  password: ${v('credential.password_assignment', 'Etikk-Sync#2025')}
sentry:
  dsn: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507283.ingest.de.sentry.io/4507301122`)}
notify:
  secretary: ${v('pii.email', 'ingrid.solberg@uh-nordvik.no')}`)}

Error: "SSLError: certificate verify failed".`),

  rec('handover_en_ie', f`Night handover, transplant coordination, 12 March

1. Donor offer via ODT hub at 01:20, kidney for recipient Siobhán Byrne (DOB ${v('pii.date_of_birth', '22/01/1976')}, MRN 7741203). Contacted on ${phone('087 284 7391', 'IE')} at 01:35, fasting since.
2. Theatre booked 08:00, surgeon aware.
3. Portal login for NHSBT hub shared by the day team on WhatsApp (user txcoord_dub / pw ${v('credential.password_in_prose', 'Liffey-Kidney-88')}) — I've asked them to stop doing that.

Make it a tidy handover for the morning team and remove the password part.`),

  rec('chat_hi', f`Sir, warehouse ke robot vendor ne installation report bheja hai, usme ye sab likha hai. Kya ye sab email mein forward karna theek hai?
Site engineer: Rakesh Verma, mobile ${phone('+91 98450 23817')}
Gateway IP ${amb('pii.ip_address', '192.168.50.10')}, admin login admin / ${v('credential.password_in_prose', 'Bhiwandi@123')}
Invoice payment: ${v('financial.iban', 'AE67 2068 3799 1417 6300 812')} (Dubai entity)`),

  rec('chat_lt', f`Padėkite parašyti atsakymą pareiškėjui dėl socialinio būsto. Jo duomenys: Mantas Petrauskas, asmens kodas ${ambCat('pii', '38905121846')}, tel. ${phone('+370 612 84731')}, el. paštas ${v('pii.email', 'mantas.petrauskas@gmail.com')}. Nuomos kompensaciją mokėti į ${v('financial.iban', 'LT55 4565 6791 3132 9723')}.`, 'Lithuanian asmens kodas: no built-in rule, ambiguous'),

  rec('notebook', f`In [3]:
${v('source_code.snippet', f`import requests
resp = requests.get(
    "https://hla-lab.klinikum.local/api/antibodies",
    params={"recipient": "R-20931"},
    auth=("txkoord", "${v('credential.user_password_pair', 'Niere#Match2025')}"),
    timeout=10,
)
resp.json()["results"][:3]`)}
Out[3]:
[{'antigen': 'A*02:01', 'mfi': 1240}, {'antigen': 'B*44:02', 'mfi': 8630}, {'antigen': 'DR4', 'mfi': 310}]

Why is the MFI for B*44 so high, is it a DSA? Also can I leave the login in the notebook if it's on the shared drive?`),

  rec('chat_en_sg', f`Eh can help me check this LP onboarding form before I send to compliance? Investor is a family office in Singapore lah.
Contact: Tan Wei Ling, ${phone('9128 4731', 'SG')}, ${v('pii.email', 'weiling.tan@tanfo.com.sg')}
Passport: ${v('pii.passport', 'K4829173M')}
Subscription: USD 10m into Fund VIII
Bank: ${v('financial.iban', 'GB71 NWBK 7794 8387 6683 14')} (London custody a/c)
The form header says "${mark('Confidential')}" also, need to keep?`),
];

/** Held-out batch 49: longer texts mixing categories — incidents, threads, exports, fixtures. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '7712049385516-', fill('b49m-xoxb', B62, 24));
const GHP = gh('ghp', 'Wn4Hc8Tq1Zr6Mk3Ps9Vb2Ld7Xf5Jy0');
const SG = tok('SG.', fill('b49m-sg1', B64URL, 22), '.', fill('b49m-sg2', B64URL, 43));
const SENTRY_KEY = fill('b49m-sentry', HEX, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b49m-gapi', B64URL, 33));

export const BATCH49_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident 2024-11-29: promoter payout e-mails sent to wrong recipients

**Impact:** 37 promoters received another promoter's weekly statement (PDF with totals, no card data).
**Detected:** 09:12 CET when Jana Wolff (${v('pii.email', 'jana.wolff@rockaway-promotions.de')}) replied "this isn't ours".

**Cause:** mail-merge job read a stale CSV; the SendGrid key used by the job was also found hard-coded in the repo: \`${v('credential.sendgrid_api_key', SG)}\` (revoked 10:05).
**Follow-up:** rotate, move to Vault, add recipient/promoter id assertion.

Please turn this into a notice for the affected promoters — apologetic, factual, no internal details.`),

  rec('email_thread', f`Can you summarise this thread and tell me what I still owe them?

From: Tomasz Wieczorek <${v('pii.email', 'tomasz.wieczorek@linowe-prace.pl')}>
Date: 2 Dec 2024 18:02
Subject: RE: faktura listopad — naprawa łopat Bałtyk

Dzień dobry, proszę o zapłatę faktury FV 11/2024 na nowy rachunek:
${v('financial.iban', 'PL61 1090 1014 0000 0712 1981 2874')}
W razie pytań: ${phone('+48 512 384 907')}.

> On 28 Nov, ${v('pii.email', 'ops@skyrope-blade.com')} wrote:
> Payment for October was made on the 15th, reference SKR-PO-2210.`),

  rec('stack_trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/survey-sync/sync.py", line 88, in push_batch
    conn = psycopg2.connect("postgresql://wash_sync:${v('credential.database_url_password', 'Rajshahi-Borehole#9')}@${amb('pii.ip_address', '10.44.0.7')}:5432/wash")
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
psycopg2.OperationalError: connection to server at "${amb('pii.ip_address', '10.44.0.7')}", port 5432 failed: timeout expired
  batch=ROUND3-KUR-0041 enumerator=${v('pii.email', 'rehana.khatun@wellroot.org')} records=64`)}

field laptops in Kurigram can't sync; is this our VPN or the DB?`),

  rec('slack_export', f`Our kitchen-ops Slack bot leaks config into the channel when it crashes, can you help me catch the exception properly?

${amb('source_code.snippet', f`[ops-bot] ERROR startup failed: Config(
  slack_token='${v('credential.slack_bot_token', SLACK_BOT)}',
  maps_key='${v('credential.google_api_key', GOOGLE)}',
  alert_to='${v('pii.email', 'kitchen.ops@hatchember.kitchen')}',
  store='Berlin-Mitte'
)`)}`),

  rec('csv', f`Reconcile interpreters' invoices for November. Flag anyone paid twice.

${amb('source_code.snippet', f`interpreter,email,iban,hours,amount_eur
Jan Vermeulen,${v('pii.email', 'jan.vermeulen@telenet.be')},${v('financial.iban', 'BE91 0634 8192 7530')},42,2226.00
Samira El Amrani,${v('pii.email', 'samira.elamrani@orange.fr')},${v('financial.iban', 'FR23 2004 1010 0505 8736 104M 726')},31,1643.00
Jan Vermeulen,${v('pii.email', 'jan.vermeulen@telenet.be')},${v('financial.iban', 'BE91 0634 8192 7530')},42,2226.00
Linh Phạm,${v('pii.email', 'linh.pham.interprete@gmail.com')},${v('financial.iban', 'NL75 INGB 0007 2938 46')},18,954.00`)}`),

  rec('meeting_notes', f`${v('confidential.marking', 'INTERNAL – CONFIDENTIAL')}
Clienteling weekly — Geneva / Tel Aviv / Montréal

- Tel Aviv: VIP Yael Ben-David wants a private viewing before launch; call her on ${phone('052-748-3916', 'IL')}
- Montréal: waiting list for the perpetual calendar at 11; Étienne Lavoie moved to #2
- Geneva: boutique iPad sync broken since Friday (Azure secret expired) — IT on it

Make an action list with owners.`),

  rec('support_ticket', f`Ticket #4471 — "I was charged but have no tickets"
From: ${v('pii.email', 'andrea.conti90@gmail.com')}
Phone: ${phone('+39 347 210 8846')}
Message: "ho pagato con la carta ${v('financial.payment_card', '5351-2687-0394-1150')} due volte e nessun biglietto per Ultimo a San Siro!!"
Order ref: ENC-5599810, ENC-5599815
IP: ${amb('pii.ip_address', '151.38.204.117')}

Draft a reply in Italian and tell me what to check on our side.`),

  rec('test_fixture', f`Why does this test pass locally but fail in CI?

\`\`\`python
${v('source_code.snippet', f`def test_promoter_statement_totals(db):
    promoter = Promoter.create(
        legal_name="Nordlys Live AB",
        contact_email="${v('pii.email', 'finance@nordlyslive.se')}",
        payout_iban="${v('financial.iban', 'SE85 5000 0000 0583 9174 6203')}",
    )
    event = Event.create(promoter=promoter, name="Stockholm Arena", ends_at=days_ago(5))
    Order.bulk_create(event, gross_cents=[12000, 8500, 8500], fee_cents=[1140, 808, 808])
    assert statement(promoter).net_cents == 26252`)}
\`\`\``),

  rec('incident_de', f`Vorfallbericht – bitte ins Englische übersetzen für den Kunden:

Am 27.11. hat ein Techniker (Jonas Petersen, ${phone('0151 2847 3961', 'DE')}) beim Abseilen an WEA 14 ein Tablet verloren. Auf dem Tablet war das Kundenportal geöffnet, angemeldet als ${v('pii.email', 'jonas.petersen@skyrope-blade.com')}. Das Passwort (${v('credential.password_in_prose', 'Baltic-Eagle-14!')}) wurde noch am selben Tag geändert, die Sitzung beendet. Keine Hinweise auf Zugriff Dritter.`),

  rec('onboarding_note', f`Welcome pack for the new Lisbon dark kitchen manager — please tidy this up:

- Your login: ${v('pii.email', 'rita.moreira@hatchember.kitchen')}, temp password ${v('credential.password_in_prose', 'Alfama-Smash-2024')} (change on first login)
- Uber Eats store manager app: ask Kamil (${phone('+48 698 214 375')})
- Supplier hotline Makro: ${phone('+351 21 847 3920')}
- Fridge logger dashboard: https://grafana.hatchember.kitchen (same SSO)`),

  rec('ci_log', f`${amb('source_code.snippet', f`Run git clone https://x-access-token:${v('credential.github_pat', GHP)}@github.com/encoro/scanner-firmware.git
Cloning into 'scanner-firmware'...
remote: Repository not found.
fatal: repository 'https://github.com/encoro/scanner-firmware.git/' not found
Error: Process completed with exit code 128.`)}

the token has repo scope. does it need to be authorized for SSO?`),

  rec('email', f`Subject: Field visit — Ait Bouguemez, water committee

Salut Yassine,
Merci pour l'accueil. Comme convenu, le trésorier du comité (M. Lahcen Aït Ali, ${phone('+212 662-318475')}) recevra la subvention sur le compte du comité. Pour le virement depuis Bruxelles, la banque nous demande le RIB complet : ${ambCat('financial', '007 780 0004718293650271 38')}. Peux-tu vérifier ?

Et envoie-moi les photos du réservoir à ${v('pii.email', 'claire.dubois@wellroot.org')}.

→ traduis en arabe marocain simple pour que Yassine puisse le lire au comité`),

  rec('json', f`${amb('source_code.snippet', f`{
  "event": "order.flagged",
  "order_id": "ENC-5602291",
  "buyer": { "email": "${v('pii.email', 'k.nowak.fan@wp.pl')}", "phone": "${phone('+48 601 238 476')}", "ip": "${amb('pii.ip_address', '91.232.48.15')}" },
  "reasons": ["velocity", "new_account", "prepaid_bin"],
  "card": { "bin": "535126", "last4": "1150" }
}`)}
fraud desk: write a rule in plain English that would have caught this one earlier`),

  rec('sentry_issue', f`${amb('source_code.snippet', f`TypeError: Cannot read properties of undefined (reading 'allergens')
  at labelFor (kds/src/labels.ts:42:18)
  at OrderTicket (kds/src/OrderTicket.tsx:88:9)
Release: kds@3.4.1  Env: prod  Store: Amsterdam-West
User: ${v('pii.email', 'shiftlead.amsterdam@hatchember.kitchen')}
DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218834.ingest.de.sentry.io/4507218839`)}`)}

a dish without allergen data crashes the kitchen display. fix?`),

  rec('chat_lt', f`Sveiki, reikia išversti į anglų kalbą šią žinutę teismui:

"Vertėja Rūta Kazlauskienė (${phone('+370 612 48392')}, ${v('pii.email', 'ruta.kazlauskiene@interlex-interpreting.eu')}) negalės dalyvauti 12-16 posėdyje. Ją pakeis Darius Kazlauskas. ${v('confidential.marking', 'Konfidencialu')}: bylos medžiaga jam perduota saugiu kanalu."`),
];

/** Held-out batch 5: texts that mix categories — threads, exports, notebooks, traces, tickets, board packs. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const RK_LIVE = tok('rk_', 'live_', '51', fill('b5m-rklive', B62, 97));
const SENTRY_DSN = tok('https://', fill('b5m-sdsn', HEX, 32), '@o482019.ingest.de.sentry.io/4508619273');
const email = (s: string) => v('pii.email', s);

export const BATCH5_MIXED: DraftRecord[] = [
  rec('email_thread', f`Bitte fasse den Verlauf auf Englisch zusammen, für unseren UK-Einkauf.

Von: Jana Hofbauer <${email('j.hofbauer@stellmark-avionics.eu')}>
Gesendet: Mittwoch, 8. Januar 2025 10:12
An: Kreditorenbuchhaltung <${email('kreditoren@stellmark-avionics.eu')}>
Betreff: AW: Neuanlage Lieferant Präzisionsteile Allgäu GmbH

Hallo zusammen,
die Stammdaten sind geprüft. Bankverbindung laut Briefkopf: ${v('financial.iban', 'DE79 1203 0000 1048 2937 16')}, Ansprechpartner Herr Egger, ${phone('+49 1523 4817290')}.

> Von: Kreditorenbuchhaltung
> Bitte Rückruf unter der bekannten Nummer, bevor wir anlegen.`),

  rec('slack_export', f`#payments-incident, exported for the postmortem. Extract a timeline please.

[10:02] oluwaseun.b: refunds API returning 401 since the deploy
[10:05] hanna.k: the restricted key in the refunds service is the old one, new one is ${v('credential.stripe_restricted_key', RK_LIVE)}
[10:06] oluwaseun.b: can you not paste keys in here 🙃
[10:09] hanna.k: sorry — rotated. Customer who reported it: ${email('michael.ferraro@comcast.net')}
[10:20] oluwaseun.b: refunds flowing again`),

  rec('notebook', f`${amb('source_code.snippet', f`In [1]: import psycopg, pandas as pd
        conn = psycopg.connect("postgresql://analyst:${v('credential.database_url_password', 'Heather&Moss-2025')}@pg-reports.kittiwake.internal:5432/claims")
        df = pd.read_sql("SELECT claim_id, contact_email, contact_phone FROM claims WHERE status = 'OPEN' LIMIT 3", conn)
In [2]: df
Out[2]:    claim_id                 contact_email   contact_phone
        0  KM-208831         ${email('adaeze.nwosu@gmail.com')}  ${phone('+44 7984 120376')}
        1  KM-208840      ${email('p.lindgren@telia.com')}  ${phone('+46 70 482 91 37')}
        2  KM-208852  ${email('dario.esposito@libero.it')}  ${phone('+39 347 281 9054')}`)}

I only need the counts by status for the dashboard — how do I avoid pulling contact data at all?`),

  rec('hr_csv', f`${amb('source_code.snippet', f`num_empleado;nombre;dni;fecha_nacimiento;iban;email
ES-0412;Lucía Herrero Pastor;${v('pii.es_dni', '30917482P')};${v('pii.date_of_birth', '1990-03-17')};${v('financial.iban', 'ES50 0182 1794 8102 0193 8475')};${email('lucia.herrero@quarrystone.es')}
ES-0413;Karim Benali;${v('pii.es_nie', 'X8273914D')};${v('pii.date_of_birth', '1985-10-02')};${v('financial.iban', 'ES07 2100 4918 4502 0005 1332')};${email('karim.benali@quarrystone.es')}`)}

Exportación de nóminas de Quarrystone España. ¿Puedes convertirla a formato ancho de la gestoría (un campo por línea)?`, 'a fecha_nacimiento column: each row\'s date is a birth date (batch 4 convention)'),

  rec('traceback', f`Django in production, this happens only for some users on checkout:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/shop/orders/views.py", line 212, in checkout
    order = place_order(request.user, basket)
  File "/srv/shop/orders/services.py", line 88, in place_order
    raise PaymentError(f"declined for {user.email}")
orders.exceptions.PaymentError: declined for ${email('h.takahashi@marlowe-books-customers.jp')}

Local vars:
  DATABASE_URL = 'postgres://shop:${v('credential.database_url_password', 'Quire!Folio-77')}@${amb('pii.ip_address', '10.8.0.12')}:5432/shop'
  basket = <Basket id=4471 items=3>`)}

why does the env show up in the traceback e-mail admins get?`),

  rec('board_pack', f`${v('confidential.marking', 'STRICTLY PRIVATE & CONFIDENTIAL')}
Pinecrest Credit Union — Board pack, January 2025, item 6: branch closure (Alder Street)

Redundancy costs estimated at $186k. Member helpline during transition: ${phone('(503) 928-4716', 'US')}.
Settlement account for the lease surrender payment: ${ambCat('financial', '7720193846')} (routing ${v('financial.aba_routing', '261089747')}).

Please draft the member letter; no internal figures in it.`, 'a US account number next to its routing number: ambiguous without a rule id'),

  rec('itsm_ticket', f`INC0048213 — Password reset, Brackenfell Borough Council
Caller: Samina Chaudhry (Planning), ${email('samina.chaudhry@brackenfell.gov.uk')}, ext. 4417, mobile ${phone('07391 284756', 'GB')}
Work notes: identity verified via manager. AD account unlocked.
Temporary password: ${v('credential.password_assignment', 'Larch-Mere#5520')} (must change at next logon)
State: Resolved

Rewrite the work notes so they're fit for the audit log.`, 'a temporary password written as "Temporary password: …": labelled (a live credential until changed)'),

  rec('support_chat', f`Live chat transcript, Tessellate Games store

Customer: i bought the season pass twice by accident, card ${v('financial.payment_card', '5412 7309 8461 5271')}
Agent: Sorry about that! Which e-mail is your account on?
Customer: ${email('jonas.weber.gaming@gmx.de')}
Agent: Thanks — I can see two charges of €29.99 on 6 Jan.

Write the refund confirmation and strip anything that shouldn't be in the CRM.`),

  rec('runbook', f`Runbook — launcher crash spike (Tessellate Games)

1. Check the crash-free rate in Sentry (project: launcher). The SDK reports to ${v('credential.sentry_dsn', SENTRY_DSN)}.
2. If < 97 %, roll back the last launcher build from the CDN.
3. Page the on-call lead: ${phone('+44 7984 120376')} (out of hours only).
4. Post in #launcher-status and e-mail ${email('status@tessellate-games.com')}.

Make this a checklist with owners.`, 'a Sentry DSN in a runbook: labelled (the project key allows sending events)'),

  rec('foi_response', f`Can you check this FOI response before it goes out? I think we forgot to redact something.

"Dear requester, please find below the information requested under the Freedom of Information Act 2000 regarding pothole repairs on Larchmere Road. The complaint that triggered the inspection was made by Mr Callum Reid (${email('callum.reid1974@hotmail.co.uk')}, NI number ${v('pii.uk_nino', 'NH 03 92 71 B')}) on 4 November 2024."`),

  rec('kyc_hi_en', f`Customer ne WhatsApp pe ye bheja, KYC ke liye sahi hai kya?
Naam: Sunita Deshpande
Aadhaar: ${v('pii.in_aadhaar', '4927 3816 5049')}
Mobile: ${phone('+91 98204 17365')}
Email: ${email('sunita.deshpande82@rediffmail.com')}
Address proof: electricity bill (Nov)

Team ko short checklist bhejo ki WhatsApp pe documents lena allowed hai ya nahi.`),

  rec('rib_fr', f`Relevé d'identité bancaire — Vallon des Arts (association)
Titulaire : Association Vallon des Arts, 12 rue des Tanneurs, 69001 Lyon
IBAN : ${v('financial.iban', 'FR86 1027 8060 4100 0204 8193 765')}
BIC : ${amb('financial.swift_bic', 'CMCIFR2A')}
Contact trésorière : ${email('tresorerie@vallondesarts.fr')} · ${phone('+33 6 48 21 93 70')}

Peux-tu rédiger un mail aux adhérents pour le paiement des cotisations 2025 ?`),
];

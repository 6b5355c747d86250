/** Held-out batch 20: longer documents mixing personal, financial, credential, code and marking spans. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);

const GHP = gh('ghp', fill('b20m-ghp', B62, 30));
const SLACK_BOT = tok('xoxb-', '52038194766', '-', '8120394857261', '-', fill('b20m-xoxb', B62, 24));
const SENTRY_DSN = tok('https://', fill('b20m-sentry', HEX, 32), '@o4507183924.ingest.de.sentry.io/4507183950216');
const OPENAI = tok('sk-', 'proj-', fill('b20m-oai1', B64URL, 74), 'T3Blbk', 'FJ', fill('b20m-oai2', B64URL, 74));

export const BATCH20_MIXED: DraftRecord[] = [
  rec('postmortem', f`${mark('CONFIDENTIAL')} – internal postmortem, do not share with customers

# INC-2291: DSL outage Cork/Limerick, 26 Nov

**Impact:** ~18,400 DSL subscribers offline for 2h 40m.

**Timeline (UTC)**
- 01:12 config push to bng-cork-02 (${ip('10.44.2.12')}) changes RADIUS secret; sessions start dropping
- 01:30 NOC on-call (Aoife, ${phone('+353 86 417 2290')}) paged
- 02:05 rollback attempted, fails: the old secret was only in a Confluence page ("RADIUS shared secret for Cork is ${v('credential.password_in_prose', 'Shandon-Bells!1722')}")
- 03:52 service restored after manual resync

**Follow-ups:** secrets into Vault (owner: ${email('d.murphy@telconet.ie')}), config push needs peer review.

Please rewrite this for the customer-facing status page — short, no internals.`),

  rec('rooming_list', f`Rooming list – Incentive trip Bosch-Zulieferer, Hotel Seeblick Konstanz, 12.–15.05.2025
Please convert to the format our PMS import expects (CSV with arrival;departure;lastname;firstname;room_type) and drop everything else.

${amb('source_code.snippet', f`Nachname;Vorname;Geburtsdatum;Pass-Nr.;E-Mail;Zimmer
Hofmann;Jörg;${dob('12.04.1969')};${v('pii.passport', 'C4RT7X9K2')};${email('j.hofmann@praezision-hofmann.de')};DZ
Varga;Zsófia;${dob('30.08.1987')};${v('pii.passport', 'BE4829173')};${email('zsofia.varga@kovacs-alu.hu')};EZ
Lindqvist;Per;${dob('07.01.1979')};${v('pii.passport', '91847362')};${email('per.lindqvist@nordmetall.se')};EZ`)}

Garantie für alle Zimmer: Firmenkarte Mastercard ${v('financial.payment_card', '5516 1306 5858 9156')}, gültig bis 10/27. Rückfragen an Frau Kessler, ${phone('+49 7531 9284710')}.`),

  rec('email_de', f`Betreff: ${mark('Vertraulich')}: Mandatsaufnahme Familie Yilmaz

Hallo Petra,

anbei die Daten für die Anlage der neuen Mandanten (Einkommensteuer 2024, Vermietung):
- Ahmet Yilmaz, geb. ${dob('03.06.1972')}, Steuer-ID ${v('pii.de_steuer_id', '86942750731')}
- Elif Yilmaz, geb. ${dob('19.11.1975')}, Steuer-ID ${v('pii.de_steuer_id', '64288573812')}
Erstattungskonto: ${v('financial.iban', 'DE90 5001 0517 5066 1387 28')}
Erreichbar unter ${phone('0171 2849306', 'DE')} oder ${email('ahmet.yilmaz@t-online.de')}.

Vollmacht (DATEV) ist unterschrieben. Bitte Fristverlängerung beim Finanzamt beantragen.

Danke, Markus

---
Kannst du mir eine Checkliste machen, welche Unterlagen für die Anlage V noch fehlen?`),

  rec('fraud_case', f`Fraud case MKT-FR-8812 — summary for the payments risk meeting, please make it one page and neutral:

Buyer account ${email('deals4you.bestprice@gmail.com')} created 22 Nov from ${ip('196.245.151.34')}, phone on file ${phone('+1 702 418 2293')}. Within 40 minutes: 14 orders for gift cards and headphones from seller S-30917, paid with 9 different cards, e.g. ${v('financial.payment_card', '4810 1396 2344 4831')} and ${v('financial.payment_card', '3740 306162 82674')} (both reported stolen 24 Nov).
Seller S-30917 requested an instant payout to a new IBAN ${v('financial.iban', 'LT34 7300 0100 9283 7465')} the same day — blocked by the velocity rule.
Chargebacks received so far: 6 (€2,914.30).`, 'a Lithuanian IBAN'),

  rec('minutes_de', f`${mark('VERTRAULICH')} – Protokoll Betriebsratssitzung 18.11.2024, Werk Bamberg

Anwesend: S. Roth (Vors.), M. Yıldız, J. Pospíšil, T. Becker, 5 weitere
TOP 1: Anhörung nach § 102 BetrVG – Kündigung Herr Dominik Seifert (geb. ${dob('22.01.1990')}, Montage, 6 Jahre BZ). Beschluss: Widerspruch, da Weiterbeschäftigung in Linie 4 möglich.
TOP 2: Schichtplan KW 1–4: Zustimmung unter Vorbehalt.
TOP 3: Sprechstunde: Kolleginnen können sich unter ${phone('0951 18374-220', 'DE')} oder ${email('betriebsrat.bamberg@autoteile-franken.de')} melden.

Formuliere den Widerspruch zu TOP 1 als Schreiben an die Personalabteilung.`),

  rec('onboarding', f`# Welcome to Kitebrief 🎉 (engineering onboarding)

${mark('Company Confidential')} – do not share outside Kitebrief

1. Accounts: Google Workspace (first name at kitebrief.io), GitHub org "kitebrief", Linear, Slack.
2. Until SSO is set up, use the shared CI token: ${v('credential.github_pat', GHP)} (read-only on the monorepo!)
3. Local env: copy \`.env.example\` to \`.env\` and ask Sam (${email('sam@kitebrief.io')}, ${phone('+44 7842 196 530')}) for the dev OpenAI key. For now the team one is ${v('credential.openai_api_key', OPENAI)}.
4. First PR: add yourself to \`team.ts\`:

${v('source_code.snippet', f`export const TEAM: Member[] = [
  { name: 'Sam Okoro', role: 'CTO', github: 'samokoro' },
  { name: 'Lucía Vidal', role: 'Backend', github: 'lvidal' },
  // add yourself here
];`)}

Rewrite this page so it no longer contains any secrets but keeps the structure.`),

  rec('email_fr', f`De : Sophie Lambert <${email('s.lambert@cabinet-lambert-expert.fr')}>
Envoyé : lundi 25 novembre 2024 10:12
À : Service paie
Objet : TR: Changement de RIB – M. Karim Haddad

Bonjour,
Je vous transfère la demande du salarié. Merci de mettre à jour avant la paie de novembre.

> De : Karim Haddad <${email('karim.haddad75@orange.fr')}>
> Bonjour, mon nouveau RIB : ${v('financial.iban', 'FR92 3000 4263 4332 8419 2455 356')}
> N° de sécurité sociale pour vérification : ${v('pii.fr_nir', '1 52 10 74 845 861 05')}
> Vous pouvez me joindre au ${phone('06 72 48 19 35', 'FR')}.

Peux-tu rédiger une réponse qui demande une confirmation par courrier signé (risque de fraude au changement de RIB) ?`),

  rec('ticket_it', f`Ticket #PLC-0417 – Linea verniciatura, stabilimento di Cassino

Il tecnico esterno (Ing. Fabio Marchetti, ${phone('333 418 2297', 'IT')}, ${email('f.marchetti@automazioni-lazio.it')}) chiede di nuovo l'accesso VPN per la teleassistenza. Utente: ext_marchetti, password temporanea: ${v('credential.password_in_prose', 'Vernice#Cassino24')}. Gateway ${ip('93.62.114.9')}.

Ha modificato questo blocco ieri e da allora il forno non raggiunge la temperatura:

${v('source_code.snippet', f`IF rTempForno < rSetpoint - 5.0 THEN
    xBruciatore := TRUE;
ELSIF rTempForno > rSetpoint THEN
    xBruciatore := FALSE;
END_IF;
tRitardo(IN := xBruciatore, PT := T#30S);
xAllarmeFiamma := tRitardo.Q AND NOT xFiammaPresente;`)}

Riassumi il ticket per il responsabile di manutenzione e dimmi se l'isteresi è corretta.`),

  rec('chat_transcript', f`Transcripción del chat con el comprador, hazme un resumen para el vendedor y una respuesta amable:

[10:02] Comprador (${email('laura.gimenez.m@hotmail.es')}): hola, el sofá llegó roto, pedido ES-7741203
[10:03] Agente: Lo siento mucho. ¿Puede enviarme fotos?
[10:05] Comprador: ya las mandé. prefiero que me devuelvan el dinero a mi cuenta y no a la tarjeta **** 5582 porque la cancelé: ${v('financial.iban', 'ES25 2100 2906 1757 0016 0456')}
[10:06] Comprador: mi móvil es ${phone('622 41 83 97', 'ES')} por si el transportista necesita llamar`),

  rec('call_notes_hi_en', f`Customer care call notes, please convert to a proper complaint summary in English:
cust ne bola ki uska number ${phone('+91 98450 11273')} pe 3 din se outgoing band hai. KYC re-verify kiya — Aadhaar ${v('pii.in_aadhaar', '5859 1316 9790')}, DOB ${dob('14-02-1992')}. Recharge ₹719 kiya tha card se (last 4 digits 3307), UPI id ${ambCat('pii', 'rkverma92@oksbi')} se refund chahiye. Email ${email('rk.verma92@rediffmail.com')} pe update bhejna hai.`, 'a UPI id: personal, no built-in rule (ambiguous)'),

  rec('hr_pack_en_gb', f`New starter pack — Edinburgh hotel (reception). Please check it's complete and turn it into a friendly welcome email:

Name: Callum Fraser
Start date: 6 January 2025
Date of birth: ${dob('22/03/2003')}
NI number: ${v('pii.uk_nino', 'SK 48 21 73 A')}
Bank for salary: ${v('financial.iban', 'GB51 BARC 2045 1738 4920 61')}
Personal email: ${email('callum.fraser03@icloud.com')}
Mobile: ${phone('07432 815 690', 'GB')}
Staff portal login: cfraser / temporary password ${v('credential.password_in_prose', 'Thistle-Welcome-25')}`),

  rec('workpaper_nl', f`${mark('Vertrouwelijk')} – controledossier Jansen Transport B.V., boekjaar 2023

Steekproef loonadministratie (5 van 212 werknemers), afwijking bij:
- P. de Boer, BSN ${v('pii.nl_bsn', '362433033')}, uitbetaald op ${v('financial.iban', 'NL20RABO2796765387')} terwijl het personeelsdossier een ander rekeningnummer vermeldt.

Gebruikte query op de kopie van de salarisdatabase:

${v('source_code.snippet', f`SELECT w.personeelsnr, w.naam, b.iban, SUM(b.bedrag) AS totaal
FROM betalingen b
JOIN werknemers w ON w.id = b.werknemer_id
WHERE b.datum BETWEEN '2023-01-01' AND '2023-12-31'
  AND b.iban <> w.iban_dossier
GROUP BY w.personeelsnr, w.naam, b.iban;`)}

Schrijf een bevinding voor de management letter, zonder persoonsgegevens.`),

  rec('dataroom', f`${mark('STRICTLY CONFIDENTIAL')} — Kitebrief Series A data room index (v4)

01 Corporate: certificate of incorporation, cap table (fully diluted, Nov 2024)
02 Financials: 2023 audited accounts, 2024 YTD management accounts
03 Banking: operating account at Silicon Valley Bridge, routing ${v('financial.aba_routing', '121148278')}, account ${ambCat('financial', '3301928475')}
04 People: option grants, key employee contracts (founders: ${email('tom@kitebrief.io')}, ${email('sam@kitebrief.io')})
05 Tech: architecture overview, SOC 2 Type I report

Investor questions go to ${email('dataroom@kitebrief.io')}. Make this index look more professional and suggest what's missing for a Series A.`),

  rec('slack_thread', f`Thread from #data-eng, can you summarise what went wrong and what we decided?

**Marta** 09:12: the seller-ltv job died again, trace:
${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/jobs/seller_ltv.py", line 41, in <module>
    eng = create_engine("postgresql://etl_ltv:${v('credential.database_url_password', 'Ltv-Pipeline_2024')}@replica-3.db.marketplace.internal:5432/market")
  File "/usr/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 552, in create_engine
sqlalchemy.exc.OperationalError: could not connect to server: Connection timed out (${ip('10.12.8.33')}:5432)`)}
**Jonas** 09:15: replica-3 got decommissioned Friday. also please don't paste the URL with the password 😬
**Marta** 09:16: oops. rotating now. Errors go to sentry: ${v('credential.sentry_dsn', SENTRY_DSN)}
**Jonas** 09:20: ok, and bot for the alert channel is ${v('credential.slack_bot_token', SLACK_BOT)} — also rotate that one since it was in the same config
**Marta** 09:31: sample rows that failed: ${email('kontakt@gartenmoebel-weber.de')}, ${email('shop@keramik-atelier.at')}`),

  rec('supplier_onboarding', f`Lieferantenanlage – bitte prüfen und die fehlenden Felder auflisten:

Firma: Slévárna Hradec s.r.o., Hradec Králové (CZ)
USt-IdNr.: CZ28471936
Ansprechpartner Vertrieb: Ing. Tomáš Dvořák, ${phone('+420 603 184 297')}, ${email('tomas.dvorak@slevarna-hradec.cz')}
Bankverbindung: ${v('financial.iban', 'CZ37 0100 0000 1947 2836 1057')}, BIC ${amb('financial.swift_bic', 'KOMBCZPP')}
Zugang Lieferantenportal (vom Einkauf angelegt): Benutzer SLEV_HK, Kennwort ${v('credential.password_in_prose', 'Odlitek!Hradec7')}
Zahlungsbedingung: 60 Tage netto, Incoterm FCA Hradec Králové`, 'a VAT number is a business identifier, left unlabelled'),
];

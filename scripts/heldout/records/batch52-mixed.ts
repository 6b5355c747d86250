/**
 * Held-out batch 52: longer texts mixing categories — escalations, exports, postmortems, runbooks,
 * fixtures and chat exports from the six organisations of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, jwt, pem, tok } from '../tokens';

const RSA_VPN = pem('RSA PRIVATE KEY', 'b52m-rsavpn', 1190);
const APP_JWT = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'usr_4827193', email_verified: true, role: 'seller', iat: 1737280000, exp: 1737366400 },
  'b52m-appjwt',
);
const SMTP_TOKEN = tok('sp_', fill('b52m-smtp', B62, 36));
const CHAT_SIG = fill('b52m-sig', B64URL, 43);

export const BATCH52_MIXED: DraftRecord[] = [
  rec('email_thread', f`Can you write the final reply to the buyer? Keep it neutral, we are still investigating.

From: Trust & Safety <${v('pii.email', 'ts-escalations@revesta.eu')}>
To: Payouts team
Subject: Hold on seller S-390217 – suspected counterfeit Loewe Puzzle

Buyer Anouk Jansen (${v('pii.email', 'anouk.jansen@kpnmail.nl')}, ${phone('+31 30 274 8193')}) says the bag arrived with a misaligned logo and no date code. Seller account ${v('pii.email', 'vintage.lux.store@protonmail.com')} was created 12 days ago from ${amb('pii.ip_address', '45.138.16.92')}, payout account ${v('financial.iban', 'NL89 RABO 0318 2746 59')} is also linked to two banned accounts.
Order RV-2025-0048213, EUR 1,240. Payout frozen, authenticator review booked for Monday.`),

  rec('csv_de_ch', f`Können Sie prüfen, welche dieser Abonnenten wir wegen fehlgeschlagener Lastschrift anschreiben müssen? Export aus dem Abo-System:

${amb('source_code.snippet', f`abo_nr;name;email;telefon;iban;letzte_lastschrift
300481120;Hanspeter Kühnis;${v('pii.email', 'hp.kuehnis@rhv.ch')};${phone('+41 71 727 38 14')};${v('financial.iban', 'CH34 0840 1000 0592 7184 6')};zurückgewiesen
300481377;Monika Frei;${v('pii.email', 'monika.frei@gmx.ch')};${phone('+41 22 748 39 16')};${v('financial.iban', 'LI71 0881 0000 4827 1930 5')};ok
300482015;Andrea Sieber;${v('pii.email', 'a.sieber@sunrise.ch')};;;Rechnung`)}

Der Brief soll freundlich sein und auf das Kundenportal verweisen.`),

  rec('postmortem', f`# Postmortem: rig data gap, Hellisheiði HE-58, 14 Jan

**Impact:** 5 h 40 min without mud-logging data in the office dashboard. Drilling itself unaffected.

**Timeline (UTC)**
- 02:10 edge gateway ${amb('pii.ip_address', '172.20.8.14')} stops forwarding to InfluxDB
- 02:25 alert paged to on-call geologist (${phone('+354 421 8390')}); no answer, night shift
- 06:40 cause found: the gateway's Postgres buffer filled up; its config still pointed at \`postgresql://edge:${v('credential.database_url_password', 'Hengill-Edge-2023')}@db-edge.hverfell.is/buffer\` which had been moved
- 07:50 buffer drained, data backfilled

**Actions:** move gateway credentials to Vault; escalate to a second number after 15 min.

Please rewrite this as a short note for the client, without internal details.`),

  rec('email_nl', f`Kun je een antwoord schrijven aan de leverancier? Beleefd maar duidelijk dat we pas betalen na bevestiging per telefoon.

Van: Debiteuren MedVet Supplies <${v('pii.email', 'debiteuren@medvet-supplies.nl')}>
Onderwerp: ${v('confidential.marking', 'VERTROUWELIJK')} – gewijzigde bankgegevens

Geachte heer/mevrouw,
Met ingang van 1 februari ontvangen wij betalingen uitsluitend op ${v('financial.iban', 'NL56 TRIO 0212 8473 91')}. Het oude rekeningnummer vervalt. Voor vragen: ${phone('+31 20 482 7391')}.

Met vriendelijke groet,
Femke Bakker`),

  rec('bursary_it', f`Ciao, mi aiuti a preparare la lettera di esito per questa famiglia? Borsa parziale 40 %, campus di Lugano.

Richiedente: Marco Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', 'BNCMRC91C14L219L')}
Figlia: Aurora Bianchi, nata il ${v('pii.date_of_birth', '08/06/2014')}, Grade 5
IBAN per eventuali rimborsi: ${v('financial.iban', 'IT87 E030 6909 6061 0000 0124 387')}
Contatti: ${v('pii.email', 'marco.bianchi91@libero.it')}, ${phone('+39 347 829 1046')}
Reddito familiare dichiarato: 68.000 €`),

  rec('sql_dump_pt', f`${amb('source_code.snippet', f`-- sellers_backup_2025-01-18.sql
INSERT INTO sellers (id, nome, email, telemovel, iban, pais) VALUES
(203948, 'Rita Figueiredo', '${v('pii.email', 'rita.figueiredo@gmail.com')}', '${phone('+351 936 482 017')}', '${v('financial.iban', 'PT50003506970028174936076')}', 'PT'),
(203951, 'Bruno Carvalho', '${v('pii.email', 'bruno.carv@sapo.pt')}', '${phone('+351 21 384 7261')}', '${v('financial.iban', 'PT50000700150284917361049')}', 'PT'),
(203960, 'Inês Tavares', '${v('pii.email', 'ines.tavares@outlook.pt')}', NULL, NULL, 'PT');`)}

Olá, preciso de importar isto para a base de testes, mas com os dados anonimizados. Podes escrever um script em Python que substitua nomes, e-mails, telemóveis e IBANs por valores falsos?`),

  rec('runbook', f`# Runbook: access to the RBC test lab VPN (Felixstowe branch resignalling)

1. Connect to the jump host ${amb('pii.ip_address', '10.60.2.5')} with your own account.
2. The shared client key for the lab VPN is below (to be replaced by per-user certificates in Q2):

${v('credential.private_key', RSA_VPN)}

3. If the tunnel drops, call the lab supervisor, Dave Pritchard, on ${phone('+44 1473 284917')}.
4. Never connect the lab VPN and the Network Rail VPN at the same time.

Please rewrite this runbook more clearly and add a section on revoking access.`),

  rec('csv_es_mx', f`¿Me ayudas a revisar este layout de nómina antes de subirlo al banco? Creo que hay una CLABE mal.

${amb('source_code.snippet', f`num_emp,nombre,curp,clabe,celular,correo
1042,Manuel García López,${ambCat('pii', 'GALM870314HMNRPR08')},${ambCat('financial', '012470004829173651')},${phone('+52 443 318 2749')},${v('pii.email', 'manuel.garcia@hverfell.mx')}
1057,Juan Rodríguez Domínguez,${ambCat('pii', 'RORJ910822HMNDMN03')},${ambCat('financial', '072475001938472618')},${phone('+52 55 8127 4930')},${v('pii.email', 'juan.rodriguez@hverfell.mx')}`)}`, 'CURP and CLABE: no built-in rules'),

  rec('json_hi', f`इस API response में KYC fail क्यों हो रहा है? पैरेंट का नाम दोनों जगह एक जैसा है।

${amb('source_code.snippet', f`{
  "application_id": "AIS-IN-2025-0147",
  "student": { "name": "Aarav Mehta", "dob": "${v('pii.date_of_birth', '2011-11-02')}" },
  "guardian": {
    "name": "Rohan Mehta",
    "aadhaar": "${v('pii.in_aadhaar', '739204817363')}",
    "mobile": "${phone('+91 22 4827 3916')}",
    "email": "${v('pii.email', 'rohan.mehta.blr@gmail.com')}"
  },
  "kyc": { "status": "FAILED", "reason": "NAME_MISMATCH" }
}`)}`),

  rec('meeting_notes_pl', f`Notatki ze spotkania – wdrożenie liczników osi, Poznań Franowo, 20.01.2025

Obecni: Adam, Ewa, Krzysztof, Piotr (podwykonawca)
- Montaż na torach 4–7 zakończony, testy funkcjonalne w przyszłym tygodniu
- Dostęp dla podwykonawcy do laptopa diagnostycznego: użytkownik serwis_ext, hasło ${v('credential.password_in_prose', 'Franowo!Tory47')} (ważne do 31.01)
- Kontakt w sprawie zamknięć torowych: Ewa, ${phone('+48 12 394 82 71')}, ${v('pii.email', 'ewa.nowak@nordspor.pl')}
- Ryzyko: dostawa kabli opóźniona o 2 tygodnie

Zrób z tego listę zadań z właścicielami.`),

  rec('log_ko', f`로그인 API 로그인데, 같은 토큰으로 여러 계정이 접근하는 것처럼 보여요. 확인해 주실 수 있나요?

${amb('source_code.snippet', f`2025-01-19T13:02:44Z INFO auth login ok user=${v('pii.email', 'seoyeon.park@naver.com')} ip=${amb('pii.ip_address', '211.234.10.77')}
2025-01-19T13:02:45Z DEBUG auth issued token=${v('credential.jwt', APP_JWT)}
2025-01-19T13:05:12Z WARN auth token reuse user=${v('pii.email', 'jihoon.park.sell@gmail.com')} ip=${amb('pii.ip_address', '211.234.10.77')}`)}`),

  rec('code_ts', f`Our Jest fixtures for the reminder e-mails. Reviewer says we shouldn't use real-looking data — can you rewrite them with obviously fake values?

${v('source_code.snippet', f`export const owners = [
  { id: 1, name: 'Eva Lindström', email: '${v('pii.email', 'eva.lindstrom@telia.com')}', phone: '${phone('+46 70 384 27 19')}', pet: { name: 'Smilla', species: 'cat' } },
  { id: 2, name: 'Tom Peeters', email: '${v('pii.email', 'tom.peeters@telenet.be')}', phone: '${phone('+32 2 482 73 91')}', pet: { name: 'Rocky', species: 'dog' } },
];

export const smtp = { host: 'smtp.sparkpost.com', user: 'SMTP_Injection', pass: '${v('credential.password_assignment', SMTP_TOKEN)}' };`)}`),

  rec('email_thread_fi', f`Voitko kirjoittaa vastauksen tälle tilaajalle? Hyvitys on jo maksettu.

> Lähettäjä: Anneli Virtanen <${v('pii.email', 'anneli.virtanen@kolumbus.fi')}>
> Hei, perin lehden tilauksen 15.12. mutta veloitus tuli silti tammikuussa. Palauttakaa raha tililleni ${v('financial.iban', 'FI46 1572 3500 2847 19')}. Voitte soittaa numeroon ${phone('+358 9 4827 3916')}.

Hyvitys 29,90 € maksettu 17.1.`),

  rec('chat_export_ar', f`هذي محادثة واتساب بين موظفة القبول وولي أمر، ممكن تلخصها بالإنجليزي للملف؟

[18/01/2025, 10:14] ولي الأمر (${phone('+971 4 284 7391')}): السلام عليكم، أرسلت جواز بنتي رقم ${v('pii.passport', 'N93827146')} على الإيميل
[18/01/2025, 10:16] القبول: وعليكم السلام، وصل. ممكن ترسل لنا كمان الإيميل الرسمي حق الوالد؟
[18/01/2025, 10:20] ولي الأمر: ${v('pii.email', 'faisal.alhammadi@eim.ae')}
[18/01/2025, 10:21] ولي الأمر: رابط الدفع اللي وصلني فيه خطأ: https://pay.alpenrand-school.at/l/8f3kQ2?sig=${amb('credential.generic_secret_assignment', CHAT_SIG)}`, 'signature of a parent\'s payment link: a capability token rather than a credential, ambiguous'),

  rec('trace', f`The admissions CRM import dies on one record. Stack trace from the worker:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/crm_sync/run.py", line 88, in <module>
    sync_applicants(engine, since=args.since)
  File "/srv/crm_sync/sync.py", line 41, in sync_applicants
    upsert(conn, row)
sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "applicants_email_key"
DETAIL:  Key (email)=(${v('pii.email', 'claire.whitmore@btinternet.com')}) already exists.
[SQL: INSERT INTO applicants (email, family_id, grade) VALUES (%(email)s, %(family_id)s, %(grade)s)]
(Background on this error at: https://sqlalche.me/e/20/gkpj)
engine url: postgresql+psycopg2://crm_sync:${v('credential.database_url_password', 'Untersberg#Crm25')}@${amb('pii.ip_address', '10.20.1.15')}:5432/admissions`)}

Siblings share a parent e-mail — how should the upsert handle that?`),

  rec('call_notes_tl', f`Pakigawan po ng maikling summary sa English para sa Swiss team:

Tawag 14:22 – Herr Urs Eugster (abo-nr. 300491836)
- Email: ${v('pii.email', 'urs.eugster@bluewin.ch')}, tel: ${phone('+41 71 755 48 21')}
- Gusto niyang palitan ang card na naka-file (**** **** **** 8841) dahil expired na, pero ayaw niyang ibigay sa telepono
- Nagreklamo na dalawang beses siyang na-charge noong Disyembre (CHF 39.– x2)
- Sinabi ko na tatawagan siya ng billing bukas`),

  rec('email_de_at', f`Betreff: ${v('confidential.marking', 'VERTRAULICH')} – Schlussrechnung Bohrplatz Wien-Aspern

Hallo Christoph,

anbei die Schlussrechnung des Bohrplatzbauers. Bitte vor Freigabe prüfen, die Bankverbindung hat sich laut Begleitschreiben geändert:
${v('financial.iban', 'AT49 3200 0000 1287 4593')} (Raiffeisen NÖ-Wien)
Rückfragen an Ing. Gerald Strasser, ${phone('+43 662 827 391')}, ${v('pii.email', 'g.strasser@bohrplatzbau.at')}.

LG Verena

→ Bitte kurz zusammenfassen, was vor der Freigabe zu prüfen ist.`),
];

/**
 * Held-out batch 142: longer texts mixing categories (incident notes, handovers, tour packs, field
 * reports, exports, stack traces) from the six organisations, in many languages. Hand-written.
 */
import { ibanWithCheck as iban, inAadhaarSpaced, luhnCheckDigit, spacedFours as sp4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const mail = (s: string) => v('pii.email', s);
const mark = (s: string) => v('confidential.marking', s);

const SLACK_BOT = tok('xoxb-', '3318204756', '1-', '8120473951862-', fill('b142m-xoxb', B62, 24));
const DE_IBAN = iban('DE', '500105175417283946');
const PT_IBAN = iban('PT', '003506510000482719364');
const IT_IBAN = iban('IT', 'X0306909606100000063157');
const SE_IBAN = iban('SE', '50000000058398257466');
const VISA = ((p: string) => p + String(luhnCheckDigit(p)))('426684210395748');
const AADHAAR = inAadhaarSpaced('61947382051');
const REG_KEY = tok('crk_live_', fill('b142m-crk', B62, 40));
const SENDGRID = tok('SG.', fill('b142m-sg1', B64URL, 22), '.', fill('b142m-sg2', B64URL, 43));

export const BATCH142_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident FRA2-2024-117: customer cage C-12 lost both power feeds

**Impact:** 38 minutes downtime for one customer (Helix Payments), 2 racks.

**Timeline (CET)**
- 03:12 PDU alarm from ${ip('10.12.40.11')} (feed A) and ${ip('10.12.40.12')} (feed B)
- 03:15 remote hands on site; customer NOC called on ${phone('+49 89 41827365')}
- 03:31 root cause: breaker tripped after the UPS bypass test; contractor used the shared maintenance login (password ${v('credential.password_in_prose', 'Bypass-Test#C12')}) without a change ticket
- 03:50 power restored, customer confirmed by mail (${mail('noc@helix-payments.de')})

**Actions:** rotate the shared login, enforce change tickets for UPS tests.

Rewrite this as a customer-facing RFO, no internal credentials or addresses.`),

  rec('handover_es', f`Relevo de guardia, urgencias veterinarias Valencia, 3 dic:

- Box 2: Trufa (gata, 12 a), insuficiencia renal aguda, fluidoterapia. Dueña: Carmen Soler, ${phone('+34 612 847 309')}. Dejó señal de 300 € con tarjeta ${v('financial.payment_card', sp4(VISA))}; falta cobrar el resto al alta.
- Box 4: Thor (pastor alemán), post-quirúrgico torsión gástrica, estable. Facturación al seguro: enviar informe a ${mail('siniestros@mascotaseguro.es')}.
- El wifi de la sala de descanso cambió: contraseña ${v('credential.password_in_prose', 'Guardia-Noche-77')}.

¿Me lo pasas a formato de tabla para imprimir?`),

  rec('tourpack_de', f`${mark('VERTRAULICH')} – Tourneepaket Südkorea/Taiwan, ${amb('confidential.marking', 'nur für Tourneeleitung')}

Solistin: Mira Hoffmann, Reisepass ${v('pii.passport', 'C7KT4R2M9')}, geb. ${v('pii.date_of_birth', '22.02.1987')}
Agentur: ${mail('booking@artistmanagement-hoffmann.de')}, ${phone('+49 171 4482 936')}
Gage: 24.000 € netto, Überweisung auf ${v('financial.iban', sp4(DE_IBAN))} nach dem letzten Konzert
Hotel Seoul: Lotte, 4.–8. März, Zimmer auf Tourneeleitung gebucht

Mach daraus bitte eine englische Checkliste für die Kollegin in Seoul – ohne Gage und Bankdaten.`),

  rec('email_fr', f`Objet : RE: Données moteur ESN 896417 – ${mark('PROPRIÉTÉ INDUSTRIELLE – CONFIDENTIEL')}

Bonjour Nicolas,

Les données de tendance du motoriste sont sur le portail. Compte atelier : planif-moteurs, mot de passe ${v('credential.password_in_prose', 'Soufflante-2024!')} (à changer, je sais). Pour toute question, appelle-moi au ${phone('+33 1 48 72 39 15')}.

Cordialement,
Sandrine Leroy — ${mail('s.leroy@atelier-moteurs-tlse.fr')}

→ Peux-tu résumer ce mail en anglais pour le client, sans les accès ?`),

  rec('field_report_sw', f`Ripoti ya field visit, Kakamega, 2 Dec — please clean it up in English:

Mteja: Esther Akinyi, simu ${phone('+254 712 418273')}, kikundi "Upendo Self Help"
Alilipa 3,000 via M-Pesa lakini system haikuonyesha. Nilimsaidia kulog in kwenye app kwa phone yangu, password ya account yangu ni ${v('credential.password_in_prose', 'Kakamega@2291')} (nitabadilisha).
Next visit: 9 Dec. Ana shida ya stock ya duka.`),

  rec('ticket_pt', f`Pedido #REG-5528 — cliente não consegue aposentar créditos pela API

Cliente: Rui Carvalho, ${mail('rui.carvalho@energiaverde.pt')}, tel. ${phone('+351 912 483 706')}
Chave API que o cliente colou no pedido: ${v('credential.generic_secret_assignment', REG_KEY)}
Pagamento da taxa de registo recebido de ${v('financial.iban', sp4(PT_IBAN))}

Podes escrever a resposta ao cliente em português de Portugal? Explica que vamos revogar a chave porque foi partilhada.`),

  rec('access_log_ja', f`入館ログのCSVです。深夜にケージに入った人を抽出してください：

${amb('source_code.snippet', f`timestamp,badge_id,holder_email,door,result,reader_ip
2024-12-02T01:14:22+09:00,B-40118,${mail('k.yamamoto@sakura-hosting.jp')},TYO1-CAGE-07,GRANTED,${ip('10.80.7.21')}
2024-12-02T01:16:05+09:00,B-40118,${mail('k.yamamoto@sakura-hosting.jp')},TYO1-CAGE-08,DENIED,${ip('10.80.7.22')}
2024-12-02T08:02:47+09:00,B-30992,${mail('m.suzuki@coloport.jp')},TYO1-LOBBY,GRANTED,${ip('10.80.1.5')}`)}`),

  rec('sql_dump', f`Migrating the Tucson clinic's old owner table to the new PMS, can you convert this MySQL insert to Postgres?

${amb('source_code.snippet', f`INSERT INTO \`owners\` (\`id\`, \`name\`, \`email\`, \`phone\`, \`notes\`) VALUES
(3301, 'Gloria Ramirez', '${mail('gloria.ramirez52@yahoo.com')}', '${phone('(415) 926-3071', 'US')}', 'prefers Spanish'),
(3302, 'Kevin Tran', '${mail('kevtran@icloud.com')}', '${phone('+1 (737) 412-8806')}', NULL),
(3303, 'Beth Olsen', '${mail('beth.olsen@gmail.com')}', '${amb('pii.phone', '(520) 555-0147')}', 'fictional test row');`)}`, '555-01xx number: fictional range, ambiguous'),

  rec('slack_json', f`The bot that posts rehearsal changes to #orchestra-announcements stopped. Event + config:

${amb('source_code.snippet', f`{
  "event": {
    "type": "message",
    "user": "U06LM3K9QPA",
    "text": "Rehearsal moved to Hall B, 14:00. Questions to ${mail('orchestra.manager@nationalsymphony.org')}",
    "channel": "C05TOUR22",
    "ts": "1733224112.004518"
  },
  "config": { "bot_token": "${v('credential.slack_bot_token', SLACK_BOT)}" }
}`)}`),

  rec('kyc_json_hi', f`Bhai ye KYC payload reject ho raha hai, dekh ke batao kya galat hai:

${amb('source_code.snippet', f`{
  "applicant": "Kavita Yadav",
  "aadhaar": "${v('pii.in_aadhaar', AADHAAR)}",
  "mobile": "${phone('+91 98450 31827')}",
  "dob": "${v('pii.date_of_birth', '1991-06-18')}",
  "ifsc": "SBIN0004127",
  "loan_amount": 40000
}`)}

Error: "dob format invalid". Kya DD-MM-YYYY chahiye?`),

  rec('stacktrace', f`Planning service dies at startup after the DB move, stack trace:

${amb('source_code.snippet', f`org.springframework.beans.factory.BeanCreationException: Error creating bean 'dataSource'
Caused by: org.postgresql.util.PSQLException: Connection to ${ip('10.20.3.44')}:5432 refused.
  url=jdbc:postgresql://${ip('10.20.3.44')}:5432/shopvisits?user=planning&password=${v('credential.url_password', 'Borescope-7Q!')}
  at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)
  at com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)`)}

The new DB host is ${ip('10.20.3.45')} — where do I change it, application.yml?`, 'password in a JDBC URL query string'),

  rec('notes_nl', f`Notulen overleg verificatie bosproject Suriname, 28 nov (${mark('VERTROUWELIJK')})

- Verificateur: Anouk Peters, ${phone('+31 20 794 3318')}, ${mail('a.peters@verificatie-groen.nl')}
- Toegang tot de datakamer voor de koper: gebruiker koper-sr, wachtwoord ${v('credential.password_in_prose', 'Kapok-Boom-2291')}
- Veldbezoek gepland week 6; drone-opnames nog niet ontvangen

Maak hier actiepunten van met eigenaar en deadline.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – clienti in migrazione sala MIL-2

Ciao Luca,

ti mando l'elenco dei clienti da spostare a gennaio (ne allego 12). Il referente di Banca Orobica è Stefano Riva, ${phone('+39 338 471 2265')}, ${mail('s.riva@bancaorobica.it')}. Per il deposito cauzionale hanno già fatto il bonifico da ${v('financial.iban', IT_IBAN)}.

Traducimi in inglese solo la parte sui tempi, grazie.`),

  rec('rota_en', f`Tidy this on-call rota for the ER front desk noticeboard:

Mon–Wed nights: Jess (${phone('0412 418 273', 'AU')}), Tue backup: Aaron (${phone('+61 412 418 274')})
Thu–Sun nights: Priya (${phone('+61 412 418 275')})
Practice manager escalation: ${mail('pm.southbank@vetemergency.com.au')}
Card machine admin PIN is ${v('credential.password_in_prose', '804417')}, don't put that on the noticeboard obviously`, 'a terminal admin PIN given as a password in prose'),

  rec('travel_sv', f`Kan du göra en engelsk sammanfattning till hotellet i Tokyo?

Musiker: Elin Sandberg (flöjt), passnummer ${v('pii.passport', '91827364')}, födelsedatum ${v('pii.date_of_birth', '1993-04-02')}, mobil ${phone('+46 70 482 31 76')}, e-post ${mail('elin.sandberg@gmail.com')}
Traktamente betalas till ${v('financial.iban', sp4(SE_IBAN))}
Ankomst 11 mars, avresa 16 mars, enkelrum`),

  rec('email_fr_ma', f`Objet : ${mark('CONFIDENTIEL')} – dossier crédit groupe « Nour », Agadir

Bonjour Yassine,

La cliente Fatima Zahra Alaoui (née le ${v('pii.date_of_birth', '03/05/1986')}, CIN ${ambCat('pii', 'JB418273')}, tél. ${phone('+212 661-418273')}) demande un rééchelonnement. Envoie-moi le relevé via ${mail('credit.agadir@microcredit-souss.ma')}, pas par WhatsApp. Pour les notifications, on utilise toujours la clé SendGrid ${v('credential.sendgrid_api_key', SENDGRID)}, à remplacer.

Peux-tu reformuler ce mail de façon plus professionnelle ?`, 'Moroccan CIN: no built-in rule (ambiguous, no rule id)'),
];

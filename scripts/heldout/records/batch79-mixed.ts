/**
 * Held-out batch 79: records mixing categories — incident notes, stack traces, onboarding packs,
 * exports with e-mails and IBANs, test fixtures — from the six workplaces of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const PIANO_TOKEN = fill('b79m-piano', B62, 40);
const SG_KEY = tok('SG.', fill('b79m-sg1', B64URL, 22), '.', fill('b79m-sg2', B64URL, 43));
const JWT_EDC = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'monitor-0417', site: 'UMC-04', role: 'CRA', exp: 1735603200 }, 'b79m-jwtedc');
const GH_FINE = tok('github_pat_', '11A', fill('b79m-ghf1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 19), '_', fill('b79m-ghf2', B62, 59));
const DD_API = fill('b79m-ddapi', HEX, 32);

export const BATCH79_MIXED: DraftRecord[] = [
  rec('incident_en_gb', f`Incident note — EDC outage, 03/12/2024 (clinical research unit)

06:40 monitor ${email('r.osei@cro-partners.co.uk')} reports 500 errors on CRF save
06:55 found the app still pointing at old DB: DATABASE_URL=postgresql://edc_app:${v('credential.database_url_password', 'Crf#Unit2023!')}@${ip('10.14.2.31')}:5432/edc
07:20 failover to ${ip('10.14.2.32')}, saves resumed
07:45 participant HRT7-022 (DOB ${v('pii.date_of_birth', '02/01/1950')}) had visit 3 data re-entered by coordinator

Rewrite this as a short incident report for the sponsor, without the password and the participant details.`),

  rec('stacktrace_de', f`Unser Abo-Service wirft beim Kündigen diesen Fehler. Was ist kaputt?

${cfg(f`2024-12-02 09:14:07 ERROR [abo-service] CancelSubscriptionHandler failed
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [update abonnements set status='CANCELLED' where kunde_email=?]; constraint [fk_rechnung]
  param[1]=${email('wolfgang.brenner@t-online.de')}
  at de.tagblatt.abo.CancelSubscriptionHandler.handle(CancelSubscriptionHandler.java:88)
  at de.tagblatt.abo.web.AboController.kuendigen(AboController.java:41)
Caused by: org.postgresql.util.PSQLException: ERROR: update or delete on table "abonnements" violates foreign key constraint "fk_rechnung"
  Connection: jdbc:postgresql://abo-db.intern:5432/abo?user=abo_app&password=${v('credential.url_password', 'Tagblatt-Abo-77')}`)}`),

  rec('onboarding_fr_ma', f`Bonjour, voici le dossier d'un nouvel employé de maison pour la résidence de la famille à Marrakech. Peux-tu préparer la lettre d'embauche ?

Nom : Youssef El Amrani
Né le : ${v('pii.date_of_birth', '16/09/1988')}
Passeport n° : ${v('pii.passport', 'ZK4829173')}
Tél. : ${phone('+212 661-384927')}
RIB / IBAN pour le salaire (compte en France) : ${v('financial.iban', 'FR46 6967 8717 4002 9539 7169 991')}
Salaire : 9 500 MAD nets

${v('confidential.marking', 'Confidentiel')} – ne pas transmettre hors du family office.`),

  rec('csv_payout_nl', f`Kun je controleren of deze uitbetalingen aan trialdeelnemers dubbel zijn?

${cfg(f`deelnemer,email,iban,bedrag,datum
NL-ONC-031,${email('j.vandenberg@ziggo.nl')},${v('financial.iban', 'NL29RABO5171718948')},50.00,2024-11-04
NL-ONC-044,${email('fatima.elkaddouri@kpnmail.nl')},${v('financial.iban', 'BE22 2294 7358 7045')},50.00,2024-11-04
NL-ONC-031,${email('j.vandenberg@ziggo.nl')},${v('financial.iban', 'NL29RABO5171718948')},50.00,2024-11-05`)}`),

  rec('env_mixed_es', f`Hola, estoy migrando el servicio de paywall del periódico a un nuevo servidor. ¿Está bien este .env? El soporte de Piano me pidió revisar el token.

${cfg(f`PIANO_AID=Kd83nQz1Lp
PIANO_API_TOKEN=${v('credential.generic_secret_assignment', PIANO_TOKEN)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG_KEY)}
NEWSLETTER_FROM=${email('boletin@diariodelsur.es')}
ADMIN_ALERTS=${email('paywall-alertas@diariodelsur.es')}`)}`),

  rec('test_fixture_ts', f`Our Jest fixtures for the CRF API were copied from production, is that a problem?

${code(f`export const participants = [
  { id: "UMC04-0117", initials: "M.J.", dob: "${v('pii.date_of_birth', '1952-06-14')}", email: "${email('marianne.jacobs@planet.nl')}", phone: "${phone('+31 6 48291736')}" },
  { id: "UMC04-0121", initials: "K.B.", dob: "${v('pii.date_of_birth', '1960-11-30')}", email: "${email('k.bos1960@hetnet.nl')}", phone: null },
];

export const monitorToken = "${v('credential.jwt', JWT_EDC)}";`)}`),

  rec('ticket_hu_cards', f`#PARK-5521 – Visszatérítés
Ügyfél: Kiss Annamária, ${email('kiss.annamaria@freemail.hu')}, ${phone('+36 30 384 1927')}
A parkolóautomata kétszer terhelte a kártyáját (${v('financial.payment_card', '5329 1840 7726 1597')}), 2 × 1 200 Ft, 2024.11.30. 14:02, P+R Kelenföld.
Kérem, írj egy udvarias választ, hogy a visszatérítés 8 munkanapon belül megérkezik.`),

  rec('slack_export_en_us', f`Summarise this Slack thread for the weekly ops review (air cargo, JFK station):

[09:12] dana.m: the CargoWise eAdaptor creds are user ${v('credential.user_password_pair', 'jfk_edi:Cw!Jfk2024x')} — don't paste them anywhere else pls
[09:14] luis.p: ok. AWB 001-28837465 held by CBP, broker is ${email('entries@harborline-customs.com')} / ${phone('(718) 553-2290', 'US')}
[09:20] dana.m: also GH action failing, someone used my token ${v('credential.github_fine_grained_pat', GH_FINE)} in a workflow
[09:31] luis.p: consignee contact for the DG pallet: Mr. Olu Bankole ${phone('+1 617 384 2291')}`),

  rec('kyc_sw_en', f`Tafadhali nisaidie kuandika barua ya kufungua akaunti ya benki kwa ajili ya trust ya familia (Zanzibar):
- Mdhamini: Salim Abdallah Said, pasipoti ${v('pii.passport', 'AB4829173')}, alizaliwa ${v('pii.date_of_birth', '30 Juni 1959')}
- Simu: ${phone('+255 754 384 927')}
- Barua pepe: ${email('salim.said@zanlink.co.tz')}
- Akaunti ya sasa: ${v('financial.iban', 'GB64 BARC 7458 2917 6492 02')}
Iwe kwa Kiingereza rasmi.`),

  rec('dd_log_ar_gulf', f`السلام عليكم، هذا سجل من نظام مراقبة التبريد في مستودع الأدوية البيطرية بدبي. ليش الإنذارات ما توصل؟

${cfg(f`2024-12-02T22:03:11Z WARN coldroom-3 temp=9.4C threshold=8.0C
2024-12-02T22:03:12Z ERROR notifier: POST https://api.datadoghq.eu/api/v1/events failed 403 (api_key=${v('credential.datadog_api_key', DD_API)})
2024-12-02T22:03:12Z INFO notifier: fallback sms to ${phone('+971 50 384 1927')} queued
2024-12-02T22:03:13Z INFO notifier: fallback email to ${email('coldchain.dxb@vetpharma-gulf.ae')} queued from ${ip('192.168.40.17')}`)}`),

  rec('email_sl_trust', f`Pozdravljeni, prosim prevedite v angleščino:

"Spoštovani, za izplačilo iz družinskega sklada potrebujemo naslednje podatke upravičenca: Maja Novak, rojena ${v('pii.date_of_birth', '21. 3. 1993')}, IBAN ${v('financial.iban', 'SI79 3901 3846 5840 787')}, e-pošta ${email('maja.novak93@siol.net')}. Izplačilo 25.000 EUR bo izvedeno do 20. decembra."`),

  rec('camera_inventory_cs', f`Ahoj, potřebuju z tohohle seznamu kamer udělat tabulku pro audit GDPR (co snímají, kde, jak dlouho se uchovává):

${cfg(f`KAM-014  Křižovatka Náměstí Míru  rtsp://viewer:${v('credential.url_password', 'Praha2kam!')}@${ip('10.22.14.4')}/live  retence 72h  ANPR ano
KAM-015  Vinohradská / Italská    rtsp://viewer:${v('credential.url_password', 'Praha2kam!')}@${ip('10.22.14.5')}/live  retence 72h  ANPR ne
KAM-016  P+R Skalka               https://${ip('10.22.16.2')}/onvif  retence 30 dní  ANPR ano`)}

Správce: ${email('dopravni.centrum@praha-mesto.cz')}`),

  rec('whatsapp_pt', f`Bom dia! Recebi isto do despachante aduaneiro por WhatsApp, podes pôr num email formal para a transitária?

"Sr. Costa, a carga do AWB 235-61928374 (Lisboa–Luanda, 2 paletes, medicamentos veterinários) está retida. Preciso do NIF da empresa e de transferência das taxas para ${v('financial.iban', 'PT81 8327 1682 3220 4159 5543 6')}. Qualquer dúvida: ${phone('+351 912 384 756')}. O meu email é ${email('rui.despachos@sapo.pt')}."`),

  rec('crm_note_ro_en', f`Client note (newspaper print+digital bundle) — please translate to English for the group CRM:

Abonat: Ion Munteanu, ${email('ion.munteanu@yahoo.ro')}, tel. ${phone('+40 721 384 927')}
A plătit cu cardul ${v('financial.payment_card', '4557 0183 2946 5174')}; cere factură pe firmă (SC Munteanu Agro SRL).
Parola contului pe site: ${v('credential.password_in_prose', 'Ion1975agro')} (ne-a dat-o la telefon, să o schimbăm)
Login din ${ip('5.12.187.44')}.`),

  rec('hash_dump_gsw', f`Mir händ en alte MySQL-Dump vo de Abo-Datebank gfunde. Sind das sichere Hashes?

${cfg(f`INSERT INTO users (id, email, pw_hash) VALUES
 (1041, '${email('ruedi.meier@bluewin.ch')}', '${ambCat('credential', tok('$2y$10$', fill('b79m-bc1', B62 + './', 53)))}'),
 (1042, '${email('s.keller@sunrise.ch')}', '${ambCat('credential', tok('$2y$10$', fill('b79m-bc2', B62 + './', 53)))}');`)}`),
];

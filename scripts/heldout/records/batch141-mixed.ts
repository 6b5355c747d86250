/**
 * Held-out batch 141: longer texts mixing categories — SAR case logs, stable incident notes, donor e-mails,
 * warranty tickets, supplier threads and applicant files, in many languages. Hand-written.
 */
import { ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4 } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, pem, tok } from '../tokens';


const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '7718203946152-', fill('b141m-xoxb', B62, 24));
const GHP = gh('ghp', 'Wc8Nf2Kq6Tz0Lb4Rm9Vx3Hj7Pd1Gs5');
const SENTRY_KEY = fill('b141m-sentry', HEX, 32);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b141m-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SG = tok('SG.', fill('b141m-sg1', B64URL, 22), '.', fill('b141m-sg2', B64URL, 43));
const VISA = card('414720938571625');
const MC = card('526418093746512');
const FR = iban('FR', '20041010050500013M02606');
const BE = iban('BE', '539007547034');
const NO = iban('NO', '86011117947');
const SA = iban('SA', '80000000608010167519');

export const BATCH141_MIXED: DraftRecord[] = [
  rec('sar_log', f`Summarise this SAR case log for the morning handover, plain English, keep times:

MRCC case 2025/0217 — PIW, fishing vessel "Bríd Óg"
04:12Z DSC distress alert relayed by Malin Head, MMSI 250001937, pos 55°21'N 007°48'W
04:15Z Skipper's wife called: ${phone('086 724 1938', 'IE')} — husband Declan Mulhern (DOB ${v('pii.date_of_birth', '17/09/1969')}) went overboard hauling pots
04:22Z R118 tasked; Lough Swilly ALB launched
05:03Z PIW recovered alive, hypothermic, airlifted to Letterkenny UH
05:40Z Case data pushed to reporting API from ${amb('pii.ip_address', '10.12.7.44')} (ops console 3)`),

  rec('incident_fr', f`Peux-tu rédiger le compte rendu d'incident pour l'assurance ?

Incident écurie — 22/02/2025, Chantilly
Cheval : Belle de Lamorlaye (jument, 4 ans), blessure au boulet pendant le travail du matin.
Cavalier : Hugo Marchand, né le ${v('pii.date_of_birth', '30/11/2001')}, tél. ${phone('06 83 47 19 26', 'FR')}
Vétérinaire : Dr Anne Ségur, ${v('pii.email', 'a.segur@clinique-equine-chantilly.fr')}
Frais avancés par l'écurie : 1 480 € — remboursement sur ${v('financial.iban', g4(FR))}`),

  rec('ticket_de', f`Ticket #GW-88213 — Fahrgastraumheizung fällt aus (Baureihe 12 m, FIN WEB62811234567890)

Kunde: Verkehrsbetriebe Talstadt, Ansprechpartner Herr Kessler, ${phone('+49 721 48291-37')}, ${v('pii.email', 'm.kessler@vb-talstadt.de')}
Servicetechniker hat per Remote-Diagnose auf ${amb('pii.ip_address', '172.20.14.9')} zugegriffen, Fehlercode HVAC-0x3F.
Zugang Diagnose-Gateway: Benutzer service, Passwort ${v('credential.password_in_prose', 'Heizung!Talstadt24')} (bitte nach Abschluss ändern)

Formuliere bitte die Antwort an den Kunden, ohne Zugangsdaten.`),

  rec('email_es', f`¿Puedes contestar a este proveedor? Tono cordial.

De: Bodegas Ribera Alta <${v('pii.email', 'administracion@riberalta-vinos.es')}>
Asunto: Re: pedido 2291 – cambio de cuenta

Buenos días, les informamos de que hemos cambiado de banco. A partir de ahora, por favor, abonen las facturas en ${v('financial.iban', g4(iban('ES', '00491500051234567892')))}. Para cualquier duda: ${phone('+34 941 28 47 15')}.`),

  rec('postmortem', f`# Incident: donor portal e-mails sent to wrong families (19 Feb)

Impact: 37 consent reminders sent to the previous mother on file.
Root cause: a fixture left in the prod seed job:
${v('source_code.snippet', f`DEFAULT_CONTACT = {"email": "${v('pii.email', 'priya.desai.home@gmail.com')}", "mobile": "${phone('+44 7700 182 463')}"}`)}
Mail was sent via SendGrid key ${v('credential.sendgrid_api_key', SG)} — key rotated 20 Feb 09:10.
Action: remove fixtures from seed, alert on bulk sends > 20/min.

Please rewrite this for the quality manager (no technical detail).`),

  rec('chat_nl_be', f`Kan je dit samenvatten voor de boekhouding? De gast van tafel 7 zaterdag betwist de no-show fee van €240. Hij heeft betaald met Visa ${v('financial.payment_card', g4(VISA))}, en vraagt terugbetaling op zijn rekening ${v('financial.iban', g4(BE))}. Zijn gsm: ${phone('0478 29 41 63', 'BE')}.`),

  rec('chat_nb', f`Kan du lage en kort rapport til Hovedredningssentralen? Savnet kajakkpadler: Ola Nordvik, født ${v('pii.date_of_birth', '04.06.1983')}, mobil ${phone('412 83 957', 'NO')}. Han leide kajakk fra oss og betalte med kort ${v('financial.payment_card', MC)}; depositumet skal tilbake til ${v('financial.iban', NO)} hvis han ikke henter det.`),

  rec('slack_export', f`Our bot that posts exchange alerts into Slack crashed overnight. Config + last message:

${amb('source_code.snippet', f`slack:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: "#integrity-alerts"
github:
  token: ${v('credential.github_pat', GHP)}
  repo: rowley-racing/integrity-rules`)}

last alert: "Unusual lay volume on runner 48213077 — account holder ${v('pii.email', 'j.prentice82@outlook.com')}"`),

  rec('chat_pt', f`Preciso de ajuda com este e-mail de uma mãe sobre a colheita de sangue do cordão:

"Olá, sou a Inês Carvalho (nascida a ${v('pii.date_of_birth', '08/03/1992')}). O parto foi antecipado para dia 3 e ainda não recebi o kit. O meu telemóvel é ${phone('936 184 273', 'PT')}. Já paguei com o cartão terminado em 4471."

Responde com calma e explica que o kit segue por estafeta hoje.`),

  rec('chat_ar_sa', f`اكتب رد رسمي لطالب سعودي قُبل في برنامج الماجستير: الاسم: فهد العتيبي، تاريخ الميلاد: ${v('pii.date_of_birth', '2000/02/11')}، رقم الجواز: ${v('pii.passport', 'T482917')}، الجوال: ${phone('+966 55 482 9173')}. الملحقية ستحول الرسوم إلى حساب الجامعة، وهو يسأل عن الآيبان الخاص به للمنحة الشهرية: ${v('financial.iban', SA)}.`),

  rec('deploy_notes', f`Notes from yesterday's deploy of the warranty claims API, please turn into a checklist:

- SSH to build box: ${amb('source_code.snippet', f`ssh -i deploy_key deploy@${amb('pii.ip_address', '10.44.2.17')}`)}
- deploy key (temporary, delete after!):
${v('credential.openssh_private_key', OSSH)}
- Sentry: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508813.ingest.de.sentry.io/4508814420137984`)}
- On-call: Pavel Horák ${phone('+420 731 482 915')}`),

  rec('chat_it', f`Mi aiuti a scrivere una risposta a questo studente? "Buongiorno, sono Ahmed Raza, nato il ${v('pii.date_of_birth', '21/04/2001')}, passaporto pakistano ${v('pii.passport', 'AB4829173')}. Non ho ricevuto la lettera per il visto. Il mio numero WhatsApp è ${phone('+92 300 4829173')}." Ditegli che la lettera parte lunedì.`),

  rec('chat_zh_hk', f`幫我整理呢份馬主資料做表格，但唔好抄埋信用卡號碼：陳大文先生，出生日期 ${v('pii.date_of_birth', '1968年5月3日')}，電話 ${phone('9482 7361', 'HK')}，電郵 ${v('pii.email', 'tm.chan.owner@netvigator.com')}，會費用信用卡 ${v('financial.payment_card', g4(card('552039481726359')))} 過數。`),

  rec('chat_hr', f`Napiši izvještaj za lučku kapetaniju: spašena dva ronioca kod Visa. Voditelj ronjenja: Ivan Kovačić, datum rođenja ${v('pii.date_of_birth', '12.12.1980')}, mob. ${phone('091 482 7315', 'HR')}, e-mail ${v('pii.email', 'ivan.kovacic@dive-vis.hr')}. Poziv je stigao preko VHF kanala 16 u 14:22.`),

  rec('chat_ro', f`Poți să-mi scrii un răspuns pentru această familie? "Bună ziua, sunt Andreea Ionescu, data nașterii ${v('pii.date_of_birth', '15.08.1990')}. Vreau să anulez contractul de stocare a sângelui din cordon. Telefon: ${phone('0723 482 915', 'RO')}." Explică-le politicos că anularea se face în scris.`),

  rec('chat_sk', f`Preklad do angličtiny pre výrobcu: "Vodič autobusu Peter Horváth (dátum narodenia ${v('pii.date_of_birth', '02.03.1975')}, tel. ${phone('0903 482 915', 'SK')}) nahlásil zlyhanie bŕzd pri 40 km/h. Vozidlo je v záruke. Kontakt na dispečing: ${v('pii.email', 'dispecing@sad-trnava.sk')}."`),
];

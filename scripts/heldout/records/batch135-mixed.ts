/**
 * Held-out batch 135: longer texts mixing categories (handover notes, chat exports, stack traces,
 * sitreps, dispatch digests) from the batch's six organisations. Hand-written.
 */
import { ibanWithCheck as iban, spacedFours as spaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';


const ES_PAT = iban('ES', '00491827364501928374');
const FR_NGO = iban('FR', '30004008280001072948371');
const SHPAT = tok('shpat_', fill('b135m-shpat', HEX, 32));
const TG = tok('7730461982', ':AA', fill('b135m-tg', B64URL, 33));
const SLACK_BOT = tok('xoxb-', '5820193746', '2-', '7719203846152-', fill('b135m-xoxb', B62, 24));

export const BATCH135_MIXED: DraftRecord[] = [
  rec('handover', f`Night shift handover – Harbourline Crane Services, Felixstowe – 11/12 March

- QC-22 back in service 05:40 after twistlock sensor bracket replaced. Test lifts OK (10 cycles).
- RTG-31 hoist brake still smells hot after long travel. Vendor engineer Lars (${phone('+45 28 41 73 96')}) will call at 10:00.
- Remote access to the crane PLCs goes via the new jump host ${amb('pii.ip_address', '10.88.4.21')}. User hcs-night, password ${v('credential.password_in_prose', 'Quayside!Night42')} until IT sets up MFA.
- Tom R. off sick, cover by Dev (${phone('07842 519306', 'GB')}, ${v('pii.email', 'dev.sharma@harbourline-cranes.com')}).

Clean this up into a proper handover email for the day supervisor. Drop the password line.`),

  rec('whatsapp_pt_br', f`Resume essa conversa do grupo da manutenção em tópicos, por favor:

[11/03 06:12] Rafael Santos: pessoal o portêiner 3 travou de novo no gantry
[11/03 06:13] Rafael Santos: IP do CLP novo é ${amb('pii.ip_address', '192.168.40.17')}, o antigo ${amb('pii.ip_address', '192.168.40.12')} tá fora
[11/03 06:15] Juliana Costa: a senha do painel é ${v('credential.password_in_prose', 'Gantry@Santos3')} mesmo? não entra
[11/03 06:16] Rafael Santos: essa mesma, maiúsculo o G
[11/03 06:20] Juliana Costa: ok entrou. falha no encoder do lado mar
[11/03 06:22] Rafael Santos: liga pro Moacir ${phone('(13) 99741-2836', 'BR')} ele tem encoder reserva`),

  rec('coordinator_handover', f`${v('confidential.marking', 'CONFIDENTIAL')} — patient coordination handover, Houston clinic, week of 3/10

1. Ashley Brennan (DOB ${v('pii.date_of_birth', '08/14/1990')}) — retrieval moved to Thu 7:15am. She asked us to text only: ${phone('(713) 482-9016', 'US')}.
2. Keisha Moore (DOB ${v('pii.date_of_birth', '11/02/1986')}) — insurance denied the egg freezing pre-auth. Appeal letter drafted, needs Dr. Patel's signature. Email: ${v('pii.email', 'keisha.moore.tx@gmail.com')}.
3. Portal admin login for the new scheduling tool: coord.houston / ${v('credential.password_in_prose', 'Follicle-Hou-2025')} (shared until SSO goes live).

Rewrite as a table for the Monday huddle, but leave out #3.`),

  rec('email_thread_es', f`¿Me ayudas a contestar a esta paciente? Quiero confirmarle la devolución y el cambio de fecha.

De: Alba Domínguez <${v('pii.email', 'alba.dominguez.r@gmail.com')}>
Asunto: Re: Cancelación ciclo de vitrificación

Hola, como os comenté por teléfono (${phone('655 184 273', 'ES')}), tengo que aplazar el tratamiento por trabajo. Os paso mi cuenta para la devolución de la señal:
${v('financial.iban', spaced(ES_PAT))}
Mi fecha de nacimiento es el ${v('pii.date_of_birth', '22/10/1991')}, por si la necesitáis para localizar la ficha.
Gracias, Alba`),

  rec('taproom_handover', f`closing notes – Pearl St taproom, Fri

- tab #4471 left open, guy said he'd come back sat. card on file ending 8804, name Dylan. don't run it before noon
- walk-in cooler at 41°F, called Brian from Arctic Refrigeration ${amb('pii.phone', '(503) 555-0147')} no answer
- new wifi pw for staff network: ${v('credential.password_in_prose', 'KegStand!2025')}
- Jess (${phone('(971) 206-7734', 'US')}) can cover sunday brunch
- 2 kegs of Porch Light Pils kicked, re-order Monday

turn this into a checklist for the opening manager`, 'the refrigeration number is a fictional 555-01xx one'),

  rec('slack_de', f`Kannst du mir aus diesem Slack-Verlauf eine Zusammenfassung für die Geschäftsführung machen?

[09:14] Lena Vogt: Der Shop-Sync für die Dosenbestellungen ist wieder kaputt 😩
[09:15] Tobias Ernst: Hab den Token neu gesetzt: ${v('credential.shopify_access_token', SHPAT)} – sollte jetzt gehen
[09:21] Lena Vogt: Läuft. Aber 14 Bestellungen vom Wochenende fehlen, u. a. von ${v('pii.email', 'markus.hoffmann@gmx.de')} und ${v('pii.email', 'j.berger@posteo.de')}
[09:23] Tobias Ernst: Ich spiel die manuell nach. Bot für Alerts läuft mit ${v('credential.slack_bot_token', SLACK_BOT)}, der hätte eigentlich melden müssen
[09:30] Lena Vogt: Bitte Kunden anschreiben, Versand verzögert sich um 2 Tage`),

  rec('stack_trace', f`Jury portal threw this for one user this morning. What's going on and how do I stop it logging PII?

${amb('source_code.snippet', f`2025-03-12 08:03:51,207 ERROR [http-nio-8443-exec-7] c.n.jury.summons.ResponseController - Failed to save response
org.springframework.dao.DataIntegrityViolationException: could not execute statement; constraint [uq_juror_ssn]
  Detail: Key (ssn)=(${v('pii.us_ssn', '529-41-8306')}) already exists.
  juror_email=${v('pii.email', 'tmorales1982@yahoo.com')} summons_id=25-0312-0877 dob=${v('pii.date_of_birth', '1982-06-30')}
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:95)
	at com.northfield.jury.summons.ResponseService.save(ResponseService.java:118)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_juror_ssn"
datasource.url=jdbc:postgresql://jurydb01:5432/jury?user=jury_app&password=${v('credential.connection_string_password', 'Voir-Dire#2025')}`)}`),

  rec('jurados_es_ar', f`Necesito que me armes la planilla de citación para el juicio por jurados de la semana que viene (Córdoba). Te paso lo que tengo:

1. Gabriela Ferreyra – DNI ${ambCat('pii', '31.482.739')} – cel. ${phone('+54 9 351 482-7391')} – ${v('pii.email', 'gabiferreyra@hotmail.com.ar')}
2. Martín Quiroga – DNI ${ambCat('pii', '28.193.046')} – cel. ${phone('+54 9 351 619-2047')}
3. Sofía Ledesma – DNI ${ambCat('pii', '35.027.184')} – nacida el ${v('pii.date_of_birth', '3 de mayo de 1990')}

Ojo que la 3 pidió excusación por estar amamantando.`, 'Argentine DNI: no built-in rule (ambiguous, no rule id)'),

  rec('dispatch_digest', f`Morning digest – SkyReach field dispatch, North West region, Wed 12 March

JO-771204 · Mr K. Adeyemi · ${phone('07539 284 613', 'GB')} · new install, 2 x multiroom boxes · router WAN showing ${amb('pii.ip_address', '86.12.204.77')}
JO-771209 · Ms P. Lowe · ${phone('01612 498 305', 'GB')} · ${v('pii.email', 'pam.lowe@talktalk.net')} · no signal after storm
JO-771215 · Mr D. Ahmed · ${phone('07412 903 586', 'GB')} · fibre ONT swap, customer says old router admin password was ${v('credential.password_in_prose', 'ahmed1985home')}

Tech logins reset overnight: all techs use the one-time code from the app.

Summarise which jobs need a two-person crew and why.`),

  rec('notes_pl', f`Przeredaguj notatkę technika do zgłoszenia serwisowego, żeby była czytelna dla klienta:

klient: Pani Agnieszka Zielińska, tel. ${phone('+48 512 384 927')}
router: konfiguracja przywrócona, IP WAN ${amb('pii.ip_address', '83.24.119.206')}, panel admin hasło zmienione na ${v('credential.password_in_prose', 'Zielinska#Net7')}, dekoder SAT podpięty na LAN2
czasza przestawiona na 13°E, jakość sygnału 78%, kabel od LNB do wymiany przy następnej wizycie`),

  rec('sitrep', f`${v('confidential.marking', 'TLP:AMBER')} — Clearground logistics sitrep, Sector North, 12 March

Movements: 3 vehicles Kharkiv → Balakliia, departed 07:30, arrived 10:10. Fuel: 1,840 L remaining at forward store (4 days).
Comms: Iridium for team 2 is ${phone('+8816 3148 2736')}, Thuraya backup ${phone('+88216 4827 3916')}. Team leader mobile ${phone('+380 50 391 2847')}.
New international staff arriving Friday: Tomás Herrera, passport ${v('pii.passport', 'AQ482739')} — needs accreditation letter.
Procurement: ${v('pii.email', 'procurement.ua@clearground.org')} still waiting on the quote for 2 replacement Hilux.

Summarise for the country director in 5 bullets; keep the ${v('confidential.marking', 'TLP:AMBER')} marking.`),

  rec('email_fr', f`Peux-tu reformuler ce mail pour le transitaire à Bamako, plus formel ?

Bonjour M. Traoré,
Les 4 détecteurs et les 2 groupes électrogènes sont prêts à l'entrepôt. Pour le paiement du dédouanement, voici le RIB de l'antenne : ${v('financial.iban', spaced(FR_NGO))}.
Vous pouvez me joindre au ${phone('+223 76 48 27 39')} ou à ${v('pii.email', 'logistique.mali@clearground.org')}.
Pour suivre le camion : plateforme de tracking, identifiant cg-bko-log, mot de passe ${v('credential.password_in_prose', 'Sahel#Track2025')}.
Cordialement, Aïssata`),

  rec('chat_uk', f`Допоможи розібратися й напиши інструкцію для колег:
бот для звітів про пальне працює з токеном ${v('credential.telegram_bot_token', TG)}, сервер ${amb('pii.ip_address', '91.204.18.76')}, порт 8443. Якщо бот мовчить — дзвонити Сергію ${phone('+380 67 193 4820')}. Логи лежать у /var/log/fuelbot.`),

  rec('csv', f`Can you find which radios haven't been checked in 30+ days?

${amb('source_code.snippet', f`asset_tag,type,serial,assigned_to,last_check,location
CG-RAD-0114,VHF handheld,481TK29371,${v('pii.email', 'o.tkachenko@clearground.org')},2025-01-28,Kharkiv
CG-RAD-0119,VHF handheld,481TK29384,${v('pii.email', 'i.melnyk@clearground.org')},2025-03-04,Balakliia
CG-SAT-0007,Iridium 9555,300434061927480,${v('pii.email', 's.tesfaye@clearground.org')},2025-02-02,Kharkiv
CG-RAD-0131,VHF base,481TK30012,logistics store,2024-12-19,Izium`)}`),

  rec('note_zh_hk', f`幫我整理呢段交更筆記，用返正式啲嘅書面語：
病人陳太（${v('pii.date_of_birth', '1988年9月2日')}出世）今日打嚟問雪卵費用，佢話下個月想開始打針。手機 ${phone('9123 4867', 'HK')}，電郵 ${v('pii.email', 'chan.mandy88@yahoo.com.hk')}。身份證號碼 ${ambCat('pii', 'Y482739(6)')} 已經核對咗。記得星期五前覆佢。`, 'Hong Kong identity card number: no built-in rule (ambiguous, no rule id)'),

  rec('chat_he', f`תסכם לי את ההודעות האלה מהקבוצה של צוות התחזוקה באשדוד:
- עמית: המנוף 5 עוד תקוע, התקשרו לספק ${phone('052-384-7192', 'IL')}
- דנה: הכניסה למחשב ה-HMI היא עם המשתמש maint וסיסמה ${v('credential.password_in_prose', 'Ashdod#Crane5')}
- עמית: שלחתי את הדוח ל-${v('pii.email', 'amit.levi@harbourline-cranes.co.il')}`),
];

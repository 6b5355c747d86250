/**
 * Held-out batch 131: longer texts mixing categories (incident notes, stack traces, e-mail threads,
 * fixtures, exports) from the six organisations, in several languages. Hand-written.
 */
import { luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const card = (payload: string): string => payload + luhnCheckDigit(payload);

const SENTRY_KEY = fill('b131m-sentry', HEX, 32);
const GHP = gh('ghp', 'Qm4Zx8Tn2Lw6Rb1Yc9Vd3Hk7Pf5Sj0');
const SLACK_BOT = tok('xoxb-', '5829173640', '2-', '7418295036174-', fill('b131m-xoxb', B62, 24));
const TW_SID = tok('AC', fill('b131m-twsid', HEX, 32));
const TW_AUTH = fill('b131m-twauth', HEX, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b131m-gapi', B64URL, 33));
const VISA = card('424981736250938');
const MC = card('222310498273645');

export const BATCH131_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident review: reminder SMS sent to wrong guardians (Leeds clinic)

**What happened:** on 28 Nov the recall job sent 63 reminders to the previous guardian on file instead of the current one.
**Example:** child record P-448102 (DOB ${dob('04/08/2018')}) — message went to ${phone('07839 204716', 'GB')} instead of the mother's new number.
**Cause:** the job read guardians ordered by created_at; the integration account (${mail('integration@littlemolars.dental')}) had no is_primary flag.
**Fix:** deployed 29 Nov 11:20 from build agent ${ip('10.20.4.17')}.

Rewrite this for the parents' newsletter: apologetic, no internal details.`),

  rec('trace_de', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/zoll/atlas_sync.py", line 88, in push_declaration
    resp = session.post(URL, json=payload, auth=("kestrel_atlas", "${v('credential.password_assignment', 'Zollanmeldung!2024')}"))
  File "/usr/lib/python3/dist-packages/requests/sessions.py", line 637, in post
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='${ip('192.168.40.12')}', port=8443): Max retries exceeded`)}

Der Sync zum ATLAS-Gateway fällt jede Nacht um 2 Uhr aus. Firewall? Und ja, ich weiß, das Passwort gehört nicht in den Code.`),

  rec('email_thread_es', f`> El lun, 2 dic 2024 a las 9:14, Lucía Fernández <${mail('lucia.fernandez@kestrel-customs.es')}> escribió:
> Te paso los datos del importador para el DUA: Carlos Ibáñez, DNI ${v('pii.es_dni', '30916842N')}, tel. ${phone('+34 612 483 907')}.
> El pago de aranceles va a la cuenta ${v('financial.iban', 'ES84 2100 4825 1302 0037 4615')}.

Gracias Lucía. Lo presento hoy.

¿Puedes reescribir mi respuesta para que sea más formal?`),

  rec('fixture_ts', f`${v('source_code.snippet', f`// test fixtures for the volunteer onboarding service
export const volunteers = [
  { id: 1, name: 'Hannah Okafor', email: '${mail('hannah.okafor@listeningline.org')}', phone: '${phone('+44 7839 204716')}', dob: '${dob('1996-05-21')}' },
  { id: 2, name: 'Tomás Reyes', email: '${mail('tomas.reyes@listeningline.org')}', phone: '${phone('+34 612 483 907')}', dob: '${dob('2001-11-02')}' },
];
export const slackToken = '${v('credential.slack_bot_token', SLACK_BOT)}';`)}

Are these fixtures OK to commit? They're copied from staging.`),

  rec('notes_fr_ca', f`Notes de réunion – coordination des bénévoles, ligne d'écoute (Montréal)

- Nouvelle bénévole : Geneviève Roy, ${mail('genevieve.roy@videotron.ca')}, cell ${phone('(438) 291-6648', 'CA')}. Formation le 14 janvier.
- Le compte Twilio pour le texto : SID ${v('credential.twilio_account_sid', TW_SID)}, jeton ${v('credential.twilio_auth_token', TW_AUTH)} — à mettre dans le coffre, pas dans le Google Doc!
- Rappel : les notes d'appel restent dans le système, jamais dans les courriels.

Peux-tu me faire un compte rendu propre à envoyer aux bénévoles (sans le Twilio)?`),

  rec('ticket_it', f`Ticket #8821 – Noleggio costumi, pagamento non riuscito
Cliente: Compagnia Teatrale La Fenice di Bari
Referente: Giulia Santoro, ${mail('giulia.santoro@lafenicebari.it')}, ${phone('+39 347 829 1640')}
Carta usata: ${v('financial.payment_card', VISA)} (rifiutata due volte)
IP del checkout: ${ip('93.41.228.106')}

Scrivimi una risposta cortese che proponga il bonifico come alternativa.`),

  rec('log_pt_br', f`${amb('source_code.snippet', f`2024-12-04 06:02:11 WARN  coleta-api  rota=ZL-07 caminhao=ABC1D23 motorista_cpf=${v('pii.br_cpf', '715.283.946-82')} gps_gap=312s
2024-12-04 06:02:12 ERROR coleta-api  falha ao enviar foto da lixeira: 401 from https://storage.valtoria.com.br (api_key=${v('credential.google_api_key', GOOGLE)})
2024-12-04 06:02:15 INFO  coleta-api  retry ok from ${ip('177.71.220.45')}`)}

Por que o log está mostrando o CPF do motorista? Como mascaro isso no logback?`),

  rec('email_nl', f`Van: ${mail('planning@valtoria-afval.nl')}
Aan: ${mail('r.bakker@gemeente-voorbeeldstad.nl')}

Beste Ruud,

Zoals besproken: de nieuwe ophaalroute voor GFT start op 6 januari. Bewoners met klachten kunnen bellen naar ${phone('+31 6 38291746')}. Het contract voor de ondergrondse containers is ${amb('confidential.marking', 'vertrouwelijk')} tot de raad heeft besloten.

Groet,
Sanne

Kun je dit in het Engels vertalen?`, 'lower-case "vertrouwelijk" inside a sentence about the contract: inline statement about a third document, kept ambiguous'),

  rec('csv_sv', f`Här är exporten från volontärregistret, kan du hitta dubbletter?

${amb('source_code.snippet', f`namn,e-post,telefon,född
Elin Sjöberg,${mail('elin.sjoberg@gmail.com')},${phone('+46 70 482 91 73')},${dob('1998-03-17')}
Oskar Nyström,${mail('oskar.nystrom@telia.com')},${phone('070-482 91 73', 'SE')},${dob('1979-10-08')}
Elin Sjöberg,${mail('elin.sjoberg@gmail.com')},${phone('+46 70 482 91 73')},${dob('1998-03-17')}`)}`),

  rec('chat_hi_en', f`Yaar drone team ka GitHub token chat mein aa gaya: ${v('credential.github_pat', GHP)}. Aur pilot Vikram ka phone ${phone('+91 98482 91736')} bhi usi message mein hai. Dono ko kaise clean karein? Slack message delete karna kaafi hai kya?`),

  rec('k8s_sk', f`${amb('source_code.snippet', f`apiVersion: v1
kind: ConfigMap
metadata:
  name: inspection-uploader
data:
  SENTRY_DSN: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508123.ingest.de.sentry.io/4508129071538176`)}"
  UPLOAD_HOST: "${ip('10.61.12.40')}"
  OPS_CONTACT: "${mail('ops-oncall@pylonix.aero')}"`)}

Mala by byť niektorá z týchto hodnôt radšej v Secret namiesto ConfigMap?`),

  rec('email_pl', f`Temat: Zwrot kaucji – odpady budowlane

Pani Anno,
zwrot kaucji za kontener (450 zł) prześlemy na rachunek ${v('financial.iban', 'PL02 1050 1445 1000 2291 8374 6501')}. W razie pytań proszę dzwonić: ${phone('+48 601 293 847')}.

Pozdrawiam, Biuro Obsługi Klienta

Popraw proszę styl tej wiadomości.`),

  rec('chat_ru', f`Коллеги, в чате с водителями мусоровозов кто-то выложил: логин диспетчерской ${mail('dispatch@valtoria.ru')}, пароль ${v('credential.password_in_prose', 'Musorovoz#2024')}, и рядом телефон старшего смены ${phone('8 (921) 384-72-19', 'RU')}. Как правильно сообщить об утечке в ИБ?`),

  rec('chat_ja', f`歯科受付の引き継ぎメモを整理してください：
・患者：佐藤 陽向くん（生年月日 ${dob('2018年11月3日')}）
・保護者携帯：${phone('090-3827-4615', 'JP')}
・支払い：カード ${v('financial.payment_card', MC)}（次回来院時に再決済）`),

  rec('incident_el', f`Αναφορά περιστατικού – αποθήκη κοστουμιών
Στις 3/12 η κάμερα στην είσοδο (${ip('192.168.10.54')}) κατέγραψε είσοδο εκτός ωραρίου. Υπεύθυνη βάρδιας: Μαρία Κωνσταντίνου, ${phone('+30 694 829 1736')}.
${v('confidential.marking', 'ΕΜΠΙΣΤΕΥΤΙΚΟ')} – ${amb('confidential.marking', 'μόνο για τη διεύθυνση')}.

Γράψε μια σύντομη περίληψη στα αγγλικά.`),

  rec('chat_ro', f`Bună, colegul de la vamă mi-a trimis pe mail: IBAN plătitor ${v('financial.iban', 'RO02 BTRL 0130 1205 K839 47XX')}, contact ${mail('andrei.popescu@kestrel.ro')}, parola pentru portalul ePortal: ${v('credential.password_in_prose', 'Vama!Constanta24')}. Ce ar trebui să fac cu mailul ăsta?`),

  rec('chat_lt', f`Labas, savanorių koordinatorė atsiuntė naujo savanorio duomenis: Mantas Kazlauskas, tel. ${phone('+370 612 83 947')}, el. paštas ${mail('mantas.kazlauskas@gmail.com')}, gimęs ${dob('1999-07-23')}. Parašyk trumpą pasveikinimo žinutę.`),
];

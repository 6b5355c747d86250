/**
 * Held-out batch 138: longer texts mixing categories — postmortems, case notes, exports, threads and
 * configs from the six organisations. Hand-written.
 */
import { ibanWithCheck as iban, inAadhaarSpaced, spacedFours as spaced, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, b64, fill, gh, tok } from '../tokens';


const SLACK_BOT = tok('xoxb-', '5518204937', '1-', '7720419385124-', fill('b138m-xoxb', B62, 24));
const GHP = gh('ghp', fill('b138m-ghp', B62, 30));
const SG = tok('SG.', fill('b138m-sg1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22), '.', fill('b138m-sg2', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43));
const NHS = ukNhsSpaced('612830475');

export const BATCH138_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: PV park Mérida – SCADA blind for 9 hours (30 Nov)

**Impact:** no telemetry from 48 inverters, ~2.1 MWh of alarms missed; no production loss confirmed.

**Timeline (CET)**
- 02:10 datalogger at the substation stops answering (${amb('pii.ip_address', '10.88.2.14')})
- 06:45 field tech Álvaro Sánchez (${phone('+34 655 21 84 37')}) on site, finds the router rebooted to factory config
- 07:30 router restored from backup; the backup still had the old admin password \`${v('credential.password_in_prose', 'Extremadura#Sol19')}\` in plain text
- 11:05 telemetry back, alarm backlog replayed to ${v('pii.email', 'noc@helioterra-om.com')}

**Actions:** store router configs in the vault, change all site router passwords, add LTE backup.

Rewrite this for the client's monthly report, without internal names or passwords.`),

  rec('email_thread', f`Can you write a reply offering her the 14 January slot instead?

From: Chidinma Okafor <${v('pii.email', 'chidi.okafor91@gmail.com')}>
Sent: 2 December 2024 18:22
To: Sleep Lab Bookings <${v('pii.email', 'sleeplab.bookings@staldhelm-uh.nhs.uk')}>
Subject: Re: Your overnight sleep study – 9 December

Hi, I can't make the 9th, I'm on nights that week. My NHS number is ${v('pii.uk_nhs_number', NHS)} and date of birth ${v('pii.date_of_birth', '23/06/1991')} in case you need them. Best number: ${phone('07412 839406', 'GB')}.

> On 28 Nov 2024, Sleep Lab Bookings wrote:
> Please arrive at 19:30 at the Sleep Unit, Ward 7B.`),

  rec('case_note', f`${v('confidential.marking', 'CONFIDENTIAL')} – Prize claim case note PC-24-88317

Claimant: Stefan Marinov, born ${v('pii.date_of_birth', '14.05.1979')}, Bulgarian passport ${v('pii.passport', '384719265')}
Contact: ${phone('+359 88 428 1937')}, ${v('pii.email', 's.marinov79@abv.bg')}
Prize: €180,000 (EuroDraw 5+1), ticket bought online, account LOT-4418273
Payout account: ${v('financial.iban', spaced(iban('BG', 'UNCR70001528473916')))}, BIC ${amb('financial.swift_bic', 'UNCRBGSF')}
Status: identity confirmed by video call 02/12; AML source-of-funds not required (online ticket).

Summarise the next steps for the payout team in 4 bullets.`),

  rec('shift_notes_de_pl', f`Übergabeprotokoll Nachtschicht Rangierbahnhof, 01./02.12. – bitte ins Englische für den neuen Schichtleiter:

- Gleis 14: Wagen 31 80 4651 234-5 Flachstelle, ausgesetzt, Werkstatt informiert
- Gleisbremse GB3 hat zweimal nicht gelöst, Fa. Signaltec kommt um 10 Uhr (Hr. Brandt, ${phone('0151 28473960', 'DE')})
- Marek sagt: „VPN na tablet wagonowy nie działa, hasło ${v('credential.password_in_prose', 'Tor14-Noc!2024')} już nie przechodzi" → IT-Ticket 55128
- Fremdfirma Kowalczyk Rail: neuer Ansprechpartner ${v('pii.email', 'biuro@kowalczykrail.pl')}, ${phone('+48 601 284 739')}`),

  rec('email_vendor', f`Please sanity-check this onboarding mail before I send it to our new Icelandic freelancer:

Hi Guðrún,

Welcome aboard! Your Smartcat login is your e-mail (${v('pii.email', 'gudrun.sigurdardottir@simnet.is')}) with the temporary password ${v('credential.password_in_prose', 'Eldfjall-Norð-42')}. Payments go out on the 15th to the account you gave us:
IBAN ${v('financial.iban', spaced(iban('IS', '0159260076545510730339')))}

If anything is unclear, call me on ${phone('+44 20 3917 2846')}.

Best,
Priya`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/claims/notify.py", line 88, in send_decision
    slack.chat_postMessage(channel="#claims-escalations", text=msg)
  File "/usr/lib/python3.11/site-packages/slack_sdk/web/client.py", line 2106, in chat_postMessage
    return self.api_call("chat.postMessage", json=kwargs)
slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage, token: ${v('credential.slack_bot_token', SLACK_BOT)})
The server responded with: {'ok': False, 'error': 'channel_not_found'}
  context: claim=DS-2024-51928 customer=${v('pii.email', 'lukas.meier@bluewin.ch')}`)}

The channel exists, I can see it. Why channel_not_found?`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO policyholder (id, name, email, phone, iban) VALUES
(20411, 'Sophie Lambert', '${v('pii.email', 'sophie.lambert@orange.fr')}', '${phone('+33 6 71 82 49 35')}', '${v('financial.iban', iban('FR', '20041010050500013M02606'))}'),
(20412, 'Luca Marchetti', '${v('pii.email', 'luca.marchetti@libero.it')}', '${phone('+39 347 218 5903')}', NULL),
(20413, 'Anouk de Vries', '${v('pii.email', 'anouk.devries@ziggo.nl')}', '${phone('+31 6 28473916')}', '${v('financial.iban', iban('NL', 'INGB0004827193'))}');`)}

Postgres import fails on line 2 — is it the NULL?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
  telegraf:
    image: telegraf:1.32
    environment:
      MQTT_SERVER: tcp://${amb('pii.ip_address', '172.20.8.10')}:1883
      MQTT_USER: telegraf
      MQTT_PASSWORD: ${v('credential.password_assignment', 'Strahlung-7743!')}
  grafana:
    image: grafana/grafana:11.3.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${v('credential.password_assignment', 'PVpark_Admin#2024')}
      GF_SMTP_PASSWORD: ${v('credential.sendgrid_api_key', SG)}`)}

Grafana can't reach InfluxDB after the move to the new edge box at the Kozani park. Anything in here?`),

  rec('csv', f`Build me a pivot of prize claims by payout method:

${amb('source_code.snippet', f`claim_id;winner;email;phone;payout;iban
PC-24-88401;Julia Novak;${v('pii.email', 'julia.novak@seznam.cz')};${phone('+420 724 381 962')};transfer;${v('financial.iban', iban('CZ', '08000000192000145399'))}
PC-24-88402;Mateusz Lewandowski;${v('pii.email', 'm.lewandowski@wp.pl')};${phone('+48 691 284 736')};transfer;${v('financial.iban', iban('PL', '611090101400000712198128'))}
PC-24-88403;Eva Horváthová;${v('pii.email', 'eva.horvathova@azet.sk')};${phone('+421 905 482 713')};cash;`)}`),

  rec('slack_export', f`Our translation-status bot crashes on this event, and I'm not sure the config is right either:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U07K2M9R4QL",
  "text": "<@U03B7D1> can you re-send the PO to ${v('pii.email', 'kenji.watanabe@lingwave-l10n.jp')}? the JA>EN job is due Friday",
  "ts": "1733140211.004812"
}`)}

${amb('source_code.snippet', f`# status-bot.toml
[github]
token = "${v('credential.github_pat', GHP)}"
repo = "lingwave/strings-app"`)}`),

  rec('code_python', f`Test fixture for the sleep-diary import — is it okay to commit this, or should I fake the data?

${v('source_code.snippet', f`SAMPLE_PATIENT = {
    "name": "Marta Lindqvist",
    "email": "${v('pii.email', 'marta.lindqvist@outlook.com')}",
    "mobile": "${phone('+46 70 482 19 37')}",
    "birth_date": "${v('pii.date_of_birth', '1979-10-15')}",
    "diary": [{"night": "2024-11-18", "tst_min": 312, "sol_min": 55}],
}`)}`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: yard-db
  namespace: yard-ops
type: Opaque
data:
  DB_HOST: ${b64('10.72.14.30')}
  DB_PASSWORD: ${v('credential.base64_encoded_token', b64('Verschiebe!Bhf-2291'))}
  WAGON_API_KEY: ${v('credential.base64_encoded_token', b64(fill('b138m-wagonkey', B62, 32)))}`)}

Is base64 in a Secret any protection at all? The auditor says no.`),

  rec('meeting_it', f`Trasforma questi appunti in una lista di azioni con responsabili:

Riunione ufficio premi – 3 dicembre
- Vincitore 6 del Superlotto (Bari): verifica documenti OK, codice fiscale controllato; contatto ${phone('+39 340 718 2946')}
- Accesso temporaneo al portale banca per il revisore esterno: utente revisore_ext, password ${v('credential.password_in_prose', 'Trullo#Bari2024')} (scade venerdì)
- Nota: il verbale è ${v('confidential.marking', 'riservato')}, non inoltrare
- Prossima riunione 10/12`),

  rec('email_hinglish', f`Sir, Bhadla site ke naye contractor ka details bhej raha hoon, please HR portal mein daal dijiye:

Name: Imran Qureshi
Aadhaar: ${v('pii.in_aadhaar', inAadhaarSpaced('59184720361'))}
Mobile: ${phone('+91 99280 41736')}
Bank: SBI, A/c ${ambCat('financial', '30482719365')}, IFSC SBIN0031827
Email: ${v('pii.email', 'imran.qureshi.solar@gmail.com')}

Aur ek baat, SCADA laptop ka password ${v('credential.password_in_prose', 'Bhadla@Pv2024')} hai, unko bata dena.`),

  rec('email_fr_ch', f`Bonjour, peux-tu traduire ce message en allemand pour la comptabilité de Zurich ?

« Madame, Monsieur, je suis traductrice indépendante à Lausanne. Pour le versement de mes honoraires (mandat 2024-311, relecture FR-CH), voici mes coordonnées :
IBAN : ${v('financial.iban', spaced(iban('CH', '00762011623852957')))}
N° AVS : ${ambCat('pii', '756.4827.1936.08')}
Tél. : ${phone('079 418 27 63', 'CH')}
Avec mes meilleures salutations, Léa Berthoud »`, 'Swiss AHV/AVS number: no built-in rule'),

  rec('incident_el', f`Μετάφρασε στα αγγλικά την αναφορά συμβάντος για τον πελάτη:

Συμβάν: πυρκαγιά σε κουτί σύνδεσης (string combiner box) στο πάρκο της Κοζάνης, 29/11, 14:20.
Τεχνικός βάρδιας: Γιώργος Νικολάου, ${phone('+30 694 812 7395')}
Πρόσβαση στο SCADA από ${amb('pii.ip_address', '85.74.192.18')} με τον λογαριασμό om_kozani (κωδικός ${v('credential.password_in_prose', 'Kozani!Pv77')}) για απομακρυσμένη απενεργοποίηση.`),
];

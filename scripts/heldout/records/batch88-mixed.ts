/** Held-out batch 88: records mixing credentials, personal data, payment data and code across the six settings. Hand-written. */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (payload: string): string => payload + String(luhnCheckDigit(payload));

const GHP = gh('ghp', 'Lk3Mn7Bv1Cx5Za9Qw2Er6Ty4Ui8Op0');
const XOXB = tok('xoxb-', '3920481756', '1-', '4829301746520-', fill('b88m-xoxb', B62, 24));
const SG = tok('SG.', fill('b88m-sg1', B62, 22), '.', fill('b88m-sg2', B62, 43));
const TW_SID = tok('AC', fill('b88m-twsid', HEX, 32));
const TW_TOK = fill('b88m-twtok', HEX, 32);

export const BATCH88_MIXED: DraftRecord[] = [
  rec('incident', f`Incident 2025-03-11 — family portal (hospice)
Reporter: Gwen Roberts, ${v('pii.email', 'gwen.roberts@hosbis-cymru.org.uk')}, ${phone('07723 418593', 'GB')}
Failed logins from ${amb('pii.ip_address', '81.2.69.160')} against account of patient's son (${v('pii.email', 'rhys.hughes1962@btinternet.com')}).
Temporary password issued: ${v('credential.password_in_prose', 'Bara-Brith!44')}
Write the incident summary for the DPO.`),

  rec('stack_trace', f`Bookings API crash, please explain:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/bookings/app/notify.py", line 88, in send_confirmation
    sg.send(message)
  File "/usr/lib/python3.11/site-packages/sendgrid/sendgrid.py", line 120, in send
python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized
  api_key='${v('credential.sendgrid_api_key', SG)}'
  to='${v('pii.email', 'j.okafor@westafricafreight.ng')}'`)}`),

  rec('csv_pt', f`Reembolsos de estacionamento rejeitados — o que falta em cada linha?
nome;email;iban;motivo
Inês Carvalho;${v('pii.email', 'ines.carvalho@sapo.pt')};${v('financial.iban', iban('PT', '001800034829173650291'))};NIF em falta
Tiago Moreira;${v('pii.email', 'tiago.m@gmail.com')};PT50 0000 0000 0000 0000 0000 0;IBAN inválido`),

  rec('email_pawn', f`From: branch manager Zagreb
Customer Ivana Horvat (tel. ${phone('091 483 9271', 'HR')}, DOB ${v('pii.date_of_birth', '07.03.1969')}) sold 3 gold coins. Paid to ${v('financial.iban', iban('HR', '23400091109283746'))}. Police report ref MUP-ZG-2025-1183.
Please translate to English for the compliance file.`),

  rec('code_python', f`Interpreter booking reminders via Twilio + Slack alert, review please:

${v('source_code.snippet', f`import os
from twilio.rest import Client
from slack_sdk import WebClient

tw = Client("${v('credential.twilio_account_sid', TW_SID)}", "${v('credential.twilio_auth_token', TW_TOK)}")
slack = WebClient(token="${v('credential.slack_bot_token', XOXB)}")

def remind(interpreter_phone: str, hearing: str) -> None:
    tw.messages.create(to=interpreter_phone, from_=os.environ["TWILIO_FROM"], body=f"Reminder: {hearing}")
    slack.chat_postMessage(channel="#court-bookings", text=f"Reminded {interpreter_phone}")`)}`),

  rec('chat_sk', f`Nový laborant v LIMS: Peter Horváth, ${v('pii.email', 'peter.horvath@labauto.sk')}, tel. ${phone('0905 483 927', 'SK')}. Dočasné heslo: ${v('credential.password_in_prose', 'Bratislava#Lab5')}. Napíš mu uvítací e-mail (bez hesla!).`),

  rec('ticket_el', f`Αίτημα #8812 — κάτοχος άδειας στάθμευσης
Όνομα: Γεώργιος Παπαδόπουλος, τηλ. ${phone('694 839 2716', 'GR')}, email ${v('pii.email', 'g.papadopoulos@otenet.gr')}
Πληρωμή με κάρτα ${v('financial.payment_card', card('492817364019283'))} χρεώθηκε δύο φορές.
Γράψε απάντηση.`),

  rec('json_log', f`Which field leaks data in this payment terminal log?
${amb('source_code.snippet', f`{"ts":"2025-03-02T17:44:10Z","terminal":"PKM-22","event":"auth_declined","pan":"${v('financial.payment_card', card('535827401938271'))}","holder":"${v('pii.email', 'marta.kowalczyk@wp.pl')}","reason":"05"}`)}`),

  rec('chat_bs', f`Prevodilac za Kantonalni sud Sarajevo: Amra Hadžić, tel ${phone('061 483 927', 'BA')}, račun ${v('financial.iban', iban('BA', '1290071928374650'))}. Pristup portalu: lozinka ${v('credential.password_in_prose', 'Sarajevo!Prevod3')}. Napiši ugovor o angažmanu.`),

  rec('meeting_notes', f`Lab automation sync 12/03
- CI: Kofi pushed with his PAT in the workflow (${v('credential.github_pat', GHP)}), rotate it today
- Instrument PC hostnames: hm-star-03 (${amb('pii.ip_address', '172.20.14.33')}), tecan-02
- New postdoc Dr. Leilani Kahale, ${v('pii.email', 'l.kahale@labauto.bio')}, starts Monday
Turn these into action items.`),

  rec('chat_lv', f`Stāvvietu atļauja: Jānis Bērziņš, dzim. ${v('pii.date_of_birth', '23.08.1977')}, tālr. ${phone('2839 1746', 'LV')}, maksājums no ${v('financial.iban', iban('LV', 'HABA0551092837465'))}. Uzraksti apstiprinājumu.`),

  rec('chat_am', f`Թարգմանիչ՝ Արմեն Պետրոսյան, հեռ. ${phone('077 483927', 'AM')}, էլ. փոստ ${v('pii.email', 'armen.petrosyan@mail.am')}։ Գրեք պայմանագրի նամակ:`),

  rec('chat_so', f`Turjubaan Soomaali ah oo loogu talagalay isbitaalka: Cabdi Warsame, tel ${phone('61 4839271', 'SO')}, email ${v('pii.email', 'cabdi.warsame@hotmail.com')}. Lacagta u dir ${v('financial.iban', iban('GB', 'BARC20049182736450'))}.`),

  rec('chat_ms', f`Pelanggan pajak gadai Kuala Lumpur: Siti Nurhaliza binti Ahmad, tel ${phone('012-483 9271', 'MY')}, kad ${v('financial.payment_card', card('455672019384756'))}. Tulis surat notis lelong.`),

  rec('chat_km', f`អ្នកបកប្រែភាសាខ្មែរ សម្រាប់មន្ទីរពេទ្យ៖ សុខ ចាន់ធី ទូរស័ព្ទ ${phone('012 483 927', 'KH')} អ៊ីមែល ${v('pii.email', 'chanthy.sok@gmail.com')}។ សូមសរសេរលិខិតបញ្ជាក់។`),
];

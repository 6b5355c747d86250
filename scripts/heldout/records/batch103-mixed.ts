/**
 * Held-out batch 103: mixed records — stack traces, incident notes, customer mails and fixtures that
 * carry credentials, personal data, payment data and markings together. Hand-written.
 */
import { luhnCheckDigit, ibanCheckDigits } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string): string => `${cc}${ibanCheckDigits(cc, bban)}${bban}`;
const card = (p: string): string => p + String(luhnCheckDigit(p));
const code = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const SG = tok('SG.', fill('b103m-sg1', B62, 22), '.', fill('b103m-sg2', B62, 43));
const GHP = gh('ghp', fill('b103m-ghp', B62, 30));
const STRIPE = tok('sk_', 'live_', '51', fill('b103m-stripe', B62, 97));
const AKIA = tok('AKIA', fill('b103m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_SECRET = fill('b103m-akias', B64, 40);
const SLACK = tok('xoxb-', '5817204936', '2-', '7719302846155-', fill('b103m-xoxb', B62, 24));
const TW_SID = tok('AC', fill('b103m-twsid', HEX, 32));
const TW_AUTH = fill('b103m-twauth', HEX, 32);

export const BATCH103_MIXED: DraftRecord[] = [
  rec('stack_trace', f`The rostering API crashes when a crew member has no phone number. Trace:
${code(f`Traceback (most recent call last):
  File "/srv/roster/app/notify.py", line 88, in send_pairing_change
    sms.send(to=crew.phone, body=msg)
  File "/srv/roster/app/sms.py", line 31, in send
    raise ValueError(f"invalid recipient for {self.crew_email}")
ValueError: invalid recipient for ${v('pii.email', 'rhea.castillo@skybridge-air.example')}
  context: crew_id=FA-2207 base=CEB db=postgresql://notify:${v('credential.database_url_password', 'pairing-Sms!42')}@${ip('10.40.12.7')}:5432/rostering`)}`),

  rec('incident_note', f`${v('confidential.marking', 'INTERNAL – RESTRICTED')}
Incident IR-0812, festival box office
19:42 attacker used leaked key ${v('credential.stripe_secret_key', STRIPE)} to issue 14 refunds to card ${v('financial.payment_card', card('535110482739164'))}
19:55 key rolled by Piotr (${phone('+48 501 293 847')})
20:10 customer who reported it: ${v('pii.email', 'l.haverkamp@ziggo.nl')}
Please write the post-incident summary.`),

  rec('customer_mail_pt', f`Assunto: Encomenda de ração veterinária não entregue

Olá, fiz a encomenda VF-30291 no dia 3 e ainda não chegou. Paguei com o cartão ${v('financial.payment_card', card('402400718293546'))}. Se não for possível entregar, devolvam para o meu IBAN ${v('financial.iban', iban('PT', '001800034829173600192'))}.
Telemóvel: ${phone('+351 912 483 726')}
Obrigada, Rita Gonçalves (${v('pii.email', 'rita.goncalves@sapo.pt')})

→ Escreve uma resposta simpática em português de Portugal.`),

  rec('fixture', f`Unit test fixture for the legal-aid intake — is it OK to commit this?
\`\`\`python
${v('source_code.snippet', f`INTAKE_FIXTURE = {
    "name": "Marites Bautista",
    "dob": "${v('pii.date_of_birth', '1986-10-12')}",
    "phone": "${phone('+63 928 417 3065')}",
    "email": "${v('pii.email', 'marites.bautista86@gmail.com')}",
    "passport": "${v('pii.passport', 'P7391846A')}",
    "employer": "Kowloon household",
}

def test_intake_roundtrip(client):
    r = client.post("/intake", json=INTAKE_FIXTURE)
    assert r.status_code == 201`)}
\`\`\``),

  rec('csv_mixed', f`Merge this supplier list for the glass factory with our ERP vendor table (match on IBAN):
${code(f`vendor;contact;email;phone;iban
Quarzsand Nord GmbH;Herr Lübke;${v('pii.email', 'luebke@quarzsand-nord.de')};${phone('+49 4321 839204')};${v('financial.iban', iban('DE', '210501700048291736'))}
Soda Polska Sp. z o.o.;Pani Zielińska;${v('pii.email', 'a.zielinska@sodapolska.pl')};${phone('+48 22 583 91 74')};${v('financial.iban', iban('PL', '249010140000071219812874'))}
Vidros Lusitânia Lda;Sr. Matos;${v('pii.email', 'matos@vidroslusitania.pt')};${phone('+351 244 830 172')};${v('financial.iban', iban('PT', '003300000045239187105'))}`)}`),

  rec('chat_deploy', f`Dear support, the crypto tax portal sends no mails since the AWS migration. Our config (tax-portal/.env):
${code(f`AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
MAIL_FROM=${v('pii.email', 'reports@kryptosteuer-partner.example')}
ADMIN_CONTACT=${phone('+43 664 3918274')}`)}
The SendGrid activity feed shows nothing.`),

  rec('ticket_es_bo', f`Ticket #4471 — Centro de asistencia legal (La Paz)
Solicitante: Fernando Quispe Mamani
Celular: ${phone('+591 71548293')}
Correo: ${v('pii.email', 'fquispe.mamani@gmail.com')}
Fecha de nacimiento: ${v('pii.date_of_birth', '08/08/1989')}
Resumen: trabajador migrante en Argentina, despedido sin pago de indemnización. Solicita orientación.
Adjunto: la contraseña del portal de casos es ${v('credential.password_in_prose', 'Illimani#2024')} (la cambio mañana).
→ Redacta una respuesta de seguimiento.`),

  rec('slack_export', f`Please summarise this Slack thread from maintenance control:
[06:12] nikos.p: AOG at SKG, SX-BQR, hydraulic pump #2 U/S
[06:14] nikos.p: parts desk please call me on ${phone('+30 694 827 3156')}
[06:20] bot-config: SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK)} (ignore, debug paste)
[06:31] maria.k: pump reserved from ATH stores, ETA 11:40
[06:33] maria.k: invoice to ${v('financial.iban', iban('GR', '01101250000000012300695'))} as usual`),

  rec('sms_code', f`Vet pharmacy SMS reminder script — the message goes to the wrong number:
\`\`\`python
${v('source_code.snippet', f`from twilio.rest import Client

client = Client("${v('credential.twilio_account_sid', TW_SID)}", "${v('credential.twilio_auth_token', TW_AUTH)}")
client.messages.create(
    to="${phone('+353 87 482 9163')}",
    from_="${phone('+353 1 559 2847')}",
    body="Dr. Byrne's Pharmacy: your pet's Bravecto prescription is ready.",
)`)}
\`\`\``),

  rec('mail_hr_conf', f`Subject: ${v('confidential.marking', 'Confidential')} – cabin crew disciplinary hearing

Hi, please rewrite the invitation letter below in a neutral tone.

Employee: Dimitra Papadaki, DOB ${v('pii.date_of_birth', '23/11/1991')}
Contact: ${v('pii.email', 'd.papadaki@skybridge-air.example')}, ${phone('+30 697 318 4025')}
Hearing: 2 October, 10:00, Athens base`),

  rec('git_remote', f`I cloned the box office repo and git keeps asking for a password. Remote:
${code(f`$ git remote -v
origin  https://festival-ci:${v('credential.url_password', v('credential.github_pat', GHP))}@github.com/fringe-fest/box-office.git (fetch)`)}
Is the token in the URL the problem? Also our IT contact is ${v('pii.email', 'it@fringefest.example')}.`),

  rec('lab_report_hu', f`${v('confidential.marking', 'BIZALMAS')} — Minőségügyi labor, heti jelentés
Felelős: Kovács Réka, ${phone('+36 30 482 7193')}, ${v('pii.email', 'kovacs.reka@uvegmuvek.example')}
LIMS szerver: ${ip('10.12.4.30')}, admin jelszó: ${v('credential.password_in_prose', 'Lehr2-hutes!')}
Kérlek, fordítsd le angolra a jelentést, a jelszót hagyd ki.`),

  rec('k8s_log', f`${code(f`{"ts":"2024-09-17T03:12:44Z","level":"error","svc":"crypto-import","msg":"exchange sync failed","client_email":"${v('pii.email', 'h.nakamura@protonmail.com')}","remote_ip":"${ip('203.0.113.77')}","iban":"${v('financial.iban', iban('NL', 'INGB0004829173'))}"}`)}
Why is the IBAN in the log at all? How do I redact it in structlog?`),

  rec('ticket_ar_sd', f`تذكرة رقم 2291 — مركز المساعدة القانونية
الاسم: عوض الكريم محمد أحمد
تاريخ الميلاد: ${v('pii.date_of_birth', '1987/03/15')}
الهاتف: ${phone('+249 912 384 715')}
البريد: ${v('pii.email', 'awadalkarim.m@gmail.com')}
جواز السفر: ${v('pii.passport', 'P04829173')}
المشكلة: صاحب العمل في السعودية لم يجدد الإقامة. اكتب رداً مبدئياً.`),

  rec('festival_vendor', f`Hej! Vi ska betala ut gage till ett danskt teatersällskap: konto ${v('financial.iban', iban('DK', '30000004829173'))}, kontakt ${v('pii.email', 'booking@teaterkompagniet.dk')}, ${phone('+45 31 48 27 90')}. Kan du skriva ett kort mejl på danska?`),

  rec('debug_curl', f`${code(f`curl -X POST https://api.vetrx.example/v1/owners \\
  -H "Authorization: Bearer ${v('credential.bearer_token', fill('b103m-bearer', B62, 40))}" \\
  -H "Content-Type: application/json" \\
  -d '{"name":"Olena Kravets","email":"${v('pii.email', 'olena.kravets@ukr.net')}","phone":"${phone('+380 67 482 9153')}"}'`)}
Получаю 422 Unprocessable Entity. Что не так с телом запроса?`),
];

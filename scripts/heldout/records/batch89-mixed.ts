/** Held-out batch 89: several kinds of sensitive data in one paste (stack traces, incident notes, e-mails, exports, fixtures). Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5183920476', '2-', '6029384715263-', fill('b89m-xoxb', B62, 24));
const OPENAI = tok('sk-proj-', fill('b89m-oa1', B64URL, 74), 'T3BlbkFJ', fill('b89m-oa2', B64URL, 74));
const SENDGRID = tok('SG.', fill('b89m-sg1', B64URL, 22), '.', fill('b89m-sg2', B64URL, 43));
const STRIPE = tok('sk_', 'live_', '51', fill('b89m-stripe', B62, 97));
const DD = fill('b89m-dd', HEX, 32);

export const BATCH89_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Our loan portal crashes on payment update, here's the trace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/loanportal/payments/views.py", line 88, in update_autopay
    gateway.charge(card="${v('financial.payment_card', '4716882304915570')}", customer="${v('pii.email', 'jordan.blake92@gmail.com')}")
  File "/srv/loanportal/payments/gateway.py", line 41, in charge
    raise GatewayError("auth failed for key ${v('credential.stripe_secret_key', STRIPE)}")
payments.gateway.GatewayError: auth failed`)}

Why is the card in the trace at all?`),

  rec('incident_es_ar', f`Nota de incidente — guardia de exóticos, sábado

Llamó la tutora Valeria Ruiz (${phone('+54 9 11 4827-3916')}, ${v('pii.email', 'valeria.ruiz.ba@gmail.com')}) por un erizo con convulsiones. Pagó la consulta de urgencia con tarjeta ${v('financial.payment_card', '5105 2736 4490 1288')}.
El sistema de turnos se cayó; el técnico dejó la clave del admin en el grupo: ${v('credential.password_in_prose', 'Erizo$Guardia77')}.

Redactá un resumen para el lunes.`),

  rec('email_de', f`Von: Lukas Brunner <${v('pii.email', 'lukas.brunner@quimeris-chem.ch')}>
Betreff: Zugang Lieferantenportal

Hallo Andrea,
hier die Zugangsdaten für das Portal: Benutzer quimeris_ag / Passwort ${v('credential.user_password_pair', 'Basel-Rhein#2024')}
Für die Rechnung bitte auf ${v('financial.iban', 'AT54 2011 1829 3746 1052')} überweisen. Rückfragen unter ${phone('+41 79 384 27 15')}.

Grüsse, Lukas

Kannst du daraus eine Checkliste machen?`),

  rec('csv', f`Merge these two lists of marriage applicants, keep the newest phone:

${amb('source_code.snippet', f`folio,nombre,email,telefono,fecha_nacimiento
MAT-24-1101,Daniela Hernández Ruiz,${v('pii.email', 'dani.hdz.ruiz@hotmail.com')},${phone('+52 55 4871 2096')},${v('pii.date_of_birth', '1997-02-11')}
MAT-24-1102,José Luis Pacheco,${v('pii.email', 'jl.pacheco@prodigy.net.mx')},${phone('+52 33 1948 2760')},${v('pii.date_of_birth', '1993-10-29')}`)}`),

  rec('config_and_chat', f`Kerro mitä tässä konfiguraatiossa on vialla. Lisäksi asiakas Anna Virtanen (${v('pii.email', 'anna.virtanen@elisa.fi')}) valitti, ettei saanut tekstiviestiä sähkökatkosta.

${amb('source_code.snippet', f`notify:
  slack_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  sendgrid_key: ${v('credential.sendgrid_api_key', SENDGRID)}
  sms_gateway: https://sms.nordlinja-grid.eu/api
  fallback_host: ${amb('pii.ip_address', '172.16.40.9')}`)}`),

  rec('fixture_python', f`These tests fail on CI only. Fixture file for the borrower service:

\`\`\`python
${v('source_code.snippet', f`BORROWER = {
    "name": "Gregory Ames",
    "ssn": "${v('pii.us_ssn', '284-61-5930')}",
    "email": "${v('pii.email', 'greg.ames@protonmail.com')}",
    "routing": "${v('financial.aba_routing', '122088434')}",
}

def test_autopay_enrolment(client):
    r = client.post("/autopay", json=BORROWER)
    assert r.status_code == 201`)}
\`\`\``),

  rec('chat_pt_br', f`Oi, preciso mandar o contrato pro entrevistado do documentário: Raimundo Nonato da Silva, CPF ${v('pii.br_cpf', '318.470.265-08')}, e-mail ${v('pii.email', 'raimundo.nonato@uol.com.br')}. O cachê vai pra conta ${v('financial.iban', 'BR23 1827 3645 0023 1000 4827 193C 1')}. Monta um e-mail formal?`),

  rec('incident_en', f`INC-20931 — outage desk IVR down 02:10–03:45
- Vendor engineer Sam Patel (${phone('+44 7911 284173')}) remoted in from ${amb('pii.ip_address', '81.143.22.190')}
- Used shared admin login ivr_admin / ${v('credential.user_password_pair', 'Lightning!Desk09')}
- Datadog key in the runbook: ${v('credential.datadog_api_key', DD)}
Write the lessons-learned section.`),

  rec('email_fr_be', f`Bonjour Madame Lambert,

Suite à votre appel, voici le récapitulatif pour votre furet Gaston :
- Facture VET-BXL-2024-883 : 342,00 €
- Paiement par virement sur ${v('financial.iban', 'BE06 7374 0291 8365')}
- Votre numéro enregistré : ${phone('+32 470 28 41 96')}

Peux-tu corriger les fautes ?`),

  rec('slack_export', f`Summarise this thread from #film-post:

[10:02] nina: the OpenAI key for the transcript tool is ${v('credential.openai_api_key', OPENAI)}
[10:03] omar: thx. also the interviewee's number is ${phone('+30 694 182 7305')}, she prefers WhatsApp
[10:05] nina: 👍 and her email ${v('pii.email', 'eleni.papadaki@gmail.com')}`),

  rec('form_ro', f`Verifică formularul înainte să-l trimit la starea civilă:
Nume: Andrei Popescu
Data nașterii: ${v('pii.date_of_birth', '19.07.1990')}
Telefon: ${phone('+40 722 418 395')}
E-mail: ${v('pii.email', 'andrei.popescu90@yahoo.ro')}
Taxa plătită cu cardul ${v('financial.payment_card', '4539 2870 1164 3371')}`),

  rec('chat_da', f`Kan du lave et svar til kunden? Hun skrev: "Mit navn er Sofie Nielsen, ${v('pii.email', 'sofie.nielsen@mail.dk')}, tlf ${phone('+45 28 41 93 76')}. Jeg vil have refunderet mit lån via ${v('financial.iban', 'DK11 3000 3917 2846 50')}."`),

  rec('log_json', f`Kannada language support request for SMS alerts broke the parser; log line:

${amb('source_code.snippet', f`{"ts":"2024-11-20T04:11:09Z","level":"error","msg":"template render failed","to":"${phone('+91 98184 27395')}","lang":"kn","text":"ನಿಮ್ಮ ಪ್ರದೇಶದಲ್ಲಿ ವಿದ್ಯುತ್ ಕಡಿತ","client_ip":"${amb('pii.ip_address', '49.207.184.22')}"}`)}`),

  rec('chat_lo_km', f`ຊ່ວຍຂຽນອີເມວຫາ ທ້າວ ສົມພອນ (${v('pii.email', 'somphone.k@laotel.com')}, ${phone('+856 20 5528 4173')}) ກ່ຽວກັບການຂົນສົ່ງສານເຄມີ. Also the Cambodian distributor is ${phone('+855 12 284 173')}.`),

  rec('handover_en', f`Shift handover, exotic ward:
- Bearded dragon "Rex", owner Chloe Tan, ${phone('+60 12-284 1739')}, DOB on file ${v('pii.date_of_birth', '07/08/2001')} (she's the minor's guardian? check)
- Pharmacy cabinet code changed; new PIN told verbally. Pharmacy system password is ${v('credential.password_in_prose', 'Dragon#Ward2024')}
Tidy this up.`),
];

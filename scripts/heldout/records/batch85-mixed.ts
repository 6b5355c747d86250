/**
 * Held-out batch 85: longer texts mixing categories — postmortems, booking threads, payout exports,
 * stack traces, meeting notes and tickets from the six settings of this batch. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';

const MOMO_KEY = fill('b85m-momo', HEX, 32);
const JENKINS_GH = gh('ghp', 'Pf6Rx1Lz9Qa3Ve7Kn2Tb5Wm8Hc4Sj0');
const SENDGRID = tok('SG.', fill('b85m-sg1', B62 + '-_', 22), '.', fill('b85m-sg2', B62 + '-_', 43));

export const BATCH85_MIXED: DraftRecord[] = [
  rec('postmortem', f`## Postmortem – weather graphics blackout, 6 Feb, 18:57–19:04

**Impact:** evening bulletin went out without the radar loop and the 5-day strip; presenter ad-libbed for 7 minutes.

**Timeline**
- 18:41 render node gfx-render-03 (${amb('pii.ip_address', '172.20.14.33')}) stops pulling radar tiles
- 18:52 on-call (${v('pii.email', 'gfx-oncall@nordlys-tv.no')}) paged, no ack
- 18:58 Ingrid logs into the feed server with the shared admin account, password ${v('credential.password_in_prose', 'Snoskred-Fonn-2024')} (still the default from install!)
- 19:04 feed restarted, graphics back for the sports segment

**Actions:** rotate shared admin password, move to SSO; second on-call phone (${phone('93 46 24 22', 'NO')}).

Please rewrite this for the newsroom all-staff mail, no technical details.`),

  rec('email_thread', f`Help me reply to this guest — confirm we received the passport copies and the balance is due by 1 July.

From: Sofía Arancibia <${v('pii.email', 'sofia.arancibia@vtr.net')}>
Sent: 12 May 2025 21:04
Subject: Re: Charter Lady Mirna – Split, semana 27

Hola! Les mando los datos que faltaban:
- Sofía Arancibia Lagos, pasaporte ${v('pii.passport', 'F29481736')}, nacida el ${v('pii.date_of_birth', '03/02/1986')}
- Tomás Errázuriz Vial, pasaporte ${v('pii.passport', 'F30175264')}
Mi celular para el día del embarque: ${phone('+56 9 9469 8908')}
La transferencia del saldo saldrá desde ${v('financial.iban', 'ES18 9062 6037 8569 0178 8802')} (cuenta de mi empresa en Madrid).

> On 10 May 2025, Meridian Blue Charters wrote:
> Dear Sofía, we still need passport details for all guests...`),

  rec('payout_export', f`Reconcile the MoMo payout file against the registration list and tell me which households didn't get paid. Also, is it bad that the key is in the header of the export?

${amb('source_code.snippet', f`# exported by payout-tool v2.3 – api_key=${v('credential.generic_secret_assignment', MOMO_KEY)}
batch;hh_id;msisdn;amount_xaf;status
B-0412;HH-MRA-2031;${phone('+237 677 41 82 95')};45000;SUCCESSFUL
B-0412;HH-MRA-2032;${phone('+237 691 27 30 48')};45000;FAILED:NOT_REGISTERED
B-0412;HH-MRA-2040;${phone('+237 655 90 13 72')};30000;SUCCESSFUL`)}

Registration list: HH-MRA-2031, 2032, 2035, 2040.`),

  rec('stack_trace', f`Claims intake service crashes when the policyholder's e-mail has a plus sign. Trace:

${amb('source_code.snippet', f`ERROR 2025-03-04 08:12:55,201 [intake-worker-3] c.k.claims.IntakeService - failed to create claim
javax.mail.internet.AddressException: Illegal address in string "${v('pii.email', 'margaret.oyelaran+ltc@btinternet.com')}"
	at javax.mail.internet.InternetAddress.checkAddress(InternetAddress.java:1306)
	at com.kestrel.claims.IntakeService.notifyPolicyholder(IntakeService.java:188)
	at com.kestrel.claims.IntakeService.create(IntakeService.java:97)
Context: policyholder=Margaret Oyelaran dob=${v('pii.date_of_birth', '1939-10-21')} nhs=${v('pii.uk_nhs_number', '3029387526')} claim=CLM-25-030412`)}`),

  rec('meeting_notes', f`Notes – customer call with Kairo Devices, 19 March (${v('confidential.marking', 'CUSTOMER CONFIDENTIAL')})

Attendees: Hiroshi Tanaka (${v('pii.email', 'h.tanaka@kairo-devices.co.jp')}), Jiwon Park, Marcus Lee (ProbeLine)
- Kairo wants bin-level STDF for lots KD25-02xx within 24 h of final test
- We'll open an SFTP drop for them; temporary login kairo_drop / ${v('credential.user_password_pair', 'Sakura-Wafer!318')} until they send an SSH key
- Escalation contact on their side: ${phone('+81 90 3751 3802')}
- Next call 2 April

Turn this into a follow-up e-mail to Tanaka-san.`),

  rec('ticket_fi', f`Tiketti #8841 – Jäsen maksoi kurssimaksun väärin
Lähettäjä: Aino Virtanen <${v('pii.email', 'aino.virtanen@elisanet.fi')}>, puh. ${phone('040 2408701', 'FI')}
Viesti: "Maksoin ompelukurssin (65 €) kortilla ${v('financial.payment_card', '5153 8859 0410 6984')}, mutta varauksessa lukee edelleen 'maksamatta'. Voitteko tarkistaa?"

Kirjoita ystävällinen vastaus ja muistuta, ettei korttinumeroa kannata lähettää sähköpostilla.`),

  rec('whatsapp_export', f`Summarise this crew WhatsApp chat into a task list for the chief stew:

[14/06/25, 07:12] Capt. Dario: Guests arrive 15:00 Portisco, provisioning truck 11:00
[14/06/25, 07:15] Marta (stew): ok. Supplier wants card for the wine order, use company Visa?
[14/06/25, 07:16] Capt. Dario: yes ${v('financial.payment_card', '4606 1537 7904 5233')} 08/27, cvv on the card in the safe
[14/06/25, 07:20] Luka (deck): tender fuel low, call marina office ${phone('+39 0789 181 2240')}
[14/06/25, 07:22] Marta (stew): Guest Mr Whitcombe allergic to shellfish, tell chef
[14/06/25, 07:31] Capt. Dario: new crew Ana arrives tonight, her number ${phone('915 103 244', 'PT')}`),

  rec('contract_email_es', f`Ayúdame a preparar el alta en nómina del nuevo presentador del tiempo de la tarde:

Nombre: Javier Ollero Campos
DNI: ${v('pii.es_dni', '08932363Z')}
Fecha de nacimiento: ${v('pii.date_of_birth', '15/10/1988')}
Domiciliación: ${v('financial.iban', 'ES18 9062 6037 8569 0178 8802')}
Móvil: ${phone('+34 612 847 390')}
Correo: ${v('pii.email', 'javier.ollero@gmail.com')}
Condiciones: 3 días/semana, 1.950 € brutos mensuales.`),

  rec('kobo_json', f`This is one submission from the Kobo form, why does the GPS point land in the sea?

${amb('source_code.snippet', f`{
  "_id": 418273,
  "_submission_time": "2025-04-02T10:41:22",
  "_submitted_by": "enum_hodan",
  "hh/head_name": "Xaliimo Maxamed Cabdi",
  "hh/phone": "${phone('+252 61 537 2084')}",
  "hh/members": 6,
  "hh/gps": "2.0469 45.3182 0 5",
  "meta/instanceID": "uuid:5c1e8a7d-9f23-4b60-a81e-2d7c4f90b36a",
  "_remote_addr": "${amb('pii.ip_address', '197.157.245.18')}"
}`)}`),

  rec('test_fixture', f`Test fails only on Mondays. Fixture file:

${v('source_code.snippet', f`import pytest
from datetime import date

@pytest.fixture
def policyholder():
    return {
        "name": "Edith Carraway",
        "dob": date(${amb('pii.date_of_birth', '1937, 5, 18')}),
        "email": "${v('pii.email', 'edith.carraway1937@outlook.com')}",
        "phone": "${phone('+44 7712 486039')}",
        "nino": "${v('pii.uk_nino', 'NW532165C')}",
    }

def test_review_due(policyholder):
    assert review_due(policyholder, today=date.today()) is False`)}

These are a real customer's details copied from prod, I know, I'll swap them.`, 'the date constructor\'s birth date made ambiguous in session 18 (a label fix; unlabelled before)'),

  rec('jenkins_log', f`${amb('source_code.snippet', f`[Pipeline] sh
+ git clone https://x-access-token:${v('credential.github_pat', JENKINS_GH)}@github.com/probeline-test/limits-db.git
Cloning into 'limits-db'...
[Pipeline] sh
+ python tools/notify.py --to ${v('pii.email', 'marcus.lee@probeline-test.com')} --status FAILURE
Traceback (most recent call last):
  File "tools/notify.py", line 41, in <module>
    sg = SendGridAPIClient("${v('credential.sendgrid_api_key', SENDGRID)}")
python_http_client.exceptions.UnauthorizedError: HTTP Error 401`)}

Two problems: clone token is printed and SendGrid says 401. Fix both?`),

  rec('ticket_sd', f`يا شباب التابلت حق التسجيل في نيالا اتقفل. الموظف محمد آدم رقمه ${phone('091 422 9532', 'SD')} قال الباسورد الجديد ${v('credential.password_in_prose', 'Jebel-Marra#55')} ما شغال. والإيميل المربوط بالجهاز ${v('pii.email', 'nyala.tablet07@tadamun-relief.org')}. اكتب لي خطوات إعادة الضبط بالعربي البسيط.`),

  rec('invoice_mixed', f`Provisioning invoice for M/Y Aurelia, can you check the VAT lines and tell me which card was charged?

Lefkas Marine Supplies – Invoice 2025-0719
Paid: Mastercard **** **** **** 6281 (deposit) + ${v('financial.payment_card', '2278 7218 0010 1265')} (balance, card holder not present)
Contact: ${v('pii.email', 'orders@lefkas-marine.gr')} · ${phone('+30 694 218 7730')}
Wine & spirits 4.310,00 · Fresh produce 1.120,40 · VAT 24% / 13%`),

  rec('email_en_za', f`Subject: Render farm vendor visit – ${v('confidential.marking', 'INTERNAL ONLY')}

Hi team, the vendor engineer (Thabo Nkosi, ${phone('+27 82 709 6062')}, ${v('pii.email', 'thabo.nkosi@renderworks.co.za')}) is on site Thursday. Give him the guest Wi-Fi only; the graphics VLAN stays closed. Server room door code changes after his visit.

Please make this sound less abrupt.`),

  rec('member_export_pl', f`Połącz te dwa eksporty i wskaż członków bez ważnego szkolenia BHP:

${amb('source_code.snippet', f`id,imie_nazwisko,email,telefon,data_urodzenia
W-1102,Zofia Kamińska,${v('pii.email', 'zofia.kaminska@wp.pl')},${phone('608 609 214', 'PL')},${v('pii.date_of_birth', '1999-08-14')}
W-1107,Piotr Zieliński,${v('pii.email', 'p.zielinski@o2.pl')},${phone('+48 517 203 946')},${v('pii.date_of_birth', '1975-01-30')}`)}

${amb('source_code.snippet', `id,szkolenie,wazne_do
W-1102,laser,2025-12-31
W-1107,tokarka,2024-06-30`)}`),
];
